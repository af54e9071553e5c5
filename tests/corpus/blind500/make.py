#!/usr/bin/env python3
"""Blind set 500: ticket systems and threads.

    python3 tests/corpus/blind500/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: the same
bytes on every run. Every email is fictional and written in our own words,
in the manner of Zendesk / Freshdesk / Help Scout / Jira Service Management
ticket mail, abuse-desk replies in threads, Korean portal answers, receipts,
out-of-office replies, bounces and read receipts. The expected results were
written from each email's meaning alone, before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

# KCSC-240902-01, Discord, 12 items (the largest request)
D1 = "https://discord.com/channels/1179000000000000011/1179000000000000201/1280400000000000001"
D2 = "https://discord.com/channels/1179000000000000011/1179000000000000201/1280400000000000002"
D3 = "https://discord.com/channels/1179000000000000011/1179000000000000202/1280400000000000003"
D4 = "https://discord.gg/hanbit-trade"
D5 = "https://discord.gg/q8Xr2Lm"
D6 = "https://discord.com/channels/1183000000000000044/1183000000000000301/1280500000000000010"
D7 = "https://discord.com/channels/1183000000000000044/1183000000000000301/1280500000000000011"
D8 = "https://discord.com/channels/1183000000000000044/1183000000000000302/1280500000000000012"
D9 = "https://discord.com/invite/midnight-lounge"
D10 = "https://discord.com/channels/1190000000000000077/1190000000000000401/1280600000000000020"
D11 = "https://discord.com/users/1101000000000000555"
D12 = "https://discord.gg/coinpump-kr"
DISCORD = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]

# KCSC-240903-02, NAVER, 4 items
N1 = "https://blog.naver.com/moonlit_deal/223560001234"
N2 = "https://blog.naver.com/moonlit_deal/223560001299"
N3 = "https://cafe.naver.com/jjangsale/88231"
N4 = "https://post.naver.com/viewer/postView.naver?volumeNo=38812345&memberNo=5123456"

# KCSC-240904-03, X, 5 items
X1 = "https://x.com/gold_rush_kr/status/1831200000000000101"
X2 = "https://x.com/gold_rush_kr/status/1831200000000000102"
X3 = "https://x.com/pill_dealer99/status/1831200000000000203"
X4 = "https://x.com/pill_dealer99"
X5 = "https://twitter.com/nightbus_7/status/1831200000000000305"

# KCSC-240905-04, Telegram, 3 items
T1 = "https://t.me/jeju_deals_chat"
T2 = "https://t.me/jeju_deals_chat/4412"
T3 = "https://t.me/+AbCdEfGh1234xyz"

# KCSC-240906-05, YouTube, 2 items
Y1 = "https://www.youtube.com/watch?v=Qm3xT8kLp2A"
Y2 = "https://www.youtube.com/shorts/Zr7vN1cWq0E"

# KCSC-240909-06, Kakao, 3 items (K2 stored percent-encoded, written raw in mail)
K1 = "https://cafe.daum.net/sellzone/Hf2a/1187"
K2_RAW = "https://sunnyshop.tistory.com/entry/상품-후기-모음"
K2 = "https://sunnyshop.tistory.com/entry/" + quote("상품-후기-모음")
K3 = "https://open.kakao.com/o/gXy7Ab3c"

# KCSC-240910-07, NAVER, 1 item
N5 = "https://blog.naver.com/haneul_ss/223571110000"

REQUESTS = [
    # ref, platform, sent_at, due_at, [(url, category, note)]
    ("KCSC-240902-01", "discord", "2024-09-02T14:03:00+09:00", "2024-09-09T23:59:59+09:00", [
        (D1, "drugs", ""), (D2, "drugs", ""), (D3, "drugs", "reply in the same channel"),
        (D4, "fraud", 'invite link, server "Hanbit Trade"'), (D5, "fraud", "invite link"),
        (D6, "gambling", ""), (D7, "gambling", ""), (D8, "gambling", ""),
        (D9, "obscenity", "invite link, server \"Midnight Lounge\""),
        (D10, "defamation", ""), (D11, "drugs", "seller account"), (D12, "fraud", "invite link"),
    ]),
    ("KCSC-240903-02", "naver", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00", [
        (N1, "fraud", ""), (N2, "fraud", ""), (N3, "fraud", "cafe post, seller 'jjang'"),
        (N4, "fraud", "NAVER Post, query-string URL"),
    ]),
    ("KCSC-240904-03", "x", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00", [
        (X1, "gambling", ""), (X2, "gambling", ""), (X3, "drugs", ""),
        (X4, "drugs", "whole account"), (X5, "obscenity", "legacy twitter.com link"),
    ]),
    ("KCSC-240905-04", "telegram", "2024-09-05T11:20:00+09:00", "2024-09-12T23:59:59+09:00", [
        (T1, "drugs", "public channel"), (T2, "drugs", ""), (T3, "drugs", "private invite link"),
    ]),
    ("KCSC-240906-05", "youtube", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00", [
        (Y1, "gambling", ""), (Y2, "gambling", "Short"),
    ]),
    ("KCSC-240909-06", "kakao", "2024-09-09T15:00:00+09:00", "2024-09-16T23:59:59+09:00", [
        (K1, "fraud", "Daum cafe"), (K2, "fraud", "Tistory entry, Korean slug"),
        (K3, "fraud", "open chat room"),
    ]),
    ("KCSC-240910-07", "naver", "2024-09-10T16:10:00+09:00", "2024-09-17T23:59:59+09:00", [
        (N5, "defamation", ""),
    ]),
]


def mid(ref):
    return "request." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, items in REQUESTS:
            for url, cat, note in items:
                w.writerow([ref, plat, sent, due, url, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers

def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def zendesk_footer(code):
    return (
        "\n\nThis email is a service from Discord Support.\n"
        f"[{code}]\n"
    )


DISCORD_REQUEST_ECHO = """Dear Discord Trust & Safety,

The Korea Communications Standards Commission (KCSC) requests the removal of
the following content under the Act on Promotion of Information and
Communications Network Utilization (our reference KCSC-240902-01):

1. {}
2. {}
3. {}
4. {}
5. {}
6. {}
7. {}
8. {}
9. {}
10. {}
11. {}
12. {}

Please tell us what action you have taken by 9 September 2024.

KCSC Takedown desk""".format(*DISCORD)

X_REQUEST_QUOTED = "\n".join("> " + l if l else ">" for l in """Dear X Corp.,

The KCSC requests the removal of the following content (reference
KCSC-240904-03):

1. {}
2. {}
3. {}
4. {}
5. {}

Please inform us of the action taken by 11 September 2024.

KCSC Takedown desk""".format(X1, X2, X3, X4, X5).split("\n"))


cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED

case(
    name="discord-zendesk-solved-list",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request (#N) has been solved' notification carrying a Trust & Safety agent's comment",
    why="the agent's comment lists three deleted messages and a removed server behind an invite: four items removed",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 06 Sep 2024 00:22:10 +0000",
    subject="[Discord] Re: [KCSC-240902-01] Request for removal of illegal content",
    body=f"""##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this
email.

Mina (Discord Trust & Safety)
Sep 5, 2024, 17:22 PDT

Hello,

Thank you for your patience while our team looked into the content listed
in your request KCSC-240902-01.

We have removed the following messages for violating our Community
Guidelines:

- {D1}
- {D2}
- {D3}

The server reached through the invite {D4} was found to be
dedicated to violating activity. That server has been removed from Discord
and the invite no longer works.

Your other links are still with the team and we will write to you about
them separately.

Best,
Mina
Discord Trust & Safety
""" + zendesk_footer("9XQ2KF-J3LM"),
    items={D1: "removed", D2: "removed", D3: "removed", D4: "removed"},
)

case(
    name="discord-zendesk-update-with-history",
    outcome="applied", classification="confirmation",
    imitates="Zendesk comment-update notification that appends the whole ticket history (our own request, unquoted) under the new comment",
    why="the new comment states D6 and D7 deleted and D8 not found; the history below it is our own request and states nothing",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 09 Sep 2024 18:05:44 +0000",
    subject="[Discord] Re: [KCSC-240902-01] Request for removal of illegal content",
    body=f"""##- Please type your reply above this line -##

Your request (48213) has been updated. To add additional comments, reply to
this email.

----------------------------------------------

Mina (Discord Trust & Safety)
Sep 9, 2024, 11:05 PDT

Hi again,

Following up on the rest of your list.

{D6}
{D7}
Both messages were deleted and the account that posted them has been
banned.

We could not locate {D8}. The
channel no longer holds a message with that id and we have no record of
it, so there was nothing for us to act on.

Mina

----------------------------------------------

KCSC Takedown
Sep 1, 2024, 22:03 PDT

{DISCORD_REQUEST_ECHO}
""" + zendesk_footer("9XQ2KF-J3LM"),
    items={D6: "removed", D7: "removed", D8: "not_found"},
)

_hs_rows = [
    (D9, "Server removed from Discord"),
    (D10, "No violation found, no action taken"),
    (D11, "Account disabled"),
    (D12, "Server removed, invite revoked"),
]
_hs_text = "\n".join(f"{u}\n    Outcome: {o}\n" for u, o in _hs_rows)
_hs_html = "".join(
    f'<tr><td style="padding:4px 8px"><a href="{u}">{u}</a></td><td style="padding:4px 8px">{o}</td></tr>\n'
    for u, o in _hs_rows)
case(
    name="discord-helpscout-html-table",
    outcome="applied", classification="confirmation",
    imitates="Help Scout agent reply (multipart/alternative) with a per-link outcome table and the 'view the conversation' footer",
    why="table: two servers removed, one account disabled, one message with no violation (rejected)",
    **{"from": "safety@discord.com"}, name_from="Jae at Discord Safety",
    date="Tue, 10 Sep 2024 02:41:09 +0000",
    subject="Re: KCSC-240902-01 - remaining links",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="hs-b500-7c1e"

--hs-b500-7c1e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello KCSC team,

Here is where we landed on the remaining links from your request
KCSC-240902-01:

{_hs_text}
Let me know if anything is unclear.

Jae
Discord Safety

View this conversation: https://support.discord.com/hc/requests/48213

--hs-b500-7c1e
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello KCSC team,</p>
<p>Here is where we landed on the remaining links from your request KCSC-240902-01:</p>
<table border="1" cellspacing="0" style="border-collapse:collapse">
<tr><th style="padding:4px 8px">Link</th><th style="padding:4px 8px">Outcome</th></tr>
{_hs_html}</table>
<p>Let me know if anything is unclear.</p>
<p>Jae<br>Discord Safety</p>
<p style="color:#888;font-size:12px"><a href="https://support.discord.com/hc/requests/48213">View this conversation</a></p>
</body></html>''')}
--hs-b500-7c1e--
""",
    items={D9: "removed", D10: "rejected", D11: "removed", D12: "removed"},
)

_dcsv = (
    "url,outcome,detail\r\n"
    f"{D5},not_found,\"Invite invalid or expired; no server behind it\"\r\n"
    f"{D7},removed,Message deleted\r\n"
    f"{D10},no_action,\"Reviewed, no violation of Community Guidelines\"\r\n"
    f"{D11},removed,Account disabled\r\n"
)
case(
    name="discord-freshdesk-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style agent reply with a per-link outcome CSV export attached",
    why="the attached CSV gives one outcome per link: not found, removed, no action (no violation), account disabled",
    **{"from": "tns-support@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 07:15:33 +0000",
    subject="[#48213] KCSC-240902-01 outcome report",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fd-b500-0a9f"

--fd-b500-0a9f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Please find attached the per-link outcome for the links in your request
KCSC-240902-01 that we have finished reviewing.

Ticket: #48213
Status: Resolved

Regards,
Discord Trust & Safety

--fd-b500-0a9f
Content-Type: text/csv; charset=utf-8; name="ticket_48213_outcomes.csv"
Content-Disposition: attachment; filename="ticket_48213_outcomes.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(_dcsv.encode()).decode().rstrip()}
--fd-b500-0a9f--
""",
    items={D5: "not_found", D7: "removed", D10: "rejected", D11: "removed"},
)

case(
    name="x-case-result-mixed",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome notice (country-withheld posts, a post removed under the X Rules, a suspended account, help-centre link)",
    why="two posts withheld in Korea, one removed globally, the account suspended; X5 not mentioned",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 03:12:00 +0000",
    subject="Re: KCSC-240904-03 [Case# 0917735521]",
    body=f"""Hello,

We have reviewed the legal request referenced above and have taken the
following actions.

In response to your request, we have withheld the following content in
South Korea:

{X1}
{X2}

The post {X3} was found to violate the X Rules and
has been removed globally.

The account @pill_dealer99 ({X4}) has been permanently suspended.

For more information about content withheld in a country, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "removed"},
)

case(
    name="x-top-posted-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="short top-posted reply over a Gmail-quoted ('On ... wrote:' and '>') copy of our request",
    why="only X5 is stated (withheld in Korea); the other four URLs appear only in the '>' quoted request",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 08:30:21 +0000",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""Hi,

Update on the last item in your request: {X5} has
been withheld in Korea (KR). The other posts were covered in our earlier
reply under Case# 0917735521.

Thanks,
X Legal

On Wed, Sep 4, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{X_REQUEST_QUOTED}
""",
    items={X5: "restricted"},
)

case(
    name="x-partial-answer",
    outcome="applied", classification="confirmation",
    imitates="X legal partial reply: two posts decided, the rest 'still under review'",
    why="X1 refused (no violation, stays up), X2 withheld in Korea; X3 and X4 explicitly still under review",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 05:47:18 +0000",
    subject="Re: KCSC-240904-03 [Case# 0917735521] - partial update",
    body=f"""Hello,

We've completed our review of two of the posts in your request.

1) {X1}
   After review, we found that this post does not violate the X Rules or
   applicable law. It will remain available.

2) {X2}
   We have withheld this post in South Korea.

The post {X3} and the account
{X4} are still under review. We will update you once that
review is complete.

Regards,
X Legal
""",
    items={X1: "rejected", X2: "restricted", X3: "pending", X4: "pending"},
)

case(
    name="tg-reply-to-reminder-outlook",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply to our overdue reminder, Outlook '-----Original Message-----' quoting below",
    why="channel blocked, its post no longer accessible, private invite invalid; the quoted reminder below states nothing",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 09:02:51 +0000",
    subject="RE: Reminder: KCSC-240905-04 response overdue",
    body=f"""Hello,

Sorry for the late reply.

The public channel t.me/jeju_deals_chat has been blocked on all Telegram
apps for violating our Terms of Service. The post
https://t.me/jeju_deals_chat/4412 is no longer accessible as a result.

The invite link https://t.me/+AbCdEfGh1234xyz is invalid: no chat exists
behind it, so there is nothing for us to act on.

Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 10:00 AM
To: dsa@telegram.org
Subject: Reminder: KCSC-240905-04 response overdue

Our request KCSC-240905-04 of 5 September 2024 is past its deadline. The
following items are still listed as pending:

https://t.me/jeju_deals_chat
https://t.me/jeju_deals_chat/4412
https://t.me/+AbCdEfGh1234xyz

Please tell us what action has been taken.

KCSC Takedown desk
""",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-ack-plus-result",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply that opens like a receipt ('we have received your report, Case #') and then gives the result",
    why="receipt wording, then an unhedged statement: the post has been taken down",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 13:40:05 +0000",
    subject="Re: [KCSC-240905-04] Removal request",
    body=f"""Hello,

Thank you for your report. We have received it under Case #2409551.

Having checked it, the post https://t.me/jeju_deals_chat/4412 has been
taken down.

Regards,
Telegram Abuse Team
""",
    items={T2: "removed"},
)

case(
    name="yt-legal-ticket-mixed",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support ticket reply ([5-...] case id in subject): local-law restriction and a refusal",
    why="Y1 restricted in South Korea; Y2 reviewed, no violation, no action (rejected)",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 01:18:47 +0000",
    subject="Re: [5-1234000037811] KCSC-240906-05 Removal request",
    body=f"""Hello,

Thanks for reaching out to us.

In accordance with our policies, and following a review of the content
under local law, we have restricted access to the following video in South
Korea:

{Y1}

We also reviewed {Y2} and did not find
it to violate our Community Guidelines or local law. We are not taking
action on this content.

Regards,
The YouTube Legal Team
""",
    items={Y1: "restricted", Y2: "rejected"},
)

_yt_qp = f"""Hello,

Following our review of your request KCSC-240906-05:

The Short at {Y2} has been removed for violating YouTube's Community Guidelines.

The video at {Y1} has been age-restricted. It stays available only to signed-in viewers aged 18 and over.

Regards,
YouTube Trust & Safety
"""
case(
    name="yt-qp-removed-and-age-restricted",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety outcome mail sent quoted-printable (long lines soft-wrapped inside URLs)",
    why="Y2 removed, Y1 age-restricted (restricted)",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Thu, 12 Sep 2024 06:55:12 +0000",
    subject="Update on your request KCSC-240906-05",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_qp)}
""",
    items={Y2: "removed", Y1: "restricted"},
)

case(
    name="naver-ticket-answer-korean",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 (임시조치/삭제 구분 목록, 작성자 삭제 안내, 문의번호)",
    why="N1, N2 임시조치 (restricted), N3 삭제 (removed), N4 작성자가 이미 삭제 (not_found)",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 02:10:00 +0000",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240903-02)",
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240903-02)에 대한 처리 결과를 안내드립니다.

■ 임시조치(30일) 처리
 - {N1}
 - {N2}

■ 삭제 처리
 {N3}은 카페 운영원칙 위반으로 삭제되었습니다.

■ 기타
 {N4} 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

추가 문의 사항은 본 메일에 회신해 주시기 바랍니다.

문의번호: 2409-0311-55821
네이버 고객센터 드림
""",
    items={N1: "restricted", N2: "restricted", N3: "removed", N4: "not_found"},
)

_nv_html = f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>요청번호 KCSC-240903-02 건의 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>블라인드</td><td>-</td></tr>
<tr><td>2</td><td>{N2}</td><td>비공개 처리</td><td>-</td></tr>
<tr><td>3</td><td>{N3}</td><td>조치 불가</td><td>위반사항 확인되지 않음</td></tr>
<tr><td>4</td><td>{N4.replace('&', '&amp;')}</td><td>접근 제한</td><td>국내 IP</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="naver-base64-html-table",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원팀 HTML notice, base64 body, 번호/URL/조치결과/비고 table",
    why="블라인드 and 비공개 처리 (removed), 조치 불가 with 위반사항 없음 (rejected), 접근 제한 (restricted)",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 07:30:00 +0000",
    subject="Re: [KCSC-240903-02] 불법정보 게시물 조치 요청",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_nv_html)}
""",
    items={N1: "removed", N2: "removed", N3: "rejected", N4: "restricted"},
)

case(
    name="naver-single-item-sole",
    outcome="applied", classification="confirmation",
    imitates="NAVER short reply in the request thread: '요청하신 게시물에 대해 게시중단 조치를 완료'",
    why="a one-item request; the reply names no URL but states the requested post was taken down (게시중단)",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 04:20:00 +0000",
    subject="RE: [KCSC-240910-07] 불법정보 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240910-07"),
    body="""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물에 대하여 금일 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    items={N5: "removed"},
)

case(
    name="kakao-answer-raw-korean-path",
    outcome="applied", classification="confirmation",
    imitates="카카오 고객센터 문의 답변: numbered list 'URL：조치결과' with a raw Korean Tistory path and full-width colons",
    why="cafe post deleted, Tistory entry made private by the operator, open chat room closed: all removed",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 05:05:00 +0000",
    subject="[카카오 고객센터] 문의 답변 안내 (KCSC-240909-06)",
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

1. {K1}：게시물 삭제 완료
2. {K2_RAW}：운영자 조치로 비공개 처리
3. {K3}：운영정책 위반으로 오픈채팅방 종료

더 궁금하신 점은 고객센터 도움말(https://cs.kakao.com/helps)을 참고해 주세요.

카카오 고객센터 드림
""",
    items={K1: "removed", K2: "removed", K3: "removed"},
)

case(
    name="kakao-reply-to-reminder-gmail-ko",
    outcome="applied", classification="confirmation",
    imitates="Korean top-posted reply to our reminder over a Gmail Korean quote header ('님이 작성:') and '>' lines",
    why="open chat link does not exist (not_found), cafe post kept after review (rejected); K2 only in the quote",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객보호팀",
    date="Fri, 13 Sep 2024 06:44:00 +0000",
    subject="Re: [재요청] KCSC-240909-06 처리 결과 회신 요청",
    body=f"""안녕하세요, 카카오 고객보호팀입니다.
재요청 주신 건의 확인 결과를 회신드립니다.

- {K3} 는 존재하지 않는 오픈채팅 링크입니다（이미 종료되었거나 잘못된 주소）.
- {K1} 게시물은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.

2024년 9월 13일 (금) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
> 요청번호 KCSC-240909-06 건의 처리 기한이 지났으나 아직 회신을 받지 못했습니다.
> 아래 게시물의 조치 결과를 알려 주시기 바랍니다.
>
> {K1}
> {K2}
> {K3}
""",
    items={K3: "not_found", K1: "rejected"},
)

case(
    name="discord-freshdesk-resolved-bullets",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'Ticket resolved' notification with the agent's bulleted actions and the 'reply within 7 days to reopen' footer",
    why="two messages deleted, one kept (no violation), one could not be found",
    **{"from": "tns-support@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 07 Sep 2024 09:12:40 +0000",
    subject="Ticket Resolved - [#48213] KCSC-240902-01 Request for removal of illegal content",
    body=f"""Hi KCSC Takedown,

Your ticket #48213 has been resolved. Agent reply:

Actions taken on the links you sent us:

  • {D1} - message deleted
  • {D2} - message deleted
  • {D3} - reviewed; it does not break our Community Guidelines, so it stays up
  • {D8} - unable to find this message

If you feel this ticket has not been resolved, reply to this email within
7 days to reopen it.

Discord Trust & Safety
""",
    items={D1: "removed", D2: "removed", D3: "rejected", D8: "not_found"},
)

case(
    name="x-echoed-report",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome mail that echoes the reported post and the reporter's text below the decision",
    why="'We have removed the post' with the reported post given below under 'Reported post:'; the echoed description is ours",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Sun, 08 Sep 2024 11:26:02 +0000",
    subject="Your report on @pill_dealer99 - update",
    body=f"""Hello,

Thanks for your report. We reviewed the content you reported and found
that it violated the X Rules on illegal or certain regulated goods or
services. We have removed the post.

Reported post: {X3}

Your report:
  Reporter: KCSC Takedown (KCSC-240904-03)
  Description: Illegal sale of prescription drugs. Please remove this
  post and the account {X4}.

Thanks,
X
""",
    items={X3: "removed", X4: "pending"},
)

case(
    name="discord-url-below-statement",
    outcome="applied", classification="confirmation",
    imitates="plain agent reply with each statement line followed by the link it concerns",
    why="the statement comes on the line above each URL: D3 deleted, D5 invalid or expired (not_found)",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Thu, 05 Sep 2024 16:03:27 +0000",
    subject="Re: KCSC-240902-01",
    body=f"""Hello,

The following message has been deleted:
{D3}

We could not find the following invite; it is invalid or has expired:
{D5}

We are still working through the rest of your list.

Discord Safety
""",
    items={D3: "removed", D5: "not_found"},
)

case(
    name="x-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="X legal per-post outcome listing: bare URL, 'Action:' on the line below",
    why="X1 withheld in KR (restricted), X4 suspended (removed), X5 no violation (rejected)",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 14:02:55 +0000",
    subject="Case# 0917735521 - outcome (KCSC-240904-03)",
    body=f"""Hello,

Post-by-post outcome for KCSC-240904-03:

{X1}
Action: Withheld in KR

{X4}
Action: Account suspended

{X5}
Action: None - no violation of the X Rules or local law found

X Legal
""",
    items={X1: "restricted", X4: "removed", X5: "rejected"},
)

case(
    name="tg-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="terse abuse-desk reply with URLs in angle brackets",
    why="channel and post taken down; the invite link is not mentioned",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 10:11:12 +0000",
    subject="Re: [KCSC-240905-04] Removal request",
    body="""Hello,

Case #2409551.

The following have been taken down: <https://t.me/jeju_deals_chat> and
<https://t.me/jeju_deals_chat/4412>.

Telegram Abuse Team
""",
    items={T1: "removed", T2: "removed"},
)

case(
    name="discord-wrapped-angle-url",
    outcome="applied", classification="confirmation",
    imitates="agent reply whose long message link is wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="D6 (wrapped over two lines) removed; D11 reviewed, no violation, stays active (rejected)",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Sun, 08 Sep 2024 20:48:30 +0000",
    subject="Re: KCSC-240902-01 Request for removal of illegal content",
    body=f"""Hi,

Regarding KCSC-240902-01: the message at
<https://discord.com/channels/1183000000000000044/1183000000000000301/
1280500000000000010> was removed by our team today, together with its
author's account.

The user profile you listed, {D11}, was not part
of that action. We reviewed the account and found no violation, so it
remains active.

Discord Safety
""",
    items={D6: "removed", D11: "rejected"},
)

case(
    name="discord-jira-resolution",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification ('Reply above this line', 'resolved this as Done', 'View request')",
    why="D9 and D12 servers deleted (removed), D10 left up as no violation (rejected)",
    **{"from": "trust-safety-desk@discord.com"}, name_from="Discord Trust & Safety Desk",
    date="Wed, 11 Sep 2024 22:30:15 +0000",
    subject="TSR-4471 KCSC-240902-01 removal request",
    body=f"""—-—-—-—-—-—-—

Reply above this line.

Hyun-woo Park resolved this as Done.

{D9} and {D12}: both servers have been
deleted and their invites revoked.

{D10}: we are leaving this message up. It quotes
a news article and does not break our Community Guidelines.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Discord Trust & Safety Desk, powered by Jira Service Management
""",
    items={D9: "removed", D12: "removed", D10: "rejected"},
)

_ncsv = (
    "번호,URL,조치결과,비고\r\n"
    f"1,{N1},게시중단,\r\n"
    f"2,{N2},임시조치,30일\r\n"
    f"3,{N3},게시유지,위반사항 없음\r\n"
    f"4,\"{N4}\",게시물 없음,작성자 삭제\r\n"
)
_ncsv_b64 = base64.encodebytes(b"\xef\xbb\xbf" + _ncsv.encode()).decode().rstrip()
case(
    name="naver-csv-attachment-korean",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply with a Korean 조치결과 CSV attachment (UTF-8 with BOM)",
    why="게시중단 (removed), 임시조치 (restricted), 게시유지/위반사항 없음 (rejected), 게시물 없음/작성자 삭제 (not_found)",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 08:00:00 +0000",
    subject="RE: [KCSC-240903-02] 불법정보 게시물 조치 요청",
    reply_to_req=mid("KCSC-240903-02"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-b500-33d2"

--nv-b500-33d2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요, 네이버 정책지원팀입니다.

요청하신 건의 조치 결과를 첨부 파일로 송부드립니다.

감사합니다.
''')}
--nv-b500-33d2
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-02.csv"
Content-Disposition: attachment; filename="result_KCSC-240903-02.csv"
Content-Transfer-Encoding: base64

{_ncsv_b64}
--nv-b500-33d2--
""",
    items={N1: "removed", N2: "restricted", N3: "rejected", N4: "not_found"},
)

case(
    name="x-outlook-reply-policy-links",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with help-centre and appeal links, over an Outlook-style (unindented) copy of our request",
    why="X2 withheld in South Korea; the help and form links are not items; the request copy below is ours",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 07:19:44 +0000",
    subject="RE: [KCSC-240904-03] Request for removal of illegal content",
    body=f"""Hello,

We have withheld the following post in South Korea:
{X2}

You can learn more about country withheld content at
https://help.x.com/en/rules-and-policies/post-withheld-by-country. The
account holder may contest this through https://help.x.com/forms/legal.

We are still reviewing the other items in your request.

X Legal

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240904-03] Request for removal of illegal content

Dear X Corp.,

The KCSC requests the removal of the following content (reference
KCSC-240904-03):

1. {X1}
2. {X2}
3. {X3}
4. {X4}
5. {X5}

Please inform us of the action taken by 11 September 2024.

KCSC Takedown desk
""",
    items={X2: "restricted"},
)

case(
    name="yt-legal-dashboard-resolved",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals 'your request has been resolved' notice pointing to the Legal Removals dashboard",
    why="Y1 removed from YouTube; the dashboard link is not an item; Y2 not mentioned",
    **{"from": "legal-notices@google.com"}, name_from="Google Legal Support",
    date="Fri, 13 Sep 2024 03:33:03 +0000",
    subject="Your request has been resolved [5-1234000037811] KCSC-240906-05",
    body=f"""Hello,

Your request has been resolved.

Outcome: the content at {Y1} has been removed from
YouTube.

You can view this and your other requests in your Legal Removals
dashboard: https://support.google.com/legal/dashboard

Sincerely,
Google Legal Support
""",
    items={Y1: "removed"},
)

# ================================================================ REVIEW

case(
    name="discord-promise-escalated",
    outcome="review", review="not_understood",
    imitates="agent reply to our follow-up: links escalated, 'will be removed if confirmed'",
    why="a conditional promise is no statement: D1 and D2 stay pending, the email names them",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Wed, 04 Sep 2024 12:09:09 +0000",
    subject="Re: KCSC-240902-01 follow-up",
    body=f"""Hi,

Thanks for following up on ticket #48213.

{D1} and {D2}
have been escalated to a specialist team. They will be removed if the team
confirms they break our rules. We expect to conclude next week.

Discord Safety
""",
    items={D1: "pending", D2: "pending"},
)

case(
    name="x-hedge-appears-deleted",
    outcome="review", review="not_understood",
    imitates="X support reply hedging that a post 'appears' to have been deleted by its author",
    why="'appears ... may already have been deleted' is a hedge, and a confirmation is promised: X3 stays pending",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 02:00:41 +0000",
    subject="Re: KCSC-240904-03 [Case# 0917735521]",
    body=f"""Hello,

It appears that the post {X3} may
already have been deleted by the account holder. We'll confirm once our
review concludes.

X Legal
""",
    items={X3: "pending"},
)

case(
    name="tg-bulk-all-taken-down",
    outcome="review", review="bulk",
    imitates="abuse-desk one-liner: 'all the content listed in your request has been taken down'",
    why="a statement about every item of a three-item request without naming any: bulk, items stay pending",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 15:15:15 +0000",
    subject="Re: [KCSC-240905-04] Removal request",
    body="""Hello,

All the content listed in your request KCSC-240905-04 has been taken down.

Regards,
Telegram Abuse Team
""",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="discord-zendesk-solved-bulk",
    outcome="review", review="bulk",
    imitates="Zendesk 'solved' notification: 'we have taken appropriate action', details withheld for privacy",
    why="'taken action on the content reported' covers twelve items without naming one: bulk",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 17:50:00 +0000",
    subject="[Discord] Re: [KCSC-240902-01] Request for removal of illegal content",
    body="""##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this
email.

Sam (Discord Trust & Safety)
Sep 13, 2024, 10:49 PDT

Hello,

We have investigated the content reported in your request and have taken
action on the content and accounts involved in line with our Community
Guidelines. To protect the privacy of our users we can't share the details
of each action.

Sam
Discord Trust & Safety
""" + zendesk_footer("9XQ2KF-J3LM"),
    items={},
)

case(
    name="naver-dkim-fail",
    outcome="review", review="untrusted",
    imitates="NAVER-looking 게시중단 notice whose DKIM/SPF/DMARC fail",
    why="From naver.com but authentication fails: nothing may be applied",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터", auth="fail",
    date="Sat, 07 Sep 2024 00:30:00 +0000",
    subject="[네이버] 게시중단 처리 결과 안내 (KCSC-240903-02)",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 {N1} 은 게시중단 처리되었습니다.

감사합니다.
""",
    items={N1: "pending"},
)

case(
    name="discord-zendesk-subdomain-sender",
    outcome="review", review="unknown_sender",
    imitates="Zendesk ticket mail sent from the helpdesk's own default address (support@SUBDOMAIN.zendesk.com)",
    why="the statements are clear but the sender domain zendesk.com is no platform's; a clerk must check it",
    **{"from": "support@discordsafety.zendesk.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 19:20:00 +0000",
    subject="[Discord Trust & Safety] Re: KCSC-240902-01",
    body=f"""##- Please type your reply above this line -##

Your request (48377) has been updated.

Lee (Discord Trust & Safety)
Sep 12, 2024, 12:19 PDT

Hello,

The server behind {D4} has been removed.
{D5} is an invalid invite and we could not find a server for it.

Lee
""",
    items={D4: "pending", D5: "pending"},
)

case(
    name="kakao-states-naver-item",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply pointing out that one listed link is a NAVER blog and saying what it saw there",
    why="Kakao states the status of a NAVER item (a deleted post): wrong platform, nothing applied",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객보호팀",
    date="Wed, 11 Sep 2024 02:45:00 +0000",
    subject="문의하신 게시물 관련 안내",
    body=f"""안녕하세요, 카카오 고객보호팀입니다.

문의하신 주소 {N2} 는 네이버 블로그 게시물로, 카카오가 운영하는 서비스가 아닙니다.
참고로 확인 시점에 해당 게시물은 이미 삭제되어 열람되지 않았습니다.

감사합니다.
""",
    items={N2: "pending"},
)

case(
    name="x-asks-legal-basis",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="X legal 'we need more information' reply asking for the legal basis and specific posts",
    why="a request for more information: nothing decided, staff must answer",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 23:01:10 +0000",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content",
    body=f"""Hello,

To proceed with your request KCSC-240904-03 we need more information.

Please provide the specific provision of Korean law that each post is
alleged to violate. For the account {X4}, please identify the
specific posts you consider unlawful; we do not act on whole accounts
without them.

Once we receive this we will continue our review.

X Legal
""",
    items={X4: "pending"},
)

case(
    name="discord-ticket-under-review",
    outcome="review", review="not_understood",
    imitates="Zendesk 'ticket updated' mail whose comment says the links are being investigated",
    why="'is reviewing ... investigation is ongoing' names D6 and D7 but states no outcome",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 04 Sep 2024 08:40:00 +0000",
    subject="[Discord] Re: [KCSC-240902-01] Request for removal of illegal content",
    body=f"""##- Please type your reply above this line -##

Your request (48213) has been updated. To add additional comments, reply to
this email.

Mina (Discord Trust & Safety)
Sep 4, 2024, 01:39 PDT

Hello,

Our team is reviewing {D6}
and {D7}. The
investigation is ongoing and we will update this ticket when it is
complete.

Mina
""" + zendesk_footer("9XQ2KF-J3LM"),
    items={D6: "pending", D7: "pending"},
)

case(
    name="discord-satisfaction-survey",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey mail ('How would you rate the support you received?')",
    why="trusted Discord mail naming no item and none of our references: no claims",
    **{"from": "noreply@discord.com"}, name_from="Discord Support",
    date="Sun, 15 Sep 2024 18:00:00 +0000",
    subject="How would you rate the support you received?",
    body="""Hello KCSC Takedown,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://support.discord.com/hc/requests/48213/satisfaction/good

Bad, I'm unsatisfied
https://support.discord.com/hc/requests/48213/satisfaction/bad

Here's a reminder of what your request was about:

Request #48213: "Removal request from a regulator"

This email is a service from Discord Support.
""",
    items={},
)

case(
    name="x-summary-contradicts-table",
    outcome="review", review="conflicting_statements",
    imitates="X legal templated reply whose summary and per-URL detail disagree about one post",
    why="X2 is said to be withheld in Korea and, below, to have had no action: conflicting, X2 stays pending",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sun, 08 Sep 2024 04:04:04 +0000",
    subject="Case# 0917735521 (KCSC-240904-03)",
    body=f"""Hello,

Summary: we have withheld {X2} in South
Korea.

Per-URL detail:

{X2}
Action: No action - content does not violate the X Rules

X Legal
""",
    items={X2: "pending"},
)

case(
    name="yt-forwarded-internal-result",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="Google employee forwarding an internal legal-operations result to the regulator ('---------- Forwarded message ---------')",
    why="the statement sits in a forwarded message, not in the sender's own words",
    **{"from": "minji.kang@google.com"}, name_from="Minji Kang",
    date="Fri, 13 Sep 2024 09:09:09 +0000",
    subject="Fwd: [5-1234000037811] outcome KCSC-240906-05",
    body=f"""Hi,

Forwarding the outcome from our legal operations team for your records.

Best,
Minji

---------- Forwarded message ---------
From: YouTube Legal Operations <legal-ops@google.com>
Date: Thu, Sep 12, 2024 at 4:10 PM
Subject: [5-1234000037811] outcome KCSC-240906-05
To: Minji Kang <minji.kang@google.com>

Outcome: {Y1} has been removed for violation of local
law. Case closed.
""",
    items={Y1: "pending"},
)

# ================================================================ IGNORED

case(
    name="discord-zendesk-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Your request has been received' auto-notification echoing our whole request",
    why="a receipt; every URL in it is in our own echoed request",
    **{"from": "noreply@discord.com"}, name_from="Discord Support",
    date="Mon, 02 Sep 2024 05:03:40 +0000",
    subject="[Discord] Re: [KCSC-240902-01] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown
Sep 1, 2024, 22:03 PDT

{DISCORD_REQUEST_ECHO}
""" + zendesk_footer("9XQ2KF-J3LM"),
    items={},
)

case(
    name="x-receipt-case-number",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal 'we've received your request' receipt with a case number",
    why="pure receipt: a case number and a promise to review",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 01:05:00 +0000",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content [Case# 0917735521]",
    body="""Hello,

We've received your request and assigned it Case# 0917735521. Please keep
this number in the subject line of any follow-up.

Our team will review your request and respond as soon as possible.

X Legal
""",
    items={},
)

case(
    name="naver-receipt-korean",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 안내 (접수번호, 영업일 기준 답변 예정)",
    why="pure receipt in Korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 01:31:00 +0000",
    subject="[네이버 고객센터] 문의가 정상적으로 접수되었습니다.",
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409-0311-55821

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.

감사합니다.
""",
    items={},
)

case(
    name="discord-agent-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="agent's out-of-office auto-reply answering our reminder",
    why="out-of-office reply",
    **{"from": "mina.cho@discord.com"}, name_from="Mina Cho",
    date="Thu, 12 Sep 2024 01:00:30 +0000",
    subject="Automatic reply: Reminder: KCSC-240902-01 response overdue",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Hi,

I'm out of the office until Monday, September 16, with limited access to
email. For urgent Trust & Safety matters please write to
trust-safety@discord.com.

Mina
""",
    items={},
)

_dsn_reminder = f"""From: KCSC Takedown <takedown@kcsc.example>
To: safety@kakaocorp.com
Subject: Reminder: KCSC-240909-06 response overdue
Date: Thu, 19 Sep 2024 10:00:00 +0900
Message-ID: <reminder.KCSC-240909-06.1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Our request KCSC-240909-06 is past its deadline. Still pending:
{K1}
{K2}
{K3}
"""
case(
    name="kakao-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style delivery status notification (multipart/report) returning our reminder",
    why="a bounce, whatever URLs the returned message holds",
    **{"from": "MAILER-DAEMON@mx.kakaocorp.com"}, name_from="Mail Delivery System",
    date="Thu, 19 Sep 2024 01:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b500-51"

--dsn-b500-51
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety@kakaocorp.com>: mailbox is full; try again later (quota exceeded)

--dsn-b500-51
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kakaocorp.com
Arrival-Date: Thu, 19 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; safety@kakaocorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn-b500-51
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_dsn_reminder}
--dsn-b500-51--
""",
    items={},
)

case(
    name="yt-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification) for our request",
    why="a read receipt says nothing about any item",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
    date="Fri, 06 Sep 2024 01:12:00 +0000",
    subject="Read: [KCSC-240906-05] Request for removal of illegal content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b500-9"

--mdn-b500-9
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [KCSC-240906-05] Request for removal of illegal content
  Sent: Friday, September 6, 2024 9:40 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 10:12 AM (UTC+09:00) Seoul.

--mdn-b500-9
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <request.KCSC-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b500-9--
""",
    items={},
)

case(
    name="naver-ooo-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([자동응답] 부재중) to our request in its thread",
    why="out-of-office reply",
    **{"from": "jiyoon.han@navercorp.com"}, name_from="한지윤",
    date="Tue, 10 Sep 2024 07:11:00 +0000",
    subject="[자동응답] RE: [KCSC-240910-07] 불법정보 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240910-07"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 한지윤입니다.

9월 13일(금)까지 휴가로 부재중입니다.
긴급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    items={},
)


HEADER = """# blind500: ticket systems and threads. Written from each email's meaning
# before any run of the reader; see NOTES.md. Generated by make.py."""

def encode_headers(cs):
    """Korean display names and subjects as RFC 2047 encoded-words, as real mail sends them."""
    for c in cs:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(cases)
    write_requests()
    corpuslib.write_set(HERE, "blind500", HEADER, cases)
