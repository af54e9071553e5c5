#!/usr/bin/env python3
"""Blind set 484: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic:
    python3 tests/corpus/blind484/make.py

Every email is fictional and written in our own sentences; each case names in
`imitates` the kind of public notice it imitates. The expected results were
written from each email's meaning alone, before the reader was run on them.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

X = [
    "https://x.com/lucky_spin77/status/1830911122334455661",
    "https://x.com/lucky_spin77/status/1830911122334455779",
    "https://x.com/tojino_kr",
    "https://x.com/bet_harbor_kr/status/1829001234567890123",
    "https://x.com/bet_harbor_kr/status/1829001234567890456",
    "https://twitter.com/sodam_pills/status/1827712345678901234",
    "https://x.com/sodam_pills/status/1827712345678909876",
    "https://x.com/nightowl_casino/status/1831234500000000012",
    "https://x.com/nightowl_casino/status/1831234500000000345",
    "https://x.com/gold_ice_dealer/status/1826600000000000777",
    "https://x.com/gold_ice_dealer/status/1826600000000000888",
    "https://x.com/i/web/status/1825500000000000999",
]
Y = [
    "https://www.youtube.com/watch?v=Qm7TzL2pR8c",
    "https://youtu.be/bN4xKw9sE1o",
    "https://www.youtube.com/shorts/Hx2Lp0vQa7M",
    "https://www.youtube.com/@tojino_tv_official",
]
M = [
    "https://www.facebook.com/groups/448812993301/posts/1093847562019/",
    "https://www.instagram.com/p/C_kq3LmNo5x/",
    "https://www.facebook.com/profile.php?id=100089912345678",
]
T = [
    "https://www.tiktok.com/@nightowl.casino/video/7411223344556677881",
    "https://www.tiktok.com/@nightowl.casino/video/7411223344556677992",
    "https://www.tiktok.com/@sodam.pills/video/7409988776655443321",
    "https://www.tiktok.com/@sodam.pills",
    "https://www.tiktok.com/@goldice_kr/video/7412000111222333444",
]
R = [
    "https://www.reddit.com/r/koreabetting/comments/1f6xq2z/daily_free_spins_code_inside/",
    "https://www.reddit.com/user/pill_plug_kr/",
]
W = ["https://www.twitch.tv/videos/2251398765"]
P = [
    "https://www.pinterest.com/pin/987654321012345678/",
    "https://www.pinterest.com/pin/987654321012349901/",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "gambling", 'batch of 12: posts, one account, one "i/web" link'),
    ("KCSC-240905-02", "youtube", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00", Y,
     "gambling", "videos, a Short and a channel"),
    ("KCSC-240909-03", "meta", "2024-09-09T11:15:00+09:00", "2024-09-16T18:00:00+09:00", M,
     "drugs", "Facebook group post, Instagram post, profile"),
    ("KCSC-240911-04", "tiktok", "2024-09-11T09:40:00+09:00", "2024-09-18T18:00:00+09:00", T,
     "drugs", "videos and one account, sent via legal portal, copy by email"),
    ("KCSC-240912-05", "reddit", "2024-09-12T16:05:00+09:00", "2024-09-19T18:00:00+09:00", R,
     "gambling", "post and user profile"),
    ("KCSC-240916-06", "twitch", "2024-09-16T13:20:00+09:00", "2024-09-23T18:00:00+09:00", W,
     "obscenity", "one VOD"),
    ("KCSC-240919-07", "pinterest", "2024-09-19T10:10:00+09:00", "2024-09-26T18:00:00+09:00", P,
     "drugs", 'two Pins, "buy now" links'),
]
REF = {r[1]: r[0] for r in REQUESTS}


def req_id(ref):
    return "req." + ref  # Message-ID of our request is <req.REF@kcsc.example>


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_id(ref) + "@kcsc.example", note])


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"Our reference: {ref}",
        "",
        "The Korea Communications Standards Commission has found that the",
        "content at the addresses below is illegal under Korean law and asks",
        "you to remove it or to restrict access to it from Korea.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each item.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def mime_b64(text, ctype="text/plain"):
    b = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b)


def mime_qp(text, ctype="text/plain"):
    q = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + q)


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== X
A = REF["x"]

case(
    name="x-cwc-withheld-and-removed-top-posted",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (Country Withheld Content + X Rules removal), top-posted over the quoted request",
    why="Three posts withheld in South Korea, two removed for breaking the X Rules; the rest only quoted or promised.",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 08:14:09 +0000", subject=f"Re: [{A}] Request to remove illegal content",
    reply_to_req=req_id(A),
    body=f"""
Hello,

Thank you for your patience while we reviewed your request.

After review, we have withheld the following posts in South Korea under our
Country Withheld Content policy:

- {X[3]}
- {X[4]}
- {X[7]}

The following posts were found to violate the X Rules (illegal or certain
regulated goods or services) and have been removed from X:

- {X[9]}
- {X[10]}

We have not yet reached a decision on the remaining URLs in your request and
will write to you separately about them.

More about withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(A, X)}
""",
    items={X[3]: "restricted", X[4]: "restricted", X[7]: "restricted",
           X[9]: "removed", X[10]: "removed",
           X[0]: "pending", X[1]: "pending", X[2]: "pending", X[5]: "pending",
           X[6]: "pending", X[8]: "pending", X[11]: "pending"},
)

case(
    name="x-numbered-outcome-below-url",
    outcome="applied", classification="confirmation",
    imitates="X legal desk case outcome, numbered URLs with an 'Outcome:' line under each",
    why="Two withheld in KR, one refused after legal review (stays up), one no longer exists.",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 02:41:55 +0000", subject=f"Case 0142-9981-KR / {A} - outcome",
    body=f"""
Dear KCSC team,

Re: your notice {A}

We have completed our review of the reported content. The outcome for each
URL is set out below.

1. {X[0]}
   Outcome: Withheld in South Korea (KR)

2. {X[1]}
   Outcome: Withheld in South Korea (KR)

3. {X[5]}
   Outcome: No action taken. Following legal review we did not find this
   post to be unlawful in Korea, and it does not violate the X Rules.

4. {X[11]}
   Outcome: Not found. This post no longer exists on X.

Where permitted, the account holders have been notified in line with our
user notice policy.

X Legal
""",
    items={X[0]: "restricted", X[1]: "restricted", X[5]: "rejected", X[11]: "not_found"},
)

case(
    name="x-account-suspended",
    outcome="applied", classification="confirmation",
    imitates="X Support reply that a reported account was permanently suspended",
    why="The requested account URL is permanently suspended, i.e. no longer available: removed.",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Sat, 07 Sep 2024 11:02:17 +0000", subject=f"Re: {A} - account report",
    reply_to_req=req_id(A),
    body=f"""
Hi,

Thanks for reaching out. We reviewed the account you reported,
{X[2]} , and it has been permanently suspended for violating our
rules against the promotion of illegal gambling services.

Posts from other accounts named in your request are being handled by our
legal team, who will reply to you directly.

Thanks,
X Support
""",
    items={X[2]: "removed"},
)

case(
    name="x-promise-will-withhold",
    outcome="review", review="not_understood",
    imitates="X legal acknowledgement promising future withholding after legal review",
    why="Only a promise ('will be withheld once our review is complete'): both named posts stay pending.",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 06:30:00 +0000", subject=f"Re: [{A}] Request to remove illegal content",
    reply_to_req=req_id(A),
    body=f"""
Hello,

We have received your notice {A} and it is being processed by our legal
team.

The posts {X[6]} and
{X[8]} will be withheld in Korea once our
legal review is complete. We will follow up with the final outcome.

Regards,
X Legal
""",
    items={X[6]: "pending", X[8]: "pending"},
)

case(
    name="x-auth-fail-removed",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="X legal outcome notice, but the message fails DKIM/SPF/DMARC for x.com",
    why="Claims removals but the x.com From fails authentication: nothing applied.",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 13:45:12 +0000", subject=f"Re: [{A}] content removed",
    body=f"""
Hello,

The following posts from your request {A} have been removed:

{X[0]}
{X[1]}

Regards,
X Legal
""",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-dsa-sor-html-table",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons sent to a notifier, as an HTML table (decision, territorial scope, ground)",
    why="One removed worldwide, one access disabled in KR only, one no restriction (refused).",
    **{"from": "dsa-notices@x.com"}, name_from="X Trust & Safety",
    date="Tue, 10 Sep 2024 09:20:40 +0000", subject=f"Decision on your notice {A}",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have taken the following decisions on the items in your notice <b>{A}</b>.
Each decision was made by a human reviewer.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Item</th><th>Decision</th><th>Territorial scope</th><th>Ground</th></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Removal of the post</td><td>Worldwide</td><td>Incompatible with the X Rules (illegal goods and services)</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Access disabled</td><td>Republic of Korea only</td><td>Illegal under the law of the Republic of Korea</td></tr>
<tr><td><a href="{X[1]}">{X[1]}</a></td><td>No restriction</td><td>&ndash;</td><td>Not found to be illegal or in breach of the X Rules</td></tr>
</table>
<p>Information about how we handle notices is available in our
<a href="https://help.x.com/en/rules-and-policies/enforcement-options">Help Center</a>.</p>
<p>X Trust &amp; Safety</p>
</body></html>
""",
    items={X[6]: "removed", X[8]: "restricted", X[1]: "rejected"},
)

case(
    name="x-report-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="X automatic 'we received your report' receipt with a case number",
    why="Pure receipt: a case number, no statement about any item.",
    **{"from": "no-reply@x.com"}, name_from="X",
    date="Tue, 03 Sep 2024 01:05:33 +0000", subject="[Case 0142-9981-KR] We received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

We've received your report and a case has been opened.

Case number: 0142-9981-KR
Reference you provided: {A}

Our team reviews reports in the order they are received. You don't need to
reply to this email; we will contact you if we need more information.

X
""",
    items={},
)

case(
    name="x-bulk-all-withheld",
    outcome="review", review="bulk",
    imitates="X legal reply stating one action for a whole batch request without listing items",
    why="'All of the posts and accounts' of a 12-item request, none named: bulk review, all pending.",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 07:12:00 +0000", subject=f"Re: [{A}] Request to remove illegal content",
    reply_to_req=req_id(A),
    body=f"""
Hello,

Further to your notice {A}, please be advised that we have withheld all of
the reported posts and accounts in South Korea in response to your legal
demand.

Regards,
X Legal
""",
    items={u: "pending" for u in X},
)

case(
    name="x-ack-phrase-plus-statement",
    outcome="applied", classification="confirmation",
    imitates="X reply that opens like a receipt and then states the action on the one post",
    why="Despite the 'we received' opening, it states plainly that the post is withheld in South Korea.",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 04:58:31 +0000", subject=f"Re: [{A}] Request to remove illegal content",
    reply_to_req=req_id(A),
    body=f"""
Hello,

Thank you for your report. We have received it and reviewed the content.

The post {X[7]} has been withheld in South Korea in
response to your legal demand.

Case number: 0142-9981-KR

X Legal
""",
    items={X[7]: "restricted"},
)

case(
    name="x-angle-brackets-url-below",
    outcome="applied", classification="confirmation",
    imitates="X legal operations agent writing by hand, each statement followed by the URL in angle brackets on the next line",
    why="Removed, withheld in Korea, and could not be located: each statement sits above its URL.",
    **{"from": "m.ortega@x.com"}, name_from="Marta Ortega",
    date="Fri, 06 Sep 2024 17:33:08 +0000", subject=f"RE: {A}",
    reply_to_req=req_id(A),
    body=f"""
Hi there,

Update on three of the items in your request.

This post was removed for violating our illegal goods policy:
<{X[9]}>

This post is withheld in the Republic of Korea:
<{X[10]}>

We could not locate this post; it was most likely deleted by the account
holder before our review:
<{X[11]}>

Best,
Marta Ortega
Legal Operations, X Corp.
""",
    items={X[9]: "removed", X[10]: "restricted", X[11]: "not_found"},
)

case(
    name="x-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from X legal with the '-----Original Message-----' request below",
    why="'Both posts below have been removed' names each of the two posts; the original request underneath is only quoted.",
    **{"from": "j.kim@x.com"}, name_from="Jiwon Kim",
    date="Mon, 09 Sep 2024 05:10:44 +0000", subject=f"RE: {A} Request to remove illegal content",
    reply_to_req=req_id(A),
    body=f"""
Hello,

Both posts below have been removed from X for violating our rules on
illegal drugs:

{X[5]}
{X[6]}

We are still reviewing the rest of your list.

Best regards,
Jiwon Kim
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: {A} Request to remove illegal content

{quoted_request(A, X, prefix="")}
""",
    items={X[5]: "removed", X[6]: "removed",
           X[0]: "pending", X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending",
           X[7]: "pending", X[8]: "pending", X[9]: "pending", X[10]: "pending", X[11]: "pending"},
)

case(
    name="x-inline-prose-punctuation",
    outcome="applied", classification="confirmation",
    imitates="X legal short prose reply, URLs inside sentences followed by punctuation",
    why="One withheld in South Korea; one deleted by its author before action (not_found).",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 03:27:19 +0000", subject=f"Re: [{A}] two items",
    reply_to_req=req_id(A),
    body=f"""
Hello,

Regarding {A}: {X[8]}, has been withheld in South Korea.
The other post ({X[3]}) was deleted by its author before we
could act, so there is nothing further for us to do on it.

Regards,
X Legal
""",
    items={X[8]: "restricted", X[3]: "not_found"},
)

# ================================================================= YouTube
B = REF["youtube"]

case(
    name="yt-legal-blocked-kr-channel-terminated",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome: content blocked from view in a country, channel terminated under Community Guidelines",
    why="Two videos blocked in South Korea (restricted), the channel terminated (removed).",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:45:10 +0000", subject=f"Re: [{B}] Legal removal request",
    reply_to_req=req_id(B),
    body=f"""
Hello,

Thank you for contacting YouTube.

We have reviewed your request and blocked the following content from view
on YouTube in South Korea, based on local law:

  {Y[0]}
  {Y[1]}

In addition, the channel {Y[3]} has been terminated for
repeated violations of our Community Guidelines.

For more information on our policies, visit
https://support.google.com/youtube/answer/2801964

Regards,
The YouTube Legal Team
""",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-age-restricted-short",
    outcome="applied", classification="confirmation",
    imitates="YouTube notice that a reviewed video was age-restricted rather than removed",
    why="Age restriction is a restriction: the Short is restricted.",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:15:00 +0000", subject=f"Re: [{B}] Legal removal request",
    reply_to_req=req_id(B),
    body=f"""
Hello,

After reviewing the Short below, we found that it does not break the law
you cited, but it is not suitable for all audiences. We have therefore
age-restricted it; it can no longer be seen by signed-out viewers or by
viewers under 18.

{Y[2]}

Regards,
The YouTube Legal Team
""",
    items={Y[2]: "restricted"},
)

_yt_qp = f"""Hello,

We have completed our review of the content reported in {B}.

- {Y[0]} : removed for violating YouTube's policy on harmful or dangerous content.
- {Y[1]} : no action. After review, this video is not in violation of our policies and we did not find grounds to block it locally, so it remains available.

You can learn more about our Community Guidelines at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Regards,
The YouTube Legal Team
"""
case(
    name="yt-qp-removed-and-refused",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email, quoted-printable body with long soft-wrapped lines",
    why="One removed, one kept up after review (rejected).",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 06:05:42 +0000", subject=f"Re: [{B}] Legal removal request",
    reply_to_req=req_id(B),
    raw_mime=mime_qp(_yt_qp),
    items={Y[0]: "removed", Y[1]: "rejected"},
)

case(
    name="yt-hedged-may-have",
    outcome="review", review="not_understood",
    imitates="YouTube support interim reply hedging about already-unavailable videos",
    why="'appears', 'may already have been', 'might no longer be': hedges, no statement; both stay pending.",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 09:00:12 +0000", subject=f"Re: [{B}] Legal removal request",
    reply_to_req=req_id(B),
    body=f"""
Hello,

Thanks for your request. It appears that the video {Y[1]} may
already have been removed by the uploader, and the Short
{Y[2]} might no longer be available either.
We will confirm once our checks are complete.

Regards,
The YouTube Legal Team
""",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-korean-particles-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal team reply in Korean, URLs followed by particles and full-width punctuation",
    why="The Short is deleted (삭제); the video is blocked in Korea (국내 접속 차단): restricted.",
    **{"from": "legal-kr@google.com"}, name_from=Header("YouTube 법무팀", "utf-8").encode(),
    date="Thu, 12 Sep 2024 01:30:00 +0000", subject=Header(f"RE: [{B}] 처리 결과 안내", "utf-8").encode(),
    reply_to_req=req_id(B),
    body=f"""
안녕하세요, YouTube 법무팀입니다.

요청번호 {B} 관련 처리 결과를 알려드립니다.

1) {Y[2]}（쇼츠）은 커뮤니티 가이드 위반으로 삭제되었습니다。
2) {Y[0]}에 대해서는 현지 법률에 따라 국내 접속 차단 조치하였습니다.

나머지 항목은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
YouTube 법무팀 드림
""",
    items={Y[2]: "removed", Y[0]: "restricted"},
)

case(
    name="yt-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Out-of-office auto-reply from a Google legal staffer",
    why="Automatic out-of-office reply: ignored.",
    **{"from": "d.park@google.com"}, name_from="Daniel Park",
    date="Thu, 05 Sep 2024 05:31:02 +0000", subject=f"Automatic reply: [{B}] Legal removal request",
    reply_to_req=req_id(B),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email.

For legal removal requests, please use the form at
https://support.google.com/legal/answer/3110420 so that your request
reaches the team on duty.

Daniel
""",
    items={},
)

case(
    name="yt-followup-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up above its own earlier interim message quoted Gmail-style",
    why="Only the new text counts: the one video is now removed; the quoted earlier message listed all four as under review.",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 08:22:19 +0000", subject=f"Re: [{B}] Legal removal request",
    reply_to_req=req_id(B),
    body=f"""
Hello again,

Following up on our message below: after further review, the video
{Y[1]} has now been removed from YouTube for violating our
Community Guidelines.

Regards,
The YouTube Legal Team

On Fri, Sep 6, 2024 at 3:10 PM YouTube Legal Support <youtube-legal-support@google.com> wrote:
> Hello,
>
> We have received your request {B} and will review the following:
>
> {Y[0]}
> {Y[1]}
> {Y[2]}
> {Y[3]}
>
> We will let you know the outcome.
""",
    items={Y[1]: "removed"},
)

case(
    name="yt-asks-for-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal team asking the requester for the legal basis / official order before acting",
    why="Asks for more documents about two named items; no decision yet.",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 10:40:00 +0000", subject=f"Re: [{B}] Additional information needed",
    reply_to_req=req_id(B),
    body=f"""
Hello,

To process your request for the following content, we need more
information:

  {Y[0]}
  {Y[3]}

Please send us the specific provision of Korean law that you consider the
content to violate, and a copy of the decision issued by your Commission.
Without this we are unable to complete our assessment.

Regards,
The YouTube Legal Team
""",
    items={Y[0]: "pending", Y[3]: "pending"},
)

# ==================================================================== Meta
C = REF["meta"]

case(
    name="meta-local-law-restricted",
    outcome="applied", classification="confirmation",
    imitates="Meta response to a government request: content restricted in the country under local law, one item removed under Community Standards",
    why="Group post and profile restricted in South Korea; Instagram post removed under Community Guidelines.",
    **{"from": "content-restrictions@meta.com"}, name_from="Meta Content Restrictions",
    date="Fri, 13 Sep 2024 12:00:05 +0000", subject=f"Your request {C}",
    reply_to_req=req_id(C),
    body=f"""
Dear Korea Communications Standards Commission,

Thank you for your request {C}.

We reviewed the reported content against our Community Standards first.
The Instagram post {M[1]} goes against our Community
Guidelines on restricted goods and we have removed it.

The remaining content does not go against our policies. Following a legal
review, we have restricted access in South Korea to:

  * {M[0]}
  * {M[2]}

Users affected by these decisions have been notified.

Meta Platforms, Inc.
Learn more: https://transparency.meta.com/reports/content-restrictions
""",
    items={M[1]: "removed", M[0]: "restricted", M[2]: "restricted"},
)

_meta_csv = (
    "reference,content_url,action,scope\r\n"
    f"{C},{M[0]},Content removed,Global\r\n"
    f"{C},{M[1]},Access restricted,KR\r\n"
    f"{C},\"{M[2]}\",\"No action - does not violate Community Standards, not restricted under local law\",-\r\n"
)
case(
    name="meta-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="Meta law-enforcement response with a CSV results sheet attached (base64)",
    why="CSV rows: one removed, one restricted in KR, one no action (rejected).",
    **{"from": "records@fb.com"}, name_from="Meta Records",
    date="Mon, 16 Sep 2024 03:48:00 +0000", subject=f"Results for request {C}",
    reply_to_req=req_id(C),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==meta_b484_1=="

--==meta_b484_1==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the results for your request {C}, one row per
reported URL.

Meta Records

--==meta_b484_1==
Content-Type: text/csv; charset=utf-8; name="{C}_results.csv"
Content-Disposition: attachment; filename="{C}_results.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(_meta_csv.encode()).decode()}
--==meta_b484_1==--
""",
    items={M[0]: "removed", M[1]: "restricted", M[2]: "rejected"},
)

case(
    name="meta-support-inbox-no-claims",
    outcome="review", review="no_claims",
    imitates="Facebook notification 'You have a new message in your Support Inbox about your report'",
    why="Trusted Meta mail naming no item and no request: nothing to apply, a person must look.",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date="Tue, 10 Sep 2024 14:12:45 +0000", subject="You have a new message about your report",
    body="""
Hi,

We've sent you a message about something you reported. You can see our
decision and any options you have in your Support Inbox:

https://www.facebook.com/support/

Thanks,
The Facebook Team
""",
    items={},
)

case(
    name="meta-outsourced-vendor-unknown",
    outcome="review", review="unknown_sender",
    imitates="Reply from an outside legal-operations vendor claiming to act for Meta",
    why="Sender domain is no platform's: its statements about Meta items cannot be applied.",
    **{"from": "casework@trustdesk-partners.example"}, name_from="TrustDesk Partners (for Meta)",
    date="Thu, 12 Sep 2024 09:05:00 +0000", subject=f"Re: {C}",
    reply_to_req=req_id(C),
    body=f"""
Dear KCSC,

We handle government content requests on behalf of Meta Platforms.
Regarding {C}:

{M[0]} - removed
{M[1]} - removed

Kind regards,
TrustDesk Partners casework team
""",
    items={M[0]: "pending", M[1]: "pending"},
)

case(
    name="meta-instagram-echoed-report",
    outcome="applied", classification="confirmation",
    imitates="Instagram report-status email that echoes the report (what you reported, why, our decision)",
    why="The echoed report names the post; the decision says it was removed.",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date="Wed, 11 Sep 2024 22:19:30 +0000", subject="Update on your report",
    body=f"""
Your report

You reported: {M[1]}
Reported for: Sale of illegal or regulated goods
Submitted: 9 September 2024

Our decision

We removed the post because it goes against our Community Guidelines.
Thanks for helping keep Instagram safe.

See the Community Guidelines: https://help.instagram.com/477434105621119
""",
    items={M[1]: "removed"},
)

# ================================================================== TikTok
D = REF["tiktok"]

case(
    name="tiktok-dsa-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA Article 17 statement of reasons (decision, territorial scope, ground, redress) per item",
    why="One video removed worldwide, one restricted in the Republic of Korea.",
    **{"from": "dsa-notices@tiktok.com"}, name_from="TikTok Trust and Safety",
    date="Fri, 13 Sep 2024 10:10:10 +0000", subject=f"Statement of reasons - notice {D}",
    reply_to_req=req_id(D),
    body=f"""
Statement of reasons

Notice reference: {D}

Item 1
Content: {T[0]}
Decision: removal of the content
Territorial scope: worldwide
Ground: incompatible with our Community Guidelines (regulated goods and
commercial activities)
Detected by automated means: no

Item 2
Content: {T[4]}
Decision: access restricted in the Republic of Korea
Territorial scope: Republic of Korea
Ground: illegal content under the law of the Republic of Korea
Detected by automated means: no

Redress: the uploader may appeal these decisions in the app. See
https://www.tiktok.com/legal/page/global/dsa-statement-of-reasons/en

TikTok Trust and Safety
""",
    items={T[0]: "removed", T[4]: "restricted"},
)

case(
    name="tiktok-html-table-five",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement outreach reply with an HTML results table",
    why="Two removed, one restricted in KR, account banned (removed), one still under review (pending).",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 02:02:02 +0000", subject=f"RE: {D} - results",
    reply_to_req=req_id(D),
    type="html",
    body=f"""
<html><body>
<p>Dear KCSC,</p>
<p>Please see below the status of the items in your request {D}.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>#</th><th>URL</th><th>Status</th></tr></thead>
<tbody>
<tr><td>1</td><td>{T[0]}</td><td>Removed</td></tr>
<tr><td>2</td><td>{T[1]}</td><td>Removed</td></tr>
<tr><td>3</td><td>{T[2]}</td><td>Restricted in KR</td></tr>
<tr><td>4</td><td>{T[3]}</td><td>Account banned</td></tr>
<tr><td>5</td><td>{T[4]}</td><td>Still under review</td></tr>
</tbody></table>
<p>We will update you on item 5 separately.</p>
<p>Best regards,<br>TikTok Legal</p>
</body></html>
""",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted", T[3]: "removed", T[4]: "pending"},
)

_tt_b64 = f"""Hi KCSC team,

Thanks for your report {D}. Here is what we found:

{T[1]}
We reviewed this video and it does not violate our Community Guidelines or
local law, so it remains available on TikTok.

{T[2]}
We couldn't find this video. Please check that the link is correct.

TikTok Support
"""
case(
    name="tiktok-base64-rejected-notfound",
    outcome="applied", classification="confirmation",
    imitates="TikTok support reply, base64-encoded plain-text body, status on the lines under each URL",
    why="One stays up after review (rejected); one cannot be found (not_found).",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date="Sat, 14 Sep 2024 05:55:00 +0000", subject=f"Re: {D}",
    reply_to_req=req_id(D),
    raw_mime=mime_b64(_tt_b64),
    items={T[1]: "rejected", T[2]: "not_found"},
)

case(
    name="tiktok-still-under-review",
    outcome="review", review="not_understood",
    imitates="TikTok interim update: content still under review, update within days",
    why="'Still under review' is no statement: both named items stay pending.",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 08:00:00 +0000", subject=f"RE: {D}",
    reply_to_req=req_id(D),
    body=f"""
Dear KCSC,

The following content from your request is still under review by our team:

- {T[3]}
- {T[4]}

We expect to provide an update within 5 business days.

Best regards,
TikTok Legal
""",
    items={T[3]: "pending", T[4]: "pending"},
)

case(
    name="tiktok-about-x-links",
    outcome="review", review="wrong_platform",
    imitates="TikTok reply to a request sent to it by mistake, saying the links are not on TikTok",
    why="TikTok states 'could not be found' about X's items: another platform's items, nothing applied.",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 06 Sep 2024 03:33:00 +0000", subject=f"RE: {A}",
    body=f"""
Dear KCSC,

We received your email with reference {A}. The links in it do not point to
TikTok. The following could not be found on TikTok:

{X[7]}
{X[8]}

If you meant to report TikTok content, please send us the TikTok links.

Best regards,
TikTok Legal
""",
    items={X[7]: "pending", X[8]: "pending"},
)

case(
    name="tiktok-refusal-and-geo-block",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal decision: request declined for one video with its reason, another made unavailable in Korea",
    why="One video refused with its reason (rejected); one made unavailable in South Korea (restricted).",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Tue, 17 Sep 2024 06:45:00 +0000", subject=f"RE: {D} - decision",
    reply_to_req=req_id(D),
    body=f"""
Dear KCSC,

Following a legal review, we have decided not to take action on
{T[1]}, as we did not find that it violates local law
or our Community Guidelines.

{T[2]} has been made unavailable in South Korea.

Best regards,
TikTok Legal
""",
    items={T[1]: "rejected", T[2]: "restricted"},
)

# ================================================================== Reddit
E = REF["reddit"]

case(
    name="reddit-removed-and-banned",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin 'thanks for your report' outcome: content removed, account permanently banned",
    why="Post removed; user profile's account permanently banned: both removed.",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Sat, 14 Sep 2024 19:20:00 +0000", subject=f"Re: {E} - Reddit Safety",
    reply_to_req=req_id(E),
    body=f"""
Hi there,

Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content violates Reddit's
Content Policy.

{R[0]} has been removed.
The account {R[1]} has been permanently banned.

Thanks again for your report and for helping keep Reddit safe.

Reddit Safety
https://www.redditinc.com/policies/content-policy
""",
    items={R[0]: "removed", R[1]: "removed"},
)

case(
    name="reddit-no-violation",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin 'doesn't violate Reddit's Content Policy' report outcome",
    why="The post was reviewed and does not violate the policy: rejected.",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Mon, 16 Sep 2024 11:11:11 +0000", subject="Your Reddit report",
    body=f"""
Hi there,

Thanks for submitting a report to the Reddit admin team. After
investigating, we've determined that {R[0]} doesn't violate Reddit's
Content Policy, so we won't be taking action on it.

If you see any other content that you think breaks our rules, please
report it.

Reddit Safety
""",
    items={R[0]: "rejected"},
)

case(
    name="reddit-bulk-removed",
    outcome="review", review="bulk",
    imitates="Reddit legal reply stating one action for the whole request without naming items",
    why="'The content reported under' a two-item request, none named: bulk review.",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 17 Sep 2024 01:00:00 +0000", subject=f"Re: {E}",
    reply_to_req=req_id(E),
    body=f"""
Hello,

We've reviewed the content reported under {E} and it has been removed
from Reddit.

Regards,
Reddit Legal
""",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="reddit-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN (message disposition notification) read receipt",
    why="Read receipt: ignored.",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 09:01:00 +0000", subject=f"Read: {E} Request to remove illegal content",
    reply_to_req=req_id(E),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b484"

--mdn_b484
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: {E} Request to remove illegal content

was read on Thursday, September 12, 2024 6:01 PM (KST).

--mdn_b484
Content-Type: message/disposition-notification

Reporting-UA: mail.reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <{req_id(E)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b484--
""",
    items={},
)

# ================================================================== Twitch
F = REF["twitch"]

case(
    name="twitch-actioned-one-item",
    outcome="applied", classification="confirmation",
    imitates="Twitch 'We've actioned on your report' email (no detail of the enforcement)",
    why="Answers a one-item request; 'enforcement action has been taken' on the report: actioned = removed (sole statement).",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Thu, 19 Sep 2024 15:25:00 +0000", subject=f"We've actioned on your report ({F})",
    reply_to_req=req_id(F),
    body=f"""
Hi,

Your report reference: {F}

Thank you for your report. Our staff reviewed it and determined that a
violation of the Twitch Terms of Service and Community Guidelines had
occurred, and enforcement action has been taken.

We don't share details of the action taken, in order to protect the
privacy of all users.

Twitch Trust & Safety
https://safety.twitch.tv/s/article/Community-Guidelines
""",
    items={W[0]: "removed"},
)

case(
    name="twitch-support-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="Twitch support 'this mailbox is not monitored' automatic response",
    why="Automatic response pointing to a web form: ignored.",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Mon, 16 Sep 2024 04:21:00 +0000", subject=f"Automatic response: {F} Request to remove illegal content",
    reply_to_req=req_id(F),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated response. This mailbox is not monitored for content
reports.

To report content on Twitch, please use the in-product report tool or the
form at https://help.twitch.tv/s/contactsupport . Law enforcement and
government requests can be submitted through our legal portal.

Twitch Legal
""",
    items={},
)

# =============================================================== Pinterest
G = REF["pinterest"]

case(
    name="pinterest-pins-deactivated",
    outcome="applied", classification="confirmation",
    imitates="Pinterest 'we've deactivated the following Pins' Community Guidelines notice",
    why="Both Pins named and deactivated: removed.",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Mon, 23 Sep 2024 16:40:00 +0000", subject=f"Re: {G} Request to remove illegal content",
    reply_to_req=req_id(G),
    body=f"""
Hello,

Thanks for your report. We've deactivated the following Pins for going
against our Community Guidelines on the sale of drugs:

* {P[0]}
* {P[1]}

Pinterest Legal
https://policy.pinterest.com/en/community-guidelines
""",
    items={P[0]: "removed", P[1]: "removed"},
)

case(
    name="pinterest-one-removed-one-stays",
    outcome="applied", classification="confirmation",
    imitates="Pinterest support reply with a different outcome for each reported Pin",
    why="First Pin removed; second reviewed and left up (rejected).",
    **{"from": "support@pinterest.com"}, name_from="Pinterest Support",
    date="Tue, 24 Sep 2024 09:09:09 +0000", subject=f"Re: {G}",
    reply_to_req=req_id(G),
    body=f"""
Hi there,

Thanks for reaching out.

We've removed this Pin: {P[0]}

We reviewed {P[1]} too, but it doesn't go against our
Community Guidelines, so we'll leave it up.

Cheers,
Pinterest Support
""",
    items={P[0]: "removed", P[1]: "rejected"},
)

case(
    name="pinterest-helpdesk-auth-fail",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="Pinterest outcome relayed through a helpdesk service without aligned DKIM/SPF",
    why="pinterest.com From fails DMARC: statements not applied.",
    **{"from": "support@pinterest.com"}, name_from="Pinterest Support",
    date="Sat, 21 Sep 2024 02:50:00 +0000", subject=f"[Ticket 2207715] Re: {G}",
    reply_to_req=req_id(G),
    body=f"""
Hi there,

Both Pins from your request have been removed:

{P[0]}
{P[1]}

Pinterest Support
""",
    items={P[0]: "pending", P[1]: "pending"},
)

case(
    name="pinterest-mailer-daemon-bounce",
    outcome="ignored", classification="bounce",
    imitates="DSN (delivery status notification) from a platform's mail server for a retired address",
    why="Delivery failure report quoting our request: ignored whoever sent it.",
    **{"from": "MAILER-DAEMON@mx.pinterest.com"}, name_from="Mail Delivery System",
    date="Thu, 19 Sep 2024 01:10:30 +0000", subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b484"

--dsn_b484
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.pinterest.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<copyright-kr@pinterest.com>: host mx.pinterest.com said: 550 5.1.1
    <copyright-kr@pinterest.com>: Recipient address rejected: User unknown

--dsn_b484
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.pinterest.com
Arrival-Date: Thu, 19 Sep 2024 01:10:28 +0000

Final-Recipient: rfc822; copyright-kr@pinterest.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn_b484
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: copyright-kr@pinterest.com
Subject: {G} Request to remove illegal content
Message-ID: <{req_id(G)}.cc@kcsc.example>
Date: Thu, 19 Sep 2024 10:10:00 +0900
Content-Type: text/plain; charset=utf-8

{quoted_request(G, P, prefix="")}

--dsn_b484--
""",
    items={},
)

# =========================================================== Discord, Snap

case(
    name="discord-resolved-no-claims",
    outcome="review", review="no_claims",
    imitates="Discord Trust & Safety 'we have reviewed and taken action' reply naming nothing",
    why="Trusted Discord mail, no item and no request of ours named: no_claims.",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 18 Sep 2024 20:00:00 +0000", subject="Your Trust & Safety report has been resolved",
    body="""
Hello,

Thank you for reaching out to Discord Trust & Safety. We have reviewed the
content you reported and taken appropriate action in line with our
Community Guidelines.

For privacy reasons we cannot share details of the action taken.

Discord Trust & Safety
https://discord.com/guidelines
""",
    items={},
)

case(
    name="discord-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord support ticket system receipt ('Your request has been received')",
    why="Ticket receipt only: ignored.",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Tue, 17 Sep 2024 06:06:06 +0000", subject="[Discord] Your request (#48213377) has been received",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#48213377) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord Support
""",
    items={},
)

case(
    name="snap-auto-reply",
    outcome="ignored", classification="auto_reply",
    imitates="Snap law-enforcement mailbox automatic reply pointing to its portal",
    why="Automatic reply: ignored.",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc.",
    date="Wed, 11 Sep 2024 00:45:00 +0000", subject="Auto-reply: Request to remove illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thank you for contacting Snap Inc.

This is an automatic reply. Requests from government agencies should be
submitted through our online portal, where they are handled in the order
received. Emails to this address may not be read.

Snap Inc. Law Enforcement Operations
""",
    items={},
)


HEADER = """# Blind set 484: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest). Written by
# make.py; expected results written from each email's meaning alone,
# before the reader was run. Each case is judged alone on a fresh ledger
# holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind484", HEADER, CASES)
    print(f"{len(CASES)} cases")
