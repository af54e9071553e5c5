#!/usr/bin/env python3
"""Blind set 554: ticket systems and threads.

Zendesk / Freshdesk / Jira / HelpScout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is written in our own sentences with
fictional URLs, names and ticket numbers. Expected results were written from
each email's meaning alone, before the reader was ever run on this set.

    python3 tests/corpus/blind554/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    2: "https://www.youtube.com/watch?v=Hx7Rw0bN5sE",
    3: "https://www.youtube.com/watch?v=c9ZfD4uJ1tY",
    4: "https://www.youtube.com/watch?v=Lp0aM2xK8wQ",
    5: "https://www.youtube.com/watch?v=tR6nE3vB7yU",
    6: "https://www.youtube.com/watch?v=gW1sJ9hC4oI",
    7: "https://www.youtube.com/watch?v=Vb5kN8qT0zP",
    8: "https://www.youtube.com/shorts/fD2xL7mR3aS",
    9: "https://www.youtube.com/shorts/kJ4pW9sE1dF",
    10: "https://www.youtube.com/@moonlit_uploads77",
    11: "https://www.youtube.com/watch?v=zN8cV3bX6hG",
    12: "https://www.youtube.com/watch?v=oU1iY5tR2eW",
}
T = {
    1: "https://t.me/velvet_archive_kr/1184",
    2: "https://t.me/velvet_archive_kr/1190",
    3: "https://t.me/nightshift_clips/57",
    4: "https://t.me/nightshift_clips/61",
}
X = {
    1: "https://x.com/paper_lantern_k/status/1831204455012345601",
    2: "https://x.com/paper_lantern_k/status/1831209981122334402",
    3: "https://x.com/hollowbird_22/status/1831512340098765403",
}
N5_RAW_PATH = "숨겨진-앨범"
N5_RAW = "https://blog.naver.com/silverfern_0412/" + N5_RAW_PATH
N = {
    1: "https://blog.naver.com/silverfern_0412/223561234501",
    2: "https://blog.naver.com/silverfern_0412/223561234577",
    3: "https://cafe.naver.com/quietroom88/20451",
    4: "https://cafe.naver.com/quietroom88/20466",
    5: "https://blog.naver.com/silverfern_0412/" + quote(N5_RAW_PATH),
}
D = {
    1: "https://discord.gg/nightowl77",
    2: "https://discord.com/channels/1180012345678901234/1180012345678905678/1281234567890123456",
}
K1 = "https://cafe.daum.net/moonshadowclub/Ab12/88"
S1 = "https://x.com/glass_owl_88/status/1833700012345678907"

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "youtube", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [Y[i] for i in range(1, 13)], "non_consensual_imagery",
     'largest request, "12 URLs" incl. Shorts and a channel'),
    ("KCSC-240903-02", "telegram", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [T[i] for i in range(1, 5)], "deepfake_sexual_abuse", "two channels"),
    ("KCSC-240905-03", "x", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     [X[i] for i in range(1, 4)], "non_consensual_imagery", ""),
    ("KCSC-240906-04", "naver", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [N[i] for i in range(1, 6)], "defamation", "one Korean path, stored percent-encoded"),
    ("KCSC-240909-05", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [D[1], D[2]], "illegal_gambling", "invite link, message link"),
    ("KCSC-240910-06", "kakao", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [K1], "defamation", "Daum cafe post"),
    ("KCSC-240911-07", "x", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [S1], "non_consensual_imagery", "single post"),
]


def msgid(ref):
    return "req-" + ref.split("-", 1)[1].lower()  # req-240902-01


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, "<%s@kcsc.example>" % msgid(ref), note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, greeting, urls):
    lines = [greeting, "",
             "The Korea Communications Standards Commission asks you to remove or block",
             "the following content under request %s:" % ref, ""]
    lines += urls
    lines += ["", "Please reply with the status of each item.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


def our_reminder(ref, sent, due, urls):
    lines = ["Reminder: request %s (sent %s, due %s)" % (ref, sent, due),
             "The following items are still pending on our side:"]
    lines += urls
    lines += ["Please tell us the status of each item.", "KCSC Takedown Desk"]
    return "\n".join(lines)


ZD_LINE = "##- Please type your reply above this line -##"

HEADER = """\
# Blind set 554: ticket systems and threads (receipts, solved tickets,
# follow-ups in the same thread, replies to reminders, partial answers,
# forwarded mail). Written from each email's meaning before any run.
# Generated by make.py; do not edit by hand.
"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="yt-zendesk-solved-first-four",
    imitates="Zendesk 'your request has been solved' notification from a legal-support desk, agent comment with one line per URL",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 16:42:10 +0900",
    subject="[Request #48213077] Solved: Re: KCSC-240902-01 removal request (12 URLs)",
    reply_to_req="req-240902-01",
    body=f"""
{ZD_LINE}

Your request (48213077) has been solved. To reopen it, reply to this email.

Minji (YouTube Legal Support)

Sep 10, 2024, 16:42 GMT+9

Hello,

Thank you for your patience while our team looked at the URLs in your notice
KCSC-240902-01. Here is where we landed on the first four:

{Y[1]} - removed for violating our policy on non-consensual intimate imagery.
{Y[2]} - removed, same policy.
{Y[3]} - removed; the uploading channel has also received a strike.
{Y[4]} - we reviewed this video and did not find a violation of our Community Guidelines or of local law, so it remains available.

We'll reply separately about the other eight URLs.

Regards,
Minji
YouTube Legal Support

--------------------------------
This email is a service from YouTube Legal Support. Delivered by Zendesk
[8KQ2W1-ZP4L]
""",
    outcome="applied", classification="confirmation",
    why="four URLs each with an unhedged result: three removed, one kept up as no violation",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "removed", Y[4]: "rejected"},
)

case(
    name="yt-helpscout-status-line-below",
    imitates="HelpScout-style conversation reply: bare URL, then 'Status:' on the next line",
    **{"from": "ts-ops@youtube.com"}, name_from="YouTube Trust & Safety Operations",
    date="Wed, 11 Sep 2024 10:05:44 +0900",
    subject="Re: [KCSC-240902-01] Outcome for part of your notice",
    reply_to_req="req-240902-01",
    body=f"""
Hi KCSC team,

Following up in this conversation with results for three more items.

{Y[5]}
Status: age-restricted (viewers must be signed in and 18 or older)

{Y[6]}
Status: blocked for viewers in South Korea under local law

{Y[7]}
Status: removed from YouTube

Best,
Daniel K.
YouTube Trust & Safety Operations
Conversation #602231 - view it in your browser: https://support.google.com/legal/conversation/602231
""",
    outcome="applied", classification="confirmation",
    why="age restriction and a Korea-only block are restricted; the third is removed; the conversation link is not an item",
    items={Y[5]: "restricted", Y[6]: "restricted", Y[7]: "removed"},
)

case(
    name="yt-top-post-over-reminder",
    imitates="agent's top-posted reply over our reminder quoted with '>' (Gmail 'On ... wrote:')",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 15:20:00 +0900",
    subject="Re: Reminder: KCSC-240902-01 items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>",
                   "References: <req-240902-01@kcsc.example> <reminder.KCSC-240902-01.1@kcsc.example>"],
    body=f"""
Hello,

Apologies for the delay. The two Shorts below have been removed:

{Y[8]}
{Y[9]}

The channel {Y[10]} has been terminated for repeated violations, so none of its uploads can be viewed any more.

We'll send an update on the remaining items.

YouTube Legal Support

On Mon, Sep 16, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(our_reminder("KCSC-240902-01", "2 September 2024", "9 September 2024", [Y[i] for i in range(4, 13)]))}
""",
    outcome="applied", classification="confirmation",
    why="two Shorts removed (URLs on the lines below the statement) and the channel terminated; the quoted reminder changes nothing",
    items={Y[8]: "removed", Y[9]: "removed", Y[10]: "removed"},
)

case(
    name="yt-jira-html-table",
    imitates="Jira Service Management 'request resolved' HTML notification with a result table",
    **{"from": "servicedesk@google.com"}, name_from="YouTube Legal Requests",
    date="Thu, 12 Sep 2024 09:14:31 +0900",
    subject="RSD-4412 Resolved: KCSC-240902-01",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif">
<p style="color:#6b778c">&mdash;&mdash; Reply above this line.</p>
<p><b>Legal Requests</b> changed the status of your request <b>RSD-4412</b> to <b>Resolved</b>.</p>
<p>Hello, here is the outcome for two of the URLs in KCSC-240902-01:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action taken</th></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>Removed (harassment and cyberbullying policy)</td></tr>
<tr><td><a href="{Y[12]}">{Y[12]}</a></td><td>Not found: the video had already been deleted by the uploader before our review</td></tr>
</table>
<p><a href="https://support.google.com/legal/portal/3/RSD-4412">View request</a> &middot;
<a href="https://support.google.com/legal/portal/3/unsubscribe">Turn off this request's notifications</a></p>
<p style="color:#6b778c;font-size:11px">Powered by Jira Service Management</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    why="HTML table: one removed, one already deleted by its author (not_found); portal links are not items",
    items={Y[11]: "removed", Y[12]: "not_found"},
)

CSV_ATT = f"""reference,url,decision,detail
KCSC-240902-01,{Y[1]},Removed,Policy: nudity and sexual content
KCSC-240902-01,{Y[2]},Removed,Policy: nudity and sexual content
KCSC-240902-01,{Y[3]},Blocked in KR,Local legal removal (Korea only)
KCSC-240902-01,{Y[4]},No action,No policy or legal violation found
KCSC-240902-01,{Y[5]},Removed,Policy: harassment
KCSC-240902-01,{Y[6]},Not found,Video ID does not exist
"""
case(
    name="yt-csv-attachment-six-rows",
    imitates="ticket update with a CSV export of per-URL decisions attached",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 11:30:02 +0900",
    subject="[Request #48213077] Update: KCSC-240902-01 item outcomes (CSV)",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==zd-48213077-att=="

--==zd-48213077-att==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ZD_LINE}

Hello,

Attached is the item-by-item outcome for your notice KCSC-240902-01
(ticket 48213077). Six of the twelve URLs are covered in this file; the
rest are still with the reviewing team.

YouTube Legal Support

--==zd-48213077-att==
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcomes.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcomes.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--==zd-48213077-att==--
""",
    outcome="applied", classification="confirmation",
    why="CSV attachment, one row per URL: removed x3, Korea-only block, no action (rejected), video id does not exist (not_found)",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected",
           Y[5]: "removed", Y[6]: "not_found"},
)

QP_BODY = qp(f'''Hi again \u2014 a quick update on ticket 48213077 / KCSC-240902-01.

- {Y[7]} : removed (Community Guidelines, sexual content)
- {Y[8]} : age-restricted

The rest of your list is still being worked on; I\u2019ll write again when I have results.

Minji
YouTube Legal Support
''')
case(
    name="yt-qp-partial-update",
    imitates="short agent follow-up in the same ticket, quoted-printable body, dashed list",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 08:55:12 +0900",
    subject="Re: [Request #48213077] KCSC-240902-01",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{QP_BODY}
""",
    outcome="applied", classification="confirmation",
    why="two items with clear results; the rest is explicitly still in progress and not named",
    items={Y[7]: "removed", Y[8]: "restricted"},
)

KO_B64_BODY = b64(f'''안녕하세요, 방송통신심의위원회 담당자님.

요청번호 KCSC-240902-01 건에 대한 처리 결과를 알려드립니다.

1) {Y[9]} : 커뮤니티 가이드 위반으로 삭제되었습니다.
2) {Y[10]} : 대한민국 내 접속이 차단되었습니다.
3) {Y[11]} : 검토 결과 커뮤니티 가이드 및 현지 법률 위반 사항이 확인되지 않아 게시가 유지됩니다.

감사합니다.
YouTube 법무지원팀 드림
''')
case(
    name="yt-base64-korean-result",
    imitates="Korean-language legal team reply (base64 body) with a numbered result list",
    **{"from": "youtube-kr-legal@google.com"}, name_from="YouTube 법무지원팀",
    date="Tue, 17 Sep 2024 13:02:45 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[KCSC-240902-01] 처리 결과 안내".encode()).decode() + "?=",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{KO_B64_BODY}
""",
    outcome="applied", classification="confirmation",
    why="Korean: 삭제 (removed), 대한민국 내 접속 차단 (restricted), 위반 없음으로 게시 유지 (rejected)",
    items={Y[9]: "removed", Y[10]: "restricted", Y[11]: "rejected"},
)

case(
    name="tg-freshdesk-resolved",
    imitates="Freshdesk 'ticket resolved' notification with the agent's response embedded",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Fri, 6 Sep 2024 19:41:00 +0900",
    subject="[#77120] Ticket Resolved - KCSC-240903-02 Removal request (4 items)",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Your ticket #77120 has been marked as Resolved.

Agent response:

We have reviewed the four links from your report.

- {T[1]} -- blocked, the post is no longer accessible on Telegram.
- {T[2]} -- blocked.
- {T[3]} -- this link does not lead to any message; the post does not exist.
- {T[4]} -- restricted: the channel is no longer available to users in South Korea.

If you believe this ticket was resolved in error, reply within 7 days to reopen it.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    why="blocked (globally) = removed x2, non-existent post = not_found, unavailable in South Korea = restricted",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found", T[4]: "restricted"},
)

case(
    name="tg-angle-bracket-urls",
    imitates="abuse-desk reply citing its case number, URLs in angle brackets",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 7 Sep 2024 12:10:33 +0900",
    subject="Re: KCSC-240903-02 - Case #4471023",
    reply_to_req="req-240903-02",
    body="""
Dear KCSC,

Regarding Case #4471023:

<https://t.me/nightshift_clips/57> has been taken down.
<https://t.me/nightshift_clips/61> has been taken down as well, and the channel owner has been warned.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    why="two URLs in angle brackets, each 'taken down'",
    items={T[3]: "removed", T[4]: "removed"},
)

case(
    name="tg-outlook-top-post-partial",
    imitates="Outlook top-posted reply over '-----Original Message-----' holding our request",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 5 Sep 2024 10:22:17 +0900",
    subject="RE: KCSC-240903-02 Removal request (4 items)",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

We deleted {T[1]} and
{T[2]} this morning. The two nightshift_clips links are still with the moderation team.

Regards,
Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:00 AM
To: abuse@telegram.org
Subject: KCSC-240903-02 Removal request (4 items)

{our_request("KCSC-240903-02", "Dear Telegram,", [T[i] for i in range(1, 5)])}
""",
    outcome="applied", classification="confirmation",
    why="two URLs deleted (the second wrapped onto the next line); the other two are still in moderation and only quoted",
    items={T[1]: "removed", T[2]: "removed"},
)

case(
    name="x-zendesk-history-receipt-then-result",
    imitates="Zendesk update showing the thread history: newest agent comment with results above the original receipt",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 12 Sep 2024 15:10:40 +0900",
    subject="[X Support] Update to case 0458812: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
{ZD_LINE}

X Support (Legal) - Sep 12, 2024, 15:10 KST

Hello,

Following review of the posts in your request KCSC-240905-03, we have taken the following action:

{X[1]}
Withheld in: South Korea

{X[2]}
Removed for violating the X Rules (non-consensual nudity)

We have not yet reached a decision on the third post and will follow up.

----------------------------------------------

X Support - Sep 6, 2024, 09:02 KST

Thanks for your report. We've received it and a member of our team will review it. Your case number is 0458812.
""",
    outcome="applied", classification="confirmation",
    why="the receipt in the history does not make it an acknowledgement: one post withheld in KR, one removed; the third is not named",
    items={X[1]: "restricted", X[2]: "removed"},
)

case(
    name="x-numbered-final-outcome",
    imitates="case-closed reply with a numbered list, status after an en dash",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 17:48:09 +0900",
    subject="Case 0458812 closed - KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Case 0458812 - final outcome for KCSC-240905-03:

1. {X[1]} \u2013 withheld in South Korea
2. {X[2]} \u2013 reviewed; no violation of the X Rules or of local law found, no action taken
3. {X[3]} \u2013 post removed; the account has also been suspended

This case is now closed.

X Legal
""",
    outcome="applied", classification="confirmation",
    why="numbered list: withheld in KR (restricted), no violation (rejected), removed",
    items={X[1]: "restricted", X[2]: "rejected", X[3]: "removed"},
)

case(
    name="x-solved-single-item-no-url",
    imitates="short 'we removed the post you reported' reply in the thread of a one-URL request",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 12 Sep 2024 20:31:55 +0900",
    subject="Re: KCSC-240911-07 - Report of illegal content",
    reply_to_req="req-240911-07",
    body="""
Hello,

Thanks for your report. We have removed the post you reported for violating
our rules on non-consensual intimate media. Your case has been marked solved.

X Support
""",
    outcome="applied", classification="confirmation",
    why="one-item request, unhedged 'we have removed the post you reported' in its thread",
    items={S1: "removed"},
)

case(
    name="naver-korean-result-notice",
    imitates="NAVER 고객센터 게시중단 요청 처리 결과 안내 (list with 게시중단, 블라인드, 임시조치, 작성자 삭제)",
    **{"from": "policy@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 16:00:21 +0900",
    subject="[NAVER] KCSC-240906-04 게시중단 요청 처리 결과 안내",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

귀 위원회에서 요청하신 KCSC-240906-04 건(접수번호 2024-0911-5532)의 처리 결과를 다음과 같이 안내드립니다.

- {N[1]} : 게시중단 처리되었습니다.
- {N[2]} : 블라인드 처리되었습니다.
- {N[3]} : 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
- {N[4]} : 작성자가 이미 삭제한 게시물로 확인되어 별도 조치가 필요하지 않습니다.

추가 문의사항은 본 메일에 회신해 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="게시중단 and 블라인드 = removed, 임시조치 = restricted, already deleted by its author = not_found",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found"},
)

case(
    name="naver-raw-korean-path",
    imitates="NAVER 권리보호센터 follow-up in prose, Korean path written raw",
    **{"from": "right@naver.com"}, name_from="네이버 권리보호센터",
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject="Re: KCSC-240906-04 추가 처리 내용 안내",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

문의하신 KCSC-240906-04 건과 관련하여 추가로 처리된 내용을 알려드립니다.

{N5_RAW} 게시물은 운영정책 위반으로 비공개 처리되었으며,
{N[1]} 게시물은 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="비공개 처리 (removed) for the raw Korean-path URL, 삭제 (removed) for the other",
    items={N[5]: "removed", N[1]: "removed"},
)

case(
    name="naver-sijeong-html-table",
    imitates="시정요구 조치결과 회신 as an HTML table (번호 / URL / 조치결과 / 비고)",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Mon, 16 Sep 2024 10:30:00 +0900",
    subject="[회신] KCSC-240906-04 시정요구 조치결과",
    reply_to_req="req-240906-04",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>KCSC-240906-04 시정요구에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[2]}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{N[3]}</td><td>접속차단(국내)</td><td></td></tr>
<tr><td>3</td><td>{N[4]}</td><td>해당 게시물 없음</td><td>이미 삭제된 게시물</td></tr>
<tr><td>4</td><td>{N5_RAW}</td><td>조치 불가</td><td>운영정책 및 관련 법령 위반 사항 미확인</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    why="table: 삭제 removed, 국내 접속차단 restricted, 게시물 없음 not_found, 위반 미확인으로 조치 불가 rejected",
    items={N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"},
)

case(
    name="naver-particle-attached",
    imitates="NAVER cafe team reply in prose, Korean particles written right after the URL",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    date="Tue, 10 Sep 2024 17:45:00 +0900",
    subject="Re: [KCSC-240906-04] 카페 게시물 처리 결과",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요. 네이버 카페 고객센터입니다.

{N[4]}의 게시물은 카페 운영자에 의해 삭제되었습니다.
{N[3]}에 대해서는 30일간 임시조치를 진행하였습니다.

블로그 게시물에 대해서는 블로그 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="운영자 삭제 = removed, 임시조치 = restricted; the blog items are only promised a later answer and not named",
    items={N[4]: "removed", N[3]: "restricted"},
)

case(
    name="discord-zendesk-solved",
    imitates="Discord Trust & Safety Zendesk 'request solved' reply with bullet points",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 04:12:09 +0900",
    subject="[Discord Support] Request #3318845: KCSC-240909-05 has been solved",
    reply_to_req="req-240909-05",
    body=f"""
{ZD_LINE}

Hi there,

Thanks for flagging this to us. After looking into your report we took the following actions:

\u2022 The server reached through {D[1]} has been removed from Discord, and its invite no longer works.
\u2022 The message at {D[2]} was deleted and the user who posted it has been banned.

You can learn more about how we enforce our policies at https://discord.com/safety/our-approach.

Best,
Rowan
Discord Trust & Safety

This request was solved. Reply to this email to reopen it.
""",
    outcome="applied", classification="confirmation",
    why="server removed, message deleted; the policy page is not an item",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="discord-invite-invalid-partial",
    imitates="Discord follow-up in the same request: one link invalid, the other still under investigation",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 02:40:30 +0900",
    subject="Re: [Discord Support] Request #3318845: KCSC-240909-05",
    reply_to_req="req-240909-05",
    body=f"""
{ZD_LINE}

Hi,

An update on request #3318845 (KCSC-240909-05).

The invite link {D[1]} is invalid: it does not resolve to any server on Discord, so there is nothing for us to action there.

We're still investigating the message link you sent and will reply in this thread once we're done.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    why="invalid invite (not_found); the message link is still under investigation and stays pending",
    items={D[1]: "not_found", D[2]: "pending"},
)

case(
    name="kakao-daum-single-removed",
    imitates="카카오 고객센터 answer to a Daum cafe report, URL in parentheses followed by a particle",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 14:20:00 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240910-06)",
    reply_to_req="req-240910-06",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 게시물({K1})은 Daum 카페 운영정책 위반이 확인되어 삭제되었습니다.

문의번호: 240912-003417
더 궁금한 점이 있으시면 고객센터(https://cs.kakao.com)로 문의해 주세요.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="삭제되었습니다 for the one named post; the help-centre link is not an item",
    items={K1: "removed"},
)

case(
    name="yt-helpscout-statement-above-url",
    imitates="HelpScout-style reply: the statement on one line, the URL on the line below",
    **{"from": "ts-ops@youtube.com"}, name_from="YouTube Trust & Safety Operations",
    date="Wed, 18 Sep 2024 09:40:12 +0900",
    subject="Re: [KCSC-240902-01] Outcome for part of your notice",
    reply_to_req="req-240902-01",
    body=f"""
Hello again,

The following video has been removed:
{Y[12]}

The following video is now age-restricted and is no longer shown to signed-out viewers or anyone under 18:
{Y[2]}

Let us know if you have questions - just reply to this message.

Daniel K.
YouTube Trust & Safety Operations
""",
    outcome="applied", classification="confirmation",
    why="statement line then URL on the next line: removed, age-restricted",
    items={Y[12]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-gmail-quote-two-rejections",
    imitates="refusal with reasons, top-posted over our request quoted Gmail-style",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 5 Sep 2024 18:03:27 +0900",
    subject="Re: KCSC-240902-01 removal request (12 URLs)",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

Both {Y[3]} and {Y[4]} remain available. We reviewed them against our Community Guidelines and against the Korean provision cited in your notice, and found no violation, so we are not taking action on them.

Regards,
YouTube Legal Support

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(our_request("KCSC-240902-01", "Dear YouTube Legal team,", [Y[i] for i in range(1, 13)]))}
""",
    outcome="applied", classification="confirmation",
    why="two URLs kept up with a reason (no violation) = rejected; the twelve quoted URLs change nothing",
    items={Y[3]: "rejected", Y[4]: "rejected"},
)

case(
    name="x-jira-comment-notification",
    imitates="Atlassian Jira 'commented on' notification sent by the legal team's Jira project",
    **{"from": "jira@x.com"}, name_from="Sora Lee (Jira)",
    date="Fri, 13 Sep 2024 11:47:36 +0900",
    subject="[JIRA] (LGL-KR-2291) KCSC-240905-03 Removal request",
    reply_to_req="req-240905-03",
    body=f"""
Sora Lee commented on LGL-KR-2291
-------------------------------------------

Re: KCSC-240905-03 - outcome for two of the three posts

{X[2]} : we have removed this post.
{X[3]} : we have withheld this post in the Republic of Korea.

-------------------------------------------
This message was sent by Atlassian Jira (v9.12.2#9120002)
""",
    outcome="applied", classification="confirmation",
    why="removed, and withheld in Korea (restricted)",
    items={X[2]: "removed", X[3]: "restricted"},
)

case(
    name="yt-dsa-statement-of-reasons",
    imitates="DSA Art. 17 statement of reasons sent from the ticket (decision, territorial scope, ground)",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sun, 15 Sep 2024 21:05:00 +0900",
    subject="Statement of reasons - your notice KCSC-240902-01 (ref 48213077)",
    reply_to_req="req-240902-01",
    body=f"""
Statement of reasons

Item: {Y[5]}
Decision: removal of the content
Territorial scope: worldwide
Ground: incompatible with our terms of service (nudity and sexual content policy)
Automated means used in the decision: no

Item: {Y[6]}
Decision: disabling of access
Territorial scope: Republic of Korea
Ground: illegal content under the law of the Republic of Korea
Automated means used in the decision: no

Redress: the uploader may appeal these decisions; see https://support.google.com/legal/answer/appeals
""",
    outcome="applied", classification="confirmation",
    why="removal worldwide = removed; access disabled in Korea only = restricted",
    items={Y[5]: "removed", Y[6]: "restricted"},
)

case(
    name="tg-reply-to-reminder-all-four",
    imitates="abuse-desk reply to our reminder, one statement above four bare URLs",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 16:44:02 +0900",
    subject="Re: Reminder: KCSC-240903-02 items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-02.1@kcsc.example>",
                   "References: <req-240903-02@kcsc.example> <reminder.KCSC-240903-02.1@kcsc.example>"],
    body=f"""
Hello,

Following your reminder: all four links were blocked on 12 September, as listed below.

{T[1]}
{T[2]}
{T[3]}
{T[4]}

Telegram Abuse Team

On 17 Sep 2024, at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(our_reminder("KCSC-240903-02", "3 September 2024", "10 September 2024", [T[i] for i in range(1, 5)]))}
""",
    outcome="applied", classification="confirmation",
    why="'all four links were blocked' followed by each of the four URLs: named, so not bulk",
    items={T[1]: "removed", T[2]: "removed", T[3]: "removed", T[4]: "removed"},
)

case(
    name="yt-echoed-report-outcome",
    imitates="legal-complaint webform receipt that echoes the submitted fields with an Outcome line per URL",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    date="Wed, 11 Sep 2024 22:18:40 +0900",
    subject="Your legal complaint has been processed [KCSC-240902-01]",
    body=f"""
Hi,

Your legal complaint has been processed. Below is a summary of what you submitted and the outcome.

Reported URL: {Y[7]}
Country: South Korea
Issue type: Other legal issue
Outcome: Content removed

Reported URL: {Y[8]}
Country: South Korea
Issue type: Other legal issue
Outcome: Content restricted (age-restricted)

The Google Legal Team
""",
    outcome="applied", classification="confirmation",
    why="echoed report fields with an Outcome line under each URL: removed, age-restricted",
    items={Y[7]: "removed", Y[8]: "restricted"},
)

# ================================================================ REVIEW
case(
    name="yt-promise-will-remove",
    imitates="agent follow-up promising removal after verification",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 4 Sep 2024 12:00:00 +0900",
    subject="Re: [Request #48213077] KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""
{ZD_LINE}

Hello,

Thank you for your follow-up on KCSC-240902-01.

{Y[1]} and {Y[2]} will be removed once our specialist team completes its verification, which we expect within the next 48 hours. We will confirm in this thread when that is done.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    why="a promise ('will be removed once ...') is not a statement; names two items",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="tg-hedged-may-have-been",
    imitates="abuse-desk interim reply with hedges",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 4 Sep 2024 15:31:00 +0900",
    subject="Re: KCSC-240903-02 - Case #4471023",
    reply_to_req="req-240903-02",
    body=f"""
Hi,

Re: Case #4471023

{T[1]} may have already been deleted by the channel owner, and {T[2]} appears to be inaccessible from our side as well. We are checking with the moderation team and will confirm.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    why="'may have been' and 'appears to be' are hedges, not statements",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="yt-bulk-all-removed",
    imitates="Zendesk solved notification with one sentence for the whole request",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 10:10:10 +0900",
    subject="[Request #48213077] Solved: Re: KCSC-240902-01 removal request (12 URLs)",
    reply_to_req="req-240902-01",
    body=f"""
{ZD_LINE}

Your request (48213077) has been solved. To reopen it, reply to this email.

Hello,

All of the videos listed in your notice KCSC-240902-01 have now been removed from YouTube. We are marking this request as solved.

YouTube Legal Support
""",
    outcome="review", review="bulk",
    why="'all of the videos' for a twelve-item request without naming any: bulk",
    items={Y[i]: "pending" for i in range(1, 13)},
)

case(
    name="naver-bulk-korean",
    imitates="NAVER 처리 완료 안내 with one sentence for the whole request",
    **{"from": "policy@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 09:00:00 +0900",
    subject="[NAVER] KCSC-240906-04 처리 완료 안내",
    reply_to_req="req-240906-04",
    body="""
안녕하세요. 네이버 고객센터입니다.

요청하신 KCSC-240906-04 건의 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    why="게시물 전체 for a five-item request with no URL: bulk",
    items={N[i]: "pending" for i in range(1, 6)},
)

case(
    name="x-auth-fail-removed",
    imitates="X legal reply whose DKIM/SPF/DMARC all fail",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Sat, 7 Sep 2024 03:14:00 +0900",
    subject="Re: KCSC-240905-03 Removal request",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

We have removed {X[1]} following your request.

X Legal
""",
    outcome="review", review="untrusted",
    why="x.com sender failing authentication",
    items={X[1]: "pending"},
)

case(
    name="tg-outsourced-vendor-unknown-sender",
    imitates="reply from a third-party moderation vendor claiming to act for the platform",
    **{"from": "cases@tgmod-partners.example"}, name_from="Moderation Partners (for Telegram)",
    date="Mon, 9 Sep 2024 13:13:13 +0900",
    subject="Re: KCSC-240903-02 Removal request (4 items)",
    reply_to_req="req-240903-02",
    body=f"""
Dear KCSC,

We handle content moderation escalations on behalf of Telegram. Please be informed that
{T[3]} and {T[4]} have been removed.

Best regards,
Escalations Desk
Moderation Partners
""",
    outcome="review", review="unknown_sender",
    why="statement from a domain that is not any platform's",
    items={T[3]: "pending", T[4]: "pending"},
)

case(
    name="tg-ticket-open-still-reviewing",
    imitates="Freshdesk status update: ticket Open, items under review",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Fri, 6 Sep 2024 09:05:00 +0900",
    subject="[#77120] Ticket Updated - KCSC-240903-02 Removal request (4 items)",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Ticket #77120 - status: Open (awaiting moderation)

We are still reviewing {T[3]} and {T[4]}. A decision should be available within five working days.

Telegram Support
""",
    outcome="review", review="not_understood",
    why="'still reviewing' names two items without any status",
    items={T[3]: "pending", T[4]: "pending"},
)

case(
    name="yt-csat-survey-no-claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 18:00:00 +0900",
    subject="How did we do? Rate your recent support experience",
    body="""
Hello,

We'd love to hear what you think of our support for ticket #48213077.

How would you rate the support you received?

Good, I'm satisfied: https://support.google.com/legal/survey/48213077/good
Bad, I'm unsatisfied: https://support.google.com/legal/survey/48213077/bad

Thanks,
YouTube Legal Support
""",
    outcome="review", review="no_claims",
    why="trusted platform mail naming no item and no request of ours; survey links are the platform's own pages",
    items={},
)

case(
    name="discord-asks-legal-basis",
    imitates="Discord T&S pending reply asking for the legal basis / court order",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 07:25:00 +0900",
    subject="Re: [Discord Support] Request #3318845: KCSC-240909-05",
    reply_to_req="req-240909-05",
    body=f"""
{ZD_LINE}

Hi,

Thanks for your report (request #3318845, KCSC-240909-05). Before we can act on
{D[2]}
we need a bit more information:

1. The specific law or regulation the message is alleged to violate.
2. Whether a Korean court or authority has issued an order about this content (please attach it if so).

Once we receive this, we'll continue our review. If we don't hear back within 14 days, this request will be closed automatically.

Discord Trust & Safety
""",
    outcome="review", classification="request_for_info", review="asks_more",
    why="the platform asks for more information before acting on the message link",
    items={D[2]: "pending"},
)

case(
    name="kakao-states-naver-url",
    imitates="카카오 게시물 조치 결과 안내 naming a NAVER cafe URL",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Fri, 13 Sep 2024 15:00:00 +0900",
    subject="[카카오] 게시물 조치 결과 안내",
    body=f"""
안녕하세요. 카카오 정책팀입니다.

신고하신 게시물 {N[3]} 에 대해 삭제 조치가 완료되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    why="Kakao states a status for a NAVER item",
    items={N[3]: "pending"},
)

case(
    name="x-forwarded-internal-note",
    imitates="X legal staffer forwarding the safety team's internal note ('---------- Forwarded message ---------')",
    **{"from": "kr-legal@x.com"}, name_from="Jiwoo Han (X Legal)",
    date="Fri, 13 Sep 2024 18:40:00 +0900",
    subject="Fwd: LGL-KR-2291 outcome",
    body=f"""
Hi KCSC team,

Forwarding the note from our safety team below for your records.

Jiwoo

---------- Forwarded message ---------
From: X Safety Ops <safety-ops@x.com>
Date: Thu, 12 Sep 2024 at 18:20
Subject: LGL-KR-2291 outcome
To: <kr-legal@x.com>

Team - {X[3]} has been withheld in KR as of today. Please let the requester know.
""",
    outcome="review", classification="forwarded", review="forwarded",
    why="the only statement sits in a forwarded internal message; the forwarder adds none of its own",
    items={X[3]: "pending"},
)

case(
    name="tg-unrequested-neighbour-url",
    imitates="abuse-desk reply naming a message number next to the one we asked for",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sun, 8 Sep 2024 11:00:00 +0900",
    subject="Re: KCSC-240903-02 - Case #4471023",
    reply_to_req="req-240903-02",
    body="""
Hello,

https://t.me/nightshift_clips/58 has been blocked.

Telegram Abuse Team
""",
    outcome="review", review="unmatched_claims",
    why="a clear status for a URL that is not in the request (58, we asked for 57 and 61)",
    items={T[3]: "pending"},
)

# ================================================================ IGNORED
case(
    name="yt-zendesk-receipt",
    imitates="Zendesk 'your request has been received' auto-acknowledgement",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 2 Sep 2024 10:01:30 +0900",
    subject="[Request #48213077] Received: KCSC-240902-01 removal request (12 URLs)",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
{ZD_LINE}

Your request (48213077) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="tg-out-of-office",
    imitates="Exchange 'Automatic reply' out-of-office",
    **{"from": "m.petrov@telegram.org"}, name_from="Mikhail Petrov",
    date="Tue, 3 Sep 2024 11:00:40 +0900",
    subject="Automatic reply: KCSC-240903-02 Removal request (4 items)",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 23 September with limited access to email.
For urgent abuse matters, please write to abuse@telegram.org.
""",
    outcome="ignored", classification="auto_reply",
    why="out-of-office auto-reply",
    items={},
)

BOUNCED = our_request("KCSC-240906-04", "NAVER 담당자님께,", [N[i] for i in range(1, 6)])
case(
    name="naver-dsn-unknown-user",
    imitates="Postfix-style DSN (multipart/report delivery-status) with our request attached",
    **{"from": "MAILER-DAEMON@navercorp.com"}, name_from="Mail Delivery System",
    date="Fri, 6 Sep 2024 14:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7A1F0C"

--dsn-7A1F0C
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@navercorp.com>: host mx2.navercorp.com said: 550 5.1.1
    <policy-kr@navercorp.com>: Recipient address rejected: User unknown

--dsn-7A1F0C
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
Arrival-Date: Fri, 6 Sep 2024 14:00:05 +0900

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-7A1F0C
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: KCSC-240906-04 Removal request (5 items)
Message-ID: <req-240906-04@kcsc.example>
Date: Fri, 6 Sep 2024 14:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{BOUNCED}

--dsn-7A1F0C--
""",
    outcome="ignored", classification="bounce",
    why="delivery failure report; the URLs are in our own returned request",
    items={N[1]: "pending"},
)

case(
    name="kakao-mdn-displayed",
    imitates="read receipt (multipart/report disposition-notification)",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Tue, 10 Sep 2024 10:35:00 +0900",
    subject="읽음: KCSC-240910-06 Removal request (1 item)",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-20240910"

--mdn-20240910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일이 수신자에게 표시되었습니다.
Your message to policy@kakaocorp.com was displayed on Tue, 10 Sep 2024 10:35 +0900.

--mdn-20240910
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; policy@kakaocorp.com
Original-Message-ID: <req-240910-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-20240910--
""",
    outcome="ignored", classification="read_receipt",
    why="read receipt (MDN)",
    items={},
)

case(
    name="discord-freshdesk-ack-echo",
    imitates="help-desk receipt that echoes the submitted request under 'Your request'",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 9 Sep 2024 10:02:11 +0900",
    subject="[Discord] Request received: KCSC-240909-05",
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hi,

We've received your request and created ticket #3318845. Our Trust & Safety team reviews
reports in the order they arrive; you'll hear from us by email.

Your request:
----------------------------------------
Subject: KCSC-240909-05 Removal request (2 items)
Links:
{D[1]}
{D[2]}
----------------------------------------

Discord Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    why="receipt only; the URLs are an echo of what we sent, with no statement about them",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="kakao-receipt-korean",
    imitates="카카오 고객센터 문의 접수 완료 안내 (auto receipt)",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 10:00:50 +0900",
    subject="[카카오 고객센터] 문의 접수 완료 안내 (KCSC-240910-06)",
    reply_to_req="req-240910-06",
    body="""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 240910-001522

담당자가 확인한 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    why="pure receipt with a case number",
    items={},
)

case(
    name="naver-chuseok-auto-reply",
    imitates="Korean 부재중 자동응답 during the Chuseok holiday",
    **{"from": "hj.kim@navercorp.com"}, name_from="김현정",
    date="Mon, 16 Sep 2024 09:00:30 +0900",
    subject="[부재중 자동응답] Re: KCSC-240906-04 게시중단 요청",
    reply_to_req="req-240906-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 김현정입니다.

추석 연휴로 9월 18일(수)까지 부재중입니다.
복귀 후 순차적으로 회신드리겠습니다. 급한 용무는 policy@navercorp.com 으로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    why="holiday out-of-office auto-reply",
    items={},
)


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 words, as real mail has them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = "=?UTF-8?B?" + base64.b64encode(v.encode("utf-8")).decode("ascii") + "?="


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind554", HEADER, CASES)


if __name__ == "__main__":
    main()
