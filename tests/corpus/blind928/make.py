#!/usr/bin/env python3
"""Blind set 928: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus a Snapchat auto-reply).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic:

    python3 tests/corpus/blind928/make.py

Every email is fictional and written in our own sentences; expected results
come from each email's meaning alone, written before any run of the reader.
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

corpuslib.DOMAIN_NAMES.update({
    "facebookmail.com": "Meta",
    "instagram.com": "Instagram",
    "meta.com": "Meta",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
    "snapchat.com": "Snapchat",
})

# ---------------------------------------------------------------- requests
KO = "https://www.youtube.com/@%ED%86%A0%ED%86%A0%EB%B6%84%EC%84%9D"
KO_RAW = "https://www.youtube.com/@토토분석"

X = [
    "https://x.com/hanbit_casino77/status/1829990000000000101",   # 0
    "https://x.com/hanbit_casino77/status/1829990000000000102",   # 1
    "https://x.com/slotking_kr/status/1830100000000000213",       # 2
    "https://x.com/slotking_kr/status/1830100000000000214",       # 3
    "https://x.com/toto_daily_pick/status/1830222000000000305",   # 4
    "https://x.com/toto_daily_pick/status/1830222000000000306",   # 5
    "https://x.com/night_pharm_kr/status/1830333000000000407",    # 6
    "https://x.com/blue_pill_shop/status/1830444000000000508",    # 7
    "https://x.com/blue_pill_shop/status/1830444000000000509",    # 8
    "https://x.com/goldenbet_vip",                                # 9
    "https://x.com/ice_delivery_seoul/status/1830555000000000611",  # 10
    "https://x.com/ice_delivery_seoul/status/1830555000000000612",  # 11
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8pLx2A",
    "https://www.youtube.com/watch?v=Zr7nK1wYb4E",
    "https://www.youtube.com/shorts/Hd9sPq2LmX0",
    KO,
]
META = [
    "https://www.facebook.com/groups/seoulnightbets/posts/7712034455661",
    "https://www.facebook.com/permalink.php?story_fbid=pfbid0ZkR7aQx&id=100087650011223",
    "https://www.instagram.com/p/C9xLm2RtQw1/",
    "https://www.instagram.com/reel/C9yTn5UvBc8/",
    "https://www.instagram.com/pill_express_kr/",
]
TT = [
    "https://www.tiktok.com/@sora_bet_tips/video/7409112233445566778",
    "https://www.tiktok.com/@sora_bet_tips/video/7409112233445566779",
    "https://www.tiktok.com/@deal_pharma01/video/7409998877665544332",
]
RD = [
    "https://www.reddit.com/r/koreabets/comments/1f3xk2q/free_picks_daily/",
    "https://www.reddit.com/r/koreabets/comments/1f4ab7z/vip_group_join/",
]
DC = ["https://discord.gg/hanbitvip"]
TW = [
    "https://www.twitch.tv/roulette_live_kr",
    "https://www.twitch.tv/videos/2251234567",
]

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", "req-240903-01@kcsc.example", X),
    ("KCSC-240905-02", "youtube", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal_gambling", "req-240905-02@kcsc.example", YT),
    ("KCSC-240906-03", "meta", "2024-09-06T09:15:00+09:00", "2024-09-13T18:00:00+09:00",
     "drugs", "req-240906-03@kcsc.example", META),
    ("KCSC-240910-04", "tiktok", "2024-09-10T11:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "illegal_gambling", "req-240910-04@kcsc.example", TT),
    ("KCSC-240911-05", "reddit", "2024-09-11T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "illegal_gambling", "req-240911-05@kcsc.example", RD),
    ("KCSC-240912-06", "discord", "2024-09-12T16:40:00+09:00", "2024-09-20T18:00:00+09:00",
     "illegal_gambling", "req-240912-06@kcsc.example", DC),
    ("KCSC-240913-07", "twitch", "2024-09-13T09:00:00+09:00", "2024-09-23T18:00:00+09:00",
     "illegal_gambling", "req-240913-07@kcsc.example", TW),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, urls in REQUESTS:
        for i, u in enumerate(urls, 1):
            w.writerow([ref, plat, sent, due, u, cat, mid, f"item {i} of {len(urls)}"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp_plain(text):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64(data):
    return base64.encodebytes(data.encode("utf-8")).decode("ascii")


def b64_html(html):
    return ("Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(html))


def multipart(kind, boundary, parts):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def text_part(text):
    return ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + text.strip("\n") + "\n")


QUOTED_X_REQUEST = "\n".join(
    ["Dear X Legal team,", "",
     "Under Article 44-7 of the Information and Communications Network Act, the",
     "Korea Communications Standards Commission asks you to remove or block the",
     "following content (our reference KCSC-240903-01):", ""]
    + [f"{i}. {u}" for i, u in enumerate(X, 1)]
    + ["", "Please let us know the action taken for each item by 10 September 2024.", "",
       "KCSC Takedown Desk"])

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== applied ==========================================================
case(
    name="x-legal-withheld-kr-bullets", outcome="applied", classification="confirmation",
    imitates="X legal team reply to a government removal request (Country Withheld Content outcome)",
    why="three posts named one per bullet as withheld in South Korea; the rest only said to be under review",
    frm="noreply-legal@x.com", name_from="X Legal", date="Wed, 04 Sep 2024 07:12:45 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content under Korean law - Case 0194472",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your correspondence regarding case 0194472.

We have reviewed the reported content against the X Rules and applicable
local law. The following posts have been withheld in South Korea in
response to your legal demand:

- {X[0]}
- {X[1]}
- {X[2]}

People in South Korea who try to open these posts will see a notice that
they have been withheld in that country; they remain visible elsewhere.

The remaining items in your request are still being reviewed and we will
follow up separately.

Where we are permitted to do so, we notify the affected account holders.
More about country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-rules-removed-suspended-withheld", outcome="applied", classification="confirmation",
    imitates="X legal/safety outcome mixing X Rules removals, an account suspension and a country withhold",
    why="two posts removed, one account permanently suspended (unavailable everywhere), one post withheld in Korea",
    frm="noreply-legal@x.com", name_from="X Legal", date="Fri, 06 Sep 2024 02:40:11 +0000",
    subject="Case 0194472 - update on your request KCSC-240903-01",
    body=f"""
Hello,

We are writing with an update on case 0194472.

Following our review, we found that the posts below broke our Illegal or
certain regulated goods or services policy, and they have been removed from
X:

{X[4]}
{X[5]}

The account {X[9]} has been permanently suspended for
repeated violations of the same policy.

We did not find a violation of the X Rules in the post at
{X[6]}, but based on the local law cited in your
request we have withheld it in South Korea.

Thank you,
X Legal
""",
    items={X[4]: "removed", X[5]: "removed", X[9]: "removed", X[6]: "restricted"},
)

case(
    name="x-no-action-two-posts", outcome="applied", classification="confirmation",
    imitates="X legal reply declining a removal request (no violation, insufficient legal basis)",
    why="X names both posts and refuses to act, giving its reason: rejected",
    frm="noreply-legal@x.com", name_from="X Legal", date="Mon, 09 Sep 2024 09:05:37 +0000",
    subject="Re: [KCSC-240903-01] Case 0194472",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have carefully reviewed the following posts identified in your request:

  {X[7]}
  {X[8]}

These posts do not violate the X Rules, and the information provided is not
sufficient for us to conclude that they are unlawful in Korea. We are
therefore declining to take action on them.

If you have a court order or additional legal analysis, you may submit it
through our legal request portal and we will take another look.

X Legal
""",
    items={X[7]: "rejected", X[8]: "rejected"},
)

case(
    name="x-post-missing-and-author-deleted", outcome="applied", classification="confirmation",
    imitates="X legal reply reporting content that could not be located / was deleted by its owner",
    why="one post cannot be located, the other deleted by the account holder: both not_found",
    frm="noreply-legal@x.com", name_from="X Legal", date="Tue, 10 Sep 2024 04:22:09 +0000",
    subject="Case 0194472 - items we could not action",
    body=f"""
Hi,

Two of the posts listed in your request KCSC-240903-01 could not be
actioned:

* {X[10]} could not be located; the link
  returns "This post doesn't exist".
* {X[11]} was deleted by the account holder
  before our review.

The rest of your request remains with our team.

Best,
X Legal
""",
    items={X[10]: "not_found", X[11]: "not_found"},
)

X_TABLE_ROWS = [(X[2], "Withheld in KR"), (X[3], "Removed (X Rules violation)"),
                (X[4], "Withheld in KR"), (X[5], "No action - no violation found")]
case(
    name="x-html-outcome-table", outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as an HTML table of reported URLs and actions",
    why="table rows: two withheld in KR, one removed, one no action (rejected)",
    frm="noreply-legal@x.com", name_from="X Legal", date="Wed, 11 Sep 2024 08:30:00 +0000",
    subject="Case 0194472 (KCSC-240903-01): outcome",
    type="html",
    body="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below the outcome of our review of case 0194472.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th></tr>
""" + "\n".join(f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td></tr>' for u, a in X_TABLE_ROWS) + """
</table>
<p>Content withheld in KR is not visible to people in South Korea but remains available in other countries.</p>
<p>Regards,<br>X Legal</p>
<p style="color:#888;font-size:11px">X Corp. &middot; 865 FM 1209, Bastrop, TX &middot; <a href="https://help.x.com/en/forms/legal">Legal request forms</a></p>
</body></html>""",
    items={X[2]: "restricted", X[3]: "removed", X[4]: "restricted", X[5]: "rejected"},
)

CSV_ROWS = [("reported_url", "action", "scope", "notes"),
            (X[6], "Withheld", "KR", ""),
            (X[7], "Removed", "Global", "Illegal or regulated goods policy"),
            (X[8], "Removed", "Global", "Illegal or regulated goods policy"),
            (X[10], "Not found", "", "URL does not resolve to a post"),
            (X[11], "Withheld", "KR", "")]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(CSV_ROWS)
case(
    name="x-csv-attachment-outcomes", outcome="applied", classification="confirmation",
    imitates="X legal outcome with a CSV report attached (base64), body only pointing to it",
    why="attached CSV: two withheld in KR, two removed globally, one not found",
    frm="noreply-legal@x.com", name_from="X Legal", date="Thu, 12 Sep 2024 06:48:19 +0000",
    subject="Case 0194472 - outcome report attached",
    reply_to_req="req-240903-01",
    raw_mime=multipart("mixed", "==x0194472mix", [
        text_part("""
Hello,

Please find attached the outcome report for case 0194472 (your reference
KCSC-240903-01). Each row lists a reported URL and the action we took.

X Legal
"""),
        'Content-Type: text/csv; charset=utf-8; name="case_0194472_outcome.csv"\n'
        'Content-Disposition: attachment; filename="case_0194472_outcome.csv"\n'
        "Content-Transfer-Encoding: base64\n\n" + b64(_buf.getvalue()),
    ]),
    items={X[6]: "restricted", X[7]: "removed", X[8]: "removed", X[10]: "not_found", X[11]: "restricted"},
)

case(
    name="x-top-posted-over-outlook-quote", outcome="applied", classification="confirmation",
    imitates="X legal agent's short top-posted reply over an Outlook-quoted request listing all twelve URLs",
    why="only the two posts in the reply above the quote are withheld; the quoted request list states nothing",
    frm="legal-ops@x.com", name_from="Dana Whitfield (X Legal)", date="Fri, 13 Sep 2024 10:02:55 +0000",
    subject="RE: [KCSC-240903-01] Request to remove content under Korean law",
    reply_to_req="req-240903-01",
    body=f"""
Hi team,

Update on your request: we have withheld the two posts below in Korea today.

{X[7]}
{X[8]}

The other items are still with our legal reviewers.

Kind regards,
Dana Whitfield
Legal Operations, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30 AM
To: X Legal <legal@x.com>
Subject: [KCSC-240903-01] Request to remove content under Korean law

{QUOTED_X_REQUEST}
""",
    items={X[7]: "restricted", X[8]: "restricted"},
)

case(
    name="x-bilingual-wrapped-and-particles", outcome="applied", classification="confirmation",
    imitates="X Korea legal contact writing in English with a Korean summary (angle-bracketed wrapped URL, particles)",
    why="one post removed, one withheld in Korea; the Korean summary repeats the same two results",
    frm="kr-legal@x.com", name_from="X Korea Legal", date="Mon, 16 Sep 2024 01:15:40 +0000",
    subject="[KCSC-240903-01] result / 처리 결과 안내",
    body=f"""
Hello KCSC team,

Please see below the result for two items of request KCSC-240903-01.

* <{X[3]}> - removed (violation of the X Rules)
* <https://x.com/ice_delivery_seoul/status/
  1830555000000000611> - withheld in Korea

[국문 요약]
{X[3]}는 X 규칙 위반으로 삭제되었습니다.
（{X[10]}）은 국내 접속 차단 조치하였습니다.

Thank you,
X Korea Legal
""",
    items={X[3]: "removed", X[10]: "restricted"},
)

case(
    name="yt-removed-and-blocked-url-below", outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome email (removed globally / blocked in country), URL under its heading",
    why="one video removed globally, one blocked from view in South Korea",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 11:20:03 +0000",
    subject="Re: KCSC-240905-02 [7-3812000029471] Legal removal request",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Thanks for reaching out to us.

We have reviewed your request and, after careful consideration, have taken
the following actions:

Removed globally for violating YouTube's Community Guidelines:
{YT[0]}

Blocked from view in South Korea based on local law:
{YT[1]}

The uploader of removed content may appeal our decision. To learn more,
see https://support.google.com/youtube/answer/185111

Regards,
The YouTube Legal Team
""",
    items={YT[0]: "removed", YT[1]: "restricted"},
)

case(
    name="yt-age-restricted-channel-declined", outcome="applied", classification="confirmation",
    imitates="YouTube legal/trust-and-safety reply: age restriction on one item, no action on a channel",
    why="the Short is age-restricted (restricted); the channel, written with a raw Korean handle, is declined (rejected)",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 05:44:27 +0000",
    subject="Re: KCSC-240905-02 [7-3812000029471]",
    reply_to_req="req-240905-02",
    body=f"""
Hi there,

We reviewed the Short at {YT[2]} and applied an age restriction
to it; it can no longer be watched by signed-out viewers or by users under 18.

Regarding the channel {KO_RAW}, we did not find content that
violates our policies or local law, so we are not taking action on the
channel.

Best regards,
The YouTube Legal Team
""",
    items={YT[2]: "restricted", YT[3]: "rejected"},
)

case(
    name="yt-qp-removed-and-uploader-deleted", outcome="applied", classification="confirmation",
    imitates="YouTube support reply in quoted-printable (soft-wrapped long lines, curly quotes)",
    why="one video removed by YouTube; the other was removed by its uploader before review: not_found",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 13:09:51 +0000",
    subject="Your request KCSC-240905-02 [7-3812000029471]",
    raw_mime=qp_plain(f"""
Hi there,

Thank you for your patience while we looked into this. The video {YT[0]} has been removed for violating YouTube’s policy on illegal or regulated goods and services.

The link {YT[1]} no longer leads to a video: the uploader deleted it before our review, so there was nothing left for us to act on.

If you have further concerns, reply to this email and include the reference number in the subject line.

Sincerely,
The YouTube Team
"""),
    items={YT[0]: "removed", YT[1]: "not_found"},
)

case(
    name="yt-content-action-field-blocks", outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome as Content:/Action taken: blocks, channel URL percent-encoded",
    why="four blocks: blocked in KR, removed, no action with reason, channel terminated",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 08:00:12 +0000",
    subject="Outcome of legal request KCSC-240905-02",
    body=f"""
Hello,

This is the outcome of our review of your legal request KCSC-240905-02.

Content: {YT[0]}
Action taken: Blocked in KR (local law)

Content: {YT[1]}
Action taken: Removed (Community Guidelines)

Content: {YT[2]}
Action taken: No action
Reason: We did not find a violation of local law or of our policies.

Content: {KO}
Action taken: Channel terminated

Regards,
YouTube Legal Support
""",
    items={YT[0]: "restricted", YT[1]: "removed", YT[2]: "rejected", YT[3]: "removed"},
)

case(
    name="meta-legal-restricted-in-korea", outcome="applied", classification="confirmation",
    imitates="Meta legal-removal outcome: content restricted in the reporting country based on local law",
    why="a Facebook group post and an Instagram post both restricted in South Korea",
    frm="legal-noreply@facebookmail.com", name_from="Meta", date="Mon, 09 Sep 2024 15:33:48 +0000",
    subject="Your report KCSC-240906-03 (Report ID 1187345200931)",
    body=f"""
Hi,

Thank you for your report. We've reviewed the content you reported as
violating local law in South Korea.

Based on our review, we have restricted access to the following content in
South Korea:

• {META[0]}
• {META[2]}

This content remains available outside South Korea. The people who posted
it have been told that access was restricted in your country.

Thanks,
The Meta Legal Team
""",
    items={META[0]: "restricted", META[2]: "restricted"},
)

case(
    name="meta-ig-reel-removed-account-disabled", outcome="applied", classification="confirmation",
    imitates="Instagram report outcome (content removed for Community Guidelines, account disabled)",
    why="the reel was removed and the account disabled: both removed",
    frm="no-reply@instagram.com", name_from="Instagram", date="Tue, 10 Sep 2024 22:05:19 +0000",
    subject="Update on your report (KCSC-240906-03)",
    body=f"""
Hi KCSC,

Thanks for taking the time to report this. We removed the reel
{META[3]} because it goes against our Community
Guidelines on the sale of drugs.

We also disabled the account {META[4]} , which was
set up to sell the same products.

Your report helps keep Instagram safe.

The Instagram Team
""",
    items={META[3]: "removed", META[4]: "removed"},
)

case(
    name="meta-dsa-statements-of-reasons", outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons fields (decision, territorial scope, ground, redress) as Meta sends them",
    why="first decision removes the Facebook post worldwide; second disables access to the Instagram post in Korea only",
    frm="dsa-noreply@facebookmail.com", name_from="Meta", date="Wed, 11 Sep 2024 09:51:02 +0000",
    subject="Decisions on your notice KCSC-240906-03",
    body=f"""
Hello,

Below are our decisions on the content named in your notice.

Decision ID: SOR-4471-0092
Content: {META[1]}
Type of restriction: Removal of content
Territorial scope: Worldwide
Ground: Incompatible with our terms (Community Standards: Restricted Goods
and Services)
Automated means used: No

Decision ID: SOR-4471-0093
Content: {META[2]}
Type of restriction: Disabling of access
Territorial scope: Republic of Korea
Ground: Alleged illegal content - Article 44-7 of the Korean Information and
Communications Network Act
Automated means used: No

The person who posted the content can ask us to review these decisions, use
an out-of-court dispute settlement body, or go to court. Statements of
reasons are also published in the DSA Transparency Database.

Meta Platforms Ireland Ltd.
""",
    items={META[1]: "removed", META[2]: "restricted"},
)

case(
    name="meta-no-violation-and-owner-deleted", outcome="applied", classification="confirmation",
    imitates="Meta reply declining to act after policy and legal review, plus an account already deleted by its owner",
    why="group post kept up after review (rejected); Instagram account deleted by its owner before review (not_found)",
    frm="legal-noreply@facebookmail.com", name_from="Meta", date="Fri, 13 Sep 2024 12:17:36 +0000",
    subject="Re: KCSC-240906-03",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

We reviewed {META[0]} and found that
it doesn't go against our Community Standards. After a legal review we also
did not find grounds to restrict it under local law, so we are not taking
action on it.

The Instagram account {META[4]} had already been
deleted by its owner before we could review it.

Kind regards,
Meta Legal
""",
    items={META[0]: "rejected", META[4]: "not_found"},
)

case(
    name="tiktok-numbered-list-url-below", outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement/legal outcome with a numbered list, statement line above each URL",
    why="two videos removed, one reviewed and left up (rejected)",
    frm="legal-notice@tiktok.com", name_from="TikTok Trust & Safety", date="Thu, 12 Sep 2024 03:27:44 +0000",
    subject="Your request KCSC-240910-04 - outcome",
    body=f"""
Dear KCSC,

Thank you for your report (KCSC-240910-04). After review, we took the
following actions:

1. Removed for violating our Community Guidelines (gambling):
   {TT[0]}
2. Removed for violating our Community Guidelines (gambling):
   {TT[1]}
3. No violation found; the content remains available:
   {TT[2]}

Kind regards,
TikTok Trust & Safety
""",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "rejected"},
)

case(
    name="tiktok-base64-html-restricted-removed", outcome="applied", classification="confirmation",
    imitates="TikTok HTML notification (base64-encoded) about a local-law restriction and a policy removal",
    why="one video made unavailable in South Korea (restricted), the other removed from TikTok",
    frm="legal-notice@tiktok.com", name_from="TikTok", date="Fri, 13 Sep 2024 07:02:31 +0000",
    subject="Update on your report KCSC-240910-04",
    raw_mime=b64_html(f"""<!DOCTYPE html>
<html><body style="font-family:Arial,sans-serif">
<h3>Update on your report</h3>
<p>We have reviewed the content you reported under local law.</p>
<p>The video <a href="{TT[0]}">{TT[0]}</a> has been made unavailable to users in South Korea.</p>
<p>The video <a href="{TT[2]}">{TT[2]}</a> has been removed from TikTok for violating our policies on drugs and regulated goods.</p>
<p>Thank you for helping keep TikTok safe.</p>
<p style="font-size:11px;color:#999">TikTok Pte. Ltd. &middot; <a href="https://www.tiktok.com/legal/report">Report illegal content</a></p>
</body></html>
"""),
    items={TT[0]: "restricted", TT[2]: "removed"},
)

case(
    name="tiktok-echoed-report-fields", outcome="applied", classification="confirmation",
    imitates="TikTok illegal-content report receipt that echoes the submitted report fields with an outcome line",
    why="echoed report blocks each carry an Outcome: one restricted in the country, one deleted by its creator",
    frm="legal-notice@tiktok.com", name_from="TikTok", date="Mon, 16 Sep 2024 10:45:09 +0000",
    subject="Your illegal content report TT-LR-20240912-88213",
    body=f"""
Hello,

We've finished reviewing your report. A copy of what you submitted is
included below with our outcome for each item.

Report ID: TT-LR-20240912-88213
Your reference: KCSC-240910-04
Country: South Korea

Reported content: {TT[1]}
Legal basis given: Act on the Promotion of Information and Communications
Network Utilization, Article 44-7
Outcome: Content restricted in your country/region

Reported content: {TT[2]}
Legal basis given: Act on the Promotion of Information and Communications
Network Utilization, Article 44-7
Outcome: Content not found - the video was deleted by its creator

TikTok Trust & Safety
""",
    items={TT[1]: "restricted", TT[2]: "not_found"},
)

case(
    name="reddit-gmail-quoted-both-removed", outcome="applied", classification="confirmation",
    imitates="Reddit legal/safety reply top-posted over a Gmail-quoted request",
    why="both posts named in one sentence as removed; the quoted request below changes nothing",
    frm="legal@reddit.com", name_from="Reddit Legal", date="Fri, 13 Sep 2024 18:22:14 +0000",
    subject="Re: [KCSC-240911-05] Removal request - r/koreabets",
    reply_to_req="req-240911-05",
    body=f"""
Hi,

Thanks for flagging these. We've removed both posts,
{RD[0]} and
{RD[1]}, as they broke our rule
against facilitating illegal transactions. The subreddit is also under
closer watch by our Safety team.

Reddit Legal

On Wed, 11 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Reddit,
>
> Please remove the following posts, which advertise illegal gambling
> services to users in Korea (our reference KCSC-240911-05):
>
> {RD[0]}
> {RD[1]}
>
> KCSC Takedown Desk
""",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-admin-removed-author-deleted", outcome="applied", classification="confirmation",
    imitates="Reddit admin reply (Anti-Evil Operations removal; one post already deleted by its author), URLs in angle brackets",
    why="first post removed by Reddit, second already deleted by its author: not_found",
    frm="legal@reddit.com", name_from="Reddit Legal", date="Mon, 16 Sep 2024 16:03:58 +0000",
    subject="KCSC-240911-05",
    body=f"""
Hello,

The post at <{RD[0]}> has been
removed by Reddit's Anti-Evil Operations team for violating Reddit's
Content Policy.

The second link you sent,
<{RD[1]}>, points to a post its author
had already deleted; there was nothing left for us to action.

Best,
Reddit Legal
""",
    items={RD[0]: "removed", RD[1]: "not_found"},
)

case(
    name="discord-server-removed-invite-named", outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome (server removed)",
    why="the server behind the named invite was removed from Discord",
    frm="safety@discord.com", name_from="Discord Trust & Safety", date="Sat, 14 Sep 2024 02:10:44 +0000",
    subject="Re: [KCSC-240912-06] Illegal gambling server",
    reply_to_req="req-240912-06",
    body=f"""
Hi there,

Thanks for your report. After investigating, we've taken action: the server
reached through {DC[0]} has been removed from Discord and
the invite link no longer works.

We appreciate your help in keeping Discord safe.

Discord Trust & Safety
https://discord.com/safety
""",
    items={DC[0]: "removed"},
)

case(
    name="discord-sole-statement-no-url", outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome that names no URL, answering a one-item request",
    why="one-item request referenced by subject and thread; 'the server has been deleted' applies to its only item",
    frm="safety@discord.com", name_from="Discord Trust & Safety", date="Mon, 16 Sep 2024 20:31:06 +0000",
    subject="Re: [KCSC-240912-06] Illegal gambling server - ticket 2290451",
    reply_to_req="req-240912-06",
    body="""
Hi there,

Thanks for your report. We investigated the server you reported and found
that it violated our Community Guidelines. The server has been deleted and
the owner's account has been banned.

Discord Trust & Safety
""",
    items={DC[0]: "removed"},
)

case(
    name="twitch-bare-url-status-below", outcome="applied", classification="confirmation",
    imitates="Twitch legal outcome listing each bare URL with a Status: line below",
    why="channel indefinitely suspended (unavailable) and the VOD removed: both removed",
    frm="legal@twitch.tv", name_from="Twitch Legal", date="Mon, 16 Sep 2024 19:12:27 +0000",
    subject="Outcome of your request KCSC-240913-07",
    body=f"""
Hello,

Outcome of your request KCSC-240913-07:

{TW[0]}
Status: Channel suspended indefinitely

{TW[1]}
Status: VOD removed

Twitch Legal
""",
    items={TW[0]: "removed", TW[1]: "removed"},
)

case(
    name="twitch-vod-expired-channel-no-violation", outcome="applied", classification="confirmation",
    imitates="Twitch safety reply: VOD no longer exists (expired), channel reviewed with no violation",
    why="VOD could not be found (not_found); channel found compliant, no action (rejected)",
    frm="legal@twitch.tv", name_from="Twitch Legal", date="Wed, 18 Sep 2024 01:48:50 +0000",
    subject="Re: [KCSC-240913-07] roulette_live_kr",
    reply_to_req="req-240913-07",
    body=f"""
Hi,

The VOD at {TW[1]} could not be found; it expired
under our storage rules before our review.

We reviewed the channel {TW[0]} and found no violation of
our Community Guidelines or Terms of Service, so no enforcement action was
taken.

Regards,
Twitch Legal
""",
    items={TW[1]: "not_found", TW[0]: "rejected"},
)

# ===== review ===========================================================
case(
    name="x-promise-to-withhold", outcome="review", review="not_understood",
    imitates="X legal interim reply promising a country withhold after internal approval",
    why="'will be withheld once approval is completed' is a promise: nothing stated, items stay pending",
    frm="noreply-legal@x.com", name_from="X Legal", date="Thu, 05 Sep 2024 03:58:12 +0000",
    subject="Re: [KCSC-240903-01] Case 0194472",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Our legal team has completed an initial assessment of your request.

The post {X[6]} and the account
{X[9]} will be withheld in South Korea once our internal
approval is completed, which we expect within 48 hours. We will confirm by
email when this has been done.

X Legal
""",
    items={X[6]: "pending", X[9]: "pending"},
)

case(
    name="yt-under-review-hedged", outcome="review", review="not_understood",
    imitates="YouTube interim reply: request under review, with hedged first impressions",
    why="'appears to have been taken down' and 'may be eligible' are hedges; request still under review",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 06:14:33 +0000",
    subject="Re: KCSC-240905-02 [7-3812000029471]",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Your request is currently under review by our legal team.

From an initial look, the video {YT[1]} appears to have
already been taken down, and {YT[2]} may be eligible
for an age restriction. We will write to you again with a final decision.

Regards,
The YouTube Legal Team
""",
    items={YT[1]: "pending", YT[2]: "pending"},
)

case(
    name="meta-bulk-all-restricted", outcome="review", review="bulk",
    imitates="Meta legal outcome stating one action for everything reported, without naming items",
    why="'all of the content you reported' for a five-item request names no item: bulk",
    frm="legal-noreply@facebookmail.com", name_from="Meta", date="Thu, 12 Sep 2024 14:40:25 +0000",
    subject="Your report KCSC-240906-03 (Report ID 1187345200931)",
    reply_to_req="req-240906-03",
    body="""
Hi,

Thank you for your report. After reviewing it under local law, we have
restricted access in South Korea to all of the content you reported. The
content remains available in other countries.

Thanks,
The Meta Legal Team
""",
    items={u: "pending" for u in META},
)

case(
    name="tiktok-bulk-all-three-removed", outcome="review", review="bulk",
    imitates="TikTok short outcome email counting the reported videos instead of listing them",
    why="'all three videos in your report' does not name each video: bulk for a three-item request",
    frm="legal-notice@tiktok.com", name_from="TikTok", date="Wed, 18 Sep 2024 04:05:55 +0000",
    subject="Re: KCSC-240910-04",
    reply_to_req="req-240910-04",
    body="""
Hello,

Regarding your request KCSC-240910-04: all three videos in your report have
been removed for violating our Community Guidelines.

TikTok Trust & Safety
""",
    items={u: "pending" for u in TT},
)

case(
    name="x-domain-auth-fail", outcome="review", review="untrusted",
    imitates="X legal outcome email, but the message fails DKIM/SPF/DMARC for x.com",
    why="claims from x.com that fail authentication are not trusted",
    frm="legal@x.com", name_from="X Legal", date="Sun, 08 Sep 2024 11:11:11 +0000",
    subject="Case 0194472 - content removed", auth="fail",
    body=f"""
Hello,

The following posts from your request KCSC-240903-01 have been removed:

{X[0]}
{X[1]}

X Legal
""",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="meta-gmail-unknown-sender", outcome="review", review="unknown_sender",
    imitates="Instagram-branded 'legal team' reply sent from a free webmail address",
    why="statements about requested items from gmail.com, not a platform domain",
    frm="instagram.legal.desk@gmail.com", name_from="Instagram Legal Team",
    date="Tue, 10 Sep 2024 08:09:41 +0000",
    subject="Re: KCSC-240906-03 removal confirmation",
    body=f"""
Dear KCSC,

We confirm that the reel {META[3]} was removed and the
account {META[4]} has been disabled.

Instagram Legal Team
""",
    items={META[3]: "pending", META[4]: "pending"},
)

case(
    name="tiktok-lookalike-domain", outcome="review", review="unknown_sender",
    imitates="TikTok-styled outcome from a lookalike domain (not tiktok.com)",
    why="tiktok-legal-support.com is not a configured TikTok sender domain",
    frm="notice@tiktok-legal-support.com", name_from="TikTok Legal", date="Thu, 12 Sep 2024 23:50:03 +0000",
    subject="KCSC-240910-04 - action completed",
    body=f"""
Dear KCSC,

The following video has been removed from TikTok:
{TT[0]}

Regards,
TikTok Legal
""",
    items={TT[0]: "pending"},
)

case(
    name="yt-replies-about-x-urls", outcome="review", review="wrong_platform",
    imitates="YouTube legal reply to a misdirected request: the URLs are not YouTube content",
    why="YouTube states 'could not locate' for X's items; a platform cannot set statuses of another platform's items",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 09:30:20 +0000",
    subject="Re: KCSC-240903-01 [7-3809911203385]",
    body=f"""
Hello,

We received your legal request KCSC-240903-01. The URLs in it point to
x.com, not to YouTube, and we could not locate this content on our service:

{X[0]}
{X[1]}

Please contact the service that hosts this content directly.

Regards,
YouTube Legal Support
""",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="meta-asks-for-legal-basis", outcome="review", review="asks_more",
    classification="request_for_info",
    imitates="Meta legal reply asking for the court order / specific legal provision before acting",
    why="Meta asks for more documents about one named account; no status stated",
    frm="legal-noreply@facebookmail.com", name_from="Meta", date="Mon, 09 Sep 2024 03:25:37 +0000",
    subject="Re: KCSC-240906-03 - more information needed",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

To process your request regarding {META[4]}, we need
additional information:

1. a copy of the order or decision requiring this account to be removed, and
2. the specific provision of Korean law that the account's content violates.

Please reply to this email with the documents. We are unable to proceed with
this part of your request until we receive them.

Meta Legal
""",
    items={META[4]: "pending"},
)

case(
    name="twitch-portal-notice-no-items", outcome="review", review="no_claims",
    imitates="Twitch legal notice about its request portal, naming no item and no request",
    why="trusted Twitch mail that names no item and no request",
    frm="legal@twitch.tv", name_from="Twitch Legal", date="Tue, 17 Sep 2024 17:00:00 +0000",
    subject="Changes to how Twitch receives government requests",
    body="""
Hello,

We are writing to agencies that have contacted Twitch in the past year.
From 1 October 2024, government and regulator requests to remove content
must be submitted through our Law Enforcement Response Portal at
https://safety.twitch.tv/s/article/law-enforcement. Requests sent to this
mailbox after that date will receive an automatic reply pointing to the
portal.

Thank you for your cooperation.

Twitch Legal
""",
    items={},
)

case(
    name="tiktok-conditional-restriction", outcome="review", review="not_understood",
    imitates="TikTok notice-and-action interim reply: creator notified, action conditional on no counter-notice",
    why="restriction only if the creator does not respond within 7 days: a condition, the item stays pending",
    frm="legal-notice@tiktok.com", name_from="TikTok", date="Sat, 14 Sep 2024 05:36:18 +0000",
    subject="Re: KCSC-240910-04 - creator notified",
    reply_to_req="req-240910-04",
    body=f"""
Hello,

We have notified the creator of {TT[2]} about your
report. If they do not remove the video or send us a valid counter-notice
within 7 days, we will restrict it in South Korea.

TikTok Trust & Safety
""",
    items={TT[2]: "pending"},
)

# ===== ignored ==========================================================
case(
    name="x-out-of-office", outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' from an X legal staffer",
    why="out-of-office auto-reply",
    frm="jlim@x.com", name_from="Jae-won Lim", date="Tue, 03 Sep 2024 01:31:02 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request to remove content under Korean law",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal requests please use the X legal
request portal at https://legalrequests.x.com; your message will not be
forwarded.

Jae-won Lim
""",
    items={},
)

BOUNCED = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal@tiktok-eu.example",
    "Subject: [KCSC-240910-04] Request to remove content",
    "Date: Tue, 10 Sep 2024 11:00:00 +0900",
    "Message-ID: <req-240910-04@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Dear TikTok,",
    "",
    "Please remove the following videos (our reference KCSC-240910-04):",
    "",
] + TT + ["", "KCSC Takedown Desk"])
case(
    name="dsn-bounce-tiktok-request", outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning a copy of the request",
    why="a bounce: the returned request text states nothing",
    frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 02:03:10 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report; report-type=delivery-status", "B0D7A41C2.1725933790/mx.kcsc.example", [
        text_part("""
This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal@tiktok-eu.example>: host mx.tiktok-eu.example[203.0.113.40] said:
    550 5.1.1 <legal@tiktok-eu.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""),
        """Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: B0D7A41C2
Arrival-Date: Tue, 10 Sep 2024 11:00:02 +0900 (KST)

Final-Recipient: rfc822; legal@tiktok-eu.example
Original-Recipient: rfc822;legal@tiktok-eu.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tiktok-eu.example
Diagnostic-Code: smtp; 550 5.1.1 <legal@tiktok-eu.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""",
        "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + BOUNCED,
    ]),
    items={},
)

case(
    name="meta-mdn-read-receipt", outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a Meta legal operations mailbox",
    why="a read receipt says nothing about items",
    frm="legal-ops@meta.com", name_from="Meta Legal Operations", date="Fri, 06 Sep 2024 01:02:03 +0000",
    subject="Read: [KCSC-240906-03] Request to remove content",
    reply_to_req="req-240906-03",
    raw_mime=multipart("report; report-type=disposition-notification", "mdn-240906-03-meta", [
        text_part("""
Your message

  To: legal-ops@meta.com
  Subject: [KCSC-240906-03] Request to remove content
  Sent: Friday, September 6, 2024 9:15:00 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 10:02:03 AM (UTC+09:00) Seoul.
"""),
        """Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-ops@meta.com
Original-Message-ID: <req-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""",
    ]),
    items={},
)

case(
    name="reddit-ticket-receipt", outcome="ignored", classification="acknowledgement",
    imitates="Reddit help-desk ticket receipt",
    why="pure acknowledgement with a ticket number",
    frm="noreply@reddit.com", name_from="Reddit Help", date="Wed, 11 Sep 2024 01:00:48 +0000",
    subject="[#4821177] We received your request: KCSC-240911-05",
    body="""
Hi,

Thanks for contacting Reddit. Your request has been received and a ticket
has been created (#4821177). Our team will review it and reply to this
thread; there is no need to send your request again.

Please do not reply to this message.

Reddit Help
""",
    items={},
)

case(
    name="discord-zendesk-receipt", outcome="ignored", classification="acknowledgement",
    imitates="Discord support (Zendesk-style) request receipt",
    why="receipt: request received and being looked at, nothing about any item",
    frm="noreply@discord.com", name_from="Discord", date="Thu, 12 Sep 2024 07:41:20 +0000",
    subject="[Discord] Re: [KCSC-240912-06] Illegal gambling server",
    reply_to_req="req-240912-06",
    body="""
##- Please type your reply above this line -##

Your request (2290451) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord Support
""",
    items={},
)

case(
    name="snapchat-unmonitored-autoreply", outcome="ignored", classification="auto_reply",
    imitates="Snap law-enforcement mailbox auto-reply pointing to its portal",
    why="automatic 'this inbox is not monitored' reply from a platform with no request here",
    frm="lawenforcement@snapchat.com", name_from="Snap Inc.", date="Fri, 13 Sep 2024 00:12:09 +0000",
    subject="Re: [KCSC-240913-07] Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thank you for contacting Snap Inc.

This is an automated reply. This inbox is not monitored. Government and law
enforcement requests must be submitted through the Snap Law Enforcement
Service Site at https://less.snapchat.com. Messages sent to this address are
not read.

Snap Inc. Law Enforcement Operations
""",
    items={},
)

HEADER = """# Blind set 928 (English notices from many platforms). Written by make.py
# from each email's meaning, before any run of the reader. Do not edit by
# hand: edit make.py and run it again."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, "blind928", HEADER, CASES)


if __name__ == "__main__":
    main()
