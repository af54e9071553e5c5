#!/usr/bin/env python3
"""Blind corpus set blind994: English notices from many platforms.

    python3 tests/corpus/blind994/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
email imitates, in our own words and with fictional names, URLs and ids, a
kind of notice platforms really send (legal-removal outcomes, help-centre
report outcomes, DSA-style statements of reasons, ticket receipts, DSNs,
MDNs, out-of-office replies). Expected results were written from the
meaning of each email before the reader was run on it.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "facebookmail.com": "Facebook",
    "support.facebook.com": "Meta",
    "instagram.com": "Instagram",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
})

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/nightcrane_kr/status/1830411122334455601",
    "https://x.com/nightcrane_kr/status/1830412877001234502",
    "https://x.com/bluefog_market/status/1829980012345678903",
    "https://x.com/bluefog_market/status/1829981199887766504",
    "https://x.com/hanriver_drops",
    "https://x.com/sodam_q8/status/1830100200300400506",
    "https://x.com/sodam_q8/status/1830100200300400507",
    "https://x.com/pale_lantern22/status/1830555666777888008",
    "https://twitter.com/pale_lantern22/status/1828000111222333009",
    "https://x.com/i/web/status/1830777888999000010",
    "https://x.com/mokpo_relay/status/1830222333444555011",
    "https://x.com/mokpo_relay/status/1830222333444555012",
]
Y = [
    "https://www.youtube.com/watch?v=Qm7dT2vLx9A",
    "https://www.youtube.com/watch?v=bR4kPz81WcE",
    "https://youtu.be/Hn0sJ5aYtLw",
    "https://www.youtube.com/@grayharbor_tv",
    "https://www.youtube.com/shorts/Zx3vQ7pLm2K",
]
M = [
    "https://www.facebook.com/groups/4455667788990011/posts/5566778899001122/",
    "https://www.facebook.com/profile.php?id=100089912345678",
    "https://www.instagram.com/p/C9xKq2LsT7a/",
    "https://www.instagram.com/moonlit.trade.kr/",
]
T = [
    "https://www.tiktok.com/@silverkite.kr/video/7409876543210987654",
    "https://www.tiktok.com/@silverkite.kr/video/7410011223344556677",
    "https://www.tiktok.com/@gwangjang_night/video/7408899001122334455",
]
R = [
    "https://www.reddit.com/r/koreatrade_unofficial/comments/1f8abcd/selling_sample_listing/",
    "https://www.reddit.com/user/quietfern_77/",
]
D = [
    "https://discord.gg/k7Hs9QwE",
    "https://discord.com/channels/1123456789012345678/1134567890123456789/1282233445566778899",
]
W = ["https://www.twitch.tv/videos/2245678901"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "x", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00", X,
     "illegal_goods", "posts advertising regulated goods"),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", Y,
     "gambling", "illegal online gambling promotion"),
    ("KCSC-240904-03", "meta", "2024-09-04T09:15:00+09:00", "2024-09-11T23:59:59+09:00", M,
     "illegal_goods", "Facebook and Instagram"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:20:00+09:00", "2024-09-12T23:59:59+09:00", T,
     "drugs", ""),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:05:00+09:00", "2024-09-13T23:59:59+09:00", R,
     "privacy", "personal data of a private person"),
    ("KCSC-240909-06", "discord", "2024-09-09T16:40:00+09:00", "2024-09-16T23:59:59+09:00", D,
     "gambling", "invite and message"),
    ("KCSC-240910-07", "twitch", "2024-09-10T13:00:00+09:00", "2024-09-17T23:59:59+09:00", W,
     "gambling", "VOD"),
]


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def req_id(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, msgid(ref), note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def alt(plain, html, boundary):
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{plain.strip()}

--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{html.strip()}

--{boundary}--
"""


def with_csv(plain, csv_text, filename, boundary, encode=True):
    if encode:
        part = f"""Content-Type: text/csv; charset=utf-8; name="{filename}"
Content-Disposition: attachment; filename="{filename}"
Content-Transfer-Encoding: base64

{b64(csv_text)}"""
    else:
        part = f"""Content-Type: text/csv; charset=utf-8; name="{filename}"
Content-Disposition: attachment; filename="{filename}"
Content-Transfer-Encoding: 8bit

{csv_text.strip()}"""
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

This is a multi-part message in MIME format.

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{plain.strip()}

--{boundary}
{part}

--{boundary}--
"""


def request_quote(ref, urls, prefix="> "):
    body = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under our reference {ref}:",
        "",
    ]
    body += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    body += ["", "Please let us know the action taken for each item.", "",
             "KCSC Takedown Team"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in body)


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= X (KCSC-240902-01, 12 items) =======================

case(
    name="x-legal-outcome-bulleted",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email listing each post with 'withheld in <country>' or removal for X Rules",
    why="three posts named one per bullet, two withheld in Korea, one removed under the X Rules; the rest only 'still reviewing' without names",
    date="Wed, 04 Sep 2024 07:41:09 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240902-01 Request to withhold content [ref:_00D5x2K9._5004Q1ab7Z:ref]",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""Hello,

Thank you for your report of 2 September 2024 (your reference KCSC-240902-01).

We reviewed the reported content against the X Rules and the local law you
cited. We have taken the following action:

- {X[0]} - withheld in South Korea
- {X[1]} - withheld in South Korea
- {X[2]} - removed for violating the X Rules (illegal or certain regulated goods or services)

We are still looking into the remaining posts in your request and will
follow up separately once that work is done.

Withheld content remains visible to people outside the country concerned.
You can read more about country-withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Operations
""",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"},
)

case(
    name="x-html-decision-table",
    outcome="applied", classification="confirmation",
    imitates="X legal team HTML outcome table (URL / decision columns)",
    why="HTML table: one withheld in KR, one not actioned with its reason, one no longer exists, one account suspended",
    date="Thu, 05 Sep 2024 02:18:44 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Your legal request KCSC-240902-01: decision on reported content",
    reply_to_req=req_id("KCSC-240902-01"),
    type="html",
    body=f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of part of your request <b>KCSC-240902-01</b>.
The decision for each reported item is below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Withheld in: KR</td></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Account suspended for violating the X Rules</td></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>No action taken. We did not find this post to violate the X Rules or the local law cited.</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Not found. The post is no longer available on X (deleted by the account owner).</td></tr>
</table>
<p>If you have new information about an item we did not action, you may submit a new request
through our <a href="https://legalrequests.x.com/">legal request portal</a>.</p>
<p>Thanks,<br>X Legal</p>
</body></html>""",
    items={X[3]: "restricted", X[4]: "removed", X[5]: "rejected", X[6]: "not_found"},
)

case(
    name="x-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="ticket-system reply from an X support agent: bare URL line followed by a 'Status:' line",
    why="each URL is followed by its status line: withheld KR, cannot be located, removed",
    date="Fri, 06 Sep 2024 09:03:51 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[#KR-55120937] KCSC-240902-01",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""Hi KCSC team,

Update on your case #KR-55120937 (KCSC-240902-01):

{X[7]}
Status: Withheld in South Korea

{X[8]}
Status: Unable to locate. The post ID in this link returns no post on X.

{X[9]}
Status: Removed (violation of our illegal goods and services policy)

Kind regards,
Min
X Support
""",
    items={X[7]: "restricted", X[8]: "not_found", X[9]: "removed"},
)

case(
    name="x-top-posted-over-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="agent reply typed above a Gmail-style quoted copy of the regulator's request",
    why="only the two posts in the agent's own text change; the 12 URLs in the '>' quoted request are not statements",
    date="Mon, 09 Sep 2024 05:27:10 +0000",
    **{"from": "j.okafor@x.com"}, name_from="Jude Okafor",
    subject="Re: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""Hi,

We've withheld {X[10]} in South Korea.

{X[11]} has been removed globally for violating our rules on
illegal goods.

Best,
Jude
X Global Government Affairs

On Mon, 2 Sep 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
{request_quote("KCSC-240902-01", X)}
""",
    items={X[10]: "restricted", X[11]: "removed"},
)

case(
    name="x-csv-attachment-results",
    outcome="applied", classification="confirmation",
    imitates="legal-operations reply with a CSV export of per-item actions attached",
    why="CSV rows: two withheld in KR, one removed globally, one not actioned (no violation)",
    date="Tue, 10 Sep 2024 11:50:00 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="KCSC-240902-01 - results attached",
    reply_to_req=req_id("KCSC-240902-01"),
    raw_mime=with_csv(
        """Hello,

Please find attached the outcome for the items of your request KCSC-240902-01
that we have completed. Items not listed in the file are still open.

X Legal Operations
""",
        f"""post_url,action,scope,note
{X[0]},withheld,KR,local law
{X[1]},withheld,KR,local law
{X[2]},removed,global,X Rules - regulated goods
{X[5]},no action,,no violation of X Rules or local law found
""",
        "KCSC-240902-01_results.csv", "==_x_csv_7731"),
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[5]: "rejected"},
)

case(
    name="x-korea-staff-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="X Korea staff reply in Korean with an English summary, URLs followed by Korean particles",
    why="삭제 for one post, 국내 접속 차단 (withheld in Korea) for the other, restated in English",
    date="Tue, 10 Sep 2024 01:12:35 +0000",
    **{"from": "kr-legal@x.com"}, name_from="X Korea 법무팀",
    subject="RE: [KCSC-240902-01] 불법정보 삭제 요청 처리 결과",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""안녕하세요, X Korea 법무팀입니다.

요청하신 건(KCSC-240902-01)의 처리 결과를 안내드립니다.

1. {X[3]}는 X 규칙 위반으로 삭제되었습니다.
2. {X[8]}은 현지 법률에 따라 대한민국 내에서 접속 차단(withheld) 처리되었습니다.

(English) The first post above was removed for violating the X Rules; the
second is withheld in South Korea.

감사합니다.
X Korea Legal
""",
    items={X[3]: "removed", X[8]: "restricted"},
)

case(
    name="x-echoed-report-blocks",
    outcome="applied", classification="confirmation",
    imitates="X help-centre 'update on your report' email echoing each reported item with the decision below it",
    why="two echoed report blocks, each with its own decision: withheld in KR, removed",
    date="Wed, 11 Sep 2024 14:09:02 +0000",
    **{"from": "notify@x.com"}, name_from="X",
    subject="An update on your report (KCSC-240902-01)",
    body=f"""Hello,

Thanks for your report. Here is what we decided.

Your report
  Reported post: {X[5]}
  Reason: Local law (South Korea)
Our decision
  We have withheld this post in South Korea.

Your report
  Reported post: {X[6]}
  Reason: Illegal or regulated goods
Our decision
  This post violated the X Rules and has been removed.

Reports help keep X safe. Learn how we enforce our rules:
https://help.x.com/en/rules-and-policies/enforcement-options

X Corp. 865 FM 1209, Building 2, Bastrop, TX 78602
""",
    items={X[5]: "restricted", X[6]: "removed"},
)

case(
    name="x-account-withheld",
    outcome="applied", classification="confirmation",
    imitates="X notice that a whole account is withheld in a country in response to a legal demand",
    why="the requested account URL is withheld in South Korea (restricted)",
    date="Thu, 12 Sep 2024 03:30:19 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="KCSC-240902-01: account withheld",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""Hello,

In response to your legal demand (KCSC-240902-01), the account @hanriver_drops
({X[4]}) has been withheld in South Korea. People in other
countries can still see the account.

The account holder has been notified of this action.

X Legal
""",
    items={X[4]: "restricted"},
)

# ======================= YouTube (KCSC-240903-02, 5 items) ==================

case(
    name="yt-legal-blocked-in-kr",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome: content blocked from view in a country, plus a Community Guidelines removal",
    why="two videos blocked in South Korea (restricted), one removed globally",
    date="Thu, 05 Sep 2024 08:14:27 -0700",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="[8-2174000036412] Your legal removal request KCSC-240903-02",
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""Hello,

Thank you for your notice regarding content on YouTube (your reference
KCSC-240903-02).

After review, we have blocked the following content from view on the
South Korea country domain of YouTube, in accordance with local law:

{Y[0]}
{Y[1]}

In addition, the following video was removed from YouTube globally because
it violates our Community Guidelines:

{Y[2]}

Regards,
The YouTube Legal Team

© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-age-restricted-and-channel-declined",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply: age restriction applied to a video, no action on a channel with the reason",
    why="the Short is age-restricted (restricted); the channel is declined because it breaks no policy nor local law (rejected)",
    date="Fri, 06 Sep 2024 16:40:03 -0700",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="[8-2174000036412] Update on KCSC-240903-02",
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""Hello,

We are writing with an update on your request.

{Y[4]}
We have applied an age restriction to this video. It can no longer be
watched by signed-out viewers or by users under 18.

{Y[3]}
We have decided not to take action on this channel. Based on our review,
its content does not violate our Community Guidelines, and we did not find
sufficient grounds under the local law cited to restrict it.

If you have further information, you may reply to this email.

The YouTube Legal Team
""",
    items={Y[4]: "restricted", Y[3]: "rejected"},
)

_yt_qp_text = f"""Hello KCSC Takedown Team,

Thank you for your request KCSC-240903-02. We have reviewed the URLs you submitted. Please see our findings below.

Video {Y[0]} has been removed from YouTube for violating our policy on online gambling content.

We were unable to locate the video at {Y[1]} - the video ID in this link does not exist on YouTube.

Sincerely,
YouTube Trust & Safety
"""

case(
    name="yt-quoted-printable-removed-and-missing",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety plain reply sent quoted-printable (long lines soft-wrapped)",
    why="QP body: one video removed, the other cannot be located (not_found)",
    date="Mon, 09 Sep 2024 10:02:45 -0700",
    **{"from": "yt-trustandsafety@youtube.com"}, name_from="YouTube Trust & Safety",
    subject="Re: KCSC-240903-02",
    reply_to_req=req_id("KCSC-240903-02"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
             + qp(_yt_qp_text),
    items={Y[0]: "removed", Y[1]: "not_found"},
)

case(
    name="yt-multipart-channel-terminated",
    outcome="applied", classification="confirmation",
    imitates="YouTube multipart/alternative notice: channel terminated and a Short removed",
    why="channel terminated (removed) and the Short removed; both named in text and HTML parts",
    date="Wed, 11 Sep 2024 06:55:12 -0700",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="[8-2174000036412] Action taken: KCSC-240903-02",
    reply_to_req=req_id("KCSC-240903-02"),
    raw_mime=alt(
        f"""Hello,

Following further review of your request KCSC-240903-02:

* The channel {Y[3]} has been terminated for repeated
  violations of our spam, deceptive practices and scams policies.
* The Short {Y[4]} has been removed.

The YouTube Legal Team
""",
        f"""<html><body>
<p>Hello,</p>
<p>Following further review of your request KCSC-240903-02:</p>
<ul>
<li>The channel <a href="{Y[3]}">{Y[3]}</a> has been terminated for repeated violations of our spam, deceptive practices and scams policies.</li>
<li>The Short <a href="{Y[4]}">{Y[4]}</a> has been removed.</li>
</ul>
<p>The YouTube Legal Team</p>
</body></html>""",
        "000000000000a1b2c3d4e5f60718"),
    items={Y[3]: "removed", Y[4]: "removed"},
)

# ======================= Meta (KCSC-240904-03, 4 items) ====================

case(
    name="meta-fb-restricted-local-law",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request outcome: access restricted in the country based on local law",
    why="both Facebook items restricted in South Korea",
    date="Fri, 06 Sep 2024 12:21:40 +0000",
    **{"from": "noreply@support.facebook.com"}, name_from="Meta Content Regulation",
    subject="Your report KCSC-240904-03 - outcome",
    reply_to_req=req_id("KCSC-240904-03"),
    body=f"""Hello,

Thank you for contacting Meta. We reviewed the content you reported under
KCSC-240904-03. It does not go against our Community Standards, but after a
legal review we have restricted access to it in South Korea based on local
law:

  {M[0]}
  {M[1]}

This content remains available outside South Korea. We have notified the
people who posted it.

Meta Content Regulation Team
""",
    items={M[0]: "restricted", M[1]: "restricted"},
)

case(
    name="meta-ig-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement-of-reasons style decision notice sent by Instagram to the notifier",
    why="structured decision blocks: the post removed, the account disabled (removed)",
    date="Mon, 09 Sep 2024 07:05:58 +0000",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    subject="Decision on your notice KCSC-240904-03",
    reply_to_req=req_id("KCSC-240904-03"),
    body=f"""Decision on your notice

Notice reference: KCSC-240904-03
Submitted by: Korea Communications Standards Commission

Content: {M[2]}
Decision: Removed
Ground: Violation of the Instagram Community Guidelines (regulated goods)
Territorial scope: Worldwide
Automated means used in the decision: No

Content: {M[3]}
Decision: Account disabled
Ground: Repeated violations of the Instagram Terms of Use
Territorial scope: Worldwide
Automated means used in the decision: No

You can find out more about how we enforce our rules at
https://help.instagram.com/477434105621119

Instagram, Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
    items={M[2]: "removed", M[3]: "removed"},
)

_meta_html = f"""<html><body style="font-family:Arial,sans-serif">
<h3>Request KCSC-240904-03 &ndash; results</h3>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse">
<thead><tr><th>#</th><th>Content</th><th>Result</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="{M[0]}">{M[0]}</a></td><td>Removed &ndash; goes against our Community Standards</td></tr>
<tr><td>2</td><td><a href="{M[2]}">{M[2]}</a></td><td>No action &ndash; does not go against our Community Guidelines or local law</td></tr>
<tr><td>3</td><td><a href="{M[3]}">{M[3]}</a></td><td>We couldn't find this content. The link is broken or the account no longer exists.</td></tr>
</tbody></table>
<p>Meta Trust &amp; Safety</p>
</body></html>
"""

case(
    name="meta-base64-html-table",
    outcome="applied", classification="confirmation",
    imitates="Meta results table in a base64-encoded HTML email",
    why="table rows: removed, no action with reason (rejected), couldn't find (not_found)",
    date="Tue, 10 Sep 2024 18:44:31 +0000",
    **{"from": "notification@facebookmail.com"}, name_from="Meta",
    subject="Results for KCSC-240904-03",
    reply_to_req=req_id("KCSC-240904-03"),
    raw_mime="Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(_meta_html),
    items={M[0]: "removed", M[2]: "rejected", M[3]: "not_found"},
)

case(
    name="meta-outlook-top-posted",
    outcome="applied", classification="confirmation",
    imitates="Meta staff reply from Outlook over an '-----Original Message-----' block without '>' prefixes",
    why="the agent states M3 removed and M4 kept (no violation); the unprefixed original request below is quoted text",
    date="Wed, 11 Sep 2024 03:16:22 +0000",
    **{"from": "hana.lim@meta.com"}, name_from="Hana Lim",
    subject="RE: KCSC-240904-03 Request for removal",
    reply_to_req=req_id("KCSC-240904-03"),
    body=f"""Hello,

Regarding your request: the Instagram post {M[2]} has been removed.

The Instagram account {M[3]} remains on Instagram, as we found it does not
go against our Community Guidelines and the request did not establish a
violation of local law.

Best regards,
Hana Lim
Public Policy, Meta Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 9:15 AM
To: records@meta.com
Subject: KCSC-240904-03 Request for removal

{request_quote("KCSC-240904-03", M, prefix="")}
""",
    items={M[2]: "removed", M[3]: "rejected"},
)

# ======================= TikTok (KCSC-240905-04, 3 items) ===================

case(
    name="tiktok-report-outcome",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'we reviewed the content you reported' outcome email",
    why="one video removed, the other reviewed and left up because it breaks no guideline",
    date="Sat, 07 Sep 2024 09:48:13 +0000",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    subject="Update on your report - KCSC-240905-04",
    reply_to_req=req_id("KCSC-240905-04"),
    body=f"""Hi,

We've reviewed the content you reported.

{T[0]}
We removed this video because it violates our Community Guidelines on
drugs, controlled substances, alcohol and tobacco.

{T[1]}
We didn't find a violation of our Community Guidelines or of local law, so
this video will stay up.

Thanks for helping keep TikTok safe.
TikTok Trust and Safety
""",
    items={T[0]: "removed", T[1]: "rejected"},
)

case(
    name="tiktok-geo-restricted-url-below",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement outreach reply: content made unavailable in the country, URL below the statement",
    why="the statement comes first and the URL on the next line; made unavailable in South Korea (restricted)",
    date="Mon, 09 Sep 2024 02:37:00 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="RE: KCSC-240905-04",
    reply_to_req=req_id("KCSC-240905-04"),
    body=f"""Dear KCSC,

Following our local law review, the video below has been made unavailable
to users in South Korea:
{T[2]}

TikTok Legal (Korea)
""",
    items={T[2]: "restricted"},
)

case(
    name="tiktok-csv-attachment-8bit",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request portal export attached as CSV",
    why="CSV: removed, restricted in KR, not found",
    date="Wed, 11 Sep 2024 08:00:41 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="KCSC-240905-04 outcome report",
    reply_to_req=req_id("KCSC-240905-04"),
    raw_mime=with_csv(
        """Dear KCSC,

Please see the attached file for the outcome of request KCSC-240905-04.

Best,
TikTok Legal (Korea)
""",
        f"""Request ID,Content URL,Outcome,Region
KCSC-240905-04,{T[0]},Removed,Global
KCSC-240905-04,{T[1]},Restricted,KR
KCSC-240905-04,{T[2]},Content not found,-
""",
        "outcome_KCSC-240905-04.csv", "----=_Part_44120_991827.1726041641", encode=False),
    items={T[0]: "removed", T[1]: "restricted", T[2]: "not_found"},
)

# ======================= Reddit (KCSC-240906-05, 2 items) ===================

case(
    name="reddit-admin-numbered",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety / legal team reply with a numbered list of actions",
    why="the post removed by Reddit, the user account permanently suspended (removed)",
    date="Sat, 07 Sep 2024 20:11:05 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: KCSC-240906-05 Removal request",
    reply_to_req=req_id("KCSC-240906-05"),
    body=f"""Hello,

Thank you for reaching out. We have completed our review:

1. {R[0]} -- removed by Reddit for violating our Content Policy (sharing
   personal information).
2. {R[1]} -- this account has been permanently suspended.

Regards,
Reddit Legal
""",
    items={R[0]: "removed", R[1]: "removed"},
)

case(
    name="reddit-author-deleted-and-declined",
    outcome="applied", classification="confirmation",
    imitates="Reddit reply: post already deleted by its author, account reviewed with no violation found",
    why="the post was deleted by its author before review (not_found); no violation for the account (rejected)",
    date="Tue, 10 Sep 2024 17:25:40 +0000",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    subject="Your report KCSC-240906-05",
    reply_to_req=req_id("KCSC-240906-05"),
    body=f"""Hi there,

Thanks for your report. Here's what we found:

The post at {R[0]} had already been deleted by its author before we
reviewed it, so there was nothing left for us to act on.

We reviewed the account {R[1]} and did not find a violation of Reddit's
Content Policy. No action was taken on it.

If you think we got this wrong, you can reply to this message with more
details.

-Reddit Safety
""",
    items={R[0]: "not_found", R[1]: "rejected"},
)

# ======================= Discord (KCSC-240909-06, 2 items) ==================

case(
    name="discord-server-and-message-removed",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'we've taken action' reply after a report",
    why="the server behind the invite removed and the message deleted",
    date="Wed, 11 Sep 2024 22:02:16 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: [Discord] KCSC-240909-06",
    reply_to_req=req_id("KCSC-240909-06"),
    body=f"""Hi there,

Thanks for your report. After investigating, our Safety team removed the
server reached through the invite {D[0]} for violating our
Community Guidelines, and deleted the message at
{D[1]}.

Discord Trust & Safety
""",
    items={D[0]: "removed", D[1]: "removed"},
)

case(
    name="discord-invalid-invite-wrapped-angle-url",
    outcome="applied", classification="confirmation",
    imitates="Discord agent reply: expired invite, long message link wrapped inside angle brackets",
    why="invite invalid, server cannot be identified (not_found); the wrapped <...> message link was removed",
    date="Thu, 12 Sep 2024 15:46:59 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: [Discord] KCSC-240909-06",
    reply_to_req=req_id("KCSC-240909-06"),
    body=f"""Hello,

The invite link {D[0]} is invalid or has expired, and we were not able
to identify the server it belonged to.

The message
<https://discord.com/channels/1123456789012345678/1134567890123456789/
1282233445566778899>
has been removed and the account that posted it was actioned.

Best,
Rowan
Discord Trust & Safety
""",
    items={D[0]: "not_found", D[1]: "removed"},
)

# ======================= Twitch (KCSC-240910-07, 1 item) ====================

case(
    name="twitch-ticket-plus-removal",
    outcome="applied", classification="confirmation",
    imitates="Twitch support ticket reply that opens like a receipt but states the removal",
    why="an acknowledgement phrase plus an unhedged removal of the requested VOD is a confirmation",
    date="Thu, 12 Sep 2024 01:09:30 +0000",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    subject="[Twitch Support] Ticket #7712049 - KCSC-240910-07",
    reply_to_req=req_id("KCSC-240910-07"),
    body="""Hello,

Thank you for contacting Twitch. Your ticket number is #7712049.

We have removed the VOD <https://www.twitch.tv/videos/2245678901> for violating
our Community Guidelines on gambling content.

Twitch Law Enforcement Response
""",
    items={W[0]: "removed"},
)

case(
    name="twitch-one-item-actioned-no-url",
    outcome="applied", classification="confirmation",
    imitates="Twitch 'we have taken action on the content you reported' template naming no URL",
    why="'taken action' on the reported content for a one-item request names no URL but clearly concerns that item (actioned = removed)",
    date="Fri, 13 Sep 2024 04:55:14 +0000",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    subject="Your report has been resolved (KCSC-240910-07)",
    reply_to_req=req_id("KCSC-240910-07"),
    body="""Hi,

Thanks for your report (KCSC-240910-07). We have taken action on the
content you reported for violating Twitch's Community Guidelines.

We don't share details of the enforcement taken against other users.

- Twitch Safety
""",
    items={W[0]: "removed"},
)

# ======================= review ============================================

case(
    name="yt-promise-will-be-blocked",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="YouTube legal reply promising a future block once internal review completes",
    why="'will be blocked ... once review is complete' is a promise, not a statement: items stay pending",
    date="Wed, 04 Sep 2024 13:30:02 -0700",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="[8-2174000036412] KCSC-240903-02",
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""Hello,

Thanks for your request KCSC-240903-02. Our team has assessed the following
videos and they will be blocked from view in South Korea once our internal
review is complete, which we expect within two business days:

{Y[0]}
{Y[1]}

We will confirm by email when this has been done.

The YouTube Legal Team
""",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="x-hedged-and-under-review",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="X support agent interim update with hedged wording and 'under review'",
    why="'appears to have been deleted' is a hedge and 'still under review' no statement: all pending",
    date="Thu, 05 Sep 2024 23:58:37 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[#KR-55120937] KCSC-240902-01 interim update",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""Hi KCSC team,

A quick interim update:

- {X[7]} appears to have been deleted already, but we still need to
  confirm this on our side.
- {X[10]} and {X[11]} are still under review with our legal team.

We'll be back in touch once we have a decision.

Min
X Support
""",
    items={X[7]: "pending", X[10]: "pending", X[11]: "pending"},
)

case(
    name="meta-bulk-all-removed",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Meta templated outcome: 'we removed the content you reported' for a multi-item report",
    why="one sentence about all content of a four-item request, no item named: bulk, items pending",
    date="Sat, 07 Sep 2024 06:33:50 +0000",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    subject="We removed the content you reported (KCSC-240904-03)",
    reply_to_req=req_id("KCSC-240904-03"),
    body="""Hi,

Thanks for your report KCSC-240904-03. We reviewed all of the content you
reported and removed it because it goes against our Community Standards.

We appreciate you taking the time to help keep our community safe.

The Facebook Team
""",
    items={M[0]: "pending", M[1]: "pending", M[2]: "pending", M[3]: "pending"},
)

case(
    name="tiktok-dmarc-fail",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="TikTok-looking removal confirmation whose DKIM/SPF/DMARC fail",
    why="from tiktok.com but authentication failed: untrusted, nothing applied",
    date="Sun, 08 Sep 2024 11:19:28 +0000",
    auth="fail",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="KCSC-240905-04 completed",
    body=f"""Dear KCSC,

The videos {T[0]} and {T[1]} have been removed.

TikTok Legal
""",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="reddit-vendor-unknown-sender",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="outsourced trust-and-safety vendor writing 'on behalf of' a platform from its own domain",
    why="sender domain belongs to no configured platform: unknown_sender, nothing applied",
    date="Mon, 09 Sep 2024 19:40:12 +0000",
    **{"from": "casework@tns-partners.example"}, name_from="TNS Partners Casework",
    subject="On behalf of Reddit, Inc. - KCSC-240906-05",
    body=f"""Dear Sir or Madam,

We write on behalf of our client Reddit, Inc. regarding your request
KCSC-240906-05.

The post {R[0]} has been removed from the Reddit platform.

Kind regards,
Casework Desk
TNS Partners
""",
    items={R[0]: "pending"},
)

case(
    name="yt-misrouted-x-request",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="a platform answering a request that was sent to it by mistake: 'these URLs are not on our service'",
    why="YouTube states not-found for X items: wrong platform, nothing applied",
    date="Wed, 04 Sep 2024 15:02:48 -0700",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240902-01 Request to withhold content",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""Hello,

We received your request KCSC-240902-01. The URLs it lists are not YouTube
URLs, and we could not find this content on YouTube:

{X[0]}
{X[1]}

You may wish to contact the service that hosts this content directly.

The YouTube Legal Team
""",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="reddit-asks-for-legal-basis",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Reddit legal asking for the legal basis / court order before acting",
    why="asks for more information; no decision on either item",
    date="Sun, 08 Sep 2024 21:14:55 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: KCSC-240906-05 Removal request",
    reply_to_req=req_id("KCSC-240906-05"),
    body=f"""Hello,

Thank you for your request. Before we can evaluate it, could you please
provide:

  - the specific provision of Korean law that the content at
    {R[0]} is alleged to violate, and
  - any court order or official decision concerning the account
    {R[1]}.

Once we have this information we will be able to continue our review.

Regards,
Reddit Legal
""",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="discord-portal-notice-no-claims",
    outcome="review", classification="other", review="no_claims",
    imitates="Discord notice to government contacts that requests must go through its portal",
    why="trusted Discord mail that names no item and references no request: no_claims",
    date="Tue, 10 Sep 2024 18:00:00 +0000",
    **{"from": "lawenforcement@discord.com"}, name_from="Discord Law Enforcement",
    subject="Submitting requests to Discord",
    body="""Hello,

Discord no longer accepts content removal requests by email. Government
agencies should submit requests through our portal:
https://app.kodexglobal.com/discord/signup

Requests sent by email will not be processed. Thank you for your
understanding.

Discord Law Enforcement Response Team
""",
    items={},
)

case(
    name="yt-conditional-removal",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="YouTube privacy-complaint process: uploader given time to act before YouTube removes",
    why="removal depends on a condition (uploader not acting within 48 hours): no statement, item pending",
    date="Tue, 10 Sep 2024 09:25:36 -0700",
    **{"from": "yt-trustandsafety@youtube.com"}, name_from="YouTube Trust & Safety",
    subject="Re: KCSC-240903-02",
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""Hello,

Regarding {Y[2]}: we have notified the uploader and given them 48
hours to remove the content. If the video is still up after that period,
we will remove it ourselves.

YouTube Trust & Safety
""",
    items={Y[2]: "pending"},
)

case(
    name="tiktok-forwarded-by-colleague",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="colleague forwarding a platform reply received in a personal mailbox",
    why="the statement is inside a forward from our own staff, not from TikTok directly: review forwarded",
    date="Thu, 12 Sep 2024 00:45:11 +0000",
    **{"from": "jw.han@kcsc.example"}, name_from="Han Jiwoo",
    subject="Fwd: KCSC-240905-04 outcome",
    body=f"""FYI - this came to my own mailbox, please record it.

Jiwoo

---------- Forwarded message ---------
From: TikTok Legal <legal-kr@tiktok.com>
Date: Wed, Sep 11, 2024 at 5:02 PM
Subject: KCSC-240905-04 outcome
To: <jw.han@kcsc.example>

Dear KCSC,

The video {T[2]} has been removed for violating our Community
Guidelines.

TikTok Legal (Korea)
""",
    items={T[2]: "pending"},
)

case(
    name="meta-may-have-been-removed",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Meta agent interim answer with 'may have' hedge and 'we are checking'",
    why="'may already have been removed' and 'still checking' are not statements: both pending",
    date="Sun, 08 Sep 2024 04:10:27 +0000",
    **{"from": "hana.lim@meta.com"}, name_from="Hana Lim",
    subject="RE: KCSC-240904-03 Request for removal",
    reply_to_req=req_id("KCSC-240904-03"),
    body=f"""Hello,

A short update: the profile {M[1]} may already have been
removed by its owner. We are checking {M[0]} with the
relevant team and will revert.

Best regards,
Hana Lim
Public Policy, Meta Korea
""",
    items={M[1]: "pending", M[0]: "pending"},
)

# ======================= ignored ===========================================

case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply from a platform employee",
    why="auto-reply (Auto-Submitted, out of office): ignored",
    date="Mon, 02 Sep 2024 01:31:02 +0000",
    **{"from": "j.okafor@x.com"}, name_from="Jude Okafor",
    subject="Automatic reply: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req=req_id("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 9 September with limited access to
email. For urgent legal requests please use https://legalrequests.x.com/.

Jude Okafor
""",
    items={},
)

case(
    name="tiktok-bounce-dsn",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a request sent to a wrong TikTok address",
    why="DSN (multipart/report delivery-status): ignored even though the returned headers mention the request",
    date="Thu, 05 Sep 2024 05:21:09 +0000",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="6D1A83E2A4.1725513669/mail.kcsc.example"

This is a MIME-encapsulated message.

--6D1A83E2A4.1725513669/mail.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@tiktok.com>: host mx.tiktok.com[192.0.2.40] said: 550 5.1.1
    <legal-korea@tiktok.com>: Recipient address rejected: User unknown

--6D1A83E2A4.1725513669/mail.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Thu,  5 Sep 2024 14:21:05 +0900 (KST)

Final-Recipient: rfc822; legal-korea@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-korea@tiktok.com>: Recipient address
    rejected: User unknown

--6D1A83E2A4.1725513669/mail.kcsc.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Date: Thu, 05 Sep 2024 14:20:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@tiktok.com
Subject: KCSC-240905-04 Request for removal of illegal content
Message-ID: <req-240905-04@kcsc.example>

--6D1A83E2A4.1725513669/mail.kcsc.example--
""",
    items={},
)

case(
    name="yt-read-receipt-mdn",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 message disposition notification (read receipt) from a platform mailbox",
    why="MDN 'displayed': ignored",
    date="Tue, 03 Sep 2024 04:12:40 +0000",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    subject="Read: KCSC-240903-02 Request for removal of illegal content",
    reply_to_req=req_id("KCSC-240903-02"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_MDN_240903"

------=_NextPart_MDN_240903
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: KCSC-240903-02 Request for removal of illegal content
  Sent: Tuesday, 3 September 2024 11:00 (UTC+09:00) Seoul

was read on Tuesday, 3 September 2024 13:12 (UTC+09:00) Seoul.

------=_NextPart_MDN_240903
Content-Type: message/disposition-notification

Reporting-UA: legal-kr@google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_MDN_240903--
""",
    items={},
)

case(
    name="meta-report-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta 'we received your report' receipt with its own reference number",
    why="pure acknowledgement with a reference number, no statement about any item: ignored",
    date="Wed, 04 Sep 2024 00:20:33 +0000",
    **{"from": "noreply@support.facebook.com"}, name_from="Meta Content Regulation",
    subject="We received your report KCSC-240904-03",
    reply_to_req=req_id("KCSC-240904-03"),
    body="""Hello,

Thanks for contacting us. We've received your report (your reference
KCSC-240904-03) and given it the reference number 1094477320019.

Our team will review it and get back to you. You don't need to reply to
this email.

Meta Content Regulation Team
""",
    items={},
)

case(
    name="reddit-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from a platform's help desk",
    why="'your request has been received and is being reviewed' receipt: acknowledgement, ignored",
    date="Fri, 06 Sep 2024 01:06:18 +0000",
    **{"from": "support@reddit.com"}, name_from="Reddit Help",
    subject="[Reddit Help] Re: KCSC-240906-05 Removal request",
    reply_to_req=req_id("KCSC-240906-05"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (#884213) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Reddit Help
""",
    items={},
)

case(
    name="discord-unmonitored-autoresponse",
    outcome="ignored", classification="auto_reply",
    imitates="automated 'this inbox is not monitored' response from a platform address",
    why="automated response (Auto-Submitted: auto-replied) pointing to a portal: ignored",
    date="Mon, 09 Sep 2024 07:41:03 +0000",
    **{"from": "lawenforcement@discord.com"}, name_from="Discord",
    subject="Automatic reply: KCSC-240909-06 Request for removal of illegal content",
    reply_to_req=req_id("KCSC-240909-06"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automated response. This inbox is not monitored.

Law enforcement and government agencies should submit requests through
https://app.kodexglobal.com/discord/signup. For general questions, visit
https://support.discord.com.
""",
    items={},
)

case(
    name="twitch-report-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Twitch 'we've received your report' receipt",
    why="receipt only ('we'll review it'), no item named: acknowledgement, ignored",
    date="Tue, 10 Sep 2024 04:02:59 +0000",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    subject="We've received your report (KCSC-240910-07)",
    reply_to_req=req_id("KCSC-240910-07"),
    body="""Hi,

We've received your report (KCSC-240910-07). Our team will review it as soon
as possible and take any appropriate action. We may not be able to follow up
with you about the outcome.

- Twitch Safety
""",
    items={},
)


HEADER = """# blind994: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch). Written by python3 tests/corpus/blind994/make.py;
# expected results written from each email's meaning before any run.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind994", HEADER, CASES)


if __name__ == "__main__":
    main()
