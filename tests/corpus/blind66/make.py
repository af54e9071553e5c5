#!/usr/bin/env python3
"""Blind set 66 (issue 11): a general English mix across seven platforms.

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Expected
results were written from each email's meaning before anything was run.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "tiktok.com": "TikTok",
    "fb.com": "Meta",
    "meta.com": "Meta",
    "instagram.com": "Instagram",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
})

YT = ["https://www.youtube.com/watch?v=" + v for v in [
    "qT4mZr8LwXa", "Hn2bV7kPo0c", "Zx9LmQ3rTy1", "aB3dE5fG7hJ", "Kp0oI9uY8tR",
    "Wq1Er2Ty3Ui", "Lm4Nb5Vc6Xz", "Pq7Rs8Tu9Vw", "Gh2Jk4Lm6Np", "Yt8Ui6Op4As",
    "Df3Gh5Jk7Lq", "Mn0Bv9Cx8Za"]] + [
    "https://www.youtube.com/shorts/sH0rtAbC123", "https://www.youtube.com/shorts/sH0rtXyZ789"]
X = ["https://x.com/grey_lantern_kr/status/1833012345678901234",
     "https://x.com/grey_lantern_kr/status/1833019876543210987",
     "https://x.com/midnight_reels09/status/1832555512345678901",
     "https://x.com/midnight_reels09/status/1832555598765432109",
     "https://x.com/paperkite_fan/status/1831444455556666777"]
TG = ["https://t.me/quiet_orchard/215", "https://t.me/quiet_orchard/219",
      "https://t.me/lunarstack_kr/88", "https://t.me/lunarstack_kr/91"]
TT = ["https://www.tiktok.com/@blue.moth.kr/video/7412345678901234567",
      "https://www.tiktok.com/@blue.moth.kr/video/7412345678901239999",
      "https://www.tiktok.com/@nightbus_2024/video/7410987654321098765"]
IG = ["https://www.instagram.com/p/C_kx7Rt2aBc/", "https://www.instagram.com/reel/C_mQ4wZp9Lk/"]
RD = ["https://www.reddit.com/r/fakeleaksclub/comments/1fbx7qa/new_folder_dump/"]
DC = ["https://discord.com/channels/1102233445566778899/1102233445566778900/1283344556677889900",
      "https://discord.com/channels/1102233445566778899/1102233445566778900/1283344556677889911"]

REQ = [
    ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", YT, "req-240909-01"),
    ("KCSC-240910-01", "x", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", X, "req-240910-01"),
    ("KCSC-240911-01", "telegram", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", TG, "req-240911-01"),
    ("KCSC-240912-01", "tiktok", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", TT, "req-240912-01"),
    ("KCSC-240913-01", "meta", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", IG, "req-240913-01"),
    ("KCSC-240916-01", "reddit", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", RD, "req-240916-01"),
    ("KCSC-240917-01", "discord", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00", DC, "req-240917-01"),
]


def write_requests():
    rows = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, mid in REQ:
        for u in urls:
            rows.append(f"{ref},{plat},{sent},{due},{u},illegal_content,<{mid}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def quoted(ref, urls, prefix="> "):
    lines = [f"Dear Sir or Madam,", "",
             f"The Korea Communications Standards Commission requests, under reference {ref},",
             "the removal of or blocking of access to the following content, which has",
             "been deliberated as illegal under the Network Act:", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please inform us of the measures taken by the due date.", "", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def d(day, hm):
    wd = {16: "Mon", 17: "Tue", 18: "Wed", 19: "Thu"}[day]
    return f"{wd}, {day} Sep 2024 {hm}:00 +0000"


C = []


def case(**kw):
    C.append(kw)


# ---------------------------------------------------------------- YouTube
case(name="yt-legal-outcome-per-line", **{"from": "legal-kr@google.com"}, date=d(18, "02:14"),
     subject="Re: [KCSC-240909-01] Request for removal of content - outcome",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="YouTube Legal Support 'outcome of your legal request' email (per-URL outcome lines)",
     why="per-line 'URL - Removed: ...' outcomes for four videos; policy link is not an item",
     items={YT[0]: "removed", YT[1]: "removed", YT[2]: "removed", YT[3]: "removed"},
     body=f"""Hello,

Thank you for contacting YouTube. We have completed our review of the
content identified in your request KCSC-240909-01. Our decisions are below.

{YT[0]} - Removed: violates our Community Guidelines
{YT[1]} - Removed: violates our Community Guidelines
{YT[2]} - Removed: violates our policy on harassment and cyberbullying
{YT[3]} - Removed: violates our Community Guidelines

You can learn more about our policies at https://support.google.com/youtube/answer/9288567 .

Regards,
The YouTube Legal Support Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

case(name="yt-blocked-in-korea", **{"from": "legal-kr@google.com"}, date=d(18, "03:40"),
     subject="Re: [KCSC-240909-01] Request for removal of content",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="Google local-law removal reply: 'we have blocked the content from view in <country>'",
     why="two videos blocked from view on YouTube in South Korea only: restricted",
     items={YT[4]: "restricted", YT[5]: "restricted"},
     body=f"""Hi there,

Thanks for reaching out. After reviewing your request under local law, we
have blocked the following videos from view in South Korea. They remain
available in other countries because they do not violate our Community
Guidelines.

  {YT[4]}
  {YT[5]}

Best,
YouTube Legal Team

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240909-01", YT[4:6])}
""")

case(name="yt-age-restricted-below-url", **{"from": "no-reply@youtube.com"}, date=d(18, "05:02"),
     subject="Update on your report - KCSC-240909-01",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="YouTube 'we've age-restricted the video you reported' notice, status on the line below the URL",
     why="status stands on the line below a bare URL: age-restricted means restricted",
     items={YT[6]: "restricted"},
     body=f"""Hello,

We reviewed the video you reported:

{YT[6]}
After review, this video has been age-restricted. It will not be visible
to users who are signed out, under 18, or have Restricted Mode enabled.

Learn more about age restrictions: https://support.google.com/youtube/answer/2802167

- The YouTube Team
""")

case(name="yt-no-violation", **{"from": "legal-kr@google.com"}, date=d(18, "06:11"),
     subject="Re: [KCSC-240909-01] Request for removal of content",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="YouTube 'we have decided not to take action' legal reply",
     why="no action because the video breaks no guideline and no local law found: rejected",
     items={YT[7]: "rejected"},
     body=f"""Hello,

Thank you for your notice. We reviewed the following video carefully:
{YT[7]}

We have decided not to take action on this video. It does not violate
YouTube's Community Guidelines, and the information provided did not
establish that it is unlawful in South Korea. If you have a court order
or further legal information, you may submit a new request at
https://support.google.com/legal/answer/3110420 .

Sincerely,
YouTube Legal Support
""")

html_tbl = f"""<html><body>
<p>Dear KCSC team,</p>
<p>Please find below the outcome for request <b>KCSC-240909-01</b>.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{YT[8]}">{YT[8]}</a></td><td>Removed (Community Guidelines)</td></tr>
<tr><td><a href="{YT[9]}">{YT[9]}</a></td><td>URL invalid &ndash; video not found</td></tr>
<tr><td><a href="{YT[10]}">{YT[10]}</a></td><td>Blocked in South Korea (local law)</td></tr>
</table>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>"""
txt_tbl = f"""Dear KCSC team,

Please find below the outcome for request KCSC-240909-01.

Reported URL | Outcome
{YT[8]} | Removed (Community Guidelines)
{YT[9]} | URL invalid - video not found
{YT[10]} | Blocked in South Korea (local law)

Regards,
YouTube Legal Support"""
case(name="yt-html-table-alternative", **{"from": "legal-kr@google.com"}, date=d(18, "07:25"),
     subject="Outcome: KCSC-240909-01",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="Google legal outcome table (reported URL / outcome columns), multipart/alternative",
     why="HTML table with three outcomes: removed, not found (invalid URL), blocked in KR = restricted",
     items={YT[8]: "removed", YT[9]: "not_found", YT[10]: "restricted"},
     raw_mime=f"""Content-Type: multipart/alternative; boundary="alt66b"

--alt66b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{txt_tbl}

--alt66b
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{html_tbl}

--alt66b--
""")

csv_att = ("url,decision,policy\r\n"
           f"{YT[11]},Removed,Harassment and cyberbullying\r\n"
           f"{YT[12]},Removed,Child safety\r\n"
           f"{YT[13]},No action - no policy violation,-\r\n")
csv_b64 = base64.encodebytes(csv_att.encode()).decode()
case(name="yt-csv-attachment", **{"from": "legal-kr@google.com"}, date=d(18, "08:30"),
     subject="Re: [KCSC-240909-01] Request for removal of content",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="Google bulk legal response with a CSV decision sheet attached",
     why="decisions only in the attached CSV: two removed, one left up for no policy violation",
     items={YT[11]: "removed", YT[12]: "removed", YT[13]: "rejected"},
     raw_mime=f"""Content-Type: multipart/mixed; boundary="mix66c"

--mix66c
Content-Type: text/plain; charset=utf-8

Hello,

Our decisions on the remaining URLs of your request KCSC-240909-01 are in
the attached spreadsheet.

YouTube Legal Support

--mix66c
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_decisions.csv"
Content-Transfer-Encoding: base64

{csv_b64}
--mix66c--
""")

case(name="yt-ack-receipt", **{"from": "legal-noreply@google.com"}, date=d(16, "01:05"),
     subject="Your legal request has been received [KCSC-240909-01]",
     reply_to_req="req-240909-01", outcome="ignored", classification="acknowledgement",
     imitates="Google 'we have received your legal request' automatic receipt",
     why="pure receipt with a request number; states nothing about any item",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Thank you for your submission.

We have received your legal request and a case has been opened
(Case ID: 7-4419000032981). Our team will review it and respond as soon
as possible. Please do not reply to this message.

Google Legal Support
""")

case(name="yt-still-reviewing", **{"from": "legal-kr@google.com"}, date=d(18, "09:45"),
     subject="Re: [KCSC-240909-01] Request for removal of content",
     reply_to_req="req-240909-01", outcome="review", review="not_understood",
     imitates="YouTube interim reply 'we are still reviewing these URLs'",
     why="names two requested videos but only says they are still under review: nothing to apply, must be seen",
     items={},
     body=f"""Hello,

The following videos from your request are still under review by our
specialist team:

{YT[0]}
{YT[1]}

We will follow up once we have reached a decision.

YouTube Legal Support
""")

case(name="yt-top-posted-over-quote", **{"from": "legal-kr@google.com"}, date=d(18, "10:20"),
     subject="Re: [KCSC-240909-01] Request for removal of content",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="top-posted Gmail reply over the regulator's quoted request list",
     why="one video taken down in the top-posted text; the quoted list of all 14 items counts for nothing",
     items={YT[2]: "removed"},
     body=f"""Hi,

We've taken down {YT[2]} for violating our Community Guidelines.

Thanks,
YouTube Legal

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240909-01", YT)}
""")

case(name="yt-dmarc-fail", **{"from": "legal-kr@google.com"}, auth="fail", date=d(18, "11:00"),
     subject="Re: [KCSC-240909-01] Request for removal of content",
     reply_to_req="req-240909-01", outcome="review", review="untrusted",
     imitates="YouTube legal outcome email, but DMARC fails (spoof attempt)",
     why="perfect removal statement but dmarc=fail: nothing applied, must be seen",
     items={},
     body=f"""Hello,

The following videos have been removed from YouTube:

{YT[0]}
{YT[3]}

YouTube Legal Support
""")

case(name="yt-wrong-platform", **{"from": "legal-kr@google.com"}, date=d(18, "11:30"),
     subject="Re: your request KCSC-240910-01",
     outcome="review", review="wrong_platform",
     imitates="Google reply to a request that concerns another service's content",
     why="trusted Google email claims an x.com post removed: not YouTube's item, must stay pending",
     items={},
     body=f"""Hello,

We have removed the content at {X[0]} as requested.

YouTube Legal Support
""")

qp_body = quopri.encodestring(f"""Hello,

Regarding your request KCSC-240909-01, we have taken the following actions:

\u2022 {YT[1]} \u2014 removed for violating our Community Guidelines
\u2022 {YT[5]} \u2014 restricted in South Korea under local law

For details on our policies, visit https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

\u2014 YouTube Trust & Safety
""".encode("utf-8")).decode()
case(name="yt-quoted-printable-bullets", **{"from": "legal-kr@google.com"}, date=d(18, "12:05"),
     subject="Re: [KCSC-240909-01] Request for removal of content",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="Google legal reply with bulleted actions, quoted-printable body",
     why="bulleted per-URL actions in quoted-printable (long URLs soft-wrapped): removed and restricted",
     items={YT[1]: "removed", YT[5]: "restricted"},
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp_body}""")

case(name="yt-will-be-removed", **{"from": "legal-kr@google.com"}, date=d(18, "13:15"),
     subject="Re: [KCSC-240909-01] Request for removal of content",
     reply_to_req="req-240909-01", outcome="review", review="not_understood",
     imitates="platform reply promising future action ('will be removed')",
     why="future tense: the video will be removed within 24 hours; nothing done yet",
     items={},
     body=f"""Hello,

We have confirmed the issue with {YT[3]} and it will be removed
within the next 24 hours.

YouTube Legal Support
""")

case(name="yt-outlook-original-message", **{"from": "yt-legal@google.com"}, date=d(19, "01:30"),
     subject="RE: [KCSC-240909-01] Request for removal of content",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="Outlook reply with '-----Original Message-----' block quoting the request",
     why="statement line above a list of two shorts; quoted request below the separator does not count",
     items={YT[12]: "removed", YT[13]: "removed"},
     body=f"""Dear KCSC,

The following Shorts have been removed for violating our policies:
{YT[12]}
{YT[13]}

Kind regards,
Jiwon Park
Legal Specialist, YouTube Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: legal-kr@google.com
Subject: [KCSC-240909-01] Request for removal of content

{quoted("KCSC-240909-01", YT, prefix="")}
""")

case(name="yt-noreply-autoreply", **{"from": "no-reply@youtube.com"}, date=d(18, "14:00"),
     subject="Automatic reply: [KCSC-240909-01] Reminder",
     reply_to_req="req-240909-01", outcome="ignored", classification="auto_reply",
     imitates="'This mailbox is not monitored' auto-reply from a no-reply address",
     why="auto-reply from an unmonitored mailbox, says nothing about items",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""This email address is not monitored. Replies to this address are not
read. To contact YouTube, please use the forms in our Help Center:
https://support.google.com/youtube/
""")

# ---------------------------------------------------------------- X
case(name="x-withheld-in-kr", **{"from": "legal@x.com"}, date=d(18, "02:00"),
     subject="Re: KCSC-240910-01 [ref:_00D3g3x_500Vq8k:ref]",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="X legal team reply: 'content withheld in the country in response to a valid legal demand'",
     why="two posts withheld in South Korea: restricted",
     items={X[0]: "restricted", X[1]: "restricted"},
     body=f"""Hello,

Thank you for your report. After review, X has withheld access to the
following content in South Korea in response to your request:

{X[0]}
{X[1]}

The account holder has been notified where permitted. More information
about country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
[ref:_00D3g3x_500Vq8k:ref]
""")

case(name="x-removed-for-rules", **{"from": "legal@x.com"}, date=d(18, "03:00"),
     subject="Re: KCSC-240910-01",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="X reply: content violated the X Rules and was removed from the service",
     why="prose statement that the post was removed for violating the X Rules",
     items={X[2]: "removed"},
     body=f"""Hello,

We reviewed the reported post ({X[2]}) and found it in violation of the
X Rules, specifically our non-consensual nudity policy. The post has been
removed from X.

Thanks,
X Safety
""")

case(name="x-status-below-each-url", **{"from": "legal@x.com"}, date=d(18, "04:00"),
     subject="Re: KCSC-240910-01",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="X legal case update with per-URL decision lines under each link",
     why="decision on the line below each bare URL: one removed, one left up as not violating the Rules or local law",
     items={X[3]: "removed", X[4]: "rejected"},
     body=f"""Hello,

Please see the outcome for each reported URL below.

{X[3]}
Decision: removed - violation of X Rules

{X[4]}
Decision: no action taken. We did not find this post to violate the X
Rules, and it was not found to be illegal under applicable local law.

X Legal
""")

case(name="x-out-of-office", **{"from": "m.jenkins@x.com", "name_from": "Morgan Jenkins"}, date=d(16, "00:10"),
     subject="Automatic reply: KCSC-240910-01 reminder",
     reply_to_req="req-240910-01", outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office automatic reply",
     why="out-of-office reply, nothing about items",
     extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: m.jenkins@x.com"],
     body="""I am out of the office until September 23 with limited access to email.
For urgent legal requests please write to legal@x.com.

Morgan
""")

case(name="x-lookalike-domain", **{"from": "legal@x-legalsupport.com", "name_from": "X Legal"}, date=d(18, "05:00"),
     subject="Re: KCSC-240910-01",
     reply_to_req="req-240910-01", outcome="review", review="unknown_sender",
     imitates="X legal removal reply sent from a look-alike domain",
     why="authenticated but not an X domain; it claims removals of our items: must be seen, nothing applied",
     items={},
     body=f"""Hello,

The following posts have been removed:
{X[0]}
{X[1]}

X Legal
""")

x_html = f"""<html><body><p>Hello,</p>
<p>The post you reported, <a href="{X[4]}">{X[4]}</a>, is no longer
available on X: it has been removed for violating our rules on
private media.</p>
<p>X Safety</p></body></html>"""
case(name="x-base64-html", **{"from": "noreply@x.com"}, date=d(18, "06:00"),
     subject="Update on your report (KCSC-240910-01)",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="X report-outcome HTML notice, base64 encoded",
     why="HTML-only, base64: the reported post has been removed",
     items={X[4]: "removed"},
     raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
     + base64.encodebytes(x_html.encode()).decode())

case(name="x-bulk-all-withheld", **{"from": "legal@x.com"}, date=d(18, "07:00"),
     subject="Re: KCSC-240910-01",
     reply_to_req="req-240910-01", outcome="review", review="bulk",
     imitates="X short reply 'all reported content has been withheld'",
     why="claims all five posts withheld without listing them (bulk_confirmations = review)",
     items={},
     body="""Hello,

All 5 posts listed in your request KCSC-240910-01 have been withheld in
South Korea.

X Legal
""")

# ---------------------------------------------------------------- Telegram
case(name="tg-abuse-blocked-prose", **{"from": "abuse@telegram.org"}, date=d(18, "02:30"),
     subject="Re: KCSC-240911-01",
     reply_to_req="req-240911-01", outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk short reply ('the content has been blocked')",
     why="two messages blocked on Telegram (prose, one per sentence): removed",
     items={TG[0]: "removed", TG[1]: "removed"},
     body=f"""Hello,

Thanks for your report. The message {TG[0]} has been blocked.
{TG[1]} was taken down as well.

Telegram Abuse Team
""")

case(name="tg-link-not-found", **{"from": "abuse@telegram.org"}, date=d(18, "03:30"),
     subject="Re: KCSC-240911-01",
     reply_to_req="req-240911-01", outcome="applied", classification="confirmation",
     imitates="Telegram abuse reply: the link leads to no existing message",
     why="the link does not lead to any existing message: not_found",
     items={TG[2]: "not_found"},
     body=f"""Hi,

We could not locate the content at {TG[2]} - this link does not lead to
any existing message or channel post.

Telegram Abuse Team
""")

case(name="tg-will-look-into", **{"from": "abuse@telegram.org"}, date=d(18, "04:30"),
     subject="Re: KCSC-240911-01",
     reply_to_req="req-240911-01", outcome="review", review="not_understood",
     imitates="Telegram abuse reply promising to look into a link",
     why="names one item, only promises to investigate and act if needed",
     items={},
     body=f"""Hello,

Thanks, we will look into {TG[3]} and take appropriate action if it
violates our Terms of Service.

Telegram Abuse Team
""")

dsn_text = """This is the mail system at host mail.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-archive@telegram.org>: host mx.telegram.org said: 550 5.1.1 User unknown
"""
case(name="tg-bounce-dsn", **{"from": "MAILER-DAEMON@telegram.org", "name_from": "Mail Delivery System"},
     date=d(18, "05:30"),
     subject="Undelivered Mail Returned to Sender",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (multipart/report; report-type=delivery-status)",
     why="bounce of our reminder; ignored",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn66"

--dsn66
Content-Type: text/plain; charset=utf-8

{dsn_text}
--dsn66
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.telegram.org
Arrival-Date: Wed, 18 Sep 2024 05:29:58 +0000

Final-Recipient: rfc822; dsa-archive@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn66
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-archive@telegram.org
Subject: Reminder: KCSC-240911-01
Message-ID: <rem-240911-01-1@kcsc.example>

--dsn66--
""")

case(name="tg-mixed-removed-and-refused", **{"from": "dsa@telegram.org"}, date=d(18, "06:30"),
     subject="Re: KCSC-240911-01",
     reply_to_req="req-240911-01", outcome="applied", classification="confirmation",
     imitates="Telegram DSA team reply with a removal and a refusal in one email",
     why="one message removed, another left up because it does not break the ToS",
     items={TG[0]: "removed", TG[3]: "rejected"},
     body=f"""Hello,

{TG[0]} - this message has been removed.

{TG[3]} - after review, this post does not violate Telegram's Terms of
Service, so we will not take it down.

Regards,
Telegram DSA Team
""")

# ---------------------------------------------------------------- TikTok
case(name="tiktok-removed-echoed-report", **{"from": "no-reply@tiktok.com"}, date=d(18, "03:10"),
     subject="TikTok: update on your report KCSC-240912-01",
     reply_to_req="req-240912-01", outcome="applied", classification="confirmation",
     imitates="TikTok 'we removed the content you reported' notice followed by the echoed report",
     why="statement about 'the content you reported' then an echoed report listing two videos",
     items={TT[0]: "removed", TT[1]: "removed"},
     body=f"""Hi,

Thanks for your report. We reviewed the content you reported and removed
it for violating our Community Guidelines.

Your report
Reference: KCSC-240912-01
Reported content:
- {TT[0]}
- {TT[1]}
Reason: Illegal activities and regulated goods

Learn more about our Community Guidelines: https://www.tiktok.com/community-guidelines

TikTok Trust and Safety
""")

case(name="tiktok-restricted-local-law", **{"from": "legal-kr@tiktok.com"}, date=d(18, "04:10"),
     subject="Re: KCSC-240912-01",
     reply_to_req="req-240912-01", outcome="applied", classification="confirmation",
     imitates="TikTok law enforcement/government request outcome: restricted in the requesting country",
     why="video restricted in South Korea based on local law: restricted",
     items={TT[2]: "restricted"},
     body=f"""Dear KCSC,

Following our review of your request, access to
{TT[2]}
has been restricted in the Republic of Korea in accordance with local law.

Sincerely,
TikTok Legal
""")

case(name="tiktok-asks-legal-basis", **{"from": "legal-kr@tiktok.com"}, date=d(18, "05:10"),
     subject="Re: KCSC-240912-01 - additional information required",
     reply_to_req="req-240912-01", outcome="review", review="asks_more", classification="request_for_info",
     imitates="TikTok request for more information before processing a government request",
     why="asks for the legal basis before acting on one named video",
     items={},
     body=f"""Dear KCSC,

To process your request regarding {TT[0]}, please provide the specific
legal provision under which this content is considered illegal and a
copy of the Commission's decision. We will be unable to proceed until we
receive this information.

TikTok Legal
""")

mdn_human = "This is a receipt for the mail you sent to legal-kr@tiktok.com.\nNote: this receipt only acknowledges that the message was displayed.\n"
case(name="tiktok-read-receipt", **{"from": "legal-kr@tiktok.com"}, date=d(17, "01:00"),
     subject="Read: KCSC-240912-01",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook/Thunderbird MDN read receipt (multipart/report; report-type=disposition-notification)",
     why="read receipt: ignored",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn66"

--mdn66
Content-Type: text/plain; charset=utf-8

{mdn_human}
--mdn66
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@tiktok.com
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn66--
""")

sor = f"""Statement of reasons

Reference: KCSC-240912-01
Content: {TT[1]}
Decision: Visibility restricted
Territorial scope: Republic of Korea
Facts and circumstances: notice received from a competent authority
Legal ground: local law of the Republic of Korea
Automated means used: No
Redress: you may appeal via https://www.tiktok.com/legal/report/feedback
"""
case(name="tiktok-dsa-sor-restricted", **{"from": "dsa-notices@tiktok.com"}, date=d(18, "06:10"),
     subject="Statement of reasons - KCSC-240912-01",
     reply_to_req="req-240912-01", outcome="applied", classification="confirmation",
     imitates="DSA Article 17 statement of reasons field layout",
     why="SoR fields: decision 'visibility restricted', territorial scope Korea: restricted",
     items={TT[1]: "restricted"},
     body=sor)

# ---------------------------------------------------------------- Meta
case(name="meta-local-law-restricted", **{"from": "records@meta.com"}, date=d(18, "02:50"),
     subject="Re: KCSC-240913-01 Content restriction request",
     reply_to_req="req-240913-01", outcome="applied", classification="confirmation",
     imitates="Meta 'we restricted access to content in your country based on local law' notice",
     why="post restricted in South Korea under local law: restricted",
     items={IG[0]: "restricted"},
     body=f"""Hello,

We've reviewed your report. Based on local law, we have restricted access
to the following content in South Korea:

{IG[0]}

It remains available in other locations because it does not go against
our Community Standards.

Meta Content Regulation Team
""")

case(name="meta-didnt-remove", **{"from": "records@meta.com"}, date=d(18, "03:50"),
     subject="Re: KCSC-240913-01",
     reply_to_req="req-240913-01", outcome="applied", classification="confirmation",
     imitates="Meta/Instagram 'We didn't remove the post because it doesn't go against our Community Standards'",
     why="negated removal with a reason: rejected",
     items={IG[1]: "rejected"},
     body=f"""Hi,

Thanks for your report about {IG[1]}.

We didn't remove this reel because it doesn't go against our Community
Standards, and we did not find it to be unlawful under applicable local law.

See our Community Standards: https://transparency.meta.com/policies/community-standards/

Meta
""")

case(name="meta-ticket-receipt", **{"from": "support@fb.com"}, date=d(16, "02:00"),
     subject="Your support ticket #7731904122 - KCSC-240913-01",
     reply_to_req="req-240913-01", outcome="ignored", classification="acknowledgement",
     imitates="Meta 'thanks for contacting us, we've received your message' ticket receipt",
     why="ticket receipt, nothing about items",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hi,

Thanks for contacting us. We've received your message and a support
ticket (#7731904122) has been created. A member of our team will review
your submission and get back to you.

Meta Support
""")

case(name="meta-some-actioned", **{"from": "records@meta.com"}, date=d(18, "04:50"),
     subject="Re: KCSC-240913-01",
     reply_to_req="req-240913-01", outcome="review", review="not_understood",
     imitates="Meta reply 'we took action on some of the content you reported'",
     why="'some of' the two listed items were actioned; which ones is not said: must go to review, nothing applied",
     items={},
     body=f"""Hello,

We have taken action on some of the content you reported:

{IG[0]}
{IG[1]}

Meta Content Regulation Team
""")

# ---------------------------------------------------------------- Reddit
case(name="reddit-url-one-sentence", **{"from": "noreply@reddit.com"}, date=d(18, "01:40"),
     subject="Re: KCSC-240916-01",
     reply_to_req="req-240916-01", outcome="applied", classification="confirmation",
     imitates="Reddit Safety short notice: URL plus one sentence",
     why="a notice that is only a URL and one sentence: removed",
     items={RD[0]: "removed"},
     body=f"""{RD[0]}
This post has been removed by Reddit's Safety team for violating the Reddit Content Policy.
""")

case(name="reddit-appears-removed-by-mods", **{"from": "legal@reddit.com"}, date=d(18, "02:40"),
     subject="Re: KCSC-240916-01",
     reply_to_req="req-240916-01", outcome="review", review="not_understood",
     imitates="Reddit reply guessing the post was removed by the community's moderators",
     why="hedged ('appears to have been removed, possibly by the moderators'): a clerk would hesitate",
     items={},
     body=f"""Hello,

The post at {RD[0]} appears to have been removed already, possibly by
the subreddit's moderators. We are checking our records.

Reddit Legal
""")

case(name="reddit-no-violation", **{"from": "legal@reddit.com"}, date=d(18, "08:40"),
     subject="Re: KCSC-240916-01",
     reply_to_req="req-240916-01", outcome="applied", classification="confirmation",
     imitates="Reddit 'after investigating, we found this content doesn't violate our Content Policy'",
     why="content stays up because it violates no rule: rejected",
     items={RD[0]: "rejected"},
     body=f"""Hi there,

After investigating your report, we've found that the reported content
doesn't violate Reddit's Content Policy, so we will not be removing it.

Reported content: {RD[0]}

Thanks,
Reddit Safety
""")

# ---------------------------------------------------------------- Discord
case(name="discord-numbered-list", **{"from": "legal@discord.com"}, date=d(18, "04:20"),
     subject="Re: KCSC-240917-01",
     reply_to_req="req-240917-01", outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety reply listing actioned messages",
     why="numbered list of both messages, each deleted",
     items={DC[0]: "removed", DC[1]: "removed"},
     body=f"""Hello,

Thank you for your report. Our Trust & Safety team has actioned the
following messages:

1. {DC[0]} - deleted
2. {DC[1]} - deleted

The account that posted them has also been actioned under our Community
Guidelines (https://discord.com/guidelines).

Discord Trust & Safety
""")

case(name="discord-unknown-sender", **{"from": "trust.safety.discord@mailbox-relay.example", "name_from": "Discord Trust & Safety"},
     date=d(18, "05:20"),
     subject="Re: KCSC-240917-01",
     reply_to_req="req-240917-01", outcome="review", review="unknown_sender",
     imitates="Discord T&S removal reply sent from a non-Discord domain",
     why="authenticated sender is not a Discord domain but claims removal of our item",
     items={},
     body=f"""Hello,

The message {DC[0]} has been deleted.

Discord Trust & Safety
""")

case(name="discord-ticket-received", **{"from": "noreply@discord.com"}, date=d(17, "03:00"),
     subject="[Discord] Request received - KCSC-240917-01",
     reply_to_req="req-240917-01", outcome="ignored", classification="acknowledgement",
     imitates="Zendesk-style 'your request (#123) has been received' receipt",
     why="ticket receipt only",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Your request (#48213377) has been received and is being reviewed by
our support staff. To add additional comments, reply to this email.

Discord Support
""")

HEADER = """# Blind set 66 (issue 11): a general English mix, seven platforms.
# Generated by make.py; expected results written from each email's meaning
# before anything was run."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind66", HEADER, C)
    print(len(C), "cases")
