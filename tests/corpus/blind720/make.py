#!/usr/bin/env python3
"""Blind set 720: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted or corrected by a note, statuses given by position.

Every email is written from scratch in our own sentences; all URLs, names
and ids are fictional. Expected results were written from each email's
meaning alone, before any run of the reader.

    python3 tests/corpus/blind720/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind720"

# --------------------------------------------------------------- requests
YT = "https://www.youtube.com/watch?v="
Y1 = YT + "Qm7rT2kLp0a"
Y2 = YT + "Hx4nB8sWq1c"
Y3 = YT + "Zp9eK3vRt5d"
Y4 = YT + "Lc2wF6yUo8e"
Y5 = YT + "Vt5gJ1mNa3f"
Y6 = YT + "Bd8hP4qXs6g"
Y7 = "https://www.youtube.com/shorts/Kf3sD9wEr2h"
Y8 = "https://www.youtube.com/shorts/Mn6tG2yHi7j"
Y9 = YT + "Rw1vC7bZk4k"
Y10 = YT + "Ts4xN0aLd9m"
Y11 = "https://www.youtube.com/@gray_lantern_tv"
Y12 = YT + "Ej7uQ5cMf1n"

X1 = "https://x.com/nightcrow_kr/status/1831200000000000101"
X2 = "https://x.com/nightcrow_kr/status/1831200000000000102"
X3 = "https://x.com/paper_moth77/status/1831255500000000003"
X4 = "https://x.com/paper_moth77"
X5 = "https://x.com/velvet_arrow_9/status/1834400000000000777"

N1 = "https://blog.naver.com/sora_drift/223560000101"
N2 = "https://blog.naver.com/sora_drift/223560000102"
N3 = "https://cafe.naver.com/greyriverclub/58213"
N4 = "https://cafe.naver.com/greyriverclub/58240"
N5_RAW = "https://in.naver.com/비밀상점/contents/31550"
N5 = "https://in.naver.com/" + quote("비밀상점") + "/contents/31550"

T1 = "https://t.me/lowtide_market/4410"
T2 = "https://t.me/lowtide_market/4415"
T3 = "https://t.me/ashen_relay/902"
T4 = "https://t.me/coldfern_news/77"

K1 = "https://cafe.daum.net/moonlitgarage/Bx3f/118"
K2 = "https://tv.kakao.com/v/448812093"

REQUESTS = [
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12], "gambling", "channel network, videos and shorts"),
    ("KCSC-240905-02", "x", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     [X1, X2, X3, X4], "defamation", "three posts and one account"),
    ("KCSC-240909-03", "naver", "2024-09-09T09:30:00+09:00", "2024-09-16T23:59:59+09:00",
     [N1, N2, N3, N4, N5], "illegal_trade", "blog, cafe and in.naver posts"),
    ("KCSC-240911-04", "telegram", "2024-09-11T11:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [T1, T2, T3], "gambling", "two channels"),
    ("KCSC-240912-05", "kakao", "2024-09-12T15:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [K1, K2], "obscenity", "Daum cafe post and Kakao TV clip"),
    ("KCSC-240913-06", "x", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00",
     [X5], "defamation", "single post"),
    ("KCSC-240917-07", "telegram", "2024-09-17T10:00:00+09:00", "2024-09-24T23:59:59+09:00",
     [T4], "drugs", "single message"),
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


# --------------------------------------------------------------- helpers
def d(s):
    """'2024-09-04 11:20 +0900' -> RFC 5322 date."""
    day, hm, off = s.split()
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    dt = datetime.strptime(day + " " + hm, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    return format_datetime(dt)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def with_csv(body, filename, csv_text, boundary):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{body.strip()}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(csv_text)}\n"
        f"--{boundary}--\n"
    )


def b64_html(html):
    return (
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(html)}\n"
    )


def qp_plain(text):
    return (
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(text)}"
    )


YT_SIG = "Regards,\nYouTube Legal Support\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043"
X_SIG = "X Legal\nX Corp. | https://help.x.com/en/rules-and-policies"
TG_SIG = "Telegram Abuse Team"

CASES = []


def case(**kw):
    CASES.append(kw)


# =============================================================== APPLIED
case(
    name="yt-one-sentence-three-outcomes",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-05 16:12 +0900"),
    subject="Re: [KCSC-240903-01] Request to remove content from YouTube",
    reply_to_req="req.KCSC-240903-01",
    body=f"""
Hello,

Thank you for contacting YouTube about your request KCSC-240903-01.

Following our review under applicable law and our Community Guidelines, we removed {Y1} and {Y2}, restricted {Y3} from view in South Korea, and left {Y4} available, as it does not violate our policies or the local law cited in your notice.

We have not yet finished our review of the other URLs in your request and will write to you about them separately.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome email (per-URL outcomes in running prose)",
    why="one sentence carries removed, removed, restricted (Korea) and a refusal with its reason",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "rejected"},
)

case(
    name="yt-hedges-in-relative-clauses",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-06 10:41 +0900"),
    subject="Update: KCSC-240903-01",
    body=f"""
Hi,

An update on KCSC-240903-01:

- The video {Y5}, which may also have been re-uploaded by other channels, has been removed from YouTube. Re-uploads are not covered by this action; please report them separately.
- We were unable to locate {Y6}, which appears to have been deleted by its uploader before our review.
- {Y7}, which we believe may raise issues under local law, is still under review with our legal team.

Best,
Jae
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support follow-up with a bulleted per-URL update",
    why="hedges sit in relative clauses; the main clauses state removed and not found; the third is under review",
    items={Y5: "removed", Y6: "not_found", Y7: "pending"},
)

case(
    name="x-negations-per-post",
    from_="legal@x.com",
    date=d("2024-09-07 03:15 +0000"),
    subject="Re: KCSC-240905-02 - Legal request regarding content on X [Case 0918273]",
    reply_to_req="req.KCSC-240905-02",
    body=f"""
Hello,

We have reviewed the reported content under your request KCSC-240905-02.

We have not removed {X1}. Having reviewed the post against the X Rules and the Korean law you cited, we did not find it to be unlawful, and it remains available.

The post {X2} has been withheld in South Korea.

We could not take action on {X3} because it was deleted by the account holder before we reviewed it.

{X_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request response (country withheld content / no action notice)",
    why="a negated removal with its reason is a refusal; withheld in Korea; deleted by its author is not found",
    items={X1: "rejected", X2: "restricted", X3: "not_found"},
)

case(
    name="x-correction-supersedes",
    from_="legal@x.com",
    date=d("2024-09-08 09:02 +0000"),
    subject="Correction: KCSC-240905-02 [Case 0918273]",
    body=f"""
Hello,

In our message earlier today we said that {X1} had been withheld in South Korea. That was not correct. On further review the post was found to violate the X Rules, and it has been removed from X globally.

What we told you about {X2} still stands: that post is withheld in South Korea only.

Apologies for the confusion.

{X_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal correction to an earlier outcome email",
    why="the earlier 'withheld' for X1 is revised by the next sentences to removed; X2 stays withheld in Korea",
    items={X1: "removed", X2: "restricted"},
)

case(
    name="tg-correction-one-of-two",
    from_="abuse@telegram.org",
    date=d("2024-09-12 08:30 +0000"),
    subject="Re: KCSC-240911-04",
    reply_to_req="req.KCSC-240911-04",
    body=f"""
Hello,

The messages {T1} and {T2} have been blocked for all users.

Correction to the above: our moderators could not find a message with the id 4415 in that channel, so only {T1} was blocked. Please check the link {T2} and send it to us again if it is wrong.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (short, informal, corrected in the same email)",
    why="the correction revises the first sentence: 4410 blocked for all users, 4415 not found",
    items={T1: "removed", T2: "not_found"},
)

case(
    name="naver-ko-three-outcomes-one-sentence",
    from_="policy@navercorp.com", name_from="네이버 고객센터",
    date=d("2024-09-10 14:05 +0900"),
    subject="[네이버] 게시물 게시중단 요청 처리 결과 안내 (KCSC-240909-03)",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240909-03)의 처리 결과를 안내드립니다.

요청하신 게시물 중 {N1} 은 게시중단 처리하였고, {N2} 는 작성자가 이미 삭제하여 확인되지 않으며, {N3} 은 30일간 임시조치하였습니다.

나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 메일",
    why="one Korean sentence: 게시중단 (removed), already deleted by author (not found), 임시조치 (restricted)",
    items={N1: "removed", N2: "not_found", N3: "restricted"},
)

NAVER_TABLE_HTML = f"""<html><body>
<p>안녕하세요. 네이버 권리침해 신고센터입니다.</p>
<p>KCSC-240909-03 요청 건의 처리 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td>1</td><td>{N1}</td><td>게시중단</td><td>2024-09-11 10:20</td></tr>
<tr><td>2</td><td>{N2}</td><td>게시중단</td><td>2024-09-11 10:20</td></tr>
<tr><td>3</td><td>{N3}</td><td>임시조치</td><td>2024-09-11 10:22</td></tr>
<tr><td>4</td><td>{N4}</td><td>게시중단</td><td>2024-09-11 10:25</td></tr>
<tr><td>5</td><td>{N5_RAW}</td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
</table>
<p>※ 정정: 위 표 4번 게시물({N4})의 처리 결과가 &#39;게시중단&#39;으로 잘못 기재되었습니다.
해당 게시물은 검토 결과 위법성이 확인되지 않아 게시를 유지하고 있습니다.</p>
<p>처리 결과에 이의가 있으시면 <a href="https://help.naver.com/service/5600/contents/19040">고객센터</a>로 문의해 주시기 바랍니다.</p>
<p>감사합니다.<br>네이버 권리침해 신고센터</p>
</body></html>"""

case(
    name="naver-html-table-note-corrects-row",
    from_="right@navercorp.com", name_from="네이버 권리침해 신고센터",
    date=d("2024-09-11 11:03 +0900"),
    subject="[NAVER] KCSC-240909-03 처리 결과",
    type="html", body=NAVER_TABLE_HTML,
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 HTML 표 with a 정정 (correction) note below it",
    why="the note explicitly corrects row 4 (kept up, no illegality found); the other rows stand as in the table",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "rejected", N5: "not_found"},
)

case(
    name="yt-numbered-list-results-by-number",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-07 15:30 +0900"),
    subject="Re: [KCSC-240903-01] Request to remove content from YouTube",
    body=f"""
Hello,

Regarding KCSC-240903-01, you reported the following URLs to us:

1. {Y9}
2. {Y10}
3. {Y11}
4. {Y12}

Outcome:
- Items 1 and 4: removed for violating YouTube's Community Guidelines.
- Item 2: blocked from view in South Korea under local law.
- Item 3: no action. The channel as a whole does not violate our policies; if you believe specific videos on it are unlawful, please report them individually.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal response listing the reported URLs, then outcomes by item number",
    why="statuses given by position refer to the numbered list in the same email",
    items={Y9: "removed", Y10: "restricted", Y11: "rejected", Y12: "removed"},
)

case(
    name="kakao-ko-positional-over-quoted-request",
    from_="cs-protect@kakaocorp.com", name_from="카카오 고객보호팀",
    date=d("2024-09-13 17:48 +0900"),
    subject="Re: [KCSC-240912-05] 게시물 삭제 요청",
    reply_to_req="req.KCSC-240912-05",
    body=f"""
안녕하세요, 카카오 고객보호팀입니다.

요청하신 2건 중 첫 번째 게시물은 운영정책 위반으로 삭제하였고, 두 번째 영상은 검토 결과 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
카카오 고객보호팀

2024년 9월 12일 (목) 오후 3:00, KCSC 삭제요청 <takedown@kcsc.example>님이 작성:
> 카카오 담당자님께,
>
> 아래 게시물에 대한 삭제를 요청드립니다 (KCSC-240912-05).
> 1. {K1}
> 2. {K2}
>
> 회신 기한: 2024-09-19
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-protection reply top-posted over a Gmail-quoted request",
    why="first/second refer to the quoted request's numbered list: first deleted, second kept (no violation)",
    items={K1: "removed", K2: "rejected"},
)

case(
    name="tg-refusal-with-reason",
    from_="abuse@telegram.org",
    date=d("2024-09-13 12:10 +0000"),
    subject="Re: KCSC-240911-04 ashen_relay",
    body=f"""
Hello,

We have looked into {T3}, which you reported under KCSC-240911-04.

The channel posts commentary on public news. Our moderators did not find that this message breaks Telegram's Terms of Service, and we are not taking it down. If a Korean court has ruled on this content, you can send us the decision and we will look at it again.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk refusal with a reason",
    why="a refusal with its reason (no ToS breach, not taken down); the offer to look again is not a request for more",
    items={T3: "rejected"},
)

case(
    name="tg-single-item-no-url",
    from_="support@telegram.org", name_from="Telegram Support",
    date=d("2024-09-18 06:02 +0000"),
    subject="Re: KCSC-240917-07 removal request",
    reply_to_req="req.KCSC-240917-07",
    body="""
Hi,

Thanks for the report. The content you reported has been taken down and is no longer accessible on Telegram.

— Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support one-line reply to a one-item request",
    why="a statement about 'the content you reported' answering a one-item request applies to that item",
    items={T4: "removed"},
)

case(
    name="x-one-item-angle-brackets",
    from_="legal@x.com",
    date=d("2024-09-16 02:44 +0000"),
    subject="KCSC-240913-06 - Content withheld in South Korea",
    body=f"""
Hello,

In response to your request KCSC-240913-06, we have withheld the following post in South Korea:
<{X5}>

The post remains available to users outside South Korea.

{X_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice",
    why="withheld in Korea; 'remains available outside South Korea' describes the restriction, not a refusal",
    items={X5: "restricted"},
)

case(
    name="kakao-ko-particles-fullwidth",
    from_="cs-protect@kakaocorp.com", name_from="카카오 고객보호팀",
    date=d("2024-09-14 10:20 +0900"),
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240912-05)",
    body=f"""
안녕하세요. 카카오 고객보호팀입니다.
KCSC-240912-05 요청 건의 처리 결과를 안내드립니다.

{K1}（카페 게시글）은 운영자 삭제 처리되었습니다.
{K2}는 존재하지 않는 영상입니다. 주소를 다시 한번 확인해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 게시물 조치 결과 안내",
    why="URLs followed by a full-width parenthesis and a Korean particle: 운영자 삭제 (removed), 존재하지 않는 영상 (not found)",
    items={K1: "removed", K2: "not_found"},
)

YT_CSV = "\n".join([
    "url,action,scope,notes",
    f"{Y1},Removed,Global,Community Guidelines",
    f"{Y2},Removed,Global,",
    f"{Y3},Blocked,South Korea,Local law",
    f"{Y4},No action,,Does not violate policy or local law",
    f"{Y5},Removed,Global,",
    f"{Y6},Not found,,Deleted by uploader before review",
    f"{Y7},Age-restricted,Global,",
    f"{Y8},Removed,Global,",
    f"{Y9},Pending review,,",
    f"{Y10},Removed,Global,",
    f"{Y11},Channel terminated,Global,Repeated violations",
    f"{Y12},No action,,Newsworthy; no violation found",
]) + "\n"

case(
    name="yt-csv-attachment-full-request",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-09 09:15 +0900"),
    subject="[KCSC-240903-01] Outcome of your legal request",
    raw_mime=with_csv(
        """
Hello,

Please find attached the outcome for each URL in your request KCSC-240903-01. Rows marked "Pending review" are still with our team; we will update you on them.

Regards,
YouTube Legal Support
""", "KCSC-240903-01_outcome.csv", YT_CSV, "b720-yt-csv-01"),
    outcome="applied", classification="confirmation",
    imitates="YouTube bulk legal response with a per-URL CSV sheet",
    why="the attached sheet gives one action per URL; 'Pending review' stays pending",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "rejected", Y5: "removed",
           Y6: "not_found", Y7: "restricted", Y8: "removed", Y9: "pending", Y10: "removed",
           Y11: "removed", Y12: "rejected"},
)

YT_HTML = f"""<!DOCTYPE html>
<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Here is the status of the remaining URLs from request <b>KCSC-240903-01</b>.</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<thead><tr><th>Reported URL</th><th>Outcome</th></tr></thead>
<tbody>
<tr><td><a href="{Y9}">{Y9}</a></td><td>Removed &ndash; violates Community Guidelines</td></tr>
<tr><td><a href="{Y10}">{Y10}</a></td><td>Blocked in KR (local law)</td></tr>
<tr><td><a href="{Y12}">{Y12}</a></td><td>Video ID not found</td></tr>
</tbody></table>
<p>To learn how we handle government requests, see
<a href="https://support.google.com/youtube/answer/7652240">our Help Center</a>.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>
"""

case(
    name="yt-html-table-base64",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-10 18:02 +0900"),
    subject="Re: [KCSC-240903-01] Remaining URLs",
    raw_mime=b64_html(YT_HTML),
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome table (base64 body)",
    why="per-row outcomes in an HTML table; the help-centre link is not an item",
    items={Y9: "removed", Y10: "restricted", Y12: "not_found"},
)

X_QP = f"""Hello,

The account {X4} has been suspended for repeated violations of the X Rules. As a result, the post {X3} is no longer available on X.

We are still reviewing the remaining two posts from your request and will update you.

{X_SIG}

On Thu, Sep 5, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal team,
>
> Under request KCSC-240905-02 we ask you to remove the following content,
> which the Commission has found to be unlawful:
>
> {X1}
> {X2}
> {X3}
> {X4}
>
> Please reply by 12 September 2024.
"""

case(
    name="x-qp-gmail-quoted-request",
    from_="legal@x.com",
    date=d("2024-09-09 05:20 +0000"),
    subject="Re: KCSC-240905-02 Request to remove content",
    reply_to_req="req.KCSC-240905-02",
    raw_mime=qp_plain(X_QP),
    outcome="applied", classification="confirmation",
    imitates="X legal reply top-posted over a Gmail-quoted request (quoted-printable)",
    why="account suspended and its post made unavailable; the other two posts appear only in the quoted request and a promise",
    items={X4: "removed", X3: "removed", X1: "pending", X2: "pending"},
)

case(
    name="naver-ko-statement-then-url-lines",
    from_="right@navercorp.com", name_from="네이버 권리침해 신고센터",
    date=d("2024-09-12 16:40 +0900"),
    subject="KCSC-240909-03 게시중단 처리 안내",
    body=f"""
안녕하세요. 네이버 권리침해 신고센터입니다.

KCSC-240909-03 건과 관련하여, 아래 게시물은 게시중단 처리되었습니다.
{N3}
{N5_RAW}

아래 게시물은 검토 결과 권리침해 또는 불법성이 명백하지 않아 게시중단하지 않았습니다.
{N4}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 안내 (statement line, URLs on the lines below)",
    why="each statement applies to the URLs listed under it; the second is a refusal with its reason; raw Korean path matches its encoded form",
    items={N3: "removed", N5: "removed", N4: "rejected"},
)

case(
    name="yt-bare-url-status-below",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-08 13:55 +0900"),
    subject="[KCSC-240903-01] Partial outcome",
    body=f"""
Hello,

Partial outcome of your request KCSC-240903-01:

{Y4}
Status: Blocked in South Korea

{Y5}
Status: No action taken - the video does not violate our Community Guidelines or the local law cited

{Y8}
Status: Removed

For more about the legal removals process, see https://support.google.com/legal/answer/3110420

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal partial outcome, bare URL with status on the line below",
    why="each status line belongs to the URL above it",
    items={Y4: "restricted", Y5: "rejected", Y8: "removed"},
)

case(
    name="x-dsa-statement-of-reasons",
    from_="dsa-notices@x.com", name_from="X",
    date=d("2024-09-10 07:00 +0000"),
    subject="Decision on your notice - KCSC-240905-02",
    body=f"""
Decision on your notice

Reference: KCSC-240905-02

Content: {X1}
Decision: Visibility restricted - withheld in the Republic of Korea
Ground: Illegal content under the law of the Republic of Korea
Territorial scope: Republic of Korea
Automated detection: No
Automated decision: No

Content: {X2}
Decision: Removal of content
Ground: Incompatible with the X Rules (violent speech)
Territorial scope: All countries
Automated detection: No
Automated decision: No

You may contest this decision at https://help.x.com/forms/dsa/appeal.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement-of-reasons style decision notice (X)",
    why="two field blocks: withheld in Korea (restricted) and removal in all countries (removed); the appeal link is not an item",
    items={X1: "restricted", X2: "removed"},
)

case(
    name="tg-echoed-report-numbered-outcomes",
    from_="abuse@telegram.org",
    date=d("2024-09-14 09:00 +0000"),
    subject="Your report KCSC-240911-04",
    body=f"""
Hello,

Your report:
> Reference: KCSC-240911-04
> Reason: illegal gambling advertising
> Links:
> {T1}
> {T2}
> {T3}

Result:
1) {T1} - blocked for all users
2) {T2} - not found; the channel admin had already deleted this message
3) {T3} - no violation of our Terms of Service found, no action taken

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply echoing the report, then a numbered result list",
    why="the echoed report is quoted; the result list gives removed, not found (deleted by admin), rejected",
    items={T1: "removed", T2: "not_found", T3: "rejected"},
)

case(
    name="yt-ack-phrase-plus-statement",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-11 11:11 +0900"),
    subject="[8-7213000041] Your legal request - KCSC-240903-01",
    body=f"""
Hello,

Thank you for your notice. Your ticket number is 8-7213000041.

We have reviewed the content and removed the channel {Y11} (terminated for repeated violations) and the video {Y12}.

Please keep the ticket number for any further correspondence.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Google ticket email that opens like a receipt but states outcomes",
    why="acknowledgement phrasing plus unhedged removals is a confirmation, not an acknowledgement",
    items={Y11: "removed", Y12: "removed"},
)

case(
    name="naver-outlook-private-rest-pending",
    from_="hana.lee@navercorp.com", name_from="Hana Lee",
    date=d("2024-09-10 17:25 +0900"),
    subject="RE: [KCSC-240909-03] 게시물 삭제 요청",
    reply_to_req="req.KCSC-240909-03",
    body=f"""
Dear KCSC team,

{N2} has been set to private (비공개 처리) by our operators and can no longer be viewed by other users. The remaining posts in your request are still being reviewed, and we will reply once we have a decision.

Best regards,
Hana Lee
NAVER Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 9:30 AM
To: policy@navercorp.com
Subject: [KCSC-240909-03] 게시물 삭제 요청

아래 게시물의 삭제를 요청합니다.

1. {N1}
2. {N2}
3. {N3}
4. {N4}
5. {N5_RAW}

회신 기한: 2024-09-16
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff reply in English over an Outlook-quoted request",
    why="비공개 처리 by operators is removed; the other four appear only in the quoted request and 'still being reviewed'",
    items={N2: "removed", N1: "pending", N3: "pending", N4: "pending", N5: "pending"},
)

case(
    name="kakao-ko-refusal-then-removal",
    from_="cs-protect@kakaocorp.com", name_from="카카오 고객보호팀",
    date=d("2024-09-16 14:30 +0900"),
    subject="[카카오] KCSC-240912-05 검토 결과",
    body=f"""
안녕하세요. 카카오 고객보호팀입니다.

요청하신 {K2} 영상은 내부 검토 결과 관련 법령 및 운영정책을 위반한 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

한편 {K1} 게시글은 운영정책 위반으로 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 검토 결과 안내 (refusal with reason, then a removal)",
    why="'위반 사항이 확인되지 않아 조치하지 않았습니다' is a refusal with its reason; the cafe post was deleted",
    items={K2: "rejected", K1: "removed"},
)

case(
    name="x-neither-nor",
    from_="legal@x.com",
    date=d("2024-09-11 04:10 +0000"),
    subject="Re: KCSC-240905-02 [Case 0918273]",
    body=f"""
Hello,

Neither {X1} nor {X2} was found to violate the X Rules or the law you cited, so both posts remain available. The post {X3}, on the other hand, has been withheld in South Korea in response to your legal demand.

{X_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal response (no action on some posts, country withheld on another)",
    why="'neither ... nor ... was found to violate' is a refusal for both; the third post is withheld in Korea",
    items={X1: "rejected", X2: "rejected", X3: "restricted"},
)

case(
    name="yt-age-restricted-removed-remains",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-07 20:05 +0900"),
    subject="Re: KCSC-240903-01 shorts",
    body=f"""
Hi,

Further to KCSC-240903-01: {Y7} has been age-restricted, and {Y8} was removed for violating our harassment policy; {Y9}, which was reported alongside them, does not violate our policies and remains on YouTube.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply in one compound sentence",
    why="age-restricted (restricted), removed, and a refusal with its reason, all in one sentence",
    items={Y7: "restricted", Y8: "removed", Y9: "rejected"},
)

case(
    name="tg-promise-then-update-same-mail",
    from_="abuse@telegram.org",
    date=d("2024-09-12 16:45 +0000"),
    subject="Re: KCSC-240911-04",
    body=f"""
Hello,

We will block {T1} as soon as our moderators confirm the report.

Update, 16:40 UTC: the moderators have confirmed it, and the message is now blocked for all users.

{T3} will be reviewed by the team this week.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with an update added before sending",
    why="the later update turns the promise for 4410 into a statement (blocked for all users); ashen_relay/902 is only a promise",
    items={T1: "removed", T3: "pending"},
)

case(
    name="naver-ko-removed-and-hedged-private",
    from_="policy@navercorp.com", name_from="네이버 고객센터",
    date=d("2024-09-13 10:10 +0900"),
    subject="[네이버] KCSC-240909-03 추가 처리 결과",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{N1} 게시물은 삭제 처리되었습니다.

다만 {N4} 게시물의 경우 작성자가 이미 비공개로 전환한 것으로 보이나, 정확한 상태는 추가 확인 후 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 추가 처리 결과 안내",
    why="N1 deleted; N4 only 'appears' to have been made private and will be confirmed later, so it stays pending",
    items={N1: "removed", N4: "pending"},
)

# =============================================================== REVIEW
case(
    name="yt-promise-within-24h",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-04 12:00 +0900"),
    subject="Re: [KCSC-240903-01] Request to remove content from YouTube",
    reply_to_req="req.KCSC-240903-01",
    body=f"""
Hello,

Thank you for your request KCSC-240903-01. The videos {Y1} and {Y2} will be removed within 24 hours, once our team completes its verification.

{YT_SIG}
""",
    outcome="review", review="not_understood", classification="other",
    imitates="YouTube legal support interim reply (promise)",
    why="'will be removed ... once verification completes' is a promise, not a statement",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="x-hedge-may-have-been",
    from_="legal@x.com",
    date=d("2024-09-06 06:30 +0000"),
    subject="Re: KCSC-240905-02 [Case 0918273]",
    body=f"""
Hi,

Regarding {X1}: it appears that this post may already have been deleted by the user, but we have not been able to confirm this yet. We will follow up.

{X_SIG}
""",
    outcome="review", review="not_understood", classification="other",
    imitates="X legal interim reply with a hedge",
    why="'appears ... may already have been deleted' and 'not able to confirm' is no statement",
    items={X1: "pending"},
)

case(
    name="yt-condition-counter-notice",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-05 09:40 +0900"),
    subject="KCSC-240903-01 - uploader notified",
    body=f"""
Hello,

Regarding KCSC-240903-01: the uploader of {Y6} has been notified of your request. If no counter-notification is received within 10 business days, the video will be disabled.

{Y5} is currently under review.

{YT_SIG}
""",
    outcome="review", review="not_understood", classification="other",
    imitates="YouTube notice-and-counter-notice interim message",
    why="a condition with a future action, and 'under review': neither item has a status yet",
    items={Y5: "pending", Y6: "pending"},
)

case(
    name="naver-ko-bulk-all-five",
    from_="policy@navercorp.com", name_from="네이버 고객센터",
    date=d("2024-09-12 09:05 +0900"),
    subject="[네이버] KCSC-240909-03 처리 완료",
    body="""
안녕하세요, 네이버 고객센터입니다.

요청하신 KCSC-240909-03 건의 게시물 5건은 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="NAVER 처리 완료 안내 (bulk, no URLs)",
    why="'all five posts' for a five-item request without naming each: bulk",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending", N5: "pending"},
)

case(
    name="x-bulk-all-withheld",
    from_="legal@x.com",
    date=d("2024-09-10 02:00 +0000"),
    subject="KCSC-240905-02 - Content withheld",
    reply_to_req="req.KCSC-240905-02",
    body=f"""
Hello,

All of the content you reported under KCSC-240905-02 has been withheld in South Korea.

{X_SIG}
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="X country-withheld notice covering a whole request",
    why="one statement for a four-item request without naming the items: bulk",
    items={X1: "pending", X2: "pending", X3: "pending", X4: "pending"},
)

case(
    name="x-forged-dmarc-fail",
    from_="legal@x.com", auth="fail",
    date=d("2024-09-16 08:00 +0000"),
    subject="Re: KCSC-240913-06",
    body=f"""
Hello,

We have removed {X5} following your request KCSC-240913-06.

{X_SIG}
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="X legal removal confirmation, sent with failing DKIM/DMARC",
    why="from x.com but authentication fails: not trusted",
    items={X5: "pending"},
)

case(
    name="tg-channel-owner-unknown-sender",
    from_="admin@lowtide-market.example", name_from="Lowtide Market",
    date=d("2024-09-13 01:30 +0000"),
    subject="KCSC-240911-04 - messages deleted",
    body=f"""
Hello,

I run the Lowtide Market channel. After Telegram told me about your request KCSC-240911-04, I deleted {T1} and {T2} myself. Please close the case.

Regards,
Lowtide Market admin
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="channel owner writing to the regulator directly",
    why="the sender is no platform: statements about items are not trusted",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tg-speaks-about-x-post",
    from_="abuse@telegram.org",
    date=d("2024-09-17 07:20 +0000"),
    subject="Re: KCSC-240913-06",
    body=f"""
Hello,

The link {X5} in your message is not a Telegram link. We could not find this content on Telegram and cannot act on it. Please contact the service that hosts it.

{TG_SIG}
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="Telegram abuse desk reply about a link on another service",
    why="Telegram states 'not found' about an X item: wrong platform",
    items={X5: "pending"},
)

YT_CONFLICT_CSV = "\n".join([
    "url,action,scope",
    f"{Y1},Removed,Global",
    f"{Y2},Blocked,South Korea",
]) + "\n"

case(
    name="yt-body-contradicts-csv",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-06 19:00 +0900"),
    subject="[KCSC-240903-01] Outcome (2 URLs)",
    raw_mime=with_csv(
        """
Hello,

Both videos listed in the attached sheet were blocked in South Korea only; neither was removed globally.

Regards,
YouTube Legal Support
""", "outcome.csv", YT_CONFLICT_CSV, "b720-yt-csv-02"),
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="YouTube outcome email with a CSV sheet that disagrees with the body",
    why="the body says both blocked in Korea only, the sheet says Y1 removed globally: a person must decide",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="naver-ko-asks-more-documents",
    from_="right@navercorp.com", name_from="네이버 권리침해 신고센터",
    date=d("2024-09-11 15:30 +0900"),
    subject="[NAVER] KCSC-240909-03 추가 자료 요청",
    body=f"""
안녕하세요. 네이버 권리침해 신고센터입니다.

KCSC-240909-03 건 중 {N4} 게시물에 대해서는 불법성 판단을 위해 관련 심의 의결서 사본을 추가로 보내주시기 바랍니다. 자료가 확인되는 대로 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 추가 자료 요청 메일",
    why="asks for the decision document before acting on N4",
    items={N4: "pending"},
)

case(
    name="kakao-contact-update-no-claims",
    from_="public-cooperation@kakaocorp.com", name_from="카카오 대외협력",
    date=d("2024-09-15 10:00 +0900"),
    subject="[카카오] 공공기관 협력 창구 변경 안내",
    body="""
안녕하세요. 카카오 대외협력팀입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청 접수 창구가 아래와 같이 변경됩니다.

- 변경 전: cs-protect@kakaocorp.com
- 변경 후: public-request@kakaocorp.com

기존 주소로 보내주신 요청도 당분간 정상적으로 접수됩니다.

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Kakao notice of a changed contact address",
    why="trusted platform mail naming no item and no request",
    items={},
)

# =============================================================== IGNORED
case(
    name="tg-out-of-office",
    from_="m.varga@telegram.org", name_from="Mira Varga",
    date=d("2024-09-11 02:01 +0000"),
    subject="Automatic reply: [KCSC-240911-04] Removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hello,

I am out of the office until 23 September with limited access to email. For urgent abuse reports, please write to abuse@telegram.org.

Mira
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-ko-absence-autoreply",
    from_="jisu.park@navercorp.com", name_from="박지수",
    date=d("2024-09-09 09:31 +0900"),
    subject="[자동회신] [KCSC-240909-03] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 박지수입니다.
9월 9일부터 9월 18일까지 휴가로 부재중입니다.
게시중단 관련 문의는 policy@navercorp.com 으로 보내주시면 담당자가 처리해 드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="absence auto-reply; mentions 게시중단 only as a topic",
    items={},
)

KAKAO_DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b720-dsn-kakao"

--b720-dsn-kakao
Content-Type: text/plain; charset=utf-8

This is the mail system at host mail.kakaocorp.com.

Your message could not be delivered to one or more recipients.

<cs-protect-old@kakaocorp.com>: mailbox unavailable (user unknown)

--b720-dsn-kakao
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kakaocorp.com
Arrival-Date: {d("2024-09-12 15:00 +0900")}

Final-Recipient: rfc822; cs-protect-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--b720-dsn-kakao
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cs-protect-old@kakaocorp.com
Subject: [KCSC-240912-05] 게시물 삭제 요청
Date: {d("2024-09-12 15:00 +0900")}
Message-ID: <req.KCSC-240912-05@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물에 대한 삭제를 요청드립니다 (KCSC-240912-05).
1. {K1}
2. {K2}

--b720-dsn-kakao--
"""

case(
    name="kakao-dsn-user-unknown",
    from_="MAILER-DAEMON@mail.kakaocorp.com", name_from="Mail Delivery System", auth="none",
    date=d("2024-09-12 15:01 +0900"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=KAKAO_DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="bounce; the URLs are in the returned original message",
    items={},
)

GOOGLE_DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b720-dsn-google"

--b720-dsn-google
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the address couldn't be found, or is unable to receive mail.

--b720-dsn-google
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: {d("2024-09-08 10:00 +0900")}

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--b720-dsn-google
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: Reminder: [KCSC-240903-01] removal request, reply due 10 September
Date: {d("2024-09-08 10:00 +0900")}
Message-ID: <reminder.KCSC-240903-01.1@kcsc.example>

--b720-dsn-google--
"""

case(
    name="google-dsn-reminder-bounce",
    from_="mailer-daemon@googlemail.com", name_from="Mail Delivery Subsystem", auth="none",
    date=d("2024-09-08 10:00 +0900"),
    subject="Delivery Status Notification (Failure)",
    raw_mime=GOOGLE_DSN,
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification for a reminder",
    why="bounce of our reminder",
    items={},
)

NAVER_MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b720-mdn-naver"

--b720-mdn-naver
Content-Type: text/plain; charset=utf-8

2024-09-09 09:30에 보낸 메일 "[KCSC-240909-03] 게시물 삭제 요청"을 수신인이 읽었습니다.

--b720-mdn-naver
Content-Type: message/disposition-notification

Reporting-UA: mail.naver.com; NAVER Mail
Original-Recipient: rfc822;policy@navercorp.com
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req.KCSC-240909-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b720-mdn-naver--
"""

case(
    name="naver-mdn-read",
    from_="policy@navercorp.com", name_from="네이버 고객센터",
    date=d("2024-09-09 10:02 +0900"),
    subject="읽음 확인: [KCSC-240909-03] 게시물 삭제 요청",
    raw_mime=NAVER_MDN,
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (RFC 8098) from a Korean webmail",
    why="read receipt",
    items={},
)

case(
    name="x-ticket-receipt-echoed-urls",
    from_="noreply@x.com", name_from="X Support",
    date=d("2024-09-05 05:02 +0000"),
    subject="We received your report [Case 0918273]",
    body=f"""
Hello,

We've received your report (case 0918273) and will review it. Here is a copy of what you submitted:

Reference: KCSC-240905-02
Reported content:
{X1}
{X2}
{X3}
{X4}
Reason: Illegal under local law (defamation)

You don't need to reply to this email. We'll let you know once we have reviewed your report.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X Help Center report receipt echoing the submitted form",
    why="pure acknowledgement; the URLs are an echo of our own report",
    items={},
)

case(
    name="yt-legal-ticket-receipt",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-03 10:05 +0900"),
    subject="[8-7213000041] We received your legal request (KCSC-240903-01)",
    body="""
Hello,

We have received your legal request. Your ticket number is 8-7213000041.

Our team will review it and respond as soon as possible. Please keep the ticket number in the subject line of any reply.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal request receipt with a ticket number",
    why="pure acknowledgement (ticket created)",
    items={},
)


HEADER = """# Blind set 720 (tests/corpus/blind720/): what a program gets wrong.
# Written by make.py from the case list; expected results written from each
# email's meaning alone, before the reader was run. See NOTES.md.
"""


# Subjects left as raw UTF-8 (SMTPUTF8 mailers); all other non-ASCII
# display names and subjects are RFC 2047 encoded-words, as most mailers send.
RAW_SUBJECT = {"naver-ko-three-outcomes-one-sentence", "kakao-ko-refusal-then-removal"}


def enc(text):
    if text.isascii():
        return text
    return Header(text, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
        if c["name"] not in RAW_SUBJECT:
            c["subject"] = enc(c["subject"])
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
