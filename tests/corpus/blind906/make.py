#!/usr/bin/env python3
"""Blind set 906: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or updated) by its note, statuses given by position or by a
bare id. Written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind906/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
CAFE = "해외주식"
CAFE_PCT = quote(CAFE)

X1 = "https://x.com/bluefinch_kr/status/1829104455120031744"
X2 = "https://x.com/bluefinch_kr/status/1829104455120031811"
X3 = "https://x.com/moonlit_trades/status/1828877012345600123"
X4 = "https://x.com/moonlit_trades/status/1828877012345600456"
X5 = "https://x.com/han_river_deals/status/1829550019283746501"
X6 = "https://x.com/han_river_deals/status/1829550019283746622"
X7 = "https://x.com/pixelgrain77/status/1827760044512398850"
X8 = "https://x.com/pixelgrain77/status/1827760044512398977"
X9 = "https://x.com/quiet_orchid9/status/1829990001112223334"
X10 = "https://x.com/quiet_orchid9/status/1829990001112223401"
X11 = "https://x.com/sodam_market/status/1830012345678901234"
X12 = "https://x.com/sodam_market/status/1830012345678901299"
X13 = "https://x.com/nightcrane_ops/status/1828123400001112227"

Y1 = "https://www.youtube.com/watch?v=Qx7LmT2vB0a"
Y2 = "https://www.youtube.com/watch?v=Hk3pZr8WnYc"
Y3 = "https://www.youtube.com/watch?v=dF9sLq1tMe4"
Y4 = "https://www.youtube.com/watch?v=Wm0rXc5JuPz"

T1 = "https://t.me/grey_lantern_chat/1187"
T2 = "https://t.me/grey_lantern_chat/1203"
T3 = "https://t.me/velvetcoinsignals/554"
T4 = "https://t.me/northpier_offers/3310"

N1 = "https://blog.naver.com/sunnyharbor_88/223551200145"
N2 = "https://blog.naver.com/sunnyharbor_88/223551209931"
N3 = "https://cafe.naver.com/" + CAFE_PCT + "/88120"
N4 = "https://cafe.naver.com/" + CAFE_PCT + "/88157"
N3_RAW = "https://cafe.naver.com/" + CAFE + "/88120"
N4_RAW = "https://cafe.naver.com/" + CAFE + "/88157"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471122390"

K1 = "https://cafe.daum.net/moonjar2024/Xk3p/211"
K2 = "https://cafe.daum.net/moonjar2024/Xk3p/219"

TK1 = "https://www.tiktok.com/@glowtrail.kr/video/7411023344556677889"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240903-01", "x", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal_gambling", "req-240903-01@kcsc.example", "gambling promotion posts (13 items)",
     [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13]),
    ("KCSC-240904-02", "youtube", "2024-09-04T15:10:00+09:00", "2024-09-11T23:59:59+09:00",
     "fraud", "req-240904-02@kcsc.example", "investment scam videos", [Y1, Y2, Y3, Y4]),
    ("KCSC-240905-03", "telegram", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     "drugs", "req-240905-03@kcsc.example", "drug sale messages", [T1, T2, T3]),
    ("KCSC-240905-04", "naver", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "fraud", "req-240905-04@kcsc.example", "stock-tip fraud posts", [N1, N2, N3, N4, N5]),
    ("KCSC-240906-05", "kakao", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "privacy", "req-240906-05@kcsc.example", "personal data exposure", [K1, K2]),
    ("KCSC-240909-06", "tiktok", "2024-09-09T16:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "obscenity", "req-240909-06@kcsc.example", "", [TK1]),
    ("KCSC-240910-07", "telegram", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "illegal_gambling", "req-240910-07@kcsc.example", "", [T4]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def subj(s):
    """An encoded-word subject (as most Korean mailers send it)."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def qp_plain(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text))


def b64_plain(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text))


def alternative(boundary, text, html, html_b64=False):
    enc = "base64" if html_b64 else "quoted-printable"
    html_body = b64(html) if html_b64 else qp(html)
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n"
            f"{qp(text)}\n"
            f"--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: {enc}\n\n"
            f"{html_body}\n"
            f"--{boundary}--\n")


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ============================ applied ====================================

case(
    name="x-three-statuses-one-sentence",
    date="Thu, 05 Sep 2024 11:42:10 +0900",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01 - request to remove content (Republic of Korea)",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your report concerning content on X that you believe to be
unlawful in the Republic of Korea (your reference KCSC-240903-01).

We have reviewed the first posts on your list. {X1} has been withheld in
South Korea, {X2} has been removed globally for violating the X Rules, and
{X3} remains available, as we did not find it to be in violation of the X
Rules or of Korean law.

Our review of the other posts in your request is still ongoing.

More information on how we handle legal demands is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome email (country withheld content notice)",
    why="one sentence, three URLs, three different statuses: withheld, removed, stays up with a reason",
    items={X1: "restricted", X2: "removed", X3: "rejected"},
)

case(
    name="x-outcome-by-list-position",
    date="Fri, 06 Sep 2024 09:05:51 +0900",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="KCSC-240903-01: outcome of your request",
    body=f"""
Hello,

You reported the following posts to us under reference KCSC-240903-01:

1. {X4}
2. {X5}
3. {X6}
4. {X7}

Following our review:

- Posts 1 and 3 have been withheld in South Korea in response to your legal demand.
- Post 2 has been removed for violating our Violent and Hateful Entities policy.
- Post 4 does not violate the X Rules, and we have not found it to be unlawful
  in Korea. We are therefore not taking action on it.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome email with an echoed list of reported posts",
    why="statuses given by list position ('Posts 1 and 3', 'Post 2', 'Post 4') over the echoed numbered list",
    items={X4: "restricted", X5: "removed", X6: "restricted", X7: "rejected"},
)

case(
    name="yt-hedge-in-relative-clause",
    date="Fri, 06 Sep 2024 18:20:02 +0900",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="[KCSC-240904-02] Your YouTube legal request",
    reply_to_req="req-240904-02",
    body=f"""
Hi,

Thanks for reaching out to YouTube about your request (KCSC-240904-02).

The video at {Y1}, which may have been uploaded more than once by different
channels, has been removed from YouTube for violating our Community
Guidelines. Copies you come across on other channels should be reported
separately.

We have also restricted access to {Y2} in South Korea based on local law.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals team reply (Google legal help centre outcome)",
    why="the hedge 'may have been uploaded more than once' sits in a relative clause; the main clause states removal",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="yt-correction-of-earlier-reply",
    date="Mon, 09 Sep 2024 16:48:37 +0900",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240904-02] Correction to our previous reply",
    reply_to_req="req-240904-02",
    body=f"""
Hi,

Our reply from earlier today contained an error, and we want to make sure
your records are accurate.

We wrote that {Y3} had been restricted in South Korea. That was not
correct: the video was removed globally, since it violates our harassment
policy.

The other video mentioned in that reply, {Y4}, was looked at again and it
stays up. We found it to be news reporting that does not violate our
policies, and we did not find a sufficient basis under local law to block it.

Apologies for the confusion.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support follow-up correcting an earlier outcome",
    why="the first sentence reports the earlier (wrong) restriction; the correction says removed; the second video is refused with a reason",
    items={Y3: "removed", Y4: "rejected"},
)

case(
    name="tg-negation-per-line",
    date="Sat, 07 Sep 2024 02:13:44 +0900",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject="Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Thank you for your report (KCSC-240905-03).

{T1} - this message was not removed. We reviewed it and it does not violate
the Telegram Terms of Service.
{T2} - removed.
{T3} - the channel @velvetcoinsignals is no longer accessible on Telegram; it
was blocked for all users for violating our Terms.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (terse per-link outcomes)",
    why="'was not removed' plus a reason is a refusal; the others removed/blocked for all users",
    items={T1: "rejected", T2: "removed", T3: "removed"},
)

case(
    name="naver-blind-and-author-deleted-one-sentence",
    date="Mon, 09 Sep 2024 10:31:05 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject=subj("[NAVER] 게시물 조치 결과 안내 (KCSC-240905-04)"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240905-04)에 대한 검토 결과를 안내드립니다.

{N1} 및 {N2} 게시물은 블라인드 처리하였고, {N3_RAW} 게시물은 요청 접수 전에 작성자가 직접 삭제하여 확인되지 않습니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시물 조치 결과 안내",
    why="one Korean sentence: two posts 블라인드 (removed), a raw-Korean-path post already deleted by its author (not_found)",
    items={N1: "removed", N2: "removed", N3: "not_found"},
)

TABLE_NOTE_HTML = f"""<html><body style="font-family:Malgun Gothic,sans-serif;font-size:13px">
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>요청번호 KCSC-240905-04 건의 처리 현황을 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N4}">{N4_RAW}</a></td><td>게시중단</td></tr>
<tr><td>2</td><td><a href="{N5.replace('&', '&amp;')}">{N5.replace('&', '&amp;')}</a></td><td>검토 중</td></tr>
</table>
<p>※ 2번 게시물은 위 표를 작성한 이후 검토가 완료되어, 9월 12일 자로 임시조치(30일)되었습니다.</p>
<p>감사합니다.<br>네이버 권리보호센터</p>
</body></html>"""

case(
    name="naver-table-updated-by-note",
    date="Thu, 12 Sep 2024 17:02:26 +0900",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    subject=subj("[네이버] KCSC-240905-04 처리 현황"),
    type="html",
    body=TABLE_NOTE_HTML,
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 처리 결과 table with a ※ note",
    why="table row 2 says 검토 중 but the note below says it was 임시조치 after the table was made: the note wins",
    items={N4: "removed", N5: "restricted"},
)

case(
    name="tg-by-message-number",
    date="Sun, 08 Sep 2024 21:40:19 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Your report KCSC-240905-03",
    reply_to_req="req-240905-03",
    body="""
Hi,

Regarding your report KCSC-240905-03 about the group @grey_lantern_chat:
message 1187 has been deleted by our moderators. Message 1203 could not be
found - it seems to have been removed by the group admins before we got to it.

The third link in your report is still being checked.

Thanks,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply naming messages by number",
    why="items named by group and message number only; 'could not be found' is firm even though the explanation after the dash is hedged; third link pending",
    items={T1: "removed", T2: "not_found", T3: "pending"},
)

case(
    name="x-top-posted-update-over-quote",
    date="Wed, 11 Sep 2024 13:27:40 +0900",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01 - request to remove content (Republic of Korea)",
    reply_to_req="req-240903-01",
    body=f"""
Hi KCSC team,

A quick update on the case below. {X8}, which we had initially withheld in
South Korea, has now been removed globally after a second review found that
it violates our rules on illegal and regulated goods.

Best,
X Legal

On Thu, Sep 5, 2024 at 10:12 AM X Legal <legal-notices@x.com> wrote:
> Hello,
>
> We have withheld the following post in South Korea:
> {X8}
>
> {X7} remains available, as it does not violate the X Rules.
>
> X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up top-posted over its own earlier outcome (Gmail quoting)",
    why="the relative clause recalls the earlier withholding; the main clause says removed; the quoted earlier reply states nothing new",
    items={X8: "removed"},
)

case(
    name="yt-refusal-with-reason-bullets",
    date="Tue, 10 Sep 2024 08:55:12 +0900",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Results for KCSC-240904-02",
    body=f"""
Hello,

Here are the results of our review for KCSC-240904-02:

* {Y1} - Removed (violates our spam, deceptive practices and scams policy)
* {Y2} - No action taken. After careful review we found that the video does
  not violate our Community Guidelines, and the request does not establish
  that it is unlawful under Korean law.

If you have additional information, such as a court order, you may submit a
new request at https://support.google.com/legal/answer/3110420

Sincerely,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome ('no action taken' with reason)",
    why="bulleted list: one removal, one refusal with its reason; the help link is no item",
    items={Y1: "removed", Y2: "rejected"},
)

case(
    name="naver-not-illegal-and-access-limited",
    date="Tue, 10 Sep 2024 14:12:08 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject=subj("[NAVER] 시정요구 조치결과 회신 (KCSC-240905-04)"),
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요. 네이버입니다.

요청하신 게시물에 대한 조치결과를 회신드립니다.

{N4_RAW} 게시물은 정보통신망법상 불법정보에 해당한다고 보기 어려워 별도의 조치를 하지 않았습니다.

{N5} 게시물은 국내 이용자의 접근을 제한하였습니다.

문의사항이 있으시면 본 메일로 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 (free text)",
    why="a Korean negation with its reason (rejected) and an access limit for domestic users (restricted)",
    items={N4: "rejected", N5: "restricted"},
)

case(
    name="kakao-blind-and-author-deleted",
    date="Tue, 10 Sep 2024 11:03:59 +0900",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject=subj("[카카오] 게시물 신고 처리 결과 안내"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청번호 KCSC-240906-05 관련하여 처리 결과를 알려드립니다.

- {K1} : 운영정책 위반이 확인되어 블라인드 처리되었습니다.
- {K2} : 신고 접수 전 게시자가 이미 삭제한 게시물로, 별도 조치가 필요하지 않습니다.

더 나은 서비스를 위해 노력하겠습니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 고객센터 신고 처리 결과 안내",
    why="블라인드 = removed; a post its author already deleted = not_found (not a refusal)",
    items={K1: "removed", K2: "not_found"},
)

case(
    name="tiktok-single-item-no-url",
    date="Wed, 11 Sep 2024 03:22:15 +0900",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    subject="Your report KCSC-240909-06 - outcome",
    reply_to_req="req-240909-06",
    body="""
Hello,

Thank you for your report. We've reviewed the video you reported and removed
it for violating our Community Guidelines.

You can learn more about our Community Guidelines at
https://www.tiktok.com/community-guidelines

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email ('we removed the video')",
    why="a one-item request: 'the video you reported ... removed' is about that item",
    items={TK1: "removed"},
)

case(
    name="tg-angle-bracket-url",
    date="Thu, 12 Sep 2024 06:51:30 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240910-07",
    reply_to_req="req-240910-07",
    body=f"""
Hi,

Thanks for the report. The post <{T4}> has been taken down and the channel
is no longer available to anyone.

-- Telegram Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram moderation reply",
    why="URL in angle brackets; taken down and unavailable to anyone = removed",
    items={T4: "removed"},
)

CSV_ATT = f"""url,action,reason
{X9},Withheld in KR,Local law
{X10},Removed,Violation of X Rules (illegal or certain regulated goods)
{X11},No action,No violation of X Rules or local law identified
{X12},Not found,Post does not exist
"""

case(
    name="x-csv-attachment",
    date="Fri, 13 Sep 2024 10:00:41 +0900",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="KCSC-240903-01 - results",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==x906csv=="

--==x906csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your request KCSC-240903-01
that we have finished reviewing.

X Legal

--==x906csv==
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--==x906csv==--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as a CSV attachment",
    why="CSV rows: withheld in KR, removed, no action (no violation), not found",
    items={X9: "restricted", X10: "removed", X11: "rejected", X12: "not_found"},
)

X_TABLE_HTML = f"""<html><body>
<p>Hello,</p>
<p>Below is the current status of the posts in your request <b>KCSC-240903-01</b>.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>Reported URL</th><th>Status</th></tr></thead>
<tbody>
<tr><td>{X13}</td><td>Removed</td></tr>
<tr><td>{X12}</td><td>Withheld (South Korea)</td></tr>
<tr><td>{X5}</td><td>Pending</td></tr>
<tr><td>{X6}</td><td>Not actioned &ndash; no violation found</td></tr>
</tbody></table>
<p>Posts listed as &quot;Pending&quot; are still under review. We will write again once we reach a decision.</p>
<p>X Legal</p>
</body></html>"""

case(
    name="x-html-table-with-pending-row",
    date="Sat, 14 Sep 2024 08:14:09 +0900",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Status update - KCSC-240903-01",
    raw_mime=alternative(
        "x906tbl",
        f"""Hello,

Below is the current status of the posts in your request KCSC-240903-01.

{X13}  Removed
{X12}  Withheld (South Korea)
{X5}  Pending
{X6}  Not actioned - no violation found

Posts listed as "Pending" are still under review. We will write again once we reach a decision.

X Legal
""", X_TABLE_HTML),
    outcome="applied", classification="confirmation",
    imitates="X legal status table (HTML with a plain-text alternative)",
    why="table rows with four statuses, one of them still pending",
    items={X13: "removed", X12: "restricted", X5: "pending", X6: "rejected"},
)

case(
    name="yt-quoted-printable-status-below-url",
    date="Sat, 14 Sep 2024 19:33:52 +0900",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240904-02] Your YouTube legal request",
    reply_to_req="req-240904-02",
    raw_mime=qp_plain(f"""
Hello,

We’ve completed our review of the following videos reported under KCSC-240904-02:

{Y2}
This video has been removed for violating YouTube’s policy on scams and deceptive practices, and the channel that uploaded it has received a strike.

{Y3}
We’ve age-restricted this video. It remains on YouTube, but it is no longer viewable by signed-out users or by users under 18.

Regards,
The YouTube Legal Team
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome (quoted-printable, status on the line after each URL)",
    why="each URL on its own line, its outcome on the next: removed; age-restricted = restricted",
    items={Y2: "removed", Y3: "restricted"},
)

case(
    name="naver-base64-korean-particles",
    date="Fri, 13 Sep 2024 15:45:00 +0900",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER",
    subject=subj("[네이버] 게시중단 요청 처리 결과"),
    raw_mime=b64_plain(f"""
[네이버] 게시중단 요청 처리 결과

요청번호: KCSC-240905-04

{N3_RAW}은 게시중단되었습니다.
{N4_RAW}의 경우, 해당 게시글이 존재하지 않아 조치할 수 없었습니다.

본 메일은 발신 전용입니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 notice (base64 body)",
    why="raw Korean-path URLs glued to particles 은/의: 게시중단 = removed; 존재하지 않아 = not_found",
    items={N3: "removed", N4: "not_found"},
)

case(
    name="x-statement-above-url",
    date="Sun, 15 Sep 2024 12:06:33 +0900",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

The following post has been withheld in South Korea:
{X3}

The following posts have been removed for violating the X Rules:
{X4}
{X5}

We did not take action on the following post, as it does not violate the X
Rules and we did not find it to be unlawful in Korea:
{X6}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome grouped by action, URLs below each statement",
    why="each statement ends in ':' and its URLs follow on the lines below",
    items={X3: "restricted", X4: "removed", X5: "removed", X6: "rejected"},
)

case(
    name="x-bare-url-action-below",
    date="Mon, 16 Sep 2024 09:11:27 +0900",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="KCSC-240903-01 reviewed items",
    body=f"""
Request: KCSC-240903-01
Reviewed items:

{X7}
Action: Removed

{X8}
Action: Withheld in: KR

{X9}
Action: None - content not in violation

{X10}
Action: Pending review
""",
    outcome="applied", classification="confirmation",
    imitates="X legal ticket-system export (bare URL, action on the next line)",
    why="bare URL with 'Action:' below; 'None - content not in violation' is a refusal; 'Pending review' stays pending",
    items={X7: "removed", X8: "restricted", X9: "rejected", X10: "pending"},
)

case(
    name="yt-removed-and-escalated",
    date="Thu, 05 Sep 2024 20:18:45 +0900",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240904-02] Your YouTube legal request",
    reply_to_req="req-240904-02",
    body=f"""
Hi there,

{Y1} has been removed.

{Y4} has been escalated to our specialist team; we will let you know the
outcome once their review is complete.

Thanks,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support interim reply",
    why="one statement and one promise in consecutive paragraphs: the promise leaves its item pending",
    items={Y1: "removed", Y4: "pending"},
)

case(
    name="naver-temporary-then-final-deletion",
    date="Fri, 13 Sep 2024 18:20:11 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject=subj("Re: 게시물 조치 요청 (KCSC-240905-04)"),
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{N1} 게시물에 대하여 9월 6일 30일간의 임시조치를 하였습니다. 이후 게시자가 이의제기를 하지 않겠다고 밝혀 9월 13일 해당 게시물을 최종 삭제하였음을 알려드립니다.

{N2} 게시물은 현재 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 후 삭제 안내",
    why="the first sentence says 임시조치 (restricted), the next says finally deleted: removed; the other post does not exist",
    items={N1: "removed", N2: "not_found"},
)

case(
    name="x-not-withheld-because-removed",
    date="Tue, 17 Sep 2024 10:40:05 +0900",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01 - request to remove content (Republic of Korea)",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have not withheld {X11} in South Korea, because the post had already been
removed globally for violating the X Rules on illegal and regulated goods.

{X12} has not been actioned: we did not find that it violates the X Rules,
and your request does not show that it is unlawful in Korea.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome email",
    why="'not withheld ... because already removed globally' = removed; 'not actioned' with a reason = rejected",
    items={X11: "removed", X12: "rejected"},
)

case(
    name="yt-video-ids-over-gmail-quote",
    date="Wed, 11 Sep 2024 11:09:58 +0900",
    **{"from": "minji.legal@google.com"}, name_from="Minji (YouTube Legal Support)",
    subject="Re: 시정요구 / Removal request KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Hi,

All four videos in your notice have been reviewed. Qx7LmT2vB0a and
dF9sLq1tMe4 were removed for violating our Community Guidelines;
Hk3pZr8WnYc and Wm0rXc5JuPz were blocked in South Korea only.

Thanks,
Minji
YouTube Legal Support

On Wed, Sep 4, 2024 at 3:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> Please remove the following videos (KCSC-240904-02):
> 1. {Y1}
> 2. {Y2}
> 3. {Y3}
> 4. {Y4}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply top-posted over the request (Gmail quoting)",
    why="statuses by bare video id only, the URLs only in our quoted request; a clerk matches ids to the request",
    items={Y1: "removed", Y3: "removed", Y2: "restricted", Y4: "restricted"},
)

case(
    name="x-receipt-plus-statement",
    date="Wed, 04 Sep 2024 17:30:16 +0900",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Case 0913-4471-KR - KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We've received your request and opened case 0913-4471-KR.

Having reviewed it, we have withheld {X13} in South Korea. The other posts in
your request remain under review, and we will update you when we have an
outcome.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case-opened receipt that already carries one outcome",
    why="a receipt sentence plus an unhedged withholding: not a pure acknowledgement",
    items={X13: "restricted"},
)

KAKAO_HTML = f"""<html><body>
<div style="font-size:14px">
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>요청번호 <b>KCSC-240906-05</b> 에 대한 조치 내역입니다.</p>
<table style="border-collapse:collapse" border="1">
<tr><th>게시물 주소</th><th>조치 내용</th><th>조치 일시</th></tr>
<tr><td><a href="{K1}">{K1}</a></td><td>임시조치 (30일)</td><td>2024-09-11 14:02</td></tr>
<tr><td><a href="{K2}">{K2}</a></td><td>삭제</td><td>2024-09-11 14:05</td></tr>
</table>
<p>임시조치 기간 중 게시자의 재게시 요청이 있을 경우 별도로 안내드립니다.</p>
<p>카카오 드림</p>
</div></body></html>"""

case(
    name="kakao-html-table-base64",
    date="Wed, 11 Sep 2024 14:30:00 +0900",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=subj("[카카오] 권리침해 신고 조치 안내 (KCSC-240906-05)"),
    raw_mime=("Content-Type: text/html; charset=utf-8\n"
              "Content-Transfer-Encoding: base64\n\n" + b64(KAKAO_HTML)),
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 조치 내역 table (base64 HTML)",
    why="table: 임시조치 = restricted, 삭제 = removed",
    items={K1: "restricted", K2: "removed"},
)

# ============================ review =====================================

case(
    name="yt-promise-only",
    date="Thu, 05 Sep 2024 09:02:44 +0900",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240904-02] Your YouTube legal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thank you for your patience. {Y3} and {Y4} will be removed from YouTube
within 24 hours, once our internal checks are complete. We will confirm by
email when this has been done.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply announcing a future removal",
    why="'will be removed ... once checks are complete' is a promise, not a statement",
    items={Y3: "pending", Y4: "pending"},
)

case(
    name="x-hedged-both",
    date="Sat, 07 Sep 2024 15:55:30 +0900",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

From what we can see, {X5} may already have been deleted by the account
owner, and {X6} appears to be withheld in some regions already. We are
confirming this with the responsible team and will follow up.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="'may already have been deleted', 'appears to be withheld': hedges only",
    items={X5: "pending", X6: "pending"},
)

case(
    name="naver-bulk-five-done",
    date="Wed, 11 Sep 2024 16:16:16 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject=subj("Re: 게시물 조치 요청 (KCSC-240905-04)"),
    reply_to_req="req-240905-04",
    body="""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 5건 모두에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 완료 회신 (no list)",
    why="'all five posts' without naming them, for a five-item request",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending", N5: "pending"},
)

case(
    name="tg-bulk-all-taken-down",
    date="Mon, 09 Sep 2024 04:12:50 +0900",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject="Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body="""
Hello,

All of the messages you reported under KCSC-240905-03 have been taken down.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram abuse desk one-line bulk reply",
    why="a statement about every item of a three-item request without naming any",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="x-auth-fail",
    date="Fri, 06 Sep 2024 22:01:19 +0900",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    auth="fail",
    subject="Re: KCSC-240903-01 - request to remove content (Republic of Korea)",
    body=f"""
Hello,

{X1} and {X2} have been removed for violating the X Rules.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email (failing DMARC)",
    why="X's domain but DKIM/SPF/DMARC fail",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-lookalike-domain",
    date="Sat, 07 Sep 2024 07:45:03 +0900",
    **{"from": "legal-desk@xcorp-compliance.net"}, name_from="X Legal Desk",
    subject="Confirmation of removal - KCSC-240903-01",
    body=f"""
Dear KCSC,

We confirm that {X3} has been removed from the platform.

X Corp Compliance Desk
""",
    outcome="review", review="unknown_sender",
    imitates="a third-party 'compliance desk' confirmation",
    why="not a domain of any platform, though it names our request and a URL",
    items={X3: "pending"},
)

case(
    name="google-search-delisting-of-tiktok-url",
    date="Thu, 12 Sep 2024 12:12:12 +0900",
    **{"from": "legal-removals@google.com"}, name_from="Google Legal",
    subject="Re: KCSC-240909-06",
    body=f"""
Hello,

In response to your request KCSC-240909-06, which you also copied to us, we
have removed {TK1} from Google Search results for users in South Korea.

Please note that this does not affect the content on the site that hosts it;
you may wish to contact the site owner.

Google Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Google Search legal removal (delisting) outcome",
    why="Google states an action on a TikTok URL (search delisting); only TikTok can state its status",
    items={TK1: "pending"},
)

case(
    name="tg-no-claims",
    date="Tue, 10 Sep 2024 23:30:00 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Your report",
    body="""
Hi,

Thanks for your patience. Action has been taken on the reported content in
line with our Terms of Service.

Telegram Abuse Team
""",
    outcome="review", review="no_claims",
    imitates="Telegram abuse desk generic reply",
    why="trusted, but names no item, no reference and is no reply in a thread",
    items={},
)

case(
    name="tiktok-decision-header-contradicts-text",
    date="Fri, 13 Sep 2024 02:47:33 +0900",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    subject="Report outcome - KCSC-240909-06",
    reply_to_req="req-240909-06",
    body=f"""
Report ID: 7410-KR-55102
Reported content: {TK1}
Decision: Removed

Hello,

Thank you for your report. We reviewed the video and found that it does not
violate our Community Guidelines or applicable local laws. It will therefore
remain available on TikTok.

TikTok Trust & Safety
""",
    outcome="review", review="conflicting_statements",
    imitates="TikTok report outcome template (decision block above the text)",
    why="the decision block says Removed; the text says it does not violate and stays up",
    items={TK1: "pending"},
)

case(
    name="naver-asks-for-resolution-copy",
    date="Mon, 09 Sep 2024 13:37:21 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject=subj("Re: 게시물 조치 요청 (KCSC-240905-04)"),
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 {N2} 게시물에 대해 검토를 진행하기 위해, 해당 게시물이 불법정보에 해당한다는 근거(심의 의결서 사본 등)를 추가로 보내주시기 바랍니다.

자료를 받는 대로 검토 후 결과를 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 고객센터 추가 자료 요청",
    why="asks for the resolution before reviewing; no status",
    items={N2: "pending"},
)

case(
    name="x-removed-then-retracted",
    date="Wed, 18 Sep 2024 10:05:41 +0900",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

{X13} has been removed.

Please disregard the line above; it was sent in error. The post is still
being reviewed and no action has been taken on it yet.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply with an in-message retraction",
    why="the later sentence withdraws the removal: the post is still under review",
    items={X13: "pending"},
)

case(
    name="naver-appears-deleted-and-planned",
    date="Thu, 12 Sep 2024 09:58:02 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject=subj("Re: 게시물 조치 요청 (KCSC-240905-04)"),
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{N4_RAW} 게시물은 이미 삭제된 것으로 보이며, {N5} 게시물은 내부 검토 후 조치할 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 고객센터 interim reply",
    why="'삭제된 것으로 보이며' is a hedge and '조치할 예정' a plan",
    items={N4: "pending", N5: "pending"},
)

# ============================ ignored ====================================

case(
    name="naver-out-of-office-quoting-request",
    date="Thu, 05 Sep 2024 11:00:40 +0900",
    **{"from": "jiyeon.park@navercorp.com"}, name_from="박지연",
    subject=subj("[자동응답] 부재중입니다: 게시물 조치 요청 (KCSC-240905-04)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요. 9월 5일부터 9월 9일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

> 아래 게시물의 삭제를 요청합니다.
> {N1}
> {N2}
> {N3}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply quoting the request",
    why="auto-reply; the URLs are only in the quoted request",
    items={},
)

case(
    name="google-dsn-bounce",
    date="Wed, 04 Sep 2024 15:11:02 +0900",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn906g"

--dsn906g
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to legal-kr@google.com because the address
couldn't be found, or is unable to receive mail.

--dsn906g
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 04 Sep 2024 15:10:58 +0900

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn906g
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: Removal request KCSC-240904-02
Message-ID: <req-240904-02@kcsc.example>
Date: Wed, 04 Sep 2024 15:10:00 +0900

Please remove the following videos (KCSC-240904-02):
{Y1}
{Y2}
{Y3}
{Y4}

--dsn906g--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification",
    why="a bounce carrying our request; nothing from the platform",
    items={},
)

case(
    name="tiktok-read-receipt",
    date="Tue, 10 Sep 2024 09:14:27 +0900",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal KR",
    subject="Read: Removal request KCSC-240909-06",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn906t"

--mdn906t
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@tiktok.com
  Subject: Removal request KCSC-240909-06
  Sent: Monday, September 9, 2024 4:00 PM (UTC+09:00) Seoul

was read on Tuesday, September 10, 2024 9:14 AM (UTC+09:00) Seoul.

--mdn906t
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@tiktok.com
Original-Message-ID: <req-240909-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn906t--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="x-case-receipt",
    date="Tue, 03 Sep 2024 14:05:12 +0900",
    **{"from": "noreply@x.com"}, name_from="X Support",
    subject="We received your request [Case 0903-1187-KR]",
    reply_to_req="req-240903-01",
    body="""
Hello,

Thanks for contacting X. We've received your request and a member of our team
will review it. Your case number is 0903-1187-KR; please keep it for your
records.

Please do not reply to this email; replies to this address are not monitored.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X support automated case-number receipt",
    why="pure acknowledgement: case opened, no item named, nothing stated",
    items={},
)

case(
    name="kakao-receipt-echoing-urls",
    date="Fri, 06 Sep 2024 10:02:31 +0900",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject=subj("[카카오] 신고가 접수되었습니다 (접수번호 20240906-0412)"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

고객님의 신고가 정상적으로 접수되었습니다.

접수번호: 20240906-0412
요청번호: KCSC-240906-05
신고 대상:
{K1}
{K2}

담당자가 확인 후 처리 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 신고 접수 완료 receipt (Zendesk-style echo)",
    why="a receipt that echoes the reported URLs and states nothing about them",
    items={},
)

case(
    name="x-out-of-office",
    date="Wed, 04 Sep 2024 09:30:44 +0900",
    **{"from": "d.hwang@x.com"}, name_from="Daniel Hwang",
    subject="Automatic reply: KCSC-240903-01 - request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req="req-240903-01",
    body="""
Thank you for your email. I am out of the office until September 9 with
limited access to email. For legal requests, please use
https://legal.x.com/en/government-request.html or write to legal-notices@x.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply; the link is a help page",
    items={},
)

case(
    name="kcsc-postfix-bounce-to-x",
    date="Tue, 03 Sep 2024 14:00:09 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="pfx906b"

--pfx906b
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@x.com>: host mx.x.com[203.0.113.25] said: 552 5.3.4 Message size
    exceeds fixed limit (in reply to end of DATA command)

--pfx906b
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; legal@x.com
Action: failed
Status: 5.3.4

--pfx906b
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: KCSC-240903-01 - request to remove content (Republic of Korea)
Message-ID: <req-240903-01@kcsc.example>
Date: Tue, 03 Sep 2024 14:00:00 +0900

The following posts have been found unlawful and should be removed:
{X1}
{X2}
{X3}

--pfx906b--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN",
    why="our own mail server's bounce of the request",
    items={},
)


HEADER = """# Blind set 906 (focus: what a program gets wrong). Written from each
# email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py: do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind906", HEADER, CASES)


if __name__ == "__main__":
    main()
