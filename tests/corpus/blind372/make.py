#!/usr/bin/env python3
"""Blind set 372: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or corrected) by a note, statuses given by position.

Written from each email's meaning before any run of the reader.
Deterministic: `python3 tests/corpus/blind372/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
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


def enc(s):
    """RFC 2047-encode a header value that is not plain ASCII."""
    return s if s.isascii() else Header(s, "utf-8").encode()


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_ferry/223510001"
N2 = "https://blog.naver.com/moonlit_ferry/223510002"
N3 = "https://blog.naver.com/moonlit_ferry/223510047"
N4 = "https://blog.naver.com/grey_tansy/223498812"
N5 = "https://blog.naver.com/grey_tansy/223498830"
N6 = "https://cafe.naver.com/quietorchard/5120"
N7 = "https://cafe.naver.com/quietorchard/5133"
N8 = "https://cafe.naver.com/quietorchard/5201"
N9 = "https://cafe.naver.com/bluekettle88/771"
N10 = "https://cafe.naver.com/bluekettle88/802"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38110245"
N12 = "https://blog.naver.com/tinseldusk/223460091"
N13 = "https://blog.naver.com/tinseldusk/223460155"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]

X1 = "https://x.com/ridgeline_kr7/status/1829004417732210001"
X2 = "https://x.com/ridgeline_kr7/status/1829004417732210778"
X3 = "https://x.com/pale_cobalt_03/status/1830112290455660332"
X4 = "https://x.com/halfmoon_deal/status/1830287719921844556"
XS = [X1, X2, X3, X4]

Y1 = "https://www.youtube.com/watch?v=Qe7tWm2LxaA"
Y2 = "https://www.youtube.com/watch?v=bN04kRpz9Ys"
Y3 = "https://www.youtube.com/shorts/Vt3kHa8Rq0c"

T1 = "https://t.me/nightcargo_kr/412"
T2 = "https://t.me/nightcargo_kr/419"
T3 = "https://t.me/nightcargo_kr/433"
T4 = "https://t.me/saltmarsh_relay"
T5 = "https://t.me/amberlane_shop/88"

K1 = "https://cafe.daum.net/pinewhistle/Ab3k/214"
K2_SLUG = "오늘의-거래-후기"
K2RAW = "https://sanbit-diary.tistory.com/entry/" + K2_SLUG
K2 = "https://sanbit-diary.tistory.com/entry/" + quote(K2_SLUG)
K3 = "https://sanbit-diary.tistory.com/52"

TT1 = "https://www.tiktok.com/@velvetquarry/video/7409118832650011905"
TT2 = "https://www.tiktok.com/@velvetquarry/video/7409120094471720194"

M1 = "https://www.instagram.com/p/C_kR2mYxq8D/"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     NAVER, "illegal_trade", "blogs, cafes and a NAVER Post volume"),
    ("KCSC-240904-02", "x", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00",
     XS, "privacy", "posts sharing personal data"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     [Y1, Y2, Y3], "defamation", "two videos and one Short"),
    ("KCSC-240906-04", "telegram", "2024-09-06T14:10:00+09:00", "2024-09-13T18:00:00+09:00",
     [T1, T2, T3, T4, T5], "drugs", "channel posts and one whole channel"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:20:00+09:00", "2024-09-23T18:00:00+09:00",
     [K1, K2, K3], "gambling", "Daum cafe post and Tistory entries"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T16:00:00+09:00", "2024-09-24T18:00:00+09:00",
     [TT1, TT2], "illegal_trade", "two videos of one account"),
    ("KCSC-240911-07", "meta", "2024-09-11T13:00:00+09:00", "2024-09-25T18:00:00+09:00",
     [M1], "obscenity", "one Instagram post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"req-{ref}@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def req(ref):
    return f"req-{ref}"


KO_SIG_NAVER = """감사합니다.
네이버 고객센터 권리보호·정책지원팀 드림
※ 본 메일은 발신 전용이 아니며, 회신 시 접수번호를 유지해 주세요."""

KO_SIG_KAKAO = """카카오 고객센터 권리침해 신고 담당 드림
본 메일은 카카오 운영정책에 따라 발송되었습니다."""

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    if "subject" in kw:
        kw["subject"] = enc(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    CASES.append(kw)


# ======================= APPLIED =======================

# 1. one Korean sentence: removed + author-deleted; body in base64 (common for Korean mail)
case(
    name="naver-one-sentence-removed-and-author-deleted",
    **{"from": "rights@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 15:02:11 +0900",
    subject="[KCSC-240903-01] 게시중단 요청 처리 결과 안내 (1차)",
    reply_to_req=req("KCSC-240903-01"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240903-01 건 중 1차 처리 결과를 안내드립니다.

{N1} 게시물은 관련 법령 위반이 확인되어 게시중단 조치하였으며, {N2} 게시물은 요청 접수 전에 작성자가 직접 삭제하여 현재 존재하지 않는 게시물로 확인됩니다.

나머지 게시물은 검토가 끝나는 대로 별도 메일로 안내드리겠습니다.

{KO_SIG_NAVER}
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 (partial, first batch)",
    why="one sentence: the first post 게시중단 (removed), the second already deleted by its author (not_found)",
    items={N1: "removed", N2: "not_found"},
)

# 2. three outcomes in one English sentence
case(
    name="x-three-outcomes-one-sentence",
    **{"from": "legal-noreply@x.com"},
    date="Fri, 13 Sep 2024 02:41:55 +0000",
    subject="Re: Removal request KCSC-240904-02",
    reply_to_req=req("KCSC-240904-02"),
    body=f"""Hello,

Thank you for your report under reference KCSC-240904-02.

After reviewing the posts against the X Rules and applicable Korean law, we have withheld {X1} in South Korea, removed {X3} globally for violating our private information policy, and left {X4} available because we did not find it to violate the X Rules or local law.

We are still assessing the remaining post and will write to you separately about it.

Regards,
X Legal""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (country withheld content notice)",
    why="one sentence, three items, three statuses: withheld in KR, removed, left up (no violation)",
    items={X1: "restricted", X3: "removed", X4: "rejected", X2: "pending"},
)

# 3. hedges inside relative clauses; main clauses are plain statements
case(
    name="yt-hedge-in-relative-clause",
    **{"from": "legal-support@google.com"},
    date="Mon, 16 Sep 2024 08:12:40 +0000",
    subject="[KCSC-240905-03] YouTube legal request – outcome",
    reply_to_req=req("KCSC-240905-03"),
    body=f"""Hi there,

We've completed our review of the content listed in your notice KCSC-240905-03.

The video {Y1}, which may also have been re-uploaded by other channels, has been removed for violating YouTube's Community Guidelines.

The video {Y2}, which appears to be news commentary about a public figure, was reviewed under local law and our policies; we have decided not to take action, as it does not violate our Community Guidelines and we could not establish that it is unlawful.

If re-uploads of the first video turn up, please send us their URLs in a new notice.

Regards,
The YouTube Legal Support Team""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome email (Google legal support)",
    why="'may have been re-uploaded' and 'appears to be commentary' are hedges about the content, not the status; main clauses state removed and no action (rejected)",
    items={Y1: "removed", Y2: "rejected"},
)

# 4. negation: not deleted, but blocked in Korea
case(
    name="tg-not-deleted-but-blocked-in-korea",
    **{"from": "abuse@telegram.org"},
    date="Sat, 14 Sep 2024 19:05:31 +0000",
    subject="Re: KCSC-240906-04 Case #4410871",
    reply_to_req=req("KCSC-240906-04"),
    body=f"""Hello,

Case #4410871.

The channel {T4} has not been deleted. It has been blocked for users in South Korea, in line with local law.

The posts {T1} and {T2} have been deleted.

Best regards,
Telegram Abuse Team""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (case number, geo-blocked channel)",
    why="'has not been deleted' is negated; the next sentence says blocked in Korea (restricted); two posts deleted",
    items={T4: "restricted", T1: "removed", T2: "removed"},
)

# 5. a later paragraph corrects the first sentence
case(
    name="yt-correction-later-sentence",
    **{"from": "legal-support@google.com"},
    date="Tue, 17 Sep 2024 06:55:02 +0000",
    subject="Re: [KCSC-240905-03] YouTube legal request",
    reply_to_req=req("KCSC-240905-03"),
    body=f"""Hello,

Both videos listed in your notice have been removed from YouTube.

Correction, after checking with the reviewing team before sending this: the video at {Y2} was not removed. It has been age-restricted, so it stays on YouTube but cannot be watched by signed-out viewers or viewers under 18. The video at {Y1} was removed as stated above.

Kind regards,
Mina
YouTube Legal Support""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply written by an agent, with an in-mail correction",
    why="the first bulk sentence is revised by a correction that names each video: Y1 removed, Y2 age-restricted",
    items={Y1: "removed", Y2: "restricted"},
)

# 6. refusal with reason + geo restriction
case(
    name="tiktok-refusal-with-reason",
    **{"from": "legal-response@tiktok.com"},
    name_from="TikTok Legal",
    date="Wed, 18 Sep 2024 09:30:12 +0000",
    subject="Your request KCSC-240910-06",
    reply_to_req=req("KCSC-240910-06"),
    body=f"""Dear Korea Communications Standards Commission,

Thank you for your request (KCSC-240910-06).

We reviewed both videos against our Community Guidelines, Terms of Service and the applicable law.

- {TT1}
  We have decided not to remove this video. It shows a product that is legal to sell in Korea and does not violate our Community Guidelines, and the request does not identify the provision of Korean law it breaches.

- {TT2}
  This video has been restricted in South Korea. It remains available in other regions.

If you have further information about the first video, you may submit a new request.

TikTok Legal""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request response (reject / restrict locally)",
    why="a refusal with its reason (rejected) and a country restriction (restricted), each under its URL",
    items={TT1: "rejected", TT2: "restricted"},
)

# 7. Korean particles after URLs, raw Korean path
case(
    name="kakao-korean-particles",
    **{"from": "report-result@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 19 Sep 2024 11:47:09 +0900",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240909-05)",
    reply_to_req=req("KCSC-240909-05"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 알려드립니다.

1) {K2RAW} 게시물은 임시조치(30일) 되었습니다.
2) {K3}는 운영정책 위반으로 블라인드 처리되었습니다.
3) {K1} 게시물은 확인 결과 이미 존재하지 않는 게시물입니다.

추가 문의는 본 메일에 회신해 주세요.

{KO_SIG_KAKAO}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum/Tistory) 권리침해 신고 처리 결과 안내",
    why="raw Korean path followed by a particle (임시조치 = restricted), '52는' glued particle (블라인드 = removed), 214 no longer exists (not_found)",
    items={K2: "restricted", K3: "removed", K1: "not_found"},
)

# 8. 시정요구 조치결과 as a text table
case(
    name="naver-text-table-sijeong-result",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 17:20:44 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 조치결과 회신",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""방송통신심의위원회 담당자님께,

KCSC-240903-01 시정요구에 대한 조치결과를 아래와 같이 회신합니다.

| 순번 | URL | 조치결과 |
|---|---|---|
| 1 | {N1} | 삭제 |
| 2 | {N2} | 임시조치 |
| 3 | {N3} | 게시물 없음 |
| 4 | {N4} | 조치 안 함 (위법성 미확인) |
| 5 | {N5} | 삭제 |

나머지 8건은 검토 중입니다.

{KO_SIG_NAVER}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 (pipe table)",
    why="statuses by column: 삭제 removed, 임시조치 restricted, 게시물 없음 not_found, 조치 안 함 rejected",
    items={N1: "removed", N2: "restricted", N3: "not_found", N4: "rejected", N5: "removed"},
)

# 9. HTML table whose row is corrected by a note underneath
TABLE9 = f"""<html><body>
<p>안녕하세요. 네이버 카페 운영팀입니다.</p>
<p>KCSC-240903-01 요청 건 중 카페 게시물 4건의 처리 결과입니다.</p>
<table border="1" cellpadding="4">
<tr><th>No.</th><th>게시물 URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td>{N9}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{N10}</td><td>반려 (정상 게시물)</td></tr>
<tr><td>3</td><td>{N7}</td><td>게시물 없음</td></tr>
<tr><td>4</td><td>{N8}</td><td>게시중단</td></tr>
</table>
<p>※ 정정 안내: 위 표의 4번 게시물({N8})은 게시중단으로 기재되었으나, 작성자 이의신청이 접수되어 실제로는 임시조치(30일) 상태입니다. 4번은 임시조치로 보아 주시기 바랍니다.</p>
<p>감사합니다.<br>네이버 카페 운영팀</p>
</body></html>"""
case(
    name="naver-html-table-corrected-by-note",
    **{"from": "cafe-help@navercorp.com"},
    name_from="네이버 카페",
    date="Mon, 16 Sep 2024 10:03:27 +0900",
    subject="[KCSC-240903-01] 카페 게시물 처리 결과",
    reply_to_req=req("KCSC-240903-01"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(TABLE9),
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 처리 결과 HTML table with a 정정 note",
    why="table row 4 says 게시중단 but the note below explicitly corrects it to 임시조치; other rows as tabled",
    items={N9: "removed", N10: "rejected", N7: "not_found", N8: "restricted"},
)

# 10. URLs listed, outcomes given by number
case(
    name="x-outcomes-by-number",
    **{"from": "legal-noreply@x.com"},
    date="Thu, 19 Sep 2024 05:14:50 +0000",
    subject="Case update - KCSC-240904-02",
    reply_to_req=req("KCSC-240904-02"),
    body=f"""Hello,

This is an update on your request KCSC-240904-02.

Reported URLs:
1. {X1}
2. {X2}
3. {X3}
4. {X4}

Outcome:
1. Withheld in South Korea
2. Withheld in South Korea
3. Removed - violation of the X Rules (private information)
4. Not found - the post no longer exists on X

The account holders have been notified where required.

X Legal""",
    outcome="applied", classification="confirmation",
    imitates="X legal ticket update listing reported URLs and numbered outcomes",
    why="statuses by position: outcome n belongs to URL n",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "not_found"},
)

# 11. numbered points refer to the quoted request
case(
    name="tg-points-by-quoted-number",
    **{"from": "dsa@telegram.org"},
    date="Tue, 17 Sep 2024 21:33:08 +0000",
    subject="Re: [KCSC-240906-04] Request to remove content",
    reply_to_req=req("KCSC-240906-04"),
    body=f"""Hello,

Points 1 to 3: done, all three posts are deleted.
Point 4: the channel stays up. We reviewed it and found no content that breaks our Terms of Service.
Point 5: we could not find this message, the link leads nowhere.

Telegram DSA team

On Fri, 6 Sep 2024 at 14:10, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Reference: KCSC-240906-04
> Please remove the following content, which offers narcotics for sale:
>
> 1. {T1}
> 2. {T2}
> 3. {T3}
> 4. {T4}
> 5. {T5}
>
> Korea Communications Standards Commission""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA contact reply answering a numbered request point by point (top-posted)",
    why="the statements are in the reply; the numbers refer to the regulator's numbered list quoted below (arguable, see NOTES)",
    items={T1: "removed", T2: "removed", T3: "removed", T4: "rejected", T5: "not_found"},
)

# 12. negation then a different action
case(
    name="yt-no-violation-but-age-restricted",
    **{"from": "youtube-legal@youtube.com"},
    date="Wed, 18 Sep 2024 13:08:19 +0000",
    subject="Re: [KCSC-240905-03] Short reported",
    reply_to_req=req("KCSC-240905-03"),
    body=f"""Hello,

Regarding the Short at {Y3}:

We don't think this Short breaks our Community Guidelines, so we won't remove it. However, because of its graphic language we have age-restricted it; it is no longer shown to viewers under 18 or to signed-out viewers.

Thanks,
YouTube Legal""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction decision (no removal)",
    why="'won't remove it' is not the status; the action taken is an age restriction (restricted)",
    items={Y3: "restricted"},
)

# 13. refusal with reason + removal, in one message
case(
    name="tg-refusal-and-takedown",
    **{"from": "abuse@telegram.org"},
    date="Mon, 16 Sep 2024 07:48:36 +0000",
    subject="Re: KCSC-240906-04",
    reply_to_req=req("KCSC-240906-04"),
    body=f"""Hi,

We can't take action on {T5}: the post advertises a product that is legal in most countries and it does not break Telegram's Terms of Service.

{T3} was taken down by our moderators this morning.

Telegram Abuse Team""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk short reply",
    why="refusal with a reason (rejected) and a takedown (removed)",
    items={T5: "rejected", T3: "removed"},
)

# 14. author-deleted vs operator-deleted
case(
    name="naver-author-deleted-and-operator-deleted",
    **{"from": "cafe-help@navercorp.com"},
    name_from="네이버 카페",
    date="Tue, 17 Sep 2024 14:25:00 +0900",
    subject="[KCSC-240903-01] 카페 게시물 확인 결과",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 카페 운영팀입니다.

문의하신 게시물({N9})은 작성자에 의해 이미 삭제된 게시물로, 별도 조치가 필요하지 않습니다.
한편 {N10} 게시물은 운영정책 위반으로 운영자 삭제 처리되었습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 운영팀 reply (작성자 삭제 vs 운영자 삭제)",
    why="already deleted by its author -> not_found; 운영자 삭제 -> removed",
    items={N9: "not_found", N10: "removed"},
)

# 15. bare URL, status on the line below
case(
    name="naver-url-then-arrow-status",
    **{"from": "blog-help@navercorp.com"},
    name_from="네이버 블로그",
    date="Wed, 18 Sep 2024 16:41:52 +0900",
    subject="[KCSC-240903-01] 블로그 게시물 처리 결과",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""안녕하세요. 네이버 블로그 고객센터입니다.

{N4}
→ 비공개 처리 완료

{N5}
→ 위법 소지가 명확하지 않아 게시 유지

추가 자료를 보내 주시면 다시 검토하겠습니다.
네이버 블로그 고객센터""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog customer centre reply, URL then arrow line",
    why="status on the line below each URL: 비공개 처리 (removed), 게시 유지 with reason (rejected)",
    items={N4: "removed", N5: "rejected"},
)

# 16. heading sentence above the URL
case(
    name="kakao-heading-above-url",
    **{"from": "report-result@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 20 Sep 2024 10:12:33 +0900",
    subject="Re: [KCSC-240909-05] 게시중단 요청",
    reply_to_req=req("KCSC-240909-05"),
    body=f"""안녕하세요, 카카오입니다.

아래 게시물은 게시중단 처리하였습니다.
{K1}

아래 게시물은 관련 법령 위반이 확인되지 않아 별도 조치하지 않았습니다.
{K3}

{KO_SIG_KAKAO}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 게시중단 처리 결과, statement line above each URL",
    why="each statement stands on the line above its URL: 게시중단 (removed), 위법 미확인 조치 안 함 (rejected)",
    items={K1: "removed", K3: "rejected"},
)

# 17. CSV attachment for the whole 13-item request
CSV17 = "\n".join([
    "번호,URL,처리결과,비고",
    f"1,{N1},게시중단,",
    f"2,{N2},게시중단,",
    f"3,{N3},임시조치,30일",
    f"4,{N4},삭제,",
    f"5,{N5},게시물 없음,작성자 삭제",
    f"6,{N6},게시중단,",
    f"7,{N7},조치 불가,위법성 불분명",
    f"8,{N8},접근 제한,국내",
    f"9,{N9},게시중단,",
    f"10,{N10},검토 중,",
    f"11,{N11},블라인드,",
    f"12,{N12},게시중단,",
    f"13,{N13},URL 오류,존재하지 않는 주소",
]) + "\n"
case(
    name="naver-csv-attachment-13",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Fri, 20 Sep 2024 18:02:10 +0900",
    subject="[KCSC-240903-01] 조치결과 (첨부)",
    reply_to_req=req("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b372-csv-17"

--b372-csv-17
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요.

KCSC-240903-01 요청 13건의 조치결과를 첨부 파일로 보내드립니다.
검토 중인 1건은 결과가 나오는 대로 다시 안내드리겠습니다.

네이버 정책지원팀 드림
''')}

--b372-csv-17
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV17)}

--b372-csv-17--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 조치결과 spreadsheet sent as a CSV attachment",
    why="one status per CSV row; 검토 중 stays pending; 게시물 없음 / URL 오류 -> not_found; 조치 불가 -> rejected",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "removed", N7: "rejected", N8: "restricted", N9: "removed", N10: "pending",
           N11: "removed", N12: "removed", N13: "not_found"},
)

# 18. one-item request, statement names no URL
case(
    name="meta-sole-item-no-url",
    **{"from": "records-response@meta.com"},
    name_from="Meta Platforms",
    date="Mon, 16 Sep 2024 22:10:45 +0000",
    subject="Re: KCSC-240911-07 - Content restriction request",
    reply_to_req=req("KCSC-240911-07"),
    body="""Hello,

Thank you for your request KCSC-240911-07.

Following a legal review, we have restricted access to the reported content in South Korea on the basis of local law. The content remains available in other countries, as it does not go against our Community Standards.

For more information about how we handle these requests, see https://transparency.meta.com/reports/content-restrictions/

Meta Law Enforcement Response Team""",
    outcome="applied", classification="confirmation",
    imitates="Meta content restriction based on local law, reply to a government request",
    why="one-item request; the unnamed 'reported content' is that item; restricted in KR (the transparency link is no item)",
    items={M1: "restricted"},
)

# 19. quoted-printable HTML with the configured phrase
HTML19 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We have reviewed the content you reported in request KCSC-240905-03.</p>
<ul>
<li><a href="{Y2}">{Y2}</a> has been actioned under our policies.</li>
<li><a href="{Y1}">{Y1}</a> was blocked from view in South Korea following our legal review; it remains available elsewhere.</li>
</ul>
<p>The YouTube Legal Team</p>
</body></html>"""
case(
    name="yt-qp-html-actioned",
    **{"from": "no-reply-legal@google.com"},
    name_from="YouTube Legal",
    date="Fri, 20 Sep 2024 03:26:14 +0000",
    subject="Outcome of your YouTube legal request KCSC-240905-03",
    reply_to_req=req("KCSC-240905-03"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(HTML19),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome HTML email (quoted-printable)",
    why="'has been actioned under our policies' (removed) and blocked in South Korea (restricted)",
    items={Y2: "removed", Y1: "restricted"},
)

# 20. top-posted over a quoted request
case(
    name="tiktok-top-posted-over-quote",
    **{"from": "legal-response@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 19 Sep 2024 08:44:03 +0000",
    subject="RE: KCSC-240910-06 removal request",
    reply_to_req=req("KCSC-240910-06"),
    body=f"""Hi,

Following our review, we removed {TT1} for violating our Community Guidelines on regulated goods.

We could not locate {TT2}. The link seems to be invalid, or the video was deleted by its creator before we reviewed it.

Best,
Jae
TikTok Legal

On Tue, Sep 10, 2024 at 4:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Reference: KCSC-240910-06
> Please remove the following videos, which advertise unlicensed sales:
> {TT1}
> {TT2}
> Kind regards,
> KCSC""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal agent reply, top-posted over the regulator's request",
    why="removed; 'could not locate' is a plain not_found (the following 'seems' only guesses the cause)",
    items={TT1: "removed", TT2: "not_found"},
)

# 21. three Korean outcomes in one sentence
case(
    name="naver-three-in-one-sentence-ko",
    **{"from": "cafe-help@navercorp.com"},
    name_from="네이버 카페",
    date="Thu, 19 Sep 2024 13:15:29 +0900",
    subject="[KCSC-240903-01] quietorchard 카페 게시물 처리 결과",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""안녕하세요. 네이버 카페 운영팀입니다.

검토 결과 {N6} 은(는) 게시중단, {N7} 은(는) 임시조치, {N8} 은(는) 불법성이 확인되지 않아 조치하지 않았음을 알려드립니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 처리 결과, several posts in one Korean sentence",
    why="one sentence: 게시중단 removed, 임시조치 restricted, 불법성 미확인 조치 안 함 rejected",
    items={N6: "removed", N7: "restricted", N8: "rejected"},
)

# 22. negation: not withheld, removed outright; deleted by the account holder
case(
    name="x-not-withheld-but-removed",
    **{"from": "legal-noreply@x.com"},
    date="Tue, 17 Sep 2024 04:02:27 +0000",
    subject="Re: Removal request KCSC-240904-02",
    reply_to_req=req("KCSC-240904-02"),
    body=f"""Hello,

We did not withhold {X2} in South Korea; we removed it outright, because it violates our private information policy everywhere.

We were unable to take action on {X4} because the post no longer exists. It was deleted by the account holder before our review.

X Legal""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply explaining the action taken",
    why="'did not withhold ... removed it outright' -> removed; deleted by its author before review -> not_found",
    items={X2: "removed", X4: "not_found"},
)

# 23. acknowledgement phrase followed by real statements
case(
    name="tg-ack-phrase-plus-statements",
    **{"from": "abuse@telegram.org"},
    date="Thu, 12 Sep 2024 16:20:58 +0000",
    subject="KCSC-240906-04 Case #4410903",
    reply_to_req=req("KCSC-240906-04"),
    body=f"""Hello,

Thank you for your report. Case #4410903 has been created for it.

Following our review, the channel {T4}, which we believe may be connected to earlier spam waves, has been terminated. The post {T1}, which you reported twice, has been deleted.

Telegram Abuse Team""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk receipt that also reports actions",
    why="receipt phrase plus unhedged statements (hedge only in the relative clause): not an acknowledgement",
    items={T4: "removed", T1: "removed"},
)

# 24. Gmail-style Korean quote, one done one under review
case(
    name="naver-gmail-quote-partial",
    **{"from": "blog-help@navercorp.com"},
    name_from="네이버 블로그",
    date="Mon, 16 Sep 2024 09:37:45 +0900",
    subject="Re: [KCSC-240903-01] 게시중단 요청",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""안녕하세요.

요청 주신 건 중 {N12} 은 블라인드 처리했습니다.
나머지 1건({N13})은 현재 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

네이버 블로그 고객센터 드림

2024년 9월 3일 (화) 오전 10:00, KCSC 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
> 안녕하세요. 방송통신심의위원회입니다.
> 아래 게시물에 대하여 게시중단을 요청드립니다. (KCSC-240903-01)
> {N12}
> {N13}
> 감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog reply top-posted over a Gmail-quoted Korean request",
    why="블라인드 -> removed; the other is 검토 중 (pending); the quote below says nothing",
    items={N12: "removed", N13: "pending"},
)

# 25. removed + a promise in the same mail
case(
    name="naver-removed-and-will-delete-later",
    **{"from": "rights@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 18 Sep 2024 11:09:14 +0900",
    subject="[KCSC-240903-01] 처리 결과 안내",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

{N11} 게시물은 게시중단 조치를 완료하였습니다.

{N3} 게시물은 작성자 소명 기간(7일)이 지나면 삭제될 예정입니다. 삭제가 완료되면 다시 알려드리겠습니다.

{KO_SIG_NAVER}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 안내 with one pending deletion",
    why="게시중단 완료 -> removed; '삭제될 예정' is a promise -> pending",
    items={N11: "removed", N3: "pending"},
)

# 26. full-width brackets around a raw Korean URL
case(
    name="kakao-fullwidth-brackets",
    **{"from": "tistory-help@kakaocorp.com"},
    name_from="티스토리 고객센터",
    date="Tue, 17 Sep 2024 15:58:40 +0900",
    subject="[티스토리] 게시물 처리 결과 안내 KCSC-240909-05",
    reply_to_req=req("KCSC-240909-05"),
    body=f"""안녕하세요, 티스토리 고객센터입니다.

처리 결과：「{K2RAW}」— 국내 접근 제한 조치 완료.

나머지 요청 게시물은 담당 부서에서 확인 중입니다.
티스토리 고객센터""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) customer centre 처리 결과, full-width punctuation",
    why="URL inside 「」 after a full-width colon; 국내 접근 제한 -> restricted",
    items={K2: "restricted"},
)

# 27. Outlook quote, statement above an angle-bracketed URL
case(
    name="yt-outlook-quote-angle-brackets",
    **{"from": "legal-support@google.com"},
    date="Thu, 19 Sep 2024 10:51:07 +0000",
    subject="RE: [KCSC-240905-03] YouTube Short",
    reply_to_req=req("KCSC-240905-03"),
    body=f"""Hello,

We reviewed the Short you reported and it has been removed for violating our harassment and cyberbullying policy:
<{Y3}>

Regards,
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 9:40 AM
To: legal-kr@google.com
Subject: [KCSC-240905-03] YouTube legal request

Please remove the following content:
{Y1}
{Y2}
{Y3}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support agent reply over an Outlook-quoted request",
    why="statement line ends with ':' and the URL in <> follows; the quoted request below is not a statement",
    items={Y3: "removed"},
)

# ======================= REVIEW =======================

case(
    name="yt-promise-will-be-removed",
    **{"from": "legal-support@google.com"},
    date="Fri, 13 Sep 2024 07:19:33 +0000",
    subject="Re: [KCSC-240905-03] YouTube legal request",
    reply_to_req=req("KCSC-240905-03"),
    body=f"""Hello,

The two videos below will be removed from YouTube within 24 hours, once the review of your notice has been completed:

{Y1}
{Y2}

We'll confirm by email when this is done.

YouTube Legal Support""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="a promise ('will be removed ... once the review has been completed') is no statement",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="naver-hedge-appears-deleted",
    **{"from": "cafe-help@navercorp.com"},
    name_from="네이버 카페",
    date="Fri, 13 Sep 2024 11:42:05 +0900",
    subject="[KCSC-240903-01] 게시물 확인 중",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""안녕하세요. 네이버 카페 운영팀입니다.

문의하신 {N9} 게시물은 이미 삭제된 것으로 보이나, 삭제 주체(작성자/운영자) 확인이 필요하여 확인 후 다시 안내드리겠습니다.

감사합니다.""",
    outcome="review", review="not_understood",
    imitates="NAVER cafe interim reply",
    why="'삭제된 것으로 보이나' is a hedge (appears to be deleted); nothing firm yet",
    items={N9: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-noreply@x.com"},
    date="Wed, 11 Sep 2024 23:55:40 +0000",
    subject="Re: Removal request KCSC-240904-02",
    reply_to_req=req("KCSC-240904-02"),
    body="""Hello,

All of the posts reported in your request KCSC-240904-02 have been withheld in South Korea.

X Legal""",
    outcome="review", review="bulk",
    imitates="X country-withheld notice for a whole request",
    why="one statement covering a four-item request without naming each: bulk",
    items={X1: "pending", X2: "pending", X3: "pending", X4: "pending"},
)

case(
    name="naver-bulk-all-13-ko",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Sat, 21 Sep 2024 10:00:31 +0900",
    subject="[KCSC-240903-01] 조치 완료 안내",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""안녕하세요.

요청하신 게시물 전체(13건)에 대하여 게시중단 조치를 완료하였습니다.

{KO_SIG_NAVER}""",
    outcome="review", review="bulk",
    imitates="NAVER 조치 완료 안내 for a whole request",
    why="'게시물 전체(13건)' names no item of a 13-item request: bulk",
    items={u: "pending" for u in NAVER},
)

case(
    name="tg-auth-fail",
    **{"from": "abuse@telegram.org"},
    auth="fail",
    date="Sun, 15 Sep 2024 12:01:11 +0000",
    subject="Re: KCSC-240906-04 Case #4410871",
    reply_to_req=req("KCSC-240906-04"),
    body=f"""Hello,

The following posts have been deleted:
{T1}
{T2}

Telegram Abuse Team""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse desk reply (failing DKIM/SPF/DMARC)",
    why="telegram.org sender but authentication fails",
    items={T1: "pending", T2: "pending"},
)

case(
    name="gmail-channel-owner-says-deleted",
    **{"from": "amberlane.owner@gmail.com"},
    name_from="Amberlane Shop",
    auth="none",
    date="Mon, 16 Sep 2024 03:27:45 +0000",
    subject="About KCSC-240906-04",
    body=f"""Hello,

I run the Telegram channel amberlane_shop. Telegram told me about your request KCSC-240906-04. I have deleted the post {T5} myself, please close the case.

Thanks""",
    outcome="review", review="unknown_sender",
    imitates="content owner writing to the regulator from a webmail address",
    why="not a platform domain; names our request and a requested URL",
    items={T5: "pending"},
)

case(
    name="naver-about-daum-url",
    **{"from": "rights@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 18 Sep 2024 15:33:20 +0900",
    subject="문의하신 게시물 관련 안내",
    body=f"""안녕하세요, 네이버 고객센터입니다.

문의하신 {K1} 게시물은 네이버 서비스에서 확인되지 않는 게시물입니다. 해당 주소는 타사(다음 카페) 서비스이므로 해당 사업자에게 문의해 주시기 바랍니다.

{KO_SIG_NAVER}""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply that a URL belongs to another service",
    why="NAVER speaks about a Kakao (Daum cafe) item: it cannot state its status",
    items={K1: "pending"},
)

CSV_M = f"content_url,action,policy\n{M1},Removed,Community Standards - Adult nudity\n"
case(
    name="meta-body-vs-csv-conflict",
    **{"from": "records-response@meta.com"},
    name_from="Meta Platforms",
    date="Thu, 19 Sep 2024 21:40:02 +0000",
    subject="Re: KCSC-240911-07 - Content restriction request",
    reply_to_req=req("KCSC-240911-07"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b372-meta-conf"

--b372-meta-conf
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Regarding your request KCSC-240911-07: after legal review we have restricted access to {M1} in South Korea under local law. It remains visible outside Korea.

The action report is attached.

Meta Law Enforcement Response Team

--b372-meta-conf
Content-Type: text/csv; name="action_report_KCSC-240911-07.csv"
Content-Disposition: attachment; filename="action_report_KCSC-240911-07.csv"
Content-Transfer-Encoding: 7bit

{CSV_M}
--b372-meta-conf--
""",
    outcome="review", review="conflicting_statements",
    imitates="Meta government-request reply with an action report attachment",
    why="the body says restricted in Korea only, the attached report says removed: the clerk must ask",
    items={M1: "pending"},
)

case(
    name="kakao-conditional-may-restrict",
    **{"from": "report-result@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 17:05:48 +0900",
    subject="[카카오] 신고 게시물 검토 안내 (KCSC-240909-05)",
    reply_to_req=req("KCSC-240909-05"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

신고하신 {K1} 게시물은 권리침해 여부가 확인되는 경우 임시조치될 수 있습니다. 담당 부서 검토 후 결과를 다시 안내드리겠습니다.

{KO_SIG_KAKAO}""",
    outcome="review", review="not_understood",
    imitates="Kakao 신고 검토 안내 (conditional)",
    why="'확인되는 경우 임시조치될 수 있습니다' is a condition and a possibility, not a status",
    items={K1: "pending"},
)

case(
    name="tg-dsa-contact-change-no-claims",
    **{"from": "dsa@telegram.org"},
    date="Fri, 20 Sep 2024 09:00:00 +0000",
    subject="Change of Telegram's DSA point of contact",
    body="""Hello,

From 1 October 2024, requests from authorities about content on Telegram should be sent to our new address, dsa-authorities@telegram.org. The current address will keep working until the end of the year.

Please include the direct links to the messages or channels concerned in every request. Our guidelines for authorities are at https://telegram.org/faq#authorities .

Telegram""",
    outcome="review", review="no_claims",
    imitates="Telegram notice to authorities about a new point of contact",
    why="trusted Telegram mail naming no item and no request",
    items={},
)

case(
    name="naver-asks-for-documents",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 09:18:50 +0900",
    subject="[KCSC-240903-01] 추가 자료 요청",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""방송통신심의위원회 담당자님께,

KCSC-240903-01 요청 건의 검토를 위하여 심의 의결서 사본과 게시물별 위법 근거 조항을 회신 메일로 보내 주시기 바랍니다. 자료가 접수되는 대로 검토를 진행하겠습니다.

{KO_SIG_NAVER}""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal request for supporting documents (의결서, 근거 조항)",
    why="the platform asks for documents before acting; no status",
    items={},
)

case(
    name="x-not-removed-yet-under-review",
    **{"from": "legal-noreply@x.com"},
    date="Mon, 16 Sep 2024 01:12:09 +0000",
    subject="Re: Removal request KCSC-240904-02",
    reply_to_req=req("KCSC-240904-02"),
    body=f"""Hello,

Thanks for your patience. {X3} has not been removed at this time; it is still with our legal team for a local-law assessment. We will update you once a decision has been made.

X Legal""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="'has not been removed at this time' plus 'still with our legal team': under review, not a refusal",
    items={X3: "pending"},
)

# ======================= IGNORED =======================

case(
    name="naver-chuseok-out-of-office",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    subject="[자동회신] 부재중 안내 Re: [KCSC-240903-01] 게시중단 요청",
    reply_to_req=req("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 네이버 정책지원팀입니다.

9월 16일(월)부터 18일(수)까지 추석 연휴로 부재중입니다.
보내주신 메일은 9월 19일(목)부터 순차적으로 확인하여 회신드리겠습니다.

감사합니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="auto-reply, no statement",
    items={},
)

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b372-dsn"

--b372-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@x.com>: host mx1.x.com[203.0.113.25] said: 550 5.1.1
    <legal-korea@x.com>: Recipient address rejected: User unknown

--b372-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 4 Sep 2024 11:30:02 +0900

Final-Recipient: rfc822; legal-korea@x.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.x.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-korea@x.com>: Recipient address
    rejected: User unknown

--b372-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@x.com
Subject: Removal request KCSC-240904-02
Message-ID: <req-KCSC-240904-02@kcsc.example>
Date: Wed, 4 Sep 2024 11:30:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove or withhold the following posts, which publish personal data:
{X1}
{X2}
{X3}
{X4}

--b372-dsn--
"""
case(
    name="dsn-bounce-x-legal",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Wed, 4 Sep 2024 11:30:04 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown)",
    why="a bounce carrying our own request; no statement",
    items={X1: "pending", X2: "pending", X3: "pending", X4: "pending"},
)

MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="b372-mdn"

--b372-mdn
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal-kr@google.com at 05/09/2024 09:40.

This receipt verifies that the message has been displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--b372-mdn
Content-Type: message/disposition-notification

Reporting-UA: legal-kr.google.com; Mail client
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-KCSC-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b372-mdn--
"""
case(
    name="yt-mdn-read-receipt",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    date="Fri, 6 Sep 2024 10:02:18 +0900",
    subject="Read: [KCSC-240905-03] YouTube legal request",
    reply_to_req=req("KCSC-240905-03"),
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook-style read receipt (MDN)",
    why="a read receipt says nothing about the content",
    items={},
)

case(
    name="tg-case-receipt",
    **{"from": "abuse@telegram.org"},
    date="Fri, 6 Sep 2024 05:30:44 +0000",
    subject="Re: KCSC-240906-04 Case #4410871",
    reply_to_req=req("KCSC-240906-04"),
    body="""Hello,

Thank you for your report. Case #4410871 has been opened for your request KCSC-240906-04.

Our moderators will review the reported material and may contact you if more information is needed.

Telegram Abuse Team""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse desk case receipt",
    why="pure receipt: case opened, review promised",
    items={},
)

case(
    name="tiktok-receipt-echoing-urls",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Tue, 10 Sep 2024 07:05:12 +0000",
    subject="We've received your request (KCSC-240910-06)",
    reply_to_req=req("KCSC-240910-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Thanks for contacting TikTok.

We've received your request and our team will review it. You'll get an email from us when the review is complete.

Request summary
Reference: KCSC-240910-06
Reported URLs:
{TT1}
{TT2}
Status: Received

Please don't reply to this email.""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok web-form submission receipt echoing the report",
    why="automatic receipt echoing the reported URLs with 'Status: Received'",
    items={TT1: "pending", TT2: "pending"},
)

case(
    name="meta-unmonitored-inbox",
    **{"from": "noreply@facebook.com"},
    name_from="Facebook",
    date="Wed, 11 Sep 2024 04:02:09 +0000",
    subject="Re: KCSC-240911-07 - Content restriction request",
    reply_to_req=req("KCSC-240911-07"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automated reply. This email address is not monitored, and your message has not been reviewed.

Government agencies can submit requests to restrict content through our online request system at https://www.facebook.com/records/login/ .

Facebook""",
    outcome="ignored", classification="auto_reply",
    imitates="Facebook unmonitored-address auto-reply",
    why="automatic reply pointing to the request portal; the portal link is no item",
    items={},
)


HEADER = """# Blind set 372 (tests/corpus/blind372/): what a program gets wrong.
# Generated by make.py from its case list; expected results were written
# from each email's meaning before any run of the reader."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind372", HEADER, CASES)


if __name__ == "__main__":
    main()
