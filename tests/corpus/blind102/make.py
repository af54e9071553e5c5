#!/usr/bin/env python3
"""Blind set 102: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, echoed
reports with fields, status lines below URLs, a table and a note that
disagree. Every email is fictional and written in our own sentences; the
expected results below were written from each email's meaning before any
run of the reader.

    python3 tests/corpus/blind102/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import email.header
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R_TG = "KCSC-240902-01"   # telegram, 12 items (largest)
R_X = "KCSC-240903-02"    # x, 4 items
R_YT = "KCSC-240904-03"   # youtube, 3 items
R_NV = "KCSC-240905-04"   # naver, 5 items
R_KK = "KCSC-240906-05"   # kakao, 2 items
R_TT = "KCSC-240909-06"   # tiktok, 1 item
R_Y1 = "KCSC-240910-07"   # youtube, 1 item

T1 = "https://t.me/lantern_bazaar/1041"
T2 = "https://t.me/lantern_bazaar/1057"
T3 = "https://t.me/lantern_bazaar/1102"
T4 = "https://t.me/grey_orchard_shop"
T5 = "https://t.me/grey_orchard_shop/88"
T6 = "https://t.me/s/quietferry/215"
T7 = "https://t.me/quietferry/216"
T8 = "https://t.me/+Vb3kQm9xZ2E5ZTQ1"
T9 = "https://t.me/pinewick_deals/7"
T10 = "https://t.me/pinewick_deals/19"
T11 = "https://t.me/moss_relay/3301"
T12 = "https://t.me/moss_relay/3318"

X1 = "https://x.com/duskfield_kr/status/1830411122334455667"
X2 = "https://x.com/duskfield_kr/status/1830419988776655443"
X3 = "https://x.com/m_tidewell/status/1830500011223344556"
X4 = "https://x.com/hollowpine_99"

Y1 = "https://www.youtube.com/watch?v=Rk2vQ8mLp0a"
Y2 = "https://www.youtube.com/watch?v=Zt5nW1xYc3b"
Y3 = "https://www.youtube.com/@riverstone_tv_kr"
Y4 = "https://www.youtube.com/shorts/Hq3Lx9Tn2Pw"

N1 = "https://blog.naver.com/sunbeam_lodge/223561234567"
N2 = "https://blog.naver.com/sunbeam_lodge/223561299901"
N3 = "https://cafe.naver.com/moonlitmarket/884"
N4_RAW = "https://in.naver.com/밤시장/contents/4410"
N4 = "https://in.naver.com/" + urllib.parse.quote("밤시장") + "/contents/4410"
N5 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120044&memberNo=5521078"

K1 = "https://cafe.daum.net/driftwood77/Ab9C/331"
K2 = "https://cafe.daum.net/driftwood77/Ab9C/347"

TT1 = "https://www.tiktok.com/@night.vendor.kr/video/7410023344556677889"

REQUESTS = [
    (R_TG, "telegram", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12], "illegal_trade", "Telegram channels and posts"),
    (R_X, "x", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00",
     [X1, X2, X3, X4], "defamation", ""),
    (R_YT, "youtube", "2024-09-04T09:15:00+09:00", "2024-09-11T23:59:59+09:00",
     [Y1, Y2, Y3], "gambling", ""),
    (R_NV, "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     [N1, N2, N3, N4, N5], "illegal_trade", "one Korean path"),
    (R_KK, "kakao", "2024-09-06T10:40:00+09:00", "2024-09-13T23:59:59+09:00",
     [K1, K2], "privacy", ""),
    (R_TT, "tiktok", "2024-09-09T16:20:00+09:00", "2024-09-16T23:59:59+09:00",
     [TT1], "drugs", ""),
    (R_Y1, "youtube", "2024-09-10T10:05:00+09:00", "2024-09-17T23:59:59+09:00",
     [Y4], "gambling", "single Short"),
]


def req_mid(ref):
    return f"req-{ref}"


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            q = '"' + u + '"' if "," in u else u
            lines.append(f"{ref},{plat},{sent},{due},{q},{cat},{req_mid(ref)}@kcsc.example,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def single(ctype, cte, payload):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{payload}")


def quote_request(ref, urls, when):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             f"> Reference: {ref}",
             "> Dear Sir or Madam,",
             "> The Korea Communications Standards Commission requests the removal",
             "> of the following content under Article 44-7 of the Network Act:",
             ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> Please reply to this address with the result for each URL.",
              "> KCSC Takedown Desk"]
    return "\n".join(lines)


SIG_TG = "Telegram Abuse Team\nhttps://telegram.org/faq"
SIG_X = "X Legal Operations\nhttps://help.x.com/en/rules-and-policies/x-rules"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="tg-mixed-statuses-one-sentence",
    **{"from": "abuse@telegram.org"}, date="Wed, 04 Sep 2024 08:12:40 +0000",
    subject=f"Re: {R_TG} request for removal", reply_to_req=req_mid(R_TG),
    body=f"""Hello,

Regarding your request {R_TG} (Case #4419027): of the posts you reported,
{T1} and {T2} have been removed, whereas {T3} remains
available because it does not violate the Telegram Terms of Service.

We continue to review the remaining links and will write again.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply giving several outcomes in one sentence",
    why="one sentence: two removed, one kept up with a reason (rejected); 'remaining links' is a promise",
    items={T1: "removed", T2: "removed", T3: "rejected", T4: "pending"},
)

case(
    name="tg-status-line-below-url",
    **{"from": "dsa@telegram.org"}, date="Wed, 04 Sep 2024 11:03:17 +0000",
    subject=f"[Case #4419027] Outcome of your notice {R_TG}", reply_to_req=req_mid(R_TG),
    body=f"""Dear KCSC team,

Please find below the outcome for part of the items in your notice.

{T4}
Status: channel blocked

{T5}
Status: blocked

{T6}
Status: not found - the message ID does not exist in this channel

Kind regards,
{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system outcome list, status on the line below each URL",
    why="each status line belongs to the URL above it",
    items={T4: "removed", T5: "removed", T6: "not_found"},
)

case(
    name="tg-restricted-then-removed",
    **{"from": "abuse@telegram.org"}, date="Thu, 05 Sep 2024 02:44:09 +0000",
    subject=f"Re: {R_TG}", reply_to_req=req_mid(R_TG),
    body=f"""Hi,

On 3 September we restricted access to {T7} for users in South Korea.
After a second review by our moderators the post has now been deleted
from Telegram altogether, so it is no longer available in any country.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="moderator follow-up that revises an earlier geo-restriction",
    why="the later sentence supersedes the first: deleted everywhere",
    items={T7: "removed"},
)

case(
    name="tg-refusal-with-reason-and-removal",
    **{"from": "abuse@telegram.org"}, date="Thu, 05 Sep 2024 06:30:55 +0000",
    subject=f"Re: {R_TG} removal request", reply_to_req=req_mid(R_TG),
    body=f"""Hello,

We have decided not to take action on {T9}. The post is a
news report about a police raid and quotes no offer; it does not breach our
Terms of Service.

{T10} was taken down by our moderators yesterday.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk refusal with reasons next to a removal",
    why="refusal with its reason = rejected; second paragraph a plain removal",
    items={T9: "rejected", T10: "removed"},
)

case(
    name="tg-echoed-report-fields",
    **{"from": "noreply@telegram.org"}, date="Fri, 06 Sep 2024 01:15:22 +0000",
    subject=f"Your report has been processed [Case #4419033]", reply_to_req=req_mid(R_TG),
    body=f"""Your report has been processed.

--- Report 1 of 2 ---
Reported URL: {T11}
Reason given: Sale of illegal goods
Reporter reference: {R_TG}
Decision: Content blocked

--- Report 2 of 2 ---
Reported URL: {T12}
Reason given: Sale of illegal goods
Reporter reference: {R_TG}
Decision: No such message. The link does not lead to an existing post.

This is an automated summary. Please do not reply to this message.
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="report-form receipt that echoes the reporter's fields with a decision line",
    why="the Decision field of each echoed report gives the status; 'Reason given' is our own text",
    items={T11: "removed", T12: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"}, date="Fri, 06 Sep 2024 07:51:03 +0000",
    subject=f"Re: {R_TG}", reply_to_req=req_mid(R_TG),
    body=f"""Dear colleagues,

The message at {T1}, which may have been reposted in other
channels as well, has been removed.

The message at {T2}, which appears to have been deleted by the
channel owner before our review, could not be found.

If you find copies elsewhere, please send us the exact links.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with hedged side remarks",
    why="the hedges sit in relative clauses; the main clauses are firm: removed, could not be found",
    items={T1: "removed", T2: "not_found"},
)

case(
    name="tg-negations",
    **{"from": "abuse@telegram.org"}, date="Fri, 06 Sep 2024 12:20:41 +0000",
    subject=f"Re: {R_TG} - two more links", reply_to_req=req_mid(R_TG),
    body=f"""Hello,

Two more answers on your request {R_TG}:

- We have not removed {T3}. It is an advertisement for a
  legal second-hand market and is not against our rules.
- The invite link {T8} is not valid. No group or channel
  could be found behind it.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply in negative sentences",
    why="'have not removed ... not against our rules' = rejected; 'not valid ... could not be found' = not_found",
    items={T3: "rejected", T8: "not_found"},
)

case(
    name="x-numbered-mixed",
    **{"from": "legal-noreply@x.com"}, date="Fri, 06 Sep 2024 03:02:11 +0000",
    subject=f"Re: [{R_X}] Legal request from KCSC", reply_to_req=req_mid(R_X),
    body=f"""Hello,

We have reviewed your request {R_X} and taken the following actions:

1. {X1}
   Withheld in South Korea in response to your legal demand.
2. {X2}
   Removed for violating the X Rules.
3. {X3}
   No action. We did not find a violation of the X Rules or of local law.

{SIG_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome with a numbered list",
    why="each numbered entry gives its status on the line below its URL",
    items={X1: "restricted", X2: "removed", X3: "rejected"},
)

case(
    name="x-account-suspended",
    **{"from": "legal-noreply@x.com"}, date="Fri, 06 Sep 2024 09:44:30 +0000",
    subject=f"Re: [{R_X}] Legal request from KCSC", reply_to_req=req_mid(R_X),
    body=f"""Hello,

The account {X4} has been permanently suspended for repeated
violations of the X Rules. Its profile and posts are no longer visible on X.

The other items in your request are still under review.

{SIG_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice to a reporter",
    why="a suspended account is made unavailable = removed; the rest is a status 'under review'",
    items={X4: "removed", X1: "pending"},
)

x_table_html = f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome of request {R_X}.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{X1}</td><td>Withheld</td><td>KR</td></tr>
<tr><td>{X2}</td><td>Withheld</td><td>KR</td></tr>
</table>
<p><b>Correction to the table above:</b> the second post, {X2}, was
removed globally on 10 September after an appeal review, not withheld. The
first row is correct.</p>
<p>X Legal Operations</p>
</body></html>
"""
case(
    name="x-table-corrected-by-note",
    **{"from": "legal-noreply@x.com"}, date="Wed, 11 Sep 2024 02:18:47 +0000",
    subject=f"Re: [{R_X}] Legal request from KCSC - update", reply_to_req=req_mid(R_X),
    raw_mime=single("text/html", "quoted-printable", qp(x_table_html)),
    outcome="applied", classification="confirmation",
    imitates="X HTML outcome table followed by a correction note",
    why="the note explicitly corrects row 2 (removed); row 1 stands (restricted)",
    items={X1: "restricted", X2: "removed"},
)

case(
    name="x-not-withheld-but-removed",
    **{"from": "legal-noreply@x.com"}, date="Thu, 12 Sep 2024 05:37:02 +0000",
    subject=f"Re: [{R_X}] your follow-up", reply_to_req=req_mid(R_X),
    body=f"""Hello,

To answer your follow-up: the post {X3} has not been withheld
in Korea; it has been removed globally, following a new report from the
person depicted in it.

{SIG_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply correcting the reporter's assumption",
    why="negated 'withheld', affirmed 'removed globally' = removed",
    items={X3: "removed"},
)

case(
    name="x-angle-brackets",
    **{"from": "legal-noreply@x.com"}, date="Mon, 09 Sep 2024 07:12:55 +0000",
    subject=f"Re: [{R_X}] Legal request from KCSC", reply_to_req=req_mid(R_X),
    body=f"""Hello,

Following our review, content at <{X1}> is now withheld
in South Korea. The post at <{X2}> is no longer
available on X: it was deleted by the account holder before we reviewed it.

{SIG_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with URLs in angle brackets",
    why="withheld in Korea = restricted; deleted by its author = not_found",
    items={X1: "restricted", X2: "not_found"},
)

yt_qp_text = f"""Hello,

Thank you for your legal notice {R_YT}. After review we have taken the
following action on the content you identified:

{Y1} - blocked from view in South Korea under local law.
{Y2} - removed from YouTube for violating our Community Guidelines.

You can see how we handle government requests in our Transparency Report:
https://transparencyreport.google.com/government-removals/overview

Regards,
The YouTube Legal Support Team
"""
case(
    name="yt-qp-geo-and-removed",
    **{"from": "youtube-legal-support@google.com"}, date="Fri, 06 Sep 2024 14:22:31 +0000",
    subject=f"[{R_YT}] YouTube legal notice - outcome", reply_to_req=req_mid(R_YT),
    name_from="YouTube Legal Support",
    raw_mime=single("text/plain", "quoted-printable", qp(yt_qp_text)),
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removal outcome (quoted-printable)",
    why="blocked in South Korea = restricted; removed for guidelines = removed; transparency report link is no item",
    items={Y1: "restricted", Y2: "removed"},
)

case(
    name="yt-age-restricted-channel-kept",
    **{"from": "youtube-legal-support@google.com"}, date="Mon, 09 Sep 2024 01:09:14 +0000",
    subject=f"[{R_YT}] YouTube legal notice - further outcome", reply_to_req=req_mid(R_YT),
    name_from="YouTube Legal Support",
    body=f"""Hello,

We have age-restricted the video {Y1}; viewers must be signed in
and over 18 to watch it.

We have not terminated the channel {Y3}. Having reviewed its
videos, we did not find content that violates our policies or the local law
cited in your notice, so the channel remains available.

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply: age restriction and a declined channel termination",
    why="age-restricted = restricted; the channel stays up, no violation found = rejected",
    items={Y1: "restricted", Y3: "rejected"},
)

case(
    name="yt-one-item-sole",
    **{"from": "youtube-legal-support@google.com"}, date="Thu, 12 Sep 2024 04:40:00 +0000",
    subject=f"[{R_Y1}] YouTube legal notice - outcome", reply_to_req=req_mid(R_Y1),
    name_from="YouTube Legal Support",
    body=f"""Hello,

Regarding your notice {R_Y1}: the content you reported has been removed
from YouTube.

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="short YouTube legal outcome naming no URL",
    why="one-item request, unhedged removal statement: applies to its item",
    items={Y4: "removed"},
)

yt_html = f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>We have reviewed the following items from request {R_YT}:</p>
<ul>
<li><a href="{Y2}">{Y2}</a> &mdash; removed
for violating YouTube's policy on gambling content.</li>
<li><a href="{Y3}">{Y3}</a> &mdash; no action taken; the channel
does not violate our Community Guidelines.</li>
</ul>
<p>To learn more, visit <a href="https://support.google.com/youtube/answer/9288567">our Help Center</a>.</p>
<p>The YouTube Legal Support Team</p>
</body></html>
"""
yt_plain = f"""Hello,

We have reviewed the following items from request {R_YT}:

* {Y2} - removed for violating YouTube's policy on gambling
  content.
* {Y3} - no action taken; the channel does not violate our
  Community Guidelines.

The YouTube Legal Support Team
"""
case(
    name="yt-base64-alternative",
    **{"from": "youtube-legal-support@google.com"}, date="Tue, 10 Sep 2024 06:55:18 +0000",
    subject=f"[{R_YT}] YouTube legal notice - outcome", reply_to_req=req_mid(R_YT),
    name_from="YouTube Legal Support",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt-alt-7731"

--yt-alt-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(yt_plain)}
--yt-alt-7731
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(yt_html)}
--yt-alt-7731--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML+plain outcome, base64 bodies",
    why="removed and no action (rejected) per bullet; help-centre link is no item",
    items={Y2: "removed", Y3: "rejected"},
)

case(
    name="naver-mixed-one-sentence-ko",
    **{"from": "policy@navercorp.com"}, date="Mon, 09 Sep 2024 02:30:00 +0000",
    subject=f"[NAVER] 게시중단 요청 처리 결과 안내 ({R_NV})", reply_to_req=req_mid(R_NV),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

방송통신심의위원회에서 요청하신 {R_NV} 건 중 {N1} 게시물은 게시중단(블라인드) 처리하였으며, {N2} 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 게시물은 검토 후 별도로 안내드리겠습니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 (two outcomes in one sentence)",
    why="블라인드 = removed; 작성자가 이미 삭제 = not_found; the rest is a promise",
    items={N1: "removed", N2: "not_found", N3: "pending"},
)

nv_table = f"""<html><body>
<p>안녕하세요. 네이버입니다.</p>
<p>{R_NV} 시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N3}</td><td>임시조치</td><td>30일간 게시 중단</td></tr>
<tr><td>2</td><td>{N4_RAW}</td><td>삭제</td><td>운영정책 위반</td></tr>
<tr><td>3</td><td>{N5.replace('&', '&amp;')}</td><td>조치 불가</td><td>위반 사항 없음</td></tr>
</table>
<p>문의 사항은 회신 메일로 보내 주시기 바랍니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-html-table-korean-path",
    **{"from": "policy@navercorp.com"}, date="Tue, 10 Sep 2024 05:12:44 +0000",
    subject=f"Re: [{R_NV}] 시정요구 조치결과 회신", reply_to_req=req_mid(R_NV),
    raw_mime=single("text/html", "base64", b64(nv_table)),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (HTML, base64)",
    why="임시조치 = restricted; 삭제 = removed (raw Korean path); 조치 불가·위반 사항 없음 = rejected",
    items={N3: "restricted", N4: "removed", N5: "rejected"},
)

case(
    name="naver-url-below-statement",
    **{"from": "help@naver.com"}, date="Wed, 11 Sep 2024 01:05:09 +0000",
    subject=f"[네이버] {R_NV} 접근 제한 조치 안내", reply_to_req=req_mid(R_NV),
    body=f"""안녕하세요, 네이버 고객센터입니다.

아래 게시물에 대해 국내 접근 제한 조치를 완료하였습니다.
{N5}

아래 게시물은 운영자 삭제 처리되었습니다.
{N2}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 notice, URL on the line below its statement",
    why="each statement governs the URL on the next line: 접근 제한 = restricted, 운영자 삭제 = removed",
    items={N5: "restricted", N2: "removed"},
)

case(
    name="naver-particles-fullwidth",
    **{"from": "policy@navercorp.com"}, date="Wed, 11 Sep 2024 08:48:20 +0000",
    subject=f"Re: {R_NV} 처리 결과", reply_to_req=req_mid(R_NV),
    body=f"""안녕하세요.

{N1}은 비공개 처리되었습니다。
게시물({N3})은 삭제되었습니다．
{N4_RAW}의 경우 해당 게시물이 존재하지 않습니다。

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="terse Korean reply, URLs followed by particles and full-width punctuation",
    why="비공개 처리 = removed; 삭제 = removed; 존재하지 않습니다 = not_found",
    items={N1: "removed", N3: "removed", N4: "not_found"},
)

kk_csv = f"""url,조치결과,비고
{K1},삭제,개인정보 노출
{K2},게시물 없음,존재하지 않는 게시물
"""
case(
    name="kakao-csv-attachment",
    **{"from": "cafe-report@daum.net"}, date="Wed, 11 Sep 2024 06:00:12 +0000",
    subject=f"[Daum 카페] {R_KK} 처리 결과", reply_to_req=req_mid(R_KK),
    name_from="Daum 카페 운영팀",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kk-mix-2024"

--kk-mix-2024
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, Daum 카페 운영팀입니다.
요청하신 {R_KK} 건의 처리 결과를 첨부 파일로 보내드립니다.

카카오 Daum 카페 운영팀

--kk-mix-2024
Content-Type: text/csv; charset=utf-8; name="{R_KK}_result.csv"
Content-Disposition: attachment; filename="{R_KK}_result.csv"
Content-Transfer-Encoding: base64

{b64(kk_csv)}
--kk-mix-2024--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum cafe result as a CSV attachment",
    why="CSV rows: 삭제 = removed; 게시물 없음 = not_found",
    items={K1: "removed", K2: "not_found"},
)

case(
    name="tiktok-restricted-kr",
    **{"from": "legal-kr@tiktok.com"}, date="Wed, 11 Sep 2024 09:25:40 +0000",
    subject=f"Re: {R_TT} – TikTok", reply_to_req=req_mid(R_TT),
    name_from="TikTok Legal",
    body=f"""Hi,

Thanks for contacting TikTok. We reviewed the video at
{TT1} against our Community Guidelines and applicable law.

We have restricted the video so that it is not available to users in South
Korea. It remains visible elsewhere.

If you have questions, reply to this email.
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law restriction notice",
    why="not available in South Korea = restricted",
    items={TT1: "restricted"},
)

case(
    name="tg-top-posted-over-quote",
    **{"from": "abuse@telegram.org"}, date="Tue, 03 Sep 2024 16:40:02 +0000",
    subject=f"Re: {R_TG} request for removal", reply_to_req=req_mid(R_TG),
    body=f"""Hi,

{T9} and {T10} have been blocked. We are still looking at the others.

{SIG_TG}

{quote_request(R_TG, [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12], "Mon, 2 Sep 2024 at 10:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="only the two URLs in the reply change; the quoted request is ours",
    items={T9: "removed", T10: "removed", T1: "pending", T11: "pending"},
)

case(
    name="tg-outlook-original-message",
    **{"from": "dsa@telegram.org"}, date="Wed, 04 Sep 2024 13:02:59 +0000",
    subject=f"RE: {R_TG} request for removal", reply_to_req=req_mid(R_TG),
    body=f"""Dear KCSC,

{T11} has been removed.
{T12}: we could not find this message; it may never have existed or was
deleted before your report.

Best regards,
Telegram DSA Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: dsa@telegram.org
Subject: {R_TG} request for removal

Dear Sir or Madam,
Please remove the following content, which is illegal under Korean law:
{T1}
{T2}
{T3}
{T11}
{T12}
Thank you,
KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' (request unquoted)",
    why="'could not find' is firm (the hedge is only about why); the request text below is ours",
    items={T11: "removed", T12: "not_found", T1: "pending"},
)

case(
    name="tg-dsa-statement-of-reasons",
    **{"from": "dsa@telegram.org"}, date="Thu, 05 Sep 2024 10:10:10 +0000",
    subject=f"Statement of reasons - Case #4419051 ({R_TG})", reply_to_req=req_mid(R_TG),
    body=f"""STATEMENT OF REASONS

Case number: 4419051
Notifier reference: {R_TG}
Content: {T5}
Decision: Removal of the content
Territorial scope: Worldwide
Ground: Incompatible with the Telegram Terms of Service (illegal goods)
Facts relied on: notice from a public authority, manual review
Automated means used: No

Redress: you may ask for a review of this decision at
https://telegram.org/support?type=dsa-appeal within six months.

Telegram DSA Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons in field form",
    why="Decision field: removal, worldwide; the appeal link is no item",
    items={T5: "removed"},
)

case(
    name="tg-thanks-plus-statements",
    **{"from": "abuse@telegram.org"}, date="Tue, 03 Sep 2024 07:58:21 +0000",
    subject=f"Re: {R_TG} request for removal", reply_to_req=req_mid(R_TG),
    body=f"""Hello,

Thank you for your report, we have received it. The following have already
been processed and blocked:

{T1}
{T6}

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="receipt wording followed by unhedged outcomes",
    why="an acknowledgement phrase plus firm statements is not an acknowledgement",
    items={T1: "removed", T6: "removed"},
)

case(
    name="tg-declined-reason-mentions-removed",
    **{"from": "abuse@telegram.org"}, date="Sat, 07 Sep 2024 04:04:04 +0000",
    subject=f"Re: {R_TG}", reply_to_req=req_mid(R_TG),
    body=f"""Hello,

We have declined your request for {T12}. The post only quotes
a newspaper headline about a shop that was removed from another website; it
offers nothing for sale and does not breach our Terms.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk refusal whose reason contains the word 'removed'",
    why="declined with a reason = rejected; 'removed from another website' is about something else",
    items={T12: "rejected"},
)

# ================================================================ REVIEW
case(
    name="tg-promise-will-be-removed",
    **{"from": "abuse@telegram.org"}, date="Tue, 03 Sep 2024 05:20:00 +0000",
    subject=f"Re: {R_TG} request for removal", reply_to_req=req_mid(R_TG),
    body=f"""Hello,

Thanks. {T1} and {T2} will be removed within 24 hours,
once our moderators have confirmed the channel owner's identity.

{SIG_TG}
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk promise with a condition",
    why="'will be removed ... once' is a promise, not a statement",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tg-hedge-appears",
    **{"from": "abuse@telegram.org"}, date="Wed, 04 Sep 2024 04:11:45 +0000",
    subject=f"Re: {R_TG}", reply_to_req=req_mid(R_TG),
    body=f"""Hi,

The channel {T4} appears to have been restricted already by
another team; we are checking with them and will confirm.

{SIG_TG}
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim reply with a hedge",
    why="'appears to have been restricted' plus 'will confirm' is no statement",
    items={T4: "pending"},
)

case(
    name="x-bulk-all-removed",
    **{"from": "legal-noreply@x.com"}, date="Tue, 10 Sep 2024 03:00:00 +0000",
    subject=f"Re: [{R_X}] Legal request from KCSC", reply_to_req=req_mid(R_X),
    body=f"""Hello,

All of the reported posts in {R_X} have been removed.

{SIG_X}
""",
    outcome="review", review="bulk",
    imitates="X one-line bulk outcome",
    why="names no item, covers a four-item request: bulk",
    items={X1: "pending", X2: "pending", X3: "pending", X4: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": "policy@navercorp.com"}, auth="fail", date="Tue, 10 Sep 2024 11:11:11 +0000",
    subject=f"[NAVER] 게시중단 요청 처리 결과 안내 ({R_NV})",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 {N1}, {N2}은(는) 모두 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER 처리 결과 안내 failing DMARC",
    why="platform domain failing authentication: nothing applied",
    items={N1: "pending", N2: "pending"},
)

case(
    name="unknown-sender-lookalike",
    **{"from": "trust-safety@telegram-support.help"}, date="Wed, 04 Sep 2024 22:10:30 +0000",
    name_from="Telegram Trust & Safety",
    subject=f"Re: {R_TG} request for removal", reply_to_req=req_mid(R_TG),
    body=f"""Dear KCSC,

We confirm that {T1}, {T2} and {T3} have been deleted.
For faster handling of future requests please register at our partner portal.

Telegram Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain claiming to be Telegram",
    why="telegram-support.help is no platform's domain",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

x_conflict_html = f"""<html><body>
<p>Hello,</p>
<p>Outcome for {R_X}:</p>
<table border="1">
<tr><th>URL</th><th>Action taken</th></tr>
<tr><td>{X1}</td><td>Removed</td></tr>
</table>
<p>Agent note: we did not find that {X1} violates the X Rules or
Korean law, and we have not taken action on it at this time.</p>
<p>X Legal Operations</p>
</body></html>
"""
case(
    name="x-table-note-conflict",
    **{"from": "legal-noreply@x.com"}, date="Thu, 12 Sep 2024 10:20:30 +0000",
    subject=f"Re: [{R_X}] Legal request from KCSC", reply_to_req=req_mid(R_X),
    raw_mime=single("text/html", "8bit", x_conflict_html),
    outcome="review", review="conflicting_statements",
    imitates="X outcome table contradicted by the agent's note",
    why="table says removed, note says no action; neither corrects the other",
    items={X1: "pending"},
)

case(
    name="tg-about-x-link",
    **{"from": "abuse@telegram.org"}, date="Thu, 05 Sep 2024 15:15:15 +0000",
    subject=f"Re: Fwd: {R_X}",
    body=f"""Hello,

{X3} is not a Telegram link. We could not find this content on
Telegram and cannot act on it; please contact the platform that hosts it.

{SIG_TG}
""",
    outcome="review", review="wrong_platform",
    imitates="abuse desk answering about another platform's link",
    why="Telegram stating 'could not find' for an X item",
    items={X3: "pending"},
)

case(
    name="tg-no-claims-form",
    **{"from": "abuse@telegram.org"}, date="Tue, 03 Sep 2024 01:01:01 +0000",
    subject="Re: removal request",
    body="""Hello,

Please send future reports through our dedicated form at
https://telegram.org/dsa-report so that they reach the right team faster.
Reports sent to this address may take longer to process.

Telegram Abuse Team
""",
    outcome="review", review="no_claims",
    imitates="abuse desk redirecting to a web form",
    why="trusted, names no item and no request",
    items={},
)

case(
    name="kakao-asks-documents",
    **{"from": "cs@kakaocorp.com"}, date="Mon, 09 Sep 2024 04:50:00 +0000",
    subject=f"Re: {R_KK} 게시물 삭제 요청 관련 문의", reply_to_req=req_mid(R_KK),
    name_from="카카오 고객센터",
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 {K1}, {K2} 게시물을 처리하기 위해서는
해당 게시물로 인한 권리침해 사실을 소명할 수 있는 자료가 추가로 필요합니다.
소명자료(신분증 사본 제외)를 회신 메일에 첨부해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 고객센터 asking for 소명자료",
    why="asks for supporting documents, states nothing",
    items={K1: "pending", K2: "pending"},
)

case(
    name="tiktok-hedged-under-review",
    **{"from": "legal-kr@tiktok.com"}, date="Tue, 10 Sep 2024 02:45:00 +0000",
    subject=f"Re: {R_TT} – TikTok", reply_to_req=req_mid(R_TT),
    name_from="TikTok Legal",
    body=f"""Hi,

Our team is still reviewing {TT1}. An initial check suggests
the video may already be unavailable in your region, but we need to confirm
this with the local-law team before we can give you a final answer.

TikTok Legal
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim reply with a hedge",
    why="under review + 'may already be unavailable': no statement",
    items={TT1: "pending"},
)

case(
    name="x-conditional-withhold",
    **{"from": "legal-noreply@x.com"}, date="Mon, 09 Sep 2024 12:00:00 +0000",
    subject=f"Re: [{R_X}] Legal request from KCSC", reply_to_req=req_mid(R_X),
    body=f"""Hello,

If you can provide a copy of the court order mentioned in your request, the
post {X2} would be withheld in South Korea. {X1} may also be
withheld once our review of the local law is complete.

{SIG_X}
""",
    outcome="review", review="not_understood",
    imitates="X legal reply with conditions",
    why="conditional 'would be withheld' and 'may also be withheld once': no statements",
    items={X1: "pending", X2: "pending"},
)

# ================================================================ IGNORED
case(
    name="tg-out-of-office",
    **{"from": "m.ivanova@telegram.org"}, date="Mon, 02 Sep 2024 01:05:00 +0000",
    name_from="Maria Ivanova",
    subject=f"Automatic reply: {R_TG} request for removal", reply_to_req=req_mid(R_TG),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 9 September with limited access to email.
Urgent abuse reports: abuse@telegram.org.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply",
    why="auto-reply",
    items={},
)

bounce_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: {R_NV} 게시중단 요청
Date: Thu, 05 Sep 2024 14:00:00 +0900
Message-ID: <{req_mid(R_NV)}@kcsc.example>

다음 게시물의 삭제를 요청합니다.
{N1}
{N2}
"""
case(
    name="naver-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx1.navercorp.com"}, date="Thu, 05 Sep 2024 05:00:09 +0000",
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b-5501"

--dsn-b-5501
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@navercorp.com>: host mx1.navercorp.com said: 550 5.1.1
    mailbox unavailable

--dsn-b-5501
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.navercorp.com
Arrival-Date: Thu, 05 Sep 2024 14:00:05 +0900

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--dsn-b-5501
Content-Type: message/rfc822

{bounce_orig}
--dsn-b-5501--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN with the returned request attached",
    why="bounce; the URLs are in our own returned request",
    items={N1: "pending", N2: "pending"},
)

case(
    name="x-mdn-read-receipt",
    **{"from": "j.park@x.com"}, date="Tue, 03 Sep 2024 04:31:00 +0000",
    name_from="Jiwoo Park",
    subject=f"Read: [{R_X}] Legal request from KCSC", reply_to_req=req_mid(R_X),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-9"

--mdn-9
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: [{R_X}] Legal request from KCSC

was read on Tuesday, 3 September 2024 13:30 (KST).

--mdn-9
Content-Type: message/disposition-notification

Reporting-UA: x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;j.park@x.com
Original-Message-ID: <{req_mid(R_X)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-9--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "noreply@tiktok.com"}, date="Mon, 09 Sep 2024 07:21:00 +0000",
    name_from="TikTok Support",
    subject=f"We received your request [Ticket TT-88412] {R_TT}", reply_to_req=req_mid(R_TT),
    body=f"""Hi,

We've received your request ({R_TT}) and created ticket TT-88412.
A member of our team will review it and get back to you. You don't need to
reply to this email.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket-system receipt",
    why="pure acknowledgement",
    items={},
)

case(
    name="naver-receipt-ko",
    **{"from": "noreply@navercorp.com"}, date="Thu, 05 Sep 2024 05:10:00 +0000",
    name_from="네이버 권리보호센터",
    subject=f"[네이버] 게시중단 요청이 접수되었습니다 ({R_NV})", reply_to_req=req_mid(R_NV),
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시중단 요청({R_NV})이 정상적으로 접수되었습니다.
접수번호: NV-20240905-3318
검토 후 처리 결과를 메일로 안내드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 권리보호센터 접수 안내",
    why="pure acknowledgement (접수 + promise of a result)",
    items={},
)

case(
    name="kakao-out-of-office-ko",
    **{"from": "hana.lee@kakaocorp.com"}, date="Fri, 06 Sep 2024 01:41:00 +0000",
    name_from="이하나",
    subject=f"[부재중] Re: {R_KK} 게시물 삭제 요청", reply_to_req=req_mid(R_KK),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동응답] 안녕하세요. 9월 6일부터 9월 18일까지 추석 연휴 및 휴가로 부재중입니다.
급한 업무는 report@kakaocorp.com 으로 연락 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 auto-reply",
    why="auto-reply",
    items={},
)

case(
    name="yt-ack-echoing-urls",
    **{"from": "legal-noreply@google.com"}, date="Wed, 04 Sep 2024 01:30:00 +0000",
    name_from="Google Legal Support",
    subject=f"Your legal request has been received [{R_YT}]", reply_to_req=req_mid(R_YT),
    body=f"""Hello,

Thank you for contacting Google. We have received your legal request
concerning the following URLs:

{Y1}
{Y2}
{Y3}

We will review your request and let you know of any action taken. No
further action is needed from you at this time.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request receipt echoing the URLs",
    why="pure acknowledgement: the URLs are echoed with no statement about them",
    items={Y1: "pending", Y2: "pending", Y3: "pending"},
)

HEADER = """# Blind set 102 (tests/corpus/blind102): what a program gets wrong.
# Written from each email's meaning before any run of the reader.
# Generated by make.py; edit the case list there."""


def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    real mailers send them."""
    for c in cases:
        for key in ("subject", "name_from"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = email.header.Header(v, "utf-8").encode()


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind102", HEADER, CASES)


if __name__ == "__main__":
    main()
