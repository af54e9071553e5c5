#!/usr/bin/env python3
"""Blind set 998: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail. Written from each email's meaning alone, before any run of
the reader. Deterministic: rewrites requests.csv, cases/*.eml and
expected.toml.

    python3 tests/corpus/blind998/make.py
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind998"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/mirae_coinpump/status/1830418827364519937",
    "https://x.com/mirae_coinpump/status/1830421150093672448",
    "https://x.com/haneul_giftcard/status/1830507736410918912",
    "https://x.com/haneul_giftcard/status/1830519842277634049",
    "https://x.com/jjang_odds_tips/status/1830602210958196736",
    "https://x.com/jjang_odds_tips/status/1830633345102430209",
    "https://x.com/seoul_nightbet/status/1830688871924011010",
    "https://x.com/seoul_nightbet/status/1830691037185376258",
    "https://x.com/quickloan_dm/status/1830745528860639233",
    "https://x.com/quickloan_dm/status/1830770114592153601",
    "https://x.com/dalbit_casino/status/1830812996307214339",
    "https://x.com/dalbit_casino/status/1830839405721337856",
]
TG = [
    "https://t.me/bluewave_deals/1184",
    "https://t.me/bluewave_deals/1190",
    "https://t.me/nightmarket_kr/552",
    "https://t.me/goldkey_signals/73",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vTz8LpXa",
    "https://www.youtube.com/watch?v=h7RkW2nYc0E",
    "https://www.youtube.com/shorts/Zp4LbN9sW1k",
]
CAFE_RAW = "https://cafe.naver.com/달빛정원/4471"
NV = [
    "https://blog.naver.com/moonlit_garden77/223561204418",
    "https://cafe.naver.com/%EB%8B%AC%EB%B9%9B%EC%A0%95%EC%9B%90/4471",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=401&docId=472093315",
]
TT = [
    "https://www.tiktok.com/@nightowl_trader/video/7411234567012345678",
    "https://www.tiktok.com/@nightowl_trader/video/7411298765098765432",
]
KK = ["https://cafe.daum.net/silverfox88/Kx7p/215"]
TG7 = [
    "https://t.me/redlantern_shop/905",
    "https://t.me/redlantern_shop/911",
]

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03T10:20:00+09:00", "2024-09-10T23:59:59+09:00", X,
     "gambling", "kcsc-240903-01-r1@kcsc.example", "promotion of illegal gambling"),
    ("KCSC-240905-02", "telegram", "2024-09-05T11:05:00+09:00", "2024-09-12T23:59:59+09:00", TG,
     "fraud", "kcsc-240905-02-r1@kcsc.example", "investment fraud channels"),
    ("KCSC-240909-03", "youtube", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00", YT,
     "fraud", "kcsc-240909-03-r1@kcsc.example", "fake giveaway videos"),
    ("KCSC-240910-04", "naver", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00", NV,
     "privacy", "kcsc-240910-04-r1@kcsc.example", "personal data exposure"),
    ("KCSC-240911-05", "tiktok", "2024-09-11T10:30:00+09:00", "2024-09-18T23:59:59+09:00", TT,
     "drugs", "kcsc-240911-05-r1@kcsc.example", "drug sale videos"),
    ("KCSC-240912-06", "kakao", "2024-09-12T16:10:00+09:00", "2024-09-19T23:59:59+09:00", KK,
     "privacy", "kcsc-240912-06-r1@kcsc.example", "leaked contact list"),
    ("KCSC-240917-07", "telegram", "2024-09-17T09:15:00+09:00", "2024-09-24T23:59:59+09:00", TG7,
     "drugs", "kcsc-240917-07-r1@kcsc.example", "drug shop channel"),
]
REQ_MID = {r[0]: r[6].split("@")[0] for r in REQUESTS}


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{mid},{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def alt(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: quoted-printable\n\n{qp(text)}\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: quoted-printable\n\n{qp(html)}\n"
        f"--{boundary}--\n"
    )


def with_csv(text, csv_text, fname, boundary):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{text.strip()}\n\n"
        f"--{boundary}\nContent-Type: text/csv; charset=utf-8; name=\"{fname}\"\n"
        f"Content-Disposition: attachment; filename=\"{fname}\"\n"
        f"Content-Transfer-Encoding: base64\n\n{b64(csv_text)}\n"
        f"--{boundary}--\n"
    )


def request_text(ref, urls):
    """Our own request as it appears quoted or echoed in replies."""
    out = [f"Dear Trust & Safety team,", "",
           f"The Korea Communications Standards Commission requests the removal of",
           f"the following content under reference {ref}:", ""]
    for i, u in enumerate(urls, 1):
        out.append(f"{i}. {u}")
    out += ["", "Please tell us the action taken on each item.", "", "KCSC Takedown desk"]
    return "\n".join(out)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED

case(
    name="x-zendesk-solved-mixed-with-history",
    date="Thu, 05 Sep 2024 07:41:12 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Re: KCSC-240903-01 legal removal request (Case #0912345)",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""{ZD_LINE}

Your request (0912345) has been solved. To reopen it, simply reply to this email.

Minseo (X Support)
Sep 5, 2024, 07:40 GMT

Hello,

Thank you for your patience. We have reviewed the first four posts in your
report and taken the following actions:

- {X[0]} : removed for violating the X Rules
- {X[1]} : removed for violating the X Rules
- {X[2]} : withheld in South Korea in response to your legal demand
- {X[3]} : we did not find a violation of our Rules or of local law
  sufficient to act, so this post remains available.

The other posts in this ticket are handled under a separate case and you will
receive a separate email about them.

For information on our approach to legal requests, see
https://help.x.com/en/rules-and-policies/legal-requests

Regards,
Minseo
X Support

KCSC Takedown
Sep 3, 2024, 01:20 GMT

{request_text("KCSC-240903-01", X)}

--------------------------------
This email is a service from X Support. https://help.x.com/requests/0912345
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification carrying the ticket history (X-style legal support)",
    why="latest agent comment states four item-level outcomes; the echoed request below is ours",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "rejected",
           X[4]: "pending", X[11]: "pending"},
)

case(
    name="x-followup-over-gmail-quote",
    date="Thu, 12 Sep 2024 08:14:55 +0000",
    **{"from": "jiho.park@x.com"}, name_from="Jiho Park",
    subject="Re: KCSC-240903-01 remaining posts",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""Hello,

Following up on the outstanding posts from your request KCSC-240903-01.

We have withheld the following posts in South Korea in response to the legal
demand:
{X[4]}
{X[5]}

The post {X[6]} could not be located on our service; the link returns no post.

Best,
Jiho Park
Legal Operations, X Corp.

On Fri, Sep 6, 2024 at 10:02 AM Jiho Park <jiho.park@x.com> wrote:
> Hello,
>
> Quick update: {X[0]} has been removed.
> The posts by @jjang_odds_tips and @seoul_nightbet are still with our legal
> team and we will come back to you on those.
>
> Best,
> Jiho
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style follow-up from a legal operations agent over the agent's own quoted earlier message",
    why="new text withholds two posts in Korea and cannot locate a third; the removal of X[0] is only in quoted text",
    items={X[4]: "restricted", X[5]: "restricted", X[6]: "not_found", X[0]: "pending"},
)

case(
    name="tg-reply-to-reminder-outlook-quote",
    date="Fri, 13 Sep 2024 15:22:08 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="RE: Reminder: overdue removal request KCSC-240905-02",
    reply_to_req=REQ_MID["KCSC-240905-02"],
    body=f"""Hello,

Apologies for the delay in getting back to you.

The posts {TG[0]} and {TG[1]} were taken down on 6 September.
We could not find the post at {TG[2]}: it does not exist in that channel.

Kind regards,
Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: abuse@telegram.org
Subject: Reminder: overdue removal request KCSC-240905-02

Our request KCSC-240905-02 of 5 September is overdue. The following items
are still awaiting your answer:

{TG[0]}
{TG[1]}
{TG[2]}
{TG[3]}

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply to a reminder, top-posted over an Outlook '-----Original Message-----' quote",
    why="two posts taken down and one not found above the quote; goldkey_signals/73 is only in our quoted reminder",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found", TG[3]: "pending"},
)

yt_text = f"""Hi,

Your case [3-2209000031234] about YouTube content has been resolved.

Content reviewed                                     Outcome
{YT[0]}      Removed (Community Guidelines)
{YT[1]}      Blocked in South Korea (local law)
{YT[2]}      No action: does not violate our policies

Thank you for helping keep YouTube safe.
The YouTube Legal Support team
"""
yt_html = f"""<html><body>
<p>Hi,</p>
<p>Your case <b>[3-2209000031234]</b> about YouTube content has been resolved.</p>
<table border="1" cellpadding="4">
<tr><th>Content reviewed</th><th>Outcome</th></tr>
<tr><td><a href="{YT[0]}">{YT[0]}</a></td><td>Removed (Community Guidelines)</td></tr>
<tr><td><a href="{YT[1]}">{YT[1]}</a></td><td>Blocked in South Korea (local law)</td></tr>
<tr><td><a href="{YT[2]}">{YT[2]}</a></td><td>No action: does not violate our policies</td></tr>
</table>
<p>Thank you for helping keep YouTube safe.<br>The YouTube Legal Support team</p>
<p style="font-size:11px"><a href="https://support.google.com/youtube/answer/6154218">How YouTube handles legal requests</a></p>
</body></html>"""
case(
    name="yt-case-resolved-html-table",
    date="Thu, 12 Sep 2024 02:05:40 +0000",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Your YouTube case [3-2209000031234] has been resolved (KCSC-240909-03)",
    raw_mime=alt(yt_text, yt_html, "yt-b998-0001"),
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal support case-resolved notice with an outcome table (multipart/alternative, quoted-printable)",
    why="one row per video: removed, blocked in Korea, no violation",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected"},
)

nv_b64 = f"""안녕하세요. 네이버 고객센터입니다.

문의하신 내용(KCSC-240910-04)에 대한 답변을 드립니다.

요청하신 게시물을 검토한 결과 아래와 같이 조치하였습니다.

1. 블로그 게시물 (https://blog.naver.com/moonlit_garden77/223561204418)：게시중단
2. 카페 게시물 {CAFE_RAW} 의 게시물은 임시조치(30일)
3. 지식iN 답변 {NV[2]} ： 삭제

추가 문의사항은 네이버 고객센터(https://help.naver.com)로 남겨 주시기 바랍니다.

감사합니다.
네이버 고객센터 드림
"""
case(
    name="naver-helpdesk-answer-base64",
    date="Fri, 13 Sep 2024 01:30:00 +0000",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (접수번호 2409-1038817)",
    reply_to_req=REQ_MID["KCSC-240910-04"],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(nv_b64),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 1:1 문의 답변 mail (게시중단/임시조치/삭제), base64 body",
    why="blog 게시중단 -> removed, cafe 임시조치 -> restricted (raw Korean path), 지식iN 삭제 -> removed",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "removed"},
)

tt_csv = ("ticket_id,reported_url,decision,policy\n"
          f"48213,{TT[0]},Removed,Regulated goods\n"
          f"48213,{TT[1]},No violation - content remains,-\n")
case(
    name="tiktok-freshdesk-closed-csv",
    date="Mon, 16 Sep 2024 06:12:31 +0000",
    **{"from": "legal-support@tiktok.com"}, name_from="TikTok Legal Support",
    subject="Ticket #48213 closed: KCSC-240911-05",
    reply_to_req=REQ_MID["KCSC-240911-05"],
    raw_mime=with_csv("""Dear requester,

Ticket #48213 has been closed. The decisions on each reported video are
listed in the attached file.

If you disagree with a decision you may reply to this email within 14 days
and the ticket will be reopened.

TikTok Legal Support
""", tt_csv, "ticket-48213-decisions.csv", "tt-b998-0002"),
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket closed' notice with a per-URL decision CSV attachment",
    why="CSV: first video removed, second not violating and left up",
    items={TT[0]: "removed", TT[1]: "rejected"},
)

case(
    name="kakao-single-item-done-no-url",
    date="Fri, 13 Sep 2024 05:48:00 +0000",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오 고객센터] 권리침해 신고 처리 결과 안내 (KCSC-240912-06)",
    reply_to_req=REQ_MID["KCSC-240912-06"],
    body="""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240912-06)에 대하여 검토를 마쳤습니다.

신고하신 다음카페 게시물은 개인정보 노출에 해당하여 게시중단 조치를 완료하였습니다.

처리 결과에 대한 문의는 본 메일에 회신해 주시기 바랍니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 권리침해 신고 처리 결과 안내",
    why="a one-item request; the reported post (not named by URL) is stated 게시중단 -> removed",
    items={KK[0]: "removed"},
)

case(
    name="tg-jira-resolved-two-statuses",
    date="Wed, 18 Sep 2024 11:03:27 +0000",
    **{"from": "jira@telegram.org"}, name_from="Telegram Support Desk",
    subject="[JIRA] (TSD-4411) KCSC-240917-07 removal request - Resolved",
    extra_headers=["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 5b1e0c77a2d4f9d1"],
    body=f"""Telegram Support Desk updated TSD-4411
---------------------------------------

Status: In Progress -> Resolved
Resolution: Done

Comment by Oleg (Abuse):

  {TG7[0]} - deleted together with the other sale posts of the channel.
  {TG7[1]} - blocked for users in South Korea.

---------------------------------------
Reply above this line to comment on this request.
View request: https://support.telegram.org/servicedesk/customer/portal/3/TSD-4411
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification: status change with an agent comment",
    why="agent comment: 905 deleted, 911 blocked in Korea; the Auto-Submitted header marks a ticket system, not an out-of-office",
    items={TG7[0]: "removed", TG7[1]: "restricted"},
)

case(
    name="x-bare-urls-status-below-twitter-domain",
    date="Mon, 09 Sep 2024 13:26:02 +0000",
    **{"from": "legal-noreply@twitter.com"}, name_from="X Legal",
    subject="Update on your request KCSC-240903-01 [ref:_00D4x1bcd._5004xQ9aB:ref]",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""Hello,

We have completed our review of some of the reported posts. Results:

{X[7]}
Status: Withheld in KR

{X[8]}
Status: Removed - violation of the X Rules

{X[9]}
Status: No violation found - no action taken

Please keep the reference line in the subject when replying.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Salesforce-style case update from X legal (bare URL, status on the line below)",
    why="each URL is followed by its status line: withheld in KR, removed, no violation",
    items={X[7]: "restricted", X[8]: "removed", X[9]: "rejected"},
)

case(
    name="x-url-on-line-below-statement",
    date="Tue, 10 Sep 2024 04:50:19 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="Re: [X Support] KCSC-240903-01 (Case #0912377)",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""{ZD_LINE}

Sora (X Support)
Sep 10, 2024, 04:49 GMT

Hi there,

The following post has been removed for violating our policy on illegal or
certain regulated goods and services:
{X[10]}

We were unable to locate the following post. The account no longer shows it
and our systems hold no record under that ID:
{X[11]}

Thanks,
Sora

--------------------------------
This email is a service from X Support.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment with each statement ending in ':' and the URL on the next line",
    why="removed for dalbit_casino/...339, not located for ...856",
    items={X[10]: "removed", X[11]: "not_found"},
)

case(
    name="yt-angle-brackets-wrapped",
    date="Fri, 13 Sep 2024 09:17:45 +0000",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal",
    subject="Re: KCSC-240909-03 - fake giveaway videos",
    reply_to_req=REQ_MID["KCSC-240909-03"],
    body=f"""Hello KCSC team,

Thanks for your notice. After review we removed the video
<{YT[0]}> for violating our spam, deceptive
practices and scams policies.

The Short at <https://www.youtube.com/shorts/
Zp4LbN9sW1k> has been age-restricted; it remains
viewable only by signed-in adult users.

Regards,
Hana
YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text YouTube legal team reply with URLs in angle brackets, one wrapped across lines",
    why="video removed; Short age-restricted -> restricted",
    items={YT[0]: "removed", YT[2]: "restricted"},
)

case(
    name="naver-top-posted-over-korean-original",
    date="Wed, 11 Sep 2024 07:02:10 +0000",
    **{"from": "safety@navercorp.com"}, name_from="네이버 안전정책팀",
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240910-04",
    reply_to_req=REQ_MID["KCSC-240910-04"],
    body=f"""안녕하세요, 네이버 안전정책팀입니다.

요청하신 3건 중 우선 처리된 2건의 결과를 먼저 회신드립니다.

- {NV[0]} : 비공개 처리 완료
- {NV[2]} : 작성자가 이미 삭제한 답변으로 확인됩니다 (존재하지 않는 게시물)

나머지 카페 게시물은 카페 운영진 확인 후 별도로 회신드리겠습니다.

감사합니다.

-----원본 메시지-----
보낸 사람: "KCSC Takedown" <takedown@kcsc.example>
받는 사람: safety@navercorp.com
날짜: 2024-09-10 (화) 14:00:00
제목: [방송통신심의위원회] 시정요구 KCSC-240910-04

1. {NV[0]}
2. {CAFE_RAW}
3. {NV[2]}

위 게시물에 대한 삭제 등 시정을 요구합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal safety-team reply top-posted over a Korean Outlook '-----원본 메시지-----' quote",
    why="blog 비공개 -> removed; 지식iN already deleted by its author -> not_found; cafe only promised and quoted",
    items={NV[0]: "removed", NV[2]: "not_found", NV[1]: "pending"},
)

case(
    name="tiktok-ack-plus-decisions",
    date="Fri, 13 Sep 2024 03:44:51 +0000",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    subject="We received your report (Ticket 77120) - KCSC-240911-05",
    reply_to_req=REQ_MID["KCSC-240911-05"],
    body=f"""Hi,

Thanks for your report. We've received it and created ticket 77120.

Our safety team has already reviewed the videos you listed:

  * {TT[0]}
    We removed this video for violating our Community Guidelines on drugs
    and controlled substances.
  * {TT[1]}
    This video doesn't violate our Community Guidelines, so it remains on
    TikTok.

Learn more about our Community Guidelines: https://www.tiktok.com/community-guidelines

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report receipt that already carries the review decisions",
    why="the receipt phrase is followed by unhedged statements on each video",
    items={TT[0]: "removed", TT[1]: "rejected"},
)

case(
    name="x-partial-answer-rest-under-review",
    date="Sat, 07 Sep 2024 10:31:07 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Partial update - KCSC-240903-01 (Case #0912355)",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""{ZD_LINE}

Your request (0912355) has been updated.

Daniel (X Support)
Sep 7, 2024, 10:30 GMT

Hello,

This is a partial update on your case.

We removed {X[8]} for violating our rules on financial scams.

{X[9]} and {X[10]} are still under review by our legal team. We will update
this ticket when that review is complete.

Thanks,
Daniel
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request updated' partial answer",
    why="one post removed; two named as still under review stay pending",
    items={X[8]: "removed", X[9]: "pending", X[10]: "pending"},
)

case(
    name="tg-agent-reply-over-forwarded-request",
    date="Mon, 09 Sep 2024 18:40:33 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    subject="Fwd: KCSC-240905-02 removal request",
    reply_to_req=REQ_MID["KCSC-240905-02"],
    body=f"""Hello,

Your request below was passed to us by our general support team.

We have blocked t.me/goldkey_signals/73 and the post at
https://t.me/nightmarket_kr/552 for violating the Telegram Terms of Service.

Telegram DSA team

---------- Forwarded message ---------
From: KCSC Takedown <takedown@kcsc.example>
Date: Thu, Sep 5, 2024 at 4:05 AM
Subject: KCSC-240905-02 removal request
To: <support@telegram.org>

{request_text("KCSC-240905-02", TG)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk answering above our request, which a colleague had forwarded to it",
    why="statement above the forwarded block blocks two posts (one written without scheme); the forwarded part is our request",
    items={TG[3]: "removed", TG[2]: "removed", TG[0]: "pending", TG[1]: "pending"},
)

yt_qp_text = f"""Hello,

Your ticket has been resolved.

Following a review under local law, the video at {YT[1]} has been removed from YouTube worldwide.

This case is now closed. If you have further questions, reply to this message and quote case ID 3-2209000035521.

YouTube Legal Support
"""
case(
    name="yt-ticket-resolved-quoted-printable",
    date="Sat, 14 Sep 2024 22:11:00 +0000",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="[3-2209000035521] Your ticket has been resolved",
    reply_to_req=REQ_MID["KCSC-240909-03"],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_qp_text),
    outcome="applied", classification="confirmation",
    imitates="Google support 'ticket resolved' mail in quoted-printable with soft-wrapped URL",
    why="video h7RkW2nYc0E removed worldwide",
    items={YT[1]: "removed"},
)

nv_csv = ("번호,URL,조치결과,비고\n"
          f"1,{NV[0]},게시중단,개인정보 노출\n"
          f"2,{CAFE_RAW},접근 제한(국내),카페 운영정책\n"
          f"3,{NV[2]},게시물 없음,작성자 삭제\n")
case(
    name="naver-result-csv-attachment",
    date="Mon, 16 Sep 2024 02:20:45 +0000",
    **{"from": "report@navercorp.com"}, name_from="NAVER 신고센터",
    subject="[NAVER] 시정요구 조치결과 회신 - KCSC-240910-04",
    reply_to_req=REQ_MID["KCSC-240910-04"],
    raw_mime=with_csv("""안녕하십니까, 네이버 신고센터입니다.

귀 위원회의 시정요구(KCSC-240910-04)에 대한 조치결과를 첨부 파일로 회신드립니다.

감사합니다.
""", nv_csv, "KCSC-240910-04_result.csv", "nv-b998-0003"),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 returned as a CSV attachment",
    why="CSV rows: 게시중단 -> removed, 접근 제한(국내) -> restricted, 게시물 없음/작성자 삭제 -> not_found",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "not_found"},
)

x_html = f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Case <b>#0912390</b> (your reference KCSC-240903-01) has been updated. The actions taken are below.</p>
<table cellspacing="0" cellpadding="6" border="1">
<thead><tr><th>#</th><th>Reported post</th><th>Action</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="{X[4]}">{X[4]}</a></td><td>Post removed</td></tr>
<tr><td>2</td><td><a href="{X[5]}">{X[5]}</a></td><td>Withheld in South Korea</td></tr>
<tr><td>3</td><td><a href="{X[6]}">{X[6]}</a></td><td>Post not found</td></tr>
<tr><td>4</td><td><a href="{X[7]}">{X[7]}</a></td><td>No action - not a violation</td></tr>
</tbody></table>
<p>You can view this case at <a href="https://help.x.com/requests/0912390">help.x.com/requests/0912390</a>.</p>
<p>X Support</p>
</body></html>"""
case(
    name="x-html-only-action-table",
    date="Wed, 11 Sep 2024 12:00:09 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Case #0912390 updated",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    type="html", body=x_html,
    outcome="applied", classification="confirmation",
    imitates="HTML-only ticket update with an action table",
    why="table rows: removed, withheld in KR, not found, no action",
    items={X[4]: "removed", X[5]: "restricted", X[6]: "not_found", X[7]: "rejected"},
)

case(
    name="kakao-reply-to-reminder-author-deleted",
    date="Thu, 19 Sep 2024 01:15:22 +0000",
    **{"from": "cs@daum.net"}, name_from="Daum 고객센터",
    subject="Re: [재요청] KCSC-240912-06 게시물 조치 요청",
    reply_to_req=REQ_MID["KCSC-240912-06"],
    body=f"""안녕하세요. Daum 고객센터입니다.

재요청 주신 건 확인하였습니다.

{KK[0]} 게시물은 저희가 확인했을 때 이미 게시자 본인이 삭제하여
존재하지 않는 게시물입니다. 따라서 별도의 조치는 진행되지 않았습니다.

감사합니다.

> 2024. 9. 18. 오전 10:00, KCSC Takedown <takedown@kcsc.example> 작성:
>
> 9월 12일 요청드린 아래 게시물에 대한 조치 결과를 아직 받지 못했습니다.
> {KK[0]}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 reply to our reminder (재요청), over an Apple-Mail-style Korean quote",
    why="post already deleted by its author -> not_found",
    items={KK[0]: "not_found"},
)

case(
    name="tiktok-followup-same-thread",
    date="Wed, 18 Sep 2024 08:55:13 +0000",
    **{"from": "legal-support@tiktok.com"}, name_from="TikTok Legal Support",
    subject="Re: Ticket #48213: KCSC-240911-05",
    reply_to_req=REQ_MID["KCSC-240911-05"],
    body=f"""Hello,

An update on ticket #48213: the second video, which was still under review
when we last wrote, has now been removed:
{TT[1]}

Best regards,
TikTok Legal Support

On Thu, Sep 12, 2024 at 9:02 AM TikTok Legal Support wrote:
> Hello,
>
> We removed {TT[0]}.
> The other video, {TT[1]}, is under review.
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same ticket thread over the platform's own quoted earlier reply",
    why="new text removes the second video; the first video's removal is only in the quote",
    items={TT[1]: "removed", TT[0]: "pending"},
)

case(
    name="x-numbered-list-six-items",
    date="Sun, 08 Sep 2024 05:05:05 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""Dear KCSC,

Please find below the outcome for the first six posts of your request
KCSC-240903-01:

1. {X[0]} – Removed
2. {X[1]} – Removed
3. {X[2]} – Withheld in Korea
4. {X[3]} – Withheld in Korea
5. {X[4]} – Unable to locate
6. {X[5]} – No violation; the post stays up

Posts 7 to 12 are still being assessed.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="numbered outcome list from a legal desk, en-dash separated",
    why="six explicit statuses; the remaining six are said to be still assessed",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "restricted",
           X[4]: "not_found", X[5]: "rejected", X[6]: "pending"},
)

x_rows = [
    (X[0], "Removed (TOS violation)", "removed"),
    (X[1], "Removed (TOS violation)", "removed"),
    (X[2], "Withheld (KR)", "restricted"),
    (X[3], "Withheld (KR)", "restricted"),
    (X[4], "Removed (TOS violation)", "removed"),
    (X[5], "No violation", "rejected"),
    (X[6], "Not found", "not_found"),
    (X[7], "Removed (TOS violation)", "removed"),
    (X[8], "Removed (TOS violation)", "removed"),
    (X[9], "Withheld (KR)", "restricted"),
    (X[10], "Removed (TOS violation)", "removed"),
    (X[11], "No violation", "rejected"),
]
table = "\n".join(f"{u:<58} {a}" for u, a, _ in x_rows)
case(
    name="x-text-table-all-twelve",
    date="Fri, 13 Sep 2024 00:40:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Final response: KCSC-240903-01 (Case #0912345)",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""Hello,

Our review of your request KCSC-240903-01 is complete. The action taken on
each reported post is as follows:

{"Post URL":<58} Action taken
{"-" * 58} {"-" * 24}
{table}

This case is now solved.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="final case response with a fixed-width text table of all reported posts",
    why="all twelve posts get a status in a text table",
    items={u: s for u, _, s in x_rows},
)

case(
    name="yt-gmail-reply-uploader-deleted",
    date="Wed, 11 Sep 2024 06:33:48 +0000",
    **{"from": "jisoo.han@google.com"}, name_from="Jisoo Han",
    subject="Re: KCSC-240909-03 - fake giveaway videos",
    reply_to_req=REQ_MID["KCSC-240909-03"],
    body=f"""Hi,

The video at {YT[1]} had already been deleted by the uploader before
we could review it, so there was nothing left for us to action.

Jisoo
YouTube Trust & Safety

On Mon, Sep 9, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
> {request_text("KCSC-240909-03", YT).replace(chr(10), chr(10) + "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="individual Trust & Safety agent reply over a Gmail 'On ... wrote:' quote of our request",
    why="video deleted by its uploader -> not_found; the other videos only in our quoted request",
    items={YT[1]: "not_found", YT[0]: "pending", YT[2]: "pending"},
)

case(
    name="naver-arrow-list-mixed",
    date="Tue, 17 Sep 2024 08:00:31 +0000",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    subject="[NAVER] KCSC-240910-04 처리 결과 안내",
    reply_to_req=REQ_MID["KCSC-240910-04"],
    body=f"""방송통신심의위원회 담당자님께,

요청하신 게시물 3건의 처리 결과를 안내드립니다.

▶ {NV[0]}
   → 블라인드 처리
▶ {CAFE_RAW}
   → 게시물 유지 (요청 사유에 해당하는 위법성이 확인되지 않음)
▶ {NV[2]}
   → 존재하지 않는 게시물

이의가 있으신 경우 본 메일로 회신 부탁드립니다.

NAVER 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team result notice with ▶/→ list",
    why="블라인드 -> removed; kept up with a reason -> rejected; 존재하지 않는 게시물 -> not_found",
    items={NV[0]: "removed", NV[1]: "rejected", NV[2]: "not_found"},
)

kk_html = f"""<html><body>
<div style="width:600px">
<h3>[카카오] 게시물 처리 결과 안내</h3>
<p>접수번호: 240913-00522 / 요청번호: KCSC-240912-06</p>
<table border="1" cellpadding="5">
<tr><th>신고 URL</th><th>처리결과</th><th>처리일시</th></tr>
<tr><td>{KK[0]}</td><td>접근 제한 (국내)</td><td>2024-09-14 10:12</td></tr>
</table>
<p>카카오 운영정책: <a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
</div>
</body></html>"""
case(
    name="kakao-html-result-table",
    date="Sat, 14 Sep 2024 01:20:00 +0000",
    **{"from": "report@kakaocorp.com"}, name_from="카카오",
    subject="[카카오] 게시물 처리 결과 안내 (접수번호 240913-00522)",
    reply_to_req=REQ_MID["KCSC-240912-06"],
    type="html", body=kk_html,
    outcome="applied", classification="confirmation",
    imitates="Kakao HTML result notice table (처리결과 column)",
    why="접근 제한 (국내) -> restricted; the policy link is not an item",
    items={KK[0]: "restricted"},
)

case(
    name="tg-helpscout-reply-r7-conversation",
    date="Thu, 19 Sep 2024 04:27:50 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240917-07 [#88312]",
    reply_to_req=REQ_MID["KCSC-240917-07"],
    body=f"""Hi KCSC,

Both of the posts you reported are no longer available:

{TG7[0]} has been removed.
{TG7[1]} has been removed as well.

Best,
Alina
Telegram Abuse

--
Alina replied to conversation #88312
Reply to this email or view it in your browser.
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style conversation reply with per-post sentences",
    why="each post named and stated removed",
    items={TG7[0]: "removed", TG7[1]: "removed"},
)

# ================================================================= REVIEW

case(
    name="x-promise-will-be-removed",
    date="Wed, 04 Sep 2024 09:10:44 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Re: KCSC-240903-01 (Case #0912345)",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""{ZD_LINE}

Minseo (X Support)
Sep 4, 2024, 09:10 GMT

Hello,

We have escalated your report to the relevant team. The posts
{X[0]} and {X[1]} will be removed within 24 hours once the escalation is
approved.

Regards,
Minseo
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent comment promising a removal",
    why="'will be removed ... once approved' is a conditional promise, not a statement",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="tg-hedge-appears-removed",
    date="Sat, 07 Sep 2024 14:02:19 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240905-02",
    reply_to_req=REQ_MID["KCSC-240905-02"],
    body=f"""Hello,

It appears that the content at {TG[0]} may already have been removed by
the channel administrator. We are checking the remaining links.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply with a hedged observation",
    why="'appears ... may already have been removed' is a hedge",
    items={TG[0]: "pending"},
)

case(
    name="x-bulk-all-actioned-solved",
    date="Mon, 16 Sep 2024 03:03:03 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Your request #0912345 has been solved",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""{ZD_LINE}

Your request (0912345) has been solved.

Minseo (X Support)
Sep 16, 2024, 03:02 GMT

Hello,

We have taken action on all of the reported content in your request
KCSC-240903-01. We consider this ticket solved.

Regards,
Minseo
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'solved' notification with a blanket statement",
    why="one statement about all twelve posts without naming any",
    items={X[0]: "pending", X[11]: "pending"},
)

case(
    name="tg-bulk-two-items-jira",
    date="Wed, 18 Sep 2024 16:44:02 +0000",
    **{"from": "jira@telegram.org"}, name_from="Telegram Support Desk",
    subject="[JIRA] (TSD-4411) KCSC-240917-07 removal request - Done",
    body="""Telegram Support Desk updated TSD-4411
---------------------------------------

Status: Resolved -> Closed

Comment by Oleg (Abuse):

  All posts you reported under KCSC-240917-07 have been blocked.

---------------------------------------
Reply above this line to comment on this request.
""",
    outcome="review", review="bulk",
    imitates="Jira status-change notification with a blanket comment",
    why="'all posts ... blocked' for a two-item request, neither named",
    items={TG7[0]: "pending", TG7[1]: "pending"},
)

case(
    name="x-untrusted-dmarc-fail",
    date="Tue, 10 Sep 2024 22:18:40 +0000",
    **{"from": "support@x.com"}, name_from="X Support", auth="fail",
    subject="[X Support] Case #0912345 resolved",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""Hello,

The following posts have been removed:
{X[0]}
{X[1]}
{X[2]}

X Support
""",
    outcome="review", review="untrusted",
    imitates="X Support case resolution failing DKIM/SPF/DMARC",
    why="x.com sender failing authentication: statements cannot be trusted",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="tiktok-zendesk-host-unknown-sender",
    date="Sun, 15 Sep 2024 11:11:11 +0000",
    **{"from": "support@tiktok-legal.zendesk.com"}, name_from="TikTok Legal (via Zendesk)",
    subject="[TikTok Legal] Request #520881: KCSC-240911-05 solved",
    body=f"""{ZD_LINE}

Your request (520881) has been solved.

Hello,

We removed {TT[0]} and {TT[1]} for violating our Community Guidelines.

TikTok Legal
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk-hosted support address (zendesk.com) answering for a platform",
    why="sender domain zendesk.com is no platform's domain; it names our request and URLs",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="yt-employee-forwards-legal-queue-result",
    date="Sat, 14 Sep 2024 05:50:12 +0000",
    **{"from": "minji.cho@google.com"}, name_from="Minji Cho",
    subject="Fwd: Outcome of legal notice 3-2209000031234",
    body=f"""Hi KCSC team,

Forwarding the outcome from our removals queue, since the original went to a
no-reply address on your side.

Minji

---------- Forwarded message ---------
From: YouTube Legal Support <legal-support-noreply@google.com>
Date: Thu, Sep 12, 2024 at 11:05 AM
Subject: Outcome of legal notice 3-2209000031234
To: <kcsc-noreply@kcsc.example>

Your legal notice (KCSC-240909-03) has been processed. We removed
{YT[0]} from YouTube.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Google employee forwarding an automated legal-support outcome",
    why="the only statement sits inside a forwarded message; a clerk checks it before applying",
    items={YT[0]: "pending"},
)

case(
    name="naver-about-daum-url-wrong-platform",
    date="Fri, 13 Sep 2024 07:07:07 +0000",
    **{"from": "report@navercorp.com"}, name_from="NAVER 신고센터",
    subject="[NAVER] 요청 게시물 처리 결과 (접수 2409-1042210)",
    body=f"""안녕하십니까, 네이버 신고센터입니다.

접수하신 아래 게시물은 삭제 처리하였습니다.

{KK[0]}

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER result notice that names a Daum cafe URL (misdirected request)",
    why="NAVER states a status for an item of the Kakao request",
    items={KK[0]: "pending"},
)

case(
    name="tiktok-freshdesk-awaiting-your-reply",
    date="Thu, 12 Sep 2024 09:30:00 +0000",
    **{"from": "legal-support@tiktok.com"}, name_from="TikTok Legal Support",
    subject="Ticket #48213 is awaiting your reply",
    reply_to_req=REQ_MID["KCSC-240911-05"],
    body=f"""Hello,

Before we can act on your request KCSC-240911-05 we need more information.
For the video {TT[1]}, please send us the specific provision of Korean law
that the content breaches and, if one exists, a copy of the administrative
decision.

Your ticket will stay in status "Pending" until you reply.

TikTok Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Freshdesk 'awaiting your reply' request for information",
    why="the platform asks for a legal basis before acting",
    items={TT[1]: "pending"},
)

case(
    name="naver-promise-korean",
    date="Thu, 12 Sep 2024 06:00:00 +0000",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    subject="[네이버 고객센터] KCSC-240910-04 관련 안내",
    reply_to_req=REQ_MID["KCSC-240910-04"],
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 카페 게시물({CAFE_RAW})은 카페 매니저에게 소명 기회를 부여한 뒤
검토 후 조치할 예정입니다. 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim notice (검토 후 조치 예정)",
    why="조치할 예정 is a promise; the item stays pending",
    items={NV[1]: "pending"},
)

case(
    name="x-csat-survey-no-claims",
    date="Thu, 19 Sep 2024 03:00:00 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="How would you rate the support you received?",
    body="""Hello,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied: https://help.x.com/requests/survey/good
Bad, I'm unsatisfied: https://help.x.com/requests/survey/bad

Here's a reminder of what your request was about: Legal removal request.

X Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer satisfaction survey mail",
    why="trusted platform mail naming no item and no request reference",
    items={},
)

case(
    name="yt-conditional-appeal-window",
    date="Tue, 10 Sep 2024 08:08:08 +0000",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal",
    subject="Re: KCSC-240909-03",
    reply_to_req=REQ_MID["KCSC-240909-03"],
    body=f"""Hello,

We have notified the uploader of {YT[2]} about your complaint. If the
uploader does not file a counter-notification within 7 days, the Short will
be taken down.

YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="legal team interim reply with a conditional takedown",
    why="takedown depends on a future condition: not a statement",
    items={YT[2]: "pending"},
)

# ================================================================= IGNORED

case(
    name="x-zendesk-receipt-echoed-request",
    date="Tue, 03 Sep 2024 01:21:02 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Request received: KCSC-240903-01 legal removal request",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""{ZD_LINE}

Your request (0912345) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

KCSC Takedown
Sep 3, 2024, 01:20 GMT

{request_text("KCSC-240903-01", X[:6])}
[... 6 more links]

--------------------------------
This email is a service from X Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement echoing the request",
    why="pure receipt; the URLs are our own echoed request",
    items={X[0]: "pending"},
)

case(
    name="tg-out-of-office",
    date="Mon, 16 Sep 2024 00:01:30 +0000",
    **{"from": "oleg.v@telegram.org"}, name_from="Oleg V.",
    subject="Automatic reply: KCSC-240905-02 removal request",
    reply_to_req=REQ_MID["KCSC-240905-02"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Hello,

I am out of the office until 23 September with limited access to email.
For urgent abuse reports please write to abuse@telegram.org.

Oleg
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b998-0004"

--dsn-b998-0004
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx1.tiktok.com[192.0.2.45] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--dsn-b998-0004
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b998-0004
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: Reminder: overdue removal request KCSC-240911-05
Date: Thu, 19 Sep 2024 10:00:00 +0900
Message-ID: <kcsc-240911-05-rem1@kcsc.example>

--dsn-b998-0004--
"""
case(
    name="dsn-reminder-to-tiktok-bounced",
    date="Thu, 19 Sep 2024 01:00:03 +0000",
    **{"from": "MAILER-DAEMON@kcsc.example"}, name_from="Mail Delivery System", auth="none",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our reminder to a platform address",
    why="delivery status notification",
    items={},
)

mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b998-0005"

--mdn-b998-0005
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[방송통신심의위원회] 시정요구 KCSC-240910-04"을(를) 수신자가 읽었습니다.

--mdn-b998-0005
Content-Type: message/disposition-notification

Reporting-UA: mail.naver.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <kcsc-240910-04-r1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b998-0005--
"""
case(
    name="naver-read-receipt",
    date="Tue, 10 Sep 2024 06:12:00 +0000",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    subject="읽음: [방송통신심의위원회] 시정요구 KCSC-240910-04",
    reply_to_req=REQ_MID["KCSC-240910-04"],
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (읽음 확인) from a portal mailbox",
    why="read receipt",
    items={},
)

case(
    name="kakao-receipt-korean",
    date="Thu, 12 Sep 2024 07:11:40 +0000",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다. (접수번호 240912-00873)",
    reply_to_req=REQ_MID["KCSC-240912-06"],
    body=f"""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 240912-00873

접수 내용
- 신고 URL: {KK[0]}
- 요청번호: KCSC-240912-06

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 자동 안내",
    why="pure receipt echoing the reported URL",
    items={KK[0]: "pending"},
)

case(
    name="yt-autoresponder-case-id",
    date="Mon, 09 Sep 2024 00:41:05 +0000",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="[3-2209000031234] We received your legal request",
    reply_to_req=REQ_MID["KCSC-240909-03"],
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hello,

Thank you for contacting YouTube Legal Support. This automated response
confirms that we have received your request about the following content:

{YT[0]}
{YT[1]}
{YT[2]}

Your case ID is 3-2209000031234. We review requests in the order in which we
receive them. Please do not reply to this message.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal support automated receipt with a case ID",
    why="automated receipt; URLs echo what we reported",
    items={YT[0]: "pending"},
)

case(
    name="tiktok-ooo-reply-to-reminder",
    date="Thu, 19 Sep 2024 01:02:10 +0000",
    **{"from": "seoyeon.lee@tiktok.com"}, name_from="Seoyeon Lee",
    subject="Automatic reply: Reminder: overdue removal request KCSC-240911-05",
    reply_to_req=REQ_MID["KCSC-240911-05"],
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""Thank you for your email. I'm on annual leave until Monday 23 September
and will respond after my return.

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 19, 2024 10:00
To: Seoyeon Lee <seoyeon.lee@tiktok.com>
Subject: Reminder: overdue removal request KCSC-240911-05

Our request KCSC-240911-05 is overdue. Still awaiting your answer:
{TT[0]}
{TT[1]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply quoting our reminder",
    why="out-of-office auto-reply; the URLs are in our quoted reminder",
    items={TT[0]: "pending"},
)


HEADER = """# Blind set 998 (ticket systems and threads): expected results written
# from each email's meaning before the reader was run. Generated by make.py.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
