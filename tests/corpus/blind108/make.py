#!/usr/bin/env python3
"""Blind set 108: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
that conflicts with its note, and statuses given by position. Every email is
fictional and written in our own sentences; the expected results were
written from each email's meaning before the reader was run on it.

    python3 tests/corpus/blind108/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

# ---------------------------------------------------------------- requests

X = {
    1: "https://x.com/neon_tide_88/status/1831204417750020101",
    2: "https://x.com/neon_tide_88/status/1831204417750020166",
    3: "https://x.com/bluecrate_kr/status/1831339902264410113",
    4: "https://x.com/bluecrate_kr/status/1831340815527936020",
    5: "https://x.com/quietmint_shop/status/1831482200113317890",
    6: "https://x.com/quietmint_shop",
    7: "https://x.com/palebridge09/status/1831570039218847744",
    8: "https://x.com/palebridge09/status/1831577310456201235",
    9: "https://x.com/moss_lantern/status/1831691047732555801",
    10: "https://x.com/moss_lantern/status/1831702268871098377",
    11: "https://x.com/gray_orchard_/status/1831810954482036012",
    12: "https://x.com/gray_orchard_/status/1831822376640299011",
}
TG = {
    1: "https://t.me/amber_wharf_kr",
    2: "https://t.me/amber_wharf_kr/2207",
    3: "https://t.me/northgate_deals/415",
    4: "https://t.me/+Qx7LmVb2pKd3ZmRl",
}
YT = {
    1: "https://www.youtube.com/watch?v=Hq3vL9tZr2c",
    2: "https://www.youtube.com/watch?v=pW8nK2dYx4M",
    3: "https://www.youtube.com/shorts/Zt6bR1qVm0E",
    4: "https://www.youtube.com/@ironkettle_tv",
    5: "https://www.youtube.com/watch?v=c7JsX5aNw1Q",
}
CAFE_RAW = "https://cafe.naver.com/이벤트마켓/3310"
NV = {
    1: "https://blog.naver.com/sunflower_dock/223561230987",
    2: "https://cafe.naver.com/" + quote("이벤트마켓") + "/3310",
    3: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470112233",
}
DM = {
    1: "https://cafe.daum.net/greenmoth22/Kx1p/77",
    2: "https://cafe.daum.net/greenmoth22/Kx1p/78",
}
YT6 = "https://www.youtube.com/watch?v=Lm2Tq8Wy5Rk"
TG7 = "https://t.me/lowtide_pharm/88"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     [X[i] for i in range(1, 13)], "illegal_goods", "largest request of the set"),
    ("KCSC-240904-02", "telegram", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [TG[i] for i in range(1, 5)], "drugs", "channel, post and invite link"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     [YT[i] for i in range(1, 6)], "gambling", "videos, a short and a channel"),
    ("KCSC-240906-04", "naver", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [NV[i] for i in range(1, 4)], "defamation", "blog, cafe (Korean path), kin"),
    ("KCSC-240909-05", "daum", "2024-09-09T14:20:00+09:00", "2024-09-16T18:00:00+09:00",
     [DM[1], DM[2]], "obscenity", "two cafe posts"),
    ("KCSC-240910-06", "youtube", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [YT6], "illegal_goods", "one video"),
    ("KCSC-240911-07", "telegram", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [TG7], "drugs", "one post"),
]


def msgid(ref):
    return f"request.{ref}.1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def req_urls(ref):
    for r in REQUESTS:
        if r[0] == ref:
            return r[4]
    raise KeyError(ref)


def request_text(ref, raw_korean=False):
    urls = req_urls(ref)
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or block",
        f"access to the following content (our reference {ref}):",
        "",
    ]
    for i, u in enumerate(urls, 1):
        if raw_korean and u == NV[2]:
            u = CAFE_RAW
        lines.append(f"{i}. {u}")
    lines += [
        "",
        "Please tell us the action taken on each item by replying to this email.",
        "",
        "KCSC Takedown Desk",
    ]
    return lines


def gmail_quote(ref, when):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    lines += [("> " + l) if l else ">" for l in request_text(ref)]
    return "\n".join(lines)


def outlook_quote(ref, sent, to):
    lines = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent}",
        f"To: {to}",
        f"Subject: [{ref}] Request for removal of content",
        "",
    ]
    return "\n".join(lines + request_text(ref))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# ------------------------------------------------------------------ cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ============================== APPLIED ==================================

case(
    name="x-removed-and-withheld-one-sentence",
    **{"from": "legal-support@x.com"},
    date="Fri, 06 Sep 2024 11:20:05 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your report (KCSC-240903-01).

Of the posts you reported, {X[1]} and {X[2]} have been removed for violating the X Rules, while {X[3]} has been withheld in South Korea in response to your legal demand.

We are still reviewing the other posts in your request and will reply about them separately.

Regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (removed vs country withheld content)",
    why="one sentence gives two removals and, after 'while', a Korea-only withholding",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted"},
)

case(
    name="x-refusal-reason-and-removal",
    **{"from": "legal-support@x.com"},
    date="Mon, 09 Sep 2024 16:02:44 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hi,

We reviewed {X[7]} and are not taking action on it. The post reports on a public court hearing and, in our assessment, it does not violate the X Rules; on the information you provided we also could not conclude that it is unlawful in Korea.

The other post you reported from the same account, {X[8]}, has been removed.

Best,
Legal Operations, X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply declining one post with its reason",
    why="a refusal with its reason (no rule broken) and, in the next paragraph, a removal",
    items={X[7]: "rejected", X[8]: "removed"},
)

case(
    name="x-earlier-withheld-now-removed",
    **{"from": "legal-support@x.com"},
    date="Fri, 13 Sep 2024 09:45:10 +0900",
    subject="Update: [KCSC-240903-01] moss_lantern",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello again,

This is an update to our reply of 10 September about {X[9]}.

In that reply we told you that the post had been withheld in South Korea. After a further review by our safety team, the post has since been removed from X globally because it breaks our rules on illegal or certain regulated goods and services.

No further action is needed from you.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X follow-up email revising an earlier country-withheld outcome",
    why="the recalled earlier withholding is revised by the later sentence: removed globally",
    items={X[9]: "removed"},
)

case(
    name="x-hedged-account-removed-post",
    **{"from": "legal-support@x.com"},
    date="Tue, 10 Sep 2024 14:31:00 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

{X[5]} has been removed for violating our policy on illegal or certain regulated goods.

The account {X[6]}, which appears to have been deactivated by its owner shortly after your report, was not actioned by us. If the account is reactivated we will assess it again.

Thanks,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply covering a post and its account",
    why="the post is removed; the account's only status is hedged ('appears to have been deactivated') and 'not actioned' is no refusal on the merits",
    items={X[5]: "removed", X[6]: "pending"},
)

case(
    name="x-html-table-four-rows",
    **{"from": "legal-support@x.com"},
    date="Wed, 11 Sep 2024 10:05:33 +0900",
    subject="Re: [KCSC-240903-01] Outcome of your legal request",
    reply_to_req=msgid("KCSC-240903-01"),
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Below is the outcome for the posts from your request KCSC-240903-01 that we have completed so far.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th></tr>
<tr><td>{X[11]}</td><td>Removed &ndash; violation of the X Rules</td></tr>
<tr><td>{X[12]}</td><td>No violation found &ndash; no action taken</td></tr>
<tr><td>{X[7]}</td><td>Withheld in: KR</td></tr>
<tr><td>{X[8]}</td><td>Not found &ndash; the post was deleted before our review</td></tr>
</table>
<p>You can read about country withheld content at <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our Help Center</a>.</p>
<p>X Legal Support</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome table (removed / no violation / withheld / not found)",
    why="four rows, four different statuses; the Help Center link is no item",
    items={X[11]: "removed", X[12]: "rejected", X[7]: "restricted", X[8]: "not_found"},
)

_csv_text = (
    "url,action,notes\n"
    f"{X[9]},Withheld (KR),Country withheld content\n"
    f"{X[10]},No action,Does not violate the X Rules\n"
    f"{X[3]},Removed,Illegal or certain regulated goods\n"
)
case(
    name="x-csv-attachment-results",
    **{"from": "legal-support@x.com"},
    date="Thu, 12 Sep 2024 17:48:20 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_b108_csv_01"

--=_b108_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for three of the posts in your request
KCSC-240903-01. The remaining posts are covered in our other replies.

X Legal Support

--=_b108_csv_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv_text)}
--=_b108_csv_01--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome sent as a CSV export",
    why="CSV rows: withheld in KR, no action because no violation, removed",
    items={X[9]: "restricted", X[10]: "rejected", X[3]: "removed"},
)

case(
    name="x-numbered-position-outcomes",
    **{"from": "legal-support@x.com"},
    date="Fri, 13 Sep 2024 15:12:09 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

Reported content:
(1) {X[10]}
(2) {X[11]}
(3) {X[12]}

Outcome:
Items (1) and (3) have been withheld in South Korea. Item (2) was found to violate the X Rules and has been removed.

Kind regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply that numbers the posts and answers by number",
    why="statuses given by position in the email's own numbered list",
    items={X[10]: "restricted", X[11]: "removed", X[12]: "restricted"},
)

_x_b64_body = f"""Hi,

Following your request KCSC-240903-01, the post below is now withheld in South Korea:

<{X[4]}>

This is not a removal: the post stays visible to people outside Korea.

X Legal
"""
case(
    name="x-base64-withheld-not-removed",
    **{"from": "legal-support@x.com"},
    date="Mon, 09 Sep 2024 12:00:41 +0900",
    subject="[KCSC-240903-01] Country withheld content",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_x_b64_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice (base64 body)",
    why="withheld in South Korea; 'this is not a removal' negates removal, not the withholding",
    items={X[4]: "restricted"},
)

case(
    name="tg-blocked-and-not-available",
    **{"from": "abuse@telegram.org"},
    date="Thu, 05 Sep 2024 20:14:52 +0400",
    subject="Re: [KCSC-240904-02] Request for removal of content",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
Hello,

We have blocked the channel {TG[1]} and, with it, the post {TG[2]}. The post {TG[3]} no longer exists, so there was nothing for us to act on.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="one sentence: channel blocked and its post with it; the next: a post that no longer exists",
    items={TG[1]: "removed", TG[2]: "removed", TG[3]: "not_found"},
)

case(
    name="tg-invite-invalid-others-pending",
    **{"from": "abuse@telegram.org"},
    date="Fri, 06 Sep 2024 13:02:17 +0400",
    subject="Re: [KCSC-240904-02] Request for removal of content",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
Hello,

Regarding your report KCSC-240904-02:

{TG[4]}
This invite link is invalid or has expired. We could not find any chat behind it.

The other links in your report are still with our moderators.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply about an expired invite link",
    why="bare URL with its status on the line below (not found); the others are still under review",
    items={TG[4]: "not_found"},
)

case(
    name="tg-bare-url-restricted-korea",
    **{"from": "dsa@telegram.org"},
    date="Sat, 14 Sep 2024 09:31:05 +0400",
    subject="Case #4410927 [KCSC-240911-07]",
    reply_to_req=msgid("KCSC-240911-07"),
    body=f"""
Case #4410927

{TG7}
Status: access restricted for users in the Republic of Korea.

This case is now closed.

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram case-closure notice",
    why="bare URL, status below: restricted in Korea",
    items={TG7: "restricted"},
)

case(
    name="tg-top-posted-sole-item",
    **{"from": "abuse@telegram.org"},
    date="Thu, 12 Sep 2024 18:40:00 +0400",
    subject="Re: [KCSC-240911-07] Request for removal of content",
    reply_to_req=msgid("KCSC-240911-07"),
    body=f"""
Hi,

The content you reported has been blocked on Telegram.

Kind regards,
Telegram Abuse Team

{gmail_quote("KCSC-240911-07", "Wed, 11 Sep 2024 at 15:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram top-posted reply over the quoted request (Gmail quoting)",
    why="one statement naming no URL, answering a request of one item; the URL is only in the quote",
    items={TG7: "removed"},
)

case(
    name="tg-removed-and-conditional-block",
    **{"from": "abuse@telegram.org"},
    date="Mon, 09 Sep 2024 11:55:30 +0400",
    subject="Re: [KCSC-240904-02] Request for removal of content",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
Hello,

The message {TG[2]} has been taken down.

We have warned the administrators of {TG[1]}. If they post similar material again, the channel will be blocked.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a warning to a channel",
    why="post taken down; the channel only gets a condition and a promise",
    items={TG[2]: "removed", TG[1]: "pending"},
)

case(
    name="yt-bulleted-mixed",
    **{"from": "legal-support@google.com"},
    date="Tue, 10 Sep 2024 08:22:14 +0900",
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-03] Request for removal of content",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""
Hello,

We have reviewed the content you reported under KCSC-240905-03 and taken the actions below.

  * {YT[1]} - removed for violating our Community Guidelines
  * {YT[2]} - blocked from view in South Korea under local law
  * {YT[3]} - age-restricted
  * {YT[4]} - no action: we did not find that the channel as a whole breaks our policies. Videos on it that do were handled individually above.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (global removal, local block, age restriction, no action)",
    why="four bullets, four statuses; the channel is declined with a reason",
    items={YT[1]: "removed", YT[2]: "restricted", YT[3]: "restricted", YT[4]: "rejected"},
)

case(
    name="yt-not-violating-but-restricted",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 10:10:10 +0900",
    subject="Re: [KCSC-240910-06] Request for removal of content",
    reply_to_req=msgid("KCSC-240910-06"),
    body=f"""
Hello,

Thank you for your legal request. Although {YT6} does not violate YouTube's Community Guidelines, we have restricted it from view in South Korea on the basis of local law.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube local-law block notice",
    why="'does not violate' is conceded in a clause; the statement is a Korea-only restriction",
    items={YT6: "restricted"},
)

case(
    name="yt-age-restricted-then-removed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 19:03:51 +0900",
    subject="Re: [KCSC-240905-03] Request for removal of content",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""
Hello,

{YT[5]} was first age-restricted by our reviewers. On escalation, our policy team found that it violates our policy on regulated goods, and the video has now been removed.

Thanks,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube escalation outcome",
    why="the later sentence revises the earlier age restriction: removed",
    items={YT[5]: "removed"},
)

case(
    name="yt-actioned-and-declined-outlook",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 17:25:00 +0900",
    subject="RE: [KCSC-240905-03] Request for removal of content",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""
Hello,

{YT[2]} has been actioned under our policies.

For {YT[3]} we did not find a violation of our Community Guidelines or of applicable local law, so we will not take action on it.

Regards,
YouTube Legal Support

{outlook_quote("KCSC-240905-03", "Thursday, September 5, 2024 9:40 AM", "YouTube Legal Support <legal-kr@google.com>")}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply over an Outlook-quoted request",
    why="'actioned under our policies' (configured phrase) and a reasoned refusal; the quoted request below is not read",
    items={YT[2]: "removed", YT[3]: "rejected"},
)

_yt_qp_body = f"""안녕하세요, YouTube 법률 지원팀입니다.

요청번호 KCSC-240905-03 관련하여 안내드립니다.

신고하신 동영상 {YT[1]} 는 커뮤니티 가이드 위반으로 삭제되었습니다.
다만 채널 {YT[4]} 에 대해서는 채널 전체가 정책을 위반한다고 보기 어려워 별도의 조치를 취하지 않았습니다.

감사합니다.
YouTube 법률 지원팀
"""
case(
    name="yt-qp-korean-video-and-channel",
    **{"from": "legal-support@google.com"},
    name_from="YouTube 법률 지원팀",
    date="Wed, 11 Sep 2024 13:40:27 +0900",
    subject="Re: [KCSC-240905-03] 게시물 삭제 요청",
    reply_to_req=msgid("KCSC-240905-03"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language legal reply (quoted-printable)",
    why="video deleted; channel declined because it breaks no policy (reasoned refusal)",
    items={YT[1]: "removed", YT[4]: "rejected"},
)

case(
    name="yt-dsa-territorial-restriction",
    **{"from": "no-reply@youtube.com"},
    date="Sat, 14 Sep 2024 02:12:00 +0900",
    subject="Statement of reasons - KCSC-240905-03",
    body=f"""
Statement of reasons

Reference: KCSC-240905-03
Content: {YT[5]}
Decision: access to the content disabled
Territorial scope: KR
Ground: illegal content (local law)
Facts relied on: notice from a Korean authority
Automated detection: no
Automated decision: no

Redress: you may appeal this decision at https://support.google.com/youtube/answer/9990417
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (territorial restriction)",
    why="access disabled with territorial scope KR only: restricted, not removed; the appeal link is no item",
    items={YT[5]: "restricted"},
)

case(
    name="naver-blind-and-author-deleted",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 15:30:00 +0900",
    subject="Re: [KCSC-240906-04] 게시물 게시중단 요청에 대한 답변",
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회 요청(KCSC-240906-04)에 따라 검토한 결과, {NV[1]} 게시물은 게시중단(블라인드) 처리하였고, {CAFE_RAW} 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단(블라인드) 처리 결과 안내",
    why="one Korean sentence: blinded, and a raw Korean-path post already deleted by its author",
    items={NV[1]: "removed", NV[2]: "not_found"},
)

case(
    name="naver-temp-measure-and-refusal",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 10:44:12 +0900",
    subject="Re: [KCSC-240906-04] 게시물 게시중단 요청에 대한 답변",
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 중 블로그 게시물 {NV[1]}은 임시조치(30일)하였습니다.
지식iN 답변 {NV[3]} 은 관련 법령 및 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 안내 with a 미조치 reason",
    why="임시조치 is a restriction; the kin answer is refused because no violation was found; a particle follows the first URL",
    items={NV[1]: "restricted", NV[3]: "rejected"},
)

case(
    name="naver-html-table-kcsc-style",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 16:20:00 +0900",
    subject="[KCSC-240906-04] 시정요구 조치결과 회신",
    reply_to_req=msgid("KCSC-240906-04"),
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240906-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV[1]}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{CAFE_RAW}</td><td>접근제한</td><td>국내 IP 대상</td></tr>
<tr><td>3</td><td>{NV[3].replace("&", "&amp;")}</td><td>미조치</td><td>위반 사항 없음</td></tr>
</table>
<p>NAVER 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table",
    why="table: 삭제 (removed), 접근제한 for Korean IPs (restricted), 미조치 with 위반 사항 없음 (rejected)",
    items={NV[1]: "removed", NV[2]: "restricted", NV[3]: "rejected"},
)

case(
    name="naver-angle-brackets-fullwidth",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 11:02:45 +0900",
    subject="Re: [KCSC-240906-04] 게시물 게시중단 요청에 대한 답변",
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

<{NV[3]}>에 대해서는 운영자 삭제 처리하였습니다.
블로그 게시물（{NV[1]}）은 비공개 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 운영자 삭제 / 비공개 처리 안내",
    why="URL in angle brackets followed by a particle, URL in full-width parentheses; both removed",
    items={NV[3]: "removed", NV[1]: "removed"},
)

case(
    name="daum-numbered-position",
    **{"from": "cs-legal@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 14:00:00 +0900",
    subject="Re: [KCSC-240909-05] 다음 카페 게시물 삭제 요청",
    reply_to_req=msgid("KCSC-240909-05"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청 건: KCSC-240909-05
1. {DM[1]}
2. {DM[2]}

검토 결과 1번 게시물은 삭제 조치하였으며, 2번 게시물은 작성자에 의해 이미 삭제된 상태로 확인되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum (Kakao) 게시물 조치 결과 안내",
    why="statuses by number: 1 deleted by Kakao, 2 already deleted by its author",
    items={DM[1]: "removed", DM[2]: "not_found"},
)

case(
    name="daum-hedged-relative-korean",
    **{"from": "cs-legal@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 10:15:00 +0900",
    subject="Re: [KCSC-240909-05] 다음 카페 게시물 삭제 요청",
    reply_to_req=msgid("KCSC-240909-05"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

{DM[2]} 게시물은 게시중단 처리되었습니다.
{DM[1]} 게시물은 카페 운영자가 이미 삭제한 것으로 보이나, 정확한 상태는 확인 중입니다.

확인되는 대로 다시 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum (Kakao) 게시중단 안내 with one item still being checked",
    why="78 게시중단 (removed); 77 only 'seems deleted, still checking' (hedge): pending",
    items={DM[2]: "removed", DM[1]: "pending"},
)

# ============================== REVIEW ===================================

case(
    name="x-promise-will-review",
    **{"from": "legal-support@x.com"},
    date="Wed, 04 Sep 2024 18:10:00 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

We have escalated your request. {X[11]} and {X[12]} will be reviewed by our team against the X Rules and local law. Where we find a violation, the content will be removed or withheld.

X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="X escalation email (promise of review)",
    why="names two posts but only promises a review and a conditional action",
    items={X[11]: "pending", X[12]: "pending"},
)

case(
    name="yt-hedge-may-have-been",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 09:30:00 +0900",
    subject="Re: [KCSC-240910-06] Request for removal of content",
    reply_to_req=msgid("KCSC-240910-06"),
    body=f"""
Hello,

Our records show that {YT6} may have been taken down by the uploader before our review began. We are confirming this with the responsible team and will write to you again.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply (hedged)",
    why="'may have been taken down' is a hedge, and a further reply is promised",
    items={YT6: "pending"},
)

case(
    name="naver-bulk-three-posts",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 17:00:00 +0900",
    subject="Re: [KCSC-240906-04] 게시물 게시중단 요청에 대한 답변",
    reply_to_req=msgid("KCSC-240906-04"),
    body="""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240906-04 건의 게시물 3건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 완료 안내 (all posts, none named)",
    why="'all three posts' for a three-item request, none named",
    items={NV[1]: "pending", NV[2]: "pending", NV[3]: "pending"},
)

case(
    name="x-bulk-all-actioned",
    **{"from": "legal-support@x.com"},
    date="Sat, 14 Sep 2024 08:00:00 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req=msgid("KCSC-240903-01"),
    body="""
Hello,

We have now actioned all of the reported content in KCSC-240903-01 in accordance with our policies and applicable law.

This request is now closed.

X Legal Support
""",
    outcome="review", review="bulk",
    imitates="X closing email for a batch legal request",
    why="one statement about all twelve items, naming none (and 'actioned' could be withholding)",
    items={u: "pending" for u in req_urls("KCSC-240903-01")},
)

case(
    name="tg-spoofed-auth-fail",
    **{"from": "abuse@telegram.org"},
    auth="fail",
    date="Sat, 07 Sep 2024 03:14:00 +0400",
    subject="Re: [KCSC-240904-02] Request for removal of content",
    body=f"""
Hello,

All channels in your report KCSC-240904-02 have been blocked:
{TG[1]}
{TG[3]}

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse-desk reply, but failing DMARC",
    why="telegram.org sender fails authentication: no status changes",
    items={TG[1]: "pending", TG[3]: "pending"},
)

case(
    name="law-firm-unknown-sender",
    **{"from": "j.park@seorin-law.example"},
    name_from="Park Jiwon (Seorin Law)",
    date="Fri, 13 Sep 2024 14:45:00 +0900",
    subject="KCSC-240910-06 - video removed by our client",
    body=f"""
Dear Sir or Madam,

We act for the operator of the YouTube channel concerned by your request KCSC-240910-06. Our client has deleted the video {YT6} voluntarily and asks that the matter be closed.

Yours faithfully,
Park Jiwon
Seorin Law
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of an uploader",
    why="a third party, not YouTube, states the video's status",
    items={YT6: "pending"},
)

case(
    name="daum-about-naver-item",
    **{"from": "cs-legal@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 11:20:00 +0900",
    subject="문의하신 게시물 관련 안내",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

문의하신 {NV[1]} 은 다음(Daum) 서비스의 게시물이 아니며, 확인해 보니 이미 삭제된 게시물입니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply about a post on another portal",
    why="Kakao states the status of a NAVER blog post",
    items={NV[1]: "pending"},
)

case(
    name="x-table-conflicts-note",
    **{"from": "legal-support@x.com"},
    date="Thu, 05 Sep 2024 19:40:00 +0900",
    subject="Re: [KCSC-240903-01] Outcome of your legal request",
    reply_to_req=msgid("KCSC-240903-01"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X[1]}</td><td>Removed</td></tr>
</table>
<p>Note on {X[1]}: after review we found no violation of the X Rules, and no action has been taken on this post.</p>
<p>X Legal Support</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="X outcome table with a contradicting note",
    why="the table says removed, the note says no action (no violation); neither is an update of the other",
    items={X[1]: "pending"},
)

case(
    name="yt-asks-more-info",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 10:00:00 +0900",
    subject="Re: [KCSC-240905-03] Additional information needed",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""
Hello,

Before we can act on {YT[5]}, please tell us which provision of Korean law the video is alleged to break and the time stamps at which the content appears. Without this information we cannot complete our review.

YouTube Legal Support
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="YouTube legal request for more information",
    why="asks for the legal basis and time stamps; no status",
    items={YT[5]: "pending"},
)

case(
    name="naver-notice-predates-request",
    **{"from": "noreply@navercorp.com"},
    name_from="네이버",
    date="Thu, 05 Sep 2024 14:00:00 +0900",
    subject="[네이버] 권리침해 신고 처리 결과 안내",
    body=f"""
안녕하세요. 네이버입니다.

신고하신 게시물 {NV[1]} 에 대해 게시중단 조치하였음을 알려드립니다.

신고 접수번호: 2024-0905-118842

감사합니다.
""",
    outcome="review", review="predates_request",
    imitates="NAVER 권리침해 신고 처리 결과 안내 (web-form report)",
    why="dated the day before request KCSC-240906-04 was sent; answers another report",
    items={NV[1]: "pending"},
)

case(
    name="tg-no-claims-process-notice",
    **{"from": "dsa@telegram.org"},
    date="Tue, 10 Sep 2024 12:00:00 +0400",
    subject="Legal notices from Korean authorities",
    body="""
Hello,

We are changing how we handle legal notices from authorities in the Republic of Korea. From 1 October 2024, please send each notice as a separate email and list one link per line, with the category of content next to it.

Thank you for your cooperation.

Telegram Legal
""",
    outcome="review", review="no_claims",
    imitates="Telegram process notice to a regulator",
    why="trusted Telegram mail naming no item and no request",
    items={},
)

# ============================== IGNORED ==================================

case(
    name="naver-ticket-receipt-korean",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 10:01:30 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240906-04)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: 2409-0612-77031

답변은 영업일 기준 3일 이내에 메일로 보내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 접수 완료 자동 메일",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="x-out-of-office",
    **{"from": "m.reyes@x.com"},
    name_from="Maria Reyes",
    date="Tue, 03 Sep 2024 10:31:02 +0900",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with limited access to email.

For legal requests, please write to legal@x.com, where the team will handle your message.

Maria
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

_dsn_orig = "\n".join(request_text("KCSC-240910-06"))
case(
    name="google-dsn-bounce",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 16:00:41 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_b108_dsn"

--=_b108_dsn
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to yt-legal-kr@google.com because the
address couldn't be found, or is unable to receive mail.

--=_b108_dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 10 Sep 2024 16:00:39 +0900

Final-Recipient: rfc822; yt-legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--=_b108_dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: yt-legal-kr@google.com
Subject: [KCSC-240910-06] Request for removal of content
Date: Tue, 10 Sep 2024 16:00:00 +0900
Message-ID: <{msgid("KCSC-240910-06")}@kcsc.example>

{_dsn_orig}

--=_b108_dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification (address not found)",
    why="bounce of our own request; the URL is only in the returned message",
    items={},
)

case(
    name="tg-mdn-read-receipt",
    **{"from": "dsa@telegram.org"},
    date="Wed, 11 Sep 2024 12:05:00 +0400",
    subject="Read: [KCSC-240911-07] Request for removal of content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b108_mdn"

--=_b108_mdn
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to dsa@telegram.org
at 11 Sep 2024 15:00 +0900.

The message was displayed. This is no guarantee that it was read or understood.

--=_b108_mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Thunderbird 115.14
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <{msgid("KCSC-240911-07")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b108_mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="yt-case-receipt",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 09:41:10 +0900",
    subject="[8-2409000071113] Re: [KCSC-240905-03] Request for removal of content",
    reply_to_req=msgid("KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thanks for contacting YouTube Legal Support.

We have received your request and opened case 8-2409000071113. Please keep this number in the subject line of any reply about this request.

This is an automated message; a member of our team will reply once the review is complete.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-support case receipt",
    why="pure receipt with a case number",
    items={},
)

case(
    name="daum-out-of-office-korean",
    **{"from": "s.kim@kakaocorp.com"},
    name_from="김서연",
    date="Fri, 13 Sep 2024 09:00:00 +0900",
    subject="[자동회신] Re: [KCSC-240909-05] 다음 카페 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 김서연입니다.

9월 13일부터 18일까지 추석 연휴로 부재중입니다.
급한 건은 cs-legal@kakaocorp.com 으로 보내 주시면 담당자가 확인하겠습니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신 (Chuseok holiday)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tg-echoed-report-receipt",
    **{"from": "noreply@telegram.org"},
    name_from="Telegram Support",
    date="Wed, 04 Sep 2024 11:02:00 +0400",
    subject="Your report has been received",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Your report has been received.

Summary of your submission
--------------------------
Reporter: takedown@kcsc.example
Links:
{TG[3]}
Reason: Illegal goods (drugs)
Reference you gave: KCSC-240904-02

A moderator will look at your report. Please do not reply to this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram web-form receipt echoing the submitted report",
    why="automatic receipt echoing our own submission; it states nothing about the link",
    items={},
)


HEADER = """# Blind set 108 (tests/corpus/blind108/): what a program gets wrong.
# Written from each email's meaning, before the reader was run.
# Generated by make.py: edit the case list there, not this file."""


def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as real mail has them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=998)


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
    corpuslib.write_set(HERE, "blind108", HEADER, CASES)


if __name__ == "__main__":
    main()
