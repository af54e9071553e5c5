#!/usr/bin/env python3
"""Blind set 872: ticket systems and threads.

Zendesk / Freshdesk / Jira / Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our follow-ups, partial
answers and forwarded mail. Written from each email's meaning only, before
any run of the reader. Deterministic:

    python3 tests/corpus/blind872/make.py

writes requests.csv, cases/*.eml and expected.toml beside this script.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind872"

# ---------------------------------------------------------------- requests
D = {
    1: "https://discord.gg/nightmarket24",
    2: "https://discord.gg/freesignals-kr",
    3: "https://discord.gg/QpT7mZ2x",
    4: "https://discord.com/channels/1185500000000000001/1185500000000000010/1284411000000000001",
    5: "https://discord.com/channels/1185500000000000001/1185500000000000010/1284411000000000002",
    6: "https://discord.com/channels/1185500000000000001/1185500000000000011/1284411000000000003",
    7: "https://discord.com/channels/1192200000000000005/1192200000000000020/1284522000000000004",
    8: "https://discord.com/channels/1192200000000000005/1192200000000000021/1284522000000000005",
    9: "https://discord.com/invite/lunabet",
    10: "https://discord.gg/hanriver-vip",
    11: "https://discord.com/channels/1199900000000000009/1199900000000000030/1284633000000000006",
    12: "https://discord.gg/cheap-accounts-77",
}
TISTORY_SLUG = "무료-리딩방-안내"
K3_RAW = "https://moonbay77.tistory.com/entry/" + TISTORY_SLUG
K = {
    1: "https://open.kakao.com/o/gQx7Lm2d",
    2: "https://cafe.daum.net/bluewaveclub/Fk3a/2207",
    3: "https://moonbay77.tistory.com/entry/" + quote(TISTORY_SLUG),
    4: "https://pf.kakao.com/_xkRzAb",
}
T = {
    1: "https://www.twitch.tv/videos/2251873301",
    2: "https://clips.twitch.tv/BraveTinyOtterKappa-x9f2LmQ0aZ",
    3: "https://www.twitch.tv/sunnyroad_live",
}
G = {
    1: "https://t.me/gold_signal_room/412",
    2: "https://t.me/gold_signal_room/415",
    3: "https://t.me/lotto_insider_kr",
    4: "https://t.me/pumpdesk_kr/77",
    5: "https://t.me/seoul_pass_shop/30",
}
X = {
    1: "https://x.com/quickloan_joy/status/1835500112233445566",
    2: "https://x.com/quickloan_joy/status/1835500112233449999",
}
Y1 = "https://www.youtube.com/watch?v=Jq3dR7vP0sA"
N = {
    1: "https://blog.naver.com/lucky_hand21/223560011111",
    2: "https://cafe.naver.com/stockfreeroom/88412",
    3: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40205&docId=471122334",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240916-01", "youtube", "2024-09-16T14:00:00+09:00", "2024-09-23T18:00:00+09:00",
     "financial_fraud", [Y1], "fake investment lecture video"),
    ("KCSC-240916-02", "naver", "2024-09-16T15:30:00+09:00", "2024-09-23T18:00:00+09:00",
     "financial_fraud", [N[1], N[2], N[3]], "stock leading-room promotion"),
    ("KCSC-240917-01", "discord", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00",
     "illegal_gambling", [D[i] for i in range(1, 13)], "gambling and account-sale servers"),
    ("KCSC-240917-02", "kakao", "2024-09-17T11:20:00+09:00", "2024-09-24T18:00:00+09:00",
     "financial_fraud", [K[1], K[2], K[3], K[4]], "open chat, cafe, tistory, channel"),
    ("KCSC-240918-01", "twitch", "2024-09-18T09:40:00+09:00", "2024-09-25T18:00:00+09:00",
     "illegal_gambling", [T[1], T[2], T[3]], "gambling stream promotion"),
    ("KCSC-240918-02", "telegram", "2024-09-18T13:10:00+09:00", "2024-09-25T18:00:00+09:00",
     "financial_fraud", [G[1], G[2], G[3], G[4], G[5]], "signal rooms and pass shop"),
    ("KCSC-240918-03", "x", "2024-09-18T16:00:00+09:00", "2024-09-25T18:00:00+09:00",
     "illegal_loan", [X[1], X[2]], "unregistered loan ads"),
]


def mid(ref):
    return "req." + ref + "@kcsc.example"


def rid(ref):
    # corpuslib adds "@kcsc.example" to reply_to_req
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def single(ctype, cte, payload):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{payload.rstrip(chr(10))}\n")


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


ZD_HDRS = ["X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 9d41c2"]
FD_HDRS = ["X-FD-Email-Ticket-Id: 51822", "X-Mailer: Freshdesk"]

ZD_LINE = "##- Please type your reply above this line -##"

DISCORD_REQ_TEXT = "\n".join([
    "Dear Discord Trust & Safety,",
    "",
    "Following the decision of the Korea Communications Standards Commission",
    "of 16 September 2024, we ask you to remove the content below, which",
    "advertises illegal gambling and account sales to users in Korea",
    "(our reference KCSC-240917-01):",
    "",
] + [D[i] for i in range(1, 13)] + [
    "",
    "Please tell us what was done with each link.",
    "",
    "KCSC Content Review Team",
])

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= Discord (KCSC-240917-01, 12 items) ==================

case(
    name="discord-zendesk-receipt",
    date="Tue, 17 Sep 2024 10:06:12 +0900",
    **{"from": "support@discord.com"}, name_from="Discord",
    subject="[Discord] Re: KCSC-240917-01 Removal request (12 links)",
    reply_to_req=rid("KCSC-240917-01"),
    extra_headers=ZD_HDRS + ["Auto-Submitted: auto-generated"],
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket autoresponder ('Your request has been received')",
    why="pure receipt: ticket number and a promise to reply, nothing about any item",
    body=f"""
{ZD_LINE}

Your request (4471203) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

We aim to respond within a few business days. Please don't open a second
ticket for the same report, as that can slow things down.

Discord Trust & Safety

This email is a service from Discord. Delivered by Zendesk
[7RQ4DW-KD2Z]
""")

case(
    name="discord-first-batch-headings",
    date="Wed, 18 Sep 2024 18:41:03 +0900",
    **{"from": "support@discord.com"}, name_from="Discord",
    subject="[Discord] Update: KCSC-240917-01 Removal request (12 links)",
    reply_to_req=rid("KCSC-240917-01"),
    extra_headers=ZD_HDRS,
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent public comment giving a partial result, grouped under headings",
    why="five links answered under 'Server removed' / 'Messages deleted' / 'Invite not valid' headings; rest still open",
    items={D[1]: "removed", D[2]: "removed", D[4]: "removed", D[5]: "removed", D[3]: "not_found"},
    body=f"""
{ZD_LINE}

Hyejin L. (Discord Trust & Safety)
Sep 18, 2024, 18:40 KST

Hello,

We have finished looking at the first part of your report. The other links
are still with our Safety team and we'll post here once we have an outcome
for them.

Servers removed from Discord:
{D[1]}
{D[2]}

Messages deleted:
{D[4]}
{D[5]}

Invite not valid (it does not lead to any server we can find):
{D[3]}

Best,
Hyejin

This email is a service from Discord. Delivered by Zendesk
[7RQ4DW-KD2Z]
""")

case(
    name="discord-zendesk-solved-full-history",
    date="Thu, 19 Sep 2024 15:12:40 +0900",
    **{"from": "support@discord.com"}, name_from="Discord",
    subject="[Discord] Re: KCSC-240917-01 Removal request (12 links)",
    reply_to_req=rid("KCSC-240917-01"),
    extra_headers=ZD_HDRS,
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been solved' notification with the conversation history below",
    why="every link gets its own outcome; our original request follows unquoted in the ticket history",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed",
           D[5]: "removed", D[6]: "rejected", D[7]: "removed", D[8]: "removed",
           D[9]: "not_found", D[10]: "removed", D[11]: "removed", D[12]: "removed"},
    body=f"""
{ZD_LINE}

Your request (4471203) has been solved. If you feel it hasn't been, just
reply to this email and the ticket will reopen.

Hyejin L. (Discord Trust & Safety)
Sep 19, 2024, 15:12 KST

Hello KCSC team,

Thanks for your patience. Our Safety team has now reviewed all twelve
links in KCSC-240917-01. This is where each one stands:

- {D[1]} : server removed from Discord.
- {D[2]} : server removed from Discord.
- {D[3]} : invite is invalid or expired and is not tied to any server we can find.
- {D[4]} : message deleted.
- {D[5]} : message deleted.
- {D[6]} : reviewed, no violation of our Community Guidelines; no action taken, it stays up.
- {D[7]} : message deleted and the author's account disabled.
- {D[8]} : message deleted.
- {D[9]} : we could not find a server for this invite.
- {D[10]} : server removed.
- {D[11]} : message deleted.
- {D[12]} : server removed.

Server owners can appeal these decisions; there is nothing more you need
to do.

Kind regards,
Hyejin
Discord Trust & Safety

--------------------------------

KCSC Takedown
Sep 17, 2024, 10:04 KST

{DISCORD_REQ_TEXT}

--------------------------------
This email is a service from Discord. Delivered by Zendesk
[7RQ4DW-KD2Z]
""")

case(
    name="discord-legal-reply-to-followup-gmail",
    date="Thu, 19 Sep 2024 11:34:55 +0900",
    **{"from": "joon.seo@discord.com"}, name_from="Joon Seo",
    subject="Re: Follow-up: KCSC-240917-01 links still reachable",
    reply_to_req=rid("KCSC-240917-01"),
    outcome="applied", classification="confirmation",
    imitates="Discord legal staff top-posting over our follow-up in Gmail",
    why="two links answered in the reply; the other two appear only in our quoted follow-up",
    items={D[10]: "removed", D[11]: "removed", D[6]: "pending", D[12]: "pending"},
    body=f"""
Hi,

Following up on your note from this morning. Of the links you listed as
still reachable:

The server behind {D[10]} has now been removed.
The message at {D[11]} was deleted by our team last night;
some clients may still show a cached preview for a while.

The remaining two were covered in our reply under ticket 4471203.

Regards,
Joon Seo
Discord Legal

On Thu, Sep 19, 2024 at 9:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord,
>
> Our request KCSC-240917-01 of 17 September is still open. The following
> links were still reachable this morning:
>
> {D[10]}
> {D[11]}
> {D[6]}
> {D[12]}
>
> Please tell us what has been done with each of them.
>
> KCSC Content Review Team
""")

case(
    name="discord-html-table-result",
    date="Thu, 19 Sep 2024 16:20:09 +0900",
    **{"from": "support@discord.com"}, name_from="Discord",
    subject="[Discord] Re: KCSC-240917-01 Removal request (12 links)",
    reply_to_req=rid("KCSC-240917-01"),
    extra_headers=ZD_HDRS,
    type="html",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML agent comment with an outcome table",
    why="HTML table, one row per message link with its outcome",
    items={D[4]: "removed", D[5]: "removed", D[6]: "rejected", D[7]: "removed", D[8]: "not_found"},
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#b5b5b5">{ZD_LINE}</p>
<p><b>Minseo P.</b> (Discord Trust &amp; Safety)<br>Sep 19, 2024, 16:19 KST</p>
<p>Hello,</p>
<p>Here are our decisions for the message links in your request KCSC-240917-01:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Message link</th><th>Outcome</th></tr>
<tr><td><a href="{D[4]}">{D[4]}</a></td><td>Content removed</td></tr>
<tr><td><a href="{D[5]}">{D[5]}</a></td><td>Content removed</td></tr>
<tr><td><a href="{D[6]}">{D[6]}</a></td><td>No violation found &ndash; no action taken</td></tr>
<tr><td><a href="{D[7]}">{D[7]}</a></td><td>Content removed, account disabled</td></tr>
<tr><td><a href="{D[8]}">{D[8]}</a></td><td>Already deleted by its author before our review</td></tr>
</table>
<p>You can read more about how we enforce our rules at
<a href="https://discord.com/safety/what-actions-we-take">discord.com/safety</a>.</p>
<p>Best,<br>Minseo</p>
<p style="color:#b5b5b5">This email is a service from Discord. Delivered by Zendesk</p>
</body></html>
""")

_discord_csv = "\n".join([
    "reported_url,decision,detail",
    f"{D[1]},Server removed,Illegal gambling promotion",
    f"{D[2]},Server removed,Fraud / scam",
    f"{D[3]},Not found,Invite expired or invalid",
    f"{D[9]},Not found,No server linked to this invite",
    f"{D[12]},Server removed,Account sales",
    f"{D[10]},No action,No violation of Community Guidelines found",
]) + "\n"

case(
    name="discord-csv-attachment",
    date="Thu, 19 Sep 2024 17:02:44 +0900",
    **{"from": "support@discord.com"}, name_from="Discord",
    subject="[Discord] Re: KCSC-240917-01 Removal request (12 links)",
    reply_to_req=rid("KCSC-240917-01"),
    extra_headers=ZD_HDRS,
    outcome="applied", classification="confirmation",
    imitates="Zendesk reply with the outcome per link in an attached CSV export",
    why="statuses only in the attached CSV, one row per invite link",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[9]: "not_found",
           D[12]: "removed", D[10]: "rejected"},
    raw_mime=multipart("mixed", "zd-0f3a9c1e", [
        single("text/plain", "8bit", f"""{ZD_LINE}

Minseo P. (Discord Trust & Safety)
Sep 19, 2024, 17:02 KST

Hello,

The outcome for each invite link in your request KCSC-240917-01 is in the
attached file (one row per link). The message links were answered in my
previous comment.

Best,
Minseo

This email is a service from Discord. Delivered by Zendesk"""),
        'Content-Type: text/csv; charset=utf-8; name="ticket_4471203_outcomes.csv"\n'
        'Content-Disposition: attachment; filename="ticket_4471203_outcomes.csv"\n'
        "Content-Transfer-Encoding: base64\n\n" + b64(_discord_csv),
    ]))

case(
    name="discord-wrapped-angle-urls",
    date="Thu, 19 Sep 2024 18:15:31 +0900",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    subject="RE: KCSC-240917-01",
    reply_to_req=rid("KCSC-240917-01"),
    outcome="applied", classification="confirmation",
    imitates="short plain-text legal reply with URLs in angle brackets, one wrapped at the slash",
    why="two removals; the long message link is wrapped inside <...> as RFC 3986 appendix C allows",
    items={D[11]: "removed", D[12]: "removed"},
    body="""
Hello KCSC,

We have deleted the message you reported at
<https://discord.com/channels/1199900000000000009/
1199900000000000030/1284633000000000006>
and removed the server reached through <https://discord.gg/cheap-accounts-77>.

Discord Legal
""")

case(
    name="discord-echoed-report-form",
    date="Thu, 19 Sep 2024 13:45:00 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    subject="Your Discord report has been resolved",
    reply_to_req=rid("KCSC-240917-01"),
    extra_headers=ZD_HDRS,
    outcome="applied", classification="confirmation",
    imitates="report-form outcome mail that echoes the submitted report fields with an Outcome line",
    why="each echoed report block carries its own outcome line",
    items={D[7]: "removed", D[8]: "rejected"},
    body=f"""
Hi KCSC Takedown,

We've finished reviewing the reports you submitted through our web form.
A copy of each report is included below with what we did.

Report type: Illegal activity
Reported message link: {D[7]}
Reporter email: takedown@kcsc.example
Outcome: We removed the message and took action on the account that posted it.

Report type: Illegal activity
Reported message link: {D[8]}
Reporter email: takedown@kcsc.example
Outcome: After review, we found that this content does not break Discord's
Community Guidelines, so no action was taken.

Thanks for helping keep Discord safe.
The Discord Safety Team
""")

case(
    name="discord-under-review-promise",
    date="Thu, 19 Sep 2024 10:25:17 +0900",
    **{"from": "support@discord.com"}, name_from="Discord",
    subject="[Discord] Re: KCSC-240917-01 Removal request (12 links)",
    reply_to_req=rid("KCSC-240917-01"),
    extra_headers=ZD_HDRS,
    outcome="review", review="not_understood", classification="other",
    imitates="Zendesk agent comment answering a chaser: still under review / expected removal",
    why="names three links but says only 'under review' and 'expected to be removed'",
    items={D[6]: "pending", D[8]: "pending", D[10]: "pending"},
    body=f"""
{ZD_LINE}

Hyejin L. (Discord Trust & Safety)
Sep 19, 2024, 10:24 KST

Hi,

Thanks for checking in. The messages at
{D[6]}
and
{D[8]}
are still under review with our specialist team.

The server behind {D[10]} is expected to be removed
once the owner's appeal window closes.

We'll update this ticket as soon as we have final decisions.

Hyejin

This email is a service from Discord. Delivered by Zendesk
[7RQ4DW-KD2Z]
""")

case(
    name="discord-solved-all-content",
    date="Thu, 19 Sep 2024 19:01:40 +0900",
    **{"from": "support@discord.com"}, name_from="Discord",
    subject="[Discord] Re: KCSC-240917-01 Removal request (12 links)",
    reply_to_req=rid("KCSC-240917-01"),
    extra_headers=ZD_HDRS,
    outcome="review", review="bulk", classification="confirmation",
    imitates="Zendesk 'solved' macro with one sentence for the whole report",
    why="'all of the content you flagged' for a 12-item request, no link named",
    items={D[i]: "pending" for i in range(1, 13)},
    body=f"""
{ZD_LINE}

Your request (4471203) has been solved. To reopen it, reply to this email.

Discord Trust & Safety
Sep 19, 2024, 19:01 KST

Hello,

We've reviewed your report and taken action on all of the content you
flagged. The servers and messages you reported are no longer available on
Discord.

Thank you for reaching out.

This email is a service from Discord. Delivered by Zendesk
[7RQ4DW-KD2Z]
""")

case(
    name="discord-zendesk-hosted-domain",
    date="Thu, 19 Sep 2024 14:05:22 +0900",
    **{"from": "support@discordapp.zendesk.com"}, name_from="Discord Support",
    subject="[Discord] Re: KCSC-240917-01 Removal request (12 links)",
    reply_to_req=rid("KCSC-240917-01"),
    extra_headers=ZD_HDRS,
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="Zendesk notification sent from the helpdesk's default *.zendesk.com address",
    why="clear statements, but the sender domain zendesk.com is not one of Discord's sender domains",
    items={D[4]: "pending", D[5]: "pending"},
    body=f"""
{ZD_LINE}

Your request (4471950) has been solved.

Minseo P. (Discord Trust & Safety)
Sep 19, 2024, 14:05 KST

Hello,

The two messages below have been deleted:

{D[4]}
{D[5]}

Best,
Minseo

This email is a service from Discord. Delivered by Zendesk
""")

case(
    name="discord-satisfaction-survey",
    date="Thu, 19 Sep 2024 19:30:00 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    subject="Request #4471203: How would you rate the support you received?",
    extra_headers=ZD_HDRS,
    outcome="review", review="no_claims", classification="other",
    imitates="Zendesk customer-satisfaction (CSAT) survey after a solved ticket",
    why="trusted platform mail naming no requested item and no KCSC reference",
    body="""
Hello KCSC Takedown,

We'd love to hear what you think of the help you received from our team.
Please take a moment to answer one simple question by clicking a link:

How would you rate the support you received?

Good, I'm satisfied
https://support.discord.com/hc/requests/4471203/satisfaction/good?locale=en-us

Bad, I'm unsatisfied
https://support.discord.com/hc/requests/4471203/satisfaction/bad?locale=en-us

Thanks,
Discord Support

This email is a service from Discord. Delivered by Zendesk
""")

# ======================= Kakao (KCSC-240917-02, 4 items) =====================

case(
    name="kakao-cs-result-numbered-arrows",
    date="Wed, 18 Sep 2024 16:32:10 +0900",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (문의번호 240917-0031188)",
    reply_to_req=rid("KCSC-240917-02"),
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 문의 답변 mail (시정요구 조치결과, numbered, arrow lines)",
    why="one result line under each numbered URL: 삭제, 임시조치, 비공개, 찾을 수 없음",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "removed", K[4]: "not_found"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 시정요구(KCSC-240917-02) 건의 조치 결과를
아래와 같이 안내드립니다.

1. {K[1]}
   → 운영정책 위반으로 해당 오픈채팅방을 삭제하였습니다.
2. {K[2]}
   → 해당 게시물에 대해 임시조치(30일)를 진행하였습니다.
3. {K3_RAW}
   → 게시글을 비공개 처리하였습니다.
4. {K[4]}
   → 해당 주소의 카카오톡 채널을 찾을 수 없습니다.

추가 문의 사항이 있으시면 이 메일에 회신해 주세요.
답변이 도움이 되셨나요? 만족도 평가에 참여해 주시면 더 나은 서비스를 위해 활용하겠습니다.

※ 본 메일은 발신 전용이 아니며, 회신 시 문의번호가 유지됩니다.
카카오 고객센터 드림
""")

_kakao_qp = f"""안녕하세요. Daum 카페 운영팀입니다.

문의번호 #D-88213(KCSC-240917-02) 관련하여 추가로 확인된 내용을 안내드립니다.

{K[2]} 게시물은 카페 운영원칙 위반이 확인되어 게시중단 처리되었습니다.
함께 문의하신 카카오톡 채널（{K[4]}）은 조회 결과 존재하지 않는 채널입니다.

감사합니다.
Daum 카페 운영팀 드림
"""

case(
    name="kakao-daum-qp-particles",
    date="Wed, 18 Sep 2024 11:08:45 +0900",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페 운영팀",
    subject="Re: [문의번호 #D-88213] 게시물 조치 요청 건",
    reply_to_req=rid("KCSC-240917-02"),
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영팀 ticket reply in quoted-printable, URL followed by Korean particle and full-width parentheses",
    why="게시중단 for the cafe post, 존재하지 않는 채널 for the channel",
    items={K[2]: "removed", K[4]: "not_found"},
    raw_mime=single("text/plain", "quoted-printable", qp(_kakao_qp)))

case(
    name="kakao-tistory-raw-korean-path",
    date="Wed, 18 Sep 2024 17:50:02 +0900",
    **{"from": "tistory-help@kakaocorp.com"}, name_from="티스토리 고객센터",
    subject="[티스토리] 요청하신 게시글 처리 결과 안내 (KCSC-240917-02)",
    reply_to_req=rid("KCSC-240917-02"),
    outcome="applied", classification="confirmation",
    imitates="Tistory 고객센터 답변 with the entry URL written with its raw Korean slug",
    why="블라인드 for the Tistory entry (raw Korean path), 청소년 이용 제한 for the open chat",
    items={K[3]: "removed", K[1]: "restricted"},
    body=f"""
안녕하세요, 티스토리 고객센터입니다.

신고해 주신 게시글 {K3_RAW} 는
이용약관 위반이 확인되어 블라인드 처리하였습니다.

함께 전달받은 오픈채팅방 {K[1]} 는 성인 인증을 거친
이용자만 입장할 수 있도록 청소년 이용 제한 조치하였습니다.

더 궁금하신 점은 고객센터로 문의해 주세요.
https://cs.kakao.com/helps?service=tistory
""")

case(
    name="kakao-openchat-reply-to-followup",
    date="Thu, 19 Sep 2024 15:40:18 +0900",
    **{"from": "openchat-policy@kakaocorp.com"}, name_from="카카오 오픈채팅 운영팀",
    subject="Re: [재요청] KCSC-240917-02 조치 결과 회신 요청",
    reply_to_req=rid("KCSC-240917-02"),
    outcome="applied", classification="confirmation",
    imitates="Kakao staff reply over our chaser, Korean Gmail-style quote header",
    why="the open chat is stated closed; other items only 'under review' without being named",
    items={K[1]: "removed"},
    body=f"""
안녕하세요. 카카오 오픈채팅 운영팀입니다.

문의하신 오픈채팅방({K[1]})은 운영정책 위반으로
9월 19일 자로 폐쇄되었습니다.

나머지 항목은 담당 부서에서 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.

2024년 9월 19일 (목) 오전 9:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하세요. 방송통신심의위원회입니다.
> 9월 17일 요청드린 KCSC-240917-02 건의 아래 주소가 아직 접속됩니다.
>
> {K[1]}
> {K[2]}
> {K3_RAW}
>
> 조치 결과를 회신해 주시기 바랍니다.
""")

case(
    name="kakao-cafe-manager-gmail",
    date="Wed, 18 Sep 2024 21:14:33 +0900",
    **{"from": "bluewave.manager@gmail.com"}, name_from="블루웨이브클럽 카페지기",
    subject="Re: KCSC-240917-02 게시물 관련",
    reply_to_req=rid("KCSC-240917-02"),
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="a Daum cafe manager answering from a personal Gmail account",
    why="states the post was deleted, but the sender is not Kakao",
    items={K[2]: "pending"},
    body=f"""
안녕하세요, 블루웨이브클럽 카페 매니저입니다.

카카오 쪽에서 연락을 받고 {K[2]} 글을 삭제했습니다.
작성자는 카페에서 강퇴 처리했습니다.

앞으로 비슷한 글이 올라오지 않도록 관리하겠습니다.
""")

_bounce_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: policy@kakaocorp.com
Subject: [재요청] KCSC-240917-02 조치 결과 회신 요청
Date: Thu, 19 Sep 2024 09:10:00 +0900
Message-ID: <reminder.KCSC-240917-02.1@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 방송통신심의위원회입니다.
아래 주소에 대한 조치 결과를 회신해 주시기 바랍니다.

{K[1]}
{K[2]}
{K3_RAW}
{K[4]}
"""

case(
    name="kakao-reminder-bounce",
    date="Thu, 19 Sep 2024 09:10:41 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning our chaser with the original attached",
    why="delivery status notification; the URLs are only in our returned message",
    raw_mime=multipart("report", "DSN.4XhT2.1726704641", [
        single("text/plain", "8bit", """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<policy@kakaocorp.com>: host mx1.kakaocorp.com[203.0.113.25] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)"""),
        """Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 09:10:00 +0900

Final-Recipient: rfc822; policy@kakaocorp.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.kakaocorp.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
        "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + _bounce_orig,
    ], extra="; report-type=delivery-status"))

# ======================= Twitch (KCSC-240918-01, 3 items) ====================

case(
    name="twitch-ticket-solved-prose",
    date="Thu, 19 Sep 2024 08:55:12 +0900",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    subject="[Twitch] Ticket #88231 solved: KCSC-240918-01",
    reply_to_req=rid("KCSC-240918-01"),
    extra_headers=ZD_HDRS,
    outcome="applied", classification="confirmation",
    imitates="Twitch support 'ticket solved' mail, one sentence per reported link",
    why="VOD deleted, clip removed, channel suspended and no longer accessible",
    items={T[1]: "removed", T[2]: "removed", T[3]: "removed"},
    body=f"""
Hi there,

Thank you for contacting Twitch Trust & Safety about request
KCSC-240918-01. We reviewed the content you reported and took the
following actions:

The past broadcast {T[1]} has been deleted.
The clip {T[2]} was removed.
The channel {T[3]} has been suspended indefinitely and is no
longer accessible.

We've marked ticket #88231 as solved. If you reply to this message the
ticket will be reopened.

Twitch Trust & Safety
https://safety.twitch.tv
""")

case(
    name="twitch-thread-followup-clip-stays",
    date="Thu, 19 Sep 2024 13:20:50 +0900",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    subject="Re: [Twitch] Ticket #88231: KCSC-240918-01",
    reply_to_req=rid("KCSC-240918-01"),
    extra_headers=ZD_HDRS,
    outcome="applied", classification="confirmation",
    imitates="follow-up comment in the same Twitch ticket refusing one item with a reason",
    why="the clip breaks no guideline and stays up: a refusal with its reason",
    items={T[2]: "rejected"},
    body=f"""
Hi again,

Following up on your question about the clip. After a second review, the
clip {T[2]} does not break our Community Guidelines: it shows
a gameplay segment only, with no gambling links or promotion. It will
remain available on Twitch.

The past broadcast and the channel from your request were handled as
described in my previous message.

Best,
Alex
Twitch Trust & Safety

> On Sep 19, 2024, at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
>
> Thank you. Could you confirm what happened to the clip
> {T[2]} ? It is still reachable from Korea.
""")

case(
    name="twitch-helpscout-html-links",
    date="Thu, 19 Sep 2024 12:11:05 +0900",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="Re: Removal request KCSC-240918-01 [#TW-20931]",
    reply_to_req=rid("KCSC-240918-01"),
    type="html",
    outcome="applied", classification="confirmation",
    imitates="Help Scout style HTML reply; link text shorter than the href",
    why="VOD deleted; channel reviewed and stays live (no violation)",
    items={T[1]: "removed", T[3]: "rejected"},
    body=f"""
<html><body>
<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thanks for your patience while we looked into this. Here's where things stand:</p>
<ul>
<li><a href="{T[1]}">twitch.tv/videos/2251873301</a> &mdash; the VOD has been deleted.</li>
<li><a href="{T[3]}">twitch.tv/sunnyroad_live</a> &mdash; we reviewed the channel and found no violation of our Community Guidelines, so it stays live.</li>
</ul>
<p>We're still looking at the clip and will reply in this conversation.</p>
<p>Kind regards,<br>Sam<br>Twitch Legal</p>
</div>
<div style="color:#999;font-size:11px">Reference: #TW-20931</div>
</body></html>
""")

case(
    name="twitch-hedged-clip",
    date="Wed, 18 Sep 2024 20:03:27 +0900",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    subject="Re: [Twitch] Ticket #88231: KCSC-240918-01",
    reply_to_req=rid("KCSC-240918-01"),
    extra_headers=ZD_HDRS,
    outcome="review", review="not_understood", classification="other",
    imitates="Twitch agent interim comment with a hedge and a forecast",
    why="'appears ... may have been taken down' and 'expect a decision' are not statements",
    items={T[1]: "pending", T[2]: "pending"},
    body=f"""
Hi,

Quick update on ticket #88231. It appears the clip
{T[2]} may have been taken down by the broadcaster
already; I'm checking with the moderation team to confirm.

The past broadcast {T[1]} is with our moderation team
and we expect a decision in the next few days.

Alex
Twitch Trust & Safety
""")

case(
    name="twitch-agent-out-of-office",
    date="Wed, 18 Sep 2024 09:41:02 +0900",
    **{"from": "dana.kim@twitch.tv"}, name_from="Dana Kim",
    subject="Automatic reply: KCSC-240918-01 Removal request (3 links)",
    reply_to_req=rid("KCSC-240918-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply from a platform employee",
    why="out-of-office notice",
    body="""
Thank you for your email. I am out of the office until Monday, 30 September
with limited access to email.

For Trust & Safety matters please write to safety@twitch.tv, which is
monitored every day.

Dana Kim
Twitch Public Policy, Korea
""")

case(
    name="kcsc-colleague-forwards-twitch",
    date="Thu, 19 Sep 2024 14:48:00 +0900",
    **{"from": "jiwoo.park@kcsc.example"}, name_from="Park Jiwoo",
    subject="Fwd: Twitch ticket #88231 - KCSC-240918-01",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="a KCSC colleague forwarding a platform reply received in a personal inbox (Gmail forward)",
    why="the statement is inside a forwarded block sent by our own colleague, not by Twitch",
    items={T[1]: "pending"},
    body=f"""
Twitch answered me directly instead of the takedown mailbox; forwarding
for the ledger.

Jiwoo

---------- Forwarded message ---------
From: Twitch Trust & Safety <safety@twitch.tv>
Date: Thu, Sep 19, 2024 at 2:30 PM
Subject: Twitch ticket #88231 - KCSC-240918-01
To: <jiwoo.park@kcsc.example>

Hello,

The past broadcast {T[1]} has been deleted.

Twitch Trust & Safety
""")

# ======================= Telegram (KCSC-240918-02, 5 items) ==================

TG_REQ_TEXT = "\n".join([
    "Dear Telegram,",
    "",
    "The Korea Communications Standards Commission asks you to remove the",
    "following content, which advertises fraudulent investment signals and",
    "forged passes (our reference KCSC-240918-02):",
    "",
] + [G[i] for i in range(1, 6)] + [
    "",
    "KCSC Content Review Team",
])

case(
    name="telegram-freshdesk-receipt-echo",
    date="Wed, 18 Sep 2024 13:12:30 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Ticket Received - KCSC-240918-02 removal request",
    reply_to_req=rid("KCSC-240918-02"),
    extra_headers=FD_HDRS + ["Auto-Submitted: auto-generated"],
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk 'ticket received' auto-response echoing the submitted message",
    why="receipt with ticket number; the URLs are only in the echo of our own request",
    items={G[i]: "pending" for i in range(1, 6)},
    body=f"""
Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a
ticket has been created. Ticket #51822.
A support representative will review your request and send you a
personal response, usually within 72 hours.

To view the status of the ticket or add comments, please reply to this
email.

Thank you for your patience.

Telegram Abuse Desk

---- Your message ----
{TG_REQ_TEXT}
""")

case(
    name="telegram-freshdesk-resolved-dashes",
    date="Thu, 19 Sep 2024 10:40:00 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Ticket #51822 has been resolved - KCSC-240918-02",
    reply_to_req=rid("KCSC-240918-02"),
    extra_headers=FD_HDRS,
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with the agent's per-link note",
    why="each URL followed by ' - ' and its outcome",
    items={G[1]: "removed", G[2]: "removed", G[3]: "restricted", G[4]: "not_found", G[5]: "removed"},
    body=f"""
Hello,

We have processed your request KCSC-240918-02. Results per link:

{G[1]} - deleted
{G[2]} - deleted
{G[3]} - channel blocked for users in the Republic of Korea
{G[4]} - we could not locate this message
{G[5]} - channel removed from Telegram

Your ticket #51822 has been marked Resolved. If you have further questions,
just reply to this email and the ticket will be reopened.

Regards,
Telegram Abuse Desk
""")

case(
    name="telegram-outlook-original-message",
    date="Wed, 18 Sep 2024 19:22:14 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="RE: KCSC-240918-02 Removal request (5 links)",
    reply_to_req=rid("KCSC-240918-02"),
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----' with our request unquoted below",
    why="two messages taken down in the reply; the other links appear only in our original message",
    items={G[1]: "removed", G[2]: "removed"},
    body=f"""
Hello,

Messages {G[1]} and {G[2]} have been taken down.
We are still looking into the rest.

Regards,
Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 1:10 PM
To: abuse@telegram.org
Subject: KCSC-240918-02 Removal request (5 links)

{TG_REQ_TEXT}
""")

case(
    name="telegram-numbered-reply-to-followup",
    date="Thu, 19 Sep 2024 16:05:51 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: Follow-up: KCSC-240918-02 remaining links [Ticket #51822]",
    reply_to_req=rid("KCSC-240918-02"),
    extra_headers=FD_HDRS,
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply to our chaser, numbered list with en dashes",
    why="geo-blocked in Korea, removed, and a refusal with reason",
    items={G[3]: "restricted", G[4]: "removed", G[5]: "rejected"},
    body=f"""
Hello,

Regarding the three links from your follow-up:

1) {G[3]} – no longer available to users in South Korea
2) {G[4]} – message removed
3) {G[5]} – we found no violation of Telegram's Terms of Service in this post; it remains available

Best regards,
Telegram Abuse Desk

On Thu, 19 Sep 2024 at 09:05, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram, the following links of KCSC-240918-02 are still online:
> {G[3]}
> {G[4]}
> {G[5]}
""")

_tg_qp_body = (
    "Hello,\n\n"
    "Further to ticket #51822 (KCSC-240918-02): the channel @lotto_insider_kr ("
    + G[3] + ") has been blocked in South Korea following a review by our team under local law.\n\n"
    "The post " + G[5] + " no longer exists: the channel owner deleted it before we reviewed it, "
    "so there was nothing left for us to act on.\n\n"
    "Regards,\nTelegram Abuse Desk\n"
)

case(
    name="telegram-qp-soft-breaks",
    date="Thu, 19 Sep 2024 17:44:09 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240918-02 [Ticket #51822]",
    reply_to_req=rid("KCSC-240918-02"),
    extra_headers=FD_HDRS,
    outcome="applied", classification="confirmation",
    imitates="Freshdesk plain reply sent quoted-printable (long lines soft-broken)",
    why="channel blocked in South Korea; post deleted by its owner before review",
    items={G[3]: "restricted", G[5]: "not_found"},
    raw_mime=single("text/plain", "quoted-printable", qp(_tg_qp_body)))

case(
    name="telegram-closed-all-actioned",
    date="Thu, 19 Sep 2024 18:30:00 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Ticket #51822 closed - KCSC-240918-02",
    reply_to_req=rid("KCSC-240918-02"),
    extra_headers=FD_HDRS,
    outcome="review", review="bulk", classification="confirmation",
    imitates="Freshdesk 'ticket closed' notification with a one-line summary",
    why="'all links ... actioned' for a five-item request, none named",
    items={G[i]: "pending" for i in range(1, 6)},
    body="""
Hello,

Your ticket #51822 has been closed. All links from your report have been
reviewed and actioned.

Thank you for helping keep Telegram safe.

Telegram Abuse Desk
""")

case(
    name="telegram-promise-remaining",
    date="Thu, 19 Sep 2024 11:02:37 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="RE: Follow-up: KCSC-240918-02 remaining links",
    reply_to_req=rid("KCSC-240918-02"),
    outcome="review", review="not_understood", classification="other",
    imitates="Outlook reply to our chaser promising action on named links",
    why="'are processing ... will remove them if they violate' is a conditional promise",
    items={G[3]: "pending", G[5]: "pending"},
    body=f"""
Hello,

We are processing the remaining links
({G[3]} and {G[5]})
and will remove them if they are found to violate our Terms of Service.

Regards,
Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 19, 2024 9:05 AM
To: abuse@telegram.org
Subject: Follow-up: KCSC-240918-02 remaining links

Dear Telegram, the following links of KCSC-240918-02 are still online:
{G[3]}
{G[4]}
{G[5]}
""")

# ======================= X (KCSC-240918-03, 2 items) =========================

case(
    name="x-case-response-withheld-removed",
    date="Thu, 19 Sep 2024 09:31:44 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Case# 0194450213: Your request KCSC-240918-03 [ ref:_00D3x.5004Qz:ref ]",
    reply_to_req=rid("KCSC-240918-03"),
    outcome="applied", classification="confirmation",
    imitates="X legal case-system response (withheld in country / removed)",
    why="one post withheld in South Korea, the other removed",
    items={X[1]: "restricted", X[2]: "removed"},
    body=f"""
Hello,

We have reviewed your request, Case# 0194450213.

Post: {X[1]}
Action: Withheld in South Korea in response to your request.

Post: {X[2]}
Action: Removed for violating the X Rules.

More information about country withheld content is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal

ref:_00D3x.5004Qz:ref
""")

case(
    name="x-author-deleted-one",
    date="Thu, 19 Sep 2024 14:12:03 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="RE: Case# 0194450213: Your request KCSC-240918-03 [ ref:_00D3x.5004Qz:ref ]",
    reply_to_req=rid("KCSC-240918-03"),
    outcome="applied", classification="confirmation",
    imitates="X case-system follow-up on one post deleted by its author",
    why="post deleted by the account holder before review: not_found",
    items={X[2]: "not_found"},
    body=f"""
Hello,

Regarding {X[2]} in this case: the post was deleted by the
account holder before our review, so no action was needed on our end.

Regards,
X Legal

ref:_00D3x.5004Qz:ref
""")

case(
    name="x-auth-fail",
    date="Thu, 19 Sep 2024 12:00:12 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    subject="RE: Case# 0194450213: Your request KCSC-240918-03",
    reply_to_req=rid("KCSC-240918-03"),
    outcome="review", review="untrusted", classification="confirmation",
    imitates="X case-system reply, failing DKIM/DMARC",
    why="clear statements but the x.com sender fails authentication",
    items={X[1]: "pending", X[2]: "pending"},
    body=f"""
Hello,

Both posts in your request have been removed:

{X[1]}
{X[2]}

Regards,
X Legal
""")

# ======================= YouTube (KCSC-240916-01, 1 item) ====================

case(
    name="youtube-sole-removed-no-url",
    date="Tue, 17 Sep 2024 16:48:29 +0900",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240916-01] Removal request [8-1743000012345]",
    reply_to_req=rid("KCSC-240916-01"),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support case reply, 'we have removed the content that you reported'",
    why="one-item request, unhedged removal statement without the URL",
    items={Y1: "removed"},
    body="""
Hello,

Thanks for reaching out to us.

In accordance with our policies, we have removed the content that you
reported. For more information about our Community Guidelines, please see
https://support.google.com/youtube/answer/9288567

Regards,
The YouTube Team

[8-1743000012345]
""")

case(
    name="youtube-age-restricted",
    date="Wed, 18 Sep 2024 10:22:57 +0900",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240916-01] Removal request [8-1743000012345]",
    reply_to_req=rid("KCSC-240916-01"),
    outcome="applied", classification="confirmation",
    imitates="YouTube case reply applying an age restriction",
    why="age restriction applied to the requested video",
    items={Y1: "restricted"},
    body=f"""
Hello,

After review, we've applied an age restriction to the video
{Y1}

It won't be viewable by users who are under 18 or signed out. The video
remains available to other viewers.

Regards,
The YouTube Team
""")

case(
    name="youtube-korean-geoblock-fullwidth",
    date="Wed, 18 Sep 2024 15:03:11 +0900",
    **{"from": "legal-kr@google.com"}, name_from="구글코리아 법무지원팀",
    subject="RE: [KCSC-240916-01] 시정요구 조치 결과",
    reply_to_req=rid("KCSC-240916-01"),
    outcome="applied", classification="confirmation",
    imitates="Google Korea legal team Korean reply, URL inside full-width parentheses",
    why="접속 제한 in Korea: restricted",
    items={Y1: "restricted"},
    body=f"""
안녕하세요. 구글코리아 법무지원팀입니다.

요청하신 영상（{Y1}）은 검토 결과 대한민국에서 접속이 제한되었습니다.
다른 국가에서는 계속 시청이 가능합니다.

감사합니다.
""")

case(
    name="youtube-korean-out-of-office",
    date="Mon, 16 Sep 2024 14:01:15 +0900",
    **{"from": "minji.han@google.com"}, name_from="Minji Han",
    subject="부재중 자동 회신: [KCSC-240916-01] Removal request",
    reply_to_req=rid("KCSC-240916-01"),
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder in Korean",
    why="out-of-office auto-reply",
    body="""
안녕하세요. 9월 16일부터 18일까지 추석 연휴로 부재중입니다.
급한 용무는 legal-kr@google.com 으로 보내 주시면 담당자가 확인하겠습니다.

한민지 드림
""")

# ======================= NAVER (KCSC-240916-02, 3 items) =====================

case(
    name="naver-jira-receipt",
    date="Mon, 16 Sep 2024 15:31:40 +0900",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    subject="[KSD-3310] 요청이 접수되었습니다: KCSC-240916-02 게시물 조치 요청",
    reply_to_req=rid("KCSC-240916-02"),
    extra_headers=["Auto-Submitted: auto-generated", "X-JSD-Request-Key: KSD-3310"],
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' customer notification in Korean",
    why="pure receipt with the request key, nothing about any item",
    body="""
—— 회신 시 이 줄 위에 작성해 주세요 ——

요청이 접수되었습니다.

요청 번호: KSD-3310
요약: KCSC-240916-02 게시물 조치 요청
상태: 대기 중

담당자가 확인한 뒤 이 요청에 답변드리겠습니다.
요청 보기: https://help.navercorp.com/servicedesk/customer/portal/4/KSD-3310

NAVER 고객센터
""")

case(
    name="naver-jira-resolved-text-table",
    date="Wed, 18 Sep 2024 11:15:00 +0900",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    subject="[KSD-3310] 해결됨: KCSC-240916-02 게시물 조치 요청",
    reply_to_req=rid("KCSC-240916-02"),
    extra_headers=["X-JSD-Request-Key: KSD-3310"],
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved' notification with a pipe table of results",
    why="text table: 게시중단, 임시조치(30일), 삭제",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed"},
    body=f"""
—— 회신 시 이 줄 위에 작성해 주세요 ——

NAVER 정책지원팀 님이 요청을 해결됨으로 변경했습니다.

안녕하세요. 요청하신 게시물에 대한 처리 결과를 안내드립니다.

| 번호 | URL | 조치 결과 |
|---|---|---|
| 1 | {N[1]} | 게시중단 |
| 2 | {N[2]} | 임시조치(30일) |
| 3 | {N[3]} | 삭제 |

요청 상태: 해결됨
요청 보기: https://help.navercorp.com/servicedesk/customer/portal/4/KSD-3310
""")

_naver_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 카페·블로그 운영팀입니다.</p>
<p>KCSC-240916-02 건 중 아래 두 게시물의 처리 결과를 알려드립니다.</p>
<ul>
<li>블로그 게시물 <a href="{N[1]}">{N[1]}</a> : 작성자에 의해 이미 삭제된 게시물입니다.</li>
<li>카페 게시물 <a href="{N[2]}">{N[2]}</a> : 운영원칙 위반으로 게시중단되었습니다.</li>
</ul>
<p>감사합니다.<br>NAVER</p>
</body></html>
"""

case(
    name="naver-base64-html",
    date="Tue, 17 Sep 2024 18:27:36 +0900",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER",
    subject="[NAVER] KCSC-240916-02 게시물 처리 결과",
    reply_to_req=rid("KCSC-240916-02"),
    outcome="applied", classification="confirmation",
    imitates="NAVER result notice sent as base64 HTML with a plain-text alternative",
    why="blog post already deleted by its author (not_found); cafe post 게시중단 (removed)",
    items={N[1]: "not_found", N[2]: "removed"},
    raw_mime=multipart("alternative", "nv_alt_20240917", [
        single("text/plain", "base64", b64(
            "안녕하세요. 네이버 카페·블로그 운영팀입니다.\n"
            "KCSC-240916-02 건 중 아래 두 게시물의 처리 결과를 알려드립니다.\n\n"
            f"- 블로그 게시물 {N[1]} : 작성자에 의해 이미 삭제된 게시물입니다.\n"
            f"- 카페 게시물 {N[2]} : 운영원칙 위반으로 게시중단되었습니다.\n\n"
            "감사합니다.\nNAVER\n")),
        single("text/html", "base64", b64(_naver_html)),
    ]))

case(
    name="naver-reply-to-followup-korean-quote",
    date="Thu, 19 Sep 2024 10:48:21 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="Re: [재요청] KCSC-240916-02 지식iN 게시물",
    reply_to_req=rid("KCSC-240916-02"),
    outcome="applied", classification="confirmation",
    imitates="NAVER policy staff top-posting over our chaser (Korean Gmail quote header)",
    why="the 지식iN post is stated deleted; the other URLs are only in our quoted chaser",
    items={N[3]: "removed"},
    body=f"""
안녕하세요, NAVER 정책지원팀입니다.

말씀하신 지식iN 게시물
{N[3]}
은 확인 결과 삭제 조치되었습니다.

감사합니다.

2024년 9월 19일 (목) 오전 9:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하세요. 방송통신심의위원회입니다.
> KCSC-240916-02 건 중 아래 주소가 아직 접속됩니다.
>
> {N[2]}
> {N[3]}
>
> 조치 결과를 알려 주시기 바랍니다.
""")

case(
    name="naver-asks-more-documents",
    date="Tue, 17 Sep 2024 14:05:52 +0900",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    subject="[KSD-3310] 추가 정보 필요: KCSC-240916-02 게시물 조치 요청",
    reply_to_req=rid("KCSC-240916-02"),
    extra_headers=["X-JSD-Request-Key: KSD-3310"],
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Jira Service Management 'waiting for customer' comment asking for documents",
    why="asks for supporting documents before acting on the 지식iN post",
    items={N[3]: "pending"},
    body=f"""
—— 회신 시 이 줄 위에 작성해 주세요 ——

NAVER 정책지원팀 님이 댓글을 남겼습니다.

안녕하세요.
요청하신 게시물 중 {N[3]} 건은
게시물 내용만으로는 불법 여부를 판단하기 어렵습니다.
심의 의결서 사본 등 근거 자료를 이 요청에 첨부해 주시면 검토를 진행하겠습니다.

요청 상태: 고객 응답 대기 중
""")

case(
    name="naver-read-receipt",
    date="Mon, 16 Sep 2024 16:02:44 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="읽음 확인: KCSC-240916-02 게시물 조치 요청",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (multipart/report; disposition-notification)",
    why="message disposition notification",
    raw_mime=multipart("report", "mdn-7c21e0", [
        single("text/plain", "8bit",
               "보내신 메일 \"KCSC-240916-02 게시물 조치 요청\"을(를) "
               "2024-09-16 16:02 (KST)에 수신자가 열어 보았습니다."),
        """Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req.KCSC-240916-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed""",
    ], extra="; report-type=disposition-notification"))


HEADER = """# Blind set 872 (ticket systems and threads): expected results written from
# each email's meaning alone, before any run of the reader. Generated by
# make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(len(cases), "cases")
