#!/usr/bin/env python3
"""Blind set 598: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind598/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own words; the expected results were
written from each email's meaning before the reader was ever run on them.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind598"

# ---------------------------------------------------------------- requests
X1 = "https://x.com/lucky7_slotkr/status/1831002200110044161"
X2 = "https://x.com/lucky7_slotkr/status/1831004478820077570"
X3 = "https://x.com/bet_moonriver/status/1830877310455001234"
X4 = "https://x.com/bet_moonriver/status/1830881129004417536"
X5 = "https://x.com/toto_hanbit/status/1830712245861990400"
X6 = "https://x.com/toto_hanbit/status/1830719988123456789"
X7 = "https://x.com/spin_palace_kr/status/1830655001122334455"
X8 = "https://x.com/casino_pearl88"
X9 = "https://x.com/sportspick_kr1/status/1830500123987654321"
X10 = "https://x.com/sportspick_kr1/status/1830502299887766554"
X11 = "https://x.com/jackpotline_02/status/1830444455566677788"
X12 = "https://twitter.com/jackpotline_02/status/1830446677889900112"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm3vT8kLp2A"
Y2 = "https://www.youtube.com/watch?v=Zr9bN4eWx1c"
Y3 = "https://www.youtube.com/shorts/Hk2pL7dQe5s"
Y4 = "https://www.youtube.com/@gossiptruth_tv"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/1182233445566/posts/2299887766554433/"
M2 = "https://www.facebook.com/profile.php?id=100089912345678"
M3 = "https://www.instagram.com/p/C_kR7zQvT3m/"
M4 = "https://www.instagram.com/ice_delivery_seoul/"
M5 = "https://www.instagram.com/reel/C_mX2bLpQ9w/"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@quickloan.kr/video/7410022334455667788"
T2 = "https://www.tiktok.com/@quickloan.kr/video/7410033445566778899"
T3 = "https://www.tiktok.com/@idcard_maker99"
TS = [T1, T2, T3]

# R1 is stored percent-encoded; emails write it raw (R1_RAW).
R1 = ("https://www.reddit.com/r/koreabets/comments/1f6xq9z/"
      "%EB%B0%94%EB%A1%9C%EA%B0%80%EA%B8%B0_%EC%BD%94%EB%93%9C/")
R1_RAW = "https://www.reddit.com/r/koreabets/comments/1f6xq9z/바로가기_코드/"
R2 = "https://www.reddit.com/user/pearl_agent_kr/"
RS = [R1, R2]

D1 = "https://discord.gg/k8SlotVip"
D2 = "https://discord.com/channels/1102233344455566677/1102233344455566690"
DS = [D1, D2]

W1 = "https://www.twitch.tv/hanriver_casino_live"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", XS,
     "illegal_gambling", "req-240903-01@kcsc.example",
     'Batch of gambling promoters, incl. "VIP" invite posts'),
    ("KCSC-240905-02", "youtube", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", YS,
     "defamation", "req-240905-02@kcsc.example", "Gossip channel, two videos and one short"),
    ("KCSC-240906-03", "meta", "2024-09-06T09:15:00+09:00", "2024-09-13T18:00:00+09:00", MS,
     "drug_trade", "req-240906-03@kcsc.example", "Facebook and Instagram, drug delivery ads"),
    ("KCSC-240909-04", "tiktok", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", TS,
     "fraud", "req-240909-04@kcsc.example", "Illegal loans; forged ID cards"),
    ("KCSC-240910-05", "reddit", "2024-09-10T10:40:00+09:00", "2024-09-17T18:00:00+09:00", RS,
     "illegal_gambling", "req-240910-05@kcsc.example", "Korean-path post URL, percent-encoded"),
    ("KCSC-240911-06", "discord", "2024-09-11T13:20:00+09:00", "2024-09-18T18:00:00+09:00", DS,
     "illegal_gambling", "req-240911-06@kcsc.example", "Invite link, and a channel link"),
    ("KCSC-240911-07", "twitch", "2024-09-11T16:05:00+09:00", "2024-09-18T18:00:00+09:00", [W1],
     "illegal_gambling", "req-240911-07@kcsc.example", "Live casino streams"),
]
REQ = {r[0]: r for r in REQUESTS}
PLATFORM_NAME = {"x": "X", "youtube": "YouTube", "meta": "Meta", "tiktok": "TikTok",
                 "reddit": "Reddit", "discord": "Discord", "twitch": "Twitch"}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def request_text(ref):
    _, plat, _, _, urls, _, _, _ = REQ[ref]
    lines = [f"Dear {PLATFORM_NAME[plat]} team,", "",
             "The Korea Communications Standards Commission requests the removal of",
             f"the following content under reference {ref}:", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this email stating the action taken on each item.", "",
              "KCSC Takedown Desk"]
    return lines


def gmail_quote(ref, when):
    out = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    out += [("> " + l) if l else ">" for l in request_text(ref)]
    return "\n".join(out)


def outlook_quote(ref, when, to):
    _, plat, _, _, _, _, _, _ = REQ[ref]
    out = ["-----Original Message-----",
           "From: KCSC Takedown <takedown@kcsc.example>",
           f"Sent: {when}",
           f"To: {to}",
           f"Subject: {ref} Removal request", ""]
    out += request_text(ref)
    return "\n".join(out)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def alt_qp(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{qp(text)}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{qp(html)}\n"
            f"--{boundary}--\n")


HEADER = """# Blind set 598 (English notices from many platforms): one [[case]] per email.
# Generated by make.py; expected results written from each email's meaning,
# before any run of the reader. Each case is ingested alone into a fresh ledger
# holding requests.csv."""

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(name="x-legal-numbered-mixed", from_="legal@x.com", name_from="X Legal",
     date="Fri, 13 Sep 2024 02:14:09 +0000",
     subject="Re: KCSC-240903-01 Removal request", reply_to_req="req-240903-01",
     body=f"""Hello,

Thank you for your report. We have reviewed the content you reported under
reference KCSC-240903-01 against the X Rules and applicable local law. Our
findings so far:

1. {X1}
   Withheld in South Korea in response to your legal demand.
2. {X2}
   Withheld in South Korea in response to your legal demand.
3. {X3}
   Removed for violating our policy on illegal or certain regulated goods
   and services.
4. {X5}
   We were unable to locate this post. It does not exist or was already
   deleted.
5. {X7}
   After careful review we found no violation of the X Rules or of Korean
   law in this post, so it remains available.

We are still reviewing the other URLs in your request and will follow up
separately.

For more information about how we handle legal requests, please see
https://help.x.com/en/rules-and-policies/x-legal-faqs

Regards,
X Legal

{gmail_quote("KCSC-240903-01", "Tue, 3 Sep 2024 at 10:00")}
""",
     outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email, numbered list with a decision under each URL, top-posted over Gmail quote",
     why="five URLs each with its own decision: two withheld in KR, one removed, one not found, one no violation; quoted request below 'On ... wrote:' is not a statement",
     items={X1: "restricted", X2: "restricted", X3: "removed", X5: "not_found", X7: "rejected"})

case(name="x-cwc-withheld-angle-brackets", from_="legal-notices@x.com", name_from="X Legal Operations",
     date="Fri, 13 Sep 2024 07:41:55 +0000",
     subject="Your legal request KCSC-240903-01: content withheld",
     body=f"""Hello KCSC,

We are writing regarding your request KCSC-240903-01.

In accordance with our Country Withheld Content policy, we have withheld
access in South Korea to the following posts:

<{X4}>
<{X6}>

These posts remain visible to people outside South Korea. The account
holders have been notified. A copy of your request may be sent to Lumen
(https://lumendatabase.org/) for publication.

X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X Country Withheld Content notice sent to the requester",
     why="heading sentence 'withheld access in South Korea to the following posts' covers both URLs in angle brackets; Lumen link is not an item",
     items={X4: "restricted", X6: "restricted"})

case(name="x-account-suspended", from_="safety-noreply@x.com", name_from="X Trust & Safety",
     date="Sat, 14 Sep 2024 01:03:12 +0000",
     subject="Re: KCSC-240903-01", reply_to_req="req-240903-01",
     body=f"""Hi,

Re: KCSC-240903-01

The account @casino_pearl88 ({X8}) has been permanently suspended for
violating the X Rules on the promotion of illegal gambling. The profile is no
longer visible on X.

We have not yet completed our review of the other URLs in this request.

Best,
Lina
X Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="X account suspension outcome from a Trust & Safety agent",
     why="account URL in parentheses, permanently suspended and no longer visible = removed; the rest explicitly still under review",
     items={X8: "removed"})

X_TABLE_TEXT = f"""Hello,

Please find below the outcome of our review of request KCSC-240903-01.

{X9}  Removed (global)
{X10}  Withheld in South Korea
{X11}  No action: no violation found
{X12}  Not found: content unavailable

X Legal
"""
X_TABLE_HTML = f"""<html><body>
<p>Hello,</p>
<p>Please find below the outcome of our review of request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>
<tr><td><a href="{X9}">{X9}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>No action &ndash; no violation found</td><td>&ndash;</td></tr>
<tr><td><a href="{X12}">{X12}</a></td><td>Not found &ndash; content unavailable</td><td>&ndash;</td></tr>
</table>
<p>X Legal</p>
</body></html>
"""
case(name="x-html-table-qp", from_="legal@x.com", name_from="X Legal",
     date="Mon, 16 Sep 2024 04:22:30 +0000",
     subject="KCSC-240903-01 - decisions", reply_to_req="req-240903-01",
     raw_mime=alt_qp(X_TABLE_TEXT, X_TABLE_HTML, "b598-xtable"),
     outcome="applied", classification="confirmation",
     imitates="X legal decisions table (multipart/alternative, quoted-printable HTML table)",
     why="one row per URL: removed, withheld in KR, no violation, not found; twitter.com host is the requested URL",
     items={X9: "removed", X10: "restricted", X11: "rejected", X12: "not_found"})

case(name="x-bare-url-status-below", from_="legal@x.com", name_from="X Legal",
     date="Tue, 17 Sep 2024 09:10:00 +0000",
     subject="KCSC-240903-01 - status update",
     body=f"""KCSC-240903-01 - status update

{X1}
Status: Withheld (KR)

{X5}
Status: Removed - violation of the X Rules

URLs not listed above are still being reviewed.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="terse agent status update, bare URL with its status on the line below",
     why="each bare URL followed by its own 'Status:' line; unlisted URLs explicitly still under review",
     items={X1: "restricted", X5: "removed"})

case(name="x-gmail-top-post-one-done", from_="m.okafor@x.com", name_from="Maya Okafor",
     date="Wed, 18 Sep 2024 03:55:41 +0000",
     subject="Re: KCSC-240903-01 Removal request", reply_to_req="req-240903-01",
     body=f"""Hi team,

Quick update: {X10} has been removed.

The remaining reports are still being processed; I'll come back to you as
soon as I have the results.

Thanks,
Maya
Legal Policy, X Corp.

{gmail_quote("KCSC-240903-01", "Tue, Sep 3, 2024 at 10:00 AM")}
""",
     outcome="applied", classification="confirmation",
     imitates="individual X legal staffer top-posting over the Gmail-quoted request",
     why="one URL removed in the reply; the twelve quoted URLs below 'On ... wrote:' stay pending",
     items={X10: "removed"})

X_QP_TEXT = f"""Hello,

Following our review of your request KCSC-240903-01, here are the results for the posts by @jackpotline_02 – we handled each one separately:

This post has been removed from X for violating our gambling rules: {X11}

This post has been withheld in South Korea only, on your legal demand: {X12} (it remains visible elsewhere).

Kind regards,
X Legal – Global Legal Policy
"""
case(name="x-qp-soft-broken-urls", from_="legal@x.com", name_from="X Legal",
     date="Wed, 18 Sep 2024 11:31:07 +0000",
     subject="Results: KCSC-240903-01",
     raw_mime=("Content-Type: text/plain; charset=utf-8\n"
               "Content-Transfer-Encoding: quoted-printable\n\n" + qp(X_QP_TEXT)),
     outcome="applied", classification="confirmation",
     imitates="X legal reply sent quoted-printable, long lines soft-broken inside the URLs",
     why="after QP decoding each sentence names one URL: removed, and withheld in KR",
     items={X11: "removed", X12: "restricted"})

case(name="x-outlook-original-message", from_="j.reyes@x.com", name_from="Jonah Reyes",
     date="Thu, 19 Sep 2024 00:12:45 +0000",
     subject="RE: KCSC-240903-01 Removal request", reply_to_req="req-240903-01",
     body=f"""Hello,

The two posts from @bet_moonriver that you listed,
{X3} and
{X4},
were both removed for violating our illegal goods and services policy.

Best regards,
Jonah Reyes
Legal Operations | X

{outlook_quote("KCSC-240903-01", "Tuesday, September 3, 2024 10:00 AM", "legal@x.com")}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply from an X legal staffer over '-----Original Message-----'",
     why="both URLs named in one sentence 'were both removed'; the quoted original below is not a statement",
     items={X3: "removed", X4: "removed"})

case(name="yt-legal-outcome-sections", from_="legal-support@youtube.com", name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 05:20:18 +0000",
     subject="[5-8840000012934] Re: KCSC-240905-02 Legal removal request", reply_to_req="req-240905-02",
     body=f"""Hello,

Thanks for reaching out to us.

In response to your legal complaint referenced KCSC-240905-02, we have
removed the following content from YouTube:

- {Y1}

After review, the following content has been blocked from view in South
Korea based on local law. It remains available in other countries:

- {Y2}

We were unable to find the following content. The URL does not lead to any
existing video on YouTube:

- {Y3}

Regards,
The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal removal outcome email with removed / locally blocked / not found sections",
     why="three headed sections, one URL each: removed, blocked in South Korea, not found",
     items={Y1: "removed", Y2: "restricted", Y3: "not_found"})

case(name="yt-age-restricted-terminated", from_="legal-support@youtube.com", name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 08:02:51 +0000",
     subject="[5-8840000012934] KCSC-240905-02 remaining items",
     body=f"""Hi there,

We have reviewed the remaining items from your request KCSC-240905-02.

{Y3} - we have placed an age restriction on this video. It can no longer be
viewed by signed-out users or by viewers under 18.

{Y4} - this channel has been terminated for repeated violations of our
harassment policy.

Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167

Sincerely,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube outcome: age restriction and channel termination",
     why="age-restricted = restricted; channel terminated = removed; support.google.com help link is not an item",
     items={Y3: "restricted", Y4: "removed"})

case(name="yt-no-violation-refusal", from_="noreply-legal@google.com", name_from="Google Legal",
     date="Mon, 16 Sep 2024 06:44:00 +0000",
     subject="Your request KCSC-240905-02", reply_to_req="req-240905-02",
     body=f"""Hello,

We have reviewed the video identified in your notice (KCSC-240905-02):

{Y2}

Based on our review, we did not find that this content violates YouTube's
Community Guidelines, and the information provided was not sufficient for
us to conclude that it is unlawful under Korean law. We are therefore not
taking action on it, and the video remains available.

If you obtain a court order concerning this content, you are welcome to
submit it through our legal removals form.

The Google Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal refusal with its reason",
     why="refusal with reason (no guideline violation, unlawfulness not shown), video remains available = rejected; invitation to resubmit a court order is not a request for information about this one",
     items={Y2: "rejected"})

YT_B64_TEXT = f"""Hello,

Regarding your request KCSC-240905-02, we have completed our review of two
of the reported URLs.

{Y1}
This video has been removed for violating our harassment and cyberbullying
policy.

{Y4}
We reviewed this channel and did not find violations of our Community
Guidelines. The channel remains available.

Best regards,
YouTube Trust & Safety
"""
case(name="yt-base64-body", from_="no-reply@youtube.com", name_from="YouTube",
     date="Tue, 17 Sep 2024 02:30:33 +0000",
     subject="Update on KCSC-240905-02",
     raw_mime=("Content-Type: text/plain; charset=utf-8\n"
               "Content-Transfer-Encoding: base64\n\n" + b64(YT_B64_TEXT)),
     outcome="applied", classification="confirmation",
     imitates="YouTube Trust & Safety update sent as a base64 text body",
     why="URL line with its decision below: removed; channel reviewed, no violation, remains available = rejected",
     items={Y1: "removed", Y4: "rejected"})

case(name="meta-dsa-statement-of-reasons", from_="noreply@meta.com", name_from="Meta",
     date="Fri, 13 Sep 2024 10:05:00 +0000",
     subject="Decision on content you reported - KCSC-240906-03",
     body=f"""Statement of reasons

We have made decisions on content you reported.

Reference: KCSC-240906-03
Decision ID: 7712093384455

Content: {M3}
Decision: Removed
Territorial scope: Worldwide
Ground: Incompatible with our terms (Community Guidelines - restricted goods
and services)
Automated decision: No

Content: {M5}
Decision: Access restricted
Territorial scope: Republic of Korea
Ground: Illegal content under local law
Automated decision: No

Information about these decisions, without personal data, is submitted to
the DSA Transparency Database (https://transparency.dsa.ec.europa.eu/).
You can learn more about how we review reports at
https://transparency.meta.com/enforcement/taking-action/

Meta
""",
     outcome="applied", classification="confirmation",
     imitates="Meta DSA statement of reasons (content / decision / territorial scope blocks)",
     why="two blocks: removed worldwide, access restricted in Korea; transparency links are not items",
     items={M3: "removed", M5: "restricted"})

META_CSV = f"""report_id,content_url,action_taken,region
R-5501,{M1},Content removed,Global
R-5502,{M2},Account disabled,Global
R-5503,{M4},Restricted,KR
R-5504,{M5},No violation - no action,
"""
case(name="meta-csv-attachment", from_="lert-noreply@fb.com", name_from="Meta Law Enforcement Response",
     date="Sat, 14 Sep 2024 03:40:12 +0000",
     subject="Re: KCSC-240906-03 Removal request", reply_to_req="req-240906-03",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b598-metacsv"

--b598-metacsv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached are the results for the items in your request KCSC-240906-03.

Kind regards,
Meta Law Enforcement Response Team

--b598-metacsv
Content-Type: text/csv; charset=utf-8; name="KCSC-240906-03_results.csv"
Content-Disposition: attachment; filename="KCSC-240906-03_results.csv"
Content-Transfer-Encoding: base64

{b64(META_CSV)}
--b598-metacsv--
""",
     outcome="applied", classification="confirmation",
     imitates="Meta results spreadsheet attached as CSV (base64)",
     why="CSV rows: removed, account disabled, restricted in KR, no violation",
     items={M1: "removed", M2: "removed", M4: "restricted", M5: "rejected"})

case(name="meta-local-law-prose", from_="records@meta.com", name_from="Meta Records",
     date="Mon, 16 Sep 2024 07:27:19 +0000",
     subject="KCSC-240906-03",
     body=f"""Hello,

After reviewing your report KCSC-240906-03, we restricted access in South
Korea to the Facebook post at {M1} because it violates local law.

We could not find the Instagram account {M4}. It is no longer on
Instagram, possibly because its owner deleted it.

Thanks,
Meta Government Requests Team
""",
     outcome="applied", classification="confirmation",
     imitates="Meta government-request reply in prose (local-law restriction, account not found)",
     why="restricted in KR; 'could not find' / 'no longer on Instagram' is a definite not_found, only the reason is hedged",
     items={M1: "restricted", M4: "not_found"})

case(name="meta-echoed-report", from_="notification@facebookmail.com", name_from="Facebook",
     date="Tue, 17 Sep 2024 12:16:44 +0000",
     subject="Update on your reports (KCSC-240906-03)",
     body=f"""Hi KCSC,

Thanks for your reports. Here is what we decided.

Your report
Content: {M3}
Reported for: Drugs
Our decision: We removed this content because it goes against our
Community Standards on restricted goods.

Your report
Content: {M2}
Reported for: Drugs
Our decision: We didn't remove this profile because it doesn't go against
our Community Standards.

You can see your reports in your Support Inbox:
https://www.facebook.com/support/

The Facebook team
""",
     outcome="applied", classification="confirmation",
     imitates="Facebook Support Inbox outcome that echoes each report",
     why="each echoed report has its own decision: removed; not removed because no violation = rejected; support inbox link is not an item",
     items={M3: "removed", M2: "rejected"})

case(name="meta-bulleted-dashes", from_="records@meta.com", name_from="Meta Records",
     date="Wed, 18 Sep 2024 05:58:03 +0000",
     subject="RE: KCSC-240906-03 follow-up", reply_to_req="req-240906-03",
     body=f"""Hello,

Update on two of the items from KCSC-240906-03:

- {M5} - removed
- {M2} - reviewed; no violation found, the profile remains available

Best,
Meta Records
""",
     outcome="applied", classification="confirmation",
     imitates="short bulleted agent reply with URL - status",
     why="one bullet per URL: removed; no violation, remains available",
     items={M5: "removed", M2: "rejected"})

case(name="tiktok-report-results", from_="legal@tiktok.com", name_from="TikTok Legal",
     date="Fri, 13 Sep 2024 09:09:09 +0000",
     subject="Re: KCSC-240909-04", reply_to_req="req-240909-04",
     body=f"""Hello,

Thank you for your report (KCSC-240909-04). Here is the result of our
review:

Video: {T1}
Result: Removed. The video violated our Community Guidelines on frauds and
scams.

Video: {T2}
Result: No violation. We reviewed this video and found that it does not
violate our Community Guidelines or local law.

Account: {T3}
Result: Banned. The account was permanently banned.

TikTok Law Enforcement Outreach
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok report result email (Video / Result blocks)",
     why="removed; no violation = rejected; account banned = removed",
     items={T1: "removed", T2: "rejected", T3: "removed"})

TT_QP_TEXT = f"""Dear KCSC team,

With respect to your request KCSC-240909-04 – we reviewed the two videos under Korean law.

Both of the following videos have been restricted in your jurisdiction and are no longer viewable by users in South Korea:
• {T1}
• {T2}

Kind regards,
TikTok Global Legal – Government Requests
"""
case(name="tiktok-restricted-jurisdiction-qp", from_="gov-requests@tiktok.com", name_from="TikTok Government Requests",
     date="Sat, 14 Sep 2024 06:48:30 +0000",
     subject="KCSC-240909-04 outcome",
     raw_mime=("Content-Type: text/plain; charset=utf-8\n"
               "Content-Transfer-Encoding: quoted-printable\n\n" + qp(TT_QP_TEXT)),
     outcome="applied", classification="confirmation",
     imitates="TikTok government-request outcome: restricted in the requesting jurisdiction (quoted-printable)",
     why="'both of the following videos' restricted in KR, each URL listed with a bullet",
     items={T1: "restricted", T2: "restricted"})

case(name="tiktok-url-below-statement", from_="legal@tiktok.com", name_from="TikTok Legal",
     date="Tue, 17 Sep 2024 01:21:17 +0000",
     subject="KCSC-240909-04 - action taken",
     body=f"""Hello,

The following video has been removed from TikTok:
{T2}

The following account has been banned and is no longer accessible:
{T3}

Regards,
TikTok Legal
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok agent reply, statement line with the URL on the line below",
     why="each statement is followed by its URL on the next line",
     items={T2: "removed", T3: "removed"})

case(name="reddit-admin-removed-raw-korean", from_="noreply@redditmail.com", name_from="Reddit",
     date="Fri, 13 Sep 2024 15:30:00 +0000",
     subject="Re: KCSC-240910-05 - your report", reply_to_req="req-240910-05",
     body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported post violates Reddit's Content
Policy and we have removed it:

{R1_RAW}

We have also permanently suspended the account u/pearl_agent_kr
({R2}).

Thanks for helping keep Reddit safe.

- Reddit Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit admin report outcome ('we've found that the reported content violates...')",
     why="raw Korean path matches the percent-encoded request URL: removed; account permanently suspended = removed",
     items={R1: "removed", R2: "removed"})

case(name="reddit-author-deleted-korean-particle", from_="legal@reddit.com", name_from="Reddit Legal",
     date="Mon, 16 Sep 2024 02:02:02 +0000",
     subject="KCSC-240910-05", reply_to_req="req-240910-05",
     body=f"""Hello,

Regarding KCSC-240910-05:

게시물 {R1_RAW}은 검토 전에 작성자가 이미 삭제하였습니다。
(This post had already been deleted by its author before our review, so no
action was needed.)

The account u/pearl_agent_kr ({R2}) is still active: we did not find a
violation of our Content Policy by this account.

Reddit Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit legal reply from a Korean-speaking agent, URL followed by a Korean particle and full-width stop",
     why="post already deleted by its author = not_found (Korean and English say the same); account still active, no violation = rejected",
     items={R1: "not_found", R2: "rejected"})

case(name="discord-server-removed", from_="safety@discord.com", name_from="Discord Trust & Safety",
     date="Sat, 14 Sep 2024 18:45:10 +0000",
     subject="Re: KCSC-240911-06 Report", reply_to_req="req-240911-06",
     body=f"""Hello,

Thank you for your report regarding KCSC-240911-06.

We investigated the server reached through {D1} and found that it violated
our Community Guidelines. The server has been removed from Discord,
together with its channel
{D2}.

Discord Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety outcome (server removed)",
     why="server behind the invite removed, channel removed with it; both URLs named",
     items={D1: "removed", D2: "removed"})

case(name="discord-invite-invalid", from_="safety@discord.com", name_from="Discord Trust & Safety",
     date="Tue, 17 Sep 2024 20:11:45 +0000",
     subject="KCSC-240911-06 - outcome",
     body=f"""Hi,

The invite {D1} is invalid or has expired, so we could not identify the
server it pointed to.

For the message link {D2}, we took action against the server that hosted
it, and it is no longer available on Discord.

Discord Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Discord reply on an expired invite and an actioned server",
     why="invalid/expired invite = not_found; server actioned and no longer available = removed",
     items={D1: "not_found", D2: "removed"})

case(name="twitch-actioned-one-item", from_="no-reply@twitch.tv", name_from="Twitch",
     date="Sun, 15 Sep 2024 04:04:40 +0000",
     subject="Re: KCSC-240911-07 - We've actioned on your report", reply_to_req="req-240911-07",
     body="""Hi KCSC,

Thank you for your report. Our team has reviewed it and determined that the
reported channel violated our Community Guidelines and Terms of Service. We
have taken appropriate enforcement action.

Thank you for helping keep Twitch safe.

The Twitch Safety Team
""",
     outcome="applied", classification="confirmation",
     imitates="Twitch 'We've actioned on your report' email",
     why="no URL, but the request has one item and the reply says the reported channel was actioned = removed",
     items={W1: "removed"})

case(name="twitch-channel-suspended", from_="safety@twitch.tv", name_from="Twitch Safety",
     date="Tue, 17 Sep 2024 16:36:00 +0000",
     subject="KCSC-240911-07",
     body=f"""Hello,

Following your request KCSC-240911-07, the channel hanriver_casino_live
({W1}) has been indefinitely suspended. It can no longer stream and its
channel page is not accessible.

Twitch Law Enforcement Response
""",
     outcome="applied", classification="confirmation",
     imitates="Twitch enforcement notice (indefinite suspension)",
     why="channel indefinitely suspended and not accessible = removed",
     items={W1: "removed"})

# ================================================================ REVIEW
case(name="x-promise-withhold", from_="legal@x.com", name_from="X Legal",
     date="Fri, 13 Sep 2024 11:00:00 +0000",
     subject="Re: KCSC-240903-01", reply_to_req="req-240903-01",
     body=f"""Hello,

We have received your request KCSC-240903-01 and escalated it to our legal
team. Once the legal review is complete, the following posts will be
withheld in South Korea:

{X1}
{X2}

We will confirm the outcome for all URLs in a separate message.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X interim reply promising a country withholding",
     why="'will be withheld once the review is complete' is a promise, not a statement; names two URLs, nothing to apply",
     items={X1: "pending", X2: "pending"})

case(name="yt-under-review-hedge", from_="legal-support@youtube.com", name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 01:17:23 +0000",
     subject="[5-8840000012934] KCSC-240905-02", reply_to_req="req-240905-02",
     body=f"""Hello,

The videos {Y1} and {Y2} are currently under review by our legal
specialists.

As for {Y3}, it appears that it may already have been taken down by the
uploader, but we are still checking.

We will get back to you once our review is complete.

The YouTube Legal Team
""",
     outcome="review", review="not_understood",
     imitates="YouTube interim reply (under review, hedged)",
     why="'under review' and 'appears ... may already have been taken down, still checking' are not statements",
     items={Y1: "pending", Y2: "pending", Y3: "pending"})

case(name="meta-bulk-all-removed", from_="records@meta.com", name_from="Meta Records",
     date="Sun, 15 Sep 2024 09:49:00 +0000",
     subject="KCSC-240906-03 completed", reply_to_req="req-240906-03",
     body="""Hello,

We have completed our review of your request KCSC-240906-03. All of the
content you reported has been removed from Facebook and Instagram.

Thank you,
Meta Records
""",
     outcome="review", review="bulk",
     imitates="Meta closing reply with a blanket 'all content removed'",
     why="one statement covering a five-item request without naming each item",
     items={m: "pending" for m in MS})

case(name="tiktok-bulk-over-quote", from_="legal@tiktok.com", name_from="TikTok Legal",
     date="Mon, 16 Sep 2024 08:08:08 +0000",
     subject="Re: KCSC-240909-04", reply_to_req="req-240909-04",
     body=f"""Hello,

We have taken action on all of the videos and accounts listed in your
request below.

Regards,
TikTok Legal

{gmail_quote("KCSC-240909-04", "Mon, 9 Sep 2024 at 14:00")}
""",
     outcome="review", review="bulk",
     imitates="TikTok one-line blanket reply top-posted over the quoted request",
     why="'all of the videos and accounts listed below' refers to the three quoted URLs without naming them itself",
     items={t: "pending" for t in TS})

case(name="x-auth-fail", from_="legal@x.com", name_from="X Legal", auth="fail",
     date="Tue, 17 Sep 2024 13:13:13 +0000",
     subject="KCSC-240903-01 - removal confirmed",
     body=f"""Hello,

We confirm that the post {X9} has been removed.

X Legal
""",
     outcome="review", review="untrusted",
     imitates="X-looking confirmation failing DKIM/SPF/DMARC",
     why="platform domain but authentication fails",
     items={X9: "pending"})

case(name="meta-staff-personal-gmail", from_="d.lindqvist.meta@gmail.com", name_from="Daniel Lindqvist",
     date="Wed, 18 Sep 2024 02:40:00 +0000",
     subject="Re: KCSC-240906-03",
     body=f"""Hi,

Writing from my personal account as our ticketing tool is down today.
The Facebook group post {M1} was removed yesterday.

Daniel
Meta Public Policy
""",
     outcome="review", review="unknown_sender",
     imitates="platform staffer replying from a personal webmail address",
     why="gmail.com is no platform's sender domain, however plausible the claim",
     items={M1: "pending"})

case(name="tiktok-law-firm", from_="counsel@hanmaum-law.example", name_from="Hanmaum Law Office",
     date="Thu, 19 Sep 2024 04:00:00 +0000",
     subject="KCSC-240909-04 - account deleted by our client",
     body=f"""Dear Sir or Madam,

We act for the holder of the TikTok account {T3}. Our client has deleted
the account voluntarily, and it is no longer accessible.

Yours faithfully,
Hanmaum Law Office
""",
     outcome="review", review="unknown_sender",
     imitates="letter from the account holder's lawyer",
     why="not the platform: a third party's statement cannot change the item",
     items={T3: "pending"})

case(name="meta-names-x-url", from_="records@meta.com", name_from="Meta Records",
     date="Wed, 18 Sep 2024 10:10:10 +0000",
     subject="Regarding your links",
     body=f"""Hello,

Regarding the link you sent us:

{X9} - we removed this content.

Meta Records
""",
     outcome="review", review="wrong_platform",
     imitates="misrouted reply: Meta stating an outcome for an X URL",
     why="Meta cannot state the status of an X item",
     items={X9: "pending"})

case(name="snap-no-claims", from_="lawenforcement@snap.com", name_from="Snap Law Enforcement Operations",
     date="Thu, 19 Sep 2024 07:30:00 +0000",
     subject="Your submission to Snap",
     body="""Hello,

Thank you for contacting Snap Law Enforcement Operations. We have taken
action on the content you reported, in line with our Community Guidelines.

For future requests, please use our dedicated portal:
https://lawenforcement.snapchat.com/

Snap Inc.
""",
     outcome="review", review="no_claims",
     imitates="Snap law-enforcement outcome with no reference or URL",
     why="trusted Snap mail naming no item and referencing no request of ours",
     items={})

case(name="discord-asks-more", from_="safety@discord.com", name_from="Discord Trust & Safety",
     date="Fri, 13 Sep 2024 21:00:00 +0000",
     subject="Re: KCSC-240911-06 Report", reply_to_req="req-240911-06",
     body=f"""Hello,

Thanks for your report. Before we can take action we need more
information: invite links such as {D1} can change servers over time.
Please send us message links (right-click a message > Copy Message Link)
for the content you are reporting, and the legal basis for the request.

Discord Trust & Safety
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Discord Trust & Safety asking for message links",
     why="the platform asks for more information; no status stated",
     items={D1: "pending"})

case(name="reddit-conditional", from_="legal@reddit.com", name_from="Reddit Legal",
     date="Sat, 14 Sep 2024 14:14:14 +0000",
     subject="Re: KCSC-240910-05", reply_to_req="req-240910-05",
     body=f"""Hello,

We are looking into the post {R1_RAW} and the account {R2}. If they are
found to violate our Content Policy, they will be removed and the account
may be suspended.

Reddit Legal
""",
     outcome="review", review="not_understood",
     imitates="Reddit interim reply with a conditional promise",
     why="conditional promise ('if ... will be removed'), nothing has happened yet",
     items={R1: "pending", R2: "pending"})

case(name="yt-conflicting-template", from_="legal-support@youtube.com", name_from="YouTube Legal Support",
     date="Wed, 18 Sep 2024 06:06:06 +0000",
     subject="[5-8840000012934] KCSC-240905-02 result",
     body=f"""Hello,

We have removed the video {Y2} from YouTube.

Summary of your request:
{Y2} - No action taken (content does not violate our policies)

Regards,
YouTube Legal Support
""",
     outcome="review", review="conflicting_statements",
     imitates="YouTube reply whose free text and summary template contradict each other",
     why="the same URL is said to be removed and to have had no action taken",
     items={Y2: "pending"})

# ================================================================ IGNORED
case(name="x-out-of-office", from_="h.brandt@x.com", name_from="Hanna Brandt",
     date="Fri, 13 Sep 2024 00:30:00 +0000",
     subject="Automatic reply: KCSC-240903-01 Removal request",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""Thank you for your email. I am out of the office until 23 September
with limited access to email. For urgent legal matters please write to
legal@x.com.

Hanna Brandt
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply",
     why="auto-reply",
     items={})

DSN_ORIG = "\n".join(request_text("KCSC-240909-04"))
case(name="tiktok-dsn-bounce", from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
     auth="none",
     date="Mon, 9 Sep 2024 05:02:11 +0000",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b598-dsn"

--b598-dsn
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--b598-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon, 9 Sep 2024 14:00:05 +0900

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b598-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: KCSC-240909-04 Removal request
Message-ID: <req-240909-04@kcsc.example>
Date: Mon, 9 Sep 2024 14:00:00 +0900
Content-Type: text/plain; charset=utf-8

{DSN_ORIG}

--b598-dsn--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN returning the request sent to a wrong TikTok address",
     why="delivery failure report; the returned request is our own text",
     items={})

case(name="meta-read-receipt", from_="jpark@meta.com", name_from="Jiwoo Park",
     date="Mon, 9 Sep 2024 01:12:00 +0000",
     subject="Read: KCSC-240906-03 Removal request",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b598-mdn"

--b598-mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: records@meta.com
  Subject: KCSC-240906-03 Removal request
  Sent: Friday, September 6, 2024 9:15 AM (UTC+09:00) Seoul

was read on Monday, September 9, 2024 10:12 AM (UTC+09:00) Seoul.

--b598-mdn
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jpark@meta.com
Original-Message-ID: <req-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b598-mdn--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN)",
     why="read receipt",
     items={})

case(name="tiktok-ticket-receipt", from_="no-reply@tiktok.com", name_from="TikTok",
     date="Mon, 9 Sep 2024 06:00:41 +0000",
     subject="We've received your request [Ticket 48213307]",
     body="""Hello,

We've received your request KCSC-240909-04 and created ticket 48213307.
Our team will review it and get back to you as soon as possible. Please
keep the ticket number in the subject line if you write to us about it.

TikTok Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="TikTok support ticket receipt",
     why="pure acknowledgement with a ticket number",
     items={})

case(name="reddit-auto-ack", from_="noreply@reddit.com", name_from="Reddit Legal",
     date="Tue, 10 Sep 2024 01:41:00 +0000",
     subject="Reddit Legal: request received (KCSC-240910-05)",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

This is an automated message to confirm that Reddit Legal has received your
request KCSC-240910-05 (case 00712349). Requests are reviewed in the order
received. You do not need to reply to this message.

Reddit Legal
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Reddit legal intake auto-acknowledgement",
     why="pure acknowledgement",
     items={})

case(name="yt-submission-receipt-echo", from_="legal-noreply@google.com", name_from="Google Legal",
     date="Thu, 5 Sep 2024 02:35:00 +0000",
     subject="Thank you for your submission - KCSC-240905-02",
     body=f"""Hello,

Thank you for your submission. This confirms that we have received your
legal request. Reference: KCSC-240905-02.

Content URLs submitted:
{Y1}
{Y2}
{Y3}
{Y4}

We will review your request and will contact you if we need more
information.

The Google Legal Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal removals form receipt echoing the submitted URLs",
     why="receipt echoing what was submitted; no statement about any URL",
     items={})

case(name="twitch-auto-reply", from_="r.silva@twitch.tv", name_from="Rafael Silva",
     date="Wed, 11 Sep 2024 07:06:00 +0000",
     subject="Automatic reply: KCSC-240911-07 Removal request",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""Hi, thanks for your message. I'm travelling until 16 September and will
reply when I am back. For safety reports please use
https://safety.twitch.tv/ or write to safety@twitch.tv.

Rafael
""",
     outcome="ignored", classification="auto_reply",
     imitates="Twitch staffer's out-of-office",
     why="auto-reply",
     items={})


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
    # remove stale case files
    cdir = os.path.join(HERE, "cases")
    if os.path.isdir(cdir):
        for f in os.listdir(cdir):
            if f.endswith(".eml"):
                os.remove(os.path.join(cdir, f))
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
