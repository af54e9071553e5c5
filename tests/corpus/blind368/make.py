#!/usr/bin/env python3
"""Blind set 368: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts and
results, solved-ticket notices, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail, from YouTube (google.com),
Telegram, X, NAVER, Kakao (Daum) and TikTok. Every email is fictional and
written in our own sentences. Expected results were written from each
email's meaning, before any run of the reader.

    python3 tests/corpus/blind368/make.py

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

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
R1 = "KCSC-240909-01"  # youtube, 12 items (largest)
R2 = "KCSC-240910-02"  # telegram, 4
R3 = "KCSC-240911-03"  # x, 3
R4 = "KCSC-240912-04"  # naver, 5
R5 = "KCSC-240913-05"  # kakao, 2
R6 = "KCSC-240916-06"  # tiktok, 1
R7 = "KCSC-240917-07"  # x, 1

YT = {
    "qm3": "https://www.youtube.com/watch?v=Qm3vT8rLx2A",
    "hp7": "https://www.youtube.com/watch?v=Hp7cW1nZ0eK",
    "b9x": "https://www.youtube.com/watch?v=b9XuR4sTq1M",
    "lk2": "https://www.youtube.com/watch?v=Lk2Yd8fJ6wP",
    "zt5": "https://www.youtube.com/watch?v=zT5nE0aVg3C",
    "8rw": "https://www.youtube.com/watch?v=8rWq1MxKd7U",
    "fj4": "https://www.youtube.com/shorts/Fj4Ns9Pb2Ro",
    "vc6": "https://www.youtube.com/shorts/Vc6Ht3Le8Ya",
    "chan": "https://www.youtube.com/@haneul_signals_kr",
    "ye0": "https://www.youtube.com/watch?v=Ye0Ga5Ui9Ts",
    "dn1": "https://www.youtube.com/watch?v=Dn1Oz7Kx4Hv",
    "rs8": "https://www.youtube.com/watch?v=Rs8Pw2Cm6Jb",
}
TG = {
    "m1187": "https://t.me/moonlit_exchange/1187",
    "m1203": "https://t.me/moonlit_exchange/1203",
    "grey": "https://t.me/grey_lantern_chat",
    "pine": "https://t.me/s/pinecone_relay/455",
}
XR = {
    "dp1": "https://x.com/dawnpetal_88/status/1832045519876543210",
    "dp2": "https://x.com/dawnpetal_88/status/1832099870012345678",
    "iq": "https://x.com/ironquill_kr/status/1831877123456789012",
}
X7 = "https://x.com/mintcloud_sell/status/1835500011122233344"
NV = {
    "b1": "https://blog.naver.com/starlit_hanok/223561234567",
    "b2": "https://blog.naver.com/starlit_hanok/223561239999",
    "c12": "https://cafe.naver.com/bluepinecafe/88412",
    "c15": "https://cafe.naver.com/bluepinecafe/88415",
    "kin": "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471234567",
}
KK = {
    "d21": "https://cafe.daum.net/greenvalleyfan/Abc1/3021",
    "d44": "https://cafe.daum.net/greenvalleyfan/Abc1/3044",
}
TT = "https://www.tiktok.com/@nightowl.trades/video/7409912345678901234"

REQUESTS = [
    (R1, "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T10:00:00+09:00", list(YT.values()),
     "illegal_gambling", "<req-240909-01@kcsc.example>", "gambling promotion videos and channel"),
    (R2, "telegram", "2024-09-10T10:30:00+09:00", "2024-09-17T10:30:00+09:00", list(TG.values()),
     "drugs", "<req-240910-02@kcsc.example>", "drug sale posts and chat"),
    (R3, "x", "2024-09-11T09:00:00+09:00", "2024-09-18T09:00:00+09:00", list(XR.values()),
     "defamation", "<req-240911-03@kcsc.example>", "posts naming a private person"),
    (R4, "naver", "2024-09-12T11:00:00+09:00", "2024-09-19T11:00:00+09:00", list(NV.values()),
     "illegal_finance", "<req-240912-04@kcsc.example>", "unlicensed loan advertising"),
    (R5, "kakao", "2024-09-13T14:00:00+09:00", "2024-09-20T14:00:00+09:00", list(KK.values()),
     "counterfeit", "<req-240913-05@kcsc.example>", "counterfeit goods in a Daum cafe"),
    (R6, "tiktok", "2024-09-16T09:30:00+09:00", "2024-09-23T09:30:00+09:00", [TT],
     "illegal_gambling", "<req-240916-06@kcsc.example>", "betting site promotion"),
    (R7, "x", "2024-09-17T09:30:00+09:00", "2024-09-24T09:30:00+09:00", [X7],
     "drugs", "<req-240917-07@kcsc.example>", "single post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# The regulator's own request text, as it is quoted back in threads.
REQ1_TEXT = (
    "Dear YouTube Legal team,\n\n"
    "Under the Act on the Establishment and Operation of the Korea Communications\n"
    "Standards Commission, we request the removal of the following 12 URLs\n"
    "(reference " + R1 + "), which promote unlicensed gambling:\n\n"
    + "\n".join("%d. %s" % (i + 1, u) for i, u in enumerate(YT.values()))
    + "\n\nPlease let us know the measure taken for each URL by 16 September.\n\n"
    "KCSC Takedown Desk"
)
REMINDER2_TEXT = (
    "Dear Telegram team,\n\n"
    "This is a reminder about our request " + R2 + " of 10 September. We have not\n"
    "yet received an answer for the following items:\n\n"
    + "\n".join("- " + u for u in TG.values())
    + "\n\nPlease inform us of the action taken.\n\nKCSC Takedown Desk"
)
REQ4_TEXT = (
    "네이버 정책지원팀 귀하\n\n"
    "아래 게시물은 불법 대부 광고로 심의되어 시정요구(삭제)를 요청드립니다.\n"
    "(관리번호 " + R4 + ")\n\n"
    + "\n".join("%d) %s" % (i + 1, u) for i, u in enumerate(NV.values()))
    + "\n\n조치 결과를 9월 19일까지 회신하여 주시기 바랍니다.\n방송통신심의위원회"
)

ZD_MARK = "##- Please type your reply above this line -##"

# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
CASES = []


def enc(s):
    """RFC 2047 B-encoding for non-ASCII header text, as real mailers do."""
    if s.isascii():
        return s
    return " ".join("=?UTF-8?B?%s?=" % base64.b64encode(w.encode("utf-8")).decode("ascii")
                    for w in _chunks(s))


def _chunks(s, size=30):
    out, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > size * 1.5:
            out.append(cur)
            cur = ""
        cur += ch
    return out + [cur]


def case(**kw):
    for key in ("name_from", "subject"):
        if key in kw:
            kw[key] = enc(kw[key])
    CASES.append(kw)


# ======================= APPLIED ==========================================

case(
    name="yt-zendesk-solved-mixed",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 15:04:31 +0900",
    subject="[YouTube Legal Support] Re: " + R1 + " Removal request - 12 URLs (#48217730)",
    reply_to_req="req-240909-01",
    body=f"""
{ZD_MARK}

Your request (48217730) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Mina S. (YouTube Legal Support)

Sep 12, 2024, 15:04 GMT+9

Hello,

Thank you for your patience. We have finished reviewing part of the URLs in
your notice {R1}.

Removed for violating YouTube's Community Guidelines:
- {YT['qm3']}
- {YT['hp7']}

Blocked for viewers in South Korea on the basis of local law:
- {YT['b9x']}

No action taken; we found no violation of our policies and no basis to
restrict it under local law:
- {YT['lk2']}

We are still reviewing the remaining URLs and will update this request
separately.

Kind regards,
Mina S.
YouTube Legal Support

----------------------------------------------

This email is a service from YouTube Legal Support. Delivered by Zendesk
[8RQ2KD-4ZX1]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-style ticket update from a platform legal support desk (reply-above-this-line marker, agent comment)",
    why="trusted google.com agent comment lists four URLs under removed / blocked in KR / no action headings; the rest explicitly still open",
    items={YT["qm3"]: "removed", YT["hp7"]: "removed", YT["b9x"]: "restricted", YT["lk2"]: "rejected"},
)

case(
    name="yt-gmail-topposted-followup",
    **{"from": "yuna.kang@google.com"},
    name_from="Yuna Kang",
    date="Mon, 16 Sep 2024 09:41:12 +0900",
    subject="Re: [" + R1 + "] Removal request - 12 YouTube URLs",
    reply_to_req="req-240909-01",
    body=f"""
Hi,

A quick follow-up on this thread. The video {YT['ye0']} has been taken
down.

We could not locate {YT['dn1']} on our side: the link does not lead to any
video. If you have another copy of the link, please send it over.

Best,
Yuna
YouTube Trust & Safety, Seoul

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_gt(REQ1_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted follow-up from a platform employee over the quoted request",
    why="two item statements above the '>' quote; the twelve quoted URLs carry no statement",
    items={YT["ye0"]: "removed", YT["dn1"]: "not_found", YT["qm3"]: "pending", YT["rs8"]: "pending"},
)

_jira_rows = [
    (YT["zt5"], "Removed", "Harassment policy"),
    (YT["8rw"], "Removed", "Spam, deceptive practices"),
    (YT["fj4"], "Age-restricted", "Shown only to signed-in adults"),
    (YT["vc6"], "Removed", "Spam, deceptive practices"),
    (YT["chan"], "Channel terminated", "Repeated violations"),
    (YT["rs8"], "No action", "No policy or local-law violation found"),
]
_jira_text = "\n".join(f"{u}\n    Action: {a} ({n})" for u, a, n in _jira_rows)
_jira_html = "\n".join(
    f'<tr><td style="padding:4px;border:1px solid #ccc"><a href="{u}">{u}</a></td>'
    f'<td style="padding:4px;border:1px solid #ccc">{a}</td>'
    f'<td style="padding:4px;border:1px solid #ccc">{n}</td></tr>'
    for u, a, n in _jira_rows
)
case(
    name="yt-jira-resolved-html-table",
    **{"from": "legal-servicedesk@google.com"},
    name_from="Google Legal Service Desk",
    date="Fri, 13 Sep 2024 18:12:40 +0900",
    subject="[KRLEG-2291] Resolved: Removal notice " + R1,
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="jsd-8812aa"

--jsd-8812aa
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

—-—-—-—
Reply above this line.

Mina Seo resolved this as Done.

Hello KCSC team,
The review of the following URLs from your notice {R1} is complete:

{_jira_text}

View request: https://legal-servicedesk.google.com/servicedesk/customer/portal/3/KRLEG-2291
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management

--jsd-8812aa
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#999">&mdash;-&mdash;-&mdash;-&mdash;<br>Reply above this line.</p>
<p><b>Mina Seo</b> resolved this as <b>Done</b>.</p>
<p>Hello KCSC team,<br>The review of the following URLs from your notice {R1} is complete:</p>
<table style="border-collapse:collapse">
<tr><th style="padding:4px;border:1px solid #ccc">URL</th><th style="padding:4px;border:1px solid #ccc">Action</th><th style="padding:4px;border:1px solid #ccc">Note</th></tr>
{_jira_html}
</table>
<p><a href="https://legal-servicedesk.google.com/servicedesk/customer/portal/3/KRLEG-2291">View request</a> &middot; <a href="https://legal-servicedesk.google.com/servicedesk/customer/portal/3/unsubscribe">Turn off this request's notifications</a></p>
<p style="color:#999">This is shared with KCSC Takedown.<br>Powered by Jira Service Management</p>
</body></html>

--jsd-8812aa--
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved this as Done' customer notification with a result table (text + HTML)",
    why="six per-URL actions in a table: removed, age-restricted, terminated channel, no action; service-desk links are not items",
    items={YT["zt5"]: "removed", YT["8rw"]: "removed", YT["fj4"]: "restricted", YT["vc6"]: "removed",
           YT["chan"]: "removed", YT["rs8"]: "rejected"},
)

_csv_rows = [
    ("url", "action_taken", "scope", "comment"),
    (YT["qm3"], "removed", "global", "Community Guidelines"),
    (YT["hp7"], "removed", "global", "Community Guidelines"),
    (YT["b9x"], "blocked", "KR", "local law"),
    (YT["lk2"], "no action", "", "no violation found"),
    (YT["zt5"], "removed", "global", "Harassment"),
    (YT["8rw"], "removed", "global", "Spam"),
    (YT["fj4"], "age-restricted", "global", ""),
    (YT["vc6"], "removed", "global", "Spam"),
    (YT["chan"], "channel terminated", "global", "repeat violations"),
    (YT["ye0"], "removed", "global", "Community Guidelines"),
    (YT["dn1"], "not found", "", "URL does not resolve to a video"),
    (YT["rs8"], "no action", "", "no violation found"),
]
_csv_buf = io.StringIO()
csv.writer(_csv_buf, lineterminator="\r\n").writerows(_csv_rows)
case(
    name="yt-csv-attachment-all-twelve",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 11:30:02 +0900",
    subject="[YouTube Legal Support] Outcome report for " + R1 + " (#48217730)",
    reply_to_req="req-240909-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="zd-mixed-5521"

--zd-mixed-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ZD_MARK}

Your request (48217730) has been solved. Reply to this email to reopen it.

Daniel P. (YouTube Legal Support)
Sep 18, 2024, 11:29 GMT+9

Hello,

Please find attached the outcome for each URL of your notice {R1}.
In short: 7 removed, 2 restricted, 1 not found, 2 with no action.

Regards,
Daniel P.

--zd-mixed-5521
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv_buf.getvalue())}

--zd-mixed-5521--
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notice with a per-URL outcome CSV attachment",
    why="the CSV gives an action for each of the twelve URLs",
    items={YT["qm3"]: "removed", YT["hp7"]: "removed", YT["b9x"]: "restricted", YT["lk2"]: "rejected",
           YT["zt5"]: "removed", YT["8rw"]: "removed", YT["fj4"]: "restricted", YT["vc6"]: "removed",
           YT["chan"]: "removed", YT["ye0"]: "removed", YT["dn1"]: "not_found", YT["rs8"]: "rejected"},
)

_qp_body = f"""안녕하세요, 방송통신심의위원회 담당자님.

Ticket #48217730 / 관리번호 {R1} 관련하여 안내드립니다.

채널 {YT['chan']} 은(는) 커뮤니티 가이드 반복 위반으로 해지되었습니다.
The channel above has been terminated for repeated violations of our Community Guidelines.

Shorts 영상 {YT['fj4']} 에는 연령 제한이 적용되었습니다.
The Short above has been age-restricted.

감사합니다.
YouTube 법무지원팀
"""
case(
    name="yt-qp-channel-terminated-korean",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube 법무지원팀",
    date="Tue, 17 Sep 2024 16:20:55 +0900",
    subject="Re: " + R1 + " 채널 검토 결과 (#48217730)",
    reply_to_req="req-240909-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English agent reply in a Zendesk thread, quoted-printable",
    why="channel 해지/terminated -> removed; Short 연령 제한/age-restricted -> restricted",
    items={YT["chan"]: "removed", YT["fj4"]: "restricted"},
)

case(
    name="tg-freshdesk-ticket-resolved",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 21:07:18 +0900",
    subject="[#TG-58812] Ticket resolved: " + R2,
    body=f"""
Dear KCSC team,

Ticket status: Resolved

We have reviewed the content listed in your request {R2}.

The following posts have been blocked and are no longer available on
Telegram:
  {TG['m1187']}
  {TG['m1203']}

We could not find the chat {TG['grey']} - the username is not assigned to
any public chat at the moment.

If you need anything else, simply reply to this email and your ticket will
be reopened.

Telegram Abuse Team

--
Ticket: #TG-58812 | Priority: Medium | Group: Legal Requests
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket resolved' reply from an abuse desk",
    why="two posts blocked (global, no longer available) -> removed; the chat not found",
    items={TG["m1187"]: "removed", TG["m1203"]: "removed", TG["grey"]: "not_found"},
)

case(
    name="tg-reply-to-reminder-outlook",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Wed, 18 Sep 2024 13:55:40 +0900",
    subject="RE: Reminder: " + R2 + " - 4 items overdue",
    extra_headers=["In-Reply-To: <rem-240918-02@kcsc.example>", "References: <req-240910-02@kcsc.example> <rem-240918-02@kcsc.example>"],
    body=f"""
Hello,

Regarding the post {TG['pine']} - it was taken down on 17 September.

The other items of your reminder are handled under ticket #TG-58812 and you
will hear from that team directly.

Regards,
Telegram DSA Desk

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 9:00 AM
To: dsa@telegram.org
Subject: Reminder: {R2} - 4 items overdue

{REMINDER2_TEXT}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to a regulator's reminder, original message below '-----Original Message-----'",
    why="one item taken down above the Outlook separator; the reminder's own list below is our text",
    items={TG["pine"]: "removed", TG["m1187"]: "pending", TG["m1203"]: "pending", TG["grey"]: "pending"},
)

case(
    name="x-helpscout-url-below-statement",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Sat, 14 Sep 2024 02:18:09 +0900",
    subject="Re: Removal request " + R3 + " [Conversation #771245]",
    reply_to_req="req-240911-03",
    body=f"""
## Please reply above this line ##

Hi KCSC Takedown,

We've completed our review.

We have withheld the following post in South Korea:
{XR['dp1']}

The following post has been removed for violating the X Rules:
{XR['dp2']}

After review, we found no violation of the X Rules or of applicable Korean
law in the following post, so we will not be taking action on it:
{XR['iq']}

Thanks,
Priya
X Legal Support

Conversation #771245 - view it at https://help.x.com/conversations/771245
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style conversation reply ('reply above this line', statement then URL on the next line)",
    why="each statement stands on the line above its URL: withheld in KR, removed, no violation",
    items={XR["dp1"]: "restricted", XR["dp2"]: "removed", XR["iq"]: "rejected"},
)

case(
    name="x-single-item-by-reference",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Wed, 18 Sep 2024 23:40:11 +0900",
    subject="Re: " + R7 + " Removal request (1 URL)",
    reply_to_req="req-240917-07",
    body=f"""
Hello,

Thank you for your report. We reviewed the post you reported under
{R7} and removed it for violating our rules on illegal and regulated goods.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="short abuse-desk reply in the request's thread, no URL repeated",
    why="one-item request named by its reference and thread; unhedged 'removed it'",
    items={X7: "removed"},
)

case(
    name="x-korean-particles-brackets",
    **{"from": "kr-legal@x.com"},
    name_from="X 법무팀",
    date="Mon, 16 Sep 2024 17:03:27 +0900",
    subject="[" + R3 + "] 시정요구 처리 결과 안내 (Case 0293-118)",
    reply_to_req="req-240911-03",
    body=f"""
안녕하세요, 방송통신심의위원회 담당자님.

요청하신 {R3} 건의 처리 결과를 아래와 같이 안내드립니다.

1. <{XR['dp1']}>은 대한민국 내에서 접근이 제한(withheld)되었습니다.
2. {XR['dp2']}의 게시물은 삭제되었습니다.
3. 나머지 게시물（{XR['iq']}）은 X 규칙 및 관련 법률 위반이 확인되지 않아 별도 조치하지 않았습니다.

추가 문의 사항은 본 메일에 회신해 주시기 바랍니다.

X 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language result notice from a platform legal team (URLs with particles, angle and full-width brackets)",
    why="withheld in Korea -> restricted; 삭제 -> removed; no violation, no action -> rejected",
    items={XR["dp1"]: "restricted", XR["dp2"]: "removed", XR["iq"]: "rejected"},
)

case(
    name="naver-inquiry-answer-korean",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 16:45:00 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호: 20240913-004417)",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회 {R4} 시정요구 관련 문의에 답변드립니다.

아래 블로그 게시물 2건은 운영정책 위반으로 게시중단 처리되었습니다.
 - {NV['b1']}
 - {NV['b2']}

아래 카페 게시물은 권리침해 신고 절차에 따라 30일간 임시조치되었습니다.
 - {NV['c12']}

나머지 게시물은 확인 후 별도로 안내드리겠습니다.

※ 본 메일은 발신 전용이며, 추가 문의는 고객센터(https://help.naver.com)를 이용해 주세요.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 inquiry answer (문의번호 ticket) with 게시중단 / 임시조치 lists",
    why="게시중단 -> removed for two blog posts; 임시조치 -> restricted; help-centre link is not an item",
    items={NV["b1"]: "removed", NV["b2"]: "removed", NV["c12"]: "restricted"},
)

_nv_rows = [
    (NV["b1"], "삭제", "불법 대부 광고"),
    (NV["b2"], "블라인드", "불법 대부 광고"),
    (NV["c12"], "임시조치(30일)", "권리침해 신고"),
    (NV["c15"], "게시물 없음", "요청 전 작성자가 삭제"),
    (NV["kin"].replace("&", "&amp;"), "조치 불가", "위반 사항이 확인되지 않음"),
]
_nv_html = "\n".join(
    f"<tr><td>{i + 1}</td><td>{u}</td><td>{a}</td><td>{r}</td></tr>" for i, (u, a, r) in enumerate(_nv_rows)
)
case(
    name="naver-kcsc-result-html-table",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Tue, 17 Sep 2024 10:12:33 +0900",
    subject="[" + R4 + "] 시정요구 조치결과 회신",
    reply_to_req="req-240912-04",
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구({R4})에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{_nv_html}
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply table (번호/URL/조치결과/비고), HTML only",
    why="삭제, 블라인드 -> removed; 임시조치 -> restricted; 게시물 없음 (author deleted) -> not_found; 조치 불가, no violation -> rejected",
    items={NV["b1"]: "removed", NV["b2"]: "removed", NV["c12"]: "restricted", NV["c15"]: "not_found",
           NV["kin"]: "rejected"},
)

case(
    name="naver-wrapped-angle-url",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy Support",
    date="Wed, 18 Sep 2024 14:28:51 +0900",
    subject="RE: [" + R4 + "] Knowledge iN and cafe items",
    reply_to_req="req-240912-04",
    body=f"""
Dear KCSC,

Regarding the Knowledge iN question in your request {R4}:
<https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&
 docId=471234567>
The question and all its answers were deleted by our operations team
(운영자 삭제) on 17 September.

The cafe post {NV['c15']} had already been deleted by its
author before your request reached us, so there was nothing left for us
to act on.

Best regards,
NAVER Policy Support
""",
    outcome="applied", classification="confirmation",
    imitates="English reply from a Korean portal's policy team, long URL wrapped inside angle brackets",
    why="운영자 삭제 -> removed for the wrapped kin URL; deleted by its author before the request -> not_found",
    items={NV["kin"]: "removed", NV["c15"]: "not_found"},
)

case(
    name="kakao-daum-ticket-answered",
    **{"from": "cs@daum.net"},
    name_from="Daum 고객센터",
    date="Tue, 17 Sep 2024 11:02:44 +0900",
    subject="[Daum 고객센터] 문의 답변 완료 안내 (접수번호 K-2409-33105)",
    body=f"""
안녕하세요, Daum 고객센터입니다.

접수번호 K-2409-33105 ({R5}) 문의에 대한 답변이 등록되었습니다.

[답변 내용]
요청하신 카페 게시물을 확인하였습니다.

- {KK['d21']}
  → 카페 운영원칙 위반(위조 상품 판매)으로 삭제 조치하였습니다.
- {KK['d44']}
  → 이미 작성자가 삭제한 게시물로 확인되었습니다.

답변이 도움이 되셨다면 만족도 평가에 참여해 주세요.
https://cs.daum.net/survey/K-2409-33105

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 고객센터 'answer registered' ticket notification with satisfaction-survey link",
    why="삭제 조치 -> removed; already deleted by its author -> not_found; survey link is not an item",
    items={KK["d21"]: "removed", KK["d44"]: "not_found"},
)

case(
    name="kakao-bullets-url-below",
    **{"from": "safety@kakaocorp.com"},
    name_from="Kakao Safety",
    date="Mon, 16 Sep 2024 15:31:19 +0900",
    subject="Re: " + R5 + " counterfeit listings in Daum cafe",
    reply_to_req="req-240913-05",
    body=f"""
Hello,

Here is the result for each URL of your request {R5}.

• Access to this post has been restricted for 30 days (temporary measure,
  임시조치) while the seller may file an objection:
  {KK['d21']}

• This post has been deleted:
  {KK['d44']}

Kakao Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with bullets, each statement followed by its URL on the next line",
    why="임시조치 / access restricted -> restricted; deleted -> removed",
    items={KK["d21"]: "restricted", KK["d44"]: "removed"},
)

case(
    name="tiktok-restricted-in-kr",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date="Wed, 18 Sep 2024 08:15:37 +0900",
    subject="Ticket #TT-882190: status updated to Resolved",
    body=f"""
Hello,

Your ticket #TT-882190 ({R6}) has been updated.

Status: Resolved

Message from our team:
We've restricted access in South Korea to the video
{TT}
It remains available in other regions, as we did not find a violation of
our Community Guidelines.

You can view the ticket at https://legal.tiktok.com/tickets/TT-882190.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system status notification (Resolved) with the agent's message",
    why="geo-restricted in South Korea -> restricted (the global no-violation remark is not a refusal for Korea)",
    items={TT: "restricted"},
)

case(
    name="tiktok-no-violation-stays-up",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 19 Sep 2024 10:44:02 +0900",
    subject="Ticket #TT-882190: status updated to Closed",
    body=f"""
Hello,

After careful review we found that {TT}
does not violate our Community Guidelines or applicable local law. The video
will therefore remain available on TikTok.

If you have additional information, such as a court order, you may open a
new ticket at https://legal.tiktok.com/report.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="ticket closed with a reasoned refusal",
    why="refusal with its reason (no violation) -> rejected; 'will remain' states the decision, not a promise",
    items={TT: "rejected"},
)

case(
    name="tiktok-one-item-no-url",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date="Tue, 17 Sep 2024 19:22:10 +0900",
    subject="Re: " + R6 + " Removal request",
    reply_to_req="req-240916-06",
    body=f"""
Hello,

Thank you for contacting TikTok. We have removed the content you reported in
{R6}. This case is now closed.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="short solved-ticket reply naming the request, not the URL",
    why="request of one item: a statement about 'the content you reported' applies to it",
    items={TT: "removed"},
)

case(
    name="yt-partial-three-done",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 12:09:48 +0900",
    subject="[YouTube Legal Support] Re: " + R1 + " partial update (#48217730)",
    reply_to_req="req-240909-01",
    body=f"""
{ZD_MARK}

Hello,

We have completed the review of three of the twelve URLs; the others are
still in progress.

1) {YT['zt5']} - removed (Harassment policy)
2) {YT['vc6']} - removed (Spam and deceptive practices)
3) {YT['rs8']} - not actioned: the video does not violate our Community
   Guidelines and we did not find it unlawful under Korean law.

We'll come back to you on the remaining URLs.

Daniel P.
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a Zendesk thread (numbered list, rest still in progress)",
    why="three named URLs with outcomes; 'remaining URLs' are not named and stay pending",
    items={YT["zt5"]: "removed", YT["vc6"]: "removed", YT["rs8"]: "rejected"},
)

case(
    name="tg-one-blocked-one-promised",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 20:30:05 +0900",
    subject="Re: [#TG-58812] " + R2,
    reply_to_req="req-240910-02",
    body=f"""
Hi,

{TG['m1203']} has been blocked.

Our moderators will also look into {TG['pine']} and we will
reply about it separately.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="terse abuse-desk follow-up: one result, one promise",
    why="blocked -> removed; 'will look into' is a promise, the other post stays pending",
    items={TG["m1203"]: "removed", TG["pine"]: "pending"},
)

case(
    name="x-jira-comment-withheld",
    **{"from": "jira@x.com"},
    name_from="X Legal Service Desk",
    date="Tue, 17 Sep 2024 06:51:23 +0900",
    subject="[LEGALKR-4471] Removal notice " + R3,
    body=f"""
—-—-—-—
Reply above this line.

J. Whitaker commented:

Update: {XR['iq']} is now withheld in South Korea
following a legal review of your notice.

View request · https://legalhelp.x.com/servicedesk/customer/portal/2/LEGALKR-4471
Turn off this request's notifications · https://legalhelp.x.com/servicedesk/customer/portal/2/unsubscribe

This is shared with KCSC Takedown.
Help Center, powered by Jira Service Management, sent you this message.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'commented' customer notification",
    why="withheld in South Korea -> restricted; the x.com service-desk links are not items",
    items={XR["iq"]: "restricted"},
)

_b64_body = f"""Dear KCSC,

Concerning your notice {R1}:

The following videos have been removed from YouTube: {YT['qm3']}, {YT['8rw']}.

The following URL does not lead to any video on YouTube, so we could not act on it: {YT['dn1']}

Regards,
YouTube Legal Support
"""
case(
    name="yt-base64-comma-list",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 09:18:30 +0900",
    subject="Re: " + R1 + " (#48217730)",
    reply_to_req="req-240909-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_b64_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="base64-encoded plain-text agent reply",
    why="two URLs in one 'removed' sentence, one URL 'does not lead to any video' -> not_found",
    items={YT["qm3"]: "removed", YT["8rw"]: "removed", YT["dn1"]: "not_found"},
)

case(
    name="naver-topposted-over-original",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Mon, 16 Sep 2024 18:06:14 +0900",
    subject="RE: [" + R4 + "] 불법 대부 광고 시정요구",
    reply_to_req="req-240912-04",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 건 중 아래 게시물에 대한 조치 결과를 먼저 회신드립니다.

- {NV['c12']} : 임시조치(30일) 완료
- {NV['kin']} : 게시중단 완료

나머지 건은 확인 후 별도로 회신드리겠습니다.

-----원본 메시지-----
보낸 사람: 방송통신심의위원회 <takedown@kcsc.example>
받는 사람: policy@navercorp.com
날짜: 2024-09-12 (목) 11:00
제목: [{R4}] 불법 대부 광고 시정요구

{REQ4_TEXT}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook-style top-posted reply over the original 시정요구 (-----원본 메시지-----)",
    why="임시조치 -> restricted, 게시중단 -> removed above the separator; the quoted request's list is ours",
    items={NV["c12"]: "restricted", NV["kin"]: "removed", NV["b1"]: "pending", NV["b2"]: "pending",
           NV["c15"]: "pending"},
)

case(
    name="yt-echoed-report-blocks",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal",
    date="Sun, 15 Sep 2024 04:02:17 +0900",
    subject="Your legal removal request - outcome (Ref. 7-3390000012345)",
    body=f"""
Hello,

We have reviewed your legal removal request. Below you will find each URL
you reported, the reason you gave, and our decision.

Reported URL: {YT['hp7']}
Reason given: Illegal gambling promotion (KCSC {R1})
Decision: Content removed globally under our policies

Reported URL: {YT['b9x']}
Reason given: Illegal gambling promotion (KCSC {R1})
Decision: Blocked for viewers in South Korea

Reported URL: {YT['lk2']}
Reason given: Illegal gambling promotion (KCSC {R1})
Decision: No action - the content does not violate our policies and we did
not find it unlawful in South Korea

Reported URL: {YT['fj4']}
Reason given: Illegal gambling promotion (KCSC {R1})
Decision: Age-restricted

For more information about how we handle legal requests, see
https://support.google.com/legal/answer/3110420

The Google Legal team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removal outcome email echoing each reported URL with its decision",
    why="per-URL blocks: removed, blocked in KR, no action, age-restricted; help link is not an item",
    items={YT["hp7"]: "removed", YT["b9x"]: "restricted", YT["lk2"]: "rejected", YT["fj4"]: "restricted"},
)

case(
    name="x-receipt-plus-result",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Thu, 12 Sep 2024 22:47:51 +0900",
    subject="Case 0293-118: we received your report",
    reply_to_req="req-240911-03",
    body=f"""
Hello,

Thanks for contacting X. We have received your report (case 0293-118)
about {R3}.

We have already reviewed the post at {XR['dp2']}
and it has been removed for violating the X Rules.

We will follow up about the other posts in your report.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that already carries one result",
    why="acknowledgement phrase plus an unhedged item statement is not a mere acknowledgement",
    items={XR["dp2"]: "removed"},
)

case(
    name="yt-zendesk-history-reinstated",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 14:35:09 +0900",
    subject="[YouTube Legal Support] Re: " + R1 + " - update on one video (#48217730)",
    reply_to_req="req-240909-01",
    body=f"""
{ZD_MARK}

Your request (48217730) has been updated.

----------------------------------------------

Daniel P. (YouTube Legal Support)
Sep 19, 2024, 14:34 GMT+9

Hello,

Following a successful appeal by the uploader, the video
{YT['8rw']} has been reinstated. On a second review it does
not violate our Community Guidelines and no local-law restriction applies,
so it will stay available on YouTube.

----------------------------------------------

Mina S. (YouTube Legal Support)
Sep 12, 2024, 11:20 GMT+9

Hello, the video {YT['8rw']} has been removed.

----------------------------------------------

This email is a service from YouTube Legal Support. Delivered by Zendesk
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk update whose notification repeats the ticket history (newest comment first)",
    why="the newest comment reinstates the video as non-violating -> rejected; the older comment below is superseded history",
    items={YT["8rw"]: "rejected"},
)

# ======================= REVIEW ===========================================

case(
    name="yt-promise-within-24h",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 17:44:26 +0900",
    subject="[YouTube Legal Support] Re: " + R1 + " (#48217730)",
    reply_to_req="req-240909-01",
    body=f"""
{ZD_MARK}

Hello,

Our team has confirmed that the following videos violate our Community
Guidelines. They will be removed within the next 24 hours:

{YT['qm3']}
{YT['hp7']}

We will confirm once this has been done.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent reply announcing a future removal",
    why="'will be removed' is a promise; the named items stay pending",
    items={YT["qm3"]: "pending", YT["hp7"]: "pending"},
)

case(
    name="tg-hedged-appears-gone",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 19:12:40 +0900",
    subject="Re: [#TG-58812] " + R2,
    reply_to_req="req-240910-02",
    body=f"""
Hello,

It appears that {TG['grey']} may have been deleted by its
owner; we are still checking our logs to confirm.

{TG['m1187']} also seems to be no longer accessible, but
we have not yet verified why.

We will update this ticket once we know more.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim reply with hedged observations",
    why="'appears', 'may have been', 'seems' are hedges, not statements",
    items={TG["grey"]: "pending", TG["m1187"]: "pending"},
)

case(
    name="naver-under-legal-review",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 13:20:18 +0900",
    subject="[" + R4 + "] 처리 현황 안내 (진행 중)",
    reply_to_req="req-240912-04",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 {NV['b1']} 은(는) 현재 법무 검토가
진행 중이며, 검토가 완료되는 대로 결과를 안내드리겠습니다.

처리 상태: 진행 중

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean ticket status update (처리 상태: 진행 중) naming one item under legal review",
    why="'검토 진행 중' (under review) is not a status; the named item stays pending",
    items={NV["b1"]: "pending"},
)

case(
    name="x-bulk-all-posts-removed",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Sun, 15 Sep 2024 01:05:44 +0900",
    subject="Re: Removal request " + R3 + " [Conversation #771245]",
    reply_to_req="req-240911-03",
    body=f"""
## Please reply above this line ##

Hi KCSC Takedown,

All of the posts listed in your request {R3} have been removed.

Thanks,
Priya
X Legal Support
""",
    outcome="review", review="bulk",
    imitates="Help Scout-style solved reply covering the whole request in one sentence",
    why="one statement for a three-item request without naming each item",
    items={XR["dp1"]: "pending", XR["dp2"]: "pending", XR["iq"]: "pending"},
)

case(
    name="naver-bulk-korean",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Thu, 19 Sep 2024 09:50:03 +0900",
    subject="RE: [" + R4 + "] 조치 완료",
    reply_to_req="req-240912-04",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{R4} 요청 건의 게시물 5건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="short Korean 'all items done' reply in the request thread",
    why="'5건 모두 게시중단' covers a five-item request without naming items",
    items={NV["b1"]: "pending", NV["b2"]: "pending", NV["c12"]: "pending", NV["c15"]: "pending",
           NV["kin"]: "pending"},
)

case(
    name="yt-dmarc-fail-solved",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    auth="fail",
    date="Sat, 14 Sep 2024 03:33:33 +0900",
    subject="[YouTube Legal Support] Your request (#48217730) has been solved",
    body=f"""
{ZD_MARK}

Your request (48217730) has been solved.

Hello, the following videos from {R1} have been removed:
{YT['ye0']}
{YT['rs8']}

YouTube Legal Support
""",
    outcome="review", review="untrusted",
    imitates="Zendesk solved notice from google.com failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails",
    items={YT["ye0"]: "pending", YT["rs8"]: "pending"},
)

case(
    name="yt-zendesk-hosted-domain",
    **{"from": "support@ytlegalsupport.zendesk.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 10:10:10 +0900",
    subject="[YouTube Legal Support] Request #48217730 solved",
    body=f"""
{ZD_MARK}

Your request (48217730) has been solved.

Hello KCSC,

Concerning {R1}, the following videos have been removed:
- {YT['zt5']}
- {YT['ye0']}

YouTube Legal Support
""",
    outcome="review", review="unknown_sender",
    imitates="ticket notice sent from a help-desk vendor's hosted domain instead of the platform's own",
    why="zendesk.com is not a sender domain of any platform; it names our request and URLs",
    items={YT["zt5"]: "pending", YT["ye0"]: "pending"},
)

case(
    name="kcsc-colleague-forwards-telegram",
    **{"from": "minji.park@kcsc.example"},
    name_from="Park Minji",
    date="Thu, 12 Sep 2024 10:25:00 +0900",
    subject="Fwd: [#TG-58812] " + R2,
    body=f"""
FYI - Telegram answered to my own address instead of the desk.

Minji

---------- Forwarded message ---------
From: Telegram Abuse <abuse@telegram.org>
Date: Thu, 12 Sep 2024 at 01:14
Subject: [#TG-58812] {R2}
To: Park Minji <minji.park@kcsc.example>

Hello,

The post {TG['m1187']} has been blocked.

Telegram Abuse Team
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="colleague forwarding a platform reply (Gmail 'Forwarded message' block)",
    why="the statement reaches us only inside a forward from our own staff, not from telegram.org",
    items={TG["m1187"]: "pending"},
)

case(
    name="kakao-about-naver-url",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 안전팀",
    date="Wed, 18 Sep 2024 16:40:27 +0900",
    subject="Re: 추가 게시물 검토 요청",
    body=f"""
안녕하세요, 카카오 안전팀입니다.

문의하신 {NV['c15']} 게시물은 Daum 카페의 게시물이 아니어서
당사 시스템에서 확인되지 않습니다.

해당 서비스 운영사에 직접 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="platform answering about another portal's URL ('not our service, not found')",
    why="kakaocorp.com states a status for a NAVER item",
    items={NV["c15"]: "pending"},
)

case(
    name="yt-asks-more-info",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 15:15:15 +0900",
    subject="[YouTube Legal Support] Pending - we need more information (#48217730)",
    reply_to_req="req-240909-01",
    body=f"""
{ZD_MARK}

Your request (48217730) is awaiting your reply.

Hello,

To act on {YT['lk2']} and {YT['ye0']}, please tell us
the timestamps at which the unlawful content appears and the provision of
Korean law it breaches. Until we hear from you, these URLs remain under
review.

YouTube Legal Support
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Zendesk 'pending - awaiting your reply' request for information",
    why="asks for timestamps and legal basis; nothing decided",
    items={YT["lk2"]: "pending", YT["ye0"]: "pending"},
)

case(
    name="tg-portal-notice-no-claims",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Thu, 19 Sep 2024 12:00:00 +0900",
    subject="Change in how we accept requests from authorities",
    body="""
Dear partner,

From 1 October 2024, requests from authorities must be submitted through our
dedicated portal. Emails sent to this address after that date will no longer
be processed.

Registration: https://telegram.org/authorities/register

Telegram DSA Desk
""",
    outcome="review", classification="other", review="no_claims",
    imitates="platform circular to authorities about a new intake portal",
    why="trusted telegram.org mail naming no item and no request",
    items={},
)

# ======================= IGNORED ==========================================

case(
    name="yt-zendesk-receipt",
    **{"from": "noreply-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 10:01:12 +0900",
    subject="[YouTube Legal Support] Re: " + R1 + " Removal request - 12 URLs (#48217730)",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
{ZD_MARK}

Your request (48217730) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from YouTube Legal Support. Delivered by Zendesk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'request received' notification",
    why="pure ticket receipt",
    items={},
)

case(
    name="tg-freshdesk-ticket-received",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 10:31:05 +0900",
    subject="Ticket Received - [#TG-58812] " + R2,
    reply_to_req="req-240910-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a
ticket has been created. A support representative will review your request
and send you a personal response.

To view the status of the ticket or add comments, please reply to this
email.

Thank you for your patience.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk default 'Ticket Received' autoresponse",
    why="pure acknowledgement, no statement",
    items={},
)

case(
    name="x-out-of-office",
    **{"from": "d.harlow@x.com"},
    name_from="Dana Harlow",
    date="Thu, 19 Sep 2024 09:00:41 +0900",
    subject="Automatic reply: Reminder: " + R3 + " - 3 items overdue",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am out of the office until 23 September with
limited access to email. For urgent legal matters please write to
legal@x.com.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply to a reminder",
    why="auto-reply",
    items={},
)

_orig_req5 = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report@kakaocorp.com
Date: Fri, 13 Sep 2024 14:00:00 +0900
Subject: [{R5}] 위조 상품 게시물 시정요구
Message-ID: <req-240913-05@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

카카오 담당자님께,

아래 게시물의 삭제를 요청드립니다 ({R5}).
1) {KK['d21']}
2) {KK['d44']}

방송통신심의위원회"""
case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 14:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7Q2"

--dsn-7Q2
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@kakaocorp.com>: mailbox full, try again later

--dsn-7Q2
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kakaocorp.com
Arrival-Date: Fri, 13 Sep 2024 14:00:05 +0900

Final-Recipient: rfc822; report@kakaocorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-7Q2
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_orig_req5}

--dsn-7Q2--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning our request, original attached",
    why="bounce; the URLs are in our own returned message",
    items={KK["d21"]: "pending", KK["d44"]: "pending"},
)

case(
    name="naver-mdn-displayed",
    **{"from": "seo.jiyoon@navercorp.com"},
    name_from="서지윤",
    date="Thu, 12 Sep 2024 11:32:50 +0900",
    subject="읽음 확인: [" + R4 + "] 불법 대부 광고 시정요구",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-44c1"

--mdn-44c1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: seo.jiyoon@navercorp.com
제목: [{R4}] 불법 대부 광고 시정요구

이 확인 메일은 메시지가 받는 사람의 컴퓨터에 표시되었음을 알려 줍니다.
메시지를 읽었거나 이해했다는 뜻은 아닙니다.

--mdn-44c1
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822; seo.jiyoon@navercorp.com
Original-Message-ID: <req-240912-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-44c1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, multipart/report disposition-notification) in Korean",
    why="read receipt",
    items={},
)

case(
    name="naver-korean-receipt",
    **{"from": "noreply@navercorp.com"},
    name_from="네이버 게시중단 요청 서비스",
    date="Thu, 12 Sep 2024 11:05:21 +0900",
    subject="[네이버] 게시중단 요청이 접수되었습니다 (접수번호 RT-20240912-0831)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 네이버 게시중단 요청 서비스입니다.

방송통신심의위원회에서 요청하신 {R4} 건이 정상적으로 접수되었습니다.
접수번호: RT-20240912-0831

요청 내용은 순차적으로 검토한 뒤 결과를 안내드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단 요청 접수 안내 (automatic receipt with 접수번호)",
    why="pure receipt; the future result is a promise about the whole request",
    items={},
)

case(
    name="x-jira-request-received",
    **{"from": "jira@x.com"},
    name_from="X Legal Service Desk",
    date="Wed, 11 Sep 2024 09:02:30 +0900",
    subject="[LEGALKR-4471] Request received: Removal notice " + R3,
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
—-—-—-—
Reply above this line.

Your request has been received and a member of our team will respond
shortly. Reference: LEGALKR-4471

View request · https://legalhelp.x.com/servicedesk/customer/portal/2/LEGALKR-4471

This is shared with KCSC Takedown.
Help Center, powered by Jira Service Management, sent you this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification",
    why="pure receipt; the portal link is not an item",
    items={},
)

HEADER = """# Blind set 368: ticket systems and threads (written before any run of the reader).
# Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind368", HEADER, CASES)


if __name__ == "__main__":
    main()
