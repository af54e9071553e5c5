#!/usr/bin/env python3
"""Blind set 892: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Telegram, Discord, plus Twitch, Snapchat and Pinterest
mail about nothing we asked them).

    python3 tests/corpus/blind892/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run of
the reader, by someone who has not read src/ nor any other corpus set.
"""
import base64
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind892"

# ---------------------------------------------------------------- requests
KOREAN_HANDLE = "밤빛상점"
Y5_RAW = "https://www.youtube.com/@" + KOREAN_HANDLE
Y5 = "https://www.youtube.com/@" + quote(KOREAN_HANDLE)

X = [
    "https://x.com/luckytiger_kr/status/1830114452290011137",   # X[0]
    "https://x.com/luckytiger_kr/status/1830127789001245698",   # X[1]
    "https://x.com/moonbet_vip/status/1829983310447718402",     # X[2]
    "https://x.com/moonbet_vip/status/1830040021185532411",     # X[3]
    "https://x.com/slot_haven24/status/1828876650321009152",    # X[4]
    "https://x.com/slot_haven24",                               # X[5]
    "https://x.com/greenleaf_dm/status/1830200918833610754",    # X[6]
    "https://x.com/greenleaf_dm/status/1830231120476512268",    # X[7]
    "https://x.com/ice_courier_sel/status/1829551204938162177", # X[8]
    "https://x.com/ice_courier_sel/status/1829602273114005506", # X[9]
    "https://x.com/rapidtoto_kor/status/1830310458822017024",   # X[10]
    "https://twitter.com/rapidtoto_kor/status/1830322291605463040",  # X[11]
]
Y = [
    "https://www.youtube.com/watch?v=Qm7tR2xLp9A",
    "https://www.youtube.com/watch?v=h3JvK8wNc0E",
    "https://youtu.be/Zp4Wq1Lr8Ts",
    "https://www.youtube.com/shorts/b9XkT2mVq5R",
    Y5,
]
M = [
    "https://www.facebook.com/groups/2048871123309915/posts/2051102398754321/",
    "https://www.facebook.com/seoulquickloan.official",
    "https://www.instagram.com/p/C_3kLmN8xYz/",
    "https://www.instagram.com/nightpill.shop/",
]
T = [
    "https://www.tiktok.com/@cashflip.kr/video/7410238845120374017",
    "https://www.tiktok.com/@cashflip.kr/video/7410551023398118672",
    "https://www.tiktok.com/@dreamdose_99/video/7409917736650042625",
]
R = [
    "https://www.reddit.com/r/KoreaDeals/comments/1f8xk2q/cheap_prescription_pills_no_rx/",
    "https://www.reddit.com/r/seoulnightlife/comments/1f9b7tz/telegram_vendor_list_updated/",
]
G = [
    "https://t.me/seoul_ice_market",
    "https://t.me/toto_signal_room/4821",
]
D = ["https://discord.gg/nightvault"]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling_drugs", X, "gambling and drug-sale posts and one account"),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "drugs", Y, "videos; a Short and a channel selling prescription drugs"),
    ("KCSC-240905-03", "meta", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal_finance_drugs", M, "Facebook group post and Page; Instagram post and account"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_gambling_drugs", T, "three videos"),
    ("KCSC-240909-05", "reddit", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     "drugs", R, "two posts"),
    ("KCSC-240910-06", "telegram", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs_gambling", G, "a channel and a message"),
    ("KCSC-240911-07", "discord", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "drugs", D, "server invite"),
]
REQ = {r[0]: r for r in REQUESTS}


def msgid(ref):
    return "req." + ref


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{msgid(ref)}@kcsc.example,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
SENT_TEXT = {
    "KCSC-240903-01": ("Tue, Sep 3, 2024 at 10:00 AM", "Tuesday, September 3, 2024 10:00 AM"),
    "KCSC-240904-02": ("Wed, Sep 4, 2024 at 11:00 AM", "Wednesday, September 4, 2024 11:00 AM"),
    "KCSC-240905-03": ("Thu, Sep 5, 2024 at 10:30 AM", "Thursday, September 5, 2024 10:30 AM"),
    "KCSC-240906-04": ("Fri, Sep 6, 2024 at 2:00 PM", "Friday, September 6, 2024 2:00 PM"),
    "KCSC-240909-05": ("Mon, Sep 9, 2024 at 9:30 AM", "Monday, September 9, 2024 9:30 AM"),
    "KCSC-240910-06": ("Tue, Sep 10, 2024 at 10:00 AM", "Tuesday, September 10, 2024 10:00 AM"),
    "KCSC-240911-07": ("Wed, Sep 11, 2024 at 3:00 PM", "Wednesday, September 11, 2024 3:00 PM"),
}


def raw_urls(ref):
    return [Y5_RAW if u == Y5 else u for u in REQ[ref][5]]


def request_text(ref):
    urls = raw_urls(ref)
    out = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission (KCSC) requests that you remove",
        f"or block the following {len(urls)} item(s), which were found to be illegal",
        f"under Korean law. Our reference: {ref}.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        out.append(f"{i}. {u}")
    out += ["", "Please let us know the action taken for each item.", "",
            "KCSC Takedown Desk", "takedown@kcsc.example"]
    return out


def gmail_quote(ref):
    when = SENT_TEXT[ref][0]
    q = [f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:"]
    q += [("> " + l) if l else ">" for l in request_text(ref)]
    return "\n".join(q)


def outlook_quote(ref, to):
    when = SENT_TEXT[ref][1]
    q = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {when}",
        f"To: {to}",
        f"Subject: [{ref}] Request for removal of illegal content",
        "",
    ]
    return "\n".join(q + request_text(ref))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp_part(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text.strip("\n") + "\n"))


def b64_part(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text.strip("\n") + "\n"))


def bullets(urls, mark="-"):
    return "\n".join(f"{mark} {u}" for u in urls)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

# -- X ---------------------------------------------------------------------
case(
    name="x-withheld-kr-top-posted",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply to a government removal demand: country-withheld content (CWC) notice, top-posted over a Gmail-quoted request",
    why="four posts/accounts stated withheld in South Korea above the quote; the rest of the request is only quoted or 'still being reviewed'",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 07:41:18 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request. After reviewing the reported content under
applicable local law, we have withheld the following posts in South Korea:

{bullets(X[0:3])}

We have also withheld the account @slot_haven24 ({X[5]}) in South Korea.

The other URLs in your request are still being reviewed and we will reply
separately about them.

To learn more about country withheld content, please visit
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal

{gmail_quote("KCSC-240903-01")}
""",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[5]: "restricted",
           X[3]: "pending", X[10]: "pending", X[11]: "pending"},
)

case(
    name="x-numbered-outcomes",
    outcome="applied", classification="confirmation",
    imitates="X legal operations follow-up listing an outcome per reported URL (removed under the X Rules, not located, no action)",
    why="numbered list: two removed, one link that matches no post (not_found), one refused with its reason (rejected)",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Mon, 09 Sep 2024 02:15:03 +0000",
    subject="KCSC-240903-01 - outcome of your request",
    body=f"""
Hello KCSC team,

We have completed our review of the remaining posts in your request
KCSC-240903-01. The outcome for each is below.

1. {X[6]} -- removed for violating the X Rules on illegal or certain regulated goods and services.
2. {X[7]} -- removed under the same policy.
3. {X[8]} -- we could not locate this post. The link does not correspond to any existing post on X.
4. {X[9]} -- after review we found that this post does not violate the X Rules, and your request does not provide a sufficient legal basis for withholding it. No action has been taken.

Thank you,
X Legal Operations
""",
    items={X[6]: "removed", X[7]: "removed", X[8]: "not_found", X[9]: "rejected"},
)

case(
    name="x-url-then-status-line",
    outcome="applied", classification="confirmation",
    imitates="X case-management export pasted into a reply: bare URL, with its status on the line below",
    why="each URL is followed by its own 'Status:' line: two withheld in KR (one on twitter.com), one removed",
    **{"from": "casemanagement@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 11:20:44 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Case reference: KCSC-240903-01
Outcome per URL:

{X[10]}
Status: Withheld in KR (legal demand)

{X[11]}
Status: Withheld in KR (legal demand)

{X[4]}
Status: Removed - violation of the X Rules (gambling)

X Legal
""",
    items={X[10]: "restricted", X[11]: "restricted", X[4]: "removed"},
)

case(
    name="x-account-suspended",
    outcome="applied", classification="confirmation",
    imitates="X notice that a reported account has been permanently suspended",
    why="the account URL is stated permanently suspended, which takes it off X: removed; the other URLs are promised a separate reply",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 23:05:51 +0000",
    subject="Your request KCSC-240903-01: account action",
    body=f"""
Hi,

We have reviewed the account {X[5]} named in your request KCSC-240903-01.
The account has been permanently suspended for violating the X Rules.

The other items in your request will be addressed in a separate reply.

X Legal
""",
    items={X[5]: "removed"},
)

x_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC,</p>
<p>Please find below the action taken on the URLs in request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Scope</th></tr>
<tr><td><a href="{X[0]}">{X[0]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>No action &ndash; no violation of the X Rules or local law found</td><td>&ndash;</td></tr>
</table>
<p>For information about withheld content see <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our Help Center</a>.</p>
<p>X Legal</p>
</body></html>"""
case(
    name="x-html-table-qp",
    outcome="applied", classification="confirmation",
    imitates="X legal reply rendered as an HTML table (URL / action / scope), quoted-printable",
    why="table rows: two withheld in South Korea, one removed globally, one 'no action - no violation' (rejected); the Help Center link is not an item",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 04:33:12 +0000",
    subject="Re: [KCSC-240903-01] Action taken",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=qp_part(x_html, "html"),
    items={X[0]: "restricted", X[3]: "restricted", X[6]: "removed", X[8]: "rejected"},
)

x_csv = ("url,action,detail\n"
         f"{X[1]},removed,Violation of X Rules: illegal gambling\n"
         f"{X[2]},removed,Violation of X Rules: illegal gambling\n"
         f"{X[7]},not_found,Post deleted by the account holder before review\n"
         f"{X[9]},withheld,Withheld in South Korea under local law\n")
case(
    name="x-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with the per-URL outcome in an attached CSV export",
    why="the CSV (base64) lists two removed, one deleted by its author before review (not_found), one withheld in South Korea (restricted)",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Wed, 11 Sep 2024 06:02:37 +0000",
    subject="KCSC-240903-01 - results attached",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_x892csv"

--=_x892csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find the outcome for each reported URL of request KCSC-240903-01
in the attached file.

X Legal Operations

--=_x892csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcomes.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcomes.csv"
Content-Transfer-Encoding: base64

{b64(x_csv)}
--=_x892csv--
""",
    items={X[1]: "removed", X[2]: "removed", X[7]: "not_found", X[9]: "restricted"},
)

case(
    name="x-gmail-wrapped-url",
    outcome="applied", classification="confirmation",
    imitates="X legal staffer's personal reply in Gmail, URLs in angle brackets (one wrapped across two lines), request quoted below",
    why="two posts withheld in South Korea (one URL wrapped inside <>), one removed; quoted request lines change nothing",
    **{"from": "daniel.r@x.com"}, name_from="Daniel Reyes",
    date="Thu, 12 Sep 2024 01:48:09 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hi,

Update on KCSC-240903-01:

The following posts are now withheld in South Korea: <https://x.com/moonbet_vip/status/
1830040021185532411> and <{X[4]}>.

<{X[10]}> was removed for violating our illegal gambling policy.

Best,
Daniel
X Legal Operations

{gmail_quote("KCSC-240903-01")}
""",
    items={X[3]: "restricted", X[4]: "restricted", X[10]: "removed",
           X[0]: "pending", X[6]: "pending"},
)

case(
    name="x-no-action-local-law",
    outcome="applied", classification="confirmation",
    imitates="X refusal: content reviewed under the X Rules and local law, request insufficient, no action taken",
    why="two URLs listed under an explicit refusal with its reason: rejected",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 08:27:40 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

After careful review, we have determined that the posts listed below do not
violate the X Rules. We also reviewed them under the local law cited in your
request and found the request insufficient to withhold them. We are therefore
not taking action on:

{X[9]}
{X[11]}

If you have additional information, such as a court order, you may submit it
through https://legalrequests.x.com.

X Legal
""",
    items={X[9]: "rejected", X[11]: "rejected"},
)

# -- YouTube -----------------------------------------------------------------
case(
    name="yt-outlook-quoted-request",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support reply (removed under Community Guidelines / restricted in country) over an Outlook '-----Original Message-----' quote",
    why="one video removed, one restricted in South Korea; the three other URLs appear only in the unprefixed Outlook quote of our request",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 09:12:55 +0000",
    subject="RE: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
Hello,

Thank you for contacting YouTube. Following our review, we have taken the
following actions.

The video at {Y[0]} has been removed from YouTube for violating our Community
Guidelines.

Access to {Y[1]} has been restricted in South Korea in response to your legal
request. The video remains available in other countries.

Sincerely,
The YouTube Legal Team

{outlook_quote("KCSC-240904-02", "legal-kr@google.com")}
""",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "pending", Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="yt-age-restricted-and-no-violation",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome: age restriction applied to one video, no violation found for a Short",
    why="URL then its outcome: age-restricted (restricted); 'did not find a violation ... remains available' (rejected); the support.google.com link is not an item",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 05:40:02 +0000",
    subject="Re: KCSC-240904-02",
    body=f"""
Hello,

We reviewed the content you reported in KCSC-240904-02.

{Y[2]}
We have applied an age restriction to this video. It can no longer be viewed
by signed-out users or users under 18.

{Y[3]}
We did not find a violation of our Community Guidelines or of local law in
this Short, so it remains available on YouTube.

If you disagree with this decision you can send us additional information
at https://support.google.com/legal/answer/3110420.

The YouTube Legal Team
""",
    items={Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-channel-terminated-angle",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel-termination notice to a reporter, with a raw Korean @handle URL in angle brackets",
    why="the channel (raw Korean handle, percent-encoded in requests.csv) is terminated: removed; the Short was already deleted by its uploader: not_found",
    **{"from": "youtube-trust@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Tue, 10 Sep 2024 03:03:19 +0000",
    subject="Update on your report KCSC-240904-02",
    body=f"""
Hello,

The channel <{Y5_RAW}> has been terminated for repeated violations of our
policy on the sale of regulated goods. Its videos are no longer available on
YouTube.

The Short at <{Y[3]}> had already been deleted by the uploader when we
reviewed your request, so no action was needed on our side.

Thank you for helping keep YouTube safe.
YouTube Trust & Safety
""",
    items={Y[4]: "removed", Y[3]: "not_found"},
)

case(
    name="yt-qp-bullets-korean-signature",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety (Korea) reply in quoted-printable with ' : ' after each URL",
    why="one video removed; one 'already removed by the uploader, no action required' (not_found)",
    **{"from": "kr-trust@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Wed, 11 Sep 2024 07:55:31 +0000",
    subject="Re: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240904-02"),
    raw_mime=qp_part(f"""
Dear KCSC team,

Regarding request KCSC-240904-02, here is the outcome for the items below:

* {Y[1]} : removed for violating our policy on illegal or regulated goods.
* {Y[2]} : this video had already been removed by the uploader, so no action was required from us.

Kind regards,
김민서 (Minseo Kim)
YouTube Trust & Safety, Korea
"""),
    items={Y[1]: "removed", Y[2]: "not_found"},
)

case(
    name="yt-bilingual-korean-particle",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal reply in Korean with an English translation below; Korean particles and a full-width parenthesis right after the URLs",
    why="both language versions agree: first video restricted in Korea (접근 제한), the Short removed (삭제)",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    subject="[KCSC-240904-02] 처리 결과 안내 / Outcome of your request",
    body=f"""
안녕하세요, YouTube 법무팀입니다.
요청번호 KCSC-240904-02 관련 처리 결과를 안내드립니다.

- {Y[0]}에 대해서는 대한민국 내 접근을 제한하였습니다.
- {Y[3]}（Shorts）는 커뮤니티 가이드 위반으로 삭제되었습니다.

[English]
Access to {Y[0]} has been restricted in South Korea.
The Short {Y[3]} has been removed for violating our Community Guidelines.

YouTube Legal Team
""",
    items={Y[0]: "restricted", Y[3]: "removed"},
)

# -- Meta ----------------------------------------------------------------------
case(
    name="meta-local-law-headings",
    outcome="applied", classification="confirmation",
    imitates="Meta response to a government report of content violating local law: restricted in country / removed under Community Standards / no action",
    why="bullets under three headings: two restricted in South Korea, one removed, one with an explicit refusal and reason (rejected); the transparency link is not an item",
    **{"from": "noreply@support.facebook.com"}, name_from="Meta Content Review",
    date="Mon, 09 Sep 2024 10:14:27 +0000",
    subject="Your report KCSC-240905-03: review complete",
    body=f"""
Hi,

We've finished reviewing your report KCSC-240905-03.

Restricted in South Korea based on local law:
• {M[0]}
• {M[2]}

Removed for going against our Community Standards:
• {M[1]}

No action taken:
• {M[3]} - we didn't find that this account goes against our Community Standards, and we did not find it unlawful under the local law you cited.

Learn more about how we handle reports of content that violates local law:
https://transparency.meta.com/reports/content-restrictions

Meta Content Review
""",
    items={M[0]: "restricted", M[2]: "restricted", M[1]: "removed", M[3]: "rejected"},
)

case(
    name="meta-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, territorial scope, ground, facts, automated means, redress) sent by Meta for one Instagram post",
    why="'Content:' field names the post and 'Decision:' says it was removed worldwide",
    **{"from": "dsa-notices@meta.com"}, name_from="Meta",
    date="Tue, 10 Sep 2024 08:49:05 +0000",
    subject="Statement of reasons - KCSC-240905-03",
    body=f"""
Statement of reasons

Reference: KCSC-240905-03 / Meta case 1190354822017761
Content: {M[2]}
Decision: The content was removed from Instagram.
Territorial scope: Worldwide
Legal or contractual ground: Instagram Community Guidelines - Restricted goods and services
Facts and circumstances: The content was reported by the Korea Communications
Standards Commission. Our reviewers found that it offers prescription drugs for sale.
Automated means: No automated means were used to take this decision.
Redress: The account holder can appeal this decision in the app.

Meta Platforms Ireland Ltd. / Meta Platforms, Inc.
""",
    items={M[2]: "removed"},
)

case(
    name="meta-url-below-statement",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome where each decision sentence ends with a colon and the URL follows on the next line",
    why="account removed (URL on the line below), group post restricted in South Korea (URL on the line below)",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date="Wed, 11 Sep 2024 12:31:48 +0000",
    subject="Update on your report (KCSC-240905-03)",
    body=f"""
Hi,

Thanks for your report. Here's what we did.

We removed this account because it goes against our Community Guidelines on
restricted goods:
{M[3]}

We restricted access in South Korea to the following post, based on the local
law you cited:
{M[0]}

Meta
""",
    items={M[3]: "removed", M[0]: "restricted"},
)

# -- TikTok --------------------------------------------------------------------
case(
    name="tiktok-decision-blocks",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request decision notice with one Content / Action / Reason / Scope block per item",
    why="block 1 removed globally, block 2 access restricted in Korea, block 3 'No action' with its reason (rejected)",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Law Enforcement & Government Outreach",
    date="Tue, 10 Sep 2024 06:11:30 +0000",
    subject="Decision on your request KCSC-240906-04",
    body=f"""
Your request: KCSC-240906-04
We have completed our review. Our decision for each reported item is below.

Item 1
Content: {T[0]}
Action: Video removed
Reason: Violates our Community Guidelines (Gambling)
Scope: Global

Item 2
Content: {T[1]}
Action: Access restricted
Reason: Local law (Republic of Korea)
Scope: Republic of Korea

Item 3
Content: {T[2]}
Action: No action
Reason: The content does not violate our Community Guidelines or the local law referenced in your request.

TikTok Law Enforcement & Government Outreach
""",
    items={T[0]: "removed", T[1]: "restricted", T[2]: "rejected"},
)

case(
    name="tiktok-thanks-plus-removed",
    outcome="applied", classification="confirmation",
    imitates="TikTok in-app/email report outcome ('Thanks for your report. We've removed...')",
    why="acknowledgement phrase followed by an unhedged removal of the named video",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Mon, 09 Sep 2024 14:22:16 +0000",
    subject="Update on your report",
    body=f"""
Thanks for your report.

We've reviewed {T[2]} and removed it for violating our Community Guidelines on
drugs, controlled substances and alcohol.

Reports like yours help keep TikTok safe. Learn more about our Community
Guidelines at https://www.tiktok.com/community-guidelines.

TikTok Safety Team
""",
    items={T[2]: "removed"},
)

tt_html = f"""<!DOCTYPE html><html><body>
<h2 style="font-family:sans-serif">Report update</h2>
<p>Reference: KCSC-240906-04</p>
<p>We reviewed the videos you reported. Results:</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>Video</th><th>Result</th></tr></thead>
<tbody>
<tr><td><a href="{T[0]}">{T[0]}</a></td><td>Removed</td></tr>
<tr><td><a href="{T[1]}">{T[1]}</a></td><td>Removed</td></tr>
</tbody></table>
<p style="color:#888">TikTok Pte. Ltd. &middot; <a href="https://www.tiktok.com/legal/privacy-policy">Privacy Policy</a></p>
</body></html>"""
case(
    name="tiktok-html-base64",
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML notification email (base64) with a two-column results table",
    why="two rows 'Removed'; the third video is not mentioned; the privacy policy link is not an item",
    **{"from": "notifications@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 03:57:42 +0000",
    subject="Report update: KCSC-240906-04",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="tt892alt"

--tt892alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Report update. Reference: KCSC-240906-04. View this email in an HTML-capable mail client to see your results.

--tt892alt
{b64_part(tt_html, "html")}
--tt892alt--
""",
    items={T[0]: "removed", T[1]: "removed", T[2]: "pending"},
)

case(
    name="tiktok-echoed-report",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-status email that echoes the submitted report fields and adds an outcome line",
    why="echoed report names one video; 'Outcome: We removed the content.'",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Thu, 12 Sep 2024 09:05:10 +0000",
    subject="Your report has been reviewed",
    body=f"""
Your report has been reviewed

Report summary
Submitted: 2024-09-06
Reported content: {T[1]}
Report reason: Illegal activities and regulated goods
Outcome: We removed the content.

Thank you for helping us keep TikTok a safe place.
""",
    items={T[1]: "removed"},
)

# -- Reddit --------------------------------------------------------------------
case(
    name="reddit-legal-removed-and-author-deleted",
    outcome="applied", classification="confirmation",
    imitates="Reddit Legal reply to a removal notice: removed for Content Policy, the other post already deleted by its author",
    why="first post removed; second 'already deleted by its author before we reviewed it' (not_found)",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 18:40:21 +0000",
    subject="Re: [KCSC-240909-05] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240909-05"),
    body=f"""
Hi,

Thanks for your notice (KCSC-240909-05). We've removed
{R[0]}
from Reddit for violating our Content Policy.

The second post you reported,
{R[1]},
had already been deleted by its author before we reviewed it, so there was
nothing further for us to remove.

Reddit Legal
""",
    items={R[0]: "removed", R[1]: "not_found"},
)

case(
    name="reddit-mods-removed-other-stays",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety reply: one post already removed by the subreddit's moderators, the other reviewed and left up",
    why="'removed by the moderators ... no longer accessible' (removed); 'does not violate ... it will remain up' (rejected)",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    date="Thu, 12 Sep 2024 21:03:59 +0000",
    subject="Re: [KCSC-240909-05] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240909-05"),
    body=f"""
Hello,

{R[0]}
This post was removed by the moderators of r/KoreaDeals and is no longer
accessible on Reddit.

{R[1]}
We reviewed this post and found that it does not violate Reddit's Content
Policy. It will remain up.

You can read our Content Policy at https://www.redditinc.com/policies/content-policy.

Reddit Safety
""",
    items={R[0]: "removed", R[1]: "rejected"},
)

# -- Telegram ------------------------------------------------------------------
case(
    name="tg-abuse-blocked-and-deleted",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply ('has been blocked for violating the Telegram Terms of Service')",
    why="channel blocked (globally, removed) and the message deleted (removed)",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 16:18:02 +0000",
    subject="Re: [KCSC-240910-06] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240910-06"),
    body=f"""
Hello,

Thank you for your report, Case #6620143.

The channel {G[0]} has been blocked for violating the Telegram Terms of Service.
The message {G[1]} has been deleted.

Telegram Abuse Team
""",
    items={G[0]: "removed", G[1]: "removed"},
)

case(
    name="tg-unavailable-in-kr",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply to a government request: channel made unavailable in the country; message does not exist",
    why="channel 'unavailable to users in South Korea' (restricted); 'this message does not exist' (not_found)",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Fri, 13 Sep 2024 10:44:37 +0000",
    subject="KCSC-240910-06",
    body=f"""
Hello,

{G[0]} is now unavailable to users in South Korea.

{G[1]}: this message does not exist.

Regards,
Telegram
""",
    items={G[0]: "restricted", G[1]: "not_found"},
)

# -- Discord -------------------------------------------------------------------
case(
    name="discord-sole-no-url",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply ('We've investigated ... and removed it')",
    why="threaded reply to a one-item request: 'removed the server you reported' names no URL but can only mean that item",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 19:26:13 +0000",
    subject="Re: [KCSC-240911-07] Removal request - Discord server",
    reply_to_req=msgid("KCSC-240911-07"),
    body="""
Hi there,

Thanks for reaching out to Discord Trust & Safety.

We've investigated the server you reported and removed it from Discord for
violating our Community Guidelines.

Thanks for helping keep Discord safe.

Discord Trust & Safety
https://discord.com/safety
""",
    items={D[0]: "removed"},
)

case(
    name="discord-angle-rejected",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply declining to act after review",
    why="server URL in angle brackets; reviewed, no violation, 'won't be taking action': rejected",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 02:09:48 +0000",
    subject="Re: [KCSC-240911-07] Removal request - Discord server",
    reply_to_req=msgid("KCSC-240911-07"),
    body="""
Hello,

Regarding the server at <https://discord.gg/nightvault>: our team reviewed the
server and its messages and did not find violations of our Terms of Service or
Community Guidelines, so we won't be taking action on it.

If you have more context, such as message links, you can submit a new report
at https://dis.gd/request.

Discord Trust & Safety
""",
    items={D[0]: "rejected"},
)

# ================================================================ REVIEW

case(
    name="x-promise-withhold",
    outcome="review", review="not_understood",
    imitates="X interim legal update: content 'will be withheld' after internal sign-off, another URL 'still under review'",
    why="promises and 'under review' only: nothing has happened yet, items stay pending",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 05:37:26 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your patience regarding KCSC-240903-01.

Our legal team has assessed {X[3]} and {X[6]}; both will be withheld in South
Korea once internal sign-off is complete.

{X[8]} is still under review.

We expect to send you a final answer within five business days.

X Legal
""",
    items={X[3]: "pending", X[6]: "pending", X[8]: "pending"},
)

case(
    name="yt-hedged-status",
    outcome="review", review="not_understood",
    imitates="YouTube support interim reply with hedged statuses ('appears to have been', 'may have been set to private')",
    why="hedges and a promise to confirm later are not statements",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 08:02:44 +0000",
    subject="Re: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
Hello,

Our records indicate that {Y[0]} appears to have been taken down by the
uploader, and {Y[2]} may have been set to private.

We are verifying both and will confirm their final status shortly.

The YouTube Legal Team
""",
    items={Y[0]: "pending", Y[2]: "pending"},
)

case(
    name="meta-all-restricted-bulk",
    outcome="review", review="bulk",
    imitates="Meta short outcome for a government report covering the whole report without listing it",
    why="'restricted access to all of it' for a four-item request, naming none: bulk",
    **{"from": "noreply@support.facebook.com"}, name_from="Meta Content Review",
    date="Fri, 13 Sep 2024 07:19:51 +0000",
    subject="Your report KCSC-240905-03",
    body="""
Hi,

We've reviewed the content you reported in KCSC-240905-03 and restricted
access to all of it in South Korea based on local law.

Learn more: https://transparency.meta.com/reports/content-restrictions

Meta Content Review
""",
    items={M[0]: "pending", M[1]: "pending", M[2]: "pending", M[3]: "pending"},
)

case(
    name="reddit-both-removed-bulk",
    outcome="review", review="bulk",
    imitates="Reddit Legal one-line outcome for a multi-item notice",
    why="'both posts ... removed' for a two-item request without naming either: bulk",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 17:55:05 +0000",
    subject="Re: [KCSC-240909-05] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240909-05"),
    body="""
Hi,

Both posts you reported have been removed from Reddit.

Reddit Legal
""",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="tiktok-auth-fail",
    outcome="review", review="untrusted",
    imitates="TikTok decision notice arriving with failing DKIM/SPF/DMARC",
    why="From tiktok.com but authentication fails: nothing applied",
    auth="fail",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Law Enforcement & Government Outreach",
    date="Wed, 11 Sep 2024 11:11:11 +0000",
    subject="Decision on your request KCSC-240906-04",
    body=f"""
Your request: KCSC-240906-04

Content: {T[0]}
Action: Video removed
Scope: Global

TikTok Law Enforcement & Government Outreach
""",
    items={T[0]: "pending"},
)

case(
    name="x-lookalike-domain",
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike 'X support' domain claiming removals",
    why="sender domain belongs to no platform: claims not trusted",
    **{"from": "legal@x-corp-support.com"}, name_from="X Corp Legal Support",
    date="Sat, 07 Sep 2024 13:26:08 +0000",
    subject="Re: KCSC-240903-01 removal completed",
    body=f"""
Dear KCSC,

We removed the following posts as requested:
{X[0]}
{X[1]}

X Corp Legal Support
""",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="twitch-about-youtube-url",
    outcome="review", review="wrong_platform",
    imitates="Twitch Trust & Safety reply to a request sent to it by mistake, about a YouTube link",
    why="Twitch says it cannot find a YouTube video on Twitch: a statement from the wrong platform, YouTube item stays pending",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Sun, 08 Sep 2024 04:48:30 +0000",
    subject="Re: KCSC-240904-02",
    body=f"""
Hello,

We were unable to locate {Y[1]} on Twitch. This content does not exist on our
service, so there is no action for Twitch to take.

Twitch Trust & Safety
""",
    items={Y[1]: "pending"},
)

case(
    name="snapchat-no-claims",
    outcome="review", review="no_claims",
    imitates="Snapchat Support reply: 'we've taken appropriate action', no details for privacy reasons",
    why="trusted platform mail that names no item and no request of ours",
    **{"from": "support@snapchat.com"}, name_from="Snapchat Support",
    date="Mon, 16 Sep 2024 00:33:52 +0000",
    subject="Snapchat Support: your report",
    body="""
Hi,

Thanks for reaching out to Snapchat Support. We've looked into the account you
reported and have taken appropriate action in line with our Community
Guidelines. For privacy reasons we can't share the details of the action taken.

Team Snapchat
https://support.snapchat.com
""",
    items={},
)

case(
    name="pinterest-unrequested-pin",
    outcome="review", review="unmatched_claims",
    imitates="Pinterest report outcome about a Pin we never requested",
    why="a clear removal statement, but about a URL in none of our requests",
    **{"from": "policy@pinterest.com"}, name_from="Pinterest",
    date="Tue, 17 Sep 2024 15:09:14 +0000",
    subject="Update on your report",
    body="""
Hi there,

We've removed the Pin https://www.pinterest.com/pin/781164297031556602/ for
violating our Community Guidelines on regulated goods.

Thanks for letting us know.
Pinterest Trust & Safety
""",
    items={},
)

case(
    name="yt-asks-more-info",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal request for additional information (legal provision, timestamps) before acting",
    why="asks us for the legal basis and timestamps before any action: items pending",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 01:21:09 +0000",
    subject="Re: [KCSC-240904-02] Additional information needed",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
Hello,

To continue processing your request KCSC-240904-02 for {Y[0]} and
{Y[3]}, please provide the specific provision of Korean law that each video
violates and, for the first video, the timestamps of the content concerned.

We are unable to take further action until we receive this information.

The YouTube Legal Team
""",
    items={Y[0]: "pending", Y[3]: "pending"},
)

case(
    name="tg-conditional-warning",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply: admins warned, channel will be blocked if violations continue",
    why="a warning and a conditional future block: no status stated",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 20:02:25 +0000",
    subject="Re: [KCSC-240910-06] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240910-06"),
    body=f"""
Hello,

We have contacted the administrators of {G[0]} about your report. If the
channel continues to share such content, it will be blocked.

Telegram Abuse Team
""",
    items={G[0]: "pending"},
)

# ================================================================ IGNORED

case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook-style out-of-office auto-reply from an X legal staffer",
    why="auto-reply (Auto-Submitted: auto-replied)",
    **{"from": "jiwoo.park@x.com"}, name_from="Jiwoo Park",
    date="Tue, 03 Sep 2024 01:00:41 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For legal requests, please use
https://legalrequests.x.com, where your request will be handled by the team.

Jiwoo
""",
    items={},
)

yt_orig = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal-kr-desk@google.com",
    "Subject: [KCSC-240904-02] Request for removal of illegal content",
    "Date: Wed, 04 Sep 2024 02:00:00 +0000",
    f"Message-ID: <{msgid('KCSC-240904-02')}.b@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
] + request_text("KCSC-240904-02"))
case(
    name="yt-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style 'Address not found' delivery status notification carrying the original request",
    why="DSN (multipart/report delivery-status); the URLs are in the returned original only",
    **{"from": "mailer-daemon@google.com"}, name_from="Mail Delivery Subsystem",
    date="Wed, 04 Sep 2024 02:00:09 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn892yt"

--dsn892yt
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to legal-kr-desk@google.com because the address
couldn't be found, or is unable to receive mail.

--dsn892yt
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.google.com
Arrival-Date: Wed, 04 Sep 2024 02:00:05 +0000

Final-Recipient: rfc822; legal-kr-desk@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn892yt
Content-Type: message/rfc822

{yt_orig}

--dsn892yt--
""",
    items={},
)

case(
    name="meta-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, disposition-notification) from a Meta employee",
    why="message disposition notification: says only that our request was displayed",
    **{"from": "hyejin.lee@meta.com"}, name_from="Hyejin Lee",
    date="Thu, 05 Sep 2024 03:12:00 +0000",
    subject="Read: [KCSC-240905-03] Request for removal of illegal content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn892meta"

--mdn892meta
Content-Type: text/plain; charset=utf-8

Your message

  To: records-kr@meta.com
  Subject: [KCSC-240905-03] Request for removal of illegal content
  Sent: Thursday, September 5, 2024 10:30 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 12:11 PM (UTC+09:00) Seoul.

--mdn892meta
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;hyejin.lee@meta.com
Original-Message-ID: <{msgid('KCSC-240905-03')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn892meta--
""",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok automatic receipt ('We've received your report ... ticket number')",
    why="pure acknowledgement: a ticket number and a promise to review, no item named",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Fri, 06 Sep 2024 05:01:33 +0000",
    subject="[KCSC-240906-04] We've received your request",
    body="""
Hi,

We've received your report. Your ticket number is 48213377.

Our team will review it and get back to you as soon as possible. Please keep
the ticket number for future reference.

TikTok Support
""",
    items={},
)

case(
    name="reddit-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit help-desk (Zendesk-style) 'Your request has been received' receipt",
    why="pure acknowledgement with a request number",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Help",
    date="Mon, 09 Sep 2024 00:31:57 +0000",
    subject="[Reddit] Re: [KCSC-240909-05] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240909-05"),
    body="""
##- Please type your reply above this line -##

Your request (#118204) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

Reddit Help
""",
    items={},
)

case(
    name="discord-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord support ticket receipt ('Thanks for submitting a request ... will get back to you')",
    why="pure acknowledgement: ticket number only",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Wed, 11 Sep 2024 06:00:48 +0000",
    subject="[Discord] Request received: KCSC-240911-07",
    body="""
Hello,

Thanks for submitting a request to Discord Trust & Safety. Your request number
is #33211874. A member of our team will get back to you as soon as possible.

Please do not open duplicate requests for the same issue.

Discord
""",
    items={},
)

case(
    name="tg-noreply-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram 'this mailbox is not monitored' automatic reply",
    why="auto-reply pointing to another address; nothing about items",
    **{"from": "noreply@telegram.org"}, name_from="Telegram",
    date="Tue, 10 Sep 2024 01:00:20 +0000",
    subject="Auto: [KCSC-240910-06] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automatic message. This address does not accept incoming email.
For reports of illegal content please write to abuse@telegram.org or
dsa@telegram.org.
""",
    items={},
)


HEADER = """# Blind set 892: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Telegram, Discord; plus Twitch, Snapchat and Pinterest).
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. Each case is judged alone on a fresh ledger.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
