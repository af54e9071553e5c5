#!/usr/bin/env python3
"""Blind set 688: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch).

    python3 tests/corpus/blind688/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email, name, handle, id and URL is fictional; expected results were written
from each email's meaning before any run of the reader.
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

corpuslib.DOMAIN_NAMES.update({
    "facebook.com": "Meta",
    "support.facebook.com": "Meta",
    "facebookmail.com": "Facebook",
    "meta.com": "Meta",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "redditmail.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
})

# ---------------------------------------------------------------- requests
X = "KCSC-240902-01"
YT = "KCSC-240903-02"
META = "KCSC-240904-03"
TT = "KCSC-240905-04"
RD = "KCSC-240906-05"
DC = "KCSC-240909-06"
TW = "KCSC-240910-07"

x01 = "https://x.com/lucky7_toto_kr/status/1830112233445566701"
x02 = "https://x.com/lucky7_toto_kr/status/1830112233445566702"
x03 = "https://x.com/bada_casino_vip/status/1830198765432100013"
x04 = "https://x.com/bada_casino_vip/status/1830198765432100027"
x05 = "https://x.com/night_owl_bets/status/1830255501122334405"
x06 = "https://x.com/night_owl_bets/status/1830255501122334459"
x07 = "https://x.com/jackpot_hana88/status/1830301020304050607"
x08 = "https://x.com/jackpot_hana88/status/1830301020304050688"
x09 = "https://x.com/sports_pick_seoul/status/1830377788899900011"
x10 = "https://x.com/sports_pick_seoul/status/1830377788899900092"
x11 = "https://x.com/gold_slot_daily/status/1830400011122233344"
x12 = "https://x.com/gold_slot_daily"
XS = [x01, x02, x03, x04, x05, x06, x07, x08, x09, x10, x11, x12]

y1 = "https://www.youtube.com/watch?v=Qm7xTr2LpA0"
y2 = "https://www.youtube.com/watch?v=Hd8sWk3nB5e"
y3 = "https://www.youtube.com/shorts/Vb3kPz9QwE1"
y4 = "https://www.youtube.com/@haneul_signal_tv"
YS = [y1, y2, y3, y4]

m1 = "https://www.facebook.com/groups/771920331884012/posts/772104556220187/"
m2 = "https://www.instagram.com/p/C9xQ2mLkT4a/"
m3 = "https://www.instagram.com/reel/C9zR7wPaHs1/"
m4 = "https://www.facebook.com/profile.php?id=61559012345678"
m5 = "https://www.instagram.com/quickloan_daegu_official/"
MS = [m1, m2, m3, m4, m5]

t1 = "https://www.tiktok.com/@night_market_777/video/7409123456789012345"
t2 = "https://www.tiktok.com/@night_market_777/video/7409123456789012399"
t3 = "https://www.tiktok.com/@ice_delivery_kr/video/7410234567890123456"
TS = [t1, t2, t3]

R1_SLUG = "서울_배송"
r1_raw = "https://www.reddit.com/r/koreadeals_ext/comments/1f9xk2q/" + R1_SLUG + "/"
r1 = "https://www.reddit.com/r/koreadeals_ext/comments/1f9xk2q/" + quote(R1_SLUG) + "/"
r2 = "https://www.reddit.com/user/seoul_plug_22/"
RS = [r1, r2]

d1 = "https://discord.gg/hN4kPq9"
d2 = "https://discord.com/channels/1270000000000000001/1270000000000000002/1281234567890123456"
DS = [d1, d2]

w1 = "https://www.twitch.tv/slotking_live_kr"

REQUESTS = [
    # ref, platform, sent, due, category, urls, note
    (X, "x", "2024-09-02", "2024-09-09", "illegal_gambling", XS, "largest request: gambling promotion posts and one account"),
    (YT, "youtube", "2024-09-03", "2024-09-10", "drug_trade", YS, ""),
    (META, "meta", "2024-09-04", "2024-09-11", "illegal_finance", MS, "Facebook and Instagram items"),
    (TT, "tiktok", "2024-09-05", "2024-09-12", "drug_trade", TS, ""),
    (RD, "reddit", "2024-09-06", "2024-09-13", "drug_trade", RS, "post slug stored percent-encoded"),
    (DC, "discord", "2024-09-09", "2024-09-16", "obscenity", DS, ""),
    (TW, "twitch", "2024-09-10", "2024-09-17", "illegal_gambling", [w1], "one item"),
]


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def request_text(ref, urls, quote_prefix=""):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission (KCSC) requests the removal",
        f"of, or the restriction of access in Korea to, the content listed below,",
        f"which was found to violate Korean law. Reference: {ref}.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please inform us of the measures taken for each item.", "",
              "KCSC Takedown Team"]
    return "\n".join((quote_prefix + l).rstrip() for l in lines)


def d(day, hh=9, mm=0, ss=0, tz="+0000"):
    import datetime
    wd = datetime.date(2024, 9, day).strftime("%a")
    return f"{wd}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{ss:02d} {tz}"


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def subj(ref, tail="Request for removal of illegal content"):
    return f"[{ref}] {tail}"


CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== X
case(
    name="x-withheld-kr-bullets",
    date=d(4, 7, 41), **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: " + subj(X), reply_to_req=mid(X),
    body=f"""Hello,

Thank you for your request (your reference {X}).

After reviewing the reported content against the laws of the Republic of
Korea, we have withheld access to the following posts in South Korea:

  • {x01}
  • {x02}
  • {x03}
  • {x04}

These posts remain viewable outside South Korea. We have notified the
affected account holders of this action unless we were prohibited from
doing so. You can read about country-withheld content here:
https://help.x.com/en/rules-and-policies/country-withheld-content-kr-0192

The remaining URLs of your request are still being processed.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request notification: content withheld in a country (help-centre wording)",
    why="four posts named in a bullet list under an unhedged 'withheld in South Korea'; the help link is no item",
    items={x01: "restricted", x02: "restricted", x03: "restricted", x04: "restricted"},
)

case(
    name="x-html-table-mixed",
    date=d(5, 2, 13), **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: " + subj(X), reply_to_req=mid(X), type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of the items in your request <b>{X}</b>. The outcome for each reported URL is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th><th>Notes</th></tr>
<tr><td>{x05}</td><td>Withheld in KR</td><td>Local law</td></tr>
<tr><td>{x06}</td><td>Removed</td><td>Violation of the X Rules (illegal and regulated behaviours)</td></tr>
<tr><td>{x07}</td><td>No action</td><td>We did not find this post to be in violation of the X Rules or local law</td></tr>
<tr><td>{x08}</td><td>Not found</td><td>The post does not exist</td></tr>
<tr><td>{x09}</td><td>Removed</td><td>Account suspended</td></tr>
<tr><td>{x10}</td><td>Withheld in KR</td><td>Local law</td></tr>
</table>
<p>For information on how we handle legal requests, see our <a href="https://help.x.com/en/rules-and-policies/legal-requests-faq-3381">Legal requests FAQ</a>.</p>
<p>Regards,<br>X Legal</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="X legal team outcome summary as an HTML table (withheld / removed / no action / not found)",
    why="one row per URL with its outcome: two withheld in KR, two removed, one no-violation refusal, one not found",
    items={x05: "restricted", x06: "removed", x07: "rejected", x08: "not_found", x09: "removed", x10: "restricted"},
)

case(
    name="x-top-posted-gmail-quote",
    date=d(4, 23, 5), **{"from": "dana.whitfield@x.com"}, name_from="Dana Whitfield",
    subject="Re: " + subj(X), reply_to_req=mid(X),
    body=f"""Hi KCSC team,

Quick update: {x05} and {x06} are now withheld in Korea.

The rest of your list is still with the team and we will come back to you
on those separately.

Best,
Dana
X Legal Operations

On Mon, Sep 2, 2024 at 6:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text(X, XS, "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="individual X legal staff reply top-posted over a Gmail-quoted request",
    why="two posts withheld in Korea above the quote; the twelve quoted URLs below 'On ... wrote:' are the regulator's own text",
    items={x05: "restricted", x06: "restricted", x01: "pending", x07: "pending", x12: "pending"},
)

csv_text = "\n".join([
    "reported_url,decision,scope,reason",
    f"{x01},Withheld,KR,Local law (Korea)",
    f"{x02},Withheld,KR,Local law (Korea)",
    f"{x03},Removed,Global,X Rules violation",
    f"{x04},No action,-,No violation of the X Rules or local law found",
    f"{x11},Removed,Global,X Rules violation",
    f"{x12},Account suspended,Global,X Rules violation",
]) + "\n"
case(
    name="x-csv-attachment",
    date=d(6, 4, 20), **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: " + subj(X), reply_to_req=mid(X),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_x_688_csv"

------=_x_688_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the reported URLs in your request
{X}. Each row gives our decision and its scope.

Regards,
X Legal

------=_x_688_csv
Content-Type: text/csv; charset=utf-8; name="{X}_outcome.csv"
Content-Disposition: attachment; filename="{X}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
------=_x_688_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal bulk-outcome reply with a per-URL CSV attachment",
    why="CSV rows: two withheld in KR, two removed, one 'No action' with a no-violation reason, the account suspended",
    items={x01: "restricted", x02: "restricted", x03: "removed", x04: "rejected", x11: "removed", x12: "removed"},
)

case(
    name="x-bare-url-status-below",
    date=d(6, 11, 2), **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: " + subj(X), reply_to_req=mid(X),
    body=f"""Hello,

Update on request {X}:

{x07}
Status: Withheld in: KR

{x08}
Status: Removed (violation of the X Rules)

{x12}
Status: Account suspended

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal terse per-URL status block (URL line, status on the line below)",
    why="each bare URL is followed by its status line: withheld in KR, removed, account suspended",
    items={x07: "restricted", x08: "removed", x12: "removed"},
)

qp_body = f"""Hello,

Further to your request {X}, we have reviewed the two posts from the account @sports_pick_seoul and removed <{x09}> and <{x10}> globally, as both violated our policy on illegal and regulated goods and services (unlicensed gambling promotion).

The account holder has been informed of this action and of the ways to appeal.

Regards,
X Legal
"""
case(
    name="x-qp-angle-brackets",
    date=d(7, 1, 30), **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: " + subj(X), reply_to_req=mid(X),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal prose reply, quoted-printable with URLs in angle brackets on one long soft-wrapped line",
    why="'removed <url> and <url> globally' after QP decoding",
    items={x09: "removed", x10: "removed"},
)

case(
    name="x-account-suspended-posts-named",
    date=d(5, 8, 47), **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: " + subj(X), reply_to_req=mid(X),
    body=f"""Hello,

Regarding your request {X}: the account @bada_casino_vip has been
permanently suspended for repeated violations of the X Rules.

As a result, the two posts you reported from this account,
{x03} and
{x04},
are no longer available on X.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice to a reporter, with the affected posts listed",
    why="both posts named and stated to be no longer available after the account suspension",
    items={x03: "removed", x04: "removed"},
)

case(
    name="x-bilingual-korean-particles",
    date=d(9, 3, 15), **{"from": "kr-legal@x.com"}, name_from="X Korea Legal",
    subject="Re: " + subj(X), reply_to_req=mid(X),
    body=f"""Dear KCSC,

Re: {X}

We reviewed two of the reported posts. The first has been withheld in the
Republic of Korea; the second has been removed for violating the X Rules.

(요약) {x02}은 국내 접속 차단(withheld in KR) 처리되었고, {x06}는 삭제되었습니다。

We will reply on the other posts separately.

Kind regards,
X Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea legal bilingual reply (English with a Korean summary line)",
    why="the Korean summary ties each URL to its status (접속 차단 withheld in KR; 삭제 removed); particles and full-width stop follow the URLs",
    items={x02: "restricted", x06: "removed"},
)

case(
    name="x-promise-will-withhold",
    date=d(3, 5, 55), **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: " + subj(X), reply_to_req=mid(X),
    body=f"""Hello,

Thank you for your patience regarding {X}.

Our team is reviewing the reported posts. We will withhold
{x11} in Korea once the review of the local-law
assessment is complete, and we expect to respond on the remaining posts by
the end of next week.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising future action",
    why="'will withhold ... once the review is complete' is a promise, not a statement; the named post stays pending",
    items={x11: "pending"},
)

case(
    name="x-bulk-all-withheld",
    date=d(10, 6, 0), **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: " + subj(X), reply_to_req=mid(X),
    body=f"""Hello,

We have withheld all of the reported content listed in your request
{X} in South Korea, in accordance with local law.

Affected account holders have been notified.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line closure for a whole request",
    why="'all of the reported content' for a twelve-item request without naming each item",
    items={u: "pending" for u in XS},
)

case(
    name="x-untrusted-twitter-domain",
    date=d(8, 14, 12), **{"from": "legal@twitter.com"}, name_from="Twitter Legal", auth="fail",
    subject="Re: " + subj(X), reply_to_req=mid(X),
    body=f"""Hello,

The following posts were removed on our side:

{x09}
{x10}

Regards,
Legal Team
""",
    outcome="review", review="untrusted",
    imitates="X legal removal confirmation sent from the legacy twitter.com domain, failing DMARC",
    why="twitter.com is X's sender domain but dkim/spf/dmarc fail: nothing applies",
    items={x09: "pending", x10: "pending"},
)

case(
    name="x-case-receipt",
    date=d(2, 10, 3), **{"from": "noreply@x.com"}, name_from="X Support",
    subject=f"Case# 0719334102: {subj(X)} [ref:_00Dx0Kr._5004T0719:ref]", reply_to_req=mid(X),
    body=f"""Hello,

Thank you for your report. We've received it and assigned it
case number 0719334102.

A member of our team will look at your report. Please keep the case number
for your records; there is no need to send your request again.

Please do not reply to this message: replies to this address are not
monitored.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X support ticket receipt with a case number",
    why="pure acknowledgement: receipt and case number, no statement about any item",
    items={},
)

# =================================================================== YouTube
case(
    name="yt-legal-blocked-and-removed",
    date=d(5, 9, 26), **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: " + subj(YT), reply_to_req=mid(YT),
    body=f"""Hello,

Thanks for reaching out to YouTube. We've reviewed your request
(reference {YT}).

After review, we've blocked the following content from view in South
Korea based on local law:
{y1}

We've also removed the following content from YouTube because it violated
our Community Guidelines:
{y2}

For more information about how YouTube handles legal removal requests,
please visit https://support.google.com/youtube/answer/0000688-legal.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (blocked in country / removed under Community Guidelines)",
    why="statement ending ':' with the URL on the line below, twice; the support link is no item",
    items={y1: "restricted", y2: "removed"},
)

case(
    name="yt-age-restricted-and-rejected",
    date=d(6, 7, 12), **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: " + subj(YT), reply_to_req=mid(YT),
    body=f"""Hello,

We've completed our review of two of the items in {YT}.

- {y3}: we've applied an age restriction to this Short. It can no longer be
  viewed by signed-out users or by users under 18.
- {y2}: we did not find that this video violates our Community Guidelines
  or local law, so we're not taking action on it at this time. The video
  remains available.

If you have additional information, such as a court order, you can submit
it through our legal webform.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply: age-restricted and declined-with-reason outcomes",
    why="bulleted items: age restriction (restricted) and an explicit no-violation refusal (rejected)",
    items={y3: "restricted", y2: "rejected"},
)

case(
    name="yt-channel-terminated",
    date=d(9, 12, 44), **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: " + subj(YT), reply_to_req=mid(YT),
    body=f"""Hello,

Following our review of request {YT}, the channel
{y4} has been terminated for severe or repeated
violations of our Community Guidelines. The channel and its videos are no
longer available on YouTube.

We will write to you separately about the other items.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination outcome",
    why="the requested channel is terminated and no longer available",
    items={y4: "removed"},
)

case(
    name="yt-not-found-uploader-deleted",
    date=d(10, 2, 8), **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: " + subj(YT), reply_to_req=mid(YT),
    body=f"""Hello,

Regarding {YT}:

We weren't able to find the video at {y2}. The video ID in this link
does not exist on YouTube.

The Short at {y3} was deleted by its uploader before our review, so there
was nothing left for us to act on.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply: invalid link / content already deleted by the uploader",
    why="'weren't able to find ... does not exist' and 'deleted by its uploader before our review' are both not_found",
    items={y2: "not_found", y3: "not_found"},
)

case(
    name="yt-top-posted-over-quote",
    date=d(4, 5, 31), **{"from": "minji.seo@google.com"}, name_from="Minji Seo",
    subject="Re: " + subj(YT), reply_to_req=mid(YT),
    body=f"""Hi there,

Quick update on {YT}: {y3} has been removed for violating our policy on
the sale of regulated goods.

{y1} remains under review; we'll follow up once we have a decision.

Thanks,
Minji
YouTube Trust & Safety, Seoul

On Tue, Sep 3, 2024 at 4:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text(YT, YS, "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube staff reply top-posted over the Gmail-quoted request",
    why="one Short removed; the other named video is 'under review' (pending); the quoted list changes nothing",
    items={y3: "removed", y1: "pending", y2: "pending", y4: "pending"},
)

case(
    name="yt-hedge-appears-private",
    date=d(4, 11, 9), **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: " + subj(YT), reply_to_req=mid(YT),
    body=f"""Hello,

Thanks for your request {YT}.

It appears that {y1} is no longer publicly
available; it may have been set to private by the uploader. We're checking
with the relevant team and will confirm the status of this and the other
reported items.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply with a hedged observation",
    why="'it appears ... may have been set to private' is a hedge and the status is still to be confirmed",
    items={y1: "pending"},
)

case(
    name="yt-wrong-platform-x-urls",
    date=d(3, 8, 18), **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    subject="Re: " + subj(X), reply_to_req=mid(X),
    body=f"""Hello,

We received your request {X}. The URLs listed below are not hosted on
YouTube or on any other Google service, so we are unable to take action on
them:

{x07}
{x08}

Please contact the service that hosts this content directly.

Regards,
Google Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="Google legal reply to a misaddressed request: 'not hosted on our service'",
    why="a YouTube/Google sender states outcomes for X's items; a clerk does not let Google decide X items",
    items={x07: "pending", x08: "pending"},
)

case(
    name="yt-out-of-office",
    date=d(3, 7, 2), **{"from": "jh.park@google.com"}, name_from="Jae-hyun Park",
    subject="Automatic reply: " + subj(YT), reply_to_req=mid(YT),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""Thank you for your email. I am out of the office until Monday
16 September with limited access to email.

For urgent legal removal requests concerning YouTube, please use the legal
webform or write to my colleague at legal-kr@google.com.

Best regards,
Jae-hyun Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Google employee out-of-office auto-reply",
    why="out-of-office auto-reply (Auto-Submitted: auto-replied)",
    items={},
)

# =================================================================== Meta
case(
    name="meta-dsa-statement-restricted",
    date=d(6, 13, 3), **{"from": "noreply@support.facebook.com"}, name_from="Meta",
    subject=f"Decision on your report {META}: content restricted",
    reply_to_req=mid(META),
    body=f"""Statement of reasons

Your report: {META}
Decision ID: 2024-KR-55810347

Content concerned:
{m2}

Decision: Access to this content has been restricted in: South Korea.
The content remains available in other countries.

Grounds for the decision: the content was assessed as illegal under the
local law of the Republic of Korea. It was not found to violate the
Instagram Community Guidelines.

Was automation used? The decision was made by a human reviewer.

Redress: the person who posted the content can appeal this decision. You
can find information about redress options, including out-of-court dispute
settlement, at https://www.facebook.com/help/1688000000000001.

Meta Platforms Ireland Limited
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA Article 17-style statement of reasons (geo-restriction on local-law grounds)",
    why="the named Instagram post is restricted in South Korea; the redress link is a help page, no item",
    items={m2: "restricted"},
)

case(
    name="meta-numbered-list-mixed",
    date=d(9, 1, 22), **{"from": "govt-requests@meta.com"}, name_from="Meta Government Requests",
    subject="Re: " + subj(META), reply_to_req=mid(META),
    body=f"""Hello,

We have reviewed the five items in your request {META}. The outcome for
each is below.

1. {m1}
   Removed: violates our Community Standards on fraud and scams.
2. {m2}
   Restricted in South Korea based on local law.
3. {m3}
   No violation found. The reel remains on Instagram.
4. {m4}
   We could not locate this profile. The link does not lead to an
   existing account.
5. {m5}
   Account disabled for violating the Instagram Terms of Use.

Kind regards,
Meta Government Requests Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request outcome letter with a numbered list",
    why="each numbered URL has its own outcome on the indented line below",
    items={m1: "removed", m2: "restricted", m3: "rejected", m4: "not_found", m5: "removed"},
)

meta_html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#f0f2f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1c1e21">
<p>Hi,</p>
<p>Thanks for your report (reference {META}).</p>
<p>We removed the Facebook profile <a href="{m4}">{m4}</a> because it goes against our Community Standards on fraud and deception.</p>
<p>We'll update you on the other items in your report separately.</p>
<p style="color:#65676b;font-size:12px">This message was sent to takedown@kcsc.example. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p>
</td></tr></table>
</body></html>
"""
case(
    name="meta-base64-html-profile-removed",
    date=d(7, 22, 40), **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    subject=f"We removed a profile you reported ({META})", reply_to_req=mid(META),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(meta_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook 'we removed what you reported' notification, HTML body in base64",
    why="one named profile removed; the others are promised a separate update",
    items={m4: "removed"},
)

case(
    name="meta-outlook-original-message",
    date=d(10, 8, 5), **{"from": "r.okafor@meta.com"}, name_from="Rachel Okafor",
    subject="RE: " + subj(META), reply_to_req=mid(META),
    body=f"""Hello,

Regarding the two Instagram items from your request:

{m3} has been removed.
{m5} is now restricted in Korea.

Kind regards,
Rachel Okafor
Government Requests | Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 3:20 PM
To: Government Requests <govt-requests@meta.com>
Subject: {subj(META)}

{request_text(META, MS)}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta staff reply from Outlook above '-----Original Message-----'",
    why="two named statuses above the Outlook separator; the unquoted original request below it changes nothing",
    items={m3: "removed", m5: "restricted", m1: "pending", m2: "pending", m4: "pending"},
)

wrap_a, wrap_b = m1.split("posts/")
case(
    name="meta-hard-wrapped-url",
    date=d(11, 4, 50), **{"from": "govt-requests@meta.com"}, name_from="Meta Government Requests",
    subject="Re: " + subj(META), reply_to_req=mid(META),
    body=f"""Hello,

Following our review for {META}, we have removed the following
Facebook group post because it violated our Community Standards on fraud
and scams: {wrap_a}
posts/{wrap_b}

Kind regards,
Meta Government Requests Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request reply whose long line was hard-wrapped inside the URL by the sending client",
    why="the group post URL is broken after '/' onto the next line; a clerk reads one URL, removed",
    items={m1: "removed"},
)

case(
    name="meta-bulk-all-removed",
    date=d(12, 9, 9), **{"from": "govt-requests@meta.com"}, name_from="Meta Government Requests",
    subject="Re: " + subj(META), reply_to_req=mid(META),
    body=f"""Hello,

Thank you for your report {META}. All of the content you reported has been
removed from Facebook and Instagram.

Kind regards,
Meta Government Requests Team
""",
    outcome="review", review="bulk",
    imitates="Meta one-sentence closure of a whole report",
    why="'all of the content you reported' for a five-item request, no item named",
    items={u: "pending" for u in MS},
)

case(
    name="meta-no-claims-use-form",
    date=d(5, 17, 30), **{"from": "records@meta.com"}, name_from="Meta Law Enforcement Response",
    subject="Your email to Meta",
    body="""Hi,

Thanks for writing to this address. This mailbox handles law enforcement
requests for account records only.

Government agencies that want content restricted for violating local law
should use our dedicated online form at
https://www.facebook.com/help/contact/0000000000688. Requests sent by email
to this address are not processed.

Thanks,
Law Enforcement Response Team
Meta
""",
    outcome="review", review="no_claims",
    imitates="Meta LERT redirect reply: 'use the government content-restriction form'",
    why="trusted Meta mail naming no item and no request; not an auto-reply or a receipt, so a person should see it",
    items={},
)

dsn_orig = request_text(META, MS)
case(
    name="meta-dsn-bounce",
    date=d(4, 6, 21), **{"from": "MAILER-DAEMON@mx-out.meta.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.688.meta"
Auto-Submitted: auto-replied

--dsn.688.meta
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx-out.meta.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<govt-request@meta.com>: host mx-in.meta.com[203.0.113.25] said: 550 5.1.1
    <govt-request@meta.com>: Recipient address rejected: User unknown

--dsn.688.meta
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out.meta.com
Arrival-Date: {d(4, 6, 20)}

Final-Recipient: rfc822; govt-request@meta.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <govt-request@meta.com>: Recipient address rejected: User unknown

--dsn.688.meta
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: govt-request@meta.com
Subject: {subj(META)}
Date: {d(4, 6, 20)}
Message-ID: <{mid(META)}-resend@kcsc.example>
Content-Type: text/plain; charset=utf-8

{dsn_orig}

--dsn.688.meta--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) with the original request attached",
    why="a bounce; the URLs are in the returned copy of our own request",
    items={},
)

# =================================================================== TikTok
case(
    name="tiktok-local-law-restricted",
    date=d(7, 3, 3), **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: " + subj(TT), reply_to_req=mid(TT),
    body=f"""Dear KCSC,

Thank you for your request {TT}.

We have restricted the following videos in South Korea in accordance with
local law:
- {t1}
- {t2}

We reviewed {t3} and did not find a violation of our Community Guidelines
or of local law. The video remains available on TikTok.

Sincerely,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government request response: restricted in country / no violation",
    why="two listed videos restricted in South Korea; the third declined with a reason (rejected)",
    items={t1: "restricted", t2: "restricted", t3: "rejected"},
)

case(
    name="tiktok-url-below-statement",
    date=d(9, 5, 17), **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: " + subj(TT), reply_to_req=mid(TT),
    body=f"""Hello,

Update on {TT}.

The following video has been removed for violating our Community
Guidelines on regulated goods:
{t3}

The following video could not be found on TikTok. It may have been deleted
by the creator before our review:
{t1}

Best regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok outcome notice with the URL on the line below its statement",
    why="removed and 'could not be found'; the hedge only concerns why it is gone, the not-found statement itself is plain",
    items={t3: "removed", t1: "not_found"},
)

case(
    name="tiktok-dsa-html-table",
    date=d(12, 2, 40), **{"from": "dsa-notices@tiktok.com"}, name_from="TikTok",
    subject=f"Outcome of your notice {TT}", reply_to_req=mid(TT), type="html",
    body=f"""<html><body>
<p>Dear reporter,</p>
<p>We have reviewed the content in your notice <b>{TT}</b> and made the following decisions.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>Reported content</th><th>Decision</th><th>Territorial scope</th><th>Basis</th></tr></thead>
<tbody>
<tr><td><a href="{t1}">{t1}</a></td><td>Removed</td><td>Global</td><td>Community Guidelines</td></tr>
<tr><td><a href="{t2}">{t2}</a></td><td>Restricted</td><td>Republic of Korea</td><td>Local law</td></tr>
<tr><td><a href="{t3}">{t3}</a></td><td>Content not found</td><td>-</td><td>-</td></tr>
</tbody></table>
<p>If you disagree with a decision, you can appeal in the TikTok app or through <a href="https://www.tiktok.com/legal/report/appeal-0688">our appeal form</a>.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA notice-and-action decision email with a per-content table",
    why="removed globally, restricted in Korea, content not found; the appeal link is no item",
    items={t1: "removed", t2: "restricted", t3: "not_found"},
)

case(
    name="tiktok-untrusted-dmarc-fail",
    date=d(8, 19, 1), **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal", auth="fail",
    subject="Re: " + subj(TT), reply_to_req=mid(TT),
    body=f"""Dear KCSC,

We confirm that the following videos have been removed:

{t1}
{t2}
{t3}

Sincerely,
TikTok Legal Team
""",
    outcome="review", review="untrusted",
    imitates="TikTok removal confirmation arriving with failed DKIM/SPF/DMARC",
    why="the platform's domain fails authentication: statements are not applied",
    items={t1: "pending", t2: "pending", t3: "pending"},
)

case(
    name="tiktok-conditional-restriction",
    date=d(6, 10, 10), **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: " + subj(TT), reply_to_req=mid(TT),
    body=f"""Dear KCSC,

Thank you for your request {TT}. Our local-law team is assessing the
reported videos. If the review confirms that {t1} and
{t2} violate Korean law, access to them will be restricted in
South Korea.

We aim to complete the review within five business days.

Sincerely,
TikTok Legal Team
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim reply with a conditional future restriction",
    why="'if the review confirms ... will be restricted' is a condition and a promise; both stay pending",
    items={t1: "pending", t2: "pending"},
)

case(
    name="tiktok-read-receipt",
    date=d(5, 4, 4), **{"from": "soyeon.kim@tiktok.com"}, name_from="Soyeon Kim",
    subject="Read: " + subj(TT),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_688_tt"

--mdn_688_tt
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@tiktok.com
  Subject: {subj(TT)}
  Sent: {d(5, 1, 0)}

was read on {d(5, 4, 3)}.

--mdn_688_tt
Content-Type: message/disposition-notification

Reporting-UA: soyeon.kim@tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@tiktok.com
Original-Message-ID: <{mid(TT)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_688_tt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification)",
    why="an MDN says only that our message was read",
    items={},
)

# =================================================================== Reddit
case(
    name="reddit-safety-removed-user-suspended",
    date=d(9, 18, 45), **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: " + subj(RD), reply_to_req=mid(RD),
    body=f"""Hi,

Thanks for your report ({RD}). Reddit's Safety team reviewed both items:

* The post at {r1_raw} has been removed by Reddit admins for violating our
  Content Policy on illegal transactions.
* The account at {r2} has been permanently suspended; its profile page is no
  longer accessible.

-Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin/legal reply: post removed by admins, account permanently suspended",
    why="the raw Korean slug matches the percent-encoded request URL; post removed, suspended profile no longer accessible",
    items={r1: "removed", r2: "removed"},
)

case(
    name="reddit-deleted-by-author-and-rejected",
    date=d(11, 0, 25), **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: " + subj(RD), reply_to_req=mid(RD),
    body=f"""Hi,

We've looked into the two items in {RD}.

{r1} had already been deleted by its author before we reviewed it, so there
was nothing for us to action.

{r2} - we reviewed this profile and did not find a violation of the Reddit
Content Policy. We won't be taking action on the account at this time.

-Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply: already deleted by author / no policy violation",
    why="author-deleted post is not_found; the profile stays up for want of a violation (rejected)",
    items={r1: "not_found", r2: "rejected"},
)

case(
    name="reddit-asks-for-legal-basis",
    date=d(7, 16, 30), **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: " + subj(RD), reply_to_req=mid(RD),
    body=f"""Hi,

Thanks for reaching out about {RD}.

Before we can evaluate this request under local law, please send us:

1. the specific provision of Korean law that the content is alleged to
   violate, and
2. a copy of the decision or order of the Commission concerning these
   URLs, with an English translation if available.

Once we receive this we'll complete our review.

-Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis and order before acting",
    why="the platform asks for documents; no item status is stated",
    items={},
)

case(
    name="reddit-ticket-receipt-echo",
    date=d(6, 9, 2), **{"from": "support@reddithelp.reddit.com"}, name_from="Reddit Help",
    subject=f"[Reddit Help] Re: {subj(RD)} (#8841207)", reply_to_req=mid(RD),
    body=f"""##- Please type your reply above this line -##

Your request (#8841207) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 6, 2024, 01:12 UTC

Dear Sir or Madam, the KCSC requests the removal of the content listed
below ({RD}):
1. {r1}
2. {r2}

This email is a service from Reddit Help.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt echoing the submitted report",
    why="pure receipt; the URLs are only in the echo of our own report",
    items={},
)

# =================================================================== Discord
case(
    name="discord-ts-server-and-message-removed",
    date=d(11, 20, 14), **{"from": "legal@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: " + subj(DC), reply_to_req=mid(DC),
    body=f"""Hello,

Thank you for your report {DC}. Our Trust & Safety team has reviewed it and
taken action:

- The server reached through the invite {d1} has been removed from Discord;
  the invite no longer works.
- The message at
  {d2}
  has been deleted.

You can learn more about how we enforce our policies at
https://discord.com/safety/0688-enforcement.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report-outcome reply (server removed, message deleted)",
    why="both items named with unhedged removals; the safety page is no item",
    items={d1: "removed", d2: "removed"},
)

case(
    name="discord-invite-invalid-message-ok",
    date=d(12, 15, 0), **{"from": "legal@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: " + subj(DC), reply_to_req=mid(DC),
    body=f"""Hello,

About {DC}:

The invite link {d1} is invalid or has expired, so we couldn't identify a
server from it.

We reviewed the message at {d2} and found that it does not violate
Discord's Community Guidelines, so we are not taking action on it.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S reply: invalid invite / no guideline violation",
    why="invalid invite link is not_found; the message stays up for want of a violation (rejected)",
    items={d1: "not_found", d2: "rejected"},
)

case(
    name="discord-unknown-sender-lookalike",
    date=d(10, 11, 11), **{"from": "trust-safety@discord-safety-help.com"}, name_from="Discord Safety Center",
    subject="Re: " + subj(DC), reply_to_req=mid(DC),
    body=f"""Hello,

We confirm that the server behind {d1} and the message
{d2} have been deleted.

Discord Safety Center
""",
    outcome="review", review="unknown_sender",
    imitates="removal confirmation from a look-alike domain that is not Discord's",
    why="sender domain belongs to no platform; it names our request and URLs",
    items={d1: "pending", d2: "pending"},
)

case(
    name="discord-ticket-receipt",
    date=d(9, 6, 3), **{"from": "noreply@discord.com"}, name_from="Discord",
    subject=f"Your request has been received: {subj(DC)}", reply_to_req=mid(DC),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi there,

Thanks for contacting Discord. Your ticket number is 31022087. A member of
our team will get back to you as soon as possible.

This is an automated message; please don't reply to it.

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord support automated ticket receipt",
    why="automated receipt with a ticket number and nothing about any item",
    items={},
)

# =================================================================== Twitch
case(
    name="twitch-actioned-sole-item",
    date=d(12, 21, 33), **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    subject=f"We've actioned on your report ({TW})", reply_to_req=mid(TW),
    body=f"""Hi KCSC,

Thanks for your report {TW}. Following review, the channel you reported has
been suspended indefinitely for violating our Community Guidelines and is
no longer viewable on Twitch.

Thanks for helping keep Twitch safe.

Twitch Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch 'We've actioned on your report' email",
    why="one-item request: the unnamed 'channel you reported' statement can only be that item",
    items={w1: "removed"},
)

case(
    name="twitch-out-of-office",
    date=d(10, 2, 2), **{"from": "m.ortega@twitch.tv"}, name_from="Marisol Ortega",
    subject="Out of Office: " + subj(TW), reply_to_req=mid(TW),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hello,

I'm currently out of the office with no access to email and will return
on 18 September. Your message will not be forwarded.

For legal matters please contact legal@twitch.tv.

Marisol
""",
    outcome="ignored", classification="auto_reply",
    imitates="Twitch employee out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

HEADER = """# Blind set 688: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch). Generated by make.py; do not edit.
# Expected results written from each email's meaning before any run."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind688", HEADER, CASES)
    print(len(CASES), "cases")
