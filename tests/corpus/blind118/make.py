#!/usr/bin/env python3
"""Blind set 118: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Telegram, Snapchat and Pinterest as
senders only). Deterministic:

    python3 tests/corpus/blind118/make.py

writes requests.csv, cases/*.eml and expected.toml. Every expected result was
written from the meaning of its email alone, before any run of the reader.
All names, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
from email.header import Header
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind118"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/lucky_dragon_88/status/1830011122233344501",
    "https://x.com/lucky_dragon_88/status/1830011122233344502",
    "https://x.com/slotking_kr/status/1830022233344455601",
    "https://x.com/slotking_kr/status/1830022233344455602",
    "https://x.com/slotking_kr/status/1830022233344455603",
    "https://x.com/bet_moon_vip/status/1830033344455566701",
    "https://x.com/bet_moon_vip/status/1830033344455566702",
    "https://x.com/toto_signal/status/1830044455566677801",
    "https://x.com/toto_signal/status/1830044455566677802",
    "https://x.com/casino_night_99",
    "https://x.com/jackpot_rail/status/1830055566677788901",
    "https://x.com/jackpot_rail/status/1830055566677788902",
]
YT_HANDLE_RAW = "https://www.youtube.com/@그린리프"
Y = [
    "https://www.youtube.com/watch?v=qZ7bN2xLp4A",
    "https://www.youtube.com/watch?v=R8mKc1VwT0e",
    "https://www.youtube.com/shorts/Hx3Jd9PqW2s",
    "https://www.youtube.com/@" + quote("그린리프"),
]
M = [
    "https://www.facebook.com/groups/381722004411/posts/990112233445566/",
    "https://www.instagram.com/p/C9xK2LmPq7R/",
    "https://www.facebook.com/hanriver.gossip.page/posts/pfbid02Xy7KqLmN3pRt8sWv",
]
T = [
    "https://www.tiktok.com/@fakeid_studio/video/7409112233445566771",
    "https://www.tiktok.com/@fakeid_studio/video/7409112233445566772",
    "https://www.tiktok.com/@docs_maker_kr/video/7409223344556677881",
    "https://www.tiktok.com/@docs_maker_kr",
    "https://www.tiktok.com/@cardshop_24/video/7409334455667788991",
]
R = [
    "https://www.reddit.com/r/koreanleaks/comments/1f3abcd/weekly_dump_thread/",
    "https://www.reddit.com/r/seoul_private/comments/1f4klmn/new_album_part_2/",
]
D = ["https://discord.gg/hanbitSlots7"]
W = [
    "https://www.twitch.tv/roulette_night_kr",
    "https://www.twitch.tv/videos/2241188776",
    "https://clips.twitch.tv/BraveTinyOtterKappa-x7Qp2VbN",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240902-01", "x", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", "illegal online gambling promotion", X),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "drugs", "drug sale advertising", Y),
    ("KCSC-240904-03", "meta", "2024-09-04T14:20:00+09:00", "2024-09-11T18:00:00+09:00",
     "privacy", "personal data exposure", M),
    ("KCSC-240905-04", "tiktok", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "forgery", "forged ID documents for sale", T),
    ("KCSC-240906-05", "reddit", "2024-09-06T16:05:00+09:00", "2024-09-13T18:00:00+09:00",
     "privacy", "non-consensual images", R),
    ("KCSC-240909-06", "discord", "2024-09-09T10:10:00+09:00", "2024-09-16T18:00:00+09:00",
     "gambling", "gambling server invite", D),
    ("KCSC-240910-07", "twitch", "2024-09-10T13:30:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", "live roulette streams", W),
]


def mid(ref):
    return "kcsc-req-" + ref[5:].lower()  # kcsc-req-240902-01


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def alternative(plain, html, boundary, html_b64=False):
    hp = (
        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(html)
        if html_b64 else
        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + html.strip("\n")
    )
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{plain.strip(chr(10))}\n"
        f"--{boundary}\n{hp}\n"
        f"--{boundary}--\n"
    )


def quoted_request(ref, urls, when, indent="> "):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    body = [
        "Dear Legal Team,",
        "",
        f"Our reference: {ref}",
        "The Korea Communications Standards Commission asks you to remove or",
        "restrict access in Korea to the following content, which violates",
        "Korean law:",
        "",
    ] + [f"{i}. {u}" for i, u in enumerate(urls, 1)] + [
        "",
        "Please reply to this email with the action taken for each URL.",
        "",
        "KCSC Takedown Desk",
    ]
    return "\n".join(lines + [(indent + l).rstrip() for l in body])


def original_message(ref, urls, sent, to):
    body = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent}",
        f"To: {to}",
        f"Subject: [{ref}] Request for removal of illegal content",
        "",
        "Dear Sir or Madam,",
        "",
        f"Under reference {ref} we request the removal of the content below.",
        "",
    ] + urls + ["", "Kind regards,", "KCSC Takedown Desk"]
    return "\n".join(body)


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)

CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== X
case(
    name="x-legal-top-posted-withheld-and-removed",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 07:42:10 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal content",
    reply_to_req=mid(R1),
    body=f"""Hello,

Thank you for your report ({R1}). We have reviewed the URLs you provided and
taken the following action:

- {X[0]} - withheld in South Korea
- {X[1]} - withheld in South Korea
- {X[2]} - removed for violating the X Rules on illegal and regulated goods and services
- {X[9]} - account suspended

The remaining URLs in your report are still being assessed and we will
follow up with you separately.

Regards,
X Legal

{quoted_request(R1, X, "Mon, 2 Sep 2024 at 10:30")}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply listing per-URL actions (country withheld content), top-posted over a Gmail quote",
    why="four URLs each with an unhedged action; the quoted request below 'wrote:' states nothing",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[9]: "removed"},
)

csv_rows = [
    ("URL", "Action", "Notes"),
    (X[3], "Withheld - KR", "Local law (Korea)"),
    (X[4], "Removed", "Violates X Rules - gambling"),
    (X[5], "No action", "No violation of X Rules or local law found"),
    (X[6], "Not found", "Post does not exist"),
    (X[7], "Withheld - KR", "Local law (Korea)"),
    (X[8], "Removed", "Violates X Rules - gambling"),
    (X[10], "Removed", "Violates X Rules - gambling"),
    (X[11], "No action", "No violation of X Rules or local law found"),
]
_cb = io.StringIO()
csv.writer(_cb, lineterminator="\r\n").writerows(csv_rows)
case(
    name="x-csv-attachment-outcomes",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 02:15:44 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal content - outcome",
    reply_to_req=mid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==x118csv=="

--==x118csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Further to our earlier email on {R1}, please find attached the outcome for
each of the other URLs in your request.

Regards,
X Legal
--==x118csv==
Content-Type: text/csv; charset=utf-8; name="{R1}_outcome.csv"
Content-Disposition: attachment; filename="{R1}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_cb.getvalue())}
--==x118csv==--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team spreadsheet of per-URL outcomes sent as an attachment",
    why="CSV attachment states an action for each of eight URLs: withheld=restricted, removed, no action with no violation=rejected, not found",
    items={X[3]: "restricted", X[4]: "removed", X[5]: "rejected", X[6]: "not_found",
           X[7]: "restricted", X[8]: "removed", X[10]: "removed", X[11]: "rejected"},
)

case(
    name="x-statement-then-url-below",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 09:03:27 +0000",
    subject=f"Case update: {R1}",
    reply_to_req=mid(R1),
    body=f"""Hi there,

We're writing with an update on your request {R1}.

The following post has been withheld in the Republic of Korea in response
to your legal demand:

    {X[6]}

The following post could not be found on X:

    {X[8]}

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice to the requester, URLs on the line below each statement",
    why="each statement ends in ':' and its URL stands indented on the next line",
    items={X[6]: "restricted", X[8]: "not_found"},
)

x_table_rows = [
    (X[0], "Withheld", "South Korea"),
    (X[2], "Removed", "Global"),
    (X[7], "No violation found - no action", "-"),
    (X[11], "Not found", "-"),
]
x_html = (
    "<html><body><p>Hello,</p><p>Please see below the actions taken on your request "
    f"{R1}.</p>\n<table border=\"1\" cellpadding=\"4\">\n"
    "<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>\n"
    + "\n".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{a}</td><td>{s}</td></tr>" for u, a, s in x_table_rows)
    + "\n</table>\n<p>X Legal</p></body></html>"
)
x_plain = (
    f"Hello,\n\nPlease see below the actions taken on your request {R1}.\n\n"
    "Reported URL | Action | Scope\n"
    + "\n".join(f"{u} | {a} | {s}" for u, a, s in x_table_rows)
    + "\n\nX Legal"
)
case(
    name="x-html-table-actions",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 05:20:00 +0000",
    subject=f"Actions taken on your request {R1}",
    reply_to_req=mid(R1),
    raw_mime=alternative(x_plain, x_html, "==x118tbl=="),
    outcome="applied", classification="confirmation",
    imitates="X legal outcome summary as an HTML table with a plain-text alternative",
    why="table rows: withheld in South Korea, removed globally, no violation, not found",
    items={X[0]: "restricted", X[2]: "removed", X[7]: "rejected", X[11]: "not_found"},
)

x_qp_text = f"""Hello KCSC team,

Following our review of your request {R1}, we have removed the posts at {X[7]} and {X[8]} for violating our policy on illegal or certain regulated goods and services. The account holder has been notified of this action.

If you have further questions, reply to this email and quote your reference.

Best,
Min-ji (X Legal Operations)
"""
case(
    name="x-quoted-printable-two-removed",
    **{"from": "minji.k@x.com"}, name_from="Min-ji Kang (X)",
    date="Tue, 10 Sep 2024 03:48:51 +0000",
    subject=f"RE: [{R1}] toto_signal posts",
    reply_to_req=mid(R1),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(x_qp_text),
    outcome="applied", classification="confirmation",
    imitates="individual X legal-operations employee reply, quoted-printable with soft line breaks inside long lines",
    why="'we have removed the posts at A and B' names both URLs",
    items={X[7]: "removed", X[8]: "removed"},
)

case(
    name="x-outlook-original-message",
    **{"from": "jwlee@x.com"}, name_from='"Lee, Jiwon"',
    date="Wed, 11 Sep 2024 08:11:09 +0000",
    subject=f"RE: [{R1}] Request for removal of illegal content",
    reply_to_req=mid(R1),
    body=f"""Hi,

Regarding your request, the post {X[3]} has been removed.

The post {X[6]} was deleted by the account owner before we completed our
review, so no action was needed on our side.

Best regards,
Jiwon Lee
Legal Policy, X Corp.

{original_message(R1, X, "Monday, September 2, 2024 10:30 AM", "legal@x.com")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from an X staffer above '-----Original Message-----' with the request unquoted",
    why="one removal and one post already deleted by its author (not_found); the original request below the separator says nothing",
    items={X[3]: "removed", X[6]: "not_found"},
)

case(
    name="x-echoed-report-form",
    **{"from": "no-reply@x.com"}, name_from="X Support",
    date="Wed, 11 Sep 2024 14:02:33 +0000",
    subject="Update on your report (Ticket 0911-33871-KR)",
    body=f"""Hello,

We reviewed the report you filed through our legal request form.

Your report
-----------
Ticket: 0911-33871-KR
Your reference: {R1}
Reported content:
  {X[10]}
Reason: Illegal content - online gambling (Republic of Korea)

Outcome
-------
We have withheld this post in the Republic of Korea.

To learn more about country withheld content, visit
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X Help Center report-outcome email echoing the submitted form",
    why="one URL echoed under 'Reported content' and an unhedged outcome 'withheld in the Republic of Korea'; the help link is not an item",
    items={X[10]: "restricted"},
)

# ====================================================================== YouTube
case(
    name="yt-legal-blocked-kr-and-removed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 11:30:12 +0000",
    subject=f"Re: [{R2}] Request for removal of illegal content [7-2409000031554]",
    reply_to_req=mid(R2),
    body=f"""Hello,

Thank you for your request. In response, we have blocked the following
video from view on the YouTube country site for South Korea:

{Y[0]}

In addition, we have removed the following content globally for violating
YouTube's Community Guidelines:

{Y[2]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (blocked on the country site / removed for Community Guidelines)",
    why="one video geo-blocked for Korea (restricted), one removed globally",
    items={Y[0]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-channel-terminated-korean-handle",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:55:00 +0000",
    subject=Header(f"Re: [{R2}] channel 그린리프", "utf-8").encode(),
    reply_to_req=mid(R2),
    body=f"""Hi,

We have reviewed the channel you reported ({YT_HANDLE_RAW}) and it has been
terminated for violating YouTube's policy on the sale of illegal or
regulated goods. The channel and all of its videos are no longer available
on YouTube.

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice sent to the reporter",
    why="the raw Korean handle URL matches the percent-encoded request URL; a terminated channel is removed",
    items={Y[3]: "removed"},
)

yt_html = f"""<html><body>
<p>Hello,</p>
<p>We've completed our review of the content in your request {R2}.</p>
<ul>
<li><a href="{Y[1]}">{Y[1]}</a> &ndash; Removed. This video violated our Community Guidelines.</li>
<li><a href="{Y[0]}">{Y[0]}</a> &ndash; No action taken. The video does not violate our policies, and after legal review we did not find it unlawful under the law you cited.</li>
</ul>
<p>Sincerely,<br>The YouTube Team</p>
<p style="font-size:small">Help Center: <a href="https://support.google.com/youtube/answer/6154230">Legal removals</a></p>
</body></html>"""
case(
    name="yt-base64-html-removed-and-declined",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date="Sat, 07 Sep 2024 16:40:19 +0000",
    subject=f"Your legal request {R2}: review complete",
    reply_to_req=mid(R2),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(yt_html),
    outcome="applied", classification="confirmation",
    imitates="YouTube review-complete email, HTML-only and base64-encoded",
    why="bulleted list: one video removed, one declined with a reason (rejected)",
    items={Y[1]: "removed", Y[0]: "rejected"},
)

case(
    name="yt-age-restricted-and-uploader-deleted",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 06:12:45 +0000",
    subject=f"Re: [{R2}] Request for removal of illegal content",
    reply_to_req=mid(R2),
    body=f"""Hello,

After reviewing your request, we have applied an age restriction to the
video {Y[1]}. It can no longer be viewed by signed-out users or by users
under 18.

The video {Y[2]} is unavailable because it was deleted by the uploader, so
there was nothing further for us to review.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice plus 'video removed by the uploader' status",
    why="age restriction is restricted; deleted by its uploader is not_found",
    items={Y[1]: "restricted", Y[2]: "not_found"},
)

case(
    name="yt-url-with-outcome-line-below",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:05:37 +0000",
    subject=f"[{R2}] Outcome",
    reply_to_req=mid(R2),
    body=f"""Hello,

Please find the outcome of our review below.

Video URL: {Y[0]}
Outcome: Removed (Community Guidelines - illegal or regulated goods)

Video URL: {Y[1]}
Outcome: Blocked in KR (local law)

Video URL: {Y[2]}
Outcome: No action - the video does not violate our policies or local law

Thanks,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome block, one 'Video URL:' / 'Outcome:' pair per video",
    why="each URL has its outcome on the line below it: removed, blocked in KR, no action with reason",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected"},
)

# ====================================================================== Meta
case(
    name="meta-restricted-local-law-and-kept",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta Content Restrictions",
    date="Fri, 06 Sep 2024 13:25:08 +0000",
    subject=f"Your report {R3}: decision",
    reply_to_req=mid(R3),
    body=f"""Hi,

Thanks for your report. We reviewed the content you reported under
{R3}.

We've restricted access to the following content in South Korea, based on
local law:
{M[0]}
{M[2]}

We didn't remove {M[1]} because it doesn't go against our Community
Standards, and our legal review did not find it to be unlawful in South
Korea. It stays on Instagram.

Learn more about how we handle reports based on local law:
https://transparency.meta.com/reports/content-restrictions

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' decision plus a 'we didn't remove it' outcome",
    why="two URLs restricted in Korea; the third stays up with a reason (rejected); transparency link is not an item",
    items={M[0]: "restricted", M[2]: "restricted", M[1]: "rejected"},
)

case(
    name="meta-instagram-post-removed",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Sat, 07 Sep 2024 01:14:51 +0000",
    subject="We removed the post you reported",
    reply_to_req=mid(R3),
    body=f"""Hi KCSC Takedown,

We removed the post you reported ({M[1]}) because it goes against our
Community Guidelines on privacy violations.

Thanks for letting us know. Reports like yours help keep Instagram safe.

Instagram Help Center: https://help.instagram.com/
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram support-inbox 'we removed the post you reported' notice",
    why="one named URL, unhedged removal",
    items={M[1]: "removed"},
)

case(
    name="meta-dsa-statement-of-reasons",
    **{"from": "noreply@meta.com"}, name_from="Meta",
    date="Mon, 09 Sep 2024 09:30:00 +0000",
    subject=f"Statement of reasons - your notice {R3}",
    reply_to_req=mid(R3),
    body=f"""STATEMENT OF REASONS

Notice reference: {R3}
Decision ID: SOR-2024-09-0091837

Content concerned: {M[0]}
Decision: Removal of the content
Territorial scope: Global
Facts and circumstances: The content was reported by a government authority
and reviewed by our teams.
Ground for decision: Violation of the Community Standards (Privacy
violations)
Use of automated means: No automated means were used to take the decision.

Redress: the user who posted the content can appeal this decision.

Meta Platforms Ireland Limited
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons, field-by-field layout as in the DSA transparency database",
    why="'Decision: Removal of the content', 'Territorial scope: Global' for the one content URL",
    items={M[0]: "removed"},
)

case(
    name="meta-wrapped-url-in-angle-brackets",
    **{"from": "content-requests@meta.com"}, name_from="Meta Content Requests",
    date="Tue, 10 Sep 2024 07:45:22 +0000",
    subject=f"RE: [{R3}] Request for removal of illegal content",
    reply_to_req=mid(R3),
    body=f"""Dear KCSC,

The post at <https://www.facebook.com/hanriver.gossip.page/posts/
pfbid02Xy7KqLmN3pRt8sWv> is no longer available on Facebook: we removed
it for violating our Community Standards.

Kind regards,
Meta Content Requests Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-requests team reply with a long URL wrapped inside angle brackets (RFC 3986 appendix C)",
    why="the wrapped URL in angle brackets is the third Meta item; 'we removed it' is unhedged",
    items={M[2]: "removed"},
)

# ====================================================================== TikTok
case(
    name="tiktok-numbered-list-mixed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 03:33:33 +0000",
    subject=f"Re: [{R4}] Request for removal of illegal content",
    reply_to_req=mid(R4),
    body=f"""Dear KCSC,

Thank you for your notice. Our team has reviewed the reported content and
taken the following actions:

1. {T[0]} - Removed (Community Guidelines: regulated goods and commercial activities)
2. {T[1]} - Removed
3. {T[2]} - Restricted in the Republic of Korea (local law)
4. {T[3]} - Account banned
5. {T[4]} - Not found: the video was deleted by the creator before our review

Best regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement/government-request outcome letter with a numbered list",
    why="all five URLs with one status each; a banned account is removed",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted", T[3]: "removed", T[4]: "not_found"},
)

case(
    name="tiktok-sor-restricted-in-korea",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Tue, 10 Sep 2024 10:10:10 +0000",
    subject="Statement of reasons for our decision on your report",
    reply_to_req=mid(R4),
    body=f"""Hi,

We've made a decision on the content you reported as illegal.

Content: {T[2]}
Decision: Access to the video has been restricted in: Republic of Korea
Reason: The video was found to be unlawful under local law. It does not
violate our Community Guidelines, so it remains available in other regions.
Automated decision: No
Your reference: {R4}

If you disagree with this decision you can appeal in the app.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok illegal-content report decision in statement-of-reasons form (restricted in one country)",
    why="restricted in Korea only, so restricted",
    items={T[2]: "restricted"},
)

case(
    name="tiktok-angle-brackets-fullwidth-bilingual",
    **{"from": "kr-trustsafety@tiktok.com"}, name_from="TikTok Korea Trust & Safety",
    date="Tue, 10 Sep 2024 06:20:41 +0000",
    subject=Header(f"RE: {R4} 처리 결과 / result", "utf-8").encode(),
    reply_to_req=mid(R4),
    body=f"""안녕하세요, TikTok Korea Trust & Safety 팀입니다.
(English below)

<{T[0]}>：삭제 완료
<{T[4]}>：가이드라인 위반 없음, 조치하지 않음

---

Hello,

The video <{T[0]}> has been removed.
The video <{T[4]}> did not violate our Community Guidelines and we did not
find it unlawful; we have not taken action on it, and it stays up.

TikTok Korea Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English TikTok Korea team reply, URLs in angle brackets followed by full-width colons",
    why="both languages agree: one removed, one kept with a reason (rejected)",
    items={T[0]: "removed", T[4]: "rejected"},
)

case(
    name="tiktok-prose-mixed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 02:02:02 +0000",
    subject=f"Re: [{R4}] follow-up",
    reply_to_req=mid(R4),
    body=f"""Dear KCSC team,

Following up on your notice, our moderators removed the video at
{T[1]} and banned the account {T[3]}. The video at {T[4]} did not break our
guidelines and we did not find it to be unlawful, so it remains on TikTok.

Kind regards,
Haeun
TikTok Legal, Seoul
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal staffer prose reply mixing outcomes in one paragraph",
    why="removed, banned (removed), remains with a reason (rejected)",
    items={T[1]: "removed", T[3]: "removed", T[4]: "rejected"},
)

# ====================================================================== Reddit
case(
    name="reddit-removed-and-author-deleted",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 18:40:00 +0000",
    subject=f"Re: [{R5}] Request for removal of illegal content",
    reply_to_req=mid(R5),
    body=f"""Hello,

Thank you for reaching out. We have removed {R[0]} for violating
Reddit's Content Policy on involuntary intimate media.

As for {R[1]}, the post was deleted by its author before our review, so
there was nothing left for us to action.

Best,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal-operations reply to a government removal request",
    why="first post removed by Reddit; second deleted by its author (not_found)",
    items={R[0]: "removed", R[1]: "not_found"},
)

case(
    name="reddit-geoblocked-and-declined",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 20:15:31 +0000",
    subject=f"Re: [{R5}] Request for removal of illegal content",
    reply_to_req=mid(R5),
    body=f"""Hi,

We have reviewed your request.

* {R[1]}
  We have restricted access to this post in South Korea. It is no longer
  available to users located in Korea.

* {R[0]}
  We have declined to take action. The thread does not violate our Content
  Policy, and the request does not identify which content in it is
  unlawful.

Thanks,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply with bulleted per-URL decisions (geo-restriction and a declined request)",
    why="statement sits on the lines below each bulleted URL: restricted in Korea; declined with reason (rejected)",
    items={R[1]: "restricted", R[0]: "rejected"},
)

# ====================================================================== Discord
case(
    name="discord-server-removed-bare-invite",
    **{"from": "trustandsafety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 00:30:59 +0000",
    subject=f"Re: [{R6}] Request for removal of illegal content",
    reply_to_req=mid(R6),
    body="""Hello,

Thanks for your report. We investigated the server behind the invite
discord.gg/hanbitSlots7 and found it in violation of our Community
Guidelines. The server has been removed from Discord and the invite no
longer works.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report-outcome email ('we've taken action on the server')",
    why="the invite is written without its scheme but is the request's only URL; the server was removed",
    items={D[0]: "removed"},
)

case(
    name="discord-sole-statement-no-url",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Thu, 12 Sep 2024 15:50:12 +0000",
    subject=f"[{R6}] Update on your report",
    reply_to_req=mid(R6),
    body="""Hi,

We've reviewed the report you submitted and removed the server in question
for violating our Community Guidelines.

Case: 3381-772
Discord Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord report-outcome notice that names no content, only the case",
    why="the request has one item, and the email, in its thread and quoting its reference, states its removal",
    items={D[0]: "removed"},
)

# ====================================================================== Twitch
case(
    name="twitch-channel-suspended-vod-clip-removed",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Thu, 12 Sep 2024 22:05:48 +0000",
    subject=f"Re: [{R7}] Request for removal of illegal content",
    reply_to_req=mid(R7),
    body=f"""Hello,

We have reviewed your request and taken the following enforcement actions:

  Channel {W[0]}
    Indefinitely suspended; the channel is no longer accessible.

  VOD {W[1]}
    Removed.

  Clip {W[2]}
    Removed.

Regards,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal enforcement summary, each URL followed by an indented outcome",
    why="suspended channel no longer accessible (removed); VOD and clip removed",
    items={W[0]: "removed", W[1]: "removed", W[2]: "removed"},
)

case(
    name="twitch-clip-invalid-vod-deleted",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date="Fri, 13 Sep 2024 04:44:04 +0000",
    subject=f"Re: [{R7}] follow-up on clip and VOD",
    reply_to_req=mid(R7),
    body=f"""Hi,

The clip link you sent ({W[2]}) is invalid; we could not find any clip
with that slug.

The VOD {W[1]} has been deleted by our team for violating the Community
Guidelines on gambling content.

Twitch Safety Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch safety operations follow-up on individual links",
    why="invalid link (not_found); VOD deleted by Twitch (removed)",
    items={W[2]: "not_found", W[1]: "removed"},
)

# ====================================================================== review
case(
    name="x-promise-withhold-after-review",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 10:10:10 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal content",
    reply_to_req=mid(R1),
    body=f"""Hello,

Thank you for your patience. We will withhold the posts below in the
Republic of Korea once our legal review is complete, which we expect within
five business days:

{X[5]}
{X[6]}

We will confirm by email when the action has been taken.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising a future withholding",
    why="a promise ('will withhold ... once ... complete'), not a statement: both posts stay pending",
    items={X[5]: "pending", X[6]: "pending"},
)

case(
    name="yt-hedge-appears-taken-down",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 08:08:08 +0000",
    subject=f"Re: [{R2}] Request for removal of illegal content",
    reply_to_req=mid(R2),
    body=f"""Hello,

It appears that the video {Y[1]} may already have been taken down by the
uploader. We are confirming this with the relevant team and will update you
once we know more.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal-support interim reply with a hedged status",
    why="'appears ... may already have been' is a hedge: the video stays pending",
    items={Y[1]: "pending"},
)

case(
    name="tiktok-bulk-all-removed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 06 Sep 2024 05:05:05 +0000",
    subject=f"Re: [{R4}] Request for removal of illegal content",
    reply_to_req=mid(R4),
    body=f"""Dear KCSC,

All of the videos and accounts listed in your request {R4} have been
removed from TikTok.

Best regards,
TikTok Legal Team
""",
    outcome="review", review="bulk",
    imitates="TikTok one-line bulk confirmation for a whole request",
    why="one statement about all five items without naming any: bulk, items stay pending",
    items={u: "pending" for u in T},
)

case(
    name="reddit-bulk-both-removed",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 19:19:19 +0000",
    subject=f"Re: [{R5}] Request for removal of illegal content",
    reply_to_req=mid(R5),
    body="""Hi there,

Both posts you reported have been removed from Reddit.

Reddit Legal
""",
    outcome="review", review="bulk",
    imitates="Reddit short confirmation covering the whole report",
    why="'both posts' for a two-item request without naming either: bulk",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="meta-auth-fail-removed",
    **{"from": "notification@support.facebook.com"}, name_from="Facebook Support",
    auth="fail",
    date="Thu, 05 Sep 2024 21:21:21 +0000",
    subject=f"Your request {R3} - content removed",
    reply_to_req=mid(R3),
    body=f"""Hello,

We have removed the following content from Facebook:
{M[0]}

Facebook Support
""",
    outcome="review", review="untrusted",
    imitates="Facebook support notice whose DKIM/SPF/DMARC failed at our gateway",
    why="Meta's domain but authentication failed: nothing applied",
    items={M[0]: "pending"},
)

case(
    name="law-firm-client-deleted-posts",
    **{"from": "cho.minsu@daehanlaw.example"}, name_from="Cho Minsu (Daehan Law Group)",
    date="Sat, 07 Sep 2024 02:30:00 +0000",
    subject=f"Re: {R1} - posts by @slotking_kr",
    body=f"""Dear Sir or Madam,

We act for the holder of the X account @slotking_kr. Our client has
deleted the following posts on receiving notice of your request {R1}:

{X[2]}
{X[3]}
{X[4]}

We would be grateful if you could close the matter accordingly.

Yours faithfully,
Cho Minsu
Daehan Law Group
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's lawyer claiming the posts were deleted",
    why="not a platform domain: the claims are recorded for review, nothing applied",
    items={X[2]: "pending", X[3]: "pending", X[4]: "pending"},
)

case(
    name="pinterest-pin-linking-tiktok",
    **{"from": "trustandsafety@pinterest.com"}, name_from="Pinterest Trust & Safety",
    date="Wed, 11 Sep 2024 17:00:01 +0000",
    subject=f"Re: {R4} - reported links",
    body=f"""Hi,

Thanks for your report. We removed the Pin that linked to
{T[4]} for violating our Community Guidelines on regulated goods.

Pinterest Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest Trust & Safety reply about a Pin that linked to another platform's video",
    why="Pinterest states 'removed' next to a TikTok URL: it cannot speak for TikTok's item",
    items={T[4]: "pending"},
)

case(
    name="snapchat-tiktok-account-not-found",
    **{"from": "legal@snap.com"}, name_from="Snap Inc. Legal",
    date="Fri, 06 Sep 2024 23:45:00 +0000",
    subject=f"Re: [{R4}] Request for removal of illegal content",
    body=f"""Hello,

We received your email regarding {R4}. The link in it,
{T[3]}, does not point to Snapchat. We searched for the account on
Snapchat and could not find it.

If you believe content on Snapchat violates Korean law, please report it
through our legal request portal.

Snap Inc. Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Snap legal reply to a request that reached it by mistake",
    why="Snap says it cannot find TikTok's account: a statement about another platform's item",
    items={T[3]: "pending"},
)

case(
    name="reddit-conditional-counter-notice",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Sun, 08 Sep 2024 12:00:00 +0000",
    subject=f"Re: [{R5}] Request for removal of illegal content",
    reply_to_req=mid(R5),
    body=f"""Hello,

We have notified the user who posted {R[0]} of your request. If they
do not respond with a valid counter-notification within 10 business days,
the post will be removed.

Reddit Legal
""",
    outcome="review", review="not_understood",
    imitates="Reddit legal notice-and-counter-notice interim reply",
    why="a conditional promise: the post stays pending",
    items={R[0]: "pending"},
)

case(
    name="discord-asks-for-message-links",
    **{"from": "trustandsafety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 09:09:09 +0000",
    subject=f"Re: [{R6}] Request for removal of illegal content",
    reply_to_req=mid(R6),
    body="""Hello,

Before we can act on your report we need more information. The invite link
alone (https://discord.gg/hanbitSlots7) does not show us the content at
issue. Please send message links or screenshots of the messages you
consider unlawful, and cite the provision of Korean law they breach.

You can find how to copy a message link here:
https://support.discord.com/hc/en-us/articles/206346498

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord Trust & Safety request for message links and the legal basis",
    why="asks for more information; the invite stays pending",
    items={D[0]: "pending"},
)

case(
    name="twitch-vague-actioned-no-identifiers",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Sat, 14 Sep 2024 01:01:01 +0000",
    subject="We've actioned on your report",
    body="""Hi KCSC_Takedown,

Our Safety team reviewed the report you submitted and determined that a
violation of the Twitch Community Guidelines occurred. Appropriate
enforcement action has been taken.

Thank you for helping us keep Twitch safe.

Twitch Safety
https://safety.twitch.tv
""",
    outcome="review", review="no_claims",
    imitates="Twitch 'We've actioned on your report' reporter notification (no content or report identified)",
    why="trusted Twitch email naming no item and no request: nothing to apply",
    items={},
)

case(
    name="x-conflicting-suspended-vs-no-action",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 03:03:03 +0000",
    subject=f"Re: [{R1}] account casino_night_99",
    reply_to_req=mid(R1),
    body=f"""Hello,

Further to your request {R1}, we have suspended the account
{X[9]} for violating our rules on illegal gambling promotion.

Summary
URL | Action
{X[9]} | No action - no violation found

X Legal
""",
    outcome="review", review="conflicting_statements",
    imitates="X legal reply whose prose and summary table disagree (agent error)",
    why="the prose says suspended, the table says no action: a person must decide",
    items={X[9]: "pending"},
)

# ====================================================================== ignored
case(
    name="x-out-of-office",
    **{"from": "jwlee@x.com"}, name_from='"Lee, Jiwon"',
    date="Mon, 02 Sep 2024 01:31:00 +0000",
    subject=f"Automatic reply: [{R1}] Request for removal of illegal content",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal requests, please write to
legal@x.com and the team will assist you.

Jiwon Lee
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="auto-reply, nothing about items",
    items={},
)

dsn_original = f"""From: KCSC Takedown <takedown@kcsc.example>
To: content-request@meta.com
Subject: [{R3}] Request for removal of illegal content
Date: Wed, 04 Sep 2024 14:20:00 +0900
Message-ID: <{mid(R3)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Legal Team,

Our reference: {R3}
Please remove the following content:

{M[0]}
{M[1]}
{M[2]}

KCSC Takedown Desk
"""
case(
    name="dsn-meta-address-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Wed, 04 Sep 2024 05:21:14 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B118DSN.1725427274/mx.kcsc.example"

--B118DSN.1725427274/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<content-request@meta.com>: host mx.meta.com[203.0.113.25] said: 550 5.1.1
    <content-request@meta.com>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--B118DSN.1725427274/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WzK2d0QfTz9B
Arrival-Date: Wed,  4 Sep 2024 14:20:01 +0900 (KST)

Final-Recipient: rfc822; content-request@meta.com
Original-Recipient: rfc822;content-request@meta.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.meta.com
Diagnostic-Code: smtp; 550 5.1.1 <content-request@meta.com>: Recipient
    address rejected: User unknown

--B118DSN.1725427274/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

{dsn_original}
--B118DSN.1725427274/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request with its URLs",
    why="a bounce; the URLs are in our own returned request",
    items={},
)

case(
    name="tiktok-read-receipt",
    **{"from": "sooyeon.park@tiktok.com"}, name_from="Sooyeon Park",
    date="Thu, 05 Sep 2024 01:12:00 +0000",
    subject=f"Read: [{R4}] Request for removal of illegal content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_118MDN"

------=_NextPart_118MDN
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message

  To: legal-kr@tiktok.com
  Subject: [{R4}] Request for removal of illegal content
  Sent: Thursday, September 5, 2024 9:40:00 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 10:11:58 AM (UTC+09:00) Seoul.

------=_NextPart_118MDN
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@tiktok.com
Original-Message-ID: <{mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_118MDN--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="discord-zendesk-request-received",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Mon, 09 Sep 2024 01:14:00 +0000",
    subject="[Discord] Request received: Report illegal content (#41877213)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""##- Please type your reply above this line -##

Your request (41877213) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 9, 2024, 01:13 UTC

How can we help? Trust & Safety > Report illegal content
Your reference: {R6}
Link to the content: {D[0]}
Description: Server advertising illegal online gambling to users in Korea.
""",
    outcome="ignored",
    imitates="Zendesk 'request received' receipt echoing the submitted form (Discord support)",
    why="pure acknowledgement: the URL is only our own submitted form echoed back, with no statement about it",
    items={},
)

case(
    name="yt-legal-request-ack",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 03 Sep 2024 02:05:00 +0000",
    subject=f"Re: [{R2}] Request for removal of illegal content [7-2409000031554]",
    reply_to_req=mid(R2),
    body="""Hello,

We've received your legal request. Your reference number is
7-2409000031554; please keep it in the subject line of any reply.

We review every request carefully and will get back to you as soon as
possible.

The YouTube Legal Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal-request receipt with a case number",
    why="acknowledgement only",
    items={},
)

case(
    name="telegram-abuse-auto-response",
    **{"from": "abuse@telegram.org"}, name_from="Telegram",
    date="Mon, 09 Sep 2024 07:00:00 +0000",
    subject=f"Re: [{R6}] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automated response.

Thank you for contacting Telegram. Messages sent to this address are
processed by our moderators; we may not be able to reply to every email
individually. Please do not send the same report more than once.

Telegram Abuse Team
""",
    outcome="ignored",
    imitates="Telegram abuse-desk automated response (sent to a request copied to Telegram)",
    why="an automatic response naming nothing",
    items={},
)

case(
    name="twitch-dsn-remote-rejected",
    **{"from": "postmaster@mx1.twitch.tv"}, name_from="Mail Delivery Subsystem",
    auth="none",
    date="Tue, 10 Sep 2024 04:31:02 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="b118twdsn"

--b118twdsn
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     legal-kr@twitch.tv

Technical details of permanent failure:
The recipient's mailbox does not exist (550 5.1.1).

--b118twdsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.twitch.tv

Final-Recipient: rfc822; legal-kr@twitch.tv
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--b118twdsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@twitch.tv
Subject: [{R7}] Request for removal of illegal content
Message-ID: <{mid(R7)}@kcsc.example>
Date: Tue, 10 Sep 2024 13:30:00 +0900

--b118twdsn--
""",
    outcome="ignored", classification="bounce",
    imitates="remote-MTA failure DSN with only the returned headers",
    why="a bounce",
    items={},
)

HEADER = """# Blind set 118 (tests/corpus/blind118/): English notices from many
# platforms (X, YouTube, Meta, TikTok, Reddit, Discord, Twitch; Telegram,
# Snapchat, Pinterest as senders). Written by make.py; expected results from
# each email's meaning alone, before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
