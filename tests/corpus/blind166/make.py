#!/usr/bin/env python3
"""Blind set 166: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Telegram, Snapchat and Pinterest mail
that changes nothing).

    python3 tests/corpus/blind166/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of each email alone, before the
reader was run on it; see NOTES.md.
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

# ---------------------------------------------------------------- requests
X = "KCSC-240902-01"
YT = "KCSC-240903-02"
META = "KCSC-240904-03"
TT = "KCSC-240905-04"
RD = "KCSC-240906-05"
DC = "KCSC-240909-06"
TW = "KCSC-240910-07"

x1 = "https://x.com/grey_lantern_kr/status/1829310000000000101"
x2 = "https://x.com/grey_lantern_kr/status/1829310000000000102"
x3 = "https://x.com/moonfield_ops/status/1829310000000000203"
x4 = "https://x.com/moonfield_ops/status/1829310000000000204"
x5 = "https://x.com/tidewater_bb/status/1829310000000000305"
x6 = "https://x.com/tidewater_bb/status/1829310000000000306"
x7 = "https://x.com/copperkite77/status/1829310000000000407"
x8 = "https://x.com/copperkite77/status/1829310000000000408"
x9 = "https://x.com/nightferry_kr"
x10 = "https://x.com/ashgrove_tv/status/1829310000000000510"
x11 = "https://x.com/ashgrove_tv/status/1829310000000000511"
x12 = "https://x.com/pale_orchard/status/1829310000000000612"
XS = [x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12]

y1 = "https://www.youtube.com/watch?v=Qm4rT8vLx2a"
y2 = "https://www.youtube.com/watch?v=Hk7pW3nZc9b"
y3 = "https://www.youtube.com/@riverstone_clips"
y4 = "https://youtu.be/Jd2sF6gYq1c"
YS = [y1, y2, y3, y4]

m1 = "https://www.facebook.com/groups/harborlight.market/posts/8812004417"
m2 = "https://www.facebook.com/dawnpier.page/posts/pfbid02kQw7LmnR4tZ"
m3 = "https://www.instagram.com/p/C9xTq2LmVb4/"
m4 = "https://www.instagram.com/saltmeadow_shop/"
m5 = "https://www.instagram.com/reel/C9yUe5NnPq7/"
MS = [m1, m2, m3, m4, m5]

t1 = "https://www.tiktok.com/@lumen.alley/video/7409112233445566771"
t2 = "https://www.tiktok.com/@lumen.alley/video/7409112233445566772"
t3 = "https://www.tiktok.com/@quietcanal_88"
TS = [t1, t2, t3]

r1 = "https://www.reddit.com/r/kdealsunder/comments/1f3xk2p/fresh_batch_available/"
# stored percent-encoded; written raw (새_상품) in one email
r2 = "https://www.reddit.com/r/hangukmarket/comments/1f4ab9q/%EC%83%88_%EC%83%81%ED%92%88/"
r2_raw = "https://www.reddit.com/r/hangukmarket/comments/1f4ab9q/새_상품/"
RS = [r1, r2]

d1 = "https://discord.gg/ashmarket9"

w1 = "https://www.twitch.tv/brasscurrent_live"
w2 = "https://www.twitch.tv/videos/2241887345"
WS = [w1, w2]

REQUESTS = [
    (X, "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", XS, "gambling", "req-240902-01@kcsc.example", "largest request"),
    (YT, "youtube", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", YS, "drugs", "req-240903-02@kcsc.example", ""),
    (META, "meta", "2024-09-04T09:30:00+09:00", "2024-09-11T23:59:59+09:00", MS, "counterfeit", "req-240904-03@kcsc.example", "Facebook and Instagram"),
    (TT, "tiktok", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00", TS, "drugs", "req-240905-04@kcsc.example", ""),
    (RD, "reddit", "2024-09-06T10:15:00+09:00", "2024-09-13T23:59:59+09:00", RS, "counterfeit", "req-240906-05@kcsc.example", "one URL with a Korean slug"),
    (DC, "discord", "2024-09-09T16:00:00+09:00", "2024-09-16T23:59:59+09:00", [d1], "gambling", "req-240909-06@kcsc.example", "one item"),
    (TW, "twitch", "2024-09-10T13:00:00+09:00", "2024-09-17T23:59:59+09:00", WS, "gambling", "req-240910-07@kcsc.example", ""),
]


def write_requests():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def req_thread(ref):
    return "req-" + ref[5:]


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def mixed_with_csv(boundary, body, csv_name, csv_text, csv_b64=False):
    if csv_b64:
        att = ("Content-Transfer-Encoding: base64\n\n" + b64(csv_text))
    else:
        att = "Content-Transfer-Encoding: 8bit\n\n" + csv_text
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{body.strip()}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{csv_name}"\n'
        f'Content-Disposition: attachment; filename="{csv_name}"\n'
        f"{att.rstrip()}\n\n"
        f"--{boundary}--\n"
    )


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, platform_name):
    lines = [
        f"Dear {platform_name} team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under Article 44-7 of the Network Act (reference {ref}).",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the result for each URL.", "", "KCSC Takedown Desk"]
    return "\n".join(lines)


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ============ X (KCSC-240902-01, 12 items)

case(
    name="x-legal-withheld-numbered",
    date="Wed, 04 Sep 2024 07:12:40 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject=f"Re: [{X}] Request for removal of illegal content",
    reply_to_req=req_thread(X),
    body=f"""
Hello,

Thank you for your report ({X}). We have reviewed the content you identified
against applicable Korean law and the X Rules. Our decisions are as follows:

1. {x1} - withheld in South Korea
2. {x2} - withheld in South Korea
3. {x3} - withheld in South Korea
4. {x4} - removed for violating the X Rules (illegal or certain regulated goods)

Withheld content remains visible to people outside South Korea. The account
holders have been notified as required by our Country Withheld Content policy:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal request outcome email (country-withheld content, numbered list)",
    why="Trusted X reply naming four posts with an unhedged decision each; policy link is not an item.",
    items={x1: "restricted", x2: "restricted", x3: "restricted", x4: "removed"},
)

case(
    name="x-bare-url-status-below",
    date="Wed, 04 Sep 2024 09:40:02 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject=f"Case update: {X}",
    body=f"""
Hi there,

Please find below the outcome of our review for the remaining reported posts.

{x5}
Outcome: Withheld in KR

{x6}
Outcome: Withheld in KR

{x7}
Outcome: No action. We did not find this post to be in violation of the X
Rules or of the local law cited in your request.

If you have additional information you would like us to consider, reply to
this email.

X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal team case-update email, bare URL with outcome on the line below",
    why="Each status sits on the line below its URL; a refusal with a reason is rejected; the closing invitation is not a request for information.",
    items={x5: "restricted", x6: "restricted", x7: "rejected"},
)

case(
    name="x-author-deleted-and-not-located",
    date="Thu, 05 Sep 2024 02:05:19 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject=f"Re: [{X}] Request for removal of illegal content",
    reply_to_req=req_thread(X),
    body=f"""
Hello,

We were unable to take action on two of the posts listed in your request:

- {x8}: this post was deleted by the account holder before our review, so
  there is no longer anything for us to act on.
- {x10}: we could not locate this post. Please check that the link is
  complete and correct.

The other posts in your request are being handled separately.

Thanks,
X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal reply on posts already deleted by their author / not located",
    why="Deleted by its author and cannot locate are both not_found; the sentence about the other posts names none.",
    items={x8: "not_found", x10: "not_found"},
)

case(
    name="x-html-table",
    date="Thu, 05 Sep 2024 11:30:00 +0000",
    **{"from": "noreply@twitter.com"},
    name_from="X Legal",
    subject=f"Your legal request {X} - decisions",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of the following items from request <b>{X}</b>:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Scope</th></tr>
<tr><td><a href="{x9}">{x9}</a></td><td>Account suspended; the profile and its posts are no longer available</td><td>Global</td></tr>
<tr><td><a href="{x11}">{x11}</a></td><td>Post removed</td><td>Global</td></tr>
<tr><td><a href="{x12}">{x12}</a></td><td>Post withheld</td><td>South Korea</td></tr>
</table>
<p>For more about how we handle legal requests, see our <a href="https://help.x.com/en/forms/legal">Legal Request Help Center</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal decisions email rendered as an HTML table (action and scope columns)",
    why="HTML table rows: suspended account no longer available (removed), post removed, post withheld in South Korea (restricted).",
    items={x9: "removed", x11: "removed", x12: "restricted"},
)

case(
    name="x-top-posted-over-gmail-quote",
    date="Fri, 06 Sep 2024 04:18:55 +0000",
    **{"from": "k.ahn@x.com"},
    name_from="Kevin Ahn",
    subject=f"Re: [{X}] Request for removal of illegal content",
    reply_to_req=req_thread(X),
    body=f"""
Hello KCSC team,

Quick follow-up from our side on two of the items:

{x3} has now been removed globally (it was previously withheld in Korea only).
{x4} - after a second look we are keeping this post up. It is a news
report about the operation rather than an advertisement for it, and it does
not break the X Rules.

Best,
Kevin
Legal Policy, X Corp.

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text(X, XS, "X"))}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Top-posted reply from an X legal-policy employee over a Gmail-quoted request",
    why="Only the two top-posted statements count; the twelve URLs quoted with '>' below 'On ... wrote:' are our own request.",
    items={x3: "removed", x4: "rejected"},
)

case(
    name="x-outlook-original-message",
    date="Fri, 06 Sep 2024 08:02:11 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Korea Legal",
    subject=f"RE: [{X}] Request for removal of illegal content",
    body=f"""
Dear KCSC,

Further to your request, please note:

  * {x7} has been withheld in Korea following a re-review under local law.
  * {x8} has been removed for violating our rules on illegal goods and services.

Kind regards,
X Korea Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: [{X}] Request for removal of illegal content

{request_text(X, XS, "X")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply with the request copied below -----Original Message----- (unquoted)",
    why="Two bulleted statements above the Outlook separator; the request text copied below it is ours and says nothing.",
    items={x7: "restricted", x8: "removed"},
)

case(
    name="x-bilingual-fullwidth-particles",
    date="Sat, 07 Sep 2024 01:44:30 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Korea Legal",
    subject=f"[{X}] 처리 결과 / outcome",
    body=f"""
안녕하세요. 요청하신 건({X})의 처리 결과를 알려드립니다.
Please see the outcome of your request below.

1) {x5}：Withheld in Korea
2) {x6}：Removed (violation of the X Rules)

요약: {x5}은 국내 접속 차단, {x6}은 삭제 처리되었습니다。

X Korea Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="Bilingual reply from a platform's Korea legal desk, URLs followed by full-width colons and Korean particles",
    why="Full-width colon and particle 은 are not part of the URLs; English and Korean lines agree (withheld/접속 차단, removed/삭제).",
    items={x5: "restricted", x6: "removed"},
)

X_CSV = (
    "reported_url,action,notes\n"
    f"{x1},Removed,Illegal goods and services\n"
    f"{x2},Removed,Illegal goods and services\n"
    f"{x5},Withheld in country (KR),Local law\n"
    f"{x6},Withheld in country (KR),Local law\n"
    f"{x9},No action,Account does not violate the X Rules\n"
    f"{x12},Not found,Post no longer exists\n"
)
case(
    name="x-csv-attachment",
    date="Mon, 09 Sep 2024 06:20:00 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject=f"Re: [{X}] Request for removal of illegal content",
    reply_to_req=req_thread(X),
    raw_mime=mixed_with_csv(
        "==x166csv==",
        f"""
Hello,

Attached is a spreadsheet with our decision for each of the URLs we reviewed
in connection with {X}. URLs not listed in the attachment are still being
reviewed.

X Legal
""",
        f"{X}_decisions.csv",
        X_CSV,
    ),
    outcome="applied",
    classification="confirmation",
    imitates="X legal reply with a per-URL decisions CSV attachment",
    why="CSV rows give one decision per URL (removed, withheld in KR, no action, not found); the body says the rest is still under review.",
    items={x1: "removed", x2: "removed", x5: "restricted", x6: "restricted", x9: "rejected", x12: "not_found"},
)

case(
    name="x-statement-plus-promise",
    date="Mon, 09 Sep 2024 09:05:47 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject=f"Case update: {X}",
    body=f"""
Hello,

{x10} has been withheld in South Korea.

{x11} is still under review by our team. We will write to you again once a
decision has been made.

X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="X case-update email mixing one decision with one item still under review",
    why="The first post is withheld (restricted); 'still under review' is no statement, so the second stays pending.",
    items={x10: "restricted", x11: "pending"},
)

# ============ YouTube (KCSC-240903-02, 4 items)

case(
    name="yt-legal-blocked-kr",
    date="Thu, 05 Sep 2024 03:31:08 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject=f"[6-8812000031977] Re: {YT} Legal removal request",
    reply_to_req=req_thread(YT),
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your request, we have blocked access to the following content
from YouTube in South Korea, based on local law:

{y1}
{y2}

In addition, we have removed the following video from YouTube globally for
violating YouTube's Community Guidelines:

{y4}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-removal outcome email (blocked in country / removed for Community Guidelines)",
    why="Heading sentences each govern the URLs listed under them: two blocked in Korea (restricted), one removed globally.",
    items={y1: "restricted", y2: "restricted", y4: "removed"},
)

case(
    name="yt-age-restricted-and-no-violation",
    date="Fri, 06 Sep 2024 07:55:30 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject=f"[6-8812000031977] Re: {YT} Legal removal request",
    reply_to_req=req_thread(YT),
    body=f"""
Hello,

We have reviewed the remaining items in your request.

The video at {y2} has been age-restricted; it can no longer be watched by
signed-out viewers or by users under 18.

We reviewed the channel at {y3} and did not find that it violates our
Community Guidelines or the local law you cited, so we have not taken action
on it. You can learn more about our policies at
https://support.google.com/youtube/answer/9288567.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-support reply: age restriction applied, no violation found for a channel",
    why="Age-restricted is restricted; a reasoned refusal is rejected; the support.google.com link is a help page.",
    items={y2: "restricted", y3: "rejected"},
)

YT_QP = f"""Hello,

Thanks for your patience. Please find our decision on two of the items you
reported under {YT}:

- The video {y1} has been removed from YouTube globally for violating our policy on the sale of illegal or regulated goods.
- The video {y4} is no longer available on YouTube because the uploader deleted it before our review was completed.

Best regards,
YouTube Trust & Safety
"""
case(
    name="yt-qp-body",
    date="Sat, 07 Sep 2024 10:12:03 +0000",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject=f"Update on your report ({YT})",
    raw_mime=(
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(YT_QP)
    ),
    outcome="applied",
    classification="confirmation",
    imitates="YouTube Trust & Safety outcome email in quoted-printable with long soft-wrapped lines",
    why="QP body: one video removed globally, one deleted by its uploader before review (not_found).",
    items={y1: "removed", y4: "not_found"},
)

case(
    name="yt-angle-brackets-channel-terminated",
    date="Mon, 09 Sep 2024 05:41:26 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject=f"[6-8812000031977] Re: {YT} Legal removal request",
    reply_to_req=req_thread(YT),
    body=f"""
Hi,

Following a further review we have taken these actions:

  - Channel <{y3}>: terminated for repeated violations of our Community
    Guidelines. The channel and all of its videos have been removed from
    YouTube.
  - Video <{y2}>: removed globally.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal follow-up with URLs in angle brackets, channel termination",
    why="Terminated channel removed from YouTube and a video removed globally; statements are unhedged.",
    items={y3: "removed", y2: "removed"},
)

# ============ Meta (KCSC-240904-03, 5 items)

case(
    name="meta-legal-restricted-kr",
    date="Fri, 06 Sep 2024 12:02:44 +0000",
    **{"from": "records@meta.com"},
    name_from="Meta Content Restrictions",
    subject=f"Your report about content on Facebook and Instagram [{META}]",
    reply_to_req=req_thread(META),
    body=f"""
Hi,

Thanks for contacting us. After reviewing your report under local law, we've
restricted access to the following content in South Korea:

* {m1}
* {m3}

We also found that the following post goes against our Community Standards,
so we've removed it from Facebook:

* {m2}

We'll let the people who posted this content know about our decision.

Meta Content Restrictions Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Meta local-law content restriction reply (restricted in country / removed under Community Standards)",
    why="Two posts restricted in South Korea, one removed; the notice to the posters is no promise about status.",
    items={m1: "restricted", m3: "restricted", m2: "removed"},
)

META_CSV = (
    "Content URL,Decision,Basis\n"
    f"{m3},Removed,Community Standards - Restricted goods and services\n"
    f"{m4},Restricted in KR,Local law\n"
    f"{m5},No violation found,Content does not go against our Community Standards or local law\n"
)
case(
    name="meta-csv-attachment-base64",
    date="Mon, 09 Sep 2024 01:10:09 +0000",
    **{"from": "noreply@facebookmail.com"},
    name_from="Meta",
    subject=f"Decision on your report {META}",
    raw_mime=mixed_with_csv(
        "----=_Part_166_2209",
        f"""
Hello,

We've finished reviewing the Instagram content in your report {META}. The
decision for each item is in the attached file.

Meta Trust & Safety
""",
        "decisions.csv",
        META_CSV,
        csv_b64=True,
    ),
    outcome="applied",
    classification="confirmation",
    imitates="Meta report decision email with a base64 CSV attachment",
    why="Attached CSV: removed, restricted in KR, no violation found (rejected).",
    items={m3: "removed", m4: "restricted", m5: "rejected"},
)

case(
    name="meta-gmail-quote-angle",
    date="Mon, 09 Sep 2024 03:25:51 +0000",
    **{"from": "s.park@meta.com"},
    name_from="Sora Park",
    subject=f"Re: [{META}] Request for removal of illegal content",
    reply_to_req=req_thread(META),
    body=f"""
Hi KCSC team,

Thanks for your report. We removed the Facebook group post
<{m1}> for violating our Community Standards on restricted goods.

Best,
Sora
Public Policy, Meta

On Wed, 4 Sep 2024 at 09:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text(META, MS, "Meta"))}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Meta public-policy staff reply over a Gmail-quoted request, URL in angle brackets",
    why="One unhedged removal above the quote; the five URLs quoted with '>' are our own request.",
    items={m1: "removed"},
)

case(
    name="meta-report-echo",
    date="Tue, 10 Sep 2024 08:48:00 +0000",
    **{"from": "notification@facebookmail.com"},
    name_from="Facebook",
    subject="Update on your report",
    body=f"""
Your report (ID 774210553108) - {META}

What you reported:
  Post: {m2}
  Reported for: Selling illegal goods

Outcome: We removed this post because it goes against our Community Standards.

What you reported:
  Reel: {m5}
  Reported for: Selling illegal goods

Outcome: We removed this reel because it goes against our Community Standards.

Thanks for helping keep our community safe.
Visit your Support Inbox to see the status of all of your reports:
https://www.facebook.com/support/
""",
    outcome="applied",
    classification="confirmation",
    imitates="Facebook Support Inbox report-outcome notification echoing the report",
    why="Each 'What you reported' block names one URL and its outcome is removal; Support Inbox link is not an item.",
    items={m2: "removed", m5: "removed"},
)

# ============ TikTok (KCSC-240905-04, 3 items)

case(
    name="tiktok-region-restricted",
    date="Fri, 06 Sep 2024 06:15:37 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject=f"RE: {TT} - Government removal request",
    reply_to_req=req_thread(TT),
    body=f"""
Dear Sir or Madam,

Thank you for your request. TikTok has reviewed the reported content against
our Community Guidelines and applicable law.

The following videos do not violate our Community Guidelines but were found
to be unlawful under Korean law. We have therefore restricted them in your
region:

{t1}
{t2}

The account {t3} has been permanently banned for violating our Community
Guidelines and is no longer accessible on TikTok.

Kind regards,
TikTok Legal Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok government removal request reply (restricted in region / account banned)",
    why="'Do not violate our Community Guidelines but ... restricted in your region' is restricted, not rejected; banned account no longer accessible is removed.",
    items={t1: "restricted", t2: "restricted", t3: "removed"},
)

TT_HTML = f"""<html><body>
<div style="font-family:Arial,sans-serif;font-size:14px;color:#161823">
<p>Hi,</p>
<p>We reviewed the content in your report <b>{TT}</b>.</p>
<ul>
<li><a href="{t1}">{t1}</a><br>Result: <b>Removed</b> &ndash; violates our Community Guidelines (regulated goods).</li>
<li><a href="{t3}">{t3}</a><br>Result: <b>Account not found</b> &ndash; this account does not exist or the link is invalid.</li>
</ul>
<p>Thank you for helping keep TikTok safe.<br>TikTok Trust &amp; Safety</p>
</div>
</body></html>
"""
case(
    name="tiktok-base64-html",
    date="Sat, 07 Sep 2024 13:20:19 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    subject=f"Report result: {TT}",
    raw_mime=(
        "Content-Type: text/html; charset=UTF-8\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(TT_HTML)
    ),
    outcome="applied",
    classification="confirmation",
    imitates="TikTok Trust & Safety report-result email, HTML list in a base64 body",
    why="Base64 HTML: one video removed, one account not found / link invalid.",
    items={t1: "removed", t3: "not_found"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    date="Mon, 09 Sep 2024 02:00:00 +0000",
    **{"from": "dsa-notices@tiktok.com"},
    name_from="TikTok",
    subject="Statement of reasons: decision on reported content",
    body=f"""
STATEMENT OF REASONS

Reference: SOR-2024-0909-55102 (your notice {TT})

Content concerned: {t2}
Type of content: video
Decision: the video has been removed from TikTok.
Territorial scope: worldwide
Facts and circumstances: the video promotes the sale of controlled substances.
Ground: incompatible with our terms and conditions (Community Guidelines,
"Regulated goods and commercial activities").
Automated means: the decision was taken after human review.

Redress: the uploader may appeal this decision within the TikTok app.
Information on out-of-court dispute settlement is available at
https://www.tiktok.com/legal/page/global/dsa-redress/en

TikTok Technology Limited
""",
    outcome="applied",
    classification="confirmation",
    imitates="DSA Article 17 statement of reasons copied to the notifier (TikTok)",
    why="Decision field states the video was removed worldwide; the redress page is not an item.",
    items={t2: "removed"},
)

# ============ Reddit (KCSC-240906-05, 2 items)

case(
    name="reddit-korean-slug-and-author-deleted",
    date="Mon, 09 Sep 2024 18:40:12 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject=f"Re: [{RD}] Request for removal of illegal content",
    reply_to_req=req_thread(RD),
    body=f"""
Hello,

Thank you for your request. We've removed the post at
{r2_raw}
for violating Reddit's Content Policy on illegal transactions.

The other post you reported,
{r1}
had already been deleted by its author before we reviewed it, so no action
was needed on our end.

Reddit Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit legal reply, URL on the line below its statement, raw Korean slug",
    why="Raw Korean slug matches the percent-encoded request URL (removed); the other post was deleted by its author (not_found).",
    items={r2: "removed", r1: "not_found"},
)

case(
    name="reddit-no-violation",
    date="Tue, 10 Sep 2024 20:03:55 +0000",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit",
    subject="An update on your report",
    body=f"""
Hi,

Thanks for submitting a report to the Reddit admin team ({RD}). After
investigating, we've found that the reported content doesn't violate Reddit's
Content Policy or the laws we are required to apply, and we will not be taking
action on it.

Reported content: {r1}

If you see anything else that concerns you, you can report it at
https://www.reddit.com/report.

Reddit Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit admin 'An update on your report' email (no violation found)",
    why="The single named post is refused with a reason: rejected. 'will not be taking action' is a decision, not a promise.",
    items={r1: "rejected"},
)

case(
    name="reddit-html-actioned",
    date="Wed, 11 Sep 2024 15:22:41 +0000",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit",
    subject="Thanks for your report",
    type="html",
    body=f"""
<html><body>
<p>Hi there,</p>
<p>Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content violates
<a href="https://www.redditinc.com/policies/content-policy">Reddit's Content Policy</a>
and it has been removed.</p>
<p><b>Reported content:</b> <a href="{r1}">fresh batch available</a><br>
<b>Your reference:</b> {RD}</p>
<p>Thanks again for your report and for looking out for yourself and your fellow redditors.</p>
<p>Reddit Safety</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit admin 'Thanks for your report' HTML email with the reported link as anchor text",
    why="The named post (href) has been removed; the policy page link is not an item.",
    items={r1: "removed"},
)

# ============ Discord (KCSC-240909-06, 1 item)

case(
    name="discord-sole-server-deleted",
    date="Wed, 11 Sep 2024 04:50:33 +0000",
    **{"from": "trust-safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject=f"Re: [{DC}] Request for removal of illegal content",
    reply_to_req=req_thread(DC),
    body="""
Hello,

Thank you for bringing this to our attention. We have reviewed the server
linked in your report and found that it violates our Community Guidelines.
The server has been deleted and its invite link no longer works.

Sincerely,
Discord Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Discord Trust & Safety reply about a reported server",
    why="Names no URL but answers a one-item request in its thread with an unhedged deletion: the sole item is removed.",
    items={d1: "removed"},
)

# ============ Twitch (KCSC-240910-07, 2 items)

case(
    name="twitch-suspended-and-no-violation",
    date="Thu, 12 Sep 2024 17:30:00 +0000",
    **{"from": "legal-requests@twitch.tv"},
    name_from="Twitch Legal",
    subject=f"Re: [{TW}] Request for removal of illegal content",
    reply_to_req=req_thread(TW),
    body=f"""
Hello,

We have completed our review of your request.

Channel: {w1}
Action: the channel has been indefinitely suspended and is no longer
available on Twitch.

VOD: {w2}
Action: none. The VOD does not violate Twitch's Community Guidelines or
Terms of Service.

Twitch Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="Twitch legal reply with channel/VOD action blocks",
    why="Suspended channel no longer available is removed; VOD with no violation is rejected.",
    items={w1: "removed", w2: "rejected"},
)

case(
    name="twitch-url-below-statement",
    date="Fri, 13 Sep 2024 19:11:08 +0000",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Safety",
    subject=f"Your report ({TW}) has been actioned",
    body=f"""
Hi,

We've actioned your report. The following VOD has been deleted for violating
our Community Guidelines on gambling content:

{w2}

Thank you for helping keep Twitch safe.
Twitch Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Twitch 'We've actioned your report' email, URL on the line below the statement",
    why="The colon-ended statement governs the VOD on the next paragraph: removed.",
    items={w2: "removed"},
)

# ============ review cases

case(
    name="x-promise-will-withhold",
    date="Tue, 03 Sep 2024 08:30:00 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject=f"Re: [{X}] Request for removal of illegal content",
    reply_to_req=req_thread(X),
    body=f"""
Hello,

Thank you for your request. Our team is reviewing it, and we expect to
withhold the following posts in South Korea once our review has been
completed:

{x1}
{x2}

We will send you a final decision for all reported URLs.

X Legal
""",
    outcome="review",
    review="not_understood",
    imitates="X legal interim reply announcing an expected country-withholding",
    why="'expect to withhold ... once our review has been completed' is a promise; the named posts stay pending.",
    items={x1: "pending", x2: "pending"},
)

case(
    name="yt-hedged-may-have-been-removed",
    date="Wed, 04 Sep 2024 06:41:18 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject=f"[6-8812000031977] Re: {YT} Legal removal request",
    reply_to_req=req_thread(YT),
    body=f"""
Hello,

We looked at the links you sent. The video at {y4} appears to have
already been taken down, possibly by the uploader. The video at {y1} may no
longer be available in your region; we are confirming this with the
relevant team and will get back to you.

Regards,
The YouTube Legal Support Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal-support interim reply with hedged observations",
    why="'appears to have', 'may no longer be available' and 'will get back to you' are hedges and promises: nothing applies.",
    items={y4: "pending", y1: "pending"},
)

case(
    name="meta-bulk-all-removed",
    date="Sat, 07 Sep 2024 02:33:12 +0000",
    **{"from": "records@meta.com"},
    name_from="Meta Content Restrictions",
    subject=f"Your report about content on Facebook and Instagram [{META}]",
    reply_to_req=req_thread(META),
    body=f"""
Hi,

Thanks for contacting us about {META}. We've reviewed all of the content
identified in your report and removed it from Facebook and Instagram for
violating our Community Standards.

Meta Content Restrictions Team
""",
    outcome="review",
    review="bulk",
    imitates="Meta blanket outcome reply covering a whole report",
    why="One statement for a five-item request without naming any item: bulk, all pending.",
    items={},
)

case(
    name="tiktok-bulk-all-restricted",
    date="Sun, 08 Sep 2024 09:09:09 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject=f"RE: {TT} - Government removal request",
    reply_to_req=req_thread(TT),
    body="""
Dear Sir or Madam,

All of the videos and accounts listed in your request have been restricted in
South Korea in accordance with local law.

Kind regards,
TikTok Legal Team
""",
    outcome="review",
    review="bulk",
    imitates="TikTok legal blanket 'all listed content restricted' reply",
    why="Three-item request, statement covers 'all of the videos and accounts' without naming them: bulk.",
    items={},
)

case(
    name="x-forged-auth-fail",
    date="Thu, 05 Sep 2024 15:15:15 +0000",
    **{"from": "legal-noreply@x.com"},
    auth="fail",
    name_from="X Legal",
    subject=f"Re: [{X}] Request for removal of illegal content",
    body=f"""
Hello,

The following posts have been removed:

{x1}
{x2}
{x3}

X Legal
""",
    outcome="review",
    review="untrusted",
    imitates="Outcome email claiming to be X Legal that fails DKIM/SPF/DMARC",
    why="From x.com but authentication fails: untrusted, nothing applied.",
    items={x1: "pending", x2: "pending", x3: "pending"},
)

case(
    name="unknown-sender-vendor-youtube",
    date="Fri, 06 Sep 2024 10:00:00 +0000",
    **{"from": "takedowns@clearpath-compliance.example"},
    name_from="ClearPath Compliance",
    subject=f"Takedown confirmation - {YT}",
    body=f"""
Dear KCSC,

We act as an enforcement vendor and monitor the content you reported to
YouTube. We can confirm that the following videos have been removed:

{y1}
{y2}

Please contact us if you need further assistance.

ClearPath Compliance - Online Enforcement Desk
""",
    outcome="review",
    review="unknown_sender",
    imitates="Third-party brand-protection vendor 'takedown confirmation' email",
    why="Sender is not a domain of any platform: unknown_sender; statements about YouTube items are not applied.",
    items={y1: "pending", y2: "pending"},
)

case(
    name="youtube-about-tiktok-link",
    date="Mon, 09 Sep 2024 07:07:00 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: Request for removal of illegal content",
    body=f"""
Hello,

The URL in your message, {t1}, is not hosted on YouTube or any other Google
service, and we are unable to locate it on our systems. Please send your
request to the service that hosts this content.

Regards,
The YouTube Legal Support Team
""",
    outcome="review",
    review="wrong_platform",
    imitates="YouTube legal-support reply to a link hosted elsewhere",
    why="A Google sender states 'unable to locate' about a TikTok item: wrong_platform, the TikTok item stays pending.",
    items={t1: "pending"},
)

case(
    name="discord-asks-more",
    date="Tue, 10 Sep 2024 03:14:00 +0000",
    **{"from": "gov-requests@discord.com"},
    name_from="Discord Government Requests",
    subject=f"Re: [{DC}] Request for removal of illegal content",
    reply_to_req=req_thread(DC),
    body="""
Hello,

Thank you for your request. Before we can act on it we need more information:

  1. message links (right-click a message > Copy Message Link) for the
     specific content you consider unlawful, rather than an invite link; and
  2. the legal provision the content is alleged to violate.

Please reply to this email with the details above.

Discord Government Requests
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Discord government-requests reply asking for message links and legal basis",
    why="Asks for more information about a request and states nothing: asks_more.",
    items={},
)

case(
    name="pinterest-no-claims",
    date="Wed, 11 Sep 2024 22:05:00 +0000",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    subject="Your message to Pinterest",
    body="""
Hi there,

Thanks for reaching out to Pinterest. This address handles legal process
only. Reports of content that may break Korean law are reviewed fastest when
they are submitted through our online form, which lets you attach the Pin
links and the legal basis directly:

https://help.pinterest.com/en/contact

Pinterest Legal
""",
    outcome="review",
    review="no_claims",
    imitates="Pinterest legal mailbox reply redirecting to the online form",
    why="Trusted Pinterest mail naming no item and referencing no request: no_claims.",
    items={},
)

case(
    name="reddit-conditional",
    date="Mon, 09 Sep 2024 12:00:00 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject=f"Re: [{RD}] Request for removal of illegal content",
    reply_to_req=req_thread(RD),
    body=f"""
Hello,

Thank you for your request regarding {r1}.

Reddit reviews government requests against our Content Policy and applicable
law. If we determine that this post is unlawful in Korea, we will restrict
access to it from Korea. We will let you know the outcome.

Reddit Legal
""",
    outcome="review",
    review="not_understood",
    imitates="Reddit legal conditional interim reply",
    why="A condition and a promise about a named post: no statement, the post stays pending.",
    items={r1: "pending"},
)

case(
    name="tiktok-appropriate-action",
    date="Tue, 10 Sep 2024 05:25:00 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject=f"RE: {TT} - Government removal request",
    reply_to_req=req_thread(TT),
    body=f"""
Dear Sir or Madam,

Thank you for your report about
{t1} and
{t2}.

We have looked into the matter and have taken appropriate action where
needed in line with our Community Guidelines. For privacy reasons we are not
able to share details of any action taken.

Kind regards,
TikTok Legal Team
""",
    outcome="review",
    review="not_understood",
    imitates="TikTok legal reply in the common 'appropriate action where needed, details not shared' style",
    why="'appropriate action where needed' and 'any action taken' say nothing about either named video: not_understood.",
    items={t1: "pending", t2: "pending"},
)

# ============ ignored

case(
    name="x-staff-out-of-office",
    date="Mon, 02 Sep 2024 01:05:00 +0000",
    **{"from": "k.ahn@x.com"},
    name_from="Kevin Ahn",
    subject=f"Automatic reply: [{X}] Request for removal of illegal content",
    reply_to_req=req_thread(X),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Thursday 5 September
with limited access to email. For urgent legal requests please write to
legal-kr@x.com.

Kevin
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="Out-of-office auto-reply: ignored.",
    items={},
)

DSN_ORIG = request_text(TT, TS, "TikTok")
case(
    name="dsn-tiktok-mailbox-full",
    date="Thu, 05 Sep 2024 05:00:30 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    auth="none",
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn166bnd"

--dsn166bnd
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@tiktok.com>: host mx.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-kr-old@tiktok.com>: Recipient address rejected: User unknown

--dsn166bnd
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 5 Sep 2024 14:00:02 +0900

Final-Recipient: rfc822; legal-kr-old@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr-old@tiktok.com>: Recipient address rejected: User unknown

--dsn166bnd
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@tiktok.com
Subject: [{TT}] Request for removal of illegal content
Date: Thu, 5 Sep 2024 14:00:00 +0900
Message-ID: <req-240905-04@kcsc.example>
Content-Type: text/plain; charset=utf-8

{DSN_ORIG}

--dsn166bnd--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (5.1.1 user unknown) with the request attached",
    why="A bounce carrying our own request: ignored, the URLs in the returned message say nothing.",
    items={},
)

case(
    name="reddit-read-receipt",
    date="Fri, 06 Sep 2024 02:30:00 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject=f"Read: [{RD}] Request for removal of illegal content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn166bnd"

--mdn166bnd
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: [{RD}] Request for removal of illegal content
  Sent: Friday, September 6, 2024 10:15 AM (KST)

was read on Friday, September 6, 2024 11:29 AM (KST).

--mdn166bnd
Content-Type: message/disposition-notification

Reporting-UA: reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; legal@reddit.com
Original-Message-ID: <req-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn166bnd--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN, disposition-notification)",
    why="Read receipt: ignored.",
    items={},
)

case(
    name="twitch-ticket-receipt",
    date="Tue, 10 Sep 2024 04:01:12 +0000",
    **{"from": "support@twitch.tv"},
    name_from="Twitch Support",
    subject=f"[Request received] Re: [{TW}] Request for removal of illegal content",
    reply_to_req=req_thread(TW),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Your request (#41187723) has been received and is being reviewed by our
support staff. To add additional comments, reply to this email.

This email is a service from Twitch Support.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from a platform support desk",
    why="Pure acknowledgement with a ticket number, no statement: ignored.",
    items={},
)

case(
    name="yt-legal-ack",
    date="Tue, 03 Sep 2024 02:10:45 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject=f"[6-8812000031977] {YT} Legal removal request",
    reply_to_req=req_thread(YT),
    body="""
Hello,

Thank you for contacting YouTube. This is to confirm that we have received
your legal removal request. Your case ID is 6-8812000031977; please keep it
in the subject line of any further correspondence.

Regards,
The YouTube Legal Support Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal-removals case-ID acknowledgement",
    why="Receipt with a case ID and nothing about items: ignored.",
    items={},
)

case(
    name="snapchat-noreply-autoreply",
    date="Wed, 11 Sep 2024 09:00:00 +0000",
    **{"from": "no-reply@snap.com"},
    name_from="Snap Inc.",
    subject="Re: Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

This mailbox is not monitored and this is an automated response. Government
agencies can submit content removal requests through our online portal at
https://support.snapchat.com/en-US/i-need-help. Messages sent to this address
are not reviewed.

Snap Inc.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Snapchat unmonitored-mailbox automated response",
    why="Automated response from an unmonitored mailbox: ignored.",
    items={},
)

case(
    name="discord-zendesk-receipt",
    date="Mon, 09 Sep 2024 07:02:00 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    subject=f"[Discord] Re: [{DC}] Request for removal of illegal content",
    reply_to_req=req_thread(DC),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

We've received your message and created ticket #38811204. A member of our
team will get back to you as soon as possible; you don't need to do anything
else for now.

Discord Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Discord support-desk ticket creation receipt",
    why="Ticket receipt naming no item and stating nothing: ignored.",
    items={},
)

case(
    name="telegram-dsa-receipt",
    date="Tue, 10 Sep 2024 11:45:00 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    subject="We received your report",
    body="""
Hello,

Thank you for your report. It has been received and forwarded to our
moderators. Due to the high number of reports, we are not able to reply to
every message individually.

Case #5510293

Telegram Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Telegram DSA mailbox automatic receipt with a case number",
    why="Pure acknowledgement with a case number: ignored.",
    items={},
)

HEADER = """# Blind set 166: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch; Telegram, Snapchat and Pinterest mail that
# changes nothing). Written by python3 tests/corpus/blind166/make.py from the
# meaning of each email, before any run of the reader. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind166", HEADER, C)


if __name__ == "__main__":
    main()
