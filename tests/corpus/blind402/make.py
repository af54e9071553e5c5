#!/usr/bin/env python3
"""Blind set 402: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
and a note that disagree (or only seem to), statuses given by position.

    python3 tests/corpus/blind402/make.py

writes requests.csv, cases/*.eml and expected.toml. Deterministic. All
names, channels, ids and URLs are invented; every email is written in our
own sentences in the manner of the notice named in its `imitates` field.
The expected results were written from each email's meaning before the
reader was ever run on them.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------

R_YT = "KCSC-240903-01"   # youtube, 12 items (largest)
R_X = "KCSC-240904-02"    # x, 4 items
R_TG = "KCSC-240905-03"   # telegram, 3 items
R_NV = "KCSC-240905-04"   # naver, 5 items
R_KK = "KCSC-240906-05"   # kakao, 3 items
R_TT = "KCSC-240909-06"   # tiktok, 1 item
R_YT2 = "KCSC-240909-07"  # youtube, 2 items

Y = {
    1: "https://www.youtube.com/watch?v=qT7mZr2LkPa",
    2: "https://www.youtube.com/watch?v=Hc0vN4eWdXs",
    3: "https://www.youtube.com/watch?v=b9JpKe3uRtY",
    4: "https://www.youtube.com/watch?v=L2wQx8sMnFo",
    5: "https://www.youtube.com/watch?v=zE5rTgU1iKc",
    6: "https://www.youtube.com/watch?v=pM4dYh7aWqB",
    7: "https://www.youtube.com/shorts/Vn3kR8cJ2xE",
    8: "https://www.youtube.com/shorts/gA6uPw0eLzT",
    9: "https://www.youtube.com/watch?v=Xr1oB5nFhQm",
    10: "https://www.youtube.com/watch?v=eK8sD2vGyJu",
    11: "https://www.youtube.com/@hanbitsignal",
    12: "https://www.youtube.com/watch?v=Wd7hC3tNpRa",
}
X = {
    1: "https://x.com/moonpeak_lab/status/1830412298765432101",
    2: "https://x.com/moonpeak_lab/status/1830419904411120355",
    3: "https://x.com/bluegate_kr/status/1831002746629918720",
    4: "https://x.com/bluegate_kr",
}
T = {
    1: "https://t.me/sunrise_parcel/418",
    2: "https://t.me/sunrise_parcel/422",
    3: "https://t.me/grey_lantern_chat/9051",
}
N = {
    1: "https://blog.naver.com/deepcoral77/223561044812",
    2: "https://blog.naver.com/deepcoral77/223561102937",
    3: "https://cafe.naver.com/quietmarket24/18830",
    4: "https://cafe.naver.com/quietmarket24/18852",
    5: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=472615503",
}
K1_RAW = "https://rivermoss.tistory.com/entry/오늘의-거래-안내"
K = {
    1: "https://rivermoss.tistory.com/entry/" + quote("오늘의-거래-안내"),
    2: "https://rivermoss.tistory.com/57",
    3: "https://cafe.daum.net/nightferry/Ab3k/1204",
}
TT1 = "https://www.tiktok.com/@glowpin_daily/video/7410355218840061217"
Z = {
    1: "https://www.youtube.com/watch?v=Fo2mQ9kLsVd",
    2: "https://www.youtube.com/watch?v=uJ6eN1rTxBc",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R_YT, "youtube", "2024-09-03", "2024-09-10", [Y[i] for i in range(1, 13)], "illegal_gambling",
     "largest request of the set"),
    (R_X, "x", "2024-09-04", "2024-09-11", [X[i] for i in range(1, 5)], "defamation", ""),
    (R_TG, "telegram", "2024-09-05", "2024-09-12", [T[i] for i in range(1, 4)], "drugs", ""),
    (R_NV, "naver", "2024-09-05", "2024-09-12", [N[i] for i in range(1, 6)], "privacy", ""),
    (R_KK, "kakao", "2024-09-06", "2024-09-13", [K[i] for i in range(1, 4)], "illegal_trade",
     "K1 has a Korean path"),
    (R_TT, "tiktok", "2024-09-09", "2024-09-16", [TT1], "fraud", ""),
    (R_YT2, "youtube", "2024-09-09", "2024-09-16", [Z[1], Z[2]], "fraud", ""),
]


def msgid(ref):
    return f"request.{ref}.1@kcsc.example"


def thread(ref):
    return f"request.{ref}.1"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------

def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mixed_with_csv(boundary, body, csv_text, filename, body_cte="8bit"):
    body_enc = b64(body) if body_cte == "base64" else body.strip("\n")
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: {body_cte}

{body_enc}

--{boundary}
Content-Type: text/csv; charset=utf-8; name="{filename}"
Content-Disposition: attachment; filename="{filename}"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--{boundary}--
"""


def alternative(boundary, plain, html, cte="quoted-printable"):
    enc = qp if cte == "quoted-printable" else b64
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: {cte}

{enc(plain.strip(chr(10)) + chr(10))}
--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: {cte}

{enc(html.strip(chr(10)) + chr(10))}
--{boundary}--
"""


def single(body, cte, ctype="plain"):
    enc = qp if cte == "quoted-printable" else b64
    return f"""Content-Type: text/{ctype}; charset=utf-8
Content-Transfer-Encoding: {cte}

{enc(body.strip(chr(10)) + chr(10))}
"""


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

YT_FROM = "legal-noreply@google.com"
YT_NAME = "Google Legal Support"
X_FROM = "legal-support@x.com"
TG_FROM = "abuse@telegram.org"
NV_FROM = "policy@navercorp.com"
KK_FROM = "safety@kakaocorp.com"
TT_FROM = "legal-kr@tiktok.com"

CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- applied

case(
    name="yt-one-sentence-three-outcomes",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Tue, 10 Sep 2024 16:42:10 +0900",
    subject=f"Re: [{R_YT}] Request to remove content - partial outcome",
    reply_to_req=thread(R_YT),
    body=f"""
Hello,

Thank you for your notice regarding {R_YT}.

Following review by our legal team, we removed {Y[1]} globally for violating our harassment and cyberbullying policy, blocked {Y[2]} from view in South Korea on the basis of local law, and decided to leave {Y[3]} up because it does not violate our Community Guidelines and we did not find it unlawful as reported.

We are still reviewing the remaining URLs in your notice and will write again once we have decided on them.

More about how we handle government requests:
https://support.google.com/transparencyreport/answer/7347743

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome email (government request, per-URL decision)",
    why="one sentence carries three outcomes: removed globally, blocked in Korea, left up as not violating",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="x-not-removed-but-withheld",
    **{"from": X_FROM}, name_from="X Legal",
    date="Wed, 11 Sep 2024 09:05:44 +0900",
    subject=f"Re: Legal request {R_X}",
    reply_to_req=thread(R_X),
    body=f"""
Hello,

We have reviewed the reported posts (your reference {R_X}).

The post {X[1]} was not removed from X, as it does not violate the X Rules; however, it has been withheld in South Korea in response to your legal demand, and users there now see a notice in its place.

{X[2]} - we were unable to identify a violation of the X Rules or of the Korean law you cited, and we will not be taking action on it.

The account holders have been notified in line with our user notice policy.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld-content notice to a requester (legal demand outcome)",
    why="'was not removed ... however, it has been withheld in South Korea' is a restriction; the second post is refused with a reason",
    items={X[1]: "restricted", X[2]: "rejected"},
)

case(
    name="tg-correction-author-deleted",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 21:13:02 +0900",
    subject=f"Re: {R_TG} content report",
    reply_to_req=thread(R_TG),
    body=f"""
Hello,

Thank you for your report.

The post {T[2]} has been blocked and is no longer accessible on Telegram.

Our moderators also marked {T[1]} as blocked in our first pass. Correction after a second check: that post had already been deleted by the channel owner before we acted, so there was nothing left for us to block.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (short per-link outcome)",
    why="T1 'marked as blocked' is revised by the next sentence: deleted by its owner before action, so not_found",
    items={T[2]: "removed", T[1]: "not_found"},
)

case(
    name="yt-numbered-echo-status-by-number",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Wed, 11 Sep 2024 11:20:31 +0900",
    subject=f"[{R_YT}] Outcome of your legal request (5 URLs)",
    body=f"""
Hi,

We have completed our review of the following URLs from your request {R_YT}:

1. {Y[1]}
2. {Y[2]}
3. {Y[3]}
4. {Y[4]}
5. {Y[5]}

Outcome:
- Items 1, 2 and 5: removed for violating our Community Guidelines.
- Item 3: age-restricted. It is no longer available to viewers who are signed out or under 18.
- Item 4: no action. We reviewed this video against our policies and the applicable local law and found no violation.

If new information becomes available, you are welcome to submit a new request.

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removal outcome listing the submitted URLs and then decisions by number",
    why="statuses by position: the email numbers its own list of URLs and gives outcomes per number",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected", Y[5]: "removed"},
)

case(
    name="yt-hedge-in-relative-clause",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Thu, 12 Sep 2024 10:02:55 +0900",
    subject=f"Update on {R_YT}",
    reply_to_req=thread(R_YT),
    body=f"""
Hello,

An update on {R_YT}:

The video at {Y[4]}, which may also have been re-uploaded to other channels, has been removed for violating our policy on harmful and dangerous content. If you find copies, please report each one separately.

The video at {Y[6]}, which our automated systems might have flagged before your notice, is now blocked for viewers in South Korea under local law.

{Y[5]} appears to have been set to private by the uploader since your notice; we are confirming whether it can still be reached and will let you know.

Kind regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team follow-up email with per-video outcomes",
    why="the hedges sit in relative clauses about other things; the main clauses state removal and a Korean block; Y5 is only 'appears' and still being confirmed",
    items={Y[4]: "removed", Y[6]: "restricted", Y[5]: "pending"},
)

case(
    name="x-refusal-reason-and-suspension",
    **{"from": X_FROM}, name_from="X Legal",
    date="Thu, 12 Sep 2024 02:48:19 +0900",
    subject=f"Your request {R_X}",
    reply_to_req=thread(R_X),
    body=f"""
Hello,

Re: {R_X}

We reviewed {X[3]}. The post is commentary on a publicly reported court case, and we did not find that it breaks the X Rules or the law cited in your request. For that reason we are declining to take action, and the post remains available.

The account {X[4]} has been permanently suspended for repeated violations of our rules on platform manipulation and spam.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply declining one item with reasons and reporting an account suspension",
    why="a refusal with its reason (rejected) and an account suspension (removed: made unavailable)",
    items={X[3]: "rejected", X[4]: "removed"},
)

case(
    name="tiktok-one-item-general-statement",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Fri, 13 Sep 2024 18:31:07 +0900",
    subject=f"Your report {R_TT}: outcome",
    reply_to_req=thread(R_TT),
    body=f"""
Hi,

Thanks for contacting TikTok. We reviewed the content you reported under {R_TT} and found that it violates our Community Guidelines. The content has been removed.

You can learn more about our rules at https://www.tiktok.com/community-guidelines

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email ('we removed the content you reported')",
    why="a statement naming no URL, for a request of one item: applies to that item",
    items={TT1: "removed"},
)

case(
    name="kakao-three-statuses-one-sentence",
    **{"from": KK_FROM}, name_from="카카오 안전팀",
    date="Wed, 11 Sep 2024 15:10:40 +0900",
    subject=f"[Kakao] 시정요구({R_KK}) 처리 결과 안내",
    reply_to_req=thread(R_KK),
    body=f"""
안녕하세요, 카카오 안전팀입니다.

방송통신심의위원회에서 요청하신 {R_KK} 건에 대한 조치 결과를 안내드립니다.

요청하신 게시물 중 <{K1_RAW}>은 삭제 조치하였고, <{K[2]}>은 국내 접속 차단하였으며, <{K[3]}>는 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
카카오 안전팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 notice (Kakao/Daum)",
    why="one Korean sentence: 삭제 (removed), 국내 접속 차단 (restricted), 작성자가 이미 삭제 (not_found); raw Korean path in angle brackets followed by a particle",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "not_found"},
)

case(
    name="tg-grouped-lists-urls-below",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 04:55:12 +0900",
    subject=f"Re: {R_TG}",
    reply_to_req=thread(R_TG),
    body=f"""
Hello,

Following your report ({R_TG}), here is what we did.

The following messages were blocked for violating Telegram's Terms of Service:
{T[1]}
{T[2]}

The following link could not be found. The message does not exist or was deleted before our review:
{T[3]}

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply grouping links under outcome headings",
    why="statements above, URLs on the lines below each heading",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

NV_CSV = f"""번호,URL,처리결과,사유
1,{N[1]},게시중단,불법정보
2,{N[2]},임시조치,권리침해 주장(30일)
3,{N[3]},게시물 없음,작성자 삭제
4,{N[4]},조치 불가,위법성 확인 불가
5,"{N[5]}",블라인드,운영정책 위반
"""

case(
    name="naver-csv-attachment",
    **{"from": NV_FROM}, name_from="NAVER 게시중단 담당",
    date="Thu, 12 Sep 2024 14:03:27 +0900",
    subject=f"[NAVER] {R_NV} 처리 결과 송부",
    reply_to_req=thread(R_NV),
    raw_mime=mixed_with_csv(
        "=_nv402_csv",
        f"""안녕하세요. 네이버 게시중단 담당자입니다.

요청번호 {R_NV} 에 대한 처리 결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

감사합니다.
""",
        NV_CSV, "result_KCSC-240905-04.csv"),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 처리결과 sent as a CSV attachment",
    why="CSV rows: 게시중단, 임시조치, 게시물 없음(작성자 삭제), 조치 불가(위법성 확인 불가), 블라인드",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "rejected", N[5]: "removed"},
)

YT_TABLE_HTML = f"""<html><body>
<p>Hello,</p>
<p>Please find below the outcome for part of your request {R_YT}.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{Y[6]}</td><td>Removed - Community Guidelines</td></tr>
<tr><td>{Y[7]}</td><td>Blocked in KR (local law)</td></tr>
<tr><td>{Y[8]}</td><td>No action - not in violation</td></tr>
<tr><td>{Y[9]}</td><td>Removed</td></tr>
<tr><td>{Y[10]}</td><td>Unavailable - deleted by the uploader before our review</td></tr>
</table>
<p>Google Legal Support</p>
</body></html>"""

case(
    name="yt-html-table",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Fri, 13 Sep 2024 09:44:00 +0900",
    subject=f"[{R_YT}] Outcome table",
    reply_to_req=thread(R_YT),
    raw_mime=alternative(
        "=_yt402_tbl",
        f"""Hello,

Please find below the outcome for part of your request {R_YT}.

{Y[6]}  Removed - Community Guidelines
{Y[7]}  Blocked in KR (local law)
{Y[8]}  No action - not in violation
{Y[9]}  Removed
{Y[10]}  Unavailable - deleted by the uploader before our review

Google Legal Support
""", YT_TABLE_HTML),
    outcome="applied", classification="confirmation",
    imitates="Google legal outcome email with an HTML result table",
    why="table rows: removed, blocked in KR, no action, removed, deleted by uploader before review (not_found)",
    items={Y[6]: "removed", Y[7]: "restricted", Y[8]: "rejected", Y[9]: "removed", Y[10]: "not_found"},
)

case(
    name="x-top-posted-gmail-quote",
    **{"from": "dana.park@x.com"}, name_from="Dana Park",
    date="Fri, 13 Sep 2024 07:12:45 +0900",
    subject=f"Re: [{R_X}] Request to remove illegal content",
    reply_to_req=thread(R_X),
    body=f"""
Hi,

Update: {X[1]} is now withheld in Korea. We're leaving {X[2]} up, as it doesn't break our rules.

Thanks,
Dana
X Legal

On Wed, Sep 4, 2024 at 10:15 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under request {R_X} we ask you to remove the following items:
> 1. {X[1]}
> 2. {X[2]}
> 3. {X[3]}
> 4. {X[4]}
>
> Please remove them and confirm within 7 days.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal staff reply top-posted over a Gmail-quoted request",
    why="two statements in the reply; the quoted request's other URLs say nothing",
    items={X[1]: "restricted", X[2]: "rejected", X[3]: "pending", X[4]: "pending"},
)

case(
    name="yt-outlook-quote-youtu-be",
    **{"from": "minji.seo@google.com"}, name_from="Minji Seo",
    date="Sat, 14 Sep 2024 11:30:09 +0900",
    subject=f"RE: {R_YT2} removal request",
    reply_to_req=thread(R_YT2),
    body=f"""
Dear KCSC team,

Please see our decisions below.

The video https://youtu.be/Fo2mQ9kLsVd has been taken down for violating our spam, deceptive practices and scams policy.
{Z[2]} is now restricted in South Korea; it remains available elsewhere.

Kind regards,
Minji
YouTube Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 3:02 PM
To: legal-kr@google.com
Subject: {R_YT2} removal request

Please remove:
{Z[1]}
{Z[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal operations reply in Outlook style over the original request",
    why="a youtu.be short link for the first video (same video id), a Korean restriction for the second",
    items={Z[1]: "removed", Z[2]: "restricted"},
)

case(
    name="tg-not-missing-refused-news",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 03:27:50 +0900",
    subject=f"Re: {R_TG} - follow-up",
    reply_to_req=thread(R_TG),
    body=f"""
Hello again,

Contrary to our earlier message, the post {T[3]} is not missing; it is online and we have now reviewed it. It reposts a news article and does not violate our Terms of Service, so we will not remove it.

{T[1]} has been taken down.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk follow-up correcting an earlier reply",
    why="'is not missing' negates not_found; the post is refused with a reason (rejected); T1 taken down",
    items={T[3]: "rejected", T[1]: "removed"},
)

case(
    name="naver-korean-prose-one-still-reviewed",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 17:25:14 +0900",
    subject=f"[네이버] 게시중단 요청({R_NV}) 처리 안내",
    reply_to_req=thread(R_NV),
    body=f"""
안녕하세요. 네이버 고객센터입니다.
요청번호 {R_NV} 관련하여 안내드립니다.

{N[1]} 게시물은 게시중단 조치되었습니다.
{N[2]} 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.
{N[4]} 게시물은 위법 여부 판단이 어려워 현재 추가 검토 중이며, 결과가 나오는 대로 다시 알려드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 처리 안내 email",
    why="게시중단 (removed), 임시조치 (restricted), 추가 검토 중 (pending)",
    items={N[1]: "removed", N[2]: "restricted", N[4]: "pending"},
)

case(
    name="yt-url-on-line-below-statement",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Mon, 16 Sep 2024 13:50:33 +0900",
    subject=f"Re: [{R_YT}] channel and video",
    reply_to_req=thread(R_YT),
    body=f"""
Hello,

The following channel has been terminated for severe violations of our Community Guidelines:
{Y[11]}

We reviewed the following video and did not find that it violates our policies or the local law cited. It will stay up:
{Y[12]}

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice and a decline, URLs on the line below",
    why="channel terminated (removed); video reviewed, no violation, stays up (rejected)",
    items={Y[11]: "removed", Y[12]: "rejected"},
)

KK_QP = f"""안녕하세요. 다음 카페 운영팀입니다.
{R_KK} 요청 건 처리 결과입니다.

1) {K[3]}
 → 운영정책 위반으로 블라인드 처리되었습니다.
2) {K[2]}
 → 티스토리 운영팀 확인 후 비공개 처리되었습니다.

추가 문의는 이 메일에 회신 주시기 바랍니다.
"""

case(
    name="kakao-qp-blind-and-private",
    **{"from": "cafe_admin@daum.net"}, name_from="Daum 카페 운영팀",
    date="Thu, 12 Sep 2024 10:15:00 +0900",
    subject=f"Re: {R_KK} 처리 결과",
    reply_to_req=thread(R_KK),
    raw_mime=single(KK_QP, "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 처리 notice, quoted-printable",
    why="블라인드 and 비공개 처리 are both removals; status on the line below each URL",
    items={K[3]: "removed", K[2]: "removed"},
)

case(
    name="naver-fullwidth-punctuation",
    **{"from": "kin_admin@navercorp.com"}, name_from="네이버 지식iN 운영팀",
    date="Fri, 13 Sep 2024 16:08:21 +0900",
    subject=f"[네이버 지식iN] {R_NV} 관련 조치 안내",
    reply_to_req=thread(R_NV),
    body=f"""
안녕하세요, 네이버 지식iN 운영팀입니다.

{N[5]}（지식iN 질문）은 운영원칙 위반으로 운영자 삭제 처리하였습니다。
{N[3]}、이 게시글은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 운영자 삭제 notice",
    why="URLs followed directly by full-width punctuation; 운영자 삭제 (removed), 작성자가 이미 삭제 (not_found)",
    items={N[5]: "removed", N[3]: "not_found"},
)

case(
    name="tg-negations-geo-and-refusal",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 22:40:03 +0900",
    subject=f"Re: {R_TG}",
    reply_to_req=thread(R_TG),
    body=f"""
Hello,

Regarding {R_TG}:

{T[2]} has not been removed from Telegram; instead, it has been made unavailable to users in South Korea.

We did not find anything in {T[1]} that breaks our Terms of Service or the law you cited, so we are not taking it down.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a country block and a refusal",
    why="'has not been removed ... made unavailable to users in South Korea' is restricted; 'not taking it down' with a reason is rejected",
    items={T[2]: "restricted", T[1]: "rejected"},
)

YT_QUOTE = "\n".join("> " + Y[i] for i in range(1, 13))
case(
    name="yt-gmail-top-post-mixed",
    **{"from": "jiho.lim@google.com"}, name_from="Jiho Lim",
    date="Sun, 15 Sep 2024 20:01:48 +0900",
    subject=f"Re: {R_YT}: request to remove 12 items",
    reply_to_req=thread(R_YT),
    body=f"""
Hi KCSC team,

Quick update on three of the links:
{Y[7]} - removed
{Y[8]} - age-restricted
{Y[9]} - we could not find this video; the ID does not exist on YouTube.

The others are still with the team.

Jiho

On Tue, Sep 3, 2024 at 11:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
> {R_YT}: please remove the following 12 items within 7 days.
{YT_QUOTE}
>
> KCSC
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube staff top-posted Gmail reply with one-line outcomes",
    why="three statuses after dashes; 'the others are still with the team' and the quoted request change nothing",
    items={Y[7]: "removed", Y[8]: "restricted", Y[9]: "not_found", Y[1]: "pending", Y[12]: "pending"},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "dsa-notices@x.com"}, name_from="X",
    date="Mon, 16 Sep 2024 05:33:17 +0900",
    subject=f"Statement of reasons - {R_X}",
    body=f"""
Statement of reasons

Your reference: {R_X}
Content: {X[2]}
Decision: visibility of the content restricted in the territory of the Republic of Korea (country withheld)
Facts relied on: notice submitted by the Korea Communications Standards Commission
Ground: the content was considered illegal under the law of the Republic of Korea. It was not found incompatible with the X Rules and therefore remains visible outside Korea.
Automated means used in the decision: no

Redress: the account holder may appeal this decision through our help centre.

X
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (X country withheld)",
    why="structured decision field: restricted in Korea; 'not found incompatible with the X Rules' is no refusal",
    items={X[2]: "restricted"},
)

case(
    name="naver-by-position-over-quoted-request",
    **{"from": NV_FROM}, name_from="NAVER 게시중단 담당",
    date="Mon, 16 Sep 2024 10:45:52 +0900",
    subject=f"RE: [{R_NV}] 불법정보 삭제 요청",
    reply_to_req=thread(R_NV),
    body=f"""
안녕하세요. 네이버 게시중단 담당입니다.

요청하신 5건에 대한 처리 결과입니다.
1, 2번: 게시중단
3번: 이미 삭제된 게시물로 확인됨
4번: 위반 사항이 확인되지 않아 게시 유지
5번: 임시조치

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-05 (목) 10:20:11
Subject: [{R_NV}] 불법정보 삭제 요청

아래 게시물의 삭제를 요청합니다.
1. {N[1]}
2. {N[2]}
3. {N[3]}
4. {N[4]}
5. {N[5]}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리결과 reply giving outcomes by the numbers of the quoted request",
    why="statuses by position; the numbers refer to the regulator's own numbered list quoted below (arguable, see NOTES)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "rejected", N[5]: "restricted"},
)

YT_CSV = f"""url,decision,notes
{Y[1]},Removed,Violent extremism policy
{Y[2]},Removed,Harassment policy
{Y[3]},Restricted (KR),Blocked in South Korea on local-law grounds
{Y[4]},No action,Not in violation of Community Guidelines or local law
{Y[5]},Not found,Video ID does not exist
"""

case(
    name="yt-csv-attachment",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Tue, 17 Sep 2024 12:12:12 +0900",
    subject=f"[{R_YT}] Decisions (attachment)",
    reply_to_req=thread(R_YT),
    raw_mime=mixed_with_csv(
        "=_yt402_csv",
        f"""Hello,

Please find attached the outcome for five of the URLs in {R_YT}. One of them (row 4) was not actioned because it does not violate our policies.

Google Legal Support
""",
        YT_CSV, "KCSC-240903-01_decisions.csv", body_cte="base64"),
    outcome="applied", classification="confirmation",
    imitates="Google legal outcome with a CSV of decisions, base64 body",
    why="CSV rows removed, removed, restricted (KR), no action, not found; the body agrees with row 4",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected", Y[5]: "not_found"},
)

X_TABLE_HTML = f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome of your legal request {R_X}.</p>
<table border="1">
<tr><th>Reported content</th><th>Violates X Rules</th><th>Action taken</th></tr>
<tr><td>{X[1]}</td><td>Yes</td><td>Removed</td></tr>
<tr><td>{X[3]}</td><td>No</td><td>Withheld in South Korea</td></tr>
</table>
<p>Note: where content does not violate the X Rules but is illegal under local law, we withhold it in the country concerned only.</p>
<p>X Legal</p>
</body></html>"""

case(
    name="x-table-no-rules-violation-but-withheld",
    **{"from": X_FROM}, name_from="X Legal",
    date="Tue, 17 Sep 2024 08:20:40 +0900",
    subject=f"Re: {R_X} outcome",
    reply_to_req=thread(R_X),
    type="html",
    body=X_TABLE_HTML,
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table (rules violation column vs action column)",
    why="'Violates X Rules: No' is not a refusal; the action column says withheld in Korea, and the note explains it",
    items={X[1]: "removed", X[3]: "restricted"},
)

NV_NOTE_HTML = f"""<html><body>
<p>안녕하세요. 네이버 게시중단 담당자입니다.</p>
<p>요청번호 {R_NV} 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>게시중단</td></tr>
<tr><td>3</td><td>{N[4]}</td><td>게시중단</td></tr>
</table>
<p>※ 정정 안내: 위 표 3번 항목({N[4]})의 조치결과는 표기 오류입니다. 해당 게시물은 검토 결과 위법성이 확인되지 않아 게시중단하지 않았으며, 현재 게시 유지 중입니다.</p>
<p>감사합니다.</p>
</body></html>"""

case(
    name="naver-note-corrects-table",
    **{"from": NV_FROM}, name_from="NAVER 게시중단 담당",
    date="Wed, 18 Sep 2024 11:05:05 +0900",
    subject=f"[NAVER] {R_NV} 처리 결과 (정정)",
    reply_to_req=thread(R_NV),
    raw_mime=single(NV_NOTE_HTML, "base64", "html"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table with a 정정 (correction) note",
    why="the note explicitly corrects row 3: not taken down, no illegality found, stays up (rejected)",
    items={N[1]: "removed", N[2]: "removed", N[4]: "rejected"},
)

case(
    name="tg-ack-plus-statement",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 13:14:15 +0900",
    subject=f"Re: {R_TG} [Case #4471029]",
    reply_to_req=thread(R_TG),
    body=f"""
Hello,

We received your report and opened Case #4471029.

We have already blocked {T[1]} and {T[2]} for violating our Terms of Service. The channel owner has been warned.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram case-opened receipt that also reports action taken",
    why="an acknowledgement phrase plus unhedged statements about named items is not an acknowledgement",
    items={T[1]: "removed", T[2]: "removed"},
)

# ---------------------------------------------------------------- review

case(
    name="yt-promise-in-relative-clause",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Thu, 05 Sep 2024 15:00:41 +0900",
    subject=f"Re: [{R_YT}] Request to remove content",
    reply_to_req=thread(R_YT),
    body=f"""
Hello,

Thank you for your request {R_YT}.

Our team has verified {Y[1]} and {Y[2]}, which will be removed from YouTube within the next 24 hours once the uploader's notice period has ended. We will confirm when that is done.

Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply announcing a future removal",
    why="'has verified' is no status; the removal sits in a relative clause and is a promise",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="x-hedge-may-have-been-deleted",
    **{"from": X_FROM}, name_from="X Legal",
    date="Sat, 07 Sep 2024 06:30:00 +0900",
    subject=f"Re: Legal request {R_X}",
    reply_to_req=thread(R_X),
    body=f"""
Hi,

Regarding your request {R_X}: it looks like {X[1]} may have been deleted by the account holder after your notice was sent. We're checking our records and will confirm the final status of this and the other posts shortly.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with a hedged observation",
    why="'may have been deleted' is a hedge; nothing confirmed",
    items={X[1]: "pending"},
)

case(
    name="tg-conditional-block",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 19:19:19 +0900",
    subject=f"Re: {R_TG}",
    reply_to_req=thread(R_TG),
    body=f"""
Hello,

Thanks for your report {R_TG}. If our moderators confirm that {T[1]} and {T[2]} violate local law, they will be blocked for users in South Korea. The review is in progress.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply (conditional action)",
    why="a condition and a promise; review in progress",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="yt-bulk-all-removed",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Sun, 15 Sep 2024 09:09:09 +0900",
    subject=f"[{R_YT}] Your legal request",
    reply_to_req=thread(R_YT),
    body=f"""
Hello,

We are writing to let you know that the content you reported in your request {R_YT} has been removed from YouTube following our review.

Thank you for helping keep YouTube safe.

Google Legal Support
""",
    outcome="review", review="bulk",
    imitates="YouTube 'the content you reported has been removed' template",
    why="a statement about all the content of a 12-item request without naming any item",
    items={},
)

case(
    name="naver-bulk-korean",
    **{"from": NV_FROM}, name_from="NAVER 게시중단 담당",
    date="Mon, 09 Sep 2024 14:14:14 +0900",
    subject=f"[NAVER] {R_NV} 조치 완료",
    reply_to_req=thread(R_NV),
    body=f"""
안녕하세요. 네이버 게시중단 담당자입니다.

요청하신 {R_NV} 건의 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 조치 완료 notice (whole request)",
    why="'게시물 전체' for a 5-item request, no item named",
    items={},
)

case(
    name="x-dmarc-fail",
    **{"from": X_FROM}, name_from="X Legal",
    auth="fail",
    date="Tue, 10 Sep 2024 03:03:03 +0900",
    subject=f"Re: Legal request {R_X} - completed",
    body=f"""
Hello,

{X[1]} and {X[2]} have been removed from X.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email, failing DMARC",
    why="claims to be from x.com but dkim/spf/dmarc fail",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="tg-vendor-unknown-sender",
    **{"from": "cases@safeline-moderation.example"}, name_from="SafeLine Moderation Services",
    date="Wed, 11 Sep 2024 12:00:00 +0900",
    subject=f"{R_TG}: action taken on behalf of Telegram",
    body=f"""
Dear KCSC,

We are a trust and safety contractor handling regional reports for Telegram. Regarding {R_TG}: {T[1]} has been blocked.

SafeLine Moderation Services
""",
    outcome="review", review="unknown_sender",
    imitates="third-party moderation vendor writing on a platform's behalf",
    why="sender domain belongs to no configured platform",
    items={T[1]: "pending"},
)

case(
    name="yt-contact-change-no-claims",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    date="Thu, 12 Sep 2024 17:40:00 +0900",
    subject="Change of contact address for Korean government requests",
    body="""
Hello,

From 1 October 2024, requests from Korean government agencies should be submitted through our web form rather than by email:
https://support.google.com/legal/contact/lr_government

Requests already submitted will be processed as usual and you do not need to resend them. Our transparency report explains how we handle such requests:
https://transparencyreport.google.com/government-removals/overview

Google Legal Korea
""",
    outcome="review", review="no_claims",
    imitates="Google legal notice about a new intake channel",
    why="trusted platform mail naming no item and no request; its links are help and policy pages",
    items={},
)

TT_CONFLICT_HTML = f"""<html><body>
<h3>Report outcome</h3>
<table border="1">
<tr><td>Reference</td><td>{R_TT}</td></tr>
<tr><td>Content</td><td>{TT1}</td></tr>
<tr><td>Result</td><td>No violation found</td></tr>
<tr><td>Action</td><td>None</td></tr>
</table>
<p>We have removed the video you reported for violating our Community Guidelines.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>"""

case(
    name="tiktok-table-note-conflict",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Mon, 16 Sep 2024 22:22:22 +0900",
    subject=f"Report outcome {R_TT}",
    reply_to_req=thread(R_TT),
    type="html",
    body=TT_CONFLICT_HTML,
    outcome="review", review="conflicting_statements",
    imitates="TikTok report outcome card with a free-text paragraph",
    why="the table says no violation and no action, the paragraph says removed; nothing says which is the correction",
    items={TT1: "pending"},
)

case(
    name="tg-asks-for-more",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 08:08:08 +0900",
    subject=f"Re: {R_TG} - more information needed",
    reply_to_req=thread(R_TG),
    body=f"""
Hello,

We could not act on {T[3]} yet. This is a large public group, and we need more context to assess the message. Please send a screenshot of the content and the specific provision of Korean law it violates, and we will review it again.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse-desk request for more information",
    why="asks for screenshots and the legal provision; no status",
    items={T[3]: "pending"},
)

case(
    name="x-negated-still-under-review",
    **{"from": X_FROM}, name_from="X Legal",
    date="Mon, 09 Sep 2024 01:45:00 +0900",
    subject=f"Re: {R_X}",
    reply_to_req=thread(R_X),
    body=f"""
Hello,

Regarding {R_X}: {X[3]} has not been removed at this time. It remains under review by our legal team, and we do not yet have a decision on the account {X[4]}. We will update you as soon as the review is complete.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim status reply",
    why="'has not been removed at this time' plus 'under review' is no refusal; nothing decided",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="kakao-appears-deleted-checking",
    **{"from": KK_FROM}, name_from="카카오 안전팀",
    date="Mon, 09 Sep 2024 11:11:11 +0900",
    subject=f"[Kakao] {R_KK} 진행 상황 안내",
    reply_to_req=thread(R_KK),
    body=f"""
안녕하세요, 카카오 안전팀입니다.

요청하신 게시물 중 {K1_RAW} 게시물은 이미 삭제된 것으로 보이나, 정확한 처리 여부는 담당 부서에서 확인 중입니다. 확인되는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao 진행 상황 안내 (interim) email",
    why="'삭제된 것으로 보이나 ... 확인 중' is a hedge, not a statement",
    items={K[1]: "pending"},
)

# ---------------------------------------------------------------- ignored

case(
    name="naver-out-of-office",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우",
    date="Fri, 13 Sep 2024 08:00:02 +0900",
    subject=f"자동 회신: [{R_NV}] 불법정보 삭제 요청",
    reply_to_req=thread(R_NV),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 한지우입니다.
9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
긴급한 건은 policy@navercorp.com 으로 연락 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 자동 회신 (out-of-office) in Korean",
    why="out-of-office auto-reply",
    items={},
)

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn402"

--=_dsn402
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail.telegram.org[203.0.113.25] said: 550 5.1.1
    <dsa@telegram.org>: Recipient address rejected (in reply to RCPT TO
    command)

--=_dsn402
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 5 Sep 2024 10:31:02 +0900 (KST)

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 <dsa@telegram.org>: Recipient address rejected

--=_dsn402
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: [{R_TG}] Request to remove illegal content ({T[1]} and 2 more)
Message-ID: <{msgid(R_TG)}>
Date: Thu, 5 Sep 2024 10:31:00 +0900

--=_dsn402--
"""

case(
    name="tg-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Thu, 05 Sep 2024 10:31:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification",
    why="bounce of our own request",
    items={},
)

MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn402"

--=_mdn402
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
제목: [{R_KK}] 불법정보 시정요구
읽은 시간: 2024-09-06 (금) 16:02

--=_mdn402
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; safety@kakaocorp.com
Original-Message-ID: <{msgid(R_KK)}>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn402--
"""

case(
    name="kakao-read-receipt",
    **{"from": KK_FROM}, name_from="카카오 안전팀",
    date="Fri, 06 Sep 2024 16:02:30 +0900",
    subject=f"읽음 확인: [{R_KK}] 불법정보 시정요구",
    reply_to_req=thread(R_KK),
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (Korean mail client)",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Support",
    date="Mon, 09 Sep 2024 15:31:00 +0900",
    subject=f"We've received your report ({R_TT})",
    reply_to_req=thread(R_TT),
    body=f"""
Hi,

We've received your report. Your ticket number is 4820117395.

Our team will review the reported content and get back to you by email. You don't need to reply to this message.

Reference: {R_TT}

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

YT_ECHO = "\n".join(f"  - {Y[i]}" for i in (1, 2, 3, 4, 11))
case(
    name="yt-receipt-echoes-urls",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Tue, 03 Sep 2024 12:01:44 +0900",
    subject=f"Your legal request has been received [{R_YT}]",
    reply_to_req=thread(R_YT),
    body=f"""
Hello,

Thank you for submitting a legal removal request. This message confirms that we have received it. Below is a copy of part of what you submitted.

Reference: {R_YT}
Country: South Korea
URLs:
{YT_ECHO}

We will review the request and contact you by email. Please do not reply to this message.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform submission receipt echoing the report",
    why="pure receipt; the echoed URLs carry no status",
    items={Y[1]: "pending", Y[11]: "pending"},
)

case(
    name="naver-korean-receipt",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER",
    date="Thu, 05 Sep 2024 10:40:00 +0900",
    subject="[네이버] 게시중단 요청이 접수되었습니다",
    reply_to_req=thread(R_NV),
    body=f"""
안녕하세요. 네이버입니다.

보내주신 게시중단 요청({R_NV})이 정상적으로 접수되었습니다.
접수번호: 2024-0905-55821

처리 결과는 검토 후 이메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단 요청 접수 안내",
    why="pure acknowledgement (접수되었습니다, 접수번호)",
    items={},
)

case(
    name="x-unmonitored-auto-reply",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 10:16:20 +0900",
    subject=f"Automatic reply: [{R_X}] Request to remove illegal content",
    reply_to_req=thread(R_X),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thank you for your email. This is an automated response.

This inbox is not monitored for legal requests. Law enforcement and government agencies should submit requests through https://legal.x.com/ so that they can be tracked.

X Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="X legal mailbox automatic reply",
    why="auto-reply pointing to the intake site",
    items={},
)


HEADER = """# Blind set 402 (tests/corpus/blind402/make.py writes this file).
# Focus: what a program gets wrong (mixed statuses in one sentence, hedges
# in relative clauses, negations, refusals with reasons, revisions, table vs
# note, statuses by position). Expected results written from each email's
# meaning before any run of the reader.
"""


def encoded_word(s):
    """RFC 2047 encoded word for non-ASCII header text, as Korean mailers send it."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode(linesep="\n")


def main():
    write_requests()
    for c in CASES:
        if "name_from" in c:
            c["name_from"] = encoded_word(c["name_from"])
        c["subject"] = encoded_word(c["subject"])
    corpuslib.write_set(HERE, "blind402", HEADER, CASES)


if __name__ == "__main__":
    main()
