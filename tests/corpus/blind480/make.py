#!/usr/bin/env python3
"""Blind set 480: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every email is
fictional and written in our own sentences; expected results were written
from each email's meaning before any run of the reader.

    python3 tests/corpus/blind480/make.py

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

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240919-01", "KCSC-240919-02", "KCSC-240920-03", "KCSC-240920-04",
    "KCSC-240923-05", "KCSC-240923-06", "KCSC-240924-07",
)

X = [
    "https://x.com/hanbit_deals/status/1834001122334455001",   # x1
    "https://x.com/hanbit_deals/status/1834001122334455002",   # x2
    "https://x.com/moonrise_kr/status/1834110000000000017",    # x3
    "https://x.com/moonrise_kr/status/1834110000000000018",    # x4
    "https://x.com/gray_ledger/status/1834222233334444055",    # x5
    "https://x.com/gray_ledger/status/1834222233334444056",    # x6
    "https://x.com/nightpharm_kr/status/1834333344445555066",  # x7
    "https://x.com/nightpharm_kr",                             # x8 (account)
    "https://x.com/cobalt_tips/status/1834444455556666077",    # x9
    "https://x.com/cobalt_tips/status/1834444455556666078",    # x10
    "https://x.com/seoul_side_bets/status/1834555566667777088",  # x11
    "https://x.com/seoul_side_bets/status/1834555566667777099",  # x12
]
x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12 = X

YT = [
    "https://www.youtube.com/watch?v=Qm3vT8pLx2A",
    "https://www.youtube.com/watch?v=Zr8wK1nBq7E",
    "https://www.youtube.com/shorts/Hd5sY0cVu4M",
    "https://www.youtube.com/@luckyroom_tv",
]
y1, y2, y3, y4 = YT

TG = [
    "https://t.me/bluepill_market/2291",
    "https://t.me/bluepill_market/2304",
    "https://t.me/quietcoin_signals",
]
t1, t2, t3 = TG
t4 = "https://t.me/c_nightshop/5120"

CAFE_KO = "하늘정원"
n3_raw = f"https://cafe.naver.com/{CAFE_KO}/4412"
NV = [
    "https://blog.naver.com/sunny_dal77/223561234567",
    "https://blog.naver.com/sunny_dal77/223561239876",
    f"https://cafe.naver.com/{quote(CAFE_KO)}/4412",
    "https://cafe.naver.com/greenmoneyclub/88120",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567",
]
n1, n2, n3, n4, n5 = NV

KK = [
    "https://cafe.daum.net/moonlake77/Ab3x/118",
    "https://redpine-notes.tistory.com/57",
]
k1, k2 = KK

TT = [
    "https://www.tiktok.com/@quietfox_ko/video/7412345678901234567",
    "https://www.tiktok.com/@quietfox_ko/video/7412345678901239999",
]
tk1, tk2 = TT

REQUESTS = [
    (R1, "x", "2024-09-19T10:00:00+09:00", "2024-09-26T18:00:00+09:00", X, "illegal_drugs",
     'Batch of 11 posts and one account; "urgent" per team lead, priority A'),
    (R2, "youtube", "2024-09-19T11:30:00+09:00", "2024-09-26T18:00:00+09:00", YT, "gambling",
     "Three videos, one channel"),
    (R3, "telegram", "2024-09-20T09:15:00+09:00", "2024-09-27T18:00:00+09:00", TG, "illegal_drugs",
     "Channel posts, prices in KRW"),
    (R4, "naver", "2024-09-20T14:00:00+09:00", "2024-09-27T18:00:00+09:00", NV, "financial_fraud",
     "Blog, cafe and Knowledge iN; cafe name in Korean"),
    (R5, "kakao", "2024-09-23T10:00:00+09:00", "2024-09-30T18:00:00+09:00", KK, "defamation",
     "Daum cafe post, Tistory post"),
    (R6, "tiktok", "2024-09-23T15:20:00+09:00", "2024-09-30T18:00:00+09:00", TT, "gambling",
     "Two videos, same account"),
    (R7, "telegram", "2024-09-24T09:40:00+09:00", "2024-10-01T18:00:00+09:00", [t4], "illegal_drugs",
     "Single post in a private-looking channel"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"{ref}@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def enc(name):
    """RFC 2047 encoded-word for a non-ASCII display name."""
    return "=?UTF-8?B?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def multipart_alt(plain, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(plain)}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(html)}\n"
        f"--{boundary}--\n"
    )


def req_quote(ref, urls, prefix="> "):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under reference {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply with the action taken for each URL.", "", "KCSC Takedown Team"]
    return "\n".join((prefix + l).rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="x-mixed-statuses-one-sentence",
    **{"from": "legal-noreply@x.com"}, date="Tue, 24 Sep 2024 16:12:40 +0900",
    subject=f"Re: Legal request {R1}", reply_to_req=R1,
    body=f"""
Hello,

Thank you for your report (reference {R1}).

We have reviewed the first four posts in your notice. We removed {x1} and {x2} for violating our rules on illegal goods and services, withheld {x3} in South Korea, and left {x4} up because it does not break the X Rules or local law as we read it.

We will reply separately about the remaining posts.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome written by a reviewer in prose",
    why="one sentence gives four items three different statuses: removed, removed, withheld in KR, left up (no violation)",
    items={x1: "removed", x2: "removed", x3: "restricted", x4: "rejected"},
)

case(
    name="x-hedge-in-relative-clause",
    **{"from": "legal-noreply@x.com"}, date="Tue, 24 Sep 2024 17:03:05 +0900",
    subject=f"Case update - {R1}", reply_to_req=R1,
    body=f"""
Hi,

An update on two of the posts in your request {R1}.

We were unable to locate {x5}, which may have been deleted by the account holder before our review.

The post {x6} has been withheld in South Korea in response to your legal demand.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'we were unable to locate the reported content' reply",
    why="the hedge 'may have been deleted' only explains why x5 cannot be located; 'unable to locate' is itself unhedged (not_found)",
    items={x5: "not_found", x6: "restricted"},
)

case(
    name="x-appears-removed-next-to-removed",
    **{"from": "legal-noreply@x.com"}, date="Wed, 25 Sep 2024 10:21:44 +0900",
    subject=f"Re: Legal request {R1}", reply_to_req=R1,
    body=f"""
Hello,

Our records show that {x7}, which several users also reported to us last week, appears to have been removed already; we cannot confirm whether X or the account holder took it down.

We removed {x9} for violating our illegal goods and services policy.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X abuse-desk reply mixing an unconfirmed observation with an action",
    why="'appears to have been removed' is a hedge (x7 stays pending); x9 removed is plain",
    items={x7: "pending", x9: "removed"},
)

case(
    name="x-negations",
    **{"from": "legal-noreply@x.com"}, date="Wed, 25 Sep 2024 14:40:02 +0900",
    subject=f"Re: Legal request {R1}", reply_to_req=R1,
    body=f"""
Hello,

Please see below the status of three of the posts you reported under {R1}.

- {x4} has not been removed globally. It has been withheld in South Korea only.
- We found no violation of the X Rules in {x10} and we have not withheld it: the post is commentary on a sports match and does not offer any betting service. It will remain available.
- {x11} has not been actioned yet; our team is still assessing it.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a bulleted status list",
    why="'not removed globally ... withheld in KR only' is restricted; 'no violation, not withheld' is a refusal with reason; 'not actioned yet, still assessing' is pending",
    items={x4: "restricted", x10: "rejected", x11: "pending"},
)

case(
    name="x-numbered-list-then-correction",
    **{"from": "legal-noreply@x.com"}, date="Thu, 26 Sep 2024 09:05:30 +0900",
    subject=f"Re: Legal request {R1} - outcome", reply_to_req=R1,
    body=f"""
Hello,

Outcome for the following posts from {R1}:

1. {x10} — No violation found; the post remains available.
2. {x11} — Withheld in KR
3. {x12} — Withheld in KR

Correction regarding item 3: after a second review on 25 September the post was found to violate our rules and has been removed from X entirely, not only withheld in Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome list with a reviewer's correction below it",
    why="the closing correction names item 3 of the list above and revises it to removed; items 1 and 2 stand",
    items={x10: "rejected", x11: "restricted", x12: "removed"},
)

yt_plain = f"""Hello,

Following our review of your legal request {R2}, here is the outcome:

URL | Action
{y1} | Removed
{y2} | Removed
{y3} | Age-restricted

Correction: the row for {y2} above is wrong. That video was not removed. It was reviewed and it does not violate our Community Guidelines or local law, so it remains available on YouTube.

You can learn more about our policies at https://support.google.com/youtube/answer/9288567

The YouTube Legal Support Team
"""
yt_html = f"""<html><body>
<p>Hello,</p>
<p>Following our review of your legal request {R2}, here is the outcome:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{y1}</td><td>Removed</td></tr>
<tr><td>{y2}</td><td>Removed</td></tr>
<tr><td>{y3}</td><td>Age-restricted</td></tr>
</table>
<p><b>Correction:</b> the row for {y2} above is wrong. That video was not removed. It was reviewed and it does not violate our Community Guidelines or local law, so it remains available on YouTube.</p>
<p>You can learn more about our policies at <a href="https://support.google.com/youtube/answer/9288567">our Help Center</a>.</p>
<p>The YouTube Legal Support Team</p>
</body></html>
"""
case(
    name="yt-table-corrected-by-note",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 24 Sep 2024 11:48:19 +0900",
    subject=f"[{R2}] Your legal removal request", reply_to_req=R2,
    raw_mime=multipart_alt(yt_plain, yt_html, "yt480a"),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome table (HTML + text) with a correction note",
    why="the note explicitly corrects the table row for y2 (not removed, no violation); the other rows stand; help-centre link is not an item",
    items={y1: "removed", y2: "rejected", y3: "restricted"},
)

case(
    name="yt-statuses-by-request-position",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 25 Sep 2024 15:30:00 +0900",
    subject=f"Re: {R2}", reply_to_req=R2,
    body=f"""
Hello,

Regarding your request {R2} of 19 September, which listed four URLs:

We have removed the first and the second video for violating our policy on regulated goods and gambling. The third URL, a Short, has been age-restricted. The fourth URL, the channel, has been terminated.

Kind regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply referring to the URLs by their order in the request",
    why="no URL is quoted but each item is identified by its position in the one request (first..fourth); a clerk maps them to the request rows",
    items={y1: "removed", y2: "removed", y3: "restricted", y4: "removed"},
)

case(
    name="tg-refusal-and-country-block",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 23 Sep 2024 20:14:51 +0000",
    subject=f"Re: {R3}", reply_to_req=R3,
    body=f"""
Hi,

We've checked the links you sent.

{t1} - we won't be taking action on this one. The post advertises vitamin supplements, which are legal to sell, and it doesn't violate Telegram's Terms of Service.

t.me/quietcoin_signals - this channel is now unavailable to users in South Korea.

Best,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk short reply",
    why="refusal with reason for t1 (rejected); channel made unavailable in Korea (restricted), written without the scheme",
    items={t1: "rejected", t3: "restricted"},
)

case(
    name="tg-one-item-request-no-url",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 25 Sep 2024 07:02:13 +0000",
    subject=f"Re: {R7}", reply_to_req=R7,
    body=f"""
Hello,

The content you reported in {R7} has been taken down.

Thank you for helping keep Telegram safe.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram one-line 'taken down' reply",
    why="statement without URL answering a request of exactly one item applies to that item",
    items={t4: "removed"},
)

case(
    name="naver-korean-numbered-by-position",
    **{"from": "policy@navercorp.com"}, name_from=enc("NAVER 정책지원"),
    date="Wed, 25 Sep 2024 13:20:00 +0900",
    subject=f"[NAVER] 게시물 조치 결과 안내 ({R4})", reply_to_req=R4,
    body=f"""
안녕하세요. 네이버 정책지원 담당자입니다.

방송통신심의위원회에서 요청하신 건({R4})에 대한 처리 결과를 안내드립니다.

[요청 게시물]
1. {n1}
2. {n2}
3. {n3_raw}
4. {n4}
5. {n5}

[처리 결과]
1번, 2번 게시물은 게시중단(블라인드) 처리되었으며, 3번 게시물은 임시조치(30일) 되었습니다.
4번 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.
5번 게시물은 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 처리 결과 안내 with an echoed numbered list",
    why="statuses by number of the echoed list: 1,2 블라인드 (removed), 3 임시조치 (restricted), 4 author-deleted (not_found), 5 no violation (rejected)",
    items={n1: "removed", n2: "removed", n3: "restricted", n4: "not_found", n5: "rejected"},
)

nv_table_html = f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>{R4} 시정요구에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{n1}</td><td>삭제</td><td>2024.09.24 조치</td></tr>
<tr><td>2</td><td>{n2}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td>{n4}</td><td>해당 게시물 없음</td><td>조치 전 삭제됨</td></tr>
</table>
<p>나머지 게시물은 검토 중이며 결과가 나오는 대로 회신드리겠습니다.</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
"""
case(
    name="naver-html-result-table",
    **{"from": "policy@navercorp.com"}, name_from=enc("NAVER 정책지원"),
    date="Tue, 24 Sep 2024 18:02:11 +0900",
    subject=f"Re: [KCSC] 시정요구 {R4} 조치결과 회신", reply_to_req=R4,
    raw_mime=(
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(nv_table_html)
    ),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table in base64 HTML",
    why="table rows: 삭제 (removed), 임시조치 (restricted), 해당 게시물 없음 (not_found); the rest 'under review' names no item",
    items={n1: "removed", n2: "restricted", n4: "not_found"},
)

kk_text = f"""안녕하세요, 카카오 고객센터입니다.

요청번호 {R5} 건의 처리 결과를 알려드립니다.

- 다음 카페 게시물 {k1} 은 작성자에 의해 이미 삭제되어 확인할 수 없습니다.
- 티스토리 게시물 {k2} 은 권리침해 신고에 따라 비공개 처리되었습니다.

처리 결과에 이의가 있으시면 고객센터(https://cs.kakao.com/helps)로 문의해 주세요.

카카오 권리보호센터 드림
"""
case(
    name="kakao-qp-author-deleted-and-private",
    **{"from": "noreply@kakaocorp.com"}, name_from=enc("Kakao 권리보호센터"),
    date="Thu, 26 Sep 2024 10:11:12 +0900",
    subject=f"[카카오] 권리침해 신고 처리 결과 안내 ({R5})", reply_to_req=R5,
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(kk_text)
    ),
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해 신고 처리 결과 안내 (quoted-printable)",
    why="already deleted by its author: not_found; 비공개 처리: removed; the help-centre link is not an item",
    items={k1: "not_found", k2: "removed"},
)

case(
    name="tiktok-removed-but-other-stays",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 26 Sep 2024 06:45:00 +0000",
    subject=f"Your report {R6}", reply_to_req=R6,
    body=f"""
Hello,

We removed {tk1} for violating our Community Guidelines, but {tk2}, which we also reviewed, does not violate them and will remain on TikTok.

If you have further information about the second video, you can reply to this email.

TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email",
    why="one sentence: tk1 removed; tk2 no violation and stays up (refusal with reason, not a promise)",
    items={tk1: "removed", tk2: "rejected"},
)

csv_att = (
    "url,action,notes\r\n"
    f"{x1},Removed,Illegal goods\r\n"
    f"{x2},Withheld - KR,\r\n"
    f'{x3},No action,"Does not violate the X Rules, or local law"\r\n'
    f"{x5},Not found,Deleted before review\r\n"
)
case(
    name="x-csv-attachment",
    **{"from": "legal-noreply@x.com"}, date="Fri, 27 Sep 2024 09:30:00 +0900",
    subject=f"Re: Legal request {R1} - results attached", reply_to_req=R1,
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="x480csv"\n\n'
        "--x480csv\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"Hello,\n\nPlease find the outcome for each URL of {R1} reviewed so far in the attached file.\n\nX Legal\n\n"
        "--x480csv\n"
        'Content-Type: text/csv; charset=utf-8; name="outcome.csv"\n'
        'Content-Disposition: attachment; filename="outcome.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(csv_att)}\n"
        "--x480csv--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a CSV outcome sheet attached",
    why="CSV rows: Removed, Withheld - KR (restricted), No action with reason (rejected), Not found",
    items={x1: "removed", x2: "restricted", x3: "rejected", x5: "not_found"},
)

x_b64_text = f"""Hello,

Update on {R1}:

{x6} - removed for violating our illegal goods and services policy.
{x7} - withheld in South Korea.
{x8} - the account has been suspended for repeated violations of the X Rules.

X Legal
"""
case(
    name="x-base64-body-account-suspended",
    **{"from": "legal-noreply@x.com"}, date="Fri, 27 Sep 2024 11:02:10 +0900",
    subject=f"Re: Legal request {R1}", reply_to_req=R1,
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(x_b64_text)
    ),
    outcome="applied", classification="confirmation",
    imitates="X legal reply, base64 text body",
    why="removed, withheld in KR (restricted), account suspended (removed)",
    items={x6: "removed", x7: "restricted", x8: "removed"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-noreply@x.com"}, date="Fri, 27 Sep 2024 15:44:31 +0900",
    subject=f"Re: Legal request {R1}", reply_to_req=R1,
    body=f"""
Hello,

{x9}
Action taken: Withheld in South Korea

{x10}
Action taken: None - the post could not be found

{x11}
Action taken: Removed (violation of the X Rules)

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome: bare URL with its status on the line below",
    why="each status sits on the line below its URL; 'None - could not be found' is not_found, not rejected",
    items={x9: "restricted", x10: "not_found", x11: "removed"},
)

case(
    name="x-url-below-statement",
    **{"from": "legal-noreply@x.com"}, date="Sat, 28 Sep 2024 10:15:00 +0900",
    subject=f"Re: Legal request {R1}", reply_to_req=R1,
    body=f"""
Hello,

The following post was removed for violating the X Rules:
    {x12}

The following post remains available. We reviewed it against the X Rules and Korean law and did not find a violation:
    {x3}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with statements above indented URLs",
    why="each statement precedes its URL on the next line: x12 removed, x3 stays up (rejected)",
    items={x12: "removed", x3: "rejected"},
)

case(
    name="yt-gmail-top-posted-over-request",
    **{"from": "yt-legal-kr@google.com"}, name_from="Jiwon Seo (YouTube Legal)",
    date="Mon, 23 Sep 2024 17:30:12 +0900",
    subject=f"Re: [KCSC] Removal request {R2}", reply_to_req=R2,
    body=f"""
Hello,

We've removed {y1}. The other videos in your request are still under review and we'll get back to you.

Best regards,
Jiwon Seo
YouTube Legal Operations

On Thu, 19 Sep 2024 at 11:30, KCSC Takedown <takedown@kcsc.example> wrote:
{req_quote(R2, YT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a YouTube legal specialist over the quoted request",
    why="only y1 is stated removed; the others are 'still under review' (pending); URLs in the quoted request are not statements",
    items={y1: "removed", y2: "pending", y3: "pending", y4: "pending"},
)

case(
    name="tg-outlook-quoted-request",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Tue, 24 Sep 2024 08:12:00 +0000",
    subject=f"RE: {R3} removal request", reply_to_req=R3,
    body=f"""
Hello,

{t2} has been removed. Regarding {t1}, we could not find any message at that link.

Regards,
Telegram DSA Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 20, 2024 9:15 AM
To: dsa@telegram.org
Subject: {R3} removal request

{req_quote(R3, TG, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply over '-----Original Message-----'",
    why="t2 removed, t1 not found; t3 appears only in the quoted request below the Original Message line",
    items={t2: "removed", t1: "not_found"},
)

case(
    name="naver-angle-brackets-korean-particles",
    **{"from": "policy@navercorp.com"}, name_from=enc("NAVER 정책지원"),
    date="Thu, 26 Sep 2024 16:40:00 +0900",
    subject=f"Re: {R4} 처리 결과", reply_to_req=R4,
    body=f"""
안녕하세요.

<{n1}>에 대해서는 게시중단 조치하였습니다.
카페 게시물（{n3_raw}）은 정보통신망법 제44조의2에 따라 임시조치되었습니다.

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER short Korean reply, URL in angle brackets and in full-width parentheses",
    why="게시중단 (removed); 임시조치 (restricted); the raw Korean cafe path matches its percent-encoded request URL",
    items={n1: "removed", n3: "restricted"},
)

case(
    name="naver-wrapped-kin-url",
    **{"from": "policy@navercorp.com"}, name_from=enc("NAVER 정책지원"),
    date="Fri, 27 Sep 2024 10:05:00 +0900",
    subject=f"Re: {R4} 지식iN 게시물 처리 결과", reply_to_req=R4,
    body=f"""
안녕하세요. 네이버 지식iN 운영담당입니다.

요청하신 지식iN 게시물은 블라인드 처리되었습니다.
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
 docId=471234567>

카페 게시물 {n4} 은 카페 운영자가 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 블라인드 notice with a long URL wrapped inside angle brackets",
    why="블라인드 (removed) for the wrapped kin URL; cafe post deleted by the cafe operator (운영자 삭제: removed)",
    items={n5: "removed", n4: "removed"},
)

case(
    name="yt-refused-removal-but-restricted",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 27 Sep 2024 12:00:00 +0900",
    subject=f"[{R2}] Outcome of your request", reply_to_req=R2,
    body=f"""
Hello,

After review, we've decided not to remove {y2}: it is a news report on illegal gambling and we consider it in the public interest. We have, however, age-restricted it.

We have blocked {y3} from view in South Korea, as it violates local law.

We reviewed the channel {y4} and it does not violate our Community Guidelines, so no action has been taken against it.

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply: refusal plus age restriction, local block, no action",
    why="refusal to remove y2 is followed by 'however, age-restricted' (restricted, not rejected); y3 blocked in KR (restricted); y4 no violation (rejected)",
    items={y2: "restricted", y3: "restricted", y4: "rejected"},
)

case(
    name="x-withheld-then-lifted",
    **{"from": "legal-noreply@x.com"}, date="Mon, 30 Sep 2024 09:45:00 +0900",
    subject=f"Re: Legal request {R1}", reply_to_req=R1,
    body=f"""
Hello,

{x9} was withheld in South Korea on 23 September. Following the account holder's appeal, the withholding was lifted on 27 September: we found that the post does not violate local law, and it is available again in South Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up after an appeal",
    why="the later sentence revises the first: withholding lifted, no violation found, available again (rejected)",
    items={x9: "rejected"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 27 Sep 2024 02:13:09 +0000",
    subject=f"Decision on your report {R6}", reply_to_req=R6,
    body=f"""
Decision on your report

Reference: {R6}
Content: {tk2}
Decision: Restriction of visibility - the video is not available in the Republic of Korea
Territorial scope: Republic of Korea
Ground: Illegal content under national law (Act on Special Cases concerning the Regulation of Gambling)
Automated means used: No

You can read about how we handle illegal content reports at https://www.tiktok.com/legal/page/global/illegal-content-reports/en

TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement-of-reasons style decision notice",
    why="geo-restricted to Korea: restricted; the legal page link is not an item",
    items={tk2: "restricted"},
)

case(
    name="yt-ack-phrase-with-statements",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 24 Sep 2024 09:12:44 +0900",
    subject=f"[7-4412908331] Re: {R2}", reply_to_req=R2,
    body=f"""
Hello,

Thanks for contacting us. We've received your report and assigned it ticket number 7-4412908331.

We've terminated the channel {y4} for violating our spam, deceptive practices and scams policies. The Short {y3} is still being reviewed.

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube ticketed reply that opens like a receipt",
    why="receipt phrase plus an unhedged termination: not an acknowledgement; y4 removed, y3 still being reviewed (pending)",
    items={y4: "removed", y3: "pending"},
)

# ================================================================ REVIEW
case(
    name="x-promises-only",
    **{"from": "legal-noreply@x.com"}, date="Mon, 23 Sep 2024 18:20:00 +0900",
    subject=f"Re: Legal request {R1}", reply_to_req=R1,
    body=f"""
Hello,

Thank you for your patience. {x1} and {x2} will be removed within the next 24 hours. {x3} is under review; we will let you know the outcome once it is complete.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X interim reply with promises",
    why="'will be removed' and 'under review' are not statements; named items stay pending",
    items={x1: "pending", x2: "pending", x3: "pending"},
)

case(
    name="yt-hedges-only",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 21 Sep 2024 10:00:00 +0900",
    subject=f"Re: {R2}", reply_to_req=R2,
    body=f"""
Hello,

It looks like {y1} may already have been taken down by the uploader, and {y2} might be restricted in some regions. Our team is checking both and will confirm.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with unconfirmed observations",
    why="'may already have been taken down', 'might be restricted' are hedges; nothing applies",
    items={y1: "pending", y2: "pending"},
)

case(
    name="naver-conditional-deletion",
    **{"from": "policy@navercorp.com"}, name_from=enc("NAVER 정책지원"),
    date="Mon, 23 Sep 2024 11:30:00 +0900",
    subject=f"Re: {R4} 처리 안내", reply_to_req=R4,
    body=f"""
안녕하세요.

요청하신 아래 게시물은 작성자에게 소명 기회를 부여하였으며, 작성자가 7일 이내에 소명하지 않으면 삭제될 예정입니다.

- {n1}
- {n2}

결과가 확정되면 다시 안내드리겠습니다.
네이버 정책지원팀
""",
    outcome="review", review="not_understood",
    imitates="NAVER notice of a pending deletion conditional on the author's reply",
    why="deletion is conditional and in the future (삭제될 예정): no status",
    items={n1: "pending", n2: "pending"},
)

case(
    name="naver-seems-deleted-hedge",
    **{"from": "policy@navercorp.com"}, name_from=enc("NAVER 정책지원"),
    date="Tue, 24 Sep 2024 09:10:00 +0900",
    subject=f"Re: {R4} 문의", reply_to_req=R4,
    body=f"""
안녕하세요.

문의하신 카페 게시물 {n4} 은 이미 삭제된 것으로 보입니다. 정확한 확인 후 다시 안내드리겠습니다.

네이버 정책지원팀
""",
    outcome="review", review="not_understood",
    imitates="NAVER Korean reply with a hedge (것으로 보입니다)",
    why="'seems to have been deleted' plus 'will confirm': hedge, item stays pending",
    items={n4: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-noreply@x.com"}, date="Thu, 26 Sep 2024 20:00:00 +0900",
    subject=f"Re: Legal request {R1}", reply_to_req=R1,
    body=f"""
Hello,

All of the posts listed in your request {R1} have been withheld in South Korea.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X one-line bulk outcome",
    why="one statement for a 12-item request without naming each item: bulk, items pending",
    items={u: "pending" for u in X},
)

case(
    name="tg-bulk-all-removed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 21 Sep 2024 12:00:00 +0000",
    subject=f"Re: {R3}", reply_to_req=R3,
    body=f"""
Hello,

All reported materials were removed. Thank you.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram one-line bulk reply",
    why="bulk statement for a 3-item request",
    items={t1: "pending", t2: "pending", t3: "pending"},
)

case(
    name="tiktok-auth-fail",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Legal", auth="fail",
    date="Wed, 25 Sep 2024 03:00:00 +0000",
    subject=f"Your report {R6}", reply_to_req=R6,
    body=f"""
Hello,

We removed {tk1} for violating our Community Guidelines.

TikTok Legal Team
""",
    outcome="review", review="untrusted",
    imitates="TikTok outcome email failing DMARC",
    why="platform domain but authentication fails: untrusted",
    items={tk1: "pending"},
)

case(
    name="x-account-holder-lawyer",
    **{"from": "counsel@hanbit-law.example"}, name_from="Hanbit Law Office",
    date="Tue, 24 Sep 2024 13:00:00 +0900",
    subject=f"Regarding your request {R1}", reply_to_req=R1,
    body=f"""
Dear KCSC,

We act for the holder of the account @hanbit_deals. Our client has deleted the post {x1} himself and asks that the matter be closed.

Kind regards,
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from an account holder's lawyer",
    why="sender is not a platform: unknown_sender, nothing applies",
    items={x1: "pending"},
)

case(
    name="yt-about-tiktok-link",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 26 Sep 2024 14:00:00 +0900",
    subject="Re: Removal request", 
    body=f"""
Hello,

We received your notice about {tk1}. This URL does not point to a YouTube service, and we could not locate the content on YouTube. Please contact the service that hosts it.

The YouTube Legal Support Team
""",
    outcome="review", review="wrong_platform",
    imitates="YouTube reply to a notice about another service's URL",
    why="YouTube states 'could not locate' about a TikTok item: wrong platform",
    items={tk1: "pending"},
)

tt_plain = f"""Hello,

Here is the result of our review for {R6}:

Content | Result
{tk1} | Removed

Note: following an appeal by the creator, {tk1} was reviewed again and remains on TikTok as we found no violation of our Community Guidelines.

TikTok Legal Team
"""
tt_html = f"""<html><body>
<p>Hello,</p>
<p>Here is the result of our review for {R6}:</p>
<table border="1"><tr><th>Content</th><th>Result</th></tr>
<tr><td>{tk1}</td><td>Removed</td></tr></table>
<p>Note: following an appeal by the creator, {tk1} was reviewed again and remains on TikTok as we found no violation of our Community Guidelines.</p>
<p>TikTok Legal Team</p>
</body></html>
"""
case(
    name="tiktok-table-contradicted-by-note",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Legal",
    date="Sat, 28 Sep 2024 04:20:00 +0000",
    subject=f"Result of your report {R6}", reply_to_req=R6,
    raw_mime=multipart_alt(tt_plain, tt_html, "tt480b"),
    outcome="review", review="conflicting_statements",
    imitates="TikTok result table with a note that contradicts it",
    why="the table says Removed, the note says it remains up after appeal, without saying the table is wrong: a person decides",
    items={tk1: "pending"},
)

case(
    name="tg-general-notice-no-items",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Sun, 22 Sep 2024 09:00:00 +0000",
    subject="How to submit requests to Telegram",
    body="""
Hello,

Thank you for reaching out. Please note that Telegram processes removal requests from authorities through our dedicated form at https://telegram.org/support?topic=authorities so that they can be tracked. Requests sent to this address may take longer to process.

Telegram DSA Team
""",
    outcome="review", review="no_claims",
    imitates="Telegram general reply pointing to its submission form",
    why="trusted platform mail naming no item and no request; the support form link is not an item",
    items={},
)

case(
    name="kakao-asks-for-documents",
    **{"from": "noreply@kakaocorp.com"}, name_from=enc("Kakao 권리보호센터"),
    date="Tue, 24 Sep 2024 15:00:00 +0900",
    subject=f"[카카오] 추가 자료 요청 ({R5})", reply_to_req=R5,
    body=f"""
안녕하세요, 카카오 권리보호센터입니다.

접수하신 {R5} 건 중 다음 카페 게시물 {k1} 에 대하여 명예훼손 여부를 판단하기 위해 피해자 확인이 필요합니다.
피해 당사자를 특정할 수 있는 자료와 위임장을 회신해 주시기 바랍니다.

자료가 확인되는 대로 검토를 진행하겠습니다.
카카오 권리보호센터 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 권리침해 신고 추가 소명자료 요청",
    why="the platform asks for supporting documents before deciding: asks_more, item pending",
    items={k1: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    **{"from": "m.lee@x.com"}, name_from="Minji Lee",
    date="Thu, 19 Sep 2024 10:00:31 +0900",
    subject=f"Automatic reply: Legal request {R1}", reply_to_req=R1,
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
Thank you for your email. I am out of the office until 30 September with limited access to email. For legal requests please write to legal@x.com.

Minji Lee

{req_quote(R1, X[:3])}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply quoting the request",
    why="auto-reply; quoted URLs are not statements",
    items={},
)

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [KCSC] Removal request {R2}
Date: Thu, 19 Sep 2024 11:30:00 +0900
Message-ID: <{R2}@kcsc.example>

{req_quote(R2, YT, prefix="")}
"""
case(
    name="google-dsn-bounce",
    **{"from": "mailer-daemon@google.com"}, name_from="Mail Delivery Subsystem",
    date="Thu, 19 Sep 2024 11:30:09 +0900",
    subject="Delivery Status Notification (Failure)", reply_to_req=R2,
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn480"\n\n'
        "--dsn480\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Address not found\n\n"
        "Your message wasn't delivered to legal-kr-old@google.com because the address couldn't be found,\n"
        "or is unable to receive mail.\n\n"
        "--dsn480\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.google.com\n\n"
        "Final-Recipient: rfc822; legal-kr-old@google.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.\n\n"
        "--dsn480\n"
        "Content-Type: message/rfc822\n\n"
        f"{dsn_orig}\n"
        "--dsn480--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification with the original request attached",
    why="bounce; the URLs are in the returned request",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from=enc("NAVER 정책지원"),
    date="Fri, 20 Sep 2024 14:05:00 +0900",
    subject=f"읽음 확인: [KCSC] 시정요구 {R4}", reply_to_req=R4,
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn480"\n\n'
        "--mdn480\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"보내신 메일 '[KCSC] 시정요구 {R4}' 을(를) 2024-09-20 14:05 에 수신자가 읽었습니다.\n\n"
        "--mdn480\n"
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.navercorp.com\n"
        "Final-Recipient: rfc822; policy@navercorp.com\n"
        f"Original-Message-ID: <{R4}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        "--mdn480--\n"
    ),
    outcome="ignored", classification="read_receipt",
    imitates="Korean mail client read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Support",
    date="Mon, 23 Sep 2024 06:21:00 +0000",
    subject=f"We received your report [{R6}]", reply_to_req=R6,
    body=f"""
Hi,

Thanks for your report. We've received it and created case number 3390127745. Our team will review the content you reported and contact you when a decision has been made.

Please don't reply to this email.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok automatic report receipt",
    why="pure receipt with a case number",
    items={},
)

case(
    name="kakao-korean-receipt",
    **{"from": "noreply@kakaocorp.com"}, name_from=enc("Kakao 권리보호센터"),
    date="Mon, 23 Sep 2024 10:02:00 +0900",
    subject=f"[카카오] 신고 접수 완료 안내 ({R5})", reply_to_req=R5,
    body=f"""
안녕하세요, 카카오 권리보호센터입니다.

신고가 정상적으로 접수되었습니다.
접수번호: KR-20240923-55810
접수 내용: {k1} 외 1건

처리 결과는 검토 후 이메일로 안내해 드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 완료 안내",
    why="pure acknowledgement echoing the reported URL",
    items={},
)

case(
    name="tg-automated-case-receipt",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Fri, 20 Sep 2024 00:16:00 +0000",
    subject=f"Re: {R3} [Case #5528113]", reply_to_req=R3,
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
This is an automated response.

Your request has been received and assigned Case #5528113. A member of our team will review it. Please keep the case number in the subject line of any further correspondence.

Telegram DSA
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram DSA automated case receipt",
    why="automated receipt only",
    items={},
)

case(
    name="naver-korean-out-of-office",
    **{"from": "hj.park@navercorp.com"}, name_from=enc("박현지"),
    date="Fri, 20 Sep 2024 14:00:20 +0900",
    subject=f"[부재중] Re: [KCSC] 시정요구 {R4}", reply_to_req=R4,
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 박현지입니다.
9월 20일부터 9월 27일까지 휴가로 부재중입니다. 급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.
감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

HEADER = """# Blind set 480 (what a program gets wrong). Written from each email's
# meaning before any run of the reader. Generated by make.py: do not edit.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind480", HEADER, CASES)
    print(len(CASES), "cases")
