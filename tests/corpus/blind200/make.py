#!/usr/bin/env python3
"""Blind set 200: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help-Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, written from each email's meaning before any
run of the reader. Deterministic: rewrites requests.csv, cases/*.eml and
expected.toml.

    python3 tests/corpus/blind200/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind200"


def pct(url):
    """Percent-encode the non-ASCII part of a URL path, as requests.csv stores it."""
    return urllib.parse.quote(url, safe=":/?&=#@%~-._")


# ---------------------------------------------------------------- requests
X = [
    "https://x.com/lucky_spin_kr/status/1831004417260000101",
    "https://x.com/lucky_spin_kr/status/1831004417260000102",
    "https://x.com/lucky_spin_kr/status/1831004417260000103",
    "https://x.com/toto_master77/status/1831009921450000204",
    "https://x.com/toto_master77/status/1831009921450000205",
    "https://x.com/betking_official/status/1831012870330000306",
    "https://x.com/betking_official/status/1831012870330000307",
    "https://x.com/casino_night_kr/status/1831018865110000408",
    "https://x.com/casino_night_kr/status/1831018865110000409",
    "https://x.com/jackpot_alert/status/1831020004980000510",
    "https://x.com/jackpot_alert/status/1831020004980000511",
    "https://x.com/slot_holic/status/1831027739040000612",
]
TG = [
    "https://t.me/nightpharm_kr/1184",
    "https://t.me/nightpharm_kr/1190",
    "https://t.me/icebox_delivery",
    "https://t.me/icebox_delivery/57",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3rT8vLk2a",
    "https://www.youtube.com/watch?v=Zp9wXc4Hn1e",
    "https://www.youtube.com/@fastcash_tips",
]
NV = [
    "https://blog.naver.com/wintertoto/223560011111",
    "https://blog.naver.com/wintertoto/223560022222",
    "https://cafe.naver.com/moneytalk24/8801",
    "https://cafe.naver.com/moneytalk24/8812",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40102&docId=471234567",
]
KK_RAW = [
    "https://luckyroad.tistory.com/entry/사설-토토-추천",
    "https://luckyroad.tistory.com/entry/가입-코드",
    "https://cafe.daum.net/bettingclub/Xk2P/315",
    "https://cafe.daum.net/bettingclub/Xk2P/322",
]
KK = [pct(u) for u in KK_RAW]
DC = [
    "https://discord.com/channels/1089234567812345678/1089234567899999001/1282345678901234567",
    "https://discord.gg/freebetkr",
]
XS = ["https://x.com/pill_express_kr/status/1833500412880000777"]

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X, "gambling",
     "Illegal online gambling promotion, 6 accounts"),
    ("KCSC-240904-02", "telegram", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00", TG, "drugs",
     "Drug sales channels"),
    ("KCSC-240905-03", "youtube", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", YT, "fraud",
     "Loan fraud videos and channel"),
    ("KCSC-240906-04", "naver", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", NV, "gambling",
     "Blog, cafe and Knowledge iN posts"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-20T18:00:00+09:00", KK, "gambling",
     "Tistory and Daum cafe posts"),
    ("KCSC-240910-06", "discord", "2024-09-10T10:00:00+09:00", "2024-09-20T18:00:00+09:00", DC, "gambling",
     "Server message and invite"),
    ("KCSC-240911-07", "x", "2024-09-11T10:00:00+09:00", "2024-09-20T18:00:00+09:00", XS, "drugs",
     "Single post selling pills"),
]


def mid(ref):
    return f"request.{ref}.1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def our_request_en(ref, urls, platform):
    lines = [
        f"Dear {platform} team,",
        "",
        "The Korea Communications Standards Commission requests the removal of",
        f"the following content under reference {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please let us know the action taken for each URL.", "", "KCSC Takedown Desk"]
    return lines


def enc(text):
    """RFC 2047 encoded-word, as most Korean mail clients write Korean headers."""
    return Header(text, "utf-8").encode()


def gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


S = {}  # status shorthand
R, RS, RJ, NF, P = "removed", "restricted", "rejected", "not_found", "pending"

CASES = []


def case(**c):
    CASES.append(c)


ZD_LINE = "##- Please type your reply above this line -##"

# =============================================================== APPLIED
case(
    name="x-zendesk-solved-mixed",
    from_="support@x.com", name_from="X Support",
    date="Mon, 09 Sep 2024 03:14:52 +0000",
    subject="[X Support] Re: KCSC-240903-01 Request #0918-22871",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""{ZD_LINE}

Your request (#0918-22871) has been updated. To add additional comments,
reply to this email.

----------------------------------------------

Jamie R. (X Legal Operations)

Sep 8, 2024, 20:14 PDT

Hello,

We have looked into the posts in your request KCSC-240903-01.

We removed the following posts because they violate the X Rules on
illegal or certain regulated goods and services:

  - {X[0]}
  - {X[1]}

The following post has been withheld in South Korea in response to your
legal demand. It remains available elsewhere:

  - {X[3]}

We did not take action on {X[4]} because, based on the
information provided, it does not violate the X Rules or applicable law.

The remaining posts in your request are still with our team.

You can read more about our rules at https://help.x.com/en/rules-and-policies/x-rules

Thanks,
X Legal Operations

----------------------------------------------

This email is a service from X Support.
[8KQ2LD-7PRZ]
""",
    outcome="applied", classification="confirmation",
    items={X[0]: R, X[1]: R, X[3]: RS, X[4]: RJ},
    imitates="Zendesk-style agent update from X Support (reply-above-this-line, request number, agent name and time)",
    why="Per-URL bulleted outcomes: two removed, one withheld in KR, one no violation; the rest 'still with our team' is unnamed",
)

case(
    name="x-thread-followup-status-below",
    from_="support@x.com", name_from="X Support",
    date="Thu, 12 Sep 2024 06:40:11 +0000",
    subject="[X Support] Re: KCSC-240903-01 Request #0918-22871",
    reply_to_req=mid("KCSC-240903-01"),
    extra_headers=["X-Ticket-Id: 0918-22871"],
    body=f"""{ZD_LINE}

Jamie R. (X Legal Operations)

Sep 11, 2024, 23:40 PDT

Hi again,

Following up on our earlier message, here is where the rest of the posts
from this request ended up:

{X[5]}
Status: Withheld in South Korea

{X[6]}
Status: Withheld in South Korea

{X[7]}
Status: Not found. The URL no longer resolves to a post.

{X[8]}
Status: No violation found, no action taken

Best,
X Legal Operations

This email is a service from X Support.
""",
    outcome="applied", classification="confirmation",
    items={X[5]: RS, X[6]: RS, X[7]: NF, X[8]: RJ},
    imitates="Follow-up comment in the same Zendesk thread, bare URL then 'Status:' on the line below",
    why="Second answer in the thread: two withheld in KR, one not found, one no violation",
)

x_tbl_text = f"""Hello,

Please see the outcome of your report below.

Reported URL | Action | Scope
{X[9]} | Removed | Global
{X[10]} | Withheld | South Korea
{X[11]} | No action (not in violation) | -

Regards,
X Legal
"""
x_tbl_html = f"""<html><body>
<p>Hello,</p>
<p>Please see the outcome of your report below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>No action (not in violation)</td><td>-</td></tr>
</table>
<p>Regards,<br>X Legal</p>
</body></html>
"""
case(
    name="x-html-table-alternative",
    from_="legal@x.com", name_from="X Legal",
    date="Fri, 13 Sep 2024 01:02:33 +0000",
    subject="Re: KCSC-240903-01 outcome",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b200-alt-1"

--b200-alt-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{x_tbl_text}
--b200-alt-1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{x_tbl_html}
--b200-alt-1--
""",
    outcome="applied", classification="confirmation",
    items={X[9]: R, X[10]: RS, X[11]: RJ},
    imitates="Legal-desk reply with an HTML outcome table (URL, action, scope) and a plain-text twin",
    why="Table rows: removed globally, withheld in South Korea, no action (not in violation)",
)

csv_rows = [
    ("url", "action", "country", "notes"),
    (X[0], "removed", "ALL", "Illegal or regulated goods"),
    (X[1], "removed", "ALL", "Illegal or regulated goods"),
    (X[2], "removed", "ALL", "Illegal or regulated goods"),
    (X[3], "withheld", "KR", "Local law"),
    (X[4], "no action", "", "No violation found"),
    (X[5], "withheld", "KR", "Local law"),
    (X[6], "withheld", "KR", "Local law"),
    (X[7], "not found", "", "Post does not exist"),
    (X[8], "no action", "", "No violation found"),
    (X[9], "removed", "ALL", "Illegal or regulated goods"),
    (X[10], "withheld", "KR", "Local law"),
    (X[11], "removed", "ALL", "Illegal or regulated goods"),
]
_b = io.StringIO()
csv.writer(_b, lineterminator="\r\n").writerows(csv_rows)
case(
    name="x-csv-attachment-all",
    from_="legal@x.com", name_from="X Legal",
    date="Mon, 16 Sep 2024 08:20:00 +0000",
    subject="KCSC-240903-01 - outcome report (12 URLs)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b200-mix-1"

--b200-mix-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome report for your request KCSC-240903-01, one row
per reported URL. "withheld" means the post is not visible from South
Korea; "no action" means we found no violation.

X Legal

--b200-mix-1
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_b.getvalue())}
--b200-mix-1--
""",
    outcome="applied", classification="confirmation",
    items={X[0]: R, X[1]: R, X[2]: R, X[3]: RS, X[4]: RJ, X[5]: RS, X[6]: RS, X[7]: NF,
           X[8]: RJ, X[9]: R, X[10]: RS, X[11]: R},
    imitates="Outcome report exported from a case tool as a base64 CSV attachment, one row per URL",
    why="Every row of the largest request has an action: removed, withheld KR, no action, not found",
)

case(
    name="x-single-item-no-url",
    from_="legal@x.com", name_from="X Legal",
    date="Thu, 12 Sep 2024 23:05:41 +0000",
    subject="Re: [KCSC-240911-07] Request to remove illegal content",
    reply_to_req=mid("KCSC-240911-07"),
    body="""Hello,

Thank you for your report. After review, the reported post has been
removed for violating our policy on illegal or certain regulated goods
and services.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    items={XS[0]: R},
    imitates="Short legal-desk reply that names no URL, answering a one-item request in its thread",
    why="Request of one item; 'the reported post has been removed' is its sole statement",
)

x_reminder = [
    "Dear X team,",
    "",
    "Our request KCSC-240903-01 of 3 September is past its deadline. The",
    "following URLs are still pending on our side:",
    "",
] + [f"- {u}" for u in (X[2], X[7], X[8], X[11])] + [
    "",
    "Please tell us what action was taken on each.",
    "",
    "KCSC Takedown Desk",
]
case(
    name="x-reply-to-reminder-gmail",
    from_="jamie.r@x.com", name_from="Jamie R.",
    date="Tue, 17 Sep 2024 02:31:09 +0000",
    subject="Re: Reminder: KCSC-240903-01 overdue",
    reply_to_req="reminder.KCSC-240903-01.1",
    body=f"""Apologies for the delay. Of the posts still open on our side,
{X[7]} is now withheld in South Korea and
{X[11]} has been removed. The others in your
list were answered in our reply of September 9.

Jamie

On Mon, Sep 16, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(x_reminder)}
""",
    outcome="applied", classification="confirmation",
    items={X[7]: RS, X[11]: R, X[2]: P, X[8]: P},
    imitates="Agent's top-posted Gmail reply to our reminder, with the reminder quoted below",
    why="Two URLs get statements; the other two are only in the quoted reminder and a vague back-reference",
)

case(
    name="tg-abuse-desk-case",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 11:48:20 +0000",
    subject="Re: KCSC-240904-02 - Case #4471902",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""Hello,

Thank you for the report (Case #4471902).

We have blocked the channel {TG[2]} for selling illegal drugs.
It is no longer accessible, and this includes the post
{TG[3]}.

The posts {TG[0]} and {TG[1]} were
removed by our moderators.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    items={TG[0]: R, TG[1]: R, TG[2]: R, TG[3]: R},
    imitates="Telegram abuse-desk reply with a case number, channel blocked and posts removed",
    why="Channel blocked (removed), its post explicitly included, two posts removed",
)

case(
    name="tg-case-followup-author-deleted",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 07:15:02 +0000",
    subject="Case #4471902 update",
    body=f"""Hello again,

An update on Case #4471902 (your reference KCSC-240904-02).

{TG[0]} was taken down today.

{TG[1]} no longer existed when our moderators
reached it: the channel admin had already deleted it.

We are still looking at the @icebox_delivery channel and will write again.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    items={TG[0]: R, TG[1]: NF, TG[2]: P},
    imitates="Follow-up in a Telegram abuse case, one post taken down, one already deleted by its admin",
    why="Taken down = removed; deleted by the channel admin before review = not_found; channel still under review",
)

case(
    name="tg-numbered-no-scheme",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 09:02:44 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req=mid("KCSC-240904-02"),
    body="""Hi,

Results for your report:

1. t.me/nightpharm_kr/1184 - deleted
2. t.me/nightpharm_kr/1190 - deleted
3. t.me/icebox_delivery - channel restricted for users in South Korea
4. t.me/icebox_delivery/57 - not found

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    items={TG[0]: R, TG[1]: R, TG[2]: RS, TG[3]: NF},
    imitates="Terse numbered abuse-desk answer with links written without https://",
    why="Each numbered line states one result; a geo restriction of the channel is restricted",
)

case(
    name="tg-top-posted-over-request",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 13:27:50 +0000",
    subject="Re: [KCSC-240904-02] Removal request",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""Done: {TG[3]} is removed.

The channel itself stays up. We checked the channel page and its
description and found nothing there that breaks our Terms of Service.

-- 
Telegram Abuse Team

On Wed, 4 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{gt(our_request_en("KCSC-240904-02", TG, "Telegram"))}
""",
    outcome="applied", classification="confirmation",
    items={TG[3]: R, TG[2]: RJ, TG[0]: P, TG[1]: P},
    imitates="Short top-posted reply above the quoted original request",
    why="One post removed; the channel stays up for lack of violation (rejected); the other two only in the quote",
)

case(
    name="yt-legal-outcome-headings",
    from_="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 04:55:10 +0000",
    subject="Re: [KCSC-240905-03] Removal request [3-1288000034512]",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""Hello,

Thanks for reaching out to YouTube. We've reviewed the content you
reported under KCSC-240905-03.

We've removed the following content from YouTube for violating our
Community Guidelines:
- {YT[0]}

We've blocked the following content from view in South Korea based on
local law:
- {YT[1]}

We did not take action on the following content, as we found no
violation of our policies and no basis to block it locally:
- {YT[2]}

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    items={YT[0]: R, YT[1]: RS, YT[2]: RJ},
    imitates="YouTube legal-removal outcome email with headings followed by bulleted URLs",
    why="Heading then URL below: removed, blocked in KR (restricted), no action (rejected)",
)

yt_qp_text = f"""Hello,

Following up on ticket [3-1288000034512] (your reference KCSC-240905-03).

After a second review we've applied an age restriction to {YT[1]}. Viewers must now be signed in and over 18 to watch it.

The channel {YT[2]} has been terminated for repeated violations of our spam, deceptive practices and scams policy.

The YouTube Team
"""
case(
    name="yt-qp-age-restriction",
    from_="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 02:10:00 +0000",
    subject="Re: [KCSC-240905-03] Removal request [3-1288000034512]",
    reply_to_req=mid("KCSC-240905-03"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_qp_text)}
""",
    outcome="applied", classification="confirmation",
    items={YT[1]: RS, YT[2]: R},
    imitates="Quoted-printable follow-up on a YouTube legal ticket: age restriction and channel termination",
    why="Age-restricted = restricted; channel terminated = removed",
)

case(
    name="yt-ack-phrase-then-results",
    from_="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 08:45:37 +0000",
    subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req=mid("KCSC-240905-03"),
    body="""Hello,

Thank you for contacting us. We received your report and have completed
our review.

<https://www.youtube.com/watch?v=Qm3rT8vLk2a> has been removed for
violating our policy on scams.

<https://www.youtube.com/watch?v=Zp9wXc4Hn1e> has been actioned under our policies.

If you have questions, you can visit
<https://support.google.com/youtube/answer/2801973>.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    items={YT[0]: R, YT[1]: R},
    imitates="Reply that opens with a receipt phrase and then gives results, URLs in angle brackets",
    why="Receipt phrase plus unhedged statements: not an acknowledgement; removed and 'actioned' (removed)",
)

case(
    name="yt-help-links-not-items",
    from_="noreply-legal@youtube.com", name_from="YouTube",
    date="Mon, 16 Sep 2024 05:00:12 +0000",
    subject="Update on your YouTube legal request [3-1288000034512]",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""Hi,

The video {YT[1]} has been removed.

To learn how we handle government requests, see
https://support.google.com/youtube/answer/2801964 and our transparency
report at https://transparencyreport.google.com/government-removals.
To send another request, use https://support.google.com/legal/answer/3110420.

- The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    items={YT[1]: R},
    imitates="Ticket update with one result and several help-centre and transparency-report links",
    why="Only the video is an item; the help, transparency and form links are not",
)

naver_list = f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240906-04)에 대한 처리 결과를 안내드립니다.

1. {NV[0]}
   → 게시중단 처리 완료
2. {NV[1]}
   → 블라인드 처리
3. {NV[2]}
   → 임시조치(30일)
4. {NV[3]}
   → 게시자가 이미 삭제한 게시물로 확인됩니다.
5. {NV[4]}
   → 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 조치하지 않았습니다.

추가 문의 사항은 본 메일에 회신해 주시기 바랍니다.
감사합니다.

네이버 고객센터 드림
"""
case(
    name="naver-ticket-korean-list",
    from_="help@naver.com", name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 06:12:00 +0000",
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240906-04)"),
    reply_to_req=mid("KCSC-240906-04"),
    body=naver_list,
    outcome="applied", classification="confirmation",
    items={NV[0]: R, NV[1]: R, NV[2]: RS, NV[3]: NF, NV[4]: RJ},
    imitates="NAVER 고객센터 answer to a ticket, numbered URLs with the result on the next line",
    why="게시중단, 블라인드 = removed; 임시조치 = restricted; deleted by its author = not_found; no violation = rejected",
)

naver_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240906-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>삭제</td><td>2024.09.10</td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>삭제</td><td>2024.09.10</td></tr>
<tr><td>3</td><td>{NV[2]}</td><td>접속차단</td><td>2024.09.10</td></tr>
<tr><td>4</td><td>{NV[3]}</td><td>삭제</td><td>2024.09.11</td></tr>
</table>
<p>네이버 정책지원팀</p>
</body></html>
"""
case(
    name="naver-html-table-base64",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Wed, 11 Sep 2024 07:30:00 +0000",
    subject="[회신] 시정요구 조치결과 (KCSC-240906-04)",
    reply_to_req=mid("KCSC-240906-04"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(naver_html)}
""",
    outcome="applied", classification="confirmation",
    items={NV[0]: R, NV[1]: R, NV[2]: RS, NV[3]: R},
    imitates="Korean 시정요구 조치결과 table in a base64-encoded HTML body",
    why="삭제 = removed, 접속차단 = restricted; the fifth URL is not in the table",
)

naver_req_ko = [
    "From: KCSC Takedown <takedown@kcsc.example>",
    "Sent: Friday, September 6, 2024 10:00 AM",
    "To: policy@navercorp.com",
    "Subject: [KCSC-240906-04] 불법정보 시정요구",
    "",
    "귀사 서비스에 게시된 아래 정보에 대하여 삭제를 요청합니다.",
    "",
] + [f"{i}. {u}" for i, u in enumerate(NV, 1)] + ["", "방송통신심의위원회"]
case(
    name="naver-outlook-followup",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Thu, 12 Sep 2024 02:44:18 +0000",
    subject="RE: [KCSC-240906-04] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""추가로 안내드립니다.

지난 회신에서 확인 중이던 {NV[3]} 게시물은
카페 운영자 삭제 처리되었습니다.

NAVER 정책지원팀 드림

-----Original Message-----
""" + "\n".join(naver_req_ko) + "\n",
    outcome="applied", classification="confirmation",
    items={NV[3]: R},
    imitates="Outlook top-posted follow-up over the unquoted original request (-----Original Message-----)",
    why="운영자 삭제 = removed for the one cafe post; the other URLs are only in our own request below",
)

naver_qp_text = f"""안녕하세요, 네이버입니다.

요청하신 지식iN 게시물({NV[4]})은 비공개 처리되었습니다.

또한 {NV[0]} 게시물은 국내 접근 제한 조치하였습니다.

감사합니다.
"""
case(
    name="naver-qp-long-query-url",
    from_="help@naver.com", name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 05:05:05 +0000",
    subject="Re: [KCSC-240906-04] 처리 결과",
    reply_to_req=mid("KCSC-240906-04"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(naver_qp_text)}
""",
    outcome="applied", classification="confirmation",
    items={NV[4]: R, NV[0]: RS},
    imitates="Quoted-printable Korean reply; the query-string URL is =3D-encoded and soft-wrapped",
    why="비공개 처리 = removed; 국내 접근 제한 = restricted; URL inside parentheses followed by 은",
)

naver_reminder = [
    "네이버 담당자님께,",
    "",
    "KCSC-240906-04 요청 건 중 아래 게시물의 처리 결과를 아직 받지 못했습니다.",
    "",
    f"- {NV[3]}",
    f"- {NV[4]}",
    "",
    "방송통신심의위원회 불법정보 삭제요청 담당",
]
case(
    name="naver-reply-to-reminder",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Thu, 19 Sep 2024 01:20:00 +0000",
    subject="Re: [독촉] KCSC-240906-04 처리 결과 요청",
    reply_to_req="reminder.KCSC-240906-04.1",
    body=f"""안녕하세요.
미처리로 남아 있던 2건의 처리 결과입니다. 추석 연휴로 회신이 늦어 죄송합니다.

- {NV[3]} : 삭제
- {NV[4]} : 접속 차단(국내)

감사합니다.

2024년 9월 13일 (금) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{gt(naver_reminder)}
""",
    outcome="applied", classification="confirmation",
    items={NV[3]: R, NV[4]: RS},
    imitates="Korean Gmail-style reply to our reminder (님이 작성:) with the reminder quoted",
    why="삭제 = removed; 접속 차단(국내) = restricted",
)

case(
    name="kakao-tistory-particles",
    from_="right@kakaocorp.com", name_from=enc("카카오 권리침해신고센터"),
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject=enc("[카카오] 게시물 조치 결과 안내 (KCSC-240909-05)"),
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물의 조치 결과를 안내드립니다.

{KK_RAW[0]} 게시글은 운영정책 위반으로 삭제하였습니다.
{KK_RAW[1]} 게시글은 임시조치(30일간 접근 차단)하였습니다.

{KK_RAW[2]}는 블라인드 처리되었고, {KK_RAW[3]}는
작성자가 이미 삭제한 게시물입니다.

카카오 드림
""",
    outcome="applied", classification="confirmation",
    items={KK[0]: R, KK[1]: RS, KK[2]: R, KK[3]: NF},
    imitates="Kakao 권리침해신고센터 result notice with raw Korean Tistory slugs and particles glued to URLs",
    why="삭제 = removed, 임시조치 = restricted, 블라인드 = removed, deleted by its author = not_found",
)

case(
    name="kakao-jira-fullwidth",
    from_="servicedesk@kakaocorp.com", name_from="Kakao Service Desk",
    date="Fri, 13 Sep 2024 04:33:21 +0000",
    subject="[KKO-SD-2291] 요청이 해결되었습니다",
    extra_headers=["X-JIRA-FingerPrint: 4f1b2c0e9d8a7b6c5d4e3f2a1b0c9d8e"],
    body=f"""—— 회신하려면 이 줄 위에 입력하세요 ——

요청 KKO-SD-2291 (KCSC-240909-05)의 상태가 '해결됨'으로 변경되었습니다.

박지훈 님이 댓글을 남겼습니다:

신고하신 다음 카페 게시물（{KK_RAW[3]}）은 카페 운영자 삭제 처리되었습니다。
티스토리 게시물 2건은 현재 검토 중이며, 결과는 별도로 안내드리겠습니다.

요청 보기: https://kakao-sd.kakaocorp.com/servicedesk/customer/portal/3/KKO-SD-2291
""",
    outcome="applied", classification="confirmation",
    items={KK[3]: R, KK[0]: P, KK[1]: P},
    imitates="Jira Service Management customer notification in Korean: status resolved plus an agent comment",
    why="URL inside full-width parentheses, 운영자 삭제 = removed; the two Tistory posts are under review; portal link is no item",
)

kk_csv_rows = [
    ("번호", "URL", "처리결과", "처리일자"),
    ("1", KK[0], "삭제", "2024-09-12"),
    ("2", KK[1], "삭제", "2024-09-12"),
    ("3", KK[2], "임시조치", "2024-09-12"),
    ("4", KK[3], "게시물 없음", "2024-09-12"),
]
_k = io.StringIO()
csv.writer(_k, lineterminator="\r\n").writerows(kk_csv_rows)
case(
    name="kakao-csv-korean-headers",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Mon, 23 Sep 2024 01:00:00 +0000",
    subject="[카카오] KCSC-240909-05 처리결과 회신",
    reply_to_req=mid("KCSC-240909-05"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b200-mix-2"

--b200-mix-2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오입니다.
KCSC-240909-05 요청 건의 처리결과를 첨부 파일로 회신드립니다.

--b200-mix-2
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240909-05.csv"
Content-Disposition: attachment; filename="result_KCSC-240909-05.csv"
Content-Transfer-Encoding: base64

{b64(chr(0xFEFF) + _k.getvalue())}
--b200-mix-2--
""",
    outcome="applied", classification="confirmation",
    items={KK[0]: R, KK[1]: R, KK[2]: RS, KK[3]: NF},
    imitates="Korean CSV result file (BOM, Korean column names, percent-encoded URLs) attached to a short note",
    why="삭제 = removed, 임시조치 = restricted, 게시물 없음 = not_found",
)

case(
    name="discord-zendesk-partial",
    from_="noreply@discord.com", name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 19:02:40 +0000",
    subject="[Discord] Re: Report KCSC-240910-06 (Ticket #38124455)",
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""{ZD_LINE}

Robin (Discord Trust & Safety)

Sep 12, 2024, 12:02 PDT

Hi there,

Thanks for your patience. We've reviewed the message you reported:
{DC[0]}

We removed this message and took action against the account that
posted it.

Regarding the invite link {DC[1]}, our team is still
looking into the server it points to. We'll follow up once that review
is complete.

Best,
Robin
Discord Trust & Safety

This email is a service from Discord.
""",
    outcome="applied", classification="confirmation",
    items={DC[0]: R, DC[1]: P},
    imitates="Discord Trust & Safety (Zendesk) partial answer: message removed, invite still under review",
    why="URL on the line below 'the message you reported', then 'We removed this message'; the invite is still being looked at",
)

case(
    name="discord-solved-invite-invalid",
    from_="noreply@discord.com", name_from="Discord Trust & Safety",
    date="Tue, 17 Sep 2024 21:40:05 +0000",
    subject="[Discord] Your request (#38124455) has been solved",
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""Your request (#38124455) has been solved. If you believe it isn't,
simply reply to this email to reopen it.

Robin (Discord Trust & Safety)

Sep 17, 2024, 14:40 PDT

Hello again,

We followed up on the invite {DC[1]} from your report. The invite is
invalid or has expired, and we could not find any server associated
with it, so there is nothing further for us to act on.

Best,
Robin

How would you rate the support you received?
Good, I'm satisfied: https://support.discord.com/requests/38124455/satisfaction/good
Bad, I'm unsatisfied: https://support.discord.com/requests/38124455/satisfaction/bad
""",
    outcome="applied", classification="confirmation",
    items={DC[1]: NF},
    imitates="Zendesk 'has been solved' notification with the last agent comment and a satisfaction survey",
    why="Invalid/expired invite and no server found = not_found; the survey links are not items",
)

case(
    name="x-echoed-report-outcome",
    from_="support@x.com", name_from="X Support",
    date="Wed, 11 Sep 2024 15:00:00 +0000",
    subject="Your report 0918-22871 has been reviewed",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Report ID: 0918-22871
Submitted by: KCSC Takedown Desk
Your reference: KCSC-240903-01

Reported content:
  {X[3]}
  {X[4]}

Outcome:
  {X[3]} - Content removed
  {X[4]} - No violation

If you disagree with this outcome, you can reply to this email.
""",
    outcome="applied", classification="confirmation",
    items={X[3]: R, X[4]: RJ},
    imitates="Ticket-system result that echoes the submitted report before the per-URL outcome",
    why="The echoed list says nothing; the Outcome lines give removed and no violation",
)

# the platform writes a mixed answer: one removed, one refused with its reason
case(
    name="tg-refusal-with-reason",
    from_="dsa@telegram.org", name_from="Telegram",
    date="Fri, 06 Sep 2024 12:00:00 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""Hello,

Regarding {TG[2]}: this is a public channel and we reviewed its recent
posts. We have not found content that violates the Telegram Terms of
Service, so the channel will stay available.

Regarding {TG[3]}: this post has been deleted.

Telegram
""",
    outcome="applied", classification="confirmation",
    items={TG[2]: RJ, TG[3]: R},
    imitates="Telegram reply giving a refusal with its reason for a channel and a deletion for a post",
    why="No violation found, channel stays = rejected; post deleted = removed",
)

case(
    name="naver-cafe-bare-urls-korean",
    from_="help@naver.com", name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 03:00:00 +0000",
    subject="[네이버 고객센터] 카페 게시물 처리 안내",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

{NV[2]}
해당 게시물은 불법 도박 홍보로 확인되어 게시중단되었습니다.

{NV[3]}
요청하신 게시물은 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={NV[2]: R, NV[3]: NF},
    imitates="NAVER cafe customer-centre answer, bare URL then a Korean sentence on the line below",
    why="게시중단 = removed; 존재하지 않는 게시물 = not_found",
)

# =============================================================== REVIEW
case(
    name="x-promise-escalated",
    from_="support@x.com", name_from="X Support",
    date="Fri, 06 Sep 2024 16:20:00 +0000",
    subject="[X Support] Re: KCSC-240903-01 Request #0918-22871",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""{ZD_LINE}

Sam K. (X Support)

Sep 6, 2024, 09:20 PDT

Hello,

Thanks for your report. We've escalated the posts below to our legal
team, who will review them and take appropriate action where needed:

{X[0]}
{X[1]}

We'll get back to you once the review is complete.

X Support
""",
    outcome="review", review="not_understood",
    items={X[0]: P, X[1]: P},
    imitates="Zendesk agent update saying the posts were escalated and will be reviewed",
    why="Names two requested URLs but only promises a review: nothing to apply",
)

case(
    name="tg-hedge-appears-removed",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 06:06:06 +0000",
    subject="Re: KCSC-240904-02 - Case #4471902",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""Hello,

It appears that {TG[0]} and {TG[1]}
may have been removed already, possibly by the channel owners. We are
checking this and will confirm.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    items={TG[0]: P, TG[1]: P},
    imitates="Abuse-desk reply hedging ('it appears', 'may have been') about two posts",
    why="Hedged, unconfirmed: items stay pending",
)

case(
    name="x-bulk-all-actioned",
    from_="support@x.com", name_from="X Support",
    date="Sat, 14 Sep 2024 00:30:00 +0000",
    subject="[X Support] Your request #0918-22871 has been solved (KCSC-240903-01)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""{ZD_LINE}

Your request (#0918-22871) has been solved. To reopen it, reply to this
email.

Jamie R. (X Legal Operations)

Hello,

All of the posts reported in your request have now been actioned.
We are closing this ticket.

X Legal Operations
""",
    outcome="review", review="bulk",
    items={u: P for u in X},
    imitates="Zendesk 'solved' notification with one sentence covering every post of a 12-item request",
    why="'All of the posts ... actioned' names none of the twelve: bulk, to be checked by a person",
)

case(
    name="naver-bulk-korean",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 08:08:08 +0000",
    subject="RE: [KCSC-240906-04] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240906-04"),
    body="""안녕하세요. NAVER 정책지원팀입니다.

요청하신 게시물 5건은 모두 게시중단 조치하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    items={u: P for u in NV},
    imitates="Korean one-line answer covering every item of a 5-item request ('모두 게시중단')",
    why="Statement about all five without naming any: bulk",
)

case(
    name="x-dkim-fail",
    from_="legal@x.com", name_from="X Legal", auth="fail",
    date="Sun, 08 Sep 2024 11:11:11 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hello,

{X[0]} has been removed.
{X[5]} has been withheld in South Korea.

X Legal
""",
    outcome="review", review="untrusted",
    items={X[0]: P, X[5]: P},
    imitates="Plain X legal reply whose DKIM/SPF/DMARC checks failed",
    why="Clear statements, but the sender domain failed authentication",
)

case(
    name="discord-zendesk-host-domain",
    from_="support@discordapp.zendesk.com", name_from="Discord Support",
    date="Wed, 11 Sep 2024 17:45:00 +0000",
    subject="[Discord] Re: Report KCSC-240910-06 (Ticket #38124455)",
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""{ZD_LINE}

Hi there,

We removed the message you reported
({DC[0]}).

Discord Support
""",
    outcome="review", review="unknown_sender",
    items={DC[0]: P},
    imitates="Ticket reply sent from the help-desk vendor's hosted subdomain instead of the platform's domain",
    why="zendesk.com is not a Discord sender domain: a person must check it",
)

case(
    name="kakao-about-naver-url",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 06:00:00 +0000",
    subject="[카카오] 요청 대상 확인 안내",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

귀 위원회에서 보내주신 메일에 포함된 {NV[1]}
게시물은 네이버 블로그 게시물로 당사 서비스가 아닙니다.
참고로 확인 시점 기준 해당 게시물은 이미 삭제되어 존재하지 않습니다.

카카오 드림
""",
    outcome="review", review="wrong_platform",
    items={NV[1]: P},
    imitates="Korean portal pointing out a URL belongs to another portal, remarking on its state",
    why="Kakao states the state of a NAVER item: not Kakao's to state",
)

case(
    name="kakao-jira-asks-more",
    from_="servicedesk@kakaocorp.com", name_from="Kakao Service Desk",
    date="Tue, 10 Sep 2024 02:02:02 +0000",
    subject="[KKO-SD-2291] 추가 정보가 필요합니다",
    extra_headers=["X-JIRA-FingerPrint: 4f1b2c0e9d8a7b6c5d4e3f2a1b0c9d8e"],
    body=f"""—— 회신하려면 이 줄 위에 입력하세요 ——

요청 KKO-SD-2291 (KCSC-240909-05)의 상태가 '고객 응답 대기'로 변경되었습니다.

박지훈 님이 댓글을 남겼습니다:

신고하신 아래 티스토리 게시물 2건에 대해 불법성 판단 근거(관련 법 조항)와
시정요구 공문을 첨부해 주시면 검토를 진행하겠습니다.

- {KK_RAW[0]}
- {KK_RAW[1]}

요청 보기: https://kakao-sd.kakaocorp.com/servicedesk/customer/portal/3/KKO-SD-2291
""",
    outcome="review", review="asks_more", classification="request_for_info",
    items={KK[0]: P, KK[1]: P},
    imitates="Jira Service Management 'waiting for customer' notification asking for the legal basis",
    why="The platform asks for documents before reviewing two posts",
)

case(
    name="x-conditional-counter-notice",
    from_="legal@x.com", name_from="X Legal",
    date="Mon, 09 Sep 2024 22:00:00 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hello,

We have notified the account holder about {X[5]} and
{X[6]}. If we receive no counter-notice within 10 business
days, both posts will be withheld in South Korea.

X Legal
""",
    outcome="review", review="not_understood",
    items={X[5]: P, X[6]: P},
    imitates="Legal reply describing a notice-and-wait step with a conditional future withholding",
    why="Condition and future tense: no statement yet",
)

case(
    name="x-internal-forward",
    from_="jamie.r@x.com", name_from="Jamie R.",
    date="Fri, 13 Sep 2024 09:09:09 +0000",
    subject="Fwd: KCSC-240903-01 results",
    body=f"""Hi KCSC team,

Forwarding the answer from our legal team below, as requested.

Jamie

---------- Forwarded message ---------
From: X Legal <legal@x.com>
Date: Thu, Sep 12, 2024 at 4:15 PM
Subject: KCSC-240903-01 results
To: Jamie R. <jamie.r@x.com>

{X[9]} removed.
{X[10]} withheld in South Korea.
""",
    outcome="review", review="forwarded", classification="forwarded",
    items={X[9]: P, X[10]: P},
    imitates="Platform employee forwarding an internal answer (Gmail '---------- Forwarded message ---------')",
    why="The statements sit in a forwarded message, not in the sender's own words",
)

case(
    name="yt-portal-notice-no-claims",
    from_="legal-notices@google.com", name_from="Google Legal",
    date="Thu, 19 Sep 2024 00:00:00 +0000",
    subject="Changes to how we receive government removal requests",
    body="""Hello,

From 1 October 2024, government agencies should submit requests to
remove content from Google products, including YouTube, through the
Government Requests portal. Requests sent to our legal email addresses
will still be answered during a transition period.

Portal: https://support.google.com/legal/answer/3110420

Thank you,
Google Legal
""",
    outcome="review", review="no_claims",
    imitates="Process-change notice from a platform's legal team to authorities",
    why="Trusted platform mail that names no item and references no request",
)

# =============================================================== IGNORED
case(
    name="x-zendesk-receipt",
    from_="support@x.com", name_from="X Support",
    date="Tue, 03 Sep 2024 01:05:00 +0000",
    subject="[X Support] Re: KCSC-240903-01 Request #0918-22871",
    reply_to_req=mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""{ZD_LINE}

Your request (#0918-22871) has been received and is being reviewed by
our support staff.

To add additional comments, reply to this email.

This email is a service from X Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk default 'Your request has been received' receipt",
    why="Pure receipt with a ticket number, nothing about items",
)

case(
    name="naver-receipt-korean",
    from_="help@naver.com", name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 01:30:00 +0000",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409060731)",
    reply_to_req=mid("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 고객센터입니다.

문의하신 내용이 정상적으로 접수되었습니다.
접수번호: 2409060731
담당자 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean customer-centre ticket receipt (접수번호, 영업일 기준 답변 예정)",
    why="Receipt only",
)

case(
    name="tg-receipt-quotes-request",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Wed, 04 Sep 2024 01:02:03 +0000",
    subject="Re: [KCSC-240904-02] Removal request - Case #4471902",
    reply_to_req=mid("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""Thank you, your report has been received and logged as Case #4471902.
Our moderators will look at it. Please keep the case number in the
subject line of any further message.

Your message:
{gt(our_request_en("KCSC-240904-02", TG, "Telegram"))}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Automatic case-number receipt that quotes the submitted report",
    why="Receipt; the URLs appear only in the quoted request",
)

case(
    name="discord-out-of-office",
    from_="robin.t@discord.com", name_from="Robin T.",
    date="Fri, 13 Sep 2024 16:00:00 +0000",
    subject="Automatic reply: [Discord] Re: Report KCSC-240910-06 (Ticket #38124455)",
    reply_to_req=mid("KCSC-240910-06"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thanks for your email. I'm out of the office until Monday 23 September
with limited access to email. For anything urgent about an open report,
please write to the Trust & Safety queue and a colleague will pick it up.

Robin
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="Out-of-office auto-reply",
)

case(
    name="naver-chuseok-ooo",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Mon, 16 Sep 2024 00:10:00 +0000",
    subject="[자동응답] 추석 연휴 안내: Re: [KCSC-240906-04] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""본 메일은 자동응답 메일입니다.

추석 연휴(9월 16일 ~ 9월 18일) 기간에는 메일 확인이 어렵습니다.
보내주신 메일은 9월 19일부터 순차적으로 확인 후 회신드리겠습니다.

NAVER 정책지원팀
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday auto-reply (자동응답, 추석 연휴)",
    why="Holiday auto-reply",
)

dsn_orig = "\n".join(our_request_en("KCSC-240905-03", YT, "YouTube"))
case(
    name="google-dsn-bounce",
    from_="mailer-daemon@googlemail.com", name_from="Mail Delivery Subsystem",
    date="Thu, 05 Sep 2024 01:00:40 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b200-dsn-1"

--b200-dsn-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Address not found

Your message wasn't delivered to legal-kr-old@google.com because the
address couldn't be found, or is unable to receive mail.

--b200-dsn-1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Sep 2024 01:00:38 +0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--b200-dsn-1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [KCSC-240905-03] Removal request
Date: Thu, 05 Sep 2024 10:00:00 +0900
Message-ID: <{mid("KCSC-240905-03")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{dsn_orig}

--b200-dsn-1--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style delivery status notification with the original request attached",
    why="Bounce: ignored whoever sent it; URLs are in our own returned message",
)

case(
    name="kakao-mdn-read",
    from_="jh.park@kakaocorp.com", name_from="박지훈",
    date="Mon, 09 Sep 2024 02:15:00 +0000",
    subject=enc("읽음: [KCSC-240909-05] 불법정보 삭제 요청"),
    reply_to_req=mid("KCSC-240909-05"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b200-mdn-1"

--b200-mdn-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240909-05] 불법정보 삭제 요청"을(를) 2024-09-09 오전 11:15에 읽었습니다.

--b200-mdn-1
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; jh.park@kakaocorp.com
Original-Message-ID: <{mid("KCSC-240909-05")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b200-mdn-1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean read receipt (읽음) as a multipart/report disposition notification",
    why="Read receipt",
)

HEADER = """# Blind set 200 (ticket systems and threads). Written by tests/corpus/blind200/make.py
# from each email's meaning, before any run of the reader. Each case is judged alone
# on a fresh ledger holding requests.csv."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Korean display names and subjects go out as RFC 2047 encoded-words.
        for k in ("name_from", "subject"):
            if k in c and not c[k].isascii():
                c[k] = enc(c[k])
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
