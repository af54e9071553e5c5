#!/usr/bin/env python3
"""Blind set blind796: English notices from many platforms (X, YouTube,
Meta, TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind796/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind796"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240917-01", "KCSC-240917-02", "KCSC-240918-03", "KCSC-240919-04",
    "KCSC-240920-05", "KCSC-240923-06", "KCSC-240924-07",
)

X = {
    1: "https://x.com/grey_lantern_kr/status/1835512200471180033",
    2: "https://x.com/grey_lantern_kr/status/1835512899012345601",
    3: "https://x.com/mokpo_deals99/status/1835020471122334455",
    4: "https://x.com/mokpo_deals99/status/1835020473300011122",
    5: "https://x.com/night_owl_3321/status/1834900112233445566",
    6: "https://x.com/pale_river_acc/status/1834877001122003344",
    7: "https://x.com/sunbae_market_kr",
    8: "https://x.com/hanul_tips/status/1834701234567890123",
    9: "https://x.com/hanul_tips/status/1834702345678901234",
    10: "https://x.com/q_d_archive/status/1834555666777888999",
    11: "https://x.com/q_d_archive/status/1834555666777889000",
    12: "https://twitter.com/old_bluebird_77/status/1833999888777666555",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    2: "https://www.youtube.com/watch?v=bR7nW0kZs4E",
    3: "https://youtu.be/Hc9dK2mVt6Y",
    4: "https://www.youtube.com/shorts/Zp4LqW8nR1s",
    5: "https://www.youtube.com/@bamboo_signal_tv",
}
M = {
    1: "https://www.facebook.com/groups/seoulquickloans/posts/8812345567001234",
    2: "https://www.facebook.com/profile.php?id=100089912345678",
    3: "https://www.instagram.com/p/C9xQe4LrTbV/",
    4: "https://www.instagram.com/reel/C9zKp2mNwQa/",
}
T = {
    1: "https://www.tiktok.com/@glowup_pharm_kr/video/7412345678901234567",
    2: "https://www.tiktok.com/@glowup_pharm_kr/video/7412345679988776655",
    3: "https://www.tiktok.com/@mint_casino_live/video/7409876543210987654",
}
# r1 is stored percent-encoded; emails may write its Korean slug raw.
R = {
    1: "https://www.reddit.com/r/koreadeals/comments/1fk2x9q/%EC%8B%A0%EB%B6%84%EC%A6%9D_%ED%8C%90%EB%A7%A4/",
    2: "https://www.reddit.com/r/koreadeals/comments/1fk3b7z/comment/lnv8q2d/",
}
R1_RAW = "https://www.reddit.com/r/koreadeals/comments/1fk2x9q/신분증_판매/"
D = {
    1: "https://discord.gg/h7VqPz3K",
    2: "https://discord.com/channels/1187766554433221100/1187766554433221105/1285112233445566778",
}
W = {1: "https://www.twitch.tv/videos/2251234567"}

REQUESTS = [
    (R1, "x", "2024-09-17T10:00:00+09:00", "2024-09-24T23:59:59+09:00", X, "illegal_goods",
     "largest request: posts and one account"),
    (R2, "youtube", "2024-09-17T14:00:00+09:00", "2024-09-24T23:59:59+09:00", Y, "fraud",
     "videos, a Short and a channel"),
    (R3, "meta", "2024-09-18T11:00:00+09:00", "2024-09-25T23:59:59+09:00", M, "illegal_lending",
     "Facebook and Instagram"),
    (R4, "tiktok", "2024-09-19T10:00:00+09:00", "2024-09-26T23:59:59+09:00", T, "drugs_gambling", ""),
    (R5, "reddit", "2024-09-20T10:00:00+09:00", "2024-09-27T23:59:59+09:00", R, "forged_documents",
     "r1 has a Korean slug"),
    (R6, "discord", "2024-09-23T10:00:00+09:00", "2024-09-30T23:59:59+09:00", D, "illegal_goods",
     "server invite and a message"),
    (R7, "twitch", "2024-09-24T10:00:00+09:00", "2024-10-01T23:59:59+09:00", W, "gambling", "one item"),
]


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def reqid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for k in sorted(urls):
                w.writerow([ref, plat, sent, due, urls[k], cat, msgid(ref), note])


# ---------------------------------------------------------------- helpers
def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


X_REQUEST_TEXT = f"""Dear X Corp.,

Under Article 44-7 of the Information and Communications Network Act, the
Korea Communications Standards Commission asks you to remove or block access
to the following content (reference {R1}):

1. {X[1]}
2. {X[2]}
3. {X[3]}
4. {X[4]}
5. {X[5]}
6. {X[6]}

(6 further URLs in the attached list)

Please tell us the result by 24 September 2024.

KCSC Takedown Team"""

META_REQUEST_TEXT = f"""Dear Meta,

The Korea Communications Standards Commission requests the removal of the
following content (reference {R3}):

{M[1]}
{M[2]}
{M[3]}
{M[4]}

Please remove or block these within 7 days and tell us the result.

KCSC Takedown Team"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# ---------------------------------------------------------------- X
case(
    name="x-legal-outcome-sections",
    frm="legal-ops@x.com", name_from="X Legal",
    date="Wed, 25 Sep 2024 16:02:11 +0900",
    subject=f"Re: [{R1}] Request to remove content - X Corp. response",
    reply_to_req=reqid(R1),
    body=f"""
Hello,

Thank you for your request dated 17 September 2024 (reference {R1}). X has
reviewed the reported content against the X Rules and the laws of the
Republic of Korea. Our actions are set out below.

Withheld in the Republic of Korea (Country Withheld Content):
- {X[1]}
- {X[2]}

Removed for violating the X Rules (illegal or certain regulated goods and services):
- {X[3]}

No action taken:
- {X[4]}
  We did not find that this post violates the X Rules, and the request does
  not identify a provision of Korean law that the post breaches. The post
  remains available.

The account holders have been notified in line with our user notice policy,
and a copy of your request may be published on Lumen.

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email with CWC withheld / removed / no action sections",
    why="each section heading states an unhedged outcome for the URLs listed under it; the no-action post has a reason",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "rejected"},
)

case(
    name="x-account-suspended",
    frm="support@x.com", name_from="X Support",
    date="Wed, 25 Sep 2024 18:40:05 +0900",
    subject=f"Case 0192837465 - {R1}",
    body=f"""
Hello KCSC team,

We're writing about one of the accounts listed in your report {R1}:

{X[7]}

After review, this account has been permanently suspended for repeated
violations of our rules on illegal and regulated goods. Its profile and
posts are no longer visible on X.

We are still reviewing the other URLs in your report and will reply
separately.

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support reply on a reported account (permanent suspension)",
    why="a permanently suspended account is no longer visible: removed; the unnamed other URLs are only promised a reply",
    items={X[7]: "removed"},
)

case(
    name="x-bare-url-action-below",
    frm="legal-ops@x.com", name_from="X Legal",
    date="Thu, 26 Sep 2024 09:12:44 +0900",
    subject=f"X Corp. - outcome for {R1} (part 2)",
    body=f"""
Hi,

Outcome for the posts we have completed so far:

{X[5]}
Action: Withheld in KR

{X[6]}
Action: Removed globally (violation of the X Rules)

{X[8]}
Action: None - the post was deleted by the account holder before our review

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations status list: bare URL with an Action line below",
    why="each bare URL is followed by its own Action line; deleted by its author = not_found",
    items={X[5]: "restricted", X[6]: "removed", X[8]: "not_found"},
)

case(
    name="x-html-status-table",
    frm="legal-ops@x.com", name_from="X Legal",
    date="Fri, 27 Sep 2024 11:30:00 +0900",
    subject=f"Re: {R1} - status table",
    type="html",
    body=f"""
<html><body>
<p>Dear KCSC,</p>
<p>Please find below the status of the remaining items from request {R1}.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Outcome</th><th>Notes</th></tr>
<tr><td>1</td><td><a href="{X[9]}">{X[9]}</a></td><td>Removed</td><td>Violation of X Rules</td></tr>
<tr><td>2</td><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld in Korea</td><td>Local law (CWC)</td></tr>
<tr><td>3</td><td><a href="{X[11]}">{X[11]}</a></td><td>No action</td><td>Not in violation of the X Rules or local law</td></tr>
<tr><td>4</td><td>{X[12]}</td><td>Not found</td><td>The post does not exist</td></tr>
</table>
<p>See <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our help page</a> on withheld content.</p>
<p>X Legal Operations</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as an HTML table (URL / outcome / notes)",
    why="one row per URL with its outcome; help link is not an item",
    items={X[9]: "removed", X[10]: "restricted", X[11]: "rejected", X[12]: "not_found"},
)

case(
    name="x-url-on-line-below-statement",
    frm="cwc-notices@x.com", name_from="X Legal",
    date="Thu, 26 Sep 2024 14:05:19 +0900",
    subject=f"Your legal request {R1}",
    body=f"""
Hello,

In response to your legal request we have withheld the following posts in South Korea:
{X[1]}
{X[2]}

The following post had already been deleted by its author when we reviewed it, so no action was required:
{X[3]}

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Country Withheld Content confirmation with URLs on the lines below the statement",
    why="statement line ends with ':' and the URLs follow it; author-deleted = not_found",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "not_found"},
)

case(
    name="x-gmail-top-post-over-quoted-request",
    frm="mpark@x.com", name_from="Minji Park",
    date="Fri, 27 Sep 2024 10:21:37 +0900",
    subject=f"Re: [{R1}] Removal request",
    reply_to_req=reqid(R1),
    body=f"""
Hi team,

Quick update from our side: {X[5]} has now been removed, and
{X[6]} is withheld in Korea as of this morning.

The rest are still with the legal team.

Minji

On Tue, Sep 17, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(X_REQUEST_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea staff reply top-posted in Gmail over the quoted request",
    why="two items stated above the quote; the URLs inside the '>' quote are our own request and stay pending",
    items={X[5]: "removed", X[6]: "restricted", X[1]: "pending", X[2]: "pending",
           X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-bilingual-korean-particles",
    frm="kr-policy@x.com", name_from="X Korea Public Policy",
    date="Mon, 30 Sep 2024 15:48:02 +0900",
    subject=Header(f"RE: {R1} 처리 결과 / outcome", "utf-8").encode(),
    body=f"""
Hello,

Please see the outcome for two posts from request {R1}.

- {X[8]} : withheld in Korea under our Country Withheld Content policy.
- {X[9]} : removed for violating the X Rules.

(국문 요약)
{X[8]} 게시물은 국내에서 접속이 제한되었으며, {X[9]}의 게시물은 삭제되었습니다.

Thanks,
X Korea Public Policy
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea public-policy reply with an English list and a Korean summary",
    why="English and Korean lines agree: x8 restricted (국내 접속 제한), x9 removed (삭제); URL followed directly by particle 의",
    items={X[8]: "restricted", X[9]: "removed"},
)

# ---------------------------------------------------------------- YouTube
case(
    name="yt-legal-blocked-kr-and-removed",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Wed, 25 Sep 2024 08:15:40 +0000",
    subject=f"[3-1190877662014] Re: Legal removal request {R2}",
    body=f"""
Hello,

Thanks for contacting YouTube. We have reviewed the content you reported in
your legal request.

Following our review, we have blocked the following videos from view on
YouTube in South Korea, based on local legal requirements:

{Y[1]}
{Y[2]}

In addition, we have removed the following video from YouTube globally
because it violates our Community Guidelines:

{Y[3]}

For more information about how we handle legal removal requests, see
https://support.google.com/youtube/answer/6154218 .

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome (local block vs. global Community Guidelines removal)",
    why="blocked from view in South Korea = restricted; removed globally = removed; support link is not an item",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-age-restricted-and-terminated",
    frm="no-reply@youtube.com", name_from="YouTube Trust & Safety",
    date="Thu, 26 Sep 2024 02:44:09 +0000",
    subject=f"Update on your report ({R2})",
    body=f"""
Hi KCSC,

Our team reviewed the following content from your report and took these actions:

\u2022 {Y[4]} \u2014 age-restricted. The Short stays on YouTube but can no longer be watched by signed-out viewers or viewers under 18.
\u2022 {Y[5]} \u2014 channel terminated for severe violations of our spam, deceptive practices and scams policies.

You can learn more about age restrictions here: https://support.google.com/youtube/answer/2802167

\u2014 YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report-outcome email (age restriction, channel termination)",
    why="age-restricted = restricted; terminated channel = removed",
    items={Y[4]: "restricted", Y[5]: "removed"},
)

case(
    name="yt-numbered-final-outcome",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Fri, 27 Sep 2024 06:30:12 +0000",
    subject=f"[3-1190877662014] Your request {R2}: final outcome",
    body=f"""
Hello,

This is the final outcome for your request.

1. {Y[1]}
   Removed: violates our Harassment and cyberbullying policy.
2. {Y[2]}
   No action taken. We reviewed the video against our Community Guidelines
   and Korean law and did not find sufficient grounds to remove or restrict
   it. It remains available.
3. {Y[4]}
   The video is no longer available: it was deleted by the uploader.

If you have further information, such as a court order, you may submit a new
request at https://support.google.com/legal/answer/3110420 .

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support final-outcome list, one numbered entry per URL",
    why="each numbered URL has its own outcome line below; the invitation to file a new request asks for nothing",
    items={Y[1]: "removed", Y[2]: "rejected", Y[4]: "not_found"},
)

_yt_qp = f"""Hello,

We\u2019re following up on the video you flagged to us: {Y[3]}

We reviewed the video and found that it violates our Community Guidelines on harmful or dangerous content. The video has been removed from YouTube, and the uploader has been notified and given a strike.

Thank you for helping to keep YouTube a safe place.

The YouTube Team

\u00a9 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
"""
case(
    name="yt-quoted-printable-removed",
    frm="no-reply@youtube.com", name_from="YouTube",
    date="Thu, 26 Sep 2024 11:02:55 +0000",
    subject=f"Content removed - {R2}",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_qp),
    outcome="applied", classification="confirmation",
    imitates="YouTube flagged-video outcome email, quoted-printable body",
    why="the one video named is stated removed (soft line breaks and =E2=80=99 in the body)",
    items={Y[3]: "removed"},
)

case(
    name="yt-url-with-bracketed-outcome",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Mon, 30 Sep 2024 07:19:31 +0000",
    subject=f"[3-1190877662014] {R2} - remaining items",
    body=f"""
Hello,

Our decisions on the two remaining items of your request:

{Y[5]} (no action - after review, the channel does not violate our policies or the local law cited)
{Y[3]} (video unavailable - it was removed by the uploader before we completed our review)

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support short reply, outcome in brackets after each URL",
    why="channel kept with a reason = rejected; removed by its uploader = not_found",
    items={Y[5]: "rejected", Y[3]: "not_found"},
)

# ---------------------------------------------------------------- Meta
case(
    name="meta-local-law-restricted",
    frm="notification@facebookmail.com", name_from="Facebook",
    date="Thu, 26 Sep 2024 04:10:00 +0000",
    subject=f"Your report {R3}: outcome",
    body=f"""
Hi,

Thanks for your report about content that may violate local law in South Korea.

We first reviewed the content against our Community Standards. The profile
below goes against our Community Standards, so we removed it:
{M[2]}

The following content doesn't go against our Community Standards. After a
legal review, we've restricted access to it in South Korea based on local law:
{M[1]}
{M[3]}

The people who posted this content have been notified.

Thanks,
Meta Content Policy - Government Requests
""",
    outcome="applied", classification="confirmation",
    imitates="Meta local-law report outcome (Community Standards removal, then country restriction)",
    why="profile removed; group post and Instagram post restricted in South Korea",
    items={M[2]: "removed", M[1]: "restricted", M[3]: "restricted"},
)

case(
    name="meta-outlook-original-message",
    frm="lrt@meta.com", name_from="Legal Response Team",
    date="Thu, 26 Sep 2024 09:55:21 +0900",
    subject=f"RE: {R3} Removal request (Facebook / Instagram)",
    reply_to_req=reqid(R3),
    body=f"""
Dear Sir/Madam,

The Instagram reel {M[4]} has been taken down for violating our Community Guidelines on regulated goods.

Best regards,
Legal Response Team
Meta Platforms, Inc.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 11:00 AM
To: Legal Response Team <lrt@meta.com>
Subject: {R3} Removal request (Facebook / Instagram)

{META_REQUEST_TEXT}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta legal response sent from Outlook above the unquoted original request",
    why="only the reel is stated; URLs below -----Original Message----- are our own request",
    items={M[4]: "removed", M[1]: "pending", M[2]: "pending", M[3]: "pending"},
)

case(
    name="ig-invalid-link-and-removed-reel",
    frm="no-reply@mail.instagram.com", name_from="Instagram",
    date="Fri, 27 Sep 2024 03:33:48 +0000",
    subject=f"Re: {R3}",
    reply_to_req=reqid(R3),
    body=f"""
Hi there,

We checked the two Instagram links in your request.

The post at {M[3]} doesn't exist on Instagram: the link doesn't lead to any
post or account.

The reel {M[4]} was removed because it goes against our Community Guidelines.

Instagram Help Team

On Wed, 18 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(META_REQUEST_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram help-team reply on reported links, Gmail-style quote below",
    why="invalid link / does not exist = not_found; reel removed; Facebook URLs only in the quote",
    items={M[3]: "not_found", M[4]: "removed", M[1]: "pending", M[2]: "pending"},
)

_meta_csv = f"""request_ref,url,surface,action,scope,reason
{R3},{M[1]},Facebook,REMOVED,Global,Community Standards \u2013 Fraud and scams
{R3},{M[2]},Facebook,RESTRICTED,KR,Local law
{R3},{M[3]},Instagram,NO_ACTION,,Does not violate Community Guidelines; request not legally sufficient
{R3},{M[4]},Instagram,NOT_FOUND,,Content no longer available when reviewed
"""
case(
    name="meta-csv-outcome-attachment",
    frm="gov-requests@meta.com", name_from="Meta Government Requests",
    date="Mon, 30 Sep 2024 05:02:13 +0000",
    subject=f"{R3} \u2013 outcome report attached",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b796_meta_csv"

--=_b796_meta_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Attached is the outcome report for your request {R3} (4 items). The
column "action" shows what we did for each URL and "scope" where it applies.

Regards,
Meta Government Requests Operations

--=_b796_meta_csv
Content-Type: text/csv; charset=utf-8; name="{R3}_outcome.csv"
Content-Disposition: attachment; filename="{R3}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_meta_csv.encode("utf-8"))}
--=_b796_meta_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request outcome report as a CSV attachment",
    why="one CSV row per URL: REMOVED, RESTRICTED (KR), NO_ACTION with a reason, NOT_FOUND",
    items={M[1]: "removed", M[2]: "restricted", M[3]: "rejected", M[4]: "not_found"},
)

# ---------------------------------------------------------------- TikTok
case(
    name="tiktok-statement-of-reasons-echo",
    frm="noreply@service.tiktok.com", name_from="TikTok Trust and Safety",
    date="Wed, 25 Sep 2024 12:00:31 +0000",
    subject=f"TikTok: decision on your report ({R4})",
    body=f"""
Hello,

Thank you for your report. Below is our decision for each item.

Report details
  Reference: {R4}
  Submitted: 19 September 2024
  Reported as: Illegal content (Republic of Korea)

Item 1
  Content: {T[1]}
  Decision: Removed
  Ground: Violation of our Community Guidelines (regulated goods: drugs and medicines)
  Territorial scope: Global
  Automated means used: No

Item 2
  Content: {T[2]}
  Decision: Restricted - not available in the Republic of Korea
  Ground: Illegal content under local law (no violation of our Community Guidelines)
  Territorial scope: Republic of Korea
  Automated means used: No

If you disagree with a decision, you can appeal within 6 months through the
Safety Center in the app or at https://www.tiktok.com/legal/report/feedback .

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report decision modelled on a DSA statement of reasons (decision, ground, territorial scope)",
    why="each item block has its own Decision line; appeal link is not an item",
    items={T[1]: "removed", T[2]: "restricted"},
)

case(
    name="tiktok-one-removed-one-under-review",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Thu, 26 Sep 2024 17:25:00 +0900",
    subject=f"Re: {R4} removal request",
    reply_to_req=reqid(R4),
    body=f"""
Dear KCSC,

We have removed {T[1]} for violating our Community Guidelines.

{T[3]} is still under review by our local legal team; we expect to reply by
the end of next week.

Kind regards,
TikTok Legal (Korea)
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal partial answer (one done, one still under review)",
    why="t1 stated removed; 'still under review' for t3 is no statement",
    items={T[1]: "removed", T[3]: "pending"},
)

_tt_html = f"""<html><body>
<p>Hi KCSC,</p>
<p>We&#39;ve completed our review of the content you reported under reference {R4}.</p>
<ul>
<li><a href="{T[3]}">{T[3]}</a> &ndash; we&#39;ve restricted this video in your country/region because it is illegal under local law.</li>
<li><a href="{T[2]}">{T[2]}</a> &ndash; we couldn&#39;t take action: the video had already been deleted by its creator.</li>
</ul>
<p>Learn more about our <a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a>.</p>
<p>TikTok Trust and Safety</p>
</body></html>
"""
case(
    name="tiktok-base64-html-list",
    frm="noreply@service.tiktok.com", name_from="TikTok",
    date="Fri, 27 Sep 2024 08:41:16 +0000",
    subject="Update on your reports",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_tt_html.encode("utf-8")),
    outcome="applied", classification="confirmation",
    imitates="TikTok report-update notification, HTML body sent base64",
    why="t3 restricted in the country; t2 already deleted by its creator = not_found",
    items={T[3]: "restricted", T[2]: "not_found"},
)

case(
    name="tiktok-legal-review-no-action",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Mon, 30 Sep 2024 10:10:10 +0900",
    subject=f"{R4} \u2013 result of legal review",
    body=f"""
Dear KCSC team,

After a legal review, TikTok has decided not to take action on
{T[3]}.
The video shows a live stream of a card game without betting links or
payment details, and we did not find that it breaches our Community
Guidelines or Korean law. The video remains available on TikTok.

The other two videos in your request were handled in our earlier email.

Kind regards,
TikTok Legal (Korea)
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request refusal with its reasoning",
    why="refusal with a reason, video remains available = rejected; the other two are not named",
    items={T[3]: "rejected"},
)

# ---------------------------------------------------------------- Reddit
case(
    name="reddit-safety-removed-korean-slug",
    frm="noreply@redditmail.com", name_from="Reddit Safety",
    date="Wed, 25 Sep 2024 22:14:50 +0000",
    subject=f"Re: Your report to Reddit ({R5})",
    body=f"""
Hi,

Thanks for your report. Our Safety team has reviewed it and found that the
following content violated Reddit's Rules, and it has been removed:

{R1_RAW}
{R[2]}

We also took action against the account that posted them.

Thanks for helping keep Reddit safe.
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report-outcome message (content violated Reddit Rules and was removed)",
    why="both named items removed; r1 written with its raw Korean slug matches the percent-encoded request URL",
    items={R[1]: "removed", R[2]: "removed"},
)

case(
    name="reddit-legal-geoblock-angle-brackets",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Fri, 27 Sep 2024 01:05:00 +0000",
    subject=f"{R5} \u2013 Reddit response",
    body=f"""
Hello,

Reddit, Inc. has reviewed your request.

- <{R[2]}>: we have blocked access to this comment for users in South
  Korea. It remains visible elsewhere.
- <{R[1]}>: this post had already been removed by the moderators of
  r/koreadeals, so no further action was needed from us.

Regards,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply to a government request (geo-block, prior moderator removal)",
    why="comment geo-blocked in Korea = restricted; post taken down by moderators (not its author) = removed",
    items={R[2]: "restricted", R[1]: "removed"},
)

# ---------------------------------------------------------------- Discord
case(
    name="discord-ts-server-removed",
    frm="safety@discord.com", name_from="Discord Trust & Safety",
    date="Wed, 25 Sep 2024 19:30:44 +0000",
    subject=f"Re: [Discord T&S] Ticket #48213377 - {R6}",
    body=f"""
Hello,

Thank you for your report. Our Trust & Safety team has investigated and
taken action.

The server reached through the invite {D[1]} has been removed from Discord
for violating our Community Guidelines, and the message at
{D[2]}
has been deleted.

We don't share details of actions taken against individual accounts.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome (server removed, message deleted)",
    why="both items stated gone; the message URL stands on its own line inside the sentence",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="discord-invite-invalid",
    frm="safety@discord.com", name_from="Discord Trust & Safety",
    date="Thu, 26 Sep 2024 20:02:11 +0000",
    subject="Ticket #48213377: update",
    body=f"""
Hi there,

We weren't able to act on the invite link <{D[1]}>: it is invalid or has
expired, so we could not find a server from it.

The message you reported
(<{D[2]}>)
was found to violate our Community Guidelines and has been removed.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S ticket update (invalid invite, message removed)",
    why="invalid or expired invite = not_found; message removed; matched by URLs (no request reference)",
    items={D[1]: "not_found", D[2]: "removed"},
)

# ---------------------------------------------------------------- Twitch
case(
    name="twitch-one-item-no-url",
    frm="legal@twitch.tv", name_from="Twitch Legal",
    date="Thu, 26 Sep 2024 16:45:00 +0000",
    subject=f"Re: {R7} \u2013 request to remove content",
    reply_to_req=reqid(R7),
    body="""
Hello,

Thank you for contacting Twitch. We reviewed the content identified in your
request, and it has been removed from Twitch for violating our Community
Guidelines.

Best,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal short confirmation that names no URL",
    why="a request of one item: the sole unhedged statement applies to it",
    items={W[1]: "removed"},
)

case(
    name="twitch-vod-no-violation",
    frm="safety@twitch.tv", name_from="Twitch Safety",
    date="Fri, 27 Sep 2024 18:12:09 +0000",
    subject=f"Your report {R7}",
    body=f"""
Hi,

We've reviewed the VOD at {W[1]} against our Community Guidelines and the
law you cited. We did not find a violation, so no enforcement action was
taken and the VOD remains available.

Twitch Safety Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch safety report outcome, no violation found",
    why="kept up because no violation found = rejected",
    items={W[1]: "rejected"},
)

# ================================================================ REVIEW
case(
    name="x-promise-will-withhold",
    frm="legal-ops@x.com", name_from="X Legal",
    date="Wed, 25 Sep 2024 20:30:00 +0900",
    subject=f"Re: {R1}",
    body=f"""
Hello,

Thank you for your patience. We have completed our review of the following
posts, and they will be withheld in South Korea within the next 24 hours:

{X[1]}
{X[3]}

We will confirm once the action is in place.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="'will be withheld' is a promise, not a statement; names requested items",
    items={X[1]: "pending", X[3]: "pending"},
)

case(
    name="x-conditional-withhold",
    frm="mpark@x.com", name_from="Minji Park",
    date="Thu, 26 Sep 2024 13:14:15 +0900",
    subject=f"Re: [{R1}] Removal request",
    body=f"""
Hi,

We have notified the account holder of {X[10]}.
If the post is not deleted by the user within 48 hours, it will be withheld
in Korea. I'll let you know how it goes.

Minji
""",
    outcome="review", review="not_understood",
    imitates="X staff note on user notice before withholding",
    why="a condition and a promise; nothing has happened to the post yet",
    items={X[10]: "pending"},
)

case(
    name="x-bulk-all-actioned",
    frm="legal-ops@x.com", name_from="X Legal",
    date="Mon, 30 Sep 2024 17:00:00 +0900",
    subject=f"{R1} closed",
    body=f"""
Hello,

We have actioned all of the content listed in your request {R1} in
accordance with the X Rules and applicable local law. This request is now
closed on our side.

X Legal Operations
""",
    outcome="review", review="bulk",
    imitates="X legal closing note covering a whole request",
    why="one statement about all 12 items without naming any: bulk",
    items={u: "pending" for u in X.values()},
)

case(
    name="yt-may-be-restricted-hedge",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Wed, 25 Sep 2024 03:20:00 +0000",
    subject=f"[3-1190877662014] Regarding {R2}",
    body=f"""
Hello,

We have looked at the following videos from your request:

{Y[1]}
{Y[2]}

Based on our initial assessment, these videos may be restricted in South
Korea, depending on the outcome of our legal team's review. We will follow
up with a final decision.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply with a tentative assessment",
    why="'may be restricted, depending on' is a hedge and a condition; names items",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-removed-dmarc-fail",
    frm="no-reply@youtube.com", name_from="YouTube",
    auth="fail",
    date="Thu, 26 Sep 2024 05:05:05 +0000",
    subject=f"Content removed - {R2}",
    body=f"""
Hello,

The following videos you reported have been removed from YouTube:

{Y[1]}
{Y[2]}

The YouTube Team
""",
    outcome="review", review="untrusted",
    imitates="YouTube removal notice whose DKIM/SPF/DMARC checks failed",
    why="platform domain but authentication failed: statements kept, not applied",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="uploader-gmail-says-deleted",
    frm="bamboo.signal.tv@gmail.com", name_from="Bamboo Signal",
    date="Thu, 26 Sep 2024 21:40:00 +0900",
    subject=f"About my YouTube video - {R2}",
    body=f"""
Hello,

I am the owner of the YouTube channel bamboo_signal_tv. YouTube told me that
my video {Y[2]} was reported by your commission.

I have deleted this video myself today. Please close the case.

Thank you.
""",
    outcome="review", review="unknown_sender",
    imitates="uploader writing to the regulator from a personal webmail address",
    why="not from any platform's domain, though it names our request and a requested URL",
    items={Y[2]: "pending"},
)

case(
    name="meta-appears-already-removed",
    frm="notification@facebookmail.com", name_from="Facebook",
    date="Wed, 25 Sep 2024 07:45:30 +0000",
    subject=f"Re: {R3}",
    body=f"""
Hi,

It appears that the group post {M[1]} may already have been taken down
before we received your report; we are checking with the relevant team and
will confirm.

The profile {M[2]} is being reviewed.

Meta Content Policy - Government Requests
""",
    outcome="review", review="not_understood",
    imitates="Meta interim reply with an unconfirmed observation",
    why="'appears ... may already have been' is a hedge; 'is being reviewed' is no outcome",
    items={M[1]: "pending", M[2]: "pending"},
)

case(
    name="tiktok-bulk-three-removed",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Fri, 27 Sep 2024 11:11:11 +0900",
    subject=f"RE: {R4}",
    reply_to_req=reqid(R4),
    body="""
Dear KCSC,

Thank you for your notice. We reviewed the three videos you reported, and all
of them have been removed from TikTok for violating our Community Guidelines.

Kind regards,
TikTok Legal (Korea)
""",
    outcome="review", review="bulk",
    imitates="TikTok legal one-line confirmation covering a whole request",
    why="'all of them' for a three-item request, none named: bulk",
    items={u: "pending" for u in T.values()},
)

case(
    name="pinterest-pins-to-tiktok-video",
    frm="legal@pinterest.com", name_from="Pinterest Legal",
    date="Fri, 27 Sep 2024 16:00:00 +0000",
    subject=f"Re: Content removal request {R4}",
    body=f"""
Hello,

We received a copy of your request about the TikTok video
{T[3]}.

We found three Pins on Pinterest linking to this video. These Pins have been
removed, and the link is now blocked from being saved to Pinterest. The
video itself is hosted by TikTok, and we have no control over it.

Pinterest Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest legal reply about Pins linking to content hosted elsewhere",
    why="Pinterest states removals next to a TikTok item of our request; only TikTok can state its status",
    items={T[3]: "pending"},
)

case(
    name="reddit-asks-for-legal-basis",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Tue, 24 Sep 2024 23:50:00 +0000",
    subject=f"Re: {R5} \u2013 additional information needed",
    body=f"""
Hello,

To evaluate your request regarding the two items below, we need additional
information:

{R[1]}
{R[2]}

Please tell us which provision of Korean law each item violates, and attach a
copy of the Commission's decision. Once we receive this, we will continue our
review.

Regards,
Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis and the authority's decision",
    why="the platform asks for documents before acting; no status",
    items={R[1]: "pending", R[2]: "pending"},
)

case(
    name="telegram-contact-point-notice",
    frm="dsa@telegram.org", name_from="Telegram",
    date="Mon, 30 Sep 2024 09:00:00 +0000",
    subject="Telegram: updated contact point for authorities",
    body="""
Dear Sir or Madam,

Telegram has updated the process for receiving notices from authorities.
From 1 October 2024, notices should be submitted through the form at
https://telegram.org/support?authority=1 . We will keep answering notices
sent to this address until then.

Telegram Legal
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Telegram notice to authorities about a changed contact point",
    why="trusted platform mail that names no item and no request",
    items={},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    frm="mpark@x.com", name_from="Minji Park",
    date="Tue, 17 Sep 2024 10:00:41 +0900",
    subject=f"Automatic reply: [{R1}] Removal request",
    reply_to_req=reqid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 30 September with
limited access to email. For urgent legal requests, please write to
legal-ops@x.com.

Minji Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="google-dsn-bounce",
    frm="mailer-daemon@google.com", name_from="Mail Delivery Subsystem",
    date="Tue, 17 Sep 2024 05:00:09 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_b796_dsn"

--=_b796_dsn
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the address
couldn't be found, or is unable to receive mail.

--=_b796_dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 17 Sep 2024 05:00:05 +0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--=_b796_dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: {R2} Legal removal request (YouTube)
Date: Tue, 17 Sep 2024 14:00:00 +0900
Message-ID: <{msgid(R2)}>
Content-Type: text/plain; charset=utf-8

Dear Google,

Please remove or block access to the following videos (reference {R2}):

{Y[1]}
{Y[2]}
{Y[3]}

KCSC Takedown Team

--=_b796_dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification (address not found) with the original attached",
    why="DSN bounce; the URLs are only in our own returned request",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="meta-outlook-read-receipt",
    frm="jlee@meta.com", name_from="Ji-ho Lee",
    date="Thu, 19 Sep 2024 09:14:02 +0900",
    subject=f"Read: {R3} Removal request (Facebook / Instagram)",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b796_mdn"

--=_b796_mdn
Content-Type: text/plain; charset=utf-8

Your message

To: Ji-ho Lee
Subject: {R3} Removal request (Facebook / Instagram)
Sent: Wednesday, September 18, 2024 11:00:00 AM (UTC+09:00) Seoul

was read on Thursday, September 19, 2024 9:14:02 AM (UTC+09:00) Seoul.

--=_b796_mdn
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jlee@meta.com
Original-Message-ID: <{msgid(R3)}>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b796_mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    frm="noreply@service.tiktok.com", name_from="TikTok Support",
    date="Thu, 19 Sep 2024 01:02:03 +0000",
    subject="We've received your report [Ticket 7741205]",
    body=f"""
Hi,

Thanks for contacting TikTok. We have received your request regarding
{R4} and created ticket 7741205.

Our team will review your request and get back to you as soon as possible.
Please don't reply to this email; to add information, use the link in your
ticket.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure acknowledgement: received, ticket created, will review",
    items={},
)

case(
    name="discord-zendesk-receipt",
    frm="noreply@discord.com", name_from="Discord",
    date="Mon, 23 Sep 2024 01:05:00 +0000",
    subject=f"[Discord] Request received: Removal request {R6}",
    body="""
##- Please type your reply above this line -##

Your request (48213377) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord Trust & Safety

This email is a service from Discord.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord (Zendesk) request-received receipt",
    why="ticket receipt only; 'being reviewed' refers to the request, no item named",
    items={},
)

case(
    name="snapchat-mailbox-auto-reply",
    frm="lawenforcement@snapchat.com", name_from="Snap Inc.",
    date="Tue, 24 Sep 2024 02:00:00 +0000",
    subject="Automatic reply: Request for a contact point in Korea",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated message.

Thank you for contacting Snap Inc. This inbox does not accept legal process
or removal requests. Government agencies can submit requests through our
portal at https://www.snapchat.com/lawenforcement/portal .

Snap Inc. Law Enforcement Operations
""",
    outcome="ignored", classification="auto_reply",
    imitates="Snap law-enforcement mailbox automatic reply",
    why="automated reply pointing to a portal; no item, no request",
    items={},
)

case(
    name="twitch-noreply-autoresponse",
    frm="no-reply@twitch.tv", name_from="Twitch",
    date="Tue, 24 Sep 2024 01:00:20 +0000",
    subject=f"Re: {R7} \u2013 request to remove content",
    reply_to_req=reqid(R7),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi there,

This mailbox is not monitored, and replies to it are not read.

For legal requests, please visit https://www.twitch.tv/p/legal/ . For help
with your account, visit https://help.twitch.tv .

Twitch
""",
    outcome="ignored", classification="auto_reply",
    imitates="Twitch unmonitored-mailbox automatic response",
    why="auto-reply from an unmonitored address; policy links are not items",
    items={},
)


# ---------------------------------------------------------------- write
HEADER = """# Blind set blind796: English notices from many platforms.
# Written by tests/corpus/blind796/make.py from each email's meaning alone,
# before the reader was run on it. Each case is judged alone on a fresh
# ledger holding requests.csv. Do not edit by hand.
"""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("frm")
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
