#!/usr/bin/env python3
"""Blind set 626: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail. Every email is fictional and written in our own sentences;
the expected result of each was written from its meaning alone, before the
reader was ever run on it.

    python3 tests/corpus/blind626/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import email.header
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
# KCSC-240903-01 discord (12 items, the largest)
D1 = "https://discord.gg/moonlitbay"
D2 = "https://discord.gg/K7fQx2Lm"
D3 = "https://discord.com/channels/1180022334455667788/1180022334455667790/1281555000111222333"
D4 = "https://discord.com/channels/1180022334455667788/1180022334455667790/1281555000111222444"
D5 = "https://discord.com/channels/1192233445566778899/1192233445566778901/1282000111222333444"
D6 = "https://discord.com/invite/harborlights"
D7 = "https://discord.gg/Zp3Rr8Qe"
D8 = "https://discord.com/channels/1203344556677889900/1203344556677889911/1282333444555666777"
D9 = "https://discord.gg/saltmarket"
D10 = "https://discord.com/users/1099887766554433221"
D11 = "https://discord.gg/N4vWw2Hs"
D12 = "https://discord.com/channels/1214455667788990011/1214455667788990022/1283111222333444555"
DISCORD = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]

# KCSC-240905-02 naver (4 items); N4 is stored percent-encoded, written raw in mail
N1 = "https://blog.naver.com/greyfinch77/223561100450"
N2 = "https://cafe.naver.com/tidalnotes/4821"
N3 = "https://cafe.naver.com/tidalnotes/4833"
N4 = "https://in.naver.com/%EB%B0%94%EB%8B%A4%EC%A0%95%EC%9B%90/contents/internal/70112"
N4_RAW = "https://in.naver.com/바다정원/contents/internal/70112"
NAVER = [N1, N2, N3, N4]

# KCSC-240909-03 x (3 items)
X1 = "https://x.com/nightferry_kr/status/1832200118837745123"
X2 = "https://x.com/nightferry_kr/status/1832209977712340098"
X3 = "https://x.com/coral_exchange/status/1833001122334455667"
XS = [X1, X2, X3]

# KCSC-240911-04 youtube (5 items)
Y1 = "https://www.youtube.com/watch?v=Qm3vT8pLx2A"
Y2 = "https://www.youtube.com/watch?v=bR7nK1sWd0E"
Y3 = "https://www.youtube.com/shorts/Hf4Jp9ZcTqU"
Y4 = "https://www.youtube.com/@lanternhousekr"
Y5 = "https://www.youtube.com/watch?v=Wc2Ld5XoN8g&t=42s"
YT = [Y1, Y2, Y3, Y4, Y5]

# KCSC-240912-05 kakao (2 items)
K1 = "https://cafe.daum.net/quietpier/Lk2B/318"
K2 = "https://moonroad.tistory.com/88"

# KCSC-240916-06 telegram (1 item)
T1 = "https://t.me/amberdock_kr"

# KCSC-240918-07 x (1 item)
X4 = "https://x.com/paper_lantern_99"

REQUESTS = [
    ("KCSC-240903-01", "discord", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "gambling", "req-240903-01@kcsc.example",
     'invites, messages and one profile; flagged "urgent" by the desk', DISCORD),
    ("KCSC-240905-02", "naver", "2024-09-05T14:30:00+09:00", "2024-09-12T23:59:59+09:00",
     "obscenity", "req-240905-02@kcsc.example", "blog, cafe and one in.naver post", NAVER),
    ("KCSC-240909-03", "x", "2024-09-09T09:15:00+09:00", "2024-09-16T23:59:59+09:00",
     "drugs", "req-240909-03@kcsc.example", "two accounts, three posts", XS),
    ("KCSC-240911-04", "youtube", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     "gambling", "req-240911-04@kcsc.example", "videos, a short and a channel", YT),
    ("KCSC-240912-05", "kakao", "2024-09-12T16:00:00+09:00", "2024-09-19T23:59:59+09:00",
     "defamation", "req-240912-05@kcsc.example", "Daum cafe and Tistory", [K1, K2]),
    ("KCSC-240916-06", "telegram", "2024-09-16T11:00:00+09:00", "2024-09-23T23:59:59+09:00",
     "drugs", "req-240916-06@kcsc.example", "one public channel", [T1]),
    ("KCSC-240918-07", "x", "2024-09-18T10:30:00+09:00", "2024-09-25T23:59:59+09:00",
     "gambling", "req-240918-07@kcsc.example", "whole account", [X4]),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def quoted_request(ref, urls, when, prefix="> "):
    """Our own request, as a platform's mail client quotes it."""
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the following content under reference {ref}:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply with the action taken for each URL.", "", "KCSC Takedown desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


ZD_FOOT = ("--------------------------------\n"
           "This email is a service from Discord Safety. Delivered by Zendesk")

CASES = []


def mime_word(text):
    """RFC 2047 encoded-word for a non-ASCII display name or subject, as mail clients send it."""
    if text.isascii():
        return text
    return email.header.Header(text, "utf-8").encode()


def case(**kw):
    if "name_from" in kw:
        kw["name_from"] = mime_word(kw["name_from"])
    if kw.pop("encode_subject", False):
        kw["subject"] = mime_word(kw["subject"])
    CASES.append(kw)


# ==========================================================================
# APPLIED
# ==========================================================================

case(
    name="dc-zendesk-update-first-batch",
    outcome="applied", classification="confirmation",
    imitates="Zendesk public-comment update notification from a trust & safety desk (reply-above-this-line marker, agent comment, footer)",
    why="trusted Discord agent comment names four URLs: two servers removed, one message deleted, one message no longer exists",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Fri, 13 Sep 2024 17:42:10 +0900",
    subject="[Discord Safety] Re: KCSC-240903-01 Request for removal of illegal content (#88214)",
    reply_to_req="req-240903-01",
    items={D1: "removed", D2: "removed", D3: "removed", D5: "not_found"},
    body=f"""##- Please type your reply above this line -##

Your request (88214) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Mina (Discord Safety)

Sep 13, 2024, 17:42 KST

Hello,

Thanks for the report. We have gone through the first part of the links in
your request KCSC-240903-01 and this is where they stand:

The server reached through {D1} has been removed from Discord, along with its invite.

The server behind {D2} has also been removed.

The message at {D3} was deleted and the author's account has been actioned.

The message at {D5} no longer exists on Discord, so there was nothing for us to act on.

We are still looking at the remaining links and will update this ticket.

Best,
Mina
Discord Safety

{ZD_FOOT}
[Z9KX3P-R4M2]
""")

case(
    name="dc-zendesk-followup-with-history",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up update showing the newest comment first and the earlier public comments of the ticket below it (unquoted history)",
    why="newest comment: D4, D6 removed, D7 stays (no violation), D8 cannot be found; the earlier agent comment in the history repeats D1 and D2 removed; our own request in the history states nothing",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Wed, 18 Sep 2024 11:05:44 +0900",
    subject="[Discord Safety] Re: KCSC-240903-01 Request for removal of illegal content (#88214)",
    reply_to_req="req-240903-01",
    items={D4: "removed", D6: "removed", D7: "rejected", D8: "not_found",
           D1: "removed", D2: "removed", D9: "pending"},
    body=f"""##- Please type your reply above this line -##

Your request (88214) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Jae (Discord Safety)

Sep 18, 2024, 11:05 KST

Hi again,

Here is the next set of results for KCSC-240903-01.

- {D4} : message deleted.
- {D6} : server removed.
- {D7} : we reviewed this server and did not find a violation of our Community Guidelines, so it stays up.
- {D8} : we could not find this message. The channel ID does not match any channel we have.

The rest is still with our team.

Jae
Discord Safety

----------------------------------------------

Mina (Discord Safety)

Sep 13, 2024, 17:42 KST

Hello,

Quick first update: {D1} and {D2} have been removed.

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 10:00 KST

Dear Trust & Safety team,
Please remove the following content under reference KCSC-240903-01:
{D1}
{D2}
{D9}

{ZD_FOOT}
[Z9KX3P-R4M2]
""")

case(
    name="dc-freshdesk-html-table",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply in HTML with a per-link outcome table and a link to the platform's guidelines",
    why="HTML table row per URL: D9 removed, D10 account disabled, D11 invite resolves to nothing, D12 deleted; the guidelines link is no item",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Thu, 19 Sep 2024 09:12:03 +0900",
    subject="Re: [#310557] KCSC-240903-01 - outcome of your report",
    type="html",
    items={D9: "removed", D10: "removed", D11: "not_found", D12: "removed"},
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello KCSC team,</p>
<p>Thank you for your patience while we reviewed ticket #310557 (your reference KCSC-240903-01).
Below is the outcome for the links we have completed so far.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eeeeee"><th>Reported link</th><th>Outcome</th></tr>
<tr><td><a href="{D9}">{D9}</a></td><td>Server removed</td></tr>
<tr><td><a href="{D10}">{D10}</a></td><td>Account disabled</td></tr>
<tr><td><a href="{D11}">{D11}</a></td><td>Invite invalid, no server found</td></tr>
<tr><td><a href="{D12}">{D12}</a></td><td>Message deleted</td></tr>
</table>
<p>For more about how we enforce our rules, see our
<a href="https://discord.com/guidelines">Community Guidelines</a>.</p>
<p>Kind regards,<br>Sora<br>Discord Support</p>
<div style="color:#999999;font-size:11px">Ticket status: Resolved &middot; Freshdesk</div>
</body></html>
""")

CSV_ATT = (
    "link,action_taken,notes\r\n"
    f"{D2},removed,server deleted\r\n"
    f"{D6},removed,server deleted\r\n"
    f"{D7},no_action,no violation of Community Guidelines found\r\n"
    f"{D11},not_found,invite does not resolve to any server\r\n"
    f"{D12},removed,message deleted\r\n"
)
case(
    name="dc-csv-attachment-outcomes",
    outcome="applied", classification="confirmation",
    imitates="trust & safety ticket reply whose per-link outcomes are in an attached CSV export",
    why="attached CSV from Discord: D2, D6, D12 removed, D7 no action for lack of a violation (rejected), D11 does not resolve (not_found)",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Fri, 20 Sep 2024 15:30:00 +0900",
    subject="Re: KCSC-240903-01 Request for removal of illegal content (#88214)",
    reply_to_req="req-240903-01",
    items={D2: "removed", D6: "removed", D7: "rejected", D11: "not_found", D12: "removed"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-att-5501"

--zd-att-5501
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

The outcome for each link we reviewed under KCSC-240903-01 is in the
attached file, one row per link.

Regards,
Discord Safety

--zd-att-5501
Content-Type: text/csv; charset=utf-8; name="kcsc-240903-01_outcome.csv"
Content-Disposition: attachment; filename="kcsc-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--zd-att-5501--
""")

case(
    name="dc-reply-to-reminder-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="agent's top-posted answer to a regulator's overdue reminder, the reminder quoted below 'On ... wrote:'",
    why="above the quote: D8 removed and the D10 account disabled; the URLs in the quoted reminder state nothing",
    **{"from": "jae.kwon@discord.com"}, name_from="Jae Kwon",
    date="Mon, 23 Sep 2024 10:48:31 +0900",
    subject="Re: Reminder: KCSC-240903-01 - items still pending after the deadline",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>",
                   "References: <req-240903-01@kcsc.example> <reminder.KCSC-240903-01.1@kcsc.example>"],
    items={D8: "removed", D10: "removed", D9: "pending", D11: "pending", D4: "pending"},
    body=f"""Hi,

Sorry for the slow reply. Two updates on our side:

The message {D8} has been removed.
The account {D10} has been disabled.

We're still working through the rest and will write again this week.

Jae Kwon
Trust & Safety, Discord

On Fri, 20 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord,
>
> The deadline for request KCSC-240903-01 passed on 10 September 2024.
> The following items are still pending:
>
> {D4}
> {D8}
> {D9}
> {D10}
> {D11}
>
> Please tell us the action taken for each.
>
> KCSC Takedown desk
""")

case(
    name="dc-final-numbered-all-twelve",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification whose final comment lists every reported link with its outcome",
    why="numbered list covering all twelve links: removals, deleted-by-author and cannot-locate (not_found), one no-violation (rejected), one age-restricted server (restricted)",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Thu, 26 Sep 2024 18:20:05 +0900",
    subject="[Discord Safety] Request #88214 solved: KCSC-240903-01",
    reply_to_req="req-240903-01",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "removed", D5: "not_found",
           D6: "removed", D7: "rejected", D8: "not_found", D9: "restricted", D10: "removed",
           D11: "not_found", D12: "removed"},
    body=f"""##- Please type your reply above this line -##

Your request (88214) has been solved. To reopen this request, reply to this email.
----------------------------------------------

Mina (Discord Safety)

Sep 26, 2024, 18:20 KST

Hello,

We have finished our review of KCSC-240903-01. The final outcome for every link:

1. {D1} - server removed
2. {D2} - server removed
3. {D3} - message deleted
4. {D4} - message deleted
5. {D5} - not found, the message had already been deleted by its author
6. {D6} - server removed
7. {D7} - reviewed, no violation found; the server remains available
8. {D8} - we could not locate this message
9. {D9} - server age-restricted (marked 18+) instead of removed
10. {D10} - account disabled
11. {D11} - invite link invalid, no server behind it
12. {D12} - message deleted

Thanks for working with us.

Mina
Discord Safety

{ZD_FOOT}
[Z9KX3P-R4M2]
""")

case(
    name="dc-partial-answer-asks-for-context",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk partial answer: some links actioned, more context requested for another",
    why="D3 and D4 deleted in one plain sentence; for the D10 profile the agent asks for message links, which leaves it pending",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Mon, 16 Sep 2024 13:02:55 +0900",
    subject="Re: KCSC-240903-01 Request for removal of illegal content (#88214)",
    reply_to_req="req-240903-01",
    items={D3: "removed", D4: "removed", D10: "pending"},
    body=f"""Hello,

Regarding your request KCSC-240903-01:

The messages {D3} and {D4} have been deleted.

For the user profile {D10}, the profile page itself does not show anything
that breaks our rules. Could you send us links to the specific messages or
screenshots of the content you are concerned about? We will take another
look as soon as we have them.

Best regards,
Discord Safety
""")

case(
    name="nv-helpdesk-answer-numbered-korean", encode_subject=True,
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 '문의하신 내용에 대한 답변' mail with a numbered 처리 결과 list",
    why="게시중단 → removed, 임시조치(30일) → restricted, already deleted by its author → not_found",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 16:40:12 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240905-02)",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240905-02)의 처리 결과를 아래와 같이 안내드립니다.

1. {N1}
   → 게시중단 조치 완료 (2024.09.10)
2. {N2}
   → 임시조치(30일) 처리
3. {N3}
   → 작성자가 이미 삭제한 게시물로 확인되어 별도 조치가 불가합니다.

나머지 요청 건은 확인 후 다시 안내드리겠습니다.

추가 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
감사합니다.
""")

case(
    name="nv-fullwidth-parens-korean-path",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team prose reply in Korean, one URL inside full-width parentheses, one followed by a particle",
    why="the in.naver post (raw Korean path) 블라인드 처리 → removed; the cafe post 게시중단 → removed",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 10:21:37 +0900",
    subject="RE: [KCSC-240905-02] 불법정보 시정요구",
    reply_to_req="req-240905-02",
    items={N4: "removed", N2: "removed"},
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 인플루언서 게시물（{N4_RAW}）은 블라인드 처리하였으며,
카페 게시글 {N2} 는 게시중단 되었습니다.

감사합니다.
네이버 정책지원팀 드림
""")

NV_TABLE = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240905-02 시정요구에 대한 조치결과를 다음과 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{N2}</td><td>접근제한(국내)</td><td>2024-09-12</td></tr>
<tr><td>3</td><td>{N3}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>4</td><td>{N4_RAW}</td><td>미조치 (위반사항 없음)</td><td>-</td></tr>
</table>
<p>문의사항은 회신 주시기 바랍니다.<br>네이버 주식회사 게시물관리팀</p>
</body></html>
"""
case(
    name="nv-qp-html-result-table", encode_subject=True,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as a quoted-printable HTML table (번호/URL/조치결과/조치일)",
    why="table rows: 삭제 → removed, 접근제한(국내) → restricted, 해당 게시물 없음 → not_found, 미조치(위반사항 없음) → rejected",
    **{"from": "contentpolicy@navercorp.com"}, name_from="네이버 게시물관리팀",
    date="Thu, 12 Sep 2024 18:03:45 +0900",
    subject="[회신] KCSC-240905-02 시정요구 조치결과",
    items={N1: "removed", N2: "restricted", N3: "not_found", N4: "rejected"},
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NV_TABLE)}
""")

case(
    name="nv-echoed-report-form",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail that echoes the submitted report form, then a 처리 결과 block",
    why="one echoed URL, 처리 결과: 게시물 삭제 → removed",
    **{"from": "report@naver.com"}, name_from="NAVER 신고센터",
    date="Fri, 13 Sep 2024 11:25:00 +0900",
    subject="[NAVER 신고센터] 신고하신 게시물의 처리 결과를 알려드립니다",
    items={N3: "removed"},
    body=f"""안녕하세요. NAVER 신고센터입니다.
접수하신 신고의 처리 결과를 알려드립니다.

[신고 접수 내용]
- 신고 번호: 2409-771532
- 신고 대상 URL: {N3}
- 신고 사유: 불법정보 (방송통신심의위원회 시정요구)
- 신고 기관: 방송통신심의위원회 (KCSC-240905-02)

[처리 결과]
- 처리 상태: 처리 완료
- 조치 내용: 게시물 삭제
- 처리 일시: 2024-09-13 11:20

본 메일은 발신 전용입니다.
""")

case(
    name="nv-solved-with-survey-link",
    outcome="applied", classification="confirmation",
    imitates="helpdesk answer closing a ticket with a satisfaction-survey link (상담 만족도 평가)",
    why="비공개 처리 of N1 → removed; the survey and help-centre links are no items",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 17:55:19 +0900",
    subject="[네이버 고객센터] 답변이 등록되었습니다 (KCSC-240905-02)",
    items={N1: "removed"},
    body=f"""안녕하세요, 네이버 고객센터입니다.

문의하신 블로그 게시물 {N1} 은(는) 비공개 처리되었습니다.
현재 외부에서 열람할 수 없는 상태입니다.

이번 상담이 도움이 되셨나요? 아래에서 만족도를 평가해 주세요.
https://help.naver.com/survey/answer?ticket=HN-58842017

※ 본 문의는 답변 등록 후 7일이 지나면 자동으로 종료됩니다.
""")

case(
    name="x-helpscout-reply-mixed",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply through a shared-inbox tool (Help Scout style footer), one line per reported post",
    why="X1 withheld in South Korea → restricted; X2 removed; X3 reviewed, no violation, no action → rejected",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 08:14:27 +0900",
    subject="Re: KCSC-240909-03 - request for removal of unlawful content [#0192837]",
    reply_to_req="req-240909-03",
    items={X1: "restricted", X2: "removed", X3: "rejected"},
    body=f"""Hello,

Thank you for contacting X regarding KCSC-240909-03.

After review, we have taken the following action:

{X1} — withheld in South Korea in response to your legal demand.
{X2} — removed for violating the X Rules.
{X3} — we reviewed this post and did not find it to violate the X Rules or the law you cited; no action has been taken.

Sincerely,
X Legal

--
Conversation #0192837 · Sent via Help Scout
""")

case(
    name="x-url-below-statement",
    outcome="applied", classification="confirmation",
    imitates="platform legal reply with each statement on its own line and the URL on the line below it",
    why="X3 withheld in South Korea → restricted; X2 could not be located → not_found",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 07:40:02 +0900",
    subject="Update: KCSC-240909-03",
    items={X3: "restricted", X2: "not_found"},
    body=f"""Hi,

An update on your request KCSC-240909-03.

The following post has been withheld in South Korea:
{X3}

We could not locate the following post on X:
{X2}

Regards,
X Legal
""")

case(
    name="x-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above '-----Original Message-----' holding the regulator's request",
    why="above the separator only X1 is said removed; X2 and X3 appear in the quoted request alone",
    **{"from": "j.park@x.com"}, name_from="Jiwoo Park",
    date="Thu, 12 Sep 2024 19:33:48 +0900",
    subject="RE: KCSC-240909-03 - request for removal of unlawful content",
    reply_to_req="req-240909-03",
    items={X1: "removed", X2: "pending", X3: "pending"},
    body=f"""Hello,

{X1} has been removed.
The other two posts are still with our team; I will follow up.

Regards,
Jiwoo Park
Legal Operations | X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 9:15 AM
To: legal@x.com
Subject: KCSC-240909-03 - request for removal of unlawful content

{quoted_request("KCSC-240909-03", XS, "", prefix="")}
""")

case(
    name="x-account-suspended-one-item",
    outcome="applied", classification="confirmation",
    imitates="X enforcement notice that the reported account was suspended, naming the account only by the case",
    why="one-item request KCSC-240918-07 (an account) and an unhedged 'we have suspended the account you reported' → removed",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 20 Sep 2024 09:02:11 +0900",
    subject="Re: KCSC-240918-07 - request for removal of unlawful content",
    reply_to_req="req-240918-07",
    items={X4: "removed"},
    body="""Hello,

We have suspended the account reported in your request KCSC-240918-07 for
violating the X Rules. It is no longer visible on X.

Regards,
X Legal
""")

case(
    name="yt-jira-resolved-comment",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification carrying the agent's comment",
    why="Y1 'has been actioned under our policies' (configured YouTube phrase) → removed; Y2 age-restricted → restricted; Y3 removed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 15:45:09 +0900",
    subject="[LGLKR-4821] KCSC-240911-04 removal request - Resolved",
    items={Y1: "removed", Y2: "restricted", Y3: "removed"},
    body=f"""—-—-—-—
Reply above this line.

Hana Seo resolved this as Done.

Hello KCSC team,

Following our review, {Y1} has been actioned under our policies.
{Y2} has been age-restricted.
{Y3} was removed for violating our Community Guidelines.

Hana Seo
YouTube Legal Support

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Help center, powered by Jira Service Management, sent you this message.
""")

case(
    name="yt-bulleted-outcomes",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome mail with a bulleted list of outcomes per URL",
    why="channel terminated → removed; blocked from view in South Korea → restricted; no guideline violation, not unlawful → rejected",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal",
    date="Wed, 18 Sep 2024 12:10:40 +0900",
    subject="Re: [KCSC-240911-04] Legal removal request",
    reply_to_req="req-240911-04",
    items={Y4: "removed", Y5: "restricted", Y2: "rejected"},
    body=f"""Dear KCSC,

We have completed our review of your notice (KCSC-240911-04). Outcomes:

• {Y4} – channel terminated
• {Y5} – content blocked from view in South Korea under local law
• {Y2} – not removed: the video does not violate our Community Guidelines and we did not find it to be unlawful in South Korea

Regards,
The YouTube Legal Team
""")

YT_B64 = f"""Hello,

This is an update on your request KCSC-240911-04.

The video {Y1} has been removed from YouTube.

The link {Y3} does not lead to any video we can find. It is not a valid
YouTube link.

Best,
YouTube Trust & Safety
"""
case(
    name="yt-base64-body",
    outcome="applied", classification="confirmation",
    imitates="ticket reply whose plain-text body is base64-encoded by the sending system",
    why="decoded body: Y1 removed; Y3 not a valid link → not_found",
    **{"from": "trustandsafety@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Fri, 13 Sep 2024 20:01:15 +0900",
    subject="Update on KCSC-240911-04",
    items={Y1: "removed", Y3: "not_found"},
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_B64)}
""")

case(
    name="yt-top-posted-over-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="short top-posted Gmail reply above the whole quoted request",
    why="only Y5 is stated (restricted in Korea); the four other URLs appear only in the quoted request",
    **{"from": "minji.cho@google.com"}, name_from="Minji Cho",
    date="Sat, 14 Sep 2024 09:30:22 +0900",
    subject="Re: [KCSC-240911-04] Legal removal request",
    reply_to_req="req-240911-04",
    items={Y5: "restricted", Y1: "pending", Y2: "pending", Y3: "pending", Y4: "pending"},
    body=f"""Hi,

Quick update: {Y5} has been restricted in Korea.
We'll come back to you on the others.

Minji

On Wed, Sep 11, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240911-04", YT, "")}
""")

YT_FLOWED = f"""Hello KCSC,

Following your notice KCSC-240911-04, we have terminated the channel 
<{Y4}> for repeated violations of our policies.

The video <{Y1}> has also been removed and is no longer 
available on YouTube.

Regards,
YouTube Legal
"""
case(
    name="yt-flowed-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="format=flowed plain-text reply with soft line breaks and URLs in angle brackets",
    why="channel terminated → removed; video removed → removed",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal",
    date="Thu, 19 Sep 2024 14:22:31 +0900",
    subject="Re: [KCSC-240911-04] Legal removal request",
    reply_to_req="req-240911-04",
    items={Y4: "removed", Y1: "removed"},
    raw_mime=f"""Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: 8bit

{YT_FLOWED}""")

case(
    name="kk-helpdesk-answer-korean", encode_subject=True,
    outcome="applied", classification="confirmation",
    imitates="카카오 고객센터 문의 답변 안내 mail (접수번호, 임시조치 under 정보통신망법 제44조의2, 게시중단)",
    why="Daum cafe post 임시조치(30일) → restricted; Tistory post 게시중단 → removed",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 18 Sep 2024 13:40:08 +0900",
    subject="[카카오 고객센터] 문의하신 내용의 답변 안내 (접수번호 240913-0048812)",
    items={K1: "restricted", K2: "removed"},
    body=f"""안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회 요청 건(KCSC-240912-05)에 대하여 안내드립니다.

다음 카페 게시글 {K1} 은 정보통신망법 제44조의2에 따라 임시조치(30일)되었습니다.

티스토리 게시글 {K2} 은 게시중단 처리되었습니다.

감사합니다.
카카오 고객센터 드림

이 메일은 발신전용입니다. 추가 문의는 고객센터 웹페이지(https://cs.kakao.com)를 이용해 주세요.
""")

case(
    name="kk-angle-brackets-operator-deleted",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영팀 terse reply: URLs in angle brackets followed by a colon and the result",
    why="운영자 삭제 완료 → removed; post already deleted by its author, does not exist → not_found",
    **{"from": "cafe_admin@daum.net"}, name_from="Daum 카페 운영팀",
    date="Fri, 20 Sep 2024 10:05:55 +0900",
    subject="Re: [KCSC-240912-05] 게시물 삭제 요청",
    reply_to_req="req-240912-05",
    items={K2: "removed", K1: "not_found"},
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

요청하신 게시물 처리 결과입니다.

<{K2}>: 운영자 삭제 완료
<{K1}>: 작성자가 이미 삭제하여 존재하지 않는 게시글입니다.

감사합니다.
""")

case(
    name="kk-fullwidth-colon-comma",
    outcome="applied", classification="confirmation",
    imitates="Korean operator reply written with full-width colon and comma right after each URL",
    why="K1 게시중단 → removed; K2 접속 차단(국내) → restricted",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Mon, 23 Sep 2024 11:11:11 +0900",
    subject="RE: KCSC-240912-05 조치 결과 회신",
    reply_to_req="req-240912-05",
    items={K1: "removed", K2: "restricted"},
    body=f"""안녕하세요. 카카오 정책팀입니다.
KCSC-240912-05 요청에 대한 조치 결과를 회신드립니다.

대상 URL：{K1}，조치 결과：게시중단
대상 URL：{K2}，조치 결과：접속 차단(국내)

감사합니다.
""")

case(
    name="tg-abuse-channel-blocked",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply that the reported channel was blocked",
    why="trusted telegram.org: the channel T1 has been blocked and is no longer accessible → removed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 02:14:09 +0900",
    subject="Re: KCSC-240916-06 illegal drug sales channel",
    items={T1: "removed"},
    body=f"""Hello,

Thank you for your report.

The channel {T1} has been blocked and is no longer accessible on Telegram.

Telegram Abuse Team
""")

case(
    name="tg-thread-reply-no-url",
    outcome="applied", classification="confirmation",
    imitates="one-line agent reply inside the request's mail thread, naming neither URL nor reference",
    why="In-Reply-To our one-item request KCSC-240916-06; 'we've taken the reported channel down' is that item's statement → removed",
    **{"from": "dsa@telegram.org"}, name_from="Telegram Support",
    date="Thu, 19 Sep 2024 21:47:30 +0900",
    subject="Re: Request for removal of illegal content",
    reply_to_req="req-240916-06",
    items={T1: "removed"},
    body="""Hi,

We've taken the reported channel down.

Regards,
Telegram Support
""")

# ==========================================================================
# REVIEW
# ==========================================================================

case(
    name="dc-promise-within-24h",
    outcome="review", review="not_understood",
    imitates="agent comment promising action 'within the next 24 hours'",
    why="names D3 and D4 but only promises removal: no statement, items stay pending",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Sat, 14 Sep 2024 16:20:00 +0900",
    subject="[Discord Safety] Re: KCSC-240903-01 Request for removal of illegal content (#88214)",
    reply_to_req="req-240903-01",
    items={D3: "pending", D4: "pending"},
    body=f"""##- Please type your reply above this line -##

Your request (88214) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Mina (Discord Safety)

Sep 14, 2024, 16:20 KST

Hello,

Thanks for your patience. The messages {D3} and
{D4} will be removed within the next 24 hours, and we
will confirm here once that is done.

Mina

{ZD_FOOT}
""")

case(
    name="yt-hedge-and-under-review",
    outcome="review", review="not_understood",
    imitates="legal-support agent reply with a hedged observation and an 'under review' status",
    why="'appears to have been taken down' is a hedge and 'under review' is no statement: Y1 and Y2 stay pending",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject="[LGLKR-4821] KCSC-240911-04 removal request - In progress",
    items={Y1: "pending", Y2: "pending"},
    body=f"""—-—-—-—
Reply above this line.

Hana Seo commented:

Hello KCSC team,

{Y1} appears to have been taken down by the uploader already.
{Y2} is currently under review by our policy specialists.

We will update this request when we have an outcome.

View request · Turn off this request's notifications
Help center, powered by Jira Service Management, sent you this message.
""")

case(
    name="dc-solved-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="Zendesk 'request solved' comment summarising the whole report in one sentence",
    why="one sentence about all links of a twelve-item request, naming none: bulk, items pending",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Fri, 27 Sep 2024 09:45:00 +0900",
    subject="[Discord Safety] Request #88214 solved: KCSC-240903-01",
    reply_to_req="req-240903-01",
    items={u: "pending" for u in DISCORD},
    body=f"""##- Please type your reply above this line -##

Your request (88214) has been solved. To reopen this request, reply to this email.
----------------------------------------------

Jae (Discord Safety)

Sep 27, 2024, 09:45 KST

Hello,

All of the servers and messages listed in your request KCSC-240903-01 have
been removed from Discord.

Thank you for the report.

{ZD_FOOT}
""")

case(
    name="x-auth-fail-removed",
    outcome="review", review="untrusted",
    imitates="X legal reply whose DKIM/SPF/DMARC checks failed",
    why="x.com From with dmarc=fail: its 'removed' is not trusted, X2 stays pending",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Sat, 14 Sep 2024 03:12:44 +0900",
    subject="Re: KCSC-240909-03 - request for removal of unlawful content",
    items={X2: "pending"},
    body=f"""Hello,

The post {X2} has been removed for violating the X Rules.

Regards,
X Legal
""")

case(
    name="dc-zendesk-hosted-sender",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the helpdesk's own zendesk.com subdomain instead of the platform's domain",
    why="the sender domain discord-safety.zendesk.com is no configured Discord domain: unknown sender, D1 and D2 stay pending",
    **{"from": "support@discord-safety.zendesk.com"}, name_from="Discord Safety",
    date="Sun, 15 Sep 2024 12:00:31 +0900",
    subject="[Discord Safety] Re: KCSC-240903-01 Request for removal of illegal content (#88214)",
    items={D1: "pending", D2: "pending"},
    body=f"""##- Please type your reply above this line -##

Your request (88214) has been updated.
----------------------------------------------

Mina (Discord Safety)

Hello,

The servers behind {D1} and {D2} have been removed.

Mina

This email is a service from Discord Safety. Delivered by Zendesk
""")

case(
    name="kk-vendor-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor answering on a platform's behalf from its own domain",
    why="harborline-moderation.example is not a Kakao sender domain: its 삭제 statement about K1 stays unapplied",
    **{"from": "ops@harborline-moderation.example"}, name_from="Harborline 모더레이션센터",
    date="Tue, 17 Sep 2024 15:15:15 +0900",
    subject="[카카오 위탁] KCSC-240912-05 처리 결과",
    items={K1: "pending"},
    body=f"""안녕하세요. 카카오 게시물 모니터링 위탁업체 Harborline 모더레이션센터입니다.

카카오를 대신하여 KCSC-240912-05 건의 처리 결과를 안내드립니다.

{K1} : 삭제 완료

감사합니다.
""")

case(
    name="nv-states-daum-item", encode_subject=True,
    outcome="review", review="wrong_platform",
    imitates="NAVER helpdesk answer that, by mistake, reports an action on a Daum cafe post",
    why="NAVER states 게시중단 for K1, an item of the Kakao request: a platform speaking for another platform's item",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 19 Sep 2024 09:09:09 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240912-05)",
    items={K1: "pending"},
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청번호 KCSC-240912-05 관련하여 안내드립니다.
{K1} 게시물에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""")

case(
    name="dc-ticket-solved-no-claims",
    outcome="review", review="no_claims",
    imitates="Zendesk automation 'your request has been solved' mail sent without the request's subject or thread",
    why="trusted Discord mail naming no item, no reference and no thread of ours",
    **{"from": "noreply@discord.com"}, name_from="Discord Support",
    date="Sat, 28 Sep 2024 00:05:00 +0900",
    subject="Your request #90017 has been solved",
    body="""##- Please type your reply above this line -##

Your request #90017 has been solved.

We hope we were able to help! If you feel your request has not been
resolved, just reply to this email and it will be reopened.

How would you rate the support you received?
Good, I'm satisfied: https://support.discord.com/hc/requests/90017/satisfaction/good
Bad, I'm unsatisfied: https://support.discord.com/hc/requests/90017/satisfaction/bad

This email is a service from Discord Support. Delivered by Zendesk
""")

case(
    name="yt-asks-for-details",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal team reply asking for timestamps and the legal basis before acting",
    why="asks for more information about Y1 and Y2, states nothing",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal",
    date="Fri, 13 Sep 2024 16:30:00 +0900",
    subject="Re: [KCSC-240911-04] Legal removal request - additional information needed",
    reply_to_req="req-240911-04",
    items={Y1: "pending", Y2: "pending"},
    body=f"""Dear KCSC,

Thank you for your notice KCSC-240911-04. Before we can act on the videos
{Y1} and {Y2}, we need:

1. the timestamps at which the unlawful content appears in each video, and
2. the specific provision of Korean law that each video is said to breach.

Please reply to this email with these details.

Regards,
The YouTube Legal Team
""")

case(
    name="nv-conflicting-text-and-table",
    outcome="review", review="conflicting_statements",
    imitates="Korean reply whose prose and result table disagree about the same post",
    why="prose says N2 임시조치 (restricted), the table below says 조치 없음 / 위반사항 없음 (rejected): conflicting, N2 pending",
    **{"from": "contentpolicy@navercorp.com"}, name_from="네이버 게시물관리팀",
    date="Mon, 16 Sep 2024 14:14:00 +0900",
    subject="[회신] KCSC-240905-02 조치 결과",
    items={N2: "pending"},
    body=f"""안녕하세요, 네이버 게시물관리팀입니다.

요청하신 카페 게시글 {N2} 에 대하여 임시조치를 완료하였습니다.

[처리 결과표]
URL | 처리결과 | 사유
{N2} | 조치 없음 | 위반사항 없음

감사합니다.
""")

case(
    name="x-conditional-withhold",
    outcome="review", review="not_understood",
    imitates="platform reply that it notified the account holder and will act only if the post stays up",
    why="a condition and a promise about X1, no statement: X1 stays pending",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 22:10:10 +0900",
    subject="Re: KCSC-240909-03 - request for removal of unlawful content",
    reply_to_req="req-240909-03",
    items={X1: "pending"},
    body=f"""Hello,

We have notified the account holder of your request. If the post
{X1} is not deleted by the account holder within 72 hours,
we will withhold it in South Korea.

Regards,
X Legal
""")

case(
    name="dc-forwarded-from-safety-team",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding an internal team's answer ('---------- Forwarded message ---------')",
    why="the statements about D5 and D8 sit inside a forwarded message: review forwarded, nothing applied",
    **{"from": "partnerships-kr@discord.com"}, name_from="Yuna Lee",
    date="Tue, 24 Sep 2024 17:00:00 +0900",
    subject="Fwd: KCSC-240903-01 status",
    items={D5: "pending", D8: "pending"},
    body=f"""Hi KCSC team,

Forwarding the answer I got from our Safety team on your request below.

Yuna

---------- Forwarded message ---------
From: Discord Safety <safety@discord.com>
Date: Tue, Sep 24, 2024 at 4:31 PM
Subject: KCSC-240903-01 status
To: Yuna Lee <partnerships-kr@discord.com>

Hi Yuna,

For the Korean regulator's request KCSC-240903-01:
{D5} was removed.
{D8} was removed as well.

Safety
""")

# ==========================================================================
# IGNORED
# ==========================================================================

case(
    name="dc-zendesk-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-notification that echoes the opening of the submitted request",
    why="pure receipt: ticket created, the echoed request text states nothing about the URLs",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Tue, 03 Sep 2024 10:01:12 +0900",
    subject="[Discord Safety] Received: KCSC-240903-01 Request for removal of illegal content (#88214)",
    reply_to_req="req-240903-01",
    items={D1: "pending", D2: "pending"},
    body=f"""##- Please type your reply above this line -##

Your request (88214) has been received and is being reviewed by our support
staff. To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 10:00 KST

Dear Trust & Safety team,
The Korea Communications Standards Commission requests the removal of the
following content under reference KCSC-240903-01:
1. {D1}
2. {D2}
(10 more)

{ZD_FOOT}
""")

case(
    name="yt-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail 'Automatic reply' out-of-office message",
    why="out-of-office auto-reply",
    **{"from": "hana.seo@google.com"}, name_from="Hana Seo",
    date="Wed, 11 Sep 2024 10:00:40 +0900",
    subject="Automatic reply: [KCSC-240911-04] Legal removal request",
    reply_to_req="req-240911-04",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until Monday 23 September
with limited access to email.

For urgent legal removal matters please write to legal-kr@google.com.

Hana
""")

DSN_NV = """Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-nv-7781"

--dsn-nv-7781
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx2.navercorp.com.

Your message could not be delivered to one or more recipients.

<policy-kr@navercorp.com>: host mailstore.navercorp.com said: 550 5.1.1
    recipient address rejected: user unknown

--dsn-nv-7781
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
Arrival-Date: Fri, 20 Sep 2024 09:00:04 +0900

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 recipient address rejected: user unknown

--dsn-nv-7781
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: Reminder: KCSC-240905-02 - items still pending after the deadline
Message-ID: <reminder.KCSC-240905-02.1@kcsc.example>
Date: Fri, 20 Sep 2024 09:00:00 +0900

--dsn-nv-7781--
"""
case(
    name="nv-dsn-reminder-bounced",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report; delivery-status) for our reminder",
    why="bounce of our reminder to a dead address",
    **{"from": "MAILER-DAEMON@navercorp.com"}, name_from="Mail Delivery System",
    date="Fri, 20 Sep 2024 09:00:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN_NV)

MDN_X = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-x-2210"

--mdn-x-2210
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: KCSC-240909-03 - request for removal of unlawful content
  Sent: Monday, September 9, 2024 9:15 AM

was read on Monday, September 9, 2024 2:02 PM.

--mdn-x-2210
Content-Type: message/disposition-notification

Reporting-UA: legal-ops-desk.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <req-240909-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-x-2210--
"""
case(
    name="x-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (multipart/report; disposition-notification)",
    why="message disposition notification: read, nothing more",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 14:02:10 +0900",
    subject="Read: KCSC-240909-03 - request for removal of unlawful content",
    reply_to_req="req-240909-03",
    raw_mime=MDN_X)

case(
    name="kk-korean-receipt", encode_subject=True,
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 '문의가 정상적으로 접수되었습니다' receipt with 접수번호",
    why="pure receipt in Korean: the inquiry was received, an answer will follow",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 16:01:30 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 240912-0047719)",
    reply_to_req="req-240912-05",
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의(KCSC-240912-05)가 정상적으로 접수되었습니다.
접수번호: 240912-0047719

담당자 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
문의 내역은 고객센터 > 나의 문의내역에서 확인하실 수 있습니다.

본 메일은 발신전용입니다.
""")

case(
    name="tg-reminder-auto-ack",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk automated reply that a customer's message was added to an existing ticket",
    why="our reminder was appended to a ticket; nothing said about the channel",
    **{"from": "dsa@telegram.org"}, name_from="Telegram Support",
    date="Tue, 24 Sep 2024 09:00:21 +0900",
    subject="[Ticket #4471-TG] Re: Reminder: KCSC-240916-06 - item still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240916-06.1@kcsc.example>"],
    body="""This is an automated response.

Your message has been added to ticket #4471-TG. A member of our team will
get back to you as soon as possible. There is no need to send your message
again.

Telegram Support
""")

case(
    name="dc-ooo-quoting-request",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply that quotes the message it answers",
    why="out-of-office auto-reply; the URLs are in our quoted request only",
    **{"from": "jae.kwon@discord.com"}, name_from="Jae Kwon",
    date="Tue, 03 Sep 2024 10:00:30 +0900",
    subject="Out of office: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    items={D1: "pending", D3: "pending"},
    body=f"""I'm away until 9 September and will reply when I'm back. For Trust &
Safety matters please use safety@discord.com.

Jae

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", DISCORD, "")}
""")


HEADER = """# Blind set 626: ticket systems and threads (Zendesk / Freshdesk / Jira /
# Help Scout style receipts and results, solved tickets, follow-ups in the
# same thread, replies to our reminders, partial answers, forwarded mail).
# Written by tests/corpus/blind626/make.py from the meaning of each email,
# before the reader was run. Each case is judged alone on a fresh ledger
# holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind626", HEADER, CASES)


if __name__ == "__main__":
    main()
