#!/usr/bin/env python3
"""Blind set 664: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind664/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: no
clock, no randomness. Every email is fictional and written in our own
sentences; expected results come from each email's meaning alone, written
before the reader was ever run on this set.
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "twitter.com": "X",
    "facebook.com": "Facebook",
    "facebookmail.com": "Facebook",
    "instagram.com": "Instagram",
    "meta.com": "Meta",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
    "snapchat.com": "Snapchat",
    "pinterest.com": "Pinterest",
})

KST = timezone(timedelta(hours=9))


def d(day, hh, mm, month=9, tz=0):
    """RFC 5322 date in September (or `month`) 2024, in a UTC offset of `tz` hours."""
    t = datetime(2024, month, day, hh, mm, 17, tzinfo=timezone(timedelta(hours=tz)))
    return format_datetime(t)


# ---------------------------------------------------------------- requests
RD3_RAW = "https://www.reddit.com/r/hanguk_market/comments/1f4xyz9/토토_추천/"
RD3 = "https://www.reddit.com" + urllib.parse.quote(RD3_RAW[len("https://www.reddit.com"):])

X = [
    "https://x.com/lucky_dragon88/status/1830011122233344551",      # 0
    "https://x.com/lucky_dragon88/status/1830011122233344552",      # 1
    "https://x.com/toto_king_kr/status/1830123456789012345",        # 2
    "https://x.com/toto_king_kr/status/1830123456789012346",        # 3
    "https://x.com/bet_shortcut/status/1829987654321098765",        # 4
    "https://x.com/bet_shortcut",                                   # 5 account
    "https://twitter.com/casinomoon_kr/status/1828765432109876543", # 6
    "https://x.com/casinomoon_kr/status/1828765432109876544",       # 7
    "https://x.com/slot_paradise7/status/1827111222333444555",      # 8
    "https://x.com/slot_paradise7/status/1827111222333444556",      # 9
    "https://x.com/i/web/status/1826222333444555666",               # 10
    "https://x.com/powerball_tip/status/1825333444555666777",       # 11
    "https://x.com/powerball_tip/status/1825333444555666778",       # 12
]
YT = [
    "https://www.youtube.com/watch?v=Qm7dK2pLx9A",
    "https://www.youtube.com/watch?v=bR4tN8wZc1E",
    "https://youtu.be/Hx3vJ6sYe0U",
    "https://www.youtube.com/@nightmarket_tv",
]
META = [
    "https://www.facebook.com/groups/2719384401122/posts/3310045567781/",  # fb1
    "https://www.facebook.com/sunny.pharm.kr/posts/pfbid0aB3cD4eF5gH6iJ7kL8",  # fb2
    "https://www.instagram.com/p/C9xYq2LsT4m/",                           # ig1
    "https://www.instagram.com/reel/C8kPw3NvR7j/",                        # ig2
    "https://www.instagram.com/ice_delivery_seoul/",                      # ig3 account
]
FB1, FB2, IG1, IG2, IG3 = META
TT = [
    "https://www.tiktok.com/@quickcash_mina/video/7401122334455667788",
    "https://www.tiktok.com/@quickcash_mina/video/7401122334455667799",
    "https://www.tiktok.com/@hanbit.deals/video/7398877665544332211",
]
RD = [
    "https://www.reddit.com/r/koreadeals/comments/1f3abcd/cheap_sports_picks_here/",
    "https://www.reddit.com/user/toto_helper_01/",
    RD3,
]
DC = [
    "https://discord.gg/luckyspin77",
    "https://discord.com/channels/1122334455667788990/1122334455667789001/1280011223344556677",
]
TW = ["https://www.twitch.tv/jackpot_jun"]

# ref, platform, sent day, due day, category, message-id local part, note, urls
REQUESTS = [
    ("KCSC-240902-01", "x", 2, 9, "illegal_gambling", "20240902100211.71a3", "toto and casino promotion accounts", X),
    ("KCSC-240903-02", "youtube", 3, 10, "fraud", "20240903093040.2b8e", "investment scam videos and channel", YT),
    ("KCSC-240904-03", "meta", 4, 11, "drug_trade", "20240904111502.c94d", "drug sale posts on Facebook and Instagram", META),
    ("KCSC-240905-04", "tiktok", 5, 12, "illegal_gambling", "20240905140733.0f61", "gambling site advertising videos", TT),
    ("KCSC-240906-05", "reddit", 6, 13, "illegal_gambling", "20240906101944.8d27", "sports betting tip threads", RD),
    ("KCSC-240909-06", "discord", 9, 16, "obscene", "20240909153012.e4b0", "invite and message sharing illegal material", DC),
    ("KCSC-240910-07", "twitch", 10, 17, "illegal_gambling", "20240910091522.5c3a", "channel streaming illegal casino", TW),
]
MID = {r[0]: r[5] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        ts = mid.split(".")[0]  # the request e-mail's send time, as in its Message-ID
        sent_at = f"{ts[0:4]}-{ts[4:6]}-{ts[6:8]}T{ts[8:10]}:{ts[10:12]}:{ts[12:14]}+09:00"
        assert int(ts[6:8]) == sent
        for u in urls:
            w.writerow([ref, plat, sent_at, f"2024-09-{due:02d}T18:00:00+09:00",
                        u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = ["Dear Trust & Safety team,", "",
             f"Under the Act on Promotion of Information and Communications Network",
             f"Utilization, the Korea Communications Standards Commission requests the",
             f"removal of the following content (our reference {ref}):", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the action taken for each URL.", "", "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


R = {r[0]: r for r in REQUESTS}

# ======================================================================= X
case(
    name="x-legal-withheld-three-kr",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply to a government removal request: content withheld in country",
    why="Names three posts and states, unhedged, that they are withheld in Korea; thanks-for-report line is not an acknowledgement",
    **{"from": "legal-support@x.com"}, date=d(6, 2, 41),
    subject="Re: KCSC-240902-01 Request to remove illegal gambling promotion [ref:00D1x.5007Q2kLm]",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

Thank you for your report, which we received on 2 September 2024.

After reviewing your request in light of applicable local law, we have
withheld access in the Republic of Korea to the following posts:

{X[0]}
{X[1]}
{X[2]}

The account holders have been notified. People outside Korea may still be
able to view these posts.

We will follow up separately regarding the remaining URLs in your request.

Regards,
X Legal
""",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-url-action-blocks",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome e-mail listing 'URL: / Action taken:' blocks per reported post",
    why="Per-URL blocks: withheld in KR, refused (no violation, no legal basis shown), could not be found",
    **{"from": "legal-support@x.com"}, date=d(9, 7, 5),
    subject="Re: KCSC-240902-01 - outcome for part of your request",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hi KCSC team,

Please see the outcome for each URL below.

URL: {X[3]}
Action taken: Withheld in KR

URL: {X[4]}
Action taken: None. We reviewed this post and did not find it to violate
the X Rules, and the request did not establish that it is unlawful in
Korea. The post remains available.

URL: {X[8]}
Action taken: None. We could not find this post; the link does not lead
to any content on X.

If you have additional information about the second URL, you may reply to
this email.

Best,
X Legal Operations
""",
    items={X[3]: "restricted", X[4]: "rejected", X[8]: "not_found"},
)

case(
    name="x-account-suspended",
    outcome="applied", classification="confirmation",
    imitates="X notice that a reported account was permanently suspended",
    why="Account URL stated suspended and no longer available on X: removed",
    **{"from": "legal-support@x.com"}, date=d(10, 23, 12),
    subject="Re: KCSC-240902-01 @bet_shortcut",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

We're writing about the account you reported in your request
KCSC-240902-01.

The account @bet_shortcut ({X[5]}) has been permanently suspended for
violating our rules on illegal or certain regulated goods and services.
It is no longer available on X.

Thanks,
X Legal
""",
    items={X[5]: "removed"},
)

case(
    name="x-twitter-domain-removed",
    outcome="applied", classification="confirmation",
    imitates="X reply still sent from the legacy twitter.com domain, dash-bulleted URL list",
    why="Two named posts removed for policy violation; sender twitter.com is an X domain",
    **{"from": "legal@twitter.com"}, date=d(7, 4, 30),
    subject="RE: KCSC-240902-01",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hi KCSC team,

The two posts by @casinomoon_kr listed below were removed for violating
our Illegal or Certain Regulated Goods or Services policy:

 - {X[6]}
 - {X[7]}

Thank you for bringing this to our attention.

Twitter / X Legal
""",
    items={X[6]: "removed", X[7]: "removed"},
)

case(
    name="x-html-outcome-table",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with an HTML outcome table (URL / Action)",
    why="HTML table, one row per post: removed, withheld in Korea, not found, no action",
    **{"from": "legal-support@x.com"}, date=d(12, 8, 14),
    subject="Re: KCSC-240902-01 Outcome of your legal request",
    reply_to_req=MID["KCSC-240902-01"], type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>We have completed our review of the following items from your request.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Removed &ndash; violation of the X Rules</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld in Korea</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Not found</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>No action &ndash; no violation found</td></tr>
</table>
<p>You can read more about country withheld content at <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our Help Center</a>.</p>
<p>X Legal</p>
</body></html>
""",
    items={X[9]: "removed", X[10]: "restricted", X[11]: "not_found", X[12]: "rejected"},
)

CSV_X = "reported_url,action,notes\n" + "\n".join([
    f"{X[0]},Withheld (KR),local law",
    f"{X[1]},Withheld (KR),local law",
    f"{X[2]},Removed,X Rules violation",
    f"{X[3]},Removed,X Rules violation",
    f"{X[4]},No action,no violation found",
    f"{X[5]},Account suspended,",
    f"{X[6]},Removed,X Rules violation",
    f"{X[7]},Not found,deleted by the account holder before review",
    f"{X[8]},Not found,invalid link",
    f"{X[9]},Withheld (KR),local law",
    f"{X[10]},Removed,X Rules violation",
    f"{X[11]},No action,no violation found",
    f"{X[12]},Withheld (KR),local law",
]) + "\n"

case(
    name="x-csv-attachment-all-13",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a CSV attachment of per-URL actions for a large request",
    why="Attached CSV gives an action for each of the 13 URLs",
    **{"from": "legal-support@x.com"}, date=d(13, 1, 55),
    subject="Re: KCSC-240902-01 - results attached",
    reply_to_req=MID["KCSC-240902-01"],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xlegal_b664_01"

--=_xlegal_b664_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the result of our review of request KCSC-240902-01 (13 URLs).
Each row shows the reported URL and the action we took.

X Legal

--=_xlegal_b664_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_X)}
--=_xlegal_b664_01--
""",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "removed",
           X[4]: "rejected", X[5]: "removed", X[6]: "removed", X[7]: "not_found",
           X[8]: "not_found", X[9]: "restricted", X[10]: "removed", X[11]: "rejected",
           X[12]: "restricted"},
)

case(
    name="x-top-posted-over-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="Short top-posted reply from an X legal agent over the Gmail-quoted request",
    why="Only the one post named above the quote is withheld; the 13 URLs in the '>' quote are not statements",
    **{"from": "legal-support@x.com"}, date=d(8, 11, 3),
    subject="Re: KCSC-240902-01 Request to remove illegal gambling promotion",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

Following your request, this post has been withheld in South Korea:
{X[11]}

The rest are still with our team.

Jordan
X Legal

On Mon, 2 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", X)}
""",
    items={X[11]: "restricted"},
)

case(
    name="x-headings-urls-below",
    outcome="applied", classification="confirmation",
    imitates="X legal reply grouping URLs under result headings",
    why="Two posts under 'Withheld in South Korea:', one under 'No violation found, no action taken:'",
    **{"from": "legal-support@x.com"}, date=d(11, 5, 20),
    subject="Re: KCSC-240902-01",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

We have reviewed the remaining posts by @slot_paradise7 and @powerball_tip.

Withheld in South Korea:
{X[8]}
{X[9]}

No violation found, no action taken:
{X[12]}

Posts withheld in a country remain visible elsewhere. More information:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
    items={X[8]: "restricted", X[9]: "restricted", X[12]: "rejected"},
)

case(
    name="x-dsa-style-statement",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (Art. 17 fields) sent by X to the notifier",
    why="Structured statement: this post, visibility restricted (withheld) in KR, final",
    **{"from": "noreply-dsa@x.com"}, date=d(14, 9, 2),
    subject="Decision on your notice - KCSC-240902-01",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Decision on your notice

Notice reference: KCSC-240902-01
Content: {X[11]}
Decision: Restriction of visibility - content withheld
Territorial scope: KR
Ground: Illegal content under the laws of the Republic of Korea
Facts relied on: notice submitted by the Korea Communications Standards
Commission
Automated detection used: No
Automated decision: No

You can find out about redress options, including how to appeal this
decision, at https://help.x.com/en/forms/dsa/appeal.

X
""",
    items={X[11]: "restricted"},
)

case(
    name="x-promise-will-withhold",
    outcome="review", review="not_understood",
    imitates="X legal agent reply announcing a future action pending legal review",
    why="'will be withheld once our review is complete' is a promise: items stay pending",
    **{"from": "legal-support@x.com"}, date=d(4, 3, 11),
    subject="Re: KCSC-240902-01",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hi,

Thanks for your patience. The following posts will be withheld in Korea
once our legal review is complete:

{X[0]}
{X[1]}

We expect to finish within the next few business days and will confirm
by email.

X Legal
""",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-conditional-user-notice",
    outcome="review", review="not_understood",
    imitates="X reply saying the user was notified and action depends on the user's response",
    why="Conditional: withheld only if the user does not delete within 48 hours; no outcome yet",
    **{"from": "legal-support@x.com"}, date=d(5, 6, 48),
    subject="Re: KCSC-240902-01 user notified",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

We have notified the account holder of {X[2]} about your request.
If the post is not deleted by the account holder within 48 hours, we
intend to withhold it in the Republic of Korea.

We will let you know the outcome.

X Legal
""",
    items={X[2]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    outcome="review", review="bulk",
    imitates="X short confirmation covering a whole request without listing URLs",
    why="'All of the reported posts' for a 13-item request names no URL: bulk",
    **{"from": "legal-support@x.com"}, date=d(16, 2, 26),
    subject="Re: KCSC-240902-01 completed",
    reply_to_req=MID["KCSC-240902-01"],
    body="""
Hello,

All of the reported posts in your request KCSC-240902-01 have now been
withheld in South Korea. This request is closed on our side.

X Legal
""",
    items={u: "pending" for u in X},
)

case(
    name="x-auto-ack-case-number",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal portal automatic receipt with a case number",
    why="Pure receipt: request received, case number given, no statement about any post",
    **{"from": "noreply-legal@x.com"}, date=d(2, 1, 3),
    subject="Case# 0198812734: We've received your request [KCSC-240902-01]",
    reply_to_req=MID["KCSC-240902-01"],
    body="""
Hello,

We've received your request and assigned it case number 0198812734.
Please keep this number in any further correspondence about this matter.

Our team reviews requests in the order they are received. You do not
need to submit the request again.

This mailbox is not monitored. Please do not reply to this email.

X Legal
""",
)

# ================================================================= YouTube
case(
    name="yt-legal-blocked-kr-and-removed",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals team reply: blocked in country under local law, removed under Community Guidelines",
    why="Two videos blocked from view in South Korea, one removed globally",
    **{"from": "youtube-legal-noreply@google.com"}, date=d(6, 8, 22),
    subject="Re: [KCSC-240903-02] Legal request regarding YouTube content",
    reply_to_req=MID["KCSC-240903-02"], name_from="YouTube Legal Support",
    body=f"""
Hi,

Thanks for reaching out to YouTube. In response to your legal request
(reference KCSC-240903-02), we have reviewed the content you reported.

Based on local law, we have blocked the following videos from view on
YouTube in South Korea:

{YT[0]}
{YT[1]}

We have also removed the following video from YouTube globally because it
violates our Community Guidelines:

{YT[2]}

Regards,
The YouTube Legal Support Team
""",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed"},
)

case(
    name="yt-channel-terminated-video-kept",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply: channel terminated, one video declined with reasons",
    why="Channel terminated (removed); one video reviewed, no violation, no action (rejected)",
    **{"from": "youtube-legal-noreply@google.com"}, date=d(9, 22, 40),
    subject="Re: [KCSC-240903-02] Legal request regarding YouTube content",
    reply_to_req=MID["KCSC-240903-02"], name_from="YouTube Legal Support",
    body=f"""
Hi,

We've completed our review of part of your request.

The channel {YT[3]} has been terminated for
repeated violations of our spam, deceptive practices and scams policies.

We reviewed {YT[0]} and did not find that it violates our Community
Guidelines. We also did not find a sufficient legal basis to restrict it
in Korea, so we are declining to take action on this video.

Regards,
The YouTube Legal Support Team
""",
    items={YT[3]: "removed", YT[0]: "rejected"},
)

YT_QP = f"""Hello,

Thank you for your patience while we reviewed your request KCSC-240903-02.

The video {YT[1]} has been age-restricted. It is no longer visible to viewers who are signed out or under 18, and it cannot be monetised.

The video at {YT[0]} has been removed from YouTube for violating our scams policy.

Sincerely,
YouTube Trust & Safety
"""

case(
    name="yt-age-restricted-quoted-printable",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety reply in quoted-printable with long lines: age-restriction and removal",
    why="One video age-restricted (restricted), one removed",
    **{"from": "yt-trustsafety@youtube.com"}, date=d(10, 3, 9),
    subject="Re: KCSC-240903-02",
    reply_to_req=MID["KCSC-240903-02"], name_from="YouTube Trust & Safety",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}
""",
    items={YT[1]: "restricted", YT[0]: "removed"},
)

case(
    name="yt-outlook-quoted-original",
    outcome="applied", classification="confirmation",
    imitates="Google staff reply from Outlook over '-----Original Message-----' with the request below",
    why="Only the video named above the Original Message line is removed; the quoted request is not a statement",
    **{"from": "m.seo@google.com"}, date=d(5, 5, 31), name_from="Min Seo",
    subject="RE: [KCSC-240903-02] Request for removal of fraud videos",
    reply_to_req=MID["KCSC-240903-02"],
    body=f"""
Hello,

Video {YT[2]} has been removed from YouTube.
We are still reviewing the other URLs and will come back to you.

Best regards,
Min Seo
Legal Removals, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 9:30 AM
To: legal-kr@google.com
Subject: [KCSC-240903-02] Request for removal of fraud videos

{quoted_request("KCSC-240903-02", YT, prefix="")}
""",
    items={YT[2]: "removed"},
)

case(
    name="yt-numbered-results",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with a numbered list, one outcome per URL",
    why="Removed, declined (no violation, no legal basis), and channel closed by its owner (not_found)",
    **{"from": "youtube-legal-noreply@google.com"}, date=d(11, 7, 58),
    subject="Re: [KCSC-240903-02] Outcome",
    reply_to_req=MID["KCSC-240903-02"], name_from="YouTube Legal Support",
    body=f"""
Hi,

Here are the results of our review:

1. {YT[0]} - Removed (Community Guidelines: scams)
2. {YT[1]} - No action. The content does not violate our policies, and
   we did not find it unlawful under Korean law.
3. {YT[3]} - Not found. The channel no longer exists; it was closed by
   its owner before our review.

Regards,
The YouTube Legal Support Team
""",
    items={YT[0]: "removed", YT[1]: "rejected", YT[3]: "not_found"},
)

case(
    name="yt-hedged-and-under-review",
    outcome="review", review="not_understood",
    imitates="YouTube agent status update with hedged and in-progress wording",
    why="'appears to have been removed' is a hedge and 'under review' is no outcome: nothing applies",
    **{"from": "youtube-legal-noreply@google.com"}, date=d(4, 10, 12),
    subject="Re: [KCSC-240903-02] status update",
    reply_to_req=MID["KCSC-240903-02"], name_from="YouTube Legal Support",
    body=f"""
Hi,

A quick update on your request.

{YT[1]} appears to have been removed already, but we are
still confirming this with the team responsible.

{YT[2]} is currently under review.

We'll be in touch once we have a final answer.

The YouTube Legal Support Team
""",
    items={YT[1]: "pending", YT[2]: "pending"},
)

case(
    name="yt-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Google employee out-of-office auto-reply",
    why="Automatic out-of-office reply; says nothing about any item",
    **{"from": "m.seo@google.com"}, date=d(3, 0, 40), name_from="Min Seo",
    subject="Automatic reply: [KCSC-240903-02] Request for removal of fraud videos",
    reply_to_req=MID["KCSC-240903-02"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday, 9 September,
with limited access to email.

For urgent legal removal matters, please contact legal-kr@google.com.

Min Seo
""",
)

case(
    name="yt-dsn-delayed",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Delay)' for the request e-mail",
    why="Delay DSN from the mail system: a bounce, no statement",
    **{"from": "mailer-daemon@google.com"}, date=d(3, 6, 0), name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Delay)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="0000dsn664yt"

--0000dsn664yt
Content-Type: text/plain; charset=utf-8

** Delivery incomplete **

There was a temporary problem delivering your message to
legal-kr@google.com. Gmail will retry for 46 more hours. You'll be
notified if the delivery fails permanently.

--0000dsn664yt
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 03 Sep 2024 00:30:40 +0000

Final-Recipient: rfc822; legal-kr@google.com
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp; 421 4.4.7 Temporary server error, please try again later
Will-Retry-Until: Thu, 05 Sep 2024 00:30:40 +0000

--0000dsn664yt
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: [KCSC-240903-02] Request for removal of fraud videos
Message-ID: <{MID["KCSC-240903-02"]}@kcsc.example>
Date: Tue, 03 Sep 2024 09:30:40 +0900

--0000dsn664yt--
""",
)

# ==================================================================== Meta
case(
    name="meta-local-law-restricted-account-disabled",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request reply: content restricted in country under local law; account disabled under Community Standards",
    why="Two items restricted in South Korea, Instagram account disabled (removed)",
    **{"from": "gov-requests@meta.com"}, date=d(9, 1, 17), name_from="Meta Government Requests",
    subject="Re: KCSC-240904-03 Content reported as violating local law",
    reply_to_req=MID["KCSC-240904-03"],
    body=f"""
Hello,

Thank you for your report. We reviewed the content you reported against
our Community Standards and applicable local law.

Based on local law, we have restricted access in South Korea to:
- {FB1}
- {IG1}

The Instagram account {IG3} has been disabled for going against our
Community Guidelines on restricted goods (drugs).

Meta Government Requests Team
""",
    items={FB1: "restricted", IG1: "restricted", IG3: "removed"},
)

case(
    name="meta-removed-and-declined",
    outcome="applied", classification="confirmation",
    imitates="Meta reply: one post removed for Community Standards, one declined after legal review",
    why="Facebook post removed; Instagram reel does not violate standards or local law, no action (rejected)",
    **{"from": "gov-requests@meta.com"}, date=d(10, 5, 44), name_from="Meta Government Requests",
    subject="Re: KCSC-240904-03",
    reply_to_req=MID["KCSC-240904-03"],
    body=f"""
Hi,

We removed this post because it goes against our Community Standards on
restricted goods and services:
{FB2}

After careful review, we found that the reel at
{IG2}
doesn't go against our Community Guidelines, and we were unable to
conclude that it is unlawful under Korean law. We have not taken action on
it.

Meta Government Requests Team
""",
    items={FB2: "removed", IG2: "rejected"},
)

case(
    name="ig-bullets-removed-and-gone",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome list with en-dash bullets",
    why="One post removed; reel already deleted by its owner before review (not_found)",
    **{"from": "no-reply@instagram.com"}, date=d(7, 9, 9), name_from="Instagram",
    subject="Update on your report (KCSC-240904-03)",
    reply_to_req=MID["KCSC-240904-03"],
    body=f"""
Hi,

Here's an update on the content you reported to Instagram.

• {IG1} – Removed. It goes against our Community Guidelines.
• {IG2} – We couldn't review this reel: its owner had already deleted it,
  so it's no longer on Instagram.

Thanks for helping keep Instagram safe.

The Instagram Team
""",
    items={IG1: "removed", IG2: "not_found"},
)

case(
    name="meta-bilingual-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="Meta Korea staff reply in English with a Korean summary (URLs followed by particles and full-width punctuation)",
    why="Reel restricted in Korea, Facebook post removed; the Korean summary says the same",
    **{"from": "jiyoon.park@meta.com"}, date=d(11, 2, 6), name_from="Jiyoon Park",
    subject="RE: KCSC-240904-03 조치 결과 / action taken",
    reply_to_req=MID["KCSC-240904-03"],
    body=f"""
Dear KCSC,

The Instagram reel {IG2} has been restricted in Korea under local law,
and the Facebook post {FB2} has been removed.

[국문 요약]
{IG2}는 국내 접속 차단 조치되었습니다。
{FB2}은(는) 삭제되었습니다.

Best regards,
Jiyoon Park
Public Policy, Meta Korea
""",
    items={IG2: "restricted", FB2: "removed"},
)

case(
    name="meta-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="Meta short reply closing a multi-item request without listing content",
    why="'all of the content you reported' for a five-item request, no URL named: bulk",
    **{"from": "gov-requests@meta.com"}, date=d(12, 0, 50), name_from="Meta Government Requests",
    subject="Re: KCSC-240904-03 Content reported as violating local law",
    reply_to_req=MID["KCSC-240904-03"],
    body="""
Hello,

Thank you for your report. We've removed all of the content you reported
under reference KCSC-240904-03 because it goes against our Community
Standards.

Meta Government Requests Team
""",
    items={u: "pending" for u in META},
)

case(
    name="meta-conflicting-prose-and-table",
    outcome="review", review="conflicting_statements",
    imitates="Meta reply whose prose and summary table disagree about the same post",
    why="Prose says the group post was removed, the summary table says no action for the same URL",
    **{"from": "gov-requests@meta.com"}, date=d(13, 3, 33), name_from="Meta Government Requests",
    subject="Re: KCSC-240904-03",
    reply_to_req=MID["KCSC-240904-03"], type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>We removed the group post at <a href="{FB1}">{FB1}</a> because it goes against our Community Standards.</p>
<p>Summary:</p>
<table border="1" cellpadding="3">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td>{FB1}</td><td>No action taken</td></tr>
</table>
<p>Meta Government Requests Team</p>
</body></html>
""",
    items={FB1: "pending"},
)

case(
    name="meta-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a Meta employee",
    why="Message disposition notification: only says the request was displayed",
    **{"from": "jiyoon.park@meta.com"}, date=d(4, 4, 2), name_from="Jiyoon Park",
    subject="Read: KCSC-240904-03 Request to remove drug sale posts",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_664_meta"

--mdn_664_meta
Content-Type: text/plain; charset=utf-8

Your message

  To: gov-requests@meta.com
  Subject: KCSC-240904-03 Request to remove drug sale posts
  Sent: Wednesday, September 4, 2024 11:15:02 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 1:02:17 PM (UTC+09:00) Seoul.

--mdn_664_meta
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Exchange Server
Final-Recipient: rfc822; jiyoon.park@meta.com
Original-Message-ID: <{MID["KCSC-240904-03"]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_664_meta--
""",
)

# ================================================================== TikTok
case(
    name="tiktok-dsa-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-format decision notice to a notifier (decision, ground, scope per content)",
    why="Two videos removed globally, one restricted in the Republic of Korea",
    **{"from": "noreply-dsa@tiktok.com"}, date=d(9, 12, 0), name_from="TikTok",
    subject="Decision on your report - Ref KCSC-240905-04",
    reply_to_req=MID["KCSC-240905-04"],
    body=f"""
Hello,

We have made a decision on the content you reported.

Content: {TT[0]}
Decision: Content removed
Scope: Global
Ground: Violation of Community Guidelines (Gambling)

Content: {TT[1]}
Decision: Content removed
Scope: Global
Ground: Violation of Community Guidelines (Gambling)

Content: {TT[2]}
Decision: Access restricted
Scope: Republic of Korea
Ground: Illegal under local law

Information about redress, including appeals and out-of-court dispute
settlement, is available at https://www.tiktok.com/legal/page/global/dsa-redress.

TikTok Trust & Safety
""",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "restricted"},
)

case(
    name="tiktok-wrapped-angle-urls",
    outcome="applied", classification="confirmation",
    imitates="TikTok agent reply from a mail client that wraps long URLs inside angle brackets",
    why="First video removed; second video cannot be found (link leads to nothing)",
    **{"from": "legal-kr@tiktok.com"}, date=d(8, 6, 15), name_from="TikTok Legal Korea",
    subject="RE: KCSC-240905-04",
    reply_to_req=MID["KCSC-240905-04"],
    body=f"""
Hello KCSC team,

The video <{TT[0]}> was removed
for violating our Community Guidelines.

We were unable to locate the video <https://www.tiktok.com/@hanbit.deals/video/
7398877665544332211>. The link does not resolve to any content on TikTok.

Kind regards,
TikTok Legal Korea
""",
    items={TT[0]: "removed", TT[2]: "not_found"},
)

case(
    name="tiktok-echoed-report-outcome",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome e-mail that echoes the submitted report fields before the result",
    why="Echo of the report names one video; the outcome line says it was removed",
    **{"from": "noreply@tiktok.com"}, date=d(7, 14, 27), name_from="TikTok",
    subject="We've reviewed your report",
    reply_to_req=MID["KCSC-240905-04"],
    body=f"""
Hi KCSC,

Thanks for your report. Here's a copy of what you submitted:

  Report ID: 7412009381
  Reported content: {TT[1]}
  Reason: Illegal activities and regulated goods - Gambling
  Submitted: 2024-09-05

Outcome: We removed this video because it violates our Community
Guidelines.

TikTok
""",
    items={TT[1]: "removed"},
)

case(
    name="tiktok-spf-fail-claims-removal",
    outcome="review", review="untrusted",
    imitates="Mail claiming to be TikTok legal that fails DKIM/SPF/DMARC",
    why="From tiktok.com but authentication fails: the removal statement is not trusted",
    **{"from": "legal-kr@tiktok.com"}, date=d(6, 3, 3), name_from="TikTok Legal Korea", auth="fail",
    subject="RE: KCSC-240905-04 completed",
    reply_to_req=MID["KCSC-240905-04"],
    body=f"""
Hello,

The video {TT[0]} has been removed.

Kind regards,
TikTok Legal Korea
""",
    items={TT[0]: "pending"},
)

case(
    name="tiktok-ticket-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from TikTok support quoting the original request",
    why="Pure receipt with ticket number; the URLs appear only in the echoed original request",
    **{"from": "support@tiktok.com"}, date=d(5, 5, 8), name_from="TikTok Support",
    subject="[Ticket #5520187] KCSC-240905-04 Request to remove gambling advertising videos",
    reply_to_req=MID["KCSC-240905-04"],
    body=f"""
##- Please type your reply above this line -##

Your request (#5520187) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 5, 2024, 14:07 GMT+9

{quoted_request("KCSC-240905-04", TT, prefix="")}
""",
    items={u: "pending" for u in TT},
)

case(
    name="lawfirm-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="Letter from a content owner's lawyer stating the owner deleted the video",
    why="Not from any platform domain, names our request and a requested URL",
    **{"from": "counsel@hanbit-law.example"}, date=d(8, 1, 40), name_from="Hanbit Law Office",
    subject="Your reference KCSC-240905-04 - hanbit.deals",
    body=f"""
Dear Sir or Madam,

We act for the operator of the TikTok account @hanbit.deals. Our client
has deleted the video at {TT[2]} and requests that the matter be closed.

Yours faithfully,
Hanbit Law Office
""",
    items={TT[2]: "pending"},
)

# ================================================================== Reddit
case(
    name="reddit-admin-removed-and-suspended",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin/Safety team report response: content removed, account suspended",
    why="Thread removed for Content Policy; user account permanently suspended (removed)",
    **{"from": "noreply@reddit.com"}, date=d(10, 19, 4), name_from="Reddit",
    subject="Re: KCSC-240906-05 your report",
    reply_to_req=MID["KCSC-240906-05"],
    body=f"""
Hi there,

Thanks for submitting a report to the Reddit Safety team. After
investigating, we've found that the post at
{RD[0]}
violates Reddit's Content Policy, and we have removed it.

The account {RD[1]} has also been permanently suspended.

Thanks for helping keep Reddit safe,
Reddit Safety
""",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-korean-path-geo-restricted",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply on a country-specific restriction, URL with a raw Korean path",
    why="Thread (raw Korean slug, percent-encoded in requests.csv) geo-restricted for users in South Korea",
    **{"from": "legal@reddit.com"}, date=d(11, 17, 30), name_from="Reddit Legal",
    subject="Re: KCSC-240906-05 - local law request",
    reply_to_req=MID["KCSC-240906-05"],
    body=f"""
Hello,

In response to your request, the following post has been geo-restricted
and is no longer viewable by users in South Korea:

{RD3_RAW}

It remains available in other countries. Reddit's approach to such
requests is described at https://support.reddithelp.com/hc/en-us/articles/government-requests.

Reddit Legal
""",
    items={RD[2]: "restricted"},
)

case(
    name="reddit-hedged-moderators",
    outcome="review", review="not_understood",
    imitates="Reddit admin reply that speculates about community moderators' action",
    why="'may have been removed by the community's moderators' is a hedge, no statement",
    **{"from": "noreply@reddit.com"}, date=d(9, 4, 18), name_from="Reddit",
    subject="Re: KCSC-240906-05 your report",
    reply_to_req=MID["KCSC-240906-05"],
    body=f"""
Hi there,

Thanks for reaching out. The post at {RD[0]} may have been removed
by the community's moderators already; we're checking and will update you
if admin action is needed.

Reddit Safety
""",
    items={RD[0]: "pending"},
)

# ================================================================= Discord
case(
    name="discord-ts-server-removed-message-gone",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply to a government report about an invite and a message link",
    why="Server behind the invite removed; message link points to a message that no longer exists (not_found)",
    **{"from": "safety@discord.com"}, date=d(11, 23, 2), name_from="Discord Trust & Safety",
    subject="Re: KCSC-240909-06 [Discord T&S #30041877]",
    reply_to_req=MID["KCSC-240909-06"],
    body=f"""
Hello,

Thank you for reaching out to Discord Trust & Safety.

We've taken action on the server reached through the invite
{DC[0]}: the server has been removed from Discord and
its owner's account has been disabled.

We were unable to locate the message at
{DC[1]}.
It no longer exists on Discord, so there was nothing further for us to act on.

Discord Trust & Safety
""",
    items={DC[0]: "removed", DC[1]: "not_found"},
)

DC_B64 = f"""Hello,

Following up on KCSC-240909-06.

Both items you reported have been actioned:
{DC[0]} - server deleted
{DC[1]} - message deleted, and the account that posted it has been banned

Discord Trust & Safety
"""

case(
    name="discord-base64-both-deleted",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S ticket reply sent base64-encoded by the ticketing system",
    why="Both URLs named, each with 'deleted'",
    **{"from": "safety@discord.com"}, date=d(13, 6, 51), name_from="Discord Trust & Safety",
    subject="Re: KCSC-240909-06 [Discord T&S #30041877]",
    reply_to_req=MID["KCSC-240909-06"],
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DC_B64)}
""",
    items={DC[0]: "removed", DC[1]: "removed"},
)

case(
    name="discord-asks-for-ids",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord T&S asking for server/message IDs and context before acting",
    why="Asks for more information about a requested URL; no outcome",
    **{"from": "safety@discord.com"}, date=d(10, 2, 35), name_from="Discord Trust & Safety",
    subject="Re: KCSC-240909-06 [Discord T&S #30041877] more information needed",
    reply_to_req=MID["KCSC-240909-06"],
    body=f"""
Hello,

To investigate the message link
{DC[1]}
we need a little more information. Could you please send us:

1. a screenshot of the message as you saw it, and
2. the username of the account that posted it?

Once we have these details we can continue our review.

Discord Trust & Safety
""",
    items={DC[1]: "pending"},
)

case(
    name="discord-dsn-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style permanent failure DSN returning the request with its URLs",
    why="Delivery failure report; the URLs are in the returned original message",
    **{"from": "MAILER-DAEMON@discord.com"}, date=d(9, 6, 31), name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.664.discord"

--dsn.664.discord
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.discord.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<gov-requests@discord.com>: host mx1.discord.com said: 550 5.1.1
    <gov-requests@discord.com>: Recipient address rejected: User unknown

--dsn.664.discord
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.discord.com
Final-Recipient: rfc822; gov-requests@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn.664.discord
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: gov-requests@discord.com
Subject: KCSC-240909-06 Request to remove illegal material
Message-ID: <{MID["KCSC-240909-06"]}@kcsc.example>
Date: Mon, 09 Sep 2024 15:30:12 +0900
Content-Type: text/plain; charset=utf-8

{quoted_request("KCSC-240909-06", DC, prefix="")}

--dsn.664.discord--
""",
    items={u: "pending" for u in DC},
)

# ================================================================== Twitch
case(
    name="twitch-actioned-one-item-request",
    outcome="applied", classification="confirmation",
    imitates="Twitch 'We've actioned on your report' notice (no URL) answering a one-item request",
    why="Sole statement, no URL, channel suspended; the request has a single item, so it applies",
    **{"from": "no-reply@twitch.tv"}, date=d(12, 21, 10), name_from="Twitch",
    subject="We've actioned on your report (KCSC-240910-07)",
    reply_to_req=MID["KCSC-240910-07"],
    body="""
Hi KCSC,

Thank you for your report. Our team reviewed it and found a violation of
Twitch's Community Guidelines. The reported channel has been
indefinitely suspended and can no longer be viewed on Twitch.

Thanks for helping keep Twitch safe.

Twitch Safety
""",
    items={TW[0]: "removed"},
)

case(
    name="twitch-report-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Twitch 'We've received your report' confirmation",
    why="Pure acknowledgement of receipt; no outcome",
    **{"from": "no-reply@twitch.tv"}, date=d(10, 0, 16), name_from="Twitch",
    subject="We've received your report (KCSC-240910-07)",
    reply_to_req=MID["KCSC-240910-07"],
    body="""
Hi KCSC,

We've received your report and it will be reviewed by our Safety team.
Due to privacy reasons we may not be able to share the outcome of every
report.

Twitch Safety
""",
)

# ============================================================ Snap, Pinterest
case(
    name="snap-about-instagram-url",
    outcome="review", review="wrong_platform",
    imitates="Snap law enforcement operations reply about a link that belongs to another service",
    why="Snap states it cannot act on an Instagram URL (a Meta item): statement about another platform's item",
    **{"from": "lawenforcement@snapchat.com"}, date=d(6, 20, 0), name_from="Snap Law Enforcement",
    subject="Re: KCSC-240904-03",
    reply_to_req=MID["KCSC-240904-03"],
    body=f"""
Hello,

We reviewed the link you sent, {IG1}. This content is not hosted on
Snapchat and we are unable to take any action on it. Please contact the
service where the content is hosted.

Snap Law Enforcement Operations
""",
    items={IG1: "pending"},
)

case(
    name="pinterest-policy-newsletter",
    outcome="review", review="no_claims",
    imitates="Pinterest e-mail to government contacts announcing updated request guidelines",
    why="Trusted platform mail naming no item and no request",
    **{"from": "legal@pinterest.com"}, date=d(15, 16, 0), name_from="Pinterest Legal",
    subject="Updates to Pinterest's guidelines for government requests",
    body="""
Hello,

You are receiving this email because you have contacted Pinterest about
content on our service in the past.

We've updated our guidelines for government and law enforcement requests.
Starting 1 October 2024, removal requests should be submitted through our
online form at https://help.pinterest.com/en/contact/government-requests.
Requests sent by email will still be accepted during a transition period.

Pinterest Legal
""",
)

# --------------------------------------------------------------- header
HEADER = """# blind664: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Discord, Twitch, Snapchat, Pinterest). Written by python3 make.py
# from the case list there; expected results come from each email's meaning,
# written before the reader was run on this set. Each case is ingested alone
# into a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind664", HEADER, CASES)


if __name__ == "__main__":
    main()
