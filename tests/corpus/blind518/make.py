#!/usr/bin/env python3
"""Blind set blind518: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; expected results come from each email's meaning alone, written
before any run of the reader.

    python3 tests/corpus/blind518/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240912-07",
)
MID = {r: "req-" + r[5:] + "@kcsc.example" for r in (R1, R2, R3, R4, R5, R6, R7)}


def req(r):
    return MID[r].split("@")[0]


# Discord, the largest request (12 items)
D1 = "https://discord.gg/dfkSwap01"
D2 = "https://discord.gg/nightOwlVault"
D3 = "https://discord.com/channels/1209000000000000011/1209000000000000111/1281000000000000001"
D4 = "https://discord.com/channels/1209000000000000011/1209000000000000111/1281000000000000002"
D5 = "https://discord.com/channels/1209000000000000011/1209000000000000112/1281000000000000003"
D6 = "https://discord.com/channels/1209000000000000022/1209000000000000221/1281000000000000004"
D7 = "https://discord.gg/pixelmask"
D8 = "https://discord.gg/Kr7dfkHub"
D9 = "https://discord.com/users/1150000000000000901"
D10 = "https://discord.com/channels/1209000000000000033/1209000000000000331/1281000000000000005"
D11 = "https://discord.gg/seoulleaks24"
D12 = "https://discord.com/channels/1209000000000000033/1209000000000000332/1281000000000000006"
DALL = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]
# Telegram (4)
T1 = "https://t.me/quiet_lantern_kr/311"
T2 = "https://t.me/quiet_lantern_kr/312"
T3 = "https://t.me/dfk_mirror_room/88"
T4 = "https://t.me/dfk_mirror_room/91"
TALL = [T1, T2, T3, T4]
# YouTube (3)
Y1 = "https://www.youtube.com/watch?v=dfkQv7Lm01A"
Y2 = "https://www.youtube.com/shorts/dfkSh0rt09x"
Y3 = "https://www.youtube.com/@faceswap_lab_kr"
# NAVER (5); N5 is stored percent-encoded, written raw in some emails
N1 = "https://blog.naver.com/moonlit_frame/223561000101"
N2 = "https://blog.naver.com/moonlit_frame/223561000145"
N3 = "https://cafe.naver.com/dfkshare/4402"
N4 = "https://post.naver.com/viewer/postView.naver?volumeNo=38100001&memberNo=5500123"
N5_RAW = "https://in.naver.com/별빛사진/contents/internal/701234"
N5 = "https://in.naver.com/" + quote("별빛사진") + "/contents/internal/701234"
NALL = [N1, N2, N3, N4, N5]
# Kakao (2 + 1)
K1 = "https://cafe.daum.net/dfk_gallery/Ab3x/120"
K2 = "https://pf.kakao.com/_xdfkQz/105123456"
K3 = "https://tv.kakao.com/channel/3012345/cliplink/441234567"
# X (1)
X1 = "https://x.com/mirrorface_kr/status/1831500000000000007"

REQUESTS = [
    (R1, "discord", "2024-09-03", DALL, "deepfake-sexual-abuse",
     'invites and message links, servers "Night Owl" and others'),
    (R2, "telegram", "2024-09-04", TALL, "deepfake-sexual-abuse", "two channels, 4 posts"),
    (R3, "youtube", "2024-09-05", [Y1, Y2, Y3], "deepfake-sexual-abuse", "video, Short, channel"),
    (R4, "naver", "2024-09-06", NALL, "deepfake-sexual-abuse",
     "blog, cafe, post, in.naver (Korean path)"),
    (R5, "kakao", "2024-09-09", [K1, K2], "deepfake-sexual-abuse", "Daum cafe, KakaoTalk channel"),
    (R6, "x", "2024-09-10", [X1], "deepfake-sexual-abuse", "one post"),
    (R7, "kakao", "2024-09-12", [K3], "deepfake-sexual-abuse", "one KakaoTV clip"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, urls, cat, note in REQUESTS:
            d = int(day[-2:])
            sent = f"{day}T10:00:00+09:00"
            due = f"2024-09-{d + 7:02d}T23:59:59+09:00"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, MID[ref], note])


# ---------------------------------------------------------------- helpers
def quoted(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def mdate(day, hm, zone="+0900"):
    import datetime
    wd = datetime.date(2024, 9, day).strftime("%a") if day <= 30 else None
    return f"{wd}, {day:02d} Sep 2024 {hm}:00 {zone}"


ZD_FOOT = "\n--------------------------------\nThis email is a service from Discord Trust & Safety.\n"

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ============================ APPLIED ============================

case(
    name="dc-zendesk-solved-list",
    **{"from": "ts-tickets@discord.com"}, name_from="Discord Trust & Safety",
    date=mdate(14, "09:41"), subject=f"[Discord] Re: {R1} removal request (#48213)",
    reply_to_req=req(R1),
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification with the agent's comment above the ticket history",
    why="agent comment gives one outcome per link; the history below is our own request, which states nothing",
    items={D1: "removed", D2: "removed", D3: "removed", D7: "not_found", D9: "rejected"},
    body=f"""
##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, simply reply to this email.

Hana (Discord Trust & Safety)

Sep 14, 2024, 09:41 GMT+9

Hello KCSC team,

Thank you for your patience. We have finished reviewing the first group of
links in your request. Results per link:

- {D1} : the server behind this invite has been removed from Discord.
- {D2} : server removed.
- {D3} : message deleted, and the author's account was disabled.
- {D7} : this invite is invalid or has expired, and we could not match it to any server.
- {D9} : we reviewed this account and found no violation of our Community Guidelines, so no action was taken.

Links not listed above are still with the team. If you have new reports,
please open a new ticket at https://dis.gd/request.

Best,
Hana
Discord Trust & Safety

KCSC Takedown

Sep 3, 2024, 10:02 GMT+9

Dear Discord Trust & Safety,
We request the removal of the content at the addresses below (our reference {R1}).
{chr(10).join(DALL)}
Regards, KCSC
{ZD_FOOT}[ZGQ8-R4LX]
""",
)

case(
    name="dc-followup-remaining-gmail-quote",
    **{"from": "ts-tickets@discord.com"}, name_from="Discord Trust & Safety",
    date=mdate(17, "11:05"), subject="Re: Ticket #48213 - remaining links",
    extra_headers=["In-Reply-To: <follow-48213-1@kcsc.example>",
                   f"References: <{MID[R1]}> <follow-48213-1@kcsc.example>"],
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same ticket thread, top-posted over a Gmail-quoted question from the regulator",
    why="bare URL then its outcome on the next line, four links; the quoted question lists more links but states nothing",
    items={D4: "removed", D5: "removed", D6: "not_found", D8: "rejected"},
    body=f"""
Hi again,

Following up on ticket #48213 with the links that were still open on our side:

{D4}
Removed. Our safety team deleted the message on 16 September.

{D5}
Removed, together with the channel it was posted in.

{D6}
We could not find this message. The server it belonged to no longer exists.

{D8}
This invite leads to a photo editing community that does not break our rules. We are leaving it up.

Regards,
Tomas
Discord Trust & Safety

On Fri, Sep 13, 2024 at 4:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(["Dear Discord team,", "", "Thank you for the update on ticket #48213. Could you tell us the outcome",
         "for the remaining links of our request " + R1 + "?", "", D4, D5, D6, D8, D10, D11, D12, "",
         "Kind regards,", "KCSC Takedown desk"])}
""",
)

HTML_ROWS = [
    (D1, "Server removed"), (D2, "Server removed"), (D3, "Message deleted"),
    (D4, "Message deleted"), (D5, "Message deleted"), (D6, "Not found"),
    (D7, "Not found (invite expired)"), (D8, "Restricted: server set to age-restricted (18+)"),
    (D9, "No violation found, no action"), (D10, "Message deleted"),
    (D11, "Server removed"), (D12, "Message deleted"),
]
html_table = "\n".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{s}</td></tr>' for u, s in HTML_ROWS)
case(
    name="dc-html-table-final",
    **{"from": "ts-tickets@discord.com"}, name_from="Discord Trust & Safety",
    date=mdate(24, "15:20"), subject=f"Ticket #48213 final outcome ({R1})",
    reply_to_req=req(R1), type="html",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML notification carrying an agent's outcome table for every link of a ticket",
    why="HTML table with one action per link for all twelve items",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "removed", D5: "removed",
           D6: "not_found", D7: "not_found", D8: "restricted", D9: "rejected",
           D10: "removed", D11: "removed", D12: "removed"},
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#b5b5b5">##- Please type your reply above this line -##</p>
<p>Hello KCSC,</p>
<p>Your request <b>#48213</b> is now complete. Below is the action we took on each link you reported.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Action taken</th></tr>
{html_table}
</table>
<p>You can read about our policies at <a href="https://discord.com/guidelines">discord.com/guidelines</a>.</p>
<p>Discord Trust &amp; Safety</p>
<p style="color:#999;font-size:11px">This email is a service from Discord Trust &amp; Safety. [ZGQ8-R4LX]</p>
</body></html>
""",
)

csv_att = (
    "link,action_taken,detail\r\n"
    f"{D10},Removed,Message deleted by Trust & Safety\r\n"
    f'{D11},Removed,"Server removed, owner account banned"\r\n'
    f"{D12},Not found,Message no longer exists\r\n"
)
case(
    name="dc-csv-attachment",
    **{"from": "ts-tickets@discord.com"}, name_from="Discord Trust & Safety",
    date=mdate(20, "10:12"), subject="[Discord] Update on ticket #48213",
    reply_to_req=req(R1),
    outcome="applied", classification="confirmation",
    imitates="ticket update whose per-link results are in an attached CSV export",
    why="attached CSV gives one action per link for three items",
    items={D10: "removed", D11: "removed", D12: "not_found"},
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="zd-48213-b1"

--zd-48213-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for the last three links of ticket #48213 is in the attached
file (outcomes_48213.csv), one row per link.

Discord Trust & Safety

--zd-48213-b1
Content-Type: text/csv; charset=utf-8; name="outcomes_48213.csv"
Content-Disposition: attachment; filename="outcomes_48213.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--zd-48213-b1--
""",
)

case(
    name="tg-reply-to-reminder",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=mdate(13, "18:02", "+0000"), subject=f"Re: Reminder: removal request {R2} is overdue",
    extra_headers=["In-Reply-To: <reminder-240904-02-1@kcsc.example>",
                   f"References: <{MID[R2]}> <reminder-240904-02-1@kcsc.example>"],
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply to a regulator's reminder, top-posted over the quoted reminder",
    why="both quiet_lantern posts blocked and no longer viewable (removed); post 88 does not exist (not_found)",
    items={T1: "removed", T2: "removed", T3: "not_found"},
    body=f"""
Hello,

Sorry for the delay. Both posts in quiet_lantern_kr (t.me/quiet_lantern_kr/311
and t.me/quiet_lantern_kr/312) have been blocked and can no longer be viewed
on Telegram. The post t.me/dfk_mirror_room/88 does not exist: the channel has
no message with that number.

Best regards,
Telegram Abuse Team

On Thu, 12 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(["This is a reminder that the following items of request " + R2,
         "(sent 4 September 2024, due 11 September 2024) are still pending:", ""] + TALL
        + ["", "KCSC Takedown"])}
""",
)

case(
    name="tg-freshdesk-resolved",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date=mdate(16, "07:45", "+0000"), subject=f"[#8812] Ticket Resolved - Removal request {R2}",
    reply_to_req=req(R2),
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket status changed to Resolved' notification quoting the agent's latest reply",
    why="agent reply says the one named post was taken down; the rest is ticket metadata",
    items={T4: "removed"},
    body=f"""
Dear KCSC Takedown,

Your ticket has been marked as Resolved.

Ticket ID: #8812
Subject: Removal request {R2}
Status: Resolved
Agent: Farid

Latest reply from Farid:
-----------------------------
Hello,
We looked at {T4} and took the post down for breaking our
Terms of Service. The other links of your ticket are handled by the abuse
desk under a separate case.
-----------------------------

If you think this was not resolved, reply to this email within 7 days and the
ticket will be reopened automatically.

Telegram Support
""",
)

yt_qp_text = f"""Hello,

Thanks for your notice ({R3}). After review under local law and our policies, we have taken the following actions:

\u2022 {Y1} \u2014 removed from YouTube for violating our policy on non-consensual explicit imagery.
\u2022 {Y2} \u2014 age-restricted: viewers must be signed in and over 18 to watch it.
\u2022 {Y3} \u2014 we reviewed the channel and are not taking action at this time, as we did not find content on it that violates our Community Guidelines or local law.

Regards,
The YouTube Legal Team
"""
case(
    name="yt-legal-outcome-qp",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=mdate(15, "02:14", "-0700"), subject=f"Re: [{R3}] Legal removal request - outcome",
    reply_to_req=req(R3),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome email (quoted-printable bullets)",
    why="video removed, Short age-restricted, channel left up with a reason",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_qp_text)}
""",
)

case(
    name="yt-jira-done",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=mdate(18, "16:30"), subject=f"LGL-4411 {R3} removal request",
    reply_to_req=req(R3),
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification: request resolved with a public comment",
    why="comment says the Short is blocked for viewers in South Korea only (restricted)",
    items={Y2: "restricted"},
    body=f"""
\u2014\u2014-\u2014\u2014-\u2014\u2014-\u2014\u2014-\u2014\u2014-\u2014
Reply above this line.

Seo-yeon Han resolved this as Done.

Seo-yeon Han commented:

Hello KCSC,

The Short {Y2} is now blocked for viewers in South Korea
following your notice under Korean law. It remains available in other
countries.

View request \u00b7 Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
)

case(
    name="nv-korean-result-particles",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=mdate(19, "14:03"), subject=f"[네이버] 게시중단 요청 처리 결과 안내 ({R4})",
    reply_to_req=req(R4),
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre 게시중단/임시조치 결과 안내 in prose",
    why="two blog posts 게시중단 (removed), the cafe post 임시조치 (restricted); URL followed by the particle 에",
    items={N1: "removed", N2: "removed", N3: "restricted"},
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 {R4} 건의 처리 결과를 아래와 같이 안내드립니다.

{N1} 게시물은 게시중단 처리되었습니다.
{N2} 게시물도 같은 날 게시중단 처리되었습니다.
{N3}에 대해서는 임시조치(30일)를 하였습니다.

나머지 게시물은 확인 후 별도로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
)

case(
    name="nv-raw-korean-path",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=mdate(20, "11:20"), subject=f"RE: {R4} 추가 회신",
    reply_to_req=req(R4),
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply with numbered items and arrows, a raw Korean path URL",
    why="the in.naver.com content was made private (removed); the post was already deleted by its author (not_found); the policy link is no item",
    items={N5: "removed", N4: "not_found"},
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

문의하신 두 건에 대해 말씀드립니다.

1) {N5_RAW}
→ 해당 콘텐츠는 운영정책 위반으로 비공개 처리하였습니다.

2) {N4}
→ 확인 결과 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.

참고로 운영정책 전문은 https://policy.naver.com/policy/service.html 에서 확인하실 수 있습니다.

네이버 정책지원팀 드림
""",
)

case(
    name="kk-helpscout-korean-quoted",
    **{"from": "cs-report@kakaocorp.com"}, name_from="카카오 고객센터",
    date=mdate(13, "17:40"), subject=f"Re: [{R5}] 게시물 삭제 요청 #20931",
    reply_to_req=req(R5),
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style agent reply (conversation number footer) over a Korean Gmail-style quote",
    why="Daum cafe post 블라인드 (removed); channel post 국내 접근 제한 (restricted); quoted request states nothing",
    items={K1: "removed", K2: "restricted"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물에 대한 조치 결과를 알려드립니다.

- {K1} : 블라인드 처리 완료
- {K2} : 국내 접근 제한 조치

추가 문의 사항은 이 메일에 회신해 주세요.

카카오 고객센터 드림
Conversation #20931

2024년 9월 9일 (월) 오전 10:05, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(["카카오 담당자님께,", "", "아래 게시물의 삭제를 요청합니다. (" + R5 + ")", K1, K2, "", "방송통신심의위원회"])}
""",
)

case(
    name="kk-single-item-no-url",
    **{"from": "cs-report@kakaocorp.com"}, name_from="카카오 고객센터",
    date=mdate(14, "10:15"), subject=f"[카카오] {R7} 처리 결과",
    reply_to_req=req(R7),
    outcome="applied", classification="confirmation",
    imitates="Kakao one-line result notice for a one-item request",
    why="the request has one item; 'the requested clip was deleted' applies to it",
    items={K3: "removed"},
    body=f"""
안녕하세요. 카카오 고객센터입니다.

{R7} 건으로 요청하신 카카오TV 영상은 운영정책 검토 후 삭제 조치되었습니다.

이용해 주셔서 감사합니다.
""",
)

case(
    name="x-withheld-angle-brackets",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=mdate(12, "23:10", "+0000"), subject=f"Case# 0199243311: {R6} [ref:_00Dx1.500Kr9]",
    reply_to_req=req(R6),
    outcome="applied", classification="confirmation",
    imitates="X legal-request case email (Salesforce-style ref tag), country-withheld outcome",
    why="post in angle brackets withheld in South Korea (restricted); help link is no item",
    items={X1: "restricted"},
    body=f"""
Hello,

We have reviewed your report about the post below.

<{X1}>

In response to your request, we have withheld this post in South Korea.
It remains visible outside that country.

More about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X

ref:_00Dx1.500Kr9:ref
""",
)

case(
    name="dc-headings-removed-noviolation",
    **{"from": "ts-tickets@discord.com"}, name_from="Discord Trust & Safety",
    date=mdate(15, "13:00"), subject="[Discord] Re: Ticket #48213",
    reply_to_req=req(R1),
    outcome="applied", classification="confirmation",
    imitates="agent macro grouping links under outcome headings",
    why="two invites under 'Removed:', one under 'No violation found, left up:'; message links only promised",
    items={D1: "removed", D2: "removed", D8: "rejected"},
    body=f"""
Hello KCSC,

Here is where ticket #48213 stands for the invite links.

Removed:
{D1}
{D2}

No violation found, left up:
{D8}

We are still looking into the message links and will get back to you on
those separately.

Discord Trust & Safety
{ZD_FOOT}""",
)

case(
    name="dc-bare-url-status-below",
    **{"from": "ts-tickets@discord.com"}, name_from="Discord Trust & Safety",
    date=mdate(16, "09:30"), subject="[Discord] Ticket #48213 - message links",
    reply_to_req=req(R1),
    outcome="applied", classification="confirmation",
    imitates="ticket update listing each link with a 'Status:' line below it",
    why="two messages deleted, one could not be located",
    items={D3: "removed", D4: "removed", D5: "not_found"},
    body=f"""
Ticket #48213 - message links

{D3}
Status: Deleted

{D4}
Status: Deleted

{D5}
Status: Could not be located (no message with this ID in that channel)

Discord Trust & Safety
""",
)

case(
    name="tg-outlook-original-message",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=mdate(10, "12:40", "+0000"), subject=f"RE: Removal request {R2}",
    reply_to_req=req(R2),
    outcome="applied", classification="confirmation",
    imitates="abuse-desk partial answer from Outlook above '-----Original Message-----'",
    why="one post deleted; the three others promised later; our quoted request states nothing",
    items={T1: "removed"},
    body=f"""
Hello,

t.me/quiet_lantern_kr/311 – deleted by our moderators today.

We are still checking the other three links and will reply separately.

Kind regards,
Marta
Telegram Abuse Desk

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:03 AM
To: abuse@telegram.org
Subject: Removal request {R2}

Dear Telegram,

Please remove the following content, reference {R2}:
{chr(10).join(TALL)}

KCSC Takedown
""",
)

yt_html = f"""<html><body>
<p>Hi,</p>
<p>Following your legal request <b>{R3}</b>, we have removed the following content from YouTube:</p>
<ul>
<li><a href="{Y2}">{Y2}</a></li>
<li><a href="{Y3}">{Y3}</a> (channel terminated)</li>
</ul>
<p>Learn more about our policies: <a href="https://support.google.com/youtube/answer/2802168">YouTube Help</a></p>
<p>Regards,<br>The YouTube Team</p>
</body></html>
"""
case(
    name="yt-base64-html-list",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date=mdate(21, "01:02", "-0700"), subject=f"Your legal request {R3}",
    reply_to_req=req(R3),
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML notice sent base64-encoded, list of removed content",
    why="Short and channel listed under 'we have removed'; channel terminated",
    items={Y2: "removed", Y3: "removed"},
    raw_mime=f"""
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(yt_html)}
""",
)

case(
    name="nv-text-table-sijeong",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=mdate(23, "10:00"), subject=f"[네이버] 시정요구 조치결과 회신 ({R4})",
    reply_to_req=req(R4),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table sent as plain text with '|' columns",
    why="게시중단 x2 (removed), 임시조치 (restricted), 게시물 없음 (not_found), 위반사항 없음 (rejected)",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected"},
    body=f"""
방송통신심의위원회 담당자님께,

{R4} 시정요구에 대한 조치결과를 아래와 같이 회신합니다.

번호 | URL | 조치결과 | 조치일
1 | {N1} | 게시중단 | 2024-09-19
2 | {N2} | 게시중단 | 2024-09-19
3 | {N3} | 임시조치(30일) | 2024-09-19
4 | {N4} | 게시물 없음(작성자 삭제) | -
5 | {N5} | 조치 불가(운영정책 위반사항 없음) | -

네이버 정책지원팀
""",
)

case(
    name="dc-wrapped-angle-url",
    **{"from": "ts-tickets@discord.com"}, name_from="Discord Trust & Safety",
    date=mdate(19, "20:45"), subject="[Discord] Re: Ticket #48213",
    reply_to_req=req(R1),
    outcome="applied", classification="confirmation",
    imitates="agent prose reply with a long link wrapped inside angle brackets and a scheme-less invite",
    why="message deleted (URL wrapped in <>), server behind the invite removed",
    items={D10: "removed", D11: "removed"},
    body="""
Hi,

Two more links from ticket #48213 are done. We deleted the message at
<https://discord.com/channels/1209000000000000033/
1209000000000000331/1281000000000000005> and removed the server
behind discord.gg/seoulleaks24 for coordinated sharing of
non-consensual imagery.

Discord Trust & Safety
""",
)

case(
    name="tg-ack-plus-results",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=mdate(11, "06:15", "+0000"), subject=f"Re: {R2} [Ticket 771203]",
    reply_to_req=req(R2),
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that already carries the moderators' results per link",
    why="acknowledgement sentence followed by unhedged outcomes for three posts",
    items={T2: "removed", T3: "not_found", T4: "removed"},
    body=f"""
Thank you for your report. It has been registered as ticket 771203.

Our moderators have already processed it:
{T2} — blocked for all users
{T3} — no such message
{T4} — blocked for all users

Telegram Abuse Team
""",
)

case(
    name="x-fullwidth-korean",
    **{"from": "legal-kr@x.com"}, name_from="X 코리아 법무팀",
    date=mdate(14, "09:00"), subject=f"Re: {R6} 게시물 삭제 요청",
    reply_to_req=req(R6),
    outcome="applied", classification="confirmation",
    imitates="Korean-language X legal reply with the URL in full-width parentheses",
    why="the post was deleted for breaking X rules",
    items={X1: "removed"},
    body=f"""
안녕하세요. X 코리아 법무팀입니다.

요청번호 {R6} 관련하여 안내드립니다. 신고하신 게시물（{X1}）은 X 규칙 위반으로 삭제되었습니다。

감사합니다.
""",
)

case(
    name="dc-reply-to-reminder-gmail",
    **{"from": "ts-tickets@discord.com"}, name_from="Discord Trust & Safety",
    date=mdate(20, "17:02"), subject=f"Re: Reminder: removal request {R1} is overdue",
    extra_headers=["In-Reply-To: <reminder-240903-01-1@kcsc.example>",
                   f"References: <{MID[R1]}> <reminder-240903-01-1@kcsc.example>"],
    outcome="applied", classification="confirmation",
    imitates="agent reply to the regulator's reminder, top-posted over a Gmail quote listing pending links",
    why="one message removed; one deleted by its author before review (not_found); quoted reminder states nothing",
    items={D6: "removed", D12: "not_found"},
    body=f"""
Hi KCSC,

About the two links in your reminder that belong to us:

The message {D6} was removed on September 20.
{D12} – we were unable to find this message; it was deleted by the user before our review.

Ticket #48213 stays open for the rest.

On Thu, Sep 19, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(["Reminder: the following items of request " + R1 + " are still pending:", "", D6, D10, D12, "",
         "KCSC Takedown"])}
""",
)

case(
    name="yt-partial-answer",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=mdate(12, "03:20", "-0700"), subject=f"Re: [{R3}] update",
    reply_to_req=req(R3),
    outcome="applied", classification="confirmation",
    imitates="partial answer: one decision, one item still with specialists",
    why="video removed; the Short is still under review (stays pending)",
    items={Y1: "removed", Y2: "pending"},
    body=f"""
Hi,

A quick update on {R3}. {Y1} has been removed.

The Short {Y2} is still with our policy specialists, and we will follow up
once a decision is made.

Best,
YouTube Legal Support
""",
)

case(
    name="kk-numbered-english",
    **{"from": "cs-report@kakaocorp.com"}, name_from="Kakao Customer Service",
    date=mdate(16, "15:55"), subject=f"Re: [{R5}] Request #20931 resolved",
    reply_to_req=req(R5),
    outcome="applied", classification="confirmation",
    imitates="English helpdesk resolution with a numbered list",
    why="cafe post removed by the Daum Cafe team; channel post could not be located",
    items={K1: "removed", K2: "not_found"},
    body=f"""
Dear KCSC,

Regarding your request {R5}:

1. {K1} — the post was removed by the Daum Cafe operations team.
2. {K2} — we could not locate this post; the link opens an invalid page on our side.

Your request #20931 is now marked as resolved.

Kakao Customer Service
""",
)

case(
    name="dc-solved-rejected-reason",
    **{"from": "ts-tickets@discord.com"}, name_from="Discord Trust & Safety",
    date=mdate(22, "08:10"), subject="[Discord] Your request #48213 has been solved",
    reply_to_req=req(R1),
    outcome="applied", classification="confirmation",
    imitates="Zendesk solved notification with a refusal and its reason plus one deletion",
    why="profile left up (no violation, with reason: rejected); one message deleted",
    items={D9: "rejected", D12: "removed"},
    body=f"""
##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, simply reply to this email.

Hello,

We reviewed {D9}. The profile itself does not violate
our Community Guidelines or Terms of Service, so we have not taken action
against this account.

The message at {D12}
has been deleted by our team.

Discord Trust & Safety
{ZD_FOOT}""",
)

# ============================ REVIEW ============================

case(
    name="dc-promise-will-remove",
    **{"from": "ts-tickets@discord.com"}, name_from="Discord Trust & Safety",
    date=mdate(13, "12:00"), subject="[Discord] Re: Ticket #48213",
    reply_to_req=req(R1),
    outcome="review", review="not_understood",
    imitates="agent reply promising removal within a time frame",
    why="'will remove ... within 24 hours' is a promise, not a statement",
    items={D3: "pending", D4: "pending"},
    body=f"""
Hello,

Thanks for flagging these. Our team will remove the messages below within
the next 24 hours:

{D3}
{D4}

We'll confirm on this ticket once that is done.

Discord Trust & Safety
""",
)

case(
    name="tg-hedge-appears-removed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=mdate(9, "14:30", "+0000"), subject=f"Re: {R2}",
    reply_to_req=req(R2),
    outcome="review", review="not_understood",
    imitates="abuse-desk reply hedging about content that may already be gone",
    why="'appear to have been removed ... we cannot confirm' is a hedge",
    items={T1: "pending", T2: "pending"},
    body=f"""
Hello,

The posts {T1} and {T2} appear to have been removed
already, possibly by the channel admins. We cannot confirm this from our side
at the moment.

Telegram Abuse Team
""",
)

case(
    name="dc-bulk-all-actioned",
    **{"from": "ts-tickets@discord.com"}, name_from="Discord Trust & Safety",
    date=mdate(25, "09:00"), subject="[Discord] Your request #48213 has been solved",
    reply_to_req=req(R1),
    outcome="review", review="bulk",
    imitates="Zendesk solved notification with a one-line blanket outcome",
    why="'actioned all of the content' for a twelve-item request names no link",
    items={u: "pending" for u in DALL},
    body=f"""
##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, simply reply to this email.

Hello KCSC,

We have actioned all of the content reported in {R1}. Thank you for
helping keep Discord safe.

Discord Trust & Safety
{ZD_FOOT}""",
)

case(
    name="nv-bulk-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=mdate(24, "16:40"), subject=f"[네이버] {R4} 처리 완료",
    reply_to_req=req(R4),
    outcome="review", review="bulk",
    imitates="NAVER blanket completion notice for a whole request",
    why="'all five posts' of a five-item request, none named",
    items={u: "pending" for u in NALL},
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{R4} 건으로 요청하신 게시물 5건 모두에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
)

case(
    name="yt-auth-fail",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support", auth="fail",
    date=mdate(13, "05:00", "-0700"), subject=f"Re: [{R3}] Legal removal request - outcome",
    reply_to_req=req(R3),
    outcome="review", review="untrusted",
    imitates="YouTube outcome email whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails",
    items={Y1: "pending"},
    body=f"""
Hello,

Following your notice {R3}, the video {Y1} has been removed
from YouTube.

The YouTube Legal Team
""",
)

case(
    name="kk-freshdesk-vendor-domain",
    **{"from": "support@kakaocs.freshdesk.com"}, name_from="Kakao 고객센터",
    date=mdate(12, "11:11"), subject=f"[#20931] {R5} 처리 결과",
    reply_to_req=req(R5),
    outcome="review", review="unknown_sender",
    imitates="helpdesk reply sent from the ticket vendor's hosted domain, not the platform's",
    why="sender domain is not a configured Kakao domain",
    items={K1: "pending"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

{K1} 게시물은 블라인드 처리되었습니다.

티켓 번호: #20931
""",
)

case(
    name="tg-under-review-list",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=mdate(8, "10:00", "+0000"), subject=f"Re: {R2} [Ticket 771203]",
    reply_to_req=req(R2),
    outcome="review", review="not_understood",
    imitates="ticket update saying named links are under review",
    why="'under review' is no statement; the email names requested items",
    items={T3: "pending", T4: "pending"},
    body=f"""
Hello,

The following links from your report {R2} are currently under review by
our moderators:

{T3}
{T4}

We will let you know the outcome on this ticket.

Telegram Abuse Team
""",
)

case(
    name="kk-states-naver-item",
    **{"from": "cs-report@kakaocorp.com"}, name_from="카카오 고객센터",
    date=mdate(18, "13:25"), subject="Re: 게시물 삭제 요청",
    outcome="review", review="wrong_platform",
    imitates="Kakao agent answering about a link of another portal by mistake",
    why="Kakao states a status for a NAVER cafe item",
    items={N3: "pending"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 {N3} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
)

case(
    name="dc-asks-more-info",
    **{"from": "ts-tickets@discord.com"}, name_from="Discord Trust & Safety",
    date=mdate(11, "19:30"), subject="[Discord] Ticket #48213 - more information needed",
    reply_to_req=req(R1),
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk 'pending: awaiting your reply' request for more information",
    why="asks for message links and the legal basis before acting on two invites",
    items={D10: "pending", D11: "pending"},
    body=f"""
##- Please type your reply above this line -##

Hello,

Before we can act on {D11} and the related message
{D10}, we need a little more from you:

- the specific messages in that server that you consider unlawful, and
- the legal provision your request relies on.

Please reply to this email with that information. Until then your request
(48213) is set to Pending.

Discord Trust & Safety
{ZD_FOOT}""",
)

case(
    name="nv-internal-forward",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=mdate(20, "15:30"), subject=f"FW: {R4} 처리 결과",
    reply_to_req=req(R4),
    outcome="review", review="forwarded", classification="forwarded",
    imitates="NAVER staff forwarding an internal department's answer",
    why="the statements are inside a forwarded internal message, not the sender's own",
    items={N1: "pending", N2: "pending"},
    body=f"""
위원회 담당자님, 내부 담당 부서의 회신을 전달드립니다.

---------- Forwarded message ---------
보낸사람: 김도윤 <doyun.kim@navercorp.com>
날짜: 2024년 9월 20일 (금) 오후 3:12
제목: {R4} 처리 결과
받는사람: 정책지원 <policy@navercorp.com>

{N1} 게시중단 완료
{N2} 게시중단 완료
""",
)

case(
    name="x-conditional-appeal",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=mdate(13, "22:00", "+0000"), subject=f"Case# 0199243311: {R6} [ref:_00Dx1.500Kr9]",
    reply_to_req=req(R6),
    outcome="review", review="not_understood",
    imitates="X notice of a pending action conditional on the account holder's appeal",
    why="removal depends on a condition in the future",
    items={X1: "pending"},
    body=f"""
Hello,

We have notified the account holder of your request. If they do not file an
appeal within 14 days, {X1} will be removed.

We will update you when the period ends.

X
""",
)

case(
    name="tg-no-claims-contact-change",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=mdate(26, "08:00", "+0000"), subject="Change of address for abuse reports",
    outcome="review", review="no_claims",
    imitates="platform circular about a new reporting address",
    why="trusted Telegram mail naming no item and no request",
    items={},
    body="""
Hello,

From 1 October 2024, please send reports about content on Telegram to
dsa@telegram.org. This address will no longer be monitored after that date.

Telegram Abuse Team
""",
)

# ============================ IGNORED ============================

case(
    name="dc-zendesk-receipt",
    **{"from": "ts-tickets@discord.com"}, name_from="Discord Trust & Safety",
    date=mdate(3, "10:03"), subject=f"[Discord] Re: {R1} removal request (#48213)",
    reply_to_req=req(R1),
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-notification",
    why="pure receipt with a ticket number",
    items={},
    body=f"""
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.
{ZD_FOOT}[ZGQ8-R4LX]
""",
)

case(
    name="tg-out-of-office",
    **{"from": "marta.k@telegram.org"}, name_from="Marta K.",
    date=mdate(12, "00:01", "+0000"), subject=f"Automatic reply: Reminder: removal request {R2} is overdue",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   "In-Reply-To: <reminder-240904-02-1@kcsc.example>"],
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply to our reminder",
    why="out-of-office auto-reply",
    items={},
    body="""
I am out of the office until 30 September with limited access to email.
For urgent abuse reports please write to abuse@telegram.org.
""",
)

dsn = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b7"

--dsn-b7
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@x.com>: host mx2.x.com said: 550 5.1.1 mailbox unavailable

--dsn-b7
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.x.com
Arrival-Date: Thu, 19 Sep 2024 09:00:02 +0900

Final-Recipient: rfc822; legal@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--dsn-b7
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: Reminder: removal request {R6} is overdue
Message-ID: <reminder-240910-06-1@kcsc.example>
Date: Thu, 19 Sep 2024 09:00:00 +0900

The following item of request {R6} is still pending:
{X1}

--dsn-b7--
"""
case(
    name="x-dsn-bounce",
    **{"from": "MAILER-DAEMON@x.com"}, name_from="Mail Delivery System",
    date=mdate(19, "09:00"), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for our reminder",
    why="bounce; the URL is only in the returned reminder",
    items={},
    raw_mime=dsn,
)

mdn = f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-c3"

--mdn-c3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지 "{R4} 게시물 게시중단 요청"을(를) 받는 사람이 2024-09-07 오전 9:12에 읽었습니다.

--mdn-c3
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{MID[R4]}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-c3--
"""
case(
    name="nv-mdn-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=mdate(7, "09:12"), subject=f"읽음: {R4} 게시물 게시중단 요청",
    reply_to_req=req(R4),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="read receipt",
    items={},
    raw_mime=mdn,
)

case(
    name="kk-korean-receipt",
    **{"from": "cs-report@kakaocorp.com"}, name_from="카카오 고객센터",
    date=mdate(9, "10:06"), subject=f"[카카오 고객센터] 문의가 접수되었습니다 #20931",
    reply_to_req=req(R5),
    outcome="ignored", classification="acknowledgement",
    imitates="Korean helpdesk receipt (접수 완료, 접수번호)",
    why="pure receipt; the promise is to answer, not about items",
    items={},
    body="""
안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: #20931

담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다.
답변은 이 메일 주소로 발송됩니다.

카카오 고객센터
""",
)

case(
    name="yt-jira-created-echo",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=mdate(5, "10:20"), subject=f"LGL-4411 {R3} removal request",
    reply_to_req=req(R3),
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification echoing the request description",
    why="receipt; the URLs are in the echo of our own request and carry no outcome",
    items={},
    body=f"""
\u2014\u2014-\u2014\u2014-\u2014\u2014-\u2014\u2014-\u2014\u2014-\u2014
Reply above this line.

We've received your request (LGL-4411) and a member of our team will look
at it soon.

Summary: {R3} removal request

Description:
Please remove the following content under Korean law:
{Y1}
{Y2}
{Y3}

View request \u00b7 Turn off this request's notifications

Powered by Jira Service Management
""",
)

case(
    name="x-noreply-autoresponse",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=mdate(10, "01:05", "+0000"), subject=f"Automatic reply: Removal request {R6}",
    extra_headers=["Auto-Submitted: auto-replied"],
    reply_to_req=req(R6),
    outcome="ignored",
    imitates="no-reply mailbox auto-response pointing to the web form",
    why="automated reply from an unmonitored mailbox",
    items={},
    body="""
This is an automated response. This mailbox is not monitored.

Legal requests must be submitted through our online form at
https://legalrequests.x.com. Messages sent to this address are not read.
""",
)

HEADER = """# Blind set blind518: ticket systems and threads (Zendesk/Freshdesk/Jira/
# Help Scout-style receipts and results, solved tickets, follow-ups in the
# same thread, replies to reminders, partial answers, forwarded mail).
# Written by make.py from its case list; expected results come from each
# email's meaning alone, before any run of the reader. Each case is judged
# alone on a fresh ledger holding requests.csv."""

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    real mail sends them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind518", HEADER, cases)
