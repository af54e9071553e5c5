#!/usr/bin/env python3
"""Blind set 216: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Written from each
email's meaning, before any run of the reader.

    python3 tests/corpus/blind216/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
YT = "https://www.youtube.com/watch?v="
Y = [
    YT + "pT4wK9zLmQ2",
    YT + "Hc8vN1rXbE5",
    YT + "s0LgF3jYd7U",
    YT + "Wb2mZ6qKt9R",
    YT + "eJ5nA8cVp1H",
    YT + "r9XyD4uGk3S",
    "https://www.youtube.com/shorts/Lk3oP7wQa2M",
    "https://www.youtube.com/shorts/Zn6tB0hEf8C",
    YT + "uA1qS5iRm4T",
    YT + "gD7cH2vNx6P",
    "https://www.youtube.com/@seoulnightodds",
    YT + "kF9bJ3yTw0L",
    YT + "oM2eU8aZr5K",
]
X = [
    "https://x.com/luckyline_77/status/1833123456789012345",
    "https://x.com/luckyline_77/status/1833129876543210987",
    "https://x.com/pill_courier_kr/status/1832987654321098765",
    "https://x.com/pill_courier_kr",
]
T = [
    "https://t.me/seoul_spinhouse",
    "https://t.me/seoul_spinhouse/4412",
    "https://t.me/bluepost_drop/88",
]
N = [
    "https://blog.naver.com/moonlit_odds/223587654321",
    "https://blog.naver.com/moonlit_odds/223587659999",
    "https://cafe.naver.com/quietmarket/40517",
    "https://cafe.naver.com/quietmarket/40522",
    "https://cafe.naver.com/quietmarket/40530",
]
K1_RAW = "https://moonbet-kr.tistory.com/entry/토토-사이트-추천"
K1 = "https://moonbet-kr.tistory.com/entry/" + quote("토토-사이트-추천")
K = [K1, "https://cafe.daum.net/nightdeal/Mk3a/118", "https://moonbet-kr.tistory.com/52"]
TT = "https://www.tiktok.com/@quickcash.kr/video/7414231234567890123"
T7 = "https://t.me/kr_docs_forge/15"

REQUESTS = [
    ("KCSC-240909-01", "youtube", "2024-09-09T10:30:00+09:00", "2024-09-16T23:59:59+09:00", Y, "gambling",
     "illegal gambling promotion (videos, shorts, one channel)"),
    ("KCSC-240910-02", "x", "2024-09-10T11:00:00+09:00", "2024-09-17T23:59:59+09:00", X, "drugs",
     "gambling and drug sale posts, one account"),
    ("KCSC-240911-03", "telegram", "2024-09-11T09:40:00+09:00", "2024-09-18T23:59:59+09:00", T, "gambling",
     "gambling channel, one post, one courier post"),
    ("KCSC-240912-04", "naver", "2024-09-12T14:00:00+09:00", "2024-09-19T23:59:59+09:00", N, "gambling",
     "blog posts and cafe posts"),
    ("KCSC-240913-05", "kakao", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00", K, "gambling",
     "Tistory posts and a Daum cafe post"),
    ("KCSC-240913-06", "tiktok", "2024-09-13T15:20:00+09:00", "2024-09-20T23:59:59+09:00", [TT], "gambling",
     "one video"),
    ("KCSC-240916-07", "telegram", "2024-09-16T09:10:00+09:00", "2024-09-23T23:59:59+09:00", [T7], "forgery",
     "forged documents post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"req.{ref}@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\n")


def name(s):
    return subj(s)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def request_quote_lines(ref, urls):
    out = [f"Dear Sir or Madam,", "",
           f"The Korea Communications Standards Commission requests the removal of the",
           f"following content under our reference {ref}:", ""]
    out += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    out += ["", "Please reply with the measure taken for each URL.", "", "KCSC Takedown Desk"]
    return out


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


GL = "https://support.google.com/legal/answer/3110420"

# ===================== applied =====================
case(
    name="yt-mixed-statuses-one-sentence",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 16:12:40 +0900",
    subject="Re: [KCSC-240909-01] Request to remove content",
    reply_to_req="req.KCSC-240909-01",
    body=f"""Hello,

Thank you for your notice (your reference KCSC-240909-01).

After reviewing the content under applicable local law, we have restricted access in South Korea to {Y[0]} and {Y[1]}, while {Y[2]} was removed from YouTube globally because it violates our Community Guidelines.

The remaining URLs in your notice are still with our team.

For information on how we handle requests from government bodies, see {GL}.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removals outcome email (local-law restriction vs global guideline removal)",
    why="one sentence: two URLs restricted in KR, a third (after 'while') removed globally",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-hedge-in-relative-clause",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 10:05:13 +0900",
    subject="Your legal removal request KCSC-240909-01 - partial outcome",
    body=f"""Hi,

We removed {Y[3]} for violating our policy on illegal gambling.

The video at {Y[4]}, which may have been re-uploaded from another channel that we are also looking into, has been blocked for viewers in South Korea.

{Y[5]}, which our reviewers flagged as possibly violating our spam policies, has not been actioned yet; a decision on it is still pending.

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removals partial outcome email",
    why="hedges sit in relative clauses; the main clauses state removed / blocked in KR; the third is explicitly still pending",
    items={Y[3]: "removed", Y[4]: "restricted", Y[5]: "pending"},
)

case(
    name="x-withheld-refused-deleted-by-owner",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 03:44:09 +0900",
    subject="Re: KCSC-240910-02 removal request",
    reply_to_req="req.KCSC-240910-02",
    body=f"""Hello,

We have reviewed your request KCSC-240910-02.

We have withheld the following post in South Korea in response to your request:
{X[1]}

We have not taken action on {X[0]}. After careful review we found that the post does not violate the X Rules, and the information provided did not establish that it is illegal in South Korea. The post remains available.

{X[2]} no longer exists on X; the account holder deleted it before our review.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X (Twitter) legal request reply: country-withheld, declined, already deleted",
    why="withheld in KR -> restricted; 'have not taken action' with a reason -> rejected; deleted by its owner -> not_found",
    items={X[1]: "restricted", X[0]: "rejected", X[2]: "not_found"},
)

case(
    name="tg-channel-blocked-post-refused",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 19:20:31 +0900",
    subject="Re: Report KCSC-240911-03",
    reply_to_req="req.KCSC-240911-03",
    body=f"""Hello,

Regarding your report KCSC-240911-03:

The public channel {T[0]} has been blocked on all Telegram apps for promoting illegal gambling services.

We are unable to act on {T[2]}. The post advertises a courier service and we could not identify anything in it that breaks the Telegram Terms of Service (https://telegram.org/tos); it remains available.

Best,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (channel blocked, one report declined with reason)",
    why="channel blocked on all apps -> removed; 'unable to act', no ToS breach, remains available -> rejected; ToS link is no item",
    items={T[0]: "removed", T[2]: "rejected"},
)

case(
    name="naver-correction-temporary-to-deleted",
    **{"from": "policy_noreply@navercorp.com"},
    date="Fri, 13 Sep 2024 11:02:54 +0900",
    subject=subj("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240912-04)"),
    reply_to_req="req.KCSC-240912-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

1) {N[0]}
 - 처리 결과: 임시조치(30일)

2) {N[1]}
 - 처리 결과: 블라인드

[정정 안내] 위 1번 게시물은 담당 부서 재검토 결과 임시조치가 아닌 삭제로 최종 처리되었습니다. 앞선 표기로 혼선을 드린 점 양해 부탁드립니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 with a 정정 안내 (correction) paragraph",
    why="item 1 listed as 임시조치 but the later correction says finally deleted -> removed; item 2 블라인드 -> removed",
    items={N[0]: "removed", N[1]: "removed"},
)

case(
    name="x-correction-of-previous-email",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 08:15:00 +0900",
    subject="Correction: KCSC-240910-02",
    body=f"""Hello,

We are writing to correct our previous email about request KCSC-240910-02.

In that email we said that {X[2]} had been withheld in South Korea. That was not accurate. The post was removed from X globally for violating our rules on illegal or certain regulated goods and services.

Nothing has changed for the other items of your request.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up correcting an earlier outcome",
    why="the 'withheld' sentence is reported and retracted; the statement is removal globally",
    items={X[2]: "removed"},
)

case(
    name="yt-html-table-then-correcting-note",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 14:31:22 +0900",
    subject="Outcome of your notice KCSC-240909-01 (Shorts)",
    type="html",
    body=f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Below is the outcome for the Shorts included in your notice KCSC-240909-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{Y[6]}</td><td>Removed &ndash; Community Guidelines</td></tr>
<tr><td>{Y[7]}</td><td>Restricted (KR)</td></tr>
</table>
<p><b>Update to the table above:</b> following a second review, the Short at {Y[7]} was removed globally. It is no longer only blocked in South Korea.</p>
<p>Learn more about our <a href="https://support.google.com/youtube/answer/9288567">Community Guidelines</a>.</p>
<p>The YouTube Legal Support Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome table (HTML) with a correcting note",
    why="table says removed / restricted; the note below explicitly supersedes the second row -> removed",
    items={Y[6]: "removed", Y[7]: "removed"},
)

case(
    name="naver-kcsc-result-table",
    **{"from": "safety@navercorp.com"},
    date="Mon, 16 Sep 2024 17:40:03 +0900",
    subject=subj("시정요구 조치결과 회신 (KCSC-240912-04)"),
    reply_to_req="req.KCSC-240912-04",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구하신 게시물에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>1</td><td>{N[2]}</td><td>삭제</td><td>도박 홍보</td></tr>
<tr><td>2</td><td>{N[3]}</td><td>해당 게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>3</td><td>{N[4]}</td><td>조치 불가</td><td>운영정책 위반사항 없음</td></tr>
</tbody></table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (NAVER)",
    why="삭제 -> removed; 해당 게시물 없음 (작성자 삭제) -> not_found; 조치 불가, 위반사항 없음 -> rejected",
    items={N[2]: "removed", N[3]: "not_found", N[4]: "rejected"},
)

CSV_ATT = "url,action,detail\n" + "\n".join([
    f"{Y[8]},removed,Community Guidelines - illegal gambling",
    f"{Y[9]},blocked_in_country,KR",
    f"{Y[10]},no_action,Channel does not violate Community Guidelines or local law",
    f"{Y[11]},not_found,Video unavailable - deleted by uploader",
]) + "\n"
case(
    name="yt-csv-attachment-four-outcomes",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 09:12:45 +0900",
    subject="KCSC-240909-01 outcome report",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="yt216csv"

--yt216csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL we have decided on in your
request KCSC-240909-01. The remaining URLs are still under review.

YouTube Legal Support
--yt216csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--yt216csv--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google bulk outcome report as a CSV attachment",
    why="CSV rows: removed, blocked_in_country KR -> restricted, no_action with reason -> rejected, deleted by uploader -> not_found",
    items={Y[8]: "removed", Y[9]: "restricted", Y[10]: "rejected", Y[11]: "not_found"},
)

case(
    name="yt-statuses-by-position",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 15:50:02 +0900",
    subject="Re: [KCSC-240909-01] Request to remove content",
    reply_to_req="req.KCSC-240909-01",
    body=f"""Hello,

Regarding items 4 to 6 of your notice:

1. {Y[3]}
2. {Y[4]}
3. {Y[5]}

The first has been removed for violating our Community Guidelines. The second has been blocked in South Korea under local law. We did not take action on the third: it does not violate our policies, and the information provided did not show that it is unlawful.

Kind regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply listing URLs then giving outcomes by position",
    why="statuses given by position (first/second/third) for the numbered list above",
    items={Y[3]: "removed", Y[4]: "restricted", Y[5]: "rejected"},
)

case(
    name="x-status-line-below-url",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 02:10:55 +0900",
    subject="Results for request KCSC-240910-02",
    body=f"""Results for request KCSC-240910-02:

{X[0]}
Action: Withheld in South Korea

{X[1]}
Action: None - no violation of the X Rules found; the post remains available

For details on country-withheld content see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal result list (bare URL, action on the line below)",
    why="status on the line below each bare URL; help link is no item",
    items={X[0]: "restricted", X[1]: "rejected"},
)

case(
    name="tg-url-on-line-below-statement",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Sat, 14 Sep 2024 21:03:17 +0900",
    subject="KCSC-240911-03",
    body=f"""Hello,

The following channel was taken down for promoting illegal gambling:
{T[0]}

The following message could not be found. The link seems to be invalid, or the message was deleted by the channel admins:
t.me/bluepost_drop/88

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse reply with the URL on the line after its statement",
    why="'taken down' -> removed; 'could not be found' (unhedged, the hedge only guesses why) -> not_found; scheme-less t.me link",
    items={T[0]: "removed", T[2]: "not_found"},
)

case(
    name="kakao-korean-particles-three-outcomes",
    **{"from": "safety_noreply@kakaocorp.com"}, name_from=name("카카오 고객센터"),
    date="Tue, 17 Sep 2024 10:22:41 +0900",
    subject=subj("[카카오] 게시물 게시중단 요청 처리 결과 (KCSC-240913-05)"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

KCSC-240913-05 요청 건에 대한 처리 결과를 알려드립니다.

{K1_RAW} 은 게시중단 처리되었습니다.
{K[2]}는 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.
{K[1]} 에 대해서는 카페 운영정책 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 게시중단 처리 결과 notice",
    why="raw Korean path -> removed; URL with glued particle 는, deleted by author -> not_found; no violation, no measure -> rejected",
    items={K[0]: "removed", K[2]: "not_found", K[1]: "rejected"},
)

case(
    name="naver-temporary-measure-fullwidth",
    **{"from": "policy_noreply@navercorp.com"},
    date="Thu, 19 Sep 2024 09:31:08 +0900",
    subject=subj("임시조치 결과 안내"),
    reply_to_req="req.KCSC-240912-04",
    body=f"""안녕하세요. 네이버입니다.

요청하신 카페 게시물에 대해 아래와 같이 조치하였습니다.

「{N[2]}」：임시조치 완료
「{N[3]}」：임시조치 완료

임시조치된 게시물은 30일 동안 게시자를 포함한 이용자의 접근이 제한되며, 그 기간 내 게시자의 재게시 요청이 없으면 삭제될 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice (정보통신망법 44조의2 style)",
    why="임시조치 -> restricted; 'will be deleted if no repost request' is a promise; URLs in full-width brackets",
    items={N[2]: "restricted", N[3]: "restricted"},
)

case(
    name="tiktok-one-item-no-url",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok",
    date="Mon, 16 Sep 2024 13:44:20 +0900",
    subject="Update on your report KCSC-240913-06",
    body="""Hi,

Thanks for your report. We reviewed the video you reported under reference KCSC-240913-06 and removed it because it violates our Community Guidelines on gambling and illegal activities.

Learn more about our Community Guidelines: https://www.tiktok.com/community-guidelines

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email",
    why="one-item request, reference given, unhedged removal -> removed",
    items={TT: "removed"},
)

q7 = "\n".join("> " + l if l else ">" for l in request_quote_lines("KCSC-240916-07", [T7]))
case(
    name="tg-top-posted-one-item",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 18:55:33 +0900",
    subject="Re: Removal request KCSC-240916-07",
    reply_to_req="req.KCSC-240916-07",
    body=f"""Hi, the post you reported has been taken down.

Regards,
Telegram Abuse

On Mon, 16 Sep 2024 at 09:10, KCSC Takedown <takedown@kcsc.example> wrote:
{q7}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram top-posted reply over the quoted request",
    why="one-item request; the statement above the quote is about the reported post; the URL is only in the quote",
    items={T7: "removed"},
)

orig01 = "\n".join(request_quote_lines("KCSC-240909-01", Y))
case(
    name="yt-outlook-top-posted",
    **{"from": "hyerin.seo@google.com"}, name_from="Hyerin Seo",
    date="Wed, 18 Sep 2024 16:08:19 +0900",
    subject="RE: [KCSC-240909-01] Request to remove content",
    reply_to_req="req.KCSC-240909-01",
    body=f"""Hello,

{Y[0]} and {Y[2]} were removed under our Community Guidelines. We did not find a violation for {Y[12]}, so it will stay up.

Best,
Hyerin Seo
Legal Removals, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:30 AM
To: legal-kr@google.com
Subject: [KCSC-240909-01] Request to remove content

{orig01}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a Google legal-removals employee",
    why="top part: two removed, one kept with reason -> rejected; the other 10 URLs are only in the quoted original",
    items={Y[0]: "removed", Y[2]: "removed", Y[12]: "rejected"},
)

q02 = "\n".join("> " + l if l else ">" for l in request_quote_lines("KCSC-240910-02", X))
case(
    name="x-gmail-quote-account-suspended",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 07:30:12 +0900",
    subject="Re: KCSC-240910-02 removal request",
    reply_to_req="req.KCSC-240910-02",
    body=f"""Hello,

The account {X[3]} has been permanently suspended for violating our rules on illegal goods and services.

We're still reviewing the two posts by @luckyline_77 and will update you.

X Legal

On Tue, Sep 10, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{q02}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply above a Gmail-quoted request",
    why="account suspended -> removed; posts by @luckyline_77 still under review -> pending; the quote states nothing",
    items={X[3]: "removed", X[0]: "pending", X[1]: "pending"},
)

YT_B64 = f"""Hello,

Update on your notice KCSC-240909-01:

{Y[11]} has been age-restricted. It is no longer shown to signed-out viewers or to viewers under 18.
{Y[12]} has been removed for violating our Community Guidelines.

YouTube Trust & Safety
"""
case(
    name="yt-base64-age-restricted",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Thu, 19 Sep 2024 11:11:11 +0900",
    subject="Update on your notice KCSC-240909-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube notification (base64 body) about age restriction and removal",
    why="age-restricted -> restricted; removed -> removed",
    items={Y[11]: "restricted", Y[12]: "removed"},
)

case(
    name="x-withheld-rather-than-removed",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 19 Sep 2024 01:22:40 +0900",
    subject="KCSC-240910-02: outcome",
    body=f"""Hello,

{X[1]} was withheld in South Korea rather than removed, because the service it promotes is lawful in other countries where the post is visible.

{X[0]} was not merely withheld: it was removed globally for violating our rules on spam and platform manipulation.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply distinguishing country-withheld from global removal",
    why="negations: 'withheld rather than removed' -> restricted; 'not merely withheld: removed globally' -> removed",
    items={X[1]: "restricted", X[0]: "removed"},
)

case(
    name="yt-statement-of-reasons",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 12:00:09 +0900",
    subject="Statement of reasons - KCSC-240909-01",
    body=f"""Statement of reasons - decision on your notice KCSC-240909-01

Content: {Y[1]}
Decision: Restriction - access disabled in South Korea
Territorial scope: KR
Grounds: illegal content under local law (gambling)
Automated means used in the decision: no

Content: {Y[0]}
Decision: No restriction - the content was found compatible with our terms of service and applicable law
Territorial scope: -
Automated means used in the decision: no

Redress: you may ask for a review of these decisions at
https://support.google.com/legal/contact/lr_appeal

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17-style statement of reasons (field list)",
    why="'Restriction - access disabled in South Korea' -> restricted; 'No restriction ... compatible' -> rejected; appeal link is no item",
    items={Y[1]: "restricted", Y[0]: "rejected"},
)

case(
    name="tg-echoed-report-decision",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 22:48:06 +0900",
    subject="Case #4471902 - decision",
    body=f"""Hello,

--- Your report ---
Reference: KCSC-240911-03
Link: {T[1]}
Reason: illegal gambling advertisement

--- Our decision ---
The reported message was deleted and the channel admins were warned.

Case #4471902
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram ticket reply echoing the report, then the decision",
    why="the echoed report (not '>'-quoted) names the link; the decision below states it was deleted -> removed",
    items={T[1]: "removed"},
)

N_QP = f"""안녕하세요. 네이버 카페 운영지원팀입니다.

요청하신 {N[2]} 및 {N[3]} 게시물 중 40517번 게시물만 삭제되었으며, 40522번 게시물은 네이버 카페 운영원칙에 위배되지 않아 게시가 유지됩니다.

감사합니다.
"""
case(
    name="naver-qp-one-of-two-deleted",
    **{"from": "cafe_help@navercorp.com"},
    date="Wed, 18 Sep 2024 15:15:15 +0900",
    subject=subj("Re: 게시물 삭제 요청 (KCSC-240912-04)"),
    reply_to_req="req.KCSC-240912-04",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(N_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe support reply (quoted-printable)",
    why="one sentence, two URLs: 'only 40517 deleted' -> removed; 40522 does not breach rules, stays -> rejected",
    items={N[2]: "removed", N[3]: "rejected"},
)

K1_WRAP = K1[:len("https://moonbet-kr.tistory.com/entry/%ED%86%A0%ED%86%A0-%EC%82%AC%EC%9D%B4%ED%8A%B8-")]
K1_REST = K1[len(K1_WRAP):]
case(
    name="kakao-angle-bracket-wrapped-url",
    **{"from": "tistory_safety@kakaocorp.com"}, name_from="Tistory",
    date="Wed, 18 Sep 2024 11:47:30 +0900",
    subject=subj("[티스토리] 게시중단 요청 처리 안내"),
    reply_to_req="req.KCSC-240913-05",
    body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 게시물 중 아래 게시물은 블라인드 처리하였습니다.
<{K1_WRAP}
{K1_REST}>

<{K[2]}> : 해당 주소의 게시물을 찾을 수 없습니다.

티스토리 운영정책: https://www.tistory.com/policy
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) 블라인드 처리 안내",
    why="percent-encoded URL wrapped inside angle brackets -> 블라인드 -> removed; second cannot be found -> not_found",
    items={K[0]: "removed", K[2]: "not_found"},
)

case(
    name="x-removed-others-promised",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 05:05:05 +0900",
    subject="Re: KCSC-240910-02",
    reply_to_req="req.KCSC-240910-02",
    body=f"""Hello,

{X[2]} has been removed for violating our rules. The posts {X[0]} and {X[1]} will be reviewed by our team, and we will get back to you once a decision has been made.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal partial reply",
    why="first removed; the other two only promised a review -> pending",
    items={X[2]: "removed", X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-hedge-then-confirmed-gone",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 10:40:00 +0900",
    subject="KCSC-240909-01 follow-up",
    body=f"""Hello,

It looked as if {Y[9]} might already have been taken down by its uploader. We checked again this morning to be sure: the video was deleted by its uploader and no longer exists on YouTube, so no action from us was needed.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up confirming an uploader deletion",
    why="the hedge is resolved by the next sentence: deleted by its uploader, no longer exists -> not_found",
    items={Y[9]: "not_found"},
)

case(
    name="tg-blocked-then-restored",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 16:30:44 +0900",
    subject="Re: Report KCSC-240911-03 - update",
    reply_to_req="req.KCSC-240911-03",
    body=f"""Hello,

On 12 September we blocked {T[2]} following your report.

Update: the channel owner appealed, and on review we found that the post does not violate our Terms of Service. The post has been restored and will remain available.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse update after a successful appeal",
    why="the later paragraph revises the first: restored, no violation, stays up -> rejected",
    items={T[2]: "rejected"},
)

# ===================== review =====================
case(
    name="yt-promise-only",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 09:20:00 +0900",
    subject="Re: [KCSC-240909-01] Request to remove content",
    reply_to_req="req.KCSC-240909-01",
    body=f"""Hello,

Thank you for your notice KCSC-240909-01. {Y[4]} and {Y[5]} will be removed within 24 hours once our legal team has completed its checks. We will confirm by email.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply announcing removals",
    why="only a promise ('will be removed'), no statement",
    items={Y[4]: "pending", Y[5]: "pending"},
)

case(
    name="x-hedges-only",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 04:12:31 +0900",
    subject="Re: KCSC-240910-02 removal request",
    reply_to_req="req.KCSC-240910-02",
    body=f"""Hello,

{X[0]} appears to have been removed already, and {X[1]} may have been withheld as part of an earlier action on the account. We are checking and will confirm.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with hedged observations",
    why="'appears to', 'may have been' are hedges, not statements",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="naver-bulk-all-deleted",
    **{"from": "policy_noreply@navercorp.com"},
    date="Tue, 17 Sep 2024 14:14:14 +0900",
    subject=subj("게시중단 요청 처리 완료 안내"),
    reply_to_req="req.KCSC-240912-04",
    body="""안녕하세요. 네이버 고객센터입니다.

KCSC-240912-04 건으로 요청하신 게시물 전체에 대하여 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 처리 완료 안내 without a per-URL list",
    why="'all requested posts deleted' for a 5-item request, no URL named -> bulk",
    items={u: "pending" for u in N},
)

case(
    name="x-bulk-all-four-withheld",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 06:06:06 +0900",
    subject="KCSC-240910-02",
    body="""Hello,

All four items listed in your request KCSC-240910-02 have been withheld in South Korea.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal short reply covering a whole request",
    why="one statement for a 4-item request without naming items -> bulk",
    items={u: "pending" for u in X},
)

case(
    name="x-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Sat, 14 Sep 2024 12:00:00 +0900",
    subject="Re: KCSC-240910-02 removal request",
    reply_to_req="req.KCSC-240910-02",
    body=f"""Hello,

{X[0]} and {X[1]} have been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="lawfirm-for-uploader",
    **{"from": "counsel@hanbit-law.example"}, name_from="Hanbit Law Office",
    date="Wed, 18 Sep 2024 17:25:00 +0900",
    subject=subj("KCSC-240909-01 관련 (업로더 대리인)"),
    body=f"""Dear KCSC,

We act for the owner of the channel {Y[10]}. Our client has deleted the video {Y[8]} and asks that the request against the channel be withdrawn.

Kind regards,
Jung-ho Baek
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="uploader's lawyer writing to the regulator",
    why="not a platform's domain; names the request and URLs",
    items={Y[8]: "pending", Y[10]: "pending"},
)

case(
    name="kakao-about-naver-post",
    **{"from": "safety_noreply@kakaocorp.com"}, name_from="Kakao",
    date="Thu, 19 Sep 2024 10:10:10 +0900",
    subject=subj("문의하신 게시물 관련 안내"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

문의하신 {N[1]} 게시물은 삭제된 상태임을 확인하였습니다. 다만 해당 게시물은 카카오 서비스가 아닌 네이버 블로그 게시물이므로 이후 문의는 네이버로 해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao customer-centre reply about another portal's post",
    why="Kakao states a status for a NAVER item",
    items={N[1]: "pending"},
)

case(
    name="yt-legal-form-newsletter",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 02:00:00 +0900",
    subject="Changes to the legal removals web form",
    body="""Hello,

Starting 1 October 2024, government agencies will be asked to submit legal removal requests through the updated web form at https://support.google.com/legal/troubleshooter/1114905 instead of by email.

Requests sent by email after that date will receive an automatic reply pointing to the form.

Google Legal Support
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Google legal-removals process announcement",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="tg-asks-for-legal-basis",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 20:40:00 +0900",
    subject="Re: Report KCSC-240911-03",
    reply_to_req="req.KCSC-240911-03",
    body=f"""Hello,

To process your request regarding {T[1]} we need a copy of the decision or the specific provision of Korean law that makes this message illegal. Please reply to this email with the documents.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse desk asking for the legal basis",
    why="asks for documents before acting",
    items={T[1]: "pending"},
)

case(
    name="tiktok-table-vs-note",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok",
    date="Tue, 17 Sep 2024 09:09:09 +0900",
    subject="Outcome of your report KCSC-240913-06",
    type="html",
    body=f"""<html><body>
<p>Hi,</p>
<p>Here is the outcome of your report KCSC-240913-06.</p>
<table border="1" cellpadding="4"><tr><th>Content</th><th>Outcome</th></tr>
<tr><td>{TT}</td><td>Removed</td></tr></table>
<p>Our reviewers found that this video does not violate our Community Guidelines, so it remains available on TikTok.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="TikTok report outcome (HTML) whose table and text disagree",
    why="table says Removed, the text says it stays up; neither corrects the other",
    items={TT: "pending"},
)

case(
    name="kakao-under-review-conditional",
    **{"from": "safety_noreply@kakaocorp.com"}, name_from="Kakao",
    date="Mon, 16 Sep 2024 15:30:00 +0900",
    subject=subj("요청 건 검토 현황 안내 (KCSC-240913-05)"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

KCSC-240913-05 요청 건은 현재 담당 부서에서 검토 중이며, {K[1]} 게시물은 검토 결과에 따라 삭제될 수 있습니다. 처리 결과는 추후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao 검토 현황 안내",
    why="under review, 'may be deleted depending on the result' -> no statement; names an item",
    items={K[1]: "pending"},
)

# ===================== ignored =====================
case(
    name="google-out-of-office",
    **{"from": "minseo.kang@google.com"}, name_from="Minseo Kang",
    date="Mon, 09 Sep 2024 10:31:02 +0900",
    subject="Automatic reply: [KCSC-240909-01] Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req="req.KCSC-240909-01",
    body="""I am out of the office until 23 September with limited access to email.

For legal removal requests please use https://support.google.com/legal. Requests sent to this address will be handled when I return.

Minseo Kang
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="out-of-office auto-reply",
    items={},
)

orig02 = "\n".join(request_quote_lines("KCSC-240910-02", X))
case(
    name="dsn-bounce-x",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 11:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn216x"

--dsn216x
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@x.com>: host mx1.x.com[192.0.2.25] said: 550 5.1.1
    <legal-kr@x.com>: Recipient address rejected: User unknown

--dsn216x
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 11:00:02 +0900

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn216x
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: KCSC-240910-02 removal request
Message-ID: <req.KCSC-240910-02@kcsc.example>
Date: Tue, 10 Sep 2024 11:00:00 +0900

{orig02}

--dsn216x--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original attached",
    why="bounce; the URLs are only in the returned request",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    date="Thu, 12 Sep 2024 15:03:27 +0900",
    subject=subj("읽음 확인: 게시물 삭제 요청 (KCSC-240912-04)"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn216n"

--mdn216n
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "게시물 삭제 요청 (KCSC-240912-04)"을 수신자가 2024-09-12 15:03에 열람하였습니다.

--mdn216n
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req.KCSC-240912-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn216n--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Support",
    date="Fri, 13 Sep 2024 15:21:10 +0900",
    subject="We've received your report [KCSC-240913-06]",
    body="""Hi,

We've received your report. Your ticket number is 2409-TT-558201.

Our team will review it and get back to you. Please don't reply to this email.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="tg-ack-with-ref",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 10:02:00 +0900",
    subject="Re: Report KCSC-240911-03",
    reply_to_req="req.KCSC-240911-03",
    body="""Thanks, we've received your notice KCSC-240911-03 and passed it on to the moderators. You'll hear from us once it has been reviewed.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse-desk receipt",
    why="acknowledgement naming the request, no statement",
    items={},
)

case(
    name="kakao-chuseok-auto-reply",
    **{"from": "jh.yoon@kakaocorp.com"}, name_from=name("윤지혜"),
    date="Fri, 13 Sep 2024 10:00:48 +0900",
    subject=subj("[부재중 자동응답] Re: 게시중단 요청 (KCSC-240913-05)"),
    extra_headers=["Auto-Submitted: auto-replied"],
    reply_to_req="req.KCSC-240913-05",
    body="""안녕하세요.

9월 14일부터 18일까지 추석 연휴로 부재중입니다. 19일부터 순차적으로 회신드리겠습니다.
급한 신고는 카카오 고객센터(https://cs.kakao.com)를 이용해 주시기 바랍니다.

윤지혜 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 (Chuseok holiday)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-report-received",
    **{"from": "help_noreply@navercorp.com"},
    date="Thu, 12 Sep 2024 14:05:33 +0900",
    subject=subj("[네이버 고객센터] 신고 접수 안내"),
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 신고가 정상적으로 접수되었습니다.
접수번호: 2409-1234567

영업일 기준 3~5일 내에 처리 결과를 안내드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 신고 접수 안내 (receipt)",
    why="pure receipt with a ticket number",
    items={},
)

HEADER = """# Blind set 216 (tests/corpus/blind216/): what a program gets wrong.
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind216", HEADER, C)


if __name__ == "__main__":
    main()
