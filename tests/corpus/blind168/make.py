#!/usr/bin/env python3
"""Blind set 168: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
and a note that disagree, statuses given by position. Written from each
email's meaning before any run of the reader.

    python3 tests/corpus/blind168/make.py

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

# ---------------------------------------------------------------- requests

KO_PATH = "무료-환전-안내"
KO_URL_RAW = "https://jangmi-note.tistory.com/entry/" + KO_PATH
KO_URL = "https://jangmi-note.tistory.com/entry/" + quote(KO_PATH)

Y = {
    1: "https://www.youtube.com/watch?v=Qm7aLr2Tx01",
    2: "https://www.youtube.com/watch?v=Zk3pNw8Hc02",
    3: "https://www.youtube.com/watch?v=Bt5xVe1Ko03",
    4: "https://www.youtube.com/watch?v=Hn9cUy4Ld04",
    5: "https://www.youtube.com/watch?v=Wr2mGs6Fa05",
    6: "https://www.youtube.com/watch?v=Pd8jKo3Ei06",
    7: "https://www.youtube.com/shorts/Tx4vLq9Nb07",
    8: "https://www.youtube.com/shorts/Mc1sRf5Gu08",
    9: "https://www.youtube.com/watch?v=Ja6bYt2Wz09",
    10: "https://www.youtube.com/watch?v=Ek0hXn7Vr10",
    11: "https://www.youtube.com/@bluecrane_tv8311",
    12: "https://www.youtube.com/watch?v=Lu3qDc8Ms12",
}
N = {
    1: "https://blog.naver.com/moonlit_deal77/223561904512",
    2: "https://blog.naver.com/moonlit_deal77/223561907730",
    3: "https://cafe.naver.com/hanbitmarket/48213",
    4: "https://cafe.naver.com/hanbitmarket/48290",
    5: "https://blog.naver.com/pinegrove_k/223560011847",
}
T = {
    1: "https://t.me/nightowl_market/1182",
    2: "https://t.me/nightowl_market/1187",
    3: "https://t.me/quickpills_kr",
    4: "https://t.me/quickpills_kr/305",
}
X = {
    1: "https://x.com/hanul_odds/status/1831200000000000101",
    2: "https://x.com/hanul_odds/status/1831200000000000214",
    3: "https://x.com/seabird_tips",
    4: "https://x.com/mintcoin_kr/status/1833300000000000077",
}
K = {
    1: "https://cafe.daum.net/greenleaf09/Rk2e/331",
    2: KO_URL,
    3: "https://jangmi-note.tistory.com/48",
}
TT = {
    1: "https://www.tiktok.com/@sunny.bet.kr/video/7410023345501234567",
    2: "https://www.tiktok.com/@sunny.bet.kr/video/7410023345509876543",
}

REQUESTS = [
    # ref, platform, sent, due, urls, category, message id, note
    ("KCSC-240903-01", "youtube", "2024-09-03", "2024-09-10", [Y[i] for i in range(1, 13)],
     "gambling", "req-240903-01", "illegal gambling promotion videos and one channel"),
    ("KCSC-240904-02", "naver", "2024-09-04", "2024-09-11", [N[i] for i in range(1, 6)],
     "drugs", "req-240904-02", "blog and cafe posts selling controlled substances"),
    ("KCSC-240905-03", "telegram", "2024-09-05", "2024-09-12", [T[i] for i in range(1, 5)],
     "drugs", "req-240905-03", "channel and posts"),
    ("KCSC-240906-04", "x", "2024-09-06", "2024-09-13", [X[i] for i in range(1, 4)],
     "gambling", "req-240906-04", "two posts and one account"),
    ("KCSC-240909-05", "kakao", "2024-09-09", "2024-09-16", [K[i] for i in range(1, 4)],
     "fraud", "req-240909-05", "Daum cafe post and Tistory entries"),
    ("KCSC-240910-06", "tiktok", "2024-09-10", "2024-09-17", [TT[1], TT[2]],
     "gambling", "req-240910-06", "two videos"),
    ("KCSC-240911-07", "x", "2024-09-11", "2024-09-18", [X[4]],
     "fraud", "req-240911-07", "one post"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def our_request(ref, prefix="> "):
    """Our request email as a platform quotes it under its reply."""
    urls = REQ[ref][4]
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or",
        f"restrict the following content under request {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def alt(plain, html, boundary, plain_enc="8bit", html_enc="8bit"):
    def enc(t, e):
        return {"8bit": t, "base64": b64(t), "quoted-printable": qp(t)}[e]
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: {plain_enc}\n\n"
        f"{enc(plain.strip(), plain_enc)}\n"
        f"--{boundary}\n"
        f"Content-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: {html_enc}\n\n"
        f"{enc(html.strip(), html_enc)}\n"
        f"--{boundary}--\n"
    )


def single(text, enc, ctype="plain"):
    body = {"base64": b64(text.strip()), "quoted-printable": qp(text.strip() + "\n")}[enc]
    return (
        f"Content-Type: text/{ctype}; charset=utf-8\n"
        f"Content-Transfer-Encoding: {enc}\n\n{body}\n"
    )


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED

case(
    name="yt-three-statuses-one-sentence",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 10:14:22 +0900",
    subject="[KCSC-240903-01] Your legal removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your request KCSC-240903-01.

After reviewing the content under applicable local law and our policies, we
removed {Y[1]} and {Y[2]} from YouTube, restricted {Y[3]} so that it is no
longer viewable in South Korea, and took no action on {Y[4]}, because that
video does not violate our Community Guidelines and we did not find it to be
unlawful.

We are still reviewing the remaining URLs in your request and will write
again once we have reached a decision.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-removal outcome email (Google legal support), several outcomes in one sentence",
    why="one sentence carries removed, removed, restricted and a refusal with its reason; the rest is a promise",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="tg-channel-not-deleted-but-blocked",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 02:41:09 +0900",
    subject="Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

The channel {T[3]} has not been deleted. It has been made unavailable to
users in South Korea, in line with local law.

The post {T[4]} has been removed.

Telegram Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram abuse-desk reply (terse, per-link)",
    why="negation 'has not been deleted' then a country block: restricted, not removed; the post is removed",
    items={T[3]: "restricted", T[4]: "removed"},
)

case(
    name="x-withheld-and-refusal-with-reason",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 18:05:40 +0900",
    subject="Case 0924-88137 [KCSC-240906-04]",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

We have reviewed your request (reference KCSC-240906-04).

{X[1]}
Action: withheld in South Korea.

{X[2]}
Action: none. This post is commentary on a sporting event and does not
promote gambling; it does not violate the X Rules and we have not found it
to be illegal in the country you specified.

We are unable to share more details about the reviewed accounts.

Thanks,
X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="X (Twitter) legal request reply with per-URL action lines",
    why="status on the line below each bare URL; the refusal carries its reason",
    items={X[1]: "restricted", X[2]: "rejected"},
)

case(
    name="naver-could-not-locate-then-found",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 16:22:03 +0900",
    subject="[KCSC-240904-02] 게시중단 요청 처리 결과 안내",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240904-02 관련하여 안내드립니다.

{N[4]} 게시물은 처음 조회 시 확인되지 않았으나, 카페 관리자가 게시판을
이동한 것으로 파악되어 재확인하였습니다. 재확인 결과 해당 게시물은
운영정책 위반으로 9월 13일 게시중단(블라인드) 처리되었습니다.

나머지 게시물은 검토가 완료되는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 (Korean portal notice)",
    why="an earlier 'not found' is revised in the next sentence: the post was located and blinded",
    items={N[4]: "removed"},
)

case(
    name="yt-hedge-only-in-relative-clause",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 09:02:51 +0900",
    subject="Re: [KCSC-240903-01] Legal removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

Following up on KCSC-240903-01:

- {Y[5]}, which may also have been re-uploaded by other channels, has been
  removed from YouTube.
- {Y[6]}, which we believe was uploaded by the same person as the first
  video, has been removed as well.

If you find re-uploads, please submit them as a new request.

YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal support follow-up reply",
    why="the hedges ('may', 'we believe') sit in relative clauses about re-uploads and authorship; the removals are unhedged",
    items={Y[5]: "removed", Y[6]: "removed"},
)

case(
    name="tg-numbered-list-then-by-number",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Mon, 16 Sep 2024 11:30:00 +0900",
    subject="Re: Removal request KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Dear KCSC,

We reviewed the links you sent:

1. {T[1]}
2. {T[2]}
3. {T[3]}
4. {T[4]}

Links 1 and 2 have been removed. Link 3, the channel, has been blocked for
users in the Republic of Korea. Link 4 could not be found - the post does
not exist.

Best regards,
Telegram Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram trust & safety reply answering by number",
    why="statuses by position, but the positions refer to a numbered list in the author's own text",
    items={T[1]: "removed", T[2]: "removed", T[3]: "restricted", T[4]: "not_found"},
)

case(
    name="yt-table-with-correcting-note",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 13:47:19 +0900",
    subject="[KCSC-240903-01] Decision summary",
    reply_to_req="req-240903-01",
    raw_mime=alt(
        f"""
Decision summary for KCSC-240903-01

URL | Outcome
{Y[9]} | Removed
{Y[10]} | Removed

Note: the outcome shown for {Y[10]} is wrong. That video was not removed;
it has been age-restricted and can only be viewed by signed-in adults.
""",
        f"""
<html><body>
<p>Decision summary for KCSC-240903-01</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Removed</td></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>Removed</td></tr>
</table>
<p><b>Note:</b> the outcome shown for {Y[10]} is wrong. That video was not
removed; it has been age-restricted and can only be viewed by signed-in adults.</p>
</body></html>
""",
        "yt-tbl-0917",
    ),
    outcome="applied",
    classification="confirmation",
    imitates="YouTube decision summary table (HTML) with a reviewer's note",
    why="the note below the table says explicitly that the table is wrong for Y10 and gives its true status",
    items={Y[9]: "removed", Y[10]: "restricted"},
)

case(
    name="naver-kcsc-result-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 17:10:44 +0900",
    subject="[회신] 시정요구 조치결과 통보 (KCSC-240904-02)",
    reply_to_req="req-240904-02",
    raw_mime=alt(
        f"""
시정요구 조치결과를 아래와 같이 통보합니다.

요청번호: KCSC-240904-02

번호 | URL | 조치결과 | 비고
1 | {N[1]} | 삭제 | 9/10 처리
2 | {N[2]} | 삭제 | 9/10 처리
3 | {N[3]} | 접근제한(국내) | 9/11 처리
5 | {N[5]} | 해당 게시물 없음 | 작성자 삭제

4번 게시물은 검토 중이며 결과는 추후 회신드리겠습니다.
""",
        f"""
<html><body>
<p>시정요구 조치결과를 아래와 같이 통보합니다.</p>
<p>요청번호: KCSC-240904-02</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>9/10 처리</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td><td>9/10 처리</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>접근제한(국내)</td><td>9/11 처리</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>해당 게시물 없음</td><td>작성자 삭제</td></tr>
</table>
<p>4번 게시물은 검토 중이며 결과는 추후 회신드리겠습니다.</p>
</body></html>
""",
        "nv-tbl-0911",
    ),
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 table from a portal",
    why="table rows: deleted, deleted, access restricted in Korea, no such post (deleted by its author); item 4 under review",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[5]: "not_found", N[4]: "pending"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "noreply-policy@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 15:33:08 +0900",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240909-05)",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. 카카오 정책운영팀입니다.

요청하신 건(KCSC-240909-05)에 대한 처리 결과를 안내드립니다.

{KO_URL_RAW} 게시물은 운영정책 위반으로 비공개 처리되었습니다.
({K[3]})는 작성자가 이미 삭제하여 존재하지 않는 게시물입니다．

다음 카페 게시물은 확인 중이며, 확인이 끝나는 대로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao (Tistory/Daum) 게시물 조치 결과 안내",
    why="raw Korean path followed by a space and 게시물은; a URL in parentheses followed by 는; full-width full stop",
    items={K[2]: "removed", K[3]: "not_found"},
)

case(
    name="tiktok-qp-removed-and-no-violation",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Law Enforcement & Regulator Outreach",
    date="Fri, 13 Sep 2024 20:19:55 +0900",
    subject="Your request KCSC-240910-06",
    reply_to_req="req-240910-06",
    raw_mime=single(
        f"""
Dear Korea Communications Standards Commission,

Thank you for your report (reference KCSC-240910-06). We have completed our
review.

Video {TT[1]} has been removed for violating our Community Guidelines on
gambling promotion.

Video {TT[2]} was reviewed by our team and we did not find a violation of our
Community Guidelines or of local law; it will remain available on TikTok.

If you disagree with this decision, you may provide additional information
and we will reassess it.

Kind regards,
TikTok Trust and Safety
""",
        "quoted-printable",
    ),
    outcome="applied",
    classification="confirmation",
    imitates="TikTok regulator-outreach decision email (quoted-printable)",
    why="one video removed; the other refused with its reason (no violation, remains available)",
    items={TT[1]: "removed", TT[2]: "rejected"},
)

case(
    name="x-single-item-no-url",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Mon, 16 Sep 2024 08:12:30 +0900",
    subject="Re: KCSC-240911-07",
    reply_to_req="req-240911-07",
    body="""
Hello,

In response to your request KCSC-240911-07, the reported content has been
withheld in South Korea.

Regards,
X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="X withheld-in-country notice to a regulator",
    why="request of one item: 'the reported content has been withheld in South Korea' applies to it",
    items={X[4]: "restricted"},
)

case(
    name="tg-top-posted-over-gmail-quote",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 23:04:12 +0900",
    subject="Re: Removal request KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Hi,

{T[1]} and {T[2]} were taken down today. We are still looking into the
other two links.

--
Telegram Abuse Team

On Thu, Sep 5, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{our_request("KCSC-240905-03")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="two posts taken down; the other two only appear in our quoted request and a promise",
    items={T[1]: "removed", T[2]: "removed", T[3]: "pending", T[4]: "pending"},
)

case(
    name="yt-base64-channel-terminated-short-age-restricted",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 10:40:00 +0900",
    subject="[KCSC-240903-01] Update on your request",
    reply_to_req="req-240903-01",
    raw_mime=single(
        f"""
Hello,

This is an update on your legal request KCSC-240903-01.

The channel {Y[11]} has been terminated for repeated violations of our
policy on online gambling. All of its videos are no longer available.

The Short {Y[8]} has not been removed, but it has been age-restricted.

You can review our policies at https://support.google.com/youtube/answer/2801964

The YouTube Legal Team
""",
        "base64",
    ),
    outcome="applied",
    classification="confirmation",
    imitates="YouTube channel termination / age-restriction notice (base64 body)",
    why="channel terminated = removed; 'has not been removed, but age-restricted' = restricted; help link is not an item",
    items={Y[11]: "removed", Y[8]: "restricted"},
)

X_CSV = (
    "url,action,scope,reason\n"
    f"{X[1]},withheld,KR,local law (illegal gambling)\n"
    f"{X[2]},no action,,no violation of X Rules\n"
    f"{X[3]},account suspended,global,platform manipulation and spam\n"
)
case(
    name="x-csv-attachment-three-actions",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 09:55:02 +0900",
    subject="Case 0924-88137 [KCSC-240906-04] results",
    reply_to_req="req-240906-04",
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="x-csv-0913"\n\n'
        "--x-csv-0913\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "Hello,\n\nThe results of our review of KCSC-240906-04 are in the attached file.\n\n"
        "X Legal\n"
        "--x-csv-0913\n"
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240906-04-results.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240906-04-results.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(X_CSV)}\n"
        "--x-csv-0913--\n"
    ),
    outcome="applied",
    classification="confirmation",
    imitates="X legal results sheet attached as CSV",
    why="CSV rows: withheld in KR, no action (no violation), account suspended globally",
    items={X[1]: "restricted", X[2]: "rejected", X[3]: "removed"},
)

case(
    name="kakao-daum-angle-brackets-particle",
    **{"from": "cafe-policy@daum.net"},
    name_from="Daum 카페 운영정책",
    date="Tue, 10 Sep 2024 14:02:11 +0900",
    subject="Re: KCSC-240909-05 게시중단 요청",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. Daum 카페 운영정책 담당자입니다.

<{K[1]}>에 대해 게시중단 조치를 완료하였습니다.
티스토리 게시물은 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum 카페 게시중단 조치 완료 reply",
    why="URL in angle brackets directly followed by the particle 에; the Tistory posts get only a promise",
    items={K[1]: "removed"},
)

case(
    name="tg-removed-one-refused-channel-with-reason",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 04:18:49 +0900",
    subject="Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

We removed {T[2]}.

We will not take action against {T[3]}. Having reviewed the channel, we found
that it advertises vitamin supplements that are legal to sell, and it does not
violate our Terms of Service.

Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram abuse-desk reply with a refusal and its reason",
    why="'will not take action' is a refusal (with a reason), not a promise; the post is removed",
    items={T[2]: "removed", T[3]: "rejected"},
)

case(
    name="yt-echoed-report-outcomes",
    **{"from": "noreply@youtube.com"},
    name_from="YouTube",
    date="Sun, 15 Sep 2024 06:30:18 +0900",
    subject="Update on your report (KCSC-240903-01)",
    body=f"""
Here is an update on the content you reported.

Reference: KCSC-240903-01

Content reported: {Y[4]}
Outcome: Removed
Reason: Violates our policy on harmful or dangerous content

Content reported: {Y[5]}
Outcome: Restricted in South Korea
Reason: Local legal complaint

Content reported: {Y[6]}
Outcome: No action taken
Reason: Does not violate our Community Guidelines

Learn more about how reports are reviewed: https://www.youtube.com/howyoutubeworks/

(c) 2024 Google LLC
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube 'update on your report' echo with outcome lines",
    why="each reported URL has an Outcome line below it: removed, restricted, no action (rejected)",
    items={Y[4]: "removed", Y[5]: "restricted", Y[6]: "rejected"},
)

case(
    name="naver-outlook-wrapped-url",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="Han Jiwoo",
    date="Mon, 09 Sep 2024 15:48:27 +0900",
    subject="RE: [KCSC-240904-02] Removal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

The cafe post <https://cafe.naver.com/hanbitmarket/
48290> was blinded by our operators this morning.

The blog post <https://blog.naver.com/pinegrove_k/
223560011847> could not be located; the blog has no post with that number.

Best regards,
Han Jiwoo
NAVER Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 2:11 PM
To: policy@navercorp.com
Subject: [KCSC-240904-02] Removal request

{our_request("KCSC-240904-02", prefix="")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply from a NAVER employee over the original message",
    why="two URLs wrapped inside angle brackets (RFC 3986 appendix C); statuses blinded and not found; quoted request below",
    items={N[4]: "removed", N[5]: "not_found"},
)

case(
    name="tiktok-korean-mixed-one-sentence",
    **{"from": "kr-legal@tiktok.com"},
    name_from="TikTok Korea",
    date="Thu, 12 Sep 2024 18:44:01 +0900",
    subject="[TikTok] KCSC-240910-06 처리 결과",
    reply_to_req="req-240910-06",
    body=f"""
안녕하세요, 틱톡 코리아입니다.

신고하신 두 건 중 {TT[1]} 영상은 삭제되었고, {TT[2]} 영상은 국내에서 접근이 제한되었습니다.

감사합니다.
TikTok Korea Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok Korea 처리 결과 notice",
    why="one Korean sentence: the first deleted, the second access-restricted in Korea",
    items={TT[1]: "removed", TT[2]: "restricted"},
)

case(
    name="yt-not-merely-restricted-but-removed",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 17:20:45 +0900",
    subject="Re: [KCSC-240903-01] Shorts",
    reply_to_req="req-240903-01",
    body=f"""
Hello again,

About the two Shorts in KCSC-240903-01:

{Y[7]} was not just age-restricted - after a second review it was removed
from YouTube entirely.

{Y[8]} was not removed. It is now age-restricted.

Thanks,
YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal support reply about Shorts",
    why="negations: 'not just age-restricted … removed' and 'not removed … age-restricted'",
    items={Y[7]: "removed", Y[8]: "restricted"},
)

case(
    name="x-earlier-withheld-now-removed",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Thu, 19 Sep 2024 10:03:15 +0900",
    subject="Update: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

An update on KCSC-240906-04. In our earlier reply we told you that
{X[2]} would stay up. After your further information we reviewed it again,
and the post has now been removed for violating our rules on illegal
gambling.

{X[1]} remains withheld in South Korea.

X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal follow-up revising an earlier decision",
    why="the earlier refusal is only reported; the later sentence says the post is now removed",
    items={X[2]: "removed", X[1]: "restricted"},
)

case(
    name="tg-dsa-statement-of-reasons",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Wed, 11 Sep 2024 12:00:31 +0900",
    subject="Statement of reasons - KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
STATEMENT OF REASONS

Notice reference: KCSC-240905-03
Content: {T[4]}
Decision: disabling access to the content
Territorial scope: Republic of Korea
Ground: illegal content (sale of controlled substances under local law)
Facts relied on: notice from a public authority
Automated means: not used for the decision

Content: {T[1]}
Decision: removal of the content
Territorial scope: worldwide
Ground: incompatible with the Terms of Service

Redress: the uploader may contest this decision through the internal
complaint system described at https://telegram.org/tos
""",
    outcome="applied",
    classification="confirmation",
    imitates="DSA Article 17 statement of reasons layout",
    why="access disabled in Korea only = restricted; removal worldwide = removed; the ToS link is not an item",
    items={T[4]: "restricted", T[1]: "removed"},
)

case(
    name="yt-html-list-with-refusal-and-missing",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 14:14:14 +0900",
    subject="[KCSC-240903-01] Review complete for three URLs",
    reply_to_req="req-240903-01",
    raw_mime=alt(
        f"""
Hello,

We reviewed three of the URLs in KCSC-240903-01:

* {Y[9]} - removed for violating our gambling policy.
* {Y[10]} - not removed. This video is a news report about illegal gambling
  and is allowed under our educational, documentary, scientific and artistic
  exception.
* {Y[1]} - this video does not exist; the link is invalid.

The YouTube Legal Team
""",
        f"""
<html><body>
<p>Hello,</p>
<p>We reviewed three of the URLs in KCSC-240903-01:</p>
<ul>
<li><a href="{Y[9]}">{Y[9]}</a> - removed for violating our gambling policy.</li>
<li><a href="{Y[10]}">{Y[10]}</a> - not removed. This video is a news report
about illegal gambling and is allowed under our educational, documentary,
scientific and artistic exception.</li>
<li><a href="{Y[1]}">{Y[1]}</a> - this video does not exist; the link is invalid.</li>
</ul>
<p>The YouTube Legal Team</p>
</body></html>
""",
        "yt-ul-0913",
        plain_enc="quoted-printable",
        html_enc="quoted-printable",
    ),
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal outcome email with a bulleted HTML list",
    why="bullets: removed; not removed with its reason (rejected); invalid link (not_found)",
    items={Y[9]: "removed", Y[10]: "rejected", Y[1]: "not_found"},
)

case(
    name="kakao-english-not-taken-down-already-gone",
    **{"from": "global-policy@kakaocorp.com"},
    name_from="Kakao Global Policy",
    date="Sat, 14 Sep 2024 10:10:10 +0900",
    subject="Re: KCSC-240909-05",
    reply_to_req="req-240909-05",
    body=f"""
Dear KCSC,

{K[1]} was taken down on 12 September.

{K[3]} was not taken down by us, since the blogger had already deleted
that entry before our review began.

Regards,
Kakao Global Policy Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao English-language policy reply",
    why="'not taken down by us … already deleted by the blogger' is not_found, not a refusal",
    items={K[1]: "removed", K[3]: "not_found"},
)

case(
    name="tiktok-receipt-plus-statement",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Wed, 11 Sep 2024 09:01:44 +0900",
    subject="We received your report - KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
Hi,

We've received your report and created ticket #TT-5520931.

The video {TT[1]} had already been removed for violating our Community
Guidelines before your report reached us. We will reply about the other
video once our review is done.

TikTok Trust and Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok ticket receipt that also reports an outcome",
    why="receipt phrase plus an unhedged statement that one video is removed: not a pure acknowledgement",
    items={TT[1]: "removed", TT[2]: "pending"},
)

case(
    name="naver-korean-mixed-then-revised",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Wed, 18 Sep 2024 14:31:52 +0900",
    subject="[KCSC-240904-02] 추가 처리 결과 안내",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N[3]} 게시물은 지난 회신에서 접근제한 조치되었다고 안내드렸으나,
이후 운영자 삭제 처리되어 현재는 삭제된 상태입니다.

{N[5]} 게시물은 존재하지 않는 게시물로 확인되었습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 추가 처리 결과 안내",
    why="'안내드렸으나' reports the earlier restriction; the post is now deleted by the operator; N5 does not exist",
    items={N[3]: "removed", N[5]: "not_found"},
)

# ================================================================ REVIEW

case(
    name="yt-promise-will-be-removed",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 08:20:05 +0900",
    subject="Re: [KCSC-240903-01] Legal removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Our team has confirmed that {Y[2]} and {Y[3]} will be removed once the
legal review of your request is complete, which we expect within the next
two business days.

Thank you for your patience.
YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal support interim reply",
    why="'has confirmed that … will be removed once' is a promise with a condition, not a statement",
    items={Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="tg-hedge-in-main-clause",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 19:45:33 +0900",
    subject="Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

{T[1]}, which we could not open from our side, may have been deleted by
the channel administrator already. It appears that {T[4]} is also no
longer reachable, but we have not confirmed this.

Telegram Abuse Team
""",
    outcome="review",
    review="not_understood",
    imitates="Telegram abuse-desk reply with hedged findings",
    why="both statuses are hedged in the main clauses ('may have been', 'appears … not confirmed')",
    items={T[1]: "pending", T[4]: "pending"},
)

case(
    name="naver-bulk-all-posts",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Tue, 10 Sep 2024 10:05:09 +0900",
    subject="[KCSC-240904-02] 처리 완료",
    reply_to_req="req-240904-02",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240904-02로 요청하신 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="NAVER 처리 완료 one-line notice",
    why="a statement about all posts of a five-item request without naming any",
    items={u: "pending" for u in REQ["KCSC-240904-02"][4]},
)

case(
    name="x-dmarc-fail-claims-removal",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Thu, 12 Sep 2024 03:33:03 +0900",
    subject="Re: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

{X[1]} and {X[3]} have been removed.

X Legal
""",
    outcome="review",
    review="untrusted",
    imitates="X legal reply (failing DMARC)",
    why="an X address but DKIM/SPF/DMARC fail: nothing applies",
    items={X[1]: "pending", X[3]: "pending"},
)

case(
    name="naver-lookalike-gmail-sender",
    **{"from": "naver.policy.kr@gmail.com"},
    name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 12:12:12 +0900",
    subject="Re: [KCSC-240904-02] 처리 결과",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{N[1]} 게시물과 {N[2]} 게시물은 모두 삭제되었습니다.

감사합니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="look-alike sender writing as NAVER from a free-mail address",
    why="gmail.com is no platform's sender domain",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="yt-table-and-note-disagree",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 09:09:09 +0900",
    subject="[KCSC-240903-01] Decision summary",
    reply_to_req="req-240903-01",
    raw_mime=alt(
        f"""
Decision summary for KCSC-240903-01

URL | Outcome
{Y[3]} | Content removed

Please note: {Y[3]} is currently live again. The uploader appealed and the
video was reinstated.
""",
        f"""
<html><body>
<p>Decision summary for KCSC-240903-01</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{Y[3]}</td><td>Content removed</td></tr>
</table>
<p>Please note: {Y[3]} is currently live again. The uploader appealed and
the video was reinstated.</p>
</body></html>
""",
        "yt-tbl-0919",
    ),
    outcome="review",
    review="conflicting_statements",
    imitates="YouTube decision summary table with a contradicting note",
    why="table says removed, note says live again after appeal: which status (rejected? removed?) needs a person",
    items={Y[3]: "pending"},
)

case(
    name="kakao-blocks-naver-link-sharing",
    **{"from": "noreply-policy@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 16:40:20 +0900",
    subject="[카카오] 유해 링크 조치 안내",
    body=f"""
안녕하세요. 카카오 정책운영팀입니다.

관계기관 요청에 따라 아래 링크를 카카오톡 내에서 공유·열람할 수 없도록
차단하였습니다.

- {N[3]}

해당 게시물 자체의 삭제는 게시 서비스 운영사에 요청하시기 바랍니다.

감사합니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="Kakao 유해 링크 차단 안내 (link blocked in KakaoTalk)",
    why="Kakao states it blocked a NAVER cafe URL inside its own messenger: another platform's item",
    items={N[3]: "pending"},
)

case(
    name="tiktok-asks-for-legal-basis",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Law Enforcement & Regulator Outreach",
    date="Wed, 11 Sep 2024 11:11:48 +0900",
    subject="Additional information needed - KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
Dear KCSC,

To proceed with your request about {TT[1]} and {TT[2]}, we need the
specific provision of Korean law that each video is alleged to violate,
and a copy of the Commission's decision. Please reply to this email with
these documents.

Until we receive them, the videos remain under review.

TikTok Legal
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="TikTok request for legal basis / supporting documents",
    why="asks for documents; 'under review' is no status",
    items={TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="yt-by-position-in-quoted-request-only",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 19:02:40 +0900",
    subject="Re: [KCSC-240903-01] Legal removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

The first two videos in your list below have been removed. The last one is
restricted in Korea. We have not finished with the others yet.

Regards,
YouTube Legal Support

On Tue, Sep 3, 2024 at 9:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{our_request("KCSC-240903-01")}
""",
    # Changed after the reader's runs (2026-12-02, session 8), openly: first
    # written review `not_understood`. The project reads a place in our own
    # numbered request quoted below the reply as naming that item (as
    # blind8, blind120, blind126 and blind144 expect; blind90 changed the
    # same way), and this note already said a clerk could map it. See
    # NOTES.md.
    outcome="applied",
    imitates="YouTube legal support short top-posted reply",
    why="statuses by position in our own numbered request quoted below: the first two removed, the last restricted in Korea (first written review not_understood; changed, see NOTES.md)",
    items={Y[1]: "removed", Y[2]: "removed", Y[12]: "restricted"},
)

case(
    name="tg-form-redirect-no-items",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Mon, 09 Sep 2024 07:07:07 +0900",
    subject="Your message to Telegram",
    body="""
Hello,

Thank you for contacting Telegram. Requests from public authorities are
handled only through the dedicated channel. Please submit your request at
https://telegram.org/dsa-report and include a clear description of the
content.

Telegram Support
""",
    outcome="review",
    review="no_claims",
    imitates="Telegram support redirect to the authority form",
    why="trusted Telegram mail naming no item and no request; not a receipt of anything",
    items={},
)

case(
    name="naver-conditional-and-under-review",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 18:18:18 +0900",
    subject="[KCSC-240904-02] 진행 상황 안내",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N[3]} 게시물은 게시자가 9월 19일까지 소명 자료를 제출하지 않을 경우
삭제될 예정입니다.
{N[4]} 게시물은 임시조치 여부를 검토 중입니다.

결과가 나오면 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="NAVER 진행 상황 안내 (conditional deletion, under review)",
    why="a conditional future deletion and 'reviewing whether to apply 임시조치' are not statements",
    items={N[3]: "pending", N[4]: "pending"},
)

case(
    name="x-bulk-three-items",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 21:21:21 +0900",
    subject="Re: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body="""
Hello,

We have taken action on all of the reported posts and accounts in your
request KCSC-240906-04.

Thanks,
X Legal
""",
    outcome="review",
    review="bulk",
    imitates="X one-line 'we have taken action' reply",
    why="'all of the reported posts and accounts' of a three-item request, none named",
    items={u: "pending" for u in REQ["KCSC-240906-04"][4]},
)

# ================================================================ IGNORED

case(
    name="yt-out-of-office",
    **{"from": "legal-kr@google.com"},
    name_from="Park Seoyeon",
    date="Thu, 05 Sep 2024 09:00:41 +0900",
    subject="Automatic reply: [KCSC-240903-01] Removal request",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 16 September with limited access to
email. For urgent legal requests please use the legal removals form.

Park Seoyeon
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook/Gmail out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-dsn-bounce-with-original",
    **{"from": "MAILER-DAEMON@mx1.navercorp.com"},
    name_from="Mail Delivery System",
    date="Sat, 14 Sep 2024 00:05:13 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-nv-0914"\n\n'
        "--dsn-nv-0914\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "This is the mail system at host mx1.navercorp.com.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<policy-old@navercorp.com>: host mx1.navercorp.com said: 550 5.1.1\n"
        "    User unknown\n"
        "--dsn-nv-0914\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.navercorp.com\n"
        "Arrival-Date: Sat, 14 Sep 2024 00:05:11 +0900\n\n"
        "Final-Recipient: rfc822; policy-old@navercorp.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"
        "--dsn-nv-0914\n"
        "Content-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: policy-old@navercorp.com\n"
        "Subject: Reminder: [KCSC-240904-02] Removal request overdue\n"
        "Message-ID: <reminder.KCSC-240904-02.1@kcsc.example>\n"
        "Date: Sat, 14 Sep 2024 00:05:00 +0900\n\n"
        "The following items are still online and past the deadline:\n"
        f"{N[3]}\n{N[4]}\n"
        "--dsn-nv-0914--\n"
    ),
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (multipart/report)",
    why="a bounce of our reminder; the URLs are in the returned original",
    items={},
)

case(
    name="x-read-receipt",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Fri, 06 Sep 2024 16:02:02 +0900",
    subject="Read: KCSC-240906-04 removal request",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-x-0906"\n\n'
        "--mdn-x-0906\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Your message\n\n  To: legal@x.com\n  Subject: KCSC-240906-04 removal request\n\n"
        "was read on Friday, 6 September 2024 16:01.\n"
        "--mdn-x-0906\n"
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.x.com\n"
        "Final-Recipient: rfc822; legal@x.com\n"
        "Original-Message-ID: <req-240906-04@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"
        "--mdn-x-0906--\n"
    ),
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification)",
    why="a read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Tue, 10 Sep 2024 15:30:09 +0900",
    subject="We received your report - KCSC-240910-06",
    reply_to_req="req-240910-06",
    body="""
Hi,

Thanks for reaching out. We've received your report (ticket #TT-5518804)
and a member of our team will review it. You'll hear from us by email once
a decision has been made.

TikTok Trust and Safety
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="TikTok ticket receipt",
    why="pure acknowledgement: ticket created, review promised",
    items={},
)

case(
    name="kakao-korean-receipt",
    **{"from": "noreply-policy@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 17:45:00 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    reply_to_req="req-240909-05",
    body="""
안녕하세요. 카카오 고객센터입니다.

보내주신 요청(KCSC-240909-05)이 접수번호 2409-55812로 정상 접수되었습니다.
처리 결과는 영업일 기준 7일 이내에 이메일로 안내드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao 고객센터 접수 완료 auto-mail",
    why="receipt with a ticket number and a promised reply",
    items={},
)

case(
    name="tg-unmonitored-auto-reply",
    **{"from": "noreply@telegram.org"},
    name_from="Telegram",
    date="Thu, 05 Sep 2024 10:02:31 +0900",
    subject="Auto: Removal request KCSC-240905-03",
    reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automated response. This mailbox is not monitored and messages
sent to it are not read. Please use the official channels listed at
https://telegram.org/support.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="unmonitored-mailbox auto-response",
    why="auto-reply from an unmonitored address",
    items={},
)

case(
    name="yt-delay-dsn",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 03 Sep 2024 13:31:02 +0900",
    subject="Delivery Status Notification (Delay)",
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-g-0903"\n\n'
        "--dsn-g-0903\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "** Delivery incomplete **\n\n"
        "There was a temporary problem delivering your message to\n"
        "legal-kr@google.com. Gmail will retry for 46 more hours.\n"
        "You'll be notified if the delivery fails permanently.\n"
        "--dsn-g-0903\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; googlemail.com\n\n"
        "Final-Recipient: rfc822; legal-kr@google.com\n"
        "Action: delayed\n"
        "Status: 4.2.2\n"
        "Will-Retry-Until: Thu, 05 Sep 2024 11:30:00 +0900\n"
        "--dsn-g-0903\n"
        "Content-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: legal-kr@google.com\n"
        "Subject: [KCSC-240903-01] Removal request\n"
        "Message-ID: <req-240903-01@kcsc.example>\n"
        "--dsn-g-0903--\n"
    ),
    outcome="ignored",
    classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Delay)'",
    why="a delay DSN is a bounce-type report, whoever sends it",
    items={},
)

HEADER = """# Blind set 168 (tests/corpus/blind168/): what a program gets wrong.
# Written by tests/corpus/blind168/make.py from each email's meaning, before
# any run of the reader. See NOTES.md.
"""

def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as real mailers send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind168", HEADER, CASES)
