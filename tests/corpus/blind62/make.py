#!/usr/bin/env python3
"""Blind set 62 (issue 11): a general English mix across many platforms.

Expected results are written in the case list from each email's meaning,
before the reader was ever run on them. Deterministic: rerun rewrites the
same bytes (requests.csv, cases/*.eml, expected.toml).
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
    "tiktok.com": "TikTok", "fb.com": "Meta", "meta.com": "Meta",
    "support.facebook.com": "Facebook", "reddit.com": "Reddit", "discord.com": "Discord",
    "pinterest.com": "Pinterest", "twitch.tv": "Twitch",
})

# ---------------------------------------------------------------- requests
YT = [
    "https://www.youtube.com/watch?v=Qm7dLr2xTb4",
    "https://www.youtube.com/watch?v=pZ9kW3eHn0A",
    "https://www.youtube.com/watch?v=Lc4vYt8sJq1",
    "https://www.youtube.com/watch?v=hR2nMx6uFw9",
    "https://www.youtube.com/watch?v=Tb8qEs1oKd5",
    "https://www.youtube.com/shorts/Vn3gHj7pLs2",
    "https://www.youtube.com/watch?v=aW5cRk9yMe0",
    "https://www.youtube.com/watch?v=Ju6tPb4zNc8",
    "https://www.youtube.com/watch?v=Ex1oGm3wQv7",
    "https://www.youtube.com/shorts/Ki9sDf2rUy4",
    "https://www.youtube.com/watch?v=Yh4lZa8bXn6",
    "https://www.youtube.com/watch?v=Rf0uNq5cVt3",
    "https://www.youtube.com/watch?v=Ws2jKe7hBp9",
    "https://www.youtube.com/@moonlit_edits_fake",
]
X = [
    "https://x.com/grayfox_tm/status/1832990411208834561",
    "https://x.com/grayfox_tm/status/1833004128877215744",
    "https://x.com/nightjar_kr99/status/1833120775514900480",
    "https://x.com/nightjar_kr99/status/1833150092467208199",
    "https://x.com/paperlantern_z/status/1833311840092671022",
]
TT = [
    "https://www.tiktok.com/@seoulsnaps.fake/video/7412093385510281479",
    "https://www.tiktok.com/@seoulsnaps.fake/video/7412210487352986912",
    "https://www.tiktok.com/@blurry.cam_22/video/7412577201928383751",
    "https://www.tiktok.com/@blurry.cam_22/video/7412690914017348872",
]
META = [
    "https://www.facebook.com/groups/4471209933817725/posts/5120883347216670/",
    "https://www.instagram.com/p/C_x3kR9Pq7L/",
    "https://www.instagram.com/reel/C_zLw0aNm4T/",
]
RD = [
    "https://www.reddit.com/r/kpics_leaked_fake/comments/1fbq7zx/new_upload/",
    "https://www.reddit.com/r/kpics_leaked_fake/comments/1fcd2k8/part_two/",
]
DC = ["https://discord.com/channels/1170324987612045332/1170325120394166312/1283411902255710298"]
TG = ["https://t.me/velvetroom_kr/2210", "https://t.me/velvetroom_kr/2214", "https://t.me/shadowdeck_fake/87"]
PN = ["https://www.pinterest.com/pin/871235098236547710/", "https://www.pinterest.com/pin/871235098236551204/"]
TW = ["https://www.twitch.tv/videos/2246801357"]

REQUESTS = [
    ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", YT, "deepfake_sexual_abuse"),
    ("KCSC-240910-01", "x", "2024-09-10T10:30:00+09:00", "2024-09-17T18:00:00+09:00", X, "illegal_gambling"),
    ("KCSC-240910-02", "telegram", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", TG, "deepfake_sexual_abuse"),
    ("KCSC-240911-01", "tiktok", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", TT, "drug_sales"),
    ("KCSC-240912-01", "meta", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00", META, "illegal_gambling"),
    ("KCSC-240913-01", "reddit", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", RD, "deepfake_sexual_abuse"),
    ("KCSC-240913-02", "pinterest", "2024-09-13T15:00:00+09:00", "2024-09-20T18:00:00+09:00", PN, "obscenity"),
    ("KCSC-240916-01", "discord", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", DC, "deepfake_sexual_abuse"),
    ("KCSC-240917-01", "twitch", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00", TW, "obscenity"),
]


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, "<%s@kcsc.example>" % mid(ref), ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted(ref, urls, when, prefix="> "):
    lines = ["Dear Sir or Madam,", "",
             "The Korea Communications Standards Commission requests the removal of the",
             "following content under Article 44-7 of the Network Act (ref. %s):" % ref, ""]
    lines += ["%d. %s" % (i + 1, u) for i, u in enumerate(urls)]
    lines += ["", "Please remove or block access to the content and reply with the result", "for each item.",
              "", "KCSC Takedown Desk"]
    return "On %s, KCSC Takedown <takedown@kcsc.example> wrote:\n" % when + "\n".join(
        (prefix + l).rstrip() for l in lines)


def b64(s):
    data = base64.b64encode(s.encode("utf-8")).decode()
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode()


C = []


def case(**kw):
    C.append(kw)


# ================================================================ YouTube (largest request)
case(name="yt-legal-removed-and-blocked-kr", from_="legal-support@google.com",
     date="Wed, 11 Sep 2024 16:12:40 +0900", reply_to_req=mid("KCSC-240909-01"),
     subject="Re: [KCSC-240909-01] Request for removal of content [ID: 6-4172000039514]",
     body=f"""Hello,

Thank you for contacting Google. We have reviewed the content identified in your
notice (our reference 6-4172000039514).

After review, we have removed the following videos from YouTube globally for
violating our Community Guidelines:

  - {YT[0]}
  - {YT[1]}

In addition, we have blocked the following content from view in South Korea
in response to your legal request:

  - {YT[2]}
  - {YT[3]}

For more information about how we handle government requests, please see
https://transparencyreport.google.com/government-removals/overview and
https://support.google.com/youtube/answer/2802027 .

Regards,
The Google Legal Removals Team
""", outcome="applied", items={YT[0]: "removed", YT[1]: "removed", YT[2]: "restricted", YT[3]: "restricted"},
     imitates="Google legal removals outcome letter: global removal for Community Guidelines plus 'blocked from view in [country]' (local legal block), with transparency report link",
     why="two bulleted groups under two unhedged headings: removed globally, blocked from view in South Korea; help links are not items")

case(name="yt-no-violation-policy-links", from_="legal-support@google.com",
     date="Thu, 12 Sep 2024 09:41:05 +0900", reply_to_req=mid("KCSC-240909-01"),
     subject="Re: [KCSC-240909-01] Request for removal of content [ID: 6-4172000039622]",
     body=f"""Hello,

We have reviewed the following URL that you reported:

{YT[4]}

Having reviewed the video and the information you provided, we did not find that it
violates YouTube's Community Guidelines (https://www.youtube.com/howyoutubeworks/policies/community-guidelines/)
or applicable local law, so we are not taking action on it at this time. The
video remains available.

If you have additional information, such as a court order, you may submit a new
request at https://support.google.com/legal/answer/3110420 .

Regards,
The YouTube Legal Team
""", outcome="applied", items={YT[4]: "rejected"},
     imitates="YouTube 'we did not find a violation / we are not taking action' legal reply with Community Guidelines and new-request links",
     why="negated action with reason (no violation) and 'remains available': rejected; the policy links and the invitation to resubmit do not hedge the decision")

case(name="yt-shorts-age-restricted", from_="noreply-trust@youtube.com",
     date="Thu, 12 Sep 2024 13:05:51 +0900", reply_to_req=mid("KCSC-240909-01"),
     subject="YouTube: update on your report (KCSC-240909-01)",
     body=f"""Hi KCSC Takedown Desk,

Thanks for your report. We have age-restricted the following Short, so it
is no longer visible to viewers who are signed out or under 18:

{YT[5]}

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

- The YouTube Team

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You received this email to provide an update on a report you submitted.
""", outcome="applied", items={YT[5]: "restricted"},
     imitates="YouTube Trust & Safety report update: 'We have age-restricted the content' with age-restriction help link and Google legal footer",
     why="age-restriction is a restriction per issue 11")

yt_table = f"""<html><body>
<p>Dear KCSC,</p>
<p>Please find below the outcome of our review of your request KCSC-240909-01.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>URL</th><th>Outcome</th></tr>
<tr><td>7</td><td>{YT[6]}</td><td>Removed - violates our policy on harassment</td></tr>
<tr><td>8</td><td>{YT[7]}</td><td>Video not found - the URL does not point to an existing video</td></tr>
<tr><td>9</td><td>{YT[8]}</td><td>Restricted - blocked in South Korea (local law)</td></tr>
</table>
<p>Policy information: <a href="https://support.google.com/youtube/answer/2801939">Harassment &amp; cyberbullying policies</a></p>
<p>Kind regards,<br>YouTube Legal Support</p>
</body></html>"""
case(name="yt-html-outcome-table", from_="legal-support@google.com",
     date="Fri, 13 Sep 2024 10:20:00 +0900", reply_to_req=mid("KCSC-240909-01"),
     subject="Re: KCSC-240909-01 - outcome", type="html", body=yt_table,
     outcome="applied", items={YT[6]: "removed", YT[7]: "not_found", YT[8]: "restricted"},
     imitates="Google/YouTube legal support bulk outcome table (URL | outcome) as sent to government reporters",
     why="one status per table row; the policy anchor is not an item")

yt_csv = "url,decision,reason\n%s,removed,Community Guidelines - nudity and sexual content\n%s,no action,No policy or local law violation found\n" % (YT[9], YT[10])
case(name="yt-csv-attachment", from_="legal-support@google.com",
     date="Fri, 13 Sep 2024 17:44:12 +0900", reply_to_req=mid("KCSC-240909-01"),
     subject="Re: [KCSC-240909-01] Outcome attached",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b62csv"

--b62csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please see the attached file for the decisions on two further URLs from your
request KCSC-240909-01.

Regards,
YouTube Legal Support

--b62csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_decisions.csv"
Content-Transfer-Encoding: base64

{b64(yt_csv)}
--b62csv--
""", outcome="applied", items={YT[9]: "removed", YT[10]: "rejected"},
     imitates="bulk decision spreadsheet (CSV export) attached to a legal-team reply, as platforms send for government requests",
     why="CSV rows: 'removed' -> removed; 'no action' with 'No policy or local law violation found' -> rejected")

case(name="yt-hedged-may-remove", from_="legal-support@google.com",
     date="Mon, 16 Sep 2024 11:02:33 +0900", reply_to_req=mid("KCSC-240909-01"),
     subject="Re: [KCSC-240909-01] Request for removal of content",
     body=f"""Hello,

Regarding the following video:

{YT[11]}

our specialist team is still assessing it against our policies. Depending on
the outcome, it may be removed or restricted in your country. We will let you
know once a decision has been made.

Regards,
The Google Legal Removals Team
""", outcome="review", review="not_understood", items={YT[11]: "pending"},
     imitates="Google legal 'still assessing / may be removed depending on the outcome' interim reply",
     why="hedged and future: nothing was done; names a requested item, so not ignored but review")

case(name="yt-under-review-top-posted", from_="legal-support@google.com",
     date="Mon, 16 Sep 2024 15:30:10 +0900", reply_to_req=mid("KCSC-240909-01"),
     subject="Re: [KCSC-240909-01] Reminder",
     body=f"""Hi,

{YT[12]} is currently under review by our team. We have not reached a decision yet.

Thanks,
YouTube Legal Support

{quoted("KCSC-240909-01", YT[11:14], "Mon, Sep 16, 2024 at 9:00 AM")}
""", outcome="review", review="not_understood", items={YT[12]: "pending", YT[11]: "pending", YT[13]: "pending"},
     imitates="short top-posted 'currently under review' reply over a Gmail-quoted reminder",
     why="under review: no decision; quoted list never counts")

case(name="yt-channel-terminated-gmail-quote", from_="legal-support@google.com",
     date="Tue, 17 Sep 2024 10:15:00 +0900", reply_to_req=mid("KCSC-240909-01"),
     subject="Re: [KCSC-240909-01] Reminder",
     body=f"""Hello,

The channel {YT[13]} has been terminated for violating our Community
Guidelines and is no longer available on YouTube.

Best,
YouTube Legal Support

{quoted("KCSC-240909-01", YT[11:14], "Mon, Sep 16, 2024 at 9:00 AM")}
""", outcome="applied", items={YT[13]: "removed", YT[11]: "pending", YT[12]: "pending"},
     imitates="YouTube channel termination notice wording ('terminated for violating our Community Guidelines') top-posted over a quoted reminder",
     why="channel terminated = removed for the channel item; the other quoted items stay pending")

case(name="yt-youtu-be-short-reply", from_="legal-support@google.com",
     date="Wed, 11 Sep 2024 18:01:00 +0900", reply_to_req=mid("KCSC-240909-01"),
     subject="Re: [KCSC-240909-01] Request for removal of content",
     body=f"""Hi team, removed: https://youtu.be/{YT[1].split('=')[1]}

Regards,
Jae Park, YouTube Legal Support (APAC)

{quoted("KCSC-240909-01", YT[:3], "Mon, Sep 9, 2024 at 10:00 AM")}
""", outcome="applied", items={YT[1]: "removed", YT[0]: "pending", YT[2]: "pending"},
     imitates="one-line agent reply ('removed: <link>') with youtu.be short link over the quoted request",
     why="youtu.be form of item 2; quoted other items stay pending")

case(name="yt-out-of-office", from_="jpark@google.com",
     date="Mon, 16 Sep 2024 09:01:12 +0900", reply_to_req=mid("KCSC-240909-01"),
     subject="Automatic reply: [KCSC-240909-01] Reminder",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until Monday, 23 September, with limited access to email.
For urgent legal removal matters please use https://support.google.com/legal .

Jae Park
""", outcome="ignored", classification="auto_reply", items={},
     imitates="Outlook/Gmail out-of-office auto-reply with Auto-Submitted header",
     why="auto-reply, states nothing about items")

case(name="yt-claims-tiktok-item", from_="legal-support@google.com",
     date="Thu, 12 Sep 2024 16:00:00 +0900", reply_to_req=mid("KCSC-240911-01"),
     subject="Re: [KCSC-240911-01] Request for removal of content",
     body=f"""Hello,

The following content has been removed:

{TT[0]}

Regards,
Google Legal Support
""", outcome="review", review="wrong_platform", items={TT[0]: "pending"},
     imitates="misdirected platform reply: a trusted Google sender confirms removal of another platform's URL",
     why="Google cannot state what TikTok did; the TikTok item stays pending and the email goes to review")

# ================================================================ X
case(name="x-withheld-in-kr", from_="legal@x.com",
     date="Wed, 11 Sep 2024 08:14:55 +0900", reply_to_req=mid("KCSC-240910-01"),
     subject="Re: KCSC-240910-01 [ref:_00D0c0AAAA._5004X00001abcd:ref]",
     body=f"""Hello,

We have received your request and, in compliance with local law, X has withheld
access to the following content in South Korea:

{X[0]}
{X[1]}

The content remains available outside South Korea. We notify affected account
holders in line with our policies: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thank you,
X Legal
ref:_00D0c0AAAA._5004X00001abcd:ref
""", outcome="applied", items={X[0]: "restricted", X[1]: "restricted"},
     imitates="X (Twitter) country-withheld content legal reply with Salesforce ref thread id and help link on country withholding",
     why="'withheld access ... in South Korea' = restricted; 'received your request' preamble does not make it an acknowledgement")

case(name="x-removed-and-no-violation", from_="legal@x.com",
     date="Thu, 12 Sep 2024 12:30:00 +0900", reply_to_req=mid("KCSC-240910-01"),
     subject="Re: KCSC-240910-01",
     body=f"""Hello,

Thank you for your report. Following review:

{X[2]}
This post was removed for violating the X Rules on illegal goods and services.

{X[3]}
We reviewed this post and found it did not violate the X Rules or local law. No
action was taken.

X Legal
""", outcome="applied", items={X[2]: "removed", X[3]: "rejected"},
     imitates="X legal per-post decisions, status on the lines below each bare URL",
     why="status below each URL: removed; reviewed, no violation, no action -> rejected")

case(name="x-dsa-statement-of-reasons", from_="dsa-notices@x.com",
     date="Fri, 13 Sep 2024 02:03:04 +0900", reply_to_req=mid("KCSC-240910-01"),
     subject="Statement of reasons - decision on your notice KCSC-240910-01",
     body=f"""Decision on your notice

Content: {X[4]}
Decision: Removal of content
Territorial scope: Global
Ground: Violation of X's terms of service (Illegal or certain regulated goods or services)
Automated means used in decision: No

You can learn about redress options at https://help.x.com/forms/dsa-appeal .
X Corp. / Twitter International Unlimited Company, One Cumberland Place, Fenian St, Dublin 2
""", outcome="applied", items={X[4]: "removed"},
     imitates="DSA Art. 17 statement-of-reasons style decision notice (Decision / Territorial scope / Ground)",
     why="'Decision: Removal of content' field for the listed content")

case(name="x-case-acknowledgement", from_="noreply@x.com",
     date="Tue, 10 Sep 2024 10:31:20 +0900", reply_to_req=mid("KCSC-240910-01"),
     subject="Case# 0129384756: We received your report [ref:_00D0c0AAAA._5004X00001abcd:ref]",
     body="""Hello,

We have received your report and a case has been created (Case# 0129384756).
Our team will review it and respond as soon as possible. Please do not reply to
this message; to add information, reply to the case using the link in this email.

X Support
""", outcome="ignored", classification="acknowledgement", items={},
     imitates="X support auto-acknowledgement 'We received your report / case created'",
     why="pure receipt, names no item and states nothing")

case(name="x-dmarc-fail-claims", from_="legal@x.com", auth="fail",
     date="Wed, 11 Sep 2024 21:14:00 +0900", reply_to_req=mid("KCSC-240910-01"),
     subject="Re: KCSC-240910-01",
     body=f"""Hello,

The following post has been removed: {X[4]}

X Legal
""", outcome="review", review="untrusted", items={X[4]: "pending"},
     imitates="spoofed legal@x.com reply that fails DMARC",
     why="DMARC fail: untrusted, never applied, must be seen")

case(name="x-post-does-not-exist", from_="legal@x.com",
     date="Tue, 17 Sep 2024 14:44:00 +0900", reply_to_req=mid("KCSC-240910-01"),
     subject="Re: KCSC-240910-01 reminder",
     body=f"""Hi,

We were unable to locate the post at {X[4]} - it appears the URL
does not exist on X. Please check the link.

X Legal
""", outcome="applied", items={X[4]: "not_found"},
     imitates="X legal 'unable to locate / URL does not exist' reply",
     why="cannot locate / does not exist -> not_found; 'please check the link' is a courtesy, not a hedge (arguable: could be asks_more)")

case(name="x-out-of-office-legal", from_="m.hughes@x.com",
     date="Tue, 10 Sep 2024 10:32:10 +0900", reply_to_req=mid("KCSC-240910-01"),
     subject="Out of Office: KCSC-240910-01 Request for removal",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""Thank you for your email. I am currently on leave and will respond on my return on 18 September.
Legal requests should be submitted at https://legalrequests.x.com .
""", outcome="ignored", classification="auto_reply", items={},
     imitates="personal out-of-office reply from a legal staffer",
     why="auto-reply")

# ================================================================ Telegram
case(name="tg-abuse-blocked-lines", from_="abuse@telegram.org",
     date="Wed, 11 Sep 2024 03:20:00 +0900", reply_to_req=mid("KCSC-240910-02"),
     subject="Re: KCSC-240910-02",
     body=f"""Hello,

{TG[0]} - blocked
{TG[1]} - blocked

Thanks for your report.
Telegram Abuse Team
""", outcome="applied", items={TG[0]: "removed", TG[1]: "removed"},
     imitates="terse Telegram abuse desk reply, one 'URL - blocked' line each",
     why="blocked on Telegram = removal (not a country restriction)")

case(name="tg-will-be-blocked", from_="abuse@telegram.org",
     date="Thu, 12 Sep 2024 01:10:00 +0900", reply_to_req=mid("KCSC-240910-02"),
     subject="Re: KCSC-240910-02",
     body=f"""Hi,

{TG[2]} will be reviewed by our moderators and blocked if it violates our Terms of Service.

Telegram Abuse Team
""", outcome="review", review="not_understood", items={TG[2]: "pending"},
     imitates="Telegram abuse desk conditional future reply",
     why="conditional future: nothing done")

case(name="tg-already-deleted-by-owner", from_="dsa@telegram.org",
     date="Sat, 14 Sep 2024 19:00:00 +0900", reply_to_req=mid("KCSC-240910-02"),
     subject="Re: KCSC-240910-02",
     body=f"""Hello,

The channel post {TG[2]} no longer exists; it was deleted by its owner before our
moderators reached it.

Regards,
Telegram

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 2:00 PM
To: dsa@telegram.org
Subject: KCSC-240910-02

Please remove the following content:
1. {TG[0]}
2. {TG[1]}
3. {TG[2]}
""", outcome="applied", items={TG[2]: "not_found", TG[0]: "pending", TG[1]: "pending"},
     imitates="Telegram reply with Outlook '-----Original Message-----' quote; content already deleted by its author",
     why="already deleted by its author -> not_found; quoted list is not a statement")

# ================================================================ TikTok
case(name="tt-removed-numbered", from_="legal-request@tiktok.com",
     date="Thu, 12 Sep 2024 14:22:00 +0900", reply_to_req=mid("KCSC-240911-01"),
     subject="Re: [KCSC-240911-01] TikTok - Content Removal Request [Ticket 38812290]",
     body=f"""Dear KCSC,

Thank you for reaching out. Our team has reviewed the reported content against
our Community Guidelines (https://www.tiktok.com/community-guidelines):

1. {TT[0]} - removed for violating our policy on regulated goods
2. {TT[1]} - removed for violating our policy on regulated goods

Best regards,
TikTok Law Enforcement & Government Outreach
TikTok Pte. Ltd.
""", outcome="applied", items={TT[0]: "removed", TT[1]: "removed"},
     imitates="TikTok government/legal request reply with numbered per-URL outcomes and Community Guidelines link",
     why="numbered list, each 'removed'")

case(name="tt-restricted-in-region", from_="legal-request@tiktok.com",
     date="Fri, 13 Sep 2024 11:00:00 +0900", reply_to_req=mid("KCSC-240911-01"),
     subject="Re: [KCSC-240911-01] TikTok - Content Removal Request [Ticket 38812290]",
     body=f"""Dear KCSC,

Following a review under local law, access to the video below has been restricted
in South Korea. It remains available in other regions.

{TT[2]}

Best regards,
TikTok Legal
""", outcome="applied", items={TT[2]: "restricted"},
     imitates="TikTok 'restricted in your country/region' local-law outcome; URL on the line below its statement",
     why="statement above, URL below: restricted in South Korea")

case(name="tt-asks-legal-basis", from_="legal-request@tiktok.com",
     date="Fri, 13 Sep 2024 15:40:00 +0900", reply_to_req=mid("KCSC-240911-01"),
     subject="Re: [KCSC-240911-01] Additional information needed [Ticket 38812290]",
     body=f"""Dear KCSC,

To process your request regarding {TT[3]} we need additional information.
Please provide the specific provision of Korean law the content violates and a copy
of the official decision. We will be unable to proceed until we receive this.

Best regards,
TikTok Legal
""", outcome="review", review="asks_more", items={TT[3]: "pending"},
     imitates="TikTok request-for-information reply (legal basis and official decision needed)",
     why="asks for more information, nothing done")

case(name="tt-ticket-receipt", from_="noreply@tiktok.com",
     date="Wed, 11 Sep 2024 09:31:00 +0900", reply_to_req=mid("KCSC-240911-01"),
     subject="We've received your request [Ticket 38812290]",
     body="""Hi,

Thanks for contacting TikTok. This is an automated message to let you know that we
have received your request and created ticket 38812290. A member of our team will
get back to you.

TikTok Support
""", outcome="ignored", classification="acknowledgement", items={},
     imitates="TikTok automated ticket-received message",
     why="pure receipt")

case(name="tt-url-below-removed", from_="legal-request@tiktok.com",
     date="Wed, 18 Sep 2024 10:10:00 +0900", reply_to_req=mid("KCSC-240911-01"),
     subject="Re: [KCSC-240911-01] Ticket 38812290 update",
     body=f"""Hi KCSC,

Having received the information you sent, we removed the following video for violating our
Community Guidelines:
{TT[3]}

Thanks,
TikTok Legal
""", outcome="applied", items={TT[3]: "removed"},
     imitates="TikTok follow-up outcome after further information, URL on the line below the statement",
     why="unhedged past removal, URL below")

# ================================================================ Meta
case(name="meta-restricted-and-removed", from_="records@fb.com",
     date="Fri, 13 Sep 2024 06:55:00 +0900", reply_to_req=mid("KCSC-240912-01"),
     subject="Re: KCSC-240912-01 [Case 1129938877412]",
     body=f"""Hello,

Thank you for your report. After reviewing it, we have taken the following actions:

Facebook post: {META[0]}
Action: We've restricted access to this content in South Korea based on local law.

Instagram post: {META[1]}
Action: Removed for violating our Community Standards.

Learn more about how we respond to government requests:
https://transparency.meta.com/reports/content-restrictions/

Meta Trust & Safety
Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""", outcome="applied", items={META[0]: "restricted", META[1]: "removed"},
     imitates="Meta content restriction response ('restricted access in [country] based on local law') with per-URL Action lines and transparency link",
     why="per-URL Action lines")

case(name="meta-status-below-bare-url", from_="records@fb.com",
     date="Mon, 16 Sep 2024 08:30:00 +0900", reply_to_req=mid("KCSC-240912-01"),
     subject="Re: KCSC-240912-01 [Case 1129938877412]",
     body=f"""Hello again,

{META[2]}
We couldn't find this content. It may have been deleted before we reviewed your report.

Meta Trust & Safety
""", outcome="applied", items={META[2]: "not_found"},
     imitates="Meta 'we couldn't find this content' outcome, status below the bare URL",
     why="couldn't find -> not_found; 'may have been deleted' is a guess about why, not a hedge of the main finding (arguable)")

case(name="meta-lookalike-sender", from_="support@meta-legal-review.com",
     date="Sat, 14 Sep 2024 12:00:00 +0900", reply_to_req=mid("KCSC-240912-01"),
     name_from="Meta Legal",
     subject="Re: KCSC-240912-01",
     body=f"""Hello,

We have removed the following content: {META[0]}

Meta Legal Review
""", outcome="review", review="unknown_sender", items={META[0]: "pending"},
     imitates="look-alike Meta sender domain claiming a removal",
     why="authenticated but not a Meta domain: unknown sender naming our item must be reviewed")

meta_html = f"""<html><body><p>Hi,</p><p>The Instagram reel you reported has been <b>removed</b>:</p>
<p><a href="{META[2]}">{META[2]}</a></p><p>Meta Trust &amp; Safety</p></body></html>"""
meta_text = f"""Hi,

The Instagram reel you reported has been removed:
{META[2]}

Meta Trust & Safety
"""
case(name="meta-multipart-base64", from_="noreply@meta.com",
     date="Tue, 17 Sep 2024 07:45:00 +0900", reply_to_req=mid("KCSC-240912-01"),
     subject="Update on your report: KCSC-240912-01",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="b62alt"

--b62alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(meta_text)}
--b62alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(meta_html)}
--b62alt--
""", outcome="applied", items={META[2]: "removed"},
     imitates="Meta report-update email, multipart/alternative base64",
     why="removed, URL below statement, both parts agree")

# ================================================================ Reddit
case(name="reddit-echoed-report-removed", from_="noreply@reddit.com",
     date="Fri, 13 Sep 2024 22:10:00 +0900", reply_to_req=mid("KCSC-240913-01"),
     subject="Re: KCSC-240913-01 - your report",
     body=f"""Hi there,

Thanks for submitting a report to Reddit. After investigating, we've found that the
reported content violates Reddit's Content Policy and we have removed it.

Your report:
  Report type: Non-consensual intimate media
  Reported content: {RD[0]}
  Reference: KCSC-240913-01

Thanks again for helping keep Reddit safe.
Reddit Safety
https://www.redditinc.com/policies/content-policy
""", outcome="applied", items={RD[0]: "removed"},
     imitates="Reddit 'we've found that the reported content violates Reddit's Content Policy' report-outcome message with echoed report",
     why="statement about 'the reported content' followed by echoed report listing it")

case(name="reddit-no-violation", from_="noreply@reddit.com",
     date="Sat, 14 Sep 2024 03:05:00 +0900", reply_to_req=mid("KCSC-240913-01"),
     subject="Re: KCSC-240913-01 - your report",
     body=f"""Hi there,

Thanks for submitting a report. After investigating, we've found that the reported
content doesn't violate Reddit's Content Policy, so it will stay up.

Your report:
  Reported content: {RD[1]}

If you think we got this wrong, you can request another review within 14 days:
https://www.reddit.com/report/appeal

Reddit Safety
""", outcome="applied", items={RD[1]: "rejected"},
     imitates="Reddit 'doesn't violate Reddit's Content Policy' report outcome with appeal link",
     why="no violation, stays up -> rejected")

case(name="reddit-vague-state", from_="noreply@reddit.com",
     date="Tue, 17 Sep 2024 12:00:00 +0900", reply_to_req=mid("KCSC-240913-01"),
     subject="Re: KCSC-240913-01",
     body=f"""Hi,

Regarding {RD[1]}: the community moderators have been notified and the thread's
visibility settings are being handled in accordance with our processes.

Reddit Safety
""", outcome="review", review="not_understood", items={RD[1]: "pending"},
     imitates="vague Reddit admin follow-up ('being handled')",
     why="no clear statement of what happened to the item")

case(name="reddit-ack", from_="noreply@reddit.com",
     date="Fri, 13 Sep 2024 10:02:00 +0900", reply_to_req=mid("KCSC-240913-01"),
     subject="We received your report",
     body="""Hi,

Thanks for letting us know. We've received your report and our Safety team will
review it. We'll send you another message once we've made a decision.

Reddit Safety
""", outcome="ignored", classification="acknowledgement", items={},
     imitates="Reddit 'we've received your report' confirmation",
     why="pure receipt")

# ================================================================ Pinterest
pn_csv = "Pin URL,Action\n%s,Pin deactivated\n%s,Not removed - does not violate Community Guidelines\n" % (PN[0], PN[1])
case(name="pinterest-csv-result", from_="legal@pinterest.com",
     date="Mon, 16 Sep 2024 04:30:00 +0900", reply_to_req=mid("KCSC-240913-02"),
     subject="Re: KCSC-240913-02 Pinterest response",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b62pn"

--b62pn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Thank you for your report. Our decisions on the Pins you listed are in the
attached file.

Pinterest Legal
651 Brannan Street, San Francisco, CA 94107

--b62pn
Content-Type: text/csv; name="pins.csv"
Content-Disposition: attachment; filename="pins.csv"
Content-Transfer-Encoding: base64

{b64(pn_csv)}
--b62pn--
""", outcome="applied", items={PN[0]: "removed", PN[1]: "rejected"},
     imitates="Pinterest legal reply with decisions in an attached CSV (Pin deactivated / not removed)",
     why="'Pin deactivated' = disabled = removed; 'Not removed - does not violate' = rejected")

case(name="pinterest-bounce", from_="MAILER-DAEMON@pinterest.com",
     date="Fri, 13 Sep 2024 15:01:00 +0900", name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b62dsn"

--b62dsn
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx1.pinterest.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<copyright-old@pinterest.com>: host mx1.pinterest.com said: 550 5.1.1 User unknown

--b62dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.pinterest.com
Final-Recipient: rfc822; copyright-old@pinterest.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b62dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: copyright-old@pinterest.com
Subject: KCSC-240913-02 Request for removal
Message-ID: <req-240913-02@kcsc.example>

--b62dsn--
""", outcome="ignored", classification="bounce", items={},
     imitates="Postfix DSN bounce (multipart/report delivery-status) of our request",
     why="bounce; says nothing about items")

# ================================================================ Discord
case(name="discord-message-removed", from_="safety@discord.com",
     date="Tue, 17 Sep 2024 05:12:00 +0900", reply_to_req=mid("KCSC-240916-01"),
     subject="Re: KCSC-240916-01 [Discord Trust & Safety #44718203]",
     body=f"""Hello,

Thank you for your report. Our Safety team reviewed the message you reported and it
has been removed from Discord. We have also taken action against the account
responsible in line with our Community Guidelines (https://discord.com/guidelines).

Reported message:
{DC[0]}

Discord Trust & Safety
""", outcome="applied", items={DC[0]: "removed"},
     imitates="Discord Trust & Safety report outcome ('has been removed', action against account) with echoed message link",
     why="removed, echoed message link; guidelines link not an item")

case(name="discord-read-receipt", from_="safety@discord.com",
     date="Mon, 16 Sep 2024 11:00:00 +0900", name_from="Discord Trust & Safety",
     subject="Read: KCSC-240916-01 Request for removal",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b62mdn"

--b62mdn
Content-Type: text/plain; charset=utf-8

Your message was read on Monday, September 16, 2024 11:00 AM (UTC+09:00).

--b62mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.discord.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;safety@discord.com
Original-Message-ID: <req-240916-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b62mdn--
""", outcome="ignored", classification="read_receipt", items={},
     imitates="Outlook read receipt (MDN, multipart/report disposition-notification)",
     why="read receipt")

# ================================================================ Twitch
tw_text = f"""Hello KCSC,

Thank you for your report. We have reviewed the reported content and it has been removed from Twitch for violating our Community Guidelines.

Reported content: {TW[0]}

Twitch Trust & Safety
https://safety.twitch.tv/s/article/Community-Guidelines
"""
tw_html = f"""<html><body><p>Hello KCSC,</p><p>Thank you for your report. We have reviewed the reported content and it has been removed from Twitch for violating our Community Guidelines.</p><p>Reported content: <a href="{TW[0]}">{TW[0]}</a></p><p>Twitch Trust &amp; Safety<br><a href="https://safety.twitch.tv/s/article/Community-Guidelines">Community Guidelines</a></p></body></html>"""
case(name="twitch-qp-removed", from_="safety@twitch.tv",
     date="Wed, 18 Sep 2024 03:00:00 +0900", reply_to_req=mid("KCSC-240917-01"),
     subject="Re: KCSC-240917-01 Twitch report outcome",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="b62tw"

--b62tw
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(tw_text)}
--b62tw
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(tw_html)}
--b62tw--
""", outcome="applied", items={TW[0]: "removed"},
     imitates="Twitch Trust & Safety report outcome, quoted-printable multipart/alternative",
     why="'the reported content ... has been removed' + echoed URL")

case(name="twitch-unknown-sender", from_="reports@streamsafety-desk.example",
     date="Wed, 18 Sep 2024 09:00:00 +0900", name_from="Twitch Safety Partner",
     reply_to_req=mid("KCSC-240917-01"),
     subject="Re: KCSC-240917-01",
     body=f"""Hello,

On behalf of Twitch, we confirm that {TW[0]} has been taken down.

Stream Safety Desk
""", outcome="review", review="unknown_sender", items={TW[0]: "pending"},
     imitates="third-party vendor claiming to act for a platform",
     why="unknown sender naming our item: review, never applied")


# ================================================================ additions
case(name="yt-partly-actioned", from_="legal-support@google.com",
     date="Tue, 17 Sep 2024 16:40:00 +0900", reply_to_req=mid("KCSC-240909-01"),
     subject="Re: [KCSC-240909-01] Reminder",
     body=f"""Hello,

We have actioned most of the URLs below; a few are still with our specialist team
and we will update you on those separately.

{YT[0]}
{YT[1]}
{YT[2]}
{YT[3]}

Regards,
The Google Legal Removals Team
""", outcome="review", review="not_understood",
     items={YT[0]: "pending", YT[1]: "pending", YT[2]: "pending", YT[3]: "pending"},
     imitates="interim 'most actioned, some still pending' bulk reply without per-URL outcomes",
     why="partly done, without saying which: no item can be given a status; names items, so review")


def xlsx_bytes(rows):
    """Minimal deterministic XLSX (inline strings, fixed zip timestamps)."""
    import zipfile
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for i, row in enumerate(rows, 1):
        cells = "".join(cell("ABC"[j] + str(i), v) for j, v in enumerate(row))
        sheet_rows.append(f'<row r="{i}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def b64bytes(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


meta_xlsx = xlsx_bytes([["Reported URL", "Outcome", "Notes"],
                        [META[1], "Removed", "Community Standards - regulated goods"],
                        [META[2], "Not found", "URL invalid or content no longer exists"]])
case(name="meta-xlsx-results", from_="records@fb.com",
     date="Sat, 14 Sep 2024 09:05:00 +0900", reply_to_req=mid("KCSC-240912-01"),
     subject="Re: KCSC-240912-01 [Case 1129938877412] - results",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b62xl"

--b62xl
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the results of our review of the Instagram URLs in your
report KCSC-240912-01.

Meta Trust & Safety

--b62xl
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240912-01_results.xlsx"
Content-Disposition: attachment; filename="KCSC-240912-01_results.xlsx"
Content-Transfer-Encoding: base64

{b64bytes(meta_xlsx)}
--b62xl--
""", outcome="applied", items={META[1]: "removed", META[2]: "not_found"},
     imitates="Meta government-request results spreadsheet (Reported URL | Outcome | Notes) attached to a short cover note",
     why="one outcome per spreadsheet row")

case(name="reddit-outlook-top-posted", from_="legal@reddit.com",
     date="Mon, 16 Sep 2024 02:15:00 +0900", reply_to_req=mid("KCSC-240913-01"),
     subject="RE: KCSC-240913-01 Request for removal",
     body=f"""Hello,

Reddit's Safety team has removed the post at {RD[0]} for violating Rule 3 (involuntary
pornography) of our Content Policy. We have not yet completed our review of the
second link and will follow up.

Best,
Reddit Legal

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 10:00 AM
To: legal@reddit.com
Subject: KCSC-240913-01 Request for removal

Please remove the following posts, which contain non-consensual intimate imagery:
1. {RD[0]}
2. {RD[1]}
""", outcome="applied", items={RD[0]: "removed", RD[1]: "pending"},
     imitates="Reddit legal reply top-posted over an Outlook 'From: / Sent: / To: / Subject:' quote",
     why="first item removed unhedged; 'second link' not yet reviewed -> stays pending (arguable: the unfinished part could justify review)")

# ---------------------------------------------------------------- write
HEADER = """# Blind set 62 (issue 11): general English mix, many platforms.
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. See NOTES.md.
"""


def main():
    write_requests()
    cases = []
    for c in C:
        c = dict(c)
        c["from"] = c.pop("from_")
        cases.append(c)
    corpuslib.write_set(HERE, "blind62", HEADER, cases)


if __name__ == "__main__":
    main()
