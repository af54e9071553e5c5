#!/usr/bin/env python3
"""Blind set 868: English notices from many platforms (YouTube, X, Meta,
TikTok, Reddit, Telegram, Twitch, with Discord, Snapchat and Pinterest mail
that changes nothing). Writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind868/make.py

Deterministic. Expected results were written from each email's meaning,
before the reader was run on any of them. All names, ids and URLs are
invented.
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

SET = "blind868"

# ---------------------------------------------------------------- requests
YT = [
    "https://www.youtube.com/watch?v=Qm7rTz2LpXa",
    "https://www.youtube.com/watch?v=Hn4vB8sKe2W",
    "https://www.youtube.com/watch?v=c9JdPq0fYtE",
    "https://www.youtube.com/watch?v=Lr3mXk8uVzN",
    "https://www.youtube.com/watch?v=pT6wGy1hBoQ",
    "https://www.youtube.com/watch?v=Zs2nFe7aKdM",
    "https://www.youtube.com/shorts/Wb5kTy9rJqP",
    "https://www.youtube.com/shorts/Ex8hNu3cLgS",
    "https://www.youtube.com/@moonlit_ledger_tv",
    "https://www.youtube.com/watch?v=aK1oPz4mRwD",
    "https://youtu.be/Vg7sLq2eNhT",
    "https://www.youtube.com/watch?v=Jd0rYb6tXcF",
]
XP = [
    "https://x.com/gravel_fox_77/status/1831045567123456789",
    "https://x.com/gravel_fox_77/status/1831047720987654321",
    "https://x.com/quietmarket_kr/status/1830990011223344556",
    "https://x.com/quietmarket_kr/status/1831102233445566778",
    "https://x.com/lunar_ticket/status/1831200000111222333",
]
META = [
    "https://www.facebook.com/groups/harborlane.trade/posts/8812345670012345",
    "https://www.facebook.com/profile.php?id=100089123456789",
    "https://www.instagram.com/p/C9xQw2LmN4a/",
    "https://www.instagram.com/reel/C9zTy7PkR1b/",
]
TT = [
    "https://www.tiktok.com/@saltwind.deals/video/7412345678901234567",
    "https://www.tiktok.com/@saltwind.deals/video/7412399988877766655",
    "https://www.tiktok.com/@nightowl_cam/video/7413001122334455667",
]
RD = [
    "https://www.reddit.com/r/kimchimarket_fake/comments/1fg7h2k/cheap_ids_here/",
    "https://www.reddit.com/user/paper_lantern_99/comments/1fgb3xz/dm_for_list/",
]
TG = ["https://t.me/harbor_lights_chat/4471"]
TW = [
    "https://www.twitch.tv/videos/2251234567",
    "https://www.twitch.tv/dustyroad_live",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", YT,
     "illegal_trade", "videos selling forged documents; largest request"),
    ("KCSC-240905-02", "x", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", XP,
     "illegal_trade", "posts advertising forged IDs"),
    ("KCSC-240909-03", "meta", "2024-09-09T09:15:00+09:00", "2024-09-16T18:00:00+09:00", META,
     "illegal_trade", "Facebook group post, profile and two Instagram items"),
    ("KCSC-240911-04", "tiktok", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", TT,
     "gambling", "videos promoting an unlicensed betting site"),
    ("KCSC-240913-05", "reddit", "2024-09-13T10:40:00+09:00", "2024-09-20T18:00:00+09:00", RD,
     "illegal_trade", "subreddit post and user-profile post"),
    ("KCSC-240917-06", "telegram", "2024-09-17T16:20:00+09:00", "2024-09-24T18:00:00+09:00", TG,
     "privacy", "one message in a public group"),
    ("KCSC-240919-07", "twitch", "2024-09-19T13:05:00+09:00", "2024-09-26T18:00:00+09:00", TW,
     "gambling", "VOD and channel"),
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


# ---------------------------------------------------------------- helpers
def qp_part(text, ctype="text/plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64_part(text, ctype="text/plain", extra=""):
    enc = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n{extra}"
            "Content-Transfer-Encoding: base64\n\n" + enc)


def multipart(kind, boundary, parts, extra_ct=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra_ct}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear Trust and Safety team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or",
        f"block access to the content below (our reference {ref}), which was",
        "found to breach Korean law.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


GOOGLE = "Google Legal Support"

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== APPLIED ==========================================================

case(name="yt-legal-outcome-grouped-bullets",
     **{"from": "legal-support-noreply@google.com"}, name_from=GOOGLE,
     date="Mon, 9 Sep 2024 07:41:12 +0000",
     subject="[5-2981000034521] Your legal removal request KCSC-240903-01 - update",
     reply_to_req=mid("KCSC-240903-01"),
     body=f"""
Hello,

Thanks for contacting us about content on YouTube. We've reviewed the URLs
in your request and taken the actions below.

Removed globally for violating YouTube's Community Guidelines:
  - {YT[0]}
  - {YT[1]}

Blocked from view in South Korea on the basis of local law:
  - {YT[2]}
  - {YT[3]}

We couldn't find any content at the following URL. Please check the address
and submit a new request if needed:
  - {YT[4]}

The rest of the URLs in your request are still with our team and we'll
write again once we have a decision on them.

You can read how we handle government requests here:
https://support.google.com/legal/answer/3110420

Regards,
The Google Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal removal outcome email grouping URLs under action headings",
     why="Five URLs under three unhedged headings: removed, blocked in KR, not found; the rest explicitly still open",
     items={YT[0]: "removed", YT[1]: "removed", YT[2]: "restricted", YT[3]: "restricted",
            YT[4]: "not_found"})

case(name="yt-url-then-outcome-line",
     **{"from": "legal-kr@google.com"}, name_from=GOOGLE,
     date="Tue, 10 Sep 2024 02:05:33 +0000",
     subject="Re: [KCSC-240903-01] Request to remove content on YouTube",
     reply_to_req=mid("KCSC-240903-01"),
     body=f"""
Request ID: 2-4471000039982
Your reference: KCSC-240903-01

Please find our decisions below.

{YT[5]}
Outcome: Removed - violent or graphic content policy

{YT[6]}
Outcome: Age-restricted

{YT[7]}
Outcome: No action - after review we did not find that this content violates our policies or local law

If you have new information about the last item, you may reply to this email.

Google Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-request outcome listing each URL with an 'Outcome:' line below it",
     why="Each bare URL has its outcome on the next line: removed, age-restricted, no action (no violation)",
     items={YT[5]: "removed", YT[6]: "restricted", YT[7]: "rejected"})

case(name="yt-channel-terminated",
     **{"from": "no-reply@youtube.com"}, name_from="YouTube",
     date="Wed, 11 Sep 2024 16:20:00 +0000",
     subject="Update on your report about a YouTube channel (KCSC-240903-01)",
     body=f"""
Hi KCSC Takedown Desk,

Thanks for your report. After review we've terminated the channel
{YT[8]}
for repeated violations of our spam, deceptive practices and scams policies.
The channel and all of its videos are no longer available on YouTube.

Learn more about channel terminations:
https://support.google.com/youtube/answer/2802168

- The YouTube Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'we terminated the channel you reported' outcome notice",
     why="Channel URL named; terminated and no longer available = removed; help link is not an item",
     items={YT[8]: "removed"})

YT_TABLE = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC,</p>
<p>Below is the outcome of our review of request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>URL</th><th>Outcome</th><th>Basis</th></tr>
<tr><td>1</td><td><a href="{YT[9]}">{YT[9]}</a></td><td>Content blocked in KR</td><td>Local law</td></tr>
<tr><td>2</td><td><a href="{YT[10]}">{YT[10]}</a></td><td>Removed</td><td>Community Guidelines</td></tr>
<tr><td>3</td><td><a href="{YT[11]}">{YT[11]}</a></td><td>No action taken</td><td>Not violating our policies or local law</td></tr>
</table>
<p>For questions, reply to this message and keep the reference in the subject.</p>
<p>Google Legal Support<br>
<a href="https://support.google.com/legal/">support.google.com/legal</a></p>
</body></html>
"""
case(name="yt-html-outcome-table",
     **{"from": "legal-support-noreply@google.com"}, name_from=GOOGLE,
     date="Thu, 12 Sep 2024 05:10:44 +0000",
     subject="[5-2981000034521] Outcome: KCSC-240903-01",
     type="html", body=YT_TABLE,
     outcome="applied", classification="confirmation",
     imitates="Legal-desk outcome sent as an HTML table (URL, outcome, basis)",
     why="HTML-only table: blocked in KR, removed, no action (not violating)",
     items={YT[9]: "restricted", YT[10]: "removed", YT[11]: "rejected"})

QP_TOP = f"""Hi team,

Following up on your request: the video {YT[0]} has been removed from YouTube for violating our harassment and cyberbullying policy. We’re still reviewing the other links and will reply separately.

Best,
Daniel
YouTube Legal Operations

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", YT)}
"""
case(name="yt-qp-top-posted-over-gmail-quote",
     **{"from": "daniel.hwang@google.com"}, name_from="Daniel Hwang",
     date="Fri, 6 Sep 2024 08:33:19 +0000",
     subject="Re: [KCSC-240903-01] Request to remove content on YouTube",
     reply_to_req=mid("KCSC-240903-01"),
     raw_mime=qp_part(QP_TOP),
     outcome="applied", classification="confirmation",
     imitates="Legal staffer's Gmail reply, quoted-printable, top-posted over the '>'-quoted request",
     why="Only the one video named above the quote is removed; the twelve quoted URLs are the regulator's own text",
     items={YT[0]: "removed"})

CSV_TXT = "\n".join([
    "url,action,reason",
    f"{YT[1]},removed,Community Guidelines - harassment",
    f"{YT[2]},no action,Does not violate policy or local law",
    f"{YT[3]},blocked in KR,Local law",
    f"{YT[4]},not found,Video unavailable at time of review",
]) + "\n"
case(name="yt-csv-attachment",
     **{"from": "legal-support-noreply@google.com"}, name_from=GOOGLE,
     date="Sat, 14 Sep 2024 01:02:03 +0000",
     subject="[5-2981000034521] Outcome file for KCSC-240903-01",
     raw_mime=multipart("mixed", "=_yt_outcome_7c1", [
         "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
         "Hello,\n\nThe attached file lists the action we took on each URL of your\n"
         "request KCSC-240903-01.\n\nGoogle Legal Support\n",
         b64_part(CSV_TXT, "text/csv",
                  'Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"\n'),
     ]),
     outcome="applied", classification="confirmation",
     imitates="Outcome spreadsheet attached as CSV to a short legal-desk email",
     why="CSV rows: removed, no action (not violating), blocked in KR, not found",
     items={YT[1]: "removed", YT[2]: "rejected", YT[3]: "restricted", YT[4]: "not_found"})

OUTLOOK_REQ = "\n".join(l[2:] if l.startswith("> ") else l.lstrip(">")
                        for l in quoted_request("KCSC-240903-01", YT).split("\n"))
case(name="yt-outlook-original-message",
     **{"from": "minji.park@google.com"}, name_from='"Park, Min-ji"',
     date="Mon, 16 Sep 2024 03:44:10 +0000",
     subject="RE: [KCSC-240903-01] Request to remove content on YouTube",
     reply_to_req=mid("KCSC-240903-01"),
     body=f"""
Dear KCSC,

We have blocked the following two videos from view in South Korea:

{YT[5]}
{YT[6]}

Kind regards,
Min-ji Park
Legal Specialist, YouTube Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal-kr@google.com
Subject: [KCSC-240903-01] Request to remove content on YouTube

{OUTLOOK_REQ}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with the request below '-----Original Message-----' (not '>'-prefixed)",
     why="Two URLs above the Outlook separator blocked in KR; the twelve below are our own request",
     items={YT[5]: "restricted", YT[6]: "restricted"})

case(name="yt-numbered-decisions",
     **{"from": "legal-kr@google.com"}, name_from=GOOGLE,
     date="Wed, 18 Sep 2024 06:12:55 +0000",
     subject="Re: [KCSC-240903-01] Request to remove content on YouTube",
     reply_to_req=mid("KCSC-240903-01"),
     body=f"""
Hello,

Our decisions on three of the URLs in your request:

1. {YT[9]}
   Decision: We have decided not to take action. The video is a news
   report and falls under our educational, documentary, scientific and
   artistic (EDSA) exception.

2. {YT[10]}
   Decision: Removed under our harassment policy.

3. {YT[11]}
   Decision: Age-restricted. Viewers must be signed in and over 18.

Regards,
Google Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="Numbered per-URL decisions from a legal desk, with a policy exception refusal",
     why="Numbered list: refused with reason (EDSA), removed, age-restricted",
     items={YT[9]: "rejected", YT[10]: "removed", YT[11]: "restricted"})

case(name="x-withheld-in-korea",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Mon, 9 Sep 2024 18:02:41 +0000",
     subject="Your request KCSC-240905-02 [ref:_00D1x2Yz._5008kR3]",
     body=f"""
Hello,

X has received and reviewed your request (reference KCSC-240905-02).

In line with our Country Withheld Content policy, we have withheld the
following posts in the Republic of Korea:

https://x.com/gravel_fox_77/status/1831045567123456789
https://x.com/gravel_fox_77/status/1831047720987654321

These posts remain available outside Korea. The account holder has been
notified, and a copy of your request may be sent to Lumen.

Thank you,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X country-withheld content notice in reply to a legal demand",
     why="Two posts withheld in Korea = restricted",
     items={XP[0]: "restricted", XP[1]: "restricted"})

case(name="x-angle-brackets-mixed",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Tue, 10 Sep 2024 09:15:00 +0000",
     subject="Re: KCSC-240905-02 [ref:_00D1x2Yz._5008kR3]",
     body="""
Hello,

Thanks for your patience. We've reviewed two of the reported posts.

<https://x.com/quietmarket_kr/status/1830990011223344556>
This post violated our rules on illegal or certain regulated goods and
services and has been removed.

<https://x.com/lunar_ticket/status/1831200000111222333>
After review, we did not find a violation of the X Rules, and on the
information provided we could not establish that it is illegal under the
law you cite. We will not be taking action on this post.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply with URLs in angle brackets and the decision below each",
     why="One post removed, one refused with its reason (no violation) = rejected",
     items={XP[2]: "removed", XP[4]: "rejected"})

case(name="x-account-suspended-posts-gone",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Wed, 11 Sep 2024 12:00:07 +0000",
     subject="Re: KCSC-240905-02 [ref:_00D1x2Yz._5008kR3]",
     body=f"""
Hello,

The account @gravel_fox_77 has been permanently suspended for violating the
X Rules. As a result the posts you reported, {XP[0]} and
{XP[1]}, are no longer viewable on X.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X notice that the reported account was suspended, naming its posts",
     why="Both named posts no longer viewable because the account was suspended = removed",
     items={XP[0]: "removed", XP[1]: "removed"})

case(name="x-statement-then-url-below",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Thu, 12 Sep 2024 07:30:21 +0000",
     subject="Re: KCSC-240905-02 [ref:_00D1x2Yz._5008kR3]",
     body=f"""
Hello,

We were unable to locate the following post. It may have been deleted by
the account owner before our review:
{XP[3]}

The following post has been withheld in South Korea:
{XP[4]}

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply with each statement ending in ':' and the URL on the line below",
     why="'unable to locate' is unhedged (the 'may have been deleted' is only a guess at why) = not_found; second withheld in KR",
     items={XP[3]: "not_found", XP[4]: "restricted"})

case(name="x-dsa-statement-of-reasons",
     **{"from": "dsa-notices@x.com"}, name_from="X",
     date="Fri, 13 Sep 2024 22:48:09 +0000",
     subject="Statement of reasons - decision on reported content (KCSC-240905-02)",
     body=f"""
STATEMENT OF REASONS

Content concerned: {XP[2]}
Decision: Restriction of visibility - content withheld in: KR
Territorial scope: Republic of Korea
Facts and circumstances: Decision taken following a notice submitted by a
government authority.
Ground: Illegal content under local law (Korea)
Use of automated means: detection no; decision no
Redress: The account holder may use X's internal complaint-handling system,
out-of-court dispute settlement or judicial redress.

This statement is also submitted, without personal data, to the DSA
Transparency Database.
""",
     outcome="applied", classification="confirmation",
     imitates="DSA Article 17 statement of reasons (visibility restriction, territorial scope KR)",
     why="Content concerned withheld in KR = restricted",
     items={XP[2]: "restricted"})

case(name="x-wrapped-url-in-angle-brackets",
     **{"from": "hyun.cho@x.com"}, name_from="Hyun Cho",
     date="Mon, 16 Sep 2024 04:11:50 +0000",
     subject="RE: KCSC-240905-02",
     body="""
Hello KCSC team,

The post
<https://x.com/quietmarket_kr/status/
1831102233445566778>
has been removed for violating our rules on regulated goods.

Best regards,
Hyun Cho | Legal Policy, X Korea
""",
     outcome="applied", classification="confirmation",
     imitates="Staff reply from a mail client that wrapped a long URL inside angle brackets (RFC 3986 app. C)",
     why="The wrapped URL is one post; removed",
     items={XP[3]: "removed"})

case(name="ig-we-removed-the-post",
     **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
     date="Tue, 10 Sep 2024 11:21:00 +0000",
     subject="We removed the post you reported",
     body=f"""
We removed the post you reported

Hi KCSC,

Thanks for your report. We removed the post
{META[2]}
because it goes against our Community Guidelines on restricted goods and
services.

We use reports like yours to help keep Instagram safe.

See your support requests:
https://help.instagram.com/support/requests

Instagram . Meta Platforms Ireland Ltd.
""",
     outcome="applied", classification="confirmation",
     imitates="Instagram 'We removed the post you reported' support-inbox notice",
     why="Named Instagram post removed; support link is not an item",
     items={META[2]: "removed"})

case(name="meta-local-law-restriction",
     **{"from": "legal-noreply@support.facebook.com"}, name_from="Meta Content Requests",
     date="Thu, 12 Sep 2024 15:03:27 +0000",
     subject="Your content restriction request KCSC-240909-03 [Case 1193847720]",
     reply_to_req=mid("KCSC-240909-03"),
     body=f"""
Hello,

We have reviewed your request. Based on local law, we have restricted access
in South Korea to:

* {META[0]}
* {META[1]}

The following reel does not go against our Community Standards and, on the
information provided, we did not find a legal basis to restrict it. It
remains available:

* {META[3]}

Thanks,
Meta Content Requests
""",
     outcome="applied", classification="confirmation",
     imitates="Meta legal content-restriction reply (restricted based on local law / does not go against Community Standards)",
     why="Two Facebook items restricted in KR; the reel kept up with a reason = rejected",
     items={META[0]: "restricted", META[1]: "restricted", META[3]: "rejected"})

META_HTML = f"""<!DOCTYPE html><html><body>
<p>Hi KCSC,</p>
<p>Thank you for your report (reference KCSC-240909-03). Here is what we did.</p>
<p>We removed this content because it goes against our Community Standards:
<a href="{META[2]}">instagram.com/p/C9xQw2LmN4a</a></p>
<p>The link <a href="{META[1]}">facebook.com/profile.php?id=100089123456789</a>
does not lead to any content on Facebook. The person who posted it may have
deleted it, or the address may be incorrect.</p>
<p>Thanks,<br>The Facebook Team</p>
<p style="font-size:11px;color:#888">Meta Platforms Ireland Ltd., 4 Grand Canal Square, Dublin 2</p>
</body></html>
"""
case(name="meta-base64-html-link-text",
     **{"from": "notification@facebookmail.com"}, name_from="Facebook",
     date="Fri, 13 Sep 2024 09:59:31 +0000",
     subject="Update on your report",
     raw_mime=b64_part(META_HTML, "text/html"),
     outcome="applied", classification="confirmation",
     imitates="Facebook support-inbox report update, base64 HTML with shortened link text",
     why="Post removed; profile link 'does not lead to any content' = not_found (the 'may' only guesses why)",
     items={META[2]: "removed", META[1]: "not_found"})

case(name="meta-dsa-notice-of-action",
     **{"from": "dsa-notices@meta.com"}, name_from="Meta",
     date="Mon, 16 Sep 2024 13:45:00 +0000",
     subject="Notice of action taken on reported content - KCSC-240909-03",
     body=f"""
Notice of action taken under the Digital Services Act

Content: {META[3]}
Action: Removed
Reason: The content goes against Instagram's Community Guidelines
(restricted goods and services).
How we found it: reported by a government authority
How we decided: human review

The person who posted the content has been told about this decision and can
appeal it.

Meta Platforms Ireland Ltd.
""",
     outcome="applied", classification="confirmation",
     imitates="Meta DSA notice of action / statement of reasons sent to the notifier",
     why="Content: reel, Action: Removed",
     items={META[3]: "removed"})

case(name="tiktok-report-results",
     **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
     date="Fri, 13 Sep 2024 04:30:12 +0000",
     subject="Report results - KCSC-240911-04",
     body=f"""
Report results

Report ID: 7412550091

Video: {TT[0]}
Result: Removed. This video violated our Community Guidelines.

Video: {TT[1]}
Result: No violation. We reviewed this video and found that it doesn't
violate our Community Guidelines.

Video: {TT[2]}
Result: Restricted in your region. Access in South Korea has been
restricted in line with local law.

Thanks for helping keep TikTok safe.
TikTok Trust and Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok Safety Center 'report results' notice, one block per video",
     why="Removed / no violation (kept) / restricted in KR",
     items={TT[0]: "removed", TT[1]: "rejected", TT[2]: "restricted"})

case(name="tiktok-bilingual-korean-particles",
     **{"from": "kr-legal@tiktok.com"}, name_from="TikTok Korea Legal",
     date="Mon, 16 Sep 2024 08:00:45 +0000",
     subject="[TikTok] KCSC-240911-04 처리 결과 / Outcome",
     body=f"""
Dear KCSC,

The video {TT[2]} has been removed for violating our Community Guidelines.
The video {TT[1]} was reviewed and does not violate our Community
Guidelines or local law, so no action was taken.

안녕하세요. 요청하신 영상（{TT[2]}）은 커뮤니티 가이드라인 위반으로 삭제되었습니다.
{TT[1]}는 검토 결과 가이드라인 및 현지 법령 위반이 확인되지 않아 별도 조치하지 않았습니다.

TikTok Korea Legal
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok Korea bilingual outcome, Korean summary with full-width parentheses and particles after URLs",
     why="English and Korean agree: one video removed (삭제), one kept as not violating",
     items={TT[2]: "removed", TT[1]: "rejected"})

case(name="reddit-safety-removed-list",
     **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
     date="Sun, 15 Sep 2024 19:22:10 +0000",
     subject="Re: your report KCSC-240913-05",
     body=f"""
Hi there,

Thanks for submitting a report to the Reddit Safety team. After
investigating, we've found that the following content violates Reddit's
Content Policy and have removed it:

1. {RD[0]}
2. {RD[1]}

For more on how we review reports, see https://support.reddithelp.com/hc/en-us

Thanks,
Reddit Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit Safety report outcome ('we've found that ... violates Reddit's Content Policy')",
     why="Both URLs named in a numbered list under 'have removed it'",
     items={RD[0]: "removed", RD[1]: "removed"})

case(name="reddit-removed-and-author-deleted",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Mon, 16 Sep 2024 17:05:30 +0000",
     subject="RE: KCSC-240913-05 - content removal request",
     reply_to_req=mid("KCSC-240913-05"),
     body=f"""
Hello,

The post at {RD[0]} was removed by Reddit admins for violating our
Content Policy.

The second link, {RD[1]},
had already been deleted by its author before we reviewed it, so there was
nothing for us to act on.

Regards,
Reddit Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit legal operations reply distinguishing admin removal from author deletion",
     why="First removed by admins; second already deleted by its author = not_found",
     items={RD[0]: "removed", RD[1]: "not_found"})

case(name="reddit-ack-phrase-plus-refusal",
     **{"from": "support@reddit.com"}, name_from="Reddit Help",
     date="Tue, 17 Sep 2024 02:44:00 +0000",
     subject="[Reddit Help] Re: KCSC-240913-05 (ticket 88213)",
     body=f"""
Thanks for reaching out. We received your report (ticket 88213).

We reviewed {RD[0]} and it does not violate Reddit's Content Policy, so we
won't be removing it. We're still looking at the other link you sent.

Best,
Reddit Help
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit Help (Zendesk) reply opening with a receipt line, then a decision",
     why="Acknowledgement phrase plus an unhedged refusal with reason for one URL = rejected; other still open",
     items={RD[0]: "rejected"})

case(name="telegram-not-accessible-in-korea",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Thu, 19 Sep 2024 10:10:10 +0000",
     subject="Re: KCSC-240917-06 Case #5512093",
     body=f"""
Hello,

Thank you for your report. The message at {TG[0]} is no longer accessible
to users in the Republic of Korea.

Case #5512093
Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply stating a country-level block",
     why="Named message not accessible in Korea = restricted",
     items={TG[0]: "restricted"})

case(name="telegram-sole-statement-one-item",
     **{"from": "dsa@telegram.org"}, name_from="Telegram",
     date="Fri, 20 Sep 2024 06:55:02 +0000",
     subject="Re: KCSC-240917-06 removal request",
     reply_to_req=mid("KCSC-240917-06"),
     body="""
Hi,

Thank you. The reported content has been removed.

Case #5512093
Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Terse Telegram abuse-desk reply naming no URL for a one-item request",
     why="Unhedged removal of 'the reported content' for a request of one item applies to it",
     items={TG[0]: "removed"})

case(name="twitch-vod-removed-channel-kept",
     **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
     date="Sat, 21 Sep 2024 20:31:15 +0000",
     subject="Your report has been reviewed (KCSC-240919-07)",
     body=f"""
Hello,

Thanks for your report. Here is what we found.

VOD {TW[0]} - removed for violating our Community Guidelines on gambling.

Channel {TW[1]} - after review, we found no violation of our Community
Guidelines and will take no action against the channel at this time.

Twitch Trust & Safety
https://safety.twitch.tv
""",
     outcome="applied", classification="confirmation",
     imitates="Twitch Trust & Safety report outcome, one line per reported item",
     why="VOD removed; channel: no violation, no action = rejected",
     items={TW[0]: "removed", TW[1]: "rejected"})

case(name="twitch-channel-suspended",
     **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
     date="Tue, 24 Sep 2024 15:00:00 +0000",
     subject="RE: KCSC-240919-07",
     reply_to_req=mid("KCSC-240919-07"),
     body=f"""
Hello,

Further to our earlier message, we have now suspended the channel
{TW[1]} indefinitely. The channel page and its past broadcasts are no
longer accessible on Twitch.

Twitch Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Twitch legal follow-up announcing an indefinite channel suspension",
     why="Channel suspended and no longer accessible = removed; the VOD is not named",
     items={TW[1]: "removed"})

# ===== REVIEW ===========================================================

case(name="yt-promise-will-review",
     **{"from": "legal-kr@google.com"}, name_from=GOOGLE,
     date="Wed, 4 Sep 2024 01:15:00 +0000",
     subject="Re: [KCSC-240903-01] Request to remove content on YouTube",
     reply_to_req=mid("KCSC-240903-01"),
     body=f"""
Hello,

Thank you for your request KCSC-240903-01. Our team will review the videos
below and, where they violate our policies or local law, they will be
removed or restricted:

- {YT[5]}
- {YT[7]}

You will hear from us once a decision has been made.

Google Legal Support
""",
     outcome="review", review="not_understood",
     imitates="Legal desk interim reply promising review of named URLs",
     why="Only promises ('will review', 'will be removed') about named items; nothing stated",
     items={YT[5]: "pending", YT[7]: "pending"})

case(name="yt-conditional-counter-notice",
     **{"from": "legal-kr@google.com"}, name_from=GOOGLE,
     date="Thu, 5 Sep 2024 07:00:00 +0000",
     subject="Re: [KCSC-240903-01] Request to remove content on YouTube",
     reply_to_req=mid("KCSC-240903-01"),
     body=f"""
Hello,

We have forwarded your request to the uploader of the videos below. If the
uploader does not respond within 10 days, the videos will be blocked from
view in South Korea.

{YT[9]}
{YT[11]}

Google Legal Support
""",
     outcome="review", review="not_understood",
     imitates="Notice that a decision depends on the uploader's response (conditional block)",
     why="A condition and a future action, not a statement of status",
     items={YT[9]: "pending", YT[11]: "pending"})

case(name="x-hedged-appear-deleted",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Fri, 6 Sep 2024 10:20:00 +0000",
     subject="Re: KCSC-240905-02 [ref:_00D1x2Yz._5008kR3]",
     body=f"""
Hello,

Our records indicate that the posts below appear to have been deleted, but
we are unable to confirm this at this time:

{XP[0]}
{XP[1]}

We will update you if anything changes.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal reply hedging on whether posts are gone",
     why="'appear to have been deleted' and 'unable to confirm' are hedges, not statements",
     items={XP[0]: "pending", XP[1]: "pending"})

case(name="meta-bulk-all-actioned",
     **{"from": "legal-noreply@support.facebook.com"}, name_from="Meta Content Requests",
     date="Wed, 11 Sep 2024 08:08:08 +0000",
     subject="Your content restriction request KCSC-240909-03 [Case 1193847720]",
     reply_to_req=mid("KCSC-240909-03"),
     body="""
Hello,

We have reviewed your report (KCSC-240909-03) and taken action on all of the
content you reported. It is no longer visible on Facebook or Instagram.

Thanks,
Meta Content Requests
""",
     outcome="review", review="bulk",
     imitates="Meta summary reply covering the whole report without listing items",
     why="One statement about all content of a four-item request, naming none",
     items={u: "pending" for u in META})

case(name="tiktok-all-three-removed",
     **{"from": "kr-legal@tiktok.com"}, name_from="TikTok Korea Legal",
     date="Thu, 12 Sep 2024 03:03:03 +0000",
     subject="Re: KCSC-240911-04",
     reply_to_req=mid("KCSC-240911-04"),
     body="""
Dear KCSC,

All three videos in your report have been removed from TikTok.

TikTok Korea Legal
""",
     outcome="review", review="bulk",
     imitates="Short bulk confirmation from a platform legal desk",
     why="'All three videos' of a three-item request, none named",
     items={u: "pending" for u in TT})

case(name="tiktok-auth-fail",
     **{"from": "legal@tiktok.com"}, name_from="TikTok Trust & Safety",
     auth="fail",
     date="Sat, 14 Sep 2024 12:12:12 +0000",
     subject="Re: KCSC-240911-04 - content removed",
     body=f"""
Hello,

The following videos have been removed:

{TT[0]}
{TT[1]}

TikTok Trust & Safety
""",
     outcome="review", review="untrusted",
     imitates="TikTok-looking outcome whose DKIM/SPF/DMARC fail",
     why="Sender domain is TikTok's but authentication fails",
     items={TT[0]: "pending", TT[1]: "pending"})

case(name="lawfirm-unknown-sender",
     **{"from": "j.seo@seaview-legal.example"}, name_from="Jiwon Seo (Seaview Legal)",
     auth="none",
     date="Mon, 9 Sep 2024 05:40:00 +0000",
     subject="KCSC-240905-02 - posts by @quietmarket_kr",
     body=f"""
Dear Sir or Madam,

We act for the holder of the X account @quietmarket_kr. Our client has
deleted the posts below and asks that the matter be closed:

{XP[2]}
{XP[3]}

Yours faithfully,
Jiwon Seo
Seaview Legal
""",
     outcome="review", review="unknown_sender",
     imitates="Uploader's lawyer writing to the regulator about the request",
     why="Sender is no platform; its statements cannot change statuses",
     items={XP[2]: "pending", XP[3]: "pending"})

case(name="uploader-gmail-unknown-sender",
     **{"from": "moonlit.ledger@gmail.com"}, name_from="Moonlit Ledger",
     date="Tue, 10 Sep 2024 13:13:13 +0000",
     subject="About my video (KCSC-240903-01)",
     body=f"""
Hello,

I got a notice from YouTube about your request. I deleted the video
{YT[10]} myself today. Please withdraw the complaint.

Thanks
""",
     outcome="review", review="unknown_sender",
     imitates="Uploader writing from a personal Gmail address",
     why="gmail.com is not a YouTube sender domain",
     items={YT[10]: "pending"})

case(name="discord-about-telegram-link",
     **{"from": "gov-requests@discord.com"}, name_from="Discord Trust & Safety",
     date="Wed, 18 Sep 2024 21:00:00 +0000",
     subject="Re: KCSC-240917-06",
     body=f"""
Hi KCSC,

Our team opened the link you sent, {TG[0]}. That message is hosted on
Telegram, not Discord, and it has been deleted: the page now shows that the
message does not exist. We found no Discord server linked from it.

Discord Trust & Safety
""",
     outcome="review", review="wrong_platform",
     imitates="Discord T&S reply about a link that belongs to another service",
     why="Discord states a status (deleted) for a Telegram item",
     items={TG[0]: "pending"})

case(name="snapchat-portal-moved",
     **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
     date="Thu, 19 Sep 2024 16:00:00 +0000",
     subject="Re: Content removal requests",
     body="""
Hello,

Thank you for your email. Snap now accepts content removal requests from
government agencies only through our Law Enforcement Service Site at
https://lawenforcement.snap.example/submit. Requests sent by email cannot be
processed.

Snap Inc. Law Enforcement Operations
""",
     outcome="review", review="no_claims",
     imitates="Snap law-enforcement team pointing a government agency to its portal",
     why="Trusted platform mail naming no item and no request of ours",
     items={})

case(name="reddit-asks-for-court-order",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Sat, 14 Sep 2024 00:30:00 +0000",
     subject="RE: KCSC-240913-05 - content removal request",
     reply_to_req=mid("KCSC-240913-05"),
     body=f"""
Hello,

To process request KCSC-240913-05 we need more information. Please send the
specific provision of Korean law each URL breaches and, if one exists, a
copy of the court or administrative order:

{RD[0]}
{RD[1]}

We will not be able to act until we receive this.

Reddit Legal Operations
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Platform legal team asking for legal basis and an order before acting",
     why="Asks for documents; no status stated",
     items={RD[0]: "pending", RD[1]: "pending"})

case(name="twitch-under-review",
     **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
     date="Fri, 20 Sep 2024 09:00:00 +0000",
     subject="We're looking into your report (KCSC-240919-07)",
     body=f"""
Hello,

The channel {TW[1]} and the VOD {TW[0]} you reported are currently under
review by our team. We'll follow up when we've reached a decision.

Twitch Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="Twitch T&S interim 'under review' message naming the reported items",
     why="'under review' about named items is not a status",
     items={TW[1]: "pending", TW[0]: "pending"})

# ===== IGNORED ==========================================================

case(name="google-out-of-office",
     **{"from": "minji.park@google.com"}, name_from='"Park, Min-ji"',
     date="Tue, 3 Sep 2024 01:05:00 +0000",
     subject="Automatic reply: [KCSC-240903-01] Request to remove content on YouTube",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For legal removal requests, please use our web
form at https://support.google.com/legal/answer/3110420 so that the team can
handle your request.

Min-ji Park
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office automatic reply from a legal specialist",
     why="Out-of-office auto-reply", items={})

DSN_ORIG = quoted_request("KCSC-240911-04", TT, prefix="")
case(name="tiktok-reminder-bounce",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
     auth="none",
     date="Thu, 19 Sep 2024 00:00:41 +0000",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "8C1F2D00A1.1726704041/mx.kcsc.example", [
         "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
         "This is the mail system at host mx.kcsc.example.\n\n"
         "I'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients.\n\n"
         "<legal-kr@tiktok.com>: host mx1.tiktok.com[203.0.113.25] said: 550 5.1.1\n"
         "    <legal-kr@tiktok.com>: Recipient address rejected: User unknown\n",
         "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; mx.kcsc.example\n"
         "Arrival-Date: Thu, 19 Sep 2024 09:00:38 +0900 (KST)\n\n"
         "Final-Recipient: rfc822; legal-kr@tiktok.com\n"
         "Action: failed\nStatus: 5.1.1\n"
         "Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@tiktok.com>: Recipient address rejected: User unknown\n",
         "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
         "From: KCSC Takedown <takedown@kcsc.example>\n"
         "To: legal-kr@tiktok.com\n"
         "Subject: Reminder: [KCSC-240911-04] Request to remove content on TikTok\n"
         "Date: Thu, 19 Sep 2024 09:00:37 +0900\n"
         "Message-ID: <reminder.KCSC-240911-04.1@kcsc.example>\n"
         "Content-Type: text/plain; charset=utf-8\n\n" + DSN_ORIG + "\n",
     ], extra_ct="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN returning a reminder with the request (URLs) attached",
     why="Delivery failure report; the URLs are our own returned message", items={})

case(name="meta-read-receipt",
     **{"from": "sujin.lee@meta.com"}, name_from="Sujin Lee",
     date="Tue, 10 Sep 2024 00:45:00 +0000",
     subject="Read: [KCSC-240909-03] Request to remove content on Facebook and Instagram",
     raw_mime=multipart("report", "----=_MDN_5512", [
         "Content-Type: text/plain; charset=utf-8\n\n"
         "Your message\n\n  To: Sujin Lee\n"
         "  Subject: [KCSC-240909-03] Request to remove content on Facebook and Instagram\n"
         "  Sent: Monday, September 9, 2024 9:15 AM\n\n"
         "was read on Tuesday, September 10, 2024 9:45 AM.\n",
         "Content-Type: message/disposition-notification\n\n"
         "Reporting-UA: outlook.meta.com; Microsoft Outlook 16.0\n"
         "Final-Recipient: rfc822;sujin.lee@meta.com\n"
         f"Original-Message-ID: <{mid('KCSC-240909-03')}@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed\n",
     ], extra_ct="; report-type=disposition-notification"),
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN) from a Meta employee", why="Read receipt", items={})

case(name="tiktok-ticket-receipt",
     **{"from": "no-reply@tiktok.com"}, name_from="TikTok Support",
     date="Wed, 11 Sep 2024 05:05:05 +0000",
     subject="We've received your request [KCSC-240911-04] - Ticket TT-0091823",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
Hi,

We've received your request and created ticket TT-0091823. Our team will
look into it and get back to you as soon as possible. To add information,
reply to this email without changing the subject line.

TikTok Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="TikTok support ticket receipt", why="Pure acknowledgement: ticket created", items={})

case(name="reddit-zendesk-receipt",
     **{"from": "support@reddit.com"}, name_from="Reddit Help",
     date="Fri, 13 Sep 2024 01:41:00 +0000",
     subject="[Reddit Help] Re: KCSC-240913-05 (ticket 88213)",
     body="""
##- Please type your reply above this line -##

Your request (88213) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

Reddit Help
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk 'your request has been received' receipt used by Reddit Help",
     why="Pure ticket receipt naming no item", items={})

case(name="pinterest-auto-reply",
     **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
     date="Mon, 23 Sep 2024 02:00:00 +0000",
     subject="Auto: Content removal request",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""
Thanks for contacting Pinterest. This is an automated reply: this inbox is
not monitored for content reports. To report a Pin, please use
https://help.pinterest.com/en/contact.

Pinterest Legal
""",
     outcome="ignored", classification="auto_reply",
     imitates="Pinterest unmonitored-inbox auto-reply", why="Auto-reply", items={})


HEADER = """# Blind set 868 (English notices from many platforms). Written by
# tests/corpus/blind868/make.py from each email's meaning, before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(len(CASES), "cases")
