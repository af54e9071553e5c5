#!/usr/bin/env python3
"""Blind corpus set 818 (focus: ticket systems and threads).

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail. Every email is fictional and written in our own sentences;
the expected results were written from each email's meaning alone, before
the reader was ever run on this set.

    python3 tests/corpus/blind818/make.py

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

# ---------------------------------------------------------------- requests

D = {  # Discord, KCSC-240903-01 (largest request, 12 items)
    1: "https://discord.gg/nightmarket77",
    2: "https://discord.gg/Qz7vLpTe",
    3: "https://discord.com/channels/1102938475610293847/1102938475610293850/1271104455667788990",
    4: "https://discord.com/channels/1102938475610293847/1102938475610293850/1271104455667789123",
    5: "https://discord.com/channels/1185522330019283746/1185522330019283750/1272200918273645561",
    6: "https://discord.gg/pinkvault",
    7: "https://discord.gg/tokenbazaar",
    8: "https://discord.com/channels/1190044872615538790/1190044872615538793/1273388120011223344",
    9: "https://discord.gg/harborlane",
    10: "https://discord.com/channels/1190044872615538790/1190044872615538795/1273388120099887766",
    11: "https://discord.gg/sevenspades",
    12: "https://discord.gg/k8MmWqRt",
}
T = {  # Telegram, KCSC-240905-02
    1: "https://t.me/quiet_lantern_shop/118",
    2: "https://t.me/quiet_lantern_shop/121",
    3: "https://t.me/bluefinch_deals",
    4: "https://t.me/moonrise_casino_kr/2045",
}
CAFE_RAW = "https://cafe.naver.com/바다장터/8812"
N = {  # NAVER, KCSC-240906-03
    1: "https://blog.naver.com/sunny_ridge88/223510447781",
    2: "https://cafe.naver.com/%EB%B0%94%EB%8B%A4%EC%9E%A5%ED%84%B0/8812",
    3: "https://blog.naver.com/lotus_pine/223498812045",
}
X = {  # X, KCSC-240909-04
    1: "https://x.com/glowbet_kr/status/1831122334455667788",
    2: "https://x.com/glowbet_kr/status/1831122334455669901",
    3: "https://x.com/mintleaf_pharma/status/1831300012345678901",
    4: "https://x.com/dawn_courier22/status/1831412398765432109",
    5: "https://x.com/pepperjack_77/status/1831500987654321012",
}
Y = {  # YouTube, KCSC-240910-05
    1: "https://www.youtube.com/watch?v=Qm3xT9vLpA2",
    2: "https://www.youtube.com/watch?v=Hb7kR2nWzE5",
}
K = {  # Kakao (Daum cafe), KCSC-240911-06
    1: "https://cafe.daum.net/silverkoi/Ab3x/412",
    2: "https://cafe.daum.net/silverkoi/Ab3x/419",
}
TG1 = "https://t.me/redkite_exchange"  # Telegram, KCSC-240912-07 (one item)

REQUESTS = [
    ("KCSC-240903-01", "discord", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [D[i] for i in range(1, 13)], "illegal_gambling", "req.KCSC-240903-01@kcsc.example",
     "servers and messages advertising illegal betting"),
    ("KCSC-240905-02", "telegram", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [T[i] for i in range(1, 5)], "drugs", "req.KCSC-240905-02@kcsc.example", ""),
    ("KCSC-240906-03", "naver", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [N[i] for i in range(1, 4)], "obscenity", "req.KCSC-240906-03@kcsc.example", ""),
    ("KCSC-240909-04", "x", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [X[i] for i in range(1, 6)], "illegal_gambling", "req.KCSC-240909-04@kcsc.example", ""),
    ("KCSC-240910-05", "youtube", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [Y[1], Y[2]], "drugs", "req.KCSC-240910-05@kcsc.example", ""),
    ("KCSC-240911-06", "kakao", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [K[1], K[2]], "defamation", "req.KCSC-240911-06@kcsc.example", ""),
    ("KCSC-240912-07", "telegram", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [TG1], "fraud", "req.KCSC-240912-07@kcsc.example", "single channel"),
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

def qp_part(text, ctype="text/plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{enc}")


def b64_lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def b64_part(text, ctype="text/plain"):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{b64_lines(text.encode('utf-8'))}")


def zd_header(ticket, state):
    return (f"##- Please type your reply above this line -##\n\n"
            f"Your request ({ticket}) has been {state}. To add additional comments, "
            f"reply to this email.\n")


ZD_FOOTER = ("----------------------------------------------\n"
             "This email is a service from Discord Trust & Safety.\n")

# ---------------------------------------------------------------- cases

C = []


def case(**kw):
    C.append(kw)


DISCORD = "safety@discord.com"

# 1 --------------------------------------------------------------------------
case(name="discord-zendesk-solved-list", from_=DISCORD, name_from="Discord Trust & Safety",
     date="Fri, 06 Sep 2024 15:12:40 +0900",
     subject="[Discord Safety] Re: KCSC-240903-01 - Request #48213 has been solved",
     reply_to_req="req.KCSC-240903-01",
     body=zd_header(48213, "solved") + f"""
Mina (Discord Trust & Safety)
Sep 6, 2024, 15:12 GMT+9

Hello KCSC team,

Thank you for your patience while we worked through the links in your notice
KCSC-240903-01. Here is where things stand for the ones we have finished:

- {D[1]} - server deleted for violating our Community Guidelines
- {D[2]} - the server behind this invite has been removed
- {D[3]} - message deleted
- {D[4]} - we could not find this message; it no longer exists on Discord
- {D[6]} - after review we found no violation of our policies, so no action was taken

The rest of your links are still with our specialist team and we will send a
separate update on them.

How we enforce our rules: https://discord.com/safety/enforcement-overview

KCSC Takedown
Sep 3, 2024, 10:04 GMT+9

Removal request KCSC-240903-01 (12 links) - see the attached list.

""" + ZD_FOOTER + "[ZD8K2M-14RQ7]",
     outcome="applied", classification="confirmation",
     imitates="Zendesk 'request solved' notification from a trust-and-safety desk, agent comment over the thread",
     why="five links named each with its own result; the remaining ones are not named",
     items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[6]: "rejected"})

# 2 --------------------------------------------------------------------------
case(name="discord-update-status-below-url", from_=DISCORD, name_from="Discord Trust & Safety",
     date="Mon, 09 Sep 2024 11:30:02 +0900",
     subject="[Discord Safety] Update on request #48213 (KCSC-240903-01)",
     reply_to_req="req.KCSC-240903-01",
     body=zd_header(48213, "updated") + f"""
Mina (Discord Trust & Safety)
Sep 9, 2024, 11:29 GMT+9

Hi again,

Following up on our earlier message with more of our review.

{D[5]}
Removed. The message was deleted and its author received a warning.

{D[7]}
Removed. The server was shut down and the owner's account was disabled.

{D[8]}
Removed.

{D[9]}
Age-restricted. The server is now marked 18+ and hidden from users who have
not verified their age. It has not been deleted.

We are still looking at three further links and will update this ticket again.

""" + ZD_FOOTER + "[ZD8K2M-14RQ7]",
     outcome="applied", classification="confirmation",
     imitates="Zendesk 'request updated' follow-up in the same ticket, result on the line below each URL",
     why="status stated on the line under each URL; the 18+ gate is a restriction, not a removal",
     items={D[5]: "removed", D[7]: "removed", D[8]: "removed", D[9]: "restricted"})

# 3 --------------------------------------------------------------------------
case(name="discord-reply-to-reminder-gmail", from_="jonas.ek@discord.com", name_from="Jonas Ek",
     date="Fri, 13 Sep 2024 17:41:09 +0900",
     subject="Re: Reminder: KCSC-240903-01 overdue items",
     reply_to_req="reminder.KCSC-240903-01.1",
     body=f"""Hi,

Sorry this took longer than it should have. Two of the three links you chased
are done:

discord.gg/sevenspades was taken down on 9 September; that server no longer exists.
The invite https://discord.gg/k8MmWqRt is not valid - it had expired before we got
to it and we can't tie it to any server, so there is nothing for us to act on.

The message link in channel 1190044872615538795 is still with the team. I'll
come back to you on that one.

Best,
Jonas
Discord Trust & Safety

On Thu, Sep 12, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord team,
>
> Our request KCSC-240903-01 of 3 September was due on 10 September. The
> following items are still pending on our side:
>
> {D[10]}
> {D[11]}
> {D[12]}
>
> Please let us know what action has been taken.
> KCSC
""",
     outcome="applied", classification="confirmation",
     imitates="agent's personal Gmail-style reply to our reminder, top-posted over the quoted reminder",
     why="sevenspades taken down, the expired invite cannot be tied to anything; the message link is only promised",
     items={D[11]: "removed", D[12]: "not_found", D[10]: "pending"})

# 4 --------------------------------------------------------------------------
rows4 = [(D[1], "Server deleted"), (D[2], "Server deleted"), (D[3], "Message deleted"),
         (D[4], "Not found (message does not exist)"), (D[5], "No violation - no action taken")]
tr4 = "\n".join(f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td></tr>' for u, a in rows4)
case(name="discord-html-table", from_=DISCORD, name_from="Discord Trust & Safety",
     date="Sat, 07 Sep 2024 09:05:51 +0900",
     subject="[Discord Safety] Request #48213: review results",
     type="html",
     body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#b5b5b5">##- Please type your reply above this line -##</p>
<p>Hello KCSC Takedown,</p>
<p>We have completed the first part of our review for your report <b>KCSC-240903-01</b>.
The table below shows what we did for each link.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Action</th></tr>
{tr4}
</table>
<p>You can follow this request at
<a href="https://support.discord.com/hc/requests/48213">support.discord.com/hc/requests/48213</a>.</p>
<p>Discord Trust &amp; Safety</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="HTML Zendesk notification with a per-link action table",
     why="one row per link with its action; the help-centre request page is not an item",
     items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "rejected"})

# 5 --------------------------------------------------------------------------
csv5 = ("reported_url,outcome,actioned_at\n"
        f"{D[6]},no violation,\n"
        f"{D[7]},removed,2024-09-07\n"
        f"{D[8]},removed,2024-09-07\n"
        f"{D[9]},age restricted,2024-09-08\n"
        f"{D[10]},not found,\n"
        f"{D[11]},removed,2024-09-09\n"
        f"{D[12]},invalid invite,\n")
case(name="discord-csv-attachment", from_="legal@discord.com", name_from="Discord Legal",
     date="Tue, 10 Sep 2024 16:20:00 +0900",
     subject="Re: KCSC-240903-01 - outcome of remaining links [#48213]",
     reply_to_req="req.KCSC-240903-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b818-csv-5"

--b818-csv-5
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find the outcome for each of the remaining links from KCSC-240903-01
in the attached CSV file. Let us know if anything is unclear.

Regards,
Discord Legal

--b818-csv-5
Content-Type: text/csv; charset=utf-8; name="kcsc-240903-01-outcomes.csv"
Content-Disposition: attachment; filename="kcsc-240903-01-outcomes.csv"
Content-Transfer-Encoding: base64

{b64_lines(csv5.encode('utf-8'))}
--b818-csv-5--
""",
     outcome="applied", classification="confirmation",
     imitates="legal desk reply carrying a per-URL outcome export as a CSV attachment",
     why="every row of the CSV gives one link an outcome",
     items={D[6]: "rejected", D[7]: "removed", D[8]: "removed", D[9]: "restricted",
            D[10]: "not_found", D[11]: "removed", D[12]: "not_found"})

# 6 --------------------------------------------------------------------------
body6 = f"""Hello,

Quick update on ticket 48213 (your reference KCSC-240903-01). We have now
handled two of the individual message reports:

<https://discord.com/channels/1102938475610293847/1102938475610293850/
 1271104455667788990>
This message has been deleted.

<{D[8]}>
This message has been deleted and the server owner has been warned.

Thanks,
Discord Trust & Safety
"""
case(name="discord-base64-wrapped-url", from_=DISCORD, name_from="Discord Trust & Safety",
     date="Sun, 08 Sep 2024 20:02:13 +0900",
     subject="Re: [Discord Safety] Request #48213",
     raw_mime=b64_part(body6),
     outcome="applied", classification="confirmation",
     imitates="base64-encoded plain-text agent reply with URLs in angle brackets, one wrapped across lines",
     why="two message links each followed by 'has been deleted'; the angle-bracketed URL is wrapped per RFC 3986 appendix C",
     items={D[3]: "removed", D[8]: "removed"})

# 7 --------------------------------------------------------------------------
body7 = f"""Hello,

Your report (Case #7712045) has been reviewed by our moderators. Results for
each link:

1) {T[1]} – post deleted
2) {T[2]} – post deleted
3) {T[3]} – channel made unavailable to users in South Korea
4) {T[4]} – we could not find this post; the link does not lead to any message

This case is now closed. If you have new information, please open a new report.

Telegram Abuse Team
"""
case(name="tg-case-closed-qp", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Mon, 09 Sep 2024 02:14:55 +0900",
     subject="Re: [KCSC-240905-02] Case #7712045 closed",
     reply_to_req="req.KCSC-240905-02",
     raw_mime=qp_part(body7),
     outcome="applied", classification="confirmation",
     imitates="abuse-desk ticket closure with a numbered per-link result list, quoted-printable",
     why="four links, each with its own result; the channel is unavailable only in Korea",
     items={T[1]: "removed", T[2]: "removed", T[3]: "restricted", T[4]: "not_found"})

# 8 --------------------------------------------------------------------------
case(name="tg-single-item-sole-statement", from_="dsa@telegram.org", name_from="Telegram DSA",
     date="Sat, 14 Sep 2024 13:07:31 +0900",
     subject="Re: KCSC-240912-07 removal request",
     reply_to_req="req.KCSC-240912-07",
     body="""Hello,

Thank you for your report. The reported content has been taken down and is no
longer accessible on Telegram.

Kind regards,
Telegram Support
Case #7719930
""",
     outcome="applied", classification="confirmation",
     imitates="short ticket reply closing a one-link report",
     why="the request has one item, so 'the reported content has been taken down' can only mean it",
     items={TG1: "removed"})

# 9 --------------------------------------------------------------------------
case(name="tg-outlook-reply-url-below", from_="dsa@telegram.org", name_from="Telegram DSA",
     date="Fri, 13 Sep 2024 19:45:00 +0900",
     subject="RE: Reminder: KCSC-240905-02",
     reply_to_req="reminder.KCSC-240905-02.1",
     body=f"""Dear KCSC,

The following channel has been blocked for violating Telegram's Terms of
Service and can no longer be viewed:
{T[3]}

The following post had already been deleted by the channel owner before we
reviewed it:
{T[4]}

Regards,
Telegram DSA Team

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: dsa@telegram.org
Subject: Reminder: KCSC-240905-02

Dear Telegram,

The items below in request KCSC-240905-02 remain pending:
{T[1]}
{T[2]}
{T[3]}
{T[4]}

Please remove them or tell us why they stay up.
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply to a reminder, statement then URL on the next line, our reminder below",
     why="the channel is blocked (globally), the post was deleted by its author; the two quoted posts get nothing",
     items={T[3]: "removed", T[4]: "not_found"})

# 10 -------------------------------------------------------------------------
case(name="naver-answer-korean-particles", from_="help@naver.com", name_from="네이버 고객센터",
     date="Tue, 10 Sep 2024 15:20:11 +0900",
     subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240906-03)",
     reply_to_req="req.KCSC-240906-03",
     body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240906-03 건에 대해 아래와 같이 조치하였음을 알려드립니다.

1. {N[1]}은 운영정책 위반으로 게시중단 처리하였습니다.
2. {CAFE_RAW} 게시물은 임시조치(30일)하였습니다. 기간 내 작성자의 재게시 요청이 없으면 삭제될 예정입니다.
3. {N[3]} 는 작성자가 이미 삭제하여 확인되지 않습니다.

추가 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주시기 바랍니다.
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER customer-centre answer mail (문의 답변) with 게시중단/임시조치 results",
     why="게시중단 = removed; 임시조치 done = restricted (the deletion is only future); author-deleted = not_found",
     items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"})

# 11 -------------------------------------------------------------------------
case(name="naver-html-result-table", from_="policy@navercorp.com", name_from="NAVER 정책지원",
     date="Wed, 11 Sep 2024 10:02:44 +0900",
     subject="[NAVER] 시정요구 조치결과 회신 - KCSC-240906-03",
     type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 KCSC-240906-03에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>블라인드</td><td></td></tr>
<tr><td>2</td><td><a href="{N[2]}">{CAFE_RAW}</a></td><td>삭제</td><td>카페 운영자 삭제</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>조치불가</td><td>운영정책 위반 사항이 확인되지 않음</td></tr>
</table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 reply as an HTML table",
     why="블라인드 and 삭제 are removals; 조치불가 because no policy breach found is a refusal",
     items={N[1]: "removed", N[2]: "removed", N[3]: "rejected"})

# 12 -------------------------------------------------------------------------
case(name="naver-followup-private-quoted", from_="help@naver.com", name_from="네이버 고객센터",
     date="Thu, 12 Sep 2024 17:33:09 +0900",
     subject="Re: [네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240906-03)",
     reply_to_req="req.KCSC-240906-03",
     body=f"""안녕하세요. 네이버 고객센터입니다.

지난 9월 10일 회신에서 검토 중이라고 안내드렸던 아래 게시물은 추가 검토 결과 비공개 처리되었습니다.

{N[3]}

나머지 게시물의 조치 결과는 기존 회신을 참고해 주시기 바랍니다.
감사합니다.

2024. 9. 10. 오후 3:20, 네이버 고객센터 <help@naver.com> 작성:
> 안녕하세요. 네이버 고객센터입니다.
> {N[3]} 게시물은 현재 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="follow-up answer in the same NAVER customer-centre thread, earlier answer quoted",
     why="비공개 처리 = removed; the quoted 'under review' line is old and quoted",
     items={N[3]: "removed"})

# 13 -------------------------------------------------------------------------
case(name="x-jira-resolved-comment", from_="jira@x.com", name_from="X Legal (Jira)",
     date="Thu, 12 Sep 2024 08:15:27 +0900",
     subject="[JIRA] (LEGALKR-2093) KCSC-240909-04: Removal request - Resolved",
     body=f"""Dana Whitfield changed the status to Resolved.
Resolution: Done

LEGALKR-2093 - KCSC-240909-04: Removal request (5 posts)
Assignee: Legal Ops KR
Reporter: takedown@kcsc.example

Comment by Dana Whitfield:

Action summary for the posts in this request:

* {X[1]} : withheld in KR
* {X[2]} : withheld in KR
* {X[3]} : withheld in KR
* {X[4]} : removed for violating the X Rules
* {X[5]} : no action - not in violation of the X Rules or local law

--
This message was sent by the X legal request tracker. View the request:
https://legal-requests.x.com/browse/LEGALKR-2093
""",
     outcome="applied", classification="confirmation",
     imitates="Jira Service Management 'status changed to Resolved' notification with agent comment",
     why="each post has its own action: three withheld in Korea, one removed, one refused",
     items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted", X[4]: "removed", X[5]: "rejected"})

# 14 -------------------------------------------------------------------------
case(name="x-helpscout-angle-brackets", from_="support@x.com", name_from="X Support",
     date="Fri, 13 Sep 2024 12:48:00 +0900",
     subject="Re: KCSC-240909-04 follow-up [#2210873]",
     body=f"""Hi KCSC Team,

Thanks for following up on KCSC-240909-04.

We removed <{X[4]}> under our
illegal and regulated goods policy.

We reviewed <{X[5]}> and found that
it does not break the X Rules, so it remains available.

Cheers,
Priya
X Support

---
Conversation #2210873 - reply to this email to continue the conversation.
""",
     outcome="applied", classification="confirmation",
     imitates="HelpScout-style conversation reply from a support agent, URLs in angle brackets",
     why="one post removed, the other stays up because it breaks no rule",
     items={X[4]: "removed", X[5]: "rejected"})

# 15 -------------------------------------------------------------------------
case(name="x-outlook-original-message", from_="legal@x.com", name_from="X Legal",
     date="Wed, 11 Sep 2024 18:02:37 +0900",
     subject="RE: KCSC-240909-04 removal request",
     reply_to_req="req.KCSC-240909-04",
     body=f"""Hello,

An update on the first three posts of your request.

We have withheld the following two posts in South Korea:
{X[1]}
{X[2]}

The account @mintleaf_pharma has been permanently suspended, so
{X[3]} is no longer available on X.

The other two posts are still being reviewed.

X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 2:00 PM
To: legal@x.com
Subject: KCSC-240909-04 removal request

Dear X,

Please remove or restrict access in Korea to the following posts:
{X[1]}
{X[2]}
{X[3]}
{X[4]}
{X[5]}

Korea Communications Standards Commission
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply from a legal team over '-----Original Message-----' holding our full request",
     why="two posts withheld in Korea, the third gone with its suspended account; the two left are only in our quoted request",
     items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed"})

# 16 -------------------------------------------------------------------------
case(name="x-korean-fullwidth", from_="kr-legal@x.com", name_from="X 코리아",
     date="Sat, 14 Sep 2024 10:10:10 +0900",
     subject="KCSC-240909-04 관련 조치 안내",
     body=f"""안녕하세요, 방송통신심의위원회 담당자님.

요청번호 KCSC-240909-04와 관련하여 다음 게시물（{X[5]}）에 대해 대한민국 내 접근을 제한하였습니다。

해당 게시물은 다른 국가에서는 계속 표시됩니다.

X Corp. 법무팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Korean-language country-withheld notice from a platform's Korea legal desk, full-width punctuation",
     why="access restricted in Korea only; URL enclosed in full-width parentheses",
     items={X[5]: "restricted"})

# 17 -------------------------------------------------------------------------
case(name="yt-request-resolved-outcomes", from_="youtube-legal-noreply@google.com",
     name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 06:31:02 +0900",
     subject="Your request has been resolved [0-7738000041922] KCSC-240910-05",
     body=f"""Hello,

Thank you for contacting YouTube. We've completed our review of the content
you reported under KCSC-240910-05.

{Y[2]}
Outcome: Removed - the video violated our Community Guidelines.

{Y[1]}
Outcome: Age-restricted - viewers must be signed in and 18 or older to watch
this video.

If you have questions, reply to this message. Your reference number is
0-7738000041922.

Sincerely,
The YouTube Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal support 'request resolved' email with an outcome under each video",
     why="one video removed, the other age-restricted",
     items={Y[2]: "removed", Y[1]: "restricted"})

# 18 -------------------------------------------------------------------------
case(name="yt-actioned-no-scheme", from_="legal-kr@google.com", name_from="Google Legal KR",
     date="Thu, 12 Sep 2024 14:40:00 +0900",
     subject="Re: KCSC-240910-05",
     reply_to_req="req.KCSC-240910-05",
     body=f"""Hi there,

Following our legal review, the content at www.youtube.com/watch?v=Qm3xT9vLpA2
has been actioned under our policies.

We did not locate a video at {Y[2]}. It may
have been deleted by the uploader before our review.

Best regards,
Google Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="Google legal support reply using the 'actioned under our policies' wording",
     why="the configured phrase means removed; 'did not locate' is a plain not-found (the 'may' hedges only the cause)",
     items={Y[1]: "removed", Y[2]: "not_found"})

# 19 -------------------------------------------------------------------------
case(name="kakao-daum-result-notice", from_="noreply@kakaocorp.com", name_from="카카오 고객센터",
     date="Fri, 13 Sep 2024 11:00:03 +0900",
     subject="[Daum 카페] 신고 처리 결과 안내 - KCSC-240911-06",
     body=f"""안녕하세요, Daum 고객센터입니다.

문의하신 게시물에 대한 처리 결과를 안내드립니다.

■ 신고 게시물: {K[1]}
■ 처리 결과: 운영정책 위반으로 블라인드 처리

■ 신고 게시물: {K[2]}
■ 처리 결과: 게시물이 존재하지 않아 조치할 수 없습니다 (이미 삭제되었거나 잘못된 주소)

문의번호: 20240913-00417
더 궁금하신 점은 고객센터(https://cs.daum.net)로 문의해 주세요.
""",
     outcome="applied", classification="confirmation",
     imitates="Daum/Kakao customer-centre 신고 처리 결과 안내 with ■ field lines",
     why="블라인드 = removed; 게시물이 존재하지 않아 = not_found",
     items={K[1]: "removed", K[2]: "not_found"})

# 20 -------------------------------------------------------------------------
case(name="discord-freshdesk-resolved-note", from_="legal@discord.com", name_from="Discord Legal",
     date="Fri, 06 Sep 2024 19:20:45 +0900",
     subject="Ticket Resolved - [#58812] Removal notice KCSC-240903-01",
     body="""Dear KCSC Takedown,

Your ticket #58812 has been marked as Resolved.

Resolution note from our agent:
We reviewed the invite links below. The servers for discord.gg/nightmarket77
and discord.gg/Qz7vLpTe were deleted on 5 September. The server at
discord.gg/pinkvault was also deleted after a second review found further
violations.

If you feel this was not resolved to your satisfaction, simply reply to this
email and the ticket will be reopened.

Ticket details: https://support.discord.com/helpdesk/tickets/58812
""",
     outcome="applied", classification="confirmation",
     imitates="Freshdesk 'ticket resolved' notification with the agent's resolution note",
     why="three invites named without scheme, each said deleted",
     items={D[1]: "removed", D[2]: "removed", D[6]: "removed"})

# 21 -------------------------------------------------------------------------
case(name="naver-receipt-plus-result", from_="help@naver.com", name_from="네이버 고객센터",
     date="Fri, 06 Sep 2024 14:02:10 +0900",
     subject="[네이버 고객센터] 문의 접수 및 처리 안내 (KCSC-240906-03)",
     body=f"""안녕하세요. 네이버입니다.

요청하신 건(KCSC-240906-03)은 정상적으로 접수되었습니다.

접수와 동시에 확인한 결과, 아래 게시물은 청소년유해 정보로 판단되어 즉시 삭제 조치하였습니다.
- {CAFE_RAW}

나머지 게시물은 검토 후 별도로 안내드리겠습니다.
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Korean ticket receipt that also reports an immediate deletion",
     why="a receipt phrase plus an unhedged deletion of one named post is not a pure acknowledgement",
     items={N[2]: "removed"})

# 22 -------------------------------------------------------------------------
case(name="discord-echoed-report-decision", from_=DISCORD, name_from="Discord Trust & Safety",
     date="Wed, 11 Sep 2024 21:15:30 +0900",
     subject="[Discord Safety] Decision on your report (KCSC-240903-01)",
     body=f"""Hi,

Here is a copy of what you submitted, followed by our decision.

---- Your report ----
Reference: KCSC-240903-01
Reported links:
1. {D[9]}
2. {D[11]}
Description: Servers promoting illegal betting to users in Korea.

---- Our decision ----
1. discord.gg/harborlane: No violation found. The server remains available.
2. discord.gg/sevenspades: Removed. The server has been deleted.

If you disagree with this decision you can appeal at
https://dis.gd/appeal-decision

Discord Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="report-form echo followed by the decision, as trust-and-safety web forms send",
     why="the echoed report only lists the links; the decision names each invite with its result",
     items={D[9]: "rejected", D[11]: "removed"})

# 23 -------------------------------------------------------------------------
case(name="x-zendesk-solved-survey", from_="support@x.com", name_from="X Support",
     date="Sun, 15 Sep 2024 09:00:41 +0900",
     subject="[X Support] Request #3381920: solved",
     body=f"""##- Please type your reply above this line -##

Your request (3381920) has been solved.

Hello,

We have withheld {X[3]}
in South Korea in response to your request KCSC-240909-04.

Learn more about country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

How would you rate the support you received?
Good, I'm satisfied: https://support.x.com/requests/3381920/satisfaction/good
Bad, I'm unsatisfied: https://support.x.com/requests/3381920/satisfaction/bad
""",
     outcome="applied", classification="confirmation",
     imitates="Zendesk solved notification with a satisfaction survey and help-centre links",
     why="one post withheld in Korea; help and survey links are not items",
     items={X[3]: "restricted"})

# 24 -------------------------------------------------------------------------
case(name="yt-video-ids-gmail-quote", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date="Wed, 11 Sep 2024 16:55:19 +0900",
     subject="Re: KCSC-240910-05 removal request",
     reply_to_req="req.KCSC-240910-05",
     body=f"""Hello,

Regarding KCSC-240910-05:

Video ID Qm3xT9vLpA2 - removed for violating YouTube's policy on regulated goods.
Video ID Hb7kR2nWzE5 - still under review; we will follow up once a decision is made.

Regards,
YouTube Legal Support

On Tue, Sep 10, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove the following videos:
> {Y[1]}
> {Y[2]}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail reply from a legal support agent naming videos by their ID only",
     why="a video ID names one requested video exactly; the second is only under review",
     items={Y[1]: "removed", Y[2]: "pending"})

# 25 -------------------------------------------------------------------------
case(name="tg-single-item-restricted-kr", from_="dsa@telegram.org", name_from="Telegram DSA",
     date="Tue, 17 Sep 2024 22:03:00 +0900",
     subject="Re: Reminder: KCSC-240912-07",
     reply_to_req="reminder.KCSC-240912-07.1",
     body="""Hello,

Access to t.me/redkite_exchange has been restricted for users in South Korea.

Telegram DSA Team

> Dear Telegram, our request KCSC-240912-07 is still pending.
> https://t.me/redkite_exchange
""",
     outcome="applied", classification="confirmation",
     imitates="short reply to our reminder, geo-restriction of the one channel",
     why="restricted in Korea only; channel named without scheme",
     items={TG1: "restricted"})

# ------------------------------------------------------------------ reviews

# 26
case(name="discord-promise-will-remove", from_=DISCORD, name_from="Discord Trust & Safety",
     date="Sat, 07 Sep 2024 13:13:13 +0900",
     subject="[Discord Safety] Update on request #48213 (KCSC-240903-01)",
     body=zd_header(48213, "updated") + f"""
Thanks for your patience. We have confirmed that both servers below break our
policies and they will be removed within the next 24 hours:

- {D[6]}
- {D[7]}

We will confirm here once that is done.

""" + ZD_FOOTER,
     outcome="review", review="not_understood",
     imitates="Zendesk update promising removal",
     why="'will be removed' is a promise, not a statement",
     items={D[6]: "pending", D[7]: "pending"})

# 27
case(name="x-hedge-appears-deleted", from_="support@x.com", name_from="X Support",
     date="Sat, 14 Sep 2024 08:22:00 +0900",
     subject="Re: KCSC-240909-04 follow-up [#2210873]",
     body=f"""Hi KCSC Team,

We looked into these. It appears the two posts below may already have been
deleted by the account holder, but we are still confirming with our
enforcement team:

{X[4]}
{X[5]}

I'll get back to you as soon as I hear from them.

Priya
X Support
""",
     outcome="review", review="not_understood",
     imitates="HelpScout-style agent reply hedging about deletion",
     why="'appears ... may already have been deleted' is a hedge",
     items={X[4]: "pending", X[5]: "pending"})

# 28
case(name="discord-solved-bulk-all", from_=DISCORD, name_from="Discord Trust & Safety",
     date="Sun, 15 Sep 2024 10:45:00 +0900",
     subject="[Discord Safety] Re: KCSC-240903-01 - Request #48213 has been solved",
     body=zd_header(48213, "solved") + """
Hello,

We have completed our review of your report KCSC-240903-01 and have taken
action on all of the reported content.

Thank you for helping keep Discord safe.

""" + ZD_FOOTER,
     outcome="review", review="bulk",
     imitates="Zendesk solved ticket with a blanket 'action taken on all content'",
     why="one statement for a twelve-item request without naming any item",
     items={})

# 29
case(name="kakao-bulk-two-items", from_="safety@kakaocorp.com", name_from="카카오 안전센터",
     date="Mon, 16 Sep 2024 15:00:00 +0900",
     subject="RE: [KCSC-240911-06] 게시물 삭제 요청",
     reply_to_req="req.KCSC-240911-06",
     body="""안녕하세요, 카카오 안전센터입니다.

요청하신 KCSC-240911-06 건의 신고 게시물은 모두 삭제 조치 완료되었습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="Kakao safety-centre one-line reply saying every reported post was deleted",
     why="'모두 삭제' for a two-item request names neither post",
     items={})

# 30
case(name="tg-auth-fail", from_="abuse@telegram.org", name_from="Telegram Abuse", auth="fail",
     date="Tue, 10 Sep 2024 04:40:00 +0900",
     subject="Re: [KCSC-240905-02] Case #7712045",
     body=f"""Hello,

{T[1]} - deleted
{T[2]} - deleted

Telegram Abuse Team
""",
     outcome="review", review="untrusted",
     imitates="abuse-desk result whose DKIM/SPF/DMARC checks failed",
     why="Telegram's domain but authentication failed",
     items={T[1]: "pending", T[2]: "pending"})

# 31
case(name="discord-via-helpdesk-domain", from_="support@discord-safety.zendesk.com",
     name_from="Discord Trust & Safety",
     date="Sat, 07 Sep 2024 02:10:00 +0900",
     subject="[Discord Safety] Re: KCSC-240903-01 - Request #48213 has been updated",
     body=zd_header(48213, "updated") + f"""
Hello,

The servers behind {D[1]} and {D[2]} have been deleted.

""" + ZD_FOOTER,
     outcome="review", review="unknown_sender",
     imitates="Zendesk notification sent from the helpdesk vendor's domain instead of the platform's",
     why="the sender domain is not one of Discord's configured domains",
     items={D[1]: "pending", D[2]: "pending"})

# 32
case(name="naver-asks-legal-basis", from_="help@naver.com", name_from="네이버 고객센터",
     date="Mon, 09 Sep 2024 10:31:00 +0900",
     subject="[네이버 고객센터] 추가 자료 요청 (KCSC-240906-03)",
     body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 {CAFE_RAW} 에 대한 조치를 검토하기 위해
심의 의결서 사본 등 법적 근거 자료가 필요합니다. 본 메일에 회신하여 자료를 보내주시기 바랍니다.

자료를 확인한 후 처리 결과를 안내드리겠습니다.
감사합니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Korean customer-centre request for supporting documents",
     why="the platform asks us for documents before deciding",
     items={N[2]: "pending"})

# 33
case(name="yt-wrong-platform-x-urls", from_="legal-kr@google.com", name_from="Google Legal KR",
     date="Tue, 10 Sep 2024 09:12:00 +0900",
     subject="Re: KCSC-240909-04 removal request",
     body=f"""Hello,

We received a copy of your request KCSC-240909-04. The URLs below are not
hosted on YouTube and we could not locate this content on our service:

{X[1]}
{X[2]}

Please contact the service that hosts them.

Google Legal Support
""",
     outcome="review", review="wrong_platform",
     imitates="Google legal reply to a misdirected copy saying the URLs are not on its service",
     why="YouTube states not-found for X's posts",
     items={X[1]: "pending", X[2]: "pending"})

# 34
case(name="discord-conflicting-summary", from_=DISCORD, name_from="Discord Trust & Safety",
     date="Thu, 12 Sep 2024 12:12:12 +0900",
     subject="[Discord Safety] Update on request #48213 (KCSC-240903-01)",
     body=zd_header(48213, "updated") + """
Hello,

Update on ticket 48213: we removed the server behind discord.gg/harborlane.

Summary of actions on this ticket
Link: https://discord.gg/harborlane
Action: No violation - no action taken

""" + ZD_FOOTER,
     outcome="review", review="conflicting_statements",
     imitates="Zendesk update whose macro summary contradicts the agent's sentence",
     why="the same invite is said removed and left up",
     items={D[9]: "pending"})

# 35
case(name="discord-on-hold-under-review", from_=DISCORD, name_from="Discord Trust & Safety",
     date="Thu, 05 Sep 2024 16:00:00 +0900",
     subject="[Discord Safety] Request #48213 is on hold",
     body=zd_header(48213, "updated") + f"""
Status: On-hold

We have escalated the following links to our specialist team, where they are
under review: {D[1]}, {D[2]}. We aim to reply within five business days.

""" + ZD_FOOTER,
     outcome="review", review="not_understood",
     imitates="Zendesk on-hold status update naming the escalated links",
     why="'under review' is not a statement; items named, nothing decided",
     items={D[1]: "pending", D[2]: "pending"})

# 36
case(name="tg-forwarded-from-colleague", from_="dsa@telegram.org", name_from="Telegram DSA",
     date="Wed, 11 Sep 2024 12:00:00 +0900",
     subject="Fwd: Re: Case #7712045",
     body=f"""Hi KCSC,

Forwarding our abuse team's note below, which answers your question.

Telegram DSA Team

---------- Forwarded message ---------
From: Telegram Abuse <abuse@telegram.org>
Date: Tue, Sep 10, 2024 at 6:05 PM
Subject: Re: Case #7712045
To: <dsa@telegram.org>

The posts {T[1]} and {T[2]} were removed on 8 September.
""",
     outcome="review", review="forwarded", classification="forwarded",
     imitates="platform colleague forwarding an internal abuse-team note",
     why="the statements are inside a forwarded message, not the sender's own words",
     items={T[1]: "pending", T[2]: "pending"})

# 37
case(name="discord-autoclose-no-claims", from_=DISCORD, name_from="Discord Trust & Safety",
     date="Wed, 18 Sep 2024 03:00:00 +0900",
     subject="[Discord Safety] Request #51102 has been solved",
     body=zd_header(51102, "solved") + """
Hi there,

We are closing this request because we have not heard back from you. If you
still need help, reply to this email and the request will be reopened.

""" + ZD_FOOTER,
     outcome="review", review="no_claims",
     imitates="Zendesk automation closing an idle ticket",
     why="trusted Discord mail naming no item and no request of ours",
     items={})

# ------------------------------------------------------------------ ignored

# 38
case(name="discord-zendesk-receipt", from_=DISCORD, name_from="Discord Trust & Safety",
     date="Tue, 03 Sep 2024 10:06:00 +0900",
     subject="[Discord Safety] Re: KCSC-240903-01 - Request #48213 received",
     reply_to_req="req.KCSC-240903-01",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=zd_header(48213, "received") + """
Thank you for contacting Discord Trust & Safety. Your request has been received
and is being reviewed by our support staff. We'll get back to you as soon as we
can.

""" + ZD_FOOTER,
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk new-request auto-acknowledgement",
     why="pure receipt; nothing about any item",
     items={})

# 39
case(name="naver-receipt-korean", from_="help@naver.com", name_from="네이버 고객센터",
     date="Fri, 06 Sep 2024 10:03:00 +0900",
     subject="[네이버 고객센터] 문의가 접수되었습니다",
     body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 240906-0118273

답변은 영업일 기준 3일 이내에 이메일로 보내드립니다.
접수하신 내용은 네이버 고객센터 > 나의 문의내역에서 확인하실 수 있습니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER customer-centre 문의 접수 receipt",
     why="pure receipt with a ticket number",
     items={})

# 40
case(name="x-out-of-office", from_="d.whitfield@x.com", name_from="Dana Whitfield",
     date="Mon, 16 Sep 2024 09:00:05 +0900",
     subject="Automatic reply: Reminder: KCSC-240909-04",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal requests please write to
legal@x.com.

Dana
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply to our reminder",
     why="out-of-office auto-reply",
     items={})

# 41
dsn41 = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b818-dsn-41"

--b818-dsn-41
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@google.com>: host aspmx.l.google.com[192.0.2.27] said:
    550 5.2.1 The email account that you tried to reach is disabled.

--b818-dsn-41
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 17 Sep 2024 09:00:01 +0900

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 The email account that you tried to reach is disabled.

--b818-dsn-41
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: Reminder: KCSC-240910-05 ({Y[1]}, {Y[2]})
Message-ID: <reminder.KCSC-240910-05.1@kcsc.example>

--b818-dsn-41--
"""
case(name="dsn-reminder-bounced", from_="MAILER-DAEMON@mx.kcsc.example",
     name_from="Mail Delivery System", auth="none",
     date="Tue, 17 Sep 2024 09:00:03 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=dsn41,
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification for our reminder",
     why="bounce of our own reminder; the URLs are in our returned headers",
     items={})

# 42
mdn42 = """Content-Type: multipart/report; report-type=disposition-notification; boundary="b818-mdn-42"

--b818-mdn-42
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

귀하의 메시지 "KCSC-240906-03 게시물 삭제 요청"을(를) 2024-09-06 11:12 에 열람하였습니다.
This is a receipt for the mail you sent. The message was displayed.

--b818-mdn-42
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822; kim.hj@navercorp.com
Original-Message-ID: <req.KCSC-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b818-mdn-42--
"""
case(name="naver-read-receipt", from_="kim.hj@navercorp.com", name_from="김현정",
     date="Fri, 06 Sep 2024 11:12:30 +0900",
     subject="읽음: KCSC-240906-03 게시물 삭제 요청",
     raw_mime=mdn42,
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN) from a platform staffer, Korean text",
     why="read receipt",
     items={})

# 43
case(name="tg-noreply-autoreply", from_="noreply@telegram.org", name_from="Telegram",
     date="Thu, 05 Sep 2024 10:00:40 +0900",
     subject="Auto: KCSC-240905-02 removal request",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""This address does not accept incoming mail and messages sent here are not
read. To report illegal content under the DSA, please use
https://telegram.org/dsa-report

Telegram
""",
     outcome="ignored", classification="auto_reply",
     imitates="no-reply mailbox auto-responder pointing to a reporting form",
     why="auto-reply; the reporting form link is not an item",
     items={})

# 44
case(name="x-jira-created-echo", from_="jira@x.com", name_from="X Legal (Jira)",
     date="Mon, 09 Sep 2024 14:01:30 +0900",
     subject="[JIRA] (LEGALKR-2093) KCSC-240909-04: Removal request - Created",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""Your request LEGALKR-2093 has been received. Our team will review it and
get back to you.

Summary of your request
Reference: KCSC-240909-04
Posts:
{X[1]}
{X[2]}
{X[3]}
{X[4]}
{X[5]}

--
This message was sent by the X legal request tracker. View the request:
https://legal-requests.x.com/browse/LEGALKR-2093
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Jira Service Management 'request created' receipt echoing the submitted fields",
     why="receipt that only echoes our list of posts; no status is stated",
     items={})


HEADER = """# Blind set 818 (focus: ticket systems and threads). Written by
# tests/corpus/blind818/make.py from the email's meaning alone, before any
# run of the reader. See NOTES.md.
"""


def main():
    write_requests()
    for c in C:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, "blind818", HEADER, C)


if __name__ == "__main__":
    main()
