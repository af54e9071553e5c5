#!/usr/bin/env python3
"""Blind set 384: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Written from each
email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind384/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
from email.header import Header
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/lucky_spin_kr/status/1829013345120019457",     # x1
    "https://x.com/lucky_spin_kr/status/1829027781650210816",     # x2
    "https://x.com/betmoon_777/status/1829110473392017408",       # x3
    "https://x.com/betmoon_777",                                  # x4
    "https://x.com/han_river_odds/status/1829184460125884513",    # x5
    "https://x.com/han_river_odds/status/1829190021453709312",    # x6
    "https://x.com/casino_nightowl/status/1829233307171541004",   # x7
    "https://x.com/casino_nightowl/status/1829240988502831327",   # x8
    "https://x.com/totosite_kr9/status/1829302215577100288",      # x9
    "https://x.com/totosite_kr9/status/1829315560428843103",      # x10
    "https://x.com/slotmaster_seoul/status/1829377714901987430",  # x11
    "https://x.com/slotmaster_seoul/status/1829381043007418611",  # x12
    "https://x.com/golden_dice_bet/status/1829402876543298560",   # x13
    "https://x.com/golden_dice_bet",                              # x14
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8xLpA2",     # y1
    "https://www.youtube.com/watch?v=Hk7dN0wZrE5",     # y2
    "https://www.youtube.com/shorts/Zp4cW9yBn1U",      # y3
    "https://www.youtube.com/@greenleaf_dealer_kr",    # y4
]
Y7 = [
    "https://www.youtube.com/watch?v=Lw2sK5pXo9c",     # y5
    "https://youtu.be/Bv8mR1tNq0e",                    # y6
]
T = [
    "https://t.me/ice_delivery_seoul",          # t1
    "https://t.me/ice_delivery_seoul/1187",     # t2
    "https://t.me/busan_candy_shop/342",        # t3
]
T6 = ["https://t.me/fake_id_maker_kr/56"]       # t4
N = [
    "https://blog.naver.com/moonlit_k/223551002871",   # n1
    "https://blog.naver.com/moonlit_k/223551049930",   # n2
    "https://cafe.naver.com/jjangstock/88214",         # n3
    "https://cafe.naver.com/jjangstock/88230",         # n4
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60205&docId=471102938",  # n5
]
K = [
    "https://greenleaf77.tistory.com/entry/%EC%98%A4%EB%8A%98%EC%9D%98-%EC%B6%94%EC%B2%9C-%EC%82%AC%EC%9D%B4%ED%8A%B8",  # k1
    "https://greenleaf77.tistory.com/entry/%EA%B0%80%EC%9E%85-%EC%BD%94%EB%93%9C-%EC%95%88%EB%82%B4",  # k2
    "https://cafe.daum.net/luckyseven77/Fq2k/1043",    # k3
]
K_RAW = [
    "https://greenleaf77.tistory.com/entry/오늘의-추천-사이트",
    "https://greenleaf77.tistory.com/entry/가입-코드-안내",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "x", "2024-09-03T10:15:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "illegal_gambling", "req-240903-01@kcsc.example", "gambling promotion accounts and posts"),
    ("KCSC-240904-02", "youtube", "2024-09-04T14:00:00+09:00", "2024-09-11T18:00:00+09:00", Y,
     "drug_sales", "req-240904-02@kcsc.example", "videos and channel advertising drug sales"),
    ("KCSC-240905-03", "telegram", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", T,
     "drug_sales", "req-240905-03@kcsc.example", "sales channels"),
    ("KCSC-240905-04", "naver", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", N,
     "privacy_violation", "req-240905-04@kcsc.example", "blog, cafe and kin posts"),
    ("KCSC-240906-05", "kakao", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", K,
     "illegal_gambling", "req-240906-05@kcsc.example", "tistory entries and daum cafe post"),
    ("KCSC-240909-06", "telegram", "2024-09-09T15:00:00+09:00", "2024-09-19T18:00:00+09:00", T6,
     "document_forgery", "req-240909-06@kcsc.example", "single post"),
    ("KCSC-240910-07", "youtube", "2024-09-10T10:30:00+09:00", "2024-09-19T18:00:00+09:00", Y7,
     "defamation", "req-240910-07@kcsc.example", "two videos"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- quoting
def request_text(ref, urls=None):
    r = REQ[ref]
    urls = urls or r[4]
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission asks you to remove or block",
        f"the following content (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return lines


def gmail_quote(ref, when, urls=None):
    head = f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:"
    return head + "\n" + "\n".join(("> " + l).rstrip() for l in request_text(ref, urls))


def outlook_quote(ref, when, subject, urls=None):
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {when}",
        "To: abuse@telegram.org",
        f"Subject: {subject}",
        "",
    ] + request_text(ref, urls))


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14 = X
y1, y2, y3, y4 = Y
y5, y6 = Y7
t1, t2, t3 = T
t4 = T6[0]
n1, n2, n3, n4, n5 = N
k1, k2, k3 = K
k1r, k2r = K_RAW

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="x-mixed-one-sentence",
    frm="legalrequests@x.com", date="Wed, 04 Sep 2024 15:40:12 +0900",
    subject="Re: KCSC-240903-01 - Request to remove content", reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your request concerning 14 posts and accounts (reference
KCSC-240903-01). We have finished reviewing part of it.

After review we have withheld {x1} and {x2} in South Korea, removed {x3} globally for violating the X Rules on illegal and regulated goods, and could not find any account at {x4}, which no longer exists.

We will write to you separately about the remaining items in your request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content notice)",
    why="one sentence, three verbs: two withheld in KR, one removed, one not found",
    items={x1: "restricted", x2: "restricted", x3: "removed", x4: "not_found"},
)

case(
    name="x-numbered-negations",
    frm="legalrequests@x.com", date="Thu, 05 Sep 2024 11:02:45 +0900",
    subject="Re: KCSC-240903-01 - Request to remove content", reply_to_req="req-240903-01",
    body=f"""
Hello,

We have reviewed the following content from your request KCSC-240903-01:

1. {x5}
   Withheld in: KR
2. {x6}
   Not withheld. We did not find that this post violates the X Rules or the
   Korean law cited in your request; it links to a licensed lottery operator.
3. {x7}
   No action was possible: the post had already been deleted by the account
   holder before our review.
4. {x8}
   Withheld in: KR
5. {x9}
   Removed. The post violated our rules and is no longer available anywhere.
6. {x10}
   Not removed - this post is not in violation; it is a news report about an
   enforcement action.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email, one line per reported URL",
    why="numbered list with 'Not withheld' / 'Not removed' refusals and an author-deleted post",
    items={x5: "restricted", x6: "rejected", x7: "not_found", x8: "restricted",
           x9: "removed", x10: "rejected"},
)

case(
    name="x-correction-later-paragraph",
    frm="legalrequests@x.com", date="Fri, 06 Sep 2024 17:20:03 +0900",
    subject="Re: KCSC-240903-01 - Update", reply_to_req="req-240903-01",
    body=f"""
Hi,

Update on KCSC-240903-01.

{x11} has been withheld in South Korea.

{x12} remains available. The post is a screenshot of a public court notice
and does not break the X Rules or the law you cited.

Correction to the first point above: after a second review by our Safety
team, the post with ID 1829377714901987430 was removed globally rather than
only withheld in Korea, because it also breaks our rules on gambling
promotion.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request follow-up with a correction paragraph",
    why="a later paragraph revises withheld to removed (by post id); the second post stays up with a reason",
    items={x11: "removed", x12: "rejected"},
)

case(
    name="x-hedge-in-relative-clause",
    frm="legalrequests@x.com", date="Sat, 07 Sep 2024 09:12:40 +0900",
    subject="Re: KCSC-240903-01", reply_to_req="req-240903-01",
    body=f"""
Hello,

We removed {x13}, which may also have been shared by other accounts that we have not reviewed, and we have withheld the account {x14} in South Korea.

If you find copies of the post elsewhere, please report each URL separately.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email",
    why="the hedge sits in a relative clause about copies; the main verbs are plain statements",
    items={x13: "removed", x14: "restricted"},
)

case(
    name="x-html-table-update-note",
    frm="legalrequests@x.com", date="Fri, 06 Sep 2024 10:05:51 +0900",
    subject="Re: KCSC-240903-01 - Outcome", reply_to_req="req-240903-01",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below the outcome of our review for request KCSC-240903-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td><a href="{x1}">{x1}</a></td><td>Withheld (KR)</td></tr>
<tr><td><a href="{x2}">{x2}</a></td><td>Withheld (KR)</td></tr>
<tr><td><a href="{x3}">{x3}</a></td><td>Removed</td></tr>
<tr><td><a href="{x4}">{x4}</a></td><td>Not found</td></tr>
</table>
<p><b>Update (6 September):</b> since this table was generated, the post
<a href="{x2}">{x2}</a> has been removed globally following a further
violation by the same account.</p>
<p>Regards,<br>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email with an HTML results table",
    why="the note below the table explicitly updates x2 from withheld to removed",
    items={x1: "restricted", x2: "removed", x3: "removed", x4: "not_found"},
)

case(
    name="yt-top-posted-gmail-quote",
    frm="legal-kr-noreply@google.com", date="Thu, 05 Sep 2024 18:44:09 +0900",
    subject="Re: [KCSC-240904-02] Request to remove content", reply_to_req="req-240904-02",
    body=f"""
Hello,

We have removed {y1} and {y2} for violating our policy on the sale of regulated goods. The Short at {y3} is now age-restricted. We did not terminate the channel {y4}: on review, its remaining content does not violate our Community Guidelines.

Best regards,
The YouTube Legal Team

{gmail_quote("KCSC-240904-02", "Wed, Sep 4, 2024 at 2:00 PM")}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team reply to a government removal request, top-posted over the request",
    why="removed, age-restricted and a refusal with reason, above a quoted copy of the request",
    items={y1: "removed", y2: "removed", y3: "restricted", y4: "rejected"},
)

case(
    name="yt-statuses-by-position",
    frm="legal-kr-noreply@google.com", date="Fri, 06 Sep 2024 13:10:27 +0900",
    subject="Re: [KCSC-240904-02] Request to remove content", reply_to_req="req-240904-02",
    body=f"""
Hi,

Thanks for your notice. Regarding the four URLs in your request, in the order
you listed them: we removed the first and the second video, we applied an age
restriction to the third (the Short), and we took no action on the fourth,
the channel, because it does not violate our Community Guidelines.

Kind regards,
YouTube Legal Support

{gmail_quote("KCSC-240904-02", "Wed, Sep 4, 2024 at 2:00 PM")}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply answering by position over the quoted request",
    why="statuses given by ordinal position; the URLs are only in the quoted numbered request",
    items={y1: "removed", y2: "removed", y3: "restricted", y4: "rejected"},
)

case(
    name="yt-angle-bracket-bullets",
    frm="legal-kr-noreply@google.com", date="Thu, 12 Sep 2024 16:31:00 +0900",
    subject="Re: [KCSC-240910-07] Request to remove content", reply_to_req="req-240910-07",
    body=f"""
Hello,

We've completed our review of the content in your request (KCSC-240910-07):

  * <{y5}> - age-restricted; viewers must be signed in and over 18.
  * <{y6}> - removed for violating our harassment policy.

You can find more about these policies in the YouTube Help Center:
<https://support.google.com/youtube/answer/2802008>

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team outcome email",
    why="bulleted URLs in angle brackets with status after a dash; the help link is not an item",
    items={y5: "restricted", y6: "removed"},
)

_yt_qp_text = f"""Hello,

Thank you for contacting YouTube about request KCSC-240904-02. Here is the outcome of our review — one line per URL, in the order of your request.

The video {y1} stays up: after careful review we found no violation of our Community Guidelines or of the local law you cited, since it is a news segment about a police investigation.
The video {y2} has been removed for violating our policy on the sale of regulated goods.
The Short {y3} is unavailable because the uploader deleted it before our review, so there was nothing for us to act on.

Regards,
YouTube Legal Support
"""
case(
    name="yt-quoted-printable-wrapped",
    frm="legal-kr-noreply@google.com", date="Sat, 07 Sep 2024 08:58:14 +0900",
    subject="Re: [KCSC-240904-02] Outcome of your request", reply_to_req="req-240904-02",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(_yt_qp_text),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support email sent quoted-printable",
    why="soft-wrapped lines: a refusal with reason, a removal, and an uploader-deleted Short",
    items={y1: "rejected", y2: "removed", y3: "not_found"},
)

case(
    name="tg-mixed-prose",
    frm="abuse@telegram.org", date="Fri, 06 Sep 2024 02:14:33 +0900",
    subject="Re: KCSC-240905-03", reply_to_req="req-240905-03",
    body=f"""
Hello,

The channel {t1} and all of its posts, including {t2}, have been blocked and are no longer accessible on Telegram. We couldn't find anything at {t3} - there is no such public channel.

-- 
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="a channel and a named post blocked in one sentence; the third link does not exist",
    items={t1: "removed", t2: "removed", t3: "not_found"},
)

case(
    name="tg-refusal-with-reason",
    frm="abuse@telegram.org", date="Wed, 11 Sep 2024 21:47:02 +0900",
    subject="Re: KCSC-240909-06", reply_to_req="req-240909-06",
    body=f"""
Hi,

We looked at {t4}. The post is an old advertisement for a photo-editing
course and contains no forged documents or offers to make them. It does not
violate Telegram's Terms of Service, so we are not taking it down.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk refusal",
    why="refusal with its reason for the one requested post",
    items={t4: "rejected"},
)

case(
    name="naver-html-result-table",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 14:20:00 +0900",
    subject="[회신] 시정요구 조치결과 (KCSC-240905-04)", reply_to_req="req-240905-04",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회의 시정요구(KCSC-240905-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{n1}</td><td>게시중단</td><td>-</td></tr>
<tr><td>2</td><td>{n2}</td><td>임시조치(30일)</td><td>-</td></tr>
<tr><td>3</td><td>{n3}</td><td>삭제</td><td>카페 운영자 삭제</td></tr>
<tr><td>4</td><td>{n4}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>5</td><td>{n5.replace("&", "&amp;")}</td><td>조치 불가</td><td>불법정보로 판단하기 어려움</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply table from a portal",
    why="five rows: 게시중단, 임시조치, 운영자 삭제, 작성자 삭제(없음), 조치 불가 with reason",
    items={n1: "removed", n2: "restricted", n3: "removed", n4: "not_found", n5: "rejected"},
)

case(
    name="naver-korean-particles",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 16:03:11 +0900",
    subject="RE: [KCSC-240905-04] 게시물 삭제 요청", reply_to_req="req-240905-04",
    body=f"""
안녕하세요, 네이버입니다.

요청하신 게시물 {n1}은 블라인드 처리되었으며，{n2}는 이미 작성자가 삭제한 게시물로 확인되었습니다.

나머지 게시물은 검토가 끝나는 대로 안내드리겠습니다.

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 블라인드 처리 안내 reply",
    why="URLs followed by Korean particles and a full-width comma; blinded vs already deleted by author",
    items={n1: "removed", n2: "not_found"},
)

case(
    name="naver-correction-line",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 10:41:29 +0900",
    subject="RE: [KCSC-240905-04] 카페 게시물 조치 결과", reply_to_req="req-240905-04",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 {n3} 게시물은 임시조치(30일) 되었습니다.
{n4} 게시물은 검토 결과 특정인의 개인정보가 포함되어 있지 않아 조치하지 않았습니다.

[정정] 위 88214번 게시물은 임시조치가 아니라 삭제 처리된 것으로 확인되어 바로잡습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 게시물 조치 결과 reply with a correction",
    why="a [정정] line turns 임시조치 into 삭제 for 88214; 88230 refused with a reason",
    items={n3: "removed", n4: "rejected"},
)

_naver_csv = f"""번호,URL,조치결과,비고
1,{n1},게시중단,운영정책 위반
2,{n2},게시중단,운영정책 위반
3,"{n5}",비공개 처리,운영정책 위반
"""
case(
    name="naver-base64-csv-attachment",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 09:30:00 +0900",
    subject="[회신] KCSC-240905-04 조치 결과", reply_to_req="req-240905-04",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_7b21"

--=_nv_7b21
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64("안녕하세요. 네이버 정책지원팀입니다." + chr(10) + "KCSC-240905-04 건의 조치 결과를 첨부 파일로 보내드립니다." + chr(10) + "감사합니다." + chr(10))}
--=_nv_7b21
Content-Type: text/csv; charset=UTF-8; name="result_KCSC-240905-04.csv"
Content-Disposition: attachment; filename="result_KCSC-240905-04.csv"
Content-Transfer-Encoding: base64

{b64(_naver_csv)}
--=_nv_7b21--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply with a CSV result attachment",
    why="base64 body and a CSV attachment: two 게시중단 and one 비공개 처리",
    items={n1: "removed", n2: "removed", n5: "removed"},
)

case(
    name="kakao-tistory-raw-korean-url",
    frm="tistory@kakaocorp.com", name_from="티스토리 운영팀",
    date="Mon, 09 Sep 2024 11:15:42 +0900",
    subject="[티스토리] 게시물 조치 결과 안내 (KCSC-240906-05)", reply_to_req="req-240906-05",
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

{k1r} 게시글은 국내 접근 제한 조치되었습니다.
{k2r}（게시글）은 운영정책 위반으로 삭제되었습니다.

문의 사항은 고객센터로 연락 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/TISTORY 게시물 조치 결과 안내",
    why="raw Korean paths (percent-encoded in the request), one followed by full-width parentheses",
    items={k1: "restricted", k2: "removed"},
)

case(
    name="kakao-daum-ack-then-result",
    frm="cafe_report@daum.net", name_from="Daum 고객센터",
    date="Tue, 10 Sep 2024 15:02:18 +0900",
    subject="[Daum] 신고 처리 결과 안내 (KCSC-240906-05)", reply_to_req="req-240906-05",
    body=f"""
안녕하세요, Daum 고객센터입니다.
신고해 주신 내용이 접수되어 처리되었습니다. (접수번호 DC-5521093)

신고 대상
{k3}
처리 결과: 게시물 블라인드 (운영정책 위반 - 불법 도박 홍보)

신고 대상
{k1}
처리 결과: 해당 게시물을 찾을 수 없습니다

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 신고 처리 결과 안내",
    why="an acknowledgement phrase followed by item results: status on the line below each bare URL",
    items={k3: "removed", k1: "not_found"},
)

case(
    name="x-url-below-statement",
    frm="legalrequests@x.com", date="Mon, 09 Sep 2024 12:00:07 +0900",
    subject="Re: KCSC-240903-01", reply_to_req="req-240903-01",
    body=f"""
Hello,

The following post has been withheld in South Korea under local law:
{x7}

The following post was not actioned because it does not violate the X Rules
or Korean law:
{x8}

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email",
    why="each statement is on the line above its URL; the second is a refusal",
    items={x7: "restricted", x8: "rejected"},
)

case(
    name="tg-all-content-one-item",
    frm="abuse@telegram.org", date="Thu, 12 Sep 2024 03:25:50 +0900",
    subject="Re: KCSC-240909-06", reply_to_req="req-240909-06",
    body="""
Hello,

All the content you reported has been taken down. Thanks for helping keep
Telegram safe.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk short reply",
    why="an 'all the content' statement answering a one-item request applies",
    items={t4: "removed"},
)

case(
    name="yt-dsa-statement-of-reasons",
    frm="legal-kr-noreply@google.com", date="Fri, 13 Sep 2024 19:06:35 +0900",
    subject="Re: [KCSC-240910-07] Decision on your notice", reply_to_req="req-240910-07",
    body=f"""
Decision on your notice KCSC-240910-07

Content: {y5}
Decision: Restriction of visibility
Territorial scope: Republic of Korea
Ground: Content illegal under local law (defamation)
Automated detection: No

Content: {y6}
Decision: Removal of content
Territorial scope: Worldwide
Ground: Violation of YouTube's harassment and cyberbullying policy
Automated detection: No

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, territorial scope, ground)",
    why="one block restricted to Korea, one block removed worldwide",
    items={y5: "restricted", y6: "removed"},
)

case(
    name="x-echoed-report",
    frm="legalrequests@x.com", date="Tue, 10 Sep 2024 08:45:19 +0900",
    subject="Your report to X (KCSC-240903-01)", reply_to_req="req-240903-01",
    body=f"""
Your report
-----------
Reported on: 3 September 2024
Reported content:
  {x9}
  {x10}
Reason: Illegal gambling (Republic of Korea)

Our decision
------------
{x9}: withheld in South Korea.
{x10}: no violation found; the post remains available.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X report outcome email echoing the report",
    why="the echoed report names both URLs without a status; the decision section gives them",
    items={x9: "restricted", x10: "rejected"},
)

case(
    name="tg-outlook-top-post",
    frm="abuse@telegram.org", date="Sat, 07 Sep 2024 05:12:04 +0900",
    subject="RE: KCSC-240905-03 Request to remove content", reply_to_req="req-240905-03",
    body=f"""
Hello,

The post {t2} has been removed. Regarding {t3}, we found no violation of our
Terms of Service: the channel sells ordinary confectionery.

Telegram Abuse Team

{outlook_quote("KCSC-240905-03", "Thursday, September 5, 2024 9:30 AM", "KCSC-240905-03 Request to remove content")}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply over an Outlook-quoted request",
    why="two items answered above the Original Message; the channel is only in the quoted request",
    items={t1: "pending", t2: "removed", t3: "rejected"},
)

case(
    name="x-account-suspended-post-gone",
    frm="legalrequests@x.com", date="Wed, 11 Sep 2024 10:10:10 +0900",
    subject="Re: KCSC-240903-01", reply_to_req="req-240903-01",
    body=f"""
Hello,

The account @golden_dice_bet ({x14}) has been suspended for violating our
rules on gambling promotion. As a result, the post {x13} is no longer
available on X.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension outcome email",
    why="account suspended, and its post made unavailable with it",
    items={x14: "removed", x13: "removed"},
)

case(
    name="yt-removed-and-hedged",
    frm="legal-kr-noreply@google.com", date="Mon, 09 Sep 2024 17:27:41 +0900",
    subject="Re: [KCSC-240904-02] Request to remove content", reply_to_req="req-240904-02",
    body=f"""
Hello,

We removed {y1} on 5 September.

The video {y2} may already have been deleted by its uploader; we could not
confirm this from our records and are checking with the relevant team.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team interim reply",
    why="one plain removal; the second video is only a hedge and stays pending",
    items={y1: "removed", y2: "pending"},
)

case(
    name="x-withheld-and-promise",
    frm="legalrequests@x.com", date="Thu, 05 Sep 2024 19:33:58 +0900",
    subject="Re: KCSC-240903-01", reply_to_req="req-240903-01",
    body=f"""
Hello,

{x5} has been withheld in South Korea. {x6} will be reviewed by our
specialised team and we will get back to you.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email",
    why="a statement and a promise in adjacent sentences: only the first item changes",
    items={x5: "restricted", x6: "pending"},
)

case(
    name="kakao-text-table",
    frm="safety@kakaocorp.com", name_from="카카오 세이프티",
    date="Thu, 12 Sep 2024 14:48:22 +0900",
    subject="Re: [KCSC-240906-05] 시정요구 조치 결과", reply_to_req="req-240906-05",
    body=f"""
안녕하세요. 카카오 세이프티팀입니다.
KCSC-240906-05 건 처리 결과입니다.

No  URL                                                   결과
1   {k1r}   삭제
2   {k2}   삭제
3   {k3}          조치 안 함 (운영정책 위반 사항 없음)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치 결과 reply with a plain-text table",
    why="aligned text table; one raw Korean URL, one percent-encoded; a refusal with reason",
    items={k1: "removed", k2: "removed", k3: "rejected"},
)

# ================================================================ REVIEW
case(
    name="x-promise-only",
    frm="legalrequests@x.com", date="Wed, 04 Sep 2024 09:20:31 +0900",
    subject="Re: KCSC-240903-01", reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for reaching out. Our team is reviewing {x1} and {x2} and will take
appropriate action under the X Rules and applicable law. We will update you
once the review is complete.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal 'under review' holding reply",
    why="names two requested posts but only promises a review",
    items={x1: "pending", x2: "pending"},
)

case(
    name="naver-hedge-only",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 09:05:00 +0900",
    subject="RE: [KCSC-240905-04] 게시물 삭제 요청", reply_to_req="req-240905-04",
    body=f"""
안녕하세요, 네이버입니다.

확인해 본 결과 {n1} 과 {n2} 는 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 담당 부서에 확인한 후 다시 안내드리겠습니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply",
    why="'삭제된 것으로 보입니다' is a hedge and the rest a promise",
    items={n1: "pending", n2: "pending"},
)

case(
    name="yt-conditional",
    frm="legal-kr-noreply@google.com", date="Wed, 11 Sep 2024 11:11:11 +0900",
    subject="Re: [KCSC-240910-07] Request to remove content", reply_to_req="req-240910-07",
    body=f"""
Hello,

We have received your notice about {y5} and {y6}. If our review finds that
these videos violate local law, we will restrict access to them in South
Korea. We will let you know the outcome.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal team holding reply",
    why="a condition and a promise about both videos, no statement",
    items={y5: "pending", y6: "pending"},
)

case(
    name="x-bulk-all-withheld",
    frm="legalrequests@x.com", date="Thu, 12 Sep 2024 13:13:13 +0900",
    subject="Re: KCSC-240903-01 - Request to remove content", reply_to_req="req-240903-01",
    body="""
Hello,

Regarding KCSC-240903-01: we have withheld all the reported posts and
accounts in South Korea.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal-request outcome email (blanket statement)",
    why="one statement for a 14-item request without naming the items",
    items={u: "pending" for u in X},
)

case(
    name="naver-bulk-korean",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 17:40:00 +0900",
    subject="[회신] KCSC-240905-04 조치 완료", reply_to_req="req-240905-04",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240905-04 건으로 요청하신 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 완료 회신",
    why="'요청하신 게시물 전체' for a five-item request",
    items={u: "pending" for u in N},
)

case(
    name="x-dmarc-fail",
    frm="legalrequests@x.com", auth="fail",
    date="Mon, 09 Sep 2024 23:58:02 +0900",
    subject="Re: KCSC-240903-01", reply_to_req="req-240903-01",
    body=f"""
Hello,

The account {x4} has been suspended and the post {x3} removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal-request outcome email (failing DMARC)",
    why="From x.com but DKIM/SPF/DMARC fail",
    items={x4: "pending", x3: "pending"},
)

case(
    name="tg-lookalike-domain",
    frm="abuse@telegram-support.net", name_from="Telegram Support",
    date="Sat, 07 Sep 2024 14:22:19 +0900",
    subject="Re: KCSC-240905-03", reply_to_req="req-240905-03",
    body=f"""
Hello,

The channel {t1} has been blocked.

Telegram Support
""",
    outcome="review", review="unknown_sender",
    imitates="Telegram abuse-desk reply from a lookalike domain",
    why="telegram-support.net is no Telegram sender domain",
    items={t1: "pending"},
)

case(
    name="yt-table-contradicted-by-note",
    frm="legal-kr-noreply@google.com", date="Fri, 13 Sep 2024 10:02:44 +0900",
    subject="Re: [KCSC-240910-07] Outcome", reply_to_req="req-240910-07",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Outcome of your request KCSC-240910-07:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Status</th></tr>
<tr><td>{y5}</td><td>Removed</td></tr>
<tr><td>{y6}</td><td>Removed</td></tr>
</table>
<p>Please note: after review we found that neither video violates our
Community Guidelines or the local law cited, and no action was taken on
them.</p>
<p>The YouTube Legal Team</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube outcome email whose table and note disagree",
    why="the table says removed, the note says no action, with nothing saying which is later",
    items={y5: "pending", y6: "pending"},
)

case(
    name="kakao-lookalike-domain",
    frm="safety@kakao-corp.co", name_from="Kakao Safety",
    date="Wed, 11 Sep 2024 12:30:00 +0900",
    subject="Re: [KCSC-240906-05] 시정요구 조치 결과", reply_to_req="req-240906-05",
    body=f"""
안녕하세요. 카카오 세이프티팀입니다.

{k3} 게시물은 삭제되었습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Kakao reply from a lookalike domain",
    why="kakao-corp.co is not a Kakao sender domain",
    items={k3: "pending"},
)

case(
    name="tg-wrong-channel-no-claims",
    frm="dsa@telegram.org", date="Tue, 10 Sep 2024 06:00:41 +0900",
    subject="Your message to dsa@telegram.org",
    body="""
Hello,

This address only handles notices under the EU Digital Services Act.
Authorities outside the EU should send their reports through the form at
https://telegram.org/support. Messages to this address that are not DSA
notices are not processed.

Telegram
""",
    outcome="review", review="no_claims",
    imitates="Telegram DSA mailbox redirect reply",
    why="trusted Telegram email naming no item and no request; the support link is not an item",
    items={},
)

case(
    name="x-asks-legal-basis",
    frm="legalrequests@x.com", date="Fri, 06 Sep 2024 08:08:08 +0900",
    subject="Re: KCSC-240903-01 - Additional information needed", reply_to_req="req-240903-01",
    body=f"""
Hello,

Before we can act on {x9}, please send us the specific provision of Korean
law that the post violates and, if one exists, a copy of the order issued by
the competent authority. Once we receive this we will continue our review.

X Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal request for the legal basis",
    why="asks for the legal provision before acting",
    items={x9: "pending"},
)

case(
    name="x-retracted-line",
    frm="legalrequests@x.com", date="Sun, 08 Sep 2024 20:19:44 +0900",
    subject="Re: KCSC-240903-01", reply_to_req="req-240903-01",
    body=f"""
Hello,

{x3} has been removed.

Please disregard the line above - it was included in error. The post is
still under review by our team and we will confirm the outcome separately.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply retracting its own statement",
    why="the later paragraph withdraws the removal; the post is under review",
    items={x3: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    frm="jiwoo.park@x.com", name_from="Jiwoo Park",
    date="Tue, 03 Sep 2024 10:16:02 +0900",
    subject="Automatic reply: KCSC-240903-01 Request to remove content",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 16 September with limited access to
email. For legal requests please write to legalrequests@x.com.

Jiwoo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

_dsn_orig = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal-kr-archive@google.com",
    "Subject: [KCSC-240910-07] Request to remove content",
    "Message-ID: <req-240910-07@kcsc.example>",
    "Date: Tue, 10 Sep 2024 10:30:00 +0900",
    "Content-Type: text/plain; charset=utf-8",
    "",
] + request_text("KCSC-240910-07"))
case(
    name="google-dsn-failure",
    frm="mailer-daemon@google.com", name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 10:30:41 +0900",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="000000000000dsn42"

--000000000000dsn42
Content-Type: text/plain; charset="UTF-8"

Address not found

Your message wasn't delivered to legal-kr-archive@google.com because the
address couldn't be found, or is unable to receive mail.

--000000000000dsn42
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 10 Sep 2024 10:30:02 +0900

Final-Recipient: rfc822; legal-kr-archive@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--000000000000dsn42
Content-Type: message/rfc822

{_dsn_orig}

--000000000000dsn42--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification (Failure)",
    why="bounce of our own request; the URLs are in the returned message",
    items={},
)

case(
    name="naver-read-receipt",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 11:25:13 +0900",
    subject="읽음 확인: [KCSC-240905-04] 게시물 삭제 요청",
    reply_to_req="req-240905-04",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_5f0a"

--mdn_5f0a
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240905-04] 게시물 삭제 요청"을 수신자가 읽었습니다.
This is a receipt for the mail you sent to policy@navercorp.com.

--mdn_5f0a
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_5f0a--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN) from a Korean groupware client",
    why="message disposition notification only",
    items={},
)

case(
    name="tg-ticket-receipt",
    frm="no-reply@telegram.org", date="Thu, 05 Sep 2024 09:31:20 +0900",
    subject="Re: KCSC-240905-03 [Ticket #7731904]", reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for your report.

Your ticket number is #7731904. Our moderators will look at the content you
reported. Please note that you may not receive a further reply.

This is an automated message; replies to this address are not read.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="kakao-report-receipt",
    frm="noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 10:01:05 +0900",
    subject="[카카오] 권리침해 신고가 접수되었습니다", reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 카카오 고객센터입니다.

신고가 정상적으로 접수되었습니다.
접수번호: KR-2409-118273
신고 제목: KCSC-240906-05 시정요구

담당자가 검토한 후 결과를 안내해 드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 안내 (receipt)",
    why="receipt with a reference number and a promise only",
    items={},
)

case(
    name="naver-chuseok-out-of-office",
    frm="minseo.kang@navercorp.com", name_from="강민서",
    date="Fri, 13 Sep 2024 18:05:00 +0900",
    subject="[자동응답] RE: [KCSC-240905-04] 게시물 삭제 요청",
    reply_to_req="req-240905-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 강민서입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 회신드리겠습니다.
급한 건은 policy@navercorp.com 으로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 384 (tests/corpus/blind384/): what a program gets wrong.
# Written from each email's meaning alone, before any run of the reader.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
        # Display names as real mailers send them: RFC 2047 when not ASCII.
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = Header(c["name_from"], "utf-8").encode()
        # NAVER's mailer encodes Korean subjects; the Kakao ones stay raw UTF-8.
        if c["from"].endswith("navercorp.com") and not c["subject"].isascii():
            c["subject"] = Header(c["subject"], "utf-8").encode()
    corpuslib.write_set(HERE, "blind384", HEADER, CASES)


if __name__ == "__main__":
    main()
