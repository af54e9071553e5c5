#!/usr/bin/env python3
"""Blind set 791 (Korean focus): NAVER, Kakao/Daum/Tistory/Brunch, YouTube
Korea, DC Inside and BAND replies written in Korean, 공문-style 조치결과
회신, 임시조치 notices, 시정요구 조치결과 tables and informal operator
replies.

Written before any run of the reader, from each email's meaning alone.
Deterministic: `python3 tests/corpus/blind791/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    """RFC 5322 date in September 2024, KST."""
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def enc(s):
    """RFC 2047 encoded header text."""
    return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
TISTORY_SLUG = "투자-리딩방-안내"
YT_HANDLE = "밤하늘투자"

N1 = "https://blog.naver.com/dawnriver77/223561004211"
N2 = "https://blog.naver.com/dawnriver77/223561009876"
N3 = "https://blog.naver.com/greyowl_shop/223559812345"
N4 = "https://cafe.naver.com/hanbitmarket/88412"
N5 = "https://cafe.naver.com/hanbitmarket/88419"
N6 = "https://cafe.naver.com/quietstock/20517"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471230982"
N8 = "https://blog.naver.com/sky_hwa_22/223560077712"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38112045&memberNo=51234987"
N10 = "https://cafe.naver.com/quietstock/20533"
N11 = "https://in.naver.com/mapleleaf/contents/internal/713250448193888"
N12 = "https://blog.naver.com/greyowl_shop/223559899001"
N13 = "https://cafe.naver.com/nightcoin7/5521"

K1 = "https://cafe.daum.net/silverwave/Ab1c/3301"
K2 = "https://cafe.daum.net/silverwave/Ab1c/3307"
K3 = "https://moonlit-note.tistory.com/entry/" + quote(TISTORY_SLUG)
K3_RAW = "https://moonlit-note.tistory.com/entry/" + TISTORY_SLUG
K4 = "https://brunch.co.kr/@pale-ink/48"
K5 = "https://cafe.daum.net/lucky7zone/Fq2k/190"

Y1 = "https://www.youtube.com/watch?v=Qm7rT2xLp0A"
Y2 = "https://www.youtube.com/@" + quote(YT_HANDLE)
Y2_RAW = "https://www.youtube.com/@" + YT_HANDLE
Y3 = "https://youtu.be/Hk3ZpW9vB1s"
Y4 = "https://www.youtube.com/shorts/Vn2Lw8KqRt4"

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912345"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912388"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinhub&no=402117"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinhub&no=402150"
D5 = "https://gall.dcinside.com/mini/board/view/?id=moneytalk&no=7781"

B1 = "https://band.us/band/81234567/post/1123"
B2 = "https://band.us/band/81234567/post/1187"

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    (R1, "naver", 2, 9, "illegal_finance", "불법 투자 리딩방 홍보 (블로그·카페·지식iN)",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]),
    (R2, "kakao", 3, 10, "illegal_finance", "다음카페·티스토리·브런치 유사수신 광고", [K1, K2, K3, K4]),
    (R3, "youtube", 4, 11, "illegal_finance", "주식 리딩방 유도 영상·채널", [Y1, Y2, Y3, Y4]),
    (R4, "dcinside", 5, 12, "gambling", "불법 도박 사이트 홍보 게시글", [D1, D2, D3, D4, D5]),
    (R5, "band", 6, 13, "privacy", "개인정보 노출 게시글", [B1, B2]),
    (R6, "naver", 9, 16, "gambling", "코인 도박 카페 게시글", [N13]),
    (R7, "kakao", 10, 17, "privacy", "다음카페 신상 게시글", [K5]),
]


def req_mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, f"2024-09-{sent:02d}T10:00:00+09:00",
                        f"2024-09-{due:02d}T18:00:00+09:00", u, cat,
                        f"<{req_mid(ref)}@kcsc.example>", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def numbered(urls):
    return "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))


R1_QUOTED = numbered([N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12])

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== NAVER: applied =====================================================

_gm_rows = "\n".join(f"  {n:<3} | {u:<49} | {r}" for n, u, r in [
    (1, N1, "삭제"), (2, N2, "삭제"), (3, N3, "게시중단"),
    (4, N4, "접근제한(청소년 이용불가)"), (5, N5, "해당 게시물 없음(작성자 삭제)"), (6, N6, "삭제")])
case(
    name="naver-gongmun-text-table",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(5, 16, 40, 12),
    subject=enc(f"[네이버] 시정요구({R1})에 대한 조치결과 회신 (1차)"),
    reply_to_req=req_mid(R1),
    body=f"""
수신: 방송통신심의위원회 통신심의국장
참조: 불법정보 시정요구 담당
제목: 시정요구({R1})에 대한 조치결과 회신 (1차)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회가 2024. 9. 2. 통보한 불법정보 시정요구와 관련하여,
   당사의 조치결과를 아래와 같이 회신합니다.

                         - 아    래 -

 연번 | 대상 URL                                          | 조치결과
------+---------------------------------------------------+------------------------
{_gm_rows}

3. 나머지 6건(연번 7~12)은 서비스별 담당 부서에서 확인 중이며,
   결과가 확정되는 대로 2차 회신드리겠습니다.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 (가상 주소) | policy@navercorp.com
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문-style 시정요구 조치결과 회신 with a fixed-width text table (연번/URL/조치결과)",
    why="six rows, each an unhedged result: 삭제/게시중단 removed, 접근제한 restricted, 작성자 삭제로 게시물 없음 not_found; the other six are only mentioned as 확인 중 without URLs",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found", N6: "removed"},
)

HTML_ROWS = [
    ("7", N7, "삭제", ""),
    ("8", N8, "조치불가", "운영정책 및 관련 법령 위반 사항이 확인되지 않음"),
    ("9", N9, "게시물 없음", "게시자가 9. 3. 자진 삭제"),
    ("10", N10, "임시조치(30일)", "정보통신망법 제44조의2"),
    ("11", N11, "비공개 처리", ""),
    ("12", N12, "블라인드", ""),
]
_html_rows = "\n".join(
    f'<tr><td>{n}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td>'
    f"<td>{r}</td><td>{b}</td></tr>"
    for n, u, r, b in HTML_ROWS
)
_text_rows = "\n".join(f"{n}. {u}\n   조치결과: {r}{' (' + b + ')' if b else ''}" for n, u, r, b in HTML_ROWS)
case(
    name="naver-html-table-second-reply",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(9, 11, 5, 40),
    subject=enc(f"RE: [네이버] 시정요구({R1}) 조치결과 회신 (2차)"),
    reply_to_req=req_mid(R1),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_nv_alt_2f91"

--=_nv_alt_2f91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f"안녕하십니까, 네이버 정책지원팀입니다.{chr(10)}시정요구({R1}) 잔여 6건의 조치결과를 회신드립니다.{chr(10)}{chr(10)}{_text_rows}{chr(10)}{chr(10)}감사합니다.{chr(10)}")}
--=_nv_alt_2f91
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하십니까, 네이버 정책지원팀입니다.<br>
시정요구({R1}) 잔여 6건의 조치결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#eef3ee"><th>연번</th><th>대상 URL</th><th>조치결과</th><th>비고</th></tr>
{_html_rows}
</table>
<p>1차 회신(연번 1~6)과 합하여 본 시정요구 건의 회신을 마칩니다.<br>감사합니다.</p>
<p style="color:#888">네이버 주식회사 정책지원팀</p>
</body></html>
--=_nv_alt_2f91--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치결과 table sent as HTML (multipart/alternative, base64 text part), 비고 column with reasons",
    why="kin 삭제 removed; 위반 사항 확인되지 않음 -> rejected; 게시자 자진 삭제로 게시물 없음 -> not_found; 임시조치 restricted; 비공개 처리 and 블라인드 removed",
    items={N7: "removed", N8: "rejected", N9: "not_found", N10: "restricted", N11: "removed", N12: "removed"},
)

case(
    name="naver-imsijochi-notice-single",
    **{"from": "no-reply@navercorp.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    date=d(10, 14, 22, 3),
    subject=enc("[네이버 게시중단요청서비스] 요청하신 게시물의 임시조치 결과 안내"),
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

요청번호 : RQ-20240909-0044172
요청인 메모 : {R6}
처리일시 : 2024.09.10 14:20

요청하신 아래 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2에 따라 30일간 임시조치(게시물 접근 차단)를 하였습니다.

 - 게시물 주소 : {N13}
 - 서비스 : 카페
 - 조치 내용 : 임시조치 30일 (2024.09.10 ~ 2024.10.09)

임시조치 기간 중 게시자가 재게시를 요청할 수 있으며, 재게시 요청이 접수되면
별도로 안내해 드립니다.

※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터를 이용해 주세요.
  https://help.naver.com/service/5640/
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 결과 안내 (30-day temporary measure notice)",
    why="임시조치(접근 차단) of the one requested cafe post is a restriction, not a removal; the help link is not an item",
    items={N13: "restricted"},
)

case(
    name="naver-cafe-operator-informal",
    **{"from": "jisoo.han@navercorp.com"},
    name_from=enc("한지수"),
    date=d(4, 17, 48, 30),
    subject=f"Re: [{R1}] " + enc("카페 게시물 건"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요, 네이버 카페 운영팀 한지수입니다.
문의 주신 카페 글 건 확인했어요.

{N6}
→ 운영자 삭제 처리했습니다.

{N10}
→ 이 글은 이미 작성자가 지운 상태라 저희 쪽에서 따로 조치할 게 없었습니다.

hanbitmarket 카페 두 건은 카페 매니저 소명을 받고 있어서
다음 주 초에 다시 말씀드릴게요.

한지수 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER Cafe operations employee, URL with its result on the line below after an arrow",
    why="운영자 삭제 -> removed; already deleted by its author -> not_found; the hanbitmarket posts get only a promise and no URL",
    items={N6: "removed", N10: "not_found"},
)

case(
    name="naver-top-posted-over-original",
    **{"from": "blog-ops@navercorp.com"},
    name_from=enc("네이버 블로그 서비스운영"),
    date=d(3, 15, 12, 9),
    subject=enc(f"RE: [{R1}] 불법정보 시정요구"),
    reply_to_req=req_mid(R1),
    body=f"""
담당자님 안녕하세요.
요청 주신 건 중 블로그 2건 먼저 회신드립니다.

- {N1} : 삭제 완료
- {N3} : 검토 결과 일반 상품 후기 글로 불법정보에 해당하지 않는다고 판단되어 게시를 유지합니다.

나머지 건은 확인되는 대로 말씀드리겠습니다.

네이버 블로그 서비스운영 드림

-----Original Message-----
From: "KCSC 통신심의국" <takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-02 (월) 10:00:12
Subject: [{R1}] 불법정보 시정요구

네이버 주식회사 귀중

아래 정보에 대하여 시정요구하오니 2024. 9. 9.까지 조치하고 그 결과를 회신하여 주시기 바랍니다.

{R1_QUOTED}

방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Korean reply over an Outlook '-----Original Message-----' copy of the request",
    why="two statements above the quote (삭제 완료 removed, 게시를 유지 with a reason rejected); the twelve URLs below the quote are the regulator's own text",
    items={N1: "removed", N3: "rejected"},
)

_csv = "\ufeff연번,URL,조치결과,비고\r\n" + "".join(
    f"{n},{u},{r},{b}\r\n" for n, u, r, b in [
        (2, N2, "삭제", ""),
        (6, N6, "접근제한", "청소년 유해 - 성인인증 후 열람"),
        (8, N8, "조치불가", "위반사항 없음"),
        (10, N10, "게시중단", ""),
    ])
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(6, 10, 31, 0),
    subject=enc(f"[네이버] {R1} 조치결과 송부 (첨부)"),
    reply_to_req=req_mid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NV_MIX_7731"

------=_NV_MIX_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까.
시정요구({R1}) 중 4건의 조치결과를 첨부 파일로 송부드립니다.
나머지 건은 추후 회신 예정입니다.

네이버 정책지원팀 드림

------=_NV_MIX_7731
Content-Type: text/csv; charset=utf-8; name="=?utf-8?B?7KGw7LmY6rKw6rO8?=_{R1}.csv"
Content-Disposition: attachment; filename*=utf-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_{R1}.csv
Content-Transfer-Encoding: base64

{b64(_csv)}
------=_NV_MIX_7731--
""",
    outcome="applied", classification="confirmation",
    imitates="조치결과 sent as an Excel-exported CSV attachment (UTF-8 BOM, CRLF, RFC 2231 Korean filename)",
    why="CSV rows: 삭제 removed, 접근제한 (adult verification) restricted, 조치불가/위반사항 없음 rejected, 게시중단 removed",
    items={N2: "removed", N6: "restricted", N8: "rejected", N10: "removed"},
)

case(
    name="naver-qp-blind-and-invalid",
    **{"from": "policy@navercorp.com"},
    name_from=enc("NAVER 정책지원"),
    date=d(7, 9, 2, 44),
    subject=enc(f"[NAVER] 요청 게시물 처리 안내 ({R1})"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. NAVER 정책지원 담당자입니다.

{R1} 관련하여 아래 2건의 처리 결과를 알려드립니다.

■ {N12}
  블라인드 처리되었습니다.

■ {N11}
  존재하지 않는 콘텐츠입니다. 주소가 유효하지 않아 조치 대상을 확인할 수 없었습니다.

감사합니다.
''')}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 안내 in a quoted-printable body, bullet '■' then the result on the next line",
    why="블라인드 -> removed; 존재하지 않는 콘텐츠 / 주소가 유효하지 않음 -> not_found",
    items={N12: "removed", N11: "not_found"},
)

case(
    name="naver-url-with-korean-particles",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(5, 13, 15, 0),
    subject=enc(f"회신: {R1} 블로그/지식iN 건"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

{N8}은 9월 4일 자로 삭제 조치하였습니다.
또한 {N7}의 경우, 질문 작성자가 본인의 투자 경험을 서술한 글로서
관련 법령 위반이 확인되지 않아 게시를 유지하기로 결정하였습니다.

이의가 있으시면 회신 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER prose reply where each URL is glued to a Korean particle (은/의)",
    why="the blog post was deleted (removed); the 지식iN question stays up because no law is broken (rejected); the particles are not part of the URLs",
    items={N8: "removed", N7: "rejected"},
)

case(
    name="naver-outlook-korean-quote",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(6, 18, 3, 11),
    subject=enc(f"회신: [{R1}] 불법정보 시정요구"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요.

포스트 1건과 카페 1건 조치 결과 공유드립니다.

1) 네이버 포스트 {N9}
   → 게시중단 완료

2) 네이버 카페 {N5}
   → 임시조치(30일) 적용

감사합니다.
네이버 정책지원팀 이서윤

________________________________
보낸 사람: KCSC 통신심의국 <takedown@kcsc.example>
보낸 날짜: 2024년 9월 2일 월요일 오전 10:00
받는 사람: policy@navercorp.com
제목: [{R1}] 불법정보 시정요구

네이버 주식회사 귀중

{R1_QUOTED}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply (보낸 사람/보낸 날짜/받는 사람/제목 quote header) with numbered results and arrows",
    why="게시중단 완료 -> removed; 임시조치 -> restricted; everything under the Outlook quote header is our own request",
    items={N9: "removed", N5: "restricted"},
)

case(
    name="naver-receipt-plus-result",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    date=d(4, 9, 40, 27),
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다."),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

보내주신 요청({R1})이 정상적으로 접수되었습니다. (접수번호 NV-0903-228170)

우선 확인이 끝난 게시물 1건의 결과를 안내드립니다.
검토 결과 아래 게시물은 이용약관 위반으로 삭제 조치되었습니다.

{N3}

나머지 게시물은 담당 부서 확인 후 순차적으로 답변드리겠습니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 answer that opens like a receipt (접수되었습니다) but states a result",
    why="the receipt phrase is followed by an unhedged 삭제 조치되었습니다 for one named post, so it is not a pure acknowledgement",
    items={N3: "removed"},
)

case(
    name="naver-gongmun-ganada-url-below",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(8, 20, 10, 5),
    subject=enc(f"[네이버] {R1} 조치결과 보고"),
    reply_to_req=req_mid(R1),
    body=f"""
1. 관련: 방송통신심의위원회 시정요구({R1}, 2024. 9. 2.)
2. 위 호와 관련하여 당사 조치결과를 다음과 같이 보고합니다.

  가. 삭제
      {N2}

  나. 임시조치(30일)
      {N4}

  다. 조치 대상 없음(게시자가 기삭제)
      {N6}

3. 기타 문의사항은 정책지원팀(policy@navercorp.com)으로 연락 주시기 바랍니다.  끝.
""",
    outcome="applied", classification="confirmation",
    imitates="공문 outline (1./2./가./나./다.) with each result as a heading and its URL on the line below",
    why="가. 삭제 removed; 나. 임시조치 restricted; 다. already deleted by the poster -> not_found",
    items={N2: "removed", N4: "restricted", N6: "not_found"},
)

# ===== Kakao: applied =====================================================

case(
    name="kakao-imsijochi-fullwidth-brackets",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d(4, 11, 27, 50),
    subject=enc("[카카오] 신고하신 게시물에 대한 임시조치 안내"),
    reply_to_req=req_mid(R2),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

신고번호 {R2} 로 접수하신 다음카페 게시물「{K1}」및「{K2}」에 대하여,
정보통신망법 제44조의2 제4항에 따라 30일간 임시조치하였음을 알려드립니다.

임시조치 기간 동안 해당 게시물은 다른 이용자에게 보이지 않으며, 게시자는 기간 내
이의를 제기할 수 있습니다.

티스토리·브런치 게시물은 해당 서비스 담당자가 별도로 회신드릴 예정입니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 30일 임시조치 notice with URLs in full-width 「」 brackets",
    why="both Daum cafe posts are under a 30-day 임시조치 -> restricted; the Tistory/Brunch items are only promised a later reply and not named",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-gongmun-numbered-raw-korean-path",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("(주)카카오 정책팀"),
    date=d(6, 15, 44, 19),
    subject=enc(f"[카카오] 시정요구({R2}) 조치결과 회신"),
    reply_to_req=req_mid(R2),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신

1. 귀 위원회의 시정요구({R2})와 관련입니다.
2. 당사는 요청하신 4건에 대하여 다음과 같이 조치하였음을 회신합니다.

  1) {K1} - 삭제
  2) {K2} - 삭제
  3) {K3_RAW} - 비공개 전환(블로그 운영자 이용제한)
  4) {K4} - 존재하지 않는 글(조치 대상 없음)

붙임: 조치 화면 캡처 1부.  끝.

(주)카카오 정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 with a numbered list 'URL - 조치결과', Tistory URL written with its raw Korean path",
    why="삭제 removed x2; 비공개 전환 removed (the raw Korean path matches the percent-encoded request URL); 존재하지 않는 글 not_found",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "not_found"},
)

case(
    name="kakao-single-item-no-url",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d(11, 10, 2, 36),
    subject=enc(f"[카카오] {R7} 처리 결과 안내"),
    reply_to_req=req_mid(R7),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

{R7} 건으로 요청하신 다음카페 게시물 1건은 개인정보 노출이 확인되어
삭제 조치 완료되었습니다.

신고해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Kakao 처리 결과 안내 that names the request but not the URL",
    why="the request has one item, so a plain unhedged 삭제 조치 완료 for 'the one post' applies to it",
    items={K5: "removed"},
)

case(
    name="kakao-tistory-brunch-angle-brackets",
    **{"from": "tistory-help@kakaocorp.com"},
    name_from=enc("티스토리·브런치 운영팀"),
    date=d(5, 19, 21, 8),
    subject=enc(f"Re: [{R2}] 티스토리/브런치 게시물 조치 요청"),
    reply_to_req=req_mid(R2),
    body=f"""
안녕하세요. 티스토리·브런치 운영팀입니다.

요청하신 두 건 확인 후 조치했습니다.

 * 티스토리 <{K3_RAW}>
   : 운영정책(불법 금융 광고) 위반으로 게시글 삭제
 * 브런치 <{K4}>
   : 작가 글 발행 취소 및 작가 활동 정지

다음카페 게시물은 권리침해신고센터에서 따로 안내드릴 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory/Brunch operations reply, URLs in angle brackets with the result on the next line after a colon",
    why="Tistory post deleted (removed); Brunch post 발행 취소 = unpublished, no longer available (removed)",
    items={K3: "removed", K4: "removed"},
)

_K3CUT = K3.rfind("%", 0, 66)
case(
    name="kakao-wrapped-angle-url-and-refusal",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d(9, 16, 55, 2),
    subject=enc(f"[카카오] {R2} 추가 검토 결과"),
    reply_to_req=req_mid(R2),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.
{R2} 건 중 2건의 추가 검토 결과를 안내드립니다.

- 티스토리 게시글
  <{K3[:_K3CUT]}
  {K3[_K3CUT:]}>
  → 블라인드 처리하였습니다.

- 다음카페 게시글 <{K2}>
  → 검토 결과 유사수신 광고로 보기 어려워 위법성이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao reply from a mailer that hard-wraps a long percent-encoded URL inside angle brackets",
    why="the wrapped URL inside <...> is one URL (RFC 3986 App. C) and is 블라인드 -> removed; the cafe post is refused with a reason -> rejected",
    items={K3: "removed", K2: "rejected"},
)

# ===== YouTube: applied ===================================================

case(
    name="yt-korea-legal-korean",
    **{"from": "youtube-legal-kr@google.com"},
    name_from=enc("YouTube 법무팀"),
    date=d(6, 13, 8, 55),
    subject=enc(f"[YouTube] 신고 처리 결과 안내 - {R3}"),
    reply_to_req=req_mid(R3),
    body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 신고하신 콘텐츠를 검토한 결과를 알려드립니다.

{Y1}
현지 법률에 따라 대한민국에서 이 동영상에 대한 액세스를 제한했습니다.

{Y2_RAW}
이 채널은 YouTube 커뮤니티 가이드 위반으로 해지되었습니다.

{Y3}
검토 결과 이 동영상에서 커뮤니티 가이드 또는 현지 법률 위반 사항을 발견하지 못했으므로
조치를 취하지 않았습니다.

추가 정보가 있으시면 https://support.google.com/legal/answer/3110420 에서 새 신고를 제출해 주세요.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome template in Korean (local-law block, termination, no action)",
    why="blocked in Korea -> restricted; channel terminated -> removed; no violation found, no action -> rejected; the support link is not an item",
    items={Y1: "restricted", Y2: "removed", Y3: "rejected"},
)

case(
    name="yt-english-template-age-restricted",
    **{"from": "legal-kr@google.com"},
    date=d(9, 3, 14, 20),
    subject=f"Re: [{R3}] Notice of illegal content",
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

Thank you for your notice regarding {R3}. After review we have taken the following actions:

- {Y4}
  The content has been removed for violating YouTube's Community Guidelines.

- {Y1}
  This video has been age-restricted. It is no longer visible to signed-out users or users under 18.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support English outcome email (removed / age-restricted)",
    why="Short removed for a guideline violation -> removed; age-restricted -> restricted",
    items={Y4: "removed", Y1: "restricted"},
)

case(
    name="yt-actioned-and-cannot-locate",
    **{"from": "noreply-legal@youtube.com"},
    date=d(10, 8, 31, 7),
    subject=f"[{R3}] " + enc("YouTube 신고 결과 / Report outcome"),
    reply_to_req=req_mid(R3),
    body=f"""
안녕하세요. / Hello,

신고하신 항목에 대한 결과입니다. Here is the outcome of your report:

1. {Y3}
   The reported content has been actioned under our policies.

2. youtube.com/@{YT_HANDLE}
   We were unable to locate a channel at the URL you provided.
   제공하신 URL에서 채널을 찾을 수 없습니다.

YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual YouTube Trust & Safety outcome with the configured 'actioned under our policies' phrase",
    why="'actioned under our policies' is a configured removed phrase for YouTube; cannot locate the channel -> not_found (handle written without scheme and raw Korean)",
    items={Y3: "removed", Y2: "not_found"},
)

case(
    name="yt-base64-korean",
    **{"from": "legal-kr@google.com"},
    name_from=enc("Google 법무 지원팀"),
    date=d(11, 17, 2, 0),
    subject=enc(f"Re: [{R3}] 불법정보 시정요구"),
    reply_to_req=req_mid(R3),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, Google 법무 지원팀입니다.

{R3} 관련 2건의 처리 결과를 안내드립니다.

- 채널 {Y2}
  스팸 및 사기 관련 정책 위반으로 채널이 삭제되었습니다.

- 쇼츠 {Y4}
  국내 법률 검토 결과 대한민국 내에서 게시가 제한되었습니다.

감사합니다.
''')}""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support reply in Korean, base64-encoded body as Gmail sends it",
    why="channel deleted -> removed; Short blocked within Korea -> restricted",
    items={Y2: "removed", Y4: "restricted"},
)

# ===== DC Inside: applied =================================================

case(
    name="dc-operator-bullets",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d(6, 14, 19, 33),
    subject=enc(f"Re: [{R4}] 불법 도박 홍보 게시물 시정요구"),
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청주신 게시물 처리 결과입니다.

- {D1} : 삭제 및 작성자 IP 차단
- {D2} : 삭제
- {D3} : 작성자 본인이 이미 삭제한 글입니다

나머지 2건은 마이너 갤러리 매니저 확인 후 처리하겠습니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 short reply with a dash list 'URL : 결과'",
    why="삭제 (plus IP block of the poster) removed x2; deleted by its author beforehand -> not_found; the other two get only a promise",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-status-heading-url-below",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d(9, 10, 12, 48),
    subject=enc(f"Re: [{R4}] 추가 처리 결과"),
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요. 디시인사이드입니다.
지난번 말씀드린 마이너/미니 갤러리 2건 결과 전달드립니다.

[삭제 완료]
{D4}

[삭제 불가 - 갤러리 운영원칙 및 관련 법령 위반 사항 없음]
{D5}

참고 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply with bracketed status headings, each followed by its URL",
    why="[삭제 완료] removed; [삭제 불가 - 위반 사항 없음] is a refusal with a reason -> rejected",
    items={D4: "removed", D5: "rejected"},
)

_dc_rows = [
    (D1, "삭제"), (D2, "삭제"), (D3, "게시물 없음(작성자 삭제)"),
    (D4, "삭제"), (D5, "성인인증 게시물로 전환(만 19세 미만 열람 제한)"),
]
case(
    name="dc-html-only-table",
    **{"from": "noreply@dcinside.com"},
    name_from=enc("디시인사이드"),
    date=d(10, 18, 0, 30),
    subject=enc(f"[디시인사이드] 시정요구({R4}) 처리 결과"),
    reply_to_req=req_mid(R4),
    type="html",
    body="<html><head><meta charset=\"utf-8\"></head><body>\n"
         "<div style=\"font-size:12px\"><b>디시인사이드 게시물 처리 결과</b><br>\n"
         f"요청번호: {R4}<br><br>\n"
         "<table style=\"border-collapse:collapse\" border=\"1\">\n"
         "<thead><tr><th>No</th><th>게시물 주소</th><th>처리</th></tr></thead><tbody>\n"
         + "\n".join(f"<tr><td>{i}</td><td>{u.replace('&', '&amp;')}</td><td>{r}</td></tr>"
                     for i, (u, r) in enumerate(_dc_rows, 1))
         + "\n</tbody></table><br>\n"
         "본 메일은 발신 전용입니다.</div></body></html>\n",
    outcome="applied", classification="confirmation",
    imitates="DC Inside HTML-only result table (URLs as cell text with &amp; entities, no links)",
    why="삭제 removed x3; 게시물 없음(작성자 삭제) not_found; 성인인증 전환 / 19세 미만 열람 제한 is an age restriction -> restricted",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed", D5: "restricted"},
)

# ===== BAND: applied ======================================================

case(
    name="band-report-result",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    date=d(9, 15, 36, 21),
    subject=enc(f"[BAND] 신고하신 게시글 처리 결과 안내 ({R5})"),
    reply_to_req=req_mid(R5),
    body=f"""
안녕하세요. BAND 고객센터입니다.

신고하신 게시글을 BAND 운영정책에 따라 검토하였습니다.

■ 게시글 : {B1}
■ 처리 결과 : 개인정보 노출 게시글로 확인되어 삭제되었습니다.

■ 게시글 : {B2}
■ 처리 결과 : 게시글에 포함된 정보가 특정인을 식별할 수 있는 개인정보로 보기 어려워
              운영정책 위반에 해당하지 않습니다. 게시글은 유지됩니다.

BAND를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 신고 처리 결과 with ■ 게시글 / ■ 처리 결과 pairs",
    why="first post deleted -> removed; second does not breach policy and stays up -> rejected",
    items={B1: "removed", B2: "rejected"},
)

case(
    name="band-gmail-korean-quote",
    **{"from": "minho.park@band.us"},
    name_from=enc("박민호"),
    date=d(7, 11, 58, 2),
    subject=f"Re: [{R5}] " + enc("개인정보 노출 게시글 삭제 요청"),
    reply_to_req=req_mid(R5),
    body=f"""
안녕하세요, BAND 운영팀 박민호입니다.

말씀하신 게시글 중 {B2} 는 방금 삭제 처리했습니다.
다른 한 건은 밴드 리더 쪽 확인이 필요해서 조금 더 걸릴 것 같습니다.

박민호 드림

2024년 9월 6일 (금) 오전 10:00, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
> 아래 게시글에 개인정보가 노출되어 있어 삭제를 요청드립니다.
>
> 1. {B1}
> 2. {B2}
>
> 조치 후 결과를 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal BAND staff reply above a Korean Gmail quote ('...님이 작성:' and '>' lines)",
    why="only the second post is said to be deleted; the first is only quoted and promised 'a bit longer'",
    items={B2: "removed", B1: "pending"},
)

# ===== review =============================================================

case(
    name="naver-promise-transferred",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(4, 16, 2, 40),
    subject=enc(f"RE: [{R1}] 불법정보 시정요구"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 3건은 서비스 담당 부서로 이관하였으며,
내부 검토를 거쳐 금주 중 삭제 조치될 예정입니다.

- {N2}
- {N8}
- {N12}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="NAVER 이관/조치 예정 reply (a promise, not a result)",
    why="'삭제 조치될 예정' is a promise: the three named posts stay pending and a person should read it",
    items={N2: "pending", N8: "pending", N12: "pending"},
)

case(
    name="yt-hedge-may-have-been",
    **{"from": "legal-kr@google.com"},
    name_from=enc("YouTube 법무팀"),
    date=d(5, 9, 50, 17),
    subject=enc(f"Re: [{R3}] 불법정보 시정요구"),
    reply_to_req=req_mid(R3),
    body=f"""
안녕하세요.

신고해 주신 동영상 {Y3} 은(는) 업로더에 의해 이미 삭제되었을 수 있습니다.
시스템 상 상태가 확정되면 다시 알려드리겠습니다.

{Y1} 는 현재 관련 팀에서 검토 중입니다.

감사합니다.
YouTube 법무팀
""",
    outcome="review", classification="other", review="not_understood",
    imitates="YouTube interim reply with a hedge ('삭제되었을 수 있습니다') and 'under review'",
    why="a hedge and an 'under review' are not statements; both named videos stay pending",
    items={Y3: "pending", Y1: "pending"},
)

case(
    name="band-conditional-leader-deadline",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    date=d(10, 13, 4, 12),
    subject=enc(f"[BAND] {R5} 관련 진행 상황 안내"),
    reply_to_req=req_mid(R5),
    body=f"""
안녕하세요. BAND 고객센터입니다.

{B1} 게시글에 대해서는 밴드 리더에게 삭제 요청을 전달하였습니다.
리더가 7일 이내에 삭제하지 않는 경우 운영자가 직접 삭제할 예정입니다.

진행 결과는 추후 다시 안내드리겠습니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="BAND progress notice: deletion request passed to the band leader, operator deletion conditional on a deadline",
    why="a condition and a future deletion, no result: the post stays pending",
    items={B1: "pending"},
)

case(
    name="kakao-bulk-all-deleted",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d(5, 17, 30, 0),
    subject=enc(f"[카카오] {R2} 처리 완료 안내"),
    reply_to_req=req_mid(R2),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

{R2} 로 요청하신 게시물은 모두 검토를 마쳤으며, 요청하신 게시물 전체에 대해
삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Kakao 처리 완료 안내 saying every post of the request was deleted, without listing them",
    why="a statement about all four items of a four-item request without naming each: bulk, items stay pending",
    items={K1: "pending", K2: "pending", K3: "pending", K4: "pending"},
)

case(
    name="dc-bulk-over-quoted-list",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d(7, 9, 12, 3),
    subject=enc(f"Re: [{R4}] 불법 도박 홍보 게시물 시정요구"),
    reply_to_req=req_mid(R4),
    body=f"""
요청하신 게시물들 모두 삭제 처리했습니다.
확인 부탁드립니다.

2024년 9월 5일 (목) 오전 10:00, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:
> 디시인사이드 운영팀 귀하
>
> 아래 게시물에 대하여 시정요구하오니 조치 후 회신 바랍니다.
>
> 1. {D1}
> 2. {D2}
> 3. {D3}
> 4. {D4}
> 5. {D5}
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="one-line operator reply ('모두 삭제 처리했습니다') above the quoted five-URL request",
    why="'all deleted' for a five-item request; the URLs are only in our quoted request, so no item is named by the platform",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending", D5: "pending"},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from=enc("네이버 정책지원팀"),
    date=d(5, 2, 13, 45),
    subject=enc(f"[네이버] {R1} 조치결과"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{R1} 관련 아래 게시물을 삭제 조치하였습니다.

{N1}
{N4}

감사합니다.
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="NAVER-looking 조치결과 whose DKIM/SPF/DMARC fail",
    why="the From domain is NAVER's but authentication fails: nothing applies, a person checks it",
    items={N1: "pending", N4: "pending"},
)

case(
    name="cafe-manager-gmail",
    **{"from": "hanbit.manager2019@gmail.com"},
    name_from=enc("한빛마켓 카페매니저"),
    date=d(4, 22, 41, 10),
    subject=enc(f"{R1} 관련 카페 글 삭제했습니다"),
    body=f"""
안녕하세요 한빛마켓 카페 매니저입니다.
네이버에서 연락 받고 메일 드립니다.

{N4}
{N5}

위 두 글은 제가 매니저 권한으로 삭제했습니다.
앞으로 회원들 글 더 신경써서 관리하겠습니다.
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="a cafe manager (a user, not NAVER) writing from a personal Gmail address",
    why="statements about requested items from a sender outside every platform's domains",
    items={N4: "pending", N5: "pending"},
)

case(
    name="naver-about-band-posts",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(9, 14, 3, 51),
    subject=enc(f"[네이버] BAND 게시글 관련 회신 ({R5})"),
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

BAND 서비스로 요청하신 건을 전달받아 회신드립니다.

{B1} - 삭제
{B2} - 삭제

감사합니다.
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="NAVER corporate policy team answering for BAND posts (BAND is run by NAVER but configured as its own platform)",
    why="a navercorp.com sender states statuses for items of the 'band' platform, whose configured sender domain is band.us",
    items={B1: "pending", B2: "pending"},
)

case(
    name="kakao-asks-for-documents",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d(4, 15, 0, 9),
    subject=enc(f"[카카오] {R2} 관련 추가 자료 요청"),
    reply_to_req=req_mid(R2),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 다음카페 게시물
 - {K1}
 - {K2}
에 대한 검토를 위해 아래 자료를 추가로 보내주시기 바랍니다.

 1. 시정요구 결정서 사본(의결일자 기재)
 2. 게시물별 위반 법령 조항

자료가 접수되면 검토를 진행하겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Kakao 권리침해신고센터 request for supporting documents (결정서 사본, 위반 조항)",
    why="the platform asks us for documents before acting; the two named posts stay pending",
    items={K1: "pending", K2: "pending"},
)

case(
    name="yt-policy-newsletter",
    **{"from": "no-reply@youtube.com"},
    name_from=enc("YouTube 공지"),
    date=d(12, 10, 0, 0),
    subject=enc("[YouTube] 신뢰할 수 있는 신고자 프로그램 운영 변경 안내"),
    body="""
안녕하세요.

YouTube 신뢰할 수 있는 신고자(Trusted Flagger) 프로그램 참여 기관에 안내드립니다.

2024년 10월 1일부터 일괄 신고 도구의 CSV 업로드 형식이 변경됩니다.
변경된 양식은 https://support.google.com/youtube/answer/7554338 에서 확인하실 수 있습니다.

문의 사항은 담당 파트너 매니저에게 연락해 주세요.

YouTube 드림
""",
    outcome="review", classification="other", review="no_claims",
    imitates="YouTube programme newsletter to Trusted Flagger organisations",
    why="trusted YouTube mail naming no item and no request; the help link is not an item",
    items={},
)

case(
    name="kakao-notice-before-request",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d(2, 9, 15, 30),
    subject=enc("[카카오] 신고하신 게시물에 대한 임시조치 안내"),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

신고하신 게시물 {K1} 에 대하여 정보통신망법 제44조의2 제4항에 따라
30일간 임시조치하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="predates_request",
    imitates="Kakao 임시조치 notice dated 2 September, a day before our request KCSC-240903-02 was sent",
    why="the notice is dated before the request that holds this item (likely another complainant's report); a person should decide whether it counts",
    items={K1: "pending"},
)

# ===== ignored ============================================================

case(
    name="naver-ooo-chuseok",
    **{"from": "seoyun.lee@navercorp.com"},
    name_from=enc("이서윤"),
    date=d(13, 18, 30, 0),
    subject=enc(f"[자동응답] 부재중입니다: RE: [{R1}] 불법정보 시정요구"),
    reply_to_req=req_mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 이서윤입니다.

추석 연휴로 9월 19일(목)까지 부재중입니다.
복귀 후 순차적으로 확인하겠습니다.
급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내주세요.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office reply over the Chuseok holiday",
    why="an automatic absence notice",
    items={},
)

_orig_reminder = f"""From: KCSC <takedown@kcsc.example>
To: cafe-right@kakaocorp.com
Subject: [{R2}] reminder
Date: {d(11, 9, 0, 0)}
Message-ID: <reminder-240903-02-a@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{R2} 시정요구 기한이 지났습니다. 아래 게시물 조치결과를 회신하여 주십시오.
{K1}
{K2}
"""
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.kakaocorp.com"},
    name_from="Mail Delivery System",
    date=d(11, 9, 0, 14),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="8F2A11C04B.1726012814/mx1.kakaocorp.com"

--8F2A11C04B.1726012814/mx1.kakaocorp.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe-right@kakaocorp.com>: host mailstore3.kakaocorp.com said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

--8F2A11C04B.1726012814/mx1.kakaocorp.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: {d(11, 9, 0, 12)}

Final-Recipient: rfc822; cafe-right@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--8F2A11C04B.1726012814/mx1.kakaocorp.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_orig_reminder}
--8F2A11C04B.1726012814/mx1.kakaocorp.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) returning our reminder with its URLs",
    why="a delivery failure report; the URLs are in our own returned message",
    items={},
)

case(
    name="dc-read-receipt",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d(5, 16, 2, 0),
    subject=enc(f"읽음 확인: [{R4}] 불법 도박 홍보 게시물 시정요구"),
    reply_to_req=req_mid(R4),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_mdn_5f1c"

------=_mdn_5f1c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[{R4}] 불법 도박 홍보 게시물 시정요구"을(를)
수신자가 2024-09-05 16:01에 읽었습니다.

------=_mdn_5f1c
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; WebMail
Final-Recipient: rfc822;report@dcinside.com
Original-Message-ID: <{req_mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_mdn_5f1c--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail 읽음 확인 (MDN)",
    why="a read receipt says nothing about any item",
    items={},
)

case(
    name="yt-report-receipt",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    date=d(4, 10, 4, 2),
    subject=enc(f"Re: [{R3}] 신고가 접수되었습니다 [7-4418000031982]"),
    reply_to_req=req_mid(R3),
    body="""
안녕하세요.

Google에 신고해 주셔서 감사합니다. 신고가 접수되었으며, 참조 번호는 7-4418000031982입니다.
이 건에 관해 추가로 연락하실 때는 참조 번호를 제목에 포함해 주세요.

검토가 완료되면 이메일로 결과를 알려드립니다.

Google 법무 지원팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform receipt with a 7-... reference number (Korean)",
    why="a pure receipt: report received, reference number, result later",
    items={},
)

case(
    name="band-ticket-receipt",
    **{"from": "noreply@band.us"},
    name_from=enc("BAND 고객센터"),
    date=d(6, 10, 1, 30),
    subject=enc("[BAND 고객센터] 문의가 정상적으로 접수되었습니다. (접수번호 BD240906-00731)"),
    body=f"""
안녕하세요. BAND 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : BD240906-00731
문의 제목 : [{R5}] 개인정보 노출 게시글 삭제 요청
접수일시 : 2024.09.06 10:01

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND 고객센터 automatic ticket receipt (접수번호)",
    why="a pure acknowledgement of our request, no statement about any post",
    items={},
)

case(
    name="unknown-host-bounce-korean",
    **{"from": "postmaster@mail.hanbit-market.example"},
    name_from=enc("메일 시스템 관리자"),
    date=d(3, 10, 2, 5),
    subject=enc("메일 발송 실패 안내 (Delivery Status Notification)"),
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-hb-0903"

--dsn-hb-0903
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 아래 수신자에게 전달되지 못했습니다.

수신자: manager@hanbit-market.example
사유: 수신자의 메일함 용량이 초과되었습니다. (552 5.2.2 Mailbox full)

--dsn-hb-0903
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.hanbit-market.example

Final-Recipient: rfc822; manager@hanbit-market.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-hb-0903
Content-Type: text/rfc822-headers

From: KCSC <takedown@kcsc.example>
To: manager@hanbit-market.example
Subject: [{R1}] 카페 게시물 관련 문의
Message-ID: <cc-240903-hb@kcsc.example>

--dsn-hb-0903--
""",
    outcome="ignored", classification="bounce",
    imitates="Korean-language DSN (mailbox full) from a mail host outside every platform",
    why="a bounce is ignored whoever sends it",
    items={},
)

case(
    name="yt-lawyer-ooo-english",
    **{"from": "jkwon@google.com"},
    name_from="Jieun Kwon",
    date=d(16, 9, 0, 3),
    subject=f"Automatic reply: [{R3}] reminder",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thank you for your email. I am out of the office until Monday, September 23, with limited access to email.

For urgent legal removal matters in Korea, please use the legal webform:
https://support.google.com/legal/answer/3110420

Best,
Jieun
""",
    outcome="ignored", classification="auto_reply",
    imitates="Google employee out-of-office (Outlook 'Automatic reply:') during Chuseok week",
    why="an automatic absence notice; the webform link is not an item",
    items={},
)


HEADER = """# Blind set 791 (Korean focus), written before any run of the reader.
# Generated by make.py; one [[case]] per email, each judged alone on a
# fresh ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind791", HEADER, CASES)
