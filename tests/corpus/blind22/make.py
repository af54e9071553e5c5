#!/usr/bin/env python3
"""Blind set 22: general English mix across X, YouTube, Meta, TikTok, Reddit,
Discord and Telegram. Expected results written from each email's meaning,
before any run of the reader. Deterministic: python3 make.py"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/hanbit_daily99/status/1832004417700123401",
    "https://x.com/hanbit_daily99/status/1832004417700123402",
    "https://x.com/seoul_leaks_kr/status/1831877002145550913",
    "https://x.com/seoul_leaks_kr/status/1831877002145550914",
    "https://x.com/moonlit_trader/status/1830555123987654321",
    "https://x.com/moonlit_trader/status/1830555123987654399",
    "https://x.com/drug_kr_shop/status/1829990011223344556",
    "https://x.com/drug_kr_shop/status/1829990011223344557",
    "https://x.com/gangnam_escort7/status/1833100200300400501",
    "https://x.com/gangnam_escort7/status/1833100200300400502",
    "https://x.com/fake_id_maker/status/1828123456789012345",
    "https://x.com/fake_id_maker/status/1828123456789012346",
    "https://x.com/casino_vip_kr/status/1832777888999000111",
    "https://x.com/casino_vip_kr/status/1832777888999000112",
]
Y = [
    "https://www.youtube.com/watch?v=Qz3kT9vLp2A",
    "https://www.youtube.com/watch?v=bR7nW1xYc0E",
    "https://www.youtube.com/shorts/Hk2PqZ8sT4m",
    "https://youtu.be/Lm5VxC9aR1s",
    "https://www.youtube.com/watch?v=pD0eJ6uNq3K",
]
M = [
    "https://www.facebook.com/hanriver.market.kr/posts/pfbid02XkQz7TnWq9vL",
    "https://www.facebook.com/groups/482913370045521/posts/902117733600451/",
    "https://www.instagram.com/p/C9xKt2LmQwE/",
    "https://www.instagram.com/reel/C8pLm3NbVtY/",
]
T = [
    "https://www.tiktok.com/@vape.seoul.deals/video/7410023344556677881",
    "https://www.tiktok.com/@vape.seoul.deals/video/7410023344556677882",
    "https://www.tiktok.com/@kr.quickloan/video/7409911223344556677",
]
R = [
    "https://www.reddit.com/r/koreaunderground/comments/1fb2x9k/cheap_prescription_pills_no_rx/",
    "https://www.reddit.com/r/seoulmarket/comments/1fc7q3z/selling_resident_id_scans/",
]
D = ["https://discord.com/channels/1120334455667788990/1120334455667788991/1282233445566778899"]
G = [
    "https://t.me/kr_carding_hub/4412",
    "https://t.me/kr_carding_hub/4415",
    "https://t.me/seoul_drops/918",
]

REQS = [
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T10:00:00+09:00", X, "illegal_gambling", "req-240909-01"),
    ("KCSC-240910-01", "youtube", "2024-09-10T14:00:00+09:00", "2024-09-17T14:00:00+09:00", Y, "defamation", "req-240910-01"),
    ("KCSC-240911-01", "meta", "2024-09-11T09:30:00+09:00", "2024-09-18T09:30:00+09:00", M, "illegal_trade", "req-240911-01"),
    ("KCSC-240912-01", "tiktok", "2024-09-12T11:00:00+09:00", "2024-09-19T11:00:00+09:00", T, "illegal_trade", "req-240912-01"),
    ("KCSC-240913-01", "reddit", "2024-09-13T16:00:00+09:00", "2024-09-20T16:00:00+09:00", R, "illegal_trade", "req-240913-01"),
    ("KCSC-240916-01", "discord", "2024-09-16T10:30:00+09:00", "2024-09-23T10:30:00+09:00", D, "obscenity", "req-240916-01"),
    ("KCSC-240917-01", "telegram", "2024-09-17T09:00:00+09:00", "2024-09-24T09:00:00+09:00", G, "illegal_trade", "req-240917-01"),
]


def write_requests():
    rows = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid in REQS:
        for u in urls:
            rows.append(f"{ref},{plat},{sent},{due},{u},{cat},<{mid}@kcsc.example>,blind22")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def quote(urls, ref, prefix="> "):
    """Our own request, as platforms quote it back (words 'remove' etc. inside)."""
    lines = [f"Dear Sir or Madam,", "",
             f"Under Article 44-7 of the Network Act, the Korea Communications Standards",
             f"Commission requests that the following content be removed or blocked",
             f"(reference {ref}):", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please confirm that the content has been removed.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def mp(boundary, subtype, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for hdrs, body in parts:
        out.append(f"--{boundary}")
        out += hdrs
        out.append("")
        out.append(body.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    s = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


TXT = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
HTML = ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit"]

X_FOOT = """X Corp. Legal
1355 Market Street, Suite 900, San Francisco, CA 94103
This mailbox is for legal process from authorities. Help Center: https://help.x.com/en/rules-and-policies"""

cases = []
add = cases.append

# ============================================================ X (14 items)
add(dict(
    name="x-country-withheld-list", from_="legal@x.com",
    date="Tue, 10 Sep 2024 03:12:40 +0000", subject="Re: KCSC-240909-01 Request to remove content",
    reply_to_req="req-240909-01",
    body=f"""Hello,

We write in response to your request referenced KCSC-240909-01.

After review, and in accordance with our Country Withheld Content policy
(https://help.x.com/en/rules-and-policies/post-withheld-by-country), we have
withheld access to the following posts in the Republic of Korea:

{X[0]}
{X[1]}
{X[2]}
{X[3]}

These posts remain available outside of Korea. We have notified the account
holders of this action, as is our practice, unless legally prohibited.

The remaining URLs in your request are still under review and we will respond
separately.

Regards,
{X_FOOT}""",
    outcome="applied", classification="confirmation",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
    imitates="X/Twitter legal-desk reply to a government removal request citing the Country Withheld Content help page (as quoted in Lumen notices and press reports)",
    why="classic 'withheld in <country>' heading over a bare URL list; policy help link is not an item; the 'still under review' remainder names no URL"))

add(dict(
    name="x-per-line-action-taken", from_="legal@x.com",
    date="Wed, 11 Sep 2024 08:40:02 +0000", subject="KCSC-240909-01 / X case 0194-7731-KR - outcome",
    reply_to_req="req-240909-01",
    body=f"""Dear KCSC team,

Please find below the outcome for each reported URL (case 0194-7731-KR):

{X[4]} | Action taken: Removed - violation of our Illegal or certain regulated goods or services policy
{X[5]} | No action: we did not find a violation of the X Rules
{X[6]} | Not found - the post is no longer on X
{X[7]} | Action taken: Withheld in KR

If you believe we have made an error, you may reply to this email.

{X_FOOT}""",
    outcome="applied", classification="confirmation",
    items={X[4]: "removed", X[5]: "rejected", X[6]: "not_found", X[7]: "restricted"},
    imitates="X 'Action taken / No action' per-URL outcome lines in legal-request replies (Lumen database style)",
    why="one status per line after a pipe: removed, rejected (no violation), not_found, restricted"))

add(dict(
    name="x-status-on-line-below-url", from_="legal@x.com",
    date="Thu, 12 Sep 2024 01:05:55 +0000", subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hi,

Thanks for your patience. Update on three of the reported posts:

{X[8]}
This post has been withheld in the Republic of Korea in response to your request.

{X[9]}
Withheld in KR.

{X[10]}
Following our review we did not find this post to be in violation of the X Rules
or local law as presented, and we have not taken action on it.

Best,
X Legal""",
    outcome="applied", classification="confirmation",
    items={X[8]: "restricted", X[9]: "restricted", X[10]: "rejected"},
    imitates="X legal-desk free-text updates where each bare URL is followed by its outcome sentence",
    why="status on the line right below a bare URL; a negated action with a reason is a rejection"))

add(dict(
    name="x-top-posted-over-quoted-request", from_="legal@x.com",
    date="Fri, 13 Sep 2024 06:20:11 +0000", subject="RE: KCSC-240909-01 Request to remove content",
    reply_to_req="req-240909-01",
    body=f"""Hello,

{X[11]} has been removed for violating our counterfeit and fake documents policy.

Regards,
X Legal

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(X, 'KCSC-240909-01')}""",
    outcome="applied", classification="confirmation",
    items={X[11]: "removed"},
    imitates="Gmail-style top-posted reply over the quoted request ('On ... wrote:' block)",
    why="only the top-posted sentence counts; the quoted request lists all 14 URLs next to 'removed' wording"))

add(dict(
    name="x-ack-received-listing-urls", from_="noreply@x.com",
    date="Mon, 09 Sep 2024 01:03:00 +0000", subject="[Case 0194-7731-KR] We received your request",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hello,

We have received your request regarding the following content:

{X[12]}
{X[13]}

A ticket has been created (case 0194-7731-KR). Our team will review your
report and get back to you. Please do not reply to this automated message.

X Support
https://help.x.com/en/forms""",
    outcome="ignored",
    items={},
    imitates="X/Twitter automated case-number receipt ('We have received your report ... case number')",
    why="pure automatic receipt: lists URLs but states nothing about them (classification left open: acknowledgement or auto_reply)"))

add(dict(
    name="x-hedged-may-withhold", from_="legal@x.com",
    date="Sat, 14 Sep 2024 02:44:10 +0000", subject="Re: KCSC-240909-01 follow-up",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Regarding {X[12]} and {X[13]}: our team is still assessing these posts
against local law. Depending on the outcome, they may be withheld in Korea.
We will let you know once a decision has been made.

Thanks,
X Legal""",
    outcome="review", review="not_understood",
    items={},
    imitates="X legal-desk interim update ('still assessing', 'may be withheld')",
    why="trusted email naming items with only a hedged, future statement: must be seen, not applied nor ignored"))

add(dict(
    name="x-dmarc-fail-removed", from_="legal@x.com", auth="fail",
    date="Wed, 11 Sep 2024 11:11:11 +0000", subject="Re: KCSC-240909-01 removal completed",
    reply_to_req="req-240909-01",
    body=f"""Hello,

The following posts have been removed:

{X[0]}
{X[1]}
{X[2]}

X Legal""",
    outcome="review", review="untrusted",
    items={},
    imitates="X legal reply (plain removal list), here with failing DMARC",
    why="a perfect confirmation that fails DMARC for x.com must go to review as untrusted"))

add(dict(
    name="x-html-table-outcomes", from_="legal@x.com", type="html",
    date="Thu, 12 Sep 2024 09:00:00 +0000", subject="KCSC-240909-01: Outcome of your request",
    reply_to_req="req-240909-01",
    body=f"""<html><body>
<p>Dear KCSC,</p>
<p>Below is the outcome of our review of your request KCSC-240909-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Removed</td></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>Withheld in Korea</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>No violation found - no action</td></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>Already deleted by the account holder</td></tr>
</table>
<p>Learn more about <a href="https://help.x.com/en/rules-and-policies/enforcement-options">our range of enforcement options</a>.</p>
<p>X Legal</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    items={X[4]: "removed", X[5]: "restricted", X[6]: "rejected", X[7]: "not_found"},
    imitates="HTML outcome table of a trust-and-safety reply, with an 'enforcement options' help link",
    why="HTML table with one outcome per row; 'already deleted by the account holder' is not_found; help link is not an item"))

add(dict(
    name="x-reported-content-echoed", from_="legal@x.com",
    date="Sun, 15 Sep 2024 04:30:00 +0000", subject="Your report to X: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

We've reviewed your report and removed the reported content for violating the
X Rules on illegal gambling promotion.

Reported content:
- {X[12]}
- {X[13]}

Reported by: Korea Communications Standards Commission
Report reference: KCSC-240909-01

Read more about our policies: https://help.x.com/en/rules-and-policies/x-rules
Appeals: https://help.x.com/forms/account-access/appeals

{X_FOOT}""",
    outcome="applied", classification="confirmation",
    items={X[12]: "removed", X[13]: "removed"},
    imitates="X 'We've reviewed your report' outcome email with the echoed 'Reported content' block and policy/appeal links",
    why="statement about 'the reported content' followed by the echoed report that lists the two URLs; policy and appeal links are not items"))

qp_text = f"""Dear Commission,

Further to your request KCSC-240909-01, we confirm the following actions:

1. {X[0]} =E2=80=93 removed
2. {X[1]} =E2=80=93 removed
3. {X[2]} =E2=80=93 removed
4. {X[3]} =E2=80=93 we were unable to locate this post; it does not exist on X

Kind regards,
X Legal"""
qp_text = quopri.decodestring(qp_text.encode()).decode("utf-8")
add(dict(
    name="x-numbered-list-qp", from_="legal@x.com",
    date="Tue, 17 Sep 2024 07:15:00 +0000", subject="KCSC-240909-01 confirmation",
    reply_to_req="req-240909-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(qp_text),
    outcome="applied", classification="confirmation",
    items={X[0]: "removed", X[1]: "removed", X[2]: "removed", X[3]: "not_found"},
    imitates="numbered outcome list as sent by Outlook/Exchange legal mailboxes in quoted-printable",
    why="quoted-printable body (soft line breaks inside long URLs, en dashes); numbered list; 'unable to locate ... does not exist' is not_found"))

add(dict(
    name="x-outlook-original-message", from_="legal@x.com",
    date="Wed, 18 Sep 2024 00:50:00 +0000", subject="RE: KCSC-240909-01 Request to remove content",
    reply_to_req="req-240909-01",
    body=f"""Removed:
{X[5]}
{X[6]}

X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240909-01 Request to remove content

{quote(X, 'KCSC-240909-01', prefix='')}""",
    outcome="applied", classification="confirmation",
    items={X[5]: "removed", X[6]: "removed"},
    imitates="terse Outlook reply over '-----Original Message-----' with our request unquoted below",
    why="a one-word heading over two bare URLs; the Outlook original (not '>'-quoted) is our text and lists all 14 items"))

add(dict(
    name="x-unknown-sender-claims-deletion", from_="gangnam.escort7.owner@gmail.com", name_from="Min Park",
    date="Thu, 12 Sep 2024 13:02:00 +0000", subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""hello, I am the owner of this account.
I already deleted {X[8]} and {X[9]} myself, please close the case.
thanks""",
    outcome="review", review="unknown_sender",
    items={},
    imitates="account-holder replies that reach regulators when the platform forwards the notice to the user",
    why="an unknown sender (gmail) claiming deletion of two requested items must go to review, never applied"))

add(dict(
    name="x-age-restricted", from_="legal@x.com",
    date="Mon, 16 Sep 2024 05:05:00 +0000", subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

The post {X[10]} has been age-restricted: it is now shown only to logged-in
adult users behind a sensitive-media warning, and is not viewable by minors.

The post {X[11]} has been deleted.

X Legal""",
    outcome="applied", classification="confirmation",
    items={X[10]: "restricted", X[11]: "removed"},
    imitates="X sensitive-media / age-restriction notice wording",
    why="age restriction is a restriction (issue 11 family); 'has been deleted' is removed"))

# ============================================================ YouTube (5)
YT_FOOT = """Regards,
The YouTube Legal Support Team
https://support.google.com/youtube/answer/2802032

© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043"""

add(dict(
    name="yt-removed-and-blocked-in-kr", from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:00:00 +0000", subject="[6-1234000036451] Re: KCSC-240910-01",
    reply_to_req="req-240910-01",
    body=f"""Hello,

Thanks for reaching out to us.

After reviewing the content in question, we have removed the following video
for violating YouTube's Community Guidelines:
{Y[0]}

In addition, we have blocked the following video from view in South Korea
based on local law:
{Y[1]}

For more information about YouTube's policies, please visit
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

{YT_FOOT}""",
    outcome="applied", classification="confirmation",
    items={Y[0]: "removed", Y[1]: "restricted"},
    imitates="YouTube Legal Support replies ('we have removed ...', 'blocked from view in <country> based on local law') with a ticket number in the subject",
    why="URL on the line below its statement, twice; help links are not items"))

yt_txt = f"""Hello,

We've reviewed the content you reported.

{Y[2]}
We've age-restricted this Short. It is no longer visible to users under 18 or to
signed-out users.

{Y[3]}
After careful review, we've determined that this video doesn't violate our
Community Guidelines, so we won't be taking it down.

{YT_FOOT}"""
yt_html = f"""<html><body><p>Hello,</p><p>We've reviewed the content you reported.</p>
<p><a href="{Y[2]}">{Y[2]}</a><br>We've age-restricted this Short. It is no longer visible to users under 18 or to signed-out users.</p>
<p><a href="{Y[3]}">{Y[3]}</a><br>After careful review, we've determined that this video doesn't violate our Community Guidelines, so we won't be taking it down.</p>
<p>Regards,<br>The YouTube Legal Support Team<br><a href="https://support.google.com/youtube/answer/2802032">Help Center</a></p></body></html>"""
add(dict(
    name="yt-age-restricted-and-no-violation-alt", from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 06:30:00 +0000", subject="[6-1234000036451] Update on your report",
    reply_to_req="req-240910-01",
    raw_mime=mp("yt-alt-0001", "alternative", [(TXT, yt_txt), (HTML, yt_html)]),
    outcome="applied", classification="confirmation",
    items={Y[2]: "restricted", Y[3]: "rejected"},
    imitates="YouTube 'We've reviewed the content you reported' outcome (age-restriction notice; 'doesn't violate our Community Guidelines')",
    why="multipart/alternative; age-restricted is restricted; 'doesn't violate ... won't be taking it down' is a rejection"))

add(dict(
    name="yt-base64-removed-by-uploader", from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 03:10:00 +0000", subject="[6-1234000036451] KCSC-240910-01",
    reply_to_req="req-240910-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""Hello,

Regarding the video below: when we reviewed it, it was no longer available
on YouTube because it had already been removed by the uploader. No further
action is possible on our side.

{Y[4]}

{YT_FOOT}
"""),
    outcome="applied", classification="confirmation",
    items={Y[4]: "not_found"},
    imitates="YouTube 'video unavailable / removed by the uploader' reply",
    why="base64 body; already removed by its author before review is not_found; URL on the line below the statement"))

add(dict(
    name="yt-asks-more-information", from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:45:00 +0000", subject="[6-1234000036451] Additional information needed",
    reply_to_req="req-240910-01",
    body=f"""Hello,

Thank you for your request. In order to process it, we need some additional
information regarding the following videos:

{Y[2]}
{Y[3]}

Please provide the timestamp(s) at which the allegedly unlawful statements
occur and a copy of the court order or the specific provision of Korean law
that you believe is violated. Without this information we are unable to take
action on your request.

{YT_FOOT}""",
    outcome="review", review="asks_more", classification="request_for_info",
    items={},
    imitates="YouTube Legal Support 'we need some additional information' reply to a defamation/legal request",
    why="the platform asks for timestamps and a legal basis: nothing done, staff must answer"))

add(dict(
    name="yt-out-of-office", from_="jlee@google.com", name_from="Jiwoo Lee",
    date="Tue, 10 Sep 2024 05:01:00 +0000", subject="Automatic reply: KCSC-240910-01 Request to remove content",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday, September 16, with limited access to email.
For urgent legal requests please contact legal-kr@google.com.

Thanks,
Jiwoo""",
    outcome="ignored", classification="auto_reply",
    items={},
    imitates="Outlook/Exchange 'Automatic reply' out-of-office",
    why="out-of-office auto-reply: ignored"))

add(dict(
    name="yt-gmail-quote-first-removed", from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 08:00:00 +0000", subject="Re: KCSC-240910-01 Request to remove content",
    reply_to_req="req-240910-01",
    body=f"""Hi,

The first video on your list ({Y[0]}) has been taken down. We are still
reviewing the others and will follow up.

Best,
YouTube Legal Support

On Tue, Sep 10, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(Y, 'KCSC-240910-01')}""",
    outcome="applied", classification="confirmation",
    items={Y[0]: "removed"},
    imitates="Gmail-style top-posted partial update over the quoted request",
    why="only the URL the platform names is removed; 'still reviewing the others' names nothing and the quote does not count"))

add(dict(
    name="yt-ack-phrase-with-statement", from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 01:20:00 +0000", subject="[6-1234000036452] Re: KCSC-240910-01",
    reply_to_req="req-240910-01",
    body=f"""Hello,

We have received your request and reviewed it. The video {Y[1]} has been
blocked in South Korea and is no longer viewable there.

{YT_FOOT}""",
    outcome="applied", classification="confirmation",
    items={Y[1]: "restricted"},
    imitates="YouTube legal reply that opens with receipt boilerplate and then states the country block",
    why="an acknowledgement phrase plus an unhedged statement about an item is not an acknowledgement"))

# ============================================================ Meta (4)
META_FOOT = """Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
Community Standards: https://transparency.meta.com/policies/community-standards/
Help Centre: https://www.facebook.com/help/"""

add(dict(
    name="meta-restricted-and-removed-prose", from_="records@fb.com", name_from="Meta Law Enforcement Response",
    date="Thu, 12 Sep 2024 10:10:00 +0000", subject="RE: KCSC-240911-01 [ref:!00D1a.5004bK9]",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Thank you for contacting Meta. We have reviewed your request KCSC-240911-01.

Based on our review, we have restricted access in South Korea to the content at
{M[0]} as it appears to violate local law.

We also removed {M[1]} because it goes against our Community Standards on
restricted goods and services.

{META_FOOT}""",
    outcome="applied", classification="confirmation",
    items={M[0]: "restricted", M[1]: "removed"},
    imitates="Meta legal/government request response ('we have restricted access in <country>' per the Transparency Center content-restrictions wording)",
    why="prose: 'restricted access in South Korea' and 'removed ... goes against our Community Standards'; the hedge 'appears to violate' is only the reason"))

add(dict(
    name="meta-doesnt-go-against-standards", from_="support@instagram.com", name_from="Instagram",
    date="Fri, 13 Sep 2024 02:00:00 +0000", subject="Update on your report",
    reply_to_req="req-240911-01",
    body=f"""Hi,

We reviewed the post you reported and found that it doesn't go against our
Community Guidelines. We didn't remove it.

Your report:
  Post: {M[2]}
  Reason: Sale of illegal or regulated goods
  Submitted: 11 September 2024

If you think we got this wrong, you can request another review:
https://help.instagram.com/contact/request-review

{META_FOOT}""",
    outcome="applied", classification="confirmation",
    items={M[2]: "rejected"},
    imitates="Instagram/Facebook 'We reviewed ... it doesn't go against our Community Standards' support-inbox outcome with the echoed report",
    why="negated removal with reason = rejection; the URL is in the echoed report below the statement; the review link is not an item"))

meta_csv = "url,action,action_date\n" + "\n".join([
    f"{M[0]},Content restricted in KR,2024-09-13",
    f"{M[1]},Removed,2024-09-13",
    f"{M[2]},Content not found,2024-09-13",
    f"{M[3]},Removed,2024-09-13",
]) + "\n"
add(dict(
    name="meta-csv-attachment", from_="lers-kr@meta.com", name_from="Meta Legal",
    date="Fri, 13 Sep 2024 11:40:00 +0000", subject="KCSC-240911-01 - results",
    reply_to_req="req-240911-01",
    raw_mime=mp("meta-mix-7721", "mixed", [
        (TXT, "Hello,\n\nPlease find attached the actions taken on your request KCSC-240911-01.\n\nMeta Legal\n"),
        (["Content-Type: text/csv; charset=utf-8; name=\"KCSC-240911-01_results.csv\"",
          "Content-Disposition: attachment; filename=\"KCSC-240911-01_results.csv\"",
          "Content-Transfer-Encoding: base64"], b64(meta_csv)),
    ]),
    outcome="applied", classification="confirmation",
    items={M[0]: "restricted", M[1]: "removed", M[2]: "not_found", M[3]: "removed"},
    imitates="results spreadsheet attached to a legal-team reply (CSV export of a case-management tool)",
    why="base64 CSV attachment with one action per row; the body only points to it"))

add(dict(
    name="meta-some-actioned-unspecified", from_="records@fb.com", name_from="Meta Law Enforcement Response",
    date="Sat, 14 Sep 2024 03:33:00 +0000", subject="RE: KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""Hello,

We have taken action on some of the content you reported, where we found it
went against our Community Standards or local law. The remaining items are
still being reviewed.

Content you reported:
{M[0]}
{M[1]}
{M[2]}
{M[3]}

{META_FOOT}""",
    outcome="review", review="not_understood",
    items={},
    imitates="Meta partial outcome ('we have taken action on some of the content you reported')",
    why="'some of the content' does not say which: no item can be applied; review (bulk would also be defensible)"))

add(dict(
    name="meta-lookalike-domain", from_="legal-response@meta-support-center.com", name_from="Meta Legal",
    date="Sat, 14 Sep 2024 08:08:08 +0000", subject="RE: KCSC-240911-01 completed",
    reply_to_req="req-240911-01",
    body=f"""Dear KCSC,

The following Instagram reel has been removed per your request:
{M[3]}

Meta Legal Team""",
    outcome="review", review="unknown_sender",
    items={},
    imitates="phishing look-alike of a Meta legal reply (domain passes its own DMARC)",
    why="look-alike domain is no platform sender: review unknown_sender, nothing applied"))

add(dict(
    name="meta-out-of-office", from_="hkim@meta.com", name_from="Hyejin Kim",
    date="Wed, 11 Sep 2024 01:00:00 +0000", subject="Out of Office: KCSC-240911-01 Request to remove content",
    reply_to_req="req-240911-01",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Thank you for your email. I am currently on leave and will return on 23 September.
Your message will not be forwarded. For legal process, please use the Meta
Law Enforcement Online Request System.""",
    outcome="ignored", classification="auto_reply",
    items={},
    imitates="corporate out-of-office auto-reply",
    why="auto-reply from a platform domain: ignored"))

# ============================================================ TikTok (3)
TT_FOOT = """TikTok Trust & Safety
Community Guidelines: https://www.tiktok.com/community-guidelines
TikTok Pte. Ltd., 1 Raffles Quay, Singapore"""

add(dict(
    name="tiktok-result-below-each-video", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 07:00:00 +0000", subject="Re: KCSC-240912-01 - Report outcome",
    reply_to_req="req-240912-01",
    body=f"""Hi,

Thanks for your report. Here is what we found:

Video: {T[0]}
Result: We removed this video because it violates our Community Guidelines on
regulated goods.

Video: {T[1]}
Result: This video is now restricted in your country/region.

Video: {T[2]}
Result: No violation found. The video remains available.

{TT_FOOT}""",
    outcome="applied", classification="confirmation",
    items={T[0]: "removed", T[1]: "restricted", T[2]: "rejected"},
    imitates="TikTok report-outcome notices ('We removed this video', 'restricted in your country/region', 'No violation found')",
    why="'Video:' / 'Result:' pairs; status on the line below the URL"))

add(dict(
    name="tiktok-future-and-under-review", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 01:00:00 +0000", subject="Re: KCSC-240912-01",
    reply_to_req="req-240912-01",
    body=f"""Hi,

{T[0]} will be removed within 48 hours once our local team confirms the legal
assessment.
{T[1]} is under review.

{TT_FOOT}""",
    outcome="review", review="not_understood",
    items={},
    imitates="TikTok interim reply (future tense, 'under review')",
    why="only promises and 'under review' about named items: nothing to apply, but trusted and naming items, so review"))

add(dict(
    name="tiktok-read-receipt", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 02:15:00 +0000", subject="Read: KCSC-240912-01 Request to remove content",
    raw_mime=mp("mdn-55aa", "report", [
        (TXT, "Your message\n\n  To: legal-kr@tiktok.com\n  Subject: KCSC-240912-01 Request to remove content\n  Sent: Thursday, September 12, 2024 11:00 AM\n\nwas read on Thursday, September 12, 2024 11:15 AM.\n"),
        (["Content-Type: message/disposition-notification"],
         "Reporting-UA: mail.tiktok.com; Microsoft Exchange\nFinal-Recipient: rfc822;legal-kr@tiktok.com\nOriginal-Message-ID: <req-240912-01@kcsc.example>\nDisposition: manual-action/MDN-sent-manually; displayed\n"),
    ], extra="; report-type=disposition-notification"),
    outcome="ignored",
    items={},
    imitates="Exchange read receipt (MDN, multipart/report; report-type=disposition-notification)",
    why="read receipt: ignored (not forwarded)"))

add(dict(
    name="tiktok-not-removed-no-violation-and-removed", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Sun, 15 Sep 2024 09:00:00 +0000", subject="Re: KCSC-240912-01 final outcome",
    reply_to_req="req-240912-01",
    body=f"""Hi,

We did not remove {T[1]}, as after review we found that it does not violate our
Community Guidelines or applicable local law.

{T[2]} has been taken down.

If you have additional context, you can reply to this email.

{TT_FOOT}""",
    outcome="applied", classification="confirmation",
    items={T[1]: "rejected", T[2]: "removed"},
    imitates="TikTok final outcome email mixing a 'did not remove ... does not violate' decision and a takedown",
    why="negated removal with a reason is rejection, not silence; 'taken down' is removed"))

# ============================================================ Reddit (2)
RD_FOOT = """Reddit Safety Team
Reddit Content Policy: https://www.redditinc.com/policies/content-policy
Reddit, Inc., 303 2nd Street, South Tower, 5th Floor, San Francisco, CA 94107"""

add(dict(
    name="reddit-violates-taken-action", from_="noreply@reddithelp.com", name_from="Reddit Safety",
    date="Sat, 14 Sep 2024 00:30:00 +0000", subject="Re: [Reddit] KCSC-240913-01",
    reply_to_req="req-240913-01",
    body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content violates Reddit's Content Policy and we
have removed it.

Reported content: {R[0]}

Thanks again for your report and for helping to keep Reddit safe.

{RD_FOOT}""",
    outcome="applied", classification="confirmation",
    items={R[0]: "removed"},
    imitates="Reddit admin report-outcome message ('After investigating, we've found that the reported content violates Reddit's Content Policy')",
    why="statement about 'the reported content' followed by the echoed URL; the content-policy link is not an item"))

add(dict(
    name="reddit-geo-restricted-and-author-deleted", from_="legal@reddit.com", name_from="Reddit Legal",
    date="Mon, 16 Sep 2024 02:02:00 +0000", subject="Re: KCSC-240913-01 Request to remove content",
    reply_to_req="req-240913-01",
    body=f"""Hello,

- {R[1]} : restricted from view in South Korea in response to your request.
- {R[0]} : the post was deleted by its author before our review; there is nothing
  left for us to act on.

Regards,
Reddit Legal""",
    outcome="applied", classification="confirmation",
    items={R[1]: "restricted", R[0]: "not_found"},
    imitates="Reddit legal geo-restriction reply (Reddit transparency report: content 'restricted in the country') with bulleted per-URL results",
    why="bulleted per-URL outcomes; deletion by the author before review is not_found"))

add(dict(
    name="reddit-statement-about-discord-item", from_="legal@reddit.com", name_from="Reddit Legal",
    date="Mon, 16 Sep 2024 09:00:00 +0000", subject="Re: request forwarded to us",
    body=f"""Hello,

We believe this request was sent to us in error. For what it is worth, the link
{D[0]} has been removed. Reddit does not host that content.

Reddit Legal""",
    outcome="review", review="wrong_platform",
    items={},
    imitates="platform reply saying a request was misdirected",
    why="a trusted Reddit email cannot set the status of a Discord item; review (not_understood would also be fair)"))

add(dict(
    name="reddit-auto-ticket-receipt", from_="noreply@reddithelp.com", name_from="Reddit Help",
    date="Fri, 13 Sep 2024 07:01:00 +0000", subject="Request received: ticket #8812345",
    reply_to_req="req-240913-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi,

Your request (#8812345) has been received and is being reviewed by our support
staff. To add additional comments, reply to this email.

This email is a service from Reddit Help.""",
    outcome="ignored",
    items={},
    imitates="Zendesk-style 'Request received' ticket receipt (Reddit Help)",
    why="automatic ticket receipt stating nothing about items: ignored"))

# ============================================================ Discord (1)
add(dict(
    name="discord-removed-ticket", from_="trust-safety@discord.com", name_from="Discord Trust & Safety",
    date="Tue, 17 Sep 2024 03:00:00 +0000", subject="Re: [Ticket #31557204] KCSC-240916-01",
    reply_to_req="req-240916-01",
    body=f"""Hello,

Thank you for your report. Our Safety team reviewed the message you reported
and found that it violates Discord's Community Guidelines. We have removed the
message and taken appropriate action against the account involved.

Message link: {D[0]}

You can learn more about our Community Guidelines at
https://discord.com/guidelines

Best,
Discord Trust & Safety""",
    outcome="applied", classification="confirmation",
    items={D[0]: "removed"},
    imitates="Discord Trust & Safety ticket reply ('We have removed the message and taken appropriate action')",
    why="statement about 'the message you reported' with the message link on its own line below; guidelines link is not an item"))

add(dict(
    name="discord-invalid-link", from_="trust-safety@discord.com", name_from="Discord Trust & Safety",
    date="Wed, 18 Sep 2024 03:00:00 +0000", subject="Re: [Ticket #31557204] KCSC-240916-01",
    reply_to_req="req-240916-01",
    body=f"""Hello,

We were unable to locate the message at {D[0]}. The link is invalid: the
message or the channel no longer exists.

Best,
Discord Trust & Safety""",
    outcome="applied", classification="confirmation",
    items={D[0]: "not_found"},
    imitates="Discord Trust & Safety 'unable to locate the reported message' reply",
    why="'unable to locate ... link is invalid ... no longer exists' is not_found"))

dsn_text = """This is the mail system at host mx1.discord.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@discord.com>: host mx1.discord.com said: 550 5.1.1 User unknown
"""
orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@discord.com
Subject: KCSC-240916-01 Request to remove content
Message-ID: <req-240916-01@kcsc.example>
Date: Mon, 16 Sep 2024 10:30:00 +0900

The following content has been found illegal; please confirm it has been removed:
{D[0]}
"""
add(dict(
    name="discord-bounce-dsn", from_="MAILER-DAEMON@discord.com", name_from="Mail Delivery System",
    date="Mon, 16 Sep 2024 01:31:00 +0000", subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=mp("dsn-9f1e", "report", [
        (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], dsn_text),
        (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
         "Reporting-MTA: dns; mx1.discord.com\n\nFinal-Recipient: rfc822; legal-kr@discord.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n"),
        (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], orig),
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    items={},
    imitates="Postfix bounce (DSN) with our request embedded as message/rfc822",
    why="a bounce of our own request: ignored whoever sent it, though the embedded request names the item next to 'removed'"))

# ============================================================ Telegram (3)
add(dict(
    name="tg-blocked-two", from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 06:00:00 +0000", subject="Re: KCSC-240917-01",
    reply_to_req="req-240917-01",
    body=f"""Hello,

Thanks for your report. The following messages have been blocked:

{G[0]}
{G[1]}

Telegram Moderation Team""",
    outcome="applied", classification="confirmation",
    items={G[0]: "removed", G[1]: "removed"},
    imitates="Telegram abuse-desk short reply ('the following ... have been blocked')",
    why="'blocked' without a country is removal (issue 11); heading over bare URLs"))

add(dict(
    name="tg-ack-no-items", from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 00:10:00 +0000", subject="Re: KCSC-240917-01",
    reply_to_req="req-240917-01",
    body="""Hello,

Thank you, we have received your report and our moderators will look into it.

Telegram Support""",
    outcome="ignored", classification="acknowledgement",
    items={},
    imitates="Telegram abuse-desk 'we have received your report' acknowledgement",
    why="pure acknowledgement, no item statement: ignored"))

add(dict(
    name="tg-not-found-invalid", from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 08:00:00 +0000", subject="Re: KCSC-240917-01",
    reply_to_req="req-240917-01",
    body=f"""Hello,

{G[2]} - we could not find this message. The link appears to be invalid or the
message does not exist.

{G[0]} - blocked.

Telegram Moderation Team""",
    outcome="applied", classification="confirmation",
    items={G[2]: "not_found", G[0]: "removed"},
    imitates="Telegram abuse-desk per-line reply ('could not find this message', 'blocked')",
    why="'could not find ... does not exist' is not_found despite 'appears' in the explanation clause; 'blocked' is removed"))

add(dict(
    name="tg-dmarc-fail-blocked", from_="abuse@telegram.org", name_from="Telegram Abuse", auth="fail",
    date="Wed, 18 Sep 2024 10:00:00 +0000", subject="Re: KCSC-240917-01",
    reply_to_req="req-240917-01",
    body=f"""Hello,

The channel has been blocked: {G[1]}

Telegram Moderation Team""",
    outcome="review", review="untrusted",
    items={},
    imitates="Telegram abuse-desk reply with failing DMARC",
    why="one-sentence notice that fails DMARC: review untrusted"))


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_") if "from_" in c else c["from"]
    header = """# Blind set 22 (general English mix; X, YouTube, Meta, TikTok, Reddit, Discord, Telegram).
# Expected results written from each email's meaning before any run of the reader."""
    write_set(HERE, "blind22", header, cases)


if __name__ == "__main__":
    main()
