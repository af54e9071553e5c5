#!/usr/bin/env python3
"""Blind set 362 (focus: ticket systems and threads).

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is written in our own sentences,
with fictional URLs, names and ids. The expected result of each case was
written from the email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind362/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "kakao.com": "Kakao",
    "daum.net": "Kakao",
    "reddit.com": "Reddit",
    "redditmail.com": "Reddit",
})

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, tz=9):
    t = datetime.datetime(2024, 9, day, hh, mm, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    sign = "+" if tz >= 0 else "-"
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + "%s%02d00" % (sign, abs(tz))


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
TG = [
    "https://t.me/silver_lantern_ch/418",
    "https://t.me/silver_lantern_ch/421",
    "https://t.me/mokpo_drift/77",
]
X = [
    "https://x.com/hollowreed_kr/status/1830412290017734656",
    "https://x.com/hollowreed_kr/status/1830418855102279681",
    "https://x.com/hollowreed_kr/status/1830420031877406722",
    "https://x.com/hollowreed_kr/status/1830511470665318400",
    "https://x.com/hollowreed_kr/status/1830602938811146241",
    "https://x.com/bluemarsh_22/status/1829987712340017152",
    "https://x.com/bluemarsh_22/status/1829990045511368704",
    "https://x.com/bluemarsh_22/status/1830055217946624000",
    "https://x.com/bluemarsh_22/status/1830301966253002752",
    "https://x.com/dawnkettle/status/1830734401298542592",
    "https://x.com/dawnkettle/status/1830740019775520768",
    "https://x.com/dawnkettle/status/1830771320844386304",
    "https://x.com/dawnkettle/status/1830802664107110400",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7rTz2LpXa",
    "https://www.youtube.com/watch?v=Hd4kWn9sEo1",
    "https://www.youtube.com/shorts/Lp0aZc8vBnQ",
    "https://www.youtube.com/watch?v=Tb8cYe2MuVw",
]
NV = [
    "https://blog.naver.com/moonfield88/223561234501",
    "https://blog.naver.com/moonfield88/223561234777",
    "https://cafe.naver.com/quietriver/10452",
    "https://cafe.naver.com/quietriver/10460",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230011",
]
KK_TISTORY_ENC = "https://starlit-archive.tistory.com/entry/%EC%9E%90%EB%A3%8C-%EA%B3%B5%EC%9C%A0-%EB%AA%A8%EC%9D%8C"
KK_TISTORY_RAW = "https://starlit-archive.tistory.com/entry/자료-공유-모음"
KK = [
    KK_TISTORY_ENC,
    "https://cafe.daum.net/greenfog/Ab3x/2291",
    "https://pf.kakao.com/_xkQpLb/10433",
]
RD = ["https://www.reddit.com/r/seoulmarket_alt/comments/1fbq7zd/weekly_drop_thread/"]
X2 = [
    "https://x.com/ember_kiosk/status/1833301122334455667",
    "https://x.com/ember_kiosk/status/1833301122334455990",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "telegram", "2024-09-02T10:10:00+09:00", "2024-09-09T23:59:59+09:00", TG,
     "drugs", "two channels"),
    ("KCSC-240903-02", "x", "2024-09-03T09:30:00+09:00", "2024-09-10T23:59:59+09:00", X,
     "gambling", "largest request of the set: three accounts"),
    ("KCSC-240904-03", "youtube", "2024-09-04T10:02:00+09:00", "2024-09-11T23:59:59+09:00", YT,
     "defamation", "three videos and one Short"),
    ("KCSC-240905-04", "naver", "2024-09-05T14:20:00+09:00", "2024-09-12T23:59:59+09:00", NV,
     "privacy", "blog, cafe and Knowledge iN"),
    ("KCSC-240906-05", "kakao", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00", KK,
     "obscene", "Tistory entry with a Korean path, Daum cafe, Kakao channel post"),
    ("KCSC-240909-06", "reddit", "2024-09-09T16:45:00+09:00", "2024-09-16T23:59:59+09:00", RD,
     "drugs", "one thread"),
    ("KCSC-240910-07", "x", "2024-09-10T09:05:00+09:00", "2024-09-17T23:59:59+09:00", X2,
     "gambling", "one account, two posts"),
]
REQ = {r[0]: r for r in REQUESTS}


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def our_request(ref, name, urls, raw=False):
    """The text of our own request, as a ticket system or a reply quotes it."""
    lines = [
        f"Dear {name} team,",
        "",
        "The Korea Communications Standards Commission requests that the content",
        "listed below be removed, or access to it be blocked, within seven days.",
        "",
        f"Reference: {ref}",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += [
        "",
        "Please reply to this email stating the action taken for each URL.",
        "",
        "KCSC Takedown desk",
    ]
    return lines


def quote(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


CASES = []


def case(**c):
    CASES.append(c)


# ==========================================================================
# APPLIED
# ==========================================================================

case(
    name="zd-tg-solved-with-history",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date=d(5, 17, 42, 3),
    subject="[Telegram Support] Re: KCSC-240902-01 Request for removal of content",
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""
##- Please type your reply above this line -##

Your request (48213) has been solved. If you think it is not resolved,
reply to this email and the ticket will be reopened.

Artyom K. (Telegram Support)

Sep 5, 2024, 17:41 GMT+3

Hello,

Thank you for your report. We have looked at the three links in your
request, and this is what we found:

https://t.me/silver_lantern_ch/418 - the post has been taken down.
https://t.me/silver_lantern_ch/421 - the post has been taken down.
https://t.me/mokpo_drift/77 - we could not find this post; the link leads
to a message that does not exist.

Kind regards,
Artyom
Telegram Support

KCSC Takedown

Sep 2, 2024, 04:10 GMT+3

""" + "\n".join(our_request("KCSC-240902-01", "Telegram", TG)) + """

--------------------------------
This email is a service from Telegram Support. [4K7Q2-ZP9X]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification with the comment history (newest agent comment, then our request)",
    why="newest agent comment states each URL: two taken down, one does not exist; our own request in the history below is not a statement",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
)

case(
    name="fd-x-full-numbered",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(9, 18, 5),
    subject="[#60231] Re: KCSC-240903-02 - removal request (13 posts)",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello KCSC Takedown,

We have completed our review of the 13 posts in your request KCSC-240903-02.
The outcome for each post is below.

1. {X[0]} — Removed (Illegal content policy)
2. {X[1]} — Removed (Illegal content policy)
3. {X[2]} — Withheld in South Korea
4. {X[3]} — Withheld in South Korea
5. {X[4]} — No violation found; the post remains available
6. {X[5]} — Removed
7. {X[6]} — Not found: the post was deleted by the account owner before our review
8. {X[7]} — Withheld in South Korea
9. {X[8]} — Account suspended; the post is no longer available on X
10. {X[9]} — No violation found; the post remains available
11. {X[10]} — Removed
12. {X[11]} — Withheld in South Korea
13. {X[12]} — Not found: we could not locate a post with this ID

If you have questions about this ticket, simply reply to this email.

Regards,
Dana
X Legal Support

Ticket #60231 | Status: Resolved
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style agent reply ([#ticket] subject prefix, ticket footer) with a numbered outcome list",
    why="every post named with its own outcome: removed, withheld in KR, no violation, not found, suspended account",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "restricted", X[4]: "rejected",
           X[5]: "removed", X[6]: "not_found", X[7]: "restricted", X[8]: "removed", X[9]: "rejected",
           X[10]: "removed", X[11]: "restricted", X[12]: "not_found"},
)

case(
    name="x-partial-first-batch",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(6, 11, 20),
    subject="Re: [#60231] KCSC-240903-02 - partial update",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hi,

This is a partial update on ticket #60231. We have finished reviewing the
posts from @hollowreed_kr:

  * {X[0]}: withheld in South Korea
  * {X[1]}: withheld in South Korea
  * {X[2]}: removed for violating our rules
  * {X[3]}: reviewed, no violation of the X Rules; no action taken
  * {X[4]}: removed for violating our rules

The posts from @bluemarsh_22 and @dawnkettle are still with our specialist
team. We will write to you again on this ticket once their review is done.

Best,
Dana
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style partial answer on an open ticket (one batch done, the rest still in review)",
    why="five posts stated one by one; the other accounts' posts are only said to be in review and are not named",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "rejected", X[4]: "removed"},
)

case(
    name="yt-gmail-topposted-over-request",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube Legal Support",
    date=d(7, 9, 15),
    subject="Re: KCSC-240904-03 Request for removal of content",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hi,

Following up on this request: we removed {YT[0]} and
{YT[1]} from YouTube for violating our harassment
policy.

The Short at {YT[2]} was reviewed by our team and has
been left up: it does not violate our Community Guidelines.

We are still looking at the last video in your list and will reply
separately.

Thanks,
Jae
YouTube Legal Support

On Wed, Sep 4, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
""" + quote(our_request("KCSC-240904-03", "YouTube", YT)) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a YouTube legal support agent over our quoted request",
    why="two videos removed and the Short left up (no violation) in the top text; the fourth video appears only in the quoted request",
    items={YT[0]: "removed", YT[1]: "removed", YT[2]: "rejected", YT[3]: "pending"},
)

case(
    name="naver-cs-answer-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d(10, 15, 30),
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (문의번호 2409-118820)",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회의 시정요구(KCSC-240905-04)에 대한 조치 결과를 아래와 같이
안내드립니다.

1) {NV[0]}
   → 게시중단 처리되었습니다.
2) {NV[1]}
   → 임시조치(30일) 되었습니다.
3) {NV[2]}
   → 블라인드 처리되었습니다.
4) {NV[3]}
   → 작성자가 이미 삭제한 게시물로, 별도 조치 대상이 없습니다.
5) {NV[4]}
   → 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

추가 문의 사항은 이 메일에 회신해 주시기 바랍니다.
감사합니다.

네이버 고객센터 드림
※ 본 메일은 문의번호 2409-118820 에 대한 답변입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 mail (문의번호) with 게시중단/임시조치/블라인드 results per URL",
    why="each URL has its result on the line below: 게시중단, 임시조치, 블라인드, already deleted by its author, kept (no violation)",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "removed", NV[3]: "not_found", NV[4]: "rejected"},
)

case(
    name="kakao-tistory-paren-korean",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(11, 10, 12),
    subject="[카카오 고객센터] 신고하신 게시물 처리 결과 안내 (KCSC-240906-05)",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 티스토리 게시물({KK_TISTORY_RAW})은 비공개 처리되었으며,
다음카페 게시글 {KK[1]} 은 운영자 삭제 처리되었습니다.

카카오톡 채널 게시물은 담당 부서에서 확인 후 별도로 회신드리겠습니다.

감사합니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 처리 결과 안내 in Korean prose, URL in parentheses followed by a particle",
    why="Tistory entry (raw Korean path) 비공개 처리, Daum cafe post 운영자 삭제; the channel post is only promised a later answer and is not named",
    items={KK[0]: "removed", KK[1]: "removed"},
)

case(
    name="reddit-sole-solved",
    **{"from": "safety-ops@reddit.com"}, name_from="Reddit Safety",
    date=d(11, 3, 40, 0),
    subject="Re: [KCSC-240909-06] Removal request - r/seoulmarket_alt",
    reply_to_req=req_mid("KCSC-240909-06"),
    body="""
##- Please type your reply above this line -##

Your request #1187342 has been solved.

Morgan (Reddit Safety)
Sep 11, 2024, 03:39 UTC

Hi there,

Thanks for flagging this to us. After review, our Safety team removed the
reported post for violating Reddit's Content Policy.

You can read more about what is and isn't allowed on Reddit here:
https://www.redditinc.com/policies/content-policy

Best,
Morgan
Reddit Safety

This email is a service from Reddit Help.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' mail from a Reddit safety agent, no URL of the item, policy link only",
    why="one-item request referenced in the subject and thread; 'removed the reported post' is an unhedged statement about that sole item",
    items={RD[0]: "removed"},
)

case(
    name="jira-x-resolved-withheld",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date=d(12, 20, 2),
    subject="LEGAL-8812 KCSC-240910-07 removal request (2 posts)",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""
—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-
Reply above this line.

Maya O. resolved this as Done.

Both posts from @ember_kiosk listed in your request have been withheld in
South Korea under our country withheld content policy:

{X2[0]}
{X2[1]}

They remain visible outside Korea.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Help Center, powered by Jira Service Management, sent you this message.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved this as Done' customer notification with the agent's comment",
    why="statement above the two URLs, each named on its own line: withheld in South Korea",
    items={X2[0]: "restricted", X2[1]: "restricted"},
)

case(
    name="helpscout-yt-html-table",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube Legal Support",
    date=d(10, 13, 0),
    subject="Re: KCSC-240904-03 [Conversation #33190] Outcome of your request",
    reply_to_req=req_mid("KCSC-240904-03"),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for your patience. Our review of the content in your request
KCSC-240904-03 is complete. Please see the outcome for each item below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Content</th><th>Decision</th></tr>
<tr><td><a href="{YT[0]}">{YT[0]}</a></td><td>Removed</td></tr>
<tr><td><a href="{YT[1]}">{YT[1]}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{YT[2]}">{YT[2]}</a></td><td>Not found &ndash; no video exists at this link</td></tr>
<tr><td><a href="{YT[3]}">{YT[3]}</a></td><td>No action &ndash; does not violate our Community Guidelines</td></tr>
</table>
<p>For more information about our policies, please visit
<a href="https://support.google.com/youtube/answer/9288567">our Help Center</a>.</p>
<p>Best regards,<br>Hana<br>YouTube Legal Support</p>
<hr><p style="color:#888;font-size:11px">Conversation #33190 &middot; Reply to this email to continue the conversation.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style HTML reply with a two-column outcome table",
    why="HTML table: removed, age-restricted, not found, no action; the Help Center link is not an item",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "not_found", YT[3]: "rejected"},
)

_csv = (
    "url,action,notes\r\n"
    f"{X[5]},Removed,Illegal content policy\r\n"
    f"{X[6]},Removed,Illegal content policy\r\n"
    f"{X[7]},Withheld in KR,Country withheld content\r\n"
    f"{X[8]},No violation,Remains available\r\n"
    f"{X[9]},Removed,Illegal content policy\r\n"
    f"{X[10]},Not found,No post exists with this ID\r\n"
).encode()
case(
    name="x-csv-attachment",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(8, 16, 45),
    subject="[#60231] Outcome file for KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="fd-60231-mix"

--fd-60231-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for the posts in your request
KCSC-240903-02 that we have completed so far. The remaining posts are
still being reviewed.

Regards,
X Legal Support
Ticket #60231

--fd-60231-mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-02_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-02_outcome.csv"
Content-Transfer-Encoding: base64

{b64lines(_csv)}
--fd-60231-mix--
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk ticket reply with a CSV outcome export attached",
    why="CSV attachment states six posts: removed x3, withheld in KR, no violation, not found; the rest is unnamed",
    items={X[5]: "removed", X[6]: "removed", X[7]: "restricted", X[8]: "rejected", X[9]: "removed", X[10]: "not_found"},
)

case(
    name="naver-thread-second-answer",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d(13, 11, 5),
    subject="Re: [네이버 고객센터] 문의하신 내용에 대한 답변입니다 (문의번호 2409-118820)",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

추가로 안내드립니다. 지난 답변에서 검토 중이라고 말씀드린 카페 게시글
{NV[3]} 은 검토 결과 게시중단 조치하였습니다.

감사합니다.

2024년 9월 9일 (월) 오후 4:12, 네이버 고객센터 <help@navercorp.com>님이 작성:
> 안녕하세요, 네이버 고객센터입니다.
>
> 시정요구(KCSC-240905-04) 건의 1차 처리 결과입니다.
>
> {NV[0]} : 삭제 완료
> {NV[3]} : 검토 중
>
> 나머지 게시물은 확인 후 다시 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 follow-up in the same thread, quoting its own earlier first answer",
    why="new text: the cafe post earlier 'under review' is now 게시중단; the quoted earlier '삭제 완료' for the blog post is quoted text, not a statement of this email",
    items={NV[3]: "removed", NV[0]: "pending"},
)

case(
    name="tg-reply-to-reminder-outlook",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date=d(11, 14, 30, 2),
    subject="RE: Reminder: KCSC-240902-01 - response overdue",
    reply_to_req=req_mid("KCSC-240902-01") + ".reminder1",
    body=f"""
Hello,

Apologies for the late reply. The two posts in silver_lantern_ch have now
been blocked and cannot be viewed anywhere:

{TG[0]}
{TG[1]}

As for {TG[2]}, the channel mokpo_drift was deleted by its
owner, so the post no longer exists and there is nothing left for us to act on.

Best regards,
Telegram DSA Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:00 AM
To: dsa@telegram.org
Subject: Reminder: KCSC-240902-01 - response overdue

Dear Telegram,

We have not yet received your answer to our request KCSC-240902-01 of
2 September 2024. The following items are still pending on our side:

https://t.me/silver_lantern_ch/418
https://t.me/silver_lantern_ch/421
https://t.me/mokpo_drift/77

Please let us know the action taken for each of them.

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to our overdue reminder, reminder quoted below -----Original Message-----",
    why="top text: two posts blocked everywhere (removed), third channel deleted by its owner (not_found); the quoted reminder lists the URLs again but states nothing",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
)

case(
    name="naver-reminder-reply-particles",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(14, 9, 40),
    subject="RE: [독촉] KCSC-240905-04 시정요구 조치 결과 회신 요청",
    reply_to_req=req_mid("KCSC-240905-04") + ".reminder1",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.
독촉 메일 관련하여 회신드립니다.

카페 게시글 2건（{NV[2]}, {NV[3]}）은
9월 12일자로 임시조치되었습니다.
지식iN 게시물 {NV[4]}은 삭제되었습니다.

처리가 늦어진 점 양해 부탁드립니다.

네이버 정책지원팀 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>;
Sent: 2024-09-13 (금) 09:00:00 (GMT+09:00)
Subject: [독촉] KCSC-240905-04 시정요구 조치 결과 회신 요청

시정요구 KCSC-240905-04 에 대한 조치 결과를 아직 받지 못하였습니다.
조치 결과를 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply to our 독촉 (reminder) mail, Korean portal webmail quoting header",
    why="two cafe posts in full-width parentheses 임시조치 (restricted); Knowledge iN URL followed directly by the particle 은 삭제 (removed)",
    items={NV[2]: "restricted", NV[3]: "restricted", NV[4]: "removed"},
)

case(
    name="x-statement-then-url-below",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(13, 17, 10),
    subject="[#61877] Re: KCSC-240910-07",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""
Hello,

Thanks for your patience while we reviewed the reported posts.

The following post has been removed for violating our rules:
{X2[0]}

The following post was reviewed and we found no violation of the X Rules
or of applicable law; it remains available:
{X2[1]}

Regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style agent reply, each URL on the line below its statement",
    why="first post removed, second reviewed with no violation and left up",
    items={X2[0]: "removed", X2[1]: "rejected"},
)

case(
    name="yt-bare-url-status-below",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube Legal Support",
    date=d(9, 19, 25),
    subject="Re: KCSC-240904-03 [9-3317000028471] Result of review",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Case ID: 9-3317000028471

Result of review

{YT[0]}
Status: Removed - Community Guidelines (harassment)

{YT[1]}
Status: Blocked in South Korea (local legal removal)

{YT[3]}
Status: Removed - the uploading channel has been terminated

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system result mail: bare URL with a 'Status:' line below each",
    why="three URLs, each with its status on the next line: removed, blocked in Korea, removed (channel terminated)",
    items={YT[0]: "removed", YT[1]: "restricted", YT[3]: "removed"},
)

_qp_body = f"""안녕하세요, 네이버 고객센터입니다.

시정요구(KCSC-240905-04)하신 블로그 게시물 2건을 삭제하였습니다.

- {NV[0]}
- {NV[1]}

카페 및 지식iN 게시물은 확인 후 별도로 안내드리겠습니다.

감사합니다.
"""
case(
    name="naver-qp-blog-deleted",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d(9, 16, 12),
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 고객센터] 블로그 게시물 처리 결과".encode()).decode() + "?=",
    reply_to_req=req_mid("KCSC-240905-04"),
    raw_mime="""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring(_qp_body.encode()).decode(),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 answer sent quoted-printable with an encoded Korean subject",
    why="'블로그 게시물 2건을 삭제하였습니다' followed by the two blog URLs, each named",
    items={NV[0]: "removed", NV[1]: "removed"},
)

_html_kk = f"""<html><body>
<p>안녕하세요. 카카오 고객센터입니다.</p>
<p>접수하신 게시물(KCSC-240906-05)의 처리 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>{KK[1]}</td><td>삭제</td></tr>
<tr><td>{KK[2]}</td><td>국내 접근 제한</td></tr>
</table>
<p>감사합니다.<br>카카오 고객센터</p>
</body></html>
"""
case(
    name="kakao-base64-html-table",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(12, 14, 20),
    subject="[카카오 고객센터] 처리 결과 안내",
    reply_to_req=req_mid("KCSC-240906-05"),
    raw_mime="""
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

""" + b64lines(_html_kk.encode()),
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 HTML notice sent base64, with a 게시물 주소/처리 결과 table",
    why="table: Daum cafe post 삭제 (removed), Kakao channel post 국내 접근 제한 (restricted)",
    items={KK[1]: "removed", KK[2]: "restricted"},
)

case(
    name="tg-angle-brackets-disabled",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(6, 12, 0, 2),
    subject="Ticket #TG-771920 update - KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""
Hello,

Ticket #TG-771920 has been updated.

The following messages were disabled for users in all regions:
<https://t.me/silver_lantern_ch/418>
<https://t.me/silver_lantern_ch/421>

The third link, <https://t.me/mokpo_drift/77>, points to a public channel
that we have reviewed. It does not break the Telegram Terms of Service, and
we have decided not to block it.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk ticket update, URLs in angle brackets",
    why="two messages disabled in all regions (removed); the third reviewed and not blocked as it breaks no rule (rejected)",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "rejected"},
)

case(
    name="kakao-wrapped-encoded-url",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(10, 17, 55),
    subject="Re: KCSC-240906-05 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    body="""
안녕하세요. 카카오 고객센터입니다.

신고하신 티스토리 게시물은 게시중단되었습니다.
<https://starlit-archive.tistory.com/entry/%EC%9E%90%EB%A3%8C-%EA%B3%B5%EC
%9C%A0-%EB%AA%A8%EC%9D%8C>

카카오톡 채널 게시물 https://pf.kakao.com/_xkQpLb/10433 은 확인 결과
존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 plain-text answer with a long percent-encoded URL wrapped inside angle brackets",
    why="Tistory entry 게시중단 (URL wrapped over two lines inside <>), channel post does not exist",
    items={KK[0]: "removed", KK[2]: "not_found"},
)

case(
    name="x-echoed-report-fields",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(10, 8, 30),
    subject="[#60231] Report outcomes - KCSC-240903-02 (@dawnkettle)",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Below are the outcomes for the reports filed under ticket #60231 for the
account @dawnkettle.

Report ID: 60231-10
Reported URL: {X[9]}
Reported by: KCSC Takedown
Outcome: Withheld in: KR

Report ID: 60231-11
Reported URL: {X[10]}
Reported by: KCSC Takedown
Outcome: Content removed

Report ID: 60231-12
Reported URL: {X[11]}
Reported by: KCSC Takedown
Outcome: No action taken - not in violation of X Rules

Thanks,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply echoing each report's fields (Report ID / Reported URL / Outcome)",
    why="each echoed report block ends with its outcome: withheld in KR, removed, no action",
    items={X[9]: "restricted", X[10]: "removed", X[11]: "rejected"},
)

case(
    name="yt-ack-plus-statement",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube Legal Support",
    date=d(4, 15, 48),
    subject="[7-0921000034563] Re: KCSC-240904-03 Request for removal of content",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

Thanks for contacting YouTube Legal Support. This message confirms that we
have received your request (reference 7-0921000034563).

Please note that part of the content you reported had already been dealt
with before your request reached us: {YT[1]} has already been removed
for a Community Guidelines violation.

We will review the remaining URLs and get back to you.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal receipt that also reports one item already removed",
    why="acknowledgement wording plus an unhedged statement that one named video has been removed; the rest is only promised",
    items={YT[1]: "removed"},
)

case(
    name="x-text-table-monospace",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(11, 21, 15),
    subject="[#60231] KCSC-240903-02 - second update",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Second update on ticket #60231:

 #  | Post                                                   | Action
----+--------------------------------------------------------+---------------
 1  | {X[0]} | Removed
 2  | {X[5]}  | Withheld (KR)
 3  | {X[7]}  | No violation
 4  | {X[12]}    | Removed

Regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text table pasted from a ticket tool (# | Post | Action)",
    why="text table: removed, withheld in KR, no violation, removed",
    items={X[0]: "removed", X[5]: "restricted", X[7]: "rejected", X[12]: "removed"},
)

case(
    name="kakao-zd-solved-survey",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(13, 10, 2),
    subject="[카카오 고객센터] 문의 #883120 해결됨",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
##- 이 줄 위에 답장을 입력해 주세요 -##

문의 #883120 이(가) 해결됨 상태로 변경되었습니다.

김하늘 (카카오 고객센터)
2024년 9월 13일 10:01

안녕하세요, 카카오 고객센터입니다.

말씀하신 카카오톡 채널 게시물 {KK[2]} 은
운영정책 위반으로 삭제 조치되었습니다.

감사합니다.

----
이번 상담은 만족스러우셨나요?
좋음: https://cs.kakao.com/survey/883120?rating=good
나쁨: https://cs.kakao.com/survey/883120?rating=bad
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-style Korean 'solved' notification with a satisfaction survey",
    why="the channel post is named and 삭제 조치되었습니다; the survey links are not items",
    items={KK[2]: "removed"},
)

case(
    name="yt-rejected-appeal-link",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube Legal Support",
    date=d(12, 10, 41),
    subject="Re: KCSC-240904-03 Request for removal of content",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

We have reviewed {YT[2]}.

We did not find a violation of our Community Guidelines, and we are unable
to remove it on the basis of the information provided. The content remains
available on YouTube.

If you have additional legal information, you can submit a new request at
https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'we are unable to remove' refusal with a link to the legal help form",
    why="refusal with its reason: no violation found, content remains available; the help form link is not an item",
    items={YT[2]: "rejected"},
)

case(
    name="x-mixed-hedge",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(12, 9, 3),
    subject="[#61877] Re: KCSC-240910-07",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""
Hi,

{X2[0]} has been removed.

{X2[1]} appears to have been deleted by the account holder before our
review, so no action was needed on our side.

Regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="short agent reply on a ticket, one firm statement and one hedged observation",
    why="first post removed; 'appears to have been deleted' is a hedge, so the second stays pending",
    items={X2[0]: "removed", X2[1]: "pending"},
)

# ==========================================================================
# REVIEW
# ==========================================================================

case(
    name="tg-promise-24h",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date=d(3, 19, 5, 3),
    subject="[Telegram Support] Re: KCSC-240902-01 Request for removal of content",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
##- Please type your reply above this line -##

Your request (48213) has been updated. To add additional comments, reply to
this email.

Artyom K. (Telegram Support)

Sep 3, 2024, 19:04 GMT+3

Hello,

Our moderators have confirmed your reports. The posts
{TG[0]} and {TG[1]} will be
taken down within 24 hours.

Kind regards,
Artyom
""",
    outcome="review", review="not_understood",
    imitates="Zendesk 'request updated' mail with an agent's promise",
    why="'will be taken down within 24 hours' is a promise, not a statement; names requested items",
    items={TG[0]: "pending", TG[1]: "pending"},
)

case(
    name="x-fd-status-in-progress",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(5, 10, 15),
    subject="[#60231] Status update: In progress - KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

The status of your ticket #60231 has been changed from Open to In progress.

Agent note: the two posts below are currently under review by our legal
team.

{X[0]}
{X[1]}

We expect to have an outcome by 20 September.

X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Freshdesk status-change notification with an agent note",
    why="'under review' and an expected date are not statements; two requested posts named",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="tg-bulk-all-removed",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date=d(7, 13, 0, 2),
    subject="Re: KCSC-240902-01 Request for removal of content",
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""
Hello,

All of the content reported under KCSC-240902-01 has been removed from
Telegram.

Best regards,
Telegram DSA Team
""",
    outcome="review", review="bulk",
    imitates="short one-line closing reply from a platform's legal desk",
    why="one statement about all the content of a three-item request, no URL named",
    items={TG[0]: "pending", TG[1]: "pending", TG[2]: "pending"},
)

case(
    name="naver-bulk-korean",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(11, 18, 20),
    subject="RE: KCSC-240905-04 시정요구 조치 결과",
    reply_to_req=req_mid("KCSC-240905-04"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

시정요구(KCSC-240905-04)하신 게시물 5건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 정책지원팀 one-line 조치 완료 reply",
    why="'5건 모두 게시중단' covers a five-item request without naming each URL",
    items={u: "pending" for u in NV},
)

case(
    name="x-dmarc-fail",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    auth="fail",
    date=d(13, 2, 14),
    subject="[#61877] Re: KCSC-240910-07 - resolved",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""
Hello,

Both posts in your request have been removed:

{X2[0]}
{X2[1]}

Regards,
X Legal Support
""",
    outcome="review", review="untrusted",
    imitates="X ticket reply whose DKIM/SPF/DMARC checks failed",
    why="X's domain but authentication fails: statements cannot be trusted",
    items={X2[0]: "pending", X2[1]: "pending"},
)

case(
    name="reddit-zendesk-domain",
    **{"from": "help@reddit-safety.zendesk.com"}, name_from="Reddit Help",
    date=d(10, 22, 30, 0),
    subject="[Reddit Help] Re: KCSC-240909-06 Removal request",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""
##- Please type your reply above this line -##

Your request #1187342 has been solved.

Hi,

We removed the thread you reported:
{RD[0]}

Reddit Help
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the help desk's own zendesk.com subdomain instead of the platform's domain",
    why="sender domain zendesk.com is none of the configured platforms' domains, though it names our request and URL",
    items={RD[0]: "pending"},
)

case(
    name="kakao-about-naver-url",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(10, 11, 11),
    subject="[카카오 고객센터] 문의 답변",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

문의하신 {NV[1]} 은 당사 서비스(다음, 티스토리,
카카오톡)에 존재하지 않는 게시물입니다.

해당 게시물은 게시된 서비스의 운영사로 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao 고객센터 answer about a URL of another portal",
    why="Kakao states 'does not exist' about a NAVER blog post; only NAVER can state that item's status",
    items={NV[1]: "pending"},
)

case(
    name="yt-asks-more-timestamp",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube Legal Support",
    date=d(6, 14, 0),
    subject="[7-0921000034563] Re: KCSC-240904-03 - more information needed",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

In order to process your request for {YT[3]}, we need more
information. Please reply to this email with:

- the timestamp(s) at which the reported content appears in the video, and
- the specific provision of Korean law that the content violates.

We will not be able to continue our review until we receive this information.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal support request for timestamps and the legal basis",
    why="asks us for more information about a named video; no status",
    items={YT[3]: "pending"},
)

case(
    name="naver-forwarded-internal",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우",
    date=d(10, 9, 50),
    subject="FW: [내부] KCSC-240905-04 처리 결과",
    body=f"""
위원회 담당자님께,

아래 내부 처리 결과를 전달드립니다.

한지우 드림

---------- Forwarded message ---------
보낸사람: 네이버 블로그·카페 운영팀 <ops-blog@navercorp.com>
Date: 2024년 9월 9일 (월) 오후 6:05
Subject: [내부] KCSC-240905-04 처리 결과
To: 정책지원팀 <policy@navercorp.com>

블로그 게시물 {NV[0]} 삭제 완료.
카페 게시글 {NV[2]} 블라인드 완료.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-style forward of an internal operations note by a NAVER employee",
    why="the statements are inside a forwarded message, not the sender's own; the cover note itself says nothing item-level",
    items={NV[0]: "pending", NV[2]: "pending"},
)

case(
    name="tg-ticket-closed-no-ref",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date=d(20, 9, 0, 3),
    subject="[Telegram Support] Your ticket #48877 has been closed",
    body="""
Hello,

Your ticket #48877 has been closed because we did not hear back from you for
7 days.

If you still need help, please open a new request at
https://telegram.org/support.

Telegram Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk automation 'closed due to inactivity' mail",
    why="trusted Telegram mail, no item and no request of ours referenced; a clerk should see it in case it closes our request unanswered",
    items={},
)

case(
    name="kakao-hedge-seems-deleted",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(9, 13, 33),
    subject="Re: KCSC-240906-05 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

{KK[1]} 게시글은 이미 삭제된 것으로 보입니다.
정확히 확인한 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao 고객센터 interim answer with a hedge (…된 것으로 보입니다)",
    why="'seems to have been deleted' and a promise to confirm: no statement about the named item",
    items={KK[1]: "pending"},
)

# ==========================================================================
# IGNORED
# ==========================================================================

case(
    name="tg-zd-receipt",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date=d(2, 4, 11, 3),
    subject="[Telegram Support] Re: KCSC-240902-01 Request for removal of content",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

This email is a service from Telegram Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement",
    why="pure ticket receipt: no item named, no status",
    items={},
)

case(
    name="x-fd-autoack-echo",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(10, 9, 6),
    subject="[#61877] Received: KCSC-240910-07 removal request",
    reply_to_req=req_mid("KCSC-240910-07"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Dear KCSC Takedown,

We have received your request and a ticket (#61877) has been created. A
member of our team will get back to you as soon as possible.

Here is a copy of what you sent us:

""" + "\n".join(our_request("KCSC-240910-07", "X", X2)) + """

X Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk new-ticket auto-response echoing the requester's message",
    why="ticket created plus an echo of our own request; the echo names URLs but states nothing",
    items={X2[0]: "pending", X2[1]: "pending"},
)

case(
    name="naver-ooo-korean",
    **{"from": "seoyeon.park@navercorp.com"}, name_from="박서연",
    date=d(13, 9, 1),
    subject="[부재중] RE: [독촉] KCSC-240905-04 시정요구 조치 결과 회신 요청",
    reply_to_req=req_mid("KCSC-240905-04") + ".reminder1",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박서연입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office (부재중) auto-reply to our reminder",
    why="out-of-office auto-reply",
    items={},
)

_dsn_orig = """From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: Reminder: KCSC-240904-03 - response overdue
Date: Thu, 12 Sep 2024 09:00:00 +0900
Message-ID: <req.KCSC-240904-03.reminder1@kcsc.example>"""
case(
    name="google-dsn-reminder",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date=d(12, 0, 0, 0),
    subject="Delivery Status Notification (Failure)",
    reply_to_req=req_mid("KCSC-240904-03") + ".reminder1",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0a1b2c"

--dsn-0a1b2c
Content-Type: text/plain; charset=UTF-8

** Address not found **

Your message wasn't delivered to legal-kr@google.com because the address
couldn't be found, or is unable to receive mail.

--dsn-0a1b2c
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 12 Sep 2024 00:00:01 +0000

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-0a1b2c
Content-Type: text/rfc822-headers

{_dsn_orig}

--dsn-0a1b2c--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style DSN (multipart/report, delivery-status) for our reminder",
    why="delivery failure of our own reminder",
    items={},
)

case(
    name="kakao-mdn",
    **{"from": "minho.lee@kakaocorp.com"}, name_from="이민호",
    date=d(6, 11, 30),
    subject="읽음 확인: KCSC-240906-05 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77f"

--mdn-77f
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

제목: KCSC-240906-05 게시물 삭제 요청
읽은 시간: 2024-09-06 오전 11:30

--mdn-77f
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; minho.lee@kakaocorp.com
Original-Message-ID: <req.KCSC-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77f--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (multipart/report disposition-notification) in Korean",
    why="read receipt of our request",
    items={},
)

case(
    name="jira-x-request-received",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date=d(3, 9, 31),
    subject="LEGAL-8790 KCSC-240903-02 removal request (13 posts)",
    reply_to_req=req_mid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-
Reply above this line.

Your request LEGAL-8790 has been received.

Summary: KCSC-240903-02 removal request (13 posts)
Status: Waiting for support

We'll let you know when there is an update. You can view the request on the
help center.

View request · Turn off this request's notifications

Help Center, powered by Jira Service Management, sent you this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' customer notification",
    why="receipt with status 'Waiting for support', nothing item-level",
    items={},
)

case(
    name="kakao-helpscout-holiday",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(14, 18, 0),
    subject="Re: KCSC-240906-05 게시물 삭제 요청 [자동 응답]",
    reply_to_req=req_mid("KCSC-240906-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 카카오 고객센터입니다.

추석 연휴(9월 14일~9월 18일) 기간에는 고객센터 운영을 쉬어 답변이
늦어질 수 있습니다. 접수된 문의는 연휴 이후 순차적으로 답변드리겠습니다.

※ 본 메일은 발신 전용 자동 응답 메일입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="help desk holiday auto-reply (Chuseok closure)",
    why="automatic holiday notice, nothing about items",
    items={},
)


def _ew(s):
    """RFC 2047 encoded word for a non-ASCII display name or subject."""
    if s.isascii() or s.startswith("=?"):
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


for _c in CASES:
    _c["subject"] = _ew(_c["subject"])
    if "name_from" in _c:
        _c["name_from"] = _ew(_c["name_from"])

HEADER = """# Blind set 362 (ticket systems and threads). Generated by make.py: do not edit.
# Expected results written from each email's meaning, before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind362", HEADER, CASES)
    print("%d cases" % len(CASES))
