#!/usr/bin/env python3
"""Blind set 478: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind478/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
email is fictional and written in our own sentences; expected results were
written from each email's meaning before any run of the reader.
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

SET = "blind478"

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/lucky_stake77/status/1830415521907754113",
    2: "https://x.com/lucky_stake77/status/1830419984120455230",
    3: "https://x.com/pill_depot_kr/status/1829983310457720832",
    4: "https://x.com/pill_depot_kr/status/1830051177203380224",
    5: "https://x.com/nightcasino_vip",
    6: "https://x.com/nightcasino_vip/status/1830207745510981633",
    7: "https://x.com/fake_idcards_24/status/1829770214459056128",
    8: "https://x.com/fake_idcards_24/status/1830330906612527104",
    9: "https://x.com/hanriver_odds/status/1830533781046132736",
    10: "https://x.com/hanriver_odds/status/1830601249908756992",
    11: "https://x.com/moonlit_pharm/status/1830622014763032576",
    12: "https://x.com/moonlit_pharm/status/1830690310025125888",
}
YT = {
    1: "https://www.youtube.com/watch?v=Qm3vT8xLw2A",
    2: "https://www.youtube.com/watch?v=bN7rK0pZt5E",
    3: "https://www.youtube.com/shorts/Hc4Jw9dYx1s",
    4: "https://www.youtube.com/@slotking_live",
}
META = {
    1: "https://www.facebook.com/groups/easyloan.kr/posts/1187345520993417/",
    2: "https://www.facebook.com/profile.php?id=100089345512207",
    3: "https://www.instagram.com/p/C9xQk2LrT4m/",
    4: "https://www.instagram.com/reel/C-2aP7sYvLq/",
    5: "https://www.instagram.com/bet_mansion_kr/",
}
TT = {
    1: "https://www.tiktok.com/@pillsnow.kr/video/7410238845512093954",
    2: "https://www.tiktok.com/@pillsnow.kr/video/7410555019828727041",
    3: "https://www.tiktok.com/@oddsqueen_22/video/7409871263354408210",
}
RD = {
    1: "https://www.reddit.com/r/koreabets/comments/1f6x9qa/daily_free_picks_link_inside/",
    2: "https://www.reddit.com/user/seoul_pharma_plug/",
}
TW = {
    1: "https://www.twitch.tv/videos/2241983377",
    2: "https://www.twitch.tv/slotnight_kr",
}
DC = {1: "https://discord.com/invite/seoulbets"}

R_X, R_YT, R_META, R_TT, R_RD, R_TW, R_DC = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07")


def mid(ref):
    return "req-" + ref.lower()


REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls with notes
    (R_X, "x", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00", "gambling",
     [(X[1], "betting promo"), (X[2], "betting promo"), (X[3], "drug sales"),
      (X[4], "drug sales"), (X[5], "casino account"), (X[6], "casino promo"),
      (X[7], "forged ID cards, \"same-day\" delivery"), (X[8], "forged ID cards"),
      (X[9], "odds channel"), (X[10], "odds channel"), (X[11], "pharmacy"),
      (X[12], "pharmacy")]),
    (R_YT, "youtube", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00", "gambling",
     [(YT[1], "slot stream"), (YT[2], "slot stream"), (YT[3], "short ad"),
      (YT[4], "channel")]),
    (R_META, "meta", "2024-09-05T14:05:00+09:00", "2024-09-12T18:00:00+09:00", "illegal_loans",
     [(META[1], "loan group post"), (META[2], "lender profile"),
      (META[3], "loan ad, Instagram"), (META[4], "reel"), (META[5], "betting account")]),
    (R_TT, "tiktok", "2024-09-06T11:40:00+09:00", "2024-09-13T18:00:00+09:00", "drugs",
     [(TT[1], "pill sales"), (TT[2], "pill sales"), (TT[3], "betting video")]),
    (R_RD, "reddit", "2024-09-09T16:20:00+09:00", "2024-09-16T18:00:00+09:00", "gambling",
     [(RD[1], "free picks thread"), (RD[2], "seller account")]),
    (R_TW, "twitch", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", "gambling",
     [(TW[1], "VOD"), (TW[2], "channel")]),
    (R_DC, "discord", "2024-09-11T13:15:00+09:00", "2024-09-18T18:00:00+09:00", "gambling",
     [(DC[1], "betting server invite")]),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls in REQUESTS:
            for url, note in urls:
                w.writerow([ref, plat, sent, due, url, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    if isinstance(text, str):
        text = text.encode("utf-8")
    return base64.encodebytes(text).decode("ascii")


def pend(*urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X
case(
    name="x-legal-withheld-numbered",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 07:41:19 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content - Case 0472193",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

We write regarding your request KCSC-240903-01, submitted on behalf of the
Korea Communications Standards Commission.

Following a review of the reported content under the X Rules and applicable
local law, we have taken the following action:

1. {X[1]} - withheld in South Korea
2. {X[2]} - withheld in South Korea
3. {X[3]} - withheld in South Korea
4. {X[4]} - removed for violating the X Rules (illegal or certain regulated goods and services)

The remaining URLs in your request are still being assessed and we will
follow up separately.

Withheld content remains available outside the country where it is
withheld. More about our approach: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (Country Withheld Content) as a numbered list",
    why="four named posts, three withheld in Korea and one removed; the rest promised later",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted", X[4]: "removed"},
)

case(
    name="x-account-withheld-url-below",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 02:15:40 +0000",
    subject="Case 0472193: account withheld",
    body=f"""
Hello,

In response to your legal request (ref. KCSC-240903-01), the following
account has been withheld in South Korea:

{X[5]}

People located in South Korea now see a notice in place of the account.

We will reply about the other URLs in your request separately.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X notice that an account has been withheld in a country",
    why="the account URL on the line below a clear 'has been withheld in South Korea'",
    items={X[5]: "restricted"},
)

case(
    name="x-deleted-by-author-and-no-violation",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 05:02:11 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req=mid(R_X),
    body=f"""
Hi,

Thank you for your report under reference KCSC-240903-01.

We looked into the first post you listed from @fake_idcards_24
({X[7]}). That post no longer exists on X: the account holder deleted it
before our team reviewed it, so there was nothing left for us to act on.

The second post ({X[8]}) was reviewed against the X Rules and the Korean
provision cited in your request. We did not find it to be in violation, and
it remains available. If a Korean court has issued an order concerning this
content, you may submit it through our legal request form.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply: post deleted by its author; no violation found for another",
    why="one post deleted by its author (not_found), the other kept up with a reason (rejected)",
    items={X[7]: "not_found", X[8]: "rejected"},
)

_x_table_text = f"""Hello,

Please find below our decisions on four of the URLs in request
KCSC-240903-01.

{X[9]}
  Decision: Withheld - Scope: South Korea
{X[10]}
  Decision: Removed - Scope: Global
{X[11]}
  Decision: No action - the post does not violate the X Rules, and the
  request does not establish that it is unlawful under Korean law
{X[12]}
  Decision: Withheld - Scope: South Korea

X Legal
"""
_x_table_html = f"""<html><body>
<p>Hello,</p>
<p>Please find below our decisions on four of the URLs in request KCSC-240903-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>
<tr><td>{X[9]}</td><td>Withheld</td><td>South Korea</td></tr>
<tr><td>{X[10]}</td><td>Removed</td><td>Global</td></tr>
<tr><td>{X[11]}</td><td>No action &ndash; the post does not violate the X Rules, and the request does not establish that it is unlawful under Korean law</td><td>&ndash;</td></tr>
<tr><td>{X[12]}</td><td>Withheld</td><td>South Korea</td></tr>
</table>
<p>X Legal</p>
</body></html>
"""
case(
    name="x-html-table-qp",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 08:30:00 +0000",
    subject="Decisions - KCSC-240903-01 (part 2)",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_xalt_478"

--=_xalt_478
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_x_table_text)}
--=_xalt_478
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_x_table_html)}
--=_xalt_478--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal decision table (HTML with plain-text alternative, quoted-printable)",
    why="table rows: withheld KR, removed, no action with its reason, withheld KR",
    items={X[9]: "restricted", X[10]: "removed", X[11]: "rejected", X[12]: "restricted"},
)

_x_csv = "url,action,country,comment\n" + "\n".join([
    f"{X[1]},Withheld,KR,",
    f"{X[2]},Withheld,KR,",
    f"{X[3]},Removed,Global,Violates X Rules",
    f"{X[6]},Removed,Global,",
    f"{X[9]},Withheld,KR,",
    f"{X[12]},Not found,,Post does not exist",
]) + "\n"
case(
    name="x-csv-attachment",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 03:12:45 +0000",
    subject="KCSC-240903-01 - outcome spreadsheet",
    reply_to_req=mid(R_X),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_xmix_478"

--=_xmix_478
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome for each URL in KCSC-240903-01 that we have
processed so far. One line per URL; "Withheld" means withheld in the
country shown.

X Legal

--=_xmix_478
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_x_csv)}
--=_xmix_478--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as a CSV attachment",
    why="six CSV rows: withheld KR, removed, and one 'Not found' (post does not exist)",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[6]: "removed",
           X[9]: "restricted", X[12]: "not_found"},
)

_quoted_req = "\n".join(f"> {i}. {X[i]}" for i in range(1, 13))
case(
    name="x-top-posted-gmail-quote",
    **{"from": "mseo@x.com"}, name_from="Min-ji Seo",
    date="Thu, 12 Sep 2024 09:55:02 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req=mid(R_X),
    body=f"""
Hi team,

Quick update on KCSC-240903-01: {X[11]} has now been withheld in South
Korea. I'll come back to you on the rest.

Best,
Min-ji

Min-ji Seo | Legal Policy, X

On Tue, Sep 3, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under Article 44-7 of the Information and Communications Network Act,
> the Korea Communications Standards Commission requests the removal of
> the following posts (ref. KCSC-240903-01):
>
{_quoted_req}
>
> Please let us know the action taken by 10 September.
>
> KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="X staff top-posted Gmail reply over the quoted request",
    why="one post withheld in Korea above the quote; the quoted request list says nothing",
    items={X[11]: "restricted", X[12]: "pending", X[1]: "pending"},
)

_x_qp_text = f"""Dear KCSC,

Re: KCSC-240903-01

Following our review, the post {X[7]} has been removed from X for violating our rules on illegal or certain regulated goods and services.

The post {X[8]} has also been removed from X for the same reason.

Kind regards,
X Legal
"""
case(
    name="x-qp-plain-removed",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 01:20:33 +0000",
    subject="Update on your request KCSC-240903-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_x_qp_text)}""",
    outcome="applied", classification="confirmation",
    imitates="X legal plain-text notice, quoted-printable with soft line breaks",
    why="two posts each stated removed; long lines soft-wrapped by quoted-printable",
    items={X[7]: "removed", X[8]: "removed"},
)

case(
    name="x-grouped-headings",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 06:44:10 +0000",
    subject="KCSC-240903-01: final update",
    body=f"""
Hello KCSC team,

We have completed our review of the remaining items under KCSC-240903-01.

Withheld in South Korea:
- {X[5]}
- {X[10]}

Removed globally (violation of the X Rules):
- {X[11]}

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal summary grouped under outcome headings",
    why="two URLs under 'Withheld in South Korea:', one under 'Removed globally'",
    items={X[5]: "restricted", X[10]: "restricted", X[11]: "removed"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 23:10:00 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

Thank you for your request KCSC-240903-01. Having reviewed it, we intend to
withhold the following posts in South Korea. The action will be applied
within the next 48 hours, and we will confirm to you once it is complete:

{X[3]}
{X[4]}

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply announcing an intended withholding",
    why="only a promise ('we intend to', 'will be applied'): nothing has happened yet",
    items=pend(X[3], X[4]),
)

case(
    name="x-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Thu, 05 Sep 2024 12:00:00 +0000",
    subject="Re: KCSC-240903-01",
    body=f"""
Hello,

The post {X[1]} has been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal one-line outcome, failing DKIM/SPF/DMARC",
    why="claims to be from x.com but authentication fails",
    items=pend(X[1]),
)

case(
    name="x-ack-case-number",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Tue, 03 Sep 2024 01:30:12 +0000",
    subject="Your report has been received [Case 0472193]",
    reply_to_req=mid(R_X),
    body="""
Hello,

Thank you for contacting X. We have received your report regarding
KCSC-240903-01 and it has been assigned case number 0472193.

Our team will review it and get in touch if we need more information.
Please keep the case number in the subject line of any further
correspondence.

This is an automated message; please do not reply.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal-request portal case receipt",
    why="a pure receipt with a case number, no statement about any item",
    items={},
)

# ================================================================ YouTube
case(
    name="yt-legal-blocked-kr-removed",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:22:51 +0000",
    subject="Re: KCSC-240904-02 [5-1829000034427]",
    reply_to_req=mid(R_YT),
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your legal complaint, we have blocked the following video
from view on YouTube in South Korea:

- {YT[1]}

In addition, we reviewed the video below and removed it from YouTube
globally because it violates our Community Guidelines:

- {YT[2]}

We are continuing to review the other items in your notice.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal complaint outcome: local block plus a Community Guidelines removal",
    why="one video blocked in Korea (restricted), one removed globally",
    items={YT[1]: "restricted", YT[2]: "removed"},
)

case(
    name="yt-age-restricted-status-below",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:03:18 +0000",
    subject="Update: KCSC-240904-02 [5-1829000034427]",
    body=f"""
Hello,

Here is an update on the content cited in KCSC-240904-02.

{YT[3]}
Action: Age-restricted. Viewers must be signed in and 18 or older to watch
this Short.

Our team reviewed it under our policy on gambling content and decided on
an age restriction rather than removal.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice (status on the line below the URL)",
    why="the Short is age-restricted: restricted",
    items={YT[3]: "restricted"},
)

case(
    name="yt-channel-terminated-angle",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:40:09 +0000",
    subject="Re: KCSC-240904-02 [5-1829000034427]",
    reply_to_req=mid(R_YT),
    body=f"""
Hello,

We have terminated the channel <{YT[4]}> for severe or repeated violations
of our Community Guidelines. The channel and its videos are no longer
available on YouTube.

Regarding <{YT[1]}>: after review, we found no violation of our policies
and did not identify a sufficient legal basis to restrict it under local
law, so it remains available.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice plus a 'no action' legal decision",
    why="channel terminated (removed); the other video stays up with a reason (rejected)",
    items={YT[4]: "removed", YT[1]: "rejected"},
)

case(
    name="yt-bilingual-particle",
    **{"from": "legal-kr@google.com"}, name_from=Header("YouTube 법무팀", "utf-8").encode(),
    date="Wed, 11 Sep 2024 05:15:27 +0000",
    subject=Header("[KCSC-240904-02] 처리 결과 / Outcome", "utf-8").encode(),
    body=f"""
안녕하세요.

요청하신 영상 {YT[2]}는 현지 법률에 따라 대한민국 내에서 접근이 제한되었습니다.

Hello,

The video {YT[2]} has been restricted in South Korea based on local law.

YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal outcome, Korean then English, URL followed by a particle",
    why="접근이 제한되었습니다 / restricted in South Korea: restricted",
    items={YT[2]: "restricted"},
)

_yt_html = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hi,</p>
<p>Following your request KCSC-240904-02, here is the outcome for two of the cited videos.</p>
<p><b>Video:</b> <a href="{YT[2]}">{YT[2]}</a><br>
<b>Outcome:</b> Not found. The uploader had already deleted this video before we received your notice.</p>
<p><b>Video:</b> <a href="{YT[3]}">{YT[3]}</a><br>
<b>Outcome:</b> Removed for violating our Community Guidelines.</p>
<p>Learn more about our policies at <a href="https://support.google.com/youtube/answer/9288567">YouTube Help</a>.</p>
<p>&mdash; The YouTube Team</p>
</body></html>
"""
case(
    name="yt-base64-html",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Thu, 12 Sep 2024 10:08:44 +0000",
    subject="Outcome of your request KCSC-240904-02",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_yt_html)}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome notice (base64)",
    why="one video already deleted by its uploader (not_found), one removed",
    items={YT[2]: "not_found", YT[3]: "removed"},
)

case(
    name="yt-hedge-under-review",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 06:30:00 +0000",
    subject="Re: KCSC-240904-02 [5-1829000034427]",
    reply_to_req=mid(R_YT),
    body=f"""
Hello,

Thank you for your notice KCSC-240904-02.

The video {YT[1]} appears to have been made private by its uploader, and
it may no longer be publicly visible.

The video {YT[2]} is still under review by our team. We will update you
once we reach a decision.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply (hedged observation and 'under review')",
    why="'appears to', 'may no longer' and 'under review' are not statements",
    items=pend(YT[1], YT[2]),
)

case(
    name="yt-wrong-platform-linked-videos",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 03:33:21 +0000",
    subject="Re: KCSC-240903-01 - linked YouTube videos",
    body=f"""
Hello,

We received a copy of your request KCSC-240903-01. The posts below link to
YouTube videos, and these have been blocked in South Korea:

{X[9]}
{X[10]}

Please contact X directly about the posts themselves.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="wrong_platform",
    imitates="YouTube legal reply to a copied request about another platform's posts",
    why="YouTube states a block next to X posts; only X can state what happened to them",
    items=pend(X[9], X[10]),
)

case(
    name="yt-dsn-bounce",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Wed, 11 Sep 2024 09:00:41 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_478"

--=_dsn_478
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to legal-kr-archive@google.com because the
address couldn't be found, or is unable to receive mail.

--=_dsn_478
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 11 Sep 2024 09:00:38 +0000

Final-Recipient: rfc822; legal-kr-archive@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--=_dsn_478
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-archive@google.com
Subject: Reminder: KCSC-240904-02 - 4 items still online
Date: Wed, 11 Sep 2024 18:00:30 +0900
Message-ID: <reminder.KCSC-240904-02.1@kcsc.example>

--=_dsn_478--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification for a reminder",
    why="a bounce of our own reminder",
    items={},
)

# ================================================================ Meta
case(
    name="meta-dsa-sor-instagram",
    **{"from": "noreply@meta.com"}, name_from="Meta",
    date="Mon, 09 Sep 2024 08:12:00 +0000",
    subject="Statement of reasons - your report KCSC-240905-03",
    body=f"""
Statement of reasons

Your reference: KCSC-240905-03
Content: {META[3]}
Decision: Removal of the content
Territorial scope of the decision: All territories
Ground for the decision: Incompatible with our terms (Community
Guidelines - Restricted goods and services)
Facts and circumstances: The content was reported by a public authority.
Our reviewers found that it offered unlicensed loans.
Automated means used for detection: No
Automated means used for the decision: No

You may seek redress through an out-of-court dispute settlement body or
a court. See https://transparency.meta.com/policies/ for details.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA Article 17 statement of reasons (field layout)",
    why="'Decision: Removal of the content' for the one Content URL",
    items={META[3]: "removed"},
)

case(
    name="meta-legal-restricted-kr",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
    date="Tue, 10 Sep 2024 01:48:36 +0000",
    subject="Re: KCSC-240905-03",
    reply_to_req=mid(R_META),
    body=f"""
Hello,

Based on a review of your request under local law, we have restricted
access in South Korea to the content at the following links:

{META[1]}
{META[4]}

This content remains available in other countries because it does not
violate our Community Standards.

Meta Content Restrictions team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content restriction based on local law",
    why="two links restricted in South Korea",
    items={META[1]: "restricted", META[4]: "restricted"},
)

case(
    name="meta-profile-not-found",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
    date="Wed, 11 Sep 2024 07:25:14 +0000",
    subject="KCSC-240905-03: link could not be found",
    body=f"""
Hello,

We were unable to locate any content at the link below. The profile it
points to does not exist or has been deleted by its owner.

{META[2]}

If you believe this is an error, please send us a screenshot together
with the exact URL as it appears in a browser.

Meta Content Restrictions team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'we could not locate the content' reply",
    why="the profile does not exist or was deleted by its owner: not_found",
    items={META[2]: "not_found"},
)

_meta_b64_text = f"""Hi,

We reviewed the Instagram account {META[5]} against our Community
Guidelines and against local law.

We found that the account doesn't go against our Community Guidelines,
and the information in your request was not sufficient to establish that
it is unlawful in South Korea. The account will stay on Instagram.

If you have a court order or further legal basis, you can submit it
through our law enforcement and government portal.

Instagram Legal
"""
case(
    name="meta-ig-account-rejected-base64",
    **{"from": "legal-noreply@instagram.com"}, name_from="Instagram",
    date="Thu, 12 Sep 2024 03:00:59 +0000",
    subject="Re: KCSC-240905-03",
    reply_to_req=mid(R_META),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_meta_b64_text)}""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'doesn't go against our Community Guidelines' outcome (base64 body)",
    why="account kept up with its reason: rejected",
    items={META[5]: "rejected"},
)

case(
    name="meta-bullets-outlook-quote",
    **{"from": "hwang.kim@meta.com"}, name_from="Hwang Kim",
    date="Fri, 13 Sep 2024 06:17:03 +0000",
    subject="RE: [KCSC-240905-03] Request for removal of illegal loan advertising",
    reply_to_req=mid(R_META),
    extra_headers=["Thread-Index: AdsFq2mXb9n3a1kQRwC0d4Q1tZx8AA=="],
    body=f"""
Dear KCSC team,

Please find the outcome for each item of your request below:

\u2022 {META[1]} \u2013 removed
\u2022 {META[2]} \u2013 restricted in South Korea
\u2022 {META[3]} \u2013 not found (content deleted by the user)
\u2022 {META[4]} \u2013 removed
\u2022 {META[5]} \u2013 no action; it does not violate our Community Standards

Kind regards,
Hwang Kim
Public Policy, Meta Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 2:05 PM
To: legal-requests@meta.com
Subject: [KCSC-240905-03] Request for removal of illegal loan advertising

Dear Meta,

Please remove the following content (unlicensed lending):

{META[1]}
{META[2]}
{META[3]}
{META[4]}
{META[5]}

KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Meta Korea staff Outlook reply with a bulleted outcome list above the quoted request",
    why="five bullets, one status each; the quoted request below repeats the URLs without statuses",
    items={META[1]: "removed", META[2]: "restricted", META[3]: "not_found",
           META[4]: "removed", META[5]: "rejected"},
)

case(
    name="meta-echoed-report",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Sat, 14 Sep 2024 11:41:27 +0000",
    subject="We removed the reel you reported",
    body=f"""
Your report

Report ID: 88213377410
Submitted: September 5, 2024
Reported content: {META[4]}
Reason: Sale of illegal or regulated goods or services

Our decision

We removed this reel because it goes against our Community Guidelines on
restricted goods and services. Thanks for helping keep Instagram safe.

See your Support Requests: https://www.instagram.com/accounts/support_requests/
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we removed the content you reported' notice with the report echoed",
    why="the echoed report names the reel and the decision removed it",
    items={META[4]: "removed"},
)

case(
    name="meta-bulk-all-restricted",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
    date="Mon, 16 Sep 2024 02:02:02 +0000",
    subject="Re: KCSC-240905-03",
    reply_to_req=mid(R_META),
    body="""
Hello,

We've reviewed the content reported in your request KCSC-240905-03 and
have restricted access to all of it in South Korea based on local law.

Meta Content Restrictions team
""",
    outcome="review", review="bulk",
    imitates="Meta blanket 'restricted all reported content' reply",
    why="one statement about all five items of the request without naming them",
    items=pend(*META.values()),
)

case(
    name="meta-out-of-office",
    **{"from": "slindqvist@meta.com"}, name_from="Sara Lindqvist",
    date="Thu, 05 Sep 2024 05:06:00 +0000",
    subject="Automatic reply: [KCSC-240905-03] Request for removal of illegal loan advertising",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am out of the office until 23 September
with limited access to email.

For legal requests from government authorities, please use the Meta law
enforcement online request system; your request will be handled by the
team on duty.

Sara
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from a Meta employee",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ TikTok
case(
    name="tiktok-two-removed-one-stays",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 09:09:09 +0000",
    subject="Re: KCSC-240906-04 Removal request",
    reply_to_req=mid(R_TT),
    body=f"""
Hi,

Thank you for your report (ref. KCSC-240906-04).

After review, we removed the following videos for violating our Community
Guidelines:
{TT[1]}
{TT[2]}

The following video was reviewed and does not violate our Community
Guidelines or applicable local law, so it remains available on TikTok:
{TT[3]}

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome: removed / no violation",
    why="two videos removed, one kept with its reason",
    items={TT[1]: "removed", TT[2]: "removed", TT[3]: "rejected"},
)

case(
    name="tiktok-restricted-kr-url-below",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 04:04:04 +0000",
    subject="KCSC-240906-04 - local law restriction",
    body=f"""
Hello,

We have restricted access to the following video in the Republic of Korea
in accordance with local law:
{TT[3]}

The video remains available in other regions.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law restriction notice",
    why="video restricted in Korea, URL on the line below the statement",
    items={TT[3]: "restricted"},
)

case(
    name="tiktok-fullwidth-punctuation",
    **{"from": "jiwoo.kang@tiktok.com"}, name_from="Jiwoo Kang",
    date="Fri, 13 Sep 2024 08:20:00 +0000",
    subject="RE: KCSC-240906-04",
    reply_to_req=mid(R_TT),
    body=f"""
Dear KCSC,

Please see the outcome for request KCSC-240906-04 below.

Video 1\uff1a{TT[3]}\uff0cremoved for violating our gambling policy.
Video 2\uff1a{TT[2]}\uff0cnot found \u2013 the creator deleted the video before our review.

Best regards,
Jiwoo Kang
TikTok Trust & Safety (Korea)
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea staff reply with full-width colon and comma around URLs",
    why="one video removed, one deleted by its creator (not_found)",
    items={TT[3]: "removed", TT[2]: "not_found"},
)

case(
    name="tiktok-bulk-all-removed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 10:10:10 +0000",
    subject="Re: KCSC-240906-04 Removal request",
    reply_to_req=mid(R_TT),
    body="""
Hi,

Thanks for your patience. All of the videos listed in your request have
been removed from TikTok for violating our Community Guidelines.

TikTok Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok blanket 'all reported videos removed' reply",
    why="'all of the videos' for a three-item request, none named",
    items=pend(*TT.values()),
)

case(
    name="tiktok-mdn",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 06 Sep 2024 03:00:00 +0000",
    subject="Read: KCSC-240906-04 Removal request",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_478"

--=_mdn_478
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@tiktok.com
  Subject: KCSC-240906-04 Removal request
  Sent: Friday, September 6, 2024 11:40 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 12:00 PM (UTC+09:00) Seoul.

--=_mdn_478
Content-Type: message/disposition-notification

Reporting-UA: tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; legal-kr@tiktok.com
Original-Message-ID: <{mid(R_TT)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_478--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt",
    items={},
)

case(
    name="tiktok-unknown-sender-law-firm",
    **{"from": "j.han@hanbit-law.example"}, name_from="Jisoo Han",
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    subject="KCSC-240906-04 - on behalf of our client",
    body=f"""
Dear Sir or Madam,

We act for the creator of the TikTok account @pillsnow.kr. Our client
has deleted the video at {TT[1]} as of 10 September 2024, and asks that
your file on request KCSC-240906-04 be updated accordingly.

Yours faithfully,
Jisoo Han
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the uploader's lawyers",
    why="a third party (not TikTok) claims a status for a requested video",
    items=pend(TT[1]),
)

# ================================================================ Reddit
case(
    name="reddit-removed-and-suspended",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 17:45:00 +0000",
    subject="Re: KCSC-240909-05",
    reply_to_req=mid(R_RD),
    body=f"""
Hi there,

Thanks for your request KCSC-240909-05. Reddit's Legal Operations team has
reviewed it.

- The post at {RD[1]} has been removed.
- The account {RD[2]} has been permanently suspended for violating
  Reddit's Content Policy, and its profile is no longer accessible.

-Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations removal outcome (post removed, account suspended)",
    why="post removed; account permanently suspended and inaccessible: removed",
    items={RD[1]: "removed", RD[2]: "removed"},
)

_rd_wrapped = RD[1].replace("/comments/1f6x9qa/", "/comments/1f6x9qa/\n", 1)
case(
    name="reddit-wrapped-geo-restricted",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 18:02:40 +0000",
    subject="KCSC-240909-05 - geo-restriction",
    body=f"""
Hello,

We have geo-restricted the following post so that it is unavailable to
users in South Korea:

<{_rd_wrapped}>

It remains available elsewhere because it does not violate Reddit's
Content Policy.

-Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal geo-restriction notice with a URL wrapped inside angle brackets",
    why="post geo-restricted in Korea; the URL is wrapped over two lines inside <>",
    items={RD[1]: "restricted"},
)

case(
    name="reddit-asks-more",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 20:11:00 +0000",
    subject="Re: KCSC-240909-05",
    reply_to_req=mid(R_RD),
    body=f"""
Hello,

Regarding KCSC-240909-05: before we can act on the user account
{RD[2]}, we need a copy of the decision or order on which your request
is based, or the specific statutory provision that the account's content
is said to violate.

Please reply to this email with that documentation and we will continue
our review.

-Reddit Legal
""",
    outcome="review", review="asks_more",
    imitates="Reddit legal request for the underlying legal order",
    why="asks for documents before acting; no status",
    items=pend(RD[2]),
)

case(
    name="reddit-zendesk-receipt",
    **{"from": "help@reddit.com"}, name_from="Reddit Help",
    date="Mon, 09 Sep 2024 07:21:00 +0000",
    subject="[Reddit Help] Re: KCSC-240909-05 Request to remove content",
    reply_to_req=mid(R_RD),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Reddit Help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk ticket receipt from a help desk",
    why="a ticket receipt and nothing else",
    items={},
)

# ================================================================ Twitch
case(
    name="twitch-vod-removed-channel-stays",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Thu, 12 Sep 2024 21:14:00 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req=mid(R_TW),
    body=f"""
Hello,

We've completed our review of your report KCSC-240910-06.

The video {TW[1]} has been removed for violating our Community Guidelines
on gambling content.

We also reviewed the channel {TW[2]} and found no violation on the channel
itself. The channel remains active.

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Trust & Safety report outcome",
    why="VOD removed; channel stays up with its reason (rejected)",
    items={TW[1]: "removed", TW[2]: "rejected"},
)

case(
    name="twitch-hedge-vod-expired",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Wed, 11 Sep 2024 15:00:00 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req=mid(R_TW),
    body=f"""
Hi,

Thanks for the report. It looks like the VOD {TW[1]} may have already
expired under our storage limits for past broadcasts, but we are checking
with the team and will get back to you.

Twitch Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Twitch support interim reply",
    why="'looks like ... may have already expired' is a hedge, not a statement",
    items=pend(TW[1]),
)

# ================================================================ Discord
case(
    name="discord-server-removed-sole",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 16:30:00 +0000",
    subject="Re: KCSC-240911-07 - Report about a server",
    reply_to_req=mid(R_DC),
    body="""
Hello,

Thanks for your report. Our Safety team has investigated the server you
reported and has removed it from Discord for violating our Community
Guidelines.

Server ID: 1198432765501234567

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'we removed the server' reply",
    why="one-item request; the server it names by ID was removed",
    items={DC[1]: "removed"},
)

case(
    name="discord-lookalike-domain",
    **{"from": "safety@discord-trustsafety.com"}, name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject="KCSC-240911-07 resolved",
    body=f"""
Hello,

We have deleted the server {DC[1]} following your report.

Discord Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike domain that is not Discord's",
    why="discord-trustsafety.com is no platform's sender domain",
    items=pend(DC[1]),
)

case(
    name="discord-ooo-quoted",
    **{"from": "a.moreau@discord.com"}, name_from="Adele Moreau",
    date="Wed, 11 Sep 2024 04:20:00 +0000",
    subject="Out of office: KCSC-240911-07 - Report about a server",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""
Hi, I'm away until Monday 16 September. Reports for Trust & Safety are
still being handled; you don't need to send this again.

Adele

> Please remove the following server: {DC[1]}
> (ref. KCSC-240911-07)
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder quoting the request",
    why="out-of-office auto-reply; the URL is only in the quote",
    items={},
)

# ================================================================ Snapchat / Pinterest
case(
    name="snap-ack",
    **{"from": "no-reply@snap.com"}, name_from="Snapchat Support",
    date="Thu, 12 Sep 2024 00:10:00 +0000",
    subject="We've received your report",
    body="""
Hi,

Thanks for contacting Snap. We've received your report and our team will
look into it.

Reference: 07613489

Team Snapchat
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snapchat support report receipt",
    why="a pure receipt",
    items={},
)

case(
    name="pinterest-no-claims",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Sun, 15 Sep 2024 19:30:00 +0000",
    subject="Update on your report",
    body="""
Hi there,

Thanks for letting us know about this. We've reviewed the content you
reported and taken action where it goes against our Community Guidelines.

The Pinterest team
""",
    outcome="review", review="no_claims",
    imitates="Pinterest generic report outcome",
    why="trusted platform mail naming no item and no request",
    items={},
)


HEADER = """# Blind set 478 (tests/corpus/blind478/): English notices from many
# platforms. Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
