#!/usr/bin/env python3
"""Blind set 950: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; expected results were written from each email's meaning before
the reader was run on this set.

    python3 tests/corpus/blind950/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls
    ("KCSC-240903-01", "telegram", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", [
         "https://t.me/grey_orchard_kr/211",
         "https://t.me/grey_orchard_kr/212",
         "https://t.me/grey_orchard_kr/215",
         "https://t.me/grey_orchard_kr/230",
         "https://t.me/nightferry_clips/88",
         "https://t.me/nightferry_clips/89",
         "https://t.me/nightferry_clips/94",
         "https://t.me/lantern_swap/1402",
         "https://t.me/lantern_swap/1417",
         "https://t.me/lantern_swap/1433",
         "https://t.me/velvetdrop_kr",
         "https://t.me/c_room_archive/57",
     ]),
    ("KCSC-240904-02", "x", "2024-09-04T14:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "defamation", [
         "https://x.com/mossy_ledger/status/1831204455120019456",
         "https://x.com/mossy_ledger/status/1831309981200334848",
         "https://x.com/tin_kettle77/status/1830877712345600012",
         "https://x.com/tin_kettle77",
     ]),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:15:00+09:00", "2024-09-12T18:00:00+09:00",
     "drug_trade", [
         "https://www.youtube.com/watch?v=Hq3vN8xTzLw",
         "https://www.youtube.com/watch?v=bP0kR2sWm5E",
         "https://www.youtube.com/shorts/Zr7uY1cXo4k",
     ]),
    ("KCSC-240906-04", "naver", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_finance", [
         "https://blog.naver.com/pinecone_diary/223561004871",
         "https://blog.naver.com/pinecone_diary/223561118820",
         "https://cafe.naver.com/quietmarket/5521",
         "https://cafe.naver.com/quietmarket/5530",
         "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471002233",
     ]),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "illegal_finance", [
         "https://moonlit-desk.tistory.com/entry/%ED%9B%84%EA%B8%B0-%EB%AA%A8%EC%9D%8C",
         "https://cafe.daum.net/bamsae_club/Ab3x/412",
         "https://moonlit-desk.tistory.com/88",
     ]),
    ("KCSC-240910-06", "discord", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00",
     "sexual_exploitation", [
         "https://discord.com/channels/1126633445566778899/1126633445566770001/1283011122233344455",
         "https://discord.gg/qTz8vWm4",
     ]),
    ("KCSC-240911-07", "reddit", "2024-09-11T13:40:00+09:00", "2024-09-18T18:00:00+09:00",
     "illegal_gambling", [
         "https://www.reddit.com/r/lumen_trade_kr/comments/1fbq2xd/new_batch_posted/",
     ]),
]

REQ = {r[0]: r for r in REQUESTS}
T = REQ["KCSC-240903-01"][5]
X = REQ["KCSC-240904-02"][5]
Y = REQ["KCSC-240905-03"][5]
N = REQ["KCSC-240906-04"][5]
K = REQ["KCSC-240909-05"][5]
D = REQ["KCSC-240910-06"][5]
R = REQ["KCSC-240911-07"][5]
K1_RAW = "https://moonlit-desk.tistory.com/entry/후기-모음"


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{msgid(ref)}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------ our own mail

def our_request(ref, name, urls, korean=False):
    """The text of our request email, as a platform would quote it."""
    lines = []
    if korean:
        lines.append(f"{name} 담당자님께,")
        lines.append("")
        lines.append(f"방송통신심의위원회는 아래 정보에 대하여 삭제 또는 접속차단을 요청합니다(요청번호 {ref}).")
    else:
        lines.append(f"Dear {name} team,")
        lines.append("")
        lines.append("The Korea Communications Standards Commission asks you to remove the")
        lines.append(f"following content, which is illegal under Korean law (reference {ref}):")
    lines.append("")
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines.append("")
    if korean:
        lines.append("조치 결과를 회신하여 주시기 바랍니다.")
    else:
        lines.append("Please reply to this email with the action taken on each link.")
    lines.append("")
    lines.append("KCSC Takedown Team")
    lines.append("takedown@kcsc.example")
    return "\n".join(lines)


def our_reminder(ref, name, urls):
    lines = [f"Dear {name} team,", "",
             f"Our request {ref} is past its deadline and we have no answer for",
             "the following links:", ""]
    lines += [f"- {u}" for u in urls]
    lines += ["", "Please tell us what was done with each of them.", "", "KCSC Takedown Team"]
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def enc_subject(s):
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


TG_NAME = "Telegram Support"
ZD_LINE = "##- Please type your reply above this line -##"

# ------------------------------------------------------------------- cases

cases = []


def case(**kw):
    cases.append(kw)


# ---------------------------------------------------------------- applied

case(
    name="tg-zendesk-solved-numbered",
    **{"from": "abuse@telegram.org"}, name_from=TG_NAME,
    date="Fri, 06 Sep 2024 08:41:12 +0000",
    subject="[Telegram Support] Re: Removal request KCSC-240903-01 - Solved",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""{ZD_LINE}

Your request (#7730214) has been solved. Reply to this email to reopen it.

Olivia (Telegram Support)
Sep 6, 2024, 08:40 UTC

Hello,

Thank you for the report. Our moderators have checked the links and taken
the following actions:

1. {T[0]} - message deleted
2. {T[1]} - message deleted
3. {T[2]} - we could not find this message; it does not exist in the channel
4. {T[10]} - channel restricted for users in South Korea

Kind regards,
Olivia
Telegram Support

--------------------------------
This email is a service from Telegram Support.
Ticket #7730214 | https://telegram.org/support
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification carrying the agent's comment",
    why="Trusted Telegram agent comment lists four requested links with unhedged outcomes.",
    items={T[0]: "removed", T[1]: "removed", T[2]: "not_found", T[10]: "restricted"},
)

case(
    name="tg-reply-to-reminder-top-posted",
    **{"from": "abuse@telegram.org"}, name_from=TG_NAME,
    date="Fri, 13 Sep 2024 03:05:47 +0000",
    subject="Re: [KCSC] Reminder: KCSC-240903-01 overdue",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hello KCSC team,

Sorry for the delay. The two posts in lantern_swap
({T[7]} and {T[8]}) were taken down yesterday.
{T[9]} no longer exists - the message was deleted
by the channel owner before we got to it.

The rest of the list was answered in our ticket #7730214.

Best,
Marcus
Telegram Abuse Team

On Thu, 12 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_reminder("KCSC-240903-01", "Telegram", T[3:10]))}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk agent's top-posted reply to a regulator's reminder, Gmail-style quote below",
    why="Top text states two removals and one author-deleted message; the quoted reminder lists URLs but states nothing.",
    items={T[7]: "removed", T[8]: "removed", T[9]: "not_found", T[3]: "pending", T[4]: "pending"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Desk",
    date="Mon, 09 Sep 2024 12:20:03 +0000",
    subject="Update on your ticket #7730214 (KCSC-240903-01)",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hi,

Here are the outcomes for the remaining items in your ticket.

{T[3]}
Status: removed

{T[5]}
Status: no violation found - the content stays available

{T[6]}
Status: removed

If you disagree with a decision, reply to this message with more context.

Telegram DSA Desk
""",
    outcome="applied", classification="confirmation",
    imitates="ticket update listing each reported link with a 'Status:' line below it",
    why="Each URL has its own status on the next line: two removed, one kept for no violation.",
    items={T[3]: "removed", T[5]: "rejected", T[6]: "removed"},
)

case(
    name="tg-freshdesk-html-table",
    **{"from": "support@telegram.org"}, name_from=TG_NAME,
    date="Tue, 10 Sep 2024 07:12:55 +0000",
    subject="Ticket #7730214 resolved: KCSC-240903-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC Takedown Team,</p>
<p>Your ticket <b>#7730214</b> has been marked as <b>Resolved</b>. The agent's reply is below.</p>
<hr>
<p>Hello, please see the outcome for the links you reported:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Outcome</th></tr>
<tr><td><a href="{T[11]}">{T[11]}</a></td><td>Removed</td></tr>
<tr><td><a href="{T[2]}">{T[2]}</a></td><td>Not found</td></tr>
<tr><td><a href="{T[1]}">{T[1]}</a></td><td>No action - does not break our Terms of Service</td></tr>
</table>
<p>Regards,<br>Telegram Support</p>
<hr>
<p style="color:#888;font-size:11px">How would you rate our reply?
<a href="https://telegram.org/support/rate?t=7730214&amp;r=good">Good</a> |
<a href="https://telegram.org/support/rate?t=7730214&amp;r=bad">Bad</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' HTML notification with an outcome table and a satisfaction survey",
    why="HTML table gives one outcome per requested link; survey links are not items.",
    items={T[11]: "removed", T[2]: "not_found", T[1]: "rejected"},
)

_csv = "link,action,date\n" + "\n".join([
    f"{T[0]},Deleted,2024-09-11",
    f"{T[1]},Deleted,2024-09-11",
    f"{T[2]},Not found,2024-09-11",
    f"{T[3]},Deleted,2024-09-11",
    f"{T[4]},Restricted in KR,2024-09-11",
    f"{T[5]},No action - not in violation,2024-09-11",
    f"{T[6]},Deleted,2024-09-11",
    f"{T[7]},Deleted,2024-09-12",
    f"{T[8]},Not found,2024-09-12",
    f"{T[9]},Deleted,2024-09-12",
    f"{T[10]},Restricted in KR,2024-09-12",
    f"{T[11]},Deleted,2024-09-12",
]) + "\n"
case(
    name="tg-csv-attachment-full-list",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Desk",
    date="Thu, 12 Sep 2024 09:30:00 +0000",
    subject="KCSC-240903-01: outcome report (ticket #7730214)",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tgcsv-950-b"

--tgcsv-950-b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We have finished processing request KCSC-240903-01. The action taken on
each of the twelve links is listed in the attached file.

Telegram DSA Desk

--tgcsv-950-b
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--tgcsv-950-b--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk's outcome spreadsheet attached as CSV to a ticket reply",
    why="The attached CSV gives an action for all twelve links of the largest request.",
    items={T[0]: "removed", T[1]: "removed", T[2]: "not_found", T[3]: "removed",
           T[4]: "restricted", T[5]: "rejected", T[6]: "removed", T[7]: "removed",
           T[8]: "not_found", T[9]: "removed", T[10]: "restricted", T[11]: "removed"},
)

_tgqp = f"""Hello,

Follow-up in ticket #7730214: our team took down both reported messages, {T[4]} and {T[5]}, in the nightferry_clips channel. They are no longer visible to anyone.

Best regards,
Telegram Support
"""
case(
    name="tg-quoted-printable-followup",
    **{"from": "abuse@telegram.org"}, name_from=TG_NAME,
    date="Sat, 07 Sep 2024 15:02:19 +0000",
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_tgqp)}""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk follow-up sent as quoted-printable with soft line breaks inside the URLs",
    why="Both named nightferry_clips messages were taken down, an unhedged statement.",
    items={T[4]: "removed", T[5]: "removed"},
)

case(
    name="x-jira-resolved-withheld",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Mon, 09 Sep 2024 18:44:10 +0000",
    subject="[JIRA] (LEGAL-55812) KCSC-240904-02 - status changed to Resolved",
    body=f"""Legal Support updated LEGAL-55812
Status: In Progress -> Resolved
Resolution: Done

Comment by Priya N. (Legal Operations):

Hello KCSC,

We reviewed the reported content under the local laws you cited.

- {X[0]} : withheld in South Korea
- {X[1]} : withheld in South Korea
- {X[2]} : not actioned, we found no violation of local law or the X Rules

The content withheld remains available outside South Korea.

View request: https://legalrequests.x.com/portal/LEGAL-55812
This message was sent by the X Legal Support service desk.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'status changed to Resolved' notification with a legal agent's comment",
    why="Two posts withheld in Korea (restricted), one refused; the portal link is not an item.",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "rejected"},
)

case(
    name="x-partial-answer-rest-under-review",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Fri, 06 Sep 2024 02:17:33 +0000",
    subject="Re: KCSC-240904-02 removal request [LEGAL-55812]",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""Hello,

Partial update on LEGAL-55812. We have a decision on two of the four URLs:

The post {X[0]} has been removed for violating our
private information policy.

The account {X[3]} has been permanently suspended.

The other two URLs ({X[1]} and {X[2]}) are still under review; we will
write again once we have a decision.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a legal ticket: some URLs decided, the rest still under review",
    why="One post removed and the account suspended (removed); the two 'still under review' stay pending.",
    items={X[0]: "removed", X[3]: "removed", X[1]: "pending", X[2]: "pending"},
)

case(
    name="yt-helpscout-ack-plus-result",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 06:03:27 +0000",
    subject="Re: KCSC-240905-03 [#2409-55178]",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""Hi there,

Thanks for reaching out and we've received your request. After review:

  * {Y[0]} - removed for violating our Community Guidelines
  * {Y[1]} - removed for violating our Community Guidelines
  * {Y[2]} - age-restricted

You can find more about our policies at https://support.google.com/youtube/answer/2801964

Warm regards,
Daniel
YouTube Legal Support

Conversation #2409-55178 | Reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply that opens with a receipt phrase and then gives outcomes",
    why="Acknowledgement phrase followed by unhedged per-item outcomes: two removed, one age-restricted.",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-followup-same-thread-gmail-quote",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 01:55:10 +0000",
    subject="Re: Removal request KCSC-240905-03",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""Hello again,

Following up on my earlier message in this thread: the Short at
{Y[2]} has now been removed as well.

Best,
Daniel
YouTube Legal Support

On Thu, Sep 5, 2024 at 9:15 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_request("KCSC-240905-03", "YouTube", Y))}
""",
    outcome="applied", classification="confirmation",
    imitates="agent's second reply in the same Gmail thread, our request quoted below",
    why="Only the Short is stated removed; the quoted request is not a statement.",
    items={Y[2]: "removed", Y[0]: "pending", Y[1]: "pending"},
)

_yth = f"""<html><body>
<div dir="ltr">Hello KCSC team,<br><br>
We completed our review of the videos in your request KCSC-240905-03.<br><br>
<a href="{Y[0]}">{Y[0]}</a> has been blocked in South Korea following your legal request.<br><br>
<a href="{Y[1]}">{Y[1]}</a> was reviewed and does not violate our policies or local law, so we have not taken action on it.<br><br>
Regards,<br>YouTube Legal Support</div>
</body></html>
"""
case(
    name="yt-base64-html-decisions",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 04:20:00 +0000",
    subject="Your request KCSC-240905-03",
    raw_mime=f"""Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(_yth)}""",
    outcome="applied", classification="confirmation",
    imitates="Google-style HTML reply sent base64-encoded",
    why="One video blocked in Korea (restricted), one kept as not violating (rejected).",
    items={Y[0]: "restricted", Y[1]: "rejected"},
)

case(
    name="naver-cs-ticket-answer-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 05:31:44 +0000",
    subject=enc_subject("[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240906-04)"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(문의번호 #20240906-00871)에 대한 처리 결과를 안내드립니다.

- {N[0]} : 게시중단 처리되었습니다.
- {N[1]} : 권리침해 신고에 따라 30일간 임시조치되었습니다.
- {N[2]} : 삭제 처리되었습니다.

나머지 게시물은 현재 검토 중이며 결과가 나오는 대로 다시 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림
https://help.naver.com
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 메일 with a per-URL 게시중단/임시조치/삭제 list",
    why="게시중단 and 삭제 are removals, 임시조치 is restricted; the rest 'under review' stays pending.",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "removed", N[3]: "pending", N[4]: "pending"},
)

case(
    name="naver-text-table-korean",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 08:02:13 +0000",
    subject=enc_subject("RE: 불법 금융 게시물 삭제 요청 (KCSC-240906-04) 조치결과"),
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.
요청하신 게시물의 조치 결과를 아래와 같이 회신드립니다.

번호 | URL                                                             | 처리결과
-----+-----------------------------------------------------------------+--------------------
1    | {N[2]}                         | 블라인드
2    | {N[3]}                         | 해당 게시물 없음
3    | {N[4]} | 삭제

문의사항이 있으시면 회신 부탁드립니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply laid out as a plain-text table",
    why="블라인드 and 삭제 are removals; 해당 게시물 없음 is not_found.",
    items={N[2]: "removed", N[3]: "not_found", N[4]: "removed"},
)

case(
    name="naver-urls-with-particles-fullwidth",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 02:45:09 +0000",
    subject=enc_subject("RE: [KCSC-240906-04] 추가 처리 결과 안내"),
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""담당자님 안녕하세요.

지난 회신에서 누락된 건의 처리 결과를 추가로 안내드립니다.
{N[3]}은 명예훼손 신고 절차에 따라 임시조치되었습니다.
또한 {N[1]}（비공개 처리 완료）도 함께 안내드립니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up notice where URLs run into Korean particles and full-width brackets",
    why="The cafe post was put under 임시조치 (restricted); the blog post is 비공개 처리 (removed).",
    items={N[3]: "restricted", N[1]: "removed"},
)

case(
    name="naver-kin-url-below-statement",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 06:10:40 +0000",
    subject=enc_subject("[네이버 고객센터] 답변 완료 안내 - KCSC-240906-04"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 지식iN 게시물은 운영정책 위반이 확인되어 삭제 처리되었습니다.
{N[4]}

본 메일은 발신 전용입니다. 추가 문의는 고객센터(https://help.naver.com/inquiry)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER answer-complete mail with the URL on the line after its statement",
    why="The Knowledge iN post named on the line below the sentence was deleted; the help link is not an item.",
    items={N[4]: "removed"},
)

case(
    name="naver-reply-to-reminder-outlook",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우",
    date="Tue, 17 Sep 2024 01:22:31 +0000",
    subject=enc_subject("RE: [KCSC] 독촉: KCSC-240906-04 기한 경과"),
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""안녕하세요, 네이버 한지우입니다.
회신이 늦어 죄송합니다. 아래 2건은 9월 12일에 게시중단 조치를 완료하였습니다.

{N[0]}
{N[1]}

감사합니다.
한지우 드림 | NAVER 정책지원

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC] 독촉: KCSC-240906-04 기한 경과

{our_reminder("KCSC-240906-04", "NAVER", N)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to a reminder, our reminder below '-----Original Message-----'",
    why="Two blog posts stated 게시중단 완료; the reminder's list below the separator is our own text.",
    items={N[0]: "removed", N[1]: "removed", N[2]: "pending", N[3]: "pending", N[4]: "pending"},
)

case(
    name="kakao-tistory-korean-path",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 신고센터",
    date="Wed, 11 Sep 2024 07:40:00 +0000",
    subject=enc_subject("[카카오] 요청번호 KCSC-240909-05 처리 결과"),
    reply_to_req=msgid("KCSC-240909-05"),
    body=f"""안녕하세요. 카카오 신고센터입니다.

요청하신 티스토리 게시물에 대한 조치 결과입니다.

1) {K1_RAW} → 게시중단
2) {K[2]} → 삭제

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 신고센터 result mail quoting a Tistory entry URL with a raw Korean slug",
    why="Raw Korean path matches the percent-encoded request URL: 게시중단 and 삭제 are removals.",
    items={K[0]: "removed", K[2]: "removed"},
)

case(
    name="kakao-daum-cafe-author-deleted",
    **{"from": "cafe-cs@daum.net"}, name_from="Daum 카페 고객센터",
    date="Thu, 12 Sep 2024 03:15:22 +0000",
    subject=enc_subject("Re: KCSC-240909-05 다음카페 게시물 관련"),
    reply_to_req=msgid("KCSC-240909-05"),
    body=f"""안녕하세요, Daum 카페 고객센터입니다.

문의하신 게시물 {K[1]} 은(는) 확인 결과 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.
따라서 별도의 조치는 진행되지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 고객센터 answer: the post had already been deleted by its author",
    why="Already deleted by its author is not_found.",
    items={K[1]: "not_found"},
)

case(
    name="kakao-html-sijeong-table",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 신고센터",
    date="Fri, 13 Sep 2024 09:00:00 +0000",
    subject=enc_subject("시정요구 조치결과 회신 (KCSC-240909-05)"),
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>2024. 9. 9.자 시정요구(KCSC-240909-05)에 대한 조치결과를 다음과 같이 회신합니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치내용</th><th>조치일</th></tr>
<tr><td>1</td><td>{K1_RAW}</td><td>접속차단(국내)</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{K[1]}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>3</td><td>{K[2]}</td><td>게시중단</td><td>2024-09-13</td></tr>
</table>
<p>주식회사 카카오 정책팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table (연번/URL/조치내용/조치일)",
    why="접속차단(국내) is restricted; 삭제 and 게시중단 are removed.",
    items={K[0]: "restricted", K[1]: "removed", K[2]: "removed"},
)

case(
    name="discord-zendesk-update-two-items",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 22:10:05 +0000",
    subject="[Discord] Update to your request #48213307",
    reply_to_req=msgid("KCSC-240910-06"),
    body=f"""{ZD_LINE}

Your request (48213307) has been updated. To add additional comments, reply to this email.

Sam (Discord Trust & Safety)
Sep 13, 2024, 15:09 PDT

Hi KCSC,

Thanks for the report. We investigated and took action:

The message at {D[0]}
has been deleted and the user has been banned from Discord.

The server that the invite {D[1]} pointed to has been
removed from Discord, so the invite no longer works.

Best,
Sam
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord (Zendesk) 'your request has been updated' email with the agent's comment",
    why="Message deleted and the invited server removed: both removed.",
    items={D[0]: "removed", D[1]: "removed"},
)

case(
    name="reddit-single-item-no-url",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 17:48:00 +0000",
    subject="Re: KCSC-240911-07 - your report to Reddit",
    reply_to_req=msgid("KCSC-240911-07"),
    body="""Hi,

Thanks for your report. After investigating, we've removed the content you
reported for violating Reddit's Content Policy.

Thanks for helping keep Reddit safe.

Reddit Legal Operations
https://www.redditinc.com/policies/content-policy
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit 'we've removed the content you reported' outcome message",
    why="Request has one item; an unhedged removal of 'the content you reported' applies to it.",
    items={R[0]: "removed"},
)

case(
    name="tg-outlook-original-message",
    **{"from": "m.keller@telegram.org"}, name_from="Marcus Keller",
    date="Wed, 04 Sep 2024 11:26:51 +0000",
    subject="RE: Removal request KCSC-240903-01",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Done - the channel {T[10]} has been blocked on all Telegram apps.
We are working through the other links.

Marcus Keller
Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30 AM
To: abuse@telegram.org
Subject: Removal request KCSC-240903-01

{our_request("KCSC-240903-01", "Telegram", T)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted one-liner over '-----Original Message-----' with the full request",
    why="Channel blocked on all apps is a removal; 'working through the other links' is no statement.",
    items={T[10]: "removed", T[0]: "pending", T[11]: "pending"},
)

case(
    name="x-echoed-report-fields",
    **{"from": "no-reply@x.com"}, name_from="X",
    date="Sat, 07 Sep 2024 09:59:12 +0000",
    subject="Your legal request to X: KCSC-240904-02 (Case 0412-88721)",
    body=f"""Hello,

We have reviewed your report. Details of the report and our decision:

Reported content: <{X[0]}>
Reported under: Local law (Republic of Korea)
Decision: Withheld in: KR

Reported content: <{X[3]}>
Reported under: Local law (Republic of Korea)
Decision: Account suspended

For information about content withheld in your country, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome mail echoing the report's fields, URLs in angle brackets",
    why="First post withheld in KR (restricted); the account suspended (removed).",
    items={X[0]: "restricted", X[3]: "removed"},
)

_zd_thread = f"""{ZD_LINE}

Your request (#7730214) has been updated. To add a comment, reply to this email.

----------------------------------------------

Olivia (Telegram Support)
Sep 5, 2024, 02:10 UTC

Update: both messages in grey_orchard_kr have been removed:
{T[0]}
{T[1]}

----------------------------------------------

Olivia (Telegram Support)
Sep 4, 2024, 06:00 UTC

Thank you for contacting Telegram Support. We have passed your report to
our moderators and will review each link.

----------------------------------------------

KCSC Takedown
Sep 3, 2024, 01:30 UTC

{our_request("KCSC-240903-01", "Telegram", T)}

----------------------------------------------
This email is a service from Telegram Support.
"""
case(
    name="tg-zendesk-thread-history",
    **{"from": "abuse@telegram.org"}, name_from=TG_NAME,
    date="Thu, 05 Sep 2024 02:10:44 +0000",
    subject="[Telegram Support] Re: Removal request KCSC-240903-01",
    reply_to_req=msgid("KCSC-240903-01"),
    body=_zd_thread,
    outcome="applied", classification="confirmation",
    imitates="Zendesk update carrying the whole conversation history, newest comment first",
    why="Newest comment states two removals; older comments are a promise and our own request (unquoted) and change nothing.",
    items={T[0]: "removed", T[1]: "removed", T[2]: "pending", T[7]: "pending"},
)

case(
    name="yt-dsa-statement-of-reasons",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
    date="Fri, 13 Sep 2024 10:10:10 +0000",
    subject="Decision on your request KCSC-240905-03",
    body=f"""Hello,

We have reached a decision regarding content you notified to us.

Content: {Y[1]}
Decision: Visibility restricted
Territorial scope: South Korea
Ground: Illegal content under local law (Republic of Korea)
Facts relied on: the notice you submitted on 5 September 2024
Automated means used: No

Google LLC
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, territorial scope, ground)",
    why="Visibility restricted with territorial scope South Korea is restricted.",
    items={Y[1]: "restricted"},
)

case(
    name="x-freshdesk-resolved-with-survey",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Sun, 08 Sep 2024 20:30:45 +0000",
    subject="Ticket #88213 has been resolved [KCSC-240904-02]",
    body=f"""Hi KCSC Takedown,

Your ticket #88213 "KCSC-240904-02" has been resolved. Here is the last reply from our agent:

  "We have removed the post at {X[2]}
   for violating our rules on private information. The account
   {X[3]} itself does not break our rules and will
   stay up."

If your issue isn't resolved, just reply to this email to reopen the ticket.

How would you rate our support?
Awesome: https://support.x.com/feedback/88213/3
Just okay: https://support.x.com/feedback/88213/2
Not good: https://support.x.com/feedback/88213/1
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification quoting the agent's last reply, with a survey",
    why="Post removed, account kept as not breaking the rules (rejected); survey links are not items.",
    items={X[2]: "removed", X[3]: "rejected"},
)

case(
    name="tg-unquoted-gmail-above-list",
    **{"from": "abuse@telegram.org"}, name_from=TG_NAME,
    date="Wed, 11 Sep 2024 13:13:13 +0000",
    subject="Re: Removal request KCSC-240903-01 [#7730214]",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hi KCSC,

Results for the c_room_archive and grey_orchard_kr items:

{T[11]}: removed
{T[3]}: removed
{T[2]}: cannot locate - the message ID does not exist

Telegram Support

On Tue, 3 Sep 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_request("KCSC-240903-01", "Telegram", T))}
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply with 'URL: status' lines above a Gmail-quoted request",
    why="Three 'URL: status' lines; the quoted request below changes nothing.",
    items={T[11]: "removed", T[3]: "removed", T[2]: "not_found", T[4]: "pending"},
)

# ----------------------------------------------------------------- review

case(
    name="tg-promise-within-24h",
    **{"from": "abuse@telegram.org"}, name_from=TG_NAME,
    date="Wed, 04 Sep 2024 04:04:04 +0000",
    subject="[Telegram Support] Re: Removal request KCSC-240903-01",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""{ZD_LINE}

Your request (#7730214) has been updated.

Olivia (Telegram Support)

Hello,

Our moderators have confirmed your reports for the following messages,
which will be taken down within the next 24 hours:

{T[0]}
{T[1]}

We will update this ticket once it is done.

Telegram Support
""",
    outcome="review", review="not_understood",
    imitates="Zendesk update promising removal within 24 hours",
    why="'Will be taken down' is a promise, not a statement: items stay pending.",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="x-hedge-may-have-been-deleted",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Sat, 07 Sep 2024 03:33:00 +0000",
    subject="Re: KCSC-240904-02 [LEGAL-55812]",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""Hello,

Based on our records, the posts below may already have been deleted by the
account holder. We are unable to confirm this at the moment and will check
again with our engineering team.

{X[0]}
{X[1]}

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="legal desk reply hedging that posts 'may have been deleted'",
    why="Hedged ('may already have been', 'unable to confirm'): no status.",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="reddit-conditional-outcome",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 08:08:08 +0000",
    subject="Re: KCSC-240911-07 - your report to Reddit",
    reply_to_req=msgid("KCSC-240911-07"),
    body=f"""Hi,

Thanks for reaching out. We're looking into the post you reported:
{R[0]}

If our Safety team finds that it breaks the Content Policy, it will be
removed and we'll let you know.

Reddit Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="Reddit 'we're looking into it' reply with a conditional outcome",
    why="A condition and a promise about the named post: not a statement.",
    items={R[0]: "pending"},
)

case(
    name="tg-solved-all-content-bulk",
    **{"from": "abuse@telegram.org"}, name_from=TG_NAME,
    date="Sat, 14 Sep 2024 10:45:00 +0000",
    subject="[Telegram Support] Your request #7730214 has been solved",
    body=f"""{ZD_LINE}

Your request (#7730214) has been solved.

Hello,

Thank you for your patience. All reported messages and channels listed in
your request KCSC-240903-01 have been removed. We consider this matter
closed.

Telegram Support
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'solved' notice with a blanket 'all reported content removed'",
    why="Blanket statement about a twelve-item request without naming each: bulk review.",
    items={T[0]: "pending", T[11]: "pending"},
)

case(
    name="naver-bulk-all-five-korean",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Sat, 14 Sep 2024 00:30:00 +0000",
    subject=enc_subject("RE: KCSC-240906-04 조치 완료"),
    reply_to_req=msgid("KCSC-240906-04"),
    body="""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240906-04 건으로 요청하신 게시물 5건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line completion notice covering 'all five' posts",
    why="'5건 모두 게시중단' names no item of a five-item request: bulk review.",
    items={N[0]: "pending", N[4]: "pending"},
)

case(
    name="tg-dkim-fail-result",
    **{"from": "abuse@telegram.org"}, name_from=TG_NAME, auth="fail",
    date="Sun, 08 Sep 2024 16:16:16 +0000",
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hello,

{T[0]} and {T[1]} have been removed.

Telegram Support
""",
    outcome="review", review="untrusted",
    imitates="result mail from the platform's domain that fails DKIM/SPF/DMARC",
    why="Sender domain fails authentication: statements not applied.",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="tg-freshdesk-hosted-sender",
    **{"from": "abuse@tgsupport.freshdesk.com"}, name_from="Telegram Abuse Desk",
    date="Mon, 09 Sep 2024 09:09:09 +0000",
    subject="[#55102] Re: Removal request KCSC-240903-01",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hello,

The channel post {T[3]} has been deleted.

Telegram Abuse Desk
""",
    outcome="review", review="unknown_sender",
    imitates="helpdesk reply sent from a vendor-hosted support domain instead of the platform's own",
    why="freshdesk.com is no platform's sender domain: unknown sender, nothing applied.",
    items={T[3]: "pending"},
)

case(
    name="naver-forwarded-cafe-manager",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우",
    date="Fri, 13 Sep 2024 04:50:00 +0000",
    subject=enc_subject("Fwd: 카페 게시글 삭제 관련 (KCSC-240906-04)"),
    body=f"""카페 운영자로부터 받은 회신을 전달드립니다.

---------- Forwarded message ---------
From: 조용한장터 매니저 <quietmarket.mgr@gmail.com>
Date: 2024년 9월 12일 (목) 오후 6:20
Subject: 게시글 삭제 관련
To: 한지우 <jiwoo.han@navercorp.com>

안녕하세요, 조용한장터 카페 매니저입니다.
말씀하신 {N[2]} 와 {N[3]} 두 글은 오늘 모두 삭제했습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding a cafe manager's Gmail reply",
    why="The statements come from a third party inside a forwarded message, not from NAVER itself.",
    items={N[2]: "pending", N[3]: "pending"},
)

case(
    name="discord-needs-more-info",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 19:00:00 +0000",
    subject="[Discord] Update to your request #48213307",
    reply_to_req=msgid("KCSC-240910-06"),
    body=f"""{ZD_LINE}

Your request (48213307) has been updated and is awaiting your reply.

Hi KCSC,

To look into the invite link {D[1]} we need more
information. Could you send us the server ID or a message link from the
server, and screenshots showing the content you are reporting?

Please reply to this email with these details.

Sam
Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk ticket set to Pending: agent asks the reporter for more information",
    why="Asks for server ID and screenshots; no status given.",
    items={D[1]: "pending"},
)

case(
    name="kakao-answer-posted-no-ref",
    **{"from": "noreply@kakao.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 11:00:00 +0000",
    subject=enc_subject("[카카오 고객센터] 문의하신 내용에 답변이 등록되었습니다"),
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의(문의번호 2409-118822)에 대한 답변이 등록되었습니다.
답변 내용은 고객센터 > 나의 문의내역에서 확인해 주세요.

https://cs.kakao.com/requests?locale=ko

본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="review", review="no_claims",
    imitates="Kakao 고객센터 'an answer has been posted, read it on the portal' notice",
    why="Trusted Kakao mail that names no item and no request; the answer itself is on a portal page.",
    items={},
)

case(
    name="x-conflicting-body-and-summary",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Tue, 10 Sep 2024 12:12:12 +0000",
    subject="Re: KCSC-240904-02 [LEGAL-55812]",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""Hello,

After review, the post {X[1]} has been withheld in
South Korea.

Summary
-------
{X[1]} - no action taken (not in violation)

X Legal Operations
""",
    outcome="review", review="conflicting_statements",
    imitates="legal ticket reply whose body and summary block disagree (template copy error)",
    why="Same post stated withheld and 'no action taken' in one email: a person must decide.",
    items={X[1]: "pending"},
)

# ---------------------------------------------------------------- ignored

case(
    name="tg-zendesk-receipt",
    **{"from": "abuse@telegram.org"}, name_from=TG_NAME,
    date="Tue, 03 Sep 2024 01:31:05 +0000",
    subject="[Telegram Support] Re: Removal request KCSC-240903-01",
    reply_to_req=msgid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""{ZD_LINE}

Your request (#7730214) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Telegram Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'your request has been received' receipt",
    why="Pure receipt: ticket created, nothing about any item.",
    items={T[0]: "pending"},
)

case(
    name="naver-auto-receipt-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 02:01:30 +0000",
    subject=enc_subject("[네이버 고객센터] 문의가 접수되었습니다"),
    reply_to_req=msgid("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 네이버 고객센터입니다.

문의가 정상적으로 접수되었습니다. (접수번호: 20240906-00871)
담당자 확인 후 순차적으로 답변드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 automatic 문의 접수 receipt",
    why="Receipt with a ticket number only.",
    items={},
)

case(
    name="x-out-of-office",
    **{"from": "priya.n@x.com"}, name_from="Priya N.",
    date="Thu, 12 Sep 2024 09:01:00 +0000",
    subject="Automatic reply: [KCSC] Reminder: KCSC-240904-02 overdue",
    reply_to_req=msgid("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until Monday, 16 September,
with limited access to email. Urgent legal requests: please use
https://legalrequests.x.com.

Priya
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply to our reminder",
    why="Out-of-office auto-reply.",
    items={},
)

_dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report-kr@kakaocorp.com
Subject: [KCSC] Reminder: KCSC-240909-05 overdue
Message-ID: <reminder-240909-05-1@kcsc.example>
Date: Tue, 17 Sep 2024 10:00:00 +0900
"""
case(
    name="kakao-dsn-reminder-bounce",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Tue, 17 Sep 2024 01:00:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn950"

--dsn950
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-kr@kakaocorp.com>: host mx1.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <report-kr@kakaocorp.com>: Recipient address rejected:
    User unknown

--dsn950
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Tue, 17 Sep 2024 10:00:00 +0900

Final-Recipient: rfc822; report-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn950
Content-Type: text/rfc822-headers

{_dsn_orig}
--dsn950--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for our reminder",
    why="A bounce of our own reminder.",
    items={},
)

case(
    name="naver-outlook-read-receipt",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우",
    date="Mon, 09 Sep 2024 00:40:00 +0000",
    subject=enc_subject("읽음: 불법 금융 게시물 삭제 요청 (KCSC-240906-04)"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn950"

--mdn950
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지

   받는 사람: policy@navercorp.com
   제목: 불법 금융 게시물 삭제 요청 (KCSC-240906-04)
   보낸 날짜: 2024-09-06 오전 11:00

을(를) 2024-09-09 오전 9:40에 읽었습니다.

--mdn950
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jiwoo.han@navercorp.com
Original-Message-ID: <{msgid("KCSC-240906-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn950--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) as multipart/report MDN",
    why="Read receipt only.",
    items={},
)

case(
    name="yt-receipt-echoes-submission",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
    date="Thu, 05 Sep 2024 00:20:00 +0000",
    subject="We received your request [2-1183300045621]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hello,

Thank you for contacting Google. This is an automated confirmation that we
received your legal request. We will review it and reply as soon as we can.

A copy of your submission:

Reference: KCSC-240905-03
URLs:
{Y[0]}
{Y[1]}
{Y[2]}
Description: The videos advertise the sale of illegal drugs. Please remove them.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal web-form receipt echoing the submitted URLs",
    why="Automated receipt; the echoed URLs are our own submission, no status stated.",
    items={Y[0]: "pending", Y[1]: "pending", Y[2]: "pending"},
)

HEADER = """# Blind set 950 (ticket systems and threads): expected results written from
# each email's meaning before the reader was run. Generated by make.py."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind950", HEADER, cases)
