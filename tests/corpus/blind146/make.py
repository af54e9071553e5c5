#!/usr/bin/env python3
"""Blind set blind146: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from X, YouTube/Google, Telegram, NAVER and
Kakao. Every email is fictional and written in our own sentences; the
expected result of each case was written from the email's meaning alone,
before the reader was ever run on it.

    python3 tests/corpus/blind146/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind146"

# --------------------------------------------------------------- requests
REQ = {
    "x": ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
          "illegal gambling promotion", "req-240903-01@kcsc.example"),
    "yt": ("KCSC-240905-02", "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
           "illegal financial scheme", "req-240905-02@kcsc.example"),
    "tg": ("KCSC-240906-03", "telegram", "2024-09-06T14:30:00+09:00", "2024-09-13T23:59:59+09:00",
           "drug trade", "req-240906-03@kcsc.example"),
    "nv": ("KCSC-240909-04", "naver", "2024-09-09T09:30:00+09:00", "2024-09-16T23:59:59+09:00",
           "illegal investment advice", "req-240909-04@kcsc.example"),
    "kk": ("KCSC-240910-05", "kakao", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
           "illegal investment advice", "req-240910-05@kcsc.example"),
    "y1": ("KCSC-240911-06", "youtube", "2024-09-11T15:00:00+09:00", "2024-09-18T23:59:59+09:00",
           "defamation", "req-240911-06@kcsc.example"),
    "x2": ("KCSC-240912-07", "x", "2024-09-12T10:00:00+09:00", "2024-09-19T23:59:59+09:00",
           "counterfeit goods", "req-240912-07@kcsc.example"),
}

X1 = "https://x.com/moonlit_deals7/status/1831200000000000101"
X2 = "https://x.com/moonlit_deals7/status/1831200000000000102"
X3 = "https://x.com/moonlit_deals7/status/1831200000000000103"
X4 = "https://x.com/hanriver_pick/status/1831244400000000201"
X5 = "https://x.com/hanriver_pick/status/1831244400000000202"
X6 = "https://x.com/quietcoin_kr/status/1831300000000000301"
X7 = "https://x.com/quietcoin_kr/status/1831300000000000302"
X8 = "https://x.com/quietcoin_kr/status/1831300000000000303"
X9 = "https://x.com/bluefern_88/status/1831355500000000401"
X10 = "https://x.com/bluefern_88/status/1831355500000000402"
X11 = "https://x.com/night_ledger/status/1831411100000000501"
X12 = "https://x.com/night_ledger/status/1831411100000000502"
X13 = "https://x.com/paperlantern_k/status/1831466600000000601"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13]

Y1 = "https://www.youtube.com/watch?v=Qm7dLx2PaA1"
Y2 = "https://www.youtube.com/watch?v=Rt9cWz4KbB2"
Y3 = "https://www.youtube.com/shorts/Hn3vYp8JcC3"
Y4 = "https://www.youtube.com/watch?v=Ze5fUq1MdD4"

T1 = "https://t.me/silver_ferry_chat/4412"
T2 = "https://t.me/silver_ferry_chat/4419"
T3 = "https://t.me/lotus_signal_kr/87"

N1 = "https://blog.naver.com/moonbay_77/223561004412"
N2 = "https://blog.naver.com/moonbay_77/223561009980"
N3 = "https://cafe.naver.com/greenstock2024/18830"
N4 = "https://cafe.naver.com/greenstock2024/18847"
N5 = "https://in.naver.com/dalbit_lab/contents/internal/701234567"

# 행운투자방 percent-encoded; emails may write the raw Korean path.
K1 = "https://cafe.daum.net/%ED%96%89%EC%9A%B4%ED%88%AC%EC%9E%90%EB%B0%A9/Kx1q/77"
K1_RAW = "https://cafe.daum.net/행운투자방/Kx1q/77"
K2 = "https://amberroad.tistory.com/41"

Y5 = "https://www.youtube.com/watch?v=Lp2sNa6VeE5"

X14 = "https://x.com/cobalt_lane/status/1833900000000000701"
X15 = "https://x.com/cobalt_lane/status/1833900000000000702"

ITEMS = {
    "x": XS,
    "yt": [Y1, Y2, Y3, Y4],
    "tg": [T1, T2, T3],
    "nv": [N1, N2, N3, N4, N5],
    "kk": [K1, K2],
    "y1": [Y5],
    "x2": [X14, X15],
}


def write_requests():
    out = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for key, (ref, plat, sent, due, cat, mid) in REQ.items():
        for i, url in enumerate(ITEMS[key]):
            note = "blind146" if i == 0 else ""
            out.append(",".join([ref, plat, sent, due, url, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- helpers
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def d(day, hms, tz="+0900"):
    """RFC 5322 date for a day of September 2024."""
    import datetime
    wd = DAYS[datetime.date(2024, 9, day).weekday()]
    return f"{wd}, {day:02d} Sep 2024 {hms} {tz}"


def enc(s):
    """RFC 2047 encoded words (UTF-8, base64), folded."""
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode("utf-8")) > 36:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode() + "?=" for w in words)


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def single(ctype, cte, payload):
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n{payload}"


# ------------------------------------------------------------------ cases
cases = []


def case(**kw):
    cases.append(kw)


XSUP = "support@x.com"
XREQ = REQ["x"][0]

# ============================== APPLIED ==============================

case(
    name="x-zendesk-solved-numbered",
    **{"from": XSUP}, name_from="X Support", date=d(11, "09:12:40"),
    subject=f"[X Support] Re: Request #08841201 - Legal request {XREQ}",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (08841201) has been solved. To reopen this request, reply to
this email.

Ji-ho Park (X Support)
Sep 11, 2024, 09:12 GMT+9

Hello,

Thank you for your report under Korean law. After reviewing it, we have
removed the following posts from X for violating the X Rules:

1. {X1}
2. {X2}
3. {X3}

We are still looking into the other URLs in your request and will reply in
this ticket when we have an outcome.

Regards,
X Support

This email is a service from X Support. [ZK4Y2-0M9P]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification carrying an agent's comment",
    why="solved-ticket notice whose agent comment states three numbered posts were removed; the rest are only promised",
    items={X1: "removed", X2: "removed", X3: "removed"},
)

case(
    name="x-followup-top-posted-over-quote",
    **{"from": XSUP}, name_from="X Support", date=d(13, "16:40:02"),
    subject=f"[X Support] Re: Request #08841201 - Legal request {XREQ}",
    reply_to_req="req-240903-01",
    body=f"""
Hello again,

A follow-up on the same request: our legal team has now finished reviewing
three more posts.

Withheld in South Korea in response to your legal demand (still visible
outside Korea):
{X4}
{X5}

Not actioned: after careful review we found that
{X6} does not violate the X Rules or local law as we understand it, so it
stays up.

Best,
Ji-ho
X Support

On Wed, Sep 11, 2024 at 9:12 AM X Support <support@x.com> wrote:
> Hello,
>
> Thank you for your report under Korean law. After reviewing it, we have
> removed the following posts from X for violating the X Rules:
>
> 1. {X1}
> 2. {X2}
> 3. {X3}
>
> We are still looking into the other URLs in your request.
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in a Zendesk thread, top-posted over the earlier reply (Gmail quoting)",
    why="two posts withheld in Korea, one refused with a reason; the removals sit only in the quoted earlier reply",
    items={X4: "restricted", X5: "restricted", X6: "rejected", X1: "pending"},
)

case(
    name="x-reply-to-reminder-partial",
    **{"from": "legal-ops@x.com"}, name_from="Marta Klein", date=d(17, "18:05:11"),
    subject=f"RE: [Reminder] {XREQ}: 7 item(s) still pending after the deadline",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Microsoft Outlook 16.0"],
    body=f"""
Hi KCSC team,

Sorry for the delay on this one. Here is where things stand on two of the
outstanding links:

{X9} - removed for violating our rules on illegal goods and services.
{X10} - we could not find this post. It was deleted by the account owner before our review.

The rest of the links are still with our legal team; we will write again in
this thread once they are done.

Thanks,
Marta
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:00 AM
To: legal@x.com
Subject: [Reminder] {XREQ}: 7 item(s) still pending after the deadline

Dear X,

Our request {XREQ} of 3 September 2024 is past its deadline of
10 September. The following items are still pending:

{X7}
{X8}
{X9}
{X10}
{X11}
{X12}
{X13}

Please tell us the action taken on each item.

KCSC
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a legal-operations employee to an automated reminder",
    why="answers two of the reminded items (removed; deleted by its owner = not found); the others appear only in our quoted reminder",
    items={X9: "removed", X10: "not_found", X11: "pending", X7: "pending"},
)

html_table = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your ticket <b>#0441-219</b> ({XREQ}) has been updated by our team. The outcome for the
posts reviewed so far is below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Date</th></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>Withheld in KR</td><td>2024-09-14</td></tr>
<tr><td><a href="{X12}">{X12}</a></td><td>Removed</td><td>2024-09-14</td></tr>
<tr><td><a href="{X13}">{X13}</a></td><td>No violation found &ndash; content remains available</td><td>2024-09-14</td></tr>
</table>
<p>You can view the full history of this ticket in the
<a href="https://help.x.com/portal/tickets/0441-219">support portal</a>.</p>
<p>X Support</p>
<p style="color:#999;font-size:11px">Please do not change the subject line when replying. [#0441-219]</p>
</body></html>"""
case(
    name="x-freshdesk-html-table",
    **{"from": XSUP}, name_from="X Support", date=d(14, "21:33:09"),
    subject=f"Ticket #0441-219 updated: {XREQ}",
    raw_mime=single("text/html; charset=utf-8", "quoted-printable", qp(html_table)),
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket updated' HTML notification with a results table",
    why="HTML table: one post withheld in Korea, one removed, one left up with a reason; the portal link is not an item",
    items={X11: "restricted", X12: "removed", X13: "rejected"},
)

csv_att = f"""url,outcome,date
{X14},removed,2024-09-14
{X15},not found (post deleted by its author),2024-09-14
"""
case(
    name="x-jira-resolved-csv-attachment",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Ops (Jira)", date=d(14, "11:02:55"),
    subject=f"[LGL-5521] Resolved: Removal request {REQ['x2'][0]}",
    reply_to_req="req-240912-07",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b146-jira-5521"

--b146-jira-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

LGL-5521 was resolved by Dana Whitfield.

Resolution: Done

Comment:
Hello KCSC, the outcome for each URL in your request {REQ['x2'][0]} is in the
attached file outcome-LGL-5521.csv. Reply to this email if you have any
questions.

--
This message was sent by the X legal operations service desk.
--b146-jira-5521
Content-Type: text/csv; charset=utf-8; name="outcome-LGL-5521.csv"
Content-Disposition: attachment; filename="outcome-LGL-5521.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}--b146-jira-5521--
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' notification with a CSV attachment",
    why="the attached CSV gives one post removed and one deleted by its author (not found)",
    items={X14: "removed", X15: "not_found"},
)

case(
    name="x-qp-status-line-below",
    **{"from": XSUP}, name_from="X Support", date=d(16, "08:47:30"),
    subject=f"Re: [X Support] Request #08841201 - Legal request {XREQ}",
    reply_to_req="req-240903-01",
    raw_mime=single("text/plain; charset=utf-8", "quoted-printable", qp(f"""
Hello,

An update on the following posts from your report:

{X7}
Status: Removed (violation of the X Rules)

{X8}
Status: Withheld in: South Korea

Kind regards,
X Support – Legal
""")),
    outcome="applied", classification="confirmation",
    imitates="X legal support reply with bare URLs and a status line under each, quoted-printable",
    why="each bare URL is followed by its status line: one removed, one withheld in South Korea",
    items={X7: "removed", X8: "restricted"},
)

YREQ = REQ["yt"][0]
YSUP = "legal-support@youtube.com"
case(
    name="yt-case-reply-mixed",
    **{"from": YSUP}, name_from="YouTube Legal Support", date=d(10, "03:14:27", "+0000"),
    subject=f"Re: [6-1234000051] Legal removal request {YREQ}",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Thanks for reaching out to the YouTube legal team. We have reviewed the
content in your request and taken the following action:

- {Y1} : removed from YouTube for violating our Community Guidelines.
- {Y2} : age-restricted. The video remains available only to signed-in viewers aged 18 and over.
- {Y3} : we did not take action on this Short. It does not violate our Community Guidelines, and we did not find it unlawful based on the information provided.

We'll follow up separately about the remaining video.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support case reply listing an outcome per URL",
    why="one removed, one age-restricted, one refused with its reason; the fourth video is only promised",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

case(
    name="yt-followup-gmail-quote",
    **{"from": YSUP}, name_from="YouTube Legal Support", date=d(12, "05:51:08", "+0000"),
    subject=f"Re: [6-1234000051] Legal removal request {YREQ}",
    reply_to_req="req-240905-02",
    body=f"""
Hi,

Following up on the remaining video: {Y4} has now been removed for violating
our policy on scams and deceptive practices.

This completes our review of your request.

Best,
Hyun-woo
YouTube Legal Support

On Tue, Sep 10, 2024 at 12:14 PM YouTube Legal Support <legal-support@youtube.com> wrote:
> Hello,
>
> Thanks for reaching out to the YouTube legal team. We have reviewed the
> content in your request and taken the following action:
>
> - {Y1} : removed from YouTube for violating our Community Guidelines.
>
> We'll follow up separately about the remaining video.
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same YouTube legal case thread, Gmail-quoted",
    why="the fourth video is removed; the first one's removal sits only in the quoted earlier reply",
    items={Y4: "removed", Y1: "pending"},
)

case(
    name="yt-single-item-actioned",
    **{"from": YSUP}, name_from="YouTube Legal Support", date=d(13, "07:20:44", "+0000"),
    subject=f"Re: Legal removal request {REQ['y1'][0]} [6-1234000199]",
    reply_to_req="req-240911-06",
    body=f"""
Hello,

Following our review, the content identified in your request
{REQ['y1'][0]} has been actioned under our policies.

This case (6-1234000199) is now closed. If you have a new legal concern,
please submit a new request through our webform.

Sincerely,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'content has been actioned' closing notice without URL",
    why="names no URL but answers a one-item request with the configured removal phrase",
    items={Y5: "removed"},
)

case(
    name="yt-statement-then-url-below",
    **{"from": YSUP}, name_from="YouTube Legal Support", date=d(15, "02:03:19", "+0000"),
    subject=f"Re: [6-1234000051] Legal removal request {YREQ}",
    body=f"""
Hello,

Following a second review requested by your team, we have removed this
Short from YouTube:

{Y3}

Your case 6-1234000051 remains closed.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal re-review outcome, URL on the line under its statement",
    why="the statement ends in a colon and the Short's URL follows on its own line: removed",
    items={Y3: "removed"},
)

TREQ = REQ["tg"][0]
case(
    name="tg-case-blocked-and-invalid",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(8, "12:40:00", "+0000"),
    subject=f"Re: {TREQ} [Case #5528103]",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

Case #5528103.

Thank you for your report. The messages {T1} and
{T2} have been blocked and are no longer
accessible on Telegram.

We could not find {T3}: the link is invalid or the message does not exist.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a case number",
    why="two messages blocked (removed); the third link is invalid or does not exist (not found)",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-followup-angle-brackets",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(11, "09:15:31", "+0000"),
    subject=f"Re: {TREQ} [Case #5528103]",
    reply_to_req="req-240906-03",
    body=f"""
Hello again,

Case #5528103 - update.

The following message is now unavailable for users in South Korea:
<{T3}>.

<{T2}> - we found no violation of the Telegram Terms of Service. It remains available.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk follow-up in the same case, URLs in angle brackets",
    why="one message made unavailable in South Korea (restricted), one left up with a reason (rejected)",
    items={T3: "restricted", T2: "rejected"},
)

NREQ = REQ["nv"][0]
case(
    name="naver-helpdesk-answer-arrows",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"), date=d(12, "14:22:05"),
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (접수번호: 2409-118273)"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회의 시정요구({NREQ})와 관련하여 문의하신 게시물의 처리 결과를 안내해 드립니다.

1. {N1}
   → 게시중단 조치 완료
2. {N2}
   → 임시조치(30일) 완료
3. {N3}
   → 운영자 삭제

나머지 게시물은 확인 중이며, 처리가 끝나는 대로 다시 안내해 드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 메일 (게시중단·임시조치 처리 결과)",
    why="numbered list with the result on the line below each URL: 게시중단 (removed), 임시조치 (restricted), 운영자 삭제 (removed)",
    items={N1: "removed", N2: "restricted", N3: "removed"},
)

nv_html = f"""<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>시정요구 {NREQ}에 대한 조치 결과를 아래와 같이 알려 드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N4}</td><td>블라인드 처리</td><td>2024.09.13</td></tr>
<tr><td>2</td><td>{N5}</td><td>해당 게시물 없음 (작성자 삭제)</td><td>2024.09.13</td></tr>
</table>
<p>문의 사항은 이 메일에 회신해 주십시오.</p>
<p>네이버 정책지원팀</p>
</body></html>"""
case(
    name="naver-html-table-base64",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"), date=d(13, "17:45:12"),
    subject=enc(f"[시정요구 조치결과] {NREQ}"),
    raw_mime=single("text/html; charset=utf-8", "base64", b64(nv_html)),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 table in an HTML ticket reply, base64",
    why="table rows: 블라인드 처리 (removed) and 게시물 없음/작성자 삭제 (not found)",
    items={N4: "removed", N5: "not_found"},
)

case(
    name="naver-particle-fullwidth-parens",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"), date=d(16, "10:08:51"),
    subject=enc("Re: [네이버 고객센터] 추가 문의 답변 (접수번호: 2409-118273)"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

추가로 문의하신 게시물에 대해 답변 드립니다.

요청하신 게시물 중 {N4}은 관련 법령과 운영정책 위반 여부를 검토한 결과 위반 사항이 확인되지 않아 게시를 유지합니다.

또한 블로그 게시물（{N2}）은 당사에서 비공개 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 추가 문의 답변, URL followed by a Korean particle and full-width parentheses",
    why="one cafe post kept up after review (rejected), one blog post made private by NAVER (removed)",
    items={N4: "rejected", N2: "removed"},
)

KREQ = REQ["kk"][0]
case(
    name="kakao-raw-korean-path",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"), date=d(12, "16:30:40"),
    subject=enc("[카카오 고객센터] 문의 답변 드립니다 (#3391024)"),
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

{KREQ} 요청 건에 대해 답변 드립니다.

{K1_RAW} 게시물은 운영정책 위반으로 삭제 조치하였습니다.
{K2} 게시물은 국내에서 접근이 제한되도록 조치하였습니다.

추가 문의는 본 메일에 회신해 주세요.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 문의 답변 (Daum 카페·티스토리), raw Korean path",
    why="the raw Korean cafe path is the percent-encoded item: 삭제 (removed); the Tistory post 접근 제한 in Korea (restricted)",
    items={K1: "removed", K2: "restricted"},
)

case(
    name="kakao-reminder-reply-author-deleted",
    **{"from": "policy@kakaocorp.com"}, name_from=enc("카카오 정책팀 이서연"), date=d(18, "11:12:09"),
    subject=enc(f"RE: [Reminder] {KREQ}: 2 item(s) still pending after the deadline"),
    reply_to_req="req-240910-05",
    extra_headers=["X-Mailer: Microsoft Outlook 16.0"],
    body=f"""
안녕하세요, 카카오 정책팀 이서연입니다.

독촉 메일 확인했습니다. {K2} 은 확인 결과 이미 작성자가 삭제하여 존재하지 않는 게시물입니다.

다른 한 건은 담당 부서에서 검토하고 있습니다.

이서연 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 9:00 AM
To: cs-policy@kakaocorp.com
Subject: [Reminder] {KREQ}: 2 item(s) still pending after the deadline

The following items of request {KREQ} are still pending:
{K1}
{K2}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply in Korean from a portal policy team to our reminder",
    why="the Tistory post was already deleted by its author (not found); the cafe post is only under review and quoted",
    items={K2: "not_found", K1: "pending"},
)

case(
    name="x-helpscout-reply-above-line",
    **{"from": "legal@x.com"}, name_from="X Legal Support", date=d(12, "22:10:03"),
    subject=f"Re: {XREQ} [Conversation #48213]",
    reply_to_req="req-240903-01",
    extra_headers=["X-HelpScout-Conversation-Id: 48213"],
    body=f"""
## Please reply above this line ##

Daniel (X Legal Support)
Sep 12, 10:10pm

Hi there,

Thanks for your patience. Here is what we found for three of the posts:

{X1} - removed for violating the X Rules.
{X2} - we couldn't locate this post; the link is invalid.
{X3} - this post doesn't break the X Rules and stays up. We reviewed it against Korean law as described in your request and did not find it clearly unlawful.

Daniel
X Legal Support

Conversation #48213 · View in portal: https://help.x.com/conversations/48213
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style conversation reply ('reply above this line')",
    why="one removed, one invalid link (not found), one refused with its reason; the portal link is not an item",
    items={X1: "removed", X2: "not_found", X3: "rejected"},
)

case(
    name="x-wrapped-urls-in-angle-brackets",
    **{"from": "legal@x.com"}, name_from="X Legal Support", date=d(15, "13:55:48"),
    subject=f"Re: {XREQ} [Conversation #48213]",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

These two posts have been withheld in South Korea in response to your
request:

<https://x.com/night_ledger/
status/1831411100000000501>
<https://x.com/night_ledger/status/1831411100000000502>

They remain available in other countries.

Daniel
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply from a client that hard-wraps a long URL inside angle brackets",
    why="both posts withheld in South Korea; the first URL is wrapped after a slash inside its angle brackets (RFC 3986 appendix C style)",
    items={X11: "restricted", X12: "restricted"},
)

case(
    name="x-echoed-report-decisions",
    **{"from": "noreply-reports@x.com"}, name_from="X Reports", date=d(10, "19:30:00"),
    subject=f"Decision on your reports ({XREQ})",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

Here is a copy of your reports and our decision on each.

Report ID: 3f9a-77c1
Reported URL: {X13}
Reported under: Illegal content - Republic of Korea (KCSC)
Decision: Removed globally for violating the X Rules

Report ID: 3f9a-77c2
Reported URL: {X4}
Reported under: Illegal content - Republic of Korea (KCSC)
Decision: Content not found (the post was deleted before review)

You can read more about how we enforce our rules at
https://help.x.com/rules-and-policies/enforcement-options

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X report-decision notice echoing each report's fields (DSA-style statement of decision)",
    why="echoed report blocks each end in a decision: removed, and not found (deleted before review); the help link is not an item",
    items={X13: "removed", X4: "not_found"},
)

case(
    name="yt-jira-status-transition",
    **{"from": "servicedesk@google.com"}, name_from="Min-seo Cho (Jira)", date=d(11, "06:44:20", "+0000"),
    subject=f"[JIRA] (LEGAL-KR-1187) {YREQ} - status changed to Resolved",
    reply_to_req="req-240905-02",
    body=f"""
Min-seo Cho changed the status to Resolved.

LEGAL-KR-1187: Legal removal request {YREQ}
Status: In Progress -> Resolved
Resolution: Done

Comment by Min-seo Cho:
The video {Y2} has been removed for violating our harassment policy.
The video {Y1} does not violate our Community Guidelines or local law as
far as we can determine, so we are not removing it.

View request · Turn off this request's notifications
https://support.google.com/legal/servicedesk/portal/7/LEGAL-KR-1187
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management status-transition notification with the agent's comment",
    why="comment: one video removed, one refused with its reason; the portal link is not an item",
    items={Y2: "removed", Y1: "rejected"},
)

case(
    name="naver-reminder-reply-qp",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀 김도윤"), date=d(18, "15:02:37"),
    subject=enc(f"RE: [Reminder] {NREQ}: 처리 결과 회신 요청"),
    reply_to_req="req-240909-04",
    raw_mime=single("text/plain; charset=utf-8", "quoted-printable", qp(f"""
안녕하세요, 네이버 정책지원팀 김도윤입니다.

요청하신 5건 중 2건은 처리가 완료되었습니다.

- {N3} : 삭제
- {N4} : 임시조치

나머지 3건은 현재 검토 중이며 결과가 나오면 바로 회신 드리겠습니다.

김도윤 드림
""")),
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team's Korean reply to a reminder, quoted-printable UTF-8",
    why="two of five items answered (삭제 removed, 임시조치 restricted); the other three are only under review and not named",
    items={N3: "removed", N4: "restricted"},
)

x2_b64 = f"""
Hello KCSC,

Regarding request {REQ['x2'][0]} (LGL-5521):

{X14}
This post has been withheld in South Korea.

{X15}
This post has been removed for violating our counterfeit goods policy.

X Legal Operations
"""
case(
    name="x-base64-plain-body",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Ops", date=d(13, "09:27:14"),
    subject=f"Re: [LGL-5521] Removal request {REQ['x2'][0]}",
    reply_to_req="req-240912-07",
    raw_mime=single("text/plain; charset=utf-8", "base64", b64(x2_b64)),
    outcome="applied", classification="confirmation",
    imitates="service-desk agent reply sent with a base64 plain-text body",
    why="each URL is followed by its own sentence: withheld in South Korea (restricted), removed",
    items={X14: "restricted", X15: "removed"},
)

case(
    name="yt-partial-two-of-four",
    **{"from": YSUP}, name_from="YouTube Legal Support", date=d(9, "08:12:50", "+0000"),
    subject=f"Re: [6-1234000051] Legal removal request {YREQ}",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

We've completed our review of two of the four URLs in case 6-1234000051:

{Y3} - age-restricted
{Y4} - removed for violating our spam and scams policy

The other two videos ({Y1} and
{Y2}) are still under review. We'll update this
case as soon as we have an outcome.

Thanks,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal partial answer in a case thread",
    why="two items answered (age-restricted, removed); the two others are explicitly still under review",
    items={Y3: "restricted", Y4: "removed", Y1: "pending", Y2: "pending"},
)

case(
    name="tg-bulleted-schemeless",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team", date=d(10, "17:03:26", "+0000"),
    subject=f"Results for your report {TREQ} [Case #5530977]",
    reply_to_req="req-240906-03",
    body="""
Hello,

Results for your report (Case #5530977):

• t.me/silver_ferry_chat/4412 — taken down
• t.me/silver_ferry_chat/4419 — taken down
• t.me/lotus_signal_kr/87 — no action: we reviewed this message and it does not violate the Telegram Terms of Service.

Regards,
Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply listing links without scheme as bullets",
    why="two messages taken down, one refused with its reason; links written without https://",
    items={T1: "removed", T2: "removed", T3: "rejected"},
)

case(
    name="kakao-english-ticket-solved",
    **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety", date=d(13, "10:41:18"),
    subject=f"[Ticket #KTS-20931] Status: Solved - {KREQ}",
    reply_to_req="req-240910-05",
    body=f"""
Dear KCSC,

Your ticket #KTS-20931 has been marked as Solved.

We reviewed the Daum cafe post
{K1}
and have restricted access to it from Korea (temporary measure / 임시조치,
30 days) under Article 44-2 of the Network Act.

If you believe this needs further attention, simply reply to this email and
the ticket will be reopened.

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket solved' notice from a Korean portal's trust and safety desk, in English",
    why="the cafe post (percent-encoded URL on its own line) is restricted from Korea by 임시조치",
    items={K1: "restricted"},
)

# ============================== REVIEW ===============================

case(
    name="x-escalated-will-be-removed",
    **{"from": XSUP}, name_from="X Support", date=d(9, "14:18:33"),
    subject=f"[X Support] Re: Request #08841201 - Legal request {XREQ}",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thanks for your patience. Your ticket 08841201 has been escalated to our
legal team. The posts {X7} and
{X8} will be removed once the legal review is
finished; we expect to complete it within 5 business days.

X Support
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent update promising action after escalation",
    why="a promise ('will be removed once the review is finished') is no statement: both items stay pending",
    items={X7: "pending", X8: "pending"},
)

case(
    name="yt-hedged-uploader-deleted",
    **{"from": YSUP}, name_from="YouTube Legal Support", date=d(9, "23:59:02", "+0000"),
    subject=f"Re: [6-1234000051] Legal removal request {YREQ}",
    reply_to_req="req-240905-02",
    body=f"""
Hi,

Quick note while we work on your case: from what we can see, the videos
{Y1} and {Y2} appear to have been taken down by the uploader, but we can't
confirm this yet. We'll come back to you with a final answer.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="interim YouTube case note with a hedged observation",
    why="'appear to have been taken down … can't confirm' is a hedge, not a statement: items stay pending",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(9, "10:00:12", "+0000"),
    subject=f"Re: {TREQ} [Case #5528103]",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

Case #5528103: all the links listed in your request {TREQ} have been
blocked.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="short Telegram abuse-desk closing reply about a whole request",
    why="one statement about all items of a three-item request without naming them: bulk, items pending",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="x-zendesk-solved-bulk",
    **{"from": XSUP}, name_from="X Support", date=d(18, "20:04:45"),
    subject=f"[X Support] Re: Request #08841201 - Legal request {XREQ}",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Your request (08841201) has been solved. To reopen this request, reply to
this email.

X Support
Sep 18, 2024, 20:04 GMT+9

Hello,

We have removed the posts you reported under {XREQ}. This request has been
marked as solved.

X Support
""",
    outcome="review", review="bulk",
    imitates="Zendesk solved notification with a one-line blanket answer",
    why="'removed the posts you reported' covers a 13-item request without naming any: bulk, items pending",
    items={u: "pending" for u in XS},
)

case(
    name="x-untrusted-dmarc-fail",
    **{"from": XSUP}, name_from="X Support", date=d(16, "03:11:49"), auth="fail",
    subject=f"[X Support] Re: Request #08841201 - Legal request {XREQ}",
    body=f"""
Hello,

The post {X10} has been removed for violating the X Rules.

X Support
""",
    outcome="review", review="untrusted",
    imitates="X Support ticket reply that fails DKIM/SPF/DMARC",
    why="claims from x.com but authentication fails: untrusted, item stays pending",
    items={X10: "pending"},
)

case(
    name="zendesk-host-unknown-sender",
    **{"from": "support@xcorp-help.zendesk.com"}, name_from="X Support", date=d(12, "12:12:12"),
    subject=f"[X Support] Re: Request #08841201 - Legal request {XREQ}",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Following your request {XREQ}, the post
{X12} has been removed.

X Support
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk reply sent from the helpdesk's default host instead of the platform's domain",
    why="a zendesk.com subdomain is not a configured sender of X: unknown sender, item stays pending",
    items={X12: "pending"},
)

case(
    name="google-search-delisting-tistory",
    **{"from": "removals@google.com"}, name_from="Google Legal Support", date=d(14, "04:30:09", "+0000"),
    subject="Re: Legal removal request - amberroad.tistory.com [7-5512000833]",
    body=f"""
Hello,

Thank you for your notice. In response, we have removed the following URL
from Google Search results in South Korea:

{K2}

Please note that Google does not host this content; to have it removed from
the web, contact the site's host.

Google Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="Google Search legal-removal reply delisting a third-party URL in one country",
    why="google.com speaks for YouTube here, but the Tistory URL belongs to the Kakao request: wrong platform, item stays pending",
    items={K2: "pending"},
)

case(
    name="naver-asks-legal-basis",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"), date=d(11, "13:40:27"),
    subject=enc("[네이버 고객센터] 추가 자료 요청 (접수번호: 2409-118273)"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물
{N5}
에 대한 검토를 위해 시정요구의 법적 근거와 심의 의결서 사본을 회신해 주시기 바랍니다.

자료를 받는 대로 검토를 진행하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 고객센터 추가 자료 요청 메일",
    why="asks for the legal basis and the decision before reviewing: needs a person, item stays pending",
    items={N5: "pending"},
)

case(
    name="kakao-satisfaction-survey",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"), date=d(15, "09:00:00"),
    subject=enc("[카카오 고객센터] 상담은 만족스러우셨나요?"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

문의하신 건(#3391024)의 상담이 종료되었습니다.
상담 품질 향상을 위해 잠시 시간을 내어 만족도 평가에 참여해 주세요.

만족도 평가하기: https://cs.kakao.com/survey?ticket=3391024

본 메일은 발신 전용입니다.
""",
    outcome="review", review="no_claims",
    imitates="helpdesk post-closure satisfaction survey (Korean)",
    why="trusted Kakao mail naming no item and none of our references (only its own ticket number): no claims",
    items={},
)

case(
    name="x-forwarded-internal-note",
    **{"from": "legal-ops@x.com"}, name_from="Marta Klein", date=d(14, "15:21:40"),
    subject=f"Fwd: {XREQ} outcome for quietcoin_kr",
    body=f"""
Hi KCSC team, forwarding our trust & safety team's note below for your
records.

Marta

---------- Forwarded message ---------
From: Trust & Safety <trust-safety@x.com>
Date: Sat, Sep 14, 2024 at 2:58 PM
Subject: {XREQ} outcome for quietcoin_kr
To: Legal Ops <legal-ops@x.com>

Hi Marta,

{X6} has been removed for violating our illegal goods policy.

T&S
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail forward of an internal trust-and-safety note by a platform employee",
    why="the statement is inside a forwarded message: a person decides, item stays pending",
    items={X6: "pending"},
)

case(
    name="yt-conditional-counter-notice",
    **{"from": YSUP}, name_from="YouTube Legal Support", date=d(13, "01:15:55", "+0000"),
    subject=f"Re: [6-1234000051] Legal removal request {YREQ}",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

We have notified the uploader of {Y4} about your request. If we do not
receive a counter notification within 10 business days, the video will be
removed.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal notice of a pending counter-notification window",
    why="a conditional future removal is no statement: item stays pending",
    items={Y4: "pending"},
)

case(
    name="tg-typo-unmatched-url",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(10, "08:31:02", "+0000"),
    subject=f"Re: {TREQ} [Case #5528103]",
    reply_to_req="req-240906-03",
    body="""
Hello,

Case #5528103. The message https://t.me/silver_ferry_chat/4413 has been
blocked.

Telegram Abuse Team
""",
    outcome="review", review="unmatched_claims",
    imitates="Telegram abuse-desk reply with a mistyped message number",
    why="the only stated URL (…/4413) is not in our request (we asked for 4412 and 4419): unmatched claim, nothing applied",
    items={},
)

# ============================== IGNORED ==============================

case(
    name="x-zendesk-receipt",
    **{"from": XSUP}, name_from="X Support", date=d(3, "10:02:31"),
    subject=f"[X Support] Request received: Legal request {XREQ}",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-replied"],
    body="""
##- Please type your reply above this line -##

Your request (08841201) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement",
    why="pure receipt with a ticket number; nothing about any item",
    items={},
)

case(
    name="yt-jira-created-echo",
    **{"from": "servicedesk@google.com"}, name_from="YouTube Legal (Jira)", date=d(5, "02:05:00", "+0000"),
    subject=f"[JIRA] (LEGAL-KR-1187) Legal removal request {YREQ}",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Your request LEGAL-KR-1187 has been received. Our team will review it and
respond to you by email. You don't need to do anything for now.

Summary: Legal removal request {YREQ}
Description:
  Dear YouTube, please remove the following videos under Article 44-7 of
  the Network Act:
  {Y1}
  {Y2}
  {Y3}
  {Y4}

View request: https://support.google.com/legal/servicedesk/portal/7/LEGAL-KR-1187
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request created' receipt echoing the request description",
    why="a receipt echoing our own request text; it states nothing about any item",
    items={},
)

case(
    name="tg-out-of-office",
    **{"from": "dsa@telegram.org"}, name_from="Nadia Petrova", date=d(7, "09:00:03", "+0000"),
    subject=f"Automatic reply: {TREQ} removal request",
    reply_to_req="req-240906-03",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Hello,

I'm out of the office until 23 September with limited access to email.
For urgent abuse matters please write to abuse@telegram.org.

Nadia
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply",
    why="auto-reply with no statement",
    items={},
)

case(
    name="x-dsn-reminder-undeliverable",
    **{"from": "MAILER-DAEMON@x.com"}, name_from="Mail Delivery System", date=d(17, "10:00:41"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="b146-dsn-0917"

--b146-dsn-0917
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-desk@x.com>: host mx2.x.com[198.51.100.44] said: 550 5.1.1
    <legal-kr-desk@x.com>: Recipient address rejected: User unknown

--b146-dsn-0917
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.x.com
Arrival-Date: Tue, 17 Sep 2024 10:00:38 +0900

Final-Recipient: rfc822; legal-kr-desk@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b146-dsn-0917
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-desk@x.com
Subject: [Reminder] {XREQ}: 7 item(s) still pending after the deadline
Date: Tue, 17 Sep 2024 10:00:00 +0900
Message-ID: <reminder-{XREQ}-1@kcsc.example>

Dear X,

The following items of request {XREQ} are still pending:
{X7}
{X8}
{X9}
{X10}
{X11}
{X12}
{X13}

Please tell us the action taken on each item.

--b146-dsn-0917--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="a bounce carrying our reminder; no statement from the platform",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from=enc("김도윤"), date=d(9, "13:02:17"),
    subject=enc(f"읽음: 시정요구 {NREQ}"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="b146-mdn-0909"

--b146-mdn-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지
  받는 사람: policy@navercorp.com
  제목: 시정요구 {NREQ}
  보낸 날짜: 2024-09-09 오전 9:30

을(를) 2024-09-09 오후 1:02에 읽었습니다.
--b146-mdn-0909
Content-Type: message/disposition-notification

Reporting-UA: NAVERCORP-PC; Microsoft Outlook 16.0
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b146-mdn-0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="a read receipt for our request; no statement",
    items={},
)

case(
    name="kakao-ticket-received",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"), date=d(10, "10:03:55"),
    subject=enc("[카카오 고객센터] 문의가 정상적으로 접수되었습니다 (#3391024)"),
    reply_to_req="req-240910-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: #3391024
문의 제목: {KREQ} 게시물 조치 요청

영업일 기준 3일 이내에 답변 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean helpdesk 문의 접수 완료 auto-acknowledgement",
    why="pure receipt with a ticket number; nothing about any item",
    items={},
)

case(
    name="yt-out-of-office-quoted-request",
    **{"from": "hyunwoo.lim@google.com"}, name_from="Hyun-woo Lim", date=d(5, "11:04:12"),
    subject=f"Out of Office: Legal removal request {YREQ}",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
Thank you for your email. I am on leave until 12 September and will reply
when I return. Legal removal requests are handled by
legal-kr@google.com in the meantime.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
Subject: Legal removal request {YREQ}

Dear YouTube, please remove the following videos, which were found to be
illegal content:
{Y1}
{Y2}
{Y3}
{Y4}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply quoting the original request",
    why="auto-reply; the URLs appear only in our quoted request",
    items={},
)

HEADER = """# Blind set blind146: ticket systems and threads (receipts then results,
# solved tickets, follow-ups in the same thread, replies to our reminders,
# partial answers, forwarded mail). Written by tests/corpus/blind146/make.py
# from the meaning of each email, before the reader was run. Each case is
# ingested alone into a fresh ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    n = len(cases)
    by = {}
    for c in cases:
        by[c["outcome"]] = by.get(c["outcome"], 0) + 1
    print(f"{SET}: {n} cases {by}")
