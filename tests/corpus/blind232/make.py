#!/usr/bin/env python3
"""Blind set 232: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Telegram, Snapchat, Pinterest).

    python3 tests/corpus/blind232/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: no clock,
no randomness. Every email is written in our own words, with fictional
accounts, ids and URLs; expected results come from each email's meaning,
written before any run of the reader.
"""
import base64
import csv
import email.quoprimime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "facebook.com": "Meta",
    "support.facebook.com": "Facebook",
    "facebookmail.com": "Facebook",
    "meta.com": "Meta",
    "instagram.com": "Instagram",
    "fb.com": "Meta",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
    "snapchat.com": "Snapchat",
    "pinterest.com": "Pinterest",
})

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/lucky_spin_kr/status/1836402291175530121",   # 0
    "https://x.com/lucky_spin_kr/status/1836417750082297856",   # 1
    "https://x.com/toto_jackpot77/status/1835990012774408233",  # 2
    "https://x.com/toto_jackpot77/status/1836050231409945117",  # 3
    "https://x.com/casino_seoul_vip",                           # 4 account
    "https://x.com/betmaster_kor/status/1836120034556612091",   # 5
    "https://x.com/betmaster_kor/status/1836121178893021184",   # 6
    "https://x.com/night_slots_24/status/1835871102336647470",  # 7
    "https://x.com/powerball_tips/status/1836233090457309312",  # 8
    "https://x.com/powerball_tips/status/1836235511829012480",  # 9
    "https://x.com/golden_dice_kr/status/1836301177265549313",  # 10
    "https://twitter.com/golden_dice_kr/status/1836305520091541504",  # 11
]
YT = [
    "https://www.youtube.com/watch?v=Qm4rT8vLx2E",
    "https://www.youtube.com/watch?v=bN7wZp1KcY0",
    "https://youtu.be/H3sJd9FqA6U",
    "https://www.youtube.com/shorts/Vt5nM2xRk8o",
]
META = [
    "https://www.facebook.com/groups/4471203398812001/posts/4475590112247733/",
    "https://www.instagram.com/p/C9xKq2hLm4T/",
    "https://www.facebook.com/profile.php?id=100089231774520",
]
TT = [
    "https://www.tiktok.com/@ice.delivery.kr/video/7415502234871149831",
    "https://www.tiktok.com/@ice.delivery.kr/video/7415938811020234002",
    "https://www.tiktok.com/@candy_store_seoul/video/7414877120094551297",
    "https://www.tiktok.com/@candy_store_seoul",
]
RD = [
    "https://www.reddit.com/r/koreanleaks_xx/comments/1fm3k9q/new_folder_sept/",
    "https://www.reddit.com/r/koreanleaks_xx/comments/1fn0d2w/",
]
TW = [
    "https://www.twitch.tv/slotking_live",
    "https://www.twitch.tv/videos/2258840193",
]
DC = ["https://discord.gg/nightmarket24"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id (no <>), note
    ("KCSC-240919-01", "x", "2024-09-19T01:10:00Z", "2024-09-26T14:59:59Z", X, "gambling",
     "req-240919-01@kcsc.example", "illegal online gambling promotion, 12 posts/accounts"),
    ("KCSC-240919-02", "youtube", "2024-09-19T01:25:00Z", "2024-09-26T14:59:59Z", YT, "drugs",
     "req-240919-02@kcsc.example", "drug sale videos"),
    ("KCSC-240920-03", "meta", "2024-09-20T02:00:00Z", "2024-09-27T14:59:59Z", META, "fraud",
     "req-240920-03@kcsc.example", "investment fraud group post, IG post, profile"),
    ("KCSC-240920-04", "tiktok", "2024-09-20T02:30:00Z", "2024-09-27T14:59:59Z", TT, "drugs",
     "req-240920-04@kcsc.example", "drug delivery videos and account"),
    ("KCSC-240923-05", "reddit", "2024-09-23T00:40:00Z", "2024-09-30T14:59:59Z", RD, "privacy",
     "req-240923-05@kcsc.example", "non-consensual images"),
    ("KCSC-240923-06", "twitch", "2024-09-23T01:00:00Z", "2024-09-30T14:59:59Z", TW, "gambling",
     "req-240923-06@kcsc.example", "slot streaming channel and VOD"),
    ("KCSC-240924-07", "discord", "2024-09-24T05:00:00Z", "2024-10-01T14:59:59Z", DC, "obscenity",
     "req-240924-07@kcsc.example", "server invite"),
]
REQ = {r[0]: r for r in REQUESTS}


def thread(ref):
    return REQ[ref][6].split("@")[0]


def quoted_request(ref, prefix="> "):
    """Our request as it would be quoted under a reply."""
    r = REQ[ref]
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the",
        "content below to be unlawful under Korean law and requests that it be",
        "removed or that access to it from Korea be blocked.",
        "",
        f"Reference: {ref}",
        f"Category: {r[5]}",
        "",
    ]
    for i, u in enumerate(r[4], 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please tell us the action taken for each item by " + r[3][:10] + ".",
              "", "KCSC Takedown Team"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def mp_alt(text, html, b="=_b232alt_0"):
    return (f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
            f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{html.strip()}\n\n--{b}--\n")


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# =========================================================== X (applied)
case(
    name="x-legal-withheld-numbered-list",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Mon, 23 Sep 2024 11:04:12 +0000",
    subject="Re: KCSC-240919-01 [Ref:0924-LR-118273] Removal request - Republic of Korea",
    reply_to_req=thread("KCSC-240919-01"),
    body=f"""
Hello,

Thank you for your report. We reviewed the content you identified under
the X Rules and the local law you cited. As a result, X has withheld the
following posts in the Republic of Korea:

1. {X[0]}
2. {X[1]}
3. {X[2]}
4. {X[3]}

The account holders have been notified of this action, as described in
our help article: https://help.x.com/en/rules-and-policies/post-withheld-by-country

The other items in your request are still being reviewed; we will write
again once we have reached a decision on them.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email ('withheld in country' notice, numbered list)",
    why="four posts named one per line under an unhedged 'has withheld ... in the Republic of Korea'; the rest only 'still being reviewed'",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
)

rows = [
    (X[0], "Withheld in KR"),
    (X[1], "Withheld in KR"),
    (X[2], "Removed - violation of the X Rules (illegal gambling)"),
    (X[3], "Removed - violation of the X Rules (illegal gambling)"),
    (X[4], "Account permanently suspended"),
    (X[5], "Withheld in KR"),
    (X[6], "No action - no violation of the X Rules or of the cited law found"),
    (X[7], "Not actioned - post no longer exists"),
    (X[8], "Withheld in KR"),
    (X[9], "Removed - violation of the X Rules"),
    (X[10], "Not actioned - unable to locate the content"),
    (X[11], "Withheld in KR"),
]
trs = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{a}</td></tr>'
    for i, (u, a) in enumerate(rows, 1))
case(
    name="x-html-table-all-twelve",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Wed, 25 Sep 2024 08:30:55 +0000",
    subject="Your legal request KCSC-240919-01 has been processed",
    reply_to_req=thread("KCSC-240919-01"), type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of legal request <b>KCSC-240919-01</b>
(X reference 0924-LR-118273). The action taken on each reported URL is listed below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action taken</th></tr>
{trs}
</table>
<p>&ldquo;Withheld in KR&rdquo; means the content is not visible to people in the Republic of Korea.
More information: <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">Country withheld content</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request processed notice with a per-URL HTML table",
    why="every item of the largest request has its own row and action; withheld=restricted, suspended=removed, no longer exists / unable to locate=not_found",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "removed",
           X[4]: "removed", X[5]: "restricted", X[6]: "rejected", X[7]: "not_found",
           X[8]: "restricted", X[9]: "removed", X[10]: "not_found", X[11]: "restricted"},
)

case(
    name="x-account-suspended",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Fri, 20 Sep 2024 17:12:40 +0000",
    subject="Re: KCSC-240919-01 - account @casino_seoul_vip",
    reply_to_req=thread("KCSC-240919-01"),
    body=f"""
Hi,

Regarding the account you reported, {X[4]} (@casino_seoul_vip):
this account has been permanently suspended for violating the X Rules on
illegal or certain regulated goods and services. Its posts and profile are
no longer visible on X.

The remaining URLs in your request will be answered separately.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'account suspended' outcome to a legal report",
    why="account named by URL and stated permanently suspended (not visible anywhere): removed",
    items={X[4]: "removed"},
)

case(
    name="x-bare-url-action-below",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Tue, 24 Sep 2024 06:48:03 +0000",
    subject="Update on your request KCSC-240919-01",
    reply_to_req=thread("KCSC-240919-01"),
    body=f"""
Hello,

Please find below our decision for two of the URLs in your request.

{X[5]}
Action: Withheld in: KR

{X[6]}
Action: None
Reason: We reviewed this post against the X Rules and the legal basis
provided and did not find it to be in violation. The post remains
available.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal response listing each URL with an 'Action:' line under it",
    why="status on the line below each bare URL: withheld in KR (restricted), no action with a reason (rejected)",
    items={X[5]: "restricted", X[6]: "rejected"},
)

case(
    name="x-top-posted-gmail-quote",
    frm="hwoo@x.com", name_from="Hana Woo",
    date="Thu, 26 Sep 2024 02:19:33 +0000",
    subject="Re: [KCSC-240919-01] Removal request - illegal gambling promotion",
    reply_to_req=thread("KCSC-240919-01"),
    body=f"""
Hi KCSC team,

Quick update on the two golden_dice_kr posts:

{X[11]} has been removed for violating our rules.
{X[10]} has been withheld in Korea.

Best,
Hana
X Global Government Affairs

On Thu, 19 Sep 2024 at 10:10, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240919-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="X staff top-posted reply over the quoted request (Gmail-style quote)",
    why="two items stated above the quote; the twelve URLs quoted with '>' below 'On ... wrote:' are not statements",
    items={X[11]: "removed", X[10]: "restricted"},
)

case(
    name="x-deleted-by-account-holder",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Mon, 23 Sep 2024 14:01:09 +0000",
    subject="Re: KCSC-240919-01 [Ref:0924-LR-118273]",
    reply_to_req=thread("KCSC-240919-01"),
    body=f"""
Hello,

{X[7]} - this post was deleted by the account holder before we completed
our review, so it is no longer available on X and no action by X was
needed.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply: content already deleted by its author",
    why="deleted by its author before review: not_found",
    items={X[7]: "not_found"},
)

csv_text = ("reported_url,action,scope,policy\r\n"
            f"{X[8]},withheld,KR,Local law (Republic of Korea)\r\n"
            f"{X[9]},removed,global,Illegal or certain regulated goods or services\r\n")
case(
    name="x-csv-attachment-two-rows",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Tue, 24 Sep 2024 09:15:27 +0000",
    subject="Re: KCSC-240919-01 results (attachment)",
    reply_to_req=thread("KCSC-240919-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b232mix_7"

--=_b232mix_7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

The outcome for the powerball_tips posts in your request is in the
attached CSV file.

X Legal

--=_b232mix_7
Content-Type: text/csv; charset=utf-8; name="0924-LR-118273_results.csv"
Content-Disposition: attachment; filename="0924-LR-118273_results.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_b232mix_7--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal results sent as a CSV attachment",
    why="CSV rows give an action per URL: withheld in KR (restricted), removed globally",
    items={X[8]: "restricted", X[9]: "removed"},
)

case(
    name="x-url-below-its-statement",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Sun, 22 Sep 2024 21:40:00 +0000",
    subject="Re: KCSC-240919-01 [Ref:0924-LR-118273] decision on toto_jackpot77",
    reply_to_req=thread("KCSC-240919-01"),
    body=f"""
Hello,

The following post has been withheld in South Korea:
{X[2]}

The following post was removed from X for violating our rules:
{X[3]}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome with the statement on the line above each URL",
    why="each statement ends with ':' and its URL follows on the next line",
    items={X[2]: "restricted", X[3]: "removed"},
)

case(
    name="x-korea-staff-korean-particles",
    frm="sjkim@x.com", name_from="Seojin Kim",
    date="Wed, 25 Sep 2024 05:33:18 +0000",
    subject="RE: KCSC-240919-01 powerball_tips 게시물 처리 결과",
    reply_to_req=thread("KCSC-240919-01"),
    body=f"""
Hello KCSC team,

Following your request KCSC-240919-01, we have withheld
{X[8]} in Korea, and
{X[9]} has been removed globally for breaking the X Rules.

요약드립니다:
- {X[8]}은 국내 접속 차단(Withheld in KR) 조치되었습니다.
- {X[9]}는 삭제되었습니다（전 세계）.

Thanks,
Seojin Kim | Public Policy, X Korea
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea public policy staff reply, English with a Korean summary",
    why="English and Korean lines agree: first post withheld in Korea (restricted), second removed; URLs followed by Korean particles and full-width brackets",
    items={X[8]: "restricted", X[9]: "removed"},
)

# =========================================================== YouTube (applied)
case(
    name="yt-legal-outcome-four-videos",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Tue, 24 Sep 2024 03:22:41 -0700",
    subject="[5-2391000038114] Re: KCSC-240919-02 Legal removal request",
    reply_to_req=thread("KCSC-240919-02"),
    body=f"""
Hello,

Thanks for reaching out to us.

We have reviewed the content you identified in your notice. Based on
local law, we have blocked the following videos from view in South Korea:

https://www.youtube.com/watch?v=Qm4rT8vLx2E
https://www.youtube.com/watch?v=bN7wZp1KcY0

The following video was removed from YouTube for violating our Community
Guidelines:

https://youtu.be/H3sJd9FqA6U

We have not taken action on https://www.youtube.com/shorts/Vt5nM2xRk8o.
After review, we found that it does not violate our policies and we were
not able to determine that it is unlawful in the country you identified.

For more information about how we handle legal requests, see
https://support.google.com/youtube/answer/6154218

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome ('blocked from view in country', CG removal, no action)",
    why="two videos blocked in KR (restricted), one removed, one refused with a reason (rejected); the support link is not an item",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed", YT[3]: "rejected"},
)

qp_text = f"""Hello,

Thanks for your patience. Following your report (KCSC-240919-02), the Short at {YT[3]} has been age-restricted. It is no longer visible to signed-out viewers or to viewers under 18, and it cannot be embedded on other websites.

You can read more about age-restricted content here: https://support.google.com/youtube/answer/2802167

Sincerely,
YouTube Trust & Safety
"""
case(
    name="yt-short-age-restricted-qp",
    frm="noreply-trustandsafety@youtube.com", name_from="YouTube Trust & Safety",
    date="Wed, 25 Sep 2024 18:02:11 -0700",
    subject="Update on the content you reported",
    reply_to_req=thread("KCSC-240919-02"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
             + email.quoprimime.body_encode(qp_text, maxlinelen=76),
    outcome="applied", classification="confirmation",
    imitates="YouTube report outcome: content age-restricted (quoted-printable, soft line breaks)",
    why="the Short is stated age-restricted: restricted",
    items={YT[3]: "restricted"},
)

case(
    name="yt-removed-and-uploader-deleted",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Mon, 23 Sep 2024 22:10:05 -0700",
    subject="[5-2391000038114] KCSC-240919-02",
    reply_to_req=thread("KCSC-240919-02"),
    body=f"""
Hello,

We wanted to give you an update on two of the videos in your notice.

- {YT[0]} : removed for violating our policy on harmful or dangerous
  content (sale of regulated drugs).
- {YT[2]} : this video is no longer available on YouTube because it was
  deleted by the uploader before we received your notice.

We'll follow up about the remaining URLs.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal update: one video removed, one deleted by its uploader",
    why="one removed, one deleted by the uploader (not_found); 'remaining URLs' are only a promise",
    items={YT[0]: "removed", YT[2]: "not_found"},
)

case(
    name="yt-top-posted-over-quote",
    frm="mjlee@google.com", name_from="Minji Lee",
    date="Fri, 27 Sep 2024 07:45:30 +0900",
    subject="Re: [KCSC-240919-02] Removal request - drug sale videos",
    reply_to_req=thread("KCSC-240919-02"),
    body=f"""
Hi,

Following our review, the two videos below have been removed from YouTube
for violating our Community Guidelines:

  - {YT[1]}
  - {YT[2]}

We're still looking at the other two and will come back to you shortly.

Minji
YouTube Government Affairs & Public Policy, Korea

On Thu, Sep 19, 2024 at 10:25 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240919-02")}
""",
    outcome="applied", classification="confirmation",
    imitates="Google staff top-posted Gmail reply over the quoted request",
    why="two bulleted videos removed above the quote; the other two appear only in the '>' quote and a promise",
    items={YT[1]: "removed", YT[2]: "removed"},
)

# =========================================================== Meta (applied)
case(
    name="meta-dsa-statement-of-reasons",
    frm="noreply@support.facebook.com",
    date="Thu, 26 Sep 2024 11:30:00 +0000",
    subject="Decision on your report (KCSC-240920-03) - Statement of reasons",
    reply_to_req=thread("KCSC-240920-03"),
    body=f"""
Statement of reasons

Decision reference: SOR-2024-09-KR-55810
Your reference: KCSC-240920-03

Content concerned:
{META[0]}

Decision: Access to the content restricted in the Republic of Korea
Type of restriction: visibility - geo-restriction
Ground: Illegal content (local law of the Republic of Korea)
Territorial scope: KR
Detection: notice from a government body
Automated decision: No

You can learn more about how we respond to reports of illegal content at
https://transparency.meta.com/enforcement/taking-action/
and about your options for redress at https://www.facebook.com/help/1754714834715016

Meta Platforms
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA-style statement of reasons (decision, territorial scope, grounds)",
    why="the decision field restricts access in KR for the one content URL: restricted; transparency/help links are not items",
    items={META[0]: "restricted"},
)

case(
    name="meta-instagram-removed-profile-kept",
    frm="no-reply@instagram.com", name_from="Instagram",
    date="Wed, 25 Sep 2024 16:05:44 +0000",
    subject="Update on your report KCSC-240920-03",
    reply_to_req=thread("KCSC-240920-03"),
    body=f"""
Hi,

Thanks for your report. We removed {META[1]} because it goes against our
Community Guidelines on fraud and scams.

We also reviewed the Facebook profile {META[2]}. We found that it doesn't
go against our Community Standards, so the profile will stay on Facebook.
If you think we got this wrong, you can send us more information.

Thanks,
Instagram Help Center
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram/Facebook report outcome: 'we removed ...' and 'doesn't go against our Community Standards'",
    why="post removed; profile stays because it breaks no rule (rejected); the invitation to send more is not a request for information",
    items={META[1]: "removed", META[2]: "rejected"},
)

case(
    name="meta-outlook-profile-disabled",
    frm="gkang@meta.com", name_from="Grace Kang",
    date="Fri, 27 Sep 2024 02:44:12 +0000",
    subject="RE: [KCSC-240920-03] Removal request - investment fraud",
    reply_to_req=thread("KCSC-240920-03"),
    body=f"""
Dear KCSC team,

We have disabled the account at {META[2]} for violating our Community
Standards on fraud, scams and deceptive practices. It is no longer
visible on Facebook.

Best regards,
Grace Kang
Public Policy Manager, Korea | Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 20, 2024 11:00 AM
To: records@meta.com
Subject: [KCSC-240920-03] Removal request - investment fraud

{quoted_request("KCSC-240920-03", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta policy staff Outlook reply with '-----Original Message-----' quote",
    why="one profile disabled above the Outlook quote; the three URLs in the unprefixed quoted request are not statements",
    items={META[2]: "removed"},
)

# =========================================================== TikTok (applied)
tt_html = f"""<html><body>
<p>Hello,</p>
<p>Thank you for your report (reference KCSC-240920-04). Our team has reviewed the content and taken the following actions:</p>
<ul>
<li><a href="{TT[0]}">{TT[0]}</a> &ndash; Removed for violating our Community Guidelines</li>
<li><a href="{TT[1]}">{TT[1]}</a> &ndash; Removed for violating our Community Guidelines</li>
<li><a href="{TT[2]}">{TT[2]}</a> &ndash; Restricted: not available in South Korea under local law</li>
<li><a href="{TT[3]}">{TT[3]}</a> &ndash; No violation found; the account remains active</li>
</ul>
<p>To learn more, visit our <a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a>.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
"""
case(
    name="tiktok-report-outcome-html-base64",
    frm="no-reply@tiktok.com", name_from="TikTok",
    date="Thu, 26 Sep 2024 09:12:00 +0000",
    subject="TikTok: result of your report",
    reply_to_req=thread("KCSC-240920-04"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(tt_html),
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome email (HTML bulleted list, base64 body)",
    why="each of the four URLs has its own action: removed, removed, restricted in KR, no violation (rejected)",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "restricted", TT[3]: "rejected"},
)

case(
    name="tiktok-angle-bracket-urls",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Wed, 25 Sep 2024 03:58:21 +0000",
    subject="Re: KCSC-240920-04",
    reply_to_req=thread("KCSC-240920-04"),
    body=f"""
Dear KCSC,

Result of our review (your ref. KCSC-240920-04):

<{TT[1]}>: video removed
<{TT[3]}>: account banned

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal desk terse reply with URLs in angle brackets",
    why="video removed; account banned = removed",
    items={TT[1]: "removed", TT[3]: "removed"},
)

case(
    name="tiktok-wrapped-angle-url",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Fri, 27 Sep 2024 01:20:09 +0000",
    subject="Re: KCSC-240920-04 - candy_store_seoul video",
    reply_to_req=thread("KCSC-240920-04"),
    body="""
Dear KCSC,

In response to your request, the video <https://www.tiktok.com/@candy_store_seoul/
video/7414877120094551297> is no longer available to users in South Korea,
in accordance with local law. It remains available in other regions.

Best regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply with a long URL wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="geo-restricted in South Korea; the URL is wrapped inside <...> across two lines",
    items={TT[2]: "restricted"},
)

case(
    name="tiktok-dsa-statement-removed",
    frm="no-reply@tiktok.com", name_from="TikTok",
    date="Tue, 24 Sep 2024 12:00:00 +0000",
    subject="Statement of reasons for action taken on reported content",
    reply_to_req=thread("KCSC-240920-04"),
    body=f"""
Hello,

We are writing to tell you about a decision we made on content you
reported.

Content location:
{TT[0]}

Decision: content removed from TikTok (all regions)
Reason: violation of our Community Guidelines - Regulated goods and
commercial activities (drugs, controlled substances)
How it was detected: user report
Decision made by: human moderator

If you disagree with this decision, you can appeal in the app.

TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons to a reporter",
    why="decision field says removed from all regions for the one URL under 'Content location:'",
    items={TT[0]: "removed"},
)

# =========================================================== Reddit (applied)
case(
    name="reddit-legal-removed-both",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Wed, 25 Sep 2024 19:41:00 +0000",
    subject="Re: KCSC-240923-05 Request to remove non-consensual images",
    reply_to_req=thread("KCSC-240923-05"),
    body=f"""
Hello,

Thank you for contacting Reddit. After reviewing your request, we have
removed the following content from Reddit:

* {RD[0]}
* {RD[1]}

Visitors to these pages now see a notice that the content was removed by
Reddit. The community where it was posted has also been banned.

Sincerely,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply: 'we have removed the following content' with a list",
    why="both requested posts listed under an unhedged removal statement; the banned community is not named by URL",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-zendesk-removed-and-author-deleted",
    frm="support@reddit.com", name_from="Reddit Help",
    date="Thu, 26 Sep 2024 04:15:52 +0000",
    subject="[Reddit Help] Re: KCSC-240923-05 (Request #1893307)",
    reply_to_req=thread("KCSC-240923-05"),
    body=f"""
##- Please type your reply above this line -##

Your request (1893307) has been updated. To add additional comments,
reply to this email.

----------------------------------------------

Reddit Safety (Reddit)

Sep 26, 2024, 4:15 AM UTC

Hi there,

We looked into both links from your report.

{RD[0]} was removed by Reddit's Safety team for violating our rules
against non-consensual intimate media.

{RD[1]} had already been deleted by the user who posted it, so there
was nothing left for us to act on.

Thanks,
Reddit Safety

----------------------------------------------

This email is a service from Reddit Help.
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Help (Zendesk) ticket update with the agent's comment",
    why="first post removed; second already deleted by its author: not_found",
    items={RD[0]: "removed", RD[1]: "not_found"},
)

# =========================================================== Twitch (applied)
case(
    name="twitch-channel-suspended-vod-removed",
    frm="safety@twitch.tv", name_from="Twitch Trust & Safety",
    date="Wed, 25 Sep 2024 22:03:17 +0000",
    subject="Re: KCSC-240923-06 slotking_live",
    reply_to_req=thread("KCSC-240923-06"),
    body=f"""
Hello,

Thanks for your report. We have issued an indefinite suspension to the
channel {TW[0]} for violating our Community Guidelines on gambling
content. The past broadcast {TW[1]} has also been removed.

Learn more about our enforcement at https://safety.twitch.tv/s/article/Community-Guidelines

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Trust & Safety enforcement notice (indefinite suspension)",
    why="channel indefinitely suspended (removed) and VOD removed; guidelines link is not an item",
    items={TW[0]: "removed", TW[1]: "removed"},
)

case(
    name="twitch-vod-not-found",
    frm="legal@twitch.tv", name_from="Twitch Legal",
    date="Tue, 24 Sep 2024 17:30:00 +0000",
    subject="Re: KCSC-240923-06",
    reply_to_req=thread("KCSC-240923-06"),
    body=f"""
Hi,

We were unable to find the video {TW[1]} on Twitch. Our records show it
was deleted by the channel owner on September 22, so there is no longer
anything at that link. We are still reviewing the channel itself.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply: content not found / deleted by creator",
    why="VOD not found, deleted by its owner; the channel is only 'still reviewing' and not named by URL",
    items={TW[1]: "not_found"},
)

# =========================================================== Discord (applied)
case(
    name="discord-server-removed-invite",
    frm="safety@discord.com", name_from="Discord Safety",
    date="Wed, 25 Sep 2024 20:10:44 +0000",
    subject="Re: KCSC-240924-07 Report about a server",
    reply_to_req=thread("KCSC-240924-07"),
    body=f"""
Hi there,

Thanks for reaching out. The server reached through the invite
{DC[0]} has been removed from Discord for violating our Community
Guidelines, and the invite link no longer works.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply: server removed",
    why="the one requested invite's server is stated removed",
    items={DC[0]: "removed"},
)

case(
    name="discord-sole-statement-by-ref",
    frm="legal@discord.com", name_from="Discord Legal",
    date="Thu, 26 Sep 2024 01:05:00 +0000",
    subject="KCSC-240924-07",
    body="""
Hello,

Regarding your request KCSC-240924-07: our Safety team reviewed the
server you reported and has removed it from Discord for violating our
Community Guidelines.

Regards,
Discord Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Discord legal reply naming only the request reference",
    why="unhedged removal of 'the server you reported' in a one-item request: applies to that item",
    items={DC[0]: "removed"},
)

# =========================================================== review
case(
    name="x-promise-will-withhold",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Fri, 20 Sep 2024 09:00:12 +0000",
    subject="Re: KCSC-240919-01 [Ref:0924-LR-118273]",
    reply_to_req=thread("KCSC-240919-01"),
    body=f"""
Hello,

We have received your legal request and have started our review. Pending
the outcome of that review, we will withhold the posts below in the
Republic of Korea:

{X[0]}
{X[1]}

We will confirm by email once this has been done.

X Legal
""",
    outcome="review", classification="other", review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="'will withhold ... once' is a promise about two named items: nothing to apply, a person should read it",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-hedged-may-have-been",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Sun, 22 Sep 2024 23:50:00 -0700",
    subject="[5-2391000038114] Re: KCSC-240919-02",
    reply_to_req=thread("KCSC-240919-02"),
    body=f"""
Hello,

Some of the videos in your notice may have already been taken down by
their uploaders. {YT[0]} appears to be unavailable at the moment. We are
still reviewing {YT[2]} and will get back to you once we have reached a
decision.

Regards,
The YouTube Legal Team
""",
    outcome="review", classification="other", review="not_understood",
    imitates="YouTube legal interim update with hedged wording",
    why="'may have', 'appears to' and 'still reviewing' are not statements; two named items stay pending",
    items={YT[0]: "pending", YT[2]: "pending"},
)

case(
    name="tiktok-bulk-all-removed",
    frm="no-reply@tiktok.com", name_from="TikTok",
    date="Mon, 23 Sep 2024 10:00:00 +0000",
    subject="Update on your report KCSC-240920-04",
    reply_to_req=thread("KCSC-240920-04"),
    body="""
Hello,

We've reviewed your report (KCSC-240920-04). All of the reported content
was found to violate our Community Guidelines and has been removed.

Thank you for helping keep TikTok safe.

TikTok Trust & Safety
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="TikTok generic 'we removed the content you reported' notice",
    why="one statement about all content of a four-item request without naming any item: bulk",
    items={TT[0]: "pending", TT[1]: "pending", TT[2]: "pending", TT[3]: "pending"},
)

case(
    name="yt-bulk-all-four-blocked",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Wed, 25 Sep 2024 01:14:00 -0700",
    subject="[5-2391000038114] KCSC-240919-02 completed",
    reply_to_req=thread("KCSC-240919-02"),
    body="""
Hello,

We have completed our review of your notice KCSC-240919-02 and have
blocked all four videos from view in South Korea based on local law.

Regards,
The YouTube Legal Team
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="YouTube legal completion notice covering the whole notice",
    why="'all four videos' blocked in KR, none named: bulk for a four-item request",
    items={YT[0]: "pending", YT[1]: "pending", YT[2]: "pending", YT[3]: "pending"},
)

case(
    name="x-auth-fail-removed",
    frm="legal@x.com", name_from="X Legal",
    auth="fail",
    date="Sat, 21 Sep 2024 04:12:00 +0000",
    subject="Re: KCSC-240919-01 removal confirmed",
    reply_to_req=thread("KCSC-240919-01"),
    body=f"""
Hello,

{X[0]} has been removed from X.

X Legal
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="X legal confirmation failing DKIM/SPF/DMARC",
    why="From x.com but authentication fails: the statement is not trusted",
    items={X[0]: "pending"},
)

case(
    name="x-account-holder-own-mail",
    frm="toto.jackpot77@proton.me", name_from="toto jackpot",
    date="Mon, 23 Sep 2024 13:27:00 +0900",
    subject="About your request KCSC-240919-01",
    body=f"""
Hello,

I got a notice from X saying my post was reported by you under
KCSC-240919-01. I have deleted the post {X[3]} myself.
Please close the case.

Regards
""",
    outcome="review", classification="other", review="unknown_sender",
    imitates="account holder writing to the regulator after X's user notice",
    why="a private sender, not X, names our request and an item",
    items={X[3]: "pending"},
)

case(
    name="snapchat-not-our-content",
    frm="no-reply@snapchat.com", name_from="Snapchat Support",
    date="Wed, 25 Sep 2024 15:00:00 +0000",
    subject="Re: Report about content",
    body=f"""
Hi,

Thanks for contacting Snapchat Support. The link you sent us,
{TT[0]}, is not Snapchat content, and we could not locate it on
Snapchat. Please report it to the service that hosts it.

Team Snapchat
""",
    outcome="review", classification="other", review="wrong_platform",
    imitates="Snapchat Support reply to a report about another service's link",
    why="Snapchat states it cannot locate a TikTok item: not TikTok's statement",
    items={TT[0]: "pending"},
)

case(
    name="reddit-asks-for-court-order",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Tue, 24 Sep 2024 16:20:00 +0000",
    subject="Re: KCSC-240923-05 additional information needed",
    reply_to_req=thread("KCSC-240923-05"),
    body=f"""
Hello,

Thank you for your request. Before we can act on
{RD[0]}
we need some additional information:

1. a copy of the order or decision requiring removal;
2. the specific provision of Korean law the content violates;
3. confirmation that you are authorised to submit the request.

Please reply to this email with these documents.

Sincerely,
Reddit Legal
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Reddit legal request for supporting documents",
    why="asks for documents before acting on a named item; nothing stated",
    items={RD[0]: "pending"},
)

case(
    name="telegram-contact-update-no-claims",
    frm="dsa@telegram.org", name_from="Telegram",
    date="Mon, 30 Sep 2024 08:00:00 +0000",
    subject="Updated contact point for authorities",
    body="""
Dear partner,

Please note that from 1 October 2024, requests from authorities should be
submitted through our dedicated channel described at
https://telegram.org/faq#q-there-39s-illegal-content-on-telegram-how-do-i-take-it-down
rather than by email to individual staff.

Best regards,
Telegram
""",
    outcome="review", classification="other", review="no_claims",
    imitates="Telegram notice to authorities about a new contact channel",
    why="trusted platform mail naming no item and no request, not an auto-reply or receipt",
    items={},
)

case(
    name="twitch-appears-closed",
    frm="safety@twitch.tv", name_from="Twitch Trust & Safety",
    date="Tue, 24 Sep 2024 09:44:00 +0000",
    subject="Re: KCSC-240923-06",
    reply_to_req=thread("KCSC-240923-06"),
    body=f"""
Hi,

It appears that {TW[0]} has not streamed since last week and may have
been closed by its owner. We'll confirm once our team has looked into it.

Twitch Trust & Safety
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Twitch interim reply with a guess about the channel",
    why="'appears', 'may have been' and 'we'll confirm' are hedges and promises: channel stays pending",
    items={TW[0]: "pending"},
)

case(
    name="meta-accepted-will-restrict",
    frm="records@meta.com", name_from="Meta Records",
    date="Fri, 20 Sep 2024 23:30:00 +0000",
    subject="Re: [KCSC-240920-03] Removal request - investment fraud",
    reply_to_req=thread("KCSC-240920-03"),
    body=f"""
Hello,

Our team has accepted your request. Access to {META[1]} will be
restricted in South Korea within 24 hours. We will send a separate
notice when this is complete.

Meta Records team
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Meta interim reply promising a geo-restriction",
    why="'will be restricted within 24 hours' is a promise about a named item",
    items={META[1]: "pending"},
)

case(
    name="discord-lookalike-domain",
    frm="safety@discord-trust.help", name_from="Discord Safety",
    date="Wed, 25 Sep 2024 06:00:00 +0000",
    subject="Re: KCSC-240924-07 server removed",
    body=f"""
Hello,

The server at {DC[0]} has been removed.

Discord Trust & Safety
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="mail claiming to be Discord from a domain that is not Discord's",
    why="discord-trust.help is not a Discord sender domain",
    items={DC[0]: "pending"},
)

# =========================================================== ignored
case(
    name="x-out-of-office",
    frm="jpark@x.com", name_from="Jiyoon Park",
    date="Thu, 19 Sep 2024 01:11:02 +0000",
    subject="Automatic reply: [KCSC-240919-01] Removal request - illegal gambling promotion",
    reply_to_req=thread("KCSC-240919-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 30 September
with limited access to email. For legal requests, please use
https://legalrequests.x.com; they are handled by the team in my absence.

Jiyoon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from an X staff member",
    why="automatic reply, says nothing about items",
    items={},
)

orig = quoted_request("KCSC-240919-02", prefix="")
case(
    name="google-dsn-bounce",
    frm="mailer-daemon@googlemail.com", name_from="Mail Delivery Subsystem",
    date="Thu, 19 Sep 2024 01:25:09 -0700",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_b232dsn_2"

--=_b232dsn_2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the
address couldn't be found, or is unable to receive mail.

--=_b232dsn_2
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 19 Sep 2024 01:25:05 -0700

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--=_b232dsn_2
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [KCSC-240919-02] Removal request - drug sale videos
Message-ID: <req-240919-02@kcsc.example>
Date: Thu, 19 Sep 2024 10:25:00 +0900
Content-Type: text/plain; charset=utf-8

{orig}

--=_b232dsn_2--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style DSN (address not found) returning our request",
    why="delivery failure; the URLs are in the returned copy of our own request",
    items={},
)

case(
    name="meta-read-receipt",
    frm="records@meta.com", name_from="Meta Records",
    date="Fri, 20 Sep 2024 02:14:00 +0000",
    subject="Read: [KCSC-240920-03] Removal request - investment fraud",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b232mdn_3"

--=_b232mdn_3
Content-Type: text/plain; charset=utf-8

Your message

  To: records@meta.com
  Subject: [KCSC-240920-03] Removal request - investment fraud
  Sent: Friday, September 20, 2024 11:00 AM (UTC+09:00) Seoul

was read on Friday, September 20, 2024 2:14 AM (UTC+00:00).

--=_b232mdn_3
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;records@meta.com
Original-Message-ID: <req-240920-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b232mdn_3--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    frm="no-reply@tiktok.com", name_from="TikTok",
    date="Fri, 20 Sep 2024 02:31:30 +0000",
    subject="We've received your request [Ticket #TT-2409-77120] KCSC-240920-04",
    reply_to_req=thread("KCSC-240920-04"),
    body="""
Hello,

Thank you for contacting TikTok. We've received your request and created
ticket #TT-2409-77120. Our team will review it and get back to you as soon
as possible.

Please don't reply to this email; add information to your ticket at
https://www.tiktok.com/legal/report instead.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket-created receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="reddit-zendesk-receipt-echo",
    frm="support@reddit.com", name_from="Reddit Help",
    date="Mon, 23 Sep 2024 00:41:10 +0000",
    subject="[Reddit Help] Request received: KCSC-240923-05 (Request #1893307)",
    reply_to_req=thread("KCSC-240923-05"),
    body=f"""
##- Please type your reply above this line -##

Your request (1893307) has been received and is being reviewed by our
support staff. To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 23, 2024, 12:40 AM UTC

Reference: KCSC-240923-05
Content to be removed:
{RD[0]}
{RD[1]}
Reason: distribution of intimate images without consent (Korean law)

----------------------------------------------

This email is a service from Reddit Help.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit Help (Zendesk) 'request received' receipt echoing the submitted report",
    why="receipt only; the URLs are in the echo of our own submission, with no statement about them",
    items={},
)

case(
    name="pinterest-weekend-autoreply",
    frm="legal@pinterest.com", name_from="Pinterest Legal",
    date="Sat, 28 Sep 2024 03:00:00 +0000",
    subject="Auto-reply: KCSC inquiry",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thanks for your message. Our team is away for the weekend and will reply
on the next business day. For urgent matters involving an imminent risk of
harm, please use the form at https://help.pinterest.com/en/contact.

Pinterest Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest legal mailbox weekend auto-reply",
    why="automatic reply",
    items={},
)

case(
    name="discord-ticket-received",
    frm="noreply@discord.com", name_from="Discord",
    date="Tue, 24 Sep 2024 05:02:00 +0000",
    subject="[Discord] Your request #48812 has been received",
    reply_to_req=thread("KCSC-240924-07"),
    body="""
Hello,

Your request (#48812) has been received and will be reviewed by our Trust
& Safety team. We'll reply to this email once we have an update.

You can check the status of your request at https://support.discord.com/hc/en-us/requests/48812

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord support ticket receipt",
    why="pure acknowledgement",
    items={},
)


HEADER = """# Blind set 232 (tests/corpus/blind232): English notices from many platforms.
# Written by make.py from the case list, from each email's meaning, before
# any run of the reader. Each case is judged alone on a fresh ledger holding
# the requests of requests.csv."""


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, pf, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, pf, sent, due, u, cat, mid, note])


def main():
    for c in CASES:
        c["from"] = c.pop("frm")
    write_requests()
    corpuslib.write_set(HERE, "blind232", HEADER, CASES)


if __name__ == "__main__":
    main()
