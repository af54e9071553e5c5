#!/usr/bin/env python3
"""Blind set 124: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

Deterministic: `python3 tests/corpus/blind124/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result below was
written from the meaning of each email alone, before any run of the reader.
All people, accounts, URLs and ids are fictional.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind124"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/neonpalm_77/status/1830114455660012301",
    "https://x.com/neonpalm_77/status/1830114455660012302",
    "https://x.com/gravel_moth/status/1829987766554433210",
    "https://x.com/gravel_moth/status/1829987766554433299",
    "https://x.com/bluefin_relay/status/1830200011223344556",
    "https://x.com/bluefin_relay/status/1830200011223344590",
    "https://x.com/saltmarsh_kr/status/1830355500112233445",
    "https://x.com/saltmarsh_kr/status/1830355500112233471",
    "https://x.com/ochre_lantern/status/1830412345678901234",
    "https://x.com/ochre_lantern/status/1830412345678901288",
    "https://x.com/tin_orchard/status/1830499988877766655",
    "https://x.com/tin_orchard",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7rT2vXk9A",
    "https://www.youtube.com/watch?v=b8LpZ0wYc3E",
    "https://www.youtube.com/shorts/Hx4nD2sJq1U",
    "https://www.youtube.com/@quietferry_tv",
]
META = [
    "https://www.facebook.com/groups/3141592653/posts/2718281828/",
    "https://www.facebook.com/sunhill.trader.kr/posts/pfbid02kT7vQmX3nWzL8rYpB5cHd9FgJs4aEuN6oKiVxMq1l",
    "https://www.instagram.com/p/C9xYz12AbCd/",
    "https://www.instagram.com/reel/C9wQp34EfGh/",
    "https://www.instagram.com/moonlit_vendor_kr/",
]
TT = [
    "https://www.tiktok.com/@paperkite.kr/video/7409876543210987654",
    "https://www.tiktok.com/@paperkite.kr/video/7409876543210987699",
    "https://www.tiktok.com/@dustyroute_88/video/7411122233344455566",
]
RD = [
    "https://www.reddit.com/r/velvetarchive_kr/comments/1f3kq7z/weekly_share_thread/",
    "https://www.reddit.com/r/velvetarchive_kr/comments/1f4mz2b/%EC%9E%90%EB%A3%8C%EB%B0%A9/",
]
RD2_RAW = "https://www.reddit.com/r/velvetarchive_kr/comments/1f4mz2b/자료방/"
DC = ["https://discord.com/channels/1187654321098765432/1187654321098765499/1280011223344556677"]
TW = ["https://www.twitch.tv/lowtide_caster", "https://www.twitch.tv/videos/2241234567"]

REQUESTS = [
    # ref, platform, day, urls, category
    ("KCSC-240903-01", "x", 3, X, "non_consensual_intimate_imagery"),
    ("KCSC-240904-02", "youtube", 4, YT, "illegal_gambling"),
    ("KCSC-240905-03", "meta", 5, META, "narcotics_sale"),
    ("KCSC-240909-04", "tiktok", 9, TT, "deepfake_sexual_abuse"),
    ("KCSC-240910-05", "reddit", 10, RD, "non_consensual_intimate_imagery"),
    ("KCSC-240911-06", "discord", 11, DC, "child_sexual_abuse_material_link"),
    ("KCSC-240913-07", "twitch", 13, TW, "illegal_gambling"),
]
REQ = {r[0]: r for r in REQUESTS}


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    rows = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, day, urls, cat in REQUESTS:
        sent = "2024-09-%02dT10:00:00+09:00" % day
        due = "2024-09-%02dT18:00:00+09:00" % (day + 7)
        for u in urls:
            rows.append(f"{ref},{plat},{sent},{due},{u},{cat},<{msgid(ref)}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def req_text(ref, pname, urls=None):
    urls = urls or REQ[ref][3]
    lines = [
        f"Dear {pname} team,",
        "",
        "The Korea Communications Standards Commission asks you to remove, or to",
        f"block access from Korea to, the content listed below (our reference {ref}).",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += [
        "",
        "Please reply to this address stating the action taken for each URL.",
        "",
        "KCSC Takedown Desk",
    ]
    return lines


def quoted(ref, pname, when, urls=None):
    return "\n".join([f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"] +
                     [("> " + l).rstrip() for l in req_text(ref, pname, urls)])


def subj(ref):
    return f"[{ref}] Request for removal of illegal content"


def wrap76(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


cases = []


def case(**kw):
    cases.append(kw)


# ============================================================== X (12 items)
case(
    name="x-withheld-kr-bullets-top-posted",
    date="Wed, 04 Sep 2024 16:12:40 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: " + subj("KCSC-240903-01"), reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hello,

Thank you for your request. X has reviewed the reported content against
Korean law and has withheld the following posts in the Republic of Korea:

  * {X[0]}
  * {X[1]}
  * {X[2]}
  * {X[3]}

Withheld content remains visible outside Korea. Your other URLs are still
being assessed and we will write again about them separately.

Regards,
X Legal Team

{quoted("KCSC-240903-01", "X", "Tue, 3 Sep 2024 at 10:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome (country withheld content) top-posted over a Gmail-quoted request",
    why="four posts named in a bullet list as withheld in Korea; the other eight appear only in the '>' quoted request",
    items={**{u: "restricted" for u in X[:4]}, **{u: "pending" for u in X[4:]}},
)

case(
    name="x-mixed-prose-url-below",
    date="Thu, 05 Sep 2024 11:03:17 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: " + subj("KCSC-240903-01"), reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hi KCSC team,

Here is our update on part of request KCSC-240903-01.

We removed the following post because it breaks the X Rules on
non-consensual nudity:
{X[4]}

In response to your legal demand, the following post has been withheld in
South Korea:
{X[5]}

We reviewed the post below and found that it does not violate the X Rules
or applicable law. It remains available on X:
{X[6]}

We could not find the post below. The link does not lead to an existing
post:
{X[7]}

Best,
Daniel
X Global Government Affairs & Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X support reply written by an agent, statement first and URL on the following line",
    why="four items, four different outcomes, each statement on the line above its URL",
    items={X[4]: "removed", X[5]: "restricted", X[6]: "rejected", X[7]: "not_found"},
)

case(
    name="x-account-suspended-post-gone",
    date="Fri, 06 Sep 2024 09:41:02 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: " + subj("KCSC-240903-01"), reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hello,

We have permanently suspended the account {X[11]} for repeated violations
of the X Rules. As a result, the reported post
{X[10]} is no longer available on X.

This closes the two items about @tin_orchard in your request.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account-suspension outcome sent to a reporter",
    why="account suspended (made unavailable) and its post stated no longer available: both removed",
    items={X[11]: "removed", X[10]: "removed"},
)

x_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Please find below the outcome of our review for request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Notes</th></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Removed</td><td>Violation of the X Rules</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld in South Korea</td><td>Local law</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>No action</td><td>No violation of the X Rules or local law found</td></tr>
</table>
<p>If you have questions, reply to this email.</p>
<p>X Legal<br><a href="https://help.x.com/en/rules-and-policies/x-rules">The X Rules</a></p>
</body></html>"""
case(
    name="x-html-table-outcomes",
    date="Mon, 09 Sep 2024 14:20:55 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: " + subj("KCSC-240903-01"), reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_x9table"

--=_x9table
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This message contains a table. Please view it in an HTML-capable client.

--=_x9table
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{x_html}
--=_x9table--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table sent as HTML with a placeholder text part",
    why="HTML table row per URL: removed, withheld in Korea, no action (no violation); the X Rules link is not an item",
    items={X[8]: "removed", X[9]: "restricted", X[10]: "rejected"},
)

x_csv = "reported_url,action_taken,reason\n" + "\n".join([
    f"{X[0]},Withheld in South Korea,Local law",
    f"{X[1]},Withheld in South Korea,Local law",
    f"{X[2]},Removed,X Rules - non-consensual nudity",
    f"{X[3]},Removed,X Rules - non-consensual nudity",
    f"{X[4]},Removed,X Rules - non-consensual nudity",
    f"{X[5]},Withheld in South Korea,Local law",
    f"{X[6]},No action,No violation found",
    f"{X[7]},Not found,Post does not exist",
    f"{X[8]},Removed,X Rules - non-consensual nudity",
    f"{X[9]},Withheld in South Korea,Local law",
    f"{X[10]},No action,No violation found",
    f"{X[11]},Account suspended,X Rules - repeated violations",
]) + "\n"
case(
    name="x-csv-attachment-all-items",
    date="Tue, 10 Sep 2024 17:05:31 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: " + subj("KCSC-240903-01") + " - final outcome",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_88213_1"

------=_Part_88213_1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Our review of request KCSC-240903-01 is complete. The action taken on each
reported URL is listed in the attached file.

Regards,
X Legal

------=_Part_88213_1
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{wrap76(x_csv.encode())}
------=_Part_88213_1--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal final outcome with a per-URL CSV attachment",
    why="CSV lists all twelve URLs with their action; 'Account suspended' on the account URL is a removal",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "removed",
           X[4]: "removed", X[5]: "restricted", X[6]: "rejected", X[7]: "not_found",
           X[8]: "removed", X[9]: "restricted", X[10]: "rejected", X[11]: "removed"},
)

orig_lines = "\n".join(req_text("KCSC-240903-01", "X"))
case(
    name="x-outlook-original-message",
    date="Wed, 11 Sep 2024 10:48:09 +0900",
    **{"from": "h.lindqvist@x.com"}, name_from="Hanna Lindqvist",
    subject="RE: " + subj("KCSC-240903-01"), reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hello,

The posts {X[2]} and {X[3]} have been removed for violating the X Rules.

The remaining URLs in your request are still being assessed.

Kind regards,
Hanna Lindqvist
Legal Policy Specialist, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: {subj("KCSC-240903-01")}

{orig_lines}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a named X legal specialist over the unprefixed original message",
    why="two posts named inline as removed; the rest are 'still being assessed' and the original request below the separator is not a statement",
    items={X[2]: "removed", X[3]: "removed", X[0]: "pending", X[1]: "pending", X[4]: "pending",
           X[5]: "pending", X[6]: "pending", X[7]: "pending", X[8]: "pending", X[9]: "pending",
           X[10]: "pending", X[11]: "pending"},
)

case(
    name="x-bare-url-status-line-below",
    date="Thu, 12 Sep 2024 08:30:00 +0900",
    **{"from": "noreply-legal@x.com"}, name_from="X",
    subject="Update on your legal request KCSC-240903-01",
    body=f"""Update on your request
Reference: KCSC-240903-01

{X[6]}
Status: Withheld in KR

{X[7]}
Status: Withheld in KR

{X[8]}
Status: No action taken - content does not violate the X Rules or local law

This is an automated message about your case. Replies to this address are
forwarded to the legal team.
""",
    outcome="applied", classification="confirmation",
    imitates="X case-portal status notification, bare URL followed by a Status line",
    why="each URL has its own status line below it; withheld in KR is a restriction, no action is a refusal",
    items={X[6]: "restricted", X[7]: "restricted", X[8]: "rejected"},
)

case(
    name="x-dsa-style-statement-of-reasons",
    date="Fri, 13 Sep 2024 19:14:26 +0900",
    **{"from": "noreply-legal@x.com"}, name_from="X",
    subject="Decision on your report - KCSC-240903-01",
    body=f"""Decision on the content you reported

Reference:            KCSC-240903-01
Content:              {X[9]}
Decision:             Visibility restricted - withheld in the Republic of Korea
Territorial scope:    KR
Basis for decision:   Illegal content under the law of the Republic of Korea
Facts considered:     Report from the Korea Communications Standards Commission
Automated detection:  No
Automated decision:   No

The account holder has been notified and may appeal this decision.
More information: https://help.x.com/en/rules-and-policies/country-withheld-content
""",
    outcome="applied", classification="confirmation",
    imitates="statement-of-reasons style decision (DSA Art. 17 fields) sent to the notifier",
    why="one content field, decision 'withheld in the Republic of Korea'; the help link is not an item",
    items={X[9]: "restricted"},
)

# ========================================================= YouTube (4 items)
case(
    name="yt-numbered-legal-outcome",
    date="Thu, 05 Sep 2024 15:22:48 +0900",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: " + subj("KCSC-240904-02"), reply_to_req=msgid("KCSC-240904-02"),
    body=f"""Hello,

Thanks for contacting YouTube. We reviewed the content in your request
KCSC-240904-02 and took the following action:

1. {YT[0]} - removed for violating our Community Guidelines
2. {YT[1]} - blocked from view in South Korea based on local legal grounds
3. {YT[2]} - removed for violating our Community Guidelines

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome listing each URL with its action",
    why="numbered list, one action per URL; blocked from view in South Korea is a country restriction",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "removed"},
)

case(
    name="yt-age-restricted-channel-terminated",
    date="Fri, 06 Sep 2024 10:02:11 +0900",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: " + subj("KCSC-240904-02"), reply_to_req=msgid("KCSC-240904-02"),
    body=f"""Hi there,

After review, the video at {YT[1]} has been age-restricted. It is no
longer shown to viewers who are signed out or under 18.

The channel {YT[3]} has been terminated for
violating our Terms of Service.

To learn more about age restrictions, visit
https://support.google.com/youtube/answer/2802167

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction and channel-termination notice to a reporter",
    why="age-restricted video is restricted; terminated channel is removed; the support link is not an item",
    items={YT[1]: "restricted", YT[3]: "removed"},
)

yt_qp_text = f"""Hello,

Thank you for your notice (reference KCSC-240904-02). After careful review, the content at {YT[0]} has been actioned under our policies.

We were unable to locate a channel at {YT[3]} \u2013 this handle does not exist on YouTube, so no action could be taken on it.

Best regards,
Google Legal Removals \u2013 YouTube
"""
case(
    name="yt-qp-actioned-and-not-found",
    date="Mon, 09 Sep 2024 13:40:20 +0900",
    **{"from": "legal-removals@google.com"}, name_from="Google Legal Removals",
    subject="Re: " + subj("KCSC-240904-02"), reply_to_req=msgid("KCSC-240904-02"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_qp_text),
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals reply in quoted-printable with long unwrapped lines",
    why="'has been actioned under our policies' (the configured YouTube removed phrase) for one video; the channel handle does not exist",
    items={YT[0]: "removed", YT[3]: "not_found"},
)

case(
    name="yt-headings-removed-and-no-action",
    date="Wed, 11 Sep 2024 16:55:03 +0900",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: " + subj("KCSC-240904-02"), reply_to_req=msgid("KCSC-240904-02"),
    body=f"""Hello,

Our review of KCSC-240904-02 is complete.

Removed globally:
{YT[2]}
{YT[3]}

No action taken (the content does not violate our policies or local law):
{YT[0]}

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome grouped under headings",
    why="two URLs under 'Removed globally:', one under 'No action taken' with its reason",
    items={YT[2]: "removed", YT[3]: "removed", YT[0]: "rejected"},
)

# ============================================================ Meta (5 items)
case(
    name="meta-local-law-angle-brackets",
    date="Fri, 06 Sep 2024 18:31:44 +0900",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta Government Requests",
    subject="Your request KCSC-240905-03 - outcome",
    body=f"""Hi,

We reviewed the content you reported in request KCSC-240905-03.

We have restricted access to the following content in South Korea because
it was reported as unlawful there:
- <{META[0]}>
- <{META[1]}>

We removed the following content because it goes against our Community
Standards:
- <{META[2]}>

Thanks,
Meta Content Restrictions Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction-based-on-local-law outcome, URLs in angle brackets",
    why="two URLs restricted in Korea under local law, one removed under Community Standards",
    items={META[0]: "restricted", META[1]: "restricted", META[2]: "removed"},
)

case(
    name="meta-instagram-decision-on-notice",
    date="Mon, 09 Sep 2024 07:12:09 +0900",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    subject="Decision on your report",
    body=f"""Decision on your report

We reviewed the reel you reported:
{META[3]}

Our decision: we removed this reel. It goes against our Community
Guidelines on the sale of regulated goods.

Scope of the decision: worldwide
How we decided: reviewed by a person
Your reference: KCSC-240905-03

If you disagree with this decision you can ask for another review within
6 months: https://help.instagram.com/contact/decision-review
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'decision on your report' notice with statement-of-reasons fields",
    why="one named reel, decision 'we removed this reel'; the review-request link is not an item",
    items={META[3]: "removed"},
)

case(
    name="meta-account-no-violation",
    date="Tue, 10 Sep 2024 12:00:37 +0900",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta",
    subject="Re: " + subj("KCSC-240905-03"), reply_to_req=msgid("KCSC-240905-03"),
    body=f"""Hello,

We looked at the Instagram account https://www.instagram.com/moonlit_vendor_kr/
and found that it doesn't go against our Community Guidelines. We also
assessed it under local law and did not restrict it. The account remains
available on Instagram.

We understand this may be disappointing. You can read how we review
government reports at https://transparency.meta.com/reports/content-restrictions/

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'doesn't go against our Community Standards' outcome for a reported account",
    why="account reviewed, no violation, not restricted, remains available: rejected",
    items={META[4]: "rejected"},
)

m2 = META[1]
case(
    name="meta-wrapped-long-url",
    date="Wed, 11 Sep 2024 15:27:50 +0900",
    **{"from": "s.okafor@meta.com"}, name_from="Sade Okafor",
    subject="RE: " + subj("KCSC-240905-03"), reply_to_req=msgid("KCSC-240905-03"),
    body=f"""Dear KCSC Takedown Desk,

Following our legal review, we have restricted access in South Korea to the
post at
{m2[:72]}
{m2[72:]}
on the basis of the local law you cited. The post remains visible in other
countries.

Kind regards,
Sade Okafor
Content Regulation, Meta Platforms Ireland Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta legal staff reply from a mail client that hard-wrapped a long Facebook URL",
    why="one post restricted in South Korea; its long pfbid URL is broken over two lines by the sender's client",
    items={META[1]: "restricted"},
)

# ========================================================== TikTok (3 items)
case(
    name="tiktok-bullets-mixed",
    date="Tue, 10 Sep 2024 11:18:26 +0900",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: " + subj("KCSC-240909-04"), reply_to_req=msgid("KCSC-240909-04"),
    body=f"""Hello,

Thank you for your report. Our review of the videos you reported found:

\u2022 {TT[0]} \u2014 Removed (violates our Community Guidelines)
\u2022 {TT[1]} \u2014 Restricted in South Korea (local law)
\u2022 {TT[2]} \u2014 Not found: this video no longer exists on TikTok

TikTok Law Enforcement & Government Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request outcome with bulleted per-video results",
    why="three bullets: removed, restricted in South Korea, no longer exists",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "not_found"},
)

tt_html = f"""<!DOCTYPE html><html><body>
<div style="font-family:Helvetica,Arial;font-size:14px;color:#161823">
<p>Hi,</p>
<p>We have completed our review of your report <b>KCSC-240909-04</b>.</p>
<p>The video <a href="{TT[2]}">{TT[2]}</a> has been removed
because it violates our Community Guidelines on synthetic and manipulated media.</p>
<p>The video <a href="{TT[0]}">{TT[0]}</a> does not violate our
Community Guidelines or applicable local law, so we are not taking action on it.</p>
<p>Thank you for helping keep TikTok safe.<br>TikTok Trust &amp; Safety</p>
<p style="font-size:11px;color:#888">TikTok Pte. Ltd. &middot; <a href="https://www.tiktok.com/legal/page/global/terms-of-service/en">Terms of Service</a></p>
</div></body></html>
"""
case(
    name="tiktok-base64-html-removed-and-declined",
    date="Wed, 11 Sep 2024 20:44:13 +0900",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    subject="Update on your report KCSC-240909-04",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + wrap76(tt_html.encode()),
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome notification, HTML body sent base64-encoded",
    why="one video removed, one found not to violate guidelines or law (refusal); the terms link is not an item",
    items={TT[2]: "removed", TT[0]: "rejected"},
)

case(
    name="tiktok-korea-bilingual-particles",
    date="Thu, 12 Sep 2024 10:05:59 +0900",
    **{"from": "policy-kr@tiktok.com"}, name_from="TikTok Korea Policy",
    subject="RE: " + subj("KCSC-240909-04"), reply_to_req=msgid("KCSC-240909-04"),
    body=f"""안녕하세요, 틱톡 코리아 정책팀입니다.
요청하신 건(KCSC-240909-04)의 처리 결과를 안내드립니다.

1. {TT[1]}는 커뮤니티 가이드라인 위반으로 삭제되었습니다.
2. 대상 영상（{TT[2]}）은 국내 법령 위반으로 판단되어 한국 내 접속을 차단하였습니다.

(English)
1. The first video above has been removed for violating our Community Guidelines.
2. The second video has been blocked for users in Korea under local law.

감사합니다.
TikTok Korea Public Policy
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea policy team bilingual reply with URLs followed by Korean particles and full-width brackets",
    why="삭제 (removed) for the first URL, 한국 내 접속 차단 (restricted) for the second; the English lines repeat the same",
    items={TT[1]: "removed", TT[2]: "restricted"},
)

case(
    name="tiktok-receipt-plus-outcome",
    date="Fri, 13 Sep 2024 09:26:41 +0900",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: " + subj("KCSC-240909-04") + " [TT-LR-5520913]",
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""Hello,

Thank you for your report. We received it on 9 September and logged it
under reference TT-LR-5520913.

After reviewing the video
{TT[0]}
we have removed it for violating our Community Guidelines.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok receipt wording followed by the outcome in the same message",
    why="an acknowledgement phrase, then an unhedged removal of a named video: a confirmation, not a receipt",
    items={TT[0]: "removed"},
)

# ========================================================== Reddit (2 items)
case(
    name="reddit-safety-removed-korean-path",
    date="Wed, 11 Sep 2024 06:51:30 +0900",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: " + subj("KCSC-240910-05"), reply_to_req=msgid("KCSC-240910-05"),
    body=f"""Hi,

Thanks for reaching out. Reddit's Safety team reviewed the content in your
request KCSC-240910-05:

1. {RD[0]}
   Removed for violating Rule 3 of the Reddit Content Policy.
2. {RD2_RAW}
   Removed for violating Rule 3 of the Reddit Content Policy.

The community r/velvetarchive_kr has also been banned.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin/legal reply listing removed posts, one URL with a raw Korean path",
    why="both posts removed; the second is written with a raw Korean path that matches its percent-encoded request URL",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-legal-geoblock-and-declined",
    date="Fri, 13 Sep 2024 03:15:08 +0900",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Legal Operations",
    subject="Your government removal request KCSC-240910-05",
    body=f"""Hello,

After review by Reddit's legal team, we have restricted access from South
Korea to the post at {RD[1]} .

The post at {RD[0]} does not violate Reddit's Content
Policy, and we have declined to take action on it. It remains available.

Regards,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply to a government removal request (country restriction and refusal)",
    why="one post restricted from South Korea, the other declined with its reason",
    items={RD[1]: "restricted", RD[0]: "rejected"},
)

# ========================================================= Discord (1 item)
case(
    name="discord-ts-message-removed",
    date="Thu, 12 Sep 2024 04:33:19 +0900",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: [Ticket #4412093] " + subj("KCSC-240911-06"), reply_to_req=msgid("KCSC-240911-06"),
    body=f"""Hello,

Thanks for your report. We've reviewed the message at
{DC[0]}
and removed it for violating our Community Guidelines. We've also taken
action against the account that posted it.

We truly appreciate your efforts in helping us keep Discord safe.

Sincerely,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply confirming removal",
    why="the one reported message named and stated removed",
    items={DC[0]: "removed"},
)

case(
    name="discord-all-content-one-item-request",
    date="Fri, 13 Sep 2024 02:10:45 +0900",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: " + subj("KCSC-240911-06"), reply_to_req=msgid("KCSC-240911-06"),
    body="""Hello,

Regarding your request KCSC-240911-06: we have reviewed the content you
reported and it has been removed from Discord. The server involved has
also been removed.

Sincerely,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome that does not repeat the reported link",
    why="a removal stated for the content of a one-item request, without naming the URL: applies to that item",
    items={DC[0]: "removed"},
)

# ========================================================== Twitch (2 items)
case(
    name="twitch-channel-suspended-vod-deleted",
    date="Sat, 14 Sep 2024 05:48:27 +0900",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="Re: " + subj("KCSC-240913-07"), reply_to_req=msgid("KCSC-240913-07"),
    body=f"""Hello,

Thank you for your notice. Following our review:

- The channel {TW[0]} has been indefinitely suspended for violating
  our Community Guidelines.
- The video {TW[1]} has been deleted.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply on a reported channel and VOD",
    why="channel suspended (unavailable) and VOD deleted: both removed",
    items={TW[0]: "removed", TW[1]: "removed"},
)

case(
    name="twitch-no-violation-vod-gone",
    date="Tue, 17 Sep 2024 07:09:12 +0900",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="Re: " + subj("KCSC-240913-07"), reply_to_req=msgid("KCSC-240913-07"),
    body=f"""Hi,

We reviewed the channel {TW[0]} and did not find a violation of our
Community Guidelines or of Korean law. No action has been taken and the
channel remains active.

The video {TW[1]} could not be found. It was deleted by the
broadcaster before our review.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply declining action and reporting a VOD deleted by its owner",
    why="channel: no violation, no action (rejected); VOD deleted by its owner before review (not_found)",
    items={TW[0]: "rejected", TW[1]: "not_found"},
)

# ================================================================== REVIEW
case(
    name="x-promise-will-withhold",
    date="Wed, 04 Sep 2024 09:12:00 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: " + subj("KCSC-240903-01"), reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hello,

We have received request KCSC-240903-01. The following posts will be
withheld in the Republic of Korea once our review of the legal basis is
complete:

{X[0]}
{X[1]}

We will confirm when this has taken effect.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply announcing a future withholding",
    why="'will be withheld ... once our review is complete' is a promise, not a statement: items stay pending",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-dkim-fail-removed",
    date="Sat, 07 Sep 2024 22:40:51 +0900",
    **{"from": "legal-support@x.com"}, name_from="X Legal", auth="fail",
    subject="Re: " + subj("KCSC-240903-01"),
    body=f"""Hello,

The following posts have been removed:
{X[0]}
{X[1]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X-style outcome whose DKIM/SPF/DMARC checks failed",
    why="claims from an x.com address that fails authentication cannot change statuses",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-hedged-appears-removed",
    date="Fri, 06 Sep 2024 17:33:28 +0900",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: " + subj("KCSC-240904-02"), reply_to_req=msgid("KCSC-240904-02"),
    body=f"""Hello,

It appears that {YT[0]} may already have been taken down by the
uploader. Regarding {YT[1]}, our team is still reviewing it and we
will get back to you.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="'appears ... may already have been taken down' is a hedge and 'still reviewing' is no outcome",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="yt-conditional-legal-assessment",
    date="Tue, 10 Sep 2024 11:47:36 +0900",
    **{"from": "legal-removals@google.com"}, name_from="Google Legal Removals",
    subject="Re: " + subj("KCSC-240904-02"), reply_to_req=msgid("KCSC-240904-02"),
    body=f"""Hello,

Should our legal team determine that the video at {YT[2]} is unlawful in
Korea, we will restrict access to it in Korea. We expect to complete this
assessment by 18 September.

Regards,
Google Legal Removals
""",
    outcome="review", review="not_understood",
    imitates="Google legal-removals holding reply with a conditional outcome",
    why="a condition and a promise about a named video: nothing has happened to it yet",
    items={YT[2]: "pending"},
)

case(
    name="yt-forwarded-outcome",
    date="Thu, 12 Sep 2024 14:02:18 +0900",
    **{"from": "minseo.kang@google.com"}, name_from="Minseo Kang",
    subject="Fwd: Outcome of your request KCSC-240904-02",
    body=f"""Hi team,

Forwarding the outcome notice from our Legal Removals team for your
request, in case it did not reach you.

Best,
Minseo Kang | Government Affairs & Public Policy, Google Korea

---------- Forwarded message ---------
From: YouTube Legal Support <youtube-legal-noreply@google.com>
Date: Wed, Sep 11, 2024 at 6:30 PM
Subject: Outcome of your request KCSC-240904-02
To: <legal-kr@google.com>

Hello,

We removed {YT[2]} for violating our Community Guidelines.
The channel {YT[3]} has been terminated.

The YouTube Legal Support Team
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Google Korea staff member forwarding a YouTube legal outcome (Gmail forward block)",
    why="the outcome is only inside a forwarded message; the forwarder states nothing herself",
    items={YT[2]: "pending", YT[3]: "pending"},
)

case(
    name="meta-bulk-all-restricted",
    date="Sun, 08 Sep 2024 21:15:02 +0900",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta Government Requests",
    subject="Your request KCSC-240905-03 - outcome",
    body="""Hi,

We have restricted access in South Korea to all of the content you
reported under request KCSC-240905-03, based on local law.

Thanks,
Meta Content Restrictions Team
""",
    outcome="review", review="bulk",
    imitates="Meta content-restriction outcome summarised for the whole request",
    why="one statement covers five items without naming any of them",
    items={u: "pending" for u in META},
)

case(
    name="meta-about-tiktok-link",
    date="Tue, 10 Sep 2024 16:20:40 +0900",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta",
    subject="Re: Content report",
    body=f"""Hello,

Thanks for your report. We reviewed the link you included,
{TT[2]}, and could not find this content on Facebook or
Instagram. The link points to another service, so we can't take action on it.

Meta
""",
    outcome="review", review="wrong_platform",
    imitates="Meta reply to a report whose link belongs to another service",
    why="Meta states 'could not find' about a TikTok item: not Meta's item to report on",
    items={TT[2]: "pending"},
)

case(
    name="tiktok-bulk-count",
    date="Thu, 12 Sep 2024 19:03:27 +0900",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: " + subj("KCSC-240909-04"), reply_to_req=msgid("KCSC-240909-04"),
    body="""Hello,

Following our review, we removed 3 videos reported in your request for
violating our Community Guidelines.

TikTok Legal
""",
    outcome="review", review="bulk",
    imitates="TikTok outcome giving a count instead of the URLs",
    why="a count of removed videos, no video named, for a three-item request",
    items={u: "pending" for u in TT},
)

case(
    name="tiktok-vendor-unknown-sender",
    date="Fri, 13 Sep 2024 12:44:55 +0900",
    **{"from": "takedowns@brightline-compliance.com"}, name_from="Brightline Compliance (for TikTok)",
    subject="Re: " + subj("KCSC-240909-04"), reply_to_req=msgid("KCSC-240909-04"),
    body=f"""Dear KCSC,

We write on behalf of TikTok regarding request KCSC-240909-04. The video
{TT[0]} has been removed.

Brightline Compliance Services
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced compliance vendor replying for a platform from its own domain",
    why="the sender's domain belongs to no configured platform",
    items={TT[0]: "pending"},
)

case(
    name="reddit-asks-for-legal-order",
    date="Thu, 12 Sep 2024 02:37:14 +0900",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: " + subj("KCSC-240910-05"), reply_to_req=msgid("KCSC-240910-05"),
    body="""Hello,

Before we can process request KCSC-240910-05, we need a copy of the legal
order or a citation of the specific provision of Korean law that the
reported content violates, together with confirmation of the requesting
authority. Please reply to this email with that information.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis of a government removal request",
    why="asks for documents before acting: a person must answer",
    items={u: "pending" for u in RD},
)

case(
    name="discord-appears-deleted",
    date="Thu, 12 Sep 2024 23:58:06 +0900",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: " + subj("KCSC-240911-06"), reply_to_req=msgid("KCSC-240911-06"),
    body=f"""Hello,

It looks like the message at
{DC[0]}
may have been deleted before our team reviewed it. We aren't able to confirm
what happened to it.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety reply unable to confirm a message's fate",
    why="'looks like ... may have been deleted' and 'aren't able to confirm' is a hedge, not a statement",
    items={DC[0]: "pending"},
)

case(
    name="twitch-actioned-no-item",
    date="Mon, 16 Sep 2024 08:22:40 +0900",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    subject="We've actioned on your report",
    body="""Hi there,

Thank you for your recent report. Our team reviewed it and determined that
a violation of our Community Guidelines occurred, and appropriate
enforcement action has been taken.

For privacy reasons we can't share the details of the action taken.

Learn more about our Community Guidelines: https://safety.twitch.tv/s/article/Community-Guidelines

- Twitch Safety
""",
    outcome="review", review="no_claims",
    imitates="Twitch 'We've actioned on your report' reporter notification",
    why="trusted Twitch mail naming no URL and no request reference",
    items={},
)

# ================================================================= IGNORED
case(
    name="x-out-of-office",
    date="Tue, 03 Sep 2024 10:01:12 +0900",
    **{"from": "h.lindqvist@x.com"}, name_from="Hanna Lindqvist",
    subject="Automatic reply: " + subj("KCSC-240903-01"), reply_to_req=msgid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 16 September with limited access to
email. For urgent legal requests please write to legal@x.com.

Hanna Lindqvist
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from an X legal specialist",
    why="out-of-office auto-reply",
    items={},
)

tt_orig = "\n".join(req_text("KCSC-240909-04", "TikTok"))
case(
    name="tiktok-dsn-bounce",
    date="Mon, 16 Sep 2024 10:00:09 +0900",
    **{"from": "MAILER-DAEMON@mx1.tiktok.com"}, name_from="Mail Delivery System", auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7F21A9"

--dsn-7F21A9
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@tiktok.com>: host mx1.tiktok.com said: 550 5.1.1 User unknown

--dsn-7F21A9
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.tiktok.com
Arrival-Date: Mon, 16 Sep 2024 10:00:05 +0900

Final-Recipient: rfc822; legal-korea@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-7F21A9
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@tiktok.com
Subject: Reminder: {subj("KCSC-240909-04")}
Date: Mon, 16 Sep 2024 10:00:00 +0900
Message-ID: <reminder-240909-04-1@kcsc.example>

{tt_orig}

--dsn-7F21A9--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="a bounce; the URLs are in our own returned message",
    items={u: "pending" for u in TT},
)

case(
    name="meta-mdn-read-receipt",
    date="Thu, 05 Sep 2024 11:30:00 +0900",
    **{"from": "j.han@meta.com"}, name_from="Jiwoo Han",
    subject="Read: " + subj("KCSC-240905-03"), reply_to_req=msgid("KCSC-240905-03"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-41c2"

--mdn-41c2
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: {subj("KCSC-240905-03")}
  Sent: Thursday, September 5, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 11:29:58 AM (UTC+09:00) Seoul.

--mdn-41c2
Content-Type: message/disposition-notification

Reporting-UA: j.han@meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; legal-requests@meta.com
Original-Message-ID: <{msgid("KCSC-240905-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-41c2--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt says nothing about the items",
    items={},
)

case(
    name="reddit-ticket-receipt",
    date="Tue, 10 Sep 2024 10:04:51 +0900",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Legal Operations",
    subject="[Ticket 25841-RL] Re: " + subj("KCSC-240910-05"), reply_to_req=msgid("KCSC-240910-05"),
    body="""Hello,

Thanks for your submission. We have received your government removal
request KCSC-240910-05 and opened ticket 25841-RL. Our team will review it
and reply to you as soon as possible.

Please do not change the subject line when you reply.

Reddit Legal Operations
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit ticket-system receipt for a legal request",
    why="pure acknowledgement: received, ticket opened, will review",
    items={},
)

case(
    name="discord-zendesk-echoed-request",
    date="Wed, 11 Sep 2024 10:02:33 +0900",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Discord Safety] Re: " + subj("KCSC-240911-06"), reply_to_req=msgid("KCSC-240911-06"),
    body=f"""##- Please type your reply above this line -##

Your request (4412093) has been received and is being reviewed by our
Trust & Safety team.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 11, 2024, 10:00 KST

Dear Discord team,

The Korea Communications Standards Commission asks you to remove the
content listed below (our reference KCSC-240911-06).

1. {DC[0]}

Please reply to this address stating the action taken.

KCSC Takedown Desk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style receipt echoing the submitted request below a separator",
    why="receipt only; the URL appears in our own echoed request, with no statement about it",
    items={DC[0]: "pending"},
)

case(
    name="pinterest-unmonitored-autoreply",
    date="Sat, 14 Sep 2024 01:17:22 +0900",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    subject="Automatic reply: Content report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""This is an automated response.

This inbox is not monitored for content reports. To report content on
Pinterest, please use the form in our Help Center:
https://help.pinterest.com/en/contact

Pinterest Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest unmonitored-inbox auto-response",
    why="automatic reply pointing to a help form; the help link is not an item",
    items={},
)

case(
    name="snapchat-report-received",
    date="Sun, 15 Sep 2024 13:52:08 +0900",
    **{"from": "support@snapchat.com"}, name_from="Team Snapchat",
    subject="We've received your report [Case 20240915-88412]",
    body="""Hi,

Thanks for reaching out to Snapchat Support. We've received your report and
a member of our team will look into it. Your case number is 20240915-88412.

Team Snapchat
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snapchat Support case-received receipt",
    why="pure acknowledgement naming no item",
    items={},
)


HEADER = """# Blind set 124: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest). Written from each
# email's meaning before any run of the reader. Generated by make.py."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print("%d cases" % len(cases))
