#!/usr/bin/env python3
"""Blind set 774: what a program gets wrong.

Writes requests.csv, cases/*.eml and expected.toml (deterministic):

    python3 tests/corpus/blind774/make.py

Every email is fictional and written in our own sentences, in the manner of
the public notice named in its `imitates` field. Expected results were
written from each email's meaning alone, before the reader was run on it.
Focus: several statuses in one sentence, hedges in relative clauses,
negations, refusals with reasons, later sentences that revise earlier ones,
a table contradicted by a note, statuses given by position.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind774"

# ---------------------------------------------------------------- requests
R_X, R_YT, R_TG, R_NV, R_KK, R_YT1, R_TG2 = (
    "KCSC-240917-01", "KCSC-240917-02", "KCSC-240918-03", "KCSC-240919-04",
    "KCSC-240920-05", "KCSC-240923-06", "KCSC-240924-07")

X1 = "https://x.com/lucky_spin_kr/status/1834410000000000101"
X2 = "https://x.com/lucky_spin_kr/status/1834410000000000102"
X3 = "https://x.com/jackpot_dal/status/1834522000000000211"
X4 = "https://x.com/jackpot_dal/status/1834522000000000212"
X5 = "https://x.com/moonbet_vip/status/1834633000000000320"
X6 = "https://x.com/moonbet_vip/status/1834633000000000321"
X7 = "https://x.com/toto_ari_77/status/1834744000000000437"
X8 = "https://x.com/toto_ari_77/status/1834744000000000438"
X9 = "https://x.com/casino_haneul/status/1834855000000000549"
X10 = "https://x.com/casino_haneul/status/1834855000000000550"
X11 = "https://x.com/slot_byeol/status/1834966000000000661"
X12 = "https://x.com/betting_gosu"
X_ALL = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm4tR7vXk2a"
Y2 = "https://www.youtube.com/watch?v=Hb9LpW3sZe0"
Y3 = "https://www.youtube.com/shorts/Tn6cY1uDf8k"
Y4 = "https://www.youtube.com/@pill_market_kr"
Y_ALL = [Y1, Y2, Y3, Y4]

T1 = "https://t.me/ice_delivery_seoul/118"
T2 = "https://t.me/ice_delivery_seoul/121"
T3 = "https://t.me/candy_shop_bsn/45"
T4 = "https://t.me/candy_shop_bsn/46"
T5 = "https://t.me/night_pharm_kr"
T_ALL = [T1, T2, T3, T4, T5]

N1 = "https://blog.naver.com/haru_sodam/223580114201"
N2 = "https://blog.naver.com/haru_sodam/223580114388"
N3 = "https://cafe.naver.com/greenleafclub/5521"
N4 = "https://cafe.naver.com/greenleafclub/5527"
N_ALL = [N1, N2, N3, N4]

K1 = "https://cafe.daum.net/bluemoontrade/Hk2e/301"
K2 = "https://moonlight-shop.tistory.com/entry/%EC%95%BD%EC%B4%88-%ED%8C%90%EB%A7%A4-%EC%95%88%EB%82%B4"
K2_RAW = "https://moonlight-shop.tistory.com/entry/약초-판매-안내"
K3 = "https://moonlight-shop.tistory.com/12"

V1 = "https://www.youtube.com/watch?v=zP0aK8mWq3c"

G1 = "https://t.me/seoul_vape_liquid/903"
G2 = "https://t.me/seoul_vape_liquid/911"

REQUESTS = [
    # ref, platform, sent_at, due_at, message_id, category, urls, note
    (R_X, "x", "2024-09-17T10:12:00+09:00", "2024-09-24T18:00:00+09:00",
     "r774-01.20240917@kcsc.example", "illegal_gambling", X_ALL, "gambling promotion network"),
    (R_YT, "youtube", "2024-09-17T11:40:00+09:00", "2024-09-24T18:00:00+09:00",
     "r774-02.20240917@kcsc.example", "drug_sales", Y_ALL, "online pill market"),
    (R_TG, "telegram", "2024-09-18T09:30:00+09:00", "2024-09-25T18:00:00+09:00",
     "r774-03.20240918@kcsc.example", "drug_sales", T_ALL, "delivery channels"),
    (R_NV, "naver", "2024-09-19T14:05:00+09:00", "2024-09-26T18:00:00+09:00",
     "r774-04.20240919@kcsc.example", "drug_sales", N_ALL, "blog and cafe posts"),
    (R_KK, "kakao", "2024-09-20T10:00:00+09:00", "2024-09-27T18:00:00+09:00",
     "r774-05.20240920@kcsc.example", "drug_sales", [K1, K2, K3], "cafe and tistory"),
    (R_YT1, "youtube", "2024-09-23T16:20:00+09:00", "2024-09-30T18:00:00+09:00",
     "r774-06.20240923@kcsc.example", "obscene", [V1], "single video"),
    (R_TG2, "telegram", "2024-09-24T09:10:00+09:00", "2024-10-01T18:00:00+09:00",
     "r774-07.20240924@kcsc.example", "illegal_goods", [G1, G2], "vape liquid sales"),
]


def mid(ref):
    for r in REQUESTS:
        if r[0] == ref:
            return r[4].split("@")[0]
    raise KeyError(ref)


def quoted_request(ref, urls, prefix="> "):
    lines = ["Dear colleagues,", "",
             f"Under reference {ref}, the Korea Communications Standards Commission asks you",
             "to remove or disable access to the following content:", ""]
    lines += urls
    lines += ["", "Kind regards,", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================== APPLIED (26)

case(name="x-mixed-statuses-one-sentence", from_="legal-ops@x.com", name_from="X Legal",
     date="Thu, 19 Sep 2024 08:41:07 +0000",
     subject=f"Re: {R_X} [X case 0917-KR-55310]", reply_to_req=mid(R_X),
     body=f"""
Hello,

Thank you for your patience while we reviewed the request referenced above.

We have withheld {X1} and {X2} in the Republic of Korea, removed {X3} globally for violating the X Rules on illegal and regulated goods and services, and were unable to locate {X4}.

The other posts in this request are still being assessed; we will write to you separately about them.

Regards,
X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X legal request outcome email (country withheld / removed / not located)",
     why="one sentence carries three different statuses for four URLs",
     items={X1: "restricted", X2: "restricted", X3: "removed", X4: "not_found"})

case(name="x-not-removed-but-withheld", from_="legal-ops@x.com", name_from="X Legal",
     date="Thu, 19 Sep 2024 11:02:40 +0000",
     subject=f"Your legal request {R_X}", reply_to_req=mid(R_X),
     body=f"""
Hello KCSC,

We reviewed the posts listed below. They were not found to violate the X Rules, so they have not been removed from X. However, because the content appears to be unlawful under Korean law, we have withheld access to both posts in South Korea:

  {X5}
  {X6}

Users outside South Korea can still see them. The account holder has been notified, as described in our Legal request FAQs.

X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X country-withheld content notice to a government requester",
     why="'not removed' is negated; the statement for both URLs is withheld in Korea",
     items={X5: "restricted", X6: "restricted"})

case(name="x-refusal-with-reason", from_="legal-ops@x.com", name_from="X Legal",
     date="Fri, 20 Sep 2024 02:15:55 +0000",
     subject=f"Re: {R_X}", reply_to_req=mid(R_X),
     body=f"""
Hi,

After reviewing <{X9}> we have decided not to take action. The post links to a news article about a police crackdown on an illegal betting site and does not itself promote gambling, so it remains available on X.

<{X10}>, on the other hand, was removed for violating our illegal and regulated goods and services policy.

Thanks,
X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X legal team refusal with reasons, URLs in angle brackets",
     why="refusal with its reason for 549, removal for 550",
     items={X9: "rejected", X10: "removed"})

case(name="x-outcomes-by-item-number", from_="legal-ops@x.com", name_from="X Legal",
     date="Fri, 20 Sep 2024 07:30:12 +0000",
     subject=f"Outcome of your request {R_X} (partial)", reply_to_req=mid(R_X),
     body=f"""
Hello,

Please see the outcome for part of your request below.

Reported items:
 1. {X7}
 2. {X8}
 3. {X9}
 4. {X11}

Outcome:
 Items 1 and 2 - withheld in KR
 Item 3 - no violation found, no action taken
 Item 4 - content no longer available (deleted by the account owner)

We are still working on the remaining items.

X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X ticket reply echoing a numbered list and giving outcomes by number",
     why="statuses are given by the numbers of the echoed list just above",
     items={X7: "restricted", X8: "restricted", X9: "rejected", X11: "not_found"})

case(name="x-correction-later-sentence", from_="legal-ops@x.com", name_from="X Legal",
     date="Fri, 20 Sep 2024 09:48:31 +0000",
     subject=f"Correction: {R_X}", reply_to_req=mid(R_X),
     body=f"""
Hello,

Earlier today we told you that {X3} had been removed. That was a mistake on our side: the post has been withheld in South Korea only, and it is still visible in other countries. We apologise for the confusion.

Our statement about {X4} stands; that post was deleted by the user before we reviewed it.

X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X legal team correction of an earlier outcome email",
     why="the first sentence's 'removed' is revised to withheld in Korea; the second post was already deleted by its author",
     items={X3: "restricted", X4: "not_found"})

X_CSV = "\n".join([
    "url,action,detail",
    f"{X1},REMOVED,",
    f"{X2},REMOVED,",
    f"{X3},WITHHELD_KR,",
    f"{X4},WITHHELD_KR,",
    f"{X5},NO_ACTION,parody account; no promotion of gambling",
    f"{X6},WITHHELD_KR,",
    f"{X7},NOT_FOUND,",
    f"{X8},WITHHELD_KR,",
    f"{X9},REMOVED,",
    f"{X10},REMOVED,",
    f"{X11},WITHHELD_KR,",
    f"{X12},SUSPENDED,account suspended for repeated violations",
]) + "\n"

case(name="x-csv-attachment-all-twelve", from_="legal-ops@x.com", name_from="X Legal",
     date="Mon, 23 Sep 2024 05:12:09 +0000",
     subject=f"Final outcome - {R_X}", reply_to_req=mid(R_X),
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="xcsv-774-b1"

--xcsv-774-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome for each URL in your request {R_X}.

Codes used in the file:
  REMOVED      removed from X globally
  WITHHELD_KR  access withheld in South Korea
  SUSPENDED    account suspended; none of its posts can be viewed
  NO_ACTION    no violation of the X Rules or of local law found
  NOT_FOUND    the URL could not be located

This closes the request on our side.

X Legal Operations

--xcsv-774-b1
Content-Type: text/csv; charset=utf-8; name="outcome_{R_X}.csv"
Content-Disposition: attachment; filename="outcome_{R_X}.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--xcsv-774-b1--
""",
     outcome="applied", classification="confirmation",
     imitates="X bulk legal request outcome sent as a CSV attachment with a legend",
     why="one row per URL; codes explained in the body; a suspended account is made unavailable",
     items={X1: "removed", X2: "removed", X3: "restricted", X4: "restricted",
            X5: "rejected", X6: "restricted", X7: "not_found", X8: "restricted",
            X9: "removed", X10: "removed", X11: "restricted", X12: "removed"})

case(name="x-html-table-note-revises-row", from_="legal-ops@x.com", name_from="X Legal",
     date="Mon, 23 Sep 2024 08:20:44 +0000",
     subject=f"Re: {R_X} - outcome", reply_to_req=mid(R_X), type="html",
     body=f"""
<html><body>
<p>Hello,</p>
<p>Here is the outcome of our review for the following posts:</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>Reported URL</th><th>Action taken</th></tr>
<tr><td>1</td><td>{X7}</td><td>Withheld (KR)</td></tr>
<tr><td>2</td><td>{X8}</td><td>Withheld (KR)</td></tr>
<tr><td>3</td><td>{X1}</td><td>Removed</td></tr>
</table>
<p><b>Note on row 2:</b> our records show that {X8} had already been deleted by its author before our review, so the withholding shown in row 2 was never actually applied.</p>
<p>X Legal Operations</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="X HTML outcome table with a correcting footnote",
     why="the note below the table revises row 2: the post was already deleted by its author (not_found)",
     items={X7: "restricted", X8: "not_found", X1: "removed"})

case(name="yt-three-outcomes-prose", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date="Thu, 19 Sep 2024 06:05:18 +0000",
     subject=f"[8-3419000031552] Re: {R_YT}", reply_to_req=mid(R_YT),
     body=f"""
Hi,

Thanks for your legal request {R_YT}. Our team reviewed the content and took the following action.

We removed {Y1} from YouTube for violating our Community Guidelines. We restricted {Y2} so that it is not available in South Korea, based on local law. We did not take action on {Y3}, since it violates neither our policies nor the local law cited in your request.

If you have new information about the content we did not act on, you can reply to this email.

Regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube/Google legal removals outcome email",
     why="three sentences, three statuses, including a reasoned refusal",
     items={Y1: "removed", Y2: "restricted", Y3: "rejected"})

case(name="yt-hedge-in-relative-clause", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date="Fri, 20 Sep 2024 03:44:50 +0000",
     subject=f"[8-3419000031552] Update on {R_YT}", reply_to_req=mid(R_YT),
     body=f"""
Hello,

The video {Y1}, which may have been reported to us by other users as well, has been removed for violating our Community Guidelines.

The Short {Y3}, which appears to have been deleted by its uploader already, is still being checked by our team. We'll confirm its status in a follow-up.

Regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal support update email",
     why="the hedge in the first relative clause is about other reports, not the removal; the Short's status is only a hedge plus 'still being checked'",
     items={Y1: "removed", Y3: "pending"})

case(name="yt-sole-item-no-url", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date="Wed, 25 Sep 2024 01:30:02 +0000",
     subject=f"Re: {R_YT1} removal request", reply_to_req=mid(R_YT1),
     body="""
Hello,

Thank you for your request. After review, the content you identified has been removed from YouTube for violating our Community Guidelines on nudity and sexual content.

Regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal removal confirmation without the URL",
     why="one-item request: 'the content you identified has been removed' applies to its only item",
     items={V1: "removed"})

case(name="yt-age-restricted-not-removed", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date="Wed, 25 Sep 2024 06:58:13 +0000",
     subject=f"Re: {R_YT1}", reply_to_req=mid(R_YT1),
     body=f"""
Hi,

We reviewed {V1}. We won't be removing this video, as it doesn't violate our Community Guidelines. We have, however, age-restricted it, so it can no longer be watched by signed-out viewers or by users under 18.

Best regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube age-restriction outcome",
     why="'won't be removing' is negated; the video is age-restricted",
     items={V1: "restricted"})

case(name="tg-bullets-mixed", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Thu, 19 Sep 2024 13:22:36 +0000",
     subject=f"Re: {R_TG}", reply_to_req=mid(R_TG),
     body=f"""
Hello,

Regarding your report {R_TG}:

• t.me/ice_delivery_seoul/118 — blocked.
• t.me/ice_delivery_seoul/121 — message not found; it was removed by the channel admin before we got to it.
• t.me/night_pharm_kr — the channel is now unavailable to users in South Korea.

The two posts in candy_shop_bsn are still with our moderators.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk reply with a bulleted list of scheme-less t.me links",
     why="three bullets, three statuses; the candy_shop_bsn posts are still under review",
     items={T1: "removed", T2: "not_found", T5: "restricted", T3: "pending", T4: "pending"})

case(name="tg-url-on-line-below", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Fri, 20 Sep 2024 10:05:41 +0000",
     subject=f"Re: {R_TG}", reply_to_req=mid(R_TG),
     body=f"""
Hi,

The following channel has been blocked on Telegram:
{T5}

We were unable to find the following messages (the links may point to posts that the channel owner has already removed):
{T3}
{T4}

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse reply, statement line with the URLs on the lines below",
     why="the hedge sits in a parenthesis about the cause; 'unable to find' is itself unhedged",
     items={T5: "removed", T3: "not_found", T4: "not_found"})

case(name="tg-refusal-negated-block", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Fri, 20 Sep 2024 14:40:09 +0000",
     subject=f"Re: {R_TG} candy_shop_bsn", reply_to_req=mid(R_TG),
     body=f"""
Hello,

We have not blocked {T3}. It is a repost of a public health warning and contains no offer to sell anything, so it does not break our Terms of Service.

{T4} has been blocked and is no longer accessible.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk refusal with reason next to a block",
     why="'have not blocked' plus a reason is a refusal; the second post is blocked",
     items={T3: "rejected", T4: "removed"})

case(name="tg-small-request-one-invalid", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Wed, 25 Sep 2024 08:17:26 +0000",
     subject=f"Re: {R_TG2}", reply_to_req=mid(R_TG2),
     body=f"""
Hello,

Concerning {R_TG2}:

{G1} has been taken down.

The other link you sent, t.me/seoul_vape_liquid/911, is invalid: the channel has no post with that number.

— Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk short reply",
     why="903 taken down; 911 does not exist",
     items={G1: "removed", G2: "not_found"})

case(name="tg-blocked-but-not-the-other", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Sat, 21 Sep 2024 04:51:30 +0000",
     subject=f"Re: {R_TG} ice_delivery_seoul", reply_to_req=mid(R_TG),
     body="""
Hi,

We blocked t.me/ice_delivery_seoul/118 but not t.me/ice_delivery_seoul/121: the latter is only an announcement that the channel is closing and contains no offer of drugs.

Regards,
Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk reply",
     why="one sentence: 118 blocked, 121 explicitly not blocked with a reason",
     items={T1: "removed", T2: "rejected"})

case(name="naver-two-statuses-one-sentence", from_="rights@navercorp.com", name_from="NAVER 권리보호센터",
     date="Mon, 23 Sep 2024 02:10:00 +0000",
     subject=f"[NAVER] 게시중단 요청({R_NV}) 처리 결과 안내", reply_to_req=mid(R_NV),
     body=f"""
안녕하세요, 네이버 권리보호센터입니다.

귀 위원회에서 요청하신 게시물에 대한 검토 결과를 안내드립니다.

요청하신 게시물 중 {N1} 은 운영정책 위반으로 삭제하였고, {N2} 은 관련 법령에 따라 임시조치(30일간 게시중단)하였습니다.

나머지 카페 게시물 2건은 카페 매니저 확인 절차가 진행 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 권리보호센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 권리보호센터 게시중단/임시조치 처리 결과 안내",
     why="one Korean sentence: first post deleted, second under 임시조치; the cafe posts are promised later",
     items={N1: "removed", N2: "restricted", N3: "pending", N4: "pending"})

case(name="naver-html-result-table", from_="rights@navercorp.com", name_from="NAVER 권리보호센터",
     date="Tue, 24 Sep 2024 05:33:21 +0000",
     subject=f"[NAVER] 시정요구 조치결과 회신 ({R_NV})", reply_to_req=mid(R_NV), type="html",
     body=f"""
<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>요청번호 {R_NV} 건의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>게시중단</td><td>-</td></tr>
<tr><td>2</td><td>{N2}</td><td>삭제</td><td>-</td></tr>
<tr><td>3</td><td>{N3}</td><td>게시물 없음</td><td>작성자가 이미 삭제함</td></tr>
<tr><td>4</td><td>{N4}</td><td>미조치</td><td>운영정책 및 관련 법령 위반 사항이 확인되지 않음</td></tr>
</table>
<p>문의 사항은 본 메일로 회신해 주시기 바랍니다.</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 table from a portal",
     why="four rows: 게시중단, 삭제, 게시물 없음 (author deleted), 미조치 with its reason",
     items={N1: "removed", N2: "removed", N3: "not_found", N4: "rejected"})

case(name="naver-correction-notice", from_="rights@navercorp.com", name_from="NAVER 권리보호센터",
     date="Wed, 25 Sep 2024 07:02:45 +0000",
     subject=f"[정정] {R_NV} 처리 결과 안내", reply_to_req=mid(R_NV),
     body=f"""
안녕하세요, 네이버 권리보호센터입니다.

지난 9월 24일 회신에서 {N2} 게시물을 '삭제'로 안내드렸으나, 이는 담당자의 기재 오류였습니다.
해당 게시물은 삭제되지 않았으며, 현재 임시조치 상태로 국내 이용자의 접근이 제한되어 있습니다.

혼선을 드려 죄송합니다.
네이버 권리보호센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER correction (정정) of an earlier result notice",
     why="the earlier 'deleted' is withdrawn; the post is under 임시조치, access restricted in Korea",
     items={N2: "restricted"})

case(name="kakao-tistory-korean-url", from_="report@kakaocorp.com", name_from="카카오 고객센터",
     date="Tue, 24 Sep 2024 01:45:10 +0000",
     subject=f"[카카오] 신고 처리 결과 안내 ({R_KK})", reply_to_req=mid(R_KK),
     body=f"""
안녕하세요. 카카오 고객센터입니다.

{R_KK} 요청 건 중 티스토리 게시물에 대한 처리 결과를 안내드립니다.

① {K2_RAW} — 비공개 처리 완료
② 게시물({K3})은 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

Daum 카페 게시물은 별도로 안내드릴 예정입니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 고객센터 신고 처리 결과 (Tistory)",
     why="raw Korean path matches the percent-encoded item (비공개 처리 = removed); the second post is refused with a reason; the cafe post is promised later",
     items={K2: "removed", K3: "rejected", K1: "pending"})

KK_BODY = f"""안녕하세요, Daum 고객센터입니다.

요청번호 {R_KK} 관련하여 아래 카페 게시글에 대해 정보통신망법 제44조의2에 따른 임시조치를 하였습니다.

- 게시글: {K1}
- 조치일: 2024-09-24

임시조치 기간(30일) 동안 게시자의 재게시 요청이 없으면 해당 게시글은 삭제됩니다.

Daum 고객센터 드림
"""

case(name="kakao-daum-base64-temporary-measure", from_="cafe-report@daum.net", name_from="Daum 고객센터",
     date="Tue, 24 Sep 2024 09:12:00 +0000",
     subject=f"Daum 카페 게시글 임시조치 안내 ({R_KK})", reply_to_req=mid(R_KK),
     raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KK_BODY)}
""",
     outcome="applied", classification="confirmation",
     imitates="Daum 카페 임시조치 안내, base64 body",
     why="임시조치 is a restriction; the deletion after 30 days is only conditional",
     items={K1: "restricted"})

X_QP_BODY = f"""Hi KCSC team,

Quick update on the request below: {X11} is now withheld in South Korea. The account {X12} itself has been suspended for repeated violations, so it can no longer be viewed on X.

Best,
Dana
X Global Government Affairs

On Tue, 17 Sep 2024 at 10:12, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R_X, X_ALL)}
"""

case(name="x-qp-top-posted-over-request", from_="dana.k@x.com", name_from="Dana K.",
     date="Sat, 21 Sep 2024 00:30:55 +0000",
     subject=f"Re: {R_X} removal request", reply_to_req=mid(R_X),
     raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(X_QP_BODY)}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail top-posted reply from a platform staffer over the quoted request (quoted-printable)",
     why="two statements above the quote; the twelve quoted URLs below 'wrote:' say nothing",
     items={X11: "restricted", X12: "removed"})

case(name="yt-outlook-quoted-request", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date="Thu, 19 Sep 2024 09:15:27 +0000",
     subject=f"RE: {R_YT} removal request", reply_to_req=mid(R_YT),
     body=f"""
Hello,

We have terminated the channel {Y4} for violations of our spam, deceptive practices and scams policies.

The three videos listed in your request are still being reviewed by our team; we'll get back to you once we have a decision.

Kind regards,
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 11:40 AM
To: legal-kr@google.com
Subject: {R_YT} removal request

Dear YouTube Legal team,

Under reference {R_YT} we ask you to remove the following content:

{Y1}
{Y2}
{Y3}
{Y4}

Kind regards,
KCSC Takedown Desk
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply from YouTube legal support over the regulator's request",
     why="channel terminated (removed); the three videos are still under review; the Outlook-quoted request says nothing",
     items={Y4: "removed", Y1: "pending", Y2: "pending", Y3: "pending"})

case(name="x-echoed-report-form", from_="no-reply@x.com", name_from="X",
     date="Thu, 19 Sep 2024 15:03:19 +0000",
     subject="An update on your report",
     body=f"""
Hello,

We've reviewed your report. Here's a copy of what you sent us and what we decided.

Reported content: {X1}
Reported for: Illegal gambling promotion (Korea)
Our decision: We removed this post because it broke our rules on illegal and regulated goods and services.

Reported content: {X2}
Reported for: Illegal gambling promotion (Korea)
Our decision: We didn't find a violation of our rules or of the local law you cited, so we haven't taken action on this post.

Report ID: 1836001122334455667

Thanks,
X
""",
     outcome="applied", classification="confirmation",
     imitates="X 'update on your report' email echoing the report form",
     why="each echoed report carries its own decision: removed, then no action (rejected)",
     items={X1: "removed", X2: "rejected"})

case(name="yt-dsa-statement-of-reasons", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date="Fri, 20 Sep 2024 11:26:48 +0000",
     subject=f"Statement of reasons - {R_YT}", reply_to_req=mid(R_YT),
     body=f"""
Statement of reasons

Reference: {R_YT}
Content: {Y2}
Decision: visibility restriction. The video has been blocked from view in the following territory: KR (South Korea). It remains available elsewhere.
Ground: illegal content under the law of the Republic of Korea.
Detection: notice from a government authority. Automated decision: no.

Redress: the uploader may appeal this decision at https://support.google.com/youtube/answer/7774001.

YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="DSA-style statement of reasons (territorial visibility restriction)",
     why="territorial block in KR is a restriction; the appeal link is not an item",
     items={Y2: "restricted"})

case(name="x-hedge-relative-and-referral", from_="legal-ops@x.com", name_from="X Legal",
     date="Sat, 21 Sep 2024 06:40:02 +0000",
     subject=f"Re: {R_X} moonbet_vip", reply_to_req=mid(R_X),
     body=f"""
Hello,

The post <https://x.com/moonbet_vip/status/
1834633000000000320>, which we believe had also been flagged by
other users, has been removed for violating our rules.

We also examined {X6}. It may be unlawful under local law and has been referred to our legal team, who will decide whether to withhold it in Korea.

X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply with a URL wrapped inside angle brackets",
     why="the 'we believe' hedge is about other users' flags, the removal is stated; 321 is only referred",
     items={X5: "removed", X6: "pending"})

# ========================================================= REVIEW (12)

case(name="x-promise-only", from_="legal-ops@x.com", name_from="X Legal",
     date="Wed, 18 Sep 2024 23:10:34 +0000",
     subject=f"Re: {R_X}", reply_to_req=mid(R_X),
     body=f"""
Hello,

Thank you for your request. The posts {X7} and {X8} will be withheld in South Korea once our legal team has finished its assessment, which we expect within five business days.

X Legal Operations
""",
     outcome="review", review="not_understood",
     imitates="X legal interim reply (promise)",
     why="'will be withheld once ...' is a promise, not a statement",
     items={X7: "pending", X8: "pending"})

case(name="yt-hedge-only", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date="Tue, 24 Sep 2024 04:04:04 +0000",
     subject=f"Re: {R_YT1}", reply_to_req=mid(R_YT1),
     body=f"""
Hi, thanks for reaching out.

It looks like {V1} may already have been taken down by the uploader, but we're unable to confirm this at the moment. We'll let you know if there is anything further.

The YouTube Legal Support Team
""",
     outcome="review", review="not_understood",
     imitates="YouTube legal support hedged reply",
     why="'may already have been taken down ... unable to confirm' is a hedge",
     items={V1: "pending"})

case(name="tg-bulk-all-blocked", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Wed, 25 Sep 2024 03:00:17 +0000",
     subject=f"Re: {R_TG2}", reply_to_req=mid(R_TG2),
     body=f"""
Hello,

All content reported in {R_TG2} has been blocked. Thank you for helping keep Telegram safe.

Telegram Abuse Team
""",
     outcome="review", review="bulk",
     imitates="Telegram abuse desk one-line closure",
     why="'all content' for a two-item request without naming either item",
     items={G1: "pending", G2: "pending"})

case(name="naver-bulk-all-four", from_="rights@navercorp.com", name_from="NAVER 권리보호센터",
     date="Mon, 23 Sep 2024 08:45:00 +0000",
     subject=f"[NAVER] {R_NV} 처리 완료", reply_to_req=mid(R_NV),
     body=f"""
안녕하세요, 네이버 권리보호센터입니다.

{R_NV} 요청 건에 포함된 게시물 4건은 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="NAVER 게시중단 일괄 처리 완료 안내",
     why="'게시물 4건 모두' covers a four-item request without naming the posts",
     items={N1: "pending", N2: "pending", N3: "pending", N4: "pending"})

case(name="x-auth-fail-claims-removal", from_="legal-ops@x.com", name_from="X Legal",
     auth="fail",
     date="Sat, 21 Sep 2024 12:12:12 +0000",
     subject=f"Your report {R_X} has been processed",
     body=f"""
Hello,

Your report {R_X} has been processed. The following posts were removed:
{X9}
{X10}

X Legal
""",
     outcome="review", review="untrusted",
     imitates="X outcome email that fails DMARC",
     why="x.com sender fails DKIM/SPF/DMARC; nothing may change",
     items={X9: "pending", X10: "pending"})

case(name="unknown-vendor-for-telegram", from_="moderation@tg-trustdesk.com", name_from="TG Trust Desk",
     auth="none",
     date="Fri, 20 Sep 2024 16:33:08 +0000",
     subject=f"Re: {R_TG}",
     body=f"""
Dear KCSC,

We handle content moderation requests on behalf of Telegram in the APAC region.

{T1} and {T2} have been removed.

Best regards,
TG Trust Desk
""",
     outcome="review", review="unknown_sender",
     imitates="third-party moderation vendor reply",
     why="sender domain belongs to no configured platform",
     items={T1: "pending", T2: "pending"})

case(name="yt-says-telegram-link-not-ours", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date="Thu, 26 Sep 2024 02:18:40 +0000",
     subject="Re: removal request",
     body=f"""
Hello,

One of the links in your message, {G1}, does not point to YouTube. We could not find this content on YouTube and have no means of acting on it. Please contact the service that hosts it.

The YouTube Legal Support Team
""",
     outcome="review", review="wrong_platform",
     imitates="YouTube 'not our service' reply",
     why="YouTube speaks about a Telegram item",
     items={G1: "pending"})

case(name="x-table-contradicted-by-note", from_="legal-ops@x.com", name_from="X Legal",
     date="Sun, 22 Sep 2024 03:27:51 +0000",
     subject=f"Re: {R_X} casino_haneul", reply_to_req=mid(R_X), type="html",
     body=f"""
<html><body>
<p>Hello,</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X9}</td><td>Removed</td></tr>
</table>
<p>Additional information: this post is still live on X, as our review found that it does not break the X Rules.</p>
<p>X Legal Operations</p>
</body></html>
""",
     outcome="review", review="conflicting_statements",
     imitates="X HTML outcome table with an additional-information note",
     why="the table says removed, the note says still live and no violation; nothing marks either as the correction",
     items={X9: "pending"})

case(name="tg-statuses-by-position-no-urls", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Sat, 21 Sep 2024 09:09:09 +0000",
     subject=f"Re: {R_TG}", reply_to_req=mid(R_TG),
     body=f"""
Hello,

Re: {R_TG}. Results for the links in your report, in the order in which you listed them:

1 — blocked
2 — blocked
3 — not found
4 — no violation, left up
5 — blocked

Telegram Abuse
""",
     outcome="review", review="not_understood",
     imitates="Telegram abuse desk terse numbered reply",
     why="statuses only by position in a list the email does not repeat; a clerk must check the request's order first",
     items={T1: "pending", T2: "pending", T3: "pending", T4: "pending", T5: "pending"})

case(name="naver-asks-for-documents", from_="rights@navercorp.com", name_from="NAVER 권리보호센터",
     date="Fri, 20 Sep 2024 06:30:00 +0000",
     subject=f"[NAVER] {R_NV} 관련 추가 자료 요청", reply_to_req=mid(R_NV),
     body=f"""
안녕하세요, 네이버 권리보호센터입니다.

{R_NV} 요청 건과 관련하여, 정확한 검토를 위해 특히 {N4} 게시물이 위법하다고 판단하신 근거(관련 법 조항 및 심의 의결서 사본)를 본 메일로 회신해 주시기 바랍니다.

자료가 접수되는 대로 검토를 진행하겠습니다.

감사합니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER 추가 소명자료 요청",
     why="the platform asks for the legal basis before acting",
     items={N4: "pending"})

case(name="yt-policy-notice-no-claims", from_="legal-notices@google.com", name_from="Google Legal",
     date="Thu, 26 Sep 2024 00:00:41 +0000",
     subject="Change to how we receive legal removal requests",
     body="""
Hello,

From 1 November 2024, legal removal requests from Korean authorities must be submitted through our online form at https://support.google.com/legal/answer/3110420. Requests sent by email to this address will then no longer be processed.

If you have any questions, see https://support.google.com/legal/answer/7774100.

Google Legal
""",
     outcome="review", review="no_claims",
     imitates="Google legal channel-change notice",
     why="trusted platform mail naming no item and no request; policy/help links are not items",
     items={})

case(name="x-conditional-future-withhold", from_="legal-ops@x.com", name_from="X Legal",
     date="Fri, 20 Sep 2024 21:14:59 +0000",
     subject=f"Re: {R_X} toto_ari_77", reply_to_req=mid(R_X),
     body=f"""
Hello,

We have notified the account holder of {X7}. If the post is not deleted by the account holder within 48 hours, we will withhold it in the Republic of Korea.

X Legal Operations
""",
     outcome="review", review="not_understood",
     imitates="X legal notice of a pending user-notice period",
     why="a condition and a future action, no statement",
     items={X7: "pending"})

# ========================================================= IGNORED (7)

case(name="naver-out-of-office", from_="jiwon.seo@navercorp.com", name_from="서지원",
     date="Thu, 19 Sep 2024 05:06:00 +0000",
     subject=f"[자동회신] Re: {R_NV} 게시중단 요청", reply_to_req=mid(R_NV),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body=f"""
안녕하세요. 서지원입니다.
9월 19일부터 9월 27일까지 휴가로 메일 확인이 어렵습니다.
급한 게시중단 요청은 policy@navercorp.com 으로 보내주시기 바랍니다.

I am out of the office until 27 September.

{quoted_request(R_NV, N_ALL)}
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean/English out-of-office auto-reply quoting the request",
     why="auto-reply; the quoted request says nothing",
     items={N1: "pending", N2: "pending", N3: "pending", N4: "pending"})

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: {R_TG} removal request
Message-ID: <{mid(R_TG)}@kcsc.example>
Date: Wed, 18 Sep 2024 09:30:00 +0900

{quoted_request(R_TG, T_ALL, prefix='')}
"""

case(name="dsn-telegram-address-unknown", from_="MAILER-DAEMON@mx.kcsc.example",
     name_from="Mail Delivery System", auth="none",
     date="Wed, 18 Sep 2024 00:30:41 +0000",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-774-a"

--dsn-774-a
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mx.telegram.org[203.0.113.25] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn-774-a
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 09:30:00 +0900

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-774-a
Content-Type: message/rfc822

{DSN_ORIG}
--dsn-774-a--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix non-delivery report with the original request attached",
     why="DSN; the request it carries is our own text",
     items={T1: "pending", T5: "pending"})

case(name="x-read-receipt", from_="legal-ops@x.com", name_from="X Legal",
     date="Tue, 17 Sep 2024 03:25:00 +0000",
     subject=f"Read: {R_X} removal request", reply_to_req=mid(R_X),
     raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-774"

--mdn-774
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: {R_X} removal request
  Sent: Tuesday, September 17, 2024 10:12 AM (UTC+09:00)

was read on Tuesday, September 17, 2024 12:25 PM (UTC+09:00).

--mdn-774
Content-Type: message/disposition-notification

Reporting-UA: x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <{mid(R_X)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-774--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN)",
     why="read receipt",
     items={})

case(name="yt-ticket-receipt", from_="legal-noreply@google.com", name_from="Google Legal Support",
     date="Tue, 17 Sep 2024 02:41:37 +0000",
     subject=f"[8-3419000031552] We've received your request ({R_YT})", reply_to_req=mid(R_YT),
     body=f"""
Hello,

Thanks for contacting Google. This automated message confirms that we have received your request {R_YT} and assigned it the case ID 8-3419000031552.

Our team will review the content you reported. Due to the volume of requests, we may not reply to each one individually.

Please do not reply to this message.

Google Legal Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal request auto-receipt with case ID",
     why="pure acknowledgement with a promise to review",
     items={})

case(name="tg-ticket-ack", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Wed, 18 Sep 2024 00:55:02 +0000",
     subject=f"Re: {R_TG} [ticket TG-88412]", reply_to_req=mid(R_TG),
     body=f"""
Hello,

Your report regarding {R_TG} has been received and assigned ticket TG-88412. Our moderators will review the reported content and take action if it breaks Telegram's Terms of Service.

Telegram Abuse Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Telegram abuse desk ticket receipt",
     why="receipt with ticket number; 'will review' is a promise",
     items={})

case(name="kakao-receipt-korean", from_="noreply@kakaocorp.com", name_from="카카오 고객센터",
     date="Fri, 20 Sep 2024 01:02:11 +0000",
     subject=f"[카카오] 신고가 접수되었습니다 ({R_KK})", reply_to_req=mid(R_KK),
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""
안녕하세요. 카카오 고객센터입니다.

{R_KK} 신고가 정상적으로 접수되었습니다. (접수번호: 2409-KR-55731)
담당자가 검토한 후 처리 결과를 안내드리겠습니다.

본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao 신고 접수 완료 자동 안내",
     why="receipt only",
     items={})

case(name="dsn-delay-naver", from_="postmaster@mx.kcsc.example",
     name_from="Mail Delivery Subsystem", auth="none",
     date="Thu, 19 Sep 2024 09:05:00 +0000",
     subject="Delivery Status Notification (Delay)",
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-774-d"

--dsn-774-d
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     policy@navercorp.com

Message will be retried for 4 more day(s).

--dsn-774-d
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; policy@navercorp.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Mon, 23 Sep 2024 14:05:00 +0900

--dsn-774-d
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: {R_NV} removal request
Message-ID: <{mid(R_NV)}@kcsc.example>

--dsn-774-d--
""",
     outcome="ignored", classification="bounce",
     imitates="delay DSN (warning only)",
     why="delivery delay warning",
     items={})


HEADER = """# Blind set 774 (what a program gets wrong): written from each email's
# meaning before any run of the reader. Generated by make.py; do not edit.
"""


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, msgid, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid, note])


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
