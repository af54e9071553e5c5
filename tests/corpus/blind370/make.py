#!/usr/bin/env python3
"""Blind corpus set 370: English notices from many platforms (X, YouTube,
Meta/Instagram, TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest,
Telegram): help-centre outcome templates, DSA statements of reasons, legal
removal decisions, receipts, auto-replies and delivery reports.

Written from each email's meaning before any run of the reader.
Deterministic: `python3 tests/corpus/blind370/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --- requests -------------------------------------------------------------

KO_SLUG = "서울_신상"
X = {
    1: "https://x.com/lucky_tide88/status/1830011122233344501",
    2: "https://x.com/lucky_tide88/status/1830011122233344502",
    3: "https://x.com/lucky_tide88/status/1830011122233344503",
    4: "https://x.com/baccarat_kr_vip/status/1830022233344455501",
    5: "https://x.com/baccarat_kr_vip/status/1830022233344455502",
    6: "https://x.com/toto_signal_7/status/1830033344455566601",
    7: "https://x.com/toto_signal_7/status/1830033344455566602",
    8: "https://x.com/toto_signal_7/status/1830033344455566603",
    9: "https://x.com/slotqueen_88",
    10: "https://x.com/mintcasino_kr/status/1830044455566677701",
    11: "https://x.com/mintcasino_kr/status/1830044455566677702",
    12: "https://x.com/evo_live_dealer/status/1830055566677788801",
    13: "https://x.com/evo_live_dealer/status/1830055566677788802",
    14: "https://twitter.com/jackpotline_kr/status/1830066677788899901",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8xLp2a",
    2: "https://www.youtube.com/watch?v=Hn7wK1rZs5b",
    3: "https://www.youtube.com/@icecrystal_shop",
    4: "https://www.youtube.com/shorts/Zx9pL4mQw1c",
}
M = {
    1: "https://www.facebook.com/groups/blueharbormeet/posts/771203344556677",
    2: "https://www.facebook.com/profile.php?id=100093355577711",
    3: "https://www.instagram.com/p/C9xTq2LmN4a/",
    4: "https://www.instagram.com/p/C9yUr3MnP5b/",
    5: "https://www.instagram.com/velvetlens.kr/",
}
T = {
    1: "https://www.tiktok.com/@night_pharm.kr/video/7409911223344556671",
    2: "https://www.tiktok.com/@night_pharm.kr/video/7409911223344556672",
    3: "https://www.tiktok.com/@seoul_pills_24/video/7410022334455667783",
}
R_RAW2 = "https://www.reddit.com/r/kdealsunderground/comments/1f3efgh/" + KO_SLUG + "/"
R = {
    1: "https://www.reddit.com/r/kdealsunderground/comments/1f3abcd/weekly_price_list/",
    2: "https://www.reddit.com/r/kdealsunderground/comments/1f3efgh/" + quote(KO_SLUG) + "/",
}
D = {1: "https://discord.gg/hanriver-vault"}
W = {
    1: "https://www.twitch.tv/videos/2241188776",
    2: "https://www.twitch.tv/slotnight_kr",
}

REQUESTS = [
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     list(X.values()), "illegal_gambling", "req-240902-01", "largest request"),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     list(Y.values()), "drug_sale", "req-240903-02", ""),
    ("KCSC-240904-03", "meta", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     list(M.values()), "deepfake_sexual_abuse", "req-240904-03", "Facebook and Instagram"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     list(T.values()), "drug_sale", "req-240905-04", ""),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     list(R.values()), "drug_sale", "req-240906-05", "second URL has a Korean slug"),
    ("KCSC-240909-06", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     list(D.values()), "illegal_gambling", "req-240909-06", "one-item request"),
    ("KCSC-240910-07", "twitch", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     list(W.values()), "illegal_gambling", "req-240910-07", ""),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, platform_name, prefix="> "):
    lines = [
        f"Dear {platform_name} team,",
        "",
        "The Korea Communications Standards Commission requests the removal of",
        f"the content listed below (our reference {ref}), which was found to",
        "breach Korean law. Please reply with the action taken for each URL.",
        "",
    ]
    lines += [f"{n}. {u}" for n, u in enumerate(urls, 1)]
    lines += ["", "KCSC Takedown desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


ALL_X_PENDING = {u: "pending" for u in X.values()}
ALL_M_PENDING = {u: "pending" for u in M.values()}

CASES = []


def case(**kw):
    CASES.append(kw)


# ------------------------------------------------------------------ X ---

case(
    name="x-legal-withheld-kr-list",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 06:12:44 +0000",
    subject="Re: KCSC-240902-01 Request to remove content (illegal gambling)",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thank you for your report submitted on behalf of the Korea Communications
Standards Commission (reference KCSC-240902-01).

Having reviewed the reported content against applicable local law, we have
withheld the following posts in the Republic of Korea:

- {X[1]}
- {X[2]}
- {X[3]}
- {X[4]}

People in Korea now see a notice in place of these posts; they remain
available elsewhere. We are still working through the other URLs in your
request and will write again separately.

The account holders have been notified in line with our user notice policy:
https://help.x.com/en/rules-and-policies/x-legal-faqs

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome: country-withheld content (CWC) notice to a government reporter",
    why="four posts named one by one as withheld in Korea; the rest of the request is only promised",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted", X[4]: "restricted"},
)

case(
    name="x-html-outcome-table",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 02:30:10 +0000",
    subject="Case 0418830217 - Outcome of your legal request KCSC-240902-01",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of part of your request. The outcome for each reported URL is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>Removed &ndash; violates the X Rules (illegal or certain regulated goods or services)</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Withheld in KR (local law)</td></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>No action &ndash; we found no violation of the X Rules or of the Korean law you cited</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Content unavailable &ndash; the post could not be located</td></tr>
</table>
<p>For more on how we handle legal requests, see <a href="https://help.x.com/en/rules-and-policies/legal-request-faqs">our Help Center</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case outcome email with a per-URL result table (HTML)",
    why="HTML table: removed, withheld in KR, no violation, could not be located",
    items={X[5]: "removed", X[6]: "restricted", X[7]: "rejected", X[8]: "not_found"},
)

case(
    name="x-account-suspended",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 05 Sep 2024 09:41:00 +0000",
    subject="Case# 0417726350: Your report about @slotqueen_88 [ref:KCSC-240902-01]",
    body=f"""
Hello,

We've reviewed the account you reported, @slotqueen_88
({X[9]}), and it has been permanently suspended for
violating our rules on illegal or certain regulated goods and services.
Suspended accounts and their posts are no longer visible on X.

Thanks for helping keep X safe.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X Support report outcome: 'we've suspended the account you reported'",
    why="the reported account is permanently suspended and no longer visible: removed",
    items={X[9]: "removed"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 03:05:51 +0000",
    subject="Re: KCSC-240902-01 Request to remove content (illegal gambling)",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Please find the result of our review for the items below.

{X[10]}
Status: Withheld in South Korea

{X[11]}
Status: Post deleted by the account holder before our review

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request status update, one bare URL per block with its status on the next line",
    why="status line under each URL: withheld in Korea; deleted by its author (not found)",
    items={X[10]: "restricted", X[11]: "not_found"},
)

case(
    name="x-reviewing-will-act",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 08:00:12 +0000",
    subject="Re: KCSC-240902-01 Request to remove content (illegal gambling)",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thank you for your request. Our team is reviewing the posts below and will
take appropriate action if they are found to violate local law or the X
Rules:

{X[12]}
{X[13]}

We aim to respond within five business days.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X legal 'we are reviewing your request' interim reply",
    why="names two requested posts but only says they are being reviewed and action may follow",
    items={X[12]: "pending", X[13]: "pending"},
)

case(
    name="x-all-withheld-bulk",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 05:20:33 +0000",
    subject="Re: KCSC-240902-01 Request to remove content (illegal gambling)",
    reply_to_req="req-240902-01",
    body="""
Hello,

We have completed our review of your request KCSC-240902-01. All of the
reported posts and accounts have been withheld in South Korea in accordance
with local law.

Regards,
X Legal Operations
""",
    outcome="review", review="bulk",
    imitates="X legal closing reply covering a whole batch report",
    why="one sentence about all items of a 14-item request without naming any",
    items=ALL_X_PENDING,
)

case(
    name="x-forged-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Sat, 07 Sep 2024 11:11:11 +0000",
    subject="KCSC-240902-01 removal completed",
    body=f"""
Dear KCSC,

The following post has been removed from X:
{X[12]}

Kind regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal confirmation (message failing DMARC)",
    why="x.com sender but DKIM/SPF/DMARC fail: not trusted",
    items={X[12]: "pending"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "minji.kang@x.com"}, name_from="Minji Kang",
    date="Fri, 06 Sep 2024 07:48:02 +0000",
    subject="Re: KCSC-240902-01 Request to remove content (illegal gambling)",
    reply_to_req="req-240902-01",
    body=f"""
Hi KCSC team,

An update on two of the posts in your request:

{X[12]} - removed for violating our policy on illegal gambling promotion.
{X[13]} - we reviewed this post and it does not violate the X Rules; it advertises a lottery licensed outside Korea and we found no basis under local law to withhold it. It stays up.

The rest of the request is still being processed.

Best,
Minji
X Safety, APAC

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", list(X.values()), "X")}
""",
    outcome="applied", classification="confirmation",
    imitates="X Safety staff reply top-posted over the Gmail-quoted request",
    why="two posts stated above the quote (removed; no violation); quoted list below is not a statement",
    items={X[12]: "removed", X[13]: "rejected"},
)

case(
    name="x-bilingual-twitter-domain",
    **{"from": "kr-policy@twitter.com"}, name_from="X Korea Policy",
    date="Tue, 10 Sep 2024 01:15:00 +0000",
    subject="Re: KCSC-240902-01 / 게시물 조치 결과",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

In response to your request (KCSC-240902-01), the post
{X[14]} has been withheld in Korea.

[한국어]
요청하신 게시물 {X[14]}에 대해서는 대한민국 내 접근 제한(withheld) 조치를 완료하였습니다.

X Korea Public Policy
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea bilingual (English/Korean) withheld-content notice",
    why="same post stated withheld in Korea in both languages (Korean URL followed by a particle)",
    items={X[14]: "restricted"},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "dsa-notices@x.com"}, name_from="X",
    date="Wed, 11 Sep 2024 13:02:19 +0000",
    subject="Statement of reasons for your report KCSC-240902-01",
    body=f"""
Statement of reasons

Reference: KCSC-240902-01
Content concerned: {X[4]}

Decision: Visibility restriction. The post has been withheld in the
Republic of Korea (country withheld content). It remains visible in other
countries.

Ground: Illegal content. The post was found to be unlawful under Korean law
on the promotion of unlicensed gambling.

Facts and circumstances: the decision was taken following a notice from a
government authority.

Automated means: no automated means were used to take this decision.

Redress: you may ask us to review this decision through
https://help.x.com/en/forms/dsa/appeal or use any other remedy available
under applicable law.
""",
    outcome="applied", classification="confirmation",
    imitates="X statement of reasons (DSA Art. 17 layout) sent to a notifier",
    why="decision for one named post: withheld in the Republic of Korea",
    items={X[4]: "restricted"},
)

case(
    name="x-out-of-office",
    **{"from": "dreyes@x.com"}, name_from="Daniel Reyes",
    date="Mon, 02 Sep 2024 01:00:30 +0000",
    subject="Automatic reply: KCSC-240902-01 Request to remove content (illegal gambling)",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I'm out of the office until Monday 16 September with limited access to
email. For legal requests from government authorities please write to
legal@x.com, where the team will help you.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="auto-reply, says nothing about any item",
    items={},
)

case(
    name="x-legal-request-received",
    **{"from": "noreply@x.com"}, name_from="X Legal",
    date="Mon, 02 Sep 2024 01:03:12 +0000",
    subject="Case# 0419932011: Legal request received [ref:KCSC-240902-01]",
    reply_to_req="req-240902-01",
    body="""
Hello,

We have received your legal request and opened case number 0419932011.
Please keep this number for any further correspondence about this request.
You do not need to reply to this message.

More information about how we handle legal requests:
https://help.x.com/en/rules-and-policies/legal-request-faqs

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal intake auto-acknowledgement with a case number",
    why="pure receipt: case opened, nothing about any item",
    items={},
)

case(
    name="x-appears-deleted-hedge",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 04:44:04 +0000",
    subject="Re: KCSC-240902-01 Request to remove content (illegal gambling)",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Regarding your request KCSC-240902-01: the post at
{X[3]} appears to have been deleted,
possibly by the account holder. We cannot confirm this at present and will
follow up once our review of the remaining items is complete.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with an unconfirmed observation",
    why="'appears to have been deleted ... cannot confirm' is a hedge, not a statement",
    items={X[3]: "pending"},
)

case(
    name="x-statement-then-urls-below",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 06:30:00 +0000",
    subject="Re: KCSC-240902-01 Request to remove content (illegal gambling)",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

We have reviewed three further posts from your request.

The following post has been withheld in South Korea:

{X[6]}

The following posts were found not to violate the X Rules, and the
information provided did not establish that they are unlawful in Korea.
They remain available:

{X[7]}
{X[8]}

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome grouped by decision, URLs on the lines below each statement",
    why="statement then URL(s) below: one withheld, two refused with a reason",
    items={X[6]: "restricted", X[7]: "rejected", X[8]: "rejected"},
)

X_CSV = (
    "Tweet URL,Country,Action,Notes\r\n"
    f"{X[1]},KR,Withheld,Local law\r\n"
    f"{X[2]},KR,Withheld,Local law\r\n"
    f"{X[3]},Global,Removed,Violation of the X Rules\r\n"
    f"{X[4]},-,No action,No violation of the X Rules or local law found\r\n"
    f"{X[5]},-,Not found,Deleted by the user before review\r\n"
)
case(
    name="x-csv-attachment",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 02:10:45 +0000",
    subject="Re: KCSC-240902-01 - actions taken (attachment)",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==xcsv_0419932011=="

--==xcsv_0419932011==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the actions taken on the URLs listed in your request
KCSC-240902-01 that we have finished reviewing.

X Legal Operations

--==xcsv_0419932011==
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_actions.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_actions.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV.encode("utf-8"))}
--==xcsv_0419932011==--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal batch-report result sent as a CSV attachment",
    why="CSV rows: withheld KR x2, removed, no action with reason, not found",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "rejected", X[5]: "not_found"},
)

case(
    name="x-one-withheld-one-still-reviewing",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 08:15:27 +0000",
    subject="Re: KCSC-240902-01 Request to remove content (illegal gambling)",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

We have withheld {X[10]} in
South Korea.

The post {X[11]} is still under
review by our team, and we will update you once a decision has been made.

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal partial outcome with the rest still under review",
    why="one post withheld in Korea; the other only 'under review' (stays pending)",
    items={X[10]: "restricted", X[11]: "pending"},
)

# ------------------------------------------------------------ YouTube ---

case(
    name="yt-legal-removal-decision",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 10:22:31 +0000",
    subject="[0-2871000045123] Re: KCSC-240903-02 Legal removal request",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your legal request we have reviewed the content listed
below.

We have removed the following video from YouTube for violating our
Community Guidelines on the sale of illegal or regulated goods:
{Y[1]}

The following video has been blocked from view in South Korea on the basis
of local law:
{Y[2]}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome: removed under Community Guidelines / blocked locally",
    why="URL on the line below each statement: removed; blocked in South Korea",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-channel-terminated-link-invalid",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:02:10 +0000",
    subject="[0-2871000045123] Re: KCSC-240903-02 Legal removal request",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Following our review, the channel {Y[3]} has been
terminated for repeated violations of YouTube's policy on illegal or
regulated goods and services. Terminated channels and their videos are no
longer available on YouTube.

The link {Y[4]} does not lead to any video on
YouTube, so there was no content for us to review.

You can learn more about our policies at
https://support.google.com/youtube/answer/9229611

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice plus 'invalid URL' reply",
    why="channel terminated (removed); the Short's link leads to no video (not_found)",
    items={Y[3]: "removed", Y[4]: "not_found"},
)

YT_QP_TEXT = f"""Hi,

We’ve reviewed the Short at {Y[4]} in line with our policies and local law. We did not find a violation, so the content remains available on YouTube.

If you have a court order concerning this content, you can submit it through https://support.google.com/legal/answer/3110420 and we will take another look.

Best regards,
The YouTube Team
"""
case(
    name="yt-no-violation-quoted-printable",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Sat, 07 Sep 2024 00:40:00 +0000",
    subject="Update on your report (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(YT_QP_TEXT),
    outcome="applied", classification="confirmation",
    imitates="YouTube report outcome 'we didn't find a violation' (quoted-printable)",
    why="no violation found, stays available: rejected with its reason",
    items={Y[4]: "rejected"},
)

case(
    name="yt-needs-timestamps",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 07:07:07 +0000",
    subject="[0-2871000045123] Re: KCSC-240903-02 Legal removal request",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Before we can act on the video {Y[1]}, we need more
information. Please tell us the timestamp(s) at which the content you
object to appears, and the specific provision of Korean law it violates.

Once we receive this, we will continue our review.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal support request for timestamps and legal basis",
    why="asks for more information before acting; nothing decided",
    items={Y[1]: "pending"},
)

YT_BOUNCE_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal-kr-team@google.com",
    "Subject: Reminder: KCSC-240903-02 Request to remove content",
    "Date: Wed, 11 Sep 2024 10:00:00 +0900",
    "Message-ID: <reminder.KCSC-240903-02.1@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Dear YouTube team,",
    "",
    "We have not yet received your answer on the following items:",
    "",
] + [f"- {u}" for u in Y.values()] + ["", "KCSC Takedown desk"])
case(
    name="yt-bounce-address-not-found",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Wed, 11 Sep 2024 01:00:04 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="000000000000b0unce1"

--000000000000b0unce1
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to legal-kr-team@google.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--000000000000b0unce1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 11 Sep 2024 01:00:01 +0000

Final-Recipient: rfc822; legal-kr-team@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--000000000000b0unce1
Content-Type: message/rfc822

{YT_BOUNCE_ORIG}

--000000000000b0unce1--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification with the original attached",
    why="bounce of our own reminder; the URLs are in our returned message",
    items={},
)

case(
    name="yt-outlook-original-message",
    **{"from": "sypark@google.com"}, name_from="Seo-yeon Park",
    date="Mon, 09 Sep 2024 06:55:00 +0000",
    subject="RE: KCSC-240903-02 Request to remove content",
    reply_to_req="req-240903-02",
    body=f"""
Hello KCSC team,

Please see our update on request KCSC-240903-02:

\u2022 {Y[2]} \u2013 removed for violating our policy on the sale of illegal or regulated goods.
\u2022 {Y[1]} \u2013 age-restricted; it can no longer be viewed by signed-out users or by viewers under 18.

Kind regards,
Seo-yeon Park
Google Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal-kr@google.com
Subject: KCSC-240903-02 Request to remove content

{quoted_request("KCSC-240903-02", list(Y.values()), "YouTube", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Google Trust & Safety staff reply in Outlook with the original message below",
    why="two bullets above the original: removed; age-restricted. The unquoted original below is our request",
    items={Y[2]: "removed", Y[1]: "restricted"},
)

# --------------------------------------------------------------- Meta ---

case(
    name="meta-decision-notice-two-items",
    **{"from": "legal-notices@meta.com"}, name_from="Meta",
    date="Fri, 06 Sep 2024 12:00:00 +0000",
    subject="Notice of decision on your report KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""
Notice of decision - your report reference KCSC-240904-03

Content: {M[3]}
Decision: We restricted access to this content in South Korea.
Reason: the content was found to be unlawful under local law. It has not
been removed from Instagram in other countries.

Content: {M[4]}
Decision: We removed this content.
Reason: it goes against our Community Standards on adult sexual
exploitation.

Learn how Meta makes decisions: https://transparency.meta.com/enforcement/

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta notice of decision to a reporter (DSA-style per-content decision blocks)",
    why="per-content blocks: restricted in South Korea; removed",
    items={M[3]: "restricted", M[4]: "removed"},
)

META_CSV = (
    "reported_url,decision,notes\n"
    f"{M[1]},Removed,Violates Community Standards\n"
    f"\"{M[2]}\",Not found,Profile does not exist\n"
    f"{M[5]},Restricted,Geo-blocked in KR under local law\n"
)
case(
    name="meta-csv-attachment",
    **{"from": "ir-support@meta.com"}, name_from="Meta Government Requests",
    date="Mon, 09 Sep 2024 03:33:03 +0000",
    subject="Re: KCSC-240904-03 Request to remove content",
    reply_to_req="req-240904-03",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b1_meta_5d0c"

--b1_meta_5d0c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review for your report
KCSC-240904-03.

Thanks,
Meta Government Requests team

--b1_meta_5d0c
Content-Type: text/csv; name="outcome_KCSC-240904-03.csv"
Content-Disposition: attachment; filename="outcome_KCSC-240904-03.csv"
Content-Transfer-Encoding: base64

{b64(META_CSV.encode("utf-8"))}
--b1_meta_5d0c--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request outcome with a CSV attachment",
    why="CSV rows: removed, not found, geo-blocked in KR",
    items={M[1]: "removed", M[2]: "not_found", M[5]: "restricted"},
)

case(
    name="meta-all-removed-bulk",
    **{"from": "ir-support@meta.com"}, name_from="Meta Government Requests",
    date="Tue, 10 Sep 2024 09:09:09 +0000",
    subject="Re: KCSC-240904-03 Request to remove content",
    reply_to_req="req-240904-03",
    body="""
Hello,

We've taken action on the content you reported in KCSC-240904-03. All of
the reported items have been removed from Facebook and Instagram for going
against our Community Standards.

Thanks,
Meta Government Requests team
""",
    outcome="review", review="bulk",
    imitates="Meta 'we removed the content you reported' covering a whole report",
    why="all items of a five-item request in one sentence, none named",
    items=ALL_M_PENDING,
)

case(
    name="meta-lookalike-domain",
    **{"from": "case-team@meta-support-desk.com"}, name_from="Meta Support",
    date="Sat, 07 Sep 2024 15:45:12 +0000",
    subject="Your report KCSC-240904-03 has been actioned",
    body=f"""
Hello,

Your report KCSC-240904-03 has been actioned.
{M[5]} has been disabled.

Meta Support
""",
    outcome="review", review="unknown_sender",
    imitates="Meta report outcome notice, sent from a look-alike domain",
    why="meta-support-desk.com is not a Meta sender domain",
    items={M[5]: "pending"},
)

case(
    name="meta-read-receipt",
    **{"from": "jhan@meta.com"}, name_from="Ji-woo Han",
    date="Wed, 04 Sep 2024 02:20:00 +0000",
    subject="Read: KCSC-240904-03 Request to remove content",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_7f3a"

--mdn_7f3a
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@meta.com
  Subject: KCSC-240904-03 Request to remove content
  Sent: Wednesday, September 4, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 11:20:00 AM (UTC+09:00) Seoul.

--mdn_7f3a
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; jhan@meta.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_7f3a--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a platform employee",
    why="read receipt, no statement",
    items={},
)

META_HTML = f"""<html><body>
<p>Hi,</p>
<p>We reviewed the content you reported and removed it because it goes against our Community Standards:</p>
<p><a href="{M[1]}">{M[1]}</a></p>
<p>The profile at <a href="{M[2]}">{M[2]}</a> had already been deleted by its owner before we reviewed it, so there was nothing for us to act on.</p>
<p>Thanks for your report.<br>The Facebook team</p>
</body></html>
"""
case(
    name="meta-base64-html",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date="Sun, 08 Sep 2024 21:10:00 +0000",
    subject="We reviewed your report (KCSC-240904-03)",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + b64(META_HTML.encode("utf-8")),
    outcome="applied", classification="confirmation",
    imitates="Facebook report outcome notification (base64 HTML)",
    why="group post removed; profile already deleted by its owner (not_found)",
    items={M[1]: "removed", M[2]: "not_found"},
)

case(
    name="instagram-bulleted-list",
    **{"from": "legal-noreply@instagram.com"}, name_from="Instagram",
    date="Wed, 11 Sep 2024 05:05:05 +0000",
    subject="Re: KCSC-240904-03 Request to remove content",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

Here is the result of our review of the Instagram links in your request:

* {M[5]} : account disabled for violating our Community Standards
* {M[4]} : we could not find any content at this link

Instagram Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram legal reply with a bulleted per-link result",
    why="account disabled (removed); nothing found at the link (not_found)",
    items={M[5]: "removed", M[4]: "not_found"},
)

# ------------------------------------------------------------- TikTok ---

case(
    name="tiktok-numbered-legal-outcome",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 06 Sep 2024 08:18:00 +0000",
    subject="Re: KCSC-240905-04 Request to remove content",
    reply_to_req="req-240905-04",
    body=f"""
Dear KCSC,

Thank you for your request dated 5 September 2024 (KCSC-240905-04). Having
reviewed the reported content, we have taken the following action:

1. {T[1]} - access restricted in South Korea based on local law
2. {T[2]} - access restricted in South Korea based on local law
3. {T[3]} - removed for violating our Community Guidelines (regulated goods)

Kind regards,
TikTok Law Enforcement Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal request outcome with a numbered list",
    why="two restricted in South Korea, one removed",
    items={T[1]: "restricted", T[2]: "restricted", T[3]: "removed"},
)

case(
    name="tiktok-no-violation-angle-brackets",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Sat, 07 Sep 2024 03:00:00 +0000",
    subject="Report update - KCSC-240905-04",
    body=f"""
Hi,

We reviewed the video you reported <{T[3]}> and found that it does not
violate our Community Guidelines. After a legal assessment we also did not
find sufficient grounds to restrict it under local law, so it will stay up.

Thank you for helping us keep TikTok safe.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report update: 'no violation found'",
    why="refusal with its reason: rejected",
    items={T[3]: "rejected"},
)

case(
    name="tiktok-queued-for-removal",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 06 Sep 2024 02:00:00 +0000",
    subject="Re: KCSC-240905-04 Request to remove content",
    reply_to_req="req-240905-04",
    body=f"""
Dear KCSC,

We are writing about your request KCSC-240905-04. The videos listed below
have been escalated and will be removed within 24 hours once our local law
assessment is finalised:

{T[1]}
{T[2]}

Kind regards,
TikTok Law Enforcement Outreach
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim reply announcing removal after escalation",
    why="'will be removed ... once finalised' is a conditional promise",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    **{"from": "dsa-noreply@tiktok.com"}, name_from="TikTok",
    date="Mon, 09 Sep 2024 10:10:10 +0000",
    subject="Statement of reasons - KCSC-240905-04",
    body=f"""
TikTok - Statement of reasons

Reference: KCSC-240905-04
Content concerned: video {T[2]}

Measure taken: the video has been made unavailable in South Korea
(geo-restriction). It remains available in other regions.

Basis for the decision: the content is illegal under the local law of the
country concerned.

How the content was detected: notice from a government authority.

Automated decision: No.

How to seek redress: the uploader may appeal in the app; see
https://www.tiktok.com/legal/page/global/dsa-redress/en
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok statement of reasons (DSA) for a geo-restriction",
    why="one video made unavailable in South Korea: restricted",
    items={T[2]: "restricted"},
)

case(
    name="snapchat-not-our-content",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
    date="Sat, 07 Sep 2024 18:00:00 +0000",
    subject="Re: KCSC-240905-04 Request to remove content",
    reply_to_req="req-240905-04",
    body=f"""
Hello,

We received your message, which appears to have been sent to Snap in
copy. We searched for the content at the links below and it could not be
found on Snapchat:

{T[1]}
{T[2]}

These links point to another service. Please contact that service directly.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Snap law enforcement operations reply to a misdirected request",
    why="Snap states 'not found' about TikTok items: not its platform's items",
    items={T[1]: "pending", T[2]: "pending"},
)

# ------------------------------------------------------------- Reddit ---

case(
    name="reddit-admin-removed-both",
    **{"from": "noreply@reddit.com"}, name_from="Reddit",
    date="Mon, 09 Sep 2024 16:40:00 +0000",
    subject="Re: Your report KCSC-240906-05",
    reply_to_req="req-240906-05",
    body=f"""
Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content violates Reddit's
Content Policy and have removed it:

<{R[1]}>
<{R_RAW2}>

You can read our Content Policy at https://www.redditinc.com/policies/content-policy

Thanks again for your report,
Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report outcome 'we've removed the reported content'",
    why="both posts named (second with a raw Korean slug) and removed",
    items={R[1]: "removed", R[2]: "removed"},
)

case(
    name="reddit-one-removed-one-author-deleted",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 03:25:00 +0000",
    subject="Re: KCSC-240906-05 Request to remove content",
    reply_to_req="req-240906-05",
    body=f"""
Hello,

The post {R[1]} has been removed by Reddit admins under
our rule against soliciting or facilitating illegal transactions.

The second post ({R_RAW2})
was deleted by its author before our review, so there was nothing left for
us to action.

Regards,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply to a government removal request",
    why="one removed; the other deleted by its author (not_found); Korean URL in parentheses",
    items={R[1]: "removed", R[2]: "not_found"},
)

case(
    name="reddit-moderator-unknown-sender",
    **{"from": "kdeals.modteam@mailbox.example"}, name_from="r/kdealsunderground mod team",
    date="Sun, 08 Sep 2024 12:12:12 +0000",
    subject="Re: KCSC-240906-05",
    reply_to_req="req-240906-05",
    body=f"""
Hi,

I'm one of the moderators of r/kdealsunderground. We saw your request and
removed both threads you flagged:

{R[1]}
{R_RAW2}

The poster has been banned from the community.

- mod team
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer subreddit moderator writing from a personal mailbox",
    why="not a Reddit sender domain; community moderators are not the platform",
    items={R[1]: "pending", R[2]: "pending"},
)

# ------------------------------------------------------------ Discord ---

case(
    name="discord-server-removed-sole",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 19:30:00 +0000",
    subject="Re: [Discord] Request #48817302: KCSC-240909-06",
    reply_to_req="req-240909-06",
    body="""
Hello,

Thanks for your report. Our Safety team has investigated the server you
reported and confirmed that it violated our Community Guidelines. The
server has been removed from Discord and its owner's account has been
disabled.

More about the actions we take: https://discord.com/safety/360044159011-what-actions-we-take

Regards,
Discord Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome ('the server has been removed')",
    why="one-item request; 'the server has been removed' is the statement about that item",
    items={D[1]: "removed"},
)

case(
    name="discord-request-received",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Mon, 09 Sep 2024 01:05:00 +0000",
    subject="[Discord] Request #48817302: KCSC-240909-06",
    reply_to_req="req-240909-06",
    body="""
##- Please type your reply above this line -##

Your request (48817302) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord support (Zendesk) request-received receipt",
    why="pure ticket receipt",
    items={},
)

# ------------------------------------------------------------- Twitch ---

case(
    name="twitch-vod-removed-channel-suspended",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Thu, 12 Sep 2024 22:00:00 +0000",
    subject="Re: KCSC-240910-07 Request to remove content",
    reply_to_req="req-240910-07",
    body=f"""
Hello,

We have removed the VOD {W[1]} .

The channel {W[2]} has been indefinitely suspended and is
no longer viewable on Twitch.

Thank you,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply on a VOD and a channel",
    why="VOD removed; channel suspended and no longer viewable (removed)",
    items={W[1]: "removed", W[2]: "removed"},
)

case(
    name="twitch-use-the-portal",
    **{"from": "lert@twitch.tv"}, name_from="Twitch Law Enforcement Response",
    date="Wed, 11 Sep 2024 04:00:00 +0000",
    subject="Your message to Twitch Law Enforcement Response",
    body="""
Hello,

This mailbox is reserved for emergency requests from law enforcement.
Government requests to remove content should be submitted through our
request portal at https://www.twitch.tv/p/legal/government-requests/ so
that they can be tracked and answered.

We are unable to process removal requests sent to this address.

Regards,
Sam
Twitch Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Twitch law enforcement mailbox redirecting to its request portal",
    why="trusted Twitch mail, names no item and no request reference",
    items={},
)

# ------------------------------------------------ Pinterest / Telegram ---

case(
    name="pinterest-out-of-office",
    **{"from": "lortiz@pinterest.com"}, name_from="Lena Ortiz",
    date="Thu, 12 Sep 2024 00:30:00 +0000",
    subject="Out of office: Cross-platform coordination call",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thank you for your email. I am on leave until 23 September and will reply
when I return. For urgent trust and safety matters please contact
trustandsafety@pinterest.com.

Lena
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office reply from a platform policy manager",
    why="auto-reply",
    items={},
)

case(
    name="telegram-dsn-delayed",
    **{"from": "MAILER-DAEMON@mx1.telegram.org"}, name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 05:00:00 +0000",
    subject="Delayed Mail (still being retried)",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="A1B2C3D4.1726203600/mx1.telegram.org"

--A1B2C3D4.1726203600/mx1.telegram.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.telegram.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<dsa@telegram.org>: connect to store3.telegram.org[203.0.113.77]:25:
    Connection timed out

--A1B2C3D4.1726203600/mx1.telegram.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.telegram.org
Arrival-Date: Fri, 13 Sep 2024 00:58:12 +0000

Final-Recipient: rfc822; dsa@telegram.org
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to store3.telegram.org[203.0.113.77]:25: Connection timed out
Will-Retry-Until: Wed, 18 Sep 2024 00:58:12 +0000

--A1B2C3D4.1726203600/mx1.telegram.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: KCSC contact list for the coordination call
Date: Fri, 13 Sep 2024 09:58:00 +0900
Message-ID: <coord.20240913@kcsc.example>

--A1B2C3D4.1726203600/mx1.telegram.org--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (DSN, Action: delayed)",
    why="delivery warning, no statement",
    items={},
)


HEADER = """# Blind set 370 (English notices from many platforms). Expected results
# written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind370", HEADER, CASES)
    print(len(CASES), "cases")
