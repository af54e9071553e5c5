#!/usr/bin/env python3
"""Blind set 528: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
and a note that disagree, statuses given by position. Written from each
email's meaning before any run of the reader.

    python3 tests/corpus/blind528/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


# ---------------------------------------------------------------- requests
X1 = "https://x.com/lucky_spin77/status/1829304412876540011"
X2 = "https://x.com/lucky_spin77/status/1829309950123476482"
X3 = "https://x.com/betmoon_kr/status/1829412207765123584"
X4 = "https://x.com/betmoon_kr/status/1829415530098761729"
X5 = "https://x.com/casino_haru/status/1829520088412345670"
X6 = "https://x.com/casino_haru/status/1829521174433218561"
X7 = "https://x.com/toto_kingdom/status/1829633309871234561"
X8 = "https://x.com/toto_kingdom/status/1829640021187650049"
X9 = "https://x.com/jackpot_seoul/status/1829755512348890112"
X10 = "https://x.com/jackpot_seoul/status/1829760043219876353"
X11 = "https://twitter.com/slotnara/status/1829871100023456768"
X12 = "https://x.com/slotnara/status/1829873398701234177"

T1 = "https://t.me/nightpill_shop/218"
T2 = "https://t.me/nightpill_shop/231"
T3 = "https://t.me/s/icecrystal_kr/77"
T4 = "https://t.me/icecrystal_kr/95"

Y1 = "https://www.youtube.com/watch?v=Qm3vT8xLp2A"
Y2 = "https://www.youtube.com/watch?v=Zr7Kd1wPq9E"
Y3 = "https://youtu.be/bN4hYs6Tc0M"
Y4 = "https://www.youtube.com/shorts/Lp8eRw2Vx5K"
Y5 = "https://www.youtube.com/watch?v=Hc2Fm9Ua7Jd"

N1 = "https://blog.naver.com/moonlit_ko/223559010011"
N2 = "https://cafe.naver.com/slotclubkr/4471"
N3 = "https://in.naver.com/%EB%8B%AC%EB%B9%9B%EC%83%81%EC%A0%90/contents/401122"
N3_RAW = "https://in.naver.com/달빛상점/contents/401122"

K1 = "https://cafe.daum.net/toto-lounge/Ab3x/512"
K2 = "https://bluefin77.tistory.com/41"

TK1 = "https://www.tiktok.com/@moonpeach_02/video/7401122334455667788"

U1 = "https://t.me/fakeid_market/1402"
U2 = "https://t.me/fakeid_market/1419"
U3 = "https://t.me/fakeid_market_chat/88"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-51", "x", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12], "illegal_gambling",
     'batch of 12 posts, five accounts; "toto" sites, see deliberation 2024-117'),
    ("KCSC-240903-52", "telegram", "2024-09-03T11:02:00+09:00", "2024-09-10T18:00:00+09:00",
     [T1, T2, T3, T4], "drugs", "two channels, same seller"),
    ("KCSC-240904-53", "youtube", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     [Y1, Y2, Y3, Y4, Y5], "illegal_gambling", "videos and one Short, sent to legal-kr"),
    ("KCSC-240905-54", "naver", "2024-09-05T14:10:00+09:00", "2024-09-12T18:00:00+09:00",
     [N1, N2, N3], "illegal_gambling", "blog, cafe, and NAVER in page"),
    ("KCSC-240906-55", "kakao", "2024-09-06T15:25:00+09:00", "2024-09-13T18:00:00+09:00",
     [K1, K2], "illegal_gambling", "Daum cafe post, Tistory post"),
    ("KCSC-240909-56", "tiktok", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [TK1], "illegal_gambling", "single video"),
    ("KCSC-240910-57", "telegram", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00",
     [U1, U2, U3], "forged_documents", 'channel and its chat, "fake ID" sales'),
]


def mid(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def qp_part(text, ctype="text/plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{enc}")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def b64_part(text, ctype="text/plain"):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(text)}")


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; {params}boundary="{boundary}"', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


REQ_QUOTE_TG = f"""> Dear Telegram,
>
> Under our reference KCSC-240903-52 we ask you to remove the following
> messages, which offer illegal drugs for sale to users in Korea:
>
> {T1}
> {T2}
> {T3}
> {T4}
>
> Please confirm the action taken for each link.
>
> Korea Communications Standards Commission"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="x-mixed-statuses-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content plus a rules removal)",
    why="one sentence gives two posts 'withheld in the Republic of Korea' and a third 'removed'; each keeps its own status",
    **{"from": "legal-support@x.com"}, name_from="X Legal", date=d(9, 9, 12),
    subject="Re: [KCSC-240902-51] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240902-51"),
    body=f"""Hello,

Thank you for contacting X. We have reviewed your request KCSC-240902-51
under the X Rules and the local law you cited.

We have withheld {X1} and {X2} in the Republic of Korea, while {X3} was removed for violating our rules on illegal and regulated goods and services.

The remaining posts in your request are still with our team and we will
write again once we have reached a decision on them.

More about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={X1: "restricted", X2: "restricted", X3: "removed"},
)

case(
    name="x-bare-url-action-below",
    outcome="applied", classification="confirmation",
    imitates="X support reply listing each reported post with an 'Action:' line under it",
    why="status on the line below each bare URL: removed, withheld in KR, none/no violation (rejected), none/not found",
    **{"from": "legal-support@x.com"}, name_from="X Support", date=d(10, 11, 40),
    subject="Re: [KCSC-240902-51] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240902-51"),
    body=f"""Hi,

Here is the outcome for the posts in KCSC-240902-51 that our team has
finished reviewing.

{X4}
Action: removed (violation of the X Rules)

{X5}
Action: withheld in KR

{X6}
Action: none - we found no violation of the X Rules or of Korean law

{X7}
Action: none - the post could not be found; it may have been deleted by the account holder

Thanks,
X Support
""",
    items={X4: "removed", X5: "restricted", X6: "rejected", X7: "not_found"},
)

case(
    name="x-refusal-with-news-reason",
    outcome="applied", classification="confirmation",
    imitates="X legal reply that withholds one post and declines another with a stated reason",
    why="'withheld in South Korea' for one post; 'not able to take action' with a reason (news report, no violation, stays available) for the other: rejected",
    **{"from": "legal-support@x.com"}, name_from="X Legal", date=d(11, 16, 5),
    subject="Re: [KCSC-240902-51] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240902-51"),
    body=f"""Hello,

We have withheld {X9} in South Korea.

We are not able to take action on {X8}. Our review found that the post
shares a news article about a gambling prosecution and does not itself
promote or sell gambling services, so it does not violate the X Rules or the
provision you cited. The post will stay available.

Regards,
X Legal
""",
    items={X9: "restricted", X8: "rejected"},
)

case(
    name="x-later-review-overturns-first",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up correcting an earlier 'no violation' answer after a local-law review",
    why="the first sentence recalls an earlier 'did not violate ... would stay up'; the later sentence says the post is now withheld in South Korea: restricted",
    **{"from": "legal-support@x.com"}, name_from="X Legal", date=d(13, 10, 22),
    subject="Update: [KCSC-240902-51] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240902-51"),
    body=f"""Hello again,

In our reply of 6 September we told you that
{X10}
did not violate the X Rules and would stay up. Our legal team has since
looked at it again against the Korean law referenced in your request, and
the post is now withheld in South Korea.

We apologise for the confusion.

X Legal
""",
    items={X10: "restricted"},
)

case(
    name="x-not-removed-no-violation-and-removed",
    outcome="applied", classification="confirmation",
    imitates="X support reply answering two posts of one account, one declined and one removed",
    why="'was not removed: ... no violation ..., so it remains up' is a refusal with a reason (rejected); 'on the other hand, has been removed' (removed)",
    **{"from": "legal-support@x.com"}, name_from="X Support", date=d(12, 14, 3),
    subject="Re: [KCSC-240902-51] @slotnara posts",
    reply_to_req=mid("KCSC-240902-51"),
    body=f"""Hello,

{X11} was not removed: our review found no violation of the X Rules or of Korean law, so it remains up.

{X12}, on the other hand, has been removed.

X Support
""",
    items={X11: "rejected", X12: "removed"},
)

case(
    name="x-html-table-corrected-by-note",
    outcome="applied", classification="confirmation",
    imitates="X legal HTML status table exported from a case tool, with an agent's correction below",
    why="table: two rows 'Withheld in: KR', one 'No action'; the note below says that last post has since been removed and asks us to treat it as removed",
    **{"from": "legal-support@x.com"}, name_from="X Legal", date=d(12, 17, 45),
    subject="Re: [KCSC-240902-51] status of reported posts",
    reply_to_req=mid("KCSC-240902-51"),
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Please find below the status of the posts reported under KCSC-240902-51.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{X3}">{X3}</a></td><td>Withheld in: KR</td></tr>
<tr><td><a href="{X4}">{X4}</a></td><td>Withheld in: KR</td></tr>
<tr><td><a href="{X5}">{X5}</a></td><td>No action</td></tr>
</table>
<p><b>Note:</b> this table was exported from our tool on 10 September. Since then the post in the
last row (<a href="{X5}">{X5}</a>) has been removed for violating the X Rules, so please
treat it as removed rather than &quot;No action&quot;.</p>
<p>Regards,<br>X Legal</p>
</body></html>""",
    items={X3: "restricted", X4: "restricted", X5: "removed"},
)

case(
    name="tg-statuses-by-item-number",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply that numbers the reported links and answers by number",
    why="items 1 and 2 taken down (removed), item 3 could not be found (not_found), item 4 still with moderators (pending)",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(6, 20, 14),
    subject="Re: KCSC-240903-52",
    reply_to_req=mid("KCSC-240903-52"),
    body=f"""Hello,

Your report listed the following messages:

1. {T1}
2. {T2}
3. {T3}
4. {T4}

Items 1 and 2 have been taken down. Item 3 could not be found: the channel
has no message with that number. Item 4 is still being looked at by our
moderators.

Telegram Abuse Team
""",
    items={T1: "removed", T2: "removed", T3: "not_found", T4: "pending"},
)

case(
    name="tg-hedge-in-relative-clause",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply with a block and a message still under moderation",
    why="main clause 'We have blocked ... on all Telegram apps' is firm (removed) despite the 'which may already have been deleted' clause; the second post 'which appears to break' our terms is still with moderators (pending)",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support", date=d(5, 13, 51),
    subject="Re: KCSC-240903-52 drug sales",
    reply_to_req=mid("KCSC-240903-52"),
    body=f"""Hi,

Thanks for the report (KCSC-240903-52).

We have blocked {T2} on all Telegram apps; the message, which may already have been deleted by the channel admin before we acted, is no longer reachable.

The post at {T4}, which appears to break our Terms of Service, is still with the moderators and no action has been taken on it yet.

Telegram Support
""",
    items={T2: "removed", T4: "pending"},
)

case(
    name="tg-top-posted-over-quoted-request",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a Telegram moderator above our quoted request",
    why="top text: two removed, one not found; the quoted request below names all four, so the fourth stays pending",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(4, 18, 7),
    subject="Re: [KCSC-240903-52] Removal request: illegal drug sales",
    reply_to_req=mid("KCSC-240903-52"),
    body=f"""Hello,

{T1} and {T3} were removed today.
We could not find {T2} - that message number does not exist in the channel.

Regards,
Telegram Abuse Team

On Tue, 3 Sep 2024 at 11:02, KCSC Takedown <takedown@kcsc.example> wrote:
{REQ_QUOTE_TG}
""",
    items={T1: "removed", T3: "removed", T2: "not_found", T4: "pending"},
)

case(
    name="yt-legal-outcome-by-heading",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome email grouped under action headings",
    why="headings give the status of the bullets below: blocked in South Korea (restricted x2), removed globally (removed), no action with a reason (rejected)",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support", date=d(10, 8, 55),
    subject="Re: [KCSC-240904-53] Legal request regarding YouTube content",
    reply_to_req=mid("KCSC-240904-53"),
    body=f"""Hello,

Thank you for your notice. After reviewing the content you reported, we have
taken the following actions.

Blocked from view in South Korea under local law:
- {Y1}
- {Y2}

Removed globally for violating YouTube's Community Guidelines:
- {Y3}

No action taken:
- {Y4} - we did not find this Short to be unlawful in South Korea or in breach of our policies.

If you have further information about the item where we took no action,
reply to this email.

Regards,
The YouTube Legal Team
""",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed", Y4: "rejected"},
)

case(
    name="yt-qp-actioned-and-still-evaluated",
    outcome="applied", classification="confirmation",
    imitates="Google legal support short reply in quoted-printable with 'actioned under our policies'",
    why="quoted-printable body (watch?v= as =3D); two videos 'actioned under our policies' (the configured removed phrase); the third 'is still being evaluated' (pending)",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date=d(9, 15, 30),
    subject="Re: [KCSC-240904-53] Legal request regarding YouTube content",
    reply_to_req=mid("KCSC-240904-53"),
    raw_mime=qp_part(f"""Hi,

Re: KCSC-240904-53

Thank you for your patience while our specialists looked at the videos in your notice. The following content has been actioned under our policies:

{Y5}
{Y2}

The remaining video, {Y1}, is still being evaluated by our policy specialists; we will follow up once a decision has been made.

Kind regards,
Google Legal Support
"""),
    items={Y5: "removed", Y2: "removed", Y1: "pending"},
)

case(
    name="yt-csv-attachment-results",
    outcome="applied", classification="confirmation",
    imitates="Google legal reply with the per-URL decisions in an attached CSV export",
    why="CSV attachment: Blocked - KR (restricted), Removed (removed), No action / not in violation (rejected)",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date=d(11, 10, 2),
    subject="Re: [KCSC-240904-53] Legal request regarding YouTube content",
    reply_to_req=mid("KCSC-240904-53"),
    raw_mime=multipart("mixed", "=_yt53csv_0911", [
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        "Hello,\n\nThe outcome of your request KCSC-240904-53 is in the attached file.\n"
        "Videos not listed in the file are still under review.\n\nRegards,\nGoogle Legal Support\n",
        'Content-Type: text/csv; charset=utf-8; name="kcsc-240904-53_outcome.csv"\n'
        'Content-Disposition: attachment; filename="kcsc-240904-53_outcome.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        + b64("content_url,decision,detail\r\n"
              f"{Y1},Blocked - KR,Local law\r\n"
              f"{Y3},Removed,Community Guidelines\r\n"
              f'{Y5},No action,"Not in violation of local law or policy, remains available"\r\n'),
    ]),
    items={Y1: "restricted", Y3: "removed", Y5: "rejected"},
)

case(
    name="naver-three-statuses-one-sentence-ko",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre 처리 결과 안내 (게시중단, 임시조치, author-deleted) in one Korean sentence",
    why="one sentence: 게시중단 (removed), 30일간 임시조치 (restricted), 작성자가 이미 삭제하여 확인되지 않습니다 (not_found); the third URL is written with its raw Korean path and a particle",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 고객센터", date=d(9, 17, 20),
    subject="RE: [KCSC-240905-54] 불법 도박 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240905-54"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240905-54)의 처리 결과를 안내드립니다.

요청하신 게시물 중 {N1} 은 게시중단 조치하였고, {N2} 은 30일간 임시조치하였으며, {N3_RAW} 은 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
네이버 고객센터 드림
""",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

case(
    name="naver-refusal-negated-gesijungdan-ko",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team 검토 결과 회신 declining one post and blinding another",
    why="'위반되는 내용이 확인되지 않아 게시중단 조치를 하지 않았습니다' is a refusal with a reason (rejected) though it contains 게시중단; the other post 블라인드 처리 (removed)",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀", date=d(11, 14, 48),
    subject="RE: [KCSC-240905-54] 검토 결과 안내",
    reply_to_req=mid("KCSC-240905-54"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청 번호 KCSC-240905-54 관련 검토 결과를 알려드립니다.

{N2} 게시물은 검토 결과 관계 법령 및 네이버 운영정책에 위반되는 내용이 확인되지 않아 게시중단 조치를 하지 않았습니다.
다만 {N1} 게시물은 운영정책 위반으로 블라인드 처리하였습니다.

추가 자료가 있으시면 회신 부탁드립니다.
감사합니다.
""",
    items={N2: "rejected", N1: "removed"},
)

case(
    name="naver-html-table-sijeong-result-ko",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table (연번/URL/조치결과/비고)",
    why="table rows: 삭제 (removed), 임시조치 (restricted), 미조치 with 위반 사항 없음 (rejected)",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀", date=d(12, 10, 15),
    subject="[회신] 시정요구 조치결과 (KCSC-240905-54)",
    reply_to_req=mid("KCSC-240905-54"),
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>시정요구(KCSC-240905-54)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N2}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3_RAW}</a></td><td>미조치</td><td>위반 사항 없음</td></tr>
</table>
<p>감사합니다.</p>
</body></html>""",
    items={N1: "removed", N2: "restricted", N3: "rejected"},
)

case(
    name="kakao-blind-and-owner-deleted-ko",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre reply on a Daum cafe post (블라인드) and a Tistory post deleted by its owner",
    why="블라인드 처리되었습니다 (removed); 블로그 소유자가 직접 삭제하여 현재 존재하지 않는 게시물 (not_found)",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 고객센터", date=d(10, 9, 37),
    subject="RE: [KCSC-240906-55] 불법 도박 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240906-55"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

- {K1} 게시물은 카페 운영정책에 따라 블라인드 처리되었습니다.
- {K2} 은 블로그 소유자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.
""",
    items={K1: "removed", K2: "not_found"},
)

case(
    name="kakao-review-done-after-earlier-pending-ko",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations follow-up: earlier '검토 중', now 삭제",
    why="recalls the earlier '아직 검토 중' answer, then says the review finished and the post was deleted on 12 September: removed",
    **{"from": "cafe_ops@daum.net"}, name_from="Daum 카페 운영팀", date=d(12, 16, 2),
    subject="RE: [KCSC-240906-55] 추가 안내",
    reply_to_req=mid("KCSC-240906-55"),
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

9월 9일 회신에서 {K1} 게시물은 아직 검토 중이라고 안내드렸습니다.
이후 검토가 완료되어 9월 12일 해당 게시물을 삭제하였음을 알려드립니다.

감사합니다.
""",
    items={K1: "removed"},
)

case(
    name="tiktok-one-video-removed-no-url",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome reply ('We've reviewed ... and removed it')",
    why="reply in the thread of a one-item request; 'the video you reported ... removed it' names no URL but can only be that video",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust and Safety", date=d(11, 19, 26),
    subject="Re: [KCSC-240909-56] Request for removal of gambling video",
    reply_to_req=mid("KCSC-240909-56"),
    body="""Hello,

Thank you for your report. We've reviewed the video you reported in this
request and removed it for violating our Community Guidelines on gambling.

If you have any other concerns, please reply to this email.

TikTok Trust and Safety
""",
    items={TK1: "removed"},
)

case(
    name="x-angle-brackets-wrapped-url",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice to a government requester with indented URLs in angle brackets",
    why="'withheld the following posts in South Korea:' then two URLs in <...>; the second is wrapped after 'status/' inside its brackets; both restricted",
    **{"from": "legal-support@x.com"}, name_from="X Legal", date=d(10, 13, 13),
    subject="Re: [KCSC-240902-51] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240902-51"),
    body=f"""Hello,

In response to your legal request KCSC-240902-51, we have withheld the
following posts in South Korea:

  <{X7}>
  <https://x.com/toto_kingdom/status/
  1829640021187650049>

Users in South Korea who try to view these posts will see a notice that the
content has been withheld in their country.

X Legal
""",
    items={X7: "restricted", X8: "restricted"},
)

case(
    name="x-korean-particle-fullwidth-ko",
    outcome="applied", classification="confirmation",
    imitates="X Korea legal team reply in Korean (국가별 게시 보류 / 삭제)",
    why="URL followed directly by '에 대해서는' gets 열람 제한 (restricted); URL in full-width brackets '（…）은' 삭제 (removed)",
    **{"from": "legal-support@x.com"}, name_from="X 법무팀", date=d(12, 11, 31),
    subject="RE: [KCSC-240902-51] 불법 도박 게시물 조치 요청",
    reply_to_req=mid("KCSC-240902-51"),
    body=f"""안녕하세요. X 법무팀입니다. 요청번호 KCSC-240902-51 관련 안내드립니다.

{X9}에 대해서는 대한민국 내 열람 제한(국가별 게시 보류)을 적용했습니다.
또한 해당 계정의 다른 게시물（{X10}）은 X 규칙 위반으로 삭제되었습니다。

감사합니다.
""",
    items={X9: "restricted", X10: "removed"},
)

case(
    name="tg-base64-taken-down-and-invalid",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply sent base64-encoded (taken down / invalid link)",
    why="base64 text body: two messages taken down (removed); the chat link 'is invalid: there is no public chat with that username' (not_found)",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support", date=d(13, 21, 4),
    subject="Re: KCSC-240910-57",
    reply_to_req=mid("KCSC-240910-57"),
    raw_mime=b64_part(f"""Hello,

Regarding KCSC-240910-57:

{U1} and {U2} have been taken down for selling forged documents, in breach of our Terms of Service.
The link {U3} is invalid: there is no public chat with that username, so there was nothing for us to act on.

Telegram Support
"""),
    items={U1: "removed", U2: "removed", U3: "not_found"},
)

case(
    name="tg-status-line-geo-and-refusal",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a 'Status:' line below each link",
    why="'Status: blocked for users in South Korea' (restricted); 'Status: no violation of Telegram's Terms found, remains available' (rejected)",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(16, 12, 19),
    subject="Re: [KCSC-240910-57] forged ID channel",
    reply_to_req=mid("KCSC-240910-57"),
    body=f"""Hello,

{U1}
Status: blocked for users in South Korea

{U2}
Status: no violation of Telegram's Terms found, remains available

Telegram Abuse Team
""",
    items={U1: "restricted", U2: "rejected"},
)

case(
    name="yt-statement-of-reasons-style",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, territorial scope, automation) from YouTube",
    why="'Decision: access to the content has been restricted in the Republic of Korea', scope Korea only: restricted; the help and appeal links are not items",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support", date=d(13, 9, 50),
    subject="Statement of reasons - KCSC-240904-53",
    reply_to_req=mid("KCSC-240904-53"),
    body=f"""Statement of reasons - KCSC-240904-53

Content: {Y4}
Decision: access to the content has been restricted in the Republic of Korea
Ground: found unlawful under the law cited in the notice (notice from a government authority)
Territorial scope: Republic of Korea only
Automated detection used: No
Automated decision: No

How we handle legal notices: https://support.google.com/youtube/answer/9990153
The uploader can appeal this decision at https://www.youtube.com/appeals/legal/kr
""",
    items={Y4: "restricted"},
)

case(
    name="x-echoed-report-then-decision-by-position",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome email that echoes 'Your report' and then gives 'Our decision'",
    why="platform's own echo lists three posts; 'the first post listed above' removed, 'the other two' withheld in South Korea (restricted)",
    **{"from": "legal-support@x.com"}, name_from="X Support", date=d(9, 18, 33),
    subject="Your report KCSC-240902-51: our decision",
    reply_to_req=mid("KCSC-240902-51"),
    body=f"""Your report
-----------
Reference: KCSC-240902-51
Reported posts:
  {X1}
  {X2}
  {X3}
Reason given: promotion of unlicensed online gambling

Our decision
------------
We removed the first post listed above for violating the X Rules. The other
two have been withheld in South Korea.

X Support
""",
    items={X1: "removed", X2: "restricted", X3: "restricted"},
)

case(
    name="yt-correction-removed-was-geo-block",
    outcome="applied", classification="confirmation",
    imitates="Google legal support correction of an earlier reply ('That was an error on our side')",
    why="quotes its own earlier claim 'had been removed', then corrects it: blocked in South Korea only and available elsewhere: restricted",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date=d(13, 15, 12),
    subject="Correction: [KCSC-240904-53] Legal request regarding YouTube content",
    reply_to_req=mid("KCSC-240904-53"),
    body=f"""Hello,

Following up on our message of 11 September: we wrote there that
{Y3} had been removed.

That was an error on our side. The video has been blocked in South Korea
only and remains available in other countries.

Apologies for any inconvenience.
Google Legal Support
""",
    items={Y3: "restricted"},
)

case(
    name="x-did-not-remove-but-withheld-both",
    outcome="applied", classification="confirmation",
    imitates="X legal reply: no rules violation, but country withheld under local law",
    why="'We did not remove ... as neither breaks the X Rules; however, both have been withheld in South Korea': restricted, not rejected",
    **{"from": "legal-support@x.com"}, name_from="X Legal", date=d(11, 12, 40),
    subject="Re: [KCSC-240902-51] @casino_haru",
    reply_to_req=mid("KCSC-240902-51"),
    body=f"""Hello,

We did not remove {X5} or {X6}, as neither breaks the X Rules; however, both have been withheld in South Korea under local law.

X Legal
""",
    items={X5: "restricted", X6: "restricted"},
)

case(
    name="yt-age-restricted-and-uploader-deleted",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply: age restriction instead of removal; another video deleted by its uploader",
    why="'We have not removed ...' then 'placed an age restriction on it' (restricted); the other 'was deleted by its uploader before our review' (not_found)",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support", date=d(12, 9, 5),
    subject="Re: [KCSC-240904-53] Legal request regarding YouTube content",
    reply_to_req=mid("KCSC-240904-53"),
    body=f"""Hello,

We have not removed {Y3}. It does not break our Community Guidelines outright, but given its content we have placed an age restriction on it, so it can no longer be watched by signed-out viewers or viewers under 18.

{Y1}, which you also listed, was deleted by its uploader before our review, so there was nothing left for us to act on.

The YouTube Legal Team
""",
    items={Y3: "restricted", Y1: "not_found"},
)

# ================================================================ REVIEW
case(
    name="x-promise-will-withhold",
    outcome="review", review="not_understood",
    imitates="X legal escalation notice promising action after review",
    why="'will be withheld ... once that review is complete' is a promise, not a statement; the posts stay pending",
    **{"from": "legal-support@x.com"}, name_from="X Legal", date=d(3, 15, 44),
    subject="Re: [KCSC-240902-51] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240902-51"),
    body=f"""Hello,

Thank you for your request KCSC-240902-51. We have escalated it to our
legal team. {X1} and {X2} will be withheld in South Korea once that review
is complete, which normally takes three to five business days.

X Legal
""",
    items={X1: "pending", X2: "pending"},
)

case(
    name="tg-appear-to-violate-may-be-removed",
    outcome="review", review="not_understood",
    imitates="Telegram moderator reply that lists the links and hedges ('appear to', 'may be removed')",
    why="'appear to break' and 'may be removed once ... review' are a hedge and a promise: all four stay pending",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(4, 10, 28),
    subject="Re: KCSC-240903-52",
    reply_to_req=mid("KCSC-240903-52"),
    body=f"""Hello,

We looked at the messages you sent us:

{T1}
{T2}
{T3}
{T4}

These appear to break our Terms of Service and may be removed once our
moderators have completed their review. We'll let you know if we need
anything else from you.

Telegram Abuse Team
""",
    items={T1: "pending", T2: "pending", T3: "pending", T4: "pending"},
)

case(
    name="yt-all-videos-removed-bulk",
    outcome="review", review="bulk",
    imitates="Short Google legal closure note ('All of the videos listed ... have been removed')",
    why="one statement about every video of a five-item request, naming none: bulk, items stay pending",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date=d(12, 13, 0),
    subject="Re: [KCSC-240904-53] Legal request regarding YouTube content",
    reply_to_req=mid("KCSC-240904-53"),
    body="""Hello,

We have completed our review of your request KCSC-240904-53. All of the
videos listed in your request have been removed from YouTube.

Regards,
Google Legal Support
""",
    items={Y1: "pending", Y2: "pending", Y3: "pending", Y4: "pending", Y5: "pending"},
)

case(
    name="naver-dmarc-fail-deleted-ko",
    outcome="review", review="untrusted",
    imitates="NAVER 게시중단 처리 안내 arriving with failed DKIM/SPF/DMARC",
    why="from navercorp.com but authentication fails: the 삭제 statement may not change the item",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 고객센터", auth="fail", date=d(9, 22, 41),
    subject="RE: [KCSC-240905-54] 처리 결과 안내",
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 {N1} 게시물은 삭제 조치되었습니다.

감사합니다.
""",
    items={N1: "pending"},
)

case(
    name="lawfirm-says-client-deleted",
    outcome="review", review="unknown_sender",
    imitates="Letter from the account holder's law firm to the regulator",
    why="a law office (not a platform domain) says its client deleted a requested post and names our reference",
    **{"from": "jm.kim@hanbit-law.example"}, name_from="Kim Jae-min (Hanbit Law Office)", auth="none",
    date=d(11, 17, 58),
    subject="KCSC-240902-51 - account @slotnara",
    body=f"""Dear Sir or Madam,

We act for the holder of the X account @slotnara. Our client deleted the
post {X11} on 11 September and asks that your request KCSC-240902-51 be
closed as far as it concerns him.

Yours faithfully,
Kim Jae-min
Hanbit Law Office
""",
    items={X11: "pending"},
)

case(
    name="yt-says-tiktok-link-not-found",
    outcome="review", review="wrong_platform",
    imitates="Google legal reply pointing out that a link in the notice is not a YouTube URL",
    why="YouTube states it could not find a TikTok video (an item of the TikTok request): another platform's item",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date=d(10, 16, 16),
    subject="Re: [KCSC-240904-53] follow-up",
    reply_to_req=mid("KCSC-240904-53"),
    body=f"""Hello,

The link {TK1} in your last message is not a YouTube URL, so we could not find it on our service.

We will reply separately about the YouTube videos in your request.

Google Legal Support
""",
    items={TK1: "pending"},
)

case(
    name="tiktok-may-be-restricted-hedge",
    outcome="review", review="not_understood",
    imitates="TikTok support interim reply ('may be restricted in certain regions')",
    why="hedge plus 'still completing its assessment' about the one video of the request: not a statement, stays pending",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust and Safety", date=d(10, 20, 3),
    subject="Re: [KCSC-240909-56] Request for removal of gambling video",
    reply_to_req=mid("KCSC-240909-56"),
    body="""Hello,

Thanks for your patience. The video you reported may be restricted in
certain regions, depending on local law. Our team is still completing its
assessment and will come back to you.

TikTok Trust and Safety
""",
    items={TK1: "pending"},
)

case(
    name="kakao-conditional-deletion-ko",
    outcome="review", review="not_understood",
    imitates="Kakao 권리침해/게시중단 procedure notice: deletion scheduled unless the poster objects",
    why="'소명이 없을 경우 ... 삭제될 예정' is conditional and future; '임시조치 여부를 검토하고 있습니다' is under review: both pending",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 고객센터", date=d(9, 11, 9),
    subject="RE: [KCSC-240906-55] 불법 도박 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240906-55"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

{K2} 게시물은 게시자에게 통보하였으며, 게시자의 소명이 없을 경우 9월 23일에 삭제될 예정입니다.
{K1} 게시물은 임시조치 여부를 검토하고 있습니다.

결과가 나오는 대로 다시 안내드리겠습니다.
""",
    items={K2: "pending", K1: "pending"},
)

case(
    name="yt-contact-change-no-claims",
    outcome="review", review="no_claims",
    imitates="Google legal team circular about a new contact channel for Korean legal requests",
    why="trusted platform mail naming no item and no request of ours",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date=d(13, 11, 0),
    subject="Change of contact channel for legal requests from Korea",
    body="""Hello,

From 1 October 2024, please send new legal requests concerning YouTube
through our web form at https://support.google.com/legal/contact/lr_kr_gov.
This mailbox will stay open for replies on cases already under way.

Google Legal Support
""",
)

case(
    name="x-table-removed-note-still-live",
    outcome="review", review="conflicting_statements",
    imitates="X support status export pasted into an email with an agent note that contradicts it",
    why="the table says Removed for both posts; the agent's note below says both are still live and the case is re-opened: conflicting, both stay pending",
    **{"from": "legal-support@x.com"}, name_from="X Support", date=d(13, 8, 26),
    subject="Re: [KCSC-240902-51] status export",
    reply_to_req=mid("KCSC-240902-51"),
    body=f"""Report KCSC-240902-51 - status export

URL                                                     | Status
{X6}  | Removed
{X7} | Removed

Agent note: I checked both posts again this morning and they are still
live. I have re-opened the case with the enforcement team and can't yet
tell you what the final outcome will be.

X Support
""",
    items={X6: "pending", X7: "pending"},
)

case(
    name="tg-needs-legal-basis-asks-more",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse-desk request for the legal basis and the Commission's decision",
    why="asks for the law provision and a copy of the decision before acting; 'not taken any action ... yet' is no status",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(12, 19, 55),
    subject="Re: [KCSC-240910-57] forged ID channel",
    reply_to_req=mid("KCSC-240910-57"),
    body="""Hello,

Before we can act on your request KCSC-240910-57 we need more information.
Please send us:

- the provision of Korean law that each message is said to breach, and
- a copy of the Commission's decision on these messages.

We have not taken any action on the three links yet.

Telegram Abuse Team
""",
    items={U1: "pending", U2: "pending", U3: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from an X legal staff member",
    why="out-of-office auto-reply (Auto-Submitted: auto-replied) to our request",
    **{"from": "minji.park@x.com"}, name_from="Minji Park", date=d(2, 10, 31),
    subject="Automatic reply: [KCSC-240902-51] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240902-51"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until 23 September with limited access to email.
For urgent legal requests please write to legal@x.com.

Minji
""",
)

case(
    name="dsn-tiktok-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) returning our request",
    why="a bounce of our own request to TikTok; the returned message names the video but it is our text",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date=d(9, 10, 1),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "5A1C2E9B40.1725843661/mx.kcsc.example", [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.kcsc.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "<legal-korea@tiktok.com>: host mx.tiktok.com[203.0.113.25] said: 550 5.1.1\n"
        "    <legal-korea@tiktok.com>: Recipient address rejected: User unknown\n",
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n"
        "X-Postfix-Queue-ID: 5A1C2E9B40\n"
        "Arrival-Date: Mon, 9 Sep 2024 10:00:58 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; legal-korea@tiktok.com\n"
        "Action: failed\nStatus: 5.1.1\n"
        "Remote-MTA: dns; mx.tiktok.com\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <legal-korea@tiktok.com>: Recipient address\n"
        "    rejected: User unknown\n",
        "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: legal-korea@tiktok.com\n"
        "Subject: [KCSC-240909-56] Request for removal of gambling video\n"
        "Date: Mon, 9 Sep 2024 10:00:00 +0900\n"
        "Message-ID: <req.KCSC-240909-56@kcsc.example>\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Dear TikTok,\n\nUnder our reference KCSC-240909-56 we ask you to remove\n"
        f"the following video, which advertises an unlicensed betting site:\n\n{TK1}\n\n"
        "Korea Communications Standards Commission\n",
    ], params='report-type=delivery-status; '),
    items={TK1: "pending"},
)

case(
    name="naver-read-receipt-ko",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) as a disposition notification",
    why="an MDN saying our request was displayed; no statement",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀", date=d(5, 15, 2),
    subject="읽음: [KCSC-240905-54] 불법 도박 게시물 삭제 요청",
    raw_mime=multipart("report", "----=_NextPart_mdn_0905", [
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "메시지\n\n  받는 사람: policy@navercorp.com\n"
        "  제목: [KCSC-240905-54] 불법 도박 게시물 삭제 요청\n"
        "  보낸 날짜: 2024-09-05 오후 2:10\n\n"
        "이(가) 2024-09-05 오후 3:02에 읽혔습니다.\n",
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: policy@navercorp.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;policy@navercorp.com\n"
        "Original-Message-ID: <req.KCSC-240905-54@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], params='report-type=disposition-notification; '),
)

case(
    name="yt-legal-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal request receipt with a case ID",
    why="pure receipt: request received, case ID given, review promised; no item statement",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal", date=d(4, 9, 46),
    subject="[9-3301000036615] Your legal request has been received",
    reply_to_req=mid("KCSC-240904-53"),
    body="""Hello,

Thanks for contacting Google. We have received your legal request about
YouTube and assigned it case ID 9-3301000036615.

Your reference: KCSC-240904-53

We will review your request and get back to you. Please quote the case ID
above in any further correspondence.

The Google Legal Team
""",
)

case(
    name="tg-automatic-receipt",
    outcome="ignored",
    imitates="Telegram abuse mailbox automatic receipt",
    why="automatic 'your message has been received' receipt, no statement about any item",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(10, 16, 21),
    subject="Re: [KCSC-240910-57] Removal request: forged ID sales",
    reply_to_req=mid("KCSC-240910-57"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""This is an automatic reply.

Your message has been received by the Telegram abuse team and will be
processed in order. There is no need to send it again.
""",
)

case(
    name="kakao-chuseok-out-of-office-ko",
    outcome="ignored", classification="auto_reply",
    imitates="Korean [자동회신] out-of-office for the Chuseok holiday",
    why="out-of-office auto-reply from a Kakao staff member",
    **{"from": "seoyeon.lee@kakaocorp.com"}, name_from="이서연", date=d(16, 9, 12),
    subject="[자동회신] RE: [KCSC-240906-55] 불법 도박 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240906-55"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요.
9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@kakaocorp.com 으로 연락 부탁드립니다.

이서연 드림
""",
)

case(
    name="tiktok-request-received-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style '[Request received]' receipt echoing the submitted form",
    why="receipt that echoes our submission (reference, URL, description); says nothing about the video's status",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support", date=d(9, 10, 4),
    subject="[Request received] #88123415 KCSC-240909-56",
    body=f"""Hi,

We've received your request (#88123415) and a member of our team will get
back to you as soon as possible.

Here is a copy of what you sent:

Reference: KCSC-240909-56
URL: {TK1}
Description: promotion of an unlicensed betting site

You can reply to this email to add information to your request.

TikTok Support
""",
    items={TK1: "pending"},
)


HEADER = """# Blind set 528 (what a program gets wrong): written from each email's
# meaning before any run of the reader. Generated by make.py; do not edit.
"""


def encode_headers(c):
    # Real mailers send non-ASCII display names and subjects as RFC 2047
    # encoded words.
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind528", HEADER, CASES)


if __name__ == "__main__":
    main()
