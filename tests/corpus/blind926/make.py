#!/usr/bin/env python3
"""Blind set 926 (focus: ticket systems and threads).

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written for this
set; the expected results were written from each email's meaning before
the reader was ever run on them.

    python3 tests/corpus/blind926/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

SLUG_RAW = "오늘의-기록-모음"
SLUG_ENC = "%EC%98%A4%EB%8A%98%EC%9D%98-%EA%B8%B0%EB%A1%9D-%EB%AA%A8%EC%9D%8C"

# Telegram (KCSC-240903-01, 12 items: the largest request)
A1402 = "https://t.me/amber_lantern_news/1402"
A1405 = "https://t.me/amber_lantern_news/1405"
A1411 = "https://t.me/amber_lantern_news/1411"
G88 = "https://t.me/grey_orchard/88"
G91 = "https://t.me/grey_orchard/91"
N5530 = "https://t.me/night_ferry_chat/5530"
K217 = "https://t.me/kettle_market/217"
K219 = "https://t.me/kettle_market/219"
K224 = "https://t.me/kettle_market/224"
P46 = "https://t.me/pine_relay/46"
P47 = "https://t.me/pine_relay/47"
V3009 = "https://t.me/velvet_dock/3009"
TG_ALL = [A1402, A1405, A1411, G88, G91, N5530, K217, K219, K224, P46, P47, V3009]
# X (KCSC-240905-02, 4 items)
XH1 = "https://x.com/harbor_crane77/status/1831002233445566778"
XH2 = "https://x.com/harbor_crane77/status/1831004455667788990"
XM = "https://x.com/minto_reels/status/1830887766554433221"
XS = "https://x.com/ssol_archive_kr/status/1831119988776655443"
X_ALL = [XH1, XH2, XM, XS]
# YouTube (KCSC-240910-03, 3 items)
YQ = "https://www.youtube.com/watch?v=Qm3rTz8LwEa"
YB = "https://www.youtube.com/watch?v=bH7nK2pXy0c"
YV = "https://www.youtube.com/shorts/Vd9fL1sWq4M"
YT_ALL = [YQ, YB, YV]
# NAVER (KCSC-240912-04, 5 items)
NL1 = "https://blog.naver.com/lunar_teapot/223561234567"
NL2 = "https://blog.naver.com/lunar_teapot/223561239901"
NC1 = "https://cafe.naver.com/greenstairs/48211"
NC2 = "https://cafe.naver.com/greenstairs/48230"
NS = "https://blog.naver.com/sodam_kitchen22/223566600071"
NV_ALL = [NL1, NL2, NC1, NC2, NS]
# Discord (KCSC-240917-05, 2 items)
DI = "https://discord.gg/tealhollow"
DM = "https://discord.com/channels/1099887766554433221/1099887766554433228/1283341122334455667"
# Kakao (KCSC-240919-06, 3 items)
KC = "https://cafe.daum.net/bluecliffs/Rk7p/311"
KT = "https://moonbyeol-log.tistory.com/entry/" + SLUG_ENC
KT_RAW = "https://moonbyeol-log.tistory.com/entry/" + SLUG_RAW
K57 = "https://moonbyeol-log.tistory.com/57"
# Reddit (KCSC-240924-07, 1 item)
RD = "https://www.reddit.com/r/tidewatchers/comments/1fk3x9q/weekly_drop_thread/"

REQUESTS = [
    ("KCSC-240903-01", "telegram", "2024-09-03T10:20:00+09:00", "2024-09-10T18:00:00+09:00",
     TG_ALL, "illegal_gambling", "req-240903-01@kcsc.example", "six public channels"),
    ("KCSC-240905-02", "x", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     X_ALL, "drug_trade", "req-240905-02@kcsc.example", "three accounts"),
    ("KCSC-240910-03", "youtube", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00",
     YT_ALL, "obscene", "req-240910-03@kcsc.example", "two videos and one Short"),
    ("KCSC-240912-04", "naver", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00",
     NV_ALL, "privacy", "req-240912-04@kcsc.example", "blog and cafe posts"),
    ("KCSC-240917-05", "discord", "2024-09-17T15:00:00+09:00", "2024-09-24T18:00:00+09:00",
     [DI, DM], "illegal_gambling", "req-240917-05@kcsc.example", "server invite and one message"),
    ("KCSC-240919-06", "kakao", "2024-09-19T10:00:00+09:00", "2024-09-26T18:00:00+09:00",
     [KC, KT, K57], "defamation", "req-240919-06@kcsc.example", "Daum cafe and Tistory"),
    ("KCSC-240924-07", "reddit", "2024-09-24T16:00:00+09:00", "2024-10-01T18:00:00+09:00",
     [RD], "drug_trade", "req-240924-07@kcsc.example", "one post"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers

def hdr(s):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def pending(*urls):
    return {u: "pending" for u in urls}


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


TG_REMINDER = "\n".join(
    ["Dear Telegram Abuse Team,", "",
     "Request KCSC-240903-01 of 3 September is past its deadline. These links",
     "have no reported outcome yet:", ""] + TG_ALL + ["", "KCSC Takedown"])

cases = []


def case(**kw):
    if "subject" in kw:
        kw["subject"] = hdr(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = hdr(kw["name_from"])
    cases.append(kw)


# ================================================================ APPLIED

case(
    name="tg-zendesk-solved-three-removed",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification from a messenger's abuse desk",
    why="agent comment states three named amber_lantern_news posts were deleted",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Thu, 05 Sep 2024 11:02:41 +0000",
    subject="[Telegram] Your request #48213 has been solved",
    reply_to_req="req-240903-01",
    body=f"""
##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, just reply to this email.

Mira (Telegram Abuse Team)
Sep 5, 2024, 11:02 UTC

Hello,

Thank you for your report KCSC-240903-01. After review, the following posts
in the public channel @amber_lantern_news were deleted for breaching our
Terms of Service:

{A1402}
{A1405}
{A1411}

We are still working on the other links in your report and will answer them
separately.

Kind regards,
Mira
Telegram Abuse Team

--------------------------------
This email is a service from Telegram Abuse.
[ZR7Q1-4KD2M]
""",
    items={A1402: "removed", A1405: "removed", A1411: "removed"},
)

case(
    name="tg-zendesk-thread-latest-comment",
    outcome="applied", classification="confirmation",
    imitates="Zendesk ticket update showing the newest comment first and the conversation history below",
    why="newest agent comment gives one status per kettle_market post; older comments only acknowledge",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Fri, 06 Sep 2024 09:40:12 +0000",
    subject="[Telegram] Re: KCSC-240903-01 removal request [#48213]",
    reply_to_req="req-240903-01",
    body=f"""
##- Please type your reply above this line -##

Mira (Telegram Abuse Team)
Sep 6, 2024, 09:40 UTC

Hello again,

An update on the kettle_market links from KCSC-240903-01:

- {K217} - removed.
- {K219} - this post no longer exists; the channel owner deleted it before
  we reached it.
- {K224} - we reviewed it and found no breach of our Terms of Service, so it
  stays up.

Best,
Mira

KCSC Takedown
Sep 5, 2024, 23:15 UTC

Could you tell us where the kettle_market posts stand? Our reference is
KCSC-240903-01.

Mira (Telegram Abuse Team)
Sep 3, 2024, 12:30 UTC

Hello,

We have received your report and are looking into it. We will get back to
you as soon as we can.

--------------------------------
This email is a service from Telegram Abuse.
""",
    items={K217: "removed", K219: "not_found", K224: "rejected"},
)

case(
    name="x-freshdesk-resolved-withheld-kr",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket has been resolved' notification carrying the agent's reply (country-withheld content)",
    why="both harbor_crane77 posts are withheld in Korea only: restricted",
    **{"from": "support@x.com"}, name_from="X Legal Support",
    date="Mon, 09 Sep 2024 07:31:09 +0000",
    subject="Ticket #502817 resolved: KCSC-240905-02 removal request",
    body=f"""
Hello,

Your ticket #502817 "KCSC-240905-02 removal request" has been resolved.

Agent response:
------------------------------------------------------------
We have reviewed the reported posts under applicable Korean law. The
following posts are now withheld in the Republic of Korea:

{XH1}
{XH2}

They remain viewable outside Korea, as we did not find them to violate the
X Rules.
------------------------------------------------------------

If you feel this ticket has not been resolved, simply reply to this email
and the ticket will be reopened.

Thanks,
X Legal Support
""",
    items={XH1: "restricted", XH2: "restricted"},
)

case(
    name="yt-top-posted-over-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="legal support agent reply top-posted over the Gmail-quoted removal request",
    why="two videos get statuses above the quote; the third appears only in our quoted request",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 05:48:20 +0000",
    subject="Re: [KCSC-240910-03] Request for removal of content",
    reply_to_req="req-240910-03",
    body=f"""
Hello,

Thanks for reaching out. Following our review:

- {YQ} has been removed from YouTube for violating our Community Guidelines.
- {YV} has been blocked from view in South Korea based on local law.

We are still looking into the remaining video and will follow up in this
thread.

Regards,
The YouTube Legal Team

On Tue, Sep 10, 2024 at 9:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(f'''Dear YouTube Legal Team,

Under reference KCSC-240910-03 we request the removal of the following
content, which is illegal under Korean law:

1. {YQ}
2. {YB}
3. {YV}

Please remove the content and report the result by 17 September 2024.

Korea Communications Standards Commission''')}
""",
    items={YQ: "removed", YV: "restricted", YB: "pending"},
)

case(
    name="naver-jira-korean-list",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management comment notification from a Korean portal's policy desk (게시중단/임시조치 결과)",
    why="three numbered posts: 게시중단 완료 (removed), 임시조치 (restricted), 삭제 (removed)",
    **{"from": "jira@navercorp.com"}, name_from="NAVER 정책지원 (Jira)",
    date="Fri, 13 Sep 2024 07:12:44 +0000",
    subject="[JIRA] (KRTS-1182) [KCSC-240912-04] 게시물 게시중단 요청 - 처리 결과 안내",
    body=f"""
KRTS-1182 에 댓글이 추가되었습니다.

담당자: 정하윤 (네이버 정책지원팀)
상태: 해결됨

안녕하세요, 네이버 정책지원팀입니다.
방송통신심의위원회에서 요청하신 KCSC-240912-04 건에 대해 아래와 같이
조치하였음을 알려드립니다.

1. {NL1}
   → 게시중단 처리 완료
2. {NL2}
   → 임시조치(30일) 적용
3. {NC1}
   → 카페 운영원칙 위반으로 삭제

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.

---
이 메일은 Jira Service Management에서 발송되었습니다. 회신하시면 요청에 댓글로 추가됩니다.
""",
    items={NL1: "removed", NL2: "restricted", NC1: "removed"},
)

case(
    name="naver-followup-remaining-two",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same thread answering the items left open, over the platform's own quoted earlier reply",
    why="cafe post already deleted by its author (not_found); blog post refused for no violation; quoted earlier results do not count",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Thu, 19 Sep 2024 02:05:33 +0000",
    subject="Re: [KCSC-240912-04] 게시물 게시중단 요청 - 추가 안내",
    reply_to_req="req-240912-04",
    body=f"""
안녕하세요, 네이버 정책지원팀 정하윤입니다.

지난번 회신에서 안내드리지 못한 나머지 2건에 대한 결과를 알려드립니다.

- {NC2} : 확인 결과 작성자가 이미 삭제한 게시물로, 별도로 조치할 대상이 없습니다.
- {NS} : 검토하였으나 서비스 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시중단 조치를 하지 않았습니다.

추가로 문의하실 사항이 있으시면 이 메일에 회신해 주세요.

감사합니다.
네이버 정책지원팀 드림

2024년 9월 13일 (금) 오후 4:12, NAVER 정책지원팀 <policy@navercorp.com>님이 작성:
{quoted(f'''안녕하세요, 네이버 정책지원팀입니다.
KCSC-240912-04 건에 대해 아래와 같이 조치하였습니다.
1. {NL1} → 게시중단 처리 완료
2. {NL2} → 임시조치(30일) 적용
3. {NC1} → 삭제''')}
""",
    items={NC2: "not_found", NS: "rejected", NL1: "pending", NL2: "pending", NC1: "pending"},
)

case(
    name="x-reply-to-reminder-outlook",
    outcome="applied", classification="confirmation",
    imitates="legal team reply to the regulator's overdue reminder, Outlook '-----Original Message-----' quoting",
    why="URL on one line, decision on the next: minto_reels removed, ssol_archive_kr no action; the reminder's list is quoted",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 16:22:05 +0000",
    subject="RE: Reminder: KCSC-240905-02 - response overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-02.1@kcsc.example>"],
    body=f"""
Hi KCSC team,

Apologies for the delay on this one. Our findings for the two posts still
open:

{XM}
Removed: violation of the X Rules on illegal goods and services.

{XS}
No action: we reviewed this post and did not find a violation of the X
Rules, and it has not been withheld.

Regards,
Dana
X Legal - Global Government Requests

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 6:00 PM
To: legal@x.com
Subject: Reminder: KCSC-240905-02 - response overdue

Dear X Legal,

Our request KCSC-240905-02 of 5 September 2024 is past its deadline. The
following items have no reported outcome yet:

{XH1}
{XH2}
{XM}
{XS}

Please let us know the status of each item.
""",
    items={XM: "removed", XS: "rejected", XH1: "pending", XH2: "pending"},
)

TG_CSV = f"""link,decision,scope,date_utc
{G88},blocked,global,2024-09-06
{G91},blocked,global,2024-09-06
{N5530},not found,-,2024-09-06
{P46},restricted,KR,2024-09-06
"""
case(
    name="tg-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk case update with a CSV export of per-link decisions attached",
    why="CSV rows: two posts blocked globally (removed), one not found, one restricted in KR",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Sat, 07 Sep 2024 04:10:55 +0000",
    subject="Case #20417733 - outcome for KCSC-240903-01 (attachment)",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="tgcsv-7733"

--tgcsv-7733
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the links from your report
KCSC-240903-01 that were assigned to case #20417733. Decisions are final
unless new information is provided.

Telegram Abuse Team

--tgcsv-7733
Content-Type: text/csv; charset=utf-8; name="case-20417733.csv"
Content-Disposition: attachment; filename="case-20417733.csv"
Content-Transfer-Encoding: base64

{base64.b64encode(TG_CSV.encode()).decode()}

--tgcsv-7733--
""",
    items={G88: "removed", G91: "removed", N5530: "not_found", P46: "restricted"},
)

case(
    name="tg-html-table-portal",
    outcome="applied", classification="confirmation",
    imitates="moderation portal HTML notification with a decisions table and links to the terms of service",
    why="table rows: two posts taken down, velvet_dock post stays up (no violation); ToS link is not an item",
    **{"from": "noreply@telegram.org"}, name_from="Telegram Moderation",
    date="Sun, 08 Sep 2024 13:27:40 +0000",
    subject="[Case #20417790] Moderation decisions (KCSC-240903-01)",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Our moderators have reached a decision on the following links from your
report <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Link</th><th>Decision</th><th>Note</th></tr>
<tr><td><a href="{P47}">{P47}</a></td><td>Taken down</td><td>ToS 8.3</td></tr>
<tr><td><a href="{V3009}">{V3009}</a></td><td>No violation found</td><td>Content remains available</td></tr>
<tr><td><a href="{A1402}">{A1402}</a></td><td>Taken down</td><td>ToS 8.3</td></tr>
</table>
<p>You can read our Terms of Service at <a href="https://telegram.org/tos">https://telegram.org/tos</a>.</p>
<p>Telegram Moderation</p>
</body></html>
""",
    items={P47: "removed", V3009: "rejected", A1402: "removed"},
)

case(
    name="discord-solved-invite",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-based trust-and-safety 'request solved' email about a reported server",
    why="server behind the named invite removed; the message link is only said to be still under review",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 19 Sep 2024 10:11:02 +0000",
    subject="[Discord] Re: KCSC-240917-05 - Request #3391822 solved",
    reply_to_req="req-240917-05",
    body=f"""
##- Please type your reply above this line -##

Your request (#3391822) has been solved. Reply to this email to reopen it.

Rowan (Discord Trust & Safety)
Sep 19, 2024, 03:11 PDT

Hi there,

Thanks for your report. We've investigated the server behind the invite
{DI} and have removed it from Discord for violating our Community
Guidelines. The invite no longer works.

We're still reviewing the message link in your report and will update you
separately.

Rowan
Discord Trust & Safety

This email is a service from Discord Trust & Safety.
""",
    items={DI: "removed"},
)

case(
    name="discord-bulleted-both",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety outcome email with one bullet per reported link",
    why="server shut down (removed); message no longer exists (not_found)",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 20 Sep 2024 18:45:30 +0000",
    subject="Re: [KCSC-240917-05] Report outcome (#3391822)",
    reply_to_req="req-240917-05",
    body=f"""
Hello,

Here's where things stand on the two links you reported under
KCSC-240917-05:

\u2022 Server invite {DI}: the server has been shut down and its owner's
  account disabled.
\u2022 Message {DM}: this message no longer exists on Discord, so there was
  nothing for us to action.

If you have any further questions, just reply to this email.

Discord Trust & Safety
""",
    items={DI: "removed", DM: "not_found"},
)

case(
    name="kakao-cs-answer-korean-particle",
    outcome="applied", classification="confirmation",
    imitates="Korean portal customer-centre answer email (블라인드 처리, 임시조치 안내)",
    why="Daum cafe post 블라인드 (removed), URL followed directly by a particle; Tistory post 임시조치 (restricted); third left open",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 20 Sep 2024 06:30:18 +0000",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240919-06)",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 시정요구(KCSC-240919-06)와 관련하여
처리 결과를 안내드립니다.

다음 카페 게시물 {KC}은 운영정책 위반이 확인되어 블라인드 처리되었습니다.

티스토리 게시물 {KT_RAW} 은 정보통신망법에 따라 임시조치(30일)되었습니다.

나머지 1건은 검토가 완료되는 대로 다시 안내드리겠습니다.

문의번호: 240920-001845
※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터(https://cs.kakao.com)를 이용해 주세요.
""",
    items={KC: "removed", KT: "restricted"},
)

KT_QP_BODY = f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 티스토리 게시물 2건의 처리 결과를 알려드립니다.

■ {KT}
  - 처리 결과: 운영자 삭제

■ {K57}
  - 처리 결과: 해당 게시물이 존재하지 않습니다(블로그 운영자가 이미 삭제함).

감사합니다.
티스토리 운영팀
"""
case(
    name="kakao-tistory-qp",
    outcome="applied", classification="confirmation",
    imitates="blog service operations team reply, quoted-printable Korean text",
    why="slug post 운영자 삭제 (removed); /57 does not exist, deleted by the blogger (not_found)",
    **{"from": "tistory-help@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Mon, 23 Sep 2024 01:55:47 +0000",
    subject="Re: [KCSC-240919-06] 티스토리 게시물 처리 결과",
    reply_to_req="req-240919-06",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(KT_QP_BODY)}
""",
    items={KT: "removed", K57: "not_found"},
)

case(
    name="reddit-solved-no-url",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' reply from a forum's safety team naming the request but not the URL",
    why="one-item request: 'the content identified in your request ... removed' applies to its only item",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Safety",
    date="Fri, 27 Sep 2024 02:04:19 +0000",
    subject="[Reddit] Your request has been solved - KCSC-240924-07 [#88120455]",
    reply_to_req="req-240924-07",
    body="""
##- Please type your reply above this line -##

Your request (88120455) has been solved. If you have further questions,
reply to this email to reopen it.

Reddit Safety Team
Sep 26, 2024, 19:04 PDT

Hello,

Thank you for contacting Reddit. We have reviewed the content identified in
your request KCSC-240924-07 and removed it from Reddit for violating our
Content Policy.

For more on how Reddit handles government requests, see our Transparency
Report: https://www.redditinc.com/policies/transparency-report

Best,
Reddit Safety
""",
    items={RD: "removed"},
)

case(
    name="reddit-base64-angle-wrapped",
    outcome="applied", classification="confirmation",
    imitates="legal operations follow-up, base64 body, long URL wrapped inside angle brackets (RFC 3986 app. C style)",
    why="the wrapped <...> URL is the requested post and it was removed by admins",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    date="Sat, 28 Sep 2024 17:40:00 +0000",
    subject="Re: ticket #88120455 (your ref. KCSC-240924-07)",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''Hi,

Following up on ticket #88120455 (your ref. KCSC-240924-07).

The post <https://www.reddit.com/r/tidewatchers/comments/1fk3x9q/
weekly_drop_thread/> has been removed by Reddit admins and is no longer
viewable to anyone.

Regards,
Jess
Reddit Legal Operations
''')}
""",
    items={RD: "removed"},
)

case(
    name="yt-text-table",
    outcome="applied", classification="confirmation",
    imitates="legal removal request update with a plain-text URL | outcome table",
    why="table rows: blocked in South Korea (restricted), no action (rejected), removed",
    **{"from": "noreply-legal@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 08:02:11 +0000",
    subject="Legal Removal Request Update - [7-3344000012345] KCSC-240910-03",
    body=f"""
Hello,

We have completed our review of your request. Please see the outcome for
each URL below.

URL                                          | Outcome
---------------------------------------------+------------------------------------
{YQ}  | Blocked in South Korea (local law)
{YB}  | No action taken - not in violation
{YV}   | Removed - Community Guidelines

If you have questions about this outcome, reply to this email quoting the
case number above.

Regards,
The YouTube Legal Team
""",
    items={YQ: "restricted", YB: "rejected", YV: "removed"},
)

case(
    name="yt-url-next-line",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety follow-up with each statement followed by its URL on the next line",
    why="one video age-restricted (restricted); the Short's link is invalid (not_found)",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Wed, 18 Sep 2024 03:19:27 +0000",
    subject="Re: KCSC-240910-03 [7-3344000012345] follow-up",
    body=f"""
Hello,

Thanks for your patience. In response to your follow-up:

The following video has been age-restricted and can now only be viewed by
signed-in users aged 18 or over:
{YB}

We could not find the following Short. The link is invalid: no video exists
under this ID.
{YV}

Best regards,
YouTube Trust & Safety
""",
    items={YB: "restricted", YV: "not_found"},
)

case(
    name="tg-partial-four-of-twelve",
    outcome="applied", classification="confirmation",
    imitates="partial answer to the regulator's reminder, numbered, over the quoted reminder",
    why="four of twelve links answered; the rest only appear in our quoted reminder",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Wed, 11 Sep 2024 10:05:37 +0000",
    subject="Re: Reminder: KCSC-240903-01 - partial update (Case #20417733)",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>"],
    body=f"""
Hello,

Of the twelve links in your report we have finished four so far:

1) {V3009} - blocked for all users
2) {P46} - blocked for all users
3) {P47} - not found (that message ID does not exist in the channel)
4) {G91} - no violation of Telegram's Terms of Service; left in place

The remaining eight links are still in the queue. We will write again in
this thread once they are done.

Telegram Abuse Team

On 10 Sep 2024, at 18:05, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(TG_REMINDER)}
""",
    items={V3009: "removed", P46: "removed", P47: "not_found", G91: "rejected",
           A1402: "pending", K217: "pending"},
)

case(
    name="tg-all-twelve-numbered",
    outcome="applied", classification="confirmation",
    imitates="final case outcome listing every link of a large report, with a legend of decision labels",
    why="all twelve links of the largest request get their own decision label",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Fri, 13 Sep 2024 12:44:03 +0000",
    subject="Case #20417733 - final outcome (KCSC-240903-01)",
    body=f"""
Hello,

Our review of your report KCSC-240903-01 is complete. The decisions are
listed below.

Legend: Blocked = removed from Telegram for all users; Restricted (KR) =
not viewable by users in the Republic of Korea; No violation = remains
available; Not found = the link does not lead to existing content.

 1. {A1402} - Blocked
 2. {A1405} - Blocked
 3. {A1411} - Restricted (KR)
 4. {G88} - Blocked
 5. {G91} - No violation
 6. {N5530} - Not found
 7. {K217} - Blocked
 8. {K219} - Not found
 9. {K224} - No violation
10. {P46} - Restricted (KR)
11. {P47} - Blocked
12. {V3009} - Blocked

This case is now closed. Replies to this email will reopen it.

Telegram Abuse Team
""",
    items={A1402: "removed", A1405: "removed", A1411: "restricted", G88: "removed",
           G91: "rejected", N5530: "not_found", K217: "removed", K219: "not_found",
           K224: "rejected", P46: "restricted", P47: "removed", V3009: "removed"},
)

case(
    name="x-account-suspended-prose",
    outcome="applied", classification="confirmation",
    imitates="legal team prose reply: account suspension, one post withheld in country, one still under review",
    why="named harbor post unavailable after suspension (removed); minto withheld in KR (restricted); ssol under review (pending)",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 20:13:51 +0000",
    subject="X Case 0912-KR-55123 / KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

We write regarding your request KCSC-240905-02.

The account @harbor_crane77 has been permanently suspended for violating
the X Rules. As a result, the post {XH2} is no longer available on X.

We have withheld the post {XM} in the Republic of Korea in response to your
request. The post {XS} remains under review.

Regards,
X Legal
""",
    items={XH2: "removed", XM: "restricted", XS: "pending"},
)

case(
    name="discord-reply-to-reminder",
    outcome="applied", classification="confirmation",
    imitates="agent reply to the regulator's reminder, URL on its own line mid-sentence, '>' quoted reminder",
    why="the message was deleted (removed); the invite is only said to have been 'handled earlier' (no status)",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 25 Sep 2024 00:32:14 +0000",
    subject="Re: Reminder: KCSC-240917-05 awaiting response",
    extra_headers=["In-Reply-To: <reminder.KCSC-240917-05.1@kcsc.example>"],
    body=f"""
Hello,

Thanks for the nudge, and sorry for the wait. The message at
{DM}
has been deleted by our team, and the account that posted it has been
disabled.

The server invite from the same report was handled earlier in this ticket
(#3391822).

Best regards,
Sam
Discord Trust & Safety

On Tue, Sep 24, 2024 at 6:00 PM, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(f'''Dear Discord Trust & Safety,
Request KCSC-240917-05 is overdue. Items without an outcome:
{DI}
{DM}''')}
""",
    items={DM: "removed", DI: "pending"},
)

case(
    name="tg-freshdesk-status-resolved",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket status changed to Resolved' notification quoting the agent's note",
    why="agent note: velvet_dock post deleted (removed); grey_orchard/88 restricted in South Korea; portal link is not an item",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Mon, 09 Sep 2024 15:58:00 +0000",
    subject="Ticket #T-771204 status changed to Resolved",
    body=f"""
Dear KCSC Takedown,

The status of your ticket #T-771204 "KCSC-240903-01 / velvet_dock,
grey_orchard" has been changed to Resolved.

Latest note from our agent:

  {V3009} was deleted. {G88} is now restricted and cannot be opened by
  users in South Korea.

You can view the ticket at any time in the portal:
https://support.telegram.org/helpdesk/tickets/771204

Telegram Support
""",
    items={V3009: "removed", G88: "restricted"},
)

case(
    name="naver-solved-survey-links",
    outcome="applied", classification="confirmation",
    imitates="Korean portal help-centre HTML 'answer completed' email with satisfaction survey and policy links",
    why="blog post 비공개 처리 (removed); survey and policy links are not items",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Sat, 14 Sep 2024 03:21:09 +0000",
    subject="[네이버 고객센터] 문의 답변 완료 안내 (KCSC-240912-04)",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>문의하신 블로그 게시물에 대한 처리 결과를 안내드립니다.</p>
<p><a href="{NS}">{NS}</a><br>
&rarr; 게시자에게 통보 후 비공개 처리되었습니다.</p>
<p>답변이 도움이 되셨나요? <a href="https://help.naver.com/survey?ticket=KR240914-0082">만족도 평가하기</a></p>
<p>운영정책 보기: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p style="color:#888">본 메일은 발신전용입니다.</p>
</body></html>
""",
    items={NS: "removed"},
)

case(
    name="kakao-echoed-report",
    outcome="applied", classification="confirmation",
    imitates="Korean cafe service report-result notice that echoes the report fields then gives 처리 결과",
    why="echoed report names the cafe post; 처리 내용 게시중단(게시물 삭제): removed",
    **{"from": "cafe-cs@daum.net"}, name_from="Daum 카페 운영팀",
    date="Fri, 20 Sep 2024 05:40:26 +0000",
    subject="[Daum 카페] 신고 처리 결과 안내",
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

접수하신 신고에 대한 처리 결과를 아래와 같이 알려드립니다.

[신고 접수 내용]
- 접수번호: KCSC-240919-06
- 신고 대상: {KC}
- 신고 사유: 불법 정보 유통(정보통신망법 제44조의7)
- 접수 일시: 2024-09-19 10:00

[처리 결과]
- 처리 내용: 게시중단(게시물 삭제)
- 처리 일시: 2024-09-20 14:32

Daum 카페 운영팀 드림
""",
    items={KC: "removed"},
)

case(
    name="naver-outlook-top-posted-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="employee reply top-posted over Outlook-quoted request, circled numbers and full-width colons after URLs",
    why="48211 게시중단 완료 (removed); 48230 작성자 삭제, does not exist (not_found); blog posts only in our quote",
    **{"from": "hayun.jung@navercorp.com"}, name_from="정하윤",
    date="Wed, 18 Sep 2024 09:14:50 +0000",
    subject="RE: [KCSC-240912-04] 게시중단 요청",
    reply_to_req="req-240912-04",
    body=f"""
안녕하세요, 네이버 정책지원팀 정하윤입니다.

요청하신 카페 게시물 2건의 처리 결과입니다.

① {NC1}：카페 운영원칙 위반으로 게시중단 완료
② {NC2}：작성자 삭제로 존재하지 않는 게시물입니다.

블로그 게시물 3건은 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 11:00 AM
To: policy@navercorp.com
Subject: [KCSC-240912-04] 게시중단 요청

아래 게시물에 대한 게시중단을 요청합니다.

{NL1}
{NL2}
{NC1}
{NC2}
{NS}

방송통신심의위원회
""",
    items={NC1: "removed", NC2: "not_found", NL1: "pending", NL2: "pending", NS: "pending"},
)

case(
    name="x-helpscout-correction-followup",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style reopened conversation correcting an earlier reply (removed -> withheld in country)",
    why="correction: the post was not removed globally, it is withheld in South Korea only: restricted",
    **{"from": "legal@x.com"}, name_from="Dana at X Legal",
    date="Wed, 11 Sep 2024 09:26:33 +0000",
    subject="Re: KCSC-240905-02 - correction to our previous reply",
    reply_to_req="req-240905-02",
    body=f"""
Hi,

I'm reopening this conversation to correct something in my previous
message. I wrote that {XH1} had been removed. That was a mistake on my
part: the post has not been removed globally, it is withheld in South Korea
only.

Apologies for the confusion.

Dana
X Legal

Conversation #44120 \u00b7 X Legal Support
""",
    items={XH1: "restricted"},
)

# ================================================================ REVIEW

case(
    name="tg-escalated-promise",
    outcome="review", review="not_understood",
    imitates="ticket update saying the report was escalated and content 'will be removed if' confirmed",
    why="a conditional promise about two named links, no outcome",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Wed, 04 Sep 2024 14:51:08 +0000",
    subject="Re: KCSC-240903-01 [Case #20417733] escalated",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Your report about {N5530} and {K224} has been escalated to our senior
moderation team. If the content is confirmed to breach our Terms of
Service, it will be removed and we will notify you in this thread.

Telegram Abuse Team
""",
    items=pending(N5530, K224),
)

case(
    name="x-hedge-appears-deleted",
    outcome="review", review="not_understood",
    imitates="agent follow-up hedging that a post 'appears to have been deleted', pending internal confirmation",
    why="hedge plus promise to confirm: not a statement",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 11:40:44 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Following up on KCSC-240905-02. When we checked {XS} today, it appears to
have been deleted, possibly by the account holder. We are confirming this
with our internal tools and will let you know.

Best,
X Legal
""",
    items=pending(XS),
)

case(
    name="yt-solved-bulk",
    outcome="review", review="bulk",
    imitates="'your request has been resolved' email stating everything was removed without naming URLs",
    why="three-item request, one collective statement",
    **{"from": "noreply-legal@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 02:02:02 +0000",
    subject="Your request has been resolved [7-3344000012345] KCSC-240910-03",
    body="""
Hello,

Thank you for your legal request KCSC-240910-03.

All of the content listed in your request has been removed from YouTube.
This request is now resolved.

Sincerely,
The YouTube Legal Team
""",
    items=pending(*YT_ALL),
)

case(
    name="tg-bulk-all-blocked",
    outcome="review", review="bulk",
    imitates="short closing note from an abuse desk covering a whole multi-link report",
    why="twelve-item request, 'all channels and messages ... blocked' names none of them",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Sat, 14 Sep 2024 08:08:08 +0000",
    subject="Case #20417733 closed",
    reply_to_req="req-240903-01",
    body="""
Hello,

All channels and messages listed in your report KCSC-240903-01 have been
blocked. Thank you for helping keep Telegram safe.

This case is now closed.

Telegram Abuse Team
""",
    items=pending(*TG_ALL),
)

case(
    name="x-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="result email from the platform's domain that fails DKIM/SPF/DMARC",
    why="states two posts removed but the sender domain fails authentication",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Tue, 10 Sep 2024 03:33:12 +0000",
    subject="Re: KCSC-240905-02 - completed",
    body=f"""
Hello,

Both posts by @harbor_crane77 have been removed:
{XH1}
{XH2}

Regards,
X Legal
""",
    items=pending(XH1, XH2),
)

case(
    name="discord-zendesk-host-domain",
    outcome="review", review="unknown_sender",
    imitates="ticket-system notification sent from the vendor's hosted subdomain instead of the platform's own domain",
    why="sender domain (zendesk.com) is not any configured platform's",
    **{"from": "support@discordapp.zendesk.com"}, name_from="Discord Support",
    date="Thu, 19 Sep 2024 09:59:10 +0000",
    subject="[Discord Support] Request #3391822: KCSC-240917-05",
    body=f"""
##- Please type your reply above this line -##

Support Agent (Discord Support)
Sep 19, 2024, 02:58 PDT

Hello,

We've taken down the server reached through {DI}.

Discord Support
""",
    items=pending(DI),
)

case(
    name="kakao-says-naver-link",
    outcome="review", review="wrong_platform",
    imitates="customer-centre answer saying a link belongs to another portal's service",
    why="Kakao speaks about a NAVER cafe item (not on its service): not its item",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 00:45:37 +0000",
    subject="[카카오 고객센터] 문의 답변 (KCSC-240912-04)",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

문의하신 {NC2} 은 Daum 카페가 아닌 네이버 카페의 게시물로, 당사 서비스에서는
확인되지 않는 게시물입니다. 해당 게시물은 네이버 측에 문의해 주시기 바랍니다.

감사합니다.
""",
    items=pending(NC2),
)

case(
    name="naver-asks-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal asking for supporting documents (심의 의결서) before deciding on 게시중단",
    why="asks for more material about a named post; no outcome",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 13 Sep 2024 08:30:00 +0000",
    subject="Re: [KCSC-240912-04] 자료 요청",
    reply_to_req="req-240912-04",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 {NL2} 에 대해 게시중단 여부를 판단하기 위하여, 해당 게시물이
불법정보에 해당한다는 근거 자료(심의 의결서 등)를 추가로 보내주시기 바랍니다.

자료가 확인되는 대로 신속히 처리하겠습니다.

감사합니다.
""",
    items=pending(NL2),
)

case(
    name="tg-csat-survey",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a solved ticket",
    why="trusted platform mail naming no item and no request reference",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Tue, 10 Sep 2024 11:00:00 +0000",
    subject="How would you rate the support you received? [#48213]",
    body="""
Hello KCSC Takedown,

We'd love to hear what you think of our support. Please take a moment to
answer one simple question by clicking one of the links below:

How would you rate the support you received?

Good, I'm satisfied
https://support.telegram.org/requests/48213/satisfaction/good

Bad, I'm unsatisfied
https://support.telegram.org/requests/48213/satisfaction/bad

Thank you for your time.
Telegram Support
""",
    items={},
)

case(
    name="naver-forwarded-internal-reply",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="employee forwarding the cafe operations team's internal answer with a one-line cover note",
    why="the statuses sit only inside the forwarded message; the sender's own text states nothing",
    **{"from": "hayun.jung@navercorp.com"}, name_from="정하윤",
    date="Tue, 17 Sep 2024 05:05:05 +0000",
    subject="Fwd: [KCSC-240912-04] 카페 게시물 처리 결과",
    body=f"""
아래 카페운영팀 회신 내용 전달드립니다.

---------- Forwarded message ---------
보낸사람: 네이버 카페운영팀 <cafe-ops@navercorp.com>
Date: 2024년 9월 17일 (화) 오후 1:40
Subject: [KCSC-240912-04] 카페 게시물 처리 결과
To: 정하윤 <hayun.jung@navercorp.com>

하윤님, 요청 건 확인했습니다.
{NC1} - 게시중단 처리했습니다.
{NC2} - 작성자가 삭제한 글이라 조치할 게 없습니다.
""",
    items=pending(NC1, NC2),
)

case(
    name="x-unmatched-other-posts",
    outcome="review", review="unmatched_claims",
    imitates="agent reply in our thread giving outcomes for posts from some other ticket",
    why="the statements are about posts that are in none of our requests",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 13:13:13 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req="req-240905-02",
    body="""
Hello,

The following posts have been withheld in South Korea:

https://x.com/lumen_dawn_kr/status/1829001122334455667
https://x.com/lumen_dawn_kr/status/1829003344556677889

Regards,
X Legal
""",
    items={},
)

case(
    name="kakao-jira-under-review",
    outcome="review", review="not_understood",
    imitates="Jira Service Management status-change notification (접수 -> 검토 중) naming the item",
    why="status 'under review' and a promise of action: no outcome for the named post",
    **{"from": "jira@kakaocorp.com"}, name_from="Kakao 정책지원 (Jira)",
    date="Fri, 20 Sep 2024 02:17:45 +0000",
    subject="[JIRA] (KPS-3307) [KCSC-240919-06] 상태 변경: 접수 → 검토 중",
    body=f"""
KPS-3307 의 상태가 변경되었습니다.

상태: 접수 → 검토 중
담당자: 정책지원 2팀

대상 게시물: {K57}

검토 결과에 따라 게시중단 등 필요한 조치를 취할 예정입니다.

---
이 메일은 Jira Service Management에서 발송되었습니다.
""",
    items=pending(K57),
)

# ================================================================ IGNORED

case(
    name="tg-zendesk-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-receipt echoing the original request as the first comment",
    why="pure receipt; the URLs are our own request echoed back",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Tue, 03 Sep 2024 01:20:44 +0000",
    subject="[Telegram] Request received: KCSC-240903-01 removal request [#48213]",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown
Sep 3, 2024, 01:20 UTC

Dear Telegram,

Under reference KCSC-240903-01 we request the removal of the following
links (first three of twelve shown):

{A1402}
{A1405}
{A1411}

Korea Communications Standards Commission

--------------------------------
This email is a service from Telegram Abuse.
""",
    items=pending(A1402, A1405, A1411),
)

case(
    name="x-freshdesk-ack",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk automatic 'we've received your request' ticket confirmation",
    why="automated receipt creating ticket #502817, no statement about items",
    **{"from": "support@x.com"}, name_from="X Legal Support",
    date="Thu, 05 Sep 2024 05:00:41 +0000",
    subject="We've received your request (Ticket #502817)",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

Thank you for contacting X Legal Support. This is an automated message to
confirm that we have received your request and created ticket #502817. A
member of our team will respond as soon as possible.

Please do not send the same request again, as this may delay our response.

Ticket summary
Subject: KCSC-240905-02 removal request
Status: Open

X Legal Support
""",
    items={},
)

case(
    name="naver-ooo-chuseok",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply during the Chuseok holidays",
    why="out-of-office reply to our request thread",
    **{"from": "hayun.jung@navercorp.com"}, name_from="정하윤",
    date="Mon, 16 Sep 2024 00:00:12 +0000",
    subject="[부재중] Re: [KCSC-240912-04] 게시중단 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 정하윤입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 주시기 바랍니다.

감사합니다.
""",
    items={},
)

DSN_REMINDER = f"""From: KCSC Takedown <takedown@kcsc.example>
To: kr-legal@discord.com
Subject: Reminder: KCSC-240917-05 awaiting response
Date: Tue, 24 Sep 2024 18:00:00 +0900
Message-ID: <reminder.KCSC-240917-05.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Discord Trust & Safety,
Request KCSC-240917-05 is overdue. Items without an outcome:
{DI}
{DM}
"""
case(
    name="dsn-discord-reminder-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) returning our reminder",
    why="a bounce of our own reminder; the URLs are in the returned message",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Tue, 24 Sep 2024 09:00:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.4R8xq1Zb"
Auto-Submitted: auto-replied

--dsn.4R8xq1Zb
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kr-legal@discord.com>: host mx.discord.com[203.0.113.44] said: 550 5.1.1
    <kr-legal@discord.com>: Recipient address rejected: User unknown

--dsn.4R8xq1Zb
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 24 Sep 2024 18:00:01 +0900

Final-Recipient: rfc822; kr-legal@discord.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.discord.com
Diagnostic-Code: smtp; 550 5.1.1 <kr-legal@discord.com>: Recipient address
    rejected: User unknown

--dsn.4R8xq1Zb
Content-Type: message/rfc822

{DSN_REMINDER}
--dsn.4R8xq1Zb--
""",
    items=pending(DI, DM),
)

case(
    name="kakao-mdn-read",
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (read receipt) from a portal employee's mail client",
    why="read receipt for our request",
    **{"from": "jihoon.park@kakaocorp.com"}, name_from="박지훈",
    date="Thu, 19 Sep 2024 02:14:33 +0000",
    subject="읽음: [KCSC-240919-06] 시정요구 (게시물 삭제)",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-31f9"

--mdn-31f9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.

받는사람: 박지훈 <jihoon.park@kakaocorp.com>
제목: [KCSC-240919-06] 시정요구 (게시물 삭제)
읽은 시간: 2024-09-19 11:14 (KST)

--mdn-31f9
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Webmail
Final-Recipient: rfc822; jihoon.park@kakaocorp.com
Original-Message-ID: <req-240919-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-31f9--
""",
    items={},
)

case(
    name="naver-jira-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'your request has been received' notification in Korean",
    why="pure receipt with a portal link; no statement about items",
    **{"from": "jira@navercorp.com"}, name_from="NAVER 정책지원 (Jira)",
    date="Thu, 12 Sep 2024 02:01:30 +0000",
    subject="[JIRA] (KRTS-1182) 요청이 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
요청이 접수되었습니다.

요청 번호: KRTS-1182
요약: [KCSC-240912-04] 게시물 게시중단 요청
상태: 접수

담당자가 내용을 확인한 후 회신드리겠습니다.
요청 현황 보기: https://support.navercorp.com/servicedesk/customer/portal/3/KRTS-1182

---
이 메일은 Jira Service Management에서 발송되었습니다.
""",
    items={},
)

case(
    name="yt-ooo-reminder",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook-style 'Automatic reply' out-of-office answer to our reminder",
    why="out-of-office auto-reply",
    **{"from": "minji.seo@google.com"}, name_from="Minji Seo",
    date="Wed, 18 Sep 2024 09:00:31 +0000",
    subject="Automatic reply: Reminder: KCSC-240910-03 overdue",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hello,

I'm out of the office until Monday 23 September with limited access to
email. For urgent legal removal requests, please use the legal help centre
webform; my colleagues monitor it daily.

Thanks,
Minji
""",
    items={},
)

HEADER = """# Blind set 926 (focus: ticket systems and threads). Written from each
# email's meaning before the reader was ever run on it; see NOTES.md.
# Generated by make.py: do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind926", HEADER, cases)
    n = {}
    for c in cases:
        n[c["outcome"]] = n.get(c["outcome"], 0) + 1
    print(len(cases), "cases", n)
