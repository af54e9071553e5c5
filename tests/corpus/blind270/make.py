#!/usr/bin/env python3
"""Blind set 270 (focus: what a program gets wrong): mixed statuses in one
sentence, hedges in relative clauses, negations, refusals with reasons,
later sentences that revise earlier ones, a table contradicted by its note,
statuses given by position.

    python3 tests/corpus/blind270/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader.
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
from email.header import Header  # noqa: E402


def enc(name):
    """A display name as a mail client writes it (RFC 2047 when not ASCII)."""
    return Header(name, "utf-8").encode() if not name.isascii() else name


# ---------------------------------------------------------------- requests
T = {i: u for i, u in enumerate([
    "https://t.me/velvet_harbor_kr/311",
    "https://t.me/velvet_harbor_kr/312",
    "https://t.me/velvet_harbor_kr/340",
    "https://t.me/moonrise_dump/88",
    "https://t.me/moonrise_dump/91",
    "https://t.me/moonrise_dump/104",
    "https://t.me/gray_lantern_19/2207",
    "https://t.me/gray_lantern_19/2215",
    "https://t.me/c_pinebox/77",
    "https://t.me/c_pinebox/78",
    "https://t.me/saltfog_arch/1502",
    "https://t.me/saltfog_arch/1530",
], start=1)}
X1 = "https://x.com/nightjar_k42/status/1831400000000000011"
X2 = "https://x.com/nightjar_k42/status/1831400000000000027"
X3 = "https://x.com/amberloop_sk/status/1831455500000000003"
X4 = "https://x.com/amberloop_sk/status/1831455500000000190"
Y1 = "https://www.youtube.com/watch?v=Qm7dLx2pR0a"
Y2 = "https://www.youtube.com/watch?v=b8KtN3vWz1e"
Y3 = "https://www.youtube.com/shorts/Hj2sPq9cT4u"
N1 = "https://blog.naver.com/duskfield_07/223561000101"
N2 = "https://blog.naver.com/duskfield_07/223561000188"
N3 = "https://cafe.naver.com/greyorchard/5521"
N4 = "https://post.naver.com/%EB%B0%A4%EB%B9%9B%EC%84%9C%EC%9E%AC/3301"
N4_RAW = "https://post.naver.com/밤빛서재/3301"
K1 = "https://cafe.daum.net/owlnest77/Zk3q/51"
K2 = "https://lunarpage-kr.tistory.com/118"
S1 = "https://t.me/ferro_quay/4410"
TT1 = "https://www.tiktok.com/@mossy.glen_kr/video/7412000000000000123"
TT2 = "https://www.tiktok.com/@mossy.glen_kr/video/7412000000000000456"

REQUESTS = [
    ("KCSC-240903-01", "telegram", "2024-09-03", "2024-09-10", list(T.values()),
     "illegal-sexual-content", "req-240903-01", "12 posts in five channels"),
    ("KCSC-240904-02", "x", "2024-09-04", "2024-09-11", [X1, X2, X3, X4],
     "deepfake-sexual-abuse", "req-240904-02", "two accounts"),
    ("KCSC-240905-03", "youtube", "2024-09-05", "2024-09-12", [Y1, Y2, Y3],
     "defamation", "req-240905-03", ""),
    ("KCSC-240906-04", "naver", "2024-09-06", "2024-09-13", [N1, N2, N3, N4],
     "illegal-sexual-content", "req-240906-04", "blog, cafe and post"),
    ("KCSC-240909-05", "kakao", "2024-09-09", "2024-09-16", [K1, K2],
     "defamation", "req-240909-05", "Daum cafe and Tistory"),
    ("KCSC-240910-06", "telegram", "2024-09-10", "2024-09-17", [S1],
     "illegal-gambling", "req-240910-06", "one post"),
    ("KCSC-240911-07", "tiktok", "2024-09-11", "2024-09-18", [TT1, TT2],
     "deepfake-sexual-abuse", "req-240911-07", ""),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


TG = "abuse@telegram.org"
TG_SIG = "Telegram Abuse Team"
SUBJ_TG = "Re: [KCSC-240903-01] Request for removal of illegal content"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="tg-blocked-and-notfound-one-sentence",
    **{"from": TG}, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 11:42:10 +0000",
    subject=SUBJ_TG, reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your report.

Of the links in your notice, we blocked {T[1]} and {T[2]} for all users, while {T[3]} could not be found on our servers; the post was probably removed earlier by the channel admin.

Case #5512093

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in prose",
    why="one sentence: two URLs blocked (removed), the third not found; the trailing 'probably' only explains the not-found",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": TG}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 08:03:51 +0000",
    subject=SUBJ_TG, reply_to_req="req-240903-01",
    body=f"""
Hi,

We have taken down {T[4]}.

As for {T[5]}, which may already have been deleted by the channel owner, our moderators are still checking it and we will update you once we have a result.

Case #5512093
{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk partial result",
    why="first URL taken down; the second sits in a hedging relative clause and is still being checked, so it stays pending",
    items={T[4]: "removed", T[5]: "pending"},
)

case(
    name="tg-not-removed-news-report",
    **{"from": TG}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 14:20:00 +0000",
    subject=SUBJ_TG, reply_to_req="req-240903-01",
    body=f"""
Hello,

{T[7]} was not removed. Our moderators found that the post reports on a court case and does not contain the material described in your notice, so it does not breach the Telegram Terms of Service.

{T[8]} has been taken down and is no longer accessible.

Regards,
{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a refusal and its reason",
    why="'was not removed' with a reason (news report, no breach) is a refusal; the second post was taken down",
    items={T[7]: "rejected", T[8]: "removed"},
)

case(
    name="tg-correction-later-sentence",
    **{"from": "k.volkova@telegram.org"}, name_from="Ksenia Volkova (Telegram)",
    date="Sat, 07 Sep 2024 09:15:33 +0000",
    subject=SUBJ_TG, reply_to_req="req-240903-01",
    body=f"""
Dear KCSC team,

Both {T[9]} and {T[10]} have been blocked.

Correction to the above, after a second check by the team: {T[10]} had already been deleted by the channel owner before we acted on your notice, so there was nothing left for us to block. Only /77 was blocked by us.

Kind regards,
Ksenia
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="moderator's hand-written reply with a correction",
    why="the correction revises the first sentence: /78 was already deleted by its owner (not_found); /77 blocked",
    items={T[9]: "removed", T[10]: "not_found"},
)

case(
    name="tg-numbered-status-below",
    **{"from": TG}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 16:40:02 +0000",
    subject=SUBJ_TG, reply_to_req="req-240903-01",
    body=f"""
Results for KCSC-240903-01 (partial):

1) {T[11]}
   Action: blocked

2) {T[12]}
   Action: none - no violation of the Terms of Service was found, the post remains available

The remaining links from your notice are still in the queue.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk result list",
    why="numbered list, status on the line below each URL: blocked, and no violation (rejected); others still queued",
    items={T[11]: "removed", T[12]: "rejected"},
)

case(
    name="tg-echoed-list-by-number",
    **{"from": TG}, name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 10:05:47 +0000",
    subject=SUBJ_TG, reply_to_req="req-240903-01",
    body=f"""
Hello,

You reported the following posts:
 1. {T[4]}
 2. {T[5]}
 3. {T[6]}

Posts 1 and 3 have been blocked. Post 2 was reviewed and does not violate our Terms of Service, so no action was taken on it.

Case #5512093
{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply echoing the report then answering by number",
    why="statuses by position within the email: 1 and 3 blocked, 2 no violation",
    items={T[4]: "removed", T[5]: "rejected", T[6]: "removed"},
)

case(
    name="tg-single-item-no-url",
    **{"from": TG}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 07:31:09 +0000",
    subject="Re: [KCSC-240910-06] Request for removal of illegal content",
    reply_to_req="req-240910-06",
    body="""
Hello,

The content you reported in this notice has been blocked and is no longer available on Telegram.

Case #5513377
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram short confirmation in the request's thread",
    why="a one-item request: 'the content you reported ... has been blocked' covers its only item",
    items={S1: "removed"},
)

case(
    name="x-withheld-but-not-violating-one-sentence",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 02:12:40 +0000",
    subject="Re: KCSC-240904-02 - X case 0194-KR-5521",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We have reviewed your request. Under applicable local law we have withheld {X1} in South Korea, but {X2} was not found to violate the X Rules or local law and will remain available.

We continue to review the other posts named in your request.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome (country withheld content)",
    why="one sentence: the first post withheld in Korea (restricted), the second refused with a reason (rejected); the rest under review",
    items={X1: "restricted", X2: "rejected", X3: "pending", X4: "pending"},
)

case(
    name="x-html-result-table",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 05:44:12 +0000",
    subject="Your request KCSC-240904-02 has been processed",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of the posts in your request <b>KCSC-240904-02</b>. The outcome for each post is below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{X1}">{X1}</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="{X2}">{X2}</a></td><td>Removed (violation of X Rules: non-consensual nudity)</td></tr>
<tr><td><a href="{X3}">{X3}</a></td><td>No action &ndash; no violation found</td></tr>
<tr><td><a href="{X4}">{X4}</a></td><td>Content not found</td></tr>
</table>
<p>Learn more about withheld content: <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">help.x.com</a></p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table",
    why="HTML table, one status per row, all four kinds; the help link is no item",
    items={X1: "restricted", X2: "removed", X3: "rejected", X4: "not_found"},
)

case(
    name="x-account-suspended-posts-gone",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 11:02:09 +0000",
    subject="Re: KCSC-240904-02 - X case 0194-KR-5521",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We have suspended the account @amberloop_sk for repeated violations of the X Rules. As a result, {X3} and {X4} are no longer available on X.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice",
    why="both named posts are no longer available because the account was suspended: removed",
    items={X3: "removed", X4: "removed"},
)

case(
    name="yt-qp-three-outcomes",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 03:18:55 -0700",
    subject="[7-3381200041652] KCSC-240905-03 - outcome of your request",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""Hi,

Thanks for reaching out to us regarding request KCSC-240905-03.

After reviewing the videos, we have taken the following action:

- {Y1} has been removed for violating YouTube's Community Guidelines.
- {Y2} has been age-restricted; it remains on YouTube but is no longer shown to viewers under 18 or to signed-out users.
- {Y3}: we did not find that this content violates our policies or local law, so we are not taking action on it at this time.

For more about our policies, see https://support.google.com/youtube/answer/2801999 .

Regards,
– The YouTube Legal Team
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome (quoted-printable)",
    why="removed, age-restricted (restricted) and no violation (rejected) in a bulleted list; the support link is no item",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

case(
    name="yt-top-posted-over-gmail-quote",
    **{"from": "yt-trust-safety@google.com"}, name_from="YouTube Trust & Safety",
    date="Tue, 10 Sep 2024 09:50:21 -0700",
    subject="Re: [KCSC-240905-03] Request for removal of illegal content",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

{Y3} has been removed for violating our harassment and cyberbullying policy. The other two videos in your request are still under review and we'll follow up separately.

Regards,
YouTube Trust & Safety

On Thu, Sep 5, 2024 at 4:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> The Korea Communications Standards Commission asks you to remove the
> following videos, found to be illegal under Korean law:
>
> {Y1}
> {Y2}
> {Y3}
>
> Reference: KCSC-240905-03
> Please reply by 12 September 2024.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the regulator's request",
    why="only the Short is removed; the other two are under review and appear only in the quoted request",
    items={Y3: "removed", Y1: "pending", Y2: "pending"},
)

case(
    name="naver-mixed-one-sentence-fullwidth",
    **{"from": "help@navercorp.com"}, name_from=enc("NAVER 고객센터"),
    date="Mon, 09 Sep 2024 14:05:00 +0900",
    subject="[NAVER] 게시중단 요청(KCSC-240906-04) 처리 결과 안내",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 「{N1}」와 「{N2}」은 게시중단(블라인드) 처리하였으며, 「{N3}」은 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내",
    why="one Korean sentence: two posts blinded (removed), the cafe post already deleted by its author (not_found); N4 not yet",
    items={N1: "removed", N2: "removed", N3: "not_found", N4: "pending"},
)

case(
    name="naver-temporary-measure-korean-particle",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date="Tue, 10 Sep 2024 10:31:44 +0900",
    subject="Re: [KCSC-240906-04] 불법정보 삭제 요청",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 건에 대하여 아래와 같이 조치하였음을 알려드립니다.

{N4_RAW} 게시물은 정보통신망법 제44조의2에 따라 임시조치(30일간 접근 차단)하였습니다.
{N2}은 운영정책 위반으로 삭제 조치하였습니다.

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice",
    why="raw Korean path: 임시조치 (restricted); ASCII URL with particle 은: 삭제 (removed); the last sentence is a future condition",
    items={N4: "restricted", N2: "removed"},
)

case(
    name="naver-html-action-result-table",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date="Wed, 11 Sep 2024 16:12:30 +0900",
    subject="[KCSC-240906-04] 시정요구 조치결과 회신",
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구하신 정보에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N2}</td><td>미조치</td><td>위반 사항 확인되지 않음</td></tr>
<tr><td>3</td><td>{N3}</td><td>게시물 없음</td><td>이미 삭제된 게시물</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4_RAW}</a></td><td>접근 제한</td><td>국내 IP 대상</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table",
    why="table: 삭제 (removed), 미조치 with no violation (rejected), 게시물 없음 (not_found), 국내 접근 제한 (restricted)",
    items={N1: "removed", N2: "rejected", N3: "not_found", N4: "restricted"},
)

case(
    name="kakao-restricted-and-refused-korean",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date="Wed, 11 Sep 2024 11:20:05 +0900",
    subject="Re: [KCSC-240909-05] 불법정보 삭제 요청",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 요청을 검토한 결과,
{K1} 게시물은 임시조치(게시물 접근 차단)하였습니다.
반면 {K2} 게시물은 특정 정책에 대한 의견을 담은 글로 판단되어, 운영정책상 삭제 사유에 해당하지 않아 게시중단 요청을 받아들이지 않았습니다.

문의 사항이 있으시면 회신 부탁드립니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 reply",
    why="K1 임시조치 (restricted); K2 refusal with a reason, although the sentence contains 삭제 and 게시중단 (rejected)",
    items={K1: "restricted", K2: "rejected"},
)

KAKAO_CSV = f"""url,처리결과,비고
{K1},삭제,운영정책 위반
{K2},게시물 없음,작성자가 삭제함
"""
case(
    name="kakao-csv-attachment",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date="Thu, 12 Sep 2024 15:02:11 +0900",
    subject="[KCSC-240909-05] 처리 결과 회신",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b270-kakao-csv"

--b270-kakao-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240909-05 요청 건의 처리 결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

--b270-kakao-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-05_result.csv"
Content-Disposition: attachment; filename="KCSC-240909-05_result.csv"
Content-Transfer-Encoding: base64

{b64(KAKAO_CSV)}
--b270-kakao-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao result sent as a CSV attachment",
    why="CSV: K1 삭제 (removed), K2 게시물 없음 / deleted by its author (not_found)",
    items={K1: "removed", K2: "not_found"},
)

case(
    name="tiktok-removed-and-stays-up",
    **{"from": "kr-regulator@tiktok.com"}, name_from="TikTok Trust and Safety",
    date="Thu, 12 Sep 2024 08:44:19 +0000",
    subject="Re: [KCSC-240911-07] Request for removal of illegal content",
    reply_to_req="req-240911-07",
    body=f"""
Hello,

Thank you for your report (KCSC-240911-07).

We removed {TT1} for violating our Community Guidelines on adult nudity and sexual activity. {TT2}, on the other hand, stays up: our reviewers did not find a violation of our Community Guidelines or of Korean law in it.

Best,
TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome",
    why="first video removed; the second 'stays up' with its reason (rejected)",
    items={TT1: "removed", TT2: "rejected"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Fri, 13 Sep 2024 12:00:31 +0000",
    subject="Decision on your report KCSC-240911-07",
    body=f"""
Notice of decision

Reference: KCSC-240911-07
Content: {TT2}
Decision: restriction of access in the Republic of Korea
Territorial scope: KR
Facts and circumstances: notice from a public authority
Legal ground: the content was found to be illegal under Korean law. It does not violate our Community Guidelines, so it remains available outside Korea.
Automated means used: no

You can find information about redress options at https://www.tiktok.com/legal/page/global/dsa-redress .
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement of reasons (territorial restriction)",
    why="access restricted in Korea (restricted); 'does not violate ... remains available outside Korea' describes the scope, not a refusal",
    items={TT2: "restricted"},
)

case(
    name="tg-base64-blocked-and-invalid",
    **{"from": TG}, name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 18:27:14 +0000",
    subject="KCSC-240903-01 update",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""Hello,

Your notice KCSC-240903-01 — update:

{T[7]} — blocked.
{T[8]} — this post does not exist (invalid message id).

{TG_SIG}
"""),
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk update (base64 body)",
    why="base64 body: one blocked (removed), one does not exist (not_found)",
    items={T[7]: "removed", T[8]: "not_found"},
)

case(
    name="tg-angle-brackets-refusal",
    **{"from": "d.ostrowski@telegram.org"}, name_from="Dawid Ostrowski",
    date="Mon, 09 Sep 2024 13:13:13 +0000",
    subject=SUBJ_TG, reply_to_req="req-240903-01",
    body=f"""
Hi,

We've deleted <{T[9]}>, <{T[10]}> and <{T[11]}>.

We did not delete <{T[12]}>: it is a satire channel and the post does not contain the content described in your notice.

Dawid
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="moderator's short reply with URLs in angle brackets",
    why="three deleted (removed); the fourth not deleted with a reason (rejected)",
    items={T[9]: "removed", T[10]: "removed", T[11]: "removed", T[12]: "rejected"},
)

case(
    name="x-not-withheld-but-removed",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Sun, 08 Sep 2024 07:55:02 +0000",
    subject="Re: KCSC-240904-02 - X case 0194-KR-5521",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

{X2} was not withheld in Korea. Instead, we removed it globally, because it violates our non-consensual nudity policy.

{X1} is no longer on X; it had been deleted by the account holder before we reviewed it.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome with negation then the real action",
    why="'not withheld' is revised by 'removed it globally' (removed); the other post was deleted by its author (not_found)",
    items={X2: "removed", X1: "not_found"},
)

case(
    name="naver-statement-then-url-below",
    **{"from": "help@navercorp.com"}, name_from=enc("NAVER 고객센터"),
    date="Thu, 12 Sep 2024 09:40:18 +0900",
    subject="[NAVER] 요청하신 게시물 검토 결과 안내 (KCSC-240906-04)",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 게시물에 대한 검토 결과를 알려드립니다.

아래 게시물은 운영정책 위반으로 삭제하였습니다.
{N1}

아래 게시물은 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시 상태를 유지합니다.
{N3}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 검토 결과 안내",
    why="statement on the line above each URL: deleted (removed), kept because no violation (rejected)",
    items={N1: "removed", N3: "rejected"},
)

ORIG_REQ_LINES = "\n".join(T.values())
case(
    name="tg-outlook-quoted-request",
    **{"from": "m.haddad@telegram.org"}, name_from="Mariam Haddad",
    date="Wed, 04 Sep 2024 17:06:40 +0000",
    subject="RE: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

{T[6]} has been blocked. The rest of your list is still being processed; we will write again when it is done.

Mariam Haddad
Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 3:02 PM
To: abuse@telegram.org
Subject: [KCSC-240903-01] Request for removal of illegal content

Dear Telegram,

The Korea Communications Standards Commission has found the following
12 posts to be illegal under Korean law and asks you to block them:

{ORIG_REQ_LINES}

Reference: KCSC-240903-01
Please reply by 10 September 2024.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over the regulator's unquoted original",
    why="one post blocked; the other eleven appear only in the original message below the Outlook separator",
    items={**{u: "pending" for u in T.values()}, T[6]: "removed"},
)

case(
    name="x-echoed-report-then-decision",
    **{"from": "notify@x.com"}, name_from="X",
    date="Mon, 09 Sep 2024 21:30:00 +0000",
    subject="Update on your report (KCSC-240904-02)",
    body=f"""
Your report

Reported posts:
{X3}
{X4}
Reported for: Illegal content - South Korea
Submitted: Sep 4, 2024

Our decision

After reviewing the reported posts, we removed {X4} for violating the X Rules. We did not take action on {X3}, as we found no violation of the X Rules or local law.

Thanks for helping keep X safe.
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome email echoing the report",
    why="echoed report lists both URLs without status; the decision: one removed, one no action with reason (rejected)",
    items={X4: "removed", X3: "rejected"},
)

case(
    name="yt-ack-phrase-plus-removal",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 04:12:09 -0700",
    subject="[7-3381200041652] Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Hi there,

Thank you for your message. We have received your request and it has been assigned ticket 7-3381200041652.

We've already removed {Y1} from YouTube for violating our Community Guidelines. We'll reply separately about the remaining videos once our review is complete.

Best regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google ticket acknowledgement with a first result",
    why="an acknowledgement phrase plus an unhedged removal of one named video",
    items={Y1: "removed", Y2: "pending", Y3: "pending"},
)

# ================================================================ REVIEW
case(
    name="tg-promise-will-block",
    **{"from": TG}, name_from="Telegram Abuse",
    date="Wed, 04 Sep 2024 06:50:27 +0000",
    subject=SUBJ_TG, reply_to_req="req-240903-01",
    body=f"""
Hello,

Thanks for your notice. The posts {T[1]} and {T[2]} will be blocked once our moderators have confirmed the report, usually within 48 hours.

{TG_SIG}
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk promise",
    why="a promise conditional on confirmation: no statement, the named items stay pending",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="x-hedges-only",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 23:01:45 +0000",
    subject="Re: KCSC-240904-02 - X case 0194-KR-5521",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Our records show that {X1} appears to have been deleted. {X2} may be subject to a country withhold, which our team is confirming.

We will send a final answer once this is confirmed.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="'appears to' and 'may be ... which our team is confirming' are hedges: nothing stated",
    items={X1: "pending", X2: "pending"},
)

case(
    name="yt-conditional-removal",
    **{"from": "yt-trust-safety@google.com"}, name_from="YouTube Trust & Safety",
    date="Sun, 08 Sep 2024 22:15:00 -0700",
    subject="Re: [KCSC-240905-03] Request for removal of illegal content",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

We have notified the uploader of {Y2}. If the uploader does not remove the video or file a counter-notice within 7 days, the video will be removed.

{Y1} is still under review.

YouTube Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="YouTube notice-to-uploader interim reply",
    why="a condition and 'under review': both named videos stay pending",
    items={Y2: "pending", Y1: "pending"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": TG}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 12:00:12 +0000",
    subject=SUBJ_TG, reply_to_req="req-240903-01",
    body="""
Hello,

All the links you reported under KCSC-240903-01 have been blocked.

Case #5514402
Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram one-line bulk confirmation",
    why="a statement about all twelve items without naming any: bulk, items pending",
    items={u: "pending" for u in T.values()},
)

case(
    name="x-table-contradicted-by-note",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 03:30:44 +0000",
    subject="Your request KCSC-240904-02 - result",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find the result of your request below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Result</th></tr>
<tr><td>{X2}</td><td>Removed</td></tr>
</table>
<p><i>Note: the post {X2} did not violate the X Rules; no action has been taken on it.</i></p>
<p>X Legal</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="X legal outcome table with an agent's note",
    why="the table says Removed, the note says no violation and no action for the same post: a person must decide",
    items={X2: "pending"},
)

case(
    name="x-auth-fail-removed",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    auth="fail",
    date="Wed, 11 Sep 2024 10:10:10 +0000",
    subject="Re: KCSC-240904-02 - X case 0194-KR-5521",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We have removed {X3}.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome failing DMARC",
    why="x.com sender but DKIM/SPF/DMARC fail: not trusted",
    items={X3: "pending"},
)

case(
    name="law-office-unknown-sender",
    **{"from": "jh.park@leepark-law.example"}, name_from="Park Jihoon (Lee & Park Law Office)",
    date="Thu, 05 Sep 2024 05:22:31 +0000",
    subject="Regarding KCSC-240903-01 - channel velvet_harbor_kr",
    body=f"""
Dear Sir or Madam,

We act for the administrator of the Telegram channel velvet_harbor_kr. Our client has deleted the post {T[3]} of his own accord and asks that the Commission close the matter as far as he is concerned.

Yours faithfully,
Park Jihoon
Lee & Park Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of a channel owner",
    why="a sender outside every platform's domain speaks about a requested item",
    items={T[3]: "pending"},
)

case(
    name="tg-new-contact-address-no-claims",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Mon, 09 Sep 2024 09:00:00 +0000",
    subject="Change of contact address for official notices",
    body="""
Hello,

Please note that we have changed the address for notices from public authorities. Going forward, please send them via https://telegram.org/support?setln=ko or to dsa@telegram.org, and include the t.me links in the body of the message.

Thank you,
Telegram
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform notice of a new contact channel",
    why="trusted Telegram mail naming no item and no request",
    items={},
)

case(
    name="naver-asks-for-documents",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date="Mon, 09 Sep 2024 17:48:02 +0900",
    subject="Re: [KCSC-240906-04] 불법정보 삭제 요청",
    reply_to_req="req-240906-04",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 건(KCSC-240906-04)의 처리를 위해 심의 의결서 사본과 요청 기관 담당자의 연락처를 회신해 주시기 바랍니다.
자료를 받는 대로 검토하여 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents",
    why="asks for the decision document and a contact before acting",
    items={},
)

case(
    name="tg-first-three-by-position",
    **{"from": TG}, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 19:19:19 +0000",
    subject=SUBJ_TG, reply_to_req="req-240903-01",
    body="""
Hello,

Regarding KCSC-240903-01: the first three links in your list have been blocked. The remaining nine are still being reviewed.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram reply answering by position in the request",
    why="'the first three links in your list' names no item; the request's order is not the email's to rely on",
    items={u: "pending" for u in T.values()},
)

case(
    name="kakao-promise-korean",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date="Tue, 10 Sep 2024 10:02:55 +0900",
    subject="Re: [KCSC-240909-05] 불법정보 삭제 요청",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

{K1} 게시물은 금일 중 임시조치될 예정이며, {K2} 게시물은 내부 법무 검토를 거친 뒤 결과를 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim reply with planned measures",
    why="'임시조치될 예정' is a promise and the second item awaits legal review: nothing stated",
    items={K1: "pending", K2: "pending"},
)

# ================================================================ IGNORED
case(
    name="tg-out-of-office",
    **{"from": "m.haddad@telegram.org"}, name_from="Mariam Haddad",
    date="Tue, 03 Sep 2024 06:05:12 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.

For urgent abuse reports please write to abuse@telegram.org, where the team on duty will handle your message.

Mariam
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="x-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mail-out.x.com"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 06:01:40 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b270-dsn-x"

--b270-dsn-x
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@x.com>: host inbound.x.com[203.0.113.25] said: 550 5.1.1
    <legal-korea@x.com>: Recipient address rejected: User unknown

--b270-dsn-x
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.x.com
Arrival-Date: Wed, 4 Sep 2024 06:01:38 +0000 (UTC)

Final-Recipient: rfc822; legal-korea@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-korea@x.com>: Recipient address
    rejected: User unknown

--b270-dsn-x
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@x.com
Subject: [KCSC-240904-02] Request for removal of illegal content
Date: Wed, 04 Sep 2024 15:00:12 +0900
Message-ID: <req-240904-02@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear X,

Please remove the following posts, found to be illegal under Korean law:

{X1}
{X2}
{X3}
{X4}

Reference: KCSC-240904-02

--b270-dsn-x--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification",
    why="a bounce returning our own request; its URLs are ours",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date="Fri, 06 Sep 2024 10:12:45 +0900",
    subject="읽음 확인: [KCSC-240906-04] 불법정보 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b270-mdn-nv"

--b270-mdn-nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

제목: [KCSC-240906-04] 불법정보 삭제 요청
읽은 시간: 2024-09-06 10:12

--b270-mdn-nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Naver Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b270-mdn-nv--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN) in Korean",
    why="a read receipt",
    items={},
)

case(
    name="yt-ticket-receipt",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 00:10:03 -0700",
    subject="[7-3381200041652] We've received your legal request",
    body="""
Hello,

Thanks for contacting Google. This message confirms that we have received your legal request about YouTube. Your ticket number is 7-3381200041652; please keep it in the subject line if you write to us about this request.

Please do not reply to this message.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request ticket receipt",
    why="a pure receipt with a ticket number",
    items={},
)

case(
    name="kakao-korean-auto-reply",
    **{"from": "s.yoon@kakaocorp.com"}, name_from=enc("윤서진"),
    date="Mon, 09 Sep 2024 15:31:00 +0900",
    subject="자동 회신: [KCSC-240909-05] 불법정보 삭제 요청",
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동 회신]
9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 right@kakaocorp.com 으로 보내 주시기 바랍니다.

윤서진 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tiktok-ack-echoing-urls",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 06:15:44 +0000",
    subject="We received your report",
    body=f"""
Hi,

We've received your report. Report ID: 2409-KR-88310472

Reported content:
{TT1}
{TT2}

Our team will review it and let you know the outcome by email.

TikTok Trust and Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report receipt echoing the reported links",
    why="a pure receipt: the URLs only echo what was reported, nothing is stated about them",
    items={TT1: "pending", TT2: "pending"},
)

case(
    name="partner-out-of-office",
    **{"from": "m.kim@contentsafe-partners.example"}, name_from="Minji Kim",
    date="Wed, 11 Sep 2024 09:44:00 +0000",
    subject="Out of Office: [KCSC-240911-07] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your email. I am away until Monday 23 September and will reply on my return.

Minji Kim
ContentSafe Partners
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office from an outside copy recipient",
    why="auto-replies are ignored whoever sends them",
    items={},
)


HEADER = """# Blind set 270 (focus: what a program gets wrong). Generated by make.py;
# expected results written from each email's meaning before any run."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind270", HEADER, CASES)


if __name__ == "__main__":
    main()
