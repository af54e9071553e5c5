#!/usr/bin/env python3
"""Blind set 144: what a program gets wrong.

Mixed statuses in one sentence, hedges inside relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted by its note, statuses given by position. Every email is
fictional and written for this set; expected results were written from each
email's meaning before any run of the reader.

    python3 tests/corpus/blind144/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind144"

# ---------------------------------------------------------------- requests
X = {
    "g1": "https://x.com/grayfinch_kr/status/1831100000000000101",
    "g2": "https://x.com/grayfinch_kr/status/1831100000000000102",
    "m3": "https://x.com/moonlit_parcel/status/1831100000000000203",
    "m4": "https://x.com/moonlit_parcel/status/1831100000000000204",
    "h5": "https://x.com/hanul_tradepost/status/1831100000000000305",
    "h6": "https://x.com/hanul_tradepost/status/1831100000000000306",
    "q7": "https://x.com/quietkiln/status/1831100000000000407",
    "q8": "https://x.com/quietkiln/status/1831100000000000408",
    "b9": "https://x.com/b0rder_lantern/status/1831100000000000509",
    "b10": "https://x.com/b0rder_lantern/status/1831100000000000510",
    "s11": "https://x.com/saltmarsh_ledger/status/1831100000000000611",
    "s12": "https://x.com/saltmarsh_ledger/status/1831100000000000612",
    "p13": "https://x.com/pine_relay_77",
}
X_ORDER = ["g1", "g2", "m3", "m4", "h5", "h6", "q7", "q8", "b9", "b10", "s11", "s12", "p13"]
X7 = "https://x.com/harbor_tallow/status/1833300000000000777"
YT = {
    "y1": "https://www.youtube.com/watch?v=Qm3rTe7uWk1",
    "y2": "https://www.youtube.com/watch?v=Lp8vZa2xNc4",
    "y3": "https://www.youtube.com/shorts/Hd5yKe0pRt9",
    "y4": "https://www.youtube.com/@cedar_vault_tv",
}
Y6 = "https://www.youtube.com/watch?v=Wx2Jt9bQe5s"
N4_RAW = "https://cafe.naver.com/greyorchard/장터/48214"
NV = {
    "n1": "https://blog.naver.com/lumen_arbor/223560001101",
    "n2": "https://blog.naver.com/lumen_arbor/223560001102",
    "n3": "https://cafe.naver.com/greyorchard/48213",
    "n4": "https://cafe.naver.com/greyorchard/" + quote("장터") + "/48214",
    "n5": "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471230088",
}
TG = {
    "t1": "https://t.me/nightferry_chat/1207",
    "t2": "https://t.me/nightferry_chat/1219",
    "t3": "https://t.me/silverbasin_drops",
}
KK = {
    "k1": "https://cafe.daum.net/stonewharf/Kq2L/311",
    "k2": "https://cafe.daum.net/stonewharf/Kq2L/318",
    "k3": "https://plumline-notes.tistory.com/77",
}

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [X[k] for k in X_ORDER], "illegal_gambling", "req-240903-01@kcsc.example"),
    ("KCSC-240904-02", "youtube", "2024-09-04T10:30:00+09:00", "2024-09-11T23:59:59+09:00",
     list(YT.values()), "defamation", "req-240904-02@kcsc.example"),
    ("KCSC-240905-03", "naver", "2024-09-05T09:00:00+09:00", "2024-09-12T23:59:59+09:00",
     list(NV.values()), "illegal_drugs", "req-240905-03@kcsc.example"),
    ("KCSC-240906-04", "telegram", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00",
     list(TG.values()), "illegal_drugs", "req-240906-04@kcsc.example"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     list(KK.values()), "obscenity", "req-240909-05@kcsc.example"),
    ("KCSC-240910-06", "youtube", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [Y6], "defamation", "req-240910-06@kcsc.example"),
    ("KCSC-240911-07", "x", "2024-09-11T15:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [X7], "illegal_gambling", "req-240911-07@kcsc.example"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_x_request(prefix="> "):
    lines = [
        "Dear X Legal team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "restrict access in Korea to the following 13 items (ref KCSC-240903-01):",
        "",
    ]
    lines += ["%d. %s" % (i + 1, X[k]) for i, k in enumerate(X_ORDER)]
    lines += ["", "Please reply by 10 September 2024.", "", "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ------------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ======================= APPLIED =======================

case(
    name="x-mixed-one-sentence",
    **{"from": "legal-support@x.com"},
    date="Thu, 05 Sep 2024 16:12:40 +0000",
    subject="Re: KCSC-240903-01 removal request - outcome (part 1)",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your report. Of the posts you listed, we withheld
{X['g1']} in South Korea and removed {X['g2']} globally, while
{X['m3']} did not violate the X Rules or Korean law as we understand it and remains available.

We will write again about the remaining posts.

Regards,
X Legal Support
""",
    outcome="applied",
    imitates="X legal-support outcome email (country-withheld / removed / no action)",
    why="three statuses in one sentence: withheld in KR, removed globally, no violation",
    items={X["g1"]: "restricted", X["g2"]: "removed", X["m3"]: "rejected"},
)

case(
    name="x-later-sentence-corrects",
    **{"from": "legal-support@x.com"},
    date="Fri, 13 Sep 2024 02:40:11 +0000",
    subject="Re: KCSC-240903-01 - correction to our earlier reply",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We are writing to correct our message of 12 September. In that message we
said the post {X['h5']} had been removed. That was our mistake: the post
has been withheld in South Korea only and is still visible in other
countries.

The other post from the same account, {X['h6']}, was removed as stated.

Apologies for the confusion.
X Legal Support
""",
    outcome="applied",
    imitates="X legal-support follow-up correcting an earlier outcome",
    why="the later sentence revises the reported 'removed' to withheld in KR; h6 removed",
    items={X["h5"]: "restricted", X["h6"]: "removed"},
)

case(
    name="x-not-merely-withheld",
    **{"from": "legal-support@x.com"},
    date="Mon, 09 Sep 2024 07:05:52 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hi KCSC team,

Two of the posts in your request:

{X['m4']} was not merely withheld in Korea: it has been removed from X
for breaking our rules on illegal goods and services.

We did not take action on {X['q7']}. After review it does not break the
X Rules, and we did not find it unlawful in Korea.

Best,
X Legal Support
""",
    outcome="applied",
    imitates="X legal-support outcome email with a refusal",
    why="'not merely withheld ... removed' is removal; 'did not take action ... does not break' is a refusal",
    items={X["m4"]: "removed", X["q7"]: "rejected"},
)

x_table_corrected = f"""
<html><body>
<p>Hello,</p>
<p>Please find the outcome for KCSC-240903-01 below.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X['q8']}</td><td>Removed</td></tr>
<tr><td>{X['b9']}</td><td>Withheld (KR)</td></tr>
</table>
<p><b>Correction to the table above:</b> the row for {X['q8']} is wrong.
That post was withheld in South Korea, not removed. Our tool filled in the
table before the final decision was recorded.</p>
<p>X Legal Support</p>
</body></html>
"""
case(
    name="x-html-table-note-corrects-row",
    **{"from": "legal-support@x.com"},
    date="Tue, 10 Sep 2024 05:21:09 +0000",
    subject="Re: KCSC-240903-01 outcome table",
    reply_to_req="req-240903-01",
    type="html",
    body=x_table_corrected,
    outcome="applied",
    imitates="platform outcome table with an explicit correction note",
    why="the note explicitly corrects the table's q8 row to withheld in KR; b9 withheld",
    items={X["q8"]: "restricted", X["b9"]: "restricted"},
)

x_b64_text = f"""Hello,

Here is where things stand for the posts below (KCSC-240903-01):

  * {X['b10']} - removed
  * {X['s11']} - reviewed, no violation found; the post stays up
  * {X['p13']} - account suspended for repeated violations

If you disagree with a decision you can reply to this email.

X Legal Support
"""
case(
    name="x-base64-bulleted",
    **{"from": "legal-support@x.com"},
    date="Wed, 11 Sep 2024 09:14:33 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(x_b64_text),
    outcome="applied",
    imitates="X legal-support reply, base64 body with a bulleted list",
    why="bulleted list: removed, no violation (rejected), account suspended (removed)",
    items={X["b10"]: "removed", X["s11"]: "rejected", X["p13"]: "removed"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "r.ellison@x.com"},
    name_from="Rowan Ellison (X Legal)",
    date="Thu, 12 Sep 2024 11:02:47 +0000",
    subject="Re: [KCSC-240903-01] Request to remove or restrict 13 items",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

{X['s12']}: removed.
{X['b9']}: we could not find this post. It had already been deleted by
the account owner before we reviewed it.

Rowan

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_x_request()}
""",
    outcome="applied",
    imitates="Gmail top-posted reply by a platform employee over the quoted request",
    why="two statements above the quote; the 13 quoted URLs are the request, not statements",
    items={X["s12"]: "removed", X["b9"]: "not_found"},
)

case(
    name="x-single-item-no-url",
    **{"from": "legal-support@x.com"},
    date="Fri, 13 Sep 2024 08:30:00 +0000",
    subject="Re: KCSC-240911-07 removal request",
    reply_to_req="req-240911-07",
    body="""
Hello,

Following your request, we have withheld the reported post in South Korea.
It remains visible outside Korea.

More about country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal Support
""",
    outcome="applied",
    imitates="X country-withheld notice to a government reporter",
    why="one-item request; 'the reported post' withheld in KR; the help link is not an item",
    items={X7: "restricted"},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "dsa-notices@x.com"},
    date="Sat, 07 Sep 2024 03:44:18 +0000",
    subject="Statement of reasons - KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Statement of reasons

Content: {X['g2']}
Decision: visibility restriction - content withheld in: KR
Territorial scope: Republic of Korea
Ground: content considered illegal under local law (notice from a
government body)
Automated detection: no
Automated decision: no
Redress: the account holder may appeal through our help centre.

This statement was also sent to the account holder.
""",
    outcome="applied",
    imitates="DSA Art. 17 statement of reasons (visibility restriction)",
    why="structured decision: withheld in KR for this one post",
    items={X["g2"]: "restricted"},
)

case(
    name="x-statuses-by-position",
    **{"from": "legal-support@x.com"},
    date="Fri, 06 Sep 2024 10:10:10 +0000",
    subject="Re: KCSC-240903-01 (items 1-4)",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We reviewed the first four posts of your request:

1. {X['g1']}
2. {X['g2']}
3. {X['m3']}
4. {X['m4']}

Outcome: items 1 and 4 have been removed. Item 2 is withheld in South
Korea. Item 3 does not violate our rules and stays up.

X Legal Support
""",
    outcome="applied",
    imitates="abuse-desk reply listing URLs then outcomes by number",
    why="the numbers refer to the list in the same (unquoted) email",
    items={X["g1"]: "removed", X["m4"]: "removed", X["g2"]: "restricted", X["m3"]: "rejected"},
)

case(
    name="x-echoed-report-blocks",
    **{"from": "noreply@x.com"},
    date="Tue, 17 Sep 2024 13:55:00 +0000",
    subject="Your report has been reviewed - KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Your report

Reported content: {X['q7']}
Reported by: Korea Communications Standards Commission
Category: Illegal content - gambling
Outcome: Removed

Reported content: {X['q8']}
Reported by: Korea Communications Standards Commission
Category: Illegal content - gambling
Outcome: No violation found

Thanks for helping keep X safe.
""",
    outcome="applied",
    imitates="X 'your report has been reviewed' email echoing the report fields",
    why="each echoed block ends with its own outcome",
    items={X["q7"]: "removed", X["q8"]: "rejected"},
)

case(
    name="x-wrapped-angle-urls",
    **{"from": "legal-support@x.com"},
    date="Sun, 15 Sep 2024 06:06:06 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body="""
Hello,

We have withheld access in South Korea to the following posts:

<https://x.com/saltmarsh_ledger/status/
1831100000000000611>
<https://x.com/hanul_tradepost/status/1831100000000000306>

Both remain visible in other countries.

X Legal Support
""",
    outcome="applied",
    imitates="plain-text reply whose client wrapped a URL inside angle brackets",
    why="both posts withheld in KR; the first URL is wrapped inside <...>",
    items={X["s11"]: "restricted", X["h6"]: "restricted"},
)

case(
    name="yt-refusal-and-removal",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 01:20:00 +0000",
    subject="[KCSC-240904-02] Your legal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thanks for reaching out to YouTube.

We have removed {YT['y1']} for violating our harassment and
cyberbullying policy.

After careful review we have decided not to take action on
{YT['y2']}, as we did not find that it violates our Community
Guidelines or the local law you cited. If you obtain a court order, you
may send it to us.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal support reply (removal and decline)",
    why="one removal and one refusal with its reason; the court-order sentence is no condition on a status",
    items={YT["y1"]: "removed", YT["y2"]: "rejected"},
)

case(
    name="yt-hedges-in-relative-clauses",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 04:47:31 +0000",
    subject="Re: [KCSC-240904-02] Your legal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

The video {YT['y1']}, which may also have been copied to other sites we do
not control, has been removed from YouTube.

The Short {YT['y3']}, which appears to be a cut-down version of the same
video, has been age-restricted.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal support reply",
    why="the hedges sit in relative clauses about copies and origin; the main clauses are unhedged",
    items={YT["y1"]: "removed", YT["y3"]: "restricted"},
)

case(
    name="yt-channel-terminated-and-geo",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:02:02 +0000",
    subject="Re: [KCSC-240904-02] Your legal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Update on your request:

- Channel {YT['y4']}: terminated for repeated violations of our
  Community Guidelines.
- Video {YT['y2']}: after your additional information we have blocked this
  video in South Korea under local law. It is still available elsewhere.

For more on how we handle legal removals, see
https://support.google.com/youtube/answer/0000000

Sincerely,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal support reply (channel termination, local block)",
    why="channel terminated is removal; blocked in South Korea is restriction",
    items={YT["y4"]: "removed", YT["y2"]: "restricted"},
)

case(
    name="yt-single-item-no-url",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 06:15:00 +0000",
    subject="[KCSC-240910-06] Your legal request",
    reply_to_req="req-240910-06",
    body="""
Hello,

Thank you for your notice. The video you reported has been removed for
violating our Community Guidelines.

Learn more about our policies: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Sincerely,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube removal confirmation without the URL",
    why="one-item request; the only statement is about 'the video you reported'",
    items={Y6: "removed"},
)

case(
    name="yt-url-on-line-below",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 08:08:08 +0000",
    subject="Re: [KCSC-240904-02] Your legal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

The following content has been restricted in South Korea following a
legal review:
{YT['y3']}

The following content remains available because we did not find that it
violates our policies or local law:
{YT['y2']}

Sincerely,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal support template (statement, then URL on the next line)",
    why="each statement names its URL on the line below",
    items={YT["y3"]: "restricted", YT["y2"]: "rejected"},
)

case(
    name="naver-mixed-one-sentence-particles",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 07:30:00 +0000",
    subject="[네이버] 게시물 처리 결과 안내 (KCSC-240905-03)",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물 중 <{NV['n1']}>은 삭제,
<{NV['n2']}>는 임시조치, <{NV['n3']}>는 운영정책 위반 사항이
확인되지 않아 게시를 유지합니다.

나머지 게시물은 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER 고객센터 게시물 처리 결과 안내",
    why="삭제 / 임시조치 / 위반 없음·게시 유지 in one sentence, URLs in <> followed by particles",
    items={NV["n1"]: "removed", NV["n2"]: "restricted", NV["n3"]: "rejected"},
)

naver_table = f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240905-03)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV['n1']}</td><td>게시중단</td><td>-</td></tr>
<tr><td>2</td><td>{N4_RAW}</td><td>조치 불가</td><td>사유: 판매 게시물이 아닌 정보 공유 글로 확인되어 위법성을 인정하기 어려움</td></tr>
<tr><td>3</td><td>{NV['n5']}</td><td>블라인드</td><td>-</td></tr>
</table>
<p>감사합니다.<br>네이버 정책지원팀</p>
</body></html>
"""
case(
    name="naver-qp-html-table-with-refusal",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 05:00:00 +0000",
    subject="[회신] 시정요구 조치결과 (KCSC-240905-03)",
    reply_to_req="req-240905-03",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(naver_table),
    outcome="applied",
    imitates="Korean 시정요구 조치결과 회신 table",
    why="게시중단, 조치 불가 with its reason, 블라인드; row 2 gives the Korean path raw",
    items={NV["n1"]: "removed", NV["n4"]: "rejected", NV["n5"]: "removed"},
)

case(
    name="naver-negation-and-author-deleted",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 03:12:00 +0000",
    subject="Re: KCSC-240905-03 게시중단 요청 건",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{NV['n3']}
: 삭제되지 않았습니다. 게시물 내용이 카페 운영정책 및 관련 법령에
위배되지 않는 것으로 판단되어 게시를 유지합니다.

{NV['n2']}
: 작성자가 이미 삭제한 게시물로 확인되었습니다.

추가 문의 사항은 회신 주시기 바랍니다.
""",
    outcome="applied",
    imitates="NAVER 고객센터 reply, URL then result on the next line",
    why="'삭제되지 않았습니다 ... 게시를 유지' is a refusal; already deleted by its author is not_found",
    items={NV["n3"]: "rejected", NV["n2"]: "not_found"},
)

case(
    name="naver-particle-and-fullwidth-brackets",
    **{"from": "noreply@naver.com"},
    name_from="네이버 카페",
    date="Wed, 11 Sep 2024 09:40:00 +0000",
    subject="[네이버 카페] 신고 게시물 처리 안내",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요, 네이버 카페입니다.

1) {NV['n3']}에 대해서는 비공개 처리를 완료했습니다.
2) 「{NV['n5']}」 게시물은 작성자 탈퇴로 이미 삭제되어 존재하지 않습니다.

이용해 주셔서 감사합니다.
""",
    outcome="applied",
    imitates="NAVER cafe report-result notice",
    why="비공개 처리 is removal; the kin URL in 「」 is already gone (not_found)",
    items={NV["n3"]: "removed", NV["n5"]: "not_found"},
)

case(
    name="naver-temporary-measure-then-restored",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240905-03] 임시조치 게시물 재게시 안내",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{N4_RAW} 게시물은 9월 6일 임시조치되었으나, 게시자의 재게시 요청을
검토한 결과 권리침해 또는 위법 사실이 소명되지 않아 9월 13일 복원되었습니다.
현재 정상적으로 게시되어 있습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER 임시조치 후 재게시(복원) 안내",
    why="the later sentence revises the 임시조치: restored because nothing unlawful was shown (rejected)",
    items={NV["n4"]: "rejected"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "abuse@telegram.org"},
    date="Sat, 07 Sep 2024 12:00:00 +0000",
    subject="Re: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

{TG['t1']}
Status: content removed

{TG['t2']}
Status: no violation of the Telegram Terms of Service found

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply (bare URL, status below)",
    why="each URL with its status on the next line",
    items={TG["t1"]: "removed", TG["t2"]: "rejected"},
)

case(
    name="tg-hedged-reasons",
    **{"from": "abuse@telegram.org"},
    date="Mon, 09 Sep 2024 15:31:00 +0000",
    subject="Re: KCSC-240906-04 - results",
    reply_to_req="req-240906-04",
    body=f"""
Hi,

The channel {TG['t3']} has been blocked on all platforms.

We could not locate message {TG['t2']}. It was probably deleted by the
sender before our moderators reached it.

Message {TG['t1']} remains available: although some readers may find it
offensive, it does not break our Terms of Service.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply",
    why="hedges ('probably', 'may find') qualify reasons, not the statuses: blocked, not located, stays up",
    items={TG["t3"]: "removed", TG["t2"]: "not_found", TG["t1"]: "rejected"},
)

case(
    name="tg-positions-over-quoted-list",
    **{"from": "dsa@telegram.org"},
    date="Wed, 11 Sep 2024 10:45:00 +0000",
    subject="Re: KCSC-240906-04 Request to remove 3 items",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

Items 1 and 3 from your list below are now blocked. Item 2 stays
available; we found no breach of our Terms of Service.

Telegram

On Fri, 6 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Please remove the following items (ref KCSC-240906-04):
>
> 1. {TG['t1']}
> 2. {TG['t2']}
> 3. {TG['t3']}
>
> KCSC Takedown Desk
""",
    outcome="applied",
    imitates="top-posted reply referring to the numbered list of the quoted request",
    why="unquoted statements by position; the quoted list only identifies items 1-3 (arguable, see NOTES)",
    items={TG["t1"]: "removed", TG["t3"]: "removed", TG["t2"]: "rejected"},
)

case(
    name="kakao-korean-notice",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 02:30:00 +0000",
    subject="[카카오] 신고 게시물 처리 결과 안내 (KCSC-240909-05)",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

- {KK['k1']} : 게시중단
- {KK['k2']} : 청소년 유해 정보로 판단되어 성인 인증 후에만 열람할 수 있도록 접근을 제한하였습니다.
- {KK['k3']} : 게시물이 존재하지 않습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Kakao 고객센터 신고 처리 결과 안내",
    why="게시중단 / 접근 제한 (adult-only) / 게시물이 존재하지 않음",
    items={KK["k1"]: "removed", KK["k2"]: "restricted", KK["k3"]: "not_found"},
)

kakao_csv = (
    "url,처리결과,사유\n"
    f"{KK['k1']},삭제,청소년유해\n"
    f"{KK['k2']},조치 불가,위법 사항 미확인\n"
    f"{KK['k3']},임시조치,권리침해 신고\n"
)
kakao_csv_mime = f"""Content-Type: multipart/mixed; boundary="kk-b144-1"

--kk-b144-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 정책팀입니다.
KCSC-240909-05 건의 처리 결과를 첨부 파일로 보내드립니다.

--kk-b144-1
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240909-05.csv"
Content-Disposition: attachment; filename="result_KCSC-240909-05.csv"
Content-Transfer-Encoding: base64

{b64(kakao_csv)}
--kk-b144-1--
"""
case(
    name="kakao-csv-attachment",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Thu, 12 Sep 2024 04:00:00 +0000",
    subject="[회신] KCSC-240909-05 처리 결과",
    reply_to_req="req-240909-05",
    raw_mime=kakao_csv_mime,
    outcome="applied",
    imitates="Korean platform result sheet sent as a CSV attachment",
    why="CSV rows: 삭제, 조치 불가 with reason, 임시조치",
    items={KK["k1"]: "removed", KK["k2"]: "rejected", KK["k3"]: "restricted"},
)

case(
    name="kakao-outlook-quoted-request",
    **{"from": "j.seo@kakaocorp.com"},
    name_from="서지훈 (카카오 정책팀)",
    date="Fri, 13 Sep 2024 06:20:00 +0000",
    subject="RE: [KCSC-240909-05] 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, 카카오 정책팀 서지훈입니다.

{KK['k3']} 게시물은 블라인드 처리했습니다.
다만 {KK['k1']}은 삭제하지 않았으며, 게시물만으로는 위법 여부를
판단할 수 없어 게시 상태를 유지합니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: policy@kakaocorp.com
Subject: [KCSC-240909-05] 게시물 삭제 요청

아래 게시물 3건의 삭제를 요청합니다.
1. {KK['k1']}
2. {KK['k2']}
3. {KK['k3']}

방송통신심의위원회
""",
    outcome="applied",
    imitates="Outlook reply by a Kakao employee over the original request",
    why="블라인드 (removed) and a refusal with its reason above the Outlook quote; k2 only quoted",
    items={KK["k3"]: "removed", KK["k1"]: "rejected"},
)

# ======================= REVIEW =======================

case(
    name="x-promise-will-remove",
    **{"from": "legal-support@x.com"},
    date="Wed, 04 Sep 2024 18:00:00 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thanks for your report. The posts {X['m3']} and {X['m4']} will be removed
once our specialist team has confirmed the assessment, which is normally
within two business days.

X Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="X legal-support interim reply",
    why="a promise ('will be removed once ...') is no statement; named items stay pending",
    items={X["m3"]: "pending", X["m4"]: "pending"},
)

case(
    name="yt-hedge-may-already",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 05:05:05 +0000",
    subject="Re: [KCSC-240904-02] Your legal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

It looks like {YT['y1']} may already have been taken down by the uploader.
We are checking our records and will confirm the status of all reported
items shortly.

Sincerely,
The YouTube Legal Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal support interim reply",
    why="'looks like ... may already have been' is a hedge; nothing applies",
    items={YT["y1"]: "pending"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Sat, 07 Sep 2024 01:00:00 +0000",
    subject="[회신] KCSC-240905-03 조치 완료",
    reply_to_req="req-240905-03",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 게시물 5건에 대하여 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="Korean portal 조치 완료 회신 without URLs",
    why="one statement for all five items of a five-item request, none named",
    items={u: "pending" for u in NV.values()},
)

case(
    name="x-bulk-all-actioned",
    **{"from": "legal-support@x.com"},
    date="Wed, 18 Sep 2024 04:00:00 +0000",
    subject="Re: KCSC-240903-01 - closed",
    reply_to_req="req-240903-01",
    body="""
Hello,

All of the reported content under KCSC-240903-01 has now been actioned in
line with our policies and local law. We consider this request closed.

X Legal Support
""",
    outcome="review",
    review="bulk",
    imitates="X legal-support closing email",
    why="'all of the reported content' for a 13-item request, none named",
    items={X[k]: "pending" for k in X_ORDER},
)

case(
    name="tg-auth-fail",
    **{"from": "abuse@telegram.org"},
    auth="fail",
    date="Sun, 08 Sep 2024 22:10:00 +0000",
    subject="Re: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

{TG['t1']} - removed
{TG['t3']} - channel blocked

Telegram Abuse Team
""",
    outcome="review",
    review="untrusted",
    imitates="Telegram abuse-desk reply failing DKIM/SPF/DMARC",
    why="telegram.org address but authentication failed",
    items={TG["t1"]: "pending", TG["t3"]: "pending"},
)

case(
    name="yt-unknown-sender-law-firm",
    **{"from": "legal-ops@brightline-counsel.example"},
    name_from="Brightline Counsel",
    date="Mon, 09 Sep 2024 09:00:00 +0000",
    subject="KCSC-240904-02 - on behalf of our client",
    body=f"""
Dear Sir or Madam,

We act for the owner of the channel concerned. We can confirm that the
video {YT['y2']} was taken down by our client on 8 September.

Yours faithfully,
Brightline Counsel
""",
    outcome="review",
    review="unknown_sender",
    imitates="letter from the uploader's lawyers",
    why="not a platform domain; names our request and a URL",
    items={YT["y2"]: "pending"},
)

x_conflict = f"""
<html><body>
<p>Hello,</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X['h6']}</td><td>Removed</td></tr>
</table>
<p>Note: {X['h6']} remains available on X. Our review found no violation
of the X Rules.</p>
<p>X Legal Support</p>
</body></html>
"""
case(
    name="x-table-and-note-conflict",
    **{"from": "legal-support@x.com"},
    date="Thu, 12 Sep 2024 03:33:00 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    type="html",
    body=x_conflict,
    outcome="review",
    review="conflicting_statements",
    imitates="platform outcome table contradicted by its own note",
    why="table says removed, note says still available with no violation; neither says it corrects the other",
    items={X["h6"]: "pending"},
)

case(
    name="kakao-under-review-delayed",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 07:00:00 +0000",
    subject="[카카오] KCSC-240909-05 처리 지연 안내",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

신고하신 게시물 {KK['k1']}, {KK['k2']}는 1차 검토 결과 추가 법률 검토가
필요하여 처리가 지연되고 있습니다. 검토가 끝나는 대로 결과를 안내드리겠습니다.

양해 부탁드립니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Kakao 처리 지연 안내",
    why="still under review, no outcome; names items so it is no pure receipt",
    items={KK["k1"]: "pending", KK["k2"]: "pending"},
)

case(
    name="tg-asks-for-more",
    **{"from": "dsa@telegram.org"},
    date="Sun, 08 Sep 2024 09:15:00 +0000",
    subject="Re: KCSC-240906-04 - more information needed",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

Before we can act on {TG['t3']}, please tell us which messages in the
channel you consider illegal and under which provision of Korean law.
Without this we are unable to assess the channel.

Telegram
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Telegram request for further details",
    why="asks for the messages and the legal basis; no status",
    items={TG["t3"]: "pending"},
)

case(
    name="yt-no-claims-process-change",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal Support",
    date="Mon, 16 Sep 2024 00:30:00 +0000",
    subject="Changes to how we receive government requests",
    body="""
Hello,

From 1 October 2024, government agencies in Korea should submit removal
requests through our online form at https://support.google.com/legal/contact/gov_removal
rather than by email. Requests sent by email after that date may be
delayed.

Thank you,
Google Legal Support
""",
    outcome="review",
    review="no_claims",
    imitates="Google notice about the government-request web form",
    why="trusted, but names no item and references no request",
    items={},
)

case(
    name="x-conditional-court-order",
    **{"from": "legal-support@x.com"},
    date="Thu, 05 Sep 2024 20:20:00 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

If you can provide a valid court order, we will withhold {X['p13']} in
South Korea. Otherwise the account will stay available while we finish our
own review.

X Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="X legal-support conditional reply",
    why="a condition and a promise, no decided status",
    items={X["p13"]: "pending"},
)

# ======================= IGNORED =======================

case(
    name="x-out-of-office",
    **{"from": "r.ellison@x.com"},
    name_from="Rowan Ellison (X Legal)",
    date="Tue, 03 Sep 2024 01:05:00 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request to remove or restrict 13 items",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 9 September with limited access to email.
For urgent legal matters please write to legal-support@x.com.

Rowan
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook automatic reply",
    why="out-of-office reply",
    items={},
)

case(
    name="naver-korean-absence-reply",
    **{"from": "h.kim@navercorp.com"},
    name_from="김하늘",
    date="Thu, 05 Sep 2024 00:01:00 +0000",
    subject="[자동회신] Re: [KCSC-240905-03] 게시물 게시중단 요청",
    reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 김하늘입니다.
9월 5일부터 9월 9일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="absence auto-reply",
    items={},
)

dsn_mime = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b144"

--dsn-b144
Content-Type: text/plain; charset=utf-8

Your message to legal-kr@google.com couldn't be delivered.
The recipient's mailbox is full and can't accept messages now.

--dsn-b144
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.google.com
Arrival-Date: Tue, 10 Sep 2024 05:00:02 +0000

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 The email account that you tried to reach is over quota.

--dsn-b144
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: [KCSC-240910-06] Request to remove 1 item
Message-ID: <req-240910-06@kcsc.example>
Date: Tue, 10 Sep 2024 14:00:00 +0900

--dsn-b144--
"""
case(
    name="yt-bounce-over-quota",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 05:00:04 +0000",
    subject="Delivery Status Notification (Failure)",
    reply_to_req="req-240910-06",
    raw_mime=dsn_mime,
    outcome="ignored",
    classification="bounce",
    imitates="Gmail delivery status notification",
    why="DSN for our own request",
    items={},
)

mdn_mime = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b144"

--mdn-b144
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to dsa@telegram.org at
6 Sep 2024 11:00 +0900. It was displayed on the recipient's computer; this
does not confirm that it was read or understood.

--mdn-b144
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Thunderbird
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b144--
"""
case(
    name="tg-read-receipt",
    **{"from": "dsa@telegram.org"},
    date="Fri, 06 Sep 2024 03:30:00 +0000",
    subject="Read: KCSC-240906-04 Request to remove 3 items",
    reply_to_req="req-240906-04",
    raw_mime=mdn_mime,
    outcome="ignored",
    classification="read_receipt",
    imitates="Thunderbird MDN (displayed)",
    why="read receipt",
    items={},
)

case(
    name="kakao-receipt-echoes-urls",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 01:10:00 +0000",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 240909-58812)",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. 카카오 고객센터입니다.
문의가 정상적으로 접수되었습니다.

접수번호: 240909-58812
접수 내용: 게시물 신고 (KCSC-240909-05)
신고 URL:
{KK['k1']}
{KK['k2']}
{KK['k3']}

담당 부서에서 확인 후 처리 결과를 메일로 안내해 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao 고객센터 접수 완료 메일",
    why="a receipt echoing the reported URLs, no statement about them",
    items={},
)

case(
    name="x-ticket-receipt",
    **{"from": "noreply@x.com"},
    date="Tue, 03 Sep 2024 01:02:00 +0000",
    subject="We received your report [case 0293-7741-KR]",
    reply_to_req="req-240903-01",
    body="""
Hello,

We received your report and have opened case 0293-7741-KR. You don't need
to reply to this email. Our team will review the report and contact you
if we need more information.

X Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="X support ticket receipt",
    why="pure acknowledgement",
    items={},
)

case(
    name="contractor-out-of-office",
    **{"from": "m.park@trustdesk-partners.example"},
    name_from="Minji Park",
    date="Wed, 11 Sep 2024 06:01:00 +0000",
    subject="Out of Office: Re: KCSC-240911-07",
    reply_to_req="req-240911-07",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thank you for your email. I am away until 16 September and will reply when
I return. This mailbox is not monitored for content removal requests.

Minji Park
Trust Desk Partners
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="out-of-office reply from an outsourced moderation vendor",
    why="auto-reply, ignored whoever sent it",
    items={},
)

HEADER = """# Blind set 144 (what a program gets wrong): written from each email's
# meaning before any run of the reader. Generated by make.py."""

def encode_headers(c):
    """Non-ASCII Subject and display names as RFC 2047 encoded words, as
    real mailers send them."""
    from email.header import Header
    for key in ("subject", "name_from"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
