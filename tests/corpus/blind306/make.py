#!/usr/bin/env python3
"""Blind set 306: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Every email is
fictional and written in our own sentences; the expected result of each case
was written from the email's meaning alone, before the reader was ever run on
it.

    python3 tests/corpus/blind306/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind306"

# ---------------------------------------------------------------- requests
# (ref, platform, sent_at, due_at, category, message_id, note, [urls])
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240909-01", "KCSC-240910-02", "KCSC-240910-03", "KCSC-240911-04",
    "KCSC-240912-05", "KCSC-240913-06", "KCSC-240913-07",
)
MID = {
    R1: "20240909100012.4f1a", R2: "20240910093051.8c2e", R3: "20240910111520.1b7d",
    R4: "20240911090233.5e90", R5: "20240912140045.a3c6", R6: "20240913101511.77d2",
    R7: "20240913103327.0e4b",
}

T1 = "https://t.me/moonlit_bazaar/1041"
T2 = "https://t.me/moonlit_bazaar/1057"
T3 = "https://t.me/moonlit_bazaar/1102"
T4 = "https://t.me/grey_lantern_kr/88"
T5 = "https://t.me/grey_lantern_kr/91"
T6 = "https://t.me/grey_lantern_kr/120"
T7 = "https://t.me/silkroute_deals/5"
T8 = "https://t.me/silkroute_deals/17"
T9 = "https://t.me/orchid_exchange/2230"
T10 = "https://t.me/orchid_exchange/2231"
T11 = "https://t.me/nightferry_shop/640"
T12 = "https://t.me/c/1932847561/377"
T13 = "https://t.me/harbor_mint/301"
T14 = "https://t.me/harbor_mint/305"

X1 = "https://x.com/pale_kestrel/status/1832210456789012345"
X2 = "https://x.com/pale_kestrel/status/1832219988776655443"
X3 = "https://x.com/dunmore_tk/status/1831800012345678901"
X4 = "https://x.com/seoul_ledger_99/status/1832455566677788899"

Y1 = "https://www.youtube.com/watch?v=Qm7rT2pLx0A"
Y2 = "https://www.youtube.com/watch?v=b8KdE4nWv1s"
Y3 = "https://www.youtube.com/shorts/Zt5Hc9uYq3E"
Y4 = "https://www.youtube.com/watch?v=Lr0vN3kWq8c"

N1 = "https://blog.naver.com/haneul_mart/223567001234"
N2 = "https://blog.naver.com/haneul_mart/223567009876"
N3 = "https://cafe.naver.com/greenstreetmarket/48211"
N4 = "https://cafe.naver.com/greenstreetmarket/48230"
N5 = "https://m.blog.naver.com/PostView.naver?blogId=pinegrove_k&logNo=223571112233"

K1 = "https://cafe.daum.net/%EB%B0%A4%EC%8B%9C%EC%9E%A5/Ab3x/1207"
K1_RAW = "https://cafe.daum.net/밤시장/Ab3x/1207"
K2 = "https://quietwharf.tistory.com/312"

REQUESTS = [
    (R1, "telegram", "2024-09-09T10:00:12+09:00", "2024-09-16T18:00:00+09:00", "illegal_gambling",
     "", [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12]),
    (R2, "x", "2024-09-10T09:30:51+09:00", "2024-09-17T18:00:00+09:00", "drug_sale",
     "", [X1, X2, X3, X4]),
    (R3, "youtube", "2024-09-10T11:15:20+09:00", "2024-09-17T18:00:00+09:00", "illegal_gambling",
     "", [Y1, Y2, Y3]),
    (R4, "naver", "2024-09-11T09:02:33+09:00", "2024-09-18T18:00:00+09:00", "counterfeit",
     "", [N1, N2, N3, N4, N5]),
    (R5, "kakao", "2024-09-12T14:00:45+09:00", "2024-09-19T18:00:00+09:00", "obscene",
     "", [K1, K2]),
    (R6, "youtube", "2024-09-13T10:15:11+09:00", "2024-09-20T18:00:00+09:00", "privacy",
     "single video", [Y4]),
    (R7, "telegram", "2024-09-13T10:33:27+09:00", "2024-09-20T18:00:00+09:00", "drug_sale",
     "", [T13, T14]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


TG_SIG = """--
Telegram Abuse Team
https://telegram.org/tos"""

X_SIG = """X Legal
https://help.x.com/en/rules-and-policies/x-rules"""

YT_SIG = """Regards,
The YouTube Legal Support Team
Google LLC | https://support.google.com/youtube/answer/6154218"""

NAVER_SIG = """네이버 권리보호센터 드림
https://right.naver.com/"""

KAKAO_SIG = """카카오 권리침해신고센터
https://cs.kakao.com/helps?service=152"""


CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== APPLIED

case(
    name="tg-four-statuses-one-sentence",
    **{"from": "abuse@telegram.org"},
    date="Tue, 10 Sep 2024 06:41:09 +0000",
    subject=f"Re: {R1} removal request (illegal gambling promotion)",
    reply_to_req=MID[R1],
    body=f"""Hello,

Thank you for your patience. Of the posts you listed, {T1} and {T2} have been removed, {T3} could not be found on our servers, and {T4} has been blocked for users in South Korea.

We will write again about the remaining links.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply giving several outcomes in one sentence",
    why="one sentence, four URLs, three different statuses: each URL takes the status of its own clause",
    items={T1: "removed", T2: "removed", T3: "not_found", T4: "restricted"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"},
    date="Tue, 10 Sep 2024 09:12:44 +0000",
    subject=f"Re: {R1}",
    reply_to_req=MID[R1],
    body=f"""Hi,

We have deleted {T5}, which seems to have been copied from {T6}. The original post at {T6} is still being checked by our moderators and we will let you know the outcome separately.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, one action plus a still-open check",
    why="the hedge 'seems to have been copied' sits in a relative clause about provenance; T5 deleted, T6 explicitly still being checked",
    items={T5: "removed", T6: "pending"},
)

case(
    name="tg-not-removed-then-removed",
    **{"from": "abuse@telegram.org"},
    date="Wed, 11 Sep 2024 02:05:31 +0000",
    subject=f"Re: {R1} - silkroute_deals",
    reply_to_req=MID[R1],
    body=f"""Hello,

{T7} was not removed. Our moderators reviewed the post and it does not violate the Telegram Terms of Service: it is an advertisement for a licensed lottery reseller.

{T8} has been taken down.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply declining one post with a reason",
    why="'was not removed' plus a reason is a refusal (rejected), not a removal; the next paragraph removes T8",
    items={T7: "rejected", T8: "removed"},
)

case(
    name="tg-correction-not-found-to-deleted",
    **{"from": "dsa@telegram.org"},
    date="Wed, 11 Sep 2024 11:48:02 +0000",
    subject=f"Correction: {R1} orchid_exchange",
    reply_to_req=MID[R1],
    body=f"""Dear colleagues,

This morning our system reported {T9} as not found. That was a mistake on our side: the message had been moved when the channel was renamed. We have now located it and it has been deleted.

{T10} is still under review.

Apologies for the confusion.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram correction to an earlier automated result",
    why="the earlier 'not found' is withdrawn by the later sentences: T9 deleted; T10 under review stays pending",
    items={T9: "removed", T10: "pending"},
)

case(
    name="tg-numbered-list-outcome-by-position",
    **{"from": "abuse@telegram.org"},
    date="Thu, 12 Sep 2024 04:30:18 +0000",
    subject=f"Re: {R1} (Case #6620418)",
    reply_to_req=MID[R1],
    body=f"""Hello,

Your report of 9 September included these links:

1. {T11}
2. {T12}
3. {T2}

Outcome: items 1 and 3 were removed. Item 2 no longer exists on Telegram; the channel was deleted by its own admin before we could review it.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply numbering the reported links and answering by number",
    why="statuses are given by list position: 1 and 3 removed, 2 gone because its owner deleted the channel (not_found)",
    items={T11: "removed", T12: "not_found", T2: "removed"},
)

case(
    name="x-withheld-and-declined",
    **{"from": "legal@x.com"},
    date="Wed, 11 Sep 2024 17:22:40 +0000",
    subject=f"Re: Legal request {R2} [ref:_00D5x2Kq._5003xQ9aLm:ref]",
    body=f"""Hello,

Thank you for your request. After reviewing the reported content, we have withheld the following Post in South Korea:

{X1}

We also reviewed {X3}. We did not find it to be in violation of the X Rules or of the local law you cited, so we are not taking action on it at this time.

Regards,
{X_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team response: country-withheld content plus a declined item",
    why="X1 withheld in Korea (restricted); X3 declined with a reason (rejected)",
    items={X1: "restricted", X3: "rejected"},
)

case(
    name="x-status-line-above-url",
    **{"from": "legal@x.com"},
    date="Thu, 12 Sep 2024 08:03:12 +0000",
    subject=f"Re: {R2}",
    reply_to_req=MID[R2],
    body=f"""Hello,

Please see our action on the remaining Posts below.

Withheld in KR:
{X2}

Removed globally (Illegal or certain regulated goods or services policy):
{X4}

{X_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal response grouping Posts under action headings",
    why="each heading line gives the status of the URL on the line below it",
    items={X2: "restricted", X4: "removed"},
)

case(
    name="yt-korean-mixed-sentence",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법률 지원팀",
    date="Thu, 12 Sep 2024 02:17:55 +0000",
    subject=f"RE: [{R3}] 불법 도박 홍보 동영상 삭제 요청",
    reply_to_req=MID[R3],
    body=f"""안녕하세요, YouTube 법률 지원팀입니다.

요청하신 동영상 중 {Y1} 는 삭제되었고, {Y2} 는 대한민국 내에서 접근이 제한되었습니다.

나머지 동영상에 대해서는 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
YouTube 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean legal-support reply, two outcomes in one sentence",
    why="Y1 삭제 (removed), Y2 대한민국 내 접근 제한 (restricted) in the same sentence; Y3 only alluded to",
    items={Y1: "removed", Y2: "restricted", Y3: "pending"},
)

case(
    name="yt-declined-news-exception",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 21:40:07 +0000",
    subject=f"Your legal request {R3} - update",
    body=f"""Hello,

Thanks for your request regarding the content listed below.

We have removed {Y1} from YouTube.

After careful review we have decided not to take action on {Y3}. The Short is a news segment reporting on a police raid on an illegal betting operation; it does not promote gambling and is allowed under our educational, documentary, scientific and artistic context exception.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email: one removed, one declined under the EDSA exception",
    why="Y1 removed; Y3 declined with its reason (rejected)",
    items={Y1: "removed", Y3: "rejected"},
)

case(
    name="yt-single-item-no-url",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 05:55:31 +0000",
    subject=f"Re: {R6} privacy complaint",
    reply_to_req=MID[R6],
    body=f"""Hello,

We have reviewed the video you reported under reference {R6} and removed it from YouTube for violating our privacy guidelines. The uploader has been notified.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube privacy-complaint outcome naming no URL",
    why="the request has one item, so 'the video you reported ... removed' is about that item",
    items={Y4: "removed"},
)

case(
    name="naver-result-html-table",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Fri, 13 Sep 2024 06:10:00 +0000",
    subject=f"[네이버] 게시중단 요청 처리 결과 안내 ({R4})",
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>게시물 URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td>{N1}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{N2}</td><td>임시조치(30일)</td></tr>
<tr><td>3</td><td>{N3}</td><td>삭제(운영자)</td></tr>
<tr><td>4</td><td>{N4}</td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>5</td><td>{N5.replace("&", "&amp;")}</td><td>조치 불가(운영정책 위반 사항 없음)</td></tr>
</table>
<p>처리 결과에 대한 문의는 <a href="https://right.naver.com/">권리보호센터</a>로 해 주시기 바랍니다.</p>
<p>네이버 권리보호센터 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 table",
    why="five rows, five results: 게시중단/삭제 removed, 임시조치 restricted, 작성자 삭제 not_found, 위반 없음 rejected",
    items={N1: "removed", N2: "restricted", N3: "removed", N4: "not_found", N5: "rejected"},
)

case(
    name="naver-not-deleted-korean",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Fri, 13 Sep 2024 08:44:19 +0000",
    subject=f"Re: [{R4}] 게시물 조치 요청 회신",
    reply_to_req=MID[R4],
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

{N3} 게시물은 삭제하지 않았습니다. 해당 게시물은 정품 구매 인증 후기로 확인되어, 위조상품 판매에 해당한다고 보기 어렵습니다.

반면 {N1} 게시물은 블라인드 처리하였습니다.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 reply refusing one post with its reason",
    why="'삭제하지 않았습니다' with a reason is a refusal (rejected); N1 블라인드 (removed)",
    items={N3: "rejected", N1: "removed"},
)

case(
    name="naver-correction-blind",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Mon, 16 Sep 2024 01:20:45 +0000",
    subject=f"[정정] {R4} 처리 결과 안내",
    reply_to_req=MID[R4],
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

지난 13일 회신에서 아래 게시물을 임시조치로 안내드렸으나, 담당자 확인 결과 안내가 잘못되었습니다.

{N2}

위 게시물은 임시조치가 아니라 게시중단(블라인드) 처리되었음을 정정하여 알려드립니다. 혼선을 드려 죄송합니다.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER correction notice (정정 안내)",
    why="the mail first mentions the old 임시조치 answer, then corrects it: N2 is 게시중단(블라인드), removed",
    items={N2: "removed"},
)

case(
    name="kakao-temp-measure-korean-particle",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 07:31:12 +0000",
    subject=f"[카카오] 권리침해 신고 처리 결과 안내 ({R5})",
    reply_to_req=MID[R5],
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

- {K1_RAW}에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
- {K2}： 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
{KAKAO_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 result notice",
    why="raw Korean path glued to a particle (에) is K1, 30-day 임시조치 (restricted); K2 deleted by its author (not_found), full-width stop",
    items={K1: "restricted", K2: "not_found"},
)

TG_CSV = f"""link,action,note
{T13},removed,Channel post deleted (illegal goods)
{T14},no action,Post contains no offer of controlled substances
"""

case(
    name="tg-csv-attachment",
    **{"from": "dsa@telegram.org"},
    date="Sat, 14 Sep 2024 10:02:51 +0000",
    subject=f"Re: {R7} - results",
    reply_to_req=MID[R7],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tgcsv-7741"

--tgcsv-7741
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find the results of our review in the attached file.

{TG_SIG}

--tgcsv-7741
Content-Type: text/csv; charset=utf-8; name="review-results-{R7}.csv"
Content-Disposition: attachment; filename="review-results-{R7}.csv"
Content-Transfer-Encoding: base64

{b64(TG_CSV)}
--tgcsv-7741--
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk reply with a CSV of per-link actions",
    why="CSV rows: T13 removed; T14 'no action' with its reason (rejected)",
    items={T13: "removed", T14: "rejected"},
)

case(
    name="x-top-posted-gmail-quote",
    **{"from": "legal@x.com"},
    date="Fri, 13 Sep 2024 15:09:27 +0000",
    subject=f"Re: {R2} removal request",
    reply_to_req=MID[R2],
    body=f"""Hi,

Update: the Post at {X3} has now been removed for violating our rules on illegal goods and services.

X Legal

On Tue, Sep 10, 2024 at 9:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under reference {R2} we request the removal of the following Posts,
> which offer controlled substances for sale in Korea:
>
> {X1}
> {X2}
> {X3}
> {X4}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up top-posted above the quoted request (Gmail quoting)",
    why="only X3 is stated (removed); the other URLs are in the quoted request and stay pending",
    items={X3: "removed", X1: "pending", X2: "pending", X4: "pending"},
)

case(
    name="yt-outlook-original-message",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    date="Sat, 14 Sep 2024 03:12:00 +0000",
    subject=f"RE: {R3} request for removal",
    reply_to_req=MID[R3],
    body=f"""Hello,

We have age-restricted {Y2}. The other two videos in your request remain under review.

Kind regards,
Google Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:15 AM
To: legal-kr@google.com
Subject: {R3} request for removal

Please remove the following videos promoting illegal online gambling:
{Y1}
{Y2}
{Y3}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-support reply over an Outlook-quoted original",
    why="Y2 age-restricted (restricted); 'the other two ... under review' keeps Y1 and Y3 pending; the quoted request is not a statement",
    items={Y2: "restricted", Y1: "pending", Y3: "pending"},
)

case(
    name="tg-quoted-printable-dash-list",
    **{"from": "abuse@telegram.org"},
    date="Sat, 14 Sep 2024 06:27:33 +0000",
    subject=f"Re: {R1} - follow-up",
    reply_to_req=MID[R1],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hello again,

Results for three more links from your report:

https://t.me/grey_lan=
tern_kr/120 =E2=80=93 deleted
{T7} =E2=80=93 deleted after a second review by a senior=
 moderator
{T8} =E2=80=93 we could not find this message; it may hav=
e been removed by the channel admin before our review

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk follow-up, quoted-printable with a soft break inside a URL",
    why="T6 deleted (URL split by a QP soft break), T7 deleted on second review, T8 'could not find' is not_found; the 'may have been' only guesses why",
    items={T6: "removed", T7: "removed", T8: "not_found"},
)

NAVER_B64_BODY = f"""안녕하세요. 네이버 고객센터입니다.

{R4} 요청 건 중 아래 게시물의 조치 결과를 안내드립니다.

{N4} : 삭제 처리 완료
{N5} : 비공개 처리 완료

네이버 고객센터 드림
"""

case(
    name="naver-base64-private",
    **{"from": "noreply@naver.com"},
    name_from="네이버 고객센터",
    date="Sat, 14 Sep 2024 09:00:10 +0000",
    subject=f"[네이버] {R4} 조치 결과 안내",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(NAVER_B64_BODY)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre notice in a base64 body",
    why="N4 삭제 (removed), N5 비공개 처리 (removed); the query-string URL must match as given",
    items={N4: "removed", N5: "removed"},
)

case(
    name="x-angle-brackets-suspended",
    **{"from": "legal@x.com"},
    date="Mon, 16 Sep 2024 12:44:09 +0000",
    subject=f"{R2}: action taken",
    body=f"""Hello,

The following Post has been withheld in South Korea: <{X3}>.

The account @pale_kestrel has been suspended for repeated violations of our rules, so <{X1}> is no longer available on X.

Thanks,
{X_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal notice with URLs in angle brackets and an account suspension",
    why="X3 withheld in Korea (restricted); X1 unavailable because its account is suspended (removed); X2 from the same account is not named",
    items={X3: "restricted", X1: "removed"},
)

case(
    name="tg-echoed-report-decision",
    **{"from": "noreply@telegram.org"},
    date="Sun, 15 Sep 2024 13:15:40 +0000",
    subject="Your report has been processed",
    body=f"""Your report

Reported link: {T11}
Reason given: Illegal goods / gambling
Reported by: takedown@kcsc.example (reference {R1})

Decision

Blocked. The message violates the Telegram Terms of Service and is no longer accessible.

If you have further concerns, you can contact us at https://telegram.org/support.
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram report-processed notice echoing the report",
    why="the echoed report names one link and the decision below it says 'Blocked ... no longer accessible' (removed)",
    items={T11: "removed"},
)

case(
    name="yt-dsa-statement-of-reasons",
    **{"from": "noreply-legal@google.com"},
    name_from="YouTube",
    date="Sun, 15 Sep 2024 22:31:18 +0000",
    subject=f"Statement of reasons for your notice {R3}",
    body=f"""Statement of reasons

Content: {Y1}
Decision: visibility restriction; the video has been made unavailable in the Republic of Korea.
Territorial scope: KR only. The video remains available in other countries.
Grounds: illegal content under local law (notice from a government authority).
Automated means: not used for this decision.

Redress: the uploader may appeal at https://support.google.com/youtube/answer/185111.

YouTube
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (YouTube style)",
    why="unavailable in Korea only: restricted, despite 'remains available in other countries'",
    items={Y1: "restricted"},
)

case(
    name="kakao-first-second-by-position",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Mon, 16 Sep 2024 04:05:56 +0000",
    subject=f"Re: [{R5}] 음란물 게시물 조치 요청",
    reply_to_req=MID[R5],
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물은 다음과 같습니다.
  ① {K1_RAW}
  ② {K2}

검토 결과, 첫 번째 게시물은 운영정책에 따라 삭제되었으며, 두 번째 게시물은 운영정책 위반 사항이 확인되지 않아 게시가 유지됩니다.

{KAKAO_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 reply answering by position",
    why="'첫 번째' is K1 (deleted, removed); '두 번째' is K2 (no violation, stays up: rejected)",
    items={K1: "removed", K2: "rejected"},
)

case(
    name="naver-url-below-statement",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Tue, 17 Sep 2024 02:40:00 +0000",
    subject=f"[네이버] {R4} 추가 처리 결과",
    reply_to_req=MID[R4],
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

아래 게시물은 임시조치(30일) 되었습니다.
{N2}

아래 게시물은 삭제되었습니다.
{N4}

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 notice with each statement above its URL",
    why="statement lines point down ('아래'): N2 임시조치 (restricted), N4 삭제 (removed)",
    items={N2: "restricted", N4: "removed"},
)

case(
    name="tg-blocked-but-not",
    **{"from": "abuse@telegram.org"},
    date="Mon, 16 Sep 2024 07:19:03 +0000",
    subject=f"Re: {R1} orchid_exchange",
    reply_to_req=MID[R1],
    body=f"""Hello,

We've blocked {T10} but not {T9}, which is a discussion thread about betting odds that doesn't break our Terms of Service.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, one sentence with an action and a refusal",
    why="'blocked X but not Y, which doesn't break our ToS': T10 removed, T9 rejected",
    items={T10: "removed", T9: "rejected"},
)

case(
    name="x-hedge-relative-removed",
    **{"from": "legal@x.com"},
    date="Tue, 17 Sep 2024 09:55:21 +0000",
    subject=f"Re: {R2}",
    reply_to_req=MID[R2],
    body=f"""Hello,

The Post at {X4}, which may also be covered by a separate court order we received last week, has been removed from X.

Regards,
{X_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a side remark in a relative clause",
    why="'may also be covered' is a hedge about a court order, not about the action; the main clause says removed",
    items={X4: "removed"},
)

case(
    name="yt-reinstated-after-appeal",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 06:02:47 +0000",
    subject=f"Re: {R3} - change of outcome",
    reply_to_req=MID[R3],
    body=f"""Hello,

On September 14 we informed you that {Y3} had been removed. The uploader appealed, and a second review found that the Short does not violate our Community Guidelines or local law. The Short has therefore been reinstated and will remain available.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube appeal outcome reversing an earlier removal",
    why="the first sentence reports an old statement; the final decision is reinstated for no violation (rejected)",
    items={Y3: "rejected"},
)

case(
    name="tg-receipt-plus-action",
    **{"from": "dsa@telegram.org"},
    date="Fri, 13 Sep 2024 12:48:30 +0000",
    subject=f"Re: {R7} [Case #6631207]",
    reply_to_req=MID[R7],
    body=f"""Hello,

We have received your notice and opened case #6631207.

The first link in your notice, {T13}, was already handled under an earlier report and has been removed. The second link is with our moderators.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA receipt that also reports one action",
    why="a receipt phrase plus an unhedged removal of T13 is not a pure acknowledgement; 'the second link' (T14) is still with moderators",
    items={T13: "removed", T14: "pending"},
)

# ==================================================================== REVIEW

case(
    name="tg-promise-only",
    **{"from": "abuse@telegram.org"},
    date="Tue, 10 Sep 2024 03:02:11 +0000",
    subject=f"Re: {R1}",
    reply_to_req=MID[R1],
    body=f"""Hello,

Thank you for the report. The posts at {T1} and {T3} will be removed as soon as our moderators confirm the violation, normally within 24 hours.

{TG_SIG}
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk holding reply with a promise",
    why="'will be removed as soon as ... confirm' is a promise under a condition: nothing done yet",
    items={T1: "pending", T3: "pending"},
)

case(
    name="x-hedge-only",
    **{"from": "legal@x.com"},
    date="Wed, 11 Sep 2024 04:15:39 +0000",
    subject=f"Re: {R2}",
    reply_to_req=MID[R2],
    body=f"""Hi,

Our records suggest that the Post at {X2} may already have been deleted by the account holder before we reviewed it. We'll confirm once our check is complete.

{X_SIG}
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with a hedged observation",
    why="'records suggest ... may already have been deleted' and 'we'll confirm' is a hedge, not a statement",
    items={X2: "pending"},
)

case(
    name="yt-conditional-warning",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 10:30:00 +0000",
    subject=f"Re: {R3}",
    reply_to_req=MID[R3],
    body=f"""Hello,

We have contacted the uploader of {Y2}. If the gambling links are not taken out of the video description within 7 days, the video will be removed.

{YT_SIG}
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal reply giving the uploader a deadline",
    why="a condition and a future action: Y2 stays pending",
    items={Y2: "pending"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Thu, 12 Sep 2024 07:00:00 +0000",
    subject=f"[네이버] {R4} 게시중단 요청 처리 완료",
    reply_to_req=MID[R4],
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

{R4} 건으로 요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

{NAVER_SIG}
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 완료 notice for a whole request",
    why="'요청하신 게시물 전체' for a five-item request names no item: bulk",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending", N5: "pending"},
)

case(
    name="kakao-bulk-both-deleted",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 02:11:09 +0000",
    subject=f"[카카오] {R5} 처리 결과",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

{R5} 건으로 요청하신 게시물은 모두 삭제 조치되었습니다.

{KAKAO_SIG}
""",
    outcome="review", review="bulk",
    imitates="Kakao 권리침해신고센터 one-line completion notice",
    why="'모두 삭제' for a two-item request names neither item: bulk",
    items={K1: "pending", K2: "pending"},
)

X_TABLE_HTML = f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome for the Posts in your request {R2}.</p>
<table border="1">
<tr><th>Post</th><th>Action</th></tr>
<tr><td>{X2}</td><td>Removed</td></tr>
<tr><td>{X3}</td><td>Withheld (KR)</td></tr>
</table>
<p>Note: the Post {X2} was reviewed and found not to violate the X Rules; it remains available.</p>
<p>X Legal</p>
</body></html>"""

case(
    name="x-table-contradicted-by-note",
    **{"from": "legal@x.com"},
    date="Sat, 14 Sep 2024 18:20:02 +0000",
    subject=f"Re: {R2} outcome",
    reply_to_req=MID[R2],
    type="html",
    body=X_TABLE_HTML,
    outcome="review", review="conflicting_statements",
    imitates="X legal outcome table followed by a note",
    why="the table says X2 Removed, the note says X2 not in violation and still available; no sign which is later: review, nothing applied",
    items={X2: "pending", X3: "pending"},
)

case(
    name="tg-dkim-fail",
    **{"from": "abuse@telegram.org"},
    auth="fail",
    date="Wed, 11 Sep 2024 15:37:50 +0000",
    subject=f"Re: {R1}",
    reply_to_req=MID[R1],
    body=f"""Hello,

{T3} has been removed.

{TG_SIG}
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse-desk reply whose DKIM/DMARC failed",
    why="telegram.org sender failing authentication: not trusted, T3 stays pending",
    items={T3: "pending"},
)

case(
    name="unknown-moderation-vendor",
    **{"from": "casework@tgmod-partners.example"},
    name_from="Moderation Partner Desk",
    date="Thu, 12 Sep 2024 11:11:11 +0000",
    subject=f"{R1} - handled on behalf of Telegram",
    body=f"""Dear KCSC team,

We handle abuse casework for several messaging services. Regarding {R1}: {T4} and {T5} have been blocked.

Best regards,
Casework Desk
""",
    outcome="review", review="unknown_sender",
    imitates="third-party moderation vendor claiming to act for a platform",
    why="a domain that belongs to no platform states statuses: unknown sender, nothing applied",
    items={T4: "pending", T5: "pending"},
)

case(
    name="naver-about-daum-post",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Fri, 13 Sep 2024 05:25:14 +0000",
    subject="Re: 다음 카페 게시물 관련 문의",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

문의하신 {K1_RAW} 게시물은 확인해 보니 이미 삭제되어 접근되지 않습니다.
다만 해당 게시물은 당사 서비스가 아닌 카카오(다음)의 서비스이므로, 정확한 처리 경위는 카카오 측에 확인하여 주시기 바랍니다.

{NAVER_SIG}
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply about a post on another portal",
    why="NAVER states the state of a Daum (Kakao) post: wrong platform, K1 stays pending",
    items={K1: "pending"},
)

case(
    name="naver-asks-documents",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 08:08:08 +0000",
    subject=f"Re: [{R4}] 추가 자료 요청",
    reply_to_req=MID[R4],
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

{N5} 게시물의 조치를 검토하기 위해 위조상품임을 확인할 수 있는 자료(상표권자 감정서 등)와 요청 기관 공문 사본을 회신해 주시기 바랍니다.

자료가 확인되는 대로 검토를 진행하겠습니다.

{NAVER_SIG}
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 권리보호센터 request for supporting documents",
    why="asks for documents before acting: a request for information, N5 pending",
    items={N5: "pending"},
)

case(
    name="yt-new-contact-no-claims",
    **{"from": "jiyeon.han@google.com"},
    name_from="Jiyeon Han",
    date="Tue, 17 Sep 2024 00:45:33 +0000",
    subject="New point of contact for government removal requests",
    body="""Dear KCSC team,

I have taken over from my colleague as your point of contact for government removal requests concerning YouTube in Korea. Please keep sending requests through the usual address, and feel free to copy me on anything urgent.

I look forward to working with you.

Best regards,
Jiyeon Han
Government Affairs & Public Policy, Google Korea
""",
    outcome="review", review="no_claims",
    imitates="personal note from a platform's new government-affairs contact",
    why="trusted Google mail naming no item and no request",
    items={},
)

# =================================================================== IGNORED

case(
    name="naver-out-of-office",
    **{"from": "minseo.kwon@navercorp.com"},
    name_from="권민서",
    date="Wed, 11 Sep 2024 00:03:10 +0000",
    subject=f"[자동응답] 부재중입니다 (Re: [{R4}] 게시물 조치 요청)",
    reply_to_req=MID[R4],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요, 권민서입니다.

9월 11일부터 9월 18일까지 휴가로 부재중입니다. 메일 확인이 늦어질 수 있습니다.
급한 게시중단 요청은 권리보호센터(right@navercorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply from a platform employee",
    why="auto-reply (Auto-Submitted), states nothing about items",
    items={},
)

case(
    name="google-automatic-reply",
    **{"from": "dmitri.ostrov@google.com"},
    name_from="Dmitri Ostrov",
    date="Tue, 10 Sep 2024 02:16:40 +0000",
    subject=f"Automatic reply: {R3} request for removal",
    reply_to_req=MID[R3],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""I am out of the office until Monday, September 16, with limited access to email.

For legal removal requests, please use the legal help centre at https://support.google.com/legal/answer/3110420.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook-style 'Automatic reply' out-of-office",
    why="out-of-office auto-reply quoting the subject of our request",
    items={},
)

DSN_ORIG = f"""Message-ID: <{MID[R6]}@kcsc.example>
Date: Fri, 13 Sep 2024 10:15:11 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: {R6} privacy complaint

Please remove the following video, which discloses a private person's
home address and phone number:

{Y4}
"""

case(
    name="google-dsn-bounce",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Fri, 13 Sep 2024 01:15:19 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-00088f2a"

--dsn-00088f2a
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to legal-kr-old@google.com because the address
couldn't be found, or is unable to receive mail.

--dsn-00088f2a
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 13 Sep 2024 01:15:12 +0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn-00088f2a
Content-Type: message/rfc822

{DSN_ORIG}
--dsn-00088f2a--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification with the original request attached",
    why="a bounce: the URL is only in our own returned request",
    items={Y4: "pending"},
)

case(
    name="tg-read-receipt",
    **{"from": "dsa@telegram.org"},
    date="Fri, 13 Sep 2024 02:40:05 +0000",
    subject=f"Read: {R7} removal request",
    reply_to_req=MID[R7],
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-3c91"

--mdn-3c91
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to dsa@telegram.org at 13/09/2024 10:33.
It only confirms that the message was displayed on the recipient's computer.

--mdn-3c91
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Webmail
Final-Recipient: rfc822; dsa@telegram.org
Original-Message-ID: <{MID[R7]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-3c91--
""",
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (read receipt)",
    why="an MDN says only that our request was displayed",
    items={},
)

case(
    name="tg-ticket-receipt",
    **{"from": "noreply@telegram.org"},
    date="Mon, 09 Sep 2024 01:05:44 +0000",
    subject=f"[Case #6619902] We received your report ({R1})",
    reply_to_req=MID[R1],
    body=f"""Hello,

We have received your report and created case #6619902. Our team reviews reports in the order they arrive; there is no need to send it again.

This is an automated message. Replies to this address are not monitored.
https://telegram.org/faq#q-there-39s-illegal-content-on-telegram-how-do-i-take-it-down
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram ticket-created receipt",
    why="pure acknowledgement with a case number",
    items={},
)

case(
    name="x-case-number-receipt",
    **{"from": "no-reply@x.com"},
    date="Tue, 10 Sep 2024 00:32:18 +0000",
    subject=f"Case# 0193-4477-KR: your legal request has been received",
    body=f"""Hello,

Thank you for contacting X. This is confirmation that we received your legal request (your reference: {R2}). Your case number is 0193-4477-KR; please quote it in any follow-up.

We review each request carefully and will respond as soon as we can.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal-request receipt with a case number",
    why="pure acknowledgement: received, case number, 'will respond'",
    items={},
)


HEADER = """# Blind set 306 (tests/corpus/blind306/): what a program gets wrong.
# Written by tests/corpus/blind306/make.py; expected results written from
# each email's meaning before the reader was run. See NOTES.md."""


def encode_word(text):
    """RFC 2047 encoded-word for non-ASCII display names and subjects, as real mailers send them."""
    if all(ord(ch) < 128 for ch in text):
        return text
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def main():
    write_requests()
    for c in CASES:
        c["subject"] = encode_word(c["subject"])
        if "name_from" in c:
            c["name_from"] = encode_word(c["name_from"])
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
