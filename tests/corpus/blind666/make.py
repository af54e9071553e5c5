#!/usr/bin/env python3
"""Blind set 666: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted by its note, statuses given by position. Every email is
fictional and written in our own sentences; expected results were written
from each email's meaning before the reader was run on it.

    python3 tests/corpus/blind666/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind666"

# ---------------------------------------------------------------- requests
YT = [
    "https://www.youtube.com/watch?v=qT4mLw9ZpR2",   # Y1
    "https://www.youtube.com/watch?v=Hb7nXc2KsV0",   # Y2
    "https://www.youtube.com/watch?v=pL0aRe5uJ8d",   # Y3
    "https://www.youtube.com/watch?v=Zw3kTy6oQm1",   # Y4
    "https://www.youtube.com/watch?v=eF9gUi2bNx7",   # Y5
    "https://www.youtube.com/watch?v=Rc5vMo8tWa3",   # Y6
    "https://www.youtube.com/shorts/kD2sPq7yLe4",    # Y7
    "https://www.youtube.com/shorts/Vn6hJb1cXz9",    # Y8
    "https://www.youtube.com/watch?v=aM8wQe3rTy5",   # Y9
    "https://www.youtube.com/watch?v=Ui1oPa4sDf6",   # Y10
    "https://www.youtube.com/@moonlit_odds_tv",      # Y11
    "https://www.youtube.com/watch?v=Gx0hJk7lZc2",   # Y12
]
TG = [
    "https://t.me/silver_lantern_bets/118",
    "https://t.me/silver_lantern_bets/121",
    "https://t.me/northgate_pills",
    "https://t.me/quiet_ferry_chat/4402",
]
XX = [
    "https://x.com/copperfinch77/status/1831002233445566771",
    "https://x.com/copperfinch77/status/1831049988776655442",
    "https://x.com/dalsoop_deals/status/1830877766554433113",
    "https://x.com/dalsoop_deals",
    "https://x.com/mirae_ledger99/status/1832200011223344556",
]
NV = [
    "https://blog.naver.com/sunny_orchard21/223561234567",
    "https://cafe.naver.com/bluedeckclub/88812",
    "https://blog.naver.com/riverhaze/223570011223",
]
KK_RAW = "https://cafe.daum.net/밤바다/Xk2L/311"
KK = [
    "https://cafe.daum.net/%EB%B0%A4%EB%B0%94%EB%8B%A4/Xk2L/311",
    "https://brunch.co.kr/@hanbitnote/57",
]
TT = ["https://www.tiktok.com/@glowmint.kr/video/7409988776655443322"]
TG1 = ["https://t.me/amber_docks/57"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", YT,
     "illegal gambling", "gambling promotion videos and one channel"),
    ("KCSC-240904-02", "telegram", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00", TG,
     "drugs", "drug sale posts and a channel"),
    ("KCSC-240905-03", "x", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", XX,
     "illegal gambling", "betting ads and an account"),
    ("KCSC-240906-04", "naver", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", NV,
     "illegal finance", "unregistered lending posts"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:15:00+09:00", "2024-09-16T18:00:00+09:00", KK,
     "obscenity", "cafe post and brunch article"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00", TT,
     "drugs", "one video"),
    ("KCSC-240911-07", "telegram", "2024-09-11T09:05:00+09:00", "2024-09-18T18:00:00+09:00", TG1,
     "illegal gambling", "one channel post"),
]


def mid(ref):
    return "req." + ref + "@kcsc.example"


def reqid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])


def quoted_request(ref, urls, prefix="> ", raw_first=None):
    """Our own request as a mail client quotes it below a reply."""
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under reference {ref}:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please inform us of the measures taken.", "", "KCSC Takedown Team"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


BOUNDARY = "=_b666_part_boundary"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED

case(
    name="yt-four-outcomes-one-sentence",
    **{"from": "legal-noreply@google.com"},
    date="Thu, 12 Sep 2024 09:14:02 +0900",
    subject="[KCSC-240903-01] Outcome of your legal request",
    reply_to_req=reqid("KCSC-240903-01"),
    imitates="YouTube/Google legal removals team outcome email (prose)",
    why="one sentence gives four different outcomes; each URL takes the verb of its own clause",
    outcome="applied", classification="confirmation",
    items={YT[0]: "removed", YT[1]: "removed", YT[2]: "restricted", YT[3]: "rejected"},
    body=f"""
Hello,

Thank you for your legal request (our reference 8-4471000032591).

After review, we removed {YT[0]} and {YT[1]}, blocked {YT[2]} from view in
South Korea only, and took no action on {YT[3]} because it does not violate
our Community Guidelines and we did not find it to be unlawful under Korean
law.

The remaining videos in your request are still with our team and we will
write again once a decision has been made.

Regards,
The YouTube Legal Support Team
https://support.google.com/youtube/answer/6154230
""")

case(
    name="tg-blocked-and-not-blocked",
    **{"from": "abuse@telegram.org"},
    date="Fri, 06 Sep 2024 21:03:44 +0400",
    subject="Re: KCSC-240904-02 removal request",
    reply_to_req=reqid("KCSC-240904-02"),
    imitates="Telegram abuse desk short reply",
    why="negation: the second link was not blocked because it breaks no rule = rejected",
    outcome="applied", classification="confirmation",
    items={TG[2]: "removed", TG[0]: "rejected"},
    body=f"""
Hello,

The channel {TG[2]} has been blocked on all platforms for selling
prohibited substances.

We did not block {TG[0]}: the post is a screenshot of a news article and
does not break the Telegram Terms of Service (https://telegram.org/tos).

Telegram Abuse Team
""")

case(
    name="x-withheld-then-corrected-removed",
    **{"from": "legal-support@x.com"},
    date="Mon, 09 Sep 2024 03:22:10 +0000",
    subject="Case 0917733: KCSC-240905-03",
    imitates="X legal request response with a correction added by the agent",
    why="a later sentence revises the first one: the post was removed globally, not withheld",
    outcome="applied", classification="confirmation",
    items={XX[4]: "removed"},
    body=f"""
Hello,

We have withheld the following post in South Korea in response to your
request KCSC-240905-03:

{XX[4]}

Correction to the above, sent after a second check by our safety team: this
post has in fact been removed from X entirely for violating our rules on
illegal and regulated goods, so it is no longer visible in any country.

We will follow up separately about the other posts in your request.

X Legal
""")

case(
    name="naver-table-with-correction-note",
    **{"from": "noreply-policy@navercorp.com"},
    date="Wed, 11 Sep 2024 17:40:00 +0900",
    subject="[NAVER] 시정요구(KCSC-240906-04) 조치결과 회신",
    reply_to_req=reqid("KCSC-240906-04"),
    imitates="NAVER 시정요구 조치결과 HTML table with a note correcting one row",
    why="the note explicitly corrects row 2 of the table (게시중단 -> 접속차단); the correction wins",
    outcome="applied", classification="confirmation",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "rejected"},
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회의 시정요구(KCSC-240906-04)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>게시중단</td><td>9/10 조치</td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>게시중단</td><td>9/10 조치</td></tr>
<tr><td>3</td><td>{NV[2]}</td><td>조치불가</td><td>운영정책 위반 사항 없음</td></tr>
</table>
<p>※ 정정 안내: 위 표 2번 항목의 조치결과는 입력 오류입니다. 해당 카페 게시물은 게시중단이 아니라
국내 접속차단(해외 IP에서는 열람 가능) 조치되었습니다.</p>
<p>※ 3번 게시물은 대출 상품 비교 정보로 관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.</p>
<p>네이버 정책지원팀 드림<br>
고객센터: https://help.naver.com/</p>
</body></html>
""")

case(
    name="yt-statuses-by-position-over-quote",
    **{"from": "legal-kr@google.com", "name_from": "Google Legal KR"},
    date="Fri, 13 Sep 2024 11:02:51 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req=reqid("KCSC-240903-01"),
    imitates="Google legal reply top-posted over the quoted request, outcomes given by item number",
    why="statuses by the numbers of the quoted request: 9 and 10 removed, 11 restricted, 12 rejected",
    outcome="applied", classification="confirmation",
    items={YT[8]: "removed", YT[9]: "removed", YT[10]: "restricted", YT[11]: "rejected"},
    body=f"""
Hello KCSC team,

Following up on items 9 to 12 of your list below:

- Items 9 and 10: removed for violating our policy on online gambling.
- Item 11 (the channel): restricted; the channel can no longer be viewed
  from South Korea.
- Item 12: no action. The video is a news report about gambling
  enforcement and violates neither our policies nor local law.

Items 1 to 8 were answered in our earlier emails.

Best,
Google Legal Support

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", YT)}
""")

case(
    name="tiktok-single-item-all-removed",
    **{"from": "no-reply@tiktok.com", "name_from": "TikTok Trust & Safety"},
    date="Thu, 12 Sep 2024 08:30:12 +0000",
    subject="Your report KCSC-240910-06: action taken",
    imitates="TikTok report outcome notification",
    why="'all the content you reported' with a one-item request: that item is removed",
    outcome="applied", classification="confirmation",
    items={TT[0]: "removed"},
    body="""
Hi,

Thanks for your report (reference KCSC-240910-06). We reviewed it and all
the content you reported has been removed for violating our Community
Guidelines on drugs and controlled substances.

You can read more about our rules at https://www.tiktok.com/community-guidelines

TikTok Trust & Safety
""")

case(
    name="kakao-korean-particles-mixed",
    **{"from": "cs-legal@kakaocorp.com", "name_from": "카카오 고객보호팀"},
    date="Thu, 12 Sep 2024 15:12:09 +0900",
    subject="[카카오] 게시물 삭제 요청(KCSC-240909-05) 처리 결과",
    reply_to_req=reqid("KCSC-240909-05"),
    imitates="Daum/Kakao 게시중단 처리 결과 안내 (Korean prose)",
    why="one sentence: raw Korean-path cafe URL 게시중단 (removed), brunch URL with particle 은 already deleted by author (not_found)",
    outcome="applied", classification="confirmation",
    items={KK[0]: "removed", KK[1]: "not_found"},
    body=f"""
안녕하세요, 카카오 고객보호팀입니다.

요청하신 게시물 중 {KK_RAW} 게시물은 9월 11일 게시중단 조치하였으며,
https://brunch.co.kr/@hanbitnote/57은 요청 접수 전에 작성자가 직접 삭제하여 현재 존재하지 않는 글입니다.

문의사항은 고객센터(https://cs.kakao.com/)로 연락 주시기 바랍니다.
감사합니다.
""")

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"},
    date="Sat, 07 Sep 2024 13:51:30 +0400",
    subject="Re: KCSC-240904-02 removal request",
    reply_to_req=reqid("KCSC-240904-02"),
    imitates="Telegram abuse desk reply with a hedged remark about a second link",
    why="121 blocked; 4402 only 'appears to have been deleted' in a relative clause and 'has not been assessed': pending",
    outcome="applied", classification="confirmation",
    items={TG[1]: "removed", TG[3]: "pending"},
    body=f"""
Hi,

We blocked {TG[1]} today.

The message {TG[3]}, which appears to have been deleted by the group's
admins before our moderators opened it, has not been assessed yet. We will
let you know.

Telegram Abuse Team
""")

case(
    name="x-refusal-with-reasons-and-withheld",
    **{"from": "legal-support@x.com"},
    date="Tue, 10 Sep 2024 07:18:55 +0000",
    subject="Case 0917733: response to KCSC-240905-03",
    imitates="X legal request response: partial compliance, refusal with reasons",
    why="refusal with its reasons = rejected; account withheld in KR = restricted",
    outcome="applied", classification="confirmation",
    items={XX[2]: "rejected", XX[3]: "restricted"},
    body=f"""
Hello,

We have reviewed your request and decided not to take action on
{XX[2]}. The post advertises a lawful lottery retailer; it does not violate
the X Rules, and we did not find it to be illegal under the laws of South
Korea.

The account {XX[3]} has been withheld in South Korea. It remains
available elsewhere.

More about country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""")

case(
    name="yt-actioned-phrase-and-uploader-deleted",
    **{"from": "legal-noreply@google.com"},
    date="Wed, 11 Sep 2024 10:05:33 +0900",
    subject="[KCSC-240903-01] Update on your legal request",
    reply_to_req=reqid("KCSC-240903-01"),
    imitates="YouTube legal outcome email using the 'actioned' wording, bulleted",
    why="'has been actioned under our policies' = removed (platform phrase); uploader deleted before review = not_found",
    outcome="applied", classification="confirmation",
    items={YT[4]: "removed", YT[5]: "removed", YT[6]: "not_found"},
    body=f"""
Hello,

We have an update on your request:

  * {YT[4]} - this content has been actioned under our policies.
  * {YT[5]} - this content has been actioned under our policies.
  * {YT[6]} - we could not review this Short: the uploader deleted it
    before our review, and it no longer exists on YouTube.

YouTube Legal Support
""")

CSV_ATT = "\n".join([
    "url,action,reason",
    f"{YT[7]},Removed,Spam and deceptive practices",
    f"{YT[8]},Blocked in KR,Local law",
    f"{YT[9]},No action,Does not violate policy or local law",
    f"{YT[10]},Not found,Channel does not exist",
    f"{YT[11]},Removed,Online gambling policy",
]) + "\n"

case(
    name="yt-csv-attachment",
    **{"from": "legal-noreply@google.com"},
    date="Sat, 14 Sep 2024 02:44:19 +0900",
    subject="[KCSC-240903-01] Results attached",
    reply_to_req=reqid("KCSC-240903-01"),
    imitates="Google legal bulk result sent as a CSV attachment",
    why="CSV rows give five outcomes; 'Blocked in KR' is restricted, 'No action' with reason is rejected",
    outcome="applied", classification="confirmation",
    items={YT[7]: "removed", YT[8]: "restricted", YT[9]: "rejected", YT[10]: "not_found", YT[11]: "removed"},
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="{BOUNDARY}"

--{BOUNDARY}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the remaining URLs in your request
KCSC-240903-01.

YouTube Legal Support

--{BOUNDARY}
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--{BOUNDARY}--
""")

case(
    name="yt-html-table-reversed-on-appeal",
    **{"from": "legal-noreply@google.com"},
    date="Wed, 18 Sep 2024 16:27:40 +0900",
    subject="[KCSC-240903-01] Status of reported videos",
    reply_to_req=reqid("KCSC-240903-01"),
    imitates="Google legal HTML status table with a note about an appeal",
    why="the note below the table revises row 3: the Short was reinstated as not violating = rejected; row 4 age-restricted = restricted",
    outcome="applied", classification="confirmation",
    items={YT[4]: "removed", YT[5]: "removed", YT[6]: "rejected", YT[7]: "restricted"},
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Below is the current status of the videos from your request KCSC-240903-01.</p>
<table border="1">
<thead><tr><th>#</th><th>URL</th><th>Action</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="{YT[4]}">{YT[4]}</a></td><td>Removed</td></tr>
<tr><td>2</td><td><a href="{YT[5]}">{YT[5]}</a></td><td>Removed</td></tr>
<tr><td>3</td><td><a href="{YT[6]}">{YT[6]}</a></td><td>Removed</td></tr>
<tr><td>4</td><td><a href="{YT[7]}">{YT[7]}</a></td><td>Age-restricted</td></tr>
</tbody></table>
<p><b>Note:</b> the removal shown in row 3 was reversed after the uploader appealed. On second review
the Short was found not to violate our policies, and it has been reinstated and is available again.</p>
<p>YouTube Legal Support</p>
</body></html>
""")

case(
    name="naver-blind-two-keep-one",
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원"},
    date="Tue, 10 Sep 2024 11:20:00 +0900",
    subject="RE: [KCSC-240906-04] 게시물 삭제 요청",
    reply_to_req=reqid("KCSC-240906-04"),
    imitates="NAVER 블라인드 처리 안내 (Korean prose, mixed outcome in one sentence)",
    why="one sentence: two URLs in parentheses 블라인드 (removed), the third kept for lack of a violation (rejected)",
    outcome="applied", classification="confirmation",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "rejected"},
    body=f"""
안녕하세요. 네이버 정책지원 담당자입니다.

신고하신 게시물 3건 중 2건({NV[0]}, {NV[1]})은 블라인드 처리하였고, 나머지 1건 {NV[2]} 은 운영정책 위반 사항이 확인되지 않아 게시를 유지하기로 하였습니다.

네이버 운영정책: https://policy.naver.com/policy/service.html

감사합니다.
""")

case(
    name="x-top-posted-over-full-quote",
    **{"from": "legal-support@x.com"},
    date="Wed, 11 Sep 2024 05:31:47 +0000",
    subject="Re: Request for removal KCSC-240905-03",
    reply_to_req=reqid("KCSC-240905-03"),
    imitates="X legal agent reply top-posted over the quoted request (Gmail quoting)",
    why="two URLs stated above the quote; the other three appear only in the quoted request",
    outcome="applied", classification="confirmation",
    items={XX[0]: "restricted", XX[1]: "removed"},
    body=f"""
Hi,

Update on your report:

{XX[0]} has been withheld in South Korea.
{XX[1]} was removed for violating our rules on illegal and regulated goods.

X Legal

On Thu, Sep 5, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240905-03", XX)}
""")

case(
    name="yt-statement-then-url-below",
    **{"from": "legal-noreply@google.com"},
    date="Tue, 10 Sep 2024 13:45:00 +0900",
    subject="[KCSC-240903-01] Decision on reported content",
    reply_to_req=reqid("KCSC-240903-01"),
    imitates="YouTube legal outcome email, statement on one line and URL on the line below",
    why="each URL takes the statement of the line above it",
    outcome="applied", classification="confirmation",
    items={YT[8]: "removed", YT[9]: "rejected"},
    body=f"""
Hello,

The following video has been removed for violating our policy on
regulated goods and services:
{YT[8]}

The following video remains available; we did not find a violation of
our policies or of local law:
{YT[9]}

YouTube Legal Support
""")

case(
    name="yt-bare-url-status-below",
    **{"from": "legal-noreply@google.com"},
    date="Mon, 09 Sep 2024 17:12:26 +0900",
    subject="[KCSC-240903-01] Status update",
    reply_to_req=reqid("KCSC-240903-01"),
    imitates="Google legal status list: bare URL, status on the next line",
    why="Y1 removed, Y2 'Under review' stays pending, Y3 restricted",
    outcome="applied", classification="confirmation",
    items={YT[0]: "removed", YT[1]: "pending", YT[2]: "restricted"},
    body=f"""
Hello,

Current status of the first three URLs in your request:

{YT[0]}
Status: Removed

{YT[1]}
Status: Under review

{YT[2]}
Status: Restricted in South Korea

YouTube Legal Support
""")

QP_NAVER = f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

- {NV[0]} : 임시조치 (최대 30일, 이의제기 시 재게시 검토)
- {NV[1]} : 운영자 삭제

- {NV[2]} 에 대해서는 아직 검토 중입니다.

감사합니다.
네이버 고객센터
"""

case(
    name="naver-qp-temporary-measure",
    **{"from": "help@naver.com", "name_from": "네이버 고객센터"},
    date="Mon, 09 Sep 2024 16:03:12 +0900",
    subject="=?UTF-8?B?W0tDU0MtMjQwOTA2LTA0XSDsspjrpqwg6rKw6rO8IOyViOuCtA==?=",
    reply_to_req=reqid("KCSC-240906-04"),
    imitates="NAVER 고객센터 처리 결과 안내, quoted-printable Korean list",
    why="임시조치 = restricted, 운영자 삭제 = removed, 검토 중 = pending",
    outcome="applied", classification="confirmation",
    items={NV[0]: "restricted", NV[1]: "removed", NV[2]: "pending"},
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_NAVER)}
""")

B64_KAKAO = f"""안녕하세요. 카카오 권리침해 신고 담당입니다.

방송통신심의위원회에서 요청하신 KCSC-240909-05 건의 처리 결과입니다.

1) 다음 카페 게시물
   {KK_RAW}
   → 국내 이용자 대상 접근 제한 조치 완료

2) 브런치 글
   {KK[1]}
   → 해당 글은 삭제되지 않았습니다. 검토 결과 작품 속 묘사가 브런치 운영정책 및 관련 법령에 위반되지 않는다고 판단하였습니다.

감사합니다.
"""

case(
    name="kakao-base64-access-limited-and-kept",
    **{"from": "noreply@daum.net", "name_from": "Kakao 고객센터"},
    date="Fri, 13 Sep 2024 10:48:30 +0900",
    subject="[카카오] KCSC-240909-05 처리 결과 안내",
    imitates="Kakao 권리침해 신고 처리 결과, base64 body",
    why="접근 제한 = restricted; '삭제되지 않았습니다' with a reason (no violation) = rejected",
    outcome="applied", classification="confirmation",
    items={KK[0]: "restricted", KK[1]: "rejected"},
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(B64_KAKAO)}
""")

case(
    name="x-could-not-locate-rest-pending",
    **{"from": "legal-support@x.com"},
    date="Fri, 13 Sep 2024 09:55:02 +0000",
    subject="Case 0917733: KCSC-240905-03",
    imitates="X legal 'unable to locate' reply",
    why="'We could not locate' is a plain statement = not_found; the hedge after it does not undo it",
    outcome="applied", classification="confirmation",
    items={XX[1]: "not_found"},
    body=f"""
Hello,

We could not locate <{XX[1]}> - the link appears to be
invalid, or the post no longer exists.

The other posts from your report are still being reviewed by our team.

X Legal
""")

case(
    name="tiktok-statement-of-reasons-geo",
    **{"from": "dsa-notices@tiktok.com", "name_from": "TikTok"},
    date="Sat, 14 Sep 2024 06:00:41 +0000",
    subject="Decision on your report (KCSC-240910-06)",
    imitates="TikTok DSA-style statement of reasons to a notifier",
    why="visibility restricted in South Korea only = restricted",
    outcome="applied", classification="confirmation",
    items={TT[0]: "restricted"},
    body=f"""
Decision on your report

Reported content: {TT[0]}
Type of decision: restriction of visibility
Territorial scope: South Korea
Ground: content considered illegal under local law (reported by a
government authority)
Facts relied on: your notice of 10 September 2024
Automated means used: no

The video remains available outside South Korea. Information about
redress: https://www.tiktok.com/legal/page/global/appeals

TikTok
""")

case(
    name="naver-by-position-quoted",
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원"},
    date="Thu, 12 Sep 2024 09:31:55 +0900",
    subject="RE: [KCSC-240906-04] 게시물 삭제 요청",
    reply_to_req=reqid("KCSC-240906-04"),
    imitates="NAVER reply giving results by the request's numbers, over Outlook-style quoted request",
    why="statuses by position: 1 and 3 게시중단 (removed), 2 없는 게시물 (not_found)",
    outcome="applied", classification="confirmation",
    items={NV[0]: "removed", NV[1]: "not_found", NV[2]: "removed"},
    body=f"""
안녕하세요.

요청 목록 기준으로 회신드립니다.
1번, 3번: 게시중단 완료
2번: 해당 주소의 게시물이 존재하지 않습니다(삭제된 게시물 또는 잘못된 주소).

네이버 정책지원 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 2:00 PM
To: policy@navercorp.com
Subject: [KCSC-240906-04] 게시물 삭제 요청

{quoted_request("KCSC-240906-04", NV, prefix="")}
""")

case(
    name="tg-earlier-sentence-corrected",
    **{"from": "abuse@telegram.org"},
    date="Mon, 09 Sep 2024 19:40:12 +0400",
    subject="Re: KCSC-240904-02 removal request",
    reply_to_req=reqid("KCSC-240904-02"),
    imitates="Telegram abuse desk reply that corrects itself in a second paragraph",
    why="first sentence says 4402 blocked; the correction says 4402 could not be found and it was 121 that was blocked",
    outcome="applied", classification="confirmation",
    items={TG[3]: "not_found", TG[1]: "removed"},
    body=f"""
Hello,

We blocked {TG[3]}.

Sorry, a correction to the line above: {TG[3]} is a message
in a private group and we could not find it. The link we blocked was
{TG[1]}.

Telegram Abuse Team
""")

# ================================================================= REVIEW

case(
    name="yt-promise-will-be-removed",
    **{"from": "legal-noreply@google.com"},
    date="Wed, 04 Sep 2024 15:20:00 +0900",
    subject="[KCSC-240903-01] We are processing your request",
    reply_to_req=reqid("KCSC-240903-01"),
    imitates="Google legal interim reply with a promise",
    why="only promises ('will be removed once') about named items: nothing stated",
    outcome="review", review="not_understood",
    items={YT[0]: "pending", YT[1]: "pending"},
    body=f"""
Hello,

Thank you for your request. The videos at {YT[0]} and
{YT[1]} will be removed within 24 hours once our reviewers
confirm the local-law assessment.

YouTube Legal Support
""")

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-support@x.com"},
    date="Sat, 07 Sep 2024 04:04:04 +0000",
    subject="Case 0917733: KCSC-240905-03",
    imitates="X legal bulk confirmation",
    why="'all reported posts' of a five-item request, none named: bulk",
    outcome="review", review="bulk",
    items={},
    body="""
Hello,

All of the reported posts in your request KCSC-240905-03 have been
withheld in South Korea.

X Legal
""")

case(
    name="tg-all-but-one-bulk",
    **{"from": "abuse@telegram.org"},
    date="Tue, 10 Sep 2024 09:09:09 +0400",
    subject="Re: KCSC-240904-02 removal request",
    reply_to_req=reqid("KCSC-240904-02"),
    imitates="Telegram abuse desk 'all except' reply",
    why="three of four links covered only by 'all ... except'; the named one is 'could not access' (no status): bulk",
    outcome="review", review="bulk",
    items={TG[3]: "pending"},
    body=f"""
Hello,

All links in your request have been blocked, except
{TG[3]}, which belongs to a private group our moderators
cannot access.

Telegram Abuse Team
""")

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원"},
    auth="fail",
    date="Wed, 11 Sep 2024 08:00:00 +0900",
    subject="[KCSC-240906-04] 게시중단 완료",
    imitates="NAVER 게시중단 notice failing authentication",
    why="platform domain but DMARC fails: untrusted",
    outcome="review", review="untrusted",
    items={NV[0]: "pending", NV[1]: "pending"},
    body=f"""
안녕하세요.

{NV[0]}
{NV[1]}

위 게시물 2건은 게시중단 처리되었습니다.

네이버 정책지원
""")

case(
    name="lawfirm-unknown-sender",
    **{"from": "counsel@hanbit-law.example", "name_from": "Hanbit Law Office"},
    date="Fri, 13 Sep 2024 14:30:00 +0900",
    subject="KCSC-240905-03 - posts removed by our client",
    imitates="letter from the account holder's lawyer",
    why="not a platform domain; names the request and URLs: unknown_sender",
    outcome="review", review="unknown_sender",
    items={XX[2]: "pending", XX[3]: "pending"},
    body=f"""
Dear Commission,

We act for the holder of the account {XX[3]}. Our client has
deleted the post {XX[2]} of their own accord and asks that the
request KCSC-240905-03 be closed as regards them.

Yours faithfully,
Hanbit Law Office
""")

case(
    name="naver-about-daum-url",
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원"},
    date="Fri, 13 Sep 2024 13:13:13 +0900",
    subject="RE: 게시물 삭제 요청",
    imitates="NAVER reply stating a status for another portal's post",
    why="NAVER states a status for a Daum (Kakao) cafe post: wrong_platform",
    outcome="review", review="wrong_platform",
    items={KK[0]: "pending"},
    body=f"""
안녕하세요. 네이버 정책지원입니다.

문의하신 {KK_RAW} 게시물은 삭제 처리되었습니다.

감사합니다.
""")

case(
    name="tiktok-table-note-conflict",
    **{"from": "no-reply@tiktok.com", "name_from": "TikTok Trust & Safety"},
    date="Mon, 16 Sep 2024 10:10:10 +0000",
    subject="Report KCSC-240910-06: outcome",
    imitates="TikTok outcome table contradicted by the agent's note",
    why="the table says Removed, the note says it remains available with no violation; no sign which one is the correction",
    outcome="review", review="conflicting_statements",
    items={TT[0]: "pending"},
    type="html",
    body=f"""
<html><body>
<p>Hi,</p>
<table border="1">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td>{TT[0]}</td><td>Removed</td></tr>
</table>
<p>Note from the reviewer: the video remains available on TikTok. We found no violation of our
Community Guidelines in it.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
""")

case(
    name="tiktok-asks-court-order",
    **{"from": "lawenforcement@tiktok.com", "name_from": "TikTok Law Enforcement Response"},
    date="Wed, 11 Sep 2024 03:00:00 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req=reqid("KCSC-240910-06"),
    imitates="TikTok request for legal basis before acting",
    why="asks for the legal basis before acting: asks_more",
    outcome="review", classification="request_for_info", review="asks_more",
    items={TT[0]: "pending"},
    body=f"""
Hello,

Before we can act on {TT[0]}, please send us the specific
provision of Korean law the video is said to violate and, if one exists,
the decision or order of the Commission in this matter. Please reply to
this email with the documents attached.

TikTok Law Enforcement Response Team
""")

case(
    name="x-policy-newsletter-no-claims",
    **{"from": "legal-support@x.com"},
    date="Mon, 16 Sep 2024 00:00:00 +0000",
    subject="Changes to how we process government requests",
    imitates="X notice to government requesters about a portal change",
    why="trusted platform mail naming no item and no request: no_claims",
    outcome="review", review="no_claims",
    items={},
    body="""
Hello,

From 1 October 2024, legal requests from government agencies should be
submitted through our Legal Request Portal (https://legalrequests.x.com).
Requests sent by email after that date will receive an automatic reply
pointing to the portal.

X Legal
""")

case(
    name="tg-warning-and-condition",
    **{"from": "abuse@telegram.org"},
    date="Fri, 06 Sep 2024 09:30:00 +0400",
    subject="Re: KCSC-240904-02 removal request",
    reply_to_req=reqid("KCSC-240904-02"),
    imitates="Telegram abuse desk warning reply",
    why="a warning to the admin and a condition ('if ... it will be blocked') are no status",
    outcome="review", review="not_understood",
    items={TG[2]: "pending"},
    body=f"""
Hello,

We have warned the administrators of {TG[2]}. If the channel
continues to post such offers, it will be blocked.

Telegram Abuse Team
""")

case(
    name="x-might-be-restricted-relative",
    **{"from": "legal-support@x.com"},
    date="Sun, 08 Sep 2024 11:11:11 +0000",
    subject="Case 0917733: KCSC-240905-03",
    imitates="X legal interim reply with a hedge in a relative clause",
    why="'which might already be withheld in your region' is a hedge; 'looking into' is no status",
    outcome="review", review="not_understood",
    items={XX[4]: "pending"},
    body=f"""
Hello,

We are looking into {XX[4]}, which might already be withheld in
your region under an earlier order. We will confirm the outcome shortly.

X Legal
""")

case(
    name="kcsc-colleague-forwards-youtube",
    **{"from": "jiwoo.park@kcsc.example", "name_from": "Park Jiwoo"},
    auth="none",
    date="Thu, 12 Sep 2024 10:40:00 +0900",
    subject="Fwd: [KCSC-240903-01] Outcome of your legal request",
    imitates="colleague forwarding a platform reply into the takedown mailbox (Gmail forward)",
    why="a forward from our own staff: the platform's statement is not authenticated here",
    outcome="review", review="forwarded", classification="forwarded",
    items={YT[0]: "pending", YT[1]: "pending"},
    body=f"""
FYI, this came to my personal inbox.

---------- Forwarded message ---------
From: YouTube Legal Support <legal-noreply@google.com>
Date: Thu, Sep 12, 2024 at 9:14 AM
Subject: [KCSC-240903-01] Outcome of your legal request
To: Park Jiwoo <jiwoo.park@kcsc.example>

Hello,

We removed {YT[0]} and {YT[1]} for violating our
Community Guidelines.

The YouTube Legal Support Team
""")

# ================================================================= IGNORED

case(
    name="google-out-of-office",
    **{"from": "minji.legal@google.com", "name_from": "Minji Kang"},
    date="Wed, 04 Sep 2024 09:00:03 +0900",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of content",
    reply_to_req=reqid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    imitates="Outlook/Gmail out-of-office reply from a platform employee",
    why="out-of-office auto-reply",
    outcome="ignored", classification="auto_reply",
    items={},
    body="""
I am out of the office until 9 September with limited access to email.
Requests about content removal will be handled by legal-kr@google.com in
the meantime.

Minji Kang
""")

DSN_TEXT = f"""This is the mail system at host mail-out1.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mx.telegram.org[198.51.100.77] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown
"""

case(
    name="telegram-dsn-bounce",
    **{"from": "MAILER-DAEMON@telegram.org", "name_from": "Mail Delivery System"},
    date="Wed, 11 Sep 2024 04:05:06 +0400",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    imitates="Postfix DSN bounce with the original request attached",
    why="delivery status notification; the request's URLs are only in the returned message",
    outcome="ignored", classification="bounce",
    items={},
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="{BOUNDARY}"

--{BOUNDARY}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{DSN_TEXT}
--{BOUNDARY}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out1.telegram.org
Arrival-Date: Wed, 11 Sep 2024 04:05:04 +0400

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--{BOUNDARY}
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: [KCSC-240911-07] Request for removal of content
Message-ID: <{mid("KCSC-240911-07")}>
Date: Wed, 11 Sep 2024 09:05:00 +0900

Please remove the following content:
1. {TG1[0]}

KCSC Takedown Team

--{BOUNDARY}--
""")

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원"},
    date="Fri, 06 Sep 2024 14:32:00 +0900",
    subject="읽음: [KCSC-240906-04] 게시물 삭제 요청",
    reply_to_req=reqid("KCSC-240906-04"),
    imitates="Outlook read receipt (MDN) in Korean",
    why="message disposition notification",
    outcome="ignored", classification="read_receipt",
    items={},
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="{BOUNDARY}"

--{BOUNDARY}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지를 읽었습니다.

받는 사람: policy@navercorp.com
제목: [KCSC-240906-04] 게시물 삭제 요청
읽은 날짜: 2024-09-06 오후 2:31

--{BOUNDARY}
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{mid("KCSC-240906-04")}>
Disposition: manual-action/MDN-sent-manually; displayed

--{BOUNDARY}--
""")

case(
    name="tiktok-ticket-receipt",
    **{"from": "support@tiktok.com", "name_from": "TikTok Support"},
    date="Tue, 10 Sep 2024 08:00:30 +0000",
    subject="We received your report [Ticket 55190312]",
    extra_headers=["Auto-Submitted: auto-generated"],
    imitates="TikTok / Zendesk ticket receipt",
    why="pure acknowledgement with a ticket number",
    outcome="ignored", classification="acknowledgement",
    items={},
    body="""
Hi,

Thanks for contacting TikTok. We've received your report and created
ticket 55190312. A member of our team will review it and get back to you.
Please do not reply to this email.

TikTok Support
""")

case(
    name="kakao-korean-receipt",
    **{"from": "noreply@kakaocorp.com", "name_from": "카카오 고객센터"},
    date="Mon, 09 Sep 2024 10:16:00 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    reply_to_req=reqid("KCSC-240909-05"),
    extra_headers=["Auto-Submitted: auto-generated"],
    imitates="Kakao 고객센터 접수 안내",
    why="pure Korean acknowledgement (접수 번호), no statement",
    outcome="ignored", classification="acknowledgement",
    items={},
    body="""
안녕하세요, 카카오 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다. (접수번호 2409-0912-4471)
담당자가 확인 후 순차적으로 답변드리겠습니다.

본 메일은 발신 전용입니다.
""")

case(
    name="x-auto-ack-case-number",
    **{"from": "legal-noreply@x.com", "name_from": "X Legal"},
    date="Thu, 05 Sep 2024 00:41:00 +0000",
    subject="Case 0917733: we received your request",
    reply_to_req=reqid("KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-replied"],
    imitates="X legal request automatic receipt",
    why="automatic receipt with a case number, nothing about the items",
    outcome="ignored", classification="acknowledgement",
    items={},
    body="""
Hello,

This is an automated response to confirm that we have received your
legal request. Your case number is 0917733. Please keep it in the subject
line of any further correspondence.

X Legal
""")

case(
    name="naver-korean-out-of-office",
    **{"from": "seoyeon.lee@navercorp.com", "name_from": "이서연"},
    date="Fri, 06 Sep 2024 14:05:00 +0900",
    subject="[자동회신] [KCSC-240906-04] 게시물 삭제 요청",
    reply_to_req=reqid("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-replied"],
    imitates="Korean 부재중 자동회신",
    why="Korean out-of-office auto-reply",
    outcome="ignored", classification="auto_reply",
    items={},
    body="""
안녕하세요. 이서연입니다.

9월 6일(금)부터 9월 18일(수)까지 추석 연휴 및 휴가로 부재중입니다.
급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""")

# A few more applied, to keep the mix near the brief's.

case(
    name="x-numbered-mixed-with-reasons",
    **{"from": "legal-support@x.com"},
    date="Tue, 17 Sep 2024 06:06:06 +0000",
    subject="Case 0917733: final response KCSC-240905-03",
    imitates="X legal final response, numbered list with reasons",
    why="numbered list: withheld in KR, no action with reason, account suspended (removed)",
    outcome="applied", classification="confirmation",
    items={XX[0]: "restricted", XX[2]: "rejected", XX[3]: "removed"},
    body=f"""
Hello,

Our final response to your request KCSC-240905-03:

1. {XX[0]}
   Withheld in South Korea.
2. {XX[2]}
   No action taken. The post does not break the X Rules and we could
   not identify a legal basis for restricting it.
3. {XX[3]}
   Account suspended for repeated violations of our spam policy; its
   posts are no longer available.

X Legal
""")

case(
    name="kakao-not-deleted-but-blinded",
    **{"from": "cs-legal@kakaocorp.com", "name_from": "카카오 고객보호팀"},
    date="Sat, 14 Sep 2024 11:00:00 +0900",
    subject="RE: [KCSC-240909-05] 추가 안내",
    reply_to_req=reqid("KCSC-240909-05"),
    imitates="Kakao clarification: not deleted but 블라인드",
    why="negated deletion then 블라인드 (removed per the project's rule) for the cafe post; brunch only 'seems' deleted (hedge)",
    outcome="applied", classification="confirmation",
    items={KK[0]: "removed", KK[1]: "pending"},
    body=f"""
안녕하세요. 카카오 고객보호팀입니다.

{KK_RAW} 게시물은 삭제하지는 않았으나, 블라인드 처리되어 작성자 외에는 볼 수 없습니다.
브런치 글 {KK[1]} 은 작성자가 내린 것으로 보이나 확인 중입니다.

감사합니다.
""")

case(
    name="yt-restricted-not-removed-age",
    **{"from": "legal-noreply@google.com"},
    date="Tue, 17 Sep 2024 12:12:12 +0900",
    subject="[KCSC-240903-01] Outcome for two videos",
    reply_to_req=reqid("KCSC-240903-01"),
    imitates="YouTube age-restriction outcome",
    why="'we did not remove X; we age-restricted it' = restricted; second one rejected with reason",
    outcome="applied", classification="confirmation",
    items={YT[2]: "restricted", YT[3]: "rejected"},
    body=f"""
Hello,

We did not remove {YT[2]}; instead we age-restricted it, so it
can no longer be watched by signed-out viewers or users under 18.

{YT[3]} stays up. It is a documentary segment and falls under
our educational, documentary, scientific and artistic exception.

YouTube Legal Support
""")


HEADER = """# Blind set 666 (tests/corpus/blind666/): what a program gets wrong.
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand.
"""


def main():
    from email.header import Header
    for c in CASES:
        n = c.get("name_from")
        if n and not n.isascii():
            # Korean display names go RFC 2047 encoded, as mail clients send them.
            c["name_from"] = Header(n, "utf-8").encode()
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
