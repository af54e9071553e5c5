#!/usr/bin/env python3
"""Blind set 968: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from YouTube, Telegram, X, NAVER, Kakao and
Discord. Every email and every URL is fictional. The expected results were
written from each email's meaning, before the reader was ever run on them.

    python3 tests/corpus/blind968/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind968"

# --------------------------------------------------------------- requests
JAYU = "%EC%9E%90%EC%9C%A0%EA%B2%8C%EC%8B%9C%ED%8C%90"  # 자유게시판

Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8kLpA2",
    2: "https://www.youtube.com/watch?v=bR7nX2cWd0e",
    3: "https://www.youtube.com/watch?v=Hs9Lk4PzT1u",
    4: "https://www.youtube.com/watch?v=zE5uN6yGq8o",
    5: "https://www.youtube.com/watch?v=pW2dC7rJm3k",
    6: "https://www.youtube.com/shorts/Tx4aB9eVn5s",
    7: "https://www.youtube.com/shorts/kL8fM1qZr6w",
    8: "https://www.youtube.com/@luckyspin-kr7",
    9: "https://www.youtube.com/watch?v=Ug6hD3sXo9b",
    10: "https://www.youtube.com/watch?v=Nc1yF5tKe2j",
    11: "https://www.youtube.com/watch?v=aJ0wR8mSi4v",
    12: "https://www.youtube.com/@toto-signal-room",
}
T = {
    1: "https://t.me/ice_delivery_seoul/214",
    2: "https://t.me/ice_delivery_seoul/233",
    3: "https://t.me/crystal_busan_24",
    4: "https://t.me/+Vq8hK2mZtR4yNjA1",
    5: "https://t.me/totoking_picks",
}
X = {
    1: "https://x.com/night_parlor_kr/status/1832004517729301245",
    2: "https://x.com/night_parlor_kr/status/1832011960248053786",
    3: "https://x.com/velvet_room_88",
}
N = {
    1: "https://blog.naver.com/sunny_walk77/223571904412",
    2: "https://cafe.naver.com/dongnae-talk/58127",
    3: "https://blog.naver.com/PostView.naver?blogId=greenleaf_02&logNo=223580115236",
}
K = {
    1: "https://cafe.daum.net/bigwin-lounge/" + JAYU + "/1042",
    2: "https://brunch.co.kr/@jackpot-diary/17",
}
K1_RAW = "https://cafe.daum.net/bigwin-lounge/자유게시판/1042"
D = {1: "https://discord.gg/snowline-kr"}

R = {
    "yt": "KCSC-240903-01",
    "tg": "KCSC-240905-02",
    "x": "KCSC-240910-03",
    "nv": "KCSC-240911-04",
    "kk": "KCSC-240912-05",
    "dc": "KCSC-240913-06",
    "tg1": "KCSC-240919-07",
}


def req_mid(ref):
    return f"request.{ref}.1"


REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R["yt"], "youtube", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     [Y[i] for i in range(1, 13)], "illegal_gambling", "toto promotion videos and channels"),
    (R["tg"], "telegram", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00",
     [T[i] for i in range(1, 5)], "drug_trade", "methamphetamine delivery channels"),
    (R["x"], "x", "2024-09-10T09:40:00+09:00", "2024-09-17T18:00:00+09:00",
     [X[i] for i in range(1, 4)], "obscene", "paid adult content promotion"),
    (R["nv"], "naver", "2024-09-11T11:05:00+09:00", "2024-09-18T18:00:00+09:00",
     [N[i] for i in range(1, 4)], "privacy", "posts exposing personal data"),
    (R["kk"], "kakao", "2024-09-12T15:20:00+09:00", "2024-09-19T18:00:00+09:00",
     [K[1], K[2]], "illegal_gambling", "gambling site referral posts"),
    (R["dc"], "discord", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [D[1]], "drug_trade", "server selling controlled substances"),
    (R["tg1"], "telegram", "2024-09-19T16:45:00+09:00", "2024-09-26T18:00:00+09:00",
     [T[5]], "illegal_gambling", "betting tips channel"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------- helpers
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def d(day, hh, mm, tz="+0900"):
    import datetime
    wd = WD[datetime.date(2024, 9, day).weekday()]
    return f"{wd}, {day} Sep 2024 {hh:02d}:{mm:02d}:{(day * 7 + mm) % 60:02d} {tz}"


def subj(s):
    """RFC 2047 for non-ASCII subjects, as real mailers send them."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def part(ctype, body, cte="8bit", extra=""):
    h = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n"
    if extra:
        h += extra.rstrip("\n") + "\n"
    return h + "\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{params}\n\n"
    out += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, day):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under reference {ref}:",
        "",
    ]
    lines += urls
    lines += ["", "KCSC Takedown Team"]
    return "\n".join(lines)


def our_reminder(ref, urls, sent):
    lines = [
        f"Reminder: request {ref} (sent {sent}) is past its due date.",
        "The following items are still outstanding:",
    ]
    lines += urls
    lines += ["", "Please tell us what action was taken on each of them.", "KCSC Takedown"]
    return "\n".join(lines)


FROM = {
    "yt": ("YouTube Legal Support", "legal-support@youtube.com"),
    "ytg": ("Google Legal Removals", "removals-kr@google.com"),
    "tg": ("Telegram Support", "abuse@telegram.org"),
    "x": ("X Legal", "legal-noreply@x.com"),
    "nv": ("NAVER Customer Center", "help@navercorp.com"),
    "kk": ("Kakao Customer Service", "cs-noreply@kakaocorp.com"),
    "dc": ("Discord Trust & Safety", "safety@discord.com"),
}


def who(key):
    n, a = FROM[key]
    return {"name_from": n, "from": a}


CASES = []


def case(**kw):
    CASES.append(kw)


# =============================================================== APPLIED

case(
    name="yt-zendesk-solved-bullets", **who("yt"), date=d(9, 16, 2),
    subject=f"[YouTube Legal Support] Re: {R['yt']} - Request #4410872 solved",
    reply_to_req=req_mid(R["yt"]),
    body=f"""
##- Please type your reply above this line -##

Your request (#4410872) has been solved. To reopen this request, reply to this email.

Minji Park (YouTube Legal Support)
Sep 9, 2024, 16:02 GMT+9

Hello,

Thank you for your notice regarding request {R['yt']}. After reviewing the
URLs under applicable local law and our policies, we have taken the following
actions:

 * {Y[1]} - removed for violating our policy on illegal gambling
 * {Y[2]} - removed for violating our policy on illegal gambling
 * {Y[3]} - blocked from view in South Korea based on local law
 * {Y[4]} - no action taken; the video does not violate our Community Guidelines and, based on the information provided, we did not find it unlawful in Korea

If you believe we have made an error, you can reply to this ticket.

Regards,
Minji Park
YouTube Legal Support

--------------------------------
This email is a service from YouTube Legal Support. Delivered by Zendesk
[9WQ2KD-5L4P]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification carrying the agent's itemised YouTube legal outcome",
    why="each URL carries its own outcome: two removed, one blocked in Korea only, one refused as non-violating",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-followup-top-posted", **who("yt"), date=d(11, 10, 41),
    subject=f"Re: [YouTube Legal Support] {R['yt']} - Request #4410872",
    extra_headers=[
        "In-Reply-To: <zd-4410872-2@youtube.com>",
        f"References: <{req_mid(R['yt'])}@kcsc.example> <zd-4410872-2@youtube.com>",
    ],
    body=f"""
Hello again,

A follow-up on our previous update. The video at {Y[5]} has now been removed from YouTube.

The Short {Y[6]} had already been deleted by its uploader before our team got to it, so there was nothing left for us to act on.

Best,
Daniel
YouTube Legal Support

On Mon, Sep 9, 2024 at 4:02 PM YouTube Legal Support <legal-support@youtube.com> wrote:
{quote(f'''Hello,

We are still looking into the following two items from {R['yt']} and will
get back to you once we have reached a decision:

{Y[5]}
{Y[6]}''')}
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same Gmail-style thread, top-posted over the platform's earlier 'still looking into' message",
    why="new text removes one video and says the Short was already deleted by its uploader (not_found); the quoted 'still looking' is old",
    items={Y[5]: "removed", Y[6]: "not_found"},
)

case(
    name="yt-html-table-results", **who("yt"), date=d(12, 14, 20), type="html",
    subject=f"[YouTube Legal Support] Update on request #4410872 ({R['yt']})",
    body=f"""
<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<div style="color:#999">##- Please type your reply above this line -##</div>
<p>Hello,</p>
<p>We have completed our review of further items from your request {R['yt']}.
The outcome for each is listed below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y[7]}">{Y[7]}</a></td><td>Removed &ndash; Community Guidelines violation</td></tr>
<tr><td><a href="{Y[8]}">{Y[8]}</a></td><td>Channel terminated</td></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Restricted &ndash; not available in KR</td></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>No action &ndash; content does not violate our policies</td></tr>
</table>
<p>You can read more about how we handle legal removals in our
<a href="https://support.google.com/youtube/answer/6154230">Help Center</a>.</p>
<p>Regards,<br>YouTube Legal Support</p>
<p style="color:#999;font-size:11px">This email is a service from YouTube Legal Support. [9WQ2KD-5L4P]</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML help-desk update with an outcome table (YouTube legal removals)",
    why="table rows: removed, channel terminated (removed), not available in KR (restricted), no action (rejected); the help link is no item",
    items={Y[7]: "removed", Y[8]: "removed", Y[9]: "restricted", Y[10]: "rejected"},
)

CSV_YT = f"""url,action,reason,action_date
{Y[11]},REMOVED,Promotion of illegal gambling,2024-09-12
{Y[12]},GEO_RESTRICTED_KR,Local legal removal,2024-09-12
{Y[1]},REMOVED,Promotion of illegal gambling,2024-09-12
"""
case(
    name="yt-csv-attachment", **who("yt"), date=d(13, 9, 15),
    subject=f"[YouTube Legal Support] Re: {R['yt']} - outcome file",
    reply_to_req=req_mid(R["yt"]),
    raw_mime=multipart("mixed", "zd-b968-yt-csv", [
        part("text/plain; charset=utf-8", f"""
Hello,

Please find the outcome for each URL we have processed so far under
{R['yt']} in the attached file. The remaining URLs are still open and we will
update this ticket when we have more.

YouTube Legal Support
"""),
        part("text/csv; charset=utf-8; name=\"4410872_outcomes.csv\"", b64(CSV_YT), cte="base64",
             extra="Content-Disposition: attachment; filename=\"4410872_outcomes.csv\""),
    ]),
    outcome="applied", classification="confirmation",
    imitates="ticket reply with a per-URL outcome CSV attached (bulk legal removal export)",
    why="the CSV names three URLs with their actions: two removed, one geo-restricted in Korea",
    items={Y[11]: "removed", Y[12]: "restricted", Y[1]: "removed"},
)

case(
    name="yt-qp-url-then-status", **who("ytg"), date=d(12, 11, 3),
    subject=f"Legal removal outcome - {R['yt']} (ticket 4410872)",
    raw_mime=part("text/plain; charset=utf-8", qp(f"""
Request: {R['yt']}
Ticket: 4410872

Hello KCSC team \u2013 here are the results for two of the URLs you reported.

{Y[2]}
Outcome: Content removed globally (policy violation)

{Y[3]}
Outcome: We could not find a video at this address. Please check that the link is correct.

Google Legal Removals (KR)
"""), cte="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable legal-removals result with each URL on its own line and the outcome on the line below",
    why="first URL removed globally; for the second no video can be found (not_found)",
    items={Y[2]: "removed", Y[3]: "not_found"},
)

case(
    name="yt-reply-to-reminder", **who("ytg"), date=d(13, 17, 48),
    subject=f"Re: [Reminder] {R['yt']}: items outstanding",
    extra_headers=[
        f"In-Reply-To: <reminder.{R['yt']}.1@kcsc.example>",
        f"References: <{req_mid(R['yt'])}@kcsc.example> <reminder.{R['yt']}.1@kcsc.example>",
    ],
    body=f"""
Hi KCSC team,

Sorry for the slow reply on this one. Two of the outstanding videos,
{Y[4]} and {Y[9]},
were taken down on 12 September after a second review.

{Y[10]} stays up: we reviewed it against our
Community Guidelines and the local law you cited and found no violation.

We'll come back to you on the others.

Kind regards,
Seo-yeon
Google Legal Removals (KR)

On Fri, 13 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_reminder(R['yt'], [Y[4], Y[5], Y[9], Y[10], Y[8]], '3 September 2024'))}
""",
    outcome="applied", classification="confirmation",
    imitates="agent's reply to our overdue reminder, top-posted over the quoted reminder list",
    why="two videos taken down, one kept up with a reason; the other reminder URLs appear only in the quote",
    items={Y[4]: "removed", Y[9]: "removed", Y[10]: "rejected", Y[5]: "pending", Y[8]: "pending"},
)

case(
    name="tg-freshdesk-numbered", **who("tg"), date=d(9, 20, 11),
    subject=f"[#TG-58213] Re: {R['tg']} Drug sale channels",
    reply_to_req=req_mid(R["tg"]),
    body=f"""
Dear KCSC,

Thank you for your report. Our moderators have reviewed the links in your
request {R['tg']}. Results:

1. {T[1]} - blocked
2. {T[2]} - blocked
3. {T[3]} - the channel is now unavailable to users in South Korea
4. {T[4]} - this invite link is invalid or has expired; we could not find the group it pointed to

Telegram Support

Ticket: #TG-58213 | Status: Resolved
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style Telegram abuse-desk ticket reply with a numbered per-link result",
    why="two messages blocked (removed), channel unavailable in Korea only (restricted), invite link invalid (not_found)",
    items={T[1]: "removed", T[2]: "removed", T[3]: "restricted", T[4]: "not_found"},
)

case(
    name="tg-url-below-statement", **who("tg"), date=d(10, 8, 37),
    subject=f"[#TG-58213] {R['tg']}",
    body=f"""
Hello,

Regarding {R['tg']}.

The following channel has been taken down for violating the Telegram Terms of Service:
{T[3]}

We were unable to locate the following message. The channel owner may have removed it before our review:
{T[2]}

Best regards,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="short Telegram abuse reply with each statement followed by its URL on the next line",
    why="channel taken down (removed); message cannot be located (not_found, the 'may have' only guesses why)",
    items={T[3]: "removed", T[2]: "not_found"},
)

case(
    name="tg-gmail-quoted-partial", **who("tg"), date=d(10, 19, 5),
    subject=f"Re: {R['tg']} - request for removal",
    reply_to_req=req_mid(R["tg"]),
    body=f"""
Thanks. We've blocked {T[1]} and the private group behind {T[4]}.
The remaining two links from your list are still under review.

Telegram Support

On Thu, Sep 5, 2024 at 2:30 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_request(R['tg'], [T[1], T[2], T[3], T[4]], 5))}
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer top-posted over our quoted request (Gmail quoting)",
    why="two links blocked; the other two are only 'under review' and appear in the quote",
    items={T[1]: "removed", T[4]: "removed", T[2]: "pending", T[3]: "pending"},
)

case(
    name="tg-solved-single-no-url", **who("tg"), date=d(21, 13, 30),
    subject=f"Re: {R['tg1']} [Ticket #TG-60144 solved]",
    reply_to_req=req_mid(R["tg1"]),
    body=f"""
Hello,

Your ticket #TG-60144 has been marked as solved.

Our team reviewed the channel you reported and it has been blocked on
Telegram for promoting illegal gambling.

If you have anything to add, reply to this message and the ticket will be
reopened.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk 'ticket solved' message answering a one-link report without repeating the link",
    why="reply in the thread of a one-item request; 'the channel you reported ... has been blocked' can only be that item",
    items={T[5]: "removed"},
)

case(
    name="x-jira-resolved", **who("x"), date=d(13, 11, 22),
    subject=f"[X Legal] LGL-20931 Resolved: {R['x']}",
    reply_to_req=req_mid(R["x"]),
    body=f"""
-------------------------------
Reply above this line.

Jae Kim resolved this as Done.

View request · Turn off this request's notifications

Jae Kim commented:

Hello, in response to your request {R['x']} we have withheld the following
posts in South Korea under applicable local law:

{X[1]}
{X[2]}

They remain available to viewers outside Korea.

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved' customer notification with the agent's comment (X country-withheld content)",
    why="both posts withheld in Korea only: restricted; the account is not mentioned",
    items={X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-suspended-and-author-deleted", **who("x"), date=d(14, 2, 51),
    subject=f"Re: {R['x']} [ref:_00D1x2bKq._5003K7mNp:ref]",
    reply_to_req=req_mid(R["x"]),
    body=f"""
Hello,

Thank you for reaching out. We suspended the account @velvet_room_88
({X[3]}) for violating the X Rules on the sale of sexual services.

The post {X[1]}
was deleted by the account owner before we reviewed it, so no action was
needed on our side.

Regards,
X Legal

ref:_00D1x2bKq._5003K7mNp:ref
""",
    outcome="applied", classification="confirmation",
    imitates="Salesforce-case-style X legal reply (thread id in subject) stating an account suspension and an author-deleted post",
    why="account suspended (removed); post deleted by its author before review (not_found)",
    items={X[3]: "removed", X[1]: "not_found"},
)

case(
    name="x-angle-brackets", **who("x"), date=d(12, 23, 9),
    subject=f"Your report {R['x']} - update",
    body=f"""
Hi,

Posts <{X[1]}> and <{X[2]}> have been removed for violating our rules on adult content.

Learn more about this policy: <https://help.x.com/en/rules-and-policies/adult-content>

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support update with URLs in angle brackets and a policy link",
    why="two posts removed; the help-centre link is not an item; the account is not mentioned",
    items={X[1]: "removed", X[2]: "removed"},
)

case(
    name="x-outlook-top-post", **who("x"), date=d(16, 8, 14),
    subject=f"RE: {R['x']} Removal request",
    body=f"""
Hello KCSC,

{X[2]} has been removed.

{X[3]}: we reviewed the account and found no violation of the X Rules or of
Korean law on the basis of what was provided, so it stays up.

Best,
Hana Lee
Legal Operations, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 9:40 AM
To: legal@x.com
Subject: {R['x']} Removal request

{our_request(R['x'], [X[1], X[2], X[3]], 10)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over an unquoted '-----Original Message-----' copy of our request",
    why="one post removed, the account refused with a reason; the first post appears only in our copied request",
    items={X[2]: "removed", X[3]: "rejected", X[1]: "pending"},
)

CSV_X = f"""Reported URL,Decision,Scope
{X[1]},Withheld,KR
{X[3]},Account suspended,Global
"""
case(
    name="x-csv-base64", **who("x"), date=d(18, 15, 0),
    subject=f"[X Legal] LGL-20931: result file for {R['x']}",
    raw_mime=multipart("mixed", "b968x_0042", [
        part("text/plain; charset=utf-8", b64(f"""Hello,

Attached is the result file for your request {R['x']}.

X Legal
"""), cte="base64"),
        part("application/octet-stream; name=\"LGL-20931.csv\"", b64(CSV_X), cte="base64",
             extra="Content-Disposition: attachment; filename=\"LGL-20931.csv\""),
    ]),
    outcome="applied", classification="confirmation",
    imitates="base64 text body with a CSV result file sent as application/octet-stream",
    why="CSV: one post withheld in KR (restricted), the account suspended globally (removed)",
    items={X[1]: "restricted", X[3]: "removed"},
)

case(
    name="naver-korean-particles", **who("nv"), date=d(19, 10, 30),
    subject=subj(f"[네이버 고객센터] 문의하신 내용에 대한 답변입니다 ({R['nv']})"),
    reply_to_req=req_mid(R["nv"]),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 {R['nv']})에 대한 처리 결과를 안내드립니다.

{N[1]}의 게시물은 운영정책 위반으로 게시중단 처리되었습니다.
{N[2]} 게시글은 정보통신망법 제44조의2에 따라 임시조치(30일)하였습니다.
세 번째 요청 게시물（{N[3]}）은 확인 결과 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

추가 문의사항은 본 메일에 회신해 주시기 바랍니다.
감사합니다.

문의번호: 20240919-0031874
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer mail (문의하신 내용에 대한 답변) with URLs glued to Korean particles and full-width brackets",
    why="게시중단 (removed), 임시조치 (restricted), already deleted by its author (not_found)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

NV_HTML = f"""<html><body>
<p>안녕하세요, 네이버 권리보호센터입니다.</p>
<p>요청번호 {R['nv']} 건의 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>블라인드 처리</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td></tr>
<tr><td>3</td><td>{N[3].replace('&', '&amp;')}</td><td>위반사항 없음 (게시 유지)</td></tr>
</table>
<p>처리 결과에 이의가 있으시면 회신 주시기 바랍니다.</p>
<p>NAVER 권리보호센터 드림</p>
</body></html>"""
case(
    name="naver-base64-html-table", **who("nv"), date=d(20, 9, 12),
    subject=subj(f"[NAVER] 게시중단 요청 처리 결과 안내 ({R['nv']})"),
    raw_mime=part("text/html; charset=utf-8", b64(NV_HTML), cte="base64"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 result notice as a base64 HTML table (번호/URL/처리 결과)",
    why="블라인드 (removed), 삭제 (removed), 위반사항 없음 게시 유지 (rejected)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "rejected"},
)

case(
    name="naver-followup-missing-item", **who("nv"), date=d(23, 14, 5),
    subject=subj(f"RE: [네이버 고객센터] 추가 안내 ({R['nv']})"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

지난 답변에서 누락된 1건에 대해 추가로 안내드립니다.

대상: {N[3]}
처리: 임시조치 (접근 제한, 30일)

불편을 드려 죄송합니다.

-----Original Message-----
From: "네이버 고객센터"<help@navercorp.com>
To: <takedown@kcsc.example>
Sent: 2024-09-19 (목) 10:30:00 (GMT+09:00)
Subject: [네이버 고객센터] 문의하신 내용에 대한 답변입니다 ({R['nv']})

{N[1]} 게시물은 운영정책 위반으로 게시중단 처리되었습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up in the same thread adding the item missing from its earlier answer, with that answer copied below",
    why="new text: the third post is under 임시조치 (restricted); the first post appears only in the copied earlier answer",
    items={N[3]: "restricted", N[1]: "pending"},
)

case(
    name="naver-receipt-plus-result", **who("nv"), date=d(12, 16, 40),
    subject=subj(f"[네이버 고객센터] 신고 접수 및 처리 안내 ({R['nv']})"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 신고가 정상적으로 접수되었습니다. (접수번호: 20240912-0027715)

또한 요청 게시물 중 {N[2]} 게시글은
검토 결과 블라인드 처리되었음을 알려드립니다.
나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal receipt notice that also carries a first result (접수 + 블라인드 처리)",
    why="not a pure receipt: one post is stated as blinded (removed); the rest are promised later",
    items={N[2]: "removed"},
)

case(
    name="kakao-raw-korean-path", **who("kk"), date=d(20, 11, 11),
    subject=subj(f"[카카오 고객센터] 요청하신 건에 대한 처리 결과입니다 ({R['kk']})"),
    reply_to_req=req_mid(R["kk"]),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 건({R['kk']})의 처리 결과를 안내드립니다.

- {K1_RAW} : 운영정책 위반으로 게시글을 삭제하였습니다.
- {K[2]} : 작가가 이미 삭제한 글로, 현재 존재하지 않습니다.

감사합니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-service result mail with a raw Korean Daum cafe path",
    why="cafe post deleted by Kakao (removed); brunch post already deleted by its author (not_found)",
    items={K[1]: "removed", K[2]: "not_found"},
)

case(
    name="kakao-text-table-reminder-reply", **who("kk"), date=d(24, 10, 2),
    subject=subj(f"Re: [Reminder] {R['kk']}: items outstanding"),
    extra_headers=[f"In-Reply-To: <reminder.{R['kk']}.1@kcsc.example>"],
    body=f"""
안녕하세요. 카카오 고객센터입니다.
회신이 늦어 죄송합니다. 요청번호 {R['kk']}의 조치 결과는 다음과 같습니다.

| No | URL | 조치 결과 |
|----|-----|-----------|
| 1 | {K[1]} | 국내 접속 차단 |
| 2 | {K[2]} | 비공개 처리 |

감사합니다.

> Reminder: request {R['kk']} (sent 12 September 2024) is past its due date.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao reply to our reminder with a Markdown-like text table",
    why="접속 차단 in Korea (restricted); 비공개 처리 (removed)",
    items={K[1]: "restricted", K[2]: "removed"},
)

case(
    name="discord-zendesk-solved", **who("dc"), date=d(17, 4, 26),
    subject=f"[Discord] Re: {R['dc']} - request #31877 has been solved",
    reply_to_req=req_mid(R["dc"]),
    body=f"""
##- Please type your reply above this line -##

Your request (31877) has been solved. To reopen it, simply reply to this email.

Alex (Discord Trust & Safety)

Hi there,

Thanks for the report. We investigated the server linked from
{D[1]} and removed it from Discord for violating our
Community Guidelines on regulated and illegal goods. The invite no longer
works.

Best,
Alex
Discord Trust & Safety

Discord Inc. | 444 De Haro Street | San Francisco, CA
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification from Discord Trust & Safety",
    why="the server behind the requested invite has been removed",
    items={D[1]: "removed"},
)

case(
    name="yt-helpscout-conversation", **who("yt"), date=d(18, 12, 33),
    subject=f"Re: Legal removal request {R['yt']} [#8821]",
    body=f"""
Nari replied to your conversation #8821

Hi KCSC,

Quick update on two more of your links:

- {Y[10]} is now age-restricted: viewers must be signed in and 18 or older to watch it.
- {Y[11]} has been removed.

Thanks for your patience!
Nari
YouTube Trust & Safety

Help Center: https://support.google.com/youtube/answer/2802167
--
Reply to this email directly or view the conversation in your inbox.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply ('X replied to your conversation #N')",
    why="one video age-restricted (restricted), one removed; the help-centre link is no item",
    items={Y[10]: "restricted", Y[11]: "removed"},
)

case(
    name="tg-echoed-report-decision", **who("tg"), date=d(11, 22, 14),
    subject=f"Telegram: decision on your report ({R['tg']})",
    body=f"""
Hello,

You submitted the following report:

----- Your report -----
Reference: {R['tg']}
Link: {T[3]}
Category: Illegal drugs
-----------------------

Decision: The channel has been blocked and is no longer accessible on Telegram.

This decision was made by a human moderator.

Telegram Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome notice echoing the submitted report form above the decision",
    why="the echoed report names one channel; the decision below blocks 'the channel' (removed)",
    items={T[3]: "removed"},
)

case(
    name="yt-status-update-partial", **who("yt"), date=d(10, 18, 1),
    subject=f"[YouTube Legal Support] Request #4410872 updated ({R['yt']})",
    body=f"""
##- Please type your reply above this line -##

Your request (#4410872) has been updated. Status: Open

Daniel (YouTube Legal Support)
Sep 10, 2024, 18:01 GMT+9

Update from our team: {Y[5]} was removed today.

{Y[6]} and {Y[7]} are still with our policy specialists; we will update this request when we have a decision on them.

This email is a service from YouTube Legal Support. [9WQ2KD-5L4P]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request updated' notification (status Open) carrying a partial result",
    why="one video removed; two Shorts still pending with specialists",
    items={Y[5]: "removed", Y[6]: "pending", Y[7]: "pending"},
)

case(
    name="yt-dsa-style-sor", **who("yt"), date=d(19, 7, 55),
    subject=f"[YouTube Legal Support] Statement of reasons - request #4410872 ({R['yt']})",
    body=f"""
Hello,

This message sets out our decision on an item you reported in {R['yt']}.

Content: {Y[8]}
Type of content: Channel
Decision: Restriction of visibility - access to the channel has been disabled in the Republic of Korea
Ground: Illegal content under the law of the Republic of Korea (illegal gambling)
Automated means used for detection: No
Automated means used for decision: No

The channel remains available in other countries.

Redress: you may reply to this ticket if you disagree with this decision.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons sent through the help-desk ticket",
    why="the channel's visibility is restricted in Korea only: restricted",
    items={Y[8]: "restricted"},
)

# =============================================================== REVIEW

case(
    name="yt-promise-will-remove", **who("yt"), date=d(6, 15, 10),
    subject=f"[YouTube Legal Support] Re: {R['yt']} - Request #4410872",
    reply_to_req=req_mid(R["yt"]),
    body=f"""
##- Please type your reply above this line -##

Minji Park (YouTube Legal Support)
Sep 6, 2024, 15:10 GMT+9

Hello,

Our team has confirmed that the following videos violate our policies, and
they will be removed within the next 24 hours:

{Y[1]}
{Y[2]}

We will update this ticket once that is done.

YouTube Legal Support
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Zendesk agent comment announcing a removal to come",
    why="'will be removed' is a promise, not a statement; the items stay pending",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="tg-hedged-appears-deleted", **who("tg"), date=d(8, 12, 44),
    subject=f"[#TG-58213] Re: {R['tg']}",
    body=f"""
Hello,

It appears that {T[1]} may already have been deleted by the channel's
administrators. We have also asked our team to take a look at {T[3]}.

Telegram Support
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim reply with hedged wording",
    why="'appears ... may have been deleted' is a hedge and 'asked our team to take a look' a promise: nothing to apply",
    items={T[1]: "pending", T[3]: "pending"},
)

case(
    name="yt-bulk-all-actioned", **who("yt"), date=d(20, 9, 0),
    subject=f"[YouTube Legal Support] Re: {R['yt']} - Request #4410872 solved",
    reply_to_req=req_mid(R["yt"]),
    body=f"""
##- Please type your reply above this line -##

Your request (#4410872) has been solved. To reopen this request, reply to this email.

Hello,

All of the URLs listed in your notice {R['yt']} have been actioned under our policies.

Regards,
YouTube Legal Support
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Zendesk 'solved' notification with a one-line blanket outcome",
    why="a statement about all twelve items of a multi-item request without naming each: bulk",
    items={u: "pending" for u in Y.values()},
)

case(
    name="x-bulk-reported-posts", **who("x"), date=d(15, 10, 10),
    subject=f"Re: {R['x']} Removal request",
    reply_to_req=req_mid(R["x"]),
    body="""
Hello,

We've withheld the reported posts and account in South Korea.

X Legal
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="terse X legal thread reply with a blanket country-withheld outcome",
    why="three-item request answered without naming each item: bulk",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="tg-auth-fail", **who("tg"), date=d(9, 3, 17), auth="fail",
    subject=f"Re: {R['tg']} - action taken",
    body=f"""
Dear KCSC,

{T[1]} and {T[2]} have been blocked.

Telegram Support
""",
    outcome="review", review="untrusted",
    imitates="telegram.org reply failing DKIM/SPF/DMARC",
    why="claims come from a platform domain that fails authentication",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="discord-via-zendesk-domain", name_from="Discord Trust & Safety",
    **{"from": "support@discord-kr.zendesk.com"}, date=d(16, 6, 2),
    subject=f"[Discord] {R['dc']} - request #31877 has been solved",
    body=f"""
##- Please type your reply above this line -##

Your request (31877) has been solved.

Hi there, we have removed the server at {D[1]} for violating our Community Guidelines.

Discord Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="help-desk notification sent from the vendor's hosted domain (subdomain.zendesk.com) instead of the platform's own",
    why="authenticated, but zendesk.com is no configured sender domain of Discord",
    items={D[1]: "pending"},
)

case(
    name="cafe-admin-gmail", name_from="bigwin 카페 운영진",
    **{"from": "bigwin.staff@gmail.com"}, date=d(14, 21, 30),
    subject=subj(f"Re: {R['kk']} 게시글 삭제 관련"),
    body=f"""
안녕하세요, 카페 운영진입니다.

요청하신 {K1_RAW} 글은 저희가 삭제했습니다.
앞으로 이런 글이 올라오지 않도록 관리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe operator writing from a personal webmail address",
    why="a statement about a requested item from a sender that is no platform",
    items={K[1]: "pending"},
)

case(
    name="naver-about-kakao-item", **who("nv"), date=d(23, 9, 40),
    subject=subj(f"[네이버 고객센터] 문의하신 내용에 대한 답변입니다 ({R['kk']})"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청번호 {R['kk']}로 보내주신 게시물
{K1_RAW}
은(는) 네이버 서비스가 아니어서 당사에서는 확인할 수 없는 게시물입니다.
해당 서비스 운영사로 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER answer to a request that was sent to the wrong portal",
    why="NAVER speaks about a Kakao (Daum cafe) item; a statement for another platform's item",
    items={K[1]: "pending"},
)

case(
    name="yt-asks-timestamps", **who("yt"), date=d(5, 11, 20),
    subject=f"[YouTube Legal Support] Re: {R['yt']} - more information needed (#4410872)",
    reply_to_req=req_mid(R["yt"]),
    body=f"""
##- Please type your reply above this line -##

Your request (#4410872) is awaiting your reply.

Hello,

To proceed with this request, we need additional information. Please reply
with the timestamps at which the reported content appears in

{Y[3]}
{Y[4]}

and the specific provision of Korean law that you consider this content to
violate. We cannot take action on these two URLs until we receive it.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk 'pending - awaiting your reply' asking for timestamps and legal basis",
    why="the platform asks for more information before it acts",
    items={Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="x-ticket-closed-no-ref", name_from="X Support",
    **{"from": "support@x.com"}, date=d(22, 5, 5),
    subject="Your X support ticket has been closed [Case 0748213]",
    body="""
Hello,

Your support ticket (Case 0748213) has been closed. We hope we were able to
help.

If you need further assistance, please open a new ticket at
https://help.x.com/forms.

X Support
""",
    outcome="review", review="no_claims",
    imitates="automatic ticket-closed notice that names neither a URL nor our reference",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="tg-still-reviewing-reminder-reply", **who("tg"), date=d(13, 16, 20),
    subject=f"Re: [Reminder] {R['tg']}: items outstanding",
    extra_headers=[f"In-Reply-To: <reminder.{R['tg']}.1@kcsc.example>"],
    body=f"""
Hello,

Thanks for your reminder. The links {T[2]} and
{T[4]} are still under review by our moderation team.
We will let you know once a decision has been made.

Telegram Support

On Fri, Sep 13, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_reminder(R['tg'], [T[2], T[4]], '5 September 2024'))}
""",
    outcome="review", review="not_understood",
    imitates="reply to our reminder saying the links are still under review",
    why="'still under review' is no statement; it names requested items, so a person looks at it",
    items={T[2]: "pending", T[4]: "pending"},
)

case(
    name="naver-forwarded-internal", name_from="Kim Soyeon",
    **{"from": "soyeon.kim@navercorp.com"}, date=d(19, 18, 12),
    subject=subj(f"Fwd: [권리보호센터] {R['nv']} 처리 결과"),
    body=f"""
KCSC 담당자님께,

아래 권리보호센터 내부 회신 전달드립니다.

---------- Forwarded message ---------
From: 권리보호센터 <rights-ops@navercorp.com>
Date: 2024년 9월 19일 (목) 오후 5:40
Subject: [권리보호센터] {R['nv']} 처리 결과
To: Kim Soyeon <soyeon.kim@navercorp.com>

{N[1]} - 게시중단 완료
{N[2]} - 게시중단 완료
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="NAVER staff forwarding an internal team's result (Gmail-style Forwarded message block)",
    why="the statements sit only inside a forwarded message; the forwarder states nothing herself",
    items={N[1]: "pending", N[2]: "pending"},
)

# =============================================================== IGNORED

case(
    name="yt-zendesk-receipt-echo", **who("yt"), date=d(3, 10, 14),
    subject=f"[YouTube Legal Support] Re: {R['yt']} - Request #4410872 received",
    reply_to_req=req_mid(R["yt"]),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Thank you for contacting YouTube Legal Support. Your request (#4410872) has
been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------
KCSC Takedown, Sep 3, 2024, 10:12 GMT+9

The Korea Communications Standards Commission requests the removal of the
following content under reference {R['yt']}:
{Y[1]}
{Y[2]}
{Y[3]}
(and 9 more)
----------------------------------------------
This email is a service from YouTube Legal Support. Delivered by Zendesk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-notification echoing the submitted request",
    why="pure receipt; the URLs are only our own request echoed back",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="tg-freshdesk-ticket-received", **who("tg"), date=d(5, 14, 33),
    subject=f"Ticket Received - [#TG-58213] {R['tg']}",
    reply_to_req=req_mid(R["tg"]),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a
ticket has been created. A support representative will review your request
and send you a personal response.

To view the status of the ticket or add comments, please visit
https://telegram.org/support

Please do not change the subject line when replying.

Thank you for your patience.

Sincerely,
Telegram Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk default 'Ticket Received' auto-acknowledgement",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="naver-out-of-office-chuseok", name_from="Park Jiwon",
    **{"from": "jiwon.park@navercorp.com"}, date=d(16, 9, 0),
    subject=subj(f"자동 회신: RE: [{R['nv']}] 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 박지원입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 고객센터(help@navercorp.com)로 연락 부탁드립니다.

I am out of the office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office (자동 회신) during Chuseok",
    why="auto-reply",
    items={},
)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@twitter.com
Subject: [Reminder] {R['x']}: items outstanding
Date: Tue, 17 Sep 2024 09:00:00 +0900
Message-ID: <reminder.{R['x']}.1@kcsc.example>

{our_reminder(R['x'], [X[1], X[2], X[3]], '10 September 2024')}
"""
case(
    name="x-dsn-reminder-bounced", name_from="Mail Delivery System",
    **{"from": "MAILER-DAEMON@mx2.twitter.com"}, date=d(17, 9, 1), auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "DSN.b968.x17", [
        part("text/plain; charset=us-ascii", """
This is the mail system at host mx2.twitter.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@twitter.com>: host mx2.twitter.com said: 550 5.1.1 mailbox
    unavailable
"""),
        part("message/delivery-status", """
Reporting-MTA: dns; mx2.twitter.com
Arrival-Date: Tue, 17 Sep 2024 09:00:40 +0900

Final-Recipient: rfc822; legal-kr@twitter.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable
"""),
        part("message/rfc822", DSN_ORIG),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our reminder sent to an old X address",
    why="bounce; the URLs are only in our returned reminder",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="kakao-mdn-read", name_from="Choi Minho",
    **{"from": "minho.choi@kakaocorp.com"}, date=d(12, 15, 52),
    subject=subj(f"읽음: [{R['kk']}] 게시물 삭제 요청"),
    raw_mime=multipart("report", "MDN.b968.kk", [
        part("text/plain; charset=utf-8", f"""
보낸 메시지를 받는 사람이 읽었습니다.

받는 사람: minho.choi@kakaocorp.com
제목: [{R['kk']}] 게시물 삭제 요청
읽은 날짜: 2024-09-12 15:52
"""),
        part("message/disposition-notification", f"""
Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822;minho.choi@kakaocorp.com
Original-Message-ID: <{req_mid(R['kk'])}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음) as an RFC 8098 MDN",
    why="read receipt",
    items={},
)

case(
    name="discord-auto-ack", **who("dc"), date=d(13, 10, 1),
    subject=f"[Discord] We've received your request #31877 ({R['dc']})",
    reply_to_req=req_mid(R["dc"]),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi there,

Thanks for reaching out to Discord Trust & Safety! This is an automated
message to confirm that we've received your report and created request
#31877. Our team reviews reports in the order they arrive and will get back
to you as soon as possible.

In the meantime you may find answers at https://discord.com/safety.

Discord Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk auto-acknowledgement from a platform trust-and-safety desk",
    why="pure receipt",
    items={},
)

case(
    name="yt-ooo-quoting-request", name_from="Lee Eunji",
    **{"from": "eunji.lee@google.com"}, date=d(3, 10, 13),
    subject=f"Automatic reply: {R['yt']} Removal request",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Thank you for your email. I am out of the office until 9 September with
limited access to email. For urgent legal removal matters please contact
removals-kr@google.com.

Eunji

On Tue, Sep 3, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_request(R['yt'], [Y[1], Y[2], Y[3]], 3))}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder that quotes the incoming request",
    why="auto-reply; the URLs are only in the quoted request",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
)


HEADER = f"""# Blind set 968 (ticket systems and threads): written from each email's
# meaning, before the reader was run on it. Generated by make.py.
# Requests: see requests.csv ({len(REQUESTS)} requests, {sum(len(r[4]) for r in REQUESTS)} items;
# the largest is {R['yt']})."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
