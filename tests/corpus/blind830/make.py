#!/usr/bin/env python3
"""Blind set 830 (focus: ticket systems and threads).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic:

    python3 tests/corpus/blind830/make.py

Every email was written from scratch in the manner of ticket-system mail
(Zendesk, Freshdesk, Jira Service Management, Help Scout), platform abuse
desks and Korean portal help desks; all people, channels, videos, posts and
ticket numbers are invented. The expected results were written from each
email's meaning alone, before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind830"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240910-04",
    "KCSC-240911-05", "KCSC-240912-06", "KCSC-240913-07",
)

YT = {
    1: "https://www.youtube.com/watch?v=Qm7dLp2xV1a",
    2: "https://www.youtube.com/watch?v=Hr4TnW8cE2b",
    3: "https://www.youtube.com/watch?v=Zk9PfB3sU3c",
    4: "https://www.youtube.com/watch?v=Ja2GyM6oR4d",
    5: "https://www.youtube.com/watch?v=Wt5XqN1hK5e",
    6: "https://www.youtube.com/watch?v=Bc8VuS4lD6f",
    7: "https://www.youtube.com/shorts/Fy3RkE7pA7g",
    8: "https://www.youtube.com/shorts/Lp6MzC2wT8h",
    9: "https://www.youtube.com/@dalbit_signal_tv",
    10: "https://www.youtube.com/watch?v=Ne1OsJ9gY0i",
    11: "https://www.youtube.com/watch?v=Ud4HbK5rX1j",
    12: "https://www.youtube.com/watch?v=Tg7WcQ8mZ2k",
}
CAFE_RAW = "https://cafe.naver.com/주식리딩방/48213"
NV = {
    1: "https://blog.naver.com/moonlit_ledger/223561234567",
    2: "https://cafe.naver.com/%EC%A3%BC%EC%8B%9D%EB%A6%AC%EB%94%A9%EB%B0%A9/48213",
    3: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40205&docId=471230988",
    4: "https://blog.naver.com/sunny_coinroom/223559876543",
}
XX = {
    1: "https://x.com/gold_tipster_kr/status/1832011122233344556",
    2: "https://x.com/gold_tipster_kr/status/1832019988877766554",
    3: "https://x.com/pumpalert_seoul/status/1831877766655544433",
}
TG = {
    1: "https://t.me/hidden_signal_room",
    2: "https://t.me/bluefin_leaks/3317",
}
TG7 = "https://t.me/coin_pump_kr_vip"
KK = {
    1: "https://cafe.daum.net/moneyfarm77/Ab3k/1120",
    2: "https://cafe.daum.net/moneyfarm77/Ab3k/1187",
    3: "https://cafe.daum.net/stockboat/Qe1R/905",
    4: "https://nightowl-notes.tistory.com/412",
    5: "https://open.kakao.com/o/gR7fKx2b",
}
DC = "https://discord.gg/qBz7hUwm"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    (R1, "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "financial_fraud", "req-240903-01@kcsc.example", "investment scam videos and one channel",
     [YT[i] for i in range(1, 13)]),
    (R2, "naver", "2024-09-05T14:30:00+09:00", "2024-09-12T23:59:59+09:00",
     "illegal_finance", "req-240905-02@kcsc.example", "unregistered stock advisory posts",
     [NV[i] for i in range(1, 5)]),
    (R3, "x", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00",
     "financial_fraud", "req-240909-03@kcsc.example", "pump-and-dump posts",
     [XX[i] for i in range(1, 4)]),
    (R4, "telegram", "2024-09-10T11:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "personal_data", "req-240910-04@kcsc.example", "leak channel and one post",
     [TG[1], TG[2]]),
    (R5, "kakao", "2024-09-11T16:20:00+09:00", "2024-09-18T23:59:59+09:00",
     "illegal_finance", "req-240911-05@kcsc.example", "Daum cafe posts, Tistory post, open chat",
     [KK[i] for i in range(1, 6)]),
    (R6, "discord", "2024-09-12T10:05:00+09:00", "2024-09-19T23:59:59+09:00",
     "financial_fraud", "req-240912-06@kcsc.example", "server invite",
     [DC]),
    (R7, "telegram", "2024-09-13T13:45:00+09:00", "2024-09-20T23:59:59+09:00",
     "financial_fraud", "req-240913-07@kcsc.example", "pump channel",
     [TG7]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def alternative(text, html, boundary, html_cte="8bit"):
    hbody = html if html_cte == "8bit" else qp(html)
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: {html_cte}\n\n"
        f"{hbody.strip()}\n\n"
        f"--{boundary}--\n"
    )


def with_csv(text, filename, csv_text, boundary):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(csv_text)}\n"
        f"--{boundary}--\n"
    )


def single(ctype, cte, body):
    enc = {"base64": b64, "quoted-printable": qp}[cte](body)
    return (
        f"Content-Type: {ctype}; charset=utf-8\n"
        f"Content-Transfer-Encoding: {cte}\n\n"
        f"{enc}"
    )


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# Our own request texts, as they come back quoted in replies.
REQ1_TEXT = f"""Dear YouTube Legal team,

The Korea Communications Standards Commission requests the removal of the
following content under Article 44-7 of the Information and Communications
Network Act (reference {R1}):

""" + "\n".join(f"{i}. {YT[i]}" for i in range(1, 13)) + """

Please inform us of the measures taken by 10 September 2024.

KCSC Takedown Desk"""

REQ3_TEXT = f"""Dear X Legal team,

Reference {R3}. We request the removal of the following posts, which
advertise coordinated share price manipulation:

- {XX[1]}
- {XX[2]}
- {XX[3]}

Please reply by 16 September 2024 with the action taken for each post.

KCSC Takedown Desk"""

REMINDER1 = f"""This is a reminder about request {R1}, sent on 3 September 2024.
The deadline of 10 September 2024 has passed and we have no result yet for
some of the items:

  {YT[7]}
  {YT[8]}
  {YT[9]}
  {YT[10]}

Please tell us what was done with each of them.

KCSC Takedown Desk"""

REMINDER4 = f"""Reminder: request {R4} (sent 10 September 2024, due 17 September 2024).
We have not yet received the outcome for:
  {TG[1]}
  {TG[2]}

KCSC Takedown Desk"""

ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="yt-zendesk-solved-four-items",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 17:22:10 +0900",
    subject=f"[YouTube Legal] Re: {R1} - Request #8823411 has been solved",
    reply_to_req="req-240903-01",
    body=f"""{ZD_LINE}

Your request (8823411) has been solved. To reopen it, reply to this email.

Min-seo (YouTube Legal Support)
Sep 9, 2024, 17:21 KST

Hello,

Thank you for your notice regarding the videos listed under reference {R1}.
Our team has completed its review of the following URLs:

 * {YT[1]} - removed for violating our spam, deceptive practices and scams policy
 * {YT[2]} - removed for violating our spam, deceptive practices and scams policy
 * {YT[3]} - removed; the uploading channel was terminated as well
 * {YT[4]} - age-restricted; the video stays on YouTube but can no longer be watched by signed-out viewers or users under 18

We'll follow up separately on the other URLs in your notice.

To learn more about our policies, visit https://support.google.com/youtube/answer/2801973.

Regards,
Min-seo
YouTube Legal Support

--------------------------------
This email is a service from YouTube Legal Support. Delivered by Zendesk
[8QX1-Y2KR]""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been solved' notification carrying an agent comment with a bulleted per-URL outcome",
    why="Authenticated YouTube mail in the request's thread states an outcome for each of four named URLs",
    items={YT[1]: "removed", YT[2]: "removed", YT[3]: "removed", YT[4]: "restricted"},
)

case(
    name="yt-zendesk-update-history-has-request",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 11:05:42 +0900",
    subject=f"[YouTube Legal] Re: {R1} - Request #8823411 has been updated",
    reply_to_req="req-240903-01",
    body=f"""{ZD_LINE}

Min-seo (YouTube Legal Support)
Sep 12, 2024, 11:04 KST

Hello again,

Following up on request 8823411 with two more of the URLs you sent us.

{YT[5]}
Blocked in South Korea in response to your notice under local law. The video is still available in other countries.

{YT[6]}
After review we did not find a violation of our Community Guidelines or a legal basis to restrict it, so we are not taking action on this video.

Min-seo
YouTube Legal Support

KCSC Takedown
Sep 3, 2024, 10:00 KST

{REQ1_TEXT}

--------------------------------
This email is a service from YouTube Legal Support. Delivered by Zendesk
[8QX1-Y2KR]""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk ticket update whose conversation history repeats the requester's original message without quote marks",
    why="New agent comment: one video geo-blocked in Korea, one refused; our own request in the ticket history states nothing",
    items={YT[5]: "restricted", YT[6]: "rejected", YT[1]: "pending", YT[12]: "pending"},
)

html3 = f"""<html><body>
<p>Hello,</p>
<p>Thanks for the reminder, and sorry for the wait. Here are the outcomes for the items you listed from {R1}:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{YT[7]}">{YT[7]}</a></td><td>Removed (harmful or dangerous content)</td></tr>
<tr><td><a href="{YT[8]}">{YT[8]}</a></td><td>Removed</td></tr>
<tr><td><a href="{YT[9]}">{YT[9]}</a></td><td>Channel terminated</td></tr>
<tr><td><a href="{YT[10]}">{YT[10]}</a></td><td>No action &ndash; the video does not violate our policies</td></tr>
</table>
<p>Best regards,<br>Joon<br>YouTube Legal Support</p>
<div style="border-top:1px solid #ccc;padding-top:6px">
<b>From:</b> KCSC Takedown &lt;takedown@kcsc.example&gt;<br>
<b>Sent:</b> Wednesday, September 11, 2024 9:00 AM<br>
<b>Subject:</b> [Reminder] {R1}: response overdue<br>
<blockquote>{REMINDER1.replace(chr(10), '<br>')}</blockquote>
</div>
</body></html>"""
text3 = f"""Hello,

Thanks for the reminder, and sorry for the wait. Here are the outcomes for the items you listed from {R1}:

URL | Outcome
{YT[7]} | Removed (harmful or dangerous content)
{YT[8]} | Removed
{YT[9]} | Channel terminated
{YT[10]} | No action - the video does not violate our policies

Best regards,
Joon
YouTube Legal Support

From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:00 AM
Subject: [Reminder] {R1}: response overdue

{quote(REMINDER1)}"""
case(
    name="yt-reminder-reply-html-table",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 15:40:03 +0900",
    subject=f"RE: [Reminder] {R1}: response overdue",
    raw_mime=alternative(text3, html3, "=_yt3_alt_5501", html_cte="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="agent reply to a regulator's reminder with an HTML outcome table over the quoted reminder",
    why="Table rows give one outcome per named URL: two removed, channel terminated, one no action",
    items={YT[7]: "removed", YT[8]: "removed", YT[9]: "removed", YT[10]: "rejected"},
)

csv4 = f"""url,result,notes
{YT[11]},Removed,Scams and deceptive practices policy
{YT[12]},Not found,No video exists with this ID
{YT[3]},Restricted (KR),Blocked in South Korea under local law
"""
case(
    name="yt-freshdesk-csv-attachment",
    frm="support@youtube.com", name_from="YouTube Trust & Safety",
    date="Sat, 14 Sep 2024 09:12:55 +0900",
    subject=f"[Ticket #52204] {R1} - outcome of remaining URLs",
    raw_mime=with_csv(f"""Dear KCSC Takedown Desk,

A response has been added to your ticket #52204.

Please find attached the outcome for the three URLs from {R1} that were
still open on our side. One row per URL.

Kind regards,
YouTube Trust & Safety

You can view the ticket at https://support.youtube.com/helpdesk/tickets/52204
""", "KCSC-240903-01_outcome.csv", csv4, "=_fd4_mixed_7712"),
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent response with a per-URL results CSV attached",
    why="CSV attachment states removed, not found and restricted in Korea for three named URLs",
    items={YT[11]: "removed", YT[12]: "not_found", YT[3]: "restricted"},
)

case(
    name="yt-partial-answer-quoted-printable",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 18:30:19 +0900",
    subject=f"[YouTube Legal] {R1} - partial update (#8823411)",
    raw_mime=single("text/plain", "quoted-printable", f"""{ZD_LINE}

Hello,

We have completed our review of two of the URLs reported under {R1}:

- {YT[5]}: we removed this video for violating our policy on scams.
- {YT[10]}: this video is now unavailable in South Korea; it was restricted under local law following your notice.

The remaining URLs are still being reviewed by our team and we will update you in this ticket once we are done.

Best,
Hyun-woo
YouTube Legal Support
"""),
    outcome="applied", classification="confirmation",
    imitates="partial ticket answer: two URLs decided, the rest still under review (quoted-printable body)",
    why="Two named URLs have unhedged outcomes; the unnamed remainder stays pending",
    items={YT[5]: "removed", YT[10]: "restricted"},
)

case(
    name="yt-url-below-statement-gmail-quote",
    frm="legal-noreply@google.com", name_from="Google Legal Support",
    date="Fri, 06 Sep 2024 20:14:37 +0900",
    subject=f"Re: {R1} Request for removal of content",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Thank you for contacting Google about your concerns.

The following video has been removed from YouTube for violating our Community Guidelines:
<{YT[1]}>

The following video has been restricted so that it is no longer available to viewers in South Korea:
<{YT[2]}>

We will reply separately about the other URLs.

Regards,
The Google Team

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REQ1_TEXT)}""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals reply with each statement followed by the URL on its own line, over a Gmail-quoted request",
    why="Each statement names the URL on the next line; the quoted request below states nothing",
    items={YT[1]: "removed", YT[2]: "restricted", YT[3]: "pending"},
)

case(
    name="yt-actioned-short-links",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 13:02:48 +0900",
    subject=f"Update on your request (ticket 8830077) - {R1}",
    body=f"""Hi,

An update on your request {R1} (ticket 8830077).

The following content has been actioned under our policies:

https://youtu.be/Bc8VuS4lD6f
https://youtube.com/shorts/Lp6MzC2wT8h

We'll get back to you on the other items.

YouTube Legal Support""",
    outcome="applied", classification="confirmation",
    imitates="YouTube ticket update using the configured 'actioned under our policies' phrase with short youtu.be and non-www links",
    why="Configured removal phrase covers the two listed links, written in short forms of two requested URLs",
    items={YT[6]: "removed", YT[8]: "removed"},
)

case(
    name="yt-freshdesk-numbered-status-below",
    frm="support@youtube.com", name_from="YouTube Trust & Safety",
    date="Mon, 16 Sep 2024 10:47:21 +0900",
    subject=f"[Ticket #52198] {R1} - status update",
    body=f"""Dear KCSC Takedown Desk,

Your ticket #52198 has been updated by an agent.

Results for {R1}:

1. {YT[4]}
   Status: Removed - violates our policy on regulated goods
2. {YT[7]}
   Status: Age-restricted

Ticket status: Closed

Kind regards,
YouTube Trust & Safety
https://support.youtube.com/helpdesk/tickets/52198""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk ticket update with a numbered list, the status on the line below each URL",
    why="Status lines under each numbered URL: one removed, one age-restricted",
    items={YT[4]: "removed", YT[7]: "restricted"},
)

case(
    name="yt-helpscout-reply-with-history",
    frm="legal-support@youtube.com", name_from="Jamie (YouTube Legal Support)",
    date="Tue, 17 Sep 2024 16:22:09 +0900",
    subject=f"Re: {R1} [#33104]",
    body=f"""Jamie replied to your conversation #33104
-----------------------------------------------------

Hi KCSC team,

Two updates on {R1}:

- The channel {YT[9]} has been terminated for repeated violations of our spam and scams policies.
- {YT[12]}: there is no video at this address. The ID does not match any video on YouTube, so the link is invalid.

Thanks,
Jamie
YouTube Legal Support

-----------------------------------------------------
KCSC Takedown <takedown@kcsc.example> wrote on Sep 3, 2024 10:00 am:

{REQ1_TEXT}""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style reply notification with the conversation history (our request) below a separator",
    why="Channel terminated (removed) and an invalid link (not found), both named; the history is our request",
    items={YT[9]: "removed", YT[12]: "not_found", YT[11]: "pending"},
)

case(
    name="yt-headings-removed-and-no-action",
    frm="legal-kr@google.com", name_from="YouTube Legal Korea",
    date="Thu, 12 Sep 2024 19:55:30 +0900",
    subject=f"Re: {R1}",
    reply_to_req="req-240903-01",
    body=f"""Dear Sir or Madam,

We have reviewed further items from your request {R1}.

Removed:
- {YT[1]}
- {YT[3]}

No action taken (the content does not violate our policies and we found no local legal basis to restrict it):
- {YT[11]}
- {YT[12]}

Sincerely,
YouTube Legal Korea""",
    outcome="applied", classification="confirmation",
    imitates="legal team reply grouping URLs under outcome headings",
    why="Two URLs under 'Removed:', two under 'No action taken' with the reason",
    items={YT[1]: "removed", YT[3]: "removed", YT[11]: "rejected", YT[12]: "rejected"},
)

case(
    name="naver-ticket-result-korean",
    frm="help@navercorp.com", name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 14:03:11 +0900",
    subject=f"[네이버] 게시중단 요청 처리 결과 안내 (문의번호 20240910-0412 / {R2})",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

■ 처리 결과
1. {NV[1]}
   → 게시중단(삭제) 처리되었습니다.
2. {CAFE_RAW}
   → 임시조치(30일)되어 현재 게시물에 접근할 수 없습니다.
3. {NV[3]}
   → 작성자가 이미 삭제한 게시물로 확인되었습니다.

나머지 1건은 검토가 끝나는 대로 이 문의를 통해 다시 안내드리겠습니다.

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터 문의하기(https://help.naver.com/inquiry)를 이용해 주세요.

감사합니다.
네이버 고객센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre 게시중단 처리 결과 notice with numbered URLs and the result on the line below",
    why="게시중단(삭제) → removed, 임시조치 → restricted, deleted by its author → not_found; raw Korean cafe path",
    items={NV[1]: "removed", NV[2]: "restricted", NV[3]: "not_found", NV[4]: "pending"},
)

NV_PREV = f"""안녕하세요, 네이버 고객센터입니다.

1. {NV[1]}
   → 게시중단(삭제) 처리되었습니다.
2. {CAFE_RAW}
   → 임시조치(30일)되었습니다.

나머지 1건은 검토가 끝나는 대로 다시 안내드리겠습니다."""
case(
    name="naver-followup-over-own-quoted-answer",
    frm="help@navercorp.com", name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 10:20:45 +0900",
    subject=f"Re: [네이버] 게시중단 요청 처리 결과 안내 (문의번호 20240910-0412 / {R2})",
    body=f"""안녕하세요, 네이버 고객센터입니다.

지난번 안내드린 문의(20240910-0412)의 남은 1건에 대한 추가 검토 결과를 안내드립니다.

{NV[4]} 게시물은 검토 결과 네이버 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시가 유지됨을 알려드립니다.

감사합니다.

2024년 9월 10일 (화) 오후 2:03, 네이버 고객센터 <help@navercorp.com>님이 작성:
{quote(NV_PREV)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up in the same ticket, quoting its own earlier answer with '>'",
    why="The new text refuses one named post (no violation, stays up); the '>'-quoted earlier statements are not read",
    items={NV[4]: "rejected", NV[1]: "pending"},
)

html10 = f"""<html><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요. NAVER 권리보호센터입니다.</p>
<p>요청번호 {R2}에 대한 처리 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>게시물 URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td>{NV[1]}</td><td>블라인드 처리</td></tr>
<tr><td>2</td><td>{NV[4]}</td><td>비공개 처리</td></tr>
</table>
<p>처리 결과에 대한 문의는 <a href="https://right.naver.com/faq">권리보호센터 FAQ</a>를 참고해 주세요.</p>
<p>NAVER 권리보호센터 드림</p>
</body></html>"""
case(
    name="naver-base64-html-table",
    frm="right@navercorp.com", name_from="NAVER 권리보호센터",
    date="Thu, 12 Sep 2024 17:45:00 +0900",
    subject=f"[NAVER] 권리침해 신고 처리 결과 ({R2})",
    raw_mime=single("text/html", "base64", html10),
    outcome="applied", classification="confirmation",
    imitates="NAVER rights-protection centre result table sent as a base64 HTML body",
    why="블라인드 처리 and 비공개 처리 are removals, one per named post",
    items={NV[1]: "removed", NV[4]: "removed"},
)

case(
    name="naver-outlook-wrapped-url-particles",
    frm="hanul.kim@navercorp.com", name_from="김하늘 (네이버 정책지원)",
    date="Wed, 18 Sep 2024 11:31:27 +0900",
    subject=f"RE: {R2} 게시물 조치 결과 회신",
    body=f"""안녕하세요, 네이버 정책지원팀 김하늘입니다.

요청하신 건 중 두 건에 대한 조치 결과를 회신드립니다.

카페 게시물({CAFE_RAW})은 게시중단 처리되었습니다.

지식iN 게시물
<https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40205&
docId=471230988>
은 국내 접근 제한 조치되었습니다.

감사합니다.
김하늘 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 2:30 PM
To: policy@navercorp.com
Subject: {R2} 게시물 조치 요청

네이버 담당자님께,
아래 게시물 4건에 대한 삭제 또는 접속차단을 요청합니다.
{NV[1]}
{NV[2]}
{NV[3]}
{NV[4]}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff member's Outlook reply: URL in parentheses before a Korean particle, a long URL wrapped inside angle brackets",
    why="Cafe post 게시중단 → removed; the wrapped 지식iN URL 접근 제한 → restricted; the original request below states nothing",
    items={NV[2]: "removed", NV[3]: "restricted", NV[1]: "pending"},
)

case(
    name="x-jira-resolved-echoed-request",
    frm="jira@legal-support.x.com", name_from="X Legal Requests",
    date="Fri, 13 Sep 2024 08:15:33 +0900",
    subject=f"[LEGAL-44817] {R3} - removal request (KR)",
    body=f"""—-—-—-—-—-—-—-—-—-—-
Reply above this line.

Jordan Reyes resolved this as Done.

Hello,

We have withheld the following posts in South Korea in response to your request:
{XX[1]}
{XX[2]}

{XX[3]} could not be found on our service.

Jordan Reyes
X Legal Operations

View request · Turn off this request's notifications
https://legal-support.x.com/servicedesk/customer/portal/4/LEGAL-44817

—-—-—-—-—-—-—-—-—-—-
Request details
Reference: {R3}
Reported posts:
{XX[1]}
{XX[2]}
{XX[3]}
Requested action: removal
Submitted by: KCSC Takedown Desk

This is shared with KCSC Takedown.
Sent by Atlassian Jira Service Management""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved this as Done' notification with the request details echoed below",
    why="Two named posts withheld in Korea (restricted), one not found; the echoed request details state nothing",
    items={XX[1]: "restricted", XX[2]: "restricted", XX[3]: "not_found"},
)

case(
    name="x-reminder-reply-top-posted",
    frm="dana.lee@x.com", name_from="Dana Lee",
    date="Wed, 18 Sep 2024 22:04:10 +0900",
    subject=f"Re: [Reminder] {R3}: response overdue",
    body=f"""Hi KCSC team,

Apologies for the late reply. Here is where things stand for {R3}:

{XX[3]} was removed for violating our rules on financial scams.

We reviewed {XX[1]} and {XX[2]} and found no violation of the X Rules or of the Korean law cited in your request; both posts remain available.

Best,
Dana
X Legal Operations

On Tue, Sep 17, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> This is a reminder about request {R3}, sent on 9 September 2024.
> The deadline of 16 September 2024 has passed. Outstanding:
>   {XX[1]}
>   {XX[2]}
>   {XX[3]}
>
> KCSC Takedown Desk""",
    outcome="applied", classification="confirmation",
    imitates="X legal staffer's Gmail reply top-posted over the regulator's quoted reminder",
    why="One named post removed, two named posts refused (no violation, remain available)",
    items={XX[3]: "removed", XX[1]: "rejected", XX[2]: "rejected"},
)

case(
    name="x-outlook-original-message-below",
    frm="sam.ortiz@x.com", name_from="Sam Ortiz",
    date="Thu, 12 Sep 2024 07:58:02 +0900",
    subject=f"RE: {R3} Removal request",
    body=f"""Hello,

We have withheld the post below in South Korea in response to your request:
{XX[2]}

We are still reviewing the remaining posts from {R3} and will respond separately.

Regards,
Sam Ortiz
Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 9:40 AM
To: legal@x.com
Subject: {R3} Removal request

{REQ3_TEXT}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the full original request below",
    why="One post withheld in Korea; the rest explicitly still under review; the original request is not a statement",
    items={XX[2]: "restricted", XX[1]: "pending", XX[3]: "pending"},
)

csv25 = f"""Post URL,Action,Scope
{XX[1]},Withheld,KR
{XX[2]},Removed,Global
{XX[3]},No action - not a violation of the X Rules,-
"""
case(
    name="x-case-csv-attachment",
    frm="legal-noreply@x.com", name_from="X Corp. Legal",
    date="Mon, 16 Sep 2024 12:00:00 +0900",
    subject=f"Your legal request to X - {R3} (Case 0219-KR-55081)",
    raw_mime=with_csv(f"""Hello,

We have completed our review of your request {R3} (Case 0219-KR-55081).
The action taken on each reported post is listed in the attached file.

X Corp. Legal
This mailbox is not monitored. To reply, use https://help.x.com/forms/legal.
""", "case-0219-KR-55081.csv", csv25, "=_x25_mixed_0219"),
    outcome="applied", classification="confirmation",
    imitates="X legal case closure with the per-post actions in an attached CSV",
    why="CSV rows: withheld in KR (restricted), removed globally, no action (rejected)",
    items={XX[1]: "restricted", XX[2]: "removed", XX[3]: "rejected"},
)

case(
    name="tg-case-number-both-removed",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 03:12:40 +0900",
    subject=f"Re: {R4} [Case #5521879]",
    body=f"""Hello,

Thank you for your report. Case #5521879.

The channel t.me/hidden_signal_room has been blocked for violating the Telegram Terms of Service.
The message {TG[2]} has been deleted.

--
Telegram Abuse Desk""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a case number; thank-you line followed by statements",
    why="Channel blocked (removed) and message deleted, both named (one without scheme)",
    items={TG[1]: "removed", TG[2]: "removed"},
)

case(
    name="tg-thread-reply-single-item",
    frm="support@telegram.org", name_from="Telegram Support",
    date="Mon, 16 Sep 2024 19:40:00 +0900",
    subject=f"Re: Request for removal - {R7}",
    reply_to_req="req-240913-07",
    body=f"""Hi,

The channel you reported is now blocked on Telegram and can no longer be opened.

Best regards,
Telegram Support

On 13 Sep 2024, at 13:45, KCSC Takedown <takedown@kcsc.example> wrote:
> Reference {R7}. We request the removal of the following channel, which
> sells fake investment signals:
> {TG7}
>
> KCSC Takedown Desk""",
    outcome="applied", classification="confirmation",
    imitates="short Telegram support reply in the request's thread, the URL only in the quoted request",
    why="Sole unhedged statement answering a one-item request (thread and reference)",
    items={TG7: "removed"},
)

case(
    name="tg-geo-restricted-one-of-two",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 22:01:15 +0900",
    subject=f"Re: {R4} [Case #5521880]",
    body=f"""Hello,

{TG[2]} - access to this post has been restricted for users in the Republic of Korea.

We are still looking into the other channel from your report and will write back.

--
Telegram Abuse Desk""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk partial reply: one item geo-restricted, the other still being looked into",
    why="Named post restricted in Korea; the unnamed other channel stays pending",
    items={TG[2]: "restricted", TG[1]: "pending"},
)

case(
    name="tg-reminder-reply-gmail-quote",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 10:02:33 +0900",
    subject=f"Re: [Reminder] {R4}: response overdue",
    body=f"""Hello,

Both links from {R4} were checked:

t.me/hidden_signal_room — blocked, it can no longer be viewed on Telegram.
t.me/bluefin_leaks/3317 — we could not find this message; it does not exist in that channel.

Telegram Abuse

On Wed, 18 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REMINDER4)}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply to a reminder, URL-dash-status lines without scheme, over a Gmail-quoted reminder",
    why="Channel blocked (removed); message not found",
    items={TG[1]: "removed", TG[2]: "not_found"},
)

case(
    name="kakao-helpdesk-all-five",
    frm="noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 15:10:20 +0900",
    subject=f"[카카오 고객센터] 문의하신 내용에 대한 답변이 등록되었습니다 ({R5})",
    body=f"""안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회의 시정요구({R5})에 대한 조치 결과를 알려드립니다.

[조치 결과]
1) {KK[1]} : 게시물 삭제
2) {KK[2]} : 임시조치(접근 제한)
3) {KK[3]} : 작성자가 이미 삭제한 게시물입니다
4) {KK[4]} : 블라인드 처리
5) {KK[5]} : 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다

답변이 도움이 되었는지 평가해 주세요.
https://cs.kakao.com/requests/answer/feedback?id=7731025

※ 본 메일은 발신 전용입니다.
카카오 고객센터""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre answer notification with a 시정요구 조치 결과 list",
    why="Five named URLs: 삭제, 임시조치, already deleted by author, 블라인드, no violation/no action",
    items={KK[1]: "removed", KK[2]: "restricted", KK[3]: "not_found", KK[4]: "removed", KK[5]: "rejected"},
)

case(
    name="kakao-partial-fullwidth-parens",
    frm="safety@kakaocorp.com", name_from="카카오 안전센터",
    date="Fri, 13 Sep 2024 16:44:09 +0900",
    subject=f"Re: {R5} 게시물 조치 요청",
    reply_to_req="req-240911-05",
    body=f"""안녕하세요, 카카오 안전센터입니다.

요청하신 티스토리 게시물（{KK[4]}）은 비공개 처리가 완료되었습니다。

오픈채팅방 링크 {KK[5]} 는 추가 확인 후 별도로 안내드리겠습니다.

감사합니다.
카카오 안전센터""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety-centre partial answer, URL in full-width parentheses, a promise for the other item",
    why="Tistory post 비공개 처리 → removed; the open-chat link only gets a promise and stays pending",
    items={KK[4]: "removed", KK[5]: "pending"},
)

html18 = f"""<html><body>
<p>안녕하세요. Daum 카페 고객센터입니다.</p>
<p>요청번호 <b>{R5}</b> 게시중단 요청 처리 결과입니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>대상 URL</th><th>조치 내용</th><th>조치일</th></tr>
<tr><td>{KK[1]}</td><td>게시물 삭제</td><td>2024.09.12</td></tr>
<tr><td>{KK[2]}</td><td>운영자 삭제</td><td>2024.09.12</td></tr>
</table>
<p>나머지 게시물은 확인 중입니다.</p>
<p>Daum 카페 고객센터</p>
</body></html>"""
case(
    name="kakao-daum-cafe-html-only",
    frm="cafe-help@daum.net", name_from="Daum 카페 고객센터",
    date="Thu, 12 Sep 2024 18:02:44 +0900",
    subject=f"[Daum 카페] 게시중단 요청 처리 결과 안내 ({R5})",
    type="html", body=html18,
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 게시중단 처리 결과 notice as a single HTML table",
    why="Two named cafe posts 삭제/운영자 삭제 → removed; the rest still being checked",
    items={KK[1]: "removed", KK[2]: "removed"},
)

case(
    name="discord-zendesk-solved-single-item",
    frm="noreply@discord.com", name_from="Discord Trust & Safety",
    date="Tue, 17 Sep 2024 06:31:52 +0900",
    subject=f"[Discord] Re: {R6} - Your request (41178823) has been solved",
    body=f"""{ZD_LINE}

Your request (41178823) has been solved. To reopen it, reply to this email.

Riley (Discord Trust & Safety)
Sep 16, 2024, 14:31 PDT

Hi there,

Thanks for reaching out. We investigated the server you reported and have removed it from Discord for violating our Community Guidelines. Its invite links no longer work.

If you have more information to share, reply to this email or submit a new report at https://dis.gd/request.

Riley
Discord Trust & Safety

KCSC Takedown
Sep 11, 2024, 18:05 PDT

Removal request {R6}. The following server advertises an unlicensed investment scheme to users in Korea:
{DC}

--------------------------------
This email is a service from Discord. Delivered by Zendesk""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk 'solved' notification, the URL only in the ticket history",
    why="Unhedged removal of 'the server you reported' answering a one-item request named by reference",
    items={DC: "removed"},
)

# ================================================================ REVIEW
case(
    name="yt-escalated-will-be-removed",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 11:18:26 +0900",
    subject=f"[YouTube Legal] Re: {R1} - Request #8823411 has been updated",
    reply_to_req="req-240903-01",
    body=f"""{ZD_LINE}

Min-seo (YouTube Legal Support)
Sep 7, 2024, 11:18 KST

Hello,

Your request has been escalated to our specialist team. The video {YT[1]} will be removed once the uploader's appeal window has closed, and we will confirm by email when that happens.

Min-seo
YouTube Legal Support""",
    outcome="review", review="not_understood",
    imitates="Zendesk ticket update announcing a future removal",
    why="'will be removed once…' is a promise with a condition, not a statement",
    items={YT[1]: "pending"},
)

case(
    name="naver-hedged-appears-deleted",
    frm="help@navercorp.com", name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 09:40:12 +0900",
    subject=f"[네이버] 문의하신 내용에 대한 답변입니다 ({R2})",
    body=f"""안녕하세요, 네이버 고객센터입니다.

문의하신 게시물을 확인해 보니 {NV[1]} 게시물은 이미 삭제된 것으로 보입니다.
정확한 처리 결과는 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림""",
    outcome="review", review="not_understood",
    imitates="NAVER help-desk first answer with a hedged observation and a promise",
    why="'삭제된 것으로 보입니다' (appears deleted) is a hedge; the definite answer is promised later",
    items={NV[1]: "pending"},
)

case(
    name="x-jira-bulk-all-removed",
    frm="jira@legal-support.x.com", name_from="X Legal Requests",
    date="Sat, 14 Sep 2024 02:44:51 +0900",
    subject=f"[LEGAL-44902] {R3} - removal request (KR)",
    body=f"""—-—-—-—-—-—-—-—-—-—-
Reply above this line.

Alex Moreau resolved this as Done.

Hello,

All of the reported posts have been removed. Thank you for your report.

Alex Moreau
X Legal Operations

View request · Turn off this request's notifications
https://legal-support.x.com/servicedesk/customer/portal/4/LEGAL-44902

This is shared with KCSC Takedown.
Sent by Atlassian Jira Service Management""",
    outcome="review", review="bulk",
    imitates="Jira Service Management resolution with one blanket sentence",
    why="'All of the reported posts' covers a three-item request without naming any",
    items={XX[1]: "pending", XX[2]: "pending", XX[3]: "pending"},
)

case(
    name="yt-bulk-remaining-removed",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 13:26:04 +0900",
    subject=f"[YouTube Legal] Re: {R1} - Request #8823411 has been solved",
    reply_to_req="req-240903-01",
    body=f"""{ZD_LINE}

Your request (8823411) has been solved. To reopen it, reply to this email.

Min-seo (YouTube Legal Support)
Sep 18, 2024, 13:25 KST

Hello,

The remaining videos from your notice have now been removed. This completes our handling of {R1}.

Min-seo
YouTube Legal Support""",
    outcome="review", review="bulk",
    imitates="Zendesk 'solved' notification closing a large request with a blanket sentence",
    why="'The remaining videos' names none of the twelve items",
    items={},
)

case(
    name="tg-dkim-fail",
    frm="abuse@telegram.org", name_from="Telegram Abuse", auth="fail",
    date="Sun, 15 Sep 2024 04:55:18 +0900",
    subject=f"Re: {R4} [Case #5521899]",
    body=f"""Hello,

Case #5521899.

The channel {TG[1]} has been blocked.
The message {TG[2]} has been deleted.

--
Telegram Abuse Desk""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse-desk reply whose authentication failed",
    why="Claims read from telegram.org mail that fails DKIM/SPF/DMARC",
    items={TG[1]: "pending", TG[2]: "pending"},
)

case(
    name="kakao-zendesk-hosted-unknown-sender",
    frm="support@kakaocs.zendesk.com", name_from="카카오 고객센터",
    date="Sat, 14 Sep 2024 10:15:37 +0900",
    subject=f"[카카오 고객센터] 요청 #220914 처리 완료 ({R5})",
    body=f"""##- 이 줄 위에 답장을 입력해 주세요 -##

요청 #220914 처리가 완료되었습니다.

안녕하세요. 요청하신 게시물을 아래와 같이 처리하였습니다.

- {KK[1]} : 삭제
- {KK[4]} : 삭제

카카오 고객센터
Zendesk에서 발송함""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the help desk's zendesk.com subdomain instead of the platform's domain",
    why="Sender domain kakaocs.zendesk.com is not a configured Kakao sender",
    items={KK[1]: "pending", KK[4]: "pending"},
)

case(
    name="kakao-about-naver-url",
    frm="safety@kakaocorp.com", name_from="카카오 안전센터",
    date="Mon, 09 Sep 2024 15:02:50 +0900",
    subject=f"Re: {R2} 게시물 조치 요청",
    body=f"""안녕하세요, 카카오 안전센터입니다.

보내주신 요청({R2})의 게시물은 네이버에서 운영하는 서비스의 게시물로, 카카오에서 조치할 수 있는 대상이 아닙니다.
참고로 저희가 확인한 시점에 {NV[1]} 게시물은 이미 삭제되어 존재하지 않았습니다.

해당 서비스 운영사에 직접 요청해 주시기 바랍니다.

카카오 안전센터""",
    outcome="review", review="wrong_platform",
    imitates="misdirected request answered by another portal, which remarks on the item's state",
    why="Kakao states a NAVER item no longer exists; only NAVER can give that item a status",
    items={NV[1]: "pending"},
)

case(
    name="yt-solved-no-url-no-ref",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Sun, 15 Sep 2024 09:09:09 +0900",
    subject="[YouTube Legal] Your request (8830155) has been solved",
    body=f"""{ZD_LINE}

Your request (8830155) has been solved. To reopen it, reply to this email.

Ha-eun (YouTube Legal Support)
Sep 15, 2024, 09:08 KST

Hello,

We have taken action on the content you reported. Thank you for helping keep YouTube safe.

Ha-eun
YouTube Legal Support""",
    outcome="review", review="no_claims",
    imitates="Zendesk 'solved' notification carrying only the platform's ticket number",
    why="Trusted YouTube mail, but no URL, no KCSC reference and no thread: nothing ties it to a request",
    items={},
)

case(
    name="naver-asks-for-documents",
    frm="help@navercorp.com", name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 16:25:31 +0900",
    subject=f"[네이버] 추가 자료 요청 안내 (문의번호 20240906-0188 / {R2})",
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 {NV[1]} 의 게시중단 처리를 위해 아래 자료가 추가로 필요합니다.

1. 시정요구 공문 사본
2. 해당 게시물이 위반한 법령 조항

자료를 이 메일에 회신으로 보내주시면 확인 후 처리를 진행하겠습니다.

감사합니다.
네이버 고객센터 드림""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER help-desk request for supporting documents before processing",
    why="Asks for documents before acting; nothing done yet",
    items={NV[1]: "pending"},
)

case(
    name="kakao-forwarded-internal-result",
    frm="jiwoo.park@kakaocorp.com", name_from="박지우",
    date="Fri, 13 Sep 2024 11:48:13 +0900",
    subject=f"Fwd: [처리결과] {R5} 카페 게시물",
    body=f"""담당자님, 안녕하세요.
카페 운영정책팀에서 받은 처리 결과를 그대로 전달드립니다.

---------- Forwarded message ---------
From: 카페 운영정책팀 <cafe-policy@kakaocorp.com>
Date: 2024년 9월 13일 (금) 오전 10:31
Subject: [처리결과] {R5} 카페 게시물
To: 박지우 <jiwoo.park@kakaocorp.com>

지우님,
요청 건 처리 결과 공유드립니다.
{KK[1]} 삭제 완료
{KK[2]} 삭제 완료
감사합니다.""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Kakao staffer forwarding an internal team's result mail",
    why="The statements are inside a forwarded message, not the sender's own",
    items={KK[1]: "pending", KK[2]: "pending"},
)

case(
    name="discord-conditional-followup",
    frm="noreply@discord.com", name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 08:20:41 +0900",
    subject=f"[Discord] Re: {R6} - Your request (41178823) has been updated",
    body=f"""{ZD_LINE}

Riley (Discord Trust & Safety)
Sep 13, 2024, 16:20 PDT

Hi there,

We've looked at the server you reported. Several of its channels had already been deleted by the server owner. The server itself may be removed if we find further violations, and we'll update you on this ticket.

Riley
Discord Trust & Safety

--------------------------------
This email is a service from Discord. Delivered by Zendesk""",
    outcome="review", review="not_understood",
    imitates="Discord Zendesk update with a conditional outcome",
    why="'may be removed if…' is a condition; channels deleted by the owner are not the requested item",
    items={DC: "pending"},
)

case(
    name="yt-reminder-reply-still-under-review",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 17:03:27 +0900",
    subject=f"RE: [Reminder] {R1}: response overdue",
    body=f"""Hello,

Thanks for the reminder. The following URLs from {R1} are still under review with our legal team:

{YT[11]}
{YT[12]}

We expect to finish this week and will reply on this thread.

YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 19, 2024 9:00 AM
Subject: [Reminder] {R1}: response overdue

The deadline of 10 September 2024 for {R1} has passed.""",
    outcome="review", review="not_understood",
    imitates="reply to a reminder saying named items are still under review",
    why="'still under review' is no status; named items stay pending",
    items={YT[11]: "pending", YT[12]: "pending"},
)

# ================================================================ IGNORED
case(
    name="yt-zendesk-receipt",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Tue, 03 Sep 2024 10:01:12 +0900",
    subject=f"[YouTube Legal] Request received: {R1} (#8823411)",
    reply_to_req="req-240903-01",
    body=f"""{ZD_LINE}

Hello,

We've received your request and a ticket has been created (#8823411). A member of our legal support team will review it and respond as soon as possible.

To add information to your request, reply to this email.

YouTube Legal Support
--------------------------------
This email is a service from YouTube Legal Support. Delivered by Zendesk""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket autoreply",
    why="Pure receipt: ticket created, nothing decided",
    items={},
)

case(
    name="naver-receipt-korean",
    frm="help@navercorp.com", name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 14:31:40 +0900",
    subject=f"[네이버 고객센터] 문의가 정상적으로 접수되었습니다 ({R2})",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요, 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.

- 접수번호: 20240905-0731
- 접수일시: 2024.09.05 14:31

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.

※ 본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre 문의 접수 완료 receipt",
    why="Receipt with a ticket number only",
    items={},
)

case(
    name="x-out-of-office",
    frm="sam.ortiz@x.com", name_from="Sam Ortiz",
    date="Mon, 09 Sep 2024 09:41:05 +0900",
    subject=f"Automatic reply: {R3} Removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Wednesday 11 September with limited access to email.

For urgent legal requests, please contact legal@x.com.

Sam""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="Out-of-office auto-reply",
    items={},
)

dsn_mime = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_dc_0912"

--=_dsn_dc_0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<trust-safety@discord.com>: host mx.discord.com[203.0.113.45] said:
    550 5.1.1 <trust-safety@discord.com>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)

--=_dsn_dc_0912
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 10:05:01 +0900

Final-Recipient: rfc822; trust-safety@discord.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.discord.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_dsn_dc_0912
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: trust-safety@discord.com
Subject: {R6} Removal request
Date: Thu, 12 Sep 2024 10:05:00 +0900
Message-ID: <req-240912-06@kcsc.example>

Removal request {R6}. The following server advertises an unlicensed
investment scheme to users in Korea:
{DC}

--=_dsn_dc_0912--
"""
case(
    name="discord-bounce-dsn",
    frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System", auth="none",
    date="Thu, 12 Sep 2024 10:05:03 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn_mime,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the request",
    why="Bounce of our own request; the URL is in the returned message",
    items={},
)

mdn_mime = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_kk_0911"

--=_mdn_kk_0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: safety@kakaocorp.com
제목: {R5} 게시물 조치 요청
읽은 시간: 2024년 9월 11일 수요일 오후 5:02

참고: 이 확인 메일은 수신자의 컴퓨터에 메시지가 표시되었다는 뜻일 뿐, 내용을 읽었거나 이해했다는 것을 보장하지 않습니다.

--=_mdn_kk_0911
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;safety@kakaocorp.com
Original-Message-ID: <req-240911-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_kk_0911--
"""
case(
    name="kakao-read-receipt",
    frm="safety@kakaocorp.com", name_from="카카오 안전센터",
    date="Wed, 11 Sep 2024 17:02:30 +0900",
    subject=f"읽음: {R5} 게시물 조치 요청",
    raw_mime=mdn_mime,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="Read receipt",
    items={},
)

case(
    name="discord-zendesk-receipt-echo",
    frm="noreply@discord.com", name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 10:06:30 +0900",
    subject=f"[Discord] We've received your request (41178823) - {R6}",
    body=f"""{ZD_LINE}

Hi there,

Thanks for contacting Discord Trust & Safety. We've received your request (41178823) and our team will look into it. We review reports in the order they arrive.

Here's a copy of what you sent:

  Removal request {R6}. The following server advertises an unlicensed
  investment scheme to users in Korea:
  {DC}

Discord Trust & Safety
--------------------------------
This email is a service from Discord. Delivered by Zendesk""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord Zendesk autoreply echoing the submitted report",
    why="Receipt echoing our report; no outcome",
    items={},
)

case(
    name="kakao-out-of-office-korean",
    frm="jiwoo.park@kakaocorp.com", name_from="박지우",
    date="Wed, 11 Sep 2024 16:21:00 +0900",
    subject=f"[자동응답] {R5} 게시물 조치 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 박지우입니다.

9월 11일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 카카오 안전센터(safety@kakaocorp.com)로 연락 부탁드립니다.

감사합니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office autoreply (추석 연휴)",
    why="Out-of-office auto-reply",
    items={},
)


HEADER = f"""# Blind set 830 (focus: ticket systems and threads). Generated by make.py;
# expected results written from each email's meaning before any run.
# {len(CASES)} cases."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
