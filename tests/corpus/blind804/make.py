#!/usr/bin/env python3
"""Blind set 804 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every email is
fictional and written in our own sentences; the expected result of each case
was written from the email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind804/make.py

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

SET = "blind804"

# ---------------------------------------------------------------- requests
X1 = "https://x.com/grey_lantern88/status/1830419927716352011"
X2 = "https://x.com/grey_lantern88/status/1830420588301975552"
X3 = "https://x.com/pollen_drift/status/1829977310554103808"
X4 = "https://x.com/pollen_drift/status/1830001265987420160"
X5 = "https://x.com/OakMeridian_kr/status/1830233178409971712"
X6 = "https://x.com/night_ferry_22/status/1830307745512390656"
X7 = "https://x.com/night_ferry_22/status/1830311902847664128"
X8 = "https://x.com/hwaseong_relay/status/1829850036117430272"
X9 = "https://x.com/quietcopper/status/1830502219388858368"
X10 = "https://x.com/quietcopper/status/1830509974633353216"
X11 = "https://x.com/lumen_stall/status/1830176540021248000"
X12 = "https://x.com/silt_and_salt/status/1830288103376650240"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

T1 = "https://t.me/harbor_mint/1184"
T2 = "https://t.me/harbor_mint/1190"
T3 = "https://t.me/coral_exchange_kr/77"
T4 = "https://t.me/s/velvet_signal/2301"

Y1 = "https://www.youtube.com/watch?v=Qm3vT8aLx0c"
Y2 = "https://www.youtube.com/watch?v=Hn7pR2wKe5Y"
Y3 = "https://youtu.be/b9XeL4tZq1M"
Y4 = "https://www.youtube.com/shorts/Jd2kW0sNfa8"
Y5 = "https://www.youtube.com/@kimchi_radar_tv"
YS = [Y1, Y2, Y3, Y4, Y5]

N1 = "https://blog.naver.com/moonlit_ship/223561877204"
N2 = "https://cafe.naver.com/greyharbor/8812"
N3 = "https://cafe.naver.com/%ED%95%B4%EB%AC%BC%EC%8B%9C%EC%9E%A5/1203"
N3_RAW = "https://cafe.naver.com/해물시장/1203"
N4 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471220933"

K1 = "https://cafe.daum.net/sunsetmarket/Ab12/331"
K2 = "https://cafe.daum.net/%EB%B3%84%EB%B9%9B%EB%A7%88%EC%9D%84/Xy9/77"
K2_RAW = "https://cafe.daum.net/별빛마을/Xy9/77"
K3 = "https://tv.kakao.com/v/441122003"

M1 = "https://www.instagram.com/p/Cx7Yk2LmQ9a/"
M2 = "https://www.instagram.com/reel/C0fTq8nJv2W/"

S1 = "https://t.me/amber_tide/58"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "x", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00", XS,
     "illegal_gambling", "req-240903-01@kcsc.example", "largest request of the set"),
    ("KCSC-240905-02", "telegram", "2024-09-05T10:30:00+09:00", "2024-09-12T23:59:59+09:00",
     [T1, T2, T3, T4], "illegal_finance", "req-240905-02@kcsc.example", ""),
    ("KCSC-240909-03", "youtube", "2024-09-09T11:00:00+09:00", "2024-09-16T23:59:59+09:00", YS,
     "defamation", "req-240909-03@kcsc.example", "one channel URL"),
    ("KCSC-240910-04", "naver", "2024-09-10T09:40:00+09:00", "2024-09-17T23:59:59+09:00",
     [N1, N2, N3, N4], "drugs", "req-240910-04@kcsc.example", "cafe path in Korean"),
    ("KCSC-240912-05", "kakao", "2024-09-12T15:10:00+09:00", "2024-09-19T23:59:59+09:00",
     [K1, K2, K3], "obscenity", "req-240912-05@kcsc.example", "cafe path in Korean"),
    ("KCSC-240913-06", "meta", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00",
     [M1, M2], "illegal_goods", "req-240913-06@kcsc.example", ""),
    ("KCSC-240919-07", "telegram", "2024-09-19T09:00:00+09:00", "2024-09-26T23:59:59+09:00",
     [S1], "illegal_finance", "req-240919-07@kcsc.example", "one item"),
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


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047 for non-ASCII subjects/names, as real mailers send them."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


X_REQUEST = (
    "Dear X Legal team,\n\n"
    "The Korea Communications Standards Commission requests the removal or\n"
    "restriction of the following posts (ref. KCSC-240903-01):\n\n"
    + "\n".join(f"{i}. {u}" for i, u in enumerate(XS, 1))
    + "\n\nPlease remove or restrict these posts by 10 September 2024 and tell\n"
    "us what was done with each of them.\n\nKCSC Takedown"
)

Y_REQUEST = (
    "Please remove the following content, which the Commission found to be\n"
    "defamatory under the Information and Communications Network Act:\n\n"
    + "\n".join(YS)
    + "\n\nReference: KCSC-240909-03\nKCSC Takedown"
)

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================= APPLIED
case(
    name="x-mixed-statuses-one-sentence",
    **{"from": "legal-ops@x.com"},
    date="Thu, 05 Sep 2024 06:14:22 +0000",
    subject="Re: KCSC-240903-01 Request for removal of posts",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We are writing in response to your request KCSC-240903-01.

After review, we have withheld {X1} and {X2} in South Korea, while {X3} was removed globally for violating the X Rules and {X4} could not be located.

The remaining URLs in your request are still being reviewed and we will update you separately.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content vs. global removal)",
    why="one sentence gives three statuses: two withheld in Korea, one removed globally, one not located",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "not_found"},
)

case(
    name="x-first-two-and-third-by-position",
    **{"from": "legal-ops@x.com"},
    date="Fri, 06 Sep 2024 02:41:09 +0000",
    subject="Re: KCSC-240903-01 Request for removal of posts",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

Following up on KCSC-240903-01. You reported these three posts:

{X5}
{X6}
{X7}

The first two have been withheld in South Korea in response to your legal demand. The third was removed from X globally, as it violated our policy on illegal or certain regulated goods or services.

Thanks,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations follow-up naming posts in a list, outcomes by position",
    why="'the first two' and 'the third' refer to the list just above them in the same email",
    items={X5: "restricted", X6: "restricted", X7: "removed"},
)

case(
    name="x-list-then-correction-for-one",
    **{"from": "legal-ops@x.com"},
    date="Fri, 06 Sep 2024 09:03:55 +0000",
    subject="KCSC-240903-01: withheld content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

In response to your request KCSC-240903-01, the following posts have been withheld in South Korea:

- {X8}
- {X9}
- {X10}
- {X11}

Please note one change to the list above: our team has since found that {X10} had already been deleted by its author before we took any action, so nothing was withheld for that post. Please record it as not found rather than withheld.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld-content confirmation with an in-mail correction",
    why="a later paragraph explicitly revises one item of the list from withheld to deleted by its author",
    items={X8: "restricted", X9: "restricted", X10: "not_found", X11: "restricted"},
)

case(
    name="tg-per-item-with-reasons",
    **{"from": "abuse@telegram.org"},
    date="Sat, 07 Sep 2024 11:20:40 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req="req-240905-02",
    body="""
Hi,

We've looked into the four links from your notice KCSC-240905-02.

t.me/harbor_mint/1184 and t.me/harbor_mint/1190 - the channel @harbor_mint is now unavailable to users in South Korea.
t.me/coral_exchange_kr/77 - we won't take action here. The post is price commentary with no offer to buy or sell anything, and it does not break our Terms of Service.
t.me/s/velvet_signal/2301 - this link is invalid; there is no message with that number in the channel.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply answering each link in one line",
    why="scheme-less links: two blocked in Korea, one refused with a reason, one invalid link",
    items={T1: "restricted", T2: "restricted", T3: "rejected", T4: "not_found"},
)

case(
    name="tg-not-removed-then-taken-down",
    **{"from": "abuse@telegram.org"},
    date="Sun, 08 Sep 2024 03:05:12 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Regarding your request KCSC-240905-02.

We have not removed {T1}. Our moderators checked the post and it does not contain anything that violates the Telegram Terms of Service; it only links to a public news article.

{T2} has been taken down.

Kind regards,
Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a refusal and a removal",
    why="'have not removed' plus reason is a refusal (rejected); the second link was taken down",
    items={T1: "rejected", T2: "removed"},
)

case(
    name="yt-hedges-inside-relative-clauses",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 08:30:00 +0000",
    subject="Re: KCSC-240909-03 Request for removal",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

Thank you for your notice KCSC-240909-03.

The video {Y2}, which may also be reviewed later under our age-restriction guidelines, has been blocked from view in South Korea on the basis of local law.

The video {Y3}, which we believe may violate our harassment policy, is still under review, and we will let you know the outcome.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal reply (local-law block) with an item still under review",
    why="the hedge in the relative clause does not weaken the main 'has been blocked in South Korea'; the other video is only under review",
    items={Y2: "restricted", Y3: "pending"},
)

case(
    name="yt-html-table-corrected-by-note",
    **{"from": "no-reply@youtube.com"},
    date="Wed, 11 Sep 2024 05:12:44 +0000",
    subject="Outcome of your legal request KCSC-240909-03",
    reply_to_req="req-240909-03",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>We've completed our review of your request KCSC-240909-03. The outcome for each URL is shown below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{Y1}</td><td>Removed &ndash; Community Guidelines (harassment)</td></tr>
<tr><td>{Y4}</td><td>Removed &ndash; Community Guidelines</td></tr>
<tr><td>{Y5}</td><td>Blocked in South Korea &ndash; local law</td></tr>
</table>
<p><b>Correction:</b> the second row above is wrong. The Short at {Y4} was age-restricted, not removed; it remains on YouTube for signed-in viewers aged 18 and over.</p>
<p>You can read more about our policies at <a href="https://support.google.com/youtube/answer/2801939">https://support.google.com/youtube/answer/2801939</a>.</p>
<p>The YouTube Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome table (HTML) with a correction note under it",
    why="the note explicitly corrects the table's row for the Short: age-restricted, not removed",
    items={Y1: "removed", Y4: "restricted", Y5: "restricted"},
)

case(
    name="naver-three-statuses-one-sentence",
    **{"from": "rights@navercorp.com"},
    name_from=subj("네이버 고객센터"),
    date="Wed, 11 Sep 2024 07:45:10 +0000",
    subject=subj("[NAVER] 게시중단 요청(KCSC-240910-04)에 대한 처리 결과 안내"),
    reply_to_req="req-240910-04",
    body=f"""
안녕하세요, 네이버 고객센터 권리보호팀입니다.

방송통신심의위원회에서 2024년 9월 10일 요청하신 건(KCSC-240910-04)에 대한 처리 결과를 아래와 같이 안내드립니다.

확인 결과 {N1} 게시물은 게시중단 처리하였고, {N2} 게시물은 임시조치(30일)되었으며, {N3_RAW}은 이미 작성자가 삭제하여 존재하지 않는 게시물입니다.

나머지 1건(지식iN)은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 처리 결과 안내",
    why="one Korean sentence: 게시중단 (removed), 임시조치 (restricted), already deleted by its author (not_found); raw Korean path followed by a particle",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

case(
    name="naver-kin-kept-cafe-blinded",
    **{"from": "rights@navercorp.com"},
    name_from=subj("네이버 고객센터"),
    date="Thu, 12 Sep 2024 02:10:33 +0000",
    subject=subj("[NAVER] KCSC-240910-04 추가 처리 결과 안내"),
    reply_to_req="req-240910-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청 건 KCSC-240910-04 중 남은 2건에 대하여 안내드립니다.

1) {N4}
 - 검토 결과 해당 답변은 일반적인 의약 정보를 공유하는 게시물로, 서비스 운영정책 및 관련 법령 위반 사항이 확인되지 않아 별도 조치 없이 게시가 유지됩니다.

2) {N2}
 - 카페 운영정책 위반으로 블라인드 처리되었습니다.

문의 사항은 고객센터(https://help.naver.com/)로 연락 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN/카페 신고 처리 결과 (게시 유지 / 블라인드)",
    why="the 지식iN answer stays up because no rule is broken (rejected); the cafe post was blinded (removed); help link is no item",
    items={N4: "rejected", N2: "removed"},
)

case(
    name="kakao-text-table",
    **{"from": "safety@kakaocorp.com"},
    name_from=subj("카카오 고객보호팀"),
    date="Fri, 13 Sep 2024 08:02:19 +0000",
    subject=subj("[카카오] 시정요구(KCSC-240912-05) 조치 결과 회신"),
    reply_to_req="req-240912-05",
    body=f"""
안녕하세요. 카카오 고객보호팀입니다.

귀 위원회의 시정요구(KCSC-240912-05)에 따른 조치 결과를 아래 표와 같이 회신드립니다.

| 번호 | 대상 URL | 조치 결과 | 조치 일시 |
|---|---|---|---|
| 1 | {K1} | 게시물 블라인드 | 2024-09-13 16:20 |
| 2 | {K2_RAW} | 국내 접근 제한 | 2024-09-13 16:25 |
| 3 | {K3} | 해당 영상 없음(게시자 삭제) | - |

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (Daum cafe / Kakao TV)",
    why="table rows: 블라인드 (removed), 국내 접근 제한 (restricted), 영상 없음 게시자 삭제 (not_found)",
    items={K1: "removed", K2: "restricted", K3: "not_found"},
)

case(
    name="meta-not-found-and-age-restricted",
    **{"from": "legal-notices@instagram.com"},
    name_from="Instagram Legal",
    date="Sat, 14 Sep 2024 01:33:50 +0000",
    subject="Your request KCSC-240913-06",
    reply_to_req="req-240913-06",
    body=f"""
Hello,

Thanks for contacting Instagram about KCSC-240913-06.

We couldn't find the post at {M1}. It may have been deleted by the person who shared it, or the link may be incorrect.

We reviewed the reel at {M2} and have age-restricted it, so it is no longer shown to people under 18 or to people who are not logged in.

To learn more about how we review reports, visit https://help.instagram.com/477434105621119.

Instagram Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome (content not found / age restriction)",
    why="'couldn't find' is unhedged (not_found) even though the reason is hedged; the reel was age-restricted",
    items={M1: "not_found", M2: "restricted"},
)

case(
    name="tg-one-item-request-no-url",
    **{"from": "abuse@telegram.org"},
    date="Thu, 19 Sep 2024 05:40:00 +0000",
    subject="Re: KCSC-240919-07 removal request",
    reply_to_req="req-240919-07",
    body="""
Hello,

Thank you for your report. The reported content has been removed.

Case #5530912

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk one-line outcome",
    why="a statement naming no URL, in reply to a request of exactly one item",
    items={S1: "removed"},
)

X_CSV = (
    "url,decision,details\r\n"
    f"{X9},Removed,Violates the illegal or certain regulated goods or services policy\r\n"
    f"{X10},No action,Not in violation of the X Rules or of the local law cited\r\n"
    f"{X11},Withheld in KR,Country withheld content\r\n"
    f"{X12},Not found,The post does not exist\r\n"
)
case(
    name="x-csv-attachment-decisions",
    **{"from": "legal-ops@x.com"},
    date="Sat, 07 Sep 2024 04:18:27 +0000",
    subject="KCSC-240903-01 decisions (attached)",
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_x_b804_csv"

--=_x_b804_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the decisions for four of the URLs in request
KCSC-240903-01.

X Legal

--=_x_b804_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_decisions.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(X_CSV.encode()).decode()}
--=_x_b804_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal decisions sent as a CSV attachment",
    why="CSV rows: removed, no action (rejected), withheld in KR (restricted), not found",
    items={X9: "removed", X10: "rejected", X11: "restricted", X12: "not_found"},
)

case(
    name="x-top-posted-over-quoted-request",
    **{"from": "legal-ops@x.com"},
    date="Wed, 04 Sep 2024 23:50:01 +0000",
    subject="Re: KCSC-240903-01 Request for removal of posts",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

{X1} has been withheld in South Korea. The other posts in your request remain under review.

X Legal

On Tue, Sep 3, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(X_REQUEST)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the regulator's quoted request",
    why="one post withheld; the quoted request's 'please remove' is ours, the others remain under review",
    items={X1: "restricted", X2: "pending", X3: "pending"},
)

YT_QP = f"""안녕하세요.

YouTube에 보내주신 요청(참조: KCSC-240909-03)을 검토하였습니다.

- {Y1} : 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y3} : 현지 법률에 따라 대한민국에서 해당 동영상에 대한 접근이 제한되었습니다.

요청하신 나머지 URL에 대해서는 검토가 완료되는 대로 안내드리겠습니다.

감사합니다.
YouTube 법무 지원팀
"""
case(
    name="yt-quoted-printable-korean",
    **{"from": "legal-support@google.com"},
    name_from=subj("YouTube 법무 지원팀"),
    date="Thu, 12 Sep 2024 06:25:31 +0000",
    subject=subj("YouTube 콘텐츠 삭제 요청 처리 결과 [KCSC-240909-03]"),
    reply_to_req="req-240909-03",
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean legal reply, quoted-printable body",
    why="Korean: 삭제되었습니다 (removed) and 대한민국에서 접근이 제한 (restricted); the rest promised later",
    items={Y1: "removed", Y3: "restricted"},
)

NAVER_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. NAVER 고객센터입니다.</p>
<p>KCSC-240910-04 요청 건에 대해 다음과 같이 조치하였습니다.</p>
<ul>
<li><a href="{N1}">{N1}</a> : 비공개 처리</li>
<li>{N3_RAW}（임시조치, 30일）</li>
</ul>
<p>게시중단 관련 정책은 <a href="https://help.naver.com/service/5640/contents/11802">고객센터 도움말</a>에서 확인하실 수 있습니다.</p>
<p>NAVER 고객센터</p>
</body></html>
"""
case(
    name="naver-base64-html-notice",
    **{"from": "rights@navercorp.com"},
    name_from=subj("NAVER 고객센터"),
    date="Thu, 12 Sep 2024 09:14:05 +0000",
    subject=subj("[NAVER] 게시물 조치 안내 (KCSC-240910-04)"),
    reply_to_req="req-240910-04",
    raw_mime=f"""
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(NAVER_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER HTML notice (base64), 비공개 처리 / 임시조치",
    why="비공개 처리 (removed); raw Korean URL followed by full-width parenthesis 임시조치 (restricted); help link is no item",
    items={N1: "removed", N3: "restricted"},
)

case(
    name="tg-url-below-statement-hedged-reason",
    **{"from": "abuse@telegram.org"},
    date="Fri, 06 Sep 2024 13:02:48 +0000",
    subject="Your report KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Thank you for your report regarding KCSC-240905-02.

The following message has been removed for violating Telegram's Terms of Service:
{T3}

The following link could not be found on our servers. It may have been deleted by the channel's owners before our moderators reached it:
{T4}

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with each URL on the line below its statement",
    why="URL under its statement; 'could not be found' is unhedged (not_found), only the reason is hedged",
    items={T3: "removed", T4: "not_found"},
)

case(
    name="x-angle-brackets-wrapped-url",
    **{"from": "legal-ops@x.com"},
    date="Sun, 08 Sep 2024 07:27:14 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Dear KCSC,

Re: KCSC-240903-01

We have withheld the post <{X5}> in South Korea.

The post <https://x.com/night_ferry_22/status/
1830307745512390656> has been removed for violating the X Rules.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with URLs in angle brackets, one wrapped by the mailer",
    why="URLs in <>, the second wrapped inside its brackets (RFC 3986 appendix C)",
    items={X5: "restricted", X6: "removed"},
)

case(
    name="x-not-merely-withheld-and-not-removed",
    **{"from": "legal-ops@x.com"},
    date="Mon, 09 Sep 2024 01:55:37 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Regarding KCSC-240903-01:

{X8} was not merely withheld in South Korea: the post violated the X Rules and has been removed globally.

{X9} has not been removed or withheld. We reviewed it against the X Rules and the Korean law described in your request and found no violation, so it remains available.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a global removal and a refusal",
    why="negations: 'not merely withheld ... removed globally' is removed; 'has not been removed or withheld ... no violation' is rejected",
    items={X8: "removed", X9: "rejected"},
)

case(
    name="yt-will-not-act-on-channel-outlook",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 04:48:02 +0000",
    subject="RE: KCSC-240909-03 Request for removal",
    reply_to_req="req-240909-03",
    body=f"""
Dear KCSC,

After careful review, we will not be taking action on the channel {Y5}. The channel's videos are commentary on public figures, and we did not find that they violate our Community Guidelines or the local law cited in your request.

The video {Y2} has been removed for violating our harassment and cyberbullying policy.

Kind regards,
Minji
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 11:00 AM
To: legal-kr@google.com
Subject: KCSC-240909-03 Request for removal

{Y_REQUEST}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply in Outlook style over the quoted request",
    why="'will not be taking action' with a reason is a decision (rejected), not a promise; one video removed; quoted URLs untouched",
    items={Y5: "rejected", Y2: "removed", Y1: "pending", Y3: "pending"},
)

KAKAO_FIRST = f"""안녕하세요. 카카오 고객보호팀입니다.

시정요구(KCSC-240912-05)에 따른 조치 결과입니다.
- {K1} : 운영정책 위반으로 삭제
- {K2_RAW} : 국내 이용자 대상 접근 제한

감사합니다."""
case(
    name="kakao-correction-over-own-quoted-reply",
    **{"from": "safety@kakaocorp.com"},
    name_from=subj("카카오 고객보호팀"),
    date="Sat, 14 Sep 2024 03:20:45 +0000",
    subject=subj("[정정] [카카오] 시정요구(KCSC-240912-05) 조치 결과 회신"),
    reply_to_req="req-240912-05",
    body=f"""
[정정 안내]

9월 13일 회신드린 조치 결과 중 {K2_RAW} 항목을 정정합니다. 해당 게시물은 접근 제한이 아닌 삭제 처리되었습니다.

혼선을 드려 죄송합니다.
카카오 고객보호팀

2024년 9월 13일 (금) 오후 5:02, 카카오 고객보호팀 <safety@kakaocorp.com>님이 작성:
{quoted(KAKAO_FIRST)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 조치 결과 정정 notice over its own quoted earlier reply",
    why="the correction (K2 removed) is new text; K1's deletion and K2's old 'access restricted' are only in the quoted earlier reply",
    items={K2: "removed", K1: "pending"},
)

case(
    name="meta-dsa-statement-of-reasons-korea-only",
    **{"from": "legal-notices@instagram.com"},
    name_from="Instagram",
    date="Mon, 16 Sep 2024 10:05:00 +0000",
    subject="Statement of reasons: your notice KCSC-240913-06",
    reply_to_req="req-240913-06",
    body=f"""
Statement of reasons

Reference: SOR-IG-88213406
Your notice: KCSC-240913-06

Decision: access to the content below has been restricted in the Republic of Korea.
Content: {M1}
Territorial scope of the decision: Republic of Korea
Grounds: the content was found to be illegal under the law of the Republic of Korea cited in your notice. It does not go against our Community Guidelines, so it remains available outside the Republic of Korea.
Facts and circumstances: action taken following a notice submitted by a public authority.
Automated means: no automated means were used in taking this decision.

Redress: information about your options is available at https://help.instagram.com/contact/1845713985721890
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (Art. 17) with territorial scope",
    why="restricted in Korea; 'does not go against our Community Guidelines ... remains available outside Korea' does not make it a refusal",
    items={M1: "restricted"},
)

case(
    name="yt-blocked-two-but-not-third",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 07:11:58 +0000",
    subject="Re: KCSC-240909-03",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

We've blocked {Y1} and {Y2} from view in South Korea but not {Y4}, in which we found no violation of local law or of our policies.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply (local block) with a refusal in the same sentence",
    why="one sentence: two blocked in Korea (restricted), 'but not' the third with a reason (rejected)",
    items={Y1: "restricted", Y2: "restricted", Y4: "rejected"},
)

case(
    name="naver-echoed-report-blocks",
    **{"from": "report@naver.com"},
    name_from=subj("네이버 신고센터"),
    date="Fri, 13 Sep 2024 00:40:16 +0000",
    subject=subj("[네이버 신고센터] 신고 처리 결과 안내"),
    reply_to_req="req-240910-04",
    body=f"""
안녕하세요. 네이버 신고센터입니다.
접수하신 신고에 대한 처리 결과를 안내드립니다.

[신고 내용]
- 신고 번호: KCSC-240910-04
- 신고 URL: {N2}
- 신고 사유: 마약류 판매 광고
[처리 결과]
- 게시물 삭제

[신고 내용]
- 신고 URL: {N4}
- 신고 사유: 의약품 불법 판매
[처리 결과]
- 위반 사항 미확인(게시 유지): 해당 답변은 일반적인 복약 정보를 담고 있어 운영정책 위반에 해당하지 않습니다.

네이버 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 처리 결과 with the report echoed above each result",
    why="each echoed report is followed by its result: 게시물 삭제 (removed), 게시 유지 with reason (rejected)",
    items={N2: "removed", N4: "rejected"},
)

X_REMINDER = (
    "Dear X, we have not yet received a reply about these posts from request\n"
    "KCSC-240903-01 and ask you to act on them:\n"
    f"{X10}\n{X11}\n{X12}\n\nKCSC Takedown"
)
case(
    name="x-gmail-reply-account-suspended",
    **{"from": "dana.k@x.com"},
    name_from="Dana K.",
    date="Thu, 05 Sep 2024 03:31:19 +0000",
    subject="Re: Reminder: KCSC-240903-01",
    body=f"""
Hi,

Quick update on your request: {X10} and {X11} have been withheld in Korea. As for {X12}, the account that posted it has been suspended, so the post is no longer available on X.

Best,
Dana
X Legal Operations

On Wed, Sep 4, 2024 at 9:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(X_REMINDER)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal employee's Gmail reply to a reminder",
    why="two withheld in Korea; the third is no longer available because its account was suspended (removed)",
    items={X10: "restricted", X11: "restricted", X12: "removed"},
)

case(
    name="meta-first-removed-second-kept",
    **{"from": "legal-notices@instagram.com"},
    name_from="Instagram",
    date="Sun, 15 Sep 2024 02:02:02 +0000",
    subject="Update on KCSC-240913-06",
    reply_to_req="req-240913-06",
    body=f"""
Hi,

We reviewed the two pieces of content you reported under KCSC-240913-06:

1. {M1}
2. {M2}

We removed the first one because it goes against our Community Guidelines on regulated goods. We didn't remove the second one: it doesn't go against our Community Guidelines and we found no legal basis to restrict it in Korea.

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome with a numbered list and outcomes by position",
    why="'the first one' removed, 'the second one' not removed with a reason (rejected)",
    items={M1: "removed", M2: "rejected"},
)

# ================================================================= REVIEW
case(
    name="x-promise-once-review-done",
    **{"from": "legal-ops@x.com"},
    date="Wed, 04 Sep 2024 08:00:12 +0000",
    subject="Re: KCSC-240903-01 Request for removal of posts",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your request KCSC-240903-01. Regarding {X3} and {X4}: these will be withheld in South Korea once our legal team has completed its review of the provisions you cited. We expect to update you within five business days.

X Legal
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="X legal interim reply with a conditional promise",
    why="'will be withheld ... once' is a promise under a condition: no status, but names requested items",
    items={X3: "pending", X4: "pending"},
)

case(
    name="yt-hedges-only",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 23:15:40 +0000",
    subject="Re: KCSC-240909-03",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

We're following up on KCSC-240909-03. Our records indicate that {Y1} may already have been removed by the uploader, and {Y4} appears to be unavailable in your region. We are confirming both and will write again when we have a final answer.

YouTube Legal Support
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="YouTube legal interim follow-up",
    why="'may already have been removed' and 'appears to be unavailable' are hedges; a final answer is promised",
    items={Y1: "pending", Y4: "pending"},
)

case(
    name="naver-under-review-korean",
    **{"from": "rights@navercorp.com"},
    name_from=subj("네이버 고객센터"),
    date="Tue, 10 Sep 2024 06:50:00 +0000",
    subject=subj("[NAVER] KCSC-240910-04 검토 진행 안내"),
    reply_to_req="req-240910-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 건(KCSC-240910-04) 중 아래 게시물은 현재 담당 부서에서 검토 중입니다.

- {N1}
- {N2}

검토 결과 운영정책 위반이 확인되면 게시중단 조치될 예정이며, 조치 결과는 완료 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="NAVER 검토 진행 안내 (under review, conditional 게시중단)",
    why="검토 중 and a conditional 게시중단 예정: the status words are a promise; the email names two items",
    items={N1: "pending", N2: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-ops@x.com"},
    date="Tue, 10 Sep 2024 02:22:22 +0000",
    subject="Re: KCSC-240903-01 Request for removal of posts",
    reply_to_req="req-240903-01",
    body="""
Hello,

Regarding request KCSC-240903-01: all of the reported content has been withheld in South Korea.

Regards,
X Legal
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="X legal one-line bulk confirmation",
    why="one statement for a 12-item request without naming any post",
    items={},
)

case(
    name="tg-auth-fail",
    **{"from": "abuse@telegram.org"},
    auth="fail",
    date="Fri, 06 Sep 2024 17:44:09 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

{T1} and {T2} have been removed.

Case #4471902

Telegram Abuse Team
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="Telegram abuse-desk reply, failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails",
    items={T1: "pending", T2: "pending"},
)

case(
    name="contractor-on-behalf-of-x",
    **{"from": "notices@sentinel-mod.example"},
    name_from="Sentinel Moderation Services",
    date="Mon, 09 Sep 2024 05:05:05 +0000",
    subject="KCSC-240903-01 - action confirmation",
    body=f"""
Dear Sir or Madam,

On behalf of our client X Corp., we confirm that {X5} has been removed in connection with your request KCSC-240903-01.

Sentinel Moderation Services
Trust & Safety Outsourcing
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="sender domain belongs to no platform",
    items={X5: "pending"},
)

case(
    name="kakao-states-naver-item",
    **{"from": "safety@kakaocorp.com"},
    name_from=subj("카카오 고객보호팀"),
    date="Sat, 14 Sep 2024 06:30:00 +0000",
    subject=subj("문의하신 게시물 확인 결과"),
    body=f"""
안녕하세요. 카카오 고객보호팀입니다.

요청하신 게시물 {N2} 은 확인 결과 블라인드 처리되어 현재 열람할 수 없는 상태입니다.

참고로 해당 게시물은 당사가 운영하는 서비스의 게시물이 아니므로, 추가 문의는 해당 서비스 운영자에게 해 주시기 바랍니다.

카카오 고객보호팀
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="Kakao customer-protection reply about another portal's post",
    why="Kakao states a status for a NAVER item",
    items={N2: "pending"},
)

case(
    name="yt-table-contradicted-by-note",
    **{"from": "no-reply@youtube.com"},
    date="Sun, 15 Sep 2024 09:09:09 +0000",
    subject="Outcome of your legal request KCSC-240909-03",
    reply_to_req="req-240909-03",
    type="html",
    body=f"""
<html><body>
<p>Hello, here is the result of our review for request KCSC-240909-03.</p>
<table border="1" cellpadding="4">
<tr><th>Content</th><th>Action taken</th></tr>
<tr><td>{Y3}</td><td>Removed</td></tr>
</table>
<p>Reviewer note: the video at {Y3} was reviewed against our Community Guidelines and the local law cited, and it remains available on YouTube.</p>
<p>The YouTube Team</p>
</body></html>
""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="YouTube legal outcome table with a reviewer note",
    why="the table says removed, the note says it remains available, and nothing says which is the correction",
    items={Y3: "pending"},
)

case(
    name="x-asks-for-order",
    **{"from": "legal-ops@x.com"},
    date="Wed, 04 Sep 2024 02:15:48 +0000",
    subject="Re: KCSC-240903-01 Request for removal of posts",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have received your request KCSC-240903-01. Before we can act on {X7} and {X8}, we need a copy of the decision or order on which the request is based, and the provision of Korean law that each post is alleged to violate.

Please reply to this email with those documents.

X Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal request for the underlying order",
    why="asks for documents before acting; nothing done yet",
    items={X7: "pending", X8: "pending"},
)

case(
    name="meta-actioned-no-reference",
    **{"from": "legal-notices@instagram.com"},
    name_from="Instagram",
    date="Tue, 17 Sep 2024 04:00:00 +0000",
    subject="Your report to Instagram",
    body="""
Hi,

We've reviewed the content you reported and taken action where it went against our Community Guidelines.

Thanks for helping keep Instagram a safe place.

The Instagram Team
""",
    outcome="review", review="no_claims", classification="confirmation",
    imitates="Instagram generic report-outcome notice",
    why="trusted, but names no item and no request (no reference, no thread)",
    items={},
)

case(
    name="tg-one-item-conditional",
    **{"from": "abuse@telegram.org"},
    date="Thu, 19 Sep 2024 03:12:40 +0000",
    subject="Re: KCSC-240919-07 removal request",
    reply_to_req="req-240919-07",
    body=f"""
Hello,

Regarding KCSC-240919-07: we have contacted the administrators of the channel and asked them to delete the message at {S1}. If it is still online after 24 hours, our moderators will remove it.

Telegram Abuse Team
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Telegram abuse-desk reply: admins asked to delete, conditional removal",
    why="a request to the channel admins and a conditional promise; no status for the one item",
    items={S1: "pending"},
)

# ================================================================= IGNORED
X_RECEIPT_ECHO = "\n".join(XS[:4])
case(
    name="x-support-receipt-echoing-request",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Tue, 03 Sep 2024 05:02:11 +0000",
    subject="[X Support] Request received: KCSC-240903-01 Request for removal of posts",
    reply_to_req="req-240903-01",
    body=f"""
##- Please type your reply above this line -##

Your request (#2219480) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 3, 2024, 14:00 GMT+9

Request KCSC-240903-01. Please remove or restrict the following posts:
{X_RECEIPT_ECHO}
(and 8 more, see the attached list)

----------------------------------------------
This email is a service from X Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt echoing the submitted request",
    why="pure receipt; the URLs are only in our echoed request",
    items={X1: "pending", X2: "pending"},
)

case(
    name="naver-ooo-chuseok",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from=subj("김서연"),
    date="Mon, 16 Sep 2024 01:00:03 +0000",
    subject=subj("자동 회신: [독촉] KCSC-240910-04 게시물 게시중단 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김서연입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다. 9월 19일부터 순차적으로 회신드리겠습니다.

급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office reply (추석 연휴)",
    why="automatic out-of-office reply",
    items={},
)

case(
    name="yt-ooo-english",
    **{"from": "jiwoo.han@google.com"},
    name_from="Jiwoo Han",
    date="Mon, 09 Sep 2024 02:00:41 +0000",
    subject="Automatic reply: KCSC-240909-03 Request for removal",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday, 23 September, with limited access to email.

For urgent legal removal matters please write to legal-kr@google.com; your message will not be forwarded.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="automatic out-of-office reply",
    items={},
)

KAKAO_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: takedown-kr@kakaocorp.com
Subject: {subj("KCSC-240912-05 시정요구")}
Date: Thu, 12 Sep 2024 15:10:00 +0900
Message-ID: <req-240912-05@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Please remove the following posts (ref. KCSC-240912-05):
{K1}
{K2}
{K3}
"""
case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Thu, 12 Sep 2024 06:10:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.b804.4F1A"

--DSN.b804.4F1A
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<takedown-kr@kakaocorp.com>: host mx1.kakaocorp.com[203.0.113.40] said:
    550 5.1.1 <takedown-kr@kakaocorp.com>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)

--DSN.b804.4F1A
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 15:10:02 +0900

Final-Recipient: rfc822; takedown-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 <takedown-kr@kakaocorp.com>: Recipient
    address rejected: User unknown

--DSN.b804.4F1A
Content-Description: Undelivered Message
Content-Type: message/rfc822

{KAKAO_ORIG}
--DSN.b804.4F1A--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (DSN) returning our request",
    why="bounce of our own request; the URLs are in the returned message",
    items={K1: "pending", K2: "pending", K3: "pending"},
)

case(
    name="naver-mdn-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from=subj("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 00:21:37 +0000",
    subject=subj("읽음: [KCSC-240910-04] 게시물 게시중단 요청"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="MDN_b804_77"

--MDN_b804_77
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64("받는 사람: policy@navercorp.com" + chr(10) + "제목: [KCSC-240910-04] 게시물 게시중단 요청" + chr(10) + chr(10) + "2024-09-11 오전 9:21에 메시지를 읽었습니다." + chr(10))}
--MDN_b804_77
Content-Type: message/disposition-notification

Reporting-UA: policy@navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240910-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN_b804_77--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, RFC 8098) in Korean",
    why="read receipt only",
    items={},
)

case(
    name="tg-ack-case-number",
    **{"from": "abuse@telegram.org"},
    date="Thu, 05 Sep 2024 01:31:00 +0000",
    subject="Your report (KCSC-240905-02)",
    reply_to_req="req-240905-02",
    body="""
Hello,

Thank you for your report. It has been forwarded to our moderators for review.

Your case number is Case #4471230. Please do not reply to this email; we will contact you if we need more information.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse-desk receipt with a case number",
    why="pure acknowledgement: received and forwarded to moderators",
    items={},
)

HEADER = """# Blind set 804 (focus: what a program gets wrong): written by
# tests/corpus/blind804/make.py from the meaning of each email, before any
# run of the reader. Each case is ingested alone into a fresh ledger holding
# requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
