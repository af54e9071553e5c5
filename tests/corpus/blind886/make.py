#!/usr/bin/env python3
"""Blind set 886: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch; Snapchat only as a misdirected reply).

    python3 tests/corpus/blind886/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of each email alone, before the
reader was run on this set.
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind886"

# ---------------------------------------------------------------- requests
X1 = "https://x.com/lucky_slots_kr/status/1830417265533092871"
X2 = "https://x.com/lucky_slots_kr/status/1830419901277364225"
X3 = "https://x.com/bet_mate_77/status/1830522048816504932"
X4 = "https://x.com/bet_mate_77/status/1830533719410851903"
X5 = "https://x.com/bet_mate_77"
X6 = "https://x.com/toto_hub_asia/status/1830601173348225056"
X7 = "https://x.com/toto_hub_asia/status/1830615530920804388"
X8 = "https://x.com/casino_night_9/status/1830702214459154947"
X9 = "https://x.com/casino_night_9/status/1830710082667655169"
X10 = "https://x.com/slotking_daily/status/1830822590013223120"
X11 = "https://x.com/slotking_daily/status/1830829947715633487"
X12 = "https://x.com/jackpot_rooms/status/1830911316540612644"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm7tR2xLp0a"
Y2 = "https://www.youtube.com/watch?v=bH3kW9nVe1c"
Y3 = "https://www.youtube.com/watch?v=Zt5yU8oPq4d"
Y4 = "https://www.youtube.com/@pillshop_direct"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/cheapmeds.kr/posts/8812340019"
M2 = "https://www.facebook.com/profile.php?id=100089001122"
M3 = "https://www.instagram.com/p/C9xQ2mLrT5k/"
M4 = "https://www.instagram.com/rx_delivery_seoul/"
M5 = "https://www.instagram.com/reel/C8vN1pKsW3e/"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@pharma.quick/video/7410022334455667788"
T2 = "https://www.tiktok.com/@pharma.quick/video/7410022334455667799"
T3 = "https://www.tiktok.com/@night.pills.kr"
TS = [T1, T2, T3]

R1_RAW = "https://www.reddit.com/r/KoreaDeals/comments/1fcz8qa/주민번호_판매/"
R1 = "https://www.reddit.com/r/KoreaDeals/comments/1fcz8qa/" + urllib.parse.quote("주민번호_판매") + "/"
R2 = "https://www.reddit.com/user/idcard_vendor_kr/"
RS = [R1, R2]

D1 = "https://discord.gg/fakeIDkr9"

W1 = "https://www.twitch.tv/videos/2245678901"
W2 = "https://www.twitch.tv/slotstream_kr"
WS = [W1, W2]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00", XS,
     "illegal_gambling", "online casino and sports betting promotion"),
    ("KCSC-240905-02", "youtube", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00", YS,
     "drugs", "unlicensed sale of prescription medicine"),
    ("KCSC-240906-03", "meta", "2024-09-06T09:45:00+09:00", "2024-09-13T18:00:00+09:00", MS,
     "drugs", "medicine sales on Facebook and Instagram"),
    ("KCSC-240909-04", "tiktok", "2024-09-09T11:05:00+09:00", "2024-09-16T18:00:00+09:00", TS,
     "drugs", "pill delivery advertising"),
    ("KCSC-240910-05", "reddit", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00", RS,
     "personal_data", "trade in resident registration numbers"),
    ("KCSC-240911-06", "discord", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", [D1],
     "forgery", "server selling forged ID cards"),
    ("KCSC-240912-07", "twitch", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00", WS,
     "illegal_gambling", "live slot streams with betting links"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted(urls, ref, when, prefix="> "):
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under reference {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken on each item.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ------------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ===== X =====================================================================

case(
    name="x-legal-withheld-kr-bullets",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 02:14:09 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your report. We have reviewed the posts referenced in your
request KCSC-240903-01 under applicable Korean law and the X Rules.

In response to your request, we have withheld the following posts in South
Korea:

  * {X1}
  * {X2}
  * {X6}

We could not locate the following post. The link does not resolve to any
post on X:

  * {X12}

The remaining posts in your request are still with our team, and we will
write to you separately about them.

Withheld content remains accessible outside the country in which it has been
withheld. To learn more, see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email to the requester (country withheld content, CWC)",
    why="three posts withheld in Korea, one not locatable; the rest explicitly still open",
    items={X1: "restricted", X2: "restricted", X6: "restricted", X12: "not_found"},
)

case(
    name="x-statement-then-url-below",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 07:40:51 +0000",
    subject="Case update: KCSC-240903-01",
    body=f"""
Hi,

Following our review of your report (KCSC-240903-01), we have taken the
actions described below.

The account below has been withheld in South Korea in response to your legal
demand:
{X5}

The following posts were found to violate the X Rules on illegal or certain
regulated goods and services and have been removed from X:
{X3}
{X4}

This notice does not cover the other posts in your request.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email, statement line followed by bare URLs",
    why="account withheld in Korea; two posts removed globally for breaking the X Rules",
    items={X5: "restricted", X3: "removed", X4: "removed"},
)

case(
    name="x-no-violation-refusal",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 03:02:33 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

We reviewed the posts listed below and did not find them to be in violation
of the X Rules. We were also unable to conclude from the information you
provided that the content is unlawful in South Korea. We have therefore
declined to take action on:

{X7}
{X8}

This decision concludes our review of these two posts for this request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request refusal (no violation, insufficient legal basis)",
    why="an explicit refusal with its reason for two named posts",
    items={X7: "rejected", X8: "rejected"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "dana.whitfield@x.com"}, name_from="Dana Whitfield",
    date="Tue, 17 Sep 2024 09:26:40 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hi KCSC team,

Quick update on two of the posts. {X9} has been removed for
violating our illegal goods and services policy.

{X10} does not violate the X Rules and we did not find it
unlawful under the provision you cited, so it stays up.

Best,
Dana
Global Government Affairs, X

On Tue, 3 Sep 2024 at 10:12, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(XS, "KCSC-240903-01", "")}
""",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staff reply top-posted over a Gmail-quoted request",
    why="one post removed, one refused; the quoted request below names all twelve but says nothing",
    items={X9: "removed", X10: "rejected"},
)

X_HTML = f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>Below is the status of the posts we have processed so far for request
<b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Notes</th></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>Withheld in: KR</td><td>Local law</td></tr>
<tr><td><a href="{X12}">{X12}</a></td><td>No action possible</td><td>Post deleted by the account holder before our review</td></tr>
<tr><td><a href="{X1}">{X1}</a></td><td>Withheld in: KR</td><td>Local law</td></tr>
</table>
<p>See our <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">legal request FAQs</a> for more information.</p>
<p>X Legal</p>
</body></html>"""

case(
    name="x-html-table-actions",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 01:55:12 +0000",
    subject="Your legal request KCSC-240903-01: processing status",
    type="html", body=X_HTML,
    outcome="applied", classification="confirmation",
    imitates="X legal-request status table (HTML)",
    why="two posts withheld in KR; one already deleted by its author (not_found)",
    items={X11: "restricted", X12: "not_found", X1: "restricted"},
)

X_CSV = "\n".join([
    "reported_url,action,reason",
    f"{X1},Withheld (KR),Local law - Korea",
    f"{X2},Withheld (KR),Local law - Korea",
    f"{X3},Removed,Violation of X Rules (illegal goods and services)",
    f"{X4},Removed,Violation of X Rules (illegal goods and services)",
    f"{X6},No action,No violation found",
    f"{X7},Not found,Post does not exist",
]) + "\n"

case(
    name="x-csv-attachment-results",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 19 Sep 2024 04:11:00 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_x_886_csv"

--=_x_886_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review for the posts in request
KCSC-240903-01 that we have completed so far. One row per reported URL.

X Legal

--=_x_886_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--=_x_886_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request results spreadsheet sent as a CSV attachment",
    why="six rows: two withheld in KR, two removed, one no violation, one not found",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "removed",
           X6: "rejected", X7: "not_found"},
)

X_DSA = f"""Hello,

We have reviewed the content you reported to us through our illegal content reporting channel and are writing to let you know the outcome.

Reported content: {X9}
Reference: KCSC-240903-01

Decision: after review, we have restricted access to this post in the country specified in your report (South Korea), because it was found to be unlawful under the local law you cited. The post has not been removed globally, since it does not violate the X Rules.

This decision was made by a human reviewer. Under applicable law you may have access to redress mechanisms, including out-of-court dispute settlement.

X Safety
"""

case(
    name="x-notifier-decision-qp",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Thu, 19 Sep 2024 13:47:29 +0000",
    subject="Update on your report of illegal content",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(X_DSA)}
""",
    outcome="applied", classification="confirmation",
    imitates="X notice-and-action outcome email to a notifier (DSA Art. 16 style), quoted-printable",
    why="one named post restricted in South Korea, explicitly not removed globally",
    items={X9: "restricted"},
)

case(
    name="x-statement-of-reasons-fields",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Fri, 20 Sep 2024 06:30:05 +0000",
    subject="Statement of reasons for a moderation decision (ref. KCSC-240903-01)",
    body=f"""
Statement of reasons

Decision ID:            sor-5d1f0e22-8a1c-4c9b-9f0b-27c44a9a0e11
Content:                {X11}
Type of restriction:    Removal of content
Territorial scope:      Worldwide
Date of decision:       2024-09-20
Facts and circumstances: Post reported by a government authority (KCSC,
                        Republic of Korea) as promoting unlicensed gambling.
Ground:                 Incompatible with the X Rules (illegal or certain
                        regulated goods or services)
Automated detection:    No
Automated decision:     No
Redress:                Internal complaint handling, out-of-court dispute
                        settlement, judicial redress

A copy of this statement is kept in our records.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement of reasons (field layout as in the DSA Transparency Database)",
    why="the named post was removed worldwide",
    items={X11: "removed"},
)

case(
    name="x-outlook-angle-brackets",
    **{"from": "legalops@x.com"}, name_from="Min-jun Seo",
    date="Fri, 20 Sep 2024 08:03:44 +0000",
    subject="RE: [KCSC-240903-01] Request to remove illegal gambling content",
    body=f"""
Hello,

Both posts by the account toto_hub_asia that you listed have been removed,
and the account itself has been suspended for repeated violations:
<{X6}>
<{X7}>

Kind regards,
Min-jun Seo
Legal Operations | X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:12 AM
To: legal@x.com
Subject: [KCSC-240903-01] Request to remove illegal gambling content

{quoted(XS, "KCSC-240903-01", "", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-operations staff reply from Outlook, URLs in angle brackets over an -----Original Message----- block",
    why="two named posts removed; the unquoted Outlook original below is our own request",
    items={X6: "removed", X7: "removed"},
)

# ===== YouTube ===============================================================

case(
    name="yt-legal-blocked-kr-and-removed",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 10:20:00 +0000",
    subject="Re: [KCSC-240905-02] Legal removal request - YouTube",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
Hello,

Thanks for reaching out to us.

After review, we've blocked the following content from view on YouTube in
South Korea as a result of your legal request:

- Video: {Y1}
- Video: {Y2}

In addition, the following video has been removed from YouTube globally
because it violates our Community Guidelines:

- Video: {Y3}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (content blocked locally / removed under Community Guidelines)",
    why="two videos blocked in Korea, one removed globally",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-channel-terminated-ticket",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 05:12:45 +0000",
    subject="[6-7702004153921] Your YouTube legal request",
    body=f"""
Hi there,

Thanks for your patience. We've received and reviewed your legal request
(your reference KCSC-240905-02, our ticket 6-7702004153921).

The channel {Y4} has been terminated for violating YouTube's
Terms of Service. Its videos are no longer available on YouTube.

We're still reviewing the other URLs in your request and will follow up.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube ticket reply: channel terminated",
    why="acknowledgement wording plus an unhedged statement: the channel is terminated (removed)",
    items={Y4: "removed"},
)

case(
    name="yt-label-lines-age-restricted-no-action",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 11:30:18 +0000",
    subject="Re: [KCSC-240905-02] Legal removal request - YouTube",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
Hello,

We have completed our review of two of the videos in your request.

Video: {Y2}
Action: Age-restricted. The video is no longer visible to signed-out viewers
or to users under 18.

Video: {Y1}
Action: No action taken. We did not find that this video violates our
policies or the local law cited in your request.

If you have further information about the second video, you can submit a
new request through our legal webform.

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team reply with Video:/Action: label lines",
    why="one video age-restricted (restricted), one refused (rejected)",
    items={Y2: "restricted", Y1: "rejected"},
)

case(
    name="yt-bilingual-korean-particles",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률지원팀",
    date="Wed, 18 Sep 2024 02:45:00 +0000",
    subject="[KCSC-240905-02] 처리 결과 안내 / Outcome of your request",
    body=f"""
Hello,

We reviewed your request KCSC-240905-02.

- {Y3}: removed from YouTube (Community Guidelines violation).
- {Y1}: access blocked in South Korea (local law).

[국문 안내]
{Y3}는 커뮤니티 가이드 위반으로 삭제되었습니다。
{Y1}의 경우 대한민국 내 접속이 차단되었습니다。

YouTube 법률지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal team bilingual outcome notice",
    why="one video removed, one blocked in Korea; Korean lines repeat the same with particles glued to the URLs",
    items={Y3: "removed", Y1: "restricted"},
)

# ===== Meta ==================================================================

case(
    name="meta-notifier-decision-per-item",
    **{"from": "noreply@support.facebook.com"}, name_from="Meta",
    date="Fri, 13 Sep 2024 15:02:11 +0000",
    subject="Decision on your report (KCSC-240906-03)",
    body=f"""
Hi,

We've reviewed the content you reported to us as illegal. Here is what we
decided.

Content: {M1}
Outcome: We removed this content because it goes against our Community
Standards on restricted goods and services.

Content: {M3}
Outcome: We restricted access to this content in South Korea, because it
violates local law. It remains visible elsewhere.

You can see the status of your reports in your Support Inbox.

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta notice-and-action decision to a notifier (removed / restricted in country)",
    why="Facebook post removed; Instagram post restricted in Korea",
    items={M1: "removed", M3: "restricted"},
)

case(
    name="ig-account-disabled-reel-stays",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date="Sat, 14 Sep 2024 09:13:27 +0000",
    subject="We've reviewed your report",
    reply_to_req=mid("KCSC-240906-03"),
    body=f"""
Hi,

Thanks for your report. We've disabled the account rx_delivery_seoul
({M4}) because it goes against our Community Guidelines on
the sale of drugs.

We also reviewed the reel at {M5} and didn't take it down.
It doesn't go against our Community Guidelines, and we didn't find it to be
unlawful under the law you cited.

Thanks for helping keep Instagram safe.
The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome (account disabled; content didn't go against our guidelines)",
    why="account disabled (removed); reel kept up with a reason (rejected)",
    items={M4: "removed", M5: "rejected"},
)

META_HTML = f"""<!DOCTYPE html><html><body>
<p>Hello,</p>
<p>Thank you for contacting Meta regarding request KCSC-240906-03. Our review
of the following items is complete:</p>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<thead><tr><th>Content</th><th>Result</th></tr></thead>
<tbody>
<tr><td>{M1}</td><td>Removed</td></tr>
<tr><td>{M2}</td><td>Content not found &ndash; the profile was deleted by its owner before our review</td></tr>
</tbody></table>
<p>Learn more about how we handle government requests in the
<a href="https://transparency.meta.com/reports/content-restrictions/">Transparency Center</a>.</p>
<p>Regards,<br>Meta Law Enforcement &amp; Government Response</p>
</body></html>"""

case(
    name="meta-html-base64-table",
    **{"from": "records@meta.com"}, name_from="Meta Government Response",
    date="Mon, 16 Sep 2024 18:40:02 +0000",
    subject="Re: KCSC-240906-03",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(META_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-response outcome table in a base64 HTML body",
    why="post removed; profile already deleted by its owner (not_found)",
    items={M1: "removed", M2: "not_found"},
)

case(
    name="meta-numbered-list-mixed",
    **{"from": "legal-ops@meta.com"}, name_from="Meta Legal Operations",
    date="Wed, 18 Sep 2024 07:05:59 +0000",
    subject="Re: [KCSC-240906-03] Removal request - Facebook / Instagram",
    reply_to_req=mid("KCSC-240906-03"),
    body=f"""
Dear KCSC,

Please see below the outcome for each item in your request.

1. {M1} - removed
2. {M2} - we could not find this
   profile; the link does not lead to an active account
3. {M3} - access restricted in South Korea (local law)
4. {M4} - account disabled
5. {M5} - no action: not in violation of our
   Community Guidelines or of the cited law

Best regards,
Meta Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Meta legal-operations reply with a numbered per-item list",
    why="all five items named with five different statuses",
    items={M1: "removed", M2: "not_found", M3: "restricted", M4: "removed", M5: "rejected"},
)

# ===== TikTok ================================================================

case(
    name="tiktok-report-outcome-echoed",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Fri, 13 Sep 2024 08:31:40 +0000",
    subject="Update on your report",
    body=f"""
Hi,

Thanks for helping keep TikTok safe. Here are the results of your reports.

Your report
  Video: {T1}
  Reason: Illegal activities and regulated goods
  Result: We found that this video violated our Community Guidelines and
  removed it.

Your report
  Video: {T2}
  Reason: Illegal activities and regulated goods
  Result: We didn't find a violation of our Community Guidelines, so the
  video remains up.

You can check the status of your reports in the Safety Center.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report result email echoing each report",
    why="first video removed, second kept with a reason (rejected)",
    items={T1: "removed", T2: "rejected"},
)

case(
    name="tiktok-account-banned-video-gone",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 02:02:02 +0000",
    subject="Re: [KCSC-240909-04] Removal request",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
Hello,

The account @night.pills.kr ({T3}) has been permanently
banned for repeated violations of our policies on regulated goods.

We couldn't find the video {T1}. It may have been
deleted by its creator before our review.

Best regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply: account banned, video not found",
    why="account banned (removed); video not found (the hedge is only about why)",
    items={T3: "removed", T1: "not_found"},
)

TT_HTML = f"""<html><body>
<p>Hello,</p>
<p>In response to your legal request (KCSC-240909-04), we have restricted the
following video in South Korea because it violates local law:</p>
<ul><li><a href="{T2}">{T2}</a></li></ul>
<p>The video remains available in other regions, as it does not violate our
<a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a>.</p>
<p>TikTok Legal</p>
</body></html>"""

case(
    name="tiktok-legal-restricted-kr-html",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Tue, 17 Sep 2024 04:50:10 +0000",
    subject="Outcome of your legal request KCSC-240909-04",
    type="html", body=TT_HTML,
    outcome="applied", classification="confirmation",
    imitates="TikTok legal outcome: content restricted in country (HTML)",
    why="one video restricted in South Korea",
    items={T2: "restricted"},
)

# ===== Reddit ================================================================

case(
    name="reddit-removed-raw-korean-path",
    **{"from": "legal-noreply@reddit.com"}, name_from="Reddit Legal",
    date="Sat, 14 Sep 2024 00:15:00 +0000",
    subject="Re: [KCSC-240910-05] Removal request",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""
Hi,

Thanks for your report regarding the following content:
{R1_RAW}

After investigating, we removed the post for violating Reddit's Content
Policy on personal and confidential information. We have also permanently
suspended the account that posted it, u/idcard_vendor_kr
({R2}).

-Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin/safety report outcome (post removed, account suspended)",
    why="post removed (raw Korean path matches the encoded request URL); account suspended",
    items={R1: "removed", R2: "removed"},
)

case(
    name="reddit-geoblock-angle-brackets",
    **{"from": "legal-noreply@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 17 Sep 2024 19:22:31 +0000",
    subject="Reddit: outcome of legal request KCSC-240910-05",
    body=f"""
Hello,

We have restricted access to the post <{R1}> in South Korea
in accordance with the local law you cited.

We did not find that the account <{R2}> violates our Content
Policy, and we have not actioned it.

Regards,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal request outcome (geo-restricted / not actioned)",
    why="post restricted in Korea; account refused",
    items={R1: "restricted", R2: "rejected"},
)

# ===== Discord ===============================================================

case(
    name="discord-server-removed",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 21:33:00 +0000",
    subject="[Discord] Re: KCSC-240911-06",
    body=f"""
Hi there,

Thanks for reaching out. We've investigated the server linked by the invite
{D1} and it has been removed from Discord for violating our
Community Guidelines.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply (server removed)",
    why="the one requested invite's server removed",
    items={D1: "removed"},
)

case(
    name="discord-actioned-one-item-request",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 17:04:49 +0000",
    subject="Re: [KCSC-240911-06] Server selling forged ID cards",
    reply_to_req=mid("KCSC-240911-06"),
    body="""
Hello,

Thanks for your report. We've reviewed it and have actioned the reported
content under our Terms of Service and Community Guidelines.

For privacy reasons, we can't share specifics about the actions taken
against individual users.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'we've actioned your report' reply",
    why="a statement without a URL answering a request of one item: it applies ('actioned' = removed)",
    items={D1: "removed"},
)

# ===== Twitch ================================================================

case(
    name="twitch-vod-removed-channel-suspended",
    **{"from": "safety-noreply@twitch.tv"}, name_from="Twitch Safety",
    date="Tue, 17 Sep 2024 22:10:00 +0000",
    subject="Re: [KCSC-240912-07] Gambling streams",
    reply_to_req=mid("KCSC-240912-07"),
    body=f"""
Hello,

Thank you for your report. Our Safety Operations team has reviewed both
items:

VOD {W1} - removed
Channel {W2} - indefinitely suspended; the channel and
its content are no longer accessible on Twitch

Twitch Safety Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Safety Operations enforcement reply",
    why="VOD removed; channel indefinitely suspended and inaccessible (removed)",
    items={W1: "removed", W2: "removed"},
)

case(
    name="twitch-gmail-quote-no-violation",
    **{"from": "law@twitch.tv"}, name_from="Twitch Legal",
    date="Wed, 18 Sep 2024 16:44:12 +0000",
    subject="Re: [KCSC-240912-07] Gambling streams",
    reply_to_req=mid("KCSC-240912-07"),
    body=f"""
Hi,

We looked at {W2} and found no violation of our Community
Guidelines; we have taken no enforcement action on the channel. We are still
looking at the VOD and will get back to you on it.

Twitch Legal

On Thu, Sep 12, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(WS, "KCSC-240912-07", "")}
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal staff reply top-posted over a Gmail-quoted request",
    why="channel refused; the VOD is explicitly still open; the quote says nothing",
    items={W2: "rejected", W1: "pending"},
)

# ===== review ================================================================

case(
    name="x-promise-will-withhold",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 06:00:00 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request KCSC-240903-01. Our team has completed an initial
assessment, and the posts below will be withheld in South Korea once the
review by our legal team is finished. We expect to finalise this within five
business days.

- {X1}
- {X2}

We will confirm by email when the action has been taken.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising country withholding",
    why="a promise ('will be withheld'), not a statement: the items stay pending",
    items={X1: "pending", X2: "pending"},
)

case(
    name="yt-under-review-hedge",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 12:12:12 +0000",
    subject="Re: [KCSC-240905-02] Legal removal request - YouTube",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
Hello,

Your request is currently under review. Our initial assessment is that the
video {Y3} appears to violate our policies and may be
removed. We'll send you our final decision once the review is complete.

The YouTube Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim 'under review' reply",
    why="hedged and under review: no statement about the video",
    items={Y3: "pending"},
)

case(
    name="x-bulk-all-removed",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 21 Sep 2024 03:33:03 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
Hello,

We have removed all of the content reported in your request KCSC-240903-01
for violating the X Rules.

Thank you for helping us keep X safe.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal closing reply with a blanket outcome",
    why="a statement about all twelve items without naming any: bulk",
    items={u: "pending" for u in XS},
)

case(
    name="meta-bulk-took-action",
    **{"from": "noreply@support.facebook.com"}, name_from="Meta",
    date="Thu, 19 Sep 2024 10:10:10 +0000",
    subject="Update on your report KCSC-240906-03",
    body="""
Hi,

We've taken action on the 5 pieces of content in your report KCSC-240906-03.
They have been removed from Facebook and Instagram because they go against
our Community Standards.

Meta
""",
    outcome="review", review="bulk",
    imitates="Meta report update with a count instead of the items",
    why="'the 5 pieces of content' removed without naming them: bulk",
    items={u: "pending" for u in MS},
)

case(
    name="tiktok-spoofed-auth-fail",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    auth="fail",
    date="Mon, 16 Sep 2024 09:09:09 +0000",
    subject="Re: [KCSC-240909-04] Removal request",
    body=f"""
Hello,

The following videos have been removed:

{T1}
{T2}

TikTok Legal
""",
    outcome="review", review="untrusted",
    imitates="TikTok legal outcome, but failing DKIM/SPF/DMARC",
    why="a tiktok.com sender failing authentication: nothing applied",
    items={T1: "pending", T2: "pending"},
)

case(
    name="lawfirm-says-video-removed",
    **{"from": "hjchoi@kimpartners-law.example"}, name_from="Choi Hye-jin (Kim & Partners)",
    date="Tue, 17 Sep 2024 01:20:00 +0000",
    subject="KCSC-240905-02 - notice on behalf of the channel owner",
    body=f"""
Dear Sir or Madam,

We act for the owner of the YouTube channel concerned in your request
KCSC-240905-02. Our client has removed the video at
{Y1} and asks that the request be closed.

Yours faithfully,
Choi Hye-jin
Kim & Partners
""",
    outcome="review", review="unknown_sender",
    imitates="uploader's law firm writing to the regulator",
    why="not the platform's domain: unknown sender, nothing applied",
    items={Y1: "pending"},
)

case(
    name="outsourced-vendor-for-tiktok",
    **{"from": "ops@tns-outsource.example"}, name_from="TikTok Content Operations",
    date="Wed, 18 Sep 2024 03:03:03 +0000",
    subject="Re: [KCSC-240909-04] Removal request",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
Hello,

On behalf of TikTok, we confirm that the account {T3} has
been banned.

Content Operations Team
""",
    outcome="review", review="unknown_sender",
    imitates="moderation contractor replying for a platform from its own domain",
    why="claims to act for TikTok but writes from a foreign domain",
    items={T3: "pending"},
)

case(
    name="snap-tiktok-links-not-ours",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
    date="Tue, 10 Sep 2024 18:00:00 +0000",
    subject="Re: [KCSC-240909-04] Removal request",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
Hello,

Thank you for contacting Snap Inc. We have no record of the content in your
request. The links below are TikTok URLs and do not exist on Snapchat:

{T1}
{T2}
{T3}

Please direct this request to TikTok.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Snap law-enforcement operations reply to a misdirected request",
    why="Snapchat speaking about TikTok items ('do not exist on Snapchat'): wrong platform",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="twitch-actioned-no-details",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Thu, 19 Sep 2024 14:00:00 +0000",
    subject="We've actioned on your report",
    body="""
Hi,

We're reaching out to let you know that your safety report was reviewed by
our staff. They determined that a violation of our Terms of Service or
Community Guidelines occurred and appropriate enforcement action has been
taken.

Thank you for helping keep Twitch safe.

Twitch Safety
""",
    outcome="review", review="no_claims",
    imitates="Twitch 'We've actioned on your report' reporter notification",
    why="trusted Twitch mail naming no item and no request of ours",
    items={},
)

case(
    name="meta-asks-court-order",
    **{"from": "legal-ops@meta.com"}, name_from="Meta Legal Operations",
    date="Mon, 16 Sep 2024 06:06:06 +0000",
    subject="Re: [KCSC-240906-03] Removal request - Facebook / Instagram",
    reply_to_req=mid("KCSC-240906-03"),
    body=f"""
Dear KCSC,

To process your request regarding the following items, please provide a copy
of the order or decision on which it is based, and the specific legal
provision the content is alleged to violate:

{M2}
{M4}

We are unable to proceed with these items until we receive this information.

Meta Legal Operations
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Meta request for the legal basis before acting",
    why="asks for documents; states nothing about the items",
    items={M2: "pending", M4: "pending"},
)

case(
    name="discord-appears-deleted",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 23:40:00 +0000",
    subject="[Discord] Re: KCSC-240911-06",
    body=f"""
Hi there,

It looks like the server behind {D1} may already have
been deleted, but we're checking with the team and will confirm.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord agent's interim reply",
    why="hedged ('looks like', 'may') and unconfirmed: no statement",
    items={D1: "pending"},
)

case(
    name="x-conflicting-summary-and-detail",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 23 Sep 2024 02:02:02 +0000",
    subject="Case update: KCSC-240903-01",
    body=f"""
Hello,

Summary: the post {X6} has been withheld in South Korea.

Details
Post: {X6}
Outcome: No violation found. No action taken.

X Legal
""",
    outcome="review", review="conflicting_statements",
    imitates="X case-update template whose summary and detail disagree",
    why="withheld in the summary, no action in the detail: conflicting",
    items={X6: "pending"},
)

# ===== ignored ===============================================================

case(
    name="x-out-of-office",
    **{"from": "hlee@x.com"}, name_from="Hyejin Lee",
    date="Tue, 03 Sep 2024 01:13:00 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request to remove illegal gambling content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=mid("KCSC-240903-01"),
    body="""
I am out of the office until 23 September with limited access to email.
For legal requests, please use the legal request portal; the team monitors
it daily.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="auto-reply",
    items={},
)

META_DSN_TEXT = """This is the mail system at host mx2.meta.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@meta.com>: host mailstore.meta.com said: 550 5.1.1
    <legal-kr@meta.com>: Recipient address rejected: User unknown
"""

case(
    name="meta-dsn-bounce",
    **{"from": "MAILER-DAEMON@meta.com"}, name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 00:46:02 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-886-meta"

--dsn-886-meta
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{META_DSN_TEXT}
--dsn-886-meta
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.meta.com
Arrival-Date: Fri,  6 Sep 2024 00:46:01 +0000

Final-Recipient: rfc822; legal-kr@meta.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@meta.com>: Recipient address rejected: User unknown

--dsn-886-meta
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@meta.com
Subject: [KCSC-240906-03] Removal request - Facebook / Instagram
Message-ID: <{mid("KCSC-240906-03")}@kcsc.example>
Date: Fri, 6 Sep 2024 09:45:00 +0900
Content-Type: text/plain; charset=utf-8

{quoted(MS, "KCSC-240906-03", "", prefix="")}

--dsn-886-meta--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the returned request",
    why="bounce; the URLs are only in our returned request",
    items={},
)

case(
    name="tiktok-read-receipt",
    **{"from": "sjung@tiktok.com"}, name_from="Soo-ah Jung",
    date="Mon, 09 Sep 2024 03:20:00 +0000",
    subject="Read: [KCSC-240909-04] Removal request",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-886-tt"

--mdn-886-tt
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@tiktok.com
  Subject: [KCSC-240909-04] Removal request
  Sent: Monday, September 9, 2024 11:05 AM (UTC+09:00) Seoul

was read on Monday, September 9, 2024 12:20 PM (UTC+09:00) Seoul.

--mdn-886-tt
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;sjung@tiktok.com
Original-Message-ID: <{mid("KCSC-240909-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-886-tt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="yt-legal-receipt-echo",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 05:31:00 +0000",
    subject="[4-2214000039112] We received your legal request",
    body=f"""
Hello,

Thanks for contacting Google. We have received your legal request
concerning YouTube. Your ticket number is 4-2214000039112. We will review
your request and respond as soon as possible.

Here is a copy of your submission:

  Your reference: KCSC-240905-02
  URLs:
    {Y1}
    {Y2}
    {Y3}
    {Y4}
  Country: South Korea

Sincerely,
The Google Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform receipt echoing the submission",
    why="pure receipt; the URLs are only an echo of our submission",
    items={},
)

case(
    name="reddit-auto-ack",
    **{"from": "noreply@reddit.com"}, name_from="Reddit",
    date="Tue, 10 Sep 2024 07:21:00 +0000",
    subject="Re: [KCSC-240910-05] Removal request",
    reply_to_req=mid("KCSC-240910-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi there,

Thanks for reaching out. This is an automated message to let you know that
we've received your request (KCSC-240910-05). A member of our team will
review it and follow up if needed.

Reddit Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit automated receipt",
    why="acknowledgement only",
    items={},
)

case(
    name="discord-zendesk-receipt",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Wed, 11 Sep 2024 01:01:30 +0000",
    subject="[Request received] KCSC-240911-06 Server selling forged ID cards",
    body="""
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' receipt",
    why="ticket receipt only",
    items={},
)

case(
    name="twitch-unmonitored-autoreply",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Thu, 12 Sep 2024 02:00:05 +0000",
    subject="Re: [KCSC-240912-07] Gambling streams",
    extra_headers=["Auto-Submitted: auto-generated"],
    reply_to_req=mid("KCSC-240912-07"),
    body="""
This mailbox is not monitored. Replies to this address are not read.

To report content or a user, please use the reporting tools on Twitch. For
legal matters, visit https://www.twitch.tv/p/legal/.
""",
    outcome="ignored", classification="auto_reply",
    imitates="no-reply mailbox auto-response",
    why="auto-reply from an unmonitored mailbox",
    items={},
)

HEADER = """# Blind set 886 (English notices from many platforms). Written by
# tests/corpus/blind886/make.py; expected results written from each email's
# meaning alone, before the reader was run on this set."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
