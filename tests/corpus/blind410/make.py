#!/usr/bin/env python3
"""Blind set 410: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail, from X, Telegram, YouTube, NAVER, Kakao (Daum/Tistory) and
Discord. Every email is fictional and written for this set; the expected
result of each case was written from the email's meaning alone, before the
reader was ever run on it.

    python3 tests/corpus/blind410/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
KO_PATH = "이번-주-자료-공유"
K1_RAW = "https://lunar-tide.tistory.com/entry/" + KO_PATH
K1 = "https://lunar-tide.tistory.com/entry/" + quote(KO_PATH)

X = [
    "https://x.com/velvetcasino77/status/1830412233445566701",
    "https://x.com/velvetcasino77/status/1830412233445566702",
    "https://x.com/velvetcasino77/status/1830419988776655443",
    "https://x.com/bet_harbor_kr/status/1830501122334455667",
    "https://x.com/bet_harbor_kr/status/1830501122334455668",
    "https://x.com/bet_harbor_kr/status/1830523344556677889",
    "https://x.com/jackpotlane_/status/1830600011122233344",
    "https://x.com/jackpotlane_/status/1830600011122233355",
    "https://x.com/jackpotlane_/status/1830612345678901234",
    "https://x.com/toto_signal9/status/1830700099988877766",
    "https://x.com/toto_signal9/status/1830700099988877777",
    "https://x.com/toto_signal9/status/1830711122233344455",
    "https://x.com/lucky_ferry_bet/status/1830805566778899001",
    "https://x.com/lucky_ferry_bet",
]
X = [None] + X  # X[1] .. X[14]
T = [None,
     "https://t.me/frostline_market/1182",
     "https://t.me/frostline_market/1190",
     "https://t.me/cobalt_pharm_kr/45",
     "https://t.me/cobalt_pharm_kr/52"]
Y = [None,
     "https://www.youtube.com/watch?v=pQ4nV8sLx2A",
     "https://www.youtube.com/watch?v=Hk7wR2mZc9E",
     "https://www.youtube.com/shorts/Tz3bN6qLw1Y"]
N = [None,
     "https://blog.naver.com/silverbrook_22/223567801234",
     "https://blog.naver.com/silverbrook_22/223567809876",
     "https://cafe.naver.com/quietorchard/88412",
     "https://cafe.naver.com/quietorchard/88430",
     "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1117&docId=472233118"]
K = [None, K1,
     "https://lunar-tide.tistory.com/57",
     "https://cafe.daum.net/greyfinch/Kx8p/231"]
D = [None,
     "https://discord.com/channels/1142055500000000001/1142055500000000077/1281990000000000123",
     "https://discord.gg/hF3kPz9W"]
S1 = "https://t.me/nightmarket_kr/3310"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     X[1:], "illegal-gambling", "gambling promotion accounts, 14 posts/accounts"),
    ("KCSC-240903-02", "telegram", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00",
     T[1:], "drug-trade", "drug sale channels"),
    ("KCSC-240904-03", "youtube", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00",
     Y[1:], "defamation", "videos and a Short"),
    ("KCSC-240905-04", "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     N[1:], "obscene", "blog, cafe and Knowledge iN posts"),
    ("KCSC-240906-05", "kakao", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00",
     K[1:], "obscene", "Tistory entries and a Daum cafe post"),
    ("KCSC-240909-06", "discord", "2024-09-09T16:20:00+09:00", "2024-09-16T23:59:59+09:00",
     D[1:], "deepfake-sexual-abuse", "message link and server invite"),
    ("KCSC-240910-07", "telegram", "2024-09-10T09:30:00+09:00", "2024-09-17T23:59:59+09:00",
     [S1], "drug-trade", "one channel post"),
]


def mid(ref):
    return f"request.{ref}.1@kcsc.example"


def req_id(ref):
    """The value for corpuslib's reply_to_req (it appends @kcsc.example)."""
    return f"request.{ref}.1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64_bytes(data):
    raw = base64.b64encode(data).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================
# APPLIED
# ======================================================================

case(
    name="x-zendesk-solved-numbered-list",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification from a platform's legal-request desk, numbered per-URL outcomes",
    why="trusted x.com ticket solving the first five posts: two removed, two withheld in Korea, one refused with its reason",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 05 Sep 2024 08:41:17 +0000",
    subject="[X Support] Case 0912345: KCSC-240902-01 - your request has been solved",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""{ZD_LINE}

Your request (0912345) has been solved. To reopen it, simply reply to this email.

----------------------------------------------

Daniel (X Safety)

Sep 5, 2024, 08:41 UTC

Hello,

Thank you for your report, reference KCSC-240902-01. We have reviewed the
first five items of your request and taken the following actions:

1. {X[1]} - removed for violating our rules on the promotion of illegal gambling.
2. {X[2]} - removed for the same reason.
3. {X[3]} - withheld in South Korea in response to your legal demand.
4. {X[4]} - withheld in South Korea.
5. {X[5]} - reviewed; we found no violation of the X Rules or of Korean law in this post, so we are not taking action on it.

The remaining items of your request are being handled by a colleague and
you will hear from us separately.

Information about how we handle legal requests is available at
https://help.x.com/en/rules-and-policies/legal-requests-kr

Kind regards,
Daniel
X Safety

----------------------------------------------
This email is a service from X Support.
[ZD8K2P-4QW1]
""",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "restricted", X[5]: "rejected"},
)

case(
    name="x-followup-same-ticket-quoted-history",
    outcome="applied", classification="confirmation",
    imitates="Zendesk ticket update: newest agent comment on top, previous comment of the same ticket quoted with '>'",
    why="new comment states four further posts (removed, not found, withheld, removed); the quoted earlier comment is not re-read",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Mon, 09 Sep 2024 06:12:40 +0000",
    subject="Re: [X Support] Case 0912345: KCSC-240902-01 - update",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""{ZD_LINE}

Your request (0912345) has been updated. Add a reply by replying to this email.

Daniel (X Safety), Sep 9, 2024, 06:12 UTC

Hi again,

Following up on the rest of case 0912345:

- {X[6]}: removed.
- {X[7]}: we could not locate this post; the link does not resolve to any content on X.
- {X[8]}: withheld in South Korea.
- {X[9]}: removed for violating our illegal gambling policy.

We will write again once the last five items have been reviewed.

Daniel
X Safety

Daniel (X Safety), Sep 5, 2024, 08:41 UTC wrote:
> Thank you for your report, reference KCSC-240902-01. We have reviewed the
> first five items of your request and taken the following actions:
>
> 1. {X[1]} - removed for violating our rules on the promotion of illegal gambling.
> 2. {X[2]} - removed for the same reason.
> 3. {X[3]} - withheld in South Korea in response to your legal demand.
""",
    items={X[6]: "removed", X[7]: "not_found", X[8]: "restricted", X[9]: "removed",
           X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-jira-done-html-table",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'status changed to Done' notification with an HTML outcome table in the agent's comment",
    why="HTML table: two removed, one not found, one withheld in KR, the account suspended",
    **{"from": "jira@x.com"}, name_from="X Legal Operations (Jira)",
    date="Wed, 11 Sep 2024 02:05:09 +0000",
    subject="[JIRA] (LGL-KR-3318) KCSC-240902-01 government request - status changed to Done",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>Hana Seo</b> changed the status of <a href="https://jira.x.com/browse/LGL-KR-3318">LGL-KR-3318</a> from <i>In Progress</i> to <b>Done</b>.</p>
<p>Resolution: Done<br>Reference: KCSC-240902-01</p>
<p>Comment by Hana Seo:</p>
<p>Hello KCSC team, the last batch of your request has been processed. Outcome per item:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action taken</th><th>Notes</th></tr>
<tr><td>10</td><td>{X[10]}</td><td>Removed</td><td>Illegal gambling promotion</td></tr>
<tr><td>11</td><td>{X[11]}</td><td>Removed</td><td>Illegal gambling promotion</td></tr>
<tr><td>12</td><td>{X[12]}</td><td>Not found</td><td>The post does not exist</td></tr>
<tr><td>13</td><td>{X[13]}</td><td>Withheld in KR</td><td>Country-withheld under local law</td></tr>
<tr><td>14</td><td><a href="{X[14]}">{X[14]}</a></td><td>Account suspended</td><td>Permanently suspended, all posts unavailable</td></tr>
</table>
<p>Regards,<br>Hana</p>
<hr>
<p style="color:#777;font-size:11px">You are receiving this because you are a participant on LGL-KR-3318. Reply to this email to add a comment.</p>
</body></html>""",
    items={X[10]: "removed", X[11]: "removed", X[12]: "not_found", X[13]: "restricted", X[14]: "removed"},
)

X_CSV_ROWS = [
    (X[1], "content_removed", "global", "illegal gambling promotion", "removed"),
    (X[2], "content_removed", "global", "illegal gambling promotion", "removed"),
    (X[3], "withheld", "KR", "local law", "restricted"),
    (X[4], "withheld", "KR", "local law", "restricted"),
    (X[5], "no_action", "", "no violation of X Rules or local law found", "rejected"),
    (X[6], "content_removed", "global", "illegal gambling promotion", "removed"),
    (X[7], "not_found", "", "post does not exist", "not_found"),
    (X[8], "withheld", "KR", "local law", "restricted"),
    (X[9], "content_removed", "global", "illegal gambling promotion", "removed"),
    (X[10], "content_removed", "global", "illegal gambling promotion", "removed"),
    (X[11], "content_removed", "global", "illegal gambling promotion", "removed"),
    (X[12], "not_found", "", "post does not exist", "not_found"),
    (X[13], "withheld", "KR", "local law", "restricted"),
    (X[14], "account_suspended", "global", "account permanently suspended", "removed"),
]
_csv = "reported_url,decision,scope,notes\r\n" + "".join(
    f"{u},{d},{s},{n}\r\n" for u, d, s, n, _ in X_CSV_ROWS)
case(
    name="x-freshdesk-csv-all-items",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply closing a ticket with a CSV export of per-URL decisions attached",
    why="CSV attachment gives a decision for each of the 14 items of the largest request",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Fri, 13 Sep 2024 04:30:00 +0000",
    subject="[#51207] KCSC-240902-01 - final outcome",
    reply_to_req=req_id("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fd-51207-b1"

--fd-51207-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Ticket #51207 has been closed. The attached file lists the decision we took
on every URL of your request KCSC-240902-01 (one row per URL; "scope" KR
means the post is withheld in South Korea only).

If anything is unclear, reply to this email and the ticket will reopen.

Best regards,
Jonas
X Legal Support

--fd-51207-b1
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64_bytes(_csv.encode("utf-8"))}
--fd-51207-b1--
""",
    items={u: st for u, _, _, _, st in X_CSV_ROWS},
)

case(
    name="tg-reply-to-reminder-outlook",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk answer to a regulator's overdue reminder, Outlook 'Original Message' quote below, bare URL with the outcome on the next line",
    why="each URL followed by its outcome: two blocked, one not found, one left up with a reason; the quoted reminder is ignored",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 07:55:02 +0000",
    subject="RE: Reminder: KCSC-240903-02 - response overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-02.1@kcsc.example>"],
    body=f"""Hello,

Apologies for the delay. Here is the outcome for the items of your request:

{T[1]}
Blocked.

{T[2]}
Blocked.

{T[3]}
We could not find this message. The channel has no post with this number.

{T[4]}
Reviewed. It does not violate Telegram's Terms of Service and remains available.

--
Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: dsa@telegram.org
Subject: Reminder: KCSC-240903-02 - response overdue

Dear Telegram,

Our request KCSC-240903-02 of 3 September 2024 is still without an answer
for the following items:

{T[1]}
{T[2]}
{T[3]}
{T[4]}

Please tell us what action was taken on each of them.

KCSC Takedown Desk
""",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found", T[4]: "rejected"},
)

case(
    name="tg-thread-reply-one-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="short agent reply in the thread of a one-item request, Gmail-style quote of the request below",
    why="threaded reply to the one-item request KCSC-240910-07 says the reported message was removed; the URL appears only in the quote",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Wed, 11 Sep 2024 13:20:44 +0000",
    subject="Re: Removal request KCSC-240910-07",
    reply_to_req=req_id("KCSC-240910-07"),
    body=f"""Hi,

The message you reported has been removed and the channel's admins have been
warned.

Regards,
Telegram Support

On Tue, 10 Sep 2024 at 09:30, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Under request KCSC-240910-07 we ask you to remove the following post,
> which offers narcotics for sale:
>
> {S1}
>
> KCSC Takedown Desk
""",
    items={S1: "removed"},
)

case(
    name="yt-legal-case-outcome-below-url",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support case reply ('Thank you for contacting YouTube'), URL then 'Outcome:' line",
    why="three URLs each followed by an outcome line: blocked in KR, removed, no action with reason",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 02:14:33 +0000",
    subject="Re: [4-7761003000621] KCSC-240904-03 legal removal request",
    reply_to_req=req_id("KCSC-240904-03"),
    body=f"""Hello,

Thank you for contacting YouTube. Following our review of your request
(reference KCSC-240904-03), we have taken the following action:

{Y[1]}
Outcome: Blocked from view in South Korea, based on local law.

{Y[2]}
Outcome: Removed globally for violating YouTube's Community Guidelines.

{Y[3]}
Outcome: No action taken. We reviewed this Short and found that it violates
neither our policies nor local law.

If you have further questions, reply to this email and keep the case number
[4-7761003000621] in the subject line.

Regards,
The YouTube Legal Support Team
""",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-qp-short-age-restricted",
    outcome="applied", classification="confirmation",
    imitates="YouTube case update in quoted-printable, age restriction applied to a Short",
    why="quoted-printable body: the Short was age-restricted (restricted)",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 05:02:10 +0000",
    subject="YouTube Legal Support - update on case [4-7761003000621]",
    reply_to_req=req_id("KCSC-240904-03"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요 / Hello,

Thank you for your patience with case [4-7761003000621] (your reference KCSC-240904-03).

We have age-restricted the following Short under our Community Guidelines: {Y[3]}

The Short can no longer be watched by signed-out viewers or by viewers under 18, in every country.

We are still reviewing the other videos of your request and will write again once we have reached a decision.

— The YouTube Legal Support Team
"""),
    items={Y[3]: "restricted"},
)

case(
    name="naver-cs-answer-korean-arrows",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 '문의하신 내용에 대한 답변' with per-URL ■ bullets and → outcome lines",
    why="게시중단 (removed), 임시조치 (restricted), 삭제 완료 (removed) for three URLs; rest promised later",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 09:10:00 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 2409-771203)",
    reply_to_req=req_id("KCSC-240905-04"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240905-04 건에 대하여 아래와 같이
조치하였음을 안내드립니다.

■ {N[1]}
  → 게시중단 조치 완료

■ {N[2]}
  → 임시조치(30일) 적용

■ {N[3]}
  → 삭제 완료

나머지 게시물은 확인 후 별도로 안내드리겠습니다.

감사합니다.

※ 본 메일은 발신 전용입니다. 추가 문의는 네이버 고객센터
(https://help.naver.com/support/contents/ask.help)를 이용해 주세요.
""",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed"},
)

case(
    name="naver-corrective-result-html-table",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (연번/URL/조치결과/비고) sent as HTML by a portal's policy team",
    why="table of five: 삭제, 삭제, 접속차단 (restricted), 게시물 없음 (not_found), 미조치 with no-violation reason (rejected)",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 16:45:00 +0900",
    subject="[회신] 시정요구 조치결과 통보 (KCSC-240905-04)",
    type="html",
    body=f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240905-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>9/10 조치</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td><td>9/10 조치</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>접속차단</td><td>국내 접속 제한</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>-</td><td>해당 게시물 없음</td></tr>
<tr><td>5</td><td>{N[5].replace("&", "&amp;")}</td><td>미조치</td><td>운영정책 위반 사항이 확인되지 않아 게시 유지</td></tr>
</tbody></table>
<p>NAVER 정책지원팀 드림</p>
</body></html>""",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"},
)

case(
    name="kakao-base64-korean-raw-path",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 게시물 조치 결과 안내, base64 UTF-8 body, Tistory URL with a raw Korean path followed by a particle",
    why="base64 Korean: 게시중단 (removed), 블라인드 (removed), already deleted by its author (not_found)",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 11:00:00 +0900",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240906-05)",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240906-05)에 대한 처리 결과를 알려드립니다.

1) {K1_RAW} 은 게시중단 처리되었습니다.
2) {K[2]} : 블라인드 처리 완료
3) {K[3]} - 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
카카오 고객센터 드림
"""),
    items={K[1]: "removed", K[2]: "removed", K[3]: "not_found"},
)

case(
    name="discord-helpscout-bullets",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style conversation reply from a trust & safety team, bulleted actions",
    why="message deleted; server behind the invite removed from the platform: both removed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 18:33:21 +0000",
    subject="Re: Your report [#48210] KCSC-240909-06",
    reply_to_req=req_id("KCSC-240909-06"),
    body=f"""Hi KCSC team,

Thanks for flagging this. We've reviewed the content you reported and taken
action:

  * The message at {D[1]} has been deleted and the account that posted it has
    been actioned.
  * The server behind the invite {D[2]} has been removed from Discord, so the
    invite no longer leads anywhere.

Let us know if you come across anything else.

Mara
Discord Trust & Safety

--
Conversation #48210 · reply above this line to continue the conversation
""",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="x-partial-answer-one-still-reviewed",
    outcome="applied", classification="confirmation",
    imitates="partial answer from a platform agent: two items decided, one still with the legal team",
    why="two posts removed; the third is explicitly still under review and stays pending",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Tue, 10 Sep 2024 09:48:00 +0000",
    subject="Re: KCSC-240902-01",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""Hello,

A partial update on your request KCSC-240902-01.

We have removed these two posts:
{X[9]}
{X[10]}

{X[11]} is still under review by our legal team. We will update you as soon
as a decision has been made.

Thanks,
X Support
""",
    items={X[9]: "removed", X[10]: "removed", X[11]: "pending"},
)

case(
    name="yt-jira-resolved-one-of-three",
    outcome="applied", classification="confirmation",
    imitates="Jira 'changed the status ... to Resolved' notification whose comment decides one item and defers two",
    why="one video removed; the other two named as still with the local legal team (pending)",
    **{"from": "jira-noreply@google.com"}, name_from="YouTube Legal Ops (Jira)",
    date="Thu, 12 Sep 2024 01:30:12 +0000",
    subject="[JIRA] (LRO-KR-5521) KCSC-240904-03 - status: Resolved",
    body=f"""Mina Cho changed the status of LRO-KR-5521 from "In Review" to "Resolved".

Resolution: Done
Request: KCSC-240904-03 (Korea Communications Standards Commission)

Comment by Mina Cho:
{Y[2]} has been removed for violating our harassment and cyberbullying
policy.
The other two videos in the request ({Y[1]} and {Y[3]}) are still with the
local legal team; we will add a comment here once they have decided.

--
This message was sent by Jira Service Management (LRO-KR).
View request: https://legal-ops.google.com/servicedesk/LRO-KR-5521
""",
    items={Y[2]: "removed", Y[1]: "pending", Y[3]: "pending"},
)

case(
    name="x-angle-bracket-urls",
    outcome="applied", classification="confirmation",
    imitates="plain-text agent reply where the mail client wrapped each URL in angle brackets",
    why="<url> has been removed; <url> does not violate the rules, no action (rejected)",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 03:12:55 +0000",
    subject="KCSC-240902-01 - two posts",
    body=f"""Hello,

Regarding your request KCSC-240902-01:

The post <{X[10]}> has been removed.

The post <{X[11]}> was reviewed and does not violate the X Rules; we will
not take action on it.

Regards,
X Legal
""",
    items={X[10]: "removed", X[11]: "rejected"},
)

case(
    name="naver-fullwidth-punctuation",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe/Knowledge iN operator reply with URLs followed by particles and full-width punctuation",
    why="블라인드 처리 (removed); Knowledge iN answer already deleted by its author (not_found)",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    date="Tue, 10 Sep 2024 10:20:00 +0900",
    subject="RE: KCSC-240905-04 게시물 조치 요청 건",
    reply_to_req=req_id("KCSC-240905-04"),
    body=f"""안녕하세요、네이버 카페 운영지원 담당자입니다。

요청하신 게시물 {N[4]} 은 블라인드 처리하였습니다。
{N[5]}（지식iN 답변）은 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다。

감사합니다。
""",
    items={N[4]: "removed", N[5]: "not_found"},
)

case(
    name="kakao-statement-then-url-below",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 reply where each statement ends with ':' / '.' and the URL follows on its own line",
    why="'국내 접근 제한 조치' then URL (restricted); '삭제하였습니다' then URL (removed)",
    **{"from": "cafe-help@daum.net"}, name_from="Daum 고객센터",
    date="Wed, 11 Sep 2024 15:05:00 +0900",
    subject="Re: [KCSC-240906-05] 게시물 조치 요청",
    reply_to_req=req_id("KCSC-240906-05"),
    body=f"""안녕하세요. Daum 고객센터입니다.

요청하신 게시물 중 아래 게시물은 국내 접근 제한 조치하였습니다.
{K[3]}

아래 게시물은 삭제하였습니다.
{K[2]}

처리 결과에 대해 문의가 있으시면 이 메일에 회신해 주세요.
""",
    items={K[3]: "restricted", K[2]: "removed"},
)

case(
    name="tg-echoed-report-result",
    outcome="applied", classification="confirmation",
    imitates="report-form receipt that echoes the submitted report fields, followed by a 'Result:' line",
    why="the echoed report names one URL; the result line says the reported message was removed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 20:40:10 +0000",
    subject="Re: Report #2024090377 (KCSC-240903-02)",
    body=f"""Hello,

Your report:
  Reported link: {T[1]}
  Reason: Illegal drugs
  Reference: KCSC-240903-02
  Submitted: 3 September 2024

Result: the reported message has been removed and the channel has received a
warning.

Thank you for helping keep Telegram safe.
""",
    items={T[1]: "removed"},
)

case(
    name="discord-zendesk-solved-removed-and-invalid",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Request #… has been solved' from a chat platform's T&S desk: one message removed, invite invalid",
    why="message removed; invite cannot be found / invalid or expired (not_found)",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Fri, 13 Sep 2024 22:10:03 +0000",
    subject="[Discord] Request #7731029: KCSC-240909-06 has been solved",
    body=f"""{ZD_LINE}

Your request #7731029 has been solved. If you believe it needs more work,
reply to this email within 7 days to reopen it.

Renée (Discord Trust & Safety)
Sep 13, 2024, 22:09 GMT

Hello,

We removed the message {D[1]} for breaking our Community Guidelines.

We were unable to locate any server using the invite {D[2]} - the invite link
is invalid or has expired.

Best,
Renée
Discord Trust & Safety

This email is a service from Discord Trust & Safety. Delivered by Zendesk
""",
    items={D[1]: "removed", D[2]: "not_found"},
)

case(
    name="yt-gmail-topposted-over-request",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted agent reply over the regulator's quoted request ('On … wrote:')",
    why="top part: first video blocked in KR, Short removed; the second video is only in the quote (pending)",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    date="Fri, 06 Sep 2024 07:45:00 +0000",
    subject="Re: KCSC-240904-03 removal request - YouTube",
    reply_to_req=req_id("KCSC-240904-03"),
    body=f"""Hi,

Update on your request:
{Y[1]} - blocked in South Korea
{Y[3]} - removed

The remaining video is still with our team.

Best,
Joon
Google Legal Korea

On Wed, Sep 4, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> Under request KCSC-240904-03 please remove the following videos:
> {Y[1]}
> {Y[2]}
> {Y[3]}
>
> KCSC Takedown Desk
""",
    items={Y[1]: "restricted", Y[3]: "removed", Y[2]: "pending"},
)

_alt_text = f"""Hello,

Update on KCSC-240902-01:

{X[12]}
We could not find this post. It may have been deleted by its author before
our review.

{X[13]}
Removed for violating our rules on illegal gambling.

X Safety
"""
_alt_html = f"""<html><body>
<p>Hello,</p>
<p>Update on KCSC-240902-01:</p>
<p><a href="{X[12]}">{X[12]}</a><br>We could not find this post. It may have been deleted by its author before our review.</p>
<p><a href="{X[13]}">{X[13]}</a><br>Removed for violating our rules on illegal gambling.</p>
<p>X Safety</p>
</body></html>"""
case(
    name="x-multipart-alternative-qp",
    outcome="applied", classification="confirmation",
    imitates="helpdesk reply sent as multipart/alternative (quoted-printable text and HTML)",
    why="'could not find this post' is firm (not_found; the 'may have been' only guesses why); the other removed",
    **{"from": "support@x.com"}, name_from="X Safety",
    date="Thu, 12 Sep 2024 11:11:11 +0000",
    subject="Re: [X Support] KCSC-240902-01",
    reply_to_req=req_id("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="alt-77q"

--alt-77q
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_alt_text)}
--alt-77q
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_alt_html)}
--alt-77q--
""",
    items={X[12]: "not_found", X[13]: "removed"},
)

case(
    name="naver-reply-to-reminder-partial",
    outcome="applied", classification="confirmation",
    imitates="Korean reply to a 독촉 (reminder) mail, Outlook quote below; two items done, two still being reviewed",
    why="삭제 완료 for two cafe posts; the two blog posts are named as 검토 중 (pending)",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 10:02:00 +0900",
    subject="RE: [독촉] KCSC-240905-04 조치결과 회신 요청",
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-04.1@kcsc.example>"],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.
회신이 늦어 죄송합니다.

{N[3]} : 삭제 완료
{N[4]} : 삭제 완료

{N[1]}, {N[2]} 두 건은 현재 검토 중이며,
결과가 나오는 대로 회신드리겠습니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: policy@navercorp.com
Subject: [독촉] KCSC-240905-04 조치결과 회신 요청

아래 게시물에 대한 조치결과를 아직 회신받지 못하였습니다.
{N[1]}
{N[2]}
{N[3]}
{N[4]}
""",
    items={N[3]: "removed", N[4]: "removed", N[1]: "pending", N[2]: "pending"},
)

case(
    name="x-zendesk-solved-with-ticket-history",
    outcome="applied", classification="confirmation",
    imitates="Zendesk solved notification with the ticket's earlier agent comment printed below (unquoted history) and a satisfaction survey",
    why="newest comment: account permanently suspended (removed); the earlier comment by the same X agent in the history says the other post was removed",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Sat, 14 Sep 2024 03:00:40 +0000",
    subject="[X Support] Case 0913388: KCSC-240902-01 - your request has been solved",
    body=f"""{ZD_LINE}

Your request (0913388) has been solved. To reopen it, reply to this email.

----------------------------------------------

Priya (X Safety)

Sep 14, 2024, 03:00 UTC

Hello again,

The account {X[14]} has now been permanently suspended for repeated
violations of our illegal gambling policy. All of its posts are unavailable.

This completes our handling of case 0913388.

Priya

----------------------------------------------

Priya (X Safety)

Sep 12, 2024, 10:21 UTC

Hello,

Thank you for your report under KCSC-240902-01. The post {X[13]} has been
removed. We are still looking at the account itself.

Priya

----------------------------------------------

How would you rate the support you received?
Good, I'm satisfied: https://support.x.com/requests/0913388/satisfaction/good
Bad, I'm unsatisfied: https://support.x.com/requests/0913388/satisfaction/bad

This email is a service from X Support.
""",
    items={X[14]: "removed", X[13]: "removed"},
)

case(
    name="tg-freshdesk-resolved-agent-note",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket status changed to Resolved' notification with the agent's note",
    why="agent note: one message removed, one channel no longer exists (not_found)",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Thu, 12 Sep 2024 12:00:00 +0000",
    subject="Ticket #88213 - status changed to Resolved",
    body=f"""Hello,

Your ticket #88213 (KCSC-240903-02) has been marked as Resolved.

Agent note:
- {T[2]} : removed
- {T[3]} : this channel no longer exists on Telegram, there is nothing left to act on.

If you feel your issue has not been resolved, reply to this email and the
ticket will be reopened.

Telegram Support
""",
    items={T[2]: "removed", T[3]: "not_found"},
)

case(
    name="kakao-receipt-plus-statement",
    outcome="applied", classification="confirmation",
    imitates="Kakao helpdesk 접수 안내 that also reports an action already taken on one item",
    why="acknowledgement wording, but it states without hedge that one entry was 게시중단 (removed); the rest is promised",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 15:20:00 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 K-240906-1187)",
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회의 요청(KCSC-240906-05)이 정상적으로 접수되었습니다.

아울러 요청하신 게시물 중 아래 게시물은 이미 게시중단 조치되었음을 알려드립니다.
{K1}

나머지 게시물은 담당 부서에서 검토 후 안내드릴 예정입니다.

감사합니다.
""",
    items={K[1]: "removed"},
)

case(
    name="yt-forwarded-internally-by-agent",
    outcome="applied", classification="confirmation",
    imitates="platform agent forwarding its own legal team's decision to the regulator ('---------- Forwarded message ---------')",
    why="authenticated google.com agent passes on Google's own legal decision: the video was removed",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    date="Wed, 11 Sep 2024 08:30:00 +0000",
    subject="Fwd: Decision - KCSC-240904-03",
    reply_to_req=req_id("KCSC-240904-03"),
    body=f"""Hello KCSC team,

Forwarding our legal team's decision on your request KCSC-240904-03 below.

Best,
Joon

---------- Forwarded message ---------
From: YouTube Legal Removals <legal-removals@google.com>
Date: Wed, Sep 11, 2024 at 4:55 PM
Subject: Decision - KCSC-240904-03
To: Google Legal Korea <legal-kr@google.com>

Decision for the requester:

{Y[2]} has been removed from YouTube for violating our harassment policy.
""",
    items={Y[2]: "removed"},
)

# ======================================================================
# REVIEW
# ======================================================================

case(
    name="x-escalated-will-be-removed-if",
    outcome="review", review="not_understood", classification="other",
    imitates="helpdesk agent 'we have escalated this to our specialist team' reply with a conditional promise",
    why="escalation and 'will be removed if found to violate': no decision on either named post",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 06 Sep 2024 01:22:00 +0000",
    subject="Re: [X Support] Case 0912345: KCSC-240902-01",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""{ZD_LINE}

Your request (0912345) has been updated.

Hello,

Thanks for your report KCSC-240902-01. We've escalated
{X[4]} and
{X[5]} to our specialist team.
These posts will be removed if they are found to violate our policies.

Thanks for your patience,
X Support
""",
    items={X[4]: "pending", X[5]: "pending"},
)

case(
    name="yt-appears-already-taken-down",
    outcome="review", review="not_understood", classification="other",
    imitates="case update where the agent only guesses that a video was already removed by its uploader",
    why="'appears … may have already been taken down' is a hedge; the confirmation is promised for later",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 23:50:00 +0000",
    subject="Re: [4-7761003000621] KCSC-240904-03",
    reply_to_req=req_id("KCSC-240904-03"),
    body=f"""Hello,

It appears that {Y[1]} may have already been taken down by the uploader.
We will confirm once our systems have finished processing the video.

Regards,
The YouTube Legal Support Team
""",
    items={Y[1]: "pending"},
)

case(
    name="naver-all-five-deleted-bulk",
    outcome="review", review="bulk", classification="confirmation",
    imitates="short Korean portal reply '요청하신 게시물 전체 삭제 조치 완료' without listing the posts",
    why="one statement for all five items of the request without naming any: bulk",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 17:30:00 +0900",
    subject="[회신] KCSC-240905-04 조치 완료",
    body="""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240905-04 건으로 요청하신 게시물 5건 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending", N[5]: "pending"},
)

case(
    name="tg-thread-all-blocked-bulk",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line abuse-desk reply in the thread of a four-item request",
    why="threaded reply to the four-item request: 'all of the messages you reported' names none of them",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 09:00:00 +0000",
    subject="Re: Removal request",
    reply_to_req=req_id("KCSC-240903-02"),
    body="""Hello,

All of the messages you reported have been blocked.

Telegram Abuse Team
""",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending", T[4]: "pending"},
)

case(
    name="tg-dmarc-fail-removed",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="abuse-desk confirmation whose telegram.org sender fails DKIM/SPF/DMARC",
    why="telegram.org From with dmarc=fail: the removal statement cannot be trusted",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    auth="fail",
    date="Thu, 12 Sep 2024 04:44:00 +0000",
    subject="Re: KCSC-240910-07",
    body=f"""Hello,

{S1} has been removed.

Telegram Abuse Team
""",
    items={S1: "pending"},
)

case(
    name="discord-zendesk-hosted-domain",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="Zendesk-hosted support address (subdomain of zendesk.com) sending a solved notification for a platform",
    why="sender domain is zendesk.com, not discord.com: not the platform's sender domain",
    **{"from": "support@discord-ts.zendesk.com"}, name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 06:06:06 +0000",
    subject="[Discord] Request #7731555 has been solved",
    body=f"""{ZD_LINE}

Your request #7731555 has been solved.

Hello,

Regarding KCSC-240909-06: the message {D[1]} has been deleted.

Discord Trust & Safety
""",
    items={D[1]: "pending"},
)

case(
    name="staff-forwards-naver-answer",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="a colleague at the regulator forwarding a portal's answer to the takedown mailbox",
    why="the statement reaches us inside a staff forward; NAVER's own authentication cannot be checked",
    **{"from": "jiwoo.kim@kcsc.example"}, name_from="김지우",
    date="Tue, 10 Sep 2024 13:40:00 +0900",
    subject="Fwd: [네이버 고객센터] 문의하신 내용에 대한 답변입니다.",
    body=f"""담당자님, 제 메일로 온 답변 전달드립니다. 등록 부탁드립니다.

---------- Forwarded message ---------
From: 네이버 고객센터 <help@navercorp.com>
Date: 2024년 9월 10일 (화) 오전 11:02
Subject: [네이버 고객센터] 문의하신 내용에 대한 답변입니다.
To: <jiwoo.kim@kcsc.example>

안녕하세요. 네이버 고객센터입니다.
KCSC-240905-04 건 중 {N[1]} 게시물은 삭제 조치되었습니다.
""",
    items={N[1]: "pending"},
)

case(
    name="kakao-not-our-service-naver-url",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="portal helpdesk answering about a URL that belongs to another portal ('당사 서비스가 아닙니다')",
    why="a Kakao email states an outcome for a NAVER item",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 10:00:00 +0900",
    subject="[카카오] 문의 답변 안내",
    body=f"""안녕하세요, 카카오 고객센터입니다.

문의하신 {N[1]} 게시물은 당사 서비스(Daum, 티스토리)에 존재하지 않는
게시물로 확인되어 당사에서는 조치할 수 없습니다.
해당 서비스 운영사에 문의해 주시기 바랍니다.

감사합니다.
""",
    items={N[1]: "pending"},
)

case(
    name="naver-asks-for-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal asking for the legal basis / 심의 의결서 before acting on one post",
    why="asks for supporting documents before deciding; no statement about the post",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 14:00:00 +0900",
    subject="[네이버 고객센터] 추가 자료 요청 (문의번호 2409-771203)",
    reply_to_req=req_id("KCSC-240905-04"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 {N[3]} 의 조치를 검토하기 위해
근거 법령 및 심의 의결서 사본이 필요합니다.

해당 자료를 이 메일에 회신으로 첨부해 주시면 확인 후 처리 결과를 안내드리겠습니다.

감사합니다.
""",
    items={N[3]: "pending"},
)

case(
    name="x-conditional-withhold-48h",
    outcome="review", review="not_understood", classification="other",
    imitates="platform notice that the account holder has been given time to delete before the post is withheld",
    why="conditional future action ('if … does not delete … we will withhold'): no status yet",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sun, 08 Sep 2024 05:30:00 +0000",
    subject="KCSC-240902-01: notice sent to account holder",
    body=f"""Hello,

We have notified the account holder about {X[7]}.
If the account holder does not delete the post within 48 hours, we will
withhold it in South Korea.

Regards,
X Legal
""",
    items={X[7]: "pending"},
)

case(
    name="kakao-prose-and-table-disagree",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="Korean helpdesk answer whose prose and result table contradict each other for one post",
    why="prose says 블라인드 처리 for the entry, the table says 조치하지 않음 (no violation) for the same URL",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 17:00:00 +0900",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240906-05)",
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 게시물 {K[2]} 은 블라인드 처리되었습니다.

[처리 결과]
URL | 결과 | 사유
{K[2]} | 조치하지 않음 | 운영정책 위반 아님

감사합니다.
""",
    items={K[2]: "pending"},
)

case(
    name="yt-webform-announcement",
    outcome="review", review="no_claims", classification="other",
    imitates="platform legal mailbox announcing a move to a web form, no request or item named",
    why="trusted YouTube mail that names no item and no request",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    date="Mon, 16 Sep 2024 00:30:00 +0000",
    subject="Change to how we receive legal requests from Korea",
    body="""Dear partner,

From 1 October 2024, legal removal requests for YouTube from Korean
authorities should be submitted through our web form at
https://support.google.com/legal/answer/kr-authority-requests

This mailbox will no longer be monitored after 30 September 2024. Requests
already submitted will be answered as usual.

Regards,
Google Legal Korea
""",
    items={},
)

# ======================================================================
# IGNORED
# ======================================================================

case(
    name="x-zendesk-request-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'your request has been received' receipt",
    why="pure receipt with a ticket number; no statement",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Mon, 02 Sep 2024 01:00:30 +0000",
    subject="[X Support] Case 0912345: KCSC-240902-01 - request received",
    reply_to_req=req_id("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""{ZD_LINE}

Your request (0912345) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from X Support.
""",
    items={},
)

case(
    name="yt-jira-request-created",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request created' customer notification",
    why="receipt of the request with a key and a portal link",
    **{"from": "jira-noreply@google.com"}, name_from="YouTube Legal Ops (Jira)",
    date="Wed, 04 Sep 2024 01:05:00 +0000",
    subject="[JIRA] (LRO-KR-5521) KCSC-240904-03 - request created",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Your request LRO-KR-5521 "KCSC-240904-03 legal removal request" has been
created.

We'll email you when there's an update. You can also follow the request here:
https://legal-ops.google.com/servicedesk/LRO-KR-5521

--
This message was sent by Jira Service Management (LRO-KR).
""",
    items={},
)

case(
    name="naver-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook '자동 회신' out-of-office reply from a portal employee to our reminder",
    why="out-of-office auto-reply",
    **{"from": "minseo.park@navercorp.com"}, name_from="박민서",
    date="Fri, 13 Sep 2024 09:00:05 +0900",
    subject="자동 회신: [독촉] KCSC-240905-04 조치결과 회신 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   "In-Reply-To: <reminder.KCSC-240905-04.1@kcsc.example>"],
    body="""안녕하세요. 9월 13일부터 9월 20일까지 휴가로 부재중입니다.
급한 건은 policy@navercorp.com 으로 연락 부탁드립니다.

I am out of the office from 13 to 20 September with limited access to email.
""",
    items={},
)

case(
    name="discord-reminder-bounced",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report) for our reminder",
    why="DSN for a reminder that could not be delivered",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Tue, 17 Sep 2024 10:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.4Xk2.1726534809"

--dsn.4Xk2.1726534809
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<trust-safety@discord.com>: host mx1.discord.com[203.0.113.25] said: 550
    5.1.1 <trust-safety@discord.com>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--dsn.4Xk2.1726534809
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 17 Sep 2024 10:00:03 +0900

Final-Recipient: rfc822; trust-safety@discord.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.discord.com
Diagnostic-Code: smtp; 550 5.1.1 <trust-safety@discord.com>: Recipient
    address rejected: User unknown

--dsn.4Xk2.1726534809
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: trust-safety@discord.com
Subject: Reminder: KCSC-240909-06 - response overdue
Date: Tue, 17 Sep 2024 10:00:00 +0900
Message-ID: <reminder.KCSC-240909-06.1@kcsc.example>

--dsn.4Xk2.1726534809--
""",
    items={},
)

case(
    name="tg-read-receipt-reminder",
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (MDN) 'Read:' for our reminder",
    why="read receipt, no content",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 03:15:00 +0000",
    subject="Read: Reminder: KCSC-240903-02 - response overdue",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0909-tg"

--mdn-0909-tg
Content-Type: text/plain; charset=utf-8

Your message

  To: dsa@telegram.org
  Subject: Reminder: KCSC-240903-02 - response overdue
  Sent: Monday, September 9, 2024 10:00 AM (UTC+09:00) Seoul

was read on Monday, September 9, 2024 12:15 PM (UTC+09:00) Seoul.

--mdn-0909-tg
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Microsoft Exchange Server
Final-Recipient: rfc822; dsa@telegram.org
Original-Message-ID: <reminder.KCSC-240903-02.1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0909-tg--
""",
    items={},
)

case(
    name="kakao-freshdesk-receipt-korean",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk-style Korean 문의 접수 안내 with a ticket number and expected response time",
    why="pure receipt: 정상 접수, answer within three business days",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 09:41:10 +0900",
    subject="[카카오 고객센터] 문의가 정상 접수되었습니다 (#2409-55120)",
    reply_to_req=req_id("KCSC-240906-05"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

보내주신 문의(KCSC-240906-05)가 정상적으로 접수되었습니다.
문의번호: #2409-55120

영업일 기준 3일 이내에 답변 드리겠습니다.
추가 내용이 있으시면 이 메일에 회신해 주세요.

※ 본 메일은 발신 전용 안내 메일입니다.
""",
    items={},
)


HEADER = """# blind410: ticket systems and threads (Zendesk/Freshdesk/Jira/Help Scout
# receipts and results, solved tickets, follow-ups in the same thread,
# replies to reminders, partial answers, forwarded mail). Written from each
# email's meaning before any run of the reader. Generated by make.py."""

# Real mailers encode non-ASCII display names and most subjects (RFC 2047);
# two subjects are left as raw UTF-8, as some Korean mailers send them.
RAW_UTF8_SUBJECT = {"naver-fullwidth-punctuation", "kakao-prose-and-table-disagree"}


def encode_headers(c):
    if "name_from" in c and not c["name_from"].isascii():
        c["name_from"] = Header(c["name_from"], "utf-8").encode()
    if not c["subject"].isascii() and c["name"] not in RAW_UTF8_SUBJECT:
        c["subject"] = Header(c["subject"], "utf-8").encode()


if __name__ == "__main__":
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind410", HEADER, CASES)
