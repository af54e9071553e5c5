#!/usr/bin/env python3
"""Blind set 978 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
that disagrees with its note, statuses given by position.

Every email below is fictional and written for this set; the expected
results were written from each email's meaning alone, before any run of the
reader. Deterministic: running it twice changes nothing.

    python3 tests/corpus/blind978/make.py
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

SET = "blind978"

# ---------------------------------------------------------------- requests
X = {i: u for i, u in enumerate([
    "https://x.com/lucky_spin_kr/status/1832440012345678901",
    "https://x.com/lucky_spin_kr/status/1832440098765432102",
    "https://x.com/jackpot_daily88/status/1832501122334455603",
    "https://x.com/jackpot_daily88/status/1832501177889900104",
    "https://x.com/bet_moa_official/status/1832610000111222305",
    "https://x.com/bet_moa_official/status/1832610000333444506",
    "https://x.com/toto_nara_ad/status/1832700055566677707",
    "https://x.com/toto_nara_ad/status/1832700088899900008",
    "https://x.com/slotking_seoul/status/1832811122233344409",
    "https://x.com/slotking_seoul/status/1832811155566677710",
    "https://x.com/casino_gil/status/1832922233344455511",
    "https://x.com/casino_gil/status/1832922266677788812",
], start=1)}
Y = {
    1: "https://www.youtube.com/watch?v=Qm4rT8vLx2A",
    2: "https://www.youtube.com/watch?v=bN7kP0sWe3Z",
    3: "https://www.youtube.com/shorts/Hc9dJ2uYf5M",
    4: "https://www.youtube.com/watch?v=Ze1gR6nAo8T",
    5: "https://www.youtube.com/watch?v=Lp3sVw0Kd9E",
}
T = {
    1: "https://t.me/white_powder_market/2211",
    2: "https://t.me/white_powder_market/2234",
    3: "https://t.me/ice_delivery_seoul/87",
    4: "https://t.me/leak_room_kr/5120",
    5: "https://t.me/leak_room_kr/5133",
}
N = {
    1: "https://blog.naver.com/hanbit_pharm/223561104412",
    2: "https://blog.naver.com/hanbit_pharm/223561109987",
    3: "https://cafe.naver.com/diet_secret_club/15530",
    4: "https://cafe.naver.com/diet_secret_club/15582",
    5: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70109&docId=471235566",
}
K2_RAW = "https://moonbit-review.tistory.com/entry/후기-모음"
K = {
    1: "https://cafe.daum.net/sosik_nara/Fq2x/1042",
    2: "https://moonbit-review.tistory.com/entry/%ED%9B%84%EA%B8%B0-%EB%AA%A8%EC%9D%8C",
    3: "https://cafe.daum.net/sosik_nara/Fq2x/1077",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message id, note, urls
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "gambling", "req-240909-01", "unlicensed betting promotion, 6 accounts",
     [X[i] for i in range(1, 13)]),
    ("KCSC-240910-02", "youtube", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", "req-240910-02", "", [Y[1], Y[2], Y[3], Y[4]]),
    ("KCSC-240911-03", "telegram", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "drugs", "req-240911-03", "two channels", [T[1], T[2], T[3]]),
    ("KCSC-240911-04", "naver", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "medicine", "req-240911-04", "unapproved diet pills", [N[1], N[2], N[3], N[4], N[5]]),
    ("KCSC-240912-05", "kakao", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "defamation", "req-240912-05", "Daum cafe and Tistory", [K[1], K[2], K[3]]),
    ("KCSC-240913-06", "youtube", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "privacy", "req-240913-06", "", [Y[5]]),
    ("KCSC-240913-07", "telegram", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "obscenity", "req-240913-07", "non-consensual images", [T[4], T[5]]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = ["Dear Sir or Madam,", "",
             f"Under reference {ref} the Korea Communications Standards Commission asks you",
             "to remove or block access to the following content, which breaches Korean law:", ""]
    lines += [f"{n}. {u}" for n, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the action taken for each item.", "", "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def enc_subject(text):
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(name="x-withheld-removed-notfound-one-sentence",
     **{"from": "legalrequests@x.com"}, date="Tue, 10 Sep 2024 16:41:12 +0900",
     subject="Re: KCSC-240909-01 - Request regarding gambling promotion",
     reply_to_req="req-240909-01",
     body=f"""
Hello,

Thank you for your report dated 9 September 2024 (your reference
KCSC-240909-01, our case 0456-1182-KR).

Following our review, we have withheld {X[1]} in South Korea, removed {X[2]} for violating our rules on illegal or certain regulated goods, and were unable to locate {X[3]}, which may have been deleted before we reviewed your report.

We are continuing to look at the remaining posts in your request and will
follow up separately.

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email with several results in one sentence",
     why="one sentence carries three statuses; the hedge sits in a relative clause about the not-found post, its main clause is definite",
     items={X[1]: "restricted", X[2]: "removed", X[3]: "not_found", X[4]: "pending"})

case(name="x-no-violation-then-withheld",
     **{"from": "legalrequests@x.com"}, date="Wed, 11 Sep 2024 09:12:40 +0900",
     subject="Re: KCSC-240909-01 - Request regarding gambling promotion",
     reply_to_req="req-240909-01",
     body=f"""
Hi,

We've reviewed two of the posts you reported in KCSC-240909-01.

{X[3]} - we did not find this post to be in violation of the X Rules, and
we have not been able to establish that it is unlawful in South Korea. We
are therefore not taking any action on it.

{X[4]} - this post has been withheld in South Korea in response to your
request. It remains visible elsewhere.

If you have further legal analysis about the first post, you are welcome to
reply to this email.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal team reply declining one post and withholding another",
     why="a refusal with its reason (no violation, not shown unlawful) next to a country withholding; the invitation to send more is optional",
     items={X[3]: "rejected", X[4]: "restricted"})

case(name="tg-correction-after-list",
     **{"from": "abuse@telegram.org"}, date="Thu, 12 Sep 2024 02:15:33 +0000",
     subject="Re: [KCSC-240911-03] Removal request",
     reply_to_req="req-240911-03",
     body=f"""
Hello,

The following messages have been blocked on Telegram for the sale of
illegal drugs:
{T[1]}
{T[2]}

Correction to the above: our moderator log shows that {T[2]} had already
been deleted by the channel administrator before we reached it, so nothing
was blocked there by us. Only {T[1]} was blocked by Telegram.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply with a correction paragraph",
     why="the later paragraph revises the list: 2234 was already deleted by its author (not_found), 2211 blocked",
     items={T[1]: "removed", T[2]: "not_found", T[3]: "pending"})

case(name="yt-hedges-in-relative-clauses",
     **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Wed, 11 Sep 2024 18:03:09 +0900",
     subject="Re: [KCSC-240910-02] Legal removal request",
     reply_to_req="req-240910-02",
     body=f"""
Hello,

Thank you for your notice about the content listed in KCSC-240910-02.

The video {Y[1]}, which may also have been re-uploaded by other channels, has been removed from YouTube for violating our policy on the sale of illegal or regulated goods. This action covers only the URL you reported.

Regarding {Y[2]}, which appears to have been made private by its uploader, we have not taken action at this time.

Kind regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal support outcome email",
     why="hedge in a relative clause does not weaken the main 'has been removed'; for the second video only a hedge and 'not at this time' (no reason), so it stays pending",
     items={Y[1]: "removed", Y[2]: "pending"})

case(name="naver-table-with-correction-note",
     **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
     date="Thu, 12 Sep 2024 14:20:00 +0900",
     subject="[NAVER] 게시물 조치 결과 안내 (KCSC-240911-04)",
     reply_to_req="req-240911-04", type="html",
     body=f"""
<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240911-04)에 대한 처리 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>게시중단</td><td>의약품 불법 판매</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>게시중단</td><td>의약품 불법 판매</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>임시조치</td><td>-</td></tr>
</table>
<p>※ 정정 안내: 위 표 3번 게시물({N[3]})은 확인 결과 임시조치 대상이 아니라 작성자가 이미 삭제한 게시물이며, 당사에서 별도 조치한 사항은 없습니다. 혼선을 드려 죄송합니다.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 시정요구 조치결과 table with a 정정 (correction) note",
     why="the note explicitly corrects row 3 of the table: already deleted by its author, so not_found; rows 1-2 게시중단",
     items={N[1]: "removed", N[2]: "removed", N[3]: "not_found"})

CSV_ATT = "\n".join([
    "post_url,outcome,scope,policy",
    f"{X[5]},Withheld,KR,Local law - illegal gambling",
    f"{X[6]},Removed,Global,Illegal or certain regulated goods",
    f"{X[7]},No action,-,No violation found",
    f"{X[8]},Not found,-,Post does not exist",
]) + "\n"
case(name="x-csv-attachment-four-outcomes",
     **{"from": "legalrequests@x.com"}, date="Fri, 13 Sep 2024 11:30:52 +0900",
     subject="KCSC-240909-01: outcome file",
     reply_to_req="req-240909-01",
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xout_5521"

--=_xout_5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the posts in KCSC-240909-01 that we
have completed so far. Posts marked "No action" were reviewed against the
X Rules and Korean law and will stay available.

X Legal

--=_xout_5521
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--=_xout_5521--
""",
     outcome="applied", classification="confirmation",
     imitates="X legal outcome spreadsheet sent as a CSV attachment",
     why="one status per row: withheld KR, removed, no action (no violation), not found",
     items={X[5]: "restricted", X[6]: "removed", X[7]: "rejected", X[8]: "not_found"})

case(name="tg-status-line-above-url",
     **{"from": "abuse@telegram.org"}, date="Fri, 13 Sep 2024 07:48:10 +0000",
     subject="Re: [KCSC-240911-03] Removal request",
     reply_to_req="req-240911-03",
     body=f"""
Hi,

Re: KCSC-240911-03

Blocked for distribution of illegal drugs:
{T[3]}

No action, the message could not be found:
{T[2]}

Best,
Telegram Moderation
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram moderation reply, status as a heading line above each link",
     why="each status line ends in ':' and governs the URL on the line below",
     items={T[3]: "removed", T[2]: "not_found", T[1]: "pending"})

case(name="yt-url-then-status-line",
     **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 15:02:44 +0900",
     subject="Outcome of your request KCSC-240910-02",
     reply_to_req="req-240910-02",
     body=f"""
Hello,

Here is the outcome of our review for KCSC-240910-02:

{Y[1]}
Status: Removed - violates Community Guidelines (sale of illegal or regulated goods)

{Y[3]}
Status: Age-restricted

{Y[4]}
Status: No action taken - we did not find a violation of our Community Guidelines or local law

Learn more about our policies: https://support.google.com/youtube/answer/9900417

The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome list: bare URL, status on the next line",
     why="status belongs to the URL above it; the support.google.com policy link is not an item",
     items={Y[1]: "removed", Y[3]: "restricted", Y[4]: "rejected", Y[2]: "pending"})

case(name="kakao-mixed-korean-sentence",
     **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
     date="Fri, 13 Sep 2024 10:15:00 +0900",
     subject="[Daum 카페] 게시물 조치 결과 회신 (KCSC-240912-05)",
     reply_to_req="req-240912-05",
     body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240912-05)에 대한 검토 결과를 알려드립니다.

요청하신 게시물 중 {K[1]} 는 게시중단 처리하였으나, {K[3]} 은 특정인을 식별할 수 있는 내용으로 보기 어려워 별도 조치를 하지 않았습니다.

나머지 1건은 확인 후 따로 회신드리겠습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao (Daum cafe) 권리침해 신고 처리 결과 회신",
     why="one Korean sentence: 1042 게시중단 (removed), 1077 no action with a reason (rejected); the third item is only promised",
     items={K[1]: "removed", K[3]: "rejected", K[2]: "pending"})

case(name="kakao-tistory-raw-korean-path",
     **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
     date="Fri, 13 Sep 2024 17:40:21 +0900",
     subject="[티스토리] 요청 게시물 처리 안내",
     body=f"""
안녕하세요. 카카오 티스토리 운영팀입니다.

요청번호 KCSC-240912-05 관련하여,
{K2_RAW} 에 대하여 명예훼손 소지가 있어 블라인드 처리를 완료하였습니다.

블라인드 처리된 글은 작성자 본인 외에는 열람할 수 없습니다.

티스토리 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Tistory 블라인드 처리 안내",
     why="raw Korean path matches the percent-encoded request URL; 블라인드 is removed",
     items={K[2]: "removed"})

QP_BODY = f"""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240911-04 요청 건의 처리 결과를 안내드립니다.

- {N[1]} : 블라인드 처리
- {N[2]} : 임시조치(30일)
- {N[5]} : 게시중단

임시조치된 게시물은 30일이 지나도록 게시자의 재게시 요청이 없으면 삭제됩니다.

네이버 정책지원팀 드림
"""
case(name="naver-qp-list-three-statuses",
     **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
     date="Fri, 13 Sep 2024 16:05:00 +0900",
     subject=enc_subject("[NAVER] 조치 결과 안내 (KCSC-240911-04)"),
     reply_to_req="req-240911-04",
     raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 조치 결과 안내, quoted-printable Korean list",
     why="블라인드 -> removed, 임시조치 -> restricted, 게시중단 -> removed; the closing sentence about later deletion is a general rule, not a statement",
     items={N[1]: "removed", N[2]: "restricted", N[5]: "removed"})

case(name="x-top-posted-over-quoted-request",
     **{"from": "dana.kwon@x.com"}, name_from="Dana Kwon",
     date="Tue, 10 Sep 2024 21:14:02 +0900",
     subject="Re: KCSC-240909-01 - Request regarding gambling promotion",
     reply_to_req="req-240909-01",
     body=f"""
Hello KCSC team,

Quick update: {X[7]} and {X[8]} have both been withheld in South Korea.

Thanks,
Dana
X Legal Operations

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240909-01", [X[i] for i in range(1, 13)])}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted reply by an X legal staff member",
     why="two posts withheld in one sentence; the quoted request below carries no statement",
     items={X[7]: "restricted", X[8]: "restricted", X[1]: "pending", X[12]: "pending"})

case(name="tg-takedown-and-refusal",
     **{"from": "abuse@telegram.org"}, date="Sat, 14 Sep 2024 05:20:19 +0000",
     subject="Re: [KCSC-240913-07] Removal request",
     reply_to_req="req-240913-07",
     body=f"""
Hello,

We have taken down {T[4]} for sharing private images without consent.

We will not take down {T[5]}. That post is a link to a news article with a blurred thumbnail and does not break Telegram's Terms of Service.

- Telegram Abuse
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply with one takedown and one refusal",
     why="'will not take down' with a reason is a refusal now, not a promise: rejected",
     items={T[4]: "removed", T[5]: "rejected"})

case(name="yt-one-item-request-no-url",
     **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 11:11:11 +0900",
     subject="Re: [KCSC-240913-06] Privacy complaint",
     reply_to_req="req-240913-06",
     body="""
Hello,

In response to your request KCSC-240913-06, we have removed the reported
video from YouTube under our privacy guidelines.

Regards,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube privacy complaint outcome",
     why="definite statement naming no URL for a request of one item: applies to that item",
     items={Y[5]: "removed"})

case(name="x-html-table-four-rows",
     **{"from": "legalrequests@x.com"}, date="Mon, 16 Sep 2024 10:02:30 +0900",
     subject="KCSC-240909-01 - remaining posts",
     reply_to_req="req-240909-01", type="html",
     body=f"""
<html><body>
<p>Hello,</p>
<p>Below is the outcome for the remaining posts in your request KCSC-240909-01.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Post</th><th>Action</th><th>Details</th></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld</td><td>South Korea (local law)</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Removed</td><td>Violation of the X Rules</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>No action</td><td>Does not violate the X Rules or local law</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>Unavailable</td><td>Deleted by the account holder before our review</td></tr>
</table>
<p>For more on country withheld content see <a href="https://help.x.com/en/rules-and-policies/withheld-content-7731">our help page</a>.</p>
<p>X Legal</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="X legal outcome as an HTML table",
     why="status by column position per row; the help page link is not an item",
     items={X[9]: "restricted", X[10]: "removed", X[11]: "rejected", X[12]: "not_found"})

case(name="naver-gmail-quote-korean",
     **{"from": "help@naver.com"}, name_from="NAVER 고객센터",
     date="Thu, 12 Sep 2024 09:44:18 +0900",
     subject="Re: [KCSC-240911-04] 시정요구",
     reply_to_req="req-240911-04",
     body=f"""
담당자님 안녕하세요.

요청하신 건 중 두 건을 먼저 회신드립니다.
{N[4]} → 카페 운영원칙 위반으로 게시중단 완료
{N[5]} → 이미 작성자가 삭제하여 존재하지 않는 게시물입니다.

네이버 고객센터 드림

2024년 9월 11일 (수) 오후 3:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240911-04", [N[i] for i in range(1, 6)])}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 reply over a Gmail Korean quote",
     why="arrow lines: 15582 게시중단 (removed), kin question deleted by its author (not_found); quoted list carries nothing",
     items={N[4]: "removed", N[5]: "not_found", N[1]: "pending"})

B64_BODY = f"""Hello,

We've completed our review of two videos from your request KCSC-240910-02.

- {Y[2]} has been removed for violating our Community Guidelines.
- {Y[4]} has been restricted in South Korea based on local law. It remains available in other countries.

The YouTube Legal Support Team
"""
case(name="yt-base64-removed-and-local-block",
     **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Mon, 16 Sep 2024 13:27:05 +0900",
     subject="Update on KCSC-240910-02",
     reply_to_req="req-240910-02",
     raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(B64_BODY)}
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal update, base64 body",
     why="removed globally vs restricted in South Korea only",
     items={Y[2]: "removed", Y[4]: "restricted"})

case(name="tg-first-left-up-then-blocked",
     **{"from": "abuse@telegram.org"}, date="Sat, 14 Sep 2024 09:03:44 +0000",
     subject="Re: [KCSC-240911-03] Removal request - follow-up",
     reply_to_req="req-240911-03",
     body=f"""
Hi,

About {T[3]} from your request KCSC-240911-03: our first review did not find a violation and we initially left the channel up. After the additional evidence you sent on 13 September the moderators looked again, and the channel has now been blocked in full, including this post.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram follow-up after a second review",
     why="the earlier 'did not find a violation' is history; the later sentence states the current status: blocked",
     items={T[3]: "removed"})

case(name="x-disregard-line-above",
     **{"from": "legalrequests@x.com"}, date="Tue, 17 Sep 2024 08:55:17 +0900",
     subject="KCSC-240909-01 status",
     reply_to_req="req-240909-01",
     body=f"""
Hello,

Status for {X[12]}: withheld in South Korea.

Please disregard the line above; it was generated before our legal review
was finished. The post has been removed globally for violating the X Rules
and is no longer available in any country.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal status email with a template line corrected by hand",
     why="the later sentence retracts the withheld line: removed",
     items={X[12]: "removed"})

case(name="yt-decision-notice-age-restriction",
     **{"from": "no-reply@youtube.com"}, name_from="YouTube",
     date="Thu, 12 Sep 2024 20:31:00 +0900",
     subject="Decision on your report - KCSC-240910-02",
     body=f"""
Decision notice

Content: {Y[3]}
Decision: Age restriction applied. Viewers must be signed in and 18 or older to watch this Short.
Ground: Community Guidelines - harmful or dangerous content
Automated detection used: No
Date of decision: 12 September 2024

Read about age-restricted content: https://support.google.com/youtube/answer/9911024
If you disagree with this decision you can learn about your options here:
https://support.google.com/youtube/answer/9911187

YouTube
""",
     outcome="applied", classification="confirmation",
     imitates="statement-of-reasons style decision notice (DSA Art. 17 layout)",
     why="age restriction is restricted; help and appeal links are not items",
     items={Y[3]: "restricted"})

case(name="tg-echoed-report-blocks",
     **{"from": "abuse@telegram.org"}, date="Mon, 16 Sep 2024 03:40:00 +0000",
     subject="Your reports: outcome",
     body=f"""
Hello,

Below are the reports you submitted and what we did.

Reported link: {T[4]}
Reason given: non-consensual intimate images
Result: Removed

Reported link: {T[5]}
Reason given: non-consensual intimate images
Result: Not found. The message does not exist or has been deleted.

Reference: KCSC-240913-07
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram report outcome that echoes each submitted report",
     why="each echoed block ends in its own Result line",
     items={T[4]: "removed", T[5]: "not_found"})

case(name="kakao-outlook-original-message",
     **{"from": "policy.team@kakaocorp.com"}, name_from="Kakao Policy",
     date="Wed, 18 Sep 2024 10:22:41 +0900",
     subject="RE: [KCSC-240912-05] 시정요구",
     reply_to_req="req-240912-05",
     body=f"""
안녕하세요. 카카오 정책팀입니다.

KCSC-240912-05 건 처리 결과입니다.
1) {K[1]} : 임시조치(30일) 처리하였습니다.
2) {K[2]} : 권리침해 여부를 판단하기 어려워 게시를 유지합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 11:00 AM
To: safety@kakaocorp.com
Subject: [KCSC-240912-05] 시정요구

{quoted_request("KCSC-240912-05", [K[1], K[2], K[3]], prefix="")}
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao policy team reply in Outlook with the original request below",
     why="임시조치 -> restricted; 'hard to judge, so the post stays up' is a refusal with its reason -> rejected; the original message below is quoted",
     items={K[1]: "restricted", K[2]: "rejected", K[3]: "pending"})

case(name="x-angle-brackets-wrapped",
     **{"from": "legalrequests@x.com"}, date="Wed, 18 Sep 2024 16:09:55 +0900",
     subject="Re: KCSC-240909-01",
     reply_to_req="req-240909-01",
     body=f"""
Hello,

Regarding KCSC-240909-01, the following post has been removed for
violating our rules: <https://x.com/bet_moa_official/status/
1832610000111222305>.

The post <{X[6]}> has
been withheld in South Korea.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="plain-text X legal reply wrapped at 72 columns, URLs in angle brackets",
     why="an angle-bracketed URL wrapped across two lines is still one URL (RFC 3986 App. C); removed and withheld",
     items={X[5]: "removed", X[6]: "restricted"})

case(name="naver-fullwidth-punctuation",
     **{"from": "cafe_support@navercorp.com"}, name_from="NAVER Cafe",
     date="Sat, 14 Sep 2024 13:50:00 +0900",
     subject="[네이버 카페] 신고 게시물 처리 결과 (KCSC-240911-04)",
     body=f"""
안녕하세요. 네이버 카페 운영지원입니다.

요청하신 게시물（{N[4]}）은 카페 이용약관 위반으로 삭제되었습니다.
또한 {N[3]}、해당 글은 작성자가 먼저 삭제한 글로 확인됩니다.

네이버 카페 운영지원 드림
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe 신고 처리 결과 with full-width brackets",
     why="full-width brackets and comma end the URLs; 삭제 -> removed, deleted by its author -> not_found",
     items={N[4]: "removed", N[3]: "not_found"})

case(name="tg-ack-plus-statement",
     **{"from": "abuse@telegram.org"}, date="Sun, 15 Sep 2024 01:12:09 +0000",
     subject="Your report has been received [Case #2024091500731]",
     body=f"""
Thank you for your report. Case #2024091500731 has been created for
KCSC-240911-03.

Our moderators have already acted on it: {T[1]} and {T[2]} have been
blocked for the sale of illegal drugs.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram ticket receipt that already carries the result",
     why="acknowledgement phrasing plus unhedged statements is a confirmation",
     items={T[1]: "removed", T[2]: "removed"})

# ================================================================ REVIEW

case(name="x-promise-withheld-after-review",
     **{"from": "legalrequests@x.com"}, date="Tue, 10 Sep 2024 12:00:40 +0900",
     subject="Re: KCSC-240909-01 - Request regarding gambling promotion",
     reply_to_req="req-240909-01",
     body=f"""
Hello,

Thanks for your report KCSC-240909-01. The posts {X[9]} and {X[10]} will
be withheld in South Korea once our legal team completes its review, which
usually takes 5-7 business days.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal interim reply promising withholding",
     why="'will be withheld once ... completes' is a promise: nothing applied",
     items={X[9]: "pending", X[10]: "pending"})

case(name="yt-may-already-be-down",
     **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Wed, 11 Sep 2024 10:14:27 +0900",
     subject="Re: [KCSC-240910-02] Legal removal request",
     reply_to_req="req-240910-02",
     body=f"""
Hi,

It looks like {Y[2]} may already have been taken down by the uploader.
We're checking with the relevant team and will confirm once we know more.

YouTube Legal Support
""",
     outcome="review", review="not_understood",
     imitates="YouTube legal support interim reply",
     why="'may already have been taken down' is a hedge; nothing definite",
     items={Y[2]: "pending"})

case(name="naver-all-posts-removed-bulk",
     **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
     date="Fri, 13 Sep 2024 09:30:00 +0900",
     subject="[NAVER] 시정요구 처리 완료 (KCSC-240911-04)",
     reply_to_req="req-240911-04",
     body="""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 KCSC-240911-04 건의 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="NAVER 시정요구 처리 완료 one-liner",
     why="'all posts of the request' for a request of five items names none of them",
     items={N[1]: "pending", N[3]: "pending", N[5]: "pending"})

case(name="x-auth-fail-removed",
     **{"from": "legal@x.com"}, auth="fail", date="Wed, 11 Sep 2024 03:12:00 +0900",
     subject="Re: KCSC-240909-01 completed",
     body=f"""
Dear KCSC,

Your request KCSC-240909-01 has been processed. The following posts were
removed:
{X[1]}
{X[2]}

X Legal
""",
     outcome="review", review="untrusted",
     imitates="X legal confirmation failing DMARC",
     why="x.com sender but DKIM/SPF/DMARC fail: statements not trusted",
     items={X[1]: "pending", X[2]: "pending"})

case(name="tg-lookalike-domain",
     **{"from": "support@telegram-abuse-desk.com"}, name_from="Telegram Support",
     date="Sun, 15 Sep 2024 22:45:10 +0900",
     subject="KCSC-240913-07 resolved",
     body=f"""
Hello,

Your request KCSC-240913-07 is resolved. {T[4]} has been removed from
Telegram. For faster handling of future reports, use our new portal.

Telegram Support
""",
     outcome="review", review="unknown_sender",
     imitates="third-party 'Telegram support' lookalike domain",
     why="domain is not a Telegram sender domain",
     items={T[4]: "pending"})

case(name="yt-table-contradicts-note",
     **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Tue, 17 Sep 2024 14:45:00 +0900",
     subject="Re: [KCSC-240913-06] Privacy complaint",
     reply_to_req="req-240913-06", type="html",
     body=f"""
<html><body>
<p>Hello,</p>
<p>Please find the outcome of your request KCSC-240913-06 below.</p>
<table border="1" cellpadding="3">
<tr><th>URL</th><th>Outcome</th><th>Policy</th></tr>
<tr><td>{Y[5]}</td><td>Removed</td><td>Privacy</td></tr>
</table>
<p>Note: the video at {Y[5]} remains available on YouTube, as the person shown is a public official speaking at a public event and the video does not violate our privacy guidelines.</p>
<p>The YouTube Legal Support Team</p>
</body></html>
""",
     outcome="review", review="conflicting_statements",
     imitates="YouTube legal outcome table whose note says the opposite",
     why="table says Removed, note says it stays up and does not violate; no sign which is the correction",
     items={Y[5]: "pending"})

case(name="x-conditional-counter-notice",
     **{"from": "legalrequests@x.com"}, date="Thu, 12 Sep 2024 17:20:00 +0900",
     subject="Re: KCSC-240909-01",
     reply_to_req="req-240909-01",
     body=f"""
Hello,

We have notified the account holder of {X[11]}. If they do not respond
with a counter-notice within 14 days, the post will be withheld in South
Korea. Until then it stays visible while the notice period runs.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal notice about a pending counter-notice period",
     why="a condition and a promise; 'stays visible until then' is not a refusal",
     items={X[11]: "pending"})

case(name="kakao-address-change-no-claims",
     **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
     date="Mon, 16 Sep 2024 09:00:00 +0900",
     subject="[안내] 카카오 권리침해신고 담당 메일 주소 변경",
     body="""
안녕하세요, 카카오 권리침해신고센터입니다.

2024년 10월 1일부터 기관 요청 접수 주소가 변경됩니다. 이후 요청은 새 접수 창구로 보내 주시기 바랍니다.
변경 전까지 접수된 건은 기존과 같이 처리됩니다.

감사합니다.
""",
     outcome="review", review="no_claims",
     imitates="Kakao operational notice (address change)",
     why="trusted platform mail naming no item and no request",
     items={})

case(name="naver-says-daum-post-not-theirs",
     **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
     date="Fri, 13 Sep 2024 11:10:00 +0900",
     subject="[NAVER] 요청 게시물 확인 결과",
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

보내주신 목록 중 {K[1]} 은(는) 당사 서비스의 게시물이 아니어서 네이버에서는 존재하지 않는 게시물로 확인됩니다.
해당 서비스 운영사에 직접 요청해 주시기 바랍니다.
""",
     outcome="review", review="wrong_platform",
     imitates="NAVER reply about a URL of another portal",
     why="NAVER states a not-found status for a Kakao (Daum cafe) item",
     items={K[1]: "pending"})

case(name="tg-statuses-by-position",
     **{"from": "abuse@telegram.org"}, date="Thu, 12 Sep 2024 11:02:56 +0000",
     subject="Re: [KCSC-240911-03] Removal request",
     reply_to_req="req-240911-03",
     body=f"""
Hello,

Of the three links you sent, the first two were blocked. The third one no
longer exists.

Telegram Abuse

On Wed, 11 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240911-03", [T[1], T[2], T[3]])}
""",
     # (Changed openly after the first run, by the lead: a place in our own
     # quoted, numbered request names that item, as in blind90, blind168,
     # blind288 and blind966; see NOTES.md. First written as review, bulk,
     # every item pending.)
     outcome="applied", classification="confirmation",
     imitates="Telegram short reply referring to links by their order",
     why="the first two links of our quoted, numbered request blocked, the third gone",
     items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"})

case(name="naver-asks-documents",
     **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
     date="Thu, 12 Sep 2024 16:40:00 +0900",
     subject="[NAVER] 추가 자료 요청 (KCSC-240911-04)",
     reply_to_req="req-240911-04",
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

아래 게시물은 게시중단 여부 검토를 위해 식약처 판단 자료 등 위법성 소명자료가 추가로 필요합니다.
{N[1]}
{N[2]}

자료를 회신해 주시면 검토 후 조치 결과를 안내드리겠습니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER 소명자료 요청",
     why="asks the regulator for documents before deciding",
     items={N[1]: "pending", N[2]: "pending"})

case(name="yt-under-review-relative-clause",
     **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Thu, 12 Sep 2024 09:05:00 +0900",
     subject="Re: [KCSC-240910-02] Legal removal request",
     reply_to_req="req-240910-02",
     body=f"""
Hello,

The Short {Y[3]}, which has been limited from recommendations while we look
into it, remains under review by our legal team. We will write to you once
a decision has been made.

YouTube Legal Support
""",
     outcome="review", review="not_understood",
     imitates="YouTube legal interim reply",
     why="main clause is 'remains under review'; the relative clause about recommendations is not a country or age restriction",
     items={Y[3]: "pending"})

# ================================================================ IGNORED

case(name="x-out-of-office",
     **{"from": "j.morrow@x.com"}, name_from="Jamie Morrow",
     date="Mon, 09 Sep 2024 10:00:31 +0900",
     subject="Automatic reply: [KCSC-240909-01] Request regarding gambling promotion",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     reply_to_req="req-240909-01",
     body="""
I am out of the office until 23 September with limited access to email.
Legal requests are handled by the team at legal@x.com in my absence.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office automatic reply",
     why="out-of-office auto-reply",
     items={})

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240913-07 overdue
Message-ID: <rem-240913-07-1@kcsc.example>
Date: Thu, 19 Sep 2024 09:00:00 +0900
Content-Type: text/plain; charset=utf-8

Dear Telegram,

Our request KCSC-240913-07 is overdue. Still pending:
{T[4]}
{T[5]}
"""
case(name="dsn-reminder-expired",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
     auth="none", date="Thu, 19 Sep 2024 09:10:02 +0900",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.4Kx2"

--dsn.4Kx2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mx1.telegram.org[203.0.113.40] said: 550 5.1.1
    mailbox unavailable (in reply to RCPT TO command)

--dsn.4Kx2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 09:00:00 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--dsn.4Kx2
Content-Type: message/rfc822

{DSN_ORIG}
--dsn.4Kx2--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix non-delivery report (RFC 3464)",
     why="bounce of our own reminder; the URLs are in the returned message",
     items={T[4]: "pending", T[5]: "pending"})

case(name="naver-read-receipt",
     **{"from": "seoyeon.kim@navercorp.com"}, name_from="Kim Seoyeon",
     date="Wed, 11 Sep 2024 15:31:07 +0900",
     subject="읽음: [KCSC-240911-04] 시정요구",
     raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_77aa"

--mdn_77aa
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240911-04] 시정요구"를 수신자가 2024-09-11 15:31에 읽었습니다.

--mdn_77aa
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; seoyeon.kim@navercorp.com
Original-Message-ID: <req-240911-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_77aa--
""",
     outcome="ignored", classification="read_receipt",
     imitates="NAVER WORKS read receipt (RFC 8098 MDN)",
     why="read receipt",
     items={})

case(name="yt-case-receipt",
     **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 10:00:48 +0900",
     subject="[4-8123000005561] We've received your request",
     reply_to_req="req-240913-06",
     body="""
Hello,

Thanks for contacting YouTube Legal Support. This message confirms that we
have received your request (your reference KCSC-240913-06). Your case number
is 4-8123000005561. Please keep this number in the subject line of any
further correspondence.

We will review your request and get back to you.

YouTube Legal Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal support case-creation receipt",
     why="pure receipt with a case number and a promise",
     items={})

case(name="kakao-chuseok-auto-reply",
     **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
     date="Sat, 14 Sep 2024 10:02:40 +0900",
     subject="[자동응답] 추석 연휴 휴무 안내",
     extra_headers=["Auto-Submitted: auto-replied"],
     reply_to_req="req-240912-05",
     body="""
안녕하세요, 카카오 권리침해신고센터입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 업무를 쉽니다.
보내주신 메일은 연휴 이후 순차적으로 확인하겠습니다.

본 메일은 발신 전용 자동응답입니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean holiday auto-reply",
     why="holiday auto-reply to our request mail",
     items={})

case(name="x-case-number-receipt",
     **{"from": "legalrequests@x.com"}, date="Mon, 09 Sep 2024 10:02:15 +0900",
     subject="Case# 0432187765: Legal request received",
     reply_to_req="req-240909-01",
     body="""
Hello,

We have received your report (KCSC-240909-01). Case number 0432187765 has
been assigned to it. We'll review the reported posts and let you know if we
take action.

Please do not reply to this message.

X Legal
""",
     outcome="ignored", classification="acknowledgement",
     imitates="X legal request intake receipt",
     why="pure receipt: case number and a promise to review",
     items={})


HEADER = """# Blind set 978 (focus: what a program gets wrong), written by make.py.
# Expected results written from each email's meaning before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
