#!/usr/bin/env python3
"""Blind set 396: what a program gets wrong.

Mixed statuses in one sentence, hedges and promises inside relative
clauses, negations ("was not removed", "삭제하지 않았습니다"), refusals
with their reasons, later sentences that correct earlier ones, a table
corrected (or contradicted) by a note, and statuses given by position in a
numbered list. Written from each email's meaning, before any run of the
reader. All names, ids and URLs are fictional.

    python3 tests/corpus/blind396/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind396"

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
R1, R2, R3 = "KCSC-240912-01", "KCSC-240912-02", "KCSC-240912-03"
R4, R5 = "KCSC-240913-04", "KCSC-240913-05"
R6, R7 = "KCSC-240916-06", "KCSC-240916-07"


def mid(ref):
    return "req-" + ref[5:].lower()


YT = "https://www.youtube.com/watch?v="
Y = {
    1: YT + "q7Lm2RfTx0a",
    2: YT + "Hb3nVw9KpZc",
    3: YT + "tR8yUe1oMq4",
    4: YT + "Zx5cP0wLjN2",
    5: YT + "aF9gDs3eKv7",
    6: YT + "mW2nQy6hTb8",
    7: YT + "Ko4rJi7uXs1",
    8: YT + "eP6tBz2cVn5",
    9: "https://www.youtube.com/shorts/Lq3vR8sYw0d",
    10: "https://www.youtube.com/shorts/Nc7fG1hUk9m",
    11: "https://www.youtube.com/@nightcrow_tv",
    12: YT + "Sd0kM4pAy6e",
}
X1 = "https://x.com/grey_lantern88/status/1835512093370245121"
X2 = "https://x.com/grey_lantern88/status/1835530047716036609"
X3 = "https://x.com/mokpo_drift/status/1835601388844773890"
X4 = "https://x.com/mokpo_drift/status/1835622904113152011"
T1 = "https://t.me/dawnledger_kr/412"
T2 = "https://t.me/dawnledger_kr/418"
T3 = "https://t.me/hwaseong_swap"
N1 = "https://blog.naver.com/seoulnight77/223571120384"
N2 = "https://blog.naver.com/seoulnight77/223571120519"
N3 = "https://cafe.naver.com/gyeoul2024/5521"
N4 = "https://cafe.naver.com/gyeoul2024/5537"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60208&docId=471120933"
K1 = "https://cafe.daum.net/haneulmarket/Lk2F/311"
K2 = "https://byeolnote.tistory.com/142"
K3_RAW = "https://byeolnote.tistory.com/entry/원본-공유-링크"
K3 = "https://byeolnote.tistory.com/entry/" + quote("원본-공유-링크")
S1 = YT + "Vr2xTq8LmC3"
Z1 = "https://x.com/hanok_whisper/status/1836120044871520256"
Z2 = "https://x.com/hanok_whisper/status/1836133390178398318"

REQUESTS = [
    (R1, "youtube", "2024-09-12T10:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [Y[i] for i in range(1, 13)], "illegal_gambling", "gambling promotion videos and one channel"),
    (R2, "x", "2024-09-12T10:05:00+09:00", "2024-09-19T23:59:59+09:00",
     [X1, X2, X3, X4], "drugs", "posts advertising drug sales"),
    (R3, "telegram", "2024-09-12T10:10:00+09:00", "2024-09-19T23:59:59+09:00",
     [T1, T2, T3], "drugs", "two channel posts and one channel"),
    (R4, "naver", "2024-09-13T09:30:00+09:00", "2024-09-20T23:59:59+09:00",
     [N1, N2, N3, N4, N5], "defamation", "blog, cafe and Knowledge iN posts"),
    (R5, "kakao", "2024-09-13T09:40:00+09:00", "2024-09-20T23:59:59+09:00",
     [K1, K2, K3], "privacy", "Daum cafe post and two Tistory posts"),
    (R6, "youtube", "2024-09-16T11:00:00+09:00", "2024-09-23T23:59:59+09:00",
     [S1], "defamation", "single video"),
    (R7, "x", "2024-09-16T11:10:00+09:00", "2024-09-23T23:59:59+09:00",
     [Z1, Z2], "obscenity", "two posts"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
def enc(s):
    """RFC 2047 encoded words for a non-ASCII header value."""
    if all(ord(ch) < 128 for ch in s):
        return s
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 36:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode("ascii") + "?="
                      for w in words)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted(lines):
    return "\n".join("> " + ln if ln else ">" for ln in lines)


def request_lines(ref, urls, greeting):
    return [greeting, "",
            "The Korea Communications Standards Commission asks you to remove or restrict",
            f"the following content (reference {ref}):", ""] + urls + [
            "", "Korea Communications Standards Commission", "takedown@kcsc.example"]


HDR = "Korea Communications Standards Commission"

# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
cases = []


def case(**c):
    cases.append(c)


# ===================== applied =====================

case(
    name="yt-one-sentence-four-outcomes",
    **{"from": "legal-kr-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 15:22:41 +0900",
    subject=f"Re: [{R1}] Request for removal of content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Thank you for your notice {R1}.

After reviewing the videos you flagged, we removed {Y[1]} and
{Y[2]}, blocked {Y[3]} for viewers in South Korea,
and did not take action on {Y[4]}, which we found does not
violate our Community Guidelines or local law.

We are still assessing the remaining URLs in your notice and will write
again once that review is complete.

For more on how we handle legal requests, see
https://support.google.com/legal/answer/3110420

Regards,
Minseo
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (partial answer, prose)",
    why="one sentence carries removed, removed, geo-blocked and no-action-with-reason; the rest is a promise",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-relative-clause-hedges",
    **{"from": "legal-kr-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 10:04:13 +0900",
    subject=f"Re: [{R1}] Request for removal of content",
    reply_to_req=mid(R1),
    body=f"""
Hi,

An update on your request {R1}:

- {Y[5]}, which may have been mirrored on other sites, has been
  removed from YouTube. We can only act on copies hosted on our service.
- {Y[6]}, which appears to have been made private by its uploader,
  has not been actioned by us. We will look at it again if it becomes
  public.
- {Y[7]} has been age-restricted. We did not remove it, as it
  seems to be documentary footage with educational context.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team follow-up with bulleted per-URL outcomes",
    why="hedges sit in relative clauses about mirrors and the uploader; removed and age-restricted are stated plainly; the second URL is hedged and not actioned",
    items={Y[5]: "removed", Y[6]: "pending", Y[7]: "restricted"},
)

case(
    name="x-negations-per-post",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    date="Mon, 16 Sep 2024 18:40:02 +0900",
    subject=f"Re: [{R2}] Removal request",
    reply_to_req=mid(R2),
    body=f"""
Hello,

We have reviewed the posts listed in your request ({R2}).

{X1} was not removed. We did not find it to be in
violation of the X Rules or of applicable law, so it remains available.

{X2} has been withheld in South Korea. It remains
visible outside the country.

We have not withheld {X3} or
{X4} in Korea; both posts were removed globally for
violating our rules on illegal and regulated goods.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply to a government removal request",
    why="negated verbs: 'was not removed' is a refusal with reason; 'have not withheld ... both were removed globally' means removed",
    items={X1: "rejected", X2: "restricted", X3: "removed", X4: "removed"},
)

case(
    name="x-correction-later-sentence",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    date="Wed, 18 Sep 2024 09:12:55 +0900",
    subject=f"Correction: [{R2}] Removal request",
    reply_to_req=mid(R2),
    body=f"""
Hi,

A correction to our reply of 16 September regarding {R2}.

We told you that {X1} had been withheld in
Korea. That was not accurate: on a second review the post was found to
violate our private information policy and it has been removed from X
entirely.

Our answer on {X3} is unchanged: it is
withheld in South Korea.

Apologies for the confusion.
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up correcting an earlier outcome",
    why="the first sentence reports an earlier (wrong) statement; the later sentence states removal; the other post stays withheld",
    items={X1: "removed", X3: "restricted"},
)

case(
    name="tg-refusal-with-reason",
    **{"from": "abuse@telegram.org"},
    date="Fri, 13 Sep 2024 21:33:07 +0900",
    subject=f"Re: [{R3}] Illegal content on Telegram",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Regarding {R3}.

The posts {T1} and {T2} are no longer
accessible on Telegram.

We have decided not to restrict the channel {T3}. It is a
public buy-and-sell channel, and the listings we examined concern legal
second-hand goods; we found nothing in it that breaches the Telegram Terms
of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (short prose)",
    why="two posts made inaccessible; the channel is refused with a reason",
    items={T1: "removed", T2: "removed", T3: "rejected"},
)

case(
    name="naver-one-sentence-four-outcomes",
    **{"from": "noreply-report@navercorp.com"},
    name_from=enc("네이버 게시중단 담당"),
    date="Mon, 16 Sep 2024 14:05:30 +0900",
    subject=enc(f"[네이버] 게시중단 요청 처리 결과 안내 ({R4})"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요, 네이버 게시중단 요청 담당자입니다.

방송통신심의위원회에서 요청하신 건({R4})에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {N1} 와 {N2} 는
게시중단(블라인드) 처리하였고, {N3} 은 30일간 임시조치하였으며,
{N4} 은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

나머지 1건은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (prose)",
    why="one Korean sentence: two blinded, one 임시조치, one already deleted by its author; the fifth is only promised",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "pending"},
)

N5_HTML = N5.replace("&", "&amp;")
case(
    name="naver-table-corrected-by-note",
    **{"from": "noreply-report@navercorp.com"},
    name_from=enc("네이버 게시중단 담당"),
    date="Tue, 17 Sep 2024 16:48:12 +0900",
    subject=enc(f"[네이버] 게시중단 처리 결과 ({R4})"),
    reply_to_req=mid(R4),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>요청번호 {R4} 의 처리 결과는 아래 표와 같습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>삭제</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3}</a></td><td>임시조치</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>게시중단</td></tr>
<tr><td>5</td><td><a href="{N5_HTML}">{N5_HTML}</a></td><td>조치 불가 (운영원칙 위반 아님)</td></tr>
</table>
<p>※ 위 표 3번 게시물의 처리 결과가 잘못 기재되었습니다. 해당 게시물은 임시조치가 아니라
카페 운영자 삭제 처리되었습니다.</p>
<p>처리 결과에 이의가 있으시면 <a href="https://help.naver.com/service/5640/contents/12180">고객센터</a>로 문의해 주세요.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 HTML table with a ※ correction note",
    why="the note below the table explicitly corrects row 3 from 임시조치 to 삭제; row 5 is refused with a reason",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "rejected"},
)

case(
    name="kakao-statuses-by-position",
    **{"from": "report@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Tue, 17 Sep 2024 11:20:44 +0900",
    subject=enc(f"[카카오] 권리침해 신고 처리 결과 안내 - {R5}"),
    reply_to_req=mid(R5),
    body=f"""
안녕하세요. 카카오 권리침해 신고 담당입니다.

접수번호 KRT-2409-77310 / 요청번호 {R5}

요청하신 게시물 목록:
1. {K1}
2. {K2}
3. {K3_RAW}

처리 결과는 위 목록 순서대로 아래와 같습니다.
1번: 삭제
2번: 임시조치(30일)
3번: 해당 게시물 없음 (URL 확인 불가)

감사합니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해 신고 처리 결과 (numbered list, results by number)",
    why="statuses given by position (1번, 2번, 3번) against the echoed numbered list; raw Korean path matches its percent-encoded form",
    items={K1: "removed", K2: "restricted", K3: "not_found"},
)

yt_list = "\n".join(f"{i:2d}. {Y[i]}" for i in range(1, 13))
case(
    name="yt-numbered-positions-largest",
    **{"from": "legal-kr-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 17:02:19 +0900",
    subject=f"Re: [{R1}] Request for removal of content - outcome",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Here is the outcome for the 12 URLs in notice {R1}. We have numbered
them in the order you sent them.

{yt_list}

Removed globally: 1, 2, 3, 4 and 9.
Blocked in South Korea only: 5 and 6.
No action (no violation of our Community Guidelines or of Korean law
found): 7, 8, 10, 11 and 12.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome for a long notice, results by item number",
    why="every URL is named in the numbered list and each number gets a status below it",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "removed", Y[4]: "removed", Y[9]: "removed",
           Y[5]: "restricted", Y[6]: "restricted",
           Y[7]: "rejected", Y[8]: "rejected", Y[10]: "rejected", Y[11]: "rejected", Y[12]: "rejected"},
)

case(
    name="x-status-line-below-url",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    date="Tue, 17 Sep 2024 08:55:37 +0900",
    subject=f"Case 0912-4471-KR | {R2}",
    reply_to_req=mid(R2),
    body=f"""
Case 0912-4471-KR | {R2}

{X1}
Outcome: Withheld in KR

{X2}
Outcome: No violation found - no action taken

{X3}
Outcome: We could not locate this post. It is possible the account holder
deleted it before our review.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X case-outcome summary (URL, then 'Outcome:' line)",
    why="status on the line below each URL; 'could not locate' is a plain not_found, the guess about the author only explains it",
    items={X1: "restricted", X2: "rejected", X3: "not_found"},
)

tg_quote = quoted(request_lines(R3, [T1, T2, T3], "Dear Telegram,"))
case(
    name="tg-top-posted-gmail",
    **{"from": "support@telegram.org"},
    date="Sat, 14 Sep 2024 02:17:50 +0900",
    subject=f"Re: [{R3}] Illegal content on Telegram",
    reply_to_req=mid(R3),
    body=f"""
{T1} - taken down.
{T2} - taken down.
{T3} - we're keeping it up. Our moderators went through the
channel and saw nothing that breaks our rules.

Telegram Support

On Thu, Sep 12, 2024 at 10:10 AM KCSC Takedown <takedown@kcsc.example> wrote:
{tg_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply top-posted over the quoted request (Gmail quoting)",
    why="terse per-URL answers above the quote; the quoted request below 'wrote:' states nothing",
    items={T1: "removed", T2: "removed", T3: "rejected"},
)

YT_QP_HTML = f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"></head>
<body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of the following items from your notice {R1}.</p>
<table style="border-collapse:collapse" cellpadding="6">
<tr style="background:#f1f3f4"><th align="left">Content</th><th align="left">Action taken</th></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Removed</td></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>Removed</td></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>Channel terminated</td></tr>
<tr><td><a href="{Y[12]}">{Y[12]}</a></td><td>Not available in South Korea</td></tr>
</table>
<p>Uploaders may appeal these decisions. You can read about the process at
<a href="https://support.google.com/youtube/answer/185111">YouTube Help</a>.</p>
<p>&mdash; YouTube Legal Support</p>
</body></html>
"""
case(
    name="yt-qp-html-table",
    **{"from": "legal-kr-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 19:31:00 +0900",
    subject=f"Re: [{R1}] Request for removal of content",
    reply_to_req=mid(R1),
    raw_mime="Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
             + qp(YT_QP_HTML),
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome table, quoted-printable",
    why="four rows: removed, removed, channel terminated, unavailable in Korea; the help link is no item",
    items={Y[9]: "removed", Y[10]: "removed", Y[11]: "removed", Y[12]: "restricted"},
)

NAVER_B64 = f"""[네이버] 게시중단 요청 처리 결과 안내

요청번호: {R4}

- {N5}
  → 해당 지식iN 질문은 비공개 처리되었습니다.
- {N1}
  → 블라인드 처리되었습니다.

네이버 운영정책: https://policy.naver.com/policy/service.html

본 메일은 발신 전용입니다.
"""
case(
    name="naver-base64-arrow-lines",
    **{"from": "noreply-report@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Wed, 18 Sep 2024 10:40:09 +0900",
    subject=enc(f"[네이버] 게시중단 요청 처리 결과 안내 ({R4})"),
    reply_to_req=mid(R4),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(NAVER_B64),
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 notice, base64 body, result on the line below each URL",
    why="비공개 처리 and 블라인드 are removals; the query-string Knowledge iN URL must match; the policy link is no item",
    items={N5: "removed", N1: "removed"},
)

KAKAO_CSV = f"""url,처리결과,비고
{K1},삭제,카페 운영원칙 위반
{K2},조치 불가,위반 사항 확인되지 않음
{K3_RAW},게시물 없음,작성자 삭제
"""
KAKAO_BODY = f"""안녕하세요. 카카오 고객센터입니다.

요청번호 {R5} 에 대한 처리 결과를 첨부한 CSV 파일로 보내드립니다.
문의 사항은 이 메일에 회신해 주세요.

카카오 권리침해신고센터
"""
case(
    name="kakao-csv-attachment",
    **{"from": "report@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Wed, 18 Sep 2024 13:03:27 +0900",
    subject=enc(f"[카카오] 처리 결과 송부 - {R5}"),
    reply_to_req=mid(R5),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kk-396-b1"

--kk-396-b1
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

{KAKAO_BODY}
--kk-396-b1
Content-Type: text/csv; charset=UTF-8; name="result_{R5}.csv"
Content-Disposition: attachment; filename="result_{R5}.csv"
Content-Transfer-Encoding: base64

{b64(KAKAO_CSV)}
--kk-396-b1--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao result sheet sent as a CSV attachment",
    why="CSV rows: 삭제, 조치 불가 with reason, 게시물 없음 (author deleted); the raw Korean path matches",
    items={K1: "removed", K2: "rejected", K3: "not_found"},
)

case(
    name="yt-single-sole-statement",
    **{"from": "legal-kr-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 09:14:51 +0900",
    subject=f"Re: [{R6}] Request for removal of content",
    reply_to_req=mid(R6),
    body="""
Hello,

We've reviewed the video in your request and removed it from YouTube for
violating our harassment and cyberbullying policy.

Kind regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube removal notice without the URL (one-video request)",
    why="unhedged removal of 'the video' answering a request of one item",
    items={S1: "removed"},
)

case(
    name="yt-single-refusal-news",
    **{"from": "legal-kr-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 11:45:03 +0900",
    subject=f"Re: [{R6}] Request for removal of content",
    reply_to_req=mid(R6),
    body=f"""
Hello,

After reviewing {S1} we have decided not to remove or
restrict it. The video is a news report on a matter of public interest;
it does not violate our Community Guidelines, and we did not find it
unlawful under the Korean provisions cited in your notice. It will remain
available on YouTube.

Kind regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube refusal of a legal request (news/public-interest exception)",
    why="negated removal with its reason: rejected",
    items={S1: "rejected"},
)

case(
    name="x-not-global-but-withheld",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    date="Wed, 18 Sep 2024 22:10:44 +0900",
    subject=f"Re: [{R7}] Removal request",
    reply_to_req=mid(R7),
    body=f"""
Hello,

{Z1} has not been removed globally, but it is now
withheld in South Korea in response to your request.

{Z2} has not been withheld. It does not break the X
Rules, and we found no basis under local law to restrict it.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content reply",
    why="'not removed globally, but withheld in Korea' is restricted; 'has not been withheld' with a reason is rejected",
    items={Z1: "restricted", Z2: "rejected"},
)

case(
    name="tg-correction-second-look",
    **{"from": "abuse@telegram.org"},
    date="Mon, 16 Sep 2024 12:28:19 +0900",
    subject=f"Re: [{R3}] Illegal content on Telegram",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Both {T1} and {T2} remain available:
our moderators did not find a violation of the Terms of Service.

Correction, after a second look by a senior moderator: {T2}
has now been taken down. The first post is unaffected.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with an in-message correction",
    why="the later sentence revises the second post to removed; the first stays refused with the reason given",
    items={T1: "rejected", T2: "removed"},
)

case(
    name="naver-korean-negation",
    **{"from": "noreply-report@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Thu, 19 Sep 2024 15:55:12 +0900",
    subject=enc(f"Re: [{R4}] 게시중단 요청"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

{N3} 게시물은 삭제하지 않았습니다. 검토 결과 게시물 내용이
명예훼손에 해당한다고 판단하기 어려워 게시를 유지합니다.

{N4} 게시물은 접근 제한(임시조치) 하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe team reply (Korean, negated deletion with reason)",
    why="삭제하지 않았습니다 + 게시를 유지합니다 with a reason is rejected; 접근 제한(임시조치) is restricted",
    items={N3: "rejected", N4: "restricted"},
)

case(
    name="x-angle-brackets-url-below",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    date="Thu, 19 Sep 2024 07:41:26 +0900",
    subject=f"Re: [{R2}] Removal request",
    reply_to_req=mid(R2),
    body=f"""
Hello,

Following review under Korean law, the post below has been withheld in
South Korea:
<{X3}>

The following post violated the X Rules and has been removed:
<{X4}>

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with URLs in angle brackets below the statement",
    why="each statement points forward to the URL on the next line",
    items={X3: "restricted", X4: "removed"},
)

case(
    name="yt-korean-particles-fullwidth",
    **{"from": "legal-kr-support@google.com"},
    name_from=enc("YouTube 법무지원팀"),
    date="Wed, 18 Sep 2024 16:26:48 +0900",
    subject=enc(f"Re: [{R1}] 콘텐츠 삭제 요청 검토 결과"),
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, YouTube 법무지원팀입니다.

요청번호 {R1} 관련 검토 결과를 알려드립니다.

{Y[1]}은 커뮤니티 가이드 위반으로 삭제되었습니다.
{Y[9]}（한국 내 접근 제한）
{Y[2]}는 정책 위반이 확인되지 않아 게시가 유지됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language legal reply",
    why="URLs followed directly by Korean particles and full-width parentheses: removed, restricted in Korea, kept (no violation)",
    items={Y[1]: "removed", Y[9]: "restricted", Y[2]: "rejected"},
)

case(
    name="kakao-remaining-two-named",
    **{"from": "report@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Thu, 19 Sep 2024 10:12:35 +0900",
    subject=enc(f"Re: [{R5}] 게시물 삭제 요청"),
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

신고하신 게시물 중 {K2} 는 신고 사유에 해당하지 않아
조치하지 않았고, 나머지 두 게시물({K1},
{K3_RAW})은 블라인드 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory 신고 처리 결과 (Korean prose)",
    why="refusal with reason for one; 'the remaining two' are each named in parentheses, so not bulk",
    items={K2: "rejected", K1: "removed", K3: "removed"},
)

case(
    name="yt-receipt-plus-statements",
    **{"from": "legal-kr-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 18:02:33 +0900",
    subject=f"Re: [{R1}] Request for removal of content [3-1188204000431]",
    reply_to_req=mid(R1),
    body=f"""
Thank you for contacting YouTube. We have received your legal request and
it has been assigned reference 3-1188204000431.

We have already completed our review of part of it: {Y[5]} and
{Y[6]} have been removed. {Y[7]} is still
under review, and we will update you when a decision is made.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-request receipt that already carries partial outcomes",
    why="receipt wording plus unhedged removals: not a pure acknowledgement; the third URL is under review",
    items={Y[5]: "removed", Y[6]: "removed", Y[7]: "pending"},
)

case(
    name="x-outlook-top-posted",
    **{"from": "jae.park@x.com"},
    name_from="Jae Park",
    date="Thu, 19 Sep 2024 13:37:09 +0900",
    subject=f"RE: [{R7}] Request for removal",
    reply_to_req=mid(R7),
    body=f"""
Hello KCSC team,

{Z1} is now withheld in South Korea.
{Z2} no longer exists; it was deleted by the account
owner before we got to it.

Best,
Jae
X Global Government Affairs

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 11:10 AM
To: legal@x.com
Subject: [{R7}] Request for removal

Please remove or restrict the following posts (reference {R7}):
{Z1}
{Z2}

{HDR}
""",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staff reply in Outlook, over the original message",
    why="withheld in Korea and deleted by its owner above the Outlook separator; the original below states nothing",
    items={Z1: "restricted", Z2: "not_found"},
)

case(
    name="tg-dsa-statement-of-reasons",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Sun, 15 Sep 2024 20:50:31 +0900",
    subject=f"Statement of reasons - notice {R3}",
    reply_to_req=mid(R3),
    body=f"""
Statement of reasons
Notice reference: {R3}

Item 1
Content: {T1}
Decision: Removal of the content
Ground: Illegal content (offer of controlled substances)
Automated detection: No
Automated decision: No

Item 2
Content: {T3}
Decision: No restriction
Ground: The content was assessed as neither illegal nor incompatible
with our Terms of Service.

Redress: the decision may be contested through
https://telegram.org/dsa/complaints

Telegram FZ-LLC
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (field layout)",
    why="field blocks: removal for one, 'No restriction' with its ground for the channel; the complaints link is no item",
    items={T1: "removed", T3: "rejected"},
)

# ===================== review =====================

case(
    name="yt-promise-after-signoff",
    **{"from": "legal-kr-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 12:09:58 +0900",
    subject=f"Re: [{R1}] Request for removal of content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Thanks for your patience with {R1}. Our reviewers have agreed that
{Y[3]} and {Y[4]} will be removed
once our legal team has signed off on the decision, which we expect
within 24 hours.

YouTube Legal Support
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="YouTube interim update (decision pending sign-off)",
    why="'will be removed once ... signed off' is a promise with a condition, not a statement",
    items={Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="naver-appears-deleted-hedge",
    **{"from": "noreply-report@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Tue, 17 Sep 2024 09:58:40 +0900",
    subject=enc(f"Re: [{R4}] 게시중단 요청"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 {N2} 게시물은 이미 삭제된 것으로 보입니다.
정확한 처리 상태는 추가 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="NAVER interim reply (Korean hedge)",
    why="'삭제된 것으로 보입니다' is a hedge and the exact status is promised later",
    items={N2: "pending"},
)

case(
    name="x-asks-court-order",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 06:30:15 +0900",
    subject=f"Re: [{R2}] Removal request - more information needed",
    reply_to_req=mid(R2),
    body=f"""
Hello,

Before we can consider withholding {X1} and
{X2} in Korea, we need a copy of the order or the
specific legal provision the content is said to violate. If that is
provided, we will complete our review promptly.

Please reply to this email with the documents.

X Legal
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="X legal request for a court order / legal basis",
    why="asks for documents; the withholding is only conditional",
    items={X1: "pending", X2: "pending"},
)

case(
    name="tg-all-blocked-bulk",
    **{"from": "abuse@telegram.org"},
    date="Fri, 13 Sep 2024 08:44:02 +0900",
    subject=f"Re: [{R3}] Illegal content on Telegram",
    reply_to_req=mid(R3),
    body="""
Hello,

All the content listed in your report has been blocked on Telegram.

Telegram Abuse Team
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Telegram one-line abuse-desk reply",
    why="one statement about all three items without naming any, for a three-item request",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="kakao-all-three-bulk",
    **{"from": "report@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Mon, 16 Sep 2024 17:31:22 +0900",
    subject=enc(f"Re: [{R5}] 게시물 삭제 요청"),
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청번호 {R5} 로 요청하신 게시물 3건은 모두 블라인드 처리하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Kakao one-line 처리 완료 reply",
    why="'3건 모두' names no URL: bulk for a three-item request",
    items={K1: "pending", K2: "pending", K3: "pending"},
)

case(
    name="x-untrusted-dmarc-fail",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Tue, 17 Sep 2024 03:12:48 +0900",
    subject=f"Re: [{R2}] Removal request",
    reply_to_req=mid(R2),
    body=f"""
Hello,

{X3} and {X4} have been removed.

X Legal
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="X legal reply that fails DKIM/SPF/DMARC",
    why="plain per-URL removals, but the x.com sender fails authentication",
    items={X3: "pending", X4: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    **{"from": "office@haneul-law.example"},
    name_from=enc("법무법인 하늘"),
    date="Wed, 18 Sep 2024 14:20:05 +0900",
    subject=enc(f"[{R4}] 게시물 자진 삭제 안내"),
    body=f"""
방송통신심의위원회 담당자님께,

저희 의뢰인은 귀 위원회의 요청번호 {R4} 와 관련하여 아래 게시물을
자진 삭제하였음을 알려드립니다.

{N1}
{N2}

법무법인 하늘 드림
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="law firm writing on behalf of the poster",
    why="the author's lawyer is no platform: its statements cannot change statuses",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-states-youtube-item",
    **{"from": "noreply-report@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Thu, 19 Sep 2024 18:08:17 +0900",
    subject=enc(f"Re: [{R4}] 게시중단 요청"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 블로그 게시물에 삽입되어 있던 YouTube 동영상
{Y[3]} 은 YouTube에서 삭제되어 더 이상 재생되지 않는 것을 확인했습니다.

블로그 게시물 자체에 대해서는 검토가 진행 중입니다.
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="NAVER reply about a YouTube video embedded in a blog post",
    why="NAVER states the status of a YouTube item (another platform's request); the blog posts are only under review",
    items={Y[3]: "pending"},
)

case(
    name="tg-contact-change-no-claims",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Wed, 18 Sep 2024 23:05:41 +0900",
    subject="Change to how Telegram receives notices from authorities",
    body="""
Dear partner,

From 1 October 2024, notices from public authorities should be submitted
through our authority portal at https://telegram.org/dsa/authorities
rather than by email. Notices sent by email after that date will still be
read, but replies may take longer.

Thank you for your cooperation.
Telegram DSA team
""",
    outcome="review", classification="other", review="no_claims",
    imitates="Telegram notice to authorities about a changed intake channel",
    why="trusted Telegram mail that names no item and references no request",
    items={},
)

case(
    name="x-relative-clause-escalated",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    date="Sat, 14 Sep 2024 11:19:30 +0900",
    subject=f"Re: [{R2}] Removal request",
    reply_to_req=mid(R2),
    body=f"""
Hello,

{X2}, which appears to break our rules on illegal
and regulated goods, has been escalated to a specialist team, who will
decide what action to take.

X Legal
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="X legal interim reply (escalated)",
    why="the hedge sits in the relative clause and the main clause is only an escalation: no status",
    items={X2: "pending"},
)

X_CONFLICT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Summary for request {R7}:</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Post</th><th>Status</th></tr>
<tr><td>{Z1}</td><td>Withheld (KR)</td></tr>
<tr><td>{Z2}</td><td>Withheld (KR)</td></tr>
</table>
<p>Please note that neither post has been actioned at this time; both remain
available while our review continues.</p>
<p>X Legal</p>
</body></html>
"""
case(
    name="x-table-contradicted-by-note",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    date="Wed, 18 Sep 2024 10:52:06 +0900",
    subject=f"Re: [{R7}] Removal request - status",
    reply_to_req=mid(R7),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="x396-alt"

--x396-alt
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hello,

Summary for request {R7}:

Post | Status
{Z1} | Withheld (KR)
{Z2} | Withheld (KR)

Please note that neither post has been actioned at this time; both remain
available while our review continues.

X Legal

--x396-alt
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(X_CONFLICT_HTML)}
--x396-alt--
""",
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="X status summary whose table and note disagree",
    why="the table says withheld in KR, the note says neither post is actioned; no correction says which is right",
    items={Z1: "pending", Z2: "pending"},
)

case(
    name="naver-forwards-cafe-manager",
    **{"from": "cafe-support@navercorp.com"},
    name_from=enc("네이버 카페 고객지원"),
    date="Thu, 19 Sep 2024 11:02:14 +0900",
    subject=enc(f"Fwd: [{R4}] 게시글 관련 회신"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요. 해당 카페 매니저로부터 받은 답변을 전달드립니다.

---------- Forwarded message ---------
From: 겨울카페 매니저 <gyeoul2024.manager@naver.com>
Date: 2024년 9월 18일 (수) 오후 9:40
Subject: Re: 게시글 관련 문의
To: <cafe-support@navercorp.com>

안녕하세요. 말씀하신 게시글
{N3}
{N4}
두 건은 카페에서 삭제했습니다.
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="NAVER cafe support forwarding a cafe manager's answer",
    why="the deletion is stated by a cafe manager inside a forwarded message, not by NAVER itself",
    items={N3: "pending", N4: "pending"},
)

# ===================== ignored =====================

case(
    name="yt-out-of-office",
    **{"from": "hyejin.lee@google.com"},
    name_from="Hyejin Lee",
    date="Thu, 12 Sep 2024 10:00:41 +0900",
    subject=f"Automatic reply: [{R1}] Request for removal of content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=mid(R1),
    body="""
I am out of the office until 23 September with limited access to email.
For urgent legal requests please write to legal-kr@google.com.

Hyejin
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-korean-ooo",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책팀"),
    date="Fri, 13 Sep 2024 09:31:02 +0900",
    subject=enc(f"[자동응답] Re: [{R4}] 게시중단 요청"),
    extra_headers=["Auto-Submitted: auto-replied"],
    reply_to_req=mid(R4),
    body="""
[자동응답 메일입니다]

9월 20일까지 휴가로 부재중입니다.
급한 용무는 정책팀 대표 메일(policy-desk@navercorp.com)로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="Korean out-of-office auto-reply",
    items={},
)

KAKAO_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: cs-report@kakaocorp.com",
    f"Subject: [{R5}] Request for removal",
    f"Message-ID: <{mid(R5)}@kcsc.example>",
    "Date: Fri, 13 Sep 2024 09:40:00 +0900",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: 8bit",
    "",
] + request_lines(R5, [K1, K2, K3], "Dear Kakao,"))
case(
    name="kakao-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 09:40:58 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-396-kk"

--dsn-396-kk
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<cs-report@kakaocorp.com>: mailbox full (quota exceeded)

--dsn-396-kk
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Fri, 13 Sep 2024 09:40:57 +0900

Final-Recipient: rfc822; cs-report@kakaocorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn-396-kk
Content-Type: message/rfc822

{KAKAO_ORIG}

--dsn-396-kk--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) with the original request attached",
    why="a bounce of our own request; the URLs are in the returned original",
    items={},
)

case(
    name="x-read-receipt",
    **{"from": "jae.park@x.com"},
    name_from="Jae Park",
    date="Mon, 16 Sep 2024 11:42:37 +0900",
    subject=f"Read: [{R7}] Request for removal",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-396-x"

--mdn-396-x
Content-Type: text/plain; charset=UTF-8

Your message

  To: legal@x.com
  Subject: [{R7}] Request for removal
  Sent: Monday, September 16, 2024 11:10 AM

was read on Monday, September 16, 2024 11:42 AM.

--mdn-396-x
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Exchange Server
Final-Recipient: rfc822; jae.park@x.com
Original-Message-ID: <{mid(R7)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-396-x--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="a read receipt says nothing about the posts",
    items={},
)

case(
    name="tg-ticket-receipt",
    **{"from": "noreply@telegram.org"},
    date="Thu, 12 Sep 2024 10:11:09 +0900",
    subject=f"[Ticket #TG-558201] Re: [{R3}] Illegal content on Telegram",
    reply_to_req=mid(R3),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for your report. Ticket #TG-558201 has been created and our
team will review the content you reported. You will receive a reply
once the review is complete.

Please do not reply to this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (Zendesk-style)",
    why="pure acknowledgement: ticket created, review promised",
    items={},
)

case(
    name="naver-receipt-echoes-urls",
    **{"from": "noreply-report@navercorp.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    date="Fri, 13 Sep 2024 09:32:26 +0900",
    subject=enc("[네이버] 게시중단 요청이 접수되었습니다"),
    reply_to_req=mid(R4),
    body=f"""
게시중단 요청이 정상적으로 접수되었습니다.

접수번호: 2024-0913-118842
요청번호: {R4}
접수된 게시물:
{N1}
{N2}
{N3}
{N4}
{N5}

처리 결과는 영업일 기준 3일 이내에 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 안내",
    why="receipt that echoes the reported URLs and promises a result: no statement",
    items={},
)

case(
    name="x-auto-ack-echo",
    **{"from": "noreply@x.com"},
    date="Mon, 16 Sep 2024 11:10:52 +0900",
    subject=f"Re: [{R7}] Request for removal [case 0916-8823-KR]",
    reply_to_req=mid(R7),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thanks for contacting X.

We've received your report (case 0916-8823-KR) about the following content:

{Z1}
{Z2}

We'll review it and let you know what we decide. You don't need to send
the report again.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X automatic report acknowledgement echoing the reported posts",
    why="'received' plus echoed URLs and a promise: an acknowledgement",
    items={},
)


HEADER = f"""# Blind set 396 (what a program gets wrong): mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# corrections, table vs note, statuses by position.
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is judged alone on a fresh ledger.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
