#!/usr/bin/env python3
"""Blind set 948 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or corrected) by a note, statuses given by position.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind948/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind948"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240918-01", "KCSC-240918-02", "KCSC-240919-03", "KCSC-240919-04",
    "KCSC-240920-05", "KCSC-240920-06", "KCSC-240923-07",
)

T1 = "https://t.me/ironlantern_kr/112"
T2 = "https://t.me/ironlantern_kr/113"
T3 = "https://t.me/ironlantern_kr/118"
T4 = "https://t.me/duskmarket_seoul/45"
T5 = "https://t.me/duskmarket_seoul/46"
T6 = "https://t.me/duskmarket_seoul/51"
T7 = "https://t.me/pinewhistle/7"
T8 = "https://t.me/pinewhistle/9"
T9 = "https://t.me/grey_ferry_chat/2031"
T10 = "https://t.me/grey_ferry_chat/2040"
T11 = "https://t.me/moonreed_drops"
T12 = "https://t.me/moonreed_drops/388"
TG = [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12]

X1 = "https://x.com/tallowfinch/status/1834000111222333444"
X2 = "https://x.com/tallowfinch/status/1834000111222333555"
X3 = "https://x.com/brindle_owl_kr/status/1834222000111999888"
X4 = "https://x.com/quillmarsh"
XS = [X1, X2, X3, X4]

Y1 = "https://www.youtube.com/watch?v=Qm7Rt2LpXa1"
Y2 = "https://www.youtube.com/watch?v=Zk3Nw8VbYc4"
Y3 = "https://www.youtube.com/@harrowgate_tv"
YS = [Y1, Y2, Y3]

N1 = "https://blog.naver.com/sorrelpath/223561122334"
N2 = "https://blog.naver.com/sorrelpath/223561122390"
N3 = "https://cafe.naver.com/greenlattice/88213"
N4 = "https://cafe.naver.com/greenlattice/88240"
N5 = "https://blog.naver.com/tinrook/223570001122"
NS = [N1, N2, N3, N4, N5]

# K1 is stored percent-encoded; emails write it raw ("정보-공유").
K1 = "https://walnutden.tistory.com/entry/%EC%A0%95%EB%B3%B4-%EA%B3%B5%EC%9C%A0"
K1_RAW = "https://walnutden.tistory.com/entry/정보-공유"
K2 = "https://walnutden.tistory.com/41"
K3 = "https://cafe.daum.net/bluequarry/Xk2P/1175"
K4 = "https://cafe.daum.net/bluequarry/Xk2P/1180"
KS = [K1, K2, K3, K4]

V1 = "https://www.tiktok.com/@maplecrane_kr/video/7412000111222333444"
V2 = "https://www.tiktok.com/@maplecrane_kr/video/7412000111222333999"

C1 = "https://cafe.naver.com/ashgrove/5521"

REQUESTS = [
    (R1, "telegram", "2024-09-18T10:30:00+09:00", "2024-09-25T18:00:00+09:00", TG, "drugs",
     "twelve posts and one channel, drug sale adverts"),
    (R2, "x", "2024-09-18T11:00:00+09:00", "2024-09-25T18:00:00+09:00", XS, "gambling", ""),
    (R3, "youtube", "2024-09-19T09:40:00+09:00", "2024-09-26T18:00:00+09:00", YS, "obscenity", ""),
    (R4, "naver", "2024-09-19T14:00:00+09:00", "2024-09-26T18:00:00+09:00", NS, "privacy", ""),
    (R5, "kakao", "2024-09-20T10:00:00+09:00", "2024-09-27T18:00:00+09:00", KS, "gambling", ""),
    (R6, "tiktok", "2024-09-20T15:20:00+09:00", "2024-09-27T18:00:00+09:00", [V1, V2], "drugs", ""),
    (R7, "naver", "2024-09-23T09:10:00+09:00", "2024-09-30T18:00:00+09:00", [C1], "defamation",
     "one cafe post"),
]


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def reqid(ref):
    """reply_to_req value: corpuslib adds '@kcsc.example'."""
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part(ctype, body, enc="8bit", extra=""):
    h = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {enc}\n"
    if extra:
        h += extra.rstrip("\n") + "\n"
    return h + "\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def gmail_quote(date_line, body):
    lines = [f"On {date_line}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    for ln in body.strip("\n").split("\n"):
        lines.append(("> " + ln).rstrip())
    return "\n".join(lines)


def request_text(ref, urls, greeting):
    lines = [greeting, "",
             f"The Korea Communications Standards Commission requests the removal of the",
             f"following content under reference {ref}:", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the result for each link.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
# ---------------------------------------------------------------- Telegram
case(
    name="tg-two-removed-one-gone-one-sentence",
    **{"from": "abuse@telegram.org"}, date="Thu, 19 Sep 2024 16:02:41 +0000",
    subject=f"Re: {R1} removal request - Case #48213377", reply_to_req=reqid(R1),
    body=f"""Hello,

Of the posts you reported under {R1}, {T1} and {T2} have been removed, while {T3} was not found - that message had already been deleted by the channel owner before we looked at it.

We are still working through the rest of your list.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply giving three outcomes in one sentence",
    why="one sentence: two 'have been removed', the third 'was not found' (deleted by its owner)",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"}, date="Thu, 19 Sep 2024 18:44:10 +0000",
    subject=f"Case #48213378 ({R1})", reply_to_req=reqid(R1),
    body=f"""Hi,

We blocked {T4} for all users, which we believe may also have been forwarded to other chats; if you see copies, please report them separately.

The post {T5}, which appears to have been edited since your report, is still with our moderators and we have not taken a decision on it yet.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with relative clauses carrying hedges",
    why="45: 'we blocked ... for all users' (the hedge is about forwarding, not the block); 46: hedge plus 'no decision yet'",
    items={T4: "removed", T5: "pending"},
)

case(
    name="tg-negation-base64",
    **{"from": "dsa@telegram.org"}, date="Fri, 20 Sep 2024 07:15:33 +0000",
    subject=f"Your report {R1} - Case #48213379", reply_to_req=reqid(R1),
    raw_mime=part("text/plain; charset=utf-8", b64(f"""Dear KCSC team,

We did not find that {T7} breaks the Telegram Terms of Service, so it remains available.

{T8} is no longer accessible: we removed it on 19 September.

If you have additional information about the first post, you can reply to this email.

Telegram EU DSA Team
"""), enc="base64"),
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA team reply, base64 body, one refusal and one removal",
    why="'did not find that ... breaks' + 'remains available' is a refusal; 'no longer accessible: we removed it' is removal",
    items={T7: "rejected", T8: "removed"},
)

case(
    name="tg-later-sentence-revises",
    **{"from": "abuse@telegram.org"}, date="Fri, 20 Sep 2024 11:30:02 +0000",
    subject=f"Update on Case #48213390 ({R1})", reply_to_req=reqid(R1),
    body=f"""Hello again,

A correction to our automated summary of 19 September. That summary listed {T9} as still online, because it was when we first checked it. The moderators have since removed it.

{T10} was initially marked for removal, but on second review it was found not to break our Terms of Service, and it stays up.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk follow-up correcting an earlier summary",
    why="2031: 'still online' is revised by 'have since removed it'; 2040: 'marked for removal' revised by 'found not to break ... stays up'",
    items={T9: "removed", T10: "rejected"},
)

case(
    name="tg-text-table-corrected-by-note",
    **{"from": "abuse@telegram.org"}, date="Sat, 21 Sep 2024 09:05:47 +0000",
    subject=f"Case #48213391 - {R1} results", reply_to_req=reqid(R1),
    body=f"""Hello,

Results for the moonreed_drops links in your request {R1}:

Link                               | Action
-----------------------------------+-----------------
{T11}        | Channel blocked
{T12}    | Blocked

Note: the second line of the table is wrong. The message {T12} had
already been deleted by the channel admin before our review, so there was
nothing left to block; only the channel itself was actioned.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk text table followed by a correcting note",
    why="the channel is blocked; the note says the table's 'Blocked' for 388 is wrong and the message was already deleted",
    items={T11: "removed", T12: "not_found"},
)

case(
    name="tg-statuses-in-list-order",
    **{"from": "abuse@telegram.org"}, date="Sat, 21 Sep 2024 13:20:19 +0000",
    subject=f"Re: {R1} - Case #48213392", reply_to_req=reqid(R1),
    body=f"""Hello,

We checked the first five links of your request:

{T1}
{T2}
{T3}
{T4}
{T5}

Results, in the same order as the links above: removed, removed, not found, removed, no violation found (stays available).

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply giving statuses by position",
    why="five links, then five outcomes 'in the same order'; a clerk maps them one by one",
    items={T1: "removed", T2: "removed", T3: "not_found", T4: "removed", T5: "rejected"},
)

case(
    name="tg-numbered-status-below",
    **{"from": "abuse@telegram.org"}, date="Sun, 22 Sep 2024 08:41:00 +0000",
    subject=f"Case #48213393 ({R1})", reply_to_req=reqid(R1),
    body=f"""Hi,

1) {T6}
   Status: removed

2) {T11}
   Status: not available to users in South Korea. The channel stays
   reachable elsewhere.

Best,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk numbered list with the status on the line below",
    why="51 removed; the channel is unavailable in Korea only, i.e. restricted",
    items={T6: "removed", T11: "restricted"},
)

_req1 = request_text(R1, TG, "Dear Telegram Abuse Team,")
_rest1 = {u: "pending" for u in TG if u not in (T7, T8)}
case(
    name="tg-top-posted-over-gmail-quote",
    **{"from": "abuse@telegram.org"}, date="Sun, 22 Sep 2024 15:12:09 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal content", reply_to_req=reqid(R1),
    body=f"""Hello,

Both posts in the pinewhistle channel are removed now: {T7} and {T8}.
The remaining links are still with our moderators.

Telegram Abuse Team

{gmail_quote("Wed, 18 Sep 2024 at 10:30", _req1)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply top-posted above the Gmail-quoted request",
    why="only 7 and 9 are stated removed; the quoted request's other links are still with moderators",
    items={T7: "removed", T8: "removed", **_rest1},
)

# ---------------------------------------------------------------- X
case(
    name="x-withheld-and-declined-with-reason",
    **{"from": "legal@x.com"}, date="Thu, 19 Sep 2024 06:10:44 +0000",
    subject=f"Re: {R2} [ref:_00D1x2Bq:_5008Z4kR]", reply_to_req=reqid(R2),
    body=f"""Hello,

We have reviewed your request {R2}.

We have withheld {X1} in South Korea in response to your request.

We have declined to take action on {X2} because, based on the information provided, the content does not violate the X Rules or local law as we understand it.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply: country withholding and a reasoned refusal",
    why="444 withheld in Korea (restricted); 555 declined because it breaks no rule (rejected)",
    items={X1: "restricted", X2: "rejected"},
)

case(
    name="x-suspended-and-withheld-one-sentence",
    **{"from": "legal@x.com"}, date="Thu, 19 Sep 2024 09:33:12 +0000",
    subject=f"Your report {R2}", reply_to_req=reqid(R2),
    body=f"""Hello,

The account {X4} has been suspended for violating the X Rules, and the post {X3} is now withheld in South Korea.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with two outcomes joined in one sentence",
    why="account suspended (removed); post withheld in Korea (restricted)",
    items={X4: "removed", X3: "restricted"},
)

case(
    name="x-not-removed-but-withheld",
    **{"from": "legal@x.com"}, date="Fri, 20 Sep 2024 02:55:38 +0000",
    subject=f"Re: {R2}", reply_to_req=reqid(R2),
    body=f"""Hello,

Please note that {X3} has not been removed globally. It has been withheld in the Republic of Korea only, in line with our country withheld content policy: https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply stressing country withholding rather than removal",
    why="'has not been removed globally' is negated; the status is 'withheld in Korea only' (restricted); the help link is no item",
    items={X3: "restricted"},
)

_req2 = f"""-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 11:00 AM
To: legal@x.com
Subject: [{R2}] Request for removal of illegal content

{request_text(R2, XS, "Dear X Legal team,")}
"""
case(
    name="x-author-deleted-qp-outlook",
    **{"from": "legal@x.com"}, date="Fri, 20 Sep 2024 08:12:51 +0000",
    subject=f"RE: [{R2}] Request for removal of illegal content", reply_to_req=reqid(R2),
    raw_mime=part("text/plain; charset=utf-8", qp(f"""Hello,

Thank you for your report. The post {X1} is no longer available on X: its author deleted it before our team reviewed it, so no action was needed from us.

We are still reviewing the other items in your request and will reply separately.

Regards,
X Legal

{_req2}"""), enc="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="X legal reply, quoted-printable, above an Outlook-quoted request",
    why="444 deleted by its author before review (not_found); the other three appear only in the quoted request",
    items={X1: "not_found", X2: "pending", X3: "pending", X4: "pending"},
)

case(
    name="x-url-on-line-below-statement",
    **{"from": "legal@x.com"}, date="Sat, 21 Sep 2024 04:40:00 +0000",
    subject=f"Update: {R2}", reply_to_req=reqid(R2),
    body=f"""Hello,

The following post has been removed for violating our rules:

  {X2}

The following account remains active, as we found no violation of the X Rules:

  {X4}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with each statement above its indented URL",
    why="555 removed; quillmarsh stays active with no violation found (rejected)",
    items={X2: "removed", X4: "rejected"},
)

case(
    name="x-suspension-lifted-later",
    **{"from": "legal@x.com"}, date="Mon, 23 Sep 2024 07:05:27 +0000",
    subject=f"Re: {R2} - account status", reply_to_req=reqid(R2),
    body=f"""Hello,

On 19 September the account {X4} was suspended following your report.

The account holder appealed. After a second review the suspension was lifted on 22 September: the team found that the account does not violate the X Rules, and it is active again.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up: suspension reversed on appeal",
    why="the later sentence revises the suspension: lifted, no violation, active again (rejected)",
    items={X4: "rejected"},
)

# ---------------------------------------------------------------- YouTube
_yt_text = f"""Hello,

Thank you for contacting YouTube about request {R3}.

Following our review, we removed {Y1} for violating our Community Guidelines and applied an age restriction to {Y2}.

The channel {Y3} was not terminated: we did not find that the channel as a whole violates our policies.

Sincerely,
The YouTube Legal Support Team
"""
_yt_html = f"""<html><body>
<p>Hello,</p>
<p>Thank you for contacting YouTube about request {R3}.</p>
<p>Following our review, we removed <a href="{Y1}">{Y1}</a> for violating our
<a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a>
and applied an age restriction to <a href="{Y2}">{Y2}</a>.</p>
<p>The channel <a href="{Y3}">{Y3}</a> was not terminated: we did not find that
the channel as a whole violates our policies.</p>
<p>Sincerely,<br>The YouTube Legal Support Team</p>
</body></html>
"""
case(
    name="yt-removed-agegated-channel-kept",
    **{"from": "legal-support@google.com"}, date="Fri, 20 Sep 2024 01:22:14 +0000",
    subject=f"[{R3}] Outcome of your request", reply_to_req=reqid(R3),
    raw_mime=multipart("alternative", "yt-alt-0920", [
        part("text/plain; charset=utf-8", _yt_text),
        part("text/html; charset=utf-8", _yt_html),
    ]),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email (text and HTML alternatives)",
    why="one removed, one age-restricted in the same sentence; channel 'not terminated ... not violating' is a refusal",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

case(
    name="yt-local-block-and-actioned",
    **{"from": "legal-support@google.com"}, date="Fri, 20 Sep 2024 23:58:03 +0000",
    subject=f"Re: {R3}", reply_to_req=reqid(R3),
    body=f"""Hello,

{Y2} has been blocked from view in South Korea based on local law.

{Y1} has been actioned under our policies.

For more information on how we handle legal requests, see https://support.google.com/youtube/answer/6154218

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube local-law blocking notice plus a policy action line",
    why="Zk3 blocked in Korea (restricted); Qm7 'actioned under our policies' (configured phrase: removed)",
    items={Y2: "restricted", Y1: "removed"},
)

_yt_csv = f"""content_url,decision,detail
{Y1},Removed,Community Guidelines - harmful content
{Y2},No action,Does not violate Community Guidelines or local law
{Y3},Under review,Decision expected within 5 business days
"""
case(
    name="yt-csv-attachment-three-rows",
    **{"from": "legal-support@google.com"}, date="Sat, 21 Sep 2024 03:14:45 +0000",
    subject=f"Decisions for {R3}", reply_to_req=reqid(R3),
    raw_mime=multipart("mixed", "yt-mix-0921", [
        part("text/plain; charset=utf-8", f"""Hello,

Please find our decisions for request {R3} in the attached file.

The YouTube Legal Support Team
"""),
        part("text/csv; charset=utf-8; name=\"decisions_KCSC-240919-03.csv\"", b64(_yt_csv), enc="base64",
             extra='Content-Disposition: attachment; filename="decisions_KCSC-240919-03.csv"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="YouTube decisions sent as a CSV attachment",
    why="rows: Removed, No action (does not violate), Under review",
    items={Y1: "removed", Y2: "rejected", Y3: "pending"},
)

# ---------------------------------------------------------------- NAVER
case(
    name="naver-removed-and-author-deleted-one-sentence",
    **{"from": "takedown@navercorp.com"}, name_from="NAVER 게시중단 담당",
    date="Fri, 20 Sep 2024 17:40:11 +0900",
    subject=f"[네이버] 게시중단 요청 처리 결과 안내 ({R4})", reply_to_req=reqid(R4),
    body=f"""안녕하세요, 네이버 게시중단 담당자입니다.

방송통신심의위원회에서 요청하신 건({R4})의 처리 결과를 아래와 같이 안내드립니다.

요청하신 게시물 중 {N1} 는 게시중단 처리되었으며, {N2} 는 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

나머지 게시물에 대해서는 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 주식회사 게시중단 담당
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 with two outcomes in one sentence",
    why="첫 게시물 게시중단 (removed); 둘째는 작성자가 이미 삭제 (not_found)",
    items={N1: "removed", N2: "not_found"},
)

_nv_html = f"""<html><body>
<p>안녕하세요. 네이버 시정요구 담당자입니다.</p>
<p>요청번호 {R4} 의 조치 결과를 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>사유</th></tr>
<tr><td>1</td><td>{N3}</td><td>삭제</td><td>개인정보 노출</td></tr>
<tr><td>2</td><td>{N4}</td><td>임시조치</td><td>권리침해 소명 접수</td></tr>
<tr><td>3</td><td>{N5}</td><td>조치불가</td><td>개인정보가 포함되어 있지 않아 게시물을 유지합니다</td></tr>
</table>
<p>※ 2번 게시물은 당초 임시조치하였으나, 9월 24일 작성자 소명 기간이 끝나 삭제로 조치 결과가 변경되었습니다.</p>
<p>감사합니다.<br>네이버 주식회사</p>
</body></html>
"""
case(
    name="naver-html-table-note-revises-row",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 시정요구 담당",
    date="Tue, 24 Sep 2024 16:05:29 +0900",
    subject=f"[회신] 시정요구 조치결과 ({R4})", reply_to_req=reqid(R4),
    raw_mime=part("text/html; charset=utf-8", _nv_html),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table with a ※ note changing one row",
    why="row 1 삭제; row 2 임시조치 changed by the note to 삭제; row 3 조치불가 with reason (rejected)",
    items={N3: "removed", N4: "removed", N5: "rejected"},
)

case(
    name="naver-korean-particles-on-urls",
    **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Sat, 21 Sep 2024 10:12:55 +0900",
    subject=f"Re: [{R4}] 게시물 조치 요청", reply_to_req=reqid(R4),
    body=f"""안녕하세요, 네이버 카페 운영팀입니다.

{N3}에 대해서는 블라인드 처리하였고, {N4}은 국내 접근 제한 조치를 하였습니다.

문의사항이 있으시면 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe team reply with particles glued to the URLs",
    why="블라인드 처리 (removed); 국내 접근 제한 (restricted)",
    items={N3: "removed", N4: "restricted"},
)

case(
    name="naver-one-item-request-all-deleted",
    **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Tue, 24 Sep 2024 11:48:20 +0900",
    subject=f"Re: [{R7}] 게시물 삭제 요청", reply_to_req=reqid(R7),
    body=f"""안녕하세요.

요청번호 {R7} 관련하여 신고하신 게시물은 카페 운영정책 위반으로 확인되어 모두 삭제 조치를 완료하였습니다.

감사합니다.
네이버 카페 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe team completion notice naming only the request",
    why="a request of one item: '모두 삭제 조치를 완료' applies to its only URL",
    items={C1: "removed"},
)

case(
    name="naver-temporary-measure-upgraded",
    **{"from": "takedown@navercorp.com"}, name_from="NAVER 게시중단 담당",
    date="Mon, 23 Sep 2024 15:30:00 +0900",
    subject=f"[네이버] {R4} 추가 처리 결과", reply_to_req=reqid(R4),
    body=f"""안녕하세요.

{N5} 게시물은 당초 30일 임시조치 대상으로 분류되었으나, 추가 검토 결과 불법정보에 해당하는 것으로 판단되어 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up where the clause after '당초 ... 으나' revises the first",
    why="임시조치 was only the initial plan; the final action is 삭제",
    items={N5: "removed"},
)

# ---------------------------------------------------------------- Kakao
case(
    name="kakao-tistory-korean-path-fullwidth-colon",
    **{"from": "tistory-policy@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Mon, 23 Sep 2024 10:05:12 +0900",
    subject=f"[티스토리] 요청번호 {R5} 처리 결과", reply_to_req=reqid(R5),
    body=f"""안녕하세요, 티스토리 운영팀입니다.

요청번호 {R5} 관련 처리 결과를 알려드립니다.

1) {K1_RAW} ： 게시물 비공개 처리 완료
2) {K2}：이미 작성자가 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
카카오 티스토리 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) 처리 결과 with raw Korean path and full-width colons",
    why="비공개 처리 (removed); 작성자가 삭제하여 존재하지 않음 (not_found)",
    items={K1: "removed", K2: "not_found"},
)

case(
    name="kakao-daum-refusal-then-restriction",
    **{"from": "cafe-policy@kakaocorp.com"}, name_from="Daum 카페 운영정책팀",
    date="Mon, 23 Sep 2024 17:21:40 +0900",
    subject=f"Re: [{R5}] 게시물 조치 요청", reply_to_req=reqid(R5),
    body=f"""안녕하세요, Daum 카페 운영정책팀입니다.

{K3} 게시물은 검토 결과 운영정책 위반이 확인되지 않아 별도 조치하지 않았습니다.
다만 {K4} 게시물은 임시조치(접근 제한)되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 운영정책팀 reply: a reasoned refusal and a 임시조치",
    why="위반 확인되지 않아 조치하지 않음 (rejected); 임시조치(접근 제한) (restricted)",
    items={K3: "rejected", K4: "restricted"},
)

case(
    name="kakao-results-by-number",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Wed, 25 Sep 2024 14:00:00 +0900",
    subject=f"[카카오] 시정요구 조치 결과 회신 ({R5})", reply_to_req=reqid(R5),
    body=f"""안녕하세요, 카카오 정책팀입니다.

신고 URL
1. <{K1_RAW}>
2. <{K2}>
3. <{K3}>
4. <{K4}>

처리 결과
1번, 2번: 삭제
3번: 위반사항 없음 (게시 유지)
4번: 게시중단

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치 결과 with results given by list number",
    why="numbers map to the numbered URLs in angle brackets: 삭제, 삭제, 게시 유지, 게시중단",
    items={K1: "removed", K2: "removed", K3: "rejected", K4: "removed"},
)

# ---------------------------------------------------------------- TikTok
case(
    name="tiktok-restricted-and-not-found",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Law Enforcement Response",
    date="Sat, 21 Sep 2024 05:16:38 +0000",
    subject=f"Re: {R6}", reply_to_req=reqid(R6),
    body=f"""Hello,

We have restricted {V1} in your region in accordance with local law.

The other video you listed, {V2}, could not be found on TikTok; it may have been removed by the creator.

TikTok Law Enforcement Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request reply: local restriction and a missing video",
    why="444 restricted in Korea; 999 'could not be found' is unhedged (only the cause is hedged)",
    items={V1: "restricted", V2: "not_found"},
)

case(
    name="tiktok-acknowledgement-plus-decisions",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Law Enforcement Response",
    date="Mon, 23 Sep 2024 02:30:59 +0000",
    subject=f"Your report has been reviewed - {R6}", reply_to_req=reqid(R6),
    body=f"""Hi there,

Thanks for your report (our reference 7-1093381). We have received it and completed our review.

We removed {V1} for violating our Community Guidelines.

{V2} does not violate our Community Guidelines and will stay on TikTok.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome email opening with a receipt phrase",
    why="receipt phrase plus two unhedged decisions: removed, and does-not-violate (rejected)",
    items={V1: "removed", V2: "rejected"},
)

# ================================================================ REVIEW
case(
    name="tg-promise-only",
    **{"from": "abuse@telegram.org"}, date="Thu, 19 Sep 2024 12:01:30 +0000",
    subject=f"Re: {R1} - Case #48213380", reply_to_req=reqid(R1),
    body=f"""Hello,

Thank you. The posts at {T1} and {T3} will be removed once our moderation team has finished its review of the channel.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply promising a removal",
    why="'will be removed once ...' is a promise, not a statement",
    items={T1: "pending", T3: "pending"},
)

case(
    name="tg-bulk-all-removed",
    **{"from": "abuse@telegram.org"}, date="Mon, 23 Sep 2024 09:00:12 +0000",
    subject=f"Re: {R1} - Case #48213377 closed", reply_to_req=reqid(R1),
    body=f"""Hello,

Following your request {R1}, all of the reported messages have been removed from the channels concerned. We consider this case closed.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram case-closed notice about all reported messages",
    why="a statement about all items of a 12-item request without naming them",
    items={u: "pending" for u in TG},
)

case(
    name="tg-table-contradicts-sentence",
    **{"from": "abuse@telegram.org"}, date="Fri, 20 Sep 2024 21:48:36 +0000",
    subject=f"Case #48213402 ({R1})", reply_to_req=reqid(R1),
    body=f"""Hello,

Reported link                         Result
{T5}      Not found

Our moderators removed {T5} on 20 September after confirming that it offered the reported goods for sale.

Telegram Abuse Team
""",
    outcome="review", review="conflicting_statements",
    imitates="Telegram form table whose result column disagrees with the text",
    why="table says 'Not found', the sentence says removed; nothing says which is right",
    items={T5: "pending"},
)

case(
    name="yt-hedged-uploader-deletion",
    **{"from": "legal-support@google.com"}, date="Fri, 20 Sep 2024 06:35:20 +0000",
    subject=f"Re: {R3}", reply_to_req=reqid(R3),
    body=f"""Hello,

It appears that {Y1} may have been taken down by the uploader already; we are checking this with the relevant team and will confirm.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply with a hedge",
    why="'appears ... may have been' is a hedge; nothing is stated",
    items={Y1: "pending"},
)

case(
    name="yt-asks-for-legal-basis",
    **{"from": "legal-support@google.com"}, date="Sat, 21 Sep 2024 00:44:07 +0000",
    subject=f"Additional information needed: {R3}", reply_to_req=reqid(R3),
    body=f"""Hello,

Before we can act on {Y2}, we need the specific provision of Korean law that the content is said to violate, and a timestamp showing where in the video it appears.

Please reply to this email with that information.

The YouTube Legal Support Team
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="YouTube legal support request for the legal basis",
    why="asks for more information before acting; no status",
    items={Y2: "pending"},
)

case(
    name="x-failed-authentication",
    **{"from": "legal@x.com"}, auth="fail", date="Fri, 20 Sep 2024 10:02:19 +0000",
    subject=f"Re: {R2}", reply_to_req=reqid(R2),
    body=f"""Hello,

We have removed {X1} from X.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply whose DKIM/SPF/DMARC checks failed",
    why="x.com domain but authentication failed",
    items={X1: "pending"},
)

case(
    name="x-hedge-in-relative-clause-only",
    **{"from": "legal@x.com"}, date="Sat, 21 Sep 2024 12:26:51 +0000",
    subject=f"Re: {R2}", reply_to_req=reqid(R2),
    body=f"""Hello,

The post {X3}, which may have been withheld automatically by our systems in some countries, is being checked by the team handling your request.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with the only status word inside a hedged relative clause",
    why="'may have been withheld' is a hedge and 'is being checked' is under review",
    items={X3: "pending"},
)

case(
    name="law-firm-says-author-deleted",
    **{"from": "jh.park@hanbit-law.example"}, name_from="Park Ji-hoon (Hanbit Law)",
    auth="none", date="Fri, 20 Sep 2024 13:15:00 +0900",
    subject=f"{R2} - our client's post", reply_to_req=reqid(R2),
    body=f"""Dear Sir or Madam,

We act for the holder of the account tallowfinch. Our client has deleted the post {X2} of their own accord, and we ask that your file be closed.

Yours faithfully,
Park Ji-hoon
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="law-firm letter on behalf of an account holder",
    why="not the platform; a third party's word changes no status",
    items={X2: "pending"},
)

case(
    name="naver-about-daum-urls",
    **{"from": "takedown@navercorp.com"}, name_from="NAVER 게시중단 담당",
    date="Mon, 23 Sep 2024 09:44:30 +0900",
    subject=f"Re: [{R5}] 게시물 조치 요청", reply_to_req=reqid(R5),
    body=f"""안녕하세요, 네이버 게시중단 담당자입니다.

보내주신 {K3}, {K4} 는 네이버에서 확인되지 않는 게시물입니다.
해당 서비스 운영사로 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply to a request meant for Daum (Kakao)",
    why="NAVER states 'not found' for Kakao's items",
    items={K3: "pending", K4: "pending"},
)

case(
    name="naver-hedged-author-deletion",
    **{"from": "takedown@navercorp.com"}, name_from="NAVER 게시중단 담당",
    date="Fri, 20 Sep 2024 10:20:41 +0900",
    subject=f"[네이버] {R4} 중간 안내", reply_to_req=reqid(R4),
    body=f"""안녕하세요.

{N1} 게시물은 작성자에 의해 이미 삭제된 것으로 보이며, 나머지 게시물은 확인 중입니다.
확인이 끝나는 대로 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 중간 안내 with '삭제된 것으로 보이며'",
    why="'것으로 보이며' (seems) is a hedge; the rest is under review",
    items={N1: "pending"},
)

case(
    name="tiktok-portal-notice-no-items",
    **{"from": "noreply-ler@tiktok.com"}, name_from="TikTok Law Enforcement Response",
    date="Tue, 24 Sep 2024 01:00:00 +0000",
    subject="Your recent reports to TikTok",
    body="""Hello,

We have finished reviewing the reports recently submitted by your organisation. The decisions are available in the Government and Law Enforcement portal:
https://www.tiktok.com/legal/page/global/law-enforcement-portal

TikTok Law Enforcement Response Team
""",
    outcome="review", review="no_claims",
    imitates="TikTok portal notification pointing to decisions elsewhere",
    why="trusted platform mail naming no item and no request; the portal link is no item",
    items={},
)

# ================================================================ IGNORED
case(
    name="tg-out-of-office",
    **{"from": "m.ivanova@telegram.org"}, name_from="Maria Ivanova",
    date="Wed, 18 Sep 2024 02:31:09 +0000",
    subject=f"Automatic reply: [{R1}] Request for removal of illegal content",
    reply_to_req=reqid(R1), extra_headers=AUTO,
    body="""I am out of the office until 30 September with limited access to email.

Reports about content should go to abuse@telegram.org, where the team will pick them up.

Maria
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook-style out-of-office reply from a platform employee",
    why="auto-reply; states nothing",
    items={},
)

_orig6 = request_text(R6, [V1, V2], "Dear TikTok team,")
case(
    name="dsn-tiktok-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none", date="Fri, 20 Sep 2024 15:21:04 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "dsn-0920-tt", [
        part("text/plain; charset=utf-8", """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown
"""),
        part("message/delivery-status", """Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 20 Sep 2024 15:20:59 +0900

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
""", enc="7bit"),
        part("message/rfc822", f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [{R6}] Request for removal of illegal content
Message-ID: <{msgid(R6)}>
Date: Fri, 20 Sep 2024 15:20:00 +0900
Content-Type: text/plain; charset=utf-8

{_orig6}
"""),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) with the original request attached",
    why="bounce of our own request; the URLs are ours",
    items={V1: "pending", V2: "pending"},
)

case(
    name="dsn-telegram-delayed",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none", date="Wed, 18 Sep 2024 14:30:11 +0900",
    subject="Delayed Mail (still being retried)",
    raw_mime=multipart("report", "dsn-0918-tg", [
        part("text/plain; charset=utf-8", """This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<dsa@telegram.org>: connect to mx.telegram.org[198.51.100.7]:25: Connection
    timed out
"""),
        part("message/delivery-status", """Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; dsa@telegram.org
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.telegram.org: Connection timed out
""", enc="7bit"),
        part("text/rfc822-headers", f"""From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: [{R1}] Request for removal of illegal content
Message-ID: <{msgid(R1)}>
""", enc="7bit"),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning",
    why="delivery warning; no statement",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책 담당",
    date="Thu, 19 Sep 2024 14:22:37 +0900",
    subject=f"읽음: [{R4}] 게시물 조치 요청",
    raw_mime=multipart("report", "mdn-0919-nv", [
        part("text/plain; charset=utf-8", f"""보내신 메시지 [{R4}] 게시물 조치 요청 을(를) 수신자가 2024-09-19 14:22 에 읽었습니다.
"""),
        part("message/disposition-notification", f"""Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{msgid(R4)}>
Disposition: manual-action/MDN-sent-manually; displayed
""", enc="7bit"),
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="x-ticket-receipt-echoes-url",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 18 Sep 2024 02:05:48 +0000",
    subject="Case# 0918-7734201: Your report to X",
    body=f"""Hello,

We've received your report and created case 0918-7734201.

Reported content: {X4}

Our team will review it and let you know if we need anything else. Please don't reply to this email; replies to this address aren't monitored.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X support ticket-receipt email echoing the reported URL",
    why="pure receipt; the echoed URL has no status",
    items={X4: "pending"},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 20 Sep 2024 10:03:15 +0900",
    subject=f"[카카오] 신고 접수 완료 안내 ({R5})",
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 신고가 정상적으로 접수되었습니다.

접수번호: K-20240920-00318
신고 URL: {K3}

처리 결과는 영업일 기준 7일 이내에 이메일로 안내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 완료 안내 (ticket receipt)",
    why="receipt with a ticket number; no status",
    items={K3: "pending"},
)

case(
    name="yt-legal-inbox-autoreply",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal",
    date="Thu, 19 Sep 2024 00:41:02 +0000",
    subject=f"Re: [{R3}] Request for removal of illegal content",
    reply_to_req=reqid(R3), extra_headers=AUTO,
    body="""This is an automated reply. Your email to legal-kr@google.com has been received.

This mailbox does not process removal requests sent by email. If content is removed or restricted as a result of a request submitted through our web form, you will be notified separately.

Google Legal Support
""",
    outcome="ignored", classification="auto_reply",
    imitates="Google legal mailbox auto-reply mentioning removal in general terms",
    why="auto-reply; 'removed or restricted' is generic and conditional",
    items={},
)

HEADER = """# Blind set 948 (focus: what a program gets wrong): written from each email's
# meaning before any run of the reader. Generated by make.py; do not edit."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
