#!/usr/bin/env python3
"""Blind set 142: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Snapchat and Pinterest mail that
concerns no request of theirs).

    python3 tests/corpus/blind142/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind142"

# ---------------------------------------------------------------- requests
X1 = "https://x.com/moonlit_vend0r/status/1830214400000000101"
X2 = "https://x.com/moonlit_vend0r/status/1830214400000000102"
X3 = "https://x.com/greyharbor_deals/status/1830219911000000233"
X4 = "https://x.com/greyharbor_deals/status/1830219911000000234"
X5 = "https://x.com/pill_corner_kr/status/1830301234500000045"
X6 = "https://x.com/pill_corner_kr"
X7 = "https://x.com/seoul_nightlist/status/1830377788000000911"
X8 = "https://x.com/seoul_nightlist/status/1830377788000000912"
X9 = "https://x.com/tokenrain_official/status/1830400001000000077"
X10 = "https://x.com/bluefinch_22/status/1830455555000000301"
X11 = "https://x.com/bluefinch_22/status/1830455555000000302"
X12 = "https://x.com/quietdoc_market/status/1830499990000000018"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm7fT2bLx0A"
Y2 = "https://www.youtube.com/watch?v=Zr4kP9wNcE1"
Y3 = "https://www.youtube.com/shorts/hT3vY8uLq2s"
Y4 = "https://www.youtube.com/@cheonho_tv_fake"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/ricefield.trade/posts/881204455210033"
M2 = "https://www.facebook.com/permalink.php?story_fbid=pfbid02kLmZ7Q&id=100089123456701"
M3 = "https://www.instagram.com/p/C9xQ2mRtL4b/"
M4 = "https://www.instagram.com/p/C9yA7kDeW1s/"
M5 = "https://www.instagram.com/hanbit.pharm.store/"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@dalbit.shop77/video/7410023344556677881"
T2 = "https://www.tiktok.com/@dalbit.shop77/video/7410023344556677882"
T3 = "https://www.tiktok.com/@ssal_live_kr/video/7410987766554433221"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/koreaswap/comments/1f3kq9z/selling_prescription_meds_dm/"
R2 = "https://www.reddit.com/user/hwaseong_plug/comments/1f3m2xa/menu_updated/"
RS = [R1, R2]

D1 = "https://discord.gg/n8qR4vTbZm"
D2 = "https://discord.com/channels/1279934400112233445/1279934400998877665/1281234567890123456"
DS = [D1, D2]

TW1 = "https://www.twitch.tv/videos/2241837765"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message id, note
    ("KCSC-240903-01", "x", "2024-09-03T10:20:00+09:00", "2024-09-10T23:59:59+09:00", XS,
     "illegal_drugs", "req-240903-01@kcsc.example", "drug sales accounts, batch of 12"),
    ("KCSC-240904-02", "youtube", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00", YS,
     "illegal_gambling", "req-240904-02@kcsc.example", "gambling promotion videos and channel"),
    ("KCSC-240905-03", "meta", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00", MS,
     "illegal_drugs", "req-240905-03@kcsc.example", "Facebook and Instagram posts, one account"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:30:00+09:00", "2024-09-13T23:59:59+09:00", TS,
     "illegal_goods", "req-240906-04@kcsc.example", "counterfeit medicine videos"),
    ("KCSC-240909-05", "reddit", "2024-09-09T14:05:00+09:00", "2024-09-16T23:59:59+09:00", RS,
     "illegal_drugs", "req-240909-05@kcsc.example", "prescription drug trade posts"),
    ("KCSC-240910-06", "discord", "2024-09-10T10:10:00+09:00", "2024-09-17T23:59:59+09:00", DS,
     "illegal_drugs", "req-240910-06@kcsc.example", "server invite and one message"),
    ("KCSC-240911-07", "twitch", "2024-09-11T16:45:00+09:00", "2024-09-18T23:59:59+09:00", [TW1],
     "illegal_gambling", "req-240911-07@kcsc.example", "one past broadcast"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def qp_plain(text):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64_lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def b64_plain(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64_lines(text.strip("\n").encode("utf-8") + b"\n"))


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, platform_name, sent_line):
    lines = [f"Dear {platform_name} team,", "",
             "The Korea Communications Standards Commission has found the content at the",
             "following URLs to be illegal information under Article 44-7 of the Act on",
             "Promotion of Information and Communications Network Utilization and",
             f"Information Protection. We request its removal (our reference {ref}).", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"Please reply to this address with the action taken for each URL{sent_line}.", "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(name="x-cwc-withheld-two",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Wed, 04 Sep 2024 07:12:41 +0000",
     subject="Re: [Ref: KCSC-240903-01] Request to remove content - Case 0492217-KR",
     reply_to_req="req-240903-01",
     body=f"""
Hello,

Thank you for your request dated 3 September 2024 (your reference
KCSC-240903-01).

We have reviewed the reported content under the X Rules and applicable local
law. The following posts have been withheld in South Korea in line with our
Country Withheld Content policy:

{X1}
{X2}

These posts remain visible to people outside South Korea. Where the law
allows it, the account holder has been told about your request.

We are still reviewing the remaining URLs in your request and will write to
you separately about them.

More about withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
     outcome="applied",
     imitates="X legal-request reply withholding posts under the Country Withheld Content policy",
     why="Two named posts withheld in South Korea; the remaining URLs are only said to be under review.",
     items={X1: "restricted", X2: "restricted"})

case(name="x-numbered-actions",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
     date="Thu, 05 Sep 2024 02:30:05 +0000",
     subject="Case# 0492217-KR: Update on your removal request KCSC-240903-01",
     body=f"""
Hi,

We have finished our review of four of the URLs in your request. Outcomes:

1. {X3} - Removed. The post broke our policy on illegal or certain regulated goods and services.
2. {X4} - Removed (same policy).
3. {X5} - Withheld in KR under local law.
4. {X6} - Account permanently suspended for repeated violations; the account and its posts are no longer visible on X.

The other URLs are still with our team.

Regards,
X Legal Operations
""",
     outcome="applied",
     imitates="X legal operations case update listing outcomes per URL",
     why="Numbered list: two removals, one country withholding, one permanently suspended account (made unavailable).",
     items={X3: "removed", X4: "removed", X5: "restricted", X6: "removed"})

case(name="x-no-violation-and-missing",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Fri, 06 Sep 2024 09:41:17 +0000",
     subject="Case# 0492217-KR: KCSC-240903-01 - items we could not action",
     body=f"""
Hello,

Regarding your request KCSC-240903-01, we were unable to take action on two
of the reported URLs:

- {X9}
  After careful review we did not find this post to be in violation of the
  X Rules, and the request did not show that it is unlawful in South Korea.
  The post will remain available.

- {X10}
  We could not locate this post. It may have been deleted before our review,
  or the URL may be wrong.

If you have additional information about either item, you can submit a new
request through our legal request portal.

Regards,
X Legal
""",
     outcome="applied",
     imitates="X legal reply declining action (no violation) and reporting a post it cannot locate",
     why="One post refused with its reason (stays up), one post not located; the hedge about why it is missing does not weaken 'could not locate'.",
     items={X9: "rejected", X10: "not_found"})

case(name="x-bare-url-status-below",
     **{"from": "dana.r@x.com"}, name_from="Dana Reyes",
     date="Mon, 09 Sep 2024 04:05:55 +0000",
     subject="RE: KCSC-240903-01 - status",
     body=f"""
Hi team,

Please see the status of the items below.

{X7}
Status: Withheld in South Korea

{X8}
Status: Removed - violation of X Rules

{X12}
Status: Unable to locate - post does not exist

Best,
Dana Reyes
Legal Policy, X Corp.
""",
     outcome="applied",
     imitates="hand-written agent reply from a platform legal team, URL then status line",
     why="Each URL is followed by its own status line: withheld in KR, removed, does not exist.",
     items={X7: "restricted", X8: "removed", X12: "not_found"})

case(name="x-html-table",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Tue, 10 Sep 2024 01:15:00 +0000",
     subject="Outcome of legal request KCSC-240903-01 (Case# 0492217-KR)",
     type="html",
     body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below our decision on further URLs from your request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Notes</th></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>Removed globally</td><td>Illegal or regulated goods and services</td></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>Removed globally</td><td>Illegal or regulated goods and services</td></tr>
<tr><td><a href="{X9}">{X9}</a></td><td>No action</td><td>Not in violation of the X Rules or local law</td></tr>
</table>
<p>To learn how X handles legal requests, visit <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">our Legal FAQ</a>.</p>
<p>X Legal</p>
</body></html>
""",
     outcome="applied",
     imitates="X legal outcome notice with an HTML decision table",
     why="HTML table rows: two removed globally, one no action because no violation (rejected); FAQ link is not an item.",
     items={X10: "removed", X11: "removed", X9: "rejected"})

CSV_X = "\n".join([
    "reported_url,action,scope,notes",
    f"{X1},Withheld in country,KR,Local law",
    f"{X2},Withheld in country,KR,Local law",
    f"{X3},Content removed,Global,X Rules - regulated goods",
    f"{X4},Content removed,Global,X Rules - regulated goods",
    f"{X5},Withheld in country,KR,Local law",
    f"{X6},Account suspended,Global,Repeated violations",
    f"{X7},Withheld in country,KR,Local law",
    f"{X8},Content removed,Global,X Rules - regulated goods",
    f"{X9},No action,-,No violation of X Rules or local law found",
    f"{X10},Not found,-,Post does not exist",
    f"{X11},Content removed,Global,X Rules - regulated goods",
    f"{X12},Not found,-,Post does not exist",
]) + "\n"

case(name="x-csv-attachment-all",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Wed, 11 Sep 2024 06:00:12 +0000",
     subject="Final response - KCSC-240903-01 (Case# 0492217-KR)",
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xlegal_5521"

--=_xlegal_5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

This is our final response to your request KCSC-240903-01. The outcome for
each of the 12 reported URLs is in the attached file.

Regards,
X Legal

--=_xlegal_5521
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcomes.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcomes.csv"
Content-Transfer-Encoding: base64

{b64_lines(CSV_X.encode("utf-8"))}
--=_xlegal_5521--
""",
     outcome="applied",
     imitates="X legal final response with a per-URL outcome spreadsheet attached",
     why="CSV attachment gives one row per URL: withheld in KR, removed, suspended account, no action (no violation), not found.",
     items={X1: "restricted", X2: "restricted", X3: "removed", X4: "removed", X5: "restricted",
            X6: "removed", X7: "restricted", X8: "removed", X9: "rejected", X10: "not_found",
            X11: "removed", X12: "not_found"})

case(name="x-top-posted-over-quote",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Thu, 05 Sep 2024 11:48:30 +0000",
     subject="Re: Request to remove illegal content - KCSC-240903-01",
     reply_to_req="req-240903-01",
     body=f"""
Hello,

Following further review, the post below has been withheld in South Korea:
{X5}

We are still assessing the other URLs.

X Legal

On Tue, Sep 3, 2024 at 10:20 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text("KCSC-240903-01", XS, "X Legal", " by 10 September 2024"))}
""",
     outcome="applied",
     imitates="Gmail-style top-posted reply over the regulator's quoted request",
     why="Only the post named above the quote is withheld in KR; the twelve quoted URLs carry no statement.",
     items={X5: "restricted"})

case(name="x-sor-global-removal",
     **{"from": "legal-noreply@x.com"}, name_from="X",
     date="Fri, 13 Sep 2024 08:22:09 +0000",
     subject="Notice of decision on report 2024-09-KR-77421 (KCSC-240903-01)",
     body=f"""
Decision on your report

Reported content: {X12}
Decision: The content was removed.
Territorial scope: Global
Ground for the decision: Violation of the X Rules - illegal or certain
regulated goods or services
Facts and circumstances: The post offered prescription medicine for sale
without authorisation.
Automated means: The decision was taken by a human reviewer; the content was
detected through your report.

Redress: If you disagree with this decision, you can appeal it through
https://help.x.com/forms/appeal within six months. Depending on where you
are, you may also have access to out-of-court dispute settlement or to the
courts.

X
""",
     outcome="applied",
     imitates="DSA Art. 17-style statement of reasons sent to the notifier",
     why="Statement of reasons: decision 'content was removed', global scope; the appeal form link is not an item.",
     items={X12: "removed"})

case(name="yt-legal-blocked-kr-angle",
     **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Thu, 05 Sep 2024 03:10:44 +0000",
     subject="Re: [6-0183000033412] Your legal removal request - KCSC-240904-02",
     reply_to_req="req-240904-02",
     body="""
Hello,

Thanks for reaching out to us.

In response to your legal request, we have blocked the following content
from view on YouTube in South Korea:
<https://www.youtube.com/watch?v=Qm7fT2bLx0A>
<https://www.youtube.com/watch?v=Zr4kP9wNcE1>

This content remains available in other locations, as it was not found to
violate YouTube's Community Guidelines.

For more information about how we handle legal requests, please visit
<https://support.google.com/legal/answer/3110420>.

Regards,
The YouTube Legal Support Team
""",
     outcome="applied",
     imitates="YouTube legal support reply: content blocked from view in one country",
     why="Two videos in angle brackets blocked from view in South Korea only; the help link is not an item.",
     items={Y1: "restricted", Y2: "restricted"})

case(name="yt-cg-removed-channel-terminated",
     **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Fri, 06 Sep 2024 05:55:03 +0000",
     subject="[6-0183000033412] Update on KCSC-240904-02",
     body=f"""
Hello,

After reviewing the content you reported under your reference
KCSC-240904-02, we found that it violates YouTube's Community Guidelines:

\u2022 {Y3} \u2013 removed from YouTube (regulated goods and gambling policy)
\u2022 {Y4} \u2013 the channel has been terminated for severe violations, and its videos are no longer available

Regards,
The YouTube Legal Support Team
""",
     outcome="applied",
     imitates="YouTube Community Guidelines outcome: video removed and channel terminated",
     why="Bulleted: the Short is removed; the channel is terminated (no longer available).",
     items={Y3: "removed", Y4: "removed"})

case(name="yt-qp-mixed",
     **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Mon, 09 Sep 2024 07:31:50 +0000",
     subject="[6-0183000033412] Outcome of your request KCSC-240904-02",
     raw_mime=qp_plain(f"""
Hello,

We\u2019ve completed our review of your request (KCSC-240904-02).

The video {Y1} was removed globally for violating our policy on the sale of regulated goods.

The video {Y2} was reviewed by our team. We did not find that it violates our Community Guidelines or local law, so we are not taking action on it \u2014 it stays on YouTube.

The Short {Y3} is no longer available on YouTube: the uploader deleted it before our review.

Regards,
The YouTube Legal Support Team
"""),
     outcome="applied",
     imitates="YouTube legal outcome email sent quoted-printable with long lines",
     why="Quoted-printable body: one video removed, one kept for no violation (rejected), one already deleted by its uploader (not_found).",
     items={Y1: "removed", Y2: "rejected", Y3: "not_found"})

case(name="yt-age-restricted-url-below",
     **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Tue, 10 Sep 2024 02:44:19 +0000",
     subject="Re: [6-0183000033412] KCSC-240904-02",
     reply_to_req="req-240904-02",
     body=f"""
Hello,

Following our review, the video below has been age-restricted. It can now
only be watched by signed-in viewers aged 18 or over:
{Y2}

We were unable to find the channel below on YouTube. Please check that the
URL is correct:
{Y4}

Regards,
The YouTube Legal Support Team
""",
     outcome="applied",
     imitates="YouTube reply applying an age restriction and reporting a channel it cannot find",
     why="The statement sits on the line before each URL: age-restricted (restricted) and channel not found.",
     items={Y2: "restricted", Y4: "not_found"})

case(name="yt-ack-plus-statements",
     **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Thu, 05 Sep 2024 00:20:33 +0000",
     subject="Your request has been received [7-2209000041187]",
     body=f"""
Hello,

Thanks for contacting YouTube. We've received your request and assigned it
ticket number 7-2209000041187.

We have already reviewed the links in KCSC-240904-02 that you marked urgent:

- {Y3} has been removed from YouTube.
- {Y4}: after review we did not find a violation of our policies or of local
  law, and we will not be taking action on this channel.

We'll contact you separately about the remaining items.

Regards,
The YouTube Legal Support Team
""",
     outcome="applied",
     imitates="YouTube ticket receipt that also carries early outcomes",
     why="Acknowledgement wording plus unhedged statements: one Short removed, the channel refused for no violation.",
     items={Y3: "removed", Y4: "rejected"})

case(name="meta-ig-restricted-kr",
     **{"from": "support@instagram.com"}, name_from="Instagram",
     date="Fri, 06 Sep 2024 08:03:27 +0000",
     subject="Your report to Instagram - KCSC-240905-03",
     body=f"""
Hi,

We've reviewed your report under local law. Based on our review, we have
restricted access to the following content in South Korea:

{M3}
{M4}

This content doesn't go against our Community Standards, so it is still
visible in other countries.

Learn more about how we respond to legal requests:
https://help.instagram.com/1797867270467331

Thanks,
Instagram
""",
     outcome="applied",
     imitates="Instagram local-law outcome: access restricted in one country",
     why="Two Instagram posts restricted in South Korea; the help link is not an item.",
     items={M3: "restricted", M4: "restricted"})

case(name="meta-sor-blocks",
     **{"from": "notification@facebookmail.com"}, name_from="Facebook",
     date="Mon, 09 Sep 2024 10:12:40 +0000",
     subject="Decision on content you reported (KCSC-240905-03)",
     body=f"""
Decision on content you reported
Reference: KCSC-240905-03

Item 1
Content: {M1}
Decision: Removed
Reason: Goes against our Community Standards on restricted goods and services
Scope: Worldwide
Automated detection: No / Automated decision: No

Item 2
Content: {M2}
Decision: No action taken
Reason: We reviewed this content against our Community Standards and local
law and didn't find a violation.

You can ask us to review these decisions again within 6 months at
https://www.facebook.com/help/contact/decision-review

Facebook
""",
     outcome="applied",
     imitates="Meta statement-of-reasons style decision notice with one block per item",
     why="Item 1 removed worldwide; item 2 no action because no violation (rejected).",
     items={M1: "removed", M2: "rejected"})

case(name="meta-html-bullets",
     **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
     date="Tue, 10 Sep 2024 06:27:14 +0000",
     subject="Re: KCSC-240905-03 - outcome",
     reply_to_req="req-240905-03",
     type="html",
     body=f"""
<html><body>
<p>Hello KCSC team,</p>
<p>Thank you for your request. We have taken the following action:</p>
<ul>
<li>Instagram account <a href="{M5}">{M5}</a>: the account has been disabled for repeatedly violating our policies on drugs.</li>
<li>Instagram post <a href="{M3}">{M3}</a>: removed for going against our Community Standards.</li>
</ul>
<p>We are still reviewing the other items and will respond shortly.</p>
<p>Best regards,<br>Meta Legal Requests Team</p>
</body></html>
""",
     outcome="applied",
     imitates="Meta legal team HTML reply with a bulleted action list",
     why="HTML bullets: the account disabled (removed), one post removed; the rest still under review.",
     items={M5: "removed", M3: "removed"})

case(name="meta-korean-particles",
     **{"from": "kr-legal@meta.com"}, name_from="Meta Korea Legal",
     date="Wed, 11 Sep 2024 01:40:00 +0000",
     subject=Header("[KCSC-240905-03] 게시물 조치 결과 안내 / Outcome of your request", "utf-8").encode(),
     body=f"""
안녕하세요, Meta 한국 법무팀입니다.

요청하신 게시물 {M4}는 커뮤니티 규정 위반으로 삭제되었습니다.
{M1}은(는) 작성자가 이미 삭제하여 확인되지 않습니다．

[English]
The Instagram post {M4} has been removed for violating our Community Standards.
The Facebook post {M1} had already been deleted by its author before our review.

감사합니다.
Meta Korea Legal
""",
     outcome="applied",
     imitates="bilingual Meta Korea reply with URLs followed by Korean particles and full-width punctuation",
     why="Both languages agree: the Instagram post removed, the Facebook post already deleted by its author (not_found).",
     items={M4: "removed", M1: "not_found"})

case(name="meta-wrapped-permalink",
     **{"from": "jiwon.kang@meta.com"}, name_from="Jiwon Kang",
     date="Thu, 12 Sep 2024 05:08:21 +0000",
     subject="RE: Removal request KCSC-240905-03",
     body=f"""
Hello,

The Facebook post you reported at
<https://www.facebook.com/permalink.php?story_fbid=pfbid02kLmZ7Q&id=10008912345
6701> has been removed for violating our Community Standards on restricted
goods.

Kind regards,
Jiwon Kang
Trust & Safety Operations, Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
To: kr-legal@meta.com
Subject: Removal request KCSC-240905-03

{request_text("KCSC-240905-03", MS, "Meta", " by 12 September 2024")}
""",
     outcome="applied",
     imitates="Outlook reply with a long URL wrapped inside angle brackets over an unquoted original message",
     why="The wrapped permalink (in <...>) is removed; the five URLs below '-----Original Message-----' are our own request.",
     items={M2: "removed"})

case(name="tiktok-report-outcome",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     date="Mon, 09 Sep 2024 03:33:03 +0000",
     subject="Result of your report KCSC-240906-04",
     body=f"""
Hi,

Thanks for your report (KCSC-240906-04). Here's the result of our review:

Video: {T1}
Result: We removed this video because it violates our Community Guidelines on regulated goods.

Video: {T2}
Result: We reviewed this video and found that it doesn't violate our Community Guidelines or local law. It will stay up.

If you disagree with a decision, you can appeal in the Safety Center:
https://www.tiktok.com/safety/en/reporting-content

TikTok Trust and Safety
""",
     outcome="applied",
     imitates="TikTok report outcome with Video/Result blocks",
     why="One video removed; one refused because it breaks no guideline or law (rejected).",
     items={T1: "removed", T2: "rejected"})

case(name="tiktok-base64-geo",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     date="Wed, 11 Sep 2024 09:15:45 +0000",
     subject="KCSC-240906-04 - local law decision",
     raw_mime=b64_plain(f"""
Dear KCSC,

Regarding request KCSC-240906-04: after legal review, access to the following
video has been restricted in South Korea in accordance with local law:

{T3}

Users outside South Korea can still view the video.

TikTok Law Enforcement & Government Outreach
"""),
     outcome="applied",
     imitates="TikTok government-outreach local-law decision, body in base64",
     why="Base64 body: one video restricted in South Korea.",
     items={T3: "restricted"})

case(name="reddit-removed-and-gone",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Tue, 10 Sep 2024 18:02:36 +0000",
     subject="Reddit response to KCSC-240909-05",
     body=f"""
Hello,

Reddit has reviewed the content in your request KCSC-240909-05.

* {R1}
  Removed by Reddit admins for violating Rule 7 (prohibited transactions).

* {R2}
  This post had already been deleted by the user before we reviewed it; no
  further action was needed.

Reddit Legal
""",
     outcome="applied",
     imitates="Reddit legal response to a government removal request",
     why="One post removed by admins; the other already deleted by its author (not_found).",
     items={R1: "removed", R2: "not_found"})

case(name="reddit-gmail-quote",
     **{"from": "mira@reddit.com"}, name_from="Mira (Reddit Safety)",
     date="Wed, 11 Sep 2024 21:14:02 +0000",
     subject="Re: Removal request KCSC-240909-05",
     reply_to_req="req-240909-05",
     body=f"""
Hi there,

Quick update: {R2} has now been removed and the account was banned.

We're still looking at the other link and will get back to you.

Thanks,
Mira
Reddit Safety

On Mon, Sep 9, 2024 at 2:05 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text("KCSC-240909-05", RS, "Reddit", " by 16 September 2024"))}
""",
     outcome="applied",
     imitates="Reddit safety agent reply over a Gmail-quoted request",
     why="One named post removed; 'the other link' is only promised a later answer and the quoted URLs carry no statement.",
     items={R2: "removed", R1: "pending"})

case(name="discord-server-removed",
     **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
     date="Wed, 11 Sep 2024 16:26:51 +0000",
     subject="Re: KCSC-240910-06 [Ticket 31877420]",
     reply_to_req="req-240910-06",
     body=f"""
Hello,

Thank you for your report (your reference KCSC-240910-06).

Our Trust & Safety team reviewed the server reached through
{D1} and found that it was being used to sell controlled
substances. We have removed the server from Discord and banned its owner.
Because the server no longer exists, the message you reported at
{D2}
was deleted together with it.

Discord Trust & Safety
""",
     outcome="applied",
     imitates="Discord Trust & Safety reply on a removed server",
     why="The server behind the invite removed, and the reported message deleted with it.",
     items={D1: "removed", D2: "removed"})

case(name="discord-invite-invalid",
     **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
     date="Fri, 13 Sep 2024 02:49:10 +0000",
     subject="KCSC-240910-06 [Ticket 31877420]",
     body=f"""
Hi,

We looked into the links in your report KCSC-240910-06.

- The invite {D1} is invalid or has expired, so we couldn't identify which
  server it belonged to.
- The message at {D2} violated our Community Guidelines and has been deleted.
  We also took action against the account that posted it.

Discord Trust & Safety
""",
     outcome="applied",
     imitates="Discord Trust & Safety reply: invalid invite, message deleted",
     why="Invalid invite (not_found); the message deleted (removed).",
     items={D1: "not_found", D2: "removed"})

case(name="twitch-actioned-sole",
     **{"from": "safety@twitch.tv"}, name_from="Twitch",
     date="Thu, 12 Sep 2024 19:30:00 +0000",
     subject="Re: Removal request KCSC-240911-07",
     reply_to_req="req-240911-07",
     body="""
Hello,

Thank you for your report. Twitch staff have reviewed the content identified
in your request and determined that it violated our Community Guidelines.
The content has been actioned.

For privacy reasons we can't share details of any action taken against the
account.

Twitch Trust & Safety
""",
     outcome="applied",
     imitates="Twitch 'we've actioned on your report' email",
     why="Answers a one-item request (thread and reference): 'the content has been actioned' stands for that one item.",
     items={TW1: "removed"})

case(name="twitch-vod-deleted-url",
     **{"from": "lawenforcement@twitch.tv"}, name_from="Twitch Law Enforcement Response",
     date="Fri, 13 Sep 2024 22:05:13 +0000",
     subject="Ticket #8841203 - KCSC-240911-07",
     body=f"""
Hi KCSC team,

The past broadcast at {TW1} has been removed from Twitch, and the
channel has received an enforcement action. This closes ticket #8841203.

Twitch Law Enforcement Response
""",
     outcome="applied",
     imitates="Twitch law enforcement response closing a ticket",
     why="The named VOD has been removed.",
     items={TW1: "removed"})

# ================================================================ REVIEW
case(name="x-promise-withhold",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Wed, 04 Sep 2024 02:18:44 +0000",
     subject="Case# 0492217-KR - KCSC-240903-01",
     body=f"""
Hello,

Thank you for your request KCSC-240903-01. We have assessed the posts below
under local law:

{X1}
{X2}

These posts will be withheld in South Korea within 24 hours, once the account
holder has been notified. We will confirm when this is done.

Regards,
X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal notice announcing a withholding that has not happened yet",
     why="A promise ('will be withheld ... once notified') about named posts is no statement: items stay pending, review.",
     items={X1: "pending", X2: "pending"})

case(name="meta-hedge-under-review",
     **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
     date="Mon, 09 Sep 2024 02:44:58 +0000",
     subject="Update on KCSC-240905-03",
     body=f"""
Hi,

Update on KCSC-240905-03:

- {M1} appears to have been removed already; we are confirming this with the
  team that handled it.
- {M2} is still under review.

We'll share the final outcomes as soon as we can.

Meta Legal Requests Team
""",
     outcome="review", review="not_understood",
     imitates="Meta interim update with hedged and pending items",
     why="'Appears to have been removed' is a hedge and 'under review' no outcome: both items stay pending.",
     items={M1: "pending", M2: "pending"})

case(name="yt-may-have-been-removed",
     **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Sat, 07 Sep 2024 04:11:29 +0000",
     subject="Re: [6-0183000033412] KCSC-240904-02",
     body=f"""
Hi,

Regarding your reference KCSC-240904-02: the Short {Y3} may have been
removed by its uploader, as it no longer shows on the channel page. We are
checking our systems and will confirm its status by the end of the week.

Regards,
The YouTube Legal Support Team
""",
     outcome="review", review="not_understood",
     imitates="YouTube interim reply with a hedged status",
     why="'May have been removed' plus 'will confirm' is a hedge, not a statement; the Short stays pending.",
     items={Y3: "pending"})

case(name="tiktok-bulk-all-removed",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust and Safety",
     date="Tue, 10 Sep 2024 07:07:07 +0000",
     subject="Re: KCSC-240906-04 Request for removal",
     reply_to_req="req-240906-04",
     body="""
Hello,

Thank you for your patience. We have completed our review, and all of the
videos listed in your request have been removed from TikTok for violating
our Community Guidelines.

Best regards,
TikTok Trust and Safety
""",
     outcome="review", review="bulk",
     imitates="TikTok blanket 'all reported videos removed' reply",
     why="One statement for all videos of a three-item request without naming any: bulk review, items pending.",
     items={T1: "pending", T2: "pending", T3: "pending"})

case(name="reddit-both-removed-bulk",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Tue, 10 Sep 2024 23:40:18 +0000",
     subject="Re: Removal request KCSC-240909-05",
     reply_to_req="req-240909-05",
     body="""
Hi,

Both posts in your request KCSC-240909-05 were removed by our Safety team
this morning. Thanks for flagging them.

Reddit Legal
""",
     outcome="review", review="bulk",
     imitates="short Reddit legal reply covering a whole request",
     why="'Both posts ... were removed' names neither URL of a two-item request: bulk review.",
     items={R1: "pending", R2: "pending"})

case(name="yt-untrusted-dkim-fail",
     **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
     auth="fail",
     date="Fri, 06 Sep 2024 12:00:00 +0000",
     subject="[6-0183000033412] KCSC-240904-02 - removal confirmed",
     body=f"""
Hello,

We have removed {Y1} globally for violating our Community Guidelines.

Regards,
The YouTube Legal Support Team
""",
     outcome="review", review="untrusted",
     imitates="YouTube outcome email whose DKIM/SPF/DMARC checks failed (relayed or spoofed)",
     why="Google domain but authentication fails: the statement cannot be applied.",
     items={Y1: "pending"})

case(name="tiktok-vendor-unknown",
     **{"from": "casework@tns-partners.example"}, name_from="TNS Partners Casework",
     date="Thu, 12 Sep 2024 10:45:00 +0000",
     subject="KCSC-240906-04 - confirmation on behalf of TikTok",
     body=f"""
Dear KCSC,

On behalf of TikTok, we confirm that the video
{T1} was removed on 12 September 2024.

Kind regards,
Casework Team
TNS Partners (outsourced moderation services)
""",
     outcome="review", review="unknown_sender",
     imitates="outsourced moderation vendor writing on a platform's behalf",
     why="Sender domain belongs to no platform: statement about a TikTok item goes to review.",
     items={T1: "pending"})

case(name="snapchat-wrong-platform",
     **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
     date="Wed, 11 Sep 2024 04:30:22 +0000",
     subject="Re: Removal request KCSC-240909-05",
     reply_to_req="req-240909-05",
     body=f"""
Hello,

We received your removal request KCSC-240909-05. The two URLs you listed are
not Snapchat content, and we could not find them on our service:

{R1}
{R2}

Please contact the service that hosts them. We have closed this request on
our side.

Snap Inc. Law Enforcement Operations
""",
     outcome="review", review="wrong_platform",
     imitates="Snap law enforcement reply to a request copied to it by mistake",
     why="Snap states 'could not find' about Reddit's items: another platform's statement, review wrong_platform.",
     items={R1: "pending", R2: "pending"})

case(name="pinterest-no-claims",
     **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
     date="Sat, 14 Sep 2024 03:03:03 +0000",
     subject="Update on your report",
     body="""
Hi KCSC,

Thanks for letting us know about this. We reviewed the Pins you reported and
removed the ones that go against our Community Guidelines. Pins that don't
break our guidelines will stay on Pinterest.

You can see the status of your reports at any time in your Reports and
Violations Center: https://www.pinterest.com/settings/reports-and-violations

The Pinterest Team
""",
     outcome="review", review="no_claims",
     imitates="Pinterest report outcome notification without item details",
     why="Trusted platform mail naming no item and no request of ours; the dashboard link is not an item.",
     items={})

case(name="x-asks-more",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Thu, 05 Sep 2024 06:51:09 +0000",
     subject="Case# 0492217-KR - additional information needed (KCSC-240903-01)",
     body=f"""
Hello,

We have received your request KCSC-240903-01. Before we can act on the
following URLs, we need additional information:

{X9}
{X10}

Please tell us which provision of Korean law each post is alleged to violate
and, if available, send a copy of the Commission's decision. Once we receive
it, we will review the posts promptly.

Regards,
X Legal
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="X legal request for more information before acting",
     why="Asks for the legal basis of two named posts; no outcome stated.",
     items={X9: "pending", X10: "pending"})

case(name="tiktok-conflicting",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     date="Fri, 13 Sep 2024 01:22:17 +0000",
     subject="KCSC-240906-04 - action taken",
     body=f"""
Hello,

Regarding KCSC-240906-04, the video {T3}
has been removed from TikTok for violating our Community Guidelines.

Summary of action
Content: {T3}
Action taken: Restricted in South Korea (local law)
Date: 2024-09-12

TikTok Legal
""",
     outcome="review", review="conflicting_statements",
     imitates="TikTok templated reply whose prose and summary block disagree",
     why="Prose says removed, the summary says restricted in KR for the same video: conflicting, review.",
     items={T3: "pending"})

case(name="yt-forwarded-internal",
     **{"from": "m.okafor@google.com"}, name_from="Michael Okafor",
     date="Thu, 12 Sep 2024 09:02:11 +0000",
     subject="Fwd: Outcome - KCSC-240904-02",
     body=f"""
Hi KCSC team,

Forwarding the outcome from our removals team below.

Best,
Michael

---------- Forwarded message ---------
From: YouTube Legal Removals <legal-removals-internal@google.com>
Date: Thu, Sep 12, 2024 at 3:14 AM
Subject: Outcome - KCSC-240904-02
To: Michael Okafor <m.okafor@google.com>

The video {Y1} has been removed globally under our regulated goods policy.
""",
     outcome="review", review="forwarded", classification="forwarded",
     imitates="platform employee forwarding an internal outcome message",
     why="The only statement is inside a forwarded message; a forwarded statement is not applied directly.",
     items={Y1: "pending"})

# ================================================================ IGNORED
case(name="x-out-of-office",
     **{"from": "h.lindqvist@x.com"}, name_from="Hanna Lindqvist",
     date="Tue, 03 Sep 2024 01:20:31 +0000",
     subject="Automatic reply: Request to remove illegal content - KCSC-240903-01",
     reply_to_req="req-240903-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
I am out of the office until 16 September with limited access to email.
For urgent legal requests please write to legal@x.com.

Hanna
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook automatic reply (out of office)",
     why="Out-of-office auto-reply.",
     items={})

ORIG_D = request_text("KCSC-240910-06", DS, "Discord", " by 17 September 2024")
case(name="discord-dsn-bounce",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
     auth="none",
     date="Tue, 10 Sep 2024 01:10:09 +0000",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.4Wq7Zk1"

--DSN.4Wq7Zk1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@discord.com>: host mx.discord.com[203.0.113.40] said: 550 5.1.1
    <legal-kr@discord.com>: Recipient address rejected: User unknown (in
    reply to RCPT TO command)

--DSN.4Wq7Zk1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 10:10:02 +0900 (KST)

Final-Recipient: rfc822; legal-kr@discord.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.discord.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@discord.com>: Recipient address rejected: User unknown

--DSN.4Wq7Zk1
Content-Type: message/rfc822

Date: Tue, 10 Sep 2024 10:10:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@discord.com
Subject: Removal request KCSC-240910-06
Message-ID: <req-240910-06@kcsc.example>
Content-Type: text/plain; charset=utf-8

{ORIG_D}

--DSN.4Wq7Zk1--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix non-delivery report carrying the original request",
     why="Bounce of our own request; the URLs are those of the returned message.",
     items={})

case(name="meta-mdn-read",
     **{"from": "jiwon.kang@meta.com"}, name_from="Jiwon Kang",
     date="Thu, 05 Sep 2024 02:31:00 +0000",
     subject="Read: Removal request KCSC-240905-03",
     reply_to_req="req-240905-03",
     raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_8812"

--mdn_8812
Content-Type: text/plain; charset=utf-8

Your message

  To: kr-legal@meta.com
  Subject: Removal request KCSC-240905-03
  Sent: Thursday, September 5, 2024 11:00:00 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 11:30:58 AM (UTC+09:00) Seoul.

--mdn_8812
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Exchange Server
Final-Recipient: rfc822; jiwon.kang@meta.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_8812--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Exchange read receipt (MDN)",
     why="Read receipt only.",
     items={})

case(name="tiktok-ticket-receipt",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     date="Fri, 06 Sep 2024 05:31:40 +0000",
     subject="We've received your request [Ticket #TT-20240906-55812]",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
Thank you for contacting TikTok.

This is an automated confirmation that we've received your request
KCSC-240906-04 and created ticket #TT-20240906-55812. Our team will review it
and respond as soon as possible.

Please do not reply to this email. To add information to your request, use
the ticket link in our Law Enforcement portal.

TikTok Legal
""",
     outcome="ignored", classification="acknowledgement",
     imitates="TikTok automated ticket receipt",
     why="Pure acknowledgement with a ticket number; nothing about any item.",
     items={})

case(name="twitch-zendesk-received",
     **{"from": "support@twitch.tv"}, name_from="Twitch Support",
     date="Wed, 11 Sep 2024 07:46:12 +0000",
     subject="[Twitch] Re: Removal request KCSC-240911-07",
     reply_to_req="req-240911-07",
     body="""
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

This email is a service from Twitch Support.
[XK9P2-7Q3R]
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk 'your request has been received' receipt",
     why="Helpdesk receipt; 'is being reviewed' says nothing about the item.",
     items={})

case(name="yt-echoed-receipt",
     **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Wed, 04 Sep 2024 00:41:08 +0000",
     subject="Thanks for your submission - YouTube legal request",
     body=f"""
Thank you for your submission. We'll review it and contact you if we need
more information.

Here's a copy of your submission:

Reference: KCSC-240904-02
Country: South Korea
URLs:
{Y1}
{Y2}
{Y3}
{Y4}
Legal basis: Act on Promotion of Information and Communications Network
Utilization and Information Protection, Article 44-7
Description: Promotion of illegal online gambling sites.

The YouTube Legal Support Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="YouTube legal webform receipt echoing the submission",
     why="Receipt that echoes our own submission; no statement about any URL.",
     items={Y1: "pending", Y2: "pending", Y3: "pending", Y4: "pending"})

case(name="reddit-delay-dsn",
     **{"from": "postmaster@mx.kcsc.example"}, name_from="Mail Delivery System",
     auth="none",
     date="Mon, 09 Sep 2024 09:05:41 +0000",
     subject="Delayed Mail (still being retried)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="DLY.77aa"

--DLY.77aa
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<legal@reddit.com>: connect to mx.reddit.com[198.51.100.77]:25: Connection
    timed out

--DLY.77aa
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon, 9 Sep 2024 14:05:03 +0900 (KST)

Final-Recipient: rfc822; legal@reddit.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.reddit.com[198.51.100.77]:25:
    Connection timed out
Will-Retry-Until: Sat, 14 Sep 2024 14:05:03 +0900 (KST)

--DLY.77aa
Content-Type: text/rfc822-headers

Date: Mon, 09 Sep 2024 14:05:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal@reddit.com
Subject: Removal request KCSC-240909-05
Message-ID: <req-240909-05@kcsc.example>

--DLY.77aa--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix delayed-delivery warning (DSN, Action: delayed)",
     why="Delivery delay warning about our own request.",
     items={})


HEADER = """# Blind set 142 (English notices from many platforms). Generated by make.py;
# expected results written from each email's meaning before any run of the reader."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
