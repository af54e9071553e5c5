#!/usr/bin/env python3
"""Blind set 824: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts
and results, solved-ticket notices, follow-ups in the same thread, replies
to our reminders, partial answers and forwarded mail. Every email is
fictional and written in our own words; expected results come from each
email's meaning alone, written before the reader was run on them.

    python3 tests/corpus/blind824/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(day, hh, mm, ss=0, tz=KST):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=tz))


def ko(s):
    """RFC 2047 encoded header text."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
TISTORY_KO = "https://wolsong-note.tistory.com/entry/리딩방-무료초대"
TISTORY = "https://wolsong-note.tistory.com/entry/" + quote("리딩방-무료초대")

T = [
    "https://www.tiktok.com/@gold_signal_kr/video/7409811223344550011",
    "https://www.tiktok.com/@gold_signal_kr/video/7409811223344550012",
    "https://www.tiktok.com/@gold_signal_kr/video/7409811223344550019",
    "https://www.tiktok.com/@moonjar_trade/video/7410022334455660031",
    "https://www.tiktok.com/@moonjar_trade/video/7410022334455660047",
    "https://www.tiktok.com/@haneul.pick/video/7410133445566770052",
    "https://www.tiktok.com/@haneul.pick/video/7410133445566770058",
    "https://www.tiktok.com/@jeju_coinroom/video/7410244556677880063",
    "https://www.tiktok.com/@jeju_coinroom/video/7410244556677880064",
    "https://www.tiktok.com/@bbangsil_99/video/7410355667788990075",
    "https://www.tiktok.com/@bbangsil_99/video/7410355667788990081",
    "https://www.tiktok.com/@seoul.alpha.desk/video/7410466778899000096",
]
K = [
    "https://cafe.daum.net/silverbell77/Qx3f/1045",
    "https://cafe.daum.net/silverbell77/Qx3f/1061",
    TISTORY,
    "https://story.kakao.com/_aZr91k/JkP2mQxW0a0",
]
X = [
    "https://x.com/pinecone_relay/status/1831100000000000417",
    "https://x.com/pinecone_relay/status/1831100000000000533",
    "https://x.com/dawnlight_bot77/status/1831255500000000102",
]
D = [
    "https://discord.com/channels/1180000000000000001/1180000000000000777/1282000000000000123",
    "https://discord.gg/moonpumpkr",
]
N = [
    "https://blog.naver.com/hyangnam_diary/223560011001",
    "https://blog.naver.com/hyangnam_diary/223560011087",
    "https://cafe.naver.com/stockhanbang/88213",
    "https://cafe.naver.com/stockhanbang/88240",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40301&docId=471200123",
]
Y = ["https://www.youtube.com/watch?v=Qm7vR2tLx0c"]
G = [
    "https://t.me/hanbit_signal_room/2231",
    "https://t.me/hanbit_signal_room/2240",
]

REQUESTS = [
    ("KCSC-240903-01", "tiktok", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     T, "fraud", "kcsc.240903.01@kcsc.example", "unlicensed investment 'signal' videos"),
    ("KCSC-240904-02", "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     K, "fraud", "kcsc.240904.02@kcsc.example", "Daum cafe, Tistory and Kakao Story posts"),
    ("KCSC-240905-03", "x", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     X, "gambling", "kcsc.240905.03@kcsc.example", "gambling promotion posts"),
    ("KCSC-240906-04", "discord", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     D, "fraud", "kcsc.240906.04@kcsc.example", "pump group message and invite"),
    ("KCSC-240909-05", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     N, "fraud", "kcsc.240909.05@kcsc.example", "blog, cafe and KnowledgeiN posts"),
    ("KCSC-240910-06", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     Y, "gambling", "kcsc.240910.06@kcsc.example", "one video"),
    ("KCSC-240911-07", "telegram", "2024-09-11T09:00:00+09:00", "2024-09-18T23:59:59+09:00",
     G, "fraud", "kcsc.240911.07@kcsc.example", "two channel messages"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
TT = "TikTok Trust and Safety"
ZD_LINE = "##- Please type your reply above this line -##"

cases = []


def case(**kw):
    cases.append(kw)


# ---------------------------------------------------------------- applied
case(
    name="tt-zd-updated-numbered-12",
    **{"from": "support@tiktok.com"}, name_from=TT,
    date=d(9, 16, 42),
    subject="[TikTok] Re: Removal request KCSC-240903-01 (12 videos)",
    reply_to_req="kcsc.240903.01",
    outcome="applied",
    imitates="Zendesk 'Your request has been updated' notification carrying an agent's per-item outcome list",
    why="trusted TikTok agent comment giving a status for each of the 12 numbered URLs",
    items={T[0]: "removed", T[1]: "removed", T[2]: "removed", T[3]: "removed",
           T[4]: "removed", T[5]: "removed", T[6]: "removed", T[7]: "removed",
           T[8]: "restricted", T[9]: "not_found", T[10]: "rejected", T[11]: "removed"},
    body=f"""
{ZD_LINE}

Your request (48211903) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Dana Whitlock (TikTok Trust and Safety)

Sep 9, 2024, 16:40 GMT+9

Hello KCSC team,

Thank you for your patience while we looked into request KCSC-240903-01.
Our team has now finished reviewing the 12 videos you listed. The outcome
for each one is set out below.

1. {T[0]} - Removed
2. {T[1]} - Removed
3. {T[2]} - Removed
4. {T[3]} - Removed
5. {T[4]} - Removed
6. {T[5]} - Removed
7. {T[6]} - Removed
8. {T[7]} - Removed
9. {T[8]} - Restricted: no longer viewable in South Korea (local law)
10. {T[9]} - Not found: the creator deleted this video before our review
11. {T[10]} - No action: we did not find a violation of our Community Guidelines or of Korean law as cited
12. {T[11]} - Removed

Removed videos were taken down under our policy on frauds and scams
(https://www.tiktok.com/community-guidelines/en/integrity-authenticity).

If anything in this reply is unclear, just respond to this email.

Kind regards,
Dana
TikTok Trust and Safety

----------------------------------------------
This email is a service from TikTok Support. [8KQ2W-7RDLM]
""",
)

case(
    name="tt-zd-followup-partial",
    **{"from": "support@tiktok.com"}, name_from=TT,
    date=d(6, 11, 5),
    subject="[TikTok] Re: Removal request KCSC-240903-01 (12 videos)",
    reply_to_req="kcsc.240903.01",
    outcome="applied",
    imitates="Zendesk follow-up comment in an open ticket answering only part of a request",
    why="one video stated removed; the other is explicitly still under review",
    items={T[3]: "removed", T[4]: "pending"},
    body=f"""
{ZD_LINE}

Your request (48211903) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Tomasz Reyes (TikTok Trust and Safety)

Sep 6, 2024, 11:03 GMT+9

Hi there,

A quick partial update while the rest of the ticket is being worked on.

The video {T[3]} has been removed from TikTok.

The second video from the same account, {T[4]},
is still with our specialist reviewers. We'll post here again as soon as
there is a decision on it and on the remaining videos in your list.

Best,
Tomasz

----------------------------------------------
This email is a service from TikTok Support. [3PLX0-91ZQA]
""",
)

case(
    name="tt-html-table-outcomes",
    **{"from": "support@tiktok.com"}, name_from=TT,
    date=d(10, 9, 15),
    subject="[TikTok] Update on request #48211903 (KCSC-240903-01)",
    outcome="applied",
    type="html",
    imitates="HTML ticket update with a URL / action table, as sent by help-desk tools",
    why="HTML table rows: removed, restricted in Korea, no violation",
    items={T[5]: "removed", T[6]: "restricted", T[7]: "rejected"},
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#999">{ZD_LINE}</p>
<p>Hello,</p>
<p>We have reached a decision on three of the videos in your request
<b>KCSC-240903-01</b> (ticket #48211903):</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported video</th><th>Action taken</th></tr>
<tr><td><a href="{T[5]}">{T[5]}</a></td><td>Removed</td></tr>
<tr><td><a href="{T[6]}">{T[6]}</a></td><td>Restricted in South Korea</td></tr>
<tr><td><a href="{T[7]}">{T[7]}</a></td><td>No violation found &ndash; video stays up</td></tr>
</table>
<p>You can read more about how we handle government requests in our
<a href="https://www.tiktok.com/transparency/en/government-removal-requests">Transparency Center</a>.</p>
<p>Regards,<br>Haruka<br>TikTok Trust and Safety</p>
</body></html>
""",
)

CSV_T = (
    "video_url,decision,note\n"
    f"{T[0]},Removed,Frauds and scams\n"
    f"{T[1]},Removed,Frauds and scams\n"
    f"{T[2]},Not found,Deleted by the creator before review\n"
    f"{T[3]},Removed,Frauds and scams\n"
    f"{T[4]},Restricted (KR),Unavailable in South Korea under local law\n"
)
case(
    name="tt-csv-attachment-first-five",
    **{"from": "support@tiktok.com"}, name_from=TT,
    date=d(7, 15, 20),
    subject="[TikTok] Re: Removal request KCSC-240903-01 (12 videos)",
    reply_to_req="kcsc.240903.01",
    outcome="applied",
    imitates="ticket reply with the per-item outcome in an attached CSV export",
    why="attached CSV gives statuses for the first five videos; body says the rest are still under review",
    items={T[0]: "removed", T[1]: "removed", T[2]: "not_found", T[3]: "removed", T[4]: "restricted"},
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b824-csv-1"

--b824-csv-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{ZD_LINE}

Hello,

We have completed the review of the first five videos in ticket #48211903.
The outcome for each is in the attached file. The other seven are still
being reviewed and we will update this ticket when we have a result.

Kind regards,
TikTok Trust and Safety

--b824-csv-1
Content-Type: text/csv; charset=utf-8; name="48211903_outcome.csv"
Content-Disposition: attachment; filename="48211903_outcome.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(CSV_T.encode()).decode()}
--b824-csv-1--
""",
)

case(
    name="kakao-fd-result-arrows",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="Kakao Customer Center",
    date=d(6, 17, 30),
    subject=ko("[카카오 고객센터] 문의하신 내용에 대한 답변입니다 [#K24090533812]"),
    outcome="applied",
    imitates="Freshdesk-style Korean customer-centre answer with each URL and its 조치 결과 on the line below",
    why="게시중단, 삭제 -> removed; 접근 제한 -> restricted; 게시물 없음 (작성자 삭제) -> not_found",
    items={K[0]: "removed", K[1]: "removed", K[2]: "restricted", K[3]: "not_found"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240904-02 건의 처리 결과를 안내드립니다.

1) {K[0]}
   → 게시중단 조치 완료 (9월 6일)
2) {K[1]}
   → 게시물 삭제 완료
3) {TISTORY_KO}
   → 국내 접근 제한 조치 완료
4) {K[3]}
   → 해당 게시물이 존재하지 않습니다 (작성자가 이미 삭제함)

추가로 궁금하신 점은 이 메일에 회신해 주시면 담당자가 확인 후 답변드리겠습니다.

카카오 고객센터 드림
문의번호: #K24090533812
""",
)

case(
    name="kakao-tistory-paren-particle",
    **{"from": "tistory-cs@kakaocorp.com"}, name_from="Tistory",
    date=d(9, 10, 12),
    subject=ko("[티스토리] KCSC-240904-02 게시물 조치 결과 안내"),
    outcome="applied",
    imitates="Tistory/Kakao operator notice, URL in parentheses followed by a Korean particle",
    why="the Tistory post (raw Korean path) was 블라인드 처리 -> removed",
    items={K[2]: "removed"},
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청하신 게시물(https://wolsong-note.tistory.com/entry/리딩방-무료초대)은 운영정책 위반(유사투자자문 및 불법 금융 광고)으로 확인되어 2024년 9월 9일 블라인드 처리되었습니다.

다른 게시물에 대한 결과는 카카오 고객센터에서 별도로 회신드릴 예정입니다.

감사합니다.
티스토리 운영팀
""",
)

JIRA_TOP = "—-—-—-—\nReply above this line."
case(
    name="x-jira-resolved-grouped",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(10, 14, 5),
    subject="LGL-55120 Government request KCSC-240905-03 (Republic of Korea)",
    outcome="applied",
    imitates="Jira Service Management 'resolved this as Done' notification with the agent's comment",
    why="two URLs then 'These two posts are now withheld in South Korea'; third 'unable to locate'",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "not_found"},
    body=f"""
{JIRA_TOP}

Marisol Quent resolved this as Done.

Hello,

We have reviewed the posts reported in KCSC-240905-03.

{X[0]}
{X[1]}
These two posts are now withheld in South Korea in response to your
request. They remain visible in other countries.

{X[2]}
We were unable to locate this post. It may have been deleted before our
review started.

Regards,
Marisol
X Legal Support

View request · Turn off this request's notifications
This is shared with KCSC Takedown.
Help Center: https://help.x.com/en/rules-and-policies/post-withheld-by-country
Powered by Jira Service Management
""",
)

case(
    name="x-reminder-reply-toppost",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(16, 9, 48),
    subject="RE: Reminder: KCSC-240905-03 - 3 items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-03.1@kcsc.example>",
                   "References: <kcsc.240905.03@kcsc.example> <reminder.KCSC-240905-03.1@kcsc.example>"],
    outcome="applied",
    imitates="agent's top-posted reply to a regulator's reminder, Gmail-style quote below",
    why="only the dawnlight post is stated removed; the others are only said to be in a separate reply; quoted reminder ignored",
    items={X[2]: "removed", X[0]: "pending", X[1]: "pending"},
    body=f"""
Hello,

Apologies for the delay on this one. The post
{X[2]} has been removed for violating our rules on
illegal and regulated goods and services.

The two pinecone_relay posts are covered under ticket LGL-55120, where you
should already have a separate answer from my colleague.

Best regards,
Jonah
X Legal Support

On Fri, 13 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal team,
>
> Our request KCSC-240905-03 of 5 September 2024 is past its deadline and
> the following items are still pending:
>
> {X[0]}
> {X[1]}
> {X[2]}
>
> Please tell us what action was taken on each of them.
>
> KCSC Takedown
""",
)

case(
    name="discord-tns-two-items",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=d(10, 3, 22, tz=UTC),
    subject="Re: [Request #33871204] KCSC-240906-04",
    reply_to_req="kcsc.240906.04",
    outcome="applied",
    imitates="Discord Trust & Safety Zendesk agent reply on a government report",
    why="message removed; server removed so its invite no longer works -> both removed",
    items={D[0]: "removed", D[1]: "removed"},
    body=f"""
{ZD_LINE}

Hi there,

Thanks for reaching out to Discord Trust & Safety. We've reviewed the
content referenced in your request KCSC-240906-04.

- Message link: {D[0]}
  We removed this message and took action against the account that posted it.

- Server invite: {D[1]}
  We removed the server behind this invite for violating our Community
  Guidelines, so the invite no longer works.

You can learn more about our policies at https://discord.com/guidelines.

Best,
Rin
Discord Trust & Safety
""",
)

case(
    name="naver-text-table-five",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Customer Center",
    date=d(12, 15, 0),
    subject=ko("[네이버 고객센터] 시정요구(KCSC-240909-05) 조치 결과 회신"),
    reply_to_req="kcsc.240909.05",
    outcome="applied",
    imitates="NAVER 고객센터 1:1 문의 answer with a plain-text result table (시정요구 조치결과)",
    why="임시조치 -> restricted; 삭제, 게시중단 -> removed; 미조치(위반 없음) -> rejected; 게시물 없음 -> not_found",
    items={N[0]: "restricted", N[1]: "removed", N[2]: "removed", N[3]: "rejected", N[4]: "not_found"},
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회의 시정요구(KCSC-240909-05)에 대한 조치 결과를 아래와 같이 회신드립니다.

| 번호 | URL | 조치 결과 |
| 1 | {N[0]} | 임시조치(30일) |
| 2 | {N[1]} | 삭제 |
| 3 | {N[2]} | 게시중단 |
| 4 | {N[3]} | 미조치 (운영정책 위반 사항 없음) |
| 5 | {N[4]} | 게시물 없음 (작성자 삭제) |

4번 게시물은 검토 결과 관련 법령 및 운영정책 위반 사항을 확인하기 어려워 게시를 유지합니다.
이의가 있으신 경우 본 메일로 회신해 주십시오.

네이버 고객센터 드림
""",
)

case(
    name="naver-b64-followup",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Customer Center",
    date=d(18, 11, 20),
    subject=ko("RE: [네이버 고객센터] 시정요구(KCSC-240909-05) 조치 결과 회신 - 추가 안내"),
    reply_to_req="kcsc.240909.05",
    outcome="applied",
    imitates="NAVER follow-up in the same thread correcting one item, body sent base64",
    why="re-review: the cafe post 88240 was 비공개 처리 -> removed; the rest only 'as before'",
    items={N[3]: "removed"},
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''
안녕하세요. 네이버 고객센터입니다.

9월 12일 회신드린 KCSC-240909-05 건과 관련하여 추가로 안내드립니다.

재검토 결과, 아래 게시물은 카페 운영정책 위반으로 확인되어 비공개 처리되었습니다.
- {N[3]}

나머지 게시물의 조치 결과는 이전 회신 내용과 같습니다.

네이버 고객센터 드림
''')}
""",
)

case(
    name="yt-sole-one-item",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date=d(13, 10, 2),
    subject="[6-2218000034517] Re: KCSC-240910-06",
    reply_to_req="kcsc.240910.06",
    outcome="applied",
    imitates="Google legal-removals case reply naming the case ID but not the URL",
    why="one-item request: 'we have removed the video you reported' applies to its only item",
    items={Y[0]: "removed"},
    body="""
Hello,

Thank you for contacting Google.

We have reviewed your request KCSC-240910-06. Following our review, we have
removed the video you reported from YouTube for violating our Community
Guidelines.

Case ID: 6-2218000034517

Regards,
The Google Legal Team

Please do not change the subject line when replying, so that your message
stays attached to this case.
""",
)

case(
    name="tg-case-two-items",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(12, 8, 15, tz=UTC),
    subject="Re: KCSC-240911-07 [Case #4418207]",
    reply_to_req="kcsc.240911.07",
    outcome="applied",
    imitates="Telegram abuse desk reply with a case number, one line per message link",
    why="2231 taken down; 2240 deleted by channel admins before review -> not_found",
    items={G[0]: "removed", G[1]: "not_found"},
    body=f"""
Hello,

Regarding your report KCSC-240911-07 (Case #4418207):

{G[0]} - this message has been taken down.

{G[1]} - we could not find this message. It was deleted by the
channel admins before our moderators reached it.

Best regards,
Telegram Abuse Team
""",
)

HS_FOOT = "\n--\nConversation #55812 · Reply to this email to continue the conversation."
case(
    name="tt-hs-bare-url-status-below",
    **{"from": "legal-kr@tiktok.com"}, name_from="Gwen at TikTok",
    date=d(11, 13, 37),
    subject="Re: KCSC-240903-01 follow-up",
    outcome="applied",
    imitates="Help Scout-style conversation reply: bare URL lines each followed by 'Status:'",
    why="statuses given on the line below each URL",
    items={T[7]: "removed", T[8]: "removed", T[9]: "not_found"},
    body=f"""
Hi KCSC team,

Here is where we are on three of the videos from KCSC-240903-01:

{T[7]}
Status: Removed

{T[8]}
Status: Removed

{T[9]}
Status: Not found - the creator deleted the video before we reviewed it

I'll write again once the others have been decided.

Gwen
TikTok Legal (Korea)
{HS_FOOT}
""",
)

case(
    name="tt-statement-then-url",
    **{"from": "support@tiktok.com"}, name_from=TT,
    date=d(12, 18, 2),
    subject="[TikTok] Re: Removal request KCSC-240903-01 (12 videos)",
    reply_to_req="kcsc.240903.01",
    outcome="applied",
    imitates="agent reply where each decision sentence is followed by the URL on the next line",
    why="geo-block in Korea -> restricted; 'remains available, no violation' -> rejected",
    items={T[10]: "restricted", T[11]: "rejected"},
    body=f"""
{ZD_LINE}

Your request (48211903) has been updated.

----------------------------------------------

Dana Whitlock (TikTok Trust and Safety)

Sep 12, 2024, 18:00 GMT+9

Hello again,

The following video has been made unavailable to viewers in the Republic
of Korea, in response to your request:
{T[10]}

The following video was reviewed and remains available, as we did not
find a violation of our guidelines:
{T[11]}

Kind regards,
Dana

----------------------------------------------
This email is a service from TikTok Support. [8KQ2W-7RDLM]
""",
)

case(
    name="kakao-qp-toppost-gmail",
    **{"from": "cafe-cs@daum.net"}, name_from="Daum Cafe",
    date=d(7, 10, 44),
    subject=ko("Re: [KCSC-240904-02] 불법 게시물 시정요구"),
    reply_to_req="kcsc.240904.02",
    outcome="applied",
    imitates="Daum cafe operator top-posted Korean reply (quoted-printable) over a Gmail-quoted request",
    why="both cafe posts 게시중단 -> removed; the other two URLs appear only in the quoted request",
    items={K[0]: "removed", K[1]: "removed"},
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''
안녕하세요, 다음카페 운영지원팀입니다.

요청하신 다음카페 게시물 2건은 9월 7일 오전 게시중단 조치하였습니다.
- {K[0]}
- {K[1]}

티스토리와 카카오스토리 게시물은 각 서비스 담당 부서에서 따로 회신드립니다.

다음카페 운영지원팀 드림

2024년 9월 4일 (수) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하세요. 방송통신심의위원회입니다.
>
> 아래 게시물에 대한 시정요구를 전달드립니다 (KCSC-240904-02).
>
> {K[0]}
> {K[1]}
> {TISTORY_KO}
> {K[3]}
>
> 조치 결과를 9월 11일까지 회신해 주시기 바랍니다.
''')}
""",
)

case(
    name="x-angle-wrapped",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(9, 22, 10),
    subject="Re: KCSC-240905-03",
    reply_to_req="kcsc.240905.03",
    outcome="applied",
    imitates="X legal reply with URLs in angle brackets, one of them wrapped across two lines",
    why="first post withheld in South Korea; wrapped second post: no action, not in violation -> rejected",
    items={X[0]: "restricted", X[1]: "rejected"},
    body="""
Hello,

Thank you for your report regarding KCSC-240905-03.

After review, we have withheld the following post in South Korea:
<https://x.com/pinecone_relay/status/1831100000000000417>

We did not take action on the following post, as we did not find it to be
in violation of the X Rules or of the law cited in your request:
<https://x.com/pinecone_relay/status/
1831100000000000533>

We are still reviewing the remaining post and will reply separately.

X Legal Support
""",
)

case(
    name="discord-followup-invite-only",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=d(8, 6, 40, tz=UTC),
    subject="Re: [Request #33871204] KCSC-240906-04",
    reply_to_req="kcsc.240906.04",
    outcome="applied",
    imitates="Zendesk follow-up in the same Discord ticket, partial answer",
    why="invite disabled -> removed; reported message explicitly still under review -> pending",
    items={D[1]: "removed", D[0]: "pending"},
    body=f"""
{ZD_LINE}

Hi again,

Quick update on ticket #33871204: we have disabled the invite
{D[1]} and the server it pointed to.

Our review of the reported message is still ongoing, and we'll reply here
once it's complete.

Thanks for your patience,
Rin
Discord Trust & Safety
""",
)

NV_HTML = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>시정요구 <b>KCSC-240909-05</b>의 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>연번</th><th>대상 URL</th><th>조치 결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>접속 차단 (국내)</td><td>2024-09-11</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>블라인드</td><td>2024-09-11</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>비공개 처리</td><td>2024-09-11</td></tr>
<tr><td>5</td><td>{N[4].replace('&', '&amp;')}</td><td>확인 불가 (작성자 삭제)</td><td>-</td></tr>
</table>
<p>4번 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>네이버 고객센터 드림</p>
</body></html>"""
NV_TEXT = f"""안녕하세요. 네이버 고객센터입니다.

시정요구 KCSC-240909-05의 조치 결과를 아래와 같이 알려드립니다.

1. {N[0]} : 접속 차단 (국내), 2024-09-11
2. {N[1]} : 블라인드, 2024-09-11
3. {N[2]} : 비공개 처리, 2024-09-11
5. {N[4]} : 확인 불가 (작성자 삭제)

4번 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.

네이버 고객센터 드림"""
case(
    name="naver-html-table-sijeong",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Customer Center",
    date=d(11, 16, 30),
    subject=ko("[네이버] 시정요구 조치결과 통보 (KCSC-240909-05)"),
    outcome="applied",
    imitates="Korean 시정요구 조치결과 notice as multipart/alternative with an HTML table",
    why="접속 차단 -> restricted; 블라인드, 비공개 처리 -> removed; 확인 불가(작성자 삭제) -> not_found; item 4 deferred",
    items={N[0]: "restricted", N[1]: "removed", N[2]: "removed", N[4]: "not_found"},
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="b824-nv-alt"

--b824-nv-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{NV_TEXT}

--b824-nv-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NV_HTML)}
--b824-nv-alt--
""",
)

case(
    name="tg-reminder-reply-kr-block",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(19, 7, 55, tz=UTC),
    subject="Re: Reminder: KCSC-240911-07 - 2 items still pending [Case #4418207]",
    extra_headers=["In-Reply-To: <reminder.KCSC-240911-07.1@kcsc.example>",
                   "References: <kcsc.240911.07@kcsc.example> <reminder.KCSC-240911-07.1@kcsc.example>"],
    outcome="applied",
    imitates="Telegram abuse desk answering a regulator's reminder, reminder quoted with '>'",
    why="message 2240 now unavailable to users in South Korea -> restricted; 2231 named only in the quote",
    items={G[1]: "restricted"},
    body=f"""
Hello,

Following your reminder: the message {G[1]} is now
unavailable to users in South Korea.

Regards,
Telegram Abuse Team

> Dear Telegram team,
>
> Request KCSC-240911-07 (sent 11 September) is past its deadline. Still pending:
> {G[0]}
> {G[1]}
>
> KCSC Takedown
""",
)

case(
    name="yt-echoed-report-restricted",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=d(14, 9, 30),
    subject="Your legal request to YouTube - KCSC-240910-06",
    outcome="applied",
    imitates="YouTube legal outcome email that echoes the reported URL, then the local-law decision",
    why="blocked from view in South Korea, available elsewhere -> restricted",
    items={Y[0]: "restricted"},
    body=f"""
Hello,

Thank you for your legal request (KCSC-240910-06).

Reported content:
- {Y[0]}

After review, we have blocked this content from view on YouTube in South
Korea, based on local law. It remains available in other locations.

For more information, see https://support.google.com/youtube/answer/6154230

Sincerely,
The YouTube Legal Team
""",
)

case(
    name="tt-ack-plus-statements",
    **{"from": "support@tiktok.com"}, name_from=TT,
    date=d(8, 12, 12),
    subject="[TikTok] Re: Removal request KCSC-240903-01 (12 videos)",
    reply_to_req="kcsc.240903.01",
    outcome="applied",
    imitates="ticket reply that first acknowledges a follow-up and then states two outcomes",
    why="acknowledgement wording plus unhedged 'have been removed' for two named videos",
    items={T[2]: "removed", T[6]: "removed"},
    body=f"""
{ZD_LINE}

Hello,

Thanks for your follow-up; we've received it and added it to ticket
#48211903.

Good news on two of the videos: {T[2]} and
{T[6]} have been removed for violating our Community Guidelines.

We will keep you updated on the remaining items in this thread.

TikTok Trust and Safety
""",
)

case(
    name="kakao-ticket-closed-survey",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="Kakao Customer Center",
    date=d(10, 9, 0),
    subject=ko("[카카오 고객센터] 문의 답변이 완료되었습니다 [#K24090533812]"),
    outcome="applied",
    imitates="Korean ticket-closed notice with the answer and a satisfaction-survey link",
    why="Kakao Story post 삭제 -> removed; survey and help links are not items",
    items={K[3]: "removed"},
    body=f"""
문의하신 내용에 대한 답변이 완료되었습니다.

[답변 내용]
안녕하세요. 카카오 고객센터입니다.
KCSC-240904-02 건 중 카카오스토리 게시물에 대한 결과를 안내드립니다.

대상: {K[3]}
결과: 운영정책 위반으로 게시물 삭제

상담이 만족스러우셨다면 아래 설문에 참여해 주세요.
https://cs.kakao.com/survey?ticket=K24090533812

카카오 운영정책: https://www.kakao.com/policy/oppolicy

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터 웹사이트를 이용해 주세요.
""",
)

case(
    name="x-echoed-item-3-of-3",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(11, 5, 14, tz=UTC),
    subject="Update on your report (ref: KCSC-240905-03)",
    outcome="applied",
    imitates="X report-outcome email echoing the report details (item n of m) and the outcome",
    why="account suspended and the post no longer available on X -> removed",
    items={X[2]: "removed"},
    body=f"""
Hello,

We have an update on your report.

Your report (ref: KCSC-240905-03), item 3 of 3
Reported URL: {X[2]}
Reported for: illegal gambling promotion

Outcome: The account that posted this content has been suspended, and the
post is no longer available on X.

Thank you for helping keep X safe.
X Legal Support
""",
)

case(
    name="naver-fullwidth-colon",
    **{"from": "cafe-cs@naver.com"}, name_from="NAVER Cafe",
    date=d(13, 14, 25),
    subject=ko("[네이버 카페] KCSC-240909-05 카페 게시글 처리 결과"),
    outcome="applied",
    imitates="NAVER cafe operations notice with circled numbers and a full-width colon after each URL",
    why="88213 게시중단 -> removed; 88240 임시조치 -> restricted",
    items={N[2]: "removed", N[3]: "restricted"},
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

요청하신 카페 게시글 2건의 처리 결과입니다.

①{N[2]}：게시중단 완료
②{N[3]}：임시조치(30일)

블로그 및 지식iN 게시물은 고객센터에서 따로 답변드립니다.

네이버 카페 운영팀
""",
)

case(
    name="tt-outlook-original-message",
    **{"from": "minji.ko@tiktok.com"}, name_from="Minji Ko",
    date=d(13, 19, 8),
    subject="RE: Removal request KCSC-240903-01 (12 videos)",
    reply_to_req="kcsc.240903.01",
    outcome="applied",
    imitates="platform employee's Outlook reply above '-----Original Message-----'",
    why="two videos removed, one not found (account deleted); the 12 URLs below are only our quoted request",
    items={T[9]: "removed", T[10]: "removed", T[11]: "not_found"},
    body=f"""
Dear KCSC team,

Please find our answer on the last three items:

{T[9]} - removed
{T[10]} - removed
{T[11]} - we could not find this video. The account @seoul.alpha.desk was deleted by its owner.

Best regards,
Minji Ko | Trust and Safety, TikTok Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal-kr@tiktok.com
Subject: Removal request KCSC-240903-01 (12 videos)

Dear TikTok,

Please remove the following videos, which advertise unlicensed investment advice:

{chr(10).join(T)}

Please reply by 10 September 2024.

KCSC Takedown
""",
)

# ----------------------------------------------------------------- review
case(
    name="tt-zd-solved-bulk",
    **{"from": "support@tiktok.com"}, name_from=TT,
    date=d(13, 9, 10),
    subject="[TikTok] Your request #48211903 has been solved",
    reply_to_req="kcsc.240903.01",
    outcome="review", review="bulk",
    imitates="Zendesk 'Your request has been solved' notice summarising the whole ticket",
    why="'removed all the videos listed' for a 12-item request, none named",
    items={},
    body=f"""
{ZD_LINE}

Your request (48211903) has been solved. To reopen this request, reply to
this email.

----------------------------------------------

Dana Whitlock (TikTok Trust and Safety)

Sep 13, 2024, 09:08 GMT+9

Hello,

We have completed our review and removed all the videos listed in your
request KCSC-240903-01 for violating our Community Guidelines on frauds
and scams. We are now marking this ticket as solved.

Kind regards,
Dana

----------------------------------------------
This email is a service from TikTok Support. [8KQ2W-7RDLM]
""",
)

case(
    name="tt-hedged-appears",
    **{"from": "support@tiktok.com"}, name_from=TT,
    date=d(5, 10, 30),
    subject="[TikTok] Re: Removal request KCSC-240903-01 (12 videos)",
    reply_to_req="kcsc.240903.01",
    outcome="review", review="not_understood",
    imitates="early agent reply with hedged, unconfirmed observations on two items",
    why="'appears to have been removed', 'may no longer be available' are hedges, not statements",
    items={T[3]: "pending", T[4]: "pending"},
    body=f"""
{ZD_LINE}

Hi,

Thanks for your patience. From a first look at our records,
{T[3]} appears to have been removed already, and
{T[4]} may no longer be available in your region.
We will confirm both once the team has finished its checks.

TikTok Trust and Safety
""",
)

case(
    name="x-promise-reminder",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(13, 16, 0),
    subject="RE: Reminder: KCSC-240905-03 - 3 items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-03.1@kcsc.example>",
                   "References: <kcsc.240905.03@kcsc.example> <reminder.KCSC-240905-03.1@kcsc.example>"],
    outcome="review", review="not_understood",
    imitates="reply to a reminder that only promises future action on named items",
    why="'we expect to withhold ... once the review is completed' is a promise",
    items={X[0]: "pending", X[1]: "pending"},
    body=f"""
Hello,

Thanks for the reminder. Your request is with our legal team. We expect to
withhold {X[0]} and {X[1]} in South Korea once
the review is completed, which should be within the next few days.

We'll confirm in this thread.

X Legal Support
""",
)

case(
    name="discord-zendesk-domain",
    **{"from": "support@discordtns.zendesk.com"}, name_from="Discord Trust & Safety",
    date=d(9, 2, 11, tz=UTC),
    subject="Re: [Request #33871204] KCSC-240906-04",
    reply_to_req="kcsc.240906.04",
    outcome="review", review="unknown_sender",
    imitates="help-desk reply sent from the vendor's default zendesk.com address instead of the platform domain",
    why="sender domain zendesk.com is not Discord's; it names our request and a URL",
    items={D[0]: "pending"},
    body=f"""
{ZD_LINE}

Hi there,

We've removed the message you reported:
{D[0]}

Discord Trust & Safety
""",
)

case(
    name="tt-auth-fail",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    auth="fail",
    date=d(8, 20, 45),
    subject="Re: Removal request KCSC-240903-01 (12 videos)",
    reply_to_req="kcsc.240903.01",
    outcome="review", review="untrusted",
    imitates="result mail claiming TikTok's domain whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails",
    items={T[0]: "pending", T[1]: "pending", T[5]: "pending"},
    body=f"""
Hello,

The following videos were removed today:

{T[0]}
{T[1]}
{T[5]}

TikTok Legal
""",
)

case(
    name="kakao-about-naver-item",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="Kakao Customer Center",
    date=d(12, 11, 0),
    subject=ko("[카카오 고객센터] 문의 답변 [#K24091240077]"),
    outcome="review", review="wrong_platform",
    imitates="Kakao customer-centre answer about a NAVER cafe URL sent to it by mistake",
    why="Kakao speaks about a NAVER item (says it is another company's service)",
    items={N[2]: "pending"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 {N[2]} 게시물은 카카오 서비스가 아닌 타사(네이버) 카페의
게시물로, 당사에서는 확인 및 조치가 불가합니다.

해당 서비스 고객센터로 문의해 주시기 바랍니다.

카카오 고객센터 드림
""",
)

case(
    name="tt-internal-forward",
    **{"from": "j.park@tiktok.com"}, name_from="Jisoo Park",
    date=d(11, 8, 55),
    subject="Fwd: KCSC-240903-01 outcomes (internal)",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="employee forwarding an internal colleague's result note to the regulator",
    why="statuses sit inside a forwarded internal message, not stated by the sender",
    items={T[5]: "pending", T[6]: "pending"},
    body=f"""
Hi KCSC team, forwarding the note from our enforcement team below FYI.

Jisoo

---------- Forwarded message ---------
From: Enforcement Ops <enf-ops@tiktok.com>
Date: Tue, Sep 10, 2024 at 6:12 PM
Subject: KCSC-240903-01 outcomes
To: Jisoo Park <j.park@tiktok.com>

Jisoo - for the Korean regulator:
{T[5]} removed
{T[6]} restricted in KR

Ops
""",
)

case(
    name="kakao-asks-legal-basis",
    **{"from": "tistory-cs@kakaocorp.com"}, name_from="Tistory",
    date=d(6, 15, 10),
    subject=ko("[티스토리] KCSC-240904-02 관련 추가 자료 요청"),
    reply_to_req="kcsc.240904.02",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean operator asking for the legal basis and deliberation document before acting",
    why="asks for documents about the Tistory item; no decision",
    items={K[2]: "pending"},
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청하신 게시물({TISTORY_KO})에 대한 조치 검토를 위해
아래 자료를 이 메일로 회신해 주시기 바랍니다.

1. 해당 게시물이 위반하는 법령 조항
2. 심의 의결서 사본

자료를 받는 대로 검토 후 결과를 안내드리겠습니다.

티스토리 운영팀
""",
)

case(
    name="tg-admin-gmail",
    **{"from": "hanbit.admin.room@gmail.com"}, name_from="Hanbit Admin",
    date=d(13, 23, 2),
    subject="Re: KCSC-240911-07",
    outcome="review", review="unknown_sender",
    imitates="a channel administrator writing from a free-mail address that posts were deleted",
    why="not a platform domain; names our request and URLs",
    items={G[0]: "pending", G[1]: "pending"},
    body=f"""
Hello,

I am the admin of the hanbit_signal_room channel. Telegram told me about
your report KCSC-240911-07. I have deleted both posts:
{G[0]}
{G[1]}

Please close the case.
""",
)

case(
    name="yt-portal-notice",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date=d(16, 10, 0),
    subject="Changes to how we receive government removal requests",
    outcome="review", review="no_claims",
    imitates="platform circular about its legal-request web form, no request or item",
    why="trusted Google mail that names no item and no request",
    items={},
    body="""
Dear partner,

From 1 October 2024, government agencies in Korea should submit content
removal requests through our Legal Removals web form rather than by email:
https://support.google.com/legal/answer/3110420

Requests already under review are not affected. Replies to this address
will continue to be read until 31 December 2024.

Regards,
Google Legal Support
""",
)

case(
    name="naver-hedged-ko",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Customer Center",
    date=d(10, 17, 45),
    subject=ko("RE: KCSC-240909-05 중간 안내"),
    reply_to_req="kcsc.240909.05",
    outcome="review", review="not_understood",
    imitates="Korean interim reply with a hedged observation ('삭제된 것으로 보입니다') and the rest under review",
    why="'이미 삭제된 것으로 보이며' is a hedge; '검토 중' is not a status",
    items={N[1]: "pending"},
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 중 {N[1]} 은 이미 삭제된 것으로
보이며, 나머지 게시물은 현재 담당 부서에서 검토 중입니다.

검토가 완료되는 대로 최종 결과를 회신드리겠습니다.

네이버 고객센터 드림
""",
)

# ---------------------------------------------------------------- ignored
case(
    name="tt-zd-receipt",
    **{"from": "support@tiktok.com"}, name_from=TT,
    date=d(3, 10, 2),
    subject="[TikTok] Re: Removal request KCSC-240903-01 (12 videos)",
    reply_to_req="kcsc.240903.01",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'request received' receipt",
    why="pure receipt with a ticket number",
    items={},
    body=f"""
{ZD_LINE}

Your request (48211903) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from TikTok Support. [8KQ2W-7RDLM]
""",
)

case(
    name="kakao-fd-receipt-ko",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="Kakao Customer Center",
    date=d(4, 11, 3),
    subject=ko("[카카오 고객센터] 문의가 접수되었습니다 [#K24090533812]"),
    reply_to_req="kcsc.240904.02",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-desk automatic 접수 완료 receipt",
    why="receipt only: ticket number and 'we will answer in order'",
    items={},
    body="""
안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: #K24090533812

접수된 순서대로 확인 후 답변드리겠습니다. 문의량에 따라 답변이 늦어질 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신 전용입니다.
""",
)

case(
    name="x-ooo",
    **{"from": "mquent@x.com"}, name_from="Marisol Quent",
    date=d(13, 9, 1),
    subject="Automatic reply: Reminder: KCSC-240905-03 - 3 items still pending",
    extra_headers=["Auto-Submitted: auto-replied",
                   "X-Auto-Response-Suppress: All",
                   "In-Reply-To: <reminder.KCSC-240905-03.1@kcsc.example>"],
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply to our reminder",
    why="out-of-office auto-reply",
    items={},
    body="""
Hello,

I am out of the office until 23 September with limited access to email.
For urgent legal requests please write to legal@x.com.

Marisol
""",
)

case(
    name="dsn-reminder-discord",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date=d(14, 9, 0, 12),
    subject="Undelivered Mail Returned to Sender",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a reminder",
    why="bounce of our own reminder",
    items={},
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="b824-dsn-1"

--b824-dsn-1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal@discord.com>: host mx1.discord.com[198.51.100.61] said: 550 5.1.1
    <legal@discord.com>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)

--b824-dsn-1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
X-Postfix-Queue-ID: 4WqR2K0c1Lz9B
Arrival-Date: Sat, 14 Sep 2024 09:00:03 +0900 (KST)

Final-Recipient: rfc822; legal@discord.com
Original-Recipient: rfc822;legal@discord.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.discord.com
Diagnostic-Code: smtp; 550 5.1.1 <legal@discord.com>: Recipient address
    rejected: User unknown

--b824-dsn-1
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@discord.com
Subject: Reminder: KCSC-240906-04 - 2 items still pending
Date: Sat, 14 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240906-04.1@kcsc.example>

--b824-dsn-1--
""",
)

case(
    name="naver-mdn",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date=d(9, 10, 25),
    subject=ko("읽음 확인: [KCSC-240909-05] 불법 게시물 시정요구"),
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (read receipt) from the platform's mail client",
    why="MDN 'displayed'",
    items={},
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b824-mdn-1"

--b824-mdn-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240909-05] 불법 게시물 시정요구"을(를) 수신자가 2024-09-09 10:25에 읽었습니다.

--b824-mdn-1
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Works Mail
Original-Recipient: rfc822;policy@navercorp.com
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <kcsc.240909.05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b824-mdn-1--
""",
)

case(
    name="x-jira-receipt",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d(5, 9, 34),
    subject="LGL-55120 Government request KCSC-240905-03 (Republic of Korea)",
    reply_to_req="kcsc.240905.03",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification",
    why="receipt with a request key only",
    items={},
    body=f"""
{JIRA_TOP}

Your request LGL-55120 has been received.

Thanks for contacting X Legal Support. We've received your request and
a member of the team will get back to you. You can add comments by
replying to this email.

View request · Turn off this request's notifications
Powered by Jira Service Management
""",
)

case(
    name="discord-zd-receipt-quoted",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=d(6, 5, 2, tz=UTC),
    subject="[Request #33871204] KCSC-240906-04",
    reply_to_req="kcsc.240906.04",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk receipt that echoes the requester's original message as a quote",
    why="receipt; the URLs appear only in our quoted request",
    items={},
    body=f"""
{ZD_LINE}

Hi there,

We've received your request (#33871204) and a member of our Trust & Safety
team will reply as soon as possible. Please don't open duplicate tickets
for the same issue.

On Fri, Sep 6, 2024 at 2:00 PM, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord,
> please remove the following content (KCSC-240906-04):
> {D[0]}
> {D[1]}
> KCSC Takedown
""",
)

HEADER = """# Blind set 824: ticket systems and threads (Zendesk / Freshdesk / Jira /
# Help Scout style receipts, results, solved tickets, follow-ups, replies
# to reminders, partial answers, forwarded mail). Written by make.py; do not
# edit by hand. Expected results come from each email's meaning alone,
# written before the reader was run on these emails.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind824", HEADER, cases)
    print("wrote %d cases" % len(cases))
