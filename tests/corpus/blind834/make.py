#!/usr/bin/env python3
"""Blind set 834 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
corrected or contradicted by a note, statuses given by position.

    python3 tests/corpus/blind834/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning before any run of the
reader. All names, channels, ids and URLs are fictional.
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

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240909-01", "KCSC-240910-02", "KCSC-240911-03", "KCSC-240912-04",
    "KCSC-240913-05", "KCSC-240916-06", "KCSC-240917-07",
)

Y = {i: u for i, u in enumerate([
    "https://www.youtube.com/watch?v=kQ7vR2mTzL0",
    "https://www.youtube.com/watch?v=Hd3xP9wQa1E",
    "https://www.youtube.com/watch?v=r8NbT4uYc5M",
    "https://www.youtube.com/watch?v=Zp2LmK6sV0q",
    "https://www.youtube.com/watch?v=aW9eF3gJh7U",
    "https://www.youtube.com/watch?v=t5CkX1oNn8B",
    "https://www.youtube.com/watch?v=Lm4Qw7Rz2sD",
    "https://www.youtube.com/watch?v=p0VyG6dHc3K",
    "https://www.youtube.com/shorts/Jx8uB2nFq5W",
    "https://www.youtube.com/shorts/eT3sM9kPw1A",
    "https://www.youtube.com/watch?v=Qo6hN2vLb4Y",
    "https://www.youtube.com/@bamboo_pharm_kr",
], start=1)}
X1 = "https://x.com/haneul_deal77/status/1832290011223344551"
X2 = "https://x.com/haneul_deal77/status/1832301122334455667"
X3 = "https://x.com/gold_ticket_kr/status/1832415566778899001"
X4 = "https://x.com/gold_ticket_kr"
X5 = "https://x.com/dalgom_seller/status/1835012345678901234"
T1 = "https://t.me/bluepine_market/418"
T2 = "https://t.me/bluepine_market/431"
T3 = "https://t.me/quietriver_kr/90"
T4 = "https://t.me/nightowl_files/77"
N1 = "https://blog.naver.com/mintcloud_88/223561234567"
N2 = "https://blog.naver.com/mintcloud_88/223561239900"
N3 = "https://cafe.naver.com/seoulgoodsmarket/88231"
N4 = "https://cafe.naver.com/seoulgoodsmarket/88247"
N5 = "https://in.naver.com/%EB%8B%AC%EB%B9%9B%EC%83%81%EC%A0%90/contents/internal/6612"
N5_RAW = "https://in.naver.com/달빛상점/contents/internal/6612"
K1 = "https://cafe.daum.net/bomnaltrade/Xk2p/311"
K2 = "https://mintpaper.tistory.com/57"

REQUESTS = [
    (R1, "youtube", "2024-09-09T15:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [Y[i] for i in range(1, 13)], "drug_sales", "one channel's sales videos and Shorts"),
    (R2, "x", "2024-09-10T11:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [X1, X2, X3, X4], "illegal_goods", ""),
    (R3, "telegram", "2024-09-11T10:30:00+09:00", "2024-09-18T23:59:59+09:00",
     [T1, T2, T3], "gambling", ""),
    (R4, "naver", "2024-09-12T09:40:00+09:00", "2024-09-19T23:59:59+09:00",
     [N1, N2, N3, N4, N5], "counterfeit", "in.naver.com path stored percent-encoded"),
    (R5, "kakao", "2024-09-13T14:20:00+09:00", "2024-09-20T23:59:59+09:00",
     [K1, K2], "counterfeit", ""),
    (R6, "x", "2024-09-16T10:00:00+09:00", "2024-09-23T23:59:59+09:00",
     [X5], "illegal_goods", ""),
    (R7, "telegram", "2024-09-17T16:00:00+09:00", "2024-09-24T23:59:59+09:00",
     [T4], "gambling", ""),
]


def msgid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def enc_word(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def single(ctype, cte, body):
    enc = {"base64": b64, "quoted-printable": qp}[cte]
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{enc(body)}\n")


def alternative(boundary, text, html, cte="quoted-printable"):
    enc = {"base64": b64, "quoted-printable": qp}[cte]
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{enc(text)}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{enc(html)}\n"
            f"--{boundary}--\n")


SIG_YT = "Google Legal Support\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043"

CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== APPLIED
case(
    name="yt-removed-blocked-kept-one-sentence",
    **{"from": "legal-support@google.com"},
    date="Fri, 13 Sep 2024 17:42:10 +0900",
    subject=f"Re: [{R1}] Request for removal of content - YouTube",
    reply_to_req=msgid(R1),
    body=f"""Hello,

Thank you for your request {R1}.

After review, we removed {Y[1]} and {Y[2]} globally for violating our Community Guidelines, blocked {Y[3]} for viewers in South Korea under local law, and did not take action on {Y[4]}, which does not violate our policies or, in our assessment, Korean law.

We are still reviewing the remaining eight URLs and will write again once that review is complete.

Kind regards,
Minji
{SIG_YT}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals team reply listing several outcomes in one sentence",
    why="one sentence: two removed, one blocked in KR, one left up with its reason; the rest only promised",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-hedge-in-relative-clauses",
    **{"from": "legal-support@google.com"},
    date="Sat, 14 Sep 2024 10:05:44 +0900",
    subject=f"Re: [{R1}] Request for removal of content - YouTube",
    reply_to_req=msgid(R1),
    body=f"""Hi,

Two further results for {R1}.

The video at {Y[5]}, which may have been re-uploaded by the same person under another channel name, has been removed. If you find a copy, please send us the new link in a separate request.

The video at {Y[6]}, which appears to have been deleted by the uploader before our review started, could not be located on YouTube.

Best,
Daniel
{SIG_YT}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals follow-up; hedges only inside relative clauses",
    why="the hedges ('may have been', 'appears to') sit in relative clauses; the main clauses state removed and could-not-locate",
    items={Y[5]: "removed", Y[6]: "not_found"},
)

case(
    name="yt-not-removed-no-longer-available",
    **{"from": "legal-support@google.com"},
    date="Mon, 16 Sep 2024 19:21:03 +0900",
    subject=f"Re: [{R1}] Request for removal of content - YouTube",
    reply_to_req=msgid(R1),
    body=f"""Hello KCSC team,

We have not removed {Y[7]}. Our review found that it does not violate our Community Guidelines, and we did not find it to be unlawful under Korean law, so it remains available.

{Y[8]}, on the other hand, is no longer available on YouTube: it was removed on 16 September for violating our policy on the sale of regulated goods.

Regards,
Sophie
{SIG_YT}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals reply with a refusal and a removal",
    why="'have not removed' + reason = rejected; 'no longer available ... removed' = removed",
    items={Y[7]: "rejected", Y[8]: "removed"},
)

case(
    name="yt-age-restricted-then-removed",
    **{"from": "legal-support@google.com"},
    date="Tue, 17 Sep 2024 21:10:59 +0900",
    subject=f"Update: {R1}",
    reply_to_req=msgid(R1),
    body=f"""Hello,

An update on two items from {R1}.

When we first looked at {Y[9]} on 12 September, our team placed an age restriction on it. After our legal team's review, that decision was replaced: the Short was removed globally on 17 September.

{Y[10]}: in our message of 13 September we told you this was still under review. It has now been blocked for viewers in South Korea.

Thanks,
Minji
{SIG_YT}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals update replacing an earlier decision",
    why="later sentences replace the earlier age restriction (removed) and the earlier 'under review' (blocked in KR)",
    items={Y[9]: "removed", Y[10]: "restricted"},
)

_t5_html = f"""<html><body>
<p>Hello,</p>
<p>Please find the outcome of your request {R1} below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Date</th></tr>
<tr><td>{Y[1]}</td><td>Removed</td><td>2024-09-13</td></tr>
<tr><td>{Y[2]}</td><td>Removed</td><td>2024-09-13</td></tr>
<tr><td>{Y[11]}</td><td>Blocked in KR</td><td>2024-09-15</td></tr>
</table>
<p><b>Correction to the table above:</b> {Y[11]} was removed globally on 18 September, not only blocked in Korea. The table was exported before the final decision was recorded.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>"""
_t5_text = f"""Hello,

Please find the outcome of your request {R1} below.

URL | Action | Date
{Y[1]} | Removed | 2024-09-13
{Y[2]} | Removed | 2024-09-13
{Y[11]} | Blocked in KR | 2024-09-15

Correction to the table above: {Y[11]} was removed globally on 18 September, not only blocked in Korea. The table was exported before the final decision was recorded.

Regards,
YouTube Legal Support
"""
case(
    name="yt-table-corrected-by-note",
    **{"from": "legal-support@google.com"},
    date="Wed, 18 Sep 2024 16:30:12 +0900",
    subject=f"Re: [{R1}] Request for removal of content - YouTube",
    reply_to_req=msgid(R1),
    raw_mime=alternative("yt5-alt-0918", _t5_text, _t5_html),
    outcome="applied", classification="confirmation",
    imitates="outcome table from a legal-removals tool, with a correction note under it",
    why="the note says it corrects the table and gives the later, final decision for the third row",
    items={Y[1]: "removed", Y[2]: "removed", Y[11]: "removed"},
)

_quoted_req = "\n".join(f"> {i}. {Y[i]}" for i in range(1, 13))
case(
    name="yt-results-by-number-over-quoted-request",
    **{"from": "yt-legal-kr@google.com"},
    name_from="YouTube Legal (KR)",
    date="Thu, 12 Sep 2024 18:02:37 +0900",
    subject=f"Re: {R1} Request for removal of content",
    reply_to_req=msgid(R1),
    body=f"""Hi,

Results so far, numbered as in your list:

1, 2: removed globally
3: blocked in South Korea only
4: no violation of our policies or of local law found, no action
5: we could not locate this video
6-12: still with our legal team, we'll update you

Jae-won
YouTube Legal (KR)

On Mon, 9 Sep 2024 at 15:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal team,
>
> Under our request {R1} we ask you to remove or block the following
> content, which violates Korean law:
>
{_quoted_req}
>
> Please let us know the result by 16 September 2024.
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail reply giving results by the numbers of our quoted list",
    why="numbers refer to the places in our quoted numbered request; 6-12 explicitly still pending",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected", Y[5]: "not_found",
           **{Y[i]: "pending" for i in range(6, 13)}},
)

case(
    name="x-withheld-and-refused-with-reason",
    **{"from": "legal-notices@x.com"},
    date="Thu, 12 Sep 2024 09:15:20 +0900",
    subject=f"Re: {R2} - Request to remove content",
    reply_to_req=msgid(R2),
    body=f"""Hello,

We have reviewed the reported posts.

{X1} has been withheld in South Korea in response to your request.

We are not taking action on {X2}. It does not violate the X Rules, and the information you provided does not show that it is illegal in Korea.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply: country-withheld plus a reasoned refusal",
    why="first post withheld in KR; second refused with its reason",
    items={X1: "restricted", X2: "rejected"},
)

case(
    name="x-account-suspended-post-gone",
    **{"from": "legal-notices@x.com"},
    date="Fri, 13 Sep 2024 03:48:01 +0900",
    subject=f"Re: {R2} - Request to remove content",
    reply_to_req=msgid(R2),
    body=f"""Hello,

The account {X4} has been permanently suspended for violating our rules on illegal goods and services. As a result, its posts, including {X3}, are no longer viewable on X.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account-suspension notice to a reporter",
    why="account suspended = removed; its named post no longer viewable = removed",
    items={X4: "removed", X3: "removed"},
)

case(
    name="x-not-removed-but-withheld-sole",
    **{"from": "legal-notices@x.com"},
    date="Wed, 18 Sep 2024 11:27:45 +0900",
    subject=f"Re: {R6}",
    reply_to_req=msgid(R6),
    body=f"""Hello,

This is in reference to your request {R6}.

The reported post has not been removed from X. It has been withheld in South Korea, so it can no longer be seen by people in Korea; it remains visible in other countries.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice, no URL, answering a one-item request",
    why="negated removal, then withheld in KR: restricted; the request has one item",
    items={X5: "restricted"},
)

case(
    name="tg-removed-and-not-found-prose",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 02:11:09 +0900",
    subject=f"Re: {R3} Case #20931",
    reply_to_req=msgid(R3),
    body=f"""Case #20931

Hello,

Thank you for your report. The posts {T1} and {T2} were removed for breaking Telegram's Terms of Service, while the post {T3} could not be found - the channel owner may have deleted it before we got to it.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, mixed statuses in one sentence",
    why="two removed; the third could not be found (the hedge only guesses why)",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-correction-of-earlier-reply",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 20:40:18 +0900",
    subject=f"Re: {R3} Case #20931 (correction)",
    reply_to_req=msgid(R3),
    body=f"""Case #20931

Hello again,

Our reply of this morning contained an error. It said that {T1} had been taken down. That is not correct: after a second check, {T1} does not break our Terms of Service and stays available.

{T2} was taken down, as stated before.

Sorry for the confusion.
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk correction of its own earlier reply",
    why="the reported earlier statement is withdrawn; final word: T1 stays up (rejected), T2 removed",
    items={T1: "rejected", T2: "removed"},
)

case(
    name="tg-all-content-one-item-request",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 06:55:30 +0900",
    subject=f"Re: {R7}",
    reply_to_req=msgid(R7),
    body=f"""Hello,

All the content you reported under {R7} has been removed.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="short Telegram abuse-desk confirmation",
    why="'all the content' for a request of one item: that item is removed",
    items={T4: "removed"},
)

case(
    name="naver-mixed-korean-particles",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 15:20:00 +0900",
    subject=enc_word(f"RE: [{R4}] 게시물 삭제 요청 처리 결과"),
    reply_to_req=msgid(R4),
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 {R4} 건의 처리 결과를 안내드립니다.

{N1}과 {N2}는 게시중단 조치하였으며, {N3}는 임시조치(30일) 하였습니다. {N4}는 이미 작성자가 삭제한 게시물로 확인됩니다.

나머지 1건（{N5_RAW}）은 현재 검토 중입니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 처리 결과 안내 (게시중단·임시조치)",
    why="게시중단 x2 = removed, 임시조치 = restricted, 작성자 삭제 = not_found; raw Korean path still under review",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "pending"},
)

_n14 = f"""<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>귀 위원회의 시정요구({R4})에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>9/13 처리</td></tr>
<tr><td>2</td><td>{N2}</td><td>검토중</td><td>※ 하단 참고</td></tr>
<tr><td>3</td><td>{N3}</td><td>블라인드</td><td>카페 운영원칙 위반</td></tr>
<tr><td>4</td><td>{N4}</td><td>해당없음</td><td>게시물 없음</td></tr>
<tr><td>5</td><td>{N5_RAW}</td><td>미조치</td><td>위반사항 없음</td></tr>
</table>
<p>※ 2번 게시물은 작성자 이의제기가 접수되어 검토 중이며, 결과는 별도로 안내드리겠습니다.</p>
<p>네이버 권리보호센터</p>
</body></html>"""
case(
    name="naver-kcsc-result-table-html",
    **{"from": "rights@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Sat, 14 Sep 2024 11:02:48 +0900",
    subject=enc_word(f"[회신] 시정요구({R4}) 조치 결과"),
    reply_to_req=msgid(R4),
    raw_mime=single("text/html", "base64", _n14),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (번호/URL/조치결과/비고)",
    why="삭제, 블라인드 = removed; 게시물 없음 = not_found; 미조치 위반사항 없음 = rejected; 검토중 stays pending",
    items={N1: "removed", N2: "pending", N3: "removed", N4: "not_found", N5: "rejected"},
)

case(
    name="naver-kept-and-private-base64",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Mon, 16 Sep 2024 10:44:12 +0900",
    subject=enc_word(f"RE: {R4} 처리 결과 추가 안내"),
    reply_to_req=msgid(R4),
    raw_mime=single("text/plain", "base64", f"""안녕하세요, 네이버 고객센터입니다.

{R4} 건 중 두 건에 대한 결과를 추가로 안내드립니다.

- {N5_RAW}
  해당 게시물은 삭제되지 않았습니다. 검토 결과 관련 법령 및 네이버 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

- {N1}
  해당 게시물은 비공개 처리되었습니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 추가 안내, base64 body",
    why="'삭제되지 않았습니다' + no violation = rejected; 비공개 처리 = removed",
    items={N5: "rejected", N1: "removed"},
)

_k16_csv = (f"신고번호,URL,처리결과,처리일시\n"
            f"{R5},{K1},게시물 삭제,2024-09-14 11:20\n"
            f"{R5},{K2},임시조치(30일),2024-09-14 11:22\n")
case(
    name="kakao-csv-attachment-results",
    **{"from": "cs-policy@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Sat, 14 Sep 2024 13:05:00 +0900",
    subject=enc_word(f"[카카오] {R5} 처리 결과 회신"),
    reply_to_req=msgid(R5),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kakao-mix-0914"

--kakao-mix-0914
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f"안녕하세요, 카카오 고객센터입니다.{chr(10)}{chr(10)}요청하신 {R5} 건의 처리 결과를 첨부 파일로 보내드립니다.{chr(10)}{chr(10)}감사합니다.{chr(10)}")}
--kakao-mix-0914
Content-Type: text/csv; charset=utf-8; name="result_{R5}.csv"
Content-Disposition: attachment; filename="result_{R5}.csv"
Content-Transfer-Encoding: base64

{b64(_k16_csv)}
--kakao-mix-0914--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 reply with a CSV result sheet attached",
    why="CSV: 게시물 삭제 = removed, 임시조치 = restricted",
    items={K1: "removed", K2: "restricted"},
)

case(
    name="kakao-removed-and-refused-qp",
    **{"from": "noreply-cs@daum.net"},
    name_from="Daum 고객센터",
    date="Tue, 17 Sep 2024 14:31:27 +0900",
    subject=enc_word(f"[Daum] 권리침해 신고 처리 결과 ({R5})"),
    reply_to_req=msgid(R5),
    raw_mime=single("text/plain", "quoted-printable", f"""안녕하세요, Daum 고객센터입니다.

신고하신 게시물에 대한 처리 결과를 알려드립니다.

{K1} 게시물은 게시중단 처리되었습니다.

{K2}는 검토 결과 관련 법령 및 카카오 운영정책에 위배되는 내용이 확인되지 않아 별도 조치하지 않았습니다.

처리 결과에 이의가 있으시면 고객센터로 문의해 주세요.
https://cs.daum.net/faq/site/daum/4821.html
"""),
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해 신고 처리 결과 안내, quoted-printable",
    why="게시중단 = removed; no violation found, no action = rejected; the help link is not an item",
    items={K1: "removed", K2: "rejected"},
)

case(
    name="x-bare-urls-status-below",
    **{"from": "legal-notices@x.com"},
    date="Sat, 14 Sep 2024 06:12:40 +0900",
    subject=f"Re: {R2} - Request to remove content",
    reply_to_req=msgid(R2),
    body=f"""Hello,

Here are the results for your request {R2}:

{X1}
Withheld in South Korea

{X2}
Removed: violation of our policy on illegal or certain regulated goods or services

{X3}
No violation found; no action taken

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome list, status on the line under each URL",
    why="status belongs to the URL above it",
    items={X1: "restricted", X2: "removed", X3: "rejected"},
)

case(
    name="yt-angle-urls-below-statements",
    **{"from": "legal-support@google.com"},
    date="Sun, 15 Sep 2024 12:00:05 +0900",
    subject=f"Re: [{R1}] Request for removal of content - YouTube",
    reply_to_req=msgid(R1),
    body=f"""Hello,

The following video has been removed from YouTube globally:
<{Y[2]}>

The following video has been blocked for viewers in South Korea:
<{Y[4]}>

The following channel has been terminated:
<{Y[12]}>

The following link does not lead to any video on YouTube, so there was nothing for us to act on:
<{Y[7]}>

Kind regards,
{SIG_YT}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals reply, each statement followed by its URL in angle brackets",
    why="each statement points forward to the URL on the next line",
    items={Y[2]: "removed", Y[4]: "restricted", Y[12]: "removed", Y[7]: "not_found"},
)

_outlook_req = "\n".join(Y[i] for i in range(1, 13))
case(
    name="yt-outlook-top-post-over-request",
    **{"from": "hyejin.park@google.com"},
    name_from="Hyejin Park",
    date="Mon, 16 Sep 2024 09:03:15 +0900",
    subject=f"RE: {R1} Request for removal of content",
    reply_to_req=msgid(R1),
    body=f"""Hi KCSC team,

{Y[5]} was removed yesterday. {Y[6]} is blocked in Korea now.
We're still looking at the rest and will come back to you this week.

Hyejin

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 3:00 PM
To: legal-kr@google.com
Subject: {R1} Request for removal of content

Dear YouTube Legal team,

Please remove or block the following content, which violates Korean law:

{_outlook_req}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply by a Google employee over our request",
    why="only the two URLs above the quoted request get statuses; the quoted list is ours",
    items={Y[5]: "removed", Y[6]: "restricted"},
)

case(
    name="tg-gmail-reply-over-quoted-list",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 23:19:52 +0900",
    subject=f"Re: {R3}",
    reply_to_req=msgid(R3),
    body=f"""Hello,

{T2} was removed.

{T1} and {T3} were reviewed; they do not violate Telegram's Terms of Service, so no action was taken on them.

Telegram Abuse Team

On Wed, 11 Sep 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram team,
>
> We request the removal of the following posts (request {R3}):
> {T1}
> {T2}
> {T3}
>
> They advertise illegal gambling services to users in Korea.
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply over a Gmail-quoted request",
    why="one removed, two refused with their reason; quoted lines are our own request",
    items={T2: "removed", T1: "rejected", T3: "rejected"},
)

case(
    name="x-wrapped-angle-url",
    **{"from": "legal-notices@x.com"},
    date="Sun, 15 Sep 2024 08:40:33 +0900",
    subject=f"Re: {R2} - Request to remove content",
    reply_to_req=msgid(R2),
    body=f"""Hello,

We've withheld the following post in South Korea:
<https://x.com/gold_ticket_kr/status/
1832415566778899001>

The account {X4} itself was reviewed and no violation of the X Rules was found; the account remains available.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a URL wrapped inside angle brackets (RFC 3986 appendix C)",
    why="wrapped post URL withheld in KR; the account refused with its reason",
    items={X3: "restricted", X4: "rejected"},
)

_h23 = f"""<html><body>
<p>Hello,</p>
<p>Here is where we are with {R1}:</p>
<ul>
<li><a href="{Y[8]}">{Y[8]}</a> &ndash; removed for violating our Community Guidelines</li>
<li><a href="{Y[3]}">{Y[3]}</a> &ndash; we could not find a video at this address</li>
<li><a href="{Y[11]}">{Y[11]}</a> &ndash; this may fall under our policy on regulated goods; our specialists will take another look and get back to you</li>
</ul>
<p>Best regards,<br>YouTube Legal Support</p>
</body></html>"""
_t23 = f"""Hello,

Here is where we are with {R1}:

* {Y[8]} - removed for violating our Community Guidelines
* {Y[3]} - we could not find a video at this address
* {Y[11]} - this may fall under our policy on regulated goods; our specialists will take another look and get back to you

Best regards,
YouTube Legal Support
"""
case(
    name="yt-html-qp-mixed-with-hedge",
    **{"from": "legal-support@google.com"},
    date="Tue, 17 Sep 2024 15:45:09 +0900",
    subject=f"Re: [{R1}] Request for removal of content - YouTube",
    reply_to_req=msgid(R1),
    raw_mime=alternative("yt23-alt-0917", _t23, _h23),
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals HTML list, quoted-printable",
    why="removed and could-not-find are statements; 'may fall under ... will take another look' is not",
    items={Y[8]: "removed", Y[3]: "not_found", Y[11]: "pending"},
)

_quoted_naver = "\n".join(f"{i}. {u}" for i, u in enumerate([N1, N2, N3, N4, N5_RAW], start=1))
case(
    name="naver-by-number-korean-quoted",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 18 Sep 2024 17:12:00 +0900",
    subject=enc_word(f"RE: [{R4}] 게시물 삭제 요청"),
    reply_to_req=msgid(R4),
    body=f"""안녕하세요. 요청하신 5건에 대한 처리 결과입니다.

1번, 2번: 게시중단
3번: 임시조치 (30일)
4번: 이미 삭제된 게시물 (작성자 삭제)
5번: 검토 결과 위반 사항 없음 - 게시 유지

감사합니다.
네이버 고객센터

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-12 (목) 09:40:00
Subject: [{R4}] 게시물 삭제 요청

안녕하세요. 방송통신심의위원회입니다.
아래 게시물은 관련 법령을 위반하므로 삭제 또는 접속차단을 요청드립니다.

{_quoted_naver}

회신 기한: 2024년 9월 19일
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply by item number over an Outlook-quoted Korean request",
    why="numbers refer to our quoted numbered list; 게시중단/임시조치/작성자 삭제/위반 없음 게시 유지",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected"},
)

case(
    name="yt-dsa-statement-of-reasons",
    **{"from": "noreply-legal@google.com"},
    date="Wed, 18 Sep 2024 08:30:00 +0900",
    subject=f"Decision on your notice - reference {R1}",
    reply_to_req=msgid(R1),
    body=f"""Decision on your notice

Notice reference: {R1}
Content: {Y[10]}

Decision: Restriction of visibility. The content has been blocked for viewers in the Republic of Korea.
Ground: Illegal content under the law of the Republic of Korea
Territorial scope: KR
Automated detection: No
Automated decision: No

The uploader has been informed and may appeal. Information about how we handle legal notices is available at https://support.google.com/legal/answer/9990421?hl=en

Google
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons sent to the notifier",
    why="one named item restricted (blocked in KR); the help link is not an item",
    items={Y[10]: "restricted"},
)

case(
    name="x-ticket-receipt-plus-withheld",
    **{"from": "support-reports@x.com"},
    date="Thu, 12 Sep 2024 22:01:14 +0900",
    subject=f"Your report {R2} [ref:0912-4471]",
    reply_to_req=msgid(R2),
    body=f"""Thank you for your report. Your ticket number is 0912-4471.

Your report
-----------
Reporter: Korea Communications Standards Commission
Reported content: {X2}
Reported content: {X1}
Reason given: Illegal goods (Korean law)

Outcome
-------
{X2}: Withheld in: KR
{X1}: No action. This post does not violate the X Rules and we found no basis under local law.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support ticket mail echoing the report, with an outcome section",
    why="the echoed report carries no status; the outcome section does: withheld KR, refused with reason",
    items={X2: "restricted", X1: "rejected"},
)

# =================================================================== REVIEW
case(
    name="yt-will-be-removed-promise",
    **{"from": "legal-support@google.com"},
    date="Tue, 10 Sep 2024 18:20:00 +0900",
    subject=f"Re: [{R1}] Request for removal of content - YouTube",
    reply_to_req=msgid(R1),
    body=f"""Hello,

{Y[1]} and {Y[2]} will be removed once our legal team has signed off, which we expect within 24 hours. {Y[3]} is under review.

Regards,
{SIG_YT}
""",
    outcome="review", review="not_understood",
    imitates="Google legal-removals interim reply with promises",
    why="'will be removed' and 'under review' are not statements; items named",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="tg-appears-deleted-hedges",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 07:44:21 +0900",
    subject=f"Re: {R3} Case #20944",
    reply_to_req=msgid(R3),
    body=f"""Case #20944

Hello,

It appears that {T1} has already been deleted, and {T3} may no longer be available either. We'll confirm once our team has checked both.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk hedged first look",
    why="'it appears', 'may no longer be' are hedges on the main clauses",
    items={T1: "pending", T3: "pending"},
)

case(
    name="x-all-posts-removed-bulk",
    **{"from": "legal-notices@x.com"},
    date="Fri, 13 Sep 2024 12:00:00 +0900",
    subject=f"Re: {R2} - Request to remove content",
    reply_to_req=msgid(R2),
    body=f"""Hello,

All posts listed in your request {R2} have been removed for violating the X Rules.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line bulk confirmation",
    why="a statement about all items of a four-item request without naming them",
    items={X1: "pending", X2: "pending", X3: "pending", X4: "pending"},
)

case(
    name="naver-all-posts-bulk-korean",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 18:30:00 +0900",
    subject=enc_word(f"RE: [{R4}] 게시물 삭제 요청"),
    reply_to_req=msgid(R4),
    body=f"""안녕하세요, 네이버 고객센터입니다.

{R4} 요청 건에 포함된 게시물 전체에 대하여 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 일괄 게시중단 완료 안내",
    why="'게시물 전체' for a five-item request, no item named",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending", N5: "pending"},
)

case(
    name="yt-auth-fail-claims-removal",
    **{"from": "legal-support@youtube.com"},
    auth="fail",
    date="Sat, 14 Sep 2024 04:12:00 +0900",
    subject=f"Re: [{R1}] Request for removal of content - YouTube",
    reply_to_req=msgid(R1),
    body=f"""Hello,

{Y[1]} has been removed from YouTube.

YouTube Legal Support
""",
    outcome="review", review="untrusted",
    imitates="short legal-removals confirmation failing DKIM/SPF/DMARC",
    why="platform domain but authentication failed",
    items={Y[1]: "pending"},
)

case(
    name="lookalike-domain-claims-x-removal",
    **{"from": "legal@x-trust-support.com"},
    name_from="X Trust & Safety",
    date="Sat, 14 Sep 2024 09:30:00 +0900",
    subject=f"Re: {R2} - Request to remove content",
    reply_to_req=msgid(R2),
    body=f"""Hello,

Your request {R2} has been processed. {X1} and {X2} have been removed.

X Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="confirmation from a look-alike domain that is not X's",
    why="sender domain belongs to no platform",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-answers-telegram-request",
    **{"from": "legal-notices@x.com"},
    date="Sun, 15 Sep 2024 14:05:00 +0900",
    subject=f"Re: {R3}",
    reply_to_req=msgid(R3),
    body=f"""Hello,

Following up on your request, we have removed {T1} and {T2}.

X Legal
""",
    outcome="review", review="wrong_platform",
    imitates="platform reply sent on the wrong thread",
    why="X cannot state statuses for Telegram posts",
    items={T1: "pending", T2: "pending"},
)

_h34 = f"""<html><body>
<p>Hello,</p>
<p>Action report for {R1}:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{Y[5]}</td><td>Removed</td></tr>
</table>
<p>Please note: {Y[5]} is currently still available. No action was taken while the uploader's counter-notification is pending.</p>
<p>YouTube Legal Support</p>
</body></html>"""
case(
    name="yt-table-vs-note-contradiction",
    **{"from": "legal-support@google.com"},
    date="Mon, 16 Sep 2024 13:13:13 +0900",
    subject=f"Action report: {R1}",
    reply_to_req=msgid(R1),
    type="html",
    body=_h34,
    outcome="review", review="conflicting_statements",
    imitates="action-report table with a note that contradicts it",
    why="the table says Removed, the note says still available and no action; neither says it corrects the other",
    items={Y[5]: "pending"},
)

case(
    name="naver-asks-for-documents",
    **{"from": "rights@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Fri, 13 Sep 2024 10:10:10 +0900",
    subject=enc_word(f"[요청] {R4} 관련 추가 자료 요청"),
    reply_to_req=msgid(R4),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 {R4} 건과 관련하여, 원활한 검토를 위해 위법성 판단 근거(관련 법령 조항)와 공문을 추가로 보내주시기 바랍니다.

자료가 접수되는 대로 검토를 진행하겠습니다.

네이버 권리보호센터
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER 권리보호센터 소명자료 요청",
    why="the platform asks for documents before acting",
    items={},
)

case(
    name="x-portal-notice-no-claims",
    **{"from": "gov-affairs@x.com"},
    date="Tue, 17 Sep 2024 02:00:00 +0900",
    subject="Changes to how X receives government requests",
    body="""Hello,

From 1 October 2024, requests from government agencies and regulators should be submitted through our Legal Request portal at https://legalrequests.x.com/submit . Requests sent by email after that date will not be processed.

If you have questions, please reply to this email.

X Global Government Affairs
""",
    outcome="review", review="no_claims",
    imitates="X notice to government contacts about its legal-request portal",
    why="trusted X mail that names no item and references no request",
    items={},
)

case(
    name="naver-conditional-deletion",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Sun, 15 Sep 2024 16:00:00 +0900",
    subject=enc_word(f"RE: [{R4}] 게시물 삭제 요청"),
    reply_to_req=msgid(R4),
    body=f"""안녕하세요, 네이버 고객센터입니다.

{N1}, {N2} 게시물에 대해서는 게시자에게 소명 기회를 부여하였으며, 기한(7일) 내 소명이 없을 경우 삭제될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 소명 기회 부여 안내 (conditional deletion)",
    why="deletion only promised, on a condition; items named",
    items={N1: "pending", N2: "pending"},
)

# =================================================================== IGNORED
case(
    name="x-out-of-office",
    **{"from": "claire.dubois@x.com"},
    name_from="Claire Dubois",
    date="Tue, 10 Sep 2024 11:00:20 +0900",
    subject=f"Automatic reply: {R2} - Request to remove content",
    reply_to_req=msgid(R2),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 23 September with limited access to email.

For urgent legal matters, please write to legal@x.com.

Claire
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="auto-reply",
    items={},
)

_dsn_text = f"""This is the mail system at host mail-out2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@telegram.org>: host mx.telegram.org[198.51.100.44] said: 550 5.1.1
    <abuse-kr@telegram.org>: Recipient address rejected: User unknown
"""
case(
    name="tg-dsn-bounce",
    **{"from": "MAILER-DAEMON@mail-out2.telegram.org"},
    name_from="Mail Delivery System",
    auth="none",
    date="Wed, 11 Sep 2024 10:30:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0911-1030"

--dsn-0911-1030
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

{_dsn_text}
--dsn-0911-1030
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mail-out2.telegram.org
Arrival-Date: Wed, 11 Sep 2024 10:30:40 +0900

Final-Recipient: rfc822; abuse-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@telegram.org>: Recipient address rejected: User unknown

--dsn-0911-1030
Content-Type: text/rfc822-headers
Content-Description: Undelivered Message Headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@telegram.org
Subject: {R3} Request for removal of content
Message-ID: <{msgid(R3)}@kcsc.example>
Date: Wed, 11 Sep 2024 10:30:00 +0900

--dsn-0911-1030--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification",
    why="bounce of our own request",
    items={},
)

case(
    name="naver-mdn-displayed",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 10:02:00 +0900",
    subject=enc_word(f"읽음: [{R4}] 게시물 삭제 요청"),
    reply_to_req=msgid(R4),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0912"

--mdn-0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f"보낸 메일 [{R4}] 게시물 삭제 요청 을(를) 2024-09-12 10:02에 수신자가 읽었습니다.{chr(10)}")}
--mdn-0912
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{msgid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0912--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN), Korean",
    why="read receipt",
    items={},
)

case(
    name="yt-legal-request-received",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal Support",
    date="Mon, 9 Sep 2024 15:01:12 +0900",
    subject=f"[3-1742000059312] We received your request {R1}",
    reply_to_req=msgid(R1),
    body=f"""Thank you for contacting Google.

We have received your request regarding {R1} and assigned it the reference number 3-1742000059312. Our team will review your request and notify you of any action taken.

Please do not reply to this email; this mailbox is not monitored.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-removals automatic receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="kakao-report-received-korean",
    **{"from": "noreply-cs@daum.net"},
    name_from="Daum 고객센터",
    date="Fri, 13 Sep 2024 14:21:05 +0900",
    subject=enc_word("[Daum] 권리침해 신고가 접수되었습니다"),
    reply_to_req=msgid(R5),
    body=f"""안녕하세요, Daum 고객센터입니다.

권리침해 신고가 정상적으로 접수되었습니다.
접수번호: 2409130071 (귀하의 참조번호: {R5})

담당자 확인 후 순차적으로 처리 결과를 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Daum 고객센터 접수 완료 자동 메일",
    why="pure acknowledgement (접수), result only promised",
    items={},
)

case(
    name="yt-korean-auto-reply-quoting-request",
    **{"from": "jiyeon.han@google.com"},
    name_from="Jiyeon Han",
    date="Mon, 9 Sep 2024 15:00:40 +0900",
    subject=enc_word(f"자동 회신: {R1} Request for removal of content"),
    reply_to_req=msgid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""[자동 회신] 9월 19일까지 휴가 중입니다. 긴급한 법률 요청은 legal-kr@google.com 으로 보내주십시오.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 3:00 PM
Subject: {R1} Request for removal of content

Please remove or block the following content:
{Y[1]}
{Y[2]}
{Y[3]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook Korean out-of-office that quotes the original",
    why="auto-reply; the URLs are only in our quoted request",
    items={},
)

case(
    name="x-case-received-generic-removed-note",
    **{"from": "support-reports@x.com"},
    date="Tue, 10 Sep 2024 11:02:09 +0900",
    subject=f"We received your report [Case 0A1B-2C3D] {R2}",
    reply_to_req=msgid(R2),
    body=f"""We've received your report.

Case: 0A1B-2C3D
Reported content:
{X1}
{X2}

Our team will review the content against the X Rules and applicable law. If the content you reported has already been removed by the time we look at it, you may not receive a further update.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X report-received receipt echoing the reported URLs",
    why="pure receipt; 'removed' only in a general conditional sentence",
    items={},
)


HEADER = f"""# Blind set 834 (focus: what a program gets wrong): mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# later sentences that revise earlier ones, a table and a note, statuses by
# position. Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand. {len(CASES)} cases."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind834", HEADER, CASES)
    print("wrote %d cases" % len(CASES))
