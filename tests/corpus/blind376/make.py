#!/usr/bin/env python3
"""Blind corpus set blind376: English notices from many platforms.

    python3 tests/corpus/blind376/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
email is fictional and written in our own sentences; the expected result of
each case was written from the email's meaning alone, before any run of the
reader.
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/moonlit_parcel/status/1833012345678901201",
    "https://x.com/moonlit_parcel/status/1833012345678901344",
    "https://x.com/grey_otter_77/status/1832990011223344556",
    "https://x.com/grey_otter_77/status/1832990011223344789",
    "https://x.com/kettle_signal/status/1833100200300400501",
    "https://x.com/kettle_signal/status/1833100200300400622",
    "https://x.com/pinecone_ledger/status/1832877766655544433",
    "https://x.com/harbor_lamp_kr",
    "https://x.com/velvet_drum/status/1833220033445566778",
    "https://x.com/velvet_drum/status/1833220033445566901",
    "https://x.com/northpaw_daily/status/1832755512345678012",
    "https://x.com/northpaw_daily/status/1832755512345678123",
]
Y = [
    "https://www.youtube.com/watch?v=Qm4vT7rLx2A",
    "https://www.youtube.com/watch?v=bN8pZe3KwY0",
    "https://www.youtube.com/shorts/Hc2Ld9sRt5U",
    "https://www.youtube.com/@silverfinch_tv",
]
M = [
    "https://www.facebook.com/groups/447120998311/posts/881203441207/",
    "https://www.instagram.com/p/C9xQ2mLrT4k/",
    "https://www.instagram.com/reel/C9yW7hNpK1e/",
]
T = [
    "https://www.tiktok.com/@blue_quokka_99/video/7412233445566778899",
    "https://www.tiktok.com/@blue_quokka_99/video/7412233445566779012",
    "https://www.tiktok.com/@lantern_mochi/video/7413344556677889900",
]
# r1 is stored percent-encoded; emails may write its Korean slug raw.
R1_RAW = "https://www.reddit.com/r/quietmarket_kr/comments/1fk2x9a/주간_거래/"
R = [
    "https://www.reddit.com/r/quietmarket_kr/comments/1fk2x9a/%EC%A3%BC%EA%B0%84_%EA%B1%B0%EB%9E%98/",
    "https://www.reddit.com/user/amber_switch_42/",
]
D = [
    "https://discord.com/channels/1122334455667788990/1122334455667789001/1283501122334455667",
    "https://discord.gg/quietmarket",
]
P = ["https://www.pinterest.com/pin/884723109912345678/"]

REQUESTS = [
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", X,
     "Content", "req.240909-01@kcsc.example", "gambling promotion posts and one account"),
    ("KCSC-240909-02", "youtube", "2024-09-09T14:30:00+09:00", "2024-09-16T18:00:00+09:00", Y,
     "Content", "req.240909-02@kcsc.example", "videos, one Short and a channel"),
    ("KCSC-240910-03", "meta", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", M,
     "Content", "req.240910-03@kcsc.example", "Facebook group post and Instagram post/reel"),
    ("KCSC-240910-04", "tiktok", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", T,
     "Content", "req.240910-04@kcsc.example", "three videos"),
    ("KCSC-240911-05", "reddit", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", R,
     "Content", "req.240911-05@kcsc.example", "thread with Korean slug and a user profile"),
    ("KCSC-240911-06", "discord", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00", D,
     "Content", "req.240911-06@kcsc.example", "message link and server invite"),
    ("KCSC-240912-07", "pinterest", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", P,
     "Content", "req.240912-07@kcsc.example", "one Pin"),
]


def write_requests():
    # (csv quotes a note that holds a comma: "videos, one Short and a channel".)
    import csv
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def request_text(ref, urls, platform_name):
    body = [
        "Dear %s team," % platform_name,
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "restrict access in the Republic of Korea to the content below, which",
        "was found to breach Korean law. Reference: %s" % ref,
        "",
    ]
    for i, u in enumerate(urls, 1):
        body.append("%d. %s" % (i, u))
    body += ["", "Please tell us the action taken for each URL.", "", "KCSC Takedown desk"]
    return body


def gmail_quote(ref, urls, platform_name, when):
    out = ["", "On %s, KCSC Takedown <takedown@kcsc.example> wrote:" % when]
    out += [("> " + l).rstrip() for l in request_text(ref, urls, platform_name)]
    return "\n".join(out)


def outlook_quote(ref, urls, platform_name, when, subject):
    out = ["", "-----Original Message-----",
           "From: KCSC Takedown <takedown@kcsc.example>",
           "Sent: %s" % when,
           "To: legal requests",
           "Subject: %s" % subject, ""]
    out += request_text(ref, urls, platform_name)
    return "\n".join(out)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


HEADER = """# blind376: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Discord, Pinterest; Twitch and Snapchat as senders only).
# Written by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is judged alone on a fresh ledger
# holding requests.csv."""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ applied
case(
    name="x-legal-withheld-and-removed",
    imitates="X legal team reply to a government removal request: country-withheld list plus X Rules removals",
    outcome="applied", classification="confirmation",
    why="X, trusted, names six posts with two unhedged outcomes (withheld in KR / removed globally)",
    date="Thu, 12 Sep 2024 02:14:09 +0000",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240909-01 Removal request from the Korea Communications Standards Commission",
    reply_to_req="req.240909-01",
    body=f"""Hello,

Thank you for your request (ref. KCSC-240909-01). We have completed our
review of the reported content.

After reviewing the content under applicable Korean law, we have withheld the
following posts in the Republic of Korea. They remain available outside Korea.

  - {X[0]}
  - {X[1]}
  - {X[2]}
  - {X[3]}

The following posts were found to violate the X Rules (illegal or certain
regulated goods or services) and have been removed from X globally:

  - {X[4]}
  - {X[5]}

We are still reviewing the remaining items in your request and will reply
separately.

More about our country withheld content policy:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted",
           X[4]: "removed", X[5]: "removed"},
)

case(
    name="x-bare-url-outcome-below",
    imitates="X legal request outcome list: bare URL line with an 'Outcome:' line under it",
    outcome="applied", classification="confirmation",
    why="each URL has its own outcome line: withheld, account suspended, no action with reason, not found",
    date="Fri, 13 Sep 2024 07:40:55 +0000",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Your legal request KCSC-240909-01: outcome for the remaining items",
    reply_to_req="req.240909-01",
    body=f"""Hi KCSC team,

Following up on our earlier message, here is the outcome for the remaining
items in your request.

{X[6]}
Outcome: Withheld in South Korea

{X[7]}
Outcome: Account suspended for violations of the X Rules

{X[8]}
Outcome: No action. The post does not violate the X Rules and we did not
find a sufficient basis under the cited law to withhold it.

{X[9]}
Outcome: Unable to locate. The post no longer exists on X.

Thanks,
X Legal Operations
""",
    items={X[6]: "restricted", X[7]: "removed", X[8]: "rejected", X[9]: "not_found"},
)

case(
    name="x-html-table-outcomes",
    imitates="X legal portal HTML outcome email with a table of reported URLs and actions",
    outcome="applied", classification="confirmation",
    why="HTML table, one row per URL: withheld KR, removed, no violation with reason",
    date="Fri, 13 Sep 2024 09:05:12 +0000",
    **{"from": "noreply@x.com"}, name_from="X Legal Portal",
    subject="Case 0193847-KR update - KCSC-240909-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We have reviewed the content listed in your request <b>KCSC-240909-01</b>.
The action taken on each item is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Reason</th></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld in: KR</td><td>Local law</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Removed</td><td>Violation of X Rules</td></tr>
<tr><td><a href="{X[0]}">{X[0]}</a></td><td>No action taken</td><td>Does not violate the X Rules or the local law cited</td></tr>
</table>
<p>You can read about how we handle legal requests at
<a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">our Help Center</a>.</p>
<p>X Legal</p>
</body></html>""",
    items={X[10]: "restricted", X[11]: "removed", X[0]: "rejected"},
)

CSV_X = f"""reported_url,action,scope,notes
{X[1]},Removed,Global,Violation of X Rules (regulated goods)
{X[2]},Withheld,KR,Local law
{X[3]},Withheld,KR,Local law
{X[4]},No action,,No violation of X Rules or local law identified
{X[5]},Not found,,Post deleted by the account holder before review
"""
case(
    name="x-csv-attachment",
    imitates="X legal batch outcome sent as a CSV attachment under a short cover note",
    outcome="applied", classification="confirmation",
    why="CSV attachment with one row per URL and an unhedged action for each",
    date="Sat, 14 Sep 2024 01:22:40 +0000",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240909-01 batch results",
    reply_to_req="req.240909-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_xbatch_7731"

--=_xbatch_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached are the results for the batch you submitted under KCSC-240909-01.
One row per reported URL.

X Legal

--=_xbatch_7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_X)}
--=_xbatch_7731--
""",
    items={X[1]: "removed", X[2]: "restricted", X[3]: "restricted", X[4]: "rejected",
           X[5]: "not_found"},
)

case(
    name="x-top-posted-over-request",
    imitates="individual X legal agent's top-posted reply above the quoted request (Gmail quoting)",
    outcome="applied", classification="confirmation",
    why="top text states two outcomes; the 12 URLs of the quoted request below carry no statement",
    date="Sat, 14 Sep 2024 05:48:02 +0000",
    **{"from": "j.moreau@x.com"}, name_from="Julien Moreau",
    subject="Re: KCSC-240909-01 Removal request from the Korea Communications Standards Commission",
    reply_to_req="req.240909-01",
    body=f"""Hi,

Quick update on two of the posts you asked about:

{X[8]} has now been withheld in South Korea after a second review.
{X[9]} was deleted by its author before we got to it, so there was nothing
left for us to act on.

Best,
Julien
X Legal, APAC
""" + gmail_quote("KCSC-240909-01", X, "X", "Mon, 9 Sep 2024 at 10:00"),
    items={X[8]: "restricted", X[9]: "not_found"},
)

case(
    name="x-gmail-reply-urls-below",
    imitates="short X agent reply: statement line ending in a colon, URLs on the lines below, request quoted",
    outcome="applied", classification="confirmation",
    why="the statement 'withheld in KR' heads the two URLs that follow it",
    date="Sun, 15 Sep 2024 23:10:31 +0000",
    **{"from": "a.kwon@x.com"}, name_from="Ara Kwon",
    subject="Re: KCSC-240909-01 Removal request from the Korea Communications Standards Commission",
    reply_to_req="req.240909-01",
    body=f"""Hello,

Both posts from the northpaw_daily account are now withheld in KR:

{X[10]}
{X[11]}

Regards,
Ara Kwon | X Legal
""" + gmail_quote("KCSC-240909-01", X, "X", "Mon, 9 Sep 2024 at 10:00"),
    items={X[10]: "restricted", X[11]: "restricted"},
)

case(
    name="x-account-withheld-kr",
    imitates="X notice that an entire account has been withheld in a country in response to a legal demand",
    outcome="applied", classification="confirmation",
    why="the account URL is withheld in Korea only: restricted",
    date="Mon, 16 Sep 2024 03:00:00 +0000",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="KCSC-240909-01: account withheld",
    body=f"""Hello,

We are writing about the account @harbor_lamp_kr
({X[7]}), named in your request KCSC-240909-01.

In order to comply with our obligations under Korean law, we have withheld
the account in the Republic of Korea. The account remains available in other
countries. The account holder has been notified.

X Legal
""",
    items={X[7]: "restricted"},
)

case(
    name="yt-legal-blocked-kr-and-removed",
    imitates="YouTube Legal Support reply to a government removal request: local block plus Community Guidelines removal",
    outcome="applied", classification="confirmation",
    why="two videos blocked from view in Korea, the Short removed globally; URLs on the lines under each statement",
    date="Wed, 11 Sep 2024 08:30:00 +0000",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="[3-8815000034211] Your YouTube legal request (KCSC-240909-02)",
    reply_to_req="req.240909-02",
    body=f"""Hello,

Thank you for contacting YouTube. We have reviewed your request.

Following our review, we have blocked the following content from view on
YouTube in South Korea, in accordance with local law:

{Y[0]}
{Y[1]}

In addition, the following content has been removed from YouTube because it
violated our Community Guidelines:

{Y[2]}

For more information, see https://support.google.com/youtube/answer/2802032

Regards,
The YouTube Legal Support Team
""",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-channel-terminated",
    imitates="YouTube notice that a channel was terminated for Community Guidelines violations",
    outcome="applied", classification="confirmation",
    why="channel terminated: removed",
    date="Thu, 12 Sep 2024 06:12:44 +0000",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240909-02 channel review",
    reply_to_req="req.240909-02",
    body=f"""Hi there,

We reviewed the channel you reported,
{Y[3]}

The channel has been terminated for severe or repeated violations of our
Community Guidelines, and its videos are no longer available on YouTube.

Sincerely,
YouTube Legal Support
""",
    items={Y[3]: "removed"},
)

YT_QP = f"""Hello,

Thanks for your patience. Here is the outcome of our review of the content
in your request KCSC-240909-02:

* {Y[0]} — removed from YouTube for violating our policy on illegal or regulated goods and services.
* {Y[1]} — we did not find a violation of our policies or of the local law cited, so we have not taken action; the video remains available.
* {Y[2]} — age-restricted. Viewers must be signed in and 18 or older to watch it.

Best regards,
YouTube Trust & Safety
"""
case(
    name="yt-qp-mixed",
    imitates="YouTube Trust & Safety outcome list, quoted-printable body with soft-wrapped long lines",
    outcome="applied", classification="confirmation",
    why="QP body, one bullet per URL: removed, no action with reason (rejected), age-restricted",
    date="Thu, 12 Sep 2024 10:42:17 +0000",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    subject="Update on your report (KCSC-240909-02)",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}""",
    items={Y[0]: "removed", Y[1]: "rejected", Y[2]: "restricted"},
)

case(
    name="yt-korean-particles",
    imitates="YouTube Korea legal team bilingual reply, URLs followed by Korean particles and full-width brackets",
    outcome="applied", classification="confirmation",
    why="Korean sentences: first URL (with particle 는 attached) 국내 접근 제한, second URL in full-width brackets 삭제",
    date="Thu, 12 Sep 2024 03:05:00 +0000",
    **{"from": "legal-kr@google.com"}, name_from=Header("YouTube 법률지원팀", "utf-8").encode(),
    subject=Header("RE: [KCSC-240909-02] 시정요구 조치결과 회신", "utf-8").encode(),
    reply_to_req="req.240909-02",
    body=f"""안녕하세요, YouTube 법률지원팀입니다.

요청하신 건(KCSC-240909-02)에 대한 조치 결과를 알려드립니다.

{Y[1]}는 국내 법률 위반으로 판단되어 대한민국 내 접근이 제한되었습니다.
쇼츠 동영상（{Y[2]}）은 커뮤니티 가이드 위반으로 삭제되었습니다.

(English) The first video above is now blocked in South Korea; the Short has
been removed from YouTube.

감사합니다.
YouTube 법률지원팀
""",
    items={Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-outlook-quoted",
    imitates="Outlook-style reply from a YouTube legal specialist above '-----Original Message-----'",
    outcome="applied", classification="confirmation",
    why="top text removes one video; the request quoted below the Outlook separator states nothing",
    date="Fri, 13 Sep 2024 01:33:00 +0000",
    **{"from": "hjlee@google.com"}, name_from="Hyejin Lee",
    subject="RE: KCSC-240909-02 Request to remove content",
    reply_to_req="req.240909-02",
    body=f"""Hello,

The video {Y[0]} has been removed from YouTube.
We will come back to you on the other items separately.

Hyejin Lee
Legal Specialist, YouTube
""" + outlook_quote("KCSC-240909-02", Y, "YouTube", "Monday, September 9, 2024 2:30 PM",
                    "KCSC-240909-02 Request to remove content"),
    items={Y[0]: "removed"},
)

case(
    name="yt-uploader-deleted",
    imitates="YouTube reply that the reported video was already deleted by its uploader",
    outcome="applied", classification="confirmation",
    why="video deleted by the uploader before review: not_found",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="[3-8815000034211] Your YouTube legal request (KCSC-240909-02)",
    reply_to_req="req.240909-02",
    body=f"""Hello,

Regarding {Y[1]}: this video was deleted by the uploader before our review was
completed. It is no longer on YouTube, so no further action is needed from us.

If you find the same content uploaded elsewhere on YouTube, please submit a
new request with the new URL.

The YouTube Legal Support Team
""",
    items={Y[1]: "not_found"},
)

case(
    name="meta-dsa-sor-restricted-kr",
    imitates="Meta DSA-style statement of reasons sent to a notifier: decision, scope, ground, redress",
    outcome="applied", classification="confirmation",
    why="structured decision: access restricted in the Republic of Korea only",
    date="Wed, 11 Sep 2024 12:00:00 +0000",
    **{"from": "legal-ops@meta.com"}, name_from="Meta Content Review",
    subject="Decision on your report - reference KCSC-240910-03",
    reply_to_req="req.240910-03",
    body=f"""Decision on reported content

Your reference: KCSC-240910-03
Meta reference: 2409-KR-5581230

Content: {M[0]}
Decision: Access to this content has been restricted in the Republic of Korea.
Territorial scope: Republic of Korea only
Ground: Reported as illegal under local law; the content does not go against
the Facebook Community Standards, so it stays available elsewhere.
Automated means used: No, the decision was taken by a reviewer.

How to seek redress: https://transparency.meta.com/policies/appeals/

Meta
""",
    items={M[0]: "restricted"},
)

case(
    name="meta-instagram-removed-list",
    imitates="Instagram (Meta) report outcome: 'we removed the content you reported' with the items listed",
    outcome="applied", classification="confirmation",
    why="names both Instagram URLs under an unhedged removal statement",
    date="Thu, 12 Sep 2024 04:21:00 +0000",
    **{"from": "notification@facebookmail.com"}, name_from="Instagram",
    subject="We removed content you reported (KCSC-240910-03)",
    body=f"""Hi,

Thanks for your report. We removed the following content because it goes
against our Community Guidelines on regulated goods:

  1. Post: {M[1]}
  2. Reel: {M[2]}

Reports like yours help keep Instagram safe. Learn more about our
Community Guidelines: https://help.instagram.com/477434105621119

The Instagram Team
""",
    items={M[1]: "removed", M[2]: "removed"},
)

case(
    name="meta-not-against-standards",
    imitates="Meta 'it doesn't go against our Community Standards' report outcome, with local-law check",
    outcome="applied", classification="confirmation",
    why="reel reviewed, breaks no rule and no local restriction: rejected",
    date="Fri, 13 Sep 2024 02:45:00 +0000",
    **{"from": "notification@facebookmail.com"}, name_from="Instagram",
    subject="Update on your report (KCSC-240910-03)",
    body=f"""Hi,

We reviewed the reel you reported:
{M[2]}

It doesn't go against our Community Guidelines, and after a legal review we
did not find grounds to restrict it in Korea. The reel will stay up.

If you disagree, you can send us more information about why this content is
illegal through our legal contact form.

The Instagram Team
""",
    items={M[2]: "rejected"},
)

case(
    name="tiktok-report-outcomes",
    imitates="TikTok government request outcome email with one paragraph per video",
    outcome="applied", classification="confirmation",
    why="removed; restricted in Korea; 'couldn't find' (with a hedged guess at why): not_found",
    date="Wed, 11 Sep 2024 09:15:00 +0000",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    subject="Re: KCSC-240910-04 Government removal request",
    reply_to_req="req.240910-04",
    body=f"""Dear KCSC,

We have reviewed the three videos in your request.

We've removed {T[0]} for violating our Community Guidelines.

{T[1]} has been restricted in your region: it is no longer viewable by users
in South Korea.

We couldn't find the video at {T[2]}. It may have been deleted by its
creator before we received your request.

Kind regards,
TikTok Trust & Safety
""",
    items={T[0]: "removed", T[1]: "restricted", T[2]: "not_found"},
)

TT_HTML = f"""<html><body>
<div style="font-family:Helvetica">
<h3>Update on your report</h3>
<p>Reference: KCSC-240910-04</p>
<p>We reviewed the following video and <b>removed it</b> for violating our
Community Guidelines:<br><a href="{T[0]}">{T[0]}</a></p>
<p>We reviewed the following video and found <b>no violation</b> of our
Community Guidelines or of local law. It will remain on TikTok:<br>
<a href="{T[2]}">{T[2]}</a></p>
<p>Read more at <a href="https://www.tiktok.com/community-guidelines">tiktok.com/community-guidelines</a></p>
<p>TikTok Trust &amp; Safety</p>
</div></body></html>
"""
case(
    name="tiktok-base64-html",
    imitates="TikTok HTML report-outcome email sent base64-encoded",
    outcome="applied", classification="confirmation",
    why="base64 HTML: one video removed, one kept with no violation (rejected)",
    date="Thu, 12 Sep 2024 13:30:00 +0000",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    subject="Update on your report",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(TT_HTML)}""",
    items={T[0]: "removed", T[2]: "rejected"},
)

case(
    name="tiktok-sor-echoed-report",
    imitates="TikTok DSA-style decision notice echoing the submitted report fields",
    outcome="applied", classification="confirmation",
    why="echoed report block then 'Decision: restricted in South Korea'",
    date="Fri, 13 Sep 2024 06:50:00 +0000",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    subject="Decision on your illegal content report - KCSC-240910-04",
    body=f"""Hello,

We have made a decision on the report you submitted.

Your report
  Reported content: {T[1]}
  Reported for: Illegal content (gambling)
  Country: South Korea
  Submitted: 10 Sep 2024

Our decision
  Decision: Content restricted in South Korea
  Legal ground: local law
  Detected by: report from government authority
  Automated decision: No

You can read more about how we handle legal requests at
https://www.tiktok.com/legal/page/global/law-enforcement/en

TikTok Legal
""",
    items={T[1]: "restricted"},
)

case(
    name="reddit-admin-actions",
    imitates="Reddit Safety reply: thread removed by admins, account suspended; thread URL with raw Korean slug",
    outcome="applied", classification="confirmation",
    why="thread removed (URL written with raw Korean path), user account permanently suspended",
    date="Thu, 12 Sep 2024 18:02:00 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: KCSC-240911-05 Request to remove content",
    reply_to_req="req.240911-05",
    body=f"""Hi,

Thanks for reaching out. Our team reviewed the content you flagged and took
the following actions:

- {R1_RAW}
  Removed by Reddit for violating our Content Policy.

- {R[1]}
  The account has been permanently suspended.

Let us know if you see this content reappear.

Reddit Legal
""",
    items={R[0]: "removed", R[1]: "removed"},
)

case(
    name="reddit-geo-restricted-wrapped",
    imitates="Reddit legal reply on a geo-restriction, long URL in angle brackets wrapped over two lines",
    outcome="applied", classification="confirmation",
    why="the thread is geo-restricted in Korea; its percent-encoded URL is wrapped inside <...>",
    date="Fri, 13 Sep 2024 20:11:00 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: KCSC-240911-05 Request to remove content",
    reply_to_req="req.240911-05",
    body="""Hello,

Following your legal request, we have geo-restricted the post below so that it
is not viewable from South Korea:

<https://www.reddit.com/r/quietmarket_kr/comments/1fk2x9a/
%EC%A3%BC%EA%B0%84_%EA%B1%B0%EB%9E%98/>

It remains available in other countries.

Best,
Reddit Legal
""",
    items={R[0]: "restricted"},
)

case(
    name="discord-tns-outcome",
    imitates="Discord Trust & Safety reply to a government report: server removed and message deleted",
    outcome="applied", classification="confirmation",
    why="server behind the invite removed; the linked message deleted",
    date="Thu, 12 Sep 2024 22:40:00 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: KCSC-240911-06 Illegal content report [ticket 27719034]",
    reply_to_req="req.240911-06",
    body=f"""Hi there,

Thanks for your report. Our Safety team investigated and took action:

The server reached through the invite <{D[1]}> has been removed from
Discord for violating our Terms of Service.

The message at <{D[0]}> has been deleted.

You can read about the actions we take here:
https://discord.com/safety/360044159011-what-actions-we-take

Discord Trust & Safety
""",
    items={D[1]: "removed", D[0]: "removed"},
)

case(
    name="discord-message-not-found",
    imitates="Discord Trust & Safety reply that a reported message link no longer exists",
    outcome="applied", classification="confirmation",
    why="message link returns Unknown Message: deleted by its author, not_found",
    date="Fri, 13 Sep 2024 15:25:00 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: KCSC-240911-06 Illegal content report [ticket 27719034]",
    reply_to_req="req.240911-06",
    body=f"""Hello,

We looked into the message link you provided:
{D[0]}

This message no longer exists. It was deleted by its author before our team
could review it, so there is nothing further for us to action.

Discord Trust & Safety
""",
    items={D[0]: "not_found"},
)

case(
    name="pinterest-sole-removed",
    imitates="Pinterest 'we removed the Pin you reported' notice without the Pin's link",
    outcome="applied", classification="confirmation",
    why="one-item request referenced in subject and thread; unhedged removal of 'the Pin'",
    date="Fri, 13 Sep 2024 04:00:00 +0000",
    **{"from": "support@pinterest.com"}, name_from="Pinterest Support",
    subject="Re: KCSC-240912-07 Report about a Pin",
    reply_to_req="req.240912-07",
    body="""Hi there,

Thanks for letting us know about this. We reviewed the Pin you reported and
removed it, because it goes against our Community guidelines on dangerous
goods and activities.

You can learn more about our guidelines at https://policy.pinterest.com/community-guidelines

All the best,
Pinterest Support
""",
    items={P[0]: "removed"},
)

case(
    name="pinterest-pin-kept",
    imitates="Pinterest reply that a reported Pin doesn't go against its guidelines",
    outcome="applied", classification="confirmation",
    why="Pin reviewed, no violation, stays up: rejected",
    date="Sat, 14 Sep 2024 04:00:00 +0000",
    **{"from": "support@pinterest.com"}, name_from="Pinterest Support",
    subject="Your report about a Pin (KCSC-240912-07)",
    body=f"""Hello,

We took a close look at the Pin you reported ({P[0]}).
It doesn't go against our Community guidelines and we did not find it to be
unlawful in Korea, so we're leaving it up.

If you have a court order or other legal document about this Pin, you can
reply to this email with a copy.

Pinterest Support
""",
    items={P[0]: "rejected"},
)

case(
    name="meta-numbered-mixed",
    imitates="Meta legal operations reply to a regulator, numbered list with the action per item",
    outcome="applied", classification="confirmation",
    why="numbered list: group post removed, Instagram post restricted in Korea, reel not found",
    date="Sat, 14 Sep 2024 08:10:00 +0000",
    **{"from": "legal-ops@meta.com"}, name_from="Meta Legal Operations",
    subject="RE: KCSC-240910-03 Request to remove content",
    reply_to_req="req.240910-03",
    body=f"""Dear KCSC,

Please find below the result of our review of your request KCSC-240910-03.

1) {M[0]}
   Removed for violating the Facebook Community Standards.
2) {M[1]}
   Restricted in South Korea based on local law.
3) {M[2]}
   We were unable to locate this reel; the link is invalid.

Kind regards,
Meta Legal Operations
""",
    items={M[0]: "removed", M[1]: "restricted", M[2]: "not_found"},
)

# ================================================================ review
case(
    name="x-conditional-withhold",
    imitates="X legal reply announcing an intended withholding subject to a condition",
    outcome="review", review="not_understood",
    why="'we intend to withhold ... subject to confirmation' is a conditional promise, not an outcome",
    date="Wed, 11 Sep 2024 03:30:00 +0000",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240909-01 Removal request from the Korea Communications Standards Commission",
    reply_to_req="req.240909-01",
    body=f"""Hello,

We have started our review of your request. Subject to confirmation of the
underlying decision by our local counsel, we intend to withhold the posts
below in South Korea:

{X[0]}
{X[1]}

We will send you a final outcome once the review is complete.

X Legal
""",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-hedge-appears-private",
    imitates="YouTube support reply guessing at a video's state ('appears to', 'may no longer')",
    outcome="review", review="not_understood",
    why="only hedged statements about the video; nothing to record",
    date="Wed, 11 Sep 2024 11:11:00 +0000",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="[3-8815000034211] Your YouTube legal request (KCSC-240909-02)",
    reply_to_req="req.240909-02",
    body=f"""Hello,

It appears that {Y[1]} may have been set to private by its uploader, in which
case it may no longer be viewable by the public. We are checking this with the
relevant team and will confirm.

The YouTube Legal Support Team
""",
    items={Y[1]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    imitates="X legal one-line outcome covering a whole batch request",
    outcome="review", review="bulk",
    why="'all of the posts in your request' withheld, request has 12 items, none named",
    date="Mon, 16 Sep 2024 06:00:00 +0000",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240909-01 Removal request from the Korea Communications Standards Commission",
    reply_to_req="req.240909-01",
    body="""Hello,

All of the posts listed in your request KCSC-240909-01 have been withheld in
South Korea in response to your legal demand.

X Legal
""",
    items={u: "pending" for u in X},
)

case(
    name="meta-bulk-all-removed",
    imitates="Meta generic outcome 'we removed the content you reported' for a multi-item request",
    outcome="review", review="bulk",
    why="three-item request, the removal statement names no item",
    date="Thu, 12 Sep 2024 07:07:00 +0000",
    **{"from": "legal-ops@meta.com"}, name_from="Meta Content Review",
    subject="RE: KCSC-240910-03 Request to remove content",
    reply_to_req="req.240910-03",
    body="""Hello,

Thank you for your report. We have reviewed all three pieces of content in
your request KCSC-240910-03 and removed them for going against our Community
Standards.

Meta Content Review
""",
    items={u: "pending" for u in M},
)

case(
    name="x-dkim-fail-spoof",
    imitates="forged X legal outcome (x.com sender failing DKIM/SPF/DMARC)",
    outcome="review", review="untrusted", auth="fail",
    why="x.com in From but authentication fails: not trustworthy",
    date="Thu, 12 Sep 2024 05:55:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="KCSC-240909-01 outcome",
    body=f"""Hello,

The following posts have been removed:

{X[2]}
{X[3]}

X Legal
""",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    imitates="outsourced moderation vendor writing on a platform's behalf from its own domain",
    outcome="review", review="unknown_sender",
    why="vendor domain is not a TikTok sender domain",
    date="Thu, 12 Sep 2024 02:02:00 +0000",
    **{"from": "trust-ops@clearline-moderation.example"}, name_from="Clearline Trust Ops",
    subject="RE: KCSC-240910-04 Government removal request",
    body=f"""Hello,

We handle legal escalations on behalf of TikTok in the APAC region. The
video {T[0]} has been removed.

Clearline Moderation Services
""",
    items={T[0]: "pending"},
)

case(
    name="reddit-volunteer-mod-gmail",
    imitates="volunteer subreddit moderator replying from a personal freemail address",
    outcome="review", review="unknown_sender",
    why="a moderator's gmail is no Reddit sender domain, whatever it says",
    date="Fri, 13 Sep 2024 12:34:00 +0000",
    **{"from": "quietmarket.mods@gmail.com"}, name_from="r/quietmarket_kr mods",
    subject="Re: KCSC-240911-05 Request to remove content",
    body=f"""hi, one of the mods of r/quietmarket_kr here. someone forwarded us your
letter. we removed that weekly thread from the sub:
{R1_RAW}

cheers
""",
    items={R[0]: "pending"},
)

case(
    name="yt-about-x-link",
    imitates="YouTube legal reply saying a URL sent to it is not YouTube content",
    outcome="review", review="wrong_platform",
    why="YouTube states not-found for an X post, an item of another platform",
    date="Tue, 10 Sep 2024 09:09:00 +0000",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Your YouTube legal request",
    body=f"""Hello,

We could not locate the content at {X[2]} on YouTube. This URL is not
hosted on a Google or YouTube service; please contact the provider of that
site directly.

The YouTube Legal Support Team
""",
    items={X[2]: "pending"},
)

case(
    name="snapchat-generic-outcome",
    imitates="Snapchat 'we took action on the content you reported' notice with no link or reference",
    outcome="review", review="no_claims",
    why="trusted Snapchat mail names no item and no request of ours",
    date="Fri, 13 Sep 2024 09:00:00 +0000",
    **{"from": "no-reply@snapchat.com"}, name_from="Team Snapchat",
    subject="Update on your report",
    body="""Hi,

Thanks for your report. We've reviewed it and took action on the content you
reported because it violated our Community Guidelines.

Thanks for helping keep Snapchat safe.

Team Snapchat
""",
    items={},
)

case(
    name="tiktok-asks-legal-basis",
    imitates="TikTok legal reply asking the authority for the legal basis and a copy of the decision",
    outcome="review", review="asks_more", classification="request_for_info",
    why="asks for the legal provision and the decision before acting; nothing decided",
    date="Wed, 11 Sep 2024 01:00:00 +0000",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: KCSC-240910-04 Government removal request",
    reply_to_req="req.240910-04",
    body=f"""Dear KCSC,

Thank you for your request. Before we can assess the videos below, please
send us (1) the specific provision of Korean law each video is alleged to
breach and (2) a copy of the Commission's decision:

{T[0]}
{T[1]}
{T[2]}

Once we receive this information we will proceed with our review.

TikTok Legal
""",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending"},
)

case(
    name="discord-summary-contradicts",
    imitates="Discord ticket update whose outcome field contradicts the agent's text",
    outcome="review", review="conflicting_statements",
    why="'Outcome: No violation found' and 'we removed the message' about the same link",
    date="Sat, 14 Sep 2024 03:03:00 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: KCSC-240911-06 Illegal content report [ticket 27719034]",
    reply_to_req="req.240911-06",
    body=f"""Ticket 27719034 has been updated.

Reported content: {D[0]}
Outcome: No violation found

Agent note:
Hi, our team reviewed the message at the link above and removed it for
violating our Community Guidelines.

Discord Trust & Safety
""",
    items={D[0]: "pending"},
)

case(
    name="tiktok-under-review",
    imitates="TikTok interim reply: video under review by the legal team",
    outcome="review", review="not_understood",
    why="'currently under review' names the video but states no outcome",
    date="Wed, 11 Sep 2024 04:44:00 +0000",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: KCSC-240910-04 Government removal request",
    reply_to_req="req.240910-04",
    body=f"""Hello,

The video {T[1]} is currently under review by our legal team. We will notify
you of the outcome as soon as our review is complete.

TikTok Legal
""",
    items={T[1]: "pending"},
)

# ================================================================ ignored
case(
    name="yt-out-of-office",
    imitates="Gmail/Workspace out-of-office reply from a YouTube legal specialist",
    outcome="ignored", classification="auto_reply",
    why="automatic out-of-office reply",
    date="Mon, 9 Sep 2024 05:31:00 +0000",
    **{"from": "hjlee@google.com"}, name_from="Hyejin Lee",
    subject="Automatic reply: KCSC-240909-02 Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""Thank you for your email. I am out of the office until 12 September with
limited access to email. For urgent legal removal matters, please use the
YouTube legal webform at https://support.google.com/youtube/answer/6154230

Hyejin Lee
""",
    items={},
)

case(
    name="reddit-dsn-bounce",
    imitates="Postfix delivery status notification returning the request sent to a Reddit address",
    outcome="ignored", classification="bounce",
    why="DSN; the returned request's URLs are our own text",
    date="Wed, 11 Sep 2024 01:00:12 +0000",
    **{"from": "MAILER-DAEMON@redditmail.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-51A2"

--dsn-51A2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.redditmail.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@reddit.com>: host mailstore.redditmail.com[203.0.113.25] said:
    550 5.1.1 <legal-kr@reddit.com>: Recipient address rejected: User unknown

--dsn-51A2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.redditmail.com
Arrival-Date: Wed, 11 Sep 2024 01:00:09 +0000

Final-Recipient: rfc822; legal-kr@reddit.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-51A2
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@reddit.com
Subject: KCSC-240911-05 Request to remove content
Message-ID: <req.240911-05@kcsc.example>
Date: Wed, 11 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

""" + "\n".join(request_text("KCSC-240911-05", R, "Reddit")) + """

--dsn-51A2--
""",
    items={},
)

case(
    name="tiktok-mdn-read-receipt",
    imitates="Outlook-style read receipt (MDN) from a TikTok mailbox",
    outcome="ignored", classification="read_receipt",
    why="message disposition notification: displayed",
    date="Tue, 10 Sep 2024 07:20:00 +0000",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    subject="Read: KCSC-240910-04 Government removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-9f3"

--mdn-9f3
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-notices@tiktok.com
  Subject: KCSC-240910-04 Government removal request
  Sent: Tuesday, September 10, 2024 3:00 PM (UTC+09:00)

was read on Tuesday, September 10, 2024 4:20 PM (UTC+09:00).

--mdn-9f3
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal-notices@tiktok.com
Original-Message-ID: <req.240910-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-9f3--
""",
    items={},
)

case(
    name="twitch-ticket-receipt",
    imitates="Twitch support ticket receipt (help-desk auto-acknowledgement)",
    outcome="ignored", classification="acknowledgement",
    why="pure receipt: request received, ticket number, no outcome",
    date="Thu, 12 Sep 2024 00:10:00 +0000",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    subject="[Twitch Support] Request received: #5521873",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We've received your request and a member of our team will get back to you
as soon as possible. Your ticket number is #5521873.

Please do not reply to this email; replies are not monitored.

Twitch Support
""",
    items={},
)

case(
    name="meta-report-received",
    imitates="Meta legal contact form receipt with a report ID",
    outcome="ignored", classification="acknowledgement",
    why="receipt with report ID for our request; nothing about any item",
    date="Tue, 10 Sep 2024 02:05:00 +0000",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    subject="Re: KCSC-240910-03 Request to remove content",
    reply_to_req="req.240910-03",
    body="""Hi,

Thanks for contacting us. We've received your report and it has been
assigned the report ID 1190337762210.

Please keep this number for your records.

The Facebook Team
""",
    items={},
)

case(
    name="x-legal-portal-ack",
    imitates="X legal request portal automatic confirmation of submission with case number",
    outcome="ignored", classification="acknowledgement",
    why="automatic case-created confirmation",
    date="Mon, 9 Sep 2024 01:02:00 +0000",
    **{"from": "noreply@x.com"}, name_from="X Legal Portal",
    subject="Case 0193847-KR created - KCSC-240909-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

This is an automated message confirming that we have received your legal
request. Your case number is 0193847-KR.

Please reference this case number in any future correspondence about this
request.

X Legal
""",
    items={},
)

case(
    name="discord-ooo",
    imitates="Exchange out-of-office reply from a Discord legal team member",
    outcome="ignored", classification="auto_reply",
    why="automatic out-of-office reply",
    date="Wed, 11 Sep 2024 07:01:00 +0000",
    **{"from": "m.alvarez@discord.com"}, name_from="Marta Alvarez",
    subject="Automatic reply: KCSC-240911-06 Illegal content report",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm away until Monday 16 September. Reports about illegal content should be
sent through https://dis.gd/request so that the on-call team can pick them
up.

Marta
""",
    items={},
)


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind376", HEADER, CASES)
    print("%d cases" % len(CASES))
