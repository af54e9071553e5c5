#!/usr/bin/env python3
"""Blind set 538: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Pinterest, plus Twitch, Snapchat and Telegram-free
senders with no request of their own).

Deterministic: `python3 tests/corpus/blind538/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every email is fictional and
written in our own words; the expected results were written from each
email's meaning before the reader was ever run on it.
"""
import base64
import csv
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind538"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/bet_lounge_kr7/status/1830412200000000101",   # x1
    "https://x.com/bet_lounge_kr7/status/1830412200000000102",   # x2
    "https://x.com/jackpot_nara/status/1830519911122233344",     # x3
    "https://x.com/jackpot_nara/status/1830519911122233399",     # x4
    "https://x.com/toto_signal_99/status/1830601234567890001",   # x5
    "https://x.com/toto_signal_99",                              # x6
    "https://x.com/luckyseven_kr/status/1830702000111222333",    # x7
    "https://twitter.com/luckyseven_kr/status/1830702000111222444",  # x8
    "https://x.com/casino_evt_bot/status/1830811112222333444",   # x9
    "https://x.com/casino_evt_bot/status/1830811112222333555",   # x10
    "https://x.com/slotmaster_k/status/1830920000000000777",     # x11
    "https://x.com/wolbet_promo/status/1831004455667788990",     # x12
]
Y = [
    "https://www.youtube.com/watch?v=Qm7rT2xWv0A",
    "https://www.youtube.com/watch?v=Hk3pLz9Yd_E",
    "https://www.youtube.com/shorts/bN4cX8uR1sQ",
    "https://www.youtube.com/@coinprofit_kr_official",
]
M = [
    "https://www.facebook.com/groups/512233445566/posts/998877665544",
    "https://www.facebook.com/profile.php?id=100089912345678",
    "https://www.instagram.com/p/C9xK2mRtQ4z/",
    "https://www.instagram.com/reel/C9yL7nQpW1a/",
    "https://www.instagram.com/hanbit_fanpics_22/",
]
T = [
    "https://www.tiktok.com/@ice_delivery_seoul/video/7410234567890123456",
    "https://www.tiktok.com/@ice_delivery_seoul/video/7410234567890129999",
    "https://www.tiktok.com/@mellow_garden_kr",
]
R1_RAW = "https://www.reddit.com/r/koreaexpose/comments/1f9abcd/유출_연락처/"
R1 = "https://www.reddit.com/r/koreaexpose/comments/1f9abcd/" + urllib.parse.quote("유출_연락처") + "/"
R = [R1, "https://www.reddit.com/r/koreaexpose/comments/1f9xyz9/comment/lm2k3j4/"]
D = ["https://discord.gg/kx9Tn4Vb"]
P = [
    "https://www.pinterest.com/pin/918273645501234567/",
    "https://kr.pinterest.com/pin/918273645509876543/",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, message-id stem, note
    ("KCSC-240902-01", "x", "2024-09-02", "2024-09-09", X, "illegal-gambling",
     "b538-240902-01", 'gambling promotion ring, 6 accounts; batch "Sep-A"'),
    ("KCSC-240903-02", "youtube", "2024-09-03", "2024-09-10", Y, "fraud",
     "b538-240903-02", 'channel "Coin Profit KR", 3 videos and the channel'),
    ("KCSC-240904-03", "meta", "2024-09-04", "2024-09-11", M, "deepfake-sexual-abuse",
     "b538-240904-03", "Facebook group post, profile, 3 Instagram links"),
    ("KCSC-240905-04", "tiktok", "2024-09-05", "2024-09-12", T, "drug-sales",
     "b538-240905-04", "delivery ads, two videos and an account"),
    ("KCSC-240906-05", "reddit", "2024-09-06", "2024-09-13", R, "defamation-privacy",
     "b538-240906-05", "leaked contact list, post and comment"),
    ("KCSC-240909-06", "discord", "2024-09-09", "2024-09-16", D, "illegal-gambling",
     "b538-240909-06", "server invite"),
    ("KCSC-240910-07", "pinterest", "2024-09-10", "2024-09-17", P, "deepfake-sexual-abuse",
     "b538-240910-07", "two Pins, one on the kr. host"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


def request_body(ref, urls, prefix="", intro=None):
    intro = intro or (
        "Under Article 44-7 of the Act on Promotion of Information and Communications\n"
        "Network Utilization and Information Protection, the Korea Communications\n"
        "Standards Commission requests that you take down the following content\n"
        f"(our reference {ref}):"
    )
    lines = ["Dear Sir or Madam,", ""] + intro.split("\n") + [""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the action taken for each URL within seven days.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ------------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ===== APPLIED =====

case(
    name="x-legal-withheld-kr-topposted",
    date="Wed, 11 Sep 2024 03:14:08 +0000",
    frm="legal@x.com", name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req="b538-240902-01",
    body="""Hello,

Thank you for your report. After reviewing the posts identified in your
request against applicable Korean law, we have withheld the following
content in the Republic of Korea:

https://x.com/bet_lounge_kr7/status/1830412200000000101
https://x.com/bet_lounge_kr7/status/1830412200000000102
https://x.com/jackpot_nara/status/1830519911122233344

In addition, the following post was found to violate the X Rules on
illegal and regulated goods and services and has been removed from the
platform globally:

https://x.com/casino_evt_bot/status/1830811112222333444

We are still looking at the remaining URLs in your request and will
follow up separately.

Regards,
X Legal Operations

On Mon, Sep 2, 2024 at 4:12 PM KCSC Takedown <takedown@kcsc.example> wrote:
""" + request_body("KCSC-240902-01", X, prefix="> "),
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome (country withheld content + global removal), Gmail top-posted reply",
    why="two groups of named posts: three withheld in Korea, one removed globally; the quoted request below is not a statement",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[8]: "removed"},
)

case(
    name="x-account-suspended-and-its-post",
    date="Wed, 11 Sep 2024 07:40:51 +0000",
    frm="safety-notices@x.com", name_from="X Safety",
    subject="Update on your report KCSC-240902-01",
    body="""Hi,

We're writing to update you on part of your request KCSC-240902-01.

The account @toto_signal_99 (https://x.com/toto_signal_99) has been
permanently suspended for violating the X Rules. Because of the
suspension, the post you listed from that account,
https://x.com/toto_signal_99/status/1830601234567890001, is no longer
available on X.

Thanks,
X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X account-suspension notice to a reporter",
    why="account suspended (removed) and its named post stated no longer available because of it (removed)",
    items={X[5]: "removed", X[4]: "removed"},
)

case(
    name="x-bare-url-status-below",
    date="Thu, 12 Sep 2024 01:02:33 +0000",
    frm="legal@x.com", name_from="X Legal",
    subject="KCSC-240902-01 - outcome of review",
    reply_to_req="b538-240902-01",
    body="""Hello KCSC team,

Please find below the outcome of our review for your request
KCSC-240902-01.

https://x.com/luckyseven_kr/status/1830702000111222333
Status: Withheld in KR

https://twitter.com/luckyseven_kr/status/1830702000111222444
Status: Withheld in KR

https://x.com/casino_evt_bot/status/1830811112222333555
Status: No action - we did not find this post to be in violation of the
X Rules or of the local law cited

https://x.com/slotmaster_k/status/1830920000000000777
Status: Not found - the URL does not resolve to an existing post

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team per-URL outcome list",
    why="each bare URL carries its status on the line below: two withheld, one no action, one not found",
    items={X[6]: "restricted", X[7]: "restricted", X[9]: "rejected", X[10]: "not_found"},
)

case(
    name="x-single-post-withheld-notice",
    date="Thu, 12 Sep 2024 09:15:00 +0000",
    frm="notify@x.com", name_from="X",
    subject="Update on the post you reported",
    body="""Hello,

We've reviewed the post you reported under Korean law:

https://x.com/wolbet_promo/status/1831004455667788990

Following our review, we have withheld access to this post in South
Korea. It remains available outside that country. This decision does
not cover the other URLs in your request, which are handled separately.

Reference: KCSC-240902-01
Case: 0-1724-55120

Learn more about withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country
""",
    outcome="applied", classification="confirmation",
    imitates="X 'update on your report' notice for a country-withheld post",
    why="one named post withheld in South Korea; the help-centre link is not an item",
    items={X[11]: "restricted"},
)

case(
    name="x-html-table-outcomes",
    date="Fri, 13 Sep 2024 02:20:10 +0000",
    frm="legal@x.com", name_from="X Legal",
    subject="RE: KCSC-240902-01",
    reply_to_req="b538-240902-01",
    type="html",
    body=f"""<html><body>
<p>Dear KCSC,</p>
<p>The table below sets out the action taken on the URLs from your request
KCSC-240902-01 that we have completed so far.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td>{X[0]}</td><td>Withheld (KR)</td></tr>
<tr><td>{X[3]}</td><td>Removed &ndash; violation of the X Rules</td></tr>
<tr><td>{X[4]}</td><td>Removed (account suspended)</td></tr>
<tr><td>{X[6]}</td><td>No action &ndash; not in violation</td></tr>
<tr><td>{X[11]}</td><td>Not found</td></tr>
</table>
<p>Regards,<br>X Legal</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with an HTML outcome table",
    why="HTML table, one row per URL: withheld, removed, removed, no action, not found",
    items={X[0]: "restricted", X[3]: "removed", X[4]: "removed", X[6]: "rejected", X[11]: "not_found"},
)

case(
    name="x-outlook-original-message",
    date="Fri, 13 Sep 2024 08:05:44 +0000",
    frm="mseo@x.com", name_from="Minji Seo",
    subject="RE: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req="b538-240902-01",
    body="""Dear Sir or Madam,

Please be informed that the following posts have been withheld in Korea
in response to your request:
- https://x.com/jackpot_nara/status/1830519911122233344
- https://x.com/jackpot_nara/status/1830519911122233399

The post https://x.com/slotmaster_k/status/1830920000000000777 has been
deleted for breaching our rules on gambling promotion.

Kind regards,
Minji Seo
Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 4:12 PM
To: legal@x.com
Subject: [KCSC-240902-01] Request for removal of illegal gambling promotion

""" + request_body("KCSC-240902-01", X),
    outcome="applied", classification="confirmation",
    imitates="X legal-policy staff reply in Outlook over the unquoted original request",
    why="two named posts withheld in Korea, one deleted; the original request below the separator is not a statement",
    items={X[2]: "restricted", X[3]: "restricted", X[10]: "removed"},
)

case(
    name="x-wrapped-angle-urls",
    date="Sat, 14 Sep 2024 04:47:19 +0000",
    frm="legal@x.com", name_from="X Legal",
    subject="Further results: KCSC-240902-01",
    body="""Hi,

Two further results for KCSC-240902-01.

The post at <https://twitter.com/luckyseven_kr/status/
1830702000111222444> has been removed for violating our
illegal and regulated goods policy.

The post at <https://x.com/wolbet_promo/status/
1831004455667788990> was reviewed and remains available:
it does not break the X Rules and we found no legal basis to
withhold it in Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal plain-text reply with long URLs wrapped inside angle brackets (RFC 3986 appendix C)",
    why="two URLs wrapped inside <...>: one removed, one left up with a reason",
    items={X[7]: "removed", X[11]: "rejected"},
)

case(
    name="x-echoed-report-decision",
    date="Sat, 14 Sep 2024 10:30:02 +0000",
    frm="notify@x.com", name_from="X",
    subject="Your report to X: decision",
    body="""Hello,

Thanks for taking the time to tell us about content you believe is
illegal in South Korea. Here is a copy of your report and our decision.

Report ID: 1829904417723
Submitted: 2 Sep 2024
Reported content: https://x.com/bet_lounge_kr7/status/1830412200000000102
Reported on behalf of: Korea Communications Standards Commission
Law cited: Act on Promotion of Information and Communications Network
Utilization and Information Protection, Art. 44-7

Our decision: we have withheld this post in South Korea in response to
your report.

More about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X illegal-content report decision email echoing the submitted form",
    why="the echoed report names one post and the decision says it was withheld in South Korea",
    items={X[1]: "restricted"},
)

case(
    name="yt-legal-blocked-kr-and-removed",
    date="Wed, 11 Sep 2024 05:12:40 +0000",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    subject="Re: KCSC-240903-02 - Your legal removal request",
    reply_to_req="b538-240903-02",
    body="""Hello,

Thanks for reaching out to us.

In response to your request, we have blocked the following videos from
view on YouTube in South Korea on the basis of local law:

<https://www.youtube.com/watch?v=Qm7rT2xWv0A>
<https://www.youtube.com/watch?v=Hk3pLz9Yd_E>

We also reviewed <https://www.youtube.com/shorts/bN4cX8uR1sQ> against
our Community Guidelines. It has been removed from YouTube globally
under our spam, deceptive practices and scams policy.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (local block + Community Guidelines removal)",
    why="two videos blocked in South Korea, one Short removed globally",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-channel-terminated",
    date="Thu, 12 Sep 2024 06:00:12 +0000",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    subject="KCSC-240903-02: channel review",
    body="""Hi,

We're following up on your request KCSC-240903-02.

After review, the channel https://www.youtube.com/@coinprofit_kr_official
has been terminated for repeated violations of YouTube's Community
Guidelines. A terminated channel can no longer be viewed on YouTube.

More about channel terminations:
https://support.google.com/youtube/answer/2802168

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice",
    why="the named channel was terminated: removed; the support link is not an item",
    items={Y[3]: "removed"},
)

case(
    name="yt-not-unlawful-base64",
    date="Fri, 13 Sep 2024 03:33:03 +0000",
    frm="legal-kr@google.com", name_from="Google Legal Support",
    subject="[KCSC-240903-02] Outcome of your legal complaint",
    reply_to_req="b538-240903-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(
        """Hello,

Thank you for your legal complaint regarding
https://www.youtube.com/watch?v=Hk3pLz9Yd_E.

We have carefully reviewed the video. It does not violate YouTube's
Community Guidelines, and based on the information provided we could not
determine that it is unlawful under the laws of South Korea. We are
therefore not taking action on it, and the video remains available.

If you have a court order concerning this content, you can submit it
through our legal webform.

Sincerely,
Google Legal Support
"""),
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal complaint refusal (no policy violation, not found unlawful), base64 body",
    why="one named video stays up with a reason: rejected",
    items={Y[1]: "rejected"},
)

case(
    name="yt-age-restricted-qp",
    date="Fri, 13 Sep 2024 11:48:27 +0000",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    subject="Re: KCSC-240903-02",
    reply_to_req="b538-240903-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        "Hi KCSC team,\n\n"
        "Regarding your request KCSC-240903-02: we've reviewed the Short at https://www.youtube.com/shorts/bN4cX8uR1sQ. "
        "We've applied an age restriction to it, so it's no longer visible to signed-out viewers or to viewers under 18, "
        "and it can't be played in embedded players on other websites.\n\n"
        "Best regards,\nYouTube Legal Support\n"),
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome, quoted-printable with soft line breaks",
    why="one named Short age-restricted: restricted",
    items={Y[2]: "restricted"},
)

case(
    name="yt-ack-plus-removed",
    date="Sat, 14 Sep 2024 02:02:02 +0000",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    subject="Your request KCSC-240903-02",
    body="""Hello,

Thank you for your request (ref. KCSC-240903-02). We received it on
3 September 2024.

We have reviewed it and removed the following videos from YouTube for
violating our policy on scams:
 * https://www.youtube.com/watch?v=Qm7rT2xWv0A
 * https://www.youtube.com/watch?v=Hk3pLz9Yd_E

The remaining items in your request are still being reviewed.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply opening with a receipt line, then the outcome",
    why="acknowledgement phrase plus unhedged removal of two named videos is a confirmation",
    items={Y[0]: "removed", Y[1]: "removed"},
)

case(
    name="yt-html-base64-channel-blocked",
    date="Sun, 15 Sep 2024 07:07:07 +0000",
    frm="no-reply@youtube.com", name_from="YouTube",
    subject="Legal request KCSC-240903-02 - update",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(
        f"""<html><body style="font-family:Roboto,Arial">
<p>Hello,</p>
<p>Here is an update on your request KCSC-240903-02.</p>
<p>The channel <a href="{Y[3]}">{Y[3]}</a> has been blocked in South Korea
in response to your request. It remains visible in other countries.</p>
<p>The video <a href="{Y[0]}">{Y[0]}</a> had already been deleted by the
uploader before we reviewed it, so no action was needed from us.</p>
<p>&mdash; The YouTube Team</p>
<p style="font-size:11px;color:#777">You received this email because you submitted a legal request.
<a href="https://support.google.com/youtube/answer/6154218">Help Centre</a></p>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML notice (base64) about a channel blocked in a country and a video the uploader deleted",
    why="channel blocked in South Korea: restricted; video deleted by its uploader before review: not found",
    items={Y[3]: "restricted", Y[0]: "not_found"},
)

case(
    name="meta-dsa-style-decision-instagram",
    date="Wed, 11 Sep 2024 12:01:00 +0000",
    frm="no-reply@mail.instagram.com", name_from="Instagram",
    subject="Decision about content you reported - KCSC-240904-03",
    body="""Decision about content you reported

Your reference: KCSC-240904-03
Our reference: 8823410973345561

Content: https://www.instagram.com/p/C9xK2mRtQ4z/
Decision: Removed
Reason: The content goes against our Community Guidelines on adult
sexual exploitation.
Territorial scope: Global
Automated means used: No

Content: https://www.instagram.com/reel/C9yL7nQpW1a/
Decision: Access restricted in South Korea
Reason: The content was reported as unlawful under local law. It does
not go against our Community Guidelines, so it remains available
elsewhere.
Territorial scope: Republic of Korea
Automated means used: No

You can find more about how we handle reports in our Transparency
Center: https://transparency.meta.com/enforcement/taking-action/

Instagram from Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta/Instagram decision notice laid out like a DSA statement of reasons",
    why="one post removed globally, one reel restricted in South Korea",
    items={M[2]: "removed", M[3]: "restricted"},
)

case(
    name="meta-fb-post-removed-profile-disabled",
    date="Thu, 12 Sep 2024 04:12:55 +0000",
    frm="notification@facebookmail.com", name_from="Facebook",
    subject="We removed the post you reported",
    body="""Hi,

Thanks for your report about content shared in a group
(ref. KCSC-240904-03). We removed the post you reported
(https://www.facebook.com/groups/512233445566/posts/998877665544)
because it goes against our Community Standards.

We also disabled the profile that shared it:
https://www.facebook.com/profile.php?id=100089912345678

Thanks for helping keep Facebook safe.
The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook 'we removed the post you reported' outcome notification",
    why="named group post removed and named profile disabled: both removed",
    items={M[0]: "removed", M[1]: "removed"},
)

case(
    name="meta-ig-owner-deleted-and-left-up",
    date="Fri, 13 Sep 2024 06:44:31 +0000",
    frm="ip-legal@meta.com", name_from="Meta Content Response",
    subject="Re: KCSC-240904-03",
    reply_to_req="b538-240904-03",
    body="""Hello,

We're writing about two of the items in your request KCSC-240904-03.

1) https://www.instagram.com/hanbit_fanpics_22/ - we couldn't take
action on this account because it no longer exists; its owner deleted
it before our team reviewed your report.

2) https://www.instagram.com/p/C9xK2mRtQ4z/ - we reviewed this post and
found that it doesn't go against our Community Guidelines and isn't
unlawful under the local law you cited, so it remains on Instagram.

Meta Content Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-response reply: account deleted by owner; post left up",
    why="account deleted by its owner before review: not found; post left up with a reason: rejected",
    items={M[4]: "not_found", M[2]: "rejected"},
)

MHTML = f"""<html><body>
<p>Dear KCSC,</p>
<p>Thank you for your request KCSC-240904-03. Based on our review under local law, we have restricted access in South Korea to the following content:</p>
<ul>
<li><a href="{M[0]}">{M[0]}</a></li>
<li><a href="{M[1]}">{M[1]}</a></li>
</ul>
<p>The Instagram account <a href="{M[4]}">{M[4]}</a> has been removed from Instagram for violating our Community Guidelines.</p>
<p>Kind regards,<br>Meta Content Response</p>
</body></html>
"""
MTEXT = f"""Dear KCSC,

Thank you for your request KCSC-240904-03. Based on our review under local law, we have restricted access in South Korea to the following content:

- {M[0]}
- {M[1]}

The Instagram account {M[4]} has been removed from Instagram for violating our Community Guidelines.

Kind regards,
Meta Content Response
"""
case(
    name="meta-alternative-qp-restricted",
    date="Sat, 14 Sep 2024 01:25:36 +0000",
    frm="legal-response@meta.com", name_from="Meta Content Response",
    subject="Your request KCSC-240904-03 - outcome",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b538alt"

--b538alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(MTEXT)}
--b538alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(MHTML)}
--b538alt--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta local-law restriction outcome, multipart/alternative quoted-printable",
    why="two named Facebook items restricted in South Korea, one Instagram account removed",
    items={M[0]: "restricted", M[1]: "restricted", M[4]: "removed"},
)

TCSV = f"""url,action,notes
{T[0]},Removed,Community Guidelines - drugs and controlled substances
{T[1]},Restricted in KR,Local law - not available in South Korea
{T[2]},Account banned,Repeated violations
"""
case(
    name="tiktok-csv-attachment",
    date="Wed, 11 Sep 2024 09:09:09 +0000",
    frm="lert@tiktok.com", name_from="TikTok Law Enforcement Outreach",
    subject="RE: KCSC-240905-04 - content removal request",
    reply_to_req="b538-240905-04",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b538mix"

--b538mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Thank you for contacting TikTok. Please see the attached file for the
action taken on each URL in your request KCSC-240905-04.

Regards,
TikTok Law Enforcement Outreach Team

--b538mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-04_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240905-04_outcome.csv"
Content-Transfer-Encoding: base64

{b64(TCSV)}
--b538mix--
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement outreach reply with a per-URL outcome CSV",
    why="CSV attachment: one video removed, one restricted in KR, the account banned",
    items={T[0]: "removed", T[1]: "restricted", T[2]: "removed"},
)

case(
    name="tiktok-prose-removed-and-not-found",
    date="Thu, 12 Sep 2024 10:10:10 +0000",
    frm="no-reply@tiktok.com", name_from="TikTok",
    subject="Update on your report (KCSC-240905-04)",
    body="""Hello,

Thank you for your report. We removed the video
https://www.tiktok.com/@ice_delivery_seoul/video/7410234567890123456
for violating our Community Guidelines on drugs, controlled substances,
alcohol and tobacco.

We could not locate
https://www.tiktok.com/@ice_delivery_seoul/video/7410234567890129999 -
the link does not lead to any video on TikTok.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome notice, URL on the line below its statement",
    why="one video removed, the other not located",
    items={T[0]: "removed", T[1]: "not_found"},
)

case(
    name="tiktok-statement-of-reasons-account",
    date="Fri, 13 Sep 2024 13:13:13 +0000",
    frm="dsa-notices@tiktok.com", name_from="TikTok",
    subject="Statement of reasons - your notice KCSC-240905-04",
    body="""Statement of reasons

Notice reference: KCSC-240905-04
Decision date: 13 September 2024

Account concerned: https://www.tiktok.com/@mellow_garden_kr
Type of restriction: Account permanently banned
Facts and circumstances: The account repeatedly posted content
advertising the sale of controlled substances.
Ground: Incompatible with the Community Guidelines (regulated goods).
Territorial scope: Worldwide
Automated detection: No
Automated decision: No
Redress: The account holder may appeal in the app.

TikTok Technology Limited
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA Article 17 statement of reasons sent to a notifier",
    why="the named account was permanently banned worldwide: removed",
    items={T[2]: "removed"},
)

case(
    name="reddit-legal-korean-path",
    date="Wed, 11 Sep 2024 15:55:00 +0000",
    frm="legal@reddit.com", name_from="Reddit Legal",
    subject="Re: KCSC-240906-05 removal notice",
    reply_to_req="b538-240906-05",
    body=f"""Hello,

Thank you for your notice. We have removed the post
({R1_RAW}) under our Content Policy rule against
sharing personal information.

The comment at {R[1]} had
already been deleted by the user who posted it when we looked into
your notice, so there was nothing left for us to remove.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply to a removal notice",
    why="post (raw Korean path) removed; comment deleted by its own author before review: not found",
    items={R[0]: "removed", R[1]: "not_found"},
)

case(
    name="reddit-safety-bulleted",
    date="Thu, 12 Sep 2024 16:20:45 +0000",
    frm="noreply@redditmail.com", name_from="Reddit Safety",
    subject="Your report KCSC-240906-05 has been reviewed",
    body=f"""Hi there,

Reddit's Safety team has completed its review of KCSC-240906-05:

\u2022 {R[0]} - removed (Content Policy rule 3: personal information)
\u2022 {R[1]} - not actioned. This comment doesn't include anyone's
personal information and doesn't violate the Content Policy.

Thanks for helping keep Reddit safe.
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit safety report outcome, bulleted per item",
    why="post removed; comment not actioned with a reason: rejected",
    items={R[0]: "removed", R[1]: "rejected"},
)

case(
    name="discord-sole-server-removed",
    date="Wed, 11 Sep 2024 18:00:00 +0000",
    frm="safety@discord.com", name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240909-06] Illegal gambling server",
    reply_to_req="b538-240909-06",
    body="""Hi there,

Thanks for flagging this to us. Our Trust & Safety team investigated
the server in your report and found that it violated our Community
Guidelines. We have removed the server from Discord and taken action
against the owner's account.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply on a reported server",
    why="sole statement about the server of a one-item request (reference and thread): removed",
    items={D[0]: "removed"},
)

case(
    name="discord-invite-invalid",
    date="Thu, 12 Sep 2024 19:45:12 +0000",
    frm="safety@discord.com", name_from="Discord Trust & Safety",
    subject="Your report (KCSC-240909-06)",
    body="""Hello,

We looked into the invite link in your report, https://discord.gg/kx9Tn4Vb.
The invite is invalid: it does not point to any existing server on
Discord, so there is nothing for us to act on.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord support reply on an invalid invite",
    why="named invite link does not point to any server: not found",
    items={D[0]: "not_found"},
)

case(
    name="pinterest-numbered-mixed",
    date="Fri, 13 Sep 2024 20:00:00 +0000",
    frm="legal@pinterest.com", name_from="Pinterest Trust & Safety",
    subject="KCSC-240910-07",
    reply_to_req="b538-240910-07",
    body=f"""Hello,

Thanks for reaching out about the Pins in your request KCSC-240910-07.

1. {P[0]}
   We removed this Pin. It violated our Community Guidelines on
   non-consensual intimate content.

2. {P[1]}
   We reviewed this Pin and it doesn't violate our Community
   Guidelines. It has not been removed.

Pinterest Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest Trust & Safety numbered outcome reply",
    why="one Pin removed, one left up after review: rejected",
    items={P[0]: "removed", P[1]: "rejected"},
)

case(
    name="pinterest-both-named-deactivated",
    date="Sat, 14 Sep 2024 21:10:00 +0000",
    frm="legal@pinterest.com", name_from="Pinterest Legal",
    subject="Re: [KCSC-240910-07] Request to remove Pins",
    reply_to_req="b538-240910-07",
    body=f"""Hi,

We've deactivated both Pins you listed, {P[0]} and
{P[1]}. They are no longer viewable on Pinterest.

Best,
Pinterest Legal

On Tue, 10 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
""" + request_body("KCSC-240910-07", P, prefix="> "),
    outcome="applied", classification="confirmation",
    imitates="Pinterest legal top-posted reply",
    why="both Pins are named and stated deactivated: removed",
    items={P[0]: "removed", P[1]: "removed"},
)

# ===== REVIEW =====

case(
    name="x-promise-will-withhold",
    date="Tue, 10 Sep 2024 02:00:00 +0000",
    frm="legal@x.com", name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req="b538-240902-01",
    body="""Hello,

We have received your request KCSC-240902-01 and our legal team is
reviewing it. Based on our initial assessment, the posts below will be
withheld in Korea once the review is complete:

https://x.com/bet_lounge_kr7/status/1830412200000000101
https://x.com/bet_lounge_kr7/status/1830412200000000102

We will let you know the final outcome.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing an intended action",
    why="'will be withheld once the review is complete' is a promise, not a statement; named items stay pending",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-hedge-and-under-review",
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    subject="Re: KCSC-240903-02",
    reply_to_req="b538-240903-02",
    body="""Hi,

Quick note on KCSC-240903-02. The video
https://www.youtube.com/watch?v=Qm7rT2xWv0A may have already been taken
down by the uploader; we are checking. The Short at
https://www.youtube.com/shorts/bN4cX8uR1sQ is still under review by our
policy team.

We'll write again when we have a final answer.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply with a hedge and 'under review'",
    why="'may have already been taken down' is a hedge and 'under review' is no outcome: both named items stay pending",
    items={Y[0]: "pending", Y[2]: "pending"},
)

case(
    name="meta-bulk-all-removed",
    date="Fri, 13 Sep 2024 03:03:03 +0000",
    frm="ip-legal@meta.com", name_from="Meta Content Response",
    subject="Re: KCSC-240904-03",
    reply_to_req="b538-240904-03",
    body="""Hello,

We have reviewed the content reported in your request KCSC-240904-03 and
removed all of it for going against our Community Standards.

Meta Content Response Team
""",
    outcome="review", review="bulk",
    imitates="Meta one-line outcome covering a whole request",
    why="'removed all of it' for a five-item request without naming each: bulk, items pending",
    items={u: "pending" for u in M},
)

case(
    name="tiktok-bulk-all-actioned",
    date="Sat, 14 Sep 2024 05:05:05 +0000",
    frm="lert@tiktok.com", name_from="TikTok Law Enforcement Outreach",
    subject="RE: KCSC-240905-04 - content removal request",
    reply_to_req="b538-240905-04",
    body="""Hello,

Thank you for your patience. All reported videos and accounts in your
request KCSC-240905-04 have been actioned in accordance with our
Community Guidelines.

Regards,
TikTok Law Enforcement Outreach Team
""",
    outcome="review", review="bulk",
    imitates="TikTok LE outreach summary reply",
    why="'all reported videos and accounts ... actioned' for a three-item request names none: bulk",
    items={u: "pending" for u in T},
)

case(
    name="x-forged-auth-fail",
    date="Wed, 11 Sep 2024 23:11:11 +0000",
    frm="legal@x.com", name_from="X Legal",
    auth="fail",
    subject="KCSC-240902-01 completed",
    body="""Hello,

Your request KCSC-240902-01 has been processed. The following posts were
removed:

https://x.com/bet_lounge_kr7/status/1830412200000000101
https://x.com/jackpot_nara/status/1830519911122233344

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome list, but DKIM/SPF/DMARC fail",
    why="claims from an x.com address failing authentication are not trusted",
    items={X[0]: "pending", X[2]: "pending"},
)

case(
    name="unknown-sender-gmail-x-support",
    date="Thu, 12 Sep 2024 12:12:12 +0000",
    frm="xkorea.support.desk@gmail.com", name_from="X Korea Support",
    subject="Re: KCSC-240902-01 takedown done",
    body="""Dear KCSC,

We confirm that the following posts have been deleted as requested:

https://x.com/casino_evt_bot/status/1830811112222333444
https://x.com/casino_evt_bot/status/1830811112222333555

Regards,
X Korea Support Desk
""",
    outcome="review", review="unknown_sender",
    imitates="free-mail address posing as a platform support desk",
    why="gmail.com is no platform's domain: the claims cannot change statuses",
    items={X[8]: "pending", X[9]: "pending"},
)

case(
    name="unknown-sender-law-office",
    date="Fri, 13 Sep 2024 07:30:00 +0000",
    frm="counsel@parklee-law.example", name_from="Park & Lee Law Office",
    subject="Objection regarding KCSC-240905-04",
    body="""Dear Commission,

We act for the holder of the TikTok account
https://www.tiktok.com/@mellow_garden_kr. The account was banned by
TikTok on 12 September following your request KCSC-240905-04. Our
client disputes the allegations and asks the Commission to withdraw
its request so that the account can be restored.

Yours faithfully,
Park & Lee Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="lawyer for an account holder writing to the regulator",
    why="a third party reporting what TikTok did is not TikTok: unknown sender, item pending",
    items={T[2]: "pending"},
)

case(
    name="twitch-wrong-platform",
    date="Fri, 13 Sep 2024 17:17:17 +0000",
    frm="lawenforcement@twitch.tv", name_from="Twitch Law Enforcement Response",
    subject="Your request to Twitch",
    body="""Hello,

It appears you have contacted Twitch about content hosted on another
service. We could not find the following on Twitch:

https://x.com/luckyseven_kr/status/1830702000111222333

Please contact the service that hosts this content directly.

Twitch Law Enforcement Response Team
""",
    outcome="review", review="wrong_platform",
    imitates="Twitch law-enforcement reply to a misdirected request",
    why="Twitch states 'not found on Twitch' about an X post: another platform's item",
    items={X[6]: "pending"},
)

case(
    name="snap-no-claims",
    date="Sat, 14 Sep 2024 06:06:06 +0000",
    frm="support@snapchat.com", name_from="Snapchat Support",
    subject="Snapchat Support: your report",
    body="""Hi there,

Thanks for your recent report. Following our review, we have taken
appropriate action on the reported Snapchat account in line with our
Community Guidelines.

For privacy reasons we can't share details about the action taken.

Team Snapchat
""",
    outcome="review", review="no_claims",
    imitates="Snapchat support report outcome without details",
    why="trusted platform mail with an outcome but no item and no request reference of ours",
    items={},
)

case(
    name="reddit-asks-more",
    date="Mon, 09 Sep 2024 16:00:00 +0000",
    frm="legal@reddit.com", name_from="Reddit Legal",
    subject="Re: KCSC-240906-05 removal notice",
    reply_to_req="b538-240906-05",
    body="""Hello,

Thank you for your notice. Before we can process it we need a little
more information:

1. the specific provision of Korean law the content is said to violate,
   and why;
2. a copy of any decision or order issued by the Commission; and
3. confirmation that you are authorised to submit this request on the
   Commission's behalf.

Please reply to this email with the above and we will continue our
review.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for further information",
    why="the platform asks for documents before acting",
    items={},
)

case(
    name="pinterest-conditional-promise",
    date="Wed, 11 Sep 2024 22:22:22 +0000",
    frm="legal@pinterest.com", name_from="Pinterest Legal",
    subject="Re: [KCSC-240910-07] Request to remove Pins",
    reply_to_req="b538-240910-07",
    body=f"""Hi,

Thanks for your request. We'll take appropriate action on the Pins you
reported, {P[0]} and {P[1]},
if we find that they violate our Community Guidelines or local law.

Pinterest Legal
""",
    outcome="review", review="not_understood",
    imitates="Pinterest legal holding reply with a conditional promise",
    why="a conditional promise about two named Pins is no statement: pending",
    items={P[0]: "pending", P[1]: "pending"},
)

# ===== IGNORED =====

case(
    name="tiktok-ticket-receipt",
    date="Thu, 05 Sep 2024 09:00:00 +0000",
    frm="lert@tiktok.com", name_from="TikTok Law Enforcement Outreach",
    subject="[Ticket #TT-884201557] We've received your request KCSC-240905-04",
    reply_to_req="b538-240905-04",
    body="""Hello,

We've received your request (KCSC-240905-04). Your ticket number is
TT-884201557. Our team will review it and respond as soon as possible.

Please keep the ticket number in the subject line of any reply.

TikTok Law Enforcement Outreach Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket-system receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="x-outlook-out-of-office",
    date="Mon, 02 Sep 2024 07:13:00 +0000",
    frm="mseo@x.com", name_from="Minji Seo",
    subject="Automatic reply: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req="b538-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until 16 September with limited access to email.
For urgent legal requests, please write to legal@x.com.

Minji Seo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="dsn-meta-user-unknown",
    date="Wed, 04 Sep 2024 01:02:13 +0000",
    frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="b538dsn"

--b538dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<ip-takedown@meta.com>: host mx.meta.com[203.0.113.25] said: 550 5.1.1
    <ip-takedown@meta.com>: Recipient address rejected: User unknown

--b538dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed,  4 Sep 2024 10:02:11 +0900 (KST)

Final-Recipient: rfc822; ip-takedown@meta.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.meta.com
Diagnostic-Code: smtp; 550 5.1.1 <ip-takedown@meta.com>: Recipient
    address rejected: User unknown

--b538dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: ip-takedown@meta.com
Subject: [KCSC-240904-03] Request for removal of synthetic sexual content
Date: Wed, 4 Sep 2024 10:02:10 +0900
Message-ID: <b538-240904-03@kcsc.example>
Content-Type: text/plain; charset=utf-8

""" + request_body("KCSC-240904-03", M) + """

--b538dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown) carrying the request",
    why="bounce of our own request; the URLs inside are ours",
    items={},
)

case(
    name="mdn-google-read-receipt",
    date="Wed, 04 Sep 2024 00:12:00 +0000",
    frm="legal-kr@google.com", name_from="Google Legal KR",
    subject="Read: [KCSC-240903-02] Request for removal of fraudulent investment videos",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b538mdn"

--b538mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [KCSC-240903-02] Request for removal of fraudulent investment videos
  Sent: Tuesday, September 3, 2024 10:05 AM

was read on Wednesday, September 4, 2024 9:12 AM.

--b538mdn
Content-Type: message/disposition-notification

Reporting-UA: legal-kr@google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <b538-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b538mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="discord-zendesk-receipt",
    date="Mon, 09 Sep 2024 08:01:00 +0000",
    frm="support@discord.com", name_from="Discord",
    subject="[Discord] Re: [KCSC-240909-06] Illegal gambling server",
    reply_to_req="b538-240909-06",
    body="""##- Please type your reply above this line -##

Your request (4412345) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style support ticket receipt",
    why="ticket receipt, nothing about the item",
    items={},
)

case(
    name="twitch-unmonitored-autoreply",
    date="Tue, 10 Sep 2024 03:03:03 +0000",
    frm="noreply@twitch.tv", name_from="Twitch",
    subject="Auto-Response: Your email to Twitch",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automated response. This mailbox is not monitored.

To report content on Twitch, please use the in-product reporting tools
or visit https://help.twitch.tv/s/article/how-to-file-a-user-report.
Law enforcement requests should be submitted through our legal portal.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Twitch unmonitored-mailbox auto-response",
    why="auto-reply; the help link is not an item",
    items={},
)

case(
    name="meta-report-received",
    date="Wed, 04 Sep 2024 05:40:00 +0000",
    frm="ip-legal@meta.com", name_from="Meta Content Response",
    subject="Re: KCSC-240904-03",
    reply_to_req="b538-240904-03",
    body="""Hello,

Thanks for contacting Meta. We've received your report (your reference
KCSC-240904-03) and it has been assigned our reference 33419820. We'll
be in touch once our review is complete.

Meta Content Response Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta report receipt with an internal reference",
    why="pure acknowledgement; 'we'll be in touch' names nothing",
    items={},
)


HEADER = """# blind538: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Discord, Pinterest; Twitch and Snapchat without requests).
# Written by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is judged alone on a fresh ledger.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
