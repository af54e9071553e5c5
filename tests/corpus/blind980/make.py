#!/usr/bin/env python3
"""Blind corpus set 980: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail, from Telegram, X, YouTube, NAVER, Kakao and Discord.

Every email is fictional and written in our own sentences. The expected
result of each case was written from the email's meaning alone, before the
reader was ever run on it.

    python3 tests/corpus/blind980/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)

T1 = "https://t.me/frostline_market"
T2 = "https://t.me/frostline_market/1184"
T3 = "https://t.me/c_kettle_drops/77"
T4 = "https://t.me/+Qm3xLa9vZt1kYzRl"

X1 = "https://x.com/lucky7_jackpot_kr/status/1830415526617890112"
X2 = "https://x.com/lucky7_jackpot_kr/status/1830622904137455876"
X3 = "https://x.com/bet_moonrise/status/1829950311412201985"
X4 = "https://x.com/bet_moonrise/status/1830104729981632760"
X5 = "https://x.com/bet_moonrise"
X6 = "https://x.com/casino_nightowl88/status/1828873402290010370"
X7 = "https://x.com/casino_nightowl88/status/1829190075534135611"
X8 = "https://x.com/toto_harbor/status/1830201556778123264"
X9 = "https://x.com/toto_harbor/status/1830355508612247901"
X10 = "https://x.com/slotking_seoul/status/1829777321096450117"
X11 = "https://x.com/slotking_seoul/status/1830038844190322855"
X12 = "https://twitter.com/redchip_lounge/status/1827556093313896448"
X13 = "https://x.com/redchip_lounge/status/1828106754039947266"
X14 = "https://x.com/i/web/status/1830488120359972933"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14]

Y1 = "https://www.youtube.com/watch?v=Qe7rTk2LmN4"
Y2 = "https://www.youtube.com/watch?v=v9XbP0aWc3s"
Y3 = "https://www.youtube.com/@stockwhisper_tv"

N1 = "https://blog.naver.com/moonlit_k/223561048812"
N2 = "https://cafe.naver.com/usedphonemarket/58213"
N3 = "https://cafe.naver.com/usedphonemarket/58240"
N4 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=472910385"
N5 = "https://post.naver.com/%EB%B0%A4%EB%B0%94%EB%8B%A4/8812"
N5_RAW = "https://post.naver.com/밤바다/8812"

K1 = "https://cafe.daum.net/rivercamp/Bf3x/41"
K2 = "https://nightowl-deal.tistory.com/88"

D1 = "https://discord.gg/qR7tLmZw"

G1 = "https://t.me/greyfalcon_store/305"

REQUESTS = [
    (R1, "telegram", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [T1, T2, T3, T4], "drugs", "channel and posts selling narcotics"),
    (R2, "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     XS, "gambling", "illegal online gambling promotion"),
    (R3, "youtube", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [Y1, Y2, Y3], "financial_fraud", "investment scam videos and channel"),
    (R4, "naver", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [N1, N2, N3, N4, N5], "illegal_trade", "resale of stolen phones and forged IDs"),
    (R5, "kakao", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [K1, K2], "illegal_trade", "Daum cafe post and Tistory post"),
    (R6, "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [D1], "obscenity", "invite to a server sharing illegal material"),
    (R7, "telegram", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [G1], "weapons", "post offering weapons"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat,
                                   req_mid(ref) + "@kcsc.example", note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded word for a non-ASCII header value."""
    return Header(s, "utf-8").encode()


def b64(s):
    data = s.encode("utf-8") if isinstance(s, str) else s
    return base64.encodebytes(data).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


AUTO = ["Auto-Submitted: auto-replied", "X-Autoreply: yes"]

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED

case(
    name="tg-zendesk-solved-channel-and-post",
    frm="abuse@telegram.org", name_from="Telegram Support",
    date="Wed, 04 Sep 2024 09:41:17 +0000",
    subject="[Telegram Support] Re: KCSC-240902-01 - removal request (drugs)",
    reply_to_req=req_mid(R1),
    body=f"""
##- Please type your reply above this line -##

Your request (4821307) has been solved. If you feel it is not resolved,
reply to this email and the ticket will be reopened.

Leon K. (Telegram Support)

Sep 4, 2024, 13:41 GMT+4

Hello,

Thank you for your report regarding KCSC-240902-01.

Our moderators reviewed the public channel {T1} and blocked
it for selling illegal drugs. The post {T2} was
blocked together with the channel.

The two other links in your request are still with the team. We will write
to you separately once they have been checked.

Kind regards,
Leon K.
Telegram Support

--------------------------------
This email is a service from Telegram Support. Case #4821307
[7QK2XW-R8M1]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification carrying the agent's comment",
    why="Telegram says it blocked the channel and its post; the other two links are explicitly still open",
    items={T1: "removed", T2: "removed"},
)

case(
    name="tg-thread-followup-over-quoted-earlier-reply",
    frm="abuse@telegram.org", name_from="Telegram Support",
    date="Mon, 09 Sep 2024 07:20:00 +0000",
    subject="Re: [Telegram Support] Re: KCSC-240902-01 - removal request (drugs)",
    reply_to_req=req_mid(R1),
    body=f"""
Hello again,

Here is the update on the remaining two links from your request.

{T3} - the message has been deleted and the channel owner
has received a strike.

The invite link {T4} does not lead to any group or
channel. It was revoked or never existed, so there is nothing for us to act on.

This completes our handling of Case #4821307.

Leon K.
Telegram Support

On Wed, Sep 4, 2024 at 1:41 PM Telegram Support <abuse@telegram.org> wrote:
{quoted(f'''Hello,

Our moderators reviewed the public channel {T1} and blocked
it for selling illegal drugs. The post {T2} was
blocked together with the channel.''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Follow-up agent reply in the same Zendesk thread, quoting the earlier solved message",
    why="new text: c_kettle_drops/77 deleted, invite link does not exist; the quoted earlier reply about the channel is not re-read",
    items={T3: "removed", T4: "not_found"},
)

_x_rows = [
    (X1, "Removed", "Illegal gambling promotion"),
    (X2, "Removed", "Illegal gambling promotion"),
    (X3, "Withheld in South Korea", "Local law"),
    (X4, "Withheld in South Korea", "Local law"),
    (X5, "Account suspended", "Repeated violations"),
    (X6, "No action", "No violation of the X Rules found"),
]
_x_text = "\n".join(f"{u}\n  Outcome: {a} ({n})\n" for u, a, n in _x_rows)
_x_html = "".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{n}</td></tr>\n' for u, a, n in _x_rows)
case(
    name="x-freshdesk-ticket-closed-html-table",
    frm="legal-support@x.com", name_from="X Legal Support",
    date="Thu, 12 Sep 2024 02:05:44 +0000",
    subject="Ticket #0917-552 closed: KCSC-240903-02",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="fd-0917552-alt"

--fd-0917552-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Your ticket #0917-552 (KCSC-240903-02) has been closed. Our decisions on the
first six URLs are below.

{_x_text}
The remaining URLs are handled under a separate ticket.

X Legal Support

--fd-0917552-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your ticket <b>#0917-552</b> (KCSC-240903-02) has been <b>closed</b>. Our decisions on the first six URLs are below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th><th>Reason</th></tr>
{_x_html}</table>
<p>The remaining URLs are handled under a separate ticket.</p>
<p>X Legal Support</p>
<p style="color:#999;font-size:11px">Ticket #0917-552 &middot; Powered by Freshdesk</p>
</body></html>

--fd-0917552-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket closed' notification with a per-URL outcome table (text and HTML parts)",
    why="six URLs with outcomes: removed, withheld in Korea, account suspended, no violation",
    items={X1: "removed", X2: "removed", X3: "restricted", X4: "restricted",
           X5: "removed", X6: "rejected"},
)

case(
    name="x-jira-done-with-comment-list",
    frm="jira@x.com", name_from="X Legal (Jira)",
    date="Fri, 13 Sep 2024 08:12:00 +0000",
    subject="[JIRA] (LGLKR-4471) KCSC-240903-02 gambling promotion - batch 2",
    body=f"""
Hana Seo updated LGLKR-4471
---------------------------------------------------------------
Status: In Progress -> Done
Resolution: Done

Hana Seo commented on LGLKR-4471:
---------------------------------------------------------------
Outcome for the second batch:

* {X7} - removed (illegal gambling promotion)
* {X8} - removed
* {X9} - does not exist; the account holder deleted it before our review

The other URLs of KCSC-240903-02 are tracked in LGLKR-4470.

---------------------------------------------------------------
View request: https://x-legal.atlassian.example/browse/LGLKR-4471
This message was sent by Atlassian Jira (v9.12.2#912002-sha1:8c21f0a)
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management status-change notification with the agent's comment",
    why="bulleted comment: two posts removed, one deleted by its author before review",
    items={X7: "removed", X8: "removed", X9: "not_found"},
)

_csv_x = (
    "reported_url,action,notes\r\n"
    f"{X10},Removed,Gambling promotion\r\n"
    f"{X11},Withheld (KR),Local law\r\n"
    f"{X12},No action,No violation of the X Rules found\r\n"
    f"{X13},Removed,\r\n"
    f"{X14},Not found,Post did not exist at time of review\r\n"
)
case(
    name="x-reply-with-csv-attachment",
    frm="legal@x.com", name_from="X Legal",
    date="Mon, 16 Sep 2024 05:30:00 +0000",
    subject="Re: KCSC-240903-02 - results (attachment)",
    reply_to_req=req_mid(R2),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="x-legal-mixed-5521"

--x-legal-mixed-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find our decision for each of the remaining URLs in the attached
CSV file.

Regards,
X Legal Operations
Case 0917-552

--x-legal-mixed-5521
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-02_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-02_results.csv"
Content-Transfer-Encoding: base64

{b64(_csv_x)}
--x-legal-mixed-5521--
""",
    outcome="applied", classification="confirmation",
    imitates="Legal-desk reply whose per-URL results come as a CSV attachment",
    why="CSV rows: removed, withheld in KR, no action (no violation), removed, not found",
    items={X10: "removed", X11: "restricted", X12: "rejected", X13: "removed", X14: "not_found"},
)

case(
    name="yt-helpscout-status-below-each-url",
    frm="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 04:00:00 +0000",
    subject="Re: [7-3819000031204] KCSC-240904-03",
    reply_to_req=req_mid(R3),
    body=f"""
-- Please reply above this line --

Hello,

Thanks for your patience. Our team has finished reviewing the content from
your notice KCSC-240904-03:

{Y1}
We removed this video for violating our policy on scams.

{Y2}
This video has been age-restricted. It stays visible only to signed-in adult
viewers.

{Y3}
The channel has been terminated.

You can read more about our Community Guidelines at
https://support.google.com/youtube/answer/9288567.

Best regards,
Daniel
The YouTube Legal Support Team

Reference: 7-3819000031204
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style conversation reply ('reply above this line') with a decision under each URL",
    why="status on the line below each URL: removed, age-restricted, channel terminated; the help link is no item",
    items={Y1: "removed", Y2: "restricted", Y3: "removed"},
)

_yt_qp = f"""Hello,

Following your reminder, we looked again at {Y2} and found that it does not violate our Community Guidelines or local law, so it will stay on YouTube. Our decisions on the other two links were sent to you on 10 September.

Regards,
YouTube Legal Support

On Thu, Sep 12, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube team,
> The following items of request KCSC-240904-03 are still pending:
> {Y1}
> {Y2}
> {Y3}
> Please let us know the action taken.
"""
case(
    name="yt-qp-reply-to-reminder-stays-up",
    frm="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 06:00:00 +0000",
    subject="Re: Reminder: KCSC-240904-03 outstanding items",
    extra_headers=["In-Reply-To: <reminder.KCSC-240904-03.1@kcsc.example>",
                   "References: <req.KCSC-240904-03@kcsc.example> <reminder.KCSC-240904-03.1@kcsc.example>"],
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_qp)}""",
    outcome="applied", classification="confirmation",
    imitates="Reply to our reminder in quoted-printable, Gmail-style quote of the reminder below",
    why="Y2 breaks no rule and stays up (rejected); the three URLs in the quoted reminder are not statements",
    items={Y2: "rejected"},
)

case(
    name="naver-ticket-result-numbered-arrows",
    frm="help@navercorp.com", name_from=enc("네이버 고객센터"),
    date="Mon, 09 Sep 2024 01:10:00 +0000",
    subject=enc("[NAVER 고객센터] 게시물 신고 처리 결과 안내 (접수번호 2409-0571823)"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240905-04)에 대한 처리 결과를 안내드립니다.

■ 처리 결과
1. {N1}
   → 게시중단 처리 완료
2. {N2}
   → 임시조치(30일)
3. {N3}
   → 작성자가 이미 삭제한 게시물로 확인되어 별도 조치하지 않았습니다.

나머지 2건은 검토가 끝나는 대로 다시 안내드리겠습니다.

본 메일은 발신 전용입니다. 추가 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre '신고 처리 결과 안내' with a numbered result list",
    why="게시중단 (removed), 임시조치 (restricted), already deleted by its author (not_found); two left for later",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

_naver_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240905-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="{N4.replace('&', '&amp;')}">{N4.replace('&', '&amp;')}</a></td><td>삭제</td><td>2024.09.10</td></tr>
<tr><td>2</td><td><a href="{N5_RAW}">{N5_RAW}</a></td><td>블라인드 처리</td><td>2024.09.10</td></tr>
</tbody></table>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-base64-html-correction-result-table",
    frm="noreply@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 05:00:00 +0000",
    subject=enc("[네이버] 시정요구 조치결과 회신 - KCSC-240905-04"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_naver_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as a base64 HTML table",
    why="table: 지식iN question 삭제 (removed), NAVER Post 블라인드 (removed); the post URL is written with a raw Korean path",
    items={N4: "removed", N5: "removed"},
)

case(
    name="naver-followup-url-with-particles",
    frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Fri, 13 Sep 2024 07:30:00 +0000",
    subject=enc("RE: [NAVER 고객센터] 게시물 신고 처리 결과 안내 (접수번호 2409-0571823)"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

지난 안내(접수번호 2409-0571823, KCSC-240905-04)에 이어 추가 검토 결과를 알려드립니다.

- 중고폰 거래 카페 게시글（{N2}）은 추가 검토 결과 불법 거래 게시물로 확인되어 삭제 처리하였습니다.
- {N1}의 경우, 검토 결과 운영정책 및 관계 법령 위반 사항이 확인되지 않아 게시를 유지하기로 하였습니다.

문의사항이 있으시면 이 메일에 회신 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Follow-up in a NAVER ticket thread, URLs glued to Korean particles and full-width brackets",
    why="cafe post deleted (removed); blog post kept because no violation (rejected)",
    items={N2: "removed", N1: "rejected"},
)

case(
    name="kakao-ticket-answer-two-items",
    frm="cs@kakaocorp.com", name_from=enc("카카오 고객센터"),
    date="Tue, 10 Sep 2024 03:00:00 +0000",
    subject=enc("[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240906-05)"),
    reply_to_req=req_mid(R5),
    body=f"""
안녕하세요, 카카오 고객센터입니다.
문의번호: 2409100388

요청하신 2건에 대해 아래와 같이 조치하였습니다.

다음카페 게시글 {K1}
: 게시물 삭제 완료

티스토리 게시글 {K2}
: 국내 접속 차단 (해외에서는 접근 가능)

답변이 도움이 되셨나요? 아래 링크에서 만족도 평가에 참여해 주세요.
https://cs.kakao.com/requests/2409100388/rating

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre ticket answer with a satisfaction-survey link",
    why="Daum cafe post deleted (removed); Tistory post blocked in Korea only (restricted); the survey link is no item",
    items={K1: "removed", K2: "restricted"},
)

case(
    name="discord-zendesk-solved-invite-in-angle-brackets",
    frm="support@discord.com", name_from="Discord",
    date="Thu, 12 Sep 2024 18:20:00 +0000",
    subject="[Discord] Re: KCSC-240909-06 Report of illegal content",
    reply_to_req=req_mid(R6),
    body=f"""
##- Please type your reply above this line -##

Your request (3391827) has been solved.

Ari (Discord Trust & Safety)
Sep 12, 2024, 11:20 PDT

Hi there,

Thanks for flagging this. Our Safety team investigated the server reached
through the invite <{D1}> and removed it from Discord, along
with the accounts that ran it.

If you need anything else, you can submit a new report at
https://dis.gd/request.

Ari
Discord Trust & Safety

This email is a service from Discord.
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk 'request solved' reply",
    why="the server behind the requested invite was removed from Discord",
    items={D1: "removed"},
)

case(
    name="tg-one-item-request-answer-over-outlook-quote",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 10:00:00 +0000",
    subject="RE: KCSC-240910-07 Request for removal",
    reply_to_req=req_mid(R7),
    body=f"""
Hello,

Thank you for contacting us. The content you reported has been taken down.

Telegram Abuse Team
Case #5512093

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: abuse@telegram.org
Subject: KCSC-240910-07 Request for removal

Dear Telegram,

Please remove the following post offering weapons for sale:
{G1}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Short abuse-desk reply top-posted over an Outlook '-----Original Message-----' quote",
    why="reply in the thread of a one-item request: 'the content you reported has been taken down' applies to that item",
    items={G1: "removed"},
)

case(
    name="x-partial-answer-three-of-fourteen",
    frm="legal@x.com", name_from="X Legal",
    date="Tue, 10 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240903-02 (case 0917-552) - partial response",
    reply_to_req=req_mid(R2),
    body=f"""
Hello,

We are writing with a partial response to your request. We have reviewed 3
of the 14 URLs so far:

- {X1}: removed for violating our policy on illegal or
  certain regulated goods and services.
- {X3}: withheld in South Korea in response to your
  legal demand.
- {X6}: we did not find a violation of the X Rules
  and are not taking action on this post.

The remaining 11 URLs are still in review. We will reply in this thread as
soon as we have decisions.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Partial answer on a legal-request ticket, the rest still under review",
    why="three URLs decided (removed, withheld in Korea, no violation); the other eleven stay pending",
    items={X1: "removed", X3: "restricted", X6: "rejected"},
)

case(
    name="yt-first-item-over-outlook-original-message",
    frm="legal-kr@google.com", name_from="Minji Choi (YouTube Legal)",
    date="Thu, 05 Sep 2024 08:00:00 +0000",
    subject="RE: KCSC-240904-03 Removal request - 3 items",
    reply_to_req=req_mid(R3),
    body=f"""
Hello KCSC team,

Quick update on this case: {Y1} has been removed
from YouTube. We are still reviewing the video and the channel that remain.

Regards,
Minji
YouTube Legal (Korea)

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:00 AM
To: legal-kr@google.com
Subject: KCSC-240904-03 Removal request - 3 items

Dear YouTube,

We request the removal of the following content, which promotes a
fraudulent investment scheme:
1. {Y1}
2. {Y2}
3. {Y3}

Please reply by 11 September 2024.
""",
    outcome="applied", classification="confirmation",
    imitates="Agent's top-posted update over an Outlook-quoted original request",
    why="one video removed; the other two are said to be still under review, and the quoted request is not a statement",
    items={Y1: "removed"},
)

case(
    name="tg-freshdesk-resolved-status-line-under-url",
    frm="dsa@telegram.org", name_from="Telegram DSA Support",
    date="Sat, 07 Sep 2024 12:00:00 +0000",
    subject="[#88213] Resolved: KCSC-240902-01",
    body=f"""
Hello,

Your ticket #88213 has been marked Resolved. Details below.

{T1}
Status: Blocked

{T2}
Status: Blocked

{T3}
Status: Not found

{T4}
Status: No violation - left accessible

If this does not answer your request, reply to this email and the ticket
will be reopened.

Telegram DSA Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with a status line under each URL",
    why="blocked, blocked, not found, no violation (left accessible)",
    items={T1: "removed", T2: "removed", T3: "not_found", T4: "rejected"},
)

case(
    name="x-statement-then-urls-gmail-quote",
    frm="legal@x.com", name_from="X Legal",
    date="Wed, 11 Sep 2024 07:00:00 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=req_mid(R2),
    body=f"""
Hi,

Further to our earlier note, the following post has been withheld in South
Korea under local law:

{X8}

The following posts were removed for violating our rules on gambling
promotion:

{X9}
{X10}

Best,
X Legal Team

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(chr(10).join(['Dear X,', 'Please remove the following 14 posts promoting illegal gambling:'] + XS))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply: statement first, URLs on the lines below it, original request quoted with '>'",
    why="X8 withheld in Korea (restricted); X9 and X10 removed; the quoted list of 14 is not a statement",
    items={X8: "restricted", X9: "removed", X10: "removed"},
)

case(
    name="naver-reply-to-reminder-wrapped-url",
    frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Wed, 18 Sep 2024 02:00:00 +0000",
    subject=enc("RE: [독촉] KCSC-240905-04 미처리 게시물 조치 요청"),
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-04.1@kcsc.example>",
                   "References: <req.KCSC-240905-04@kcsc.example> <reminder.KCSC-240905-04.1@kcsc.example>"],
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
독촉 메일 확인하였으며, 남은 2건의 처리 결과를 회신드립니다.

1) 지식iN 질문
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
docId=472910385>
해당 게시물은 작성자가 이미 삭제하여 존재하지 않습니다.

2) 네이버 포스트
{N5}
비공개 처리하였습니다.

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-13 (금) 10:00:00
Subject: [독촉] KCSC-240905-04 미처리 게시물 조치 요청

아래 게시물에 대한 조치 결과를 회신하여 주시기 바랍니다.
{N4}
{N5}
""",
    outcome="applied", classification="confirmation",
    imitates="Reply to our reminder (독촉) with a long URL wrapped inside angle brackets, Outlook-style quote below",
    why="지식iN question no longer exists, deleted by its author (not_found); post made private (removed)",
    items={N4: "not_found", N5: "removed"},
)

case(
    name="daum-cafe-url-in-angle-brackets-korean",
    frm="noreply@daum.net", name_from=enc("Daum 카페 운영팀"),
    date="Wed, 11 Sep 2024 06:00:00 +0000",
    subject=enc("[Daum 카페] 신고하신 게시물 처리 결과 안내 - KCSC-240906-05"),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

신고하신 게시글 <{K1}>에 대해 게시중단 조치를 완료하였습니다.

티스토리 게시글은 티스토리 운영팀에서 확인 후 별도로 회신드릴 예정입니다.

감사합니다.
Daum 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations-team result notice (게시중단) from the daum.net sender",
    why="the cafe post was taken down (게시중단, removed); the Tistory post is only promised a later answer",
    items={K1: "removed"},
)

case(
    name="yt-reopened-ticket-correction",
    frm="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 01:00:00 +0000",
    subject="Re: [7-3819000031204] KCSC-240904-03 - correction",
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

We are reopening this ticket to correct our reply of 10 September. After a
second review, {Y2} has now been removed from
YouTube for violating our policy on scams, rather than age-restricted as we
told you earlier.

Our decisions on the other items are unchanged.

Regards,
YouTube Legal Support
Reference: 7-3819000031204
""",
    outcome="applied", classification="confirmation",
    imitates="Reopened-ticket correction of an earlier decision",
    why="the video is now removed; the mention of the earlier age restriction is what it replaces",
    items={Y2: "removed"},
)

case(
    name="x-notice-of-action-country-withheld",
    frm="legal@x.com", name_from="X Legal",
    date="Sat, 14 Sep 2024 03:00:00 +0000",
    subject="Notice of action taken - ref KCSC-240903-02",
    body=f"""
Notice of action taken

Reference: KCSC-240903-02
Ticket: 0917-552

Content: {X12}
Decision: Country withheld content
Territorial scope: Republic of Korea
Ground: Illegal content under local law (unlicensed gambling promotion)
Facts relied on: notice from the Korea Communications Standards Commission
Automated means used in the decision: No

The content remains available outside the territory listed above.

Information on redress options: https://help.x.com/forms/legal-appeal

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons sent as a ticket notice (country-withheld content)",
    why="one post withheld in Korea only (restricted); the help form is no item",
    items={X12: "restricted"},
)

case(
    name="tg-numbered-status-before-url",
    frm="dsa@telegram.org", name_from="Telegram DSA Team",
    date="Fri, 06 Sep 2024 14:00:00 +0000",
    subject="Re: [Case #4821307] KCSC-240902-01",
    reply_to_req=req_mid(R1),
    body=f"""
Dear KCSC,

Our decisions regarding your notice so far:

1) Removed: {T3}
2) Removed: {T2}
3) Still being checked: {T1}

We will get back to you on the remaining link.

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Abuse-desk numbered decision list with the status before each URL",
    why="two posts removed; the channel is explicitly still being checked (pending)",
    items={T3: "removed", T2: "removed", T1: "pending"},
)

case(
    name="discord-invite-invalid-closed",
    frm="support@discord.com", name_from="Discord",
    date="Wed, 11 Sep 2024 20:00:00 +0000",
    subject="Re: [Discord] Your request 3391827 - KCSC-240909-06",
    body=f"""
##- Please type your reply above this line -##

Sam (Discord Trust & Safety)
Sep 11, 2024, 13:00 PDT

Hi,

Thanks for the report. The invite {D1} is invalid and does
not point to any server on Discord, so there is no server for us to review.
We are closing this request.

Sam
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Zendesk reply closing a report whose invite link is invalid",
    why="the requested invite leads to nothing (not_found)",
    items={D1: "not_found"},
)

_naver_csv = (
    "\ufeff번호,URL,조치결과,비고\r\n"
    f"1,{N1},게시중단,\r\n"
    f"2,{N2},임시조치,30일\r\n"
    f"3,{N3},삭제,카페 운영자 삭제\r\n"
)
case(
    name="naver-korean-csv-attachment",
    frm="noreply@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 06:00:00 +0000",
    subject=enc("[네이버] KCSC-240905-04 처리결과 회신 (첨부)"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="naver-mixed-240910"

--naver-mixed-240910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요. 네이버 정책지원팀입니다.

KCSC-240905-04 건의 게시물 3건에 대한 처리 결과를 첨부 파일로 송부드립니다.
나머지 게시물은 확인 후 별도 회신드리겠습니다.

감사합니다.
''')}
--naver-mixed-240910
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename*=UTF-8''%EC%B2%98%EB%A6%AC%EA%B2%B0%EA%B3%BC_KCSC-240905-04.csv
Content-Transfer-Encoding: base64

{b64(_naver_csv)}
--naver-mixed-240910--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean result notice with the per-URL outcomes in a UTF-8 (BOM) CSV attachment",
    why="게시중단 (removed), 임시조치 (restricted), 삭제 by the cafe operator (removed)",
    items={N1: "removed", N2: "restricted", N3: "removed"},
)

case(
    name="x-reminder-acknowledged-plus-results",
    frm="legal@x.com", name_from="X Legal",
    date="Tue, 17 Sep 2024 04:00:00 +0000",
    subject="Re: Reminder: KCSC-240903-02 outstanding items",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-02.1@kcsc.example>",
                   "References: <req.KCSC-240903-02@kcsc.example> <reminder.KCSC-240903-02.1@kcsc.example>"],
    body=f"""
Hello,

We have received your reminder, thank you. Both of the following posts have
now been removed:
{X13}
{X14}

We are still working on the rest and will update this thread.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Answer to our reminder that starts with a receipt phrase and then gives results",
    why="an acknowledgement phrase followed by unhedged item-level removals is a confirmation",
    items={X13: "removed", X14: "removed"},
)

# ================================================================ REVIEW

case(
    name="x-escalated-will-be-removed-if",
    frm="legal@x.com", name_from="X Legal",
    date="Thu, 05 Sep 2024 06:00:00 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=req_mid(R2),
    body=f"""
Hello,

Your request has been escalated to our specialist team. The posts
{X4} and
{X7} will be removed if our review
confirms that they break local law. We will follow up in this thread.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="Escalation note on a ticket: a conditional promise about two named posts",
    why="'will be removed if' is a conditional promise, not a statement; named items stay pending",
    items={X4: "pending", X7: "pending"},
)

case(
    name="yt-hedged-appears-may-have",
    frm="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 05:00:00 +0000",
    subject="Re: [7-3819000031204] KCSC-240904-03",
    reply_to_req=req_mid(R3),
    body=f"""
Hi,

A quick note while the review continues: {Y1}
appears to have been taken down already, possibly by the uploader, and the
channel {Y3} may have been affected by an
earlier enforcement action. We are confirming both and will send you a final
answer.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Interim ticket update that hedges ('appears to', 'may have')",
    why="hedged statements are not statements; both named items stay pending",
    items={Y1: "pending", Y3: "pending"},
)

case(
    name="tg-all-content-blocked-over-quoted-request",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 11:00:00 +0000",
    subject="Re: KCSC-240902-01 - removal request (drugs)",
    reply_to_req=req_mid(R1),
    body=f"""
Hello,

Thanks for your report. All of the content listed in your request has been
blocked on Telegram.

Telegram Abuse Team
Case #4821307

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(chr(10).join(['Dear Telegram,', 'Please remove the following content offered for drug sales:', T1, T2, T3, T4]))}
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="One-line 'all reported content blocked' reply over the quoted four-URL request",
    why="a statement about all content of a four-item request without naming each; the URLs appear only in the quote",
    items={T1: "pending", T2: "pending", T3: "pending", T4: "pending"},
)

case(
    name="naver-all-five-taken-down-korean",
    frm="help@navercorp.com", name_from=enc("네이버 고객센터"),
    date="Thu, 12 Sep 2024 01:00:00 +0000",
    subject=enc("[NAVER 고객센터] 요청하신 게시물 처리 완료 안내 (KCSC-240905-04)"),
    body="""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회 요청(KCSC-240905-04)에 따라 신고하신 게시물 5건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Korean 처리 완료 안내 covering all five posts of a request in one sentence",
    why="bulk statement about a five-item request without naming the posts",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending", N5: "pending"},
)

case(
    name="discord-zendesk-subdomain-unknown-sender",
    frm="support@discordapp.zendesk.com", name_from="Discord",
    date="Thu, 12 Sep 2024 17:00:00 +0000",
    subject="[Discord] Re: KCSC-240909-06 Report of illegal content",
    reply_to_req=req_mid(R6),
    body=f"""
##- Please type your reply above this line -##

Your request (3391827) has been updated.

Hi there,

We removed the server reached through {D1} from Discord.

Discord Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk-hosted helpdesk sending from its own zendesk.com domain instead of the platform's",
    why="the sender domain zendesk.com belongs to no configured platform, although the text claims to be Discord",
    items={D1: "pending"},
)

case(
    name="x-results-failing-authentication",
    frm="legal@x.com", name_from="X Legal", auth="fail",
    date="Sat, 07 Sep 2024 10:00:00 +0000",
    subject="Re: KCSC-240903-02 - action completed",
    reply_to_req=req_mid(R2),
    body=f"""
Hello,

We have completed action on the following items:

{X2} - removed
{X5} - account suspended

X Legal
""",
    outcome="review", review="untrusted",
    imitates="Item-level result whose x.com sender fails DKIM/SPF/DMARC",
    why="claims from an x.com address that fails authentication are not applied",
    items={X2: "pending", X5: "pending"},
)

case(
    name="yt-needs-timestamps-and-legal-basis",
    frm="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 02:00:00 +0000",
    subject="Re: [7-3819000031204] KCSC-240904-03 - additional information needed",
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

We need more information before we can act on the following items of your
notice:

- {Y1}
- {Y2}

Please send us the timestamps at which the allegedly unlawful content
appears, and the specific provision of Korean law that it breaches. Once we
receive this, we will continue our review. This ticket will stay open for 14
days.

YouTube Legal Support
Reference: 7-3819000031204
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Ticket set to 'pending' with a request for timestamps and legal basis",
    why="the platform asks for more information about two named videos; nothing decided",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="tg-agent-forwards-moderation-note",
    frm="dsa@telegram.org", name_from="Leon K. (Telegram)",
    date="Tue, 10 Sep 2024 09:00:00 +0000",
    subject="Fwd: KCSC-240902-01 outcome",
    body=f"""
Hi KCSC,

Forwarding the note from our moderation team below, as you asked.

Leon

---------- Forwarded message ---------
From: Moderation Queue <modqueue@telegram.org>
Date: Mon, Sep 9, 2024 at 6:12 PM
Subject: KCSC-240902-01 outcome
To: DSA Support <dsa@telegram.org>

{T1} - blocked
{T2} - blocked
{T3} - deleted
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Agent forwarding an internal moderation note ('---------- Forwarded message ---------')",
    why="the statuses are in forwarded text, not the sender's own statement: a person checks them",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="x-jira-in-progress-names-two-urls",
    frm="jira@x.com", name_from="X Legal (Jira)",
    date="Fri, 06 Sep 2024 03:00:00 +0000",
    subject="[JIRA] (LGLKR-4470) KCSC-240903-02 gambling promotion",
    body=f"""
Hana Seo updated LGLKR-4470
---------------------------------------------------------------
Status: Open -> In Progress
Assignee: Hana Seo

Hana Seo commented on LGLKR-4470:
---------------------------------------------------------------
Picking this up. Reviewing these first:
{X2}
{X5}
Decisions to follow.

---------------------------------------------------------------
This message was sent by Atlassian Jira (v9.12.2#912002-sha1:8c21f0a)
""",
    outcome="review", review="not_understood",
    imitates="Jira status change Open -> In Progress with a comment naming URLs under review",
    why="names two requested URLs but only says they are being reviewed; they stay pending",
    items={X2: "pending", X5: "pending"},
)

case(
    name="tg-satisfaction-survey-after-solved",
    frm="support@telegram.org", name_from="Telegram Support",
    date="Sat, 07 Sep 2024 09:00:00 +0000",
    subject="How would you rate the support you received?",
    body="""
Hello,

We'd love to hear what you think of our support. Please take a moment to
answer one simple question by clicking one of the links below:

How would you rate the support you received?

Good, I'm satisfied
https://telegram.org/support/requests/4821307/rating/good

Bad, I'm unsatisfied
https://telegram.org/support/requests/4821307/rating/bad

Here's a reminder of what your request was about:

  Removal request - drugs

Telegram Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    why="trusted Telegram mail naming no item and no request reference; not an auto-reply, bounce, receipt or MDN",
    items={},
)

case(
    name="yt-uploader-counsel-says-deleted",
    frm="jw.park@hanbit-law.example", name_from=enc("박정우 변호사"),
    date="Wed, 11 Sep 2024 02:00:00 +0000",
    subject=enc("RE: KCSC-240904-03 관련 영상 자진 삭제 안내"),
    body=f"""
안녕하십니까. 법무법인 한빛의 박정우 변호사입니다.

저희 의뢰인(채널 운영자)은 귀 위원회의 요청 KCSC-240904-03과 관련하여
{Y1} 영상을 자진 삭제하였음을 알려드립니다.

나머지 영상과 채널에 대해서는 YouTube의 판단을 기다리고 있습니다.

법무법인 한빛
변호사 박정우 드림
""",
    outcome="review", review="unknown_sender",
    imitates="Letter from the uploader's law firm, copied into the request thread",
    why="a law firm is not the platform: its statement about the video is not applied",
    items={Y1: "pending"},
)

# ================================================================ IGNORED

case(
    name="x-case-number-receipt",
    frm="legal@x.com", name_from="X Legal",
    date="Tue, 03 Sep 2024 02:00:00 +0000",
    subject="Case 0917-552: We received your request (KCSC-240903-02)",
    reply_to_req=req_mid(R2),
    body="""
Hello,

Thank you for contacting X. We have received your legal request and
assigned it case number 0917-552. Please keep this number in the subject line
of any further correspondence.

Our team reviews requests in the order they are received. We will contact
you if we need more information.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Legal-request receipt with a case number",
    why="a pure receipt: nothing about any item",
    items={},
)

case(
    name="naver-inquiry-received-korean",
    frm="help@navercorp.com", name_from=enc("네이버 고객센터"),
    date="Thu, 05 Sep 2024 02:00:00 +0000",
    subject=enc("[NAVER 고객센터] 문의가 접수되었습니다 (접수번호 2409-0571823)"),
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2409-0571823
접수일시: 2024.09.05 10:58
문의유형: 권리침해/불법정보 신고
문의제목: KCSC-240905-04 불법정보 게시물 조치 요청

담당자 확인 후 순차적으로 답변드리겠습니다. 답변은 등록하신 메일로 발송되며,
고객센터 > 문의내역(https://help.naver.com/inquiry/list)에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre 문의 접수 안내 (ticket receipt)",
    why="receipt of the inquiry with a ticket number; no statement about any item",
    items={},
)

case(
    name="yt-agent-out-of-office-chuseok",
    frm="minji.choi@google.com", name_from="Minji Choi",
    date="Mon, 16 Sep 2024 00:30:00 +0000",
    subject="Automatic reply: Reminder: KCSC-240904-03 outstanding items",
    extra_headers=AUTO + ["In-Reply-To: <reminder.KCSC-240904-03.2@kcsc.example>"],
    body="""
Thank you for your email. I am out of the office for the Chuseok holidays
from 14 to 18 September with limited access to email. For urgent legal
matters please write to legal-kr@google.com; your message will not be
forwarded.

Minji Choi
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from the assigned agent",
    why="an out-of-office auto-reply",
    items={},
)

_reminder_kakao = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report@kakaocorp.com
Subject: {enc('[독촉] KCSC-240906-05 미처리 게시물 조치 요청')}
Date: Fri, 13 Sep 2024 10:00:00 +0900
Message-ID: <reminder.KCSC-240906-05.1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물에 대한 조치 결과를 회신하여 주시기 바랍니다.
{K1}
{K2}
"""
case(
    name="reminder-to-kakao-bounced-mailbox-full",
    frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 01:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="B7F2C1A0E3.1726189205/mx.kcsc.example"

--B7F2C1A0E3.1726189205/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<report@kakaocorp.com>: host mx.kakaocorp.com[203.0.113.25] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--B7F2C1A0E3.1726189205/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: B7F2C1A0E3
Arrival-Date: Fri, 13 Sep 2024 10:00:01 +0900 (KST)

Final-Recipient: rfc822; report@kakaocorp.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.kakaocorp.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--B7F2C1A0E3.1726189205/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_reminder_kakao}
--B7F2C1A0E3.1726189205/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our reminder to Kakao (mailbox full), original attached",
    why="a delivery status notification; the URLs are in our own returned reminder",
    items={},
)

case(
    name="naver-read-receipt-for-reminder",
    frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Fri, 13 Sep 2024 02:02:00 +0000",
    subject=enc("읽음 확인: [독촉] KCSC-240905-04 미처리 게시물 조치 요청"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-5f3a21"

--mdn-5f3a21
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[독촉] KCSC-240905-04 미처리 게시물 조치 요청"을
수신인 policy@navercorp.com 님이 2024-09-13 11:02에 읽었습니다.

--mdn-5f3a21
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <reminder.KCSC-240905-04.1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5f3a21--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (읽음 확인) for our reminder",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="discord-new-ticket-receipt",
    frm="support@discord.com", name_from="Discord",
    date="Mon, 09 Sep 2024 03:00:00 +0000",
    subject="[Discord] We've received your request (3391827)",
    reply_to_req=req_mid(R6),
    body="""
##- Please type your reply above this line -##

Hi there,

Thanks for reaching out! This is an automated message to let you know that
we've received your request (3391827) and our team will get back to you as
soon as possible.

You can add a comment to this request by replying to this email.

Your request: KCSC-240909-06 Report of illegal content

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'we've received your request' receipt",
    why="a ticket receipt; nothing about the item",
    items={},
)

case(
    name="kakao-agent-out-of-office-korean",
    frm="jiyoon.lee@kakaocorp.com", name_from=enc("이지윤"),
    date="Mon, 16 Sep 2024 01:00:00 +0000",
    subject=enc("[자동회신] 부재중 안내 (RE: [독촉] KCSC-240906-05 미처리 게시물)"),
    extra_headers=AUTO,
    body="""
안녕하세요. 카카오 이지윤입니다.

9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
9월 19일부터 순차적으로 회신드리겠습니다.

급한 용무는 카카오 고객센터(cs@kakaocorp.com)로 문의 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 안내) during Chuseok",
    why="an out-of-office auto-reply",
    items={},
)


HEADER = """# Blind corpus set 980 (ticket systems and threads): one [[case]] per
# email, each judged alone on a fresh ledger holding requests.csv.
# Expected results were written from each email's meaning before the reader
# was run. Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    # corpuslib.headers reads "from"; the case list uses "frm" for clarity.
    for c in cases:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, "blind980", HEADER, cases)


if __name__ == "__main__":
    main()
