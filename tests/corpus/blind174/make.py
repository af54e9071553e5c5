#!/usr/bin/env python3
"""Blind set 174: what a program gets wrong.

Mixed statuses in one sentence, hedges inside relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted by its note, statuses given by position. Written from
each email's meaning, before any run of the reader.

    python3 tests/corpus/blind174/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import sys
from email import quoprimime
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
T = "https://t.me/"
T1, T2, T3, T4 = (T + "lucky_jackpot_kr/101", T + "lucky_jackpot_kr/102",
                  T + "lucky_jackpot_kr/115", T + "lucky_jackpot_kr/120")
T5, T6, T7 = T + "blue_pill_store/7", T + "blue_pill_store/8", T + "blue_pill_store/19"
T8, T9 = T + "moonrise_casino/2044", T + "moonrise_casino/2045"
T10, T11 = T + "night_market_77/330", T + "night_market_77/331"
T12 = T + "toto_signal_room/58"

X1 = "https://x.com/fastloan_kr99/status/1831448870012345678"
X2 = "https://x.com/fastloan_kr99/status/1831502219876543210"
X3 = "https://x.com/bet_king_official/status/1830987766554433221"
X4 = "https://x.com/hanbit_pharm_dm/status/1831120034455667788"

Y1 = "https://www.youtube.com/watch?v=qT7rLm2XkPa"
Y2 = "https://www.youtube.com/watch?v=Zx81nVb0cQe"
Y3 = "https://www.youtube.com/watch?v=h4GdW9sPo3M"
Y4 = "https://www.youtube.com/shorts/Rb2mK8yTn1w"
Y5 = "https://www.youtube.com/@casino_tv_kr99"

N1 = "https://blog.naver.com/sunny_deal77/223567001234"
N2 = "https://cafe.naver.com/bigwincafe/4411"
N3_RAW = "https://in.naver.com/햇살약국/contents/internal/720011"
N3 = "https://in.naver.com/%ED%96%87%EC%82%B4%EC%95%BD%EA%B5%AD/contents/internal/720011"

D1 = "https://cafe.daum.net/moneytree88/Kb3f/512"
D2 = "https://jackpot-guide.tistory.com/88"

K1 = "https://www.tiktok.com/@easy_cash_kr/video/7411223344556677889"

Y6 = "https://www.youtube.com/watch?v=Lp0aQ3ruVxs"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls
    ("KCSC-240903-01", "telegram", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12]),
    ("KCSC-240905-02", "x", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal_finance", [X1, X2, X3, X4]),
    ("KCSC-240906-03", "youtube", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "gambling", [Y1, Y2, Y3, Y4, Y5]),
    ("KCSC-240909-04", "naver", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     "drugs", [N1, N2, N3]),
    ("KCSC-240910-05", "kakao", "2024-09-10T15:20:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", [D1, D2]),
    ("KCSC-240911-06", "tiktok", "2024-09-11T11:10:00+09:00", "2024-09-18T18:00:00+09:00",
     "illegal_finance", [K1]),
    ("KCSC-240912-07", "youtube", "2024-09-12T16:45:00+09:00", "2024-09-19T18:00:00+09:00",
     "obscenity", [Y6]),
]


def msgid(ref):
    return ref + ".1@kcsc.example"


def rid(ref):
    """reply_to_req value: corpuslib adds '@kcsc.example'."""
    return ref + ".1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), "blind174"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quoprimime.body_encode(text, maxlinelen=76)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def single(ctype, cte, body):
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n" + body)


def multipart(boundary, parts, sub="mixed", extra=""):
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def part(ctype, body, cte="8bit", disp=None, charset="utf-8"):
    h = f"Content-Type: {ctype}" + (f"; charset={charset}" if charset else "")
    h += f"\nContent-Transfer-Encoding: {cte}"
    if disp:
        h += f"\nContent-Disposition: {disp}"
    return h + "\n\n" + body


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


SIG_TG = "--\nTelegram Abuse Desk\nabuse@telegram.org"

# 1 mixed statuses in one sentence
case(
    name="tg-mixed-one-sentence", frm="abuse@telegram.org",
    date="Fri, 6 Sep 2024 08:12:40 +0000",
    subject="Re: KCSC-240903-01 removal request", reply_to_req=rid("KCSC-240903-01"),
    body=f"""Hello,

Thank you for your report. Of the posts you listed, {T1} and {T2} were taken
down today, while {T3} could not be found in the channel at all.

We are still looking at the remaining posts and will write again.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply answering part of a report",
    why="two removed and one not found in a single sentence joined by 'while'; the rest promised later",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

# 2 hedge inside a relative clause
case(
    name="tg-hedge-in-relative-clause", frm="abuse@telegram.org",
    date="Sat, 7 Sep 2024 03:55:09 +0000",
    subject="Re: KCSC-240903-01", reply_to_req=rid("KCSC-240903-01"),
    body=f"""Hi,

We blocked {T5}, which may also have been copied to other channels that we
have not identified yet, and we blocked {T6} as well.

{T7}, which appears to have been edited after your report, is still being
reviewed by our moderators.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a caveat about reposts",
    why="the hedge in the relative clause is about copies elsewhere, not about the block; post 19 is only under review",
    items={T5: "removed", T6: "removed", T7: "pending"},
)

# 3 negation
case(
    name="x-negation-not-removed-and-withheld", frm="legal@x.com",
    date="Mon, 9 Sep 2024 17:02:11 +0000",
    subject="Re: KCSC-240905-02 [ref:_00D1x.5004Kr8a:ref]", reply_to_req=rid("KCSC-240905-02"),
    body=f"""Hello,

We have reviewed your request.

We have not removed {X1}. Our review found that it does not violate the X
Rules, and we did not find it unlawful under the laws you cite.

The post at {X2} has been withheld in South Korea.

For more information see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome mail (country-withheld and no-action mix)",
    why="'have not removed' with a reason is a refusal; the second post is country-withheld; help link is no item",
    items={X1: "rejected", X2: "restricted"},
)

# 4 refusal with reason + author deletion
case(
    name="x-refusal-with-reason-and-author-deleted", frm="legal@x.com",
    date="Tue, 10 Sep 2024 06:40:00 +0000",
    subject="Your report: KCSC-240905-02", reply_to_req=rid("KCSC-240905-02"),
    body=f"""Hello,

Thanks for reaching out. After careful review we have decided not to take
any action on {X3}: the account is clearly labelled as parody, the post links
to no betting service, and it does not break our rules on gambling
promotion.

{X4} is no longer available because the account owner deleted it before
our review.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'no action' reply with reasons",
    why="refusal with stated reasons = rejected; deleted by its owner = not_found",
    items={X3: "rejected", X4: "not_found"},
)

# 5 later sentence revises earlier
case(
    name="yt-correction-later-sentence", frm="legal-kr@google.com",
    date="Wed, 11 Sep 2024 02:14:55 +0000",
    subject="Re: [6-2187000033451] KCSC-240906-03", reply_to_req=rid("KCSC-240906-03"),
    name_from="Google Legal Support",
    body=f"""Hello,

Thank you for your notice regarding the content below.

{Y1} - removed
{Y2} - removed

Correction: my colleague pointed out that I mislabelled the first video.
{Y1} was not removed; it has been age-restricted instead. The second video
was removed as stated.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals reply with a self-correction",
    why="the later explicit correction replaces 'removed' with age-restricted for the first video",
    items={Y1: "restricted", Y2: "removed"},
)

# 6 HTML table with note correcting a row
TABLE_ROWS = [(Y1, "Removed"), (Y2, "Removed"), (Y3, "Age-restricted")]
html6 = ("<html><body><p>Hello,</p><p>Here is the outcome of our review of your notice "
         "KCSC-240906-03.</p>\n<table border=\"1\">\n<tr><th>URL</th><th>Action</th></tr>\n"
         + "\n".join(f"<tr><td>{u}</td><td>{a}</td></tr>" for u, a in TABLE_ROWS)
         + f"\n</table>\n<p><b>Note:</b> the second row of the table is out of date. {Y2} was "
         "restored after a second review: it does not violate our Community Guidelines and "
         "remains available.</p>\n<p>The YouTube Legal Team</p></body></html>\n")
case(
    name="yt-html-table-note-corrects-row", frm="legal-kr@google.com",
    date="Thu, 12 Sep 2024 09:30:00 +0000", name_from="YouTube Legal",
    subject="Outcome of notice KCSC-240906-03", reply_to_req=rid("KCSC-240906-03"),
    raw_mime=single("text/html", "8bit", html6),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome table with an explanatory note",
    why="the note explicitly supersedes the table row: second video stays up (rejected)",
    items={Y1: "removed", Y2: "rejected", Y3: "restricted"},
)

# 7 Korean mixed
case(
    name="naver-korean-mixed-one-sentence", frm="policy@navercorp.com",
    date="Wed, 11 Sep 2024 10:05:00 +0900", name_from="네이버 정책지원",
    subject="[네이버] 게시중단 요청(KCSC-240909-04) 처리 결과 안내", reply_to_req=rid("KCSC-240909-04"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N1} 는 게시중단 조치하였고,
{N2} 는 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 1건은 검토 후 별도로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내",
    why="one sentence: first URL 게시중단 (removed), second deleted by its author (not_found); third promised",
    items={N1: "removed", N2: "not_found", N3: "pending"},
)

# 8 Korean temp measure + refusal, raw Korean path
case(
    name="naver-temporary-measure-and-refusal", frm="policy@navercorp.com",
    date="Thu, 12 Sep 2024 14:22:31 +0900", name_from="네이버 정책지원",
    subject="RE: KCSC-240909-04 시정요구 관련 회신", reply_to_req=rid("KCSC-240909-04"),
    body=f"""안녕하십니까.

귀 위원회의 요청에 대하여 아래와 같이 회신드립니다.

- {N3_RAW} : 임시조치(30일) 완료
- {N1} : 검토 결과 관련 법령 위반이 확인되지 않아 별도 조치하지 않았습니다.

문의사항은 회신 메일로 주시기 바랍니다.
네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice with a refusal line",
    why="임시조치 = restricted (raw Korean path matches its encoded form); no violation found = rejected",
    items={N3: "restricted", N1: "rejected"},
)

# 9 URL followed by Korean particle and full-width punctuation
case(
    name="naver-url-korean-particle", frm="cs@naver.com",
    date="Fri, 13 Sep 2024 08:48:10 +0900", name_from="NAVER 고객센터",
    subject="[NAVER 카페] 신고 게시글 처리 안내 (KCSC-240909-04)", reply_to_req=rid("KCSC-240909-04"),
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

말씀하신 {N2}에 대해서는 운영정책 위반으로 블라인드 처리하였습니다。

이용에 불편을 드려 죄송합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 블라인드 처리 안내",
    why="블라인드 = removed; URL is followed directly by the particle 에",
    items={N2: "removed"},
)

# 10 Kakao 시정요구 조치결과 HTML table
html10 = f"""<html><body>
<p>안녕하세요. 카카오 고객보호팀입니다.</p>
<p>KCSC-240910-05 시정요구에 대한 조치결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{D1}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{D2}</td><td>국내 접속차단</td><td>2024-09-12</td></tr>
</table>
<p>※ 조치에 대한 이의는 <a href="https://cs.kakao.com/helps?service=143">카카오 고객센터</a>로 접수하실 수 있습니다.</p>
</body></html>
"""
case(
    name="kakao-html-table-result", frm="protect@kakaocorp.com",
    date="Thu, 12 Sep 2024 17:10:00 +0900", name_from="카카오 고객보호팀",
    subject="[카카오] 시정요구 조치결과 회신 (KCSC-240910-05)", reply_to_req=rid("KCSC-240910-05"),
    raw_mime=single("text/html", "8bit", html10),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table",
    why="table: 삭제 = removed, 국내 접속차단 = restricted; help-centre link no item",
    items={D1: "removed", D2: "restricted"},
)

# 11 TikTok single item, no URL
case(
    name="tiktok-single-item-sole", frm="legal@tiktok.com",
    date="Fri, 13 Sep 2024 04:21:00 +0000", name_from="TikTok Legal",
    subject="Re: KCSC-240911-06 - request regarding a video", reply_to_req=rid("KCSC-240911-06"),
    body="""Dear Sir or Madam,

Thank you for your report. We reviewed the video you reported and removed it
for violating our Community Guidelines on frauds and scams.

Kind regards,
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome mail",
    why="one-item request, unhedged removal naming no URL: applies to the sole item",
    items={K1: "removed"},
)

# 12 YouTube one-item request, geo-block
case(
    name="yt-one-item-blocked-in-korea", frm="legal-kr@google.com",
    date="Mon, 16 Sep 2024 01:02:03 +0000", name_from="Google Legal Support",
    subject="Re: KCSC-240912-07", reply_to_req=rid("KCSC-240912-07"),
    body="""Hello,

Following our review under local law, we have blocked the content identified
in your notice from view in South Korea. It remains available elsewhere.

The Google Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google local-law block reply",
    why="one-item request, geo-block in Korea = restricted",
    items={Y6: "restricted"},
)

# 13 statuses by position in the email's own numbered list
case(
    name="tg-numbered-list-by-position", frm="abuse@telegram.org",
    date="Sun, 8 Sep 2024 11:30:00 +0000",
    subject="Re: KCSC-240903-01 (lucky_jackpot_kr)", reply_to_req=rid("KCSC-240903-01"),
    body=f"""Hello,

About these messages in lucky_jackpot_kr:

1. {T1}
2. {T2}
3. {T3}
4. {T4}

Messages 1, 2 and 4 have been blocked. Message 3 does not exist; the
number is past the last message of the channel.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply referring to its own numbered list",
    why="statuses by position in the email's own list: 1,2,4 removed; 3 does not exist",
    items={T1: "removed", T2: "removed", T3: "not_found", T4: "removed"},
)

# 14 heading then URLs below
case(
    name="tg-heading-then-urls", frm="abuse@telegram.org",
    date="Mon, 9 Sep 2024 07:07:07 +0000",
    subject="Re: KCSC-240903-01", reply_to_req=rid("KCSC-240903-01"),
    body=f"""Hi,

Removed:
{T10}
{T11}

No violation found, left in place:
{T12}

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk terse status list",
    why="status on the line above the URLs; second heading switches to rejected",
    items={T10: "removed", T11: "removed", T12: "rejected"},
)

# 15 top-posted over quoted request (Gmail style)
case(
    name="x-top-posted-over-quoted-request", frm="legal@x.com",
    date="Wed, 11 Sep 2024 12:00:00 +0000",
    subject="Re: KCSC-240905-02 removal request", reply_to_req=rid("KCSC-240905-02"),
    body=f"""Update: we have withheld {X1} in Korea. We will not act on
{X2}; it is a general post about loans and breaks none of our rules.

X Legal

On Thu, Sep 5, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Please remove or disable access to the following posts (KCSC-240905-02):
> {X1}
> {X2}
> {X3}
> {X4}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply top-posted over the regulator's request",
    why="statements only above the quote; the quoted request's 'remove' says nothing about X3 and X4",
    items={X1: "restricted", X2: "rejected", X3: "pending", X4: "pending"},
)

# 16 Outlook quoting
case(
    name="yt-outlook-original-message", frm="legal-kr@google.com",
    date="Fri, 13 Sep 2024 06:45:00 +0000", name_from="Google Legal Support",
    subject="RE: KCSC-240906-03 Request for removal", reply_to_req=rid("KCSC-240906-03"),
    body=f"""Hello,

The Short {Y4} has been removed, and the channel {Y5} has been terminated
for repeated violations of our spam and deceptive practices policy.

Best regards,
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 2:00 PM
To: legal-kr@google.com
Subject: KCSC-240906-03 Request for removal

Please remove the following content:
{Y1}
{Y2}
{Y3}
{Y4}
{Y5}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply in Outlook style",
    why="Short removed, channel terminated (= removed); the quoted request names the other three without statements",
    items={Y4: "removed", Y5: "removed", Y1: "pending", Y2: "pending", Y3: "pending"},
)

# 17 quoted-printable with soft breaks
qp17 = qp(f"""Hello,

We've completed our review of the reported content in case KCSC-240905-02. The following post has been removed for violating our illegal or certain regulated goods and services policy: {X3}

This one was not actioned by us: {X4} no longer exists because the account holder deleted it before we could review it.

Thanks,
X Support
""")
case(
    name="x-quoted-printable-soft-breaks", frm="support@x.com",
    date="Thu, 12 Sep 2024 22:19:44 +0000",
    subject="Re: KCSC-240905-02 - case update", reply_to_req=rid("KCSC-240905-02"),
    raw_mime=single("text/plain", "quoted-printable", qp17),
    outcome="applied", classification="confirmation",
    imitates="X support case update (quoted-printable)",
    why="QP soft breaks inside the long lines; 'not actioned by us' followed by 'no longer exists' = not_found",
    items={X3: "removed", X4: "not_found"},
)

# 18 base64 body
b18 = b64(f"""Hello,

Result of our review (KCSC-240903-01):

{T5} - blocked
{T6} - blocked
{T7} - we could not find this message; the link is invalid.

{SIG_TG}
""")
case(
    name="tg-base64-body", frm="abuse@telegram.org",
    date="Tue, 10 Sep 2024 15:31:00 +0000",
    subject="Re: KCSC-240903-01", reply_to_req=rid("KCSC-240903-01"),
    raw_mime=single("text/plain", "base64", b18),
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply sent base64-encoded",
    why="two blocked, one invalid link = not_found",
    items={T5: "removed", T6: "removed", T7: "not_found"},
)

# 19 CSV attachment (Korean)
csv19 = ("URL,처리결과,비고\n"
         f"{N1},게시중단,\n"
         f"{N2},임시조치,권리침해 신고에 따른 30일 임시조치\n"
         f"{N3},조치불가,위법성 불인정\n")
case(
    name="naver-csv-attachment", frm="policy@navercorp.com",
    date="Fri, 13 Sep 2024 11:00:00 +0900", name_from="네이버 정책지원",
    subject="[네이버] KCSC-240909-04 처리결과 송부", reply_to_req=rid("KCSC-240909-04"),
    raw_mime=multipart("b19NaverCsv", [
        part("text/plain", "안녕하세요.\n\n요청하신 3건의 처리결과를 첨부 파일로 송부드립니다.\n\n네이버 정책지원팀\n"),
        part("text/csv", b64(csv19), cte="base64",
             disp='attachment; filename="KCSC-240909-04_result.csv"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="NAVER result sheet sent as CSV attachment",
    why="CSV rows: 게시중단 removed, 임시조치 restricted, 조치불가(위법성 불인정) rejected",
    items={N1: "removed", N2: "restricted", N3: "rejected"},
)

# 20 angle brackets and wrapped URL
case(
    name="yt-angle-brackets-wrapped", frm="legal-kr@google.com",
    date="Sat, 14 Sep 2024 03:33:00 +0000", name_from="Google Legal Support",
    subject="Re: KCSC-240906-03", reply_to_req=rid("KCSC-240906-03"),
    body="""Hello,

We have removed the video <https://www.youtube.com/watch?v=h4GdW9sPo3M>
from YouTube. The video <https://www.youtube.com/watch?
v=qT7rLm2XkPa> did not meet the bar for removal but we have placed an
age restriction on it.

Regards,
YouTube Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal reply with bracketed, wrapped URLs",
    why="Y3 removed; Y1 (wrapped inside angle brackets) age-restricted despite 'did not meet the bar for removal'",
    items={Y3: "removed", Y1: "restricted"},
)

# 21 DSA statement of reasons
case(
    name="x-dsa-statement-of-reasons", frm="noreply-dsa@x.com",
    date="Fri, 13 Sep 2024 09:09:09 +0000", name_from="X",
    subject="Statement of reasons: decision on reported content (KCSC-240905-02)",
    body=f"""Statement of reasons

Content: {X4}
Decision: restriction of visibility - content withheld
Territorial scope: Republic of Korea only
Ground: incompatible with local law (unlicensed sale of medicines)
Automated detection: No
Automated decision: No

You may seek redress through our appeals process:
https://help.x.com/en/forms/account-access/appeals

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons",
    why="visibility restriction limited to Korea = restricted; appeals link no item",
    items={X4: "restricted"},
)

# 22 ack phrase + statements
case(
    name="tg-ack-phrase-plus-statements", frm="abuse@telegram.org",
    date="Wed, 4 Sep 2024 19:00:00 +0000",
    subject="Re: KCSC-240903-01 [Case #6620418]", reply_to_req=rid("KCSC-240903-01"),
    body=f"""Hello,

We received your report, Case #6620418. We have already blocked
{T8} and {T9} for promoting illegal gambling.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram receipt that already carries an outcome",
    why="acknowledgement phrase plus unhedged statements is a confirmation, not an acknowledgement",
    items={T8: "removed", T9: "removed"},
)

# 23 Kakao echoed report form
case(
    name="kakao-echoed-report-form", frm="noreply@daum.net", name_from="Daum 고객센터",
    date="Fri, 13 Sep 2024 13:40:00 +0900",
    subject="[Daum] 신고하신 내용에 대한 처리 결과입니다",
    body=f"""안녕하세요. Daum 고객센터입니다.

신고하신 내용에 대한 처리 결과를 안내해 드립니다.

[신고 내용]
신고번호 : KCSC-240910-05
신고 URL : {D1}
신고 사유 : 불법 도박 홍보

[처리 결과]
운영정책 위반으로 해당 게시물을 삭제하였습니다.

[신고 내용]
신고 URL : {D2}

[처리 결과]
해당 게시물은 존재하지 않습니다. (작성자 삭제)

Daum 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 신고 처리결과 mail echoing the report form",
    why="each echoed report block followed by its result: first deleted, second no longer exists",
    items={D1: "removed", D2: "not_found"},
)

# 24 later sentence revises not-found
case(
    name="tg-not-found-then-found", frm="abuse@telegram.org",
    date="Thu, 12 Sep 2024 10:10:10 +0000",
    subject="Re: KCSC-240903-01 follow-up", reply_to_req=rid("KCSC-240903-01"),
    body=f"""Hello again,

In our last message we told you that {T10} could not be located. That
was wrong: the channel had been renamed. We found the message and it has
now been removed.

{T11} had already been deleted by the channel owner before we looked.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram follow-up correcting an earlier reply",
    why="the earlier 'could not be located' is reported speech then retracted: removed; author-deleted = not_found",
    items={T10: "removed", T11: "not_found"},
)

# 25 neither ... nor; removed, not merely restricted
case(
    name="yt-neither-nor-and-not-merely", frm="legal-kr@google.com",
    date="Sun, 15 Sep 2024 05:55:00 +0000", name_from="Google Legal Support",
    subject="Re: KCSC-240906-03 outcome", reply_to_req=rid("KCSC-240906-03"),
    body=f"""Hello,

{Y2} was neither removed nor restricted: it is a news report about
illegal gambling and does not violate our Community Guidelines or local law.

{Y4} was removed, not merely age-restricted, because it directs viewers to
an unlicensed betting site.

YouTube Legal
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with reasons",
    why="'neither removed nor restricted' with a reason = rejected; 'removed, not merely age-restricted' = removed",
    items={Y2: "rejected", Y4: "removed"},
)

# 26 statement with policy links
case(
    name="naver-statement-with-policy-links", frm="policy@navercorp.com",
    date="Sat, 14 Sep 2024 09:15:00 +0900", name_from="네이버 정책지원",
    subject="RE: [KCSC-240909-04] 게시물 조치 결과", reply_to_req=rid("KCSC-240909-04"),
    body=f"""안녕하세요.

{N3_RAW} 게시물은 네이버 운영정책(https://policy.naver.com/policy/service.html)에
따라 삭제되었습니다.

게시자의 이의제기는 https://help.naver.com/service/5600/contents/19008 에서
접수됩니다.

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 삭제 notice with policy and appeal links",
    why="Korean-path item deleted; policy and help links are not items",
    items={N3: "removed"},
)

# 27 mixed geo + refusal in one sentence
case(
    name="x-withheld-but-remains-available", frm="legal@x.com",
    date="Sat, 14 Sep 2024 14:14:14 +0000",
    subject="Re: KCSC-240905-02", reply_to_req=rid("KCSC-240905-02"),
    body=f"""Hi,

{X1} and {X2} have been withheld in South Korea, but {X3} remains
available worldwide because it does not breach our rules.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply mixing withholding and no action",
    why="'remains available ... does not breach' after 'but' = rejected; first two country-withheld",
    items={X1: "restricted", X2: "restricted", X3: "rejected"},
)

# ------------------------------------------------ review
case(
    name="tg-promise-will-remove", frm="abuse@telegram.org",
    date="Thu, 5 Sep 2024 02:20:00 +0000",
    subject="Re: KCSC-240903-01", reply_to_req=rid("KCSC-240903-01"),
    body=f"""Hello,

{T1} and {T2} will be removed within 24 hours once a moderator confirms
the violation. We will let you know when this is done.

{SIG_TG}
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk holding reply",
    why="a promise is no statement; names requested items",
    items={T1: "pending", T2: "pending"},
)

case(
    name="x-hedges-may-have-likely", frm="legal@x.com",
    date="Fri, 6 Sep 2024 20:00:00 +0000",
    subject="Re: KCSC-240905-02", reply_to_req=rid("KCSC-240905-02"),
    body=f"""Hello,

It appears that {X1} may have been deleted by the user already, and {X2}
is likely to be withheld in Korea once our review is complete.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="'appears ... may have been' and 'likely to be ... once' are hedges: nothing stated",
    items={X1: "pending", X2: "pending"},
)

case(
    name="yt-under-review-conditional", frm="legal-kr@google.com",
    date="Tue, 10 Sep 2024 08:00:00 +0000", name_from="Google Legal Support",
    subject="Re: KCSC-240906-03", reply_to_req=rid("KCSC-240906-03"),
    body=f"""Hello,

{Y1} and {Y3} are currently under review by our specialist team.

If the owner of {Y5} does not respond to our notice within 7 days, the
channel will be terminated.

YouTube Legal
""",
    outcome="review", review="not_understood",
    imitates="Google legal interim reply",
    why="under review and a conditional termination: no statements",
    items={Y1: "pending", Y3: "pending", Y5: "pending"},
)

case(
    name="tg-bulk-all-removed", frm="abuse@telegram.org",
    date="Sat, 14 Sep 2024 06:00:00 +0000",
    subject="Re: KCSC-240903-01 closed", reply_to_req=rid("KCSC-240903-01"),
    body=f"""Hello,

All the content reported under KCSC-240903-01 has been removed.

{SIG_TG}
""",
    outcome="review", review="bulk",
    imitates="Telegram 'all actioned' closing reply",
    why="statement about all twelve items without naming any",
    items={T1: "pending", T8: "pending", T12: "pending"},
)

case(
    name="naver-bulk-korean", frm="policy@navercorp.com",
    date="Mon, 16 Sep 2024 10:30:00 +0900", name_from="네이버 정책지원",
    subject="[네이버] KCSC-240909-04 조치 완료", reply_to_req=rid("KCSC-240909-04"),
    body="""안녕하세요.

요청하신 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

네이버 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="NAVER 일괄 게시중단 완료 안내",
    why="'all the posts' for a three-item request, none named",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="x-auth-fail", frm="legal@x.com", auth="fail",
    date="Sun, 15 Sep 2024 11:11:11 +0000",
    subject="Re: KCSC-240905-02", reply_to_req=rid("KCSC-240905-02"),
    body=f"""Hello,

{X1} has been removed and {X3} has been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply failing DMARC",
    why="claims from x.com that fail authentication",
    items={X1: "pending", X3: "pending"},
)

case(
    name="unknown-sender-channel-lawyer", frm="office@hanul-lawfirm.example",
    name_from="법무법인 한울",
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject="KCSC-240903-01 관련 게시물 삭제 완료 통지",
    body=f"""수신: 방송통신심의위원회

당 법무법인은 toto_signal_room 채널 운영자를 대리합니다.
의뢰인은 {T12} 게시물을 9월 14일 자진 삭제하였음을 알려드립니다.

법무법인 한울 변호사 김도윤
""",
    outcome="review", review="unknown_sender",
    imitates="law firm notice on behalf of a channel owner",
    why="not a platform domain; names our request and a URL",
    items={T12: "pending"},
)

case(
    name="tiktok-about-youtube-item", frm="legal@tiktok.com", name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 07:30:00 +0000",
    subject="Re: content report",
    body=f"""Dear Sir or Madam,

We could not find the content at {Y6} on TikTok. This link does not point
to our service; please contact the service concerned.

TikTok Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="TikTok 'not our service' reply",
    why="TikTok states not-found for a YouTube item",
    items={Y6: "pending"},
)

case(
    name="kakao-by-request-position", frm="protect@kakaocorp.com",
    date="Fri, 13 Sep 2024 16:00:00 +0900", name_from="카카오 고객보호팀",
    subject="RE: KCSC-240910-05", reply_to_req=rid("KCSC-240910-05"),
    body="""안녕하세요. 카카오 고객보호팀입니다.

요청 공문에 기재된 첫 번째 URL은 삭제 조치하였으며, 두 번째 URL은
확인되지 않는 게시물입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao reply referring to the order of the regulator's letter",
    why="statuses by position in our own letter, URLs not named: clerk should check, not the program",
    items={D1: "pending", D2: "pending"},
)

csv_conf = f"url,action\n{T8},removed\n"
case(
    name="tg-csv-contradicts-body", frm="abuse@telegram.org",
    date="Sun, 15 Sep 2024 13:00:00 +0000",
    subject="Re: KCSC-240903-01 report outcome", reply_to_req=rid("KCSC-240903-01"),
    raw_mime=multipart("tgConflict15", [
        part("text/plain", f"""Hello,

Please find the outcome sheet attached.

Note that {T8} remains accessible: our moderators found no
violation in this message.

{SIG_TG}
"""),
        part("text/csv", csv_conf, disp='attachment; filename="outcome.csv"'),
    ]),
    outcome="review", review="conflicting_statements",
    imitates="Telegram outcome sheet whose covering note contradicts it",
    why="sheet says removed, note says no violation and still accessible; no later-correction wording",
    items={T8: "pending"},
)

case(
    name="naver-no-claims-channel-notice", frm="policy@navercorp.com",
    date="Tue, 17 Sep 2024 10:00:00 +0900", name_from="네이버 정책지원",
    subject="[안내] 공공기관 게시중단 요청 접수 창구 변경",
    body="""안녕하십니까, 네이버 정책지원팀입니다.

10월 1일부터 공공기관의 게시중단 요청은 전용 접수 시스템을 통해서만
받게 되었음을 안내드립니다. 기존 메일 주소는 9월 30일까지 운영됩니다.

자세한 사항은 https://help.naver.com/service/5600/contents/20011 을 참고해 주십시오.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice about a new intake channel",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="x-asks-for-court-order", frm="legal@x.com",
    date="Mon, 9 Sep 2024 09:45:00 +0000",
    subject="Re: KCSC-240905-02 - additional information needed", reply_to_req=rid("KCSC-240905-02"),
    body=f"""Hello,

Before we can consider {X4} further, please send us a copy of the legal
basis or order under which the sale of medicines in this post is unlawful
in Korea, with an English translation.

X Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal request for supporting documents",
    why="asks for documents before acting; no status",
    items={X4: "pending"},
)

# ------------------------------------------------ ignored
case(
    name="tg-out-of-office", frm="e.volkova@telegram.org", name_from="Elena Volkova",
    date="Tue, 3 Sep 2024 03:01:00 +0000",
    subject="Automatic reply: KCSC-240903-01 removal request", reply_to_req=rid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""I am out of the office until 9 September with limited access to email.
For urgent abuse reports please write to abuse@telegram.org.

Your message:
> Please remove {T1}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange out-of-office auto-reply",
    why="auto-reply; the URL is only quoted",
    items={T1: "pending"},
)

dsn_report = """Reporting-MTA: dns; mx1.navercorp.com
Arrival-Date: Mon, 9 Sep 2024 09:40:05 +0900

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <policy-old@navercorp.com>: Recipient address rejected: User unknown
"""
dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: KCSC-240909-04 게시중단 요청
Message-ID: <{msgid('KCSC-240909-04')}x>
Date: Mon, 9 Sep 2024 09:40:00 +0900

아래 게시물의 게시중단을 요청합니다.
{N1}
{N2}
"""
case(
    name="naver-dsn-user-unknown", frm="MAILER-DAEMON@navercorp.com", name_from="Mail Delivery System",
    date="Mon, 9 Sep 2024 00:40:06 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("dsn9AB4", [
        part("text/plain", "This is the mail system at host mx1.navercorp.com.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
             "<policy-old@navercorp.com>: host mx1.navercorp.com said: 550 5.1.1 User unknown\n", charset="us-ascii", cte="7bit"),
        part("message/delivery-status", dsn_report, cte="7bit", charset=None),
        part("message/rfc822", dsn_orig, charset=None),
    ], sub="report", extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) with the returned request",
    why="bounce; the URLs are in our own returned message",
    items={N1: "pending", N2: "pending"},
)

mdn_report = f"""Reporting-UA: mail.x.com
Original-Recipient: rfc822;legal@x.com
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <{msgid('KCSC-240905-02')}>
Disposition: manual-action/MDN-sent-manually; displayed
"""
case(
    name="x-read-receipt", frm="legal@x.com",
    date="Thu, 5 Sep 2024 03:12:00 +0000",
    subject="Read: KCSC-240905-02 removal request", reply_to_req=rid("KCSC-240905-02"),
    raw_mime=multipart("mdnX12", [
        part("text/plain", "Your message\n\n  Subject: KCSC-240905-02 removal request\n\n"
             "was read on Thursday, September 5, 2024 12:12 PM (UTC+09:00) Seoul.\n", charset="us-ascii", cte="7bit"),
        part("message/disposition-notification", mdn_report, cte="7bit", charset=None),
    ], sub="report", extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="yt-ticket-receipt", frm="legal-notices@google.com", name_from="Google Legal Support",
    date="Fri, 6 Sep 2024 05:05:05 +0000",
    subject="[6-2187000033451] We have received your request (KCSC-240906-03)",
    reply_to_req=rid("KCSC-240906-03"),
    body="""Hello,

Thank you for contacting Google. This is an automated message to confirm that
we have received your request. Your ticket number is 6-2187000033451; please
keep it in the subject line of any further message about this request.

Sincerely,
The Google Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal ticket receipt",
    why="pure acknowledgement, no item statements",
    items={},
)

case(
    name="kakao-receipt-korean", frm="noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 06:25:00 +0000",
    subject="[카카오] 문의가 정상적으로 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 카카오 고객센터입니다.

KCSC-240910-05 관련 문의가 정상적으로 접수되었습니다.
접수번호: 2409-1012-77310

담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 완료 메일",
    why="receipt with a ticket number only",
    items={},
)

case(
    name="kakao-chuseok-auto-reply", frm="j.park@kakaocorp.com", name_from="박지훈",
    date="Mon, 16 Sep 2024 00:10:00 +0000",
    subject="[자동회신] RE: KCSC-240910-05 시정요구", reply_to_req=rid("KCSC-240910-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""추석 연휴(9/16~9/18) 기간 중 부재중입니다. 9월 19일부터 순차적으로 확인하겠습니다.
긴급한 건은 protect@kakaocorp.com 으로 보내 주십시오.

-----Original Message-----
요청 URL: {D1}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (Chuseok)",
    why="auto-reply; URL only in the quoted original",
    items={D1: "pending"},
)


HEADER = '''# Blind set 174 (tests/corpus/blind174/): what a program gets wrong.
# Written from each email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py: do not edit by hand.
'''


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
        # Non-ASCII display names and subjects go out as RFC 2047 encoded-words,
        # as Korean mailers send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind174", HEADER, CASES)


if __name__ == "__main__":
    main()
