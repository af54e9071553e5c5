#!/usr/bin/env python3
"""Blind set 156: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
and a note that disagree, statuses given by position. Every email is
fictional and written in our own sentences; the expected results were
written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind156/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind156"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (f"KCSC-240916-0{i}" for i in range(1, 8))
MID = {r: f"req-240916-0{r[-1]}" for r in (R1, R2, R3, R4, R5, R6, R7)}

Y = [
    "https://www.youtube.com/watch?v=Qm7dLx2Rk0a",
    "https://www.youtube.com/watch?v=Hb3kTz9Wv1b",
    "https://www.youtube.com/watch?v=Pn5cVe4Jy2c",
    "https://www.youtube.com/watch?v=Zr8gUa6Ns3d",
    "https://www.youtube.com/watch?v=Lt2wBo7Xq4e",
    "https://www.youtube.com/watch?v=Fd9hKi1Mp5f",
    "https://youtu.be/Wc4nRy8Ue6g",
    "https://www.youtube.com/shorts/Jk6pSd3Ta7h",
    "https://www.youtube.com/@moonlit_gossip_tv",
    "https://www.youtube.com/watch?v=Ev1qGn5Oz8i",
    "https://www.youtube.com/watch?v=Sx0mAf2Ib9j",
    "https://www.youtube.com/watch?v=Ug7yHc3Dk0k",
]
Y = [None] + Y  # 1-based: Y[1] .. Y[12]
X = [
    None,
    "https://x.com/grey_lantern_88/status/1835501122334455601",
    "https://x.com/grey_lantern_88/status/1835502233445566702",
    "https://x.com/velvet_rumor_kr/status/1835603344556677803",
    "https://x.com/velvet_rumor_kr",
    "https://x.com/tidepool_notes/status/1835704455667788904",
    "https://x.com/ember_kettle/status/1835811122233344405",
]
T = [
    None,
    "https://t.me/night_bazaar_kr/1184",
    "https://t.me/night_bazaar_kr/1190",
    "https://t.me/paper_moon_club",
    "https://t.me/s/amber_signal/522",
    "https://t.me/harbor_static/77",
    "https://t.me/harbor_static/81",
]
N = [
    None,
    "https://blog.naver.com/sunny_hollow77/223561234567",
    "https://cafe.naver.com/quietbrook/88123",
    "https://cafe.naver.com/quietbrook/88140",
    "https://m.blog.naver.com/sunny_hollow77/223561299001",
]
K2_RAW = "https://hanbit-notes.tistory.com/entry/소문의-진실"
K = [
    None,
    "https://cafe.daum.net/starwell_yard/Kt9e/311",
    "https://hanbit-notes.tistory.com/entry/%EC%86%8C%EB%AC%B8%EC%9D%98-%EC%A7%84%EC%8B%A4",
    "https://cafe.daum.net/starwell_yard/Kt9e/318",
]

REQUESTS = [
    (R1, "youtube", Y[1:], "defamation", "harassment channel and re-uploads"),
    (R2, "x", X[1:6], "privacy", "doxxing thread and account"),
    (R3, "telegram", T[1:5], "illegal_trade", "drug sale channels"),
    (R4, "naver", N[1:], "defamation", "blog and cafe posts"),
    (R5, "kakao", K[1:], "defamation", "Daum cafe and Tistory posts"),
    (R6, "x", X[6:7], "privacy", "single post"),
    (R7, "telegram", T[5:7], "gambling", "gambling promotion"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, "2024-09-16T11:00:00+09:00", "2024-09-23T23:59:59+09:00",
                        u, cat, MID[ref] + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or",
        f"restrict the content below (our reference {ref}), which breaches",
        "Korean law. Please reply to this address with the action taken.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def html_doc(inner):
    return ("<html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:13px\">\n"
            + inner.strip("\n") + "\n</body></html>")


def alt(plain, html, boundary):
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(plain).rstrip()}
--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html).rstrip()}
--{boundary}--
"""


CASES = []


def case(**c):
    CASES.append(c)


def d(day, hm):
    wd = {16: "Mon", 17: "Tue", 18: "Wed", 19: "Thu"}[day]
    return f"{wd}, {day} Sep 2024 {hm}:00 +0900"


# ================================================================ APPLIED
case(
    name="yt-three-statuses-one-sentence",
    from_="legal-kr@google.com", date=d(17, "10:42"), reply_to_req=MID[R1],
    subject=f"Re: [{R1}] Request to remove content on YouTube",
    body=f"""Hello,

Thank you for your request {R1}.

Of the videos you listed, we removed {Y[1]} and {Y[2]} for violating our harassment and cyberbullying policy, restricted {Y[3]} in South Korea under local law, and could not find {Y[4]} at all.

We are still reviewing the remaining URLs and will write again.

Policy reference: https://support.google.com/youtube/answer/2802268

Regards,
Minji
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply summarising outcomes per URL in prose",
    why="one sentence carries removed, removed, restricted and not_found for four different URLs",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "not_found"},
)

case(
    name="yt-not-removed-but-restricted",
    from_="legal-kr@google.com", date=d(17, "15:05"), reply_to_req=MID[R1],
    subject=f"Re: [{R1}] Request to remove content on YouTube",
    body=f"""Hello KCSC team,

We have not removed {Y[5]} globally, as it does not violate YouTube's Community Guidelines. However, access to it has been restricted in South Korea on the basis of the local law you cited.

{Y[6]} does not violate our policies or local law as far as we can determine, so we will not take action on it and it stays available.

Kind regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals reply: local-law block instead of global removal, and a refusal",
    why="'not removed globally' then 'restricted in South Korea' is a restriction; second URL is a refusal with reason",
    items={Y[5]: "restricted", Y[6]: "rejected"},
)

case(
    name="yt-hedge-in-relative-clause",
    from_="legal-kr@google.com", date=d(18, "09:17"), reply_to_req=MID[R1],
    subject=f"Re: [{R1}] Request to remove content on YouTube",
    body=f"""Hi,

Following up on {R1}:

The video at {Y[7]}, which may have been copied to other channels before we acted, has been removed.

The Short at {Y[8]}, which we believe was deleted by its uploader before our review, could not be located on YouTube.

If you find copies elsewhere, please send the new URLs in a fresh request.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support follow-up with per-video outcomes",
    why="the hedges sit in relative clauses about copies and the uploader; the main clauses state removed and not found",
    items={Y[7]: "removed", Y[8]: "not_found"},
)

case(
    name="yt-second-review-revises",
    from_="legal-kr@google.com", date=d(18, "17:40"), reply_to_req=MID[R1],
    subject=f"Re: [{R1}] Update on our earlier reply",
    body=f"""Hello again,

In our message of this morning we told you that {Y[10]} would stay up pending a further check. After a second review by our legal team, that video has now been removed.

Separately, {Y[11]} has been age-restricted; it is no longer shown to signed-out viewers or to users under 18.

Thanks,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support correction after a second review",
    why="the earlier 'would stay up' is only recalled; the current statement is removal; the other video is age-restricted",
    items={Y[10]: "removed", Y[11]: "restricted"},
)

csv1 = ("url,action,policy\n"
        f"{Y[1]},Removed,Harassment\n"
        f"{Y[2]},Removed,Harassment\n"
        f"{Y[9]},Channel terminated,Harassment\n"
        f"{Y[12]},No action - does not violate policy,\n")
case(
    name="yt-csv-attachment-outcomes",
    from_="legal-kr@google.com", date=d(18, "11:02"), reply_to_req=MID[R1],
    subject=f"Re: [{R1}] Outcome report",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b156-csv1"

--b156-csv1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the URLs in {R1} that we have finished reviewing. One row per URL.

YouTube Legal Support
--b156-csv1
Content-Type: text/csv; charset=utf-8; name="outcome_{R1}.csv"
Content-Disposition: attachment; filename="outcome_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(csv1)}
--b156-csv1--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals outcome spreadsheet sent as CSV",
    why="CSV rows: two removed, a terminated channel (removed), one refused",
    items={Y[1]: "removed", Y[2]: "removed", Y[9]: "removed", Y[12]: "rejected"},
)

tbl6_plain = f"""Hello,

Outcome for {R1}:

URL                                              Action
{Y[3]}      Restricted (KR)
{Y[4]}      Removed

Correction to the table above: we did not remove {Y[4]}. It had already been deleted by its uploader before our review, so we could not find it.

YouTube Legal Support
"""
tbl6_html = html_doc(f"""<p>Hello,</p>
<p>Outcome for {R1}:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{Y[3]}</td><td>Restricted (KR)</td></tr>
<tr><td>{Y[4]}</td><td>Removed</td></tr>
</table>
<p><b>Correction to the table above:</b> we did not remove {Y[4]}. It had already been deleted by its uploader before our review, so we could not find it.</p>
<p>YouTube Legal Support</p>""")
case(
    name="yt-table-then-correction-note",
    from_="legal-kr@google.com", date=d(18, "13:55"), reply_to_req=MID[R1],
    subject=f"Re: [{R1}] Outcome",
    raw_mime=alt(tbl6_plain, tbl6_html, "b156-alt6"),
    outcome="applied", classification="confirmation",
    imitates="outcome table in an HTML reply with a correction line added by the agent",
    why="the note explicitly corrects the table's second row: not removed by YouTube, could not be found",
    items={Y[3]: "restricted", Y[4]: "not_found"},
)

case(
    name="x-statuses-by-number",
    from_="legal@x.com", date=d(17, "08:30"), reply_to_req=MID[R2],
    subject=f"Re: Legal request {R2} [ref:_00D1a2B3c._5007X9qRtY:ref]",
    body=f"""Hello,

We have reviewed the following reported posts:

1. {X[1]}
2. {X[2]}
3. {X[3]}

Outcome: #1 and #3 have been removed for violating the X Rules on private information. #2 has been withheld in South Korea in response to your legal demand.

We are still looking into the remaining items in your request.

X Legal
https://help.x.com/en/rules-and-policies/personal-information
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case-portal reply listing posts and outcomes by number",
    why="statuses given by position refer to the numbered list echoed just above",
    items={X[1]: "removed", X[3]: "removed", X[2]: "restricted"},
)

case(
    name="x-refusal-and-suspension",
    from_="legal@x.com", date=d(17, "12:10"), reply_to_req=MID[R2],
    subject=f"Re: Legal request {R2}",
    body=f"""Hello,

The account {X[4]} has been suspended for repeated violations of the X Rules.

We reviewed {X[5]} and found that it does not violate the X Rules or the Korean law cited in your request, because the post shares no private information about an identifiable person. We are therefore not taking action on it.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply: account suspension and a reasoned refusal",
    why="suspended account counts as removed; the second item is refused with a reason",
    items={X[4]: "removed", X[5]: "rejected"},
)

case(
    name="x-sole-item-withheld",
    from_="legal@x.com", date=d(17, "09:48"), reply_to_req=MID[R6],
    subject=f"Re: Legal request {R6}",
    body=f"""Hello,

Thank you for your report ({R6}). The reported post has been withheld in South Korea in response to your legal demand. It remains visible in other countries.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice to the requester",
    why="a single unnamed statement for a one-item request applies to that item",
    items={X[6]: "restricted"},
)

case(
    name="x-correction-later-sentence",
    from_="legal@x.com", date=d(19, "10:05"), reply_to_req=MID[R2],
    subject=f"Re: Legal request {R2} - correction",
    body=f"""Hello,

Yesterday we wrote that {X[3]} was withheld in South Korea. Correction: after escalation, that post has since been removed globally for violating our private information policy.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up correcting an earlier country-withheld outcome",
    why="the later sentence revises the recalled withholding to a global removal",
    items={X[3]: "removed"},
)

case(
    name="x-gmail-quoted-mixed",
    from_="legal@x.com", date=d(18, "15:33"), reply_to_req=MID[R2],
    subject=f"Re: Legal request {R2}",
    body=f"""Hello,

Please see below the outcome for the remaining posts.

- {X[3]}: withheld in KR
- {X[4]}: account suspended
- {X[5]}: we could not find this post; the link is invalid

Thanks,
X Legal

On Mon, 16 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R2, X[1:6])}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a bulleted outcome list over the quoted request",
    why="three bulleted statements: restricted, removed (suspended account), not_found",
    items={X[3]: "restricted", X[4]: "removed", X[5]: "not_found"},
)

case(
    name="tg-blocked-and-not-found-one-sentence",
    from_="abuse@telegram.org", date=d(17, "02:14"), reply_to_req=MID[R3],
    subject=f"Re: {R3}",
    body=f"""Hello,

{T[1]} and {T[2]} have been blocked, while the channel {T[3]} was not found - it looks like its owner deleted it.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk one-line reply",
    why="blocked for two messages and not found for the channel in the same sentence; the hedge only explains why",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-no-longer-accessible-and-declined",
    from_="abuse@telegram.org", date=d(17, "21:40"), reply_to_req=MID[R3],
    subject=f"Re: {R3}",
    body=f"""Hi,

{T[4]} is no longer accessible on Telegram.

We did not block {T[1]}, as the messages posted there do not break our Terms of Service (https://telegram.org/tos).

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with one action and one refusal",
    why="'no longer accessible' is made unavailable; 'did not block ... do not break our Terms' is a refusal",
    items={T[4]: "removed", T[1]: "rejected"},
)

case(
    name="tg-bare-url-status-below",
    from_="abuse@telegram.org", date=d(17, "05:03"), reply_to_req=MID[R7],
    subject=f"Re: {R7} gambling promotion",
    body=f"""Hello,

Results of our review:

{T[5]}
Status: Blocked

{T[6]}
Status: Not found

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk result list, URL with status on the next line",
    why="each status line belongs to the URL above it",
    items={T[5]: "removed", T[6]: "not_found"},
)

case(
    name="tg-url-below-statement",
    from_="dsa@telegram.org", date=d(18, "03:27"), reply_to_req=MID[R7],
    subject=f"Re: {R7}",
    body=f"""Hello,

The following message has been blocked for users in South Korea:
<{T[6]}>

The following message could not be located:
<{T[5]}>

Best regards,
Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk reply with statement line and URL on the line after it",
    why="each statement ends in ':' and applies to the bracketed URL on the next line",
    items={T[6]: "restricted", T[5]: "not_found"},
)

case(
    name="tg-ack-phrase-plus-statements",
    from_="dsa@telegram.org", date=d(16, "18:12"), reply_to_req=MID[R3],
    subject=f"Re: {R3} [Case #48812345]",
    body=f"""Hello,

Thank you for your report. Case #48812345 has been created for it.

We have already blocked {T[2]} and the channel {T[3]}. The other links are with our moderators.

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram receipt that already carries first outcomes",
    why="a receipt phrase plus unhedged statements about items is a confirmation, not an acknowledgement",
    items={T[2]: "removed", T[3]: "removed"},
)

case(
    name="naver-mixed-korean-sentence",
    from_="policy@navercorp.com", date=d(17, "14:30"), reply_to_req=MID[R4],
    name_from="네이버 정책지원", subject=f"[NAVER] 게시물 조치 결과 안내 ({R4})",
    body=f"""안녕하세요, 네이버 정책지원 담당자입니다.

귀 위원회에서 요청하신 {R4} 건에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {N[1]} 는 게시중단 조치하였고, {N[2]}은 30일간 임시조치하였으며, 마지막 게시물({N[3]}）은 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 처리 결과 안내 메일",
    why="one Korean sentence: 게시중단 (removed), 임시조치 (restricted), already deleted by author (not_found)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

naver_tbl_plain = f"""{R4} 조치 결과

1 {N[1]} 삭제
2 {N[2]} 접속차단(국내)
3 {N[3]} 게시물 없음
4 {N[4]} 조치불가(위반사항 없음)

네이버 정책지원팀
"""
naver_tbl_html = html_doc(f"""<p>안녕하세요. 요청하신 {R4} 건의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>접속차단(국내)</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>게시물 없음</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>조치불가(위반사항 없음)</td></tr>
</table>
<p>네이버 정책지원팀</p>""")
case(
    name="naver-html-result-table",
    from_="policy@navercorp.com", date=d(18, "16:45"), reply_to_req=MID[R4],
    name_from="네이버 정책지원", subject=f"[회신] 시정요구 조치결과 ({R4})",
    raw_mime=alt(naver_tbl_plain, naver_tbl_html, "b156-alt-nv"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table returned by a portal",
    why="four rows: 삭제, 접속차단(국내), 게시물 없음, 조치불가",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "rejected"},
)

kakao_b64 = f"""안녕하세요, 카카오 권리침해 신고센터입니다.

{R5} 요청 건 처리 결과입니다.

- {K2_RAW} 게시글은 비공개 처리되었습니다.
- 다음 카페 게시글 {K[1]}는 임시조치(30일)되었습니다.

나머지 게시글은 확인 후 다시 안내드리겠습니다.
"""
case(
    name="kakao-base64-korean-path",
    from_="report@kakaocorp.com", date=d(17, "11:11"), reply_to_req=MID[R5],
    name_from="카카오 권리침해신고센터", subject=f"[카카오] {R5} 처리 결과",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(kakao_b64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해 신고 처리 결과 메일 (base64 body)",
    why="raw Korean Tistory path matches its percent-encoded form; 비공개 is removed, 임시조치 restricted",
    items={K[2]: "removed", K[1]: "restricted"},
)

case(
    name="kakao-promise-then-done",
    from_="report@kakaocorp.com", date=d(18, "09:05"), reply_to_req=MID[R5],
    name_from="카카오 권리침해신고센터", subject=f"[카카오] {R5} 추가 안내",
    body=f"""안녕하세요.

앞서 {K[3]} 게시글은 삭제 예정이라고 안내드렸으나, 금일 오전 삭제 조치가 완료되었음을 알려드립니다.

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao follow-up: earlier 삭제 예정, now 삭제 완료",
    why="the recalled promise is superseded in the same sentence by a completed deletion",
    items={K[3]: "removed"},
)

case(
    name="kakao-by-position",
    from_="report@kakaocorp.com", date=d(19, "13:30"), reply_to_req=MID[R5],
    name_from="카카오 권리침해신고센터", subject=f"[카카오] {R5} 최종 처리 결과",
    body=f"""안녕하세요. 요청하신 게시물 3건의 최종 처리 결과입니다.

[대상 게시물]
1. {K[1]}
2. {K2_RAW}
3. {K[3]}

[처리 결과]
1번, 2번: 삭제
3번: 해당 게시물 없음

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 처리 결과 with results keyed to numbered targets",
    why="results by number refer to the numbered target list above",
    items={K[1]: "removed", K[2]: "removed", K[3]: "not_found"},
)

qp_list = f"""Hello,

Update on {R1}:

\u2022 {Y[5]} \u2014 removed (violent or graphic content)
\u2022 {Y[6]} \u2014 restricted in KR
\u2022 {Y[12]} \u2014 not removed: the video is a news report and falls under our educational, documentary, scientific and artistic exception

Regards,
YouTube Legal Support
"""
case(
    name="yt-qp-bullets-with-exception",
    from_="legal-kr@google.com", date=d(19, "08:50"), reply_to_req=MID[R1],
    subject=f"Re: [{R1}] Update",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_list).rstrip()}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal update with bullets, quoted-printable",
    why="removed, restricted, and a refusal citing the EDSA exception",
    items={Y[5]: "removed", Y[6]: "restricted", Y[12]: "rejected"},
)

case(
    name="yt-dsa-statement-of-reasons",
    from_="no-reply@youtube.com", date=d(18, "20:12"), reply_to_req=MID[R1],
    subject=f"Decisions on your notice {R1}",
    body=f"""Decisions on your notice {R1}

Content: {Y[8]}
Decision: Disabling access to the content
Territorial scope: South Korea
Ground: Illegal content under local law

Content: {Y[9]}
Decision: Termination of the channel
Territorial scope: Worldwide
Ground: Incompatible with YouTube's Terms of Service

You can read more about how we handle notices at https://support.google.com/youtube/answer/9288567

YouTube
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement-of-reasons style decision notice",
    why="access disabled with territorial scope KR is restricted; worldwide channel termination is removed",
    items={Y[8]: "restricted", Y[9]: "removed"},
)

case(
    name="yt-double-negation",
    from_="legal-kr@google.com", date=d(19, "11:25"), reply_to_req=MID[R1],
    subject=f"Re: [{R1}] Request to remove content on YouTube",
    body=f"""Hi,

{Y[2]} was not merely restricted; it was removed globally for violating our harassment policy.

{Y[3]} was not removed, and it will not be restricted either, as we found no violation of our policies or of the local law cited.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply distinguishing global removal from local restriction",
    why="negations: 'not merely restricted; removed' is removed, 'not removed, will not be restricted' is a refusal",
    items={Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="kakao-wrapped-angle-url",
    from_="report@kakaocorp.com", date=d(18, "14:02"), reply_to_req=MID[R5],
    name_from="Kakao Report Center", subject=f"Re: {R5}",
    body=f"""Hello,

The Tistory post below has been deleted by our operations team
(운영자 삭제):
<https://hanbit-notes.tistory.com/entry/
%EC%86%8C%EB%AC%B8%EC%9D%98-%EC%A7%84%EC%8B%A4>

Kakao Report Center
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English reply with a long link wrapped inside angle brackets",
    why="the bracketed URL is wrapped after the last slash; 운영자 삭제 is removed",
    items={K[2]: "removed"},
)

case(
    name="tg-outlook-quote-below",
    from_="dsa@telegram.org", date=d(19, "07:44"), reply_to_req=MID[R3],
    subject=f"RE: {R3}",
    body=f"""Hello,

{T[4]} has been blocked in South Korea. The other three links were already handled in our earlier reply.

Regards,
Telegram DSA Desk

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 11:00 AM
To: dsa@telegram.org
Subject: {R3}

{quoted_request(R3, T[1:5], prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply over an unquoted original request",
    why="only the one URL above the Original Message line has a statement; the others are in our own request",
    items={T[4]: "restricted"},
)

# ================================================================ REVIEW
case(
    name="yt-promise-will-be-removed",
    from_="legal-kr@google.com", date=d(16, "16:30"), reply_to_req=MID[R1],
    subject=f"Re: [{R1}] Request to remove content on YouTube",
    body=f"""Hello,

{Y[1]} and {Y[2]} will be removed within 24 hours once our team completes its review. We will confirm when this has been done.

YouTube Legal Support
""",
    outcome="review", review="not_understood", classification="other",
    imitates="YouTube legal reply announcing an upcoming action",
    why="a promise is not a statement; the URLs stay pending",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-hedge-main-clause",
    from_="legal-kr@google.com", date=d(17, "19:02"), reply_to_req=MID[R1],
    subject=f"Re: [{R1}] Request to remove content on YouTube",
    body=f"""Hi,

It appears that {Y[4]} may already have been taken down by the uploader, but we are still checking our records and cannot confirm this yet.

YouTube Legal Support
""",
    outcome="review", review="not_understood", classification="other",
    imitates="YouTube legal interim reply with an unconfirmed observation",
    why="'appears ... may already have been' plus 'cannot confirm' is a hedge, not a statement",
    items={Y[4]: "pending"},
)

case(
    name="x-hedge-in-relative-clause-only",
    from_="legal@x.com", date=d(17, "13:15"), reply_to_req=MID[R2],
    subject=f"Re: Legal request {R2}",
    body=f"""Hello,

{X[2]}, which we think may have been deleted by the account holder already, is still with our specialist team. We will update you as soon as we have a decision.

X Legal
""",
    outcome="review", review="not_understood", classification="other",
    imitates="X legal interim reply",
    why="the only status words are a hedge in a relative clause; the main clause says it is still under review",
    items={X[2]: "pending"},
)

case(
    name="x-bulk-all-removed",
    from_="legal@x.com", date=d(18, "08:10"), reply_to_req=MID[R2],
    subject=f"Re: Legal request {R2}",
    body=f"""Hello,

All of the content reported in your request {R2} has been removed from X.

X Legal
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="X legal one-line bulk confirmation",
    why="a blanket statement for a five-item request names no item",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending", X[5]: "pending"},
)

case(
    name="tg-auth-fail",
    from_="abuse@telegram.org", auth="fail", date=d(17, "04:50"), reply_to_req=MID[R3],
    subject=f"Re: {R3}",
    body=f"""Hello,

{T[1]} has been blocked.

Telegram Abuse Team
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="Telegram abuse desk reply failing DMARC",
    why="platform domain but DKIM/SPF/DMARC fail",
    items={T[1]: "pending"},
)

case(
    name="unknown-sender-x-lookalike",
    from_="legal-team@x-support-desk.com", auth="none", date=d(17, "07:20"),
    name_from="X Legal Team", subject=f"Re: Legal request {R6}",
    body=f"""Dear KCSC,

Your request {R6} has been completed: {X[6]} has been removed.

X Legal Team
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="lookalike-domain reply claiming to be X",
    why="sender domain belongs to no platform",
    items={X[6]: "pending"},
)

case(
    name="naver-statement-about-daum-item",
    from_="policy@navercorp.com", date=d(18, "12:00"),
    name_from="네이버 정책지원", subject=f"[NAVER] 게시물 조치 결과 안내",
    body=f"""안녕하세요.

요청하신 게시물 {K[1]} 는 삭제 조치되었습니다.

네이버 정책지원팀
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="NAVER 처리 결과 that names a Daum cafe URL",
    why="NAVER states a status for a Kakao item",
    items={K[1]: "pending"},
)

conf_plain = f"""Hello,

Action summary for {R1}:

URL                                              Action
{Y[6]}      Removed

Note: the video at {Y[6]} was reviewed and does not violate our policies or local law; it remains available on YouTube.

YouTube Legal Support
"""
conf_html = html_doc(f"""<p>Hello,</p>
<p>Action summary for {R1}:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{Y[6]}</td><td>Removed</td></tr>
</table>
<p>Note: the video at {Y[6]} was reviewed and does not violate our policies or local law; it remains available on YouTube.</p>
<p>YouTube Legal Support</p>""")
case(
    name="yt-table-and-note-disagree",
    from_="legal-kr@google.com", date=d(19, "09:40"), reply_to_req=MID[R1],
    subject=f"Re: [{R1}] Action summary",
    raw_mime=alt(conf_plain, conf_html, "b156-alt-cf"),
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="templated action table contradicted by the agent's note",
    why="the table says Removed, the note says it stays up; nothing says which is right",
    items={Y[6]: "pending"},
)

case(
    name="naver-conditional",
    from_="policy@navercorp.com", date=d(17, "17:20"), reply_to_req=MID[R4],
    name_from="네이버 정책지원", subject=f"[NAVER] 처리 현황 안내 ({R4})",
    body=f"""안녕하세요.

{N[3]} 게시물은 현재 검토 중이며, 권리침해가 확인되는 경우 게시중단될 수 있습니다.

검토가 완료되면 다시 안내드리겠습니다.
네이버 정책지원팀
""",
    outcome="review", review="not_understood", classification="other",
    imitates="NAVER 처리 현황 안내 (검토 중)",
    why="under review and a condition: no statement",
    items={N[3]: "pending"},
)

case(
    name="tg-address-change-no-claims",
    from_="dsa@telegram.org", date=d(18, "22:00"),
    subject="Change of contact address for legal requests",
    body="""Hello,

From 1 October 2024, legal requests from authorities in the Asia-Pacific region should be sent to apac-legal@telegram.org. Messages sent to this address after that date will still be forwarded for three months.

Telegram
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform notice of a changed legal contact address",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="x-asks-for-court-order",
    from_="legal@x.com", date=d(16, "21:05"), reply_to_req=MID[R6],
    subject=f"Re: Legal request {R6} - more information needed",
    body=f"""Hello,

To process your request {R6} regarding {X[6]}, we need a copy of the decision or the specific provision of Korean law the post is said to breach. Please reply to this email with that document.

Until we receive it, we cannot take action on the post.

X Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal request for the legal basis / court order",
    why="asks for documents; 'cannot take action until' is not a refusal",
    items={X[6]: "pending"},
)

case(
    name="yt-forwarded-internal-note",
    from_="minji.park@google.com", date=d(18, "18:30"),
    name_from="Minji Park", subject=f"Fwd: {R1} takedown status",
    body=f"""Hi KCSC team, forwarding the note from our operations team for your records.

---------- Forwarded message ---------
From: YouTube T&S Operations <yt-ops@google.com>
Date: Wed, Sep 18, 2024 at 5:02 PM
Subject: {R1} takedown status
To: Minji Park <minji.park@google.com>

{Y[11]} - removed
{Y[10]} - removed
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-forwarded internal status note",
    why="the statements are in a forwarded message, not the sender's own",
    items={Y[11]: "pending", Y[10]: "pending"},
)

# ================================================================ IGNORED
case(
    name="yt-out-of-office",
    from_="minji.park@google.com", date=d(16, "11:01"), reply_to_req=MID[R1],
    name_from="Minji Park",
    subject=f"Automatic reply: [{R1}] Request to remove content on YouTube",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I am out of the office until 23 September with limited access to email. Requests about YouTube content will be handled by legal-kr@google.com; I will look at {R1} when I am back.

Minji
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail/Outlook out-of-office auto-reply",
    why="out-of-office reply",
    items={},
)

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b156-dsn"

--b156-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail.telegram.org[198.51.100.77] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--b156-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.kcsc.example
Arrival-Date: Mon, 16 Sep 2024 11:00:02 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--b156-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: {R7}
Message-ID: <{MID[R7]}@kcsc.example>
Date: Mon, 16 Sep 2024 11:00:00 +0900

{quoted_request(R7, T[5:7], prefix="")}

--b156-dsn--
"""
case(
    name="dsn-mailbox-full",
    from_="MAILER-DAEMON@mail-out.kcsc.example", auth="none", date=d(16, "11:00"),
    name_from="Mail Delivery System", subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="a bounce; the URLs are in our own returned request",
    items={},
)

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b156-mdn"

--b156-mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: Legal request {R2}
  Sent: Monday, September 16, 2024 11:00 AM

was read on Monday, September 16, 2024 2:12 PM.

--b156-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Exchange
Final-Recipient: rfc822; legal@x.com
Original-Message-ID: <{MID[R2]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b156-mdn--
"""
case(
    name="x-read-receipt",
    from_="legal@x.com", date=d(16, "14:12"), reply_to_req=MID[R2],
    subject=f"Read: Legal request {R2}",
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook/Exchange read receipt (MDN)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="tg-ticket-receipt",
    from_="dsa@telegram.org", date=d(16, "11:06"), reply_to_req=MID[R7],
    subject=f"Re: {R7} [Case #48890011]",
    body=f"""Hello,

We have received your report. Case #48890011 has been opened for the following links:

{T[5]}
{T[6]}

Our moderators will review them and we will let you know the outcome.

Telegram
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram case-opened receipt echoing the reported links",
    why="pure acknowledgement; the echoed links have no statement",
    items={T[5]: "pending", T[6]: "pending"},
)

case(
    name="naver-receipt-korean",
    from_="noreply@navercorp.com", date=d(16, "11:20"), reply_to_req=MID[R4],
    name_from="네이버 고객센터", subject=f"[NAVER] 신고 접수 완료 안내 ({R4})",
    body=f"""안녕하세요, 네이버 고객센터입니다.

귀하의 신고({R4})가 정상적으로 접수되었습니다.
접수번호: NV-20240916-55821

처리 결과는 검토 후 별도로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 신고 접수 완료 자동 안내",
    why="receipt with a ticket number and nothing about items",
    items={},
)

case(
    name="kakao-out-of-office-korean",
    from_="jiwoo.han@kakaocorp.com", date=d(16, "11:03"), reply_to_req=MID[R5],
    name_from="한지우", subject=f"[자동회신] {R5}",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""안녕하세요. 한지우입니다.

9월 16일부터 9월 18일까지 추석 연휴로 부재중입니다. 9월 19일부터 순차적으로 회신드리겠습니다.
급한 건은 report@kakaocorp.com 으로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신 (Chuseok holiday)",
    why="out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 156 (tests/corpus/blind156/): what a program gets wrong.
# Written from each email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py: do not edit by hand.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
