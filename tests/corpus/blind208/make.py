#!/usr/bin/env python3
"""Blind set 208: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind208/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: no clock,
no randomness; MIME boundaries and encodings are fixed. Expected results were
written from each email's meaning before the reader was run.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind208"

# ---------------------------------------------------------------- requests
R_X = "KCSC-240903-01"
R_YT = "KCSC-240903-02"
R_META = "KCSC-240905-03"
R_TT = "KCSC-240906-04"
R_RD = "KCSC-240909-05"
R_DC = "KCSC-240910-06"
R_TW = "KCSC-240911-07"

X = [
    "https://x.com/lunarbet_kr/status/1830412297561100288",
    "https://x.com/lunarbet_kr/status/1830415582039945521",
    "https://x.com/toto_maple/status/1830577410992235010",
    "https://x.com/toto_maple/status/1830601174468804735",
    "https://x.com/quickcash_seoul/status/1830725839104331776",
    "https://x.com/quickcash_seoul/status/1830730021774520466",
    "https://x.com/greenleaf_dm/status/1830892266581913600",
    "https://x.com/greenleaf_dm/status/1830899950871105932",
    "https://x.com/nightowl_casino",
    "https://x.com/hanriver_slots/status/1831033571284918276",
    "https://x.com/hanriver_slots/status/1831040098116714549",
    "https://x.com/pixel_tip_room/status/1831157724630368257",
    "https://x.com/pixel_tip_room/status/1831160380027400193",
    "https://x.com/i/web/status/1831288812945530880",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vR8tLp2A",
    "https://www.youtube.com/watch?v=Zk7Hd1WqN0s",
    "https://youtu.be/b4XeL9cTr6M",
    "https://www.youtube.com/shorts/Vn2pK5sJx8E",
    "https://www.youtube.com/@maplebetting_tv",
]
META = [
    "https://www.facebook.com/groups/3318204471552091/posts/3320117605360778/",
    "https://www.facebook.com/hanbit.lending.official",
    "https://www.instagram.com/p/C9xR2mLvQ4T/",
    "https://www.instagram.com/slotqueen.kr/",
]
TT = [
    "https://www.tiktok.com/@pillsdirect.kr/video/7410923365518822663",
    "https://www.tiktok.com/@pillsdirect.kr/video/7411207718936735016",
    "https://www.tiktok.com/@moonrise.odds",
]
# r1 is stored percent-encoded (오늘의_픽); emails may write it raw.
RD1_RAW = "https://www.reddit.com/r/koreabets/comments/1f9xk2q/오늘의_픽/"
RD = [
    "https://www.reddit.com/r/koreabets/comments/1f9xk2q/%EC%98%A4%EB%8A%98%EC%9D%98_%ED%94%BD/",
    "https://www.reddit.com/user/seoul_plug_22/",
]
DC = [
    "https://discord.gg/hanjackpot",
    "https://discord.com/channels/1148802253317263421/1148802253858328617",
]
TW = ["https://www.twitch.tv/lucky7_live"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R_X, "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", X, "gambling",
     "illegal gambling promotion, largest request"),
    (R_YT, "youtube", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00", YT, "gambling",
     "betting tip videos and channel"),
    (R_META, "meta", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00", META, "illegal_finance",
     "unregistered lending and slot promotion on Facebook and Instagram"),
    (R_TT, "tiktok", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00", TT, "drugs",
     "prescription drug sales"),
    (R_RD, "reddit", "2024-09-09T10:15:00+09:00", "2024-09-16T23:59:59+09:00", RD, "drugs",
     "r1 stored percent-encoded"),
    (R_DC, "discord", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00", DC, "gambling",
     "invite link and channel"),
    (R_TW, "twitch", "2024-09-11T09:05:00+09:00", "2024-09-18T23:59:59+09:00", TW, "gambling",
     "one-item request"),
]


def req_mid(ref):
    return "req." + ref.lower() + "@kcsc.example"


def thread(ref):
    """corpuslib adds '@kcsc.example' itself."""
    return "req." + ref.lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def d(s, off=0):
    """'2024-09-05 14:22:10' in UTC+off hours -> RFC 5322 date."""
    tz = timezone(timedelta(hours=off))
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def bullets(urls, prefix="- "):
    return "\n".join(prefix + u for u in urls)


def quoted_request(ref, urls, when, style="gmail"):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content, which violates Korean law (reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please inform us of the measures taken by the deadline.", "",
              "KCSC Takedown Team"]
    if style == "gmail":
        return f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + \
            "\n".join(("> " + l) if l else ">" for l in lines)
    return ("-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {when}\nTo: Legal Requests\nSubject: {ref} Request for removal\n\n"
            + "\n".join(lines))


def pending(urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# ---------------------------------------------------------------- X
case(
    name="x-withheld-and-removed-bullets",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-06 08:12:40"), subject=f"Re: [{R_X}] Request for removal of illegal gambling content",
    reply_to_req=thread(R_X),
    body=f"""
Hello,

Thank you for your request dated 3 September 2024 (your reference {R_X}).

We have reviewed the reported content against the X Rules and applicable
Korean law. The outcome is as follows.

Withheld in the Republic of Korea (Country Withheld Content):
{bullets(X[0:3])}

Removed globally for violating the X Rules (illegal or certain regulated
goods or services):
{bullets(X[4:5])}

The account holders have been notified in line with our user notice policy.
A redacted copy of your request may be published on Lumen.

We are still reviewing the remaining posts in your request and will write
to you separately about them.

Regards,
X Legal
https://help.x.com/en/rules-and-policies/country-withheld-content
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content plus X Rules removal)",
    why="two bulleted groups under headings: three posts withheld in Korea, one removed globally",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[4]: "removed"},
)

case(
    name="x-numbered-mixed-outcomes",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-07 02:45:03"), subject=f"Your legal request to X - Case 0198-4471-KR ({R_X})",
    body=f"""
Hi,

We have completed our review of four of the items listed in your request
{R_X}:

1. {X[5]} - Removed. The post violated our rules on financial scams.
2. {X[6]} - Withheld in KR.
3. {X[7]} - No action. We reviewed this post and did not find it to be in
   violation of the X Rules or, based on the information provided, of
   Korean law.
4. {X[8]} - Account suspended for repeated violations of the X Rules.

If you have further information about item 3, you may submit a new request
through our legal request portal.

Thanks,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support reply with one numbered line per reported item",
    why="numbered list: removed, withheld in KR, no violation, account suspended",
    items={X[5]: "removed", X[6]: "restricted", X[7]: "rejected", X[8]: "removed"},
)

case(
    name="x-url-then-status-line",
    **{"from": "minseo.park@x.com"}, name_from="Min-seo Park",
    date=d("2024-09-09 05:30:00"), subject=f"RE: {R_X}",
    reply_to_req=thread(R_X),
    body=f"""
Hi KCSC team,

Update on two further posts from your 3 September request:

{X[9]}
Status: Withheld in South Korea

{X[10]}
Status: Withheld in South Korea

Kind regards,
Min-seo Park | Legal Operations, X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations staff reply, URL with a status line below it",
    why="each URL is followed on the next line by 'Status: Withheld in South Korea'",
    items={X[9]: "restricted", X[10]: "restricted"},
)

case(
    name="x-author-deleted-and-declined",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-10 07:02:19"), subject=f"Re: [{R_X}] Request for removal of illegal gambling content",
    reply_to_req=thread(R_X),
    body=f"""
Hello,

Regarding the post at {X[11]}: this post no
longer exists on X. It was deleted by the account holder before our team
reviewed your report, so no further action is possible.

The post at {X[12]} remains
available. After careful review we concluded that it does not violate the
X Rules, and your request did not identify a specific provision of Korean
law that it breaches. We have therefore declined to withhold it.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply: content deleted by the user / request declined",
    why="one post deleted by its author (not_found), one kept up after review (rejected); URLs end their lines mid-sentence",
    items={X[11]: "not_found", X[12]: "rejected"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "minseo.park@x.com"}, name_from="Min-seo Park",
    date=d("2024-09-11 01:15:44"), subject=f"Re: {R_X} Request for removal",
    reply_to_req=thread(R_X),
    body=f"""
Hi,

Following up on your request below: the post
{X[13]} has now been withheld in Korea.
The other posts were addressed in our earlier replies.

Best,
Min-seo

{quoted_request(R_X, X, "Tue, 3 Sep 2024 at 10:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a legal operations employee over the quoted request",
    why="only the last post is stated (withheld in Korea); the 13 other URLs are only in the '>' quoted request",
    items={**pending(X[:13]), X[13]: "restricted"},
)

case(
    name="x-html-decision-table",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-08 11:40:00"), subject=f"Legal request {R_X}: decisions",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below our decisions on part of your request <b>{R_X}</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>
<tr><td><a href="{X[0]}">{X[0]}</a></td><td>Withheld</td><td>Korea (KR)</td></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Removed</td><td>Global</td></tr>
</table>
<p>More information about how we handle legal requests is available in our
<a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">Legal FAQ</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request decision notice as an HTML table",
    why="HTML table rows: withheld in KR, removed, removed; the FAQ link is not an item",
    items={X[0]: "restricted", X[3]: "removed", X[4]: "removed"},
)

case(
    name="x-outlook-angle-brackets",
    **{"from": "jwalker@x.com"}, name_from="Jordan Walker",
    date=d("2024-09-09 22:03:11"), subject=f"RE: {R_X} Request for removal",
    body=f"""
Hello,

The post <{X[2]}> has been
removed globally for violating our rules on illegal gambling.

The post <{X[3]}> has been withheld
in South Korea.

Regards,
Jordan Walker
Legal Policy, X

{quoted_request(R_X, X[:4], "Tuesday, September 3, 2024 10:00 AM", style="outlook")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from an X legal policy employee over the unquoted original request",
    why="URLs in angle brackets with the statement continuing on the next line; the Outlook original below lists four URLs unquoted",
    items={X[0]: "pending", X[1]: "pending", X[2]: "removed", X[3]: "restricted"},
)

# ---------------------------------------------------------------- YouTube
case(
    name="yt-blocked-kr-and-removed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-06 03:21:55"), subject=f"Re: [0-7742000031854] Legal removal request {R_YT}",
    body=f"""
Hello,

Thanks for reaching out to us.

In accordance with our policies and applicable local law, we have blocked
the following content from view on YouTube in South Korea:

{YT[0]}
{YT[1]}

In addition, we have removed the following content from YouTube, as it
violates our Community Guidelines:

{YT[2]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email (blocked from view in country / removed for Community Guidelines)",
    why="two videos blocked in South Korea, one removed globally",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed"},
)

case(
    name="yt-age-restricted-channel-terminated",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-07 09:10:00"), subject=f"Re: [0-7742000031854] Legal removal request {R_YT}",
    reply_to_req=thread(R_YT),
    body=f"""
Hello,

We have reviewed the remaining content from your request.

The Short at {YT[3]} has been age-restricted. It can no
longer be viewed by signed-out users or by users under 18.

The channel {YT[4]} has been terminated for
repeated violations of our spam, deceptive practices and scams policies.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome email: age restriction and channel termination",
    why="age-restricted (restricted) and channel terminated (removed)",
    items={YT[3]: "restricted", YT[4]: "removed"},
)

YT_QP = f"""Hello,

Thank you for your patience while we looked into your request {R_YT}.

After reviewing the channel at {YT[4]}, we did not find that it violates our Community Guidelines, and we are unable to block it under local law on the basis of the information provided. We are therefore not taking action on this channel at this time.

The video {YT[0]} was deleted by the uploader before we completed our review, so there is nothing left for us to act on.

If you obtain a court order concerning this channel, you may reply to this email with a copy.

Regards,
The YouTube Legal Support Team
"""
case(
    name="yt-qp-declined-and-uploader-deleted",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-12 06:44:30"), subject=f"Re: [0-7742000031854] Legal removal request {R_YT}",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(YT_QP),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support 'not taking action' reply, quoted-printable body",
    why="channel kept up after review (rejected); video deleted by its uploader (not_found); long QP lines with soft breaks, '=' in watch?v= encoded",
    items={YT[4]: "rejected", YT[0]: "not_found"},
)

YT_CSV = (
    "url,action,scope,notes\n"
    f"{YT[0]},Blocked,KR,Local law\n"
    f"{YT[1]},Removed,Global,Community Guidelines - spam and scams\n"
    f"{YT[2]},Not found,,Video unavailable - deleted by the uploader\n"
    f"{YT[3]},No action,,No violation of policy or local law found\n"
)
case(
    name="yt-csv-attachment",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-10 04:05:12"), subject=f"Outcome of your request {R_YT}",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="yt208csvboundary"

--yt208csvboundary
Content-Type: text/plain; charset=UTF-8

Hello,

Please find attached the outcome for each URL listed in your request
{R_YT}.

Regards,
The YouTube Legal Support Team

--yt208csvboundary
Content-Type: text/csv; charset=UTF-8; name="{R_YT}_outcome.csv"
Content-Disposition: attachment; filename="{R_YT}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--yt208csvboundary--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team bulk outcome as a CSV attachment",
    why="CSV rows: blocked in KR, removed, not found (deleted by uploader), no action",
    items={YT[0]: "restricted", YT[1]: "removed", YT[2]: "not_found", YT[3]: "rejected"},
)

case(
    name="yt-url-on-line-below-statement",
    **{"from": "yt-legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-13 08:00:00", 9), subject=f"[{R_YT}] Update on your request",
    body=f"""
Hello,

The following video has been removed for violating YouTube's policy on
harmful or dangerous content:

{YT[2]}

The following Short remains available, as we did not find it in violation
of our policies or of local law:

{YT[3]}

Regards,
YouTube Legal Support (Korea)
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply with each URL on the line below its statement",
    why="statement line ends with ':' and the URL follows after a blank line: removed, then kept up (rejected)",
    items={YT[2]: "removed", YT[3]: "rejected"},
)

# ---------------------------------------------------------------- Meta
case(
    name="meta-dsa-notice-of-decision",
    **{"from": "noreply@support.facebook.com"}, name_from="Facebook",
    date=d("2024-09-07 13:37:02"), subject=f"Decision on your report (Ref: {R_META})",
    body=f"""
Meta Platforms Ireland Limited
Notice of decision on your report

Report ID: 1183340927765510
Your reference: {R_META}

Content concerned:
{META[0]}

Decision: Content removed
Territorial scope: Global
Ground for decision: Incompatible with the Facebook Community Standards
(Restricted Goods and Services)
Use of automated means: The decision was taken by a human reviewer.

Facts and circumstances: Following your notice, we reviewed the post and
found that it offers unlicensed loans, which our Community Standards do not
allow.

Redress: If you disagree with this decision you can request a review at
https://www.facebook.com/help/contact/dsa-review-form, or refer the matter to
a certified out-of-court dispute settlement body.

Meta Platforms Ireland Limited, Merrion Road, Dublin 4, Ireland
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA notice-of-decision / statement-of-reasons style email to a notifier",
    why="structured field 'Decision: Content removed' for the one URL under 'Content concerned'; review form link is not an item",
    items={META[0]: "removed"},
)

case(
    name="meta-html-restricted-and-kept",
    **{"from": "legal-response@fb.com"}, name_from="Meta Legal Response",
    date=d("2024-09-09 10:12:00"), subject=f"Your report {R_META}",
    type="html",
    body=f"""
<!DOCTYPE html>
<html><body>
<div style="max-width:600px;font-family:Roboto,Arial,sans-serif">
<p>Hi,</p>
<p>Thank you for contacting us about the content listed in your report
{R_META}. We reviewed each item against our Community Standards and the
local law you cited.</p>
<p><b>Restricted in South Korea</b><br>
We've restricted access to the following in South Korea, because it is
unlawful there:<br>
<a href="{META[1]}">{META[1]}</a><br>
<a href="{META[2]}">{META[2]}</a></p>
<p><b>No action taken</b><br>
The account <a href="{META[3]}">{META[3]}</a> doesn't go against our
Community Guidelines and we did not find it unlawful under the law you
cited, so it remains available.</p>
<p>Thanks,<br>Meta Legal Response Team</p>
<p style="font-size:11px;color:#777">Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p>
</div>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Meta legal response HTML email (content restricted in country / no action)",
    why="HTML: a Page and an Instagram post restricted in South Korea; an Instagram account kept up",
    items={META[1]: "restricted", META[2]: "restricted", META[3]: "rejected"},
)

IG_TEXT = f"""Hi,

We've reviewed the account you reported, {META[3]},
and disabled it for going against our Community Guidelines on the sale of
regulated goods. The account is no longer visible on Instagram.

Your reference: {R_META}

Thanks for helping keep Instagram safe.

The Instagram Team
"""
case(
    name="ig-account-disabled-base64",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date=d("2024-09-08 17:29:41"), subject="We've reviewed the account you reported",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(IG_TEXT),
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we reviewed the account you reported' outcome, base64 body",
    why="the reported account was disabled (removed); sender mail.instagram.com is a Meta domain",
    items={META[3]: "removed"},
)

case(
    name="meta-link-not-found",
    **{"from": "legal-response@fb.com"}, name_from="Meta Legal Response",
    date=d("2024-09-10 02:55:08"), subject=f"Re: {R_META}",
    reply_to_req=thread(R_META),
    body=f"""
Hello,

We couldn't find any content at the following link from your request:

  {META[1]}

This Page doesn't exist on Facebook or the link is not valid. If you have a
different link for this content, you can reply to this email with it.

Best regards,
Meta Legal Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'we couldn't find the content at the link you provided' reply",
    why="the Page does not exist / invalid link: not_found; the offer to send another link is no request for information",
    items={META[1]: "not_found"},
)

META_FLOWED = (
    "Hello,\n\n"
    "Following your report " + R_META + ", we have removed the post below from \n"
    "Facebook for violating our Community Standards on fraud and scams:\n\n"
    "https://www.facebook.com/groups/3318204471552091/posts/ \n"
    "3320117605360778/\n\n"
    "We have also removed the Instagram post " + META[2] + " \n"
    "for the same reason.\n\n"
    "Regards,\n"
    "Daniel Okafor\n"
    "Trust & Safety, Meta\n"
)
case(
    name="meta-format-flowed-wrapped-url",
    **{"from": "dokafor@meta.com"}, name_from="Daniel Okafor",
    date=d("2024-09-11 15:06:27"), subject=f"RE: {R_META} removal request",
    raw_mime="Content-Type: text/plain; charset=utf-8; format=flowed\nContent-Transfer-Encoding: 8bit\n\n" + META_FLOWED,
    outcome="applied", classification="confirmation",
    imitates="Meta trust & safety employee reply sent as format=flowed, a long URL soft-wrapped",
    why="the Facebook group post URL is split by a format=flowed soft break (trailing space); both posts removed",
    items={META[0]: "removed", META[2]: "removed"},
)

case(
    name="ig-echoed-report",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date=d("2024-09-09 06:18:00"), subject="Update on your report",
    body=f"""
We've reviewed your report

----------------------------------------
Report ID: 1067734029911
Submitted: 6 September 2024
Reported by: Korea Communications Standards Commission ({R_META})
Content reported: {META[2]}
Reason: Sale of illegal or regulated goods
----------------------------------------

Outcome: We removed this post because it goes against our Community
Guidelines on restricted goods and services.

You can see the status of your reports in your Support Inbox:
https://www.instagram.com/support/inbox/

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report update echoing the submitted report, then the outcome",
    why="echoed report block names the post; 'Outcome: We removed this post'; the Support Inbox link is not an item",
    items={META[2]: "removed"},
)

# ---------------------------------------------------------------- TikTok
case(
    name="tiktok-notice-of-action",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Trust and Safety",
    date=d("2024-09-09 03:00:12"), subject=f"Notice of action on reported content - {R_TT}",
    body=f"""
Dear Korea Communications Standards Commission,

Thank you for your notice {R_TT}. We have assessed the reported content
against our Community Guidelines and applicable law.

Content: {TT[0]}
Action taken: Video removed (Community Guidelines - regulated goods)

Content: {TT[1]}
Action taken: None. Following review, we found no violation of our
Community Guidelines or of the law cited in your notice.

You can read more about how we enforce our rules at
https://www.tiktok.com/community-guidelines/en/enforcement

Kind regards,
TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok notice-of-action email to a notifier (DSA Art. 16(5) style)",
    why="'Content:' / 'Action taken:' pairs: one video removed, one kept up",
    items={TT[0]: "removed", TT[1]: "rejected"},
)

case(
    name="tiktok-bilingual-korean-particle",
    **{"from": "kr-govrelations@tiktok.com"}, name_from="TikTok Korea",
    date=d("2024-09-10 14:20:00", 9), subject=f"[TikTok] {R_TT} 조치 결과 안내 / Result of action",
    body=f"""
안녕하십니까, 틱톡 코리아입니다.

요청하신 {R_TT} 건과 관련하여 {TT[2]}는 국내법 위반으로 확인되어
대한민국 내 접근이 제한되었습니다。

Hello,

Regarding your request {R_TT}: the account {TT[2]}
has been restricted in the Republic of Korea, as its content was found to
be unlawful under Korean law. It remains visible outside Korea.

감사합니다. / Thank you.
TikTok Korea Government Relations
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual government-relations reply (Korean summary then English)",
    why="account restricted in Korea, stated in Korean (URL followed by the particle 는) and in English",
    items={TT[2]: "restricted"},
)

case(
    name="tiktok-ack-plus-outcome",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date=d("2024-09-11 00:41:39"), subject="Your report has been reviewed (Ticket 7739021)",
    body=f"""
Hi,

Thank you for your report. Your ticket number is 7739021.

We have reviewed the videos below and removed them for violating our
Community Guidelines:

* {TT[0]}
* {TT[1]}

Reports like yours help us keep TikTok safe.

TikTok Support
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok support ticket email whose receipt line is followed by an outcome",
    why="acknowledgement phrase plus an unhedged removal statement naming each video: not a mere acknowledgement",
    items={TT[0]: "removed", TT[1]: "removed"},
)

# ---------------------------------------------------------------- Reddit
case(
    name="reddit-raw-korean-path",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
    date=d("2024-09-11 19:52:14"), subject=f"Re: {R_RD} - Reddit Safety response",
    reply_to_req=thread(R_RD),
    body=f"""
Hi there,

Thanks for your report. After investigating, we've found that the reported
content violates Reddit's Content Policy (Rule 5: illegal transactions).

- The post ({RD1_RAW}) has been removed by Reddit's Safety team.
- The account {RD[1]} has been permanently suspended.

Thanks again for reporting,
Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety 'thanks for your report, we've taken action' reply",
    why="post URL written with a raw Korean path inside parentheses (stored percent-encoded); account suspended",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-no-violation-no-slash",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d("2024-09-12 21:03:00"), subject=f"{R_RD}: response from Reddit, Inc.",
    body=f"""
Dear KCSC,

We write in response to your request {R_RD}.

We reviewed the user account https://www.reddit.com/user/seoul_plug_22 and
did not find a violation of the Reddit Rules. We also do not consider the
account's public content to be unlawful on the basis of the information
provided. No action has been taken and the account remains active.

Sincerely,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal letter declining to act",
    why="account reviewed, no violation, remains active: rejected; URL written without its trailing slash",
    items={RD[1]: "rejected"},
)

# ---------------------------------------------------------------- Discord
case(
    name="discord-ts-ticket-actions",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-12 18:30:00"), subject=f"[Ticket #48213007] {R_DC}",
    body=f"""
Hello,

Thank you for reaching out to Discord Trust & Safety.

We have investigated the server and channel you reported and found that
they violate our Community Guidelines on gambling and scams.

Server invite: {DC[0]}
Action: Server removed from Discord

Channel: {DC[1]}
Action: Content removed and the server owning it deleted

Best,
Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply listing actions per reported target",
    why="'Action:' lines below each target: server removed, content removed",
    items={DC[0]: "removed", DC[1]: "removed"},
)

case(
    name="discord-invalid-invite-and-no-violation",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    date=d("2024-09-13 23:11:50"), subject=f"Re: {R_DC}",
    reply_to_req=thread(R_DC),
    body=f"""
Hi,

Thanks for your request. We looked into both links.

The invite link {DC[0]} is invalid: it has expired or never
existed, and we could not identify a server behind it.

The messages in {DC[1]}
do not violate Discord's Terms of Service or Community Guidelines, so we
will not take action on that channel.

Regards,
Discord Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Discord legal reply: invalid invite / no violation found",
    why="invalid invite (not_found); channel does not violate, no action (rejected)",
    items={DC[0]: "not_found", DC[1]: "rejected"},
)

# ---------------------------------------------------------------- Twitch
case(
    name="twitch-sole-channel-suspended",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date=d("2024-09-13 16:45:00"), subject=f"Re: {R_TW} Removal request",
    reply_to_req=thread(R_TW),
    body="""
Hello,

Thank you for your report. After review, the channel you reported has been
indefinitely suspended for violating our Community Guidelines and is no
longer available on Twitch.

Regards,
Twitch Safety Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Safety report outcome without the channel URL",
    why="one-item request, threaded and referenced; 'the channel you reported ... suspended ... no longer available'",
    items={TW[0]: "removed"},
)

# ================================================================ REVIEW
case(
    name="x-promise-will-withhold",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-05 09:00:00"), subject=f"Re: [{R_X}] Request for removal of illegal gambling content",
    reply_to_req=thread(R_X),
    body=f"""
Hello,

Thank you for your request {R_X}.

Our team has assessed the posts below. They will be withheld in the
Republic of Korea within the next 48 hours, once the account holders have
been notified:

{X[11]}
{X[12]}

We will confirm once this has been done.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising future withholding",
    why="'will be withheld ... once notified' is a promise, not a statement; names two requested posts",
    items={X[11]: "pending", X[12]: "pending"},
)

case(
    name="yt-hedge-and-under-review",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-05 05:12:00"), subject=f"Re: [0-7742000031854] Legal removal request {R_YT}",
    body=f"""
Hello,

Thanks for your message. A quick update on your request:

It appears that {YT[1]} may already have been removed, but we
are still confirming this with the relevant team.

The Short {YT[3]} is currently under review by our policy
specialists.

We'll get back to you once we have an outcome.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim status update",
    why="'appears ... may already have been removed' is a hedge and 'under review' is no outcome",
    items={YT[1]: "pending", YT[3]: "pending"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "legal-response@fb.com"}, name_from="Meta Legal Response",
    date=d("2024-09-12 08:08:08"), subject=f"Re: {R_META}",
    reply_to_req=thread(R_META),
    body=f"""
Hello,

We've reviewed all four items you reported under {R_META} and removed
them for going against our Community Standards.

Thanks,
Meta Legal Response Team
""",
    outcome="review", review="bulk",
    imitates="Meta one-line 'we removed the content you reported' reply",
    why="one statement covers a four-item request without naming each item",
    items=pending(META),
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-13 04:30:00"), subject=f"Re: [{R_X}] Request for removal of illegal gambling content",
    reply_to_req=thread(R_X),
    body="""
Hello,

All posts and accounts listed in your request have now been withheld in
South Korea. The account holders have been notified.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal short closing reply covering a whole request",
    why="'all posts and accounts listed in your request' for a 14-item request, no URL named",
    items=pending(X),
)

case(
    name="x-dkim-fail-removed",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", auth="fail",
    date=d("2024-09-08 12:00:00"), subject=f"Re: [{R_X}] Request for removal of illegal gambling content",
    body=f"""
Hello,

The post {X[5]} has been removed for violating the X Rules.

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email whose DKIM/SPF/DMARC checks failed",
    why="plain removal statement, but the x.com sender fails authentication",
    items={X[5]: "pending"},
)

case(
    name="discord-lookalike-domain",
    **{"from": "trust-safety@discord-appeals.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-12 10:10:10"), subject=f"Re: {R_DC} action taken",
    body=f"""
Hello,

We have removed the server {DC[0]} following your request {R_DC}.

Discord Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike domain that is no Discord sender",
    why="names the request and a requested URL, but discord-appeals.com is not a configured platform domain",
    items={DC[0]: "pending"},
)

case(
    name="reddit-asks-legal-basis",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d("2024-09-10 20:00:00"), subject=f"{R_RD}: additional information needed",
    body=f"""
Dear KCSC,

Thank you for your request {R_RD} concerning:

{RD[0]}
{RD[1]}

Before we can act on it, please provide the specific provision of Korean
law that the content violates and, if available, a copy of the decision or
order on which the request is based. Once we receive this information we
will review the content again.

Sincerely,
Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis of a government removal request",
    why="asks for the legal provision and order before acting; states nothing about the items",
    items=pending(RD),
)

PDF = base64.b64encode(
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
).decode("ascii")
case(
    name="meta-pdf-letter-only",
    **{"from": "legal-response@fb.com"}, name_from="Meta Legal Response",
    date=d("2024-09-11 07:30:00"), subject=f"Response to your request {R_META}",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="meta208pdf"

--meta208pdf
Content-Type: text/plain; charset=UTF-8

Hello,

Please find attached our response to your request {R_META}.

Meta Legal Response Team

--meta208pdf
Content-Type: application/pdf; name="Meta_response_{R_META}.pdf"
Content-Disposition: attachment; filename="Meta_response_{R_META}.pdf"
Content-Transfer-Encoding: base64

{PDF}
--meta208pdf--
""",
    outcome="review", review="unreadable_attachment",
    imitates="Meta legal response sent as a PDF letter with a one-line cover email",
    why="the answer is only in a PDF attachment; the body says nothing about the items",
    items={},
)

case(
    name="tiktok-portal-notice-no-claims",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date=d("2024-09-14 01:00:00"), subject="Changes to the TikTok Law Enforcement Portal",
    body="""
Dear partner,

From 1 October 2024, government requests to TikTok should be submitted
through our updated Law Enforcement Portal at
https://www.tiktok.com/legal/page/global/law-enforcement-portal.
Requests sent by email will continue to be accepted during a transition
period.

If you have questions, please contact your TikTok government relations
representative.

Kind regards,
TikTok Law Enforcement Outreach
""",
    outcome="review", review="no_claims", classification="other",
    imitates="TikTok circular to government partners about its request portal",
    why="trusted TikTok mail that names no requested item and no request",
    items={},
)

case(
    name="yt-conflicting-template",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-08 02:02:02"), subject=f"Re: [0-7742000031854] Legal removal request {R_YT}",
    body=f"""
Hello,

We have blocked {YT[0]} from view in South Korea, in
accordance with local law.

After reviewing {YT[0]}, we have decided not to take
action, as it does not violate our Community Guidelines and we did not find
it to be unlawful.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube legal reply with two contradicting template paragraphs pasted for one video",
    why="the same video is said to be blocked in Korea and also left up; a clerk would ask",
    items={YT[0]: "pending"},
)

case(
    name="tiktok-conditional-removal",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Trust and Safety",
    date=d("2024-09-08 05:55:55"), subject=f"Update on your notice - {R_TT}",
    body=f"""
Dear Korea Communications Standards Commission,

Regarding your notice {R_TT}:

{TT[1]} - we have notified the creator. If no appeal is
received within 7 days, the video will be removed.

{TT[0]} - pending a final decision by our specialist team.

Kind regards,
TikTok Trust and Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim update: conditional removal and pending decision",
    why="a conditional future removal and a pending decision: no statement for either video",
    items={TT[1]: "pending", TT[0]: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    **{"from": "jwalker@x.com"}, name_from="Jordan Walker",
    date=d("2024-09-03 01:00:30"), subject=f"Automatic reply: {R_X} Request for removal",
    reply_to_req=thread(R_X),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email.

Legal requests are handled by the team at the address on our legal request
page; for urgent matters please use the legal request portal.

Jordan Walker
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from an X employee",
    why="out-of-office auto-reply (Auto-Submitted: auto-replied); no statement",
    items={},
)

case(
    name="twitch-request-bounced",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date=d("2024-09-11 00:05:40"), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="bounce208tw"

--bounce208tw
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@twitch.tv>: host mx.twitch.tv[203.0.113.44] said: 550 5.1.1
    <legal-kr@twitch.tv>: Recipient address rejected: User unknown

--bounce208tw
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 09:05:02 +0900

Final-Recipient: rfc822; legal-kr@twitch.tv
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.twitch.tv
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--bounce208tw
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@twitch.tv
Subject: {R_TW} Request for removal
Message-ID: <{req_mid(R_TW)}>
Date: Wed, 11 Sep 2024 09:05:00 +0900

The Korea Communications Standards Commission requests the removal of
{TW[0]} (reference {R_TW}).

--bounce208tw--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request to Twitch (user unknown)",
    why="delivery status notification; the URL is only in our returned request",
    items={TW[0]: "pending"},
)

case(
    name="meta-read-receipt",
    **{"from": "hyejin.lee@meta.com"}, name_from="Hyejin Lee",
    date=d("2024-09-05 02:15:00"), subject=f"Read: {R_META} Request for removal",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn208meta"

--mdn208meta
Content-Type: text/plain; charset=UTF-8

Your message

  To: Hyejin Lee
  Subject: {R_META} Request for removal
  Sent: Thursday, September 5, 2024 9:40:00 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 11:15:00 AM (UTC+09:00) Seoul.

--mdn208meta
Content-Type: message/disposition-notification

Reporting-UA: outlook.office365.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;hyejin.lee@meta.com
Original-Message-ID: <{req_mid(R_META)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn208meta--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a Meta employee",
    why="message disposition notification only",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date=d("2024-09-06 05:01:13"), subject=f"We've received your report [Ticket 7739021] {R_TT}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hi,

Thanks for contacting TikTok. We've received your report about the
following content and created ticket 7739021:

{TT[0]}
{TT[1]}
{TT[2]}

A member of our team will review it and get back to you. Please don't
reply to this email; you can add information to your ticket at
https://www.tiktok.com/legal/report/feedback.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok automatic ticket receipt echoing the reported URLs",
    why="pure receipt: ticket created, 'will review'; nothing stated about the URLs",
    items=pending(TT),
)

case(
    name="reddit-case-created",
    **{"from": "support@redditmail.com"}, name_from="Reddit Help",
    date=d("2024-09-09 01:20:00"), subject=f"[Reddit Help] Request received: {R_RD} (Case 09921774)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (09921774) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 9, 2024, 10:15 KST

Reference {R_RD}. Please remove the content at the URLs listed in the
attached request.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'your request has been received' receipt from Reddit Help",
    why="receipt that a case was created; echoes our own text, no statement",
    items={},
)

case(
    name="pinterest-out-of-office",
    **{"from": "policy-ops@pinterest.com"}, name_from="Pinterest Policy Operations",
    date=d("2024-09-12 03:03:03"), subject="Auto: Inquiry from KCSC",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Hi,

Thanks for your message. Our team is out of the office for a company
holiday and will be back on 16 September. Your email will be answered in
the order it was received.

Pinterest Policy Operations
""",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest team out-of-office auto-reply",
    why="holiday auto-reply; no request or item named",
    items={},
)

case(
    name="snapchat-report-received",
    **{"from": "no-reply@snap.com"}, name_from="Snapchat Support",
    date=d("2024-09-13 12:00:00"), subject="Snapchat Support: we've received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We've received your report (case 4420-7781-09) about the following
Snapchat account:

https://www.snapchat.com/add/jackpot.room.kr

Our Safety team will review it. We may not be able to share the outcome of
every report.

Snapchat Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snapchat Support report-received receipt",
    why="receipt only; the account it names is in none of our requests",
    items={},
)


HEADER = """# Blind set 208: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest). Written by
# tests/corpus/blind208/make.py from each email's meaning, before any run
# of the reader. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print("%d cases" % len(CASES))
