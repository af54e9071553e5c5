#!/usr/bin/env python3
"""Blind set 898: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Telegram, Discord, plus Twitch, Snapchat and Pinterest mail).

    python3 tests/corpus/blind898/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; the expected results
were written from each email's meaning before the reader was run.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind898"

# --- requests ---------------------------------------------------------------

X1 = "https://x.com/lunar_tide88/status/1832000000000000101"
X2 = "https://x.com/lunar_tide88/status/1832000000000000102"
X3 = "https://x.com/paper_kite_kr/status/1832000000000000203"
X4 = "https://x.com/paper_kite_kr/status/1832000000000000204"
X5 = "https://x.com/greyorchard/status/1832000000000000305"
X6 = "https://x.com/greyorchard/status/1832000000000000306"
X7 = "https://x.com/nightferry_22/status/1832000000000000407"
X8 = "https://x.com/nightferry_22/status/1832000000000000408"
X9 = "https://x.com/tinsel_moth/status/1832000000000000509"
X10 = "https://x.com/tinsel_moth/status/1832000000000000510"
X11 = "https://x.com/coldharbor_9"
X12 = "https://x.com/ember_ledger/status/1832000000000000612"

Y1 = "https://www.youtube.com/watch?v=Qm7fT2kLp0a"
Y2 = "https://www.youtube.com/watch?v=Zr4nB8wXc1e"
Y3 = "https://www.youtube.com/shorts/Hd9uK3vYt6s"
Y4_RAW = "https://www.youtube.com/@달빛거래소"
Y4 = "https://www.youtube.com/" + quote("@달빛거래소", safe="@")

M1 = "https://www.facebook.com/groups/harborlightsmarket/posts/8812345600112233"
M2 = "https://www.instagram.com/p/C9xKq2LmN4r/"
M3 = "https://www.facebook.com/profile.php?id=100089912345678"

T1 = "https://www.tiktok.com/@silverpine.deals/video/7412345678901234567"
T2 = "https://www.tiktok.com/@silverpine.deals/video/7412345678901239876"

R1 = "https://www.reddit.com/r/KoreanDealsHub/comments/1fabc12/cheap_vouchers_here/"
R2 = "https://www.reddit.com/r/KoreanDealsHub/comments/1fabd34/dm_for_prices/"
R3 = "https://www.reddit.com/user/quietmaple_77/"
R4 = "https://www.reddit.com/r/seoulnightlife_alt/comments/1fabe56/contact_list/"
R5 = "https://www.reddit.com/r/seoulnightlife_alt/comments/1fabe56/contact_list/lm2x9qz/"

G1 = "https://t.me/amber_lane_shop/412"
G2 = "https://t.me/amber_lane_shop/415"
G3 = "https://t.me/northwind_files"

D1 = "https://discord.gg/bluefinvault"

REQUESTS = [
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "illegal_goods", "Counterfeit voucher and account-selling network",
     [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]),
    ("KCSC-240910-02", "youtube", "2024-09-10T10:30:00+09:00", "2024-09-17T23:59:59+09:00",
     "gambling", "Illegal gambling promotion videos and channel", [Y1, Y2, Y3, Y4]),
    ("KCSC-240910-03", "meta", "2024-09-10T11:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "illegal_goods", "Facebook group post, Instagram post, Facebook profile", [M1, M2, M3]),
    ("KCSC-240911-04", "tiktok", "2024-09-11T09:30:00+09:00", "2024-09-18T23:59:59+09:00",
     "illegal_goods", "Two videos advertising prescription drugs", [T1, T2]),
    ("KCSC-240911-05", "reddit", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     "privacy", "Posts, a comment and a user account sharing personal data", [R1, R2, R3, R4, R5]),
    ("KCSC-240912-06", "telegram", "2024-09-12T09:00:00+09:00", "2024-09-19T23:59:59+09:00",
     "illegal_goods", "Channel posts selling forged documents", [G1, G2, G3]),
    ("KCSC-240912-07", "discord", "2024-09-12T09:30:00+09:00", "2024-09-19T23:59:59+09:00",
     "gambling", "Server invite for an illegal betting community", [D1]),
]


def req_mid(ref):
    return f"{ref}.req"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"{req_mid(ref)}@kcsc.example", note])


# --- MIME helpers ------------------------------------------------------------

def b64_plain(body):
    enc = base64.encodebytes(body.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + enc)


def qp_plain(body):
    enc = quopri.encodestring(body.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


# --- cases -------------------------------------------------------------------

CASES = []


def case(**kw):
    CASES.append(kw)


# ============================ applied ========================================

case(
    name="x-legal-withheld-kr-bulleted",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 08:14:22 +0000",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""
Hello,

Thank you for your correspondence of 9 September 2024 (your reference
KCSC-240909-01).

We have reviewed the reported content against the X Rules and the
applicable local law. Following that review, access to the posts below has
been withheld in the Republic of Korea under our Country Withheld Content
policy:

  * {X1}
  * {X2}
  * {X3}

The following post was found to break the X Rules and has been removed from
X globally:

  * {X5}

We are still assessing the remaining URLs of your request and will write to
you about them separately.

Where we are permitted to do so, the account holders concerned have been
notified. Our approach to legal requests is described at
https://help.x.com/en/rules-and-policies/x-legal-faqs.

Regards,
Legal Policy Team
X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply to a government request: Country Withheld Content list plus a global removal",
    why="Three posts withheld in Korea (restricted), one removed globally; the rest promised for later stays pending.",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X5: "removed"},
)

case(
    name="x-numbered-result-below",
    **{"from": "safety-reports@x.com"}, name_from="X Safety",
    date="Sat, 14 Sep 2024 02:40:09 +0000",
    subject="Case 0927-KR-55814: outcome of your report (KCSC-240909-01)",
    body=f"""
Hi,

We have finished reviewing some of the URLs you submitted under
KCSC-240909-01. The results are listed below.

1. {X4}
   Result: Removed. The post violated our policy on illegal or certain
   regulated goods and services.

2. {X6}
   Result: Unavailable. The post was deleted by the account owner before we
   reviewed it.

3. {X7}
   Result: No violation found. We assessed this post under the X Rules and
   under the Korean law cited in your notice and did not find a breach. It
   remains available on X.

If you have further information about item 3, you can reply to this email
quoting the case number.

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X Safety case outcome email with a numbered list and a result line under each URL",
    why="Removed, deleted by its owner (not_found) and no violation (rejected), each under its own URL.",
    items={X4: "removed", X6: "not_found", X7: "rejected"},
)

case(
    name="x-account-suspended",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 13 Sep 2024 11:02:51 +0000",
    subject="Your report about an account on X [ref: KCSC-240909-01]",
    body=f"""
Hello,

We are writing about the account you reported, {X11}

That account has been permanently suspended for repeated violations of the
X Rules on platform manipulation and spam. Its profile and posts are no
longer visible on X.

The other URLs in your request are being handled under a separate ticket.

Kind regards,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X Support notice that a reported account was permanently suspended",
    why="A permanently suspended account is removed; the other URLs are only said to be handled elsewhere.",
    items={X11: "removed"},
)

x_table_rows = [
    (X8, "Withheld in KR"),
    (X9, "Removed (X Rules violation)"),
    (X10, "No action &ndash; no violation of the X Rules or local law identified"),
    (X12, "Content not found"),
]
x_table = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{a}</td></tr>'
    for i, (u, a) in enumerate(x_table_rows, 1)
)
case(
    name="x-html-outcome-table",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 06:30:00 +0000",
    subject="RE: KCSC-240909-01 - remaining items",
    reply_to_req=req_mid("KCSC-240909-01"),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC team,</p>
<p>Please find below our decision on the remaining items of your request KCSC-240909-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action taken</th></tr>
{x_table}
</table>
<p>Items withheld in KR remain visible outside the Republic of Korea.</p>
<p>Regards,<br>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal response with an HTML table of reported URLs and the action taken on each",
    why="Table rows: withheld in KR (restricted), removed, no violation (rejected), not found.",
    items={X8: "restricted", X9: "removed", X10: "rejected", X12: "not_found"},
)

quoted_req = "\n".join("> " + u for u in REQUESTS[0][6])
case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "j.whitcombe@x.com"}, name_from="Jordan Whitcombe",
    date="Tue, 17 Sep 2024 01:12:40 +0000",
    subject="Re: KCSC-240909-01 Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""
Hello,

A short update on one URL from your request: {X8} has now been withheld in
South Korea.

Best,
Jordan
Global Government Affairs, X

On Mon, Sep 9, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal team,
>
> Under Article 44-7 of the Information and Communications Network Act we
> ask you to remove or block the following 12 items (our ref KCSC-240909-01):
>
{quoted_req}
>
> Please tell us what action you have taken by 16 September 2024.
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a platform policy staffer above the quoted request",
    why="Only the author's own line counts: one post withheld in Korea; the quoted list of 12 URLs states nothing.",
    items={X8: "restricted"},
)

case(
    name="x-base64-legal-decision",
    **{"from": "legal@x.com"}, name_from="X Corp. Legal",
    date="Sun, 15 Sep 2024 09:05:13 +0000",
    subject="Decision on legal request KCSC-240909-01",
    raw_mime=b64_plain(f"""
Dear Sir or Madam,

Reference: KCSC-240909-01

Having reviewed your request, X has taken the following action:

{X1} - removed globally for violating the X Rules.
{X2} - withheld in the Republic of Korea.

This notice has been shared with the affected users where permitted.

X Corp. Legal
"""),
    outcome="applied", classification="confirmation",
    imitates="X legal decision notice sent as a base64 text/plain body",
    why="One post removed globally, one withheld in Korea, each on its own line.",
    items={X1: "removed", X2: "restricted"},
)

case(
    name="x-korea-bilingual-fullwidth",
    **{"from": "korea-support@x.com"}, name_from="X Korea",
    date="Mon, 16 Sep 2024 02:21:35 +0000",
    subject=Header("[X] 요청번호 KCSC-240909-01 처리 결과 / Result of your request", "utf-8").encode(),
    body=f"""
안녕하세요, 방송통신심의위원회 담당자님.
Hello KCSC team,

요청번호 KCSC-240909-01 관련 처리 결과를 안내드립니다.
Please see below the result for two posts of request KCSC-240909-01.

- 게시물 {X3} 은 대한민국 내에서 접근이 제한되었습니다.
  (withheld in Korea)
- 게시물（{X4}）은 X 규칙 위반으로 삭제되었습니다.
  (removed for violating the X Rules)

감사합니다.
X Korea Support
""",
    outcome="applied", classification="confirmation",
    imitates="Bilingual Korean/English result note from a platform's Korea support desk",
    why="One post 접근 제한 in Korea (restricted), one 삭제 (removed); the URL sits in full-width parentheses.",
    items={X3: "restricted", X4: "removed"},
)

case(
    name="yt-legal-blocked-in-kr",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Fri, 13 Sep 2024 07:48:02 +0000",
    subject="[7-8812000034567] Re: KCSC-240910-02 legal removal request - YouTube",
    reply_to_req=req_mid("KCSC-240910-02"),
    body=f"""
Hello,

Thanks for reaching out to us.

In accordance with local law, we have blocked the following content from
view on YouTube in South Korea:

{Y1}
{Y2}

This content remains available in other countries/regions. Please note that
a copy of your notice may be sent to the Lumen project for publication.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome: content blocked from view in one country",
    why="Both videos blocked in South Korea only: restricted.",
    items={Y1: "restricted", Y2: "restricted"},
)

case(
    name="yt-removed-and-channel-terminated",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Sat, 14 Sep 2024 15:33:10 +0000",
    subject="Update on your request KCSC-240910-02",
    body=f"""
Hi there,

Your request KCSC-240910-02 was also reviewed against YouTube's Community
Guidelines.

We've removed the following video because it violates our policy on
regulated goods:
{Y3}

The following channel has been terminated for severe or repeated violations
of our Community Guidelines:
<{Y4_RAW}>

Learn more about our policies at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Thanks,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Community Guidelines removal and channel termination notice",
    why="Short removed; channel terminated (removed), written with its raw Korean handle in angle brackets.",
    items={Y3: "removed", Y4: "removed"},
)

case(
    name="yt-no-action-stays-up",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Mon, 16 Sep 2024 04:10:55 +0000",
    subject="[7-8812000034567] Your legal request - no action taken",
    body=f"""
Hello,

We have reviewed the video at {Y2} referred to in your
request KCSC-240910-02.

After careful review, we have decided not to take action on this content.
We did not find that it violates YouTube's Community Guidelines, and based
on the information provided we could not determine that it is unlawful in
South Korea. The video will remain available on YouTube.

If you obtain a court order declaring the content unlawful, you can submit
it through our legal help centre.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal support refusal: no violation found, content stays up",
    why="A refusal with its reason for one named video: rejected.",
    items={Y2: "rejected"},
)

case(
    name="yt-qp-removed-and-age-restricted",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Tue, 17 Sep 2024 05:51:18 +0000",
    subject="[7-8812000034981] Outcome of your request KCSC-240910-02",
    raw_mime=qp_plain(f"""
Hello,

Following our review of the content identified in your notice (KCSC-240910-02), we have taken these actions: the video {Y1} has been removed from YouTube for violating our Community Guidelines, and the video {Y3} has been age-restricted, so it is no longer visible to viewers who are signed out or under 18.

Kind regards,
Google Legal Support
"""),
    outcome="applied", classification="confirmation",
    imitates="Google legal support outcome in one long paragraph, sent quoted-printable with soft line breaks",
    why="One video removed, one age-restricted (restricted), both in one sentence.",
    items={Y1: "removed", Y3: "restricted"},
)

gmail_quote_yt = "\n".join("> " + u for u in [Y1, Y2, Y3, Y4])
case(
    name="yt-channel-gone-gmail-quote",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Wed, 18 Sep 2024 03:02:44 +0000",
    subject="Re: KCSC-240910-02 legal removal request - YouTube",
    reply_to_req=req_mid("KCSC-240910-02"),
    body=f"""
Hello,

The channel {Y4} no longer exists. It was deleted by its owner before we
began our review, so no action on our side was needed.

Regards,
Google Legal Support

On Tue, Sep 10, 2024 at 10:31 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal,
>
> Please remove the following gambling promotion content (ref KCSC-240910-02):
{gmail_quote_yt}
>
> KCSC
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support reply above a Gmail-quoted request: channel already deleted by its owner",
    why="Channel deleted by its owner before review: not_found; the quoted URLs state nothing.",
    items={Y4: "not_found"},
)

case(
    name="meta-local-law-outlook-quote",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Content Policy",
    date="Fri, 13 Sep 2024 12:26:37 +0000",
    subject="RE: KCSC-240910-03 - Request to restrict content",
    body=f"""
Hello,

We're writing about your report KCSC-240910-03.

After review, we've restricted access in South Korea to the following
content because it was found to violate local law:

- {M1}
- {M2}

We were unable to locate the content at the link below. Please make sure
the link is correct:

- {M3}

Thanks,
Meta Content Policy - Government Requests

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:00 AM
To: gov-requests@meta.com
Subject: KCSC-240910-03 - Request to restrict content

Dear Meta,

We request the removal of the following content, which advertises goods
whose sale is illegal in Korea:
{M1}
{M2}
{M3}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request reply (content restricted under local law) above an Outlook-quoted request",
    why="Two items restricted in Korea, one could not be located (not_found); the Outlook-quoted request states nothing.",
    items={M1: "restricted", M2: "restricted", M3: "not_found"},
)

case(
    name="meta-instagram-post-removed",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Thu, 12 Sep 2024 22:15:09 +0000",
    subject="We reviewed your report (KCSC-240910-03)",
    body=f"""
Hi,

Thanks for your report KCSC-240910-03 about a post on Instagram.

We removed {M2} because it goes against our Community Guidelines on
regulated goods.

Reports like yours help keep Instagram a safe place. You can see the status
of your reports in your Support Requests.

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome template: we removed the post you reported",
    why="One named Instagram post removed.",
    items={M2: "removed"},
)

meta_csv = (
    "reported_url,decision,basis\r\n"
    f"{M1},Removed,Community Standards - Restricted goods and services\r\n"
    f"{M3},No action taken,No violation of Community Standards or local law found\r\n"
)
case(
    name="meta-csv-attachment",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Content Policy",
    date="Mon, 16 Sep 2024 08:40:12 +0000",
    subject="KCSC-240910-03 - outcome",
    reply_to_req=req_mid("KCSC-240910-03"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_meta_898_a"

------=_meta_898_a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the items of request KCSC-240910-03
that we have decided on so far.

Thanks,
Meta Content Policy - Government Requests

------=_meta_898_a
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240910-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(meta_csv)}
------=_meta_898_a--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request outcome sent as a CSV attachment (url, decision, basis)",
    why="CSV rows: group post removed, profile no violation (rejected).",
    items={M1: "removed", M3: "rejected"},
)

case(
    name="meta-html-account-disabled",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date="Sat, 14 Sep 2024 04:59:31 +0000",
    subject="Decision on the account you reported",
    type="html",
    body=f"""
<html><body>
<h3>Decision on your report</h3>
<p>Your reference: KCSC-240910-03</p>
<p><b>Account reported:</b> <a href="{M3}">{M3}</a></p>
<p><b>Our decision:</b> We disabled this account.</p>
<p><b>Reason:</b> The account was used to sell goods that are not allowed under our Community Standards.</p>
<p><b>How to request a review:</b> If you disagree with our decision, see
<a href="https://www.facebook.com/help/1096710083682201">our Help Centre</a>.</p>
<p>Meta Platforms Ireland Ltd.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook DSA-style decision notice in HTML: account disabled, with reason and redress link",
    why="The reported profile was disabled: removed. The Help Centre link is not an item.",
    items={M3: "removed"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Trust and Safety",
    date="Sat, 14 Sep 2024 10:20:45 +0000",
    subject="Statement of reasons - notice KCSC-240911-04",
    body=f"""
Dear reporter,

TikTok has reached a decision on the notice you submitted through our
illegal content reporting channel (your reference KCSC-240911-04).

Content 1
Content URL: {T1}
Decision: Removed
Ground: Incompatible with TikTok's Community Guidelines (regulated goods
and commercial activities)
Automated means used in the decision: No

Content 2
Content URL: {T2}
Decision: Restricted in South Korea
Ground: Illegal content under the law of the Republic of Korea
Automated means used in the decision: No

If you disagree with this decision you may appeal through
https://www.tiktok.com/legal/report/feedback or use an out-of-court dispute
settlement body.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA statement of reasons to a notifier, one block per content URL",
    why="Video 1 removed, video 2 restricted in South Korea.",
    items={T1: "removed", T2: "restricted"},
)

case(
    name="tiktok-stays-up-and-creator-deleted",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 06:07:29 +0000",
    subject="Re: KCSC-240911-04",
    reply_to_req=req_mid("KCSC-240911-04"),
    body=f"""
Hello,

We have completed our review of the two videos listed in your request
KCSC-240911-04.

The video {T1} was reviewed against our Community Guidelines and
applicable Korean law. We did not find a violation, so it will stay up.

The video {T2} is no longer available on TikTok. It was deleted by the
creator before our moderators reached it.

Best regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply in prose: one video kept (no violation), one already deleted by its creator",
    why="No violation so it stays up (rejected); deleted by its creator (not_found).",
    items={T1: "rejected", T2: "not_found"},
)

case(
    name="reddit-safety-bulleted-actions",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    date="Sat, 14 Sep 2024 18:44:03 +0000",
    subject="Your report has been reviewed",
    body=f"""
Hi there,

Thanks for submitting a report to the Reddit Safety team. After
investigating, we found that the reported content violates Reddit's Content
Policy and took the following action:

• {R1} — post removed
• {R2} — post removed
• {R3} — account permanently suspended

Reference: KCSC-240911-05

Thanks again for helping keep Reddit safe.
Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report-outcome email with a bulleted list of actions",
    why="Thanks-for-your-report opening plus unhedged actions per URL: two posts removed, account suspended (removed).",
    items={R1: "removed", R2: "removed", R3: "removed"},
)

case(
    name="reddit-echoed-report-findings",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    date="Sun, 15 Sep 2024 09:27:16 +0000",
    subject="Update on your report (KCSC-240911-05)",
    body=f"""
Hi,

Thanks for your report. Here is a summary of what you reported and what we
found.

What you reported:
  Post: {R4}
  Reason: Illegal content (Republic of Korea)
What we found:
  This post had already been removed by the community's moderators before
  our team reviewed it. No further action was needed.

What you reported:
  Comment: {R5}
  Reason: Illegal content (Republic of Korea)
What we found:
  We reviewed this comment and didn't find a violation of Reddit's Content
  Policy, so we won't be taking action on it.

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit report outcome that echoes the report ('What you reported / What we found')",
    why="Post already removed by the subreddit's moderators (removed); comment breaks no rule (rejected).",
    items={R4: "removed", R5: "rejected"},
)

case(
    name="reddit-pipe-table",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 17 Sep 2024 02:35:48 +0000",
    subject="Report outcome - KCSC-240911-05",
    body=f"""
Hello,

Please see the outcome for three of the items in your request below.

| URL | Outcome |
|-----|---------|
| {R1} | Removed by Reddit admins |
| {R2} | Already deleted by the author |
| {R5} | Removed by Reddit admins |

Regards,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations reply with a plain-text pipe table",
    why="Two removed, one deleted by its author (not_found); the post holding the comment is not named.",
    items={R1: "removed", R2: "not_found", R5: "removed"},
)

case(
    name="telegram-mixed-no-scheme",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 16:03:27 +0000",
    subject="Re: KCSC-240912-06 Report of illegal content",
    reply_to_req=req_mid("KCSC-240912-06"),
    body="""
Hello,

Case #5538102

Thank you for your message. We have looked into the materials you reported:

t.me/amber_lane_shop/412 - deleted
t.me/amber_lane_shop/415 - deleted
t.me/northwind_files - this channel is no longer accessible to users in South Korea

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with scheme-less t.me links and a one-word status each",
    why="Two posts deleted (removed); channel inaccessible in South Korea (restricted).",
    items={G1: "removed", G2: "removed", G3: "restricted"},
)

case(
    name="telegram-ack-then-status-below",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Sat, 14 Sep 2024 13:49:52 +0000",
    subject="Case #5538102 - KCSC-240912-06",
    body=f"""
Hi,

Thanks for your report (KCSC-240912-06), it has been received and processed.

{G1}
This message has been removed.

{G2}
We could not find this message. It may have been deleted already.

Telegram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk reply: receipt sentence followed by bare URLs with the status on the line below",
    why="Receipt phrase plus unhedged statements: one removed, one could not be found (not_found).",
    items={G1: "removed", G2: "not_found"},
)

case(
    name="discord-sole-item-no-url",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sun, 15 Sep 2024 20:11:06 +0000",
    subject="Re: KCSC-240912-07 - report about a server",
    reply_to_req=req_mid("KCSC-240912-07"),
    body="""
Hello,

Thank you for reaching out to Discord Trust & Safety.

We have investigated the server you reported and found that it violated our
Community Guidelines. The server has been removed from Discord and action
has been taken on the owner's account.

We appreciate you bringing this to our attention.

Discord Trust & Safety
Ticket #31558207
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply: the reported server was removed (no URL repeated)",
    why="Reply in the thread of a one-item request; 'the server has been removed' is its only statement.",
    items={D1: "removed"},
)

case(
    name="discord-invite-angle-brackets",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 17 Sep 2024 07:45:39 +0000",
    subject="Ticket #31558207 follow-up",
    body=f"""
Hi KCSC team,

Following up on ticket 31558207: the invite link you sent us,
<{D1}>, no longer works because the server behind it was deleted by our
team for breaking Discord's Terms of Service.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety follow-up naming the invite link in angle brackets",
    why="The server behind the invite was deleted by Discord: removed.",
    items={D1: "removed"},
)

# ============================ review =========================================

case(
    name="x-will-withhold-after-review",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 05:18:30 +0000",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""
Hello,

Thank you for your request KCSC-240909-01. We have received the reported
URLs and are reviewing them against local law.

Subject to the outcome of our legal review, we will withhold the following
posts in the Republic of Korea:
{X3}
{X4}

We expect to complete the review within five business days and will
confirm once action has been taken.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply: conditional promise to withhold posts after legal review",
    why="A conditional promise ('subject to ... we will withhold') is no statement; named items stay pending.",
    items={X3: "pending", X4: "pending"},
)

case(
    name="yt-under-review-may-block",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 09:37:21 +0000",
    subject="[7-8812000034567] Re: KCSC-240910-02",
    body=f"""
Hello,

We are writing about your request concerning the following videos:
{Y1}
{Y2}

These videos are currently under review by our legal team. If we determine
that the content violates local law, it may be blocked in South Korea. We
will update you once our review is complete.

Regards,
Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Google legal support interim note: content under review, may be blocked",
    why="'Under review' and 'may be blocked' are not statements; the named videos stay pending.",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="meta-appears-taken-down",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Content Policy",
    date="Thu, 12 Sep 2024 03:55:12 +0000",
    subject="RE: KCSC-240910-03",
    body=f"""
Hi,

Regarding KCSC-240910-03: the group post at
{M1}
appears to have already been taken down. We are confirming this with the
responsible team and will come back to you.

Thanks,
Meta Content Policy
""",
    outcome="review", review="not_understood",
    imitates="Meta staff interim reply with a hedge ('appears to have already been taken down')",
    why="A hedge plus a promise to confirm: not a statement, the post stays pending.",
    items={M1: "pending"},
)

case(
    name="reddit-all-content-removed",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 21:30:57 +0000",
    subject="Re: KCSC-240911-05",
    reply_to_req=req_mid("KCSC-240911-05"),
    body="""
Hi,

Thank you for your report KCSC-240911-05. Our team reviewed every link you
sent, and all of the reported content has been removed from Reddit for
violating our Content Policy.

Regards,
Reddit Legal Operations
""",
    outcome="review", review="bulk",
    imitates="Reddit legal one-line outcome for a whole report",
    why="'All of the reported content has been removed' for a five-item request names no item: bulk.",
    items={R1: "pending", R2: "pending", R3: "pending", R4: "pending", R5: "pending"},
)

case(
    name="telegram-all-links-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sun, 15 Sep 2024 11:14:08 +0000",
    subject="Case #5538177",
    body="""
Hello,

Case #5538177

All channels and messages listed in your request KCSC-240912-06 have been
blocked.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram abuse desk terse bulk reply",
    why="A statement about every link of a three-item request without naming them: bulk.",
    items={G1: "pending", G2: "pending", G3: "pending"},
)

case(
    name="x-dmarc-fail-removed",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Sat, 14 Sep 2024 07:07:07 +0000",
    subject="Re: KCSC-240909-01 removal confirmation",
    body=f"""
Hello,

We confirm that the post {X1} has been removed from X
following your request KCSC-240909-01.

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal confirmation whose sender domain fails DMARC",
    why="From x.com but DKIM/SPF/DMARC fail: untrusted, the post stays pending.",
    items={X1: "pending"},
)

case(
    name="discord-dmarc-fail-removed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety", auth="fail",
    date="Mon, 16 Sep 2024 14:22:50 +0000",
    subject="Re: KCSC-240912-07",
    body=f"""
Hello,

The server at {D1} has been removed for violating our
Community Guidelines.

Discord Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="Discord Trust & Safety confirmation whose authentication fails",
    why="Platform domain failing authentication: untrusted.",
    items={D1: "pending"},
)

case(
    name="tiktok-bpo-vendor-unknown-sender",
    **{"from": "moderation@clearpath-trustops.com"}, name_from="ClearPath TrustOps (on behalf of TikTok)",
    date="Sun, 15 Sep 2024 03:41:26 +0000",
    subject="Notice KCSC-240911-04 - action taken",
    body=f"""
Dear KCSC,

We handle legal notices on behalf of TikTok in the APAC region.

Regarding your notice KCSC-240911-04, the video
{T1}
has been removed.

Kind regards,
ClearPath TrustOps
""",
    outcome="review", review="unknown_sender",
    imitates="Outsourced moderation vendor writing 'on behalf of' a platform from its own domain",
    why="Not a TikTok sender domain: unknown_sender, the video stays pending.",
    items={T1: "pending"},
)

case(
    name="tiktok-about-youtube-link",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 08:58:14 +0000",
    subject="Re: notice regarding a video link",
    body=f"""
Hello,

We received your notice listing the link
{Y2}

This link does not point to content hosted on TikTok, so we could not
locate it on our platform and have not taken any action.

Best regards,
TikTok Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Platform reply that a reported link is not hosted on its service",
    why="TikTok states not found for a YouTube item of another platform's request: wrong_platform.",
    items={Y2: "pending"},
)

case(
    name="pinterest-portal-change-no-claims",
    **{"from": "lawenforcement@pinterest.com"}, name_from="Pinterest Law Enforcement",
    date="Tue, 17 Sep 2024 16:00:00 +0000",
    subject="Changes to how Pinterest receives government requests",
    body="""
Hello,

We're writing to let government agencies that have contacted us know that,
from 1 October 2024, Pinterest will accept content removal requests from
government bodies only through our online portal. Requests sent by email
after that date will receive an automatic reply pointing to the portal.

You can read our guidelines at
https://policy.pinterest.com/en/law-enforcement-guidelines

Thank you,
Pinterest Law Enforcement Team
""",
    outcome="review", review="no_claims",
    imitates="Platform circular to government requesters about a new intake portal",
    why="Trusted platform mail naming no item and no request: no_claims.",
    items={},
)

case(
    name="yt-asks-for-court-order",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 06:24:33 +0000",
    subject="[7-8812000034567] Additional information needed - KCSC-240910-02",
    body=f"""
Hello,

Thank you for your request KCSC-240910-02 concerning {Y3}

To continue processing this request, we need additional information.
Please send us a copy of the decision issued by your commission for this
item and identify the specific provision of Korean law that the content is
alleged to violate.

We are unable to proceed with this item until we receive this information.

Regards,
Google Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal support request for the underlying decision and legal provision",
    why="The platform asks for more documents before acting: asks_more, the Short stays pending.",
    items={Y3: "pending"},
)

# ============================ ignored ========================================

case(
    name="snapchat-out-of-office",
    **{"from": "m.lindqvist@snap.com"}, name_from="Marta Lindqvist",
    date="Wed, 11 Sep 2024 01:15:00 +0000",
    subject="Automatic reply: KCSC cooperation contact",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hello,

I'm out of the office until 23 September with limited access to email.
For urgent law enforcement or government matters, please use the Snap law
enforcement portal, or write to lawenforcement@snap.com.

Thanks,
Marta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply from a platform policy contact",
    why="An out-of-office auto-reply naming no item.",
    items={},
)

dsn_orig = "\n".join(REQUESTS[0][6][:3])
case(
    name="x-dsn-recipient-rejected",
    **{"from": "mailer-daemon@x.com"}, name_from="Mail Delivery Subsystem",
    date="Mon, 09 Sep 2024 01:03:12 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_898_x"

--dsn_898_x
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx-in.x.com.

I'm sorry to have to inform you that your message could not be delivered
to one or more recipients.

<legal-kr@x.com>: host mx-in.x.com[198.51.100.44] said: 550 5.1.1
    <legal-kr@x.com>: Recipient address rejected: User unknown

--dsn_898_x
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in.x.com
Arrival-Date: Mon,  9 Sep 2024 01:03:10 +0000 (UTC)

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@x.com>: Recipient address rejected: User unknown

--dsn_898_x
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: KCSC-240909-01 Request for removal of illegal content
Date: Mon, 09 Sep 2024 10:02:00 +0900
Message-ID: <KCSC-240909-01.req@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear X Legal team,

Please remove the following items (ref KCSC-240909-01):
{dsn_orig}

Korea Communications Standards Commission

--dsn_898_x--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="A bounce: the URLs are in our own returned request.",
    items={X1: "pending", X2: "pending", X3: "pending"},
)

case(
    name="reddit-read-receipt",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 02:20:41 +0000",
    subject="Read: KCSC-240911-05 Request to remove content",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_898_r"

--mdn_898_r
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: KCSC-240911-05 Request to remove content
  Sent: Wednesday, September 11, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 11, 2024 11:20:38 AM (UTC+09:00) Seoul.

--mdn_898_r
Content-Type: message/disposition-notification

Reporting-UA: legal.reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <KCSC-240911-05.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_898_r--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) for our request",
    why="A read receipt states nothing about items.",
    items={},
)

case(
    name="yt-automated-receipt",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 01:31:05 +0000",
    subject="[7-8812000034567] We received your legal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

This is an automated message to confirm that we have received your
submission regarding KCSC-240910-02. Your case number is 7-8812000034567.

Our team will review your request. Please do not reply to this message;
if you need to add information, use the case number above in the legal help
centre.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform automated receipt with a case number",
    why="A pure acknowledgement with a case number; no item named.",
    items={},
)

case(
    name="twitch-ticket-received",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    date="Fri, 13 Sep 2024 00:48:19 +0000",
    subject="Your request (#8830125) has been received",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Hello,

Your request regarding KCSC-240912-07 has been received and will be
reviewed by our staff. You will be notified when a response is made by
email. To add comments, reply to this email.

Twitch Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from a platform support desk",
    why="A ticket receipt naming no item: pure acknowledgement.",
    items={},
)

case(
    name="meta-unmonitored-mailbox-autoreply",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Tue, 10 Sep 2024 02:01:44 +0000",
    subject="Auto-reply: KCSC-240910-03 - Request to restrict content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi,

This email address does not accept incoming messages, and the message you
sent has not been read.

To report content that you believe violates local law, please use our
online form at https://www.facebook.com/help/contact/319149701968527

Facebook
""",
    outcome="ignored", classification="auto_reply",
    imitates="Facebook unmonitored-mailbox auto-reply pointing to the legal removal form",
    why="Auto-reply; the form link is a help page, not an item.",
    items={},
)


HEADER = """# Blind set 898: English notices from many platforms.
# Written by make.py from the case list, before the reader was run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
