#!/usr/bin/env python3
"""Blind set 728: ticket systems and threads.

Zendesk / Freshdesk / Jira / HelpScout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from YouTube, X, NAVER, Telegram, Kakao and
TikTok. Every email is fictional and written for this set; the expected
result of each case was written from the email's meaning alone, before the
reader was ever run on it.

    python3 tests/corpus/blind728/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind728"

# ---------------------------------------------------------------- requests
TISTORY_KO = "https://haneul-note.tistory.com/entry/오늘의-추천-사이트"
TISTORY_ENC = ("https://haneul-note.tistory.com/entry/"
               "%EC%98%A4%EB%8A%98%EC%9D%98-%EC%B6%94%EC%B2%9C-%EC%82%AC%EC%9D%B4%ED%8A%B8")

Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    2: "https://www.youtube.com/watch?v=bR7nW2xZc0E",
    3: "https://www.youtube.com/watch?v=Lt5Hd9sUq1M",
    4: "https://www.youtube.com/watch?v=pX0aJ4yKe6G",
    5: "https://www.youtube.com/watch?v=Vc8gN3rTw5B",
    6: "https://www.youtube.com/watch?v=hZ2mF7oPd9S",
    7: "https://www.youtube.com/shorts/Ke4uR1sYb8N",
    8: "https://www.youtube.com/shorts/Wd6iC0vLx3Q",
    9: "https://www.youtube.com/watch?v=sG1eM5qHj7T",
    10: "https://www.youtube.com/watch?v=nU9kB2wFa4R",
    11: "https://www.youtube.com/@pinebet_live7",
    12: "https://www.youtube.com/watch?v=tA3oX6zDv0P",
}
X = {
    1: "https://x.com/moonlit_odds/status/1831204477120655361",
    2: "https://x.com/moonlit_odds/status/1831209915350472704",
    3: "https://x.com/harbor_pills_kr",
    4: "https://x.com/sora_kettle/status/1831312088477790208",
}
X7 = "https://x.com/nightferry_kr/status/1834011256601239552"
N = {
    1: "https://blog.naver.com/greenlantern88/223571904412",
    2: "https://cafe.naver.com/jeonju_tradehub/58211",
    3: "https://m.blog.naver.com/sunny_maru/223580011772",
}
T = {
    1: "https://t.me/neon_casino_kr",
    2: "https://t.me/dawnpharm_shop/1182",
}
K = {
    1: "https://cafe.daum.net/bluewhale777/Rk3P/412",
    2: "https://cafe.daum.net/bluewhale777/Rk3P/415",
    3: TISTORY_ENC,
    4: "https://haneul-note.tistory.com/88",
    5: "https://open.kakao.com/o/gT4kP2xb",
}
TT = "https://www.tiktok.com/@lucky.slot.kr/video/7411938024551009537"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", [Y[i] for i in range(1, 13)], "illegal gambling promotion, videos, shorts and one channel"),
    ("KCSC-240905-02", "x", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", [X[i] for i in range(1, 5)], "posts and one account"),
    ("KCSC-240909-03", "naver", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     "fraud", [N[i] for i in range(1, 4)], "blog and cafe posts"),
    ("KCSC-240910-04", "telegram", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", [T[1], T[2]], "one channel, one message"),
    ("KCSC-240911-05", "kakao", "2024-09-11T15:12:00+09:00", "2024-09-18T18:00:00+09:00",
     "gambling", [K[i] for i in range(1, 6)], "Daum cafe, Tistory, open chat"),
    ("KCSC-240912-06", "tiktok", "2024-09-12T10:05:00+09:00", "2024-09-19T18:00:00+09:00",
     "gambling", [TT], "one video"),
    ("KCSC-240913-07", "x", "2024-09-13T16:20:00+09:00", "2024-09-20T18:00:00+09:00",
     "gambling", [X7], "one post"),
]


def req_mid(ref):
    return f"request.{ref}.1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def pending(*urls):
    return {u: "pending" for u in urls}


REQ_YT_LINES = "\n".join(Y[i] for i in range(1, 13))

# ---------------------------------------------------------------- cases
cases = []


def enc_name(name):
    """RFC 2047 display name, as real mailers send non-ASCII names."""
    if name.isascii():
        return name
    return "=?UTF-8?B?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="


def case(**c):
    if "name_from" in c:
        c["name_from"] = enc_name(c["name_from"])
    cases.append(c)


# ======================= YouTube (KCSC-240903-01, 12 items) =======================

case(
    name="yt-zendesk-receipt",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 03 Sep 2024 10:04:51 +0900",
    subject="[KCSC-240903-01] Request to remove illegal content - Ticket #48213077 received",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
##- Please type your reply above this line -##

Hello,

Thank you for contacting YouTube Legal Support. We have received your
request and a ticket (#48213077) has been opened for it.

A member of our team will review your request and get back to you. You
can add information to this ticket by replying to this email; please keep
the ticket number in the subject line.

This is an automated message. YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-response trigger with ticket number",
    why="pure receipt: ticket opened, nothing said about any URL",
    items={},
)

case(
    name="yt-zendesk-solved-bullets",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 14:02:10 +0900",
    subject="Re: [KCSC-240903-01] Request to remove illegal content - Ticket #48213077 solved",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
##- Please type your reply above this line -##

Your request (48213077) has been solved. To reopen it, simply reply to this email.

Seo-yeon (YouTube Legal Support)
Sep 6, 2024, 14:02 GMT+9

Hello,

Thank you for your notice about content on YouTube. We reviewed the URLs
below and took the following action:

- {Y[1]} - removed for violating YouTube's policy on illegal gambling
- {Y[2]} - removed for violating YouTube's policy on illegal gambling
- {Y[3]} - blocked from view in South Korea on the basis of local law
- {Y[4]} - no action taken; after review we did not find that this video violates our Community Guidelines or local law
- {Y[5]} - we were unable to locate this video; the URL does not point to an existing video

For more information about our policies, see https://support.google.com/youtube/answer/2801999.

Regards,
The YouTube Legal team

--------------------------------
This email is a service from YouTube Legal Support. [Q7DK2-RM4P]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification wrapping an agent's per-URL outcome list (YouTube legal removal outcome)",
    why="five bulleted URLs, each with its own outcome; the help link is not an item",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected", Y[5]: "not_found"},
)

YT_ROWS = [
    (1, "Removed", "Global"),
    (2, "Removed", "Global"),
    (3, "Restricted (local law)", "South Korea"),
    (4, "No action - not in violation", "-"),
    (5, "Not found - video does not exist", "-"),
    (6, "Removed", "Global"),
    (7, "Removed", "Global"),
    (8, "Restricted (local law)", "South Korea"),
    (9, "Removed", "Global"),
    (10, "Not found - invalid video ID", "-"),
    (11, "Channel terminated", "Global"),
    (12, "Age-restricted", "Global"),
]
_html_rows = "\n".join(
    f'<tr><td style="padding:4px">{n}</td><td style="padding:4px"><a href="{Y[n]}">{Y[n]}</a></td>'
    f'<td style="padding:4px">{a}</td><td style="padding:4px">{s}</td></tr>'
    for n, a, s in YT_ROWS
)
_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello KCSC team,</p>
<p>Our review of your request <b>KCSC-240903-01</b> (ticket 48213077) is complete. The outcome for each reported URL is in the table below.</p>
<table border="1" cellspacing="0" style="border-collapse:collapse">
<tr><th>#</th><th>Reported URL</th><th>Action taken</th><th>Scope</th></tr>
{_html_rows}
</table>
<p>Kind regards,<br>YouTube Legal Support</p>
<p style="color:#888;font-size:11px">Ticket 48213077 &middot; status: Solved</p>
</body></html>
"""
_text = ("Hello KCSC team,\n\nOur review of your request KCSC-240903-01 (ticket 48213077) is complete.\n"
         "The outcome for each reported URL:\n\n"
         + "\n".join(f"{n}. {Y[n]} | {a} | {s}" for n, a, s in YT_ROWS)
         + "\n\nKind regards,\nYouTube Legal Support\n\nTicket 48213077 - status: Solved\n")
case(
    name="yt-html-table-all-twelve",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 11:20:45 +0900",
    subject="[Ticket #48213077] Outcome of your request KCSC-240903-01",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="=_b728_alt_yt12"

--=_b728_alt_yt12
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_text)}
--=_b728_alt_yt12
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_html)}
--=_b728_alt_yt12--
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk 'solved' reply carrying an HTML outcome table (YouTube legal removal outcome), quoted-printable, with a plain-text alternative",
    why="one row per URL: removed, restricted in KR, no action, not found, channel terminated, age-restricted",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected", Y[5]: "not_found",
           Y[6]: "removed", Y[7]: "removed", Y[8]: "restricted", Y[9]: "removed", Y[10]: "not_found",
           Y[11]: "removed", Y[12]: "restricted"},
)

_csv = ("url,decision,region,notes\r\n"
        f"{Y[6]},Removed,global,Community Guidelines - regulated goods\r\n"
        f"{Y[7]},Removed,global,Community Guidelines - regulated goods\r\n"
        f"{Y[8]},Geo-blocked,KR,Local law\r\n"
        f"{Y[9]},No action,,No violation found\r\n"
        f"{Y[10]},Not found,,Video ID does not exist\r\n"
        f"{Y[11]},Channel terminated,global,Repeated violations\r\n")
case(
    name="yt-csv-attachment",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 16:45:02 +0900",
    subject="Re: [KCSC-240903-01] Request to remove illegal content - Ticket #48213077",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_b728_mix_ytcsv"

--=_b728_mix_ytcsv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Please find attached the decision for each of the remaining URLs in your
request KCSC-240903-01 (our ticket 48213077). Let us know if anything in
the file is unclear.

Thanks,
Arun
YouTube Legal Support

--=_b728_mix_ytcsv
Content-Type: text/csv; charset=utf-8; name="48213077_outcome.csv"
Content-Disposition: attachment; filename="48213077_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_b728_mix_ytcsv--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply with a CSV export of per-URL decisions attached (abuse-desk spreadsheet reply)",
    why="CSV rows: removed, removed, geo-blocked KR, no action, not found, channel terminated",
    items={Y[6]: "removed", Y[7]: "removed", Y[8]: "restricted", Y[9]: "rejected",
           Y[10]: "not_found", Y[11]: "removed"},
)

case(
    name="yt-followup-over-quoted-solved",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:31:17 +0900",
    subject="Re: [KCSC-240903-01] Request to remove illegal content - Ticket #48213077",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello again,

A follow-up on the two Shorts that were still open on this ticket:

{Y[7]}
This Short has now been removed from YouTube.

{Y[8]}
Access to this Short is now blocked in South Korea.

Best,
Ji-ho
YouTube Legal Support

On Fri, Sep 6, 2024 at 2:02 PM YouTube Legal Support <youtube-legal-support@google.com> wrote:
> Hello,
>
> Thank you for your notice. We took the following action:
> - {Y[1]} - removed
> - {Y[3]} - blocked in South Korea
>
> The two Shorts in your notice are still being reviewed and we will follow up.
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same Zendesk/Gmail thread, top-posted over the earlier answer",
    why="bare URL then its status on the next line; the quoted earlier answer is not a new statement",
    items={Y[7]: "removed", Y[8]: "restricted", Y[1]: "pending", Y[3]: "pending"},
)

_reminder_quote = quote_gt(f"""Dear YouTube Legal Support,

This is a reminder that the following items of our request KCSC-240903-01,
sent on 3 September 2024, are still awaiting your response:

{Y[9]}
{Y[10]}
{Y[12]}

Please let us know the action taken on each of them.

KCSC Takedown""")
case(
    name="yt-reply-to-reminder-numbered",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 13:08:40 +0900",
    subject="Re: [Reminder] KCSC-240903-01: 3 items still awaiting a response",
    body=f"""
Dear KCSC team,

Sorry for the slow reply on this one. Here is where the remaining items stand:

1) {Y[9]}
   Removed under our regulated goods policy.
2) {Y[10]}
   We looked for this video but there is no video at this address; the ID is not valid.
3) {Y[12]}
   Restricted: this video is no longer viewable in South Korea.

The other URLs in this request were answered on 6 September.

Best regards,
Seo-yeon
YouTube Legal Support

On Mon, Sep 16, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{_reminder_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply to a regulator's overdue reminder, numbered list with the status indented below each URL, reminder quoted Gmail-style",
    why="three numbered URLs each with an unhedged status; the quoted reminder repeats the same URLs without statuses",
    items={Y[9]: "removed", Y[10]: "not_found", Y[12]: "restricted"},
)

_ko_yt = f"""안녕하세요, 방송통신심의위원회 담당자님.

요청번호 KCSC-240903-01 건의 일부 처리 결과를 알려드립니다.

■ {Y[11]}
  → 커뮤니티 가이드 위반으로 채널이 해지되었습니다.

■ {Y[6]}
  → 현지 법률에 따라 대한민국에서 해당 동영상에 대한 접속이 차단되었습니다.

그 밖의 문의 사항은 이 메일에 회신해 주시기 바랍니다.

YouTube 법무지원팀 드림
"""
case(
    name="yt-korean-quoted-printable",
    **{"from": "youtube-legal-kr@google.com"},
    name_from="YouTube 법무지원팀",
    date="Tue, 10 Sep 2024 17:22:09 +0900",
    subject="=?UTF-8?B?" + b64("[YouTube] KCSC-240903-01 처리 결과 안내").replace("\n", "") + "?=",
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_ko_yt)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language legal team reply (채널 해지 / 국내 접속 차단) in quoted-printable with an encoded subject",
    why="channel terminated = removed; 대한민국에서 접속 차단 = restricted",
    items={Y[11]: "removed", Y[6]: "restricted"},
)

case(
    name="yt-headings-url-below",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 19:40:33 +0900",
    subject="YouTube Legal Support - Ticket 48213077 update",
    body=f"""
Hello,

We've completed our review of part of your request KCSC-240903-01.

We removed the following video from YouTube worldwide:

{Y[2]}

We restricted the following video so that it can't be viewed in South Korea:

{Y[3]}

We did not take action on the following video, as we did not find that it violates our policies or local law:

{Y[4]}

If you believe we made a mistake, you can submit a new notice with additional detail at
https://support.google.com/legal/answer/3110420

Sincerely,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals outcome letter: one statement paragraph, then the URL on its own line below",
    why="each statement sits on the line above its URL; the support.google.com form link is not an item",
    items={Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

_hs = f"""Hi there,

Thanks for your patience. A quick update on ticket 48213077 (KCSC-240903-01):

The video at {Y[5]} was deleted by
its uploader before we reviewed it, so there is nothing left for us to
action.

The video at {Y[1]} has been taken
down for violating our spam and deceptive practices policy.

Cheers,
Dana
YouTube Legal Support
"""
case(
    name="yt-helpscout-base64",
    **{"from": "youtube-legal-support@google.com"},
    name_from="Dana (YouTube Legal Support)",
    date="Sat, 07 Sep 2024 08:15:00 +0900",
    subject="Re: Ticket 48213077",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_hs)}
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style personal agent reply, base64 body, threaded on the request",
    why="deleted by its uploader before review = not_found; taken down = removed; statements wrap onto the next line",
    items={Y[5]: "not_found", Y[1]: "removed"},
)

case(
    name="yt-jira-comment-resolved",
    **{"from": "jsm-noreply@youtube.com"},
    name_from="Min-ji Park (YouTube Trust & Safety)",
    date="Thu, 12 Sep 2024 15:50:12 +0900",
    subject="[JIRA] (LGL-20931) Removal request KCSC-240903-01",
    body=f"""
—-—-—-—-—-—-
Reply above this line.

Min-ji Park commented:

Hello KCSC,

Two more decisions on this request:

* {Y[12]} — age-restricted; viewers must be signed in and over 18.
* {Y[1]} — removed.

Min-ji Park resolved this as Done.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Help Center, powered by Jira Service Management, sent you this message.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification (public comment + resolved)",
    why="age-restricted = restricted, removed = removed, each on its own bullet",
    items={Y[12]: "restricted", Y[1]: "removed"},
)

case(
    name="yt-promise-will-remove",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 10:12:44 +0900",
    subject="Re: [KCSC-240903-01] Request to remove illegal content - Ticket #48213077",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thanks for your notice. We have looked at the following two videos and
they will be removed within the next 24 hours:

{Y[1]}
{Y[2]}

We will confirm on this ticket once that is done. The rest of your request
is still with our team.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent interim reply promising an action",
    why="'will be removed' is a promise, not a statement: both items stay pending",
    items=pending(Y[1], Y[2]),
)

case(
    name="yt-bulk-all-removed",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 12:00:03 +0900",
    subject="Your request KCSC-240903-01 has been solved (Ticket #48213077)",
    body="""
##- Please type your reply above this line -##

Hello,

We have finished processing your request KCSC-240903-01. All of the videos
and the channel you reported have been removed from YouTube.

This ticket is now solved. If you reply within 7 days it will be reopened.

YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'solved' notification with a one-line blanket outcome",
    why="one statement about all twelve items without naming any: bulk, nothing applied",
    items=pending(*Y.values()),
)

case(
    name="yt-hedge-may-have",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 09:02:51 +0900",
    subject="Re: [KCSC-240903-01] Request to remove illegal content - Ticket #48213077",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi,

Quick note while we work on this ticket: our records show that the video
{Y[6]} may have been removed by its uploader already.
We'll confirm its status, and the outcome for the other URLs, once our
review is complete.

Thanks,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="agent interim note in a ticket thread with a hedged status",
    why="'may have been removed' is a hedge, and the rest is a promise: pending",
    items=pending(Y[6]),
)

# ======================= X (KCSC-240905-02, 4 items; KCSC-240913-07, 1 item) =======================

case(
    name="x-case-update-mixed",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Mon, 09 Sep 2024 03:14:27 +0000",
    subject="Case# 0129338475: Report of illegal content in South Korea [ref:_00Dx0B7Kq._500Ui8vRz:ref]",
    body=f"""
Hello,

Thank you for your report. We have investigated the accounts and posts you listed.

We have withheld the following posts in South Korea in response to your request:
{X[1]}
{X[2]}

The account @harbor_pills_kr ({X[3]}) has been suspended for violating the X Rules.

We reviewed {X[4]} and found that it does not violate the X Rules or local law, so we will not take action on it.

Thanks,
X
""",
    outcome="applied", classification="confirmation",
    imitates="X Support case email (Salesforce-style ref tag) reporting country-withheld posts and a suspension",
    why="withheld in KR = restricted; suspended account = removed; refusal with its reason = rejected",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "rejected"},
)

case(
    name="x-single-item-solved-no-url",
    **{"from": "safety-noreply@x.com"},
    name_from="X Safety",
    date="Mon, 16 Sep 2024 08:44:10 +0000",
    subject="Re: KCSC-240913-07 illegal gambling promotion on X",
    reply_to_req=req_mid("KCSC-240913-07"),
    body="""
Hello,

We have reviewed the content you reported. It has been removed for
violating our rules on illegal gambling.

Thank you for helping keep X safe.

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome email that names no URL, replying to a one-item request",
    why="the request has a single item and the reply states its removal unhedged",
    items={X7: "removed"},
)

case(
    name="x-angle-brackets",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 07:02:55 +0000",
    subject="RE: KCSC-240905-02 Request for removal of illegal content",
    body=f"""
Hi KCSC,

Re your request KCSC-240905-02, outcome per item:

<{X[1]}>: withheld in South Korea.
<{X[4]}>: removed for violating our illegal and regulated goods policy.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="short legal-desk reply with URLs in angle brackets, one per line",
    why="withheld in KR = restricted; removed = removed",
    items={X[1]: "restricted", X[4]: "removed"},
)

case(
    name="x-partial-answer-outlook",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Fri, 06 Sep 2024 09:20:41 +0000",
    subject="RE: KCSC-240905-02 Request for removal of illegal content",
    body=f"""
Hello,

We're writing about your report KCSC-240905-02.

The post {X[2]} has been withheld in Korea under local law.

We are still reviewing the remaining items in your report and will respond
separately once we have a decision.

X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:30 AM
To: legal@x.com
Subject: KCSC-240905-02 Request for removal of illegal content

Dear X,

Please remove or restrict access to the following content:
{X[1]}
{X[2]}
{X[3]}
{X[4]}

KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted partial answer over the regulator's original request",
    why="one item withheld in KR; the others are only in our quoted request and a promise",
    items={X[2]: "restricted", X[1]: "pending", X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-echoed-report-blocks",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Wed, 11 Sep 2024 22:10:03 +0000",
    subject="Update on your report - KCSC-240905-02",
    body=f"""
Hello,

We have reviewed your reports. Details below.

-----
Report ID: 1834562201
Reported content: {X[1]}
Reported for: Illegal activity - gambling
-----
Outcome: We removed this post because it violated the X Rules.

-----
Report ID: 1834562202
Reported content: {X[3]}
Reported for: Illegal activity - drugs
-----
Outcome: We did not find a violation of the X Rules and have taken no action on this account.

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome email that echoes each report form (ID, reported content, reason) then the outcome",
    why="each echoed block is followed by its own outcome: removed, then no violation = rejected",
    items={X[1]: "removed", X[3]: "rejected"},
)

case(
    name="x-escalated-appears",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Sat, 07 Sep 2024 01:55:38 +0000",
    subject="Case# 0129338475: Report of illegal content in South Korea",
    body=f"""
Hello,

Your case 0129338475 (KCSC-240905-02) has been escalated to a specialised
team. Based on an initial review, the posts
{X[1]} and
{X[2]}
appear to violate our rules on illegal gambling. A final decision will be
communicated to you once the review has concluded.

Thanks,
X Support
""",
    outcome="review", review="not_understood",
    imitates="X case escalation notice with a preliminary view",
    why="'appear to violate' and a future decision: no statement, items stay pending",
    items=pending(X[1], X[2]),
)

case(
    name="x-forwarded-enforcement",
    **{"from": "hcho@x.com"},
    name_from="Hannah Cho",
    date="Wed, 11 Sep 2024 02:30:19 +0000",
    subject="Fwd: Enforcement result for case 0129338475",
    body=f"""
Hi,

Forwarding the note from our enforcement team below for your records.

Best,
Hannah

---------- Forwarded message ---------
From: X Enforcement <enforcement-noreply@x.com>
Date: Tue, Sep 10, 2024 at 4:11 PM
Subject: Enforcement result for case 0129338475
To: Hannah Cho <hcho@x.com>

Case 0129338475 closed.
{X[3]} - account suspended
{X[4]} - no violation
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-forwarded internal enforcement notice passed on by a platform employee",
    why="the statuses are only inside the forwarded message; a person should confirm them",
    items=pending(X[3], X[4]),
)

case(
    name="x-out-of-office",
    **{"from": "dreyes@x.com"},
    name_from="Daniel Reyes",
    date="Thu, 05 Sep 2024 02:31:00 +0000",
    subject="Automatic reply: KCSC-240905-02 Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email. For urgent legal requests, please write to
legal@x.com and a colleague will pick up your message.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

# ======================= NAVER (KCSC-240909-03, 3 items) =======================

case(
    name="naver-ticket-numbered-result",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 10:30:00 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변 드립니다. (문의번호: 2409-118823)",
    reply_to_req=req_mid("KCSC-240909-03"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회의 시정요구(KCSC-240909-03)와 관련하여 처리 결과를 아래와 같이 안내드립니다.

1. {N[1]}
   - 처리 결과: 게시중단
2. {N[2]}
   - 처리 결과: 임시조치(30일)
3. {N[3]}
   - 처리 결과: 해당 게시물은 작성자에 의해 이미 삭제되어 조치할 대상이 없습니다.

추가 문의는 고객센터(https://help.naver.com)를 이용해 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 notice with a numbered 처리 결과 list",
    why="게시중단 = removed; 임시조치 = restricted; already deleted by its author = not_found",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-particles-fullwidth",
    **{"from": "blog_cafe_ops@navercorp.com"},
    name_from="네이버 블로그·카페 운영팀",
    date="Wed, 11 Sep 2024 18:05:12 +0900",
    subject="Re: [KCSC-240909-03] 정보통신망 불법정보 시정요구",
    reply_to_req=req_mid("KCSC-240909-03"),
    body=f"""
안녕하세요. 네이버 블로그·카페 운영팀입니다.

요청하신 게시물 중 {N[1]}는 운영정책 위반으로 블라인드 처리하였습니다.
또한 카페 게시글（{N[2]}）은 관련 법령 위반 소지가 확인되지 않아 별도 조치하지 않았음을 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER operations team prose reply with Korean particles and full-width brackets around URLs",
    why="블라인드 처리 = removed; no violation found, no action = rejected",
    items={N[1]: "removed", N[2]: "rejected"},
)

_nv_html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:'Malgun Gothic',sans-serif;font-size:10pt">
<p>안녕하세요. 회신이 늦어 죄송합니다.</p>
<p>아래 게시물에 대한 조치 결과를 안내드립니다.</p>
<ul>
<li><a href="{N[3]}">{N[3]}</a> : 비공개 처리 완료</li>
<li><a href="{N[2]}">카페 게시글</a> : 게시중단 완료</li>
</ul>
<p>네이버 정책지원팀 드림</p>
</div>
<p>-----Original Message-----</p>
<div style="border-top:1px solid #b5c4df;padding-top:3pt">
<p><b>From:</b> KCSC Takedown &lt;takedown@kcsc.example&gt;<br>
<b>Sent:</b> Monday, September 16, 2024 9:00 AM<br>
<b>To:</b> policy@navercorp.com<br>
<b>Subject:</b> [독촉] KCSC-240909-03 처리 결과 회신 요청</p>
</div>
<p>아래 게시물에 대한 조치 결과를 아직 받지 못했습니다. 회신 부탁드립니다.<br>
{N[1]}<br>{N[2]}<br>{N[3]}</p>
</body></html>
"""
case(
    name="naver-reminder-reply-html",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Mon, 16 Sep 2024 16:40:27 +0900",
    subject="RE: [독촉] KCSC-240909-03 처리 결과 회신 요청",
    type="html",
    body=_nv_html,
    outcome="applied", classification="confirmation",
    imitates="Outlook HTML reply to the regulator's reminder, linked text in a list, reminder quoted below",
    why="비공개 처리 = removed; the linked '카페 게시글' (href = the cafe post) 게시중단 = removed; the quoted reminder is not a statement",
    items={N[3]: "removed", N[2]: "removed", N[1]: "pending"},
)

case(
    name="naver-asks-legal-basis",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 14:12:08 +0900",
    subject="[네이버 고객센터] 추가 자료 요청 (문의번호: 2409-118823)",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

KCSC-240909-03 건으로 요청하신 {N[2]} 게시글의 경우,
게시물 내 어떤 부분이 관련 법령에 위반되는지 구체적인 근거(해당 조항 및 위반 부분)를
추가로 보내주시면 검토 후 조치하겠습니다.

이 메일에 회신하시면 문의에 자동으로 추가됩니다.
감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 고객센터 request for supporting documents in a ticket thread",
    why="asks us for the legal basis before acting; item stays pending",
    items=pending(N[2]),
)

case(
    name="naver-will-act-korean",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 11:03:45 +0900",
    subject="[네이버 고객센터] 진행 상황 안내 (문의번호: 2409-118823)",
    body=f"""
안녕하세요.

요청하신 KCSC-240909-03 건은 현재 담당 부서에서 검토 중입니다.

{N[1]}
{N[3]}

위 두 게시물은 내부 검토가 끝나는 대로 9월 20일까지 게시중단 조치할 예정이며,
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal 진행 상황 안내 (under review, action planned)",
    why="검토 중 and 조치할 예정 are promises: items stay pending",
    items=pending(N[1], N[3]),
)

case(
    name="naver-read-receipt",
    **{"from": "jh.lee@naver.com"},
    name_from="이지현",
    date="Mon, 09 Sep 2024 10:02:11 +0900",
    subject="=?UTF-8?B?" + b64("읽음: [KCSC-240909-03] 정보통신망 불법정보 시정요구").replace("\n", "") + "?=",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b728_mdn"

--=_b728_mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 2024-09-09 10:02에 읽었습니다.
제목: [KCSC-240909-03] 정보통신망 불법정보 시정요구

--=_b728_mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.naver.com; NAVER Mail
Final-Recipient: rfc822; jh.lee@naver.com
Original-Message-ID: <{req_mid("KCSC-240909-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b728_mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER Mail read receipt (MDN, multipart/report disposition-notification)",
    why="read receipt",
    items={},
)

# ======================= Telegram (KCSC-240910-04, 2 items) =======================

case(
    name="tg-schemeless-both",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 11:47:02 +0400",
    subject="Re: KCSC-240910-04 [Case #204518877]",
    body="""
Hello,

Thanks for the report.

t.me/neon_casino_kr - the channel has been blocked and is no longer accessible on Telegram.
t.me/dawnpharm_shop/1182 - the message has been deleted.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="terse Telegram abuse-desk reply with scheme-less t.me links",
    why="channel blocked and no longer accessible on Telegram = removed; message deleted = removed",
    items={T[1]: "removed", T[2]: "removed"},
)

case(
    name="tg-thread-followup-one",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 09:10:44 +0400",
    subject="Re: [Case #204518877]",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""
Hi,

Following up on case #204518877: {T[1]} is now unavailable for users in South Korea.

> On 10 Sep 2024, at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Please take down the following content, which is illegal under Korean law:
> {T[1]}
> {T[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same thread (matched only by In-Reply-To), request quoted with '>'",
    why="unavailable for users in South Korea = restricted; the other URL is only quoted",
    items={T[1]: "restricted", T[2]: "pending"},
)

case(
    name="tg-numbered-could-not-find",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 15:22:31 +0400",
    subject="Your notice KCSC-240910-04",
    body=f"""
Hello,

Regarding your notice KCSC-240910-04 (Case #204518877):

1. {T[1]} — this channel is now blocked for users in South Korea.
2. {T[2]} — we could not find this message. It may already have been deleted by the channel owner.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk numbered reply",
    why="blocked for users in KR = restricted; 'could not find' is unhedged (the guess about why is the only hedge) = not_found",
    items={T[1]: "restricted", T[2]: "not_found"},
)

# ======================= Kakao (KCSC-240911-05, 5 items) =======================

_kcsv = ("\ufeff번호,URL,조치결과,비고\r\n"
         f"1,{K[1]},삭제,운영정책 위반\r\n"
         f"2,{K[2]},게시중단,\r\n"
         f"3,{K[3]},접근 제한,국내 접속 제한\r\n"
         f"4,{K[4]},조치 불가,위반 사항 확인되지 않음\r\n"
         f"5,{K[5]},해당 없음,존재하지 않는 오픈채팅방\r\n")
case(
    name="kakao-csv-korean",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 17:30:00 +0900",
    subject="[카카오 고객센터] KCSC-240911-05 조치 결과 회신",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_b728_mix_kcsv"

--=_b728_mix_kcsv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 고객센터입니다.

요청하신 5건에 대한 조치 결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

--=_b728_mix_kcsv
Content-Type: text/csv; charset=utf-8; name*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_KCSC-240911-05.csv
Content-Disposition: attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_KCSC-240911-05.csv
Content-Transfer-Encoding: base64

{b64(_kcsv)}
--=_b728_mix_kcsv--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 spreadsheet attached as CSV (UTF-8 with BOM, RFC 2231 filename)",
    why="삭제 and 게시중단 = removed; 접근 제한 = restricted; 조치 불가 / no violation = rejected; 존재하지 않는 = not_found",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "rejected", K[5]: "not_found"},
)

_kreq_quote = quote_gt(f"""귀사 서비스에 게시된 아래 정보에 대하여 시정을 요구합니다.

1. {K[1]}
2. {K[2]}
3. {TISTORY_KO}
4. {K[4]}
5. {K[5]}

방송통신심의위원회""")
case(
    name="kakao-freshdesk-top-posted",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 13:05:50 +0900",
    subject="Re: [#55123] KCSC-240911-05 불법정보 시정요구",
    reply_to_req=req_mid("KCSC-240911-05"),
    body=f"""
##- 이 줄 위로 답장을 작성해 주세요 -##

[카카오 고객센터] 문의 #55123 답변

안녕하세요, 카카오 고객센터입니다.

요청하신 다음 카페 게시글 2건은 운영정책 위반으로 삭제 조치하였습니다.
{K[1]}
{K[2]}

나머지 게시물에 대해서는 담당 부서 확인 후 별도로 회신드리겠습니다.

2024년 9월 11일 (수) 오후 3:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
{_kreq_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk/Zendesk Korean agent reply, top-posted over the Gmail-quoted request",
    why="two cafe posts 삭제 (listed under the statement); the rest only in the quoted request",
    items={K[1]: "removed", K[2]: "removed", K[3]: "pending", K[4]: "pending", K[5]: "pending"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "tistory-help@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Fri, 13 Sep 2024 10:48:19 +0900",
    subject="[티스토리] 시정요구(KCSC-240911-05) 조치 결과",
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

시정요구(KCSC-240911-05) 대상 중 티스토리 게시글에 대한 조치 결과입니다.

- {TISTORY_KO} : 비공개 처리
- {K[4]} : 블로그 운영자가 이미 삭제하여 존재하지 않는 게시글입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations reply with a raw Korean-path entry URL",
    why="비공개 처리 = removed (raw path matches the percent-encoded request URL); deleted by its author = not_found",
    items={K[3]: "removed", K[4]: "not_found"},
)

case(
    name="kakao-wrapped-angle-url",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Sun, 15 Sep 2024 20:14:37 +0900",
    subject="RE: KCSC-240911-05",
    body=f"""
Dear KCSC,

This is Kakao Trust & Safety, replying on your request KCSC-240911-05.

The open chat room <{K[5]}> has been permanently closed for
violating our operating policy.

Access to the following Tistory post has been restricted for users in Korea:
<https://haneul-note.tistory.com/entry/%EC%98%A4%EB%8A%98%EC%9D%98-
%EC%B6%94%EC%B2%9C-%EC%82%AC%EC%9D%B4%ED%8A%B8>

Best regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English Trust & Safety reply with URLs in angle brackets, a long one wrapped across two lines",
    why="open chat permanently closed = removed; access restricted in Korea = restricted",
    items={K[5]: "removed", K[3]: "restricted"},
)

case(
    name="kakao-untrusted-spoof",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    auth="fail",
    date="Thu, 12 Sep 2024 02:11:09 +0900",
    subject="[카카오 고객센터] KCSC-240911-05 처리 완료",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물 {K[1]} 삭제 처리가 완료되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="Kakao-looking notice failing DKIM/SPF/DMARC",
    why="authentication fails for kakaocorp.com: nothing applied",
    items=pending(K[1]),
)

case(
    name="kakao-bulk-korean",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 11:30:00 +0900",
    subject="[카카오 고객센터] 문의 #55123 해결됨",
    body="""
안녕하세요, 카카오 고객센터입니다.

KCSC-240911-05 건으로 요청하신 게시물 5건은 모두 삭제 조치 완료되었습니다.

문의가 '해결됨' 상태로 변경되었습니다. 추가 문의가 있으시면 이 메일에 회신해 주세요.
""",
    outcome="review", review="bulk",
    imitates="Korean helpdesk 'solved' notice with a blanket 모두 삭제 statement",
    why="one statement for all five items without naming them: bulk",
    items=pending(*K.values()),
)

case(
    name="kakao-csat-survey",
    **{"from": "survey@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    subject="[카카오 고객센터] 상담 만족도 조사 안내",
    body="""
안녕하세요, 카카오 고객센터입니다.

최근 문의(#55123)에 대한 상담은 만족스러우셨나요?
아래 링크에서 1분 만에 평가해 주시면 더 나은 서비스를 위해 활용하겠습니다.

https://cs.kakao.com/survey/r/8d2f61ac

본 메일은 발신 전용입니다.
""",
    outcome="review", review="no_claims",
    imitates="Freshdesk/Zendesk customer satisfaction survey after a solved ticket",
    why="trusted platform mail naming no requested item and no request reference",
    items={},
)

case(
    name="kakao-receipt-quoted-request",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 15:13:02 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (#55123)",
    reply_to_req=req_mid("KCSC-240911-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 내용이 정상적으로 접수되었습니다. (접수번호 #55123)
담당자 확인 후 순차적으로 답변드리겠습니다.

---- 접수된 문의 내용 ----
{_kreq_quote}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean helpdesk '문의 접수' auto-acknowledgement echoing the request",
    why="receipt only; the URLs are in the echoed request, no status",
    items={},
)

_orig_req = f"""From: KCSC Takedown <takedown@kcsc.example>
To: policy@kakaocorp.com
Subject: [KCSC-240911-05] 불법정보 시정요구
Date: Wed, 11 Sep 2024 15:12:00 +0900
Message-ID: <{req_mid("KCSC-240911-05")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

귀사 서비스에 게시된 아래 정보에 대하여 시정을 요구합니다.
{K[1]}
{K[2]}
{K[3]}
{K[4]}
{K[5]}
"""
case(
    name="kakao-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"},
    name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 15:14:40 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_b728_dsn"

--=_b728_dsn
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<policy@kakaocorp.com>: host mx1.kakaocorp.com[203.0.113.25] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--=_b728_dsn
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 15:12:00 +0900

Final-Recipient: rfc822; policy@kakaocorp.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.kakaocorp.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--=_b728_dsn
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_orig_req}
--=_b728_dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our request",
    why="bounce of our own request; the URLs are in the returned original",
    items={},
)

# ======================= TikTok (KCSC-240912-06, 1 item) =======================

case(
    name="tiktok-geo-restricted",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 04:20:11 +0000",
    subject="Re: KCSC-240912-06 Request to remove illegal gambling video",
    reply_to_req=req_mid("KCSC-240912-06"),
    body=f"""
Hi,

Thank you for contacting TikTok. We've reviewed the video you reported in KCSC-240912-06:
{TT}

Following our review under local law, this video is no longer available in South Korea.
It remains available in other regions.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law (geo) restriction notice to a government requester",
    why="no longer available in South Korea, available elsewhere = restricted",
    items={TT: "restricted"},
)

case(
    name="tiktok-statement-of-reasons",
    **{"from": "sor-noreply@tiktok.com"},
    name_from="TikTok",
    date="Tue, 17 Sep 2024 09:00:00 +0000",
    subject="Statement of reasons - decision SOR-2024-09-7731 (KCSC-240912-06)",
    body=f"""
Statement of reasons

Decision reference: SOR-2024-09-7731
Notice reference: KCSC-240912-06
Content: {TT}
Type of restriction: Removal of content
Territorial scope: Worldwide
Facts and circumstances: The video promotes an unlicensed online gambling service.
Ground for decision: Violation of the Community Guidelines (Gambling)
Automated means used in the decision: No

Redress: the uploader may appeal this decision in the app or at
https://www.tiktok.com/legal/report/appeal-sor
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (fields: type of restriction, territorial scope, grounds)",
    why="removal of content, worldwide = removed; the appeal link is not an item",
    items={TT: "removed"},
)

case(
    name="tiktok-zendesk-hosted-sender",
    **{"from": "support@tiktokglobal.zendesk.com"},
    name_from="TikTok Support",
    date="Sun, 15 Sep 2024 06:33:21 +0000",
    subject="[TikTok Support] Ticket #7788123 has been solved",
    body=f"""
##- Please type your reply above this line -##

Your ticket #7788123 has been solved.

Hello,

We have reviewed your report about {TT}.
The video has been removed for violating our Community Guidelines.

TikTok Support
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk-hosted helpdesk mail sent from a *.zendesk.com address instead of the platform domain",
    why="zendesk.com is not a configured TikTok sender domain: a person must check it",
    items=pending(TT),
)

case(
    name="tiktok-freshdesk-receipt-echo",
    **{"from": "support@tiktok.com"},
    name_from="TikTok Support",
    date="Thu, 12 Sep 2024 01:06:40 +0000",
    subject="Ticket Received - #7788123 KCSC-240912-06 Request to remove illegal gambling video",
    body=f"""
Hello,

We have received your request and a ticket has been created (#7788123).
A member of our team will respond within 3 business days.

Your request:
Subject: KCSC-240912-06 Request to remove illegal gambling video
Description: The Korea Communications Standards Commission requests the
removal of {TT} which promotes illegal gambling.

Please do not reply to this email.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk 'Ticket Received' auto-response echoing the submitted description",
    why="receipt; the URL appears only in our echoed request",
    items={},
)


HEADER = """# Blind set 728 (ticket systems and threads): expected results written from
# each email's meaning before the reader was run. Generated by make.py."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
