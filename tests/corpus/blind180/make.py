#!/usr/bin/env python3
"""Blind set 180: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted by its note, statuses given by position. Every email was
written for this set (own sentences, fictional URLs, names and ids); the
expected result of each was written from its meaning alone, before any run
of the reader.

    python3 tests/corpus/blind180/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse
from datetime import datetime
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def d(s):
    """'2024-09-06 09:14:02 +0900' -> RFC 5322 date."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z"))


def enc(s):
    """RFC 2047 encoded word for a non-ASCII header value."""
    return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
KO_PATH = "한밤상점"
N5_RAW = f"https://in.naver.com/{KO_PATH}/contents/555012"
N5 = f"https://in.naver.com/{urllib.parse.quote(KO_PATH)}/contents/555012"

X = [
    "https://x.com/lucky_tide77/status/1831000000000000101",
    "https://x.com/lucky_tide77/status/1831000000000000102",
    "https://x.com/spin_harbor/status/1831022200000004410",
    "https://x.com/spin_harbor/status/1831022200000004411",
    "https://x.com/odds_maru/status/1830987654321000123",
    "https://x.com/odds_maru/status/1830987654321000124",
    "https://x.com/bet_lantern/status/1831100000000000777",
    "https://x.com/bet_lantern/status/1831100000000000778",
    "https://x.com/casino_pebble/status/1831234500000000009",
    "https://x.com/casino_pebble/status/1831234500000000010",
    "https://x.com/jackpot_reed",
    "https://x.com/toto_wren/status/1831300000000000312",
]
x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12 = X
T = [
    "https://t.me/quiet_ferry_shop/118",
    "https://t.me/quiet_ferry_shop/131",
    "https://t.me/glass_orchard",
    "https://t.me/s/ivory_kettle/2045",
]
t1, t2, t3, t4 = T
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8pLx2A",
    "https://www.youtube.com/watch?v=Zr7kP0wNe4c",
    "https://www.youtube.com/shorts/Hb2Lq9XyT0s",
]
y1, y2, y3 = Y
N = [
    "https://blog.naver.com/moonlit_dock/223541100872",
    "https://blog.naver.com/moonlit_dock/223541100990",
    "https://cafe.naver.com/silverbay/40213",
    "https://cafe.naver.com/silverbay/40377",
    N5,
]
n1, n2, n3, n4, n5 = N
K = [
    "https://www.tiktok.com/@reef.dancer09/video/7412345678901234567",
    "https://www.tiktok.com/@reef.dancer09/video/7412345678901239999",
]
k1, k2 = K
D = [
    "https://cafe.daum.net/nightferry/Zx1a/88",
    "https://cafe.daum.net/nightferry/Zx1a/91",
]
d1, d2 = D
y4 = "https://www.youtube.com/watch?v=Tn5cW1aQe9U"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message-id stem, note
    ("KCSC-240904-01", "x", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00", X,
     "illegal gambling", "req-240904-01.b180", "unlicensed betting promotions"),
    ("KCSC-240905-02", "telegram", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", T,
     "drugs", "req-240905-02.b180", "drug sales channels"),
    ("KCSC-240909-03", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", Y,
     "illegal goods", "req-240909-03.b180", "sale of prescription drugs"),
    ("KCSC-240910-04", "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", N,
     "illegal gambling", "req-240910-04.b180", "blog and cafe posts"),
    ("KCSC-240912-05", "tiktok", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", K,
     "obscenity", "req-240912-05.b180", ""),
    ("KCSC-240913-06", "daum", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", D,
     "defamation", "req-240913-06.b180", "cafe posts"),
    ("KCSC-240916-07", "youtube", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", [y4],
     "illegal goods", "req-240916-07.b180", "single video"),
]
R1, R2, R3, R4, R5, R6, R7 = (r[6] for r in REQUESTS)


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers for MIME
def html_mime(html):
    return "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + html.strip("\n") + "\n"


X_REQUEST_QUOTE = "\n".join(
    ["Reference: KCSC-240904-01",
     "The Korea Communications Standards Commission requests the removal of the",
     "following posts, which advertise unlicensed gambling sites to users in Korea:",
     ""] + [f"{i}. {u}" for i, u in enumerate(X, 1)] +
    ["", "Please inform us of the action taken by 11 September 2024.",
     "KCSC Takedown Desk"])

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED
case(
    name="x-mixed-statuses-one-sentence",
    **{"from": "legal-noreply@x.com"},
    date=d("2024-09-06 17:21:40 +0000"),
    subject="Re: [KCSC-240904-01] Request to remove unlicensed gambling promotions",
    reply_to_req=R1,
    body=f"""
Hello,

Thank you for your request of 4 September 2024 (ref. KCSC-240904-01).

After review, {x1} and {x2} have been withheld in South Korea under local law, {x3} was removed for violating the X Rules on illegal gambling, and {x5} could not be located on our service.

We are still reviewing the remaining URLs in your request and will write again once we have reached a decision.

Regards,
Legal Policy Team
X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country-withheld content notice)",
    why="one sentence carries withheld, removed and not-found statements for four posts; the rest is a promise",
    items={x1: "restricted", x2: "restricted", x3: "removed", x5: "not_found"},
)

case(
    name="x-not-removed-but-withheld",
    **{"from": "legal-noreply@x.com"},
    date=d("2024-09-07 02:05:13 +0000"),
    subject="Re: [KCSC-240904-01] Request to remove unlicensed gambling promotions",
    reply_to_req=R1,
    body=f"""
Hi,

Regarding your request KCSC-240904-01:

We did not remove {x4} globally, because the post does not break the X Rules. As it is unlawful in Korea as set out in your request, we have instead withheld it in South Korea.

We have not taken action on {x6}. The post links to a licensed lottery operator and does not appear to break either Korean law or our rules, so it remains available.

Legal Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email with a partial refusal",
    why="'did not remove ... globally' is followed by 'withheld it in South Korea' (restricted); 'not taken action ... remains available' is a refusal whose reason carries a hedge",
    items={x4: "restricted", x6: "rejected"},
)

case(
    name="x-correction-revises-earlier",
    **{"from": "legal-noreply@x.com"},
    date=d("2024-09-09 08:44:51 +0000"),
    subject="Update: [KCSC-240904-01] Request to remove unlicensed gambling promotions",
    reply_to_req=R1,
    body=f"""
Hello,

Update on KCSC-240904-01.

{x7} was withheld in South Korea on 6 September.

Correction to the above: a second reviewer found that the post also breaks our rules on the promotion of illegal gambling, and it has since been removed globally. It is no longer available in any country.

{x8} remains available. It is a news report about a gambling crackdown and breaks neither our rules nor, in our assessment, the law cited in your request.

Legal Policy Team
X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request follow-up correcting an earlier outcome",
    why="the later correction (removed globally) replaces the earlier withheld statement for x7; x8 is refused with a reason",
    items={x7: "removed", x8: "rejected"},
)

case(
    name="x-numbered-decision-below",
    **{"from": "legal-noreply@x.com"},
    date=d("2024-09-10 11:02:09 +0000"),
    subject="[KCSC-240904-01] Decisions on reported content",
    reply_to_req=R1,
    body=f"""
Dear KCSC team,

Please find below our decisions on further items of your request KCSC-240904-01.

1. {x9}
   Decision: removed (violation of the X Rules - illegal goods and services)

2. {x10}
   Decision: withheld in KR

3. {x11}
   Decision: account permanently suspended

4. {x12}
   Decision: not found - the URL does not resolve to an existing post

If you have questions about these decisions, please reply to this message quoting the reference above. Information about country-withheld content is available at https://help.x.com/en/rules-and-policies/post-withheld-by-country
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome list (one decision line under each URL)",
    why="numbered list, status on the line below each URL; a permanently suspended account is unavailable everywhere (removed); the help link is no item",
    items={x9: "removed", x10: "restricted", x11: "removed", x12: "not_found"},
)

case(
    name="x-html-table-note-revises-row",
    **{"from": "legal-noreply@x.com"},
    date=d("2024-09-10 15:30:00 +0000"),
    subject="[KCSC-240904-01] Outcome report",
    reply_to_req=R1,
    raw_mime=html_mime(f"""
<html><body>
<p>Hello,</p>
<p>The table below summarises the outcome of our review for request <b>KCSC-240904-01</b>.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{x1}</td><td>Withheld</td><td>South Korea</td></tr>
<tr><td>{x2}</td><td>Withheld</td><td>South Korea</td></tr>
<tr><td>{x3}</td><td>Removed</td><td>Global</td></tr>
</table>
<p><i>Note:</i> {x2} was deleted by its author on 9 September, after this table was generated. The withholding listed above for it therefore no longer applies; there is no longer any post at that address.</p>
<p>Legal Policy Team<br>X Corp.</p>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome report as an HTML table with a footnote",
    why="the note explicitly supersedes the table row for x2 (deleted by its author: not_found); other rows as in the table",
    items={x1: "restricted", x2: "not_found", x3: "removed"},
)

case(
    name="tg-statuses-by-position",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-06 07:12:33 +0000"),
    subject="Re: KCSC-240905-02 Illegal drug sales on Telegram",
    reply_to_req=R2,
    body=f"""
Hello,

Thank you for your report. Of the four links in your message, we blocked the first two posts for all users. The third one, the channel, does not exist on Telegram (the username is not registered). The fourth post is still online: it advertises a pharmacy registered in the EU and does not break Telegram's Terms of Service.

Telegram Abuse Team

On Thu, 5 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Reference: KCSC-240905-02
> Please remove or block the following content, which offers illegal drugs
> for sale to users in Korea:
> 1. {t1}
> 2. {t2}
> 3. {t3}
> 4. {t4}
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply top-posted over the quoted request",
    why="statuses given by position ('first two', 'third', 'fourth') over the quoted numbered list of the request; a clerk maps them to the request's items",
    items={t1: "removed", t2: "removed", t3: "not_found", t4: "rejected"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-06 12:40:02 +0000"),
    subject="Re: KCSC-240905-02 Illegal drug sales on Telegram",
    reply_to_req=R2,
    body=f"""
Hi,

We have taken down {t1}, which may also have been forwarded to other channels before we acted; if you find copies, please report them separately.

The post {t2}, which appears to have been edited after your report, is still being reviewed by our moderators.

Case #4410927
Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a case number",
    why="the hedge ('may also have been forwarded') sits in a relative clause; the main clause 'taken down' is firm; t2 is under review",
    items={t1: "removed", t2: "pending"},
)

case(
    name="yt-blocked-and-refused-url-below",
    **{"from": "legal-support@google.com"},
    date=d("2024-09-11 04:18:27 +0000"),
    subject="Your legal request to YouTube [KCSC-240909-03]",
    reply_to_req=R3,
    body=f"""
Hello,

Thanks for contacting us about content on YouTube.

Following our review, we have blocked the following video from view in South Korea, on the basis of the local law cited in your notice:
{y1}

We have decided not to take action on the following video. It does not violate our Community Guidelines, and your notice did not give us enough information to conclude that it is unlawful in Korea:
{y2}

If you have further information about the second video, you can submit a new request at https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removal outcome email (local block / no action)",
    why="each statement ends in a colon with its URL on the next line; the refusal gives its reasons; the support link is no item",
    items={y1: "restricted", y2: "rejected"},
)

case(
    name="yt-not-removed-uploader-deleted",
    **{"from": "legal-support@google.com"},
    date=d("2024-09-12 09:55:10 +0000"),
    subject="Re: Your legal request to YouTube [KCSC-240909-03]",
    reply_to_req=R3,
    body=f"""
Hello,

Regarding your notice KCSC-240909-03: the video {y2} was not removed by YouTube. It had already been deleted by the uploader before our team reviewed your notice, so no action was required on our side.

The Short {y3} has been age-restricted. It is no longer visible to signed-out viewers or to users under 18.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal outcome (content already removed by uploader; age restriction)",
    why="'was not removed by YouTube' is a negation followed by 'already deleted by the uploader' (not_found); age-restricted is restricted",
    items={y2: "not_found", y3: "restricted"},
)

case(
    name="naver-mixed-statuses-ko-sentence",
    **{"from": "help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date=d("2024-09-12 14:20:00 +0900"),
    subject=enc("[NAVER] 게시물 조치 결과 안내 (KCSC-240910-04)"),
    reply_to_req=R4,
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-04)의 처리 결과를 안내드립니다.

요청하신 게시물 중 {n1} 와 {n2}는 게시중단 처리하였고, {n3}은 임시조치(30일)하였으며, {n4}은 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 1건은 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단/임시조치 결과 안내",
    why="one Korean sentence with 게시중단 (removed) x2, 임시조치 (restricted) and author-deleted (not_found); URLs followed directly by particles",
    items={n1: "removed", n2: "removed", n3: "restricted", n4: "not_found"},
)

case(
    name="naver-refusal-fullwidth-punct",
    **{"from": "policy@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    date=d("2024-09-13 10:05:44 +0900"),
    subject=enc("Re: [KCSC-240910-04] 게시물 삭제 요청에 대한 회신"),
    reply_to_req=R4,
    body=f"""
안녕하세요. NAVER 정책지원팀입니다.

요청번호 KCSC-240910-04 관련하여 아래와 같이 회신드립니다.

■ {N5_RAW}：해당 콘텐츠를 검토한 결과 운영정책 및 관련 법령에 위반되는 내용을 확인하지 못하여 별도의 조치를 취하지 않았습니다.
■ {n1}（블라인드 처리 완료）

처리 결과에 이의가 있으신 경우 고객센터(https://help.naver.com/service/5626/contents/19008)를 통해 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원팀 회신 (미조치 사유 안내, 블라인드 처리)",
    why="raw Korean path matched to its percent-encoded form, followed by a full-width colon: refused with reason; full-width parentheses: 블라인드 (removed); help link no item",
    items={n5: "rejected", n1: "removed"},
)

case(
    name="naver-html-result-table",
    **{"from": "policy@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    date=d("2024-09-13 16:40:10 +0900"),
    subject=enc("[NAVER] 시정요구 조치결과 회신 (KCSC-240910-04)"),
    reply_to_req=R4,
    raw_mime=html_mime(f"""
<html><body>
<p>안녕하세요. NAVER 정책지원팀입니다.</p>
<p>요청번호 KCSC-240910-04 시정요구에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{n1}</td><td>게시중단</td><td>2024.09.12</td></tr>
<tr><td>2</td><td>{n2}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td>{n3}</td><td>삭제(작성자 자진삭제)</td><td>요청 접수 전 삭제</td></tr>
<tr><td>4</td><td>{n4}</td><td>미조치</td><td>위반사항 없음</td></tr>
<tr><td>5</td><td>{N5_RAW}</td><td>검토중</td><td>-</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (NAVER)",
    why="HTML table: 게시중단 removed, 임시조치 restricted, deleted by its author before the request not_found, 미조치/위반사항 없음 rejected, 검토중 pending",
    items={n1: "removed", n2: "restricted", n3: "not_found", n4: "rejected", n5: "pending"},
)

CSV_TT = (
    "report_id,url,decision,scope\n"
    f"TT-55120931,{k1},Removed,Global\n"
    f"TT-55120932,{k2},Restricted,South Korea\n"
)
case(
    name="tiktok-csv-attachment",
    **{"from": "legal-response@tiktok.com"},
    name_from="TikTok Law Enforcement Response",
    date=d("2024-09-13 21:07:31 +0000"),
    subject="Outcome of your request KCSC-240912-05",
    reply_to_req=R5,
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="tt-b180-mix"

--tt-b180-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of your request KCSC-240912-05.
Each row of the attached file lists a reported URL and the action taken.

TikTok Law Enforcement Response Team

--tt-b180-mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240912-05_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240912-05_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TT)}
--tt-b180-mix--
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal response with a CSV outcome attachment",
    why="statuses only in a base64 CSV attachment: Removed/Global and Restricted/South Korea",
    items={k1: "removed", k2: "restricted"},
)

DAUM_B64 = f"""안녕하세요. 카카오 고객센터입니다.

KCSC-240913-06 요청과 관련하여 처리 결과를 알려드립니다.

- {d1}
  → 블라인드 처리되었습니다.
- {d2}
  → 해당 게시물이 존재하지 않습니다. (이미 삭제되었거나 주소가 올바르지 않습니다)

감사합니다.
"""
case(
    name="daum-base64-arrow-lines",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date=d("2024-09-14 11:31:00 +0900"),
    subject=enc("[Daum] 신고 처리 결과 안내"),
    reply_to_req=R6,
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DAUM_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 고객센터 신고 처리 결과 안내 (base64 body)",
    why="base64 body; status on an arrow line below each URL: 블라인드 (removed), 게시물이 존재하지 않습니다 (not_found)",
    items={d1: "removed", d2: "not_found"},
)

case(
    name="yt-single-item-no-url",
    **{"from": "legal-support@google.com"},
    date=d("2024-09-17 03:12:45 +0000"),
    subject="Your legal request to YouTube [KCSC-240916-07]",
    reply_to_req=R7,
    body="""
Hello,

We're writing about your legal notice KCSC-240916-07.

After reviewing the content you reported, we have removed it from YouTube for violating our Community Guidelines.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removal outcome without the URL",
    why="an unhedged removal of 'the content you reported' for a request of one item applies to that item",
    items={y4: "removed"},
)

case(
    name="x-outlook-top-posted",
    **{"from": "mina.seo@x.com"},
    name_from="Mina Seo",
    date=d("2024-09-08 06:47:19 +0000"),
    subject="RE: [KCSC-240904-01] Request to remove unlicensed gambling promotions",
    reply_to_req=R1,
    body=f"""
Hi,

Following up on the request below: {x5} and {x6} are now withheld in South Korea.

We did not withhold {x12}: the account owner deleted that post before we completed our review.

Best,
Mina Seo
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240904-01] Request to remove unlicensed gambling promotions

{X_REQUEST_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply by an X legal operations employee",
    why="three statements above the Outlook separator; the quoted request listing all twelve URLs with 'removal' changes nothing",
    items={x5: "restricted", x6: "restricted", x12: "not_found"},
)

case(
    name="x-inline-answers-under-quotes",
    **{"from": "mina.seo@x.com"},
    name_from="Mina Seo",
    date=d("2024-09-09 02:15:00 +0000"),
    subject="Re: [KCSC-240904-01] Request to remove unlicensed gambling promotions",
    reply_to_req=R1,
    body=f"""
Hi team, answers inline below.

On Wed, Sep 4, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reference: KCSC-240904-01
> We request the removal of the following posts, which advertise unlicensed
> gambling sites to users in Korea:
>
> {x9}

Removed - violates our illegal goods and services policy.

> {x10}

No action. This post is a screenshot shared by a journalist and does not break our rules.

> Please confirm the action taken by 11 September.

Thanks,
Mina
Legal Operations, X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style inline reply under quoted lines of the request",
    why="each unquoted answer stands directly under the quoted URL it answers; the statements are the employee's own, the quotes only identify the items",
    items={x9: "removed", x10: "rejected"},
)

case(
    name="tg-angle-brackets-wrapped",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-07 09:03:50 +0000"),
    subject="Re: KCSC-240905-02 Illegal drug sales on Telegram",
    reply_to_req=R2,
    body="""
Hello,

Results for your report (KCSC-240905-02):

<https://t.me/quiet_ferry_shop/131> - blocked, the post is no longer available to anyone.
<https://t.me/glass_orchard> - the channel has been shut down for selling prohibited
goods.
<https://t.me/s/ivory_kettle/
2045> - we could not find this message. The channel exists but the message id does not.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply listing URLs in angle brackets",
    why="URLs in angle brackets, one wrapped inside its brackets (RFC 3986 appendix C); blocked/shut down removed, message not found",
    items={t2: "removed", t3: "removed", t4: "not_found"},
)

YT_QP = f"""Hello,

Following a review of your notice KCSC-240909-03 under our policies, we have removed {y1} for violating our policy on the sale of regulated goods, and we have age-restricted {y3} so that it can only be viewed by signed-in adults.

Regards,
The YouTube Legal Support Team
"""
case(
    name="yt-quoted-printable-long-line",
    **{"from": "legal-support@google.com"},
    date=d("2024-09-11 22:46:03 +0000"),
    subject="Re: Your legal request to YouTube [KCSC-240909-03]",
    reply_to_req=R3,
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal outcome in a quoted-printable body",
    why="quoted-printable soft breaks inside a long sentence with two statements: removed and age-restricted",
    items={y1: "removed", y3: "restricted"},
)

case(
    name="x-echoed-report-blocks",
    **{"from": "legal-noreply@x.com"},
    date=d("2024-09-08 13:26:41 +0000"),
    subject="[KCSC-240904-01] Review completed",
    reply_to_req=R1,
    body=f"""
Hello,

We have completed our review of the following reported content.

----
Reported URL: {x3}
Reported reason: Illegal gambling (Korea)
Outcome: Withheld in South Korea
----
Reported URL: {x4}
Reported reason: Illegal gambling (Korea)
Outcome: No violation found. The post remains available.
----

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X echoed report with an outcome line per reported URL",
    why="the echoed 'Reported reason' is the regulator's own words; only the Outcome lines are statements",
    items={x3: "restricted", x4: "rejected"},
)

case(
    name="yt-update-revises-age-restriction",
    **{"from": "legal-support@google.com"},
    date=d("2024-09-13 05:09:22 +0000"),
    subject="Update: Your legal request to YouTube [KCSC-240909-03]",
    reply_to_req=R3,
    body=f"""
Hello,

Your notice KCSC-240909-03: the video {y2} has been age-restricted.

Update, 13 September: after further review the video has been removed from YouTube for violating our policy on the sale of regulated goods. The age restriction noted above no longer applies.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal outcome with an appended update",
    why="the later 'Update' paragraph (removed) revises the earlier age restriction of the same video",
    items={y2: "removed"},
)

case(
    name="tg-not-blocked-refusal-reason",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-08 18:55:12 +0000"),
    subject="Re: KCSC-240905-02 Illegal drug sales on Telegram",
    reply_to_req=R2,
    body=f"""
Hello,

We have not blocked {t3}. We reviewed the channel and found no content that breaks Telegram's Terms of Service; the posts you describe are about harm reduction and do not offer anything for sale.

{t4} has been taken down.

Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply refusing one channel with a reason",
    why="'We have not blocked' with a reason is a refusal (rejected), not a block; the next item is taken down",
    items={t3: "rejected", t4: "removed"},
)

case(
    name="x-status-headings-above",
    **{"from": "legal-noreply@x.com"},
    date=d("2024-09-07 10:11:12 +0000"),
    subject="[KCSC-240904-01] Partial outcome",
    reply_to_req=R1,
    body=f"""
Hello,

Outcome of your request KCSC-240904-01 (partial):

Withheld in South Korea:
{x1}
{x2}

Removed globally (violation of the X Rules):
{x7}

We will reply separately about the other posts.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome grouped under status headings",
    why="status headings above groups of URLs; the closing promise names no item",
    items={x1: "restricted", x2: "restricted", x7: "removed"},
)

case(
    name="tiktok-removed-but-not-which",
    **{"from": "legal-response@tiktok.com"},
    name_from="TikTok Law Enforcement Response",
    date=d("2024-09-14 08:30:00 +0000"),
    subject="Re: KCSC-240912-05",
    reply_to_req=R5,
    body=f"""
Hi,

Thank you for your report regarding KCSC-240912-05. We removed {k1} but did not remove {k2}, which our reviewers found does not violate our Community Guidelines or local law.

TikTok Law Enforcement Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email",
    why="one sentence: 'removed A but did not remove B, which ... does not violate' gives removed and rejected",
    items={k1: "removed", k2: "rejected"},
)

case(
    name="tiktok-ack-phrase-plus-decisions",
    **{"from": "noreply@tiktok.com"},
    name_from="TikTok",
    date=d("2024-09-15 01:44:09 +0000"),
    subject="Your report: ticket 88123041",
    reply_to_req=R5,
    body=f"""
Hello,

We have received your report (ticket 88123041). Thank you for helping keep TikTok safe.

Our review is complete: {k1} has been removed for violating our Community Guidelines, and {k2} has been restricted in South Korea.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok ticket email that carries the decision",
    why="an acknowledgement phrase followed by unhedged item statements is a confirmation, not an acknowledgement",
    items={k1: "removed", k2: "restricted"},
)

case(
    name="daum-ko-one-sentence",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date=d("2024-09-16 15:02:37 +0900"),
    subject=enc("[Daum] 문의하신 내용에 대한 답변입니다"),
    reply_to_req=R6,
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 KCSC-240913-06 건에 대하여, {d1} 게시물은 권리침해 신고 접수에 따라 30일간 임시조치되었고, {d2} 게시물은 카페 운영원칙 위반으로 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해 신고 임시조치 안내",
    why="one Korean sentence: 임시조치 (restricted) then 삭제 (removed)",
    items={d1: "restricted", d2: "removed"},
)

# ================================================================= REVIEW
case(
    name="x-promise-within-24h",
    **{"from": "legal-noreply@x.com"},
    date=d("2024-09-06 03:00:00 +0000"),
    subject="Re: [KCSC-240904-01] Request to remove unlicensed gambling promotions",
    reply_to_req=R1,
    body=f"""
Hello,

Thanks for your request KCSC-240904-01. {x8} will be withheld in South Korea once our legal team has finished its review, which we expect within 24 hours. We'll confirm when that is done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising action",
    why="'will be withheld ... once' is a promise: the item stays pending",
    items={x8: "pending"},
)

case(
    name="yt-hedged-may-have-been",
    **{"from": "legal-support@google.com"},
    date=d("2024-09-10 08:20:00 +0000"),
    subject="Re: Your legal request to YouTube [KCSC-240909-03]",
    reply_to_req=R3,
    body=f"""
Hello,

We looked into your notice KCSC-240909-03. It appears that {y1} may have already been taken down by the uploader, but we are still checking our records to confirm. The Short {y3} is in our review queue.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="Google/YouTube interim legal reply",
    why="'appears ... may have been taken down' is a hedge and the Short is under review: nothing to record",
    items={y1: "pending", y3: "pending"},
)

case(
    name="tg-all-content-blocked",
    **{"from": "dsa@telegram.org"},
    date=d("2024-09-06 19:30:00 +0000"),
    subject="Re: KCSC-240905-02 Illegal drug sales on Telegram",
    reply_to_req=R2,
    body="""
Hello,

All the content you reported in KCSC-240905-02 has been blocked on Telegram.

Telegram DSA Team
""",
    outcome="review", review="bulk",
    imitates="Telegram one-line bulk confirmation",
    why="a statement about all items of a four-item request without naming them",
    items={t1: "pending", t2: "pending", t3: "pending", t4: "pending"},
)

case(
    name="naver-bulk-ko",
    **{"from": "help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date=d("2024-09-11 17:45:00 +0900"),
    subject=enc("[NAVER] 게시중단 요청 처리 완료 안내 (KCSC-240910-04)"),
    reply_to_req=R4,
    body="""
안녕하세요, 네이버 고객센터입니다.

KCSC-240910-04로 요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 처리 완료 안내 (일괄)",
    why="게시중단 of 'all requested posts' for a five-item request, none named",
    items={n1: "pending", n2: "pending", n3: "pending", n4: "pending", n5: "pending"},
)

case(
    name="x-auth-fail",
    **{"from": "legal@x.com"},
    auth="fail",
    date=d("2024-09-09 23:10:00 +0000"),
    subject="Re: [KCSC-240904-01] Request to remove unlicensed gambling promotions",
    reply_to_req=R1,
    body=f"""
Hello,

{x11} has been suspended and {x12} has been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome failing DMARC",
    why="x.com sender but DKIM/SPF/DMARC fail: no status is taken from it",
    items={x11: "pending", x12: "pending"},
)

case(
    name="counsel-unknown-sender",
    **{"from": "jiwoo.han@baekrok-law.example"},
    name_from="Han Jiwoo",
    date=d("2024-09-08 11:00:00 +0900"),
    subject="KCSC-240904-01 - posts deleted by account holder",
    body=f"""
Dear Sir or Madam,

I represent the holder of the X account @lucky_tide77. My client has deleted the posts {x1} and {x2} of his own accord. I would be grateful if you could close KCSC-240904-01 as regards these two posts.

Yours faithfully,
Han Jiwoo
Attorney at Law, Baekrok Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from a user's lawyer about the request",
    why="not from any platform's domain: statements from a third party change nothing",
    items={x1: "pending", x2: "pending"},
)

case(
    name="yt-about-x-urls",
    **{"from": "legal-support@google.com"},
    date=d("2024-09-06 06:30:00 +0000"),
    subject="Re: [KCSC-240904-01] Request to remove unlicensed gambling promotions",
    body=f"""
Hello,

We received your notice KCSC-240904-01. The following URLs are not hosted on YouTube, and we could not find them on our service:

{x9}
{x10}

Please contact the service where this content is hosted.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="wrong_platform",
    imitates="Google/YouTube 'not our service' reply to a misrouted notice",
    why="YouTube states 'could not find' for X posts: another platform's items",
    items={x9: "pending", x10: "pending"},
)

case(
    name="naver-table-contradicted-by-note",
    **{"from": "policy@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    date=d("2024-09-12 18:12:00 +0900"),
    subject=enc("[NAVER] 조치결과 회신 (KCSC-240910-04)"),
    reply_to_req=R4,
    raw_mime=html_mime(f"""
<html><body>
<p>안녕하세요. NAVER 정책지원팀입니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>요청번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>KCSC-240910-04</td><td>{n2}</td><td>게시중단 완료</td></tr>
</table>
<p>※ 참고: 위 게시물({n2})은 검토 결과 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.</p>
<p>감사합니다.</p>
</body></html>
"""),
    outcome="review", review="conflicting_statements",
    imitates="Korean 조치결과 회신 table with a contradicting footnote (NAVER)",
    why="the table says 게시중단 완료, the note says no action was taken, and neither says the other is wrong",
    items={n2: "pending"},
)

case(
    name="yt-conditional-counter-notice",
    **{"from": "legal-support@google.com"},
    date=d("2024-09-10 13:40:00 +0000"),
    subject="Re: Your legal request to YouTube [KCSC-240909-03]",
    reply_to_req=R3,
    body=f"""
Hello,

We have notified the uploader of {y3} about your notice KCSC-240909-03. If the uploader does not respond within 10 days, the Short will be removed. If they dispute the claim, we'll let you know.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="Google/YouTube notice forwarded to uploader, conditional removal",
    why="a removal on a condition not yet met: the Short stays pending",
    items={y3: "pending"},
)

case(
    name="x-policy-notice-no-claims",
    **{"from": "legal-noreply@x.com"},
    date=d("2024-09-10 00:00:05 +0000"),
    subject="Changes to how X receives legal requests",
    body="""
Hello,

From 1 October 2024, X will accept legal requests from government agencies only through our Legal Request portal at https://legal.x.com/en/legal-request-portal. Requests sent by email after that date will be answered with a link to the portal.

Your existing requests are not affected. More information is available at https://help.x.com/en/rules-and-policies/legal-request-faqs

X Legal
""",
    outcome="review", review="no_claims",
    imitates="X legal notice about a new request portal",
    why="trusted X mail naming no item and no request; its links are X's own pages",
    items={},
)

case(
    name="naver-asks-documents",
    **{"from": "policy@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    date=d("2024-09-11 11:11:11 +0900"),
    subject=enc("[NAVER] 자료 요청 (KCSC-240910-04)"),
    reply_to_req=R4,
    body=f"""
안녕하세요, NAVER 정책지원팀입니다.

KCSC-240910-04 요청 중 {n4} 게시물에 대해서는 위법 여부를 판단하기 위하여 관련 심의 의결서 사본이 필요합니다. 해당 자료를 회신해 주시면 검토 후 조치 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 소명자료/의결서 요청 메일",
    why="asks for the commission's decision document before acting; the post stays pending",
    items={n4: "pending"},
)

case(
    name="daum-hedged-ko",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date=d("2024-09-14 17:20:00 +0900"),
    subject=enc("[Daum] 문의하신 내용에 대한 답변입니다"),
    reply_to_req=R6,
    body=f"""
안녕하세요, 카카오 고객센터입니다.

KCSC-240913-06 관련 확인 결과, {d1} 게시물은 작성자에 의해 삭제된 것으로 보이나 정확한 삭제 시점은 확인 중입니다. {d2} 게시물은 카페 운영자에게 조치를 요청해 둔 상태입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao/Daum 고객센터 interim answer",
    why="'삭제된 것으로 보이나' is a hedge; the other post awaits the cafe operator: nothing firm",
    items={d1: "pending", d2: "pending"},
)

# ================================================================= IGNORED
case(
    name="x-out-of-office",
    **{"from": "daniel.ortiz@x.com"},
    name_from="Daniel Ortiz",
    date=d("2024-09-04 01:00:30 +0000"),
    subject="Automatic reply: [KCSC-240904-01] Request to remove unlicensed gambling promotions",
    reply_to_req=R1,
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.

For legal requests, please write to legal@x.com; the team monitors that address daily.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="automatic reply, no statement",
    items={},
)

case(
    name="naver-out-of-office-ko",
    **{"from": "sohee.park@navercorp.com"},
    name_from=enc("박소희"),
    date=d("2024-09-10 10:00:40 +0900"),
    subject=enc("[부재중] Re: [KCSC-240910-04] 게시물 삭제 요청"),
    reply_to_req=R4,
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 박소희입니다.

9월 10일부터 9월 18일까지 추석 연휴 및 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tg-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@kcsc.example"},
    name_from="Mail Delivery System",
    date=d("2024-09-05 10:00:09 +0900"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b180-1"

--dsn-b180-1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<takedown-kr@telegram.org>: host mail.telegram.org[203.0.113.25] said:
    550 5.1.1 <takedown-kr@telegram.org>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--dsn-b180-1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 5 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; takedown-kr@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b180-1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: takedown-kr@telegram.org
Subject: KCSC-240905-02 Illegal drug sales on Telegram
Date: Thu, 5 Sep 2024 10:00:00 +0900
Message-ID: <{R2}@kcsc.example>

Reference: KCSC-240905-02
Please remove or block the following content:
1. {t1}
2. {t2}
3. {t3}
4. {t4}

--dsn-b180-1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (DSN) returning the request",
    why="a bounce carrying our own request; the URLs are ours",
    items={},
)

case(
    name="naver-dsn-delayed",
    **{"from": "MAILER-DAEMON@kcsc.example"},
    name_from="Mail Delivery System",
    date=d("2024-09-10 14:00:12 +0900"),
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b180-2"

--dsn-b180-2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<policy@navercorp.com>: connect to mx.navercorp.com[198.51.100.77]:25:
    Connection timed out

--dsn-b180-2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 10:00:03 +0900

Final-Recipient: rfc822; policy@navercorp.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.navercorp.com[198.51.100.77]:25:
    Connection timed out
Will-Retry-Until: Sun, 15 Sep 2024 10:00:03 +0900

--dsn-b180-2
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: [KCSC-240910-04] {enc("게시물 삭제 요청")}
Date: Tue, 10 Sep 2024 10:00:00 +0900
Message-ID: <{R4}@kcsc.example>

--dsn-b180-2--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (DSN Action: delayed)",
    why="a delay warning, no statement",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    date=d("2024-09-10 10:32:00 +0900"),
    subject=enc("읽음 확인: [KCSC-240910-04] 게시물 삭제 요청"),
    reply_to_req=R4,
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b180"

--mdn-b180
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240910-04] 게시물 삭제 요청"을(를) 수신자가 2024-09-10 10:32에 읽었습니다.

--mdn-b180
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Original-Recipient: rfc822;policy@navercorp.com
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <{R4}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b180--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN)",
    why="read receipt: says only that the request was opened",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "noreply@tiktok.com"},
    name_from="TikTok",
    date=d("2024-09-12 01:05:00 +0000"),
    subject="We received your report [KCSC-240912-05]",
    reply_to_req=R5,
    body="""
Hello,

We've received your report and created ticket 88123041. Our team will review it and get back to you by email. Please do not reply to this message; to add information, use the form at https://www.tiktok.com/legal/report/feedback and quote your ticket number.

TikTok Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket-system receipt",
    why="pure receipt: ticket created, review promised, no item named",
    items={},
)

case(
    name="daum-receipt-echo-ko",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date=d("2024-09-13 10:02:00 +0900"),
    subject=enc("[Daum] 신고가 접수되었습니다"),
    reply_to_req=R6,
    body=f"""
안녕하세요, 카카오 고객센터입니다.

고객님의 신고가 정상적으로 접수되었습니다.

접수번호: 2409-1306-7781
접수 내용:
  {d1}
  {d2}

담당자가 확인 후 영업일 기준 3일 이내에 처리 결과를 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao/Daum 신고 접수 안내 (echoing the reported URLs)",
    why="receipt echoing the reported URLs, with only a promise of a later answer",
    items={},
)


HEADER = """# Blind set 180 (what a program gets wrong): generated by make.py.
# Expected results written from each email's meaning, before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind180", HEADER, CASES)


if __name__ == "__main__":
    main()
