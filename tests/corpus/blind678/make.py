#!/usr/bin/env python3
"""Blind set 678 ("what a program gets wrong"): writes requests.csv,
cases/*.eml and expected.toml.

    python3 tests/corpus/blind678/make.py

Written without reading the reader (src/, docs/reader.md) nor any other
corpus set. Every expected result below comes from the meaning of the email
alone, judged on a fresh ledger holding only this set's requests. The script
is deterministic: running it twice changes nothing.
"""
import base64
import csv
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind678"


def enc(s):
    """RFC 2047 encoded word for a Korean header value."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
K1_RAW = "https://moonriver-note.tistory.com/entry/오늘의-정보-모음"
K1 = "https://moonriver-note.tistory.com/entry/" + urllib.parse.quote("오늘의-정보-모음")

Y = {
    1: "https://www.youtube.com/watch?v=Qm3Tr8LpX2a",
    2: "https://www.youtube.com/watch?v=bN7wK4sZ0cE",
    3: "https://www.youtube.com/watch?v=H5jd9RaV1uy",
    4: "https://www.youtube.com/watch?v=t2XoP6mnL8f",
    5: "https://www.youtube.com/watch?v=Zr4Yc1eWq9k",
    6: "https://www.youtube.com/watch?v=pL0aS3dFg7h",
    7: "https://www.youtube.com/shorts/Vw8Nq2xJk5m",
    8: "https://www.youtube.com/shorts/Ec6Ut1oBb3r",
    9: "https://www.youtube.com/@night-ledger-tv",
    10: "https://www.youtube.com/watch?v=Kf2Hs7yTz0p",
    11: "https://www.youtube.com/watch?v=aG9Lm4Rw6qd",
    12: "https://www.youtube.com/watch?v=Ui1Dp5cXn8s",
}
X = {
    1: "https://x.com/velvet_tide88/status/1831200456789012345",
    2: "https://x.com/velvet_tide88/status/1831204567890123456",
    3: "https://x.com/mirror_lane_kr/status/1831876543210987654",
    4: "https://x.com/mirror_lane_kr",
    5: "https://x.com/quietfern_0/status/1833555666777888999",
}
T = {
    1: "https://t.me/amber_wharf/118",
    2: "https://t.me/amber_wharf/123",
    3: "https://t.me/grey_orchard_chat",
}
N = {
    1: "https://blog.naver.com/sora_pine/223541870012",
    2: "https://blog.naver.com/sora_pine/223541882290",
    3: "https://cafe.naver.com/moonlitharbor/5521",
    4: "https://cafe.naver.com/moonlitharbor/5530",
    5: "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1118&docId=478812345",
}
K = {1: K1, 2: "https://moonriver-note.tistory.com/88", 3: "https://cafe.daum.net/hollowpine/AbCd/412"}
TT = {
    1: "https://www.tiktok.com/@dune.sparrow/video/7410293847561029384",
    2: "https://www.tiktok.com/@dune.sparrow/video/7410299911223344556",
}

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", "gambling promotion videos and channel", [Y[i] for i in range(1, 13)]),
    ("KCSC-240904-02", "x", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "drug_trade", "", [X[i] for i in range(1, 5)]),
    ("KCSC-240905-03", "telegram", "2024-09-05T15:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "drug_trade", "", [T[i] for i in range(1, 4)]),
    ("KCSC-240906-04", "naver", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "defamation", "", [N[i] for i in range(1, 6)]),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:30:00+09:00", "2024-09-16T18:00:00+09:00",
     "illegal_gambling", "tistory entry path stored percent-encoded", [K[i] for i in range(1, 4)]),
    ("KCSC-240910-06", "tiktok", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "obscenity", "", [TT[1], TT[2]]),
    ("KCSC-240911-07", "x", "2024-09-11T09:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "drug_trade", "single post", [X[5]]),
]


def req_id(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_id(ref) + "@kcsc.example", note])


YT_FROM = "youtube-legal-kr@google.com"
YT_NAME = "YouTube Legal Support"
X_FROM = "legal-support@x.com"
TG_FROM = "abuse@telegram.org"
NV_FROM = "policy@navercorp.com"
KK_FROM = "safety@kakaocorp.com"
TK_FROM = "legal-kr@tiktok.com"

YT_SUBJ = "Re: [KCSC-240903-01] Request to remove content from YouTube"
X_SUBJ = "Re: [KCSC-240904-02] Legal request - removal of content"
TG_SUBJ = "Re: [KCSC-240905-03] Illegal content report"
NV_SUBJ = enc("Re: [KCSC-240906-04] 불법정보 삭제 요청")
KK_SUBJ = enc("Re: [KCSC-240909-05] 불법정보 게시중단 요청")
TK_SUBJ = "Re: [KCSC-240910-06] Notice of illegal content"

QUOTED_REQUEST_YT = "\n".join("> %d. %s" % (i, Y[i]) for i in range(1, 13))
QUOTED_REQUEST_NV = "\n".join("%d. %s" % (i, N[i]) for i in range(1, 6))

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ applied
case(
    name="yt-four-statuses-one-sentence",
    from_=YT_FROM, name_from=YT_NAME, date="Thu, 12 Sep 2024 10:14:03 +0900",
    subject=YT_SUBJ, reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for contacting YouTube about the content listed in your request
KCSC-240903-01.

After reviewing the videos under our Community Guidelines and applicable local law, {Y[1]} and {Y[2]} have been removed from YouTube, while {Y[3]} has been blocked for viewers in South Korea only and {Y[4]} does not violate our policies or local law, so it remains available.

We will reply separately about the other items in your request.

Regards,
Jae-won
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals team reply to a government request (mixed outcome)",
    why="one sentence carries four statuses: two removed, one blocked in KR only, one no violation",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-status-in-relative-clause",
    from_="trust-safety-apac@google.com", name_from="YouTube Trust & Safety",
    date="Thu, 12 Sep 2024 16:40:51 +0900",
    subject=YT_SUBJ, reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hi KCSC team,

Quick update on KCSC-240903-01:

- We removed {Y[5]} for violating our policy on regulated goods.
- The Short {Y[7]}, which we have age-restricted, is no longer shown to signed-out viewers or to users under 18.
- {Y[6]}, which our Korean-language reviewers have not looked at yet, is still live for now.

Best,
Dana
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety escalation reply in bullet form",
    why="age restriction stated inside a relative clause; third bullet is still unreviewed (pending)",
    items={Y[5]: "removed", Y[7]: "restricted", Y[6]: "pending"},
)

case(
    name="yt-did-not-remove-and-channel-gone",
    from_=YT_FROM, name_from=YT_NAME, date="Fri, 13 Sep 2024 09:02:44 +0900",
    subject=YT_SUBJ, reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Dear KCSC,

Regarding your request KCSC-240903-01:

We did not remove the Short at {Y[8]}. Our review found that it is a news clip reporting on the topic and does not violate our Community Guidelines, and we have not received a court order concerning it. It will stay up.

The channel {Y[9]} no longer exists on YouTube; its owner deleted it before our team reached your report, so there was nothing for us to act on.

Kind regards,
YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team refusal with reason plus 'channel no longer exists' note",
    why="negated removal with a reason is a refusal (rejected); channel deleted by its owner is not_found",
    items={Y[8]: "rejected", Y[9]: "not_found"},
)

case(
    name="yt-correction-of-earlier-message",
    from_=YT_FROM, name_from=YT_NAME, date="Mon, 16 Sep 2024 15:31:09 +0900",
    subject="Re: [KCSC-240903-01] Correction to this morning's outcome",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello again,

I need to correct my message from this morning. I wrote that {Y[10]} had been removed; that was a mistake on my part. The video has been blocked in South Korea under local law and is still viewable in other countries.

The other video, {Y[11]}, was removed globally, as I said.

Apologies for the confusion.

Min-seo
YouTube Legal Support

On Mon, Sep 16, 2024 at 9:12 AM YouTube Legal Support <{YT_FROM}> wrote:
> Hello,
>
> The two videos you asked about in your follow-up have been reviewed:
> {Y[10]} has been removed.
> {Y[11]} has been removed.
>
> Min-seo
""",
    outcome="applied", classification="confirmation",
    imitates="support agent's self-correction sent as a reply to their own earlier message (Gmail quoting)",
    why="the new text revises the quoted 'removed' to a KR-only block; quoted lines are not statements",
    items={Y[10]: "restricted", Y[11]: "removed"},
)

CSV_ROWS = [
    ("Removed", "Global", "Community Guidelines - harmful or dangerous"),
    ("Removed", "Global", ""),
    ("Blocked", "KR", "Local law"),
    ("No action", "-", "No violation found"),
    ("Removed", "Global", ""),
    ("Blocked", "KR", "Local law"),
    ("Age-restricted", "Global", ""),
    ("No action", "-", "Newsworthy content; no violation"),
    ("Not found", "-", "Channel deleted by owner"),
    ("Removed", "Global", ""),
    ("Blocked", "KR", "Local law"),
    ("Not found", "-", "Invalid video ID"),
]
csv_text = "reported_url,decision,scope,notes\n" + "".join(
    f"{Y[i + 1]},{d},{s},{n}\n" for i, (d, s, n) in enumerate(CSV_ROWS))
case(
    name="yt-csv-attachment-twelve",
    from_=YT_FROM, name_from=YT_NAME, date="Tue, 17 Sep 2024 11:20:00 +0900",
    subject=YT_SUBJ, reply_to_req=req_id("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="yt-csv-0917"

--yt-csv-0917
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the decision for each URL in your request
KCSC-240903-01. "Blocked / KR" means the content is not available to
viewers in South Korea; "No action" means the content stays on YouTube.

YouTube Legal Support

--yt-csv-0917
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--yt-csv-0917--
""",
    outcome="applied", classification="confirmation",
    imitates="bulk legal-request outcome sent as a CSV attachment (per-URL decision and scope)",
    why="every row names its URL and decision: removed, KR block, no action, age restriction, not found",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected", Y[5]: "removed",
           Y[6]: "restricted", Y[7]: "restricted", Y[8]: "rejected", Y[9]: "not_found",
           Y[10]: "removed", Y[11]: "restricted", Y[12]: "not_found"},
)

case(
    name="yt-html-table-corrected-by-note",
    from_=YT_FROM, name_from=YT_NAME, date="Wed, 18 Sep 2024 10:05:37 +0900",
    subject=YT_SUBJ, reply_to_req=req_id("KCSC-240903-01"), type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>The outcome of our review of request KCSC-240903-01 is below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{Y[1]}</td><td>Removed</td></tr>
<tr><td>{Y[2]}</td><td>Removed</td></tr>
<tr><td>{Y[7]}</td><td>Age-restricted</td></tr>
</table>
<p><b>Please note:</b> the table was generated before the last step of our review.
{Y[2]} was in the end not removed globally; it has been blocked for viewers in South Korea only.</p>
<p>YouTube Legal Support</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML outcome table from a case-management tool with an agent's note below it",
    why="the note explicitly corrects the table's 'Removed' for the second row to a KR-only block",
    items={Y[1]: "removed", Y[2]: "restricted", Y[7]: "restricted"},
)

case(
    name="x-numbered-list-no-action-possible",
    from_=X_FROM, name_from="X Legal", date="Thu, 12 Sep 2024 13:45:12 +0900",
    subject=X_SUBJ, reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
Hello,

We have reviewed your request (KCSC-240904-02) and taken the following actions:

1. {X[1]} - withheld in South Korea.
2. {X[2]} - no action possible: the post had already been deleted by the account holder when we reviewed it.
3. {X[3]} - no action; we found no violation of the X Rules or of Korean law as presented.
4. {X[4]} - account withheld in South Korea.

Affected users were notified unless we were prohibited from doing so. A copy of
this request may be published on Lumen.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld-content outcome email for a legal request",
    why="numbered list: two withheld in KR, one already deleted by its author, one no violation",
    items={X[1]: "restricted", X[2]: "not_found", X[3]: "rejected", X[4]: "restricted"},
)

case(
    name="x-outcome-by-position",
    from_=X_FROM, name_from="X Legal Operations", date="Fri, 13 Sep 2024 17:02:00 +0900",
    subject=X_SUBJ, reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
Hello,

Thank you for your report, reference KCSC-240904-02.

Reported content:
(1) {X[1]}
(2) {X[2]}
(3) {X[3]}
(4) {X[4]}

Outcome:
(1) and (2): withheld in Korea (KR) in response to your legal demand.
(3): no action taken; the content does not violate the X Rules.
(4): account suspended for violating the X Rules.

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome that echoes the reported URLs and gives outcomes by number",
    why="statuses given by position (1)-(4) against the platform's own numbered echo of the URLs",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected", X[4]: "removed"},
)

case(
    name="tg-taken-down-and-refused",
    from_=TG_FROM, name_from="Telegram Abuse", date="Fri, 13 Sep 2024 03:12:40 +0000",
    subject=TG_SUBJ, reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
Hello,

Case #5528103

Thank you for your report KCSC-240905-03.

The channel post {T[1]} has been taken down for violating Telegram's Terms of Service.

We are not able to take action against {T[2]}. The post is a copy of a public news article and does not contain illegal content under our Terms of Service, so it will remain accessible.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply to a takedown report",
    why="one post taken down; the other refused with a reason and stays up",
    items={T[1]: "removed", T[2]: "rejected"},
)

case(
    name="x-single-item-no-url",
    from_="legal@x.com", name_from="X Legal", date="Fri, 13 Sep 2024 10:10:10 +0900",
    subject="Re: [KCSC-240911-07] Legal request - removal of content",
    reply_to_req=req_id("KCSC-240911-07"),
    body="""
Hello,

We've completed our review of your request KCSC-240911-07. The reported content
has been removed from X globally for violating our rules on illegal goods and
services.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="short X legal reply confirming removal without repeating the URL",
    why="names no URL but answers a request of exactly one item, unhedged",
    items={X[5]: "removed"},
)

case(
    name="naver-particles-three-statuses",
    from_=NV_FROM, name_from=enc("네이버 게시중단 담당"), date="Wed, 11 Sep 2024 14:22:05 +0900",
    subject=enc("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240906-04)"),
    reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 게시중단 담당자입니다.

방송통신심의위원회에서 요청하신 KCSC-240906-04 건의 처리 결과를 안내드립니다.

{N[1]}와 {N[2]}은 게시중단(블라인드) 조치하였으며, {N[3]}은 작성자가 이미 삭제한 게시물로 확인되어 별도 조치가 불가하였습니다.

감사합니다.
네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 mail",
    why="Korean particles glued to URLs; two blinded, one already deleted by its author (not_found)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found"},
)

case(
    name="naver-text-table-temporary-measure",
    from_="rights@navercorp.com", name_from=enc("네이버 권리보호센터"),
    date="Thu, 12 Sep 2024 11:05:00 +0900",
    subject=enc("[네이버] 요청 처리 결과 회신 - KCSC-240906-04"),
    reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청번호 KCSC-240906-04 의 처리 결과는 아래와 같습니다.

번호 | 게시물 URL                                        | 처리 결과
-----+---------------------------------------------------+--------------------------
1    | {N[1]}     | 임시조치 (30일)
2    | {N[2]}     | 삭제
3    | {N[4]}         | 조치 불가 (위법성 미확인)
4    | {N[3]}         | 게시물 없음

임시조치된 게시물은 30일간 게시가 중단되며, 게시자는 이 기간 내에 재게시를
요청할 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 처리 결과 text table (임시조치 / 삭제 / 조치 불가)",
    why="text table: 임시조치 is restricted, 삭제 removed, 조치 불가 with reason rejected, 게시물 없음 not_found",
    items={N[1]: "restricted", N[2]: "removed", N[4]: "rejected", N[3]: "not_found"},
)

case(
    name="naver-not-deleted-and-access-limited",
    from_=NV_FROM, name_from=enc("네이버 정책지원"), date="Fri, 13 Sep 2024 16:48:19 +0900",
    subject=NV_SUBJ, reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
안녕하세요.

KCSC-240906-04 요청 건 중 두 건에 대한 검토 결과를 알려드립니다.

1) {N[4]}
해당 게시물은 삭제되지 않았습니다. 검토 결과 카페 운영원칙 및 관련 법령 위반
사항이 확인되지 않아 게시를 유지합니다.

2) {N[5]}
국내 이용자 대상 접근 제한 조치를 완료하였습니다.

나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply, status on the line below each URL",
    why="Korean negation 삭제되지 않았습니다 with reason is a refusal; 접근 제한 for Korean users is restricted",
    items={N[4]: "rejected", N[5]: "restricted"},
)

case(
    name="kakao-fullwidth-paren-korean-path",
    from_=KK_FROM, name_from=enc("카카오 고객센터"), date="Fri, 13 Sep 2024 13:30:00 +0900",
    subject=KK_SUBJ, reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

KCSC-240909-05 요청에 대한 처리 결과입니다.

- 티스토리 게시물（{K1_RAW}）은 게시중단 처리되었습니다.
- {K[2]} 은 블로그 운영자가 요청 접수 이전에 이미 삭제한 글이라 조치 대상이 없었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory 게시중단 처리 결과 reply",
    why="raw Korean path in full-width parentheses matches the percent-encoded item; second post deleted by its author",
    items={K[1]: "removed", K[2]: "not_found"},
)

case(
    name="kakao-blind-rest-under-review",
    from_=KK_FROM, name_from=enc("카카오 고객센터"), date="Thu, 12 Sep 2024 10:02:11 +0900",
    subject=KK_SUBJ, reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

다음 카페 게시글 {K[3]} 은 운영정책 위반으로 블라인드 처리되었습니다.

요청하신 나머지 티스토리 게시물 2건은 현재 검토 중이며, 결과는 확인되는 대로
다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 처리 안내",
    why="one named post blinded; the unnamed rest are under review (left pending, not listed)",
    items={K[3]: "removed"},
)

case(
    name="tiktok-statement-of-reasons",
    from_=TK_FROM, name_from="TikTok Legal", date="Fri, 13 Sep 2024 08:15:00 +0000",
    subject=TK_SUBJ, reply_to_req=req_id("KCSC-240910-06"),
    body=f"""
Dear KCSC,

Statement of reasons - your notice KCSC-240910-06

Content: {TT[1]}
Decision: removed
Ground: violation of our Community Guidelines (illegal activities and regulated goods)
Territorial scope: all regions
Automated means used: no

Content: {TT[2]}
Decision: access restricted
Ground: local law of the Republic of Korea; the content does not violate our Community Guidelines
Territorial scope: Republic of Korea
Automated means used: no

Both decisions were taken by our trust and safety team after human review. The
creator has been informed and can appeal.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, territorial scope)",
    why="first removed globally; second restricted in KR even though its ground says 'does not violate our Community Guidelines'",
    items={TT[1]: "removed", TT[2]: "restricted"},
)

case(
    name="tiktok-restriction-upgraded",
    from_=TK_FROM, name_from="TikTok Legal", date="Wed, 18 Sep 2024 06:40:00 +0000",
    subject=TK_SUBJ, reply_to_req=req_id("KCSC-240910-06"),
    body=f"""
Hello,

Following up on KCSC-240910-06.

We initially restricted {TT[2]} in the Republic of Korea. After the creator re-shared it, our team reviewed the video again and it has now been removed from TikTok in all regions.

Regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok follow-up reporting an escalated enforcement",
    why="the later sentence supersedes the earlier restriction: removed",
    items={TT[2]: "removed"},
)

case(
    name="yt-top-posted-over-quoted-request",
    from_=YT_FROM, name_from=YT_NAME, date="Wed, 18 Sep 2024 14:09:55 +0900",
    subject=YT_SUBJ, reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hi,

{Y[12]} has been removed. {Y[3]} stays blocked in Korea as before; we have not removed it globally.

Thanks,
Hye-jin, YouTube Legal

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal Support,
>
> The Korea Communications Standards Commission requests the removal of the
> following 12 items (ref. KCSC-240903-01). Please remove them and reply by
> 10 September 2024.
>
{QUOTED_REQUEST_YT}
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail reply above the quoted request",
    why="two statements on top; the twelve quoted URLs below 'wrote:' are not statements",
    items={Y[12]: "removed", Y[3]: "restricted"},
)

case(
    name="x-url-below-its-statement",
    from_=X_FROM, name_from="X Legal", date="Mon, 16 Sep 2024 12:00:31 +0900",
    subject=X_SUBJ, reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
Hello,

Your request KCSC-240904-02 has been processed.

The following post has been withheld in South Korea:
<{X[3]}>

The following post has been removed for violating the X Rules:
<{X[2]}>

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome with each URL on the line below its statement, in angle brackets",
    why="each statement points forward to the URL on the next line",
    items={X[3]: "restricted", X[2]: "removed"},
)

case(
    name="yt-bare-url-status-below",
    from_="legal-removals@google.com", name_from="YouTube Legal Removals",
    date="Tue, 17 Sep 2024 09:45:00 +0900",
    subject="KCSC-240903-01 - review results",
    body=f"""
KCSC-240903-01 - review results

{Y[10]}
Status: Removed (Community Guidelines - harmful or dangerous content)

{Y[11]}
Status: No action taken (no policy violation; not unlawful under the cited provision)

--
YouTube Legal Removals
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system export: bare URL with a Status line below",
    why="status on the line below each bare URL",
    items={Y[10]: "removed", Y[11]: "rejected"},
)

tg_qp_body = f"""Hello,

Re: KCSC-240905-03 (Case #5528117)

After reviewing your report, we have restricted access to the group {T[3]} for users in South Korea, in line with local law \u2014 the group remains accessible elsewhere. The channel post {T[2]} has been deleted.

Thank you for helping keep Telegram safe.
The Telegram Team
"""
case(
    name="tg-quoted-printable-kr-restriction",
    from_=TG_FROM, name_from="Telegram Abuse", date="Sat, 14 Sep 2024 02:30:00 +0000",
    subject=TG_SUBJ, reply_to_req=req_id("KCSC-240905-03"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(tg_qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply, quoted-printable body with soft line breaks",
    why="group restricted for users in South Korea; channel post deleted",
    items={T[3]: "restricted", T[2]: "removed"},
)

naver_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240906-04)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{N[3]}</td><td>게시중단</td><td>2024-09-12</td></tr>
<tr><td>3</td><td>{N[5].replace('&', '&amp;')}</td><td>접속차단(국내)</td><td>2024-09-13</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
"""
case(
    name="naver-base64-html-correction-result",
    from_=NV_FROM, name_from=enc("네이버 정책지원팀"), date="Fri, 13 Sep 2024 18:01:00 +0900",
    subject=enc("시정요구 조치결과 회신 (KCSC-240906-04)"),
    reply_to_req=req_id("KCSC-240906-04"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(naver_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table, base64 HTML",
    why="table rows: 삭제 and 게시중단 removed, 접속차단(국내) restricted; &amp; in the query URL",
    items={N[1]: "removed", N[3]: "removed", N[5]: "restricted"},
)

case(
    name="yt-hedge-only-in-relative-clause",
    from_=YT_FROM, name_from=YT_NAME, date="Sat, 14 Sep 2024 10:00:00 +0900",
    subject=YT_SUBJ, reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello KCSC,

We have removed {Y[4]}, which we believe may be a re-upload of a video taken down in August, for violating our spam and deceptive practices policy. {Y[6]}, which appears to belong to the same uploader, has also been removed.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with side remarks about the uploader",
    why="the hedges ('may be', 'appears') qualify side remarks in relative clauses, not the removals",
    items={Y[4]: "removed", Y[6]: "removed"},
)

case(
    name="x-refusal-and-not-merely-withheld",
    from_=X_FROM, name_from="X Legal", date="Tue, 17 Sep 2024 15:15:15 +0900",
    subject=X_SUBJ, reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
Hi,

Regarding KCSC-240904-02:

We have withheld {X[1]} in South Korea.

We declined to act on {X[3]} because it is political commentary that breaks neither the X Rules nor, in our assessment, Korean law.

The account {X[4]} was not merely withheld in Korea: it has been suspended worldwide for repeated violations of our rules.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a refusal and an account suspension",
    why="KR withholding; refusal with reason; 'not merely withheld ... suspended worldwide' is removal",
    items={X[1]: "restricted", X[3]: "rejected", X[4]: "removed"},
)

case(
    name="yt-ticket-receipt-plus-removal",
    from_=YT_FROM, name_from=YT_NAME, date="Wed, 11 Sep 2024 08:30:00 +0900",
    subject="[8-3321000012345] Re: [KCSC-240903-01] Request to remove content from YouTube",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Thank you for your request. We have received it and created ticket
8-3321000012345 for request KCSC-240903-01.

We have already removed {Y[1]}. The other videos in your request are still
being reviewed, and we will write again once that is finished.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal ticket receipt that also carries a first result",
    why="acknowledgement wording plus an unhedged item-level removal is not a pure acknowledgement",
    items={Y[1]: "removed"},
)

case(
    name="naver-outlook-original-message",
    from_=NV_FROM, name_from=enc("네이버 정책지원팀"), date="Tue, 10 Sep 2024 17:25:00 +0900",
    subject=NV_SUBJ, reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 건 처리 결과 회신드립니다.
- {N[2]} : 삭제 완료
- {N[4]} : 임시조치 완료 (30일)

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 2:00 PM
To: {NV_FROM}
Subject: [KCSC-240906-04] 불법정보 삭제 요청

아래 게시물 5건에 대해 삭제를 요청합니다.
{QUOTED_REQUEST_NV}

방송통신심의위원회 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the original request below '-----Original Message-----'",
    why="two results above; the five URLs of the unquoted original message are not statements",
    items={N[2]: "removed", N[4]: "restricted"},
)

case(
    name="x-wrapped-url-in-angle-brackets",
    from_=X_FROM, name_from="X Legal", date="Wed, 18 Sep 2024 09:09:09 +0900",
    subject=X_SUBJ, reply_to_req=req_id("KCSC-240904-02"),
    body="""
Hello,

Thank you for your report (KCSC-240904-02). The post at <https://x.com/velvet_tide88/status/
1831204567890123456> has been removed for violating our rules on illegal and
regulated goods.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text mail wrapped at 72 columns with the URL split inside angle brackets",
    why="the URL is broken across two lines inside <...>; a reader re-joins it",
    items={X[2]: "removed"},
)

# ================================================================ review
case(
    name="yt-promise-after-sign-off",
    from_=YT_FROM, name_from=YT_NAME, date="Thu, 12 Sep 2024 19:00:00 +0900",
    subject=YT_SUBJ, reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request KCSC-240903-01. Our team has looked at
{Y[1]} and {Y[2]}, and both will be removed within 24 hours once our legal
team signs off on the decision.

We will send a final confirmation.

YouTube Legal Support
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="YouTube legal interim reply promising removal",
    why="'will be removed ... once signed off' is a promise under a condition, not a statement",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-hedged-may-appears",
    from_=YT_FROM, name_from=YT_NAME, date="Sun, 15 Sep 2024 11:11:11 +0900",
    subject=YT_SUBJ, reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

Our reviewers believe that {Y[6]} may already have been taken down by the
uploader, and {Y[8]} appears to be a duplicate of a Short we removed last
month. We will confirm both once the review is complete.

YouTube Legal Support
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="interim reply with hedged findings",
    why="'may already have been taken down' and 'appears to be a duplicate' are hedges; confirmation promised later",
    items={Y[6]: "pending", Y[8]: "pending"},
)

case(
    name="yt-bulk-all-actioned",
    from_=YT_FROM, name_from=YT_NAME, date="Thu, 19 Sep 2024 10:00:00 +0900",
    subject=YT_SUBJ, reply_to_req=req_id("KCSC-240903-01"),
    body="""
Hello,

All of the videos listed in your request KCSC-240903-01 have been actioned
under our policies. Thank you for your patience.

YouTube Legal Support
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line bulk confirmation",
    why="one statement for all twelve items without naming any: bulk",
    items={},
)

case(
    name="x-dmarc-fail",
    from_="legal@x.com", name_from="X Legal", auth="fail", date="Sat, 14 Sep 2024 01:22:00 +0900",
    subject=X_SUBJ, reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
Hello,

Regarding KCSC-240904-02: we have removed {X[1]} and {X[2]}
from X.

X Legal
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="X legal confirmation arriving with DKIM/SPF/DMARC failing",
    why="claims from the platform's domain that fails authentication",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-uploader-counsel-unknown-sender",
    from_="j.seo@hanbit-lawoffice.kr", name_from="Seo Ji-hoon", date="Mon, 16 Sep 2024 10:30:00 +0900",
    subject="KCSC-240904-02 - post deleted by our client",
    body=f"""
Dear Sir or Madam,

We act for the holder of the X account @mirror_lane_kr. Our client has
deleted the post {X[3]} following your request KCSC-240904-02 and asks that
the matter be considered closed.

Yours faithfully,
Seo Ji-hoon
Hanbit Law Office
""",
    outcome="review", review="unknown_sender", classification="other",
    imitates="letter from the uploader's lawyer",
    why="status claim about a requested URL from a sender that is no platform",
    items={X[3]: "pending"},
)

case(
    name="naver-table-vs-review-note",
    from_=NV_FROM, name_from=enc("네이버 게시중단 담당"), date="Mon, 16 Sep 2024 14:00:00 +0900",
    subject=NV_SUBJ, reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 게시중단 담당자입니다.

KCSC-240906-04 요청 중 아래 게시물의 처리 결과입니다.

| URL | 처리결과 |
| {N[3]} | 삭제 |

[검토 의견] 해당 게시물은 검토 결과 관련 법령 및 운영원칙 위반이 확인되지 않아
게시를 유지하기로 결정하였습니다.
""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="NAVER result table with a reviewer's note that contradicts it",
    why="the table says 삭제 while the note says the post stays up; no sign which is right",
    items={N[3]: "pending"},
)

case(
    name="yt-asks-for-legal-basis",
    from_=YT_FROM, name_from=YT_NAME, date="Fri, 13 Sep 2024 12:12:12 +0900",
    subject=YT_SUBJ, reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

Before we can act on {Y[9]} (KCSC-240903-01), we need a copy of the
Commission's decision or the specific provision of Korean law that the
channel is alleged to breach. Please reply to this email with the document
attached.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal request for supporting documents",
    why="the platform asks for more information before acting",
    items={Y[9]: "pending"},
)

case(
    name="naver-channel-change-notice",
    from_="noreply@navercorp.com", name_from=enc("네이버 정책지원팀"), date="Tue, 17 Sep 2024 10:00:00 +0900",
    subject=enc("[안내] 기관 게시중단 요청 접수 창구 변경 안내"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 게시중단 요청 접수 창구가 전용 웹 양식으로
변경됩니다. 변경 이후에도 이메일로 접수된 요청은 당분간 처리되오나, 처리 결과
안내는 웹 양식 마이페이지에서 확인하실 수 있습니다.

자세한 내용은 https://help.naver.com/notice/agency-request 를 참고해 주세요.

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="NAVER notice to agencies about a changed submission channel",
    why="trusted platform mail naming no item and no request; the help link is no item",
    items={},
)

case(
    name="tg-conditional-block",
    from_=TG_FROM, name_from="Telegram Abuse", date="Mon, 16 Sep 2024 05:05:05 +0000",
    subject=TG_SUBJ, reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
Hello,

Case #5528140

We have contacted the administrators of https://t.me/amber_wharf about the
posts {T[1]} and {T[2]} listed in KCSC-240905-03. If the administrators do not
remove them within 48 hours, we will block the channel for users in South Korea.

Telegram Abuse Team
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Telegram abuse desk reply giving the channel owner a deadline",
    why="a condition and a promise; nothing has been done to the posts yet",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="kakao-under-internal-review",
    from_=KK_FROM, name_from=enc("카카오 고객센터"), date="Tue, 17 Sep 2024 09:40:00 +0900",
    subject=KK_SUBJ, reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

KCSC-240909-05 관련 아래 게시물은 현재 내부 검토 중입니다.
{K[1]}
{K[2]}

검토 결과 위반이 확인될 경우 삭제될 예정이며, 처리 결과는 별도로 안내드리겠습니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Kakao 검토 중 interim reply",
    why="'검토 중' and a conditional future deletion are no statements",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="naver-bulk-all-five-deleted",
    from_=NV_FROM, name_from=enc("네이버 게시중단 담당"), date="Wed, 18 Sep 2024 16:16:16 +0900",
    subject=NV_SUBJ, reply_to_req=req_id("KCSC-240906-04"),
    body="""
안녕하세요.

요청하신 KCSC-240906-04 건의 게시물 5건은 모두 삭제 조치 완료되었습니다.

감사합니다.
네이버 게시중단 담당자
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="short Korean bulk completion notice",
    why="'5건 모두 삭제' names no item, for a five-item request: bulk",
    items={},
)

# ================================================================ ignored
case(
    name="yt-out-of-office",
    from_="minseo.park@google.com", name_from="Min-seo Park", date="Tue, 3 Sep 2024 10:00:41 +0900",
    subject="Automatic reply: [KCSC-240903-01] Request to remove content from YouTube",
    reply_to_req=req_id("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 23 September with limited access to email.

For legal removal requests, please use https://support.google.com/legal/answer/3110420
or write to the team alias; your message has not been forwarded.

Min-seo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail/Outlook out-of-office auto-reply",
    why="auto-reply; the help link is not an item",
    items={},
)

dsn_original = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC-240910-06] Notice of illegal content
Message-ID: <req.KCSC-240910-06@kcsc.example>
Date: Tue, 10 Sep 2024 16:00:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove the following content (ref. KCSC-240910-06):
1. {TT[1]}
2. {TT[2]}
"""
case(
    name="tiktok-dsn-mailbox-full",
    from_="mailer-daemon@mx1.tiktok.com", name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 07:00:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-77aa"

--dsn-77aa
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host store3.tiktok.com said: 552 5.2.2 mailbox full

--dsn-77aa
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.tiktok.com
Arrival-Date: Tue, 10 Sep 2024 07:00:02 +0000

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn-77aa
Content-Type: message/rfc822

{dsn_original}
--dsn-77aa--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="bounce; the attached original request's URLs are not statements",
    items={},
)

case(
    name="naver-read-receipt",
    from_=NV_FROM, name_from=enc("네이버 정책지원팀"), date="Fri, 6 Sep 2024 14:35:00 +0900",
    subject=enc("읽음: [KCSC-240906-04] 불법정보 삭제 요청"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-4c1"

--mdn-4c1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

귀하의 메일이 2024-09-06 14:35 에 수신자에 의해 열람되었습니다.

--mdn-4c1
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req.KCSC-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-4c1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN) from a Korean webmail",
    why="read receipt",
    items={},
)

case(
    name="tg-case-opened-receipt",
    from_=TG_FROM, name_from="Telegram Abuse", date="Thu, 5 Sep 2024 07:02:00 +0000",
    subject="Case #5528103 - your report KCSC-240905-03",
    reply_to_req=req_id("KCSC-240905-03"),
    body="""
Hello,

We have received your report regarding KCSC-240905-03. Case #5528103 has been
opened and our moderators will review the reported content.

Please do not reply to this message; replies to this address are not read.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram case-opened receipt",
    why="pure acknowledgement with a case number",
    items={},
)

case(
    name="kakao-receipt-korean",
    from_="noreply@kakaocorp.com", name_from=enc("카카오 고객센터"), date="Mon, 9 Sep 2024 10:31:05 +0900",
    subject=enc("[카카오] 신고 접수 완료 안내"),
    reply_to_req=req_id("KCSC-240909-05"),
    body="""
안녕하세요. 카카오 고객센터입니다.

신고가 정상적으로 접수되었습니다.
접수번호: 2409-KR-77120

처리 결과는 영업일 기준 3~5일 이내에 이메일로 안내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 완료 auto-receipt",
    why="pure acknowledgement (receipt number, result promised later)",
    items={},
)

case(
    name="x-legal-request-received-echo",
    from_="noreply@x.com", name_from="X", date="Wed, 4 Sep 2024 02:01:00 +0000",
    subject="We've received your legal request [0904-LR-447201]",
    reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
Hello,

We've received your legal request. Case number: 0904-LR-447201.

Reported URLs:
{X[1]}
{X[2]}
{X[3]}
{X[4]}

We review each request carefully and will notify you when a decision has been
made. Please do not reply to this email.

X
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X automatic legal-request receipt echoing the reported URLs",
    why="receipt that echoes the URLs with no status and a promise only",
    items={},
)

case(
    name="tiktok-out-of-office-korean",
    from_="jiyoon.han@tiktok.com", name_from=enc("한지윤"), date="Tue, 10 Sep 2024 16:00:30 +0900",
    subject=enc("자동 회신: [KCSC-240910-06] Notice of illegal content"),
    reply_to_req=req_id("KCSC-240910-06"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 9월 20일까지 휴가로 부재중입니다.
급한 법률 요청은 legal-kr@tiktok.com 으로 보내 주시기 바랍니다.
복귀 후 확인하겠습니다.

한지윤 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중)",
    why="auto-reply",
    items={},
)


HEADER = """# Blind set 678: "what a program gets wrong" (mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# later sentences that revise earlier ones, conflicting table and note,
# statuses by position). Written by tests/corpus/blind678/make.py from each
# email's meaning alone, before any run of the reader. Do not edit by hand.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
