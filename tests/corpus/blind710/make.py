#!/usr/bin/env python3
"""Blind set blind710: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in one thread, replies to our reminders, partial
answers, top-posted replies over our quoted request, forwarded mail.
Every email, person, channel, ticket number and URL is fictional; the
expected results were written from each email's meaning alone, before the
reader was ever run on them.

    python3 tests/corpus/blind710/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
T = {
    1: "https://t.me/moonlit_bazaar/101",
    2: "https://t.me/moonlit_bazaar/102",
    3: "https://t.me/moonlit_bazaar/117",
    4: "https://t.me/grey_ferry_market/8",
    5: "https://t.me/grey_ferry_market/9",
    6: "https://t.me/grey_ferry_market/15",
    7: "https://t.me/hollow_lantern_kr/2044",
    8: "https://t.me/hollow_lantern_kr/2051",
    9: "https://t.me/paper_kite_deals",
    10: "https://t.me/silver_moth_store/77",
    11: "https://t.me/silver_moth_store/78",
    12: "https://t.me/+Qx7bLm2RkT4zYjA1",
}
X = {
    1: "https://x.com/dawn_relay_77/status/1830011122233344556",
    2: "https://x.com/dawn_relay_77/status/1830011122233349901",
    3: "https://x.com/mint_cobble/status/1829900011223344778",
    4: "https://x.com/kr_night_owl_22",
    6: "https://x.com/velvet_tram_09/status/1831234567890123456",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3rT8vLx2A",
    2: "https://www.youtube.com/watch?v=Zp7KdW1nB4c",
    3: "https://www.youtube.com/@orchard_lane_tv",
    7: "https://www.youtube.com/shorts/Hx4Jt9Qa0Lw",
}
N = {
    1: "https://blog.naver.com/sunny_pier88/223555010101",
    2: "https://blog.naver.com/sunny_pier88/223555010222",
    3: "https://cafe.naver.com/greenvalley77/4410",
    4: "https://cafe.naver.com/greenvalley77/4415",
    5: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334",
}
K1_RAW = "https://moonpier.tistory.com/entry/중고-거래-후기"
K = {
    1: "https://moonpier.tistory.com/entry/%EC%A4%91%EA%B3%A0-%EA%B1%B0%EB%9E%98-%ED%9B%84%EA%B8%B0",
    2: "https://cafe.daum.net/pinecone_club/Rk2a/318",
    3: "https://moonpier.tistory.com/41",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message-id stem, note
    ("KCSC-240902-01", "telegram", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [T[i] for i in range(1, 13)], "gambling", "req-240902-01-b710",
     "largest request: posts, a channel and an invite link"),
    ("KCSC-240903-02", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [X[1], X[2], X[3], X[4]], "fraud", "req-240903-02-b710", "three posts and one account"),
    ("KCSC-240904-03", "youtube", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [Y[1], Y[2], Y[3]], "drug_sales", "req-240904-03-b710", "two videos and a channel"),
    ("KCSC-240905-04", "naver", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [N[1], N[2], N[3], N[4], N[5]], "privacy", "req-240905-04-b710", "blog, cafe and Knowledge iN"),
    ("KCSC-240906-05", "kakao", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [K[1], K[2], K[3]], "fraud", "req-240906-05-b710", "Tistory posts (one Korean path) and a Daum cafe post"),
    ("KCSC-240909-06", "x", "2024-09-09T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [X[6]], "privacy", "req-240909-06-b710", "one post"),
    ("KCSC-240910-07", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [Y[7]], "gambling", "req-240910-07-b710", "one Short"),
]
MID = {r[0]: r[6] for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def hdr_b(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


REQ_TG_QUOTE = f"""Dear Telegram team,

Under Article 44-7 of the Network Act, the Korea Communications Standards
Commission requests the removal of the following content (KCSC-240902-01):

""" + "\n".join(f"{i}. {T[i]}" for i in range(1, 13)) + """

Please reply by 9 September 2024.
KCSC Takedown"""

REQ_YT_QUOTE = f"""Dear YouTube Legal team,

Please remove or restrict the following content (KCSC-240904-03):
1. {Y[1]}
2. {Y[2]}
3. {Y[3]}

KCSC Takedown"""

REQ_NAVER_QUOTE = f"""안녕하십니까, 방송통신심의위원회입니다.
아래 게시물에 대하여 삭제를 요청드립니다. (KCSC-240905-04)

1. {N[1]}
2. {N[2]}
3. {N[3]}
4. {N[4]}
5. {N[5]}

회신 기한: 2024년 9월 12일
KCSC Takedown"""

ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    # Non-ASCII display names are sent RFC 2047-encoded, as mail clients do.
    name = kw.get("name_from", "")
    if name and not name.isascii():
        kw["name_from"] = hdr_b(name)
    CASES.append(kw)


# =================================================================== applied
case(
    name="tg-zendesk-solved-three-items",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Wed, 04 Sep 2024 11:05:12 +0000",
    subject="[Telegram Support] Re: KCSC-240902-01 removal request (#48211)",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""{ZD_LINE}

Your request (#48211) has been solved. To reopen it, simply reply to this email.

Mira (Telegram Support)

Sep 4, 2024, 11:03 UTC

Hello,

Thank you for contacting us. We have reviewed the first three links on your list:

{T[1]} - taken down
{T[2]} - taken down
{T[3]} - we could not find this message; the post does not exist in the channel.

The other links in your request are still with the responsible team.

Kind regards,
Mira

--------------------------------
This email is a service from Telegram Support. Delivered by Zendesk
[GV7K2-R9QW]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification with the agent's comment",
    why="Three URLs each with its own result: two taken down, one does not exist; other links are not named.",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="x-freshdesk-resolved-html-table",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Thu, 05 Sep 2024 02:14:40 +0000",
    subject="Ticket #77120 status changed to Resolved - KCSC-240903-02",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello KCSC Takedown,</p>
<p>Your ticket <b>#77120</b> (KCSC-240903-02) has been marked as <b>Resolved</b>. A summary of the actions taken is below.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th>Reported URL</th><th>Action</th><th>Notes</th></tr>
<tr><td><a href="{X[1]}">{X[1]}</a></td><td>Removed</td><td>Violates the X Rules</td></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>Withheld</td><td>Withheld in: KR</td></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>No action</td><td>We did not find a violation of the X Rules or of local law</td></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Account suspended</td><td>Permanently suspended</td></tr>
</table>
<p>For more on how we handle legal requests, see <a href="https://help.x.com/en/rules-and-policies/legal-requests-faq">our help center</a>.</p>
<p>If you believe this ticket was resolved in error, reply to this email and it will be reopened.</p>
<p>X Legal Support<br><span style="color:#888">View ticket: https://support.x.com/tickets/77120</span></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with an actions table",
    why="Table row per URL: removed, withheld in KR, no action (no violation), account suspended.",
    items={X[1]: "removed", X[2]: "restricted", X[3]: "rejected", X[4]: "removed"},
)

case(
    name="yt-jira-comment-three-results",
    **{"from": "legal-support@youtube.com"}, name_from="Ha-eun Seo (Jira)",
    date="Fri, 06 Sep 2024 07:31:09 +0000",
    subject="[JIRA] (LGL-4471) KCSC-240904-03: request for removal of content",
    reply_to_req=MID["KCSC-240904-03"],
    body=f"""Ha-eun Seo commented on LGL-4471:
---------------------------------------

Hi team,

We have completed our review of your request.

* {Y[1]} -- blocked in South Korea on the basis of local law.
* {Y[2]} -- removed for violating our Community Guidelines.
* {Y[3]} -- we reviewed the channel and found neither a policy violation nor a legal basis to restrict it. It remains available.

Best regards,
Ha-eun

Status: Resolved
---------------------------------------
View request: https://legal-support.youtube.com/servicedesk/customer/portal/4/LGL-4471
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management, sent you by YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'agent commented on your request' notification",
    why="Bulleted result per URL: blocked in Korea, removed, channel stays (no violation).",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 14:22:51 +0900",
    subject="RE: [KCSC-240905-04] 게시물 삭제 요청",
    reply_to_req=MID["KCSC-240905-04"],
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 중 아래 3건의 처리 결과를 먼저 안내드립니다.

- {N[1]} : 게시중단 처리 완료
- {N[2]} : 임시조치(30일)
- {N[3]} : 카페 운영원칙에 따라 운영자 삭제

나머지 게시물은 확인 후 별도로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림

2024년 9월 5일 (목) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(REQ_NAVER_QUOTE)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer top-posted over a Gmail-quoted request",
    why="Three items with results above the quote; the other two appear only in the quoted request.",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "pending", N[5]: "pending"},
)

case(
    name="tg-followup-same-ticket",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Fri, 06 Sep 2024 08:42:30 +0000",
    subject="[Telegram Support] Re: KCSC-240902-01 removal request (#48211)",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""{ZD_LINE}

Mira (Telegram Support)

Sep 6, 2024, 08:40 UTC

Hello again,

Following up on my last message in this ticket: the team has now finished with the grey_ferry_market links.

{T[4]} and {T[5]} were removed for violating the Telegram Terms of Service.
{T[6]} had already been deleted by the channel owner before we looked at it.

Best,
Mira

On Sep 4, 2024, 11:03 UTC, Mira (Telegram Support) wrote:
> {T[1]} - taken down
> {T[2]} - taken down
> {T[3]} - we could not find this message; the post does not exist in the channel.

--------------------------------
This email is a service from Telegram Support. Delivered by Zendesk
[GV7K2-R9QW]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment in the same ticket, earlier comment quoted",
    why="Two posts removed, one already deleted by its owner; the earlier results are only quoted.",
    items={T[4]: "removed", T[5]: "removed", T[6]: "not_found", T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="x-reply-to-reminder-sole-item",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 05:12:44 +0000",
    subject="Re: [Reminder] KCSC-240909-06 - response overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240909-06.1@kcsc.example>",
                   "References: <req-240909-06-b710@kcsc.example> <reminder.KCSC-240909-06.1@kcsc.example>"],
    body=f"""Hello KCSC team,

Apologies for the delay. The reported post has been removed from X for violating our rules on illegal content.

Regards,
X Legal

On Mon, Sep 16, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: we have not yet received your answer to our request
> KCSC-240909-06 of 9 September 2024 about the following item:
>
> {X[6]}
>
> The deadline was 13 September 2024.
""",
    outcome="applied", classification="confirmation",
    imitates="Legal team's reply to a reminder, statement without the URL",
    why="One-item request; 'the reported post has been removed' is the sole statement.",
    items={X[6]: "removed"},
)

case(
    name="tg-partial-answer-rest-in-review",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Mon, 09 Sep 2024 12:01:17 +0000",
    subject="Re: KCSC-240902-01 [Ticket #48211] partial update",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""Hello,

We have an update on part of your request.

Actioned:
{T[7]}
{T[8]}

Restricted for users in South Korea:
{T[9]}

Still under review (we will come back to you on these):
{T[10]}
{T[11]}

Regards,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Help-desk partial update grouped under headings",
    why="Two actioned, one restricted in Korea; two named as still under review stay pending.",
    items={T[7]: "removed", T[8]: "removed", T[9]: "restricted", T[10]: "pending", T[11]: "pending"},
)

case(
    name="x-outlook-top-post-original-message",
    **{"from": "dwhitcombe@x.com"}, name_from="Daniel Whitcombe",
    date="Tue, 10 Sep 2024 09:47:03 +0000",
    subject="RE: KCSC-240903-02 removal request",
    reply_to_req=MID["KCSC-240903-02"],
    body=f"""Hello,

Please see the outcome for two of the posts in KCSC-240903-02:

{X[1]} – removed
{X[2]} – removed

The other two items (the mint_cobble post and the kr_night_owl_22 account) are still being assessed by our team.

Kind regards,
Daniel Whitcombe
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240903-02 removal request

Dear X Legal team,

Please remove the following content (KCSC-240903-02):

1. {X[1]}
2. {X[2]}
3. {X[3]}
4. {X[4]}

KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply by a legal-operations employee over the original request",
    why="Two posts removed above the Original Message; the other two are named only as still assessed.",
    items={X[1]: "removed", X[2]: "removed", X[3]: "pending", X[4]: "pending"},
)

CSV_TG = "link,status,note\n" + "\n".join([
    f"{T[1]},Removed,Terms of Service violation",
    f"{T[2]},Removed,Terms of Service violation",
    f"{T[3]},Not found,message does not exist",
    f"{T[4]},No action,no violation of the Terms of Service found",
    f"{T[5]},Restricted,unavailable for users in South Korea",
    f"{T[6]},In review,",
]) + "\n"
case(
    name="tg-csv-status-export",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Tue, 10 Sep 2024 15:20:00 +0000",
    subject="Re: KCSC-240902-01 [Ticket #48211] status export",
    reply_to_req=MID["KCSC-240902-01"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tg-csv-b710"

--tg-csv-b710
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the current status of the links in ticket #48211 (your
reference KCSC-240902-01), exported from our case tool.

Telegram Support

--tg-csv-b710
Content-Type: text/csv; charset=utf-8; name="ticket-48211-status.csv"
Content-Disposition: attachment; filename="ticket-48211-status.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TG)}
--tg-csv-b710--
""",
    outcome="applied", classification="confirmation",
    imitates="Case-tool status export sent as a CSV attachment",
    why="CSV row per link: removed x2, not found, no action, restricted in Korea, in review.",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found", T[4]: "rejected",
           T[5]: "restricted", T[6]: "pending"},
)

HTML_Y7 = f"""<html><body>
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request <b>[#58823]</b> has been solved.</p>
<p>Hello,</p>
<p>Thank you for your request regarding KCSC-240910-07. We have removed the following content from YouTube for violating our Community Guidelines:</p>
<p><a href="{Y[7]}">{Y[7]}</a></p>
<p>You can learn more about our policies in the <a href="https://support.google.com/youtube/answer/9288567">YouTube Help Center</a>.</p>
<p>Sincerely,<br>The YouTube Legal Support Team</p>
</body></html>
"""
case(
    name="yt-qp-html-short-solved",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 03:08:55 +0000",
    subject="[#58823] Re: KCSC-240910-07",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_Y7)}""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-style solved notification in quoted-printable HTML",
    why="The one Short of the request is named and removed.",
    items={Y[7]: "removed"},
)

BODY_N_B64 = f"""방송통신심의위원회 담당자님께,

시정요구(KCSC-240905-04)에 대한 조치 결과를 아래와 같이 회신드립니다.

1) {N[4]}
   - 조치결과: 삭제
2) {N[5]}
   - 조치결과: 미조치 (작성자가 이미 삭제하여 게시물이 존재하지 않음)

네이버 정책지원팀 드림
"""
case(
    name="naver-base64-correction-result",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 16:40:12 +0900",
    subject=hdr_b("[네이버] 시정요구 조치결과 회신 (KCSC-240905-04)"),
    reply_to_req=MID["KCSC-240905-04"],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(BODY_N_B64)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply, base64 body",
    why="One post deleted; the other not acted on because its author had already deleted it (not found).",
    items={N[4]: "removed", N[5]: "not_found"},
)

case(
    name="kakao-korean-path-angle-brackets",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 11:15:40 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (#KC-2024-0907-3381)",
    reply_to_req=MID["KCSC-240906-05"],
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 건(KCSC-240906-05)의 처리 결과를 안내해 드립니다.

<{K1_RAW}>는 티스토리 운영정책 위반으로 블라인드 처리했습니다.
다음 카페 게시글 <{K[2]}>은 국내 이용자의 접근을 제한하는 임시조치를 하였습니다.

추가 문의는 이 메일에 회신해 주세요.
문의번호: #KC-2024-0907-3381
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre ticket answer, URLs in angle brackets followed by Korean particles",
    why="Tistory post (raw Korean path) blinded; Daum cafe post under 임시조치 (access restricted).",
    items={K[1]: "removed", K[2]: "restricted"},
)

case(
    name="x-url-then-status-line",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Wed, 04 Sep 2024 23:55:10 +0000",
    subject="Ticket update [#77120] KCSC-240903-02",
    body=f"""Status of the reported items (KCSC-240903-02):

{X[1]}
Status: Withheld in South Korea

{X[2]}
Status: Withheld in South Korea

{X[3]}
Status: No violation found - no action taken

Reply to this email to add a comment to the ticket.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Ticket-system update with each URL followed by a Status line",
    why="Two posts withheld in Korea, one left up with no violation found.",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="yt-url-below-statement",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Sat, 07 Sep 2024 01:02:33 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req=MID["KCSC-240904-03"],
    body=f"""Hi,

Regarding your request KCSC-240904-03.

We have removed the following video for violating YouTube's Community Guidelines:
{Y[2]}

After review, we decided not to take action on the channel below, as we did not find that it violates our policies or local law:
{Y[3]}

For more information about our policies, see https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support reply, statement line ending in ':' and the URL below",
    why="Video removed; channel kept (no violation). Policy link is not an item.",
    items={Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="naver-numbered-inquiry-answer",
    **{"from": "helpcustomer@naver.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 10:05:00 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 2024090912345)",
    body=f"""안녕하세요. 네이버 고객센터입니다.

KCSC-240905-04 건으로 요청하신 게시물을 확인한 결과를 안내해 드립니다.

1. {N[1]}
   블로그 운영정책 위반으로 게시중단되었습니다.
2. {N[2]}
   해당 게시물은 비공개 처리되었습니다.
3. {N[3]}
   검토 결과 카페 운영원칙에 위배되지 않아 별도 조치하지 않았습니다.

더 궁금하신 점은 고객센터(https://help.naver.com)로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 inquiry answer with a numbered list, result on the line below",
    why="게시중단, 비공개 처리 (both removed) and no measure because no rule is broken (rejected).",
    items={N[1]: "removed", N[2]: "removed", N[3]: "rejected"},
)

case(
    name="tg-echoed-report-outcome",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 18:30:00 +0000",
    subject="Re: Report received [Case #5520317]",
    body=f"""Case #5520317 - outcome

Your report:
  Reference: KCSC-240902-01
  Links:
    {T[9]}
    {T[10]}
    {T[11]}
    {T[12]}
  Reason: illegal content under Korean law

Outcome:
  {T[10]} and {T[11]} have been blocked.
  The invite link {T[12]} is invalid or has expired; we could not find the group it pointed to.
  The channel {T[9]} is still being checked.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Abuse-desk outcome that echoes the submitted report above the result",
    why="Two posts blocked, the invite link cannot be found, the channel still being checked; the echo is no statement.",
    items={T[10]: "removed", T[11]: "removed", T[12]: "not_found", T[9]: "pending"},
)

case(
    name="kakao-solved-one-item",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
    date="Wed, 11 Sep 2024 17:02:19 +0900",
    subject="[Kakao] 요청하신 문의가 해결되었습니다 (#KC-2024-0909-1172)",
    body=f"""##- 이 줄 위에 답장을 작성해 주세요 -##

문의(#KC-2024-0909-1172)가 '해결됨' 상태로 변경되었습니다.

안녕하세요, 카카오 세이프티팀입니다.
KCSC-240906-05 건 가운데 {K[3]} 게시물은 삭제 조치가 완료되었습니다.

추가 문의가 있으시면 이 메일에 회신해 주세요. 회신하시면 문의가 다시 열립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Zendesk-style 'ticket solved' notification",
    why="One named Tistory post deleted.",
    items={K[3]: "removed"},
)

case(
    name="yt-gmail-quote-age-restricted",
    **{"from": "legal-kr@google.com"}, name_from="Jiwoo (Google Legal Support)",
    date="Thu, 05 Sep 2024 06:44:21 +0000",
    subject="Re: KCSC-240904-03 request for removal of content",
    reply_to_req=MID["KCSC-240904-03"],
    body=f"""Hello,

{Y[1]} has been age-restricted. We are still reviewing the other two URLs and will update you.

Best,
Jiwoo
Google Legal Support

On Wed, Sep 4, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ_YT_QUOTE)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply top-posted over the quoted request",
    why="One video age-restricted; the other two only quoted or 'still reviewing'.",
    items={Y[1]: "restricted", Y[2]: "pending", Y[3]: "pending"},
)

BODY_N_QP = f"""안녕하세요, 네이버 권리보호센터입니다.

KCSC-240905-04 건 추가 회신드립니다. 지식iN 질문 {N[5]} 게시물은 지식iN 운영정책에 따라 삭제되었습니다.

카페 게시글 {N[4]} 는 해당 카페에서 찾을 수 없습니다(존재하지 않는 게시물).

감사합니다.
"""
case(
    name="naver-qp-soft-wrapped-url",
    **{"from": "right@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Wed, 11 Sep 2024 09:30:44 +0900",
    subject="RE: [KCSC-240905-04] 추가 회신",
    reply_to_req=MID["KCSC-240905-04"],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(BODY_N_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply in quoted-printable with soft line breaks inside the long URL",
    why="Knowledge iN post deleted; cafe post cannot be found.",
    items={N[5]: "removed", N[4]: "not_found"},
)

case(
    name="naver-html-table-results",
    **{"from": "right@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Thu, 12 Sep 2024 15:11:02 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240905-04)",
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(KCSC-240905-04)의 처리 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th></tr></thead>
<tbody>
<tr><td>1</td><td>{N[1]}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>임시조치 (30일)</td></tr>
<tr><td>3</td><td>{N[5].replace("&", "&amp;")}</td><td>해당 게시물 없음 (이미 삭제된 게시물)</td></tr>
</tbody></table>
<p>게시자의 재게시 요청 절차는 <a href="https://right.naver.com/guide/republish">권리보호센터 안내</a>를 참고해 주세요.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 HTML table",
    why="게시중단 (removed), 임시조치 (restricted), 게시물 없음 (not found); the guide link is not an item.",
    items={N[1]: "removed", N[2]: "restricted", N[5]: "not_found"},
)

case(
    name="tg-jira-resolved-with-comment",
    **{"from": "jira@telegram.org"}, name_from="Aleksei P. (Jira)",
    date="Fri, 13 Sep 2024 10:10:10 +0000",
    subject="[JIRA] (TLEG-902) KCSC-240902-01 - removal request",
    body=f"""Aleksei P. changed the status to Resolved and commented on TLEG-902:
------------------------------------------------------------------------

The channel {T[9]} has been shut down for repeated violations of the Telegram Terms of Service.

{T[10]} stays up: we reviewed it and found no violation.

------------------------------------------------------------------------
Status: In Progress -> Resolved
Resolution: Done

View request: https://legal.telegram.org/servicedesk/customer/portal/2/TLEG-902
""",
    outcome="applied", classification="confirmation",
    imitates="Jira 'changed the status to Resolved and commented' notification",
    why="Channel shut down (removed); one post stays up with no violation (rejected).",
    items={T[9]: "removed", T[10]: "rejected"},
)

case(
    name="naver-reopened-after-reminder",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 13:45:00 +0900",
    subject="RE: [독촉] KCSC-240905-04 회신 요청",
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-04.1@kcsc.example>"],
    body=f"""안녕하세요, 네이버 고객센터입니다.

회신이 늦어 죄송합니다. 보내주신 독촉 메일을 받고 문의를 다시 열어 확인하였습니다.

{N[3]} 게시글은 네이버 운영자 삭제 처리되었습니다.
{N[4]} 게시글은 접근 제한 조치되어 국내에서 열람할 수 없습니다.

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-13 (금) 09:00:00
Subject: [독촉] KCSC-240905-04 회신 요청

아래 게시물에 대한 회신을 아직 받지 못하였습니다. (KCSC-240905-04)
{N[3]}
{N[4]}
{N[5]}
""",
    outcome="applied", classification="confirmation",
    imitates="Ticket reopened after a reminder, answer over an Original Message block",
    why="운영자 삭제 (removed) and 접근 제한 (restricted); the third URL is only in the quoted reminder.",
    items={N[3]: "removed", N[4]: "restricted", N[5]: "pending"},
)

case(
    name="yt-reply-to-reminder-two",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 04:20:00 +0000",
    subject="Re: [Reminder] KCSC-240904-03 overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240904-03.1@kcsc.example>"],
    body=f"""Thanks for the reminder. Here is the update on the two outstanding URLs:

- {Y[2]}: removed on 6 September for violating our harassment policy
- {Y[3]}: this channel has been terminated

Regards,
Google Legal Support

On Thu, Sep 12, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> We are still waiting for your answer about these items of KCSC-240904-03:
> {Y[2]}
> {Y[3]}
""",
    outcome="applied", classification="confirmation",
    imitates="Reply to a reminder with a bulleted update",
    why="Video removed and channel terminated (removed).",
    items={Y[2]: "removed", Y[3]: "removed"},
)

case(
    name="tg-receipt-phrase-plus-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 03 Sep 2024 09:15:00 +0000",
    subject="Re: KCSC-240902-01 [Ticket #48907]",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""Thank you for your report. Ticket #48907 has been created for your request KCSC-240902-01.

We have already blocked {T[4]} and {T[5]}. The rest of the links are under review.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Ticket receipt that already carries a first result",
    why="Receipt phrase plus an unhedged statement: two posts blocked; the rest unnamed and under review.",
    items={T[4]: "removed", T[5]: "removed"},
)

case(
    name="kakao-outlook-original-message",
    **{"from": "minseo.park@kakaocorp.com"}, name_from="박민서",
    date="Thu, 12 Sep 2024 16:05:31 +0900",
    subject="RE: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req=MID["KCSC-240906-05"],
    body=f"""안녕하세요, 카카오 정책팀 박민서입니다.
KCSC-240906-05 건 회신드립니다.

1) {K1_RAW} — 게시중단 조치 완료
2) {K[2]} — 검토 결과 카페 운영정책 및 관련 법령 위반 사항이 확인되지 않아 조치하지 않았습니다.

감사합니다.
박민서 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 10:00 AM
To: safety@kakaocorp.com
Subject: [KCSC-240906-05] 게시물 삭제 요청

아래 게시물의 삭제를 요청드립니다.
1. {K[1]}
2. {K[2]}
3. {K[3]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply by a policy-team employee over the original request",
    why="Korean-path post 게시중단 (removed), cafe post no violation (rejected); third only quoted.",
    items={K[1]: "removed", K[2]: "rejected", K[3]: "pending"},
)

case(
    name="tg-helpscout-policy-links",
    **{"from": "abuse@telegram.org"}, name_from="Ivan at Telegram Abuse",
    date="Sat, 14 Sep 2024 07:07:07 +0000",
    subject="Re: KCSC-240902-01 invite link",
    body=f"""Hi there,

The invite link you reported, {T[12]}, has been revoked and the group behind it was deleted for breaking our Terms of Service (https://telegram.org/tos).

You can read more about how we handle reports at https://telegram.org/faq#q-there-39s-illegal-content-on-telegram-how-do-i-take-it-down

Best,
Ivan
Telegram Abuse Team

---
Conversation #3184472
View in browser: https://telegram-abuse.helpscout.example/conversation/3184472
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply with policy and FAQ links",
    why="Invite link revoked and group deleted (removed); ToS, FAQ and conversation links are not items.",
    items={T[12]: "removed"},
)

# ==================================================================== review
case(
    name="tg-promise-will-remove",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Sat, 07 Sep 2024 09:00:00 +0000",
    subject="[Telegram Support] Re: KCSC-240902-01 removal request (#48211)",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""{ZD_LINE}

Mira (Telegram Support)

Sep 7, 2024, 08:58 UTC

Hello,

We have confirmed that {T[7]} and {T[8]} break our Terms of Service. Both will be removed within the next 24 hours.

Best,
Mira
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Zendesk agent comment announcing a future removal",
    why="'Will be removed' is a promise, not a statement; items stay pending.",
    items={T[7]: "pending", T[8]: "pending"},
)

case(
    name="x-hedge-may-have-been-deleted",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 03:33:00 +0000",
    subject="Re: KCSC-240909-06",
    reply_to_req=MID["KCSC-240909-06"],
    body=f"""Hi,

Regarding KCSC-240909-06: it looks like {X[6]} may have been deleted by the account holder, but we are unable to confirm this at this time. We will follow up once we have more information.

X Legal
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Legal-team reply with a hedged observation",
    why="'May have been deleted … unable to confirm' is a hedge; item stays pending.",
    items={X[6]: "pending"},
)

case(
    name="yt-jira-in-progress",
    **{"from": "legal-support@youtube.com"}, name_from="Ha-eun Seo (Jira)",
    date="Thu, 05 Sep 2024 02:00:00 +0000",
    subject="[JIRA] (LGL-4471) KCSC-240904-03: request for removal of content",
    reply_to_req=MID["KCSC-240904-03"],
    body=f"""Ha-eun Seo changed the status to In Progress on LGL-4471:
---------------------------------------

Our policy specialists are reviewing {Y[1]} and {Y[3]}. We expect to respond within 5 business days.

Status: Waiting for support -> In Progress
---------------------------------------
View request: https://legal-support.youtube.com/servicedesk/customer/portal/4/LGL-4471
Powered by Jira Service Management
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Jira status-change notification (In Progress) with a comment",
    why="Names two items as under review: no statement, items stay pending.",
    items={Y[1]: "pending", Y[3]: "pending"},
)

case(
    name="tg-zendesk-solved-all-removed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Sun, 15 Sep 2024 10:00:00 +0000",
    subject="[Telegram Support] Your request #48330 has been solved",
    body=f"""{ZD_LINE}

Your request (#48330) has been solved. To reopen it, simply reply to this email.

Hello,

All of the links in your report KCSC-240902-01 have been removed. Thank you for helping keep Telegram safe.

Telegram Support
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Zendesk solved notification with one sentence for the whole report",
    why="A statement about all twelve items without naming them: bulk review, nothing applied.",
    items={T[i]: "pending" for i in range(1, 13)},
)

case(
    name="naver-bulk-all-five",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Sat, 14 Sep 2024 11:00:00 +0900",
    subject="RE: [KCSC-240905-04] 게시물 삭제 요청",
    reply_to_req=MID["KCSC-240905-04"],
    body="""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240905-04 건으로 요청하신 게시물 5건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Korean one-line 조치 완료 reply for a whole request",
    why="All five posts said taken down without naming each: bulk review.",
    items={N[i]: "pending" for i in range(1, 6)},
)

case(
    name="x-dmarc-fail-resolved",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    auth="fail",
    date="Fri, 06 Sep 2024 12:12:12 +0000",
    subject="Ticket #77120 resolved - KCSC-240903-02",
    body=f"""Hello,

Ticket #77120 has been resolved.

{X[1]} - removed
{X[3]} - removed

X Legal Support
""",
    outcome="review", review="untrusted",
    imitates="Freshdesk resolved notification that fails DKIM/DMARC",
    why="From x.com but DMARC fails: not trustworthy, nothing applied.",
    items={X[1]: "pending", X[3]: "pending"},
)

case(
    name="kakao-zendesk-vendor-domain",
    **{"from": "support@kakao-cs.zendesk.com"}, name_from="카카오 고객센터",
    date="Sat, 14 Sep 2024 10:20:00 +0900",
    subject="[카카오 고객센터] 문의 #KC-2024-0909-1180 답변",
    body=f"""안녕하세요, 카카오 고객센터입니다.

KCSC-240906-05 건 관련하여 {K[3]} 게시물은 삭제되었습니다.

이 메일은 발신 전용이 아니며 회신하시면 문의에 추가됩니다.
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="Zendesk-hosted help desk sending from the vendor's domain",
    why="Sender domain zendesk.com is not a Kakao sender domain: unknown sender, nothing applied.",
    items={K[3]: "pending"},
)

case(
    name="naver-about-daum-item",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 15:00:00 +0900",
    subject="RE: [KCSC-240906-05] 게시물 삭제 요청",
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 {K[2]} 게시물은 네이버가 운영하는 서비스의 게시물이 아니어서 확인 및 조치가 불가합니다.
다음(Daum) 카페 게시물은 카카오 측에 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform", classification="other",
    imitates="Portal answer about a URL hosted by another portal",
    why="NAVER speaks about a Kakao item: wrong platform, nothing applied.",
    items={K[2]: "pending"},
)

case(
    name="yt-asks-for-timestamps",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Fri, 06 Sep 2024 00:30:00 +0000",
    subject="Re: KCSC-240904-03 - additional information needed",
    reply_to_req=MID["KCSC-240904-03"],
    body=f"""Hello,

To process your request for {Y[1]} we need more information. Please tell us the timestamps at which the content appears in the video and the specific provision of Korean law it breaches.

Please reply to this email with these details. We cannot take action on this URL until we receive them.

Google Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Legal support request for further information",
    why="Asks for timestamps and the legal basis; no status.",
    items={Y[1]: "pending"},
)

case(
    name="tg-forwarded-admin-reply",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Sun, 08 Sep 2024 13:00:00 +0000",
    subject="Fwd: notice about your channel [Ticket #48211] KCSC-240902-01",
    body=f"""Hello,

We passed your report on to the administrator of the channel. Their answer is below for your information.

Telegram Support

---------- Forwarded message ---------
From: GF Market Admin <gf.market.admin@proton.example>
Date: Sun, Sep 8, 2024 at 2:10 PM
Subject: Re: notice about your channel
To: Telegram Support <abuse@telegram.org>

Hello, I have deleted {T[4]} and {T[5]} myself. Please do not close the channel.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Help desk forwarding a channel administrator's answer",
    why="The only statement is the channel admin's, forwarded; Telegram states nothing itself.",
    items={T[4]: "pending", T[5]: "pending"},
)

case(
    name="x-csat-survey",
    **{"from": "noreply-support@x.com"}, name_from="X Support",
    date="Tue, 17 Sep 2024 08:00:00 +0000",
    subject="How did we do? Rate your recent support experience",
    body="""Hi,

Your ticket #77120 was recently closed. We would love to hear how we did.

How would you rate the support you received?
Good: https://support.x.com/survey/77120?rating=good
Bad:  https://support.x.com/survey/77120?rating=bad

Thank you,
X Support
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Help-desk satisfaction survey after a ticket closes",
    why="Trusted X mail naming no item and no request of ours: no claims.",
    items={},
)

# =================================================================== ignored
case(
    name="tg-zendesk-receipt",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Mon, 02 Sep 2024 01:02:03 +0000",
    subject="[Telegram Support] Re: KCSC-240902-01 removal request (#48211)",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""{ZD_LINE}

Your request (#48211) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

--------------------------------
This email is a service from Telegram Support. Delivered by Zendesk
[GV7K2-R9QW]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' receipt",
    why="Pure receipt: ticket created, nothing about any item.",
    items={},
)

case(
    name="x-freshdesk-receipt-echo",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Tue, 03 Sep 2024 01:05:00 +0000",
    subject="Ticket Received - KCSC-240903-02 removal request [#77120]",
    reply_to_req=MID["KCSC-240903-02"],
    body=f"""Dear KCSC Takedown,

We have received your request and a ticket (#77120) has been created. A member of our team will get back to you shortly.

Here is a copy of your request:

Subject: KCSC-240903-02 removal request
Description:
Please remove the following content (KCSC-240903-02):
1. {X[1]}
2. {X[2]}
3. {X[3]}
4. {X[4]}

Regards,
X Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk new-ticket receipt that echoes the description",
    why="Receipt that only echoes our request's URLs: no statement about any item.",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending"},
)

case(
    name="naver-out-of-office",
    **{"from": "sora.kim@navercorp.com"}, name_from="김소라",
    date="Mon, 09 Sep 2024 09:01:00 +0900",
    subject="[자동회신] RE: [KCSC-240905-04] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요, 김소라입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="Out-of-office reply.",
    items={},
)

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b710-kk"

--dsn-b710-kk
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<takedown-ops@kakaocorp.com>: host mailstore2.kakaocorp.com[203.0.113.41] said:
    550 5.1.1 <takedown-ops@kakaocorp.com>: Recipient address rejected:
    User unknown in local recipient table

--dsn-b710-kk
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kakaocorp.com
Arrival-Date: Fri, 13 Sep 2024 09:00:02 +0900 (KST)

Final-Recipient: rfc822; takedown-ops@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in local recipient table

--dsn-b710-kk
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: takedown-ops@kakaocorp.com
Cc: safety@kakaocorp.com
Subject: [Reminder] KCSC-240906-05 response overdue
Date: Fri, 13 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240906-05.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

We have not yet received your answer about these items of KCSC-240906-05:
{K[1]}
{K[2]}
{K[3]}

--dsn-b710-kk--
"""
case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kakaocorp.com"}, name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 09:00:03 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a reminder",
    why="Bounce of our reminder; the URLs are in the returned message only.",
    items={K[1]: "pending", K[2]: "pending", K[3]: "pending"},
)

MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b710-yy"

--mdn-b710-yy
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal-kr@google.com at 2024-09-04 10:00 (KST).

This receipt verifies that the message has been displayed on the recipient's computer. There is no guarantee that the content has been read or understood.

--mdn-b710-yy
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-240904-03-b710@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b710-yy--
"""
case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Wed, 04 Sep 2024 02:15:00 +0000",
    subject="Read: KCSC-240904-03 request for removal of content",
    reply_to_req=MID["KCSC-240904-03"],
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (read receipt)",
    why="Read receipt only.",
    items={},
)

case(
    name="yt-jira-receipt",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support (Jira)",
    date="Wed, 04 Sep 2024 01:10:00 +0000",
    subject="[JIRA] (LGL-4471) KCSC-240904-03: request for removal of content",
    reply_to_req=MID["KCSC-240904-03"],
    body="""Your request has been received.

Reference: LGL-4471
Summary: KCSC-240904-03: request for removal of content

We'll be in touch with you soon. You can follow the request at
https://legal-support.youtube.com/servicedesk/customer/portal/4/LGL-4471

Powered by Jira Service Management, sent you by YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification",
    why="Pure receipt with the platform's own portal link.",
    items={},
)

case(
    name="x-out-of-office-english",
    **{"from": "praman@x.com"}, name_from="Priya Raman",
    date="Tue, 10 Sep 2024 01:00:30 +0000",
    subject="Automatic reply: KCSC-240909-06 removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 16 September with limited access to email.

For urgent legal requests please contact legal@x.com.

Priya Raman
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply",
    why="Out-of-office reply.",
    items={},
)

HEADER = """# Blind set blind710: ticket systems and threads (receipts then results,
# solved tickets, follow-ups in one thread, replies to reminders, partial
# answers, forwarded mail). Written from each email's meaning before any
# run of the reader; generated by make.py."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind710", HEADER, CASES)
