#!/usr/bin/env python3
"""Blind set 383 (Korean-language replies): NAVER, Kakao/Daum/Tistory,
YouTube Korea, DC Inside and BAND, writing 공문-style answers, 임시조치
notices, 시정요구 조치결과 tables and informal operator replies.

    python3 tests/corpus/blind383/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before the reader
was ever run on them; every name, id and URL is fictional.
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

SET = "blind383"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240910-04",
    "KCSC-240911-05", "KCSC-240912-06", "KCSC-240913-07",
)
MSGID = {
    R1: "kcsc-240903-01.a1f3", R2: "kcsc-240905-02.b27c", R3: "kcsc-240909-03.c9d0",
    R4: "kcsc-240910-04.d114", R5: "kcsc-240911-05.e5a8", R6: "kcsc-240912-06.f0b2",
    R7: "kcsc-240913-07.0c3e",
}

N1 = "https://blog.naver.com/moonlit_deal77/223567001234"
N2 = "https://blog.naver.com/moonlit_deal77/223567001298"
N3 = "https://cafe.naver.com/greenmarket24/88121"
N4 = "https://cafe.naver.com/greenmarket24/88140"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230055"
N6 = "https://blog.naver.com/pinebridge_02/223570114455"
N7 = "https://cafe.naver.com/nightowlzone/5521"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38810022&memberNo=51234567"
N9 = "https://blog.naver.com/harusori_k/223571200031"
N10 = "https://cafe.naver.com/nightowlzone/5537"
N11 = "https://m.blog.naver.com/silverkite88/223572009911"
N12 = "https://tv.naver.com/v/58120433"
K1 = "https://cafe.daum.net/bluewhale77/Ab3x/1042"
K2 = "https://cafe.daum.net/bluewhale77/Ab3x/1057"
K3 = "https://sunnyroom-log.tistory.com/entry/%EC%A4%91%EA%B3%A0%EA%B1%B0%EB%9E%98-%ED%9B%84%EA%B8%B0"
K3RAW = "https://sunnyroom-log.tistory.com/entry/중고거래-후기"
K4 = "https://cafe.daum.net/quietforest/9Xkp/311"
Y1 = "https://www.youtube.com/watch?v=Qm7rT2xLk9A"
Y2 = "https://www.youtube.com/shorts/Hf2kP0aXyT3"
Y3 = "https://www.youtube.com/@hanbyeol_tv_fake"
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981234"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981302"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=cointalk&no=771203"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=cointalk&no=771260"
D5 = "https://gall.dcinside.com/mini/board/view/?id=nightmarket&no=40312"
B1 = "https://band.us/band/81234567/post/1203"
B2 = "https://band.us/band/81234567/post/1219"
N13 = "https://blog.naver.com/dalbit_shop/223575550012"
K5 = "https://lamp-story.tistory.com/entry/%ED%9B%84%EA%B8%B0-%EB%AA%A8%EC%9D%8C"
K5RAW = "https://lamp-story.tistory.com/entry/후기-모음"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    (R1, "naver", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00", "illegal_trade",
     "시정요구 12건 (블로그·카페·지식iN·포스트·TV)",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]),
    (R2, "kakao", "2024-09-05T15:10:00+09:00", "2024-09-12T23:59:59+09:00", "defamation",
     "다음 카페 3건, 티스토리 1건", [K1, K2, K3, K4]),
    (R3, "youtube", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00", "illegal_gambling",
     "동영상 2건, 채널 1건", [Y1, Y2, Y3]),
    (R4, "dcinside", "2024-09-10T11:00:00+09:00", "2024-09-17T23:59:59+09:00", "privacy",
     "갤러리 게시물 5건", [D1, D2, D3, D4, D5]),
    (R5, "band", "2024-09-11T16:20:00+09:00", "2024-09-18T23:59:59+09:00", "illegal_trade",
     "밴드 게시글 2건", [B1, B2]),
    (R6, "naver", "2024-09-12T10:05:00+09:00", "2024-09-19T23:59:59+09:00", "obscene",
     "블로그 1건", [N13]),
    (R7, "kakao", "2024-09-13T14:00:00+09:00", "2024-09-20T23:59:59+09:00", "obscene",
     "티스토리 1건", [K5]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MSGID[ref] + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
DAYS = {3: "Tue", 4: "Wed", 5: "Thu", 6: "Fri", 7: "Sat", 8: "Sun", 9: "Mon", 10: "Tue",
        11: "Wed", 12: "Thu", 13: "Fri", 14: "Sat", 15: "Sun", 16: "Mon", 17: "Tue",
        18: "Wed", 19: "Thu"}


def d(day, hm):
    return f"{DAYS[day]}, {day} Sep 2024 {hm}:00 +0900"


def enc(s):
    """RFC 2047 B-encoding, as most Korean mailers write non-ASCII headers."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    data = text if isinstance(text, bytes) else text.strip("\n").encode("utf-8") + b"\n"
    return base64.encodebytes(data).decode("ascii")


REQUEST_QUOTE_R1 = "\n".join(f"> {i}. {u}" for i, u in enumerate(
    [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12], 1))

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
case(
    name="naver-gongmun-result-table",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문 '시정요구 조치결과 회신' with a plain-text result table (연번/URL/조치 결과/비고)",
    why="official reply listing all 12 items of the request with mixed results, one row each",
    **{"from": "right-notice@navercorp.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    date=d(6, "17:42"),
    subject=enc(f"[NAVER] 시정요구 조치결과 회신 (귀 위원회 {R1})"),
    reply_to_req=MSGID[R1],
    body=f"""
수    신 : 방송통신심의위원회 통신심의국장
참    조 : 불법정보 시정요구 담당자
제    목 : 시정요구 조치결과 회신 ({R1})

1. 귀 위원회의 발전을 기원합니다.
2. 2024. 9. 3.자 귀 위원회 시정요구({R1})에 대한 당사의 조치 결과를
   아래와 같이 회신합니다.

                                - 아    래 -

연번 | 대상 URL | 조치 결과 | 비고
---- | -------- | --------- | ----
1 | {N1} | 삭제 |
2 | {N2} | 삭제 |
3 | {N3} | 임시조치 | 접근 임시 차단(30일)
4 | {N4} | 임시조치 | 접근 임시 차단(30일)
5 | {N5} | 조치 불요 | 작성자 자진 삭제로 게시물 없음
6 | {N6} | 미조치 | 검토 결과 운영정책 위반 사항 없음
7 | {N7} | 블라인드 |
8 | {N8} | 비공개 처리 |
9 | {N9} | 삭제 |
10 | {N10} | 접근 제한 | 청소년 이용 제한 설정
11 | {N11} | 삭제 |
12 | {N12} | 삭제 | 동영상 재생 중단 후 삭제

3. 미조치 건(연번 6)에 대하여 추가 소명 자료가 있으시면 회신 바랍니다.  끝.

네이버 주식회사 정책지원실 권리보호팀
(13561) 경기도 성남시 분당구 정자일로 95 (가상 주소)
""",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "restricted", N5: "not_found",
           N6: "rejected", N7: "removed", N8: "removed", N9: "removed", N10: "restricted",
           N11: "removed", N12: "removed"},
)

case(
    name="naver-html-result-table",
    outcome="applied", classification="confirmation",
    imitates="NAVER HTML notice '게시중단 요청 처리 결과 안내' with a 번호/URL/처리결과/사유 table",
    why="HTML table of five items of the largest request; policy link is not an item",
    **{"from": "noreply-right@navercorp.com"},
    name_from=enc("NAVER 권리보호센터"),
    date=d(5, "11:08"),
    subject=enc(f"[네이버] 게시중단 요청 처리 결과 안내 - {R1}"),
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 건({R1}) 중 처리가 끝난 게시물의 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>처리결과</th><th>사유</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제</td><td>불법 거래 정보</td></tr>
<tr><td>2</td><td><a href="{N3}">{N3}</a></td><td>블라인드</td><td>카페 운영정책 위반</td></tr>
<tr><td>3</td><td><a href="{N6}">{N6}</a></td><td>유지</td><td>위반 사항이 확인되지 않음</td></tr>
<tr><td>4</td><td><a href="{N7}">{N7}</a></td><td>임시조치</td><td>권리침해 여부 판단 불가, 30일간 접근 차단</td></tr>
<tr><td>5</td><td><a href="{N12}">{N12}</a></td><td>삭제</td><td>불법 거래 정보</td></tr>
</table>
<p>나머지 게시물은 확인이 끝나는 대로 별도로 안내드리겠습니다.</p>
<p>운영정책은 <a href="https://policy.naver.com/policy/service_group.html">네이버 서비스 운영정책</a>에서 보실 수 있습니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>
""",
    items={N1: "removed", N3: "removed", N6: "rejected", N7: "restricted", N12: "removed"},
)

CSV1 = "\ufeffURL,처리결과,비고\n" + "\n".join([
    f"{N2},삭제,",
    f"{N4},게시중단,",
    f"\"{N5}\",게시물 없음,작성자가 이미 삭제",
    f"{N9},임시조치,30일",
    f"{N10},유지,운영원칙 위반 아님",
    f"{N11},블라인드,",
]) + "\n"
case(
    name="naver-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply with the results in an attached CSV (UTF-8 with BOM, as Excel writes it)",
    why="six items of the request, one result per CSV row",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(9, "14:15"),
    subject=enc(f"RE: [방송통신심의위원회] 시정요구 {R1}"),
    reply_to_req=MSGID[R1],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_8812_part"

--=_nv_8812_part
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

{R1} 건 가운데 6건의 처리 결과를 첨부 파일로 정리해 보내드립니다.
파일이 열리지 않으면 말씀해 주세요.

감사합니다.
정책지원팀 드림

--=_nv_8812_part
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(CSV1.encode("utf-8"))}
--=_nv_8812_part--
""",
    items={N2: "removed", N4: "removed", N5: "not_found", N9: "restricted", N10: "rejected",
           N11: "removed"},
)

case(
    name="naver-blog-blind-single",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog operations short notice: 게시물 블라인드 처리 안내",
    why="one-item request, the URL and 블라인드 처리 stated plainly",
    **{"from": "blog_help@naver.com"},
    name_from=enc("네이버 블로그"),
    date=d(13, "09:51"),
    subject=enc(f"[네이버 블로그] 요청하신 게시물 처리 안내 ({R6})"),
    body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.

방송통신심의위원회에서 요청하신 아래 게시물은 운영정책 위반이
확인되어 블라인드 처리하였습니다.

{N13}

블라인드 처리된 게시물은 작성자 본인 외에는 볼 수 없습니다.

네이버 블로그 드림
""",
    items={N13: "removed"},
)

case(
    name="naver-sole-author-deleted",
    outcome="applied", classification="confirmation",
    imitates="NAVER operator reply in thread: 작성자 자진 삭제로 게시물이 존재하지 않음",
    why="reply in the thread of a one-item request, no URL: the post was already deleted by its author",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(12, "16:30"),
    subject=enc(f"Re: [{R6}] 게시물 삭제 요청"),
    reply_to_req=MSGID[R6],
    body=f"""
안녕하세요, 네이버 정책지원팀 박서윤입니다.

요청하신 건 확인해 보았는데, 해당 게시물은 작성자가 이미 직접 삭제하여
현재 존재하지 않습니다. 따라서 당사에서 별도로 조치할 사항은 없습니다.

박서윤 드림

2024년 9월 12일 (목) 오전 10:05, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
> 아래 게시물의 삭제를 요청합니다. (참조: {R6})
> {N13}
> 처리 결과를 회신하여 주시기 바랍니다.
""",
    items={N13: "not_found"},
)

case(
    name="naver-kin-post-parenthesised",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN/포스트 operator prose reply with URLs in parentheses followed by particles",
    why="two items in prose: author-deleted question (not_found) and a post set private (removed)",
    **{"from": "kin_help@navercorp.com"},
    name_from=enc("네이버 지식iN 운영팀"),
    date=d(4, "15:02"),
    subject=enc(f"[{R1}] 지식iN·포스트 게시물 확인 결과"),
    body=f"""
안녕하세요. 네이버 지식iN·포스트 운영 담당입니다.

말씀하신 지식iN 질문({N5})은 작성자가 직접 삭제하여 더 이상 존재하지 않습니다.

네이버 포스트 게시물({N8})은 운영정책 위반으로 비공개 처리했습니다.

그 밖의 게시물은 블로그·카페 담당 부서에서 따로 회신드릴 예정입니다.
감사합니다.
""",
    items={N5: "not_found", N8: "removed"},
)

case(
    name="naver-cafe-top-posted-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe support top-posted reply over a Korean Gmail quote of the full request",
    why="two cafe posts restricted in the reply; the other ten URLs appear only in the quoted request",
    **{"from": "cafe_support@navercorp.com"},
    name_from=enc("네이버 카페 운영지원"),
    date=d(4, "10:12"),
    subject=enc(f"Re: [방송통신심의위원회] 불법정보 시정요구 ({R1})"),
    reply_to_req=MSGID[R1],
    body=f"""
안녕하세요, 네이버 카페 운영지원입니다.

요청하신 건 중 nightowlzone 카페의 아래 두 게시물은 임시조치했습니다.
- {N7}
- {N10}

나머지 게시물은 담당 부서에서 별도로 회신드릴 예정입니다.

2024년 9월 3일 (화) 오전 10:30, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
> 아래 정보가 정보통신망법상 불법정보에 해당하여 삭제를 요청합니다. ({R1})
>
{REQUEST_QUOTE_R1}
>
> 조치 결과를 9월 10일까지 회신하여 주십시오.
""",
    items={N7: "restricted", N10: "restricted", N1: "pending", N3: "pending", N12: "pending"},
)

case(
    name="naver-quoted-printable-prose",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff reply sent by an Outlook-style client as quoted-printable Korean text",
    why="quoted-printable body: one blog post deleted, one cafe post kept with a reason",
    **{"from": "jihun.lee@navercorp.com"},
    name_from=enc("이지훈"),
    date=d(10, "18:03"),
    subject=enc(f"RE: 시정요구 {R1} 관련 추가 회신"),
    raw_mime=f"""
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(f'''
안녕하세요, 네이버 정책지원팀 이지훈입니다.

{R1} 건 중 남아 있던 두 건 결과 알려드립니다.

harusori_k 블로그 게시물 {N9} 은 오늘 오후 삭제했습니다.

nightowlzone 카페 게시물 {N10} 은 검토한 결과 카페 운영원칙이나 관련 법령 위반으로 보기 어려워 게시를 유지하기로 했습니다.

이지훈 드림
''')}
""",
    items={N9: "removed", N10: "rejected"},
)

case(
    name="kakao-rights-center-numbered",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 reply listing each URL with '→ 결과' on the line below",
    why="all four items of the request, numbered, each with its result on the following line; one Tistory URL written with a raw Korean path",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d(9, "10:27"),
    subject=enc(f"[카카오] 게시물 조치 결과 회신 ({R2})"),
    reply_to_req=MSGID[R2],
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

귀 위원회에서 요청하신 게시물({R2})에 대한 처리 결과를 알려드립니다.

1. {K1}
   → 임시조치(30일) 완료
2. {K2}
   → 게시물 삭제
3. {K3RAW}
   → 게시물 삭제 (티스토리)
4. {K4}
   → 확인 불가: 이미 삭제되어 존재하지 않는 게시물입니다.

임시조치는 정보통신망법 제44조의2에 따른 조치입니다.
자세한 내용은 https://cs.kakao.com/helps?service=52 를 참고해 주세요.

카카오 권리침해신고센터 드림
""",
    items={K1: "restricted", K2: "removed", K3: "removed", K4: "not_found"},
)

case(
    name="tistory-raw-korean-angle",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations short reply with the post URL in angle brackets followed by a Korean particle",
    why="one-item request; raw Korean path in <...> then 은, deleted",
    **{"from": "tistory_help@kakaocorp.com"},
    name_from=enc("티스토리 운영팀"),
    date=d(14, "11:20"),
    subject=enc(f"[티스토리] 신고 게시물 처리 완료 안내 {R7}"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

신고해 주신 글 <{K5RAW}>은
이용약관 및 운영정책 위반이 확인되어 삭제 조치되었습니다.

블로그 운영자에게는 조치 사실을 안내하였습니다.
감사합니다.
""",
    items={K5: "removed"},
)

case(
    name="daum-cafe-temp-measure-html",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 '게시물 임시조치 안내' HTML notice with a bullet list of linked URLs",
    why="two Daum cafe posts under 임시조치 (restricted); the help page link is not an item",
    **{"from": "cafe_notice@daum.net"},
    name_from=enc("Daum 카페"),
    date=d(6, "13:45"),
    subject=enc(f"[Daum 카페] 게시물 임시조치 안내 ({R2})"),
    type="html",
    body=f"""
<html><body>
<div style="max-width:600px">
<h3>게시물 임시조치 안내</h3>
<p>안녕하세요, Daum 카페입니다.<br>
방송통신심의위원회의 요청({R2})에 따라 아래 게시물에 임시조치를 하였습니다.</p>
<ul>
<li><a href="{K1}">{K1}</a> : 임시조치</li>
<li><a href="{K2}">{K2}</a> : 임시조치</li>
</ul>
<p>임시조치된 게시물은 최대 30일 동안 다른 이용자가 볼 수 없습니다.
임시조치에 대한 안내는 <a href="https://cs.daum.net/faq/95/7580.html">고객센터 도움말</a>을 확인해 주세요.</p>
<p>Daum 카페 드림</p>
</div>
</body></html>
""",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="youtube-korea-legal-bullets",
    outcome="applied", classification="confirmation",
    imitates="YouTube 법무팀 Korean-language legal removal reply with per-URL outcomes (국가별 차단 / 가이드 위반 삭제 / 조치하지 않음)",
    why="three items with three different outcomes: KR restriction, removal, refusal with reason",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date=d(11, "08:33"),
    subject=enc(f"YouTube 법적 요청 처리 결과 [{R3}]"),
    body=f"""
안녕하세요.

방송통신심의위원회에서 제출하신 법적 요청({R3})을 검토하였으며, 결과는
다음과 같습니다.

• {Y1} — 대한민국 내에서 접근이 제한되었습니다.
• {Y2} — YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
• {Y3} — 검토 결과 커뮤니티 가이드나 현지 법률 위반이 확인되지
  않아 조치하지 않았습니다.

결정에 대해 추가로 제출하실 자료가 있으면 이 메일에 회신해 주세요.

YouTube 법무팀 드림
© 2024 Google LLC (가상 발신)
""",
    items={Y1: "restricted", Y2: "removed", Y3: "rejected"},
)

case(
    name="youtube-english-template-kr-block",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team English template: content blocked from view in South Korea; channel terminated",
    why="two videos geo-restricted in KR, the channel terminated",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal",
    date=d(12, "02:14"),
    subject=f"Re: Legal request {R3}",
    reply_to_req=MSGID[R3],
    body=f"""
Hello,

Thank you for your notice (your reference {R3}).

After review, we have blocked the following content from view in South
Korea in accordance with local law:

{Y1}
{Y2}

The channel {Y3} has been terminated for repeated violations of
YouTube's Terms of Service.

Regards,
The YouTube Legal Team
""",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="youtube-age-restriction-ko",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean notice: 연령 제한 적용 for one video, others still being reviewed",
    why="one video age-restricted (restricted); the other URLs are not named",
    **{"from": "youtube-noreply@youtube.com"},
    name_from="YouTube",
    date=d(10, "21:05"),
    subject=enc(f"요청하신 콘텐츠에 대한 업데이트 ({R3})"),
    body=f"""
안녕하세요.

제출하신 요청({R3})과 관련하여 아래 동영상에 연령 제한을 적용했습니다.
이제 로그인하지 않았거나 만 18세 미만인 사용자는 이 동영상을 볼 수 없습니다.

{Y2}

요청서의 다른 항목은 아직 검토하고 있습니다.

YouTube 팀
""",
    items={Y2: "restricted"},
)

case(
    name="dcinside-operator-informal",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 informal reply: bare URL, result on the next line",
    why="four of five posts with results on the line below; one already deleted by its writer",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d(11, "13:58"),
    subject=enc(f"RE: 게시물 삭제 요청 ({R4})"),
    reply_to_req=MSGID[R4],
    body=f"""
안녕하세요 디시인사이드입니다.
요청하신 게시물 확인 후 처리했습니다.

{D1}
삭제 완료

{D2}
삭제 완료

{D3}
작성자가 먼저 지운 글이라 확인이 안 됩니다

{D5}
삭제 완료 (작성 IP 차단 병행)

수고하세요.
""",
    items={D1: "removed", D2: "removed", D3: "not_found", D5: "removed"},
)

case(
    name="dcinside-statement-then-url",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 고객센터 reply: each statement sentence ('아래 게시물은 …') with its URL on the line below",
    why="one post deleted, one kept because it breaks no rule",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 고객센터"),
    date=d(12, "10:40"),
    subject=enc(f"[디시인사이드] {R4} 처리 결과"),
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

아래 게시물은 개인정보 노출이 확인되어 삭제 처리하였습니다.
{D4}

아래 게시물은 검토하였으나 삭제 사유에 해당하지 않아 그대로 둡니다.
{D2}

문의하신 나머지 건은 이전 메일로 안내드렸습니다.
감사합니다.
""",
    items={D4: "removed", D2: "rejected"},
)

case(
    name="dcinside-fullwidth-parentheses",
    outcome="applied", classification="confirmation",
    imitates="DC Inside staff reply typed with full-width punctuation (：（）) right after the URLs",
    why="three posts, result in full-width parentheses glued to each URL",
    **{"from": "manager@dcinside.com"},
    name_from=enc("디시인사이드 관리자"),
    date=d(11, "23:17"),
    subject=enc(f"처리 결과 회신 {R4}"),
    body=f"""
방송통신심의위원회 담당자님께

요청 건 처리 결과입니다：
{D1}（삭제）
{D3}（삭제）
{D5}（게시물 없음）

디시인사이드 관리자 드림
""",
    items={D1: "removed", D3: "removed", D5: "not_found"},
)

case(
    name="band-help-prose",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 prose reply: post deleted and author restricted; other post already deleted by the band leader",
    why="two items in prose: removed, and not_found (deleted earlier by the band's leader)",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    date=d(12, "15:26"),
    subject=enc(f"[BAND] 신고 게시글 처리 결과 안내 ({R5})"),
    body=f"""
안녕하세요, BAND 고객센터입니다.

신고해 주신 게시글 {B1} 은
운영정책 위반이 확인되어 삭제하였고, 작성자에게는 이용 제한 조치를 하였습니다.

다른 게시글 {B2} 은
밴드 리더가 이미 삭제하여 확인할 수 없습니다.

BAND 드림
""",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-base64-html-partial",
    outcome="applied", classification="confirmation",
    imitates="BAND HTML notice sent base64-encoded: one post set private, the other still under review",
    why="base64 HTML: one post 비공개 처리 (removed); the other only 'under review' (stays pending)",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date=d(13, "09:02"),
    subject=enc(f"[BAND] 게시글 조치 안내 ({R5})"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''<html><body>
<p>안녕하세요. BAND 운영팀입니다.</p>
<p>요청하신 게시글에 대한 진행 상황을 알려드립니다.</p>
<table border="1" cellpadding="3">
<tr><th>게시글</th><th>상태</th></tr>
<tr><td>{B1}</td><td>비공개 처리 완료</td></tr>
<tr><td>{B2}</td><td>검토 중 (결과는 추후 안내 예정)</td></tr>
</table>
<p>BAND 운영팀 드림</p>
</body></html>''')}
""",
    items={B1: "removed", B2: "pending"},
)

case(
    name="naver-wrapped-angle-urls",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff plain-text reply from a client that wraps at 72 columns, long URL wrapped inside <...>",
    why="post URL wrapped across two lines inside angle brackets, deleted; blog post 게시중단 (removed)",
    **{"from": "sora.han@navercorp.com"},
    name_from=enc("한소라"),
    date=d(5, "16:48"),
    subject=enc(f"[{R1}] 포스트/블로그 2건 처리 결과"),
    body=f"""
안녕하세요, 네이버 정책지원팀 한소라입니다.

요청하신 네이버 포스트 게시물
<https://post.naver.com/viewer/postView.naver?volumeNo=38810022&
memberNo=51234567>
은 오늘 삭제되었습니다.

블로그 글 <{N6}>은 게시중단 처리했습니다.

한소라 드림
""",
    items={N8: "removed", N6: "removed"},
)

case(
    name="naver-cafe-bullets-colon",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe '■ 조치 내역' bullet list with 'URL : 결과'",
    why="three cafe posts: two 블라인드 (removed), one 청소년 접근 제한 (restricted)",
    **{"from": "cafe_support@navercorp.com"},
    name_from=enc("네이버 카페 운영지원"),
    date=d(5, "09:20"),
    subject=enc(f"[네이버 카페] 요청 게시물 조치 내역 ({R1})"),
    body=f"""
안녕하세요. 네이버 카페 운영지원입니다.

■ 조치 내역
 - {N3} : 블라인드
 - {N4} : 블라인드
 - {N7} : 청소년 접근 제한

■ 참고
 - 블라인드된 게시물은 카페 매니저와 작성자도 열람할 수 없습니다.

감사합니다.
""",
    items={N3: "removed", N4: "removed", N7: "restricted"},
)

case(
    name="naver-tv-echoed-report",
    outcome="applied", classification="confirmation",
    imitates="NAVER TV '신고 처리 결과 안내' that echoes the report form ([신고 내용] / [처리 결과])",
    why="echoed report names one video; the result section says it was stopped and deleted",
    **{"from": "tvcast_noreply@navercorp.com"},
    name_from=enc("네이버 TV"),
    date=d(4, "19:33"),
    subject=enc("[네이버 TV] 신고 처리 결과 안내"),
    body=f"""
네이버 TV 신고 처리 결과를 알려드립니다.

[신고 내용]
신고 대상 : {N12}
신고 사유 : 불법정보 (방송통신심의위원회 시정요구 {R1})
접수 일시 : 2024.09.03 10:41

[처리 결과]
해당 동영상은 재생이 중단되었으며 삭제 처리되었습니다.

본 메일은 발신 전용입니다.
""",
    items={N12: "removed"},
)

case(
    name="kakao-gmail-quote-korean",
    outcome="applied", classification="confirmation",
    imitates="Kakao staff top-posted reply above a Korean Gmail quote ('…님이 작성:') of the request",
    why="two items stated above the quote (not_found, removed); the other two appear only in the quote",
    **{"from": "minjae.cho@kakaocorp.com"},
    name_from=enc("조민재"),
    date=d(6, "11:05"),
    subject=enc(f"Re: [방송통신심의위원회] 게시물 삭제 요청 {R2}"),
    reply_to_req=MSGID[R2],
    body=f"""
안녕하세요, 카카오 정책팀 조민재입니다.

{K4} 는 카페 운영진이 이미 삭제한 글이라 저희 쪽에서 조회되지 않습니다.
{K1} 는 오늘 오전 삭제했습니다.

나머지 두 건은 확인 후 다시 말씀드리겠습니다.

2024년 9월 5일 (목) 오후 3:10, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
> 카카오 담당자님께,
> 아래 게시물의 삭제를 요청합니다. ({R2})
> 1. {K1}
> 2. {K2}
> 3. {K3}
> 4. {K4}
> 감사합니다.
""",
    items={K4: "not_found", K1: "removed", K2: "pending", K3: "pending"},
)

case(
    name="dcinside-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply above an Outlook '-----Original Message-----' block holding the request",
    why="two posts named above the quote are deleted; the rest appear only in the quoted request",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드"),
    date=d(11, "17:44"),
    subject=enc(f"RE: [KCSC] 게시물 삭제 요청 {R4}"),
    reply_to_req=MSGID[R4],
    body=f"""
아래 두 건 삭제했습니다.
{D2}
{D4}

나머지 세 건은 갤러리 매니저와 확인 중입니다.

디시인사이드 운영팀

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:00 AM
To: cs@dcinside.com
Subject: [KCSC] 게시물 삭제 요청 {R4}

아래 게시물은 개인정보 노출 정보로 삭제를 요청합니다.
1. {D1}
2. {D2}
3. {D3}
4. {D4}
5. {D5}
""",
    items={D2: "removed", D4: "removed", D1: "pending", D3: "pending", D5: "pending"},
)

case(
    name="youtube-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="YouTube DSA-style statement of reasons (Content / Decision / Ground blocks), bilingual",
    why="one video visibility restricted in KR, the channel left up with no violation found",
    **{"from": "sor-noreply@google.com"},
    name_from="Google",
    date=d(13, "07:10"),
    subject=f"Statement of reasons / 조치 사유서 - {R3}",
    body=f"""
Statement of reasons / 조치 사유서
Reference: {R3}

Content / 콘텐츠: {Y1}
Decision / 결정: Visibility restricted (territorial scope: KR) / 대한민국 내 공개 제한
Ground / 근거: Illegal content under local law / 현지 법률상 불법 콘텐츠
Automated detection: No

Content / 콘텐츠: {Y3}
Decision / 결정: No action taken / 조치 없음
Ground / 근거: The content does not violate our policies or local law /
  정책 및 현지 법률 위반 없음

Redress: https://support.google.com/legal/answer/3110420
""",
    items={Y1: "restricted", Y3: "rejected"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-act",
    outcome="review", review="not_understood",
    imitates="NAVER staff reply promising action after review (조치될 예정)",
    why="names three items but only promises action; nothing has happened yet",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(4, "09:14"),
    subject=enc(f"RE: 시정요구 {R1}"),
    reply_to_req=MSGID[R1],
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 3건은 관련 부서에서 검토 후 조치될 예정입니다.
{N1}
{N2}
{N9}

처리 결과는 영업일 기준 3일 이내 회신드리겠습니다.
감사합니다.
""",
    items={N1: "pending", N2: "pending", N9: "pending"},
)

case(
    name="kakao-hedged-appears-deleted",
    outcome="review", review="not_understood",
    imitates="Kakao staff informal reply with hedges (삭제된 것으로 보입니다 / 접근되지 않는 것 같습니다)",
    why="both statements are hedged guesses, no firm item-level statement",
    **{"from": "minjae.cho@kakaocorp.com"},
    name_from=enc("조민재"),
    date=d(6, "18:22"),
    subject=enc(f"Re: {R2} 문의"),
    reply_to_req=MSGID[R2],
    body=f"""
안녕하세요, 조민재입니다.

잠깐 확인해 보니 {K2} 는 이미 삭제된 것으로 보이고,
{K4} 도 지금은 접근되지 않는 것 같습니다.

정확한 처리 이력은 담당 부서에 확인한 뒤 다시 말씀드리겠습니다.
""",
    items={K2: "pending", K4: "pending"},
)

case(
    name="band-conditional-deletion",
    outcome="review", review="not_understood",
    imitates="BAND operator reply: author given a chance to explain, deletion only if no reply (조건부)",
    why="deletion is conditional on the author not answering within 7 days: a promise, not a statement",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    date=d(12, "11:11"),
    subject=enc(f"[BAND] 요청 건 진행 안내 ({R5})"),
    body=f"""
안녕하세요, BAND 고객센터입니다.

게시글 {B1} 에 대해 작성자에게 소명 요청을 보냈습니다.
7일 안에 소명이 없으면 해당 게시글을 삭제할 예정입니다.

진행 결과는 다시 안내드리겠습니다.
""",
    items={B1: "pending"},
)

case(
    name="dcinside-bulk-all-deleted",
    outcome="review", review="bulk",
    imitates="DC Inside one-line operator reply: 요청하신 게시물 전부 삭제",
    why="one statement about all posts of a five-item request without naming them",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d(10, "16:05"),
    subject=enc(f"RE: 게시물 삭제 요청 ({R4})"),
    reply_to_req=MSGID[R4],
    body="""
안녕하세요 디시인사이드입니다.
요청하신 게시물 전부 삭제 처리했습니다.
감사합니다.
""",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending", D5: "pending"},
)

case(
    name="naver-gongmun-bulk-all",
    outcome="review", review="bulk",
    imitates="NAVER 공문 '조치결과 회신' stating 전건 삭제 without listing the URLs",
    why="official reply says all 12 items were deleted but names none",
    **{"from": "right-notice@navercorp.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    date=d(9, "17:00"),
    subject=enc(f"[NAVER] 시정요구 조치결과 회신 ({R1})"),
    body=f"""
수    신 : 방송통신심의위원회
제    목 : 시정요구 조치결과 회신

1. 귀 위원회의 시정요구({R1}, 2024. 9. 3.)와 관련입니다.
2. 시정요구 대상 정보 12건 전건에 대하여 삭제 조치를 완료하였음을 회신합니다.  끝.

네이버 주식회사 정책지원실
""",
    items={N1: "pending", N5: "pending", N12: "pending"},
)

case(
    name="naver-dmarc-fail-blind",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="NAVER blog 블라인드 notice whose DKIM/SPF/DMARC fail (forged or broken relay)",
    why="claims to be NAVER but fails authentication; nothing may change",
    **{"from": "blog_help@naver.com"},
    name_from=enc("네이버 블로그"),
    date=d(13, "20:40"),
    subject=enc(f"[네이버 블로그] 요청 게시물 블라인드 처리 ({R6})"),
    body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 게시물 {N13} 은 블라인드 처리되었습니다.

네이버 블로그 드림
""",
    items={N13: "pending"},
)

case(
    name="blog-owner-gmail-deleted",
    outcome="review", review="unknown_sender",
    imitates="Blog owner writing from a personal Gmail address after NAVER told them of the request",
    why="not a platform sender; the statement that the post was deleted cannot change its status",
    **{"from": "pinebridge02@gmail.com"},
    name_from=enc("소나무다리"),
    date=d(6, "22:47"),
    subject=enc(f"방심위 {R1} 관련 글 지웠습니다"),
    body=f"""
안녕하세요.
네이버에서 방심위 요청이 들어왔다고 연락을 받았습니다.
제 블로그 글 {N6} 은 오늘 제가 직접 지웠습니다.
문제가 되는 줄 몰랐습니다. 죄송합니다.
""",
    items={N6: "pending"},
)

case(
    name="kakao-about-naver-url",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply pointing out that a URL in the request belongs to NAVER, adding what they saw",
    why="Kakao states the status of a NAVER blog post: not Kakao's item",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d(13, "16:02"),
    subject=enc("[카카오] 요청 대상 확인 안내"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 요청서에 포함된 아래 주소는 네이버 블로그로, 카카오가 운영하는
서비스가 아니어서 당사에서 조치할 수 없습니다.

{N13}

참고로 확인해 보니 이 글은 이미 삭제되어 존재하지 않습니다.
네이버 측으로 요청해 주시기 바랍니다.
""",
    items={N13: "pending"},
)

case(
    name="youtube-asks-timestamps",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal reply asking for timestamps and the legal basis before acting",
    why="asks for more information about a named video; no decision",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date=d(10, "07:55"),
    subject=enc(f"[{R3}] 추가 정보 요청"),
    body=f"""
안녕하세요.

요청하신 동영상 {Y1} 을 검토하려면 추가 정보가 필요합니다.

- 문제가 되는 구간의 타임스탬프
- 위법하다고 판단하신 관련 법령 조항

위 내용을 이 메일에 회신해 주시면 검토를 계속하겠습니다.

YouTube 법무팀 드림
""",
    items={Y1: "pending"},
)

case(
    name="naver-channel-change-notice",
    outcome="review", review="no_claims",
    imitates="NAVER notice to partner institutions about a new 게시중단 요청 channel address",
    why="trusted NAVER mail naming no item and no request",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(10, "10:00"),
    subject=enc("[안내] 기관 전용 게시중단 요청 창구 변경"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 게시중단·시정요구 접수 창구가
기관 전용 메일 주소로 바뀝니다.

- 변경 전: policy@navercorp.com
- 변경 후: gov-request@navercorp.com

기존 주소로 보내주신 메일도 당분간 함께 확인하겠습니다.
감사합니다.
""",
    items={},
)

case(
    name="kakao-staff-forwards-result",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Kakao staff forwarding the 고객센터 result mail ('---------- Forwarded message ---------')",
    why="the only statement sits inside a forwarded message; a person should confirm it",
    **{"from": "minjae.cho@kakaocorp.com"},
    name_from=enc("조민재"),
    date=d(7, "10:31"),
    subject=enc(f"Fwd: [카카오] 권리침해신고 처리결과 안내 ({R2})"),
    body=f"""
참고로 전달드립니다.

---------- Forwarded message ---------
보낸사람: 카카오 고객센터 <noreply@kakaocorp.com>
Date: 2024년 9월 6일 (금) 오후 5:20
Subject: [카카오] 권리침해신고 처리결과 안내
To: <minjae.cho@kakaocorp.com>

신고하신 게시물의 처리 결과를 알려드립니다.
게시물: {K1}
처리 결과: 삭제
""",
    items={K1: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office-chuseok",
    outcome="ignored", classification="auto_reply",
    imitates="NAVER staff out-of-office auto-reply during the Chuseok holiday",
    why="auto-reply; quoted subject names the request but says nothing about items",
    **{"from": "jiwoo.kim@navercorp.com"},
    name_from=enc("김지우"),
    date=d(14, "08:00"),
    subject=enc(f"[부재중] Re: 시정요구 {R1} 추가 확인 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요, 김지우입니다.

9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주세요.

복귀 후 확인하겠습니다.
""",
    items={},
)

case(
    name="dcinside-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN from DC Inside's mail relay returning the request (mailbox full)",
    why="delivery failure report carrying our own request; not a statement",
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    date=d(10, "11:01"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="B7F21C0A.1725933660/mx1.dcinside.com"

--B7F21C0A.1725933660/mx1.dcinside.com
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-desk@dcinside.com>: host mbox2.dcinside.com[203.0.113.24] said:
    552 5.2.2 Mailbox full (in reply to RCPT TO command)

--B7F21C0A.1725933660/mx1.dcinside.com
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: {d(10, "11:00")}

Final-Recipient: rfc822; report-desk@dcinside.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--B7F21C0A.1725933660/mx1.dcinside.com
Content-Type: message/rfc822

From: =?utf-8?b?67Cp7Iah7Ya17Iug7Ius7J2Y7JyE7JuQ7ZqM?= <takedown@kcsc.example>
To: report-desk@dcinside.com
Subject: [KCSC] {R4}
Message-ID: <{MSGID[R4]}@kcsc.example>
Date: {d(10, "11:00")}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청합니다. ({R4})
{D1}
{D2}
{D3}
{D4}
{D5}

--B7F21C0A.1725933660/mx1.dcinside.com--
""",
    items={D1: "pending", D3: "pending"},
)

case(
    name="kakao-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Read receipt (MDN) from a Kakao staff mail client: '읽음 확인'",
    why="message disposition notification only",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d(5, "15:44"),
    subject=enc(f"읽음 확인: [방송통신심의위원회] 게시물 삭제 요청 {R2}"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-kk-4471"

--mdn-kk-4471
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-05 15:10에 보낸 메일 "[방송통신심의위원회] 게시물 삭제 요청 {R2}"을(를)
받는 사람이 2024-09-05 15:44에 열어 보았습니다.

--mdn-kk-4471
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <{MSGID[R2]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kk-4471--
""",
    items={},
)

case(
    name="band-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND 고객센터 automatic receipt: 문의가 접수되었습니다 (접수번호)",
    why="pure acknowledgement with a ticket number",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date=d(11, "16:21"),
    subject=enc("[BAND] 문의가 접수되었습니다 (접수번호 2409-118342)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요, BAND 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
 - 접수번호 : 2409-118342
 - 문의 제목 : [KCSC] 게시글 삭제 요청 {R5}

답변은 순차적으로 드리며, 접수 내용이 많을 때는 시간이 더 걸릴 수 있습니다.
본 메일은 발신 전용입니다.
""",
    items={},
)

case(
    name="youtube-legal-ack-english",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube/Google legal 'we have received your request' auto-acknowledgement",
    why="receipt only; no item named, no decision",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal Support",
    date=d(9, "09:41"),
    subject=f"[0-4417000031582] We received your request ({R3})",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

Thanks for contacting Google Legal Support. We have received your request
(your reference {R3}) and assigned it the ID 0-4417000031582.

Please keep this ID for future correspondence. You do not need to reply to
this message.

Google Legal Support
""",
    items={},
)

case(
    name="kakao-outlook-auto-reply",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook '자동 회신:' vacation message from a Kakao policy staffer",
    why="out-of-office auto-reply",
    **{"from": "hyejin.seo@kakaocorp.com"},
    name_from=enc("서혜진"),
    date=d(13, "14:01"),
    subject=enc(f"자동 회신: [방송통신심의위원회] 게시물 삭제 요청 {R7}"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 서혜진입니다.
9월 13일(금)부터 9월 19일(목)까지 휴가로 메일 확인이 어렵습니다.
권리침해 관련 문의는 right@kakaocorp.com 으로 보내 주시기 바랍니다.
""",
    items={},
)

case(
    name="naver-request-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 '요청이 접수되었습니다' receipt with a 접수번호",
    why="pure receipt: ticket number and a generic note that results follow",
    **{"from": "right-notice@navercorp.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    date=d(12, "10:07"),
    subject=enc(f"[NAVER] 게시중단 요청 접수 완료 ({R6})"),
    body=f"""
방송통신심의위원회 담당자님, 안녕하세요.

보내주신 게시중단 요청({R6})이 접수되었습니다.
 - 접수번호 : R-20240912-00417
 - 접수일시 : 2024.09.12 10:07

심사가 끝나면 결과를 메일로 안내해 드립니다.
진행 상황은 네이버 게시중단요청서비스 마이페이지에서 확인하실 수 있습니다.
""",
    items={},
)

HEADER = """# Blind set 383 (Korean-language replies), written by tests/corpus/blind383/make.py.
# Expected results written from each email's meaning before the reader was run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
