#!/usr/bin/env python3
"""Blind corpus set 826: English notices from many platforms (X, YouTube,
Meta, TikTok, Reddit, Discord, Twitch; Telegram, Snapchat and Pinterest only
in auto-replies and receipts).

    python3 tests/corpus/blind826/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Expected
results were written from each email's meaning alone, before any run of the
reader.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind826"

# ---------------------------------------------------------------- requests
REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03T10:20:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal gambling promotion", "kcsc-240903-01.r1@kcsc.example", "largest request", [
         "https://x.com/lucky_tide_bet/status/1830412200000000101",
         "https://x.com/lucky_tide_bet/status/1830412200000000214",
         "https://x.com/orbit_slots77/status/1830519900000000033",
         "https://x.com/orbit_slots77/status/1830519900000000458",
         "https://x.com/casino_nightowl_kr/status/1830622000000000071",
         "https://x.com/casino_nightowl_kr",
         "https://x.com/grnbet_live/status/1830700300000000919",
         "https://x.com/grnbet_live/status/1830700300000001002",
         "https://x.com/hanbit_toto/status/1830811100000000345",
         "https://x.com/hanbit_toto/status/1830811100000000876",
         "https://x.com/pearl_dice_88/status/1830923400000000012",
         "https://x.com/pearl_dice_88/status/1830923400000000550",
     ]),
    ("KCSC-240905-02", "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "privacy infringement", "kcsc-240905-02.r1@kcsc.example", "", [
         "https://www.youtube.com/watch?v=Qm4ZtR8wLpA",
         "https://www.youtube.com/watch?v=bN7cX2kVe9s",
         "https://www.youtube.com/shorts/Hq3Jw0PzT6u",
         "https://www.youtube.com/@mirae_gossip_tv",
     ]),
    ("KCSC-240909-03", "meta", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00",
     "illegal drug sale", "kcsc-240909-03.r1@kcsc.example", "Facebook and Instagram", [
         "https://www.facebook.com/groups/441902876613205/posts/902311457700118/",
         "https://www.facebook.com/permalink.php?story_fbid=pfbid02Xk7aQ9LmR3&id=100089412203557",
         "https://www.instagram.com/p/C9vTq2LxR8e/",
         "https://www.instagram.com/p/C9wZ0kMnB3f/",
         "https://www.instagram.com/blue_frost_deals/",
     ]),
    ("KCSC-240911-04", "tiktok", "2024-09-11T10:05:00+09:00", "2024-09-18T23:59:59+09:00",
     "obscene content", "kcsc-240911-04.r1@kcsc.example", "", [
         "https://www.tiktok.com/@nightlane.vibes/video/7409123456789012345",
         "https://www.tiktok.com/@nightlane.vibes/video/7409876543210987654",
         "https://www.tiktok.com/@sora_blink22/video/7410345678901234567",
     ]),
    ("KCSC-240912-05", "reddit", "2024-09-12T15:30:00+09:00", "2024-09-19T23:59:59+09:00",
     "defamation", "kcsc-240912-05.r1@kcsc.example", "post and one of its comments", [
         "https://www.reddit.com/r/koreaexpats_talk/comments/1f8k2qz/warning_about_this_clinic/",
         "https://www.reddit.com/r/koreaexpats_talk/comments/1f8k2qz/warning_about_this_clinic/lm3x9ab/",
     ]),
    ("KCSC-240913-06", "discord", "2024-09-13T09:30:00+09:00", "2024-09-20T23:59:59+09:00",
     "illegal drug sale", "kcsc-240913-06.r1@kcsc.example", "", [
         "https://discord.com/channels/1187766554433221100/1187766554433221234/1280011223344556677",
         "https://discord.gg/frostmkt24",
     ]),
    ("KCSC-240913-07", "twitch", "2024-09-13T14:00:00+09:00", "2024-09-20T23:59:59+09:00",
     "illegal gambling promotion", "kcsc-240913-07.r1@kcsc.example", "one VOD", [
         "https://www.twitch.tv/videos/2242318876",
     ]),
]

X = REQUESTS[0][7]
Y = REQUESTS[1][7]
M = REQUESTS[2][7]
T = REQUESTS[3][7]
R = REQUESTS[4][7]
D = REQUESTS[5][7]
W = REQUESTS[6][7]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def our_request_lines(ref):
    for r in REQUESTS:
        if r[0] == ref:
            return r[7]
    raise KeyError(ref)


# ------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===================================================================== X
case(
    name="x-withheld-bullets-and-one-removed",
    **{"from": "legalrequests@x.com"},
    name_from="X Legal",
    date="Wed, 04 Sep 2024 18:12:40 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling promotion",
    reply_to_req="kcsc-240903-01.r1",
    body=f"""
Hello,

Thank you for your report. We have reviewed the posts referenced in your
request (KCSC-240903-01).

In response to your legal request, we have withheld access in Korea to the
following posts:

  * {X[0]}
  * {X[1]}
  * {X[2]}

Separately, the following post was found to violate the X Rules on illegal
and regulated behaviours and has been removed from X globally:

  * {X[3]}

We are still reviewing the remaining reported content and will follow up
separately.

You can read more about how we handle country withheld content at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content notice + X Rules removal)",
    why="three posts withheld in Korea under a clear heading, a fourth removed globally; the rest is said to be still under review",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "removed"},
)

x_rows = [
    (X[0], "Withheld", "KR"), (X[1], "Withheld", "KR"),
    (X[2], "Removed (X Rules violation)", "Global"), (X[3], "Removed (X Rules violation)", "Global"),
    (X[4], "No action &ndash; no violation found", "&ndash;"), (X[5], "Account suspended", "Global"),
    (X[6], "Content not found", "&ndash;"), (X[7], "Withheld", "KR"),
    (X[8], "No action &ndash; no violation found", "&ndash;"), (X[9], "Removed (X Rules violation)", "Global"),
    (X[10], "Withheld", "KR"), (X[11], "Not found (deleted by account holder)", "&ndash;"),
]
x_table = "\n".join(
    f'<tr><td style="padding:4px;border:1px solid #ccc"><a href="{u}">{u}</a></td>'
    f'<td style="padding:4px;border:1px solid #ccc">{a}</td><td style="padding:4px;border:1px solid #ccc">{s}</td></tr>'
    for u, a, s in x_rows)
case(
    name="x-html-table-all-twelve",
    **{"from": "legalrequests@x.com"},
    name_from="X Legal",
    date="Mon, 16 Sep 2024 07:45:03 +0000",
    subject="KCSC-240903-01: outcome of our review",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="=_xlg_7c1e"

--=_xlg_7c1e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

The outcome of your request KCSC-240903-01 is shown in the table in this
message. If you cannot see the table, please open this email in a client
that displays HTML.

X Legal

--=_xlg_7c1e
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of the 12 URLs in your request <b>KCSC-240903-01</b>.
The action taken on each is listed below.</p>
<table style="border-collapse:collapse">
<tr><th style="padding:4px;border:1px solid #ccc">Reported URL</th><th style="padding:4px;border:1px solid #ccc">Action taken</th><th style="padding:4px;border:1px solid #ccc">Scope</th></tr>
{x_table}
</table>
<p>&ldquo;Withheld&rdquo; means the post cannot be viewed from the listed country.
See <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">About country withheld content</a>.</p>
<p>X Legal</p>
</body></html>

--=_xlg_7c1e--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team's per-URL outcome table (HTML, text part only points to it)",
    why="a twelve-row HTML table, one action per URL; the text/plain part says nothing itself",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "removed",
           X[4]: "rejected", X[5]: "removed", X[6]: "not_found", X[7]: "restricted",
           X[8]: "rejected", X[9]: "removed", X[10]: "restricted", X[11]: "not_found"},
)

case(
    name="x-account-suspended",
    **{"from": "legalrequests@x.com"},
    name_from="X Legal",
    date="Thu, 05 Sep 2024 02:31:17 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling promotion",
    reply_to_req="kcsc-240903-01.r1",
    body=f"""
Hi,

We've looked into the account you reported, {X[5]} , and it has been
permanently suspended for violating our rules against promoting illegal
gambling services. Suspended accounts and their profiles can no longer be
viewed on X.

Thanks,
X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice to a reporter",
    why="the account URL is permanently suspended (made unavailable globally); its separately listed post is not mentioned",
    items={X[5]: "removed"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "safety-replies@x.com"},
    name_from="X Safety",
    date="Fri, 06 Sep 2024 11:02:55 +0000",
    subject="Update on your report KCSC-240903-01",
    body=f"""
Hi KCSC team,

Here is an update on two of the posts in your request.

{X[6]}
Status: Removed - violates the X Rules (illegal or certain regulated goods or services)

{X[7]}
Status: No action taken - we did not find a violation of the X Rules or of Korean law in this post as reported

The other posts in your request are still open with our team.

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X Safety per-post status update (URL line, status line below)",
    why="each URL is followed by its own status line: one removed, one kept up with a reason",
    items={X[6]: "removed", X[7]: "rejected"},
)

case(
    name="x-prose-not-located-and-withheld",
    **{"from": "legalrequests@x.com"},
    name_from="X Legal",
    date="Sat, 07 Sep 2024 04:40:09 +0000",
    subject="Your legal request KCSC-240903-01",
    body=f"""
Dear Sir or Madam,

With regard to your request KCSC-240903-01: we were unable to locate the post
{X[8]}. It may have been deleted by the account holder before our review took
place. The post {X[9]} has been withheld in the Republic of Korea in
response to your request.

Please note that X notifies affected account holders of withheld content
unless we are legally prohibited from doing so.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply in prose (could not locate / withheld in country)",
    why="'unable to locate' is a flat not_found (the hedge only guesses why); the second post is withheld in Korea",
    items={X[8]: "not_found", X[9]: "restricted"},
)

outlook_quote = "\n".join(X)
case(
    name="x-outlook-top-posted",
    **{"from": "m.harlow@x.com"},
    name_from="Mara Harlow",
    date="Tue, 10 Sep 2024 09:14:26 +0000",
    subject="RE: [KCSC-240903-01] Request to remove illegal gambling promotion",
    reply_to_req="kcsc-240903-01.r1",
    body=f"""
Hello,

Both posts from @pearl_dice_88 that you reported are now withheld in South Korea:

{X[10]}
{X[11]}

The rest of your request remains open on our side.

Best,
Mara Harlow
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:20 AM
To: legal@x.com
Subject: [KCSC-240903-01] Request to remove illegal gambling promotion

Dear X Legal team,

The Korea Communications Standards Commission asks you to remove or restrict
the following 12 items, which promote unlicensed online gambling in breach of
Korean law:

{outlook_quote}

Please reply with the action taken on each item by 10 September 2024.

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply by a platform legal-ops employee over the regulator's request",
    why="only the two URLs above the Original Message separator are stated withheld; the twelve quoted ones below say nothing",
    items={X[10]: "restricted", X[11]: "restricted"},
)

case(
    name="x-statement-of-reasons",
    **{"from": "noreply-legal@x.com"},
    name_from="X",
    date="Wed, 11 Sep 2024 13:27:51 +0000",
    subject="Notice of action taken - statement of reasons (your ref. KCSC-240903-01)",
    body=f"""
Statement of reasons

Your reference:        KCSC-240903-01
Reported content:      {X[2]}
Decision:              Withheld in country
Territorial scope:     Republic of Korea (KR)
Ground for decision:   Illegal content under the law of the Republic of Korea
                       (unlicensed speculative business / gambling)
Facts relied on:       Notice submitted by a government authority
Automated detection:   No
Automated decision:    No

The account holder has been told about this decision and may challenge it
through our appeal process. Information about redress options is available
at https://help.x.com/en/forms/legal

X
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (Art. 17 fields) as X sends it",
    why="field layout: decision 'withheld in country', territorial scope KR, for one named post",
    items={X[2]: "restricted"},
)

# ================================================================ YouTube
case(
    name="yt-legal-blocked-kr-and-removed",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 08:20:44 +0000",
    subject="[KCSC-240905-02] Your legal request to YouTube",
    reply_to_req="kcsc-240905-02.r1",
    body=f"""
Hello,

Thanks for reaching out to us.

Following a review of your request, we have blocked the following content
from view on YouTube in South Korea on the basis of local law:

- {Y[0]}
- {Y[1]}

In addition, we have removed {Y[2]} from YouTube globally, as it violates our
Community Guidelines on harassment and cyberbullying.

If you have further questions, please see
https://support.google.com/youtube/answer/6154218

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome email (local-law block + Community Guidelines removal)",
    why="two videos blocked in Korea under a heading, a Short removed globally in prose",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-channel-terminated",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 03:55:10 +0000",
    subject="Re: [KCSC-240905-02] Your legal request to YouTube",
    reply_to_req="kcsc-240905-02.r1",
    body=f"""
Hi there,

We wanted to let you know that the channel {Y[3]} has been terminated for
repeated violations of our harassment and cyberbullying policy.

We'll get back to you on the other items in your request.

Sincerely,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice to a legal requester",
    why="a terminated channel is no longer available anywhere: removed; the other items are promised a later answer",
    items={Y[3]: "removed"},
)

case(
    name="yt-age-restricted-and-no-action",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 06:03:38 +0000",
    subject="Update on your request KCSC-240905-02",
    body=f"""
Hello,

We have reviewed two of the items you reported.

We have age-restricted the following video:
{Y[2]}

We did not take action on the following video, as we could not find a
violation of our policies or of local law based on the information provided:
{Y[0]}

If you believe we've made a mistake, you can reply to this email with more
details about why the content is unlawful.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome email with statements above their URLs (age restriction, no action)",
    why="each statement ends in a colon and its URL stands on the next line: age restriction = restricted; no violation = rejected",
    items={Y[2]: "restricted", Y[0]: "rejected"},
)

yt_qp_text = f"""Hello,

Thank you for your request KCSC-240905-02 regarding the video {Y[1]} \u2013 we\u2019ve looked into it and it is no longer available on YouTube because the uploader deleted it before we completed our review. No further action is needed from us on this video.

Kind regards,
YouTube Legal Support \u2013 Asia Pacific
"""
case(
    name="yt-qp-deleted-by-uploader",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:48:19 +0000",
    subject="Re: [KCSC-240905-02] Your legal request to YouTube",
    reply_to_req="kcsc-240905-02.r1",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_qp_text),
    outcome="applied", classification="confirmation",
    imitates="YouTube reply, quoted-printable body, video deleted by its uploader",
    why="the video was already deleted by its uploader: not_found (not a platform removal); the long line is soft-broken by QP",
    items={Y[1]: "not_found"},
)

case(
    name="yt-promise-will-review",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 09:12:00 +0000",
    subject="Re: [KCSC-240905-02] Your legal request to YouTube",
    reply_to_req="kcsc-240905-02.r1",
    body=f"""
Hello,

Thank you for your legal request. Our team will review the videos listed
below against local law and our policies, and will take appropriate action
where warranted:

- {Y[0]}
- {Y[1]}

We'll update you as soon as our review is complete.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'we will review' reply that echoes the URLs",
    why="only a promise to review the named videos: no status, but it names requested items so a person should see it",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="google-wrong-platform-x-url",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Sun, 08 Sep 2024 10:33:21 +0000",
    subject="Your request about a URL that is not on YouTube",
    body=f"""
Hello,

We received a request from you concerning the following URL:

{X[8]}

Outcome: Not found. We could not locate this content on YouTube or any other
Google service, and we are unable to take action on it. If you meant to
report YouTube content, please send us the YouTube URL.

YouTube Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="YouTube legal outcome for a URL belonging to another platform",
    why="Google states 'not found' for an X post it does not host; X's own answer decides that item",
    items={X[8]: "pending"},
)

yt_mdn = """
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_4471"

--mdn_4471
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal-kr@google.com at
9/5/2024 11:00 AM.

This receipt verifies that the message has been displayed on the
recipient's computer at 9/5/2024 1:14 PM.

--mdn_4471
Content-Type: message/disposition-notification

Reporting-UA: gmail.google.com; Gmail
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <kcsc-240905-02.r1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_4471--
"""
case(
    name="google-read-receipt",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal KR",
    date="Thu, 05 Sep 2024 04:14:06 +0000",
    subject="Read: [KCSC-240905-02] Request to remove privacy-infringing videos",
    reply_to_req="kcsc-240905-02.r1",
    raw_mime=yt_mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook/Gmail read receipt (MDN, multipart/report disposition-notification)",
    why="a read receipt says nothing about items",
)

# ================================================================== Meta
case(
    name="ig-restricted-kr-angle-brackets",
    **{"from": "legal-noreply@instagram.com"},
    name_from="Instagram",
    date="Tue, 10 Sep 2024 05:18:42 +0000",
    subject="Your report KCSC-240909-03",
    body=f"""
Hi,

We've reviewed your report (KCSC-240909-03). Based on local law, we've
restricted access in South Korea to the following content:

<{M[2]}>
<{M[3]}>

This content remains available in other countries where it does not go
against local law or our Community Guidelines.

Learn more about how we respond to government requests:
<https://transparency.meta.com/reports/content-restrictions/>

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Meta/Instagram local-law content restriction notice",
    why="two posts in angle brackets, restricted in South Korea; the transparency link is not an item",
    items={M[2]: "restricted", M[3]: "restricted"},
)

case(
    name="fb-decision-on-report-sor",
    **{"from": "notification@support.facebook.com"},
    name_from="Facebook",
    date="Wed, 11 Sep 2024 00:52:30 +0000",
    subject="Decision on your report (KCSC-240909-03)",
    body=f"""
Decision on your report

Content you reported
{M[0]}

What we decided
We removed this content.

Why we made this decision
It goes against our Community Standards on restricted goods and services
(the sale of drugs).

How we made this decision
Your report was reviewed by a member of our team. No automated means were
used to take this decision.

Your options
The person who posted the content can ask us to review our decision. You
can find out more at https://www.facebook.com/help/1145118035949311

Meta Platforms Ireland Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'decision on your report' notice with DSA statement-of-reasons headings",
    why="one named post, 'We removed this content' under its heading",
    items={M[0]: "removed"},
)

case(
    name="fb-numbered-list-three",
    **{"from": "legal-requests@fb.com"},
    name_from="Meta Legal",
    date="Thu, 12 Sep 2024 08:07:15 +0000",
    subject="Re: KCSC-240909-03 - illegal drug sale on Facebook and Instagram",
    reply_to_req="kcsc-240909-03.r1",
    body=f"""
Hello,

Thank you for your request. Please find our response for the following items:

1. {M[0]} - removed (Community Standards: Restricted Goods and Services)
2. {M[1]} - we could not find this content. The link may be incorrect, or the post may have been deleted.
3. {M[4]} - account disabled

Regards,
Meta Law Enforcement & Government Response
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request response as a numbered list",
    why="one status per numbered line; 'could not find' is flat, the hedge only guesses why; a disabled account is removed",
    items={M[0]: "removed", M[1]: "not_found", M[4]: "removed"},
)

meta_csv = "report_id,content_url,decision,decision_scope\n" + "\n".join([
    f"8812734401,{M[0]},Removed,Global",
    f"8812734402,{M[1]},Not found,-",
    f"8812734403,{M[2]},Restricted,KR",
    f"8812734404,{M[3]},No action,-",
    f"8812734405,{M[4]},Account disabled,Global",
]) + "\n"
case(
    name="fb-csv-attachment",
    **{"from": "legal-requests@fb.com"},
    name_from="Meta Legal",
    date="Fri, 13 Sep 2024 06:30:00 +0000",
    subject="KCSC-240909-03 - outcome file",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="meta_bnd_55"

--meta_bnd_55
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome of each item in your request
KCSC-240909-03. "No action" means we did not find that the content goes
against our Community Standards or local law.

Meta Law Enforcement & Government Response

--meta_bnd_55
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(meta_csv)}
--meta_bnd_55--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-response outcome spreadsheet sent as a CSV attachment",
    why="a base64 CSV with one decision per URL; the body defines 'No action' as no violation",
    items={M[0]: "removed", M[1]: "not_found", M[2]: "restricted", M[3]: "rejected", M[4]: "removed"},
)

case(
    name="fb-wrapped-url",
    **{"from": "notification@support.facebook.com"},
    name_from="Facebook",
    date="Sat, 14 Sep 2024 02:11:48 +0000",
    subject="Update on report KCSC-240909-03",
    body=f"""
Hi,

The following content has been removed from Facebook following your report
KCSC-240909-03:

  https://www.facebook.com/groups/441902876613205/posts/
  902311457700118/

The following Instagram post has been restricted in South Korea:

  {M[3]}

Thanks,
Facebook
""",
    outcome="applied", classification="confirmation",
    imitates="Meta notification whose plain-text rendering wraps a long group-post URL",
    why="the group post URL is broken at '/posts/' by line wrapping; a clerk reads it as the requested post; the Instagram post is restricted",
    items={M[0]: "removed", M[3]: "restricted"},
)

case(
    name="ig-hedged-appears-unavailable",
    **{"from": "legal-noreply@instagram.com"},
    name_from="Instagram",
    date="Wed, 11 Sep 2024 10:44:02 +0000",
    subject="Re: KCSC-240909-03 - illegal drug sale on Facebook and Instagram",
    reply_to_req="kcsc-240909-03.r1",
    body=f"""
Hi,

Thanks for your patience. It appears that the post {M[2]} is no longer
available; it may have been removed by the account owner. The account
{M[4]} also appears to have been deactivated.

We'll confirm once we've finished checking.

Instagram
""",
    outcome="review", review="not_understood",
    imitates="Instagram interim reply with hedged observations",
    why="'appears', 'may have been' and a promise to confirm: no statement, but requested items are named",
    items={M[2]: "pending", M[4]: "pending"},
)

case(
    name="meta-report-received",
    **{"from": "noreply@support.facebook.com"},
    name_from="Meta",
    date="Mon, 09 Sep 2024 01:02:11 +0000",
    subject="Re: KCSC-240909-03 - illegal drug sale on Facebook and Instagram",
    reply_to_req="kcsc-240909-03.r1",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

Thanks for contacting us. We've received your report about content on
Facebook and Instagram. Your reference number is 8812734409911.

Please don't reply to this email. We'll contact you if we need more
information.

The Meta Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta automatic report receipt with a reference number",
    why="a pure receipt: reference number, no item, no outcome",
)

# ================================================================ TikTok
case(
    name="tt-result-bullets-local-law",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 09:25:37 +0000",
    subject="Result of your report - KCSC-240911-04",
    body=f"""
Dear KCSC,

Thank you for your report regarding KCSC-240911-04. We have reviewed the
reported content against our Community Guidelines and applicable local law.

Result:
\u2022 {T[0]} \u2013 restricted in your country (local law)
\u2022 {T[1]} \u2013 restricted in your country (local law)
\u2022 {T[2]} \u2013 no violation found, the video remains available

Community Guidelines: https://www.tiktok.com/community-guidelines/en/

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request result email (local-law restriction per video)",
    why="bullet per video with an en dash: two restricted in the requester's country, one kept up with a reason",
    items={T[0]: "restricted", T[1]: "restricted", T[2]: "rejected"},
)

tt_html = f"""<!DOCTYPE html>
<html><body style="margin:0;font-family:Arial,sans-serif;color:#161823">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<img src="https://sf16-website.tiktokcdn.example/logo.png" alt="TikTok" width="96">
<h2 style="font-size:20px">Update on your report</h2>
<p>Hi,</p>
<p>Thanks for helping keep TikTok safe. We reviewed the video you reported
(<a href="{T[2]}">{T[2]}</a>) and removed it because it violates our
Community Guidelines on adult nudity and sexual activity.</p>
<p>Learn more about our <a href="https://www.tiktok.com/community-guidelines/en/">Community Guidelines</a>.</p>
<p style="color:#8a8b91;font-size:12px">Your reference: KCSC-240911-04<br>
This is an automatically generated email. Please do not reply.</p>
</td></tr></table>
</body></html>
"""
case(
    name="tt-base64-html-removed",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Fri, 13 Sep 2024 03:09:50 +0000",
    subject="Update on your report",
    raw_mime="Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(tt_html),
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML 'update on your report' notification, base64-encoded",
    why="one video named in the HTML, removed for a guideline violation; 'do not reply' footer is not an auto-reply",
    items={T[2]: "removed"},
)

tt_quote = "\n".join("> " + u for u in T)
case(
    name="tt-gmail-top-posted",
    **{"from": "j.okafor@tiktok.com"},
    name_from="Jade Okafor",
    date="Fri, 13 Sep 2024 11:41:04 +0000",
    subject="Re: [KCSC-240911-04] Request to remove obscene videos",
    reply_to_req="kcsc-240911-04.r1",
    body=f"""
Hi KCSC team,

Thanks for flagging these. We have removed the video
{T[0]} .

The other two videos you listed ({T[1]} and
{T[2]}) were reviewed by our team and remain
available, as we did not find a violation of our Community Guidelines or of
Korean law.

Best regards,
Jade
TikTok Trust & Safety - Government Relations

On Wed, Sep 11, 2024 at 10:05 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear TikTok team,
>
> Please remove the following videos, which contain obscene content
> prohibited under Korean law:
>
{tt_quote}
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok staff reply top-posted over a Gmail-quoted request",
    why="one video removed; the other two named in parentheses remain available (no violation); the '>' quote says nothing",
    items={T[0]: "removed", T[1]: "rejected", T[2]: "rejected"},
)

case(
    name="tt-echoed-report-removed",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Sat, 14 Sep 2024 07:16:25 +0000",
    subject="Your report: decision",
    body=f"""
Your report
-----------
Report ID:          7414402261187
Your reference:     KCSC-240911-04
Submitted:          11 Sep 2024
Reported content:   {T[1]}
Reason:             Nudity and sexual activity

Our decision
------------
Removed. The video violates our Community Guidelines and is no longer
available on TikTok.

You can review the status of all your reports in the TikTok Safety Center:
https://www.tiktok.com/safety/en/report-status

TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-status email that echoes the submitted report and then the decision",
    why="the echoed report names one video; the decision section says it was removed",
    items={T[1]: "removed"},
)

case(
    name="tt-bulk-all-removed",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Trust & Safety",
    date="Sun, 15 Sep 2024 05:00:12 +0000",
    subject="Re: [KCSC-240911-04] Request to remove obscene videos",
    reply_to_req="kcsc-240911-04.r1",
    body="""
Dear KCSC,

We have reviewed the content you reported under KCSC-240911-04 and have
removed all of it for violating our Community Guidelines.

Thank you for your cooperation.

TikTok Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok one-line summary outcome without per-video detail",
    why="'removed all of it' for a three-video request without naming any: bulk, items stay pending",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending"},
)

case(
    name="tt-intend-to-restrict",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 02:22:48 +0000",
    subject="Re: [KCSC-240911-04] Request to remove obscene videos",
    reply_to_req="kcsc-240911-04.r1",
    body=f"""
Dear KCSC,

We have assessed the following videos and intend to restrict them in Korea:

{T[0]}
{T[1]}

The restriction will take effect after our final legal check, which usually
takes up to 48 hours. We will confirm when it is in place.

TikTok Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim notice announcing an intended local-law restriction",
    why="'intend to restrict' and 'will take effect' are promises, not statements",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="tt-zendesk-unknown-sender",
    **{"from": "legal-support@tiktokcs.zendesk.com"},
    name_from="TikTok Legal Support",
    date="Sat, 14 Sep 2024 12:03:33 +0000",
    subject="[Request #5520931] KCSC-240911-04",
    body=f"""
##- Please type your reply above this line -##

Hello,

Your request KCSC-240911-04 has been handled. The video
{T[0]} has been removed.

TikTok Legal Support
""",
    outcome="review", review="unknown_sender",
    imitates="help-desk (Zendesk-hosted) ticket reply on behalf of a platform",
    why="sent from a help-desk domain that is none of TikTok's sender domains: a person must confirm it",
    items={T[0]: "pending"},
)

# ================================================================ Reddit
case(
    name="reddit-post-and-comment-removed",
    **{"from": "legalrequests@reddit.com"},
    name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 17:45:02 +0000",
    subject="Re: [KCSC-240912-05] Request to remove defamatory content",
    reply_to_req="kcsc-240912-05.r1",
    body=f"""
Hello,

Thank you for your request, KCSC-240912-05. After review, Reddit has removed
the following post:

{R[0]}

We have also removed the following comment:

{R[1]}

Both now show a notice that they were removed by Reddit in response to a
legal request. Details of the request may be published to the Lumen
database, as described at https://www.redditinc.com/policies/transparency-report

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal removals reply (post and comment removed, Lumen note)",
    why="each statement ends in a colon with its URL on the following line; comment URL extends the post URL",
    items={R[0]: "removed", R[1]: "removed"},
)

case(
    name="reddit-geo-restricted-and-author-deleted",
    **{"from": "legalrequests@reddit.com"},
    name_from="Reddit Legal",
    date="Sat, 14 Sep 2024 20:10:55 +0000",
    subject="Your request KCSC-240912-05",
    body=f"""
Hi,

We have restricted access to the post {R[0]}
for users in South Korea. The comment {R[1]}
had already been deleted by its author before we reviewed it, so no action
was needed from us.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit geo-restriction reply",
    why="post restricted in Korea; comment already deleted by its author = not_found",
    items={R[0]: "restricted", R[1]: "not_found"},
)

case(
    name="reddit-comment-removed-post-stays",
    **{"from": "safety@reddit.com"},
    name_from="Reddit Safety",
    date="Sun, 15 Sep 2024 03:36:40 +0000",
    subject="Re: [KCSC-240912-05] Request to remove defamatory content",
    reply_to_req="kcsc-240912-05.r1",
    body=f"""
Hi there,

Thanks for your report. The comment at
{R[1]}
was removed by Reddit's Safety team for violating Rule 1 of our Content
Policy (harassment).

The post itself,
{R[0]},
does not violate Reddit's Content Policy and we have not removed it. Reddit
is not in a position to judge whether the allegations in it are true; a
court order would be needed for us to reconsider.

Reddit Safety
https://www.redditinc.com/policies/content-policy
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report outcome (comment actioned, post kept up with reason)",
    why="comment removed; post not removed because it breaks no policy = rejected; the post URL is a prefix of the comment URL",
    items={R[1]: "removed", R[0]: "rejected"},
)

case(
    name="reddit-portal-update-no-claims",
    **{"from": "noreply@reddithelp.com"},
    name_from="Reddit Help",
    date="Mon, 16 Sep 2024 14:02:09 +0000",
    subject="There's an update on your request #771203",
    body="""
Hi,

There's a new response on your request #771203.

To read it and reply, sign in at https://support.reddithelp.com/hc/requests/771203

Reddit Help
""",
    outcome="review", review="no_claims",
    imitates="Reddit Help (help-desk portal) 'update on your request' notification",
    why="trusted Reddit mail that names no item and not our reference: the answer sits in their portal, a person must fetch it",
)

# =============================================================== Discord
case(
    name="discord-both-actioned",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Sun, 15 Sep 2024 08:50:29 +0000",
    subject="Re: [KCSC-240913-06] Illegal drug sale on Discord [ticket #48213377]",
    reply_to_req="kcsc-240913-06.r1",
    body=f"""
Hi there,

Thanks for your report (ticket #48213377). We've investigated and taken
action:

- The message at {D[0]} has been deleted and the account that posted it has
  been disabled.
- The server behind the invite {D[1]} has been removed from Discord, and the
  invite no longer works.

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply after enforcement",
    why="message deleted; the invited server removed: both removed",
    items={D[0]: "removed", D[1]: "removed"},
)

case(
    name="discord-no-violation-invite-invalid",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 10:19:57 +0000",
    subject="Your report KCSC-240913-06 [ticket #48213377]",
    body=f"""
Hello,

We reviewed the message linked below and did not find a violation of
Discord's Community Guidelines, so no action will be taken on it:
{D[0]}

The invite link discord.gg/frostmkt24 is invalid or has expired, so we
could not identify the server it pointed to.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S reply: no violation / invalid invite",
    why="message kept up for breaking no rule; invite written without scheme, invalid = not_found",
    items={D[0]: "rejected", D[1]: "not_found"},
)

case(
    name="discord-asks-for-message-links",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 22:31:14 +0000",
    subject="Re: [KCSC-240913-06] Illegal drug sale on Discord [ticket #48213377]",
    reply_to_req="kcsc-240913-06.r1",
    body=f"""
Hi,

Thanks for reaching out. To investigate the server behind the invite
{D[1]} we need message links or screenshots that show the content you
believe is illegal. An invite link on its own doesn't tell us which content
to review.

Please reply to this email with that information. Until then we can't take
action on this part of your report.

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord T&S request for message links",
    why="asks for more information about a named item; nothing decided",
    items={D[1]: "pending"},
)

dsn = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000064d2a90621f0"

--00000000000064d2a90621f0
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to trust-safety-kr@discord.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--00000000000064d2a90621f0
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 13 Sep 2024 00:30:02 -0700 (PDT)

Final-Recipient: rfc822; trust-safety-kr@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--00000000000064d2a90621f0
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: trust-safety-kr@discord.com
Subject: [KCSC-240913-06] Illegal drug sale on Discord
Message-ID: <kcsc-240913-06.r1@kcsc.example>
Date: Fri, 13 Sep 2024 09:30:00 +0900
Content-Type: text/plain; charset=utf-8

Dear Discord Trust & Safety,

Please remove the following, which advertise the sale of illegal drugs:

{D[0]}
{D[1]}

KCSC Takedown desk

--00000000000064d2a90621f0--
"""
case(
    name="dsn-discord-address-not-found",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Fri, 13 Sep 2024 00:30:04 -0700",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification (address not found) with the original request attached",
    why="a bounce; the URLs are only in the returned original",
)

# ================================================================ Twitch
case(
    name="twitch-sole-statement",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Trust & Safety",
    date="Sun, 15 Sep 2024 19:07:33 +0000",
    subject="Re: [KCSC-240913-07] Removal request - gambling stream VOD",
    reply_to_req="kcsc-240913-07.r1",
    body="""
Hello,

Thank you for your report. We have reviewed the content and removed it for
violating our Community Guidelines on gambling.

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch short enforcement notice to a reporter",
    why="the only statement, naming no URL, answers (by thread and reference) a one-item request",
    items={W[0]: "removed"},
)

case(
    name="twitch-bilingual-korean-particle",
    **{"from": "kr-policy@twitch.tv"},
    name_from="Twitch Korea Policy",
    date="Mon, 16 Sep 2024 01:25:40 +0000",
    subject="=?UTF-8?B?" + base64.b64encode("[KCSC-240913-07] 처리 결과 안내".encode()).decode() + "?= / Outcome of your request",
    body=f"""
안녕하세요, 트위치 정책팀입니다.

요청하신 {W[0]}은 트위치 커뮤니티 가이드라인 위반으로 삭제되었습니다.

---

Hello,

The reported VOD has been deleted for violating the Twitch Community
Guidelines.

Twitch Korea Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Korea bilingual policy-team notice (Korean first, English below)",
    why="the URL is followed directly by the particle 은, and 삭제되었습니다 states deletion; the English repeats it",
    items={W[0]: "removed"},
)

case(
    name="twitch-under-review",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Trust & Safety",
    date="Sat, 14 Sep 2024 06:58:02 +0000",
    subject="Re: [KCSC-240913-07] Removal request - gambling stream VOD",
    reply_to_req="kcsc-240913-07.r1",
    body=f"""
Hello,

Your report regarding {W[0]} has been escalated and is currently under
review by our Law Enforcement Response team. We'll follow up once a decision
has been made.

Twitch Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Twitch escalation notice ('under review')",
    why="'under review' is no status; the requested VOD is named",
    items={W[0]: "pending"},
)

# ===================================================== X review / ignored
case(
    name="x-bulk-all-withheld",
    **{"from": "legalrequests@x.com"},
    name_from="X Legal",
    date="Thu, 05 Sep 2024 21:14:50 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling promotion",
    reply_to_req="kcsc-240903-01.r1",
    body="""
Hello,

Thank you for your request. All of the reported posts in KCSC-240903-01
have been withheld in Korea.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X one-line legal outcome covering a whole request",
    why="one sentence about all twelve posts without naming any: bulk",
    items={u: "pending" for u in X},
)

case(
    name="x-dkim-fail-untrusted",
    **{"from": "legalrequests@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Fri, 06 Sep 2024 14:22:07 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling promotion",
    reply_to_req="kcsc-240903-01.r1",
    body=f"""
Hello,

The following posts have been removed:

{X[0]}
{X[1]}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply whose DKIM/DMARC failed (relayed or spoofed)",
    why="claims removals but the x.com sender fails authentication",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "d.whitcombe@x.com"},
    name_from="Dana Whitcombe",
    date="Tue, 03 Sep 2024 01:21:30 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request to remove illegal gambling promotion",
    reply_to_req="kcsc-240903-01.r1",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email.

For legal requests please use https://legal.x.com/en/legal-request-form or
write to legal@x.com, which is monitored daily.

Dana Whitcombe
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply from a platform employee",
    why="out-of-office reply; the link is X's own form, not an item",
)

# ======================================== Telegram, Snapchat, Pinterest
case(
    name="telegram-automated-reply",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Fri, 13 Sep 2024 01:00:40 +0000",
    subject="Auto: your message to dsa@telegram.org",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Hello,

This is an automated message confirming that your email reached
dsa@telegram.org. This address only handles notices under the EU Digital
Services Act. For other reports, please see https://telegram.org/faq#q-there-39s-illegal-content-on-telegram-how-do-i-take-it-down

Please do not reply to this message.

Telegram
""",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram DSA mailbox automated reply",
    why="automatic reply; only a Telegram FAQ link",
)

case(
    name="snapchat-case-created",
    **{"from": "support@snapchat.com"},
    name_from="Snapchat Support",
    date="Wed, 11 Sep 2024 05:11:09 +0000",
    subject="[Snap Inc.] Case 02841177 received",
    body="""
Hi there,

We've received your message and created case 02841177. A member of our team
will get back to you as soon as possible.

You can learn more about how we handle reports at
https://values.snap.com/safety/safety-reporting

Team Snapchat
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snapchat Support case-created receipt",
    why="pure receipt with a case number; no item, no request of ours",
)

case(
    name="pinterest-mailbox-not-monitored",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    date="Thu, 12 Sep 2024 16:40:51 +0000",
    subject="Automatic reply: content report",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

This mailbox is no longer monitored. To report content on Pinterest,
please use our online form at https://help.pinterest.com/en/contact

This is an automatic reply.

Pinterest
""",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest 'mailbox not monitored' auto-reply",
    why="automatic reply pointing to a help page",
)


HEADER = """# Blind set 826 (tests/corpus/blind826/): English notices from many
# platforms. Written from each email's meaning alone, before any run of the
# reader. Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
