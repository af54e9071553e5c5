#!/usr/bin/env python3
"""Blind set 178: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Pinterest; Twitch and Snapchat as senders only).

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
Expected results were written from each email's meaning alone, before the
reader was ever run on them.

    python3 tests/corpus/blind178/make.py
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind178"

# ---------------------------------------------------------------- requests
KO_SLUG = "무료_픽_공유"
KO_SLUG_PCT = "%EB%AC%B4%EB%A3%8C_%ED%94%BD_%EA%B3%B5%EC%9C%A0"

X1 = "https://x.com/nightowl_trader/status/1830118842215503871"
X2 = "https://x.com/nightowl_trader/status/1830119953310221312"
X3 = "https://x.com/bluefinch_kr/status/1829987710045143040"
X4 = "https://x.com/bluefinch_kr/status/1829990012874428416"
X5 = "https://x.com/maple_ledger/status/1830204417786290176"
X6 = "https://x.com/maple_ledger/status/1830207735203135488"
X7 = "https://x.com/quietriver_88/status/1829871126633463808"
X8 = "https://x.com/quietriver_88/status/1829873350882238464"
X9 = "https://x.com/sora_pick_tips/status/1830311908541812736"
X10 = "https://x.com/sora_pick_tips/status/1830312450101952512"
X11 = "https://x.com/hanbit_odds/status/1830055571839016960"
X12 = "https://x.com/hanbit_odds"
X13 = "https://x.com/dalmoon_bet/status/1830402276641120256"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13]

Y1 = "https://www.youtube.com/watch?v=Qm7rT2xLp4A"
Y2 = "https://www.youtube.com/watch?v=bV9kZ0eWn3s"
Y3 = "https://www.youtube.com/shorts/Hx3dF8yPq1M"
Y4 = "https://www.youtube.com/@goldline_signals"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/sunnyslots.kr/posts/1029384756120394/"
M2 = "https://www.facebook.com/permalink.php?story_fbid=pfbid02xYq8KfR3mWz&id=100089234561234"
M3 = "https://www.instagram.com/p/C9kLm2QxR4t/"
M4 = "https://www.instagram.com/p/C9nBv7WsT1e/"
M5 = "https://www.instagram.com/lucky_dosa_official/"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@mintcandle.kr/video/7409912345678901234"
T2 = "https://www.tiktok.com/@mintcandle.kr/video/7410023456789012345"
T3 = "https://www.tiktok.com/@paper_moon_deals/video/7408834567890123456"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/kbettingtips/comments/1f4x9qa/" + KO_SLUG_PCT + "/"
R1_RAW = "https://www.reddit.com/r/kbettingtips/comments/1f4x9qa/" + KO_SLUG + "/"
R2 = "https://www.reddit.com/r/kbettingtips/comments/1f5b2zk/daily_odds_thread/"

D1 = "https://discord.gg/7hQbXk2R"

P1 = "https://www.pinterest.com/pin/982736451203948576/"
P2 = "https://www.pinterest.com/pin/982736451203951102/"

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", XS, "gambling", "illegal online gambling promotion"),
    ("KCSC-240904-02", "youtube", "2024-09-04", "2024-09-11", YS, "gambling", "betting tip channel"),
    ("KCSC-240905-03", "meta", "2024-09-05", "2024-09-12", MS, "gambling", "Facebook and Instagram casino ads"),
    ("KCSC-240906-04", "tiktok", "2024-09-06", "2024-09-13", TS, "drugs", "drug sale videos"),
    ("KCSC-240909-05", "reddit", "2024-09-09", "2024-09-16", [R1, R2], "gambling", "betting picks subreddit"),
    ("KCSC-240910-06", "discord", "2024-09-10", "2024-09-17", [D1], "gambling", "betting server invite"),
    ("KCSC-240911-07", "pinterest", "2024-09-11", "2024-09-18", [P1, P2], "drugs", "pins advertising drugs"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{req_mid(ref)}@kcsc.example,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def alt(plain, html, boundary):
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{plain.strip()}

--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{html.strip()}

--{boundary}--
"""


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= X (KCSC-240903-01)
case(
    name="x-legal-withheld-and-removed-list",
    outcome="applied", classification="confirmation",
    imitates="X Legal reply to a government removal request: country-withheld list and X Rules removals",
    why="numbered lists under two unhedged headings: five posts withheld in KR, two removed; the rest only 'still being assessed' without URLs",
    date="Thu, 05 Sep 2024 09:14:27 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove unlawful content - Case# 0193847261",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your correspondence regarding KCSC-240903-01.

We have reviewed the reported content under the laws of the Republic of
Korea and under the X Rules. X has taken the following action.

Withheld in South Korea (KR):
1. {X1}
2. {X2}
3. {X3}
4. {X4}
5. {X5}

Removed for violating the X Rules (Illegal or certain regulated goods or
services):
6. {X7}
7. {X8}

The remaining URLs in your notice are still being assessed and we will
follow up separately.

In line with our policies the affected account holders have been notified,
and a copy of this request may be published on Lumen. You can learn more
about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X4: "restricted",
           X5: "restricted", X7: "removed", X8: "removed"},
)

case(
    name="x-suspension-removal-notfound-prose",
    outcome="applied", classification="confirmation",
    imitates="X Trust & Safety follow-up in prose: account suspended, its post unavailable, one post not located",
    why="account suspended (removed) and its post no longer available (removed); a post that does not exist or was deleted by its author (not_found)",
    date="Fri, 06 Sep 2024 02:41:09 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="Your report (ref. KCSC-240903-01) - update",
    body=f"""
Hi there,

We're following up on your report, reference KCSC-240903-01.

We have permanently suspended the account {X12} for violating our rules on
illegal or certain regulated goods or services. As a result, its posts,
including {X11}, are no longer available on X.

We could not locate {X13}. The post does not exist or has already been
deleted by the account holder, so there was nothing for us to act on.

Thanks for helping keep X safe.

X Support
""",
    items={X12: "removed", X11: "removed", X13: "not_found"},
)

case(
    name="x-url-then-action-below",
    outcome="applied", classification="confirmation",
    imitates="X legal case update form: 'URL:' line followed by 'Action taken:' line per item",
    why="status on the line below each URL: two withheld in KR, one refused with its reason",
    date="Mon, 09 Sep 2024 07:03:55 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Case update - KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Case update - KCSC-240903-01

Below is the outcome for the items we reviewed in this round.

URL: {X9}
Action taken: Content withheld in KR

URL: {X10}
Action taken: Content withheld in KR

URL: {X6}
Action taken: No action. We did not find this post to violate the X Rules,
and the request did not set out a sufficient legal basis for withholding it.

If you have additional information you would like us to consider, please
reply to this email.

X Legal
""",
    items={X9: "restricted", X10: "restricted", X6: "rejected"},
)

case(
    name="x-html-table-outcomes",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome email with an HTML table (Content / Action) and a plain-text alternative",
    why="table rows: withheld (KR) restricted, removed, no violation rejected, deleted by user not_found",
    date="Tue, 10 Sep 2024 11:22:18 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="RE: KCSC-240903-01 - Outcome of your request",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=alt(
        f"""
Hello,

The outcome of our review of your request KCSC-240903-01 is below.

Content                                                   Action
{X1}   Withheld (KR)
{X3}     Removed - violation of the X Rules
{X8}   No violation found - no action
{X10}  Not found - post deleted by the user

X Legal
""",
        f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>The outcome of our review of your request KCSC-240903-01 is below.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Content</th><th>Action</th></tr>
<tr><td><a href="{X1}">{X1}</a></td><td>Withheld (KR)</td></tr>
<tr><td><a href="{X3}">{X3}</a></td><td>Removed - violation of the X Rules</td></tr>
<tr><td><a href="{X8}">{X8}</a></td><td>No violation found - no action</td></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>Not found - post deleted by the user</td></tr>
</table>
<p>X Legal</p>
</body></html>
""",
        "=_xt_5521a"),
    items={X1: "restricted", X3: "removed", X8: "rejected", X10: "not_found"},
)

case(
    name="x-outlook-qp-top-posted",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from an X legal operations agent, quoted-printable, over the unquoted original request",
    why="one post removed in the reply; the URLs in the request below -----Original Message----- are ours and stay pending",
    date="Wed, 11 Sep 2024 16:48:02 +0000",
    **{"from": "a.morgan@x.com"}, name_from="Alex Morgan",
    subject="RE: [KCSC-240903-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""
Hello,

Following our review, the post {X6} has been removed for violating the X Rules.

We don't have an update on the other URLs at this time.

Kind regards,
Alex Morgan
Legal Operations – X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 5:40 PM
To: legal@x.com
Subject: [KCSC-240903-01] Request for removal of illegal gambling promotion

Dear X Legal team,

The Korea Communications Standards Commission asks you to remove or block
access from Korea to the following posts, which promote illegal online
gambling:

{X1}
{X2}
{X3}
{X6}
{X9}

Please reply by 10 September 2024.

KCSC Takedown desk
"""),
    items={X6: "removed", X1: "pending", X2: "pending", X3: "pending", X9: "pending"},
)

case(
    name="x-dsa-style-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="X notice of action in the shape of a DSA statement of reasons (decision, territorial scope, grounds, redress)",
    why="decision is a visibility restriction: the post is withheld in the Republic of Korea",
    date="Thu, 12 Sep 2024 05:30:40 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Notice of action taken - KCSC-240903-01",
    body=f"""
Notice of action taken

Reference: KCSC-240903-01
Content: {X5}
Decision: Restriction of visibility - the post is withheld in the Republic of Korea
Territorial scope: KR only
Ground for the decision: Alleged illegal content under the law of the
Republic of Korea (illegal gambling)
Facts relied on: Notice submitted by the Korea Communications Standards
Commission on 3 September 2024
Use of automated means: No automated detection; decision taken by a human reviewer

Redress: the account holder may appeal this decision at
https://help.x.com/forms/legal-request-appeal

X Corp. Legal
""",
    items={X5: "restricted"},
)

case(
    name="x-bilingual-korea-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="Bilingual (Korean/English) reply from a platform's Korea liaison, URLs in full-width brackets and before Korean particles",
    why="one post restricted in Korea (접속이 제한), one removed (삭제); URLs followed by full-width ')' and Korean particles",
    date="Fri, 13 Sep 2024 01:12:09 +0000",
    **{"from": "korea-policy@x.com"}, name_from="X Korea Policy",
    subject="[KCSC-240903-01] =?UTF-8?B?" + base64.b64encode("조치 결과 안내".encode()).decode() + "?= / Action taken",
    body=f"""
안녕하세요, 방송통신심의위원회 담당자님.

요청하신 KCSC-240903-01 건 중 아래 게시물에 대한 조치 결과를 안내드립니다.

1. 게시물（{X7}）은 한국 내에서 접속이 제한되었습니다.
2. {X3}의 경우 X 규칙 위반으로 삭제되었습니다.

English summary:
- {X7} : withheld in South Korea.
- {X3} : removed for violating the X Rules.

감사합니다.
X Korea Public Policy
""",
    items={X7: "restricted", X3: "removed"},
)

case(
    name="x-angle-bracket-urls",
    outcome="applied", classification="confirmation",
    imitates="short X Safety agent reply with URLs in angle brackets inside a sentence",
    why="two posts named in angle brackets, both removed for breaking the rules",
    date="Mon, 16 Sep 2024 08:05:51 +0000",
    **{"from": "safety@x.com"}, name_from="X Safety",
    subject="Re: KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello KCSC team,

The posts <{X2}> and <{X4}> were removed today for violating our
Illegal or certain regulated goods or services policy.

Best,
X Safety
""",
    items={X2: "removed", X4: "removed"},
)

# --- X review / ignored
case(
    name="x-promise-once-review-complete",
    outcome="review", review="not_understood",
    imitates="X legal holding reply promising to withhold content after legal review",
    why="'will be withheld once our legal review is complete' is a promise with a condition: nothing applied",
    date="Wed, 04 Sep 2024 10:40:00 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove unlawful content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

We have looked into your request. Subject to the outcome of our legal
review, the posts below will be withheld in South Korea once that review is
complete:

- {X9}
- {X10}
- {X11}

We aim to update you within five business days.

X Legal
""",
    items={X9: "pending", X10: "pending", X11: "pending"},
)

case(
    name="x-forged-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="X legal outcome notice whose x.com sender fails DKIM/SPF/DMARC",
    why="x.com From but authentication fails: the claims are not trusted",
    auth="fail",
    date="Thu, 12 Sep 2024 14:20:33 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Outcome of your request KCSC-240903-01",
    body=f"""
Hello,

We have withheld the following posts in South Korea:

{X11}
{X13}

X Legal
""",
    items={X11: "pending", X13: "pending"},
)

case(
    name="x-staff-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' from an X legal staffer",
    why="out-of-office auto-reply",
    date="Tue, 03 Sep 2024 09:01:12 +0000",
    **{"from": "j.holloway@x.com"}, name_from="Jordan Holloway",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email.

Legal requests from authorities should be submitted through
https://legal.x.com/ so that they reach the team on duty.

Jordan
""",
)

# ================================================================= YouTube (KCSC-240904-02)
case(
    name="yt-legal-blocked-kr-and-removed",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome: content blocked from view in a country, plus a Community Guidelines removal",
    why="two videos blocked in South Korea (restricted), the Short removed globally; the channel only 'still reviewing' without its URL",
    date="Fri, 06 Sep 2024 03:15:44 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240904-02] YouTube legal removal request",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for reaching out to us.

Following a review of your request, we have blocked the following content
from view on YouTube in South Korea, based on local law:

- {Y1}
- {Y2}

In addition, the following content was removed from YouTube globally for
violating our Community Guidelines:

- {Y3}

We are still looking into the channel you reported and will get back to you.

Regards,
The YouTube Legal Support Team
""",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-channel-terminated-video-kept",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply: channel terminated under spam/scam policy, one video left up with reason",
    why="channel terminated (removed); video not found to violate policy or law, not removed (rejected)",
    date="Mon, 09 Sep 2024 06:28:13 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube",
    subject="Your YouTube legal request KCSC-240904-02",
    body=f"""
Hi,

After reviewing your request, we terminated the channel
{Y4} for violating our spam, deceptive practices and scams policies.

Regarding {Y1}: we did not find that this video violates our Community
Guidelines, and the information provided was not sufficient for us to
restrict it under local law. We are therefore not taking action on it.

Sincerely,
The YouTube Team
""",
    items={Y4: "removed", Y1: "rejected"},
)

case(
    name="yt-age-restricted-base64",
    outcome="applied", classification="confirmation",
    imitates="YouTube notice that a video has been age-restricted, base64-encoded body",
    why="'we have age-restricted the video' is restricted",
    date="Tue, 10 Sep 2024 12:02:39 +0000",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    subject="Update on your request KCSC-240904-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""
Hello,

We reviewed the video you reported in request KCSC-240904-02.

We have age-restricted the video {Y2}. It can no longer be watched by
viewers who are signed out or under 18, and it is not shown in most parts
of YouTube.

Learn more about age restrictions:
https://support.google.com/youtube/answer/2802167

– The YouTube Team
"""),
    items={Y2: "restricted"},
)

case(
    name="yt-csv-attachment-per-url",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with a per-URL CSV export attached",
    why="CSV rows: removed, restricted (South Korea), no action (rejected), channel does not exist (not_found)",
    date="Wed, 11 Sep 2024 04:44:21 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Outcome report - KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    raw_mime="""Content-Type: multipart/mixed; boundary="=_yt_csv_01"

--=_yt_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for each URL in your request KCSC-240904-02.

Regards,
YouTube Legal Support

--=_yt_csv_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-02_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240904-02_outcome.csv"
Content-Transfer-Encoding: base64

""" + b64(f"""url,decision,scope,notes
{Y1},Removed,Global,Community Guidelines - spam and scams
{Y2},Restricted,South Korea,Local law
{Y3},No action,,Not in violation of our policies or local law
{Y4},Not found,,Channel does not exist
""") + """
--=_yt_csv_01--
""",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected", Y4: "not_found"},
)

case(
    name="yt-dsa-statement-html",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML-only 'statement of reasons' style decision notice",
    why="decision: content removed (Community Guidelines), territorial scope global",
    date="Thu, 12 Sep 2024 09:51:07 +0000",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    subject="Decision on content you reported (KCSC-240904-02)",
    type="html",
    body=f"""
<html><body>
<h3>Decision on content you reported</h3>
<p>Reference: KCSC-240904-02</p>
<table cellpadding="4">
<tr><td><b>Content</b></td><td><a href="{Y3}">{Y3}</a></td></tr>
<tr><td><b>Decision</b></td><td>Content removed</td></tr>
<tr><td><b>Territorial scope</b></td><td>Global</td></tr>
<tr><td><b>Reason</b></td><td>Violation of the Community Guidelines (regulated goods: gambling)</td></tr>
<tr><td><b>Automated means</b></td><td>Flagged by a person, decided by a human reviewer</td></tr>
</table>
<p>The uploader can appeal this decision in YouTube Studio.
See <a href="https://support.google.com/youtube/answer/185111">our appeals page</a>.</p>
<p>&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>
""",
    items={Y3: "removed"},
)

case(
    name="yt-hedged-appears-removed",
    outcome="review", review="not_understood",
    imitates="YouTube support agent reply with hedged observations ('appears', 'may have been')",
    why="'appears to have been removed' and 'may have been set to private' are hedges, not statements",
    date="Fri, 06 Sep 2024 11:37:26 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240904-02] YouTube legal removal request",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hi there,

Thanks for your patience. When we checked, it appears that
{Y1} has already been removed, and {Y2} may have been set to private by
the uploader. We're confirming with the responsible team and will follow up
with a final answer.

Best regards,
Mina
YouTube Legal Support
""",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="yt-under-review-list",
    outcome="review", review="not_understood",
    imitates="YouTube legal status email listing each URL as 'Under review'",
    why="every listed item is 'under review': no status stated",
    date="Mon, 09 Sep 2024 02:10:58 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Status of your request KCSC-240904-02",
    body=f"""
Hello,

Here is the current status of the items in request KCSC-240904-02:

{Y1} - Under review
{Y3} - Under review
{Y4} - Under review (escalated to specialist team)

You don't need to resubmit. We'll email you once a decision is made.

YouTube Legal Support
""",
    items={Y1: "pending", Y3: "pending", Y4: "pending"},
)

case(
    name="yt-webform-confirmation-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal web form automatic confirmation echoing the submission",
    why="automated receipt; the URLs only appear in the echoed copy of our submission",
    date="Wed, 04 Sep 2024 08:02:45 +0000",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    subject="[0-3871000045127] Thanks for your legal removal request (KCSC-240904-02)",
    body=f"""
Thanks for submitting your request. This is an automated confirmation that
we have received it. Your request ID is 0-3871000045127.

We'll review your request and contact you by email if we need more
information. Please don't reply to this message.

----- Copy of your submission -----
Product: YouTube
Your reference: KCSC-240904-02
URLs of the content:
{Y1}
{Y2}
{Y3}
{Y4}
Legal basis: Act on Promotion of Information and Communications Network
Utilization, Art. 44-7
----------------------------------

Google LLC
""",
)

# ================================================================= Meta (KCSC-240905-03)
case(
    name="meta-local-law-restricted-and-removed",
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction-by-local-law reply to a government authority",
    why="two Instagram posts restricted in South Korea, the Facebook group post removed under Community Standards",
    date="Mon, 09 Sep 2024 13:26:30 +0000",
    **{"from": "legal-removals@meta.com"}, name_from="Meta Content Response",
    subject="Re: KCSC-240905-03 - Request regarding content on Facebook and Instagram",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Dear Sir or Madam,

Reference: KCSC-240905-03

Thank you for your report. We first reviewed the content against our
Community Standards and then, where it did not go against them, against
local law.

The following content went against our Community Standards and has been
removed:

    {M1}

Based on our legal review, we have restricted access in South Korea to the
following content:

    {M3}
    {M4}

We have notified the people who posted this content.

Sincerely,
Meta Content Response Team
""",
    items={M1: "removed", M3: "restricted", M4: "restricted"},
)

case(
    name="meta-gmail-reply-wrapped-link",
    outcome="applied", classification="confirmation",
    imitates="Meta operations agent reply above a Gmail-style quoted request; long link wrapped inside angle brackets",
    why="wrapped permalink not found, Instagram account kept (rejected), one post only 'may already have been removed' (pending); quoted lines are ours",
    date="Tue, 10 Sep 2024 15:09:12 +0000",
    **{"from": "content-ops@fb.com"}, name_from="Priya Nair (Meta)",
    subject="Re: KCSC-240905-03 - Request regarding content on Facebook and Instagram",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for your follow-up. Updates on three of the links:

We could not find any content at
<https://www.facebook.com/permalink.php?story_fbid=pfbid02xYq8KfR3mWz&
id=100089234561234>. The post does not exist on Facebook.

The Instagram account {M5} does not go against our Community Standards
and we found no basis under local law to restrict it, so we haven't taken
action on it.

The post {M3} may already have been removed by its owner; I'm checking
with the team and will confirm.

Best,
Priya

On Thu, 5 Sep 2024 at 17:02, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Meta,
>
> Please remove or restrict the following content:
> {M1}
> {M2}
> {M3}
> {M4}
> {M5}
>
> KCSC Takedown desk
""",
    items={M2: "not_found", M5: "rejected", M3: "pending", M1: "pending", M4: "pending"},
)

case(
    name="meta-instagram-we-removed-html",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'We removed the post you reported' notification, HTML with text alternative",
    why="the named post was removed for going against the Community Guidelines",
    date="Wed, 11 Sep 2024 07:55:19 +0000",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    subject="We removed the post you reported",
    raw_mime=alt(
        f"""
Thanks for your report - we removed the post

We removed lucky_dosa_official's post {M4} because it goes against our
Community Guidelines on the sale of regulated goods.

Your report reference: KCSC-240905-03

Learn more about our Community Guidelines:
https://help.instagram.com/477434105621119
""",
        f"""
<html><body>
<h2>Thanks for your report &mdash; we removed the post</h2>
<p>We removed lucky_dosa_official's post <a href="{M4}">{M4}</a> because it goes
against our Community Guidelines on the sale of regulated goods.</p>
<p>Your report reference: KCSC-240905-03</p>
<p><a href="https://help.instagram.com/477434105621119">Learn more about our Community Guidelines</a></p>
</body></html>
""",
        "=_ig_7f21"),
    items={M4: "removed"},
)

case(
    name="meta-bulk-taken-action",
    outcome="review", review="bulk",
    imitates="Meta short reply: action taken on all reported content, no links",
    why="'taken action on all of the content you reported' for a five-item request names no item",
    date="Thu, 12 Sep 2024 10:33:48 +0000",
    **{"from": "legal-removals@meta.com"}, name_from="Meta Content Response",
    subject="Re: KCSC-240905-03 - Request regarding content on Facebook and Instagram",
    reply_to_req=req_mid("KCSC-240905-03"),
    body="""
Hello,

We've reviewed your request KCSC-240905-03 and have taken action on all of
the content you reported. The people who shared it have been notified.

Thank you,
Meta Content Response Team
""",
    items={M1: "pending", M2: "pending", M3: "pending", M4: "pending", M5: "pending"},
)

case(
    name="meta-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a Meta staff mailbox",
    why="message disposition notification only",
    date="Fri, 06 Sep 2024 00:48:03 +0000",
    **{"from": "s.kwon@meta.com"}, name_from="Sora Kwon",
    subject="Read: KCSC-240905-03 - Request regarding content on Facebook and Instagram",
    reply_to_req=req_mid("KCSC-240905-03"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_88c"

--=_mdn_88c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message

  To: legal-removals@meta.com
  Subject: KCSC-240905-03 - Request regarding content on Facebook and Instagram
  Sent: Thursday, September 5, 2024 5:02:11 PM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 9:48:00 AM (UTC+09:00) Seoul.

--=_mdn_88c
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822;s.kwon@meta.com
Original-Message-ID: <req.KCSC-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_88c--
""",
)

# ================================================================= TikTok (KCSC-240906-04)
case(
    name="tiktok-text-table-geo-restricted",
    outcome="applied", classification="confirmation",
    imitates="TikTok government request team outcome with a plain-text table",
    why="two videos geo-restricted in KR, one removed for a Community Guidelines violation",
    date="Mon, 09 Sep 2024 08:19:35 +0000",
    **{"from": "government-requests@tiktok.com"}, name_from="TikTok Government Relations",
    subject="RE: KCSC-240906-04 | Removal request outcome",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Dear KCSC,

Thank you for your request KCSC-240906-04. Please see the outcome below.

Content URL                                                          Action
{T1}      Geo-restricted (KR)
{T2}      Geo-restricted (KR)
{T3}   Removed (Community Guidelines)

Geo-restricted content is no longer viewable in the Republic of Korea.

Kind regards,
TikTok Law Enforcement & Government Outreach
""",
    items={T1: "restricted", T2: "restricted", T3: "removed"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="TikTok statement of reasons (DSA Art. 17 field layout) sent to the notifier",
    why="type of restriction: access to the video disabled in the territory of Korea (restricted)",
    date="Tue, 10 Sep 2024 06:41:27 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject="Statement of reasons - your report KCSC-240906-04",
    body=f"""
Statement of reasons

Notice reference: KCSC-240906-04
Content concerned: {T2}
Type of restriction: Visibility - access to the video has been disabled in
the territory of the Republic of Korea
Territorial scope: Republic of Korea
Basis: Illegal content under local law (sale of controlled substances)
Facts and circumstances: Notice received from a government authority
Automated means used: Detection - no; Decision - no
Redress available to the uploader: internal appeal in the app, out-of-court
dispute settlement, or judicial redress.

TikTok Trust & Safety
""",
    items={T2: "restricted"},
)

case(
    name="tiktok-status-heading-url-below",
    outcome="applied", classification="confirmation",
    imitates="TikTok agent reply: status as a heading, URL on the line below",
    why="'Removed:' over one URL, 'Could not be found (deleted by the creator)' over another",
    date="Wed, 11 Sep 2024 12:13:00 +0000",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: KCSC-240906-04",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Hi,

Update on your request:

Removed:
{T3}

Could not be found (the video was deleted by the creator before our review):
{T2}

Regards,
Daniel
TikTok Legal
""",
    items={T3: "removed", T2: "not_found"},
)

case(
    name="tiktok-gmail-quoted-request",
    outcome="applied", classification="confirmation",
    imitates="TikTok agent top-posted reply over a Gmail '>' quoted request",
    why="one video removed globally, one no longer available in South Korea; the third URL is only in the quoted request",
    date="Thu, 12 Sep 2024 03:58:41 +0000",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: [KCSC-240906-04] Request to remove drug sale videos",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Hi,

Thanks for your patience. The video {T1} has been removed globally. The
other video, {T2}, is no longer available in South Korea.

Best regards,
TikTok Legal

On Fri, Sep 6, 2024 at 4:15 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear TikTok,
>
> Please remove the following videos offering drugs for sale:
> 1. {T1}
> 2. {T2}
> 3. {T3}
>
> KCSC Takedown desk
""",
    items={T1: "removed", T2: "restricted", T3: "pending"},
)

case(
    name="tiktok-lookalike-domain",
    outcome="review", review="unknown_sender",
    imitates="phishing-style 'TikTok Trust & Safety' message from a lookalike domain",
    why="sender domain is not TikTok's: claims about TikTok items cannot be trusted",
    date="Thu, 12 Sep 2024 18:22:10 +0000",
    **{"from": "safety@tiktok-support-center.com"}, name_from="TikTok Trust & Safety",
    subject="KCSC-240906-04 resolved - confirm your account",
    body=f"""
Dear Partner,

Your request KCSC-240906-04 has been resolved. The videos
{T1} and {T3} were removed.

To view the full report, confirm your partner account within 24 hours:
https://tiktok-support-center.com/partner/verify

TikTok Trust & Safety
""",
    items={T1: "pending", T3: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok government request portal receipt with a reference number",
    why="pure receipt: request received, reference number created",
    date="Fri, 06 Sep 2024 07:16:02 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject="We've received your request (KCSC-240906-04)",
    body="""
Hello,

We've received your request. Your reference number is TT-GR-2024-0906-88123.

Please keep this number for any future correspondence about this request.
Our team will review it and respond by email.

This mailbox is not monitored.

TikTok Law Enforcement & Government Outreach
""",
)

case(
    name="twitch-not-on-our-service",
    outcome="review", review="wrong_platform",
    imitates="Twitch Trust & Safety reply to a misdirected notice about content on another service",
    why="Twitch states a TikTok video cannot be found: a platform speaking about another platform's item",
    date="Fri, 13 Sep 2024 20:04:39 +0000",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    subject="Re: KCSC-240906-04",
    body=f"""
Hello,

Thank you for contacting Twitch. We could not find the content at
{T3} on Twitch; this link does not point to our service and does not exist
on Twitch. Please send your request to the service that hosts it.

Twitch Trust & Safety
""",
    items={T3: "pending"},
)

# ================================================================= Reddit (KCSC-240909-05)
case(
    name="reddit-legal-korean-slug",
    outcome="applied", classification="confirmation",
    imitates="Reddit Legal Operations reply to a government removal request, raw Korean URL slug",
    why="first post (raw Korean path) removed by Reddit, second left up because it breaks no rule (rejected)",
    date="Wed, 11 Sep 2024 17:45:23 +0000",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    subject="Re: KCSC-240909-05 removal request",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
Hi,

Thanks for your request KCSC-240909-05.

We removed the post {R1_RAW} for violating Reddit's Content Policy on
illegal transactions.

We declined to remove {R2}. It is a discussion thread that does not itself
violate our Content Policy, and the request did not show that it is
unlawful.

Reddit Legal Operations
""",
    items={R1: "removed", R2: "rejected"},
)

case(
    name="reddit-html-removed-and-gone",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety HTML notice with linked posts",
    why="second post removed by Reddit; first post already deleted by its author (not_found)",
    date="Fri, 13 Sep 2024 09:30:06 +0000",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    subject="Update on your report (KCSC-240909-05)",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi there,</p>
<p>Thanks for submitting a report to the Reddit Safety team.</p>
<p>After investigating, we removed <a href="{R2}">this post</a>
({R2}) for breaking Reddit's rules.</p>
<p>The other post you reported, <a href="{R1}">{R1_RAW}</a>, had already been
deleted by its author before we reviewed it, so there was nothing left for us to act on.</p>
<p>Thanks again for helping keep Reddit safe.<br>Reddit Safety</p>
<p style="font-size:11px;color:#888">Reddit, Inc. &middot; <a href="https://www.reddit.com/help/contentpolicy">Content Policy</a></p>
</body></html>
""",
    items={R2: "removed", R1: "not_found"},
)

case(
    name="reddit-both-removed-no-links",
    outcome="review", review="bulk",
    imitates="Reddit admin one-line answer covering the whole request",
    why="'both posts have been removed' names neither URL, for a two-item request",
    date="Thu, 12 Sep 2024 21:02:54 +0000",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    subject="Re: KCSC-240909-05 removal request",
    reply_to_req=req_mid("KCSC-240909-05"),
    body="""
Hello,

Both posts in your request KCSC-240909-05 have been removed.

Reddit Legal Operations
""",
    items={R1: "pending", R2: "pending"},
)

case(
    name="reddit-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'your request has been received' receipt from a Reddit help desk",
    why="pure receipt with a ticket number",
    date="Mon, 09 Sep 2024 10:06:30 +0000",
    **{"from": "support@reddit.com"}, name_from="Reddit Help",
    subject="[Reddit Help] Re: KCSC-240909-05 removal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Reddit Help
""",
)

# ================================================================= Discord (KCSC-240910-06, one item)
case(
    name="discord-server-removed-one-item",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome: reported server removed, no link repeated",
    why="states the reported server was removed; the request has a single item",
    date="Thu, 12 Sep 2024 22:17:45 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: KCSC-240910-06 - report about a Discord server",
    reply_to_req=req_mid("KCSC-240910-06"),
    body="""
Hi there,

Thanks for your report (KCSC-240910-06). We've investigated the server you
reported and removed it from Discord for violating our Community Guidelines
on regulated and illegal activities. The invite no longer works.

Discord Trust & Safety
""",
    items={D1: "removed"},
)

case(
    name="discord-invite-invalid",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply: invite link invalid, server cannot be identified",
    why="the invite link is invalid and the server could not be identified: not_found",
    date="Fri, 13 Sep 2024 04:50:31 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: KCSC-240910-06 - report about a Discord server",
    body=f"""
Hello,

The invite link {D1} is invalid: it has expired or was revoked, and we were
unable to identify any server associated with it. We have therefore not
located any content to review.

If you have a server ID or message links, you can submit a new report at
https://dis.gd/request.

Discord Trust & Safety
""",
    items={D1: "not_found"},
)

case(
    name="discord-asks-message-links",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord Trust & Safety asking the reporter for message links and IDs",
    why="asks for message links / server ID before it can investigate; no status",
    date="Wed, 11 Sep 2024 01:29:14 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: KCSC-240910-06 - report about a Discord server",
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""
Hi,

Thanks for reaching out. To investigate {D1} we need more information.
Invite links change often, so could you please send us:

- the server ID, and
- message links to the specific content you are reporting.

You can find instructions here: https://support.discord.com/hc/en-us/articles/206346498

Once we have them, we'll take a look.

Discord Trust & Safety
""",
    items={D1: "pending"},
)

case(
    name="discord-unmonitored-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="Discord 'this mailbox is not monitored' automatic reply",
    why="auto-generated reply from an unmonitored mailbox",
    date="Tue, 10 Sep 2024 08:00:19 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    subject="Auto: KCSC-240910-06 - report about a Discord server",
    reply_to_req=req_mid("KCSC-240910-06"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automated reply. This mailbox is not monitored and messages sent
to it are not read.

To report content to Discord, please use https://dis.gd/request.
""",
)

# ================================================================= Pinterest (KCSC-240911-07)
case(
    name="pinterest-both-pins-removed",
    outcome="applied", classification="confirmation",
    imitates="Pinterest Trust & Safety reply naming each Pin removed",
    why="each Pin named and stated removed/deactivated",
    date="Fri, 13 Sep 2024 15:40:02 +0000",
    **{"from": "trust-safety@pinterest.com"}, name_from="Pinterest Trust & Safety",
    subject="Re: [KCSC-240911-07] Pins advertising drugs",
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""
Hi KCSC team,

Thanks for letting us know. We've reviewed the Pins you reported:

* {P1} - removed for violating our Community Guidelines (drugs)
* {P2} - removed, and the account that saved it has been deactivated

Best,
Pinterest Trust & Safety
""",
    items={P1: "removed", P2: "removed"},
)

case(
    name="pinterest-restricted-and-kept",
    outcome="applied", classification="confirmation",
    imitates="Pinterest legal reply: one Pin blocked in Korea, one left up with reason",
    why="first Pin unavailable in South Korea (restricted), second does not violate guidelines and stays up (rejected)",
    date="Mon, 16 Sep 2024 06:12:47 +0000",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    subject="Re: [KCSC-240911-07] Pins advertising drugs",
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""
Hello,

Pin {P1} is now unavailable to people in South Korea in response to your
legal request.

Pin {P2} links to a general news article and does not violate our
Community Guidelines, so we have left it up.

Regards,
Pinterest Legal
""",
    items={P1: "restricted", P2: "rejected"},
)

case(
    name="pinterest-conditional-will-remove",
    outcome="review", review="not_understood",
    imitates="Pinterest holding reply with a conditional commitment",
    why="'if our review finds ... they will be removed' is a condition and a promise",
    date="Thu, 12 Sep 2024 02:26:55 +0000",
    **{"from": "trust-safety@pinterest.com"}, name_from="Pinterest Trust & Safety",
    subject="Re: [KCSC-240911-07] Pins advertising drugs",
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""
Hello,

We're looking into the Pins you flagged:
{P1}
{P2}

If our review finds that they violate our Community Guidelines or local
law, they will be removed or made unavailable in South Korea. We'll let you
know the outcome.

Pinterest Trust & Safety
""",
    items={P1: "pending", P2: "pending"},
)

case(
    name="pinterest-law-firm-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="letter from a law office acting for an account holder, claiming the content was deleted",
    why="sender is not a platform; the claim that the Pins were deleted cannot change statuses",
    date="Fri, 13 Sep 2024 07:31:18 +0000",
    **{"from": "counsel@hanul-law.example"}, name_from="Hanul Law Office",
    subject="KCSC-240911-07 - on behalf of the account holder",
    body=f"""
Dear Sir or Madam,

We act for the holder of the Pinterest account concerned by your request
KCSC-240911-07. Our client has deleted the Pins
{P1} and {P2}, and asks that the matter be closed.

Yours faithfully,
Hanul Law Office
""",
    items={P1: "pending", P2: "pending"},
)

case(
    name="pinterest-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification: request to a Pinterest address undeliverable",
    why="bounce (DSN) carrying our request; the URLs are in the returned message",
    date="Wed, 11 Sep 2024 05:03:29 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_3a1"

--=_dsn_3a1
Content-Type: text/plain; charset=utf-8
Content-Description: Notification

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@pinterest.com>: host mx1.pinterest.com[203.0.113.44] said:
    550 5.1.1 <policy-kr@pinterest.com>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)

--=_dsn_3a1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 14:03:25 +0900 (KST)

Final-Recipient: rfc822; policy-kr@pinterest.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.pinterest.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_dsn_3a1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@pinterest.com
Subject: [KCSC-240911-07] Pins advertising drugs
Date: Wed, 11 Sep 2024 14:03:20 +0900
Message-ID: <req.KCSC-240911-07@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Pinterest,

Please remove the following Pins, which advertise drugs for sale:
{P1}
{P2}

KCSC Takedown desk

--=_dsn_3a1--
""",
)

# ================================================================= Snapchat (no request)
case(
    name="snapchat-policy-update-no-items",
    outcome="review", review="no_claims",
    imitates="Snap legal notice to authorities about a change of intake channel",
    why="trusted platform email that names no item and no request",
    date="Tue, 17 Sep 2024 16:00:00 +0000",
    **{"from": "lawenforcement@snapchat.com"}, name_from="Snap Law Enforcement Operations",
    subject="Update: how Snap receives government content removal requests",
    body="""
Dear partner,

From 1 October 2024, Snap will only accept content removal requests from
government authorities through our Law Enforcement Service Portal at
https://les.snapchat.com. Requests sent by email after that date will
receive an automatic reply pointing to the portal.

Our Law Enforcement Guide has been updated accordingly:
https://values.snap.com/safety/law-enforcement

Snap Inc. Law Enforcement Operations
""",
)

# ------------------------------------------------------------------------
HEADER = """# Blind set 178 (English notices from many platforms): expected results
# written from each email's meaning alone, before the reader was run.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
