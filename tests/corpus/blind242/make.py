#!/usr/bin/env python3
"""Blind set 242: ticket systems and threads.

Zendesk / Freshdesk / Jira / Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email was written for this set, in the
manner of what platforms' ticket systems send, with fictional names, ids and
URLs. Expected results were written from each email's meaning alone, before
any run of the reader.

    python3 tests/corpus/blind242/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))


def d(s, tz=KST):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


# ---------------------------------------------------------------- requests
KR_SLUG = "여름-영상-모음"
K1_RAW = "https://hollowpine.tistory.com/entry/" + KR_SLUG
K1 = "https://hollowpine.tistory.com/entry/" + quote(KR_SLUG)

X = [
    "https://x.com/nightowl_fx/status/1831100000000000101",
    "https://x.com/nightowl_fx/status/1831100000000000102",
    "https://x.com/pale_lantern/status/1831100000000000203",
    "https://x.com/pale_lantern/status/1831100000000000204",
    "https://x.com/koi_drift22/status/1831100000000000305",
    "https://x.com/koi_drift22/status/1831100000000000306",
    "https://x.com/koi_drift22/status/1831100000000000307",
    "https://x.com/mossgate_kr/status/1831100000000000408",
    "https://x.com/mossgate_kr/status/1831100000000000409",
    "https://x.com/umber_reel/status/1831100000000000510",
    "https://x.com/umber_reel/status/1831100000000000511",
    "https://x.com/tin_sparrow0/status/1831100000000000612",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8aLp2c",
    "https://www.youtube.com/watch?v=Zr7Kd0wYh5e",
    "https://www.youtube.com/shorts/Hc4nBq9Tx1u",
    "https://www.youtube.com/@glasskettle_tv",
]
T = [
    "https://t.me/lowtide_archive/418",
    "https://t.me/lowtide_archive/422",
    "https://t.me/copperfern_chat",
]
N = [
    "https://blog.naver.com/mintcloud77/223560011201",
    "https://blog.naver.com/mintcloud77/223560011202",
    "https://cafe.naver.com/quietriver/88123",
    "https://cafe.naver.com/quietriver/88150",
    "https://cafe.naver.com/quietriver/88177",
]
D = ["https://discord.gg/velvetmoth"]
K = [K1, "https://hollowpine.tistory.com/57"]
TK = [
    "https://www.tiktok.com/@saltmarsh.jin/video/7412000000000000011",
    "https://www.tiktok.com/@saltmarsh.jin/video/7412000000000000012",
    "https://www.tiktok.com/@ember_yuna/video/7412000000000000033",
]

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", X, "non-consensual-intimate-imagery", "req-240903-01"),
    ("KCSC-240905-02", "youtube", "2024-09-05", "2024-09-12", Y, "defamation", "req-240905-02"),
    ("KCSC-240909-03", "telegram", "2024-09-09", "2024-09-16", T, "illegal-gambling", "req-240909-03"),
    ("KCSC-240911-04", "naver", "2024-09-11", "2024-09-18", N, "defamation", "req-240911-04"),
    ("KCSC-240916-05", "discord", "2024-09-16", "2024-09-23", D, "deepfake-sexual-abuse", "req-240916-05"),
    ("KCSC-240918-06", "kakao", "2024-09-18", "2024-09-25", K, "illegal-filming", "req-240918-06"),
    ("KCSC-240920-07", "tiktok", "2024-09-20", "2024-09-27", TK, "drug-trade", "req-240920-07"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid in REQUESTS:
        for i, u in enumerate(urls, 1):
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", f"item {i} of {len(urls)}"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


ZD_FOOTER = "--------------------------------\nThis email is a service from {brand}. Delivered by Zendesk\n[{tag}]"

OUR_X_REQUEST = f"""Dear X Legal team,

Under reference KCSC-240903-01 the Korea Communications Standards Commission
requests the removal of the following 12 posts:

""" + "\n".join(X) + """

Please reply to this email with the action taken on each URL.

KCSC Takedown desk"""

OUR_TK_REQUEST = f"""Dear TikTok,

Under KCSC-240920-07 we request the removal of these videos:
{TK[0]}
{TK[1]}
{TK[2]}

Please let us know the outcome for each URL by 27 September.

KCSC Takedown desk"""

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED

case(
    name="zd-x-solved-numbered",
    date=d("2024-09-06 11:04:12"),
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body=f"""##- Please type your reply above this line -##

Your request (48213917) has been solved. To reopen it, reply to this email.

Hana (X Safety)

Sep 6, 2024, 11:04 GMT+9

Hello,

Thank you for your patience while we looked into the reports filed under
KCSC-240903-01. Here is where we landed on the first four posts:

1. {X[0]} - removed for violating our non-consensual nudity policy.
2. {X[1]} - removed for the same reason.
3. {X[2]} - withheld in South Korea in response to your legal demand.
4. {X[3]} - we reviewed this post and it does not violate the X Rules, so no action was taken.

We are still working through the remaining links and will reply on this
ticket once that is done.

Kind regards,
Hana
X Safety

""" + ZD_FOOTER.format(brand="X Support", tag="8ZK2QV-3RM1"),
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk 'request solved' notification with the agent's numbered per-URL outcome",
    why="trusted X mail, one statement per numbered URL: two removed, one withheld in Korea, one no violation",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="zd-x-followup-with-history",
    date=d("2024-09-09 17:40:55"),
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""##- Please type your reply above this line -##

Hana (X Safety)

Sep 9, 2024, 17:40 GMT+9

Hello again,

Following up on the rest of your report:

- {X[4]} and {X[5]} have both been removed.
- {X[6]}: the account koi_drift22 has been permanently suspended, so this post is no longer available on X.
- We couldn't find {X[7]}. There is no record of a post with that ID; please check the link.

The last four URLs are with a different team and we'll follow up separately.

Hana
X Safety

Hana (X Safety)

Sep 6, 2024, 11:04 GMT+9

Hello,

Thank you for your patience while we looked into the reports filed under
KCSC-240903-01. Here is where we landed on the first four posts:

1. {X[0]} - removed for violating our non-consensual nudity policy.
2. {X[1]} - removed for the same reason.
3. {X[2]} - withheld in South Korea in response to your legal demand.
4. {X[3]} - we reviewed this post and it does not violate the X Rules, so no action was taken.

KCSC Takedown

Sep 3, 2024, 10:12 GMT+9

Dear X Legal team, under reference KCSC-240903-01 the Korea Communications
Standards Commission requests the removal of 12 posts (list attached to the
original email).

""" + ZD_FOOTER.format(brand="X Support", tag="8ZK2QV-3RM1"),
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk follow-up notification that repeats the ticket's earlier comments below the newest one",
    why="newest comment: two removed, one made unavailable by account suspension, one cannot be found; the agent's own earlier comment in the history (not '>' quoted, X's own words) repeats four outcomes",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "rejected",
           X[4]: "removed", X[5]: "removed", X[6]: "removed", X[7]: "not_found"},
)

case(
    name="fd-yt-resolved-status-below-url",
    date=d("2024-09-10 09:21:40", UTC),
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="[#7731] Resolved: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    extra_headers=["X-Freshdesk-Ticket: 7731"],
    body=f"""Hi KCSC team,

Ticket #7731 ("KCSC-240905-02 removal request") has been marked as Resolved.
Below is the outcome for each URL we reviewed.

{Y[0]}
Outcome: Removed - violation of our harassment and cyberbullying policy

{Y[1]}
Outcome: No action - after review, the video does not violate our Community Guidelines

{Y[2]}
Outcome: Age-restricted

If you believe this ticket has not been resolved, simply reply to this email
and it will be reopened.

Thanks,
Priya
YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk 'ticket resolved' email with an outcome line under each bare URL",
    why="status on the line below each URL: removed, no action (rejected), age-restricted; the channel URL is not mentioned",
    items={Y[0]: "removed", Y[1]: "rejected", Y[2]: "restricted"},
)

case(
    name="jira-tg-comment-notification",
    date=d("2024-09-12 21:14:03", UTC),
    **{"from": "jira@telegram.org"},
    name_from="Telegram Abuse (Jira)",
    subject="[JIRA] (ABUSE-5521) KCSC-240909-03 removal request - Case #4410923",
    reply_to_req="req-240909-03",
    extra_headers=["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 5c0ffee1b2a7"],
    body=f"""Ilya Morozov commented on ABUSE-5521
------------------------------------

Re: KCSC-240909-03 / Case #4410923

Both posts in the lowtide_archive channel have been taken down:
  * {T[0]}
  * {T[1]}

The chat {T[2]} has been made inaccessible to users in the Republic of Korea.

------------------------------------
View it on the service desk:
https://abuse-desk.telegram.org/browse/ABUSE-5521

This message was sent by Atlassian Jira (v9.12.2#9120002)
""",
    outcome="applied",
    classification="confirmation",
    imitates="Atlassian Jira 'commented on' notification carrying an abuse-desk agent's comment",
    why="bulleted URLs under 'have been taken down' (removed); the chat made inaccessible in Korea (restricted); the Jira link is the platform's own desk",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted"},
)

case(
    name="helpscout-tiktok-top-posted",
    date=d("2024-09-24 15:48:20"),
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal Support",
    subject="Re: KCSC-240920-07 removal request",
    reply_to_req="req-240920-07",
    body=f"""Hi there,

Thanks for your report. We reviewed the three videos and removed the first two
for violating our Community Guidelines:
{TK[0]}
{TK[1]}

The third video, {TK[2]}, does not violate our Community Guidelines or local
law as far as we can determine, so it will stay up.

Best,
Minji
TikTok Legal Support

On Fri, Sep 20, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(OUR_TK_REQUEST)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Help Scout style agent reply top-posted over the quoted request (Gmail 'On ... wrote:')",
    why="top text: two URLs listed below 'removed the first two', the third refused with a reason; the quoted request below states nothing",
    items={TK[0]: "removed", TK[1]: "removed", TK[2]: "rejected"},
)

NAVER_TABLE = "\n".join(
    f"<tr><td>{i}</td><td>{u}</td><td>{r}</td><td>{note}</td></tr>"
    for i, (u, r, note) in enumerate([
        (N[0], "게시중단", "서비스 운영정책 위반"),
        (N[1], "임시조치(30일)", "권리침해 신고에 따른 임시조치"),
        (N[2], "해당 게시물 없음", "작성자가 이미 삭제한 게시물"),
        (N[3], "조치 불가", "운영정책 위반 사항이 확인되지 않아 게시 유지"),
        (N[4], "블라인드", "카페 운영원칙 위반"),
    ], 1)
)
case(
    name="naver-ticket-html-table",
    date=d("2024-09-13 14:05:00"),
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    type="html",
    body=f"""<html><body style="font-family:sans-serif">
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(KCSC-240911-04)에 대한 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>처리 결과</th><th>비고</th></tr>
{NAVER_TABLE}
</table>
<p>추가 문의 사항은 본 메일에 회신해 주시기 바랍니다.</p>
<p>문의번호: 2024091300271 | <a href="https://help.naver.com/inquiry/list.help">내 문의 내역 보기</a></p>
<p>감사합니다.<br>네이버 고객센터 드림</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 mail with a 처리 결과 table (게시중단, 임시조치, 블라인드)",
    why="HTML table row per URL: 게시중단 removed, 임시조치 restricted, 작성자 삭제 not_found, 위반 없음 rejected, 블라인드 removed",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found", N[3]: "rejected", N[4]: "removed"},
)

case(
    name="kakao-korean-path-particles",
    date=d("2024-09-23 10:30:11"),
    **{"from": "cs_noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 시정요구(KCSC-240918-06) 조치 결과 안내",
    reply_to_req="req-240918-06",
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회의 시정요구(KCSC-240918-06)에 대한 조치 결과를 안내드립니다.

1) {K1_RAW} 은 운영정책 위반이 확인되어 게시물을 삭제하였습니다.
2) {K[1]}에 대해서는 국내 접속을 차단하였습니다.

조치 내용에 대해 궁금하신 점은 본 메일로 회신 부탁드립니다.

카카오 고객센터 드림
(접수번호 #KKO-0918-33120)
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 고객센터 시정요구 조치 결과 안내 (tistory posts, Korean-slug URL, particles after URLs)",
    why="raw Korean path matches its percent-encoded form, 삭제 (removed); second URL followed directly by 에, 국내 접속 차단 (restricted)",
    items={K[0]: "removed", K[1]: "restricted"},
)

case(
    name="discord-ack-plus-action-sole",
    date=d("2024-09-18 03:12:48", UTC),
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: KCSC-240916-05 Discord server report [ticket #20918344]",
    reply_to_req="req-240916-05",
    body="""Hello,

Thanks for reaching out. We've received your report and it has been assigned
ticket number 20918344.

Our Safety team reviewed the server you reported and has removed it from
Discord for violating our Community Guidelines. The invite link no longer
works.

If you have further questions, reply to this email and it will be added to
your ticket.

Discord Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Discord Trust & Safety ticket reply (receipt sentence followed by the action taken)",
    why="one-item request answered in its thread: the reported server was removed; the receipt phrase does not make it a pure acknowledgement",
    items={D[0]: "removed"},
)

X_REMINDER = f"""From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 9:00 AM
To: legal@x.com
Subject: Reminder: KCSC-240903-01 - 4 items still pending

Dear X,

The deadline of request KCSC-240903-01 passed on 10 September. These items
are still pending:

{X[8]}
{X[9]}
{X[10]}
{X[11]}

Please tell us what action was taken on each.

KCSC Takedown desk"""

case(
    name="x-outlook-reply-to-reminder",
    date=d("2024-09-13 08:55:37", PDT),
    **{"from": "legal@x.com"},
    name_from="X Legal Operations",
    subject="RE: Reminder: KCSC-240903-01 - 4 items still pending",
    extra_headers=["In-Reply-To: <reminder-KCSC-240903-01-1@kcsc.example>",
                   "References: <req-240903-01@kcsc.example> <reminder-KCSC-240903-01-1@kcsc.example>",
                   "Thread-Topic: Reminder: KCSC-240903-01 - 4 items still pending"],
    body=f"""Hello,

Apologies for the slow reply. Status of the four posts in your reminder:

- {X[8]}: withheld in South Korea
- {X[9]}: withheld in South Korea
- {X[10]}: removed (violation of our violent speech policy)
- {X[11]}: we reviewed it and found no violation of the X Rules; it remains available

Regards,
Daniel
X Legal Operations

-----Original Message-----
{X_REMINDER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply to our reminder with the reminder below '-----Original Message-----'",
    why="bulleted per-URL statuses above the quoted reminder: two withheld in Korea, one removed, one no violation",
    items={X[8]: "restricted", X[9]: "restricted", X[10]: "removed", X[11]: "rejected"},
)

YT_QP_TEXT = f"""Hello,

Thank you for contacting YouTube regarding KCSC-240905-02.

After reviewing your request we have terminated the channel {Y[3]} for repeated violations of our Community Guidelines \u2014 the channel and all of its videos are no longer available on YouTube.

Separately, the video {Y[0]} has been removed from YouTube.

We're still reviewing the other two URLs in your request.

Regards,
The YouTube Legal Support Team
"""
case(
    name="yt-qp-channel-terminated",
    date=d("2024-09-11 19:03:09", PDT),
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [7731] KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(YT_QP_TEXT),
    outcome="applied",
    classification="confirmation",
    imitates="Google/YouTube legal support reply in quoted-printable with long soft-wrapped lines",
    why="channel terminated (removed) and one video removed; 'the other two URLs' are not named",
    items={Y[3]: "removed", Y[0]: "removed"},
)

TG_B64_TEXT = """Hello,

Regarding Case #4410923 (your ref. KCSC-240909-03): the public chat
t.me/copperfern_chat has been blocked on all platforms for violating the
Telegram Terms of Service.

Posts 418 and 422 of lowtide_archive are still being examined and we will
write again about them.

Telegram Abuse Team
"""
case(
    name="tg-base64-blocked-globally",
    date=d("2024-09-11 06:40:00", UTC),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: KCSC-240909-03 [Case #4410923]",
    reply_to_req="req-240909-03",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(TG_B64_TEXT),
    outcome="applied",
    classification="confirmation",
    imitates="Telegram abuse-desk reply sent base64-encoded, chat named without scheme",
    why="t.me/copperfern_chat blocked on all platforms (removed); the two posts are only 'still being examined' and not named by URL",
    items={T[2]: "removed"},
)

TK_CSV = "url,decision,detail\n" + "\n".join([
    f"{TK[0]},Removed,Violates Community Guidelines (illegal goods)",
    f"{TK[1]},Restricted in KR,Unavailable in the Republic of Korea under local law",
    f"{TK[2]},No action,No violation found",
]) + "\n"
case(
    name="tiktok-csv-attachment",
    date=d("2024-09-25 12:00:31"),
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal Support",
    subject="Re: KCSC-240920-07 removal request - outcome",
    reply_to_req="req-240920-07",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tk-outcome-7c1"

--tk-outcome-7c1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your request KCSC-240920-07.

Regards,
TikTok Legal Support

--tk-outcome-7c1
Content-Type: text/csv; charset=utf-8; name="KCSC-240920-07_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240920-07_outcome.csv"
Content-Transfer-Encoding: base64

{b64(TK_CSV)}
--tk-outcome-7c1--
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok legal outcome sent as a CSV attachment (url, decision, detail)",
    why="CSV rows: Removed, Restricted in KR, No action / no violation found",
    items={TK[0]: "removed", TK[1]: "restricted", TK[2]: "rejected"},
)

case(
    name="x-angle-brackets-url-below",
    date=d("2024-09-07 02:16:44", UTC),
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Your request (48220004) has been solved",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""##- Please type your reply above this line -##

Your request (48220004) has been solved. To reopen it, reply to this email.

Hello,

We've reviewed the content you reported under KCSC-240903-01.

The following post has been removed for violating the X Rules:
<""" + X[1] + """>

The following post has been withheld in Korea in response to a legal demand:
<""" + X[2] + """>

Regards,
X Safety

""" + ZD_FOOTER.format(brand="X Support", tag="4WQ9LD-X2JP"),
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk solved notification; each statement ends with ':' and the URL in angle brackets on the next line",
    why="URL below its statement: one removed, one withheld in Korea",
    items={X[1]: "removed", X[2]: "restricted"},
)

case(
    name="naver-fullwidth-parens",
    date=d("2024-09-16 16:20:02"),
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="RE: [KCSC-240911-04] 카페 게시물 시정요구 건",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요. 네이버 카페 담당자입니다.

요청하신 카페 게시물（{N[2]}）은 카페 운영원칙 위반으로 블라인드 처리하였습니다.
또한 {N[3]} 게시물은 권리침해 신고 절차에 따라 임시조치(30일) 하였습니다.

감사합니다.
네이버 카페 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 카페 담당자 reply, URL inside full-width parentheses and followed by 게시물",
    why="블라인드 (removed) for the URL in full-width parentheses; 임시조치 (restricted) for the second",
    items={N[2]: "removed", N[3]: "restricted"},
)

case(
    name="helpscout-yt-partial-answer",
    date=d("2024-09-09 22:47:15", UTC),
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: KCSC-240905-02 removal request (partial response)",
    reply_to_req="req-240905-02",
    body=f"""Hello,

We've finished reviewing two of the four URLs in KCSC-240905-02:

\u2022 {Y[1]} \u2014 removed for violating our harassment policy
\u2022 {Y[2]} \u2014 removed

The remaining two URLs are still under review with our specialist team.
We'll reply in this thread as soon as we have an outcome.

Best regards,
Sung-min
YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="partial answer from a help-desk agent: two outcomes now, the rest 'still under review'",
    why="two bulleted URLs removed; the remaining two are not named and stay pending",
    items={Y[1]: "removed", Y[2]: "removed"},
)

TG_ACK = """Hello,

We have received your report. Your case number is 4410923. Our moderators
will look into it.

Telegram Abuse Team"""
case(
    name="tg-thread-deleted-by-owner",
    date=d("2024-09-13 08:02:10", UTC),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: [Case #4410923] KCSC-240909-03",
    reply_to_req="req-240909-03",
    body=f"""Hello again,

An update on Case #4410923. The messages {T[0]} and {T[1]} no longer exist:
they were deleted by the channel's owner before our moderators could act on
them.

Telegram Abuse Team

On Tue, 10 Sep 2024 at 09:11, Telegram Abuse <abuse@telegram.org> wrote:
{quote_lines(TG_ACK)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="follow-up in the same abuse-desk thread over the quoted earlier acknowledgement",
    why="both posts deleted by their owner before action: not_found",
    items={T[0]: "not_found", T[1]: "not_found"},
)

case(
    name="tiktok-dsa-sor-restricted",
    date=d("2024-09-26 18:31:57"),
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Trust & Safety",
    subject="Statement of reasons - your report KCSC-240920-07",
    reply_to_req="req-240920-07",
    body=f"""Statement of reasons

Reference: KCSC-240920-07 / TTS-2024-0926-55710

Content concerned: {TK[2]}
Decision: restriction of visibility (geographic)
Territorial scope: Republic of Korea - the video is not available to viewers in Korea
Ground: content illegal under the law of the Republic of Korea
Facts and circumstances: the decision follows an order from the Korea
Communications Standards Commission.
Automated means: no automated means were used in taking this decision.

How to seek redress: https://www.tiktok.com/legal/page/global/appeals/en

TikTok Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="DSA-style statement of reasons (decision, territorial scope, grounds, redress)",
    why="geographic restriction in Korea of the named video (restricted); the appeals link is a policy page, not an item",
    items={TK[2]: "restricted"},
)

case(
    name="naver-echoed-report-results",
    date=d("2024-09-12 11:45:26"),
    **{"from": "noreply@navercorp.com"},
    name_from="네이버 권리보호센터",
    subject="[네이버 권리보호센터] 게시중단 요청 처리 결과 안내",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

■ 접수 내용
 - 요청 기관: 방송통신심의위원회 (KCSC-240911-04)
 - 대상 게시물:
   {N[0]}
   {N[1]}
 - 요청 사유: 명예훼손

■ 처리 결과
 - {N[0]} : 게시중단
 - {N[1]} : 임시조치 (30일간 게시 중단 후 재게시 요청 가능)

처리 결과에 대하여 문의가 있으신 경우 권리보호센터로 연락 주시기 바랍니다.
https://right.naver.com/

네이버 권리보호센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 요청 처리 결과 notice echoing the report (접수 내용) before the results",
    why="the echoed 접수 내용 states nothing; 처리 결과: 게시중단 (removed) and 임시조치 (restricted)",
    items={N[0]: "removed", N[1]: "restricted"},
)

X_TABLE_ROWS = [(X[9], "Removed", "Violent speech policy"),
                (X[10], "Withheld (KR)", "Local law - Republic of Korea"),
                (X[11], "No action", "Not in violation of the X Rules")]
X_TEXT = "Hello,\n\nOutcome of the remaining posts in KCSC-240903-01:\n\nURL\tAction\tNotes\n" + "\n".join(
    f"{u}\t{a}\t{n}" for u, a, n in X_TABLE_ROWS) + "\n\nX Legal Operations\n"
X_HTML = ("<html><body><p>Hello,</p><p>Outcome of the remaining posts in KCSC-240903-01:</p>"
          "<table border=\"1\"><tr><th>URL</th><th>Action</th><th>Notes</th></tr>"
          + "".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{a}</td><td>{n}</td></tr>" for u, a, n in X_TABLE_ROWS)
          + "</table><p>X Legal Operations</p></body></html>\n")
case(
    name="x-html-table-multipart",
    date=d("2024-09-14 07:12:33", UTC),
    **{"from": "legal@x.com"},
    name_from="X Legal Operations",
    subject="Re: KCSC-240903-01 - outcome for remaining posts",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="xalt-5511"

--xalt-5511
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{X_TEXT}
--xalt-5511
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

{X_HTML}
--xalt-5511--
""",
    outcome="applied",
    classification="confirmation",
    imitates="ticket-tool reply with a URL / Action / Notes table (text and HTML alternatives)",
    why="table rows: Removed, Withheld (KR), No action / not in violation",
    items={X[9]: "removed", X[10]: "restricted", X[11]: "rejected"},
)

case(
    name="kakao-bilingual-partial",
    date=d("2024-09-20 17:55:40"),
    **{"from": "policy@kakaocorp.com"},
    name_from="Kakao Policy",
    subject="Re: KCSC-240918-06 시정요구 / correction request",
    reply_to_req="req-240918-06",
    body=f"""안녕하세요. 카카오 정책팀입니다. (English below)

- {K[1]} : 해당 게시물은 비공개 처리되었습니다.
- {K1_RAW} : 현재 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

Hello, this is the Kakao policy team.

- {K[1]} : this post has been made private and is no longer publicly visible.
- {K1_RAW} : still under review; we will let you know the result.

카카오 정책팀 / Kakao Policy Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao policy team bilingual (Korean/English) partial reply",
    why="57 비공개 처리 (removed); the Korean-slug post is only under review and stays pending",
    items={K[1]: "removed", K[0]: "pending"},
)

case(
    name="discord-no-violation-sole",
    date=d("2024-09-19 01:02:44", UTC),
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: KCSC-240916-05 Discord server report [ticket #20918344]",
    reply_to_req="req-240916-05",
    body="""Hi there,

Thank you for your patience. After a careful review, we found that the server
you reported does not violate Discord's Community Guidelines or Terms of
Service, so we will not be taking action on it.

You can read more about our policies at https://discord.com/guidelines.

Best,
Discord Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Discord Trust & Safety 'no violation found' ticket reply",
    why="one-item request answered in its thread: refusal with its reason (rejected); guidelines link is not an item",
    items={D[0]: "rejected"},
)

case(
    name="tg-numbered-mixed",
    date=d("2024-09-14 12:30:00", UTC),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: KCSC-240909-03 [Case #4410923] results",
    reply_to_req="req-240909-03",
    body=f"""Hello,

Results for Case #4410923:

1. {T[0]} - removed.
2. {T[1]} - we could not find this message; the link does not point to any existing post.
3. {T[2]} - blocked for users in South Korea.

Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram abuse-desk numbered results",
    why="removed; cannot be found (not_found); blocked in South Korea (restricted)",
    items={T[0]: "removed", T[1]: "not_found", T[2]: "restricted"},
)

X_PROMISE = f"""Hello,

We've escalated {X[4]} and {X[5]} to our specialist team.
They will be removed if they are found to break our rules.

X Support"""
case(
    name="x-gmail-quoted-own-promise",
    date=d("2024-09-11 10:08:19"),
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="Re: [X Support] KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""Update: both posts are now down. {X[4]} and {X[5]} have been removed for
violating our non-consensual nudity policy.

X Support

On Mon, Sep 9, 2024 at 3:40 PM X Support <support@x.com> wrote:
{quote_lines(X_PROMISE)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="agent's short update top-posted over its own quoted earlier promise",
    why="new text: both posts removed; the '>' quoted earlier promise adds nothing",
    items={X[4]: "removed", X[5]: "removed"},
)

case(
    name="yt-prose-trailing-punctuation",
    date=d("2024-09-12 04:19:50", UTC),
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [7731] KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=f"""Hello,

Following our review, this Short has been age-restricted: {Y[2]}. The video
at {Y[1]}, however, remains available because it does not violate our
Community Guidelines or local law.

Kind regards,
YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal support prose reply, URLs followed by '.' and ','",
    why="age-restricted (restricted); remains available because no violation (rejected)",
    items={Y[2]: "restricted", Y[1]: "rejected"},
)

N_REMINDER = f"""From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 20, 2024 9:00 AM
To: policy@navercorp.com
Subject: [독촉] KCSC-240911-04 미처리 게시물 안내

기한(9월 18일)이 지났으나 아래 게시물의 조치 결과를 받지 못했습니다.
{N[2]}
{N[3]}
{N[4]}
조치 결과를 회신해 주시기 바랍니다."""
case(
    name="naver-reply-to-reminder-kr",
    date=d("2024-09-20 15:10:05"),
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    subject="RE: [독촉] KCSC-240911-04 미처리 게시물 안내",
    extra_headers=["In-Reply-To: <reminder-KCSC-240911-04-1@kcsc.example>",
                   "References: <req-240911-04@kcsc.example> <reminder-KCSC-240911-04-1@kcsc.example>"],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

회신이 늦어 죄송합니다.
{N[4]} 게시물은 9월 13일 운영자 삭제되었습니다.
나머지 두 건은 담당 부서에서 확인 중이며 확인되는 대로 회신드리겠습니다.

네이버 정책지원팀 드림

-----Original Message-----
{N_REMINDER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean Outlook reply to our reminder (독촉), reminder quoted below '-----Original Message-----'",
    why="운영자 삭제 (removed) for 88177; 'the other two' still being checked; the reminder's URLs are quoted only",
    items={N[4]: "removed", N[2]: "pending", N[3]: "pending"},
)

# ================================================================ REVIEW

case(
    name="zd-x-escalated-conditional",
    date=d("2024-09-05 13:27:02"),
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""##- Please type your reply above this line -##

Your request (48213917) has been updated. To add additional comments, reply
to this email.

Hana (X Safety)

Sep 5, 2024, 13:27 GMT+9

Hello,

We've escalated the two posts below to our specialist team. They will be
removed if they are found to violate our rules.

{X[0]}
{X[1]}

Hana
X Safety

""" + ZD_FOOTER.format(brand="X Support", tag="8ZK2QV-3RM1"),
    outcome="review",
    review="not_understood",
    imitates="Zendesk 'request updated' notification with an escalation and a conditional promise",
    why="names two requested URLs but only a conditional promise ('will be removed if'): nothing to record",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="fd-yt-under-review-reminder-reply",
    date=d("2024-09-13 06:44:18", UTC),
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: Reminder: KCSC-240905-02 - items still pending [#7731]",
    extra_headers=["In-Reply-To: <reminder-KCSC-240905-02-1@kcsc.example>",
                   "References: <req-240905-02@kcsc.example> <reminder-KCSC-240905-02-1@kcsc.example>",
                   "X-Freshdesk-Ticket: 7731"],
    body=f"""Hi,

Thanks for the reminder. The following URLs remain under review:

{Y[0]}
{Y[3]}

We expect to complete our review within five business days and will update
ticket #7731 then.

Regards,
YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="Freshdesk agent reply to our reminder: items still under review",
    why="names two requested URLs, says only 'remain under review': no status",
    items={Y[0]: "pending", Y[3]: "pending"},
)

case(
    name="tg-hedged-may-be-removed",
    date=d("2024-09-10 14:02:51", UTC),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: KCSC-240909-03 [Case #4410923]",
    reply_to_req="req-240909-03",
    body=f"""Hello,

It looks like {T[0]} may already have been removed, possibly by the channel
admin. We'll confirm once we have checked with the moderation team.

Telegram Abuse Team
""",
    outcome="review",
    review="not_understood",
    imitates="abuse-desk first impression with a hedge ('looks like', 'may already have been')",
    why="hedged statement about a named URL is not a statement: pending, review",
    items={T[0]: "pending"},
)

case(
    name="tiktok-bulk-all-removed",
    date=d("2024-09-23 20:15:09"),
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal Support",
    subject="Re: KCSC-240920-07 removal request",
    reply_to_req="req-240920-07",
    body="""Hello,

We have completed our review of your request KCSC-240920-07. All of the
videos listed in your request have been removed from TikTok.

Ticket LGL-88412 is now closed.

Regards,
TikTok Legal Support
""",
    outcome="review",
    review="bulk",
    imitates="ticket closing reply with one sentence for the whole request",
    why="'all of the videos ... removed' for a three-item request without naming each: bulk, items pending",
    items={TK[0]: "pending", TK[1]: "pending", TK[2]: "pending"},
)

case(
    name="naver-bulk-kr",
    date=d("2024-09-17 09:33:47"),
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의 답변 (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    body="""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240911-04) 전체에 대하여
게시중단 조치를 완료하였습니다.

문의번호: 2024091700118
감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="NAVER 고객센터 답변 with a single sentence covering the whole request (전체 게시중단)",
    why="one statement for all five items without naming each: bulk",
    items={u: "pending" for u in N},
)

case(
    name="naver-dkim-fail",
    date=d("2024-09-12 18:20:00"),
    **{"from": "help@naver.com"},
    auth="fail",
    name_from="네이버 고객센터",
    subject="RE: KCSC-240911-04 처리 결과",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 {N[0]} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="NAVER-looking answer whose DKIM/SPF/DMARC fail",
    why="claims a deletion but the naver.com sender fails authentication",
    items={N[0]: "pending"},
)

case(
    name="zendesk-hosted-sender",
    date=d("2024-09-24 09:41:12"),
    **{"from": "support@tiktoklegal.zendesk.com"},
    name_from="TikTok Legal Support",
    subject="[TikTok Legal] Re: KCSC-240920-07 removal request",
    reply_to_req="req-240920-07",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""##- Please type your reply above this line -##

Your request (771052) has been solved.

Hello,

{TK[0]} has been removed for violating our Community Guidelines.

TikTok Legal Support

--------------------------------
This email is a service from TikTok Legal. Delivered by Zendesk
""",
    outcome="review",
    review="unknown_sender",
    imitates="Zendesk notification sent from the help-desk's own zendesk.com subdomain instead of the platform's domain",
    why="authenticated, but zendesk.com is not a domain of any configured platform",
    items={TK[0]: "pending"},
)

case(
    name="tiktok-forwarded-from-counsel",
    date=d("2024-09-26 11:07:45"),
    **{"from": "jiwoo.han@tiktok.com"},
    name_from="Jiwoo Han",
    subject="Fwd: KCSC-240920-07 - action taken",
    body=f"""Hi KCSC team,

FYI, forwarding the note from our outside counsel below.

Jiwoo

---------- Forwarded message ---------
From: Hanbit Law KR Team <kr-team@hanbit-law.example>
Date: Wed, Sep 25, 2024 at 6:12 PM
Subject: KCSC-240920-07 - action taken
To: Jiwoo Han <jiwoo.han@tiktok.com>

Dear Jiwoo,

As discussed, the video {TK[1]} was taken down yesterday.

Best regards,
Hanbit Law
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="platform employee forwarding a third party's note (Gmail 'Forwarded message')",
    why="the only statement is inside a message forwarded from a law firm, not the platform's own words",
    items={TK[1]: "pending"},
)

case(
    name="google-search-delisting-x-url",
    date=d("2024-09-16 23:05:31", UTC),
    **{"from": "removals@google.com"},
    name_from="Google Legal Removals",
    subject="Your Google Search removal request [3-8820000041795]",
    body=f"""Hello,

Thanks for reaching out to us. In response to your complaint, we have removed
the following URL from Google Search results in South Korea:

{X[11]}

The content itself is hosted by a third party; to have it taken down at its
source please contact the site's owner.

Regards,
The Google Team
""",
    outcome="review",
    review="wrong_platform",
    imitates="Google Search delisting notice about a URL hosted on another platform",
    why="google.com (YouTube's domain) states a status for an X post; Google can only delist it from Search",
    items={X[11]: "pending"},
)

case(
    name="discord-asks-more-info",
    date=d("2024-09-17 05:50:02", UTC),
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: KCSC-240916-05 Discord server report [ticket #20918344]",
    reply_to_req="req-240916-05",
    body=f"""Hello,

Thanks for your report. An invite link such as {D[0]} only identifies a
server, so we need a little more detail before we can act.

Could you reply with the message links of the specific content you are
reporting? You can copy a message link by right-clicking the message and
choosing "Copy Message Link".

Discord Trust & Safety
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Discord Trust & Safety asking for message links before acting",
    why="platform asks for more information on a named item: a person must answer",
    items={D[0]: "pending"},
)

case(
    name="zd-x-csat-survey",
    date=d("2024-09-12 11:30:00"),
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="How would you rate the support you received?",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body="""Hello,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://help.x.com/requests/48213917/satisfaction/good?token=qk2Lx8

Bad, I'm unsatisfied
https://help.x.com/requests/48213917/satisfaction/bad?token=qk2Lx8

Here's a reminder of what your request was about: removal request.

""" + ZD_FOOTER.format(brand="X Support", tag="8ZK2QV-3RM1"),
    outcome="review",
    review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    why="trusted X mail naming no item and no request reference (only the help desk's own links)",
    items={},
)

# ================================================================ IGNORED

case(
    name="zd-x-receipt",
    date=d("2024-09-03 10:13:58"),
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (48213917) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

""" + ZD_FOOTER.format(brand="X Support", tag="8ZK2QV-3RM1"),
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk 'request received' automatic receipt",
    why="pure receipt: ticket created, nothing about any item",
    items={},
)

case(
    name="jira-tiktok-request-received",
    date=d("2024-09-20 10:05:41"),
    **{"from": "legal-servicedesk@tiktok.com"},
    name_from="TikTok Legal Service Desk",
    subject="[LGL-88412] KCSC-240920-07 removal request",
    reply_to_req="req-240920-07",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Reply above this line.

Your request LGL-88412 was received.

Summary: KCSC-240920-07 removal request
Status: Waiting for support

You can view and track your request here:
https://legalhelp.tiktok.com/servicedesk/customer/portal/3/LGL-88412

Powered by Jira Service Management
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Jira Service Management 'request received' customer notification",
    why="receipt only; 'Waiting for support' is the ticket's state; the portal link is not an item",
    items={},
)

case(
    name="fd-yt-auto-ack",
    date=d("2024-09-05 10:20:03", UTC),
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="[#7731] Received: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-generated", "X-Freshdesk-Ticket: 7731"],
    body="""Dear requester,

We would like to acknowledge that we have received your request and a ticket
has been created. Ticket #7731.

A support representative will review your request and respond within three
business days. Please quote the ticket number in any follow-up.

YouTube Legal Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Freshdesk new-ticket automatic acknowledgement",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="tg-ooo-staff",
    date=d("2024-09-17 09:00:12", UTC),
    **{"from": "e.volkova@telegram.org"},
    name_from="Elena Volkova",
    subject="Automatic reply: Reminder: KCSC-240909-03 - items still pending",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   "In-Reply-To: <reminder-KCSC-240909-03-1@kcsc.example>"],
    body="""Hello,

I am out of the office until 23 September with limited access to email.
For abuse reports please write to abuse@telegram.org; your message will not
be forwarded.

Elena
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office answer to our reminder",
    why="out-of-office auto-reply",
    items={},
)

KAKAO_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: policy@kakaocorp.com
Subject: Reminder: KCSC-240918-06 - items still pending
Date: {d("2024-09-26 09:00:00")}
Message-ID: <reminder-KCSC-240918-06-1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

The deadline of KCSC-240918-06 has passed. Still pending:
{K1_RAW}
{K[1]}
"""
case(
    name="kakao-dsn-reminder-bounce",
    date=d("2024-09-26 09:00:07"),
    **{"from": "MAILER-DAEMON@mx1.kakaocorp.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-9A41C3"

--dsn-9A41C3
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy@kakaocorp.com>: mailbox full, try again later (552 5.2.2)

--dsn-9A41C3
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: {d("2024-09-26 09:00:03")}

Final-Recipient: rfc822; policy@kakaocorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-9A41C3
Content-Description: Undelivered Message
Content-Type: message/rfc822

{KAKAO_ORIG}
--dsn-9A41C3--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification returning our reminder (original attached)",
    why="bounce; the URLs are only in our own returned reminder",
    items={},
)

case(
    name="naver-mdn-read",
    date=d("2024-09-12 10:02:29"),
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    subject="읽음: KCSC-240911-04 게시물 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-55c2"

--mdn-55c2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지

  받는 사람: policy@navercorp.com
  제목: KCSC-240911-04 게시물 시정요구
  보낸 날짜: 2024-09-11 오전 9:00

이(가) 2024-09-12 오전 10:02에 읽혔습니다.

--mdn-55c2
Content-Type: message/disposition-notification

Reporting-UA: policy@navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240911-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-55c2--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean Outlook read receipt (읽음:) as multipart/report disposition-notification",
    why="read receipt (MDN)",
    items={},
)

case(
    name="helpscout-tiktok-autoreply",
    date=d("2024-09-20 10:02:44"),
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal Support",
    subject="Re: KCSC-240920-07 removal request",
    reply_to_req="req-240920-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-HelpScout-Auto-Reply: true"],
    body="""Hi there,

Thanks for getting in touch! This is an automated reply to let you know we
received your message. A member of our team will get back to you within two
business days.

TikTok Legal Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Help Scout mailbox auto-reply ('we received your message')",
    why="automatic receipt, nothing about any item",
    items={},
)

HEADER = """# Blind set 242: ticket systems and threads (Zendesk, Freshdesk, Jira,
# Help Scout receipts and results, solved tickets, follow-ups, replies to our
# reminders, partial answers, forwarded mail). Written by make.py from the
# meaning of each email before any run of the reader. Do not edit by hand.
"""

def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value, as mail clients send it."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def encode_headers():
    for c in cases:
        if not c.get("name_from", "").isascii():
            c["name_from"] = enc(c["name_from"])
        # NAVER's mailer encodes the subject; Kakao's sends it as raw UTF-8.
        if c["from"].endswith("navercorp.com") and not c["subject"].isascii():
            c["subject"] = enc(c["subject"])


if __name__ == "__main__":
    encode_headers()
    write_requests()
    corpuslib.write_set(HERE, "blind242", HEADER, cases)
