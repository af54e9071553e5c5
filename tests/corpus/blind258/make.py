#!/usr/bin/env python3
"""Blind set blind258: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table and
a note that disagree, statuses given by position. Written from each email's
meaning before any run of the reader.

    python3 tests/corpus/blind258/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind258"
KST = timezone(timedelta(hours=9))


def d(s, tz=0):
    """'2024-09-05 14:22:10' in UTC offset tz hours -> RFC 5322 date."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(timedelta(hours=tz)))
    return format_datetime(dt)


def enc(url):
    return quote(url, safe=":/?=&@%#~._-")


# ---------------------------------------------------------------- requests
X = {n: u for n, u in enumerate([
    "https://x.com/moonlit_trader/status/1830112233445566001",
    "https://x.com/moonlit_trader/status/1830112233445566002",
    "https://x.com/fastcoin_kr/status/1830223344556677003",
    "https://x.com/fastcoin_kr/status/1830223344556677004",
    "https://x.com/hanbit_deals/status/1830334455667788005",
    "https://x.com/hanbit_deals/status/1830334455667788006",
    "https://x.com/nightowl_88/status/1830445566778899007",
    "https://x.com/nightowl_88/status/1830445566778899008",
    "https://x.com/pill_express_kr/status/1830556677889900009",
    "https://x.com/pill_express_kr/status/1830556677889900010",
    "https://x.com/seoul_shadow/status/1830667788990011011",
    "https://x.com/seoul_shadow/status/1830667788990011012",
], start=1)}
YT = {
    "a": "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "b": "https://www.youtube.com/watch?v=Zr7NcW1xYb4",
    "c": "https://www.youtube.com/shorts/Hd9sKe2PqL0",
    "d": "https://www.youtube.com/watch?v=bT5uJ0aXw3M",
}
TG = {
    "a": "https://t.me/quickcash_hub/418",
    "b": "https://t.me/quickcash_hub/421",
    "c": "https://t.me/dark_pharma_kr/77",
}
NV = {
    "a": "https://blog.naver.com/sunny_pharm/223561234501",
    "b": "https://blog.naver.com/sunny_pharm/223561234577",
    "c": "https://cafe.naver.com/stockleaders/88231",
    "d": "https://cafe.naver.com/stockleaders/88240",
}
KK_RAW = {
    "a": "https://cheapmeds.tistory.com/entry/다이어트-약-판매",
    "b": "https://cheapmeds.tistory.com/entry/해외-직구-안내",
    "c": "https://cheapmeds.tistory.com/12",
    "d": "https://cafe.daum.net/moneyplus/Ab3k/1502",
    "e": "https://cafe.daum.net/moneyplus/Ab3k/1519",
}
KK = {k: enc(v) for k, v in KK_RAW.items()}
TT = {
    "a": "https://www.tiktok.com/@quickloan.kr/video/7411122233344455566",
    "b": "https://www.tiktok.com/@quickloan.kr/video/7411122233344455599",
}
NV1 = "https://blog.naver.com/fakelawyer_k/223570001122"

REQS = [
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     list(X.values()), "illegal_goods", "sale of prescription drugs and fake documents"),
    ("KCSC-240905-02", "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     list(YT.values()), "fraud", "investment fraud videos"),
    ("KCSC-240906-03", "telegram", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     list(TG.values()), "illegal_goods", "loan and drug channels"),
    ("KCSC-240909-04", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     list(NV.values()), "illegal_goods", "blog and cafe posts"),
    ("KCSC-240910-05", "kakao", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     list(KK.values()), "illegal_goods", "Tistory entries and Daum cafe posts"),
    ("KCSC-240911-06", "tiktok", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00",
     list(TT.values()), "fraud", "illegal loan videos"),
    ("KCSC-240912-07", "naver", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [NV1], "defamation", "single blog post"),
]


def req_mid(ref):
    return f"req.{ref}"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(s):
    data = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def alt(text, html, boundary, html_cte="qp"):
    """multipart/alternative with a plain and an HTML part."""
    if html_cte == "b64":
        hpart = "Content-Transfer-Encoding: base64\n\n" + b64(html)
    else:
        hpart = "Content-Transfer-Encoding: quoted-printable\n\n" + qp(html).rstrip("\n")
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(text).rstrip()}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        f"{hpart}\n"
        f"--{boundary}--\n"
    )


QUOTED_X_REQUEST = "\n".join(
    ["> Dear X Legal team,", ">",
     "> Under KCSC-240903-01 we ask you to remove the following 12 posts,",
     "> which advertise prescription drugs and forged documents for sale in",
     "> the Republic of Korea:", ">"]
    + [f"> {n}. {u}" for n, u in X.items()]
    + [">", "> Please report the action taken on each post by 10 September.", ">",
       "> Korea Communications Standards Commission", "> Takedown desk"])

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
case(
    name="x-mixed-one-sentence",
    date=d("2024-09-06 02:14:51"),
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your report. Of the posts you reported under KCSC-240903-01,
we removed {X[1]} and {X[2]} for violating our
rules on illegal and regulated goods, while {X[5]} has been
withheld in South Korea only, based on the local law you cited.

We are still reviewing the remaining posts and will write again.

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal-request outcome email answering a government notice",
    why="one sentence gives two removals and one country withholding; the closing promise names no item",
    items={X[1]: "removed", X[2]: "removed", X[5]: "restricted", X[3]: "pending"},
)

case(
    name="x-list-refusal-with-reason",
    date=d("2024-09-07 08:40:02"),
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Your report to X: KCSC-240903-01 (partial outcome)",
    body=f"""
Hello,

We have completed our review of three of the posts you reported.

- {X[3]} - Removed (X Rules: illegal or certain regulated goods or services)
- {X[4]} - No action taken. We reviewed this post and it does not violate the X Rules or the Korean law cited in your notice: it is price commentary on a listed asset, not an offer to sell anything.
- {X[6]} - Withheld in: KR

If you believe we have made an error, you can reply to this email with additional information.

X Legal
""",
    outcome="applied",
    imitates="X legal-request outcome list with per-post decision",
    why="bulleted list: removed, refused with its reason, withheld in KR",
    items={X[3]: "removed", X[4]: "rejected", X[6]: "restricted"},
)

case(
    name="x-later-sentence-revises",
    date=d("2024-09-12 05:01:33"),
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01 - update on two posts",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi,

A short update on two posts from your request.

{X[7]} was initially withheld in South Korea on 5 September. After a second review by our team we have since removed the post globally, so it is no longer available in any country.

{X[8]} remains withheld in South Korea.

Best,
Joanne
X Legal Operations
""",
    outcome="applied",
    imitates="X legal follow-up correcting an earlier outcome",
    why="for 007 the later sentence (removed globally) replaces the withholding; 008 stays withheld",
    items={X[7]: "removed", X[8]: "restricted"},
)

case(
    name="x-negation-then-withheld",
    date=d("2024-09-09 11:27:45"),
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="KCSC-240903-01: outcome for @pill_express_kr",
    body=f"""
Hello,

{X[9]} has not been removed from X. Instead, in response to your request, it has been withheld in South Korea.

We were unable to locate {X[10]}. The link returns an error on our side; it may have been deleted by the account holder before our review.

Thanks,
X Legal
""",
    outcome="applied",
    imitates="X legal outcome for a single account's posts",
    why="'has not been removed ... withheld in South Korea' is restricted; 'unable to locate' is not_found, the hedge only guesses why",
    items={X[9]: "restricted", X[10]: "not_found"},
)

x_table_html = f"""<html><body>
<p>Hello,</p>
<p>Please find below the outcome for the posts of @seoul_shadow in your request KCSC-240903-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Date</th></tr>
<tr><td>{X[11]}</td><td>Withheld (KR)</td><td>2024-09-10</td></tr>
<tr><td>{X[12]}</td><td>Withheld (KR)</td><td>2024-09-10</td></tr>
</table>
<p><b>Update:</b> since this table was prepared, the post {X[12]} has been removed globally for violating our violent speech policy. The table above has not been changed.</p>
<p>X Legal</p>
</body></html>"""
x_table_text = f"""Hello,

Please find below the outcome for the posts of @seoul_shadow in your request KCSC-240903-01.

Reported URL | Action | Date
{X[11]} | Withheld (KR) | 2024-09-10
{X[12]} | Withheld (KR) | 2024-09-10

Update: since this table was prepared, the post {X[12]} has been removed globally for violating our violent speech policy. The table above has not been changed.

X Legal
"""
case(
    name="x-table-then-note-revises",
    date=d("2024-09-11 03:33:12"),
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="KCSC-240903-01 outcome",
    raw_mime=alt(x_table_text, x_table_html, "==b258_xtab_01"),
    outcome="applied",
    imitates="X outcome table with a later note below it",
    why="table says withheld for both; the note, written after the table, says 012 was since removed globally",
    items={X[11]: "restricted", X[12]: "removed"},
)

case(
    name="x-url-then-action-line",
    date=d("2024-09-10 14:05:20"),
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="[Case 0917-KR] KCSC-240903-01",
    body=f"""
Hello,

{X[5]}
Action: Content withheld in South Korea

{X[6]}
Action: None. The reported content does not violate the X Rules or the Korean law specified in your request.

{X[8]}
Action: Removed

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal ticket reply with URL and action on the next line",
    why="each status stands on the line below its URL: restricted, rejected (with reason), removed",
    items={X[5]: "restricted", X[6]: "rejected", X[8]: "removed"},
)

case(
    name="x-respectively-by-position",
    date=d("2024-09-08 06:48:09"),
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Outcome for three of the posts in your request:

{X[1]}
{X[2]}
{X[3]}

The first has been removed, the second has been withheld in South Korea, and the third was found not to violate the X Rules and remains available.

X Legal
""",
    outcome="applied",
    imitates="X legal reply giving outcomes by order (first, second, third)",
    why="statuses given by position after a list of three URLs",
    items={X[1]: "removed", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-top-posted-over-request",
    date=d("2024-09-09 01:12:40"),
    **{"from": "m.park@x.com"}, name_from="Minji Park (X)",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi KCSC team,

{X[5]} and {X[6]} have been withheld in South Korea.
{X[7]} was not actioned: after review we found it does not break the X Rules or the Korean law cited.

Regards,
Minji

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{QUOTED_X_REQUEST}
""",
    outcome="applied",
    imitates="Gmail-style top-posted reply above the quoted request",
    why="three statements on top; the quoted list below states nothing",
    items={X[5]: "restricted", X[6]: "restricted", X[7]: "rejected", X[1]: "pending", X[12]: "pending"},
)

case(
    name="x-items-by-number-of-quoted-list",
    date=d("2024-09-10 02:30:00"),
    **{"from": "m.park@x.com"}, name_from="Minji Park (X)",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi again,

Items 9 and 10 of your list below have been withheld in South Korea.
Item 11 was not actioned - the post quotes a news report and does not break our rules.
We're still looking at the rest.

Minji

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{QUOTED_X_REQUEST}
""",
    outcome="applied",
    imitates="top-posted reply referring to the numbered items of the quoted request",
    why="'items 9 and 10' / 'item 11' point at the quoted numbered list; statements themselves are unquoted",
    items={X[9]: "restricted", X[10]: "restricted", X[11]: "rejected", X[12]: "pending"},
)

case(
    name="x-dsa-statement-of-reasons",
    date=d("2024-09-11 09:00:00"),
    **{"from": "noreply-sor@x.com"}, name_from="X",
    subject="Statement of reasons - KCSC-240903-01",
    body=f"""
Statement of reasons

Content: {X[11]}
Decision: Visibility restriction - the content is withheld in the following territory: Republic of Korea
Ground: Illegal content (alleged violation of local law)
Facts and circumstances: Notice from a government authority (your reference KCSC-240903-01)
Automated detection: No
Automated decision: No

Redress: the account holder may appeal at https://help.x.com/forms/withheld-appeal
This statement was also submitted to the public transparency database.
""",
    outcome="applied",
    imitates="DSA Article 17 statement of reasons (visibility restriction)",
    why="one decision, withheld in Korea; the help-centre appeal link is no item",
    items={X[11]: "restricted"},
)

case(
    name="yt-mixed-one-sentence",
    date=d("2024-09-09 07:55:31"),
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    subject="[0-4471000039221] KCSC-240905-02 - YouTube content removal request",
    body=f"""
Hello,

Thank you for contacting Google.

After reviewing your request, we have removed {YT['a']} and {YT['b']} for violating YouTube's Community Guidelines, but we have restricted {YT['c']} from view in South Korea based on local law.

Sincerely,
The Google Legal Team
""",
    outcome="applied",
    imitates="Google legal removals team outcome (Community Guidelines plus local-law block)",
    why="one sentence: two removed, one restricted in KR; the fourth video is not mentioned",
    items={YT["a"]: "removed", YT["b"]: "removed", YT["c"]: "restricted", YT["d"]: "pending"},
)

case(
    name="yt-hedge-in-relative-clause",
    date=d("2024-09-10 10:11:12"),
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    subject="[0-4471000039221] KCSC-240905-02",
    body=f"""
Hello,

The video {YT['a']}, which appears to have been re-uploaded from another channel, has been removed from YouTube.

The Short {YT['c']}, which we may revisit if new information comes to light, does not violate our policies and will remain available.

Sincerely,
The Google Legal Team
""",
    outcome="applied",
    imitates="Google legal removals team outcome",
    why="the hedges sit in relative clauses; the main clauses state removed and a refusal with its reason",
    items={YT["a"]: "removed", YT["c"]: "rejected"},
)

case(
    name="yt-age-restricted-and-uploader-deleted",
    date=d("2024-09-11 04:20:05"),
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    subject="Update on your report (KCSC-240905-02)",
    body=f"""
Hi,

Here is an update on the videos you reported.

{YT['d']}
We've applied an age restriction to this video. It can no longer be watched by viewers who are signed out or under 18.

{YT['b']}
This video is no longer on YouTube because it was deleted by the uploader before our review.

- The YouTube Team
""",
    outcome="applied",
    imitates="YouTube report-outcome email (age restriction; video deleted by uploader)",
    why="age-restricted is restricted; deleted by its uploader before review is not_found",
    items={YT["d"]: "restricted", YT["b"]: "not_found"},
)

yt_qp_text = f"""안녕하세요, Google 법무팀입니다.

방송통신심의위원회의 요청(KCSC-240905-02)에 대한 처리 결과를 알려드립니다.

요청하신 동영상 {YT['a']} 는 현지 법률에 따라 대한민국에서 접근이 제한되었습니다.

동영상 {YT['d']} 는 YouTube 커뮤니티 가이드 위반으로 전 세계에서 삭제되었습니다.

감사합니다.
Google 법무팀
"""
case(
    name="yt-korean-quoted-printable",
    date=d("2024-09-12 15:42:18", 9),
    **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
    subject="Re: KCSC-240905-02 처리 결과",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_qp_text),
    outcome="applied",
    imitates="Google Korea legal team reply in Korean (quoted-printable)",
    why="접근이 제한 in Korea is restricted; 전 세계에서 삭제 is removed",
    items={YT["a"]: "restricted", YT["d"]: "removed"},
)

yt_b64_html = f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>We have reviewed two of the videos in your request KCSC-240905-02.</p>
<ul>
<li><a href="{YT['b']}">{YT['b']}</a>: this video has been removed from YouTube for violating our policy on scams and deceptive practices.</li>
<li><a href="{YT['c']}">{YT['c']}</a>: we have decided not to take action. The Short does not violate our Community Guidelines, and based on the information provided we did not find it to be unlawful in South Korea.</li>
</ul>
<p>You can read more about our policies at <a href="https://support.google.com/youtube/answer/2801973">the YouTube Help Center</a>.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>"""
case(
    name="yt-base64-html-list",
    date=d("2024-09-13 01:09:44"),
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="KCSC-240905-02: outcome",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(yt_b64_html),
    outcome="applied",
    imitates="YouTube legal support HTML outcome (base64)",
    why="HTML list: one removed, one refusal with its reasons; the help-centre link is no item",
    items={YT["b"]: "removed", YT["c"]: "rejected"},
)

case(
    name="tg-mixed-prose",
    date=d("2024-09-08 19:02:27"),
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240906-03",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
Hello,

Thank you for your report. The post {TG['a']} has been taken down. {TG['b']} had already been deleted by the channel admins before our moderators reached it, and the post <{TG['c']}> is now blocked for users in South Korea.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply",
    why="three statuses in consecutive clauses: removed, not_found (deleted by admins), restricted (blocked in KR only)",
    items={TG["a"]: "removed", TG["b"]: "not_found", TG["c"]: "restricted"},
)

case(
    name="tg-blocked-and-refused",
    date=d("2024-09-09 21:45:10"),
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Case #40718822 - KCSC-240906-03",
    body=f"""
Hi,

We blocked {TG['a']} and {TG['b']} for all users.

As for {TG['c']}, our moderators found no violation of Telegram's Terms of Service, so it stays up.

Regards,
Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply with a refusal",
    why="blocked for all users is removed; the third stays up, no violation found",
    items={TG["a"]: "removed", TG["b"]: "removed", TG["c"]: "rejected"},
)

case(
    name="tg-removed-plus-condition",
    date=d("2024-09-10 12:00:41"),
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240906-03",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
Hello,

We have taken down {TG['a']}.

Regarding {TG['c']}: if you can provide the decision or legal basis under which this content is illegal in the Republic of Korea, we will consider restricting it.

{TG['b']} is still being reviewed by our team.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply (partial, with a condition)",
    why="only 418 is stated; 77 is a condition, 421 under review",
    items={TG["a"]: "removed", TG["c"]: "pending", TG["b"]: "pending"},
)

case(
    name="naver-korean-particles-mixed",
    date=d("2024-09-11 14:30:00", 9),
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240909-04)",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

{NV['a']}은 운영정책 위반으로 삭제 조치되었으며, {NV['b']}는 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.

나머지 게시물은 확인 후 별도로 안내드리겠습니다.

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 notice",
    why="one sentence, URLs followed directly by particles: 삭제 (removed), 임시조치 (restricted)",
    items={NV["a"]: "removed", NV["b"]: "restricted", NV["c"]: "pending"},
)

case(
    name="naver-refusal-uses-takedown-word",
    date=d("2024-09-12 16:05:00", 9),
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    subject="[네이버] 게시중단 요청 검토 결과 (KCSC-240909-04)",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시중단 건(KCSC-240909-04)에 대해 아래와 같이 처리 결과를 안내드립니다.

1. {NV['c']}
 - 검토 결과, 해당 게시물은 관련 법령 및 네이버 카페 운영정책에 위반되는 내용이 확인되지 않아 게시중단 요청을 수용하기 어렵습니다.

2. {NV['d']}
 - 해당 게시물은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

추가 자료가 있으시면 회신 부탁드립니다.

네이버 권리보호센터 드림
""",
    outcome="applied",
    imitates="NAVER 게시중단 요청 검토 결과 (refusal and author-deleted post)",
    why="the first item's sentence contains 게시중단 but refuses it for no violation; the second was deleted by its author",
    items={NV["c"]: "rejected", NV["d"]: "not_found"},
)

case(
    name="naver-not-deleted-but-temporary-measure",
    date=d("2024-09-13 10:20:00", 9),
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    subject="Re: KCSC-240909-04 카페 게시물 조치 안내",
    reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""
안녕하세요. 네이버 카페 고객센터입니다.

{NV['c']} 게시물은 삭제하지 않았습니다. 대신 해당 게시물에 대해 30일간 임시조치(게시물 접근 차단)를 하였습니다.

{NV['d']} 게시물은 블라인드 처리되었습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER cafe customer-centre reply",
    why="삭제하지 않았습니다 negates removal, then 임시조치 (restricted); 블라인드 is removed",
    items={NV["c"]: "restricted", NV["d"]: "removed"},
)

case(
    name="naver-single-item-no-url",
    date=d("2024-09-13 17:40:00", 9),
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240912-07)",
    reply_to_req=req_mid("KCSC-240912-07"),
    body="""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240912-07)에 대하여 게시중단(삭제) 조치를 완료하였습니다.

관련 문의는 본 메일에 회신해 주시기 바랍니다.

네이버 권리보호센터 드림
""",
    outcome="applied",
    imitates="NAVER 게시중단 처리 완료 notice for a one-post request",
    why="no URL, but the request has a single item and the statement is unhedged",
    items={NV1: "removed"},
)

case(
    name="naver-korean-correction",
    date=d("2024-09-16 11:15:00", 9),
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    subject="[네이버] 처리 결과 정정 안내 (KCSC-240909-04)",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

지난 9월 11일 회신에서 {NV['a']} 게시물을 임시조치하였다고 안내드렸으나, 이는 잘못 안내된 것으로, 해당 게시물은 임시조치가 아니라 삭제 처리되었음을 정정하여 알려드립니다.

{NV['b']} 게시물은 기존 안내와 같이 임시조치 상태입니다.

혼선을 드려 죄송합니다.
네이버 권리보호센터 드림
""",
    outcome="applied",
    imitates="NAVER correction notice (처리 결과 정정 안내)",
    why="the earlier 임시조치 is corrected to 삭제 (removed); the second post stays under 임시조치 (restricted)",
    items={NV["a"]: "removed", NV["b"]: "restricted"},
)

kk_table_html = f"""<html><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>KCSC-240910-05 건의 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>처리 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{KK_RAW['a']}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{KK_RAW['b']}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td>{KK_RAW['c']}</td><td>조치 불가</td><td>관련 법령 위반 사항 미확인</td></tr>
</table>
<p>감사합니다.</p>
</body></html>"""
case(
    name="kakao-html-table-korean-paths",
    date=d("2024-09-13 09:30:00", 9),
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="[카카오] 권리침해 신고 처리 결과 (KCSC-240910-05)",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(kk_table_html),
    outcome="applied",
    imitates="Kakao 권리침해신고센터 처리 결과 table",
    why="table with raw Korean Tistory paths: 삭제, 임시조치, 조치 불가 with no violation found",
    items={KK["a"]: "removed", KK["b"]: "restricted", KK["c"]: "rejected"},
)

kk_csv = (
    "번호,URL,처리결과,처리일\n"
    f"1,{KK_RAW['d']},게시중단,2024-09-13\n"
    f"2,{KK_RAW['e']},게시물 없음(작성자 삭제),2024-09-13\n"
)
case(
    name="kakao-daum-csv-attachment",
    date=d("2024-09-13 18:02:00", 9),
    **{"from": "cafe-help@daum.net"}, name_from="다음카페 고객센터",
    subject="[다음카페] 게시물 처리 결과 회신 (KCSC-240910-05)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==b258_kkcsv"

--==b258_kkcsv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 다음카페 고객센터입니다.

요청하신 다음카페 게시물 2건의 처리 결과는 첨부 파일을 참고하시기 바랍니다.

감사합니다.
--==b258_kkcsv
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240910-05.csv"
Content-Disposition: attachment; filename="result_KCSC-240910-05.csv"
Content-Transfer-Encoding: base64

{b64(kk_csv)}
--==b258_kkcsv--
""",
    outcome="applied",
    imitates="Daum cafe customer-centre reply with a CSV result attachment",
    why="CSV rows: 게시중단 (removed), 게시물 없음(작성자 삭제) (not_found)",
    items={KK["d"]: "removed", KK["e"]: "not_found"},
)

case(
    name="kakao-status-headings",
    date=d("2024-09-14 10:00:00", 9),
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="Re: KCSC-240910-05 처리 결과",
    reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.
요청하신 게시물에 대한 조치 결과를 안내드립니다.

■ 삭제 조치 완료
 - {KK['a']}
 - {KK['d']}

■ 임시조치(30일)
 - {KK['e']}

■ 조치 불가 (관련 법령 및 운영정책 위반 사항 없음)
 - {KK['c']}

감사합니다.
""",
    outcome="applied",
    imitates="Kakao 처리 결과 notice grouped under headings",
    why="statuses come from the heading each URL stands under",
    items={KK["a"]: "removed", KK["d"]: "removed", KK["e"]: "restricted", KK["c"]: "rejected"},
)

case(
    name="tiktok-first-second-video",
    date=d("2024-09-13 03:10:00"),
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: KCSC-240911-06 - TikTok content report",
    reply_to_req=req_mid("KCSC-240911-06"),
    body=f"""
Dear KCSC,

We removed the first video you reported ({TT['a']}) for violating our Community Guidelines on frauds and scams. The second video ({TT['b']}) has been restricted in South Korea in line with local law.

Kind regards,
TikTok Legal
""",
    outcome="applied",
    imitates="TikTok legal outcome email",
    why="removed, then restricted in KR; URLs in parentheses",
    items={TT["a"]: "removed", TT["b"]: "restricted"},
)

case(
    name="tiktok-correction-of-refusal",
    date=d("2024-09-16 06:44:00"),
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Correction: KCSC-240911-06",
    body=f"""
Hi,

This is a correction to the message we sent you on 12 September about your report KCSC-240911-06.

In that message we said that the video {TT['b']} did not violate our Community Guidelines and would stay up. Our local legal team has since reviewed it against Korean law, and the video is now restricted in South Korea.

Kind regards,
TikTok Legal
""",
    outcome="applied",
    imitates="TikTok legal correction email",
    why="the recalled refusal is replaced by the later statement: restricted",
    items={TT["b"]: "restricted"},
)

# ================================================================ REVIEW
case(
    name="x-promise-after-review",
    date=d("2024-09-04 04:00:00"),
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thanks for your request KCSC-240903-01. We will withhold {X[1]} and {X[2]} in South Korea once our legal review is complete, which usually takes up to 48 hours. The other posts are being assessed.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with a promise",
    why="only promises and 'being assessed': nothing stated, items stay pending",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="yt-hedges-only",
    date=d("2024-09-07 09:15:00"),
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    subject="[0-4471000039221] KCSC-240905-02",
    body=f"""
Hello,

Our records indicate that the video {YT['b']} may already have been taken down by the uploader; we could not confirm this at the time of writing. The video {YT['a']} appears to have been made private by the channel.

The remaining videos in your request are still under review.

Sincerely,
The Google Legal Team
""",
    outcome="review", review="not_understood",
    imitates="Google legal interim reply",
    why="'may already have been', 'appears to', 'under review': no statement",
    items={YT["b"]: "pending", YT["a"]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    date=d("2024-09-10 08:00:00"),
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="KCSC-240903-01 - completed",
    body="""
Hello,

We have withheld in South Korea all of the posts listed in your request KCSC-240903-01.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line bulk outcome",
    why="one statement for a 12-item request without naming each post",
    items={X[1]: "pending", X[12]: "pending"},
)

case(
    name="naver-bulk-four-posts",
    date=d("2024-09-12 13:00:00", 9),
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    subject="[네이버] 게시중단 요청 처리 완료 (KCSC-240909-04)",
    reply_to_req=req_mid("KCSC-240909-04"),
    body="""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 4건에 대해 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 처리 완료 notice for several posts",
    why="'4건 모두' covers the request without naming each post",
    items={NV["a"]: "pending", NV["d"]: "pending"},
)

case(
    name="x-dmarc-fail",
    date=d("2024-09-06 22:10:00"),
    **{"from": "legal-notices@x.com"}, name_from="X Legal", auth="fail",
    subject="Re: KCSC-240903-01 removal request",
    body=f"""
Hello,

{X[1]} has been removed. {X[4]} has been withheld in South Korea.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email failing DMARC",
    why="X's domain but authentication fails",
    items={X[1]: "pending", X[4]: "pending"},
)

case(
    name="law-firm-for-channel-owner",
    date=d("2024-09-09 05:30:00"),
    **{"from": "jh.seo@hanul-law.example"}, name_from="Seo Ji-hoon (Hanul Law)",
    subject="KCSC-240906-03 - posts deleted by our client",
    body=f"""
Dear Sir or Madam,

We act for the operator of the Telegram channel quickcash_hub. On behalf of our client we confirm that the posts {TG['a']} and {TG['b']} have been deleted.

Yours faithfully,
Seo Ji-hoon
Hanul Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="law-firm letter on behalf of a content owner",
    why="a third party, not Telegram, states the deletion",
    items={TG["a"]: "pending", TG["b"]: "pending"},
)

yt_conf_html = f"""<html><body>
<p>Hello,</p>
<p>Outcome of your request KCSC-240905-02:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{YT['d']}</td><td>Removed</td></tr>
</table>
<p>Please note that the video {YT['d']} remains available on YouTube, as our review did not find a violation of our Community Guidelines or of local law.</p>
<p>The Google Legal Team</p>
</body></html>"""
yt_conf_text = f"""Hello,

Outcome of your request KCSC-240905-02:

URL: {YT['d']}
Outcome: Removed

Please note that the video {YT['d']} remains available on YouTube, as our review did not find a violation of our Community Guidelines or of local law.

The Google Legal Team
"""
case(
    name="yt-table-and-note-conflict",
    date=d("2024-09-14 02:02:02"),
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    subject="KCSC-240905-02 outcome",
    raw_mime=alt(yt_conf_text, yt_conf_html, "==b258_ytconf", html_cte="b64"),
    outcome="review", review="conflicting_statements",
    imitates="Google legal outcome table with a contradicting note",
    why="the table says Removed, the note says it remains available; neither says it revises the other",
    items={YT["d"]: "pending"},
)

case(
    name="tg-condition-only",
    date=d("2024-09-08 10:10:10"),
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240906-03",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
Hello,

We have contacted the owner of the channel. If the owner does not remove the posts {TG['a']} and {TG['b']} within 48 hours, we will block the channel.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply with a condition",
    why="a condition and a promise; nothing has happened yet",
    items={TG["a"]: "pending", TG["b"]: "pending"},
)

case(
    name="kakao-asks-for-decision",
    date=d("2024-09-11 15:00:00", 9),
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="[카카오] 추가 자료 요청 (KCSC-240910-05)",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240910-05 건과 관련하여, 아래 게시물의 불법성 판단 근거(심의 의결서 등)를 추가로 보내주시면 검토 후 조치하겠습니다.

 - {KK['c']}

자료가 접수되기 전까지는 조치가 보류됩니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao request for supporting documents",
    why="asks for the deliberation decision before acting; nothing stated",
    items={KK["c"]: "pending"},
)

case(
    name="tiktok-portal-survey",
    date=d("2024-09-15 00:30:00"),
    **{"from": "lert-noreply@tiktok.com"}, name_from="TikTok",
    subject="How did we do?",
    body="""
Hello,

You recently contacted TikTok through our law enforcement and government request portal. We'd like to hear about your experience.

Take our 2-minute survey: https://www.tiktok.com/legal/survey/portal-feedback?lang=en

Thank you,
TikTok Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="TikTok portal satisfaction survey",
    why="trusted TikTok mail naming no item and no request",
    items={},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    date=d("2024-09-04 01:00:00"),
    **{"from": "j.holloway@x.com"}, name_from="Jamie Holloway",
    subject="Automatic reply: KCSC-240903-01 removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
Thank you for your email. I am out of the office until 16 September with limited access to email.

For urgent legal requests, including government removal notices, please contact legal-notices@x.com.

Jamie
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply",
    why="out-of-office auto-reply quoting nothing but our subject",
    items={X[1]: "pending"},
)

case(
    name="naver-korean-out-of-office",
    date=d("2024-09-10 09:00:05", 9),
    **{"from": "sh.lee@navercorp.com"}, name_from="이수현",
    subject="[부재중] Re: KCSC-240909-04 게시중단 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 이수현입니다.
9월 9일부터 9월 18일까지 휴가로 부재중입니다.
게시중단 관련 업무는 right@navercorp.com 으로 문의해 주시기 바랍니다.
감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 auto-reply",
    why="out-of-office auto-reply",
    items={},
)

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: Reminder: KCSC-240905-02 removal request
Date: Fri, 13 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240905-02.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

The following items of our request KCSC-240905-02 are still online:
{YT['a']}
{YT['b']}
Please report the action taken.
"""
case(
    name="google-bounce-of-reminder",
    date=d("2024-09-13 00:00:09"),
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="==b258_dsn"

--==b258_dsn
Content-Type: text/plain; charset=utf-8

Your message wasn't delivered to legal-kr@google.com because the recipient's inbox is out of storage space.

--==b258_dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 13 Sep 2024 00:00:02 +0000

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 The recipient's inbox is out of storage space.

--==b258_dsn
Content-Type: message/rfc822

{dsn_orig}
--==b258_dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification",
    why="a DSN for our reminder; the URLs listed are ours",
    items={YT["a"]: "pending", YT["b"]: "pending"},
)

case(
    name="kakao-read-receipt",
    date=d("2024-09-10 11:20:00", 9),
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="읽음: KCSC-240910-05 게시물 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="==b258_mdn"

--==b258_mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람 right@kakaocorp.com 이(가) 2024-09-10 11:19 에 메일을 읽었습니다.
제목: KCSC-240910-05 게시물 삭제 요청

--==b258_mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <req.KCSC-240910-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--==b258_mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (Korean webmail)",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    date=d("2024-09-11 06:00:30"),
    **{"from": "lert-noreply@tiktok.com"}, name_from="TikTok",
    subject="We've received your request [Ticket 8842190]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We've received your request (reference KCSC-240911-06) and created ticket 8842190. Our team will review it and get back to you. Please do not reply to this email.

TikTok Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok portal ticket receipt",
    why="pure receipt: ticket created, nothing stated",
    items={TT["a"]: "pending"},
)

case(
    name="tg-case-receipt",
    date=d("2024-09-06 03:00:00"),
    **{"from": "noreply@telegram.org"}, name_from="Telegram",
    subject="Case #40718822 received",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for contacting Telegram. Your report KCSC-240906-03 has been received and registered as Case #40718822. Please keep this number for any further correspondence.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse-desk case receipt",
    why="pure acknowledgement with a case number",
    items={},
)

case(
    name="kakao-korean-receipt",
    date=d("2024-09-10 10:05:00", 9),
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (#2409-118273)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 카카오 고객센터입니다.

보내주신 문의(KCSC-240910-05)가 정상적으로 접수되었습니다.
접수번호: 2409-118273
담당자 확인 후 순차적으로 답변드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre receipt (접수 완료)",
    why="pure receipt in Korean",
    items={},
)


HEADER = """# Blind set blind258: what a program gets wrong (mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# later sentences revising earlier ones, table vs note, statuses by position).
# Written by make.py from each email's meaning, before any run of the reader.
# Each case is judged alone on a fresh ledger holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    for c in CASES:
        c.setdefault("type", "plain")
        # real mailers send non-ASCII display names and subjects as RFC 2047 words
        for k in ("name_from", "subject"):
            if k in c and not c[k].isascii():
                c[k] = Header(c[k], "utf-8").encode()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
