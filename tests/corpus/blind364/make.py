#!/usr/bin/env python3
"""Blind set 364: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest, Telegram).

    python3 tests/corpus/blind364/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; expected results come
from each email's meaning alone, written before any run of the reader.
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

SET = "blind364"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/lucky_spin77/status/1831022458812345601",
    "https://x.com/lucky_spin77/status/1831022977120456702",
    "https://x.com/bet_harbor_kr/status/1830517720344110593",
    "https://x.com/bet_harbor_kr/status/1830602215509987364",
    "https://x.com/casino_moonrise/status/1829980031457362000",
    "https://x.com/casino_moonrise/status/1830011174093828211",
    "https://x.com/slotqueen_2024/status/1831190442276630528",
    "https://x.com/slotqueen_2024/status/1831196605318004945",
    "https://x.com/toto_signal_09/status/1830888120467715076",
    "https://x.com/toto_signal_09/status/1830890007734251520",
    "https://x.com/jackpot_lane",
    "https://x.com/redchip_club/status/1831300417655570433",
]
Y = [
    "https://www.youtube.com/watch?v=Hq7tRz2LmP0",
    "https://www.youtube.com/watch?v=bN4kUe9XwQs",
    "https://www.youtube.com/shorts/Zp1Lq8cV3dA",
    "https://www.youtube.com/@%EB%8B%AC%EB%B9%9B%EC%95%BD%EA%B5%AD",
]
Y4_RAW = "https://www.youtube.com/@달빛약국"
M = [
    "https://www.facebook.com/groups/4471029384756612/posts/4483310972215540/",
    "https://www.instagram.com/p/C9xK2mLq7Rt/",
    "https://www.instagram.com/reel/C-bT5wHn0Ye/",
]
T = [
    "https://www.tiktok.com/@nightpill.shop/video/7411820364512259329",
    "https://www.tiktok.com/@nightpill.shop/video/7412098851376604417",
]
R = [
    "https://www.reddit.com/r/kr_leaks_hub/comments/1f9x2ab/new_folder_sept/",
    "https://www.reddit.com/r/kr_leaks_hub/comments/1fa07cd/part_2_links/",
    "https://www.reddit.com/r/kr_leaks_hub/comments/1fa3k9q/comment/lln8x2w/",
    "https://www.reddit.com/user/hidden_lens_kr/comments/1f8zq1t/archive/",
    "https://www.reddit.com/r/kr_leaks_hub/",
]
D = ["https://discord.gg/kRtOtoHub9"]
P = [
    "https://www.pinterest.com/pin/902841736455512087/",
    "https://www.pinterest.com/pin/902841736455530119/",
    "https://kr.pinterest.com/pin/902841736455547731/",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "x", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", X, "illegal online gambling promotion (largest request)"),
    ("KCSC-240904-02", "youtube", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     "drugs", Y, "sale of controlled substances; one Korean channel handle"),
    ("KCSC-240905-03", "meta", "2024-09-05T14:05:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscenity", M, "Facebook group post and Instagram post/reel"),
    ("KCSC-240909-04", "tiktok", "2024-09-09T11:30:00+09:00", "2024-09-16T18:00:00+09:00",
     "drugs", T, "drug sale videos"),
    ("KCSC-240910-05", "reddit", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "obscenity", R, "non-consensual intimate images; includes a subreddit"),
    ("KCSC-240911-06", "discord", "2024-09-11T15:20:00+09:00", "2024-09-18T18:00:00+09:00",
     "obscenity", D, "invite link to a server trading illegal recordings"),
    ("KCSC-240912-07", "pinterest", "2024-09-12T10:02:00+09:00", "2024-09-19T18:00:00+09:00",
     "counterfeit", P, "counterfeit goods pins"),
]


def mid(ref):
    return "req.%s@kcsc.example" % ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def single(text, ctype="plain", cte="8bit"):
    if cte == "base64":
        body = b64(text)
    elif cte == "quoted-printable":
        body = qp(text)
    else:
        body = text.strip("\n") + "\n"
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body}")


def multipart(boundary, parts, subtype="mixed", extra=""):
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{extra}", "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref):
    for r, plat, sent, due, cat, urls, note in REQUESTS:
        if r == ref:
            lines = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
            return (f"Dear Sir or Madam,\n\nThe Korea Communications Standards Commission asks you to\n"
                    f"remove or block access to the following content ({cat}), which is\n"
                    f"unlawful under Korean law. Our reference: {ref}.\n\n{lines}\n\n"
                    f"Please reply to this address with the measure taken for each URL.\n\n"
                    f"KCSC Takedown Team")
    raise KeyError(ref)


RQ = {r[0]: r for r in REQUESTS}


def re_subj(ref, text="Request for removal of unlawful content"):
    return f"Re: [{ref}] {text}"


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ---- X -------------------------------------------------------------------
case(name="x-withheld-in-kr", from_="legal-notices@x.com", name_from="X Legal",
     date="Thu, 05 Sep 2024 02:31:44 +0000", subject=re_subj("KCSC-240903-01"),
     reply_to_req="req.KCSC-240903-01",
     body=f"""
Hello,

We are writing in response to your legal request (KCSC-240903-01) that we
received on 3 September 2024.

After reviewing the reported material against applicable local law, X has
withheld the following posts in South Korea. They remain visible to people
in other countries.

{X[0]}
{X[1]}

We are still assessing the other URLs in your request and will respond to
them separately.

More about country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal request outcome: post withheld in country (help-centre 'withheld by country')",
     why="two posts explicitly withheld in South Korea; the help link is not an item",
     items={X[0]: "restricted", X[1]: "restricted"})

case(name="x-numbered-outcomes", from_="legal-support@x.com", name_from="X Support",
     date="Fri, 06 Sep 2024 07:02:19 +0000",
     subject="Case 0987-KR: outcome of your request KCSC-240903-01",
     reply_to_req="req.KCSC-240903-01",
     body=f"""
Hi KCSC team,

Thank you for your patience. Here is the outcome for each URL we have
finished reviewing from your request KCSC-240903-01:

1. {X[2]} - Removed. The post broke our rules on illegal and regulated goods and services.
2. {X[3]} - Removed, for the same reason.
3. {X[4]} - Withheld in South Korea on the basis of local law.
4. {X[5]} - No action. We did not find a violation of the X Rules, and the request does not set out a sufficient legal basis for withholding this post.
5. {X[8]} - We could not locate this post. The link returns an error on our side.

If you disagree with a decision you can reply to this email with further
information.

X Support, Legal Requests
""",
     outcome="applied", classification="confirmation",
     imitates="X legal team per-URL outcome list in a support-ticket reply",
     why="five numbered URLs, each with an unhedged outcome: removed, removed, withheld, no action, cannot locate",
     items={X[2]: "removed", X[3]: "removed", X[4]: "restricted", X[5]: "rejected", X[8]: "not_found"})

case(name="x-url-then-action-line", from_="legal-support@x.com", name_from="X Support",
     date="Mon, 09 Sep 2024 03:45:10 +0000",
     subject="Case update - KCSC-240903-01",
     reply_to_req="req.KCSC-240903-01",
     body=f"""
Case update - KCSC-240903-01

{X[6]}
Action taken: Withheld in KR

{X[7]}
Action taken: Withheld in KR

{X[9]}
Action taken: Removed globally - X Rules violation (promotion of illegal gambling)

Any URLs from your request that are not listed above are still being reviewed.

--
X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X ticketing-system case update with one 'Action taken' line under each URL",
     why="each bare URL is followed by its action on the next line; the unlisted rest stays pending",
     items={X[6]: "restricted", X[7]: "restricted", X[9]: "removed"})

case(name="x-account-suspended", from_="legal-support@x.com", name_from="X Support",
     date="Tue, 10 Sep 2024 01:12:55 +0000",
     subject="Re: KCSC-240903-01 - @jackpot_lane",
     reply_to_req="req.KCSC-240903-01",
     body=f"""
Hi,

The account @jackpot_lane ({X[10]}) has been permanently suspended for
repeated violations of the X Rules. Its profile and posts are no longer
visible on X.

Best,
Legal Operations, X Corp.
""",
     outcome="applied", classification="confirmation",
     imitates="X account-suspension notice sent to a reporter",
     why="the requested account URL is suspended and no longer visible: removed",
     items={X[10]: "removed"})

case(name="x-promise-to-withhold", from_="legal-support@x.com", name_from="X Support",
     date="Wed, 11 Sep 2024 06:20:03 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
     reply_to_req="req.KCSC-240903-01",
     body=f"""
Dear KCSC,

Thank you for your request KCSC-240903-01. Our team has completed a
preliminary assessment of {X[11]} and intends to withhold this post in
South Korea once our local counsel has finished their review, which we
expect within five business days.

We will confirm by email once the action has been taken.

Kind regards,
X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal interim reply announcing an intended country withholding",
     why="'intends to withhold ... once' is a promise, not a statement; the named post stays pending",
     items={X[11]: "pending"})

case(name="x-bulk-all-withheld", from_="legal-support@x.com", name_from="X Support",
     date="Thu, 12 Sep 2024 05:05:41 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
     reply_to_req="req.KCSC-240903-01",
     body="""
Hello,

We have reviewed your request KCSC-240903-01 and have withheld all of the
reported posts, as well as the reported account, in South Korea.

Thank you,
X Legal
""",
     outcome="review", review="bulk",
     imitates="X legal one-line bulk outcome for a multi-URL request",
     why="a statement about all items of a 12-item request without naming each: bulk",
     items={})

case(name="x-html-decision-table", from_="no-reply-legal@x.com", name_from="X Legal",
     date="Fri, 13 Sep 2024 08:30:00 +0000",
     subject="Decision notice for request KCSC-240903-01",
     reply_to_req="req.KCSC-240903-01",
     type="html",
     body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>Below are the decisions we have reached on part of your request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Not found</td><td>&mdash;</td></tr>
<tr><td><a href="{X[0]}">{X[0]}</a></td><td>Removed</td><td>Global</td></tr>
</table>
<p>Learn how we handle legal requests at <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">our Help Center</a>.</p>
<p>X Legal</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="X legal decision notice in an HTML table (URL / decision / scope)",
     why="HTML table rows give a decision for each URL: withheld in Korea, not found, removed",
     items={X[11]: "restricted", X[8]: "not_found", X[0]: "removed"})

case(name="x-dkim-fail-removed", from_="legal@x.com", name_from="X Legal", auth="fail",
     date="Fri, 13 Sep 2024 11:47:12 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
     body=f"""
Hello,

We have removed {X[0]} and {X[2]} following your request KCSC-240903-01.

X Legal
""",
     outcome="review", review="untrusted",
     imitates="X legal outcome as seen when relayed through a forwarding host that breaks DKIM",
     why="x.com sender fails DKIM/SPF/DMARC: statements cannot be applied",
     items={X[0]: "pending", X[2]: "pending"})

case(name="x-top-posted-rejection", from_="j.kowalczyk@x.com", name_from="Jana Kowalczyk",
     date="Sat, 14 Sep 2024 00:58:36 +0000",
     subject=re_subj("KCSC-240903-01"),
     reply_to_req="req.KCSC-240903-01",
     body=f"""
Hello,

Regarding {X[5]} - we looked at it again and it will stay up. It is a
news-style post about a police raid and does not advertise a gambling
service; we found no violation of our rules, and no provision of Korean law
was shown that it breaks. The other items are being handled in separate
replies.

Jana
X Legal Policy

On Tue, 3 Sep 2024 at 10:12, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text("KCSC-240903-01"))}
""",
     outcome="applied", classification="confirmation",
     imitates="X legal staffer's top-posted Gmail-style reply over the quoted request",
     why="one refusal with its reason above the quote; the quoted 12 URLs say nothing",
     items={X[5]: "rejected"})

case(name="x-out-of-office", from_="m.lindqvist@x.com", name_from="Maria Lindqvist",
     date="Tue, 03 Sep 2024 01:13:02 +0000",
     subject="Automatic reply: [KCSC-240903-01] Request for removal of unlawful content",
     reply_to_req="req.KCSC-240903-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal requests please write to
legal@x.com, which is monitored daily.

Maria
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office automatic reply",
     why="an out-of-office auto-reply, whatever thread it is in",
     items={})

case(name="x-ack-with-statements", from_="legal-support@x.com", name_from="X Support",
     date="Mon, 16 Sep 2024 02:14:09 +0000",
     subject="[Case 0411-2297] Your report KCSC-240903-01",
     reply_to_req="req.KCSC-240903-01",
     body=f"""
Thank you for contacting X. Your case number is 0411-2297; please keep it in
the subject line of any reply.

We have withheld the following posts in South Korea:
<{X[8]}>
<{X[9]}>

X Support
""",
     outcome="applied", classification="confirmation",
     imitates="X support case receipt that already carries an outcome",
     why="a receipt phrase plus unhedged 'withheld in South Korea' for two named posts is a confirmation",
     items={X[8]: "restricted", X[9]: "restricted"})

# ---- YouTube -------------------------------------------------------------
case(name="yt-legal-removed-and-blocked", from_="youtube-legal-support@google.com",
     name_from="YouTube Legal Support",
     date="Fri, 06 Sep 2024 09:21:30 +0000", subject=re_subj("KCSC-240904-02"),
     reply_to_req="req.KCSC-240904-02",
     body=f"""
Hello,

Thank you for your legal removal request (your reference KCSC-240904-02).

After review, we removed the following content from YouTube globally for
violating our Community Guidelines on sale of illegal or regulated goods:

- {Y[0]}
- {Y[1]}

In addition, we have blocked the following content from view in South Korea
based on local law:

- {Y[2]}

Sincerely,
The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal removal outcome (removed globally / blocked in country)",
     why="two videos removed globally, one blocked in South Korea",
     items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted"})

case(name="yt-channel-terminated-korean-handle", from_="youtube-legal-support@google.com",
     name_from="YouTube Legal Support",
     date="Mon, 09 Sep 2024 04:02:48 +0000",
     subject="Re: [KCSC-240904-02] channel",
     reply_to_req="req.KCSC-240904-02",
     body=f"""
Hello,

Following up on your request KCSC-240904-02: the channel
<{Y4_RAW}> has been terminated for repeated violations of our Community
Guidelines. The channel and all of its videos are no longer available on
YouTube.

Regards,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube channel termination notice to a reporter",
     why="terminated channel, written with its raw Korean handle (percent-encoded in the request)",
     items={Y[3]: "removed"})

case(name="yt-qp-age-restricted-and-kept", from_="youtube-legal-support@google.com",
     name_from="YouTube Legal Support",
     date="Tue, 10 Sep 2024 07:16:05 +0000", subject=re_subj("KCSC-240904-02"),
     reply_to_req="req.KCSC-240904-02",
     raw_mime=single(f"""Hi there,

We’ve completed our review of two of the videos in your request KCSC-240904-02.

{Y[1]} – we’ve applied an age restriction to this video, so it can no longer be viewed by signed-out users or by viewers under 18.

{Y[0]} – we won’t be taking action on this video. It’s a documentary report about drug trafficking, it doesn’t violate our Community Guidelines, and your request didn’t identify a court order or a provision of local law it breaks.

Best,
The YouTube Team
""", cte="quoted-printable"),
     outcome="applied", classification="confirmation",
     imitates="YouTube 'age-restricted' and 'no action' legal outcomes, quoted-printable body",
     why="QP-encoded: one video age-restricted (restricted), one explicitly left up with a reason (rejected)",
     items={Y[1]: "restricted", Y[0]: "rejected"})

case(name="yt-hedged-already-gone", from_="youtube-legal-support@google.com",
     name_from="YouTube Legal Support",
     date="Wed, 11 Sep 2024 03:33:19 +0000", subject=re_subj("KCSC-240904-02"),
     reply_to_req="req.KCSC-240904-02",
     body=f"""
Hello,

Regarding {Y[2]}: this Short appears to have been removed already,
possibly by the uploader. We are checking our records and will confirm the
status of this item.

Regards,
YouTube Legal Support
""",
     outcome="review", review="not_understood",
     imitates="YouTube legal interim reply with a hedged status",
     why="'appears to have been removed ... possibly' is a hedge; item stays pending",
     items={Y[2]: "pending"})

case(name="yt-case-id-receipt", from_="legal-noreply@google.com", name_from="Google Legal",
     date="Wed, 04 Sep 2024 00:41:27 +0000",
     subject="[8-4429100037451] Your legal request KCSC-240904-02",
     reply_to_req="req.KCSC-240904-02",
     body="""
Hello,

Thank you for submitting your request. We have received it and it has been
assigned case ID 8-4429100037451. Our team will review it and get back to
you.

Please do not reply to this automated message.

Google Legal Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal-removals webform receipt with case ID",
     why="pure acknowledgement: received, case ID assigned, nothing about any item",
     items={})

case(name="yt-statement-then-url-below", from_="youtube-legal-support@google.com",
     name_from="YouTube Legal Support",
     date="Thu, 12 Sep 2024 06:48:50 +0000", subject=re_subj("KCSC-240904-02"),
     reply_to_req="req.KCSC-240904-02",
     body=f"""
Hello,

The following video has been removed from YouTube for violating our policy
on the sale of regulated goods:
{Y[1]}

We were unable to find the following content. The link may be incorrect,
or the video was deleted by its uploader before our review:
{Y[2]}

Regards,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome with each URL on the line below its statement",
     why="statement ending in ':' with its URL below; 'unable to find' is unhedged not_found (the 'may' is about why)",
     items={Y[1]: "removed", Y[2]: "not_found"})

# ---- Meta ----------------------------------------------------------------
case(name="meta-local-law-restricted", from_="notification@facebookmail.com",
     name_from="Meta Legal Requests",
     date="Mon, 09 Sep 2024 10:05:12 +0000",
     subject="Your report KCSC-240905-03: decision",
     reply_to_req="req.KCSC-240905-03",
     body=f"""
Hello,

We have reviewed your report (reference KCSC-240905-03).

Based on local law, we restricted access in South Korea to:
{M[0]}
{M[1]}

We were not able to find any content at {M[2]} - it is no longer on
Instagram.

You can read more about how we respond to government requests at
https://transparency.meta.com/reports/content-restrictions/

Meta Legal Requests
""",
     outcome="applied", classification="confirmation",
     imitates="Meta 'restricted access in your country based on local law' notice",
     why="two URLs restricted in South Korea; the third not found; transparency link is not an item",
     items={M[0]: "restricted", M[1]: "restricted", M[2]: "not_found"})

SOR_HTML = f"""<html><body>
<h3>Statement of reasons</h3>
<p>This statement concerns content reported under your request KCSC-240905-03.</p>
<table border="1" cellpadding="4">
<tr><td>Content</td><td>{M[0]}</td></tr>
<tr><td>Decision</td><td>Access restricted</td></tr>
<tr><td>Territorial scope</td><td>Republic of Korea</td></tr>
<tr><td>Ground</td><td>Illegal content under local law</td></tr>
<tr><td>Automated detection / decision</td><td>No / No</td></tr>
</table>
<br>
<table border="1" cellpadding="4">
<tr><td>Content</td><td>{M[2]}</td></tr>
<tr><td>Decision</td><td>Removed</td></tr>
<tr><td>Territorial scope</td><td>Worldwide</td></tr>
<tr><td>Ground</td><td>Incompatible with terms and conditions (Community Guidelines: adult nudity and sexual activity)</td></tr>
<tr><td>Automated detection / decision</td><td>No / No</td></tr>
</table>
<p>Redress: the person who posted the content may appeal through our in-app appeals process.</p>
<p>Meta Platforms Ireland Ltd.</p>
</body></html>
"""
case(name="meta-statement-of-reasons-b64", from_="dsa-notices@meta.com", name_from="Meta",
     date="Tue, 10 Sep 2024 13:40:58 +0000",
     subject="Statement of reasons - KCSC-240905-03",
     reply_to_req="req.KCSC-240905-03",
     raw_mime=multipart("meta-sor-01", [
         single(f"Statement of reasons for request KCSC-240905-03.\n\n"
                f"Content: {M[0]}\nDecision: Access restricted\nTerritorial scope: Republic of Korea\n"
                f"Ground: Illegal content under local law\n\n"
                f"Content: {M[2]}\nDecision: Removed\nTerritorial scope: Worldwide\n"
                f"Ground: Incompatible with terms and conditions\n", cte="base64"),
         single(SOR_HTML, ctype="html", cte="base64"),
     ], subtype="alternative"),
     outcome="applied", classification="confirmation",
     imitates="DSA Art. 17 statement of reasons layout (decision, territorial scope, ground), base64 multipart/alternative",
     why="structured fields: one item access-restricted in Korea, one removed worldwide",
     items={M[0]: "restricted", M[2]: "removed"})

case(name="meta-report-received", from_="notification@facebookmail.com",
     name_from="Facebook",
     date="Thu, 05 Sep 2024 05:06:40 +0000",
     subject="We received your report (KCSC-240905-03)",
     reply_to_req="req.KCSC-240905-03",
     body="""
Hi,

Thanks for taking the time to send us your report. We received it and your
report number is 1038 4477 2910. We'll review it and let you know what we
decide.

You can follow your report in your Support Inbox:
https://www.facebook.com/support/

The Facebook Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Facebook 'We received your report' notification",
     why="pure acknowledgement with a report number; support-inbox link is not an item",
     items={})

case(name="meta-poster-writes-in", from_="minjun.kwak88@seoulmail.example", name_from="Minjun Kwak",
     date="Wed, 11 Sep 2024 12:19:03 +0000",
     subject="About KCSC-240905-03",
     body=f"""
Hello,

Instagram told me my post was reported by you under KCSC-240905-03. I have
deleted the post {M[1]} myself, so there is nothing more to do. Please
close the case.

Minjun Kwak
""",
     outcome="review", review="unknown_sender",
     imitates="a poster's own email to the regulator after a platform notification",
     why="not a platform domain: a statement about a requested URL from an unknown sender",
     items={M[1]: "pending"})

case(name="meta-conditional-restriction", from_="legal-requests@meta.com", name_from="Meta Legal Requests",
     date="Fri, 06 Sep 2024 08:55:21 +0000", subject=re_subj("KCSC-240905-03"),
     reply_to_req="req.KCSC-240905-03",
     body=f"""
Dear KCSC,

Thank you for your request KCSC-240905-03. If our review determines that
the content at the following addresses violates local law, we will restrict
access to it in South Korea:

{M[0]}
{M[1]}

We aim to complete this review within 10 business days.

Meta Legal Requests
""",
     outcome="review", review="not_understood",
     imitates="Meta legal-request interim reply with a conditional outcome",
     why="a condition ('if ... we will restrict') is no statement; both items stay pending",
     items={M[0]: "pending", M[1]: "pending"})

case(name="instagram-reel-removed-post-kept", from_="no-reply@instagram.com", name_from="Instagram",
     date="Thu, 12 Sep 2024 02:27:36 +0000",
     subject="Update on your report KCSC-240905-03",
     reply_to_req="req.KCSC-240905-03",
     body=f"""
Hi,

We removed the reel {M[2]} because it goes against our Community
Guidelines.

We didn't remove the post {M[1]} because it doesn't go against our
Community Guidelines, and we found no basis under local law to restrict
it.

Thanks for helping keep Instagram safe.
""",
     outcome="applied", classification="confirmation",
     imitates="Instagram report-outcome notification ('We removed' / 'We didn't remove')",
     why="one reel removed; one post kept with its reason: rejected",
     items={M[2]: "removed", M[1]: "rejected"})

# ---- TikTok --------------------------------------------------------------
case(name="tiktok-removed-and-author-deleted", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
     date="Wed, 11 Sep 2024 09:09:09 +0000", subject=re_subj("KCSC-240909-04"),
     reply_to_req="req.KCSC-240909-04",
     body=f"""
Dear KCSC,

Thanks for your report. We reviewed the following video and removed it for
violating our Community Guidelines on drugs and controlled substances:
<{T[0]}>

The other video you reported, <{T[1]}>, is no longer available on TikTok:
it was deleted by the account holder before our review.

TikTok Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok report outcome to a reporter (removed / no longer available)",
     why="one video removed, the other deleted by its author: not_found",
     items={T[0]: "removed", T[1]: "not_found"})

CSV_T = ("report_id,content_url,decision,scope\n"
         f"TT-88123,{T[0]},Restricted,KR\n"
         f"TT-88124,{T[1]},Removed,Global\n")
case(name="tiktok-csv-attachment", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
     date="Thu, 12 Sep 2024 06:30:44 +0000",
     subject="Results - KCSC-240909-04",
     reply_to_req="req.KCSC-240909-04",
     raw_mime=multipart("tt-csv-7731", [
         single("Dear KCSC team,\n\nPlease find attached the outcome for the URLs in your request "
                "KCSC-240909-04.\n\nBest regards,\nTikTok Law Enforcement & Government Outreach\n"),
         "Content-Type: text/csv; charset=utf-8; name=\"KCSC-240909-04_results.csv\"\n"
         "Content-Disposition: attachment; filename=\"KCSC-240909-04_results.csv\"\n"
         "Content-Transfer-Encoding: base64\n\n" + b64(CSV_T),
     ]),
     outcome="applied", classification="confirmation",
     imitates="TikTok government-request results sheet sent as a CSV attachment",
     why="CSV rows: one video restricted in KR, one removed globally",
     items={T[0]: "restricted", T[1]: "removed"})

case(name="tiktok-still-assessing", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
     date="Fri, 13 Sep 2024 01:50:02 +0000", subject=re_subj("KCSC-240909-04"),
     reply_to_req="req.KCSC-240909-04",
     body=f"""
Hello,

A quick update on KCSC-240909-04. Our local legal team is still assessing
both videos. We expect to restrict {T[0]} in Korea in the coming days;
{T[1]} remains under review.

We will write again once a decision has been made.

TikTok Legal
""",
     outcome="review", review="not_understood",
     imitates="TikTok progress update on a government request",
     why="'expect to restrict' and 'under review' are not statements; both named items stay pending",
     items={T[0]: "pending", T[1]: "pending"})

case(name="tiktok-lookalike-domain", from_="legal@tiktok-trustsafety.com", name_from="TikTok Trust & Safety",
     date="Fri, 13 Sep 2024 14:22:17 +0000",
     subject="Resolved: KCSC-240909-04",
     body=f"""
Dear reporter,

Your request KCSC-240909-04 has been resolved. Both videos
({T[0]} and {T[1]}) have been removed.

To download the official decision letter, sign in at
https://tiktok-trustsafety.com/portal/decision?case=KCSC-240909-04

TikTok Trust & Safety
""",
     outcome="review", review="unknown_sender",
     imitates="look-alike-domain message imitating a TikTok outcome notice",
     why="tiktok-trustsafety.com is not TikTok's sender domain: unknown sender",
     items={T[0]: "pending", T[1]: "pending"})

case(name="tiktok-bilingual-korean-particles", from_="legal-kr@tiktok.com", name_from="TikTok Korea Legal",
     date="Mon, 16 Sep 2024 05:11:38 +0000", subject=re_subj("KCSC-240909-04"),
     reply_to_req="req.KCSC-240909-04",
     body=f"""
Dear KCSC,

We have removed {T[0]} globally for violating our policy on drugs and
controlled substances. The second video, {T[1]}, has been restricted in
South Korea under local law.

[국문 안내]
{T[0]}은 커뮤니티 가이드라인 위반으로 삭제되었으며, {T[1]}의 경우 국내법에 따라 대한민국 내 접속이 차단되었습니다.

TikTok Korea Legal
""",
     outcome="applied", classification="confirmation",
     imitates="bilingual English/Korean reply from a platform's Korea legal desk",
     why="removed + restricted in English, the same in Korean with particles glued to the URLs",
     items={T[0]: "removed", T[1]: "restricted"})

# ---- Reddit --------------------------------------------------------------
case(name="reddit-legal-bulleted", from_="legal@reddit.com", name_from="Reddit Legal",
     date="Thu, 12 Sep 2024 17:03:29 +0000", subject=re_subj("KCSC-240910-05"),
     reply_to_req="req.KCSC-240910-05",
     body=f"""
Hi there,

We've completed our review of your request KCSC-240910-05. Here is what we did:

* {R[0]} -- removed
* {R[1]} -- removed
* {R[2]} -- removed (comment)
* {R[3]} -- already deleted by the user before our review; no action needed
* {R[4]} -- the community has been geo-restricted and can no longer be accessed from South Korea

Reddit Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit legal team's per-link outcome list for a government request",
     why="three removed, one already deleted by its author (not_found), subreddit geo-restricted",
     items={R[0]: "removed", R[1]: "removed", R[2]: "removed", R[3]: "not_found", R[4]: "restricted"})

case(name="reddit-bulk-all-removed", from_="legal@reddit.com", name_from="Reddit Legal",
     date="Fri, 13 Sep 2024 16:40:00 +0000", subject=re_subj("KCSC-240910-05"),
     reply_to_req="req.KCSC-240910-05",
     body="""
Hello,

We have removed all five pieces of content identified in your request
KCSC-240910-05.

Best,
Reddit Legal
""",
     outcome="review", review="bulk",
     imitates="Reddit legal one-sentence outcome for a whole request",
     why="'all five' covers a five-item request without naming any: bulk",
     items={})

OUTLOOK_Q = f"""-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: legal@reddit.com
Subject: [KCSC-240910-05] Request for removal of unlawful content

{request_text("KCSC-240910-05")}"""
case(name="reddit-outlook-partial", from_="sam.okafor@reddit.com", name_from="Sam Okafor",
     date="Wed, 11 Sep 2024 19:15:51 +0000",
     subject="RE: [KCSC-240910-05] Request for removal of unlawful content",
     reply_to_req="req.KCSC-240910-05",
     body=f"""
Hello,

An update on two of the links:

{R[1]} has been removed for violating our rule against non-consensual
intimate media.

We could not locate any content at {R[3]}. The link returns a 404 on our side.

Thanks,
Sam
Reddit Legal Operations

{OUTLOOK_Q}
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit legal staffer's Outlook reply above '-----Original Message-----'",
     why="two items stated above the quote; the quoted request below lists all five and says nothing",
     items={R[1]: "removed", R[3]: "not_found"})

case(name="reddit-declined-wrapped-url", from_="legal@reddit.com", name_from="Reddit Legal",
     date="Sat, 14 Sep 2024 15:27:06 +0000", subject=re_subj("KCSC-240910-05"),
     reply_to_req="req.KCSC-240910-05",
     body=f"""
Hello,

We've reviewed the comment at
<https://www.reddit.com/r/kr_leaks_hub/comments/1fa3k9q/comment/
lln8x2w/>
and are declining to remove it. The comment discusses a news story about
the case and does not itself contain or link to intimate imagery, so it
doesn't break Reddit's rules and we did not find it unlawful.

Reddit Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit legal decline with reason; plain-text wrapping splits the bracketed URL",
     why="refusal with reason for one comment; the URL is wrapped inside angle brackets",
     items={R[2]: "rejected"})

case(name="reddit-ticket-receipt", from_="noreply@redditmail.com", name_from="Reddit Help",
     date="Tue, 10 Sep 2024 01:02:11 +0000",
     subject="[Ticket #8123455] Re: [KCSC-240910-05] Request for removal of unlawful content",
     reply_to_req="req.KCSC-240910-05",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
Hi,

Thanks for reaching out. This message confirms that we have received your
request and created ticket #8123455. A member of our team will reply as soon
as possible.

Reddit Help
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk-style ticket receipt from a help desk",
     why="pure receipt: ticket created, no statement about any item",
     items={})

# ---- Discord / Twitch ----------------------------------------------------
case(name="discord-server-removed-sole", from_="safety@discord.com", name_from="Discord Safety",
     date="Fri, 13 Sep 2024 20:44:12 +0000", subject=re_subj("KCSC-240911-06"),
     reply_to_req="req.KCSC-240911-06",
     body="""
Hi there,

Thanks for reaching out about KCSC-240911-06. Our Safety team investigated
the server behind the invite you reported and has removed it from Discord.
The invite link no longer works.

Discord Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety outcome reply ('removed the server')",
     why="one-item request; the sole statement (server removed) names no URL but is about that item",
     items={D[0]: "removed"})

case(name="discord-all-content-removed", from_="safety@discord.com", name_from="Discord Safety",
     date="Sat, 14 Sep 2024 03:10:45 +0000", subject=re_subj("KCSC-240911-06"),
     reply_to_req="req.KCSC-240911-06",
     body="""
Hello,

All content in your report KCSC-240911-06 violated our Terms of Service and
was removed.

Discord Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Discord short outcome for a report",
     why="'all content' of a one-item request: applies to that item",
     items={D[0]: "removed"})

case(name="discord-asks-for-message-links", from_="safety@discord.com", name_from="Discord Safety",
     date="Thu, 12 Sep 2024 18:05:33 +0000", subject=re_subj("KCSC-240911-06"),
     reply_to_req="req.KCSC-240911-06",
     body=f"""
Hello,

Thanks for your report about {D[0]}. An invite link on its own does not
let us identify which messages are unlawful. So that we can take action,
please reply with:

- the server ID,
- links to the specific messages (right-click a message > Copy Message Link),
- a short description of why each message is unlawful.

Discord Trust & Safety
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Discord Trust & Safety request for message links",
     why="the platform asks for more information before acting; item stays pending",
     items={D[0]: "pending"})

case(name="twitch-not-our-link", from_="legal@twitch.tv", name_from="Twitch Legal",
     date="Fri, 13 Sep 2024 22:31:07 +0000", subject=re_subj("KCSC-240911-06"),
     reply_to_req="req.KCSC-240911-06",
     body=f"""
Hello,

We received your request KCSC-240911-06. The link you sent,
{D[0]}, is a Discord invite and is not hosted on Twitch. We could not find
any Twitch content matching it. Please contact Discord directly.

Twitch Legal
""",
     outcome="review", review="wrong_platform",
     imitates="hosting-platform reply that a reported link belongs to another service",
     why="Twitch states 'could not find' about a Discord item: another platform's statement",
     items={D[0]: "pending"})

# ---- Pinterest -----------------------------------------------------------
case(name="pinterest-html-table", from_="legal@pinterest.com", name_from="Pinterest Legal",
     date="Mon, 16 Sep 2024 18:22:40 +0000", subject=re_subj("KCSC-240912-07"),
     reply_to_req="req.KCSC-240912-07",
     type="html",
     body=f"""
<html><body>
<p>Hello KCSC,</p>
<p>Here are the results of our review of request KCSC-240912-07:</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>Pin</th><th>Result</th></tr></thead>
<tbody>
<tr><td>{P[0]}</td><td>Removed</td></tr>
<tr><td>{P[1]}</td><td>Removed</td></tr>
<tr><td>{P[2]}</td><td>Blocked in South Korea</td></tr>
</tbody></table>
<p>See our <a href="https://policy.pinterest.com/en/community-guidelines">Community Guidelines</a> for more.</p>
<p>Pinterest Legal</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="Pinterest legal results table in HTML",
     why="table: two pins removed, one blocked in South Korea; guidelines link is not an item",
     items={P[0]: "removed", P[1]: "removed", P[2]: "restricted"})

GMAIL_Q = quote(request_text("KCSC-240912-07"))
case(name="pinterest-gmail-top-post", from_="h.ngata@pinterest.com", name_from="Hana Ngata",
     date="Tue, 17 Sep 2024 00:12:09 +0000", subject=re_subj("KCSC-240912-07"),
     reply_to_req="req.KCSC-240912-07",
     body=f"""
Hi,

{P[1]} was deactivated for violating our counterfeit goods policy.

We couldn't act on the other two: {P[0]} and {P[2]} had already been deleted
by the person who saved them before we got to them.

Best,
Hana
Pinterest Trust & Safety

On Thu, Sep 12, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{GMAIL_Q}
""",
     outcome="applied", classification="confirmation",
     imitates="Pinterest staffer's Gmail top-post over the quoted request",
     why="one pin deactivated (removed); two already deleted by their author (not_found); quote ignored",
     items={P[1]: "removed", P[0]: "not_found", P[2]: "not_found"})

case(name="pinterest-base64-plain", from_="legal@pinterest.com", name_from="Pinterest Legal",
     date="Wed, 18 Sep 2024 16:05:55 +0000", subject=re_subj("KCSC-240912-07"),
     reply_to_req="req.KCSC-240912-07",
     raw_mime=single(f"Hello,\n\nThe Pin {P[2]} was removed for violating our policy on "
                     f"counterfeit goods.\n\nThe other Pins in request KCSC-240912-07 are still being "
                     f"reviewed.\n\nPinterest Legal\n", cte="base64"),
     outcome="applied", classification="confirmation",
     imitates="Pinterest legal short outcome, base64 text/plain body",
     why="base64 body: one pin removed; the rest 'still being reviewed' stay pending",
     items={P[2]: "removed"})

DSN = multipart("dsn-4f2a", [
    "Content-Type: text/plain; charset=us-ascii\n\n"
    "This is the mail system at host mx.kcsc.example.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients.\n\n"
    "<legal-kr@pinterest.com>: host mx1.pinterest.com[203.0.113.25] said: 550 5.1.1\n"
    "    <legal-kr@pinterest.com>: Recipient address rejected: User unknown\n",
    "Content-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mx.kcsc.example\n"
    "Arrival-Date: Thu, 12 Sep 2024 10:02:03 +0900 (KST)\n\n"
    "Final-Recipient: rfc822; legal-kr@pinterest.com\n"
    "Action: failed\nStatus: 5.1.1\n"
    "Remote-MTA: dns; mx1.pinterest.com\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@pinterest.com>: Recipient address rejected: User unknown\n",
    "Content-Type: message/rfc822\n\n"
    "Date: Thu, 12 Sep 2024 10:02:00 +0900\n"
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: legal-kr@pinterest.com\n"
    "Subject: [KCSC-240912-07] Request for removal of unlawful content\n"
    "Message-ID: <req.KCSC-240912-07@kcsc.example>\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n\n" + request_text("KCSC-240912-07") + "\n",
], subtype="report", extra="; report-type=delivery-status")
case(name="pinterest-dsn-user-unknown", from_="MAILER-DAEMON@mx.kcsc.example",
     name_from="Mail Delivery System", auth="none",
     date="Thu, 12 Sep 2024 01:02:05 +0000",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=DSN,
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (550 user unknown) with the original attached",
     why="a bounce of our own request; the attached original lists URLs but states nothing",
     items={})

MDN = multipart("mdn-88e1", [
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Your message\n\n  To: legal@pinterest.com\n"
    "  Subject: [KCSC-240912-07] Request for removal of unlawful content\n"
    "  Sent: Thursday, September 12, 2024 10:02 AM\n\n"
    "was read on Thursday, September 12, 2024 3:40 PM.\n",
    "Content-Type: message/disposition-notification\n\n"
    "Reporting-UA: legal@pinterest.com; Microsoft Outlook 16.0\n"
    "Final-Recipient: rfc822;legal@pinterest.com\n"
    "Original-Message-ID: <req.KCSC-240912-07@kcsc.example>\n"
    "Disposition: manual-action/MDN-sent-manually; displayed\n",
], subtype="report", extra="; report-type=disposition-notification")
case(name="pinterest-read-receipt", from_="legal@pinterest.com", name_from="Pinterest Legal",
     date="Thu, 12 Sep 2024 06:40:13 +0000",
     subject="Read: [KCSC-240912-07] Request for removal of unlawful content",
     reply_to_req="req.KCSC-240912-07",
     raw_mime=MDN,
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN, multipart/report disposition-notification)",
     why="a read receipt says nothing about items",
     items={})

# ---- Snapchat / Telegram -------------------------------------------------
case(name="snapchat-unmonitored-autoreply", from_="lawenforcement@snapchat.com", name_from="Snap Inc.",
     date="Tue, 10 Sep 2024 01:00:48 +0000",
     subject="Auto-Reply: [KCSC-240910-05] Request for removal of unlawful content",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""
Thank you for contacting Snap Inc.

This is an automated response. This mailbox is not monitored for content
removal requests. Government agencies should submit requests through our
Law Enforcement Service System portal so that they can be tracked and
answered.

Snap Inc. Law Enforcement Operations
""",
     outcome="ignored", classification="auto_reply",
     imitates="Snap law-enforcement mailbox auto-responder pointing to its portal",
     why="automated reply from a mailbox we copied; nothing about items",
     items={})

case(name="telegram-vague-no-reference", from_="abuse@telegram.org", name_from="Telegram",
     date="Sun, 15 Sep 2024 09:14:30 +0000",
     subject="Your reports",
     body="""
Hello,

Thanks for your reports. The channels you told us about last week have been
taken down, and we will keep an eye on any copies that appear.

Telegram Abuse Team
""",
     outcome="review", review="no_claims",
     imitates="Telegram abuse-desk short reply with no reference or links",
     why="trusted Telegram mail but names no item and references no request of ours",
     items={})


def main():
    write_requests()
    header = ("# Blind set 364: English notices from many platforms. Written from each\n"
              "# email's meaning alone, before any run of the reader. Generated by make.py.")
    for c in CASES:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, SET, header, CASES)


if __name__ == "__main__":
    main()
