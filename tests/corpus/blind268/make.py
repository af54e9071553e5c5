#!/usr/bin/env python3
"""Blind set 268: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, with Telegram, Snapchat and Pinterest mail
that changes nothing): help-centre outcome templates, DSA statements of
reasons, legal-removal decisions.

    python3 tests/corpus/blind268/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was ever run on it.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/nightcargo_kr/status/1829904417736200101",
    "https://x.com/nightcargo_kr/status/1829911052204683342",
    "https://x.com/pale_lantern88/status/1830012277019384115",
    "https://x.com/pale_lantern88/status/1830020981145526373",
    "https://x.com/hollowreed_kr/status/1830145590022156288",
    "https://x.com/quietmarket_09/status/1830201774430683179",
    "https://x.com/quietmarket_09/status/1830209913887011004",
    "https://x.com/sunbae_deals/status/1830377002516238591",
    "https://x.com/sunbae_deals/status/1830381146301997260",
    "https://x.com/amber_kiln/status/1830455582917337290",
    "https://x.com/amber_kiln/status/1830460040110612757",
    "https://x.com/greywharf_7/status/1830598813370421326",
    "https://x.com/greywharf_7/status/1830602290051674198",
    "https://x.com/tinroof_exchange/status/1830734409528795451",
]
Y = [
    "https://www.youtube.com/watch?v=Qm7tR2xLp0c",
    "https://www.youtube.com/watch?v=bH3nV9kW1sE",
    "https://www.youtube.com/shorts/Zp4cJ8uY2aD",
    "https://www.youtube.com/watch?v=tX9eL5qN3fG",
]
M = [
    "https://www.facebook.com/groups/harborlinecommunity/posts/8812093345561270/",
    "https://www.facebook.com/lunar.pharmacy.kr/posts/pfbid0Zk3vT8wQe1XnR7",
    "https://www.instagram.com/p/C9xKq2LsT4v/",
    "https://www.instagram.com/p/C9zRw7NbY1m/",
    "https://www.instagram.com/reel/C-1aPv3HqLx/",
]
T = [
    "https://www.tiktok.com/@seoul.nightowl/video/7409912345678901234",
    "https://www.tiktok.com/@seoul.nightowl/video/7410023456789012345",
    "https://www.tiktok.com/@kimchi_ledger/video/7410334567890123456",
]
R = [
    "https://www.reddit.com/r/koreanmarkets/comments/1f8k2zq/cheap_prescription_meds_no_questions/",
    "https://www.reddit.com/r/koreanmarkets/comments/1f9b7xw/comment/llq4d2e/",
]
D = [
    "https://discord.gg/hV7mQ2pX",
    "https://discord.com/channels/1170098765432101234/1170098765432109999/1281122334455667788",
]
W = ["https://www.twitch.tv/videos/2245813370"]

REQUESTS = [
    # ref, platform, day, category, note, urls
    ("KCSC-240902-01", "x", 2, "drugs", "online drug sales (14 posts)", X),
    ("KCSC-240903-02", "youtube", 3, "defamation", "harassment videos", Y),
    ("KCSC-240904-03", "meta", 4, "drugs", "Facebook and Instagram pharmacy ads", M),
    ("KCSC-240905-04", "tiktok", 5, "gambling", "illegal gambling promotion", T),
    ("KCSC-240906-05", "reddit", 6, "drugs", "prescription drug sales", R),
    ("KCSC-240909-06", "discord", 9, "privacy", "leaked personal data server", D),
    ("KCSC-240910-07", "twitch", 10, "obscenity", "one VOD", W),
]


def req_mid(ref):
    return f"req.{ref}"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([
                    ref, plat, f"2024-09-{day:02d}T10:00:00+09:00", f"2024-09-{day + 7:02d}T18:00:00+09:00",
                    u, cat, f"<{req_mid(ref)}@kcsc.example>", note,
                ])


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def mime_word(text):
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def pend(urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
# ---------------------------------------------------------------- X
case(
    name="x-legal-withheld-three-declined-one",
    frm="legal@x.com", name_from="X Legal",
    date="Thu, 05 Sep 2024 07:41:12 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content under Korean law",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your correspondence regarding case KCSC-240902-01. X has
reviewed the reported content in light of the laws of the Republic of Korea
and the X Rules.

We have withheld the following posts in South Korea:

- {X[0]}
- {X[1]}
- {X[2]}

The post below remains available. We did not find that it violates the X
Rules, and the request did not give us a sufficient legal basis to withhold
it in Korea:

- {X[3]}

Where permitted, we have notified the account holders of this action. More
about country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (country-withheld notice with a declined item)",
    why="three posts withheld in KR, one kept up with the reason (no violation, no legal basis)",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-numbered-outcomes-url-then-reason",
    frm="legal-noreply@x.com", name_from="X Safety",
    date="Fri, 06 Sep 2024 02:15:40 +0000",
    subject="Case 0192-4471-KR: outcome of your report (KCSC-240902-01)",
    body=f"""
Hi,

We've completed our review of the posts you reported. The outcome for each
is below.

1. {X[4]}
   Removed: violation of our policy on illegal or certain regulated goods
   and services.

2. {X[5]}
   Removed: violation of our policy on illegal or certain regulated goods
   and services.

3. {X[6]}
   Not found: this post is no longer available on X. It was deleted by the
   account before our review.

Nothing further is needed from you for these three posts. The other posts
in your request are being handled separately.

Thanks,
X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome email with a numbered list, outcome on the line below each URL",
    why="two removed, one deleted by its author before review (not_found); others said to be handled separately",
    items={X[4]: "removed", X[5]: "removed", X[6]: "not_found"},
)

case(
    name="x-bare-url-status-line-below",
    frm="legal@x.com", name_from="Jae-won Lim (X Legal)",
    date="Fri, 06 Sep 2024 09:02:55 +0000",
    subject="RE: KCSC-240902-01 legal demand - status update",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Dear KCSC team,

Please find our update below.

{X[7]}
Status: Withheld in Korea (KR)

{X[8]}
Status: No action taken. The post does not violate the X Rules, and on the
information provided we do not consider it unlawful in Korea.

{X[9]}
Status: Unavailable. The account holder deleted this post.

Kind regards,
Jae-won Lim
X Legal, APAC
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply: bare URL, status on the line below",
    why="withheld in KR, refused with reason, deleted by the account holder",
    items={X[7]: "restricted", X[8]: "rejected", X[9]: "not_found"},
)

case(
    name="x-html-table-actions",
    frm="legal@x.com", name_from="X Legal",
    date="Sat, 07 Sep 2024 01:30:00 +0000",
    subject="KCSC-240902-01 - actions taken",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Here is the status of the posts listed in your letter KCSC-240902-01 dated 2 September 2024.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>Removed</td><td>Global</td></tr>
</table>
<p>If you have questions about these actions, reply to this email.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="legal-team HTML status table (URL / action / scope)",
    why="table rows: removed, withheld in KR, removed",
    items={X[10]: "removed", X[11]: "restricted", X[12]: "removed"},
)

QUOTED_X = "\n".join(f"> {i + 1}. {u}" for i, u in enumerate(X))
case(
    name="x-top-posted-one-item-over-quoted-request",
    frm="mpark@x.com", name_from="Minji Park",
    date="Mon, 09 Sep 2024 05:12:09 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content under Korean law",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hi team,

Quick update: {X[13]} has been withheld in South Korea as of today. The rest of your list is still with our legal team and we'll come back to you on those separately.

Best,
Minji
X Legal

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> The Korea Communications Standards Commission requests that you remove or
> block access to the following 14 posts, which offer narcotics for sale:
>
{QUOTED_X}
>
> Please reply to this address by 9 September 2024, quoting KCSC-240902-01.
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply by a legal-team member over the quoted request",
    why="one post withheld in KR; the quoted list below is ours and says nothing; the rest is promised later",
    items={**pend(X[:13]), X[13]: "restricted"},
)

CSV_X = (
    "reported_url,decision,scope,reason\r\n"
    f"{X[2]},Removed,Global,Violent speech policy\r\n"
    f"{X[4]},Withheld,KR,Local law\r\n"
    f"{X[5]},No action,,No violation of the X Rules or local law found\r\n"
    f"{X[8]},Not found,,Post deleted by the author\r\n"
)
case(
    name="x-csv-attachment-results",
    frm="legal@x.com", name_from="X Legal",
    date="Tue, 10 Sep 2024 03:44:21 +0000",
    subject="KCSC-240902-01 results (CSV)",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==xcsv268=="

--==xcsv268==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the per-URL result of our review of request KCSC-240902-01.

X Legal

--==xcsv268==
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_X)}
--==xcsv268==--
""",
    outcome="applied", classification="confirmation",
    imitates="legal-team reply with a CSV results attachment",
    why="CSV rows: removed, withheld in KR, no action (no violation), not found (deleted by author)",
    items={X[2]: "removed", X[4]: "restricted", X[5]: "rejected", X[8]: "not_found"},
)

case(
    name="x-wrapped-angle-bracket-urls",
    frm="legal@x.com", name_from="X Legal",
    date="Wed, 11 Sep 2024 08:20:47 +0000",
    subject="Re: KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Following our review, the post
<https://x.com/tinroof_exchange/status/
1830734409528795451> has been removed for violating our
rules on illegal goods and services. The post
<{X[11]}> was
removed for the same reason.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply from a mail client that wraps long URLs inside angle brackets (RFC 3986 appendix C)",
    why="two posts removed; the first URL is wrapped across lines inside <...>",
    items={X[13]: "removed", X[11]: "removed"},
)

case(
    name="x-korea-staff-fullwidth-punctuation",
    frm="legal-kr@x.com", name_from=mime_word("X 법무팀"),
    date="Thu, 12 Sep 2024 06:05:33 +0000",
    subject=mime_word("[X] KCSC-240902-01 처리 결과 / result"),
    body=f"""
안녕하세요, X 법무팀입니다.

요청하신 게시물에 대한 처리 결과를 아래와 같이 알려드립니다.

（1）{X[10]}：한국 내 게시 제한 (withheld in KR)
（2）{X[12]}：삭제 (removed)
（3）{X[4]}은 X 규칙 및 국내법 위반이 확인되지 않아 별도 조치하지 않았습니다. (no action)

감사합니다.
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea legal-team result list typed with a Korean IME (full-width brackets and colon, particle after a URL)",
    why="withheld in KR, removed, and no action because no violation was found",
    items={X[10]: "restricted", X[12]: "removed", X[4]: "rejected"},
)

# ---------------------------------------------------------------- YouTube
case(
    name="yt-legal-blocked-kr-and-removed-globally",
    frm="yt-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 11:19:02 +0000",
    subject="[5-8821003042451] Re: KCSC-240903-02 legal removal request",
    body=f"""
Hello,

Thanks for reaching out to us.

We have reviewed your request. In accordance with local law, we have
blocked the following videos from view on YouTube in South Korea:

{Y[0]}
{Y[1]}

In addition, we have removed the following content from YouTube globally
for violating our Community Guidelines:

{Y[2]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome (local block plus Community Guidelines removal)",
    why="two videos blocked in KR under a heading, a Short removed globally under the next heading",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-age-restricted-and-declined",
    frm="yt-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 04:48:15 +0000",
    subject="Re: KCSC-240903-02 legal removal request",
    body=f"""
Hi,

Regarding your request KCSC-240903-02:

- {Y[3]} : We've applied an age restriction to this video. It can no longer be viewed by signed-out users or by users under 18.
- {Y[0]} : After careful review, we are not taking action on this video. We did not find that it violates our Community Guidelines, and the request did not establish that it is unlawful in South Korea.

For more about how we handle government requests, see https://support.google.com/youtube/answer/7545620

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with an age restriction and a declined item",
    why="age-restricted video (restricted) and a refusal with reasons; the help link is no item",
    items={Y[3]: "restricted", Y[0]: "rejected"},
)

YT_HTML = f"""<html><body>
<div>Hello,</div>
<div><br></div>
<div>We've reviewed the content identified in your notice (reference KCSC-240903-02).</div>
<ul>
<li><a href="{Y[1]}">{Y[1]}</a>: this video has been removed from YouTube for violating our harassment and cyberbullying policy.</li>
<li><a href="{Y[2]}">{Y[2]}</a>: this Short is no longer available because the uploader deleted it before our review. No further action was possible.</li>
</ul>
<div>Sincerely,<br>The YouTube Team</div>
<div style="font-size:11px;color:#777">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</div>
</body></html>
"""
case(
    name="yt-base64-html-removed-and-gone",
    frm="noreply@youtube.com", name_from="YouTube",
    date="Mon, 09 Sep 2024 13:27:50 +0000",
    subject="Update on your YouTube notice KCSC-240903-02",
    raw_mime=f"""
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(YT_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube notification email, base64-encoded HTML list",
    why="one video removed for harassment, one Short deleted by its uploader (not_found)",
    items={Y[1]: "removed", Y[2]: "not_found"},
)

case(
    name="yt-actioned-under-policies-phrase",
    frm="yt-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:02:02 +0000",
    subject="[5-8821003042451] KCSC-240903-02",
    body=f"""
Hello,

Thank you for your report. The content at {Y[3]} has been actioned under our policies.

The other URLs in request KCSC-240903-02 are still being reviewed, and we will write to you again once we have reached a decision.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube short legal reply using 'has been actioned under our policies'",
    why="configured YouTube phrase for removal; the rest is explicitly still under review",
    items={Y[3]: "removed", Y[0]: "pending", Y[1]: "pending", Y[2]: "pending"},
)

QUOTED_Y = "\n".join(f"> {i + 1}. {u}" for i, u in enumerate(Y))
case(
    name="yt-gmail-reply-removed-and-kept-up",
    frm="sora.kang@google.com", name_from="Sora Kang",
    date="Wed, 11 Sep 2024 07:38:26 +0000",
    subject="Re: [KCSC-240903-02] Request to remove videos",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello KCSC team,

We removed {Y[0]} and {Y[1]} globally under our harassment and cyberbullying policy.

We're leaving {Y[3]} up. It doesn't violate our Community Guidelines, and we found no legal basis to restrict it in Korea.

Best,
Sora
YouTube Trust & Safety

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal,
>
> Please remove the following videos, which harass a private individual:
>
{QUOTED_Y}
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from a Trust & Safety staffer over the quoted request",
    why="two removed in one sentence, one refused with reasons; the third quoted URL is only in our quote",
    items={Y[0]: "removed", Y[1]: "removed", Y[3]: "rejected", Y[2]: "pending"},
)

# ---------------------------------------------------------------- Meta
case(
    name="meta-dsa-statement-of-reasons",
    frm="noreply@support.facebook.com", name_from="Facebook",
    date="Sat, 07 Sep 2024 09:10:44 +0000",
    subject="Statement of reasons: decision on your report (KCSC-240904-03)",
    body=f"""
Statement of reasons

Decision reference: SOR-7719-4420-0931
Your reference: KCSC-240904-03

Content concerned: {M[0]}
Type of content: text, image
Decision: The content was removed.
Territorial scope: worldwide
Ground for the decision: incompatible with our terms and conditions
  (Community Standards: Restricted goods and services)
Facts and circumstances: the decision followed a notice submitted by a
  public authority.
Use of automated means: no automated means were used to take this decision.
Redress: the person who posted the content can appeal within Facebook, refer
  the matter to a certified out-of-court dispute settlement body, or go to
  court.

This statement has been submitted to the DSA Transparency Database without
personal data.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA Article 17 statement of reasons (field per line)",
    why="Decision: removed, worldwide, for the one content URL named",
    items={M[0]: "removed"},
)

case(
    name="meta-instagram-restricted-kr-one-declined",
    frm="no-reply@mail.instagram.com", name_from="Instagram",
    date="Sun, 08 Sep 2024 03:33:19 +0000",
    subject="Your report to Instagram (KCSC-240904-03)",
    body=f"""
Hi,

We reviewed the Instagram content you reported in KCSC-240904-03 against our
Community Guidelines and local law.

We restricted access in South Korea to the following posts because they
violate local law:
{M[2]}
{M[3]}

We didn't take action on {M[4]} because it doesn't go against our Community Guidelines and we did not find it to be unlawful in South Korea.

Instagram Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram local-law restriction notice with a 'we didn't take action' item",
    why="two posts restricted in KR, one reel refused with reasons",
    items={M[2]: "restricted", M[3]: "restricted", M[4]: "rejected"},
)

META_QP = f"""Hello,

Update on your request KCSC-240904-03:

\u2022 {M[1]} \u2014 removed (Restricted goods and services)
\u2022 {M[4]} \u2014 removed (Restricted goods and services)

Both were removed worldwide. The people who posted them have been notified and can appeal the decision.

Meta Content Response Team
"""
case(
    name="meta-quoted-printable-bullets",
    frm="content-response@meta.com", name_from="Meta Content Response",
    date="Mon, 09 Sep 2024 10:58:03 +0000",
    subject="KCSC-240904-03 update",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(META_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-response update, quoted-printable with bullets and em dashes",
    why="two items removed worldwide",
    items={M[1]: "removed", M[4]: "removed"},
)

QUOTED_M = "\n".join(f"{i + 1}. {u}" for i, u in enumerate(M))
case(
    name="meta-outlook-reply-over-original",
    frm="dlee@meta.com", name_from="Daniel Lee",
    date="Tue, 10 Sep 2024 01:14:37 +0000",
    subject="RE: [KCSC-240904-03] Request to remove content",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hi,

Our responses on the first two items are below.

{M[0]} \u2013 removed.
{M[1]} \u2013 we could not find this content. The link does not lead to any post on Facebook.

Thanks,
Daniel | Meta Regulator Outreach

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:00 AM
To: regulator-outreach@meta.com
Subject: [KCSC-240904-03] Request to remove content

Dear Meta team,

Please remove the following content, which advertises prescription drugs
without a licence:

{QUOTED_M}

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unquoted original below",
    why="M1 removed, M2 cannot be found; the list under Original Message is our own request",
    items={M[0]: "removed", M[1]: "not_found", M[2]: "pending", M[3]: "pending", M[4]: "pending"},
)

case(
    name="meta-receipt-phrase-plus-removal",
    frm="noreply@support.facebook.com", name_from="Facebook",
    date="Wed, 11 Sep 2024 12:00:09 +0000",
    subject="Update on your report KCSC-240904-03",
    body=f"""
Thanks for your report. We've received it and assigned case number 771203994.

We removed {M[2]} because it goes against our Community Guidelines on restricted goods and services.

You can follow this case in your Support Inbox: https://www.facebook.com/support/
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook Support Inbox update that opens with the receipt sentence",
    why="receipt wording plus an unhedged removal of a named item: not a mere acknowledgement",
    items={M[2]: "removed"},
)

# ---------------------------------------------------------------- TikTok
case(
    name="tiktok-restricted-kr-and-removed",
    frm="no-reply@tiktok.com", name_from="TikTok",
    date="Sun, 08 Sep 2024 06:26:41 +0000",
    subject="TikTok: result of your report KCSC-240905-04",
    body=f"""
Hello,

Thank you for your report regarding KCSC-240905-04.

After review, we have restricted the following video in South Korea in accordance with local law:
{T[0]}

The following video has been removed from TikTok for violating our Community Guidelines:
{T[1]}

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request outcome (local-law restriction and guideline removal)",
    why="URL on the line below each statement: restricted in KR, removed",
    items={T[0]: "restricted", T[1]: "removed"},
)

case(
    name="tiktok-angle-brackets-kept-and-not-located",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 08:40:00 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
Hi KCSC,

Results for your request KCSC-240905-04:

<{T[2]}> - No violation found. The video remains available on TikTok.
<{T[0]}> - We were unable to locate this video. It may have been deleted by its creator.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply with URLs in angle brackets",
    why="no violation, stays up (rejected); 'unable to locate' is a firm not_found, the 'may have been' only guesses why",
    items={T[2]: "rejected", T[0]: "not_found"},
)

case(
    name="tiktok-statement-then-url-below",
    frm="no-reply@tiktok.com", name_from="TikTok",
    date="Tue, 10 Sep 2024 14:09:12 +0000",
    subject="We've reviewed your report",
    body=f"""
Hello,

We reviewed the following video and removed it for violating our Community Guidelines on gambling and regulated goods:
{T[1]}

Your report reference: KCSC-240905-04

Thank you for helping keep TikTok safe.
TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok in-app report outcome sent by email",
    why="one video removed, URL on the line below the statement",
    items={T[1]: "removed"},
)

case(
    name="tiktok-fixed-width-text-table",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 05:51:28 +0000",
    subject="KCSC-240905-04 result summary",
    body=f"""
Request: KCSC-240905-04
Result summary

URL                                                               Result
----------------------------------------------------------------  --------------------------
{T[0]}  Removed (global)
{T[1]}  Restricted (KR only)
{T[2]}    No action - not violating

Regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal result summary as a fixed-width text table",
    why="table rows: removed, restricted in KR, no action (not violating)",
    items={T[0]: "removed", T[1]: "restricted", T[2]: "rejected"},
)

# ---------------------------------------------------------------- Reddit
case(
    name="reddit-removed-and-author-deleted",
    frm="legalremovals@reddit.com", name_from="Reddit Legal Operations",
    date="Tue, 10 Sep 2024 17:22:05 +0000",
    subject="Re: KCSC-240906-05 removal request",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
Hello,

Thank you for contacting Reddit regarding KCSC-240906-05.

We have removed the following post for violating Reddit's Content Policy:
{R[0]}

The comment at {R[1]} had already been deleted by its author before we reviewed it, so no action was needed on our side.

Best,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal-removals reply",
    why="post removed; comment deleted by its author before review (not_found)",
    items={R[0]: "removed", R[1]: "not_found"},
)

case(
    name="reddit-geo-restricted-and-declined",
    frm="legalremovals@reddit.com", name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 16:03:50 +0000",
    subject="Your request KCSC-240906-05",
    body=f"""
Hi there,

We have reviewed your request (KCSC-240906-05).

- The post {R[0]} is now geo-restricted and cannot be viewed from South Korea.
- We have declined to take action on the comment {R[1]}. It does not violate Reddit's Content Policy, and we did not find it unlawful based on the information provided.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply with a geo-restriction and a declined item",
    why="geo-restricted in KR, declined with reasons",
    items={R[0]: "restricted", R[1]: "rejected"},
)

# ---------------------------------------------------------------- Discord
case(
    name="discord-server-removed-message-gone",
    frm="safety@discord.com", name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 19:45:12 +0000",
    subject="[Discord] Update on your report KCSC-240909-06",
    body=f"""
Hello,

Thanks for your report, KCSC-240909-06. Our Safety team has investigated.

- Server reached via {D[0]}: we removed this server from Discord for
  violations of our Community Guidelines. The invite link no longer works.
- Message {D[1]}:
  this message no longer exists. It was deleted by the user who posted it
  before our team looked at it.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket update",
    why="server behind the invite removed; message deleted by its poster before review (not_found)",
    items={D[0]: "removed", D[1]: "not_found"},
)

# ---------------------------------------------------------------- Twitch
case(
    name="twitch-one-item-no-url",
    frm="safety@twitch.tv", name_from="Twitch Safety Operations",
    date="Thu, 12 Sep 2024 20:30:00 +0000",
    subject="Re: KCSC-240910-07 - report outcome",
    reply_to_req=req_mid("KCSC-240910-07"),
    body="""
Hello,

Thank you for your report under reference KCSC-240910-07. We have reviewed
it and taken action: the content you reported has been removed from Twitch,
and the channel has received an enforcement action under our Community
Guidelines.

Twitch Safety Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch report outcome email (no URL)",
    why="a single-item request: 'the content you reported has been removed' covers its one item",
    items={W[0]: "removed"},
)

case(
    name="twitch-bilingual-korean-particle",
    frm="safety@twitch.tv", name_from="Twitch Trust & Safety",
    date="Fri, 13 Sep 2024 02:10:31 +0000",
    subject="KCSC-240910-07",
    body=f"""
Hello,

We have deleted the VOD listed in your request KCSC-240910-07.

안녕하세요. 요청하신 {W[0]}에 대해 삭제 조치를 완료했습니다.

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch APAC bilingual reply (English line, Korean line with a particle glued to the URL)",
    why="VOD deleted, said in English and in Korean (삭제 조치 완료)",
    items={W[0]: "removed"},
)

# ================================================================ REVIEW
case(
    name="x-promise-will-withhold",
    frm="legal@x.com", name_from="X Legal",
    date="Wed, 04 Sep 2024 09:00:10 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content under Korean law",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request KCSC-240902-01. Our legal team has assessed the
posts below and will withhold them in South Korea once the account holders
have been notified:

{X[0]}
{X[1]}

We will confirm to you once this is done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="a promise ('will withhold ... once'), not a statement that it was done",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-hedge-and-under-review",
    frm="sora.kang@google.com", name_from="Sora Kang",
    date="Thu, 05 Sep 2024 03:18:44 +0000",
    subject="Re: [KCSC-240903-02] Request to remove videos",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hi,

About KCSC-240903-02: {Y[1]} may already have been taken down by the uploader; we're checking. {Y[2]} is still under review with our policy team.

We'll update you as soon as we can.

Sora
""",
    outcome="review", review="not_understood",
    imitates="YouTube staffer's interim note",
    why="a hedge ('may already have been') and 'still under review': nothing stated",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="meta-bulk-all-reported-removed",
    frm="content-response@meta.com", name_from="Meta Content Response",
    date="Thu, 12 Sep 2024 09:09:09 +0000",
    subject="KCSC-240904-03 completed",
    body="""
Hello,

We've finished reviewing your request KCSC-240904-03. All of the reported
content has been removed from Facebook and Instagram for violating our
Community Standards.

Meta Content Response Team
""",
    outcome="review", review="bulk",
    imitates="Meta closing note covering the whole request",
    why="'all of the reported content' for a five-item request without naming any item",
    items=pend(M),
)

case(
    name="x-bulk-all-withheld-with-exception",
    frm="legal@x.com", name_from="X Legal",
    date="Fri, 13 Sep 2024 04:00:00 +0000",
    subject="Re: KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""
Hi,

Re KCSC-240902-01: we have withheld all of the reported posts in South
Korea, except for those that had already been deleted by their authors.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line closing reply",
    why="a collective statement over 14 items with an unnamed exception",
    items=pend(X),
)

case(
    name="tiktok-dmarc-fail",
    frm="no-reply@tiktok.com", name_from="TikTok",
    auth="fail",
    date="Thu, 12 Sep 2024 11:11:11 +0000",
    subject="Your report KCSC-240905-04 has been processed",
    body=f"""
Hello,

Your report KCSC-240905-04 has been processed. We removed {T[2]} for violating our Community Guidelines.

TikTok
""",
    outcome="review", review="untrusted",
    imitates="TikTok outcome email failing DKIM/SPF/DMARC",
    why="claims a removal but the tiktok.com sender fails authentication",
    items={T[2]: "pending"},
)

case(
    name="reddit-lookalike-vendor-domain",
    frm="legal-support@redditcompliance-services.com", name_from="Reddit Legal Support",
    date="Fri, 13 Sep 2024 07:07:07 +0000",
    subject="Re: KCSC-240906-05 removal request",
    body=f"""
Hello,

On behalf of Reddit, Inc., we confirm that the following content has been removed:

{R[0]}
{R[1]}

Reddit Legal Support (outsourced compliance desk)
""",
    outcome="review", review="unknown_sender",
    imitates="third-party compliance vendor writing on a platform's behalf",
    why="removals stated from a domain that is not Reddit's",
    items=pend(R),
)

case(
    name="yt-about-x-urls-wrong-platform",
    frm="yt-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 12:30:00 +0000",
    subject="Re: KCSC-240902-01",
    body=f"""
Hello,

We received your request KCSC-240902-01. The following URLs could not be
found on YouTube:

{X[9]}
{X[10]}

These links point to another service. Please contact that service directly.

YouTube Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="YouTube legal reply to a misrouted request",
    why="YouTube states 'could not be found' about X's items",
    items={X[9]: "pending", X[10]: "pending"},
)

case(
    name="discord-asks-for-message-ids",
    frm="safety@discord.com", name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 22:15:00 +0000",
    subject="[Discord] We need more information - KCSC-240909-06",
    body=f"""
Hello,

Thanks for your report, KCSC-240909-06. We weren't able to act on
{D[1]} yet: we need more context to locate the content. Could you send us the
message ID(s), a short description of the content and, if possible, a
screenshot? Once we have them we'll continue our review.

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord Trust & Safety request for message IDs",
    why="asks for message IDs and screenshots before acting",
    items={D[1]: "pending"},
)

case(
    name="telegram-address-change-no-claims",
    frm="dsa@telegram.org", name_from="Telegram",
    date="Mon, 16 Sep 2024 10:00:00 +0000",
    subject="Change of contact address for authority reports",
    body="""
Hello,

Please note that from 1 October 2024 reports from authorities in the
Republic of Korea should be sent to our dedicated address,
kr-authorities@telegram.org. Messages sent to the current address will still
be forwarded for a transitional period.

Telegram Abuse Team
""",
    outcome="review", review="no_claims",
    imitates="Telegram notice of a new contact address",
    why="trusted Telegram mail naming no item and no request",
    items={},
)

case(
    name="reddit-conditional-geo-restriction",
    frm="legalremovals@reddit.com", name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 18:40:00 +0000",
    subject="Re: KCSC-240906-05 removal request",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
Hi,

Re: KCSC-240906-05. If our review confirms that the comment
{R[1]} is unlawful in South Korea, it will be geo-restricted there. We'll
let you know the outcome.

Reddit Legal
""",
    outcome="review", review="not_understood",
    imitates="Reddit legal interim reply with a conditional",
    why="a condition and a promise, no decision",
    items={R[1]: "pending"},
)

case(
    name="twitch-looks-like-deleted",
    frm="j.morales@twitch.tv", name_from="Jordan Morales",
    date="Wed, 11 Sep 2024 21:05:00 +0000",
    subject="Re: KCSC-240910-07",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""
Hi,

Regarding KCSC-240910-07: it looks like {W[0]} might have been removed by the streamer already, but I'm still confirming with our team. I'll follow up.

Jordan
Twitch Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Twitch staffer's informal interim note",
    why="hedged ('looks like ... might have been'), still being confirmed",
    items={W[0]: "pending"},
)

# ================================================================ IGNORED
case(
    name="pinterest-out-of-office",
    frm="hcho@pinterest.com", name_from="Hana Cho",
    date="Fri, 06 Sep 2024 00:01:00 +0000",
    subject="Automatic reply: Regulator contact update",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent trust & safety matters, please use the
legal request form on our help centre.

Hana Cho
Pinterest Public Policy, APAC
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="x-out-of-office-quoting-request",
    frm="mpark@x.com", name_from="Minji Park",
    date="Mon, 02 Sep 2024 01:00:30 +0000",
    subject="Automatic reply: [KCSC-240902-01] Request to remove content under Korean law",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
I'm away until 5 September. Your message has not been forwarded; I will
read it when I return.

> Dear X Legal,
>
> The Korea Communications Standards Commission requests that you remove or
> block access to the following posts:
> 1. {X[0]}
> 2. {X[1]}
> 3. {X[2]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office reply that quotes the start of the request",
    why="auto-reply; the URLs are only in our quoted request",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="discord-address-bounce",
    frm="mailer-daemon@googlemail.com", name_from="Mail Delivery Subsystem",
    date="Mon, 09 Sep 2024 01:00:20 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn268bnd"

--dsn268bnd
Content-Type: text/plain; charset=UTF-8

** Address not found **

Your message wasn't delivered to legal-kr@discord.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--dsn268bnd
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 09 Sep 2024 01:00:05 +0000

Final-Recipient: rfc822; legal-kr@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--dsn268bnd
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@discord.com
Subject: [KCSC-240909-06] Request to remove content
Message-ID: <{req_mid("KCSC-240909-06")}@kcsc.example>
Date: Mon, 09 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove the following content:
1. {D[0]}
2. {D[1]}

--dsn268bnd--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style DSN with the original request attached",
    why="delivery failure; the URLs are in our own returned message",
    items=pend(D),
)

case(
    name="reddit-read-receipt",
    frm="legalremovals@reddit.com", name_from="Reddit Legal",
    date="Fri, 06 Sep 2024 02:30:00 +0000",
    subject="Read: KCSC-240906-05 removal request",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn268bnd"

--mdn268bnd
Content-Type: text/plain; charset=utf-8

Your message

  To: legalremovals@reddit.com
  Subject: KCSC-240906-05 removal request
  Sent: Friday, September 6, 2024 10:00 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 2:29 AM (UTC+00:00).

--mdn268bnd
Content-Type: message/disposition-notification

Reporting-UA: reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; legalremovals@reddit.com
Original-Message-ID: <{req_mid("KCSC-240906-05")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn268bnd--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    frm="no-reply@tiktok.com", name_from="TikTok",
    date="Thu, 05 Sep 2024 01:05:00 +0000",
    subject="We've received your report",
    body="""
We've received your report

Thank you for contacting TikTok. Your report (ticket 2409050031884) about
KCSC-240905-04 has been received. Our team will review it and get back to
you by email.

This is an automated message. Please do not reply.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report-received receipt",
    why="pure receipt with a ticket number and a promise to review",
    items={},
)

case(
    name="yt-submission-receipt-echoes-urls",
    frm="noreply@google.com", name_from="Google Legal",
    date="Tue, 03 Sep 2024 01:02:03 +0000",
    subject="Your legal request has been submitted [5-8821003042451]",
    body=f"""
Your legal request has been submitted

Thank you for submitting the following request.

Reference number: 5-8821003042451
Your reference: KCSC-240903-02
Product: YouTube
URLs submitted:
{Y[0]}
{Y[1]}
{Y[2]}
{Y[3]}

We will review your request and respond by email. Please don't reply to this
message; replies to this address are not monitored.

Google LLC
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-removals webform submission receipt echoing the URLs",
    why="receipt echoing the submitted URLs; nothing decided",
    items=pend(Y),
)

case(
    name="snapchat-case-created",
    frm="support@snap.com", name_from="Snapchat Support",
    date="Tue, 10 Sep 2024 04:44:00 +0000",
    subject="Snapchat Support: Case 19948213 created",
    body="""
Hi,

Thanks for reaching out to Snapchat Support. We've received your message and
created case 19948213. A member of our team will get back to you.

Team Snapchat
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snapchat support ticket-created receipt",
    why="ticket receipt, no statement",
    items={},
)


HEADER = """# Blind set 268 (tests/corpus/blind268/): English notices from many
# platforms. Written by tests/corpus/blind268/make.py; do not edit by hand.
# Expected results come from each email's meaning, written before any run."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind268", HEADER, [dict(c, **{"from": c.pop("frm")}) for c in CASES])


if __name__ == "__main__":
    main()
