#!/usr/bin/env python3
"""Blind set blind750: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or corrected) by a note below it, statuses given by position.
Every email is fictional and written in our own sentences; the expected
results were written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind750/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
from email.header import Header
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
corpuslib.DOMAIN_NAMES.setdefault("daum.net", "Daum")

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240911-04",
    "KCSC-240913-05", "KCSC-240916-06", "KCSC-240917-07",
)

# R1 telegram (12 items, the largest request)
L1041 = "https://t.me/lucky_reel_kr/1041"
L1042 = "https://t.me/lucky_reel_kr/1042"
L1057 = "https://t.me/lucky_reel_kr/1057"
J88 = "https://t.me/jackpot_harbor/88"
J91 = "https://t.me/jackpot_harbor/91"
J102 = "https://t.me/jackpot_harbor/102"
B310 = "https://t.me/bet_lantern/310"
B311 = "https://t.me/bet_lantern/311"
B329 = "https://t.me/bet_lantern/329"
SLOT = "https://t.me/slot_moonrise"
C7 = "https://t.me/casino_pine_kr/7"
C19 = "https://t.me/casino_pine_kr/19"
TG = [L1041, L1042, L1057, J88, J91, J102, B310, B311, B329, SLOT, C7, C19]

# R2 x (4 items)
H101 = "https://x.com/hollow_mint_kr/status/1831200000000000101"
H245 = "https://x.com/hollow_mint_kr/status/1831200000000000245"
D012 = "https://x.com/drift_sparrow/status/1831377700000000012"
P388 = "https://x.com/pale_orchid_99/status/1831455500000000388"
X4 = [H101, H245, D012, P388]

# R3 youtube (5 items; the order matters for yt-statuses-by-position)
Y1 = "https://www.youtube.com/watch?v=qR7tLm2Xa0c"
Y2 = "https://www.youtube.com/watch?v=Bn4eWz9KpQs"
Y3 = "https://www.youtube.com/watch?v=u0Hc3VfJt6E"
Y4 = "https://www.youtube.com/shorts/Lp8sZ2dNw1k"
Y5 = "https://www.youtube.com/@gloomy_pharm_tv"
YT5 = [Y1, Y2, Y3, Y4, Y5]

# R4 naver (3 items; the third has a Korean path, stored percent-encoded)
NB = "https://blog.naver.com/mossy_lane77/223561200451"
NC = "https://cafe.naver.com/quietdeal/48213"
NI = "https://in.naver.com/%EB%AC%B4%EC%A7%80%EA%B0%9C%EB%A7%88%EC%BC%93/contents/44190"
NI_RAW = "https://in.naver.com/무지개마켓/contents/44190"
NV = [NB, NC, NI]

# R5 kakao (2 items)
K1502 = "https://cafe.daum.net/sunny_market88/Xq3c/1502"
K1517 = "https://cafe.daum.net/sunny_market88/Xq3c/1517"
KK = [K1502, K1517]

# R6 youtube (1 item), R7 x (1 item)
Z = "https://www.youtube.com/watch?v=Zk2Pq9mTr4e"
V777 = "https://x.com/velvet_quarry/status/1835011100000000777"

REQUESTS = [
    (R1, "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", TG,
     "gambling", "unlicensed online casino advertising"),
    (R2, "x", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", X4,
     "drugs", "sale of narcotics"),
    (R3, "youtube", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00", YT5,
     "medicine", "unapproved medicine sales"),
    (R4, "naver", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", NV,
     "counterfeit", "counterfeit goods"),
    (R5, "kakao", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", KK,
     "medicine", "illegal diet pill sales"),
    (R6, "youtube", "2024-09-16T15:10:00+09:00", "2024-09-23T18:00:00+09:00", [Z],
     "privacy", "personal information exposed"),
    (R7, "x", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00", [V777],
     "obscenity", "obscene content"),
]


def mid(ref):
    return ref.lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


TG_REQUEST = (
    "Dear Telegram team,\n\n"
    "The Korea Communications Standards Commission asks you to remove the\n"
    "following content (unlicensed online casino advertising), our reference\n"
    f"{R1}:\n\n" + "\n".join(TG) + "\n\nKCSC Takedown desk"
)

cases = []


def case(**c):
    cases.append(c)


# ================================================================ APPLIED

case(
    name="tg-two-taken-down-one-missing-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in prose (abuse@telegram.org)",
    why="one sentence: two posts taken down, a third 'could not be found'; the rest promised later",
    date="Thu, 05 Sep 2024 16:12:40 +0900",
    frm="abuse@telegram.org", subject=f"Re: {R1} removal request",
    reply_to_req=mid(R1),
    items={L1041: "removed", L1042: "removed", L1057: "not_found"},
    body=f"""
Hello,

Thank you for reaching out regarding {R1}.

Our moderators have gone through the first three links of your notice. The
posts {L1041} and {L1042} were taken down, while {L1057} could not be found
on the channel at all.

We will write again about the remaining links once they have been checked.

Regards,
Mira
Telegram Abuse Team
""")

case(
    name="tg-hedge-in-relative-clause",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with per-post sentences",
    why="the hedges sit in relative clauses: 91 ('which we believe may be a copy') is still stated taken down; 102 is still under review",
    date="Fri, 06 Sep 2024 11:03:17 +0900",
    frm="abuse@telegram.org", subject=f"Re: {R1} jackpot_harbor posts",
    items={J88: "removed", J91: "removed", J102: "pending"},
    body=f"""
Hi,

About the jackpot_harbor posts in your request {R1}:

{J88} has been removed for promoting unlicensed gambling.

{J91}, which we believe may be a copy of the same advertisement, has also
been taken down.

{J102}, which the channel admin appears to have edited after your report,
is still being reviewed by our team and we will let you know the outcome.

Kind regards,
Telegram Abuse Team
""")

case(
    name="x-not-removed-but-withheld",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply: country withheld content notice and a refusal",
    why="'has not been removed ... but it has been withheld in South Korea' is restricted; 'not in violation ... has not been withheld' is a refusal with its reason",
    date="Mon, 09 Sep 2024 08:44:02 +0900",
    frm="legal-notices@x.com", subject=f"Your legal request {R2}",
    reply_to_req=mid(R2),
    items={H101: "restricted", H245: "rejected"},
    body=f"""
Hello,

We have reviewed the posts listed in your request {R2}.

The post {H101} has not been removed from X, but it has been withheld in
South Korea in response to your request, under our Country Withheld Content
policy.

We did not find {H245} to be in violation of the X Rules or of the Korean
law cited in your request, and it has not been withheld.

More about withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""")

case(
    name="x-withheld-then-removed",
    outcome="applied", classification="confirmation",
    imitates="X legal-request follow-up after a second review",
    why="the later sentence revises the earlier one: first withheld in Korea, now removed globally; the other post 'remains withheld'",
    date="Wed, 11 Sep 2024 17:20:55 +0900",
    frm="legal-notices@x.com", subject=f"Update on your legal request {R2}",
    items={D012: "removed", P388: "restricted"},
    body=f"""
Hello,

An update on your request {R2}.

On 6 September we withheld {D012} in South Korea only. Following a second
review by our team, this post has now been removed entirely for violating
our rules on illegal or certain regulated goods and services, so it is no
longer available anywhere.

{P388} remains withheld in South Korea.

Thanks,
X Legal
""")

case(
    name="yt-table-then-correction",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome table (HTML) with a correction note",
    why="the note below the table explicitly corrects the row for Bn4eWz9KpQs: no action, video stays up",
    date="Thu, 12 Sep 2024 10:15:00 +0900",
    frm="legal-kr@google.com", subject=f"[{R3}] Outcome of your legal request",
    type="html",
    items={Y1: "removed", Y2: "rejected"},
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find below the outcome for part of your request {R3}.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{Y1}</td><td>Removed</td></tr>
<tr><td>{Y2}</td><td>Blocked in South Korea</td></tr>
</table>
<p><b>Correction to the table above:</b> the entry for {Y2} is wrong. On second
review that video was found not to violate local law or our policies, no action
was taken, and it remains available in all countries. We apologise for the error.</p>
<p>The YouTube Legal Support team</p>
</body></html>
""")

case(
    name="yt-statuses-by-position",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply answering a notice line by line without repeating the URLs",
    why="no URL is repeated; the decisions are given in the order of the five URLs of the request, which the clerk reads from the request",
    date="Fri, 13 Sep 2024 14:02:31 +0900",
    frm="legal-kr@google.com", subject=f"Re: {R3} (5 URLs)",
    reply_to_req=mid(R3),
    items={Y1: "removed", Y2: "restricted", Y3: "rejected", Y4: "not_found", Y5: "removed"},
    body=f"""
Dear KCSC team,

Re: your legal notice {R3} (five URLs)

We have completed our review. Our decisions, in the order in which the
URLs were listed in your notice:

1st URL - removed for violating our Community Guidelines (regulated goods).
2nd URL - blocked for viewers in South Korea on the basis of local law.
3rd URL - no action: we found neither a policy violation nor a sufficient
          legal basis to restrict it.
4th URL - we could not find this Short; the link does not lead to any content.
5th URL - the channel has been terminated.

Sincerely,
YouTube Legal Support
""")

case(
    name="x-respectively",
    outcome="applied", classification="confirmation",
    imitates="X legal reply summarising three posts in one sentence",
    why="three URLs and three outcomes matched 'respectively' by position in one sentence",
    date="Tue, 10 Sep 2024 09:31:48 +0900",
    frm="legal-notices@x.com", subject=f"Re: {R2}",
    items={H101: "restricted", D012: "removed", P388: "rejected"},
    body=f"""
Hello,

Regarding {R2}: the posts
{H101},
{D012} and
{P388}
have been, respectively, withheld in South Korea, removed, and left up as
it does not violate the X Rules.

We have not finished our review of the remaining post in your request.

X Legal
""")

case(
    name="naver-korean-three-ways",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 요청 처리 결과 안내 (prose)",
    why="게시중단 조치 = removed; 작성자가 이미 삭제하여 확인되지 않음 = not_found; 위반이 확인되지 않아 조치하지 않음 = rejected (raw Korean path)",
    date="Fri, 13 Sep 2024 15:40:00 +0900",
    frm="help@navercorp.com", name_from="네이버 고객센터",
    subject=f"[네이버] 게시중단 요청 처리 결과 안내 ({R4})",
    items={NB: "removed", NC: "not_found", NI: "rejected"},
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건({R4})에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {NB} 은 게시중단 조치하였으며, {NC} 은 작성자가 이미 삭제하여 확인되지 않았습니다.

{NI_RAW} 은 검토 결과 운영정책 및 관련 법령 위반이 확인되지 않아 별도의 조치를 하지 않았습니다.

감사합니다.
네이버 고객센터 드림
""")

case(
    name="naver-kcsc-result-table",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신표 (HTML table) from a portal",
    why="임시조치 = restricted, 삭제 = removed, 조치 예정 = promise (pending)",
    date="Mon, 16 Sep 2024 11:00:00 +0900",
    frm="policy@navercorp.com", name_from="NAVER 정책지원",
    subject=f"시정요구 조치결과 회신 ({R4})",
    reply_to_req=mid(R4),
    type="html",
    items={NB: "restricted", NC: "removed", NI: "pending"},
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구({R4})에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NB}</td><td>임시조치(30일)</td><td>게시자 이의제기 기간 중</td></tr>
<tr><td>2</td><td>{NC}</td><td>삭제</td><td></td></tr>
<tr><td>3</td><td>{NI}</td><td>조치 예정</td><td>추가 검토 중</td></tr>
</table>
<p>NAVER 정책지원팀</p>
</body></html>
""")

case(
    name="kakao-blind-and-gone-outlook",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리보호센터 reply, Outlook style with the original request below",
    why="블라인드 처리 = removed; 운영자가 먼저 삭제하여 존재하지 않음 = not_found; the request under 'Original Message' is quoted",
    date="Tue, 17 Sep 2024 10:20:00 +0900",
    frm="rights@kakaocorp.com", name_from="카카오 권리보호센터",
    subject=f"RE: [{R5}] 시정요구 (불법 의약품 판매)",
    items={K1502: "removed", K1517: "not_found"},
    body=f"""
안녕하세요. 카카오 권리보호센터입니다.

요청하신 다음카페 게시물의 처리 결과를 알려드립니다.

- {K1502} : 블라인드 처리 완료
- {K1517} : 카페 운영자가 먼저 삭제하여 존재하지 않는 게시물입니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 10:00 AM
To: rights@kakaocorp.com
Subject: [{R5}] 시정요구 (불법 의약품 판매)

아래 게시물의 삭제를 요청합니다.
{K1502}
{K1517}
""")

case(
    name="yt-single-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="YouTube privacy complaint outcome email",
    why="names no URL but answers the one-item request by reference and thread: 'the content you reported has been removed'",
    date="Wed, 18 Sep 2024 13:45:10 +0900",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    subject=f"Re: {R6} privacy complaint",
    reply_to_req=mid(R6),
    items={Z: "removed"},
    body=f"""
Hello,

Thank you for your privacy complaint, reference {R6}.

After reviewing it, we removed the content you reported because it
violates our privacy guidelines.

Regards,
The YouTube Team
""")

case(
    name="x-single-item-all-content",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice to the reporter",
    why="'all of the reported content' for a one-item request: applies to that item (restricted in Korea)",
    date="Thu, 19 Sep 2024 09:12:00 +0900",
    frm="legal-notices@x.com", subject=f"Re: {R7}",
    reply_to_req=mid(R7),
    items={V777: "restricted"},
    body=f"""
Hello,

In response to your request {R7}, all of the reported content has been
withheld in South Korea.

X Legal
""")

case(
    name="tg-refusal-with-reason",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply declining two posts with a reason",
    why="two posts refused with a reason (news reporting, remain available), the third removed",
    date="Sat, 07 Sep 2024 19:33:04 +0900",
    frm="abuse@telegram.org", subject=f"Re: {R1} bet_lantern",
    items={B310: "rejected", B311: "rejected", B329: "removed"},
    body=f"""
Hello,

We looked into {B310} and {B311} from your request {R1} and will not be
taking action on them: both are news posts reporting on a police raid on an
illegal betting site and do not themselves advertise gambling. They remain
available.

The third post, {B329}, was a betting advertisement and has been removed.

Telegram Abuse Team
""")

case(
    name="tg-top-posted-quoted-request",
    outcome="applied", classification="confirmation",
    imitates="Telegram moderator's short top-posted reply over the quoted request",
    why="only the new text counts: channel blocked for all users (removed, written without scheme), post 7 removed, post 19 not found; the 12 quoted URLs say nothing",
    date="Sun, 08 Sep 2024 22:05:13 +0900",
    frm="abuse@telegram.org", name_from="Aleks (Telegram)",
    subject=f"Re: {R1} removal request",
    reply_to_req=mid(R1),
    items={SLOT: "removed", C7: "removed", C19: "not_found"},
    body=f"""
Hi, done on our side:

t.me/slot_moonrise - channel blocked for all users
{C7} - removed
{C19} - we couldn't locate this one, the message ID doesn't exist in that channel

The other links in your list are still with the team.

Best,
Aleks

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(TG_REQUEST)}
""")

QP_BODY = f"""Hello,

This is an update on your legal request {R3}.

We have restricted {Y3} in South Korea: the video is no longer viewable from Korea but remains available in other countries.

The Short {Y4} has been removed for violating our policy on the sale of regulated goods.

For the other URLs in your notice we will follow up separately.

YouTube Legal Support
"""

case(
    name="yt-qp-restricted-and-removed",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support update (quoted-printable body)",
    why="quoted-printable with soft line breaks: u0Hc restricted in Korea, the Short removed; the rest promised",
    date="Tue, 10 Sep 2024 18:22:09 +0900",
    frm="legal-kr@google.com", subject=f"[{R3}] Update",
    items={Y3: "restricted", Y4: "removed"},
    raw_mime="Content-Type: text/plain; charset=utf-8\n"
             "Content-Transfer-Encoding: quoted-printable\n\n" + qp(QP_BODY),
)

B64_BODY = f"""안녕하세요. 네이버 블로그 운영팀입니다.

{R4} 건으로 신고하신 게시물에 대한 처리 결과입니다.

신고하신 게시물({NB})은 운영정책 위반으로 비공개 처리되었습니다.

또한 {NI_RAW} 은(는) 관련 법령에 따라 국내 이용자의 접근이 제한되었습니다.

감사합니다.
"""

case(
    name="naver-base64-korean",
    outcome="applied", classification="confirmation",
    imitates="NAVER 블로그 운영팀 처리 결과 메일 (base64 body)",
    why="base64 Korean: 비공개 처리 = removed (URL in brackets), raw Korean path 접근이 제한 = restricted",
    date="Fri, 13 Sep 2024 09:50:00 +0900",
    frm="noreply@naver.com", name_from="네이버 블로그",
    subject=f"[네이버 블로그] 신고 처리 결과 안내 ({R4})",
    items={NB: "removed", NI: "restricted"},
    raw_mime="Content-Type: text/plain; charset=utf-8\n"
             "Content-Transfer-Encoding: base64\n\n" + b64(B64_BODY),
)

CSV_ATT = (
    "url,action,reason\n"
    f"{H101},Withheld (KR),local law\n"
    f"{H245},No violation,\n"
    f"{D012},Removed,illegal goods\n"
    f"{P388},Not found,post unavailable or never existed\n"
)

case(
    name="x-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="X legal-request batch result with a CSV report attached",
    why="the statuses are in the attached CSV: withheld KR, no violation, removed, not found",
    date="Thu, 12 Sep 2024 12:00:00 +0900",
    frm="legal-notices@x.com", subject=f"Results for {R2}",
    reply_to_req=mid(R2),
    items={H101: "restricted", H245: "rejected", D012: "removed", P388: "not_found"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="xcsv750"

--xcsv750
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please see the attached report for the outcome of each post in your
request {R2}.

X Legal

--xcsv750
Content-Type: text/csv; charset=utf-8; name="{R2}-results.csv"
Content-Disposition: attachment; filename="{R2}-results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--xcsv750--
""")

case(
    name="tg-url-then-status-below",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with one status line under each URL",
    why="bare URL lines each followed by a 'Status:' line; 'under review' stays pending",
    date="Mon, 09 Sep 2024 15:30:44 +0900",
    frm="abuse@telegram.org", subject=f"Re: {R1}",
    items={L1041: "removed", L1057: "not_found", J102: "pending"},
    body=f"""
Hello,

Status of some of the links from {R1}:

{L1041}
Status: removed

{L1057}
Status: not found - this post ID does not exist

{J102}
Status: under review

Telegram Abuse Team
""")

case(
    name="tg-statement-then-url-below",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with the statement above each URL",
    why="each statement ends with ':' and its URL stands on the next line: 88 removed, 91 stays up (no breach)",
    date="Tue, 10 Sep 2024 12:41:00 +0900",
    frm="abuse@telegram.org", subject=f"Re: {R1}",
    items={J88: "removed", J91: "rejected"},
    body=f"""
Hello,

The following post has been removed:
{J88}

The following post does not breach our Terms of Service and will stay up:
{J91}

Best regards,
Telegram Abuse Team
""")

case(
    name="yt-korean-brackets-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="YouTube 법률 지원팀 Korean reply",
    why="URL in angle brackets followed by 은; URL in full-width parentheses followed by 는: removed, rejected",
    date="Wed, 11 Sep 2024 16:00:00 +0900",
    frm="legal-kr@google.com", name_from="YouTube 법률 지원팀",
    subject=f"RE: {R3} 삭제 요청 건",
    items={Y1: "removed", Y2: "rejected"},
    body=f"""
안녕하세요, YouTube 법률 지원팀입니다.

요청하신 동영상 <{Y1}>은 커뮤니티 가이드 위반으로 삭제되었습니다.

동영상（{Y2}）는 가이드 및 현지 법률 위반이 확인되지 않아 게시 상태가 유지됩니다。

감사합니다.
""")

case(
    name="yt-gmail-quoted-earlier-promise",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support follow-up in a Gmail thread",
    why="the new text says the channel was terminated; the quoted earlier Google message only promised review",
    date="Thu, 12 Sep 2024 20:10:00 +0900",
    frm="legal-kr@google.com", subject=f"Re: [{R3}] Acknowledgement",
    items={Y5: "removed"},
    body=f"""
Hello again,

Update on your request {R3}: the channel {Y5} has been terminated for
repeated violations of our regulated goods policy.

Best,
YouTube Legal Support

On Tue, Sep 10, 2024 at 9:02 AM YouTube Legal Support <legal-kr@google.com> wrote:
> Hello,
>
> We will review the channel {Y5} and the videos
> {Y1} and {Y2}
> and get back to you.
>
> YouTube Legal Support
""")

case(
    name="naver-wrapped-url",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원 plain-text reply hard-wrapped by the mail client",
    why="statement above each URL; the long percent-encoded URL is wrapped after its encoded path segment ('.../%93/' / 'contents/44190'): 국내 접속 차단 = restricted, 삭제 = removed",
    date="Tue, 17 Sep 2024 17:05:00 +0900",
    frm="policy@navercorp.com", name_from="NAVER 정책지원",
    subject=f"Re: {R4}",
    items={NI: "restricted", NC: "removed"},
    body=f"""
{R4} 관련 회신드립니다.

아래 게시물은 국내 접속 차단 조치되었습니다.
{NI[:67]}
{NI[67:]}

아래 게시물은 삭제되었습니다.
{NC}

NAVER 정책지원팀 드림
""")

case(
    name="kakao-html-table-refusal",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 신고 처리 결과 (HTML table) with a refusal and its reason",
    why="게시중단 = removed; 반려 with the reason '운영정책 위반 사항 없음, 게시 유지' = rejected",
    date="Wed, 18 Sep 2024 14:30:00 +0900",
    frm="cafe_help@daum.net", name_from="Daum 카페 고객센터",
    subject=f"[Daum 카페] 신고 처리 결과 ({R5})",
    type="html",
    items={K1502: "removed", K1517: "rejected"},
    body=f"""
<html><body>
<p>안녕하세요. Daum 카페 고객센터입니다.</p>
<p>{R5} 건의 처리 결과를 안내드립니다.</p>
<table border="1">
<tr><th>게시물 주소</th><th>처리 결과</th><th>사유</th></tr>
<tr><td><a href="{K1502}">{K1502}</a></td><td>게시중단</td><td>불법 의약품 판매</td></tr>
<tr><td><a href="{K1517}">{K1517}</a></td><td>반려</td><td>운영정책 위반 사항 없음, 게시 유지</td></tr>
</table>
<p>자세한 운영정책은 <a href="https://cs.daum.net/policy/cafe">카페 운영정책</a>을 참고해 주세요.</p>
</body></html>
""")

case(
    name="tg-dsa-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons sent to the notifier",
    why="'access disabled for users in the Republic of Korea', territorial scope KR = restricted; the ToS and appeal links are not items",
    date="Wed, 11 Sep 2024 07:58:00 +0900",
    frm="dsa@telegram.org", name_from="Telegram DSA",
    subject=f"Statement of reasons - your notice {R1}",
    items={C7: "restricted"},
    body=f"""
Statement of reasons

Notice reference: {R1}
Content concerned: {C7}
Decision: visibility restriction - access disabled for users in the
  Republic of Korea
Territorial scope: KR
Ground: illegal content under the law of the Republic of Korea
  (unlicensed gambling)
Detected by automated means: no
Decided by automated means: no

Information on our terms: https://telegram.org/tos
How to contest this decision: https://telegram.org/dsa/appeal

Telegram Trust & Safety
""")

case(
    name="yt-removed-then-reinstated",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply after the uploader's appeal",
    why="the later sentence revises the earlier: removed on 12 Sep, reinstated on 14 Sep as not violating = rejected",
    date="Sun, 15 Sep 2024 10:30:00 +0900",
    frm="legal-kr@google.com", subject=f"Re: {R3} u0Hc3VfJt6E",
    items={Y3: "rejected"},
    body=f"""
Hello,

On 12 September we removed {Y3} following your request {R3}. The uploader
appealed, and after a further review the video was reinstated on
14 September, as it does not violate our policies or the local law you
cited. It is available again.

YouTube Legal Support
""")

case(
    name="x-ack-plus-statement",
    outcome="applied", classification="confirmation",
    imitates="X support receipt that already reports an action",
    why="an acknowledgement sentence followed by an unhedged statement: restricted, not a pure acknowledgement",
    date="Wed, 18 Sep 2024 08:05:00 +0900",
    frm="support@x.com", name_from="X Support",
    subject=f"Case 0458812093: {R7}",
    items={V777: "restricted"},
    body=f"""
Hello,

We've received your report (case number 0458812093).

We have already withheld the reported post
{V777}
in South Korea in response to an earlier legal demand, so no further
action is needed on your side.

X Support
""")

case(
    name="tg-numbered-list-four-ways",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply as a numbered list",
    why="four URLs, four different statuses: removed, refused (news), blocked in Korea only, removed by its admin before review",
    date="Thu, 12 Sep 2024 13:13:13 +0900",
    frm="abuse@telegram.org", subject=f"Re: {R1} (part 2)",
    items={J88: "removed", B311: "rejected", SLOT: "restricted", C19: "not_found"},
    body=f"""
Hello,

Our decisions on four more links from {R1}:

1. {J88} - removed
2. {B311} - not removed: this is a news report, not an advertisement
3. {SLOT} - channel blocked for users in South Korea only
4. {C19} - deleted by the channel admin before our review

Telegram Abuse Team
""")

# ================================================================ REVIEW

case(
    name="tg-promise-will-be-taken-down",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Telegram abuse-desk reply promising action",
    why="'will be taken down by the end of the day' is a promise, not a statement: items stay pending",
    date="Wed, 04 Sep 2024 09:20:00 +0900",
    frm="abuse@telegram.org", subject=f"Re: {R1}",
    items={L1042: "pending", C7: "pending"},
    body=f"""
Hello,

Thank you for your notice {R1}. The posts {L1042} and {C7} breach our Terms
of Service and will be taken down by the end of the day.

Telegram Abuse Team
""")

case(
    name="yt-hedges-only",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="YouTube legal support interim reply",
    why="'appears to have been deleted ... possibly', 'may have been made private; we are checking': hedges, nothing stated",
    date="Wed, 11 Sep 2024 11:11:00 +0900",
    frm="legal-kr@google.com", subject=f"Re: {R3}",
    items={Y4: "pending", Y2: "pending"},
    body=f"""
Hello,

A quick note on {R3} while our review continues.

The Short {Y4} appears to have been deleted already, possibly by the
uploader. {Y2} may have been made private; we are checking with the
relevant team and have not taken any action on it ourselves yet.

YouTube Legal Support
""")

case(
    name="x-conditional-withhold",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="X legal reply stating its review conditions",
    why="a condition ('should our review confirm ... we will withhold'): the item stays pending",
    date="Wed, 18 Sep 2024 15:45:00 +0900",
    frm="legal-notices@x.com", subject=f"Re: {R7}",
    reply_to_req=mid(R7),
    items={V777: "pending"},
    body=f"""
Hello,

Thank you for your request {R7}. Should our review confirm that the post
{V777} is illegal under Korean law, we will withhold it in South Korea.
It has not been withheld so far. We aim to complete the review within five
business days.

X Legal
""")

case(
    name="tg-bulk-all-removed",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Telegram abuse-desk one-line closing reply",
    why="'all of the content you reported has been removed' for a twelve-item request, naming none",
    date="Sat, 14 Sep 2024 18:00:00 +0900",
    frm="abuse@telegram.org", subject=f"Re: {R1} removal request",
    reply_to_req=mid(R1),
    items={u: "pending" for u in TG},
    body=f"""
Hello,

Regarding {R1}: all of the content you reported has been removed from
Telegram. Thank you for helping keep Telegram safe.

Telegram Abuse Team
""")

case(
    name="x-dmarc-fail",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="X legal reply that failed DKIM/SPF/DMARC",
    why="from x.com but authentication failed: nothing applied",
    date="Tue, 10 Sep 2024 03:14:00 +0900",
    frm="legal-notices@x.com", subject=f"Re: {R2}", auth="fail",
    items={H101: "pending", H245: "pending"},
    body=f"""
Hello,

We have removed {H101} and {H245} as requested in {R2}.

X Legal
""")

case(
    name="kakao-cafe-manager-gmail",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager writing to the regulator from a personal address",
    why="a person at gmail.com (no platform's domain) says the posts were deleted",
    date="Sun, 15 Sep 2024 21:40:00 +0900",
    frm="sunnymarket.manager@gmail.com", name_from="써니마켓 카페매니저",
    subject=f"{R5} 관련 게시물 삭제했습니다",
    items={K1502: "pending", K1517: "pending"},
    body=f"""
안녕하세요. 다음카페 써니마켓 매니저입니다.

공문 받고 아래 게시물 두 개를 카페에서 직접 삭제했습니다.
{K1502}
{K1517}

앞으로 이런 글이 올라오지 않게 관리하겠습니다.
""")

case(
    name="yt-table-note-conflict",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="YouTube legal support outcome table (HTML) with a contradicting note",
    why="the table says Removed, the note below says no violation and the video remains available, with nothing saying which is right",
    date="Sat, 14 Sep 2024 12:00:00 +0900",
    frm="legal-kr@google.com", subject=f"[{R3}] Outcome",
    type="html",
    items={Y2: "pending"},
    body=f"""
<html><body>
<p>Hello,</p>
<p>Outcome for {R3}:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{Y2}</td><td>Removed</td></tr>
</table>
<p>Note: our specialists found no violation in {Y2}, and it remains available on YouTube.</p>
<p>YouTube Legal Support</p>
</body></html>
""")

case(
    name="naver-notice-no-items",
    outcome="review", review="no_claims", classification="other",
    imitates="NAVER 고객센터 운영시간 변경 공지 mailed to partners",
    why="trusted NAVER mail naming no item and no request",
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    frm="help@navercorp.com", name_from="네이버 고객센터",
    subject="[공지] 추석 연휴 고객센터 운영 안내",
    body="""
안녕하세요, 네이버 고객센터입니다.

추석 연휴(9월 16일~18일) 기간에는 고객센터 전화 상담이 운영되지 않습니다.
게시중단 요청 및 권리침해 신고는 연휴 기간에도 온라인으로 접수하실 수 있으며,
연휴 이후 순차적으로 처리됩니다.

자세한 내용은 https://help.naver.com/notice 에서 확인하실 수 있습니다.

감사합니다.
""")

case(
    name="yt-answers-for-x-post",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="Google legal support reply to a misdirected URL",
    why="Google states the X post is not on YouTube and cannot be found there: a status about another platform's item",
    date="Thu, 19 Sep 2024 10:00:00 +0900",
    frm="legal-kr@google.com", subject="Re: your removal request",
    items={V777: "pending"},
    body=f"""
Hello,

We could not find the content {V777} on YouTube: this URL does not belong
to any Google service, so we are unable to act on it. Please contact the
service that hosts it.

YouTube Legal Support
""")

case(
    name="naver-asks-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 정책지원 request for the 심의 의결서 before deciding",
    why="asks for supporting documents before reviewing one item; nothing is stated",
    date="Thu, 12 Sep 2024 16:30:00 +0900",
    frm="policy@navercorp.com", name_from="NAVER 정책지원",
    subject=f"[{R4}] 추가 자료 요청",
    reply_to_req=mid(R4),
    items={NI: "pending"},
    body=f"""
안녕하세요. NAVER 정책지원팀입니다.

요청하신 {NI_RAW} 의 위법성 검토를 위해 심의 의결서 사본을 추가로 보내주시기
바랍니다. 자료가 접수되는 대로 검토 후 결과를 안내드리겠습니다.

감사합니다.
""")

case(
    name="kakao-hedge-korean",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Kakao 권리보호센터 interim reply",
    why="'이미 삭제된 것으로 보이나 ... 확인 중' is a hedge, not a statement",
    date="Mon, 16 Sep 2024 15:15:00 +0900",
    frm="rights@kakaocorp.com", name_from="카카오 권리보호센터",
    subject=f"RE: [{R5}] 시정요구",
    items={K1517: "pending"},
    body=f"""
안녕하세요. 카카오 권리보호센터입니다.

{K1517} 게시물은 이미 삭제된 것으로 보이나, 정확한 확인을 위해 담당 부서에
문의 중입니다. 확인되는 대로 다시 안내드리겠습니다.

감사합니다.
""")

# ================================================================ IGNORED

case(
    name="yt-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail/Workspace vacation responder",
    why="out-of-office auto-reply",
    date="Mon, 16 Sep 2024 15:10:30 +0900",
    frm="legal-kr@google.com", name_from="Jiwoo Han",
    subject=f"Automatic reply: {R6} privacy complaint",
    reply_to_req=mid(R6),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. Legal removal requests are handled by the team
through the online form in the meantime.

Jiwoo
""")

case(
    name="tg-dsn-mailbox-full",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (mailbox full) with the returned request",
    why="a bounce of our own reminder, carrying the request's URLs in the returned message",
    date="Sat, 07 Sep 2024 10:00:05 +0900",
    frm="MAILER-DAEMON@telegram.org", name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn750"

--dsn750
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-in1.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: mailbox full, try again later

--dsn750
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-in1.telegram.org
Arrival-Date: Sat,  7 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--dsn750
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: {R1} removal request
Message-ID: <reminder-{mid(R1)}@kcsc.example>
Date: Sat, 07 Sep 2024 10:00:00 +0900

Reminder: the following items of {R1} are still pending:
{L1041}
{J88}
{B310}

--dsn750--
""")

case(
    name="x-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 message disposition notification",
    why="a read receipt says nothing about any item",
    date="Thu, 05 Sep 2024 12:01:00 +0900",
    frm="legal-notices@x.com", name_from="X Legal",
    subject=f"Read: {R2} removal request",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn750"

--mdn750
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal-notices@x.com
("{R2} removal request"). It was displayed on the recipient's
computer. This does not guarantee that the content has been read or
understood.

--mdn750
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; X Mail
Final-Recipient: rfc822;legal-notices@x.com
Original-Message-ID: <{mid(R2)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn750--
""")

case(
    name="naver-receipt-number",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 신고 접수 완료 안내 (automatic receipt)",
    why="a receipt with a ticket number and a promise to reply: pure acknowledgement",
    date="Wed, 11 Sep 2024 14:00:40 +0900",
    frm="noreply@naver.com", name_from="네이버 고객센터",
    subject=f"[네이버] 신고 접수 완료 안내 ({R4})",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{R4} 건의 신고가 정상적으로 접수되었습니다. (접수번호: 2024091100417)

담당자가 검토한 뒤 처리 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""")

case(
    name="yt-receipt-echoes-urls",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal web form confirmation with a copy of the submission",
    why="automatic receipt echoing the submitted URLs; 'we will review' is no statement",
    date="Mon, 09 Sep 2024 09:41:30 +0900",
    frm="noreply-legal@google.com", name_from="Google Legal",
    subject=f"We received your legal request [{R3}]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for your submission. Your request has been received and
assigned ID 8-3315000029871. We will review it and contact you if we need
more information.

A copy of your submission:

  Reference: {R3}
  Country: South Korea
  URLs:
    {Y1}
    {Y2}
    {Y3}
    {Y4}
    {Y5}
  Reason: unapproved medicine sales

Please do not reply to this automated email.
""")

case(
    name="kakao-out-of-office-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="out-of-office auto-reply in Korean",
    date="Fri, 13 Sep 2024 10:00:20 +0900",
    frm="rights@kakaocorp.com", name_from="카카오 권리보호센터 박서연",
    subject=f"[자동회신] [{R5}] 시정요구 (불법 의약품 판매)",
    reply_to_req=mid(R5),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 박서연입니다.
9월 13일부터 9월 18일까지 휴가로 부재중입니다.
급한 용무는 권리보호센터 대표 메일로 보내주시기 바랍니다.
""")

case(
    name="tg-unmonitored-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram DSA mailbox automatic response",
    why="an automatic response pointing to the right channel; says nothing about items",
    date="Tue, 03 Sep 2024 10:00:15 +0900",
    frm="dsa@telegram.org", name_from="Telegram DSA",
    subject=f"Auto: {R1} removal request",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automated response.

This address handles notices under the Digital Services Act. Messages are
processed in the order received and you will hear from us once your notice
has been handled. Reports about spam or scams can also be sent to
abuse@telegram.org.
""")


HEADER = """# Blind set blind750 (what a program gets wrong): written by tests/corpus/blind750/make.py.
# Expected results written from each email's meaning, before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    for c in cases:
        c["from"] = c.pop("frm")
        # Non-ASCII display names and subjects go out RFC 2047-encoded, as real mail does.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind750", HEADER, cases)
    print("%d cases" % len(cases))
