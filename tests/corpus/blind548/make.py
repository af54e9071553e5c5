#!/usr/bin/env python3
"""Blind set 548: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail. Every email is fictional and written in our own sentences;
the expected results were written from each email's meaning alone, before
the reader was ever run on them.

    python3 tests/corpus/blind548/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind548"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240910-04",
    "KCSC-240911-05", "KCSC-240913-06", "KCSC-240918-07",
)

X = [
    "https://x.com/lucky_spin77/status/1830011122233344401",
    "https://x.com/lucky_spin77/status/1830011122233344402",
    "https://x.com/lucky_spin77/status/1830015566778899003",
    "https://x.com/jackpot_harbor/status/1829900011122233304",
    "https://x.com/jackpot_harbor/status/1829900011122233305",
    "https://x.com/jackpot_harbor",
    "https://x.com/toto_moonlight/status/1831234567890123407",
    "https://x.com/toto_moonlight/status/1831234567890123408",
    "https://x.com/golden_reel_kr/status/1828765432109876509",
    "https://x.com/golden_reel_kr/status/1828765432109876510",
    "https://x.com/betnight_official/status/1832000000000000011",
    "https://x.com/betnight_official/status/1832000000000000012",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "https://www.youtube.com/watch?v=Zr7hN1cXe5B",
    "https://www.youtube.com/watch?v=bW4sJ9uYd0C",
    "https://www.youtube.com/@pilltrader-kr",
]
D = [
    "https://discord.gg/moonpills",
    "https://discord.com/channels/1180012345678901234/1180012345678905678/1282233445566778899",
    "https://discord.gg/Xq7RtB2",
]
N = [
    "https://blog.naver.com/silverfox_82/223571234567",
    "https://blog.naver.com/silverfox_82/223571239999",
    "https://cafe.naver.com/luckyzone77/4412",
    "https://cafe.naver.com/luckyzone77/4419",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567",
]
CAFE = "%EB%B3%84%EB%B9%9B%EC%A0%95%EB%B3%B4%EB%B0%A9"  # 별빛정보방
CAFE_RAW = "별빛정보방"
K = [
    f"https://cafe.daum.net/{CAFE}/Xk3p/41",
    f"https://cafe.daum.net/{CAFE}/Xk3p/57",
    "https://nightmarket-kr.tistory.com/118",
]
K_RAW = [u.replace(CAFE, CAFE_RAW) for u in K]
T = [
    "https://t.me/quiet_pharma_kr/512",
    "https://t.me/quiet_pharma_kr/530",
]
D7 = "https://discord.gg/nightowlmarket"

REQUESTS = [
    (R1, "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X, "gambling",
     "illegal online gambling promotion, 5 accounts"),
    (R2, "youtube", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", Y, "drugs",
     'sale of "diet pills" (prescription drugs)'),
    (R3, "discord", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00", D, "drugs",
     "invites to servers selling medication"),
    (R4, "naver", "2024-09-10T14:00:00+09:00", "2024-09-13T18:00:00+09:00", N, "gambling",
     "blog, cafe and KnowledgeiN posts"),
    (R5, "kakao", "2024-09-11T15:20:00+09:00", "2024-09-19T18:00:00+09:00", K, "obscenity",
     "Daum cafe posts and a Tistory post"),
    (R6, "telegram", "2024-09-13T10:10:00+09:00", "2024-09-20T18:00:00+09:00", T, "drugs",
     "channel posts"),
    (R7, "discord", "2024-09-18T16:45:00+09:00", "2024-09-25T18:00:00+09:00", [D7], "drugs",
     "one server invite"),
]


def req_mid(ref):
    return f"req.{ref}"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def urllist(urls, indent=""):
    return "\n".join(indent + u for u in urls)


OUR_REQUEST_X = f"""Dear X Legal team,

The Korea Communications Standards Commission has found that the content
listed below promotes illegal online gambling in violation of the Act on the
Promotion of Information and Communications Network Utilization. We request
its removal (our reference {R1}).

{urllist(X)}

Please reply to this address with the action taken for each URL.

KCSC Takedown Team"""

OUR_REQUEST_D = f"""Dear Discord Trust & Safety,

Please remove the following content, which offers prescription medication for
sale without authorisation (our reference {R3}):

{urllist(D)}

Kind regards,
KCSC Takedown Team"""

ZD_TOP = "##- Please type your reply above this line -##"

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =======================

case(
    name="x-zendesk-solved-mixed",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Fri, 06 Sep 2024 19:14:22 +0900",
    subject=f"[X Support] Your request #7781204 has been solved: {R1}",
    reply_to_req=req_mid(R1),
    body=f"""{ZD_TOP}

Your request (7781204) has been solved. To reopen it, simply reply to this email.

Harriet (X Legal Support)

Sep 6, 2024, 03:14 PDT

Hello,

Thank you for contacting X about the posts listed in your letter of
3 September 2024. We reviewed the reported content against the X Rules and
the local law you cited, and took the following actions:

- {X[0]} : withheld in South Korea
- {X[1]} : withheld in South Korea
- {X[2]} : removed for violating our rules on illegal or certain regulated goods and services
- {X[5]} : account permanently suspended

We will write to you separately about the other URLs in your request.

More about country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Support

KCSC Takedown

Sep 2, 2024, 18:02 PDT

{OUR_REQUEST_X}

--------------------------------
This email is a service from X Support. [ZD-7781204-Q3K]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been solved' notification with the thread below (X legal support)",
    why="solved ticket: two posts withheld in KR, one removed, the account suspended; our own request in the thread states nothing",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[5]: "removed",
           X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-followup-over-quoted-reply",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Wed, 11 Sep 2024 10:41:09 +0900",
    subject=f"Re: [X Support] Your request #7781204 has been solved: {R1}",
    reply_to_req=req_mid(R1),
    body=f"""Hello again,

Following up on our message of 6 September about request 7781204, here is the
outcome for more of the URLs you reported.

After review we did not find these posts to be in violation of the X Rules,
and we found no legal basis to restrict them, so we will not take action on
them:
{X[8]}
{X[9]}

The following post could not be found. It may already have been deleted by
its author, or the link may be incorrect:
{X[6]}

Kind regards,
X Legal Support

On Fri, Sep 6, 2024 at 3:14 AM X Legal Support <legal-support@x.com> wrote:
{quote(f'''Hello,

Thank you for contacting X about the posts listed in your letter of
3 September 2024. We reviewed the reported content and took the following
actions:

- {X[0]} : withheld in South Korea
- {X[1]} : withheld in South Korea
- {X[2]} : removed
- {X[5]} : account permanently suspended

Regards,
X Legal Support''')}
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same X support thread, top-posted over the agent's earlier reply quoted with '>'",
    why="two posts refused with a reason, one not found; the statuses in the quoted earlier reply are not this email's statements",
    items={X[8]: "rejected", X[9]: "rejected", X[6]: "not_found",
           X[0]: "pending", X[1]: "pending", X[2]: "pending", X[5]: "pending"},
)

case(
    name="x-reminder-reply-html-table",
    **{"from": "kenji.arai@x.com"}, name_from="Kenji Arai",
    date="Thu, 12 Sep 2024 16:05:44 +0900",
    subject=f"RE: [Reminder] {R1} - removal request past its deadline",
    reply_to_req=f"rem.{R1}.1",
    type="html",
    body=f"""<html><body>
<p>Hello KCSC team,</p>
<p>Apologies for the delay. The status of the URLs in your reminder is below.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>Removed (illegal gambling policy)</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>No action &ndash; no violation found</td></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Not found</td></tr>
</table>
<p>Best,<br>Kenji Arai<br>Legal Operations, X Corp.</p>
<hr>
<p><b>From:</b> KCSC Takedown &lt;takedown@kcsc.example&gt;<br>
<b>Sent:</b> Wednesday, September 11, 2024 9:00 AM<br>
<b>To:</b> legal@x.com<br>
<b>Subject:</b> [Reminder] {R1} - removal request past its deadline</p>
<p>Our request {R1} of 3 September 2024 is past its deadline. We have no
answer yet for the following URLs:</p>
<p>{'<br>'.join([X[3], X[4], X[7], X[10], X[11]])}</p>
<p>KCSC Takedown Team</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Outlook HTML reply to our reminder with a status table above the quoted reminder",
    why="table: one removed, two withheld in KR, one refused (no violation), one not found",
    items={X[7]: "removed", X[10]: "restricted", X[11]: "restricted", X[3]: "rejected", X[4]: "not_found"},
)

CSV_X = "\r\n".join([
    "reported_url,action,reason",
    f"{X[0]},Withheld in country (KR),Local law",
    f"{X[1]},Withheld in country (KR),Local law",
    f"{X[2]},Removed,Illegal gambling policy",
    f"{X[5]},Account suspended,Illegal gambling policy",
    f'{X[6]},No action,"No violation of the X Rules, no legal basis identified"',
    f"{X[9]},Not found,",
]) + "\r\n"

case(
    name="x-csv-attachment-outcome",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Mon, 09 Sep 2024 11:20:00 +0900",
    subject=f"Outcome report - case 7781204 ({R1})",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b548_csv_01"

--=_b548_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome report for case 7781204 (your reference
{R1}). Each row gives the reported URL and the action we took.

Regards,
X Legal Support

--=_b548_csv_01
Content-Type: text/csv; charset=utf-8; name="kcsc-240903-01_outcome.csv"
Content-Disposition: attachment; filename="kcsc-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(CSV_X.encode()).decode()}
--=_b548_csv_01--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply carrying a CSV outcome report as attachment",
    why="CSV rows: two withheld in KR, one removed, account suspended, one no action (reason given), one not found",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[5]: "removed",
           X[6]: "rejected", X[9]: "not_found"},
)

case(
    name="yt-legal-removed-and-blocked",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 09:12:51 +0900",
    subject=f"Re: [7-1583000034872] {R2} Legal removal request",
    reply_to_req=req_mid(R2),
    body=f"""Hello,

Thanks for reaching out to us.

In response to your request, we have removed the following content from
YouTube:
{Y[0]}

We have blocked the following content from view on the YouTube service in
South Korea:

{Y[1]}

For the remaining items in your notice, we will follow up once our review is
complete.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (removed globally / blocked in a country), URL on the line after its statement",
    why="one video removed, one blocked in South Korea; the rest only promised",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "pending", Y[3]: "pending"},
)

YT_QP = f"""Hello again,

This is a follow-up on case 7-1583000034872 (your ref. {R2}).

The video {Y[2]} has been age-restricted: it can no longer be watched by signed-out viewers or by viewers under 18.

The channel {Y[3]} has been terminated for repeated violations of our policy on the sale of regulated goods.

Best regards,
YouTube Legal Support
"""

case(
    name="yt-qp-followup-age-restricted",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 08:03:17 +0900",
    subject=f"Re: [7-1583000034872] {R2} Legal removal request",
    reply_to_req=req_mid(R2),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube follow-up in the same case thread, quoted-printable with soft line breaks",
    why="one video age-restricted, the channel terminated",
    items={Y[2]: "restricted", Y[3]: "removed"},
)

YT_KO = f"""안녕하세요, Google 법무지원팀입니다.

방송통신심의위원회 요청({R2})에 대한 처리 결과를 알려드립니다.

1. {Y[0]}
   → 한국 내 접속 차단
2. {Y[1]}
   → 삭제
3. {Y[2]}
   → 검토 결과 커뮤니티 가이드 및 현지 법률 위반 사항이 확인되지 않아 조치하지 않았습니다.

감사합니다.
Google 법무지원팀 드림
"""

case(
    name="yt-base64-korean-numbered",
    **{"from": "legal-kr@google.com"}, name_from="Google 법무지원팀",
    date="Tue, 10 Sep 2024 14:40:00 +0900",
    subject=f"=?UTF-8?B?{base64.b64encode(f'[처리결과] {R2}'.encode()).decode()}?=",
    reply_to_req=req_mid(R2),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(YT_KO)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean legal-team reply, base64 body, numbered list with the result on the line below each URL",
    why="one video blocked in Korea, one deleted, one refused (no violation found)",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected"},
)

case(
    name="discord-zendesk-solved",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 06:55:10 +0900",
    subject=f"[Discord] Request #30211877 Solved: {R3}",
    body=f"""{ZD_TOP}

Hi there,

Thanks for your patience while our Safety team looked into the report you
submitted ({R3}).

Here's what we did:

• discord.gg/moonpills – the server this invite pointed to has been removed
  from Discord for violating our Community Guidelines.
• {D[1]}
  – the message was deleted and the author's account has been actioned.
• discord.gg/Xq7RtB2 – this invite is invalid or has expired, and we couldn't
  find any server connected to it.

If you have more information about the last link, reply to this email and
we'll take another look.

Best,
Mira
Discord Trust & Safety

This request was marked solved. Replying will reopen it.
[R8K2-PX4D]
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety (Zendesk) solved-ticket reply with bulleted results, scheme-less invite links",
    why="server behind one invite removed, message deleted, other invite invalid (not found)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

case(
    name="discord-partial-update",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 03:20:45 +0900",
    subject=f"Re: [Discord] Request #30211877: {R3}",
    body=f"""{ZD_TOP}

Hi,

Quick update on your ticket. We deleted the message you linked:
{D[1]}

The two invite links (discord.gg/moonpills and discord.gg/Xq7RtB2) are still
with our investigations team. We'll get back to you as soon as they're done.

Cheers,
Noah
Discord Trust & Safety

KCSC Takedown
Sep 9, 2024, 0:41 UTC

{OUR_REQUEST_D}
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a Zendesk thread: one item done, the others still under investigation",
    why="message deleted; both invites explicitly still under review",
    items={D[1]: "removed", D[0]: "pending", D[2]: "pending"},
)

case(
    name="discord-single-item-server-removed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 20 Sep 2024 11:02:33 +0900",
    subject=f"[Discord] Request #30299410 Solved: {R7} removal request",
    body=f"""{ZD_TOP}

Hi,

Thanks for reaching out. We've reviewed the server you reported under
{R7} and taken action: the server has been removed from Discord and its
invite no longer works.

We appreciate you helping keep Discord safe.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord solved-ticket reply naming no URL, for a one-item request",
    why="one-item request: 'the server you reported has been removed' can only mean its one item",
    items={D7: "removed"},
)

case(
    name="naver-cs-result-korean-list",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    date="Thu, 12 Sep 2024 17:30:00 +0900",
    subject=f"[NAVER 고객센터] 문의하신 내용에 대한 답변입니다 ({R4})",
    body=f"""안녕하세요. NAVER 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 {R4})에 대해 아래와 같이
조치하였음을 안내드립니다.

■ 조치 내역
- {N[0]} : 게시중단
- {N[1]} : 게시중단
- {N[2]} : 블라인드
- {N[3]} : 해당 게시물이 존재하지 않음
- {N[4]} : 삭제

그 밖에 궁금하신 사항은 고객센터(https://help.naver.com)로 문의해 주시기 바랍니다.

감사합니다.
NAVER 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer to a ticket (조치 내역 list)",
    why="게시중단 x2 and 블라인드 and 삭제 are removals; 존재하지 않음 is not_found",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "removed"},
)

case(
    name="naver-cafe-particles-fullwidth",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 운영정책",
    date="Fri, 13 Sep 2024 10:15:00 +0900",
    subject=f"RE: {R4} 카페 게시물 검토 결과",
    body=f"""안녕하세요, 네이버 카페 운영정책 담당자입니다.

요청번호 {R4} 관련하여 카페 게시물 두 건의 검토 결과를 알려드립니다.

{N[2]}（사행성 홍보글）은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.
{N[3]}에 대해서는 검토 결과 카페 운영정책 및 관련 법령 위반 사항이 확인되지 않아, 게시중단이 어렵다는 점 양해 부탁드립니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe policy reply, URLs followed by full-width brackets and Korean particles",
    why="임시조치 is restricted; the other post refused because no violation found",
    items={N[2]: "restricted", N[3]: "rejected"},
)

case(
    name="naver-reminder-reply-outlook",
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="김서연",
    date="Thu, 19 Sep 2024 11:48:02 +0900",
    subject=f"RE: [독촉] {R4} 시정요구 처리 결과 회신 요청",
    reply_to_req=f"rem.{R4}.1",
    body=f"""안녕하세요. 네이버 블로그 운영팀 김서연입니다.
회신이 늦어 죄송합니다.

아래 요청 건 중 블로그 게시물 2건은 2024.09.14 비공개 처리를 완료했습니다.
 - {N[0]}
 - {N[1]}

지식iN 게시물 {N[4]} 은 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:00 AM
To: policy@navercorp.com
Subject: [독촉] {R4} 시정요구 처리 결과 회신 요청

2024년 9월 10일 요청한 아래 게시물의 처리 결과를 회신해 주시기 바랍니다.
{urllist(N)}

방송통신심의위원회 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean top-posted reply to our reminder over an Outlook '-----Original Message-----' block",
    why="two blog posts made private (removed); KnowledgeiN post already deleted by its author (not_found)",
    items={N[0]: "removed", N[1]: "removed", N[4]: "not_found", N[2]: "pending", N[3]: "pending"},
)

case(
    name="kakao-daum-result-raw-korean-path",
    **{"from": "cs_noreply@daum.net"}, name_from="카카오 고객센터",
    date="Tue, 17 Sep 2024 15:00:00 +0900",
    subject=f"[Daum] 게시물 조치 결과 안내 ({R5})",
    body=f"""안녕하세요, 카카오 고객센터입니다.

귀 위원회의 시정요구({R5})에 따른 조치 결과를 회신드립니다.

1) {K_RAW[0]}
   조치: 게시중단
2) {K_RAW[1]}
   조치: 임시조치(30일)
3) {K[2]}
   조치: 운영자 삭제

※ 본 메일은 발신전용입니다. 문의는 고객센터(https://cs.kakao.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 게시물 조치 결과 notice with raw Korean cafe paths",
    why="게시중단 and 운영자 삭제 are removals, 임시조치 is restricted",
    items={K[0]: "removed", K[1]: "restricted", K[2]: "removed"},
)

case(
    name="kakao-html-table-result",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 18 Sep 2024 13:21:00 +0900",
    subject=f"[카카오] 시정요구 처리 결과 회신 - {R5}",
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 카카오 고객센터입니다.<br>
요청번호 {R5} 건의 처리 결과를 아래 표와 같이 회신드립니다.</p>
<table border="1">
<tr><th>No</th><th>신고 URL</th><th>처리결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{K[0]}">{K_RAW[0]}</a></td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td><a href="{K[1]}">{K_RAW[1]}</a></td><td>게시물 없음</td><td>이미 삭제된 게시물</td></tr>
<tr><td>3</td><td><a href="{K[2]}">{K[2]}</a></td><td>조치 불가</td><td>운영정책 위반 사항 없음(게시 유지)</td></tr>
</table>
<p>운영정책 안내: <a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
<p>감사합니다.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 처리 결과 HTML table from a portal",
    why="삭제 (removed), 게시물 없음 (not_found), 조치 불가 with reason 위반 없음 (rejected); policy link is no item",
    items={K[0]: "removed", K[1]: "not_found", K[2]: "rejected"},
)

case(
    name="telegram-abuse-removed-and-missing",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 22:10:00 +0900",
    subject=f"Re: {R6} Illegal drug sales on Telegram",
    reply_to_req=req_mid(R6),
    body=f"""Hello,

Thank you for your report.

We have reviewed the channel. The post {T[0]} was taken down for violating
Telegram's Terms of Service.

We could not locate {T[1]} - there is no message with this number in the
channel.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply to a report",
    why="one post taken down, the other cannot be located",
    items={T[0]: "removed", T[1]: "not_found"},
)

case(
    name="telegram-dsa-restricted-kr",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Wed, 18 Sep 2024 19:45:12 +0900",
    subject=f"Case #48201977 - {R6}",
    body=f"""Hi,

Regarding Case #48201977 (your reference {R6}): following a review under
applicable local law, the posts below have been restricted and are no longer
accessible to users in the Republic of Korea.

t.me/quiet_pharma_kr/512
t.me/quiet_pharma_kr/530

They remain available in other regions.

Telegram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram case-numbered reply: content restricted in one country",
    why="both posts restricted in Korea only",
    items={T[0]: "restricted", T[1]: "restricted"},
)

case(
    name="x-freshdesk-resolved-status-lines",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal Helpdesk",
    date="Sat, 14 Sep 2024 02:33:00 +0900",
    subject=f"Ticket #48213 - {R1} has been resolved",
    body=f"""Dear KCSC,

Your ticket has been resolved. Summary from the agent:

{X[6]}
Status: Removed

{X[7]}
Status: Withheld in South Korea

{X[8]}
Status: No violation found - content remains available

If you believe this ticket has not been resolved, reply to this email to
reopen it.

Ticket: #48213 | Priority: Medium | Group: Legal - APAC
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket has been resolved' notification, bare URL with status on the next line",
    why="removed, withheld in KR, no violation (stays up)",
    items={X[6]: "removed", X[7]: "restricted", X[8]: "rejected"},
)

case(
    name="x-angle-bracket-urls",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Tue, 10 Sep 2024 08:30:00 +0900",
    subject=f"Re: {R1}",
    reply_to_req=req_mid(R1),
    body=f"""Hi,

Re your ref {R1}: we have removed <{X[9]}> and
<{X[10]}>. Both violated our rules on gambling content.

We reviewed <{X[11]}> and declined to take action, since it contains no
gambling link or offer and does not violate the X Rules.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="short agent reply with URLs in angle brackets inside prose",
    why="two posts removed in one sentence, one declined with a reason",
    items={X[9]: "removed", X[10]: "removed", X[11]: "rejected"},
)

case(
    name="yt-helpscout-thread-terminated",
    **{"from": "yt-escalations@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Wed, 11 Sep 2024 19:02:40 +0900",
    subject=f"Re: {R2} [#3312]",
    body=f"""----------------------------------------------------------------------
Reply above this line.

Daniel Ortiz replied to conversation #3312

Hi KCSC team,

The channel {Y[3]} has now been terminated and all of its
videos are no longer available on YouTube.

Thanks,
Daniel

----------------------------------------------------------------------

Daniel Ortiz, Sep 9, 2024 7:02 AM UTC

Hi, thanks - we've passed the channel on to the policy team and will come
back to you with the outcome.

----------------------------------------------------------------------

KCSC Takedown, Sep 5, 2024 2:31 AM UTC

Please remove the following content ({R2}):
{urllist(Y)}

KCSC Takedown Team
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style conversation notification with the thread history below",
    why="the channel terminated; the videos are not said to be the channel's, and the older thread messages only promise or ask",
    items={Y[3]: "removed", Y[0]: "pending", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="discord-jira-servicedesk-done",
    **{"from": "jira@discord.com"}, name_from="Discord T&S (Jira)",
    date="Sat, 14 Sep 2024 04:12:00 +0900",
    subject=f"[JIRA] (TNS-4821) {R3} - invite links selling medication",
    body=f"""Ana Kowalski resolved TNS-4821 as Done.
----------------------------------------------------------------------
Status: In Progress -> Done
Resolution: Done

Ana Kowalski commented:

Hello KCSC,

discord.gg/moonpills - we deleted the server behind this invite and banned its
owner.
discord.gg/Xq7RtB2 - we were unable to find any server for this invite code;
it does not exist.

The message link in your request was handled separately, see our earlier
reply.

----------------------------------------------------------------------
View request: https://support-tns.discord.com/servicedesk/customer/portal/4/TNS-4821
Turn off this request's notifications
This message was sent by Atlassian Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with the agent's comment",
    why="server behind one invite deleted, other invite does not exist; the service-desk link is no item",
    items={D[0]: "removed", D[2]: "not_found", D[1]: "pending"},
)

case(
    name="naver-partial-rest-under-review",
    **{"from": "cafe_help@naver.com"}, name_from="NAVER 카페 고객센터",
    date="Fri, 13 Sep 2024 09:05:00 +0900",
    subject=f"[NAVER] {R4} 처리 현황 안내",
    body=f"""안녕하세요. NAVER 카페 고객센터입니다.

요청번호 {R4} 중 카페 게시물 2건은 블라인드 처리를 완료하였습니다.
- {N[2]}
- {N[3]}

나머지 블로그 및 지식iN 게시물 3건은 담당 부서에서 검토 중이며, 결과가
나오는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER partial answer: two done, the rest under review",
    why="two cafe posts blinded (removed); the other three only described and still under review",
    items={N[2]: "removed", N[3]: "removed", N[0]: "pending", N[1]: "pending", N[4]: "pending"},
)

case(
    name="x-ack-with-statements",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Thu, 05 Sep 2024 12:00:00 +0900",
    subject=f"We received your report - {R1} [ref:7781204]",
    body=f"""Hello,

We received your report and opened case 7781204. We have already reviewed part
of it:

{X[3]} — removed
{X[4]} — withheld in South Korea

We are still reviewing the other URLs and will reply in this thread.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that already carries first results",
    why="an acknowledgement phrase plus two unhedged item statements is not a pure acknowledgement",
    items={X[3]: "removed", X[4]: "restricted"},
)

case(
    name="telegram-numbered-deleted",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 13:13:00 +0900",
    subject=f"Re: {R6}",
    reply_to_req=req_mid(R6),
    body=f"""Hello,

Results for your request {R6}:

1) t.me/quiet_pharma_kr/512 - deleted
2) t.me/quiet_pharma_kr/530 - deleted

The channel itself remains under review.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="terse abuse-desk numbered list with scheme-less t.me links",
    why="both posts deleted; the channel is not a requested item",
    items={T[0]: "removed", T[1]: "removed"},
)

KAKAO_QP = f"""안녕하세요. 카카오 고객센터입니다.

문의번호 #2024091800123 / 요청번호 {R5}

- {K[1]} : 게시중단 처리 완료
- {K[2]} : 비공개 처리 완료 (게시자에게 통보됨)

감사합니다.
"""

case(
    name="kakao-qp-korean-encoded-url",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 19 Sep 2024 10:30:00 +0900",
    subject=f"=?UTF-8?Q?{R5}_=EC=B2=98=EB=A6=AC_=EA=B2=B0=EA=B3=BC?=",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(KAKAO_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao ticket answer in quoted-printable Korean, percent-encoded cafe URL",
    why="게시중단 and 비공개 처리 are both removals",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="x-gmail-reply-over-request",
    **{"from": "r.obi@x.com"}, name_from="Rachel Obi",
    date="Sun, 15 Sep 2024 07:58:00 +0900",
    subject=f"Re: {R1} Request for removal of illegal gambling content",
    reply_to_req=req_mid(R1),
    body=f"""Hi,

Updates on two more URLs from your list:

- {X[5]} : suspended for violating our rules on illegal gambling.
- {X[8]} : removed.

We still need to look at {X[9]} together with our legal team and will let
you know.

Rachel
X Legal

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(OUR_REQUEST_X)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply over our quoted request",
    why="account suspended, one post removed, a third only promised",
    items={X[5]: "removed", X[8]: "removed", X[9]: "pending"},
)

# ======================= REVIEW =======================

case(
    name="x-escalated-will-remove",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Thu, 12 Sep 2024 09:00:00 +0900",
    subject=f"Re: [Reminder] {R1} - removal request past its deadline",
    reply_to_req=f"rem.{R1}.1",
    body=f"""Hello,

Thank you for following up on {R1}. Your report has been escalated to our
specialist team.

Once their review is complete, the posts below will be removed or withheld as
appropriate:
{X[0]}
{X[1]}

We expect to reply within 5 business days.

X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="reply to our reminder that only escalates and promises",
    why="'will be removed or withheld as appropriate' is a promise, not a statement",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-appears-taken-down",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 18:20:00 +0900",
    subject=f"Re: {R2}",
    reply_to_req=req_mid(R2),
    body=f"""Hi,

Re: {R2}. When we checked the following videos they appear to have been
taken down by the uploader, though we are still confirming this with our
systems:

{Y[0]}
{Y[1]}

We'll confirm once our check is complete.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="interim reply with a hedge ('appear to have been')",
    why="hedged and explicitly unconfirmed: no statement",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="naver-all-five-done-bulk",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    date="Fri, 13 Sep 2024 16:40:00 +0900",
    subject=f"[NAVER 고객센터] {R4} 처리 완료 안내",
    body=f"""안녕하세요. NAVER 고객센터입니다.

요청번호 {R4}로 요청하신 게시물 5건에 대하여 모두 게시중단 조치를
완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 'all n items done' answer without listing URLs",
    why="one statement covers five items without naming any",
    items={u: "pending" for u in N},
)

case(
    name="x-zendesk-solved-all-actioned",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Sat, 21 Sep 2024 05:30:00 +0900",
    subject=f"[X Support] Your request #7781204 has been solved: {R1}",
    body=f"""{ZD_TOP}

Your request (7781204) has been solved. To reopen it, simply reply to this email.

Harriet (X Legal Support)

Sep 20, 2024, 13:30 PDT

Hello,

We have now completed our review and have taken action on all of the content
reported in your request {R1}.

Regards,
X Legal Support

--------------------------------
This email is a service from X Support. [ZD-7781204-Q3K]
""",
    outcome="review", review="bulk",
    imitates="Zendesk solved notification with a blanket 'action taken on all content'",
    why="a statement about all twelve items naming none of them",
    items={u: "pending" for u in X},
)

case(
    name="discord-auth-fail",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    auth="fail",
    date="Thu, 12 Sep 2024 23:59:00 +0900",
    subject=f"[Discord] Request #30211877 Solved: {R3}",
    body=f"""{ZD_TOP}

Hi there,

We removed the server behind discord.gg/moonpills and deleted the message
{D[1]}.

Best,
Discord Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="Discord solved-ticket reply whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="discord-via-zendesk-domain",
    **{"from": "support@discordsafety.zendesk.com"}, name_from="Discord Safety",
    date="Fri, 13 Sep 2024 01:10:00 +0900",
    subject=f"[Discord Safety] Request #30211877: {R3}",
    body=f"""{ZD_TOP}

Hi,

The server behind discord.gg/moonpills has been removed from Discord.

Discord Safety
""",
    outcome="review", review="unknown_sender",
    imitates="ticket reply sent from the helpdesk vendor's own domain instead of the platform's",
    why="zendesk.com is not a configured sender of any platform",
    items={D[0]: "pending"},
)

case(
    name="kakao-answers-naver-request",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 11:00:00 +0900",
    subject=f"RE: {R4} 게시물 조치 요청",
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 아래 게시물은 확인 결과 존재하지 않는 게시물입니다.
- {N[2]}
- {N[3]}

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal agent answering a request meant for another portal",
    why="Kakao states statuses for NAVER's items",
    items={N[2]: "pending", N[3]: "pending"},
)

case(
    name="yt-needs-more-information",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject=f"Re: [7-1583000034872] {R2} - additional information needed",
    body=f"""Hello,

To process your request for {Y[2]}, we need additional information. Please
reply with the timestamps in the video where the reported content appears, and
the specific provision of Korean law the content violates.

We cannot proceed with this item until we receive the information above.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal 'we need more information' reply",
    why="asks for timestamps and legal basis before acting",
    items={Y[2]: "pending"},
)

case(
    name="naver-forwarded-team-answer",
    **{"from": "jh.lee@navercorp.com"}, name_from="이정훈",
    date="Mon, 16 Sep 2024 14:22:00 +0900",
    subject=f"Fwd: {R4} 카페 게시물 조치 결과",
    body=f"""안녕하세요, 위원회 담당자님.
카페운영팀 회신 내용 아래와 같이 전달드립니다.

---------- Forwarded message ---------
From: 카페운영팀 <cafe-ops@navercorp.com>
Date: 2024년 9월 13일 (금) 오후 5:10
Subject: {R4} 카페 게시물 조치 결과
To: 고객센터 <help@navercorp.com>

아래 게시물 블라인드 처리 완료했습니다.
{N[2]}
{N[3]}
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding an internal team's answer (Gmail-style forward)",
    why="the statements sit in a forwarded message; a person should confirm them",
    items={N[2]: "pending", N[3]: "pending"},
)

case(
    name="x-conflicting-template",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Mon, 16 Sep 2024 12:12:00 +0900",
    subject=f"Re: {R1}",
    body=f"""Hello,

Regarding {X[6]} from your request {R1}:

Action taken: Content removed

Our review found that this post does not violate the X Rules, and no action
has been taken on it.

X Legal Support
""",
    outcome="review", review="conflicting_statements",
    imitates="agent reply with a template field left contradicting the prose",
    why="'Content removed' and 'no action has been taken' about the same post",
    items={X[6]: "pending"},
)

case(
    name="discord-csat-survey",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 06:00:00 +0900",
    subject="How would you rate the support you received?",
    body="""Hi,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied: https://support.discord.com/requests/30211877/satisfaction/new/good
Bad, I'm unsatisfied: https://support.discord.com/requests/30211877/satisfaction/new/bad

Here's a reminder of what your request #30211877 was about:
"Removal request - invite links selling medication"

Discord Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey after a solved ticket",
    why="trusted platform mail naming no requested item nor our reference (ticket number unknown on a fresh ledger)",
    items={},
)

case(
    name="discord-ticket-on-hold",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 20:00:00 +0900",
    subject=f"[Discord] Request #30211877 on hold: {R3}",
    body=f"""{ZD_TOP}

Hi,

Your request has been placed on hold while we consult another team about
discord.gg/moonpills and discord.gg/Xq7RtB2. No action is needed from you
right now.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Zendesk status-change notification (on hold) naming items",
    why="names two items, says nothing about their status",
    items={D[0]: "pending", D[2]: "pending"},
)

# ======================= IGNORED =======================

case(
    name="x-zendesk-request-received",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Tue, 03 Sep 2024 10:02:30 +0900",
    subject=f"[X Support] Request received: {R1} removal request",
    reply_to_req=req_mid(R1),
    body=f"""{ZD_TOP}

Your request (7781204) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

KCSC Takedown

Sep 2, 2024, 18:02 PDT

{OUR_REQUEST_X}

--------------------------------
This email is a service from X Support. [ZD-7781204-Q3K]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement echoing the submitted request",
    why="pure receipt; the echoed request states no status",
    items={},
)

case(
    name="naver-receipt-korean",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    date="Tue, 10 Sep 2024 14:05:00 +0900",
    subject=f"[NAVER 고객센터] 문의가 정상적으로 접수되었습니다 ({R4})",
    body="""안녕하세요. NAVER 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2024091012345678
접수일시: 2024.09.10 14:04

접수된 순서대로 확인하여 답변드리겠습니다. 답변은 메일로 발송됩니다.

※ 본 메일은 발신전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre 접수 완료 receipt",
    why="receipt with a ticket number, nothing about items",
    items={},
)

case(
    name="yt-out-of-office",
    **{"from": "mjpark@google.com"}, name_from="Min-ji Park",
    date="Fri, 06 Sep 2024 08:00:05 +0900",
    subject=f"Automatic reply: {R2} Legal removal request",
    reply_to_req=req_mid(R2),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""I am out of the office until 23 September with limited access to email.

For legal removal requests please use the webform at
https://support.google.com/legal/answer/3110420 so that the team can pick
them up.

Min-ji
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office automatic reply",
    why="auto-reply",
    items={},
)

case(
    name="naver-ooo-chuseok",
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="김서연",
    date="Tue, 17 Sep 2024 09:00:40 +0900",
    subject=f"[자동회신] 부재중 안내: [독촉] {R4} 시정요구 처리 결과 회신 요청",
    reply_to_req=f"rem.{R4}.1",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 김서연입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
복귀 후 확인하여 회신드리겠습니다. 급한 건은 policy@navercorp.com 으로 보내주세요.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신 to our reminder",
    why="auto-reply",
    items={},
)

case(
    name="discord-reminder-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Tue, 17 Sep 2024 09:01:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_b548_dsn"

--=_b548_dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@discord.com>: host mx.discord.example[203.0.113.25] said: 550 5.1.1
    <legal@discord.com>: Recipient address rejected: mailbox unavailable

--=_b548_dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 17 Sep 2024 09:01:10 +0900

Final-Recipient: rfc822; legal@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected

--=_b548_dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@discord.com
Subject: [Reminder] {R3} - removal request past its deadline
Message-ID: <rem.{R3}.1@kcsc.example>
Date: Tue, 17 Sep 2024 09:01:00 +0900

--=_b548_dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our reminder",
    why="delivery failure report",
    items={},
)

case(
    name="kakao-read-receipt",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 16:02:00 +0900",
    subject=f"=?UTF-8?B?{base64.b64encode(f'읽음 확인: [시정요구] {R5}'.encode()).decode()}?=",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b548_mdn"

--=_b548_mdn
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

보낸 메일이 수신자에게 읽혔습니다.
제목: [시정요구] {R5}

--=_b548_mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com
Final-Recipient: rfc822; cs@kakaocorp.com
Original-Message-ID: <{req_mid(R5)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b548_mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt for our request",
    why="read receipt",
    items={},
)

case(
    name="discord-jira-request-created",
    **{"from": "jira@discord.com"}, name_from="Discord T&S (Jira)",
    date="Mon, 09 Sep 2024 09:45:00 +0900",
    subject=f"[JIRA] (TNS-4821) {R3} - invite links selling medication",
    body=f"""Reply above this line.

Your request TNS-4821 has been received. We'll let you know when there's an
update.

Request type: Law enforcement / regulator report
Status: Waiting for support

Description:
{OUR_REQUEST_D}

View request: https://support-tns.discord.com/servicedesk/customer/portal/4/TNS-4821
Turn off this request's notifications
This message was sent by Atlassian Jira Service Management
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request created' customer notification echoing the description",
    why="pure receipt with a request key; the echoed description states nothing",
    items={},
)

HEADER = f"""# Blind set 548: ticket systems and threads (receipts then results,
# solved tickets, follow-ups in one thread, replies to reminders, partial
# answers, forwarded mail). Written from each email's meaning before any run.
# Generated by make.py; do not edit by hand. {len(CASES)} cases."""


def encode_names():
    """Real mailers send non-ASCII display names as RFC 2047 encoded-words."""
    for c in CASES:
        name = c.get("name_from")
        if name and not name.isascii():
            c["name_from"] = Header(name, "utf-8").encode()


def main():
    encode_names()
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
