#!/usr/bin/env python3
"""Blind set 936 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
and a note that disagree, statuses given by position. Every email was
written from scratch in the manner of a public notice named in its
`imitates` field; the expected results come from each email's meaning,
written before any run of the reader.

    python3 tests/corpus/blind936/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind936"

# ---------------------------------------------------------------- requests
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8rLp2A",
    2: "https://www.youtube.com/watch?v=b7KdW0xZsN4",
    3: "https://www.youtube.com/watch?v=H1pYe6cRuJ9",
    4: "https://www.youtube.com/watch?v=z0NfL5gAqT3",
    5: "https://www.youtube.com/watch?v=Rw8sXjD2kVe",
    6: "https://www.youtube.com/watch?v=cP4uM9tBnY1",
    7: "https://www.youtube.com/shorts/Lx2eQ7hWv0K",
    8: "https://www.youtube.com/shorts/tG5oZ1yRm8D",
    9: "https://www.youtube.com/watch?v=Ej6aV3kFs7P",
    10: "https://www.youtube.com/watch?v=nU9wC4iHq2X",
    11: "https://www.youtube.com/@lucky_tiger_casino7",
    12: "https://www.youtube.com/watch?v=Ko1dS8pJx5T",
}
X = {
    1: "https://x.com/hanul_bet_kr/status/1831456012345678901",
    2: "https://x.com/hanul_bet_kr/status/1831460098765432100",
    3: "https://x.com/mintsoda_0042/status/1831502233445566778",
    4: "https://x.com/mintsoda_0042/status/1831519988776655443",
    5: "https://x.com/gray_pier_lab",
}
X6 = "https://x.com/silent_orca_91/status/1833777000111222333"
T = {
    1: "https://t.me/night_market_kr/311",
    2: "https://t.me/night_market_kr/312",
    3: "https://t.me/night_market_kr/340",
    4: "https://t.me/paper_crane_room/57",
}
V = {
    1: "https://t.me/velvet_dice/1024",
    2: "https://t.me/velvet_dice/1031",
}
N = {
    1: "https://blog.naver.com/sunny_rail/223560011122",
    2: "https://cafe.naver.com/quietlake/88812",
    3: "https://blog.naver.com/moonwell_kr/223561234567",
    4: "https://cafe.naver.com/%ED%95%98%EB%8A%98%EC%A0%95%EC%9B%90/4410",
}
N4_RAW = "https://cafe.naver.com/하늘정원/4410"
K = {
    1: "https://cafe.daum.net/bluepine/Ab12/345",
    2: "https://cafe.daum.net/bluepine/Ab12/351",
    3: "https://brunch.co.kr/@ink_harbor/41",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, msgid, note
    ("KCSC-240902-01", "youtube", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [Y[i] for i in range(1, 13)], "illegal_gambling", "req-240902-01", "largest request"),
    ("KCSC-240904-02", "x", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [X[i] for i in range(1, 6)], "illegal_gambling", "req-240904-02", ""),
    ("KCSC-240906-03", "telegram", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [T[i] for i in range(1, 5)], "drug_sales", "req-240906-03", ""),
    ("KCSC-240909-04", "naver", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     [N[i] for i in range(1, 5)], "defamation", "req-240909-04", "one Korean cafe path"),
    ("KCSC-240910-05", "kakao", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [K[i] for i in range(1, 4)], "privacy", "req-240910-05", ""),
    ("KCSC-240911-06", "x", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [X6], "privacy", "req-240911-06", "one item"),
    ("KCSC-240912-07", "telegram", "2024-09-12T16:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [V[1], V[2]], "illegal_gambling", "req-240912-07", ""),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},<{mid}@kcsc.example>,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def d(day, hm):
    """A Date header in Korean time, September 2024."""
    wd = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(day - 1) % 7]
    return f"{wd}, {day} Sep 2024 {hm}:00 +0900"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


QUOTED_REQUEST_YT = "\n".join(
    ["> Dear YouTube Legal team,", ">",
     "> Under Article 44-7 of the Network Act, the Korea Communications Standards",
     "> Commission requests the removal of the following content (KCSC-240902-01):", ">"]
    + [f"> {i}. {Y[i]}" for i in range(1, 13)]
    + [">", "> Please reply by 9 September 2024, 18:00 KST.", ">", "> KCSC Takedown desk"])

CASES = []


def case(**c):
    CASES.append(c)


# ============================================================= applied
case(
    name="yt-mixed-statuses-one-sentence",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d(5, "16:41"), subject="Re: [KCSC-240902-01] Request to remove content from YouTube",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thank you for your notice of 2 September 2024 (your reference KCSC-240902-01).

We have reviewed the content you identified. Following that review, {Y[1]} and {Y[2]} have been removed from YouTube for violating our Community Guidelines, {Y[3]} has been blocked from view in South Korea on the basis of local law, and {Y[4]} remains available because we did not find that it violates our policies or Korean law.

We are still reviewing the other URLs in your notice and will reply to them separately.

Kind regards,
Google Legal Support
Ref: 4-1173002211457
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals team outcome email (several outcomes in one reply)",
    why="one sentence gives three statuses to four videos: two removed, one blocked in Korea, one kept (no violation)",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-negation-restricted-instead",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d(6, "11:05"), subject="Re: [KCSC-240902-01] Request to remove content from YouTube",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Regarding your request KCSC-240902-01:

We did not remove {Y[5]}. The video does not violate YouTube's Community Guidelines, but we agree that it is unlawful under the Korean provision you cited, so access to it has been restricted for viewers in South Korea only.

{Y[6]} was not merely restricted: the video was removed globally, as it breaches our harassment policy.

No decision has been made yet on the other videos; we will write again when our review is complete.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals reply distinguishing global policy removal from local-law geo-block",
    why="negations: 'did not remove' then restricted in Korea; 'not merely restricted' then removed globally",
    items={Y[5]: "restricted", Y[6]: "removed"},
)

case(
    name="yt-refusal-with-reason-policy-links",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d(9, "09:20"), subject="Re: [KCSC-240902-01] Outcome of your request",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

We have reviewed the following content from your notice KCSC-240902-01:

- {Y[7]}
- {Y[8]}

We have decided not to take action on these Shorts. In our assessment they do not violate YouTube's Community Guidelines, and the notice does not show that they are unlawful in South Korea: the clips film a public street event and do not identify the person named in your notice. For this reason the content will stay available on YouTube.

If you obtain a court order, you can submit it through https://support.google.com/legal/answer/3110420 . Our policies are described at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/ .

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal 'we have decided not to take action' reply with reasons and help-centre links",
    why="a refusal with its reason for both listed Shorts; the support and policy links are not items",
    items={Y[7]: "rejected", Y[8]: "rejected"},
)

case(
    name="yt-correction-of-earlier-email",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d(14, "10:12"), subject="Correction: [KCSC-240902-01] Outcome of your request",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

We need to correct our email of 13 September.

In that email we told you that {Y[9]} had been removed. That was incorrect: the video has not been removed. It has been restricted in South Korea under local law and remains visible in other countries.

The outcome for {Y[10]} (removed for violating our spam and scams policy) is unchanged.

We apologise for the confusion.

Google Legal Support

On Fri, 13 Sep 2024 at 10:02, Google Legal Support <legal-support@google.com> wrote:
> Hello,
>
> Outcome for your notice KCSC-240902-01:
> {Y[9]} - removed
> {Y[10]} - removed
>
> Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal follow-up correcting an earlier outcome email, Gmail quoting",
    why="a later email revises the earlier one: the first video is restricted, not removed; the quoted old lines do not count",
    items={Y[9]: "restricted", Y[10]: "removed"},
)

case(
    name="tg-statuses-by-number",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(9, "20:33"), subject="Re: KCSC-240906-03",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

We have checked the links from your report:

1. {T[1]}
2. {T[2]}
3. {T[3]}
4. {T[4]}

Result: 1, 2 and 4 were taken down by our moderators. Number 3 does not break the Telegram Terms of Service and stays up.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (short numbered list, result by number)",
    why="statuses given by position in the email's own numbered list: 1, 2, 4 removed; 3 kept",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected", T[4]: "removed"},
)

case(
    name="x-withheld-and-not-located-hedged-cause",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(10, "03:14"), subject="Re: KCSC-240904-02 - Legal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We have reviewed your request and taken the following action.

We have withheld {X[1]} and {X[2]} in South Korea in response to your request. Both posts remain visible outside the country.

We were unable to locate {X[3]}, which may have been deleted by the account holder before our review.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice to a government reporter",
    why="two posts withheld in Korea; the third not located (the hedge is only about why)",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "not_found"},
)

case(
    name="x-account-withheld-post-kept",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(11, "02:48"), subject="Re: KCSC-240904-02 - Legal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

The account {X[5]}, which you reported for promoting illegal gambling, has been withheld in South Korea.

We also reviewed {X[4]}, which your notice described as defamatory. After review, we have determined that it does not violate the X Rules, and we are declining to take action on it: the post expresses an opinion about a public figure's conduct and does not appear to be unlawful in the reported jurisdiction.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply: account withheld in country, second report declined with reason",
    why="relative clauses only describe the report; account withheld in Korea, post declined with a reason",
    items={X[5]: "restricted", X[4]: "rejected"},
)

case(
    name="x-one-item-no-url",
    **{"from": "safety-noreply@x.com"}, name_from="X Safety",
    date=d(12, "09:55"), subject="Your report KCSC-240911-06: update",
    reply_to_req="req-240911-06",
    body="""
Hello,

Thanks for your report. We reviewed the post you reported and found that it violated the X Rules on sharing private information.

The post has been removed and the account holder has been told why.

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X Safety report outcome email (no URL, one reported post)",
    why="sole statement, no URL, for a one-item request: removed",
    items={X6: "removed"},
)

case(
    name="tg-three-statuses-two-requests",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date=d(13, "22:07"), subject="Re: reports KCSC-240906-03, KCSC-240912-07",
    body=f"""
Hi,

Thanks for the links. {T[1]} and {V[1]} have been taken down, {T[3]} doesn't exist (there is no message with that number in the channel), and {T[4]} doesn't break our rules, so we've left it alone.

-- Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply written by hand, one sentence for several links",
    why="one sentence, items of two requests: two removed, one does not exist, one left up (no breach)",
    items={T[1]: "removed", V[1]: "removed", T[3]: "not_found", T[4]: "rejected"},
)

case(
    name="tg-correction-author-deleted",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(14, "18:26"), subject="Re: KCSC-240912-07",
    reply_to_req="req-240912-07",
    body=f"""
Hello,

Both links from your report KCSC-240912-07 have been handled: {V[1]} and {V[2]} are no longer available.

One correction to the above: our moderators tell me that {V[2]} had already been deleted by the channel owner before they reached it, so we did not remove it ourselves; the link simply leads nowhere now. The first post was taken down by us.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with a correction paragraph",
    why="a later paragraph revises the first: 1031 was deleted by its author (not_found), 1024 taken down",
    items={V[1]: "removed", V[2]: "not_found"},
)

case(
    name="naver-html-result-table",
    **{"from": "noreply-policy@navercorp.com"}, name_from="NAVER 고객센터",
    date=d(11, "14:30"), subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240909-04)",
    reply_to_req="req-240909-04", type="html",
    body=f"""
<html><body>
<p>안녕하세요, 네이버 게시중단 요청 담당자입니다.</p>
<p>방송통신심의위원회의 요청(KCSC-240909-04)에 대한 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>처리 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>게시중단</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>임시조치(30일)</td><td>권리침해 주장 접수</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>조치 불가</td><td>위반 사항이 확인되지 않아 게시물이 유지됩니다</td></tr>
<tr><td>4</td><td>{N4_RAW}</td><td>게시물 없음</td><td>작성자가 이미 삭제한 게시물입니다</td></tr>
</table>
<p>처리 결과에 이의가 있으시면 <a href="https://help.naver.com/inquiry">고객센터</a>로 문의해 주시기 바랍니다.</p>
<p>감사합니다.<br>NAVER 권리보호센터</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (HTML table)",
    why="table with four different results: 게시중단, 임시조치, 조치 불가 (no violation), 게시물 없음 (author deleted); raw Korean path",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "rejected", N[4]: "not_found"},
)

case(
    name="naver-text-table-note-corrects",
    **{"from": "noreply-policy@navercorp.com"}, name_from="NAVER 고객센터",
    date=d(12, "10:05"), subject="Re: [KCSC-240909-04] 게시중단 요청 처리 결과",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물의 처리 결과입니다.

URL                                                  결과
{N[1]}       게시중단
{N[2]}               게시중단

※ 정정 안내: 위 표의 두 번째 게시물({N[2]})은 게시중단이 아니라 임시조치(30일)로 처리되었습니다. 표를 작성하는 과정에서 잘못 기재되었으니 양해 부탁드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 text table with a 정정 안내 note",
    why="the note explicitly corrects the table: the cafe post is 임시조치 (restricted), the blog post 게시중단",
    items={N[1]: "removed", N[2]: "restricted"},
)

case(
    name="kakao-blind-mixed-list",
    **{"from": "noreply-safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(12, "17:40"), subject="[카카오] 권리침해 신고 처리 결과 안내 (KCSC-240910-05)",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요. 카카오 권리침해 신고센터입니다.

요청번호 KCSC-240910-05 관련 처리 결과를 알려드립니다.

- {K[1]} : 블라인드 처리되었습니다.
- {K[2]} : 작성자가 이미 삭제한 게시물로 확인되어 별도 조치를 하지 않았습니다.
- {K[3]} : 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

처리 결과에 대한 문의는 카카오 고객센터(https://cs.kakao.com)로 해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe / Kakao 권리침해 신고 처리 결과 (블라인드)",
    why="블라인드 (removed); author already deleted, 'no separate action' is not a refusal (not_found); kept for no violation (rejected)",
    items={K[1]: "removed", K[2]: "not_found", K[3]: "rejected"},
)

CSV_ATT = (
    "url,action,region,comment\r\n"
    f"{Y[11]},Channel terminated,Global,Repeated violations of spam policy\r\n"
    f"{Y[12]},Blocked,KR,Local law (gambling)\r\n"
    f"{Y[1]},No action,,Not in violation of policies or local law\r\n"
    f"{Y[2]},In review,,\r\n"
)
case(
    name="yt-csv-attachment-outcomes",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d(12, "13:18"), subject="Re: [KCSC-240902-01] Outcome spreadsheet",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b936-csv-boundary"

--b936-csv-boundary
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome of our review for your notice KCSC-240902-01.
Rows marked "In review" have not been decided yet.

Regards,
Google Legal Support

--b936-csv-boundary
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--b936-csv-boundary--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal outcome spreadsheet attached as CSV",
    why="CSV rows: channel terminated (removed), blocked KR (restricted), no action/not in violation (rejected), in review (pending)",
    items={Y[11]: "removed", Y[12]: "restricted", Y[1]: "rejected", Y[2]: "pending"},
)

case(
    name="yt-top-posted-over-request",
    **{"from": "minji.kang@google.com"}, name_from="Minji Kang",
    date=d(4, "18:52"), subject="Re: [KCSC-240902-01] Request to remove content from YouTube",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

Quick update on your notice: {Y[2]} and {Y[5]} have been removed. I'll follow up on the rest once the team has finished.

Best,
Minji
YouTube Trust & Safety, Seoul

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{QUOTED_REQUEST_YT}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety staff reply top-posted over the quoted request (Gmail)",
    why="two videos removed above the quote; the twelve quoted URLs below are the regulator's own text",
    items={Y[2]: "removed", Y[5]: "removed"},
)

case(
    name="x-outlook-original-message",
    **{"from": "gga-kr@x.com"}, name_from="X Global Government Affairs",
    date=d(13, "08:31"), subject="RE: KCSC-240904-02 Request for removal",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Following our review, {X[3]} has been withheld in South Korea. We are not able to act on {X[4]}: it does not break the X Rules and we did not find it unlawful under the provision cited in your request.

Kind regards,
X Global Government Affairs

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:00 AM
To: legal@x.com
Subject: KCSC-240904-02 Request for removal

Please remove or block the following posts and account:
{X[1]}
{X[2]}
{X[3]}
{X[4]}
{X[5]}

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="X government affairs reply in Outlook with the original request below",
    why="one withheld in Korea, one refused with reason; the five URLs under -----Original Message----- do not count",
    items={X[3]: "restricted", X[4]: "rejected"},
)

QP_BODY = f"""Hello,

Here is the outcome for two videos in notice KCSC-240902-01.

The video {Y[6]} has been age-restricted: it is no longer shown to signed-out viewers or to viewers under 18.
The Short {Y[7]} has been taken down for violating our child safety policy.

YouTube Legal Operations
"""
case(
    name="yt-quoted-printable-age-restricted",
    **{"from": "legal-ops@youtube.com"}, name_from="YouTube Legal Operations",
    date=d(10, "15:02"), subject="Re: [KCSC-240902-01] outcome",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome, quoted-printable body",
    why="age-restricted (restricted) and taken down (removed); long lines carry QP soft breaks",
    items={Y[6]: "restricted", Y[7]: "removed"},
)

B64_KO = f"""안녕하세요.
KCSC-240902-01 요청에 대한 검토 결과를 알려드립니다.

{Y[3]} 동영상은 현지 법률에 따라 대한민국에서 접근이 제한되었습니다.
{Y[4]} 동영상은 커뮤니티 가이드 위반으로 삭제되었습니다.

나머지 동영상은 검토가 끝나는 대로 다시 안내드리겠습니다.

Google 법무지원팀
"""
case(
    name="yt-base64-korean-outcome",
    **{"from": "legal-support@google.com"}, name_from="Google 법무지원팀",
    date=d(11, "16:44"), subject="Re: [KCSC-240902-01] 검토 결과",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(B64_KO)}""",
    outcome="applied", classification="confirmation",
    imitates="Google Korea legal reply in Korean, base64 body",
    why="접근이 제한 (restricted in Korea) and 삭제 (removed); promise about the rest names no item",
    items={Y[3]: "restricted", Y[4]: "removed"},
)

case(
    name="naver-particles-fullwidth",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=d(13, "11:20"), subject="Re: 게시중단 요청 (KCSC-240909-04)",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요, 네이버 정책지원 담당 이수진입니다.

요청하신 게시물 중 {N[1]}는 게시중단 처리되었고, <{N[2]}> 게시물은 권리침해 신고에 따라 임시조치되었습니다.
또한 {N[3]}（블로그）은 운영자 권한으로 비공개 처리하였습니다.

나머지 게시물은 확인 후 별도로 회신드리겠습니다.

감사합니다.
이수진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy staff reply in Korean prose",
    why="URL+particle 는, URL in angle brackets, URL+full-width paren: 게시중단, 임시조치, 운영자 비공개 처리",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed"},
)

case(
    name="tg-url-below-statement",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(10, "19:15"), subject="Re: KCSC-240906-03",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

The following post has been removed:
{T[4]}

The following post could not be found; the link appears to be wrong:
{T[3]}

Thanks,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk short reply, URL on the line below its statement",
    why="statements end in ':' and the URL follows; 'appears to be wrong' hedges only the reason",
    items={T[4]: "removed", T[3]: "not_found"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(12, "04:40"), subject="KCSC-240904-02 - outcome by URL",
    reply_to_req="req-240904-02",
    body=f"""
Report KCSC-240904-02 - outcome by URL

{X[1]}
Status: Withheld in KR

{X[2]}
Status: No violation found - no action taken

{X[5]}
Status: Account suspended

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal per-URL outcome list",
    why="bare URL with its status on the next line: withheld in KR, no violation, account suspended",
    items={X[1]: "restricted", X[2]: "rejected", X[5]: "removed"},
)

case(
    name="naver-wrapped-angle-url",
    **{"from": "noreply-policy@navercorp.com"}, name_from="NAVER 고객센터",
    date=d(16, "09:10"), subject="[NAVER] 처리 결과 안내 (KCSC-240909-04)",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청번호 KCSC-240909-04 처리 결과를 안내드립니다.

<https://cafe.naver.com/%ED%95%98%EB%8A%98%EC%A0%95%EC%9B%90/
4410> 게시물은 카페 운영원칙 위반으로 삭제되었습니다.

{N[3]} 게시물은 검토 결과 위반 사항이 없어 게시가 유지됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 안내 with a long percent-encoded URL wrapped inside angle brackets",
    why="the wrapped <...> URL is the Korean cafe post (삭제: removed); the blog post stays (rejected)",
    items={N[4]: "removed", N[3]: "rejected"},
)

case(
    name="yt-hedges-in-relative-clauses",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d(15, "10:48"), subject="Re: [KCSC-240902-01] Outcome of your request",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

{Y[8]}, which appears to be a re-upload of a video we removed earlier this year, has also been removed.

{Y[9]}, which the uploader may decide to delete on their own, does not violate our policies and will stay up.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal outcome reply with explanatory relative clauses",
    why="hedges sit in the relative clauses; the main clauses are firm: removed, and kept (no violation)",
    items={Y[8]: "removed", Y[9]: "rejected"},
)

case(
    name="kakao-negation-then-restricted",
    **{"from": "cafe-policy@daum.net"}, name_from="Daum 카페 운영팀",
    date=d(13, "15:55"), subject="Re: [KCSC-240910-05] 게시물 조치 요청 회신",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

{K[2]} 게시물은 삭제하지 않았습니다. 다만 청소년에게 유해한 내용이 포함되어 있어 성인 인증 후에만 볼 수 있도록 접근을 제한하였습니다.

{K[1]} 게시물은 삭제 조치가 완료되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply in Korean",
    why="'삭제하지 않았습니다' then 접근 제한 (restricted); the other post 삭제 완료 (removed)",
    items={K[2]: "restricted", K[1]: "removed"},
)

case(
    name="x-ack-phrase-plus-statement",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(13, "01:22"), subject="Case 0418837265: KCSC-240911-06",
    reply_to_req="req-240911-06",
    body=f"""
Hello,

We received your report and opened case 0418837265.

Having reviewed it, we have withheld {X6} in South Korea. No further action is needed from you.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case email that acknowledges and decides at once",
    why="acknowledgement phrase plus an unhedged statement: withheld in Korea",
    items={X6: "restricted"},
)

# ============================================================= review
case(
    name="yt-promise-will-be-removed",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d(5, "09:14"), subject="Re: [KCSC-240902-01] Request to remove content from YouTube",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thank you for your notice KCSC-240902-01. We have confirmed that {Y[1]} and {Y[2]} fall under our spam and scams policy, and they will be removed within 24 hours, once the uploader's notice period has passed.

Regards,
Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Google legal interim reply announcing a removal",
    why="'will be removed' is a promise, not a statement: both stay pending",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="x-hedge-may-already-be-withheld",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(6, "05:03"), subject="Re: KCSC-240904-02 - Legal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

It looks like {X[1]} may already be withheld in Korea following an earlier request from another authority. We are checking with the team that handled that request and will confirm.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="'looks like ... may already be withheld' is a hedge; the item stays pending",
    items={X[1]: "pending"},
)

case(
    name="naver-conditional-under-review",
    **{"from": "noreply-policy@navercorp.com"}, name_from="NAVER 고객센터",
    date=d(10, "10:30"), subject="Re: [KCSC-240909-04] 게시중단 요청",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 {N[1]} 및 {N[2]} 게시물은 현재 검토 중입니다.
권리침해 사실이 소명되는 경우 임시조치될 예정이며, 결과는 영업일 기준 3일 이내에 다시 알려드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 검토 중 안내 (conditional 임시조치 예정)",
    why="검토 중 and a condition ('소명되는 경우 ... 예정'): no statement, items pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="yt-bulk-all-removed",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d(16, "14:00"), subject="Re: [KCSC-240902-01] Request completed",
    reply_to_req="req-240902-01",
    body="""
Hello,

We have completed our review of your notice KCSC-240902-01. All of the videos and the channel listed in the notice have been removed from YouTube.

Regards,
Google Legal Support
""",
    outcome="review", review="bulk",
    imitates="Google legal 'request completed' summary",
    why="one statement about all twelve items without naming any: bulk",
    items={},
)

case(
    name="kakao-bulk-korean",
    **{"from": "noreply-safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(11, "16:10"), subject="[카카오] 처리 결과 안내 (KCSC-240910-05)",
    reply_to_req="req-240910-05",
    body="""
안녕하세요. 카카오 권리침해 신고센터입니다.

요청번호 KCSC-240910-05로 요청하신 게시물 3건은 모두 블라인드 처리하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao 처리 결과 안내 (summary line)",
    why="'3건 모두 블라인드' for a three-item request without naming them: bulk",
    items={},
)

case(
    name="x-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date=d(8, "12:12"), subject="Re: KCSC-240904-02 - Legal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

{X[1]} and {X[2]} have been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome, but DKIM/SPF/DMARC fail",
    why="platform domain failing authentication: nothing applied",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="vendor-unknown-sender",
    **{"from": "kr-queue@moderation-partners.net"}, name_from="Moderation Partners (for X)",
    date=d(9, "13:45"), subject="RE: KCSC-240904-02 Request for removal",
    body=f"""
Dear KCSC,

We are the content review vendor handling Korean legal requests on behalf of X.
{X[3]} has been withheld in Korea and {X[4]} was removed.

Best regards,
Moderation Partners review desk
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="sender is no platform's domain, though it names our request and URLs",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="tg-speaks-about-x-item",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(12, "21:50"), subject="Re: KCSC-240906-03",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

The link {X[5]} in your report is not on Telegram. There is no such content on our platform, so there is nothing for us to remove.

Telegram Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="Telegram abuse reply to a link that belongs to another service",
    why="Telegram speaks about an X account: its 'no such content' cannot set X's item",
    items={X[5]: "pending"},
)

case(
    name="yt-table-and-note-conflict",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d(17, "11:30"), subject="Re: [KCSC-240902-01] Outcome",
    reply_to_req="req-240902-01", type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>The outcome for the remaining item of notice KCSC-240902-01:</p>
<table border="1">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{Y[12]}</td><td>Removed</td></tr>
</table>
<p>Note: {Y[12]} was reviewed by our legal team and remains available, as it does not violate our policies or local law.</p>
<p>Regards,<br>Google Legal Support</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="Google legal HTML outcome table with a contradicting note",
    why="the table says Removed, the note says it remains available; nothing says which is right",
    items={Y[12]: "pending"},
)

case(
    name="tg-asks-legal-basis",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(8, "17:02"), subject="Re: KCSC-240906-03",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

To proceed with {T[2]} we need more information. Please reply with the article of Korean law the content breaks, or a copy of the court order, and a short description of what in the post is unlawful.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse desk asking for the legal basis",
    why="a request for more information about a requested item",
    items={T[2]: "pending"},
)

case(
    name="x-contact-change-no-claims",
    **{"from": "jaewon.lee@x.com"}, name_from="Jaewon Lee",
    date=d(18, "10:00"), subject="New contact point for Korean authorities",
    body="""
Hi,

We are updating our contact points for Korean authorities. From 1 October, please send removal requests to kr-legal@x.com instead of this address. Requests already sent will be handled as before.

Thanks,
Jaewon Lee
X Global Government Affairs, Seoul
""",
    outcome="review", review="no_claims",
    imitates="platform staff notice about a new contact address",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="yt-hedge-relative-still-up",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d(7, "10:20"), subject="Re: [KCSC-240902-01] Request to remove content from YouTube",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

{Y[3]}, which may be restricted in Korea once our legal review concludes, is currently still available.

Regards,
Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Google legal interim status reply",
    why="'still available' while the review goes on is no decision; the relative clause is a conditional",
    items={Y[3]: "pending"},
)

# ============================================================= ignored
case(
    name="yt-out-of-office",
    **{"from": "jisoo.park@google.com"}, name_from="Jisoo Park",
    date=d(2, "10:01"), subject="Automatic reply: [KCSC-240902-01] Request to remove content from YouTube",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 23 September with limited access to email.
For urgent legal removal matters, please contact legal-kr@google.com.

Jisoo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-out-of-office-korean",
    **{"from": "sujin.lee@navercorp.com"}, name_from="이수진",
    date=d(9, "09:31"), subject="[부재중] Re: 게시중단 요청 (KCSC-240909-04)",
    reply_to_req="req-240909-04",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 이수진입니다.
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 (Chuseok holiday)",
    why="Korean out-of-office auto-reply",
    items={},
)

DSN = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b936-dsn"

--b936-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out3.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@x.com>: host inbound.x.com[203.0.113.25] said:
    550 5.1.1 <legal-kr-old@x.com>: Recipient address rejected: User unknown

--b936-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out3.x.com
Arrival-Date: Wed, 11 Sep 2024 15:00:04 +0900

Final-Recipient: rfc822; legal-kr-old@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b936-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@x.com
Subject: KCSC-240911-06 Request for removal
Message-ID: <req-240911-06@kcsc.example>
Date: Wed, 11 Sep 2024 15:00:00 +0900

Please remove the following post, which discloses private information:
{X6}

--b936-dsn--
"""
case(
    name="x-dsn-bounce",
    **{"from": "MAILER-DAEMON@x.com"}, name_from="Mail Delivery System",
    date=d(11, "15:01"), subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="a bounce; the URL is only in the returned request",
    items={},
)

MDN = """
Content-Type: multipart/report; report-type=disposition-notification; boundary="b936-mdn"

--b936-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

귀하가 보낸 메일 "게시중단 요청 (KCSC-240909-04)"을 수신자가 2024-09-09 11:02에 읽었습니다.

--b936-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b936-mdn--
"""
case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=d(9, "11:02"), subject="읽음 확인: 게시중단 요청 (KCSC-240909-04)",
    reply_to_req="req-240909-04",
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="a read receipt",
    items={},
)

case(
    name="tg-ticket-receipt",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(6, "14:20"), subject="Re: KCSC-240906-03",
    reply_to_req="req-240906-03",
    body="""
Hello,

Thanks, we got your report. Ticket TG-55301 has been opened and a moderator will look at it.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse desk ticket receipt",
    why="pure acknowledgement with a promise to look",
    items={},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply-safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(10, "10:03"), subject="[카카오] 신고 접수 안내 (KCSC-240910-05)",
    reply_to_req="req-240910-05",
    body="""
안녕하세요. 카카오 권리침해 신고센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: 20240910-00731

담당자 검토 후 처리 결과를 메일로 안내드리겠습니다.

감사합니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 안내 (receipt with 접수번호)",
    why="Korean receipt: 접수되었습니다 with a ticket number",
    items={},
)

case(
    name="yt-automatic-submission-receipt",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    date=d(2, "10:02"), subject="Your legal removal request [2-9153000028471]",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for contacting Google. This is an automatic message to confirm that we received your legal removal request. Your submission ID is 2-9153000028471; please keep it for your records.

We review every request carefully. You do not need to reply to this message.

The Google Legal Team
""",
    outcome="ignored",
    imitates="Google legal removal webform automatic receipt",
    why="automatic receipt of the request; no statement about any item",
    items={},
)


HEADER = """# Blind set 936 (focus: what a program gets wrong). Written by make.py:
# expected results from each email's meaning, before any run of the reader."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
