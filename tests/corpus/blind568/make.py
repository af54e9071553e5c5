#!/usr/bin/env python3
"""Blind set 568: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Pinterest, plus Twitch, Snapchat and Telegram as
senders without requests of their own).

Written from the meaning of each email, before any run of the reader.
Deterministic: `python3 tests/corpus/blind568/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind568"

# ---------------------------------------------------------------- requests
R_X, R_YT, R_META, R_TT, R_RD, R_DC, R_PIN = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07")


def mid(ref):
    return "req." + ref


X = {
    "jr1": "https://x.com/jackpot_rooms/status/1830112233445566771",
    "jr2": "https://x.com/jackpot_rooms/status/1830119988776655442",
    "bd1": "https://x.com/bet_daily_kr/status/1829554433221100993",
    "bd2": "https://x.com/bet_daily_kr/status/1829600011223344554",
    "ns1": "https://x.com/neon_slots77/status/1830020304050607085",
    "nsa": "https://x.com/neon_slots77",
    "qo1": "https://x.com/quickodds_tip/status/1828877766554433216",
    "qo2": "https://x.com/quickodds_tip/status/1828899900011122237",
    "cm1": "https://twitter.com/casino_moon_kr/status/1827766554433221108",
    "cm2": "https://x.com/casino_moon_kr/status/1830255566677788899",
    "ts1": "https://x.com/toto_signal/status/1830300011122233340",
    "ts2": "https://x.com/toto_signal/status/1830311122233344451",
}
HANDLE_KO = "건강약국"
YT = {
    "v1": "https://www.youtube.com/watch?v=Qk3vT9pLm2A",
    "v2": "https://www.youtube.com/watch?v=Zr8nW4eXc1B",
    "sh": "https://www.youtube.com/shorts/Lp0aB7yHq5C",
    "ch": "https://www.youtube.com/@" + quote(HANDLE_KO),
}
YT_CH_RAW = "https://www.youtube.com/@" + HANDLE_KO
META = {
    "grp": "https://www.facebook.com/groups/2208839911/posts/7731900456",
    "page": "https://www.facebook.com/bluepill.direct.kr/posts/918273645501",
    "ig1": "https://www.instagram.com/p/C9xKq2LsT4e/",
    "ig2": "https://www.instagram.com/p/C9yHw7RmN1v/",
    "iga": "https://www.instagram.com/rx_delivery_seoul/",
}
TT = {
    "h1": "https://www.tiktok.com/@hanbit.deals/video/7409988776655443321",
    "h2": "https://www.tiktok.com/@hanbit.deals/video/7410011223344556672",
    "g1": "https://www.tiktok.com/@ginseng_cures/video/7408877665544332213",
}
RD = {
    "post": "https://www.reddit.com/r/koreadeals/comments/1f7abcd/cheap_prescription_meds_no_rx/",
    "cmt": "https://www.reddit.com/r/koreadeals/comments/1f8xyz9/comment/lk3mn7p/",
}
DC = "https://discord.gg/seoulbets24"
PIN = "https://www.pinterest.com/pin/884422117733509876/"

REQUESTS = [
    (R_X, "x", "2024-09-03T10:00:00+09:00", "2024-09-06T18:00:00+09:00", list(X.values()),
     "illegal_gambling", 'Sports-betting ads, "toto" sites; batch from monitoring team'),
    (R_YT, "youtube", "2024-09-04T11:30:00+09:00", "2024-09-09T18:00:00+09:00", list(YT.values()),
     "illegal_drugs", "Unlicensed sale of prescription drugs"),
    (R_META, "meta", "2024-09-05T09:40:00+09:00", "2024-09-10T18:00:00+09:00", list(META.values()),
     "illegal_drugs", "Facebook and Instagram, one account"),
    (R_TT, "tiktok", "2024-09-06T15:10:00+09:00", "2024-09-11T18:00:00+09:00", list(TT.values()),
     "false_medical_ads", ""),
    (R_RD, "reddit", "2024-09-09T10:20:00+09:00", "2024-09-12T18:00:00+09:00", list(RD.values()),
     "illegal_drugs", "post and one comment"),
    (R_DC, "discord", "2024-09-10T14:00:00+09:00", "2024-09-13T18:00:00+09:00", [DC],
     "illegal_gambling", "invite link promoted on streams"),
    (R_PIN, "pinterest", "2024-09-11T16:30:00+09:00", "2024-09-16T18:00:00+09:00", [PIN],
     "obscene", ""),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))


def x_request_text():
    lines = ["Dear X Legal team,", "",
             "Under Article 44-7 of the Information and Communications Network Act,",
             "the Korea Communications Standards Commission requests the removal of",
             f"the following content (our reference {R_X}):", ""]
    for i, u in enumerate(X.values(), 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please let us know the action taken by 6 September 2024.", "",
              "KCSC Takedown Team"]
    return "\n".join(lines)


C = []


def case(**kw):
    C.append(kw)


# ================================================================ X (largest)
case(
    name="x-legal-withheld-and-removed",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 08:14:22 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotion",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

Thank you for your report of 3 September 2024 (your reference {R_X}). We
reviewed the reported content against the X Rules and the local laws of the
Republic of Korea.

Following our review, we have withheld the following content in Korea under
our Country Withheld Content policy:

- {X['jr1']}
- {X['jr2']}
- {X['bd1']}

The following posts were found to violate the X Rules (illegal or certain
regulated goods or services) and have been removed globally:

- {X['qo1']}
- {X['qo2']}

We have notified the affected account holders unless we were prohibited from
doing so. More about how we handle legal requests:
https://help.x.com/en/rules-and-policies/x-legal-faqs

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (Country Withheld Content plus X Rules removal)",
    why="three posts withheld in Korea, two removed globally, each named in its list",
    items={X["jr1"]: "restricted", X["jr2"]: "restricted", X["bd1"]: "restricted",
           X["qo1"]: "removed", X["qo2"]: "removed"},
)

case(
    name="x-top-posted-account-suspended",
    **{"from": "dana.whitfield@x.com"}, name_from="Dana Whitfield",
    date="Wed, 04 Sep 2024 23:02:10 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotion",
    reply_to_req=mid(R_X),
    body=f"""
Hi team,

Quick update: the account {X['nsa']} has been permanently suspended for
violating our rules on illegal gambling. The rest of your list is still with
our legal team.

Best,
Dana
Global Government Affairs, X

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(x_request_text())}
""",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staff reply top-posted over the quoted Gmail request",
    why="only the account is stated suspended; the other eleven URLs are only in the quote",
    items={**{u: "pending" for k, u in X.items() if k != "nsa"}, X["nsa"]: "removed"},
)

case(
    name="x-url-then-status-line",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 02:40:00 +0000",
    subject=f"Outcome of your request {R_X}",
    body=f"""
Hello,

Please find below the outcome for the remaining items of your request {R_X}.

{X['cm2']}
Status: Withheld in KR

{X['ts2']}
Status: No violation found. The content remains available.

{X['cm1']}
Status: Unable to locate. The post may have been deleted prior to our review.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal ticket outcome listing each URL with a status line below it",
    why="status given on the line under each URL: withheld, no violation, unable to locate",
    items={X["cm2"]: "restricted", X["ts2"]: "rejected", X["cm1"]: "not_found"},
)

case(
    name="x-html-table",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 06:05:31 +0000",
    subject=f"[{R_X}] Legal request – action summary",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of the items in your legal request <b>{R_X}</b>.
The actions taken are summarised below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<thead><tr><th>Reported URL</th><th>Action taken</th><th>Basis</th></tr></thead>
<tbody>
<tr><td><a href="{X['ts1']}">{X['ts1']}</a></td><td>Removed</td><td>X Rules: illegal or certain regulated goods or services</td></tr>
<tr><td><a href="{X['bd2']}">{X['bd2']}</a></td><td>Withheld in South Korea</td><td>Local law</td></tr>
<tr><td><a href="{X['ns1']}">{X['ns1']}</a></td><td>No action</td><td>Does not violate the X Rules; no local-law violation established</td></tr>
</tbody></table>
<p>For questions, reply to this email and keep the reference in the subject.</p>
<p>X Legal<br><a href="https://help.x.com/en/forms/legal">help.x.com/en/forms/legal</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal action summary sent as an HTML table",
    why="table rows: one removed, one withheld in Korea, one no action (does not violate)",
    items={X["ts1"]: "removed", X["bd2"]: "restricted", X["ns1"]: "rejected"},
)

X_CSV = "\n".join([
    "reported_url,action,date_actioned",
    f"{X['jr1']},WITHHELD_KR,2024-09-06",
    f"{X['bd1']},WITHHELD_KR,2024-09-06",
    f"{X['nsa']},REMOVED,2024-09-05",
    f"{X['qo1']},NOT_FOUND,",
    f"{X['cm1']},NO_ACTION,",
]) + "\n"
case(
    name="x-csv-attachment",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 09:31:00 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotion",
    reply_to_req=mid(R_X),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_x568csv"

--=_x568csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Attached is the status report for the URLs in your request {R_X}.

Action codes used in the report:
WITHHELD_KR - withheld in the Republic of Korea
REMOVED - removed globally for a violation of the X Rules
NOT_FOUND - the content was not available at the time of review
NO_ACTION - no violation found; the content stays up

X Legal

--=_x568csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_status.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_status.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--=_x568csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal bulk-request status report sent as a CSV attachment with an action-code legend",
    why="each row names its URL and an action code explained in the body",
    items={X["jr1"]: "restricted", X["bd1"]: "restricted", X["nsa"]: "removed",
           X["qo1"]: "not_found", X["cm1"]: "rejected"},
)

case(
    name="x-auth-fail-removed",
    **{"from": "legal-notices@x.com"}, name_from="X Legal", auth="fail",
    date="Sat, 07 Sep 2024 11:48:09 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotion",
    body=f"""
Hello,

We removed the following posts following your request {R_X}:

{X['ts1']}
{X['ts2']}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email whose DKIM/SPF/DMARC all fail (spoofed x.com)",
    why="x.com sender failing authentication: nothing may be applied",
    items={X["ts1"]: "pending", X["ts2"]: "pending"},
)

case(
    name="x-escalated-will-withhold",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 05:20:44 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotion",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

Thank you for your request {R_X}. We have escalated the following posts to
our legal team for review under Korean law:

* {X['cm2']}
* {X['ts1']}

If they are found to be unlawful in Korea, they will be withheld in Korea and
we will confirm the outcome to you by email.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply: items escalated, conditional promise to withhold",
    why="names requested posts but only promises a conditional action",
    items={X["cm2"]: "pending", X["ts1"]: "pending"},
)

case(
    name="x-bulk-all-actioned",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 07:00:00 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotion",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

We have completed our review of your report {R_X}. All reported content has
been actioned in accordance with our policies and applicable law.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line closing notice for a batch report",
    why="one statement about all twelve items without naming any",
    items={u: "pending" for u in X.values()},
)

case(
    name="x-out-of-office",
    **{"from": "minji.park@x.com"}, name_from="Minji Park",
    date="Tue, 03 Sep 2024 01:00:30 +0000",
    subject=f"Automatic reply: [{R_X}] Request to remove illegal gambling promotion",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email. For urgent legal matters concerning Korea,
please write to legal-notices@x.com.

Minji Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform staff member",
    why="automatic out-of-office reply",
    items={},
)

case(
    name="x-case-receipt",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Tue, 03 Sep 2024 01:03:12 +0000",
    subject=f"Case# 0419283746: We've received your report [ref:{R_X}]",
    body=f"""
Hello,

We've received your report and created case number 0419283746. Your reference
{R_X} has been recorded on the case.

Reports are reviewed in the order they are received. You don't need to reply
to this email; we will contact you if we need anything else.

Thanks,
X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X support automated case-creation receipt",
    why="pure receipt: case number created, nothing about any item",
    items={},
)

case(
    name="x-korea-staff-particles",
    **{"from": "jiyoon.han@x.com"}, name_from="Jiyoon Han",
    date="Fri, 06 Sep 2024 04:12:55 +0000",
    subject="RE: " + Header(f"[{R_X}] 불법 도박 게시물 조치 요청", "utf-8").encode(),
    reply_to_req=mid(R_X),
    body=f"""
안녕하세요, X 코리아 한지윤입니다.

요청하신 건({R_X}) 중 두 건의 처리 결과를 알려드립니다.

- {X['ts1']}은 한국 내 접속이 차단되었습니다(withheld in KR).
- <{X['qo2']}>는 X 규칙 위반으로 삭제되었습니다（removed globally）。

나머지 게시물은 검토가 끝나는 대로 다시 연락드리겠습니다.

감사합니다.
한지윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-speaking X Korea staff reply with Korean particles and full-width brackets after URLs",
    why="one post blocked in Korea, one deleted; rest only promised",
    items={X["ts1"]: "restricted", X["qo2"]: "removed"},
)

case(
    name="x-declined-no-violation",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 10:25:00 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotion",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

We have carefully reviewed the posts below from your request {R_X}. We are
unable to take action on them at this time: they do not violate the X Rules,
and the request did not establish that they are unlawful in Korea.

{X['cm2']}
{X['ts2']}

If you hold a court order or another legally binding decision about this
content, you are welcome to submit it through our legal request form.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal refusal ('unable to take action') with its reason",
    why="refusal with a reason for both listed posts; the court-order line is optional, not a request for information",
    items={X["cm2"]: "rejected", X["ts2"]: "rejected"},
)

case(
    name="x-quoted-printable",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 03:33:41 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotion",
    reply_to_req=mid(R_X),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''Hello,

We would like to inform you that, in response to your legal request {R_X}, the following post has been withheld in the Republic of Korea: {X['bd2']} – the account holder has been notified of this action.

Regards,
X Legal
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome in a quoted-printable body whose long line is soft-wrapped inside the URL",
    why="single named post withheld in Korea",
    items={X["bd2"]: "restricted"},
)

case(
    name="x-dsn-bounce",
    **{"from": "MAILER-DAEMON@mail1.x.com"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 01:00:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn568x"

--dsn568x
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail1.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<gov-requests@x.com>: user unknown

--dsn568x
Content-Type: message/delivery-status

Reporting-MTA: dns; mail1.x.com
Arrival-Date: Tue, 03 Sep 2024 01:00:05 +0000

Final-Recipient: rfc822; gov-requests@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <gov-requests@x.com>: Recipient address rejected

--dsn568x
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: gov-requests@x.com
Subject: [{R_X}] Request to remove illegal gambling promotion
Date: Tue, 03 Sep 2024 10:00:00 +0900
Message-ID: <req.{R_X}.cc@kcsc.example>

--dsn568x--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown) for a copy of the request",
    why="bounce of our own request",
    items={},
)

case(
    name="x-hedge-appears-deleted",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 13:41:19 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotion",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

It appears that {X['jr2']} may already have
been deleted by the user. We are still checking
{X['bd1']} with our legal team and will revert
once we have an outcome.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with a hedge ('appears', 'may') and a promise",
    why="hedged not-found and an unfinished check: no statement",
    items={X["jr2"]: "pending", X["bd1"]: "pending"},
)

case(
    name="x-statement-of-reasons",
    **{"from": "noreply-sor@x.com"}, name_from="X Transparency",
    date="Tue, 10 Sep 2024 14:00:00 +0000",
    subject=f"Statement of reasons for decisions on your notice {R_X}",
    body=f"""
This message sets out the decisions taken on content you notified to X.

Decision reference: SOR-7Q2K-19A4
Content: {X['cm2']}
Type of restriction: Visibility - content withheld
Territorial scope: Republic of Korea (KR)
Facts and circumstances: Notice submitted by a government authority ({R_X})
Ground: Illegal content under applicable local law
Automated detection: No
Automated decision: No

Decision reference: SOR-7Q2K-19A5
Content: {X['ts2']}
Type of restriction: Removal of content
Territorial scope: Global
Facts and circumstances: Notice submitted by a government authority ({R_X})
Ground: Incompatible with the X Rules (illegal or certain regulated goods or services)
Automated detection: No
Automated decision: No

Redress: the account holder may appeal these decisions through our appeals
form. This notice is sent for information; no reply is needed.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement-of-reasons record (restriction type, territorial scope, ground)",
    why="one item withheld in KR, one removed globally, each in its own record",
    items={X["cm2"]: "restricted", X["ts2"]: "removed"},
)

# ================================================================ YouTube
case(
    name="yt-legal-removed-and-blocked",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 02:10:00 +0000",
    subject=f"[{R_YT}] Your legal removal request",
    reply_to_req=mid(R_YT),
    body=f"""
Hi,

Thanks for reaching out to us. We have reviewed your request (your
reference: {R_YT}).

After review, we've removed the following video for violating YouTube's
Community Guidelines:
{YT['v1']}

Based on our review of applicable local law, we've blocked the following
content from view in South Korea:
{YT['sh']}

You can learn more about our policies at
https://support.google.com/youtube/answer/2802032

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (Community Guidelines removal and local block)",
    why="URL on the line below its statement: one removed, one blocked in Korea",
    items={YT["v1"]: "removed", YT["sh"]: "restricted"},
)

case(
    name="yt-channel-terminated-korean-handle",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Mon, 09 Sep 2024 08:00:00 +0000",
    subject=f"Update on your report {R_YT}",
    body=f"""
Hello,

The channel {YT_CH_RAW}, which you reported under {R_YT}, has been
terminated for repeated violations of our policy on the sale of regulated
goods.

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel-termination outcome notice",
    why="channel written with its raw Korean handle (stored percent-encoded) terminated",
    items={YT["ch"]: "removed"},
)

case(
    name="yt-age-restricted",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 03:44:00 +0000",
    subject=f"Re: [{R_YT}] Your legal removal request",
    reply_to_req=mid(R_YT),
    body=f"""
Hi,

We've reviewed the video at {YT['v2']}. It doesn't
violate our Community Guidelines, but we've applied an age restriction to it,
so it can no longer be watched by viewers who are signed out or under 18.

Best regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome",
    why="age restriction applied: restricted, despite 'doesn't violate'",
    items={YT["v2"]: "restricted"},
)

case(
    name="yt-read-receipt",
    **{"from": "kr-legal-ops@google.com"}, name_from="Google KR Legal Ops",
    date="Wed, 04 Sep 2024 04:02:00 +0000",
    subject=f"Read: [{R_YT}] Request for removal of drug sale content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn568yt"

--mdn568yt
Content-Type: text/plain; charset=utf-8

Your message

  To: kr-legal-ops@google.com
  Subject: [{R_YT}] Request for removal of drug sale content
  Sent: Wednesday, 4 September 2024 11:30 (UTC+09:00) Seoul

was read on Wednesday, 4 September 2024 13:02 (UTC+09:00) Seoul.

--mdn568yt
Content-Type: message/disposition-notification

Reporting-UA: kr-legal-ops@google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;kr-legal-ops@google.com
Original-Message-ID: <{mid(R_YT)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn568yt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) for the request",
    why="read receipt only",
    items={},
)

case(
    name="yt-lookalike-domain",
    **{"from": "notices@yt-legal-desk.com"}, name_from="YouTube Legal Desk",
    date="Thu, 12 Sep 2024 09:09:09 +0000",
    subject=f"Re: {R_YT} – content removed",
    body=f"""
Dear KCSC,

Regarding your request {R_YT}, the video {YT['v1']}
has been removed from YouTube.

YouTube Legal Desk
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike domain that is not YouTube's",
    why="sender domain is no platform's; names our request and a URL",
    items={YT["v1"]: "pending"},
)

case(
    name="yt-removed-by-uploader-parenthesis",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 05:15:00 +0000",
    subject=f"Re: [{R_YT}] Your legal removal request",
    reply_to_req=mid(R_YT),
    body=f"""
Hi,

Following up on {R_YT}: the remaining video in your request
({YT['v2']}) was deleted by the uploader before we completed
our review, so no further action is needed from our side.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up: content deleted by its uploader before review",
    why="URL in parentheses; deleted by its author = not_found",
    items={YT["v2"]: "not_found"},
)

# ================================================================ Meta
META_REQ = "\n".join(
    [f"Dear Meta Content Regulatory team,", "",
     f"Please remove the following content selling prescription drugs without a",
     f"licence (our reference {R_META}):", ""]
    + [f"- {u}" for u in META.values()]
    + ["", "KCSC Takedown Team"])

case(
    name="meta-local-law-restriction",
    **{"from": "content-regulatory@meta.com"}, name_from="Meta Content Regulatory Response",
    date="Mon, 09 Sep 2024 01:30:00 +0000",
    subject=f"Re: [{R_META}] Request concerning unlicensed sale of prescription drugs",
    reply_to_req=mid(R_META),
    body=f"""
Hello,

Thank you for your report {R_META}. We reviewed the content you reported
under our Community Standards and applicable local law.

1. {META['grp']}
   We restricted access to this content in South Korea based on local law.
2. {META['ig1']}
   We restricted access to this content in South Korea based on local law.
3. {META['page']}
   This content was removed for going against our Community Standards on
   restricted goods and services.

We notify people when we restrict access to their content. Information on
content restrictions based on local law is published at
https://transparency.meta.com/reports/content-restrictions/

Meta Content Regulatory Response
""",
    outcome="applied", classification="confirmation",
    imitates="Meta response to a government takedown request (local-law restriction / Community Standards removal)",
    why="numbered list, statement indented under each URL",
    items={META["grp"]: "restricted", META["ig1"]: "restricted", META["page"]: "removed"},
)

case(
    name="meta-dsa-statement-of-reasons",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Tue, 10 Sep 2024 07:07:07 +0000",
    subject="Our decision on content you reported",
    body=f"""
Our decision on content you reported

Reference: {R_META}
Content: {META['ig2']}
Decision: Removed
What we found: The post goes against our Community Standards on restricted
goods and services (sale of pharmaceutical drugs).
Where this applies: Everywhere Instagram is available
How the decision was made: Reviewed by a person
Facts relied on: Notice from the Korea Communications Standards Commission

If you disagree, you can use the other options available to you under
applicable law, including out-of-court dispute settlement.
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram DSA-style decision notice (statement of reasons fields)",
    why="one named post, decision removed worldwide",
    items={META["ig2"]: "removed"},
)

case(
    name="meta-instagram-account-not-found",
    **{"from": "content-regulatory@meta.com"}, name_from="Meta Content Regulatory Response",
    date="Tue, 10 Sep 2024 02:00:00 +0000",
    subject=f"Re: [{R_META}] Request concerning unlicensed sale of prescription drugs",
    reply_to_req=mid(R_META),
    body=f"""
Hello,

We were unable to find the Instagram account at
{META['iga']} . The account may have been deleted or its
username changed before we reviewed your report.

Meta Content Regulatory Response
""",
    outcome="applied", classification="confirmation",
    imitates="Meta reply: reported account could not be found",
    why="'unable to find' is a plain not-found statement; the 'may' only guesses why",
    items={META["iga"]: "not_found"},
)

case(
    name="meta-report-received",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta",
    date="Thu, 05 Sep 2024 00:41:00 +0000",
    subject=f"We received your report [{R_META}]",
    body=f"""
Thank you for contacting Meta.

This is an automated message to confirm that we've received your report.
Report ID: 1187293345566
Your reference: {R_META}

We'll review your report and get back to you. Please don't reply to this
message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta automated report-received confirmation",
    why="pure receipt with a report id",
    items={},
)

META_HTML = f"""<div dir="ltr">Hi,<div><br></div><div>A follow-up on your request: the Instagram post <a href="{META['ig2']}">{META['ig2']}</a> has been removed.</div><div><br></div><div>We also reviewed the Facebook group post <a href="{META['grp']}">{META['grp']}</a> and found that it doesn&#39;t go against our Community Standards or local law, so we haven&#39;t taken action on it.</div><div><br></div><div>Thanks,</div><div>Priya</div><div>Meta Content Regulatory Response</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Sep 5, 2024 at 9:40 AM KCSC Takedown &lt;<a href="mailto:takedown@kcsc.example">takedown@kcsc.example</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{META_REQ.replace(chr(10), '<br>')}</blockquote></div>
"""
META_PLAIN = f"""Hi,

A follow-up on your request: the Instagram post {META['ig2']} has been removed.

We also reviewed the Facebook group post {META['grp']} and found that it doesn't go against our Community Standards or local law, so we haven't taken action on it.

Thanks,
Priya
Meta Content Regulatory Response

On Thu, Sep 5, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(META_REQ)}
"""
case(
    name="meta-gmail-html-quote",
    **{"from": "priya.n@meta.com"}, name_from="Priya N.",
    date="Wed, 11 Sep 2024 12:12:12 +0000",
    subject=f"Re: [{R_META}] Request concerning unlicensed sale of prescription drugs",
    reply_to_req=mid(R_META),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f60568"

--000000000000a1b2c3d4e5f60568
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(META_PLAIN)}

--000000000000a1b2c3d4e5f60568
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(META_HTML)}

--000000000000a1b2c3d4e5f60568--
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply (plain + HTML, gmail_quote) from a Meta employee over the quoted request",
    why="one post removed, one refused with its reason; the other three only in the quote",
    items={META["ig2"]: "removed", META["grp"]: "rejected",
           META["page"]: "pending", META["ig1"]: "pending", META["iga"]: "pending"},
)

# ================================================================ TikTok
case(
    name="tiktok-outcome-bullets",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Mon, 09 Sep 2024 09:00:00 +0000",
    subject=f"Re: [{R_TT}] Removal request – false medical advertising",
    reply_to_req=mid(R_TT),
    body=f"""
Hello,

We've finished reviewing the content in your report ({R_TT}).

\u2022 {TT['h1']} \u2013 Removed: violates our Community Guidelines (regulated goods and commercial activities)
\u2022 {TT['h2']} \u2013 Restricted in South Korea: not available in your region under local law

Thank you for helping keep TikTok safe.
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome email with one bullet per video",
    why="one video removed, one restricted in Korea, statement after an en dash",
    items={TT["h1"]: "removed", TT["h2"]: "restricted"},
)

case(
    name="tiktok-base64-no-violation",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Tue, 10 Sep 2024 09:30:00 +0000",
    subject=f"Re: [{R_TT}] Removal request – false medical advertising",
    reply_to_req=mid(R_TT),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hello,

Thank you for your report {R_TT}. We reviewed the video
{TT['g1']}
and did not find a violation of our Community Guidelines or of the local
laws cited in your request. The video remains available on TikTok.

TikTok Trust & Safety
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'no violation found' outcome, base64-encoded body",
    why="named video stays up: no violation found",
    items={TT["g1"]: "rejected"},
)

case(
    name="tiktok-conditional-and-hedge",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Mon, 09 Sep 2024 03:00:00 +0000",
    subject=f"Re: [{R_TT}] Removal request – false medical advertising",
    reply_to_req=mid(R_TT),
    body=f"""
Hello,

Our regional team is still assessing {TT['h2']}.
If we confirm that it breaks Korean law, we will restrict it in Korea.

The video at {TT['g1']} appears to have been
made private by the creator.

TikTok Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim update: still assessing, conditional promise, hedged observation",
    why="a condition and a hedge ('appears'): no statement",
    items={TT["h2"]: "pending", TT["g1"]: "pending"},
)

case(
    name="tiktok-bulk-all-three",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 01:00:00 +0000",
    subject=f"Re: [{R_TT}] Removal request – false medical advertising",
    reply_to_req=mid(R_TT),
    body=f"""
Hello,

We've reviewed the three videos listed in your report {R_TT} and removed all
of them for violating our Community Guidelines.

TikTok Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok closing notice covering every reported video at once",
    why="a statement about all three videos without naming each",
    items={u: "pending" for u in TT.values()},
)

case(
    name="tiktok-dsa-decision",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 06:00:00 +0000",
    subject="Decision on content you reported",
    body=f"""
Decision on content you reported

Report reference: {R_TT}
Reported content: {TT['h2']}
Decision: Content not available in South Korea (geo-restriction)
Reason: The content was found to be illegal under local law
Scope: KR only; the content remains available in other regions
Decision made by: Human review

You can request a review of this decision within 6 months in the TikTok app.
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style decision notice (decision, reason, scope)",
    why="named video geo-restricted in Korea",
    items={TT["h2"]: "restricted"},
)

# ================================================================ Reddit
case(
    name="reddit-both-removed",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    date="Wed, 11 Sep 2024 16:40:00 +0000",
    subject=f"Your report {R_RD}",
    body=f"""
Hi,

Thanks for your report ({R_RD}). After investigating, we've removed the
following content for violating Reddit's Content Policy (no transactions
of prohibited goods):

Post: {RD['post']}
Comment: {RD['cmt']}

- Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report-outcome message",
    why="both named items removed",
    items={RD["post"]: "removed", RD["cmt"]: "removed"},
)

case(
    name="reddit-outlook-original-message",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 18:05:00 +0000",
    subject=f"RE: [{R_RD}] Removal request – illegal sale of prescription drugs",
    reply_to_req=mid(R_RD),
    body=f"""
Hello,

The post ({RD['post']}) has been removed by Reddit admins.
The comment at {RD['cmt']} was already deleted by its author before we
reviewed it, so there was nothing further for us to action.

Regards,
Reddit Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:20 AM
To: legal@reddit.com
Subject: [{R_RD}] Removal request – illegal sale of prescription drugs

Dear Reddit Legal,

Please remove the following content:
1. {RD['post']}
2. {RD['cmt']}

KCSC Takedown Team
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply in Outlook style over the '-----Original Message-----' request",
    why="post removed, comment already deleted by its author",
    items={RD["post"]: "removed", RD["cmt"]: "not_found"},
)

case(
    name="reddit-forwarded-safety-note",
    **{"from": "sam.ortega@reddit.com"}, name_from="Sam Ortega",
    date="Fri, 13 Sep 2024 02:20:00 +0000",
    subject=f"Fwd: [{R_RD}] outcome",
    body=f"""
Hi KCSC team,

Forwarding our Safety team's note below for your records.

Sam

---------- Forwarded message ---------
From: Reddit Safety Ops <safety-ops@reddit.com>
Date: Thu, Sep 12, 2024 at 3:02 PM
Subject: [{R_RD}] outcome
To: Sam Ortega <sam.ortega@reddit.com>

{RD['post']} - removed (Rule 7)
{RD['cmt']} - removed (Rule 7)
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Forwarded message' from a platform employee passing on an internal note",
    why="the statements sit inside a forwarded message, not in the sender's own words",
    items={RD["post"]: "pending", RD["cmt"]: "pending"},
)

# ================================================================ Discord
case(
    name="discord-server-removed-no-url",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 20:00:00 +0000",
    subject=f"Re: [{R_DC}] Illegal gambling server",
    reply_to_req=mid(R_DC),
    body=f"""
Hi there,

Thanks for your report regarding reference {R_DC}. Our Safety team reviewed
the server you reported and has removed it from Discord for violating our
Community Guidelines.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome reply",
    why="one-item request; the only statement says the reported server was removed",
    items={DC: "removed"},
)

case(
    name="discord-invite-invalid",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 22:15:00 +0000",
    subject=f"Re: [{R_DC}] Illegal gambling server",
    reply_to_req=mid(R_DC),
    body="""
Hi there,

The invite link you provided (discord.gg/seoulbets24) is invalid or has
expired, so we could not locate any server from it.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord reply: reported invite invalid or expired",
    why="invalid link, could not locate = not_found (URL written without scheme)",
    items={DC: "not_found"},
)

# ================================================================ Pinterest
case(
    name="pinterest-pin-removed-zendesk",
    **{"from": "support@pinterest.com"}, name_from="Pinterest Help",
    date="Fri, 13 Sep 2024 17:30:00 +0000",
    subject=f"[Pinterest] Re: {R_PIN} Removal request (#5520913)",
    body=f"""
##- Please type your reply above this line -##

Your request (#5520913) has been updated.

Hannah (Pinterest Help)
Sep 13, 2024, 10:30 PDT

Hi there,

Thanks for your patience. We've removed the Pin you reported
({PIN}) because it goes against our Community
guidelines on adult content.

Hannah
Pinterest Help
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest Help (Zendesk-style) ticket update",
    why="named Pin removed",
    items={PIN: "removed"},
)

case(
    name="pinterest-asks-for-order",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Thu, 12 Sep 2024 19:00:00 +0000",
    subject=f"Re: [{R_PIN}] Removal request",
    reply_to_req=mid(R_PIN),
    body=f"""
Hello,

To process your legal request {R_PIN} concerning
{PIN}, we need a copy of the official decision
and the specific statutory provision the content is said to violate.
Please reply to this email with these documents.

Pinterest Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Pinterest legal request for supporting documents",
    why="asks for documents before acting; nothing decided",
    items={PIN: "pending"},
)

case(
    name="pinterest-ticket-received",
    **{"from": "support@pinterest.com"}, name_from="Pinterest Help",
    date="Wed, 11 Sep 2024 07:31:00 +0000",
    subject=f"[Pinterest] {R_PIN} Removal request (#5520913)",
    body="""
##- Please type your reply above this line -##

Your request (#5520913) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Pinterest Help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Pinterest Help (Zendesk) ticket-received notice",
    why="pure ticket receipt",
    items={},
)

# ================================================================ other senders
case(
    name="twitch-about-discord-invite",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Fri, 13 Sep 2024 03:03:00 +0000",
    subject=f"Re: [{R_DC}] Illegal gambling server",
    body=f"""
Hello,

We saw your notice {R_DC}, on which Twitch was copied. The invite link
{DC} was posted in the panel of a Twitch channel.
We have removed the link from that channel's panel. The Discord server
itself is not hosted by Twitch.

Twitch Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="Twitch Trust & Safety reply about a link to another service",
    why="Twitch states a removal about Discord's item",
    items={DC: "pending"},
)

case(
    name="snap-portal-notice",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Law Enforcement Operations",
    date="Fri, 13 Sep 2024 15:00:00 +0000",
    subject="Notice: changes to Snap's government request intake",
    body="""
Dear partner,

From 1 October 2024, Snap will accept government requests only through its
law enforcement service portal. Requests sent by email after that date will
receive an automatic reply pointing to the portal.

Please update your records accordingly.

Snap Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="Snap law-enforcement operations service announcement",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="telegram-abuse-autoreply",
    **{"from": "abuse@telegram.org"}, name_from="Telegram",
    date="Tue, 10 Sep 2024 05:00:01 +0000",
    subject=f"Auto: Re: [{R_DC}] Illegal gambling server",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automatic reply. This address receives a high volume of
messages and we cannot answer each one individually. To report content on
Telegram, please use the in-app reporting tools.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram abuse mailbox automatic reply",
    why="automatic reply",
    items={},
)

case(
    name="lawfirm-says-deleted",
    **{"from": "jhlee@kimlee-law.co.kr"}, name_from="Jae-hoon Lee",
    date="Mon, 09 Sep 2024 06:30:00 +0000",
    subject=f"{R_X} – voluntary deletion by our client",
    body=f"""
Dear Sir or Madam,

We act for the operator of the account quickodds_tip. Our client has
voluntarily deleted the following posts referred to in your request {R_X}:

{X['qo1']}
{X['qo2']}

Yours faithfully,
Jae-hoon Lee
Kim & Lee Law Offices
""",
    outcome="review", review="unknown_sender",
    imitates="law firm writing for the account holder",
    why="not a platform: its claims cannot change statuses",
    items={X["qo1"]: "pending", X["qo2"]: "pending"},
)

HEADER = """# Blind set 568 (issue 11 blind protocol): English notices from many
# platforms. Written by tests/corpus/blind568/make.py from each email's
# meaning, before any run of the reader. Each case runs alone on a fresh
# ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)
