#!/usr/bin/env python3
"""Blind set 707 (Korean replies: NAVER, Kakao/Daum, YouTube Korea, DC Inside,
BAND). Writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind707/make.py

Deterministic: no clocks, no randomness. Every expected result below was
written from the meaning of its email before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind707"

# ---------------------------------------------------------------- requests
R_NAVER = "KCSC-240903-01"   # 12 items, largest
R_KAKAO = "KCSC-240904-02"   # 5 items
R_YT = "KCSC-240905-03"      # 4 items
R_DC = "KCSC-240906-04"      # 3 items
R_BAND = "KCSC-240909-05"    # 2 items
R_NAVER1 = "KCSC-240910-06"  # 1 item
R_YT1 = "KCSC-240911-07"     # 1 item

CAFE_KR = "코인리딩방"
CAFE_PCT = "%EC%BD%94%EC%9D%B8%EB%A6%AC%EB%94%A9%EB%B0%A9"

N1 = "https://blog.naver.com/goldbull_lead/223541870112"
N2 = "https://blog.naver.com/goldbull_lead/223542011457"
N3 = "https://blog.naver.com/stock_oracle77/223538804419"
N4 = f"https://cafe.naver.com/{CAFE_PCT}/1187"
N5 = f"https://cafe.naver.com/{CAFE_PCT}/1203"
N4_RAW = f"https://cafe.naver.com/{CAFE_KR}/1187"
N5_RAW = f"https://cafe.naver.com/{CAFE_KR}/1203"
N6 = "https://cafe.naver.com/richtalk2024/5521"
N7 = "https://cafe.naver.com/richtalk2024/5534"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40102&docId=471829305"
N9 = "https://blog.naver.com/moneytree_sb/223540077261"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38221904&memberNo=51277310"
N11 = "https://blog.naver.com/moneytree_sb/223540093318"
N12 = "https://cafe.naver.com/richtalk2024/5602"
NAVER_ALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1 = "https://cafe.daum.net/toto-winner/Rf8k/402"
K2 = "https://cafe.daum.net/toto-winner/Rf8k/417"
K3 = "https://bigbet-guide.tistory.com/58"
K4 = "https://bigbet-guide.tistory.com/61"
K5 = "https://pf.kakao.com/_xkLqTn/105839221"
KAKAO_ALL = [K1, K2, K3, K4, K5]

Y1 = "https://www.youtube.com/watch?v=Qm7rT2xK9aE"
Y2 = "https://www.youtube.com/watch?v=bN4wZp0Lc3s"
Y3 = "https://www.youtube.com/shorts/Hx8vPq2Ld1Y"
Y4 = "https://www.youtube.com/watch?v=T0eKw5yUu8M"
YT_ALL = [Y1, Y2, Y3, Y4]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9182734"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightlife_kr&no=48213"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=nightlife_kr&no=48251"
DC_ALL = [D1, D2, D3]

B1 = "https://band.us/band/86023341/post/1572"
B2 = "https://band.us/band/86023341/post/1588"

S1 = "https://blog.naver.com/daily_gossip_kr/223550318822"
Y5 = "https://www.youtube.com/watch?v=Lr5Ud2Wz8Nq"

REQUESTS = [
    (R_NAVER, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     NAVER_ALL, "illegal_finance", "불법 투자리딩 게시물 12건"),
    (R_KAKAO, "kakao", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
     KAKAO_ALL, "gambling", "불법 도박 홍보 (다음 카페, 티스토리, 카카오톡 채널)"),
    (R_YT, "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     YT_ALL, "drugs", "마약류 판매 광고 동영상"),
    (R_DC, "dcinside", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     DC_ALL, "privacy", "개인정보 노출 및 성매매 알선 게시글"),
    (R_BAND, "band", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     [B1, B2], "illegal_finance", "비상장주식 사기 권유 밴드 게시글"),
    (R_NAVER1, "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [S1], "defamation", "명예훼손 블로그 게시물 1건"),
    (R_YT1, "youtube", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [Y5], "fraud", "투자 사기 광고 동영상 1건"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()          # e.g. req-240903-01


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def d(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").strftime("%a, %d %b %Y %H:%M:%S +0900")


def enc(s):
    """RFC 2047 encoded subject, as most Korean mail clients send it."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def plain_qp(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text))


def html_b64(html):
    return ("Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(html))


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def original_request(ref, urls, when):
    lines = [f"제목: [방송통신심의위원회] 시정요구 ({ref})", "",
             "안녕하십니까, 방송통신심의위원회입니다.",
             "아래 정보에 대하여 시정을 요구하오니 조치 후 결과를 회신하여 주시기 바랍니다.", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"회신 기한: {when}", "방송통신심의위원회 드림"]
    return "\n".join(lines)


NAVER_SIG = """--
NAVER 정책지원 | 콘텐츠안전팀
경기도 성남시 분당구 (가상 주소) | 이 메일은 발신 전용이 아닙니다.
운영정책: https://policy.naver.com/policy/service.html"""

KAKAO_SIG = """--
카카오 권리침해신고센터
운영정책 안내: https://www.kakao.com/policy/oppolicy"""

YT_SIG = """© 2024 Google LLC
YouTube 법무팀 | https://support.google.com/youtube/answer/6154230"""

DC_SIG = """--
디시인사이드 운영팀
https://gall.dcinside.com/board/lists/?id=dcbest"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(name="naver-gongmun-result-table", from_="policy-notice@navercorp.com",
     name_from="네이버 정책지원", date=d("2024-09-05 16:40:12"),
     subject=enc(f"[네이버] 시정요구({R_NAVER})에 대한 조치결과 회신 (1차)"),
     reply_to_req=msgid(R_NAVER),
     body=f"""수신: 방송통신심의위원회 통신심의국
참조: 불법금융정보 대응 담당
제목: 시정요구에 대한 조치결과 회신 ({R_NAVER})

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 불법 투자리딩 관련 정보에 대하여
   당사는 아래와 같이 조치하였음을 회신합니다.

 가. 조치 내역 (1차분, 6건)

 연번 | 대상 URL                                              | 조치 결과               | 조치일
 ---- | ----------------------------------------------------- | ----------------------- | ----------
 1    | {N1} | 삭제                    | 2024.09.04
 2    | {N2} | 삭제                    | 2024.09.04
 3    | {N3} | 게시중단                | 2024.09.04
 4    | {N4_RAW}                    | 임시조치(30일)          | 2024.09.05
 5    | {N5_RAW}                    | 게시물 없음(작성자 삭제)| -
 6    | {N6}              | 블라인드                | 2024.09.05

 나. 나머지 6건은 서비스별 확인을 마치는 대로 별도 회신드리겠습니다.

3. 본 건 관련 문의는 정책지원 담당(내선 4127)으로 연락 주시기 바랍니다.  끝.

{NAVER_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 공문-style 시정요구 조치결과 회신 with a plain-text table",
     why="six rows each naming a URL with an unhedged result; the promise covers only unnamed items",
     items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted",
            N5: "not_found", N6: "removed"})

case(name="naver-html-table-second-batch", from_="policy-notice@navercorp.com",
     name_from="네이버 정책지원", date=d("2024-09-09 11:02:45"),
     subject=enc(f"[네이버] 시정요구({R_NAVER}) 조치결과 회신 (2차)"),
     reply_to_req=msgid(R_NAVER), type="html",
     body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>지난 1차 회신에 이어, 요청하신 정보 중 나머지 6건의 조치 결과를 아래 표와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>7</td><td><a href="{N7}">{N7}</a></td><td>삭제</td><td>카페 운영원칙 위반</td></tr>
<tr><td>8</td><td><a href="{N8.replace('&', '&amp;')}">{N8.replace('&', '&amp;')}</a></td><td>삭제</td><td>질문 및 답변 전체</td></tr>
<tr><td>9</td><td><a href="{N9}">{N9}</a></td><td>조치 불가(게시 유지)</td><td>일반적인 시황 의견으로, 유료 리딩 권유 등 위반 내용이 확인되지 않음</td></tr>
<tr><td>10</td><td><a href="{N10.replace('&', '&amp;')}">{N10.replace('&', '&amp;')}</a></td><td>비공개 처리</td><td>-</td></tr>
<tr><td>11</td><td><a href="{N11}">{N11}</a></td><td>존재하지 않는 게시물</td><td>요청 접수 전 작성자 삭제</td></tr>
<tr><td>12</td><td><a href="{N12}">{N12}</a></td><td>접근 제한</td><td>19세 미만 이용자 열람 제한</td></tr>
</table>
<p>이상으로 본 시정요구 건에 대한 회신을 마칩니다. 감사합니다.</p>
<p style="color:#888">NAVER 정책지원 | 콘텐츠안전팀<br>
<a href="https://policy.naver.com/policy/service.html">운영정책 보기</a></p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 조치결과 HTML table (second batch of a 시정요구 reply)",
     why="HTML table, one row per URL: deleted, deleted, refused with a reason, made private, gone before the request, age-restricted",
     items={N7: "removed", N8: "removed", N9: "rejected", N10: "removed",
            N11: "not_found", N12: "restricted"})

_csv_rows = [
    ("1", N1, "삭제", "2024-09-04"), ("2", N2, "삭제", "2024-09-04"),
    ("3", N3, "게시중단", "2024-09-04"), ("4", N4, "임시조치", "2024-09-05"),
    ("5", N5, "게시물 없음", ""), ("6", N6, "블라인드", "2024-09-05"),
    ("7", N7, "삭제", "2024-09-06"), ("8", N8, "삭제", "2024-09-06"),
    ("9", N9, "게시 유지(위반 없음)", ""), ("10", N10, "비공개 처리", "2024-09-06"),
    ("11", N11, "존재하지 않는 게시물", ""), ("12", N12, "삭제", "2024-09-09"),
]
_cbuf = io.StringIO()
_cw = csv.writer(_cbuf, lineterminator="\r\n")
_cw.writerow(["연번", "URL", "처리결과", "처리일"])
for r in _csv_rows:
    _cw.writerow(r)
_csv_text = "\ufeff" + _cbuf.getvalue()
case(name="naver-csv-attachment-all", from_="policy-notice@navercorp.com",
     name_from="네이버 정책지원", date=d("2024-09-10 09:15:30"),
     subject=enc(f"RE: 시정요구 {R_NAVER} 처리결과 (엑셀 파일 첨부)"),
     reply_to_req=msgid(R_NAVER),
     raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NV_707_csv"

------=_NV_707_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, 네이버 정책지원입니다.

{R_NAVER} 건 12건의 최종 처리 결과를 첨부 파일(CSV)로 정리하여 보내드립니다.
앞서 회신드린 내용과 다른 부분이 있는 경우 첨부 파일 기준으로 보아 주시기 바랍니다.

감사합니다.
''')}
------=_NV_707_csv
Content-Type: text/csv; charset=utf-8; name="{R_NAVER}_result.csv"
Content-Disposition: attachment; filename="{R_NAVER}_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv_text)}
------=_NV_707_csv--
""",
     outcome="applied", classification="confirmation",
     imitates="portal result spreadsheet exported to CSV and attached to a reply",
     why="CSV attachment with one row per URL and a Korean result word per row",
     items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted",
            N5: "not_found", N6: "removed", N7: "removed", N8: "removed",
            N9: "rejected", N10: "removed", N11: "not_found", N12: "removed"})

case(name="naver-blog-operator-informal", from_="doyun.kim@navercorp.com",
     name_from="김도윤", date=d("2024-09-11 10:47:03"),
     subject=enc(f"Re: [{R_NAVER1}] 블로그 게시물 시정요구"),
     reply_to_req=msgid(R_NAVER1),
     body=f"""안녕하세요, 네이버 블로그 운영 담당 김도윤입니다.

보내주신 건 확인했습니다.
{S1} 게시물은 오늘 오전 블라인드 처리했고, 작성자에게도 처리 사실 안내 나갔습니다.

추가로 필요하신 부분 있으면 편하게 회신 주세요.
감사합니다.

김도윤 드림
NAVER 블로그 서비스운영""",
     outcome="applied", classification="confirmation",
     imitates="informal reply from a NAVER blog operator",
     why="one named URL, 블라인드 처리 in the past tense",
     items={S1: "removed"})

case(name="naver-single-item-no-url", from_="policy-notice@navercorp.com",
     name_from="네이버 정책지원", date=d("2024-09-12 15:20:41"),
     subject=enc(f"Re: [{R_NAVER1}] 게시물 삭제 요청의 건"),
     reply_to_req=msgid(R_NAVER1),
     body=f"""안녕하십니까, 네이버 정책지원입니다.

귀 위원회에서 요청하신 {R_NAVER1} 건과 관련하여,
해당 게시물은 2024년 9월 12일 14시 부로 게시중단 조치를 완료하였음을 알려드립니다.

게시자가 재게시를 요청하는 경우 관련 절차에 따라 별도로 안내드리겠습니다.

{NAVER_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 완료 notice answering a one-item request by reference",
     why="request of one item, referenced by number; 게시중단 완료 stated without a URL",
     items={S1: "removed"})

_q_naver = original_request(R_NAVER, [N1, N2, N3, N4_RAW, N5_RAW, N6, N7, N8, N9, N10, N11, N12],
                            "2024. 9. 10.")
case(name="naver-top-posted-two-items", from_="seoyeon.park@navercorp.com",
     name_from="박서연", date=d("2024-09-04 18:05:27"),
     subject=enc(f"Re: [방송통신심의위원회] 시정요구 ({R_NAVER})"),
     reply_to_req=msgid(R_NAVER),
     body=f"""안녕하세요, 네이버 콘텐츠안전팀 박서연입니다.
요청 건 중 확인이 끝난 2건 먼저 회신드립니다.

- {N3} : 삭제 완료
- {N9} : 검토 결과 운영정책 위반이 확인되지 않아 게시를 유지합니다. (특정 종목 일반 시황 글로 판단)

나머지는 확인되는 대로 다시 연락드리겠습니다.

박서연 드림

2024년 9월 3일 (화) 오전 10:02, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(_q_naver)}""",
     outcome="applied", classification="confirmation",
     imitates="top-posted Gmail-style reply over the quoted KCSC request",
     why="two named items above the quote: one deleted, one refused with a reason; the quoted list states nothing",
     items={N3: "removed", N9: "rejected"})

case(name="naver-status-line-then-url", from_="policy-notice@navercorp.com",
     name_from="네이버 정책지원", date=d("2024-09-06 13:33:10"),
     subject=enc(f"[네이버] {R_NAVER} 추가 처리 결과"),
     reply_to_req=msgid(R_NAVER),
     body=f"""방송통신심의위원회 담당자님 안녕하세요.
추가로 확인된 처리 결과를 아래와 같이 안내드립니다.

■ 게시중단 완료
{N2}

■ 확인 불가 (이미 삭제된 게시물)
{N11}

※ 확인 불가 건은 요청일 이전에 작성자가 직접 삭제한 것으로 확인되었습니다.

{NAVER_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="NAVER notice with the status as a heading and the URL on the line below",
     why="each heading states a result for the URL under it",
     items={N2: "removed", N11: "not_found"})

case(name="naver-cafe-qp-body", from_="cafe-safety@navercorp.com",
     name_from="네이버 카페 운영팀", date=d("2024-09-06 17:48:55"),
     subject=enc(f"[네이버 카페] 시정요구({R_NAVER}) 관련 게시글 처리 안내"),
     reply_to_req=msgid(R_NAVER),
     raw_mime=plain_qp(f"""안녕하세요. 네이버 카페 운영팀입니다.

요청하신 게시글 중 카페(richtalk2024) 소속 게시글에 대해 안내드립니다.
카페 운영원칙 위반(불법 금융 상품 권유)으로 아래 게시글을 삭제 처리하였으며,
해당 카페에는 운영원칙 위반 경고가 부여되었습니다.

  1) {N6}
  2) {N7}

같은 카페의 나머지 게시글은 검토 중입니다.

네이버 카페 운영팀 드림
카페 운영원칙: https://section.cafe.naver.com/ca-fe/home/rules"""),
     outcome="applied", classification="confirmation",
     imitates="NAVER Cafe operations notice, quoted-printable body",
     why="two numbered URLs under an unhedged 삭제 처리하였으며; the 'under review' sentence names no URL",
     items={N6: "removed", N7: "removed"})

case(name="naver-raw-korean-path-particles", from_="seoyeon.park@navercorp.com",
     name_from="박서연", date=d("2024-09-05 10:12:38"),
     subject=enc(f"Re: [방송통신심의위원회] 시정요구 ({R_NAVER}) - 카페 게시글 2건"),
     reply_to_req=msgid(R_NAVER),
     body=f"""안녕하세요, 박서연입니다.

카페 게시글 2건 확인 결과 공유드립니다.
{N4_RAW}은 권리침해 여부 판단이 어려워 우선 임시조치(30일)하였고,
{N5_RAW}의 경우 작성자가 이미 삭제하여 게시글이 존재하지 않습니다.

참고 부탁드립니다.
박서연 드림""",
     outcome="applied", classification="confirmation",
     imitates="informal NAVER staff reply with raw Korean-path cafe URLs followed by particles",
     why="임시조치 of the first URL (은 attached), author-deleted second URL (의 attached)",
     items={N4: "restricted", N5: "not_found"})

case(name="naver-wrapped-kin-url", from_="kin-ops@navercorp.com",
     name_from="네이버 지식iN 운영", date=d("2024-09-06 09:58:16"),
     subject=enc(f"RE: {R_NAVER} 지식iN/포스트 게시물 처리 결과"),
     reply_to_req=msgid(R_NAVER),
     body=f"""안녕하십니까. 네이버 지식iN 운영 담당자입니다.

요청하신 지식iN 질문 게시물
{N8[:len('https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40102&')]}
{N8[len('https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40102&'):]}
은 질문과 달린 답변 모두 삭제하였습니다.

또한 포스트 게시물
{N10}
은 게시자에게 위반 사실을 통보하고 비공개 처리하였습니다.

감사합니다.
네이버 지식iN 운영""",
     outcome="applied", classification="confirmation",
     imitates="NAVER KnowledgeiN operator reply whose long URL the mail client hard-wrapped",
     why="the 지식iN URL is wrapped after '&' across two lines; both items stated deleted/made private",
     items={N8: "removed", N10: "removed"})

case(name="naver-echoed-report-form", from_="report-noreply@navercorp.com",
     name_from="네이버 신고센터", date=d("2024-09-07 08:30:00"),
     subject=enc("[네이버 신고센터] 신고하신 게시물의 처리 결과 안내"),
     body=f"""네이버 신고센터입니다.
방송통신심의위원회(기관 신고)에서 접수하신 신고의 처리 결과를 안내드립니다.

[신고 1]
신고 번호: NR-20240903-77150
신고 URL: {N9}
신고 사유: 불법 금융투자 권유
처리 결과: 게시중단

[신고 2]
신고 번호: NR-20240903-77151
신고 URL: {N10}
신고 사유: 불법 금융투자 권유
처리 결과: 비공개 처리

[신고 3]
신고 번호: NR-20240903-77152
신고 URL: {N12}
신고 사유: 불법 금융투자 권유
처리 결과: 청소년 접근 제한

처리 결과에 이의가 있으시면 신고센터 마이페이지에서 확인하실 수 있습니다.
https://right.naver.com/mypage

※ 본 메일은 발신 전용입니다.""",
     outcome="applied", classification="confirmation",
     imitates="NAVER report-centre result mail echoing the report form fields",
     why="echoed report blocks, each with its URL and a 처리 결과 line",
     items={N9: "removed", N10: "removed", N12: "restricted"})

case(name="naver-receipt-plus-results", from_="policy-notice@navercorp.com",
     name_from="네이버 정책지원", date=d("2024-09-03 15:27:44"),
     subject=enc(f"[네이버] 시정요구 접수 확인 ({R_NAVER})"),
     reply_to_req=msgid(R_NAVER),
     body=f"""안녕하십니까, 네이버 정책지원입니다.

귀 위원회의 시정요구가 정상적으로 접수되었습니다. (접수번호 NV-2409-551823)

아울러 접수 후 확인한 결과, 아래 2건은 이미 당사 모니터링으로 게시중단 처리된 상태임을 알려드립니다.
 - {N1}
 - {N3}

나머지 건은 처리 후 순차적으로 회신드리겠습니다.

{NAVER_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="NAVER receipt that also reports items already taken down",
     why="an acknowledgement phrase plus unhedged statements about two named items",
     items={N1: "removed", N3: "removed"})

case(name="kakao-daum-numbered-arrows", from_="safety-notice@kakaocorp.com",
     name_from="카카오 권리침해신고센터", date=d("2024-09-06 14:11:09"),
     subject=enc(f"[카카오] 시정요구({R_KAKAO}) 처리 결과 안내"),
     reply_to_req=msgid(R_KAKAO),
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

1. {K1}
   → 임시조치 (30일간 게시물 접근 차단)
2. {K2}
   → 삭제
3. {K3}
   → 삭제 (해당 블로그 이용제한 병행)
4. {K4}
   → 대상 게시물 없음 (작성자 삭제)

요청 목록 5번(카카오톡 채널 게시물)은 담당 부서 확인 후 별도로 회신드리겠습니다.

{KAKAO_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="Daum/Kakao 권리침해신고센터 result notice, numbered list with arrows",
     why="four numbered URLs each with a result line below; item 5 is only promised",
     items={K1: "restricted", K2: "removed", K3: "removed", K4: "not_found", K5: "pending"})

case(name="kakao-channel-post-refused", from_="safety-notice@kakaocorp.com",
     name_from="카카오 권리침해신고센터", date=d("2024-09-09 16:02:51"),
     subject=enc(f"[카카오] 시정요구({R_KAKAO}) 5번 항목 검토 결과"),
     reply_to_req=msgid(R_KAKAO),
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

지난 회신에서 안내드린 카카오톡 채널 게시물
{K5}
에 대한 검토 결과를 알려드립니다.

해당 게시물은 해외 스포츠 경기 일정과 결과를 소개하는 글로, 도박 사이트 링크나 가입 권유가
포함되어 있지 않아 카카오 운영정책상 제한 사유에 해당하지 않는 것으로 판단하였습니다.
따라서 별도 조치 없이 게시를 유지합니다.

추가 자료가 있으시면 회신 주시기 바랍니다.

{KAKAO_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="Kakao refusal with its reason for a KakaoTalk channel post",
     why="named URL kept online because no policy is broken: a refusal with a reason",
     items={K5: "rejected"})

case(name="kakao-html-base64-table", from_="safety-notice@kakaocorp.com",
     name_from="카카오 권리침해신고센터", date=d("2024-09-10 11:40:22"),
     subject=enc(f"[카카오] {R_KAKAO} 추가 조치 결과"),
     reply_to_req=msgid(R_KAKAO),
     raw_mime=html_b64(f"""<html><body>
<p>안녕하세요. 카카오입니다.</p>
<p>임시조치 기간 중 추가 검토를 마친 게시물을 포함하여 아래와 같이 조치하였습니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>대상</th><th>서비스</th><th>조치</th></tr></thead>
<tbody>
<tr><td>{K1}</td><td>다음 카페</td><td>삭제</td></tr>
<tr><td>{K2}</td><td>다음 카페</td><td>삭제</td></tr>
<tr><td>{K5}</td><td>카카오톡 채널</td><td>게시물 삭제 및 채널 이용제한</td></tr>
</tbody></table>
<p>카카오 권리침해신고센터 드림<br><a href="https://www.kakao.com/policy/oppolicy">카카오 운영정책</a></p>
</body></html>"""),
     outcome="applied", classification="confirmation",
     imitates="Kakao HTML result table sent base64-encoded",
     why="three table rows, each URL with 삭제",
     items={K1: "removed", K2: "removed", K5: "removed"})

case(name="kakao-tistory-angle-brackets", from_="tistory-ops@kakaocorp.com",
     name_from="티스토리 운영팀", date=d("2024-09-05 19:22:07"),
     subject=enc(f"[티스토리] 시정요구 {R_KAKAO} 관련 블로그 조치 안내"),
     reply_to_req=msgid(R_KAKAO),
     body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 블로그 게시글 <{K3}>, <{K4}> 두 건 모두
불법 도박 홍보로 확인되어 비공개 처리하였으며, 해당 블로그(bigbet-guide)는 이용이 제한되었습니다.

다음 카페 게시물은 다음 카페 운영팀에서 따로 회신드릴 예정입니다.

감사합니다.
티스토리 운영팀""",
     outcome="applied", classification="confirmation",
     imitates="Tistory (Kakao) operations reply with URLs in angle brackets",
     why="both URLs named individually, both made private (비공개 처리)",
     items={K3: "removed", K4: "removed"})

_q_kakao = "\n".join(["방송통신심의위원회에서 알려드립니다.", f"시정요구 번호: {R_KAKAO}", ""] +
                     [f"{i}. {u}" for i, u in enumerate(KAKAO_ALL, 1)] +
                     ["", "위 게시물에 대하여 조치 후 회신 바랍니다."])
case(name="kakao-outlook-original-message", from_="jiho.lee@kakaocorp.com",
     name_from="이지호", date=d("2024-09-05 11:56:30"),
     subject=enc(f"RE: [방송통신심의위원회] 시정요구 {R_KAKAO}"),
     reply_to_req=msgid(R_KAKAO),
     body=f"""안녕하세요, 카카오 다음카페 운영 담당 이지호입니다.

{K2} 게시글은 삭제했습니다.
{K4} 은 확인해 보니 요청 전에 이미 삭제된 게시물이라 별도 조치할 대상이 없었습니다.

나머지는 확인 중입니다.

이지호 | 카카오 커뮤니티운영

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:30 AM
To: safety-notice@kakaocorp.com
Subject: [방송통신심의위원회] 시정요구 {R_KAKAO}

{_q_kakao}""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with the request below -----Original Message-----",
     why="two named URLs above the Outlook separator; the quoted list below states nothing",
     items={K2: "removed", K4: "not_found"})

case(name="yt-legal-kr-geo-restricted", from_="legal-kr-noreply@google.com",
     name_from="YouTube 법무팀", date=d("2024-09-09 02:14:55"),
     subject=enc(f"[6-8831000032475] 귀하의 YouTube 법적 신고 ({R_YT})"),
     reply_to_req=msgid(R_YT),
     body=f"""안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 귀하께서 신고하신 콘텐츠를 검토하였습니다.

검토 결과, 현지 법률에 따라 다음 콘텐츠에 대해 대한민국에서의 액세스를 제한하였습니다.

- {Y1}
- {Y2}

이 조치는 해당 콘텐츠가 대한민국 외 지역에서는 계속 표시될 수 있음을 의미합니다.

감사합니다.
YouTube 법무팀

{YT_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-removal outcome, Korean version, local (country) block",
     why="two listed URLs restricted in Korea only",
     items={Y1: "restricted", Y2: "restricted"})

case(name="yt-blocks-per-video", from_="legal-kr-noreply@google.com",
     name_from="YouTube 법무팀", date=d("2024-09-10 03:41:19"),
     subject=enc(f"[6-8831000032475] 추가 검토 결과 안내 ({R_YT})"),
     reply_to_req=msgid(R_YT),
     body=f"""안녕하세요.

신고하신 동영상에 대한 추가 검토 결과를 동영상별로 안내드립니다.

동영상: {Y3}
조치: 커뮤니티 가이드(규제 상품) 위반으로 전 세계에서 삭제됨

동영상: {Y4}
조치: 조치 없음 - 검토 결과 YouTube 정책 및 현지 법률 위반이 확인되지 않았습니다.

동영상: {Y1}
조치: 대한민국에서 액세스 제한됨 (이전 안내와 동일)

Thank you,
The YouTube Legal Team

{YT_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="YouTube per-video outcome blocks (Korean text, English closing)",
     why="three blocks, each naming a video and an unhedged action: removed, no action with a reason, restricted",
     items={Y3: "removed", Y4: "rejected", Y1: "restricted"})

case(name="yt-single-video-removed", from_="legal-kr-noreply@google.com",
     name_from="YouTube 법무팀", date=d("2024-09-13 05:07:33"),
     subject=enc(f"[6-8832000041190] 귀하의 YouTube 신고 ({R_YT1})"),
     reply_to_req=msgid(R_YT1),
     body=f"""안녕하세요.

신고하신 다음 동영상을 검토하였습니다.
{Y5}

이 동영상은 YouTube 서비스 약관 및 사기 관련 정책 위반으로 삭제되었습니다.
업로더에게는 이의신청 절차가 안내되었습니다.

감사합니다.
YouTube 법무팀

{YT_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="YouTube removal outcome for a single reported video (Korean)",
     why="one named video, 삭제되었습니다",
     items={Y5: "removed"})

_q_yt = "\n".join(["안녕하십니까, 방송통신심의위원회입니다.",
                   f"아래 동영상에 대한 조치를 요청합니다 ({R_YT}).", ""] +
                  [f"- {u}" for u in YT_ALL])
case(name="yt-gmail-quote-fullwidth", from_="minji.han@google.com",
     name_from="한민지", date=d("2024-09-06 16:25:48"),
     subject=enc(f"Re: [방송통신심의위원회] 동영상 조치 요청 ({R_YT})"),
     reply_to_req=msgid(R_YT),
     body=f"""안녕하세요, 구글코리아 YouTube 정책팀 한민지입니다.

요청하신 동영상 중 2건 먼저 말씀드립니다.
「{Y2}」 동영상은 규제 상품 판매 정책 위반으로 삭제되었습니다．
「{Y4}」 동영상은 업로더가 이미 삭제하여 더 이상 존재하지 않습니다．

나머지 2건은 법무팀 검토가 끝나면 공식 회신이 갈 예정입니다.

한민지 드림

2024년 9월 5일 (목) 오전 11:03, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(_q_yt)}""",
     outcome="applied", classification="confirmation",
     imitates="Google Korea policy staff Gmail reply, URLs in 「」 with full-width full stops",
     why="two URLs in corner brackets: one deleted, one already deleted by its uploader; quote states nothing",
     items={Y2: "removed", Y4: "not_found"})

case(name="yt-statement-of-reasons-kr", from_="noreply-sor@youtube.com",
     name_from="YouTube", date=d("2024-09-08 07:00:02"),
     subject=enc("YouTube 콘텐츠 조치에 대한 이유 설명서"),
     body=f"""YouTube 조치 이유 설명서 (Statement of reasons)

신고 참조 번호: {R_YT}
콘텐츠: {Y3}
조치 유형: 동영상 삭제
적용 범위: 전 세계
조치 근거: 커뮤니티 가이드 - 판매 목적의 규제 상품(마약류)
사실 및 상황: 제3자 신고(정부 기관) 후 검토
자동화 수단 사용: 검토 및 결정에 자동화 수단을 사용하지 않음
구제 수단: 업로더는 YouTube 스튜디오에서 이의신청을 할 수 있습니다.

자세한 내용: https://support.google.com/youtube/answer/2802032""",
     outcome="applied", classification="confirmation",
     imitates="DSA-style statement of reasons, Korean field labels",
     why="structured fields: one content URL, action type deletion, scope worldwide",
     items={Y3: "removed"})

case(name="dc-operator-informal", from_="cs@dcinside.com",
     name_from="디시인사이드 운영팀", date=d("2024-09-06 18:44:12"),
     subject=enc(f"Re: 게시물 삭제 요청 ({R_DC})"),
     reply_to_req=msgid(R_DC),
     body=f"""안녕하세요 디시인사이드 운영팀입니다.
보내주신 3건 확인했습니다.

{D1} 삭제했습니다.
{D2} 삭제하고 작성자 IP 차단했습니다.
{D3} 은 저희가 확인했을 때 이미 작성자가 지운 글이었습니다.

수고하세요.

{DC_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside operator's short informal reply",
     why="three lines, each a URL followed by its outcome",
     items={D1: "removed", D2: "removed", D3: "not_found"})

case(name="dc-keep-and-delete", from_="cs@dcinside.com",
     name_from="디시인사이드 운영팀", date=d("2024-09-09 12:05:37"),
     subject=enc(f"[디시인사이드] {R_DC} 처리 결과 회신"),
     reply_to_req=msgid(R_DC),
     body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 처리 결과 회신드립니다.

1) 주식 갤러리 게시글
{D1}
게시글에 기재된 연락처는 해당 업체의 공개된 대표번호로 확인되어 개인정보 노출에 해당하지 않습니다.
따라서 삭제하지 않고 게시를 유지합니다.

2) 마이너 갤러리 게시글
{D2}
성매매 알선 정보로 확인되어 삭제 처리하였습니다.

감사합니다.
{DC_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside formal reply refusing one item with a reason and deleting another",
     why="first item kept online with a reason (rejected), second deleted",
     items={D1: "rejected", D2: "removed"})

case(name="dc-html-bullets", from_="cs@dcinside.com",
     name_from="디시인사이드 운영팀", date=d("2024-09-07 10:31:58"),
     subject=enc(f"[디시인사이드] 요청 게시물 조치 완료 ({R_DC})"),
     reply_to_req=msgid(R_DC), type="html",
     body=f"""<div>안녕하세요, 디시인사이드 운영팀입니다.</div>
<div><br></div>
<div>아래 게시물은 운영자 삭제 처리되었습니다.</div>
<ul>
<li><a href="{D1.replace('&', '&amp;')}">{D1.replace('&', '&amp;')}</a></li>
<li><a href="{D3.replace('&', '&amp;')}">{D3.replace('&', '&amp;')}</a></li>
</ul>
<div>나머지 1건은 갤러리 관리자와 확인 중입니다.</div>
<div><br></div>
<div>디시인사이드 운영팀</div>""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside HTML reply with a bulleted list under one statement",
     why="statement 운영자 삭제 처리되었습니다 governs the two listed URLs",
     items={D1: "removed", D3: "removed"})

case(name="band-cs-result", from_="help@band.us",
     name_from="BAND 고객센터", date=d("2024-09-11 14:19:26"),
     subject=enc(f"[BAND] 요청하신 게시글 처리 결과 안내 ({R_BAND})"),
     reply_to_req=msgid(R_BAND),
     body=f"""안녕하세요. BAND 고객센터입니다.

요청하신 밴드 게시글에 대해 확인한 결과를 안내드립니다.

- {B1}
  운영정책(불법·사기성 투자 권유) 위반으로 게시글을 삭제하였습니다.
- {B2}
  작성자가 게시글을 삭제하여 현재 존재하지 않는 게시글입니다.

해당 밴드에는 운영정책 위반 이력이 기록되었습니다.
BAND 운영정책: https://band.us/policy/operation

감사합니다.
BAND 고객센터""",
     outcome="applied", classification="confirmation",
     imitates="BAND customer-centre result notice",
     why="two bulleted URLs with the outcome indented below each",
     items={B1: "removed", B2: "not_found"})

# ================================================================ REVIEW
case(name="naver-promise-sequential", from_="policy-notice@navercorp.com",
     name_from="네이버 정책지원", date=d("2024-09-04 09:30:15"),
     subject=enc(f"[네이버] 시정요구({R_NAVER}) 처리 일정 안내"),
     reply_to_req=msgid(R_NAVER),
     body=f"""안녕하십니까, 네이버 정책지원입니다.

요청하신 12건은 서비스별 담당 부서로 전달되었으며, 내부 검토를 거쳐 순차적으로 조치할 예정입니다.
특히 아래 블로그 게시물 2건은 우선 검토 대상으로 분류하여 이번 주 내 조치를 목표로 하고 있습니다.

 - {N1}
 - {N2}

조치가 완료되는 대로 결과를 회신드리겠습니다.

{NAVER_SIG}""",
     outcome="review", review="not_understood",
     imitates="NAVER progress notice: items scheduled for action",
     why="only promises (조치할 예정, 목표): named items stay pending",
     items={N1: "pending", N2: "pending"})

case(name="kakao-hedge-seems-deleted", from_="jiho.lee@kakaocorp.com",
     name_from="이지호", date=d("2024-09-05 15:08:44"),
     subject=enc(f"RE: [방송통신심의위원회] 시정요구 {R_KAKAO} (카페 게시물)"),
     reply_to_req=msgid(R_KAKAO),
     body=f"""안녕하세요, 이지호입니다.

말씀하신 다음 카페 게시글
{K1}
{K2}
두 건은 지금 접속해 보면 이미 삭제된 것으로 보이는데, 카페 매니저가 지운 것인지 저희 쪽 조치인지는
처리 이력을 담당 부서에 확인해 봐야 할 것 같습니다. 확인되면 다시 말씀드릴게요.

이지호 드림""",
     outcome="review", review="not_understood",
     imitates="Kakao staff's hedged informal reply",
     why="'삭제된 것으로 보이는데' is a hedge, and the writer says it still has to be checked",
     items={K1: "pending", K2: "pending"})

case(name="naver-bulk-all-done", from_="policy-notice@navercorp.com",
     name_from="네이버 정책지원", date=d("2024-09-10 17:55:09"),
     subject=enc(f"[네이버] 시정요구({R_NAVER}) 조치 완료 회신"),
     reply_to_req=msgid(R_NAVER),
     body=f"""수신: 방송통신심의위원회
제목: 시정요구 조치 완료 회신 ({R_NAVER})

1. 귀 위원회의 노고에 감사드립니다.
2. 귀 위원회에서 요청하신 게시물 12건 전체에 대하여 게시중단 조치를 완료하였음을 회신합니다.  끝.

{NAVER_SIG}""",
     outcome="review", review="bulk",
     imitates="one-paragraph 공문 confirming the whole request at once",
     why="'12건 전체' for a twelve-item request without naming any item: bulk",
     items={})

case(name="yt-bulk-all-restricted", from_="legal-kr-noreply@google.com",
     name_from="YouTube 법무팀", date=d("2024-09-12 04:22:10"),
     subject=enc(f"[6-8831000032475] 귀하의 YouTube 법적 신고 ({R_YT})"),
     reply_to_req=msgid(R_YT),
     body=f"""안녕하세요.

YouTube에 연락해 주셔서 감사합니다.
신고하신 동영상은 모두 검토를 마쳤으며, 현지 법률에 따라 대한민국에서 액세스가 제한되었습니다.

감사합니다.
YouTube 법무팀

{YT_SIG}""",
     outcome="review", review="bulk",
     imitates="YouTube legal outcome that covers 'all reported videos' without listing them",
     why="statement about all videos of a four-item request, none named: bulk",
     items={})

case(name="naver-auth-fail", from_="policy-notice@navercorp.com", auth="fail",
     name_from="네이버 정책지원", date=d("2024-09-05 21:12:40"),
     subject=enc(f"[네이버] 시정요구({R_NAVER}) 조치결과"),
     body=f"""안녕하십니까, 네이버 정책지원입니다.

요청하신 게시물 중 아래 게시물을 삭제하였습니다.
 - {N1}
 - {N2}

{NAVER_SIG}""",
     outcome="review", review="untrusted",
     imitates="NAVER result notice whose DKIM/SPF/DMARC all fail",
     why="NAVER domain in From but authentication fails: nothing applied",
     items={N1: "pending", N2: "pending"})

case(name="gmail-impostor-naver-cs", from_="naver.cs.center.kr@gmail.com",
     name_from="네이버 고객센터", date=d("2024-09-06 22:40:05"),
     subject=enc(f"네이버 고객센터 - {R_NAVER} 처리 결과"),
     body=f"""안녕하세요 네이버 고객센터입니다.

요청하신 카페 게시글 {N6} 는 삭제 처리되었습니다.
나머지 게시글 처리를 위해 담당자 연락처를 회신해 주시기 바랍니다.

네이버 고객센터""",
     outcome="review", review="unknown_sender",
     imitates="webmail account posing as NAVER customer service",
     why="gmail.com is no platform's domain; it names our request and an item",
     items={N6: "pending"})

case(name="lawfirm-author-deleted", from_="sj.choi@hanbit-law.example",
     name_from="법무법인 한빛 최수진 변호사", date=d("2024-09-12 10:03:27"),
     subject=enc(f"[법무법인 한빛] 시정요구({R_NAVER1}) 관련 게시물 자진 삭제 안내"),
     body=f"""방송통신심의위원회 담당자님께

저희 법무법인은 블로그 운영자 ○○○ 님의 대리인입니다.
귀 위원회가 네이버에 시정을 요구하신 {S1} 게시물은
의뢰인이 2024년 9월 11일 자진하여 삭제하였음을 알려드립니다.

향후 절차와 관련하여 의견 제출 기회를 주시기를 요청드립니다.

법무법인 한빛
변호사 최수진""",
     outcome="review", review="unknown_sender",
     imitates="letter from the author's law firm stating the post was self-deleted",
     why="not from the platform: names the item and request, but nothing may be applied",
     items={S1: "pending"})

case(name="naver-answers-for-band", from_="policy-notice@navercorp.com",
     name_from="네이버 정책지원", date=d("2024-09-11 09:45:51"),
     subject=enc(f"[네이버] BAND 게시글 시정요구({R_BAND}) 처리 결과"),
     body=f"""안녕하십니까, 네이버 정책지원입니다.

당사가 운영하는 BAND 서비스의 게시글에 대하여 요청하신 건의 처리 결과를 회신드립니다.

 1. {B1} : 삭제
 2. {B2} : 삭제

{NAVER_SIG}""",
     outcome="review", review="wrong_platform",
     imitates="NAVER corporate policy desk answering for its BAND service",
     why="navercorp.com states statuses for items of the band platform (senders band.us)",
     items={B1: "pending", B2: "pending"})

case(name="naver-asks-official-letter", from_="kin-ops@navercorp.com",
     name_from="네이버 지식iN 운영", date=d("2024-09-04 14:17:02"),
     subject=enc(f"RE: {R_NAVER} 지식iN 게시물 관련 자료 요청"),
     reply_to_req=msgid(R_NAVER),
     body=f"""안녕하십니까. 네이버 지식iN 운영 담당자입니다.

요청하신 지식iN 게시물
{N8}
에 대한 조치를 진행하기 위해, 시정요구 결정 내용이 기재된 공문 원본(직인 날인본)과
해당 게시물이 위반한 법령 조항을 회신해 주시기 바랍니다.

자료를 받는 대로 검토하겠습니다.

네이버 지식iN 운영""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER request for the official letter before acting",
     why="asks for documents before acting; the item stays pending",
     items={N8: "pending"})

case(name="dc-channel-change-notice", from_="notice@dcinside.com",
     name_from="디시인사이드", date=d("2024-09-13 10:00:00"),
     subject=enc("[디시인사이드] 기관 담당자 전용 신고 창구 변경 안내"),
     body="""안녕하세요. 디시인사이드입니다.

2024년 10월 1일부터 수사기관 및 행정기관의 게시물 삭제 요청은 기관 전용 신고 페이지로만 접수됩니다.
기존 이메일 주소로 보내주시는 요청은 10월 말까지 병행 접수한 뒤 종료할 예정입니다.

기관 전용 신고 페이지: https://gall.dcinside.com/agency/report
문의: 디시인사이드 운영팀

감사합니다.""",
     outcome="review", review="no_claims",
     imitates="DC Inside service notice to agencies about a new reporting channel",
     why="trusted platform mail naming no item and no request",
     items={})

case(name="yt-under-review", from_="legal-kr-noreply@google.com",
     name_from="YouTube 법무팀", date=d("2024-09-07 06:33:48"),
     subject=enc(f"[6-8831000032475] 신고 처리 현황 ({R_YT})"),
     reply_to_req=msgid(R_YT),
     body=f"""안녕하세요.

신고하신 콘텐츠 중 아래 동영상은 현재 현지 법률 위반 여부를 검토하고 있습니다.
{Y1}
{Y2}

검토가 완료되면 결과를 별도로 안내드리겠습니다. 양해 부탁드립니다.

감사합니다.
YouTube 법무팀

{YT_SIG}""",
     outcome="review", review="not_understood",
     imitates="YouTube 'still under review' status mail (Korean)",
     why="named videos are under review: no statement",
     items={Y1: "pending", Y2: "pending"})

case(name="band-leader-asked-first", from_="help@band.us",
     name_from="BAND 고객센터", date=d("2024-09-10 13:27:31"),
     subject=enc(f"[BAND] 요청하신 게시글 관련 안내 ({R_BAND})"),
     reply_to_req=msgid(R_BAND),
     body=f"""안녕하세요. BAND 고객센터입니다.

요청하신 게시글 {B1} 에 대해 밴드 리더에게 삭제를 요청하였습니다.
3일 이내에 리더가 삭제하지 않을 경우, BAND 운영정책에 따라 당사에서 직접 삭제할 예정입니다.

처리 결과는 다시 안내드리겠습니다.

BAND 고객센터""",
     outcome="review", review="not_understood",
     imitates="BAND notice: leader asked to delete, platform will act if not",
     why="a request to the leader plus a conditional promise: nothing stated about the item",
     items={B1: "pending"})

# ================================================================ IGNORED
case(name="naver-out-of-office", from_="seoyeon.park@navercorp.com",
     name_from="박서연", date=d("2024-09-13 10:05:11"),
     subject=enc(f"[자동응답] 부재중: Re: [방송통신심의위원회] 시정요구 ({R_NAVER})"),
     reply_to_req=msgid(R_NAVER),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요, 박서연입니다.
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 건은 콘텐츠안전팀 공용 메일로 보내주시면 담당자가 확인하겠습니다.

감사합니다.""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply (추석 연휴)",
     why="auto-reply, says nothing about any item",
     items={})

case(name="kakao-ticket-receipt", from_="noreply@kakaocorp.com",
     name_from="카카오 고객센터", date=d("2024-09-04 10:31:40"),
     subject=enc("[카카오 고객센터] 문의가 접수되었습니다 [접수번호 #2409-118734]"),
     reply_to_req=msgid(R_KAKAO),
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: #2409-118734
 - 접수일시: 2024-09-04 10:31
 - 문의 제목: [방송통신심의위원회] 시정요구 {R_KAKAO}

담당자가 확인 후 순차적으로 답변드리겠습니다. 답변은 영업일 기준 2~3일 정도 걸릴 수 있습니다.
본 메일은 발신 전용입니다.

카카오 고객센터 https://cs.kakao.com""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao customer-centre ticket receipt",
     why="pure receipt with a ticket number",
     items={})

_dsn_text = f"""This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mx.dcinside.com[203.0.113.41] said: 552 5.2.2
    mailbox full (in reply to RCPT TO command)
"""
_dsn_orig = f"""From: =?UTF-8?B?{base64.b64encode('방송통신심의위원회'.encode()).decode()}?= <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC] {R_DC}
Message-ID: <{msgid(R_DC)}@kcsc.example>
Date: Fri, 06 Sep 2024 14:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물에 대한 조치를 요청합니다.
{D1}
{D2}
{D3}
"""
case(name="dc-dsn-mailbox-full", from_="MAILER-DAEMON@mail.kcsc.example", auth="none",
     name_from="Mail Delivery System", date=d("2024-09-06 14:00:09"),
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="DSN.707.dc"

--DSN.707.dc
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{_dsn_text}
--DSN.707.dc
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Fri,  6 Sep 2024 14:00:00 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.dcinside.com
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--DSN.707.dc
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_dsn_orig}
--DSN.707.dc--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN returning our request to DC Inside (mailbox full)",
     why="bounce; the URLs are only in the returned original",
     items={})

case(name="band-read-receipt", from_="policy@band.us",
     name_from="BAND 정책팀", date=d("2024-09-09 10:12:00"),
     subject=enc(f"읽음: [방송통신심의위원회] 시정요구 {R_BAND}"),
     reply_to_req=msgid(R_BAND),
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="MDN-707-band"

--MDN-707-band
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

다음 메시지를 받는 사람이 메시지를 읽었습니다.

제목: [방송통신심의위원회] 시정요구 {R_BAND}
읽은 시간: 2024-09-09 오전 10:12

--MDN-707-band
Content-Type: message/disposition-notification

Reporting-UA: band.us; Outlook
Final-Recipient: rfc822; policy@band.us
Original-Message-ID: <{msgid(R_BAND)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN-707-band--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (읽음:) as a multipart/report MDN",
     why="read receipt",
     items={})

case(name="yt-report-received", from_="legal-kr-noreply@google.com",
     name_from="YouTube 법무팀", date=d("2024-09-11 10:02:18"),
     subject=enc("YouTube 법적 신고가 접수되었습니다 [6-8832000041190]"),
     reply_to_req=msgid(R_YT1),
     body=f"""안녕하세요.

YouTube에 신고를 제출해 주셔서 감사합니다. 신고가 접수되었으며 참조 번호는 6-8832000041190입니다.
이 번호는 향후 문의 시 사용해 주시기 바랍니다.

검토가 완료되면 이메일로 결과를 알려드리겠습니다. 신고가 많은 경우 처리에 시간이 걸릴 수 있습니다.

감사합니다.
YouTube 법무팀

{YT_SIG}""",
     outcome="ignored", classification="acknowledgement",
     imitates="YouTube legal web-form receipt (Korean)",
     why="pure receipt with a reference number, no item statement",
     items={})

case(name="kakao-out-of-office-bilingual", from_="jiho.lee@kakaocorp.com",
     name_from="이지호", date=d("2024-09-16 09:00:40"),
     subject=enc(f"자동 회신: RE: [방송통신심의위원회] 시정요구 {R_KAKAO}"),
     reply_to_req=msgid(R_KAKAO),
     extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jiho.lee@kakaocorp.com"],
     body="""안녕하세요. 이지호입니다.
9월 16일부터 9월 18일까지 휴가로 메일 확인이 어렵습니다. 19일에 복귀 후 회신드리겠습니다.

I am out of the office until 18 September with limited access to email.
I will reply when I return on 19 September.""",
     outcome="ignored", classification="auto_reply",
     imitates="Exchange 자동 회신 (Korean and English out-of-office)",
     why="auto-reply, says nothing about any item",
     items={})

case(name="naver-outlook-read-notice", from_="policy-notice@navercorp.com",
     name_from="네이버 정책지원", date=d("2024-09-10 10:40:02"),
     subject=enc(f"읽음: [방송통신심의위원회] 시정요구 ({R_NAVER1})"),
     reply_to_req=msgid(R_NAVER1),
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="MDN-707-naver"

--MDN-707-naver
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''메시지
  받는 사람: policy-notice@navercorp.com
  제목: [방송통신심의위원회] 시정요구 ({R_NAVER1})
  보낸 날짜: 2024-09-10 오전 10:00
다음 시간에 읽었습니다: 2024-09-10 오전 10:40.
''')}

--MDN-707-naver
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;policy-notice@navercorp.com
Original-Message-ID: <{msgid(R_NAVER1)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN-707-naver--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read notification, base64 Korean text part",
     why="read receipt",
     items={})


# ---------------------------------------------------------------- write
HEADER = """# Blind set 707 (Korean replies: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind707/make.py from each email's meaning, before any
# run of the reader. See NOTES.md."""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        if not c["name_from"].isascii():
            c["name_from"] = enc(c["name_from"])
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
