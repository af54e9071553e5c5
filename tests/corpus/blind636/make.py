#!/usr/bin/env python3
"""Blind set 636: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
against a note, statuses given by position. Every email is fictional and
written in our own words; expected results come from each email's meaning
alone, written before any run of the reader.

    python3 tests/corpus/blind636/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind636"


def enc(s):
    """An RFC 2047 header value for non-ASCII text, as mail clients send it."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
CAFE = "바다카페"
CAFE_ENC = quote(CAFE)

X = {
    1: "https://x.com/grey_lantern77/status/1832004417265510401",
    2: "https://x.com/grey_lantern77/status/1832011190034227712",
    3: "https://x.com/mokpo_nightbus/status/1831877702201344000",
    4: "https://x.com/mokpo_nightbus/status/1831879950123456789",
    5: "https://x.com/silk_umbrella_kr/status/1832100044556677001",
    6: "https://x.com/silk_umbrella_kr/status/1832100044556677002",
    7: "https://x.com/paper_tiger_0x/status/1831500200300400500",
    8: "https://x.com/paper_tiger_0x/status/1831500200300400617",
    9: "https://x.com/hanriver_echo/status/1832222333444555666",
    10: "https://x.com/hanriver_echo/status/1832222333444555777",
    11: "https://x.com/velvet_dusk_22/status/1831999888777666555",
    12: "https://x.com/velvet_dusk_22/status/1831999888777666444",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm7tR2xLpA9",
    2: "https://www.youtube.com/watch?v=b3Kd9_ZwE1s",
    3: "https://www.youtube.com/shorts/Hx4nP0qVc7U",
    4: "https://www.youtube.com/watch?v=Tz8-LmW5oYe",
}
N = {
    1: "https://blog.naver.com/moonlit_pine/223561104482",
    2: "https://blog.naver.com/moonlit_pine/223561109917",
    3: f"https://cafe.naver.com/{CAFE_ENC}/4821",
    4: f"https://cafe.naver.com/{CAFE_ENC}/4907",
    5: "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5521907",
}
# The same cafe posts as an email writes them: the Korean path raw.
N3_RAW = f"https://cafe.naver.com/{CAFE}/4821"
N4_RAW = f"https://cafe.naver.com/{CAFE}/4907"
T = {
    1: "https://t.me/lowtide_archive/1184",
    2: "https://t.me/lowtide_archive/1190",
    3: "https://t.me/amber_relay/57",
}
D = {
    1: "https://cafe.daum.net/greenstair/Kp3a/118",
    2: "https://jadewindow.tistory.com/84",
}
TT = "https://www.tiktok.com/@ricepaper.moth/video/7412938475610293511"
Y7 = "https://www.youtube.com/watch?v=Lc0vN8sJq2E"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [X[i] for i in range(1, 13)], "non-consensual-intimate-imagery",
     'Twelve posts from five accounts; "grey_lantern77" reposts, see memo 24-311'),
    ("KCSC-240910-02", "youtube", "2024-09-10T10:30:00+09:00", "2024-09-17T23:59:59+09:00",
     [Y[i] for i in range(1, 5)], "defamation", "Four videos, one of them a Short"),
    ("KCSC-240911-03", "naver", "2024-09-11T09:15:00+09:00", "2024-09-18T23:59:59+09:00",
     [N[i] for i in range(1, 6)], "privacy", "Blog, cafe and post; cafe name is Korean, stored percent-encoded"),
    ("KCSC-240912-04", "telegram", "2024-09-12T11:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [T[i] for i in range(1, 4)], "illegal-gambling", "Two channels"),
    ("KCSC-240913-05", "kakao", "2024-09-13T09:40:00+09:00", "2024-09-20T23:59:59+09:00",
     [D[1], D[2]], "privacy", "Daum cafe post, Tistory entry"),
    ("KCSC-240913-06", "tiktok", "2024-09-13T14:20:00+09:00", "2024-09-20T23:59:59+09:00",
     [TT], "deepfake-sexual-abuse", "Single video"),
    ("KCSC-240916-07", "youtube", "2024-09-16T10:05:00+09:00", "2024-09-23T23:59:59+09:00",
     [Y7], "defamation", "Single video, sent on the holiday"),
]


def mid(ref):
    return f"req.{ref}@kcsc.example"


def rt(ref):
    """The reply_to_req key corpuslib turns into <req.REF@kcsc.example>."""
    return f"req.{ref}"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])


def quoted_request_x(prefix="> "):
    lines = ["Dear X Legal team,", "",
             "Under request KCSC-240909-01 we ask you to remove the following posts:", ""]
    for i in range(1, 13):
        lines.append(f"{i}. {X[i]}")
    lines += ["", "Deadline: 2024-09-16", "KCSC Takedown desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


# ------------------------------------------------------------------ cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =========================================

case(
    name="x-mixed-three-in-one-sentence",
    **{"from": "legal-support@x.com"},
    date="Wed, 11 Sep 2024 15:12:40 +0000",
    subject="Re: KCSC-240909-01 Removal request",
    reply_to_req=rt("KCSC-240909-01"),
    body=f"""
Hello,

Thank you for your request. Of the posts listed in KCSC-240909-01, we have
removed {X[1]} and withheld {X[2]} in South Korea, while
{X[3]} no longer exists on X.

The remaining posts in your request are still being assessed and we will write
again once we have an outcome.

Information about country withheld content is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply combining a removal, a country withholding and a missing post",
    why="one sentence carries three different acts: removed, withheld in Korea, no longer exists",
    items={X[1]: "removed", X[2]: "restricted", X[3]: "not_found", X[4]: "pending"},
)

case(
    name="x-refusal-and-withheld",
    **{"from": "legal-support@x.com"},
    date="Thu, 12 Sep 2024 02:44:05 +0000",
    subject="Re: KCSC-240909-01 Removal request",
    reply_to_req=rt("KCSC-240909-01"),
    body=f"""
Hi KCSC team,

We reviewed two of the posts from your request.

After careful review we determined that {X[7]}
does not violate the X Rules, and the information provided does not establish
that it is unlawful in Korea. We are therefore not taking action on it.

The other post from the same account, {X[8]}, has been
withheld in South Korea.

You can learn more about our approach at https://help.x.com/en/rules-and-policies/x-rules

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X refusal with reasons alongside a country withholding",
    why="a refusal with its reason is rejected; the second post is withheld in Korea",
    items={X[7]: "rejected", X[8]: "restricted"},
)

case(
    name="x-withheld-then-removed-update",
    **{"from": "legal-support@x.com"},
    date="Fri, 13 Sep 2024 08:20:00 +0000",
    subject="Update: KCSC-240909-01",
    reply_to_req=rt("KCSC-240909-01"),
    body=f"""
Hello,

An update on request KCSC-240909-01.

Earlier this week we withheld {X[9]} in South Korea in
response to your request. Following an additional review by our safety team,
that post has since been removed globally for violating our non-consensual
nudity policy.

Thanks,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X follow-up email that upgrades a country withholding to a global removal",
    why="the later sentence revises the earlier one: the post is now removed globally",
    items={X[9]: "removed"},
)

case(
    name="x-numbered-list-by-position",
    **{"from": "legal-support@x.com"},
    date="Fri, 13 Sep 2024 11:02:18 +0000",
    subject="Re: KCSC-240909-01 Removal request",
    reply_to_req=rt("KCSC-240909-01"),
    body=f"""
Hello,

We looked at the following posts from your request:

1. {X[5]}
2. {X[6]}
3. {X[11]}
4. {X[12]}

Posts 1 and 3 have been removed. Post 2 has been withheld in South Korea.
We could not locate post 4 on our service.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply giving outcomes by the number of each post in its own list",
    why="statuses by position in the email's own numbered list",
    items={X[5]: "removed", X[6]: "restricted", X[11]: "removed", X[12]: "not_found"},
)

case(
    name="x-positions-of-quoted-request",
    **{"from": "jiwon.seo@x.com"},
    name_from="Jiwon Seo (X Legal)",
    date="Sat, 14 Sep 2024 01:35:51 +0000",
    subject="Re: KCSC-240909-01 Removal request",
    reply_to_req=rt("KCSC-240909-01"),
    body=f"""
Hi,

Items 1, 2 and 4 in your list below have been removed. We couldn't find
item 9: the account deleted that post itself before we got to it. The rest of
the list is still with our team.

Best,
Jiwon
X Legal

On Mon, 9 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request_x()}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply by an X employee that refers to the positions of the regulator's quoted list",
    why="positions 1, 2, 4 and 9 of our own quoted list: removed, removed, removed, deleted by its author",
    items={X[1]: "removed", X[2]: "removed", X[4]: "removed", X[9]: "not_found", X[3]: "pending"},
)

_csv = "\n".join([
    "url,action,scope,notes",
    f"{X[1]},removed,global,Non-consensual nudity policy",
    f"{X[2]},withheld,KR,Local law",
    f"{X[3]},no_violation,,\"Reviewed, no violation of the X Rules\"",
    f"{X[4]},not_found,,Post deleted by the account holder",
]) + "\n"
case(
    name="x-csv-attachment-outcomes",
    **{"from": "legal-support@x.com"},
    date="Sat, 14 Sep 2024 09:10:00 +0000",
    subject="KCSC-240909-01 - outcome",
    reply_to_req=rt("KCSC-240909-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xcsv_7f31"

--=_xcsv_7f31
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for four of the URLs reported under
KCSC-240909-01, one row per URL. The other URLs are still in review.

X Legal Support

--=_xcsv_7f31
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_xcsv_7f31--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a CSV export of per-URL actions",
    why="CSV rows: removed, withheld in KR, no violation, not found",
    items={X[1]: "removed", X[2]: "restricted", X[3]: "rejected", X[4]: "not_found"},
)

case(
    name="x-not-removed-already-deleted",
    **{"from": "legal-support@x.com"},
    date="Tue, 10 Sep 2024 22:48:13 +0000",
    subject="Re: KCSC-240909-01 Removal request",
    reply_to_req=rt("KCSC-240909-01"),
    body=f"""
Hello,

We were not able to remove {X[4]} because the
account holder had already deleted it before our review started.

The other posts from your request are in our queue.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X reply explaining why a post could not be removed",
    why="'not able to remove' because the author already deleted it: not_found, not a refusal",
    items={X[4]: "not_found"},
)

case(
    name="x-outlook-top-post-one-item",
    **{"from": "min.park@x.com"},
    name_from="Min Park",
    date="Mon, 16 Sep 2024 07:30:00 +0000",
    subject="RE: KCSC-240909-01 Removal request",
    reply_to_req=rt("KCSC-240909-01"),
    body=f"""
Hello,

We've withheld {X[11]} in Korea.
The other post from that account in your message below is still under review.

Min Park
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240909-01 Removal request

{quoted_request_x(prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from an X employee over the regulator's request",
    why="one post withheld in Korea; everything below -----Original Message----- is our own text",
    items={X[11]: "restricted", X[12]: "pending", X[1]: "pending"},
)

_yt_rows = [
    (Y[1], "Removed", "Violates Community Guidelines (harassment)"),
    (Y[2], "Blocked in South Korea", "Local legal grounds"),
    (Y[3], "No action", "Does not violate our policies"),
    (Y[4], "Video unavailable", "Deleted by the uploader before review"),
]
_yt_html = (
    "<html><body><p>Hello,</p><p>Here is the outcome of our review of request "
    "KCSC-240910-02.</p><table border=\"1\" cellpadding=\"4\">"
    "<tr><th>URL</th><th>Action</th><th>Reason</th></tr>"
    + "".join(f"<tr><td>{u}</td><td>{a}</td><td>{r}</td></tr>" for u, a, r in _yt_rows)
    + "</table><p>To learn about our policies visit "
    "<a href=\"https://support.google.com/youtube/answer/2801939\">YouTube Community Guidelines</a>."
    "</p><p>Regards,<br>The YouTube Legal Team</p></body></html>\n"
)
_yt_text = "Hello,\n\nHere is the outcome of our review of request KCSC-240910-02.\n\n" + "".join(
    f"{u}\n  Action: {a} ({r})\n\n" for u, a, r in _yt_rows) + "Regards,\nThe YouTube Legal Team\n"
case(
    name="yt-html-table-four-outcomes",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Thu, 12 Sep 2024 06:15:00 +0000",
    subject="[KCSC-240910-02] Outcome of your legal request",
    reply_to_req=rt("KCSC-240910-02"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="alt_yt_4410"

--alt_yt_4410
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_yt_text}
--alt_yt_4410
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_yt_html)}
--alt_yt_4410--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email with an HTML table (and its plain-text twin)",
    why="four rows, four statuses: removed, blocked in Korea, no action, deleted by uploader",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "not_found"},
)

case(
    name="yt-actioned-and-age-restricted",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Wed, 11 Sep 2024 23:05:00 +0000",
    subject="Re: [KCSC-240910-02] Legal request",
    reply_to_req=rt("KCSC-240910-02"),
    body=f"""
Hello,

Thanks for reaching out. We have actioned {Y[1]} under our
policies.

The video at {Y[2]} has been age-restricted; it stays
viewable for signed-in users over 18.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'actioned under our policies' template with an age restriction",
    why="'actioned' is a removal; age-restricted is restricted",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-did-not-remove-but-blocked-kr",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Fri, 13 Sep 2024 04:40:00 +0000",
    subject="Re: [KCSC-240910-02] Legal request",
    reply_to_req=rt("KCSC-240910-02"),
    body=f"""
Hello,

We did not remove {Y[4]} from YouTube, because it does
not violate our Community Guidelines. However, having reviewed it against Korean
law, we have blocked access to it in South Korea.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube local-law decision: not removed globally, blocked in one country",
    why="the negation concerns global removal; the item is blocked in Korea: restricted",
    items={Y[4]: "restricted"},
)

case(
    name="yt-hedges-in-relative-clauses",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Sat, 14 Sep 2024 03:00:00 +0000",
    subject="Re: [KCSC-240910-02] Legal request",
    reply_to_req=rt("KCSC-240910-02"),
    body=f"""
Hello,

The video {Y[2]}, which may have been re-uploaded by
other channels, has been removed from YouTube for violating our harassment
policy. Please report any copies separately.

The Short {Y[3]}, which appears to have been edited
since your report, was reviewed and does not violate our policies or local law.
It will stay up.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with asides about re-uploads and edits",
    why="the hedges sit in relative clauses; the main clauses are plain: removed, and rejected with a reason",
    items={Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-not-found-then-found-removed",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Mon, 16 Sep 2024 02:25:00 +0000",
    subject="Re: [KCSC-240910-02] Legal request",
    reply_to_req=rt("KCSC-240910-02"),
    body=f"""
Hello,

Our first check could not locate {Y[4]}, as the
link we received had been shortened by the ticketing form. After checking the
full video ID we found the video and removed it for violating our harassment
and cyberbullying policy.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube correction within one email: not located at first, then removed",
    why="the later sentence revises 'could not locate': the video was found and removed",
    items={Y[4]: "removed"},
)

_y7_ko = f"""안녕하세요, YouTube 법무팀입니다.

요청번호 KCSC-240916-07 관련하여 회신드립니다.
신고하신 동영상({Y7})은 검토 결과 커뮤니티 가이드 위반(괴롭힘 및 사이버 폭력)으로 확인되어 삭제되었습니다.

감사합니다.
YouTube 법무팀
"""
case(
    name="yt-korean-qp-removed",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal KR",
    date="Tue, 17 Sep 2024 05:12:00 +0000",
    subject=enc("[KCSC-240916-07] 법적 요청 처리 결과"),
    reply_to_req=rt("KCSC-240916-07"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_y7_ko)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language legal outcome, quoted-printable",
    why="the requested video, in parentheses, was deleted (삭제)",
    items={Y7: "removed"},
)

case(
    name="naver-mixed-korean-sentence",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Thu, 12 Sep 2024 07:30:00 +0000",
    subject=enc("[KCSC-240911-03] 게시중단 요청 처리 결과 안내"),
    reply_to_req=rt("KCSC-240911-03"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 KCSC-240911-03 건 중 {N[1]} 게시물은
게시중단 처리하였고, {N[2]} 게시물은 작성자가
이미 삭제하여 확인되지 않습니다.

나머지 게시물은 검토 후 별도로 안내드리겠습니다.

네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 (one sentence, two results)",
    why="게시중단 = removed; 작성자가 이미 삭제 = not_found; the rest is a promise",
    items={N[1]: "removed", N[2]: "not_found", N[3]: "pending"},
)

case(
    name="naver-cafe-korean-path-temp-and-refusal",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Fri, 13 Sep 2024 02:10:00 +0000",
    subject=enc("[KCSC-240911-03] 카페 게시물 조치 결과"),
    reply_to_req=rt("KCSC-240911-03"),
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

{N3_RAW} 게시글은 정보통신망법 제44조의2에 따라
임시조치(30일)되었으며, {N4_RAW} 게시글의 경우
관련 법령 및 카페 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

운영정책 안내: https://cafe.naver.com/policy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 임시조치 notice with a refusal for a second post",
    why="임시조치 = restricted; 위반 사항이 확인되지 않아 조치하지 않음 = rejected; raw Korean paths",
    items={N[3]: "restricted", N[4]: "rejected"},
)

_naver_rows = [
    ("1", N[1], "삭제", ""),
    ("2", N[2], "접속차단", "국내 접속 제한"),
    ("3", N[5], "해당없음", "게시물 없음(작성자 삭제)"),
]
_naver_html = (
    "<html><body><p>안녕하세요. 네이버 권리보호센터입니다.</p>"
    "<p>시정요구(KCSC-240911-03)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>"
    "<table border=\"1\"><tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>"
    + "".join(f"<tr><td>{a}</td><td>{u}</td><td>{r}</td><td>{n}</td></tr>" for a, u, r, n in _naver_rows)
    + "</table><p>기타 문의사항은 회신 주시기 바랍니다.</p></body></html>\n"
)
case(
    name="naver-result-table-html-b64",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Fri, 13 Sep 2024 09:45:00 +0000",
    subject=enc("시정요구 조치결과 회신 (KCSC-240911-03)"),
    reply_to_req=rt("KCSC-240911-03"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_naver_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (번호/URL/조치결과/비고), HTML in base64",
    why="삭제 = removed; 접속차단 (국내) = restricted; 해당없음/게시물 없음 = not_found",
    items={N[1]: "removed", N[2]: "restricted", N[5]: "not_found"},
)

case(
    name="naver-table-with-correction-note",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Mon, 16 Sep 2024 01:20:00 +0000",
    subject=enc("[KCSC-240911-03] 조치결과 회신"),
    reply_to_req=rt("KCSC-240911-03"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

KCSC-240911-03 요청 건 조치 결과입니다.

번호 | URL | 조치 결과
1 | {N[1]} | 삭제
2 | {N3_RAW} | 삭제
3 | {N4_RAW} | 블라인드

※ 정정: 위 2번 게시물({N3_RAW})의 조치 결과가 '삭제'로
잘못 기재되었습니다. 해당 게시물은 삭제가 아니라 임시조치(30일간 접근 제한)된
상태입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER result table followed by a 정정 (correction) note",
    why="the correction below the table revises row 2 from 삭제 to 임시조치 (restricted); 블라인드 = removed",
    items={N[1]: "removed", N[3]: "restricted", N[4]: "removed"},
)

case(
    name="naver-fullwidth-punctuation",
    **{"from": "noreply@naver.com"},
    name_from="NAVER",
    date="Tue, 17 Sep 2024 04:05:00 +0000",
    subject=enc("[KCSC-240911-03] 포스트 및 블로그 조치 완료 안내"),
    reply_to_req=rt("KCSC-240911-03"),
    body=f"""
안녕하세요. 네이버입니다.

{N[5]}，해당 포스트는 블라인드 처리되었습니다。
{N[2]}（비공개 처리 완료）

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER short notice with full-width punctuation right after the URLs",
    why="블라인드 and 비공개 처리 are both removals; full-width ，（ end the URLs",
    items={N[5]: "removed", N[2]: "removed"},
)

case(
    name="tg-mixed-one-sentence-negation",
    **{"from": "abuse@telegram.org"},
    date="Fri, 13 Sep 2024 18:02:00 +0000",
    subject="Re: KCSC-240912-04",
    reply_to_req=rt("KCSC-240912-04"),
    body=f"""
Hello,

Message {T[1]} was taken down and {T[2]} was blocked
for all users, but we have not blocked {T[3]}, since we found
no violation of our Terms of Service in that message.

Telegram Abuse Team
https://telegram.org/tos
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in one sentence with a negated third act",
    why="taken down and blocked for all users = removed; 'not blocked' with a reason = rejected",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "dsa@telegram.org"},
    date="Sun, 15 Sep 2024 10:30:00 +0000",
    subject="KCSC-240912-04: results",
    reply_to_req=rt("KCSC-240912-04"),
    body=f"""
Hello,

Results for KCSC-240912-04:

{T[1]}
Status: Removed

{T[2]}
Status: Not found - the message was deleted by the channel admin before our review.

{T[3]}
Status: Under review

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram per-link status block, URL with its status on the line below",
    why="removed, deleted by the admin (not_found), under review (pending)",
    items={T[1]: "removed", T[2]: "not_found", T[3]: "pending"},
)

case(
    name="tg-dsa-statement-of-reasons",
    **{"from": "dsa@telegram.org"},
    date="Tue, 17 Sep 2024 09:00:00 +0000",
    subject="Statement of reasons - KCSC-240912-04",
    reply_to_req=rt("KCSC-240912-04"),
    body=f"""
Statement of reasons

Reference: KCSC-240912-04
Content: {T[3]}
Decision: Restriction of visibility - access disabled for users in the Republic of Korea
Territorial scope: KR
Ground: Content illegal under national law (illegal gambling advertising)
Automated detection: No
Automated decision: No

Redress: you may contest this decision through https://telegram.org/dsa-appeal

Telegram FZ-LLC
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (visibility restriction, territorial scope)",
    why="access disabled in Korea only: restricted; the appeal link is not an item",
    items={T[3]: "restricted"},
)

case(
    name="kakao-statement-then-url-below",
    **{"from": "right@kakaocorp.com"},
    name_from="Kakao Right Center",
    date="Sat, 14 Sep 2024 02:00:00 +0000",
    subject=enc("[KCSC-240913-05] 권리침해 신고 처리 결과"),
    reply_to_req=rt("KCSC-240913-05"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

아래 게시물은 운영정책 위반으로 삭제되었습니다.
{D[1]}

아래 게시물은 침해 사실에 대한 소명이 부족하여 게시중단 요청을 받아들이지
않았습니다. 현재 게시가 유지되고 있습니다.
{D[2]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고 처리 결과 with each URL under its statement",
    why="the statement precedes each URL: 삭제 = removed; 받아들이지 않음, 게시 유지 = rejected",
    items={D[1]: "removed", D[2]: "rejected"},
)

case(
    name="kakao-blind-and-promise",
    **{"from": "noreply@daum.net"},
    name_from="Daum",
    date="Tue, 17 Sep 2024 08:40:00 +0000",
    subject=enc("[KCSC-240913-05] 게시물 조치 안내"),
    reply_to_req=rt("KCSC-240913-05"),
    body=f"""
안녕하세요. Daum 고객센터입니다.

{D[1]} 게시물은 블라인드 처리되었습니다.
{D[2]} 게시물은 작성자 소명을 확인한 후 삭제될 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum notice: one post blinded, one promised for later",
    why="블라인드 = removed; 삭제될 예정 is a promise, pending",
    items={D[1]: "removed", D[2]: "pending"},
)

case(
    name="tiktok-sole-item-thank-you-removed",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 13:00:00 +0000",
    subject="Re: KCSC-240913-06",
    reply_to_req=rt("KCSC-240913-06"),
    body="""
Hi there,

Thank you for your report (KCSC-240913-06). We've reviewed the video you
reported and removed it for violating our Community Guidelines.

Learn more: https://www.tiktok.com/community-guidelines

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email naming no URL",
    why="a one-item request: 'the video you reported ... removed' applies to its only item, despite the thank-you",
    items={TT: "removed"},
)

case(
    name="tiktok-dsa-visibility-restriction",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    date="Wed, 18 Sep 2024 06:30:00 +0000",
    subject="Decision on your report KCSC-240913-06",
    reply_to_req=rt("KCSC-240913-06"),
    body=f"""
Hello,

We have made a decision about the content you reported.

Content: <{TT}>
Decision: Access restricted in the Republic of Korea
Reason: The content was found to be unlawful under local law. It did not
violate our Community Guidelines and so remains available elsewhere.

If you disagree, you can appeal at https://www.tiktok.com/legal/report/appeal

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok statement of reasons for a local-law restriction",
    why="access restricted in Korea only: restricted ('did not violate ... remains available elsewhere' explains the scope)",
    items={TT: "restricted"},
)

# ======================= REVIEW ==========================================

case(
    name="x-promise-will-be-removed",
    **{"from": "legal-support@x.com"},
    date="Tue, 10 Sep 2024 04:00:00 +0000",
    subject="Re: KCSC-240909-01 Removal request",
    reply_to_req=rt("KCSC-240909-01"),
    body=f"""
Hello,

Thanks for your request. The posts {X[5]} and
{X[6]} will be removed within 24 hours, once our legal
team has completed its assessment.

X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="X interim reply promising removal",
    why="a promise ('will be removed ... once') is no statement; both stay pending",
    items={X[5]: "pending", X[6]: "pending"},
)

case(
    name="yt-hedge-may-have-been",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Wed, 11 Sep 2024 01:15:00 +0000",
    subject="Re: [KCSC-240910-02] Legal request",
    reply_to_req=rt("KCSC-240910-02"),
    body=f"""
Hello,

It appears that {Y[1]} may have already been taken
down by the uploader. We are confirming this on our side and will follow up
with the final outcome.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with a hedged observation",
    why="'appears ... may have been' is a hedge, and a follow-up is promised",
    items={Y[1]: "pending"},
)

case(
    name="naver-under-review-korean",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Wed, 11 Sep 2024 08:00:00 +0000",
    subject=enc("[KCSC-240911-03] 검토 진행 안내"),
    reply_to_req=rt("KCSC-240911-03"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 {N[1]} 등 5건은 현재 검토
중이며, 검토가 완료되는 대로 조치 결과를 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 검토 중 interim notice naming one of the posts",
    why="under review with a promise to reply: no statement, names a requested item",
    items={N[1]: "pending"},
)

case(
    name="x-bulk-all-removed",
    **{"from": "legal-support@x.com"},
    date="Mon, 16 Sep 2024 05:55:00 +0000",
    subject="Re: KCSC-240909-01 Removal request",
    reply_to_req=rt("KCSC-240909-01"),
    body="""
Hello,

We have completed our review of KCSC-240909-01. All of the posts you reported
have been removed from X.

X Legal Support
""",
    outcome="review", review="bulk",
    imitates="X closing reply with a blanket confirmation",
    why="'all of the posts' for a twelve-item request names none: bulk",
    items={X[1]: "pending", X[12]: "pending"},
)

case(
    name="x-auth-fail",
    **{"from": "legal-support@x.com"},
    auth="fail",
    date="Thu, 12 Sep 2024 10:00:00 +0000",
    subject="Re: KCSC-240909-01 Removal request",
    reply_to_req=rt("KCSC-240909-01"),
    body=f"""
Hello,

We have removed {X[7]} and {X[8]}.

X Legal Support
""",
    outcome="review", review="untrusted",
    imitates="X-looking reply that fails DKIM/SPF/DMARC",
    why="sender domain is X's but authentication failed",
    items={X[7]: "pending", X[8]: "pending"},
)

case(
    name="x-lookalike-domain",
    **{"from": "compliance@x-safety-desk.com"},
    name_from="X Safety Desk",
    date="Fri, 13 Sep 2024 12:00:00 +0000",
    subject="KCSC-240909-01 completed",
    body=f"""
Dear KCSC,

Your request KCSC-240909-01 has been processed. {X[9]} and
{X[10]} were removed today.

X Safety Desk
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike domain that is no platform's",
    why="names our request and URLs, but the sender is no platform",
    items={X[9]: "pending", X[10]: "pending"},
)

case(
    name="naver-speaks-of-daum-post",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Sat, 14 Sep 2024 03:30:00 +0000",
    subject=enc("문의하신 게시물 확인 결과"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

문의하신 {D[1]} 게시물은 확인 결과 이미 삭제되어
존재하지 않는 게시물입니다. 참고 부탁드립니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply about a Daum cafe URL",
    why="NAVER states a status for a Kakao item",
    items={D[1]: "pending"},
)

case(
    name="yt-fields-vs-reviewer-note",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Tue, 17 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240910-02] Legal request",
    reply_to_req=rt("KCSC-240910-02"),
    body=f"""
Hello,

Reported URL: {Y[4]}
Outcome: Content removed
Policy: Harassment and cyberbullying

Reviewer note: the video was checked against our harassment policy and no
violation was found, so it remains live on YouTube.

The YouTube Legal Team
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube case summary fields with a free-text reviewer note",
    why="the Outcome field says removed, the note says it stays live; neither is marked as a correction",
    items={Y[4]: "pending"},
)

case(
    name="tg-asks-for-screenshots",
    **{"from": "abuse@telegram.org"},
    date="Fri, 13 Sep 2024 07:45:00 +0000",
    subject="Re: KCSC-240912-04",
    reply_to_req=rt("KCSC-240912-04"),
    body=f"""
Hello,

Regarding KCSC-240912-04: {T[3]} points to a private
channel that our moderators cannot open. Could you send us a screenshot of the
message and the channel's invite link? The other two links are being reviewed.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse desk asking for screenshots of a private channel",
    why="asks us for material; nothing is stated about any item",
    items={T[3]: "pending", T[1]: "pending"},
)

case(
    name="x-portal-change-notice",
    **{"from": "legal-support@x.com"},
    date="Wed, 18 Sep 2024 00:00:00 +0000",
    subject="Changes to how we receive legal requests",
    body="""
Hello,

From 1 October 2024, legal requests from Korean authorities should be
submitted through our Legal Request portal at https://legalrequests.x.com
rather than by email. Requests sent to this address after that date will
receive an automatic pointer to the portal.

X Legal Support
""",
    outcome="review", review="no_claims",
    imitates="X service notice about a new legal-request portal",
    why="trusted X mail that names no item and no request",
    items={},
)

case(
    name="yt-conditional-counter-notice",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Wed, 18 Sep 2024 01:30:00 +0000",
    subject="Re: [KCSC-240916-07] Legal request",
    reply_to_req=rt("KCSC-240916-07"),
    body=f"""
Hello,

We have notified the uploader of {Y7}. If no
counter-notification is received within 10 business days, the video will be
removed.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube notice-and-counter-notice step",
    why="a condition and a future act, not a statement",
    items={Y7: "pending"},
)

# ======================= IGNORED =========================================

case(
    name="x-out-of-office",
    **{"from": "jiwon.seo@x.com"},
    name_from="Jiwon Seo",
    date="Mon, 09 Sep 2024 01:00:30 +0000",
    subject="Automatic reply: KCSC-240909-01 Removal request",
    reply_to_req=rt("KCSC-240909-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 11 September with limited access to email.
For urgent legal requests please write to legal-support@x.com.

Jiwon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply",
    why="out-of-office, says nothing about items",
    items={},
)

_dsn_text = """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-ko@telegram.org>: host mail.telegram.org[198.51.100.44] said:
    550 5.1.1 <dsa-ko@telegram.org>: Recipient address rejected: User unknown
"""
_dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: dsa-ko@telegram.org
Subject: KCSC-240912-04 Removal request
Message-ID: <req.KCSC-240912-04.b@kcsc.example>
Date: Thu, 12 Sep 2024 11:00:00 +0900

Please remove the following content (KCSC-240912-04):
{T[1]}
{T[2]}
{T[3]}
"""
case(
    name="dsn-telegram-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 02:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.8841"

--dsn.8841
Content-Type: text/plain; charset=us-ascii

{_dsn_text}
--dsn.8841
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 11:00:00 +0900

Final-Recipient: rfc822; dsa-ko@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn.8841
Content-Type: message/rfc822

{_dsn_orig}
--dsn.8841--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN carrying our own request back",
    why="a bounce; the URLs are in our own returned message",
    items={},
)

case(
    name="yt-mdn-displayed",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal KR",
    date="Mon, 16 Sep 2024 01:40:00 +0000",
    subject="Read: [KCSC-240916-07] Legal request",
    reply_to_req=rt("KCSC-240916-07"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_2291"

--mdn_2291
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [KCSC-240916-07] Legal request
  Sent: Monday, 16 September 2024 10:05 (UTC+09:00)

was read on Monday, 16 September 2024 10:40 (UTC+09:00).

--mdn_2291
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Outlook
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <{mid("KCSC-240916-07")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_2291--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, displayed)",
    why="a read receipt",
    items={},
)

case(
    name="tg-ticket-receipt",
    **{"from": "noreply@telegram.org"},
    name_from="Telegram Support",
    date="Thu, 12 Sep 2024 02:05:00 +0000",
    subject="[Ticket #TG-551207] KCSC-240912-04",
    reply_to_req=rt("KCSC-240912-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your report. Ticket #TG-551207 has been created and our
team will look into it. You do not need to reply to this email.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt",
    why="pure acknowledgement",
    items={},
)

case(
    name="naver-receipt-korean",
    **{"from": "noreply@naver.com"},
    name_from="NAVER",
    date="Wed, 11 Sep 2024 00:20:00 +0000",
    subject=enc("[접수완료] 게시중단 요청이 접수되었습니다 (KCSC-240911-03)"),
    reply_to_req=rt("KCSC-240911-03"),
    body=f"""
안녕하세요. 네이버입니다.

KCSC-240911-03 게시중단 요청이 정상적으로 접수되었습니다.
접수번호: NV-20240911-00873
처리 결과는 검토 후 이메일로 안내드립니다.

-----원본 메시지-----
보낸 사람: KCSC Takedown <takedown@kcsc.example>
제목: KCSC-240911-03 게시중단 요청

아래 게시물의 게시중단을 요청합니다.
{N[1]}
{N[2]}
{N3_RAW}
{N4_RAW}
{N[5]}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 접수 완료 receipt quoting the request",
    why="a receipt; URLs only in our own quoted request",
    items={},
)

case(
    name="kakao-chuseok-out-of-office",
    **{"from": "hyejin.lim@kakaocorp.com"},
    name_from="Hyejin Lim",
    date="Fri, 13 Sep 2024 00:40:10 +0000",
    subject=enc("[자동응답] 부재중입니다: KCSC-240913-05"),
    reply_to_req=rt("KCSC-240913-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 9월 13일부터 18일까지 추석 연휴로 부재중입니다.
급한 용무는 right@kakaocorp.com 으로 보내 주시기 바랍니다.

임혜진 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office over the Chuseok holiday",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tiktok-autoresponder",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 05:20:02 +0000",
    subject="Re: KCSC-240913-06",
    reply_to_req=rt("KCSC-240913-06"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thank you for contacting TikTok Legal. This is an automated response.

We have received your message and will respond as soon as possible. Please
do not send the same request more than once.
""",
    outcome="ignored", classification="auto_reply",
    imitates="TikTok legal mailbox autoresponder",
    why="automatic reply carrying no outcome",
    items={},
)


HEADER = """# Blind set 636 (what a program gets wrong): expected results written
# from each email's meaning before any run of the reader. Generated by make.py.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
