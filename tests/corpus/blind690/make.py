#!/usr/bin/env python3
"""Blind set blind690: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position in a list.

    python3 tests/corpus/blind690/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result was written from the meaning of the email alone, before the
reader was ever run on this set. All names, ids and URLs are fictional.
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
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240910-04",
    "KCSC-240911-05", "KCSC-240912-06", "KCSC-240913-07",
)

# YouTube, the largest request (12 items)
Y1 = "https://www.youtube.com/watch?v=qT4nX8sLw2A"
Y2 = "https://www.youtube.com/watch?v=Hp7Rz0cVb3E"
Y3 = "https://www.youtube.com/watch?v=mW2jK9dFe5U"
Y4 = "https://www.youtube.com/watch?v=Zc8vN1aQy6O"
Y5 = "https://www.youtube.com/watch?v=bR5tG3hJk7I"
Y6 = "https://www.youtube.com/watch?v=Lx9pS4wDm1Y"
Y7 = "https://www.youtube.com/shorts/Vn6eC2rTq8W"
Y8 = "https://www.youtube.com/shorts/Fk1oB7uHs4P"
Y9 = "https://www.youtube.com/@gold-lantern-tv"
Y10 = "https://www.youtube.com/watch?v=Jd3yM6iXa9Z"
Y11 = "https://www.youtube.com/watch?v=Pw0qE5nLc2K"
Y12 = "https://www.youtube.com/@nightmarket_kr7"
# X (4 items)
X1 = "https://x.com/bluefinch_442/status/1831120456789012345"
X2 = "https://x.com/bluefinch_442/status/1831125598877665432"
X3 = "https://x.com/seoul_tip_line/status/1830998877112233445"
X4 = "https://x.com/pmarket_kr"
# Telegram (3 items)
T1 = "https://t.me/quietcellar_shop"
T2 = "https://t.me/quietcellar_shop/118"
T3 = "https://t.me/northgate_exchange/2045"
# NAVER (5 items; N5 has a Korean path, stored percent-encoded)
N1 = "https://blog.naver.com/moonriver_77/223561234567"
N2 = "https://cafe.naver.com/hanbitmarket/48211"
N3 = "https://cafe.naver.com/hanbitmarket/48297"
N4 = "https://blog.naver.com/pinecone_lab/223560987654"
N5_RAW = "https://in.naver.com/밤시장/contents/30112"
N5 = "https://in.naver.com/" + quote("밤시장") + "/contents/30112"
# Kakao (3 items)
D1 = "https://cafe.daum.net/greenpine88/Zx1k/1442"
D2 = "https://cafe.daum.net/greenpine88/Zx1k/1450"
D3 = "https://brunch.co.kr/@maroon-deck/57"
# X (1 item)
X5 = "https://x.com/harborlight_kr/status/1833456789012345678"
# YouTube (2 items)
Y13 = "https://www.youtube.com/watch?v=Tg2hW8kPz4R"
Y14 = "https://www.youtube.com/watch?v=Uc5nD1fMy7S"

REQUESTS = [
    (R1, "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "gambling",
     [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12]),
    (R2, "x", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", "drugs", [X1, X2, X3, X4]),
    (R3, "telegram", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00", "drugs", [T1, T2, T3]),
    (R4, "naver", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", "illegal_trade",
     [N1, N2, N3, N4, N5]),
    (R5, "kakao", "2024-09-11T10:15:00+09:00", "2024-09-18T18:00:00+09:00", "privacy", [D1, D2, D3]),
    (R6, "x", "2024-09-12T16:20:00+09:00", "2024-09-19T18:00:00+09:00", "gambling", [X5]),
    (R7, "youtube", "2024-09-13T10:05:00+09:00", "2024-09-20T18:00:00+09:00", "obscenity", [Y13, Y14]),
]


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for i, u in enumerate(urls, 1):
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", f"item {i} of {len(urls)}"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


KAKAO = "카카오 고객센터"
YT = "YouTube Legal Support"

# ---------------------------------------------------------------- applied
CASES = []
A = CASES.append

A(dict(
    name="yt-mixed-statuses-one-sentence", from_="legal-support@google.com", name_from=YT,
    date="Fri, 06 Sep 2024 15:12:40 +0900", reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Request to remove content on YouTube",
    body=f"""Hello,

Thank you for contacting YouTube about request {R1}.

Following our review, {Y1} and {Y2} have been removed for violating our Community Guidelines, {Y3} has been blocked from view in South Korea under local law, and {Y4} remains available, as we did not find that it violates our policies or Korean law.

We will reply separately about the other items in your request.

Regards,
Minji
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals reply giving several outcomes at once",
    why="one sentence carries removed, removed, restricted (KR) and rejected (stays up, no violation)",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "rejected"},
))

A(dict(
    name="yt-hedge-in-relative-clause", from_="legal-support@google.com", name_from=YT,
    date="Sat, 07 Sep 2024 10:03:11 +0900", reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Request to remove content on YouTube",
    body=f"""Hi,

Re: {R1}

We removed {Y5}, which appears to be a re-upload of a video we took down earlier this year, for violating our spam and deceptive practices policy.

The video at {Y6}, which may be restricted in Korea once our local legal review concludes, remains available for now. We'll update you when that review is finished.

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team reply with a partial outcome",
    why="the hedge 'appears to' sits in a relative clause and does not weaken 'We removed'; the second video is only a possibility pending review",
    items={Y5: "removed", Y6: "pending"},
))

A(dict(
    name="yt-negated-removal-and-author-deleted", from_="legal-support@google.com", name_from=YT,
    date="Sun, 08 Sep 2024 09:41:05 +0900", reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Request to remove content on YouTube",
    body=f"""Dear KCSC team,

We have not removed {Y7}. Having reviewed it against our Community Guidelines and the Korean law cited in your notice, we did not find a violation, so the Short will stay up.

{Y8} could not be reviewed because it no longer exists: the uploader deleted it before our team reached it.

If you disagree with our decision on the first Short, you may reply with any additional legal information you would like us to consider.

Kind regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'no action taken' legal reply",
    why="'have not removed' with its reason is a refusal (rejected); deleted by the uploader is not_found; the closing offer is not a request for information",
    items={Y7: "rejected", Y8: "not_found"},
))

A(dict(
    name="yt-correction-restricted-not-removed", from_="legal-support@google.com", name_from=YT,
    date="Mon, 09 Sep 2024 17:22:48 +0900", reply_to_req=mid(R1),
    subject=f"Correction: [{R1}] {Y10}",
    body=f"""Hello again,

This morning I told you that {Y10} had been removed. I'm sorry, that was wrong.

The video has not been removed globally. It has been restricted so that it cannot be viewed from South Korea; viewers in other countries can still see it.

Apologies for the confusion.

Seo-yeon
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up correction from a platform legal agent",
    why="the earlier 'had been removed' is reported speech retracted by the email itself; the final statement is a Korea-only restriction",
    items={Y10: "restricted"},
))

A(dict(
    name="yt-html-table-corrected-by-note", from_="legal-support@google.com", name_from=YT,
    date="Tue, 10 Sep 2024 11:30:02 +0900", reply_to_req=mid(R1), type="html",
    subject=f"Re: [{R1}] Outcome of your legal request",
    body=f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome for four of the items in request {R1}.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{Y9}</td><td>Removed (channel terminated)</td><td>Global</td></tr>
<tr><td>{Y11}</td><td>Age-restricted</td><td>Global</td></tr>
<tr><td>{Y12}</td><td>Removed</td><td>Global</td></tr>
<tr><td>{Y6}</td><td>No action</td><td>&ndash;</td></tr>
</table>
<p><b>Note:</b> the table was exported before the final decision on the third row.
{Y12} was <b>not</b> removed; the channel is blocked in South Korea only.</p>
<p>YouTube Legal Support</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with an outcome table and a correcting note",
    why="the note below the table corrects the third row: the channel is geo-blocked in KR, not removed; the other rows stand",
    items={Y9: "removed", Y11: "restricted", Y12: "restricted", Y6: "rejected"},
))

A(dict(
    name="x-statuses-by-position", from_="legal@x.com", name_from="X Legal",
    date="Mon, 09 Sep 2024 08:55:17 +0000", reply_to_req=mid(R2),
    subject=f"Your legal request {R2} [ref:_00Dx0kRe.5003x9Az:ref]",
    body=f"""Hello,

We have reviewed the four items listed in your request of 5 September 2024:

1. {X1}
2. {X2}
3. {X3}
4. {X4}

Items 1 and 3 have been withheld in South Korea. Item 2 has been removed for violating the X Rules on illegal and regulated goods. We have not taken action on item 4: the account as a whole does not violate the X Rules, and your request does not identify any post on it that is unlawful in Korea.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (withheld in country) with numbered items",
    why="statuses are given by list position: 1 and 3 withheld in KR, 2 removed, 4 refused with a reason",
    items={X1: "restricted", X2: "removed", X3: "restricted", X4: "rejected"},
))

A(dict(
    name="x-withheld-single-post", from_="legal@x.com", name_from="X Legal",
    date="Sat, 14 Sep 2024 02:14:09 +0000", reply_to_req=mid(R6),
    subject=f"Your legal request {R6} [ref:_00Dx0kRe.5003xA1c:ref]",
    body=f"""Hello,

In response to your request ({R6}), we have withheld the following post in South Korea:

{X5}

The account holder has been notified. The post remains visible outside South Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'content withheld in country' notice",
    why="withheld in South Korea is a country restriction; 'remains visible outside' does not make it a refusal",
    items={X5: "restricted"},
))

A(dict(
    name="tg-channel-blocked-post-refused", from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 13:40:51 +0300", reply_to_req=mid(R3),
    subject=f"Re: {R3} Case #4471203",
    body=f"""Hi,

We blocked the channel {T1} for violating Telegram's Terms of Service; its posts, including {T2}, are no longer accessible.

We're not taking action on {T3}. That post is a news item about a court case and doesn't offer or advertise the goods described in your report.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply",
    why="channel blocked (removed) and its post inaccessible with it; the third is refused with its reason",
    items={T1: "removed", T2: "removed", T3: "rejected"},
))

A(dict(
    name="naver-mixed-korean-sentence", from_="policy@navercorp.com", name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 16:05:33 +0900", reply_to_req=mid(R4),
    subject=f"[네이버] 게시중단 요청({R4}) 처리 결과 안내",
    body=f"""안녕하세요. 네이버 고객센터입니다.

귀 위원회에서 요청하신 게시물 중 {N1} 은 게시중단 처리하였고, {N2} 및 {N3} 은 임시조치(30일)하였으나, {N4} 는 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 게시물은 검토 후 별도로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 처리 결과 안내",
    why="one Korean sentence: 게시중단 (removed), 임시조치 for two (restricted), author-deleted (not_found); the rest is a promise",
    items={N1: "removed", N2: "restricted", N3: "restricted", N4: "not_found", N5: "pending"},
))

A(dict(
    name="naver-no-action-korean-path", from_="policy@navercorp.com", name_from="네이버 권리보호센터",
    date="Fri, 13 Sep 2024 10:20:14 +0900", reply_to_req=mid(R4),
    subject=f"[네이버] {R4} 검토 결과 회신",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청번호 {R4} 관련하여, {N5_RAW}은(는) 검토 결과 관련 법령 및 네이버 운영정책에 위반되는 내용이 확인되지 않아 별도의 조치를 하지 않았음을 알려드립니다.

위 판단과 다른 법적 근거가 있으시면 회신하여 주시기 바랍니다.

네이버 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 미조치 회신",
    why="raw Korean path followed by a particle; no violation found, no action: rejected; the closing line invites, it does not ask for missing material",
    items={N5: "rejected"},
))

A(dict(
    name="daum-bulleted-angle-brackets", from_="cs-policy@kakaocorp.com", name_from=KAKAO,
    date="Fri, 13 Sep 2024 14:48:27 +0900", reply_to_req=mid(R5),
    subject=f"[Daum] 게시물 조치 결과 안내 ({R5})",
    body=f"""안녕하세요, 카카오입니다.
요청하신 게시물에 대한 조치 결과를 아래와 같이 안내드립니다.

- <{D1}> : 블라인드 처리 완료
- <{D2}> : 이미 삭제된 게시물로 확인됩니다.
- <{D3}> : 운영정책 위반 사항이 확인되지 않아 조치하지 않았습니다. (해당 글은 공개된 판결문을 인용한 글로, 특정인의 개인정보가 포함되어 있지 않습니다.)

감사합니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 게시물 조치 결과 안내",
    why="blinded (removed), already deleted (not_found), no violation with its reason (rejected)",
    items={D1: "removed", D2: "not_found", D3: "rejected"},
))

CSV_Y = f"""reported_url,decision,scope,policy
{Y9},Channel terminated,Global,Spam and deceptive practices
{Y11},Age-restricted,Global,Harmful or dangerous content
{Y12},No action,-,No violation found
"""
A(dict(
    name="yt-csv-attachment", from_="legal-support@google.com", name_from=YT,
    date="Wed, 11 Sep 2024 18:02:10 +0900", reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Outcome spreadsheet",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b690-csv-7f3a"

--b690-csv-7f3a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for the items in {R1} on which we have reached a decision.

YouTube Legal Support

--b690-csv-7f3a
Content-Type: text/csv; charset=utf-8; name="{R1}-outcome.csv"
Content-Disposition: attachment; filename="{R1}-outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_Y)}
--b690-csv-7f3a--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome sent as a CSV attachment",
    why="CSV rows: channel terminated (removed), age-restricted (restricted), no action (rejected)",
    items={Y9: "removed", Y11: "restricted", Y12: "rejected"},
))

A(dict(
    name="yt-top-posted-over-request", from_="legal-support@google.com", name_from=YT,
    date="Mon, 16 Sep 2024 09:15:44 +0900", reply_to_req=mid(R7),
    subject=f"Re: {R7} Request for removal of obscene content",
    body=f"""Hello,

{Y13} has been removed for violating our nudity and sexual content policy.

We were unable to locate {Y14} - there is no video with that ID on YouTube. Please check the link.

YouTube Legal Support

On Fri, 13 Sep 2024 at 10:05, KCSC Takedown <takedown@kcsc.example> wrote:
> Request {R7}
>
> Please remove the following content, which is unlawful under Article 44-7
> of the Information and Communications Network Act:
>
> {Y13}
> {Y14}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a platform agent",
    why="top-posted statements: removed and not_found (no such video); the quoted request below says nothing",
    items={Y13: "removed", Y14: "not_found"},
))

A(dict(
    name="x-outlook-quoted-request-below", from_="legal@x.com", name_from="X Legal Operations",
    date="Tue, 10 Sep 2024 06:31:22 +0000", reply_to_req=mid(R2),
    subject=f"RE: {R2} Request for removal of illegal content",
    body=f"""Hello,

We reviewed {X2} and removed it for violating our rules on illegal and regulated goods. The other items in your request are still under review and we will update you.

Best,
Jae
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:30 AM
To: legal@x.com
Subject: {R2} Request for removal of illegal content

Dear X,

Under Article 44-7 of the Information and Communications Network Act, please remove or block access to the following content:

{X1}
{X2}
{X3}
{X4}

Requested action: removal
Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over the regulator's request",
    why="only the reply above the Original Message counts: one post removed, the rest under review; 'Requested action: removal' in the quoted request is ours",
    items={X2: "removed", X1: "pending", X3: "pending", X4: "pending"},
))

A(dict(
    name="tg-url-below-statement", from_="abuse@telegram.org", name_from="Telegram Support",
    date="Thu, 12 Sep 2024 11:07:39 +0300", reply_to_req=mid(R3),
    subject=f"Re: {R3} Case #4471203",
    body=f"""Hello,

The following channel has been banned on Telegram and can no longer be viewed:

{T1}

We could not find the following post. The link may have been mistyped, or the post may never have existed:

{T3}

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply with the URL on the line below its statement",
    why="each statement ends with ':' and its URL stands below it; 'could not find' is not_found, the hedge only guesses at the reason",
    items={T1: "removed", T3: "not_found"},
))

A(dict(
    name="naver-status-line-below-url", from_="policy@navercorp.com", name_from="네이버",
    date="Sat, 14 Sep 2024 11:44:02 +0900", reply_to_req=mid(R4),
    subject=f"RE: {R4} 처리 현황",
    body=f"""안녕하세요. 네이버입니다.
{R4} 건 처리 현황을 안내드립니다.

{N1}
→ 게시중단 완료

{N4}
→ 게시물 없음 (작성자 삭제)

{N5_RAW}
→ 검토 중

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 현황 reply, status on the line below each URL",
    why="each status stands on the line under its URL: removed, not_found, still under review (pending)",
    items={N1: "removed", N4: "not_found", N5: "pending"},
))

A(dict(
    name="yt-quoted-printable-korean", from_="legal-kr@google.com", name_from="YouTube 법무팀",
    date="Thu, 12 Sep 2024 14:26:19 +0900", reply_to_req=mid(R1),
    subject=f"Re: [{R1}] 삭제 요청 처리 결과",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        f"""안녕하세요. YouTube 법무팀입니다.

요청번호 {R1} 관련하여 다음과 같이 알려드립니다.

{Y1} 동영상은 국내 법률에 따라 대한민국에서 접근이 제한되었습니다.
{Y2} 동영상은 커뮤니티 가이드 위반으로 전 세계에서 삭제되었습니다.

감사합니다.
YouTube 법무팀
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language legal reply (quoted-printable)",
    why="접근이 제한 in Korea (restricted) and 삭제 globally (removed), body in quoted-printable",
    items={Y1: "restricted", Y2: "removed"},
))

HTML_SJ = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구({R4})에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N2}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N3}</td><td>접속차단</td><td>국내 IP</td></tr>
<tr><td>3</td><td>{N5_RAW}</td><td>미조치</td><td>위반사항 확인되지 않음</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
"""
A(dict(
    name="naver-sijeong-table-base64", from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Sun, 15 Sep 2024 10:10:10 +0900", reply_to_req=mid(R4),
    subject=f"시정요구 조치결과 회신 ({R4})",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(HTML_SJ),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (HTML, base64)",
    why="table rows: 삭제 (removed), 접속차단 in Korea (restricted), 미조치 with no violation (rejected)",
    items={N2: "removed", N3: "restricted", N5: "rejected"},
))

A(dict(
    name="x-wrapped-url-in-angle-brackets", from_="legal@x.com", name_from="X Legal",
    date="Thu, 12 Sep 2024 03:02:56 +0000", reply_to_req=mid(R2),
    subject=f"Re: {R2}",
    body=f"""Hi,

Per your request {R2}:

The post <{X3[:X3.index("status/") + 7]}
{X3[X3.index("status/") + 7:]}> has been withheld in South Korea.

The account <{X4}> has been permanently suspended for repeated violations of our rules on illegal goods.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a URL wrapped inside angle brackets",
    why="a URL wrapped inside <> is one URL (RFC 3986 appendix C): withheld in KR; a suspended account is removed",
    items={X3: "restricted", X4: "removed"},
))

A(dict(
    name="yt-statement-of-reasons", from_="legal-support@google.com", name_from=YT,
    date="Fri, 13 Sep 2024 12:00:31 +0900", reply_to_req=mid(R1),
    subject=f"Decision on your notice - {R1}",
    body=f"""Decision on your notice

Notice reference: {R1}
Content: {Y3}
Decision: Visibility restricted - the content was made unavailable in the following territory: Republic of Korea
Ground for the decision: Illegal content under local law
Use of automated means: detection - no; decision - no

You may seek redress through the options described at https://support.google.com/legal/answer/4012219 .

Google LLC
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (territorial visibility restriction)",
    why="statement of reasons: unavailable in Korea only = restricted; the redress link is a help page, not an item",
    items={Y3: "restricted"},
))

A(dict(
    name="tg-later-sentence-swaps-links", from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 16:18:03 +0300", reply_to_req=mid(R3),
    subject=f"Re: {R3} Case #4471203",
    body=f"""Hello,

{T2} has been removed.

Sorry, I pasted the wrong link above. The post we removed is {T3}. {T2} had already been deleted by the channel admin before we looked at it.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply corrected in its second paragraph",
    why="the second paragraph retracts the first: T3 removed, T2 already deleted by its admin (not_found)",
    items={T3: "removed", T2: "not_found"},
))

A(dict(
    name="daum-fullwidth-punctuation", from_="cafe-ops@daum.net", name_from="Daum 카페 운영팀",
    date="Mon, 16 Sep 2024 13:37:29 +0900", reply_to_req=mid(R5),
    subject=f"Re: {R5} 게시물 처리 안내",
    body=f"""안녕하세요. 카카오 Daum 카페 운영팀입니다。

요청하신 게시물 중 다음 게시물은 운영정책 위반으로 삭제되었습니다：{D1}。
또한 {D2}（명예훼손 신고 건）은 임시조치(30일)되었습니다。

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations notice with full-width punctuation",
    why="URLs followed by full-width '。' and '（': 삭제 (removed) and 임시조치 (restricted)",
    items={D1: "removed", D2: "restricted"},
))

A(dict(
    name="yt-receipt-phrase-plus-actions", from_="legal-support@google.com", name_from=YT,
    date="Thu, 05 Sep 2024 08:12:55 +0900", reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Request to remove content on YouTube [7-4432000012345]",
    body=f"""Hello,

Thanks for your report. We've received it and assigned it the reference 7-4432000012345.

We've already removed {Y6}, and {Y10} is now age-restricted. We'll follow up on the other videos in your notice once our review is complete.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube receipt that already carries outcomes",
    why="a receipt phrase plus unhedged item statements is not an acknowledgement: removed and age-restricted",
    items={Y6: "removed", Y10: "restricted"},
))

A(dict(
    name="x-sole-item-no-url", from_="support@x.com", name_from="X Support",
    date="Fri, 13 Sep 2024 07:44:12 +0000", reply_to_req=mid(R6),
    subject=f"Re: {R6} Request for removal of illegal gambling advertisement",
    body="""Hello,

Thank you for your report. We have removed the reported post for violating our rules on gambling promotion.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support outcome that names no URL",
    why="the request has one item and the reply threads to it: 'the reported post' removed is that item",
    items={X5: "removed"},
))

A(dict(
    name="yt-echoed-report-blocks", from_="no-reply@youtube.com", name_from="YouTube",
    date="Sat, 14 Sep 2024 20:05:37 +0900", reply_to_req=mid(R1),
    subject=f"Update on your report ({R1})",
    body=f"""Hi KCSC,

We've finished reviewing two of the items you reported.

Content reported: {Y4}
Issue type: Illegal gambling promotion
Our decision: We removed this content.

Content reported: {Y12}
Issue type: Illegal gambling promotion
Our decision: We did not remove this channel. It doesn't violate our policies and we did not find it unlawful in your country.

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report-outcome email echoing the report",
    why="echoed report blocks, each with its own decision: removed, rejected",
    items={Y4: "removed", Y12: "rejected"},
))

A(dict(
    name="naver-not-deleted-but-age-gated", from_="policy@navercorp.com", name_from="네이버 고객센터",
    date="Mon, 16 Sep 2024 15:55:00 +0900", reply_to_req=mid(R4),
    subject=f"[네이버] {R4} 추가 회신",
    body=f"""안녕하세요. 네이버 고객센터입니다.

{N2} 게시물은 삭제하지 않았습니다. 다만 청소년에게 유해한 내용이 포함되어 있어, 성인 인증을 마친 이용자만 열람할 수 있도록 접근을 제한하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 청소년유해 (adult-verification) 조치 안내",
    why="'not deleted' is revised by the next sentence: access limited to verified adults = restricted, not rejected",
    items={N2: "restricted"},
))

A(dict(
    name="naver-temporary-then-operator-deleted", from_="policy@navercorp.com", name_from="네이버 고객센터",
    date="Wed, 18 Sep 2024 10:31:45 +0900", reply_to_req=mid(R4),
    subject=f"[네이버] {R4} 처리 결과 안내",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 {N3} 게시물은 9월 12일 임시조치하였으나, 이후 카페 운영자가 해당 게시물을 삭제하여 현재는 열람할 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe notice: 임시조치 then 운영자 삭제",
    why="the later clause supersedes the temporary measure: deleted by the cafe operator = removed",
    items={N3: "removed"},
))

# ---------------------------------------------------------------- review
A(dict(
    name="yt-promise-will-be-removed", from_="legal-support@google.com", name_from=YT,
    date="Sat, 14 Sep 2024 11:09:21 +0900", reply_to_req=mid(R7),
    subject=f"Re: {R7} Request for removal of obscene content",
    body=f"""Hello,

Thanks for your patience. {Y13} and {Y14} will be removed within 24 hours, once our team has completed its final checks.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube agent promising removal",
    why="a promise ('will be removed') is not a statement; items named, nothing to apply",
    items={Y13: "pending", Y14: "pending"},
))

A(dict(
    name="x-hedged-author-deleted", from_="legal@x.com", name_from="X Legal",
    date="Wed, 11 Sep 2024 04:50:33 +0000", reply_to_req=mid(R2),
    subject=f"Re: {R2}",
    body=f"""Hello,

It appears that {X1} and {X2} may already have been deleted by the account holder. We are confirming this with our internal tools and will let you know.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="'appears ... may already have been deleted' is a hedge, not a statement",
    items={X1: "pending", X2: "pending"},
))

A(dict(
    name="naver-all-items-bulk", from_="policy@navercorp.com", name_from="네이버 고객센터",
    date="Tue, 17 Sep 2024 09:02:48 +0900", reply_to_req=mid(R4),
    subject=f"[네이버] 게시중단 요청({R4}) 처리 완료",
    body=f"""안녕하세요. 네이버 고객센터입니다.

{R4} 건으로 요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 처리 완료 (whole request)",
    why="'all the requested posts' for a five-item request, no URL named: bulk",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending", N5: "pending"},
))

A(dict(
    name="yt-all-videos-bulk", from_="legal-support@google.com", name_from=YT,
    date="Tue, 17 Sep 2024 16:40:00 +0900", reply_to_req=mid(R7),
    subject=f"Re: {R7} Request for removal of obscene content",
    body=f"""Hello,

All the videos listed in your notice {R7} have been removed from YouTube.

YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="YouTube one-line outcome for a whole notice",
    why="a statement about both items of a two-item request without naming them: bulk",
    items={Y13: "pending", Y14: "pending"},
))

A(dict(
    name="tg-dmarc-fail", from_="abuse@telegram.org", name_from="Telegram Abuse", auth="fail",
    date="Thu, 12 Sep 2024 19:22:10 +0300", reply_to_req=mid(R3),
    subject=f"Re: {R3} Case #4471203",
    body=f"""Hello,

The channel {T1} has been blocked on Telegram.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse reply failing DMARC",
    why="telegram.org sender but DKIM/SPF/DMARC fail: untrusted",
    items={T1: "pending"},
))

A(dict(
    name="lawfirm-says-client-deleted", from_="jhkim@hanul-lawfirm.example", name_from="김정훈 변호사 (법무법인 한울)",
    date="Fri, 13 Sep 2024 17:30:12 +0900",
    subject=f"{R3} 관련 - 게시물 삭제 안내",
    body=f"""방송통신심의위원회 담당자님께,

저희 법무법인은 텔레그램 채널 northgate_exchange 운영자를 대리하고 있습니다.

귀 위원회의 요청({R3})과 관련하여, 의뢰인이 {T3} 게시물을 9월 13일 삭제하였음을 알려드립니다.

법무법인 한울 변호사 김정훈 드림
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of a channel admin",
    why="not from any platform's domain, yet names our request and an item",
    items={T3: "pending"},
))

A(dict(
    name="cafe-manager-gmail", from_="hanbit.cafe.mgr@gmail.com", name_from="한빛마켓 카페매니저",
    date="Sun, 15 Sep 2024 22:14:51 +0900",
    subject="카페 게시글 삭제했습니다",
    body=f"""안녕하세요 한빛마켓 카페 매니저입니다.

네이버에서 연락받고 말씀하신 {N2} 글은 제가 삭제했습니다.
앞으로 이런 글 올라오지 않게 관리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager writing from a personal mailbox",
    why="a cafe manager's own mailbox is not NAVER: the operator deletion is not a platform statement",
    items={N2: "pending"},
))

A(dict(
    name="yt-table-contradicts-prose", from_="legal-support@google.com", name_from=YT,
    date="Sun, 15 Sep 2024 13:25:06 +0900", reply_to_req=mid(R1), type="html",
    subject=f"Re: [{R1}] Outcome of your legal request",
    body=f"""<html><body>
<p>Hello,</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{Y5}</td><td>Removed</td></tr>
</table>
<p>{Y5} is still live while the uploader's appeal is being considered. We will let you know the result of the appeal.</p>
<p>YouTube Legal Support</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube legal reply whose table and text disagree",
    why="the table says Removed and the text says the video is still live pending appeal; nothing says which is right",
    items={Y5: "pending"},
))

A(dict(
    name="yt-process-announcement", from_="legal-noreply@google.com", name_from="Google Legal",
    date="Mon, 16 Sep 2024 02:00:00 +0900",
    subject="Changes to how government agencies submit legal removal requests",
    body="""Dear partner,

From 1 October 2024, government agencies in the Asia-Pacific region should submit legal removal requests for YouTube through the updated Government Requests portal at https://support.google.com/legal/troubleshooter/1114905 instead of by email.

Requests already submitted by email will continue to be processed. You can read more about the change at https://support.google.com/legal/answer/3110420 .

Google Legal
""",
    outcome="review", review="no_claims",
    imitates="Google process-change announcement to government reporters",
    why="trusted platform mail naming no item and no request; the links are help pages",
    items={},
))

A(dict(
    name="x-asks-for-legal-basis", from_="legal@x.com", name_from="X Legal",
    date="Tue, 10 Sep 2024 09:14:27 +0000", reply_to_req=mid(R2),
    subject=f"Re: {R2} - additional information needed",
    body=f"""Hello,

To proceed with your request {R2} regarding {X3} and {X4}, we need a copy of the underlying legal order, or the specific provision of Korean law that each of these violates.

Please reply to this email with that information. We are unable to take further action until we receive it.

X Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X request for a legal order / legal basis",
    why="the platform asks for documents before acting; no status stated",
    items={X3: "pending", X4: "pending"},
))

A(dict(
    name="tg-conditional-block", from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 09:58:40 +0300", reply_to_req=mid(R3),
    subject=f"Re: {R3} Case #4471203",
    body=f"""Hi,

We have contacted the admin of {T1}. If the post {T2} is not deleted within 48 hours, the channel will be blocked.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk warning to a channel admin",
    why="a condition and a future action: no status for either item",
    items={T1: "pending", T2: "pending"},
))

A(dict(
    name="yt-not-yet-reviewed", from_="legal-support@google.com", name_from=YT,
    date="Thu, 12 Sep 2024 19:40:15 +0900", reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Status",
    body=f"""Hello,

{Y11} has not been reviewed yet; it is in the queue for our Korea legal team. At this stage we also cannot confirm whether {Y8} is still available.

We'll be in touch.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube status update without outcomes",
    why="negations that state no outcome ('not reviewed yet', 'cannot confirm whether ... still available')",
    items={Y11: "pending", Y8: "pending"},
))

# ---------------------------------------------------------------- ignored
A(dict(
    name="naver-out-of-office", from_="sujin.park@navercorp.com", name_from="박수진",
    date="Tue, 10 Sep 2024 14:00:41 +0900",
    subject=f"[자동응답] Re: [{R4}] 게시중단 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""[자동응답] 안녕하세요. 박수진입니다.

9월 18일까지 휴가로 메일 확인이 어렵습니다.
긴급한 게시중단·임시조치 요청은 policy@navercorp.com 으로 보내 주시기 바랍니다.

> {N1}
> {N2}
> 위 게시물의 게시중단을 요청합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply quoting the request",
    why="auto-reply; the quoted lines are our request",
    items={},
))

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@x.com
Subject: {R2} Request for removal of illegal content
Date: Thu, 05 Sep 2024 11:30:00 +0900
Message-ID: <{mid(R2)}-copy@kcsc.example>
Content-Type: text/plain; charset=utf-8

Please remove the following content:
{X1}
{X2}
{X3}
{X4}
"""
A(dict(
    name="x-dsn-unknown-user", from_="mailer-daemon@x.com", name_from="Mail Delivery Subsystem",
    date="Thu, 05 Sep 2024 02:31:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b690-dsn-01"

--b690-dsn-01
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.x.com.

Your message could not be delivered to one or more recipients.

<legal-korea@x.com>: host mx1.x.com said: 550 5.1.1 Recipient address
    rejected: User unknown

--b690-dsn-01
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.x.com
Arrival-Date: Thu, 05 Sep 2024 02:31:05 +0000

Final-Recipient: rfc822; legal-korea@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b690-dsn-01
Content-Type: message/rfc822

{DSN_ORIG}
--b690-dsn-01--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN with the original request attached",
    why="delivery failure; the URLs are in our returned request",
    items={},
))

A(dict(
    name="yt-read-receipt", from_="legal-kr@google.com", name_from="YouTube 법무팀",
    date="Tue, 03 Sep 2024 10:47:30 +0900",
    subject=f"Read: [{R1}] Request to remove content on YouTube",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b690-mdn-01"

--b690-mdn-01
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [{R1}] Request to remove content on YouTube
  Sent: 2024-09-03 10:00

was read on 2024-09-03 10:47.

--b690-mdn-01
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <{mid(R1)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b690-mdn-01--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt",
    why="a read receipt says nothing about items",
    items={},
))

A(dict(
    name="tg-case-created-receipt", from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 10:02:14 +0300", reply_to_req=mid(R3),
    subject=f"Re: {R3} Case #4471203",
    body=f"""Hello,

Thank you for your report. Case #4471203 has been created.

Reported links:
{T1}
{T2}
{T3}

Our moderators will review the content you reported. You will receive an update when a decision has been made.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram case-created receipt echoing the reported links",
    why="pure receipt: the echoed links carry no status",
    items={},
))

A(dict(
    name="daum-report-received", from_="noreply@kakaocorp.com", name_from=KAKAO,
    date="Wed, 11 Sep 2024 10:16:02 +0900", reply_to_req=mid(R5),
    subject=f"[카카오] 신고 접수 안내 ({R5})",
    body=f"""안녕하세요, 카카오 고객센터입니다.

신고가 정상적으로 접수되었습니다.
접수번호: 2024091100123
접수 게시물: 3건

담당자가 확인한 후 처리 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 안내 (ticket receipt)",
    why="receipt with a ticket number, no item status",
    items={},
))

A(dict(
    name="yt-out-of-office-quoted", from_="daniel.lee@google.com", name_from="Daniel Lee",
    date="Fri, 13 Sep 2024 10:06:02 +0900",
    subject=f"Automatic reply: {R7} Request for removal of obscene content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I'm out of the office until 23 September with limited access to email.
For urgent legal removal matters, please write to legal-kr@google.com.

Daniel

> Request {R7}
> Please remove the following content:
> {Y13}
> {Y14}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office; the quoted request (even its 'has been removed') is ours",
    items={},
))


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Non-ASCII display names and subjects go out RFC 2047-encoded, as
        # real mailers send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode(maxlinelen=998)
    header = """# blind690: what a program gets wrong (mixed statuses in one sentence,
# hedges in relative clauses, negations, refusals with reasons, later
# sentences revising earlier ones, table vs note, statuses by position).
# Written by make.py from the meaning of each email, before any run."""
    corpuslib.write_set(HERE, "blind690", header, CASES)


if __name__ == "__main__":
    main()
