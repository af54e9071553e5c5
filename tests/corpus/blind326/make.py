#!/usr/bin/env python3
"""Blind set 326: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; expected results were written from each email's meaning alone,
before the reader was run on it.

    python3 tests/corpus/blind326/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --- requests -------------------------------------------------------------

X1 = "https://x.com/lunar_dock_77/status/1829104455012300001"
X2 = "https://x.com/lunar_dock_77/status/1829104455012300002"
X3 = "https://x.com/amber_kiosk/status/1829221190034400017"
X4 = "https://x.com/amber_kiosk/status/1829221190034400018"
X5 = "https://x.com/tidepool_market/status/1829350011122200450"
X6 = "https://x.com/tidepool_market"
X7 = "https://x.com/quietgrove_kr/status/1829417700098800123"
X8 = "https://x.com/quietgrove_kr/status/1829417700098800124"
X9 = "https://x.com/velvet_ledger9/status/1829500123400011111"
X10 = "https://x.com/velvet_ledger9/status/1829500123400011112"
X11 = "https://x.com/cobalt_nest/status/1829611188800077001"
X12 = "https://x.com/orchid_relay/status/1829700400500600701"
XS = "https://x.com/nightowl_bazaar/status/1832400500600700800"

T1 = "https://t.me/harbor_lights_chat/4412"
T2 = "https://t.me/harbor_lights_chat/4419"
T3 = "https://t.me/greyfinch_deals"
T4 = "https://t.me/moonwell_board/88"

Y1 = "https://www.youtube.com/watch?v=Qm7rT2xLp0a"
Y2 = "https://www.youtube.com/watch?v=Zx4Kd9WbN1e"
Y3 = "https://www.youtube.com/@paperlantern_tv"

N1 = "https://blog.naver.com/sunny_orchard/223561000111"
N2 = "https://blog.naver.com/sunny_orchard/223561000245"
N3 = "https://cafe.naver.com/maplestreet/5521"
N4 = "https://cafe.naver.com/maplestreet/5530"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334"

D1 = "https://discord.gg/hollowbay3"
D2 = "https://discord.com/channels/1102233445566778899/1102233445566778900/1281234567890123456"

K1 = "https://cafe.daum.net/bluepine/AbCd/318"
K2 = "https://yellowhouse-notes.tistory.com/142"
K3_RAW = "https://yellowhouse-notes.tistory.com/entry/무료-쿠폰-배포"
K3 = "https://yellowhouse-notes.tistory.com" + quote("/entry/무료-쿠폰-배포")

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240902-01", "x", "2024-09-02T10:05:00+09:00", "2024-09-09", "gambling",
     "largest request; ticket #4821733 at X", [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]),
    ("KCSC-240903-02", "telegram", "2024-09-03T14:20:00+09:00", "2024-09-10", "drugs",
     "Telegram case numbers", [T1, T2, T3, T4]),
    ("KCSC-240904-03", "youtube", "2024-09-04T11:02:00+09:00", "2024-09-11", "fraud",
     "two videos and a channel", [Y1, Y2, Y3]),
    ("KCSC-240905-04", "naver", "2024-09-05T09:30:00+09:00", "2024-09-12", "obscenity",
     "blog, cafe and 지식iN", [N1, N2, N3, N4, N5]),
    ("KCSC-240906-05", "discord", "2024-09-06T16:45:00+09:00", "2024-09-13", "drugs",
     "invite and message link", [D1, D2]),
    ("KCSC-240909-06", "kakao", "2024-09-09T10:10:00+09:00", "2024-09-16", "fraud",
     "Daum cafe and Tistory; one Korean path", [K1, K2, K3]),
    ("KCSC-240910-07", "x", "2024-09-10T13:00:00+09:00", "2024-09-17", "gambling",
     "one item", [XS]),
]


def req_mid(ref):
    return f"request.{ref}.1@kcsc.example"


def thread(ref):
    """reply_to_req value: corpuslib adds '@kcsc.example'."""
    return f"request.{ref}.1"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref), note])


# --- MIME helpers -----------------------------------------------------------

def qp_plain(text):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def b64_plain(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text.strip("\n") + "\n"))


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# =========================== applied ======================================

case(
    name="x-zendesk-update-numbered",
    from_="support@x.com", name_from="X Support",
    date="Tue, 10 Sep 2024 15:14:02 +0900",
    subject="[X Support] Update on request #4821733 (KCSC-240902-01)",
    reply_to_req=thread("KCSC-240902-01"),
    body=f"""
{ZD_LINE}

Your request (4821733) has been updated. To add additional comments, reply to this email.

Hana (X Safety)
Sep 10, 2024, 15:12 GMT+9

Hello,

Thank you for your report on behalf of the Korea Communications Standards
Commission (your reference KCSC-240902-01). We have finished reviewing the
first four posts:

1. {X1} - removed for violating the X Rules.
2. {X2} - removed for violating the X Rules.
3. {X3} - withheld in South Korea in response to your legal demand; it remains viewable in other countries.
4. {X4} - we found no violation of the X Rules or of local law. This post stays up.

The other posts in your request are still with our team and this ticket
stays open until we have outcomes for them.

Regards,
Hana
X Safety

--------------------------------
This email is a service from X Support.
[R9KQ2W-4D7E]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been updated' notification carrying an agent's numbered outcome list",
    why="four posts named with their outcomes: two removed, one withheld in KR, one no violation",
    items={X1: "removed", X2: "removed", X3: "restricted", X4: "rejected"},
)

case(
    name="x-agent-gmail-followup-quoted",
    from_="hseo@x.com", name_from="Hana Seo",
    date="Thu, 12 Sep 2024 11:03:40 +0900",
    subject="Re: [X Support] Update on request #4821733 (KCSC-240902-01)",
    reply_to_req=thread("KCSC-240902-01"),
    body=f"""
Hello again,

Here is where the next four posts from KCSC-240902-01 stand:

{X5}
Removed under our Hateful Conduct policy.

{X6}
Account permanently suspended.

{X7}
We could not find this post; it no longer exists on X.

{X8}
Withheld in South Korea.

Best,
Hana

On Tue, Sep 10, 2024 at 3:14 PM X Support <support@x.com> wrote:
> Hello,
>
> Thank you for your report on behalf of the Korea Communications Standards
> Commission (your reference KCSC-240902-01). We have finished reviewing the
> first four posts:
>
> 1. {X1} - removed for violating the X Rules.
> 2. {X2} - removed for violating the X Rules.
> 3. {X3} - withheld in South Korea in response to your legal demand.
> 4. {X4} - we found no violation. This post stays up.
""",
    outcome="applied", classification="confirmation",
    imitates="support agent's personal follow-up from a mail client, Gmail-quoting the earlier ticket update",
    why="four new posts stated (URL line, status line below); the four in the '>' quote are not new statements",
    items={X5: "removed", X6: "removed", X7: "not_found", X8: "restricted"},
)

case(
    name="x-reply-to-reminder-outlook",
    from_="legal-ops@x.com", name_from="X Legal Operations",
    date="Mon, 16 Sep 2024 10:41:17 +0900",
    subject="RE: Reminder: KCSC-240902-01 - 4 items without outcome",
    extra_headers=[
        "In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>",
        "References: <request.KCSC-240902-01.1@kcsc.example> <reminder.KCSC-240902-01.1@kcsc.example>",
    ],
    body=f"""
Hi KCSC team,

Sorry this one slipped through. Both posts by @velvet_ledger9 have now been
removed:
{X9}
{X10}

We still owe you an answer on the other two and will come back on those
separately.

Jun
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: legal@x.com
Subject: Reminder: KCSC-240902-01 - 4 items without outcome

The following items of request KCSC-240902-01 (sent 2 September 2024, due
9 September 2024) have no recorded outcome yet:

{X9}
{X10}
{X11}
{X12}

Please tell us what action was taken on each of them.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply to a regulator's reminder, original below '-----Original Message-----'",
    why="the author's own lines name the two velvet_ledger9 posts as removed; the other two stay pending",
    items={X9: "removed", X10: "removed"},
)

case(
    name="x-html-outcome-table",
    from_="support@x.com", name_from="X Support",
    date="Fri, 13 Sep 2024 17:22:09 +0900",
    subject="[X Support] Outcome of your report - request #4821733",
    reply_to_req=thread("KCSC-240902-01"),
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p style="color:#999">{ZD_LINE}</p>
<p>Hello,</p>
<p>We have reviewed more of the posts from your report (KCSC-240902-01). The outcome for each is below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th><th>Notes</th></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>Withheld in: KR</td><td>Local law (Korea)</td></tr>
<tr><td><a href="{X12}">{X12}</a></td><td>Removed</td><td>Illegal or certain regulated goods</td></tr>
<tr><td><a href="{X4}">{X4}</a></td><td>No action</td><td>No violation of the X Rules found</td></tr>
</table>
<p>You can read about country-withheld content at <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">help.x.com</a>.</p>
<p>Thanks,<br>X Safety</p>
<p style="color:#999;font-size:11px">This email is a service from X Support. [R9KQ2W-4D7E]</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML ticket comment with a per-URL outcome table",
    why="table rows: withheld in KR, removed, no action (no violation)",
    items={X11: "restricted", X12: "removed", X4: "rejected"},
)

case(
    name="x-single-item-solved-no-url",
    from_="support@x.com", name_from="X Support",
    date="Thu, 12 Sep 2024 09:58:31 +0900",
    subject="[X Support] Request #4890021 has been solved (KCSC-240910-07)",
    reply_to_req=thread("KCSC-240910-07"),
    body=f"""
{ZD_LINE}

Your request (4890021) has been solved. If you feel the request was not
resolved, reply to this email within 7 days to reopen it.

Daniel (X Safety)
Sep 12, 2024, 09:57 GMT+9

Hi,

Following our review, the post you reported has been removed for violating
our Violent Speech policy:
https://help.x.com/en/rules-and-policies/violent-speech

Thanks for bringing it to our attention.

Daniel
X Safety

--------------------------------
This email is a service from X Support.
[V2PL8M-0K1A]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been solved' notification for a one-post report",
    why="one-item request named by reference; 'the post you reported has been removed'; the help link is no item",
    items={XS: "removed"},
)

case(
    name="tg-case-bulleted-outcomes",
    from_="dsa@telegram.org", name_from="Telegram Moderation",
    date="Wed, 11 Sep 2024 20:05:44 +0900",
    subject="Re: KCSC-240903-02 [Case #1048821]",
    reply_to_req=thread("KCSC-240903-02"),
    body=f"""
Hello,

Thank you for your report. Case #1048821.

Following our review:
- {T1} - taken down
- {T2} - taken down
- {T3} - channel made unavailable to users in South Korea
- {T4} - no violation of Telegram's Terms of Service was identified, no action taken

Regards,
Telegram Moderation Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a case number and a bulleted per-link outcome",
    why="all four links named: two taken down, one blocked for Korea, one no violation",
    items={T1: "removed", T2: "removed", T3: "restricted", T4: "rejected"},
)

case(
    name="tg-partial-interim-update",
    from_="dsa@telegram.org", name_from="Telegram Moderation",
    date="Mon, 9 Sep 2024 18:31:02 +0900",
    subject="Re: KCSC-240903-02 [Case #1048821]",
    reply_to_req=thread("KCSC-240903-02"),
    body=f"""
Hi,

An interim update on Case #1048821.

The message at {T4} does not exist: the channel has no post with that
number, so the link is invalid.

The other three links are still being looked at by the moderation team and
we will come back to you on those.

Telegram Moderation Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram interim reply answering one link and leaving the rest open",
    why="moonwell_board/88 stated not to exist; the other three are only 'being looked at' (pending)",
    items={T4: "not_found"},
)

case(
    name="yt-url-then-action-lines",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 08:16:55 +0900",
    subject="[8-2210009931] Your removal request KCSC-240904-03",
    reply_to_req=thread("KCSC-240904-03"),
    body=f"""
Hello,

Thanks for reaching out to us.

We've reviewed the content identified in your request and have taken the
following actions:

URL: {Y1}
Action: Removed globally under the YouTube Community Guidelines.

URL: {Y2}
Action: Age-restricted.

You can find more information about our policies at
https://support.google.com/youtube/answer/2802268

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-support case reply with 'URL:'/'Action:' blocks",
    why="one video removed globally, the other age-restricted; the channel is not mentioned",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="yt-channel-terminated-qp",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 13:40:21 +0900",
    subject="Re: [8-2210009931] Your removal request KCSC-240904-03",
    reply_to_req=thread("KCSC-240904-03"),
    raw_mime=qp_plain(f"""
Hi,

Following up on case [8-2210009931] \u2014 the channel {Y3} has been terminated for repeated violations of our spam, deceptive practices and scams policies. The channel and all of its videos are no longer available on YouTube.

Kind regards,
Mirae
The YouTube Team
"""),
    outcome="applied", classification="confirmation",
    imitates="Google support follow-up in the same case thread, quoted-printable body",
    why="the channel is stated terminated and no longer available",
    items={Y3: "removed"},
)

case(
    name="naver-cs-answer-arrows",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 16:20:00 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240905-04)",
    reply_to_req=thread("KCSC-240905-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 시정요구(KCSC-240905-04)에 대한 조치 결과를
아래와 같이 안내드립니다.

1) {N1}
   → 게시중단 조치 완료
2) {N2}
   → 임시조치(30일) 처리
3) {N3}
   → 블라인드 처리 완료

나머지 게시물은 확인 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

네이버 고객센터 드림
문의번호: 2024091288173
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 with numbered URLs and arrow result lines",
    why="게시중단 (removed), 임시조치 (restricted), 블라인드 (removed); the other two still being checked",
    items={N1: "removed", N2: "restricted", N3: "removed"},
)

case(
    name="naver-followup-remaining-two",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 10:05:12 +0900",
    subject="Re: [네이버 고객센터] 추가 답변 드립니다 (문의번호 2024091288173)",
    reply_to_req=thread("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.
지난번 안내드리지 못한 나머지 2건의 처리 결과를 말씀드립니다.

- 카페 게시물 {N4} : 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.
- 지식iN 답변 {N5} : 검토 결과 운영정책 위반 사항이 확인되지 않아 게시중단 요청을 받아들이지 않았습니다(게시 유지).

추가로 궁금하신 점은 이 메일에 회신해 주세요.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 follow-up answer in the same inquiry thread",
    why="cafe post already deleted by its author (not_found); 지식iN answer kept, no violation (rejected)",
    items={N4: "not_found", N5: "rejected"},
)

case(
    name="discord-zendesk-ts-bullets",
    from_="noreply@discord.com", name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 07:12:48 +0900",
    subject="[Ticket #29104477] Re: KCSC-240906-05 - Report of content",
    reply_to_req=thread("KCSC-240906-05"),
    body=f"""
{ZD_LINE}

Hi there,

Thanks for the report. After reviewing it, our Safety team took action on
both pieces of content:

\u2022 {D1} \u2013 the server behind this invite has been removed from Discord and the invite no longer works.
\u2022 {D2} \u2013 the message has been deleted and the author's account was actioned.

You can read more about our rules at https://discord.com/guidelines

Best,
Discord Trust & Safety

This email is a service from Discord Support.
Delivered by Zendesk
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk ticket reply with bullet outcomes",
    why="server removed (invite dead) and message deleted; the guidelines link is no item",
    items={D1: "removed", D2: "removed"},
)

case(
    name="kakao-cs-answer-blocks",
    from_="cs-noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 14:33:09 +0900",
    subject="[카카오 고객센터] 문의 답변 안내 (KCSC-240909-06)",
    reply_to_req=thread("KCSC-240909-06"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.
요청하신 게시물에 대한 검토 결과를 안내드립니다.

■ Daum 카페 {K1}
 - 처리 결과: 게시중단

■ 티스토리 {K2}
 - 처리 결과: 국내 접근 제한

■ 티스토리 {K3_RAW}
 - 처리 결과: 게시 유지 (운영정책 위반 사항 없음)

이용에 불편을 드려 죄송합니다.
카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 답변 with one block per post ('처리 결과:')",
    why="게시중단 (removed), 국내 접근 제한 (restricted), 게시 유지 (rejected); the Korean path is written raw",
    items={K1: "removed", K2: "restricted", K3: "rejected"},
)

case(
    name="x-csv-attachment-outcomes",
    from_="support@x.com", name_from="X Support",
    date="Fri, 13 Sep 2024 19:02:30 +0900",
    subject="[X Support] Request #4821733 - outcome file (KCSC-240902-01)",
    reply_to_req=thread("KCSC-240902-01"),
    raw_mime="""
Content-Type: multipart/mixed; boundary="==zd_4821733_part"

--==zd_4821733_part
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

""" + ZD_LINE + """

Hello,

Please find attached the outcome for the posts reviewed so far under your
reference KCSC-240902-01 (ticket #4821733). Each row gives the reported URL
and the action we took.

X Safety

--==zd_4821733_part
Content-Type: text/csv; charset=utf-8; name="4821733_outcomes.csv"
Content-Disposition: attachment; filename="4821733_outcomes.csv"
Content-Transfer-Encoding: base64

""" + b64(
        "reported_url,action,policy,actioned_at\n"
        f"{X1},Removed,Violent Speech,2024-09-10\n"
        f"{X2},Not found,,2024-09-10\n"
        f"{X5},Removed,Hateful Conduct,2024-09-11\n"
        f"{X6},Withheld in KR,Local law,2024-09-11\n"
    ) + """--==zd_4821733_part--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply with the outcomes in an attached CSV export",
    why="CSV rows: removed, not found, removed, withheld in KR",
    items={X1: "removed", X2: "not_found", X5: "removed", X6: "restricted"},
)

case(
    name="x-echoed-report-outcome",
    from_="noreply@x.com", name_from="X",
    date="Wed, 11 Sep 2024 22:47:13 +0900",
    subject="Your report has been reviewed (Report ID 1829-KR-55102)",
    body=f"""
Hello,

We have reviewed your report. Here is what you sent us:

Report ID: 1829-KR-55102
Submitted: 2 Sep 2024
Reporting on behalf of: Korea Communications Standards Commission
Your reference: KCSC-240902-01
Reported content: {X3}
Reason given: Illegal content under Korean law

Outcome: after review, we have withheld access to this post in South Korea.
It is still available in other countries.

Learn more about country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal Requests
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome notice that echoes the submitted report form",
    why="echoed report names one post; the outcome line withholds it in South Korea",
    items={X3: "restricted"},
)

case(
    name="tg-base64-blocked-everywhere",
    from_="dsa@telegram.org", name_from="Telegram DSA Team",
    date="Fri, 13 Sep 2024 03:18:27 +0900",
    subject="Re: KCSC-240903-02 [Case #1048907]",
    reply_to_req=thread("KCSC-240903-02"),
    raw_mime=b64_plain(f"""
Hello,

Regarding Case #1048907 (your reference KCSC-240903-02): the public channel
{T3} has been blocked on all Telegram apps for violating
our Terms of Service.

Telegram DSA Team
"""),
    outcome="applied", classification="confirmation",
    imitates="Telegram case reply, base64-encoded plain body",
    why="channel blocked on all apps = removed globally",
    items={T3: "removed"},
)

case(
    name="yt-top-post-over-original-message",
    from_="legal-removals@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 09:25:50 +0900",
    subject="RE: KCSC-240904-03 Removal request (3 items)",
    reply_to_req=thread("KCSC-240904-03"),
    body=f"""
Hello,

We removed {Y2} for violating our harassment policy.

We reviewed {Y1} and did not find that it violates our Community
Guidelines or local law, so it remains available.

Thanks,
YouTube Legal Support

From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:02 AM
To: legal-kr@google.com
Subject: KCSC-240904-03 Removal request (3 items)

Dear YouTube,

The Korea Communications Standards Commission requests the removal of the
following content (reference KCSC-240904-03):

{Y1}
{Y2}
{Y3}

Please reply with the action taken on each item by 11 September 2024.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above the regulator's original request header block",
    why="one video removed, one kept (no violation); the channel only appears in our quoted request",
    items={Y2: "removed", Y1: "rejected"},
)

case(
    name="naver-multipart-html-table",
    from_="noreply@navercorp.com", name_from="NAVER 게시중단 처리센터",
    date="Thu, 12 Sep 2024 18:00:03 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240905-04)",
    raw_mime="""
Content-Type: multipart/alternative; boundary="naver_alt_20240912"

--naver_alt_20240912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""요청번호 KCSC-240905-04 처리 결과

1. {N1} : 삭제
2. {N2} : 비공개 처리
3. {N4} : 국내 접근 제한

네이버 게시중단 처리센터
""") + """
--naver_alt_20240912
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""<html><body>
<p>안녕하세요. 네이버 게시중단 처리센터입니다.</p>
<p>요청번호 <b>KCSC-240905-04</b>에 대한 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td></tr>
<tr><td>2</td><td>{N2}</td><td>비공개 처리</td></tr>
<tr><td>3</td><td>{N4}</td><td>국내 접근 제한</td></tr>
</table>
<p>운영정책 안내: <a href="https://policy.naver.com/rules/service.html">policy.naver.com</a></p>
</body></html>
""") + """
--naver_alt_20240912--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 notice, multipart/alternative with base64 text and HTML table",
    why="삭제 and 비공개 처리 (removed), 국내 접근 제한 (restricted); policy link is no item",
    items={N1: "removed", N2: "removed", N4: "restricted"},
)

case(
    name="x-angle-bracket-urls",
    from_="jkang@x.com", name_from="Jiwoo Kang",
    date="Mon, 16 Sep 2024 15:50:36 +0900",
    subject="RE: KCSC-240902-01 - quietgrove_kr posts",
    reply_to_req=thread("KCSC-240902-01"),
    body=f"""
Dear KCSC,

The post <{X7}> has been removed.

The post <{X8}> was already deleted by the account holder before we
reviewed it, so there was nothing left for us to act on.

Kind regards,
Jiwoo Kang
Legal Policy, X Korea
""",
    outcome="applied", classification="confirmation",
    imitates="X staff reply from Outlook with URLs in angle brackets",
    why="one post removed, the other already deleted by its author (not_found)",
    items={X7: "removed", X8: "not_found"},
)

case(
    name="discord-reply-to-reminder-quoted",
    from_="safety@discord.com", name_from="Discord Safety",
    date="Wed, 18 Sep 2024 02:14:55 +0900",
    subject="Re: Reminder: KCSC-240906-05 - 2 items without outcome",
    extra_headers=[
        "In-Reply-To: <reminder.KCSC-240906-05.1@kcsc.example>",
        "References: <request.KCSC-240906-05.1@kcsc.example> <reminder.KCSC-240906-05.1@kcsc.example>",
    ],
    body=f"""
Hello,

Sorry for the slow reply on this ticket.

The message you reported ({D2}) was deleted by our team on 12 September.

For {D1}, we looked into the server and did not find a violation of our
Community Guidelines, so we are not taking action on it.

Discord Safety

On Mon, 16 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> The following items of request KCSC-240906-05 (due 13 September 2024)
> have no recorded outcome yet:
>
> {D1}
> {D2}
>
> Please tell us what action was taken on each.
""",
    outcome="applied", classification="confirmation",
    imitates="Discord staff reply to a regulator's reminder, reminder quoted with '>'",
    why="message deleted (removed); server found not violating (rejected)",
    items={D2: "removed", D1: "rejected"},
)

case(
    name="kakao-tistory-particles",
    from_="tistory-cs@kakaocorp.com", name_from="티스토리 고객센터",
    date="Fri, 13 Sep 2024 11:11:45 +0900",
    subject="Re: [카카오 고객센터] 문의 답변 안내 (KCSC-240909-06)",
    reply_to_req=thread("KCSC-240909-06"),
    body=f"""
안녕하세요. 티스토리 고객센터입니다.

요청하신 게시글 중 {K2}는 블라인드 처리되었습니다.

「{K3_RAW}」 게시글은 작성자가 직접 삭제하여 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory 고객센터 short Korean reply, URL with a particle and a URL in 「」",
    why="142 블라인드 (removed); the Korean-path post deleted by its author (not_found)",
    items={K2: "removed", K3: "not_found"},
)

case(
    name="x-jira-sd-comment",
    from_="jira@x.com", name_from="X Legal Service Desk",
    date="Sat, 14 Sep 2024 12:30:00 +0900",
    subject="[JIRA] (LGL-48213) KCSC-240902-01: Removal request, Korea",
    reply_to_req=thread("KCSC-240902-01"),
    body=f"""
\u2014\u2014\u2014-\u2014
Reply above this line.

Minji Park commented:

Both posts below have been withheld in South Korea (country-withheld content, local law):
- {X11}
- {X12}

View request \u00b7 Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'agent commented' customer notification",
    why="both listed posts withheld in South Korea",
    items={X11: "restricted", X12: "restricted"},
)

case(
    name="yt-helpscout-not-found",
    from_="trust-safety@youtube.com", name_from="YouTube Trust & Safety",
    date="Wed, 11 Sep 2024 10:02:19 +0900",
    subject="Re: KCSC-240904-03 [#88213]",
    reply_to_req=thread("KCSC-240904-03"),
    body=f"""
Hi there,

We were unable to locate the video at {Y1}. The ID does not correspond to
any video, public or private, on YouTube.

Best,
Sora
YouTube Trust & Safety

Conversation #88213 \u00b7 Reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style conversation reply from a trust-and-safety agent",
    why="the video cannot be located and its ID matches no video (not_found)",
    items={Y1: "not_found"},
)

case(
    name="tg-ack-phrase-plus-results",
    from_="dsa@telegram.org", name_from="Telegram Moderation",
    date="Tue, 10 Sep 2024 12:44:09 +0900",
    subject="Re: KCSC-240903-02 [Case #1049002]",
    reply_to_req=thread("KCSC-240903-02"),
    body=f"""
Hello,

We have received your report regarding KCSC-240903-02 and opened
Case #1049002.

We have already removed {T1} and {T2}.
The remaining links are being reviewed.

Telegram Moderation Team
""",
    outcome="applied", classification="confirmation",
    imitates="first agent reply that opens with a receipt line and already gives results",
    why="receipt wording plus an unhedged 'we have already removed' naming two messages",
    items={T1: "removed", T2: "removed"},
)

case(
    name="naver-receipt-plus-temporary-measure",
    from_="noreply@navercorp.com", name_from="NAVER 권리보호센터",
    date="Fri, 6 Sep 2024 17:15:30 +0900",
    subject="[NAVER] 게시중단 요청이 접수되었습니다 (KCSC-240905-04)",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

귀 위원회의 게시중단 요청(KCSC-240905-04)이 정상적으로 접수되었습니다.
접수번호: RP-20240906-0412

접수와 함께 아래 게시물은 임시조치되었음을 알려드립니다.
{N2}

나머지 게시물은 검토 후 처리 결과를 별도로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 접수 안내 that also reports an immediate 임시조치",
    why="receipt notice but states one post 임시조치 (restricted); the rest are promised later",
    items={N2: "restricted"},
)

case(
    name="x-zendesk-thread-history",
    from_="support@x.com", name_from="X Support",
    date="Thu, 12 Sep 2024 11:42:05 +0900",
    subject="[X Support] Update on request #4821733 (KCSC-240902-01)",
    reply_to_req=thread("KCSC-240902-01"),
    body=f"""
{ZD_LINE}

Your request (4821733) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Hana (X Safety)

Sep 12, 2024, 11:40 GMT+9

The account {X6} has been permanently suspended and is no longer visible
on X.

----------------------------------------------

Hana (X Safety)

Sep 10, 2024, 15:12 GMT+9

We removed these two posts:
{X1}
{X2}

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 10:05 GMT+9

Dear X, the Korea Communications Standards Commission requests the removal
of the content listed in the attached notice (reference KCSC-240902-01).

--------------------------------
This email is a service from X Support.
[R9KQ2W-4D7E]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk update notification that repeats the ticket's earlier public comments below the new one",
    why="newest comment: account suspended; the earlier comment by X's own agent in the same X mail: two posts removed",
    items={X6: "removed", X1: "removed", X2: "removed"},
)

# =========================== review =======================================

case(
    name="x-promise-within-48h",
    from_="hseo@x.com", name_from="Hana Seo",
    date="Sat, 14 Sep 2024 09:12:50 +0900",
    subject="Re: [X Support] Update on request #4821733 (KCSC-240902-01)",
    reply_to_req=thread("KCSC-240902-01"),
    body=f"""
Hi,

Thanks for your patience. Our team has confirmed that the posts below break
our rules, and they will be removed within the next 48 hours:

<{X11}>
<{X12}>

I'll let you know once that is done.

Hana
""",
    outcome="review", review="not_understood",
    imitates="agent promise in a ticket thread ('will be removed within 48 hours')",
    why="a promise, not a statement: both posts stay pending",
    items={X11: "pending", X12: "pending"},
)

case(
    name="tg-links-under-review",
    from_="dsa@telegram.org", name_from="Telegram Moderation",
    date="Mon, 9 Sep 2024 09:03:11 +0900",
    subject="Re: KCSC-240903-02 [Case #1048821]",
    reply_to_req=thread("KCSC-240903-02"),
    body=f"""
Hello,

Case #1048821: the links you reported are currently under review by our
moderators.

{T1}
{T2}
{T3}
{T4}

Reviews usually take up to 72 hours. We will reply in this thread when they
are complete.

Telegram Moderation Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram status reply listing the links as 'under review'",
    why="'under review' is no outcome; the email names the four links, so a person looks at it",
    items={T1: "pending", T2: "pending", T3: "pending", T4: "pending"},
)

case(
    name="yt-hedge-appears-removed",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 9 Sep 2024 14:27:38 +0900",
    subject="Re: [8-2210009931] Your removal request KCSC-240904-03",
    reply_to_req=thread("KCSC-240904-03"),
    body=f"""
Hello,

It appears that {Y1} may already have been taken down by the uploader.
We are checking this with the relevant team and will confirm.

Regards,
The YouTube Team
""",
    outcome="review", review="not_understood",
    imitates="Google legal-support hedged interim reply",
    why="'appears', 'may have been' and 'will confirm': a hedge, the video stays pending",
    items={Y1: "pending"},
)

case(
    name="x-solved-all-content-bulk",
    from_="support@x.com", name_from="X Support",
    date="Mon, 16 Sep 2024 18:09:22 +0900",
    subject="[X Support] Request #4821733 has been solved (KCSC-240902-01)",
    reply_to_req=thread("KCSC-240902-01"),
    body=f"""
{ZD_LINE}

Your request (4821733) has been solved. If you feel the request was not
resolved, reply to this email within 7 days to reopen it.

Hello,

All of the reported content in this request has been reviewed and removed
from X. We are now closing this ticket.

X Safety
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Zendesk 'request has been solved' notice with a blanket closing sentence",
    why="'all of the reported content' for a 12-item request, none named: bulk",
    items={},
)

case(
    name="naver-all-five-bulk",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 15:40:00 +0900",
    subject="[네이버 고객센터] 시정요구 조치 결과 안내 (KCSC-240905-04)",
    reply_to_req=thread("KCSC-240905-04"),
    body="""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 5건 모두 게시중단 조치를 완료하였습니다.
협조해 주셔서 감사합니다.

네이버 고객센터 드림
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="NAVER 고객센터 시정요구 조치 결과 one-line blanket answer",
    why="'5건 모두 게시중단' names no post for a five-item request: bulk",
    items={},
)

case(
    name="x-dmarc-fail-claims-removal",
    from_="support@x.com", name_from="X Support",
    auth="fail",
    date="Sun, 15 Sep 2024 04:22:19 +0900",
    subject="[X Support] Update on request #4821733 (KCSC-240902-01)",
    body=f"""
{ZD_LINE}

Your request (4821733) has been updated.

Both posts below were removed for violating the X Rules:
{X9}
{X10}

X Safety
""",
    outcome="review", review="untrusted",
    imitates="Zendesk-looking update whose x.com sender fails DKIM/SPF/DMARC",
    why="claims from x.com that fail authentication: nothing applied",
    items={X9: "pending", X10: "pending"},
)

case(
    name="kakao-zendesk-subdomain-sender",
    from_="support@kakaohelp.zendesk.com", name_from="Kakao Support",
    date="Thu, 12 Sep 2024 09:45:31 +0900",
    subject="[Kakao Support] Re: KCSC-240909-06",
    reply_to_req=thread("KCSC-240909-06"),
    body=f"""
##- 이 줄 위에 답장을 작성해 주세요 -##

안녕하세요, 카카오 고객지원팀입니다.

{K1} 게시물은 게시중단 처리되었습니다.

This email is a service from Kakao Support. Delivered by Zendesk
""",
    outcome="review", review="unknown_sender",
    imitates="help-desk mail sent from the ticket vendor's subdomain instead of the platform's own domain",
    why="zendesk.com subdomain is no configured Kakao sender domain: unknown sender naming our request",
    items={K1: "pending"},
)

case(
    name="x-forwarded-enforcement-note",
    from_="jkang@x.com", name_from="Jiwoo Kang",
    date="Fri, 13 Sep 2024 16:08:44 +0900",
    subject="Fwd: KCSC-240902-01 amber_kiosk enforcement",
    body=f"""
Forwarding our enforcement team's note for your records.

Jiwoo

---------- Forwarded message ---------
From: X Enforcement <enforcement@x.com>
Date: Thu, Sep 12, 2024 at 6:31 PM
Subject: KCSC-240902-01 amber_kiosk enforcement
To: Jiwoo Kang <jkang@x.com>

Posts {X3} and
{X4} have been removed.
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="Gmail 'Fwd:' of an internal enforcement note by a platform employee",
    why="the statements are in the forwarded part, not the sender's own words",
    items={X3: "pending", X4: "pending"},
)

case(
    name="kakao-about-naver-request",
    from_="cs-noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 13:20:00 +0900",
    subject="[카카오 고객센터] 문의 답변 안내 (KCSC-240905-04)",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 요청(KCSC-240905-04)은 당사로 잘못 전달된 것으로 보입니다.
아래 게시물은 Daum 및 티스토리에 존재하지 않는 게시물입니다.

- {N3}
- {N4}

해당 서비스 운영사로 문의해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao 고객센터 answer to a request meant for another portal",
    why="Kakao states 'does not exist' for NAVER cafe posts: another platform's items",
    items={N3: "pending", N4: "pending"},
)

case(
    name="discord-csat-survey",
    from_="noreply@discord.com", name_from="Discord",
    date="Thu, 19 Sep 2024 07:00:12 +0900",
    subject="How would you rate the support you received?",
    body="""
Hello KCSC Takedown,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied: https://support.discord.com/requests/29104477/satisfaction/good
Bad, I'm unsatisfied: https://support.discord.com/requests/29104477/satisfaction/bad

Here's a reminder of what your request (#29104477) was about:
Report of content

This email is a service from Discord Support. Delivered by Zendesk
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    why="trusted Discord mail naming no requested item and no reference of ours; survey links are no items",
    items={},
)

case(
    name="yt-asks-for-timestamps",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 16:51:04 +0900",
    subject="Re: [8-2210009931] Your removal request KCSC-240904-03",
    reply_to_req=thread("KCSC-240904-03"),
    body=f"""
Hello,

To process your request concerning {Y2} we need more information:

  * the timestamp(s) in the video where the content you consider unlawful
    appears;
  * the specific provision of Korean law that it is alleged to violate.

Please reply to this email with that information. We are unable to proceed
until we receive it.

Regards,
The YouTube Team
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Google legal-support request for timestamps and legal basis",
    why="asks us for more information; no outcome stated",
    items={Y2: "pending"},
)

case(
    name="kakao-will-act-korean",
    from_="cs-noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 10:30:45 +0900",
    subject="Re: [카카오 고객센터] 문의 접수 (KCSC-240909-06)",
    reply_to_req=thread("KCSC-240909-06"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 아래 게시물 3건에 대해서는 내부 검토 후 순차적으로 조치할
예정입니다.

1. {K1}
2. {K2}
3. {K3}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao 고객센터 '검토 후 조치 예정' interim answer",
    why="'조치할 예정' is a promise: the three posts stay pending",
    items={K1: "pending", K2: "pending", K3: "pending"},
)

# =========================== ignored ======================================

case(
    name="x-zendesk-receipt",
    from_="support@x.com", name_from="X Support",
    date="Mon, 2 Sep 2024 10:06:31 +0900",
    subject="[X Support] We received your request (#4821733) - KCSC-240902-01",
    reply_to_req=thread("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
{ZD_LINE}

Your request (4821733) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

--------------------------------
This email is a service from X Support.
[R9KQ2W-4D7E]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' automatic receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="discord-out-of-office",
    from_="mira.choi@discord.com", name_from="Mira Choi",
    date="Mon, 16 Sep 2024 09:00:41 +0900",
    subject="Automatic reply: Reminder: KCSC-240906-05 - 2 items without outcome",
    extra_headers=[
        "In-Reply-To: <reminder.KCSC-240906-05.1@kcsc.example>",
        "Auto-Submitted: auto-replied",
        "X-Auto-Response-Suppress: All",
    ],
    body="""
Hi,

I am out of the office until 23 September with limited access to email.
For urgent Trust & Safety matters please use the report form at
https://dis.gd/request.

Thanks,
Mira
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office to our reminder",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-cs-receipt",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Thu, 5 Sep 2024 09:31:10 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다",
    reply_to_req=thread("KCSC-240905-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
문의번호: 2024090581002

답변은 영업일 기준 3일 이내에 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 automatic receipt",
    why="pure receipt, no outcome",
    items={},
)

case(
    name="kakao-freshdesk-ticket-created",
    from_="support@kakaocorp.com", name_from="Kakao Partner Support",
    date="Mon, 9 Sep 2024 10:11:02 +0900",
    subject="[Ticket #KC-771204] 문의가 접수되었습니다 / Your ticket has been created",
    reply_to_req=thread("KCSC-240909-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 파트너 지원팀입니다.
보내주신 문의가 접수되었습니다. 담당자가 확인 후 회신드리겠습니다.

Dear KCSC Takedown,

Thank you for contacting Kakao Partner Support. This is an automated
confirmation that your ticket #KC-771204 has been created. A member of our
team will get back to you; please do not change the subject line when you
reply, so that your message is added to the same ticket.

Ticket status: Open
Priority: Medium

Kakao Partner Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk 'your ticket has been created' automatic receipt, bilingual",
    why="pure receipt with a ticket number and status Open",
    items={},
)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: KCSC-240903-02 Removal request (4 items)
Date: Tue, 3 Sep 2024 14:20:00 +0900
Message-ID: <request.KCSC-240903-02.1@kcsc.example>

Dear Telegram,

Please remove the following content (reference KCSC-240903-02):
{T1}
{T2}
{T3}
{T4}
"""

case(
    name="tg-dsn-user-unknown",
    from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    auth="none",
    date="Tue, 3 Sep 2024 14:20:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.20240903142009"

--dsn.20240903142009
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dsa-kr@telegram.org>: host mail.telegram.org[198.51.100.77] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn.20240903142009
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue,  3 Sep 2024 14:20:01 +0900

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn.20240903142009
Content-Type: message/rfc822

""" + DSN_ORIG + """
--dsn.20240903142009--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 user unknown) carrying our original request",
    why="delivery failure report; the URLs are in our returned request",
    items={},
)

case(
    name="yt-mdn-displayed",
    from_="legal-kr@google.com", name_from="Google Legal KR",
    date="Thu, 5 Sep 2024 08:02:44 +0900",
    subject="Read: KCSC-240904-03 Removal request (3 items)",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_7f3a"

--mdn_7f3a
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: KCSC-240904-03 Removal request (3 items)
  Sent: Wednesday, September 4, 2024 11:02 AM

was read on Thursday, September 5, 2024 8:02 AM.

--mdn_7f3a
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Outlook
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <request.KCSC-240904-03.1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_7f3a--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, 'displayed')",
    why="read receipt only",
    items={},
)

case(
    name="x-ooo-with-quoted-request",
    from_="legal@x.com", name_from="X Legal",
    date="Mon, 2 Sep 2024 10:05:58 +0900",
    subject="Out of Office: KCSC-240902-01 Removal request (12 items)",
    reply_to_req=thread("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Thank you for your email. The legal requests team is out of the office for a
public holiday and will respond when we return on 4 September.

On Mon, Sep 2, 2024 at 10:05 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> Please remove the following content (reference KCSC-240902-01):
> {X1}
> {X2}
> {X3}
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply quoting the regulator's request",
    why="auto-reply; the URLs are only in the '>' quote",
    items={},
)


HEADER = """# Blind set 326 (ticket systems and threads): expected results written
# from each email's meaning before the reader was run. Generated by make.py.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Real mailers encode non-ASCII display names (RFC 2047); Kakao's
        # subjects too, NAVER's are sent raw UTF-8 (RFC 6532).
        if not c.get("name_from", "").isascii():
            c["name_from"] = Header(c["name_from"], "utf-8").encode()
        if not c["subject"].isascii() and "kakaocorp" in c["from"]:
            c["subject"] = Header(c["subject"], "utf-8").encode()
    corpuslib.write_set(HERE, "blind326", HEADER, CASES)


if __name__ == "__main__":
    main()
