#!/usr/bin/env python3
"""Blind set 172: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Snapchat/Pinterest mail that names no
request). Written from each email's meaning, before any run of the reader.

    python3 tests/corpus/blind172/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import email.quoprimime
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind172"

# ---------------------------------------------------------------- requests
X1 = "https://x.com/grey_lantern88/status/1830411200000000101"
X2 = "https://x.com/grey_lantern88/status/1830411200000000102"
X3 = "https://x.com/mooncart_kr/status/1830502300000000203"
X4 = "https://x.com/mooncart_kr/status/1830502300000000204"
X5 = "https://x.com/tidewalker_09/status/1830613400000000305"
X6 = "https://x.com/tidewalker_09/status/1830613400000000306"
X7 = "https://x.com/paper_orchid/status/1830724500000000407"
X8 = "https://x.com/paper_orchid/status/1830724500000000408"
X9 = "https://x.com/nullharbor/status/1830835600000000509"
X10 = "https://x.com/nullharbor/status/1830835600000000510"
X11 = "https://x.com/ridge_signal/status/1830946700000000611"
X12 = "https://x.com/ridge_signal"
X13 = "https://x.com/ember_quay/status/1831057800000000713"
X_ALL = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13]

YT1 = "https://www.youtube.com/watch?v=Qf7tLm2xZ9a"
YT2 = "https://www.youtube.com/watch?v=Hb3wPq8Ks1d"
YT3 = "https://www.youtube.com/shorts/Tn5vYc0Wm4e"
YT4 = "https://www.youtube.com/@silverdrift_tv"
YT_ALL = [YT1, YT2, YT3, YT4]

FB1 = "https://www.facebook.com/groups/4417302208815/posts/4417399912230/"
FB2 = "https://www.facebook.com/profile.php?id=100089213377461"
IG1 = "https://www.instagram.com/p/C9xKq2LmT4b/"
IG2 = "https://www.instagram.com/reel/C9yRt7NpQ2w/"
IG3 = "https://www.instagram.com/lunar_bazaar_shop/"
META_ALL = [FB1, FB2, IG1, IG2, IG3]

TT1 = "https://www.tiktok.com/@nightferry.kr/video/7409123456789012345"
TT2 = "https://www.tiktok.com/@nightferry.kr/video/7409123456789012399"
TT3 = "https://www.tiktok.com/@coldmarket_22"
TT_ALL = [TT1, TT2, TT3]

RD1 = "https://www.reddit.com/r/kdealsunderground/comments/1f3abcd/cheap_meds_no_prescription/"
RD2 = "https://www.reddit.com/user/quietbrook_trader/"

DC1 = "https://discord.gg/xK7vPq2m"
DC2 = "https://discord.com/channels/1180044123456789012/1180044987654321098/1282001122334455667"

TW1 = "https://www.twitch.tv/videos/2245517890"

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    ("KCSC-240902-01", "x", "2024-09-02T10:15:00+09:00", "2024-09-09T23:59:59+09:00",
     "drugs", "online sale of narcotics, 7 accounts", X_ALL),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "gambling", "illegal betting promotion videos", YT_ALL),
    ("KCSC-240905-03", "meta", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     "fraud", "counterfeit goods shop, Facebook and Instagram", META_ALL),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "drugs", "drug sale promotion videos", TT_ALL),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "medicines", "prescription drugs without prescription", [RD1, RD2]),
    ("KCSC-240910-06", "discord", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "obscenity", "server distributing illegal content", [DC1, DC2]),
    ("KCSC-240911-07", "twitch", "2024-09-11T16:00:00+09:00", "2024-09-18T23:59:59+09:00",
     "gambling", "stream promoting illegal betting site", [TW1]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        mid = "req-" + ref[5:].lower() + "@kcsc.example"
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = ["Dear Sir or Madam,", "",
             f"The Korea Communications Standards Commission requests the removal of",
             f"the content below under our request {ref}, which violates Korean law.", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please let us know the action taken for each URL.", "",
              "KCSC Takedown Team"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def hdr(text):
    """RFC 2047 encoded-word for a non-ASCII Subject."""
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def qp(text):
    return email.quoprimime.body_encode(text, maxlinelen=76)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="x-withheld-kr-bare-list",
    frm="legalrequests@x.com", name_from="X Legal",
    date="Wed, 04 Sep 2024 02:11:40 +0000",
    subject="Re: KCSC-240902-01 Request to remove content under Korean law",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thank you for your report (KCSC-240902-01). We have reviewed it under the
X Rules and applicable local law.

After careful review, we have withheld access to the following content in
the Republic of Korea:

{X1}
{X2}
{X3}

This content remains available to people outside Korea. The account holders
have been notified, and a copy of your request may be shared with the Lumen
project in line with our transparency practices.

The remaining URLs in your request are still being looked at and will be
answered separately.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome notice (country-withheld content)",
    why="three posts listed under an unhedged 'we have withheld ... in the Republic of Korea'",
    items={X1: "restricted", X2: "restricted", X3: "restricted"},
)

case(
    name="x-numbered-mixed-actions",
    frm="legalrequests@x.com", name_from="X Legal",
    date="Fri, 06 Sep 2024 08:40:02 +0000",
    subject="Your legal request to X - Case 0198-4471-KR (KCSC-240902-01)",
    body=f"""
Hi KCSC team,

We have completed our review of the reported content in your request
KCSC-240902-01. Our decisions are listed below.

1. {X4}
   Action: Withheld in South Korea (KR)

2. {X5}
   Action: Removed - violation of the X Rules (illegal or certain
   regulated goods or services)

3. {X7}
   Action: No action. We did not find this post to violate the X Rules,
   and the request did not establish that it is unlawful in Korea.

4. {X12}
   Action: Account permanently suspended

More on how we handle requests from governments:
https://help.x.com/en/rules-and-policies/government-requests

Thank you,
X Global Legal Policy
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team per-URL decision list (withheld / removed / no action / suspended)",
    why="numbered list, one action line under each URL; suspended account counts as removed; help page is no item",
    items={X4: "restricted", X5: "removed", X7: "rejected", X12: "removed"},
)

case(
    name="x-status-line-below-url",
    frm="gga-kr@x.com", name_from="Jae Hwang (X)",
    date="Mon, 09 Sep 2024 01:05:17 +0000",
    subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Please see the outcome for the following reported posts:

{X9}
Status: Not found - the post does not exist or was deleted by the account
owner before our review.

{X10}
Status: Removed

{X13}
Status: Withheld in KR

Best,
Jae
X Global Government Affairs, Korea
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with bare URL and a 'Status:' line below it",
    why="each bare URL followed by its own status line",
    items={X9: "not_found", X10: "removed", X13: "restricted"},
)

case(
    name="x-top-posted-over-gmail-quote",
    frm="minseo.kang@x.com", name_from="Min-seo Kang",
    date="Thu, 05 Sep 2024 06:33:51 +0000",
    subject="Re: KCSC-240902-01 Request to remove content under Korean law",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

Following up on your request: we removed the post
{X5} for violating our policy on illegal goods and services.

The other post you flagged from the same account,
{X6}, was reviewed by our team and does not violate the X Rules or Korean
law as presented, so it stays up.

Thanks,
Min-seo
X Legal

On Mon, Sep 2, 2024 at 10:15 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", X_ALL)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted staff reply over the quoted request",
    why="two statements above the quote; the 13 URLs in the '>' quote say nothing",
    items={X5: "removed", X6: "rejected"},
)

rows = [(X1, "Removed", "Global"), (X3, "Withheld", "KR"),
        (X11, "Could not be located", "-"),
        (X13, "No action - does not violate the X Rules", "-")]
trs = "\n".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{s}</td></tr>' for u, a, s in rows)
case(
    name="x-html-table-decisions",
    frm="legalrequests@x.com", name_from="X Legal",
    date="Tue, 10 Sep 2024 04:20:00 +0000",
    subject="X Corp. response to KCSC-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Sir or Madam,</p>
<p>Regarding your request <b>KCSC-240902-01</b>, please find our decision for each reported URL below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>
{trs}
</table>
<p>The other URLs in your request will be addressed in a separate reply.</p>
<p>Kind regards,<br>X Legal</p>
<p style="color:#888;font-size:11px">X Corp., 1355 Market Street, San Francisco, CA</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML decision table from a platform legal team",
    why="per-row decision and scope: removed, withheld in KR, could not be located, no action",
    items={X1: "removed", X3: "restricted", X11: "not_found", X13: "rejected"},
)

sor = f"""Statement of reasons

Decision ID: 5f2c-81aa-0d3e-4471
Date of decision: 11 September 2024
Request reference: KCSC-240902-01

Specific content affected by this decision (URL): {X8}

Type of restriction: visibility - the post is withheld in the following country: South Korea.
Ground for the decision: alleged illegal content under the law of the requesting country (sale of controlled substances).
Facts and circumstances: notice submitted by the Korea Communications Standards Commission.
Use of automated means: the decision was taken by a human reviewer.

Redress: the account holder may file a complaint through our internal complaint-handling system.

X Legal
"""
case(
    name="x-statement-of-reasons-qp",
    frm="noreply-legal@x.com", name_from="X",
    date="Wed, 11 Sep 2024 09:02:44 +0000",
    subject="Statement of reasons - KCSC-240902-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(sor)}
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (field layout), quoted-printable with a soft break inside the URL",
    why="structured statement: the one named post is withheld in South Korea",
    items={X8: "restricted"},
)

csv_text = f"""reported_url,decision,region,decided_at
{X9},removed,global,2024-09-12
{X10},removed,global,2024-09-12
{X11},removed,global,2024-09-12
{X2},no_action,,2024-09-12
"""
case(
    name="x-csv-attachment-outcomes",
    frm="legalrequests@x.com", name_from="X Legal",
    date="Thu, 12 Sep 2024 07:45:10 +0000",
    subject="Re: KCSC-240902-01 - outcome file",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_x172_csv_boundary"

--=_x172_csv_boundary
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome for the four posts we reviewed today under your
request KCSC-240902-01.

Values in the "decision" column: removed = removed globally under the X
Rules; withheld = withheld in the region shown; no_action = the post does
not violate the X Rules or the applicable law.

X Legal

--=_x172_csv_boundary
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_x172_csv_boundary--
""",
    outcome="applied", classification="confirmation",
    imitates="platform legal reply with a per-URL outcome CSV attachment",
    why="CSV rows: three removed, one no_action (explained in the body as not violating)",
    items={X9: "removed", X10: "removed", X11: "removed", X2: "rejected"},
)

orig_unquoted = quoted_request("KCSC-240902-01", X_ALL, prefix="")
case(
    name="x-outlook-original-message",
    frm="dortiz@x.com", name_from="Daniel Ortiz",
    date="Fri, 13 Sep 2024 17:12:09 +0000",
    subject="RE: KCSC-240902-01 Request to remove content under Korean law",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

The two posts by @paper_orchid listed in your request have been withheld in
Korea:
{X7}
{X8}

Kind regards,
Daniel Ortiz
Legal Operations | X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:15 AM
To: legalrequests@x.com
Subject: KCSC-240902-01 Request to remove content under Korean law

{orig_unquoted}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above an unquoted '-----Original Message-----' block",
    why="two URLs under 'have been withheld in Korea'; the original request below is not a statement",
    items={X7: "restricted", X8: "restricted"},
)

case(
    name="x-account-suspended-with-post",
    frm="legalrequests@x.com", name_from="X Legal",
    date="Sat, 07 Sep 2024 03:30:00 +0000",
    subject="Update on KCSC-240902-01",
    body=f"""
Hello,

We've suspended the account @ridge_signal ({X12}) for violating the X
Rules. As a result, its posts are no longer visible on X, including the post
you reported, {X11}.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice to a reporter",
    why="account suspended (removed); its reported post named explicitly as no longer visible (removed)",
    items={X12: "removed", X11: "removed"},
)

case(
    name="x-wrapped-url-in-angle-brackets",
    frm="legalrequests@x.com", name_from="X Legal",
    date="Mon, 16 Sep 2024 05:58:31 +0000",
    subject="Re: KCSC-240902-01 Request to remove content under Korean law",
    reply_to_req="req-240902-01",
    body=f"""
Thank you for your request KCSC-240902-01.

We removed the following post for violating our policy on illegal goods and
services: <https://x.com/ember_quay/status/
1831057800000000713>

The account holder has been notified.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose long URL the sender's client wrapped inside angle brackets",
    why="one post removed; the URL is split over two lines inside <...>",
    items={X13: "removed"},
)

case(
    name="yt-legal-removed-and-blocked",
    frm="legal-support-noreply@google.com", name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 11:14:00 +0000",
    subject="YouTube Legal Support - [8-3109000040177] KCSC-240904-02",
    body=f"""
Hello,

Thanks for reaching out to us.

After review, we've removed the following content from YouTube globally for
violating YouTube's Community Guidelines:

  - {YT1}

In addition, we've blocked the following content from view in South Korea
on the basis of local law:

  - {YT2}

For more information about our policies, please visit
https://support.google.com/youtube/answer/9288567

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome email (global removal and local block)",
    why="one video removed globally, one blocked in South Korea; support link is no item",
    items={YT1: "removed", YT2: "restricted"},
)

case(
    name="yt-age-restricted-channel-kept",
    frm="legal-support-noreply@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 08:02:45 +0000",
    subject="YouTube Legal Support - [8-3109000040177] KCSC-240904-02",
    body=f"""
Hello,

We've reviewed the remaining items of your request KCSC-240904-02.

We've applied an age restriction to {YT3}. Viewers must now be signed in
and 18 or older to watch it.

Regarding the channel {YT4}: we reviewed the channel against our
Community Guidelines and local law and decided not to take action. The
channel remains available on YouTube.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome: age restriction plus a refusal for a channel",
    why="age restriction is restricted; 'decided not to take action ... remains available' is a refusal",
    items={YT3: "restricted", YT4: "rejected"},
)

yt_html = f"""<html><body>
<p>Hello,</p>
<p>This is an update on your request <b>KCSC-240904-02</b>.</p>
<ul>
<li><a href="{YT2}">youtube.com/watch?v=Hb3wPq8Ks1d</a>: this video was already deleted by the uploader before we reviewed it, so no further action was possible.</li>
<li><a href="{YT4}">@silverdrift_tv</a>: the channel has been terminated for repeated violations of our spam, deceptive practices and scams policies.</li>
</ul>
<p>Regards,<br>The YouTube Legal Team</p>
</body></html>
"""
case(
    name="yt-base64-html-deleted-and-terminated",
    frm="legal-support-noreply@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 13:30:00 +0000",
    subject="Update: YouTube Legal Support - [8-3109000040177]",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(yt_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML notice, base64 body, link text shorter than the href",
    why="video deleted by its uploader (not_found); channel terminated (removed)",
    items={YT2: "not_found", YT4: "removed"},
)

case(
    name="yt-angle-brackets-fullwidth-colon",
    frm="yuna.seo@google.com", name_from="Yuna Seo",
    date="Thu, 12 Sep 2024 02:48:19 +0000",
    subject="Re: KCSC-240904-02 result of review",
    reply_to_req="req-240904-02",
    body=f"""
Dear KCSC,

Re: KCSC-240904-02 - result of our review.

1) Video <{YT1}>：removed globally (Community Guidelines - harmful or
dangerous content).
2) Short <{YT3}>：no action - it does not violate our policies or local law.

Best regards,
Yuna Seo
YouTube Trust & Safety, Korea
""",
    outcome="applied", classification="confirmation",
    imitates="Korean staff writing English with full-width colons after bracketed URLs",
    why="removed globally; 'no action - does not violate' is a refusal",
    items={YT1: "removed", YT3: "rejected"},
)

case(
    name="meta-restricted-kr-bullets",
    frm="content-restrictions@support.facebook.com", name_from="Meta",
    date="Mon, 09 Sep 2024 15:20:00 +0000",
    subject="Your report to Meta - reference KCSC-240905-03",
    body=f"""
Hi,

Thank you for your report, reference KCSC-240905-03.

We reviewed the content you reported against our Community Standards and
found that it doesn't go against them. However, based on your report that
it violates local law, we have restricted access to the following content
in South Korea:

 \u2022 <{IG1}>
 \u2022 <{IG2}>
 \u2022 <{IG3}>

People outside South Korea can still see this content. Learn more about
how we respond to reports of content that may be unlawful:
https://transparency.meta.com/reports/content-restrictions

Meta Content Restrictions
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'restricted access in your country based on local law' outcome",
    why="three bulleted Instagram URLs restricted in South Korea; transparency page is no item",
    items={IG1: "restricted", IG2: "restricted", IG3: "restricted"},
)

case(
    name="meta-facebook-url-below-statement",
    frm="content-restrictions@support.facebook.com", name_from="Meta",
    date="Tue, 10 Sep 2024 10:05:31 +0000",
    subject="Update on your report - KCSC-240905-03",
    body=f"""
Hello,

We removed the following post because it goes against our Community
Standards on restricted goods and services:
{FB1}

We couldn't find the profile at the link below. It may have been deleted,
or the link may be incorrect:
{FB2}

Thanks for helping keep Facebook safe.

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook report outcome with each URL on the line below its statement",
    why="post removed; profile could not be found (the hedge only explains why)",
    items={FB1: "removed", FB2: "not_found"},
)

case(
    name="meta-korean-particles-bilingual",
    frm="kr-policy@meta.com", name_from="Meta Korea Public Policy",
    date="Wed, 11 Sep 2024 06:10:00 +0000",
    subject=hdr("[KCSC-240905-03] 처리 결과 안내 / Outcome"),
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요, 방송통신심의위원회 담당자님.

요청번호 KCSC-240905-03 관련 처리 결과를 알려드립니다.

- {IG1} 게시물은 커뮤니티 가이드라인 위반으로 삭제되었습니다.
- {IG3} 계정은 현지 법률에 따라 한국 내 접근이 제한되었습니다.

나머지 항목은 검토가 끝나는 대로 회신드리겠습니다.

(English) Re KCSC-240905-03: the post above has been removed under our
Community Guidelines, and access to the account above has been restricted
in Korea under local law. We will reply on the remaining items once our
review is complete.

감사합니다.
Meta 정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Meta Korea staff reply, Korean with English summary, URLs followed by Korean particles",
    why="삭제되었습니다 (removed) and 한국 내 접근이 제한되었습니다 (restricted); remaining items only promised",
    items={IG1: "removed", IG3: "restricted"},
)

case(
    name="meta-statement-of-reasons",
    frm="dsa-notices@meta.com", name_from="Meta",
    date="Thu, 12 Sep 2024 12:00:00 +0000",
    subject="Statement of reasons - KCSC-240905-03",
    body=f"""
Statement of reasons - decision on content reported by a public authority
Reference: KCSC-240905-03

Content 1
  URL: {IG2}
  Decision: Removal of the content
  Ground: Incompatible with the Instagram Community Guidelines (regulated
  goods)
  Detection: notice from a public authority; decided by a human reviewer

Content 2
  URL: {FB1}
  Decision: No restriction imposed
  Reason: The content was not found to be illegal under the law cited,
  nor incompatible with our terms.

Redress: the person who posted the content may appeal through our internal
complaint-handling system or refer the matter to a certified out-of-court
dispute settlement body.

Meta Platforms Ireland Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement of reasons layout (decision / ground / redress), two contents",
    why="content 1 removed; content 2 'no restriction imposed' with reason is a refusal",
    items={IG2: "removed", FB1: "rejected"},
)

case(
    name="tiktok-government-request-outcome",
    frm="government-requests@tiktok.com", name_from="TikTok Government Requests",
    date="Tue, 10 Sep 2024 03:15:00 +0000",
    subject="Re: KCSC-240906-04 Content removal request",
    reply_to_req="req-240906-04",
    body=f"""
Dear KCSC,

Thank you for your request (KCSC-240906-04). We have completed our review.

The video {TT1} does not violate our Community Guidelines, but we have
restricted it in South Korea because it was found to violate local law.

The video {TT2} was removed for violating our Community Guidelines on
drugs and controlled substances.

The account @coldmarket_22 ({TT3}) has been banned.

Kind regards,
TikTok Government Requests Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request outcome (restrict locally / remove / ban)",
    why="restricted in South Korea, removed, account banned (removed)",
    items={TT1: "restricted", TT2: "removed", TT3: "removed"},
)

case(
    name="tiktok-echoed-report-no-violation",
    frm="no-reply@tiktok.com", name_from="TikTok",
    date="Wed, 11 Sep 2024 09:41:12 +0000",
    subject="Your report has been reviewed",
    body=f"""
Report outcome

Report ID: 7410455522910
Submitted: 2024-09-06 14:02 KST
Reported by: KCSC (KCSC-240906-04)
Reported content:
  {TT1}
  {TT2}
Reason selected: Illegal activities and regulated goods

Result: No violation

We reviewed the videos you reported and found that they don't violate our
Community Guidelines or applicable law. They remain available on TikTok.

If you disagree with this decision, you can request a review in the app
under Settings and privacy > Support > Safety Center.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok in-app report outcome mail echoing the report form",
    why="the echoed report lists exactly the two videos; result 'No violation, they remain available' refuses both",
    items={TT1: "rejected", TT2: "rejected"},
)

case(
    name="tiktok-not-found-dash-list",
    frm="government-requests@tiktok.com", name_from="TikTok Government Requests",
    date="Thu, 12 Sep 2024 05:00:00 +0000",
    subject="Re: KCSC-240906-04 Content removal request",
    reply_to_req="req-240906-04",
    body=f"""
Hi,

Regarding request KCSC-240906-04:

- {TT3} -- we could not find an account with this username. It may have
  been renamed or deleted by its owner.
- {TT2} -- this video is no longer available; it was deleted by the
  creator before our review.

No action was needed for either item.

TikTok Government Requests Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok reply that the reported account and video cannot be found",
    why="account cannot be found; video deleted by its creator: both not_found",
    items={TT3: "not_found", TT2: "not_found"},
)

case(
    name="reddit-legal-removed-and-suspended",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 18:22:00 +0000",
    subject="Re: KCSC-240909-05 Request for removal",
    reply_to_req="req-240909-05",
    body=f"""
Hello,

Thank you for your request (KCSC-240909-05). After reviewing it, we have
removed the post at
{RD1}
for violating Reddit's Content Policy. We have also permanently suspended
the account u/quietbrook_trader ({RD2}).

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal team reply to a government removal request",
    why="post removed (URL on its own line mid-sentence); account permanently suspended",
    items={RD1: "removed", RD2: "removed"},
)

case(
    name="reddit-geo-blocked-user-kept",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 16:40:00 +0000",
    subject="Re: KCSC-240909-05 Request for removal",
    reply_to_req="req-240909-05",
    body=f"""
Hi there,

We have restricted the post {RD1} so that it is no longer accessible to
users in South Korea.

As for the account https://www.reddit.com/user/quietbrook_trader, we
reviewed its activity and did not find violations of Reddit's Content
Policy, so we are not taking action on the account.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit geo-restriction in response to a legal request (r/ChillingEffects practice)",
    why="post geo-blocked for South Korea (restricted); account kept with reason (rejected); URL written without trailing slash",
    items={RD1: "restricted", RD2: "rejected"},
)

case(
    name="discord-trust-safety-actions",
    frm="safety@discord.com", name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 22:03:00 +0000",
    subject="Re: KCSC-240910-06 Report",
    reply_to_req="req-240910-06",
    body=f"""
Hi there,

Thanks for your report about KCSC-240910-06. Our Safety team investigated
and took the following actions:

\u2022 Server behind the invite {DC1} -- the server has been removed from
  Discord and the invite no longer works.
\u2022 Message {DC2}
  -- we were unable to locate this message. It was likely deleted before
  our team reviewed it.

Thanks for helping keep Discord safe.
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome",
    why="server removed; message could not be located (the 'likely deleted' only explains)",
    items={DC1: "removed", DC2: "not_found"},
)

case(
    name="discord-zendesk-solved-thread",
    frm="support@discord.com", name_from="Discord",
    date="Fri, 13 Sep 2024 16:41:00 +0000",
    subject="[Discord] Re: KCSC-240910-06 Report",
    body=f"""
##- Please type your reply above this line -##

Your request (48291337) has been solved. To reopen it, reply to this email.

Ahn (Discord Trust & Safety)

Sep 13, 2024, 09:41 PDT

Hello,

We reviewed the message you reported
({DC2}) and deleted it for violating our Community Guidelines. We also
took action on the account that posted it.

Best,
Ahn

KCSC Takedown

Sep 10, 2024, 18:02 PDT

Please remove the content below (our reference KCSC-240910-06):
1. {DC1}
2. {DC2}

This email is a service from Discord.
[9K2M4-ZX81]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' thread mail (Discord support)",
    why="message deleted (removed); the invite appears only in our own earlier message in the thread",
    items={DC2: "removed"},
)

case(
    name="twitch-one-item-no-url",
    frm="legal@twitch.tv", name_from="Twitch Legal",
    date="Fri, 13 Sep 2024 20:10:00 +0000",
    subject="Re: KCSC-240911-07 Removal request",
    reply_to_req="req-240911-07",
    body="""
Hello,

Thank you for contacting Twitch. We have reviewed the content referenced in
your request KCSC-240911-07 and have removed it from Twitch for violating
our Community Guidelines.

Regards,
Twitch Law Enforcement Response
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch law enforcement response, short outcome naming no URL",
    why="one-item request: 'have removed it' is the sole statement and covers that item",
    items={TW1: "removed"},
)

# ================================================================ REVIEW
case(
    name="x-promise-after-sign-off",
    frm="legalrequests@x.com", name_from="X Legal",
    date="Thu, 05 Sep 2024 02:00:00 +0000",
    subject="Re: KCSC-240902-01 Request to remove content under Korean law",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Following an initial assessment of
{X9} and
{X10}, both posts will be withheld in Korea once our legal team has signed
off, which we expect within three business days. We'll confirm when this is
done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="platform interim reply promising an action",
    why="'will be withheld ... once signed off' is a promise; names items, nothing stated",
    items={X9: "pending", X10: "pending"},
)

case(
    name="yt-hedged-and-under-review",
    frm="legal-support-noreply@google.com", name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 09:00:00 +0000",
    subject="YouTube Legal Support - [8-3109000040177] KCSC-240904-02",
    body=f"""
Hello,

It appears that the video {YT1} may already have been removed by the
uploader; we're confirming this with our systems.

The short {YT3} is currently under review by our team.

We'll get back to you with a final decision.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim update with hedged wording",
    why="'appears ... may already have been removed' is a hedge; 'under review' is no decision",
    items={YT1: "pending", YT3: "pending"},
)

case(
    name="tiktok-conditional-removal",
    frm="government-requests@tiktok.com", name_from="TikTok Government Requests",
    date="Mon, 09 Sep 2024 04:30:00 +0000",
    subject="Re: KCSC-240906-04 Content removal request",
    reply_to_req="req-240906-04",
    body=f"""
Dear KCSC,

An update on KCSC-240906-04:

{TT1} will be removed if the creator does not file an appeal within seven
days of our notice.

{TT2} is pending review by our local legal counsel.

TikTok Government Requests Team
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim reply with a conditional action",
    why="conditional removal and 'pending review' are not statements",
    items={TT1: "pending", TT2: "pending"},
)

case(
    name="meta-bulk-all-removed",
    frm="content-restrictions@support.facebook.com", name_from="Meta",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="Your report to Meta - reference KCSC-240905-03",
    body="""
Hi,

We've reviewed your report KCSC-240905-03 and removed all the content you
reported for going against our Community Standards.

Thanks for letting us know.
Meta
""",
    outcome="review", review="bulk",
    imitates="Meta generic 'we removed what you reported' outcome",
    why="one statement about all content of a five-item request, no item named",
    items={u: "pending" for u in META_ALL},
)

case(
    name="reddit-bulk-both-removed",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Mon, 16 Sep 2024 17:00:00 +0000",
    subject="Re: KCSC-240909-05 Request for removal",
    reply_to_req="req-240909-05",
    body="""
Hello,

Both of the items in your request KCSC-240909-05 have been removed.

Best,
Reddit Legal
""",
    outcome="review", review="bulk",
    imitates="short legal-team reply covering the whole request",
    why="'both items' of a two-item request, neither named",
    items={RD1: "pending", RD2: "pending"},
)

case(
    name="x-dmarc-fail-removed",
    frm="legalrequests@x.com", name_from="X Legal",
    auth="fail",
    date="Tue, 10 Sep 2024 11:11:11 +0000",
    subject="Re: KCSC-240902-01 Request to remove content under Korean law",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

We have removed the following posts:
{X1}
{X4}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X-looking reply failing DKIM/SPF/DMARC",
    why="platform domain but authentication failed",
    items={X1: "pending", X4: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    frm="tts-escalations@contentops-partners.com", name_from="TikTok Trust & Safety Escalations",
    date="Wed, 11 Sep 2024 01:00:00 +0000",
    subject="RE: KCSC-240906-04 Content removal request",
    reply_to_req="req-240906-04",
    body=f"""
Dear KCSC team,

On behalf of TikTok, we confirm that the following videos have been removed:
{TT1}
{TT2}

Best regards,
Escalations Desk
ContentOps Partners (outsourced moderation vendor)
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor answering for a platform",
    why="sender domain belongs to no platform",
    items={TT1: "pending", TT2: "pending"},
)

case(
    name="google-about-tiktok-url",
    frm="legal-support-noreply@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 12:00:00 +0000",
    subject="YouTube Legal Support - [8-3110000051902]",
    body=f"""
Hello,

The URL you reported, {TT1}, is not hosted on YouTube or any other Google
service. We are unable to take action on content hosted by third parties;
please contact the site owner directly.

The YouTube Legal Team
""",
    outcome="review", review="wrong_platform",
    imitates="Google 'not hosted on our service' reply",
    why="YouTube speaks about a TikTok item; not TikTok's statement",
    items={TT1: "pending"},
)

case(
    name="pinterest-new-contact-no-claims",
    frm="gov-requests@pinterest.com", name_from="Pinterest Legal",
    date="Tue, 03 Sep 2024 07:00:00 +0000",
    subject="Pinterest point of contact for Korea",
    body="""
Hello KCSC team,

I'm writing to introduce myself as Pinterest's new point of contact for
government requests from Korea. Going forward, please send removal requests
to this address or through our law enforcement portal, and include the Pin
URLs and the legal basis for each request.

Looking forward to working with you.

Clara Nguyen
Legal, Pinterest
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform legal contact introduction",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="reddit-asks-for-legal-basis",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 19:00:00 +0000",
    subject="Re: KCSC-240909-05 Request for removal",
    reply_to_req="req-240909-05",
    body=f"""
Hello,

Before we can act on request KCSC-240909-05 concerning
{RD1}, we need the following:

  1. the specific provision of Korean law the post is said to violate;
  2. a copy of the decision of the Commission, if one was issued.

Please reply to this email with these documents.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal team asking for the legal basis",
    why="asks for documents; no decision",
    items={RD1: "pending"},
)

case(
    name="tiktok-contradicting-table",
    frm="government-requests@tiktok.com", name_from="TikTok Government Requests",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject="Re: KCSC-240906-04 Content removal request",
    reply_to_req="req-240906-04",
    body=f"""
Dear KCSC,

The video {TT1} has been removed for violating our Community Guidelines.

Summary
URL | Outcome
{TT1} | No violation found - content remains available

TikTok Government Requests Team
""",
    outcome="review", review="conflicting_statements",
    imitates="agent reply whose summary table contradicts its prose",
    why="prose says removed, table says no violation and available",
    items={TT1: "pending"},
)

yt_fwd = f"""
Hi KCSC team,

FYI, see the decision from our legal removals team below.

Soo-ah

---------- Forwarded message ---------
From: YouTube Legal Support <legal-removals-noreply@google.com>
Date: Wed, Sep 11, 2024 at 4:02 PM
Subject: Decision - [8-3109000040177]
To: <soo-ah.lim@google.com>

Hello,

We've removed {YT2} from YouTube for violating our Community Guidelines.

The YouTube Legal Team
"""
case(
    name="yt-staff-forwarded-decision",
    frm="soo-ah.lim@google.com", name_from="Soo-ah Lim",
    date="Wed, 11 Sep 2024 08:15:00 +0000",
    subject="Fwd: Decision - [8-3109000040177]",
    body=yt_fwd,
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail forward of an internal decision by platform staff",
    why="the statement is only inside a forwarded message",
    items={YT2: "pending"},
)

# ================================================================ IGNORED
case(
    name="twitch-out-of-office",
    frm="dwhitfield@twitch.tv", name_from="Dana Whitfield",
    date="Wed, 11 Sep 2024 07:01:00 +0000",
    subject="Automatic reply: KCSC-240911-07 Removal request",
    reply_to_req="req-240911-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I'm out of the office until 23 September with
limited access to email. For urgent law enforcement matters, please contact
lawenforcement@twitch.tv.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="x-portal-ack-echoes-urls",
    frm="noreply-legal@x.com", name_from="X",
    date="Mon, 02 Sep 2024 01:20:00 +0000",
    subject="We received your request - Case 0198-4471-KR",
    body=f"""
Thank you for submitting a legal request to X.

Case number: 0198-4471-KR
Your reference: KCSC-240902-01

You reported the following URLs:
{X1}
{X2}
{X3}
{X4}

We will review your request and respond by email. Please do not reply to
this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request portal submission receipt",
    why="pure receipt echoing the URLs, nothing stated about them",
    items={},
)

case(
    name="tiktok-ack-reference",
    frm="no-reply@tiktok.com", name_from="TikTok",
    date="Fri, 06 Sep 2024 05:10:00 +0000",
    subject="We've received your request (KCSC-240906-04)",
    body="""
Hello,

We've received your request. Your reference number is TT-GRR-2024-0917553.
Our team will review it and get back to you.

TikTok Government Requests Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok government request receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="reddit-zendesk-received",
    frm="support@reddit.com", name_from="Reddit Help",
    date="Mon, 09 Sep 2024 01:05:00 +0000",
    subject="[Reddit Help] Re: KCSC-240909-05 Request for removal",
    body="""
##- Please type your reply above this line -##

Your request (1120457) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Reddit Help.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket receipt",
    why="ticket receipt",
    items={},
)

mdn = """
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn172"

--=_mdn172
Content-Type: text/plain; charset=utf-8

Your message

  To: kr-policy@meta.com
  Subject: KCSC-240905-03 Request to remove content
  Sent: Thursday, September 5, 2024 9:30 AM

was read on Thursday, September 5, 2024 11:02 AM.

--=_mdn172
Content-Type: message/disposition-notification

Reporting-UA: outlook.meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;kr-policy@meta.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn172--
"""
case(
    name="meta-read-receipt",
    frm="kr-policy@meta.com", name_from="Meta Korea Public Policy",
    date="Thu, 05 Sep 2024 02:02:00 +0000",
    subject="Read: KCSC-240905-03 Request to remove content",
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

dsn = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn172"

--=_dsn172
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.discord.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@discord.com>: mailbox unavailable

--=_dsn172
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.discord.com
Arrival-Date: Tue, 10 Sep 2024 01:00:05 +0000

Final-Recipient: rfc822; legal-kr@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@discord.com>: Recipient address rejected

--=_dsn172
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@discord.com
Subject: KCSC-240910-06 Request to remove content
Message-ID: <req-240910-06@kcsc.example>
Date: Tue, 10 Sep 2024 10:00:00 +0900

{quoted_request("KCSC-240910-06", [DC1, DC2], prefix="")}

--=_dsn172--
"""
case(
    name="discord-dsn-bounce",
    frm="MAILER-DAEMON@mx1.discord.com", name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 01:00:06 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN with the original request attached",
    why="delivery failure report",
    items={},
)

case(
    name="yt-ooo-over-quoted-request",
    frm="yuna.seo@google.com", name_from="Yuna Seo",
    date="Wed, 04 Sep 2024 02:01:00 +0000",
    subject="Out of Office: KCSC-240904-02 Request to remove content",
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
I am away until September 9 and will reply when I return. For urgent
legal removal requests, please use the YouTube legal webform.

On Wed, Sep 4, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240904-02", YT_ALL)}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail out-of-office reply quoting the request",
    why="auto-reply; the URLs are only in the quote",
    items={},
)


HEADER = """# Blind set 172 (English notices from many platforms), written from each
# email's meaning before the reader was run. Generated by make.py.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
