#!/usr/bin/env python3
"""Blind set 570: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted by its note, statuses given by position ("respectively",
"the first post you listed"). Every email is fictional and written in our
own words; expected results come from each email's meaning alone, written
before any run of the reader.

    python3 tests/corpus/blind570/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(day, hh, mm):
    return format_datetime(datetime(2024, 9, day, hh, mm, 0, tzinfo=KST))


# ---------------------------------------------------------------- requests
X1 = "https://x.com/ferngrove_kr/status/1830912345678901201"
X2 = "https://x.com/ferngrove_kr/status/1830912345678901202"
X3 = "https://x.com/ferngrove_kr/status/1830912345678901203"
X4 = "https://x.com/saltmarsh_bet/status/1830955500011122301"
X5 = "https://x.com/saltmarsh_bet/status/1830955500011122302"
X6 = "https://x.com/nightkiln/status/1831000077700000401"
X7 = "https://x.com/nightkiln/status/1831000077700000402"
X8 = "https://x.com/cinder_row/status/1831023400000000501"
X9 = "https://x.com/pebble_outlet"
X10 = "https://x.com/amber_wick/status/1831100000000000601"
X11 = "https://x.com/amber_wick/status/1831100000000000602"
X12 = "https://twitter.com/ochre_lane/status/1831177700000000701"

T1 = "https://t.me/quiet_lantern_ch/118"
T2 = "https://t.me/quiet_lantern_ch/121"
T3 = "https://t.me/dustmoth_market/9"
T4 = "https://t.me/s/amberpier/4410"

Y1 = "https://www.youtube.com/watch?v=Qm3fT8kLw2a"
Y2 = "https://youtu.be/Lp0dR7vWn4c"
Y3 = "https://www.youtube.com/shorts/Zt9eK2mHq6s"

N1 = "https://blog.naver.com/moonreed77/223550011201"
N2 = "https://cafe.naver.com/greyharbor/8812"
N3 = "https://cafe.naver.com/greyharbor/8830"
N4 = "https://in.naver.com/%ED%95%98%EB%8A%98%EB%B3%84/contents/internal/7712"
N4_RAW = "https://in.naver.com/하늘별/contents/internal/7712"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=470011234"

K1 = "https://cafe.daum.net/bluefinch/Xk2a/311"
K2 = "https://brunch.co.kr/@pinetide/58"

TT1 = "https://www.tiktok.com/@lowtide.kr/video/7410022233344455566"

XA = "https://x.com/hollowmint/status/1833300000000000701"
XB = "https://x.com/hollowmint/status/1833300000000000702"

REQUESTS = [
    # ref, platform, sent_at, due_at, message_id, category, [(url, note)]
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "req-240903-01@kcsc.example", "illegal_trade",
     [(X1, ""), (X2, ""), (X3, "sale of counterfeit goods, \"bulk\" listing"), (X4, "gambling promotion"),
      (X5, "gambling promotion"), (X6, ""), (X7, ""), (X8, ""), (X9, "whole account"),
      (X10, ""), (X11, ""), (X12, "old twitter.com link, as reported")]),
    ("KCSC-240904-02", "telegram", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
     "req-240904-02@kcsc.example", "drug_trade",
     [(T1, ""), (T2, ""), (T3, "market channel, post 9"), (T4, "web preview link")]),
    ("KCSC-240905-03", "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "req-240905-03@kcsc.example", "illegal_gambling",
     [(Y1, ""), (Y2, "short link"), (Y3, "Short")]),
    ("KCSC-240906-04", "naver", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     "req-240906-04@kcsc.example", "obscenity",
     [(N1, ""), (N2, "cafe post"), (N3, "cafe post"), (N4, "influencer page, Korean path"),
      (N5, "지식iN answer, URL holds & and =")]),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "req-240909-05@kcsc.example", "defamation",
     [(K1, "Daum cafe"), (K2, "brunch")]),
    ("KCSC-240910-06", "tiktok", "2024-09-10T15:20:00+09:00", "2024-09-17T18:00:00+09:00",
     "req-240910-06@kcsc.example", "illegal_gambling",
     [(TT1, "")]),
    ("KCSC-240911-07", "x", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "req-240911-07@kcsc.example", "privacy",
     [(XA, ""), (XB, "")]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, mid, cat, items in REQUESTS:
            for url, note in items:
                w.writerow([ref, plat, sent, due, url, cat, mid, note])


# ---------------------------------------------------------------- helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


AUTO = ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"]

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= applied =========================================

case(name="x-withheld-and-removed-one-sentence", outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email (country withheld content vs. global removal)",
     why="one sentence gives two posts 'withheld in South Korea' and, after 'while', a third 'removed globally'",
     **{"from": "legal@x.com"}, name_from="X Legal", date=d(12, 9, 41),
     subject="Re: [KCSC-240903-01] Request for removal of illegal content",
     reply_to_req="req-240903-01",
     body=f"""
Hello,

Thank you for your request, which we have reviewed under the X Rules and
applicable local law.

Following that review, {X1} and {X2} have been withheld in South Korea, while {X3} has been removed globally for violating our rules on illegal goods and services.

We will respond separately about the remaining posts in your request.

Regards,
X Legal Team
""",
     items={X1: "restricted", X2: "restricted", X3: "removed"})

case(name="tg-respectively", outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply to a regulator's notice",
     why="'deleted and made unavailable to users in South Korea, respectively' gives 118 removed, 121 restricted; 9 was deleted by its admins before review",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Moderation", date=d(12, 17, 5),
     subject="Re: KCSC-240904-02", reply_to_req="req-240904-02",
     body=f"""
Hello,

Thank you for your notice. Our moderators looked at the messages you listed.

The messages {T1} and {T2} were deleted and made unavailable to users in South Korea, respectively.

The message {T3} no longer exists: the channel's administrators had already deleted it before our moderators reached it.

Best regards,
Telegram Moderation
""",
     items={T1: "removed", T2: "restricted", T3: "not_found"})

case(name="yt-hedge-in-relative-clause", outcome="applied", classification="confirmation",
     imitates="YouTube legal removals outcome (global removal + local block)",
     why="the 'may have been re-uploaded' hedge sits in a relative clause about copies; the main clause states the block in South Korea",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support", date=d(13, 10, 12),
     subject="Re: KCSC-240905-03 - Legal removal request", reply_to_req="req-240905-03",
     body=f"""
Hello,

Thanks for reaching out to YouTube.

After review, we have removed {Y1} from YouTube for violating our Community Guidelines.

The video {Y2}, which may have been re-uploaded by other channels that your request does not list, has been blocked from view in South Korea on the basis of local law. If you find copies elsewhere, please send their URLs in a new request.

Sincerely,
The YouTube Legal Team
""",
     items={Y1: "removed", Y2: "restricted"})

case(name="yt-restricted-and-appears-gone", outcome="applied", classification="confirmation",
     imitates="Google legal removals follow-up",
     why="Lp0dR7vWn4c restricted; the Short 'appears' to have been taken down by the uploader and will be confirmed later: pending",
     **{"from": "legal-notices@google.com"}, name_from="Google Legal Removals", date=d(13, 15, 30),
     subject="KCSC-240905-03: update",
     body=f"""
Hi,

We've restricted {Y2} so that it can no longer be viewed in South Korea.

Regarding {Y3}: it appears that the uploader may have taken this Short down themselves, but our records have not caught up yet. We'll confirm its status once they have.

Thanks,
Google Legal Removals
""",
     items={Y2: "restricted", Y3: "pending"})

case(name="x-not-removed-but-withheld", outcome="applied", classification="confirmation",
     imitates="X country-withheld-content reply to a legal request",
     why="'We have not removed ... It has, however, been withheld in South Korea' is restricted; the second post 'will stay available, no action' is a refusal",
     **{"from": "legal@x.com"}, name_from="X Legal", date=d(13, 11, 2),
     subject="Re: [KCSC-240903-01] Request for removal of illegal content",
     reply_to_req="req-240903-01",
     body=f"""
Hello,

We have not removed {X6} from X, because the post does not violate the X Rules. It has, however, been withheld in South Korea in response to your request, in line with our country withheld content policy.

{X7} violates neither the X Rules nor Korean law as we understand it, and it will stay available. We are taking no action on it.

Kind regards,
X Legal
""",
     items={X6: "restricted", X7: "rejected"})

case(name="x-refusal-reason-with-appears", outcome="applied", classification="confirmation",
     imitates="X Trust & Safety decision email (no action + account suspension)",
     why="the decision not to act is firm (its reason says 'appears'); the account is suspended, i.e. removed",
     **{"from": "trustandsafety@x.com"}, name_from="X Trust & Safety", date=d(14, 8, 55),
     subject="Update on your request KCSC-240903-01",
     body=f"""
Hi,

An update on your request KCSC-240903-01.

We have decided not to take action on {X8}. The post appears to be a price comparison between two legitimate retailers, and we could not identify a breach of the X Rules or of the law you cited.

The account {X9} has been permanently suspended for repeated violations of our counterfeit goods policy.

Thanks,
X Trust & Safety
""",
     items={X8: "rejected", X9: "removed"})

case(name="tg-restricted-then-removed", outcome="applied", classification="confirmation",
     imitates="Telegram support follow-up revising an earlier measure",
     why="first restricted in Korea, then the update says the channel was shut down and the message removed everywhere: the later sentence wins",
     **{"from": "support@telegram.org"}, name_from="Telegram Support", date=d(16, 13, 20),
     subject="KCSC-240904-02 follow-up",
     body=f"""
Hello,

Regarding {T4}: on 13 September we restricted this message for users in South Korea.

Update, 16 September: following further reports, the channel @amberpier has been shut down in full. This message has therefore been removed and is no longer available anywhere.

Regards,
Telegram Support
""",
     items={T4: "removed"})

case(name="naver-korean-particles", outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 게시중단 요청 처리 결과 안내",
     why="게시중단 (removed); 8812 already deleted by its author (not_found), URL followed directly by 은; 8830 made private by the cafe operator (removed)",
     **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터", date=d(12, 16, 40),
     subject="[NAVER] 게시물 게시중단 요청 처리 결과 안내 (KCSC-240906-04)",
     body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

{N1} 게시물은 게시중단 처리하였으며, {N2}은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

{N3}의 경우 카페 운영자가 해당 게시물을 비공개로 전환하였음을 확인하였습니다.

감사합니다.
네이버 고객센터 드림
""",
     items={N1: "removed", N2: "not_found", N3: "removed"})

case(name="naver-html-result-table", outcome="applied", classification="confirmation", type="html",
     imitates="Korean 시정요구 조치결과 회신 table (HTML)",
     why="table rows: 삭제, 임시조치, 해당 게시물 없음, 조치 불가 (위법 사항 미확인) -> removed, restricted, not_found, rejected",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원", date=d(13, 14, 0),
     subject="[회신] KCSC-240906-04 시정요구 조치결과",
     body=f"""
<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240906-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td><a href="{N3}">{N3}</a></td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td><a href="{N4}">{N4_RAW}</a></td><td>해당 게시물 없음</td><td>URL 확인 불가</td></tr>
<tr><td>4</td><td><a href="{N5.replace('&', '&amp;')}">{N5.replace('&', '&amp;')}</a></td><td>조치 불가</td><td>위법 사항 미확인</td></tr>
</table>
<p>문의 사항은 본 메일로 회신 주시기 바랍니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>
""",
     items={N1: "removed", N3: "restricted", N4: "not_found", N5: "rejected"})

case(name="x-numbered-outcome-below", outcome="applied", classification="confirmation",
     imitates="X legal-request outcome list, one outcome line under each URL",
     why="withheld / no action (not a violation) / could not find (the 'may have been deleted' is only a guess at why)",
     **{"from": "legal@x.com"}, name_from="X Legal", date=d(16, 10, 5),
     subject="Re: [KCSC-240903-01] Request for removal of illegal content",
     reply_to_req="req-240903-01",
     body=f"""
Hello,

We have completed our review of the following reported posts (KCSC-240903-01):

1. {X10}
   Outcome: Withheld in South Korea

2. {X11}
   Outcome: No action. The post does not violate the X Rules or local law.

3. {X12}
   Outcome: We could not find this post. It may have been deleted before our review.

Regards,
X Legal
""",
     items={X10: "restricted", X11: "rejected", X12: "not_found"})

case(name="x-url-on-line-below-statement", outcome="applied", classification="confirmation",
     imitates="X Support reply, URL under the sentence that states its outcome",
     why="each statement ends with a colon and its URL stands on the next line",
     **{"from": "support@x.com"}, name_from="X Support", date=d(13, 9, 10),
     subject="Re: [KCSC-240911-07] Removal request", reply_to_req="req-240911-07",
     body=f"""
Hello,

The following post has been removed for violating the X Rules:
{XA}

We reviewed the following post and will not take action on it, because it does not violate the X Rules or Korean law:
{XB}

Thanks,
X Support
""",
     items={XA: "removed", XB: "rejected"})

case(name="tiktok-thanks-then-removed", outcome="applied", classification="confirmation",
     imitates="TikTok report outcome notification",
     why="a thank-you line and then an unhedged removal of 'the video you reported' for a one-item request",
     **{"from": "noreply@tiktok.com"}, name_from="TikTok", date=d(12, 20, 14),
     subject="Update on your report KCSC-240910-06",
     body="""
Hi KCSC,

Thank you for your report. We've reviewed the video you reported and removed it for violating our Community Guidelines.

Reference: KCSC-240910-06
Report ID: 7411230098765

TikTok Trust and Safety
""",
     items={TT1: "removed"})

case(name="kakao-blind-and-kept", outcome="applied", classification="confirmation",
     imitates="Kakao/Daum 게시물 삭제 요청 회신 (블라인드 + 게시 유지)",
     why="Daum cafe post 블라인드 (removed), URL followed by a full-width parenthesis; brunch post kept up, no violation (rejected)",
     **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 정책팀", date=d(12, 11, 25),
     subject="Re: [KCSC-240909-05] 불법정보 삭제 요청 건 회신", reply_to_req="req-240909-05",
     body=f"""
안녕하세요. 카카오 정책팀입니다.

요청하신 2건에 대한 검토 결과를 회신드립니다.

다음 카페 게시글（{K1}）은 블라인드 처리하였습니다.
브런치 글 {K2} 은 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
카카오 정책팀 드림
""",
     items={K1: "removed", K2: "rejected"})

case(name="tg-qp-took-down-did-not", outcome="applied", classification="confirmation",
     imitates="Telegram moderation reply (quoted-printable)",
     why="two taken down; 'We did not take down' 121, it breaks no rule and remains: rejected",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Moderation", date=d(13, 18, 2),
     subject="Re: KCSC-240904-02 removal notice",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""Hello,

We have taken down {T1} and {T3} for breaching our Terms of Service.

We did not take down {T2}. That post reproduces a public news article and does not break our rules, so it remains available.

— Telegram Moderation Team
"""),
     items={T1: "removed", T3: "removed", T2: "rejected"})

case(name="yt-base64-html-list", outcome="applied", classification="confirmation",
     imitates="YouTube legal removals HTML outcome email (base64)",
     why="list items: blocked in South Korea (restricted) and removed globally (removed)",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support", date=d(16, 9, 45),
     subject="Your legal request KCSC-240905-03",
     raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""<html><body>
<p>Hello,</p>
<p>We have completed our review of your request KCSC-240905-03.</p>
<ul>
<li><a href="{Y1}">{Y1}</a> &ndash; blocked from view in South Korea (local law: 정보통신망법 제44조의7)</li>
<li><a href="{Y3}">{Y3}</a> &ndash; removed globally for violating our Community Guidelines</li>
</ul>
<p>For more about how we handle legal requests, see <a href="https://support.google.com/legal/answer/3110420">our help centre</a>.</p>
<p>Sincerely,<br>YouTube Legal Support</p>
</body></html>
"""),
     items={Y1: "restricted", Y3: "removed"})

case(name="x-top-posted-by-position", outcome="applied", classification="confirmation",
     imitates="X lawyer's short top-posted Gmail reply over the quoted request",
     why="'the first post you listed' / 'the second one' point into the quoted two-URL request; a clerk reads them as removed and rejected (arguable, see NOTES)",
     **{"from": "dwhitlow@x.com"}, name_from="Dana Whitlow", date=d(12, 10, 30),
     subject="Re: [KCSC-240911-07] Removal request", reply_to_req="req-240911-07",
     body=f"""
Hi,

The first post you listed has been removed for violating our rules. The second one does not break the X Rules and will remain up.

Best,
Dana Whitlow
X Legal

On Wed, 11 Sep 2024 at 14:02, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under Article 44-7 of the Network Act, we request the removal of the
> following posts:
>
> 1. {XA}
> 2. {XB}
>
> Reference: KCSC-240911-07
> Korea Communications Standards Commission
""",
     items={XA: "removed", XB: "rejected"})

case(name="x-echoed-report-blocks", outcome="applied", classification="confirmation",
     imitates="X report-outcome email echoing each reported item",
     why="each echoed block ends with its outcome: restricted in South Korea / no violation, no action",
     **{"from": "support@x.com"}, name_from="X Support", date=d(14, 12, 0),
     subject="Outcome of your report (KCSC-240903-01)",
     body=f"""
Hello,

Here is the outcome of your report.

-----
Reported content: {X4}
Reported for: Illegal gambling (South Korea)
Outcome: We have restricted access to this post in South Korea.
-----
Reported content: {X5}
Reported for: Illegal gambling (South Korea)
Outcome: After review, we found no violation and did not take action.
-----

Your reference: KCSC-240903-01

X Support
""",
     items={X4: "restricted", X5: "rejected"})

csv_text = "\ufeff번호,URL,처리결과,비고\n" + "\n".join([
    f"1,{N1},게시중단,",
    f"2,{N4_RAW},접근제한,국내 접속 대상",
    f"3,\"{N5}\",삭제,\"작성자 자진 삭제 (조치 전, 게시물 없음)\"",
]) + "\n"
case(name="naver-csv-attachment", outcome="applied", classification="confirmation",
     imitates="NAVER 처리결과 회신 with a CSV attachment",
     why="CSV rows: 게시중단 (removed), 접근제한 국내 (restricted), 삭제 but the note says the author deleted it before any action (not_found)",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원", date=d(16, 17, 10),
     subject="[회신] KCSC-240906-04 처리결과 송부",
     raw_mime="""Content-Type: multipart/mixed; boundary="=_nv570_b1"

--=_nv570_b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64("""안녕하세요. 네이버 정책지원팀입니다.

요청하신 건(KCSC-240906-04)의 처리 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

감사합니다.
""") + """
--=_nv570_b1
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240906-04.csv"
Content-Disposition: attachment; filename="result_KCSC-240906-04.csv"
Content-Transfer-Encoding: base64

""" + b64(csv_text) + """
--=_nv570_b1--
""",
     items={N1: "removed", N4: "restricted", N5: "not_found"})

case(name="tg-outlook-quote-below", outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk reply from Outlook over the '-----Original Message-----' request",
     why="three URLs in angle brackets get removed/removed/restricted; amberpier/4410 is only in the quoted request and stays pending",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk", date=d(14, 10, 48),
     subject="RE: [KCSC-240904-02] Request for removal of illegal information",
     reply_to_req="req-240904-02",
     body=f"""
Hello,

Both messages from quiet_lantern_ch that you listed, <{T1}> and <{T2}>, have been removed. Access to <{T3}> has been blocked for users in South Korea.

Regards,
Telegram Abuse Desk

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:30 AM
To: dsa@telegram.org
Subject: [KCSC-240904-02] Request for removal of illegal information

Dear Telegram,

We request the removal of the following messages, which contain illegal
information under Korean law:

{T1}
{T2}
{T3}
{T4}

Please remove them by 11 September 2024 and tell us the result.

Korea Communications Standards Commission
""",
     items={T1: "removed", T2: "removed", T3: "restricted", T4: "pending"})

case(name="yt-no-violation-then-blocked", outcome="applied", classification="confirmation",
     imitates="YouTube legal support reply after a second (legal) review",
     why="the first paragraph found no guideline violation; the later legal review blocked the Short in South Korea: restricted",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support", date=d(17, 11, 20),
     subject="Re: KCSC-240905-03 - Legal removal request", reply_to_req="req-240905-03",
     body=f"""
Hello,

Your request KCSC-240905-03 concerning {Y3} was first reviewed against our Community Guidelines, and we did not find a violation.

Our legal team then reviewed the Short under Korean law. Based on that review, we have now blocked it from view in South Korea.

Best regards,
YouTube Legal Support
""",
     items={Y3: "restricted"})

case(name="x-could-not-find-and-not-deleted-by-user", outcome="applied", classification="confirmation",
     imitates="X legal reply with a dash-separated outcome per URL",
     why="no post at the address (not_found); deleted by its holder (not_found); 'has not been deleted by the user. We removed it ourselves' (removed)",
     **{"from": "legal@x.com"}, name_from="X Legal", date=d(17, 9, 15),
     subject="KCSC-240903-01",
     body=f"""
Hello,

We looked into the posts below.

{X1} – we could not find any post at this address; the link does not resolve.
{X2} – no longer on X: the account holder deleted it before we reviewed it.
{X3} – this one has not been deleted by the user. We removed it ourselves for breaching our rules on illegal goods.

X Legal
""",
     items={X1: "not_found", X2: "not_found", X3: "removed"})

case(name="naver-private-and-temporary", outcome="applied", classification="confirmation",
     imitates="NAVER 추가 처리 결과 안내 (비공개, 임시조치 30일)",
     why="비공개 처리 (removed), 임시조치 (restricted); the closing sentence about deletion after 30 days is a condition, not a statement",
     **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터", date=d(18, 10, 0),
     subject="[NAVER] KCSC-240906-04 추가 처리 결과",
     body=f"""
안녕하세요. 네이버입니다.
KCSC-240906-04 관련하여 추가 처리 결과를 알려드립니다.

- {N3} : 비공개 처리 완료
- {N2} : 임시조치(30일) 적용

임시조치된 게시물은 게시자의 재게시 요청이 없을 경우 30일이 지난 뒤 삭제됩니다.

감사합니다.
""",
     items={N3: "removed", N2: "restricted"})

case(name="x-large-bulleted-status", outcome="applied", classification="confirmation",
     imitates="X legal status report for a large request, one bullet per post",
     why="nine bullets with mixed outcomes; saltmarsh_bet/...302 is 'still under review' and stays pending",
     **{"from": "legal@x.com"}, name_from="X Legal", date=d(18, 16, 30),
     subject="Status of request KCSC-240903-01",
     body=f"""
Hello,

Please find below the status of each post in your request KCSC-240903-01:

• {X1} — withheld in South Korea
• {X2} — withheld in South Korea
• {X3} — removed (X Rules violation)
• {X4} — removed (X Rules violation)
• {X5} — still under review; we will update you
• {X6} — no action: not illegal in Korea and not a rules violation
• {X7} — not found
• {X8} — withheld in South Korea
• {X9} — account suspended

The other posts in your request are covered in a separate email.

Regards,
X Legal
""",
     items={X1: "restricted", X2: "restricted", X3: "removed", X4: "removed", X5: "pending",
            X6: "rejected", X7: "not_found", X8: "restricted", X9: "removed"})

case(name="tg-dsa-statement-of-reasons", outcome="applied", classification="confirmation",
     imitates="DSA Art. 17 statement of reasons (decision, territorial scope, ground)",
     why="'removal of the content, worldwide' is removed; 'restriction of access, Republic of Korea only' is restricted; the support link is no item",
     **{"from": "dsa@telegram.org"}, name_from="Telegram", date=d(17, 19, 0),
     subject="Statement of reasons - KCSC-240904-02",
     body=f"""
Statement of reasons

Reference: KCSC-240904-02

Item: {T3}
Decision: removal of the content
Territorial scope: worldwide
Ground: illegal content (sale of controlled substances)
Automated means used: no

Item: {T4}
Decision: restriction of access
Territorial scope: Republic of Korea only
Ground: illegal content under the law of the Republic of Korea
Automated means used: no

The uploader may contest these decisions through https://telegram.org/support.
""",
     items={T3: "removed", T4: "restricted"})

case(name="kakao-blinded-then-restored", outcome="applied", classification="confirmation",
     imitates="Kakao 임시조치 후 이의제기 복원 안내",
     why="blinded on 10 Sept, then restored after the poster's objection because it breaks no law or policy: the later sentence wins, rejected (arguable, see NOTES)",
     **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 정책팀", date=d(20, 10, 15),
     subject="[카카오] KCSC-240909-05 게시물 처리 결과 변경 안내",
     body=f"""
안녕하세요, 카카오입니다.

요청번호 KCSC-240909-05의 다음 카페 게시글 {K1} 에 대하여 9월 10일 임시조치(블라인드)를 하였습니다.

이후 게시자의 이의제기를 받아 재검토한 결과, 해당 게시글은 법령 및 운영정책 위반에 해당하지 않는 것으로 판단되어 9월 19일 게시를 복원하였습니다.

감사합니다.
""",
     items={K1: "rejected"})

case(name="naver-not-deleted-but-other-stopped", outcome="applied", classification="confirmation",
     imitates="NAVER 처리 결과 안내 (삭제하지 않음 + 게시중단)",
     why="'삭제하지 않았습니다' with its reason is a refusal (rejected); the 지식iN answer, after '다만', is 게시중단 (removed)",
     **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터", date=d(19, 15, 45),
     subject="Re: KCSC-240906-04 처리 결과",
     body=f"""
안녕하세요, 네이버 고객센터입니다.

{N1} 은 삭제하지 않았습니다. 해당 게시물은 검토 결과 신고 사유에 해당하지 않는 것으로 판단되었습니다.

다만 {N5} 은 게시중단 조치하였습니다.

감사합니다.
""",
     items={N1: "rejected", N5: "removed"})

# ======================= review ==========================================

case(name="x-promise-within-24h", outcome="review", review="not_understood",
     imitates="X legal reply promising a country withhold",
     why="'We will withhold ... once our legal team has signed off' is a promise with a condition: nothing stated",
     **{"from": "legal@x.com"}, name_from="X Legal", date=d(13, 8, 20),
     subject="Re: [KCSC-240903-01] Request for removal of illegal content",
     reply_to_req="req-240903-01",
     body=f"""
Hello,

We will withhold {X10} and {X11} in South Korea within the next 24 hours, once our legal team has signed off on the request.

We will confirm when this is done.

X Legal
""",
     items={X10: "pending", X11: "pending"})

case(name="tg-may-have-and-under-review", outcome="review", review="not_understood",
     imitates="Telegram support holding reply",
     why="'may have already been deleted ... we're checking' and 'under review' state nothing",
     **{"from": "support@telegram.org"}, name_from="Telegram Support", date=d(12, 12, 12),
     subject="Re: KCSC-240904-02", reply_to_req="req-240904-02",
     body=f"""
Hi,

{T2} may have already been deleted by the channel's admins – we're checking this with our team.

{T4} is under review by our moderators. We'll get back to you when we have a decision.

Telegram Support
""",
     items={T2: "pending", T4: "pending"})

case(name="yt-all-videos-blocked", outcome="review", review="bulk",
     imitates="YouTube legal reply summarising a whole request",
     why="'All of the videos listed in your request' for a three-item request names none of them",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support", date=d(12, 18, 0),
     subject="Re: KCSC-240905-03 - Legal removal request", reply_to_req="req-240905-03",
     body="""
Hello,

All of the videos listed in your request KCSC-240905-03 have been blocked from view in South Korea on the basis of local law.

Sincerely,
YouTube Legal Support
""",
     items={Y1: "pending", Y2: "pending", Y3: "pending"})

case(name="naver-bulk-all-stopped", outcome="review", review="bulk",
     imitates="NAVER 일괄 처리 완료 안내",
     why="'게시물 전체에 대하여 게시중단' for a five-item request names no item",
     **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터", date=d(13, 9, 30),
     subject="[NAVER] KCSC-240906-04 처리 완료 안내",
     body="""
안녕하세요, 네이버 고객센터입니다.

KCSC-240906-04 요청 건의 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
     items={N1: "pending", N2: "pending", N3: "pending", N4: "pending", N5: "pending"})

case(name="x-dmarc-fail", outcome="review", review="untrusted", auth="fail",
     imitates="X Support outcome email that fails DMARC",
     why="x.com in From but dkim/spf/dmarc fail: the removals are not trusted",
     **{"from": "support@x.com"}, name_from="X Support", date=d(12, 22, 40),
     subject="Re: [KCSC-240911-07] Removal request",
     body=f"""
Hello,

Both posts in your request have been reviewed. {XA} has been removed, and {XB} has been withheld in South Korea.

X Support
""",
     items={XA: "pending", XB: "pending"})

case(name="tiktok-lookalike-sender", outcome="review", review="unknown_sender",
     imitates="report outcome sent from a free-mail address signing as TikTok",
     why="outlook.com is no platform's domain, whatever the signature says",
     **{"from": "tiktok.safety.team@outlook.com"}, name_from="TikTok Safety Team", date=d(11, 21, 5),
     subject="Your report KCSC-240910-06 has been resolved",
     body=f"""
Dear KCSC,

We have removed the video {TT1} following your report KCSC-240910-06.

Regards,
TikTok Safety Team
""",
     items={TT1: "pending"})

case(name="naver-about-daum-post", outcome="review", review="wrong_platform",
     imitates="NAVER reply to a request copied to it, about a Daum cafe post",
     why="NAVER states the Daum cafe post is not on its service (게시물 없음): a status for Kakao's item",
     **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터", date=d(10, 14, 30),
     subject="Re: [KCSC-240909-05] 불법정보 삭제 요청",
     body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 {K1} 은 네이버 서비스의 게시물이 아니어서 당사에서 확인되지 않습니다(게시물 없음).

해당 서비스 운영사로 문의하여 주시기 바랍니다.

감사합니다.
""",
     items={K1: "pending"})

case(name="tg-asks-for-legal-basis", outcome="review", review="asks_more", classification="request_for_info",
     imitates="Telegram request for the legal basis before acting",
     why="asks for the authority's decision and the provision breached before it acts on amberpier/4410",
     **{"from": "dsa@telegram.org"}, name_from="Telegram", date=d(11, 16, 0),
     subject="Re: KCSC-240904-02 - additional information needed", reply_to_req="req-240904-02",
     body=f"""
Hello,

To process your request about {T4}, we need a copy of the decision of the competent authority and the specific provision of law that the message breaches.

Please reply to this email with these documents. We cannot act on the message until we receive them.

Telegram
""",
     items={T4: "pending"})

case(name="x-table-says-withheld-note-says-no-action", outcome="review", review="conflicting_statements", type="html",
     imitates="X legal outcome table with a footnote",
     why="the table row says 'Withheld (KR)' while the note below says no action was taken on the same post",
     **{"from": "legal@x.com"}, name_from="X Legal", date=d(19, 11, 40),
     subject="Re: [KCSC-240903-01] Outcome", reply_to_req="req-240903-01",
     body=f"""
<html><body>
<p>Hello,</p>
<p>Please see the outcome for the post below.</p>
<table border="1">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{X8}</td><td>Withheld (KR)</td></tr>
</table>
<p>Note: no action has been taken on the cinder_row post, as our review found that it does not violate local law.</p>
<p>X Legal</p>
</body></html>
""",
     items={X8: "pending"})

case(name="naver-table-vs-footnote", outcome="review", review="conflicting_statements",
     imitates="NAVER 조치결과 text table with a ※ footnote",
     why="the table says 삭제 for 8812, the ※ note says no measure was taken on the same post (item 2)",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원", date=d(19, 16, 20),
     subject="[회신] KCSC-240906-04 조치결과",
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

| 연번 | URL | 조치결과 |
|------|-----|----------|
| 2 | {N2} | 삭제 |

※ 2번 게시물은 검토 결과 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
""",
     items={N2: "pending"})

case(name="google-process-announcement", outcome="review", review="no_claims",
     imitates="Google notice to government requesters about a process change",
     why="trusted Google mail that names no item and no request",
     **{"from": "legal-notices@google.com"}, name_from="Google Legal Removals", date=d(18, 2, 0),
     subject="Changes to how we receive government removal requests",
     body="""
Dear government partner,

From 1 October 2024, removal requests from government agencies should be submitted through the Government Requests Portal rather than by email. Requests sent by email after that date will still be processed, but more slowly.

You can read more at https://support.google.com/legal/answer/9999001.

Google Legal Removals
""",
     items={})

# ======================= ignored =========================================

case(name="x-out-of-office", outcome="ignored", classification="auto_reply",
     imitates="Outlook automatic reply from an X lawyer",
     why="an out-of-office reply, whatever request it names",
     **{"from": "dwhitlow@x.com"}, name_from="Dana Whitlow", date=d(11, 14, 3),
     subject="Automatic reply: [KCSC-240911-07] Removal request", reply_to_req="req-240911-07",
     extra_headers=AUTO,
     body="""
I'm out of the office until 23 September with limited access to email.

For urgent legal requests please write to legal@x.com.

Dana
""",
     items={})

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: [KCSC-240904-02] overdue removal request
Date: {d(12, 9, 0)}
Message-ID: <reminder.KCSC-240904-02.1@kcsc.example>

The following items of request KCSC-240904-02 are still pending:
{T1}
{T2}
{T3}
{T4}
"""
case(name="tg-dsn-reminder-bounce", outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (multipart/report)",
     why="a bounce of our own reminder; the URLs are in the returned message",
     **{"from": "MAILER-DAEMON@mail-out.telegram.org"}, name_from="Mail Delivery System", date=d(12, 9, 1),
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn570"

--dsn570
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: mailbox temporarily disabled, message rejected

--dsn570
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.telegram.org

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 mailbox disabled

--dsn570
Content-Type: message/rfc822

""" + dsn_orig + """
--dsn570--
""",
     items={T1: "pending", T2: "pending", T3: "pending", T4: "pending"})

case(name="naver-read-receipt", outcome="ignored", classification="read_receipt",
     imitates="MDN read receipt (multipart/report; disposition-notification)",
     why="a read receipt of our request says nothing about items",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원", date=d(6, 13, 2),
     subject="읽음: [KCSC-240906-04] 불법정보 시정요구",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn570"

--mdn570
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240906-04] 불법정보 시정요구"을(를) 2024-09-06 13:02에 읽었습니다.

--mdn570
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn570--
""",
     items={})

case(name="tiktok-report-received", outcome="ignored", classification="acknowledgement",
     imitates="TikTok report receipt echoing the reported link",
     why="a receipt: the report is logged and will be reviewed, the echoed URL has no status",
     **{"from": "noreply@tiktok.com"}, name_from="TikTok", date=d(10, 15, 25),
     subject="We received your report (KCSC-240910-06)",
     body=f"""
Hi KCSC,

We've received your report and our team will review it against our Community Guidelines and local law. We'll let you know the result.

Reported content: {TT1}
Ticket: 7411230098765

TikTok Trust and Safety
""",
     items={TT1: "pending"})

case(name="yt-submission-receipt", outcome="ignored", classification="acknowledgement",
     imitates="Google legal removal web-form receipt",
     why="a receipt with a submission id; nothing decided",
     **{"from": "legal-notices@google.com"}, name_from="Google Legal Removals", date=d(5, 11, 4),
     subject="[Submission 9-4410000032771] Your legal request KCSC-240905-03",
     body="""
Thanks for submitting your request. Your submission ID is 9-4410000032771.

Our team will review your request and respond once a decision has been made. Please keep the submission ID in the subject line if you write to us about this request.

Google Legal Removals
""",
     items={})

case(name="naver-receipt-korean", outcome="ignored", classification="acknowledgement",
     imitates="NAVER 신고 접수 안내",
     why="접수 안내: the report is logged and the result will follow once review is done",
     **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터", date=d(6, 10, 5),
     subject="[NAVER] 신고가 접수되었습니다 (KCSC-240906-04)",
     body="""
안녕하세요, 네이버 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호: NV-2409-558120)

담당 부서에서 검토가 완료되면 결과를 안내드리겠습니다.

감사합니다.
""",
     items={})

case(name="kakao-out-of-office-korean", outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동회신",
     why="an out-of-office reply in Korean",
     **{"from": "jisoo.han@kakaocorp.com"}, name_from="한지수", date=d(9, 10, 1),
     subject="[자동회신] [KCSC-240909-05] 불법정보 삭제 요청", reply_to_req="req-240909-05",
     extra_headers=AUTO,
     body="""
안녕하세요. 한지수입니다.

9월 9일부터 9월 18일까지 추석 연휴 및 휴가로 부재중입니다.
급한 용무는 cs-policy@kakaocorp.com 으로 연락 주시기 바랍니다.

감사합니다.
""",
     items={})

HEADER = """# Blind set 570 (what a program gets wrong): mixed statuses in one sentence,
# hedges in relative clauses, negations, refusals with reasons, later sentences
# that revise earlier ones, tables contradicted by notes, statuses by position.
# Written by tests/corpus/blind570/make.py before any run of the reader."""

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    real mailers send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode(maxlinelen=998)


if __name__ == "__main__":
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind570", HEADER, CASES)
