#!/usr/bin/env python3
"""Blind set 954 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Every email is written
in our own words after a short look at public notice templates; URLs, names
and ids are fictional. Expected results come from each email's meaning
alone, written before any run of the reader.

    python3 tests/corpus/blind954/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind954"

# ---------------------------------------------------------------- requests
CAFE = "솔바람장터"
CAFE_ENC = quote(CAFE)

X = {i: u for i, u in enumerate([
    "https://x.com/nightowl_deals/status/1835501120000000101",
    "https://x.com/nightowl_deals/status/1835501120000000102",
    "https://x.com/nightowl_deals/status/1835501120000000117",
    "https://x.com/pinewood_tips/status/1835611230000000204",
    "https://x.com/pinewood_tips/status/1835611230000000219",
    "https://x.com/grey_lantern88/status/1835722340000000305",
    "https://x.com/grey_lantern88/status/1835722340000000318",
    "https://x.com/grey_lantern88/status/1835722340000000326",
    "https://x.com/bluemarsh_kr/status/1835833450000000411",
    "https://x.com/bluemarsh_kr/status/1835833450000000430",
    "https://x.com/coinrain_vip/status/1835944560000000507",
    "https://x.com/coinrain_vip",
], start=1)}
T = {
    1: "https://t.me/quietdock_market/118",
    2: "https://t.me/quietdock_market/131",
    3: "https://t.me/silver_ferry/2045",
    4: "https://t.me/silver_ferry/2071",
    5: "https://t.me/lanternyard",
    6: "https://t.me/harborfog_news/552",
    7: "https://t.me/harborfog_news/560",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm7dLx2VfKa",
    2: "https://www.youtube.com/watch?v=Hn3pRt8WcZe",
    3: "https://www.youtube.com/watch?v=bT5kYw1NsGo",
    4: "https://www.youtube.com/@mapleridge_tv",
    5: "https://www.youtube.com/shorts/Vx4cPq9LmTe",
}
N = {
    1: "https://blog.naver.com/dawnpetal77/223571840012",
    2: "https://blog.naver.com/dawnpetal77/223571840195",
    3: f"https://cafe.naver.com/{CAFE_ENC}/4412",
    4: f"https://cafe.naver.com/{CAFE_ENC}/4419",
}
N_RAW = {3: f"https://cafe.naver.com/{CAFE}/4412", 4: f"https://cafe.naver.com/{CAFE}/4419"}
K = {
    1: "https://cafe.daum.net/moonwharf/Fz3k/318",
    2: "https://bluefox-note.tistory.com/57",
    3: "https://bluefox-note.tistory.com/61",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240917-01", "x", "2024-09-17T10:02:00+09:00", "2024-09-27", "gambling",
     [X[i] for i in range(1, 13)], "largest request: posts and one account"),
    ("KCSC-240917-02", "telegram", "2024-09-17T14:30:00+09:00", "2024-09-27", "drugs",
     [T[1], T[2], T[3], T[4], T[5]], ""),
    ("KCSC-240918-03", "youtube", "2024-09-18T09:15:00+09:00", "2024-09-28", "defamation",
     [Y[1], Y[2], Y[3], Y[4]], "three videos and a channel"),
    ("KCSC-240918-04", "naver", "2024-09-18T11:40:00+09:00", "2024-09-28", "defamation",
     [N[1], N[2], N[3], N[4]], "cafe URLs stored percent-encoded"),
    ("KCSC-240919-05", "kakao", "2024-09-19T10:00:00+09:00", "2024-09-29", "privacy",
     [K[1], K[2], K[3]], "Daum cafe and Tistory"),
    ("KCSC-240919-06", "telegram", "2024-09-19T16:20:00+09:00", "2024-09-29", "privacy",
     [T[6], T[7]], ""),
    ("KCSC-240920-07", "youtube", "2024-09-20T13:05:00+09:00", "2024-09-30", "harassment",
     [Y[5]], "one Short"),
]


def mid(ref):
    return f"req.{ref}@kcsc.example"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def h(s):
    """RFC 2047 encoded header text (for Korean subjects and names)."""
    return Header(s, "utf-8").encode()


def request_text(ref, raw_korean=False):
    for r, plat, sent, due, cat, urls, note in REQUESTS:
        if r == ref:
            break
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission (KCSC) asks you to remove",
        f"or disable access to the content below (our reference {ref}), which",
        "was found to be illegal information under Korean law.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"Please reply by {due}.", "", "KCSC Takedown Desk", "takedown@kcsc.example"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X (applied)
case(
    name="x-withheld-whereas-no-violation",
    date="Fri, 20 Sep 2024 08:11:42 +0000",
    **{"from": "ko-legal@x.com"},
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=f"req.{R1}",
    body=f"""
Hello,

Thank you for your report regarding reference {R1}.

After review, the post at {X[1]} has been withheld in South Korea, whereas {X[3]} was found not to violate the X Rules or applicable local law and remains available.

We have notified the account holder in line with our policy on country withheld content (https://help.x.com/en/rules-and-policies/post-withheld-by-country).

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome email (country withheld content notice)",
    why="one sentence: first post withheld in KR, second found not violating and left up",
    items={X[1]: "restricted", X[3]: "rejected"},
)

case(
    name="x-numbered-list-five-outcomes",
    date="Mon, 23 Sep 2024 02:47:10 +0000",
    **{"from": "ko-legal@x.com"},
    subject=f"Re: [{R1}] Request to remove content - partial outcome",
    reply_to_req=f"req.{R1}",
    body=f"""
Hi KCSC team,

Below is the outcome for each item of your request {R1} that we have completed so far:

1. {X[4]} - Removed (violation of our Violent Speech policy)
2. {X[5]} - Withheld in KR
3. {X[6]} - No action; the post does not violate our rules
4. {X[7]} - Unable to locate; this post ID does not exist
5. {X[8]} - Withheld in KR

The remaining items are still being reviewed and we will follow up separately.

Policy reference: https://help.x.com/en/rules-and-policies/violent-speech

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team per-item outcome list",
    why="numbered list mixing removed, withheld, no action and not found; the rest still under review",
    items={X[4]: "removed", X[5]: "restricted", X[6]: "rejected", X[7]: "not_found", X[8]: "restricted"},
)

case(
    name="x-correction-later-paragraph",
    date="Tue, 24 Sep 2024 00:58:03 +0000",
    **{"from": "ko-legal@x.com"},
    name_from="Jamie Okafor (X Legal)",
    subject=f"RE: [{R1}] Request to remove content",
    reply_to_req=f"req.{R1}",
    body=f"""
Hello,

Regarding {R1}: the post {X[9]} has been withheld in the Republic of Korea.

Correction to the above, after a second reviewer looked at it this morning: that post violated our Private Information policy, so it has been removed globally rather than only withheld in Korea. Apologies for the confusion.

Best,
Jamie
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal ops reply with a correction paragraph",
    why="a later paragraph explicitly corrects 'withheld in Korea' to 'removed globally'",
    items={X[9]: "removed"},
)

case(
    name="x-not-removed-but-withheld",
    date="Mon, 23 Sep 2024 05:30:00 +0000",
    **{"from": "ko-legal@x.com"},
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=f"req.{R1}",
    body=f"""
Hello,

We have not removed {X[10]} from X. It has, however, been withheld in South Korea in response to your legal demand, so it cannot be viewed from Korean IP addresses.

Ref: {R1}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld reply stating what was not done",
    why="negation of removal followed by a firm withheld-in-KR statement",
    items={X[10]: "restricted"},
)

case(
    name="x-account-suspended-relative-hedge",
    date="Wed, 25 Sep 2024 11:02:19 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject=f"Your report {R1} - account action",
    body=f"""
Hello,

The account {X[12]}, which we understand other people had also flagged for spam, has been permanently suspended for violating our rules on financial scams and fraud.

Thanks for helping keep X safe.

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice to a reporter",
    why="the hedge sits in a relative clause; the main clause states the account is suspended",
    items={X[12]: "removed"},
)

case(
    name="x-top-posted-over-gmail-quote",
    date="Thu, 26 Sep 2024 07:14:55 +0000",
    **{"from": "ko-legal@x.com"},
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=f"req.{R1}",
    body=f"""
Hello,

{X[6]} and {X[7]} have been withheld in South Korea. {X[8]} does not break our rules and will stay up.

Thanks,
X Legal

On Tue, 17 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text(R1))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="three statements above the quote; the quoted 12 URLs carry no status",
    items={X[6]: "restricted", X[7]: "restricted", X[8]: "rejected"},
)

case(
    name="x-outlook-original-message",
    date="Fri, 27 Sep 2024 01:20:44 +0000",
    **{"from": "dwhitfield@x.com"},
    name_from="Dana Whitfield",
    subject=f"RE: [{R1}] Request to remove content",
    reply_to_req=f"req.{R1}",
    body=f"""
Hi,

Status update for your request:

{X[1]} : withheld in KR
{X[2]} : withheld in KR

Kind regards,
Dana Whitfield
Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:02 AM
To: legal@x.com
Subject: [{R1}] Request to remove content

{request_text(R1)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with -----Original Message----- block",
    why="two withheld lines above the unprefixed quoted request",
    items={X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-refusal-with-reason-bullets",
    date="Thu, 26 Sep 2024 09:41:37 +0000",
    **{"from": "ko-legal@x.com"},
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=f"req.{R1}",
    body=f"""
Hello,

We reviewed the posts listed below in connection with {R1}. In our assessment they do not violate the X Rules, and the information provided does not establish that they are unlawful in Korea. We are therefore declining to take action on them.

  * {X[9]}
  * {X[10]}

If a Korean court issues an order concerning these posts, you can submit it through https://legal.x.com/ko/gov-request and we would review it again.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X refusal letter with reasons and a pointer to the legal request portal",
    why="a reasoned refusal for each listed post; the court-order sentence is a condition, not a status",
    items={X[9]: "rejected", X[10]: "rejected"},
)

# ================================================================ Telegram (applied)
case(
    name="tg-channel-blocked-hedge-in-relative",
    date="Sat, 21 Sep 2024 12:33:08 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject=f"Re: {R2} Case #5531207",
    reply_to_req=f"req.{R2}",
    body=f"""
Hello,

Thank you for your report (Case #5531207).

The channel {T[5]}, which may also have been reported by other users, has been blocked for violating the Telegram Terms of Service. It is no longer accessible on any Telegram app.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply on a blocked channel",
    why="'may' belongs to the relative clause about other reporters; the channel is blocked",
    items={T[5]: "removed"},
)

case(
    name="tg-removed-and-appears-deleted",
    date="Sun, 22 Sep 2024 06:05:51 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: Case #5531207",
    reply_to_req=f"req.{R2}",
    body=f"""
Hi,

Regarding Case #5531207:

The message {T[1]}, which our moderators removed on 21 September, offered illegal goods for sale. The other message you listed, {T[2]}, appears to have been deleted by the channel owner before we reviewed it, but we cannot confirm this from our side.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with a moderator note",
    why="first post stated removed (in a relative clause, as fact); second only 'appears' and unconfirmed",
    items={T[1]: "removed", T[2]: "pending"},
)

case(
    name="tg-bare-url-status-below",
    date="Mon, 23 Sep 2024 10:10:10 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    subject=f"Results for your report {R2}",
    reply_to_req=f"req.{R2}",
    body=f"""
Hello,

Results for your report {R2}:

{T[3]}
Status: Blocked

{T[4]}
Status: No violation found. This message stays available.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA contact form result summary",
    why="bare URL with its status on the next line: one blocked, one no violation",
    items={T[3]: "removed", T[4]: "rejected"},
)

case(
    name="tg-harborfog-one-down-one-refused",
    date="Tue, 24 Sep 2024 13:48:27 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject=f"Re: {R6}",
    reply_to_req=f"req.{R6}",
    body=f"""
Hello,

We looked into the two messages in your request {R6}.

{T[6]} has been taken down.
We are not able to remove {T[7]}: it is a news report about a court case and does not break the Telegram Terms of Service, so it will remain available.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply refusing one item with a reason",
    why="first taken down; second refused with a reason (news report, no ToS breach)",
    items={T[6]: "removed", T[7]: "rejected"},
)

case(
    name="tg-angle-brackets-wrapped",
    date="Wed, 25 Sep 2024 04:22:40 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject=f"Re: {R2} Case #5531207",
    reply_to_req=f"req.{R2}",
    body=f"""
Dear KCSC,

Following your request of 17 September ({R2}), the posts
<{T[1]}> and <{T[2]}>
have both been taken down by our moderators. The channel
<{T[5]}> was not blocked: we found no content in it that
breaches our Terms of Service.

Case #5531207
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply, hard-wrapped, URLs in angle brackets",
    why="two posts named and taken down; channel refused with a reason",
    items={T[1]: "removed", T[2]: "removed", T[5]: "rejected"},
)

# ================================================================ YouTube (applied)
case(
    name="yt-statuses-by-position",
    date="Mon, 23 Sep 2024 15:00:12 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: {R3} - Legal removal request",
    reply_to_req=f"req.{R3}",
    body=f"""
Hello,

Thank you for your notice {R3}. We reviewed the following content:

1. {Y[1]}
2. {Y[2]}
3. {Y[3]}
4. {Y[4]}

Items 1 and 3 have been removed from YouTube for violating our harassment and cyberbullying policy. Item 2 has been blocked from view in South Korea under local law. Item 4 (the channel as a whole) does not violate our Community Guidelines, and we have not taken action on it.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email",
    why="statuses given by list position: 1 and 3 removed, 2 blocked in KR, 4 no action",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "removed", Y[4]: "rejected"},
)

case(
    name="yt-echoed-report-short",
    date="Tue, 24 Sep 2024 03:19:00 +0000",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject="Update on your report",
    body=f"""
Hi KCSC Takedown Desk,

Here is an update on content you reported.

Reported content: {Y[5]}
Your reference: {R7}
Reason you gave: Harassment of a private individual
Report ID: 7Q2-88L-4XW

Decision: Removed. We reviewed the Short and found that it violates our Community Guidelines on harassment.

Learn more about our policies: https://support.google.com/youtube/answer/2802268

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'update on your report' notification echoing the report",
    why="echoed report followed by a clear 'Decision: Removed'",
    items={Y[5]: "removed"},
)

case(
    name="yt-one-item-sole-statement",
    date="Wed, 25 Sep 2024 06:40:33 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: {R7} - Legal removal request",
    reply_to_req=f"req.{R7}",
    body=f"""
Hi,

We've reviewed the Short you reported in request {R7} and removed it under our harassment policy.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="short YouTube legal support reply without the URL",
    why="the request has one item; the reply removes 'the Short' without naming the URL",
    items={Y[5]: "removed"},
)

yt_table_plain = f"""Hello,

Below is the current status of the content in {R3}.

URL | Action
{Y[1]} | Removed
{Y[2]} | Under review

Update (24 Sep 2024): since this table was prepared, {Y[2]} has been age-restricted.

YouTube Legal Support
"""
yt_table_html = f"""<html><body>
<p>Hello,</p>
<p>Below is the current status of the content in {R3}.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>Removed</td></tr>
<tr><td><a href="{Y[2]}">{Y[2]}</a></td><td>Under review</td></tr>
</table>
<p><b>Update (24 Sep 2024):</b> since this table was prepared, <a href="{Y[2]}">{Y[2]}</a> has been age-restricted.</p>
<p>YouTube Legal Support</p>
</body></html>
"""
case(
    name="yt-table-then-dated-update",
    date="Tue, 24 Sep 2024 09:12:45 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: {R3} - status",
    reply_to_req=f"req.{R3}",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="yt-alt-954"

--yt-alt-954
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{yt_table_plain}
--yt-alt-954
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{yt_table_html}
--yt-alt-954--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube status table email with a dated update under it",
    why="table: first removed, second under review; the dated update below revises the second to age-restricted",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

yt_b64_text = f"""Hello,

We have completed our review of two items from {R3}.

- {Y[3]} : removed for violating YouTube's policy on harmful or dangerous content.
- {Y[4]} : we have decided not to take action. The channel's content is commentary that does not violate our Community Guidelines or local law as we understand it.

If you disagree with this decision you may send us additional information.

YouTube Legal Support
"""
case(
    name="yt-base64-removed-and-declined",
    date="Thu, 26 Sep 2024 02:02:02 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: {R3} - Legal removal request",
    reply_to_req=f"req.{R3}",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(yt_b64_text.encode("utf-8"))}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support decision email (base64 body)",
    why="video removed; channel declined with a reason",
    items={Y[3]: "removed", Y[4]: "rejected"},
)

# ================================================================ NAVER (applied)
case(
    name="naver-prose-particles",
    date="Fri, 20 Sep 2024 06:30:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 게시물 신고센터"),
    subject=h(f"[네이버] {R4} 게시중단 요청 처리 결과 안내"),
    reply_to_req=f"req.{R4}",
    body=f"""
안녕하세요, 네이버 게시물 신고센터입니다.

귀 위원회에서 요청하신 건({R4})에 대한 처리 결과를 알려드립니다.

요청하신 게시물 중 {N[1]} 은 게시중단 조치하였으며, {N[2]} 는 이미 작성자가 삭제하여 존재하지 않는 게시물입니다.

나머지 카페 게시물은 확인 후 별도로 안내드리겠습니다.

감사합니다.
네이버 게시물 신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 메일",
    why="one sentence: first post 게시중단, second already deleted by its author",
    items={N[1]: "removed", N[2]: "not_found"},
)

case(
    name="naver-cafe-raw-korean-path",
    date="Sat, 21 Sep 2024 01:15:20 +0000",
    **{"from": "cafe-report@naver.com"},
    name_from=h("네이버 카페 운영지원"),
    subject=h(f"Re: [{R4}] 카페 게시글 조치 결과"),
    reply_to_req=f"req.{R4}",
    body=f"""
안녕하세요. 네이버 카페 운영지원팀입니다.

카페 게시글 {N_RAW[3]}에 대해서는 임시조치(30일)를 하였습니다.
또한 게시글（{N_RAW[4]}）은 카페 운영원칙 위반으로 블라인드 처리되었습니다.

이용에 참고 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 임시조치·블라인드 안내",
    why="raw Korean-path URLs with an attached particle and full-width parentheses: 임시조치 and 블라인드",
    items={N[3]: "restricted", N[4]: "removed"},
)

case(
    name="naver-not-deleted-but-restricted",
    date="Mon, 23 Sep 2024 07:45:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원"),
    subject=h(f"Re: [{R4}] 시정요구 조치 결과"),
    reply_to_req=f"req.{R4}",
    body=f"""
안녕하십니까.

{N[3]} 게시글은 삭제하지 않았습니다. 다만 관련 법령 검토 결과에 따라 해당 게시글에 대한 국내 접근을 제한하였습니다.

문의 사항은 회신 주시기 바랍니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 회신 (접근 제한)",
    why="negated deletion followed by a firm 국내 접근 제한",
    items={N[3]: "restricted"},
)

naver_csv = (
    "번호,URL,처리결과,비고\n"
    f"1,{N[1]},삭제,\n"
    f"2,{N[2]},게시중단,\n"
    f"3,{N[3]},게시유지,권리침해 소명 부족으로 조치하지 않음\n"
    f"4,{N[4]},게시물 없음,작성자 삭제\n"
)
case(
    name="naver-csv-attachment",
    date="Wed, 25 Sep 2024 05:05:05 +0000",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 게시물 신고센터"),
    subject=h(f"[네이버] {R4} 처리 결과 (첨부)"),
    reply_to_req=f"req.{R4}",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="nv-mix-954"

--nv-mix-954
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 게시물 신고센터입니다.

요청번호 {R4} 건의 게시물별 처리 결과를 첨부 파일로 보내드립니다.

감사합니다.

--nv-mix-954
Content-Type: text/csv; charset=utf-8; name="result_{R4}.csv"
Content-Disposition: attachment; filename="result_{R4}.csv"
Content-Transfer-Encoding: base64

{b64(naver_csv.encode("utf-8"))}
--nv-mix-954--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 CSV 첨부 메일",
    why="CSV rows: 삭제, 게시중단, 게시유지 with reason, 게시물 없음 (deleted by author)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "rejected", N[4]: "not_found"},
)

case(
    name="naver-later-addendum-by-number",
    date="Thu, 26 Sep 2024 08:20:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 게시물 신고센터"),
    subject=h(f"Re: [{R4}] 처리 현황"),
    reply_to_req=f"req.{R4}",
    body=f"""
안녕하세요. 요청번호 {R4} 처리 현황입니다.

1. {N[2]} : 현재 검토 중
2. {N_RAW[4]} : 게시중단 완료

[추가 안내] 위 1번 게시물도 본 메일을 작성하는 중에 검토가 끝나 게시중단 조치되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 현황 메일 with an addendum",
    why="item 1 'under review' is revised by the addendum (by its number) to 게시중단; item 2 게시중단",
    items={N[2]: "removed", N[4]: "removed"},
)

# ================================================================ Kakao (applied)
case(
    name="kakao-mixed-one-sentence",
    date="Mon, 23 Sep 2024 02:00:00 +0000",
    **{"from": "report-noreply@kakaocorp.com"},
    name_from=h("카카오 권리침해 신고센터"),
    subject=h(f"[카카오] {R5} 요청 건 처리 결과"),
    reply_to_req=f"req.{R5}",
    body=f"""
안녕하세요, 카카오 권리침해 신고센터입니다.

요청하신 3건 중 다음 카페 게시글 {K[1]} 은 블라인드 처리하였고 티스토리 게시글 {K[2]} 은 삭제하였으나, {K[3]} 은 검토 결과 위법성이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해 신고 처리 결과 안내",
    why="one sentence with three statuses: 블라인드, 삭제, refused with a reason",
    items={K[1]: "removed", K[2]: "removed", K[3]: "rejected"},
)

kakao_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 카카오 티스토리 운영팀입니다.</p>
<p>요청번호 {R5} 의 티스토리 게시글 처리 결과는 아래와 같습니다.</p>
<table border="1" style="border-collapse:collapse">
<tr><th>신고 URL</th><th>조치 결과</th><th>조치 일시</th></tr>
<tr><td>{K[2]}</td><td>삭제</td><td>2024-09-24 10:12</td></tr>
<tr><td>{K[3]}</td><td>접근 제한(대한민국)</td><td>2024-09-24 10:15</td></tr>
</table>
<p>자세한 운영정책은 <a href="https://www.tistory.com/policy">운영정책 페이지</a>를 참고해 주세요.</p>
</body></html>
"""
case(
    name="kakao-qp-html-table",
    date="Tue, 24 Sep 2024 02:30:00 +0000",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from=h("티스토리 운영팀"),
    subject=h(f"[티스토리] {R5} 게시글 조치 안내"),
    reply_to_req=f"req.{R5}",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(kakao_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory 게시글 조치 안내 (HTML table, quoted-printable)",
    why="HTML table: one 삭제, one 접근 제한 in Korea; the policy link is not an item",
    items={K[2]: "removed", K[3]: "restricted"},
)

case(
    name="kakao-status-headings",
    date="Wed, 25 Sep 2024 03:03:03 +0000",
    **{"from": "report-noreply@kakaocorp.com"},
    name_from=h("카카오 권리침해 신고센터"),
    subject=h(f"[카카오] {R5} 조치 결과 통보"),
    reply_to_req=f"req.{R5}",
    body=f"""
{R5} 요청 건의 조치 결과를 아래와 같이 통보드립니다.

■ 삭제 완료
 - {K[1]}

■ 미조치 (사유: 공익 목적의 비평 게시물로 판단)
 - {K[3]}

카카오 권리침해 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 조치 결과 통보 grouped under status headings",
    why="status given by the heading above each URL: 삭제 완료 and 미조치 with a reason",
    items={K[1]: "removed", K[3]: "rejected"},
)

# ================================================================ review
case(
    name="x-promise-to-withhold",
    date="Sat, 21 Sep 2024 04:04:04 +0000",
    **{"from": "ko-legal@x.com"},
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=f"req.{R1}",
    body=f"""
Hello,

Thanks for your patience. Our legal team has reviewed {X[1]} and {X[2]} and we expect to withhold both in South Korea once the internal sign-off is complete, which usually takes two business days. We'll confirm by email when that's done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with an expected action",
    why="only an expectation ('we expect to withhold ... once'): a promise, nothing done",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="tg-hedges-appears-may",
    date="Fri, 20 Sep 2024 18:18:18 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: Case #5531207",
    reply_to_req=f"req.{R2}",
    body=f"""
Hi,

Re: Case #5531207. The message {T[3]} appears to have been removed already, possibly by the channel admins. {T[4]} may no longer be accessible in some regions; we are checking with the team responsible.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk interim reply",
    why="both statements hedged ('appears', 'may'); nothing firm",
    items={T[3]: "pending", T[4]: "pending"},
)

case(
    name="naver-asks-for-decision-copy",
    date="Thu, 19 Sep 2024 05:50:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원"),
    subject=h(f"Re: [{R4}] 추가 자료 요청"),
    reply_to_req=f"req.{R4}",
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

{R4} 건과 관련하여 {N[1]} 및 {N[2]} 게시물에 대한 조치를 검토하기 위해 위법성 판단 근거(심의 의결서 사본)를 추가로 보내주시기 바랍니다.

자료가 접수되는 대로 임시조치 여부를 결정할 예정입니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER 추가 소명자료 요청 메일",
    why="asks for the decision document; 임시조치 only as a future decision",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="yt-bulk-all-removed",
    date="Fri, 27 Sep 2024 04:44:44 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: {R3} - Legal removal request",
    reply_to_req=f"req.{R3}",
    body=f"""
Hello,

We have completed our review of your request {R3}. All of the videos and the channel identified in your notice have been removed from YouTube for violating our Community Guidelines.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="review", review="bulk",
    imitates="YouTube legal support blanket outcome email",
    why="one statement for all four items of a four-item request, none named",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="x-dmarc-fail",
    date="Sat, 21 Sep 2024 22:10:09 +0000",
    **{"from": "legal@x.com"},
    auth="fail",
    name_from="X Legal",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=f"req.{R1}",
    body=f"""
Hello,

The following posts have been removed from X:

{X[1]}
{X[2]}
{X[3]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email failing DKIM/SPF/DMARC",
    why="claims from an x.com address whose authentication failed",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="tg-channel-admin-gmail",
    date="Sun, 22 Sep 2024 11:11:11 +0000",
    **{"from": "quietdock.admin@gmail.com"},
    name_from="Seo Min-jae",
    subject=f"Re: {R2}",
    body=f"""
Hello,

I run the Telegram channel quietdock_market. I have deleted the post {T[1]} that you reported in {R2}. Please close the case.

Seo
""",
    outcome="review", review="unknown_sender",
    imitates="channel owner writing to the regulator from a personal mailbox",
    why="a Gmail sender, not Telegram, claims a deletion",
    items={T[1]: "pending"},
)

case(
    name="naver-search-delisted-tistory",
    date="Tue, 24 Sep 2024 06:06:06 +0000",
    **{"from": "search-policy@navercorp.com"},
    name_from=h("네이버 검색 정책"),
    subject=h(f"[네이버 검색] {R5} 관련 검색 노출 제외 안내"),
    body=f"""
안녕하세요, 네이버 검색 정책 담당자입니다.

{R5} 건으로 전달받은 {K[2]} 게시물은 네이버 검색 결과에서 삭제(검색 노출 제외)하였습니다.

원문 게시물은 당사 서비스가 아니므로 해당 서비스 운영자에게 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER 검색 노출 제외 안내",
    why="NAVER states a status for a Tistory (Kakao) item: only its own search listing changed",
    items={K[2]: "pending"},
)

case(
    name="naver-table-contradicted-by-note",
    date="Wed, 25 Sep 2024 09:09:09 +0000",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 게시물 신고센터"),
    subject=h(f"Re: [{R4}] 조치 결과"),
    reply_to_req=f"req.{R4}",
    body=f"""
안녕하세요. {R4} 건의 조치 결과입니다.

번호 | URL | 조치결과
1 | {N[1]} | 게시중단

※ 참고: 1번 게시물({N[1]})은 검토 결과 명예훼손에 해당하지 않는 것으로 판단되어 게시를 유지하고 있습니다.

감사합니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="NAVER 조치 결과 table with a 참고 note",
    why="the table says 게시중단, the undated note says the post is kept up: a contradiction to ask about",
    items={N[1]: "pending"},
)

case(
    name="x-intake-moved-notice",
    date="Wed, 25 Sep 2024 00:00:30 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Changes to how X receives legal requests from Korea",
    body="""
Hello,

Starting 1 October 2024, X will accept legal requests from Korean authorities only through our online portal at https://legal.x.com/ko/gov-request. Emails sent to our former legal mailboxes will no longer be processed after that date.

The portal lets you track each request and download our responses.

X Legal
""",
    outcome="review", review="no_claims",
    imitates="X notice about its legal request intake channel",
    why="trusted X mail naming no item and no request",
    items={},
)

case(
    name="yt-still-under-review",
    date="Sun, 22 Sep 2024 08:08:08 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: {R3} - update",
    reply_to_req=f"req.{R3}",
    body=f"""
Hello,

This is an update on {R3}. {Y[1]} and {Y[2]} are still under review by our policy specialists, as the content needs to be assessed against local law. We aim to reply by 30 September.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim update",
    why="'still under review' is not a status; items named",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="kakao-not-yet-deleted",
    date="Sat, 21 Sep 2024 03:33:33 +0000",
    **{"from": "report-noreply@kakaocorp.com"},
    name_from=h("카카오 권리침해 신고센터"),
    subject=h(f"[카카오] {R5} 진행 상황 안내"),
    reply_to_req=f"req.{R5}",
    body=f"""
안녕하세요, 카카오 권리침해 신고센터입니다.

{K[1]} 게시글은 아직 삭제되지 않았으며, 카페 운영자의 소명을 받은 뒤 조치 여부를 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao 신고 진행 상황 안내",
    why="'not yet deleted' plus a promise to decide later: neither removed nor refused",
    items={K[1]: "pending"},
)

case(
    name="tg-harborfog-both-unnamed",
    date="Mon, 23 Sep 2024 21:21:21 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject=f"Re: {R6}",
    reply_to_req=f"req.{R6}",
    body=f"""
Hello,

Re: {R6}. Both of the messages you reported in the harborfog_news channel have been taken down.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram abuse desk one-line reply",
    why="'both of the messages' for a two-item request without naming either",
    items={T[6]: "pending", T[7]: "pending"},
)

# ================================================================ ignored
case(
    name="x-out-of-office",
    date="Tue, 17 Sep 2024 01:03:00 +0000",
    **{"from": "dwhitfield@x.com"},
    name_from="Dana Whitfield",
    subject=f"Automatic reply: [{R1}] Request to remove content",
    reply_to_req=f"req.{R1}",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 30 September with limited access to email.

For urgent legal requests, please write to legal@x.com.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-ooo-korean",
    date="Wed, 18 Sep 2024 02:41:00 +0000",
    **{"from": "jh.kang@navercorp.com"},
    name_from=h("강지현"),
    subject=h(f"[자동회신] 부재중입니다: [{R4}] 게시중단 요청"),
    reply_to_req=f"req.{R4}",
    extra_headers=["X-Autoreply: yes", "Precedence: auto_reply"],
    body=f"""
안녕하세요. 강지현입니다.

9월 18일부터 9월 27일까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 보내 주시기 바랍니다.

(이 메일은 자동으로 발송되었습니다.)

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Subject: [{R4}] 게시중단 요청

{request_text(R4)}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean groupware 부재중 자동회신 with the original below",
    why="Korean out-of-office auto-reply quoting the request",
    items={},
)

naver_dsn_orig = f"""Date: Wed, 18 Sep 2024 11:40:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: [{R4}] Request to remove content
Message-ID: <{mid(R4)}>
Content-Type: text/plain; charset=utf-8

{request_text(R4)}
"""
case(
    name="naver-dsn-user-unknown",
    date="Wed, 18 Sep 2024 02:40:05 +0000",
    **{"from": "MAILER-DAEMON@navercorp.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-954-nv"

--dsn-954-nv
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@navercorp.com>: host store3.navercorp.com[198.51.100.44] said:
    550 5.1.1 <policy-old@navercorp.com>: Recipient address rejected:
    User unknown in local recipient table

--dsn-954-nv
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
X-Postfix-Queue-ID: 4X8kQ21zLmz9
Arrival-Date: Wed, 18 Sep 2024 11:40:02 +0900 (KST)

Final-Recipient: rfc822; policy-old@navercorp.com
Original-Recipient: rfc822;policy-old@navercorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; store3.navercorp.com
Diagnostic-Code: smtp; 550 5.1.1 <policy-old@navercorp.com>: Recipient
    address rejected: User unknown in local recipient table

--dsn-954-nv
Content-Type: message/rfc822

{naver_dsn_orig}
--dsn-954-nv--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown)",
    why="bounce carrying the original request with its URLs",
    items={},
)

case(
    name="yt-dsn-address-not-found",
    date="Fri, 20 Sep 2024 04:05:10 +0000",
    **{"from": "mailer-daemon@google.com"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-954-g"

--dsn-954-g
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to yt-legal-korea@google.com because the
address couldn't be found, or is unable to receive mail.

--dsn-954-g
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-sor-f41.google.com
Arrival-Date: Fri, 20 Sep 2024 13:05:08 +0900

Final-Recipient: rfc822; yt-legal-korea@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn-954-g
Content-Type: text/rfc822-headers

Date: Fri, 20 Sep 2024 13:05:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: yt-legal-korea@google.com
Subject: [{R7}] Request to remove content: {Y[5]}
Message-ID: <{mid(R7)}>

--dsn-954-g--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification",
    why="bounce; the URL appears only in the returned Subject header",
    items={},
)

case(
    name="yt-mdn-displayed",
    date="Thu, 19 Sep 2024 00:31:00 +0000",
    **{"from": "jlee@google.com"},
    name_from="Jisoo Lee",
    subject=f"Read: {R3} - Legal removal request",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-954"

--mdn-954
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: {R3} - Legal removal request
  Sent: Wednesday, September 18, 2024 9:15 AM (UTC+09:00) Seoul

was read on Thursday, September 19, 2024 9:31 AM (UTC+09:00) Seoul.

--mdn-954
Content-Type: message/disposition-notification

Reporting-UA: jlee-laptop.corp.google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jlee@google.com
Original-Message-ID: <{mid(R3)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-954--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification)",
    why="read receipt",
    items={},
)

case(
    name="tg-ticket-receipt-echo",
    date="Tue, 17 Sep 2024 05:31:12 +0000",
    **{"from": "noreply@telegram.org"},
    name_from="Telegram Support",
    subject=f"Case #5531207 received: {R2}",
    body=f"""
Hello,

We've received your report. Case #5531207 has been created for it.

Reported links:
{T[1]}
{T[2]}
{T[3]}
{T[4]}
{T[5]}

Our team will review the content and contact you if more information is needed. Please do not reply to this message.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram ticket receipt echoing the reported links",
    why="pure receipt; the echoed links carry no status",
    items={},
)

case(
    name="kakao-receipt-korean",
    date="Thu, 19 Sep 2024 01:02:03 +0000",
    **{"from": "report-noreply@kakaocorp.com"},
    name_from=h("카카오 권리침해 신고센터"),
    subject=h("[카카오] 권리침해 신고가 접수되었습니다"),
    reply_to_req=f"req.{R5}",
    body=f"""
안녕하세요, 카카오 권리침해 신고센터입니다.

보내주신 신고({R5})가 정상적으로 접수되었습니다.
접수번호: KR-20240919-00731

접수된 순서에 따라 검토한 뒤 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 완료 안내",
    why="pure receipt with a ticket number",
    items={},
)

HEADER = f"""# Blind set 954 (focus: what a program gets wrong).
# Written from each email's meaning before any run of the reader.
# Generated by make.py: edit the case list there, not this file.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
