#!/usr/bin/env python3
"""Blind set 424: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, plus Twitch, Snapchat and Pinterest mail
that touches none of their own items).

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
Every expected result was written from the meaning of each email alone,
before the reader was ever run on it. All names, ids and URLs are invented.

    python3 tests/corpus/blind424/make.py
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
    "facebookmail.com": "Facebook",
    "meta.com": "Meta",
    "support.facebook.com": "Facebook",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "redditmail.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
    "snap.com": "Snap Inc.",
    "pinterest.com": "Pinterest",
})

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/nightmarket_kr/status/1829011122334455001",
    "https://x.com/nightmarket_kr/status/1829011122334455002",
    "https://x.com/bluefin_deals/status/1829022233344455503",
    "https://x.com/bluefin_deals/status/1829022233344455504",
    "https://x.com/mosshill_77/status/1829033344455566605",
    "https://x.com/mosshill_77/status/1829033344455566606",
    "https://x.com/paper_lantern_x/status/1829044455566677707",
    "https://x.com/paper_lantern_x/status/1829044455566677708",
    "https://x.com/greyheron_acc/status/1829055566677788809",
    "https://x.com/greyheron_acc/status/1829055566677788810",
    "https://x.com/tidewatch_kr/status/1829066677788899911",
    "https://x.com/tidewatch_kr/status/1829066677788899912",
    "https://twitter.com/oldmill_seoul/status/1829077788899900013",
    "https://x.com/oldmill_seoul",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    "https://www.youtube.com/watch?v=Hd7sK0wRz4E",
    "https://youtu.be/Zp9Lw2cYt6N",
    "https://www.youtube.com/shorts/Rb5Nq1mVx8K",
    "https://www.youtube.com/@danpung_talk_tv",
]
M = [
    "https://www.facebook.com/groups/sunhill.market/posts/881234567001",
    "https://www.facebook.com/profile.php?id=100089912345678",
    "https://www.instagram.com/p/C9xQwErTy12/",
    "https://www.instagram.com/reel/C9zAsDfGh34/",
]
T = [
    "https://www.tiktok.com/@harbor.lights.kr/video/7409912345678901234",
    "https://www.tiktok.com/@harbor.lights.kr/video/7409912345678905678",
    "https://www.tiktok.com/@quietmango_22/video/7410023456789012345",
]
R = [
    "https://www.reddit.com/r/koreadeals_unofficial/comments/1f3kq7z/cheap_accounts_here/",
    "https://www.reddit.com/user/seoul_throwaway_91/comments/1f4ab2c/dm_for_files/",
]
D = ["https://discord.com/channels/1187654321098765432/1187654321098765499/1281234567890123456"]
G = ["https://t.me/moonbridge_files/418", "https://t.me/moonbridge_files/422"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", X,
     "illegal_goods", "req-240902-01@kcsc.example", "largest request: posts and one account"),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", Y,
     "gambling", "req-240903-02@kcsc.example", "videos, a short and a channel"),
    ("KCSC-240904-03", "meta", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00", M,
     "fraud", "req-240904-03@kcsc.example", "Facebook and Instagram"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", T,
     "drugs", "req-240905-04@kcsc.example", ""),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", R,
     "privacy", "req-240906-05@kcsc.example", ""),
    ("KCSC-240909-06", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", D,
     "obscenity", "req-240909-06@kcsc.example", "one message link"),
    ("KCSC-240910-07", "telegram", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", G,
     "drugs", "req-240910-07@kcsc.example", ""),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear Trust and Safety team,",
        "",
        f"The Korea Communications Standards Commission (reference {ref}) requests",
        "the removal of the following content, which violates Korean law:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== X
case(
    name="x-legal-withheld-top-posted",
    **{"from": "legal-noreply@x.com"},
    date="Wed, 04 Sep 2024 07:41:12 +0000",
    subject="Re: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for your report. We have reviewed the reported posts under the X
Rules and applicable local law.

The following posts have been withheld in the Republic of Korea in response
to your legal request:

  - {X[0]}
  - {X[1]}
  - {X[2]}

The following post was removed for violating the X Rules (illegal or
certain regulated goods and services):

  - {X[4]}

We will follow up separately about the remaining URLs.

Regards,
X Legal

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", X)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (Country Withheld Content) top-posted over the quoted request",
    why="three posts withheld in KR and one removed; the quoted list below is our own text",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[4]: "removed",
           X[5]: "pending", X[13]: "pending"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal@x.com"},
    date="Thu, 05 Sep 2024 02:15:30 +0000",
    subject="Case update KCSC-240902-01 [ref:00D1x.5003WKR]",
    body=f"""Hi KCSC team,

Outcome of our review, per URL:

{X[5]}
Status: Withheld in KR

{X[6]}
Status: No action. The post does not violate the X Rules and we did not find it to be illegal in Korea.

{X[7]}
Status: Unavailable. The post was deleted by the account owner before our review.

Best,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations case update, URL line followed by a status line",
    why="status stated on the line under each URL: withheld, refused with reason, deleted by its author",
    items={X[5]: "restricted", X[6]: "rejected", X[7]: "not_found"},
)

case(
    name="x-account-suspended",
    **{"from": "legal@x.com"},
    date="Fri, 06 Sep 2024 09:02:44 +0000",
    subject="KCSC-240902-01: account action",
    body=f"""Hello,

We are writing regarding your request KCSC-240902-01.

The account {X[13]} has been permanently suspended for violating our rules
on illegal and regulated goods and services. Its profile and posts are no
longer visible on X.

For more information on our enforcement options, see
https://help.x.com/en/rules-and-policies/enforcement-options

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X enforcement notice: account permanently suspended",
    why="the requested account is suspended and no longer visible: removed; the help link is no item",
    items={X[13]: "removed"},
)

case(
    name="x-promise-will-review",
    **{"from": "legal@x.com"},
    date="Tue, 03 Sep 2024 11:20:05 +0000",
    subject="Re: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thanks for reaching out. Our team will review the posts below against the
X Rules and Korean law and will take appropriate action where warranted:

{X[8]}
{X[9]}

You will receive another email once a decision has been made.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal intake reply promising a review",
    why="names two posts but only promises a review: nothing stated, items stay pending",
    items={X[8]: "pending", X[9]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal@x.com"},
    date="Mon, 09 Sep 2024 05:33:17 +0000",
    subject="KCSC-240902-01 - completed",
    body="""Hello,

Following our review of your request KCSC-240902-01, all of the content
listed in the request has been withheld in South Korea.

Kind regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line completion notice for a batch request",
    why="one sentence about the whole 14-item request without naming any item: bulk",
    items={u: "pending" for u in X},
)

case(
    name="x-spoofed-auth-fail",
    **{"from": "legal@x.com"},
    auth="fail",
    date="Tue, 10 Sep 2024 22:48:51 +0000",
    subject="Your request KCSC-240902-01 has been processed",
    body=f"""Dear Sir/Madam,

We confirm that the post {X[10]} has been removed from X.

To confirm receipt of this decision please log in at
https://x-legal-portal.example/confirm

X Legal Team
""",
    outcome="review", review="untrusted",
    imitates="phishing-style message claiming to be X Legal (DMARC fails)",
    why="From x.com but DKIM/SPF/DMARC fail: statement not trusted",
    items={X[10]: "pending"},
)

case(
    name="x-html-table",
    **{"from": "legal-noreply@x.com"},
    date="Wed, 11 Sep 2024 04:10:00 +0000",
    subject="Outcome of legal request KCSC-240902-01",
    type="html",
    body=f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>Below is the outcome for the content reported in your request <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported content</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Withheld</td><td>KR</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld</td><td>KR</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Removed (X Rules violation)</td><td>Global</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>No action &ndash; no violation found</td><td>&ndash;</td></tr>
</table>
<p>Learn more about <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">country withheld content</a>.</p>
<p>X Legal</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome email with an HTML results table",
    why="a table row per post: two withheld in KR, one removed, one refused",
    items={X[8]: "restricted", X[9]: "restricted", X[10]: "removed", X[11]: "rejected"},
)

CSV_X = (
    "reported_url,action,country,note\r\n"
    f"{X[3]},Withheld,KR,Illegal under local law\r\n"
    f"{X[4]},Removed,Global,Violates X Rules\r\n"
    f"{X[12]},Not found,,Post no longer exists\r\n"
)
case(
    name="x-csv-attachment",
    **{"from": "legal@x.com"},
    date="Thu, 12 Sep 2024 06:25:40 +0000",
    subject="KCSC-240902-01 results (attached)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_x424csv"

--=_x424csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the action taken on three of the URLs in your request
KCSC-240902-01.

X Legal Operations

--=_x424csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_X)}
--=_x424csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations results sent as a CSV attachment",
    why="CSV rows: withheld KR, removed, not found",
    items={X[3]: "restricted", X[4]: "removed", X[12]: "not_found"},
)

QP_X = f"""Hello,

Regarding your request KCSC-240902-01: after review we have withheld the post {X[11]} in the Republic of Korea, where it is illegal under local law.

The post {X[12]} no longer exists on X; it was deleted by its author before we completed our review, so no further action was needed.

Thank you,
X Legal
"""
case(
    name="x-quoted-printable-long-lines",
    **{"from": "legal@x.com"},
    date="Fri, 13 Sep 2024 01:05:19 +0000",
    subject="Update on KCSC-240902-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_X)}""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply in quoted-printable with soft-wrapped long lines",
    why="one post withheld in KR, one deleted by its author (twitter.com URL)",
    items={X[11]: "restricted", X[12]: "not_found"},
)

case(
    name="x-dsa-style-decision",
    **{"from": "noreply@x.com"},
    date="Sat, 07 Sep 2024 14:44:02 +0000",
    subject="Decision on your notice (KCSC-240902-01)",
    body=f"""Decision on your notice

Notice reference: KCSC-240902-01
Content: {X[2]}
Decision: Visibility restricted - the post is withheld in the following
territory: Republic of Korea (KR)
Ground for decision: Illegal content under the law of the territory above
Detection: Notice submitted by a government authority
Automated decision: No

You can learn how decisions are made at https://help.x.com/en/rules-and-policies/x-legal-faqs

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X notice decision in the shape of a DSA statement of reasons",
    why="decision field: withheld in KR for the named post",
    items={X[2]: "restricted"},
)

case(
    name="x-ack-case-created",
    **{"from": "noreply@x.com"},
    date="Mon, 02 Sep 2024 01:02:09 +0000",
    subject="We received your report [Case# 0452318876]",
    body="""Hello,

We have received your report and created case number 0452318876.

Our team reviews reports in the order they are received. You do not need
to submit another report about the same content; replying to this email
with additional information will add it to your case.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X support automatic case-created receipt",
    why="pure receipt with a case number, nothing about any item",
    items={},
)

case(
    name="x-angle-brackets-mixed",
    **{"from": "legal@x.com"},
    date="Tue, 10 Sep 2024 03:30:00 +0000",
    subject="Re: KCSC-240902-01",
    body=f"""Hi,

Two more updates on this case.

<{X[6]}> was removed for violating our rules on illegal goods and
services.

We reviewed <{X[7]}> as well. It remains available: we found no violation
of the X Rules and no legal basis to withhold it in Korea.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with URLs in angle brackets",
    why="one removed, one kept up with a reason",
    items={X[6]: "removed", X[7]: "rejected"},
)

case(
    name="x-korea-team-bilingual",
    **{"from": "kr-policy@x.com"},
    date="Wed, 11 Sep 2024 08:12:33 +0000",
    subject="[X Korea] KCSC-240902-01 조치 결과 / outcome",
    body=f"""안녕하세요, 방송통신심의위원회 담당자님.
Please find the outcome for part of request KCSC-240902-01 below.

{X[0]} 게시물은 대한민국 내에서 접근 제한(withheld in KR) 처리되었습니다.
{X[1]}는 X 규칙 위반으로 삭제되었습니다.

In English: the first post is withheld in Korea and the second has been
removed for a violation of the X Rules. The account {X[13]} has also been
withheld in Korea.

감사합니다.
X Korea Policy
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea public-policy reply mixing Korean and English",
    why="withheld in KR, removed (particle attached to URL), account withheld in KR",
    items={X[0]: "restricted", X[1]: "removed", X[13]: "restricted"},
)

# ================================================================ YouTube
case(
    name="yt-legal-blocked-kr",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 10:22:41 +0000",
    subject="[5-1234000038461] KCSC-240903-02 YouTube legal removal request",
    body=f"""Hello,

Thank you for contacting YouTube.

Following our review, we have blocked the following content from view in
South Korea based on local law:

{Y[0]}
{Y[1]}

In addition, we removed the following video from YouTube globally because
it violates our Community Guidelines:

{Y[2]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome: content blocked in a country / removed globally",
    why="two videos blocked in KR, one removed globally",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-age-restricted",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:50:13 +0000",
    subject="[5-1234000038461] Re: KCSC-240903-02",
    body=f"""Hi there,

We've reviewed the Short you reported, {Y[3]} . It has been
age-restricted, so it can no longer be viewed by users who are signed out
or under 18.

You can read more about age restrictions here:
https://support.google.com/youtube/answer/2802167

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply: video age-restricted",
    why="age-restricted counts as restricted; the help link is no item",
    items={Y[3]: "restricted"},
)

case(
    name="yt-channel-terminated-and-invalid",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:15:59 +0000",
    subject="[5-1234000038461] KCSC-240903-02 follow-up",
    body=f"""Hello,

1. {Y[4]}
   The channel has been terminated for repeated violations of our
   Community Guidelines.

2. {Y[0]}
   We were unable to locate this video. The video ID in the link does not
   correspond to any video on YouTube.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up: channel terminated, link invalid",
    why="numbered list: channel terminated (removed), video not locatable (not_found)",
    items={Y[4]: "removed", Y[0]: "not_found"},
)

case(
    name="yt-hedge-may-have",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 12:30:07 +0000",
    subject="[5-1234000038461] KCSC-240903-02",
    body=f"""Hello,

Thanks for your message. Some of the videos you listed, such as
{Y[1]} and {Y[2]}, may already have been taken down by the uploader. We
are still checking the remaining items and will update you as soon as we
can.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply with hedged wording",
    why="'may already have been taken down' is a hedge and the rest is a promise: nothing stated",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-gmail-quoted-request",
    **{"from": "jiwoo.hanseol@google.com"},
    name_from="Jiwoo Hanseol",
    date="Tue, 10 Sep 2024 02:41:28 +0000",
    subject="Re: KCSC-240903-02 Request for removal of illegal content",
    reply_to_req="req-240903-02",
    body=f"""Hi,

We reviewed {Y[1]} again after your second message. No action was taken:
the video does not violate our policies and we did not find a local legal
basis to block it.

Best,
Jiwoo
YouTube Trust & Safety, Seoul

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-02", Y)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube staff Gmail reply over the quoted request",
    why="one video refused with reason; the quoted request below says nothing new",
    items={Y[1]: "rejected", Y[0]: "pending", Y[3]: "pending"},
)

case(
    name="yt-unknown-sender-agency",
    **{"from": "notices@brightline-compliance.example"},
    name_from="Brightline Compliance (on behalf of YouTube)",
    date="Wed, 11 Sep 2024 09:09:09 +0000",
    subject="KCSC-240903-02 - removal confirmed",
    body=f"""Dear KCSC,

Acting for our client, we confirm that the video {Y[0]} was removed on
10 September 2024.

Brightline Compliance Services
""",
    outcome="review", review="unknown_sender",
    imitates="third-party compliance agency claiming to act for a platform",
    why="sender is not a YouTube domain; its statement cannot change a status",
    items={Y[0]: "pending"},
)

case(
    name="yt-base64-body",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 03:03:03 +0000",
    subject="[5-1234000038461] Final outcome KCSC-240903-02",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""Hello,

Here is the final outcome for two items of your request.

{Y[3]} - removed for violating our policy on harmful or dangerous content.

{Y[4]} - after review, this channel remains available. We did not find a
violation of our Community Guidelines or of local law.

Regards,
YouTube Legal Support
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal final outcome, base64-encoded body",
    why="a Short removed and the channel kept up with a reason",
    items={Y[3]: "removed", Y[4]: "rejected"},
)

case(
    name="yt-staff-out-of-office",
    **{"from": "minseo.park@google.com"},
    name_from="Minseo Park",
    date="Tue, 03 Sep 2024 01:00:40 +0000",
    subject="Out of office: KCSC-240903-02 Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""I am out of the office until 9 September with limited access to email.

For urgent legal removal requests please use the YouTube legal webform.
Your message will not be forwarded.

Minseo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Google staff out-of-office auto-reply",
    why="auto-reply",
    items={},
)

# =================================================================== Meta
case(
    name="meta-local-law-restricted",
    **{"from": "notification@facebookmail.com"},
    name_from="Facebook",
    date="Fri, 06 Sep 2024 16:12:55 +0000",
    subject="Your report KCSC-240904-03 (Report ID 2289041177)",
    body=f"""Hi,

Thanks for your report. We reviewed the content you reported.

We've restricted access in South Korea to the content at these locations,
because it was reported as unlawful under local law:
 - {M[0]}
 - {M[1]}

We removed the post ({M[2]}) because it goes against our Community
Standards on fraud and scams.

The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction-based-on-local-law report outcome",
    why="two items restricted in KR; the Instagram post in parentheses removed",
    items={M[0]: "restricted", M[1]: "restricted", M[2]: "removed"},
)

case(
    name="meta-ig-not-found",
    **{"from": "no-reply@instagram.com"},
    name_from="Instagram",
    date="Sat, 07 Sep 2024 05:44:20 +0000",
    subject="About your report (KCSC-240904-03)",
    body=f"""Hi,

We couldn't find the content you reported at
{M[3]}

It may have been removed by the person who shared it, or the link may be
incorrect. If you still see this content, please report it again with a
working link.

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome: content could not be found",
    why="'we couldn't find the content' is a plain not-found statement; the 'may' only guesses why",
    items={M[3]: "not_found"},
)

case(
    name="meta-bulk-took-action",
    **{"from": "notification@facebookmail.com"},
    name_from="Facebook",
    date="Mon, 09 Sep 2024 11:11:11 +0000",
    subject="Update on your report KCSC-240904-03",
    body="""Hi,

We reviewed the content in your report KCSC-240904-03 and took action on
all of it.

Thanks for helping keep our community safe.

The Facebook Team
""",
    outcome="review", review="bulk",
    imitates="Meta short report update covering the whole report",
    why="one statement about a four-item request naming no item: bulk",
    items={u: "pending" for u in M},
)

case(
    name="meta-dsa-statement-numbered",
    **{"from": "dsa-notices@meta.com"},
    name_from="Meta",
    date="Tue, 10 Sep 2024 08:00:00 +0000",
    subject="Decision on your notice - KCSC-240904-03",
    body=f"""Meta Platforms Ireland Limited
Decision on your notice

We have made a decision on the content you reported.

1. Content: {M[2]}
   Decision: Removed
   Basis: Community Standards - Fraud, scams and deceptive practices
   Territorial scope: Worldwide

2. Content: {M[3]}
   Decision: No action taken
   Basis: The content does not go against our Community Standards and we
   did not find it unlawful under the law you cited.

If you disagree, you can learn about your options at
https://www.facebook.com/help/contact/dsa-appeal

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA notice decision (statement-of-reasons fields)",
    why="numbered decisions: one removed, one refused with reason; appeal link is no item",
    items={M[2]: "removed", M[3]: "rejected"},
)

case(
    name="meta-asks-court-order",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Law Enforcement Response",
    date="Thu, 05 Sep 2024 13:27:36 +0000",
    subject="Re: KCSC-240904-03 Request for removal of illegal content",
    reply_to_req="req-240904-03",
    body=f"""Hello,

To process your request for {M[1]} we need more information. Please
provide the specific provision of Korean law the content violates and a
copy of the decision or order on which the request is based.

Once we receive this, we will continue our review.

Meta
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Meta legal team asking for the legal basis and order",
    why="asks for documents about one item, states nothing",
    items={M[1]: "pending"},
)

case(
    name="meta-report-receipt",
    **{"from": "notification@facebookmail.com"},
    name_from="Facebook",
    date="Wed, 04 Sep 2024 01:05:52 +0000",
    subject="We received your report",
    body="""Hi,

We've received your report. Your report ID is 2289041177. Please keep
this number in case you need to contact us about your report.

We'll let you know when we have an update.

The Facebook Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta automatic report receipt with a report ID",
    why="pure receipt",
    items={},
)

case(
    name="meta-read-receipt",
    **{"from": "sora.kwon@meta.com"},
    name_from="Sora Kwon",
    date="Wed, 04 Sep 2024 02:30:11 +0000",
    subject="Read: KCSC-240904-03 Request for removal of illegal content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn424meta"

--mdn424meta
Content-Type: text/plain; charset=utf-8

Your message

  To: Sora Kwon
  Subject: KCSC-240904-03 Request for removal of illegal content
  Sent: Wednesday, September 4, 2024 10:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 11:30 AM (UTC+09:00) Seoul.

--mdn424meta
Content-Type: message/disposition-notification

Reporting-UA: outlook.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822;sora.kwon@meta.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn424meta--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt",
    items={},
)

# ================================================================= TikTok
case(
    name="tiktok-echoed-report-outcome",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Sat, 07 Sep 2024 03:16:48 +0000",
    subject="TikTok: update on your report KCSC-240905-04",
    body=f"""Thanks for your report. Here's what we found.

Reported content: {T[0]}
Reason: Drugs, controlled substances and weapons
Result: Video removed - violates our Community Guidelines

Reported content: {T[1]}
Reason: Illegal under local law
Result: Restricted - this video is no longer available in your country/region

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome notice echoing each reported item",
    why="echoed report blocks: one removed, one unavailable in the country",
    items={T[0]: "removed", T[1]: "restricted"},
)

case(
    name="tiktok-under-review",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Fri, 06 Sep 2024 00:55:21 +0000",
    subject="Your report is under review",
    body=f"""Hi,

Your report about {T[2]} is under review. We'll notify you once we've made
a decision.

TikTok Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok 'your report is under review' notice",
    why="names a requested item but only says it is under review: nothing stated",
    items={T[2]: "pending"},
)

case(
    name="tiktok-outlook-quoted",
    **{"from": "legal.kr@tiktok.com"},
    name_from="TikTok Legal Korea",
    date="Mon, 09 Sep 2024 06:06:06 +0000",
    subject="RE: KCSC-240905-04 Request for removal of illegal content",
    reply_to_req="req-240905-04",
    body=f"""Dear KCSC,

Regarding the third video in your request ({T[2]}): after review, it
does not violate our Community Guidelines or local law, and it remains on
TikTok.

Best regards,
TikTok Legal Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:00 AM
To: legal.kr@tiktok.com
Subject: KCSC-240905-04 Request for removal of illegal content

{quoted_request("KCSC-240905-04", T, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply in Outlook over the unquoted original request",
    why="one video refused with reason; the Outlook original below is our own text",
    items={T[2]: "rejected", T[0]: "pending", T[1]: "pending"},
)

case(
    name="tiktok-dsa-html",
    **{"from": "dsa-notice@tiktok.com"},
    name_from="TikTok",
    date="Wed, 11 Sep 2024 10:40:30 +0000",
    subject="Statement of reasons - your notice KCSC-240905-04",
    type="html",
    body=f"""<html><body>
<h3>Decision on your notice</h3>
<p>Reference: KCSC-240905-04</p>
<table border="1">
<tr><th>Content</th><th>Decision</th><th>Territorial scope</th></tr>
<tr><td>{T[0]}</td><td>Content removed</td><td>Global</td></tr>
<tr><td>{T[2]}</td><td>Access restricted</td><td>Republic of Korea</td></tr>
</table>
<p>Facts relied on: notice from a government authority; the content was
reviewed by a person. Legal ground: illegal content under local law.</p>
<p>Learn more: <a href="https://www.tiktok.com/legal/page/global/dsa-appeals/en">Appeals</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA statement of reasons as an HTML table",
    why="one video removed, one restricted in Korea",
    items={T[0]: "removed", T[2]: "restricted"},
)

# ================================================================= Reddit
case(
    name="reddit-legal-wrapped-angle",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 18:20:44 +0000",
    subject="Re: KCSC-240906-05 [Ticket 88213]",
    body=f"""Hello,

Reddit has removed the following content in response to your notice:

<https://www.reddit.com/r/koreadeals_unofficial/comments/1f3kq7z/
cheap_accounts_here/>

We could not act on the second link,
<{R[1]}>, because the post no longer exists: it was deleted by its author
before we received your notice.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal removal reply with URLs in angle brackets, one wrapped",
    why="first post removed (URL wrapped inside angle brackets), second already deleted by its author",
    items={R[0]: "removed", R[1]: "not_found"},
)

case(
    name="reddit-bulk-both",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 21:02:12 +0000",
    subject="Re: KCSC-240906-05 [Ticket 88213]",
    body="""Hi,

Both reported posts were removed by our Safety team today.

Thanks,
Reddit Legal
""",
    outcome="review", review="bulk",
    imitates="Reddit short ticket reply covering both posts",
    why="statement about a two-item request without naming each: bulk",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="reddit-admin-gmail-quoted",
    **{"from": "trust-safety@reddit.com"},
    name_from="Reddit Safety",
    date="Wed, 11 Sep 2024 15:35:09 +0000",
    subject="Re: KCSC-240906-05 Request for removal of illegal content",
    reply_to_req="req-240906-05",
    body=f"""Hello,

The post {R[1]} has been removed by Reddit admins for violating our rule
against sharing personal and confidential information.

-- Reddit Safety

On Fri, Sep 6, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240906-05", R)}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin reply above the quoted request",
    why="one post removed; the other appears only in the quoted request",
    items={R[1]: "removed", R[0]: "pending"},
)

case(
    name="reddit-dsn-bounce",
    **{"from": "MAILER-DAEMON@redditmail.com"},
    name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 01:00:31 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn424rd"

--dsn424rd
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.redditmail.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@redditmail.com>: host mailstore.redditmail.com said:
    550 5.1.1 User unknown

--dsn424rd
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.redditmail.com
Arrival-Date: Fri, 6 Sep 2024 01:00:29 +0000

Final-Recipient: rfc822; legal-kr@redditmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn424rd
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@redditmail.com
Subject: KCSC-240906-05 Request for removal of illegal content
Message-ID: <req-240906-05@kcsc.example>
Date: Fri, 06 Sep 2024 10:00:00 +0900

{quoted_request("KCSC-240906-05", R, prefix="")}

--dsn424rd--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original attached",
    why="bounce of our own request",
    items={},
)

# ================================================================ Discord
case(
    name="discord-sole-actioned",
    **{"from": "trust-safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 19:47:03 +0000",
    subject="Re: KCSC-240909-06 Request for removal of illegal content",
    reply_to_req="req-240909-06",
    body="""Hi there,

Thanks for reaching out. We've reviewed your report regarding
KCSC-240909-06 and have taken action against the reported content in line
with our Community Guidelines.

To protect user privacy we can't share details about the account
involved.

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'we have taken action' reply",
    why="one-item request: 'taken action against the reported content' applies to its only item",
    items={D[0]: "removed"},
)

case(
    name="discord-message-deleted",
    **{"from": "legal@discord.com"},
    name_from="Discord Legal",
    date="Thu, 12 Sep 2024 17:30:15 +0000",
    subject="Discord - outcome of request KCSC-240909-06",
    body=f"""Hello,

The message at
{D[0]}
has been deleted and the account that posted it has been disabled.

Regards,
Discord Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Discord legal reply: message deleted, account disabled",
    why="URL on the line under 'The message at', statement on the next line",
    items={D[0]: "removed"},
)

# =============================================================== Telegram
case(
    name="tg-abuse-mixed",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 12:12:12 +0000",
    subject="Re: KCSC-240910-07",
    body=f"""Hello,

Thank you for your report.

{G[0]} has been taken down.
{G[1]} has been blocked for users in South Korea.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk short reply",
    why="one post taken down, one blocked in Korea",
    items={G[0]: "removed", G[1]: "restricted"},
)

case(
    name="tg-heading-then-url",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Fri, 13 Sep 2024 09:45:00 +0000",
    subject="KCSC-240910-07 - result",
    body=f"""Hi,

Blocked globally for violating the Telegram Terms of Service:
{G[1]}

No violation found, the post stays available:
{G[0]}

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk reply, statement heading above each URL",
    why="heading above each URL: blocked globally (removed), no violation (rejected)",
    items={G[1]: "removed", G[0]: "rejected"},
)

case(
    name="tg-no-claims-form-pointer",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Sat, 14 Sep 2024 06:30:00 +0000",
    subject="Reporting channels",
    body="""Hello,

For faster handling, please send future notices about public content
through our form at https://telegram.org/support?setln=en or to
dsa@telegram.org with one link per line.

Telegram Support
""",
    outcome="review", review="no_claims",
    imitates="Telegram support note about reporting channels",
    why="trusted Telegram mail naming no item and no request",
    items={},
)

# ========================================== Pinterest, Twitch, Snapchat
case(
    name="pinterest-wrong-platform",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    date="Tue, 10 Sep 2024 20:14:38 +0000",
    subject="Your notice KCSC-240905-04",
    body=f"""Hello,

We received your notice and reviewed the URL you reported,
{T[2]}. It has been deactivated.

Pinterest Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest legal reply to a notice meant for another platform",
    why="Pinterest states a status for a TikTok item",
    items={T[2]: "pending"},
)

case(
    name="twitch-ticket-receipt",
    **{"from": "support@twitch.tv"},
    name_from="Twitch Support",
    date="Mon, 09 Sep 2024 03:21:00 +0000",
    subject="[Twitch] Your request has been received (#5512877)",
    body="""Hi,

Your request (#5512877) has been received and is being reviewed by our
support staff. To add any additional comments, reply to this email.

Twitch Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Twitch support (Zendesk) ticket receipt",
    why="pure receipt",
    items={},
)

case(
    name="snap-out-of-office",
    **{"from": "hyejin.oh@snap.com"},
    name_from="Hyejin Oh",
    date="Fri, 06 Sep 2024 01:00:05 +0000",
    subject="Automatic reply: KCSC-240906-05 Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am on leave until 16 September and will
reply when I return. For Snapchat safety reports please use
https://help.snapchat.com/hc/requests/new

Hyejin Oh
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange automatic reply from a Snap employee",
    why="auto-reply",
    items={},
)


HEADER = """# Blind set 424: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Telegram; Twitch, Snapchat and Pinterest mail
# that touches none of their items). Written by tests/corpus/blind424/make.py
# from the meaning of each email, before the reader was run."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind424", HEADER, CASES)


if __name__ == "__main__":
    main()
