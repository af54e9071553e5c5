#!/usr/bin/env python3
"""Blind set 256: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Pinterest; Telegram, Twitch and Snapchat without a
request of their own). Writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind256/make.py

Every email is fictional and written in our own words; expected results were
written from each email's meaning before the reader was run on it.
Deterministic: running it twice changes nothing.
"""
import base64
import csv
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "meta.com": "Meta",
    "facebookmail.com": "Facebook",
    "instagram.com": "Instagram",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "redditmail.com": "Reddit",
    "discord.com": "Discord",
    "pinterest.com": "Pinterest",
    "twitch.tv": "Twitch",
    "snapchat.com": "Snapchat",
})

# ---------------------------------------------------------------- requests
X1 = "https://x.com/bet_harbor77/status/1830214455667788001"
X2 = "https://x.com/bet_harbor77/status/1830219988776655002"
X3 = "https://x.com/moonlit_casino/status/1829933344455566003"
X4 = "https://x.com/moonlit_casino/status/1830001122334455004"
X5 = "https://x.com/pillbox_direct/status/1830123456789012005"
X6 = "https://x.com/pillbox_direct/status/1830129876543210006"
X7 = "https://x.com/seoul_nightlist/status/1829877766655544007"
X8 = "https://x.com/seoul_nightlist/status/1829888877766655008"
X9 = "https://x.com/jackpot_relay/status/1830300011122233009"
X10 = "https://x.com/jackpot_relay"
X11 = "https://x.com/fakeid_studio/status/1830055566677788011"
X12 = "https://x.com/fakeid_studio/status/1830066677788899012"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm7tLp2XvB4"
Y2 = "https://www.youtube.com/watch?v=Hd93kWzR0sE"
Y3 = "https://www.youtube.com/@nightroulette_tv"
Y4 = "https://www.youtube.com/shorts/Zr4nC8vKp1M"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/easyloan.kr/posts/1023456789012345"
M2 = "https://www.facebook.com/profile.php?id=100089912345678"
M3 = "https://www.instagram.com/p/C9xYz12AbCd/"
M4 = "https://www.instagram.com/rx_pharma_seoul/"
M5 = "https://www.facebook.com/seoulcasino.vip/posts/pfbid0Zk8wQ3mN5rT7"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@quickcash.kr/video/7410987654321098765"
T2 = "https://www.tiktok.com/@quickcash.kr/video/7411122233344455566"
T3 = "https://www.tiktok.com/@pillmarket_99"

R1 = "https://www.reddit.com/r/koreabets/comments/1f3xk9q/daily_toto_picks_and_codes/"
R2 = "https://www.reddit.com/user/seoul_rx_dealer/"

D1 = "https://discord.gg/kR7bz4Tq"

P1 = "https://www.pinterest.com/pin/1097752415123456789/"
P2 = "https://www.pinterest.com/onlinecasino_kr/"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", XS, "X batch: gambling, drugs, forged IDs, adult listings"),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", YS, "YouTube: roulette promotion channel"),
    ("KCSC-240904-03", "meta", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "illegal_lending", MS, "Facebook and Instagram: unlicensed lending, medicines, casino"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal_lending", [T1, T2, T3], "TikTok: loan ads and a pill seller"),
    ("KCSC-240906-05", "reddit", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "drug_trade", [R1, R2], "Reddit: toto picks post, drug seller profile"),
    ("KCSC-240909-06", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "illegal_gambling", [D1], "Discord: betting server invite"),
    ("KCSC-240910-07", "pinterest", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_gambling", [P1, P2], "Pinterest: casino pin and board"),
]


def req_mid(ref):
    return ref.lower() + ".req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted_request(ref, urls, prefix="> "):
    lines = ["Dear Sir or Madam,", "",
             "Under Article 44-7 of the Information and Communications Network Act,",
             "the Korea Communications Standards Commission requests the removal of",
             "the following content (reference %s):" % ref, ""]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "Please inform us of the measures taken by the deadline.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ applied
case(
    name="x-legal-withheld-in-kr-list",
    frm="legal-support@x.com", name_from="X Legal",
    date="Wed, 11 Sep 2024 03:14:09 +0000",
    subject="Re: [KCSC-240903-01] Request to remove unlawful content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request of 3 September 2024 (your reference
KCSC-240903-01).

Having reviewed the reported content against applicable local law, X has
withheld the following content in the Republic of Korea:

{X3}
{X4}
{X10}  (entire account)

The content remains viewable outside Korea. Affected account holders were
notified in line with our user notice policy. More about country withheld
content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

We will reply separately about the other items in your request.

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal-request outcome email: country withheld content (CWC) in KR, list of URLs",
    why="three URLs withheld in Korea = restricted; the help.x.com policy link is no item",
    items={X3: "restricted", X4: "restricted", X10: "restricted"},
)

case(
    name="x-numbered-mixed-outcomes",
    frm="legal-support@x.com", name_from="X Legal",
    date="Thu, 12 Sep 2024 08:02:51 +0000",
    subject="Your report KCSC-240903-01 - review completed (4 items)",
    body=f"""
Dear Korea Communications Standards Commission,

We have completed our review of the following items from your report
KCSC-240903-01:

1. {X1}
   Action: Removed. The post violated the X Rules (illegal or certain
   regulated goods or services).
2. {X2}
   Action: Withheld in KR.
3. {X7}
   Action: No action. We did not find a violation of the X Rules, and the
   request did not establish that the post is unlawful in Korea.
4. {X8}
   Action: None - content not found. The post does not exist or was deleted
   before our review.

The remaining items are still being processed.

X Legal
""",
    outcome="applied",
    imitates="X legal team per-item outcome list (removed / withheld in KR / no action / not found)",
    why="four numbered URLs, each with its own action line",
    items={X1: "removed", X2: "restricted", X7: "rejected", X8: "not_found"},
)

case(
    name="x-reported-url-status-below",
    frm="lrs-noreply@x.com", name_from="X Legal Request System",
    date="Fri, 13 Sep 2024 01:40:00 +0000",
    subject="Case 0923-KR-55120 update - KCSC-240903-01",
    body=f"""
Case number: 0923-KR-55120
Your reference: KCSC-240903-01

Reported URL: {X5}
Status: Content removed - violation of X Rules

Reported URL: {X6}
Status: Content removed - violation of X Rules

Reported URL: {X9}
Status: Withheld in: KR

This is an automated status update from the X legal request system.
Replies to this address are not monitored.
""",
    outcome="applied",
    imitates="X legal request system status update: 'Reported URL' line with 'Status' on the line below",
    why="status stated on the line under each URL; the 'not monitored' footer does not make it an auto-reply",
    items={X5: "removed", X6: "removed", X9: "restricted"},
)

case(
    name="x-statement-then-url-below",
    frm="legal-support@x.com", name_from="X Legal",
    date="Fri, 13 Sep 2024 06:25:37 +0000",
    subject="RE: KCSC-240903-01",
    body=f"""
Hello,

We have removed the following post globally for violating our policy on
illegal or certain regulated goods and services:

{X11}

We could not find the following post. It no longer exists on X, so no
further action is possible on our side:

{X12}

Kind regards,
X Legal
""",
    outcome="applied",
    imitates="X legal reply where each statement precedes the URL on its own line",
    why="statement above each URL: x11 removed, x12 no longer exists = not_found",
    items={X11: "removed", X12: "not_found"},
)

case(
    name="x-top-posted-over-gmail-quote",
    frm="jiwon.park@x.com", name_from="Jiwon Park",
    date="Sat, 14 Sep 2024 02:11:45 +0000",
    subject="Re: [KCSC-240903-01] Request to remove unlawful content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi team,

Quick update on your request: the post {X1} is now withheld in Korea.
The rest of the list is still with our legal reviewers and I'll come back
to you once I have their decisions.

Best,
Jiwon

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", XS)}
""",
    outcome="applied",
    imitates="X Korea staff top-posted Gmail reply over the quoted request",
    why="only x1 is stated (withheld in Korea); the quoted list below 'On ... wrote:' is not a statement",
    items={X1: "restricted"},
)

X_TABLE = f"""
<html><body>
<p>Dear KCSC,</p>
<p>Please find below the outcome of our review of your report
<b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Reported content</th><th>Action taken</th><th>Scope</th></tr>
<tr><td><a href="{X5}">{X5}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X6}">{X6}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X7}">{X7}</a></td><td>No violation found &ndash; content remains available</td><td>&ndash;</td></tr>
<tr><td><a href="{X8}">{X8}</a></td><td>Not found</td><td>&ndash;</td></tr>
</table>
<p>Information about our approach to legal requests is available in our
<a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">Legal request FAQs</a>.</p>
<p>X Legal</p>
</body></html>
"""
case(
    name="x-html-outcome-table",
    frm="legal-support@x.com", name_from="X Legal",
    date="Sun, 15 Sep 2024 23:05:12 +0000",
    subject="Outcome of your report KCSC-240903-01",
    type="html",
    body=X_TABLE,
    outcome="applied",
    imitates="X legal outcome as an HTML table (content / action / scope)",
    why="one row per URL: removed, withheld in South Korea, no violation (stays up), not found",
    items={X5: "removed", X6: "restricted", X7: "rejected", X8: "not_found"},
)

case(
    name="yt-legal-removed-and-blocked-kr",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 07:30:00 +0000",
    subject="YouTube Legal Support - your request [KCSC-240903-02]",
    body=f"""
Hello,

Thank you for contacting YouTube. We have reviewed the content you reported.

We removed the following content from YouTube under our Community
Guidelines:
- {Y1}

After reviewing local law, we have blocked the following content from view
in South Korea:
- {Y2}

For more information on how YouTube handles legal removal requests, see
https://support.google.com/youtube/answer/6154218

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal removal outcome: removed under Community Guidelines / blocked in country under local law",
    why="y1 removed globally, y2 blocked in South Korea = restricted; support.google.com link is no item",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="yt-no-violation-and-age-restricted",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 05:12:44 +0000",
    subject="Re: [KCSC-240903-02] Request to remove unlawful content",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

We reviewed the channel {Y3}. We found that it does not
violate our Community Guidelines, and we did not find a sufficient basis to
restrict it under local law. As a result, we will not be taking action on
this channel.

The short {Y4} has been age-restricted. It can
no longer be viewed by signed-out users or by users under 18.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal reply: no action on a channel (no policy or legal basis), age restriction on a short",
    why="the channel stays up for a stated reason = rejected; age-restricted = restricted",
    items={Y3: "rejected", Y4: "restricted"},
)

YT_QP = """Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hello,

Following your request KCSC-240903-02, the channel https://www.youtube.com/=
@nightroulette_tv has been terminated for violating YouTube=E2=80=99s spam,=
 deceptive practices and scams policies. The short https://www.youtube.com/=
shorts/Zr4nC8vKp1M, which was uploaded by that channel, has been removed to=
o.

Terminated channels cannot be viewed, and their owners may not create new=
 channels.

=E2=80=94 YouTube Trust & Safety, legal removals team
"""
case(
    name="yt-quoted-printable-channel-terminated",
    frm="legal-kr@google.com", name_from="YouTube Legal Korea",
    date="Fri, 13 Sep 2024 09:48:20 +0000",
    subject="Re: [KCSC-240903-02] Request to remove unlawful content",
    reply_to_req=req_mid("KCSC-240903-02"),
    raw_mime=YT_QP,
    outcome="applied",
    imitates="YouTube channel termination notice, quoted-printable with soft breaks inside the URLs",
    why="channel terminated = removed; the short removed too (URLs wrapped by QP soft line breaks)",
    items={Y3: "removed", Y4: "removed"},
)

case(
    name="meta-local-law-mixed-sections",
    frm="govt-reports-noreply@meta.com", name_from="Meta Government Reports",
    date="Thu, 12 Sep 2024 14:20:03 +0000",
    subject="Your report KCSC-240904-03: outcome",
    body=f"""
Hello,

Thank you for your report. We have reviewed the content you reported against
our Community Standards and applicable local law.

Content restricted in South Korea under local law:
\u2022 {M1}
\u2022 {M2}

Content removed for going against our Community Standards:
\u2022 {M3}

No action taken:
\u2022 {M4} - after review, we found that this account does not go
against our Community Standards, and your report did not give us grounds to
restrict it under local law.

You can read about how we handle reports of content violating local law at
https://transparency.meta.com/reports/content-restrictions/

Meta Government Reports Team
""",
    outcome="applied",
    imitates="Meta response to a government report: restricted under local law / removed under Community Standards / no action",
    why="section headings give each bullet's status; transparency.meta.com link is no item",
    items={M1: "restricted", M2: "restricted", M3: "removed", M4: "rejected"},
)

case(
    name="meta-instagram-account-disabled",
    frm="no-reply@instagram.com", name_from="Instagram",
    date="Fri, 13 Sep 2024 03:33:10 +0000",
    subject="Update on your report (KCSC-240904-03)",
    body=f"""
Hi,

We've disabled the account {M4} for going against our
Community Guidelines on buying and selling restricted goods. It's no longer
visible on Instagram.

We appreciate you taking the time to report this.

The Instagram Team
""",
    outcome="applied",
    imitates="Instagram report outcome: account disabled",
    why="one named account disabled = removed; other items of the request untouched",
    items={M4: "removed"},
)

META_CSV = f"""content_url,decision,scope,notes
{M1},ACCESS RESTRICTED,KR,Restricted under local law (KR)
{M2},REMOVED,GLOBAL,Community Standards - Fraud and scams
{M5},NOT FOUND,,Content not available or URL invalid
"""
META_CSV_MIME = f"""Content-Type: multipart/mixed; boundary="=_meta_b256_01"

--=_meta_b256_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the decision for each URL of your report
KCSC-240904-03 that we have completed so far.

Meta Government Reports Team

--=_meta_b256_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-03_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240904-03_decisions.csv"
Content-Transfer-Encoding: base64

{b64(META_CSV)}
--=_meta_b256_01--
"""
case(
    name="meta-csv-attachment-decisions",
    frm="govt-reports-noreply@meta.com", name_from="Meta Government Reports",
    date="Sat, 14 Sep 2024 10:01:59 +0000",
    subject="Decisions on your report KCSC-240904-03",
    raw_mime=META_CSV_MIME,
    outcome="applied",
    imitates="Meta government-report decisions exported as a CSV attachment (base64)",
    why="CSV rows: restricted in KR, removed, not found",
    items={M1: "restricted", M2: "removed", M5: "not_found"},
)

case(
    name="tiktok-prose-three-actions",
    frm="legal-noreply@tiktok.com", name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 02:45:00 +0000",
    subject="TikTok: outcome of your report KCSC-240905-04",
    body=f"""
Dear KCSC team,

Thank you for your report (KCSC-240905-04). Our team has reviewed the content
and taken the following actions. The video {T1} was removed for violating our
Community Guidelines on frauds and scams. The video {T2} has been made
unavailable in South Korea in accordance with local law. The account
{T3} has been permanently banned.

If you have questions, reply to this email quoting the reference above.

TikTok Trust & Safety
""",
    outcome="applied",
    imitates="TikTok Trust & Safety report outcome in prose (removed / unavailable in country / banned)",
    why="three sentences, one per URL: removed, restricted in KR, account banned = removed",
    items={T1: "removed", T2: "restricted", T3: "removed"},
)

TT_HTML = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We have finished reviewing the remaining items of your report
KCSC-240905-04.</p>
<p><b>Video:</b> <a href="{T2}">{T2}</a><br>
<b>Result:</b> Removed &ndash; violates our Community Guidelines
(illegal activities and regulated goods).</p>
<p><b>Account:</b> <a href="{T3}">{T3}</a><br>
<b>Result:</b> No violation found. This account will remain on TikTok.</p>
<p>Learn more about our <a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a>.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
"""
TT_B64_MIME = f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(TT_HTML)}
"""
case(
    name="tiktok-base64-html-result-lines",
    frm="legal-noreply@tiktok.com", name_from="TikTok Trust & Safety",
    date="Sun, 15 Sep 2024 07:07:07 +0000",
    subject="TikTok: update on KCSC-240905-04",
    raw_mime=TT_B64_MIME,
    outcome="applied",
    imitates="TikTok HTML report result, base64-encoded (Video/Account with Result line)",
    why="t2 removed; t3 no violation, stays up = rejected; community-guidelines link is no item",
    items={T2: "removed", T3: "rejected"},
)

case(
    name="reddit-admin-actions",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 18:30:41 +0000",
    subject="Re: KCSC-240906-05 removal request",
    body=f"""
Hi there,

Thanks for reaching out. Following your notice (KCSC-240906-05), we've taken
the following action:

- r/koreabets post {R1} - removed for violating
  Reddit's Content Policy (illegal or prohibited transactions).
- u/seoul_rx_dealer ({R2}) - account permanently suspended;
  its profile and posts are no longer viewable.

-Reddit Legal Operations
""",
    outcome="applied",
    imitates="Reddit admin/legal reply listing actions per post and user",
    why="post removed; account permanently suspended and no longer viewable = removed",
    items={R1: "removed", R2: "removed"},
)

case(
    name="discord-single-item-no-url",
    frm="noreply@discord.com", name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 21:10:00 +0000",
    subject="Re: [KCSC-240909-06] Request to remove content",
    reply_to_req=req_mid("KCSC-240909-06"),
    body="""
Hello,

Thanks for your report. Our Safety team has reviewed the server you reported
and has removed it from Discord. The invite link no longer works.

Ticket #48213377

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord Trust & Safety ticket reply: server removed",
    why="reply in the thread of a one-item request stating the server was removed: applies to its only item",
    items={D1: "removed"},
)

case(
    name="pinterest-pin-removed-board-stays",
    frm="legal@pinterest.com", name_from="Pinterest Legal",
    date="Fri, 13 Sep 2024 16:55:02 +0000",
    subject="Your report KCSC-240910-07",
    body=f"""
Hi,

We've removed the Pin {P1} because it goes against our
Community guidelines on gambling.

We reviewed the profile {P2} and did not find content that
violates our policies, so it will stay up.

Thanks,
Pinterest Legal
""",
    outcome="applied",
    imitates="Pinterest content report outcome: Pin removed, profile left up",
    why="p1 removed; p2 reviewed, no violation, stays up = rejected",
    items={P1: "removed", P2: "rejected"},
)

case(
    name="x-korea-bilingual-particles",
    frm="kr-legal@x.com", name_from="X Korea",
    date="Mon, 16 Sep 2024 00:50:30 +0000",
    subject="[KCSC-240903-01] 처리 결과 안내 / Result of your request",
    body=f"""
안녕하세요, KCSC-240903-01 요청에 대한 처리 결과를 안내드립니다.
Please see the results for your request below.

{X9}은(는) 한국 내 접속 차단(withheld in KR) 조치되었습니다.
<{X2}>：삭제 완료 (removed globally).

감사합니다.
X Korea Legal
""",
    outcome="applied",
    imitates="X Korea bilingual result notice, URLs followed by Korean particles and a full-width colon",
    why="x9 접속 차단 in Korea = restricted; x2 삭제 완료 = removed",
    items={X9: "restricted", X2: "removed"},
)

case(
    name="yt-outlook-top-posted-one-item",
    frm="minseo.kang@google.com", name_from="Minseo Kang",
    date="Mon, 16 Sep 2024 04:15:00 +0000",
    subject="RE: [KCSC-240903-02] Request to remove unlawful content",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Following our review, {Y2} is now blocked in South
Korea under local law. We're still looking at the other URLs.

Best regards,
Minseo Kang
Legal Specialist, YouTube Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30 AM
To: legal-kr@google.com
Subject: [KCSC-240903-02] Request to remove unlawful content

{quoted_request("KCSC-240903-02", YS, prefix="")}
""",
    outcome="applied",
    imitates="YouTube Korea staff reply in Outlook style over '-----Original Message-----'",
    why="only y2 stated (blocked in South Korea = restricted); the original request below is quoted",
    items={Y2: "restricted"},
)

case(
    name="x-angle-bracket-wrapped-url",
    frm="legal-support@x.com", name_from="X Legal",
    date="Mon, 16 Sep 2024 08:08:08 +0000",
    subject="RE: KCSC-240903-01 (moonlit_casino)",
    body="""
Hello,

Both posts below have been removed from X for violating our rules on
gambling promotion:

<https://x.com/moonlit_casino/status/1829933344455566003>
<https://x.com/moonlit_casino/
status/1830001122334455004>

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal reply whose mail client wrapped an angle-bracketed URL across two lines",
    why="both posts named and removed; the second URL is broken inside its angle brackets (RFC 3986 app. C)",
    items={X3: "removed", X4: "removed"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    frm="legal-noreply@tiktok.com", name_from="TikTok Trust & Safety",
    date="Mon, 16 Sep 2024 11:11:11 +0000",
    subject="Statement of reasons - decision on your report KCSC-240905-04",
    body=f"""
STATEMENT OF REASONS
Decision reference: SOR-TT-2024-0916-5521
Your report: KCSC-240905-04

Content concerned: {T2}
Decision: Restriction of visibility - the video has been made unavailable
to users in the Republic of Korea.
Territorial scope: Republic of Korea
Ground for decision: Illegal content under the law of the Republic of Korea
(advertising of unregistered lending).
Facts and circumstances: Notice submitted by a government authority.
Automated detection used: No
Automated decision used: No

Redress: the uploader may appeal in the app; see
https://www.tiktok.com/legal/page/global/appeals/en

TikTok Trust & Safety
""",
    outcome="applied",
    imitates="DSA Art. 17 statement of reasons (TikTok style): decision, territorial scope, ground, automation",
    why="visibility restriction limited to Korea = restricted",
    items={T2: "restricted"},
)

case(
    name="meta-dsa-statement-removed",
    frm="notification@facebookmail.com", name_from="Facebook",
    date="Tue, 17 Sep 2024 02:02:02 +0000",
    subject="Statement of reasons for your report KCSC-240904-03",
    body=f"""
Statement of reasons

Content: {M5}
Decision: Content removed
Basis: Community Standards - Restricted goods and services (online gambling)
Scope: Worldwide
How the decision was made: reviewed by a member of our team
Date of decision: 16 September 2024

The person who posted the content has been told about this decision and can
request a review. Learn about your options at
https://www.facebook.com/help/dsa-options

Meta
""",
    outcome="applied",
    imitates="Meta/Facebook DSA statement of reasons (content, decision, basis, scope)",
    why="m5 removed worldwide; the help link is no item",
    items={M5: "removed"},
)

case(
    name="x-echoed-report-outcome",
    frm="support@x.com", name_from="X Support",
    date="Tue, 17 Sep 2024 05:40:19 +0000",
    subject="Your report - Case #0962311447",
    body=f"""
Case #0962311447

----- Your report -----
Reported content: {X11}
Reporter: Korea Communications Standards Commission (KCSC-240903-01)
Reported under: Illegal content - forged documents
-----------------------

Outcome: We've withheld this post in Korea in response to your report. It
remains available in other countries.

X Support
""",
    outcome="applied",
    imitates="X support case email echoing the report fields, then the outcome",
    why="the echoed report names the post; 'withheld this post in Korea' = restricted",
    items={X11: "restricted"},
)

case(
    name="reddit-receipt-with-outcome",
    frm="noreply@redditmail.com", name_from="Reddit",
    date="Tue, 17 Sep 2024 09:00:00 +0000",
    subject="Your report to Reddit [KCSC-240906-05] - ticket 2409-77812",
    body=f"""
Thanks for submitting a report to Reddit. Your ticket number is 2409-77812.

We've already reviewed it: the post
{R1}
has been removed.

This mailbox is not monitored. Please don't reply to this email.
""",
    outcome="applied",
    imitates="Reddit report receipt that already carries the outcome",
    why="receipt wording plus an unhedged statement: r1 removed (not a pure acknowledgement)",
    items={R1: "removed"},
)

case(
    name="yt-bullets-author-deleted-and-removed",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 12:34:56 +0000",
    subject="YouTube Legal Support - update [KCSC-240903-02]",
    body=f"""
Hello,

Here is an update on your request KCSC-240903-02:

* {Y1} - this video had already been deleted by the
  uploader before we completed our review; no further action is needed.
* {Y4} - removed for violating our policy on harmful
  or dangerous content (https://support.google.com/youtube/answer/2801964).

Uploaders can appeal: https://support.google.com/youtube/answer/185111

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal update with bullets and policy/appeal links",
    why="y1 already deleted by its uploader = not_found; y4 removed; help links are no items",
    items={Y1: "not_found", Y4: "removed"},
)

# ================================================================ review
case(
    name="x-promise-will-withhold",
    frm="legal-support@x.com", name_from="X Legal",
    date="Wed, 11 Sep 2024 10:00:00 +0000",
    subject="Re: [KCSC-240903-01] Request to remove unlawful content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

We have received your request regarding the posts below and will withhold
them in Korea once our legal review is complete. We expect to finish within
five business days.

- {X5}
- {X6}

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising country withholding after review",
    why="'will withhold ... once our review is complete' is a promise, not a statement",
    items={X5: "pending", X6: "pending"},
)

case(
    name="yt-hedge-and-under-review",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 01:15:00 +0000",
    subject="YouTube Legal Support - your request [KCSC-240903-02]",
    body=f"""
Hello,

The video {Y1} appears to have already been removed.
The video {Y2} is currently under review by our legal
team, and we will let you know the outcome.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply (hedged 'appears to have been removed', 'under review')",
    why="a hedge and 'under review' are no statements: both items stay pending",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="meta-bulk-all-restricted",
    frm="govt-reports-noreply@meta.com", name_from="Meta Government Reports",
    date="Fri, 13 Sep 2024 12:00:00 +0000",
    subject="Your report KCSC-240904-03: outcome",
    body="""
Hello,

We have restricted access in South Korea to all of the content listed in
your report KCSC-240904-03, in line with local law.

Meta Government Reports Team
""",
    outcome="review", review="bulk",
    imitates="Meta short outcome: everything in the report restricted in country",
    why="one statement about all five items without naming any: bulk",
    items={u: "pending" for u in MS},
)

case(
    name="x-bulk-all-actioned",
    frm="legal-support@x.com", name_from="X Legal",
    date="Wed, 18 Sep 2024 03:03:03 +0000",
    subject="Re: [KCSC-240903-01] Request to remove unlawful content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
Hello,

All 12 posts and accounts in your report have been actioned in accordance
with our policies and applicable law. This request is now closed.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X closing note: everything in the request actioned",
    why="12-item request, statement about all of them without naming each: bulk",
    items={u: "pending" for u in XS},
)

case(
    name="x-dmarc-fail-removal-claim",
    frm="legal-support@x.com", name_from="X Legal",
    auth="fail",
    date="Wed, 11 Sep 2024 13:13:13 +0000",
    subject="Re: [KCSC-240903-01] Request to remove unlawful content",
    body=f"""
Hello,

The following posts have been removed:
{X1}
{X2}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email whose DKIM/SPF/DMARC checks failed",
    why="platform domain but authentication failed: untrusted, nothing applied",
    items={X1: "pending", X2: "pending"},
)

case(
    name="tiktok-lookalike-domain",
    frm="partnerdesk@tt-safety-support.com", name_from="TikTok Partner Desk",
    date="Thu, 12 Sep 2024 15:20:00 +0000",
    subject="KCSC-240905-04 - content removed",
    body=f"""
Dear partner,

On behalf of TikTok we confirm that the following videos have been removed:

{T1}
{T2}

TikTok Partner Desk
""",
    outcome="review", review="unknown_sender",
    imitates="outcome email from a look-alike vendor domain claiming to act for TikTok",
    why="sender domain belongs to no platform: unknown_sender",
    items={T1: "pending", T2: "pending"},
)

case(
    name="snapchat-generic-no-claims",
    frm="no_reply@snapchat.com", name_from="Snapchat Support",
    date="Fri, 13 Sep 2024 04:04:04 +0000",
    subject="Your Snapchat report",
    body="""
Hi there,

Thanks for your report. We've reviewed it and have taken action where our
Community Guidelines were violated.

Thank you for helping keep Snapchat safe.

Team Snapchat
""",
    outcome="review", review="no_claims",
    imitates="Snapchat 'we've taken action on your report' notice",
    why="trusted Snapchat mail naming no item and no request of ours",
    items={},
)

case(
    name="telegram-not-our-link",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 06:30:00 +0000",
    subject="Re: Request to remove content",
    body=f"""
Hello,

The link {D1} is not a Telegram link and is not hosted on
Telegram, so we are unable to take any action on it.

Telegram Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="Telegram abuse-desk reply to a misdirected request ('not hosted on Telegram')",
    why="Telegram speaks about a Discord item: wrong_platform, nothing applied",
    items={D1: "pending"},
)

case(
    name="tiktok-asks-legal-basis",
    frm="legal-noreply@tiktok.com", name_from="TikTok Law Enforcement Outreach",
    date="Fri, 13 Sep 2024 08:15:00 +0000",
    subject="Re: [KCSC-240905-04] Request to remove content - information needed",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
Dear KCSC,

To assess your request regarding the account {T3}, we need
further information. Please tell us the specific provision of Korean law the
account is alleged to breach, and identify the individual videos concerned.

Until we receive this information we are unable to proceed with this item.

TikTok Law Enforcement Outreach
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="TikTok legal request for more information (legal provision, specific videos)",
    why="asks for more information about t3; no status",
    items={T3: "pending"},
)

case(
    name="pinterest-forwarded-by-colleague",
    frm="hana.lee@kcsc.example", name_from="Hana Lee",
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject="Fwd: Your report KCSC-240910-07",
    body=f"""
FYI - Pinterest's answer came to my own mailbox instead of the desk.

Hana

---------- Forwarded message ---------
From: Pinterest Legal <legal@pinterest.com>
Date: Fri, 13 Sep 2024 at 23:41
Subject: Your report KCSC-240910-07
To: Hana Lee <hana.lee@kcsc.example>

Hi,

We've deactivated the Pin {P1} because it goes against
our Community guidelines.

Thanks,
Pinterest Legal
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="staff forward (Gmail '---------- Forwarded message') of a Pinterest outcome",
    why="the platform statement arrives only inside a colleague's forward: review, nothing applied",
    items={P1: "pending"},
)

case(
    name="pinterest-may-have-been-removed",
    frm="legal@pinterest.com", name_from="Pinterest Legal",
    date="Mon, 16 Sep 2024 19:45:00 +0000",
    subject="Re: Your report KCSC-240910-07",
    body=f"""
Hi,

It looks like the Pin {P1} may have already been removed
by the person who saved it. We're still checking the profile
{P2} and will let you know what we find.

Thanks,
Pinterest Legal
""",
    outcome="review", review="not_understood",
    imitates="Pinterest interim reply with a hedge and a promise",
    why="'may have already been removed' is a hedge; 'still checking' is no outcome",
    items={P1: "pending", P2: "pending"},
)

case(
    name="x-other-post-ids-unmatched",
    frm="legal-support@x.com", name_from="X Legal",
    date="Wed, 18 Sep 2024 07:20:00 +0000",
    subject="RE: KCSC-240903-01",
    body="""
Hello,

We have taken the following action under your report KCSC-240903-01:

https://x.com/bet_harbor77/status/1830214455667788100 - removed
https://x.com/moonlit_casino/status/1829933344455566300 - withheld in KR

X Legal
""",
    outcome="review", review="unmatched_claims",
    imitates="X legal outcome listing post ids that differ from the requested ones",
    why="both stated URLs are not among the requested items (different post ids): unmatched claims",
    items={},
)

# ================================================================ ignored
case(
    name="yt-out-of-office",
    frm="minseo.kang@google.com", name_from="Minseo Kang",
    date="Wed, 11 Sep 2024 00:20:00 +0000",
    subject="Automatic reply: [KCSC-240903-02] Request to remove unlawful content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal matters, please write to
legal-kr@google.com.

Minseo Kang
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b256"

This is a MIME-encapsulated message.

--=_dsn_b256
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@discrod.com>: host mx.discrod.com[203.0.113.77] said: 550 5.1.1
    <legal@discrod.com>: Recipient address rejected: User unknown

--=_dsn_b256
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon, 9 Sep 2024 10:00:03 +0900

Final-Recipient: rfc822; legal@discrod.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_dsn_b256
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@discrod.com
Subject: [KCSC-240909-06] Request to remove content
Date: Mon, 9 Sep 2024 10:00:00 +0900
Message-ID: <{req_mid("KCSC-240909-06")}.typo@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Discord,

Please remove the following server invite (reference KCSC-240909-06):

1. {D1}

KCSC Takedown Desk

--=_dsn_b256--
"""
case(
    name="discord-dsn-typo-address",
    frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    auth="none",
    date="Mon, 9 Sep 2024 01:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) for a mistyped platform address",
    why="bounce; the request it carries is our own text",
    items={D1: "pending"},
)

MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_b256"

--=_mdn_b256
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to jiho.yoon@tiktok.com at
05/09/2024 10:05.

This receipt verifies that the message has been displayed on the recipient's
computer at 12/09/2024 09:12.

--=_mdn_b256
Content-Type: message/disposition-notification

Reporting-UA: jiho-laptop; Mozilla Thunderbird
Final-Recipient: rfc822;jiho.yoon@tiktok.com
Original-Message-ID: <kcsc-240905-04.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_b256--
"""
case(
    name="tiktok-read-receipt",
    frm="jiho.yoon@tiktok.com", name_from="Jiho Yoon",
    date="Thu, 12 Sep 2024 00:12:00 +0000",
    subject="Read: [KCSC-240905-04] Request to remove content",
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird message disposition notification (MDN)",
    why="read receipt",
    items={},
)

case(
    name="reddit-ticket-receipt",
    frm="noreply@redditmail.com", name_from="Reddit",
    date="Fri, 6 Sep 2024 05:30:00 +0000",
    subject="We've received your request [KCSC-240906-05] (#2409-77813)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

We've received your request (#2409-77813). Our team will review your report
and respond as soon as we can.

Please don't reply to this email; this mailbox is not monitored.

Reddit Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit legal ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="meta-report-received",
    frm="govt-reports-noreply@meta.com", name_from="Meta Government Reports",
    date="Wed, 4 Sep 2024 03:10:00 +0000",
    subject="We received your report KCSC-240904-03",
    body="""
Hello,

We received your report KCSC-240904-03 about 5 URLs on Facebook and
Instagram. Your report reference number is 8823347712.

Please keep this number for your records.

Meta Government Reports Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta government report intake confirmation",
    why="receipt with a reference number, no status",
    items={},
)

case(
    name="twitch-legal-autoresponder",
    frm="legal@twitch.tv", name_from="Twitch Legal",
    date="Tue, 10 Sep 2024 02:00:00 +0000",
    subject="Automatic response: Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for contacting Twitch Legal. This is an automated response.

This mailbox handles copyright notices and legal process. Messages are read
in the order received; we may not reply to every message.

Twitch Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="Twitch legal mailbox auto-responder",
    why="automated response",
    items={},
)

case(
    name="pinterest-out-of-office",
    frm="dcho@pinterest.com", name_from="Daniel Cho",
    date="Wed, 11 Sep 2024 08:00:00 +0000",
    subject="Out of Office: [KCSC-240910-07] Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi, I'm on leave until 20 September and won't be checking email. For
anything about content removal, please contact legal@pinterest.com.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail-style out-of-office from a platform employee",
    why="out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 256 (tests/corpus/blind256/make.py writes this file).
# English notices from X, YouTube, Meta, TikTok, Reddit, Discord, Pinterest,
# with Telegram, Twitch and Snapchat mail; expected results were written from
# each email's meaning before the reader was run on them."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, "blind256", HEADER, CASES)


if __name__ == "__main__":
    main()
