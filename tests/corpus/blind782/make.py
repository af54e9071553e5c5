#!/usr/bin/env python3
"""Blind set 782: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written for this
set; the expected result of each case was written from the email's meaning
alone, before any run of the reader.

    python3 tests/corpus/blind782/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind782"

# ---------------------------------------------------------------- requests
KR_CAFE = "https://cafe.naver.com/%ED%91%B8%EB%A5%B8%EC%8B%9C%EC%9E%A5/91827"
KR_CAFE_RAW = "https://cafe.naver.com/푸른시장/91827"

X1 = "https://x.com/mintgrove_deals/status/1830411122334455001"
X2 = "https://x.com/mintgrove_deals/status/1830411122334455002"
X3 = "https://x.com/hollow_pier77/status/1830498877665544003"
X4 = "https://x.com/hollow_pier77/status/1830498877665544004"
X5 = "https://x.com/quietmarket_kr/status/1830512345678901005"
X6 = "https://x.com/quietmarket_kr/status/1830512345678901006"
X7 = "https://x.com/sable_lantern/status/1830600011122233007"
X8 = "https://x.com/sable_lantern/status/1830600011122233008"
X9 = "https://x.com/ember_atlas_9/status/1830655544433322009"
X10 = "https://x.com/ember_atlas_9/status/1830655544433322010"
X11 = "https://x.com/greyfinch_shop/status/1830700099988877011"
X12 = "https://x.com/greyfinch_shop"
XS = "https://x.com/pale_orchard_kr/status/1832990011223344556"

Y1 = "https://www.youtube.com/watch?v=Qm4tLx9RzA1"
Y2 = "https://www.youtube.com/watch?v=Hb7pWc2KsE3"
Y3 = "https://www.youtube.com/shorts/Vn8dYt5JqP0"
Y4 = "https://www.youtube.com/@lunartide_clips"

N1 = "https://blog.naver.com/moonpetal_22/223551234567"
N2 = "https://cafe.naver.com/quietriverclub/48213"
N3 = KR_CAFE

T1 = "https://t.me/copperwharf_chat/5521"
T2 = "https://t.me/copperwharf_chat/5530"

D1 = "https://discord.gg/velvetmoth"
D2 = "https://discord.gg/Tq7RbN2x"
D3 = "https://discord.com/channels/1102233445566778899/1102233445566778900/1281455667788990011"
D4 = "https://discord.com/channels/1102233445566778899/1102233445566778900/1281455667788990022"
D5 = "https://discord.com/channels/1102233445566778899/1102233445566778901/1281455667788990033"

K1 = "https://cafe.daum.net/saltmeadow/Kp3Z/2041"
K2 = "https://cafe.daum.net/saltmeadow/Kp3Z/2057"
K3 = "https://orchidvault.tistory.com/118"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240902-01", "x", "2024-09-02T11:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "illegal_goods", "largest request of the set", [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     "fraud", "", [Y1, Y2, Y3, Y4]),
    ("KCSC-240904-03", "naver", "2024-09-04T14:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "defamation", "one Korean-path cafe URL", [N1, N2, N3]),
    ("KCSC-240905-04", "telegram", "2024-09-05T09:20:00+09:00", "2024-09-12T23:59:59+09:00",
     "drugs", "", [T1, T2]),
    ("KCSC-240906-05", "discord", "2024-09-06T16:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "illegal_goods", "invites and message links", [D1, D2, D3, D4, D5]),
    ("KCSC-240909-06", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "gambling", "Daum cafe and Tistory", [K1, K2, K3]),
    ("KCSC-240910-07", "x", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "fraud", "one item", [XS]),
]
ALL_ITEMS = {r[0]: r[6] for r in REQUESTS}


def msgid(ref):
    return "req." + ref + "@kcsc.example"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def pending(*urls):
    return {u: "pending" for u in urls}


def thread(ref, reminder=None):
    """In-Reply-To/References of a reply in our request's thread (or to a reminder)."""
    req = "<" + msgid(ref) + ">"
    if reminder:
        rem = "<reminder." + ref + "." + str(reminder) + "@kcsc.example>"
        return ["In-Reply-To: " + rem, "References: " + req + " " + rem]
    return ["In-Reply-To: " + req, "References: " + req]


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# =============================================================== APPLIED
case(
    name="x-zendesk-solved-numbered-list",
    date="Fri, 06 Sep 2024 15:12:40 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    subject="[X] Update: KCSC-240902-01 removal request (Case 0904-55812)",
    extra_headers=thread("KCSC-240902-01"),
    body=f"""
{ZD_LINE}

Your request 0904-55812 has been updated. To add a comment, reply to
this email.

----------------------------------------------

Kim Dana (X Legal Operations)

Sep 6, 2024, 15:12 KST

Hello,

Thank you for your patience. We have finished reviewing the first four
posts of your request KCSC-240902-01 and have taken these actions:

1. {X1} - removed for violating the X Rules.
2. {X2} - removed for violating the X Rules.
3. {X3} - withheld in South Korea in response to your legal demand.
4. {X4} - no action taken. We found that the post does not violate the
X Rules or the local law you cited, and it remains available on X.

We will write separately about the remaining posts.

----------------------------------------------

This email is a service from X Legal Operations.
[5QK2R-7PL0]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been updated' agent comment from a platform legal desk",
    why="four numbered URLs each with an unhedged outcome: two removed, one withheld in KR, one refused",
    items={X1: "removed", X2: "removed", X3: "restricted", X4: "rejected"},
)

case(
    name="x-thread-followup-over-quote",
    date="Tue, 10 Sep 2024 11:40:02 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    subject="Re: [X] Update: KCSC-240902-01 removal request (Case 0904-55812)",
    extra_headers=thread("KCSC-240902-01"),
    body=f"""
Hello again,

A follow-up on the two @quietmarket_kr posts that were still open on this
case:

{X5} has now been withheld in South Korea.
{X6} could not be found. The post does not exist or the link is incorrect.

Best,
Kim Dana
X Legal Operations

On Fri, Sep 6, 2024 at 3:12 PM X Support <legal-support@x.com> wrote:
> Hello,
>
> 1. {X1} - removed for violating the X Rules.
> 3. {X3} - withheld in South Korea in response to your legal demand.
>
> We will write separately about the remaining posts.
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same Zendesk thread, top-posted over the earlier comment",
    why="two new statements above the quote; the quoted earlier outcomes are not statements of this email",
    items={X5: "restricted", X6: "not_found", X1: "pending", X3: "pending"},
)

case(
    name="x-reminder-reply-status-below-url",
    date="Thu, 12 Sep 2024 17:05:11 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: Reminder: KCSC-240902-01 - 3 items past the deadline",
    extra_headers=thread("KCSC-240902-01", reminder=1),
    body=f"""
Hi KCSC team,

Sorry for the delay on these. Where each post from your reminder stands:

{X7}
Status: Removed (illegal or certain regulated goods or services policy)

{X8}
Status: Withheld in KR

{X9}
Status: No violation found. The post remains available.

Regards,
X Legal

On 12 Sep 2024, at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> The following items of request KCSC-240902-01 are past their deadline
> (due 2024-09-09):
> {X7}
> {X8}
> {X9}
""",
    outcome="applied", classification="confirmation",
    imitates="legal desk reply to a regulator's reminder, URL then a Status: line",
    why="each bare URL is followed by its own Status line; the quoted reminder repeats the URLs without statuses",
    items={X7: "removed", X8: "restricted", X9: "rejected"},
)

case(
    name="x-account-suspended-and-post",
    date="Wed, 11 Sep 2024 09:31:45 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    subject="[X] Update: KCSC-240902-01 (Case 0904-55812) - account",
    extra_headers=thread("KCSC-240902-01"),
    body=f"""
{ZD_LINE}

Hello,

We reviewed the account you reported under KCSC-240902-01.

The account {X12} has been permanently suspended for repeated violations
of the X Rules. Its post {X11} is no longer viewable on X as a result.

You can read more about our enforcement options at
https://help.x.com/en/rules-and-policies/enforcement-options

Kim Dana
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension outcome in a ticket comment",
    why="suspended account is removed; its post is stated to be no longer viewable (made unavailable); help link is not an item",
    items={X12: "removed", X11: "removed"},
)

case(
    name="x-freshdesk-html-table",
    date="Fri, 13 Sep 2024 14:22:09 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="Ticket #58812 status changed to Resolved - KCSC-240902-01",
    extra_headers=thread("KCSC-240902-01"),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC Takedown team,</p>
<p>Your ticket <b>#58812</b> (KCSC-240902-01) has been resolved. The table below
shows what was done for each post we reviewed in this round.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr style="background:#eee"><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X5}">{X5}</a></td><td>Withheld</td><td>South Korea</td></tr>
</table>
<p>If you believe this ticket was resolved in error, simply reply and it will be reopened.</p>
<p style="color:#888;font-size:11px">X Support &middot; <a href="https://help.x.com/en/forms">help.x.com/forms</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with an HTML results table",
    why="HTML table row per URL: one removed globally, one withheld in South Korea",
    items={X10: "removed", X5: "restricted"},
)

case(
    name="x-single-item-solved-no-url",
    date="Fri, 13 Sep 2024 10:02:33 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    subject="[X] Update: KCSC-240910-07 (Case 0910-61220)",
    extra_headers=thread("KCSC-240910-07"),
    body=f"""
{ZD_LINE}

Your request 0910-61220 has been solved.

----------------------------------------------

Park Joon (X Legal Operations)

Sep 13, 2024, 10:02 KST

Hello,

We reviewed the post reported in your request KCSC-240910-07 and have
removed it for violating our rules on scams and financial fraud.

This request is now marked as solved.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' comment answering a one-post request without repeating the URL",
    why="the request has a single item, so 'the post reported ... removed' is that item",
    items={XS: "removed"},
)

case(
    name="x-ack-phrase-plus-withheld",
    date="Wed, 04 Sep 2024 08:15:50 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    subject="[X] We received your request (Case 0904-55812) KCSC-240902-01",
    extra_headers=thread("KCSC-240902-01"),
    body=f"""
Thank you for contacting X. We have received your report and opened
case 0904-55812.

We have already withheld the following post in South Korea:
{X3}

The other posts in your request are in our review queue, and we will
update this case once they have been reviewed.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that already carries one result",
    why="acknowledgement wording plus an unhedged withheld-in-KR statement for a named URL on the next line",
    items={X3: "restricted"},
)

case(
    name="x-korean-staff-fullwidth",
    date="Mon, 09 Sep 2024 16:48:03 +0900",
    **{"from": "kr-legal@x.com"}, name_from="X 코리아 법무팀",
    subject="RE: [KCSC-240902-01] 게시물 조치 요청 회신",
    extra_headers=thread("KCSC-240902-01"),
    body=f"""
안녕하세요, X 코리아 법무팀입니다.

요청번호 KCSC-240902-01 관련하여 아래와 같이 처리하였음을 알려드립니다.

- {X9} 게시물은 대한민국 내에서 열람이 제한(withheld)되었습니다.
- {X10}（작성자 본인이 삭제）— 확인 결과 이미 삭제된 게시물이어서 별도 조치는 하지 않았습니다.

나머지 게시물은 검토가 끝나는 대로 다시 연락드리겠습니다.

감사합니다.
X 코리아 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language reply from a global platform's Korean legal team",
    why="one post withheld in Korea; the other already deleted by its author (full-width parenthesis glued to the URL)",
    items={X9: "restricted", X10: "not_found"},
)

case(
    name="x-rejected-with-reason",
    date="Tue, 10 Sep 2024 18:30:00 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    subject="[X] Update: KCSC-240902-01 (Case 0904-55812) - decision",
    extra_headers=thread("KCSC-240902-01"),
    body=f"""
{ZD_LINE}

Hello,

After careful review, we have determined that the post at
{X2}
does not violate the X Rules. We also assessed it against the Korean
law cited in your letter and did not find a sufficient basis to withhold
it. The post will remain available on X.

If you have more information that could change this assessment, you are
welcome to reply to this email.

Kim Dana
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="platform refusal with its reason (no violation, no legal basis)",
    why="an explicit refusal for one named post with a reason: rejected",
    items={X2: "rejected"},
)

case(
    name="yt-legal-ticket-three-outcomes",
    date="Mon, 09 Sep 2024 13:20:45 +0900",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [7-3318000012345] KCSC-240903-02",
    extra_headers=thread("KCSC-240903-02"),
    body=f"""
Hello,

Thanks for reaching out to YouTube. After reviewing the content in your
notice, this is the outcome for each URL:

- {Y1} : removed for violating YouTube's Community Guidelines.
- {Y2} : blocked from view in South Korea on the basis of local law.
- {Y3} : age-restricted. Viewers must be signed in and 18 or older.

Regards,
The YouTube Legal Team

Reference: [7-3318000012345]
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support ticket reply with per-URL outcomes",
    why="removed, geo-blocked in KR (restricted), age-restricted (restricted)",
    items={Y1: "removed", Y2: "restricted", Y3: "restricted"},
)

case(
    name="yt-channel-terminated-gmail-quote",
    date="Tue, 10 Sep 2024 09:58:12 +0900",
    **{"from": "seo-yeon.han@google.com"}, name_from="Seo-yeon Han",
    subject="Re: [7-3318000012345] KCSC-240903-02",
    extra_headers=thread("KCSC-240903-02"),
    body=f"""
Hi,

Quick update on the channel in your notice: {Y4} has been terminated for
violating our spam, deceptive practices and scams policies.

The three videos are still with the review team and I'll write again
once there is a decision.

Best,
Seo-yeon
YouTube Trust & Safety, Seoul

On Tue, Sep 3, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal,
>
> Under request KCSC-240903-02 we ask you to remove the following content:
> {Y1}
> {Y2}
> {Y3}
> {Y4}
>
> KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-quoted personal reply from a trust & safety employee in the request thread",
    why="channel terminated is removed; the videos appear only in our quoted request and are explicitly still under review",
    items={Y4: "removed", Y1: "pending", Y2: "pending", Y3: "pending"},
)

_yt_qp = f"""Hello,

We have completed our review of the remaining items in your legal notice KCSC-240903-02 (ticket [7-3318000012345]).

Video: {Y2}
We reviewed this video and did not find that it violates our Community Guidelines or the local law you cited. We are not taking action on this video, and it remains available.

Short: {Y3}
This Short was removed from YouTube.

Learn more about how we handle legal notices: https://support.google.com/youtube/answer/6154218

Kind regards,
The YouTube Legal Team
"""
case(
    name="yt-qp-rejected-and-removed",
    date="Thu, 12 Sep 2024 20:11:37 +0900",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [7-3318000012345] KCSC-240903-02 - final decision",
    extra_headers=thread("KCSC-240903-02"),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_qp),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal notice final decision, quoted-printable body with soft line breaks",
    why="one video refused with reason (rejected), one Short removed; help-centre link is not an item",
    items={Y2: "rejected", Y3: "removed"},
)

case(
    name="yt-url-below-statement",
    date="Wed, 11 Sep 2024 11:07:19 +0900",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [7-3318000012345] KCSC-240903-02",
    extra_headers=thread("KCSC-240903-02"),
    body=f"""
Hello,

Thank you for your notice KCSC-240903-02.

The following video has been removed for violating our Community Guidelines:
{Y1}

The following video has been restricted so that it is not available in South Korea:
{Y2}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome template: statement line ending in a colon, URL on the next line",
    why="each statement points to the URL on the line below it",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="yt-dsa-statement-of-reasons",
    date="Fri, 13 Sep 2024 07:45:00 +0900",
    **{"from": "no-reply-sor@youtube.com"}, name_from="YouTube",
    subject="Decision on your notice KCSC-240903-02",
    extra_headers=thread("KCSC-240903-02"),
    body=f"""
Decision on content you reported

Content:            {Y3}
Decision:           Restriction of visibility. The content is not
                    available to viewers in the Republic of Korea.
Ground:             Illegal content under the law of the Republic of Korea
Facts relied on:    Notice submitted by KCSC on 3 September 2024
Automated means:    No automated decision-making was used
Date of decision:   12 September 2024

Redress: You may appeal this decision through
https://support.google.com/legal/answer/3110420

This message was generated by YouTube's notice system. Replies to this
address are not monitored.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (restriction of visibility in one country)",
    why="visibility restricted in Korea for the named Short; the appeal link is not an item",
    items={Y3: "restricted"},
)

case(
    name="naver-korean-three-statuses",
    date="Mon, 09 Sep 2024 17:30:21 +0900",
    **{"from": "help_cs@navercorp.com"}, name_from="네이버 고객센터",
    subject="[네이버 고객센터] 시정요구 처리 결과 안내 (KCSC-240904-03)",
    extra_headers=thread("KCSC-240904-03"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 시정요구(KCSC-240904-03)에 대한 처리
결과를 아래와 같이 안내드립니다.

1. {N1}
   → 게시중단 처리 완료
2. {N2}
   → 임시조치(30일) 처리
3. {KR_CAFE_RAW}의 경우 작성자가 이미 삭제하여 게시물이 존재하지 않습니다.

문의 번호: 240909-004417
처리 내용에 대해 궁금하신 점은 이 메일에 회신해 주시기 바랍니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre 시정요구 처리 결과 notice (게시중단 / 임시조치 / 게시물 없음)",
    why="게시중단 = removed, 임시조치 = restricted, already deleted by its author = not_found (raw Korean path followed by a particle)",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

_naver_html = f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>요청번호 <b>KCSC-240904-03</b> 건의 조치 결과를 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>조치 내용</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{N2}</td><td>블라인드</td><td>2024-09-10</td></tr>
</table>
<p>감사합니다.<br>네이버 정책지원팀</p>
</body></html>
"""
case(
    name="naver-base64-html-table",
    date="Tue, 10 Sep 2024 15:03:44 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject="Re: KCSC-240904-03 조치 결과 회신",
    extra_headers=thread("KCSC-240904-03"),
    raw_mime="Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(_naver_html),
    outcome="applied", classification="confirmation",
    imitates="Korean 조치 결과 table in a base64-encoded HTML body",
    why="table rows: 삭제 and 블라인드, both removed",
    items={N1: "removed", N2: "removed"},
)

case(
    name="naver-outlook-toppost-reminder",
    date="Wed, 11 Sep 2024 14:12:55 +0900",
    **{"from": "sumin.lee@navercorp.com"}, name_from="이수민",
    subject="RE: Reminder: KCSC-240904-03 - 3 items past the deadline",
    extra_headers=thread("KCSC-240904-03", reminder=1),
    body=f"""
안녕하세요, 네이버 정책지원팀 이수민입니다.

아래 리마인더 확인하였습니다.
{N2} 게시글은 9월 11일자로 삭제 조치하였습니다.
나머지 건은 확인 후 별도로 회신드리겠습니다.

감사합니다.
이수민 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:00 AM
To: policy@navercorp.com
Subject: Reminder: KCSC-240904-03 - 3 items past the deadline

The following items of request KCSC-240904-03 are past their deadline
(due 2024-09-11):
{N1}
{N2}
{N3}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted Korean reply to a reminder, original message below",
    why="only the cafe post is stated deleted; the others appear only in our quoted reminder",
    items={N2: "removed", N1: "pending", N3: "pending"},
)

case(
    name="tg-case-reply-removed-and-missing",
    date="Sat, 07 Sep 2024 02:14:09 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240905-04 [Case #4412093]",
    extra_headers=thread("KCSC-240905-04"),
    body=f"""
Hello,

Thank you for your report.

The message {T1} has been taken down.

We could not locate {T2} - there is no such message in that chat
(it may have been deleted by its author before we looked).

Case #4412093
--
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk case reply",
    why="first message taken down; second could not be located (the hedge is only about why it is gone)",
    items={T1: "removed", T2: "not_found"},
)

case(
    name="tg-reminder-reply-gmail",
    date="Fri, 13 Sep 2024 21:40:31 +0900",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    subject="Re: Reminder: KCSC-240905-04 - 2 items past the deadline",
    extra_headers=thread("KCSC-240905-04", reminder=1),
    body=f"""
Hi,

{T2} - this message was deleted by our moderators on 13 September.

{T1} - we reviewed it and found no violation of Telegram's Terms of
Service. It stays up.

Regards,
Telegram

On Fri, Sep 13, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> The following items of request KCSC-240905-04 are past their deadline
> (due 2024-09-12):
> {T1}
> {T2}
""",
    outcome="applied", classification="confirmation",
    imitates="short reply to a regulator's reminder, Gmail quoting",
    why="one deleted by moderators (removed), one refused as no ToS violation (rejected)",
    items={T2: "removed", T1: "rejected"},
)

case(
    name="discord-zendesk-solved-five",
    date="Wed, 11 Sep 2024 06:55:18 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Discord] Your request (81234) has been solved - KCSC-240906-05",
    extra_headers=thread("KCSC-240906-05"),
    body=f"""
{ZD_LINE}

Your request (81234) has been solved. To reopen it, reply to this email.

----------------------------------------------

Riley (Discord Trust & Safety)

Sep 10, 2024, 14:55 PDT

Hi there,

Thanks for reporting this to us. Here is what we did with each link:

Message {D3} - deleted
Message {D4} - deleted
Message {D5} - reviewed; it does not violate our Community Guidelines, so no action was taken
Invite {D1} - the server behind this invite has been removed from Discord
Invite {D2} - this invite is invalid or has expired, and we were unable to locate a server for it

Best,
Riley
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' mail from a chat platform's trust & safety team",
    why="five links, each with an unhedged outcome: deleted x2, refused, server removed, invalid invite",
    items={D3: "removed", D4: "removed", D5: "rejected", D1: "removed", D2: "not_found"},
)

_csv = f"""link,outcome,notes
{D3},content deleted,
{D4},content deleted,
{D1},server removed,invite no longer resolves
"""
case(
    name="discord-csv-attachment",
    date="Thu, 12 Sep 2024 03:10:44 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Discord] Update on your request (81234) - KCSC-240906-05",
    extra_headers=thread("KCSC-240906-05"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_zd_81234_att"

--=_zd_81234_att
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hi,

Please find attached the outcome for each link we reviewed in your report
KCSC-240906-05. We will reply in this ticket about any link not in the file.

Discord Trust & Safety

--=_zd_81234_att
Content-Type: text/csv; charset=UTF-8; name="kcsc-240906-05-outcome.csv"
Content-Disposition: attachment; filename="kcsc-240906-05-outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_zd_81234_att--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket update carrying a CSV of per-link outcomes",
    why="CSV rows: two messages deleted and one server removed",
    items={D3: "removed", D4: "removed", D1: "removed"},
)

case(
    name="discord-partial-answer",
    date="Mon, 09 Sep 2024 04:21:09 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Discord] Update on your request (81234)",
    extra_headers=thread("KCSC-240906-05"),
    body=f"""
{ZD_LINE}

Hi,

An update on ticket 81234. We have deleted the message at
{D5}

The other links in your report are still being reviewed by our team. We
will follow up in this ticket once we have an outcome for them.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a ticket thread: one link done, the rest still open",
    why="one named message deleted (URL on the next line); the rest are unnamed and still under review",
    items={D5: "removed"},
)

case(
    name="discord-helpscout-bullets",
    date="Fri, 13 Sep 2024 05:33:27 +0900",
    **{"from": "safety@discord.com"}, name_from="Mara at Discord Safety",
    subject="Re: KCSC-240906-05 [#4471]",
    extra_headers=thread("KCSC-240906-05") + ["X-HelpScout-Conversation: 4471"],
    body=f"""
Mara replied to your conversation #4471

Hello KCSC team,

Two more results for your report:

  * {D2} - the server this invite pointed to has been deleted.
  * <{D4}> - message removed.

Thanks for your patience,
Mara
Discord Safety

--
Reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style agent reply with a bulleted result list",
    why="two bullets, each URL with an unhedged removal (one in angle brackets)",
    items={D2: "removed", D4: "removed"},
)

case(
    name="kakao-daum-korean-notice",
    date="Thu, 12 Sep 2024 11:45:02 +0900",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240909-06)",
    extra_headers=thread("KCSC-240909-06"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청번호 KCSC-240909-06 건에 대한 조치 결과를 안내드립니다.

다음 카페 게시물 {K1} 은(는) 운영정책 위반으로 게시중단되었습니다.

{K2} 게시물은 관련 법령에 따라 국내 접속이 차단되었습니다.

티스토리 게시글 {K3} 은(는) 비공개 처리되었습니다.

운영정책 안내: https://www.daum.net/policy/operation

감사합니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 게시중단 / 접속 차단 / 비공개 처리 notice",
    why="게시중단 = removed, 국내 접속 차단 = restricted, 비공개 처리 = removed; policy link is not an item",
    items={K1: "removed", K2: "restricted", K3: "removed"},
)

case(
    name="kakao-jira-resolved-comment",
    date="Fri, 13 Sep 2024 16:20:40 +0900",
    **{"from": "servicedesk@kakaocorp.com"}, name_from="Kakao Service Desk",
    subject="[KSD-4471] 게시물 삭제 요청 (KCSC-240909-06) - 해결됨",
    extra_headers=thread("KCSC-240909-06"),
    body=f"""
—-—-—-—
회신은 이 줄 위에 작성해 주세요.

김하늘 님이 댓글을 남겼습니다:

요청하신 티스토리 게시글 {K3} 삭제 조치 완료하였습니다.
다음 카페 게시물 2건은 담당 부서에서 검토 중입니다.

요청 보기: https://servicedesk.kakaocorp.com/servicedesk/customer/portal/3/KSD-4471
이 요청의 알림 끄기

상태: 해결됨
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification (comment + status Resolved), Korean",
    why="the Tistory post is stated deleted; the Daum cafe posts are unnamed and under review; portal link is not an item",
    items={K3: "removed"},
)

# =============================================================== REVIEW
case(
    name="x-promise-within-24h",
    date="Thu, 05 Sep 2024 12:00:31 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    subject="[X] Update: KCSC-240902-01 (Case 0904-55812)",
    extra_headers=thread("KCSC-240902-01"),
    body=f"""
{ZD_LINE}

Hello,

We have confirmed that the posts
{X7}
{X8}
violate our rules, and they will be removed within the next 24 hours.
We will confirm in this case once that is done.

Kim Dana
X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="ticket comment promising removal",
    why="'will be removed within 24 hours' is a promise, not a statement: items stay pending",
    items=pending(X7, X8),
)

case(
    name="yt-hedge-appears-under-review",
    date="Fri, 06 Sep 2024 10:12:08 +0900",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [7-3318000012345] KCSC-240903-02",
    extra_headers=thread("KCSC-240903-02"),
    body=f"""
Hello,

Thanks for your patience.

The video {Y1} appears to have already been taken down by the uploader,
but we are confirming this with the relevant team.

{Y2} is still under review by our specialist team.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="interim ticket update with hedged and under-review wording",
    why="'appears to have been taken down ... confirming' is a hedge and 'still under review' is no statement",
    items=pending(Y1, Y2),
)

case(
    name="x-conditional-counter-notice",
    date="Sat, 07 Sep 2024 09:09:09 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    subject="[X] Update: KCSC-240902-01 (Case 0904-55812)",
    extra_headers=thread("KCSC-240902-01"),
    body=f"""
{ZD_LINE}

Hello,

Regarding {X1}: we have notified the account holder of your demand.
They have 14 days to respond. If we do not receive a valid response in
that time, the post will be withheld in South Korea.

Kim Dana
X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="notice-and-counter-notice style interim reply",
    why="a condition and a future action, not a statement: item stays pending",
    items=pending(X1),
)

case(
    name="x-bulk-all-removed",
    date="Mon, 16 Sep 2024 10:30:00 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    subject="[X] Request solved: KCSC-240902-01 (Case 0904-55812)",
    extra_headers=thread("KCSC-240902-01"),
    body=f"""
{ZD_LINE}

Your request 0904-55812 has been solved.

Hello,

We have now removed all of the posts listed in your request
KCSC-240902-01. We are closing this case.

X Legal Operations
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'solved' comment with a blanket statement",
    why="'all of the posts' for a 12-item request names no item: bulk, everything stays pending",
    items=pending(*ALL_ITEMS["KCSC-240902-01"]),
)

case(
    name="kakao-bulk-korean",
    date="Mon, 16 Sep 2024 13:00:12 +0900",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오] 요청 처리 완료 안내 (KCSC-240909-06)",
    extra_headers=thread("KCSC-240909-06"),
    body="""
안녕하세요, 카카오 고객센터입니다.

요청하신 KCSC-240909-06 건의 게시물 3건은 모두 삭제 조치하였습니다.

이용해 주셔서 감사합니다.
카카오 고객센터
""",
    outcome="review", review="bulk",
    imitates="Korean blanket 처리 완료 notice",
    why="'3건 모두 삭제' covers a three-item request without naming any: bulk",
    items=pending(*ALL_ITEMS["KCSC-240909-06"]),
)

case(
    name="tg-dmarc-fail",
    date="Sun, 08 Sep 2024 03:33:00 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    auth="fail",
    subject="Re: KCSC-240905-04 [Case #4412093]",
    extra_headers=thread("KCSC-240905-04"),
    body=f"""
Hello,

The messages {T1} and {T2} have been removed.

Case #4412093
--
Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse desk reply whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication failed: nothing applied",
    items=pending(T1, T2),
)

case(
    name="zendesk-subdomain-sender",
    date="Tue, 10 Sep 2024 08:00:55 +0900",
    **{"from": "support@discordsafety.zendesk.com"}, name_from="Discord Safety",
    subject="[Discord Safety] Update on request #81234 - KCSC-240906-05",
    extra_headers=thread("KCSC-240906-05"),
    body=f"""
{ZD_LINE}

Hi,

The message {D3} has been deleted and the invite {D1} no longer works
because the server was removed.

Discord Safety
""",
    outcome="review", review="unknown_sender",
    imitates="help-desk notification sent from the vendor's subdomain instead of the platform's own domain",
    why="zendesk.com is not a configured sender domain of any platform",
    items=pending(D3, D1),
)

case(
    name="gmail-forward-of-x-reply",
    date="Thu, 12 Sep 2024 22:18:40 +0900",
    **{"from": "minjae.cho.law@gmail.com"}, name_from="Minjae Cho",
    subject="Fwd: [X] Update: KCSC-240902-01 removal request",
    body=f"""
Hello,

I was copied on X's reply by mistake and am forwarding it to you.

---------- Forwarded message ---------
From: X Support <legal-support@x.com>
Date: Thu, Sep 12, 2024 at 6:02 PM
Subject: [X] Update: KCSC-240902-01 removal request

{X11} - removed.
{X12} - account suspended.
""",
    outcome="review", review="unknown_sender",
    imitates="third party forwarding a platform reply from a personal mailbox",
    why="sender is no platform's domain; a forwarded copy cannot be checked",
    items=pending(X11, X12),
)

case(
    name="naver-asks-documents",
    date="Thu, 05 Sep 2024 10:40:19 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject="Re: KCSC-240904-03 관련 추가 자료 요청",
    extra_headers=thread("KCSC-240904-03"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 {N2} 게시물의 조치를 검토하기 위해 심의 의결서 사본과
위반 법령 조항을 회신 메일로 보내주시기 바랍니다.

자료를 받는 대로 검토하여 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal asking for the decision document before acting",
    why="asks for supporting documents; no status stated",
    items=pending(N2),
)

case(
    name="kakao-wrong-thread-naver-item",
    date="Wed, 11 Sep 2024 09:25:37 +0900",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240904-03)",
    extra_headers=thread("KCSC-240904-03"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물 {N2} 은(는) 블라인드 처리되었습니다.

감사합니다.
카카오 고객센터
""",
    outcome="review", review="wrong_platform",
    imitates="Korean portal notice misrouted to another portal's request",
    why="Kakao states a status for a NAVER cafe post, which Kakao does not host",
    items=pending(N2),
)

case(
    name="x-internal-forward",
    date="Sat, 14 Sep 2024 11:11:11 +0900",
    **{"from": "jiwoo.kang@x.com"}, name_from="Jiwoo Kang",
    subject="Fwd: KCSC-240902-01 / posts actioned",
    extra_headers=thread("KCSC-240902-01"),
    body=f"""
FYI - forwarding the note from our Safety team below.

Jiwoo

---------- Forwarded message ---------
From: Safety Ops <safety-ops@x.com>
Date: Fri, Sep 13, 2024 at 11:47 PM
Subject: KCSC-240902-01 / posts actioned
To: Jiwoo Kang <jiwoo.kang@x.com>

Both posts have been removed:
{X7}
{X8}
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding an internal colleague's note",
    why="the statement is in a forwarded message, not the sender's own words",
    items=pending(X7, X8),
)

case(
    name="discord-csat-survey",
    date="Tue, 17 Sep 2024 02:00:00 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord Support",
    subject="How did we do? Rate your support experience",
    body="""
Hi,

Your recent request 81234 was closed. We'd love to hear what you
thought of the support you received.

How would you rate it?

  Good, I'm satisfied:  https://support.discord.com/hc/survey/81234/good
  Bad, I'm unsatisfied: https://support.discord.com/hc/survey/81234/bad

Thanks,
Discord Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk satisfaction survey after a ticket closes",
    why="trusted platform mail, names no item and no KCSC reference, not a receipt or auto-reply",
    items={},
)

# =============================================================== IGNORED
case(
    name="x-zendesk-receipt",
    date="Mon, 02 Sep 2024 11:03:20 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    subject="[X] Re: KCSC-240902-01 removal request (Case 0904-55812)",
    extra_headers=thread("KCSC-240902-01") + ["Auto-Submitted: auto-replied"],
    body=f"""
{ZD_LINE}

Your request (0904-55812) has been received and is being reviewed by
our support staff.

To add more comments, reply to this email.

X Legal Operations
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket auto-acknowledgement",
    why="pure receipt: ticket created, no statement",
    items={},
)

case(
    name="discord-freshdesk-receipt-echo",
    date="Fri, 06 Sep 2024 16:02:51 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Discord] We received your report (ticket #81234)",
    extra_headers=thread("KCSC-240906-05") + ["Auto-Submitted: auto-generated"],
    body=f"""
Thanks for contacting Discord Trust & Safety.

This is an automated message to confirm that we received your report.
Ticket #81234 has been created and a member of our team will look at it.

A copy of your report:
----------------------------------------
Reference: KCSC-240906-05
Reason: Illegal goods
Links:
{D1}
{D2}
{D3}
{D4}
{D5}
----------------------------------------

Please do not open a new ticket for the same report.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk-style ticket receipt echoing the submitted report",
    why="receipt; the links are only the echo of our own report",
    items=pending(D1, D2, D3, D4, D5),
)

case(
    name="naver-ooo-korean",
    date="Mon, 16 Sep 2024 09:00:04 +0900",
    **{"from": "sumin.lee@navercorp.com"}, name_from="이수민",
    subject="[자동응답] RE: Reminder: KCSC-240904-03",
    extra_headers=thread("KCSC-240904-03", reminder=2) + ["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 이수민입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tg-dsn-bounce",
    date="Fri, 13 Sep 2024 10:00:07 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="7A1C2E0F3.1726189207/mx.kcsc.example"

This is a MIME-encapsulated message.

--7A1C2E0F3.1726189207/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[203.0.113.25] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--7A1C2E0F3.1726189207/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 10:00:05 +0900

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@telegram.org>: Recipient address
    rejected: User unknown

--7A1C2E0F3.1726189207/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: Reminder: KCSC-240905-04 - 2 items past the deadline
Message-ID: <reminder.KCSC-240905-04.1@kcsc.example>
Date: Fri, 13 Sep 2024 10:00:00 +0900

The following items of request KCSC-240905-04 are past their deadline
(due 2024-09-12):
{T1}
{T2}

--7A1C2E0F3.1726189207/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a reminder sent to a wrong address",
    why="delivery failure report; the URLs are in our own returned reminder",
    items=pending(T1, T2),
)

case(
    name="yt-mdn-read-receipt",
    date="Tue, 03 Sep 2024 13:47:22 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal KR",
    subject="Read: KCSC-240903-02",
    extra_headers=thread("KCSC-240903-02"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_MDN_3318_0001"

------=_MDN_3318_0001
Content-Type: text/plain; charset=UTF-8

Your message

  To: legal-kr@google.com
  Subject: KCSC-240903-02
  Sent: Tuesday, September 3, 2024 10:30 AM

was read on Tuesday, September 3, 2024 1:47 PM.

------=_MDN_3318_0001
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <req.KCSC-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_3318_0001--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (disposition-notification)",
    why="read receipt only",
    items={},
)

case(
    name="kakao-jira-receipt",
    date="Mon, 09 Sep 2024 10:05:48 +0900",
    **{"from": "servicedesk@kakaocorp.com"}, name_from="Kakao Service Desk",
    subject="[KSD-4471] 게시물 삭제 요청 (KCSC-240909-06) 접수 완료",
    extra_headers=thread("KCSC-240909-06") + ["Auto-Submitted: auto-generated"],
    body="""
—-—-—-—
회신은 이 줄 위에 작성해 주세요.

요청이 접수되었습니다.

요청 번호: KSD-4471
요청 유형: 게시물 신고 (기관)
담당자가 배정되면 검토 후 처리 결과를 이 요청으로 안내해 드리겠습니다.

요청 보기: https://servicedesk.kakaocorp.com/servicedesk/customer/portal/3/KSD-4471
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification, Korean",
    why="pure receipt with a request number and a promise to report later",
    items={},
)

case(
    name="x-ooo-quoting-reminder",
    date="Thu, 12 Sep 2024 10:00:41 +0900",
    **{"from": "jiwoo.kang@x.com"}, name_from="Jiwoo Kang",
    subject="Automatic reply: Reminder: KCSC-240902-01 - 3 items past the deadline",
    extra_headers=thread("KCSC-240902-01", reminder=1) + ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
I am out of the office until Monday 16 September with limited access to
email. For urgent legal matters please write to legal@x.com.

Jiwoo Kang

> The following items of request KCSC-240902-01 are past their deadline
> (due 2024-09-09):
> {X7}
> {X8}
> {X9}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply quoting the reminder",
    why="out-of-office; the URLs are only in the quoted reminder",
    items=pending(X7, X8, X9),
)


HEADER = """# Blind set 782 (ticket systems and threads). Written by tests/corpus/blind782/make.py
# from the meaning of each email, before any run of the reader. Each case is judged
# alone on a fresh ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print("%d cases" % len(CASES))
