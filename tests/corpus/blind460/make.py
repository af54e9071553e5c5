#!/usr/bin/env python3
"""Blind corpus set blind460: English notices from many platforms (X, YouTube,
Meta, TikTok, Reddit, Discord, Twitch, Telegram, Snapchat, Pinterest).

    python3 tests/corpus/blind460/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader. All names, accounts, ids and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X1 = "https://x.com/quietmarsh_07/status/1831200000000000101"
X2 = "https://x.com/quietmarsh_07/status/1831200000000000102"
X3 = "https://x.com/dovecote_fm/status/1831200000000000203"
X4 = "https://x.com/dovecote_fm/status/1831200000000000204"
X5 = "https://x.com/lantern_row/status/1831200000000000305"
X6 = "https://x.com/lantern_row/status/1831200000000000306"
X7 = "https://x.com/pale_orchid/status/1831200000000000407"
X8 = "https://x.com/pale_orchid/status/1831200000000000408"
X9 = "https://x.com/ninefold_k/status/1831200000000000509"
X10 = "https://x.com/ninefold_k/status/1831200000000000510"
X11 = "https://x.com/saltgrain_tv/status/1831200000000000611"
X12 = "https://x.com/saltgrain_tv/status/1831200000000000612"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm3vT8pLx2A"
Y2 = "https://www.youtube.com/watch?v=Hc7Rw0dNf5E"
Y3 = "https://www.youtube.com/shorts/bK9zT2wYq1U"
Y4 = "https://www.youtube.com/watch?v=Zp4Lm6sJd0R"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/ferrylightclub/posts/7720014455"
M2 = "https://www.facebook.com/permalink.php?story_fbid=882100431&id=100089001234"
M3 = "https://www.instagram.com/p/C9kLm2QxT4w/"
M4 = "https://www.instagram.com/reel/C9pQr7VsN1z/"
M5 = "https://www.facebook.com/watch/?v=1045520098877"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@mintycrane_/video/7410022334455667781"
T2 = "https://www.tiktok.com/@mintycrane_/video/7410022334455667782"
T3 = "https://www.tiktok.com/@oddlot.studio/video/7410099887766554433"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/harborgossip/comments/1f4k2zq/weekend_leak_thread/"
R2 = "https://www.reddit.com/r/harborgossip/comments/1f4m9xa/re_upload/lk3v8d2/"
RS = [R1, R2]

D1 = "https://discord.com/channels/1122334455667788990/1122334455667788991/1280012345678901234"
D2 = "https://discord.gg/harborvault"
DS = [D1, D2]

W1 = "https://www.twitch.tv/videos/2245108837"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", XS,
     "gambling", "req.240903-01@kcsc.example", 'largest request, from "monitoring team", batch 3'),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", YS,
     "defamation", "req.240904-02@kcsc.example", "videos and one short"),
    ("KCSC-240905-03", "meta", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00", MS,
     "drugs", "req.240905-03@kcsc.example", "Facebook, Instagram"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00", TS,
     "obscenity", "req.240906-04@kcsc.example", ""),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:15:00+09:00", "2024-09-16T23:59:59+09:00", RS,
     "privacy", "req.240909-05@kcsc.example", "post and comment"),
    ("KCSC-240910-06", "discord", "2024-09-10T16:00:00+09:00", "2024-09-17T23:59:59+09:00", DS,
     "illegal_trade", "req.240910-06@kcsc.example", "message link, invite"),
    ("KCSC-240911-07", "twitch", "2024-09-11T13:00:00+09:00", "2024-09-18T23:59:59+09:00", [W1],
     "gambling", "req.240911-07@kcsc.example", "single VOD"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(s):
    data = s.encode("utf-8") if isinstance(s, str) else s
    return base64.encodebytes(data).decode("ascii")


def html_qp(html):
    return ("Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(html))


def alt_qp(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n"
            f"{qp(text)}\n"
            f"--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n"
            f"{qp(html)}\n"
            f"--{boundary}--\n")


def plain_b64(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text))


def with_csv(text, csvtext, filename, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n"
            f"{b64(csvtext)}\n"
            f"--{boundary}--\n")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, platform_name):
    lines = [f"Dear {platform_name} legal team,", "",
             "The Korea Communications Standards Commission requests the removal of,",
             "or restriction of access to, the following content under the Act on",
             "Promotion of Information and Communications Network Utilization.", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"Reference: {ref}", "Please reply with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ======================= APPLIED =======================================

case(name="x-legal-withheld-kr-bullets",
     **{"from": "legal-support@x.com"}, name_from="X Legal",
     date="Thu, 05 Sep 2024 07:12:40 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of illegal content",
     reply_to_req="req.240903-01",
     body=f"""
Hello,

Thank you for contacting X. We have reviewed the request referenced above
(KCSC-240903-01) in accordance with our policies and applicable local law.

Following our review, we have withheld access in South Korea to the posts
listed below:

  \u2022 {X1}
  \u2022 {X2}

These posts remain available outside South Korea. Where permitted, the
account holder has been notified of this action.

You can read more about country-withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal-demand outcome email (post withheld in country, with help-centre link)",
     why="trusted X email: two posts explicitly withheld in South Korea",
     items={X1: "restricted", X2: "restricted"})

case(name="x-numbered-mixed-outcomes",
     **{"from": "legal-support@x.com"}, name_from="X Legal",
     date="Fri, 06 Sep 2024 02:40:11 +0000",
     subject="Your report KCSC-240903-01 [ref:_00D5a0xYz._5003h12AbCd:ref]",
     body=f"""
Hi,

Our team has completed its review of your report KCSC-240903-01. Here are
the outcomes for three of the posts you listed:

1. {X3} - removed. The post violated the X Rules on illegal or certain
   regulated goods and services and is no longer available on X.
2. {X4} - withheld in Korea (KR) in response to your legal demand.
3. {X5} - no action taken. After review we found no violation of the X
   Rules, and the demand did not establish that this post is unlawful, so it
   remains available.

We will send a separate reply about the other posts in your report.

Thanks,
Sam
X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X legal operations reply with a numbered per-post outcome list (Salesforce ref tag in subject)",
     why="one removed, one withheld in KR, one refused with its reason",
     items={X3: "removed", X4: "restricted", X5: "rejected"})

case(name="x-url-then-action-line",
     **{"from": "legal-noreply@x.com"}, name_from="X",
     date="Sat, 07 Sep 2024 09:05:00 +0000",
     subject="Case 0917733: results for KCSC-240903-01",
     body=f"""
Case 0917733
Result summary for your request KCSC-240903-01

{X6}
Action: Post removed for violating the X Rules

{X7}
Action: Withheld in: KR

{X8}
Action: None - this post no longer exists. It was deleted by the account
owner before our review.

This is an automated summary of actions taken by X. Please do not reply to
this message. Policy details: https://help.x.com/en/rules-and-policies
""",
     outcome="applied", classification="confirmation",
     imitates="X case-result summary: bare URL with the action on the line below",
     why="status on the line under each URL: removed, withheld KR, deleted by author",
     items={X6: "removed", X7: "restricted", X8: "not_found"})

case(name="x-dsa-statement-of-reasons",
     **{"from": "dsa-notices@x.com"}, name_from="X",
     date="Mon, 09 Sep 2024 11:30:27 +0000",
     subject="Statement of reasons - notice KCSC-240903-01",
     body=f"""
Statement of reasons under Article 17 of the Digital Services Act

Notice reference:   KCSC-240903-01
Content concerned:  {X9}
Decision:           Removal of the content
Territorial scope:  Worldwide
Basis:              Incompatible with the X Terms of Service
                    (Violent Speech policy)
Facts relied on:    Notice submitted by a public authority
Automated means:    Not used for detection; not used for the decision
Date of decision:   9 September 2024

The account holder may appeal through our internal complaint system, use an
out-of-court dispute settlement body, or seek judicial redress.
More: https://help.x.com/en/forms/dsa/appeal

A copy of this statement has been submitted to the DSA Transparency Database.
""",
     outcome="applied", classification="confirmation",
     imitates="DSA Article 17 statement of reasons (copy to notifier), field/value layout",
     why="decision 'Removal of the content', worldwide scope, for one named post",
     items={X9: "removed"})

X_TABLE_HTML = f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello KCSC,</p>
<p>Please find below the outcome of our review of request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Post URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X12}">{X12}</a></td><td>Not actioned &ndash; content not found</td><td>&ndash;</td></tr>
</table>
<p>For questions, reply to this email quoting the reference above.</p>
<p>X Legal<br><a href="https://legalrequests.x.com/">legalrequests.x.com</a></p>
</body></html>
"""
case(name="x-html-table-qp",
     **{"from": "legal-support@x.com"}, name_from="X Legal",
     date="Tue, 10 Sep 2024 04:18:52 +0000",
     subject="RE: KCSC-240903-01 outcome",
     raw_mime=html_qp(X_TABLE_HTML),
     outcome="applied", classification="confirmation",
     imitates="X legal reply as a quoted-printable HTML table (URL / action / scope)",
     why="HTML table rows: removed globally, withheld in South Korea, not found",
     items={X10: "removed", X11: "restricted", X12: "not_found"})

X_CSV = "post_url,action,details\n" + "\n".join([
    f"{X1},withheld,KR",
    f"{X2},withheld,KR",
    f"{X3},removed,X Rules - illegal goods and services",
    f"{X4},withheld,KR",
    f"{X5},no action,no violation of the X Rules; not shown to be unlawful",
    f"{X6},removed,X Rules",
    f"{X7},withheld,KR",
    f"{X8},not found,post deleted by account owner",
    f"{X9},removed,Violent Speech policy",
    f"{X10},removed,X Rules",
    f"{X11},withheld,KR",
    f"{X12},not found,invalid URL - post does not exist",
]) + "\n"
case(name="x-csv-attachment-all-twelve",
     **{"from": "legal-support@x.com"}, name_from="X Legal",
     date="Wed, 11 Sep 2024 06:02:33 +0000",
     subject="Final response: KCSC-240903-01",
     reply_to_req="req.240903-01",
     raw_mime=with_csv(
         "Hello,\n\nPlease find attached the final outcome for each URL in your request\n"
         "KCSC-240903-01. 'withheld' means the post is not visible in the country\n"
         "shown in the details column.\n\nBest regards,\nX Legal",
         X_CSV, "KCSC-240903-01_outcome.csv", "=_xcsv_4471"),
     outcome="applied", classification="confirmation",
     imitates="X legal final response with a per-URL outcome CSV attachment",
     why="CSV lists all twelve posts: withheld KR, removed, no action (refusal with reason), not found",
     items={X1: "restricted", X2: "restricted", X3: "removed", X4: "restricted", X5: "rejected",
            X6: "removed", X7: "restricted", X8: "not_found", X9: "removed", X10: "removed",
            X11: "restricted", X12: "not_found"})

case(name="x-top-posted-over-gmail-quote",
     **{"from": "j.ortega@x.com"}, name_from="Jordan Ortega",
     date="Wed, 04 Sep 2024 22:47:10 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of illegal content",
     reply_to_req="req.240903-01",
     body=f"""
Hello KCSC team,

Of the posts in your request, the following one has now been withheld in
South Korea:
{X4}

We are still reviewing the remaining posts and will follow up.

Best,
Jordan
X Legal Operations

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240903-01", XS, "X"))}
""",
     outcome="applied", classification="confirmation",
     imitates="X employee top-posted Gmail reply over the quoted request",
     why="one post withheld in KR; the other eleven appear only in the quoted request",
     items={X4: "restricted"})

case(name="x-outlook-original-message-below",
     **{"from": "legal-support@x.com"}, name_from="X Legal",
     date="Thu, 05 Sep 2024 13:20:44 +0000",
     subject="RE: [KCSC-240903-01] Request for removal of illegal content",
     reply_to_req="req.240903-01",
     body=f"""
Dear KCSC,

The following posts have been removed from X for violating our rules:

{X9}
{X10}

Kind regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240903-01] Request for removal of illegal content

{request_text("KCSC-240903-01", XS, "X")}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook-style reply with the unquoted original request below -----Original Message-----",
     why="two posts removed above the original; the original's list is not a statement",
     items={X9: "removed", X10: "removed"})

case(name="x-ack-plus-withheld",
     **{"from": "legal-support@x.com"}, name_from="X Legal",
     date="Thu, 05 Sep 2024 03:15:09 +0000",
     subject="Case #0918842 - KCSC-240903-01",
     body=f"""
Hello,

Thank you for your report. We have received it and assigned case number
0918842.

Having reviewed the post {X7} against
applicable Korean law, we have withheld it in South Korea. It remains
visible elsewhere.

If you have further questions, please reply to this email and keep the
case number in the subject line.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X receipt-style message that also states an outcome",
     why="acknowledgement phrase plus an unhedged withheld-in-Korea statement about a named post",
     items={X7: "restricted"})

case(name="yt-legal-removed-and-blocked",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     date="Fri, 06 Sep 2024 01:33:20 +0000",
     subject="[KCSC-240904-02] YouTube Legal Removal Request - Update",
     body=f"""
Hello,

Thanks for reaching out to us.

In response to your legal request (KCSC-240904-02), we have removed the
following content from YouTube:

- URL: {Y1}

We have also blocked the following content from view on YouTube in South
Korea:

- URL: {Y2}

For more information about how we handle legal requests, visit
https://support.google.com/youtube/answer/6154230

Regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal removal outcome template (removed / blocked from view in country)",
     why="one video removed, one blocked in South Korea",
     items={Y1: "removed", Y2: "restricted"})

case(name="yt-age-restricted-short",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     date="Sat, 07 Sep 2024 05:10:45 +0000",
     subject="Re: KCSC-240904-02",
     body=f"""
Hi there,

After reviewing the Short at {Y3} we've
applied an age restriction to it. It can no longer be viewed by users who
are signed out or under 18, and it can't be watched on most third-party
websites.

Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167

Best,
YouTube Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube notice of age restriction applied to a video",
     why="age restriction applied to a named Short: restricted",
     items={Y3: "restricted"})

case(name="yt-no-violation-stays-up",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     date="Mon, 09 Sep 2024 08:44:02 +0000",
     subject="[KCSC-240904-02] YouTube Legal Removal Request",
     body=f"""
Hello,

Thank you for your legal request regarding
{Y4}

We reviewed this video carefully. It does not violate YouTube's Community
Guidelines, and after legal review we have decided not to take action
based on the information provided. The video will remain available on
YouTube.

You may wish to contact the uploader directly to resolve this matter.

Regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal reply declining to act (no guideline violation, stays available)",
     why="refusal with its reason for the one named video",
     items={Y4: "rejected"})

case(name="yt-base64-body",
     **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
     date="Tue, 10 Sep 2024 02:03:59 +0000",
     subject="Your request KCSC-240904-02 has been processed",
     raw_mime=plain_b64(f"""Hello,

We have finished processing your request KCSC-240904-02.

{Y1}
This video has been removed from YouTube following our legal review.

{Y4}
We did not take action on this video: it had already been deleted by the
uploader before we reviewed it, and it no longer exists on YouTube.

The YouTube Legal Support Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""),
     outcome="applied", classification="confirmation",
     imitates="Google legal processing notice with a base64-encoded text body",
     why="one removed, one already deleted by its uploader (not_found)",
     items={Y1: "removed", Y4: "not_found"})

case(name="yt-top-reply-over-gmail-quote",
     **{"from": "minjung.seo@google.com"}, name_from="Minjung Seo",
     date="Fri, 06 Sep 2024 10:26:38 +0000",
     subject="Re: [KCSC-240904-02] Request for removal of illegal content",
     reply_to_req="req.240904-02",
     body=f"""
Hi,

Quick update on two of the four videos:
- {Y2} has been blocked in South Korea
- {Y3} was removed for violating our harassment policy

The other two are still with our legal team.

Minjung
YouTube Legal, Seoul

On Wed, Sep 4, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240904-02", YS, "YouTube"))}
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal staff short top-posted reply over the quoted request",
     why="two named videos: blocked in KR and removed; the others are only in the quote",
     items={Y2: "restricted", Y3: "removed"})

case(name="meta-local-law-angle-brackets",
     **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
     date="Mon, 09 Sep 2024 06:55:12 +0000",
     subject="Your content restriction request KCSC-240905-03",
     body=f"""
Hello,

We've reviewed the content you reported under request KCSC-240905-03.

We restricted access to the following content in South Korea, based on
local law:
<{M1}>
<{M2}>

We removed the following content because it goes against our Community
Standards on restricted goods and services:
<{M3}>

To learn how we assess reports of content that violates local law, visit
<https://transparency.meta.com/reports/content-restrictions/>.

Thanks,
Meta
""",
     outcome="applied", classification="confirmation",
     imitates="Meta government takedown outcome (restricted in country under local law / removed under Community Standards)",
     why="two items restricted in Korea, one removed; URLs in angle brackets",
     items={M1: "restricted", M2: "restricted", M3: "removed"})

case(name="meta-not-found-and-declined",
     **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
     date="Tue, 10 Sep 2024 07:41:30 +0000",
     subject="Re: KCSC-240905-03",
     reply_to_req="req.240905-03",
     body=f"""
Hi,

Regarding the Instagram reel you reported ({M4}): we
were unable to find this content. The link may be broken, or the reel may
have been deleted.

Regarding the Facebook video ({M5}): this video
doesn't go against our Community Standards, and after legal review we did
not restrict it in South Korea. It remains available.

Meta Content Review
""",
     outcome="applied", classification="confirmation",
     imitates="Meta report outcome: content could not be found / does not go against Community Standards",
     why="'unable to find this content' is a clear not_found (the hedge only guesses why); the video is declined with its reason",
     items={M4: "not_found", M5: "rejected"})

case(name="meta-statement-then-url-below",
     **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
     date="Wed, 11 Sep 2024 12:09:17 +0000",
     subject="Update on your report (KCSC-240905-03)",
     body=f"""
The following content was removed for violating our Community Standards on
drugs:
{M5}

We have restricted access to the following content in South Korea:
{M2}

You can see updates about your reports in your Support Inbox:
https://www.facebook.com/support/?tab=reports

This message was sent to takedown@kcsc.example.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
     outcome="applied", classification="confirmation",
     imitates="Facebook Support Inbox report update (statement, then the URL on the next line)",
     why="each URL stands below its statement: removed, then restricted in Korea",
     items={M5: "removed", M2: "restricted"})

case(name="tiktok-report-results",
     **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
     date="Mon, 09 Sep 2024 03:27:41 +0000",
     subject="Report results - KCSC-240906-04",
     body=f"""
Hello,

We've finished reviewing the videos in your report KCSC-240906-04.

Video: {T1}
Result: Removed - violates our Community Guidelines (Sexual activity and
services)

Video: {T2}
Result: Restricted in your country/region (South Korea) under local law

Video: {T3}
Result: No violation found. This video doesn't break our Community
Guidelines or local law and will stay on TikTok.

Thank you for helping keep TikTok safe.
TikTok Trust and Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok report results notice (Video / Result blocks)",
     why="removed, restricted in KR, no violation (stays up)",
     items={T1: "removed", T2: "restricted", T3: "rejected"})

case(name="tiktok-wrapped-angle-url",
     **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
     date="Tue, 10 Sep 2024 09:50:05 +0000",
     subject="RE: KCSC-240906-04 removal request",
     body="""
Dear KCSC,

Further to your request, we removed the video
<https://www.tiktok.com/@oddlot.studio/video/
7410099887766554433> for violating our Community Guidelines. The video is
no longer available on TikTok in any region.

Kind regards,
TikTok Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok legal reply from a mail client that wrapped a long URL inside angle brackets",
     why="the wrapped <...> URL is the third video; removed in every region",
     items={T3: "removed"})

case(name="tiktok-dsa-access-disabled-kr",
     **{"from": "dsa-statements@tiktok.com"}, name_from="TikTok",
     date="Wed, 11 Sep 2024 15:31:00 +0000",
     subject="Decision on your notice KCSC-240906-04",
     body=f"""
Decision on your notice

Reference:            KCSC-240906-04
Content:              {T1}
Decision:             Access to the content has been disabled in the
                      Republic of Korea
Territorial scope:    Republic of Korea only
Legal ground:         Act on Promotion of Information and Communications
                      Network Utilization (Korea), Art. 44-7
Automated decision:   No

The creator has been informed and can appeal this decision in the app.
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok DSA-style decision notice (access disabled, territorial scope one country)",
     why="access disabled only in Korea: restricted, not removed",
     items={T1: "restricted"})

case(name="reddit-legal-removed-and-geo",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Wed, 11 Sep 2024 18:14:22 +0000",
     subject="Re: KCSC-240909-05 - Content removal request",
     reply_to_req="req.240909-05",
     body=f"""
Hi there,

Thanks for your request. We have reviewed the reported content and taken
the following action:

* {R1} -- removed from Reddit (violates Reddit's Content Policy on
  sharing personal information)
* {R2} -- restricted: this comment is no longer visible to users in
  South Korea

Reddit publishes information about legal takedowns in its transparency
report: https://www.redditinc.com/policies/transparency-report

Best,
Reddit Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit legal removal reply with a bulleted per-link action list",
     why="post removed; comment geo-restricted in South Korea",
     items={R1: "removed", R2: "restricted"})

case(name="reddit-korean-particle-after-url",
     **{"from": "kr-legal@reddit.com"}, name_from="Reddit Legal (Korea)",
     date="Thu, 12 Sep 2024 05:05:05 +0000",
     subject="KCSC-240909-05 관련 회신 / reply",
     body=f"""
안녕하세요. 요청하신 댓글 {R2}은 작성자가 이미 삭제하여 존재하지 않습니다。

Hello. The comment you reported (link above) had already been deleted by
its author before our review, so there was nothing left for us to action.
The post in the same request is still being reviewed.

Reddit Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit Korean-speaking legal staff bilingual reply",
     why="URL followed directly by a Korean particle; comment already deleted by its author (not_found); the post is only under review",
     items={R2: "not_found"})

case(name="discord-tns-actioned",
     **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
     date="Fri, 13 Sep 2024 01:48:36 +0000",
     subject="Re: KCSC-240910-06 [Ticket #3381207]",
     body=f"""
Hi there,

Thanks for your report regarding KCSC-240910-06. We've reviewed it and
taken action:

\u2022 The message at {D1} has been deleted.
\u2022 The server reached through the invite {D2} has been removed from
  Discord for violating our Community Guidelines, and the invite no longer
  works.

Our Community Guidelines: https://discord.com/guidelines

Discord Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety ticket reply (Zendesk ticket number in subject)",
     why="message deleted, server behind the invite removed",
     items={D1: "removed", D2: "removed"})

case(name="discord-message-not-located",
     **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
     date="Thu, 12 Sep 2024 21:02:14 +0000",
     subject="[Ticket #3381207] Update",
     body=f"""
Hello,

We were unable to locate the message at

{D1}

The channel it was posted in no longer exists on Discord. If you have other
message links or IDs, please submit a new report.

Discord Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety 'unable to locate' reply",
     why="message cannot be located, channel gone: not_found",
     items={D1: "not_found"})

case(name="twitch-single-vod-no-url",
     **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
     date="Fri, 13 Sep 2024 16:20:00 +0000",
     subject="Re: KCSC-240911-07 Request to remove a Twitch VOD",
     reply_to_req="req.240911-07",
     body="""
Hello,

Thank you for your report. We reviewed the past broadcast you flagged and
have removed it from Twitch for violating our Community Guidelines. The VOD
is no longer accessible.

Community Guidelines: https://safety.twitch.tv/s/article/Community-Guidelines

Twitch Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Twitch legal reply about one reported VOD, naming no URL",
     why="sole unhedged statement answering a one-item request",
     items={W1: "removed"})

# ======================= REVIEW ========================================

case(name="x-promise-will-withhold",
     **{"from": "legal-support@x.com"}, name_from="X Legal",
     date="Wed, 04 Sep 2024 08:11:26 +0000",
     subject="KCSC-240903-01 - status",
     body=f"""
Hello,

We have received your request KCSC-240903-01. After an initial review, the
following posts will be withheld in South Korea once our legal review is
complete:

{X11}
{X12}

We will notify you as soon as action has been taken.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X interim reply announcing a future withholding",
     why="'will be withheld once ... complete' is a promise, not a statement",
     items={X11: "pending", X12: "pending"})

case(name="yt-hedge-and-under-review",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     date="Thu, 05 Sep 2024 04:00:19 +0000",
     subject="Re: KCSC-240904-02",
     body=f"""
Hi,

It appears that the video {Y1} may already
have been removed. The Short {Y3} is
currently under review by our team, and we'll get back to you.

Regards,
YouTube Legal Support
""",
     outcome="review", review="not_understood",
     imitates="YouTube interim reply with a hedge and an under-review note",
     why="'appears ... may already have been removed' is a hedge; 'under review' is no status",
     items={Y1: "pending", Y3: "pending"})

case(name="meta-bulk-restricted-all",
     **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
     date="Thu, 12 Sep 2024 02:22:48 +0000",
     subject="Your content restriction request KCSC-240905-03",
     body="""
Hello,

We've reviewed all of the content reported in request KCSC-240905-03 and
restricted access to it in South Korea based on local law.

To learn more, visit https://transparency.meta.com/reports/content-restrictions/

Thanks,
Meta
""",
     outcome="review", review="bulk",
     imitates="Meta one-line outcome for a whole request",
     why="a statement about all five items of the request without naming any",
     items={m: "pending" for m in MS})

case(name="tiktok-bulk-all-removed",
     **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
     date="Thu, 12 Sep 2024 07:07:07 +0000",
     subject="KCSC-240906-04 - completed",
     body="""
Hello,

All videos listed in your report KCSC-240906-04 have been removed for
violating our Community Guidelines.

Regards,
TikTok Legal Team
""",
     outcome="review", review="bulk",
     imitates="TikTok short completion reply for a whole report",
     why="'all videos listed' for a three-item request, none named",
     items={t: "pending" for t in TS})

case(name="x-auth-fail-claims-removed",
     **{"from": "legal-support@x.com"}, name_from="X Legal", auth="fail",
     date="Sat, 07 Sep 2024 19:40:02 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of illegal content",
     body=f"""
Hello,

We have removed the following posts:
{X1}
{X2}

X Legal
""",
     outcome="review", review="untrusted",
     imitates="X-looking reply whose DKIM/SPF/DMARC fail",
     why="From x.com but authentication fails: not trusted",
     items={X1: "pending", X2: "pending"})

case(name="tiktok-lookalike-domain",
     **{"from": "support@tiktok-legalcare.com"}, name_from="TikTok Legal Care",
     date="Tue, 10 Sep 2024 23:59:00 +0000",
     subject="KCSC-240906-04 takedown completed",
     body=f"""
Dear Sir/Madam,

We confirm the following videos have been taken down:
{T1}
{T2}

To download the official certificate of removal, please sign in at
https://portal.tiktok-legalcare.com/certificate

TikTok Legal Care
""",
     outcome="review", review="unknown_sender",
     imitates="look-alike domain mail claiming to be TikTok",
     why="sender domain is not TikTok's (nor any platform's)",
     items={T1: "pending", T2: "pending"})

case(name="telegram-not-our-link",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Thu, 12 Sep 2024 12:00:30 +0000",
     subject="Re: KCSC-240910-06",
     body=f"""
Hello,

The link {D2} is not a Telegram link. We could not find
any such content on Telegram. Please contact the service that hosts it.

Telegram Abuse Team
""",
     outcome="review", review="wrong_platform",
     imitates="Telegram abuse desk reply to a request sent to it by mistake",
     why="Telegram states 'could not find' about a Discord item",
     items={D2: "pending"})

case(name="discord-asks-legal-basis",
     **{"from": "legal@discord.com"}, name_from="Discord Legal",
     date="Wed, 11 Sep 2024 03:30:45 +0000",
     subject="KCSC-240910-06 - additional information needed",
     body=f"""
Hello,

Before we can act on the message at
{D1}
we need some more information:

1. the specific provision of Korean law the message is alleged to violate;
2. a copy of the decision of the Commission, if one was issued.

Please reply to this email with the details above.

Discord Legal
""",
     outcome="review", classification="request_for_info", review="asks_more",
     imitates="Discord legal request for more information before acting",
     why="asks for the legal basis; no status stated",
     items={D1: "pending"})

case(name="meta-may-have-been-deleted",
     **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
     date="Mon, 09 Sep 2024 14:36:51 +0000",
     subject="Re: KCSC-240905-03",
     body=f"""
Hi,

The Instagram post {M3} may have been deleted
by the account holder. If it is still available once our review is done, we
will remove it.

Meta Content Review
""",
     outcome="review", review="not_understood",
     imitates="Meta interim reply with a hedge and a conditional promise",
     why="'may have been deleted' is a hedge, 'if ... we will remove' a condition",
     items={M3: "pending"})

case(name="x-portal-maintenance-notice",
     **{"from": "legal-noreply@x.com"}, name_from="X",
     date="Sun, 08 Sep 2024 00:00:12 +0000",
     subject="Legal Request Portal: scheduled maintenance on 14 September",
     body="""
Hello,

The X Legal Request Portal (https://legalrequests.x.com) will be unavailable
on 14 September 2024 from 01:00 to 05:00 UTC for scheduled maintenance.
Requests submitted by email during this window will be processed after the
maintenance ends.

Thank you for your patience.
X Legal
""",
     outcome="review", review="no_claims",
     imitates="X service notice to registered legal-request submitters",
     why="trusted X mail that names no item and no request",
     items={})

case(name="reddit-conditional-geo",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Tue, 10 Sep 2024 20:45:00 +0000",
     subject="Re: KCSC-240909-05 - Content removal request",
     reply_to_req="req.240909-05",
     body=f"""
Hi,

We're looking at {R1}. If our legal team
concludes that it violates Korean law, we will restrict access to it in
South Korea.

Best,
Reddit Legal
""",
     outcome="review", review="not_understood",
     imitates="Reddit legal interim reply with a conditional promise",
     why="condition and promise: no statement",
     items={R1: "pending"})

case(name="x-unrequested-status-id",
     **{"from": "legal-support@x.com"}, name_from="X Legal",
     date="Sun, 08 Sep 2024 06:33:03 +0000",
     subject="Re: KCSC-240903-01 follow-up",
     body="""
Hello,

Following your request KCSC-240903-01, we have withheld the following post
in South Korea:

https://x.com/quietmarsh_07/status/1831200000000000110

X Legal
""",
     outcome="review", review="unmatched_claims",
     imitates="X legal outcome naming a post id not in the request (mistyped by the platform)",
     why="status stated for a URL that is in no request",
     items={})

# ======================= IGNORED =======================================

case(name="snap-out-of-office",
     **{"from": "d.whitfield@snap.com"}, name_from="Dana Whitfield",
     date="Mon, 16 Sep 2024 00:10:00 +0000",
     subject="Automatic reply: KCSC contact update",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent law enforcement matters, please use
https://snap.com/en-US/safety/safety-enforcement

Dana Whitfield
Snap Inc. Trust & Safety
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook/Exchange out-of-office automatic reply",
     why="out-of-office auto-reply",
     items={})

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.7731"

--dsn.7731
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.discord.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kr-legal@discord.com>: host inbound.discord.com said: 550 5.1.1
    <kr-legal@discord.com>: Recipient address rejected: User unknown

--dsn.7731
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.discord.com
Arrival-Date: Tue, 10 Sep 2024 07:00:04 +0000

Final-Recipient: rfc822; kr-legal@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn.7731
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: kr-legal@discord.com
Subject: [KCSC-240910-06] Request for removal of illegal content
Date: Tue, 10 Sep 2024 16:00:00 +0900
Message-ID: <req.240910-06@kcsc.example>
Content-Type: text/plain; charset=utf-8

{request_text("KCSC-240910-06", DS, "Discord")}

--dsn.7731--
"""
case(name="discord-dsn-user-unknown",
     **{"from": "MAILER-DAEMON@discord.com"}, name_from="Mail Delivery System",
     date="Tue, 10 Sep 2024 07:00:05 +0000",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=DSN,
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification returning the request",
     why="bounce; the URLs are in the returned request",
     items={})

MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_0042"

--mdn_0042
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: [KCSC-240905-03] Request for removal of illegal content
  Sent: Thursday, September 5, 2024 9:30:00 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 11:02:41 AM (UTC+09:00) Seoul.

--mdn_0042
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-requests@meta.com
Original-Message-ID: <req.240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_0042--
"""
case(name="meta-read-receipt",
     **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
     date="Thu, 05 Sep 2024 02:02:41 +0000",
     subject="Read: [KCSC-240905-03] Request for removal of illegal content",
     raw_mime=MDN,
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN, displayed)",
     why="read receipt",
     items={})

case(name="tiktok-ticket-receipt",
     **{"from": "no-reply@tiktok.com"}, name_from="TikTok Support",
     date="Fri, 06 Sep 2024 05:01:13 +0000",
     subject="We've received your request [Ticket 8830021] KCSC-240906-04",
     body="""
Hi,

Thanks for contacting TikTok. We've received your request and created
ticket 8830021. Our team will review it and get back to you as soon as
possible.

Please don't reply to this email. To add information to your request, use
https://www.tiktok.com/legal/report/feedback and quote your ticket number.

TikTok Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="TikTok help-desk ticket receipt",
     why="pure acknowledgement with a ticket number",
     items={})

case(name="x-ack-echoing-report",
     **{"from": "legal-noreply@x.com"}, name_from="X",
     date="Tue, 03 Sep 2024 01:05:40 +0000",
     subject="We received your report (Case #0916540)",
     body=f"""
Hello,

Thanks for your report. We've received it and assigned it case number
0916540. We'll review it and let you know if we take action.

Here's a copy of what you submitted:

  Reporter: KCSC Takedown Desk
  Reference: KCSC-240903-01
  Reported content:
    {X1}
    {X2}
    {X3}
  Description: Illegal gambling advertisements.

X Legal
""",
     outcome="ignored", classification="acknowledgement",
     imitates="X report receipt that echoes the submitted report",
     why="acknowledgement; the URLs are only an echo of our report",
     items={})

case(name="yt-ooo-quoting-request",
     **{"from": "hyunwoo.lim@google.com"}, name_from="Hyunwoo Lim",
     date="Wed, 04 Sep 2024 02:00:30 +0000",
     subject="Out of office Re: [KCSC-240904-02] Request for removal of illegal content",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body=f"""
I'm out of the office until Monday 9 September. For legal removal requests
please use https://support.google.com/legal/answer/3110420 - your message
has not been forwarded.

On Wed, Sep 4, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240904-02", YS, "YouTube"))}
""",
     outcome="ignored", classification="auto_reply",
     imitates="Gmail vacation responder quoting the request",
     why="out-of-office auto-reply; URLs only in the quote",
     items={})

case(name="pinterest-ticket-receipt",
     **{"from": "help@pinterest.com"}, name_from="Pinterest Help",
     date="Thu, 12 Sep 2024 09:09:09 +0000",
     subject="Your request (#4471203) has been received",
     body="""
##- Please type your reply above this line -##

Hi there,

We got your message and a member of our team will reply soon. Your request
number is #4471203.

You can add comments to this request by replying to this email.

Pinterest Help Center
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk-style Pinterest help-centre receipt",
     why="pure acknowledgement with a request number",
     items={})

HEADER = """# Blind set blind460: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch; Telegram, Snapchat, Pinterest for the
# non-applied cases). Written by tests/corpus/blind460/make.py; the expected
# results were written from each email's meaning before any run of the reader.
# Each case is judged alone on a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind460", HEADER, C)


if __name__ == "__main__":
    main()
