#!/usr/bin/env python3
"""Blind set 878: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from Discord, NAVER, Kakao, X, Reddit, Telegram
and YouTube. Written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind878/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
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

SET = "blind878"

# ---------------------------------------------------------------- requests
D = [
    "https://discord.com/channels/884410227310/901722011/1281790022331",
    "https://discord.com/channels/884410227310/901722011/1281791148802",
    "https://discord.com/channels/884410227310/901722011/1281799930417",
    "https://discord.com/channels/884410227310/901722340/1281802276654",
    "https://discord.com/channels/884410227310/901722340/1281806619003",
    "https://discord.com/channels/884410227310/901722340/1281810045726",
    "https://discord.com/channels/884410227310/901722598/1281822207145",
    "https://discord.com/channels/884410227310/901722598/1281823318890",
    "https://discord.com/channels/1102557390441/1102557390777/1282004551230",
    "https://discord.com/channels/1102557390441/1102557390777/1282006710098",
    "https://discord.com/channels/1102557390441/1102557391002",
    "https://discord.gg/lucky7casino",
    "https://discord.gg/Hq4vTnZ2",
]
N_RAW3 = "https://in.naver.com/밤하늘/contents/581203"
N = [
    "https://blog.naver.com/sunny_trader88/223561904417",
    "https://cafe.naver.com/greenstockclub/48213",
    "https://in.naver.com/%EB%B0%A4%ED%95%98%EB%8A%98/contents/581203",
    "https://blog.naver.com/sunny_trader88/223562011890",
]
K_RAW2 = "https://moonlit-notes.tistory.com/entry/무료-다운로드"
K = [
    "https://cafe.daum.net/freeticketzone/Kq2d/1177",
    "https://moonlit-notes.tistory.com/entry/%EB%AC%B4%EB%A3%8C-%EB%8B%A4%EC%9A%B4%EB%A1%9C%EB%93%9C",
    "https://cafe.daum.net/freeticketzone/Kq2d/1180",
]
X = [
    "https://x.com/goldrush_tips/status/1831002287716045100",
    "https://x.com/goldrush_tips/status/1831009921450032211",
    "https://x.com/mira_deals_kr/status/1831240078812300455",
    "https://x.com/mira_deals_kr",
    "https://x.com/k_vault_bot/status/1831377710923001876",
]
R = [
    "https://www.reddit.com/r/koreanfreebies/comments/1f9xq2k/daily_links_thread/",
    "https://www.reddit.com/user/hanriver_seller/comments/1fa0c7m/new_batch/",
]
T = ["https://t.me/seoul_quickcash/2231"]
Y = [
    "https://www.youtube.com/watch?v=Rk3vQ8mZpL2",
    "https://www.youtube.com/watch?v=aT9wNc4EeXs",
    "https://www.youtube.com/@quickloan_kr_live",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "discord", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00", D,
     "gambling", "illegal casino server: messages, one channel, two invites"),
    ("KCSC-240904-02", "naver", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00", N,
     "financial_fraud", "stock leading-room solicitations"),
    ("KCSC-240905-03", "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", K,
     "copyright", "pirated ticket/downloads on Daum cafe and Tistory"),
    ("KCSC-240906-04", "x", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", X,
     "financial_fraud", "fake investment posts and one account"),
    ("KCSC-240909-05", "reddit", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00", R,
     "illegal_trade", "resale of personal data"),
    ("KCSC-240910-06", "telegram", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00", T,
     "illegal_loans", "private loan advert"),
    ("KCSC-240911-07", "youtube", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00", Y,
     "illegal_loans", "loan scam videos and channel"),
]


def req_mid(ref):
    return "req-" + ref[5:] + "@kcsc.example"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def rt(ref):
    """reply_to_req value: corpuslib appends @kcsc.example."""
    return "req-" + ref[5:]


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def st(urls, status):
    return {u: status for u in urls}


# Our own request / reminder texts, as platforms quote them back.
OUR_DISCORD_REMINDER = (
    "Dear Discord Trust & Safety,\n\n"
    "This is a reminder about our request KCSC-240903-01 of 3 September 2024.\n"
    "The following items were still pending on 12 September:\n\n"
    + "".join("- %s\n" % u for u in [D[4], D[6], D[9], D[12]])
    + "\nPlease let us know the action taken on each item.\n\n"
    "Korea Communications Standards Commission\ntakedown@kcsc.example\n"
)

OUR_X_REQUEST = (
    "Dear X legal team,\n\n"
    "The Korea Communications Standards Commission requests the removal of the\n"
    "following content, found to violate Korean law (ref. KCSC-240906-04):\n\n"
    + "".join("%d. %s\n" % (i + 1, u) for i, u in enumerate(X))
    + "\nPlease reply to this address with the action taken on each item by\n"
    "13 September 2024.\n\nKCSC Takedown Team\n"
)

OUR_REDDIT_REQUEST = (
    "Dear Reddit,\n\n"
    "Under reference KCSC-240909-05 we ask you to remove the two posts below,\n"
    "which offer personal data for sale:\n\n"
    + "".join("%s\n" % u for u in R)
    + "\nRegards,\nKCSC Takedown Team\n"
)

OUR_KAKAO_REMINDER = (
    "카카오 담당자님께,\n\n"
    "2024년 9월 5일 요청드린 KCSC-240905-03 건의 처리 결과를 아직 회신받지 못하여\n"
    "다시 요청드립니다.\n\n"
    "1. %s\n2. %s\n3. %s\n\n"
    "각 게시물에 대한 조치 결과를 회신해 주시기 바랍니다.\n\n"
    "방송통신심의위원회 게시물 삭제요청 담당\n" % (K[0], K[1], K[2])
)

# ------------------------------------------------------------------ cases
CASES = []


def case(**c):
    CASES.append(c)


# ===================== APPLIED =====================

case(
    name="dc-zendesk-solved-numbered",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 06 Sep 2024 13:14:22 +0000",
    subject="[Discord Safety] Re: KCSC-240903-01 removal request (Request #4471203)",
    reply_to_req=rt("KCSC-240903-01"),
    body=f"""
##- Please type your reply above this line -##

Your request (4471203) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Priya (Discord Trust & Safety)

Sep 6, 2024, 06:14 PDT

Hello,

Thank you for your report. Our team has gone through five of the links in
your request so far. Here is what we did:

1. {D[0]} - message deleted; the account that posted it has been banned.
2. {D[1]} - message deleted.
3. {D[2]} - message deleted.
4. {D[3]} - we were unable to find this message. It does not exist in the channel you referenced.
5. {D[11]} - invite disabled, and the server behind it has been removed from Discord.

We are still looking at the rest of the links and will reply on this ticket
when that review is complete.

Our Community Guidelines are at https://discord.com/guidelines if you need them.

Best,
Priya
Discord Trust & Safety

--------------------------------
This email is a service from Discord Safety. Delivered by Zendesk
[7QJ2KX-5RNM]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent update on a Discord Trust & Safety request (numbered per-link results)",
    why="numbered list of five links, each with an unhedged action; the rest promised later",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[11]: "removed"},
)

case(
    name="dc-freshdesk-html-table-remaining",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Mon, 09 Sep 2024 17:40:05 +0000",
    subject="Ticket #4471203 resolved - KCSC-240903-01 (remaining links)",
    reply_to_req=rt("KCSC-240903-01"),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello KCSC team,</p>
<p>We have finished our review of the remaining links in your report
(your reference KCSC-240903-01). The outcome for each one is below.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eef"><th>Reported link</th><th>Outcome</th></tr>
<tr><td>{D[4]}</td><td>Removed - message deleted</td></tr>
<tr><td>{D[5]}</td><td>Removed - message deleted, user banned</td></tr>
<tr><td>{D[6]}</td><td>No action - this message does not violate our Community Guidelines</td></tr>
<tr><td>{D[7]}</td><td>Removed - message deleted</td></tr>
<tr><td>{D[8]}</td><td>Not found - we could not locate this message</td></tr>
<tr><td>{D[9]}</td><td>Removed - message deleted</td></tr>
<tr><td>{D[10]}</td><td>Restricted - channel set to age-restricted (18+)</td></tr>
</table>
<p>Ticket status: <b>Resolved</b>. If you reply to this email the ticket will be reopened.</p>
<p>Regards,<br>Discord Support<br>
<a href="https://support.discord.com/hc/en-us/requests/4471203">View ticket</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket resolved' HTML notification with a results table",
    why="HTML table, one row per link with its outcome",
    items={D[4]: "removed", D[5]: "removed", D[6]: "rejected", D[7]: "removed",
           D[8]: "not_found", D[9]: "removed", D[10]: "restricted"},
)

_dc_csv = "reported_url,outcome,detail\n" + "".join(
    "%s,%s,%s\n" % (u, o, d) for u, o, d in [
        (D[0], "Removed", "message deleted; account banned"),
        (D[1], "Removed", "message deleted"),
        (D[2], "Removed", "message deleted"),
        (D[3], "Not found", "no message with this ID in the channel"),
        (D[4], "Removed", "message deleted"),
        (D[5], "Removed", "message deleted; account banned"),
        (D[6], "No action", "does not violate Community Guidelines"),
        (D[7], "Removed", "message deleted"),
        (D[8], "Not found", "could not be located"),
        (D[9], "Removed", "message deleted"),
        (D[10], "Age-restricted", "channel marked 18+"),
        (D[11], "Removed", "invite disabled; server removed"),
        (D[12], "Removed", "invite revoked; server removed"),
    ])
case(
    name="dc-csv-attachment-full",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 08:02:51 +0000",
    subject="[Discord Safety] Request #4471203 solved: KCSC-240903-01",
    reply_to_req=rt("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="zd-4471203-a"

--zd-4471203-a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Your request 4471203 (KCSC-240903-01) has been solved. The full outcome for
all 13 reported links is in the attached CSV file, one row per link.

If anything looks wrong, reply to this email within 7 days and the ticket
will be reopened.

Discord Trust & Safety

--zd-4471203-a
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_dc_csv)}
--zd-4471203-a--
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' email with a CSV export of per-link outcomes attached",
    why="CSV attachment gives an outcome for each of the 13 links",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "not_found",
           D[4]: "removed", D[5]: "removed", D[6]: "rejected", D[7]: "removed",
           D[8]: "not_found", D[9]: "removed", D[10]: "restricted",
           D[11]: "removed", D[12]: "removed"},
)

case(
    name="dc-reply-to-reminder-top-posted",
    **{"from": "tns-escalations@discord.com"}, name_from="Discord T&S Escalations",
    date="Thu, 12 Sep 2024 22:47:10 +0000",
    subject="Re: [Reminder] KCSC-240903-01: 4 items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>",
                   "References: <req-240903-01@kcsc.example> <reminder.KCSC-240903-01.1@kcsc.example>"],
    body=f"""
Hi KCSC team,

Sorry for the slow reply. Two more items from your list are done: the invite
{D[12]} has been revoked and the server it pointed to was shut
down, and the message {D[9]}
was deleted earlier today.

Our team is still working through the other two and we'll update this thread.

Thanks,
Jonah
Trust & Safety Escalations, Discord

On Thu, Sep 12, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(OUR_DISCORD_REMINDER)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from an abuse-desk agent to a regulator's reminder",
    why="two links stated done above the quote; the rest only in our quoted reminder, so pending",
    items={D[12]: "removed", D[9]: "removed", D[4]: "pending", D[6]: "pending"},
)

case(
    name="dc-bare-url-status-below",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 07 Sep 2024 02:15:33 +0000",
    subject="Re: [Discord Safety] Request #4471203 - follow-up",
    reply_to_req=rt("KCSC-240903-01"),
    body=f"""
Hello,

Following up on request 4471203 (your reference KCSC-240903-01). Results
for the three links you asked about in your last message:

{D[5]}
Removed. The message was deleted and the user received a permanent ban.

{D[6]}
Not found. This message ID does not exist in that channel; please double-check the link.

{D[7]}
No action. After review, this message does not break Discord's Terms of
Service or Community Guidelines, so it will stay up.

Kind regards,
Marcus
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety agent reply in a Zendesk thread, bare URL then verdict line",
    why="each bare URL is followed by its own verdict paragraph",
    items={D[5]: "removed", D[6]: "not_found", D[7]: "rejected"},
)

case(
    name="dc-jira-comment",
    **{"from": "legalops-desk@discord.com"}, name_from="Discord Legal Ops",
    date="Fri, 06 Sep 2024 19:03:44 +0000",
    subject="LOPS-2281 KCSC-240903-01 Korean regulator removal request",
    reply_to_req=rt("KCSC-240903-01"),
    body=f"""
—-—-—-—

Reply above this line.

Tomasz Wren commented:

Hi KCSC,

Update from our side on the first three messages:

* {D[0]} – removed
* {D[1]} – removed
* {D[2]} – we cannot locate this message. It is not in that channel and
  does not appear in our records for that server.

Tomasz Wren

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management
https://discord-legalops.atlassian.net/servicedesk/customer/portal/4/LOPS-2281
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'commented' customer notification",
    why="agent's bulleted comment gives a status for three messages",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

case(
    name="dc-ack-plus-statement",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Wed, 11 Sep 2024 04:21:09 +0000",
    subject="[Discord Support] We received your follow-up - Request #4471203",
    reply_to_req=rt("KCSC-240903-01"),
    body=f"""
##- Please type your reply above this line -##

Hi there,

We've received your follow-up email and added it to request #4471203
(KCSC-240903-01). A member of our team will get back to you about the
remaining links.

One update in the meantime: the message at
{D[9]}
has been deleted by our Safety team.

Thanks for your patience,
Discord Support
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up receipt that also carries an agent's one-line update",
    why="acknowledgement wording plus an unhedged statement about one named message",
    items={D[9]: "removed"},
)

case(
    name="naver-ticket-result-korean",
    **{"from": "noreply-cs@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 16:20:00 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호: 2409-118832)",
    reply_to_req=rt("KCSC-240904-02"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240904-02)을 검토한 결과를
아래와 같이 알려드립니다.

1. {N[0]}
 → 게시중단 조치 완료 (9월 6일)
2. {N[1]}
 → 카페 운영원칙 위반으로 블라인드 처리하였습니다.
3. {N[2]}
 → 작성자가 이미 삭제한 게시물로, 현재 확인되지 않습니다.
4. {N[3]}
 → 검토 결과 서비스 운영정책 및 관련 법령 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

추가 문의사항은 본 메일에 회신하시거나 고객센터(https://help.naver.com/inquiry/input.help)를
이용해 주시기 바랍니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 1:1 문의 답변 메일 (게시중단·블라인드 결과, 문의번호)",
    why="four numbered URLs, each with its own Korean result line below",
    items={N[0]: "removed", N[1]: "removed", N[2]: "not_found", N[3]: "rejected"},
)

_naver_prev = f"""
1. {N[0]}
 → 게시중단 조치 완료 (9월 6일)
2. {N[1]}
 → 카페 운영원칙 위반으로 블라인드 처리하였습니다.
"""
case(
    name="naver-followup-temp-measure-quoted",
    **{"from": "noreply-cs@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 11:05:00 +0900",
    subject="RE: [네이버 고객센터] 문의번호: 2409-118832 추가 안내",
    reply_to_req=rt("KCSC-240904-02"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

지난 답변에서 별도 조치하지 않았다고 안내드린 게시물에 대해 권리침해 신고가 추가로
접수되어, 아래 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치하였음을
알려드립니다.

{N[3]}

감사합니다.
네이버 고객센터 드림

----- 이전 답변 -----
{quote(_naver_prev)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up in the same 문의 thread: 임시조치(30일) notice over the quoted earlier answer",
    why="new 임시조치 statement for one post; the earlier results are only quoted",
    items={N[3]: "restricted", N[0]: "pending"},
)

case(
    name="naver-text-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 14:48:12 +0900",
    subject="[회신] KCSC-240904-02 게시물 조치 결과",
    reply_to_req=rt("KCSC-240904-02"),
    body=f"""
방송통신심의위원회 담당자님께,

요청번호 KCSC-240904-02 건의 조치 결과를 회신드립니다.

| 번호 | URL | 조치 결과 | 조치일 |
|---|---|---|---|
| 1 | {N[0]} | 삭제 | 2024-09-06 |
| 2 | {N[1]} | 삭제 | 2024-09-06 |
| 3 | {N_RAW3} | 국내 접속 차단 | 2024-09-07 |
| 4 | {N[3]} | 미조치 (위반 사항 없음) | - |

문의사항이 있으시면 회신 부탁드립니다.

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 with a text table (번호/URL/조치 결과/조치일)",
    why="text table row per URL; raw Korean path for item 3",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "rejected"},
)

case(
    name="naver-raw-korean-url-particle",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우",
    date="Tue, 10 Sep 2024 09:31:40 +0900",
    subject="RE: KCSC-240904-02 인플루언서 콘텐츠 문의",
    reply_to_req=rt("KCSC-240904-02"),
    body=f"""
안녕하세요, 네이버 인플루언서 운영 담당 한지우입니다.

문의하신 {N_RAW3}은 운영정책 위반으로 어제(9월 9일) 게시중단 처리되었습니다.
나머지 게시물은 고객센터 답변으로 안내드린 내용과 같습니다.

감사합니다.
한지우 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff member's short personal reply in the thread",
    why="raw Korean-path URL followed directly by a particle, with an unhedged 게시중단",
    items={N[2]: "removed"},
)

case(
    name="kakao-daum-cafe-result",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 15:12:00 +0900",
    subject="[카카오 고객센터] 신고하신 게시물 처리 결과 안내 (KCSC-240905-03)",
    reply_to_req=rt("KCSC-240905-03"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ {K[0]} : 블라인드 처리
■ {K_RAW2} : 국내 접근 제한 (해외에서는 열람 가능)
■ {K[2]} : 운영자 삭제

처리 결과에 관한 문의는 본 메일에 회신해 주세요.
상담번호: 240905-0077341

※ 본 메일은 발신 전용이 아닙니다.
카카오 고객센터 https://cs.kakao.com
""",
    outcome="applied", classification="confirmation",
    imitates="카카오 고객센터 신고 처리 결과 안내 (블라인드·운영자 삭제·접근 제한)",
    why="one ■ line per URL, each with a result",
    items={K[0]: "removed", K[1]: "restricted", K[2]: "removed"},
)

_tistory_txt = f"""안녕하세요, 티스토리 고객센터입니다.

요청번호 KCSC-240905-03 관련하여 안내드립니다.
아래 글은 블로그 운영자 확인 후 비공개 처리되어 현재 외부에서 열람할 수 없습니다.

{K_RAW2}

감사합니다.
카카오 티스토리 운영팀
"""
case(
    name="kakao-tistory-qp",
    **{"from": "tistory-cs@kakaocorp.com"}, name_from="Tistory 고객센터",
    date="Tue, 10 Sep 2024 10:44:18 +0900",
    subject="[티스토리] 게시물 처리 안내 KCSC-240905-03",
    reply_to_req=rt("KCSC-240905-03"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_tistory_txt)}
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory 고객센터 비공개 처리 안내, quoted-printable body",
    why="one URL, 비공개 처리 stated without hedge",
    items={K[1]: "removed"},
)

case(
    name="kakao-reply-to-reminder",
    **{"from": "daumcafe-ops@kakaocorp.com"}, name_from="Daum 카페 운영팀",
    date="Fri, 13 Sep 2024 18:02:00 +0900",
    subject="RE: [독촉] KCSC-240905-03 처리 결과 회신 요청",
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-03.1@kcsc.example>",
                   "References: <req-240905-03@kcsc.example> <reminder.KCSC-240905-03.1@kcsc.example>"],
    body=f"""
안녕하세요, 카카오 Daum 카페 운영팀입니다.

회신이 늦어 죄송합니다. 요청하신 3건 중
- {K[0]} 은 9월 6일에 블라인드 처리되었고,
- {K[2]} 은 금일 삭제되었습니다.

티스토리 게시물은 담당 부서에서 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

Daum 카페 운영팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: abuse-report@kakaocorp.com
Subject: [독촉] KCSC-240905-03 처리 결과 회신 요청

{OUR_KAKAO_REMINDER}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply to a regulator's 독촉 reminder over an Outlook-quoted original",
    why="two cafe posts stated done; the Tistory post still under review (pending)",
    items={K[0]: "removed", K[2]: "removed", K[1]: "pending"},
)

case(
    name="kakao-html-ticket-resolved",
    **{"from": "helpdesk@kakaocorp.com"}, name_from="Kakao Helpdesk",
    date="Wed, 11 Sep 2024 13:30:00 +0900",
    subject="[티켓 #58120] 해결됨: KCSC-240905-03 게시물 조치 요청",
    reply_to_req=rt("KCSC-240905-03"),
    type="html",
    body=f"""
<html><body>
<div style="font-size:13px;color:#333">
<p>티켓 <b>#58120</b> 상태가 <b>해결됨</b>으로 변경되었습니다.</p>
<hr>
<p>담당자 답변:</p>
<p>안녕하세요. 요청번호 KCSC-240905-03 건 처리 결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>대상 URL</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td><a href="{K[0]}">{K[0]}</a></td><td>삭제</td></tr>
<tr><td><a href="{K[1]}">{K_RAW2}</a></td><td>접근 제한 (대한민국)</td></tr>
<tr><td><a href="{K[2]}">{K[2]}</a></td><td>존재하지 않는 게시물</td></tr>
</tbody></table>
<p>감사합니다.</p>
<p style="color:#999">이 티켓에 회신하시면 티켓이 다시 열립니다.</p>
</div>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style Korean 'ticket resolved' notification with an HTML results table",
    why="table row per URL: 삭제, 접근 제한, 존재하지 않는 게시물",
    items={K[0]: "removed", K[1]: "restricted", K[2]: "not_found"},
)

case(
    name="x-legal-case-withheld",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 03:11:27 +0000",
    subject="Re: KCSC-240906-04 [ref:_00D1a2b3c._5004x9ZkQ:ref]",
    reply_to_req=rt("KCSC-240906-04"),
    body=f"""
Hello,

We have reviewed your request (ref. KCSC-240906-04).

In response, X has withheld the following content in South Korea:

{X[0]}
{X[1]}

In addition, the account {X[3]} has been suspended for violating the X Rules.

We will notify the affected users in line with our policies. More
information about country-withheld content is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country.

The remaining items in your request are still being reviewed.

Thank you,
X Legal

ref:_00D1a2b3c._5004x9ZkQ:ref
""",
    outcome="applied", classification="confirmation",
    imitates="X legal response to a government request (Salesforce-style ref thread id)",
    why="two posts under a 'withheld in South Korea' heading; account suspended",
    items={X[0]: "restricted", X[1]: "restricted", X[3]: "removed"},
)

case(
    name="x-followup-thread",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 07:45:02 +0000",
    subject="Re: KCSC-240906-04 follow-up [ref:_00D1a2b3c._5004x9ZkQ:ref]",
    reply_to_req=rt("KCSC-240906-04"),
    body=f"""
Hello again,

We have now completed our review of the two remaining URLs:

- {X[4]}: this post is no longer available on X. It was deleted by the account owner before our review.
- {X[2]}: this post belongs to an account that has since been suspended, so the post has been removed from X.

This concludes our response to KCSC-240906-04.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up in the same case thread",
    why="one deleted-by-owner (not_found) and one removed with its suspended account",
    items={X[4]: "not_found", X[2]: "removed"},
)

case(
    name="x-outlook-original-message",
    **{"from": "gov-affairs-apac@x.com"}, name_from="X Government Affairs APAC",
    date="Tue, 10 Sep 2024 08:16:55 +0000",
    subject="RE: KCSC-240906-04 - Request for removal of 5 items",
    reply_to_req=rt("KCSC-240906-04"),
    body=f"""
Hi,

Two of the posts in your request have now been withheld in South Korea:
{X[2]}
{X[4]}

We are still reviewing the others and will revert shortly.

Regards,
Hana Seo
X Government Affairs, APAC

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240906-04 - Request for removal of 5 items

{OUR_X_REQUEST}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----' with our request unquoted",
    why="two posts stated withheld in Korea; the other URLs appear only in our original below",
    items={X[2]: "restricted", X[4]: "restricted", X[0]: "pending", X[3]: "pending"},
)

case(
    name="x-korean-fullwidth",
    **{"from": "korea-support@x.com"}, name_from="X 한국 담당팀",
    date="Thu, 12 Sep 2024 10:20:00 +0900",
    subject="[X] KCSC-240906-04 조치 결과 안내",
    reply_to_req=rt("KCSC-240906-04"),
    body=f"""
안녕하세요, X 한국 담당팀입니다.
요청번호 KCSC-240906-04 관련하여 아래와 같이 알려드립니다.

・X 규칙 위반으로 삭제됨: {X[4]}。
・대한민국 법률에 따라 한국 내 게시 보류(withheld) 처리됨：{X[2]}。

나머지 게시물에 대해서는 별도로 안내드리겠습니다.

감사합니다.
X 한국 담당팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language reply from a platform's local team, full-width punctuation",
    why="statement before each URL, URL followed by a full-width full stop",
    items={X[4]: "removed", X[2]: "restricted"},
)

case(
    name="reddit-helpscout",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    date="Wed, 11 Sep 2024 21:33:40 +0000",
    subject="Re: KCSC-240909-05 removal request [#88123]",
    reply_to_req=rt("KCSC-240909-05"),
    body=f"""
Hi there,

Thanks for your patience while we looked into this. We've removed the
following post for violating Reddit's rules against sharing personal
information:

{R[0]}

The account u/hanriver_seller has been permanently suspended, and its post at
{R[1]} has been removed together with it.

Best,
Sam
Reddit Safety Team

--
Conversation #88123 · Reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style reply from a Reddit safety agent (conversation number footer)",
    why="both posts stated removed, each URL named",
    items={R[0]: "removed", R[1]: "removed"},
)

case(
    name="reddit-gmail-quote",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    date="Thu, 12 Sep 2024 18:02:11 +0000",
    subject="Re: KCSC-240909-05 removal request",
    reply_to_req=rt("KCSC-240909-05"),
    body=f"""
Hello,

An update on KCSC-240909-05. We took action on
<{R[0]}> and it has been removed from Reddit.

For <{R[1]}>, our team reviewed the post and found that it does not violate
Reddit's Content Policy, so it will remain up. If you believe it breaks a
Korean law specifically, you can file a legal request through
https://www.reddithelp.com/hc/en-us/requests/new.

Thank you,
Reddit Legal Operations

On Mon, Sep 9, 2024 at 11:05 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(OUR_REDDIT_REQUEST)}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal-ops reply with Gmail quoting, URLs in angle brackets",
    why="one removed, one refused with its reason; our request only quoted below",
    items={R[0]: "removed", R[1]: "rejected"},
)

case(
    name="tg-resolved-sole",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 11:20:07 +0000",
    subject="[Ticket #302118] Resolved: KCSC-240910-06",
    reply_to_req=rt("KCSC-240910-06"),
    body="""
Hello,

This ticket has been marked as resolved.

We have reviewed the content you reported. It has been blocked and is no
longer available on Telegram.

Thank you for helping us keep Telegram safe.

The Telegram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk 'ticket resolved' notice naming no URL",
    why="one-item request: the single unhedged 'blocked' statement applies to its item",
    items={T[0]: "removed"},
)

case(
    name="yt-resolved-bullets",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 05:50:30 +0000",
    subject="Your request [KCSC-240911-07] has been resolved - Case ID 2-9163000027118",
    reply_to_req=rt("KCSC-240911-07"),
    body=f"""
Hello,

Thank you for contacting YouTube Legal Support. Your request has been
resolved. Details for each URL:

  * {Y[0]} - removed for violating our Community Guidelines
  * {Y[1]} - blocked from view in South Korea on the basis of local law
  * {Y[2]} - this channel has been terminated

You can learn more about our policies at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support 'request resolved' email with per-URL outcomes",
    why="bullet per URL: removed, blocked in Korea (restricted), channel terminated",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "removed"},
)

_yt_html = f"""<html><body>
<p>Hello,</p>
<p>We have completed our review of the content reported under reference
KCSC-240911-07 (Case ID 2-9163000027118).</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>URL</th><th>Decision</th></tr>
<tr><td>{Y[0]}</td><td>Removed &mdash; violates our spam and scams policy</td></tr>
<tr><td>{Y[1]}</td><td>No action &mdash; we did not find that this video violates our policies or local law</td></tr>
</table>
<p>The YouTube Team</p>
</body></html>
"""
case(
    name="yt-base64-html-table",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube",
    date="Fri, 13 Sep 2024 09:12:44 +0000",
    subject="Update on your request KCSC-240911-07",
    reply_to_req=rt("KCSC-240911-07"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="yt-alt-00a1"

--yt-alt-00a1
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(_yt_html)}
--yt-alt-00a1--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube decision email, base64 HTML table",
    why="HTML table: one removed, one refused (no violation)",
    items={Y[0]: "removed", Y[1]: "rejected"},
)

case(
    name="yt-youtu-be-age-restricted",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 02:03:19 +0000",
    subject="Re: Your request [KCSC-240911-07] - Case ID 2-9163000027118",
    reply_to_req=rt("KCSC-240911-07"),
    body="""
Hi,

Following up on case 2-9163000027118: after a second review, the video
https://youtu.be/aT9wNc4EeXs has been age-restricted. It remains available
only to signed-in viewers aged 18 or older.

The other items in this case are unchanged.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube follow-up on a case, video named by its youtu.be short link",
    why="short link of a requested video, stated age-restricted",
    items={Y[1]: "restricted"},
)

# ===================== REVIEW =====================

case(
    name="dc-promise-will-be-removed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 05 Sep 2024 20:10:00 +0000",
    subject="[Discord Safety] Re: KCSC-240903-01 (Request #4471203)",
    reply_to_req=rt("KCSC-240903-01"),
    body=f"""
##- Please type your reply above this line -##

Hi,

Our team has looked at the two messages below and confirmed that they break
our rules. They will be removed shortly, and we'll confirm on this ticket once
that is done:

- {D[3]}
- {D[4]}

Thanks,
Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent update promising a removal",
    why="'will be removed' is a promise, not a statement of what was done",
    items={D[3]: "pending", D[4]: "pending"},
)

case(
    name="naver-hedge-appears",
    **{"from": "noreply-cs@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 17:45:00 +0900",
    subject="[네이버 고객센터] 문의번호: 2409-118832 중간 안내",
    reply_to_req=rt("KCSC-240904-02"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

문의하신 카페 게시물({N[1]})은 확인 결과 이미 삭제된 것으로 보입니다.
정확한 확인을 위해 카페 담당 부서의 추가 검토 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 고객센터 중간 안내 (hedged '삭제된 것으로 보입니다')",
    why="'appears to have been deleted' is a hedge awaiting confirmation",
    items={N[1]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 01:30:00 +0000",
    subject="Re: KCSC-240906-04 [ref:_00D1a2b3c._5004x9ZkQ:ref]",
    reply_to_req=rt("KCSC-240906-04"),
    body="""
Hello,

We have reviewed all of the posts listed in your request KCSC-240906-04, and
they have been withheld in South Korea.

Thank you,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal short closing reply covering the whole request",
    why="one statement about all items of a five-item request, none named",
    items=st(X, "pending"),
)

case(
    name="dc-bulk-ticket-solved",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Tue, 10 Sep 2024 20:00:00 +0000",
    subject="[Discord Support] Request #4471203 has been solved (KCSC-240903-01)",
    reply_to_req=rt("KCSC-240903-01"),
    body="""
##- Please type your reply above this line -##

Your request (4471203) has been solved. To reopen it, reply to this email.

----------------------------------------------

Discord Support

Hi,

We've finished reviewing your report and removed all of the reported content.

Thanks for reaching out,
Discord Support
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'request solved' notification with a one-line blanket outcome",
    why="'removed all of the reported content' for a 13-item request, nothing named",
    items=st(D, "pending"),
)

case(
    name="yt-untrusted-auth-fail",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    auth="fail",
    date="Sat, 14 Sep 2024 12:00:00 +0000",
    subject="Your request [KCSC-240911-07] - outcome",
    reply_to_req=rt("KCSC-240911-07"),
    body=f"""
Hello,

The following video has been removed for violating our Community Guidelines:
{Y[0]}

The YouTube Legal Support Team
""",
    outcome="review", review="untrusted",
    imitates="YouTube-looking outcome email whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails",
    items={Y[0]: "pending"},
)

case(
    name="dc-zendesk-subdomain-unknown",
    **{"from": "support@discord-safety.zendesk.com"}, name_from="Discord Safety",
    date="Sat, 07 Sep 2024 10:12:00 +0000",
    subject="[Discord Safety] Update on KCSC-240903-01",
    reply_to_req=rt("KCSC-240903-01"),
    body=f"""
##- Please type your reply above this line -##

Hello,

The message {D[0]} has been deleted and its author banned.

Discord Safety
This email is a service from Discord Safety. Delivered by Zendesk
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the help desk's own zendesk.com subdomain",
    why="sender domain is not one of Discord's configured domains",
    items={D[0]: "pending"},
)

case(
    name="naver-asks-more",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 06 Sep 2024 11:00:00 +0900",
    subject="[문의] KCSC-240904-02 소명자료 요청",
    reply_to_req=rt("KCSC-240904-02"),
    body=f"""
방송통신심의위원회 담당자님께,

요청하신 게시물 중 {N[3]} 에 대해 조치를 검토하려면
위법성을 확인할 수 있는 자료(심의 의결서 사본 등)가 필요합니다.

해당 자료를 본 메일로 회신해 주시면 검토 후 결과를 안내드리겠습니다.

네이버 정책지원팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 소명자료 요청 (request for supporting documents)",
    why="asks for documents before acting; no status stated",
    items={N[3]: "pending"},
)

case(
    name="kakao-wrong-platform",
    **{"from": "abuse-report@kakaocorp.com"}, name_from="카카오 신고센터",
    date="Fri, 06 Sep 2024 14:30:00 +0900",
    subject="RE: KCSC-240904-02 게시물 삭제 요청",
    reply_to_req=rt("KCSC-240904-02"),
    body=f"""
안녕하세요, 카카오 신고센터입니다.

참조로 수신된 요청 메일에 기재된 아래 URL은 네이버 서비스의 게시물로,
당사 서비스에서는 해당 게시물이 존재하지 않습니다.

{N[0]}
{N[1]}

해당 서비스 운영사로 요청해 주시기 바랍니다.

카카오 신고센터
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply to a request it received in copy: 'not our service'",
    why="Kakao states 'does not exist' about NAVER's items",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="x-still-under-review",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 06:40:00 +0000",
    subject="Re: [Reminder] KCSC-240906-04: items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240906-04.1@kcsc.example>",
                   "References: <req-240906-04@kcsc.example> <reminder.KCSC-240906-04.1@kcsc.example>"],
    body=f"""
Hello,

Thank you for the reminder. The following items are still under review by
our team:

{X[0]}
{X[3]}

We will get back to you once a decision has been made.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply to a reminder: still under review",
    why="names two items but only says they are under review",
    items={X[0]: "pending", X[3]: "pending"},
)

_hwp = base64.b64encode(bytes((i * 37 + 11) % 256 for i in range(600))).decode("ascii")
_hwp = "\n".join(_hwp[i:i + 76] for i in range(0, len(_hwp), 76))
case(
    name="kakao-hwp-attachment",
    **{"from": "abuse-report@kakaocorp.com"}, name_from="카카오 신고센터",
    date="Thu, 12 Sep 2024 16:00:00 +0900",
    subject="[회신] KCSC-240905-03 처리 결과 송부",
    reply_to_req=rt("KCSC-240905-03"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="kk-58120-hwp"

--kk-58120-hwp
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 신고센터입니다.

요청번호 KCSC-240905-03 건의 처리 결과를 첨부 문서로 송부드리오니
확인 부탁드립니다.

카카오 신고센터 드림

--kk-58120-hwp
Content-Type: application/x-hwp; name="KCSC-240905-03_result.hwp"
Content-Disposition: attachment; filename="KCSC-240905-03_result.hwp"
Content-Transfer-Encoding: base64

{_hwp}
--kk-58120-hwp--
""",
    outcome="review", review="unreadable_attachment",
    imitates="Korean portal result sent as an attached HWP document",
    why="the results are only in an HWP file the reader cannot open",
    items={},
)

case(
    name="naver-forwarded-internal",
    **{"from": "minseo.park@navercorp.com"}, name_from="박민서",
    date="Mon, 09 Sep 2024 16:02:00 +0900",
    subject="Fwd: KCSC-240904-02 처리 결과",
    reply_to_req=rt("KCSC-240904-02"),
    body=f"""
안녕하세요, 정책지원팀의 처리 결과를 전달드립니다.

---------- Forwarded message ---------
보낸사람: 네이버 게시중단 처리 담당 <takedown-ops@navercorp.com>
날짜: 2024년 9월 9일 (월) 오후 3:12
제목: KCSC-240904-02 처리 결과
받는사람: 박민서 <minseo.park@navercorp.com>

{N[0]} 게시중단 완료
{N[1]} 블라인드 처리 완료
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-style forward of an internal team's result by a NAVER employee",
    why="the statements are in the forwarded block, not the sender's own text",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="reddit-merged-no-claims",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Help",
    date="Tue, 10 Sep 2024 15:00:00 +0000",
    subject="[Reddit Help] Your request #88140 has been merged",
    body="""
Hello,

Your request #88140 has been merged into request #88123, because both
concern the same issue. Any further replies should go to #88123.

Reddit Help
""",
    outcome="review", review="no_claims",
    imitates="Zendesk 'request merged' notification",
    why="trusted Reddit mail naming no item and none of our references",
    items={},
)

# ===================== IGNORED =====================

case(
    name="dc-zendesk-receipt",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Tue, 03 Sep 2024 05:02:10 +0000",
    subject="[Discord Support] Received: KCSC-240903-01 removal request (Request #4471203)",
    reply_to_req=rt("KCSC-240903-01"),
    body="""
##- Please type your reply above this line -##

Your request (4471203) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'request received' receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="naver-receipt-korean",
    **{"from": "noreply-cs@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 04 Sep 2024 10:31:30 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다. (문의번호: 2409-118832)",
    reply_to_req=rt("KCSC-240904-02"),
    body="""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 문의번호: 2409-118832
 - 접수일시: 2024.09.04 10:31

답변은 영업일 기준 3~5일 이내에 메일로 보내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 안내",
    why="receipt with a 문의번호, no statement",
    items={},
)

case(
    name="x-ooo",
    **{"from": "hana.seo@x.com"}, name_from="Hana Seo",
    date="Fri, 06 Sep 2024 01:00:12 +0000",
    subject="Automatic reply: KCSC-240906-04 - Request for removal of 5 items",
    reply_to_req=rt("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal requests, please write to
legal@x.com.

Hana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="reddit-dsn",
    **{"from": "MAILER-DAEMON@mail.redditmail.com"}, name_from="Mail Delivery Subsystem",
    auth="none",
    date="Mon, 16 Sep 2024 00:05:00 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-77a1"

--dsn-77a1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.redditmail.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@reddit.com>: host mail.redditmail.com[198.51.100.40] said:
    550 5.1.1 <legal-kr@reddit.com>: Recipient address rejected: User
    unknown in local recipient table

--dsn-77a1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.redditmail.com
Arrival-Date: Mon, 16 Sep 2024 00:04:58 +0000

Final-Recipient: rfc822; legal-kr@reddit.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-77a1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@reddit.com
Subject: [Reminder] KCSC-240909-05: 2 items still pending
Message-ID: <reminder.KCSC-240909-05.1@kcsc.example>

The following items of KCSC-240909-05 are still pending:
{R[0]}
{R[1]}

--dsn-77a1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder (user unknown)",
    why="delivery status notification",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="naver-mdn",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우",
    date="Wed, 04 Sep 2024 13:10:00 +0900",
    subject="읽음: KCSC-240904-02 게시물 삭제 요청",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-3f1"

--mdn-3f1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "KCSC-240904-02 게시물 삭제 요청"을(를) 수신자가 2024-09-04 13:10에 읽었습니다.

--mdn-3f1
Content-Type: message/disposition-notification

Reporting-UA: NAVER Works Mail
Final-Recipient: rfc822; jiwoo.han@navercorp.com
Original-Message-ID: <req-240904-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-3f1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean MDN read receipt (읽음 확인)",
    why="read receipt",
    items={},
)

case(
    name="yt-receipt-echo",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 06:30:00 +0000",
    subject="We received your request [KCSC-240911-07] - Case ID 2-9163000027118",
    reply_to_req=rt("KCSC-240911-07"),
    body=f"""
Hello,

Thanks for contacting YouTube. We've received your legal removal request and
it has been assigned Case ID 2-9163000027118. We'll review it and contact you
if we need more information.

Here is a copy of what you submitted:

Reference: KCSC-240911-07
URLs:
{Y[0]}
{Y[1]}
{Y[2]}
Description: Illegal private loan advertising under Korean law.

The YouTube Legal Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal web-form receipt echoing the submitted URLs",
    why="receipt that only echoes our own submission",
    items={Y[0]: "pending", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="kakao-ooo-korean",
    **{"from": "eunji.lee@kakaocorp.com"}, name_from="이은지",
    date="Mon, 16 Sep 2024 09:00:05 +0900",
    subject="[자동응답] RE: [독촉] KCSC-240905-03 처리 결과 회신 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 이은지입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 카카오 신고센터(abuse-report@kakaocorp.com)로 연락 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="holiday auto-reply",
    items={},
)


HEADER = '''# Blind set 878: ticket systems and threads (written before any run of the reader).
# Generated by make.py; edit the case list there, not this file.
'''


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
