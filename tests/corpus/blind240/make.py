#!/usr/bin/env python3
"""Blind set 240: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted or corrected by its note, statuses given by position.

    python3 tests/corpus/blind240/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader; all names, channels, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import sys
from email import quoprimime
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind240"

# ---------------------------------------------------------------- requests
KR_CAFE = "도박정보방"
KR_CAFE_ENC = quote(KR_CAFE)

X1 = "https://x.com/lucky_moon_77/status/1829301112233440001"
X2 = "https://x.com/lucky_moon_77/status/1829301112233440002"
X3 = "https://x.com/betking_kr/status/1829455500011122201"
X4 = "https://x.com/betking_kr/status/1829455500011122202"
X5 = "https://x.com/night_pharm/status/1830011122334455661"
X6 = "https://x.com/night_pharm/status/1830011122334455662"
X7 = "https://x.com/night_pharm/status/1830011122334455663"
X8 = "https://x.com/casino_daily9/status/1830544433322211100"
X9 = "https://x.com/casino_daily9/status/1830544433322211101"
X10 = "https://x.com/pillshop_seoul"
X11 = "https://x.com/slot_hunter_k/status/1831002200110022003"
X12 = "https://x.com/slot_hunter_k/status/1831002200110022004"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

T1 = "https://t.me/greenleaf_delivery"
T2 = "https://t.me/greenleaf_delivery/418"
T3 = "https://t.me/quiet_casino_kr/2051"
T4 = "https://t.me/bluepill_market/77"
TS = [T1, T2, T3, T4]

Y1 = "https://www.youtube.com/watch?v=Qw3rTy7uI0p"
Y2 = "https://www.youtube.com/watch?v=Zx8cVb2nM4L"
Y3 = "https://www.youtube.com/watch?v=Lk9jHg5fD1s"
Y4 = "https://www.youtube.com/@spinwin_tv"
Y5 = "https://www.youtube.com/shorts/Pp0oIi9uYt2"
YS = [Y1, Y2, Y3, Y4, Y5]

N1 = "https://blog.naver.com/sunny_bet77/223561234567"
N2 = "https://cafe.naver.com/nightmarket/88123"
N3 = "https://cafe.naver.com/" + KR_CAFE_ENC + "/5123"   # as stored
N3_RAW = "https://cafe.naver.com/" + KR_CAFE + "/5123"   # as written in mail
NS = [N1, N2, N3]

K1 = "https://cafe.daum.net/slotlounge/Abc1/341"
K2 = "https://tv.kakao.com/channel/4412345/cliplink/448811223"
KS = [K1, K2]

T6 = "https://t.me/hanriver_pills/12"
Y7 = "https://www.youtube.com/watch?v=Mn5bV6cX7zA"

REQ = [
    # ref, platform, sent, due, urls, category, message-id (no <>), note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", XS,
     "gambling_drugs", "req.240902.x7k2", "X: gambling promotion and drug sales, 12 items"),
    ("KCSC-240903-02", "telegram", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00", TS,
     "drugs", "req.240903.t4m9", "Telegram channels selling drugs and gambling"),
    ("KCSC-240904-03", "youtube", "2024-09-04T09:15:00+09:00", "2024-09-11T18:00:00+09:00", YS,
     "gambling", "req.240904.y2q5", "YouTube illegal gambling promotion"),
    ("KCSC-240905-04", "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", NS,
     "gambling", "req.240905.n8w1", "NAVER blog and cafe gambling posts"),
    ("KCSC-240906-05", "kakao", "2024-09-06T10:40:00+09:00", "2024-09-13T18:00:00+09:00", KS,
     "gambling", "req.240906.k3d6", "Daum cafe and Kakao TV"),
    ("KCSC-240909-06", "telegram", "2024-09-09T16:20:00+09:00", "2024-09-16T18:00:00+09:00", [T6],
     "drugs", "req.240909.t1z3", "single Telegram post"),
    ("KCSC-240910-07", "youtube", "2024-09-10T09:05:00+09:00", "2024-09-17T18:00:00+09:00", [Y7],
     "illegal_food", "req.240910.y6h4", "single YouTube video"),
]
MID = {r[0]: r[6] for r in REQ}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQ:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def pend(*urls):
    return {u: "pending" for u in urls}


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quoprimime.body_encode(text, maxlinelen=76)


ORIG_X_REQUEST = "\n".join(["Dear X Legal team,", "",
                            "Under the Act on the Establishment and Operation of the Korea",
                            "Communications Standards Commission we request the removal of the",
                            "following items within 7 days (reference KCSC-240902-01):", ""]
                           + ["%d. %s" % (i + 1, u) for i, u in enumerate(XS)]
                           + ["", "KCSC Takedown desk"])

X_SIG = "X Legal\nhttps://help.x.com/en/forms/legal"

# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ---- applied ---------------------------------------------------------------
case(name="x-mixed-statuses-one-sentence", from_="legal-kr@x.com",
     date="Tue, 10 Sep 2024 07:14:22 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=MID["KCSC-240902-01"],
     body=f"""Hello,

Following our review, we have withheld {X3} and {X4} in South Korea, while {X1} has been removed globally for violating the X Rules on illegal and regulated goods and services.

We are still looking into the other items in your request.

{X_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="X legal team reply to a government removal demand (withheld in country / removed globally)",
     why="one sentence holds two statuses: the first two URLs withheld in Korea, the third removed globally",
     items={X3: "restricted", X4: "restricted", X1: "removed"})

case(name="x-two-removed-third-refused", from_="legal-kr@x.com",
     date="Tue, 10 Sep 2024 09:41:00 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=MID["KCSC-240902-01"],
     body=f"""Hi KCSC team,

We reviewed the three posts from @night_pharm listed in your request and removed two of them:

 - {X5}
 - {X6}

The third, {X7}, is a repost of a public health advisory about counterfeit medicines. It does not break the X Rules or Korean law as we understand it, so it stays up.

{X_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply with a partial refusal and its reason",
     why="two listed posts removed; the third refused with a reason (stays up) = rejected",
     items={X5: "removed", X6: "removed", X7: "rejected"})

case(name="x-html-table-action-scope", from_="legal-kr@x.com",
     date="Wed, 11 Sep 2024 02:05:10 +0000",
     subject="Re: [KCSC-240902-01] Outcome of your request",
     reply_to_req=MID["KCSC-240902-01"], type="html",
     body=f"""<html><body>
<p>Dear KCSC,</p>
<p>Please find below our decisions on part of request KCSC-240902-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{X8}</td><td>Removed</td><td>Global</td></tr>
<tr><td>{X9}</td><td>Withheld</td><td>KR</td></tr>
<tr><td>{X10}</td><td>No action</td><td>&ndash;</td></tr>
</table>
<p><i>No action</i>: we found no violation of the X Rules or of Korean law in the account's public posts.</p>
<p>You can read about country withheld content at <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">help.x.com</a>.</p>
<p>X Legal</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="X legal outcome table (action and territorial scope per URL)",
     why="HTML table: removed globally, withheld in KR, no action (explained below the table as no violation)",
     items={X8: "removed", X9: "restricted", X10: "rejected"})

case(name="x-correction-author-deleted", from_="legal-kr@x.com",
     date="Thu, 12 Sep 2024 05:30:44 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=MID["KCSC-240902-01"],
     body=f"""Hi,

We removed {X11}.

Correction to the line above: our logs show that this post had already been deleted by the account holder before our team reviewed it, so no action was taken by X.

{X12} has been withheld in South Korea.

Best,
{X_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply correcting itself in a later paragraph",
     why="the later sentence revises the first: the post was already deleted by its author (not_found); the other is withheld in Korea",
     items={X11: "not_found", X12: "restricted"})

case(name="tg-hedge-in-relative-clause", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Wed, 11 Sep 2024 10:02:19 +0000",
     subject="Re: KCSC-240903-02",
     reply_to_req=MID["KCSC-240903-02"],
     body=f"""Hello,

The channel {T1}, which appears to have been abandoned by its owner some weeks ago, has been blocked for violating Telegram's Terms of Service.

The post {T3} was taken down as well.

Regards,
Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply",
     why="the hedge 'appears to' sits in a relative clause about the owner; the main clause states the channel was blocked",
     items={T1: "removed", T3: "removed"})

case(name="tg-refusal-news-repost", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Wed, 11 Sep 2024 13:44:51 +0000",
     subject="Re: KCSC-240903-02",
     reply_to_req=MID["KCSC-240903-02"],
     body=f"""Hello,

We have looked at the links you sent.

The message at {T4} is a repost of a news article about a police raid. It does not violate our Terms of Service, and we will not take action on it.

The post {T2} has been deleted.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply with a refusal and its reason",
     why="refusal with reason for the news repost (rejected) next to a plain deletion; 'will not take action' is a refusal, not a promise",
     items={T4: "rejected", T2: "removed"})

case(name="tg-single-item-no-url", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Thu, 12 Sep 2024 08:10:00 +0000",
     subject="Re: Request KCSC-240909-06",
     reply_to_req=MID["KCSC-240909-06"],
     body="""Hello,

Thank you for your report. The content you reported has been taken down.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram short abuse-desk confirmation",
     why="a one-item request; the reply names no URL but states the reported content was taken down",
     items={T6: "removed"})

case(name="yt-results-by-position", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Thu, 12 Sep 2024 01:22:37 +0000",
     subject="Re: [KCSC-240904-03] Legal removal request",
     reply_to_req=MID["KCSC-240904-03"],
     body=f"""Hello,

We reviewed the three videos listed below, in the order you sent them:

1. {Y1}
2. {Y2}
3. {Y3}

Outcome:
- Item 1 was removed for violating our policy on regulated goods.
- Item 2 has been blocked from view in South Korea under local law.
- Item 3: after review we decided not to take action. It does not violate our Community Guidelines and we did not find it unlawful.

Regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal support reply answering items by their number",
     why="statuses are given by position ('Item 1/2/3') under the numbered list of URLs",
     items={Y1: "removed", Y2: "restricted", Y3: "rejected"})

case(name="yt-url-below-heading", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Thu, 12 Sep 2024 06:48:02 +0000",
     subject="Re: [KCSC-240904-03] Legal removal request",
     reply_to_req=MID["KCSC-240904-03"],
     body=f"""Hello,

Thanks for reaching out. After review we took the following action.

Removed globally under our Community Guidelines:
{Y4}  (channel terminated)

Blocked in South Korea only:
{Y5}

For more on how we handle legal requests, see https://support.google.com/youtube/answer/6154218

The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal removal notice with headings and URLs on the line below",
     why="URL on the line below its heading: channel terminated = removed; short blocked in KR = restricted; the help link is no item",
     items={Y4: "removed", Y5: "restricted"})

YT_CSV = f"""url,decision,territory,notes
{Y1},Removed,Global,Community Guidelines violation
{Y2},Blocked,KR,Local law
{Y5},No action,,Not in violation of policy; not found unlawful
"""
case(name="yt-csv-attachment", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 03:00:00 +0000",
     subject="Re: [KCSC-240904-03] Decision on your request",
     reply_to_req=MID["KCSC-240904-03"],
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_yt_b240_mix"

--=_yt_b240_mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find the decisions on request KCSC-240904-03 in the attached file.

The YouTube Legal Support Team

--=_yt_b240_mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-03_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240904-03_decisions.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--=_yt_b240_mix--
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube decision file sent as a CSV attachment",
     why="statuses only in the base64 CSV attachment: removed, blocked in KR, no action with reason",
     items={Y1: "removed", Y2: "restricted", Y5: "rejected"})

case(name="yt-table-corrected-by-note", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 07:31:15 +0000",
     subject="Re: [KCSC-240904-03] Legal removal request - outcome",
     reply_to_req=MID["KCSC-240904-03"], type="html",
     body=f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome of your request.</p>
<table border="1">
<tr><th>#</th><th>URL</th><th>Outcome</th></tr>
<tr><td>1</td><td>{Y1}</td><td>Removed</td></tr>
<tr><td>2</td><td>{Y2}</td><td>Removed</td></tr>
<tr><td>3</td><td>{Y3}</td><td>Removed</td></tr>
</table>
<p><b>Correction:</b> row 3 above was filled in by mistake from our template.
{Y3} was not removed; it has been age-restricted instead.</p>
<p>The YouTube Legal Support Team</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="YouTube outcome table with a correcting note",
     why="the note explicitly corrects row 3: that video is age-restricted, not removed; rows 1 and 2 stand",
     items={Y1: "removed", Y2: "removed", Y3: "restricted"})

case(name="yt-actioned-top-posted", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 09:12:40 +0000",
     subject="Re: [KCSC-240910-07] Legal removal request",
     reply_to_req=MID["KCSC-240910-07"],
     body=f"""Hello,

{Y7} has been actioned under our policies.

Regards,
The YouTube Legal Support Team

On Tue, Sep 10, 2024 at 9:05 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> We request the removal of the following video within 7 days
> (reference KCSC-240910-07):
>
> {Y7}
>
> It advertises an unapproved food product with false medical claims.
>
> KCSC Takedown desk
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube reply top-posted over the quoted request (Gmail quoting)",
     why="the configured phrase 'has been actioned under our policies' = removed; the quoted request below changes nothing",
     items={Y7: "removed"})

case(name="naver-circled-numbers", from_="noreply-report@navercorp.com", name_from="NAVER 신고센터",
     date="Wed, 11 Sep 2024 06:00:12 +0000",
     subject="[NAVER] 방송통신심의위원회 시정요구(KCSC-240905-04) 처리 결과 안내",
     reply_to_req=MID["KCSC-240905-04"],
     body=f"""안녕하세요. 네이버 게시중단 처리 담당자입니다.

귀 위원회에서 요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

① {N1} ： 게시중단
② {N2} ： 임시조치(30일)
③ {N3_RAW} ： 게시자 자진 삭제로 게시물 없음

감사합니다.
네이버 주식회사
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단/임시조치 처리 결과 안내 with circled numbers",
     why="게시중단 = removed, 임시조치 = restricted, 자진 삭제로 게시물 없음 = not_found; raw Korean path and full-width colon",
     items={N1: "removed", N2: "restricted", N3: "not_found"})

case(name="naver-url-particles", from_="noreply-report@navercorp.com", name_from="NAVER 신고센터",
     date="Wed, 11 Sep 2024 08:35:00 +0000",
     subject="Re: KCSC-240905-04 게시물 처리 결과",
     reply_to_req=MID["KCSC-240905-04"],
     body=f"""안녕하세요, 네이버 게시중단 처리 담당자입니다.
방송통신심의위원회 KCSC-240905-04 요청에 대한 처리 결과를 안내드립니다.

{N1}은 블라인드 처리되었습니다.
{N2}에 대해서는 검토 결과 운영원칙 및 관련 법령 위반 사항이 확인되지 않아 별도 조치를 하지 않았습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER Korean notice with URLs followed directly by particles",
     why="'URL은 블라인드' = removed; 'URL에 대해서는 … 위반 사항이 확인되지 않아 별도 조치를 하지 않았습니다' = refusal with reason = rejected",
     items={N1: "removed", N2: "rejected"})

case(name="naver-kcsc-result-table", from_="policy@navercorp.com", name_from="NAVER 정책지원",
     date="Thu, 12 Sep 2024 02:40:00 +0000",
     subject="[회신] 시정요구 조치결과 통보 (KCSC-240905-04)",
     reply_to_req=MID["KCSC-240905-04"], type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구하신 정보에 대한 조치결과를 아래와 같이 통보합니다.</p>
<table border="1">
<tr><th>번호</th><th>요청 URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td>2</td><td>{N2}</td><td>미조치</td><td>-</td></tr>
<tr><td>3</td><td>{N3_RAW}</td><td>접속차단(국내)</td><td>2024-09-11</td></tr>
</table>
<p>※ 2번 게시물은 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 통보 table",
     why="삭제 = removed; 미조치 explained by the note on row 2 (no violation, kept) = rejected; 접속차단(국내) = restricted",
     items={N1: "removed", N2: "rejected", N3: "restricted"})

case(name="kakao-mixed-one-sentence", from_="safety@kakaocorp.com", name_from="카카오 고객보호팀",
     date="Thu, 12 Sep 2024 04:18:30 +0000",
     subject="Re: [KCSC-240906-05] 불법정보 삭제 요청",
     reply_to_req=MID["KCSC-240906-05"],
     body=f"""안녕하세요, 카카오 고객보호팀입니다.

요청하신 Daum 카페 게시글 {K1} 은 운영정책 위반으로 삭제하였고, 카카오TV 영상 {K2} 은 게시자가 이미 삭제하여 확인되지 않습니다。

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao (Daum) customer-protection reply in Korean",
     why="one sentence: cafe post deleted by Kakao (removed), Kakao TV clip already deleted by its uploader (not_found)",
     items={K1: "removed", K2: "not_found"})

KAKAO_B64_TEXT = f"""안녕하세요. 카카오 고객보호팀입니다.
KCSC-240906-05 요청 건 처리 결과입니다.

{K1} : 블라인드 처리 완료
{K2} : 검토 결과 운영정책 위반에 해당하지 않아 게시 유지

문의 사항은 본 메일로 회신해 주시기 바랍니다.
"""
case(name="kakao-base64-body", from_="safety@kakaocorp.com", name_from="카카오 고객보호팀",
     date="Fri, 13 Sep 2024 01:05:45 +0000",
     subject="[Kakao] 처리 결과 안내 (KCSC-240906-05)",
     reply_to_req=MID["KCSC-240906-05"],
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KAKAO_B64_TEXT)}
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao result notice sent with a base64 body",
     why="블라인드 처리 완료 = removed; 위반에 해당하지 않아 게시 유지 = rejected",
     items={K1: "removed", K2: "rejected"})

X_QP_TEXT = f"""Hello KCSC team,

Thank you for your patience. Post {X1} has been removed for violating our rules on illegal goods and services.

We were unable to locate the post at {X2}. It has been deleted or never existed on X, so there was nothing for us to action.

Kind regards,
X Legal
"""
case(name="x-quoted-printable-wrapped", from_="legal-kr@x.com",
     date="Fri, 13 Sep 2024 06:27:00 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=MID["KCSC-240902-01"],
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(X_QP_TEXT)}
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply in quoted-printable (soft line breaks)",
     why="quoted-printable body: the first post removed, the second could not be located (not_found)",
     items={X1: "removed", X2: "not_found"})

case(name="x-angle-brackets-suspended", from_="legal-kr@x.com",
     date="Sat, 14 Sep 2024 00:52:10 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=MID["KCSC-240902-01"],
     body=f"""Hello,

In response to your legal demand we have withheld the following posts in South Korea:
<{X5}>
<https://x.com/night_pharm/status/
1830011122334455662>

The account <{X10}> has been permanently suspended for violating our rules on illegal goods and services.

{X_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply with URLs in angle brackets, one wrapped by the mail client",
     why="two posts withheld in Korea (the second URL wrapped inside its angle brackets); the account suspended = removed",
     items={X5: "restricted", X6: "restricted", X10: "removed"})

case(name="x-outlook-top-posted", from_="legal-kr@x.com",
     date="Sat, 14 Sep 2024 03:15:00 +0000",
     subject="RE: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=MID["KCSC-240902-01"],
     body=f"""Hello,

Update on your request: {X8} has been removed. {X9} has been withheld in Korea.

We continue to review the remaining items and will follow up separately.

Regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal-kr@x.com
Subject: [KCSC-240902-01] Request for removal of illegal content

{ORIG_X_REQUEST}
""",
     outcome="applied", classification="confirmation",
     imitates="X reply top-posted over an Outlook-quoted original request",
     why="two posts stated above the quote; the twelve URLs of the quoted request (Outlook style, no '>') change nothing",
     items={X8: "removed", X9: "restricted"})

case(name="tg-update-revises-earlier", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Sat, 14 Sep 2024 09:20:33 +0000",
     subject="Re: KCSC-240903-02",
     reply_to_req=MID["KCSC-240903-02"],
     body=f"""Hello,

Following up on our earlier message: the channel {T1} is no longer under review. It has been blocked for all users.

Telegram Abuse Team

On Thu, 12 Sep 2024 at 11:02, Telegram Abuse <abuse@telegram.org> wrote:
> Hello,
> We received your report KCSC-240903-02. The channel
> {T1} is under review and we will
> update you once a decision has been made.
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram follow-up over its own quoted 'under review' message (Gmail quoting)",
     why="'no longer under review. It has been blocked' revises the quoted earlier message = removed",
     items={T1: "removed"})

case(name="yt-ack-plus-statements", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 11:40:00 +0000",
     subject="Re: [KCSC-240904-03] Legal removal request [8-4412000012345]",
     reply_to_req=MID["KCSC-240904-03"],
     body=f"""Hello,

Thanks for your notice. We've received it and logged it under reference 8-4412000012345.

After review, the video {Y2} has been blocked from view in South Korea under local law.

The video {Y1} remains available, as we did not find that it violates local law or our policies.

The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube receipt phrase followed by decisions",
     why="an acknowledgement phrase plus unhedged decisions is not an acknowledgement: restricted and rejected",
     items={Y2: "restricted", Y1: "rejected"})

case(name="naver-correction-not-temporary", from_="noreply-report@navercorp.com", name_from="NAVER 신고센터",
     date="Sun, 15 Sep 2024 01:10:00 +0000",
     subject="[정정] KCSC-240905-04 처리 결과 안내",
     reply_to_req=MID["KCSC-240905-04"],
     body=f"""안녕하세요. 네이버 게시중단 처리 담당자입니다.

지난 9월 12일 안내드린 처리 결과 중 일부를 정정합니다.

- {N2} : 임시조치가 아니라 삭제 처리되었습니다.
- {N1} : 당초 안내와 같이 임시조치 상태입니다.

혼란을 드려 죄송합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER correction notice (정정 안내)",
     why="'임시조치가 아니라 삭제' = removed (the negated word is not the status); the other stays 임시조치 = restricted",
     items={N2: "removed", N1: "restricted"})

case(name="x-not-removed-but-withheld", from_="legal-kr@x.com",
     date="Sun, 15 Sep 2024 04:04:04 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=MID["KCSC-240902-01"],
     body=f"""Hello,

The post {X3} has not been removed from X. It has, however, been withheld in South Korea in response to your request.

{X_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply explaining country-withheld instead of removal",
     why="negated removal followed by 'withheld in South Korea' = restricted",
     items={X3: "restricted"})

case(name="tg-status-line-below", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Sun, 15 Sep 2024 07:45:12 +0000",
     subject="Re: KCSC-240903-02 - results",
     reply_to_req=MID["KCSC-240903-02"],
     body=f"""Hello,

Results of our review:

{T2}
Status: blocked

{T4}
Status: not found

{T3}
Status: no violation found, remains accessible

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk results with bare URLs and a status line below each",
     why="each status is on the line below its URL: blocked = removed, not found, no violation/remains = rejected",
     items={T2: "removed", T4: "not_found", T3: "rejected"})

case(name="x-dsa-statement-of-reasons", from_="legal-kr@x.com",
     date="Mon, 16 Sep 2024 02:00:00 +0000",
     subject="Statement of reasons - KCSC-240902-01",
     reply_to_req=MID["KCSC-240902-01"],
     body=f"""Statement of reasons

Reference: KCSC-240902-01
Content: {X11}
Decision: visibility restriction - content withheld in: Republic of Korea
Facts and circumstances: notice received from a government authority
Ground: illegal content under national law (illegal gambling)
Automated detection: no
Automated decision: no
Redress: the account holder may appeal at https://help.x.com/en/forms/account-access/appeals

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="DSA-style statement of reasons (visibility restriction, territorial scope)",
     why="decision 'withheld in: Republic of Korea' = restricted; the appeal link is no item",
     items={X11: "restricted"})

# ---- review ----------------------------------------------------------------
case(name="x-promise-with-reviewed-relative", from_="legal-kr@x.com",
     date="Mon, 16 Sep 2024 05:20:00 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=MID["KCSC-240902-01"],
     body=f"""Hello,

The posts {X11} and {X12}, which our team has already reviewed, will be withheld in South Korea once your order has been validated by our legal team.

{X_SIG}
""",
     outcome="review", review="not_understood",
     imitates="X legal reply with a conditional promise",
     why="'already reviewed' is in a relative clause; the main verb is a conditional promise: nothing stated",
     items=pend(X11, X12))

case(name="tg-may-have-been-deleted", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Mon, 16 Sep 2024 08:00:00 +0000",
     subject="Re: Request KCSC-240909-06",
     reply_to_req=MID["KCSC-240909-06"],
     body=f"""Hello,

The post {T6} may already have been deleted by the channel admins. We will double-check and get back to you.

Telegram Abuse Team
""",
     outcome="review", review="not_understood",
     imitates="Telegram abuse-desk hedged interim reply",
     why="'may already have been deleted' is a hedge, followed by a promise: the item stays pending",
     items=pend(T6))

case(name="naver-bulk-all-posts", from_="noreply-report@navercorp.com", name_from="NAVER 신고센터",
     date="Mon, 16 Sep 2024 09:30:00 +0000",
     subject="Re: KCSC-240905-04 처리 완료",
     reply_to_req=MID["KCSC-240905-04"],
     body="""안녕하세요. 네이버 게시중단 처리 담당자입니다.

KCSC-240905-04 요청 건의 게시물은 모두 게시중단 조치하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="NAVER short completion notice for a whole request",
     why="'모두 게시중단' for a three-item request without naming each: bulk",
     items=pend(*NS))

case(name="x-bulk-all-reported", from_="legal-kr@x.com",
     date="Mon, 16 Sep 2024 10:10:00 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=MID["KCSC-240902-01"],
     body=f"""Hi,

We have removed all of the content reported in KCSC-240902-01.

{X_SIG}
""",
     outcome="review", review="bulk",
     imitates="X legal one-line completion reply",
     why="a statement about all twelve items without naming each: bulk",
     items=pend(*XS))

case(name="x-auth-fail", from_="legal-kr@x.com", auth="fail",
     date="Mon, 16 Sep 2024 12:00:00 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=MID["KCSC-240902-01"],
     body=f"""Hello,

The post {X2} has been removed.

{X_SIG}
""",
     outcome="review", review="untrusted",
     imitates="X legal reply failing DKIM/SPF/DMARC",
     why="from x.com but authentication fails: untrusted, nothing applied",
     items=pend(X2))

case(name="law-firm-unknown-sender", from_="counsel@hanbitlaw.example", name_from="Hanbit Law Office",
     date="Tue, 17 Sep 2024 01:30:00 +0000",
     subject="KCSC-240903-02 - Telegram channel greenleaf_delivery",
     body=f"""Dear Sir or Madam,

We act for the administrator of the Telegram channel greenleaf_delivery.

Our client deleted the post {T2} on 12 September 2024 and asks that your request KCSC-240903-02 be closed.

Yours faithfully,
Hanbit Law Office
""",
     outcome="review", review="unknown_sender",
     imitates="letter from a law firm acting for a channel owner",
     why="not a platform's domain: a deletion stated by a third party is for staff to check",
     items=pend(T2))

case(name="naver-speaks-of-daum-post", from_="policy@navercorp.com", name_from="NAVER 정책지원",
     date="Tue, 17 Sep 2024 02:45:00 +0000",
     subject="Re: 불법 도박 게시물 관련 문의",
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

문의하신 게시물 {K1} 은 확인 결과 삭제되었습니다.

해당 게시물은 Daum 카페 게시물로 당사가 운영하는 서비스가 아니오니 참고 부탁드립니다.

감사합니다.
""",
     outcome="review", review="wrong_platform",
     imitates="NAVER reply about a Daum cafe post",
     why="NAVER states a status for a Kakao item it does not host: wrong_platform",
     items=pend(K1))

case(name="yt-table-contradicted-by-note", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Tue, 17 Sep 2024 05:05:00 +0000",
     subject="Re: [KCSC-240904-03] Legal removal request - outcome",
     reply_to_req=MID["KCSC-240904-03"], type="html",
     body=f"""<html><body>
<p>Hello,</p>
<table border="1">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{Y1}</td><td>Removed</td></tr>
</table>
<p>Please note that {Y1} is still live on YouTube, as it was not found to violate our policies.</p>
<p>The YouTube Legal Support Team</p>
</body></html>""",
     outcome="review", review="conflicting_statements",
     imitates="YouTube outcome table whose note says the opposite",
     why="table says Removed, the note says still live and not in violation; no correction wording: conflicting",
     items=pend(Y1))

case(name="x-process-update-no-items", from_="legal-kr@x.com",
     date="Tue, 17 Sep 2024 07:00:00 +0000",
     subject="Changes to how X receives government requests in Korea",
     body="""Hello,

From 1 October 2024 X will receive legal requests from Korean authorities only through the legal request portal at https://legalrequests.x.com. Requests sent by email after that date may take longer to process.

If you have questions about this change, reply to this email.

X Legal
""",
     outcome="review", review="no_claims",
     imitates="platform process-change notice to authorities",
     why="trusted X mail that names no item and references no request: no_claims",
     items={})

case(name="yt-asks-legal-basis", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Tue, 17 Sep 2024 08:30:00 +0000",
     subject="Re: [KCSC-240904-03] Legal removal request - more information needed",
     reply_to_req=MID["KCSC-240904-03"],
     body=f"""Hello,

Before we can act on request KCSC-240904-03, we need more information about {Y3}.

Please reply with the specific provision of Korean law the video violates and the timestamp where the content in question appears.

The YouTube Legal Support Team
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="YouTube request for more information",
     why="asks for the legal basis and timestamp: asks_more, nothing decided",
     items=pend(Y3))

case(name="naver-promise-this-week", from_="noreply-report@navercorp.com", name_from="NAVER 신고센터",
     date="Tue, 17 Sep 2024 10:15:00 +0000",
     subject="Re: KCSC-240905-04 처리 예정 안내",
     reply_to_req=MID["KCSC-240905-04"],
     body=f"""안녕하세요. 네이버 게시중단 처리 담당자입니다.

{N1}
{N2}
{N3_RAW}

위 게시물은 내부 검토를 거쳐 금주 중 게시중단 조치될 예정입니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="NAVER 처리 예정 안내",
     why="'조치될 예정입니다' is a promise: the three named posts stay pending",
     items=pend(*NS))

case(name="kakao-appears-deleted", from_="safety@kakaocorp.com", name_from="카카오 고객보호팀",
     date="Wed, 18 Sep 2024 01:40:00 +0000",
     subject="Re: [KCSC-240906-05] 불법정보 삭제 요청",
     reply_to_req=MID["KCSC-240906-05"],
     body=f"""안녕하세요, 카카오 고객보호팀입니다.

{K1} 게시글은 현재 게시자가 스스로 삭제한 것으로 보입니다. 정확한 내용은 내부 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="Kakao hedged interim reply",
     why="'삭제한 것으로 보입니다' (appears) is a hedge, then a promise to confirm: pending",
     items=pend(K1))

# ---- ignored ---------------------------------------------------------------
case(name="x-out-of-office", from_="jiwon.park@x.com", name_from="Jiwon Park",
     date="Mon, 02 Sep 2024 01:00:05 +0000",
     subject="Automatic reply: [KCSC-240902-01] Request for removal of illegal content",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""Thank you for your email. I am out of the office until 23 September with limited access to email.

For urgent legal requests please write to legal-kr@x.com.

Jiwon
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office automatic reply",
     why="an out-of-office auto-reply",
     items={})

case(name="tg-dsn-bounce", from_="MAILER-DAEMON@telegram.org", name_from="Mail Delivery System",
     date="Mon, 09 Sep 2024 07:20:41 +0000",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b240"

--=_dsn_b240
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-in2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail-in2.telegram.org said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--=_dsn_b240
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-in2.telegram.org
Arrival-Date: Mon,  9 Sep 2024 07:20:40 +0000 (UTC)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--=_dsn_b240
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: Request KCSC-240909-06
Message-ID: <{MID['KCSC-240909-06']}@kcsc.example>
Date: Mon, 9 Sep 2024 16:20:00 +0900
Content-Type: text/plain; charset=utf-8

Dear Telegram,

Please remove the following post within 7 days (reference KCSC-240909-06):

{T6}

KCSC Takedown desk

--=_dsn_b240--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (DSN) with the returned request",
     why="a bounce of our own request; the URL inside the returned message is ours",
     items=pend(T6))

case(name="naver-read-receipt", from_="report-desk@navercorp.com", name_from="NAVER 신고센터",
     date="Fri, 06 Sep 2024 00:12:00 +0000",
     subject="읽음 확인: KCSC-240905-04 불법정보 시정요구",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_b240"

--=_mdn_b240
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "KCSC-240905-04 불법정보 시정요구"를 수신자가 2024-09-06 09:12에 읽었습니다.

--=_mdn_b240
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; report-desk@navercorp.com
Original-Message-ID: <{MID['KCSC-240905-04']}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_b240--
""",
     outcome="ignored", classification="read_receipt",
     imitates="read receipt (MDN, message/disposition-notification) in Korean",
     why="a read receipt says nothing about the items",
     items={})

case(name="yt-ticket-receipt", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Wed, 04 Sep 2024 00:20:00 +0000",
     subject="[8-4412000012345] We've received your legal request",
     reply_to_req=MID["KCSC-240904-03"],
     body="""Hello,

Thanks for contacting YouTube. We've received your legal request and created case 8-4412000012345.

Our team will review the request and reply to this address. Please keep the case number in the subject line of any follow-up.

The YouTube Legal Support Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="YouTube/Google ticket receipt",
     why="a pure receipt: case created, review promised, no item statement",
     items={})

case(name="naver-receipt-korean", from_="noreply-report@navercorp.com", name_from="NAVER 신고센터",
     date="Thu, 05 Sep 2024 06:01:00 +0000",
     subject="[NAVER] 게시중단 요청 접수 완료 (KCSC-240905-04)",
     reply_to_req=MID["KCSC-240905-04"],
     body="""안녕하세요. 네이버 신고센터입니다.

귀 위원회의 게시중단 요청이 정상적으로 접수되었습니다. (접수번호 NR-2024-0905-3381)
처리 결과는 검토 후 메일로 안내드리겠습니다.

본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 접수 완료 automatic receipt",
     why="접수 완료 receipt with a promise of later results: acknowledgement",
     items={})

case(name="kakao-out-of-office-korean", from_="minseo.lee@kakaocorp.com", name_from="이민서",
     date="Fri, 06 Sep 2024 01:41:00 +0000",
     subject="[자동회신] Re: [KCSC-240906-05] 불법정보 삭제 요청",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 이민서입니다.

9월 6일부터 9월 18일까지 휴가로 메일 확인이 어렵습니다.
급한 업무는 고객보호팀(safety@kakaocorp.com)으로 연락 부탁드립니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office automatic reply (부재중 자동회신)",
     why="an out-of-office auto-reply",
     items={})


HEADER = """# Blind set 240 (tests/corpus/blind240): what a program gets wrong.
# Written by tests/corpus/blind240/make.py from each email's meaning,
# before any run of the reader. Every case is judged alone on a fresh ledger."""


def enc(s):
    # Non-ASCII header text as RFC 2047 encoded-words, as real mailers send it.
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        c["subject"] = enc(c["subject"])
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
