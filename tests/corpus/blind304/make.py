#!/usr/bin/env python3
"""Blind set 304: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Telegram, Snapchat and Pinterest mail
that answers no request of this set).

    python3 tests/corpus/blind304/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before the reader was run on it. All names, ids and URLs are fictional.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/velvet_mirage9/status/1831204450119283716",   # 0
    "https://x.com/velvet_mirage9/status/1831204450119283721",   # 1
    "https://x.com/nightjar_leaks/status/1831311290044719105",   # 2
    "https://x.com/nightjar_leaks/status/1831311290044719230",   # 3
    "https://x.com/pale_orchard/status/1831402266510337042",     # 4
    "https://x.com/pale_orchard/status/1831402266510337111",     # 5
    "https://x.com/quartz_lantern/status/1831500188420056064",   # 6
    "https://x.com/quartz_lantern/status/1831500188420056190",   # 7
    "https://x.com/drift_signal_kr/status/1831622035516780544",  # 8
    "https://x.com/drift_signal_kr/status/1831622035516780602",  # 9
    "https://x.com/umber_finch/status/1831730041172926464",      # 10
    "https://x.com/umber_finch",                                 # 11 (account)
]
YT = [
    "https://www.youtube.com/watch?v=Qm7rT2kLx9A",
    "https://www.youtube.com/watch?v=bN4cW8yHs1E",
    "https://www.youtube.com/shorts/Zp3VdK0uJ6w",
    "https://www.youtube.com/@hollowreed_clips",
]
META = [
    "https://www.facebook.com/groups/487120395561203/posts/902331846620117/",
    "https://www.facebook.com/profile.php?id=100089412263758",
    "https://www.instagram.com/p/C9xQm2LtR4a/",
    "https://www.instagram.com/reel/C-b7Ks1Nw3P/",
    "https://www.instagram.com/amber.tidepool/",
]
TT = [
    "https://www.tiktok.com/@mossy.kite/video/7409912834561230081",
    "https://www.tiktok.com/@mossy.kite/video/7410023418830982416",
    "https://www.tiktok.com/@sable_quill88",
]
RD = [
    "https://www.reddit.com/r/kpopleakvault/comments/1f3k9zq/new_set_uploaded/",
    "https://www.reddit.com/user/throwaway_gull42/",
]
DC = ["https://discord.gg/Kp4sXw9r"]
TW = [
    "https://www.twitch.tv/videos/2241837560",
    "https://clips.twitch.tv/BrightQuietOtterKappa-x7Fq2LmP9sT",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", X,
     "deepfake-sexual-abuse", "largest request of the set"),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00", YT,
     "non-consensual-intimate-imagery", ""),
    ("KCSC-240904-03", "meta", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", META,
     "deepfake-sexual-abuse", "Facebook and Instagram"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00", TT,
     "non-consensual-intimate-imagery", ""),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:15:00+09:00", "2024-09-13T23:59:59+09:00", RD,
     "deepfake-sexual-abuse", ""),
    ("KCSC-240909-06", "discord", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00", DC,
     "illegal-distribution", "server invite"),
    ("KCSC-240910-07", "twitch", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", TW,
     "illegal-broadcast", ""),
]


def req_mid(ref):
    return ref + ".req"


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def pending(urls):
    return {u: "pending" for u in urls}


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


X_REQUEST_QUOTE = "\n".join(f"{i + 1}. {u}" for i, u in enumerate(X))

CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== X
case(
    name="x-legal-withheld-numbered",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 07:12:40 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request dated 2 September 2024 (your reference
KCSC-240902-01). We reviewed the reported posts against the X Rules and
the Korean law you cited. Our decisions so far:

1. {X[0]} - withheld in South Korea
2. {X[1]} - withheld in South Korea
3. {X[2]} - removed; the post violated our non-consensual nudity policy
4. {X[3]} - withheld in South Korea

Content that is withheld remains available to people outside the country
concerned. You can read more about how this works here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

We will come back to you about the other posts in your request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (Country Withheld Content) as a numbered list",
    why="four posts named one per line with an unhedged decision each; the help link is no item",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "restricted"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "trustandsafety@x.com"}, name_from="X Trust & Safety",
    date="Thu, 05 Sep 2024 02:41:09 +0000",
    subject="Your report to X - Case 0452719933 (KCSC-240902-01)",
    body=f"""
Hi there,

Case ID: 0452719933
Your reference: KCSC-240902-01

Below is the outcome for each of the URLs we reviewed.

{X[6]}
Status: Removed - violation of the X Rules (Non-consensual nudity)

{X[7]}
Status: Removed - violation of the X Rules (Non-consensual nudity)

{X[5]}
Status: No action taken - we did not find a violation of the X Rules, and
the request did not establish that the post is unlawful in Korea.

If you have further information about the last post, you can reply to this
email.

X Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X Trust & Safety case outcome with a Status line under each bare URL",
    why="status stated on the line below each URL; 'no action taken' with its reason is a refusal",
    items={X[6]: "removed", X[7]: "removed", X[5]: "rejected"},
)

case(
    name="x-account-suspended-post-gone",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 09:03:55 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Following your report under reference KCSC-240902-01, the account
{X[11]} has been permanently suspended for repeated violations of our
synthetic and manipulated media and non-consensual nudity policies.

As the account is suspended, its post {X[10]} is no longer viewable on X.

Best regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice sent to a legal reporter",
    why="account suspended (removed) and its post stated to be no longer viewable (made unavailable)",
    items={X[11]: "removed", X[10]: "removed"},
)

case(
    name="x-deleted-by-owner-and-invalid",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 04:20:18 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

We looked into two further posts from request KCSC-240902-01.

The post at {X[8]} had already been deleted by the account owner before
our team reviewed it, so no action was needed on our side.

We were unable to locate {X[9]} . The link does not resolve to any post
on X; please check that the ID is correct.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply: content already deleted by its author / URL not found",
    why="deleted by its owner before review and an unresolvable link are both not_found",
    items={X[8]: "not_found", X[9]: "not_found"},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Mon, 09 Sep 2024 13:45:02 +0000",
    subject="Notice of decision on your report of illegal content (Ref. KCSC-240902-01)",
    body=f"""
Dear notifier,

This message tells you the decision we made on the notice you submitted
to X about the content below.

Content concerned: {X[1]}
Decision: the content has been removed
Territorial scope: worldwide
Grounds: incompatible with the X Rules (Non-consensual nudity); the
content was also assessed as illegal under the law of the Republic of
Korea
Automated means: the decision was taken after human review; automated
tools were used only to detect copies of the content

If you disagree with this decision, you may appeal within six months at
https://help.x.com/forms/dsa/appeal . You may also have the right to use
an out-of-court dispute settlement body or to go to court.

X (Twitter International Unlimited Company)
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17-style statement of reasons sent to a notifier (X)",
    why="one named post with 'Decision: the content has been removed'; the appeal form is no item",
    items={X[1]: "removed"},
)

case(
    name="x-outlook-original-message",
    **{"from": "legal@x.com"}, name_from="Mina Seo (X Legal)",
    date="Tue, 10 Sep 2024 01:30:44 +0000",
    subject="RE: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello KCSC team,

An update on two of the items in your request:

{X[6]} has been removed for violating the X Rules.
{X[11]} is now suspended.

Kind regards,
Mina Seo
Legal, X (APAC)

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240902-01] Request for removal of illegal content

Dear X Legal team,

The Korea Communications Standards Commission requests the removal of the
following 12 items, which distribute sexual deepfake content in breach of
Korean law:

{X_REQUEST_QUOTE}

Please remove or block the above items and tell us the result for each
by 9 September 2024.

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the quoted original request",
    why="two unhedged statements above the quoted request; the twelve URLs below '-----Original Message-----' are our own text",
    items={X[6]: "removed", X[11]: "removed"},
)

case(
    name="x-korea-bilingual-particles",
    **{"from": "legal-kr@x.com"}, name_from="X Korea Legal",
    date="Wed, 11 Sep 2024 06:05:31 +0000",
    subject='=?utf-8?b?W0tDU0MtMjQwOTAyLTAxXSDsspjrpqwg6rKw6rO8IOyViOuCtCAvIE91dGNvbWUg?=\n =?utf-8?b?b2YgeW91ciByZXF1ZXN0?=',  # "[KCSC-240902-01] 처리 결과 안내 / Outcome of your request"
    body=f"""
안녕하세요, 방송통신심의위원회 담당자님.
(English follows)

요청번호 KCSC-240902-01 관련 처리 결과를 안내드립니다.

{X[4]} 게시물은 대한민국에서 접근이 제한(withheld)되었습니다.
{X[5]}은 X 규칙 위반으로 삭제되었습니다.

감사합니다.

---

Regarding your request KCSC-240902-01: the post {X[4]} has been withheld
in South Korea, and {X[5]} has been removed for violating the X Rules.

X Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English outcome from a platform's Korea legal desk",
    why="both posts stated in Korean and in English; one URL is followed directly by the particle 은",
    items={X[4]: "restricted", X[5]: "removed"},
)

case(
    name="x-ack-with-two-actions",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 08:14:27 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

We have received your request and opened case #0461188205 (your
reference KCSC-240902-01).

Our team has already actioned two of the posts:
{X[0]} and
{X[3]} have been withheld in South Korea.

We are reviewing the remaining items and will update you once we have
reached a decision.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal receipt that already reports a first decision",
    why="a receipt phrase plus an unhedged statement about two named posts is no pure acknowledgement",
    items={X[0]: "restricted", X[3]: "restricted"},
)

case(
    name="x-text-table-eight-rows",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 10:52:16 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content - results",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Dear KCSC,

Please find below our response to request KCSC-240902-01 (12 URLs). We
have completed our review of 8 of them.

#  URL                                                        Action
-- ---------------------------------------------------------- ----------------------
1  {X[0]}    Withheld (KR)
2  {X[1]}    Withheld (KR)
3  {X[2]}    Removed
4  {X[3]}    Removed
5  {X[4]}      No action (no violation)
6  {X[6]}    Removed
7  {X[8]}   Not found
8  {X[11]}                                   Account suspended

The remaining four URLs are still under review.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal batch response laid out as a fixed-width text table",
    why="eight rows each with an action; the four URLs 'still under review' are not named",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "removed",
           X[4]: "rejected", X[6]: "removed", X[8]: "not_found", X[11]: "removed"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 23:58:10 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Thanks for your request KCSC-240902-01. We have looked at the posts below
and they will be withheld in South Korea within the next 48 hours:

{X[7]}
{X[9]}

We'll confirm once this has been done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply announcing a future withholding",
    why="'will be withheld' is a promise, not a statement: the named posts stay pending",
    items={X[7]: "pending", X[9]: "pending"},
)

case(
    name="x-spoofed-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Sun, 08 Sep 2024 17:22:48 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    body=f"""
Hello,

Regarding KCSC-240902-01, the following posts have been removed from X:

{X[8]}
{X[9]}
{X[10]}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="platform outcome whose DKIM/SPF/DMARC all fail (forged or broken relay)",
    why="x.com sender failing authentication: its statements are not trusted",
    items={X[8]: "pending", X[9]: "pending", X[10]: "pending"},
)

case(
    name="x-author-lawyer-unknown-sender",
    **{"from": "j.park@parklaw.example"}, name_from="Jiwon Park (Park & Partners)",
    date="Mon, 09 Sep 2024 05:10:33 +0000",
    subject="KCSC-240902-01 - content deleted by our client",
    body=f"""
Dear Sir or Madam,

We act for the holder of the X account @nightjar_leaks. Our client has
received notice of your request KCSC-240902-01.

Without admission of liability, we confirm that our client has deleted
the posts {X[2]} and {X[3]}.

We ask that you note this on your file.

Yours faithfully,
Jiwon Park
Park & Partners
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's lawyer",
    why="statements about requested posts from a sender that is no platform",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-case-receipt",
    **{"from": "noreply@x.com"}, name_from="X Legal",
    date="Mon, 02 Sep 2024 01:05:12 +0000",
    subject="We've received your legal request [KCSC-240902-01]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We've received your legal request. Your case number is 0452719933.

Our team reviews every request carefully, and you'll hear from us by email
once a decision has been made. Please quote the case number in any
correspondence.

This is an automated message; please don't reply to it.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request submission receipt",
    why="pure receipt: case number, no statement about any item",
    items={},
)

# ============================================================== YouTube
case(
    name="yt-legal-blocked-kr",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 03:33:21 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Thanks for reaching out to YouTube about your request KCSC-240903-02.

After review, we have blocked the following content from view on YouTube
in South Korea in response to your legal request:
{YT[0]}
{YT[2]}

Separately, we removed {YT[1]} from YouTube for violating our Community
Guidelines.

For more information about our legal removal policies, please visit
https://support.google.com/youtube/answer/6154218.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (local block in one country)",
    why="two videos blocked in South Korea (restricted), one removed globally; support link is no item",
    items={YT[0]: "restricted", YT[2]: "restricted", YT[1]: "removed"},
)

YT_HTML = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of your request <b>KCSC-240903-02</b>.
The outcome for each URL is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{YT[3]}">{YT[3]}</a></td><td>Channel terminated</td></tr>
<tr><td><a href="{YT[0]}">{YT[0]}</a></td><td>Blocked in South Korea (local law)</td></tr>
<tr><td><a href="{YT[1]}">{YT[1]}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{YT[2]}">{YT[2]}</a></td><td>No action needed: the video was removed by the uploader before our review</td></tr>
</table>
<p>You can find our policies at
<a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">YouTube Community Guidelines</a>.</p>
<p>Sincerely,<br>The YouTube Team</p>
</body></html>"""

case(
    name="yt-html-table-four-outcomes",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube",
    date="Mon, 09 Sep 2024 07:48:00 +0000",
    subject="Outcome of your legal request KCSC-240903-02",
    type="html", body=YT_HTML,
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome table (termination, local block, age restriction, uploader deletion)",
    why="each row pairs a URL with an outcome; removed by the uploader before review is not_found",
    items={YT[3]: "removed", YT[0]: "restricted", YT[1]: "restricted", YT[2]: "not_found"},
)

YT_QP_TEXT = f"""Hi,

We’ve reviewed the video you flagged under request KCSC-240903-02 ({YT[1]}).

It doesn’t violate our Community Guidelines to the point of removal, but we’ve applied an age restriction to it, so it can no longer be seen by viewers who are signed out or under 18.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

— The YouTube Team
"""


case(
    name="yt-qp-age-restricted",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date="Fri, 06 Sep 2024 11:20:35 +0000",
    subject="Update on the video you reported (KCSC-240903-02)",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we've age-restricted the video you reported' notice, quoted-printable",
    why="one named video, age restriction applied (restricted); the help link is no item",
    items={YT[1]: "restricted"},
)

case(
    name="yt-url-below-statement",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:02:58 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Thank you for your notice (KCSC-240903-02). We have completed our review.

The following video was removed from YouTube for violating our policy on
nudity and sexual content:
{YT[0]}

The following channel has been terminated:
{YT[3]}

We have not taken action on the following video, as it does not violate
our Community Guidelines and we did not find it to be unlawful based on
the information provided:
{YT[2]}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with each URL on the line below its decision",
    why="statement ending in ':' then the URL on the next line, three times",
    items={YT[0]: "removed", YT[3]: "removed", YT[2]: "rejected"},
)

case(
    name="yt-actioned-phrase-and-refusal",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 08:40:13 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Thank you for your notification concerning KCSC-240903-02.

The content at {YT[2]} has been actioned under our policies.

{YT[1]}: after careful review, we have decided not to take action. The
video does not violate YouTube's Community Guidelines, and the notice did
not show that it is unlawful in Korea.

Kind regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support reply ('actioned under our policies' / decision not to act)",
    why="configured phrase 'has been actioned under our policies' means removed; a reasoned refusal for the other",
    items={YT[2]: "removed", YT[1]: "rejected"},
)

case(
    name="yt-hedge-may-have-been",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 22:16:40 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hi,

Regarding KCSC-240903-02: the video {YT[0]} may have already been removed
by the uploader; when we checked, it appeared to be unavailable. The other
items remain under review and we will let you know once a decision has
been made.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with a hedged observation",
    why="'may have already been removed' / 'appeared to be' are hedges, the rest is under review",
    items={YT[0]: "pending"},
)

case(
    name="google-wrong-platform-tiktok-url",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:55:19 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request - URL not on YouTube",
    body=f"""
Hello,

One of the URLs in your notice, {TT[1]}, is not a YouTube URL. We could not
find this content on any Google service, so no action has been taken on it.

Please send requests about that content to the service that hosts it.

Regards,
YouTube Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="YouTube legal reply pointing out a URL of another service",
    why="a Google sender states a result for a TikTok item: not its platform's item",
    items={TT[1]: "pending"},
)

# ================================================================= Meta
case(
    name="meta-legal-restricted-kr",
    **{"from": "legal-reports@meta.com"}, name_from="Meta Content Regulation",
    date="Fri, 06 Sep 2024 06:18:44 +0000",
    subject="Re: [KCSC-240904-03] Report of unlawful content on Facebook and Instagram",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

We're writing about your report KCSC-240904-03.

We reviewed the reported content against our Community Standards and the
local law you cited. Outcome:

- {META[0]} : removed for going against our Community Standards on adult
  sexual exploitation.
- {META[2]} : access restricted in South Korea based on local law. The
  content remains available in other countries.
- {META[3]} : access restricted in South Korea based on local law.

We have not yet completed our review of the remaining items and will
respond separately.

Meta Content Regulation Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta response to a government takedown request (Community Standards removal / local-law restriction)",
    why="three bulleted items with clear outcomes; the rest explicitly not yet decided",
    items={META[0]: "removed", META[2]: "restricted", META[3]: "restricted"},
)

case(
    name="meta-profile-no-violation",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Sat, 07 Sep 2024 12:01:07 +0000",
    subject="Update on your report (KCSC-240904-03)",
    body=f"""
Hi,

Thanks for your report. We reviewed the Facebook profile
{META[1]} and found that it doesn't go against our Community Standards.
Our legal review also didn't find grounds to restrict it under local law,
so we're not taking action on it.

The Instagram account {META[4]} has been disabled for going against our
Community Guidelines.

You can see the status of your reports in your Support Inbox:
https://www.facebook.com/support/

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook 'doesn't go against our Community Standards' report outcome plus an account disabled",
    why="the profile is refused with its reason, the Instagram account is disabled; Support Inbox is no item",
    items={META[1]: "rejected", META[4]: "removed"},
)

META_CSV = f"""content_url,action,scope,notes
{META[0]},Removed,Global,Community Standards - adult sexual exploitation
{META[1]},No action,-,Does not violate Community Standards or local law
{META[2]},Restricted,South Korea,Local law
{META[3]},Removed,Global,Community Guidelines - non-consensual intimate imagery
{META[4]},Content not found,-,Account was deleted by its owner before review
"""

case(
    name="meta-csv-attachment",
    **{"from": "legal-reports@meta.com"}, name_from="Meta Content Regulation",
    date="Wed, 11 Sep 2024 09:27:52 +0000",
    subject="Results for request KCSC-240904-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_meta_304_a1"

--=_meta_304_a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your request
KCSC-240904-03.

Meta Content Regulation Team

--=_meta_304_a1
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240904-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(META_CSV)}
--=_meta_304_a1--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta batch outcome sent as a CSV attachment",
    why="one CSV row per URL with its action; 'content not found' (deleted by its owner) is not_found",
    items={META[0]: "removed", META[1]: "rejected", META[2]: "restricted", META[3]: "removed",
           META[4]: "not_found"},
)

META_HTML = f"""<html><body>
<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi,</p>
<p>Your report (KCSC-240904-03) has been reviewed.</p>
<p>We removed the reel <a href="{META[3]}">{META[3]}</a> because it goes
against our Community Guidelines.</p>
<p>The photo at <a href="{META[2]}">{META[2]}</a> is no longer available in
South Korea: we restricted access to it there based on local law.</p>
<p>Thanks,<br>Instagram</p>
<p style="color:#8e8e8e;font-size:11px">Meta Platforms, Inc., Attention: Community Support,
1 Hacker Way, Menlo Park, CA 94025</p>
</div></body></html>"""

case(
    name="meta-base64-html",
    **{"from": "no-reply@fb.com"}, name_from="Instagram",
    date="Mon, 09 Sep 2024 15:40:26 +0000",
    subject="We reviewed your report",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(META_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome, HTML body in base64",
    why="reel removed, photo restricted in South Korea, both named as links",
    items={META[3]: "removed", META[2]: "restricted"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Tue, 10 Sep 2024 03:09:15 +0000",
    subject="Re: [KCSC-240904-03] Report of unlawful content on Facebook and Instagram",
    reply_to_req=req_mid("KCSC-240904-03"),
    body="""
Hi,

We've reviewed your report KCSC-240904-03 and removed all of the reported
content for going against our Community Standards.

Thanks for helping to keep our community safe.

Meta
""",
    outcome="review", review="bulk",
    imitates="Facebook 'we removed what you reported' outcome without item list",
    why="a statement about all items of a five-item request without naming them",
    items=pending(META),
)

case(
    name="meta-copies-unmatched",
    **{"from": "legal-reports@meta.com"}, name_from="Meta Content Regulation",
    date="Thu, 12 Sep 2024 01:44:39 +0000",
    subject="Re: [KCSC-240904-03] Report of unlawful content on Facebook and Instagram",
    reply_to_req=req_mid("KCSC-240904-03"),
    body="""
Hello,

While reviewing your report KCSC-240904-03 we found two further copies of
the reported content and removed them:

https://www.instagram.com/p/DA1kT9xN2qQ/
https://www.instagram.com/p/DA3vR8mL5wZ/

The items in your original report are still being reviewed; we'll write
again when that is complete.

Meta Content Regulation Team
""",
    outcome="review", review="unmatched_claims",
    imitates="Meta reply reporting removal of copies found beyond the request",
    why="removals stated only for URLs that are not in the request",
    items={},
)

case(
    name="meta-out-of-office",
    **{"from": "h.lim@meta.com"}, name_from="Hana Lim",
    date="Wed, 04 Sep 2024 02:03:51 +0000",
    subject="Automatic reply: [KCSC-240904-03] Report of unlawful content on Facebook and Instagram",
    reply_to_req=req_mid("KCSC-240904-03"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email.

For urgent government requests, please contact legal-requests@meta.com or
use the Law Enforcement Online Request System.

Best,
Hana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform staff member",
    why="out-of-office auto-reply",
    items={},
)

# =============================================================== TikTok
case(
    name="tiktok-dsa-sor-two-videos",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok",
    date="Sat, 07 Sep 2024 08:31:12 +0000",
    subject="Outcome of your report - KCSC-240905-04",
    body=f"""
Dear reporter,

We have made a decision on the content you reported to TikTok under
reference KCSC-240905-04.

Reported content: {TT[0]}
Decision: Removed from TikTok
Reason: The video violates our Community Guidelines on sexual exploitation
and was also assessed as illegal content.

Reported content: {TT[1]}
Decision: Access restricted in your country (South Korea)
Reason: The video does not violate our Community Guidelines, but it was
found to be illegal under local law.

How we make decisions: https://www.tiktok.com/transparency/en/reporting-illegal-content
If you disagree with a decision, you can appeal within 6 months from the
date of this notice.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style illegal-content report decision",
    why="a 'Decision:' line for each reported video; the transparency page is no item",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

case(
    name="tiktok-bulleted-ban-and-gone",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Korea Legal",
    date="Mon, 09 Sep 2024 06:47:03 +0000",
    subject="Re: [KCSC-240905-04] Removal request",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
Hi,

Thanks for your patience. Here's an update on KCSC-240905-04:

  * @sable_quill88 ({TT[2]}) - account banned for severe violations
    of our Community Guidelines
  * {TT[1]} - this video had already been deleted by its creator before
    our review; there was nothing left for us to action

Best regards,
TikTok Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal update as a bulleted list",
    why="account banned (removed); video deleted by its creator before review (not_found)",
    items={TT[2]: "removed", TT[1]: "not_found"},
)

case(
    name="tiktok-echoed-report-form",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Tue, 10 Sep 2024 10:05:29 +0000",
    subject="Your report has been reviewed",
    body=f"""
Hi,

Your report details
----------------------------------------
Report ID: 7410555000123
Your reference: KCSC-240905-04
Reported URL(s):
{TT[2]}
{TT[0]}
Report category: Illegal content - non-consensual intimate imagery
----------------------------------------

Result of our review
We banned the account @sable_quill88 and removed the reported video
(ID 7409912834561230081) for violating our Community Guidelines.

Thank you for helping to keep TikTok safe.
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome that echoes the submitted web form",
    why="the result names the account by handle and the video by its id, both echoed as URLs above",
    items={TT[2]: "removed", TT[0]: "removed"},
)

case(
    name="tiktok-bulk-all-actioned",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Korea Legal",
    date="Thu, 12 Sep 2024 03:12:56 +0000",
    subject="Re: [KCSC-240905-04] Removal request",
    reply_to_req=req_mid("KCSC-240905-04"),
    body="""
Hello,

We have taken action on all of the videos and accounts in your report
KCSC-240905-04; they are no longer available on TikTok.

Kind regards,
TikTok Korea Legal
""",
    outcome="review", review="bulk",
    imitates="TikTok one-line outcome for a whole request",
    why="all items of a three-item request, none named",
    items=pending(TT),
)

case(
    name="tiktok-lookalike-domain",
    **{"from": "safety@tiktok-trustcenter.com"}, name_from="TikTok Trust Center",
    date="Sun, 08 Sep 2024 14:30:00 +0000",
    subject="KCSC-240905-04: content removed",
    body=f"""
Hello,

Your report KCSC-240905-04 has been processed. The video {TT[0]} has been
removed and the account {TT[2]} has been banned.

TikTok Trust Center
""",
    outcome="review", review="unknown_sender",
    imitates="outcome from a look-alike domain that is not TikTok's",
    why="tiktok-trustcenter.com is no configured sender domain of any platform",
    items={TT[0]: "pending", TT[2]: "pending"},
)

case(
    name="tiktok-asks-legal-basis",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Korea Legal",
    date="Fri, 06 Sep 2024 02:25:44 +0000",
    subject="Re: [KCSC-240905-04] Removal request - information needed",
    reply_to_req=req_mid("KCSC-240905-04"),
    body="""
Hello,

We've received your request KCSC-240905-04. Before we can process it, we
need the following:

1. the specific provision of Korean law that the content is alleged to
   breach;
2. a copy of the Commission's decision (시정요구 결정문) for each item.

Please reply to this email with the documents. We won't be able to take a
decision on the request until we receive them.

Kind regards,
TikTok Korea Legal
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="TikTok legal request for the legal basis and decision documents",
    why="the platform asks for documents before deciding; no status is stated",
    items={},
)

TT_MDN = """Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_mdn_304_tt"

------=_mdn_304_tt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is a receipt for the mail you sent to
legal-kr@tiktok.com at 2024-09-05 11:00 +0900

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the recipient has read or
understood the message contents.

------=_mdn_304_tt
Content-Type: message/disposition-notification
Content-Transfer-Encoding: 7bit

Reporting-UA: legal-kr-pc.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@tiktok.com
Original-Message-ID: <KCSC-240905-04.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_mdn_304_tt--
"""

case(
    name="tiktok-read-receipt",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Korea Legal",
    date="Thu, 05 Sep 2024 04:17:38 +0000",
    subject="Read: [KCSC-240905-04] Removal request",
    reply_to_req=req_mid("KCSC-240905-04"),
    raw_mime=TT_MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, multipart/report disposition-notification)",
    why="a read receipt says nothing about the items",
    items={},
)

# =============================================================== Reddit
case(
    name="reddit-safety-both-removed",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    date="Mon, 09 Sep 2024 18:06:21 +0000",
    subject="Update on your report (KCSC-240906-05)",
    body=f"""
Hi,

Thanks for reporting this to us. After investigating, we found that the
following content violates Reddit's Rules and we have taken action:

The post {RD[0]} has been removed.
The account {RD[1]} has been permanently suspended.

Reference: KCSC-240906-05

For more information on Reddit's Rules, see https://www.redditinc.com/policies/content-policy

- Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report outcome ('we've taken action')",
    why="post removed and account suspended, both named",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-gmail-quoted-refusal",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 21:34:09 +0000",
    subject="Re: [KCSC-240906-05] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
Hello,

We reviewed the post at {RD[0]} and did not find that it violates Reddit's
Content Policy. Based on the information provided, we also could not
identify a legal basis to remove it, so the post will remain up. If you can
provide a court order or more detail about the specific law, we can take
another look.

We are still reviewing the user account in your request.

Best,
Reddit Legal

On Fri, Sep 6, 2024 at 10:15 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Reddit Legal,
>
> The Korea Communications Standards Commission requests the removal of the
> following content (reference KCSC-240906-05):
>
> 1. {RD[0]}
> 2. {RD[1]}
>
> Please remove the above content and tell us the result for each item by
> 13 September 2024.
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted Reddit Legal refusal over the quoted request",
    why="post refused with its reason (stays up); the account is named only in the quoted request",
    items={RD[0]: "rejected", RD[1]: "pending"},
)

REDDIT_DSN = f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="9C1F2A0B31.1726020000/mx.kcsc.example"

--9C1F2A0B31.1726020000/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-kr@reddit.com>: host mx1.reddit.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@reddit.com>: Recipient address rejected: User unknown (in
    reply to RCPT TO command)

--9C1F2A0B31.1726020000/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 9C1F2A0B31
Arrival-Date: Wed, 11 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; legal-kr@reddit.com
Original-Recipient: rfc822;legal-kr@reddit.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.reddit.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@reddit.com>: Recipient address
    rejected: User unknown

--9C1F2A0B31.1726020000/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@reddit.com
Subject: Reminder: [KCSC-240906-05] Request for removal of illegal content
Date: Wed, 11 Sep 2024 10:00:01 +0900
Message-ID: <reminder.KCSC-240906-05.1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Reddit,

We have not yet received your answer about the following items of our
request KCSC-240906-05:

{RD[0]}
{RD[1]}

Please tell us the result for each by 13 September 2024.

KCSC Takedown desk

--9C1F2A0B31.1726020000/mx.kcsc.example--
"""

case(
    name="reddit-reminder-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 01:00:04 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=REDDIT_DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder with its URLs",
    why="a delivery failure report; the URLs are in our own returned message",
    items={},
)

# ============================================================== Discord
case(
    name="discord-server-removed-sole",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 19:52:37 +0000",
    subject="Re: [KCSC-240909-06] Report of illegal content - server invite",
    reply_to_req=req_mid("KCSC-240909-06"),
    body="""
Hello,

Thank you for your report. Our Safety team has reviewed the server you
reported and found that it violated our Community Guidelines. We have
removed the server from Discord and taken action against the accounts that
ran it.

Ticket: #31875520
Request: KCSC-240909-06

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply ('we have removed the server')",
    why="one-item request: the unnamed statement 'removed the server you reported' applies to its only item",
    items={DC[0]: "removed"},
)

# =============================================================== Twitch
case(
    name="twitch-vod-removed-clip-gone",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Thu, 12 Sep 2024 16:08:45 +0000",
    subject="Re: [KCSC-240910-07] Removal request",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""
Hi,

Regarding your report KCSC-240910-07:

{TW[0]} - the VOD was removed and the channel received an enforcement
action under our Community Guidelines.

{TW[1]} - we could not find this clip; it no longer exists on Twitch.

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch enforcement outcome per URL",
    why="VOD removed; clip cannot be found (not_found)",
    items={TW[0]: "removed", TW[1]: "not_found"},
)

TW_HTML = f"""<!DOCTYPE html>
<html><body style="background:#f7f7f8">
<table width="600" align="center" style="background:#fff;padding:16px">
<tr><td>
<h2 style="color:#9146ff">Twitch Safety</h2>
<p>We reviewed the content you reported under <strong>KCSC-240910-07</strong>.</p>
<ul>
<li><a href="{TW[0]}">{TW[0]}</a>: No violation found. The VOD will remain available.</li>
<li><a href="{TW[1]}">{TW[1]}</a>: Removed.</li>
</ul>
<p>Read our <a href="https://safety.twitch.tv/s/article/Community-Guidelines">Community Guidelines</a>.</p>
</td></tr></table>
</body></html>"""

case(
    name="twitch-html-refusal-and-removal",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Sat, 14 Sep 2024 05:15:02 +0000",
    subject="Your Twitch report has been resolved",
    type="html", body=TW_HTML,
    outcome="applied", classification="confirmation",
    imitates="Twitch HTML report-resolution email",
    why="VOD: no violation, stays up (rejected); clip removed",
    items={TW[0]: "rejected", TW[1]: "removed"},
)

case(
    name="twitch-zendesk-receipt",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    date="Tue, 10 Sep 2024 01:12:09 +0000",
    subject="[Twitch Support] Re: KCSC-240910-07 Removal request",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
##- Please type your reply above this line -##

Your request (4412031) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Twitch Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk ticket receipt from a platform's support desk",
    why="pure ticket receipt",
    items={},
)

# ==================================== platforms with no request in this set
case(
    name="snapchat-action-no-reference",
    **{"from": "no-reply@snapchat.com"}, name_from="Snapchat Support",
    date="Fri, 13 Sep 2024 07:29:50 +0000",
    subject="Update on your report",
    body="""
Hi,

Thanks for your report. Our Trust & Safety team has reviewed the content
and taken appropriate action in line with our Community Guidelines.

We appreciate you helping us keep Snapchat safe.

Team Snapchat
""",
    outcome="review", review="no_claims",
    imitates="Snapchat generic 'we took appropriate action' report reply",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="pinterest-unmonitored-autoreply",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Mon, 09 Sep 2024 11:00:17 +0000",
    subject="Auto-reply: your message to Pinterest",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Hi there,

This is an automated reply. This address doesn't accept incoming email,
so your message has not been read.

To report content that may be illegal, please use our online form at
https://help.pinterest.com/en/contact . Government agencies can find
guidance at https://policy.pinterest.com/en/law-enforcement-guidelines .

Pinterest
""",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest unmonitored-address auto-reply",
    why="auto-reply; its links are help pages, not items",
    items={},
)

case(
    name="telegram-dsa-autoreply",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Thu, 05 Sep 2024 06:00:03 +0000",
    subject="Re: your message to Telegram",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

This is an automated response. Thank you for contacting Telegram. Your
message has been received and will be handled by our team. Due to the
volume of messages, we may not be able to reply to each one individually.

The Telegram Team
""",
    outcome="ignored",
    imitates="Telegram automated receipt for messages to its DSA address",
    why="automated receipt naming no item",
    items={},
)


HEADER = """# Blind set 304 (English notices from many platforms): one [[case]] per email.
# Written by tests/corpus/blind304/make.py from the meaning of each email,
# before the reader was run. Each case is ingested alone into a fresh ledger
# holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind304", HEADER, CASES)
    print("wrote %d cases" % len(CASES))
