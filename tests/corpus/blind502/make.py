#!/usr/bin/env python3
"""Blind set 502: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind502/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X1 = "https://x.com/nightfern_kr/status/1830412200000000101"
X2 = "https://x.com/nightfern_kr/status/1830412200000000102"
X3 = "https://x.com/gold_lattice/status/1830519900000000203"
X4 = "https://x.com/gold_lattice/status/1830519900000000204"
X5 = "https://x.com/mossy_pier88/status/1830601100000000305"
X6 = "https://x.com/mossy_pier88/status/1830601100000000306"
X7 = "https://x.com/ember_quay/status/1830744000000000407"
X8 = "https://twitter.com/ember_quay/status/1830744000000000408"
X9 = "https://x.com/velvet_orbit_/status/1830855500000000509"
X10 = "https://x.com/velvet_orbit_/status/1830855500000000510"
X11 = "https://x.com/drift_canopy"
X12 = "https://x.com/saltwind_777/status/1830966600000000612"
X13 = "https://x.com/saltwind_777/status/1830966600000000613"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13]

M1 = "https://www.facebook.com/groups/harbourlightsmarket/posts/8123400011223344"
M2 = "https://www.facebook.com/permalink.php?story_fbid=pfbid02QxTr7a&id=100089001234567"
M3 = "https://www.facebook.com/reel/1456789012345678"
M4 = "https://www.instagram.com/p/C9xQz-Lm3Ta/"
M5 = "https://www.instagram.com/reel/C9yRk2bNp7W/"
MS = [M1, M2, M3, M4, M5]

Y1 = "https://www.youtube.com/watch?v=qR7tL2mXc9A"
Y2 = "https://www.youtube.com/watch?v=Zk3pW8nBv1E"
Y3 = "https://youtu.be/Hf5sJ0aLq2Y"
Y4 = "https://www.youtube.com/shorts/Tn6vB4cXe8R"
YS = [Y1, Y2, Y3, Y4]

T1 = "https://www.tiktok.com/@lantern.drift/video/7409123456789012345"
T2 = "https://www.tiktok.com/@lantern.drift/video/7409123456789012399"
T3 = "https://www.tiktok.com/@cobalt_fennel/video/7410234567890123456"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/quietmarketkr/comments/1f8abc2/weekly_listings_thread/"
R2 = "https://www.reddit.com/r/quietmarketkr/comments/1f9def7/dm_for_prices/"

D1 = "https://discord.gg/k7Vn2pQx"

G1 = "https://t.me/silverkiln_shop/214"
G2 = "https://t.me/silverkiln_shop/219"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "x", "2024-09-02T10:04:00+09:00", "2024-09-09", XS, "illegal_trade",
     "req-240902-01@kcsc.example", 'batch "September sweep", part 1'),
    ("KCSC-240903-02", "meta", "2024-09-03T11:20:00+09:00", "2024-09-10", MS, "illegal_trade",
     "req-240903-02@kcsc.example", "Facebook and Instagram, one request"),
    ("KCSC-240904-03", "youtube", "2024-09-04T09:30:00+09:00", "2024-09-11", YS, "gambling",
     "req-240904-03@kcsc.example", "videos, a Short and a youtu.be link"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:00:00+09:00", "2024-09-12", TS, "drugs",
     "req-240905-04@kcsc.example", ""),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:10:00+09:00", "2024-09-13", [R1, R2], "drugs",
     "req-240906-05@kcsc.example", "two posts, same subreddit"),
    ("KCSC-240909-06", "discord", "2024-09-09", "2024-09-16", [D1], "obscenity",
     "req-240909-06@kcsc.example", "server invite link"),
    ("KCSC-240910-07", "telegram", "2024-09-10T16:45:00+09:00", "2024-09-17", [G1, G2], "gambling",
     "req-240910-07@kcsc.example", "channel posts, see also earlier warning, 2024-08"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def qp_part(text, ctype="plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64_part(text, ctype="text/plain", extra=""):
    enc = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n" + extra + "\n" + enc)


def plain_part(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + text.strip("\n") + "\n")


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


QUOTED_X_REQUEST = "\n".join(
    ["Dear X Legal,", "",
     "Under Article 44-7 of the Network Act we request that the following posts be",
     "removed or blocked in Korea (our reference KCSC-240902-01):", ""]
    + [f"{i}. {u}" for i, u in enumerate(XS, 1)]
    + ["", "Please tell us the result for each URL by 9 September 2024.", "",
       "Korea Communications Standards Commission"])

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======== APPLIED ========

case(name="x-legal-withheld-bullets", outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email (Country Withheld Content) with a bulleted list",
     why="two posts withheld in Korea and one removed, each named with its outcome",
     **{"from": "legal@x.com"}, name_from="X Legal", date="Thu, 05 Sep 2024 08:12:44 +0000",
     subject="Re: KCSC-240902-01 Removal request - Korea Communications Standards Commission",
     reply_to_req="req-240902-01",
     items={X1: "restricted", X2: "restricted", X3: "removed"},
     body=f"""
Hello,

Thank you for your request (KCSC-240902-01). X has reviewed the reported posts
under the X Rules and applicable local law. Our findings for the posts we have
completed so far:

* {X1} - withheld in South Korea in response to your request.
* {X2} - withheld in South Korea in response to your request.
* {X3} - removed from X for violating our rules on illegal or certain regulated goods and services.

The account holders have been notified in line with our user notice policy.
More about Country Withheld Content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

We will send a separate update for the remaining URLs.

Regards,
X Legal
""")

case(name="x-bare-url-status-below", outcome="applied", classification="confirmation",
     imitates="X legal operations per-URL status block (URL line, Status line below)",
     why="status on the line under each bare URL: removed, withheld in KR, no action with reason",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
     date="Fri, 06 Sep 2024 02:40:11 +0000",
     subject="KCSC-240902-01 - update",
     items={X4: "removed", X5: "restricted", X6: "rejected"},
     body=f"""
Hi,

Update on KCSC-240902-01. Results per URL:

{X4}
Status: Removed - violation of the X Rules (illegal goods and services)

{X5}
Status: Withheld in KR

{X6}
Status: No action taken. After review we did not find this post to violate the
X Rules, and the request did not establish a legal basis for withholding it.

If you have additional information about the last post, you may submit a new
request at https://legalrequests.x.com.

X Legal Operations
""")

case(name="x-account-withheld-and-missing", outcome="applied", classification="confirmation",
     imitates="X legal reply: account-level withholding plus a post that could not be located",
     why="account withheld in South Korea (restricted); other post does not exist (not_found)",
     **{"from": "legal@x.com"}, name_from="X Legal Team", date="Sat, 07 Sep 2024 05:03:27 +0000",
     subject="Re: KCSC-240902-01", reply_to_req="req-240902-01",
     items={X11: "restricted", X7: "not_found"},
     body=f"""
Dear KCSC team,

Regarding your request KCSC-240902-01.

The account @drift_canopy ({X11}) has been withheld in South Korea. Users in
Korea now see a notice in place of the account and its posts.

We were unable to locate the post at {X7}. It does not exist on X; it may
have been deleted before our review.

Best,
X Legal Team
""")

case(name="x-twitter-domain-html-table", outcome="applied", classification="confirmation",
     imitates="legacy twitter.com legal mailbox sending an HTML outcome table",
     why="HTML table from twitter.com (an X sender): removed, withheld in Korea, not found",
     **{"from": "legal@twitter.com"}, name_from="Twitter Legal", date="Mon, 09 Sep 2024 01:15:00 +0000",
     subject="Outcome: KCSC-240902-01 (partial)", type="html",
     items={X8: "removed", X9: "restricted", X10: "not_found"},
     body=f"""
<html><body>
<p>Hello,</p>
<p>Please see below the outcome for part of request KCSC-240902-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td><a href="{X8}">{X8}</a></td><td>Removed (X Rules violation)</td></tr>
<tr><td><a href="{X9}">{X9}</a></td><td>Withheld in South Korea</td></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>Not found &ndash; the URL does not lead to any post</td></tr>
</table>
<p>Regards,<br>X Legal</p>
</body></html>
""")

case(name="x-top-posted-over-quote", outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted reply from an X legal agent over our quoted request",
     why="top part names two posts (withheld; already deleted by holder); the quoted request below changes nothing",
     **{"from": "dana.w@x.com"}, name_from="Dana W (X Legal)", date="Tue, 10 Sep 2024 07:22:50 +0000",
     subject="Re: KCSC-240902-01 Request for removal of illegal content", reply_to_req="req-240902-01",
     items={X12: "restricted", X13: "not_found", X1: "pending", X7: "pending"},
     body=f"""
Hi there,

{X12} has now been withheld in South Korea.

{X13} could not be actioned because the account holder had already deleted it
before we reviewed the report.

Thanks,
Dana
X Legal

On Mon, Sep 2, 2024 at 10:04 AM KCSC Takedown <takedown@kcsc.example> wrote:
""" + "\n".join("> " + l if l else ">" for l in QUOTED_X_REQUEST.split("\n")) + "\n")

case(name="x-outlook-original-message", outcome="applied", classification="confirmation",
     imitates="Outlook reply with our request below an -----Original Message----- separator",
     why="top part: one post removed globally, one withheld in Korea; unquoted original request below names others",
     **{"from": "minjun.seo@x.com"}, name_from="Min-jun Seo", date="Wed, 11 Sep 2024 06:48:02 +0000",
     subject="RE: KCSC-240902-01 Request for removal of illegal content", reply_to_req="req-240902-01",
     items={X5: "removed", X6: "restricted", X1: "pending", X3: "pending"},
     body=f"""
Good afternoon,

Following our legal review we have taken these actions:

- {X5} : removed globally for violating the X Rules.
- {X6} : withheld in the Republic of Korea under local law.

Kind regards,
Min-jun Seo
Legal Operations | X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:04 AM
To: legal@x.com
Subject: KCSC-240902-01 Request for removal of illegal content

Dear X,

We request that the following content be removed or access to it be blocked in Korea:

{X1}
{X2}
{X3}
{X4}
{X5}
{X6}

Please report the result by 9 September 2024.
""")

case(name="x-statement-then-url-below", outcome="applied", classification="confirmation",
     imitates="X legal reply with each action sentence followed by the URL on the next line",
     why="'withheld the following post' then URL; 'removed the following post' then <URL>",
     **{"from": "legal@x.com"}, name_from="X Legal", date="Thu, 12 Sep 2024 03:30:19 +0000",
     subject="KCSC-240902-01",
     items={X3: "restricted", X4: "removed"},
     body=f"""
Hello,

With reference to KCSC-240902-01:

We have withheld the following post in the Republic of Korea:
{X3}

We have removed the following post for violating our rules on illegal goods and services:
<{X4}>

Sincerely,
X Legal
""")

case(name="x-large-numbered-list", outcome="applied", classification="confirmation",
     imitates="X legal batch outcome for a government batch report, numbered per URL",
     why="13 numbered URLs with their outcome; #12 still under review stays pending",
     **{"from": "legal@x.com"}, name_from="X Legal", date="Fri, 13 Sep 2024 09:05:41 +0000",
     subject="Re: KCSC-240902-01 Removal request - outcome", reply_to_req="req-240902-01",
     items={X1: "restricted", X2: "restricted", X3: "removed", X4: "removed", X5: "not_found",
            X6: "rejected", X7: "restricted", X8: "removed", X9: "restricted", X10: "restricted",
            X11: "removed", X12: "pending", X13: "not_found"},
     body=f"""
Dear Korea Communications Standards Commission,

We have reviewed request KCSC-240902-01 (13 URLs). The outcome for each URL we
have decided so far is listed below.

1. {X1} — Withheld in Korea
2. {X2} — Withheld in Korea
3. {X3} — Removed (violation of X Rules)
4. {X4} — Removed (violation of X Rules)
5. {X5} — Not found: no post exists at this URL
6. {X6} — No action: not in violation of the X Rules or local law
7. {X7} — Withheld in Korea
8. {X8} — Removed (violation of X Rules)
9. {X9} — Withheld in Korea
10. {X10} — Withheld in Korea
11. {X11} — Account suspended for violating the X Rules
12. {X12} — Still under review; we will update you separately
13. {X13} — Not found: deleted by the account holder

Withheld content remains available outside Korea. Affected account holders
have been notified unless we were prohibited from doing so.

X Legal
""")

case(name="yt-legal-blocked-kr", outcome="applied", classification="confirmation",
     imitates="YouTube Legal Support outcome: 'blocked the content from view in South Korea' plus a removal",
     why="two videos under a 'blocked in South Korea' heading (restricted); youtu.be video removed globally",
     **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal Support",
     date="Fri, 06 Sep 2024 04:17:33 +0000",
     subject="[0-8765000012345] KCSC-240904-03: YouTube legal request outcome",
     items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
     body=f"""
Hello,

Thank you for contacting YouTube regarding KCSC-240904-03.

After reviewing your request, we have blocked the following content from view
on YouTube in South Korea, based on local law:
{Y1}
{Y2}

In addition, the video at {Y3} has been removed from YouTube globally for
violating our Community Guidelines.

Regards,
The YouTube Legal Support Team
""")

case(name="yt-shorts-no-violation", outcome="applied", classification="confirmation",
     imitates="YouTube legal reply declining to act ('decided not to take action at this time')",
     why="the one Short named stays available after review against guidelines and local law: rejected",
     **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal Support",
     date="Mon, 09 Sep 2024 08:00:12 +0000",
     subject="[0-8765000012345] KCSC-240904-03: update",
     items={Y4: "rejected"},
     body=f"""
Hi,

We've reviewed the Short you reported under KCSC-240904-03:

{Y4}

Our team reviewed the content against our Community Guidelines and local law
and decided not to take action at this time. The content remains available on
YouTube.

If you have a court order or further information, you can submit it through
our legal webform.

Thanks,
YouTube Legal Support
""")

case(name="yt-qp-age-restricted", outcome="applied", classification="confirmation",
     imitates="YouTube Trust & Safety reply in quoted-printable: age restriction, and a video gone with its channel",
     why="QP body ('=3D' in the watch URL): one video age-restricted, one gone because its uploader closed the account",
     **{"from": "noreply-legal@youtube.com"}, name_from="YouTube Trust & Safety",
     date="Tue, 10 Sep 2024 02:26:45 +0000",
     subject="Re: KCSC-240904-03", reply_to_req="req-240904-03",
     items={Y2: "restricted", Y3: "not_found"},
     raw_mime=qp_part(f"""Hello,

Re: KCSC-240904-03

We've age-restricted the video {Y2}. Viewers must now be signed in and at least 18 years old to watch it.

The video {Y3} is no longer available because the uploader closed their YouTube account before our review, so there was nothing left for us to act on.

Best regards,
YouTube Trust & Safety
"""))

case(name="yt-korean-particles", outcome="applied", classification="confirmation",
     imitates="bilingual YouTube Korea legal reply, URLs followed directly by Korean particles",
     why="Korean and English say the same: youtu.be video removed, Short restricted in Korea",
     **{"from": "legal-kr@google.com"}, name_from=Header("YouTube 법무지원팀", "utf-8").encode(),
     date="Wed, 11 Sep 2024 05:55:09 +0000",
     subject=Header("RE: [KCSC-240904-03] 불법정보 삭제 요청 처리 결과 / outcome", "utf-8").encode(),
     items={Y3: "removed", Y4: "restricted"},
     body=f"""
안녕하세요, 방송통신심의위원회 담당자님.

요청번호 KCSC-240904-03 관련 처리 결과를 알려드립니다.
{Y3}는 커뮤니티 가이드 위반으로 삭제되었습니다.
{Y4}에 대해서는 현지 법률에 따라 한국 내 접근을 제한했습니다.

(English)
Regarding KCSC-240904-03: the video {Y3} was removed for violating our
Community Guidelines. Access to {Y4} has been restricted in Korea under local law.

YouTube 법무지원팀 / YouTube Legal Support
""")

case(name="yt-text-table", outcome="applied", classification="confirmation",
     imitates="YouTube legal final-status reply as a fixed-width text table",
     why="four rows: blocked in KR, removed, no action (does not violate), video ID does not exist",
     **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal",
     date="Fri, 13 Sep 2024 06:41:27 +0000",
     subject="[0-8765000012345] KCSC-240904-03: final status",
     items={Y1: "restricted", Y2: "removed", Y3: "rejected", Y4: "not_found"},
     body=f"""
Hello KCSC,

Final status for KCSC-240904-03:

URL                                          | Action taken
---------------------------------------------+------------------------------------------------
{Y1:<45}| Blocked in KR (local law)
{Y2:<45}| Removed (Community Guidelines)
{Y3:<45}| No action - does not violate policy or local law
{Y4:<45}| Not found - video ID does not exist

YouTube Legal
""")

case(name="meta-local-law", outcome="applied", classification="confirmation",
     imitates="Meta content-restriction response: Community Standards removal, then local-law restriction in the country",
     why="reel removed; the two other Facebook items named under 'restricted access in South Korea'",
     **{"from": "content-restrictions@meta.com"}, name_from="Meta Content Restrictions",
     date="Fri, 06 Sep 2024 10:12:56 +0000",
     subject="Your report KCSC-240903-02", reply_to_req="req-240903-02",
     items={M3: "removed", M1: "restricted", M2: "restricted"},
     body=f"""
Dear Sir or Madam,

We refer to your report KCSC-240903-02.

We reviewed the reported content against the Facebook Community Standards. The
reel at {M3} goes against our Community Standards and we have removed it.

The remaining two items do not go against our Community Standards. After legal
review, we have restricted access to them in South Korea, on the basis of the
local law you cited:

{M1}
{M2}

The people who posted this content have been notified.

Meta Content Restrictions Team
""")

case(name="meta-instagram-dsa-sor", outcome="applied", classification="confirmation",
     imitates="Instagram decision notice laid out like a DSA statement of reasons (decision, scope, ground, automation)",
     why="post: Decision Removed, worldwide; reel: No action taken, not against guidelines nor unlawful",
     **{"from": "legal-notices@instagram.com"}, name_from="Instagram",
     date="Mon, 09 Sep 2024 12:30:00 +0000",
     subject="Notice of decision - KCSC-240903-02",
     items={M4: "removed", M5: "rejected"},
     body=f"""
Notice of decision - report reference KCSC-240903-02

Content: {M4}
Decision: Removed
Territorial scope: Worldwide
Ground: Incompatible with the Instagram Community Guidelines (regulated goods)
Facts relied on: Notice submitted by a public authority
Automated means used in detection: No
Automated means used in decision: No

Content: {M5}
Decision: No action taken
Reason: After review, the content was found not to go against the Instagram
Community Guidelines, and we did not find it unlawful under the laws you
referred to. It remains visible.

If you disagree with a decision, you can ask us to review it again through
https://help.instagram.com/ or, where available to you, use an out-of-court
dispute settlement body.

Instagram
""")

_meta_csv = csv_text([
    ["url", "action", "region", "notes"],
    [M1, "Restricted", "KR", "Local law"],
    [M2, "Removed", "Global", "Community Standards"],
    [M3, "Content not found", "", "Deleted by user before review"],
    [M4, "Removed", "Global", "Community Guidelines"],
    [M5, "Restricted", "KR", "Local law"],
])
case(name="meta-csv-attachment", outcome="applied", classification="confirmation",
     imitates="Meta legal response with the per-URL outcome in an attached CSV",
     why="CSV attachment: restricted KR, removed, content not found, removed, restricted KR",
     **{"from": "records@meta.com"}, name_from="Meta Platforms",
     date="Wed, 11 Sep 2024 09:14:38 +0000",
     subject="KCSC-240903-02 - response", reply_to_req="req-240903-02",
     items={M1: "restricted", M2: "removed", M3: "not_found", M4: "removed", M5: "restricted"},
     raw_mime=multipart("mixed", "=_meta_0911_b4c1", [
         plain_part("""
Hello,

Please find attached the outcome for each URL in your request KCSC-240903-02.

Best regards,
Meta Platforms, Inc.
"""),
         b64_part(_meta_csv, "text/csv",
                  'Content-Disposition: attachment; filename="KCSC-240903-02_outcome.csv"\n'),
     ]))

case(name="meta-echoed-report", outcome="applied", classification="confirmation",
     imitates="Facebook report-status email that echoes 'Your report' and then 'Our decision'",
     why="echoed report blocks: first item removed; second 'we couldn't find this content' (not_found)",
     **{"from": "notification@facebookmail.com"}, name_from="Facebook",
     date="Thu, 12 Sep 2024 11:03:17 +0000",
     subject="Update on your report (KCSC-240903-02)",
     items={M1: "removed", M3: "not_found"},
     body=f"""
Hi,

Thanks for your report. Here's an update on what you reported.

Your report
Reference: KCSC-240903-02
Reported item: {M1}
Reported for: Sale of regulated goods

Our decision
We removed this post because it goes against our Community Standards on
restricted goods and services.

Your report
Reference: KCSC-240903-02
Reported item: {M3}
Reported for: Sale of regulated goods

Our decision
We couldn't find this content. It may have been deleted by the person who
shared it, or the link may be wrong.

You can see your reports in your Support Inbox.
The Facebook Team
""")

case(name="tiktok-numbered-outcome", outcome="applied", classification="confirmation",
     imitates="TikTok report outcome with 'Violation found' / 'No violation found' results per video",
     why="numbered list with Result line under each URL: removed, restricted in South Korea, no violation",
     **{"from": "legal@tiktok.com"}, name_from="TikTok Trust and Safety",
     date="Sat, 07 Sep 2024 03:50:10 +0000",
     subject="Re: KCSC-240905-04", reply_to_req="req-240905-04",
     items={T1: "removed", T2: "restricted", T3: "rejected"},
     body=f"""
Hello,

Thank you for your report (KCSC-240905-04). We've completed our review of the
videos you submitted:

1) {T1}
   Result: Violation found. The video has been removed for violating our
   Community Guidelines.
2) {T2}
   Result: Restricted in your country/region (South Korea) based on local law.
3) {T3}
   Result: No violation found. This video will stay up.

TikTok Trust and Safety
""")

case(name="tiktok-base64-html", outcome="applied", classification="confirmation",
     imitates="TikTok HTML notification, base64-encoded, with a bulleted outcome per video",
     why="base64 HTML: first video deleted by its creator (not_found), second removed",
     **{"from": "noreply@tiktok.com"}, name_from="TikTok",
     date="Tue, 10 Sep 2024 13:21:05 +0000",
     subject="Update on your report KCSC-240905-04",
     items={T1: "not_found", T2: "removed"},
     raw_mime=multipart("alternative", "tt_alt_7f3e2a", [
         b64_part(f"""Hi,

Regarding KCSC-240905-04:

- {T1}: this video is no longer on TikTok. The creator deleted it before our review.
- {T2}: we removed this video for violating our Community Guidelines on illegal activities and regulated goods.

TikTok Safety
"""),
         b64_part(f"""<html><body style="font-family:Arial,sans-serif">
<p>Hi,</p>
<p>Regarding KCSC-240905-04:</p>
<ul>
<li><a href="{T1}">{T1}</a>: this video is no longer on TikTok. The creator deleted it before our review.</li>
<li><a href="{T2}">{T2}</a>: we removed this video for violating our Community Guidelines on illegal activities and regulated goods.</li>
</ul>
<p>TikTok Safety</p>
</body></html>
""", "text/html"),
     ]))

case(name="tiktok-legal-geo", outcome="applied", classification="confirmation",
     imitates="TikTok Law Enforcement Response reply: geo-restriction and an ID matching no video",
     why="URL on the line after 'restricted access in South Korea to'; second URL matches no video",
     **{"from": "lert@tiktok.com"}, name_from="TikTok LERT",
     date="Thu, 12 Sep 2024 07:07:07 +0000",
     subject="KCSC-240905-04 - TikTok response",
     items={T1: "restricted", T3: "not_found"},
     body=f"""
Dear KCSC,

In response to your notice KCSC-240905-04, TikTok has restricted access in South Korea to
{T1} .

We could not locate any content at {T3} ; the video ID does not match any video
on TikTok.

TikTok Law Enforcement Response Team
""")

case(name="reddit-admin-angle-brackets", outcome="applied", classification="confirmation",
     imitates="Reddit Safety team reply with links in angle brackets",
     why="first post removed; second 'doesn't break Reddit's Content Policy, won't be taking action' (rejected)",
     **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
     date="Mon, 09 Sep 2024 18:44:30 +0000",
     subject="Re: KCSC-240906-05 removal request", reply_to_req="req-240906-05",
     items={R1: "removed", R2: "rejected"},
     body=f"""
Hi,

Thanks for reaching out about KCSC-240906-05. Our Safety team has looked into the
two links you sent.

We removed the post <{R1}> for violating
Reddit's rule against transactions involving prohibited goods.

The post <{R2}> doesn't break Reddit's
Content Policy, so we won't be taking action on it.

-Reddit Safety
""")

case(name="reddit-dsa-sor", outcome="applied", classification="confirmation",
     imitates="Reddit statement of reasons (DSA Art. 17 fields) sent to the notifier",
     why="one named post, Type of restriction: removal of content, global",
     **{"from": "noreply@redditmail.com"}, name_from="Reddit",
     date="Wed, 11 Sep 2024 21:02:55 +0000",
     subject="Statement of reasons - KCSC-240906-05",
     items={R2: "removed"},
     body=f"""
Statement of reasons

Reference: KCSC-240906-05
Content: {R2}
Type of restriction: Removal of content
Territorial scope: Global
Facts and circumstances: Notice received from a Korean public authority
Ground: Incompatible with Reddit's Content Policy (Rule 7, illegal transactions)
Automated detection: No
Automated decision: No

Redress: the author may appeal this decision. This message is for information;
replies to this address are not read.
""")

case(name="discord-server-removed", outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety reply that the reported server was removed",
     why="the one invite URL's server removed from Discord",
     **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
     date="Wed, 11 Sep 2024 16:30:00 +0000",
     subject="Re: KCSC-240909-06 [Ticket #48213377]", reply_to_req="req-240909-06",
     items={D1: "removed"},
     body=f"""
Hello,

Thank you for your report (KCSC-240909-06). Discord's Safety team has
investigated the server reached through {D1} and found it in
violation of our Community Guidelines. The server has been removed from Discord
and the invite link no longer works.

Discord Trust & Safety
""")

case(name="discord-sole-no-url", outcome="applied", classification="confirmation",
     imitates="Discord ticket reply 'we removed the reported server' naming no URL, in the request's thread",
     why="one-item request: an unhedged removal of 'the reported server' applies to its only item",
     **{"from": "noreply@discord.com"}, name_from="Discord",
     date="Thu, 12 Sep 2024 02:11:48 +0000",
     subject="Re: KCSC-240909-06 Request for removal", reply_to_req="req-240909-06",
     items={D1: "removed"},
     body="""
Hi there,

We have reviewed your report and removed the reported server for violating our
Terms of Service.

Ticket #48213377 is now solved. Reply to this email to reopen it.

Discord Trust & Safety
""")

case(name="telegram-blocked-kr", outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply: posts blocked for users in one country",
     why="both posts named in one sentence as blocked for users in South Korea (restricted)",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Thu, 12 Sep 2024 10:10:10 +0000",
     subject="Re: KCSC-240910-07", reply_to_req="req-240910-07",
     items={G1: "restricted", G2: "restricted"},
     body=f"""
Hello,

Re KCSC-240910-07. The following posts have been blocked for users in South
Korea: {G1}, {G2}.

Telegram Abuse Team
""")

case(name="telegram-mixed", outcome="applied", classification="confirmation",
     imitates="Telegram DSA desk reply with a case number: one post taken down, one link invalid",
     why="first post taken down (removed); second 'does not exist; the link is invalid' (not_found)",
     **{"from": "dsa@telegram.org"}, name_from="Telegram",
     date="Sat, 14 Sep 2024 08:08:08 +0000",
     subject="Case #4417230",
     items={G1: "removed", G2: "not_found"},
     body=f"""
Hi,

We took down {G1} for violating Telegram's Terms of Service.

{G2} — this message does not exist; the link is invalid.

Case #4417230
Telegram DSA Team
""")

# ======== REVIEW ========

case(name="x-promise-will-withhold", outcome="review", review="not_understood",
     imitates="X legal interim reply promising withholding once review completes",
     why="'will be withheld once our legal review is complete' is a promise, not a statement",
     **{"from": "legal@x.com"}, name_from="X Legal", date="Wed, 04 Sep 2024 03:12:00 +0000",
     subject="Re: KCSC-240902-01", reply_to_req="req-240902-01",
     items={X1: "pending", X2: "pending"},
     body=f"""
Hello,

Thank you for request KCSC-240902-01. We have begun processing it. Once our
legal review is complete, the posts {X1} and {X2} will be withheld in South
Korea, and the account holders will be notified beforehand.

We expect to complete this within five business days.

X Legal
""")

case(name="yt-under-legal-review", outcome="review", review="not_understood",
     imitates="YouTube escalation notice listing videos 'currently under review by our legal team'",
     why="names two videos but only says they are under review",
     **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal Support",
     date="Thu, 05 Sep 2024 01:05:44 +0000",
     subject="[0-8765000012345] KCSC-240904-03: escalated",
     items={Y1: "pending", Y2: "pending"},
     body=f"""
Hello,

Your request KCSC-240904-03 has been escalated. The following videos are
currently under review by our legal team:

{Y1}
{Y2}

We'll get back to you once a decision has been made.

YouTube Legal Support
""")

case(name="meta-hedge-appears", outcome="review", review="not_understood",
     imitates="Meta agent reply with a hedged 'appears ... may already have been removed'",
     why="hedged: 'it appears ... may already have been removed', still being confirmed",
     **{"from": "content-restrictions@meta.com"}, name_from="Meta Content Restrictions",
     date="Thu, 05 Sep 2024 06:36:20 +0000",
     subject="Re: Your report KCSC-240903-02", reply_to_req="req-240903-02",
     items={M2: "pending"},
     body=f"""
Hello,

It appears that the post at {M2}
may already have been removed by the person who shared it. We're confirming
this with the relevant team and will follow up with a full response on your
report.

Meta Content Restrictions Team
""")

case(name="tiktok-bulk-all-removed", outcome="review", review="bulk",
     imitates="TikTok short outcome email covering 'all the videos in your report'",
     why="one statement about all three videos of the request without naming any",
     **{"from": "legal@tiktok.com"}, name_from="TikTok Trust and Safety",
     date="Mon, 09 Sep 2024 04:20:00 +0000",
     subject="Re: KCSC-240905-04", reply_to_req="req-240905-04",
     items={T1: "pending", T2: "pending", T3: "pending"},
     body="""
Hello,

We have reviewed all the videos in your report KCSC-240905-04 and removed them
for violating our Community Guidelines.

Thank you for helping keep TikTok safe.
TikTok Trust and Safety
""")

case(name="meta-bulk-restricted", outcome="review", review="bulk",
     imitates="Meta one-line outcome for a whole report ('restricted access to all of the content')",
     why="restriction stated for all five items of the request without naming them",
     **{"from": "records@meta.com"}, name_from="Meta Platforms",
     date="Tue, 10 Sep 2024 08:45:51 +0000",
     subject="KCSC-240903-02", reply_to_req="req-240903-02",
     items={m: "pending" for m in MS},
     body="""
Dear KCSC,

We've restricted access in South Korea to all of the content listed in your
report KCSC-240903-02, in line with the local law you cited.

Regards,
Meta Platforms, Inc.
""")

case(name="x-auth-fail", outcome="review", review="untrusted",
     imitates="X-looking outcome email that fails DKIM/SPF/DMARC",
     why="From x.com but authentication fails; its removal statement is not trusted",
     **{"from": "legal@x.com"}, auth="fail", name_from="X Legal",
     date="Sun, 08 Sep 2024 22:59:01 +0000",
     subject="KCSC-240902-01 outcome",
     items={X9: "pending"},
     body=f"""
Hello,

The post {X9} has been removed.

X Legal
""")

case(name="tiktok-vendor-unknown-sender", outcome="review", review="unknown_sender",
     imitates="outsourced moderation vendor writing 'on behalf of' a platform",
     why="a third-party domain states a TikTok video's removal",
     **{"from": "trust-ops@clearvault-moderation.com"}, name_from="ClearVault Trust Ops",
     date="Tue, 10 Sep 2024 05:15:37 +0000",
     subject="KCSC-240905-04 - action taken",
     items={T2: "pending"},
     body=f"""
Dear KCSC,

ClearVault handles content-moderation escalations on behalf of TikTok in the
APAC region. Regarding KCSC-240905-04, the video
{T2} has been removed.

Kind regards,
ClearVault Trust Operations
""")

case(name="pinterest-wrong-platform", outcome="review", review="wrong_platform",
     imitates="Pinterest legal reply to a misdirected copy: the link is not on Pinterest",
     why="Pinterest speaks about a TikTok item (not hosted here, no Pin found)",
     **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
     date="Fri, 06 Sep 2024 17:40:00 +0000",
     subject="Re: KCSC-240905-04",
     items={T3: "pending"},
     body=f"""
Hello,

We received a copy of your request KCSC-240905-04. The link
{T3} does not point to Pinterest,
and we could not find any Pin matching it. There is no content on Pinterest
for us to remove.

Pinterest Legal
""")

case(name="telegram-asks-legal-basis", outcome="review", review="asks_more",
     classification="request_for_info",
     imitates="Telegram abuse desk asking for the legal basis and the Commission's decision",
     why="names both posts but only asks for the law and decision before acting",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Wed, 11 Sep 2024 12:00:00 +0000",
     subject="Re: KCSC-240910-07", reply_to_req="req-240910-07",
     items={G1: "pending", G2: "pending"},
     body=f"""
Hello,

Regarding {G1} and {G2} (KCSC-240910-07):
before we can act, please tell us which provision of Korean law the content
violates and send us a copy of the Commission's decision.

Telegram Abuse Team
""")

case(name="snapchat-no-claims", outcome="review", review="no_claims",
     imitates="Snapchat Support reply 'we took appropriate action' with no report details",
     why="trusted Snap mail, names no item and no request, states only 'appropriate action'",
     **{"from": "support@snapchat.com"}, name_from="Snapchat Support",
     date="Mon, 16 Sep 2024 02:02:02 +0000",
     subject="Re: Your Snapchat report",
     items={},
     body="""
Hi,

Thanks for reaching out to Snapchat Support.

We've reviewed the account you reported and took appropriate action in
accordance with our Community Guidelines. For privacy reasons we can't share
more details about the action taken.

Team Snapchat
""")

case(name="x-conflicting", outcome="review", review="conflicting_statements",
     imitates="X legal template whose summary line and details disagree",
     why="summary says 'Withheld in KR', details say no action taken on the same post",
     **{"from": "legal@x.com"}, name_from="X Legal", date="Tue, 17 Sep 2024 04:04:04 +0000",
     subject="KCSC-240902-01 item 10",
     items={X10: "pending"},
     body=f"""
Hello,

Summary for KCSC-240902-01, item 10:
{X10}
Action: Withheld in KR

Details: Following review, we found that this post does not violate the X
Rules, and the request did not provide sufficient legal grounds. No action has
been taken on this post.

X Legal
""")

case(name="discord-promise-after-appeal", outcome="review", review="not_understood",
     imitates="Discord Trust & Safety interim update: removal conditional on an appeal",
     why="found violating, but removal only 'if the appeal is denied' - a condition, not a statement",
     **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
     date="Tue, 10 Sep 2024 20:20:20 +0000",
     subject="Re: KCSC-240909-06 [Ticket #48213377]", reply_to_req="req-240909-06",
     items={D1: "pending"},
     body=f"""
Hi,

Update on KCSC-240909-06. The server at {D1} was found to violate our
Community Guidelines. Its owner has filed an appeal; if the appeal is denied,
the server will be removed when the appeal window closes on 20 September.

Discord Trust & Safety
""")

# ======== IGNORED ========

case(name="tiktok-receipt-with-ref", outcome="ignored", classification="acknowledgement",
     imitates="TikTok automated 'we received your report' ticket receipt",
     why="pure receipt with a ticket number; no statement about any item",
     **{"from": "noreply@tiktok.com"}, name_from="TikTok Support",
     date="Thu, 05 Sep 2024 05:01:00 +0000",
     subject="We received your report - KCSC-240905-04",
     extra_headers=["Auto-Submitted: auto-generated"],
     items={},
     body="""
Thanks for contacting TikTok.

This is an automated confirmation that we've received your message. Your
ticket number is 3390-AX71. Our team reviews reports in the order they arrive
and will reply to this email address.

TikTok Support
""")

case(name="twitch-out-of-office", outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply' out-of-office from a Twitch legal employee",
     why="out-of-office auto-reply",
     **{"from": "hreyes@twitch.tv"}, name_from="Hannah Reyes",
     date="Tue, 03 Sep 2024 00:30:00 +0000",
     subject="Automatic reply: Inquiry from KCSC",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     items={},
     body="""
Hello,

I am out of the office until Monday, 23 September, with limited access to
email. For urgent law enforcement or legal matters, please use the Twitch
legal request portal. Your message will not be forwarded.

Hannah
""")

_dsn_original = (
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: ir-korea@meta.com\n"
    "Subject: KCSC-240903-02 Request for removal of illegal content\n"
    "Message-ID: <req-240903-02@kcsc.example>\n"
    "Date: Tue, 03 Sep 2024 11:20:00 +0900\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Dear Meta,\n\nPlease remove the following content (KCSC-240903-02):\n\n"
    + "\n".join(MS) + "\n\nKorea Communications Standards Commission\n")
case(name="dsn-bounce-meta", outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (user unknown) returning our request",
     why="bounce of our own request; the returned copy's URLs are ours, not statements",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, auth="none", name_from="Mail Delivery System",
     date="Tue, 03 Sep 2024 02:20:41 +0000",
     subject="Undelivered Mail Returned to Sender",
     items={M1: "pending"},
     raw_mime=multipart("report", "5E1A2C0F03.1725330041/mx.kcsc.example", [
         plain_part("""
This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<ir-korea@meta.com>: host mx.meta.com[203.0.113.25] said: 550 5.1.1
    <ir-korea@meta.com>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)
""").replace("text/plain; charset=utf-8", 'text/plain; charset=us-ascii\nContent-Description: Notification'),
         "Content-Type: message/delivery-status\nContent-Description: Delivery report\n\n"
         "Reporting-MTA: dns; mx.kcsc.example\n"
         "Arrival-Date: Tue,  3 Sep 2024 11:20:02 +0900 (KST)\n\n"
         "Final-Recipient: rfc822; ir-korea@meta.com\n"
         "Action: failed\nStatus: 5.1.1\n"
         "Remote-MTA: dns; mx.meta.com\n"
         "Diagnostic-Code: smtp; 550 5.1.1 <ir-korea@meta.com>: Recipient address\n"
         "    rejected: User unknown\n",
         "Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n" + _dsn_original,
     ], params='; report-type=delivery-status'))

case(name="yt-mdn-read-receipt", outcome="ignored", classification="read_receipt",
     imitates="Outlook-style read receipt (message/disposition-notification) from a Google legal mailbox",
     why="read receipt for our request",
     **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
     date="Wed, 04 Sep 2024 02:15:00 +0000",
     subject="Read: KCSC-240904-03 Request for removal of illegal content",
     items={},
     raw_mime=multipart("report", "mdn_yt_20240904", [
         plain_part("""
Your message

  To: legal-kr@google.com
  Subject: KCSC-240904-03 Request for removal of illegal content
  Sent: Wednesday, September 4, 2024 9:30 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 11:14 AM (UTC+09:00) Seoul.
"""),
         "Content-Type: message/disposition-notification\n\n"
         "Reporting-UA: legal-kr@google.com; Microsoft Outlook 16.0\n"
         "Final-Recipient: rfc822;legal-kr@google.com\n"
         "Original-Message-ID: <req-240904-03@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed\n",
     ], params='; report-type=disposition-notification'))

case(name="reddit-zendesk-receipt", outcome="ignored", classification="acknowledgement",
     imitates="Zendesk-style 'Your request has been received' receipt from Reddit Help",
     why="ticket receipt only; no item statement",
     **{"from": "help@reddit.com"}, name_from="Reddit Help",
     date="Fri, 06 Sep 2024 01:12:33 +0000",
     subject="[Reddit Help] Re: KCSC-240906-05 Removal request",
     extra_headers=["Auto-Submitted: auto-generated"],
     items={},
     body="""
##- Please type your reply above this line -##

Your request (#11984420) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

Reddit Help
""")

case(name="pinterest-noreply-auto", outcome="ignored", classification="auto_reply",
     imitates="Pinterest unmonitored-mailbox automatic reply pointing to the report form",
     why="automatic reply from an unmonitored address",
     **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
     date="Sun, 08 Sep 2024 09:09:09 +0000",
     subject="Automatic reply: KCSC request",
     extra_headers=["Auto-Submitted: auto-replied"],
     items={},
     body="""
Hi there,

Thanks for your email. This address isn't monitored, so your message has not
been read. To report content on Pinterest, please use the form at
https://help.pinterest.com/en/contact.

Pinterest
""")

case(name="x-legal-submission-receipt", outcome="ignored", classification="acknowledgement",
     imitates="X legal request portal submission receipt",
     why="confirms receipt of the request and gives a case number; nothing about items",
     **{"from": "noreply@x.com"}, name_from="X Legal",
     date="Mon, 02 Sep 2024 01:05:30 +0000",
     subject="Your legal request has been received [ref: KCSC-240902-01]",
     extra_headers=["Auto-Submitted: auto-generated"],
     items={},
     body="""
Thank you for your submission to X.

We have received your legal request (your reference KCSC-240902-01). Your case
number is 0192837-LR. We will review it and respond by email.

Please do not reply to this message; this mailbox is not monitored.

X Legal
""")


HEADER = """# Blind set 502 (English notices from many platforms).
# Written by tests/corpus/blind502/make.py; edit the case list there.
# Expected results were written from each email's meaning before any run.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind502", HEADER, CASES)


if __name__ == "__main__":
    main()
