#!/usr/bin/env python3
"""Blind set 286: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Twitch, Discord, Snapchat): help-centre outcome templates,
DSA statements of reasons, legal-removal decisions.

Written from each email's meaning, before any run of the reader.
Deterministic: `python3 tests/corpus/blind286/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
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
X1 = "https://x.com/gloomtrader_kr/status/1830411122334455601"
X2 = "https://x.com/gloomtrader_kr/status/1830411122334455602"
X3 = "https://x.com/night_pharm_77/status/1830422233445566703"
X4 = "https://x.com/night_pharm_77/status/1830422233445566704"
X5 = "https://x.com/rainbowcasino_bot/status/1830433344556677805"
X6 = "https://x.com/rainbowcasino_bot/status/1830433344556677806"
X7 = "https://x.com/quietledger9/status/1830444455667788907"
X8 = "https://x.com/quietledger9/status/1830444455667788908"
X9 = "https://x.com/pale_orchid_sns/status/1830455566778899009"
X10 = "https://x.com/pale_orchid_sns/status/1830455566778899010"
X11 = "https://x.com/hanriver_leaks"
X12 = "https://x.com/tidepool_mkt/status/1830466677889900112"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

M1 = "https://www.facebook.com/groups/seoulnightmarket22/posts/4102938475610001"
M2 = "https://www.facebook.com/quickloan.kr.official/posts/pfbid02AbCdEfGh7Jk"
M3 = "https://www.instagram.com/p/C9xQk2LsT4v/"
M4 = "https://www.instagram.com/reel/C9yR7pWmA1b/"
M5 = "https://www.instagram.com/lucky_pill_shop_kr/"
MS = [M1, M2, M3, M4, M5]

Y1 = "https://www.youtube.com/watch?v=Qm3xT9vKp2A"
Y2 = "https://www.youtube.com/watch?v=Lr8bN0cWe5Z"
Y3 = "https://www.youtube.com/shorts/Pz6gF2kMn0E"
Y4 = "https://www.youtube.com/@moonlit_odds_tv"
YS = [Y1, Y2, Y3, Y4]

T1 = "https://www.tiktok.com/@fastcash.seoul/video/7409812345678901234"
T2 = "https://www.tiktok.com/@fastcash.seoul/video/7409812345678905678"
T3 = "https://www.tiktok.com/@k.dreamgirl_vip/video/7410123456789012345"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/koreatrades/comments/1f3xk9q/selling_verified_accounts_cheap/"
R2 = "https://www.reddit.com/r/seoulnight/comments/1f4ab2c/comment/lkq9x7z/"

W1 = "https://www.twitch.tv/videos/2243518890"
W2 = "https://www.twitch.tv/slotking_kr"

D1 = "https://discord.gg/jackpotLounge9"

REQUESTS = [
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "gambling", "req-240902-01@kcsc.example", "X posts and one account", XS),
    ("KCSC-240903-02", "meta", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal_loan", "req-240903-02@kcsc.example", "Facebook and Instagram", MS),
    ("KCSC-240904-03", "youtube", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "gambling", "req-240904-03@kcsc.example", "videos, a Short and a channel", YS),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "fraud", "req-240905-04@kcsc.example", "TikTok videos", TS),
    ("KCSC-240906-05", "reddit", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00",
     "fraud", "req-240906-05@kcsc.example", "a post and a comment", [R1, R2]),
    ("KCSC-240909-06", "twitch", "2024-09-09T10:20:00+09:00", "2024-09-16T23:59:59+09:00",
     "gambling", "req-240909-06@kcsc.example", "a VOD and a channel", [W1, W2]),
    ("KCSC-240910-07", "discord", "2024-09-10T16:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "obscenity", "req-240910-07@kcsc.example", "a server invite", [D1]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = ["Dear Trust & Safety team,", "",
             f"The Korea Communications Standards Commission requests the removal of the",
             f"following content under reference {ref}:", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken on each item.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ applied
case(
    name="x-legal-withheld-and-removed",
    outcome="applied", classification="confirmation",
    imitates="X Legal reply to a government removal demand: country-withheld vs removed under the X Rules",
    why="Two posts withheld in KR (restricted), one removed globally (removed), each listed under its heading.",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 02:14:09 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content on X",
    reply_to_req="req-240902-01",
    items={X3: "restricted", X4: "restricted", X5: "removed"},
    body=f"""
Hello,

Thank you for your request of 2 September 2024 (your reference KCSC-240902-01).

We reviewed the reported content under the X Rules and the local law you
cited. We have taken the following actions.

Withheld in South Korea (KR) in response to your legal demand:
{X3}
{X4}

Removed globally for violating the X Rules:
{X5}

The affected account holders have been notified in line with our policy. A
redacted copy of your request may be published on Lumen.

Regards,
X Legal
https://help.x.com/en/rules-and-policies/tweet-withheld-by-country
""")

case(
    name="x-bare-url-outcome-below",
    outcome="applied", classification="confirmation",
    imitates="X legal-operations case update: one block per URL with an Outcome line below it",
    why="Two posts 'Withheld in KR' (restricted), one 'No action' with a reason (rejected); the rest deferred without naming them.",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Thu, 12 Sep 2024 07:40:51 +0000",
    subject="Your legal request to X - KCSC-240902-01 - Case 0917-KR-55831",
    items={X1: "restricted", X2: "restricted", X9: "rejected"},
    body=f"""
Hi KCSC team,

Please find the outcome for part of the reported URLs below.

{X1}
Outcome: Withheld in KR

{X2}
Outcome: Withheld in KR

{X9}
Outcome: No action taken. After careful review we did not find that this
post violates the X Rules, and the request did not give a sufficient legal
basis for withholding it in KR.

For the remaining URLs in your request we will follow up separately.

X Legal Operations
""")

case(
    name="x-account-withheld-kr",
    outcome="applied", classification="confirmation",
    imitates="X 'account withheld in country' notice to the requester",
    why="The requested account is withheld in South Korea only: restricted.",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 09:02:33 +0000",
    subject="Re: KCSC-240902-01 - account @hanriver_leaks",
    reply_to_req="req-240902-01",
    items={X11: "restricted"},
    body=f"""
Hello,

We have reviewed your request concerning the account @hanriver_leaks
({X11}).

The account has been withheld in South Korea. People in South Korea now see
a notice that the account has been withheld in response to a legal demand.
The account stays available in other countries, because we did not find
that it violates the X Rules.

Best,
X Legal
""")

case(
    name="x-deleted-by-author-and-invalid",
    outcome="applied", classification="confirmation",
    imitates="X legal reply explaining content already deleted by the user / URL not resolving",
    why="One post deleted by its owner before review, one link that matches no post: both not_found.",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 03:21:00 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content on X",
    reply_to_req="req-240902-01",
    items={X7: "not_found", X8: "not_found"},
    body=f"""
Hello,

Regarding the following URLs from KCSC-240902-01:

- {X7} : this post had already been deleted by the account owner before
  we reviewed your request, so no action was required from X.
- {X8} : we were unable to locate this post. The link does not correspond
  to any post on X; please check that it was copied correctly.

Kind regards,
X Legal
""")

case(
    name="x-html-action-table",
    outcome="applied", classification="confirmation",
    imitates="X legal response rendered as an HTML table (URL / Action / Basis)",
    why="HTML table rows: removed, withheld (restricted), no action (rejected), withheld (restricted).",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Fri, 13 Sep 2024 06:55:12 +0000",
    subject="X response to legal demand KCSC-240902-01",
    type="html",
    items={X6: "removed", X10: "restricted", X12: "rejected", X1: "restricted"},
    body=f"""
<html><body>
<p>Dear Korea Communications Standards Commission,</p>
<p>Re: KCSC-240902-01. Below is the action taken on each URL we reviewed.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Basis</th></tr>
<tr><td>{X6}</td><td>Removed</td><td>X Rules: illegal or certain regulated goods or services</td></tr>
<tr><td>{X10}</td><td>Withheld (KR)</td><td>Local law</td></tr>
<tr><td>{X12}</td><td>No action</td><td>Does not violate the X Rules; insufficient legal basis</td></tr>
<tr><td>{X1}</td><td>Withheld (KR)</td><td>Local law</td></tr>
</table>
<p>More about country-withheld content:
<a href="https://help.x.com/en/rules-and-policies/tweet-withheld-by-country">help.x.com</a></p>
<p>X Legal Operations</p>
</body></html>
""")

case(
    name="x-top-posted-over-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply by an X legal specialist over the quoted request",
    why="Top text: one post removed, the account suspended (removed); the quoted request below names all 12 URLs and changes nothing.",
    **{"from": "mkang@x.com"}, name_from="Min Kang (X Legal)",
    date="Fri, 13 Sep 2024 08:10:44 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content on X",
    reply_to_req="req-240902-01",
    items={X12: "removed", X11: "removed", X3: "pending", X9: "pending"},
    body=f"""
Hi,

Following up on your request: the post {X12}
has now been removed for violating our rules on financial scams, and the
account {X11} has been permanently suspended.

We're still working through the other URLs.

Min

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", XS)}
""")

X_CSV = f"""reported_url,action,country,notes
{X3},withheld,KR,
{X4},withheld,KR,
{X6},removed,ALL,violates X Rules
{X8},not found,,URL does not resolve
{X10},no action,,no violation found
"""
case(
    name="x-csv-results-attachment",
    outcome="applied", classification="confirmation",
    imitates="legal-operations batch reply with a CSV of results attached",
    why="CSV rows: two withheld (restricted), removed, not found, no action (rejected).",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Sat, 14 Sep 2024 01:05:37 +0000",
    subject="Results for KCSC-240902-01",
    items={X3: "restricted", X4: "restricted", X6: "removed", X8: "not_found", X10: "rejected"},
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="xcsv-286-b1"

--xcsv-286-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the results for your request KCSC-240902-01. Each row
gives a reported URL and the action we took on it.

X Legal Operations

--xcsv-286-b1
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01-results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01-results.csv"
Content-Transfer-Encoding: 7bit

{X_CSV}
--xcsv-286-b1--
""")

X_QP = (
    "Hello,\n\n"
    "Update on your legal demand KCSC-240902-01 \u2014 we have completed our review of two further posts.\n\n"
    f"The post {X7} has been removed for violating the X Rules on illegal goods and services; the account owner was notified.\n\n"
    f"In addition, the post at {X12} has been withheld in South Korea (KR) on the basis of local law and remains visible elsewhere.\n\n"
    "Regards,\nX Legal\n"
)
case(
    name="x-quoted-printable-long-lines",
    outcome="applied", classification="confirmation",
    imitates="X legal update sent quoted-printable with soft line breaks inside URLs",
    why="Quoted-printable body: one post removed, one withheld in KR (restricted).",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 04:44:02 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content on X",
    reply_to_req="req-240902-01",
    items={X7: "removed", X12: "restricted"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(X_QP),
)

case(
    name="x-statement-then-url-below",
    outcome="applied", classification="confirmation",
    imitates="X legal reply where each statement ends with a colon and the URL follows on the next line",
    why="One post withheld in South Korea (restricted), one link invalid (not_found); each URL on the line below its statement.",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sun, 15 Sep 2024 02:30:19 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content on X",
    reply_to_req="req-240902-01",
    items={X6: "restricted", X8: "not_found"},
    body=f"""
Hello,

The following post has been withheld in South Korea:
{X6}

We could not find the following post; the link appears to be invalid:
{X8}

Thanks,
X Legal
""")

case(
    name="x-bilingual-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="bilingual (English/Korean) reply from a platform's Korea legal desk with full-width punctuation",
    why="Both languages say the same: tidepool post withheld in KR (restricted), pale_orchid 010 removed.",
    **{"from": "kr-legal@x.com"}, name_from="X Korea Legal",
    date="Sun, 15 Sep 2024 05:12:48 +0000",
    subject="[KCSC-240902-01] X 조치 결과 / Action taken",
    items={X12: "restricted", X10: "removed"},
    body=f"""
Hello,

Re: KCSC-240902-01
The post（{X12}）has been withheld in South Korea.
The post（{X10}）has been removed for violating the X Rules.

안녕하세요, X 한국 법무팀입니다.
{X12}는 한국 내에서 접속이 제한되었습니다。
{X10}은 X 규칙 위반으로 삭제되었습니다。

X Korea Legal
""")

case(
    name="yt-legal-removed-and-blocked-kr",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support decision: removed under Community Guidelines / blocked on the local version of YouTube",
    why="One video removed; one blocked from view in South Korea (restricted).",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 11:20:00 +0000",
    subject="Re: [KCSC-240904-03] Legal removal request - YouTube",
    reply_to_req="req-240904-03",
    items={Y1: "removed", Y2: "restricted"},
    body=f"""
Hello,

Thanks for reaching out to us.

We have reviewed the content you reported under KCSC-240904-03. Upon
review, we have removed the following content from YouTube for violating
YouTube's Community Guidelines:

- {Y1}

In addition, we've blocked the following video from view on the South Korea
version of YouTube, based on local law:

- {Y2}

Regards,
The YouTube Legal Support Team
""")

case(
    name="yt-age-restricted-short",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply: content does not warrant removal but an age restriction was applied",
    why="Age-restricted: restricted, even though the sentence starts with 'does not warrant removal'.",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 02:48:16 +0000",
    subject="Re: [KCSC-240904-03] Legal removal request - YouTube",
    reply_to_req="req-240904-03",
    items={Y3: "restricted"},
    body=f"""
Hello,

We have reviewed the Short at {Y3}.

While the content does not warrant removal, we have applied an age
restriction to it. It is no longer visible to viewers who are signed out
or under 18.

Sincerely,
The YouTube Team
""")

case(
    name="yt-rejected-and-channel-terminated",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome mixing a refusal with reasons and a channel termination",
    why="The Short stays up with a reason (rejected); the channel is terminated (removed).",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    date="Thu, 12 Sep 2024 08:31:27 +0000",
    subject="Re: [KCSC-240904-03] Legal removal request - YouTube",
    reply_to_req="req-240904-03",
    items={Y3: "rejected", Y4: "removed"},
    body=f"""
Dear KCSC,

{Y3}
We did not find a violation of our Community Guidelines, and after legal
review we are not in a position to take action on this video under local
law. It remains available.

{Y4}
This channel has been terminated for repeated violations of our policy on
regulated goods and gambling.

Kind regards,
Google Legal Korea
""")

YT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome of our review of request KCSC-240904-03.</p>
<p><b>Video:</b> <a href="{Y2}">{Y2}</a><br>
<b>Action:</b> Removed globally (Community Guidelines: spam, deceptive practices and scams)</p>
<p><b>Video:</b> <a href="{Y1}">{Y1}</a><br>
<b>Action:</b> Blocked in South Korea (local law)</p>
<p>To learn more, visit <a href="https://support.google.com/youtube/answer/6154230">our Help Center</a>.</p>
<p>- The YouTube Team</p>
</body></html>
"""
case(
    name="yt-base64-html-outcome",
    outcome="applied", classification="confirmation",
    imitates="YouTube templated HTML notice sent base64-encoded",
    why="Base64 HTML: Lr8 removed globally, Qm3 blocked in South Korea (restricted); Help Center link is no item.",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Fri, 13 Sep 2024 10:02:09 +0000",
    subject="Outcome of your legal request KCSC-240904-03",
    items={Y2: "removed", Y1: "restricted"},
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(YT_HTML),
)

case(
    name="yt-gmail-quoted-request",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal specialist's short reply above the Gmail-quoted request",
    why="Top line removes one video; the four URLs in the '>' quote do not change.",
    **{"from": "jiwoo.han@google.com"}, name_from="Jiwoo Han",
    date="Fri, 13 Sep 2024 12:40:55 +0000",
    subject="Re: [KCSC-240904-03] Legal removal request - YouTube",
    reply_to_req="req-240904-03",
    items={Y2: "removed", Y1: "pending", Y4: "pending"},
    body=f"""
Hi,

The video {Y2} has been removed for violating our policy on spam,
deceptive practices and scams. I'll write again about the rest.

Best,
Jiwoo
YouTube Legal

On Wed, Sep 4, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240904-03", YS)}
""")

case(
    name="meta-statement-of-reasons-local-law",
    outcome="applied", classification="confirmation",
    imitates="Meta decision notice in DSA statement-of-reasons form (decision, scope, ground, automation, redress)",
    why="Decision: access restricted in South Korea for the Facebook group post: restricted.",
    **{"from": "govrequests-noreply@facebookmail.com"}, name_from="Meta Government Requests",
    date="Wed, 11 Sep 2024 14:05:41 +0000",
    subject="Your report KCSC-240903-02: decision on reported content",
    items={M1: "restricted"},
    body=f"""
Decision on reported content

Your reference:   KCSC-240903-02
Content:          {M1}
Decision:         Access restricted in South Korea
Scope:            The content is not visible to people in South Korea. It
                  remains visible elsewhere, as we did not find that it goes
                  against the Facebook Community Standards.
Ground:           Local law (report from a government authority)
Automated means:  No automated means were used to take this decision.
Date of decision: 11 September 2024

The person who posted the content has been informed and may appeal.
Information about how we handle such reports:
https://transparency.meta.com/reports/content-restrictions

Meta
""")

case(
    name="meta-instagram-report-outcome",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we reviewed the post you reported' outcome message (removed / doesn't go against our Guidelines)",
    why="Post removed; reel does not go against the Guidelines so stays up (rejected).",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date="Thu, 12 Sep 2024 05:17:30 +0000",
    subject="Update on your report KCSC-240903-02",
    items={M3: "removed", M4: "rejected"},
    body=f"""
Hi,

We reviewed the post you reported ({M3}) and removed it
because it goes against our Community Guidelines on the sale of regulated
goods.

We also reviewed the reel {M4}. It doesn't go against our
Community Guidelines, so we didn't remove it.

If you think we got this wrong, you can ask us to take another look:
https://help.instagram.com/contact/review

The Instagram Team
""")

case(
    name="meta-bullets-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="Meta reply to a government takedown request: restricted on the basis of local law, account disabled",
    why="Two items restricted in South Korea (bulleted, in angle brackets), the Instagram account disabled (removed).",
    **{"from": "govrequests-noreply@facebookmail.com"}, name_from="Meta Government Requests",
    date="Fri, 13 Sep 2024 02:26:12 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    items={M2: "restricted", M4: "restricted", M5: "removed"},
    body=f"""
Hello,

Following our review of your request (ref. KCSC-240903-02), we restricted
access in South Korea to the following items on the basis of local law:

  \u2022 <{M2}>
  \u2022 <{M4}>

The Instagram account <{M5}> has been disabled for
violating our Community Guidelines.

Thank you,
Meta Content Regulation Team
""")

case(
    name="meta-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below '-----Original Message-----' (no '>' quoting)",
    why="Only the account above the separator is disabled (removed); the other URLs appear only in the quoted request.",
    **{"from": "s.lee@meta.com"}, name_from="Seoyeon Lee",
    date="Fri, 13 Sep 2024 07:49:03 +0000",
    subject="RE: KCSC-240903-02 Request for removal",
    reply_to_req="req-240903-02",
    items={M5: "removed", M2: "pending", M3: "pending"},
    body=f"""
Hello,

The Instagram account {M5} has been disabled and is no longer
visible on Instagram. We're still reviewing the other items in your request.

Best regards,
Seoyeon Lee
Public Policy, Meta Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:30 AM
To: Government Requests <govrequests@meta.com>
Subject: KCSC-240903-02 Request for removal

{quoted_request("KCSC-240903-02", MS, prefix="")}
""")

case(
    name="tiktok-numbered-outcomes",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement/government outreach reply with a numbered list of outcomes",
    why="Numbered list: removed, restricted in South Korea, deleted by the creator (not_found).",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 09:33:28 +0000",
    subject="Re: KCSC-240905-04 - TikTok",
    reply_to_req="req-240905-04",
    items={T1: "removed", T2: "restricted", T3: "not_found"},
    body=f"""
Dear KCSC,

Thank you for contacting TikTok. Please see the outcome for each reported
video below:

1. {T1} \u2013 Removed (Community Guidelines: frauds and scams)
2. {T2} \u2013 Restricted in South Korea (local law)
3. {T3} \u2013 Not found: the video is no longer available on TikTok; it was
   deleted by the creator before our review.

Best regards,
TikTok Trust & Safety
""")

case(
    name="tiktok-dsa-sor-echoed-report",
    outcome="applied", classification="confirmation",
    imitates="TikTok statement of reasons that echoes the report before giving the decision",
    why="Echoed report then 'Decision: the video has been removed from TikTok': removed.",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Thu, 12 Sep 2024 11:11:11 +0000",
    subject="Statement of reasons - your report KCSC-240905-04",
    items={T3: "removed"},
    body=f"""
Statement of reasons

Your report
  Reference: KCSC-240905-04
  Reported content: {T3}
  Reason given: illegal content (obscenity) under Korean law

Our decision
  Decision: the video has been removed from TikTok.
  Grounds: violation of our Community Guidelines (sexual content).
  Automated detection: not used. Automated decision: no.
  Date: 12 September 2024

You can find out more about how we moderate content at
https://www.tiktok.com/community-guidelines

TikTok
""")

case(
    name="tiktok-thanks-then-removed",
    outcome="applied", classification="confirmation",
    imitates="TikTok support reply opening with a receipt phrase but stating a result",
    why="Receipt phrase plus an unhedged removal of a named video: not a mere acknowledgement.",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date="Fri, 13 Sep 2024 03:58:40 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req="req-240905-04",
    items={T2: "removed"},
    body=f"""
Hi there,

Thank you for your report. We have received it and reviewed the content.

The video {T2} has been removed for violating our
Community Guidelines.

Regards,
TikTok Support
""")

case(
    name="reddit-removed-and-author-deleted",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal team reply: post removed by Reddit, comment already deleted by its author",
    why="Post removed; comment already deleted by its author (not_found).",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 18:20:14 +0000",
    subject="Re: [KCSC-240906-05] Content removal request",
    reply_to_req="req-240906-05",
    items={R1: "removed", R2: "not_found"},
    body=f"""
Hi,

Thanks for your request. We have removed the following post from Reddit:
{R1}

The comment at {R2} had
already been deleted by its author when we reviewed your request, so no
further action was needed on our side.

Best,
Reddit Legal
""")

R1_WRAPPED = R1.replace("1f3xk9q/", "1f3xk9q/\n")
case(
    name="reddit-geo-restricted-wrapped-url",
    outcome="applied", classification="confirmation",
    imitates="Reddit reply with a long URL wrapped inside angle brackets across two lines",
    why="Post restricted for users in South Korea; comment left up with a reason (rejected).",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 20:45:09 +0000",
    subject="Re: [KCSC-240906-05] Content removal request",
    reply_to_req="req-240906-05",
    items={R1: "restricted", R2: "rejected"},
    body=f"""
Hello,

We have restricted access to the post
<{R1_WRAPPED}>
for users in South Korea.

The comment <{R2}> remains available:
we did not find that it violates Reddit's Content Policy, and the request
did not show how it breaks the law you cited.

Reddit Legal
""")

case(
    name="twitch-vod-removed-channel-suspended",
    outcome="applied", classification="confirmation",
    imitates="Twitch Trust & Safety enforcement outcome (VOD removed, channel indefinitely suspended)",
    why="VOD removed; channel suspended and no longer accessible (removed).",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Thu, 12 Sep 2024 16:03:52 +0000",
    subject="Re: KCSC-240909-06 Twitch content report",
    reply_to_req="req-240909-06",
    items={W1: "removed", W2: "removed"},
    body=f"""
Hello,

Thank you for your report. After review:

* The VOD {W1} has been removed.
* The channel {W2} has been indefinitely suspended and is no
  longer accessible on Twitch.

Twitch Trust & Safety
""")

case(
    name="discord-server-removed-no-url",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome email for a reported server, naming no link",
    why="One-item request: 'the server you reported ... removed' answers it without a URL.",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 21:14:30 +0000",
    subject="Re: Report KCSC-240910-07",
    reply_to_req="req-240910-07",
    items={D1: "removed"},
    body="""
Hi there,

Thanks for your report (reference KCSC-240910-07). We investigated the
server you reported and have removed it from Discord for violating our
Community Guidelines. Its invite link no longer works.

Discord Trust & Safety
https://discord.com/safety
""")

# ================================================================ review
case(
    name="x-promise-will-withhold",
    outcome="review", review="not_understood",
    imitates="legal desk interim reply promising action once the review completes",
    why="'We will withhold ... once our review is finished' is a promise: nothing applies.",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 05:30:00 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content on X",
    reply_to_req="req-240902-01",
    items={X1: "pending", X2: "pending"},
    body=f"""
Hello,

We have your request KCSC-240902-01. We will withhold the posts below in
South Korea once our review is finished:

{X1}
{X2}

We will let you know when action has been taken.

X Legal
""")

case(
    name="x-appears-deleted-hedge",
    outcome="review", review="not_understood",
    imitates="legal specialist's cautious note that a post appears gone",
    why="'appears to have been deleted ... cannot confirm' is a hedge: stays pending.",
    **{"from": "mkang@x.com"}, name_from="Min Kang (X Legal)",
    date="Wed, 11 Sep 2024 06:12:45 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content on X",
    reply_to_req="req-240902-01",
    items={X2: "pending"},
    body=f"""
Hi,

Quick note: the post {X2} appears to have been
deleted, but we cannot confirm this from our side at the moment. I'll
update you once I know more.

Min
""")

case(
    name="x-dkim-fail-removed",
    outcome="review", review="untrusted",
    imitates="X legal confirmation whose authentication fails",
    why="From x.com but DKIM/DMARC fail: statements kept for review, nothing applied.",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Thu, 12 Sep 2024 13:13:13 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content on X",
    items={X5: "pending", X6: "pending"},
    body=f"""
Hello,

The following posts have been removed for violating the X Rules:

{X5}
{X6}

X Legal
""")

case(
    name="yt-under-review-hedge",
    outcome="review", review="not_understood",
    imitates="YouTube interim update: still under legal review, one video seemingly made private",
    why="'still assessing' and 'appears to have been made private ... not yet confirmed': no statement.",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    date="Tue, 10 Sep 2024 07:07:07 +0000",
    subject="Re: [KCSC-240904-03] Legal removal request - YouTube",
    reply_to_req="req-240904-03",
    items={Y4: "pending", Y1: "pending"},
    body=f"""
Dear KCSC,

We are writing with an update on KCSC-240904-03. Our legal team is still
assessing {Y4} under local law.

The video {Y1} appears to have been made private by
the uploader, but we have not yet confirmed this.

We will come back to you with our decision.

Google Legal Korea
""")

case(
    name="yt-conditional-removal",
    outcome="review", review="not_understood",
    imitates="YouTube notice about a pending counter-notification window",
    why="Removal only if no counter-notification arrives: a condition, not a statement.",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 03:33:33 +0000",
    subject="Re: [KCSC-240904-03] Legal removal request - YouTube",
    reply_to_req="req-240904-03",
    items={Y2: "pending"},
    body=f"""
Hello,

We have notified the uploader of {Y2} about your
request. If we do not receive a counter-notification within 10 business
days, the video will be removed.

The YouTube Legal Support Team
""")

case(
    name="meta-bulk-all-actioned",
    outcome="review", review="bulk",
    imitates="Meta short reply stating action on 'all of the content' in a multi-item report",
    why="Five-item request, no item named: bulk statement goes to review.",
    **{"from": "govrequests-noreply@facebookmail.com"}, name_from="Meta Government Requests",
    date="Sat, 14 Sep 2024 00:41:27 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    items={},
    body="""
Hello,

We've taken action on all of the content listed in your report
KCSC-240903-02. The content is no longer available in South Korea.

Meta Content Regulation Team
""")

case(
    name="tiktok-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="TikTok reply confirming 'all videos' of a request without listing them",
    why="Three-item request, no URL named: bulk.",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 02:02:02 +0000",
    subject="Re: KCSC-240905-04 - TikTok",
    reply_to_req="req-240905-04",
    items={},
    body="""
Dear KCSC,

All videos reported under KCSC-240905-04 have been removed from TikTok.

Best regards,
TikTok Trust & Safety
""")

case(
    name="reddit-law-firm-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="letter from a law firm acting for the account holder, reporting what Reddit did",
    why="Not a platform domain: statements about the Reddit post are not applied.",
    **{"from": "jh.lee@hanbit-law.example"}, name_from="Jaehyun Lee",
    date="Fri, 13 Sep 2024 06:00:00 +0000",
    subject="KCSC-240906-05 - notice on behalf of our client",
    items={R1: "pending"},
    body=f"""
Dear Sir or Madam,

We act for the author of the Reddit post referred to in your request
KCSC-240906-05. We inform you that the post
{R1}
was removed by Reddit on 11 September 2024, and our client reserves all
rights in this matter.

Yours faithfully,
Jaehyun Lee
Hanbit Law Office
""")

case(
    name="snapchat-not-our-content",
    outcome="review", review="wrong_platform",
    imitates="Snapchat law-enforcement operations reply to a misdirected request",
    why="Snapchat says it cannot find a TikTok video: a status for another platform's item.",
    **{"from": "lawenforcement@snapchat.com"}, name_from="Snap Inc. Law Enforcement Operations",
    date="Fri, 13 Sep 2024 23:10:10 +0000",
    subject="Re: KCSC-240905-04",
    items={T3: "pending"},
    body=f"""
Hello,

We received your email referencing KCSC-240905-04. The link you provided,
{T3}, is not Snapchat
content, and we could not locate it on any Snap service. Please direct
your request to the service that hosts it.

Snap Inc. Law Enforcement Operations
""")

case(
    name="twitch-needs-timestamps",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Twitch legal asking for timestamps and the legal basis before acting",
    why="Asks for more information before any review; nothing decided.",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Wed, 11 Sep 2024 15:25:00 +0000",
    subject="Re: KCSC-240909-06 Twitch content report",
    reply_to_req="req-240909-06",
    items={W1: "pending"},
    body=f"""
Hello,

To process your request regarding {W1} we need:

- the timestamp(s) within the VOD where the reported content appears;
- the specific provision of Korean law the content is said to violate;
- a copy of the underlying decision, if any.

Once we receive this information we will review the request.

Twitch Legal
""")

case(
    name="discord-portal-notice-no-claims",
    outcome="review", review="no_claims",
    imitates="Discord service announcement to government requesters about a new intake portal",
    why="Trusted Discord mail naming no item and no request.",
    **{"from": "govrequests@discord.com"}, name_from="Discord Government Requests",
    date="Mon, 16 Sep 2024 17:00:00 +0000",
    subject="Changes to how Discord receives government requests",
    items={},
    body="""
Hello,

From 1 October 2024, Discord will accept government and regulator requests
only through our request portal at https://discord.com/gov-requests. Email
sent to this address after that date will receive an automatic reply
pointing to the portal.

Thank you for working with us to keep Discord safe.

Discord Government Requests Team
""")

# ================================================================ ignored
case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from an X legal staff member",
    why="Out-of-office auto-reply, even though the subject carries the reference.",
    **{"from": "jpark@x.com"}, name_from="Jane Park",
    date="Mon, 2 Sep 2024 01:00:14 +0000",
    subject="Automatic reply: [KCSC-240902-01] Request to remove content on X",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    items={},
    body="""
I am out of the office until 16 September with limited access to email.
Legal requests are handled through the X legal request portal in the
meantime.

Jane
""")

case(
    name="twitch-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder from a Twitch staff member",
    why="Vacation auto-reply.",
    **{"from": "d.morris@twitch.tv"}, name_from="Dana Morris",
    date="Mon, 9 Sep 2024 01:21:09 +0000",
    subject="Out of office Re: KCSC-240909-06 Twitch content report",
    reply_to_req="req-240909-06",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: bulk"],
    items={},
    body="""
Thanks for your email. I'm away until Monday 23 September. For urgent
safety matters please use the Twitch report form.

Dana
""")

DSN = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-286-meta"

--dsn-286-meta
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<govrequests@meta.example>: host mx.meta.example[203.0.113.25] said:
    550 5.1.1 <govrequests@meta.example>: Recipient address rejected:
    User unknown

--dsn-286-meta
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.kcsc.example
Arrival-Date: Tue, 3 Sep 2024 11:30:02 +0900 (KST)

Final-Recipient: rfc822; govrequests@meta.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-286-meta
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: govrequests@meta.example
Subject: KCSC-240903-02 Request for removal
Message-ID: <req-240903-02@kcsc.example>
Date: Tue, 3 Sep 2024 11:30:00 +0900

{quoted_request("KCSC-240903-02", MS, prefix="")}

--dsn-286-meta--
"""
case(
    name="meta-request-bounced",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the request with its URLs",
    why="A DSN: the URLs are in the returned request, not a statement.",
    **{"from": "MAILER-DAEMON@relay.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Tue, 3 Sep 2024 02:30:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    items={M1: "pending", M2: "pending"},
    raw_mime=DSN,
)

MDN = """
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-286-tt"

--mdn-286-tt
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal-kr@tiktok.com at
5 September 2024 14:00 (KST).

Note: this receipt only shows that the message was displayed on the
recipient's computer. There is no guarantee that the content has been read
or understood.

--mdn-286-tt
Content-Type: message/disposition-notification

Reporting-UA: legal-kr-desk.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@tiktok.com
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-286-tt--
"""
case(
    name="tiktok-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) for the request",
    why="A read receipt says nothing about items.",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 5 Sep 2024 06:12:00 +0000",
    subject="Read: KCSC-240905-04 - TikTok",
    reply_to_req="req-240905-04",
    items={},
    raw_mime=MDN,
)

case(
    name="yt-google-legal-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Google Legal automated receipt with its own ticket number",
    why="Pure acknowledgement: received, ticket number, will review; no item.",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    date="Wed, 4 Sep 2024 01:05:00 +0000",
    subject="[5-1183002644310] Your request KCSC-240904-03 has been received",
    reply_to_req="req-240904-03",
    items={},
    body="""
Hello,

Thank you for contacting Google Legal. We have received your request
concerning KCSC-240904-03 and assigned it the reference number
5-1183002644310. Please keep this number in the subject line of any
further correspondence.

We will review your request and get back to you.

Google Legal Support
""")

case(
    name="reddit-helpdesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style helpdesk receipt ('Your request (#) has been received')",
    why="Ticket receipt only.",
    **{"from": "support@reddit.com"}, name_from="Reddit Help",
    date="Fri, 6 Sep 2024 00:41:10 +0000",
    subject="[Reddit Help] Re: [KCSC-240906-05] Content removal request",
    reply_to_req="req-240906-05",
    items={},
    body="""
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Reddit Help
""")

case(
    name="discord-report-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord 'we've received your report' confirmation email",
    why="Confirms receipt and a ticket; no decision.",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Tue, 10 Sep 2024 07:02:18 +0000",
    subject="We've received your report (ticket #31190457)",
    reply_to_req="req-240910-07",
    items={},
    body="""
Hi there,

We've received your report about KCSC-240910-07 and created ticket
#31190457. Our Trust & Safety team will take a look, and we'll email you
again once we've investigated.

Discord
""")


HEADER = """# Blind set 286: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Twitch, Discord, Snapchat). Written by make.py from the case
# list; expected results come from each email's meaning, before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind286", HEADER, CASES)
    print(f"{len(CASES)} cases")
