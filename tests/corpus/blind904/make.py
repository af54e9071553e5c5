#!/usr/bin/env python3
"""Blind set blind904: English notices from many platforms (X, YouTube,
Meta, TikTok, Reddit, Discord, Twitch): help-centre outcome templates,
DSA statements of reasons / notices of decision, legal-removal decisions.

    python3 tests/corpus/blind904/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result below was written from the meaning of the email alone,
before any run of the reader. All names, ids and URLs are fictional.
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

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/bluefin_odds/status/1829403317620011841",     # 0
    "https://x.com/bluefin_odds/status/1829417765031240930",     # 1
    "https://x.com/casino_moonrise/status/1829520094461178003",  # 2
    "https://x.com/casino_moonrise/status/1829554410872093019",  # 3
    "https://x.com/pillbox_direct/status/1829601128849301577",   # 4
    "https://x.com/pillbox_direct/status/1829633371010220184",   # 5
    "https://x.com/grey_lantern77/status/1829700651239804512",   # 6
    "https://x.com/grey_lantern77/status/1829712048896045376",   # 7
    "https://x.com/odds_kr_vip",                                 # 8
    "https://x.com/nightjar_store/status/1829855210774683790",   # 9
    "https://twitter.com/nightjar_store/status/1829861145609101315",  # 10
    "https://x.com/sunhee_leaks/status/1829902377431666725",     # 11
    "https://x.com/sunhee_leaks/status/1829918036123350016",     # 12
]
YT = [
    "https://www.youtube.com/watch?v=Qm3rT8vLx0a",
    "https://www.youtube.com/watch?v=Hk7pW2nZe5c",
    "https://youtu.be/Zt9bN4sKq1w",
    "https://www.youtube.com/@moonrise_live_kr",
]
META = [
    "https://www.facebook.com/groups/5521983300917/posts/7738201456632/",
    "https://www.facebook.com/profile.php?id=100093310875214",
    "https://www.instagram.com/p/C9xKq2LsT4v/",
    "https://www.instagram.com/reel/C9zQw7NpR1m/",
    "https://www.instagram.com/nightjar.store.kr/",
]
TT = [
    "https://www.tiktok.com/@pillbox.direct/video/7409183364018820385",
    "https://www.tiktok.com/@pillbox.direct/video/7409277150923148576",
    "https://www.tiktok.com/@greylantern_77/video/7410025583811055874",
]
RD = [
    "https://www.reddit.com/r/koreabets/comments/1f6xk2q/daily_odds_thread_0904/",
    "https://www.reddit.com/user/moonrise_dealer/comments/1f7a9cd/new_site_link/",
]
DC = ["https://discord.gg/mn8Rq4Tz"]
TW = [
    "https://www.twitch.tv/moonrise_slots_kr",
    "https://www.twitch.tv/videos/2241835097",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note, to, platform name
    ("KCSC-240902-01", "x", "2024-09-02T10:05:00+09:00", "2024-09-09T18:00:00+09:00", X,
     "gambling", "illegal gambling promotion and drug sales; largest request", "legal@x.com", "X"),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:20:00+09:00", "2024-09-10T18:00:00+09:00", YT,
     "gambling", "live-streamed casino promotion", "legal-kr@google.com", "YouTube"),
    ("KCSC-240904-03", "meta", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00", META,
     "drugs", "Facebook and Instagram drug sales", "legal-requests@meta.com", "Meta"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:10:00+09:00", "2024-09-12T18:00:00+09:00", TT,
     "drugs", "short videos advertising prescription drugs", "legal-kr@tiktok.com", "TikTok"),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:30:00+09:00", "2024-09-13T18:00:00+09:00", RD,
     "gambling", "betting site links", "legal@reddit.com", "Reddit"),
    ("KCSC-240909-06", "discord", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00", DC,
     "gambling", "invite to a betting server", "legal@discord.com", "Discord"),
    ("KCSC-240910-07", "twitch", "2024-09-10T16:45:00+09:00", "2024-09-17T18:00:00+09:00", TW,
     "gambling", "slot streaming with illegal casino links", "legal@twitch.tv", "Twitch"),
]
REQ = {r[0]: r for r in REQUESTS}


def msgid(ref):
    return "req." + ref[5:].lower() + "@kcsc.example"


def mid_local(ref):
    return msgid(ref).split("@")[0]


REQ_DATES = {
    "KCSC-240902-01": ("Mon, Sep 2, 2024 at 10:05 AM", "Monday, September 2, 2024 10:05 AM"),
    "KCSC-240903-02": ("Tue, Sep 3, 2024 at 11:20 AM", "Tuesday, September 3, 2024 11:20 AM"),
    "KCSC-240904-03": ("Wed, Sep 4, 2024 at 9:40 AM", "Wednesday, September 4, 2024 9:40 AM"),
    "KCSC-240905-04": ("Thu, Sep 5, 2024 at 2:10 PM", "Thursday, September 5, 2024 2:10 PM"),
    "KCSC-240906-05": ("Fri, Sep 6, 2024 at 10:30 AM", "Friday, September 6, 2024 10:30 AM"),
    "KCSC-240909-06": ("Mon, Sep 9, 2024 at 3:00 PM", "Monday, September 9, 2024 3:00 PM"),
    "KCSC-240910-07": ("Tue, Sep 10, 2024 at 4:45 PM", "Tuesday, September 10, 2024 4:45 PM"),
}


def subj(ref):
    return f"[{ref}] Request for removal of illegal information"


def request_body(ref):
    r = REQ[ref]
    lines = [
        f"Dear {r[8]} team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has reviewed the",
        "information below and found it to be illegal under Korean law. We",
        f"request that you remove or block it (our reference {ref}).",
        "",
    ]
    for i, u in enumerate(r[4], 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"Please reply by {r[3][:10]}.", "", "KCSC Takedown Desk"]
    return lines


def gmail_quote(ref):
    d = REQ_DATES[ref][0]
    out = [f"On {d} KCSC Takedown <takedown@kcsc.example> wrote:"]
    out += [("> " + l) if l else ">" for l in request_body(ref)]
    return "\n".join(out)


def outlook_quote(ref):
    r = REQ[ref]
    out = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {REQ_DATES[ref][1]}",
        f"To: {r[7]}",
        f"Subject: {subj(ref)}",
        "",
    ]
    return "\n".join(out + request_body(ref))


def b64(data):
    return "\n".join(base64.encodebytes(data).decode("ascii").split())


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ------------------------------------------------------------------ cases
C = []


def case(**kw):
    C.append(kw)


# ============================ applied ============================

case(
    name="x-legal-withheld-numbered",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 08:41:17 +0000",
    subject="Re: " + subj("KCSC-240902-01"), reply_to_req=mid_local("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request of 2 September 2024 (your reference
KCSC-240902-01). We have reviewed the reported posts against the X Rules
and the Korean law you cited. Our actions so far:

1. {X[0]} - withheld in South Korea
2. {X[1]} - withheld in South Korea
3. {X[2]} - withheld in South Korea
4. {X[4]} - removed for violating the X Rules (illegal or certain regulated goods or services)

Content that is withheld remains visible to people outside Korea. The
account holders have been notified unless we were prohibited from doing so.

We are still reviewing the other URLs in your request and will write again.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country-withheld vs. removed under the X Rules), numbered list",
    why="three posts withheld in KR (restricted), one removed; the rest still under review",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[4]: "removed"},
)

case(
    name="x-ticket-status-line-below",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 02:13:50 +0000",
    subject="Case# 0417269931: update on your request [ref:KCSC-240902-01]",
    reply_to_req=mid_local("KCSC-240902-01"),
    body=f"""
Ticket: 0417269931
Your reference: KCSC-240902-01

{X[3]}
Status: Content withheld - Korea (KR)

{X[5]}
Status: Removed - violation of the X Rules

{X[6]}
Status: No action - we did not find this post to violate the X Rules or the local law cited

If you have questions about this ticket, reply to this email and keep the
ticket number in the subject line.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support ticket update with one 'Status:' line under each reported URL",
    why="status line under each bare URL: withheld KR, removed, no action (rejected)",
    items={X[3]: "restricted", X[5]: "removed", X[6]: "rejected"},
)

case(
    name="x-account-suspended-post-gone",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 07:22:04 +0000",
    subject="Re: " + subj("KCSC-240902-01"), reply_to_req=mid_local("KCSC-240902-01"),
    body=f"""
Hello KCSC,

Regarding the account {X[8]} named in your request KCSC-240902-01: this
account has been permanently suspended for repeated violations of the X
Rules, and none of its posts are visible on X any longer.

Regarding {X[9]}: this post no longer exists. It was deleted by the
account holder before our team reviewed your request, so there was nothing
left for us to act on.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply: account permanently suspended; post already deleted by its author",
    why="suspended account = made unavailable (removed); post deleted by its author = not_found",
    items={X[8]: "removed", X[9]: "not_found"},
)

case(
    name="x-url-below-statement-angle",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 05:30:41 +0000",
    subject="Re: " + subj("KCSC-240902-01"), reply_to_req=mid_local("KCSC-240902-01"),
    body=f"""
Dear Sir or Madam,

Following our review, the post below has been withheld in the Republic of
Korea in response to your request:
<{X[10]}>.

We could not find the following post. The link returns an error page and
its ID does not match any post on X:
<{X[11]}>

Sincerely,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with each URL in angle brackets on the line after its statement",
    why="twitter.com post withheld in Korea (restricted); second post cannot be found (not_found)",
    items={X[10]: "restricted", X[11]: "not_found"},
)

html_x = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Please find below the result of our review of your request <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Scope</th></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>Removed (violation of the X Rules)</td><td>Global</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Withheld</td><td>Korea (KR)</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>No action &ndash; no violation found</td><td>&ndash;</td></tr>
</table>
<p>To learn more about withheld content, see <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">About country withheld content</a>.</p>
<p>Regards,<br>X Legal</p>
</body></html>
"""
case(
    name="x-html-table-qp",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 03:02:19 +0000",
    subject="Re: " + subj("KCSC-240902-01"), reply_to_req=mid_local("KCSC-240902-01"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(html_x),
    outcome="applied", classification="confirmation",
    imitates="X legal outcome as an HTML table (URL / action / scope), quoted-printable",
    why="table rows: removed globally, withheld in KR, no action (rejected); help link is not an item",
    items={X[7]: "removed", X[11]: "restricted", X[12]: "rejected"},
)

case(
    name="x-top-posted-gmail-quote",
    **{"from": "m.alvarez@x.com"}, name_from="Marta Alvarez",
    date="Wed, 11 Sep 2024 09:48:33 +0000",
    subject="Re: " + subj("KCSC-240902-01"), reply_to_req=mid_local("KCSC-240902-01"),
    body=f"""
Hi,

A quick update on one of the posts from your request: {X[12]} has been
removed from X for violating our private information and media policy.

The other posts are still with our legal team.

Thanks,
Marta
Legal Policy, X

{gmail_quote("KCSC-240902-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="X staff member's top-posted Gmail reply over the quoted request",
    why="one post removed; the quoted request lists all 13 URLs but says nothing about them",
    items={X[12]: "removed"},
)

case(
    name="x-dsa-notice-of-decision",
    **{"from": "noreply-legal@x.com"}, name_from="X",
    date="Thu, 12 Sep 2024 11:05:57 +0000",
    subject="Notice of decision on your report (ref. KCSC-240902-01)",
    body=f"""
Notice of decision

Notice reference: KCSC-240902-01
Reported content: {X[5]}

Decision: Restriction of visibility - the post has been withheld in the Republic of Korea
Territorial scope: KR
Ground for decision: Illegal content under the laws of the Republic of Korea
Automated means used in taking the decision: No

If you disagree with this decision you can lodge a complaint through
https://help.x.com/forms/dsa/complaint within six months.

X
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style notice of decision / statement of reasons sent to a notifier (X)",
    why="structured decision: visibility restricted, withheld in KR = restricted; complaint form is not an item",
    items={X[5]: "restricted"},
)

case(
    name="x-outlook-original-message",
    **{"from": "j.ortega@x.com"}, name_from="Jonas Ortega",
    date="Fri, 13 Sep 2024 06:14:09 +0000",
    subject="RE: " + subj("KCSC-240902-01"), reply_to_req=mid_local("KCSC-240902-01"),
    body=f"""
Dear KCSC team,

Please see below the outcome for three more of the posts in your request.

Withheld in Korea:
{X[0]}
{X[1]}

Removed (violation of the X Rules):
{X[7]}

Kind regards,
Jonas Ortega
Legal Policy | X

{outlook_quote("KCSC-240902-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="X staff reply in Outlook style (headings above URLs, unprefixed 'Original Message' below)",
    why="two posts under 'Withheld in Korea', one under 'Removed'; the Outlook-quoted request is not a statement",
    items={X[0]: "restricted", X[1]: "restricted", X[7]: "removed"},
)

x_b64 = f"""Update on your reference KCSC-240902-01

{X[8]} - account suspended
{X[2]} - we cannot find this post; the URL does not lead to any post on X

X Legal
"""
case(
    name="x-base64-plain",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 01:37:26 +0000",
    subject="Re: " + subj("KCSC-240902-01"), reply_to_req=mid_local("KCSC-240902-01"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(x_b64.encode("utf-8")),
    outcome="applied", classification="confirmation",
    imitates="terse X legal update, base64-encoded text/plain body",
    why="account suspended (removed); post cannot be found (not_found)",
    items={X[8]: "removed", X[2]: "not_found"},
)

case(
    name="yt-legal-blocked-kr-bullets",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 04:26:12 +0000",
    subject="Re: " + subj("KCSC-240903-02"), reply_to_req=mid_local("KCSC-240903-02"),
    body=f"""
Hello,

Thanks for reaching out to us. Following our review of your complaint
(reference KCSC-240903-02), we have taken the actions below.

Blocked from view on YouTube in South Korea based on local law:
  * {YT[0]}
  * {YT[1]}

Removed globally for violating YouTube's Community Guidelines:
  * {YT[2]}

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (local-law block vs. global Community Guidelines removal)",
    why="two videos under 'blocked in South Korea' heading (restricted), one under 'removed globally'",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed"},
)

case(
    name="yt-gmail-quoted-mixed",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal",
    date="Mon, 09 Sep 2024 08:03:44 +0000",
    subject="Re: " + subj("KCSC-240903-02"), reply_to_req=mid_local("KCSC-240903-02"),
    body=f"""
Hello,

Here is the outcome for the items in your request:

- The channel {YT[3]} has been terminated for violations of our spam,
  deceptive practices and scams policy.
- {YT[1]} is now age-restricted. It can no longer be viewed by signed-out
  users or by users under 18.
- {YT[0]}: after review we did not find that this video violates our
  policies or the local law cited, so we are not taking action at this time.

Regards,
Google Legal

{gmail_quote("KCSC-240903-02")}
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal reply with channel termination, age restriction and no-action, over a Gmail quote",
    why="channel terminated (removed), video age-restricted (restricted), video left up (rejected); quote says nothing",
    items={YT[3]: "removed", YT[1]: "restricted", YT[0]: "rejected"},
)

case(
    name="yt-deleted-by-uploader",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:51:08 +0000",
    subject="Re: " + subj("KCSC-240903-02"), reply_to_req=mid_local("KCSC-240903-02"),
    body=f"""
Hi there,

The video you reported ({YT[2]}) was deleted by its uploader before our
team reviewed it, so there was nothing for us to act on.

We'll be in touch about the remaining items.

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply: video already deleted by uploader",
    why="already deleted by its uploader = not_found (youtu.be short link in parentheses)",
    items={YT[2]: "not_found"},
)

csv_yt = (
    "url,outcome,details\r\n"
    f"{YT[0]},Blocked in KR,Local law - Republic of Korea\r\n"
    f"{YT[1]},Removed,Community Guidelines - harmful or dangerous content\r\n"
    f"{YT[2]},Not found,Video unavailable - invalid ID\r\n"
    f"{YT[3]},No action,No violation of Community Guidelines or local law\r\n"
)
case(
    name="yt-csv-attachment",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal",
    date="Thu, 12 Sep 2024 07:40:30 +0000",
    subject="Re: " + subj("KCSC-240903-02") + " - outcome",
    reply_to_req=mid_local("KCSC-240903-02"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==b904yt=="

--==b904yt==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your request
KCSC-240903-02.

Google Legal

--==b904yt==
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-02_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-02_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_yt.encode("utf-8"))}
--==b904yt==--
""",
    outcome="applied", classification="confirmation",
    imitates="legal team reply with a per-URL outcome CSV attached (base64)",
    why="CSV rows: blocked in KR, removed, not found, no action",
    items={YT[0]: "restricted", YT[1]: "removed", YT[2]: "not_found", YT[3]: "rejected"},
)

case(
    name="meta-ig-restricted-kr-account-disabled",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal",
    date="Fri, 06 Sep 2024 10:12:55 +0000",
    subject="Re: " + subj("KCSC-240904-03"), reply_to_req=mid_local("KCSC-240904-03"),
    body=f"""
Hello,

We have reviewed the content you reported under reference KCSC-240904-03.

Based on our legal review, we have restricted access in South Korea to the
following content:

- {META[2]}
- {META[3]}

In addition, the Instagram account {META[4]} has been disabled for
violating our Community Guidelines.

To learn more about how Meta handles government requests to restrict
content, visit https://transparency.meta.com/reports/content-restrictions/.

Thanks,
Meta Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' reply to a government request",
    why="two Instagram items restricted in Korea, account disabled (removed); transparency link is not an item",
    items={META[2]: "restricted", META[3]: "restricted", META[4]: "removed"},
)

case(
    name="meta-fb-removed-and-left-up",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal",
    date="Mon, 09 Sep 2024 13:45:02 +0000",
    subject="Re: " + subj("KCSC-240904-03"), reply_to_req=mid_local("KCSC-240904-03"),
    body=f"""
Hi,

We removed the post in the group
{META[0]} because it goes against our Community Standards on restricted
goods and services.

We also reviewed the profile {META[1]} and found that it doesn't go
against our Community Standards or the local laws you cited, so it will
stay on Facebook.

Meta Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook report-outcome wording ('we removed' / 'doesn't go against our Community Standards')",
    why="group post removed; profile left up with a reason (rejected); 'will stay' describes a refusal, not a promise",
    items={META[0]: "removed", META[1]: "rejected"},
)

html_meta = f"""<!DOCTYPE html>
<html><body>
<div style="font-family:Helvetica,Arial,sans-serif;color:#1c1e21">
<h3>Update on your request KCSC-240904-03</h3>
<p><b>Content removed:</b> <a href="{META[2]}">{META[2]}</a><br>
This post went against the Instagram Community Guidelines on the sale of drugs and has been taken down.</p>
<p><b>Content unavailable:</b> <a href="{META[3]}">{META[3]}</a><br>
The link you provided does not lead to any content on Instagram, so we could not review it.</p>
<p style="color:#65676b;font-size:12px">Meta Platforms, Inc. &middot; <a href="https://www.facebook.com/help/contact/">Help Center</a></p>
</div>
</body></html>
"""
case(
    name="meta-qp-html-removed-notfound",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta",
    date="Tue, 10 Sep 2024 16:20:11 +0000",
    subject="Update on your request KCSC-240904-03",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(html_meta),
    outcome="applied", classification="confirmation",
    imitates="Meta HTML notification (facebookmail.com), quoted-printable",
    why="post taken down (removed); link leads to no content (not_found); help link is not an item",
    items={META[2]: "removed", META[3]: "not_found"},
)

case(
    name="meta-statement-of-reasons-account",
    **{"from": "noreply@meta.com"}, name_from="Meta",
    date="Wed, 11 Sep 2024 05:09:46 +0000",
    subject="Statement of reasons: decision on content you reported (KCSC-240904-03)",
    body=f"""
Statement of reasons

Content concerned: Facebook profile {META[1]}
Decision: the account has been disabled
Scope of the decision: global
Basis: Facebook Community Standards - Fraud, scams and deceptive practices
Facts and circumstances: reported by the Korea Communications Standards
Commission; confirmed by human review
Use of automated means: detection no, decision no

You can find out more about your options for redress at
https://www.facebook.com/help/1561472897490627.

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA statement of reasons (structured fields: decision, scope, basis, redress)",
    why="profile disabled globally = removed; one item of a five-item request, named",
    items={META[1]: "removed"},
)

case(
    name="tiktok-echoed-report-decision",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 03:33:21 +0000",
    subject="Your report 7412998810 - decision",
    reply_to_req=mid_local("KCSC-240905-04"),
    body=f"""
Report ID: 7412998810
Your reference: KCSC-240905-04

--- Your report ---
Content reported:
{TT[0]}
{TT[1]}
{TT[2]}
Reason given: sale of prescription drugs without a licence (Korean law)

--- Our decision ---
{TT[0]} - Violation confirmed. The video has been removed.
{TT[1]} - Violation confirmed. The video has been removed.
{TT[2]} - No violation found. The video remains available.

Thank you for helping to keep TikTok safe.
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome notice echoing the report above the decision",
    why="decision section: two removed, one left up (rejected); echoed report lists URLs without statuses",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "rejected"},
)

case(
    name="tiktok-bilingual-kr-restricted",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 06:55:38 +0000",
    subject="Re: " + subj("KCSC-240905-04"), reply_to_req=mid_local("KCSC-240905-04"),
    body=f"""
Hello,

The following video has been restricted in South Korea under local law:
{TT[0]}

The video {TT[1]} has been removed for violating our Community Guidelines.

안녕하세요.

신고하신 영상（{TT[0]}）은 현지 법률에 따라 대한민국에서 접근이 제한되었습니다.
영상 {TT[1]} 은 커뮤니티 가이드라인 위반으로 삭제되었습니다.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual (English/Korean) legal reply; URL in full-width parentheses and before a particle",
    why="one video restricted in Korea (접근 제한), one removed (삭제); both languages agree",
    items={TT[0]: "restricted", TT[1]: "removed"},
)

case(
    name="reddit-removed-and-author-deleted",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 19:02:15 +0000",
    subject="Re: " + subj("KCSC-240906-05"), reply_to_req=mid_local("KCSC-240906-05"),
    body=f"""
Hello,

We have removed the following content from Reddit in response to your
request: {RD[0]}

The post at {RD[1]} had already been deleted by its author when we
reviewed your request, so no action was needed on our part.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal removals reply (removed; already deleted by the user)",
    why="first post removed; second already deleted by its author (not_found)",
    items={RD[0]: "removed", RD[1]: "not_found"},
)

case(
    name="reddit-wrapped-angle-geo",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 17:48:27 +0000",
    subject="Re: " + subj("KCSC-240906-05"), reply_to_req=mid_local("KCSC-240906-05"),
    body=f"""
Hi KCSC,

We have restricted access from South Korea to the post
<https://www.reddit.com/user/moonrise_dealer/comments/1f7a9cd/
new_site_link/> under applicable local law. It remains visible elsewhere.

We have declined to act on
<{RD[0]}>
as it does not violate Reddit's Content Policy and we did not find a
sufficient basis under local law.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply with a long URL wrapped inside angle brackets (RFC 3986 App. C style)",
    why="geo-restricted in Korea (restricted) for the wrapped URL; declined with a reason (rejected)",
    items={RD[1]: "restricted", RD[0]: "rejected"},
)

case(
    name="discord-sole-server-removed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 22:17:40 +0000",
    subject="Re: " + subj("KCSC-240909-06"), reply_to_req=mid_local("KCSC-240909-06"),
    body="""
Hi there,

Thanks for your report (KCSC-240909-06). Our Safety team has investigated
the server you reported and has removed it from Discord. We have also
taken action against the server owner's account.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply ('we have taken action')",
    why="names no URL but answers a one-item request: the server is removed",
    items={DC[0]: "removed"},
)

case(
    name="discord-invite-invalid",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 18:30:02 +0000",
    subject="Re: " + subj("KCSC-240909-06"), reply_to_req=mid_local("KCSC-240909-06"),
    body=f"""
Hello,

The invite {DC[0]} is invalid or has expired, and we were unable to
identify any server associated with it. We cannot act on an invite link
that no longer resolves to a server.

Best regards,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S reply: invite invalid or expired, no server found",
    why="no server can be found for the invite = not_found",
    items={DC[0]: "not_found"},
)

case(
    name="twitch-channel-suspended-vod-deleted",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Thu, 12 Sep 2024 20:41:33 +0000",
    subject="Re: " + subj("KCSC-240910-07"), reply_to_req=mid_local("KCSC-240910-07"),
    body=f"""
Hello,

Following our investigation:

* The channel {TW[0]} has been indefinitely suspended for violating
  Twitch's Community Guidelines on gambling.
* The past broadcast {TW[1]} has been deleted.

Thank you,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch enforcement outcome (channel indefinitely suspended, VOD deleted)",
    why="channel suspended (removed) and VOD deleted (removed)",
    items={TW[0]: "removed", TW[1]: "removed"},
)

case(
    name="twitch-vod-no-violation",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Fri, 13 Sep 2024 21:05:19 +0000",
    subject="Re: " + subj("KCSC-240910-07"), reply_to_req=mid_local("KCSC-240910-07"),
    body=f"""
Hello,

We reviewed {TW[1]} and determined that it does not violate Twitch's
Community Guidelines or Terms of Service. The video will remain available.

We are still reviewing the channel named in your request.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch report outcome: no violation found",
    why="VOD left up with a reason (rejected); channel still under review (pending)",
    items={TW[1]: "rejected"},
)

# ============================ review ============================

case(
    name="x-promise-will-withhold",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 09:27:45 +0000",
    subject="Re: " + subj("KCSC-240902-01"), reply_to_req=mid_local("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request. Our team has assessed the posts below, and
they will be withheld in Korea once our internal approval process is
complete, which normally takes up to five business days:

{X[0]}
{X[1]}

We will confirm once this is done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising a future withholding",
    why="'will be withheld once ... complete' is a promise, not a statement: items stay pending",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-hedged-appears-may",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal",
    date="Fri, 06 Sep 2024 06:18:27 +0000",
    subject="Re: " + subj("KCSC-240903-02"), reply_to_req=mid_local("KCSC-240903-02"),
    body=f"""
Hello,

It appears that {YT[0]} is no longer available on YouTube, and
{YT[2]} may have been made private by its owner. We are checking
with the relevant team and will follow up with a final answer.

Google Legal
""",
    outcome="review", review="not_understood",
    imitates="Google legal interim reply with hedged observations",
    why="'appears' and 'may have been' are hedges; no firm statement, items stay pending",
    items={YT[0]: "pending", YT[2]: "pending"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal",
    date="Thu, 12 Sep 2024 12:02:38 +0000",
    subject="Re: " + subj("KCSC-240904-03"), reply_to_req=mid_local("KCSC-240904-03"),
    body="""
Hello,

We've completed our review of your request KCSC-240904-03. All of the
content you reported has been removed from Facebook and Instagram for
going against our Community Standards.

Meta Legal
""",
    outcome="review", review="bulk",
    imitates="Meta blanket completion notice without per-item detail",
    why="'all of the content' for a five-item request without naming each: bulk, items pending",
    items={u: "pending" for u in META},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 04:44:12 +0000",
    subject="Re: " + subj("KCSC-240902-01"), reply_to_req=mid_local("KCSC-240902-01"),
    body="""
Dear KCSC,

We write to let you know that all of the posts and accounts listed in your
request KCSC-240902-01 have now been withheld in the Republic of Korea.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X blanket 'all withheld' closing reply",
    why="bulk statement about a 13-item request naming none: bulk, items pending",
    items={u: "pending" for u in X},
)

case(
    name="x-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Sat, 07 Sep 2024 15:19:03 +0000",
    subject="Re: " + subj("KCSC-240902-01"), reply_to_req=mid_local("KCSC-240902-01"),
    body=f"""
Hello,

The post {X[4]} has been removed for violating the X Rules.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal confirmation failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails: untrusted, nothing applied",
    items={X[4]: "pending"},
)

case(
    name="reddit-vendor-unknown-sender",
    **{"from": "casework@trustdesk-partners.example"}, name_from="TrustDesk Partners (for Reddit)",
    date="Wed, 11 Sep 2024 14:36:50 +0000",
    subject="Re: " + subj("KCSC-240906-05"), reply_to_req=mid_local("KCSC-240906-05"),
    body=f"""
Dear KCSC,

We handle legal casework on behalf of Reddit. Both items in your request
KCSC-240906-05 have been removed:

{RD[0]}
{RD[1]}

TrustDesk Partners
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor replying on a platform's behalf",
    why="sender domain belongs to no platform: unknown_sender, nothing applied",
    items={RD[0]: "pending", RD[1]: "pending"},
)

case(
    name="tiktok-asks-legal-basis",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 06 Sep 2024 08:09:14 +0000",
    subject="Re: " + subj("KCSC-240905-04") + " - further information required",
    reply_to_req=mid_local("KCSC-240905-04"),
    body=f"""
Hello,

To proceed with your request KCSC-240905-04 concerning
{TT[0]} and
{TT[1]},
please provide the specific provision of Korean law that each video is
alleged to breach and, where available, a copy of the Commission's
decision. We will continue our review once we receive this information.

TikTok Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="TikTok legal request for the legal basis before acting",
    why="asks for more information; no status stated",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="meta-wrong-platform-urls",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal",
    date="Fri, 13 Sep 2024 09:55:21 +0000",
    subject="Content removed - your report",
    body=f"""
Hello,

Thanks for your report. The following content has been removed:

{TT[2]}

Meta Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Meta removal notice carrying a URL pasted from another platform's case",
    why="Meta states a status for a TikTok item: wrong_platform, nothing applied",
    items={TT[2]: "pending"},
)

case(
    name="reddit-no-claims-process-update",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 16:00:00 +0000",
    subject="Changes to how Reddit receives government removal requests",
    body="""
Hello,

From 1 October 2024, Reddit will accept government requests to remove
content only through our legal request portal at
https://www.reddithelp.com/hc/en-us/requests/new. Requests sent by email
after that date will receive an automatic reply pointing to the portal.

Thank you for your cooperation.
Reddit Legal Operations
""",
    outcome="review", review="no_claims",
    imitates="platform process-change notice sent to a regulator's mailbox",
    why="trusted Reddit mail naming no item and no request: no_claims",
    items={},
)

case(
    name="x-conflicting-summary",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 02:25:36 +0000",
    subject="Re: " + subj("KCSC-240902-01"), reply_to_req=mid_local("KCSC-240902-01"),
    body=f"""
Hello,

The post {X[3]} has been withheld in South Korea.

Summary
URL | Action
{X[3]} | No action (no violation found)

X Legal
""",
    outcome="review", review="conflicting_statements",
    imitates="X legal reply whose prose and summary table disagree (human error)",
    why="same post stated withheld and left up in one email: conflicting, stays pending",
    items={X[3]: "pending"},
)

case(
    name="discord-lookalike-domain",
    **{"from": "trust-safety@discord-support-team.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 11:11:11 +0000",
    subject="Re: " + subj("KCSC-240909-06"),
    body=f"""
Hello,

The server behind {DC[0]} has been removed from Discord.

Discord Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain imitating a Discord T&S reply",
    why="discord-support-team.com is no Discord sender domain: unknown_sender",
    items={DC[0]: "pending"},
)

case(
    name="meta-looking-into-conditional",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal",
    date="Sat, 07 Sep 2024 03:14:59 +0000",
    subject="Re: " + subj("KCSC-240904-03"), reply_to_req=mid_local("KCSC-240904-03"),
    body=f"""
Hi,

We're looking into the content at {META[0]} and
{META[4]} and will take appropriate action if we find that it goes
against our Community Standards or local law. We'll let you know the
outcome.

Meta Legal
""",
    outcome="review", review="not_understood",
    imitates="Meta interim 'we're looking into this' reply",
    why="names items but only a conditional promise: not_understood, pending",
    items={META[0]: "pending", META[4]: "pending"},
)

# ============================ ignored ============================

case(
    name="x-ack-case-created",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 02 Sep 2024 01:07:30 +0000",
    subject="Case# 0417269931: Legal request received [ref:KCSC-240902-01]",
    reply_to_req=mid_local("KCSC-240902-01"),
    body="""
Hello,

We have received your legal request. Your case number is 0417269931.

Please do not reply to this email. If you need to add information, use the
case number in the subject line when writing to us.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X automated legal-request receipt with case number",
    why="pure acknowledgement: case created, nothing about items",
    items={},
)

case(
    name="meta-out-of-office",
    **{"from": "s.lindqvist@meta.com"}, name_from="Sofia Lindqvist",
    date="Wed, 04 Sep 2024 00:41:08 +0000",
    subject="Automatic reply: " + subj("KCSC-240904-03"),
    reply_to_req=mid_local("KCSC-240904-03"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email. For urgent government requests please use
the law enforcement online request system. I will reply on my return.

Sofia
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="auto-reply",
    items={},
)

dsn_text = "\n".join([
    "This is the mail system at host smtp-out.kcsc.example.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    "<kr-legal@tiktok.com>: host mx.tiktok.com[203.0.113.44] said: 550 5.1.1",
    "    <kr-legal@tiktok.com>: Recipient address rejected: User unknown",
])
case(
    name="tiktok-dsn-bounce",
    **{"from": "MAILER-DAEMON@smtp-out.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Thu, 05 Sep 2024 05:10:42 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="==b904dsn=="

--==b904dsn==
Content-Type: text/plain; charset=us-ascii

{dsn_text}

--==b904dsn==
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.kcsc.example
Arrival-Date: Thu, 05 Sep 2024 14:10:05 +0900

Final-Recipient: rfc822; kr-legal@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 <kr-legal@tiktok.com>: Recipient address rejected: User unknown

--==b904dsn==
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: kr-legal@tiktok.com
Subject: {subj("KCSC-240905-04")}
Date: Thu, 05 Sep 2024 14:10:00 +0900
Message-ID: <{msgid("KCSC-240905-04")}>
Content-Type: text/plain; charset=utf-8

""" + "\n".join(request_body("KCSC-240905-04")) + """

--==b904dsn==--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning the request with its URLs",
    why="bounce; the URLs are only in the returned request",
    items={},
)

case(
    name="reddit-mdn-read-receipt",
    **{"from": "ops-legal@reddit.com"}, name_from="Reddit Legal Operations",
    date="Fri, 06 Sep 2024 02:02:47 +0000",
    subject="Read: " + subj("KCSC-240906-05"),
    reply_to_req=mid_local("KCSC-240906-05"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="==b904mdn=="

--==b904mdn==
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: {subj("KCSC-240906-05")}
  Sent: Friday, September 6, 2024 10:30 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 11:02 AM (UTC+09:00) Seoul.

--==b904mdn==
Content-Type: message/disposition-notification

Reporting-UA: ops-legal.reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; legal@reddit.com
Original-Message-ID: <{msgid("KCSC-240906-05")}>
Disposition: manual-action/MDN-sent-manually; displayed

--==b904mdn==--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="yt-legal-autoreply-received",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    date="Tue, 03 Sep 2024 02:21:15 +0000",
    subject="Re: " + subj("KCSC-240903-02") + " [#7-1604002231]",
    reply_to_req=mid_local("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

Thank you for contacting Google Legal. This is an automated response to
confirm that we have received your request. We will review it and get back
to you if further action is required on your part.

Please do not reply to this message; replies to this address are not
monitored.

Regards,
The Google Team
""",
    outcome="ignored",
    imitates="Google legal webform/email automated receipt",
    why="automated receipt, no item and no outcome (acknowledgement or auto-reply: either is ignored)",
    items={},
)

case(
    name="discord-zendesk-receipt-echo",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Mon, 09 Sep 2024 06:01:58 +0000",
    subject="[Discord] Re: " + subj("KCSC-240909-06") + " (48213307)",
    reply_to_req=mid_local("KCSC-240909-06"),
    body="""
##- Please type your reply above this line -##

Your request (48213307) has been received and will be reviewed by our
support staff. To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 9, 2024, 15:00 KST

""" + "\n".join(request_body("KCSC-240909-06")) + """

----------------------------------------------

This email is a service from Discord.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt echoing the submitted request (Discord support)",
    why="pure receipt; the URL appears only in the echoed request",
    items={},
)

case(
    name="x-ooo-vacation",
    **{"from": "h.bennett@x.com"}, name_from="Harriet Bennett",
    date="Mon, 02 Sep 2024 01:06:12 +0000",
    subject="Out of Office: " + subj("KCSC-240902-01"),
    reply_to_req=mid_local("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Hi,

I'm away until 23 September and will not be checking email. Legal requests
are handled by the team in my absence; you do not need to resend.

Harriet
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder of an X staff member",
    why="auto-reply",
    items={},
)


# ------------------------------------------------------------------ write
def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note, _to, _n in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


HEADER = """# Blind set blind904: English notices from many platforms (X, YouTube,
# Meta, TikTok, Reddit, Discord, Twitch). Written by make.py; expected
# results written from each email's meaning before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind904", HEADER, C)
    print(f"{len(C)} cases")
