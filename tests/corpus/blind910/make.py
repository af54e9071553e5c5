#!/usr/bin/env python3
"""Blind set 910: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Telegram, Discord, plus Twitch, Snapchat and Pinterest as
senders without requests of their own).

    python3 tests/corpus/blind910/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of each email alone, before
any run of the reader.
"""
import base64
import datetime
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind910"

# ---------------------------------------------------------------- requests
R_X = "KCSC-240910-01"
R_YT = "KCSC-240911-02"
R_META = "KCSC-240912-03"
R_TT = "KCSC-240912-04"
R_RD = "KCSC-240913-05"
R_TG = "KCSC-240913-06"
R_DC = "KCSC-240914-07"

X = [
    "https://x.com/lucky_reef_88/status/1833100000000000101",
    "https://x.com/lucky_reef_88/status/1833100000000000102",
    "https://x.com/neon_tiger_kr/status/1833100000000000203",
    "https://x.com/neon_tiger_kr/status/1833100000000000204",
    "https://x.com/slotmoon_vip/status/1833100000000000305",
    "https://x.com/slotmoon_vip/status/1833100000000000306",
    "https://x.com/slotmoon_vip/status/1833100000000000307",
    "https://x.com/bluewhale_bet",
    "https://x.com/dawn_casino_kr/status/1833100000000000409",
    "https://x.com/dawn_casino_kr/status/1833100000000000410",
    "https://x.com/goldleaf_odds/status/1833100000000000511",
    "https://x.com/goldleaf_odds/status/1833100000000000512",
    "https://x.com/quietfox_777/status/1833100000000000613",
]
x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13 = X

YT = [
    "https://www.youtube.com/watch?v=Qm3vTz8LwP1",
    "https://www.youtube.com/watch?v=Hd7kRx2NsY4",
    "https://www.youtube.com/shorts/Bv9cXe1MaZ0",
    "https://www.youtube.com/@marigold_tips_tv",
]
y1, y2, y3, y4 = YT

META = [
    "https://www.facebook.com/groups/harborleaf.market/posts/2210045678123456",
    "https://www.facebook.com/profile.php?id=100089912345678",
    "https://www.instagram.com/p/C9xKf2LtQ7a/",
    "https://www.instagram.com/reel/C9yHw3NpZ4b/",
    "https://www.instagram.com/sunny_alley_deals/",
]
m1, m2, m3, m4, m5 = META

TT = [
    "https://www.tiktok.com/@mintcloud_42/video/7412000000000000011",
    "https://www.tiktok.com/@mintcloud_42/video/7412000000000000012",
    "https://www.tiktok.com/@rosewire.kr/video/7412000000000000023",
]
t1, t2, t3 = TT

RD = [
    "https://www.reddit.com/r/copperlane/comments/1fa2b3c/weekly_offer_thread/",
    "https://www.reddit.com/user/stormpetal_9/comments/1fa9x8z/new_links/",
]
r1, r2 = RD

TG = ["https://t.me/amber_kiosk/512", "https://t.me/amber_kiosk/518"]
g1, g2 = TG

DC = ["https://discord.gg/VelvetHarbor"]
d1 = DC[0]

REQUESTS = [
    (R_X, "x", "2024-09-10", "2024-09-17", X, "illegal-gambling"),
    (R_YT, "youtube", "2024-09-11", "2024-09-18", YT, "illegal-gambling"),
    (R_META, "meta", "2024-09-12", "2024-09-19", META, "illegal-drug-trade"),
    (R_TT, "tiktok", "2024-09-12", "2024-09-19", TT, "illegal-gambling"),
    (R_RD, "reddit", "2024-09-13", "2024-09-20", RD, "illegal-drug-trade"),
    (R_TG, "telegram", "2024-09-13", "2024-09-20", TG, "illegal-drug-trade"),
    (R_DC, "discord", "2024-09-14", "2024-09-21", DC, "illegal-gambling"),
]


def req_mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{req_mid(ref)}@kcsc.example,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def date(day, hh, mm, tz="+0000"):
    d = datetime.date(2024, 9, day)
    return f"{d.strftime('%a')}, {day} Sep 2024 {hh:02d}:{mm:02d}:{(day * 7 + mm) % 60:02d} {tz}"


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== APPLIED

case(
    name="x-legal-withheld-and-removed",
    from_="legal-support@x.com", name_from="X Legal",
    date=date(16, 8, 12),
    subject=f"Re: [{R_X}] Request to remove illegal content",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Thank you for your request dated 10 September 2024 (your reference {R_X}).

We reviewed the reported content against the X Rules and applicable local law
and have taken the actions listed below.

Withheld in South Korea in response to your legal demand:
- {x1}
- {x2}
- {x3}

Removed globally for violating the X Rules:
- {x5}
- {x6}

The other URLs in your request are still with our team and we will follow up
separately once a decision has been made.

In line with our notice policy, the affected account holders have been
notified, and a copy of your request may be published in the Lumen database.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content vs. removal for X Rules violation)",
    why="two headed lists: three posts withheld in KR, two removed globally; the rest only promised",
    items={x1: "restricted", x2: "restricted", x3: "restricted", x5: "removed", x6: "removed"},
)

case(
    name="x-account-suspended",
    from_="support@x.com", name_from="X Support",
    date=date(16, 11, 40),
    subject=f"Re: Case# 0194471830 - {R_X} (@bluewhale_bet)",
    body=f"""
Hello,

We're writing to let you know the outcome for the account you reported.

Account: {x8}

We reviewed the account and found that it violated the X Rules, specifically
our policy on illegal or certain regulated goods or services. The account has
been permanently suspended and its posts are no longer viewable on X.

You can read more about our range of enforcement options here:
https://help.x.com/en/rules-and-policies/enforcement-options

Thanks,
X
""",
    outcome="applied", classification="confirmation",
    imitates="X Support report-outcome email for a suspended account",
    why="account permanently suspended, its posts no longer viewable: removed; the help link is not an item",
    items={x8: "removed"},
)

case(
    name="x-refusal-and-author-deleted",
    from_="legal-support@x.com", name_from="X Legal Operations",
    date=date(17, 2, 5),
    subject=f"Re: {R_X} - update on two reported posts",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

We have completed our review of two of the posts listed in your request
{R_X}.

{x9}
We did not find this post to be in violation of the X Rules, and the
information provided does not allow us to conclude that it is unlawful in
South Korea. We are therefore not taking action on it. If a court order
exists for this content, you may submit it through our legal request portal.

{x10}
This post is no longer available on X. It was deleted by the account holder
before our review was completed.

Best,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply declining action (no violation) and noting a post deleted by its author",
    why="bare URL, decision on the lines below: x9 refused with reason (rejected), x10 deleted by its author (not_found)",
    items={x9: "rejected", x10: "not_found"},
)

case(
    name="x-html-table-outcomes",
    from_="legal-support@x.com", name_from="X Legal",
    date=date(17, 6, 30),
    subject=f"Outcome of your report {R_X}",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below the outcome for some of the items in your report <b>{R_X}</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Scope / reason</th></tr>
<tr><td><a href="{x11}">{x11}</a></td><td>Withheld</td><td>South Korea (local law)</td></tr>
<tr><td><a href="{x12}">{x12}</a></td><td>Removed</td><td>Global &ndash; violation of the X Rules (illegal goods and services)</td></tr>
<tr><td><a href="{x13}">{x13}</a></td><td>No action</td><td>Not in violation of the X Rules or local law</td></tr>
</table>
<p>If you have further questions, reply to this email and quote your reference.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome summary as an HTML table",
    why="one row per URL: withheld in KR (restricted), removed (removed), no action, no violation (rejected)",
    items={x11: "restricted", x12: "removed", x13: "rejected"},
)

_csv = f"""url,action,country,policy
{x4},withheld,KR,Local law
{x7},removed,GLOBAL,Illegal or certain regulated goods or services
"""
case(
    name="x-csv-attachment",
    from_="legal-support@x.com", name_from="X Legal",
    date=date(18, 3, 15),
    subject=f"[{R_X}] Batch results (2 of 13)",
    reply_to_req=req_mid(R_X),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==b910-x-csv=="

--==b910-x-csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached are the results for the URLs in your batch request {R_X}
that were processed today (2 of 13). The file has one row per URL with the
action taken and its scope.

X Legal

--==b910-x-csv==
Content-Type: text/csv; charset=utf-8; name="{R_X.lower()}_results.csv"
Content-Disposition: attachment; filename="{R_X.lower()}_results.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--==b910-x-csv==--
""",
    outcome="applied", classification="confirmation",
    imitates="X batch legal request results sent as a CSV attachment",
    why="CSV rows: x4 withheld in KR (restricted), x7 removed globally",
    items={x4: "restricted", x7: "removed"},
)

case(
    name="x-bare-url-decision-below",
    from_="noreply-legal@x.com", name_from="X Legal Requests",
    date=date(18, 9, 2),
    subject=f"Update on your legal request [{R_X}] - Ticket 0194-8812",
    body=f"""
Hi KCSC Takedown,

Your legal request has been processed. The decision for each reported item
is given below.

Reported URL: {x11}
Decision: Content withheld in: KR

Reported URL: {x12}
Decision: Content withheld in: KR

Reported URL: {x13}
Decision: Removed - violates the X Rules

This message was sent from an unmonitored address. Please do not reply.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request portal notification with per-item decision fields",
    why="field layout, decision on the line below each URL: two withheld in KR, one removed",
    items={x11: "restricted", x12: "restricted", x13: "removed"},
)

case(
    name="x-gmail-quoted-request",
    from_="mina.seo@x.com", name_from="Mina Seo",
    date=date(18, 5, 44),
    subject=f"Re: [{R_X}] Request to remove illegal content",
    reply_to_req=req_mid(R_X),
    body=f"""
Hi,

{x13} has been withheld in South Korea as of today. We are still looking at
the other posts in this request.

Kind regards,
Mina
X Legal, APAC

On Tue, Sep 10, 2024 at 5:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under Article 44-7 of the Network Act we request the removal of the
> following content (reference {R_X}):
>
> 1. {x1}
> 2. {x2}
> 3. {x3}
> 13. {x13}
>
> Please inform us of the measures taken by 17 September 2024.
>
> KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply from a platform staffer over a Gmail-quoted request",
    why="only x13 is stated (withheld in KR); x1-x3 appear only in the quoted request",
    items={x13: "restricted", x1: "pending", x2: "pending", x3: "pending"},
)

case(
    name="x-kr-office-particles",
    from_="kr-legal@x.com", name_from="X Korea Legal",
    date=date(19, 1, 20),
    subject=f"RE: [{R_X}] 조치 결과 / Action result",
    reply_to_req=req_mid(R_X),
    body=f"""
Dear KCSC team,

Please see the action results below. A Korean summary follows the English.

1) <{x4}>: access withheld in Korea.
2) <{x5}>: removed from X for violating our rules.

[국문 요약]
{x4}는 국내 접속 차단 조치되었습니다.
{x5}（삭제 완료）

Thank you.
X Korea Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea legal office bilingual action result",
    why="URLs in angle brackets, then followed by a Korean particle and full-width parenthesis; both languages agree",
    items={x4: "restricted", x5: "removed"},
)

case(
    name="x-echoed-report-form",
    from_="noreply@x.com", name_from="X",
    date=date(19, 7, 8),
    subject="Your report is complete (Report ID 1833-77120-KR)",
    body=f"""
We've completed our review of your report.

----- Your report -----
Reported on: 11 September 2024
Reporter: KCSC Takedown
Reference provided: {R_X}
Reported content: {x6}
Reason: Illegal content - unlawful gambling promotion (South Korea)
-----------------------

Outcome: We removed the reported post because it violated the X Rules. The
account holder has been notified.

Thanks for helping keep X safe.
""",
    outcome="applied", classification="confirmation",
    imitates="X report-complete email echoing the submitted report form",
    why="the echoed report names one URL; the outcome line removes 'the reported post'",
    items={x6: "removed"},
)

case(
    name="yt-legal-blocked-and-removed",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date=date(16, 4, 10),
    subject=f"Re: [{R_YT}] Legal removal request - outcome",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your request, we have blocked the following content from view
on YouTube in South Korea, based on local law:

{y1}
{y2}

In addition, after review, we removed the following content from YouTube
globally for violating our Community Guidelines:

{y3}

For more information about how we handle legal requests, please visit our
Help Center.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (blocked in country / removed under Community Guidelines)",
    why="two videos blocked in KR (restricted), one short removed globally",
    items={y1: "restricted", y2: "restricted", y3: "removed"},
)

case(
    name="yt-channel-terminated",
    from_="removals-noreply@google.com", name_from="YouTube Legal Support",
    date=date(17, 10, 25),
    subject=f"[{R_YT}] Update on a reported channel",
    body=f"""
Hello,

Following our review, the channel {y4} has been terminated for repeated
violations of our spam, deceptive practices and scams policies. Videos that
were on the channel are no longer available on YouTube.

We're still reviewing the remaining items in your request and will update
you when that review is finished.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice sent to a reporter",
    why="channel terminated, its videos no longer available: removed",
    items={y4: "removed"},
)

case(
    name="yt-no-violation",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date=date(18, 2, 50),
    subject=f"Re: [{R_YT}] Legal removal request",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

We've reviewed the video at {y2}.

Based on the information provided, we were unable to find a legal basis to
remove or restrict this content, and it does not violate our Community
Guidelines. We have therefore decided not to take action, and the video
remains available.

If you are able to provide a court order concerning this video, please reply
to this email with a copy attached.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support 'decided not to take action' reply",
    why="a refusal with its reason for one named video: rejected; the offer to send a court order is not a request for info about status",
    items={y2: "rejected"},
)

_yt_qp = f"""
Hello,

We've completed our review of your report {R_YT}.

\u2022 {y1} \u2014 we have applied an age restriction to this video. It can no longer be viewed by signed-out users or by users under 18.
\u2022 {y3} \u2014 this video had already been removed by the uploader before our review, so no further action was needed.

Sincerely,
The YouTube Trust & Safety Team
"""
case(
    name="yt-qp-age-restricted-and-uploader-deleted",
    from_="no-reply@youtube.com", name_from="YouTube",
    date=date(19, 6, 5),
    subject=f"Your report {R_YT}: review complete",
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_qp)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report-review result, quoted-printable body with bullets",
    why="age restriction applied (restricted); short already removed by its uploader (not_found)",
    items={y1: "restricted", y3: "not_found"},
)

case(
    name="meta-dsa-notice-of-decision",
    from_="noreply@support.facebook.com", name_from="Instagram",
    date=date(16, 13, 0),
    subject=f"Decision on your notice - reference {R_META}",
    body=f"""
Decision on your notice under the Digital Services Act

We reviewed the content you reported.

Content reported: {m3}
Decision: Removed
Ground for decision: Incompatible with our Community Guidelines (regulated goods)
Automated means used in the decision: No, reviewed by a person
Territorial scope: Worldwide

If you disagree with this decision, you can ask us to review it again at
https://help.instagram.com/contact/decision-review or refer it to a
certified out-of-court dispute settlement body.

Instagram Notices Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram/Meta DSA Article 16(5) notice-of-decision to the notifier",
    why="field layout: the one named post removed worldwide; the review link is not an item",
    items={m3: "removed"},
)

case(
    name="meta-restricted-kr-local-law",
    from_="content-restrictions@meta.com", name_from="Meta Content Restrictions",
    date=date(17, 3, 33),
    subject=f"Re: [{R_META}] Request to remove content",
    reply_to_req=req_mid(R_META),
    body=f"""
Hello,

We have reviewed your request {R_META} under local law. Based on our review,
we have restricted access in South Korea to the following content:

{m1}
{m2}

This content remains available outside South Korea. We publish information
about content restrictions based on local law in our Transparency Center.

Thanks,
Meta Content Restrictions Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' reply",
    why="two Facebook items restricted in KR only",
    items={m1: "restricted", m2: "restricted"},
)

case(
    name="meta-numbered-mixed",
    from_="support@instagram.com", name_from="Instagram",
    date=date(18, 0, 48),
    subject=f"Update on your report ({R_META})",
    body=f"""
Hi,

Thanks for your report ({R_META}). Here's what we did for each of the links
you sent:

1. {m4}
   We removed this reel because it goes against our Community Guidelines.

2. {m5}
   We reviewed this account and found that it doesn't go against our
   Community Guidelines, so it will stay on Instagram.

3. {m3}
   We couldn't find this content. The link may be broken, or the post may
   have been deleted by the person who shared it.

Thanks for helping us keep Instagram safe.
The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report-outcome email with one result per reported link",
    why="numbered list, status under each URL: removed, stays up (rejected), could not find (not_found)",
    items={m4: "removed", m5: "rejected", m3: "not_found"},
)

case(
    name="meta-outlook-original-message",
    from_="r.kim@meta.com", name_from="Rachel Kim",
    date=date(18, 7, 15),
    subject=f"RE: [{R_META}] Request to remove content",
    reply_to_req=req_mid(R_META),
    body=f"""
Hello KCSC team,

A quick update on two of the items in your request:

The Instagram reel {m4} has been taken down for violating our policies.
The Facebook profile {m2} does not violate our Community Standards and we
have not found it to be unlawful in Korea, so we have not taken action on it.

Best regards,
Rachel
Content Regulation Operations | Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 3:10 PM
To: Meta Legal <legal-kr@meta.com>
Subject: [{R_META}] Request to remove content

Dear Meta,

We request the removal of the following 5 items:
{m1}
{m2}
{m3}
{m4}
{m5}

Kind regards,
KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Meta staffer reply above an Outlook '-----Original Message-----' quote",
    why="m4 taken down, m2 refused with reason; m1/m3/m5 appear only in the quoted request",
    items={m4: "removed", m2: "rejected", m1: "pending", m3: "pending", m5: "pending"},
)

case(
    name="tiktok-removed-and-restricted-prose",
    from_="legal@tiktok.com", name_from="TikTok Legal",
    date=date(16, 9, 55),
    subject=f"Re: {R_TT} Request for removal",
    reply_to_req=req_mid(R_TT),
    body=f"""
Dear Sir or Madam,

Thank you for your notice {R_TT}. Following our review, the video at
{t1} has been removed for violating our Community Guidelines. We have also
restricted {t2} so that it is no longer available to users in the Republic
of Korea, as we found it to be in breach of local law.

Kind regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal team prose reply to a government removal request",
    why="prose: t1 removed globally, t2 restricted in Korea",
    items={t1: "removed", t2: "restricted"},
)

_tt_html = f"""
<html><body>
<p>Hello,</p>
<p>We have finished reviewing the content in your report {R_TT}. The result for each link is shown below.</p>
<table border="1" cellpadding="5">
<tr><th>Content link</th><th>Result</th></tr>
<tr><td>{t3}</td><td>Removed for violating our Community Guidelines</td></tr>
<tr><td>{t2}</td><td>No violation found &ndash; the video remains available</td></tr>
</table>
<p>TikTok Trust &amp; Safety</p>
</body></html>
"""
case(
    name="tiktok-base64-html-table",
    from_="no-reply@tiktok.com", name_from="TikTok",
    date=date(17, 12, 12),
    subject="Your report has been reviewed",
    raw_mime=f"""
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(_tt_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-result email, base64-encoded HTML table",
    why="table rows: t3 removed, t2 no violation and remains available (rejected)",
    items={t3: "removed", t2: "rejected"},
)

case(
    name="tiktok-dsa-territorial",
    from_="dsa-notices@tiktok.com", name_from="TikTok",
    date=date(18, 11, 0),
    subject=f"Notice of decision on your report {R_TT}",
    body=f"""
Notice of decision

Your reference: {R_TT}
Content: {t3}
Measure taken: Content made unavailable in the following territory: Republic of Korea
Basis: Illegal content under the laws of the Republic of Korea
Facts and circumstances: Report submitted by a public authority
Automated detection: No. Automated decision: No.

You can find information about the redress options available to you at
https://www.tiktok.com/legal/page/global/redress-options

TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement/notice of decision with field list",
    why="made unavailable in one territory (Korea): restricted; the legal page link is not an item",
    items={t3: "restricted"},
)

case(
    name="tiktok-wrapped-angle-url",
    from_="trustandsafety@tiktok.com", name_from="TikTok Trust and Safety",
    date=date(19, 3, 3),
    subject=f"RE: {R_TT}",
    reply_to_req=req_mid(R_TT),
    body=f"""
Hi,

We looked into the video below and it has been removed from TikTok:
<https://www.tiktok.com/@rosewire.kr/video/
7412000000000000023>

The account that posted it has also received a strike. The other two videos
in your report are still with our team.

Best,
TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok T&S staff reply with an Outlook-style wrapped URL in angle brackets",
    why="URL wrapped inside angle brackets; the video is removed; the other two only promised",
    items={t3: "removed"},
)

case(
    name="reddit-removed-and-author-deleted",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date=date(16, 22, 14),
    subject=f"Re: {R_RD} - Content removal request",
    reply_to_req=req_mid(R_RD),
    body=f"""
Hello,

Thanks for reaching out regarding {R_RD}.

We have removed the post at {r1} for violating Reddit's Content Policy.

The second link, {r2}, had already been deleted by its author when we
reviewed it, so there was nothing further for us to action.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply to a government content removal request",
    why="r1 removed by Reddit; r2 already deleted by its author (not_found)",
    items={r1: "removed", r2: "not_found"},
)

case(
    name="reddit-ack-plus-removal",
    from_="noreply@redditmail.com", name_from="Reddit",
    date=date(17, 14, 2),
    subject="Thanks for your report",
    body=f"""
Thanks for submitting a report to the Reddit Safety team. Your ticket number
is 11840572 (your reference: {R_RD}).

After investigating, we've found that the post
{r2}
violates Reddit's Content Policy, and we have removed it.

Thanks again for your report. Reports like yours help keep Reddit safe.

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report-outcome message (ticket number plus result)",
    why="acknowledgement wording plus an unhedged removal of a named post: not a pure acknowledgement",
    items={r2: "removed"},
)

case(
    name="telegram-case-taken-down",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date=date(17, 5, 10),
    subject=f"Re: {R_TG} Case #4410927",
    reply_to_req=req_mid(R_TG),
    body=f"""
Hello,

Thank you for your report. Case #4410927.

The following post has been taken down: {g1}

We were unable to locate {g2}. This message does not exist in the channel.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with case number",
    why="g1 taken down (removed), g2 unable to locate / does not exist (not_found)",
    items={g1: "removed", g2: "not_found"},
)

case(
    name="discord-server-removed-sole",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date=date(16, 18, 36),
    subject=f"Re: [{R_DC}] Report regarding a Discord server",
    reply_to_req=req_mid(R_DC),
    body=f"""
Hi there,

Thank you for your report. Our Safety team reviewed the server you reported
under reference {R_DC} and found that it violated our Community Guidelines.
We have removed the server from Discord and taken action against the
accounts responsible.

You can read more about the actions we take at
https://discord.com/safety/what-actions-we-take

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome ('we have removed the server')",
    why="one-item request: 'the server you reported' was removed, no URL needed",
    items={d1: "removed"},
)

# ==================================================================== REVIEW

case(
    name="x-promise-will-withhold",
    from_="legal-support@x.com", name_from="X Legal",
    date=date(16, 2, 2),
    subject=f"Re: [{R_X}] Request to remove illegal content",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Thank you for your patience. We intend to withhold the following posts in
South Korea once our legal team has completed its assessment:

{x1}
{x2}

We will notify you as soon as action has been taken.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal holding reply announcing an intended withholding",
    why="'intend to withhold ... once' and 'will notify' are promises, not statements",
    items={x1: "pending", x2: "pending"},
)

case(
    name="yt-hedged-pending-assessment",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date=date(17, 8, 40),
    subject=f"Re: [{R_YT}] Legal removal request",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

We're writing with an update on your request.

The videos {y1} and {y2} may be restricted in South Korea, depending on the
outcome of our local law assessment. The channel {y4} is still under review
by our team.

We'll be in touch once a final decision has been made.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim update",
    why="'may be restricted ... depending on' and 'still under review' state nothing",
    items={y1: "pending", y2: "pending", y4: "pending"},
)

case(
    name="meta-hedge-appears-removed",
    from_="content-restrictions@meta.com", name_from="Meta Content Restrictions",
    date=date(18, 4, 4),
    subject=f"Re: [{R_META}] Request to remove content",
    reply_to_req=req_mid(R_META),
    body=f"""
Hello,

It appears that the group post {m1} is no longer accessible. It may have
been removed by the group's admins. We are checking this with the relevant
team and will confirm the status to you.

Thanks,
Meta Content Restrictions Team
""",
    outcome="review", review="not_understood",
    imitates="Meta interim reply with a hedged observation",
    why="'appears' / 'may have been' are hedges, and a confirmation is promised",
    items={m1: "pending"},
)

case(
    name="reddit-conditional-removal",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date=date(18, 20, 30),
    subject=f"Re: {R_RD} - Content removal request",
    reply_to_req=req_mid(R_RD),
    body=f"""
Hello,

We've contacted the moderators of r/copperlane about {r1}. If they do not
remove it within 48 hours, our team will remove it.

Best,
Reddit Legal
""",
    outcome="review", review="not_understood",
    imitates="Reddit admin reply deferring to subreddit moderators",
    why="a condition and a promise, no statement of what happened",
    items={r1: "pending"},
)

case(
    name="tiktok-bulk-all-removed",
    from_="legal@tiktok.com", name_from="TikTok Legal",
    date=date(17, 2, 22),
    subject=f"Re: {R_TT} Request for removal",
    reply_to_req=req_mid(R_TT),
    body=f"""
Dear Sir or Madam,

We would like to inform you that all of the videos reported in your request
{R_TT} have been removed from TikTok for violating our Community Guidelines.

Kind regards,
TikTok Legal Team
""",
    outcome="review", review="bulk",
    imitates="TikTok legal blanket confirmation",
    why="'all of the videos' for a three-item request, none named",
    items={t1: "pending", t2: "pending", t3: "pending"},
)

case(
    name="x-bulk-all-withheld",
    from_="legal-support@x.com", name_from="X Legal",
    date=date(19, 10, 10),
    subject=f"Re: [{R_X}] Request to remove illegal content",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

We have withheld in South Korea all 13 posts and accounts listed in your
request {R_X}. The account holders have been notified in accordance with our
notice policy.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal blanket 'all withheld' reply",
    why="one statement about thirteen items without naming any of them",
    items={u: "pending" for u in X},
)

case(
    name="x-forged-auth-fail",
    from_="legal-support@x.com", name_from="X Legal",
    auth="fail",
    date=date(17, 23, 1),
    subject=f"Re: [{R_X}] Request to remove illegal content",
    body=f"""
Hello,

The following posts have been removed:

{x1}
{x2}
{x3}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="email claiming to be from X Legal that fails DKIM/SPF/DMARC",
    why="platform domain but authentication failed: nothing may be applied",
    items={x1: "pending", x2: "pending", x3: "pending"},
)

case(
    name="unknown-sender-lookalike-x",
    from_="legal@x-legal-desk.example", name_from="X Legal Desk",
    date=date(18, 12, 45),
    subject=f"Re: [{R_X}] removal done",
    body=f"""
Dear KCSC,

Regarding your request {R_X}, the post {x9} has been removed.

Regards,
X Legal Desk
""",
    outcome="review", review="unknown_sender",
    imitates="lookalike-domain reply claiming to speak for X",
    why="sender domain belongs to no platform",
    items={x9: "pending"},
)

case(
    name="unknown-sender-vendor-tiktok",
    from_="moderation@clearpath-bpo.example", name_from="ClearPath Moderation (on behalf of TikTok)",
    date=date(19, 8, 18),
    subject=f"{R_TT} - review result",
    body=f"""
Hello,

We handle content reports on behalf of TikTok. The video {t1} has been
removed following our review.

ClearPath Moderation Services
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="vendor domain is not a TikTok sender domain",
    items={t1: "pending"},
)

case(
    name="pinterest-wrong-platform",
    from_="legal@pinterest.com", name_from="Pinterest Legal",
    date=date(17, 15, 5),
    subject="Your content removal request",
    body=f"""
Hello,

Thank you for contacting Pinterest. We looked into the link you sent,
{m3}, and could not find this content on Pinterest: it is not hosted on our
service. Please contact the service where the content is hosted.

Best,
Pinterest Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest legal reply 'content not hosted on Pinterest'",
    why="Pinterest states not-found for an Instagram item of the Meta request",
    items={m3: "pending"},
)

case(
    name="snapchat-no-claims",
    from_="trust-safety@snap.com", name_from="Snap Trust & Safety",
    date=date(18, 16, 0),
    subject="Update on your report",
    body="""
Hi,

Thanks for reaching out. We have completed our review of the content you
reported and have taken appropriate action in line with our Community
Guidelines.

Snap Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Snapchat generic 'appropriate action' report update",
    why="trusted platform mail, no item and no request reference",
    items={},
)

case(
    name="telegram-asks-court-order",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date=date(18, 6, 6),
    subject=f"Re: {R_TG} Case #4410927",
    reply_to_req=req_mid(R_TG),
    body=f"""
Hello,

To proceed with your report regarding {g2}, please provide a copy of the
court decision or indicate the specific provision of Korean law that this
content violates.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse desk request for a legal basis",
    why="asks for more information; no status stated",
    items={g2: "pending"},
)

# =================================================================== IGNORED

case(
    name="twitch-out-of-office",
    from_="j.alvarez@twitch.tv", name_from="Jordan Alvarez",
    date=date(16, 1, 0),
    subject="Automatic reply: Inquiry from KCSC",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent law enforcement matters, please use the
Twitch law enforcement response portal.

Jordan Alvarez
Twitch Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a Twitch legal staffer",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="x-dsn-bounce",
    from_="MAILER-DAEMON@mail-out.x.com", name_from="Mail Delivery System",
    date=date(16, 0, 5),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b910-dsn"

--b910-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.x.com.

I'm sorry to have to inform you that your message could not be delivered
to one or more recipients.

<legal-kr@x.com>: host mx.x.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@x.com>: Recipient address rejected: User unknown

--b910-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.x.com
Arrival-Date: Mon, 16 Sep 2024 00:04:51 +0000

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@x.com>: Recipient address rejected: User unknown

--b910-dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: [{R_X}] Reminder: request to remove illegal content
Date: Mon, 16 Sep 2024 09:04:40 +0900
Message-ID: <reminder-240910-01-1@kcsc.example>

--b910-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown)",
    why="a DSN for our reminder; says nothing about items",
    items={},
)

case(
    name="meta-read-receipt",
    from_="legal-requests@meta.com", name_from="Meta Legal Requests",
    date=date(13, 2, 30),
    subject=f"Read: [{R_META}] Request to remove content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b910-mdn"

--b910-mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: [{R_META}] Request to remove content
  Sent: Thursday, September 12, 2024 3:10 PM

was read on Friday, September 13, 2024 11:30 AM.

--b910-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal-requests@meta.com
Original-Message-ID: <{req_mid(R_META)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b910-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="snapchat-ticket-receipt",
    from_="no-reply@snap.com", name_from="Snapchat Support",
    date=date(14, 4, 12),
    subject="We've received your request [Case 0247-KR-19382]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

We've received your request. Your case number is 0247-KR-19382.

A member of our team will review it and get back to you. You don't need to
reply to this email; replying will not speed up our review.

Snapchat Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snapchat support ticket receipt",
    why="pure acknowledgement with a case number",
    items={},
)

case(
    name="yt-legal-auto-ack",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date=date(11, 9, 1),
    subject=f"[{R_YT}] We received your legal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for submitting your legal request. This is an automated
confirmation that it has been received. Your reference number is
7-1254000033271.

We will review the content you reported and contact you if we need more
information. Please do not reply to this message.

The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal webform automated confirmation",
    why="automated receipt; no statement about any item",
    items={},
)

case(
    name="tiktok-helpdesk-receipt",
    from_="support@tiktok.com", name_from="TikTok Support",
    date=date(13, 7, 44),
    subject=f"[TikTok] Re: {R_TT} (#88123)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#88123) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk (Zendesk-style) ticket receipt",
    why="ticket receipt only",
    items={},
)

HEADER = f"""# Blind set 910 (English notices from many platforms), written by
# tests/corpus/blind910/make.py. Expected results come from each email's
# meaning alone, written before any run of the reader.
# {len(CASES)} cases."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
