#!/usr/bin/env python3
"""Blind set 530: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written for this
set; the expected results were written from each email's meaning alone,
before any run of the reader.

    python3 tests/corpus/blind530/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import datetime
import email.header
import email.utils
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return email.utils.format_datetime(datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


# ---------------------------------------------------------------- requests
# ref -> (platform, sent day, message-id local part, category, note, urls)
N = {  # the 12 NAVER items, by number, so that cases can name them
    1: "https://blog.naver.com/moonlit_store/223541870012",
    2: "https://blog.naver.com/moonlit_store/223541870455",
    3: "https://blog.naver.com/greyharbor77/223550012233",
    4: "https://cafe.naver.com/quietvalley/48213",
    5: "https://cafe.naver.com/quietvalley/48377",
    6: "https://cafe.naver.com/quietvalley/48390",
    7: "https://blog.naver.com/PostView.naver?blogId=pinecone_lab&logNo=223560098871",
    8: "https://m.blog.naver.com/pinecone_lab/223560101420",
    9: "https://cafe.naver.com/quietvalley/%EC%9E%A5%ED%84%B0/48455",
    10: "https://blog.naver.com/silverkettle_/223571334019",
    11: "https://blog.naver.com/silverkettle_/223571334877",
    12: "https://cafe.naver.com/quietvalley/48501",
}
N9_RAW = "https://cafe.naver.com/quietvalley/장터/48455"

X1 = "https://x.com/dune_relay/status/1831002233445566778"
X2 = "https://x.com/dune_relay/status/1831002299887766554"
X3 = "https://x.com/paper_lantern_kr/status/1830877112233445566"
X4 = "https://x.com/orbit_sale24"

Y1 = "https://www.youtube.com/watch?v=Qm7rT2kLp0w"
Y2 = "https://www.youtube.com/watch?v=Zx4aB9cDe1F"
Y3 = "https://www.youtube.com/@nightmarket_tv"

T1 = "https://t.me/sunset_dealer_kr"
T2 = "https://t.me/sunset_dealer_kr/1184"
T3 = "https://t.me/blue_pier_chat/30921"
T4 = "https://t.me/blue_pier_chat/30955"
T5 = "https://t.me/c_northwind_store"

K1 = "https://cafe.daum.net/eastwindmarket/Ab3x/1542"
K2 = "https://cafe.daum.net/eastwindmarket/Ab3x/1560"
K3 = "https://open.kakao.com/o/gT4xQw9b"

R1 = "https://www.reddit.com/r/koreadeals_fake/comments/1f9abcx/limited_offer_today/"
R2 = "https://www.reddit.com/user/harbor_lights_kr/"

S1 = "https://www.youtube.com/shorts/Hk2wP8rTq5s"

REQUESTS = [
    ("KCSC-240903-01", "naver", 3, "req530-0903-01", "illegal_trade",
     'Blog and cafe posts selling prescription drugs, batch 1', [N[i] for i in range(1, 13)]),
    ("KCSC-240905-02", "x", 5, "req530-0905-02", "gambling",
     'Citizen report, forwarded by "Clean Net" volunteers', [X1, X2, X3, X4]),
    ("KCSC-240909-03", "youtube", 9, "req530-0909-03", "illegal_trade", "", [Y1, Y2, Y3]),
    ("KCSC-240910-04", "telegram", 10, "req530-0910-04", "drugs",
     "Channel and group posts; two messages in one group", [T1, T2, T3, T4, T5]),
    ("KCSC-240911-05", "kakao", 11, "req530-0911-05", "fraud", "", [K1, K2, K3]),
    ("KCSC-240912-06", "reddit", 12, "req530-0912-06", "fraud", "Post, and the account that posted it", [R1, R2]),
    ("KCSC-240913-07", "youtube", 13, "req530-0913-07", "gambling", "", [S1]),
]
MID = {ref: mid for ref, _, _, mid, _, _, _ in REQUESTS}


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, platform, day, mid, cat, note, urls in REQUESTS:
            sent = f"2024-09-{day:02d}T10:00:00+09:00"
            due = f"2024-09-{day + 5:02d}T18:00:00+09:00"
            for u in urls:
                w.writerow([ref, platform, sent, due, u, cat, mid + "@kcsc.example", note])


def gquote(header, text):
    """Gmail-style quote: 'On ... wrote:' then '> ' lines."""
    out = [header]
    for line in text.strip("\n").split("\n"):
        out.append(">" + (" " + line if line else ""))
    return "\n".join(out)


REQ_X = f"""KCSC-240905-02 - Request for removal of illegal content

Dear X Legal team,

The Korea Communications Standards Commission has found that the following
content violates Korean law (illegal gambling promotion) and requests its
removal:

1. {X1}
2. {X2}
3. {X3}
4. {X4}

Please let us know the action taken on each item.

KCSC Takedown Desk"""

REQ_T = f"""KCSC-240910-04 - Request for removal of illegal content

Hello Telegram team,

Please remove the following channels and messages, which advertise the
sale of narcotics to users in Korea:

{T1}
{T2}
{T3}
{T4}
{T5}

KCSC Takedown Desk"""


def mime_alt_b64(text):
    b = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b


def mime_qp(text):
    q = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + q


CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== applied

case(
    name="naver-zd-answer-korean-list",
    outcome="applied",
    imitates="NAVER customer-centre ticket answer (문의 답변 메일) listing per-post results",
    why="Five posts named one by one with 게시중단/블라인드/임시조치/already deleted; the promise about the other seven names none of them",
    **{"from": "noreply-cs@navercorp.com"}, name_from="NAVER 고객센터",
    date=d(6, 15, 41, 12),
    subject="[NAVER 고객센터] 문의하신 내용에 대한 답변입니다 (#2409-88123)",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240903-01)에 대해 답변드립니다.
요청하신 12건 중 아래 5건에 대한 검토가 완료되어 결과를 안내해 드립니다.

1) {N[1]}
   → 게시중단 처리되었습니다.
2) {N[2]}
   → 게시중단 처리되었습니다.
3) {N[3]}
   → 블라인드 처리 완료
4) {N[4]}
   → 정보통신망법에 따라 임시조치(30일) 되었습니다.
5) {N[5]}
   → 해당 게시물은 작성자가 이미 삭제하여 존재하지 않습니다.

나머지 7건은 검토가 끝나는 대로 이 문의 건으로 다시 안내드리겠습니다.

문의번호: #2409-88123
처리상태: 답변완료

※ 이 메일에 회신하시면 같은 문의에 추가로 접수됩니다.
네이버 고객센터 드림
""",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted", N[5]: "not_found"},
)

ROWS = [
    (1, N[1], "게시중단", ""),
    (2, N[2], "삭제", "운영정책 위반"),
    (3, N[3], "블라인드", ""),
    (4, N[4], "임시조치", "30일"),
    (5, N[5], "임시조치", "30일"),
    (6, N[6], "미조치", "검토 결과 위반 사항이 확인되지 않음"),
    (7, N[7].replace("&", "&amp;"), "비공개 처리", ""),
    (8, N[8], "게시물 없음", "작성자 삭제"),
    (9, N9_RAW, "삭제", ""),
    (10, N[10], "접근 제한", "국내"),
    (11, N[11], "미조치", "정당한 게시물로 판단"),
    (12, N[12], "게시물 없음", "존재하지 않는 게시물"),
]
TABLE = "\n".join(
    f'<tr><td>{n}</td><td><a href="{u}">{u}</a></td><td>{r}</td><td>{note}</td></tr>' for n, u, r, note in ROWS
)
case(
    name="naver-result-html-table-all",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table (번호/URL/조치결과/비고)",
    why="All twelve posts in one table row by row: 게시중단/삭제/블라인드/비공개 removed, 임시조치/접근 제한 restricted, 미조치 with reason rejected, 게시물 없음 not_found",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(10, 17, 5, 40),
    subject="시정요구 조치결과 회신 (KCSC-240903-01)",
    type="html",
    body=f"""
<html><body style="font-family:sans-serif">
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240903-01)에 대한 당사의 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{TABLE}
</table>
<p>조치 내용에 대한 문의는 본 메일로 회신 부탁드립니다.</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
""",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted", N[5]: "restricted",
           N[6]: "rejected", N[7]: "removed", N[8]: "not_found", N[9]: "removed", N[10]: "restricted",
           N[11]: "rejected", N[12]: "not_found"},
)

case(
    name="x-top-posted-over-gmail-quote",
    outcome="applied",
    imitates="X legal-request reply top-posted over the quoted request (Gmail quoting)",
    why="One post withheld in South Korea, one found not violating; the other two appear only in our quoted request",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(7, 3, 12, 9),
    subject="Re: KCSC-240905-02 - Request for removal of illegal content",
    reply_to_req=MID["KCSC-240905-02"],
    body=f"""
Hello,

Thank you for your report. After review, we have withheld the following post
in South Korea in accordance with local law:
{X1}

We also reviewed {X3} and determined that it does not violate the X Rules or
applicable local law. We are not taking action on it at this time.

We are still reviewing the remaining items and will follow up separately.

Regards,
X Legal

{gquote("On Thu, Sep 5, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:", REQ_X)}
""",
    items={X1: "restricted", X3: "rejected", X2: "pending", X4: "pending"},
)

case(
    name="x-reminder-reply-account-suspended",
    outcome="applied",
    imitates="X Support follow-up in the same thread, answering our reminder above two levels of quoting",
    why="Only the account is answered (suspended = removed); the earlier 'withheld' sits in the double-quoted thread and changes nothing",
    **{"from": "support@x.com"}, name_from="X Support",
    date=d(12, 22, 48, 30),
    subject="Re: [Reminder] KCSC-240905-02 - 2 items still open",
    body=f"""
Hi,

Thanks for following up. The account {X4} has been permanently suspended for
violating our rules on illegal or certain regulated goods and services.

We have nothing further to add on the other post at this time.

Best,
X Support

On Thu, Sep 12, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: the following items of KCSC-240905-02 are still open.
>
> {X2}
> {X4}
>
> On Sat, Sep 7, 2024 at 12:12 PM X Legal <legal-noreply@x.com> wrote:
>> After review, we have withheld the following post in South Korea in
>> accordance with local law:
>> {X1}
""",
    items={X4: "removed", X2: "pending", X1: "pending"},
)

CSV_ATT = f"""url,decision,detail
{Y1},Removed,Violates Community Guidelines (regulated goods)
{Y2},Blocked in KR,Local legal restriction (South Korea)
{Y3},No action,Channel does not violate our policies
"""
case(
    name="yt-outcome-csv-attachment",
    outcome="applied",
    imitates="Google legal-removal outcome mail with a per-URL CSV export attached",
    why="Attached CSV gives one decision per URL: Removed, Blocked in KR, No action",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(13, 9, 20, 2),
    subject="Your legal request KCSC-240909-03 - outcome",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b530-yt-csv"

--b530-yt-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have completed our review of your legal request KCSC-240909-03.
The decision for each URL is listed in the attached file.

YouTube Legal Support

--b530-yt-csv
Content-Type: text/csv; charset=utf-8; name="outcome_KCSC-240909-03.csv"
Content-Disposition: attachment; filename="outcome_KCSC-240909-03.csv"
Content-Transfer-Encoding: 7bit

{CSV_ATT}
--b530-yt-csv--
""",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

case(
    name="yt-zendesk-solved-one-item",
    outcome="applied",
    imitates="Zendesk 'Your request has been solved' mail with the thread history below the reply line",
    why="One-item request; the agent says the reported Short has been removed (our own earlier comment below asks, states nothing)",
    **{"from": "support@youtube.com"}, name_from="YouTube Support",
    date=d(16, 11, 4, 55),
    subject="[YouTube Support] Re: KCSC-240913-07 Removal request",
    body=f"""
##- Please type your reply above this line -##

Your request (55012) has been solved. To reopen it, reply to this email.

----------------------------------------------

Jun (YouTube Support)

Sep 16, 2024, 11:04 GMT+9

Hello,

Thanks for your patience. The Short you reported has been removed from
YouTube for violating our Community Guidelines.

Kind regards,
Jun

----------------------------------------------

KCSC Takedown

Sep 13, 2024, 10:00 GMT+9

Dear YouTube team,

The Korea Communications Standards Commission requests the removal of
{S1} (our reference KCSC-240913-07), which promotes an illegal gambling site.

----------------------------------------------

This email is a service from YouTube Support. [KX7R2-9QPLM]
""",
    items={S1: "removed"},
)

case(
    name="tg-reminder-reply-case-complete",
    outcome="applied",
    imitates="Telegram abuse-desk answer to our reminder, dash list per link",
    why="Channel blocked for all users and its post no longer accessible (removed); the third channel could not be found",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(17, 20, 31, 7),
    subject="Re: [Reminder] KCSC-240910-04 (Case #4471203)",
    body=f"""
Hello,

Sorry for the delay. Case #4471203 is now complete.

- {T1} - channel blocked for all users for violating Telegram's Terms of Service.
- {T2} - no longer accessible to anyone, the channel it belongs to is blocked.
- {T5} - we could not find a public channel or group at this address.

The two messages in blue_pier_chat were handled in our earlier reply.

Telegram Abuse Team
""",
    items={T1: "removed", T2: "removed", T5: "not_found"},
)

case(
    name="tg-partial-one-still-under-review",
    outcome="applied",
    imitates="Telegram abuse-desk partial answer: one message taken down, one under review",
    why="30921 taken down; 30955 explicitly still under review stays pending",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(12, 18, 2, 44),
    subject="Case #4471203 - KCSC-240910-04",
    body=f"""
Hi,

An update on your notice KCSC-240910-04:

Message {T3} has been taken down.

{T4} is still under review by our moderators; we will write again once a
decision has been made.

The remaining links are being looked at by a different team.

Telegram Abuse Team
""",
    items={T3: "removed", T4: "pending"},
)

case(
    name="kakao-freshdesk-answer-korean",
    outcome="applied",
    imitates="Kakao customer-centre ticket answer (Freshdesk-style, 티켓 상태: 해결됨) with ■ bullets",
    why="Cafe post deleted, second post 임시조치 (restricted), open chat room permanently closed (removed)",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(13, 14, 26, 18),
    subject="[카카오 고객센터] #KC-0912-31077 문의에 대한 답변 드립니다",
    body=f"""
안녕하세요. 카카오 고객센터입니다.
방송통신심의위원회 시정요구(KCSC-240911-05) 관련하여 조치 결과를 안내드립니다.

■ {K1}
 - 조치 결과: 운영정책 위반으로 게시물 삭제
■ {K2}
 - 조치 결과: 임시조치 (30일간 게시물 접근 차단)
■ {K3}
 - 조치 결과: 오픈채팅방 영구 종료(폐쇄)

더 궁금하신 점이 있으시면 이 메일에 회신해 주세요.

티켓 번호: #KC-0912-31077
티켓 상태: 해결됨

카카오 고객센터 드림
""",
    items={K1: "removed", K2: "restricted", K3: "removed"},
)

case(
    name="reddit-removed-and-no-violation",
    outcome="applied",
    imitates="Reddit legal reply (Salesforce-style thread ref in the subject), URL then its outcome",
    why="Post removed by the Safety team; account reviewed, no violation, no action (rejected); the policy link is not an item",
    **{"from": "legal-support@reddit.com"}, name_from="Reddit Legal",
    date=d(14, 4, 17, 33),
    subject="Re: KCSC-240912-06 [ ref:_00D1x2Ab._5007Qq3Rk:ref ]",
    body=f"""
Hi there,

Thanks for reaching out. We've reviewed the content in your notice:

{R1}
This post has been removed by Reddit's Safety team for violating our rules
on prohibited transactions.

{R2}
After reviewing the account's recent activity we did not find a violation
of Reddit's Content Policy, so no action was taken on this account.

You can read more about our rules at https://www.reddit.com/policies/content-policy-kr

Best,
Reddit Legal

ref:_00D1x2Ab._5007Qq3Rk:ref
""",
    items={R1: "removed", R2: "rejected"},
)

case(
    name="naver-agent-forwards-team-answer",
    outcome="applied",
    imitates="NAVER helpdesk agent forwarding the blog operations team's internal answer (Gmail forward)",
    why="The forwarded answer is NAVER's own team's statement, sent on by a NAVER agent from an authenticated NAVER domain",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    date=d(9, 14, 35, 0),
    subject="FW: 게시물 검토 결과 (KCSC-240903-01)",
    body=f"""
안녕하세요, 네이버 고객센터 박서연입니다.
요청하신 건 중 블로그 게시물 2건에 대한 담당 부서의 검토 결과를 아래와 같이 전달드립니다.

---------- Forwarded message ---------
보낸사람: 블로그 운영팀 <blog-ops@navercorp.com>
Date: 2024년 9월 9일 (월) 오후 2:10
Subject: 검토 결과 회신
To: 고객센터 <help@navercorp.com>

고객센터 담당자님,
아래 게시물에 대한 검토 결과입니다.

{N[10]} : 운영정책 위반 확인, 게시중단 완료
{N[11]} : 위반 사항 없음, 게시 유지

감사합니다.
블로그 운영팀
""",
    items={N[10]: "removed", N[11]: "rejected"},
)

case(
    name="x-numbered-angle-brackets",
    outcome="applied",
    imitates="X legal-request result listing, numbered, URLs in angle brackets",
    why="Two posts withheld in South Korea (restricted), one not in violation (rejected), account suspended (removed); help link is not an item",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(9, 16, 0, 21),
    subject="Case 0194-KR-22871: KCSC-240905-02",
    body=f"""
Hello,

We have completed our review of your request. Results per reported URL:

1. <{X1}> - Withheld in: South Korea
2. <{X2}> - Withheld in: South Korea
3. <{X3}> - No action (not in violation of the X Rules)
4. <{X4}> - Account suspended

For more information about country withheld content, see
<https://help.x.com/en/rules-and-policies/withheld-content-kr>.

X Legal
""",
    items={X1: "restricted", X2: "restricted", X3: "rejected", X4: "removed"},
)

case(
    name="yt-quoted-printable-wrapped",
    outcome="applied",
    imitates="YouTube legal outcome mail sent quoted-printable (soft line breaks inside long lines)",
    why="One video removed, one age-restricted; the long lines are wrapped by soft breaks",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(12, 8, 55, 13),
    subject="KCSC-240909-03: action taken",
    raw_mime=mime_qp(f"""Hello,

Following our review of your request KCSC-240909-03 \u2014 submitted on 9 September \u2014 we have taken the following action:

The video at {Y1} has been removed from YouTube for violating our Community Guidelines on the sale of regulated goods.

The video at {Y2} has been age-restricted; it can no longer be viewed by signed-out users or by viewers under 18.

Regards,
The YouTube Team
"""),
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="naver-base64-korean-three",
    outcome="applied",
    imitates="NAVER 게시중단 요청 처리 결과 sent as a base64 body",
    why="Request refused as no violation (rejected), post made private (removed), post already deleted by its author (not_found)",
    **{"from": "help@navercorp.com"}, name_from="NAVER 게시중단 요청 처리",
    date=d(11, 11, 2, 51),
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    raw_mime=mime_alt_b64(f"""안녕하세요. 네이버 게시중단 요청 처리 담당자입니다.
KCSC-240903-01 건 중 아래 3건의 처리 결과를 안내드립니다.

- {N[6]}
  검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시중단 요청이 반려되었습니다.
- {N[7]}
  게시물 비공개 처리 완료
- {N[8]}
  작성자가 이미 삭제한 게시물입니다.

감사합니다.
"""),
    items={N[6]: "rejected", N[7]: "removed", N[8]: "not_found"},
)

case(
    name="naver-prose-particles-fullwidth",
    outcome="applied",
    imitates="NAVER prose reply with URLs followed directly by Korean particles and full-width punctuation",
    why="게시중단 (removed), 임시조치 under art. 44-2 (restricted), already deleted and cannot be found (not_found)",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date=d(13, 10, 14, 3),
    subject="Re: KCSC-240903-01 블로그·카페 게시물 처리 회신",
    body=f"""
안녕하세요, 네이버입니다.

요청번호 KCSC-240903-01 관련 회신드립니다。
블로그 게시물 {N[10]}은 운영정책 위반으로 게시중단 조치하였습니다．
{N[11]}에 대해서는 정보통신망법 제44조의2에 따라 30일간 임시조치를 하였습니다。
카페 게시물 {N[12]}，이 게시물은 이미 삭제되어 찾을 수 없습니다。

감사합니다。
""",
    items={N[10]: "removed", N[11]: "restricted", N[12]: "not_found"},
)

case(
    name="x-jira-status-done",
    outcome="applied",
    imitates="Jira Service Management update notification (status In Review -> Done, agent comment)",
    why="Comment states both named posts were removed, URLs on the lines below the statement; portal link is not an item",
    **{"from": "jira-noreply@x.com"}, name_from="X Trust & Safety (Jira)",
    date=d(10, 19, 40, 26),
    subject="[JIRA] (TSLE-4821) KCSC-240905-02: removal request - South Korea",
    body=f"""
X Trust & Safety updated TSLE-4821
----------------------------------

Status: In Review -> Done
Resolution: Actioned

Comment by M. Ortega:
Both reported posts from @dune_relay were removed for violating our
illegal gambling policy:
{X1}
{X2}

The remaining two URLs are tracked in TSLE-4822.

View request: https://tsle.x.com/servicedesk/customer/portal/7/TSLE-4821
Turn off this request's notifications

This message was sent by Atlassian Jira (v9.12.4#912004-sha1:7c1e2d0)
""",
    items={X1: "removed", X2: "removed"},
)

case(
    name="tg-echoed-report-resolution",
    outcome="applied",
    imitates="Telegram report-form resolution mail echoing the submitted report fields",
    why="The only link in the mail is the reported one and the resolution says it was removed by moderators",
    **{"from": "noreply@telegram.org"}, name_from="Telegram Support",
    date=d(13, 21, 9, 30),
    subject="Your report has been resolved [Case #4471288]",
    body=f"""
Your report has been resolved.

--- Report details ---
Reference: KCSC-240910-04
Reported link: {T4}
Category: Illegal goods
Submitted: 10.09.2024 10:00 (UTC+9)

--- Resolution ---
The reported message was removed by Telegram moderators.

Thank you for helping keep Telegram safe.
""",
    items={T4: "removed"},
)

case(
    name="yt-reminder-reply-status-below-url",
    outcome="applied",
    imitates="Google Legal Support answer to our reminder: bare URL, 'Status:' on the line below",
    why="Channel terminated (removed), video no action (rejected), third explicitly pending review",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal Support",
    date=d(16, 13, 27, 49),
    subject="Re: [Reminder] KCSC-240909-03",
    body=f"""
Hello KCSC team,

Here is the current status of the items in your request:

{Y3}
Status: Channel terminated

{Y1}
Status: No action taken - the content does not violate our Community
Guidelines and no local law violation was identified

{Y2}
Status: Pending review

Sincerely,
Google Legal Support
""",
    items={Y3: "removed", Y1: "rejected", Y2: "pending"},
)

case(
    name="naver-zd-solved-raw-korean-path",
    outcome="applied",
    imitates="Zendesk-style 'request solved' mail in Korean (이 줄 위에 답장), URL with a raw Korean path",
    why="Post deleted by the cafe operator (removed), written with the raw Korean path of a percent-encoded request URL; other post cannot be found (not_found)",
    **{"from": "cafe-support@navercorp.com"}, name_from="네이버 카페 운영지원",
    date=d(11, 16, 20, 38),
    subject="[#2409-88140] 요청하신 문의가 해결되었습니다",
    body=f"""
##- 이 줄 위에 답장을 입력해 주세요 -##

요청하신 문의(#2409-88140)가 '해결됨'으로 변경되었습니다.

김도윤 (네이버 카페 운영지원)
2024년 9월 11일 16:20

안녕하세요, 네이버 카페 운영지원입니다.
KCSC-240903-01 건 중 카페 게시물 2건의 처리 결과를 안내드립니다.

· {N9_RAW}
  → 불법 판매 게시물로 확인되어 운영자 권한으로 삭제하였습니다.
· {N[12]}
  → 해당 주소의 게시물을 찾을 수 없습니다. 이미 삭제되었거나 잘못된 주소입니다.

감사합니다.
""",
    items={N[9]: "removed", N[12]: "not_found"},
)

case(
    name="kakao-reminder-reply-outlook",
    outcome="applied",
    imitates="Kakao report-centre answer to our reminder above an Outlook '-----Original Message-----' block",
    why="One cafe post 게시중단 (removed); the open chat room is explicitly still under review; the quoted reminder states nothing",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 신고센터",
    date=d(18, 15, 3, 11),
    subject="RE: [리마인더] KCSC-240911-05 미처리 항목 안내",
    body=f"""
안녕하세요, 카카오 신고센터입니다.
회신이 늦어 죄송합니다.

다음 카페 게시글 {K2} 은 게시중단 처리하였습니다.
오픈채팅방 {K3} 에 대해서는 현재 관련 부서에서 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

카카오 신고센터 드림

-----Original Message-----
From: "KCSC Takedown" <takedown@kcsc.example>
To: <report@kakaocorp.com>
Sent: Wednesday, September 18, 2024 9:00 AM
Subject: [리마인더] KCSC-240911-05 미처리 항목 안내

아래 항목이 기한이 지났으나 아직 처리 결과를 받지 못했습니다.
{K2}
{K3}
조치 결과를 회신해 주시기 바랍니다.
""",
    items={K2: "removed", K3: "pending"},
)

case(
    name="yt-one-item-no-violation-sole",
    outcome="applied",
    imitates="YouTube legal 'we've decided not to take action' reply over the quoted one-item request",
    why="One-item request; the sole statement refuses action as the content breaks no guideline or law (rejected)",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(17, 10, 50, 4),
    subject="Re: KCSC-240913-07 Request to remove content",
    reply_to_req=MID["KCSC-240913-07"],
    body=f"""
Hello,

Thank you for contacting us. After careful review, we've decided not to take
action on the content you reported, as we did not find it to violate our
Community Guidelines or local law.

If you have additional information, you may reply to this email.

Regards,
YouTube Legal Support

{gquote("On Fri, Sep 13, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:",
        "KCSC-240913-07" + chr(10) + chr(10) + "Please remove the following Short, which promotes illegal gambling:" + chr(10) + S1)}
""",
    items={S1: "rejected"},
)

case(
    name="naver-text-table-cafe",
    outcome="applied",
    imitates="NAVER cafe report result as a plain-text table (No | 게시물 주소 | 처리 결과)",
    why="Text table: 임시조치 (restricted), 게시중단 (removed), 반려(위반 없음) (rejected), 게시물 없음 (not_found)",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(12, 13, 45, 0),
    subject="[처리결과] KCSC-240903-01 카페 게시물",
    body=f"""
안녕하세요. 네이버 카페 신고 처리 결과를 알려드립니다.

No | 게시물 주소                                | 처리 결과
---+--------------------------------------------+----------------
 1 | {N[4]}   | 임시조치
 2 | {N[5]}   | 게시중단
 3 | {N[6]}   | 반려(위반 없음)
 4 | {N[12]}   | 게시물 없음

네이버 정책지원팀
""",
    items={N[4]: "restricted", N[5]: "removed", N[6]: "rejected", N[12]: "not_found"},
)

case(
    name="yt-outlook-original-message",
    outcome="applied",
    imitates="Google legal reply above an Outlook '-----Original Message-----' copy of our request",
    why="One video blocked in South Korea only (restricted); the other two are only in our quoted request",
    **{"from": "legal-support-kr@google.com"}, name_from="Google Legal Support",
    date=d(11, 18, 12, 7),
    subject="RE: KCSC-240909-03",
    body=f"""
Dear KCSC,

In response to your legal request, we have blocked
{Y2} from view in South Korea. It remains available in other countries.

We are still assessing the other two URLs.

Best regards,
Google Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: legal-kr@google.com
Subject: KCSC-240909-03

Dear Google Legal team,

Please remove the following content, which offers illegal goods for sale:
{Y1}
{Y2}
{Y3}

KCSC Takedown Desk
""",
    items={Y2: "restricted", Y1: "pending", Y3: "pending"},
)

case(
    name="tg-html-anchor-links",
    outcome="applied",
    imitates="Telegram abuse-desk HTML reply where links are anchors with @names as text",
    why="Channel and one of its messages banned and no longer available, URLs only in href",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(15, 2, 14, 58),
    subject="Re: KCSC-240910-04 (Case #4471203)",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>The following have been banned and are no longer available on Telegram:</p>
<ul>
<li>Channel <a href="{T1}">@sunset_dealer_kr</a></li>
<li><a href="{T2}">Message 1184</a> in the same channel</li>
</ul>
<p>Kind regards,<br>Telegram Abuse Team</p>
</body></html>
""",
    items={T1: "removed", T2: "removed"},
)

case(
    name="x-dsa-statement-of-reasons",
    outcome="applied",
    imitates="X statement of reasons (DSA art. 17 fields) sent to the notifier",
    why="Decision field: content withheld in the Republic of Korea (restricted); the appeal link is not an item",
    **{"from": "noreply-legal@x.com"}, name_from="X",
    date=d(8, 9, 3, 15),
    subject="Statement of reasons - KCSC-240905-02",
    body=f"""
Statement of reasons

Reference: KCSC-240905-02
Content: {X3}
Decision: Visibility restriction - content withheld in the Republic of Korea
Territorial scope: Republic of Korea
Ground: Illegal content under local law (Act on Promotion of Information and
Communications Network Utilization)
Facts and circumstances: Notice submitted by a government authority
Automated detection: No
Automated decision: No

Redress: the account holder may appeal at https://help.x.com/forms/withheld-appeal-kr
""",
    items={X3: "restricted"},
)

# ==================================================================== review

case(
    name="x-reminder-reply-escalated-promise",
    outcome="review",
    review="not_understood",
    imitates="X Support answer to our reminder: escalated to legal, conditional promise",
    why="Names two posts but only says they will be withheld if found unlawful: a promise with a condition, no statement",
    **{"from": "support@x.com"}, name_from="X Support",
    date=d(11, 23, 5, 40),
    subject="Re: [Reminder] KCSC-240905-02",
    body=f"""
Hi,

Thanks for your reminder. The posts {X2} and {X3} have been escalated to our
legal team. They will be withheld in South Korea if they are found to be
unlawful under Korean law. We expect to have an answer for you by
19 September.

Best,
X Support
""",
    items={X2: "pending", X3: "pending"},
)

case(
    name="naver-hedge-appears-deleted",
    outcome="review",
    review="not_understood",
    imitates="NAVER first-check answer: the post 'seems to have been deleted', to be confirmed",
    why="'삭제한 것으로 보입니다' is a hedge and the agent says it will confirm later: no statement",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    date=d(8, 11, 30, 16),
    subject="[NAVER 고객센터] KCSC-240903-01 1차 확인 결과",
    body=f"""
안녕하세요, 네이버 고객센터입니다.
KCSC-240903-01 건 관련 1차 확인 결과를 안내드립니다.

{N[5]}
해당 게시물은 현재 카페 목록에서 확인되지 않아 작성자가 삭제한 것으로 보입니다.
정확한 상태는 카페 운영팀 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    items={N[5]: "pending"},
)

case(
    name="reddit-freshdesk-resolved-bulk",
    outcome="review",
    review="bulk",
    imitates="Freshdesk 'ticket marked as Resolved' notification with a one-line agent note",
    why="'the reported content ... has been removed' without naming either item, for a two-item request",
    **{"from": "support@reddit.com"}, name_from="Reddit Support",
    date=d(15, 7, 41, 22),
    subject="[#1193021] Resolved: KCSC-240912-06",
    body="""
Hi KCSC Takedown,

Your ticket #1193021 has been marked as Resolved.

Our Safety team has reviewed the reported content and it has been removed
from Reddit for violating our Content Policy.

If you believe this ticket hasn't been resolved, simply reply to this email
within 7 days and it will be reopened.

Reddit Support
""",
    items={R1: "pending", R2: "pending"},
)

case(
    name="tg-all-blocked-over-quote-bulk",
    outcome="review",
    review="bulk",
    imitates="Telegram one-line 'all blocked' reply top-posted over our quoted five-link request",
    why="'All channels and messages listed' for a five-item request; the links are only in our quoted text",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(14, 1, 58, 3),
    subject="Re: KCSC-240910-04 - Request for removal of illegal content",
    reply_to_req=MID["KCSC-240910-04"],
    body=f"""
Hello,

All channels and messages listed in your notice have been blocked.

Regards,
Telegram Abuse Team

{gquote("On Tue, 10 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:", REQ_T)}
""",
    items={T1: "pending", T2: "pending", T3: "pending", T4: "pending", T5: "pending"},
)

case(
    name="x-itemized-auth-fail",
    outcome="review",
    review="untrusted",
    auth="fail",
    imitates="X legal result mail whose DKIM/SPF/DMARC fail at our gateway",
    why="Item-level statements, but the x.com sender fails authentication",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(9, 4, 11, 52),
    subject="KCSC-240905-02: action taken",
    body=f"""
Hello,

The following content has been removed:

{X1}
{X2}
{X3}
{X4}

X Legal
""",
    items={X1: "pending", X2: "pending", X3: "pending", X4: "pending"},
)

case(
    name="reddit-zendesk-hosted-domain",
    outcome="review",
    review="unknown_sender",
    imitates="Reddit help-desk answer sent from the help-desk vendor's hosted domain (*.zendesk.com)",
    why="Item-level statements, but from a domain configured for no platform",
    **{"from": "help@reddithelp.zendesk.com"}, name_from="Reddit Help",
    date=d(13, 6, 22, 9),
    subject="[Reddit Help] Re: KCSC-240912-06 (#884512)",
    body=f"""
##- Please type your reply above this line -##

Hello,

We've taken action on the content you reported:

{R1} - removed
{R2} - account suspended

Thanks,
Reddit Help

[8G2K1-QW4XZ]
""",
    items={R1: "pending", R2: "pending"},
)

case(
    name="google-not-our-product-wrong-platform",
    outcome="review",
    review="wrong_platform",
    imitates="Google legal 'URL not hosted on a Google product' reply to a notice copied to it",
    why="Google says it cannot locate two X posts: statements about X's items from another platform",
    **{"from": "legal-support-kr@google.com"}, name_from="Google Legal Support",
    date=d(6, 12, 9, 34),
    subject="Re: KCSC-240905-02 - Request for removal of illegal content",
    body=f"""
Hello,

We received a copy of your notice KCSC-240905-02. The following URLs are not
hosted on YouTube or any other Google product, and we could not locate them
in our systems:

{X1}
{X3}

Please direct your request to the service that hosts this content.

Google Legal Support
""",
    items={X1: "pending", X3: "pending"},
)

case(
    name="kakao-asks-for-documents",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Kakao report centre asking for the decision document and captures before acting",
    why="Asks for the 시정요구 decision and captures of the chat room before it will act; nothing stated",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 신고센터",
    date=d(12, 10, 40, 29),
    subject="[카카오] 시정요구 검토를 위한 자료 요청 (KCSC-240911-05)",
    body=f"""
안녕하세요, 카카오 신고센터입니다.

보내주신 시정요구(KCSC-240911-05)를 검토하기 위하여 아래 자료를 추가로 요청드립니다.

 1. 시정요구 결정문 사본 (심의 의결번호 포함)
 2. {K3} 오픈채팅방에서 문제가 된 대화 내용의 캡처

자료를 회신해 주시면 검토 후 조치 결과를 안내드리겠습니다.

카카오 신고센터 드림
""",
    items={K3: "pending"},
)

case(
    name="yt-ticket-closed-inactivity",
    outcome="review",
    review="no_claims",
    imitates="Zendesk automation 'closed because we haven't heard back' mail",
    why="Trusted YouTube mail that names no requested item and none of our references",
    **{"from": "support@youtube.com"}, name_from="YouTube Support",
    date=d(18, 3, 0, 12),
    subject="[YouTube Support] Your request #55987 has been closed",
    body="""
Hello,

We haven't heard back from you, so your support request #55987 has been
closed.

If you still need help, just reply to this email and we'll reopen it, or
visit https://support.youtube.com/contact/legal-kr.

The YouTube Support Team
""",
    items={},
)

case(
    name="kcsc-staff-forwards-naver-answer",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="Our own staff member forwarding (Gmail 'Forwarded message') a NAVER answer sent to her personal address",
    why="The statements arrive through a forward by a KCSC employee, not from NAVER's authenticated domain",
    **{"from": "haneul.lee@kcsc.example"}, name_from="이하늘",
    date=d(12, 9, 14, 45),
    subject="Fwd: [NAVER] 게시중단 처리 결과 (KCSC-240903-01)",
    body=f"""
takedown 메일함에 등록 부탁드립니다. 담당자 개인 메일로 회신이 왔습니다.

---------- Forwarded message ---------
From: NAVER 정책지원 <policy@navercorp.com>
Date: 2024년 9월 11일 (수) 오후 5:02
Subject: [NAVER] 게시중단 처리 결과 (KCSC-240903-01)
To: 이하늘 <haneul.lee@kcsc.example>

{N[1]} 게시중단 완료
{N[2]} 게시중단 완료
""",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="yt-counter-notice-condition",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal 'uploader notified, removed unless a counter notification arrives' mail",
    why="Removal depends on a condition in the future: not a statement",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(12, 15, 33, 8),
    subject="KCSC-240909-03: uploader notified",
    body=f"""
Hello,

Regarding your request KCSC-240909-03: we have notified the uploader of
{Y2}. If we do not receive a valid counter notification within 10 business
days, the video will be removed from YouTube.

Regards,
YouTube Legal Support
""",
    items={Y2: "pending"},
)

# =================================================================== ignored

case(
    name="naver-zd-receipt-korean",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER customer-centre ticket receipt (문의가 접수되었습니다)",
    why="Pure receipt: ticket number, our subject, expected answer time",
    **{"from": "noreply-cs@navercorp.com"}, name_from="NAVER 고객센터",
    date=d(3, 10, 5, 2),
    subject="[NAVER 고객센터] 문의가 접수되었습니다 (#2409-88123)",
    body="""
안녕하세요, 네이버 고객센터입니다.
고객님의 문의가 정상적으로 접수되었습니다.

문의번호: #2409-88123
제목: KCSC-240903-01 시정요구 (게시물 12건)
접수일시: 2024-09-03 10:05

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변까지 영업일 기준 3~5일이 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    items={},
)

case(
    name="x-out-of-office-reminder",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from an X employee to our reminder",
    why="Out-of-office auto-reply",
    **{"from": "dreyes@x.com"}, name_from="Daniel Reyes",
    date=d(12, 9, 0, 41),
    subject="Automatic reply: [Reminder] KCSC-240905-02 - 2 items still open",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am out of the office until Monday 16 September
with limited access to email.

For urgent legal requests, please write to legal@x.com.

Daniel
""",
    items={},
)

case(
    name="kakao-dsn-reminder-bounced",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification for our reminder, with the returned message",
    why="Bounce of our own reminder; the URLs are in the returned copy",
    **{"from": "MAILER-DAEMON@mx2.kakaocorp.com"}, name_from="Mail Delivery System",
    date=d(18, 9, 0, 7),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b530-dsn-kk"

--b530-dsn-kk
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@kakaocorp.com>: host inbound.kakaocorp.com[203.0.113.40] said:
    552 5.2.2 <report@kakaocorp.com>: Mailbox full, quota exceeded (in reply
    to RCPT TO command)

--b530-dsn-kk
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Wed, 18 Sep 2024 09:00:04 +0900 (KST)

Final-Recipient: rfc822; report@kakaocorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <report@kakaocorp.com>: Mailbox full, quota
    exceeded

--b530-dsn-kk
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@kakaocorp.com
Subject: [리마인더] KCSC-240911-05 미처리 항목 안내
Date: Wed, 18 Sep 2024 09:00:00 +0900
Message-ID: <reminder530-0911-05.1@kcsc.example>
Content-Type: text/plain; charset=us-ascii

Reminder for KCSC-240911-05. No result has been received for:
{K2}
{K3}

--b530-dsn-kk--
""",
    items={},
)

case(
    name="tg-mdn-read-receipt",
    outcome="ignored",
    classification="read_receipt",
    imitates="RFC 8098 message disposition notification ('Read:') from a Telegram staff mail client",
    why="Read receipt: says only that our request was displayed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(10, 11, 47, 19),
    subject="Read: KCSC-240910-04 - Request for removal of illegal content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b530-mdn-tg"

--b530-mdn-tg
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to abuse@telegram.org at
10.09.2024 10:00.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been
read or understood.

--b530-mdn-tg
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Thunderbird 115.14.0
Final-Recipient: rfc822;abuse@telegram.org
Original-Message-ID: <{MID["KCSC-240910-04"]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b530-mdn-tg--
""",
    items={},
)

case(
    name="reddit-freshdesk-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Freshdesk new-ticket auto-acknowledgement",
    why="Pure receipt with a ticket number",
    **{"from": "support@reddit.com"}, name_from="Reddit Support",
    date=d(12, 10, 2, 36),
    subject="Ticket Received - KCSC-240912-06 [#1193021]",
    body="""
Hi,

We've received your request and a member of our team will get back to you
shortly. Your ticket number is #1193021.

To add information to this ticket, simply reply to this email.

Reddit Support
""",
    items={},
)

case(
    name="x-jira-request-received-echo",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification echoing our request's description",
    why="Receipt that only echoes our own request text (the four URLs) with no result",
    **{"from": "jira-noreply@x.com"}, name_from="X Trust & Safety (Jira)",
    date=d(5, 10, 3, 11),
    subject="[JIRA] (TSLE-4821) KCSC-240905-02: removal request - South Korea",
    body=f"""
Your request has been received
------------------------------

TSLE-4821: KCSC-240905-02: removal request - South Korea

We'll let you know by email when there is an update.

Summary: KCSC-240905-02: removal request - South Korea
Request type: Government / law enforcement request
Description:
  The Korea Communications Standards Commission requests the removal of:
  {X1}
  {X2}
  {X3}
  {X4}

View request: https://tsle.x.com/servicedesk/customer/portal/7/TSLE-4821

This message was sent by Atlassian Jira (v9.12.4#912004-sha1:7c1e2d0)
""",
    items={},
)

case(
    name="naver-chuseok-out-of-office",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office reply ([부재중]) over the Chuseok holidays",
    why="Out-of-office auto-reply to our reminder",
    **{"from": "minjun.choi@navercorp.com"}, name_from="최민준",
    date=d(16, 9, 0, 30),
    subject="[부재중] Re: [리마인더] KCSC-240903-01",
    body="""
안녕하세요.
9월 14일(토)부터 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일부터 순차적으로 회신드리겠습니다.

급한 건은 policy@navercorp.com 으로 문의 바랍니다.

최민준 드림
""",
    items={},
)

HEADER = """# Blind set 530 (ticket systems and threads). Written by tests/corpus/blind530/make.py
# from each email's meaning, before any run of the reader. See NOTES.md."""


def encode_headers(cases):
    """Real mail carries non-ASCII display names and subjects as RFC 2047
    encoded words; do so for every display name and for every other Korean
    subject (the rest stay raw UTF-8, as SMTPUTF8 mail may send them)."""
    k = 0
    for c in cases:
        name = c.get("name_from")
        if name and not name.isascii():
            c["name_from"] = email.header.Header(name, "utf-8").encode()
        if not c["subject"].isascii():
            if k % 2 == 0:
                c["subject"] = email.header.Header(c["subject"], "utf-8").encode()
            k += 1


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind530", HEADER, CASES)


if __name__ == "__main__":
    main()
