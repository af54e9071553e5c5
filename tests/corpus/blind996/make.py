#!/usr/bin/env python3
"""Blind set 996 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
corrected by a note, statuses given by position. Written from each email's
meaning alone, before any run of the reader.

    python3 tests/corpus/blind996/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/quietfalcon_88/status/1830114455667788001",
    2: "https://x.com/quietfalcon_88/status/1830220011223344556",
    3: "https://x.com/bluemarsh_kr/status/1829876543210987654",
    4: "https://x.com/bluemarsh_kr/status/1829990001112223334",
    5: "https://x.com/lotus_dice7/status/1830301234567890123",
    6: "https://x.com/lotus_dice7/status/1830309876543210987",
    7: "https://x.com/jade_ferry/status/1828765432109876543",
    8: "https://x.com/jade_ferry",
    9: "https://x.com/orchid_tally/status/1830455566677788899",
    10: "https://x.com/orchid_tally/status/1830466677788899900",
    11: "https://x.com/nightkiln_22/status/1829123456789012345",
    12: "https://x.com/nightkiln_22/status/1829134567890123456",
}
Y = {
    1: "https://www.youtube.com/watch?v=Kp4rT9wLm2Q",
    2: "https://www.youtube.com/watch?v=Zt8nB3xQe1U",
    3: "https://www.youtube.com/shorts/Hv2cY7pLs0D",
    4: "https://www.youtube.com/@goldreef_tips",
}
T = {
    1: "https://t.me/harbor_lanterns/118",
    2: "https://t.me/harbor_lanterns/121",
    3: "https://t.me/greyfinch_market",
}
T7 = "https://t.me/velvet_ledger/3051"
N5_RAW = "https://blog.naver.com/haneul_dock/안내-0907"
N5 = "https://blog.naver.com/haneul_dock/" + urllib.parse.quote("안내-0907")
N = {
    1: "https://blog.naver.com/seoroknamu/223551234567",
    2: "https://blog.naver.com/seoroknamu/223551239988",
    3: "https://cafe.naver.com/moonpinehouse/4412",
    4: "https://cafe.naver.com/moonpinehouse/4419",
    5: N5,
}
K = {
    1: "https://cafe.daum.net/bluepine/Qx7e/2231",
    2: "https://cafe.daum.net/bluepine/Qx7e/2240",
}
TT = "https://www.tiktok.com/@sunny.rook/video/7409988776655443321"

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-06T18:00:00+09:00",
     [X[i] for i in range(1, 13)], "illegal_gambling", "gambling promotion accounts"),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:30:00+09:00", "2024-09-09T18:00:00+09:00",
     [Y[i] for i in range(1, 5)], "drug_sale", "videos and channel"),
    ("KCSC-240905-03", "telegram", "2024-09-05T09:15:00+09:00", "2024-09-10T18:00:00+09:00",
     [T[i] for i in range(1, 4)], "drug_sale", "channel posts"),
    ("KCSC-240906-04", "naver", "2024-09-06T14:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [N[i] for i in range(1, 6)], "privacy", "blog and cafe posts"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [K[1], K[2]], "defamation", "Daum cafe posts"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T16:20:00+09:00", "2024-09-13T18:00:00+09:00",
     [TT], "obscenity", "single video"),
    ("KCSC-240911-07", "telegram", "2024-09-11T09:40:00+09:00", "2024-09-14T18:00:00+09:00",
     [T7], "illegal_finance", "single post"),
]


def req_mid(ref):
    return "kcsc-req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


X_SIG = """
X Legal
https://help.x.com/en/rules-and-policies
"""

YT_SIG = """
Regards,
The YouTube Legal Support Team
https://support.google.com/youtube/answer/2801964
"""

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(
    name="x-mixed-statuses-one-sentence",
    **{"from": "legal-kr@x.com"},
    date="Thu, 05 Sep 2024 07:12:40 +0000",
    subject="Re: KCSC-240903-01 - request for removal of content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request dated 3 September 2024 (reference KCSC-240903-01).

Having reviewed the posts you listed, we removed {X[1]} and {X[2]} for violating our rules on illegal gambling promotion, withheld {X[3]} in South Korea in response to your legal demand, and determined that {X[4]} does not violate the X Rules, so it remains available.

We have not yet completed our review of the other posts in your request and will follow up separately.

Kind regards,
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome reply (several decisions in one sentence)",
    why="one sentence: two removed, one withheld in Korea, one found not violating",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected"},
)

case(
    name="x-did-not-remove-but-withheld",
    **{"from": "legal-kr@x.com"},
    date="Fri, 06 Sep 2024 02:41:09 +0000",
    subject="Re: KCSC-240903-01 - further update",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

A further update on KCSC-240903-01.

We did not remove {X[5]}, as it does not breach our global rules; however, access to it is now withheld in South Korea on the basis of your request.

The post {X[6]} was removed.

{X[7]} was not withheld either: it had already been removed for a separate violation of our rules before your request reached us.

Regards,
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice with an explanation of why global removal was refused",
    why="negations around the verbs: 'did not remove' + withheld in KR = restricted; 'not withheld' because already removed = removed",
    items={X[5]: "restricted", X[6]: "removed", X[7]: "removed"},
)

case(
    name="x-later-sentence-corrects-earlier",
    **{"from": "legal-kr@x.com"},
    date="Mon, 09 Sep 2024 05:03:27 +0000",
    subject="Correction: KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi,

I am following up on my message of 6 September about KCSC-240903-01.

In that message I wrote that {X[9]} had been withheld in South Korea. That was not correct. After a second review the post was removed globally for violating our private information policy.

{X[10]} remains withheld in South Korea only, as previously stated.

Apologies for the confusion.
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X legal team correction of an earlier outcome email",
    why="the withheld statement about orchid_tally/...899 is reported and retracted; the later sentence says removed globally",
    items={X[9]: "removed", X[10]: "restricted"},
)

case(
    name="x-bare-url-action-below",
    **{"from": "legal-kr@x.com"},
    date="Fri, 06 Sep 2024 09:20:00 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Here is the outcome for each of the reported URLs that we have reviewed so far.

{X[8]}
Action taken: account suspended

{X[9]}
Action taken: withheld in KR

{X[10]}
Action taken: none - no violation of the X Rules found

Regards,
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X per-URL outcome list (ticketing-tool export pasted into a reply)",
    why="status on the line under each URL: suspended account = removed, withheld in KR, no violation = rejected",
    items={X[8]: "removed", X[9]: "restricted", X[10]: "rejected"},
)

case(
    name="x-numbered-list-then-by-position",
    **{"from": "legal-kr@x.com"},
    date="Sat, 07 Sep 2024 01:55:18 +0000",
    subject="Re: KCSC-240903-01 - three posts reviewed",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

We reviewed the three posts below from your request KCSC-240903-01:

1. {X[3]}
2. {X[4]}
3. {X[5]}

The first and third posts have been withheld in South Korea. The second post has been removed for violating our illegal and regulated goods policy.

Thanks,
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply giving outcomes by position in its own numbered list",
    why="'first and third' withheld in KR, 'second' removed, positions refer to the list in the same email",
    items={X[3]: "restricted", X[4]: "removed", X[5]: "restricted"},
)

case(
    name="yt-refusal-with-reason",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 16:02:44 -0700",
    subject="Re: [KCSC-240904-02] Removal request - YouTube",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hi,

Thanks for reaching out to us regarding KCSC-240904-02.

After review, we've removed {Y[2]} for violating YouTube's policy on the sale of regulated goods.

We have decided not to take action on {Y[1]}. The video is a news report about the operation and contains enough educational and documentary context to be allowed under our Community Guidelines, and in our assessment it is not unlawful under local law. If you obtain a court order concerning this video, you are welcome to send it to us.
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support decision email (removal plus reasoned refusal)",
    why="Zt8nB3xQe1U removed; Kp4rT9wLm2Q refused with reasons (educational context, not unlawful) = rejected",
    items={Y[2]: "removed", Y[1]: "rejected"},
)

case(
    name="yt-html-outcome-table",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 18:30:05 -0700",
    subject="Outcome of your request KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>We have completed our review of the content in your request <b>KCSC-240904-02</b>. The outcome for each item is listed below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Content</th><th>Outcome</th><th>Basis</th></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>Blocked in South Korea</td><td>Local law</td></tr>
<tr><td><a href="{Y[2]}">{Y[2]}</a></td><td>Removed</td><td>Community Guidelines</td></tr>
<tr><td><a href="{Y[3]}">{Y[3]}</a></td><td>Age-restricted</td><td>Community Guidelines</td></tr>
<tr><td><a href="{Y[4]}">{Y[4]}</a></td><td>No action</td><td>Does not violate our policies</td></tr>
</table>
<p>You can read more about how we handle legal requests in our <a href="https://support.google.com/youtube/answer/6154218">Help Center</a>.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome summary as an HTML table",
    why="table rows: blocked in KR = restricted, removed, age-restricted = restricted, no action = rejected",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-hedges-in-relative-clauses",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:14:51 -0700",
    subject="Re: [KCSC-240904-02] Removal request - YouTube",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hi there,

Here is where things stand on KCSC-240904-02.

The video {Y[1]}, which may also have been flagged by other users, was removed on 10 September for violating our spam, deceptive practices and scams policies.

We were unable to find {Y[3]}, which may have been deleted by its uploader before we reviewed it; the link now shows that the video isn't available.

As for the channel {Y[4]}, which I understand may already have been terminated by another team, I can't confirm its status at this point and have asked a colleague to check.
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply written by an agent, with asides",
    why="hedges sit in relative clauses: main clauses say removed and cannot find; the channel's status is only hedged and unconfirmed",
    items={Y[1]: "removed", Y[3]: "not_found", Y[4]: "pending"},
)

case(
    name="tg-blocked-kr-and-unknown-username",
    **{"from": "abuse@telegram.org"},
    date="Sat, 07 Sep 2024 12:08:33 +0300",
    subject="Re: KCSC-240905-03",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

Following your report (Case #4471820), {T[1]} and {T[2]} were blocked for users in South Korea. We could not find a public channel at {T[3]} - the username is not currently in use.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (short, Case number)",
    why="two posts blocked for users in Korea = restricted; channel username unused = not_found",
    items={T[1]: "restricted", T[2]: "restricted", T[3]: "not_found"},
)

case(
    name="tg-one-item-request-no-url",
    **{"from": "abuse@telegram.org"},
    date="Thu, 12 Sep 2024 10:47:02 +0300",
    subject="Re: KCSC-240911-07",
    reply_to_req=req_mid("KCSC-240911-07"),
    body="""
Hello,

Thank you for your report. The content you reported has been removed.

Case #5583019 is now closed.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk closing reply without the URL",
    why="the request has one item; 'the content you reported has been removed' applies to it",
    items={T7: "removed"},
)

case(
    name="naver-result-table-text",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Tue, 10 Sep 2024 15:30:12 +0900",
    subject="[NAVER] 시정요구(KCSC-240906-04) 조치 결과 회신",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회의 시정요구(KCSC-240906-04)에 대한 조치 결과를 아래와 같이 회신드립니다.

| 번호 | URL | 조치 결과 | 비고 |
|------|-----|-----------|------|
| 1 | {N[1]} | 삭제 | 9월 9일 조치 |
| 2 | {N[2]} | 임시조치 | 30일 |
| 3 | {N[3]} | 조치 불가 | 게시물 없음(작성자 삭제) |

나머지 게시물은 검토를 마치는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 table (삭제/임시조치/게시물 없음)",
    why="삭제 = removed, 임시조치 = restricted, '조치 불가' only because the author already deleted it = not_found",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-prose-korean-particles",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 11:02:40 +0900",
    subject="RE: [시정요구] KCSC-240906-04 처리 결과",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N[4]}는 카페 운영원칙 위반으로 블라인드 처리하였으며, {N5_RAW}은 관련 법령 및 네이버 게시물 운영정책상 위반 소지가 확인되지 않아 게시를 유지하기로 하였습니다.

추가 문의 사항이 있으시면 회신 부탁드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (prose)",
    why="블라인드 = removed; 위반 소지 없음으로 게시 유지 = rejected; URLs followed directly by Korean particles, one with a raw Korean path",
    items={N[4]: "removed", N[5]: "rejected"},
)

case(
    name="kakao-author-deleted-and-taken-down",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Thu, 12 Sep 2024 14:21:09 +0900",
    subject="[Daum 카페] KCSC-240909-05 요청 건 처리 결과 안내",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
안녕하세요. 카카오 정책팀입니다.
KCSC-240909-05 요청 건 처리 결과를 안내드립니다.

1) {K[1]}
 → 작성자가 이미 삭제한 게시물로 확인되어 별도 조치는 진행하지 않았습니다.

2) {K[2]}
 → 게시중단 조치 완료 (9월 11일)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 게시중단 처리 결과 안내 (status on the line under the URL)",
    why="'no action taken' only because the author already deleted it = not_found, not rejected; 게시중단 = removed",
    items={K[1]: "not_found", K[2]: "removed"},
)

case(
    name="tiktok-no-longer-available",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 03:15:00 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""
Hi,

We've reviewed the video you reported ({TT}) and found that it violates our Community Guidelines. The video is no longer available on TikTok.

Thank you for helping us keep TikTok safe.

TikTok Legal Team
https://www.tiktok.com/community-guidelines
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email (violation found, no longer available)",
    why="'no longer available on TikTok' after a violation finding = removed; URL in parentheses",
    items={TT: "removed"},
)

CSV_ATT = f"""url,action,region,comment
{X[11]},removed,global,Illegal activity
{X[12]},withheld,KR,Local law (KCSC request)
{X[2]},no_action,,No violation found
"""
case(
    name="x-csv-attachment-outcomes",
    **{"from": "legal-kr@x.com"},
    date="Tue, 10 Sep 2024 06:44:10 +0000",
    subject="KCSC-240903-01 - review outcomes (attached)",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b996-csv-1"

--b996-csv-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review of the posts in your
request KCSC-240903-01 that we have processed so far.

Regards,
X Legal

--b996-csv-1
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcomes.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcomes.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--b996-csv-1--
""",
    outcome="applied", classification="confirmation",
    imitates="X bulk outcome export sent as a CSV attachment",
    why="CSV rows: removed, withheld KR = restricted, no_action = rejected",
    items={X[11]: "removed", X[12]: "restricted", X[2]: "rejected"},
)

case(
    name="x-table-corrected-by-note",
    **{"from": "legal-kr@x.com"},
    date="Mon, 09 Sep 2024 08:17:52 +0000",
    subject="Re: KCSC-240903-01 - lotus_dice7 posts",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Outcome for the lotus_dice7 posts in KCSC-240903-01:

Post                                                      | Decision
--------------------------------------------------------- | --------
{X[5]} | Removed
{X[6]} | Removed

Note: the table above was exported before the final decision on the first
post. {X[5]} was withheld in South Korea only and was not removed. The
entry for the second post is correct.

Regards,
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a pasted tool table and an agent's note under it",
    why="the note explicitly corrects the table for lotus_dice7/...123 (withheld in KR, not removed) and confirms the other row",
    items={X[5]: "restricted", X[6]: "removed"},
)

case(
    name="yt-blocked-then-removed-globally",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 10:40:00 -0700",
    subject="Re: [KCSC-240904-02] Update on the reported Short",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hi,

An update on the Short in your request KCSC-240904-02.

We initially blocked {Y[3]} in South Korea on 6 September. On further review, the Short has since been removed from YouTube globally for violating our harassment and cyberbullying policy.
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up: local block escalated to global removal",
    why="the second sentence supersedes the first: removed",
    items={Y[3]: "removed"},
)

case(
    name="x-will-not-be-removed-list",
    **{"from": "legal-kr@x.com"},
    date="Wed, 11 Sep 2024 04:26:31 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

We've completed our review of the following posts, which were found not to violate the X Rules or the local law you cited. They will not be removed or withheld:

- {X[9]}
- {X[10]}

The following post was removed:

- {X[11]}

Regards,
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X legal refusal list followed by an action list",
    why="'will not be removed or withheld' is a refusal (rejected), not a promise; one post removed",
    items={X[9]: "rejected", X[10]: "rejected", X[11]: "removed"},
)

case(
    name="naver-top-posted-outlook-fullwidth",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 17:05:48 +0900",
    subject="RE: [시정요구] KCSC-240906-04 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요.

아래 요청 건 중 {N[1]}（게시중단）、{N[2]}（게시중단） 2건 조치 완료하였습니다.
나머지 3건은 확인 중입니다.

네이버 정책지원팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 2:00 PM
To: policy@navercorp.com
Subject: [시정요구] KCSC-240906-04 게시물 삭제 요청

아래 게시물에 대하여 시정요구(삭제)를 요청합니다.

1. {N[1]}
2. {N[2]}
3. {N[3]}
4. {N[4]}
5. {N5_RAW}

방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff reply top-posted over an Outlook-quoted request",
    why="two URLs followed by full-width parentheses with 게시중단 = removed; the quoted request below is not a statement",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="tg-gmail-quoted-partial",
    **{"from": "abuse@telegram.org"},
    date="Mon, 09 Sep 2024 14:33:10 +0300",
    subject="Re: KCSC-240905-03 Request to remove content",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

The channel {T[3]} has been blocked and is no longer accessible on Telegram. The two posts in harbor_lanterns you listed are still being reviewed.

Telegram Abuse Team

On Thu, 5 Sep 2024 at 09:15, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Under reference KCSC-240905-03 we request the removal of the
> following content, which offers narcotics for sale:
>
> 1. {T[1]}
> 2. {T[2]}
> 3. {T[3]}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse reply over a Gmail-quoted request",
    why="channel blocked on Telegram (no region) and inaccessible = removed; two posts still under review stay pending; quoted lines are not statements",
    items={T[3]: "removed", T[1]: "pending", T[2]: "pending"},
)

case(
    name="x-angle-brackets-wrapped",
    **{"from": "legal-kr@x.com"},
    date="Sun, 08 Sep 2024 23:58:02 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

With respect to KCSC-240903-01, the following posts are now withheld in
South Korea:

  <{X[9]}>
  <https://x.com/orchid_tally/
   status/1830466677788899900>

They remain visible to people outside South Korea.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice with URLs in angle brackets, one wrapped by the mail client",
    why="both orchid_tally posts withheld in South Korea = restricted; the second URL is wrapped inside <...>",
    items={X[9]: "restricted", X[10]: "restricted"},
)

QP_TEXT = (
    "Hello,\n\n"
    "Following our review under reference KCSC-240903-01 we\u2019ve taken these actions: "
    f"the post at {X[1]} has been removed for violating our illegal and regulated goods policy, "
    f"and the post at {X[12]} has been withheld in South Korea. "
    f"We found no violation in {X[4]}, so it stays up.\n\n"
    "Regards,\nX Legal\nhttps://help.x.com/en/rules-and-policies\n"
)
case(
    name="x-quoted-printable-one-paragraph",
    **{"from": "legal-kr@x.com"},
    date="Tue, 10 Sep 2024 11:09:45 +0000",
    subject="Re: KCSC-240903-01 - actions taken",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply sent quoted-printable (soft line breaks inside URLs)",
    why="one paragraph: removed, withheld in KR = restricted, no violation = rejected",
    items={X[1]: "removed", X[12]: "restricted", X[4]: "rejected"},
)

YT_B64_HTML = f"""<html><body>
<p>Hello,</p>
<p>We have reviewed the content you reported under KCSC-240904-02.</p>
<p><b>Content removed:</b></p>
<ul><li><a href="{Y[3]}">{Y[3]}</a></li></ul>
<p><b>Content blocked in South Korea only</b> (it remains available in other countries):</p>
<ul><li><a href="{Y[1]}">{Y[1]}</a></li></ul>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>
"""
case(
    name="yt-base64-html-headings",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 15:51:19 -0700",
    subject="Re: [KCSC-240904-02] Removal request - YouTube",
    reply_to_req=req_mid("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_B64_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with headed lists, HTML body base64-encoded",
    why="heading 'Content removed' over the Short, 'blocked in South Korea only' over Kp4rT9wLm2Q",
    items={Y[3]: "removed", Y[1]: "restricted"},
)

case(
    name="x-ticket-ack-plus-outcome",
    **{"from": "legal-kr@x.com"},
    date="Fri, 06 Sep 2024 13:22:14 +0000",
    subject="Your report has been received [ticket #0912-33741] KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your report. We have received it under ticket #0912-33741.

Our team has already reviewed part of the reported content: the account {X[8]} has been permanently suspended, and the post {X[7]} is no longer available on X.

Regards,
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X ticket receipt that already carries outcomes",
    why="receipt wording plus unhedged statements: suspended account = removed, post no longer available = removed",
    items={X[8]: "removed", X[7]: "removed"},
)

case(
    name="yt-url-under-statement",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 08:05:37 -0700",
    subject="Re: [KCSC-240904-02] Removal request - YouTube",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hi,

The following video has been removed for violating our policy on regulated goods and services:
{Y[2]}

The following Short was reviewed and will stay up, as it doesn't violate our Community Guidelines and we did not find it unlawful in South Korea:
{Y[3]}
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with each URL on the line under its decision",
    why="removed; 'will stay up' with reasons is a refusal = rejected, not a promise",
    items={Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="tg-echoed-report-results-by-number",
    **{"from": "abuse@telegram.org"},
    date="Sun, 08 Sep 2024 19:12:00 +0300",
    subject="Re: KCSC-240905-03 - result of your report",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

Your report:
  Reference: KCSC-240905-03
  1) {T[1]}
  2) {T[2]}
  3) {T[3]}

Result:
  1) Removed
  2) Removed
  3) Not found - no such channel

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply echoing the report and giving results by number",
    why="results listed by the numbers of the echoed list: removed, removed, not found",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tiktok-statement-of-reasons-kr",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 02:30:41 +0000",
    subject="Statement of reasons - KCSC-240910-06",
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""
Statement of reasons

Content: video {TT}
Decision: access to the content has been restricted in the Republic of Korea. It remains available in other regions.
Ground: illegal content under the laws of the Republic of Korea (notice from KCSC, reference KCSC-240910-06)
Facts relied on: the notice and the content of the video
Automated means used: no
Redress: the uploader may appeal in the app; see https://www.tiktok.com/legal/page/global/appeals/en

TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (territorial restriction)",
    why="restricted in the Republic of Korea only = restricted; the appeals link is not an item",
    items={TT: "restricted"},
)

# ================================================================ REVIEW
case(
    name="x-promise-will-be-removed",
    **{"from": "legal-kr@x.com"},
    date="Wed, 04 Sep 2024 06:30:00 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your report KCSC-240903-01. We have checked the posts {X[1]} and {X[2]}, and they will be removed within 24 hours once the internal sign-off is complete. We will confirm when this is done.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising action",
    why="'will be removed ... once sign-off is complete' is a promise, not a statement",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="yt-hedged-may-have-been",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 12:01:00 -0700",
    subject="Re: [KCSC-240904-02] Removal request - YouTube",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hi,

Regarding {Y[1]}: our records suggest the video may already have been removed by the uploader, but we are still confirming this with the product team. We'll update you once we have a definitive answer.
{YT_SIG}""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply with a hedge",
    why="'may already have been removed ... still confirming' is a hedge",
    items={Y[1]: "pending"},
)

case(
    name="naver-bulk-all-five",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Tue, 10 Sep 2024 10:12:00 +0900",
    subject="[NAVER] KCSC-240906-04 조치 완료 안내",
    reply_to_req=req_mid("KCSC-240906-04"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

시정요구(KCSC-240906-04)하신 게시물 5건 모두 게시중단 조치 완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean portal 일괄 조치 완료 안내",
    why="all five posts of a five-item request, none named: bulk",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending", N[5]: "pending"},
)

case(
    name="x-auth-fail-removed",
    **{"from": "legal@x.com"},
    auth="fail",
    date="Sat, 07 Sep 2024 03:03:03 +0000",
    subject="Re: KCSC-240903-01 resolved",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

The post {X[1]} has been removed. This request is now resolved.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X-looking reply failing DKIM/SPF/DMARC",
    why="x.com sender fails authentication",
    items={X[1]: "pending"},
)

case(
    name="lawfirm-says-user-deleted",
    **{"from": "jhpark@hanbit-law.example"},
    name_from="Park Jihoon (Hanbit Law)",
    date="Sun, 08 Sep 2024 16:40:00 +0900",
    subject="KCSC-240903-01 관련 / post by @jade_ferry",
    body=f"""
Dear Sir or Madam,

We act for the holder of the X account @jade_ferry. Our client has voluntarily deleted the post {X[7]} and asks that the matter under KCSC-240903-01 be considered closed as far as the account is concerned.

Yours faithfully,
Park Jihoon
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's lawyer",
    why="not a platform domain; speaks about a requested item",
    items={X[7]: "pending"},
)

case(
    name="naver-about-daum-item",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 09:30:00 +0900",
    subject="RE: KCSC-240909-05 문의",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

문의하신 {K[1]} 게시물은 당사 서비스가 아닌 Daum 카페 게시물입니다. 참고로 현재 해당 게시물은 삭제된 상태로 확인됩니다.

Daum 카페 게시물에 대한 조치는 카카오에 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal reply to a mis-addressed request about another portal's post",
    why="NAVER states the status of a Daum (Kakao) item",
    items={K[1]: "pending"},
)

case(
    name="x-conditional-counter-notice",
    **{"from": "legal-kr@x.com"},
    date="Mon, 09 Sep 2024 02:10:00 +0000",
    subject="Re: KCSC-240903-01 - account jade_ferry",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

We have notified the holder of {X[8]} of your request. If the account holder does not file a valid counter-notice by 16 September, the account will be withheld in South Korea. We will let you know the outcome.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply describing a notice period to the user",
    why="withholding depends on a condition in the future: no statement",
    items={X[8]: "pending"},
)

case(
    name="tg-under-review-named",
    **{"from": "abuse@telegram.org"},
    date="Fri, 06 Sep 2024 11:00:00 +0300",
    subject="Re: KCSC-240905-03",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

Your report KCSC-240905-03 has been assigned to a moderator. {T[1]} and {T[2]} are currently under review; we will contact you once a decision has been made.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk interim reply naming the posts under review",
    why="names two requested posts but only says 'under review'",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="naver-asks-for-documents",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 16:45:00 +0900",
    subject="RE: [시정요구] KCSC-240906-04 추가 자료 요청",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 {N[3]}에 대해서는 권리침해 여부를 판단하기 위하여 피해 당사자의 소명 자료 또는 관련 판결문이 필요합니다.
해당 자료를 본 메일로 회신하여 보내주시면 검토 후 조치 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal 추가 소명자료 요청",
    why="asks for documents before deciding on one post",
    items={N[3]: "pending"},
)

case(
    name="tiktok-contact-change-no-claims",
    **{"from": "gov-relations@tiktok.com"},
    name_from="TikTok Government Relations",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject="Change of contact address for Korean regulators",
    body="""
Dear colleagues,

I'm writing from TikTok's Government Relations team. From 1 October 2024 the
address for notices from Korean authorities changes to legal-kr@tiktok.com.
Notices sent to the old address will still be forwarded until the end of the
year. Our guidelines for government requests remain available at
https://www.tiktok.com/legal/page/global/law-enforcement/en

Please update your contact list accordingly.

Best regards,
Dana Cho
TikTok Government Relations
""",
    outcome="review", review="no_claims",
    imitates="platform government-relations notice of a contact change",
    why="trusted TikTok mail, no item and no request named",
    items={},
)

YT_CONFLICT_CSV = f"""content_url,decision,policy
{Y[2]},No action,Does not violate Community Guidelines
"""
case(
    name="yt-body-vs-attachment-conflict",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 17:22:00 -0700",
    subject="Re: [KCSC-240904-02] Decision",
    reply_to_req=req_mid("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b996-yt-2"

--b996-yt-2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

We have removed the video {Y[2]} from YouTube.
The decision record is attached.

Regards,
The YouTube Legal Support Team

--b996-yt-2
Content-Type: text/csv; charset=utf-8; name="decision.csv"
Content-Disposition: attachment; filename="decision.csv"
Content-Transfer-Encoding: base64

{b64(YT_CONFLICT_CSV)}
--b996-yt-2--
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube reply whose body and attached decision record disagree",
    why="body says removed, attached record says no action for the same video",
    items={Y[2]: "pending"},
)

case(
    name="x-positions-of-our-request",
    **{"from": "legal-kr@x.com"},
    date="Thu, 12 Sep 2024 07:45:00 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
Hello,

Regarding KCSC-240903-01: items 2, 5 and 7 in your list have been withheld in South Korea. The remaining items are still being reviewed.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply giving outcomes by position in the regulator's list",
    why="statuses by position in our request email, no URL: a clerk must check the request's list",
    items={X[2]: "pending", X[5]: "pending", X[7]: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    **{"from": "a.reyes@x.com"},
    name_from="Alma Reyes",
    date="Tue, 03 Sep 2024 01:00:30 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of content",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.
For urgent legal matters, please write to legal@x.com.

Alma
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

ORIG_REQ = f"""From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: [시정요구] KCSC-240906-04 게시물 삭제 요청
Message-ID: <{req_mid('KCSC-240906-04')}@kcsc.example>
Date: Fri, 06 Sep 2024 14:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물에 대하여 시정요구(삭제)를 요청합니다.

1. {N[1]}
2. {N[2]}
"""
case(
    name="naver-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx3.navercorp.com"},
    name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 14:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b996-dsn"

--b996-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@navercorp.com>: host mx3.navercorp.com said: 550 5.1.1
    Recipient address rejected: User unknown

--b996-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.navercorp.com
Arrival-Date: Fri,  6 Sep 2024 14:00:05 +0900 (KST)

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b996-dsn
Content-Type: message/rfc822

{ORIG_REQ}
--b996-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) returning our request",
    why="delivery status notification; the URLs are in our returned request",
    items={},
)

case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal KR",
    date="Wed, 04 Sep 2024 13:02:00 +0900",
    subject="Read: [KCSC-240904-02] Removal request - YouTube",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b996-mdn"

--b996-mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [KCSC-240904-02] Removal request - YouTube
  Sent: Wednesday, September 4, 2024 11:30 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 1:01 PM (UTC+09:00) Seoul.

--b996-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <{req_mid('KCSC-240904-02')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b996-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (RFC 8098 MDN)",
    why="read receipt",
    items={},
)

case(
    name="tg-ticket-receipt",
    **{"from": "abuse@telegram.org"},
    date="Thu, 05 Sep 2024 10:02:11 +0300",
    subject="Re: KCSC-240905-03 [ticket TG-558120]",
    reply_to_req=req_mid("KCSC-240905-03"),
    body="""
Hello,

We have received your report. Ticket TG-558120 has been created and our team will review it.
There is no need to send the report again.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt",
    why="pure acknowledgement, no item named",
    items={},
)

case(
    name="kakao-out-of-office-korean",
    **{"from": "minji.kang@kakaocorp.com"},
    name_from="강민지",
    date="Mon, 09 Sep 2024 10:00:20 +0900",
    subject="[자동응답] 부재중입니다: KCSC-240909-05 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240909-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 강민지입니다.
9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 정책팀 대표 메일(policy@kakaocorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tiktok-request-receipt",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 07:21:00 +0000",
    subject="We received your request (KCSC-240910-06)",
    reply_to_req=req_mid("KCSC-240910-06"),
    body="""
Hi,

We received your request (KCSC-240910-06). Your reference number is TT-2409-77812.
Our team will review the request and contact you if we need more information.

TikTok Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok legal portal submission receipt",
    why="pure acknowledgement with a reference number",
    items={},
)

HEADER = """# Blind set 996 (focus: what a program gets wrong). Generated by make.py;
# expected results written from each email's meaning before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind996", HEADER, cases)
