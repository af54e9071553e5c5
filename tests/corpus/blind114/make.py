#!/usr/bin/env python3
"""Blind set 114: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Written from each
email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind114/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import datetime as dt
import email.utils
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc


def d(day, hh, mm, ss=0, tz=KST):
    return email.utils.format_datetime(dt.datetime(2024, 9, day, hh, mm, ss, tzinfo=tz))


# ---------------------------------------------------------------- requests
def pct(path):
    return quote(path, safe="/")


NAVER_CAFE_KO = "먹튀검증소"
DAUM_CAFE_KO = "토토사랑방"

Y = {
    1: "https://www.youtube.com/watch?v=Qm7fTz2LpA1",
    2: "https://www.youtube.com/watch?v=Hr4kWn9sDe2",
    3: "https://www.youtube.com/watch?v=bX0pLq3VuN3",
    4: "https://www.youtube.com/watch?v=Tc8yRm5JgK4",
    5: "https://www.youtube.com/watch?v=nP2sVd7HwQ5",
    6: "https://www.youtube.com/watch?v=Lk9eZx1CfR6",
    7: "https://www.youtube.com/shorts/Wm3aGh6TbY7",
    8: "https://www.youtube.com/shorts/Ej5uKo8NsM8",
    9: "https://www.youtube.com/@goldenrouletteTV",
    10: "https://www.youtube.com/watch?v=Vf1iDq4ZyP0",
    11: "https://www.youtube.com/watch?v=Ra6oXc2MkT1",
    12: "https://www.youtube.com/watch?v=Gs0bNj9LeW2",
}
X = {
    1: "https://x.com/lucky_pick_kr/status/1831254879012345601",
    2: "https://x.com/lucky_pick_kr/status/1831260011223344552",
    3: "https://x.com/night_pharm_07/status/1830998877665544113",
    4: "https://x.com/night_pharm_07",
    5: "https://x.com/deal_moa24/status/1831377001122334455",
    6: "https://x.com/coin_doubler_kr/status/1836001122334455667",
}
T = {
    1: "https://t.me/jackpot_lounge_kr",
    2: "https://t.me/jackpot_lounge_kr/2207",
    3: "https://t.me/ice_delivery_seoul",
    4: "https://t.me/s/fastcash_loans88/915",
}
N = {
    1: "https://blog.naver.com/moonlit_bet77/223551234001",
    2: "https://cafe.naver.com/" + pct(NAVER_CAFE_KO) + "/18823",
    3: "https://blog.naver.com/pill_house_22/223549870112",
    4: "https://cafe.naver.com/quickloan2024/5120",
}
N2_RAW = "https://cafe.naver.com/" + NAVER_CAFE_KO + "/18823"
K = {
    1: "https://cafe.daum.net/" + pct(DAUM_CAFE_KO) + "/Xk3p/1457",
    2: "https://greenleaf-shop.tistory.com/88",
    3: "https://pf.kakao.com/_xhQmZb",
}
K1_RAW = "https://cafe.daum.net/" + DAUM_CAFE_KO + "/Xk3p/1457"
TT = {
    1: "https://www.tiktok.com/@spin_queen.kr/video/7412345678901234561",
    2: "https://www.tiktok.com/@spin_queen.kr/video/7412398765432109872",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "youtube", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     [Y[i] for i in range(1, 13)], "gambling", "req-240903-01@kcsc.example",
     "online casino promotion videos and channel"),
    ("KCSC-240905-02", "x", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00",
     [X[i] for i in range(1, 6)], "drugs", "req-240905-02@kcsc.example",
     "betting and drug sale posts"),
    ("KCSC-240909-03", "telegram", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     [T[i] for i in range(1, 5)], "gambling", "req-240909-03@kcsc.example",
     "channels and messages"),
    ("KCSC-240910-04", "naver", "2024-09-10T11:05:00+09:00", "2024-09-17T18:00:00+09:00",
     [N[i] for i in range(1, 5)], "illegal_finance", "req-240910-04@kcsc.example",
     "blog and cafe posts"),
    ("KCSC-240912-05", "kakao", "2024-09-12T16:20:00+09:00", "2024-09-19T18:00:00+09:00",
     [K[i] for i in range(1, 4)], "gambling", "req-240912-05@kcsc.example",
     "Daum cafe, Tistory and Kakao channel"),
    ("KCSC-240913-06", "tiktok", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [TT[1], TT[2]], "gambling", "req-240913-06@kcsc.example",
     "two videos"),
    ("KCSC-240918-07", "x", "2024-09-18T09:15:00+09:00", "2024-09-25T18:00:00+09:00",
     [X[6]], "fraud", "req-240918-07@kcsc.example",
     "crypto doubling scam post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def original_request(ref, urls, prefix="> "):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the following content under request {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


YT_SIG = "Regards,\nThe YouTube Legal Support Team\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043"

# ================================================================ APPLIED
case(
    name="yt-mixed-statuses-one-sentence",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(6, 15, 2, 11),
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your notice regarding KCSC-240903-01.

After reviewing the videos against our Community Guidelines and local law, we removed {Y[1]} and {Y[2]}, but {Y[3]} remains available because it does not violate our policies or the Korean law cited in your notice.

We have not yet reached a decision on the other URLs in your notice and will write to you separately about them.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email (Legal Removals team reply to a government notice)",
    why="one sentence: two videos removed, the third stays up for want of a violation (rejected)",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-hedges-in-relative-clauses",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(6, 17, 40, 3),
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have removed {Y[4]}, which appears to be a re-upload of a video we took down earlier this year.

The video {Y[5]}, which may have been deleted by its uploader before we got to it, could not be found on YouTube: the link no longer leads to any video.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email",
    why="hedges sit in relative clauses only; main clauses say removed and could not be found",
    items={Y[4]: "removed", Y[5]: "not_found"},
)

case(
    name="yt-correction-revises-list",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(7, 9, 14, 50),
    subject="Re: [KCSC-240903-01] Update on your request",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Update on your request KCSC-240903-01:

- {Y[6]} - blocked in South Korea under local law.
- {Y[7]} - removed for violating our Community Guidelines.

Correction, added before this message was sent: on a second review the first video above was found to violate our Community Guidelines as well, and it has now been removed from YouTube globally, not only in Korea. The Short listed second was not removed after all; it has been age-restricted, so viewers must be signed in and over 18 to watch it.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email with a manual correction",
    why="the correction paragraph revises both lines above it: first video removed, second age-restricted",
    items={Y[6]: "removed", Y[7]: "restricted"},
)

case(
    name="yt-html-table-corrected-by-note",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(7, 11, 3, 20),
    subject="Re: [KCSC-240903-01] Actions taken",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Below is a summary of the actions taken on your notice KCSC-240903-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action</th><th>Date</th></tr>
<tr><td>{Y[8]}</td><td>Removed</td><td>2024-09-06</td></tr>
<tr><td>{Y[9]}</td><td>Channel terminated</td><td>2024-09-06</td></tr>
<tr><td>{Y[10]}</td><td>Removed</td><td>2024-09-06</td></tr>
</table>
<p><b>Please note:</b> the action shown for the last row of the table is wrong; our tool filled it in before the decision was final. That video has been blocked for viewers in South Korea only. It has not been removed globally.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support summary table with a reviewer's note under it",
    why="the note explicitly corrects the table's last row to a Korea-only block; other rows stand",
    items={Y[8]: "removed", Y[9]: "removed", Y[10]: "restricted"},
)

case(
    name="yt-statuses-by-position",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(9, 10, 21, 0),
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Your notice KCSC-240903-01 listed, among others, these three videos:

{Y[10]}
{Y[11]}
{Y[12]}

The first two have been removed for violating our policy on gambling content. The third is no longer viewable in South Korea: we have restricted it there under local law, and it remains available elsewhere.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email",
    why="statuses given by position after a bare list: first two removed, third restricted in Korea",
    items={Y[10]: "removed", Y[11]: "removed", Y[12]: "restricted"},
)

case(
    name="yt-negations-numbered",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(9, 16, 45, 30),
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Here is where we landed on three of the URLs in KCSC-240903-01.

1) {Y[1]} has not been removed. We reviewed it carefully and found no violation of our Community Guidelines, nor anything unlawful under the Korean provisions cited.
2) {Y[2]} is no longer available on YouTube. It was removed under our spam, deceptive practices and scams policy.
3) We were not able to find any video at {Y[6]}. Please check that the URL is correct.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email",
    why="'has not been removed ... no violation' is a refusal; 'no longer available' removed; 'not able to find' not_found",
    items={Y[1]: "rejected", Y[2]: "removed", Y[6]: "not_found"},
)

case(
    name="yt-refusal-with-reason-and-geo",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(10, 8, 55, 2),
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have decided not to take action on {Y[3]}. The video is a news segment by a registered broadcaster reporting on illegal gambling advertisements. It is documentary in nature, it does not breach our policies, and it will stay on YouTube.

We have, however, restricted access in South Korea to {Y[4]} in accordance with local law.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply citing EDSA (educational, documentary) context",
    why="refusal with its reason (rejected) then a Korea-only restriction",
    items={Y[3]: "rejected", Y[4]: "restricted"},
)

CSV_ATT = (
    "url,decision,scope,decided_at\r\n"
    f"{Y[5]},Removed,Global,2024-09-07\r\n"
    f"{Y[6]},No action - does not violate policy,,2024-09-07\r\n"
    f"{Y[7]},Geo-blocked,KR,2024-09-07\r\n"
    f"{Y[8]},Not found,,2024-09-07\r\n"
)
case(
    name="yt-csv-attachment-outcomes",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(10, 13, 30, 44),
    subject="Re: [KCSC-240903-01] Outcome report",
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b114-csv-7f3a"

--b114-csv-7f3a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for four of the URLs in your notice
KCSC-240903-01. One row per URL.

{YT_SIG}

--b114-csv-7f3a
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--b114-csv-7f3a--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals outcome export (CSV attached to the reply)",
    why="CSV rows: removed, no action (rejected), geo-blocked KR (restricted), not found",
    items={Y[5]: "removed", Y[6]: "rejected", Y[7]: "restricted", Y[8]: "not_found"},
)

QP_TEXT = (
    "Hello,\n\n"
    f"Following your notice KCSC-240903-01, the channel {Y[9]} has been terminated for repeated violations of our Community Guidelines, and the video {Y[11]} was removed together with it.\n\n"
    "Terminated channels cannot be viewed anywhere on YouTube. The uploader may appeal; if an appeal succeeds we will let you know.\n\n"
    + YT_SIG + "\n"
)
case(
    name="yt-quoted-printable-wrapped",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(10, 19, 5, 9),
    subject="Re: [KCSC-240903-01] Channel terminated",
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice to a notifier",
    why="quoted-printable with soft line breaks inside the URLs; channel terminated and video removed",
    items={Y[9]: "removed", Y[11]: "removed"},
)

KO_YT = f"""안녕하세요. YouTube 법무지원팀입니다.

요청번호 KCSC-240903-01 관련 검토 결과를 알려드립니다.

{Y[10]} : 현지 법률에 따라 대한민국 내에서 이 동영상에 대한 접근을 제한했습니다.
{Y[11]} : 검토 결과 커뮤니티 가이드라인 위반이 확인되지 않아 별도 조치를 하지 않았습니다.

문의 사항이 있으시면 이 메일에 회신해 주세요.

감사합니다.
YouTube 법무지원팀 드림
"""
case(
    name="yt-korean-base64",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(11, 10, 0, 17),
    subject="=?UTF-8?B?" + base64.b64encode("[KCSC-240903-01] 검토 결과 안내".encode()).decode() + "?=",
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KO_YT)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language legal support reply (대한민국 내 접근 제한 안내)",
    why="base64 Korean: access restricted in Korea; no violation found so no action (rejected)",
    items={Y[10]: "restricted", Y[11]: "rejected"},
)

OUTLOOK_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "Sent: Tuesday, September 3, 2024 10:12 AM",
    "To: legal-kr@google.com",
    "Subject: [KCSC-240903-01] Request for removal of content",
    "",
    original_request("KCSC-240903-01", [Y[i] for i in range(1, 13)], prefix=""),
])
case(
    name="yt-outlook-top-post-over-request",
    **{"from": "minji.legalsupport@google.com"},
    name_from="Minji (YouTube Legal Support)",
    date=d(11, 14, 22, 36),
    subject="RE: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

The video {Y[12]} has been removed. We are still reviewing the other URLs and will come back to you on those.

Kind regards,
Minji
YouTube Legal Support

-----Original Message-----
{OUTLOOK_ORIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style top-posted reply by a YouTube legal support agent",
    why="only the top part speaks; the unprefixed Outlook-quoted request below lists all twelve URLs",
    items={Y[12]: "removed"},
)

case(
    name="yt-receipt-phrase-then-outcomes",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(5, 18, 12, 8),
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req-240903-01",
    body=f"""
Thank you for contacting us. We have received your notice KCSC-240903-01 and reviewed the content you reported.

{Y[2]} - removed (violates our Community Guidelines)
{Y[7]} - age-restricted

Your notice has been assigned case ID 3-7719028401613. Please quote it in any further correspondence.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal request confirmation that already carries outcomes",
    why="acknowledgement phrasing plus unhedged outcomes is a confirmation, not a receipt",
    items={Y[2]: "removed", Y[7]: "restricted"},
)

XSIG = "Thanks,\nX Legal\nhttps://help.x.com/en/forms/legal"

case(
    name="x-withheld-and-no-action",
    **{"from": "legal@x.com"},
    date=d(9, 3, 10, 0, UTC),
    subject="Re: [KCSC-240905-02] Request to remove content",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

We're writing in response to your request KCSC-240905-02.

In accordance with applicable law, we have withheld the following content in South Korea:
{X[1]}

After review, we did not take action on the following content, which we did not find to violate the X Rules or the Korean law described in your request:
{X[2]}

To learn more about country withheld content, see https://help.x.com/en/rules-and-policies/post-withheld-by-country

{XSIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X (Twitter) legal response to a government request: withheld in country / no action",
    why="URL on the line below its statement: one withheld in Korea, one left up for want of a violation",
    items={X[1]: "restricted", X[2]: "rejected"},
)

case(
    name="x-withholding-lifted-after-appeal",
    **{"from": "legal@x.com"},
    date=d(12, 6, 41, 12, UTC),
    subject="Re: [KCSC-240905-02] Request to remove content",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Regarding KCSC-240905-02: on 9 September we withheld {X[5]} in South Korea. The account holder has since appealed, and after a second review we concluded that the post does not violate Korean law or our rules. The withholding has been lifted and the post is visible in Korea again. We will not take further action on it.

{XSIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up after a user's counter-notice / appeal",
    why="an earlier withholding revised by later sentences: the post stays up as not unlawful (rejected)",
    items={X[5]: "rejected"},
)

case(
    name="x-one-item-no-url",
    **{"from": "safety-noreply@x.com"},
    name_from="X Safety",
    date=d(19, 2, 5, 51, UTC),
    subject="Re: [KCSC-240918-07] Removal request",
    reply_to_req="req-240918-07",
    body="""
Hello,

Following our review of your report KCSC-240918-07, the reported post has been removed for violating our rules on financial scams.

Thanks,
X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X report outcome email ('we've removed the post you reported')",
    why="a one-item request; an unnamed statement about its only post applies",
    items={X[6]: "removed"},
)

case(
    name="x-korean-angle-brackets-particles",
    **{"from": "legal@x.com"},
    name_from="X 법무팀",
    date=d(10, 5, 2, 33, UTC),
    subject="Re: [KCSC-240905-02] 처리 결과 안내",
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요, X 법무팀입니다.

요청번호 KCSC-240905-02에 대한 처리 결과를 알려드립니다.

<{X[3]}>은 X 규칙 위반으로 삭제되었습니다.
<{X[4]}> 계정은 영구 정지되었습니다.
<{X[5]}>는 존재하지 않는 게시물로 확인되어 조치할 수 없었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="X Korean-language legal reply",
    why="URLs in angle brackets followed by Korean particles: deleted, account suspended, post does not exist",
    items={X[3]: "removed", X[4]: "removed", X[5]: "not_found"},
)

case(
    name="x-numbered-action-below",
    **{"from": "legal@x.com"},
    date=d(11, 8, 17, 3, UTC),
    subject="Re: [KCSC-240905-02] Results",
    reply_to_req="req-240905-02",
    body=f"""
Case KCSC-240905-02 - results

1. {X[1]}
   Action taken: Removed (violation of X Rules - illegal or certain regulated goods or services)
2. {X[2]}
   Action taken: Withheld in KR
3. {X[4]}
   Action taken: None. We did not find a violation, and the account remains active.

{XSIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal results list",
    why="status on the line below each URL: removed, withheld in KR, none (rejected)",
    items={X[1]: "removed", X[2]: "restricted", X[4]: "rejected"},
)

TGSIG = "Telegram Abuse Team"

case(
    name="tg-mixed-sentence-blocked-not-found",
    **{"from": "abuse@telegram.org"},
    date=d(10, 21, 14, 2),
    subject="Re: [KCSC-240909-03] Illegal content on Telegram",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

Regarding KCSC-240909-03: the channel {T[1]} and the message {T[2]} have been blocked for violating Telegram's Terms of Service, while {T[3]} could not be found - it seems this username is not used by any public channel.

{TGSIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (abuse@telegram.org)",
    why="one sentence, two blocked (removed) and one not found; 'it seems' hedges only the explanation",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-korea-only-and-left-up",
    **{"from": "abuse@telegram.org"},
    date=d(11, 12, 30, 48),
    subject="Re: [KCSC-240909-03] Illegal content on Telegram",
    reply_to_req="req-240909-03",
    body=f"""
Hi,

{T[3]} is now unavailable to users in South Korea.

{T[4]} - we reviewed this message and decided to leave it up. It is a general advertisement for a licensed lender and does not break our Terms of Service.

{TGSIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply about a geo-restriction",
    why="unavailable in Korea (restricted); left up with a reason (rejected)",
    items={T[3]: "restricted", T[4]: "rejected"},
)

case(
    name="tg-url-below-heading",
    **{"from": "abuse@telegram.org"},
    date=d(12, 9, 2, 0),
    subject="Re: [KCSC-240909-03] Illegal content on Telegram",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

The following channel has been blocked:

{T[3]}

We could not find the following message; it may have been deleted by the channel's admins:

{T[4]}

{TGSIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply",
    why="each URL on the line after its heading: blocked (removed), could not find (not_found)",
    items={T[3]: "removed", T[4]: "not_found"},
)

case(
    name="tg-not-blocked-because-gone",
    **{"from": "abuse@telegram.org"},
    date=d(13, 19, 47, 26),
    subject="Re: [KCSC-240909-03] Illegal content on Telegram",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

We have not blocked {T[1]}, because the channel had already been deleted by its owner before we looked at your report. For the same reason the message {T[2]} no longer exists.

{TGSIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply",
    why="'not blocked' is negated, but the reason given is deletion by the owner: both not_found",
    items={T[1]: "not_found", T[2]: "not_found"},
)

NAVER_SIG = "네이버 고객센터 드림\n※ 본 메일은 발신 전용이 아니며, 회신 시 요청번호를 유지해 주세요."

case(
    name="naver-result-table-html",
    **{"from": "policy@navercorp.com"},
    date=d(11, 17, 3, 9),
    subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240910-04)",
    reply_to_req="req-240910-04",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회 요청번호 KCSC-240910-04 에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>게시중단</td><td>2024-09-11</td></tr>
<tr><td>2</td><td>{N2_RAW}</td><td>임시조치(30일)</td><td>2024-09-11</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>조치 불가 (위반 사항 확인되지 않음)</td><td>-</td></tr>
</table>
<p>{NAVER_SIG.replace(chr(10), '<br>')}</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 회신 table",
    why="table rows: 게시중단 removed, 임시조치 restricted, 게시물 없음 not_found, 조치 불가 (no violation) rejected",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "rejected"},
)

case(
    name="naver-blind-but-author-deleted",
    **{"from": "policy@navercorp.com"},
    date=d(12, 10, 40, 0),
    subject="Re: [KCSC-240910-04] 게시물 처리 결과",
    reply_to_req="req-240910-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 중 {N[1]} 은 블라인드 처리하였으나, {N[3]} 은 작성자가 이미 삭제하여 확인되지 않습니다.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 블라인드 처리 안내 mail",
    why="one Korean sentence with '-으나': first blinded (removed), second already deleted by its author (not_found)",
    items={N[1]: "removed", N[3]: "not_found"},
)

case(
    name="naver-numbered-then-update",
    **{"from": "policy@navercorp.com"},
    date=d(13, 18, 2, 51),
    subject="Re: [KCSC-240910-04] 처리 결과 및 추가 안내",
    reply_to_req="req-240910-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청번호 KCSC-240910-04 관련 처리 현황입니다.

1. {N2_RAW}： 임시조치(30일) 완료
2. {N[4]}： 검토 중

[추가 안내] 위 2번 게시물은 오늘 오후 검토를 마치고 게시중단 조치를 완료하였습니다.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 현황 mail with a later 추가 안내",
    why="raw Korean path with full-width colon; item 2 'under review' is revised by position to 게시중단",
    items={N[2]: "restricted", N[4]: "removed"},
)

case(
    name="kakao-three-in-one-sentence",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 고객보호팀",
    date=d(19, 11, 26, 14),
    subject="Re: [KCSC-240912-05] 게시물 조치 결과 안내",
    reply_to_req="req-240912-05",
    body=f"""
안녕하세요, 카카오 고객보호팀입니다.

요청번호 KCSC-240912-05 로 요청하신 3건의 처리 결과를 안내드립니다.

다음카페 게시글 {K1_RAW} 은 운영자 삭제 처리하였고, 티스토리 게시글 {K[2]} 는 비공개 처리되었으며, 카카오톡 채널 {K[3]} 은 운영정책 위반 사항이 확인되지 않아 현재 상태로 유지됩니다.

감사합니다.
카카오 고객보호팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 게시물 조치 결과 안내",
    why="one sentence: 운영자 삭제 removed, 비공개 처리 removed, kept for want of a violation rejected",
    items={K[1]: "removed", K[2]: "removed", K[3]: "rejected"},
)

TTSIG = "TikTok Trust & Safety"

case(
    name="tiktok-removed-and-not-removed",
    **{"from": "legal-kr@tiktok.com"},
    date=d(16, 13, 5, 19),
    subject="Re: [KCSC-240913-06] Your report",
    reply_to_req="req-240913-06",
    body=f"""
Hi,

Thanks for your report. We reviewed the two videos in your request KCSC-240913-06.

We removed {TT[1]} because it violates our Community Guidelines on gambling promotion. We didn't remove {TT[2]}: it doesn't violate our Community Guidelines, and we didn't find it to be illegal under the law you cited.

If you disagree with this decision, you can appeal at https://www.tiktok.com/legal/report/appeal

{TTSIG}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome notice ('we removed' / 'we didn't remove')",
    why="removed; 'didn't remove' with its reason is a refusal (rejected); appeal link is no item",
    items={TT[1]: "removed", TT[2]: "rejected"},
)

case(
    name="tiktok-statement-of-reasons",
    **{"from": "dsa-noreply@tiktok.com"},
    name_from="TikTok",
    date=d(17, 9, 30, 0),
    subject="Decision on your report KCSC-240913-06",
    reply_to_req="req-240913-06",
    body=f"""
Statement of reasons

Decision reference: SOR-KR-2409-55810
Content: {TT[2]}
Decision: Visibility restricted. The video is not available in the Republic of Korea.
Ground: Illegal content under local law (the Korean provision cited in the notice)
Territorial scope: KR
Detected by automated means: No
Decided by automated means: No

Redress: the uploader may appeal this decision in the app. You may contact us at https://www.tiktok.com/legal/report if you have questions.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, territorial scope)",
    why="field-per-line decision: visibility restricted in Korea",
    items={TT[2]: "restricted"},
)

# ================================================================ REVIEW
case(
    name="yt-promise-and-under-review",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(5, 11, 9, 40),
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have looked at part of your notice KCSC-240903-01. {Y[1]} will be removed within the next 24 hours, once the uploader's appeal window closes. {Y[2]} is still under review by our legal team, and we will update you as soon as a decision is made.

{YT_SIG}
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="a promise and an 'under review' are no statements: both pending, a person reads it",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-hedged-main-clauses",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(6, 10, 16, 2),
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We looked at the URLs you sent. {Y[3]} appears to have been removed already, and {Y[4]} may have been made private by the uploader. We suggest checking these links again on your side; if they are still viewable, reply to this email and we will take another look.

{YT_SIG}
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support reply with tentative findings",
    why="'appears to' and 'may have been' hedge the main clauses; nothing stated",
    items={Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="yt-all-removed-bulk",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(12, 15, 50, 5),
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your notice KCSC-240903-01. All of the videos and the channel identified in your notice have been removed from YouTube for violating our Community Guidelines.

{YT_SIG}
""",
    outcome="review", review="bulk",
    imitates="YouTube legal support blanket outcome",
    why="one statement about all twelve items of the request without naming any: bulk",
    items={Y[i]: "pending" for i in range(1, 13)},
)

case(
    name="x-auth-fail",
    **{"from": "legal@x.com"},
    auth="fail",
    date=d(9, 1, 2, 3, UTC),
    subject="Re: [KCSC-240905-02] Request to remove content",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

We have removed the following content for violating the X Rules:
{X[1]}
{X[2]}

{XSIG}
""",
    outcome="review", review="untrusted",
    imitates="X legal response (failing DKIM/SPF/DMARC)",
    why="sender domain is X's but authentication fails",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-vendor-unknown-sender",
    **{"from": "casedesk@xsafety-partners.com"},
    name_from="X Safety Partner Desk",
    date=d(10, 7, 33, 0, UTC),
    subject="Re: [KCSC-240905-02] Request to remove content",
    reply_to_req="req-240905-02",
    body=f"""
Dear KCSC team,

We handle government requests on behalf of X Corp. in the APAC region. Under KCSC-240905-02, the post {X[3]} has been removed and the account {X[4]} has been suspended.

Best regards,
Partner Desk
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced trust-and-safety vendor reply on a platform's behalf",
    why="a domain that is no platform's names our request and items",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="tg-warning-and-condition",
    **{"from": "abuse@telegram.org"},
    date=d(10, 16, 3, 30),
    subject="Re: [KCSC-240909-03] Illegal content on Telegram",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

The owner of {T[1]} has been warned. If the channel keeps publishing content of this kind, it will be blocked. The message {T[2]} is being reviewed by our moderators.

{TGSIG}
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk interim reply",
    why="a warning, a condition and 'being reviewed': no status for either item",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="naver-table-contradicted-by-note",
    **{"from": "policy@navercorp.com"},
    date=d(12, 14, 20, 0),
    subject="Re: [KCSC-240910-04] 조치 결과",
    reply_to_req="req-240910-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

| URL | 처리 결과 |
|-----|-----------|
| {N[1]} | 게시중단 |
| {N[4]} | 게시중단 |

※ 참고: 위 두 게시물은 검토 결과 서비스 운영정책 위반에 해당하지 않아 게시 상태를 유지하고 있습니다.

{NAVER_SIG}
""",
    outcome="review", review="conflicting_statements",
    imitates="NAVER 조치 결과 table with a 참고 note",
    why="table says 게시중단, the note says both stay up; no correction says which is right",
    items={N[1]: "pending", N[4]: "pending"},
)

case(
    name="naver-about-daum-post",
    **{"from": "policy@navercorp.com"},
    date=d(13, 11, 0, 0),
    subject="Re: [KCSC-240912-05] 게시물 확인 요청",
    reply_to_req="req-240912-05",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 {K1_RAW} 게시물은 네이버 서비스에서 확인되지 않습니다. 해당 게시물은 다음(Daum) 카페 게시물이므로 카카오에 문의해 주시기 바랍니다.

{NAVER_SIG}
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply to a misdirected request",
    why="NAVER says a Kakao item cannot be found on its service; it cannot speak for Kakao",
    items={K[1]: "pending"},
)

case(
    name="tg-address-change-no-claims",
    **{"from": "abuse@telegram.org"},
    date=d(16, 10, 0, 0),
    subject="Change of contact address for authorities",
    body="""
Dear partner,

From 1 October 2024, notices from public authorities should be sent to our new address, gov-notices@telegram.org. Messages sent to the current address will still be handled until the end of the year.

Thank you for your cooperation.

Telegram Abuse Team
""",
    outcome="review", review="no_claims",
    imitates="platform notice of a changed contact address",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="kakao-asks-legal-basis",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 고객보호팀",
    date=d(13, 15, 45, 0),
    subject="Re: [KCSC-240912-05] 추가 자료 요청",
    reply_to_req="req-240912-05",
    body=f"""
안녕하세요, 카카오 고객보호팀입니다.

요청하신 {K[2]} 게시글은 판단을 위해 추가 자료가 필요합니다. 적용 법령 조항과 위법성 판단 근거 자료를 이 메일로 회신해 주시면 검토를 진행하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 추가 자료 요청 mail",
    why="the platform asks for the legal basis before deciding; nothing stated",
    items={K[2]: "pending"},
)

case(
    name="tiktok-both-removed-bulk",
    **{"from": "legal-kr@tiktok.com"},
    date=d(16, 9, 12, 40),
    subject="Re: [KCSC-240913-06] Your report",
    reply_to_req="req-240913-06",
    body=f"""
Hi,

Both videos you reported under KCSC-240913-06 have been removed for violating our Community Guidelines.

{TTSIG}
""",
    outcome="review", review="bulk",
    imitates="TikTok report outcome notice",
    why="'both videos' for a two-item request names neither: bulk by the rule",
    items={TT[1]: "pending", TT[2]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    date=d(16, 9, 0, 5),
    subject="[자동회신] Re: [KCSC-240910-04] 게시물 처리 요청",
    reply_to_req="req-240910-04",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 김서연입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office reply (부재중 자동회신)",
    why="auto-reply over the holidays",
    items={},
)

DSN_TEXT = """This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@kakaocorp.com>: host mail.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <report-old@kakaocorp.com>: Recipient address rejected: User
    unknown
"""
case(
    name="kakao-bounce-with-request",
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery System",
    date=d(12, 16, 21, 30),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b114-dsn-41c"

--b114-dsn-41c
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

{DSN_TEXT}
--b114-dsn-41c
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: {d(12, 16, 20, 55)}

Final-Recipient: rfc822; report-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b114-dsn-41c
Content-Type: message/rfc822
Content-Description: Undelivered Message

Date: {d(12, 16, 20, 0)}
From: KCSC Takedown <takedown@kcsc.example>
To: report-old@kakaocorp.com
Subject: [KCSC-240912-05] Request for removal of content
Message-ID: <req-240912-05-copy@kcsc.example>
Content-Type: text/plain; charset=utf-8

{original_request("KCSC-240912-05", [K[1], K[2], K[3]], prefix="")}

--b114-dsn-41c--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (DSN) with the returned request",
    why="a bounce carrying our own request; nothing from the platform",
    items={},
)

case(
    name="x-read-receipt",
    **{"from": "legal@x.com"},
    date=d(5, 6, 2, 0, UTC),
    subject="Read: [KCSC-240905-02] Request to remove content",
    reply_to_req="req-240905-02",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b114-mdn-9d"

--b114-mdn-9d
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: [KCSC-240905-02] Request to remove content
  Sent: Thursday, September 5, 2024 2:30 PM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 6:02 AM (UTC+00:00).

--b114-mdn-9d
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <req-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b114-mdn-9d--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Support",
    date=d(13, 10, 2, 10),
    subject="We've received your report [Ticket #48213377]",
    reply_to_req="req-240913-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi there,

We've received your report regarding KCSC-240913-06. Your ticket number is #48213377.

Our team will review your report and get back to you by email. You don't need to reply to this message.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="yt-legal-request-receipt-echo",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(3, 10, 14, 2),
    subject="Your legal request has been received [3-7719028401613]",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thanks for contacting Google. We have received your legal request and will review the URLs you provided. You will hear from us once the review is complete.

Summary of your submission
Reference: KCSC-240903-01
URLs submitted:
{Y[1]}
{Y[2]}
{Y[3]}
(and 9 more)

Case ID: 3-7719028401613

This is an automated message. Please do not reply.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal request receipt echoing the submission",
    why="an automatic receipt echoing the submitted URLs; no status stated",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="tg-unmonitored-mailbox",
    **{"from": "noreply@telegram.org"},
    date=d(9, 9, 41, 2),
    subject="Re: [KCSC-240909-03] Illegal content on Telegram",
    reply_to_req="req-240909-03",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automatic reply. This mailbox is not monitored.

Reports about illegal content are handled by the abuse team; you do not need to resend your message.
""",
    outcome="ignored", classification="auto_reply",
    imitates="no-reply mailbox auto-reply",
    why="automatic reply from an unmonitored mailbox",
    items={},
)

case(
    name="yt-ooo-with-quoted-request",
    **{"from": "jiho.park@google.com"},
    name_from="Jiho Park",
    date=d(3, 10, 13, 0),
    subject="Automatic reply: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jiho.park@google.com"],
    body=f"""
I am out of the office until 9 September with limited access to email. For legal removal requests please write to legal-kr@google.com.

Jiho

{original_request("KCSC-240903-01", [Y[i] for i in range(1, 13)])}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange out-of-office reply quoting the original message",
    why="out-of-office; the URLs are only in our quoted request",
    items={},
)

HEADER = """# Blind set 114 (what a program gets wrong): written from each email's
# meaning alone, before any run of the reader. Generated by make.py; do not edit.
"""

def encode_headers(cases):
    """Non-ASCII display names and subjects go out as RFC 2047 words, as real mailers send them."""
    from email.header import Header
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind114", HEADER, CASES)
