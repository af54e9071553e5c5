#!/usr/bin/env python3
"""Blind set 316: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Pinterest, with Twitch and Snapchat as senders of
no requested item).

    python3 tests/corpus/blind316/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before the
reader was run on any of them.
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

# --- requests -------------------------------------------------------------

KO_SLUG_RAW = "오늘의_픽"
KO_SLUG_ENC = "%EC%98%A4%EB%8A%98%EC%9D%98_%ED%94%BD"

X = [
    "https://x.com/lucky_spin_kr/status/1830112233445566701",       # X1
    "https://x.com/lucky_spin_kr/status/1830112233445566702",       # X2
    "https://x.com/jackpot_haven88/status/1829876543210987611",     # X3
    "https://x.com/jackpot_haven88/status/1829876543210987612",     # X4
    "https://x.com/toto_signal_vip",                                # X5
    "https://x.com/casino_mate_kr/status/1830550000000000123",      # X6
    "https://x.com/casino_mate_kr/status/1830550000000000456",      # X7
    "https://twitter.com/betwave_official/status/1828000111222333444",  # X8
    "https://x.com/slotqueen_7/status/1830999888777666555",         # X9
    "https://x.com/bigwin_alerts/status/1830333222111000999",       # X10
    "https://x.com/bigwin_alerts/status/1830333222111000888",       # X11
    "https://x.com/parlay_room_kr",                                 # X12
]
YT = [
    "https://www.youtube.com/watch?v=Qm7tRzX1pLk",
    "https://www.youtube.com/watch?v=bN4e2HcYw0s",
    "https://www.youtube.com/@nightpill_shop",
    "https://youtu.be/Vd9kLpA3xQe",
]
META = [
    "https://www.facebook.com/groups/8812043377010/posts/9021834466120/",
    "https://www.facebook.com/quickloan.kr.official",
    "https://www.instagram.com/p/C9xLmQ2vTfA/",
    "https://www.instagram.com/pharma_direct_kr/",
    "https://www.facebook.com/photo/?fbid=1048822716655093",
]
TT = [
    "https://www.tiktok.com/@cheapmeds.kr/video/7409918273645512001",
    "https://www.tiktok.com/@cheapmeds.kr/video/7409918273645512002",
    "https://www.tiktok.com/@idfactory_seoul",
]
RD = [
    "https://www.reddit.com/r/koreabets/comments/1f3xk2a/" + KO_SLUG_ENC + "/",
    "https://www.reddit.com/user/seoul_plug_2024/",
]
RD_RAW0 = "https://www.reddit.com/r/koreabets/comments/1f3xk2a/" + KO_SLUG_RAW + "/"
DC = ["https://discord.gg/k8NvTqR2"]
PN = [
    "https://www.pinterest.com/pin/889420137655301245/",
    "https://kr.pinterest.com/fakedocs_studio/passport-templates/",
]

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X, "gambling",
     "posts and accounts advertising unlicensed betting sites"),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00", YT, "drugs",
     "videos and a channel selling prescription drugs without a licence"),
    ("KCSC-240905-03", "meta", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", META, "finance_fraud",
     "illegal private loans and medicine sales on Facebook and Instagram"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:10:00+09:00", "2024-09-12T18:00:00+09:00", TT, "drugs",
     "videos selling medicines; account selling forged IDs"),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:20:00+09:00", "2024-09-13T18:00:00+09:00", RD, "gambling",
     "betting picks thread and a dealer account"),
    ("KCSC-240909-06", "discord", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00", DC, "drugs",
     "invite to a server trading narcotics"),
    ("KCSC-240910-07", "pinterest", "2024-09-10T10:05:00+09:00", "2024-09-17T18:00:00+09:00", PN, "document_forgery",
     "pin and board offering forged passports"),
]
REQ = {r[0]: r for r in REQUESTS}
PLATFORM_NAMES = {"x": "X", "youtube": "YouTube", "meta": "Meta", "tiktok": "TikTok",
                  "reddit": "Reddit", "discord": "Discord", "pinterest": "Pinterest"}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"req.{ref}@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# --- helpers --------------------------------------------------------------

def request_text(ref, raw_urls=None):
    """The body of our own request email, as quoted back by platforms."""
    urls = raw_urls or REQ[ref][4]
    lines = [
        f"Dear {PLATFORM_NAMES[REQ[ref][1]]} team,",
        "",
        "The Korea Communications Standards Commission has found the content",
        "below to be illegal under Article 44-7 of the Network Act and requests",
        f"its removal or the blocking of access from Korea (our reference {ref}).",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken on each item.", "",
              "KCSC Takedown Desk"]
    return lines


def quoted(ref):
    return "\n".join("> " + l if l else ">" for l in request_text(ref))


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def subj(ref, text):
    return f"Re: [{ref}] {text}"


# --- cases ----------------------------------------------------------------

CASES = []


def case(**kw):
    CASES.append(kw)


R_X, R_YT, R_META, R_TT, R_RD, R_DC, R_PN = (r[0] for r in REQUESTS)

# ===== applied =============================================================

case(
    name="x-withheld-kr-bulleted",
    outcome="applied", classification="confirmation",
    imitates="X legal team's reply to a government removal request: Country Withheld Content outcome, bulleted",
    why="Trusted X mail states three posts and one account withheld in South Korea (restricted); the rest is 'still under review' without names.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 07:41:09 +0000",
    subject=subj(R_X, "Request for removal of illegal gambling content"),
    reply_to_req=f"req.{R_X}",
    body=f"""
Hello,

Thank you for your report. We have reviewed the content identified in your
request {R_X} under applicable local law.

In response to the legal demand, the following posts have been withheld in
South Korea:

 - {X[0]}
 - {X[1]}
 - {X[2]}

The following account has also been withheld in South Korea in its entirety:

 - {X[4]}

Withheld content remains accessible to people outside the country concerned.
In line with our policy, the affected account holders have been notified.
We are still reviewing the remaining items in your request and will write to
you separately about them.

Regards,
X Legal
Ticket 0917734520
""",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[4]: "restricted"},
)

case(
    name="x-removed-and-no-violation",
    outcome="applied", classification="confirmation",
    imitates="X (twitter.com sender) enforcement outcome in prose: removed under the X Rules, one post declined",
    why="Two posts removed for violating the rules; a third declined (no violation, not shown unlawful): rejected.",
    **{"from": "legal-noreply@twitter.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 02:15:33 +0000",
    subject=subj(R_X, "Request for removal of illegal gambling content"),
    reply_to_req=f"req.{R_X}",
    body=f"""
Hi,

We're writing to you about your request {R_X}.

After reviewing the two posts by @casino_mate_kr ({X[5]} and
{X[6]}), we found that they violated the X Rules on illegal or
certain regulated goods and services, and we have removed them.

We also reviewed {X[7]}. We did not find it to be in
violation of the X Rules, and the information provided was not enough for us
to conclude that it is unlawful in Korea. We have therefore declined to take
action on that post.

If you have further information about this post, you can submit a new report
through our legal request form.

Thanks,
X Legal
""",
    items={X[5]: "removed", X[6]: "removed", X[7]: "rejected"},
)

case(
    name="x-url-then-status-line",
    outcome="applied", classification="confirmation",
    imitates="X legal ticket update listing each URL with a 'Status:' line below it",
    why="Three URLs each followed by 'Status: Withheld in KR' (restricted); one account 'suspended' (removed everywhere).",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 05:02:47 +0000",
    subject=f"[Case 0917734520] Update on your request {R_X}",
    body=f"""
Request: {R_X}
Case: 0917734520

Update on the following items:

{X[8]}
Status: Withheld in KR

{X[9]}
Status: Withheld in KR

{X[10]}
Status: Withheld in KR

{X[11]}
Status: Account suspended for violating the X Rules (platform manipulation
and spam). The account is no longer available on X.

--
X Legal | https://help.x.com/en/rules-and-policies/x-legal-faqs
""",
    items={X[8]: "restricted", X[9]: "restricted", X[10]: "restricted", X[11]: "removed"},
)

case(
    name="x-top-posted-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="X legal operations agent's top-posted reply over the quoted request (Gmail quoting)",
    why="Above the quote: one post deleted by its owner before review (not_found), one withheld in Korea (restricted); the quoted list is ours.",
    **{"from": "dana.k@x.com"}, name_from="Dana K. (X Legal Operations)",
    date="Tue, 10 Sep 2024 08:30:12 +0000",
    subject=subj(R_X, "Request for removal of illegal gambling content"),
    reply_to_req=f"req.{R_X}",
    body=f"""
Hello KCSC team,

Following up on two of the items in your request:

- The post {X[3]} was deleted by the
  account owner before our review was completed, so there is nothing left for
  us to act on.
- {X[0]} is now withheld in Korea.

Best,
Dana
X Legal Operations

On Tue, Sep 3, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R_X)}
""",
    items={X[3]: "not_found", X[0]: "restricted"},
)

_x_csv_rows = [
    ("withheld", "KR", ""),
    ("withheld", "KR", ""),
    ("removed", "global", "violation of X Rules"),
    ("not found", "", "post deleted by the user before review"),
    ("withheld", "KR", "entire account withheld"),
    ("removed", "global", ""),
    ("removed", "global", ""),
    ("no action", "", "no violation of X Rules or local law identified"),
    ("withheld", "KR", ""),
    ("withheld", "KR", ""),
    ("removed", "global", ""),
    ("suspended", "global", "account suspended"),
]
_x_csv = "url,action,scope,notes\r\n" + "".join(
    f"{u},{a},{s},{n}\r\n" for u, (a, s, n) in zip(X, _x_csv_rows))
case(
    name="x-csv-attachment-all-items",
    outcome="applied", classification="confirmation",
    imitates="X legal batch outcome sent as a CSV spreadsheet attachment for a batch report",
    why="CSV gives one action per URL: withheld KR = restricted, removed/suspended = removed, not found, no action = rejected.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 03:12:55 +0000",
    subject=subj(R_X, "Request for removal of illegal gambling content"),
    reply_to_req=f"req.{R_X}",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b316-xcsv"

--b316-xcsv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your request {R_X}.
"withheld" means the content is not available in South Korea only;
"removed" and "suspended" apply globally.

X Legal

--b316-xcsv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_x_csv)}
--b316-xcsv--
""",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "not_found",
           X[4]: "restricted", X[5]: "removed", X[6]: "removed", X[7]: "rejected",
           X[8]: "restricted", X[9]: "restricted", X[10]: "removed", X[11]: "removed"},
)

case(
    name="x-outlook-quoted-rejected",
    outcome="applied", classification="confirmation",
    imitates="X legal refusal with the request below an Outlook '-----Original Message-----' block",
    why="The one account named above the quote is declined (no violation, no basis under Korean law): rejected; the quoted request changes nothing.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 06:45:00 +0000",
    subject=subj(R_X, "Request for removal of illegal gambling content"),
    body=f"""
Hello,

We have reviewed the account {X[11]} referenced in your request.
Our review did not identify a violation of the X Rules, and we did not find a
sufficient basis under Korean law to withhold it. We are therefore declining
to take action on this account.

Regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:02 AM
To: legal@x.com
Subject: [{R_X}] Request for removal of illegal gambling content

""" + "\n".join(request_text(R_X)),
    items={X[11]: "rejected"},
)

_x_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Here is an update on some of the items in your request <b>{R_X}</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Details</th></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>Withheld (KR)</td><td>Local law</td></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Withheld (KR)</td><td>Local law</td></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>Removed</td><td>X Rules: illegal goods and services</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>No action</td><td>No violation found</td></tr>
</table>
<p>More about withheld content: <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">Country withheld content</a></p>
<p>X Legal</p>
</body></html>
"""
case(
    name="x-base64-html-table",
    outcome="applied", classification="confirmation",
    imitates="X legal HTML notice with an outcome table, base64 body",
    why="Table rows: two withheld KR (restricted), one removed, one 'No action / No violation found' (rejected); the help link is not an item.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 01:20:31 +0000",
    subject=f"Your request {R_X}: partial outcome",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_x_html)}""",
    items={X[2]: "restricted", X[3]: "restricted", X[5]: "removed", X[8]: "rejected"},
)

case(
    name="x-ack-plus-statement",
    outcome="applied", classification="confirmation",
    imitates="X legal case-opened receipt that already states one outcome",
    why="Receipt wording, but it states plainly that the account is withheld in South Korea: restricted; not a pure acknowledgement.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 09:05:40 +0000",
    subject=f"Case 0918823344 opened for your request {R_X}",
    body=f"""
Hello,

Thank you for your report. We have received it and opened case 0918823344.

We can already confirm that the account {X[4]} has been
withheld in South Korea following our review under local law.

The other items in your report remain under review.

X Legal
""",
    items={X[4]: "restricted"},
)

case(
    name="yt-legal-blocked-kr-channel-terminated",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removals outcome: 'blocked from view in [country]' plus channel termination",
    why="Two videos blocked from view in South Korea (restricted); the channel terminated (removed); the support link is not an item.",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Fri, 06 Sep 2024 04:52:18 +0000",
    subject=subj(R_YT, "Request for removal of drug sale content [1-7783000025561]"),
    reply_to_req=f"req.{R_YT}",
    body=f"""
Hello,

Thanks for reaching out to us.

In accordance with local law, we have blocked the following videos from view
on YouTube in South Korea:

{YT[0]}
{YT[1]}

Additionally, the channel {YT[2]} has been terminated
for violations of YouTube's Community Guidelines, so its content is no longer
available anywhere on YouTube.

For more information about our policies, see
https://support.google.com/youtube/answer/2801964.

Regards,
The Google Legal Team
""",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed"},
)

_yt_html = f"""<html><body>
<p>Hi,</p>
<p>We reviewed the content you reported in request {R_YT}. Here is what we decided:</p>
<ul>
<li><a href="{YT[3]}">{YT[3]}</a> &mdash; We&#39;ve age-restricted this video. It is no longer visible to viewers who are signed out or under 18.</li>
<li><a href="{YT[1]}">{YT[1]}</a> &mdash; We&#39;ve removed this video for violating our policy on the sale of illegal or regulated goods.</li>
</ul>
<p>Learn more about <a href="https://support.google.com/youtube/answer/2802167">age-restricted content</a>.</p>
<p>&mdash; The YouTube Team</p>
</body></html>"""
case(
    name="yt-html-age-restricted-and-removed",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trusted Flagger / report outcome email in HTML (age restriction, removal)",
    why="One video age-restricted (restricted), one removed; the help link is not an item.",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Mon, 09 Sep 2024 10:11:02 +0000",
    subject=f"Update on your report ({R_YT})",
    type="html",
    body=_yt_html,
    items={YT[3]: "restricted", YT[1]: "removed"},
)

case(
    name="yt-no-action-rejected",
    outcome="applied", classification="confirmation",
    imitates="Google legal 'we are not taking action' reply with a pointer to the court-order form",
    why="A refusal with reasons for the one video named: rejected; the form link is not an item.",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 06:33:41 +0000",
    subject=subj(R_YT, "Request for removal of drug sale content [1-7783000025561]"),
    reply_to_req=f"req.{R_YT}",
    body=f"""
Hi there,

Thanks for your legal complaint about {YT[0]}
(your reference {R_YT}).

We've reviewed the video and it does not violate YouTube's Community
Guidelines. Based on the information provided, we were also unable to
identify content that is unlawful in your jurisdiction. For these reasons we
are not taking action on the video, and it remains available on YouTube.

If you have a court order concerning this content, you can submit it through
https://support.google.com/legal/answer/3110420.

Regards,
The Google Legal Team
""",
    items={YT[0]: "rejected"},
)

case(
    name="yt-korean-particles-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal desk reply mixing English with a Korean sentence (URL in angle brackets; URL followed by a Korean particle)",
    why="One video removed for a policy violation; the youtu.be video access-restricted in Korea (접속이 제한): restricted.",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Korea Legal",
    date="Wed, 11 Sep 2024 02:08:26 +0000",
    subject=subj(R_YT, "Request for removal of drug sale content"),
    reply_to_req=f"req.{R_YT}",
    body=f"""
안녕하세요, KCSC 담당자님.

Regarding {R_YT}:

- The video <{YT[0]}> has been removed for violating
  YouTube's policy on the sale of illegal or regulated goods.
- {YT[3]}는 현지 법률에 따라 국내에서 접속이 제한되었습니다 (blocked in South
  Korea under local law).

감사합니다.
YouTube Korea Legal
""",
    items={YT[0]: "removed", YT[3]: "restricted"},
)

case(
    name="yt-followup-now-removed",
    outcome="applied", classification="confirmation",
    imitates="YouTube follow-up after an earlier 'under review' notice",
    why="Mentions the earlier 'under review' state but now states the video has been removed: removed.",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 07:55:10 +0000",
    subject=subj(R_YT, "Request for removal of drug sale content [1-7783000025561]"),
    reply_to_req=f"req.{R_YT}",
    body=f"""
Hello,

Further to our previous email, in which we told you the video below was under
review, we have now completed our review.

The video {YT[1]} has been removed from YouTube for
violating our Community Guidelines.

Regards,
The Google Legal Team
""",
    items={YT[1]: "removed"},
)

case(
    name="meta-dsa-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="Meta statement of reasons (DSA Art. 17 style) for a local-law restriction, one block per content",
    why="Both blocks: 'Decision: Access restricted in South Korea' (restricted), content stays visible elsewhere.",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
    date="Mon, 09 Sep 2024 03:26:44 +0000",
    subject=f"Decision on your report 1184402295537710 ({R_META})",
    body=f"""
Statement of reasons - decision on your report

Report ID: 1184402295537710
Your reference: {R_META}

Content: {META[2]}
Decision: Access restricted in South Korea
Ground: Local law (Article 44-7, Act on Promotion of Information and
Communications Network Utilization and Information Protection). The content
does not go against our Community Guidelines and remains visible outside
South Korea.
Automated means: not used; the decision was taken by a reviewer.

Content: {META[1]}
Decision: Access restricted in South Korea
Ground: Local law (as above).
Automated means: not used.

Redress: the person who posted the content can appeal this decision. Further
information: https://transparency.meta.com/reports/content-restrictions/

Meta Platforms Ireland Limited
""",
    items={META[2]: "restricted", META[1]: "restricted"},
)

case(
    name="meta-numbered-removed-disabled",
    outcome="applied", classification="confirmation",
    imitates="Facebook report outcome listing, numbered, Community Standards removals and a disabled account",
    why="Two Facebook items removed, the Instagram account disabled (removed); the remaining items only promised.",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Tue, 10 Sep 2024 11:40:03 +0000",
    subject=f"Update on your report {R_META}",
    body=f"""
Update on your report {R_META}

We reviewed the items in your report against our Community Standards and took
the actions below.

1. {META[0]}
   Removed. This post goes against our Community Standards on restricted goods
   and services.
2. {META[4]}
   Removed, for the same reason.
3. {META[3]}
   The account has been disabled.

Reports about the remaining items are still being processed, and we will get
in touch once we have a decision.

Thanks,
The Facebook Team
""",
    items={META[0]: "removed", META[4]: "removed", META[3]: "removed"},
)

_meta_qp = f"""Hi,

Thank you for contacting Meta. Here’s where things stand on your request {R_META}:

• Instagram post {META[2]} — we’ve taken this post down because it goes against our Community Guidelines.

• {META[3]} — we couldn’t find an account at this address. The username no longer exists on Instagram.

• Facebook Page {META[1]} — we reviewed this Page and found that it doesn’t go against our Community Standards. After a legal review we also concluded that the Page is not unlawful under the provisions you cited, so we haven’t restricted it.

Kind regards,
Meta Law Enforcement Response Team
"""
case(
    name="meta-qp-three-outcomes",
    outcome="applied", classification="confirmation",
    imitates="Meta legal response team email (quoted-printable, bullets): taken down, account not found, declined",
    why="Post taken down (removed); account cannot be found (not_found); Page reviewed and not restricted with reasons (rejected).",
    **{"from": "records@meta.com"}, name_from="Meta",
    date="Wed, 11 Sep 2024 08:03:19 +0000",
    subject=subj(R_META, "Request for removal of illegal loan and medicine content"),
    reply_to_req=f"req.{R_META}",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_meta_qp)}""",
    items={META[2]: "removed", META[3]: "not_found", META[1]: "rejected"},
)

case(
    name="meta-instagram-single-post-removed",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'We removed the post you reported' notice",
    why="One named post of the five-item request removed.",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Thu, 12 Sep 2024 13:17:50 +0000",
    subject="We removed the post you reported",
    body=f"""
We removed the post you reported

Thanks for your report (reference {R_META}). We reviewed the post at
{META[2]} and removed it because it goes against our
Community Guidelines on the sale of regulated goods.

Reports like yours help keep Instagram safe.

Instagram
Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025
""",
    items={META[2]: "removed"},
)

case(
    name="tiktok-url-below-statement",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal response to a government removal request: statement then URLs on the lines below",
    why="Both videos removed for guideline violations; the account permanently banned (removed).",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 09:48:27 +0000",
    subject=subj(R_TT, "Request for removal of illegal content"),
    reply_to_req=f"req.{R_TT}",
    body=f"""
Dear Sir or Madam,

Thank you for your request dated 5 September 2024 (your ref. {R_TT}).

We have removed the following videos for violating our Community Guidelines:
{TT[0]}
{TT[1]}

We have also permanently banned the account below:
{TT[2]}

Kind regards,
TikTok Law Enforcement Outreach
""",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "removed"},
)

_tt_html = f"""<html><body>
<p>Dear KCSC,</p>
<p>Please see our decision on the content reported under {R_TT}.</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>Reported content</th><th>Decision</th><th>Reason</th></tr></thead>
<tbody>
<tr><td>{TT[0]}</td><td>Restricted in South Korea</td><td>Local law (unlicensed sale of medicines)</td></tr>
<tr><td>{TT[1]}</td><td>No action</td><td>No violation of our Community Guidelines or of local law found; the video remains available</td></tr>
</tbody></table>
<p>TikTok Trust &amp; Safety</p>
</body></html>"""
case(
    name="tiktok-html-table-restricted-no-action",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style decision table (HTML): geo-restriction under local law and a 'no action' decision",
    why="First video restricted in South Korea; second 'No action' with reason: rejected.",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Tue, 10 Sep 2024 04:30:00 +0000",
    subject=f"Decision on your report ({R_TT})",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="b316-tt-alt"

--b316-tt-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

Please see our decision on the content reported under {R_TT}.

{TT[0]}
Decision: Restricted in South Korea
Reason: Local law (unlicensed sale of medicines)

{TT[1]}
Decision: No action
Reason: No violation of our Community Guidelines or of local law found; the
video remains available

TikTok Trust & Safety

--b316-tt-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_tt_html)}
--b316-tt-alt--
""",
    items={TT[0]: "restricted", TT[1]: "rejected"},
)

case(
    name="tiktok-echoed-report-numbered-outcome",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-status email that echoes the report's numbered content list and gives a numbered outcome",
    why="Outcome lines 1-3 refer back to the echoed list: two videos removed, the account restricted in South Korea.",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 10:02:14 +0000",
    subject=f"Your report {R_TT}: outcome",
    body=f"""
Report summary
Reference: {R_TT}
Submitted: 5 Sep 2024
Reported content:
  1. {TT[0]}
  2. {TT[1]}
  3. {TT[2]}
Reason: Illegal goods and services

Outcome
  1. Removed - violates our Community Guidelines on regulated goods
  2. Removed - violates our Community Guidelines on regulated goods
  3. Restricted in South Korea - the account can no longer be viewed from
     South Korea under local law

TikTok Trust & Safety
""",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "restricted"},
)

case(
    name="reddit-raw-korean-url-removed-suspended",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations reply to a government removal request",
    why="Post (raw Korean slug, matches its percent-encoded form) removed; account permanently suspended (removed).",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 17:22:05 +0000",
    subject=subj(R_RD, "Request for removal of illegal gambling content"),
    reply_to_req=f"req.{R_RD}",
    body=f"""
Hello,

Reddit has reviewed the content identified in your request ({R_RD}).

The post {RD_RAW0} has been removed from Reddit.

The account u/seoul_plug_2024 ({RD[1]}) has been permanently
suspended for violating Reddit's Content Policy.

Best regards,
Reddit Legal Operations
""",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-geoblocked-and-declined",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal geo-restriction notice with a declined item",
    why="Post geo-blocked for South Korea (restricted); the user account declined with reasons (rejected).",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 16:05:48 +0000",
    subject=subj(R_RD, "Request for removal of illegal gambling content"),
    reply_to_req=f"req.{R_RD}",
    body=f"""
Hello,

Pursuant to your request {R_RD}, the following content has been geo-blocked
for users in South Korea and remains visible elsewhere:

{RD[0]}

We will not take action on the user account u/seoul_plug_2024
({RD[1]}): we did not find that the account violates
Reddit's Content Policy or the local law cited in your request.

Reddit Legal Operations
""",
    items={RD[0]: "restricted", RD[1]: "rejected"},
)

case(
    name="discord-server-removed",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply: server removed",
    why="The server behind the requested invite was removed and the invite no longer works: removed.",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 21:14:09 +0000",
    subject=f"[Ticket #38815260] Re: [{R_DC}] Request for removal of narcotics server",
    reply_to_req=f"req.{R_DC}",
    body=f"""
Hi there,

Thank you for your report concerning the server linked from
{DC[0]}.

Our Trust & Safety team investigated and found that the server violated our
Community Guidelines. We have removed the server from Discord, and the invite
link no longer works.

Best,
Discord Trust & Safety
Ticket #38815260
""",
    items={DC[0]: "removed"},
)

case(
    name="discord-invite-invalid",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply that the reported invite is invalid or expired",
    why="The invite is invalid and no server can be identified: not_found.",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 19:40:51 +0000",
    subject=f"[Ticket #38815260] Re: [{R_DC}] Request for removal of narcotics server",
    reply_to_req=f"req.{R_DC}",
    body=f"""
Hello,

We looked into your report. The invite {DC[0]} is invalid or
has expired, and we could not identify any server associated with it.

If you come across a current invite to the same community, you are welcome to
submit a new report at https://dis.gd/request.

Discord Trust & Safety
""",
    items={DC[0]: "not_found"},
)

case(
    name="discord-sole-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="Discord 'we've taken action on your report' outcome email naming no URL",
    why="Names no URL but the request has one item and the email states the reported content was removed: applies to it.",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Fri, 13 Sep 2024 02:31:26 +0000",
    subject=f"Update on your report {R_DC}",
    reply_to_req=f"req.{R_DC}",
    body=f"""
Hi,

We've reviewed your report {R_DC} and taken action for violations of our
Community Guidelines. The content you reported has been removed from Discord.

Thanks for helping keep Discord safe.

Discord Trust & Safety
""",
    items={DC[0]: "removed"},
)

case(
    name="pinterest-pin-removed-board-deactivated",
    outcome="applied", classification="confirmation",
    imitates="Pinterest legal/Trust & Safety outcome: Pin removed, board deactivated",
    why="Pin removed; board deactivated and no longer visible: removed.",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Thu, 12 Sep 2024 18:12:37 +0000",
    subject=subj(R_PN, "Request for removal of forged document content"),
    reply_to_req=f"req.{R_PN}",
    body=f"""
Hello,

Thanks for your report. We've removed the Pin
{PN[0]} because it goes against our Community
Guidelines on illegal products and services.

We've also deactivated the board
{PN[1]}, and it is no longer visible on Pinterest.

Pinterest Trust & Safety
""",
    items={PN[0]: "removed", PN[1]: "removed"},
)

case(
    name="pinterest-not-found-and-stays-up",
    outcome="applied", classification="confirmation",
    imitates="Pinterest reply: Pin already deleted by the Pinner, board reviewed and left up",
    why="Pin deleted by the Pinner who saved it (not_found); board breaks no guideline and stays up (rejected).",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Fri, 13 Sep 2024 15:50:02 +0000",
    subject=f"About your report {R_PN}",
    body=f"""
Hi there,

We looked into the items in your report {R_PN}.

The Pin {PN[0]} couldn't be found. It was deleted
by the Pinner who saved it before we reviewed it.

We reviewed the board {PN[1]} and it doesn't go
against our Community Guidelines, so it will stay up.

Pinterest
""",
    items={PN[0]: "not_found", PN[1]: "rejected"},
)

# ===== review ==============================================================

case(
    name="x-promise-to-withhold",
    outcome="review", review="not_understood",
    imitates="X legal interim update with promises ('expect to withhold', 'will be removed once')",
    why="Names two items but only promises future action: both stay pending.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 08:18:02 +0000",
    subject=subj(R_X, "Request for removal of illegal gambling content"),
    reply_to_req=f"req.{R_X}",
    body=f"""
Hello,

A quick update on your request {R_X}.

We expect to withhold {X[8]} in South Korea
shortly, once our legal review is signed off.

{X[9]} will be removed once the account
holder's notice period has ended.

We will write again when these actions have been taken.

X Legal
""",
    items={X[8]: "pending", X[9]: "pending"},
)

case(
    name="yt-hedged-may-have-been-removed",
    outcome="review", review="not_understood",
    imitates="YouTube legal support reply guessing that the uploader may have deleted the video",
    why="'It appears ... may already have been removed' is a hedge, not a statement: pending.",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Sat, 07 Sep 2024 01:44:59 +0000",
    subject=subj(R_YT, "Request for removal of drug sale content [1-7783000025561]"),
    reply_to_req=f"req.{R_YT}",
    body=f"""
Hello,

It appears that the video {YT[3]} may already have been
removed by the uploader. We are checking this with the relevant team and will
confirm the status to you.

Regards,
The Google Legal Team
""",
    items={YT[3]: "pending"},
)

case(
    name="meta-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="Meta 'we removed all of the reported content' reply for a multi-item request",
    why="Five-item request, one statement covering all without naming any: bulk, items pending.",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
    date="Fri, 13 Sep 2024 05:09:33 +0000",
    subject=subj(R_META, "Request for removal of illegal loan and medicine content"),
    reply_to_req=f"req.{R_META}",
    body=f"""
Hello,

We've reviewed all five items listed in your request {R_META} and removed all
of the reported content from Facebook and Instagram for going against our
Community Standards.

Meta Content Restrictions
""",
    items={u: "pending" for u in META},
)

case(
    name="tiktok-bulk-restricted",
    outcome="review", review="bulk",
    imitates="TikTok legal one-line outcome for a whole request",
    why="Three-item request, 'all reported videos and the account' restricted without naming each: bulk.",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 06:27:45 +0000",
    subject=subj(R_TT, "Request for removal of illegal content"),
    reply_to_req=f"req.{R_TT}",
    body=f"""
Dear Sir or Madam,

Regarding your request {R_TT}: all of the reported videos and the reported
account have been restricted in South Korea in accordance with local law.

Kind regards,
TikTok Law Enforcement Outreach
""",
    items={u: "pending" for u in TT},
)

case(
    name="x-dkim-fail-removed",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="X legal outcome email whose DKIM/DMARC fail at our gateway",
    why="Claims from an x.com address that fails authentication: untrusted, nothing applied.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 12:00:14 +0000",
    subject=subj(R_X, "Request for removal of illegal gambling content"),
    body=f"""
Hello,

Regarding your request {R_X}, we have removed the following posts:

{X[5]}
{X[6]}

X Legal
""",
    items={X[5]: "pending", X[6]: "pending"},
)

case(
    name="vendor-unknown-sender-claims",
    outcome="review", review="unknown_sender",
    imitates="third-party brand-protection vendor reporting platform outcomes on the regulator's behalf",
    why="States X outcomes but comes from no platform's domain: unknown sender, nothing applied.",
    **{"from": "ops@clearwatch-monitoring.com"}, name_from="ClearWatch Monitoring Ops",
    date="Mon, 09 Sep 2024 00:58:21 +0000",
    subject=f"Status check for {R_X}",
    body=f"""
Hi KCSC team,

Our crawler re-checked the links in {R_X} this morning. According to our
contact at X, the following have been removed:

{X[0]}
{X[1]}

and {X[11]} has been suspended.

ClearWatch Monitoring - Operations
""",
    items={X[0]: "pending", X[1]: "pending", X[11]: "pending"},
)

case(
    name="twitch-wrong-platform",
    outcome="review", review="wrong_platform",
    imitates="Twitch Trust & Safety reply to a misrouted report about content on another service",
    why="Twitch states the TikTok account cannot be found on Twitch: a status for another platform's item, so wrong_platform.",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Tue, 10 Sep 2024 20:33:05 +0000",
    subject=f"Re: [{R_TT}] Request for removal of illegal content",
    body=f"""
Hello,

We received your message referencing {TT[2]}.

That link is not Twitch content, and no channel by that name exists on
Twitch, so there is nothing on our service for us to remove. Please contact
the service hosting the content directly.

Twitch Trust & Safety
""",
    items={TT[2]: "pending"},
)

case(
    name="snapchat-portal-notice-no-claims",
    outcome="review", review="no_claims",
    imitates="Snap Law Enforcement Operations notice to government agencies about a new request portal",
    why="Trusted platform mail (Snapchat is configured) that names no item and references no request: no_claims.",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Law Enforcement Operations",
    date="Wed, 11 Sep 2024 15:00:00 +0000",
    subject="Change to how Snap receives government content requests",
    body="""
Dear partner,

We are writing to government agencies that have contacted Snap in the past.

From 1 October 2024, content removal requests from government agencies
should be submitted through our dedicated portal at
https://lep.snapchat.com/removal. Requests sent by email after that date
may take longer to process.

Our guide for government agencies is available at
https://values.snap.com/safety/safety-enforcement.

Snap Law Enforcement Operations
""",
    items={},
)

case(
    name="reddit-asks-for-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal reply asking for the legal order / statutory basis before acting",
    why="Asks for documents before acting on the two named items: request for information, items pending.",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 18:47:12 +0000",
    subject=subj(R_RD, "Request for removal of illegal gambling content"),
    reply_to_req=f"req.{R_RD}",
    body=f"""
Hello,

Thank you for your request {R_RD} concerning
{RD[0]} and the account
{RD[1]}.

Before we can evaluate it, please send us a copy of the decision or order
issued for this content and the specific provision of Korean law that the
content is alleged to violate. We will be able to review the request once we
receive these documents.

Reddit Legal Operations
""",
    items={RD[0]: "pending", RD[1]: "pending"},
)

case(
    name="discord-conditional-will-remove",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety conditional reply ('if our investigation confirms...')",
    why="Condition and promise about the one named invite: not a statement, pending.",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 23:05:44 +0000",
    subject=f"[Ticket #38815260] Re: [{R_DC}] Request for removal of narcotics server",
    reply_to_req=f"req.{R_DC}",
    body=f"""
Hi,

Thanks for your report about the server at {DC[0]}.

If our investigation confirms that the server violates our Community
Guidelines, we will remove it and let you know. Investigations of this kind
usually take a few days.

Discord Trust & Safety
""",
    items={DC[0]: "pending"},
)

case(
    name="pinterest-queued-for-removal",
    outcome="review", review="not_understood",
    imitates="Pinterest support reply: Pin 'queued for removal', board still with the policy team",
    why="'Queued for removal and should come down' is a promise; the board is still under review: both pending.",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Wed, 11 Sep 2024 17:29:30 +0000",
    subject=subj(R_PN, "Request for removal of forged document content"),
    reply_to_req=f"req.{R_PN}",
    body=f"""
Hello,

The Pin {PN[0]} has been queued for removal
and should come down within 24 hours.

The board {PN[1]} is still with our
policy team; we'll follow up once they've reached a decision.

Pinterest Trust & Safety
""",
    items={PN[0]: "pending", PN[1]: "pending"},
)

# ===== ignored =============================================================

case(
    name="yt-legal-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals automatic receipt with a reference number",
    why="Pure receipt: request received, reference number, will review.",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Wed, 04 Sep 2024 02:31:07 +0000",
    subject=f"[1-7783000025561] We've received your legal request",
    reply_to_req=f"req.{R_YT}",
    body="""
Hello,

We've received your legal request. Your reference number is 1-7783000025561.
Please keep this number for your records.

Our team will review your request and may contact you if we need more
information. You don't need to reply to this email.

Regards,
The Google Legal Team
""",
    items={},
)

case(
    name="meta-receipt-echoes-urls",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta report-received confirmation that echoes the reported URLs",
    why="Receipt echoing the five URLs with only a promise to review: pure acknowledgement.",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Thu, 05 Sep 2024 00:52:11 +0000",
    subject="We received your report (ID 1184402295537710)",
    body=f"""
Thanks for your report.

We received your report on 5 September 2024 (report ID 1184402295537710;
your reference {R_META}).

Content you reported:
""" + "\n".join(META) + """

We'll review the content and let you know what we decide. Please keep the
report ID for your records.

The Facebook Team
""",
    items={u: "pending" for u in META},
)

case(
    name="tiktok-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply from a platform staff member",
    why="Out-of-office auto-reply.",
    **{"from": "minji.seo@tiktok.com"}, name_from="Minji Seo",
    date="Thu, 05 Sep 2024 05:10:33 +0000",
    subject=f"Automatic reply: [{R_TT}] Request for removal of illegal content",
    reply_to_req=f"req.{R_TT}",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent law enforcement matters, please write to
the team mailbox.

Minji Seo
""",
    items={},
)

case(
    name="x-automated-inbox-response",
    outcome="ignored",
    imitates="X legal inbox automatic response ('this is an automated response, we have received your email')",
    why="Automatic response of a mailbox; no item, no outcome.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 01:02:40 +0000",
    subject=f"Automatic response: [{R_X}] Request for removal of illegal gambling content",
    reply_to_req=f"req.{R_X}",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated response. We have received your email.

Please note that legal requests are processed in the order received. You
will receive a separate message once your request has been reviewed.

X Legal
""",
    items={},
)

_orig_pn = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: trust-safety-kr@pinterest.com",
    f"Subject: [{R_PN}] Request for removal of forged document content",
    "Date: Tue, 10 Sep 2024 10:05:00 +0900",
    f"Message-ID: <req.{R_PN}@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
] + request_text(R_PN))
case(
    name="pinterest-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown) with the original request attached",
    why="Bounce of our own request; the URLs are in the returned original.",
    **{"from": "MAILER-DAEMON@pinterest.com"}, name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 01:06:10 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b316-dsn"

--b316-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.pinterest.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<trust-safety-kr@pinterest.com>: host mail.pinterest.com[192.0.2.41] said:
    550 5.1.1 <trust-safety-kr@pinterest.com>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--b316-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.pinterest.com
Arrival-Date: Tue, 10 Sep 2024 01:05:58 +0000 (UTC)

Final-Recipient: rfc822; trust-safety-kr@pinterest.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <trust-safety-kr@pinterest.com>: Recipient
    address rejected: User unknown in virtual mailbox table

--b316-dsn
Content-Type: message/rfc822

{_orig_pn}

--b316-dsn--
""",
    items={},
)

case(
    name="discord-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (read receipt) from a Trust & Safety agent's client",
    why="MDN: the request was displayed; says nothing about items.",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 09 Sep 2024 07:12:45 +0000",
    subject=f"Read: [{R_DC}] Request for removal of narcotics server",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b316-mdn"

--b316-mdn
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to safety@discord.com at
9/9/2024 3:00 PM (KST).

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the recipient has read or understood the
message contents.

--b316-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.discord.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; safety@discord.com
Original-Message-ID: <req.{R_DC}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b316-mdn--
""",
    items={},
)

case(
    name="reddit-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from a platform help desk",
    why="Ticket created and 'being reviewed': pure acknowledgement.",
    **{"from": "support@reddit.com"}, name_from="Reddit Help",
    date="Fri, 06 Sep 2024 01:25:19 +0000",
    subject=f"[Reddit Help] Re: [{R_RD}] Request for removal of illegal gambling content (#482913)",
    reply_to_req=f"req.{R_RD}",
    body="""
##- Please type your reply above this line -##

Your request (482913) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

Reddit Help
""",
    items={},
)


HEADER = """# Blind set 316 (tests/corpus/blind316/make.py writes this file).
# English notices from many platforms: X, YouTube, Meta (Facebook,
# Instagram), TikTok, Reddit, Discord, Pinterest; Twitch and Snapchat send
# mail about no requested item of theirs. Written from each email's meaning
# before the reader was run; see NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind316", HEADER, CASES)
