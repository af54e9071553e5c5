#!/usr/bin/env python3
"""Blind set 590: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail, from Telegram, X, YouTube, NAVER, Kakao and Discord.

    python3 tests/corpus/blind590/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before the
reader was ever run on them. All names, channels, ids and URLs are invented.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def hdr(s):
    """RFC 2047 encoding for non-ASCII display names and subjects."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
T = [
    "https://t.me/harbor_lights_kr/101",
    "https://t.me/harbor_lights_kr/102",
    "https://t.me/harbor_lights_kr/117",
    "https://t.me/night_ferry_club/8",
    "https://t.me/night_ferry_club/15",
    "https://t.me/night_ferry_club/16",
    "https://t.me/gray_orchard/2203",
    "https://t.me/gray_orchard/2240",
    "https://t.me/paper_kite_market/57",
    "https://t.me/paper_kite_market/58",
    "https://t.me/silent_quarry",
    "https://t.me/+Qx7fRk2LmWp9aZ1c",
]
X = [
    "https://x.com/ledgerfox_kr/status/1830412277001234561",
    "https://x.com/ledgerfox_kr/status/1830498812345670011",
    "https://x.com/mintcurve88/status/1831002233445566778",
    "https://x.com/mintcurve88",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp0A",
    "https://www.youtube.com/watch?v=bR7nXw2Jc5E",
    "https://www.youtube.com/@lanternhollow",
]
N = [
    "https://blog.naver.com/dawnmoth77/223560011122",
    "https://cafe.naver.com/bluepinehaven/48213",
    "https://blog.naver.com/saltmarsh_k/223571234567",
]
K1_RAW = "https://quietfield.tistory.com/entry/야간-모임-안내"
K = [
    "https://quietfield.tistory.com/entry/%EC%95%BC%EA%B0%84-%EB%AA%A8%EC%9E%84-%EC%95%88%EB%82%B4",
    "https://quietfield.tistory.com/88",
    "https://cafe.daum.net/sunsetlane77/Ab3k/1204",
    "https://cafe.daum.net/sunsetlane77/Ab3k/1219",
    "https://v.daum.net/v/20240901093015123",
]
D = [
    "https://discord.com/channels/1120450098765432101/1120450098765432155/1281234567890123456",
    "https://discord.gg/rivetmoon",
]
Y4 = "https://www.youtube.com/watch?v=Hc9ZpL2sW4u"

REQS = [
    # ref, platform, sent_at, due_at, urls, category, message-id local part, note
    ("KCSC-240902-01", "telegram", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", T,
     "illegal_gambling", "req.240902.01.a7f3", 'twelve links, incl. the whole channel "silent_quarry" and an invite link'),
    ("KCSC-240903-02", "x", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "defamation", "req.240903.02.b81c", "three posts, one account"),
    ("KCSC-240904-03", "youtube", "2024-09-04T09:45:00+09:00", "2024-09-11T18:00:00+09:00", Y,
     "drugs", "req.240904.03.c0d2", "two videos, one channel"),
    ("KCSC-240905-04", "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", N,
     "obscenity", "req.240905.04.d5e9", "blog, cafe, blog"),
    ("KCSC-240906-05", "kakao", "2024-09-06T10:20:00+09:00", "2024-09-13T18:00:00+09:00", K,
     "privacy", "req.240906.05.e3a1", "Tistory (Korean path), Daum cafe, Daum news comment"),
    ("KCSC-240909-06", "discord", "2024-09-09T16:05:00+09:00", "2024-09-16T18:00:00+09:00", D,
     "illegal_trade", "req.240909.06.f7b4", "one message link, one server invite"),
    ("KCSC-240910-07", "youtube", "2024-09-10T09:10:00+09:00", "2024-09-17T18:00:00+09:00", [Y4],
     "harassment", "req.240910.07.0a9e", "single video"),
]
MID = {r[0]: r[6] for r in REQS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


# ------------------------------------------------------- quoted requests
def request_text(ref, urls):
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission (KCSC) asks you to remove",
        f"or restrict the content listed below (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each link.", "",
              "KCSC Takedown Desk"]
    return lines


def gmail_quote(when, ref, urls):
    out = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    out += [("> " + l).rstrip() for l in request_text(ref, urls)]
    return "\n".join(out)


def outlook_quote(when, subject, ref, urls):
    out = ["-----Original Message-----",
           "From: KCSC Takedown <takedown@kcsc.example>",
           f"Sent: {when}",
           "To: abuse@telegram.org",
           f"Subject: {subject}", ""]
    out += request_text(ref, urls)
    return "\n".join(out)


def reminder_quote(when, ref, urls, who="legal@x.com"):
    out = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
           f"> Reminder: request {ref} sent to {who} is past its deadline.",
           "> The following links are still pending on our side:",
           ">"]
    out += [f"> - {u}" for u in urls]
    out += [">", "> KCSC Takedown Desk"]
    return "\n".join(out)


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== APPLIED
case(
    name="tg-zendesk-solved-first-three",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification carrying the agent's comment (Telegram support desk)",
    why="authenticated telegram.org, agent names three links and says each was deleted; the other nine are not mentioned",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Wed, 04 Sep 2024 15:12:40 +0900",
    subject="[Telegram Support] Re: KCSC-240902-01 removal request (#48211)",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
{ZD_LINE}

Your request (#48211) has been solved. To reopen it, reply to this email.

Olek M. (Telegram Support)
Sep 4, 2024, 08:12 CEST

Hello,

We looked at the first three posts in your list. All three have been
deleted for violating the Telegram Terms of Service:

https://t.me/harbor_lights_kr/101
https://t.me/harbor_lights_kr/102
https://t.me/harbor_lights_kr/117

The remaining links are being handled separately and you will hear from us
in this thread.

Regards,
Olek

--------------------------------
This email is a service from Telegram Support. Terms: https://telegram.org/tos
""",
    items={T[0]: "removed", T[1]: "removed", T[2]: "removed"},
)

case(
    name="tg-followup-same-thread-rest",
    outcome="applied", classification="confirmation",
    imitates="second agent comment in the same Zendesk ticket, earlier comment shown quoted below",
    why="follow-up names five more links with outcomes; the first three appear only in the quoted earlier reply",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Fri, 06 Sep 2024 11:03:09 +0900",
    subject="[Telegram Support] Re: KCSC-240902-01 removal request (#48211)",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
{ZD_LINE}

Olek M. (Telegram Support)
Sep 6, 2024, 04:03 CEST

Hello again,

Here is the outcome for the next part of your list.

Blocked: https://t.me/night_ferry_club/8, https://t.me/night_ferry_club/15
and https://t.me/night_ferry_club/16 are no longer accessible.

https://t.me/gray_orchard/2203 could not be found; the message ID does not
exist in that channel.

https://t.me/gray_orchard/2240 was reviewed and does not break our Terms of
Service, so it stays up.

Regards,
Olek

On Wed, Sep 4, 2024 at 08:12, Telegram Support <support@telegram.org> wrote:
> All three have been deleted for violating the Telegram Terms of Service:
> https://t.me/harbor_lights_kr/101
> https://t.me/harbor_lights_kr/102
> https://t.me/harbor_lights_kr/117
""",
    items={T[3]: "removed", T[4]: "removed", T[5]: "removed", T[6]: "not_found", T[7]: "rejected",
           T[0]: "pending", T[1]: "pending", T[2]: "pending"},
)

case(
    name="tg-reminder-reply-text-table",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply to a regulator's overdue reminder, results as a plain-text table over the quoted reminder",
    why="four rows with outcomes: restricted in Korea, deleted, channel blocked, invite link invalid",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 09:40:55 +0900",
    subject="Re: [Reminder] KCSC-240902-01 overdue",
    body=f"""
Hello,

Apologies for the delay. Status of the links still open on your side:

Link                                 | Result
-------------------------------------+------------------------------------
https://t.me/paper_kite_market/57    | restricted for users in South Korea
https://t.me/paper_kite_market/58    | deleted
https://t.me/silent_quarry           | channel blocked
https://t.me/+Qx7fRk2LmWp9aZ1c       | invite link invalid / expired

Telegram Abuse Team

{reminder_quote("Tue, Sep 10, 2024 at 9:00 AM", "KCSC-240902-01", T[8:], "abuse@telegram.org")}
""",
    items={T[8]: "restricted", T[9]: "removed", T[10]: "removed", T[11]: "not_found"},
)

case(
    name="x-jira-resolved-mixed",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with a public comment (X legal operations)",
    why="three posts named, each with its own outcome: withheld in KR, removed, no violation",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Fri, 06 Sep 2024 17:25:31 +0900",
    subject="[LEGAL-KR-3391] KCSC-240903-02 - Resolved",
    reply_to_req=MID["KCSC-240903-02"],
    body="""
—-—-—-—-—-—-
Reply above this line.

Dana Whitfield resolved this as Done.

Dana Whitfield commented:

Thank you for your report. After review:

* https://x.com/ledgerfox_kr/status/1830412277001234561 - withheld in South
  Korea in response to your legal demand.
* https://x.com/ledgerfox_kr/status/1830498812345670011 - removed for
  violating the X Rules.
* https://x.com/mintcurve88/status/1831002233445566778 - we reviewed this
  post and found no violation of the X Rules or local law; no action taken.

View request: https://legalsupport.x.example/servicedesk/customer/portal/4/LEGAL-KR-3391
Turn off this request's notifications

This is shared with X Legal Operations.
""",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "rejected"},
)

case(
    name="x-followup-account-suspended",
    outcome="applied", classification="confirmation",
    imitates="follow-up comment in the same Jira request: account suspension notice",
    why="the reported account is named in angle brackets and stated suspended",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Mon, 09 Sep 2024 10:02:14 +0900",
    subject="[LEGAL-KR-3391] KCSC-240903-02 - New comment",
    reply_to_req=MID["KCSC-240903-02"],
    body="""
—-—-—-—-—-—-
Reply above this line.

Dana Whitfield commented:

Following up on the last item of your request: the account
<https://x.com/mintcurve88> has been permanently suspended for repeated
violations of our rules and is no longer visible on X.

View request: https://legalsupport.x.example/servicedesk/customer/portal/4/LEGAL-KR-3391
""",
    items={X[3]: "removed"},
)

YT_TABLE_TEXT = """Hello,

Thank you for your notice (KCSC-240904-03). Our review is complete.

URL: https://www.youtube.com/watch?v=Qm3vT8kLp0A
Action: Removed (Community Guidelines, harmful or dangerous content)

URL: https://www.youtube.com/watch?v=bR7nXw2Jc5E
Action: Age-restricted

URL: https://www.youtube.com/@lanternhollow
Action: No action taken - the channel does not violate our policies

The YouTube Legal Support Team
"""
YT_TABLE_HTML = """<html><body>
<p>Hello,</p>
<p>Thank you for your notice (KCSC-240904-03). Our review is complete.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td><a href="https://www.youtube.com/watch?v=Qm3vT8kLp0A">https://www.youtube.com/watch?v=Qm3vT8kLp0A</a></td><td>Removed (Community Guidelines, harmful or dangerous content)</td></tr>
<tr><td><a href="https://www.youtube.com/watch?v=bR7nXw2Jc5E">https://www.youtube.com/watch?v=bR7nXw2Jc5E</a></td><td>Age-restricted</td></tr>
<tr><td><a href="https://www.youtube.com/@lanternhollow">https://www.youtube.com/@lanternhollow</a></td><td>No action taken - the channel does not violate our policies</td></tr>
</table>
<p>The YouTube Legal Support Team<br>
<a href="https://support.google.com/youtube/answer/2802027">How YouTube handles legal requests</a></p>
</body></html>
"""
case(
    name="yt-helpdesk-html-table",
    outcome="applied", classification="confirmation",
    imitates="help-desk reply rendered as an HTML table with a plain-text alternative (YouTube legal support)",
    why="each of the three items has its own row: removed, age-restricted, no action; the help link is not an item",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 13:44:02 +0900",
    subject="Re: KCSC-240904-03 [ref:_00D1x.5004Qm:ref]",
    reply_to_req=MID["KCSC-240904-03"],
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt590alt"

--yt590alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{YT_TABLE_TEXT}
--yt590alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{YT_TABLE_HTML}
--yt590alt--
""",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected"},
)

case(
    name="yt-single-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="short case-closure email that refers to 'the video you reported' without repeating the URL",
    why="one-item request referenced by subject and thread; 'we removed the video' about that sole item",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 08:55:47 +0900",
    subject="Re: KCSC-240910-07 removal request [Case ID 5-2091000033417]",
    reply_to_req=MID["KCSC-240910-07"],
    body="""
Hi,

Thanks for reaching out. After reviewing your report we removed the video
you reported for violating our harassment policy. This case is now closed.

If you have further concerns, you can reply to this email within 7 days.

Best regards,
Min-seo
YouTube Legal Support
""",
    items={Y4: "removed"},
)

case(
    name="naver-ticket-korean-result",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 (처리 결과 안내) with URLs followed by Korean particles",
    why="게시중단, 임시조치 and 게시물 없음 stated for each of the three URLs",
    **{"from": "help@navercorp.com"}, name_from=hdr("네이버 고객센터"),
    date="Mon, 09 Sep 2024 16:30:00 +0900",
    subject=hdr("[문의번호 2409-118842] KCSC-240905-04 처리 결과 안내"),
    reply_to_req=MID["KCSC-240905-04"],
    body="""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240905-04)에 대한 처리 결과를 안내드립니다.

- https://blog.naver.com/dawnmoth77/223560011122의 경우 운영정책 위반이 확인되어 게시중단 처리하였습니다.
- https://cafe.naver.com/bluepinehaven/48213은 권리침해 여부 판단이 어려워 30일간 임시조치하였습니다.
- https://blog.naver.com/saltmarsh_k/223571234567 게시물은 확인 결과 존재하지 않는 게시물입니다.

추가 문의는 본 메일에 회신해 주시기 바랍니다.
네이버 고객센터 드림
""",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found"},
)

NAVER_QP = """안녕하세요, 네이버 카페 운영지원팀입니다.

요청번호 KCSC-240905-04 관련하여 1차 처리 결과를 알려드립니다.

https://cafe.naver.com/bluepinehaven/48213
→ 해당 게시글은 블라인드 처리되었습니다.

나머지 블로그 게시물 2건은 담당 부서에서 검토 중이며, 결과가 나오는 대로 이 메일로 다시 안내드리겠습니다.

감사합니다.
네이버 카페 운영지원팀
"""
case(
    name="naver-qp-partial-blind",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 운영지원팀 first partial answer, quoted-printable body",
    why="one URL blinded (removed); the other two only 'under review' and stay pending",
    **{"from": "cafe_support@navercorp.com"}, name_from=hdr("네이버 카페 운영지원팀"),
    date="Fri, 06 Sep 2024 18:12:33 +0900",
    subject=hdr("Re: KCSC-240905-04 게시물 삭제 요청"),
    reply_to_req=MID["KCSC-240905-04"],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NAVER_QP)}""",
    items={N[1]: "removed", N[0]: "pending", N[2]: "pending"},
)

KAKAO_B64 = f"""안녕하세요. 카카오 권리침해신고센터입니다.

접수번호 R-2024-0907-3318 (KCSC-240906-05) 처리 결과를 안내드립니다.

1) {K1_RAW}
   : 게시중단 조치 완료

2) https://quietfield.tistory.com/88
   : 운영정책 위반으로 비공개 처리하였습니다.

나머지 다음 카페 및 뉴스 댓글 건은 별도로 회신드리겠습니다.

카카오 권리침해신고센터
"""
case(
    name="kakao-base64-tistory-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 처리 결과 안내, base64 body, raw Korean Tistory path",
    why="raw Korean path matches the percent-encoded request URL; 게시중단 and 비공개 처리 both count as removed",
    **{"from": "right@kakaocorp.com"}, name_from=hdr("카카오 권리침해신고센터"),
    date="Tue, 10 Sep 2024 11:20:00 +0900",
    subject=hdr("[카카오] 권리침해신고 처리 결과 안내 (R-2024-0907-3318)"),
    reply_to_req=MID["KCSC-240906-05"],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KAKAO_B64)}
""",
    items={K[0]: "removed", K[1]: "removed"},
)

KAKAO_CSV = f"""접수번호,URL,처리결과,처리일시
R-2024-0907-3318,{K[2]},임시조치(30일),2024-09-11 10:02
R-2024-0907-3318,{K[3]},삭제,2024-09-11 10:05
R-2024-0907-3318,{K[4]},게시물 없음,2024-09-11 10:07
"""
case(
    name="kakao-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="ticket reply whose results are only in an attached CSV export (Kakao)",
    why="three rows in the CSV attachment: 임시조치, 삭제, 게시물 없음",
    **{"from": "right@kakaocorp.com"}, name_from=hdr("카카오 권리침해신고센터"),
    date="Wed, 11 Sep 2024 10:30:12 +0900",
    subject=hdr("[카카오] 권리침해신고 처리 결과 (R-2024-0907-3318) 2차"),
    reply_to_req=MID["KCSC-240906-05"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kk590mix"

--kk590mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 권리침해신고센터입니다.
KCSC-240906-05 요청 중 다음 카페 및 뉴스 댓글 건의 처리 결과를 첨부 파일로 보내드립니다.

카카오 권리침해신고센터

--kk590mix
Content-Type: text/csv; charset=utf-8; name="result_R-2024-0907-3318.csv"
Content-Disposition: attachment; filename="result_R-2024-0907-3318.csv"
Content-Transfer-Encoding: base64

{b64(KAKAO_CSV)}
--kk590mix--
""",
    items={K[2]: "restricted", K[3]: "removed", K[4]: "not_found"},
)

case(
    name="discord-zendesk-solved-both",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk reply, ticket marked solved",
    why="both items named: message removed, server taken down; help-centre link is not an item",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 07:18:26 +0900",
    subject="Re: KCSC-240909-06 [#2840119]",
    reply_to_req=MID["KCSC-240909-06"],
    body=f"""
{ZD_LINE}

Your request (#2840119) has been solved.

Priya (Discord Trust & Safety)
Sep 11, 2024, 3:18 PM PDT

Hi there,

Thank you for the report. We've taken action on both items:

- The message at
  https://discord.com/channels/1120450098765432101/1120450098765432155/1281234567890123456
  has been removed.
- The server reached through https://discord.gg/rivetmoon has been taken
  down and the invite no longer works.

You can read more about our policies at https://discord.com/guidelines.

Best,
Priya
Discord Trust & Safety
""",
    items={D[0]: "removed", D[1]: "removed"},
)

case(
    name="discord-partial-invite-invalid",
    outcome="applied", classification="confirmation",
    imitates="first partial answer in a Discord ticket: one item resolved, one still open",
    why="invite link stated invalid (not_found); message link 'still under review' stays pending",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 09:02:11 +0900",
    subject="Re: KCSC-240909-06 [#2840119]",
    reply_to_req=MID["KCSC-240909-06"],
    body=f"""
{ZD_LINE}

Priya (Discord Trust & Safety)
Sep 9, 2024, 5:02 PM PDT

Hello,

A quick update while we work on this ticket.

The invite https://discord.gg/rivetmoon is invalid: it does not resolve to
any server on our side, so there is nothing we can action there.

The message link
https://discord.com/channels/1120450098765432101/1120450098765432155/1281234567890123456
is still under review by the team and we'll come back to you in this thread.

Priya
""",
    items={D[1]: "not_found", D[0]: "pending"},
)

case(
    name="tg-internal-forward-moderation",
    outcome="applied", classification="confirmation",
    imitates="support agent passing on the moderation team's internal note ('see below') inside the same ticket",
    why="arguable: the statement sits in a forwarded block, but from Telegram's own moderation team and sent by Telegram itself",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Thu, 05 Sep 2024 20:41:18 +0900",
    subject="[Telegram Support] Re: KCSC-240902-01 removal request (#48211)",
    reply_to_req=MID["KCSC-240902-01"],
    body="""
Hello,

Please see the update from our moderation team below regarding two of the
links you sent.

Olek

---------- Forwarded message ---------
From: Moderation Desk <moderation@telegram.org>
Date: Thu, Sep 5, 2024 at 13:30
Subject: KCSC-240902-01 / gray_orchard

https://t.me/gray_orchard/2203 - removed, gambling advertising.
https://t.me/gray_orchard/2240 - removed, same uploader, same content.
""",
    items={T[6]: "removed", T[7]: "removed"},
)

case(
    name="yt-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="ticket reply listing each URL on its own line with a 'Status:' line below",
    why="status line under each URL: removed, no action, restricted in KR",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 14:06:39 +0900",
    subject="Re: KCSC-240904-03",
    reply_to_req=MID["KCSC-240904-03"],
    body="""
Hello KCSC team,

Please find the outcome for each item of your request below.

https://www.youtube.com/watch?v=Qm3vT8kLp0A
Status: Removed - violates Community Guidelines

https://www.youtube.com/watch?v=bR7nXw2Jc5E
Status: No action - does not violate Community Guidelines or local law

https://www.youtube.com/@lanternhollow
Status: Restricted - channel blocked from view in South Korea

Kind regards,
Jae
YouTube Legal Support
""",
    items={Y[0]: "removed", Y[1]: "rejected", Y[2]: "restricted"},
)

case(
    name="x-gmail-top-post",
    outcome="applied", classification="confirmation",
    imitates="agent's top-posted reply over the Gmail-quoted original request (X legal)",
    why="two posts named above the quote: withheld in Korea; deleted by its author before review",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Thu, 05 Sep 2024 12:15:06 +0900",
    subject="Re: KCSC-240903-02 Removal request",
    reply_to_req=MID["KCSC-240903-02"],
    body=f"""
Hi,

We've withheld https://x.com/mintcurve88/status/1831002233445566778 in
South Korea.

https://x.com/ledgerfox_kr/status/1830412277001234561 had already been
deleted by the account holder when we reviewed it, so no action was needed.

We'll get back to you on the rest.

X Legal

{gmail_quote("Tue, Sep 3, 2024 at 11:30 AM", "KCSC-240903-02", X)}
""",
    items={X[2]: "restricted", X[0]: "not_found", X[1]: "pending", X[3]: "pending"},
)

case(
    name="tg-outlook-original-below",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unquoted original request below",
    why="two links stated above the Outlook header; the unquoted request below is our own text",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 19:27:44 +0900",
    subject="RE: KCSC-240902-01 Request for removal",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Dear KCSC,

The channel https://t.me/silent_quarry has been terminated.
We were unable to find https://t.me/gray_orchard/2240 - the post does not
exist.

Best regards,
Telegram Abuse Team

{outlook_quote("Monday, September 2, 2024 10:00 AM", "KCSC-240902-01 Request for removal", "KCSC-240902-01", T)}
""",
    items={T[10]: "removed", T[7]: "not_found"},
)

case(
    name="naver-reminder-reply-numbered",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply to the regulator's reminder, numbered list with arrows, quoted reminder below",
    why="게시중단 완료, 삭제 요청 반려 (위반 없음), 작성자 삭제 each stated for one URL",
    **{"from": "policy@navercorp.com"}, name_from=hdr("NAVER 정책지원"),
    date="Fri, 13 Sep 2024 10:11:50 +0900",
    subject=hdr("Re: [Reminder] KCSC-240905-04 overdue"),
    body=f"""
안녕하세요, NAVER 정책지원 담당자입니다.
회신이 늦어 죄송합니다. 요청하신 3건의 처리 결과는 아래와 같습니다.

1. https://blog.naver.com/dawnmoth77/223560011122 → 게시중단 완료
2. https://cafe.naver.com/bluepinehaven/48213 → 삭제 요청 반려 (운영정책 위반 사항 없음)
3. https://blog.naver.com/saltmarsh_k/223571234567 → 작성자가 이미 삭제한 게시물입니다

감사합니다.

{reminder_quote("Fri, Sep 13, 2024 at 9:00 AM", "KCSC-240905-04", N, "policy@navercorp.com")}
""",
    items={N[0]: "removed", N[1]: "rejected", N[2]: "not_found"},
)

case(
    name="kakao-freshdesk-status-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket status changed to Resolved' email with the agent's Korean note; URLs in angle brackets and 「」",
    why="Tistory post 접근 제한 (restricted); news comment 삭제 (removed); full-width punctuation after URLs",
    **{"from": "helpdesk@kakaocorp.com"}, name_from=hdr("카카오 고객센터"),
    date="Thu, 12 Sep 2024 15:45:03 +0900",
    subject=hdr("티켓 #90417 상태 변경: 해결됨 (KCSC-240906-05)"),
    reply_to_req=MID["KCSC-240906-05"],
    body="""
티켓 #90417 의 상태가 '해결됨'으로 변경되었습니다.

담당자 메모:
<https://quietfield.tistory.com/88>（국내 이용자 대상 접근 제한 조치）
「https://v.daum.net/v/20240901093015123」 기사 하단의 신고 댓글은 삭제 처리하였습니다.

티켓 보기: https://helpdesk.kakao.example/support/tickets/90417
이 메일에 회신하시면 티켓이 다시 열립니다.
""",
    items={K[1]: "restricted", K[4]: "removed"},
)

case(
    name="discord-ack-plus-statement",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt text in which the agent also states an action already taken",
    why="receipt phrase plus an unhedged 'already removed' about the named message; the invite is not mentioned",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 02:14:00 +0900",
    subject="Re: KCSC-240909-06 [#2840533]",
    reply_to_req=MID["KCSC-240909-06"],
    body="""
Hello,

Thank you for contacting Discord Trust & Safety. We received your report
and a ticket (#2840533) has been created for it.

For your information, the message you listed at
<https://discord.com/channels/1120450098765432101/1120450098765432155/1281234567890123456>
had already been removed by our team following an earlier user report.

Discord Trust & Safety
""",
    items={D[0]: "removed"},
)

case(
    name="yt-statement-of-reasons-fields",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons sent per item as labelled fields",
    why="two items with 'Decision' fields: removal of content; visibility restricted in South Korea",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date="Wed, 11 Sep 2024 21:09:12 +0900",
    subject="Decision on your notice KCSC-240904-03",
    reply_to_req=MID["KCSC-240904-03"],
    body="""
Decision on your notice

Content: https://www.youtube.com/watch?v=Qm3vT8kLp0A
Decision: Removal of content
Ground: Incompatible with terms of service (Community Guidelines - illegal goods)
Automated detection: No
Territorial scope: Global

Content: https://www.youtube.com/watch?v=bR7nXw2Jc5E
Decision: Visibility restricted
Ground: Local law
Automated detection: No
Territorial scope: South Korea

You can learn about redress options at https://support.google.com/youtube/answer/185111
""",
    items={Y[0]: "removed", Y[1]: "restricted"},
)

case(
    name="tg-abuse-case-bullets-no-scheme",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk 'Case #' reply with bullets and links written without https://",
    why="two scheme-less t.me links each stated removed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 03:33:21 +0900",
    subject="Case #7730415 - KCSC-240902-01",
    reply_to_req=MID["KCSC-240902-01"],
    body="""
Hello,

Case #7730415 has been processed. Actions taken:

  - t.me/paper_kite_market/57 - removed
  - t.me/paper_kite_market/58 - removed

Thank you for helping keep Telegram safe.
Telegram Abuse Team
""",
    items={T[8]: "removed", T[9]: "removed"},
)

X_HTML = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We are writing about your request <b>KCSC-240903-02</b>.</p>
<p>We removed the following post because it broke the X Rules:<br>
<a href="https://x.com/ledgerfox_kr/status/1830412277001234561">x.com/ledgerfox_kr/status/18304122…</a></p>
<p>The following post has been withheld in South Korea:<br>
<a href="https://x.com/ledgerfox_kr/status/1830498812345670011">x.com/ledgerfox_kr/status/18304988…</a></p>
<p>Thanks,<br>X Legal</p>
<p style="font-size:11px;color:#777">X Corp. &middot; <a href="https://help.x.com/en/rules-and-policies">Rules and policies</a></p>
</body></html>"""
case(
    name="x-html-truncated-links",
    outcome="applied", classification="confirmation",
    imitates="X HTML notice where the visible link text is truncated and the full URL is only in the href",
    why="each post stated removed / withheld in KR; full URLs in href attributes; the rules link is not an item",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Sat, 07 Sep 2024 09:51:30 +0900",
    subject="Your request KCSC-240903-02",
    reply_to_req=MID["KCSC-240903-02"],
    type="html",
    body=X_HTML,
    items={X[0]: "removed", X[1]: "restricted"},
)

case(
    name="kakao-correction-in-thread",
    outcome="applied", classification="confirmation",
    imitates="agent correcting an earlier reply in the same ticket; the earlier reply quoted with '>'",
    why="new statement: the Daum cafe post was deleted, not temporarily restricted; the quoted old statement does not count",
    **{"from": "right@kakaocorp.com"}, name_from=hdr("카카오 권리침해신고센터"),
    date="Fri, 13 Sep 2024 09:05:44 +0900",
    subject=hdr("Re: [카카오] 권리침해신고 처리 결과 (R-2024-0907-3318) 2차"),
    reply_to_req=MID["KCSC-240906-05"],
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

앞서 안내드린 내용 중 한 건을 정정합니다.
https://cafe.daum.net/sunsetlane77/Ab3k/1204 게시글은 임시조치가 아니라 삭제 처리되었습니다.
혼선을 드려 죄송합니다.

2024년 9월 11일 (수) 오전 10:30, 카카오 권리침해신고센터 <right@kakaocorp.com>님이 작성:
> https://cafe.daum.net/sunsetlane77/Ab3k/1204 임시조치(30일)
> https://cafe.daum.net/sunsetlane77/Ab3k/1219 삭제
""",
    items={K[2]: "removed", K[3]: "pending"},
)

case(
    name="yt-single-item-url-next-line",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'content no longer available' notice with the URL on the line below the statement",
    why="statement ends with a colon and the one URL follows on its own line",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date="Fri, 13 Sep 2024 06:20:19 +0900",
    subject="Update on your request KCSC-240910-07",
    reply_to_req=MID["KCSC-240910-07"],
    body="""
Hi,

Following our review, the content below is no longer available on YouTube:

https://www.youtube.com/watch?v=Hc9ZpL2sW4u

It was removed for violating our harassment and cyberbullying policy.

- The YouTube Team
""",
    items={Y4: "removed"},
)

case(
    name="tg-helpscout-conversation-history",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style reply showing the newest message first and the earlier conversation below it",
    why="newest message states two removed and one rejected; the agent's earlier promise below is history",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Sun, 08 Sep 2024 14:02:37 +0900",
    subject="Re: KCSC-240902-01 removal request [#3307]",
    reply_to_req=MID["KCSC-240902-01"],
    body="""
Hi,

Update on night_ferry_club:

https://t.me/night_ferry_club/15 - removed
https://t.me/night_ferry_club/16 - removed
https://t.me/night_ferry_club/8 - reviewed, not in violation of our Terms
of Service; it remains available.

Marta
Telegram DSA Team

------------------------------------------
Marta, Sep 3, 10:14 CEST:

Thanks, we have received the list and will look into the
night_ferry_club links first.

------------------------------------------
KCSC Takedown, Sep 2, 03:00 CEST:

Please remove https://t.me/night_ferry_club/8,
https://t.me/night_ferry_club/15 and https://t.me/night_ferry_club/16
(reference KCSC-240902-01).
""",
    items={T[4]: "removed", T[5]: "removed", T[3]: "rejected"},
)

# ==================================================================== REVIEW
case(
    name="tg-promise-will-remove",
    outcome="review", review="not_understood",
    imitates="agent reply promising action within a time frame",
    why="'will remove within 24 hours' is a promise, not a statement",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Tue, 03 Sep 2024 16:48:05 +0900",
    subject="[Telegram Support] Re: KCSC-240902-01 removal request (#48211)",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
{ZD_LINE}

Olek M. (Telegram Support)
Sep 3, 2024, 09:48 CEST

Hello,

Thanks for the report. Our moderators will remove
https://t.me/harbor_lights_kr/101 and https://t.me/harbor_lights_kr/102
within the next 24 hours. I'll confirm here once it's done.

Olek
""",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="x-hedged-appears-removed",
    outcome="review", review="not_understood",
    imitates="agent reply that only hedges about the post's state",
    why="'appears to have been removed', 'may no longer be available' are hedges",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Wed, 04 Sep 2024 18:30:41 +0900",
    subject="[LEGAL-KR-3391] KCSC-240903-02 - New comment",
    reply_to_req=MID["KCSC-240903-02"],
    body="""
—-—-—-—-—-—-
Reply above this line.

Dana Whitfield commented:

Hi, on a first look https://x.com/ledgerfox_kr/status/1830498812345670011
appears to have been removed already, and the account
https://x.com/mintcurve88 may no longer be available either. We are
checking internally and will confirm.

View request: https://legalsupport.x.example/servicedesk/customer/portal/4/LEGAL-KR-3391
""",
    items={X[1]: "pending", X[3]: "pending"},
)

case(
    name="kakao-conditional-korean",
    outcome="review", review="not_understood",
    imitates="Korean notice that the post will be deleted after the poster's 소명 period (임시조치 절차 예고)",
    why="deletion is conditional on a future deadline: no statement yet",
    **{"from": "right@kakaocorp.com"}, name_from=hdr("카카오 권리침해신고센터"),
    date="Mon, 09 Sep 2024 14:14:14 +0900",
    subject=hdr("[카카오] 권리침해신고 진행 상황 안내 (R-2024-0907-3318)"),
    reply_to_req=MID["KCSC-240906-05"],
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

https://cafe.daum.net/sunsetlane77/Ab3k/1219 게시글에 대해 게시자에게 소명 기회를 부여하였습니다.
7일 이내 소명이 없을 경우 해당 게시글은 삭제될 예정입니다.

처리가 완료되면 다시 안내드리겠습니다.
""",
    items={K[3]: "pending"},
)

case(
    name="tg-bulk-all-blocked",
    outcome="review", review="bulk",
    imitates="ticket closure stating that all reported links were handled, without listing them",
    why="'all links in your request' for a twelve-item request: no item named",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 12:00:03 +0900",
    subject="Case #7730415 closed - KCSC-240902-01",
    reply_to_req=MID["KCSC-240902-01"],
    body="""
Hello,

We have reviewed all links in your request KCSC-240902-01 and blocked them.
Case #7730415 is now closed.

Telegram Abuse Team
""",
    items={u: "pending" for u in T},
)

case(
    name="x-jira-bulk-withheld",
    outcome="review", review="bulk",
    imitates="Jira 'resolved' notification with a one-line resolution for the whole request",
    why="'the reported posts have been withheld' covers a four-item request without naming any",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Tue, 10 Sep 2024 11:40:27 +0900",
    subject="[LEGAL-KR-3391] KCSC-240903-02 - Resolved",
    reply_to_req=MID["KCSC-240903-02"],
    body="""
—-—-—-—-—-—-
Reply above this line.

Dana Whitfield resolved this as Done.

Resolution comment: The reported posts have been withheld in South Korea.

View request: https://legalsupport.x.example/servicedesk/customer/portal/4/LEGAL-KR-3391
""",
    items={u: "pending" for u in X},
)

case(
    name="tg-auth-fail-lookalike",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="result email claiming to be Telegram support whose DKIM/SPF/DMARC fail",
    why="telegram.org sender failing authentication: statements not applied",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Sat, 07 Sep 2024 22:10:10 +0900",
    subject="Re: KCSC-240902-01 removal request (#48299)",
    body="""
Hello,

Your request (#48299) has been solved.

https://t.me/harbor_lights_kr/101 - deleted
https://t.me/silent_quarry - deleted

Telegram Support
""",
    items={T[0]: "pending", T[10]: "pending"},
)

case(
    name="discord-via-zendesk-domain",
    outcome="review", review="unknown_sender",
    imitates="ticket notification sent from the help-desk vendor's default subdomain instead of the platform's own domain",
    why="sender domain zendesk.com is not a Discord sender, even though the text looks like Discord's",
    **{"from": "support@rivetcord-help.zendesk.com"}, name_from="Discord Support",
    date="Wed, 11 Sep 2024 05:55:55 +0900",
    subject="[Discord Support] Re: KCSC-240909-06 [#2840119]",
    body=f"""
{ZD_LINE}

Your request (#2840119) has been solved.

The message at
https://discord.com/channels/1120450098765432101/1120450098765432155/1281234567890123456
has been removed.

Discord Support
""",
    items={D[0]: "pending"},
)

case(
    name="naver-about-daum-item",
    outcome="review", review="wrong_platform",
    imitates="NAVER customer-centre answer about a link that belongs to another portal (Daum cafe)",
    why="NAVER stating the status of a Kakao (Daum) item",
    **{"from": "help@navercorp.com"}, name_from=hdr("네이버 고객센터"),
    date="Wed, 11 Sep 2024 13:31:09 +0900",
    subject=hdr("[문의번호 2409-120077] 게시물 확인 요청 답변"),
    body="""
안녕하세요. 네이버 고객센터입니다.

문의하신 https://cafe.daum.net/sunsetlane77/Ab3k/1204 게시물은 네이버 서비스의 게시물이 아니어서 당사에서 확인할 수 없습니다.
해당 서비스 운영사로 문의해 주시기 바랍니다.

네이버 고객센터 드림
""",
    items={K[2]: "pending"},
)

case(
    name="x-asks-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Jira 'waiting for customer' comment asking for the legal basis per URL",
    why="X asks for more information before acting; nothing stated about the items",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Wed, 04 Sep 2024 10:20:00 +0900",
    subject="[LEGAL-KR-3391] KCSC-240903-02 - Waiting for customer",
    reply_to_req=MID["KCSC-240903-02"],
    body="""
—-—-—-—-—-—-
Reply above this line.

Dana Whitfield changed the status to Waiting for customer.

Dana Whitfield commented:

Hello, to process your request we need the specific provision of Korean law
you consider each post to violate, and a copy of the Commission's decision
for https://x.com/mintcurve88. Please reply to this email with the
documents attached.

View request: https://legalsupport.x.example/servicedesk/customer/portal/4/LEGAL-KR-3391
""",
    items={X[3]: "pending"},
)

case(
    name="yt-csat-survey-no-claims",
    outcome="review", review="no_claims",
    imitates="post-ticket satisfaction survey (CSAT) from the support system",
    why="trusted google.com mail naming no item and no request",
    **{"from": "support-survey@google.com"}, name_from="Google Support",
    date="Sat, 14 Sep 2024 09:00:00 +0900",
    subject="How did we do? Tell us about your recent support experience",
    body="""
Hello,

You recently contacted our legal support team. How satisfied were you with
the help you received?

  Very satisfied: https://support.google.com/survey?r=5&c=88213
  Not satisfied:  https://support.google.com/survey?r=1&c=88213

This survey takes less than a minute. Thank you!
Google Support
""",
    items={},
)

case(
    name="colleague-forwards-x-reply",
    outcome="review", review="forwarded", classification="forwarded",
    auth="none",
    imitates="a colleague forwarding a platform's reply from a personal inbox to the takedown mailbox",
    why="the statement is X's but reaches us forwarded by a non-platform sender",
    **{"from": "j.park@kcsc.example"}, name_from="Park Jiwoo",
    date="Mon, 09 Sep 2024 09:12:00 +0900",
    subject="Fwd: Re: KCSC-240903-02 Removal request",
    body="""
FYI - this came to my address instead of the desk.

Jiwoo

---------- Forwarded message ---------
From: X Legal Operations <legal-ops@x.com>
Date: Sun, Sep 8, 2024 at 6:40 PM
Subject: Re: KCSC-240903-02 Removal request
To: Park Jiwoo <j.park@kcsc.example>

Hello, https://x.com/ledgerfox_kr/status/1830498812345670011 has been
removed.

X Legal
""",
    items={X[1]: "pending"},
)

case(
    name="discord-solved-no-outcome",
    outcome="review", review="not_understood",
    imitates="Zendesk auto-solve notification ('we haven't heard from you, your request has been solved')",
    why="a ticket marked solved by inactivity says nothing about either item",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sun, 15 Sep 2024 00:00:12 +0900",
    subject="Re: KCSC-240909-06 [#2840119]",
    reply_to_req=MID["KCSC-240909-06"],
    body=f"""
{ZD_LINE}

Your request (#2840119) has been solved.

We haven't heard back from you, so we've marked this request as solved. If
you still need help, just reply to this email within 7 days and the ticket
will reopen.

Discord Trust & Safety
https://support.discord.com/hc/en-us
""",
    items={D[0]: "pending", D[1]: "pending"},
)

# =================================================================== IGNORED
case(
    name="tg-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk autoreply trigger: 'we've received your request, ticket #'",
    why="pure receipt, no statement",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Mon, 02 Sep 2024 10:01:12 +0900",
    subject="[Telegram Support] Re: KCSC-240902-01 removal request (#48211)",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
{ZD_LINE}

Your request (#48211) has been received and is being reviewed by our
support staff. To add information, reply to this email.

Telegram Support
""",
    items={},
)

case(
    name="kakao-korean-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-desk 접수 완료 안내 with a receipt number",
    why="접수되었습니다 + 순차적으로 검토 예정: a receipt, no statement",
    **{"from": "noreply@kakaocorp.com"}, name_from=hdr("카카오 고객센터"),
    date="Fri, 06 Sep 2024 10:21:30 +0900",
    subject=hdr("[카카오] 문의가 접수되었습니다 (접수번호 R-2024-0907-3318)"),
    reply_to_req=MID["KCSC-240906-05"],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: R-2024-0907-3318

접수된 순서대로 검토 후 답변드리겠습니다. 본 메일은 발신 전용입니다.
""",
    items={},
)

case(
    name="x-agent-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange automatic reply from an X legal agent",
    why="out-of-office auto-reply",
    **{"from": "d.whitfield@x.com"}, name_from="Dana Whitfield",
    date="Tue, 10 Sep 2024 09:00:41 +0900",
    subject="Automatic reply: [Reminder] KCSC-240903-02 overdue",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I'm out of the office until September 16 with limited access to email.
For urgent legal requests please contact legal-ops@x.com.

Dana
""",
    items={},
)

DSN_TEXT = """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@discord.com>: host mx.discord.com[203.0.113.44] said: 550 5.1.1
    <legal-kr@discord.com>: Recipient address rejected: User unknown
"""
case(
    name="discord-reminder-bounce",
    outcome="ignored", classification="bounce",
    auth="none",
    imitates="Postfix DSN for a reminder sent to a wrong Discord address",
    why="delivery status notification; the quoted headers name our request",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Mon, 16 Sep 2024 18:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn590"

--dsn590
Content-Type: text/plain; charset=us-ascii

{DSN_TEXT}
--dsn590
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon, 16 Sep 2024 18:00:03 +0900

Final-Recipient: rfc822; legal-kr@discord.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.discord.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@discord.com>: Recipient address rejected: User unknown

--dsn590
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@discord.com
Subject: [Reminder] KCSC-240909-06 overdue
Date: Mon, 16 Sep 2024 18:00:00 +0900
Message-ID: <reminder.240909.06.1@kcsc.example>

--dsn590--
""",
    items={},
)

case(
    name="naver-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (multipart/report; disposition-notification) from a NAVER staff mail client",
    why="read receipt only",
    **{"from": "s.kim@navercorp.com"}, name_from="Kim Seoyeon",
    date="Thu, 05 Sep 2024 15:02:41 +0900",
    subject=hdr("읽음: KCSC-240905-04 게시물 삭제 요청"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn590"

--mdn590
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

The message sent on 2024-09-05 14:00 to s.kim@navercorp.com with subject
"KCSC-240905-04 게시물 삭제 요청" was displayed on 2024-09-05 15:02.

--mdn590
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; s.kim@navercorp.com
Original-Message-ID: <req.240905.04.d5e9@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn590--
""",
    items={},
)

case(
    name="x-jira-request-created",
    outcome="ignored",
    imitates="Jira Service Management 'request received' customer notification",
    why="request-created notification with a portal link: a receipt",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Tue, 03 Sep 2024 11:31:02 +0900",
    subject="[LEGAL-KR-3391] KCSC-240903-02 Removal request",
    reply_to_req=MID["KCSC-240903-02"],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
—-—-—-—-—-—-
Reply above this line.

Your request LEGAL-KR-3391 has been received. We'll let you know when
there's an update.

View request: https://legalsupport.x.example/servicedesk/customer/portal/4/LEGAL-KR-3391
Turn off this request's notifications
""",
    items={},
)

case(
    name="yt-korean-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동 응답 from a Google staff mailbox",
    why="out-of-office auto-reply in Korean",
    **{"from": "hj.lee@google.com"}, name_from=hdr("이현준"),
    date="Wed, 04 Sep 2024 09:46:00 +0900",
    subject=hdr("자동 응답: KCSC-240904-03 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 9월 4일부터 9월 6일까지 휴가로 부재중입니다.
급한 건은 legal-support@google.com 으로 연락 부탁드립니다.

이현준 드림
""",
    items={},
)


HEADER = """# Blind set 590 (ticket systems and threads). Written by make.py from the
# case list; expected results written from each email's meaning before any
# run of the reader. Each case is judged alone on a fresh ledger holding
# requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind590", HEADER, CASES)


if __name__ == "__main__":
    main()
