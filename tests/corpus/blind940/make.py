#!/usr/bin/env python3
"""Blind set 940: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Snapchat and Pinterest as senders).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic:
    python3 tests/corpus/blind940/make.py

Every email is fictional and written in our own sentences. Expected results
were written from each email's meaning, before the reader was ever run on it.
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

SET = "blind940"

# ---------------------------------------------------------------- requests
X = [None,
     "https://x.com/mirae_dealz77/status/1830412209981100032",
     "https://x.com/mirae_dealz77/status/1830412877216530433",
     "https://x.com/seoul_nightrx/status/1829981034470211584",
     "https://x.com/seoul_nightrx/status/1830007712345098752",
     "https://x.com/pharm_direct_kr/status/1830150098866245632",
     "https://x.com/pharm_direct_kr/status/1830150664220372993",
     "https://x.com/bluegate_bet/status/1829770012398817280",
     "https://x.com/bluegate_bet/status/1829771183604338689",
     "https://x.com/bluegate_bet",
     "https://x.com/gamble_kings_vip/status/1830333421987102720",
     "https://x.com/onyx_tickets/status/1830290015567331328",
     "https://x.com/ddal_gi_market/status/1830501876610224128"]
Y = [None,
     "https://www.youtube.com/watch?v=Qm3vK8pLz2A",
     "https://www.youtube.com/watch?v=hT9xW1rB0cE",
     "https://www.youtube.com/watch?v=Zk4nY7uV2sD",
     "https://www.youtube.com/shorts/Lp5aG6eR8tF",
     "https://www.youtube.com/@jackpot_ilbo_tv"]
M = [None,
     "https://www.facebook.com/groups/638201447719053/posts/1104229937701845/",
     "https://www.facebook.com/profile.php?id=100089231774562",
     "https://www.instagram.com/p/C9xQm2LsT4k/",
     "https://www.instagram.com/yakguk_deal.kr/"]
T = [None,
     "https://www.tiktok.com/@slotmania.kr/video/7409113385926733073",
     "https://www.tiktok.com/@slotmania.kr/video/7409220017455287568",
     "https://www.tiktok.com/@hanryu_rx/video/7408875512093447431"]
R = [None,
     "https://www.reddit.com/r/koreadeals/comments/1f3kq9x/cheap_prescription_pills_no_rx_seoul/",
     "https://www.reddit.com/user/bluegate_promo/"]
D = [None, "https://discord.gg/hY7bQ2mK"]
W = [None,
     "https://www.twitch.tv/jackpotnight_live",
     "https://www.twitch.tv/videos/2243918876"]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls
    ("KCSC-240903-01", "x", "2024-09-03T10:20:00+09:00", "2024-09-10T23:59:59+09:00",
     "gambling_drugs", X[1:], "largest request: promotion of illegal gambling and drug sales"),
    ("KCSC-240905-02", "youtube", "2024-09-05T14:05:00+09:00", "2024-09-12T23:59:59+09:00",
     "gambling", Y[1:], "videos, a short and a channel"),
    ("KCSC-240909-03", "meta", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00",
     "drugs", M[1:], "Facebook and Instagram items"),
    ("KCSC-240910-04", "tiktok", "2024-09-10T11:30:00+09:00", "2024-09-17T23:59:59+09:00",
     "gambling", T[1:], ""),
    ("KCSC-240911-05", "reddit", "2024-09-11T16:00:00+09:00", "2024-09-18T23:59:59+09:00",
     "drugs", R[1:], "a post and a user account"),
    ("KCSC-240912-06", "discord", "2024-09-12T10:10:00+09:00", "2024-09-19T23:59:59+09:00",
     "gambling", D[1:], "one server invite"),
    ("KCSC-240913-07", "twitch", "2024-09-13T15:45:00+09:00", "2024-09-20T23:59:59+09:00",
     "gambling", W[1:], "a channel and a past broadcast"),
]


def req_mid(ref):
    return "request.%s.1" % ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def single(ctype, cte, payload):
    return ("Content-Type: %s; charset=utf-8\nContent-Transfer-Encoding: %s\n\n%s"
            % (ctype, cte, payload))


def multipart(kind, boundary, parts, extra=""):
    out = ['Content-Type: multipart/%s;%s boundary="%s"' % (kind, extra, boundary), "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def quote_request(ref, urls, prefix="> "):
    lines = ["Dear Trust and Safety team,", "",
             "The Korea Communications Standards Commission requests the removal of",
             "the following content under reference %s:" % ref, ""]
    lines += ["%d. %s" % (i + 1, u) for i, u in enumerate(urls)]
    lines += ["", "Please reply to this address with the result for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(name="x-legal-withheld-kr-numbered",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Mon, 16 Sep 2024 02:14:09 +0000",
     subject="Re: Removal request KCSC-240903-01",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""
Hello,

Thank you for your request of 3 September 2024 concerning content on X
(your reference KCSC-240903-01).

Having reviewed the reported content, we have taken the following action:

1. {X[1]} - withheld in South Korea
2. {X[2]} - withheld in South Korea
3. {X[3]} - withheld in South Korea
4. {X[5]} - removed for violating the X Rules (illegal or certain regulated goods and services)

Content withheld in a country stays available to people outside that
country. The account holders have been notified in line with our policies.
More about country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal team reply listing country-withheld posts (help.x.com country withheld content)",
     why="numbered list, one status per line: three withheld in KR, one removed under the X Rules",
     items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted", X[5]: "removed"})

case(name="x-bare-url-status-below",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Wed, 18 Sep 2024 07:41:55 +0000",
     subject="Case 0412-KR-88731 / KCSC-240903-01: outcome",
     body=f"""
Hi,

We have completed our review of the remaining reports under your reference
KCSC-240903-01. Outcome per URL:

{X[4]}
Status: Removed (the account holder was required to delete the post)

{X[7]}
Status: Withheld in KR

{X[8]}
Status: No action taken. The post does not break the X Rules, and on the
information provided we did not find it unlawful in Korea.

{X[9]}
Status: Account suspended for violating our rules on gambling promotion.

Thanks,
X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X legal operations per-URL outcome list",
     why="bare URL with its status on the line below; a suspended account counts as removed",
     items={X[4]: "removed", X[7]: "restricted", X[8]: "rejected", X[9]: "removed"})

html3 = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#0f1419">
<p>Hello,</p>
<p>Please find below the result of our review of your request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Not actioned &ndash; content not found (deleted by the account holder before our review)</td><td>&ndash;</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>Removed</td><td>Global</td></tr>
</table>
<p>For information on how we handle legal requests, see our
<a href="https://help.x.com/en/rules-and-policies/x-legal-faq">Legal FAQ</a>.</p>
<p>X Legal</p>
<p style="font-size:11px;color:#536471">X Corp., 1355 Market Street, San Francisco, CA 94103</p>
</body></html>
"""
case(name="x-html-table-qp",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Thu, 19 Sep 2024 03:02:17 +0000",
     subject="Your legal request KCSC-240903-01",
     raw_mime=single("text/html", "quoted-printable", qp(html3)),
     outcome="applied", classification="confirmation",
     imitates="X legal request outcome in an HTML table (quoted-printable)",
     why="HTML table: withheld in KR, deleted by its author before review, removed globally",
     items={X[10]: "restricted", X[11]: "not_found", X[12]: "removed"})

case(name="x-top-posted-gmail-quote",
     **{"from": "legal@x.com"}, name_from="X Legal Support",
     date="Tue, 17 Sep 2024 05:30:00 +0000",
     subject="Re: KCSC-240903-01 Request for removal of content",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""
Hi team,

Following up on our earlier message: the post below has now been withheld
in South Korea.
{X[6]}

The other reports in this request are still being processed.

X Legal Support

On Tue, Sep 3, 2024 at 10:20 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_request("KCSC-240903-01", X[1:])}
""",
     outcome="applied", classification="confirmation",
     imitates="X legal support top-posted reply over the Gmail-quoted request",
     why="only the post named above the quote is withheld; the quoted list says nothing",
     items={X[6]: "restricted"})

case(name="yt-legal-blocked-kr-and-removed",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     date="Mon, 16 Sep 2024 09:12:40 +0000",
     subject="YouTube legal complaint [3-1847000012345] - KCSC-240905-02",
     body=f"""
Hi,

Thanks for your legal complaint. After review, we have blocked the
following content from view on YouTube in South Korea, in accordance with
local law:

{Y[1]}
{Y[2]}

We also reviewed the content against YouTube's Community Guidelines. The
following video was removed from YouTube globally for violating our policy
on the sale of regulated goods:
{Y[3]}

To learn more about how we handle legal removals, visit
https://support.google.com/youtube/answer/6154230

Sincerely,
The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal removals team outcome (blocked in country / removed under Community Guidelines)",
     why="two URLs under a 'blocked in South Korea' heading, one URL on the line below a 'removed globally' sentence",
     items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"})

case(name="yt-age-restricted-channel-stays",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     date="Wed, 18 Sep 2024 11:48:03 +0000",
     subject="Re: KCSC-240905-02",
     reply_to_req=req_mid("KCSC-240905-02"),
     body=f"""
Hello,

We've finished reviewing the remaining items of your request.

The Short listed below has been age-restricted. It can no longer be viewed
by signed-out users or by users under 18:
{Y[4]}

Regarding the channel {Y[5]}: after careful review we determined that it
does not violate our Community Guidelines, and we did not find a sufficient
legal basis to block it under local law. The channel remains available on
YouTube.

Best regards,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube age-restriction outcome plus a no-action decision",
     why="age-restricted counts as restricted; the channel stays up with a reason: rejected",
     items={Y[4]: "restricted", Y[5]: "rejected"})

csv7 = ("url,decision,scope,notes\r\n"
        f"{Y[1]},Content blocked,KR,Local law - Korea\r\n"
        f"{Y[2]},Removed,Global,Community Guidelines - regulated goods\r\n"
        f"{Y[3]},No action,,Not in violation of policy or local law\r\n"
        f"{Y[4]},Not found,,URL does not resolve to a video\r\n"
        f"{Y[5]},Removed,Global,Channel terminated\r\n")
case(name="yt-csv-attachment",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     date="Fri, 20 Sep 2024 06:20:11 +0000",
     subject="Outcome of your request KCSC-240905-02",
     raw_mime=multipart("mixed", "==yt_outcome_7f3a==", [
         single("text/plain", "7bit",
                "Hello,\n\nPlease find attached the decision for each URL in your request\n"
                "KCSC-240905-02.\n\nRegards,\nYouTube Legal Support\n"),
         'Content-Type: text/csv; charset=utf-8; name="outcome_KCSC-240905-02.csv"\n'
         'Content-Disposition: attachment; filename="outcome_KCSC-240905-02.csv"\n'
         "Content-Transfer-Encoding: base64\n\n" + b64(csv7),
     ]),
     outcome="applied", classification="confirmation",
     imitates="YouTube legal team outcome spreadsheet attached as CSV",
     why="base64 CSV attachment, one row per URL with a decision column",
     items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "rejected", Y[4]: "not_found", Y[5]: "removed"})

case(name="meta-local-law-restricted",
     **{"from": "records@meta.com"}, name_from="Meta Content Restrictions",
     date="Tue, 17 Sep 2024 13:05:29 +0000",
     subject="Government request KCSC-240909-03 - decision",
     body=f"""
Hello,

We have reviewed your report under applicable local law. Based on this
review we restricted access in South Korea to the following content:

- {M[1]}
- {M[3]}

We were unable to locate the following content. It may have been removed
before our review, or the link may be incorrect:

- {M[2]}

You can learn more about how Meta handles content restrictions based on
local law in our Transparency Center:
https://transparency.meta.com/reports/content-restrictions/

Meta Content Restrictions Team
""",
     outcome="applied", classification="confirmation",
     imitates="Meta content restriction based on local law notice (Transparency Center)",
     why="two items restricted in KR; 'unable to locate' is a firm not_found, the 'may' only guesses why",
     items={M[1]: "restricted", M[3]: "restricted", M[2]: "not_found"})

html9 = f"""<!DOCTYPE html>
<html><body style="margin:0;padding:0;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;font-family:-apple-system,Roboto,Arial,sans-serif;font-size:15px;color:#262626">
<p>Hi KCSC,</p>
<p>Thanks for your report (<b>KCSC-240909-03</b>). Here is what we decided.</p>
<p><b>We removed the account</b><br>
We removed the account <a href="{M[4]}">{M[4]}</a> because it goes against our Community Guidelines on the sale of drugs.</p>
<p><b>The post stays on Instagram</b><br>
We reviewed the post <a href="{M[3]}">{M[3]}</a> and found that it doesn't go against our Community Guidelines, so we did not remove it.</p>
<p>See <a href="https://help.instagram.com/477434105621119">our Community Guidelines</a> for more information.</p>
<p>Instagram</p>
<p style="font-size:11px;color:#8e8e8e">Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025</p>
</td></tr></table>
</body></html>
"""
case(name="meta-ig-report-outcome-html-b64",
     **{"from": "no-reply@instagram.com"}, name_from="Instagram",
     date="Wed, 18 Sep 2024 22:16:40 +0000",
     subject="Update on your report KCSC-240909-03",
     raw_mime=single("text/html", "base64", b64(html9)),
     outcome="applied", classification="confirmation",
     imitates="Instagram report outcome email (we removed / stays on Instagram)",
     why="base64 HTML: account removed, post kept for not breaking the guidelines",
     items={M[4]: "removed", M[3]: "rejected"})

case(name="meta-dsa-statement-of-reasons",
     **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
     date="Thu, 19 Sep 2024 08:33:12 +0000",
     subject="Statement of reasons: decision on reported content",
     body=f"""
STATEMENT OF REASONS

Decision reference: SOR-2024-0917-55128
Notice reference: KCSC-240909-03

Content concerned: {M[1]}
Type of content: text, image

Decision: Removal of the content
Territorial scope: worldwide
Date of decision: 18 September 2024

Facts and circumstances: the content was reported by a public authority and
reviewed by our team against the Facebook Community Standards.

Ground for the decision: incompatible with our terms and conditions
(Restricted Goods and Services).

Automated means used for detection: no
Automated means used for the decision: no

The person who posted the content can appeal this decision in the app or
at https://www.facebook.com/help/appeals
""",
     outcome="applied", classification="confirmation",
     imitates="DSA Article 17 statement of reasons (Meta)",
     why="structured statement: removal, worldwide, one content URL",
     items={M[1]: "removed"})

case(name="tiktok-report-outcome-bullets",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
     date="Mon, 16 Sep 2024 04:55:31 +0000",
     subject="Re: KCSC-240910-04",
     reply_to_req=req_mid("KCSC-240910-04"),
     body=f"""
Hi,

Thanks for your report (KCSC-240910-04). Here's an update:

\u2022 {T[1]} \u2014 We removed this video because it violates our Community Guidelines on gambling.
\u2022 {T[2]} \u2014 We reviewed this video and found no violation of our Community Guidelines or local law, so it remains available.

We are still reviewing the last video in your report and will follow up.

TikTok Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok report outcome update (removed / no violation)",
     why="bulleted list with em dashes; the third video is not named and stays untouched",
     items={T[1]: "removed", T[2]: "rejected"})

case(name="tiktok-sor-geo-restricted",
     **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
     date="Wed, 18 Sep 2024 10:01:09 +0000",
     subject="Notification of restriction decision - your report KCSC-240910-04",
     body=f"""
Notification of restriction decision

Content: <{T[3]}>
Decision: Access restricted in the Republic of Korea
Legal ground: local law of the Republic of Korea (illegal drug advertising)
Detection: reported by a government authority
Decision taken: 17 September 2024, human review

The content remains available in other countries. The creator has been
informed and may appeal through TikTok's in-app tools.

TikTok Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok statement of reasons / local-law restriction notice",
     why="URL in angle brackets, restricted in Korea only",
     items={T[3]: "restricted"})

case(name="tiktok-bilingual-korean-particles",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Korea",
     date="Thu, 19 Sep 2024 02:30:45 +0000",
     subject="[TikTok] Result of request KCSC-240910-04",
     body=f"""
Dear KCSC,

Further to your request KCSC-240910-04, we confirm that the following
videos have been removed from TikTok:
{T[1]}
{T[2]}

The third video could not be found: the account that posted it no longer
exists on TikTok.

[국문 안내]
요청하신 영상 {T[1]} 및 {T[2]}은(는) 삭제 조치되었습니다.
영상 {T[3]}의 경우, 게시한 계정이 이미 삭제되어 확인할 수 없습니다.

TikTok Korea Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok Korea bilingual (English / Korean) result notice",
     why="English list plus a Korean summary where URLs are followed by particles; third video: account gone, not_found",
     items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"})

case(name="reddit-admin-removed-suspended",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Mon, 16 Sep 2024 18:20:00 +0000",
     subject="Re: KCSC-240911-05 - Notice of unlawful content",
     reply_to_req=req_mid("KCSC-240911-05"),
     body=f"""
Hello,

Thank you for your notice regarding KCSC-240911-05.

We have reviewed the reported content against Reddit's Content Policy. The
post at
{R[1]}
has been removed by Reddit admins, and the account u/bluegate_promo
({R[2]}) has been permanently suspended for repeated violations of our
rules on prohibited transactions.

Best,
Reddit Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit legal operations reply (removed by admins / account suspended)",
     why="URL on the line inside its sentence; URL in parentheses for the suspended account",
     items={R[1]: "removed", R[2]: "removed"})

case(name="reddit-geo-restricted-user-missing",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Thu, 19 Sep 2024 21:07:33 +0000",
     subject="Reddit response to KCSC-240911-05",
     body=f"""
Hi there,

We have reviewed your request under KCSC-240911-05.

We have geo-restricted the following post so that it can no longer be
viewed from South Korea:
  {R[1]}

We could not find the user account {R[2]} -- the username does not exist
or was deleted by its owner, so there is nothing for us to action.

Regards,
Reddit Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit geo-restriction (country-withheld) reply to a government request",
     why="indented URL under a geo-restricted heading; the user account does not exist: not_found",
     items={R[1]: "restricted", R[2]: "not_found"})

case(name="discord-server-removed-sole",
     **{"from": "no-reply@discord.com"}, name_from="Discord Trust & Safety",
     date="Tue, 17 Sep 2024 00:44:12 +0000",
     subject="Re: KCSC-240912-06 - Report of a Discord server",
     reply_to_req=req_mid("KCSC-240912-06"),
     body="""
Hi there,

Thanks for reaching out. Our Safety team reviewed the server you reported
and took action: the server has been removed from Discord for violating our
Community Guidelines, and its invite is no longer active.

If you come across other content that breaks our rules, you can report it
at https://dis.gd/request

Discord Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety outcome reply (server removed)",
     why="one-item request, the reply names no URL but clearly states the reported server was removed",
     items={D[1]: "removed"})

case(name="discord-invite-invalid",
     **{"from": "no-reply@discord.com"}, name_from="Discord Trust & Safety",
     date="Wed, 18 Sep 2024 03:19:50 +0000",
     subject="Your report KCSC-240912-06",
     body=f"""
Hello,

Thanks for your report. The invite link you provided ({D[1]}) is invalid
or has expired, so we were not able to identify the server it pointed to.
We are therefore unable to take action on this report.

You can learn more about how we review reports at
https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord

Discord Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Discord reply: invalid or expired invite link",
     why="an invalid link is not_found",
     items={D[1]: "not_found"})

case(name="twitch-legal-suspended-and-deleted",
     **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
     date="Mon, 16 Sep 2024 20:11:27 +0000",
     subject="Re: your request KCSC-240913-07",
     body=f"""
Hello,

Re: your request KCSC-240913-07.

We reviewed the content you identified. The channel
{W[1]} has been indefinitely suspended and is no longer accessible on
Twitch. The past broadcast {W[2]} has been deleted.

Thank you for helping keep Twitch safe.

Twitch Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Twitch legal/safety outcome (channel suspended, VOD deleted)",
     why="channel suspended and no longer accessible: removed; VOD deleted: removed",
     items={W[1]: "removed", W[2]: "removed"})

case(name="twitch-vod-gone-channel-no-violation",
     **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
     date="Thu, 19 Sep 2024 17:58:04 +0000",
     subject="Twitch report update - KCSC-240913-07",
     body=f"""
Hi,

Thank you for your report.

The past broadcast at {W[2]} could not be found. Past broadcasts are
deleted automatically after a set period, and this one was no longer on
our servers when we reviewed your report.

As for the channel {W[1]}, our review found no violation of the Twitch
Community Guidelines or Terms of Service, and we have not taken action
against it.

Twitch Safety Operations
""",
     outcome="applied", classification="confirmation",
     imitates="Twitch report update (content not found / no violation found)",
     why="VOD no longer exists: not_found; channel reviewed, no violation, no action: rejected",
     items={W[2]: "not_found", W[1]: "rejected"})

case(name="x-outlook-original-message",
     **{"from": "jokafor@x.com"}, name_from="Joy Okafor",
     date="Fri, 20 Sep 2024 01:26:38 +0000",
     subject="RE: KCSC-240903-01 Request for removal of content",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""
Dear KCSC,

Please be advised that the following account and post have been withheld in
South Korea in response to your request:
<{X[9]}>
<{X[10]}>

Kind regards,
Joy Okafor
Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:20 AM
To: legal@x.com
Subject: KCSC-240903-01 Request for removal of content

{quote_request("KCSC-240903-01", X[1:], prefix="")}
""",
     outcome="applied", classification="confirmation",
     imitates="X legal policy staff reply from Outlook over the unquoted original message",
     why="two URLs in angle brackets withheld in KR; the request below -----Original Message----- is ours",
     items={X[9]: "restricted", X[10]: "restricted"})

text21 = f"""Hello,

Regarding your request KCSC-240903-01: following our review, the post {X[12]} and the post {X[1]} have been removed for violating our rules on illegal and regulated goods and services.

X Legal
"""
case(name="x-qp-soft-wrapped-urls",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Fri, 20 Sep 2024 09:00:12 +0000",
     subject="KCSC-240903-01 - update",
     raw_mime=single("text/plain", "quoted-printable", qp(text21)),
     outcome="applied", classification="confirmation",
     imitates="X legal plain reply sent quoted-printable (long line soft-wrapped)",
     why="quoted-printable soft line breaks split the URLs; decoded, both posts removed",
     items={X[12]: "removed", X[1]: "removed"})

case(name="x-ack-plus-withheld",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Wed, 04 Sep 2024 06:12:44 +0000",
     subject="Case #0917-KR-22314 received - KCSC-240903-01",
     body=f"""
Hello,

Thank you for your request. We have received it and opened case
0917-KR-22314.

We have already withheld the following post in South Korea: {X[3]} .
The remaining URLs are being reviewed and we will update you once that
review is complete.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal receipt that already reports one action",
     why="an acknowledgement phrase plus an unhedged statement about one post is not a pure acknowledgement",
     items={X[3]: "restricted"})

case(name="yt-parens-and-trailing-period",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     date="Tue, 17 Sep 2024 07:07:07 +0000",
     subject="Re: [3-1847000012345] KCSC-240905-02",
     body=f"""
Hi,

Thanks for your patience. Following our review, the video
({Y[2]}) has been removed for violating our policies on the sale of
regulated goods. We also age-restricted {Y[3]}.

Regards,
The YouTube Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal team short reply",
     why="URL in parentheses; URL followed by a sentence full stop",
     items={Y[2]: "removed", Y[3]: "restricted"})

case(name="meta-fb-numbered-mixed",
     **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
     date="Fri, 20 Sep 2024 12:40:09 +0000",
     subject="Your report about content on Facebook and Instagram (KCSC-240909-03)",
     body=f"""
Hi,

Report ID: 8841200731155
Your reference: KCSC-240909-03

Thanks for your report. We reviewed each item:

1) {M[1]}
   Removed. This content goes against our Community Standards on restricted goods and services.

2) {M[2]}
   We couldn't find this profile. The link may be broken or the profile may have been deleted.

3) {M[3]}
   Restricted in South Korea under local law.

4) {M[4]}
   No action. We reviewed this account and it doesn't go against our Community Standards or local law.

Facebook Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="Facebook/Meta report outcome with one decision per item",
     why="numbered items with the decision on an indented line below each URL",
     items={M[1]: "removed", M[2]: "not_found", M[3]: "restricted", M[4]: "rejected"})

text25 = f"""Hello,

Result of our review for KCSC-240903-01 (case 0412-KR-88731):

URL                                                          Action             Scope
{X[1]:<61}Withheld           KR
{X[2]:<61}Withheld           KR
{X[3]:<61}No violation       -
{X[4]:<61}Removed            Global
{X[5]:<61}Not found          -
{X[6]:<61}Withheld           KR
{X[7]:<61}Withheld           KR
{X[8]:<61}Withheld           KR

"No violation" means the post breaks neither the X Rules nor, on the
information provided, Korean law, and it stays available. "Not found"
means the post no longer exists on X.

X Legal
"""
case(name="x-text-table-eight",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Mon, 23 Sep 2024 02:02:02 +0000",
     subject="KCSC-240903-01 - result table",
     body=text25,
     outcome="applied", classification="confirmation",
     imitates="X legal outcome as a fixed-width text table",
     why="plain-text table with a legend; withheld, no violation, removed and not found",
     items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected", X[4]: "removed",
            X[5]: "not_found", X[6]: "restricted", X[7]: "restricted", X[8]: "restricted"})

case(name="yt-echoed-complaint-removed",
     **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube",
     date="Sat, 21 Sep 2024 05:45:30 +0000",
     subject="[3-1847000012399] Your legal complaint - KCSC-240905-02",
     body=f"""
Hello,

This is an update on the legal complaint you submitted to YouTube.

---- Your complaint ----
Complaint type: Other legal issue - Korea
Organisation: KCSC
Reference: KCSC-240905-02
Content URL(s):
{Y[1]}
{Y[4]}
Description: promotion of unlicensed online gambling
------------------------

Outcome: we have removed the content identified above from YouTube for
violating our Community Guidelines.

- The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal webform update echoing the submitted complaint",
     why="the platform's own echo names both URLs; the outcome line removes 'the content identified above'",
     items={Y[1]: "removed", Y[4]: "removed"})

# ================================================================ REVIEW
case(name="x-promise-will-withhold",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Tue, 10 Sep 2024 08:15:00 +0000",
     subject="Re: KCSC-240903-01",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""
Hello,

We are reviewing your request. The following posts will be withheld in
South Korea once our review of the supporting documents is complete:

{X[11]}
{X[12]}

We will confirm the final action by email.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal interim reply announcing a future withholding",
     why="'will be withheld once ... complete' is a promise, not a statement",
     items={X[11]: "pending", X[12]: "pending"})

case(name="yt-hedge-and-under-review",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     date="Mon, 16 Sep 2024 15:22:18 +0000",
     subject="Re: KCSC-240905-02 - status",
     body=f"""
Hi,

Thanks for following up on your complaint.

The video {Y[1]} appears to have been made private by the uploader.
The video {Y[2]} is still under review by our legal team, and we will
get back to you once a decision has been made.

Regards,
YouTube Legal Support
""",
     outcome="review", review="not_understood",
     imitates="YouTube legal support status follow-up",
     why="'appears to have been made private' is a hedge and 'under review' no decision",
     items={Y[1]: "pending", Y[2]: "pending"})

case(name="meta-bulk-all-restricted",
     **{"from": "records@meta.com"}, name_from="Meta Content Restrictions",
     date="Mon, 23 Sep 2024 09:09:09 +0000",
     subject="Government request KCSC-240909-03 - completed",
     body="""
Hello,

We have completed our review of government request KCSC-240909-03. We have
restricted access in South Korea to all of the content identified in your
request, in accordance with local law.

Meta Content Restrictions Team
""",
     outcome="review", review="bulk",
     imitates="Meta local-law restriction notice covering a whole request",
     why="one statement for all four items of the request without naming any",
     items={M[1]: "pending", M[2]: "pending", M[3]: "pending", M[4]: "pending"})

case(name="tiktok-bulk-action-taken",
     **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
     date="Fri, 20 Sep 2024 01:01:01 +0000",
     subject="We've taken action on your report",
     reply_to_req=req_mid("KCSC-240910-04"),
     body="""
Hi KCSC,

Thanks for helping keep TikTok safe. We reviewed the videos you reported
and removed them for violating our Community Guidelines.

TikTok Trust & Safety
""",
     outcome="review", review="bulk",
     imitates="TikTok 'we've taken action on your report' notification",
     why="thread reply to a three-item request removing 'the videos' without naming them",
     items={T[1]: "pending", T[2]: "pending", T[3]: "pending"})

case(name="x-spoofed-dmarc-fail",
     **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
     date="Sat, 21 Sep 2024 13:13:13 +0000",
     subject="KCSC-240903-01 completed",
     body=f"""
Hello,

The following posts have been removed from X:
{X[1]}
{X[2]}

X Legal
""",
     outcome="review", review="untrusted",
     imitates="mail claiming to be X legal that fails DMARC",
     why="From x.com but DKIM/SPF/DMARC fail: nothing may change",
     items={X[1]: "pending", X[2]: "pending"})

case(name="unknown-sender-reputation-agency",
     **{"from": "compliance@brightline-reputation.example"}, name_from="Brightline Reputation",
     date="Tue, 17 Sep 2024 04:04:04 +0000",
     subject="KCSC-240905-02 - channel already removed",
     body=f"""
Dear Sir or Madam,

We act for the owner of the YouTube channel {Y[5]}. Our client has
deleted the channel and all of its videos, including
{Y[1]}, and asks that the matter be closed.

Yours faithfully,
Brightline Reputation Management
""",
     outcome="review", review="unknown_sender",
     imitates="reputation-management agency writing for an uploader",
     why="not a platform domain: its claims about YouTube items cannot change them",
     items={Y[5]: "pending", Y[1]: "pending"})

case(name="pinterest-misdirected-reddit-urls",
     **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
     date="Wed, 18 Sep 2024 16:30:00 +0000",
     subject="Re: KCSC-240911-05",
     body=f"""
Hello,

We received your notice KCSC-240911-05. The URLs it lists are not Pinterest
content and we have no record of them on our service:

{R[1]}
{R[2]}

You may wish to contact the service that hosts them.

Pinterest Legal
""",
     outcome="review", review="wrong_platform",
     imitates="platform reply to a misdirected notice (content not hosted by us)",
     why="Pinterest speaks about Reddit items; it cannot set their status",
     items={R[1]: "pending", R[2]: "pending"})

case(name="snapchat-generic-no-claims",
     **{"from": "no-reply@snapchat.com"}, name_from="Snapchat Support",
     date="Thu, 19 Sep 2024 23:50:00 +0000",
     subject="Update on your safety report",
     body="""
Hi,

Thanks for your report. Our Trust & Safety team has reviewed the content you
reported and taken appropriate action in line with our Community
Guidelines.

Learn more about how we keep Snapchat safe:
https://values.snap.com/safety/safety-center

Team Snapchat
""",
     outcome="review", review="no_claims",
     imitates="Snapchat safety report update without details",
     why="trusted platform mail that names no item and references no request",
     items={})

case(name="reddit-asks-legal-basis",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Fri, 13 Sep 2024 19:40:00 +0000",
     subject="Re: KCSC-240911-05 - additional information needed",
     reply_to_req=req_mid("KCSC-240911-05"),
     body=f"""
Hello,

Thank you for your notice. Before we can evaluate the post at
{R[1]} under local law, we need a little more information. Could you
please send us the specific provision of Korean law that the content is
alleged to violate, and a copy of the Commission's decision if one exists?

Once we receive this, we will complete our review.

Reddit Legal
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Reddit legal request for the legal basis of a government notice",
     why="the platform asks for documents before deciding; no status",
     items={R[1]: "pending"})

case(name="twitch-conditional-removal",
     **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
     date="Sun, 15 Sep 2024 06:06:06 +0000",
     subject="Re: KCSC-240913-07",
     reply_to_req=req_mid("KCSC-240913-07"),
     body=f"""
Hi,

We have asked the creator to remove the past broadcast {W[2]}.
If it is still available after 48 hours, we will delete it ourselves.

The channel {W[1]} is being reviewed by our Safety team.

Twitch Safety Operations
""",
     outcome="review", review="not_understood",
     imitates="Twitch safety interim reply with a conditional action",
     why="a condition and 'being reviewed': no statement yet",
     items={W[2]: "pending", W[1]: "pending"})

case(name="tiktok-may-no-longer-be-available",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
     date="Sat, 14 Sep 2024 03:33:33 +0000",
     subject="Re: KCSC-240910-04 - question about one video",
     body=f"""
Hi,

About {T[3]}: our records show that the video may no longer be
available, but we have not been able to confirm this yet. We will let you
know once we have checked.

TikTok Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="TikTok interim reply with an unconfirmed status",
     why="'may no longer be available ... not been able to confirm' is a hedge",
     items={T[3]: "pending"})

# ================================================================ IGNORED
case(name="x-out-of-office",
     **{"from": "jokafor@x.com"}, name_from="Joy Okafor",
     date="Tue, 03 Sep 2024 01:21:02 +0000",
     subject="Automatic reply: KCSC-240903-01 Request for removal of content",
     reply_to_req=req_mid("KCSC-240903-01"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
Thank you for your email. I am out of the office until Monday 23 September
with limited access to email. For urgent legal matters please write to
legal@x.com.

Joy Okafor
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office automatic reply",
     why="out-of-office auto-reply",
     items={})

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@youtube.com
Subject: KCSC-240905-02 Request for removal of content
Date: Thu, 05 Sep 2024 14:05:00 +0900
Message-ID: <{req_mid("KCSC-240905-02")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{quote_request("KCSC-240905-02", Y[1:], prefix="")}
"""
case(name="dsn-youtube-address-bounce",
     **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
     date="Thu, 05 Sep 2024 05:05:40 +0000",
     subject="Delivery Status Notification (Failure)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "000000000000dsn5e1", [
         single("text/plain", "7bit",
                "** Address not found **\n\nYour message wasn't delivered to legal-kr@youtube.com "
                "because the address couldn't be found,\nor is unable to receive mail.\n"),
         "Content-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; googlemail.com\n"
         "Arrival-Date: Thu, 05 Sep 2024 14:05:03 +0900\n\n"
         "Final-Recipient: rfc822; legal-kr@youtube.com\n"
         "Action: failed\nStatus: 5.1.1\n"
         "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n",
         "Content-Type: message/rfc822\n\n" + dsn_orig,
     ], extra=" report-type=delivery-status;"),
     outcome="ignored", classification="bounce",
     imitates="Gmail delivery status notification with the original message attached",
     why="a bounce; the URLs are only in our returned request",
     items={})

case(name="meta-mdn-read-receipt",
     **{"from": "hwpark@meta.com"}, name_from="Hyewon Park",
     date="Tue, 10 Sep 2024 00:12:30 +0000",
     subject="Read: KCSC-240909-03 Request for removal of content",
     raw_mime=multipart("report", "----=_NextPart_mdn_3a7c", [
         single("text/plain", "7bit",
                "Your message\n\n  To: records@meta.com\n"
                "  Subject: KCSC-240909-03 Request for removal of content\n"
                "  Sent: Monday, September 9, 2024 9:40 AM (UTC+09:00) Seoul\n\n"
                "was read on Tuesday, September 10, 2024 9:12 AM (UTC+09:00) Seoul.\n"),
         "Content-Type: message/disposition-notification\n\n"
         "Reporting-UA: meta.com; Microsoft Outlook 16.0\n"
         "Final-Recipient: rfc822;hwpark@meta.com\n"
         f"Original-Message-ID: <{req_mid('KCSC-240909-03')}@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed\n",
     ], extra=" report-type=disposition-notification;"),
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (message/disposition-notification)",
     why="read receipt",
     items={})

case(name="tiktok-ticket-receipt",
     **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
     date="Tue, 10 Sep 2024 02:31:00 +0000",
     subject="We've received your report (KCSC-240910-04)",
     body="""
Hi,

We've received your report. Your ticket number is 58820417.

Our team will review it and get back to you as soon as possible. Please
keep the ticket number for future reference.

TikTok Trust & Safety
""",
     outcome="ignored", classification="acknowledgement",
     imitates="TikTok report receipt with ticket number",
     why="pure acknowledgement of receipt",
     items={})

case(name="reddit-report-receipt",
     **{"from": "noreply@redditmail.com"}, name_from="Reddit",
     date="Wed, 11 Sep 2024 07:00:15 +0000",
     subject="Thanks for your report [KCSC-240911-05]",
     body="""
Thanks for submitting a report to the Reddit admins.

Your report ID is 7RQ-114-2209. Our team reviews reports in the order they
are received. You will hear from us if we need more information.

- Reddit Safety
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Reddit admin report receipt",
     why="pure acknowledgement with a report ID",
     items={})

case(name="discord-helpdesk-receipt",
     **{"from": "support@discord.com"}, name_from="Discord",
     date="Thu, 12 Sep 2024 01:15:44 +0000",
     subject="[Discord] Re: KCSC-240912-06 Report of a Discord server",
     reply_to_req=req_mid("KCSC-240912-06"),
     body="""
##- Please type your reply above this line -##

Your request (#4821930) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk-style help-desk receipt (Discord support)",
     why="ticket receipt, nothing about the item",
     items={})

twitch_orig_headers = (
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: legal-kr@twitch.tv\n"
    "Subject: KCSC-240913-07 Request for removal of content\n"
    "Date: Fri, 13 Sep 2024 15:45:00 +0900\n"
    f"Message-ID: <{req_mid('KCSC-240913-07')}@kcsc.example>\n")
case(name="twitch-dsn-user-unknown",
     **{"from": "MAILER-DAEMON@twitch.tv"}, name_from="Mail Delivery System",
     date="Fri, 13 Sep 2024 06:45:39 +0000",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "7D1E0C1A2B.1726209909/mx1.twitch.tv", [
         single("text/plain", "7bit",
                "This is the mail system at host mx1.twitch.tv.\n\n"
                "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients.\n\n"
                "<legal-kr@twitch.tv>: host mx1.twitch.tv said: 550 5.1.1\n"
                "    <legal-kr@twitch.tv>: Recipient address rejected: User unknown\n"),
         "Content-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; mx1.twitch.tv\n\n"
         "Final-Recipient: rfc822; legal-kr@twitch.tv\n"
         "Action: failed\nStatus: 5.1.1\n"
         "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown\n",
         "Content-Type: text/rfc822-headers\n\n" + twitch_orig_headers,
     ], extra=" report-type=delivery-status;"),
     outcome="ignored", classification="bounce",
     imitates="Postfix non-delivery report",
     why="bounce of our request",
     items={})


HEADER = """# Blind set 940 (tests/corpus/blind940/): English notices from many
# platforms. Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
