#!/usr/bin/env python3
"""Blind corpus set blind772: English notices from many platforms (X,
YouTube, Meta/Instagram, TikTok, Reddit, Discord, Twitch, plus Snapchat and
Pinterest without requests of their own).

Deterministic: `python3 tests/corpus/blind772/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every email is fictional and
written in our own sentences; expected results come from each email's
meaning alone, written before any run of the reader.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind772"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/moonlit_ledger/status/1831104400000000101",
    "https://x.com/moonlit_ledger/status/1831104400000000102",
    "https://x.com/greyfinch_ops/status/1831209900000000213",
    "https://x.com/greyfinch_ops/status/1831209900000000214",
    "https://x.com/paper_kite_77/status/1831355500000000325",
    "https://x.com/paper_kite_77/status/1831355500000000326",
    "https://x.com/hollow_reed/status/1831460000000000437",
    "https://x.com/hollow_reed/status/1831460000000000438",
    "https://x.com/saltmarsh_kr/status/1831577700000000549",
    "https://x.com/saltmarsh_kr/status/1831577700000000550",
    "https://x.com/copperlane_9",
    "https://x.com/velvet_orbit/status/1831688800000000661",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7tR2vLx9a",
    "https://www.youtube.com/watch?v=bH4nZp0sWk3",
    "https://www.youtube.com/shorts/Tz8eYc1uJq5",
    "https://www.youtube.com/@nightjar_archive",
]
META = [
    "https://www.facebook.com/groups/harborlight.market/posts/771204419935512",
    "https://www.facebook.com/profile.php?id=100089912345678",
    "https://www.instagram.com/p/C9xKq2LmT4r/",
    "https://www.instagram.com/reel/C9zPw7NnB1e/",
    "https://www.instagram.com/lantern_drift_shop/",
]
TT = [
    "https://www.tiktok.com/@quietmaple.kr/video/7411209384756612301",
    "https://www.tiktok.com/@quietmaple.kr/video/7411209384756612302",
    "https://www.tiktok.com/@ember_crate/video/7412550193847561023",
]
RD = [
    "https://www.reddit.com/r/seoulbargains/comments/1fh3k2q/cheap_documents_fast/",
    "https://www.reddit.com/user/tin_compass_21/",
]
DC = ["https://discord.gg/kV7pQm3Z"]
TW = [
    "https://www.twitch.tv/ashgrove_live",
    "https://www.twitch.tv/videos/2251936480",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", "illegal_trade", X),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00", "fraud", YT),
    ("KCSC-240905-03", "meta", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", "illegal_trade", META),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:10:00+09:00", "2024-09-13T18:00:00+09:00", "gambling", TT),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:20:00+09:00", "2024-09-16T18:00:00+09:00", "forged_documents", RD),
    ("KCSC-240910-06", "discord", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", "illegal_trade", DC),
    ("KCSC-240911-07", "twitch", "2024-09-11T09:05:00+09:00", "2024-09-18T18:00:00+09:00", "gambling", TW),
]
REQ_URLS = {r[0]: r[5] for r in REQUESTS}


def mid(ref):
    """Our request's Message-ID without <> and without the domain."""
    return f"request.{ref}.1"


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for i, u in enumerate(urls, 1):
            note = f"item {i} of {len(urls)}"
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{mid(ref)}@kcsc.example,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def our_request(ref, prefix="> "):
    """The regulator's own request text, as it comes back quoted."""
    body = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the content below, which is illegal under the laws of the Republic of",
        f"Korea (reference {ref}).",
        "",
    ]
    for i, u in enumerate(REQ_URLS[ref], 1):
        body.append(f"{i}. {u}")
    body += ["", "Please remove or block the content and tell us the result.", "",
             "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in body)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").strip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").strip("\n")


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ============================ X ==========================================

case(
    name="x-legal-withheld-kr-numbered",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 08:14:22 +0000",
    subject="Re: KCSC-240902-01 - Request to remove illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your legal request (reference KCSC-240902-01).

We reviewed the reported content under the X Rules and under applicable
local law. The posts below were not found to violate the X Rules, but in
response to your request they have been withheld in the Republic of Korea:

1. {X[0]}
2. {X[1]}
3. {X[2]}
4. {X[3]}
5. {X[4]}

Viewers in Korea who open these posts now see a notice that the content
has been withheld in response to a legal demand. They remain visible
outside Korea.

We are still looking into the remaining items of your request and will
reply about them separately.

More about country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Policy
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply, country-withheld (CWC) outcome with a numbered list",
    why="five posts named one per line after an unhedged 'have been withheld in the Republic of Korea'; the promise covers only unnamed items",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted", X[4]: "restricted"},
)

_rows = [
    (X[0], "Removed", "Violation of the X Rules (illegal or regulated goods)"),
    (X[1], "Removed", "Violation of the X Rules (illegal or regulated goods)"),
    (X[2], "Withheld in KR", "Local law"),
    (X[3], "Withheld in KR", "Local law"),
    (X[4], "No action", "No violation of the X Rules or of local law found"),
    (X[5], "Withheld in KR", "Local law"),
    (X[6], "Removed", "Violation of the X Rules (spam)"),
    (X[7], "Not found", "Post no longer exists"),
    (X[8], "Withheld in KR", "Local law"),
    (X[9], "Withheld in KR", "Local law"),
    (X[10], "Account withheld in KR", "Local law"),
    (X[11], "No action", "Insufficient information to establish illegality"),
]
_tr = "\n".join(
    f'<tr><td style="padding:4px;border:1px solid #ccc">{i}</td>'
    f'<td style="padding:4px;border:1px solid #ccc"><a href="{u}">{u}</a></td>'
    f'<td style="padding:4px;border:1px solid #ccc"><b>{a}</b></td>'
    f'<td style="padding:4px;border:1px solid #ccc">{n}</td></tr>'
    for i, (u, a, n) in enumerate(_rows, 1)
)
case(
    name="x-html-outcome-table-all-items",
    **{"from": "legal@x.com"}, name_from="X Corp. Legal",
    date="Fri, 06 Sep 2024 02:41:09 +0000",
    subject="[Case 0198-KR-24117] Outcome of legal request KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC team,</p>
<p>We have completed our review of your request <b>KCSC-240902-01</b>
(our case 0198-KR-24117). The action taken on each reported URL is shown below.</p>
<table style="border-collapse:collapse">
<tr><th>#</th><th>Reported URL</th><th>Action</th><th>Basis</th></tr>
{_tr}
</table>
<p>Content marked &quot;Withheld in KR&quot; is unavailable to viewers in the Republic of Korea only.
Where no action was taken you may send a court order or further legal
analysis through our <a href="https://legalrequests.x.com/">legal request portal</a>.</p>
<p>Sincerely,<br>X Corp. Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team's per-URL outcome table sent as an HTML email",
    why="HTML table with one action per URL for all twelve items: removed, withheld in KR, no action, not found",
    items={
        X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "restricted",
        X[4]: "rejected", X[5]: "restricted", X[6]: "removed", X[7]: "not_found",
        X[8]: "restricted", X[9]: "restricted", X[10]: "restricted", X[11]: "rejected",
    },
)

case(
    name="x-account-withheld-url-below",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 06:02:51 +0000",
    subject="Re: KCSC-240902-01 - Request to remove illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi,

Following up on your legal request KCSC-240902-01. In response to it we have
withheld the following account in Korea:

{X[10]}

The account and every post on it are now unavailable to viewers in Korea.
We will let the account holder know, unless we are legally barred from doing
so.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X notice that an account has been withheld in a country (account-level CWC)",
    why="the account URL stands on the line below 'we have withheld the following account in Korea'",
    items={X[10]: "restricted"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "dana.w@x.com"}, name_from="Dana Whitfield",
    date="Fri, 06 Sep 2024 19:27:40 +0000",
    subject="Re: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello KCSC team,

An update on your request. We removed these two posts for breaking our
rules on illegal and regulated goods and services:
{X[6]}
{X[7]}

We also reviewed {X[8]} and did not find a violation of the X Rules, nor of
Korean law on the information you gave us, so we are not taking action on
that one.

Best,
Dana
X Safety, APAC

On Mon, Sep 2, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{our_request("KCSC-240902-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="X safety agent's top-posted reply over the quoted request (Gmail quoting)",
    why="two posts removed and one refused with a reason in the agent's own lines; the other URLs are only in the quoted request",
    items={X[6]: "removed", X[7]: "removed", X[8]: "rejected"},
)

_qp_body = f"""Dear Korea Communications Standards Commission,

Re: your request KCSC-240902-01

<{X[9]}> \u2014 this post has been removed from X for violating our sensitive media policy.

<{X[11]}> \u2014 we could not locate this post. It had already been deleted by the account owner before our review started.

Please note that we review each report against the X Rules first and against local law second. More on this process: <https://help.x.com/en/rules-and-policies/x-legal-faqs>

Kind regards,
X Legal Operations
"""
case(
    name="x-qp-angle-bracket-urls",
    **{"from": "legalops@x.com"}, name_from="X Legal Operations",
    date="Sat, 07 Sep 2024 03:15:00 +0000",
    subject="Your request KCSC-240902-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_qp_body),
    outcome="applied", classification="confirmation",
    imitates="X legal operations reply, quoted-printable body with URLs in angle brackets",
    why="one post removed; one already deleted by its owner (not_found); the help link is not an item",
    items={X[9]: "removed", X[11]: "not_found"},
)

case(
    name="x-korea-team-particles-fullwidth",
    **{"from": "kr-policy@x.com"}, name_from="X Korea Public Policy",
    date="Mon, 09 Sep 2024 01:50:12 +0000",
    subject="RE: KCSC-240902-01 조치 결과 / action taken",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요, X Korea 공공정책팀입니다.

Regarding KCSC-240902-01, two more items have been handled:

- {X[5]}은 국내 접속 차단(withheld in KR) 처리되었습니다.
- {X[9]}（removed globally for violating the X Rules）

나머지 항목은 별도로 회신드리겠습니다. We will reply on the rest separately.

감사합니다.
X Korea
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual reply from a platform's Korea public-policy team with Korean particles and full-width brackets after URLs",
    why="one post blocked in Korea (접속 차단), one removed globally; the promise covers only unnamed items",
    items={X[5]: "restricted", X[9]: "removed"},
)

case(
    name="x-outlook-url-then-status",
    **{"from": "minjun.seo@x.com"}, name_from="Min-jun Seo",
    date="Tue, 10 Sep 2024 07:33:18 +0000",
    subject="RE: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Please see the outcome for the items below.

{X[1]}
Removed - violation of the X Rules

{X[2]}
Removed - violation of the X Rules

{X[3]}
Withheld in South Korea

Kind regards,
Min-jun Seo
Legal Operations, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:02 AM
To: legal@x.com
Subject: KCSC-240902-01 Request for removal of illegal content

{our_request("KCSC-240902-01", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply: bare URL with its status on the line below, original request quoted under -----Original Message-----",
    why="three URLs each with a status line below; the unquoted original request below the separator is not a statement",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted"},
)

# ============================ YouTube =====================================

case(
    name="yt-legal-blocked-kr-and-removed",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 09:12:44 +0000",
    subject="Re: [KCSC-240904-02] Legal removal request",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for reaching out to us.

We've reviewed your request (reference KCSC-240904-02) under applicable law
and our policies.

After review, we've blocked the following content from view in South Korea:
- {YT[0]}
- {YT[1]}

We've also removed the following content globally for violating YouTube's
Community Guidelines:
- {YT[2]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome: content blocked for a country domain, other content removed under Community Guidelines",
    why="two videos blocked in South Korea, one short removed globally, each named under its heading",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed"},
)

case(
    name="yt-channel-terminated",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Sat, 07 Sep 2024 11:05:31 +0000",
    subject="Update on your report KCSC-240904-02",
    body=f"""
Hi KCSC Takedown,

Thanks for your report. We wanted to let you know what happened.

After reviewing it, we've terminated the YouTube channel
{YT[3]} for repeated violations of our spam, deceptive practices
and scams policies. The channel and all of its videos are no longer available
on YouTube.

Learn more about channel terminations: https://support.google.com/youtube/answer/2802168

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we've taken action on your report' notice for a terminated channel",
    why="the channel is terminated and no longer available: removed",
    items={YT[3]: "removed"},
)

case(
    name="yt-removed-and-refused",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal (Korea)",
    date="Mon, 09 Sep 2024 04:48:02 +0000",
    subject="Re: [KCSC-240904-02] Legal removal request",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Dear KCSC,

We have removed {YT[0]} following our review.

For {YT[1]}, we're unable to take action. The video does not violate our
Community Guidelines and, on the information provided, we could not determine
that it is unlawful in Korea. It will remain available. Should a court order
concerning this video exist, you may send it to us through our legal form.

Best regards,
Google Legal Removals
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals reply: one video removed, one refused with its reason",
    why="one video removed; the other stays up because it breaks no rule (a refusal with its reason, not a request for information)",
    items={YT[0]: "removed", YT[1]: "rejected"},
)

_yt_b64 = f"""Hello,

We've completed our review of the content you reported under KCSC-240904-02.

We've applied an age restriction to {YT[2]}. It can no longer be watched by viewers who are signed out or under 18, and it is not shown in some parts of YouTube.

The video does not otherwise violate our policies, so it has not been removed.

Regards,
The YouTube Team
"""
case(
    name="yt-age-restricted-base64",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Tue, 10 Sep 2024 13:20:55 +0000",
    subject="Action taken on content you reported (KCSC-240904-02)",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(_yt_b64),
    outcome="applied", classification="confirmation",
    imitates="YouTube notice that reported content was age-restricted, base64 body",
    why="age-restricted: restricted; 'has not been removed' does not make it rejected",
    items={YT[2]: "restricted"},
)

case(
    name="yt-outcome-summary-headings",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 06:30:00 +0000",
    subject="Outcome summary for KCSC-240904-02",
    body=f"""
Outcome summary for KCSC-240904-02

Content removed globally (1)
  {YT[1]}

Content blocked in South Korea (1)
  {YT[0]}

No action taken (1)
  {YT[3]}
  The channel as a whole does not violate our policies. If particular
  videos on it concern you, please report them individually.

This summary was prepared by the YouTube Legal Support team.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome summary grouped under counted headings",
    why="each URL sits under a heading giving its outcome; the channel is refused with a reason",
    items={YT[1]: "removed", YT[0]: "restricted", YT[3]: "rejected"},
)

# ============================ Meta ========================================

case(
    name="meta-restricted-kr-and-removed",
    **{"from": "content-regulation@meta.com"}, name_from="Meta Content Regulation",
    date="Mon, 09 Sep 2024 08:00:17 +0000",
    subject="Re: KCSC-240905-03 - Report of unlawful content",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hi,

We've completed our review of your report KCSC-240905-03.

We restricted access in South Korea to the following content because it was
reported as unlawful under local law. It doesn't go against our Community
Standards, so it remains available in other countries:
{META[0]}
{META[2]}

We removed the following content because it goes against our Community
Standards on restricted goods and services:
{META[3]}

Thanks,
Meta Content Regulation Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta response to a government takedown request: local-law restriction plus Community Standards removal",
    why="two items restricted in South Korea and one removed, each URL under its statement",
    items={META[0]: "restricted", META[2]: "restricted", META[3]: "removed"},
)

_csv = "url,decision,notes\r\n" + "\r\n".join([
    f"{META[0]},Removed,Community Standards - restricted goods",
    f"{META[1]},Not found,No profile exists at this link",
    f"{META[2]},Restricted (KR),Local law",
    f"{META[3]},No action,No violation of Community Standards or local law",
    f"{META[4]},Removed,Account disabled",
]) + "\r\n"
_meta_csv_mime = f"""Content-Type: multipart/mixed; boundary="----=_Part_77120_1466"

------=_Part_77120_1466
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hello,

Thank you for your report KCSC-240905-03. We've reviewed all five links.
The decision for each link is in the attached file.

Meta Content Regulation Team

------=_Part_77120_1466
Content-Type: text/csv; charset=UTF-8; name="KCSC-240905-03-decisions.csv"
Content-Disposition: attachment; filename="KCSC-240905-03-decisions.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
------=_Part_77120_1466--
"""
case(
    name="meta-csv-decisions-attachment",
    **{"from": "content-regulation@meta.com"}, name_from="Meta Content Regulation",
    date="Tue, 10 Sep 2024 02:11:45 +0000",
    subject="Decisions for KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    raw_mime=_meta_csv_mime,
    outcome="applied", classification="confirmation",
    imitates="platform reply carrying a per-URL decision CSV attachment",
    why="CSV gives one decision per URL for all five items",
    items={META[0]: "removed", META[1]: "not_found", META[2]: "restricted", META[3]: "rejected", META[4]: "removed"},
)

case(
    name="ig-account-disabled-profile-missing",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date="Tue, 10 Sep 2024 10:44:09 +0000",
    subject="Update on your report KCSC-240905-03",
    body=f"""
Hi KCSC Takedown,

Thanks for taking the time to report. Here is what we did.

The account {META[4]} has been disabled for
violating our Terms of Use and is no longer visible on Instagram.

We weren't able to find anything at the following link. The profile ID
doesn't match any account on Facebook or Instagram:
{META[1]}

You can see the status of your reports in your Support Inbox:
https://www.instagram.com/accounts/support_requests/

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report-outcome notice (account disabled; link could not be found)",
    why="account disabled: removed; no profile at the link: not_found; the Support Inbox link is not an item",
    items={META[4]: "removed", META[1]: "not_found"},
)

case(
    name="meta-dsa-decision-fields",
    **{"from": "notification@facebookmail.com"}, name_from="Meta",
    date="Wed, 11 Sep 2024 16:05:22 +0000",
    subject="Decision on your report of illegal content (ref. KCSC-240905-03)",
    body=f"""
Decision on your report

We've made a decision about content you reported as illegal.

Content: {META[2]}
Your reference: KCSC-240905-03
Decision: Removed
Type of restriction: Removal of the content worldwide
Grounds: Goes against our Community Standards (Restricted Goods and Services)
Automated means used in the decision: No
Date of decision: 11 September 2024

If you disagree with this decision, you can find out about your options at
https://www.facebook.com/help/contact/disagree-decision

Meta Platforms Ireland Limited
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 16(5) notice of decision sent to a notifier, in labelled fields",
    why="'Decision: Removed' for the one content field; the appeal link is not an item",
    items={META[2]: "removed"},
)

case(
    name="meta-echoed-report-not-removed",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date="Thu, 12 Sep 2024 05:27:38 +0000",
    subject="We reviewed the post you reported",
    body=f"""
Your report

Content: {META[0]}
Reported for: Unlawful content (Republic of Korea)
Report reference: KCSC-240905-03
Submitted: 5 September 2024

Our decision

We didn't remove this post. Our review found that it doesn't go against
our Community Standards, and our legal review didn't find it unlawful under
Korean law on the information provided. The post remains on Facebook.

We know this may be disappointing. Reviewing reports helps us keep Facebook
safe.

Facebook Support
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook support-inbox outcome echoing the report fields, no action taken",
    why="the echoed report is followed by a clear refusal with its reason: rejected",
    items={META[0]: "rejected"},
)

# ============================ TikTok ======================================

case(
    name="tiktok-gov-request-mixed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Mon, 09 Sep 2024 03:36:50 +0000",
    subject="Re: KCSC-240906-04 Government removal request",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""
Dear KCSC,

Thank you for your request KCSC-240906-04.

Having reviewed the reported videos against our Community Guidelines and
local law, we have restricted the following two videos in South Korea:
{TT[0]}
{TT[1]}

The third video, {TT[2]}, was removed from TikTok for violating our
Community Guidelines on gambling.

Kind regards,
TikTok Law Enforcement Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok response to a government removal request (country restriction and Community Guidelines removal)",
    why="two videos restricted in South Korea, the third removed",
    items={TT[0]: "restricted", TT[1]: "restricted", TT[2]: "removed"},
)

case(
    name="tiktok-url-result-lines",
    **{"from": "no-reply@support.tiktok.com"}, name_from="TikTok Support",
    date="Tue, 10 Sep 2024 12:09:13 +0000",
    subject="Your report (KCSC-240906-04) has been reviewed",
    body=f"""
Hi,

We've reviewed the content you reported.

Reported content 1
URL: {TT[0]}
Result: Removed \u2014 violates our Community Guidelines (Gambling)

Reported content 2
URL: {TT[2]}
Result: No violation found. The video remains available on TikTok.

Thanks for helping keep TikTok safe.
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome email with URL and Result lines per reported item",
    why="each URL line is followed by its Result line: removed, and no violation (rejected)",
    items={TT[0]: "removed", TT[2]: "rejected"},
)

case(
    name="tiktok-html-sor-deleted-by-creator",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 07:58:41 +0000",
    subject="Statement about your illegal content report KCSC-240906-04",
    type="html",
    body=f"""
<html><body>
<h3>About your report</h3>
<p>You reported the following video as illegal content:</p>
<p><a href="{TT[1]}">{TT[1]}</a></p>
<h3>Outcome</h3>
<p><b>Content unavailable.</b> The video was deleted by its creator before our
review, so no action was taken by TikTok.</p>
<p>Your report reference: KCSC-240906-04<br>
Decision date: 11 September 2024</p>
<p>Learn more about how we handle reports in our
<a href="https://www.tiktok.com/legal/page/global/reporting-illegal-content">Help Center</a>.</p>
<p>TikTok</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style notice to a reporter: content deleted by its creator before review (HTML)",
    why="deleted by its author before review: not_found ('no action was taken' is about TikTok, not a refusal)",
    items={TT[1]: "not_found"},
)

# ============================ Reddit ======================================

case(
    name="reddit-post-removed-user-suspended",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 18:22:03 +0000",
    subject="Re: KCSC-240909-05 Removal request",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""
Hi there,

Thanks for your report. After looking into it, we removed the post
{RD[0]} and permanently suspended the account u/tin_compass_21
({RD[1]}) for violating Reddit's Content Policy on illegal transactions.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin reply: post removed and account permanently suspended",
    why="post removed; account permanently suspended (profile made unavailable): removed",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-wrapped-angle-url",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Thu, 12 Sep 2024 09:01:30 +0000",
    subject="Re: KCSC-240909-05 Removal request",
    reply_to_req=mid("KCSC-240909-05"),
    body="""
Hello,

Following your report, the Reddit Safety team has removed the post at
<https://www.reddit.com/r/seoulbargains/comments/1fh3k2q/
cheap_documents_fast/> from Reddit for breaking our rules on illegal
transactions.

We're still reviewing the account you reported and will get back to you.

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety reply with a long URL wrapped inside angle brackets",
    why="the wrapped URL in angle brackets is the post; 'still reviewing the account' names no URL and changes nothing",
    items={RD[0]: "removed"},
)

# ============================ Discord =====================================

case(
    name="discord-ack-then-removed-sole",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 21:40:11 +0000",
    subject="[Discord] Re: KCSC-240910-06 (#48120377)",
    reply_to_req=mid("KCSC-240910-06"),
    body="""
##- Please type your reply above this line -##

Your request (#48120377) has been updated.

Hello,

We received your report, thank you. Our Trust & Safety team has reviewed
the server you reported and it has been removed from Discord for violating
our Community Guidelines.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Zendesk ticket update: acknowledgement line followed by the outcome",
    why="one-item request; an unhedged 'has been removed' about 'the server you reported' applies to its only item despite the acknowledgement phrase",
    items={DC[0]: "removed"},
)

case(
    name="discord-invite-invalid",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 04:12:56 +0000",
    subject="[Discord] Re: KCSC-240910-06 (#48120377)",
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""
##- Please type your reply above this line -##

Hello,

Thank you for contacting Discord Trust & Safety.

The invite link you provided ({DC[0]}) is invalid, so we could not
identify a server from it. Invite links can be revoked by a server's
owner at any time. If you have a server ID or a message link, please open a
new report with it at https://dis.gd/request.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord reply that a reported invite link is invalid",
    why="an invalid link the platform cannot locate: not_found; the pointer to a new report form is not a request for more on this item",
    items={DC[0]: "not_found"},
)

# ============================ Twitch ======================================

case(
    name="twitch-channel-suspended-vod-removed",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date="Fri, 13 Sep 2024 15:18:27 +0000",
    subject="Re: KCSC-240911-07 Request for removal",
    reply_to_req=mid("KCSC-240911-07"),
    body=f"""
Hello,

Thank you for your report KCSC-240911-07. We took the following actions:

* {TW[0]} \u2014 the channel has been indefinitely suspended and can no
  longer be accessed on Twitch.
* {TW[1]} \u2014 the VOD has been deleted.

Twitch Safety Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch safety reply with a bulleted action list",
    why="channel indefinitely suspended and inaccessible: removed; VOD deleted: removed",
    items={TW[0]: "removed", TW[1]: "removed"},
)

case(
    name="twitch-vod-gone-channel-kept",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Mon, 16 Sep 2024 08:45:02 +0000",
    subject="Re: KCSC-240911-07 Request for removal",
    reply_to_req=mid("KCSC-240911-07"),
    body=f"""
Dear KCSC,

Regarding your request KCSC-240911-07:

The VOD at {TW[1]} no longer exists. It was deleted by the broadcaster on
10 September, before we received your request.

We reviewed the channel {TW[0]} and found no violation of our Community
Guidelines or of Korean law in its current content. The channel remains
active.

Regards,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply: VOD deleted by the broadcaster, channel kept after review",
    why="VOD deleted by its author: not_found; channel refused with its reason: rejected",
    items={TW[1]: "not_found", TW[0]: "rejected"},
)

# ============================ review ======================================

case(
    name="x-promise-likely-withheld",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 23:10:44 +0000",
    subject="Re: KCSC-240902-01 - Request to remove illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Thanks for your request. Our initial assessment is that the following posts
are likely to be withheld in Korea once the legal review is finished:

{X[0]}
{X[1]}

We will confirm the final outcome for every item in your request as soon as
the review is complete.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X interim reply announcing a likely future withholding",
    why="'likely to be withheld ... once the review is finished' is a promise/hedge, not a statement; named items stay pending",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-hedge-and-under-review",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 22:04:18 +0000",
    subject="Re: [KCSC-240904-02] Legal removal request",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for your patience.

It appears that {YT[0]} may already have been taken down by the uploader.
{YT[2]} is still under review with our legal team, and we'll update you
once we have reached a decision.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply with a hedged status and an 'under review' item",
    why="'appears ... may already have been' is a hedge and 'under review' is no outcome: both items stay pending",
    items={YT[0]: "pending", YT[2]: "pending"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "content-regulation@meta.com"}, name_from="Meta Content Regulation",
    date="Fri, 06 Sep 2024 10:33:00 +0000",
    subject="Re: KCSC-240905-03 - Report of unlawful content",
    reply_to_req=mid("KCSC-240905-03"),
    body="""
Hi,

We've reviewed all of the links in your report KCSC-240905-03 and removed
the content for going against our Community Standards.

Thanks,
Meta Content Regulation Team
""",
    outcome="review", review="bulk",
    imitates="Meta one-line bulk outcome for a whole report",
    why="a statement about all links of a five-item request without naming any: bulk",
    items={u: "pending" for u in META},
)

case(
    name="x-bulk-all-withheld-over-quote",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sun, 08 Sep 2024 04:19:07 +0000",
    subject="Re: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

All of the posts listed in your request have now been withheld in South
Korea.

X Legal

On Mon, Sep 2, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{our_request("KCSC-240902-01")}
""",
    outcome="review", review="bulk",
    imitates="X one-line reply 'all posts withheld' over the quoted request",
    why="the statement covers all twelve items without naming them; the URLs are only in the quoted request",
    items={u: "pending" for u in X},
)

case(
    name="x-forged-dmarc-fail",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Sat, 07 Sep 2024 14:02:39 +0000",
    subject="Re: KCSC-240902-01 - Request to remove illegal content",
    body=f"""
Hello,

The following posts have been removed from X:
{X[0]}
{X[4]}

If you have other requests, please send them to this address directly.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="forged X legal reply failing DMARC",
    why="From x.com but DKIM/SPF/DMARC fail: untrusted, nothing applied",
    items={X[0]: "pending", X[4]: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    **{"from": "casework@tsops-partners.example"}, name_from="TS Ops Partners (for TikTok)",
    date="Tue, 10 Sep 2024 05:51:20 +0000",
    subject="Re: KCSC-240906-04 Government removal request",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""
Dear KCSC,

We handle government reports on behalf of TikTok in the APAC region.

Results for KCSC-240906-04:
{TT[0]} - removed
{TT[1]} - restricted in South Korea

Regards,
Casework Team
TS Ops Partners
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor replying on a platform's behalf from its own domain",
    why="the sender's domain belongs to no configured platform: unknown_sender, nothing applied",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="pinterest-pins-linking-to-instagram",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Thu, 12 Sep 2024 17:36:14 +0000",
    subject="Re: KCSC-240905-03 - Report of unlawful content",
    body=f"""
Hello,

Thank you for your message, which was passed to us by a partner.

We found three Pins on Pinterest that linked to
{META[4]} and we have removed those Pins. We have no control over the
Instagram account itself; please contact Instagram about it.

Pinterest Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest reply about Pins linking to another platform's account",
    why="Pinterest states a removal next to an Instagram item it does not host; the Instagram account's status is unchanged",
    items={META[4]: "pending"},
)

case(
    name="reddit-asks-for-legal-basis",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 16:25:48 +0000",
    subject="Re: KCSC-240909-05 Removal request",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""
Hi,

Thanks for your request. Before we can assess the account
{RD[1]}, we need more information: please tell us which specific posts or
comments on the account you consider unlawful, and which provision of Korean
law each one breaks. A copy of any court order would also help.

Once we have this we'll continue our review.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for specifics and legal basis before acting",
    why="the platform asks for more information about a named item; nothing decided",
    items={RD[1]: "pending"},
)

case(
    name="snapchat-portal-notice",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
    date="Wed, 11 Sep 2024 00:30:00 +0000",
    subject="Change to how Snap receives government content reports",
    body="""
Dear government partner,

From 1 October 2024, Snap will accept content removal requests from
government agencies only through our Law Enforcement Service Site. Email
requests sent to this address after that date will receive an automated
pointer to the site.

To register for an account, please visit https://lawenforcement.snapchat.com/
and verify your agency email address.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="Snap law-enforcement operations circular about its request portal",
    why="trusted platform mail naming no requested item and no request of ours: no_claims",
    items={},
)

case(
    name="tiktok-contradictory-template",
    **{"from": "no-reply@support.tiktok.com"}, name_from="TikTok Support",
    date="Thu, 12 Sep 2024 11:47:09 +0000",
    subject="Your report (KCSC-240906-04) has been reviewed",
    body=f"""
Hi,

Update on your report: the video {TT[0]} has been removed.

Outcome: No violation
The reported video does not violate our Community Guidelines and remains
available on TikTok.

TikTok Trust & Safety
""",
    outcome="review", review="conflicting_statements",
    imitates="TikTok report-outcome email whose template contradicts its first line",
    why="the same email says the one video was removed and that it remains available: conflicting statements, pending",
    items={TT[0]: "pending"},
)

# ============================ ignored =====================================

case(
    name="x-out-of-office",
    **{"from": "minjun.seo@x.com"}, name_from="Min-jun Seo",
    date="Mon, 02 Sep 2024 01:03:30 +0000",
    subject="Automatic reply: KCSC-240902-01 Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 9 September
with limited access to email. For urgent legal requests please use
https://legalrequests.x.com/ and our team will pick them up.

Min-jun Seo
Legal Operations, X
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="an automatic reply, nothing about items",
    items={},
)

_dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.4Wq7.1726012345"

This is a MIME-encapsulated message.

--DSN.4Wq7.1726012345
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-escalations-kr@tiktok.com>: host mx1.tiktok.com[203.0.113.45] said:
    550 5.1.1 <legal-escalations-kr@tiktok.com>: Recipient address
    rejected: User unknown in virtual mailbox table

--DSN.4Wq7.1726012345
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 6 Sep 2024 14:10:04 +0900 (KST)

Final-Recipient: rfc822; legal-escalations-kr@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-escalations-kr@tiktok.com>: Recipient
    address rejected: User unknown in virtual mailbox table

--DSN.4Wq7.1726012345
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-escalations-kr@tiktok.com
Subject: KCSC-240906-04 Government removal request
Date: Fri, 6 Sep 2024 14:10:00 +0900
Message-ID: <{mid("KCSC-240906-04")}@kcsc.example>

{our_request("KCSC-240906-04", prefix="")}

--DSN.4Wq7.1726012345--
"""
case(
    name="tiktok-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 05:10:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=_dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="a bounce; the URLs are in the returned original request",
    items={},
)

_mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="----=_NextPart_MDN_0042"

------=_NextPart_MDN_0042
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Your message

  To: content-regulation@meta.com
  Subject: KCSC-240905-03 - Report of unlawful content
  Sent: Thursday, 5 September 2024 09:40:00 (UTC+09:00) Seoul

was read on Thursday, 5 September 2024 18:02:11 (UTC+09:00) Seoul.

------=_NextPart_MDN_0042
Content-Type: message/disposition-notification

Reporting-UA: content-regulation@meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;content-regulation@meta.com
Original-Message-ID: <{mid("KCSC-240905-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_MDN_0042--
"""
case(
    name="meta-read-receipt",
    **{"from": "content-regulation@meta.com"}, name_from="Meta Content Regulation",
    date="Thu, 05 Sep 2024 09:02:12 +0000",
    subject="Read: KCSC-240905-03 - Report of unlawful content",
    reply_to_req=mid("KCSC-240905-03"),
    raw_mime=_mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="reddit-ticket-receipt",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Help",
    date="Mon, 09 Sep 2024 01:21:40 +0000",
    subject="We've received your request [KCSC-240909-05] (ticket 8812345)",
    body="""
Hi,

Thanks for contacting Reddit. This is an automated message to let you know
that we've received your request and created ticket #8812345.

Our team reviews requests in the order they arrive. You'll hear from us by
email once a member of the team has looked at it. There's no need to send
your request again.

Reddit Help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit help-desk automated ticket receipt",
    why="a pure acknowledgement with a ticket number, no statement about items",
    items={},
)

case(
    name="yt-legal-form-receipt-echo",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
    date="Wed, 04 Sep 2024 02:40:05 +0000",
    subject="Your legal request to YouTube has been received (KCSC-240904-02)",
    body=f"""
Hello,

Thank you for your submission. This email confirms that we have received
your legal request. Our team will review it and contact you if we need
anything further. Please don't reply to this email.

A copy of your submission:
  Product: YouTube
  Your reference: KCSC-240904-02
  Content URLs:
    {YT[0]}
    {YT[1]}
    {YT[2]}
    {YT[3]}

Google Legal Removals
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal web-form submission receipt echoing the submitted URLs",
    why="a receipt that only echoes our submission; 'will review' is about the future",
    items={},
)

case(
    name="twitch-ooo-quoting-request",
    **{"from": "j.halvorsen@twitch.tv"}, name_from="Jonas Halvorsen",
    date="Wed, 11 Sep 2024 00:05:59 +0000",
    subject="Out of Office: KCSC-240911-07 Request for removal",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body=f"""
Hi, I'm away until 23 September. For safety escalations please write to
safety@twitch.tv. I will read your message when I'm back.

Jonas

{our_request("KCSC-240911-07")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail-style vacation responder that quotes the incoming request",
    why="an auto-reply; the URLs only appear in the quoted request",
    items={},
)

case(
    name="discord-zendesk-receipt",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Tue, 10 Sep 2024 06:00:31 +0000",
    subject="[Discord] Re: KCSC-240910-06 (#48120377)",
    reply_to_req=mid("KCSC-240910-06"),
    body="""
##- Please type your reply above this line -##

Your request (#48120377) has been received and is being reviewed by our
support staff.

To add more information to this ticket, simply reply to this email.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord Zendesk automatic ticket receipt",
    why="a pure ticket receipt",
    items={},
)

HEADER = """# blind772: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch; Snapchat and Pinterest without requests).
# Written by make.py; expected results from each email's meaning alone,
# before any run of the reader. Each case is judged alone on a fresh ledger."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
