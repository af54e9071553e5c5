#!/usr/bin/env python3
"""Blind set 520: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

Deterministic: writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind520/make.py

Every expected result below was written from the meaning of the email
alone, before the reader was run on it. All names, ids and URLs are
fictional.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind520"

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/haneul_pick/status/1831204417700000101",
    2: "https://x.com/haneul_pick/status/1831204417700000102",
    3: "https://x.com/bluemarsh_kr/status/1831209920000000203",
    4: "https://x.com/bluemarsh_kr/status/1831209920000000204",
    5: "https://x.com/odd_lantern/status/1831300000000000305",
    6: "https://twitter.com/odd_lantern/status/1831300000000000306",
    7: "https://x.com/odd_lantern",
    8: "https://x.com/grey_tideline/status/1831411111111111408",
    9: "https://x.com/grey_tideline/status/1831411111111111409",
    10: "https://x.com/nightferry_09/status/1831522222222222510",
    11: "https://x.com/nightferry_09/status/1831522222222222511",
    12: "https://x.com/mossy_kiln/status/1831633333333333612",
}
YT = {
    "qm": "https://www.youtube.com/watch?v=Qm3vT8aLk2E",
    "zr": "https://www.youtube.com/watch?v=Zr7pW1nB5cY",
    "hx": "https://youtu.be/Hx4kD9sJ0aU",
    "ch": "https://www.youtube.com/@pinecone_radio_tv",
}
META = {
    "grp": "https://www.facebook.com/groups/481230097551/posts/902118774310/",
    "ig": "https://www.instagram.com/p/C9xKq2LmT4a/",
    "prof": "https://www.facebook.com/profile.php?id=100087654320011",
}
TT = {
    "s1": "https://www.tiktok.com/@silkroad.duck/video/7410022233344455501",
    "s2": "https://www.tiktok.com/@silkroad.duck/video/7410022233344455502",
    "m3": "https://www.tiktok.com/@mintcurfew/video/7410988877766655503",
    "macc": "https://www.tiktok.com/@mintcurfew",
    "o5": "https://www.tiktok.com/@ondo_river/video/7411155566677788805",
}
RD_SLUG = "위조_신분증_판매"
RD_POST_RAW = "https://www.reddit.com/r/hanguk_talk/comments/1fa2q7w/" + RD_SLUG + "/"
RD = {
    "post": "https://www.reddit.com/r/hanguk_talk/comments/1fa2q7w/" + quote(RD_SLUG) + "/",
    "cmt": "https://www.reddit.com/r/hanguk_talk/comments/1fa2q7w/comment/lm4xz9q/",
}
DC = "https://discord.gg/kR7vQ2pz"
TG = {
    "412": "https://t.me/velvet_ledger_kr/412",
    "415": "https://t.me/velvet_ledger_kr/415",
    "88": "https://t.me/s/harbor_notes_24/88",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [X[i] for i in range(1, 13)], "drug_sales", "req-240903-01@kcsc.example",
     'Deliberation 2024-17, "urgent" list; posts and one account'),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00",
     [YT["qm"], YT["zr"], YT["hx"], YT["ch"]], "illegal_gambling", "req-240904-02@kcsc.example",
     "Sent to legal-kr@google.com, copy to web form"),
    ("KCSC-240905-03", "meta", "2024-09-05T09:15:00+09:00", "2024-09-12T23:59:59+09:00",
     [META["grp"], META["ig"], META["prof"]], "privacy", "req-240905-03@kcsc.example",
     "Facebook and Instagram, one request"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [TT["s1"], TT["s2"], TT["m3"], TT["macc"], TT["o5"]], "drug_sales", "req-240906-04@kcsc.example",
     "Three accounts, one of them reported as a whole"),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:40:00+09:00", "2024-09-16T23:59:59+09:00",
     [RD["post"], RD["cmt"]], "forged_documents", "req-240909-05@kcsc.example",
     'Post title says "ID cards, licences"'),
    ("KCSC-240910-06", "discord", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00",
     [DC], "obscenity", "req-240910-06@kcsc.example",
     "Invite link only"),
    ("KCSC-240911-07", "telegram", "2024-09-11T09:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [TG["412"], TG["415"], TG["88"]], "drug_sales", "req-240911-07@kcsc.example",
     "Sent to abuse@telegram.org and dsa@telegram.org"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def quoted(text):
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def request_text(ref, urls, platform_name):
    lines = [
        f"Dear {platform_name} team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or",
        f"restrict the following content under request {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply with the action taken for each item.", "", "KCSC Takedown Desk"]
    return "\n".join(lines)


X_REQ = request_text("KCSC-240903-01", [X[i] for i in range(1, 13)], "X")
YT_REQ = request_text("KCSC-240904-02", list(YT.values()), "YouTube")
META_REQ = request_text("KCSC-240905-03", list(META.values()), "Meta")
TT_REQ = request_text("KCSC-240906-04", list(TT.values()), "TikTok")

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(
    name="x-legal-withheld-kr-prose",
    **{"from": "legal-support@x.com"},
    date="Thu, 05 Sep 2024 02:14:33 +0000",
    subject="Re: KCSC-240903-01 Request to remove content",
    reply_to_req="req-240903-01",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome: country withheld content notice to a government reporter",
    why="two posts named, each said to be withheld in South Korea",
    items={X[1]: "restricted", X[2]: "restricted"},
    body=f"""
Hello,

Thank you for your report KCSC-240903-01.

After reviewing it under applicable local law, we have withheld access in
South Korea to the following posts by @haneul_pick:

{X[1]}
{X[2]}

These posts remain available outside South Korea. The account holder has
been notified of the legal demand in line with our user notice policy. More
on how this works: https://help.x.com/en/rules-and-policies/post-withheld-by-country

We will follow up separately on the remaining URLs in your request.

Regards,
X Legal Operations
""",
)

case(
    name="x-numbered-mixed-outcomes",
    **{"from": "legal-support@x.com"},
    date="Fri, 06 Sep 2024 07:41:02 +0000",
    subject="[Ref: 0091-KR-58821] KCSC-240903-01 - partial response",
    outcome="applied", classification="confirmation",
    imitates="X legal team itemised reply to a government removal request",
    why="five URLs each with its own result: removed under X Rules, withheld in KR, no violation, does not exist",
    items={X[3]: "removed", X[4]: "removed", X[5]: "restricted", X[8]: "rejected", X[12]: "not_found"},
    body=f"""
Hi KCSC team,

Please see our response to the following items from KCSC-240903-01:

1. {X[3]}
   Removed - violation of the X Rules (illegal or certain regulated goods).
2. {X[4]}
   Removed - same reason as above.
3. {X[5]}
   Withheld in Korea (KR) under local law.
4. {X[8]}
   No action taken. We reviewed this post and it does not violate the X
   Rules, and the report did not establish that it is unlawful in Korea.
5. {X[12]}
   This post does not exist. Please double-check the URL.

The other items remain under review and we will reply in this thread.

Thanks,
X Global Government Affairs - Legal
""",
)

case(
    name="x-account-suspended",
    **{"from": "noreply@x.com"},
    date="Fri, 06 Sep 2024 12:03:55 +0000",
    subject="Update on your report (KCSC-240903-01)",
    outcome="applied", classification="confirmation",
    imitates="X 'we took action on the account you reported' outcome email",
    why="the reported account is stated suspended (unavailable everywhere) -> removed; its posts are not mentioned",
    items={X[7]: "removed"},
    body=f"""
Thanks for helping keep X safe.

We reviewed the account you reported, @odd_lantern
({X[7]}), and found it in violation of the X Rules.
The account has been permanently suspended.

You can read more about our enforcement options at
https://help.x.com/en/rules-and-policies/enforcement-options

X Safety
""",
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "k.woods@x.com"},
    name_from="Kerry Woods",
    date="Mon, 09 Sep 2024 01:20:11 +0000",
    subject="Re: KCSC-240903-01 Request to remove content",
    reply_to_req="req-240903-01",
    outcome="applied", classification="confirmation",
    imitates="X legal counsel replying by hand on top of the quoted request",
    why="top part states the two nightferry_09 posts; the quoted request below lists all twelve and states nothing",
    items={X[10]: "removed", X[11]: "restricted"},
    body=f"""
Hi,

Update on two more items:

{X[10]} - removed for violating our rules
{X[11]} - withheld in KR

Best,
Kerry

On Tue, Sep 3, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(X_REQ)}
""",
)

case(
    name="x-html-table",
    **{"from": "legal-support@x.com"},
    date="Tue, 10 Sep 2024 05:55:40 +0000",
    subject="KCSC-240903-01: action summary",
    outcome="applied", classification="confirmation",
    imitates="X legal response rendered as an HTML table (URL / action)",
    why="HTML table: one withheld in KR, one removed, one no violation",
    items={X[1]: "restricted", X[2]: "removed", X[9]: "rejected"},
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello KCSC,</p>
<p>Below is the current status of the reported URLs for <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Basis</th></tr>
<tr><td><a href="{X[1]}">{X[1]}</a></td><td>Withheld (KR)</td><td>Local law</td></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>Removed</td><td>X Rules</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>No action - no violation found</td><td>-</td></tr>
</table>
<p>For more information see our <a href="https://help.x.com/en/forms/legal">legal request page</a>.</p>
<p>X Legal</p>
</body></html>
""",
)

case(
    name="x-url-on-line-below-statement",
    **{"from": "legal-support@x.com"},
    date="Wed, 11 Sep 2024 03:10:00 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    outcome="applied", classification="confirmation",
    imitates="X support reply where each statement is followed by the URL on its own line",
    why="statement line then URL line: one removed, one left up as not violating",
    items={X[2]: "removed", X[8]: "rejected"},
    body=f"""
Hello,

The following post has been removed for violating our policy on illegal
goods and services:
{X[2]}

The following post was reviewed and does not violate the X Rules; it will
remain available:
{X[8]}

Kind regards,
X Legal
""",
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-support@x.com"},
    date="Wed, 11 Sep 2024 09:47:21 +0000",
    subject="Case 0091-KR-58821 / KCSC-240903-01",
    outcome="applied", classification="confirmation",
    imitates="ticket-system style X response: bare URL then a Status line",
    why="bare URL then 'Status:' line; the twitter.com URL is withheld in KR",
    items={X[3]: "removed", X[6]: "restricted"},
    body=f"""
Case: 0091-KR-58821
Your reference: KCSC-240903-01

{X[3]}
Status: Content removed

{X[6]}
Status: Withheld in KR

This is a notification about your legal request. Replies to this address
are routed to the case owner.
""",
)

case(
    name="x-korean-particles-fullwidth",
    **{"from": "kr-legal@x.com"},
    name_from="X Korea Legal",
    date="Thu, 12 Sep 2024 06:30:12 +0000",
    subject="RE: [KCSC-240903-01] 조치 결과 / action taken",
    outcome="applied", classification="confirmation",
    imitates="X Korea local team writing a bilingual result, URL followed by Korean particles and full-width brackets",
    why="mossy_kiln post 국내 접속 차단 (withheld in Korea) -> restricted; grey_tideline 409 삭제 완료 -> removed",
    items={X[12]: "restricted", X[9]: "removed"},
    body=f"""
안녕하세요, X 코리아 법무팀입니다.

요청하신 게시물 {X[12]}는 국내 접속 차단 조치되었습니다.
(The post above has been withheld in Korea.)

{X[9]}（삭제 완료）
(This post has been removed.)

감사합니다.
X Korea Legal
""",
)

case(
    name="x-wrapped-url-angle-brackets",
    **{"from": "legal-support@x.com"},
    date="Fri, 13 Sep 2024 02:02:02 +0000",
    subject="Re: KCSC-240903-01 remaining items",
    reply_to_req="req-240903-01",
    outcome="applied", classification="confirmation",
    imitates="plain-text X reply from a client that wraps long URLs inside angle brackets",
    why="grey_tideline 408 removed (URL wrapped inside <>); nightferry_09 511 cannot be found",
    items={X[8]: "removed", X[11]: "not_found"},
    body=f"""
Hello,

Following a second review, the post
<{X[8][:46]}
{X[8][46:]}> has been removed for violating the X Rules.

We were unable to locate <{X[11]}>. It may have
been deleted before we processed your request; in any case it is no
longer on X and no further action is possible.

X Legal
""",
)

case(
    name="yt-legal-removal-prose",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 08:12:45 +0000",
    subject="[4-1402000037722] Your YouTube legal removal request KCSC-240904-02",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removals outcome email (request number in subject)",
    why="one video named and stated removed for violating Community Guidelines",
    items={YT["qm"]: "removed"},
    body=f"""
Hello,

Thanks for reaching out to us.

In accordance with our Community Guidelines, we have removed the following
video from YouTube:

  - {YT["qm"]}

We're still reviewing the rest of your request and will get back to you.

For more information about our policies, visit
https://support.google.com/youtube/answer/9288567

Regards,
The YouTube Legal Team
""",
)

case(
    name="yt-actioned-phrase",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 03:44:10 +0000",
    subject="Re: [4-1402000037722] KCSC-240904-02",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'has been actioned under our policies' outcome template",
    why="the configured YouTube phrase 'has been actioned under our policies' -> removed",
    items={YT["hx"]: "removed"},
    body=f"""
Hello,

After review, the content at {YT["hx"]} has been actioned under our policies.

If you have any questions, please reply to this email and reference the
request number in the subject line.

Sincerely,
The YouTube Team
""",
)

case(
    name="yt-geo-block-and-no-violation",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 10:05:00 +0000",
    subject="[4-1402000037722] Outcome of your legal request KCSC-240904-02",
    outcome="applied", classification="confirmation",
    imitates="Google legal outcome: local-law block for one URL, no action for a channel",
    why="one video blocked in South Korea only -> restricted; the channel stays up with a reason -> rejected",
    items={YT["zr"]: "restricted", YT["ch"]: "rejected"},
    body=f"""
Hello,

We've completed our review of your request.

{YT["zr"]}
Based on local law, we've blocked this video from view in South Korea. It
remains available in other countries.

{YT["ch"]}
We reviewed this channel and found that it does not violate our Community
Guidelines. We also did not identify a basis under Korean law to restrict
it, so we have declined to take action.

Learn more about how we handle legal requests:
https://support.google.com/legal/answer/3110420

The YouTube Legal Team
""",
)

_yt_qp = f"""Hello,

We reviewed the video you reported under KCSC-240904-02:
{YT["qm"]}

This video is not appropriate for all audiences. We have applied an age =
restriction, so it can no longer be watched by viewers who are signed out, =
under 18, or who have Restricted Mode turned on.

Best regards,
YouTube Trust & Safety
"""
case(
    name="yt-age-restricted-qp",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Tue, 10 Sep 2024 04:20:00 +0000",
    subject="Action taken on your report",
    outcome="applied", classification="confirmation",
    imitates="YouTube report outcome: age restriction applied (quoted-printable body)",
    why="video stated age-restricted -> restricted",
    items={YT["qm"]: "restricted"},
    raw_mime=(
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        + qp(_yt_qp.replace(" =\n", " "))
    ),
)

case(
    name="yt-outlook-original-message",
    **{"from": "j.park@google.com"},
    name_from="Jiwon Park",
    date="Wed, 11 Sep 2024 07:58:31 +0000",
    subject="RE: KCSC-240904-02 Request to remove content",
    outcome="applied", classification="confirmation",
    imitates="Google legal specialist replying from Outlook above '-----Original Message-----'",
    why="one video removed; the others are said to remain under review (not a statement); the quoted request states nothing",
    items={YT["zr"]: "removed", YT["qm"]: "pending", YT["hx"]: "pending", YT["ch"]: "pending"},
    body=f"""
Dear KCSC,

The video {YT["zr"]} was removed for violating our policy on
regulated goods and gambling.

The other URLs in your request remain under review.

Jiwon Park
Legal Specialist, YouTube

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:30 AM
To: legal-kr@google.com
Subject: KCSC-240904-02 Request to remove content

{YT_REQ}
""",
)

case(
    name="meta-dsa-statement-instagram",
    **{"from": "notification@support.facebookmail.com"},
    name_from="Instagram",
    date="Fri, 06 Sep 2024 13:00:00 +0000",
    subject="Decision on content you reported (KCSC-240905-03)",
    outcome="applied", classification="confirmation",
    imitates="Meta/Instagram decision notice in the DSA statement-of-reasons layout",
    why="the Instagram post is stated removed; appeal and policy links are not items",
    items={META["ig"]: "removed"},
    body=f"""
Decision on your report

Content: {META["ig"]}
Your reference: KCSC-240905-03
Date of decision: 6 September 2024

What we decided
We removed this content because it goes against our Community Standards on
privacy violations.

How we made this decision
This decision was made by a person on our review team.

What you can do
If you disagree with this decision you can request a review at
https://www.facebook.com/help/contact/reviewrequest or learn more at
https://transparency.meta.com/policies/community-standards/

Meta Platforms Ireland Ltd.
""",
)

case(
    name="meta-restricted-kr-and-rejected",
    **{"from": "legal-noreply@meta.com"},
    name_from="Meta Legal",
    date="Mon, 09 Sep 2024 02:31:17 +0000",
    subject="Your report KCSC-240905-03 - outcome",
    outcome="applied", classification="confirmation",
    imitates="Meta legal removals reply: local-law restriction for one item, no action for another",
    why="group post restricted in South Korea; profile not taken down because it does not go against the Community Standards",
    items={META["grp"]: "restricted", META["prof"]: "rejected"},
    body=f"""
Hello,

Thank you for contacting Meta about the content below.

* Facebook group post {META["grp"]}
  We have restricted access to this content in South Korea based on local
  law. It is still visible in other countries.

* Facebook profile {META["prof"]}
  We didn't take this profile down. We reviewed it against our Community
  Standards and the law you cited and didn't find a violation.

Meta Legal Team
""",
)

case(
    name="meta-gmail-quoted-profile-disabled",
    **{"from": "s.lindqvist@meta.com"},
    name_from="Sara Lindqvist",
    date="Tue, 10 Sep 2024 09:14:00 +0000",
    subject="Re: KCSC-240905-03 Request to remove content",
    reply_to_req="req-240905-03",
    outcome="applied", classification="confirmation",
    imitates="Meta public-policy contact replying over a Gmail-style quote of the request",
    why="the profile is stated disabled; the quoted request lists all three and states nothing",
    items={META["prof"]: "removed"},
    body=f"""
Hi team,

Quick update: the account at {META["prof"]}
has been disabled for repeated violations of our policies.

Sara

On Thu, Sep 5, 2024 at 9:15 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(META_REQ)}
""",
)

case(
    name="meta-ack-plus-statements",
    **{"from": "notification@support.facebookmail.com"},
    name_from="Facebook",
    date="Wed, 11 Sep 2024 11:11:11 +0000",
    subject="We received your report - KCSC-240905-03",
    outcome="applied", classification="confirmation",
    imitates="Meta receipt-style email that also reports decisions",
    why="starts like a receipt but states the Instagram post removed and the group post non-existent",
    items={META["ig"]: "removed", META["grp"]: "not_found"},
    body=f"""
Thanks for your report. We received it on 5 September 2024.

We've finished reviewing two of the items:

- {META["ig"]} : we removed this post.
- {META["grp"]} : the link you gave leads to content that doesn't
  exist on Facebook, so there was nothing for us to remove.

You can see the status of your reports in your Support Inbox.

The Facebook Team
""",
)

case(
    name="tiktok-outcome-bulleted",
    **{"from": "noreply@tiktok.com"},
    name_from="TikTok Trust & Safety",
    date="Mon, 09 Sep 2024 06:00:00 +0000",
    subject="Outcome of your report KCSC-240906-04",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome notification with one line per reported item",
    why="two videos removed and an account banned -> removed",
    items={TT["s1"]: "removed", TT["s2"]: "removed", TT["macc"]: "removed"},
    body=f"""
Hi,

Thanks for your report. We reviewed the following content and found that it
violates our Community Guidelines:

  • {TT["s1"]} - video removed
  • {TT["s2"]} - video removed
  • {TT["macc"]} - account banned

We'll let you know about the other items once our review is complete.

TikTok Trust and Safety
https://www.tiktok.com/community-guidelines
""",
)

_tt_csv = (
    "url,decision,policy\r\n"
    f"{TT['m3']},Restricted in KR,Local law\r\n"
    f"{TT['o5']},Not violating,-\r\n"
    f"{TT['s2']},Removed,Drugs and controlled substances\r\n"
)
case(
    name="tiktok-csv-attachment",
    **{"from": "lawenforcement@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    date="Tue, 10 Sep 2024 08:45:00 +0000",
    subject="KCSC-240906-04 - response",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement outreach reply with a CSV of decisions attached",
    why="CSV rows: one restricted in KR, one not violating, one removed",
    items={TT["m3"]: "restricted", TT["o5"]: "rejected", TT["s2"]: "removed"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_tt_520_b"

--=_tt_520_b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the items in KCSC-240906-04 that we
have reviewed so far.

Best,
TikTok Law Enforcement Outreach

--=_tt_520_b
Content-Type: text/csv; charset=utf-8; name="KCSC-240906-04_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240906-04_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_tt_csv)}
--=_tt_520_b--
""",
)

_tt_html = f"""<html><body>
<div style="max-width:560px;margin:auto;font-family:Arial">
<h2 style="color:#161823">Update on your report</h2>
<p>Reference: KCSC-240906-04</p>
<p>We reviewed the video you reported:<br>
<a href="{TT["o5"]}">{TT["o5"]}</a></p>
<p>We found that it violates our Community Guidelines. This video has been
removed and is no longer available on TikTok.</p>
<p style="font-size:12px;color:#888">Learn more about our
<a href="https://www.tiktok.com/community-guidelines/en/">Community Guidelines</a>.</p>
</div></body></html>
"""
case(
    name="tiktok-base64-html",
    **{"from": "noreply@tiktok.com"},
    name_from="TikTok",
    date="Wed, 11 Sep 2024 01:30:00 +0000",
    subject="Update on your report",
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML notification (base64 body) after a report",
    why="the ondo_river video is stated removed",
    items={TT["o5"]: "removed"},
    raw_mime=(
        "Content-Type: text/html; charset=UTF-8\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(_tt_html) + "\n"
    ),
)

case(
    name="tiktok-dsa-sor-fields",
    **{"from": "dsa-notices@tiktok.com"},
    name_from="TikTok DSA Notices",
    date="Thu, 12 Sep 2024 14:22:09 +0000",
    subject="Statement of reasons - your notice KCSC-240906-04",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons sent to a notifier (field/value layout)",
    why="decision 'visibility restricted, territorial scope KR' for one named video -> restricted",
    items={TT["s1"]: "restricted"},
    body=f"""
STATEMENT OF REASONS

Notice reference:        KCSC-240906-04
Content:                 {TT["s1"]}
Decision:                Restriction of visibility - content not available
Territorial scope:       Republic of Korea (KR)
Ground:                  Illegal content under the law of the Republic of Korea
Facts and circumstances: Notice submitted by a public authority
Automated detection:     No
Automated decision:      No

Redress: the content owner may appeal through the in-app appeals process.
Information on out-of-court dispute settlement is available at
https://www.tiktok.com/legal/page/global/dsa-out-of-court-settlement/en

TikTok Technology Limited
""",
)

case(
    name="reddit-raw-korean-path-author-deleted",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 19:03:44 +0000",
    subject="Re: Legal request KCSC-240909-05",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal/safety reply; the post URL written with its raw Korean slug",
    why="post (raw Korean path = percent-encoded item) removed; comment already deleted by its author -> not_found",
    items={RD["post"]: "removed", RD["cmt"]: "not_found"},
    body=f"""
Hi there,

Thanks for your request. Here's what we did:

{RD_POST_RAW}
We removed this post for violating Reddit Rule 3 (illegal transactions).

{RD["cmt"]}
This comment was already deleted by its author before we reviewed your
request, so no action was needed from us.

Reddit Legal
""",
)

case(
    name="reddit-bulleted-removed-and-stays-up",
    **{"from": "safety@reddit.com"},
    name_from="Reddit Safety",
    date="Fri, 13 Sep 2024 17:40:00 +0000",
    subject="Your report (KCSC-240909-05) has been reviewed",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report-review email, one bullet per item",
    why="post removed (percent-encoded URL); comment does not break the rules and stays up -> rejected",
    items={RD["post"]: "removed", RD["cmt"]: "rejected"},
    body=f"""
Hi,

Thanks for submitting a report to the Reddit Safety team. After
investigating, here is the outcome:

- {RD["post"]}
  Removed. This post violated Reddit's Content Policy.

- {RD["cmt"]}
  We didn't find that this comment breaks Reddit's rules, so it will stay up.

If you see anything else, you can report it at https://www.reddit.com/report

Reddit Safety
""",
)

case(
    name="discord-sole-statement-one-item",
    **{"from": "trust-safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 22:15:00 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety resolution reply that does not repeat the reported link",
    why="one-item request; the reply says the reported server was removed without repeating the URL",
    items={DC: "removed"},
    body="""
Hello,

Thank you for your report (KCSC-240910-06). Our team investigated the server
you reported and found that it violated our Community Guidelines. We have
removed the server from Discord and taken action against its owner.

Discord Trust & Safety
https://discord.com/guidelines
""",
)

case(
    name="telegram-two-posts-blocked",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 04:00:00 +0000",
    subject="Re: KCSC-240911-07 Case #4410281",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk short reply with a case number",
    why="two velvet_ledger_kr posts stated removed; the third item is not mentioned",
    items={TG["412"]: "removed", TG["415"]: "removed"},
    body=f"""
Hello,

Case #4410281.

Thank you for the report. The following posts have been taken down:
{TG["412"]}
{TG["415"]}

Regards,
Telegram Support
""",
)

case(
    name="telegram-invalid-link-angle-brackets",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Mon, 16 Sep 2024 09:30:00 +0000",
    subject="Re: KCSC-240911-07",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA contact reply on a link it cannot resolve",
    why="the harbor_notes_24 link (in angle brackets) is stated invalid / no such message -> not_found",
    items={TG["88"]: "not_found"},
    body=f"""
Dear Sir or Madam,

Regarding your notice KCSC-240911-07: the link <{TG["88"]}> is invalid.
There is no message with this number in that channel, and we have no record
of it. Please check the link and send us a new notice if needed.

Telegram DSA Team
""",
)

# ================================================================ REVIEW
case(
    name="x-promise-will-withhold",
    **{"from": "legal-support@x.com"},
    date="Thu, 05 Sep 2024 23:50:00 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising action after review",
    why="only a promise ('will be withheld once...'), nothing done yet",
    items={X[5]: "pending"},
    body=f"""
Hello,

We have looked at {X[5]} and, subject to final
legal review, it will be withheld in South Korea. We expect to complete
this within the next few business days.

X Legal
""",
)

case(
    name="yt-hedge-may-have-been",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 02:00:00 +0000",
    subject="Re: [4-1402000037722] KCSC-240904-02",
    outcome="review", review="not_understood",
    imitates="YouTube legal specialist hedging about a video's availability",
    why="'appears ... may have been removed by the uploader' is a hedge, not a statement",
    items={YT["hx"]: "pending"},
    body=f"""
Hello,

Regarding {YT["hx"]}: it appears that this video may have been
taken down by the uploader already, but we are still confirming this on
our side. We'll write again once we know more.

The YouTube Legal Team
""",
)

case(
    name="tiktok-bulk-all-removed",
    **{"from": "lawenforcement@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    date="Fri, 13 Sep 2024 03:33:00 +0000",
    subject="KCSC-240906-04 completed",
    outcome="review", review="bulk",
    imitates="TikTok closing reply that sums up the whole request in one sentence",
    why="'all of the content' for a five-item request, no item named",
    items={TT["s1"]: "pending", TT["s2"]: "pending", TT["m3"]: "pending", TT["macc"]: "pending", TT["o5"]: "pending"},
    body="""
Hello,

We have completed our review of request KCSC-240906-04. All of the content
reported in your request has been removed from TikTok.

We consider this request closed.

TikTok Law Enforcement Outreach
""",
)

case(
    name="reddit-bulk-both-removed",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Sat, 14 Sep 2024 00:12:00 +0000",
    subject="Re: KCSC-240909-05",
    reply_to_req="req-240909-05",
    outcome="review", review="bulk",
    imitates="Reddit legal short closing reply",
    why="'the content you reported' for a two-item request, no item named",
    items={RD["post"]: "pending", RD["cmt"]: "pending"},
    body="""
Hi,

We've reviewed your request and removed the content you reported.

Thanks,
Reddit Legal
""",
)

case(
    name="x-auth-fail",
    **{"from": "legal-support@x.com"},
    auth="fail",
    date="Sat, 07 Sep 2024 10:10:10 +0000",
    subject="Re: KCSC-240903-01",
    outcome="review", review="untrusted",
    imitates="X legal reply relayed through a forwarder that broke DKIM/SPF",
    why="From x.com but authentication fails",
    items={X[1]: "pending", X[2]: "pending"},
    body=f"""
Hello,

The following posts have been removed:
{X[1]}
{X[2]}

X Legal
""",
)

case(
    name="lawfirm-unknown-sender",
    **{"from": "counsel@hanbit-law.example"},
    name_from="Hanbit Law Office",
    date="Mon, 09 Sep 2024 05:25:00 +0000",
    subject="KCSC-240903-01 - posts by our client",
    outcome="review", review="unknown_sender",
    imitates="a law firm for the account holder writing to the regulator",
    why="not a platform domain, speaks about requested X posts",
    items={X[3]: "pending", X[4]: "pending"},
    body=f"""
Dear Sir or Madam,

We act for the holder of the X account @bluemarsh_kr. Our client has
deleted the following posts voluntarily:

{X[3]}
{X[4]}

We ask that the Commission take this into account.

Hanbit Law Office
""",
)

case(
    name="pinterest-wrong-platform",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    date="Tue, 10 Sep 2024 16:00:00 +0000",
    subject="Re: KCSC-240904-02",
    outcome="review", review="wrong_platform",
    imitates="Pinterest legal reply about a Pin that linked to a reported YouTube video",
    why="Pinterest states a status for a YouTube item",
    items={YT["qm"]: "pending"},
    body=f"""
Hello,

We received a copy of your request. We found a Pin linking to
{YT["qm"]} and have removed the link from Pinterest. Please note
that we do not host that video; the video itself is on YouTube.

Pinterest Legal
""",
)

case(
    name="twitch-no-claims",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Trust & Safety",
    date="Wed, 11 Sep 2024 20:20:00 +0000",
    subject="Following up on your report",
    outcome="review", review="no_claims",
    imitates="Twitch Trust & Safety generic follow-up after a report",
    why="trusted platform mail naming no item and no request",
    items={},
    body="""
Hi,

Thank you for reporting. We've completed our review of the channel you
reported and taken appropriate action in line with our Community Guidelines.
For privacy reasons we can't share the details of the action taken.

Twitch Trust & Safety
https://safety.twitch.tv/s/article/Community-Guidelines
""",
)

case(
    name="meta-asks-more",
    **{"from": "legal-noreply@meta.com"},
    name_from="Meta Legal",
    date="Fri, 06 Sep 2024 05:05:05 +0000",
    subject="Additional information needed - KCSC-240905-03",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Meta legal request-for-information before acting on a government notice",
    why="asks for the legal basis and a court or administrative order before deciding",
    items={META["grp"]: "pending"},
    body=f"""
Hello,

We are reviewing your request KCSC-240905-03. Before we can take action on
{META["grp"]}, please provide:

1. the specific provision of Korean law that the content violates, and
2. a copy of the administrative decision or court order, if any.

Please reply to this email with the requested information.

Meta Legal Team
""",
)

case(
    name="discord-conditional",
    **{"from": "trust-safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 02:45:00 +0000",
    subject="Re: KCSC-240910-06",
    outcome="review", review="not_understood",
    imitates="Discord T&S interim reply describing conditional action",
    why="'if we confirm..., we will remove' is a condition and a promise",
    items={DC: "pending"},
    body=f"""
Hello,

We're looking into the server behind {DC}. If we confirm that it
violates our Community Guidelines, we will remove it and notify you.

Discord Trust & Safety
""",
)

case(
    name="x-unmatched-typo-id",
    **{"from": "legal-support@x.com"},
    date="Sat, 14 Sep 2024 01:01:01 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    outcome="review", review="unmatched_claims",
    imitates="X legal reply quoting a post id one digit off from the one requested",
    why="the only stated URL is not one of the requested items",
    items={},
    body="""
Hello,

https://x.com/haneul_pick/status/1831204417700000103 has been removed for
violating the X Rules.

X Legal
""",
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    **{"from": "k.woods@x.com"},
    name_from="Kerry Woods",
    date="Tue, 03 Sep 2024 01:03:00 +0000",
    subject="Automatic reply: KCSC-240903-01 Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply quoting the request",
    why="out-of-office auto-reply; quoted URLs state nothing",
    items={},
    body=f"""
I am out of the office until 9 September with limited access to email.
For urgent legal matters please contact legal-support@x.com.

-----Original Message-----
{X_REQ}
""",
)

_dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok-kr.example
Subject: KCSC-240906-04 Request to remove content
Message-ID: <req-240906-04-copy@kcsc.example>
Date: Fri, 06 Sep 2024 14:00:00 +0900

{TT_REQ}
"""
case(
    name="tiktok-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Fri, 06 Sep 2024 05:01:12 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) for a copy sent to a wrong address",
    why="delivery failure report; the returned request states nothing",
    items={},
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B520DSN.1725598872/mx.kcsc.example"

--B520DSN.1725598872/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok-kr.example>: Host or domain name not found. Name service
    error for name=tiktok-kr.example type=MX: Host not found

--B520DSN.1725598872/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri,  6 Sep 2024 14:00:03 +0900 (KST)

Final-Recipient: rfc822; legal-kr@tiktok-kr.example
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found

--B520DSN.1725598872/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_dsn_orig}
--B520DSN.1725598872/mx.kcsc.example--
""",
)

case(
    name="meta-mdn-read-receipt",
    **{"from": "s.lindqvist@meta.com"},
    name_from="Sara Lindqvist",
    date="Thu, 05 Sep 2024 02:40:00 +0000",
    subject="Read: KCSC-240905-03 Request to remove content",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 message disposition notification (read receipt)",
    why="read receipt only",
    items={},
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn_520_meta"

--mdn_520_meta
Content-Type: text/plain; charset=utf-8

Your message

  To: s.lindqvist@meta.com
  Subject: KCSC-240905-03 Request to remove content
  Sent: Thursday, September 5, 2024 9:15 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 11:40 AM (UTC+09:00) Seoul.

--mdn_520_meta
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;s.lindqvist@meta.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_520_meta--
""",
)

case(
    name="yt-legal-receipt-ack",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 02:35:00 +0000",
    subject="[4-1402000037722] We've received your request KCSC-240904-02",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals automatic receipt with a request number",
    why="pure receipt: request number assigned, review promised, nothing stated",
    items={},
    body="""
Hello,

Thanks for contacting Google. We've received your legal request and have
assigned it the number 4-1402000037722. Please keep this number in the
subject line of any further correspondence.

Our team will review your request and get back to you. This message was
sent automatically; replies are not monitored.

Google Legal Support
""",
)

case(
    name="reddit-ticket-receipt",
    **{"from": "support@reddit.com"},
    name_from="Reddit Help",
    date="Mon, 09 Sep 2024 02:01:00 +0000",
    subject="[Reddit Help] Request received: KCSC-240909-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'your request has been received' ticket mail",
    why="ticket receipt only",
    items={},
    body="""
##- Please type your reply above this line -##

Your request (#11829431) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Reddit Help
""",
)

case(
    name="snapchat-unmonitored-auto-reply",
    **{"from": "no-reply@snap.com"},
    name_from="Snapchat Support",
    date="Tue, 10 Sep 2024 07:07:07 +0000",
    subject="Re: KCSC-240906-04 Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="auto_reply",
    imitates="Snap 'this mailbox is not monitored' automatic answer to a misdirected copy",
    why="automatic reply from an unmonitored mailbox",
    items={},
    body="""
This is an automated message. This email address is not monitored and your
message has not been read.

Law enforcement and government agencies can find how to submit requests at
https://values.snap.com/safety/safety-enforcement

Snap Inc.
""",
)

case(
    name="discord-ack-echo-url",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    date="Tue, 10 Sep 2024 07:30:00 +0000",
    subject="[Discord] Request received (Ticket #29931174)",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord support ticket receipt that echoes the reported link",
    why="receipt that repeats the reported invite; states nothing about it",
    items={DC: "pending"},
    body=f"""
Hi there,

Thanks for reaching out to Discord Trust & Safety. We've received your
report and created ticket #29931174.

Reported content: {DC}

A member of our team will review it. You'll receive an email when there is
an update on your ticket.

Discord
""",
)

HEADER = """# Blind set 520 (tests/corpus/blind520/): English notices from many
# platforms. Written by tests/corpus/blind520/make.py; expected results come
# from each email's meaning, written before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(len(cases), "cases")
