#!/usr/bin/env python3
"""Blind set 110: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail. Every email is fictional and written in our own sentences;
the expected results were written from each email's meaning alone, before
the reader was ever run on them.

    python3 tests/corpus/blind110/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
IN_NAVER = "https://in.naver.com/%EB%B0%A4%ED%95%98%EB%8A%98%EC%84%9C%EC%9E%AC/contents/internal/71230"
IN_NAVER_RAW = "https://in.naver.com/밤하늘서재/contents/internal/71230"

REQUESTS = [
    ("KCSC-240903-01", "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", [
         "https://t.me/velvetharbor_kr/1041",
         "https://t.me/velvetharbor_kr/1042",
         "https://t.me/velvetharbor_kr/1057",
         "https://t.me/velvetharbor_kr/1063",
         "https://t.me/mintgarden_leaks/220",
         "https://t.me/mintgarden_leaks/221",
         "https://t.me/mintgarden_leaks/229",
         "https://t.me/seoulnight_vault/88",
         "https://t.me/seoulnight_vault/90",
         "https://t.me/seoulnight_vault/95",
         "https://t.me/paperlantern_room/3310",
         "https://t.me/paperlantern_room/3312",
         "https://t.me/s/quietcove_archive/517",
         "https://t.me/quietcove_archive/602",
     ]),
    ("KCSC-240905-02", "x", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "defamation", [
         "https://x.com/hanriver_fox42/status/1831002211223344556",
         "https://x.com/hanriver_fox42/status/1831009988776655443",
         "https://x.com/dawnpetal_77/status/1831450001122334455",
         "https://twitter.com/greymoth_kr/status/1830777766655544433",
     ]),
    ("KCSC-240906-03", "youtube", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "drug_trade", [
         "https://www.youtube.com/watch?v=Qm7TzR2pLx4",
         "https://www.youtube.com/watch?v=bN4kW8sYe0c",
         "https://youtu.be/Hc3vJ9aPq2M",
     ]),
    ("KCSC-240909-04", "naver", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     "privacy_violation", [
         "https://blog.naver.com/moonlit_shelf/223561100457",
         "https://blog.naver.com/moonlit_shelf/223561100912",
         "https://cafe.naver.com/greenstairs/88120",
         "https://cafe.naver.com/greenstairs/88134",
         IN_NAVER,
     ]),
    ("KCSC-240910-05", "kakao", "2024-09-10T10:15:00+09:00", "2024-09-17T18:00:00+09:00",
     "obscenity", [
         "https://cafe.daum.net/bluepine_club/Xk3r/1402",
         "https://quietriver.tistory.com/318",
     ]),
    ("KCSC-240911-06", "discord", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "illegal_gambling", [
         "https://discord.gg/velvetnest9",
     ]),
    ("KCSC-240912-07", "telegram", "2024-09-12T13:45:00+09:00", "2024-09-19T18:00:00+09:00",
     "drug_trade", [
         "https://t.me/coldlake_market/45",
         "https://t.me/coldlake_market/47",
     ]),
]


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},<{mid(ref)}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


R1 = REQUESTS[0][5]
R2 = REQUESTS[1][5]
R3 = REQUESTS[2][5]
R4 = REQUESTS[3][5]
R5 = REQUESTS[4][5]
R6 = REQUESTS[5][5]
R7 = REQUESTS[6][5]

REMINDER_R1 = "\n".join("> " + u for u in R1)


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def multipart(subtype, boundary, parts, extra=""):
    """parts: list of (headers-string, body-string)."""
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for hdrs, body in parts:
        out.append("--" + boundary)
        out.append(hdrs.strip("\n"))
        out.append("")
        out.append(body.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


TEXT8 = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit"
HTML8 = "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit"

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    name = kw.get("name_from")
    if name and not name.isascii():
        # Korean display names are RFC 2047-encoded, as Korean mail systems send them.
        kw["name_from"] = "=?UTF-8?B?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="tg-zendesk-solved-mixed",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse Desk",
    date="Mon, 09 Sep 2024 11:42:07 +0000",
    subject="[Request #482213] Re: KCSC-240903-01 removal request - Solved",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
##- Please type your reply above this line -##

Your request (482213) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Aleksei M. (Telegram Abuse Desk)

Sep 9, 2024, 11:41 UTC

Hello,

Thank you for contacting us. Our moderators checked the four posts from the
channel velvetharbor_kr listed in your request KCSC-240903-01:

https://t.me/velvetharbor_kr/1041 - removed
https://t.me/velvetharbor_kr/1042 - removed
https://t.me/velvetharbor_kr/1057 - this post does not exist (the channel has no message with this number)
https://t.me/velvetharbor_kr/1063 - reviewed, no violation of the Telegram Terms of Service was found, so the post remains available

The remaining links of your request are handled by another team member and will be answered separately.

Regards,
Telegram Abuse Desk

----------------------------------------------

This email is a service from Telegram Support.
[KX9P2M-4R7Q]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Request #N has been updated / Solved' notification from a messenger's abuse desk",
    why="Zendesk agent comment with a per-URL result list: two removed, one does not exist, one no violation",
    items={R1[0]: "removed", R1[1]: "removed", R1[2]: "not_found", R1[3]: "rejected"},
)

case(
    name="tg-followup-topposted-over-own-quote",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse Desk",
    date="Tue, 10 Sep 2024 08:15:44 +0000",
    subject="Re: [Request #482213] Re: KCSC-240903-01 removal request",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
Hello again,

Following up on our message of yesterday. For the mintgarden_leaks channel:

- https://t.me/mintgarden_leaks/220 and https://t.me/mintgarden_leaks/221 have been taken down.
- https://t.me/mintgarden_leaks/229 could not be located; the message id is not present in the channel.

The other channels are still with the moderation team.

Best,
Aleksei M.
Telegram Abuse Desk

On Mon, Sep 9, 2024 at 11:41 AM Telegram Abuse Desk <abuse@telegram.org> wrote:
> Hello,
>
> Thank you for contacting us. Our moderators checked the four posts from the
> channel velvetharbor_kr listed in your request KCSC-240903-01:
>
> https://t.me/velvetharbor_kr/1041 - removed
> https://t.me/velvetharbor_kr/1042 - removed
>
> Regards,
> Telegram Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up agent reply in the same Zendesk thread, quoting the platform's own earlier answer",
    why="new statements about mintgarden_leaks only; the quoted earlier statements about velvetharbor_kr must not be re-read",
    items={R1[4]: "removed", R1[5]: "removed", R1[6]: "not_found",
           R1[0]: "pending", R1[1]: "pending"},
)

case(
    name="tg-reply-to-reminder-short-links",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA Team",
    date="Thu, 12 Sep 2024 06:03:19 +0000",
    subject="Re: Reminder: KCSC-240903-01 - 14 items still pending",
    body=f"""
Dear KCSC team,

Apologies for the slow reply. t.me/seoulnight_vault/88, t.me/seoulnight_vault/90
and t.me/seoulnight_vault/95 were blocked on 9 September and are no longer
accessible on any Telegram app.

We are still looking at the rest of the list.

Telegram DSA Team

On Wed, 11 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> This is a reminder about request KCSC-240903-01 sent on 3 September 2024.
> The deadline has passed and we have no answer for the following items:
>
{REMINDER_R1}
>
> Please tell us what action was taken on each.
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply to a regulator's reminder, top-posted over the quoted reminder",
    why="three scheme-less t.me links stated blocked everywhere; the 14 links of the quoted reminder are not statements",
    items={R1[7]: "removed", R1[8]: "removed", R1[9]: "removed",
           R1[0]: "pending", R1[10]: "pending"},
)

case(
    name="tg-bare-url-status-line-below",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse Desk",
    date="Fri, 13 Sep 2024 14:27:51 +0000",
    subject="[Request #482213] Update on KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
##- Please type your reply above this line -##

Hello,

Further results for your report:

https://t.me/paperlantern_room/3310
Status: Removed

https://t.me/paperlantern_room/3312
Status: No violation found - content left up

https://t.me/s/quietcove_archive/517
Status: Removed

Kind regards,
Telegram Abuse Desk
[KX9P2M-4R7Q]
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system comment listing each reported link with a 'Status:' line under it",
    why="status on the line below each bare URL: removed, no violation (rejected), removed",
    items={R1[10]: "removed", R1[11]: "rejected", R1[12]: "removed"},
)

case(
    name="tg-freshdesk-html-table",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Sat, 14 Sep 2024 09:12:00 +0000",
    subject="Ticket #77120 - Resolved: KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    type="html",
    body="""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear requester,</p>
<p>Your ticket <b>#77120</b> has been marked <b>Resolved</b>. The outcome for each link is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported link</th><th>Outcome</th></tr>
<tr><td>1</td><td><a href="https://t.me/quietcove_archive/602">https://t.me/quietcove_archive/602</a></td><td>Restricted for users in South Korea</td></tr>
<tr><td>2</td><td><a href="https://t.me/velvetharbor_kr/1063">https://t.me/velvetharbor_kr/1063</a></td><td>Removed</td></tr>
<tr><td>3</td><td><a href="https://t.me/mintgarden_leaks/229">https://t.me/mintgarden_leaks/229</a></td><td>Not found</td></tr>
</table>
<p>If you believe this ticket was resolved in error, simply reply to this email and it will be reopened.</p>
<p>Telegram Support<br><a href="https://telegram.org/support">telegram.org/support</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with an HTML results table",
    why="HTML table rows: restricted in Korea, removed, not found; the support page link is not an item",
    items={R1[13]: "restricted", R1[3]: "removed", R1[6]: "not_found"},
)

case(
    name="tg-jira-resolved-bullets",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA Service Desk",
    date="Mon, 16 Sep 2024 07:40:33 +0000",
    subject="TDSA-5521 Your request has been resolved (KCSC-240912-07)",
    reply_to_req=mid("KCSC-240912-07"),
    body="""
—-—-—-—-
Reply above this line.

Nadia K. resolved this as Done.

Hello,

Both posts from the coldlake_market channel referenced in KCSC-240912-07 were
removed by our moderators on 15 September:

  • https://t.me/coldlake_market/45
  • https://t.me/coldlake_market/47

The channel has also received a strike.

Nadia K.
Telegram DSA Service Desk

View request · Turn off this request's notifications
This is shared with KCSC Takedown.
Powered by a service desk, sent by Telegram DSA Service Desk.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification",
    why="one sentence states both bulleted posts were removed; each URL is named",
    items={R7[0]: "removed", R7[1]: "removed"},
)

CSV_TG = """reported_url,action,action_date
https://t.me/coldlake_market/45,content removed,2024-09-14
https://t.me/coldlake_market/47,not found - message does not exist,2024-09-14
"""

case(
    name="tg-csv-attachment-result",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA Team",
    date="Sat, 14 Sep 2024 12:05:10 +0000",
    subject="Re: KCSC-240912-07 - results",
    reply_to_req=mid("KCSC-240912-07"),
    raw_mime=multipart("mixed", "tgcsv-7f3a91", [
        (TEXT8, """
Hello,

Please find attached the outcome for each link in your request KCSC-240912-07.

Telegram DSA Team
"""),
        ('Content-Type: text/csv; charset=utf-8; name="KCSC-240912-07_results.csv"\n'
         'Content-Disposition: attachment; filename="KCSC-240912-07_results.csv"\n'
         "Content-Transfer-Encoding: base64", b64(CSV_TG)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply carrying a per-URL CSV export of the ticket's actions",
    why="CSV attachment: first post removed, second does not exist",
    items={R7[0]: "removed", R7[1]: "not_found"},
)

case(
    name="x-case-update-withheld-and-declined",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 02:18:40 +0000",
    subject="Case #0194477321: Update on your report KCSC-240905-02",
    reply_to_req=mid("KCSC-240905-02"),
    body="""
Hello,

We have reviewed the report you submitted on behalf of the Korea Communications
Standards Commission (reference KCSC-240905-02).

In response to your request, we have withheld the following posts in South Korea:

https://x.com/hanriver_fox42/status/1831002211223344556
https://x.com/hanriver_fox42/status/1831009988776655443

After careful review we did not find the post below to be in violation of the
X Rules or local law, and we are not taking action on it at this time:

https://x.com/dawnpetal_77/status/1831450001122334455

We are still reviewing the remaining post in your report.

Learn more about our country withheld content policy:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome mail (country-withheld content notice)",
    why="two posts withheld in South Korea (restricted), one declined (rejected); help link not an item; greymoth still under review",
    items={R2[0]: "restricted", R2[1]: "restricted", R2[2]: "rejected", R2[3]: "pending"},
)

case(
    name="x-angle-brackets-wrapped",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 05:51:09 +0000",
    subject="Re: Case #0194477321 (KCSC-240905-02)",
    reply_to_req=mid("KCSC-240905-02"),
    body="""
Hello,

Following our previous update, the following posts have been removed from X
for violating our rules:

<https://x.com/dawnpetal_77/status/1831450001122334455>
<https://twitter.com/greymoth_kr/status/
1830777766655544433>

This case is now closed.

Thanks,
X
""",
    outcome="applied", classification="confirmation",
    imitates="X case follow-up mail with links in angle brackets, one wrapped by the mail client",
    why="both angle-bracketed posts removed; the second URL is wrapped inside its brackets (RFC 3986 appendix C style)",
    items={R2[2]: "removed", R2[3]: "removed"},
)

X_QP_BODY = """Hello,

Thank you for your patience. We have reviewed the remaining posts from your report KCSC-240905-02.

https://twitter.com/greymoth_kr/status/1830777766655544433 \u2014 withheld in South Korea in response to a valid legal demand.

https://x.com/hanriver_fox42/status/1831002211223344556 \u2014 removed; the account holder deleted it after we notified them of the violation.

You can review the status of your reports in the legal request portal.

Thanks,
X Legal
"""

case(
    name="x-quoted-printable-body",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Thu, 12 Sep 2024 04:33:27 +0000",
    subject="Case #0194477321: outcome",
    reply_to_req=mid("KCSC-240905-02"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(X_QP_BODY),
    outcome="applied", classification="confirmation",
    imitates="X legal outcome notice sent quoted-printable with em dashes",
    why="quoted-printable body with soft line breaks: greymoth withheld in Korea (restricted); hanriver post removed after notice",
    items={R2[3]: "restricted", R2[0]: "removed"},
)

case(
    name="yt-helpscout-three-outcomes",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 01:09:55 +0000",
    subject="Re: [7-1842000033817] KCSC-240906-03",
    reply_to_req=mid("KCSC-240906-03"),
    body="""
Hi there,

Thanks for reaching out to YouTube. I've finished reviewing the three videos in
your request KCSC-240906-03.

1) https://www.youtube.com/watch?v=Qm7TzR2pLx4 — we removed this video under
   our Community Guidelines on regulated goods.
2) https://www.youtube.com/watch?v=bN4kW8sYe0c — we have blocked this video
   from view in South Korea based on local law. It is still available in
   other countries.
3) https://youtu.be/Hc3vJ9aPq2M — after review, we decided not to take action
   as the video does not violate our policies or local law.

If you have any further questions, just reply to this email.

Cheers,
Minseo
The YouTube Legal Support Team

--
How would you rate my reply?
Great   Okay   Not Good
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style agent reply from a video platform's legal support team, with rating footer",
    why="numbered list with one wrapped statement per video: removed, blocked in Korea (restricted), no action (rejected)",
    items={R3[0]: "removed", R3[1]: "restricted", R3[2]: "rejected"},
)

case(
    name="yt-actioned-phrase-age-restricted",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal",
    date="Thu, 12 Sep 2024 22:47:12 +0000",
    subject="Your legal removal request [7-1842000033817] has been updated",
    reply_to_req=mid("KCSC-240906-03"),
    body="""
Hello,

We've reviewed the content you identified in KCSC-240906-03.

The video at https://www.youtube.com/watch?v=Qm7TzR2pLx4 has been actioned under our policies.

The video at https://www.youtube.com/watch?v=bN4kW8sYe0c has been age-restricted. It can no longer be viewed by signed-out users or by users under 18.

We have not finished our review of the third video and will write again.

Sincerely,
The YouTube Team

© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal request update ('has been actioned under our policies', age restriction)",
    why="configured phrase 'actioned under our policies' (removed); age-restricted (restricted); third video promised later, stays pending",
    items={R3[0]: "removed", R3[1]: "restricted", R3[2]: "pending"},
)

YT_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<div style="max-width:600px;margin:auto;font-family:Roboto,Arial">
<p>Hi KCSC Takedown,</p>
<p>This is an update on case <b>7-1842000033817</b> (your reference KCSC-240906-03).</p>
<p>The following video is no longer available on YouTube because it was removed for violating our Community Guidelines:<br>
<a href="https://www.youtube.com/watch?v=bN4kW8sYe0c">https://www.youtube.com/watch?v=bN4kW8sYe0c</a></p>
<p>We were unable to locate the following video. It may have been an incorrect link, and no video with this id exists:<br>
<a href="https://youtu.be/Hc3vJ9aPq2M">https://youtu.be/Hc3vJ9aPq2M</a></p>
<p>Best regards,<br>YouTube Legal Support</p>
<p style="font-size:11px;color:#777">You received this email because you submitted a legal request. <a href="https://support.google.com/legal/answer/3110420">Privacy</a></p>
</div></body></html>
"""

case(
    name="yt-base64-html-update",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 03:20:44 +0000",
    subject="Update on case 7-1842000033817",
    reply_to_req=mid("KCSC-240906-03"),
    raw_mime=multipart("alternative", "yt-alt-00b1", [
        ("Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64", b64(YT_HTML)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Google legal support HTML notice, base64-encoded, one link per paragraph",
    why="statement sentence then the link on the next line: removed; and 'unable to locate... no video with this id exists' (not_found)",
    items={R3[1]: "removed", R3[2]: "not_found"},
)

case(
    name="naver-cs-answer-korean-particles",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 15:02:31 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240909-04)",
    reply_to_req=mid("KCSC-240909-04"),
    body="""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240909-04)에 대한 처리 결과를 안내드립니다.

https://blog.naver.com/moonlit_shelf/223561100457은 게시중단 조치하였습니다.
https://blog.naver.com/moonlit_shelf/223561100912는 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
https://cafe.naver.com/greenstairs/88120（카페 게시글）은 운영정책 위반으로 삭제되었습니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

더 궁금하신 사항은 고객센터(https://help.naver.com)로 문의해 주세요.
감사합니다.

※ 본 메일은 발신전용입니다. 답변 만족도 평가에 참여해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 '문의하신 내용에 대한 답변' mail with 게시중단/임시조치/삭제 results",
    why="URLs followed directly by Korean particles or full-width brackets: 게시중단 (removed), 임시조치 (restricted), 삭제 (removed); help link not an item",
    items={R4[0]: "removed", R4[1]: "restricted", R4[2]: "removed", R4[3]: "pending", R4[4]: "pending"},
)

case(
    name="naver-raw-korean-path-author-deleted",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 10:44:02 +0900",
    subject="Re: [네이버 고객센터] 추가 답변 (KCSC-240909-04)",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

남은 두 건에 대하여 추가로 답변드립니다.

1. {IN_NAVER_RAW}
   → 해당 콘텐츠는 작성자가 이미 삭제하여 확인되지 않습니다.

2. https://cafe.naver.com/greenstairs/88134
   → 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 별도 조치를 하지 않았습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up answer with a numbered list and arrow result lines, Korean raw path",
    why="raw Korean path matches its percent-encoded form: deleted by its author (not_found); no violation found, no action (rejected)",
    items={R4[4]: "not_found", R4[3]: "rejected"},
)

case(
    name="naver-text-table-five-results",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 17:30:00 +0900",
    subject="[시정요구 조치결과] KCSC-240909-04",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
방송통신심의위원회 담당자님께,

귀 위원회의 시정요구(KCSC-240909-04)에 대한 조치 결과를 아래와 같이 회신합니다.

| 번호 | URL | 조치 결과 |
|---|---|---|
| 1 | https://blog.naver.com/moonlit_shelf/223561100457 | 게시중단 |
| 2 | https://blog.naver.com/moonlit_shelf/223561100912 | 블라인드 |
| 3 | https://cafe.naver.com/greenstairs/88120 | 국내 접속 차단 |
| 4 | https://cafe.naver.com/greenstairs/88134 | 게시물 없음 (작성자 삭제) |
| 5 | {IN_NAVER} | 비공개 처리 |

조치 일시: 2024. 9. 13. 16:00

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 reply with a pipe text table",
    why="text table: 게시중단 and 블라인드 (removed), 접속 차단 (restricted), 게시물 없음/작성자 삭제 (not_found), 비공개 처리 (removed)",
    items={R4[0]: "removed", R4[1]: "removed", R4[2]: "restricted", R4[3]: "not_found", R4[4]: "removed"},
)

case(
    name="naver-followup-thread-quoted-answer",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Mon, 16 Sep 2024 09:05:48 +0900",
    subject="Re: Re: [네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240909-04)",
    reply_to_req=mid("KCSC-240909-04"),
    body="""
안녕하세요. 네이버 고객센터입니다.

재문의 주신 https://cafe.naver.com/greenstairs/88134 게시글은 카페 운영자 요청 및
내부 검토를 거쳐 블라인드 처리되었음을 알려드립니다.

감사합니다.

-----원본 메시지-----
보낸 사람: 네이버 고객센터 <help@navercorp.com>
보낸 날짜: 2024년 9월 11일 수요일 오후 3:02
제목: [네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240909-04)

> https://blog.naver.com/moonlit_shelf/223561100457은 게시중단 조치하였습니다.
> https://blog.naver.com/moonlit_shelf/223561100912는 30일간 임시조치하였습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 재문의 answer in the same thread, over the quoted earlier answer",
    why="new statement: 88134 블라인드 (removed); statements in the quoted earlier answer are not re-read",
    items={R4[3]: "removed", R4[0]: "pending", R4[1]: "pending"},
)

case(
    name="kakao-cs-resolved-korean",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 11:20:15 +0900",
    subject="[카카오 고객센터] 문의에 대한 답변이 등록되었습니다 (#6120443)",
    reply_to_req=mid("KCSC-240910-05"),
    body="""
안녕하세요, 카카오 고객센터입니다.

요청번호 KCSC-240910-05로 접수하신 게시물에 대해 다음과 같이 조치하였습니다.

- 다음카페 게시글 https://cafe.daum.net/bluepine_club/Xk3r/1402 : 삭제 완료
- 티스토리 게시글 https://quietriver.tistory.com/318 : 임시조치(30일) 완료

문의하신 내용은 해결 상태로 변경되었습니다. 추가 문의가 있으시면 이 메일에 회신해 주세요.

카카오 고객센터 드림
https://cs.kakao.com
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 '답변이 등록되었습니다' ticket mail (Daum cafe / Tistory)",
    why="bulleted results: 삭제 완료 (removed), 임시조치 완료 (restricted); the cs.kakao.com link is not an item",
    items={R5[0]: "removed", R5[1]: "restricted"},
)

case(
    name="kakao-outlook-topposted",
    **{"from": "safety@kakaocorp.com"},
    name_from="Kakao Safety",
    date="Fri, 13 Sep 2024 16:48:00 +0900",
    subject="RE: [KCSC-240910-05] 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240910-05"),
    body="""
담당자님 안녕하세요.

요청하신 두 건 처리 결과 회신드립니다.
티스토리 게시글(https://quietriver.tistory.com/318)은 블라인드 처리되었습니다.
다음카페 https://cafe.daum.net/bluepine_club/Xk3r/1402 는 확인 결과 존재하지 않는 게시글입니다.

카카오 세이프티팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:15 AM
To: cs-policy@kakaocorp.com
Subject: [KCSC-240910-05] 게시물 삭제 요청

아래 게시물에 대해 삭제 또는 접속차단을 요청드립니다.
https://cafe.daum.net/bluepine_club/Xk3r/1402
https://quietriver.tistory.com/318
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style top-posted reply over the regulator's quoted request",
    why="URL in parentheses 블라인드 (removed); 존재하지 않는 게시글 (not_found); the quoted request below '-----Original Message-----' states nothing",
    items={R5[1]: "removed", R5[0]: "not_found"},
)

case(
    name="discord-sole-statement-one-item",
    **{"from": "trust-safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 20:11:36 +0000",
    subject="Re: KCSC-240911-06 [Ticket #30884102]",
    reply_to_req=mid("KCSC-240911-06"),
    body="""
Hi there,

Thanks for your report. Our Trust & Safety team reviewed the server you reported
and found that it violated Discord's Community Guidelines. The server has been
removed from Discord and its owner's account has been actioned.

We appreciate you helping keep Discord safe.

Discord Trust & Safety
https://discord.com/guidelines
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome reply ('the server has been removed')",
    why="one-item request, reply in its thread: the single unhedged statement 'the server has been removed' applies to that item",
    items={R6[0]: "removed"},
)

case(
    name="discord-invite-invalid",
    **{"from": "legal@discord.com"},
    name_from="Discord Legal",
    date="Sat, 14 Sep 2024 03:02:10 +0000",
    subject="[Ticket #30884102] Request KCSC-240911-06 - Solved",
    body="""
##- Please type your reply above this line -##

Hello,

We looked into discord.gg/velvetnest9 from your request. That invite link is
invalid and we could not find any server associated with it, so there was
nothing for us to act on.

If you have a message link or a server ID, please open a new ticket.

Discord Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Discord legal ticket reply about an invalid invite link",
    why="scheme-less invite link stated invalid, no server found: not_found (the new-ticket offer is no request for more on this item)",
    items={R6[0]: "not_found"},
)

case(
    name="tg-receipt-plus-statement",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse Desk",
    date="Wed, 04 Sep 2024 03:30:00 +0000",
    subject="[Request #482213] Received: KCSC-240903-01 removal request",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
##- Please type your reply above this line -##

Your request (482213) has been received and is being reviewed by our support staff.

Hello,

We have received your report. Two of the links were already known to us and
have been blocked:

https://t.me/velvetharbor_kr/1057
https://t.me/quietcove_archive/602

We will get back to you on the other links once they have been reviewed.

Telegram Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk receipt mail whose agent added an immediate partial result",
    why="acknowledgement wording plus an unhedged statement about two named links (blocked = removed); the rest is a promise",
    items={R1[2]: "removed", R1[13]: "removed"},
)

case(
    name="x-partial-with-promise",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 19:55:00 +0000",
    subject="Case #0194477321 (KCSC-240905-02): partial response",
    reply_to_req=mid("KCSC-240905-02"),
    body="""
Hello,

This is a partial response to your report.

The post https://x.com/hanriver_fox42/status/1831002211223344556 has been removed for
violating our private information policy.

We are continuing to review https://x.com/hanriver_fox42/status/1831009988776655443
and https://x.com/dawnpetal_77/status/1831450001122334455 and will let you know the
outcome.

Thanks,
X
""",
    outcome="applied", classification="confirmation",
    imitates="X partial response to a multi-post legal request",
    why="one post removed; the two others are 'continuing to review' (pending)",
    items={R2[0]: "removed", R2[1]: "pending", R2[2]: "pending"},
)

case(
    name="tg-gmail-numbered-trailing-punct",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA Team",
    date="Sun, 15 Sep 2024 10:26:02 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
Hi,

Here is where we are with your list:

1. https://t.me/velvetharbor_kr/1041. Deleted by our moderators.
2. https://t.me/mintgarden_leaks/221: deleted.
3. https://t.me/seoulnight_vault/90 - this post is now unavailable to users in South Korea; it remains visible elsewhere.
4. https://t.me/paperlantern_room/3312, we cannot find this message; the link appears to be incorrect.

Regards,
Telegram DSA Team

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
> Please remove the following content (request KCSC-240903-01):
> https://t.me/velvetharbor_kr/1041
> https://t.me/mintgarden_leaks/221
> https://t.me/seoulnight_vault/90
> https://t.me/paperlantern_room/3312
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style numbered reply over the quoted original request",
    why="URLs followed by '.', ':' and ',': deleted, deleted, unavailable in South Korea (restricted), cannot find (not_found; 'appears' hedges only the reason)",
    items={R1[0]: "removed", R1[5]: "removed", R1[8]: "restricted", R1[11]: "not_found"},
)

case(
    name="tg-staff-forwards-moderation-result",
    **{"from": "nadia.k@telegram.org"},
    name_from="Nadia K.",
    date="Sun, 15 Sep 2024 08:14:30 +0000",
    subject="Fwd: coldlake_market - KCSC-240912-07 done",
    reply_to_req=mid("KCSC-240912-07"),
    body="""
Hello KCSC team,

Forwarding our moderation team's note on your request. To confirm: both
https://t.me/coldlake_market/45 and https://t.me/coldlake_market/47 have been
removed.

Nadia K.
Telegram DSA Team

---------- Forwarded message ---------
From: Telegram Moderation <moderation@telegram.org>
Date: Sun, Sep 15, 2024 at 7:58 AM
Subject: coldlake_market - KCSC-240912-07 done
To: Nadia K. <nadia.k@telegram.org>

Both posts deleted, channel warned. Closing on our side.
""",
    outcome="applied", classification="confirmation",
    imitates="platform employee forwarding an internal moderation note to the regulator, with her own confirmation on top",
    why="the authenticated Telegram sender states in her own words that both named posts were removed; the forwarded internal note is only context",
    items={R7[0]: "removed", R7[1]: "removed"},
)

# ================================================================ REVIEW

case(
    name="tg-promise-within-24h",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse Desk",
    date="Thu, 05 Sep 2024 09:00:12 +0000",
    subject="[Request #482213] Re: KCSC-240903-01 removal request",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
##- Please type your reply above this line -##

Hello,

We have contacted the administrators of the channels below. If they do not
delete the posts themselves within 24 hours, our moderators will remove them:

https://t.me/seoulnight_vault/88
https://t.me/seoulnight_vault/95
https://t.me/paperlantern_room/3310

We will confirm once this is done.

Telegram Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk ticket comment announcing a conditional, future action",
    why="a condition and a promise ('will remove them'), no statement of what was done",
    items={R1[7]: "pending", R1[9]: "pending", R1[10]: "pending"},
)

case(
    name="x-hedge-appear-removed",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Fri, 06 Sep 2024 23:40:00 +0000",
    subject="Case #0194477321: KCSC-240905-02",
    reply_to_req=mid("KCSC-240905-02"),
    body="""
Hello,

Thanks for your report. From our initial check, the posts
https://x.com/dawnpetal_77/status/1831450001122334455 and
https://twitter.com/greymoth_kr/status/1830777766655544433 appear to have been
removed already, possibly by the account holders. We are confirming this with
the responsible team.

Thanks,
X
""",
    outcome="review", review="not_understood",
    imitates="X initial-check reply with hedged wording",
    why="'appear to have been removed... possibly' and 'confirming this' are hedges, not statements",
    items={R2[2]: "pending", R2[3]: "pending"},
)

case(
    name="yt-bulk-all-videos-removed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 05:15:00 +0000",
    subject="Re: [7-1842000033817] KCSC-240906-03 - closed",
    reply_to_req=mid("KCSC-240906-03"),
    body="""
Hi,

Thanks for your patience. All of the videos listed in your request
KCSC-240906-03 have been removed from YouTube for violating our Community
Guidelines. We are marking this case as solved.

Best,
YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="ticket closed with a blanket 'all of the videos have been removed' statement",
    why="one statement for a three-item request without naming any video: bulk review, items stay pending",
    items={R3[0]: "pending", R3[1]: "pending", R3[2]: "pending"},
)

case(
    name="tg-zendesk-solved-bulk",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse Desk",
    date="Tue, 17 Sep 2024 12:00:00 +0000",
    subject="[Request #482213] KCSC-240903-01 - Solved",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
##- Please type your reply above this line -##

Your request (482213) has been solved. To reopen this request, reply to this email.

----------------------------------------------

Telegram Abuse Desk

Sep 17, 2024, 12:00 UTC

Hello,

We took action on the links you reported. The content is no longer available
on Telegram. Thank you for helping keep Telegram safe.

----------------------------------------------
[KX9P2M-4R7Q]
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'request solved' mail with a blanket statement",
    why="blanket 'took action on the links... no longer available' for a 14-item request naming none",
    items={u: "pending" for u in R1},
)

case(
    name="naver-auth-fail",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    auth="fail",
    date="Thu, 12 Sep 2024 13:13:13 +0900",
    subject="[네이버 고객센터] 처리 결과 안내 (KCSC-240909-04)",
    reply_to_req=mid("KCSC-240909-04"),
    body="""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물을 모두 확인하여 아래와 같이 처리하였습니다.

https://blog.naver.com/moonlit_shelf/223561100457 : 삭제
https://blog.naver.com/moonlit_shelf/223561100912 : 삭제

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER result notice whose DKIM/SPF/DMARC all fail",
    why="statements look ordinary but the message fails authentication for navercorp.com",
    items={R4[0]: "pending", R4[1]: "pending"},
)

case(
    name="tg-lookalike-helpdesk-domain",
    **{"from": "support@telegram-helpdesk.net"},
    name_from="Telegram Support",
    date="Fri, 13 Sep 2024 18:18:18 +0000",
    subject="Re: KCSC-240912-07 [Ticket #99031]",
    reply_to_req=mid("KCSC-240912-07"),
    body="""
Hello,

Your ticket has been processed. The following posts were deleted:

https://t.me/coldlake_market/45
https://t.me/coldlake_market/47

Telegram Support
""",
    outcome="review", review="unknown_sender",
    imitates="helpdesk-hosted reply from a domain that is not Telegram's",
    why="names our request and its URLs but comes from a domain of no configured platform",
    items={R7[0]: "pending", R7[1]: "pending"},
)

case(
    name="kakao-wrong-platform-naver-url",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 15:40:00 +0900",
    subject="[카카오 고객센터] 문의에 대한 답변 (#6120519)",
    body="""
안녕하세요, 카카오 고객센터입니다.

보내주신 요청서(KCSC-240909-04)는 네이버 카페 주소로 되어 있어 당사에 잘못 접수된 것으로 보입니다.
참고로 https://cafe.naver.com/greenstairs/88120 게시글은 이미 삭제되어 존재하지 않는 것으로 확인됩니다.

네이버 측에 문의해 주시기 바랍니다.
카카오 고객센터 드림
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao 고객센터 answer to a request misaddressed to it, about a NAVER cafe post",
    why="Kakao states a status for a NAVER item; only NAVER may change it",
    items={R4[2]: "pending"},
)

case(
    name="yt-asks-more-info",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 02:02:02 +0000",
    subject="Re: [7-1842000033817] KCSC-240906-03 - more information needed",
    reply_to_req=mid("KCSC-240906-03"),
    body="""
Hi,

Thanks for your request. Before we can proceed with
https://www.youtube.com/watch?v=Qm7TzR2pLx4 and https://youtu.be/Hc3vJ9aPq2M,
we need some additional information:

- the timestamps where the content you consider unlawful appears, and
- the specific provision of Korean law that the content violates.

Please reply to this email with the details. This case will remain open
pending your reply.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal support 'we need more information' reply",
    why="asks the regulator for timestamps and legal basis; nothing stated about the two videos",
    items={R3[0]: "pending", R3[2]: "pending"},
)

case(
    name="naver-satisfaction-survey",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    subject="[네이버 고객센터] 상담 만족도 조사에 참여해 주세요",
    body="""
안녕하세요. 네이버 고객센터입니다.

최근 이용하신 문의(상담번호 2409-5518834)가 종료되었습니다.
상담 서비스에 만족하셨나요? 아래 링크에서 간단한 설문에 참여해 주세요.

https://help.naver.com/survey/2409-5518834

더 나은 서비스를 위해 노력하겠습니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="ticket-system satisfaction survey sent after a ticket is closed",
    why="trusted NAVER mail naming no requested item and no request reference (only the portal's own consultation number and survey link)",
    items={},
)

case(
    name="x-still-under-review-reminder-reply",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 01:11:11 +0000",
    subject="Re: Reminder: KCSC-240905-02 - items still pending",
    body="""
Hello,

Thank you for your follow-up. Your report is still under review.
https://x.com/hanriver_fox42/status/1831009988776655443 has been escalated to our
legal team, and we expect to have an answer for you by next week.

Thanks,
X

On Thu, Sep 12, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> This is a reminder about request KCSC-240905-02. No answer yet for:
> https://x.com/hanriver_fox42/status/1831009988776655443
> https://x.com/dawnpetal_77/status/1831450001122334455
""",
    outcome="review", review="not_understood",
    imitates="X reply to a reminder: still under review, escalated",
    why="'under review', 'escalated', 'expect to have an answer': no statement about the named post",
    items={R2[1]: "pending", R2[2]: "pending"},
)

case(
    name="kcsc-staff-forwards-naver-reply",
    **{"from": "jiwon.park@kcsc.example"},
    name_from="Park Jiwon",
    date="Sat, 14 Sep 2024 11:30:00 +0900",
    subject="Fwd: [네이버 고객센터] 처리 결과 (KCSC-240909-04)",
    body="""
이 회신이 제 개인 메일함으로 와서 전달합니다.

---------- Forwarded message ---------
From: 네이버 고객센터 <help@navercorp.com>
Date: 2024년 9월 13일 (금) 오후 6:20
Subject: [네이버 고객센터] 처리 결과 (KCSC-240909-04)
To: <jiwon.park@kcsc.example>

안녕하세요. 네이버 고객센터입니다.
https://cafe.naver.com/greenstairs/88120 게시글은 게시중단 처리되었습니다.
https://blog.naver.com/moonlit_shelf/223561100912 게시글은 삭제되었습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="regulator's own staff forwarding a platform answer received in a personal mailbox",
    why="the NAVER statements arrive only inside a forward, whose origin cannot be authenticated; a person must confirm",
    items={R4[2]: "pending", R4[1]: "pending"},
)

# ================================================================ IGNORED

case(
    name="tg-zendesk-receipt",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse Desk",
    date="Tue, 03 Sep 2024 01:02:11 +0000",
    subject="[Request #482213] Received: KCSC-240903-01 removal request",
    reply_to_req=mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (482213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from Telegram Support.
[KX9P2M-4R7Q]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'your request has been received' notification",
    why="pure receipt: ticket number, nothing about any item",
    items={},
)

case(
    name="x-out-of-office",
    **{"from": "j.reyes@x.com"},
    name_from="Jordan Reyes",
    date="Fri, 06 Sep 2024 00:05:00 +0000",
    subject="Automatic reply: KCSC-240905-02 removal request",
    reply_to_req=mid("KCSC-240905-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi,

I'm out of the office until Monday 16 September with limited access to email.
For urgent legal requests please use legal@x.com or the legal request portal.

Jordan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a platform employee",
    why="out-of-office auto-reply",
    items={},
)

DSN_TEXT = """This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cs-policy@kakaocorp.com>: host mailstore.kakaocorp.com[203.0.113.25] said:
    552 5.2.2 Mailbox full (in reply to end of DATA command)
"""
DSN_STATUS = """Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Tue, 17 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; cs-policy@kakaocorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
"""
DSN_ORIG = """From: KCSC Takedown <takedown@kcsc.example>
To: cs-policy@kakaocorp.com
Subject: Reminder: KCSC-240910-05 - 2 items still pending
Date: Tue, 17 Sep 2024 10:00:00 +0900
Message-ID: <reminder.KCSC-240910-05.1@kcsc.example>

Dear Kakao,
No answer yet for request KCSC-240910-05:
https://cafe.daum.net/bluepine_club/Xk3r/1402
https://quietriver.tistory.com/318
"""

case(
    name="kakao-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Tue, 17 Sep 2024 10:00:04 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "dsn-6a2c-kakao", [
        ("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii", DSN_TEXT),
        ("Content-Description: Delivery report\nContent-Type: message/delivery-status", DSN_STATUS),
        ("Content-Description: Undelivered Message\nContent-Type: message/rfc822", DSN_ORIG),
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) returning our reminder",
    why="delivery status notification; the URLs are only in our own returned reminder",
    items={},
)

MDN_TEXT = """This is a receipt for the mail you sent to legal-kr@google.com at 2024-09-06 11:00 KST.

This receipt verifies that the message has been displayed on the recipient's computer. There is no guarantee that the content has been read or understood.
"""
MDN_STATUS = """Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <req-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""

case(
    name="yt-mdn-read-receipt",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal KR",
    date="Fri, 06 Sep 2024 04:31:00 +0000",
    subject="Read: KCSC-240906-03 removal request",
    reply_to_req=mid("KCSC-240906-03"),
    raw_mime=multipart("report", "mdn-90d1-google", [
        ("Content-Type: text/plain; charset=utf-8", MDN_TEXT),
        ("Content-Type: message/disposition-notification", MDN_STATUS),
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification ('Read:' receipt)",
    why="MDN: says only that our request was displayed",
    items={},
)

case(
    name="kakao-freshdesk-receipt-korean",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 10:16:40 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (#6120443)",
    reply_to_req=mid("KCSC-240910-05"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호 #6120443)
담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.

접수 내용 확인: https://cs.kakao.com/requests/6120443

※ 본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 '문의가 접수되었습니다' automatic receipt",
    why="pure Korean receipt with the platform's own ticket link",
    items={},
)

case(
    name="discord-jira-request-received",
    **{"from": "legal@discord.com"},
    name_from="Discord Legal",
    date="Wed, 11 Sep 2024 07:01:22 +0000",
    subject="DLR-20931 Request received: KCSC-240911-06",
    reply_to_req=mid("KCSC-240911-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
—-—-—-—-
Reply above this line.

Your request DLR-20931 "KCSC-240911-06" has been received.

We've received your request and someone from our team will be in touch soon.
You can view the status of your request at
https://discord.com/support/requests/DLR-20931

This is shared with KCSC Takedown.
Powered by a service desk, sent by Discord Legal.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' customer notification",
    why="receipt only; the portal link is the platform's own page, not an item",
    items={},
)

case(
    name="naver-ooo-korean",
    **{"from": "sumin.lee@navercorp.com"},
    name_from="이수민",
    date="Mon, 09 Sep 2024 09:31:00 +0900",
    subject="[부재중] Re: KCSC-240909-04 게시물 조치 요청",
    reply_to_req=mid("KCSC-240909-04"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 이수민입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 업무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean '[부재중]' out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

HEADER = """# Blind set 110: ticket systems and threads (receipts then results, solved
# tickets, follow-ups in the same thread, replies to reminders, partial
# answers, forwarded mail). Written from each email's meaning before any run
# of the reader. Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind110", HEADER, CASES)
    print(f"{len(CASES)} cases")
