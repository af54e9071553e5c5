#!/usr/bin/env python3
"""Blind set 662: ticket systems and threads.

Zendesk / Freshdesk / Jira / Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from YouTube, X, NAVER, Telegram, Kakao (Daum)
and TikTok. Every email is fictional and written for this set; the expected
results were written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind662/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import email.header
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind662"

# ---------------------------------------------------------------- requests
Y1 = "https://www.youtube.com/watch?v=qT7mLw2Xa9c"
Y2 = "https://www.youtube.com/watch?v=Hn4pR8sKe0b"
Y3 = "https://www.youtube.com/watch?v=Z2vF6uJm1Qd"
Y4 = "https://www.youtube.com/watch?v=bL9cW3nTy5e"
Y5 = "https://www.youtube.com/watch?v=Pe8kD1xRq7f"
Y6 = "https://www.youtube.com/watch?v=uM5gS0aVz2g"
Y7 = "https://www.youtube.com/shorts/Kc3jN7oYw4h"
Y8 = "https://www.youtube.com/shorts/rA6tE2iBp8j"
Y9 = "https://www.youtube.com/@haneul_market_tv"
Y10 = "https://www.youtube.com/watch?v=Wd1yH9fCm3k"
Y11 = "https://www.youtube.com/watch?v=oX4zQ6lGs5m"
Y12 = "https://www.youtube.com/watch?v=Jf2nU8vRt1p"
YT = [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12]

X1 = "https://x.com/moonpeak_deals/status/1831204455129870336"
X2 = "https://x.com/moonpeak_deals/status/1831209981736620032"
X3 = "https://x.com/grayfern_kr/status/1830877214402117632"
X4 = "https://x.com/quietorbit22"
XS = [X1, X2, X3, X4]

N1 = "https://blog.naver.com/sunlit_oak/223561908812"
N2 = "https://blog.naver.com/sunlit_oak/223562011457"
N3 = "https://cafe.naver.com/pinewharf/48213"
N4 = "https://cafe.naver.com/pinewharf/48290"
N5 = "https://in.naver.com/%EB%B0%A4%EB%B0%94%EB%8B%A4/contents/8812"
N5_RAW = "https://in.naver.com/밤바다/contents/8812"
NS = [N1, N2, N3, N4, N5]

T1 = "https://t.me/amber_lantern_kr/1182"
T2 = "https://t.me/amber_lantern_kr/1190"
T3 = "https://t.me/silentcove_chat"
TS = [T1, T2, T3]

K1 = "https://cafe.daum.net/rivermint/Ab12/3391"
K2 = "https://tv.kakao.com/channel/4418203/cliplink/451093377"
K3 = "https://brunch.co.kr/@coralbyte/57"
KS = [K1, K2, K3]

TT1 = "https://www.tiktok.com/@velvet.ridge.kr/video/7410022385519934721"
TT2 = "https://www.tiktok.com/@velvet.ridge.kr/video/7410388112670543106"
TTS = [TT1, TT2]

S1 = "https://blog.naver.com/ashen_kite/223570114096"

REQUESTS = [
    ("KCSC-240902-01", "youtube", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", YT,
     "illegal_trade", "req-240902-01@kcsc.example", "YouTube channel and videos selling counterfeit medicine"),
    ("KCSC-240903-02", "x", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00", XS,
     "illegal_trade", "req-240903-02@kcsc.example", "X posts advertising illegal goods"),
    ("KCSC-240904-03", "naver", "2024-09-04T15:10:00+09:00", "2024-09-11T18:00:00+09:00", NS,
     "privacy", "req-240904-03@kcsc.example", "NAVER blog/cafe/influencer posts exposing personal data"),
    ("KCSC-240905-04", "telegram", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", TS,
     "gambling", "req-240905-04@kcsc.example", "Telegram channel messages and group promoting illegal gambling"),
    ("KCSC-240906-05", "kakao", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00", KS,
     "defamation", "req-240906-05@kcsc.example", "Daum cafe post, Kakao TV clip, brunch article"),
    ("KCSC-240909-06", "tiktok", "2024-09-09T14:20:00+09:00", "2024-09-16T18:00:00+09:00", TTS,
     "drugs", "req-240909-06@kcsc.example", "TikTok videos advertising drugs"),
    ("KCSC-240910-07", "naver", "2024-09-10T10:05:00+09:00", "2024-09-17T18:00:00+09:00", [S1],
     "harmful_to_minors", "req-240910-07@kcsc.example", "single NAVER blog post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp_plain(text):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64_html(html):
    return ("Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(html.encode("utf-8")))


def alternative(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{html.strip()}\n\n--{boundary}--\n")


def with_csv(text, csv_text, filename, boundary, bom=False):
    data = csv_text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f'--{boundary}\nContent-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n\n--{boundary}--\n")


def lines(urls, prefix=""):
    return "\n".join(prefix + u for u in urls)


REQ_TEXT_KAKAO = f"""[KCSC-240906-05] 불법정보 게시물 시정요구

방송통신심의위원회입니다. 아래 게시물은 타인의 명예를 훼손하는 정보로
심의되었으므로 해당 정보의 삭제 등 필요한 조치를 요구합니다.

{lines(KS)}

조치 결과는 2024년 9월 13일까지 이 메일로 회신하여 주시기 바랍니다."""

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= applied =======================

case(
    name="yt-zendesk-solved-five",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification carrying the agent's per-URL outcome and the conversation history",
    why="YouTube's own agent states five outcomes item by item; the echoed original note below is ours and states nothing",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 17:45:12 +0900",
    subject="[YouTube Legal] Re: KCSC-240902-01 - request #48812233 solved",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""##- Please type your reply above this line -##

Your request (48812233) has been solved. To reopen it, simply reply to this email.

Min-seo (YouTube Legal Support)

Sep 6, 2024, 17:42 KST

Hello,

Thank you for your notice KCSC-240902-01. After review we took the following actions:

1. {Y1} - removed from YouTube for violating our Community Guidelines.
2. {Y2} - removed from YouTube for violating our Community Guidelines.
3. {Y3} - age-restricted. It can no longer be watched by signed-out viewers or viewers under 18.
4. {Y4} - we did not find a violation of our policies or of local law. The video stays available.
5. {Y5} - we could not locate a video at this URL.

We are still working on the other seven URLs in your notice and will write again in this request.

Min-seo
YouTube Legal Support

KCSC Takedown

Sep 2, 2024, 10:00 KST

Please find our request KCSC-240902-01 attached (12 URLs). The listed content sells
counterfeit medicine and was found illegal by the Commission. We ask you to remove it.

--------------------------------
This email is a service from YouTube Legal Support.
Policy overview: https://support.google.com/youtube/answer/2801973
[8QW2ZK-RN4D]
""",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "rejected", Y5: "not_found"},
)

case(
    name="yt-followup-status-below-url",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same Gmail thread, URL then its outcome on the next line, earlier reply quoted with '>'",
    why="three new outcomes stated by YouTube; the two quoted outcomes from the previous message are quoted text",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 11:02:40 +0900",
    subject="Re: [YouTube Legal] Re: KCSC-240902-01 - request #48812233",
    reply_to_req="req-240902-01",
    body=f"""Hello again,

Following up on request 48812233 (KCSC-240902-01): we have finished three more URLs.

{Y6}
This video has been removed.

{Y7}
This Short has been removed.

{Y8}
We have blocked this Short for viewers in South Korea. It remains available in other countries.

We will come back to you on the rest.

Min-seo
YouTube Legal Support

On Fri, Sep 6, 2024 at 5:45 PM YouTube Legal Support <legal-support@google.com> wrote:
> Hello,
>
> Thank you for your notice KCSC-240902-01. After review we took the following actions:
>
> 1. {Y1} - removed from YouTube for violating our Community Guidelines.
> 4. {Y4} - we did not find a violation of our policies or of local law. The video stays available.
""",
    items={Y6: "removed", Y7: "removed", Y8: "restricted", Y1: "pending", Y4: "pending"},
)

case(
    name="yt-html-table-update",
    outcome="applied", classification="confirmation",
    imitates="help-desk 'your request has been updated' HTML notification with an outcome table",
    why="HTML table: channel terminated (removed), no violation (rejected), blocked in KR (restricted); policy link is not an item",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 16:20:05 +0900",
    subject="[Request #48812233] Update on your legal notice KCSC-240902-01",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#999">##- Please type your reply above this line -##</p>
<p>Your request #48812233 has been updated.</p>
<p>Hello,</p>
<p>Here is the outcome for three more URLs from KCSC-240902-01:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y9}">{Y9}</a></td><td>Channel terminated</td></tr>
<tr><td><a href="{Y10}">{Y10}</a></td><td>No action: the video does not violate our Community Guidelines</td></tr>
<tr><td><a href="{Y11}">{Y11}</a></td><td>Not available in South Korea (local law)</td></tr>
</table>
<p>You can read more about how we handle government requests at
<a href="https://support.google.com/youtube/answer/6154232">our Help Center</a>.</p>
<p>Regards,<br>Min-seo<br>YouTube Legal Support</p>
</body></html>""",
    items={Y9: "removed", Y10: "rejected", Y11: "restricted"},
)

case(
    name="yt-jira-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' email with the per-URL outcome in a CSV attachment",
    why="CSV rows from YouTube: two removed, one not found, one no violation",
    from_="tns-ops-noreply@youtube.com", name_from="YouTube Trust & Safety Operations",
    date="Thu, 12 Sep 2024 09:31:44 +0900",
    subject="[LGL-99120] Outcome report for KCSC-240902-01",
    reply_to_req="req-240902-01",
    raw_mime=with_csv(
        """—— Reply above this line.

Mina Cho resolved this as Done.

Comment:
Hello KCSC team, the outcome for the URLs we finished this week is in the
attached file, one row per URL. The remaining URLs are tracked under the same
request.

View request · Turn off this request's notifications
This is shared with KCSC Takedown.
Sent by YouTube Trust & Safety Operations (LGL-99120)""",
        "url,outcome,policy\n"
        f"{Y12},removed,Regulated goods\n"
        f"{Y2},removed,Regulated goods\n"
        f"{Y5},not found - video does not exist,\n"
        f"{Y11},no violation - remains available,\n",
        "LGL-99120_outcome.csv", "=_lgl99120_a1"),
    items={Y12: "removed", Y2: "removed", Y5: "not_found", Y11: "rejected"},
)

case(
    name="x-freshdesk-resolved-prose",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket resolved' reply in prose from a platform support agent",
    why="X states one post removed and one already deleted by its author (not found)",
    from_="support@x.com", name_from="X Support",
    date="Thu, 05 Sep 2024 22:14:09 +0900",
    subject="Ticket #0412-208841 resolved: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hi KCSC team,

We have finished looking at part of your report.

The post {X1} broke our rules on illegal goods and services and has been removed.
The second post from the same account, {X2}, had already been deleted by the account holder before we reviewed it, so there was nothing left for us to act on.

This ticket has been marked as resolved. Replying to this email will reopen it.

Daniel
X Support
""",
    items={X1: "removed", X2: "not_found"},
)

case(
    name="x-reminder-reply-outlook",
    outcome="applied", classification="confirmation",
    imitates="legal team's top-posted reply to our overdue reminder, Outlook '-----Original Message-----' quoting the reminder",
    why="two outcomes in X's own lines (withheld in Korea, account suspended); the reminder's URL list below is quoted",
    from_="legal-ops@x.com", name_from="X Legal Operations",
    date="Wed, 11 Sep 2024 15:48:30 +0900",
    subject="RE: Reminder: KCSC-240903-02 - response overdue",
    extra_headers=["In-Reply-To: <rem-240903-02-1@kcsc.example>",
                   "References: <req-240903-02@kcsc.example> <rem-240903-02-1@kcsc.example>"],
    body=f"""Hello,

Apologies for the slow reply.

- {X3} : withheld in South Korea in response to your legal demand.
- {X4} : the account has been suspended.

Kind regards,
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:00 AM
To: legal@x.com
Subject: Reminder: KCSC-240903-02 - response overdue

Our request KCSC-240903-02 of 3 September 2024 is past its deadline. We have not
received your answer for the following items:

{lines(XS)}

Please tell us what action was taken on each.
""",
    items={X3: "restricted", X4: "removed", X1: "pending", X2: "pending"},
)

case(
    name="x-partial-two-of-four",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a ticket thread: two items done, two still with the reviewing team",
    why="X1 removed and X3 withheld in KR are stated; the other two are explicitly still under review",
    from_="legal-ops@x.com", name_from="X Legal Operations",
    date="Mon, 09 Sep 2024 18:03:51 +0900",
    subject="Re: KCSC-240903-02 [case 0412-208841]",
    reply_to_req="req-240903-02",
    body=f"""Hello KCSC,

We have completed our review of two of the four posts in your request:

{X1} — removed
{X3} — withheld in KR

The other two ({X2} and {X4}) are still with the reviewing team. We will follow up in this thread.

Thanks,
Legal Operations
""",
    items={X1: "removed", X3: "restricted", X2: "pending", X4: "pending"},
)

case(
    name="naver-helpdesk-korean-numbered",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 '문의하신 내용에 대한 답변입니다' reply with a numbered 조치 결과 list",
    why="게시중단 x2 (removed), 임시조치 (restricted), 삭제 (removed); the fifth item is said to be under review",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 14:12:00 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 2409-0518772)",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240904-03)에 대하여 아래와 같이 조치하였음을 알려드립니다.

1) {N1} : 게시중단
2) {N2} : 게시중단
3) {N3} : 임시조치(30일)
4) {N4} : 삭제

나머지 1건은 담당 부서에서 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

추가 문의는 이 메일에 회신해 주시면 같은 문의번호로 접수됩니다.
네이버 고객센터 드림
""",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed"},
)

case(
    name="naver-korean-path-particle",
    outcome="applied", classification="confirmation",
    imitates="NAVER 운영팀 블라인드 처리 안내, raw Korean path followed directly by a particle",
    why="the influencer post (raw Korean path + '의') was blinded (removed); the blog post was already deleted by its author (not found)",
    from_="influencer_ops@navercorp.com", name_from="네이버 인플루언서 운영팀",
    date="Mon, 09 Sep 2024 10:40:17 +0900",
    subject="Re: [KCSC-240904-03] 개인정보 노출 게시물 조치 요청",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요. 네이버 인플루언서 운영팀입니다.

요청하신 {N5_RAW}의 콘텐츠는 서비스 운영정책 위반이 확인되어 블라인드 처리하였습니다.
또한 {N2} 게시물은 확인 결과 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.
""",
    items={N5: "removed", N2: "not_found"},
)

case(
    name="naver-single-sole-outlook",
    outcome="applied", classification="confirmation",
    imitates="short Korean staff reply over an Outlook-quoted request, for a one-item request",
    why="the only statement names no URL but answers the one-item request KCSC-240910-07 (its reference and thread)",
    from_="eunji.choi@navercorp.com", name_from="최은지",
    date="Thu, 12 Sep 2024 16:55:03 +0900",
    subject="RE: [KCSC-240910-07] 게시물 게시중단 요청의 건",
    reply_to_req="req-240910-07",
    body=f"""안녕하세요. 네이버 정책지원팀 최은지입니다.

요청하신 게시물은 검토 결과 청소년유해정보에 해당하여 9월 12일자로 삭제 조치하였습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:05 AM
To: policy@navercorp.com
Subject: [KCSC-240910-07] 게시물 게시중단 요청의 건

아래 게시물에 대한 게시중단을 요청드립니다.
{S1}
""",
    items={S1: "removed"},
)

case(
    name="tg-helpscout-prose",
    outcome="applied", classification="confirmation",
    imitates="Help Scout style abuse-desk reply in prose with a conversation footer",
    why="Telegram states both messages deleted and the group blocked for everyone (removed)",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 03:12:40 +0900",
    subject="Re: KCSC-240905-04 [#TA-53107]",
    reply_to_req="req-240905-04",
    body=f"""Hello,

Thanks for your report. The messages {T1} and {T2} have been deleted.
The group {T3} has been blocked and can no longer be viewed by anyone on Telegram.

Best,
Telegram Abuse Team

--
Conversation #TA-53107 · reply to this message to add to the conversation
""",
    items={T1: "removed", T2: "removed", T3: "removed"},
)

case(
    name="tg-case-status-lines",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk case result: bare URL with 'Status:' on the line below",
    why="removed, no violation (rejected), restricted in the Republic of Korea",
    from_="dsa@telegram.org", name_from="Telegram DSA",
    date="Mon, 09 Sep 2024 20:05:11 +0900",
    subject="Case #5531072 - results for KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""Case #5531072

Results for KCSC-240905-04:

{T1}
Status: removed

{T2}
Status: no violation found, the message stays available

{T3}
Status: restricted in the Republic of Korea

Telegram DSA Team
""",
    items={T1: "removed", T2: "rejected", T3: "restricted"},
)

case(
    name="kakao-zendesk-solved-korean",
    outcome="applied", classification="confirmation",
    imitates="카카오 고객센터 '문의하신 내용이 해결되었습니다' Zendesk-style notice with the agent's answer",
    why="삭제 완료 (removed), 비공개 처리 (removed), written off as already deleted by its author (not found)",
    from_="cs_noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 13:27:19 +0900",
    subject="[카카오 고객센터] 문의하신 내용이 해결되었습니다 #9920417",
    reply_to_req="req-240906-05",
    body=f"""##- 이 줄 위에 답장을 입력해 주세요 -##

문의하신 내용이 '해결됨' 상태로 변경되었습니다.

[답변] 카카오 권리보호센터 이하은

안녕하세요. 카카오 고객센터입니다.
KCSC-240906-05 건으로 요청 주신 게시물의 처리 결과를 알려드립니다.

- {K1} → 삭제 완료
- {K2} → 비공개 처리
- {K3} → 작성자가 이미 삭제한 글로 확인되어 별도 조치하지 않았습니다.

추가 문의가 있으시면 이 메일에 회신해 주세요. 7일 동안 회신이 없으면 문의는 자동으로 종료됩니다.
""",
    items={K1: "removed", K2: "removed", K3: "not_found"},
)

case(
    name="kakao-outlook-one-of-three",
    outcome="applied", classification="confirmation",
    imitates="Korean policy-team staff reply over an Outlook-quoted 시정요구, answering one item",
    why="국내 접속 차단 of the Kakao TV clip is restricted; the other two are only in the quoted request",
    from_="hyunwoo.kang@kakaocorp.com", name_from="강현우",
    date="Mon, 09 Sep 2024 17:30:00 +0900",
    subject="RE: [KCSC-240906-05] 불법정보 게시물 시정요구",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요, 카카오 정책팀 강현우입니다.

문의하신 카카오TV 클립 {K2} 은 국내 접속 차단 조치하였습니다.
나머지 두 건은 확인 후 별도로 회신드리겠습니다.

강현우 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 11:00 AM
To: cs-policy@kakaocorp.com
Subject: [KCSC-240906-05] 불법정보 게시물 시정요구

{REQ_TEXT_KAKAO}
""",
    items={K2: "restricted", K1: "pending", K3: "pending"},
)

case(
    name="tiktok-ticket-two-videos",
    outcome="applied", classification="confirmation",
    imitates="TikTok trust-and-safety ticket reply with a removal and a refusal with reason",
    why="TT1 removed; TT2 checked against guidelines and Korean law, no violation, stays up (rejected)",
    from_="legal-kr@tiktok.com", name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 11:08:26 +0900",
    subject="Re: [#TT-1180442] KCSC-240909-06 Content removal request",
    reply_to_req="req-240909-06",
    body=f"""Dear KCSC,

Thank you for your patience. We have reviewed both videos in your request.

- {TT1} was removed for violating our Community Guidelines.
- {TT2} was reviewed against our Community Guidelines and applicable Korean law. We did not find a violation, and the video remains available.

Kind regards,
TikTok Trust & Safety
Case #TT-1180442
""",
    items={TT1: "removed", TT2: "rejected"},
)

case(
    name="tiktok-notice-of-decision",
    outcome="applied", classification="confirmation",
    imitates="statement-of-reasons style 'notice of decision' (DSA SoR fields) for one video",
    why="decision field: restricted in the Republic of Korea (geo-blocking)",
    from_="legal-kr@tiktok.com", name_from="TikTok Trust & Safety",
    date="Fri, 13 Sep 2024 09:00:42 +0900",
    subject="Notice of decision - case TT-1180442 (KCSC-240909-06)",
    reply_to_req="req-240909-06",
    body=f"""Notice of decision

Case: TT-1180442
Your reference: KCSC-240909-06
Content: {TT2}
Decision: access restricted in the Republic of Korea (geo-blocking); the video remains available in other countries
Ground: incompatible with local law (Republic of Korea)
Automated means used in the decision: no
Date of decision: 12 September 2024

TikTok Trust & Safety
""",
    items={TT2: "restricted"},
)

case(
    name="yt-quoted-printable-prose",
    outcome="applied", classification="confirmation",
    imitates="agent reply sent as quoted-printable, long lines broken by soft line breaks inside URLs",
    why="two videos removed, one not found, all in YouTube's own sentences",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 10:15:33 +0900",
    subject="Re: [YouTube Legal] request #48812233 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    raw_mime=qp_plain(f"""Hello,

The video at {Y6}, which you reported under KCSC-240902-01, has been removed from YouTube for violating our policy on regulated goods.
The video at {Y10} has also been removed from YouTube.
We were unable to find any video at {Y11} — the link does not lead to an existing video.

Best regards,
Jae-hyun
YouTube Legal Support
"""),
    items={Y6: "removed", Y10: "removed", Y11: "not_found"},
)

case(
    name="yt-base64-html-bullets",
    outcome="applied", classification="confirmation",
    imitates="HTML ticket reply sent base64-encoded, a bulleted list with linked URLs",
    why="removed, age-restricted (restricted), no violation and stays on YouTube (rejected)",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 08:44:10 +0900",
    subject="[Request #48812233] Update on KCSC-240902-01",
    reply_to_req="req-240902-01",
    raw_mime=b64_html(f"""<html><body>
<p>Hello,</p>
<p>Please see the outcome for the following URLs:</p>
<ul>
<li><a href="{Y1}">{Y1}</a> &ndash; removed</li>
<li><a href="{Y7}">{Y7}</a> &ndash; age-restricted</li>
<li><a href="{Y12}">{Y12}</a> &ndash; remains on YouTube; we found no violation of our Community Guidelines</li>
</ul>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>"""),
    items={Y1: "removed", Y7: "restricted", Y12: "rejected"},
)

case(
    name="x-angle-brackets-wrapped",
    outcome="applied", classification="confirmation",
    imitates="plain-text case update with URLs in angle brackets, one wrapped across two lines (RFC 3986 appendix C style)",
    why="X2 (wrapped inside <>) removed; the account X4 permanently suspended (removed)",
    from_="legal-ops@x.com", name_from="X Legal Operations",
    date="Fri, 13 Sep 2024 19:22:58 +0900",
    subject="Re: KCSC-240903-02 [case 0412-208841] update",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Update on case 0412-208841 (your reference KCSC-240903-02):

The post <https://x.com/moonpeak_deals/status/
1831209981736620032> has been removed for violating the X Rules.

The account <{X4}> has been permanently suspended; its posts are no longer visible on X.

Regards,
Legal Operations
""",
    items={X2: "removed", X4: "removed"},
)

case(
    name="naver-headed-groups",
    outcome="applied", classification="confirmation",
    imitates="Korean 조치 결과 grouped under bracketed headings, URLs on the lines below",
    why="two URLs under [삭제 조치] (removed), one under [조치 불가 - 운영정책 위반 사항 없음] (rejected)",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 11:11:11 +0900",
    subject="[네이버 고객센터] KCSC-240904-03 처리 결과 안내 (문의번호 2409-0518772)",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요, 네이버 고객센터입니다.
요청하신 게시물의 처리 결과를 안내드립니다.

[삭제 조치]
{N1}
{N3}

[조치 불가 - 운영정책 위반 사항 없음]
{N4}

조치 불가 게시물에 대해 추가 자료가 있으시면 회신 부탁드립니다.
""",
    items={N1: "removed", N3: "removed", N4: "rejected"},
)

case(
    name="yt-jira-comment-notification",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'commented on your request' notification",
    why="two videos removed globally, the channel kept after review (rejected)",
    from_="tns-ops-noreply@youtube.com", name_from="YouTube Trust & Safety Operations",
    date="Tue, 17 Sep 2024 14:03:29 +0900",
    subject="[LGL-99120] Jiwon Han commented on: KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""—— Reply above this line.

Jiwon Han commented:

Hi, an update on three URLs. {Y3} and {Y10} have been removed globally under our regulated goods policy.
The channel {Y9} stays up: we reviewed its uploads and found no violation.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Help Center, powered by Jira Service Management, sent you this message.
""",
    items={Y3: "removed", Y10: "removed", Y9: "rejected"},
)

case(
    name="tg-new-reply-notification",
    outcome="applied", classification="confirmation",
    imitates="help-desk 'your conversation has a new reply' notification (Auto-Submitted: auto-generated) wrapping the agent's reply",
    why="the notification is machine-sent but carries the agent's unhedged statement: T2 removed",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 06:50:02 +0900",
    subject="Re: KCSC-240905-04 [#TA-53107] new reply",
    reply_to_req="req-240905-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Your conversation #TA-53107 has a new reply.

-- Ahmed (Telegram Abuse Team) wrote:

Hello again. We took another look after your reply: {T2} has now been removed.

Reply to this email to continue the conversation.
""",
    items={T2: "removed"},
)

case(
    name="kakao-csv-korean-headers",
    outcome="applied", classification="confirmation",
    imitates="Korean 처리 결과 송부 with a UTF-8 (BOM) CSV attachment with Korean column names",
    why="CSV: 임시조치 (restricted), 삭제 (removed), 게시물 없음 (not found)",
    from_="rights@kakaocorp.com", name_from="카카오 권리보호센터",
    date="Thu, 12 Sep 2024 15:40:00 +0900",
    subject="[KCSC-240906-05] 시정요구 처리 결과 송부",
    reply_to_req="req-240906-05",
    raw_mime=with_csv(
        """안녕하세요. 카카오 권리보호센터입니다.

요청하신 건(KCSC-240906-05)의 처리 결과를 첨부 파일로 송부드립니다.

감사합니다.""",
        "번호,URL,처리결과,비고\n"
        f"1,{K1},임시조치,30일\n"
        f"2,{K2},삭제,\n"
        f"3,{K3},게시물 없음,작성자 삭제\n",
        "KCSC-240906-05_result.csv", "=_kakao_9920417", bom=True),
    items={K1: "restricted", K2: "removed", K3: "not_found"},
)

case(
    name="yt-ack-phrase-plus-result",
    outcome="applied", classification="confirmation",
    imitates="ticket reply that opens with 'we received your reply' and then gives outcomes",
    why="acknowledgement phrase followed by unhedged item-level statements: not a mere acknowledgement",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 12:12:12 +0900",
    subject="Re: [YouTube Legal] request #48812233 - your follow-up",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thanks for your reply to request #48812233 - we've received it.

For the two URLs you asked about: {Y8} has been removed, and {Y5} has been age-restricted.

Best,
Min-seo
YouTube Legal Support
""",
    items={Y8: "removed", Y5: "restricted"},
)

case(
    name="naver-gmail-korean-quote",
    outcome="applied", classification="confirmation",
    imitates="staff top-post over a Gmail Korean quote header ('…님이 작성:') with '>' lines",
    why="접근 제한 of the influencer post is restricted; the other four are only in the quoted request",
    from_="seoyeon.lim@navercorp.com", name_from="임서연",
    date="Fri, 13 Sep 2024 18:20:45 +0900",
    subject="Re: [KCSC-240904-03] 개인정보 노출 게시물 조치 요청",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요, 네이버 임서연입니다.

요청하신 게시물 중 {N5_RAW} 에 대해 국내 접근 제한 조치를 완료하였습니다.
나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.

2024년 9월 4일 (수) 오후 3:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 방송통신심의위원회입니다.
> 아래 게시물은 개인정보를 노출하는 정보로 심의되었습니다. 삭제 등 필요한 조치를 요구합니다.
>
{lines(NS, "> ")}
""",
    items={N5: "restricted", N1: "pending", N2: "pending", N3: "pending", N4: "pending"},
)

# ======================= review =======================

case(
    name="yt-promise-will-remove",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="agent reply announcing a future removal ('will be removed within 48 hours')",
    why="a promise is not a statement: both videos stay pending",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 19:01:00 +0900",
    subject="Re: [YouTube Legal] KCSC-240902-01 - request #48812233",
    reply_to_req="req-240902-01",
    body=f"""Hello,

We have reviewed {Y1} and {Y2} and found that they violate our Community Guidelines. Both videos will be removed within the next 48 hours.

We will confirm in this request once this is done.

Min-seo
YouTube Legal Support
""",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="x-hedge-appears-removed",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="support reply hedging about an item's state ('appears to have been removed')",
    why="'appears to have been removed, possibly by the user' is a hedge, not a statement",
    from_="support@x.com", name_from="X Support",
    date="Wed, 04 Sep 2024 12:33:10 +0900",
    subject="Ticket #0412-208841: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hi,

Our records show that {X1} appears to have been removed already, possibly by the user. We are still checking the remaining posts in your report and will get back to you.

X Support
""",
    items={X1: "pending"},
)

case(
    name="tg-bulk-all-removed",
    outcome="review", classification="confirmation", review="bulk",
    imitates="short abuse-desk reply 'all the reported content has been removed' in the ticket thread",
    why="one sentence about all three items of a three-item request, none named",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 02:17:44 +0900",
    subject="Re: KCSC-240905-04 [#TA-53107]",
    reply_to_req="req-240905-04",
    body="""Hello,

All the messages and the group you reported under KCSC-240905-04 have been removed.

Telegram Abuse Team

--
Conversation #TA-53107 · reply to this message to add to the conversation
""",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="naver-dmarc-fail",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="NAVER 고객센터 answer whose authentication failed (DKIM fail, DMARC fail)",
    why="navercorp.com sender failing DMARC: statements kept for review, nothing applied",
    from_="help@navercorp.com", name_from="네이버 고객센터", auth="fail",
    date="Sat, 07 Sep 2024 09:05:30 +0900",
    subject="[네이버 고객센터] KCSC-240904-03 처리 결과",
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 아래 게시물을 삭제하였습니다.
{N1}
{N2}

감사합니다.
""",
    items={N1: "pending", N2: "pending"},
)

case(
    name="tiktok-bpo-unknown-sender",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf from its own domain",
    why="the sender's domain is no platform's, however it signs; nothing applied",
    from_="casework@lumenmod-services.example", name_from="TikTok Content Review (Lumen Moderation Services)",
    date="Wed, 11 Sep 2024 21:45:00 +0900",
    subject="Re: [#TT-1180442] KCSC-240909-06 Content removal request",
    reply_to_req="req-240909-06",
    body=f"""Dear KCSC,

On behalf of TikTok we confirm that {TT1} has been removed.

Lumen Moderation Services
Content review partner for TikTok (APAC)
""",
    items={TT1: "pending"},
)

case(
    name="yt-ticket-open-under-review",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Zendesk 'request updated, status Open' with the agent saying two URLs are with specialists",
    why="under review is no status: the named items stay pending and a person reads it",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 10:10:10 +0900",
    subject="[Request #48812233] Update on your legal notice KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""##- Please type your reply above this line -##

Your request #48812233 has been updated. Status: Open

Hello,

{Y3} and {Y4} have been passed to our specialist team for a legal review. We expect to be able to reply within five business days.

Min-seo
YouTube Legal Support
""",
    items={Y3: "pending", Y4: "pending"},
)

case(
    name="kakao-asks-documents",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Korean CS agent asking for supporting documents (심의 결정서) before acting",
    why="asks for documents, states nothing about the item",
    from_="rights@kakaocorp.com", name_from="카카오 권리보호센터",
    date="Mon, 09 Sep 2024 10:02:33 +0900",
    subject="Re: [KCSC-240906-05] 불법정보 게시물 시정요구 #9920417",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요. 카카오 권리보호센터입니다.

요청 주신 게시물 중 {K1} 의 처리를 위해 해당 게시물에 대한 심의 의결서 사본을 회신해 주시기 바랍니다.
자료를 받는 대로 검토를 진행하겠습니다.

감사합니다.
""",
    items={K1: "pending"},
)

case(
    name="tiktok-conditional-restrict",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="platform reply making action conditional on a further review outcome",
    why="'if our review confirms …, we will restrict' is a condition and a promise",
    from_="legal-kr@tiktok.com", name_from="TikTok Trust & Safety",
    date="Tue, 10 Sep 2024 16:16:16 +0900",
    subject="Re: [#TT-1180442] KCSC-240909-06 Content removal request",
    reply_to_req="req-240909-06",
    body=f"""Dear KCSC,

We have forwarded {TT2} to our local legal team. If their review confirms that the video breaches Korean law, we will restrict access to it in Korea and let you know.

Kind regards,
TikTok Trust & Safety
""",
    items={TT2: "pending"},
)

case(
    name="x-bulk-reminder-reply",
    outcome="review", classification="confirmation", review="bulk",
    imitates="one-line reply to our overdue reminder covering the whole request",
    why="a statement about all four posts without naming each; the reminder's list is quoted",
    from_="legal-ops@x.com", name_from="X Legal Operations",
    date="Thu, 12 Sep 2024 09:09:09 +0900",
    subject="Re: Reminder: KCSC-240903-02 - response overdue",
    extra_headers=["In-Reply-To: <rem-240903-02-1@kcsc.example>",
                   "References: <req-240903-02@kcsc.example> <rem-240903-02-1@kcsc.example>"],
    body=f"""All four posts listed in your request have been actioned and are no longer available on X.

Legal Operations

On Wed, Sep 11, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Our request KCSC-240903-02 of 3 September 2024 is past its deadline. We have not
> received your answer for the following items:
>
{lines(XS, "> ")}
""",
    items={X1: "pending", X2: "pending", X3: "pending", X4: "pending"},
)

case(
    name="tg-portal-notice-no-claims",
    outcome="review", classification="other", review="no_claims",
    imitates="platform notice to authorities about a new submission portal, not part of any thread",
    why="trusted Telegram mail naming no item and no request",
    from_="dsa@telegram.org", name_from="Telegram DSA",
    date="Mon, 16 Sep 2024 12:00:00 +0900",
    subject="Change to how authorities submit notices to Telegram",
    body="""Dear partner,

From 1 October 2024, notices from authorities should be submitted through our
dedicated form at https://telegram.org/dsa-authorities instead of by email.
Emails sent to this address after that date will receive an automatic pointer
to the form.

Telegram DSA Team
""",
    items={},
)

case(
    name="x-forwarded-colleague-note",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="Gmail 'Forwarded message' of a colleague's answer, sent on by another X employee",
    why="the outcomes are in a forwarded message, not the sender's own statement",
    from_="ryan.ortiz@x.com", name_from="Ryan Ortiz",
    date="Tue, 10 Sep 2024 08:30:00 +0900",
    subject="Fwd: KCSC-240903-02",
    body=f"""Hi KCSC team, forwarding my colleague's note below since she is away this week.

Ryan

---------- Forwarded message ---------
From: Grace Lee <grace.lee@x.com>
Date: Mon, Sep 9, 2024 at 6:12 PM
Subject: KCSC-240903-02
To: Ryan Ortiz <ryan.ortiz@x.com>

Ryan, can you send this to KCSC? {X1} has been removed and {X3} is withheld in KR.
""",
    items={X1: "pending", X3: "pending"},
)

case(
    name="naver-staff-personal-gmail",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="platform employee writing from a personal webmail account",
    why="gmail.com is no platform's domain, whatever the signature says",
    from_="jiyoon.park.nv@gmail.com", name_from="Park Jiyoon",
    date="Sun, 08 Sep 2024 21:10:00 +0900",
    subject="KCSC-240904-03 cafe posts",
    body=f"""Hello, this is Park Jiyoon from NAVER Cafe operations. I'm writing from my personal
account because our ticket tool is down tonight.

{N3} - deleted
{N4} - deleted

Park Jiyoon
""",
    items={N3: "pending", N4: "pending"},
)

# ======================= ignored =======================

case(
    name="yt-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Request received' automatic receipt",
    why="pure receipt: ticket number, no statement",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 02 Sep 2024 10:01:12 +0900",
    subject="[Request received] KCSC-240902-01 (#48812233)",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body="""##- Please type your reply above this line -##

Your request (48812233) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

YouTube Legal Support
""",
    items={},
)

case(
    name="kakao-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean 문의 접수 완료 receipt echoing the submitted text",
    why="receipt whose only URLs are in the echo of our own request",
    from_="cs_noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 11:00:40 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 #9920417",
    reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""문의가 정상적으로 접수되었습니다.

접수번호: 9920417
접수일시: 2024-09-06 11:00

담당자가 확인 후 순차적으로 답변드리겠습니다. 답변까지 영업일 기준 3~5일이 소요될 수 있습니다.

----- 접수된 문의 내용 -----
{REQ_TEXT_KAKAO}
""",
    items={K1: "pending", K2: "pending", K3: "pending"},
)

case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    from_="minji.seo@x.com", name_from="Minji Seo",
    date="Tue, 03 Sep 2024 10:30:20 +0900",
    subject="Automatic reply: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 23 September with limited access to email.

For urgent legal requests please write to legal@x.com.

Minji
""",
    items={},
)

case(
    name="dsn-reminder-tiktok",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a reminder sent to a wrong address",
    why="bounce of our own reminder; the URLs are in the returned message",
    from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System", auth="none",
    date="Mon, 16 Sep 2024 10:00:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="B0F1A2C3.1726448405/mx.kcsc.example"

--B0F1A2C3.1726448405/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<trust-safety-kr@tiktok.com>: host mx1.tiktok.com[192.0.2.41] said: 550 5.1.1
    <trust-safety-kr@tiktok.com>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--B0F1A2C3.1726448405/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon, 16 Sep 2024 10:00:01 +0900

Final-Recipient: rfc822; trust-safety-kr@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 <trust-safety-kr@tiktok.com>: Recipient address rejected: User unknown

--B0F1A2C3.1726448405/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: trust-safety-kr@tiktok.com
Subject: Reminder: KCSC-240909-06 - response overdue
Date: Mon, 16 Sep 2024 10:00:00 +0900
Message-ID: <rem-240909-06-1@kcsc.example>
In-Reply-To: <req-240909-06@kcsc.example>

Our request KCSC-240909-06 is past its deadline. Please tell us what action
was taken on:
{lines(TTS)}

--B0F1A2C3.1726448405/mx.kcsc.example--
""",
    items={TT1: "pending", TT2: "pending"},
)

case(
    name="naver-mdn-read",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, disposition-notification)",
    why="read receipt only",
    from_="jiyoon.park@navercorp.com", name_from="박지윤",
    date="Wed, 04 Sep 2024 16:02:10 +0900",
    subject="읽음: [KCSC-240904-03] 개인정보 노출 게시물 조치 요청",
    reply_to_req="req-240904-03",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_240904_03"

--mdn_240904_03
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지를 읽었습니다.

받는 사람: jiyoon.park@navercorp.com
제목: [KCSC-240904-03] 개인정보 노출 게시물 조치 요청
보낸 날짜: 2024-09-04 (수) 오후 3:10

읽은 날짜: 2024-09-04 (수) 오후 4:02

--mdn_240904_03
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jiyoon.park@navercorp.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_240904_03--
""",
    items={},
)

case(
    name="tiktok-helpdesk-case-opened",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk 'we've received your message, case opened' auto-acknowledgement",
    why="pure receipt with case number and response time",
    from_="legal-kr@tiktok.com", name_from="TikTok Trust & Safety",
    date="Mon, 09 Sep 2024 14:21:03 +0900",
    subject="[#TT-1180442] We received your request: KCSC-240909-06",
    reply_to_req="req-240909-06",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hello,

We've received your message and opened case TT-1180442. Our team usually responds within 3 business days.

Please do not open a new case for the same request; reply to this email to add information.

This is an automated confirmation.
TikTok Trust & Safety
""",
    items={},
)


HEADER = """# blind662: blind set (ticket systems and threads), written before any run
# of the reader from each email's meaning. Generated by make.py; do not edit.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # non-ASCII display names and subjects as RFC 2047 encoded-words
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = email.header.Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    # make.py owns cases/: drop files of cases no longer listed
    names = {c["name"] + ".eml" for c in CASES}
    for f in sorted(os.listdir(os.path.join(HERE, "cases"))):
        if f.endswith(".eml") and f not in names:
            os.remove(os.path.join(HERE, "cases", f))


if __name__ == "__main__":
    main()
