#!/usr/bin/env python3
"""Blind set blind604: English notices from many platforms (X, YouTube,
Meta, TikTok, Reddit, Discord, Telegram, Twitch, Snapchat).

    python3 tests/corpus/blind604/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails. All names, ids and URLs are invented.
"""
import base64
import csv
import datetime
import email.utils
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc


def d(day, hh, mm, tz=UTC):
    return email.utils.format_datetime(datetime.datetime(2024, 9, day, hh, mm, 7, tzinfo=tz))


# ---------------------------------------------------------------- requests
X_REF, YT_REF, META_REF, TT_REF, RD_REF, TG_REF, DC_REF = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07")

X = [
    "https://x.com/lunar_bazaar77/status/1829990000000000101",   # 0
    "https://x.com/lunar_bazaar77/status/1829990000000000102",   # 1
    "https://x.com/greyfinch_kr/status/1829990000000000203",     # 2
    "https://x.com/greyfinch_kr/status/1829990000000000204",     # 3
    "https://x.com/pocket_oracle/status/1829990000000000305",    # 4
    "https://x.com/pocket_oracle/status/1829990000000000306",    # 5
    "https://x.com/tidewalker_09/status/1829990000000000407",    # 6
    "https://x.com/tidewalker_09",                               # 7 (account)
    "https://x.com/minted_haze/status/1829990000000000509",      # 8
    "https://twitter.com/minted_haze/status/1829990000000000510",  # 9
    "https://x.com/saltpier_ops/status/1829990000000000611",     # 10
    "https://x.com/saltpier_ops/status/1829990000000000612",     # 11
]
YT = [
    "https://www.youtube.com/watch?v=Qm7fLx2RkPa",
    "https://www.youtube.com/watch?v=Zt0bNw4hVeK",
    "https://youtu.be/Hc9sDq1mYrT",
    "https://www.youtube.com/shorts/Vb3kPp0wQzE",
]
META = [
    "https://www.facebook.com/groups/4417730021/posts/88120931",
    "https://www.facebook.com/silverkiln.market/posts/pfbid02XkQ7aLw9",
    "https://www.instagram.com/p/C9vT2kLmQ4x/",
    "https://www.instagram.com/lilac_dockyard/",
    "https://www.facebook.com/marketplace/item/7731900442",
]
TT = [
    "https://www.tiktok.com/@noonfern.shop/video/7409911223344556601",
    "https://www.tiktok.com/@noonfern.shop/video/7409911223344556602",
    "https://www.tiktok.com/@quartzmule/video/7410022334455667703",
]
RD = [
    "https://www.reddit.com/r/kr_greymarket/comments/1f9xk2p/fresh_batch_this_week/",
    "https://www.reddit.com/user/velvet_anchor_kr/comments/1fa0m7q/dm_for_list/",
]
TG = [
    "https://t.me/harborlamp_kr/118",
    "https://t.me/harborlamp_kr/121",
    "https://t.me/quietmill_store/57",
]
DC = ["https://discord.gg/R7vkPq2Lm"]

REQUESTS = [
    (X_REF, "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", X,
     "illegal_trade", "largest request; one account URL, one twitter.com URL"),
    (YT_REF, "youtube", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00", YT,
     "gambling", "three videos and one Short"),
    (META_REF, "meta", "2024-09-04T09:15:00+09:00", "2024-09-11T23:59:59+09:00", META,
     "illegal_trade", "Facebook and Instagram, incl. a \"Marketplace\" listing, one account"),
    (TT_REF, "tiktok", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00", TT,
     "drugs", "two accounts"),
    (RD_REF, "reddit", "2024-09-06T10:40:00+09:00", "2024-09-13T23:59:59+09:00", RD,
     "illegal_trade", "subreddit post and profile post"),
    (TG_REF, "telegram", "2024-09-09T16:20:00+09:00", "2024-09-16T23:59:59+09:00", TG,
     "drugs", "two channels"),
    (DC_REF, "discord", "2024-09-10T13:05:00+09:00", "2024-09-17T23:59:59+09:00", DC,
     "illegal_trade", "single invite link, server sells ids"),
]
MID = {ref: f"req.{ref}" for ref, *_ in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission (KCSC) asks you to remove",
        f"or restrict the following content under request {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.",
              "", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def qp(text, ctype="plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64(text, ctype="plain"):
    enc = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + enc)


def alternative(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{text.strip()}\n\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{html.strip()}\n\n--{boundary}--\n")


def with_csv(text, csv_text, filename, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{text.strip()}\n\n"
            f"--{boundary}\nContent-Type: text/csv; charset=utf-8; name=\"{filename}\"\n"
            f"Content-Disposition: attachment; filename=\"{filename}\"\n"
            f"Content-Transfer-Encoding: 8bit\n\n{csv_text.strip()}\n\n--{boundary}--\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="x-legal-cwc-withheld-and-removed",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(4, 2, 13), subject=f"Re: [{X_REF}] Content removal request - X",
    reply_to_req=MID[X_REF],
    body=f"""
Hello,

Thank you for your request {X_REF}. X has reviewed the reported posts under
the X Rules and applicable local law.

We have withheld the following posts in South Korea in response to your
legal demand. They remain viewable outside South Korea:

  - {X[0]}
  - {X[1]}

The following post violated the X Rules on illegal and regulated goods and
services and has been removed from X:

  - {X[2]}

We continue to review the remaining URLs of your request.

Information on our Country Withheld Content policy:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome email (Country Withheld Content + X Rules removal)",
    why="two posts withheld in South Korea, one removed; the others are only 'continued review'",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"},
)

x_rows = [
    (X[3], "Removed", "Violation of X Rules (illegal goods)"),
    (X[4], "Withheld in KR", "Local law (Republic of Korea)"),
    (X[5], "No action", "No violation of X Rules; no local-law basis found"),
    (X[6], "Removed", "Violation of X Rules (illegal goods)"),
    (X[7], "Account withheld in KR", "Local law (Republic of Korea)"),
    (X[8], "Not found", "URL does not resolve to an existing post"),
    (X[9], "Removed", "Violation of X Rules (illegal goods)"),
    (X[10], "No action", "No violation of X Rules; no local-law basis found"),
]
x_html_rows = "\n".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{r}</td></tr>' for u, a, r in x_rows)
x_text_rows = "\n".join(f"{u}\n    Action: {a} ({r})" for u, a, r in x_rows)
case(
    name="x-html-table-eight-posts",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(5, 8, 41), subject=f"[{X_REF}] Outcome of your legal request (8 URLs)",
    raw_mime=alternative(
        f"""Hello KCSC,

Please find below the outcome for 8 URLs of request {X_REF}.

{x_text_rows}

X Legal""",
        f"""<html><body>
<p>Hello KCSC,</p>
<p>Please find below the outcome for 8 URLs of request {X_REF}.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Basis</th></tr>
{x_html_rows}
</table>
<p>X Legal</p>
</body></html>""", "xq-7781-alt"),
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome table (multipart/alternative text + HTML)",
    why="eight rows, one status each: removed, withheld, no action, not found",
    items={X[3]: "removed", X[4]: "restricted", X[5]: "rejected", X[6]: "removed",
           X[7]: "restricted", X[8]: "not_found", X[9]: "removed", X[10]: "rejected"},
)

x_csv_status = [
    ("Removed", "global"), ("Removed", "global"), ("Withheld", "KR"), ("Withheld", "KR"),
    ("Removed", "global"), ("No action - no violation", ""), ("Removed", "global"),
    ("Account suspended", "global"), ("Not found - invalid URL", ""), ("Withheld", "KR"),
    ("Removed", "global"), ("No action - no violation", ""),
]
x_csv_expect = ["removed", "removed", "restricted", "restricted", "removed", "rejected",
                "removed", "removed", "not_found", "restricted", "removed", "rejected"]
x_csv = "reported_url,decision,scope\n" + "\n".join(
    f"{u},{a},{s}" for u, (a, s) in zip(X, x_csv_status))
case(
    name="x-csv-attachment-full-request",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(9, 3, 2), subject=f"Re: [{X_REF}] Content removal request - X",
    reply_to_req=MID[X_REF],
    raw_mime=with_csv(
        f"""Hello,

Our review of request {X_REF} is complete. The decision for each reported
URL is in the attached file.

Best,
X Legal""", x_csv, f"{X_REF}_decisions.csv", "xq-csv-2291"),
    outcome="applied", classification="confirmation",
    imitates="X legal batch response with a per-URL decisions CSV attachment",
    why="CSV row per URL; 'Account suspended' read as removed (account no longer available anywhere)",
    items=dict(zip(X, x_csv_expect)),
)

case(
    name="x-account-suspended",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(6, 1, 55), subject=f"Re: [{X_REF}] Content removal request - X",
    reply_to_req=MID[X_REF],
    body=f"""
Hi,

Regarding {X_REF}: the account @tidewalker_09 ({X[7]}) has been
permanently suspended for repeated violations of our rules on illegal
goods and services.

Because the account is suspended, its posts, including
{X[6]}, are no longer available on X.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice in reply to a legal request",
    why="account permanently suspended and its named post no longer available: both removed",
    items={X[7]: "removed", X[6]: "removed"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(7, 6, 30), subject=f"[{X_REF}] Update on reported posts",
    body=f"""
Hello,

An update on three posts from request {X_REF}:

{X[0]}
Action taken: Removed (X Rules - illegal or certain regulated goods)

{X[2]}
Action taken: Withheld in KR

{X[10]}
Action taken: None - no violation found

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal status update: bare URL with 'Action taken' on the line below",
    why="three URLs, status on the following line each",
    items={X[0]: "removed", X[2]: "restricted", X[10]: "rejected"},
)

case(
    name="x-bilingual-korean-fullwidth",
    **{"from": "kr-legal@x.com"}, name_from="X Korea Legal",
    date=d(10, 5, 12), subject=f"RE: [{X_REF}] 게시물 삭제 요청 / removal request",
    reply_to_req=MID[X_REF],
    body=f"""
안녕하세요, 방송통신심의위원회 담당자님.

요청번호 {X_REF} 관련하여 알려드립니다.
게시물（{X[4]}）은 X 규칙 위반으로 삭제되었습니다.
게시물（{X[8]}）은 대한민국 내에서 접속이 제한되었습니다.

(English)
Regarding request {X_REF}: the post {X[4]} has been removed for
violating the X Rules. The post {X[8]} has been withheld in South Korea.

X Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea bilingual (Korean then English) legal reply, URLs in full-width parentheses",
    why="one removed, one withheld in Korea, stated in both languages consistently",
    items={X[4]: "removed", X[8]: "restricted"},
)

case(
    name="x-wrapped-angle-brackets",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(11, 9, 48), subject=f"Re: [{X_REF}] Content removal request - X",
    reply_to_req=MID[X_REF],
    body=f"""
Hello,

Both posts below from @saltpier_ops are now withheld in South Korea in
response to your request:

<https://x.com/saltpier_ops/status/
 1829990000000000611>
<{X[11]}>

They remain available in other countries.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X withheld-in-country notice with URLs in angle brackets, one wrapped",
    why="two posts withheld in KR; the first URL wrapped inside <> (RFC 3986 appendix C)",
    items={X[10]: "restricted", X[11]: "restricted"},
)

case(
    name="x-mixed-with-help-links",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(12, 4, 20), subject=f"[{X_REF}] Final response",
    body=f"""
Hello,

This is our final response on the two outstanding URLs of {X_REF}.

1) {X[8]}
   This URL does not point to any existing post. We could not locate the
   content.

2) {X[11]}
   We reviewed this post against the X Rules and Korean law and found no
   violation. We are declining to take action and the post remains
   available.

Our rules: https://help.x.com/en/rules-and-policies/x-rules
To submit further legal requests: https://legal.x.com/en/gov-request

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal 'final response' with numbered items and links to help pages",
    why="one not found, one declined with reason; help/legal links are not items",
    items={X[8]: "not_found", X[11]: "rejected"},
)

case(
    name="yt-legal-blocked-kr-top-posted",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d(5, 7, 10), subject=f"Re: [{YT_REF}] Request to remove content from YouTube",
    reply_to_req=MID[YT_REF],
    body=f"""
Hello,

Thank you for your notice. After review, we have blocked
{YT[0]} and {YT[1]} from view in South Korea under local law.

The video at {YT[2]} was removed from YouTube globally for violating our
Community Guidelines.

Sincerely,
The YouTube Legal Support Team

On Tue, Sep 3, 2024 at 11:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(YT_REF, YT)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome ('blocked from view in your country'), top-posted over the quoted request",
    why="two blocked in KR, one removed globally; the Short appears only in the quoted request",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed", YT[3]: "pending"},
)

case(
    name="yt-age-restricted-and-no-violation-qp",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d(6, 3, 33), subject=f"[{YT_REF}] Decision on your complaint",
    raw_mime=qp(f"""Hello,

We have completed our review of two items from your request {YT_REF}.

Video: {YT[1]}
Decision: We have applied an age restriction to this video. It can no longer be viewed by signed-out users or by users under 18.

Short: {YT[3]}
Decision: After careful review, we did not find that this content violates our Community Guidelines or local law. It will remain available on YouTube.

If you have new information, you can file a new complaint at https://support.google.com/youtube/answer/6154230.

Regards,
YouTube Legal Support
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal complaint decision (age restriction / no violation), quoted-printable",
    why="age-restricted video -> restricted; Short kept up with its reason -> rejected",
    items={YT[1]: "restricted", YT[3]: "rejected"},
)

case(
    name="yt-statement-above-url",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
    date=d(7, 0, 58), subject=f"YouTube: update on {YT_REF}",
    body=f"""
Hi there,

Here is an update on your YouTube removal request {YT_REF}.

Removed for violating our policy on illegal or regulated goods:
{YT[0]}

No longer available - the uploader deleted this video before our review:
{YT[2]}

Google Legal, on behalf of YouTube
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal update with the statement line above each URL",
    why="first removed; second deleted by its uploader before review -> not_found",
    items={YT[0]: "removed", YT[2]: "not_found"},
)

case(
    name="yt-html-only-table",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d(8, 9, 5), subject=f"[{YT_REF}] Outcome of your legal request",
    type="html",
    body=f"""
<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>We reviewed the content in request <b>{YT_REF}</b>. The outcome for each item is below.</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Content</th><th align="left">Outcome</th></tr>
<tr><td><a href="{YT[0]}">{YT[0]}</a></td><td>Blocked in South Korea (local law)</td></tr>
<tr><td><a href="{YT[1]}">{YT[1]}</a></td><td>Removed &ndash; Community Guidelines violation</td></tr>
<tr><td><a href="{YT[2]}">{YT[2]}</a></td><td>No action &ndash; the content does not violate our policies and we found no local-law basis</td></tr>
</table>
<p>Learn more about <a href="https://support.google.com/youtube/answer/2802167">legal removals</a>.</p>
<p>&mdash; YouTube Legal Support</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome sent as HTML only, one table row per video",
    why="three rows: blocked in KR, removed, no action with reason",
    items={YT[0]: "restricted", YT[1]: "removed", YT[2]: "rejected"},
)

case(
    name="meta-sor-base64",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Regulation",
    date=d(9, 11, 26), subject=f"Decision on your report {META_REF}",
    reply_to_req=MID[META_REF],
    raw_mime=b64(f"""Hello,

We have taken decisions on two pieces of content from your report {META_REF}.
For each one we set out the reasons below.

STATEMENT OF REASONS 1
Content: {META[2]}
Decision: Removal of the content
Territorial scope: All countries
Ground: Violation of our Community Guidelines on restricted goods and services
Facts relied on: notice from the Korea Communications Standards Commission
Automated means: not used for this decision

STATEMENT OF REASONS 2
Content: {META[4]}
Decision: Access to the content restricted
Territorial scope: Republic of Korea
Ground: Content illegal under local law (notice from a public authority)
Facts relied on: notice from the Korea Communications Standards Commission
Automated means: not used for this decision

Information about redress options: https://transparency.meta.com/enforcement/

Meta Content Regulation Team
"""),
    outcome="applied", classification="confirmation",
    imitates="Meta decision notice laid out like a DSA Art. 17 statement of reasons, base64 body",
    why="one removal worldwide, one restriction in Korea",
    items={META[2]: "removed", META[4]: "restricted"},
)

case(
    name="meta-instagram-account-disabled",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date=d(6, 22, 14), subject=f"Re: {META_REF} - Instagram account report",
    reply_to_req=MID[META_REF],
    body=f"""
Hi,

Thanks for your report. We've disabled the Instagram account
lilac_dockyard ({META[3]}) because it goes against our Community
Guidelines on selling restricted goods. The account and its posts can no
longer be seen on Instagram.

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we've disabled the account you reported' outcome",
    why="reported account disabled -> removed",
    items={META[3]: "removed"},
)

case(
    name="meta-local-law-restricted-and-gone",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Regulation",
    date=d(10, 2, 47), subject=f"RE: [{META_REF}] Request for removal of content",
    reply_to_req=MID[META_REF],
    body=f"""
Dear KCSC team,

We reviewed the Facebook group post at {META[0]} and found that it does
not go against our Community Standards. However, based on your notice
that it is illegal under Korean law, we have restricted access to it in
South Korea.

The link {META[1]} does not lead to any available content: the post no
longer exists on Facebook.

Kind regards,
Meta Content Regulation Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta local-law restriction reply ('doesn't go against our Community Standards, restricted in your country')",
    why="restricted in KR despite no Standards violation; second link leads to nothing -> not_found",
    items={META[0]: "restricted", META[1]: "not_found"},
)

case(
    name="meta-outlook-original-message",
    **{"from": "j.holloway@meta.com"}, name_from="Jordan Holloway",
    date=d(11, 6, 3), subject=f"RE: [{META_REF}] Request for removal of content",
    reply_to_req=MID[META_REF],
    body=f"""
Hi team,

Following up on {META_REF}: we removed the Facebook group post
{META[0]} and the Marketplace listing {META[4]} today.

I'll come back to you on the other links separately.

Best,
Jordan Holloway
Content Regulation, Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 9:15 AM
To: Meta Legal Requests <legal-requests@meta.com>
Subject: [{META_REF}] Request for removal of content

{quoted_request(META_REF, META, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta staff reply in Outlook style above '-----Original Message-----'",
    why="two removed in the reply; the three others are only in the unquoted original below the separator",
    items={META[0]: "removed", META[4]: "removed", META[1]: "pending", META[2]: "pending",
           META[3]: "pending"},
)

case(
    name="tiktok-numbered-outcomes",
    **{"from": "legal-response@tiktok.com"}, name_from="TikTok Legal",
    date=d(9, 8, 19), subject=f"Re: [{TT_REF}] Government removal request",
    reply_to_req=MID[TT_REF],
    body=f"""
Hello,

Thank you for contacting TikTok. We have reviewed the 3 videos in your
request {TT_REF}:

1. {TT[0]}
   Outcome: Removed - violates our Community Guidelines (regulated goods)
2. {TT[1]}
   Outcome: Restricted in South Korea under local law
3. {TT[2]}
   Outcome: No violation found - the video remains on TikTok

TikTok Law Enforcement Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request outcome, numbered list",
    why="removed, restricted in KR, no violation",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "rejected"},
)

case(
    name="tiktok-gmail-top-reply",
    **{"from": "m.oduya@tiktok.com"}, name_from="Mina Oduya",
    date=d(8, 13, 44), subject=f"Re: [{TT_REF}] Government removal request",
    reply_to_req=MID[TT_REF],
    body=f"""
Hi,

Both videos from @noonfern.shop have been taken down:
{TT[0]}
{TT[1]}

Thanks,
Mina
TikTok Trust & Safety

On Thu, Sep 5, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(TT_REF, TT)}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok staff top-posted Gmail reply over the quoted request",
    why="two videos taken down; the third appears only in quoted text",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "pending"},
)

case(
    name="tiktok-qp-restricted-kr",
    **{"from": "legal-response@tiktok.com"}, name_from="TikTok Legal",
    date=d(10, 7, 1), subject=f"[{TT_REF}] Update",
    raw_mime=qp(f"""Hello,

Following our review under local law, the video {TT[2]} is no longer available to users in the Republic of Korea. It has not been removed in other regions as it does not violate our Community Guidelines.

TikTok Law Enforcement Response Team
"""),
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law geo-restriction notice, quoted-printable with soft-wrapped URL",
    why="unavailable in Korea only -> restricted",
    items={TT[2]: "restricted"},
)

case(
    name="reddit-removed-and-georestricted",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(9, 18, 30), subject=f"Re: [{RD_REF}] Request to remove content",
    reply_to_req=MID[RD_REF],
    body=f"""
Hello,

We have reviewed your request {RD_REF}.

The post {RD[0]} was removed by Reddit's Safety team for violating the
Reddit Rules on illegal transactions.

The post {RD[1]} does not violate the Reddit Rules, but we have
geo-restricted it so that it is not viewable from South Korea, in line
with local law.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal response to a government removal request",
    why="one removed sitewide, one geo-restricted in KR",
    items={RD[0]: "removed", RD[1]: "restricted"},
)

case(
    name="reddit-author-deleted-and-declined",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(11, 17, 2), subject=f"Re: [{RD_REF}] Request to remove content",
    reply_to_req=MID[RD_REF],
    body=f"""
Hi,

Thanks for your patience.

{RD[0]} - the post was deleted by its author before our review, so there
was nothing left for us to action.

{RD[1]} - we reviewed this post and it does not break the Reddit Rules.
We are declining to take action on it.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply: author-deleted post and a declined request",
    why="author-deleted -> not_found; declined with reason -> rejected",
    items={RD[0]: "not_found", RD[1]: "rejected"},
)

case(
    name="reddit-echoed-report",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date=d(8, 2, 16), subject="Update on your report",
    body=f"""
Thanks for submitting a report to the Reddit Safety team.

--- Your report ---
Report reference: {RD_REF}
Reported content: {RD[0]}
Reason: Sale of goods that are illegal in your country

--- Our decision ---
After investigating, we found that the reported content violates the
Reddit Rules and it has been removed.

For more information, see https://support.reddithelp.com/hc/en-us/articles/360043513411

Thanks again for helping keep Reddit safe.
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit report outcome notice that echoes the report above the decision",
    why="the decision refers to the one reported URL echoed above it: removed",
    items={RD[0]: "removed"},
)

case(
    name="telegram-abuse-schemeless",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(11, 12, 9), subject=f"Re: [{TG_REF}] Illegal content on Telegram",
    reply_to_req=MID[TG_REF],
    body=f"""
Hello,

Thank you for your report. The following messages were taken down:

t.me/harborlamp_kr/118
t.me/harborlamp_kr/121

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk terse reply, links written without https://",
    why="two messages taken down; scheme-less t.me links are the requested URLs",
    items={TG[0]: "removed", TG[1]: "removed"},
)

case(
    name="telegram-mixed-not-found",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(12, 15, 40), subject=f"Re: [{TG_REF}] Illegal content on Telegram",
    reply_to_req=MID[TG_REF],
    body=f"""
Hi,

{TG[0]} - this message is now unavailable to users in South Korea.
{TG[1]} - removed.
{TG[2]} - this message does not exist; the channel admin deleted it.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with one status per URL line",
    why="restricted in KR, removed, deleted by the channel admin (not_found)",
    items={TG[0]: "restricted", TG[1]: "removed", TG[2]: "not_found"},
)

case(
    name="discord-sole-statement-one-item",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(12, 1, 12), subject=f"Re: [{DC_REF}] Removal request - Discord server",
    reply_to_req=MID[DC_REF],
    body="""
Hello,

Thanks for reaching out. Our Safety team investigated your report and the
content you reported has been removed. The server has been taken down for
violating our Community Guidelines.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome email that names no URL",
    why="one-item request: the sole statement 'content you reported has been removed' applies to it",
    items={DC[0]: "removed"},
)

case(
    name="discord-ack-plus-outcome",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(13, 4, 50), subject=f"[Ticket #5521907] {DC_REF} Discord server report",
    body=f"""
Hi,

Thanks for your report. We've received it under ticket #5521907.

Update: we have removed the server that {DC[0]} pointed to, and
the invite no longer works.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord ticket reply: receipt sentence plus an actual outcome",
    why="acknowledgement phrase plus an unhedged removal: not a pure acknowledgement",
    items={DC[0]: "removed"},
)

# ================================================================ REVIEW
case(
    name="x-promise-will-remove",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(3, 5, 5), subject=f"Re: [{X_REF}] Content removal request - X",
    reply_to_req=MID[X_REF],
    body=f"""
Hello,

The posts listed below have been escalated and will be removed within 48
hours once our review is complete:

{X[1]}
{X[3]}

We will confirm when this is done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising removal",
    why="'will be removed once our review is complete' is a promise, not a statement",
    items={X[1]: "pending", X[3]: "pending"},
)

case(
    name="yt-under-review-hedge",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d(4, 6, 44), subject=f"Re: [{YT_REF}] Request to remove content from YouTube",
    reply_to_req=MID[YT_REF],
    body=f"""
Hello,

{YT[0]} and {YT[3]} are currently under review by our legal team. The
Short may already have been taken down by its uploader; we will confirm
once our review is finished.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal 'under review' interim reply with a hedge",
    why="'under review' and 'may already have been taken down' are not statements",
    items={YT[0]: "pending", YT[3]: "pending"},
)

case(
    name="reddit-appears-removed-hedge",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(7, 19, 21), subject=f"Re: [{RD_REF}] Request to remove content",
    reply_to_req=MID[RD_REF],
    body=f"""
Hi,

It appears that {RD[0]} was removed by the subreddit's moderators, but we
are still confirming this on our side. We will also look into
{RD[1]} and get back to you.

Reddit Legal
""",
    outcome="review", review="not_understood",
    imitates="Reddit legal interim reply ('it appears', 'we will look into')",
    why="hedge and promise only: nothing stated about either post",
    items={RD[0]: "pending", RD[1]: "pending"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Regulation",
    date=d(8, 23, 11), subject=f"RE: [{META_REF}] Request for removal of content",
    reply_to_req=MID[META_REF],
    body=f"""
Hello,

We have removed all of the content reported in your request {META_REF}.

Meta Content Regulation Team
""",
    outcome="review", review="bulk",
    imitates="Meta one-line bulk confirmation",
    why="all content of a five-item request removed without naming any URL",
    items={u: "pending" for u in META},
)

case(
    name="tiktok-bulk-all-videos",
    **{"from": "legal-response@tiktok.com"}, name_from="TikTok Legal",
    date=d(7, 10, 37), subject=f"Re: [{TT_REF}] Government removal request",
    reply_to_req=MID[TT_REF],
    body="""
Hello,

We have completed our review. All the videos you reported have been
actioned in accordance with our Community Guidelines.

TikTok Law Enforcement Response Team
""",
    outcome="review", review="bulk",
    imitates="TikTok short bulk outcome ('all the videos you reported have been actioned')",
    why="bulk statement for a three-item request",
    items={u: "pending" for u in TT},
)

case(
    name="x-auth-fail-forged",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date=d(5, 23, 58), subject=f"Re: [{X_REF}] Content removal request - X",
    reply_to_req=MID[X_REF],
    body=f"""
Hello,

The following posts have been removed:

- {X[0]}
- {X[4]}
- {X[6]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X-looking removal notice failing DKIM/SPF/DMARC",
    why="x.com sender domain but authentication failed",
    items={X[0]: "pending", X[4]: "pending", X[6]: "pending"},
)

case(
    name="meta-contractor-gmail",
    **{"from": "meta.review.desk2024@gmail.com"}, name_from="Meta Review Desk",
    date=d(10, 14, 25), subject=f"Re: [{META_REF}] Request for removal of content",
    reply_to_req=MID[META_REF],
    body=f"""
Dear KCSC,

I work with the content review vendor for Meta. I can confirm that
{META[2]} and {META[3]} have been removed.

Regards,
Review Desk
""",
    outcome="review", review="unknown_sender",
    imitates="third-party/vendor reply sent from a free-mail address",
    why="gmail.com is no platform's domain",
    items={META[2]: "pending", META[3]: "pending"},
)

case(
    name="x-lookalike-domain",
    **{"from": "support@x-legalsupport.com"}, name_from="X Legal Support",
    date=d(6, 12, 0), subject=f"[{X_REF}] Your request has been completed",
    body=f"""
Dear Sir/Madam,

Your request {X_REF} has been completed. The post
{X[2]} has been deleted.

X Legal Support
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain posing as X legal",
    why="x-legalsupport.com is not an X sender domain",
    items={X[2]: "pending"},
)

case(
    name="meta-wrong-platform-x-link",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Regulation",
    date=d(9, 5, 31), subject="RE: Additional links",
    body=f"""
Hello,

Regarding the additional link you sent us, {X[8]}: this content is
not hosted on Facebook or Instagram and does not exist on our services, so
there is nothing for Meta to act on. Please contact the service that
hosts it.

Meta Content Regulation Team
""",
    outcome="review", review="wrong_platform",
    imitates="Meta 'not hosted on our services' reply about another platform's URL",
    why="Meta states a status for an X item",
    items={X[8]: "pending"},
)

case(
    name="snapchat-portal-no-claims",
    **{"from": "lawenforcement@snapchat.com"}, name_from="Snap Law Enforcement Operations",
    date=d(13, 20, 15), subject="Re: Contact from KCSC",
    body="""
Hello,

Thank you for contacting Snap Inc. Government agencies should submit
content removal requests through our Law Enforcement Service Portal at
https://les.snapchat.com/ so that we can route them correctly.

Snap Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="Snapchat law-enforcement desk redirect to its portal",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="yt-asks-court-order",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d(4, 9, 2), subject=f"Re: [{YT_REF}] Request to remove content from YouTube",
    reply_to_req=MID[YT_REF],
    body=f"""
Hello,

To process your request regarding {YT[1]}, please provide a copy of
the court order or administrative decision, and the specific provision
of Korean law that the video is alleged to violate. We are unable to
proceed without this information.

The YouTube Legal Support Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal request for the court order / legal basis",
    why="asks for documents; nothing stated about the video",
    items={YT[1]: "pending"},
)

case(
    name="x-conflicting-row-and-prose",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(8, 4, 4), subject=f"[{X_REF}] Outcome of your legal request",
    body=f"""
Hello,

Outcome for the URL below:

  {X[5]}  |  Removed

Note from the reviewer: the post {X[5]} did not violate the X
Rules or local law and remains available.

X Legal
""",
    outcome="review", review="conflicting_statements",
    imitates="X outcome template where the table row and the reviewer's note disagree",
    why="same post said to be removed and to remain available",
    items={X[5]: "pending"},
)

# ================================================================ IGNORED
case(
    name="meta-out-of-office",
    **{"from": "j.holloway@meta.com"}, name_from="Jordan Holloway",
    date=d(4, 0, 16), subject=f"Automatic reply: [{META_REF}] Request for removal of content",
    reply_to_req=MID[META_REF],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal requests please write to
legal-requests@meta.com.

Jordan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

dsn_boundary = "dsn-20240905-aa31"
case(
    name="tiktok-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date=d(5, 5, 1), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="{dsn_boundary}"

--{dsn_boundary}
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-removals@tiktok.com>: host mx.tiktok.com[203.0.113.25] said: 550
    5.1.1 <legal-removals@tiktok.com>: Recipient address rejected: User
    unknown

--{dsn_boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: {d(5, 5, 0)}

Final-Recipient: rfc822; legal-removals@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--{dsn_boundary}
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-removals@tiktok.com
Subject: [{TT_REF}] Government removal request
Message-ID: <{MID[TT_REF]}.copy@kcsc.example>
Date: {d(5, 5, 0)}
Content-Type: text/plain; charset=utf-8

{quoted_request(TT_REF, TT, prefix="")}

--{dsn_boundary}--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="bounce of our own request; the URLs are only in the returned message",
    items={u: "pending" for u in TT},
)

mdn_boundary = "mdn-7hq2"
case(
    name="reddit-mdn-read-receipt",
    **{"from": "a.kerrigan@reddit.com"}, name_from="Alex Kerrigan",
    date=d(6, 9, 2), subject=f"Read: [{RD_REF}] Request to remove content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="{mdn_boundary}"

--{mdn_boundary}
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: [{RD_REF}] Request to remove content
  Sent: Friday, September 6, 2024 10:40 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 6:02 PM (UTC+09:00) Seoul.

--{mdn_boundary}
Content-Type: message/disposition-notification

Reporting-UA: a.kerrigan@reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <{MID[RD_REF]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--{mdn_boundary}--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="discord-zendesk-receipt",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(10, 4, 7), subject=f"[Ticket #5521907] {DC_REF} Discord server report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thanks for contacting Discord. Your request (#5521907) has been received
and is being reviewed by our support staff. You will receive a reply by
email; to add information, simply reply to this message.

Discord Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord (Zendesk) ticket receipt",
    why="pure acknowledgement of receipt",
    items={},
)

case(
    name="x-case-receipt",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(2, 1, 20), subject=f"Case# 0482913557: [{X_REF}] Content removal request - X",
    body=f"""
Hello,

We have received your request and created case number 0482913557. Please
keep this number for any follow-up about {X_REF}. We will review your
request and respond as soon as possible.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request case-creation receipt",
    why="receipt only; 'we will review' concerns the request, no item named",
    items={},
)

case(
    name="yt-unmonitored-autoreply",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
    date=d(3, 2, 31), subject=f"Re: [{YT_REF}] Request to remove content from YouTube",
    reply_to_req=MID[YT_REF],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated reply. This mailbox is not monitored, and replies
sent to it are not read. To submit or follow up on a legal request about
YouTube, please use the webform at https://support.google.com/legal/.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Google 'this mailbox is not monitored' auto-reply",
    why="automatic reply",
    items={},
)

case(
    name="twitch-support-receipt",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    date=d(12, 22, 40), subject="[Twitch Support] Request received: #8830142",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

Thanks for contacting Twitch Support. We have received your request
#8830142 and a member of our team will get back to you.

Twitch Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Twitch support ticket receipt",
    why="pure acknowledgement, no item, no request of ours",
    items={},
)

HEADER = """# Blind set blind604: English notices from many platforms.
# Written from each email's meaning, before any run of the reader.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind604", HEADER, CASES)


if __name__ == "__main__":
    main()
