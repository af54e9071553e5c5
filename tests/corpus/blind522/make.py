#!/usr/bin/env python3
"""Blind set 522 (what a program gets wrong): mixed statuses in one sentence,
hedges in relative clauses, negations, refusals with reasons, later
sentences that revise earlier ones, conflicting table and note, statuses by
position. Written from each email's meaning, before any run of the reader.

    python3 tests/corpus/blind522/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/lucky_spin77/status/1830412298765400011",
    "https://x.com/lucky_spin77/status/1830412298765400012",
    "https://x.com/jackpot_kr_bot/status/1830519934410200031",
    "https://x.com/jackpot_kr_bot/status/1830519934410200032",
    "https://x.com/betline_promo/status/1830600127733900045",
    "https://x.com/betline_promo/status/1830600127733900046",
    "https://x.com/toto_signal/status/1830688812099100057",
    "https://x.com/toto_signal/status/1830688812099100058",
    "https://x.com/casino_hana24/status/1830701155562300069",
    "https://x.com/casino_hana24/status/1830701155562300070",
    "https://x.com/slotqueen_kr/status/1830799900011100081",
    "https://x.com/slotqueen_kr",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "https://www.youtube.com/watch?v=Zr7wN1cYx5B",
    "https://www.youtube.com/shorts/Hd4sF6gJk9C",
    "https://www.youtube.com/@pillmarket_tv",
]
T = [
    "https://t.me/quietdeal_store/412",
    "https://t.me/quietdeal_store/415",
    "https://t.me/frostline_market",
]
T1 = "https://t.me/gray_pharm_kr/88"
N = [
    "https://blog.naver.com/moonlit_cafe77/223561234567",
    "https://blog.naver.com/moonlit_cafe77/223561234890",
    "https://cafe.naver.com/shadowlounge/5521",
    "https://cafe.naver.com/shadowlounge/5530",
    "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471234567",
]
D1_RAW = "https://moonriver77.tistory.com/entry/신규-가입-쿠폰-이벤트"
D1 = "https://moonriver77.tistory.com" + quote("/entry/신규-가입-쿠폰-이벤트", safe="/-")
D2 = "https://cafe.daum.net/nightsea2024/Ab3x/1187"
TT = "https://www.tiktok.com/@mellow.pills/video/7410022334455667788"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "gambling", "illegal gambling promotion, 11 posts and 1 account"),
    ("KCSC-240904-02", "youtube", "2024-09-04T14:00:00+09:00", "2024-09-11T18:00:00+09:00", Y,
     "drugs", "sale of prescription drugs; \"pill market\" channel"),
    ("KCSC-240905-03", "telegram", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", T,
     "drugs", "two posts and one channel"),
    ("KCSC-240905-04", "naver", "2024-09-05T15:20:00+09:00", "2024-09-12T18:00:00+09:00", N,
     "gambling", "blog, cafe and 지식iN, 5 items"),
    ("KCSC-240906-05", "kakao", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00", [D1, D2],
     "gambling", "Tistory entry (Korean path) and Daum cafe post"),
    ("KCSC-240909-06", "tiktok", "2024-09-09T10:10:00+09:00", "2024-09-16T18:00:00+09:00", [TT],
     "drugs", "one video"),
    ("KCSC-240909-07", "telegram", "2024-09-09T16:45:00+09:00", "2024-09-16T18:00:00+09:00", [T1],
     "drugs", "one post"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quoted_request(ref, urls, intro="Please remove or block access to the following content"):
    lines = [f"Request {ref}", "", intro + " under Article 44-7 of the", "Information and Communications Network Act:", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Korea Communications Standards Commission"]
    return lines


TG = "dsa@telegram.org"
XL = "lr-notices@x.com"
GL = "legal-support@google.com"
NV = "policy@navercorp.com"
KK = "report@kakaocorp.com"
TK = "legal-noreply@tiktok.com"

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED

case(
    name="x-withheld-and-removed-one-sentence",
    **{"from": XL}, name_from="X Legal", date="Wed, 04 Sep 2024 17:22:41 +0000",
    subject="Re: KCSC-240903-01 removal request", reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hello,

Thank you for your request KCSC-240903-01 under the Information and
Communications Network Act.

After review, we have withheld {X[0]} and {X[1]} in South Korea, while {X[2]} was removed globally for violating the X Rules on illegal gambling promotion.

We will reply separately about the other posts in your request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team country-withheld notice to a government requester",
    why="one sentence with two withheld posts and one removed post: each URL takes the verb of its own clause",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"},
)

x_list = [
    ("Withheld in KR", "restricted"),
    ("Withheld in KR", "restricted"),
    ("Removed (violation of the X Rules)", "removed"),
    ("Removed (violation of the X Rules)", "removed"),
    ("Not found: this post no longer exists", "not_found"),
    ("No action: we did not find this post to violate Korean law or the X Rules", "rejected"),
    ("Withheld in KR", "restricted"),
    ("Withheld in KR", "restricted"),
    ("Removed (violation of the X Rules)", "removed"),
    ("Could not locate: invalid status ID", "not_found"),
    ("No action: the post is a news report about a court ruling", "rejected"),
    ("Account withheld in KR", "restricted"),
]
case(
    name="x-numbered-list-twelve",
    **{"from": XL}, name_from="X Legal", date="Mon, 09 Sep 2024 08:03:10 +0000",
    subject="KCSC-240903-01 - outcome of your legal request",
    body="Hello KCSC team,\n\nPlease find below our response to request KCSC-240903-01.\n\n"
    + "\n".join(f"{i}. {u}\n   {s}" for i, (u, (s, _)) in enumerate(zip(X, x_list), 1))
    + "\n\nWithheld content stays available outside South Korea. For more on country withheld content see\nhttps://help.x.com/en/rules-and-policies/post-withheld-by-country\n\nX Legal\n",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome letter with a per-URL result list",
    why="numbered list, the result on the line under each URL; the help link is not an item",
    items={u: st for u, (_, st) in zip(X, x_list)},
)

case(
    name="x-hedge-in-relative-clause",
    **{"from": XL}, name_from="X Legal", date="Fri, 06 Sep 2024 11:40:00 +0000",
    subject="Re: KCSC-240903-01", reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hi,

Regarding your request KCSC-240903-01:

The post {X[4]}, which appears to have been deleted by the account holder before our review, has not been assessed further.

The post {X[3]} has been withheld in South Korea in response to your request.

Best,
Daniel
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations reply written by an agent",
    why="'appears to have been deleted' is a hedge in a relative clause: that post stays pending; the other is withheld",
    items={X[4]: "pending", X[3]: "restricted"},
)

case(
    name="x-correction-later-sentence",
    **{"from": XL}, name_from="X Legal", date="Sat, 07 Sep 2024 02:15:33 +0000",
    subject="Update: KCSC-240903-01",
    body=f"""Hello,

We have withheld the following posts in South Korea:
{X[5]}
{X[6]}

Correction to the list above: our Safety team informs me that {X[6]} was not withheld but removed globally, because it also breaks our rules on illegal goods and services. Please disregard the first line for that post.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with an agent's correction",
    why="a later sentence explicitly corrects an earlier one: the correction wins for that post",
    items={X[5]: "restricted", X[6]: "removed"},
)

case(
    name="yt-negation-remains-available",
    **{"from": GL}, name_from="Google Legal Support", date="Fri, 06 Sep 2024 06:51:12 -0700",
    subject="[KCSC-240904-02] Your request to YouTube",
    body=f"""Hi,

Thanks for reaching out about request KCSC-240904-02.

We did not find that {Y[0]} violates our Community Guidelines or local law, so the video remains available on YouTube. We removed {Y[1]} under our policy on sale of regulated goods.

You can read about how we handle government requests at https://support.google.com/youtube/answer/7331234.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal support outcome email to a government requester",
    why="'did not find that X violates ... remains available' is a refusal, not a removal; the next sentence removes the other video",
    items={Y[0]: "rejected", Y[1]: "removed"},
)

case(
    name="yt-html-table-four",
    **{"from": GL}, name_from="Google Legal Support", date="Tue, 10 Sep 2024 01:12:00 -0700",
    subject="Re: [KCSC-240904-02] Outcome", reply_to_req=mid("KCSC-240904-02"), type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>We have completed our review of request KCSC-240904-02. The outcome for each URL is shown below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y[0]}">{Y[0]}</a></td><td>Blocked in South Korea (local law)</td></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>Removed &ndash; Community Guidelines</td></tr>
<tr><td><a href="{Y[2]}">{Y[2]}</a></td><td>No action &ndash; not in violation</td></tr>
<tr><td><a href="{Y[3]}">{Y[3]}</a></td><td>Channel terminated</td></tr>
</table>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome table in an HTML email",
    why="HTML table, one outcome per row, four different statuses",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected", Y[3]: "removed"},
)

case(
    name="yt-table-then-note-corrects",
    **{"from": GL}, name_from="Google Legal Support", date="Wed, 11 Sep 2024 03:30:45 -0700",
    subject="[KCSC-240904-02] Outcome (corrected)", type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Here is our decision on two of the URLs in request KCSC-240904-02:</p>
<table border="1">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{Y[1]}</td><td>Removed</td></tr>
<tr><td>{Y[2]}</td><td>Removed</td></tr>
</table>
<p><b>Note:</b> the second row of the table above is wrong. That Short was not removed; it has been age-restricted and stays on YouTube for signed-in adult viewers only.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome table with an agent's note under it",
    why="the note names the table row it corrects: the Short is age-restricted, the other video removed",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="tg-statuses-by-position",
    **{"from": TG}, name_from="Telegram DSA", date="Sun, 08 Sep 2024 19:04:51 +0000",
    subject="Re: KCSC-240905-03 Request to remove content", reply_to_req=mid("KCSC-240905-03"),
    body="Hello,\n\nItems 1 and 3 from your list have been taken down. Item 2 could not be found on Telegram.\n\nRegards,\nTelegram\n\n"
    "On Thu, 5 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:\n"
    + "\n".join("> " + l if l else ">" for l in quoted_request("KCSC-240905-03", T)) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply answering by item number over the quoted request",
    why="statuses given by position in our numbered list, quoted below: 1 and 3 taken down, 2 not found",
    items={T[0]: "removed", T[1]: "not_found", T[2]: "removed"},
)

case(
    name="tg-one-item-no-url",
    **{"from": TG}, name_from="Telegram", date="Wed, 11 Sep 2024 07:20:00 +0000",
    subject="Re: KCSC-240909-07", reply_to_req=mid("KCSC-240909-07"),
    body="""Hello,

The reported content has been removed.

Thank you,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram terse abuse-desk confirmation",
    why="a statement about 'the reported content' answering a one-item request applies to that item",
    items={T1: "removed"},
)

case(
    name="tg-refusal-with-reason",
    **{"from": TG}, name_from="Telegram DSA", date="Tue, 10 Sep 2024 13:37:02 +0000",
    subject="KCSC-240905-03",
    body=f"""Hello,

We will not take action against {T[2]}. This is a public news aggregation channel and the messages we reviewed do not break Telegram's Terms of Service.

The posts {T[0]} and {T[1]} were taken down for offering illegal goods.

Telegram Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram moderation reply declining one channel with its reason",
    why="'will not take action' with a reason is a refusal (rejected), not a promise; the two posts are removed",
    items={T[2]: "rejected", T[0]: "removed", T[1]: "removed"},
)

case(
    name="naver-mixed-sentence-korean",
    **{"from": NV}, name_from="네이버 고객센터", date="Mon, 09 Sep 2024 10:05:00 +0900",
    subject="[네이버] KCSC-240905-04 게시중단 요청 처리 결과",
    body=f"""안녕하세요. 네이버 게시물 신고 담당자입니다.

방송통신심의위원회에서 요청하신 KCSC-240905-04 건 중 {N[0]}, {N[1]} 은 게시중단 조치하였으며, {N[2]} 은 작성자가 이미 삭제한 게시물로 확인되었습니다.

나머지 게시물은 현재 검토 중이며 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 mail",
    why="one Korean sentence: two posts 게시중단 (removed), one already deleted by its author (not_found); the rest under review",
    items={N[0]: "removed", N[1]: "removed", N[2]: "not_found"},
)

case(
    name="naver-text-table-five",
    **{"from": NV}, name_from="네이버 고객센터", date="Wed, 11 Sep 2024 16:44:10 +0900",
    subject="RE: [KCSC-240905-04] 시정요구 조치 결과 회신", reply_to_req=mid("KCSC-240905-04"),
    body=f"""방송통신심의위원회 담당자님께,

요청번호 KCSC-240905-04 시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.

번호 | URL | 조치 결과
1 | {N[0]} | 임시조치(30일)
2 | {N[1]} | 삭제
3 | {N[2]} | 게시물 없음
4 | {N[3]} | 조치 불가(운영정책 위반 아님)
5 | {N[4]} | 블라인드

문의 사항은 회신 주시기 바랍니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as a pipe table",
    why="text table with five Korean results: 임시조치, 삭제, 게시물 없음, 조치 불가 with reason, 블라인드",
    items={N[0]: "restricted", N[1]: "removed", N[2]: "not_found", N[3]: "rejected", N[4]: "removed"},
)

case(
    name="naver-negation-korean",
    **{"from": NV}, name_from="네이버 고객센터", date="Thu, 12 Sep 2024 09:12:30 +0900",
    subject="[네이버] KCSC-240905-04 추가 처리 결과",
    body=f"""안녕하세요, 네이버입니다.

{N[3]} 게시글은 삭제하지 않았습니다. 검토 결과 카페 운영정책 및 관련 법령에 위반되는 내용이 확인되지 않았습니다.

지식iN 질문 {N[4]} 은 비공개 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply refusing one cafe post and closing a 지식iN question",
    why="'삭제하지 않았습니다' plus the reason is a refusal (rejected); 비공개 처리 is removed",
    items={N[3]: "rejected", N[4]: "removed"},
)

case(
    name="kakao-fullwidth-brackets-particles",
    **{"from": KK}, name_from="카카오 고객센터", date="Tue, 10 Sep 2024 14:02:00 +0900",
    subject="[카카오] 요청번호 KCSC-240906-05 처리 결과 안내",
    body=f"""안녕하세요. 카카오 권리침해 신고센터입니다.

요청번호 KCSC-240906-05 처리 결과를 안내드립니다.

「{D1_RAW}」은 국내 접속 제한(임시조치) 처리되었고, {D2} 게시글은 카페 운영정책에 따라 운영자 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum/Tistory) 권리침해 신고 처리 결과 mail",
    why="raw Korean-path URL in full-width brackets followed by a particle: restricted; the cafe post 운영자 삭제: removed",
    items={D1: "restricted", D2: "removed"},
)

csv_att = "번호,URL,처리결과,비고\n" f"1,{D1},삭제,\n" f"2,{D2},게시물 없음,작성자 삭제\n"
case(
    name="kakao-csv-attachment",
    **{"from": KK}, name_from="카카오 고객센터", date="Thu, 12 Sep 2024 11:30:00 +0900",
    subject="[카카오] KCSC-240906-05 처리 결과 (첨부)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kk-522-b1"

--kk-522-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오입니다.
요청번호 KCSC-240906-05 의 처리 결과는 첨부 파일을 참고해 주시기 바랍니다.

--kk-522-b1
Content-Type: text/csv; charset=utf-8; name="KCSC-240906-05_result.csv"
Content-Disposition: attachment; filename="KCSC-240906-05_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--kk-522-b1--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao result sheet sent as a CSV attachment",
    why="CSV attachment: 삭제 (removed) and 게시물 없음 / 작성자 삭제 (not_found)",
    items={D1: "removed", D2: "not_found"},
)

case(
    name="tiktok-ticket-plus-removal",
    **{"from": TK}, name_from="TikTok Legal", date="Wed, 11 Sep 2024 05:18:00 +0000",
    subject="Your report KCSC-240909-06 [Ticket 88231047]",
    body=f"""Hello,

Thank you for your report. Your ticket number is 88231047.

We reviewed the video at <{TT}> and removed it for violating our Community Guidelines on drugs and regulated goods.

TikTok Law Enforcement Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok law enforcement outreach reply with a ticket number",
    why="a receipt phrase followed by an unhedged removal of the named video is a confirmation, not an acknowledgement",
    items={TT: "removed"},
)

x_html = f"""<html><body>
<p>Hello,</p>
<p>In response to your legal demand KCSC-240903-01, X has withheld the following content in South Korea:</p>
<ul>
<li><a href="{X[8]}">{X[8]}</a></li>
<li><a href="{X[9]}">{X[9]}</a></li>
</ul>
<p>This content remains available to users outside South Korea.</p>
<p>X Legal</p>
</body></html>
"""
case(
    name="x-base64-html-withheld",
    **{"from": XL}, name_from="X Legal", date="Thu, 05 Sep 2024 22:41:19 +0000",
    subject="X has withheld content in response to KCSC-240903-01",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(x_html)}""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice (HTML, base64)",
    why="base64 HTML list of two posts withheld in South Korea",
    items={X[8]: "restricted", X[9]: "restricted"},
)

case(
    name="yt-qp-actioned-and-declined",
    **{"from": GL}, name_from="Google Legal Support", date="Thu, 12 Sep 2024 02:09:00 -0700",
    subject="[KCSC-240904-02] Update on your request",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hello,

The following content has been actioned under our policies:
https://www.youtube.com/watch?v=3DQm3vT8kLp2A
https://www.youtube.com/wat=
ch?v=3DZr7wN1cYx5B

We've reviewed https://www.youtube.com/shorts/Hd4sF6gJk9C and determined th=
at it doesn=E2=80=99t violate our Community Guidelines or local law, so we =
won=E2=80=99t be taking action on it.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'actioned under our policies' notice, quoted-printable",
    why="QP body with a soft break inside one URL; two videos actioned (removed, configured phrase), the Short declined with its reason",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "rejected"},
)

case(
    name="x-url-below-statement",
    **{"from": XL}, name_from="X Legal", date="Sun, 08 Sep 2024 09:00:05 +0000",
    subject="Re: KCSC-240903-01", reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hello,

The following post has been removed for violating the X Rules:
{X[10]}

The following post was reviewed and found not to violate local law or the X Rules; it remains available:
{X[7]}

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply, statement line followed by the URL",
    why="each URL is on the line below its own statement: removed, then rejected",
    items={X[10]: "removed", X[7]: "rejected"},
)

outlook_q = "\n".join(quoted_request("KCSC-240905-03", T))
case(
    name="tg-top-posted-outlook",
    **{"from": TG}, name_from="Telegram DSA", date="Mon, 09 Sep 2024 12:10:00 +0000",
    subject="RE: KCSC-240905-03 Request to remove content", reply_to_req=mid("KCSC-240905-03"),
    body=f"""Hi,

{T[0]} is deleted. {T[1]} had already been deleted by the channel admins before we got to it. The channel {T[2]} is now blocked for users in South Korea.

Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
To: dsa@telegram.org
Subject: KCSC-240905-03 Request to remove content

{outlook_q}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse reply top-posted over an Outlook-quoted request",
    why="top-posted statements name each URL: deleted, already deleted by admins (not_found), blocked in South Korea (restricted); the quoted request is not a statement",
    items={T[0]: "removed", T[1]: "not_found", T[2]: "restricted"},
)

echo = "\n".join(f"   - 신고 URL {i}: {u}" for i, u in enumerate(N, 1))
case(
    name="naver-echoed-report",
    **{"from": NV}, name_from="네이버 고객센터", date="Tue, 10 Sep 2024 18:20:00 +0900",
    subject="[네이버] 신고 처리 결과 안내 (KCSC-240905-04)",
    body=f"""안녕하세요. 네이버 고객센터입니다.

■ 접수하신 신고 내용
   - 신고 번호: KCSC-240905-04
   - 신고 사유: 불법 도박 광고 게시물 삭제 요청
{echo}

■ 처리 결과
   - {N[0]} : 게시중단
   - {N[1]} : 임시조치 (30일)

그 외 게시물은 확인이 끝나는 대로 별도로 안내드리겠습니다.

네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고 처리 결과 안내 that echoes the whole report",
    why="the echoed report names all five URLs with '삭제 요청'; only the result section states: 게시중단 and 임시조치",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "pending", N[3]: "pending", N[4]: "pending"},
)

case(
    name="x-wrapped-angle-urls",
    **{"from": XL}, name_from="X Legal", date="Tue, 10 Sep 2024 07:30:00 +0000",
    subject="Re: KCSC-240903-01", reply_to_req=mid("KCSC-240903-01"),
    body="""Hello,

Post <https://x.com/casino_hana24/status/
1830701155562300069> has been removed for violating the X Rules.

We were unable to locate <https://x.com/casino_hana24/status/
1830701155562300070>; the status ID does not exist on our systems.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with angle-bracketed URLs wrapped by the mail client",
    why="URLs in angle brackets wrapped after the last slash: removed and not found",
    items={X[8]: "removed", X[9]: "not_found"},
)

case(
    name="yt-korean-fullwidth",
    **{"from": GL}, name_from="Google 법무지원팀", date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="[KCSC-240904-02] 요청 처리 결과",
    body=f"""안녕하세요. Google 법무지원팀입니다.

요청하신 동영상（{Y[0]}）은 검토 결과 대한민국 내에서 볼 수 없도록 차단하였습니다。
채널 {Y[3]}：커뮤니티 가이드 위반으로 해지되었습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language Google legal support reply",
    why="full-width brackets, colon and full stop around URLs: blocked in Korea (restricted), channel terminated (removed)",
    items={Y[0]: "restricted", Y[3]: "removed"},
)

case(
    name="naver-later-sentence-revises",
    **{"from": NV}, name_from="네이버 고객센터", date="Fri, 13 Sep 2024 13:25:00 +0900",
    subject="[네이버] KCSC-240905-04 처리 결과 정정 안내",
    body=f"""안녕하세요. 네이버 고객센터입니다.

{N[2]} 게시물은 임시조치하였고, {N[3]} 게시물은 게시중단 조치하였습니다.

정정 안내: 위에서 {N[2]} 게시물을 임시조치하였다고 말씀드렸으나, 다시 확인한 결과 해당 게시물은 신고 접수 전에 이미 작성자가 삭제한 게시물입니다. 혼선을 드려 죄송합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 정정 안내 (correction) mail",
    why="the 정정 paragraph revises the first sentence: the cafe post was already deleted by its author (not_found); the other 게시중단",
    items={N[2]: "not_found", N[3]: "removed"},
)

case(
    name="x-not-removed-but-withheld",
    **{"from": XL}, name_from="X Legal", date="Wed, 11 Sep 2024 19:02:00 +0000",
    subject="KCSC-240903-01",
    body=f"""Hello,

We have not removed {X[0]}; it has instead been withheld in South Korea, as it does not violate the X Rules but is illegal under Korean law.

{X[1]} is no longer available in any country following our review.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply contrasting withholding with removal",
    why="'have not removed ... instead withheld' is restricted, not removed nor rejected; unavailable in every country is removed",
    items={X[0]: "restricted", X[1]: "removed"},
)

case(
    name="tg-channel-blocked-everywhere-post-refused",
    **{"from": TG}, name_from="Telegram DSA", date="Thu, 12 Sep 2024 21:00:00 +0000",
    subject="Re: KCSC-240905-03", reply_to_req=mid("KCSC-240905-03"),
    body=f"""Hello,

The channel {T[2]} has been blocked on all platforms for violating our Terms of Service, but the post {T[1]}, which only links to a pharmacy licensed in the EU, breaks no rule and stays up.

Telegram Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram moderation reply with a 'but' clause",
    why="one sentence: channel blocked everywhere (removed) but the post stays up for a stated reason (rejected); the relative clause is the reason, not a hedge",
    items={T[2]: "removed", T[1]: "rejected"},
)

# ================================================================ REVIEW

case(
    name="yt-promise-will-review",
    **{"from": GL}, name_from="Google Legal Support", date="Thu, 05 Sep 2024 08:00:00 -0700",
    subject="Re: [KCSC-240904-02]", reply_to_req=mid("KCSC-240904-02"),
    body=f"""Hello,

Thank you for your patience. Our team will review {Y[0]} and {Y[1]} and will remove any content that is found to violate our policies. We'll be in touch once the review is complete.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support holding reply",
    why="only promises ('will review', 'will remove any content found to violate'): no statement, the items stay pending",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="x-hedges-only",
    **{"from": XL}, name_from="X Legal", date="Sat, 07 Sep 2024 10:10:10 +0000",
    subject="Re: KCSC-240903-01", reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hi,

It looks like {X[4]} may already have been deleted by the account holder. We are still looking at {X[5]} and will update you when we have a decision.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="a hedge ('may already have been deleted') and a pending review: nothing stated",
    items={X[4]: "pending", X[5]: "pending"},
)

case(
    name="naver-bulk-all-five",
    **{"from": NV}, name_from="네이버 고객센터", date="Mon, 09 Sep 2024 17:00:00 +0900",
    subject="RE: [KCSC-240905-04] 게시중단 요청", reply_to_req=mid("KCSC-240905-04"),
    body="""안녕하세요. 네이버입니다.

요청하신 게시물 5건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 게시중단 완료 reply",
    why="'all five posts' without naming any, for a five-item request: bulk",
    items={u: "pending" for u in N},
)

case(
    name="tg-bulk-all-reported",
    **{"from": TG}, name_from="Telegram", date="Sat, 07 Sep 2024 06:30:00 +0000",
    subject="Re: KCSC-240905-03 Request to remove content", reply_to_req=mid("KCSC-240905-03"),
    body="""Hello,

All the reported content was removed. Thank you for your report.

Telegram Support
""",
    outcome="review", review="bulk",
    imitates="Telegram terse abuse-desk confirmation for several links",
    why="'all the reported content' for a three-item request names no item: bulk",
    items={u: "pending" for u in T},
)

case(
    name="x-untrusted-dmarc-fail",
    **{"from": XL}, name_from="X Legal", date="Fri, 06 Sep 2024 04:04:04 +0000", auth="fail",
    subject="KCSC-240903-01 completed",
    body=f"""Hello,

The following posts have been removed:
{X[0]}
{X[1]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome mail, failing DMARC",
    why="x.com sender failing DKIM/SPF/DMARC: nothing applied",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="unknown-sender-channel-lawyer",
    **{"from": "office@hanbit-law.example"}, name_from="Hanbit Law Office", date="Tue, 10 Sep 2024 16:00:00 +0900",
    subject="KCSC-240905-03 - our client's response",
    body=f"""Dear Sir or Madam,

We act for the operator of the Telegram channel named in your request KCSC-240905-03. Our client has deleted the posts {T[0]} and {T[1]} of its own accord, and the channel {T[2]} has been closed.

Yours faithfully,
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from a content owner's lawyer",
    why="statements about Telegram items from a sender that is not Telegram",
    items={u: "pending" for u in T},
)

case(
    name="tiktok-table-and-note-conflict",
    **{"from": TK}, name_from="TikTok Legal", date="Fri, 13 Sep 2024 09:09:00 +0000",
    subject="Outcome of report KCSC-240909-06", type="html",
    body=f"""<html><body>
<p>Hello,</p>
<table border="1">
<tr><th>Reported content</th><th>Status</th></tr>
<tr><td>{TT}</td><td>Removed</td></tr>
</table>
<p>Note: after review, this video remains available on TikTok as it does not violate our Community Guidelines.</p>
<p>TikTok Legal</p>
</body></html>""",
    outcome="review", review="conflicting_statements",
    imitates="TikTok outcome table with a free-text note",
    why="the table says removed, the note says it stays up, neither says the other is wrong",
    items={TT: "pending"},
)

case(
    name="naver-answers-for-kakao-items",
    **{"from": NV}, name_from="네이버 고객센터", date="Mon, 09 Sep 2024 11:11:00 +0900",
    subject="RE: [KCSC-240906-05] 게시중단 요청",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 {D1_RAW} 및 {D2} 게시물은 당사(네이버)가 운영하는 서비스의 게시물이 아니므로 당사에서는 삭제할 수 없습니다. 해당 서비스 운영사인 카카오로 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply to a request sent to the wrong portal",
    why="NAVER speaking about Kakao's items: not NAVER's to state",
    items={D1: "pending", D2: "pending"},
)

case(
    name="x-no-claims-generic",
    **{"from": "support@x.com"}, name_from="X Support", date="Sun, 08 Sep 2024 23:59:00 +0000",
    subject="Your recent inquiry",
    body="""Hello,

Thanks for reaching out to X. We reviewed the reported content and took action where it violated our rules.

You can learn more about how we enforce our rules at https://help.x.com/en/rules-and-policies/enforcement-options.

X Support
""",
    outcome="review", review="no_claims",
    imitates="X support generic closing email",
    why="trusted X mail naming no item and no request: nothing to apply",
    items={},
)

case(
    name="yt-asks-for-legal-basis",
    **{"from": GL}, name_from="Google Legal Support", date="Mon, 09 Sep 2024 04:20:00 -0700",
    subject="Re: [KCSC-240904-02] Additional information needed", reply_to_req=mid("KCSC-240904-02"),
    body=f"""Hello,

To proceed with request KCSC-240904-02, please provide the legal basis for each URL, including the specific provision of Korean law the content is alleged to breach, and a copy of the Commission's decision for {Y[2]} and {Y[3]}.

Once we receive this, we will continue our review.

Regards,
YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal support request for more information",
    why="asks us for the legal basis and the decision before acting",
    items={Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="naver-forwarded-internal",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우", date="Wed, 11 Sep 2024 09:30:00 +0900",
    subject="Fwd: KCSC-240905-04 조치 내역",
    body=f"""담당자님, 내부 처리 내역 전달드립니다.

---------- Forwarded message ---------
From: 카페 운영지원 <cafe-ops@navercorp.com>
Date: 2024년 9월 10일 (화) 오후 6:02
Subject: KCSC-240905-04 조치 내역
To: 한지우 <jiwoo.han@navercorp.com>

{N[2]} 블라인드 처리 완료
{N[3]} 블라인드 처리 완료
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="NAVER employee forwarding an internal team note",
    why="the statements are in a forwarded internal message, not the platform's own reply to us",
    items={N[2]: "pending", N[3]: "pending"},
)

case(
    name="kakao-conditional-promise",
    **{"from": KK}, name_from="카카오 고객센터", date="Mon, 09 Sep 2024 15:15:00 +0900",
    subject="[카카오] KCSC-240906-05 접수 건 검토 안내",
    body=f"""안녕하세요. 카카오입니다.

신고하신 {D2} 게시글은 운영정책 위반 여부를 검토 중이며, 위반이 확인되는 경우 게시중단할 예정입니다. 티스토리 게시물도 같은 절차로 검토하겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao 검토 중 안내 mail",
    why="under review and a conditional promise ('위반이 확인되는 경우 게시중단할 예정'): no statement",
    items={D2: "pending"},
)

# ================================================================ IGNORED

case(
    name="x-out-of-office",
    **{"from": "j.park@x.com"}, name_from="Jae Park", date="Wed, 04 Sep 2024 00:30:00 +0000",
    subject="Automatic reply: KCSC-240903-01 removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=mid("KCSC-240903-01"),
    body="""I am out of the office until Monday 23 September with limited access to email.

For urgent legal requests, please contact lr-notices@x.com.

Thanks,
Jae
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="an out-of-office auto-reply",
)

dsn_orig = "\n".join(quoted_request("KCSC-240909-06", [TT]))
case(
    name="dsn-bounce-tiktok",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 10:11:02 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-522"

--dsn-522
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<lawenforcement@tiktok-legal.example>: host mx.tiktok-legal.example said:
    550 5.1.1 Recipient address rejected: User unknown

--dsn-522
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 10:10:58 +0900

Final-Recipient: rfc822; lawenforcement@tiktok-legal.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-522
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: lawenforcement@tiktok-legal.example
Subject: KCSC-240909-06 Request to remove content
Message-ID: <req.KCSC-240909-06@kcsc.example>
Date: Mon, 09 Sep 2024 10:10:00 +0900

{dsn_orig}

--dsn-522--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification",
    why="a bounce of our own request; the URL is in the returned original",
)

case(
    name="naver-read-receipt",
    **{"from": NV}, name_from="네이버 고객센터", date="Thu, 05 Sep 2024 15:40:00 +0900",
    subject="읽음 확인: KCSC-240905-04 게시중단 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-522"

--mdn-522
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
제목: KCSC-240905-04 게시중단 요청

--mdn-522
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{mid("KCSC-240905-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-522--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN) from a Korean webmail",
    why="a read receipt for our request",
)

case(
    name="tg-case-created",
    **{"from": TG}, name_from="Telegram", date="Mon, 09 Sep 2024 08:00:30 +0000",
    subject="Re: KCSC-240909-07", reply_to_req=mid("KCSC-240909-07"),
    body="""Hello,

Thanks for your report. Case #4812379 has been created and our moderators will review it.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram ticket receipt",
    why="pure acknowledgement: a case number and a promise to review",
)

case(
    name="yt-legal-request-received",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal", date="Wed, 04 Sep 2024 05:01:00 -0700",
    subject="We've received your legal request [KCSC-240904-02] [2-8837000041234]",
    body="""Hello,

We've received your legal request. Your reference number is 2-8837000041234.
Please do not reply to this email. Keep the reference number for any future correspondence about this request.

Google Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals webform receipt",
    why="a receipt with a reference number and no statement about content",
)

case(
    name="naver-korean-out-of-office",
    **{"from": "minseo.lee@navercorp.com"}, name_from="이민서", date="Thu, 05 Sep 2024 15:21:00 +0900",
    subject="[부재중] RE: KCSC-240905-04 게시중단 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 이민서입니다.

9월 5일부터 9월 13일까지 휴가로 부재중입니다. 급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 automatic reply",
    why="an out-of-office auto-reply in Korean",
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터", date="Fri, 06 Sep 2024 09:41:00 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240906-05)",
    body="""안녕하세요. 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: 20240906-448120

담당자 확인 후 순차적으로 답변드리겠습니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre receipt mail",
    why="a ticket receipt: 접수 완료 with a number, nothing about the content",
)


HEADER = """# blind522: what a program gets wrong (mixed statuses in one sentence,
# hedges in relative clauses, negations, refusals with reasons, revisions,
# conflicting table and note, statuses by position). Written by make.py,
# from each email's meaning, before any run of the reader.
"""

RAW_UTF8_SUBJECT = {"naver-mixed-sentence-korean", "kakao-fullwidth-brackets-particles"}


def encode_headers(cases):
    """RFC 2047-encode non-ASCII display names and subjects, as Korean mail
    clients do; two subjects stay raw UTF-8 (RFC 6532), which also happens."""
    for c in cases:
        name = c.get("name_from")
        if name and not name.isascii():
            c["name_from"] = Header(name, "utf-8").encode()
        if not c["subject"].isascii() and c["name"] not in RAW_UTF8_SUBJECT:
            c["subject"] = Header(c["subject"], "utf-8").encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind522", HEADER, CASES)
    print(len(CASES), "cases")
