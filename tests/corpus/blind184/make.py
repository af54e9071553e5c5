#!/usr/bin/env python3
"""Blind set 184: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Pinterest, plus Telegram/Twitch/Snapchat mail).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic:
    python3 tests/corpus/blind184/make.py

Every email is fictional and written in our own words; the expected result of
each case was written from the email's meaning before the reader was run.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "facebookmail.com": "Facebook",
    "meta.com": "Meta",
    "instagram.com": "Instagram",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
    "pinterest.com": "Pinterest",
    "twitch.tv": "Twitch",
    "snapchat.com": "Snapchat",
})

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/luckyspin_kr/status/1830911224650117120",      # 0
    "https://x.com/luckyspin_kr/status/1830911867345229843",      # 1
    "https://x.com/bet_seoul77/status/1831203455781902337",       # 2
    "https://x.com/bet_seoul77/status/1831204012294451201",       # 3
    "https://x.com/nightpill_shop/status/1831377720915861504",    # 4
    "https://x.com/nightpill_shop/status/1831380094410792960",    # 5
    "https://x.com/dm4price_ice/status/1831522876004163584",      # 6
    "https://x.com/hanriver_toto/status/1831601998236581888",     # 7
    "https://x.com/hanriver_toto/status/1831602233577156609",     # 8
    "https://x.com/pharma_direct_k/status/1831745510387449857",   # 9
    "https://x.com/pharma_direct_k/status/1831746622019211264",   # 10
    "https://x.com/casino_gift_88/status/1831889012763070464",    # 11
    "https://x.com/casino_gift_88",                               # 12
    "https://x.com/slot_master_kor/status/1832011456328073216",   # 13
]
YT = [
    "https://www.youtube.com/watch?v=Qm7rT2vLx0A",
    "https://www.youtube.com/watch?v=bH4kW9zPq3E",
    "https://www.youtube.com/shorts/Zx81LmP0aQw",
    "https://www.youtube.com/@jackpot-live-kr",
]
META = [
    "https://www.facebook.com/groups/4410729981123/posts/4418850029911/",
    "https://www.instagram.com/p/C_kT3mNs9Qe/",
    "https://www.facebook.com/profile.php?id=61560218834471",
]
TT = [
    "https://www.tiktok.com/@pillbox.kr/video/7410023458812345601",
    "https://www.tiktok.com/@pillbox.kr/video/7410087712093384962",
    "https://www.tiktok.com/@seoul_lotto_tip/video/7410511203847265537",
    "https://www.tiktok.com/@seoul_lotto_tip/video/7410599934102113542",
    "https://www.tiktok.com/@fakeid_maker/video/7411022336559183112",
]
RD = [
    "https://www.reddit.com/r/kbetting/comments/1f8x2qz/free_points_daily_link_inside/",
    "https://www.reddit.com/user/hanguk_supplier/comments/1f91kdm/price_list_september/",
]
DC = ["https://discord.gg/kNp4VzQ8"]
PN = [
    "https://www.pinterest.com/pin/1125899906842624017/",
    "https://www.pinterest.com/pin/1125899906842630554/",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, msgid, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "gambling", "req.20240903.0101", "illegal gambling and drug sale posts"),
    ("KCSC-240904-02", "youtube", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00", YT,
     "gambling", "req.20240904.0102", "live casino promotion"),
    ("KCSC-240905-03", "meta", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", META,
     "drugs", "req.20240905.0103", "drug sale group and profile"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", TT,
     "drugs", "req.20240906.0104", "pills, lottery scam, forged ids"),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", RD,
     "gambling", "req.20240909.0105", ""),
    ("KCSC-240910-06", "discord", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", DC,
     "fraud", "req.20240910.0106", "server invite"),
    ("KCSC-240911-07", "pinterest", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", PN,
     "obscenity", "req.20240911.0107", ""),
]
REQ = {r[0]: r for r in REQUESTS}
PNAME = {"x": "X", "youtube": "YouTube", "meta": "Meta", "tiktok": "TikTok",
         "reddit": "Reddit", "discord": "Discord", "pinterest": "Pinterest"}


def request_text(ref):
    r = REQ[ref]
    lines = [
        f"Dear {PNAME[r[1]]} team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the content",
        "below to be illegal under Korean law and asks you to remove it or to restrict",
        f"access to it from Korea. Our reference: {ref}.",
        "",
    ]
    for i, u in enumerate(r[4], 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address stating the action taken for each URL.", "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return lines


def gmail_quote(ref, when):
    return "\n".join([f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:"] +
                     [("> " + l).rstrip() for l in request_text(ref)])


def outlook_quote(ref, when, to):
    r = REQ[ref]
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {when}",
        f"To: {to}",
        f"Subject: [{ref}] Request to remove illegal content",
        "",
    ] + request_text(ref))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def rid(ref):
    return REQ[ref][6]


cases = []


def case(**kw):
    cases.append(kw)


# ======================================================================== X
case(
    name="x-legal-withheld-kr-bullets",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 07:12:40 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request of 3 September 2024 (your reference KCSC-240903-01).

We reviewed the reported content under the applicable local law. We have
withheld the following posts in the Republic of Korea:

  \u2022 {X[0]}
  \u2022 {X[1]}
  \u2022 {X[2]}
  \u2022 {X[3]}

The posts remain visible to people outside the Republic of Korea. The
account holders were told about this action in line with our user notice
policy, and a copy of the request may be published on Lumen.

The remaining URLs in your request are still with our team; we will write to
you about them separately.

More about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply on a government removal request (Country Withheld Content)",
    why="four named posts withheld in Korea; the other ten items are explicitly still open",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
)

case(
    name="x-mixed-outcomes-sections",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 02:40:11 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hi,

We have finished reviewing further items from your request KCSC-240903-01.
The outcome for each is below.

Removed for violating the X Rules (illegal or certain regulated goods or
services):
{X[4]}
{X[5]}

Withheld in South Korea:
{X[7]}
{X[8]}

No action. We did not find that this post breaks the X Rules, and the request
does not give a legal basis specific enough for us to withhold it:
{X[13]}

We could not locate the following post. The link returns no content and the
ID is not in our records:
{X[6]}

If you have additional information about the post we did not act on, you can
reply to this email.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome email grouping URLs under outcome headings",
    why="headings give each URL below them its status: removed, withheld, no action, not located",
    items={X[4]: "removed", X[5]: "removed", X[7]: "restricted", X[8]: "restricted",
           X[13]: "rejected", X[6]: "not_found"},
)

case(
    name="x-account-suspended",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 11 Sep 2024 09:03:55 +0000",
    subject="Your report about @casino_gift_88 [KCSC-240903-01]",
    body=f"""
Hello,

We have reviewed the account you reported,
{X[12]}, and permanently suspended it
for violating our rules on platform manipulation and spam. Because the account
is suspended, the post
{X[11]}
is no longer viewable on X either.

Thank you for helping keep X safe.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X Support notice of permanent account suspension following a report",
    why="suspended account and its post stated no longer viewable: both removed",
    items={X[12]: "removed", X[11]: "removed"},
)

x_html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below the outcome of our review of your request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Basis</th></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld (KR)</td><td>Local law</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Removed</td><td>X Rules &ndash; illegal goods</td></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>No violation found</td><td>&ndash;</td></tr>
</table>
<p>Our <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">legal request FAQs</a> explain how we handle these requests.</p>
<p>X Legal</p>
</body></html>"""
case(
    name="x-html-table",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 05:20:00 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req=rid("KCSC-240903-01"),
    type="html", body=x_html,
    outcome="applied", classification="confirmation",
    imitates="X legal decision table (HTML-only mail)",
    why="HTML table: one withheld, one removed, one found not violating; help link is not an item",
    items={X[9]: "restricted", X[10]: "removed", X[2]: "rejected"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "m.okafor@x.com"}, name_from="Maya Okafor",
    date="Tue, 17 Sep 2024 08:31:02 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello KCSC team,

One update on your request: after a second review with our local counsel, the
post {X[13]} has now been withheld in South Korea.

There is no change for the other items since our last message.

Best,
Maya
X Global Government Affairs

{gmail_quote("KCSC-240903-01", "Tue, Sep 3, 2024 at 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="X staff top-posted reply over a Gmail-quoted request",
    why="only the post named above the quote changes; the 14 quoted URLs are our own request",
    items={X[13]: "restricted"},
)

case(
    name="x-korean-particles-fullwidth",
    **{"from": "legal-kr@x.com"}, name_from="X Korea Legal",
    date="Fri, 13 Sep 2024 06:45:19 +0000",
    subject="=?UTF-8?B?" + base64.b64encode("Re: [KCSC-240903-01] 불법정보 삭제 요청 / Request to remove illegal content".encode()).decode() + "?=",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요. 요청번호 KCSC-240903-01 관련 처리 결과를 알려드립니다.

{X[9]}은 대한민국 내에서 접근이 제한되었습니다.
{X[10]}（게시자가 이미 삭제한 게시물입니다）

(English) The first post above has been withheld in South Korea. The second
post had already been deleted by its author before our review, so no action
was needed from X.

감사합니다.
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English X legal reply with URLs followed by Korean particles",
    why="'은' and '（' stick to the URLs; restricted in Korea, and already deleted by its author",
    items={X[9]: "restricted", X[10]: "not_found"},
)

x_b64_text = f"""Hello,

This message concerns your report (our case 0193-KR-2231, your reference
KCSC-240903-01).

We removed {X[5]} for violating our
policy on illegal or certain regulated goods or services.

The post {X[6]} was deleted by the account
owner before our review, so there was nothing left for us to act on.

X Trust & Safety
"""
case(
    name="x-base64-body",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Tue, 10 Sep 2024 11:02:37 +0000",
    subject="Update on your report (case 0193-KR-2231)",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(x_b64_text),
    outcome="applied", classification="confirmation",
    imitates="X Trust & Safety report update sent base64-encoded",
    why="one post removed, one already deleted by its owner (not_found)",
    items={X[5]: "removed", X[6]: "not_found"},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 14:10:00 +0000",
    subject="Notice of action taken on reported content - KCSC-240903-01",
    body=f"""
NOTICE OF ACTION

Decision reference:  SOR-2024-09-KR-558201
Your reference:      KCSC-240903-01
Content:             {X[11]}
Restriction:         Access disabled in the Republic of Korea (country withheld content)
Ground:              Alleged illegal content under the laws of the Republic of Korea (illegal gambling)
Territorial scope:   Republic of Korea
Automated means:     Not used to take this decision
Date of decision:    12 September 2024

The account holder may appeal this decision. Information on redress is
available at https://help.x.com/en/forms/account-access/appeals

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons / notice of action (fields layout)",
    why="one named post, access disabled in Korea only: restricted",
    items={X[11]: "restricted"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 03:15:44 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

We have accepted your request KCSC-240903-01 for processing. Subject to our
review of the legal basis you cited, we will withhold the following posts in
South Korea:

{X[0]}
{X[1]}

We aim to complete this within two business days and will confirm by email
once it is done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising country withholding",
    why="a conditional promise ('will withhold ... subject to review') is no statement; items stay pending",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 01:22:09 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req=rid("KCSC-240903-01"),
    body="""
Hello,

Following our review, all of the posts and accounts identified in your
request KCSC-240903-01 have been withheld in South Korea.

Affected users have been notified unless we were prohibited from doing so.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line outcome covering a whole request",
    why="one statement covering a 14-item request without naming each item: bulk",
)

case(
    name="x-out-of-office",
    **{"from": "j.lindqvist@x.com"}, name_from="Johan Lindqvist",
    date="Tue, 03 Sep 2024 01:04:12 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request to remove illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 17 September with
limited access to email.

Government removal requests should be submitted through our legal request
portal: https://legalrequests.x.com

Johan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from an X staff member",
    why="out-of-office auto-reply (Auto-Submitted), nothing about items",
)

# ================================================================== YouTube
case(
    name="yt-legal-blocked-kr-and-removed",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:33:10 +0000",
    subject="Re: [5-8837000031297] Legal removal request KCSC-240904-02",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your request, we have blocked the following content from view
on YouTube in South Korea:

- {YT[0]}
- {YT[1]}

In addition, after reviewing the following video against YouTube's Community
Guidelines, we removed it from YouTube globally:

- {YT[2]}

Regards,
The YouTube Legal Support Team

Learn more about how we handle legal removals:
https://support.google.com/legal/answer/3110420
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome: local block plus global Community Guidelines removal",
    why="two videos blocked in Korea (restricted), one removed globally; help link is not an item",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed"},
)

case(
    name="yt-age-restricted-channel-terminated",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:50:21 +0000",
    subject="Re: [5-8837000031297] Legal removal request KCSC-240904-02",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Hi there,

We've completed our review of the remaining URLs.

We've applied an age restriction to the following video:
{YT[1]}

The following channel has been terminated for repeated violations of our
policy on sale of regulated goods, and it is no longer available on YouTube:
{YT[3]}

Sincerely,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube decision email with URL on the line below its statement",
    why="age restriction is restricted; terminated channel is removed",
    items={YT[1]: "restricted", YT[3]: "removed"},
)

case(
    name="yt-no-action-and-uploader-deleted",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 23:05:47 +0000",
    subject="Re: [5-8837000031297] Legal removal request KCSC-240904-02",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Hello,

We've reviewed the content you reported.

{YT[0]}
After careful review, we are not taking action on this video. It does not
violate YouTube's Community Guidelines, and based on the information given we
could not conclude that it is unlawful in South Korea. The video will stay up.

{YT[2]}
This video is no longer on YouTube because the uploader deleted it before our
review.

If you have additional information, such as a court order, you may submit a
new request.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'no action' reply with reasons, plus an uploader-deleted video",
    why="refusal with reason (rejected); already deleted by its uploader (not_found)",
    items={YT[0]: "rejected", YT[2]: "not_found"},
)

case(
    name="yt-top-posted-gmail-quote",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    date="Thu, 05 Sep 2024 09:14:00 +0000",
    subject="Re: [KCSC-240904-02] Request to remove illegal content",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Dear KCSC,

The videos {YT[1]} and
{YT[2]} were removed today for violating our
spam, deceptive practices and scams policies.

Kind regards,
Google Legal Korea

{gmail_quote("KCSC-240904-02", "Wed, Sep 4, 2024 at 9:30 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal staff short reply over the quoted request",
    why="two videos named in the reply removed; the quoted list of four is our own text",
    items={YT[1]: "removed", YT[2]: "removed"},
)

case(
    name="yt-under-review",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 01:12:00 +0000",
    subject="Re: [5-8837000031297] Legal removal request KCSC-240904-02",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for your message. The following items are currently under review by
our legal team:

{YT[0]}
{YT[3]}

We'll be in touch as soon as a decision has been made. You don't need to
resubmit the request.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim 'under review' reply naming URLs",
    why="'under review' is no statement; it names requested items so it goes to review, items pending",
    items={YT[0]: "pending", YT[3]: "pending"},
)

case(
    name="yt-law-firm-unknown-sender",
    **{"from": "jhpark@hanbit-law.co.kr"}, name_from="Park Ji-hoon (Hanbit Law)",
    date="Wed, 11 Sep 2024 02:00:00 +0000",
    subject="KCSC-240904-02 - channel @jackpot-live-kr",
    body=f"""
Dear Sir or Madam,

We act for the operator of the YouTube channel {YT[3]}.

Our client has voluntarily taken down all videos on the channel, and the
channel itself was deleted on 10 September 2024. The video
{YT[0]} was also removed by our client.

We ask that the Commission close this matter.

Yours faithfully,
Park Ji-hoon
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the uploader's law firm claiming voluntary deletion",
    why="a non-platform sender's statements never change statuses; it names our request and URLs",
    items={YT[3]: "pending", YT[0]: "pending"},
)

case(
    name="google-search-delisting-pinterest-url",
    **{"from": "removals-noreply@google.com"}, name_from="Google Legal Removals",
    date="Mon, 16 Sep 2024 06:30:00 +0000",
    subject="[7-2381000034567] Your Google Search legal removal request",
    body=f"""
Hello,

In response to your legal removal request, we have blocked the following URL
from appearing in Google Search results for users in South Korea:

{PN[0]}

Please note that this does not remove the page from the website that hosts
it. To have the content itself removed, contact the site owner.

Google Legal Removals
""",
    outcome="review", review="wrong_platform",
    imitates="Google Search legal delisting notice about a third-party page",
    why="Google (youtube platform) states a status for a Pinterest item; delisting is not Pinterest's action",
    items={PN[0]: "pending"},
)

# ===================================================================== Meta
case(
    name="meta-instagram-report-removed",
    **{"from": "noreply@facebookmail.com"}, name_from="Instagram",
    date="Sat, 07 Sep 2024 03:41:18 +0000",
    subject="We removed the post you reported",
    body=f"""
Hi,

Thanks for your report. We reviewed the post and found that it goes against
our Community Guidelines on restricted goods and services, so we removed it.

Reported content:
{META[1]}

Your reference: KCSC-240905-03
Report ID: 1093384456120077

You can see the status of your reports in your Support Requests.

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we removed the post you reported' outcome notice",
    why="one named post removed",
    items={META[1]: "removed"},
)

case(
    name="meta-outlook-quote-local-law",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    date="Tue, 10 Sep 2024 08:05:00 +0000",
    subject="RE: [KCSC-240905-03] Request to remove illegal content",
    reply_to_req=rid("KCSC-240905-03"),
    body=f"""
Dear KCSC Takedown Desk,

Based on local law, we have restricted access in South Korea to the group post
{META[0]}

We reviewed the profile {META[2]} and did not find
that it goes against our Community Standards. It remains on Facebook.

Regards,
Meta Content Regulation Team

{outlook_quote("KCSC-240905-03", "Thursday, September 5, 2024 11:00 AM", "Meta Legal Requests")}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta local-law restriction reply, top-posted over an Outlook-style quote",
    why="post restricted in Korea, profile left up; quoted request (no '>') is not a statement",
    items={META[0]: "restricted", META[2]: "rejected"},
)

meta_qp_text = f"""Hello,

We've finished reviewing the content you reported to us under reference KCSC-240905-03.

The Instagram post {META[1]} has been removed because it goes against our Community Guidelines on drugs.

The Facebook account {META[2]} has been disabled for repeatedly breaking our Community Standards, and it is no longer visible on Facebook.

Thanks for taking the time to report.

Meta Trust & Safety
"""
case(
    name="meta-qp-removed-and-disabled",
    **{"from": "trustandsafety@meta.com"}, name_from="Meta Trust & Safety",
    date="Mon, 09 Sep 2024 10:17:33 +0000",
    subject="Update on your report KCSC-240905-03",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(meta_qp_text),
    outcome="applied", classification="confirmation",
    imitates="Meta Trust & Safety outcome in quoted-printable with soft-wrapped long lines",
    why="post removed; account disabled and no longer visible (removed)",
    items={META[1]: "removed", META[2]: "removed"},
)

meta_html = f"""<html><body>
<div style="font-family:Arial;font-size:13px">
<p>Hi KCSC Takedown Desk,</p>
<p>We've taken action on content you reported.</p>
<table cellpadding="6" style="border:1px solid #ccc">
<tr><td><b>Content</b></td><td><a href="{META[0]}">Facebook group post</a></td></tr>
<tr><td><b>Decision</b></td><td>Restricted in South Korea</td></tr>
<tr><td><b>Reason</b></td><td>Restricted based on local law (your reference KCSC-240905-03)</td></tr>
<tr><td><b>Decided by</b></td><td>Human review</td></tr>
</table>
<p>Learn more about how Meta handles government reports in our <a href="https://transparency.meta.com/reports/content-restrictions/">Transparency Center</a>.</p>
<p>Meta</p>
</div></body></html>"""
meta_plain = f"""Hi KCSC Takedown Desk,

We've taken action on content you reported.

Content: Facebook group post
{META[0]}
Decision: Restricted in South Korea
Reason: Restricted based on local law (your reference KCSC-240905-03)
Decided by: Human review

Meta
"""
case(
    name="meta-html-decision-card",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Wed, 11 Sep 2024 12:00:05 +0000",
    subject="Decision on content you reported",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="mb-184-meta"

--mb-184-meta
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{meta_plain}
--mb-184-meta
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{meta_html}
--mb-184-meta--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta decision card (DSA-style statement, multipart text + HTML with link text)",
    why="one post restricted in Korea; the Transparency Center link is not an item",
    items={META[0]: "restricted"},
)

case(
    name="meta-untrusted-auth-fail",
    **{"from": "security@facebookmail.com"}, name_from="Facebook",
    auth="fail",
    date="Thu, 12 Sep 2024 17:44:00 +0000",
    subject="Re: [KCSC-240905-03] Content removed",
    body=f"""
Hello,

The content {META[0]} has been removed from Facebook.

To view the full decision and download your report, sign in at the link
below within 24 hours:
https://facebook-report-center.example/verify?id=KCSC-240905-03

Facebook Security
""",
    outcome="review", review="untrusted",
    imitates="phishing mail posing as a Facebook decision (DMARC fail)",
    why="platform domain but authentication fails: no status changes",
    items={META[0]: "pending"},
)

case(
    name="meta-read-receipt",
    **{"from": "h.tanaka@meta.com"}, name_from="Hiro Tanaka",
    date="Thu, 05 Sep 2024 03:02:10 +0000",
    subject="Read: [KCSC-240905-03] Request to remove illegal content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-184"

--mdn-184
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: [KCSC-240905-03] Request to remove illegal content
  Sent: Thursday, September 5, 2024 11:00 AM

was read on Thursday, September 5, 2024 12:02 PM.

--mdn-184
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822; h.tanaka@meta.com
Original-Message-ID: <{rid("KCSC-240905-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-184--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt says nothing about items",
)

# =================================================================== TikTok
case(
    name="tiktok-numbered-status-below",
    **{"from": "trust-safety-noreply@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Tue, 10 Sep 2024 06:00:00 +0000",
    subject="Outcome of your report - KCSC-240906-04",
    body=f"""
Hello,

Thank you for your report. Here is the outcome for each link you submitted.

1. {TT[0]}
   Result: Removed - violates our Community Guidelines on regulated goods
2. {TT[1]}
   Result: Removed
3. {TT[2]}
   Result: Restricted in South Korea under local law
4. {TT[3]}
   Result: No violation - the video remains available
5. {TT[4]}
   Result: Not found - the link is invalid or the video no longer exists

You can read our Community Guidelines at
https://www.tiktok.com/community-guidelines

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome list with status line below each URL",
    why="each numbered URL gets the status on the line below it",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "restricted",
           TT[3]: "rejected", TT[4]: "not_found"},
)

tt_csv = "link,outcome,notes\r\n" + "\r\n".join([
    f"{TT[0]},Removed,Community Guidelines - drugs",
    f"{TT[1]},Removed,Community Guidelines - drugs",
    f"{TT[2]},Geo-restricted (KR),Local law",
    f"{TT[3]},Removed,Frauds and scams",
    f"{TT[4]},Not actioned,No violation found",
]) + "\r\n"
case(
    name="tiktok-csv-attachment",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    subject="RE: KCSC-240906-04 results",
    reply_to_req=rid("KCSC-240906-04"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="mx-184-tt"

--mx-184-tt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please see the attached file for the outcome for each link in your request
KCSC-240906-04.

Best regards,
TikTok Law Enforcement Outreach

--mx-184-tt
Content-Type: text/csv; charset=utf-8; name="KCSC-240906-04_results.csv"
Content-Disposition: attachment; filename="KCSC-240906-04_results.csv"
Content-Transfer-Encoding: base64

{b64(tt_csv)}
--mx-184-tt--
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok results sent as a CSV attachment",
    why="CSV rows: removed x3, geo-restricted, not actioned (no violation = rejected)",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "restricted",
           TT[3]: "removed", TT[4]: "rejected"},
)

tt_qp_text = f"""Hi,

Thanks for your patience while we looked into the videos you reported (reference KCSC-240906-04).

The following video has been removed for violating our Community Guidelines on frauds and scams:
{TT[2]}

The following video has been made unavailable to viewers in South Korea in line with local law; it remains available elsewhere:
{TT[3]}

Kind regards,
TikTok Trust & Safety
"""
case(
    name="tiktok-qp-url-below-statement",
    **{"from": "trust-safety-noreply@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Mon, 09 Sep 2024 13:25:00 +0000",
    subject="Update on the videos you reported",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(tt_qp_text),
    outcome="applied", classification="confirmation",
    imitates="TikTok update in quoted-printable, URL on the line below its statement",
    why="one video removed, one unavailable only in Korea (restricted)",
    items={TT[2]: "removed", TT[3]: "restricted"},
)

case(
    name="tiktok-hedged-maybe-deleted",
    **{"from": "trust-safety-noreply@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Sun, 08 Sep 2024 04:10:00 +0000",
    subject="Re: KCSC-240906-04",
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""
Hello,

Our records show that the video {TT[4]} may already
have been taken down by the creator. We'll confirm once our team has checked
it, and we'll follow up on the other links in your request at the same time.

TikTok Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim reply with a hedged status",
    why="'may already have been taken down' is a hedge, not a statement; item pending",
    items={TT[4]: "pending"},
)

case(
    name="tiktok-bulk-all-actioned",
    **{"from": "trust-safety-noreply@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Wed, 11 Sep 2024 07:45:00 +0000",
    subject="Re: KCSC-240906-04",
    reply_to_req=rid("KCSC-240906-04"),
    body="""
Hello,

We have reviewed your report KCSC-240906-04. All of the videos listed in it
violated our Community Guidelines and have been removed from TikTok.

Thank you for helping us keep TikTok safe.

TikTok Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok blanket 'all reported videos removed' reply",
    why="one statement for a five-item request without naming each item: bulk",
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "support-noreply@tiktok.com"}, name_from="TikTok Support",
    date="Fri, 06 Sep 2024 05:02:30 +0000",
    subject="[Ticket #TTS-20240906-77413] We've received your report (KCSC-240906-04)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi there,

Thanks for reaching out. We've received your report and created ticket
#TTS-20240906-77413. Our team will review it and get back to you by email.

Please don't reply to this message; replies to this address aren't monitored.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure acknowledgement with a ticket number, nothing about items",
)

# =================================================================== Reddit
case(
    name="reddit-echoed-report",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
    date="Tue, 10 Sep 2024 19:20:00 +0000",
    subject="Update on your report",
    body=f"""
Hi,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content violates Reddit's Content Policy and
have removed it.

Here is a copy of your report:

  Report reason: Illegal or prohibited transactions
  Reported content: {RD[0]}
  Additional info: KCSC-240909-05 - illegal gambling promotion

If you see anything else that breaks the rules, please report it at
https://www.reddit.com/report

- Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin 'update on your report' notice with the echoed report",
    why="the echoed report names exactly one item, the one 'the reported content' refers to: removed",
    items={RD[0]: "removed"},
)

case(
    name="reddit-bare-url-action-below",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 18:00:00 +0000",
    subject="Re: [KCSC-240909-05] Request to remove illegal content",
    reply_to_req=rid("KCSC-240909-05"),
    body=f"""
Hello,

Thank you for your request. Please see below.

{RD[1]}
Action taken: Content removed; the account has been suspended.

{RD[0]}
Action taken: None. The post had already been deleted by its author when we
reviewed it.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply: bare URL with 'Action taken' line below",
    why="one removed, one already deleted by its author (not_found)",
    items={RD[1]: "removed", RD[0]: "not_found"},
)

reddit_plain = f"""Hello,

We reviewed the two links in your request KCSC-240909-05.

Removed: {RD[0]}
Removed: {RD[1]}

Both were removed for violating Reddit's rules on prohibited transactions.

Reddit Legal
"""
reddit_html = f"""<html><body>
<p>Hello,</p>
<p>We reviewed the two links in your request KCSC-240909-05.</p>
<ul>
<li><b>Removed:</b> <a href="{RD[0]}">{RD[0]}</a></li>
<li><b>Removed:</b> <a href="{RD[1]}">{RD[1]}</a></li>
</ul>
<p>Both were removed for violating Reddit's rules on prohibited transactions.</p>
<p>Reddit Legal</p>
</body></html>"""
case(
    name="reddit-multipart-both-removed",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 20:15:00 +0000",
    subject="Re: [KCSC-240909-05] Request to remove illegal content",
    reply_to_req=rid("KCSC-240909-05"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="alt-184-rd"

--alt-184-rd
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{reddit_plain}
--alt-184-rd
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{reddit_html}
--alt-184-rd--
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply, multipart text and HTML bulleted list",
    why="both links named, each removed",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-asks-for-legal-basis",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 16:40:00 +0000",
    subject="Re: [KCSC-240909-05] Request to remove illegal content",
    reply_to_req=rid("KCSC-240909-05"),
    body=f"""
Hello,

Before we can act on {RD[1]}, we need
more information. Please send us the specific provision of Korean law the
content violates and, if one exists, a copy of the decision or order that
applies to it.

Once we receive this we will continue our review.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis",
    why="the platform asks for more information about a named item; nothing stated",
    items={RD[1]: "pending"},
)

case(
    name="reddit-moderator-gmail",
    **{"from": "kbetting.mods@gmail.com"}, name_from="r/kbetting moderators",
    date="Tue, 10 Sep 2024 00:30:00 +0000",
    subject="Re: KCSC-240909-05 post in r/kbetting",
    body=f"""
Hello,

I'm one of the volunteer moderators of r/kbetting. Reddit forwarded your
notice to us. I removed the post {RD[0]}
from the subreddit and banned the user.

Regards,
u/quiet_mod_kr
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer subreddit moderator replying from a personal address",
    why="a moderator is not Reddit and writes from gmail.com: no status change",
    items={RD[0]: "pending"},
)

# ================================================================== Discord
case(
    name="discord-sole-server-removed",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 22:05:00 +0000",
    subject="Re: [KCSC-240910-06] Request to remove illegal content",
    reply_to_req=rid("KCSC-240910-06"),
    body="""
Hello,

Thank you for your report. We investigated the server you reported and found
that it violated our Community Guidelines. The server has been removed from
Discord and its owner's account has been actioned.

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome naming no URL, for a one-item request",
    why="'the server you reported' removed; the request has one item, so it applies",
    items={DC[0]: "removed"},
)

case(
    name="discord-angle-bracket-invite",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 03:30:00 +0000",
    subject="Your report to Discord (ticket 31337002)",
    body="""
Hi,

We've reviewed the invite link you sent us <https://discord.gg/kNp4VzQ8>.
The server behind it has been deleted for fraud and the invite no longer works.

Regards,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord support reply with the URL in angle brackets",
    why="named invite, server deleted: removed",
    items={DC[0]: "removed"},
)

case(
    name="discord-conditional",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 01:15:00 +0000",
    subject="Re: [KCSC-240910-06] Request to remove illegal content",
    reply_to_req=rid("KCSC-240910-06"),
    body=f"""
Hello,

Thanks for your report about {DC[0]}. Our team is investigating. If we
confirm that the server violates our Community Guidelines, we will remove it
and let you know.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord interim reply with a conditional action",
    why="condition and promise only; item pending",
    items={DC[0]: "pending"},
)

case(
    name="discord-zendesk-received",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Tue, 10 Sep 2024 06:01:44 +0000",
    subject="[Discord] Request received: KCSC-240910-06 Request to remove illegal content",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#31337002) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from Discord support",
    why="pure receipt, no item statement",
)

# ================================================================ Pinterest
case(
    name="pinterest-removed-both",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Fri, 13 Sep 2024 21:00:00 +0000",
    subject="Re: [KCSC-240911-07] Request to remove illegal content",
    reply_to_req=rid("KCSC-240911-07"),
    body=f"""
Hi,

We removed these Pins because they go against our Community Guidelines on
adult content:

* {PN[0]}
* {PN[1]}

Thanks,
Pinterest Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest 'we removed these Pins' notice",
    why="both pins listed, both removed",
    items={PN[0]: "removed", PN[1]: "removed"},
)

case(
    name="pinterest-one-left-up",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Mon, 16 Sep 2024 17:25:00 +0000",
    subject="Re: [KCSC-240911-07] Request to remove illegal content",
    reply_to_req=rid("KCSC-240911-07"),
    body=f"""
Hi there,

Thanks for your report. We took down the Pin at {PN[1]}.

We looked at {PN[0]} as well, but it doesn't go against our Community
Guidelines, so we're leaving it up.

Pinterest Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest outcome with one Pin taken down and one left up",
    why="one pin taken down (removed), one left up with a reason (rejected)",
    items={PN[1]: "removed", PN[0]: "rejected"},
)

case(
    name="pinterest-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 01:00:40 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-184"

--dsn-184
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<trustandsafety-kr@pinterest.com>: host mx.pinterest.com[203.0.113.25] said:
    550 5.1.1 <trustandsafety-kr@pinterest.com>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)

--dsn-184
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 10:00:35 +0900 (KST)

Final-Recipient: rfc822; trustandsafety-kr@pinterest.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-184
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: trustandsafety-kr@pinterest.com
Subject: [KCSC-240911-07] Request to remove illegal content
Message-ID: <{rid("KCSC-240911-07")}@kcsc.example>
Date: Wed, 11 Sep 2024 10:00:00 +0900

--dsn-184--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (bounce)",
    why="our own request bounced; a DSN never changes statuses",
)

# ============================================= Telegram / Twitch / Snapchat
case(
    name="telegram-abuse-autoreply",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Tue, 03 Sep 2024 01:00:30 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated response.

Thank you for contacting Telegram. This address handles notices under the EU
Digital Services Act. Messages are processed in the order received and we may
not be able to reply to each one individually.

Telegram
""",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram abuse/DSA desk automated response (we had copied them in)",
    why="automated response, nothing about items",
)

case(
    name="twitch-le-autoresponse",
    **{"from": "lawenforcement@twitch.tv"}, name_from="Twitch Law Enforcement Response",
    date="Tue, 10 Sep 2024 06:02:00 +0000",
    subject="Automatic reply: [KCSC-240910-06] Request to remove illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thank you for your email to Twitch Law Enforcement Response.

This is an automated reply. This mailbox is for law enforcement requests for
user data. Reports of content on Twitch should be filed using the report tools
described at https://safety.twitch.tv. We do not respond to messages about
content hosted on other services.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Twitch law-enforcement mailbox auto-response",
    why="auto-reply (we had copied Twitch); names no item",
)

case(
    name="snap-portal-no-claims",
    **{"from": "lawenforcement@snapchat.com"}, name_from="Snap Inc. Law Enforcement Operations",
    date="Mon, 16 Sep 2024 00:10:00 +0000",
    subject="Important: changes to how Snap receives government requests",
    body="""
Dear partner,

From 1 October 2024, Snap will accept government content removal and data
requests only through our Law Enforcement Service Portal. Email submissions to
this address will no longer be processed after that date.

You can register for the portal and read our updated guide at
https://snap.com/en-US/safety/safety-enforcement

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="Snap law-enforcement operations announcement",
    why="trusted platform mail naming no item and no request: no_claims",
)


HEADER = """# Blind set 184 (English notices from many platforms). Written from each
# email's meaning before the reader was run; see NOTES.md. Generated by make.py.
"""


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind184", HEADER, cases)
    print(len(cases), "cases")
