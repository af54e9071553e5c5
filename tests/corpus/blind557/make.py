#!/usr/bin/env python3
"""Blind set blind557 (Korean platforms): NAVER, Kakao/Daum/Tistory,
YouTube Korea, DC Inside and BAND replies written in Korean (공문-style
시정요구 조치결과 tables, 임시조치 notices, informal operator replies),
plus receipts, auto-replies, a DSN and an MDN.

    python3 tests/corpus/blind557/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning alone, before the
reader was ever run on this set.
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

SET = "blind557"

# ---------------------------------------------------------------- requests
R_N = "KCSC-240903-01"   # naver, 12 items (largest)
R_K = "KCSC-240904-02"   # kakao, 5 items
R_Y = "KCSC-240905-03"   # youtube, 4 items
R_D = "KCSC-240906-04"   # dcinside, 4 items
R_B = "KCSC-240909-05"   # band, 3 items
R_N2 = "KCSC-240910-06"  # naver, 2 items
R_K2 = "KCSC-240911-07"  # kakao, 1 item

N1 = "https://blog.naver.com/moonsalt_77/223561100201"
N2 = "https://blog.naver.com/moonsalt_77/223561100245"
N3 = "https://blog.naver.com/PostView.naver?blogId=gray_orchid&logNo=223559873310"
N4 = "https://cafe.naver.com/nightmarket2024/18834"
N5 = "https://cafe.naver.com/nightmarket2024/18851"
N6 = "https://cafe.naver.com/nightmarket2024/19002"
N7 = "https://cafe.naver.com/ArticleRead.nhn?clubid=31045521&articleid=7731"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=61100233"
N9 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203355"
N10 = "https://blog.naver.com/hanbit_daily/223562004418"
N11 = "https://m.blog.naver.com/hanbit_daily/223562004502"
N12 = "https://cafe.naver.com/quietdeal/5530"
N13 = "https://blog.naver.com/sora_editlab/223570011876"
N14 = "https://cafe.naver.com/sora2ndhand/9120"

K1R = "https://moonlight-log.tistory.com/entry/유출-영상-모음"
K2R = "https://moonlight-log.tistory.com/entry/합성-사진-2탄"
K1 = quote(K1R, safe=":/")
K2 = quote(K2R, safe=":/")
K3 = "https://cafe.daum.net/bluefence77/Kx9P/412"
K4 = "https://cafe.daum.net/bluefence77/Kx9P/418"
K5 = "https://open.kakao.com/o/gRk7Tq2b"
K6 = "https://yeoul-note.tistory.com/152"

Y1 = "https://www.youtube.com/watch?v=Qm3xR8tLp2A"
Y2 = "https://www.youtube.com/watch?v=bV7nK0eWz9s"
Y3 = "https://youtube.com/shorts/Hc4pT1sYx6E"
Y4 = "https://www.youtube.com/@daebak_leaks_tv"

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981234"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=idolrumor&no=551203"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=idolrumor&no=551219"
D4 = "https://m.dcinside.com/board/idolrumor/551240"

B1 = "https://band.us/band/84310257/post/1187"
B2 = "https://band.us/band/84310257/post/1203"
B3 = "https://band.us/band/90027714/post/56"

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    (R_N, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "deepfake_sexual_abuse", "블로그·카페·포스트·지식iN, 합성 이미지 유포",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]),
    (R_K, "kakao", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
     "nonconsensual_imagery", "Tistory, Daum cafe, open chat; \"유출\" posts",
     [K1, K2, K3, K4, K5]),
    (R_Y, "youtube", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "defamation", "videos, a short, and the channel",
     [Y1, Y2, Y3, Y4]),
    (R_D, "dcinside", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "privacy_exposure", "갤러리 게시물, 신상 공개",
     [D1, D2, D3, D4]),
    (R_B, "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "illegal_gambling", "band posts advertising a betting site",
     [B1, B2, B3]),
    (R_N2, "naver", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "drug_sale", "blog + cafe, one each",
     [N13, N14]),
    (R_K2, "kakao", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00",
     "deepfake_sexual_abuse", "single Tistory post",
     [K6]),
]


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, "<%s@kcsc.example>" % mid(ref), note])


# ---------------------------------------------------------------- MIME helpers
def enc(s):
    return Header(s, "utf-8").encode()


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def part(ctype, text, cte="base64", charset="utf-8", extra=None):
    if cte == "base64":
        payload = b64(text.encode({"ks_c_5601-1987": "cp949"}.get(charset, charset)))
    elif cte == "quoted-printable":
        payload = quopri.encodestring(text.encode(charset)).decode("ascii")
    else:
        payload = text
    head = ["Content-Type: %s; charset=%s" % (ctype, charset),
            "Content-Transfer-Encoding: %s" % cte]
    head += extra or []
    return "\n".join(head) + "\n\n" + payload.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params), "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def kr_request(ref, urls, due):
    lines = ["안녕하세요. 방송통신심의위원회 통신심의국입니다.",
             "아래 정보에 대하여 관련 법령 및 귀사 운영정책에 따른 삭제 등 필요한 조치를 요청드립니다.",
             "", "요청번호: " + ref]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "조치 결과를 %s까지 회신하여 주시기 바랍니다." % due, "",
              "방송통신심의위원회 통신심의 담당 드림"]
    return lines


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


REQ_DATES = {
    R_Y: "2024년 9월 5일 (목) 오전 10:00",
    R_N2: "2024년 9월 10일 (화) 오후 3:00",
}

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED

# 1 -- NAVER 공문-style 시정요구 조치결과, plain text table, all 12 items
case(
    name="naver-gongmun-sijeong-table",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Thu, 05 Sep 2024 17:40:12 +0900",
    subject=enc("[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 통보"),
    reply_to_req=mid(R_N),
    body=f"""
수    신: 방송통신심의위원회 통신심의국
발    신: 네이버 주식회사 정책지원팀
제    목: 시정요구(KCSC-240903-01)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 2024. 9. 3.자 귀 위원회 시정요구(요청번호 KCSC-240903-01)와 관련하여
   당사의 조치결과를 아래와 같이 알려드립니다.

- 아  래 -

연번 | 대상 URL | 요구내용 | 조치결과 | 조치일
1 | {N1} | 삭제 | 삭제 완료 | 2024.09.04
2 | {N2} | 삭제 | 삭제 완료 | 2024.09.04
3 | {N3} | 삭제 | 게시물 없음(작성자 자진 삭제) | -
4 | {N4} | 삭제 | 블라인드 처리 | 2024.09.04
5 | {N5} | 삭제 | 블라인드 처리 | 2024.09.04
6 | {N6} | 삭제 | 임시조치(30일) | 2024.09.05
7 | {N7} | 삭제 | 미조치(운영원칙 위반 사항 없음) | -
8 | {N8} | 삭제 | 삭제 완료 | 2024.09.05
9 | {N9} | 삭제 | 삭제 완료 | 2024.09.05
10 | {N10} | 삭제 | 비공개 처리 | 2024.09.05
11 | {N11} | 삭제 | 비공개 처리 | 2024.09.05
12 | {N12} | 삭제 | 확인 불가(존재하지 않는 게시글) | -

3. 연번 7은 게시물 전문을 검토한 결과 당사 운영원칙상 게시중단 대상에
   해당하지 않는 것으로 판단되어 게시를 유지하고 있습니다. 판단에 참고할
   추가 자료가 있으시면 회신 주시기 바랍니다.
4. 기타 문의사항은 정책지원팀(policy-support@navercorp.com)으로 연락 바랍니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구: 수신/발신/제목 header, numbered 아래 table of 조치결과",
    why="Trusted NAVER reply with one row per URL: 삭제/블라인드/비공개 -> removed, 임시조치 -> restricted, 미조치(위반 없음) -> rejected, 게시물 없음/존재하지 않음 -> not_found.",
    items={N1: "removed", N2: "removed", N3: "not_found", N4: "removed", N5: "removed",
           N6: "restricted", N7: "rejected", N8: "removed", N9: "removed", N10: "removed",
           N11: "removed", N12: "not_found"},
)

# 2 -- NAVER HTML table, quoted-printable, result column "조치완료"
_rows = [(N1, "삭제", "조치완료", "09.04"), (N2, "삭제", "조치완료", "09.04"),
         (N3, "삭제", "미조치 - 게시물 없음", "-"), (N4, "삭제", "임시조치", "09.05"),
         (N5, "삭제", "미조치 - 위반사항 없음", "-"), (N6, "삭제", "조치완료", "09.05")]
_tr = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{a}</td><td>{r}</td><td>{d}</td></tr>'
    for i, (u, a, r, d) in enumerate(_rows, 1))
case(
    name="naver-html-table-qp",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Fri, 06 Sep 2024 11:05:44 +0900",
    subject=enc("시정요구 조치결과 회신 (KCSC-240903-01, 1~6번)"),
    raw_mime=part("text/html", f"""<html><body style="font-family:'맑은 고딕'">
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>요청번호 KCSC-240903-01 건 중 1~6번 게시물의 조치결과를 회신드립니다.
나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>URL</th><th>요구내용</th><th>조치결과</th><th>조치일</th></tr>
{_tr}
</table>
<p>※ 임시조치 게시물은 정보통신망법 제44조의2에 따라 30일간 접근이 차단되며,
기간 내 게시자의 재게시 요청이 없으면 삭제됩니다.</p>
<p>네이버 고객센터 드림</p>
</body></html>""", cte="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Portal HTML 조치결과 table in the KCSC 시정요구 format (요구내용 / 조치결과 columns), quoted-printable",
    why="Each row names its URL; 조치완료 of a 삭제 demand -> removed, 임시조치 -> restricted, 게시물 없음 -> not_found, 위반사항 없음 -> rejected.",
    items={N1: "removed", N2: "removed", N3: "not_found", N4: "restricted", N5: "rejected", N6: "removed"},
)

# 3 -- NAVER cafe prose, blind
case(
    name="naver-cafe-blind-prose",
    **{"from": "cafe-safety@naver.com"},
    name_from=enc("네이버 카페 운영팀"),
    date="Wed, 04 Sep 2024 16:12:03 +0900",
    subject="Re: [KCSC-240903-01] " + enc("게시물 삭제 요청"),
    reply_to_req=mid(R_N),
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

신고해 주신 카페 게시글 {N4} 과 {N5} 은 카페 운영원칙 위반이 확인되어 오늘 오후 블라인드 처리하였습니다.

함께 보내주신 {N6} 는 작성자가 이미 삭제하여 현재 존재하지 않는 게시글입니다.

카페 운영원칙은 https://cafe.naver.com/cafesupport/rules 에서 확인하실 수 있습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 블라인드 처리 notice, prose",
    why="Two cafe posts 블라인드 처리 -> removed; the third deleted by its author -> not_found; the rules link is not an item.",
    items={N4: "removed", N5: "removed", N6: "not_found"},
)

# 4 -- NAVER bullets for the 2-item request
case(
    name="naver-two-item-bullets",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    date="Thu, 12 Sep 2024 10:21:55 +0900",
    subject=enc("[네이버] 게시물 조치 결과 안내 (KCSC-240910-06)"),
    reply_to_req=mid(R_N2),
    body=f"""
안녕하세요, 네이버 고객센터입니다.
KCSC-240910-06 건으로 요청하신 게시물 2건의 처리 결과를 안내드립니다.

• {N13}
  - 처리 결과: 게시물 비공개 처리 (마약류 판매 광고, 운영정책 위반)
• {N14}
  - 처리 결과: 작성자가 이미 삭제한 게시물로, 별도 조치 대상이 없습니다.

더 궁금하신 점은 이 메일에 회신해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 처리 결과 안내 with bulleted URLs and a result line under each",
    why="Blog post 비공개 처리 -> removed; cafe post already deleted by its author -> not_found.",
    items={N13: "removed", N14: "not_found"},
)

# 5 -- NAVER CSV attachment
_csv = "\ufeff번호,URL,조치결과,비고\n" + "\n".join([
    f"7,{N7},삭제,",
    f"8,{N8},임시조치,30일 접근 차단",
    f"9,{N9},게시물 없음,작성자 삭제",
    f"10,{N10},삭제,",
    f"11,{N11},유지,운영정책 위반 아님",
    f"12,{N12},삭제,",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 14:02:31 +0900",
    subject=enc("KCSC-240903-01 조치결과(7~12번) 송부"),
    reply_to_req=mid(R_N),
    raw_mime=multipart("mixed", "----=_NaverPart_557_0909", [
        part("text/plain", "안녕하세요. 네이버 정책지원팀입니다.\n\n"
             "KCSC-240903-01 요청 건 중 7~12번 게시물의 조치결과를 첨부 파일로 송부드립니다.\n"
             "확인 부탁드립니다.\n\n네이버 정책지원팀 드림\n"),
        "Content-Type: text/csv; charset=utf-8; name=\"KCSC-240903-01_result_7-12.csv\"\n"
        "Content-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment; filename=\"KCSC-240903-01_result_7-12.csv\"\n\n"
        + b64(_csv.encode("utf-8")) + "\n",
    ]),
    outcome="applied", classification="confirmation",
    imitates="Portal reply sending the 조치결과 as a CSV attachment (Excel export with BOM)",
    why="CSV rows name each URL: 삭제 -> removed, 임시조치 -> restricted, 게시물 없음(작성자 삭제) -> not_found, 유지(위반 아님) -> rejected.",
    items={N7: "removed", N8: "restricted", N9: "not_found", N10: "removed", N11: "rejected", N12: "removed"},
)

# 6 -- bare URL, status on the line below
case(
    name="naver-url-then-arrow-status",
    **{"from": "blogteam@navercorp.com"},
    name_from=enc("네이버 블로그팀"),
    date="Wed, 04 Sep 2024 19:48:10 +0900",
    subject="RE: " + enc("[방송통신심의위원회] 게시물 삭제 요청 KCSC-240903-01"),
    reply_to_req=mid(R_N),
    body=f"""
블로그 게시물 3건 처리했습니다.

{N1}
→ 게시중단 처리 완료

{N2}
→ 게시중단 처리 완료

{N3}
→ 이미 삭제된 게시물입니다 (작성자 삭제)

카페 쪽 게시물은 카페 운영팀에서 따로 회신드릴 예정입니다.

네이버 블로그팀 김서진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Short operator reply: bare URL, result on the next line after an arrow",
    why="게시중단 -> removed for two blog posts; the third already deleted by its author -> not_found; the cafe posts are not named.",
    items={N1: "removed", N2: "removed", N3: "not_found"},
)

# 7 -- Kakao Tistory, raw Korean paths
case(
    name="kakao-tistory-raw-korean-paths",
    **{"from": "safety-report@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Thu, 05 Sep 2024 15:30:00 +0900",
    subject=enc("[카카오] 권리침해 게시물 처리 결과 안내 (KCSC-240904-02)"),
    reply_to_req=mid(R_K),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회의 요청(KCSC-240904-02)에 따라 티스토리 게시글 2건을 검토하였습니다.

1) {K1R}
   : 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)하였습니다.

2) {K2R}
   : 운영정책 위반이 확인되어 게시글을 삭제하였습니다.

다음 카페 게시글과 오픈채팅방은 담당 부서에서 확인 후 별도로 회신드리겠습니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 처리 결과 안내 (임시조치 under 정보통신망법 44조의2), Tistory URLs written with raw Korean slugs",
    why="임시조치(접근 차단) -> restricted; 삭제 -> removed; raw Korean paths match the percent-encoded URLs; the policy link is not an item.",
    items={K1: "restricted", K2: "removed"},
)

# 8 -- Daum cafe, base64 body, URLs in angle brackets
case(
    name="kakao-daum-cafe-base64-angle",
    **{"from": "cafe-help@daum.net"},
    name_from=enc("Daum 카페 고객센터"),
    date="Fri, 06 Sep 2024 09:14:27 +0900",
    subject=enc("Daum 카페 게시글 조치 안내"),
    reply_to_req=mid(R_K),
    raw_mime=part("text/plain", f"""안녕하세요, Daum 카페 고객센터입니다.

요청번호 KCSC-240904-02 로 접수된 카페 게시글에 대한 조치 내용을 안내드립니다.

- 게시글 <{K3}> 은(는) 권리침해 신고에 따라 임시조치되어 30일간 열람이 제한됩니다.
- 게시글 <{K4}> 은(는) 카페 운영정책 위반으로 삭제 조치되었습니다.

임시조치 기간 중 게시자가 재게시를 요청하는 경우 절차에 따라 결과를 다시 알려드리겠습니다.

Daum 카페 고객센터 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 임시조치 / 삭제 notice, base64-encoded UTF-8 body, URLs in angle brackets",
    why="임시조치(열람 제한) -> restricted; 삭제 조치 -> removed.",
    items={K3: "restricted", K4: "removed"},
)

# 9 -- Kakao one-item request, sole statement without URL
case(
    name="kakao-single-item-sole",
    **{"from": "safety-report@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Thu, 12 Sep 2024 13:55:09 +0900",
    subject="Re: [KCSC-240911-07] " + enc("티스토리 게시물 삭제 요청"),
    reply_to_req=mid(R_K2),
    body="""
안녕하세요, 카카오입니다.

요청하신 티스토리 게시물은 검토 결과 운영정책 위반이 확인되어 삭제 조치하였습니다.
해당 블로그에는 운영정책에 따른 이용제한도 함께 적용하였습니다.

감사합니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao short 처리 완료 reply to a one-post request, no URL repeated",
    why="Reply in the thread of the one-item request KCSC-240911-07 stating the post was deleted -> removed.",
    items={K6: "removed"},
)

# 10 -- Kakao full-width list, percent-encoded URLs, mixed statuses
case(
    name="kakao-fullwidth-marks-list",
    **{"from": "safety-report@kakaocorp.com"},
    name_from=enc("카카오 안전조치팀"),
    date="Tue, 10 Sep 2024 18:07:41 +0900",
    subject=enc("KCSC-240904-02 조치 결과 최종 회신"),
    reply_to_req=mid(R_K),
    body=f"""
안녕하세요. 카카오 안전조치팀입니다.
요청번호 KCSC-240904-02 5건에 대한 최종 조치 결과입니다.

■ 조치 결과
 ① {K1}（삭제）
 ② {K2}（삭제）
 ③ {K3}：게시글 없음（이미 삭제되어 확인 불가）
 ④ {K4}：유지（검토 결과 운영정책 위반 사항이 확인되지 않음）
 ⑤ {K5}：오픈채팅방 폐쇄 및 방장 계정 이용 정지

문의: 카카오 고객센터 https://cs.kakao.com
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 최종 조치 결과 list with circled numbers and full-width punctuation glued to the URLs",
    why="삭제 -> removed (2); 게시글 없음 -> not_found; 유지(위반 없음) -> rejected; open chat room closed -> removed.",
    items={K1: "removed", K2: "removed", K3: "not_found", K4: "rejected", K5: "removed"},
)

# 11 -- YouTube Korea legal, Korean, geo-block + global removal
case(
    name="youtube-kr-legal-geoblock",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    date="Mon, 09 Sep 2024 08:31:16 +0900",
    subject=enc("[YouTube] 콘텐츠 삭제 요청에 대한 검토 결과 - KCSC-240905-03"),
    reply_to_req=mid(R_Y),
    body=f"""
안녕하세요.

방송통신심의위원회에서 보내주신 요청(KCSC-240905-03)을 검토했습니다.

검토 결과, 다음 콘텐츠는 대한민국 현지 법률 위반 소지가 있어 한국에서 액세스를 차단했습니다.
- {Y1}
- {Y2}

다음 콘텐츠는 YouTube 커뮤니티 가이드라인 위반으로 전 세계에서 삭제되었습니다.
- {Y3}

YouTube가 법적 요청을 처리하는 방식은 https://support.google.com/youtube/answer/6154218 에서 자세히 확인하실 수 있습니다.

YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (Korean): local block in Korea vs global removal under Community Guidelines",
    why="Blocked in Korea -> restricted (2 videos); removed worldwide -> removed; the help link is not an item.",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

# 12 -- YouTube age restriction + channel termination
case(
    name="youtube-age-restrict-channel-terminated",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    date="Tue, 10 Sep 2024 10:02:48 +0900",
    subject=enc("Re: KCSC-240905-03 추가 검토 결과"),
    reply_to_req=mid(R_Y),
    body=f"""
안녕하세요.

KCSC-240905-03 요청에 대한 추가 검토 결과를 알려드립니다.

{Y2} 동영상에는 연령 제한이 적용되었습니다. 로그인한 만 18세 이상 사용자만 시청할 수 있습니다.

{Y4} 채널은 괴롭힘 및 사이버 괴롭힘 정책을 반복적으로 위반하여 해지되었습니다. 채널과 채널의 모든 동영상은 더 이상 YouTube에서 볼 수 없습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome: age restriction applied, channel terminated for repeated violations",
    why="Age-restricted -> restricted; channel terminated and no longer viewable -> removed.",
    items={Y2: "restricted", Y4: "removed"},
)

# 13 -- YouTube rejected + not found, prose
case(
    name="youtube-no-action-and-not-found",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    date="Wed, 11 Sep 2024 16:44:02 +0900",
    subject=enc("[YouTube] 요청하신 콘텐츠 검토 결과 안내"),
    reply_to_req=mid(R_Y),
    body=f"""
안녕하세요.

요청번호 KCSC-240905-03 와 관련하여 아래와 같이 알려드립니다.

{Y1} 동영상을 신중하게 검토했으나, YouTube 커뮤니티 가이드라인이나 현지 법률을 위반하지 않는 것으로 판단되어 별도의 조치를 취하지 않았습니다. 해당 동영상은 계속 게시됩니다.

또한 제공해 주신 URL {Y3} 로는 콘텐츠를 찾을 수 없습니다. 업로더가 이미 삭제했거나 URL이 잘못되었을 수 있으니, 다른 URL이 있으면 알려주시기 바랍니다.

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we have not taken action' legal reply plus 'we could not locate the content at the URL provided'",
    why="No violation, stays up -> rejected; URL leads to no content -> not_found (the 'may have been' explains the cause, not the finding).",
    items={Y1: "rejected", Y3: "not_found"},
)

# 14 -- YouTube English top-posted over Gmail-style Korean quote
case(
    name="youtube-en-top-posted-over-quote",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 03:18:40 +0900",
    subject="Re: " + enc("[방송통신심의위원회] 정보 삭제 요청 (KCSC-240905-03)"),
    reply_to_req=mid(R_Y),
    body=f"""
Hello,

Thank you for your notice. Following our review, the video
{Y1} has been removed from YouTube for violating our harassment policy.

We are still reviewing the remaining URLs in your request and will follow up separately.

Regards,
The YouTube Legal Support Team

{REQ_DATES[R_Y]}, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted(kr_request(R_Y, [Y1, Y2, Y3, Y4], "2024. 9. 12."))}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support English reply top-posted over the regulator's Korean request (Gmail Korean quote header)",
    why="One video removed; the remaining URLs appear only in the quoted request and are 'still being reviewed' -> pending.",
    items={Y1: "removed", Y2: "pending", Y3: "pending", Y4: "pending"},
)

# 15 -- DC Inside operator, informal, EUC-KR base64
case(
    name="dc-operator-informal-euckr",
    **{"from": "admin@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 11:37:22 +0900",
    subject="Re: " + enc("게시물 삭제 요청 (KCSC-240906-04)"),
    reply_to_req=mid(R_D),
    raw_mime=part("text/plain", f"""안녕하세요 디시인사이드 운영팀입니다.
보내주신 건(KCSC-240906-04) 확인했습니다.

아이돌 루머 마이너 갤러리 글 두 개
{D2}
{D3}
둘 다 삭제했고 작성자 IP도 차단해 두었습니다.

모바일 링크({D4})는 들어가 보니 작성자가 이미 지운 글이라 따로 처리할 게 없었습니다.

주식 갤러리 글은 저희 쪽에서 좀 더 보고 다시 연락드리겠습니다.

디시인사이드 운영팀 드림
""", charset="euc-kr"),
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's informal reply, EUC-KR encoded (as older Korean mail systems send)",
    why="Two gallery posts deleted -> removed; mobile link already deleted by its author -> not_found; the stock-gallery post is only promised a later look -> pending.",
    items={D2: "removed", D3: "removed", D4: "not_found", D1: "pending"},
)

# 16 -- DC Inside: bracketed label, URL on the line below
case(
    name="dc-label-then-url-below",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    date="Tue, 10 Sep 2024 14:20:51 +0900",
    subject=enc("[디시인사이드] 게시물 처리 결과 (KCSC-240906-04)"),
    reply_to_req=mid(R_D),
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.
요청하신 게시물의 처리 결과를 안내드립니다.

[처리 완료 - 게시물 삭제]
{D2}

[처리 불가 - 삭제 사유에 해당하지 않음]
{D1}
사유: 특정 종목에 대한 이용자 개인의 의견으로, 허위 사실이나 개인정보 노출로 볼 근거가 부족합니다.

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 result with bracketed result labels and the URL on the line below",
    why="Under the 삭제 label -> removed; under 처리 불가(사유 해당 없음) with a reason -> rejected.",
    items={D2: "removed", D1: "rejected"},
)

# 17 -- DC Inside quoted-printable, URLs split by soft line breaks
case(
    name="dc-qp-soft-broken-urls",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    date="Wed, 11 Sep 2024 09:09:09 +0900",
    subject=enc("처리 결과 안내 - 요청번호 KCSC-240906-04"),
    reply_to_req=mid(R_D),
    raw_mime=part("text/plain", f"""안녕하세요. 디시인사이드 신고센터입니다.

요청하신 아이돌 루머 마이너 갤러리 게시물 {D3} 은 운영자 삭제 처리되었습니다.
같은 갤러리의 모바일 주소로 보내주신 게시물 {D4} 역시 운영자 삭제 처리되었습니다.

감사합니다.
""", cte="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="DC Inside notice sent quoted-printable, long Korean lines soft-broken in the middle of the URLs",
    why="After QP decoding both posts are 운영자 삭제 -> removed.",
    items={D3: "removed", D4: "removed"},
)

# 18 -- DC Inside: URL in angle brackets wrapped over two lines
case(
    name="dc-angle-url-wrapped",
    **{"from": "admin@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Thu, 12 Sep 2024 17:45:33 +0900",
    subject="Re: " + enc("게시물 삭제 요청 (KCSC-240906-04) - 주식 갤러리 건"),
    reply_to_req=mid(R_D),
    body="""
안녕하세요, 디시인사이드 운영팀입니다.

지난번에 보류했던 주식 갤러리 게시물 <https://gall.dcinside.com/board/view/?id=stock_new2&
no=9981234> 는 게시자 본인의 신상 공개 정황이 추가로 확인되어 오늘 삭제 처리했습니다.

아울러 <https://gall.dcinside.com/mgallery/board/view/?id=idolrumor&no=551203> 도 삭제 완료된 상태임을 다시 한번 알려드립니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Operator reply from a client that wraps a long <URL> at the '&' (RFC 3986 appendix C style)",
    why="Both posts stated deleted -> removed; the first URL is split over two lines inside its angle brackets but is unambiguous.",
    items={D1: "removed", D2: "removed"},
)

# 19 -- BAND: removed, band closed
case(
    name="band-removed-and-band-closed",
    **{"from": "safety@band.us"},
    name_from=enc("BAND 운영팀"),
    date="Tue, 10 Sep 2024 11:11:11 +0900",
    subject=enc("[BAND] 신고하신 게시글 처리 결과 안내"),
    reply_to_req=mid(R_B),
    body=f"""
안녕하세요, BAND 운영팀입니다.
방송통신심의위원회 요청번호 KCSC-240909-05 에 대한 처리 결과를 알려드립니다.

1. {B1}
   불법 도박 사이트 홍보 게시글로 확인되어 삭제하였습니다.
2. {B2}
   동일 작성자의 같은 내용 게시글로 삭제하였습니다.
3. {B3}
   해당 게시글이 있던 밴드가 운영정책 위반으로 폐쇄되어, 게시글을 포함한 밴드 전체에 더 이상 접근할 수 없습니다.

BAND 운영정책: https://band.us/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 신고 처리 결과 안내: numbered URLs with the action on the next line, whole band closed",
    why="Two posts deleted -> removed; the band holding the third was closed so the post is no longer accessible -> removed.",
    items={B1: "removed", B2: "removed", B3: "removed"},
)

# 20 -- BAND HTML list, mixed
case(
    name="band-html-list-mixed",
    **{"from": "safety@band.us"},
    name_from=enc("BAND 운영팀"),
    date="Wed, 11 Sep 2024 15:36:08 +0900",
    subject=enc("[BAND] 요청번호 KCSC-240909-05 검토 결과"),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, BAND 운영팀입니다.</p>
<p>요청번호 KCSC-240909-05 게시글 3건의 검토 결과입니다.</p>
<ul>
<li><a href="{B1}">{B1}</a> &ndash; 삭제 완료</li>
<li><a href="{B2}">{B2}</a> &ndash; 신고 내용을 검토했으나 운영정책 위반이 확인되지 않아 게시글을 유지합니다.</li>
<li><a href="{B3}">{B3}</a> &ndash; 존재하지 않는 게시글입니다.</li>
</ul>
<p>감사합니다.<br>BAND 운영팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="BAND HTML result list (8bit UTF-8 HTML)",
    why="삭제 완료 -> removed; no violation, kept -> rejected; 존재하지 않는 게시글 -> not_found.",
    items={B1: "removed", B2: "rejected", B3: "not_found"},
)

# 21 -- NAVER: receipt wording + item statements
case(
    name="naver-receipt-plus-immediate-action",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    date="Tue, 03 Sep 2024 18:26:37 +0900",
    subject=enc("[네이버] 게시중단 요청 접수 및 처리 안내"),
    reply_to_req=mid(R_N),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 게시중단 요청이 정상적으로 접수되었습니다. (접수번호: NV-0903-448120)

접수된 게시물 중 아래 2건은 긴급 조치 대상으로 분류되어 즉시 게시중단 처리되었습니다.
  {N10}
  {N11}

나머지 게시물은 검토 후 결과를 다시 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 접수 안내 that also reports immediate 게시중단 of two posts",
    why="Acknowledgement wording plus an unhedged statement: the two named posts were 게시중단 -> removed; not a pure acknowledgement.",
    items={N10: "removed", N11: "removed"},
)

# 22 -- NAVER echoed report blocks
case(
    name="naver-echoed-report-blocks",
    **{"from": "report-noreply@navercorp.com"},
    name_from=enc("네이버 신고센터"),
    date="Sat, 07 Sep 2024 10:40:19 +0900",
    subject=enc("[네이버 신고센터] 신고 처리 현황 안내"),
    body=f"""
네이버 신고센터에서 알려드립니다.
귀하가 접수하신 신고의 처리 현황은 다음과 같습니다.

────────────────────────
신고번호 : RC-2024-0903-11872
신고 대상 : {N4}
신고 사유 : 불법촬영물·합성물 유포 (요청번호 KCSC-240903-01)
처리 결과 : 게시중단(블라인드)
────────────────────────
신고번호 : RC-2024-0903-11873
신고 대상 : {N5}
신고 사유 : 불법촬영물·합성물 유포 (요청번호 KCSC-240903-01)
처리 결과 : 게시 유지 - 카페 운영원칙 위반 아님
────────────────────────
신고번호 : RC-2024-0903-11874
신고 대상 : {N6}
신고 사유 : 불법촬영물·합성물 유포 (요청번호 KCSC-240903-01)
처리 결과 : 검토 중
────────────────────────

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 status mail echoing each report (신고번호 / 대상 / 사유 / 처리 결과)",
    why="Per block: 게시중단(블라인드) -> removed; 게시 유지(위반 아님) -> rejected; 검토 중 -> pending.",
    items={N4: "removed", N5: "rejected", N6: "pending"},
)

# 23 -- NAVER top reply over a Gmail quote, one item pending
case(
    name="naver-gmail-quote-one-pending",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    date="Wed, 11 Sep 2024 09:58:14 +0900",
    subject="Re: " + enc("[방송통신심의위원회] 정보 삭제 요청 (KCSC-240910-06)"),
    reply_to_req=mid(R_N2),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 블로그 게시물({N13})은 비공개 처리하였습니다.
카페 게시물은 카페 운영팀에서 현재 검토 중이며, 결과가 나오는 대로 안내드리겠습니다.

감사합니다.

{REQ_DATES[R_N2]}, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted(kr_request(R_N2, [N13, N14], "2024. 9. 17."))}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 reply on top of the quoted request (Gmail Korean quote header), URL in parentheses",
    why="Blog post 비공개 처리 -> removed; the cafe post is named only in the quote and is 검토 중 -> pending.",
    items={N13: "removed", N14: "pending"},
)

# 24 -- YouTube English HTML, base64
case(
    name="youtube-en-html-base64",
    **{"from": "noreply-legal@google.com"},
    name_from="YouTube Legal",
    date="Thu, 12 Sep 2024 02:05:59 +0900",
    subject="Update on your legal request (KCSC-240905-03)",
    reply_to_req=mid(R_Y),
    raw_mime=multipart("alternative", "yt557altb", [
        part("text/html", f"""<html><body>
<p>Hello,</p>
<p>We have completed our review of the following content reported in your request KCSC-240905-03.</p>
<table cellpadding="6">
<tr><td><b>Content</b></td><td><b>Outcome</b></td></tr>
<tr><td>{Y2}</td><td>Restricted in South Korea</td></tr>
<tr><td>{Y4}</td><td>Channel terminated</td></tr>
</table>
<p>To learn more about how we handle legal requests, visit
<a href="https://support.google.com/youtube/answer/2802057">our Help Center</a>.</p>
<p>Sincerely,<br>The YouTube Team</p>
</body></html>"""),
    ]),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email, HTML only, base64 transfer encoding, content/outcome table",
    why="Restricted in South Korea -> restricted; channel terminated -> removed.",
    items={Y2: "restricted", Y4: "removed"},
)

# 25 -- Kakao Outlook reply, ks_c_5601-1987, Original Message below
case(
    name="kakao-outlook-original-message",
    **{"from": "cafe-help@daum.net"},
    name_from=enc("Daum 카페 고객센터"),
    date="Mon, 09 Sep 2024 17:12:40 +0900",
    subject="RE: " + enc("[방송통신심의위원회] 정보 삭제 요청 (KCSC-240904-02)"),
    reply_to_req=mid(R_K),
    raw_mime=part("text/plain", "\n".join([
        "안녕하세요. Daum 카페 고객센터 박민호입니다.",
        "",
        "카페 게시글 두 건 확인 결과 알려드립니다.",
        f"{K3} : 운영정책 위반으로 삭제하였습니다.",
        f"{K4} : 작성자가 탈퇴하여 게시글이 존재하지 않습니다.",
        "",
        "감사합니다.",
        "",
        "-----Original Message-----",
        "From: KCSC 통신심의 <takedown@kcsc.example>",
        "Sent: Wednesday, September 4, 2024 10:30 AM",
        "To: cafe-help@daum.net",
        "Subject: [방송통신심의위원회] 정보 삭제 요청 (KCSC-240904-02)",
        "",
    ] + kr_request(R_K, [K1, K2, K3, K4, K5], "2024. 9. 11.")) + "\n", charset="ks_c_5601-1987"),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a Korean desk (ks_c_5601-1987 charset) above '-----Original Message-----'",
    why="Cafe post deleted -> removed; post gone because its author left -> not_found; the other URLs are only in the quoted request.",
    items={K3: "removed", K4: "not_found"},
)

# 26 -- NAVER: Korean particles glued to the URLs
case(
    name="naver-particles-glued",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 20:14:45 +0900",
    subject=enc("KCSC-240903-01 관련 포스트·지식iN·카페 게시물 조치 안내"),
    reply_to_req=mid(R_N),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N8}의 경우 합성 이미지가 포함된 포스트로 확인되어 삭제하였습니다.
{N9}는 청소년에게 유해한 내용이 포함되어 있어 19세 미만 이용자의 열람을 제한하였습니다.
{N12}은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean prose where particles (의/는/은) are written directly after the URL",
    why="Post deleted -> removed; 19세 미만 열람 제한 (age restriction) -> restricted; no violation, kept -> rejected.",
    items={N8: "removed", N9: "restricted", N12: "rejected"},
)

# ================================================================= REVIEW

# R1 -- NAVER promise (예정)
case(
    name="naver-promise-scheduled",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 11:20:00 +0900",
    subject="Re: " + enc("시정요구 KCSC-240903-01"),
    reply_to_req=mid(R_N),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 12건 중 아래 3건은 내부 검토를 거쳐 9월 13일까지 게시중단 조치할 예정입니다.
 - {N1}
 - {N2}
 - {N3}

나머지 게시물은 순차적으로 검토하여 결과를 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Portal interim reply announcing a planned 게시중단 (조치 예정)",
    why="'조치할 예정' is a promise, not a statement: the named items stay pending.",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

# R2 -- Kakao hedge
case(
    name="kakao-hedge-seems-deleted",
    **{"from": "safety-report@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Thu, 05 Sep 2024 10:03:18 +0900",
    subject="Re: " + enc("[방송통신심의위원회] 정보 삭제 요청 (KCSC-240904-02)"),
    reply_to_req=mid(R_K),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 티스토리 게시글
{K1}
{K2}
을 확인해 보니 두 게시글 모두 이미 삭제된 것으로 보입니다.
정확한 처리 여부는 담당 부서 확인 후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="First-line support reply that only believes the posts are gone ('삭제된 것으로 보입니다')",
    why="'것으로 보입니다' is a hedge and the desk says it will confirm later: no status, items pending.",
    items={K1: "pending", K2: "pending"},
)

# R3 -- NAVER bulk
case(
    name="naver-bulk-all-twelve",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 16:00:00 +0900",
    subject=enc("[회신] 시정요구(KCSC-240903-01) 조치 완료"),
    reply_to_req=mid(R_N),
    body="""
수신: 방송통신심의위원회 통신심의국
제목: 시정요구(KCSC-240903-01) 조치 완료 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 요청하신 게시물 전체(12건)에 대하여 게시중단 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="공문-style one-line 조치 완료 notice covering the whole request without listing URLs",
    why="One statement about all 12 items of a multi-item request, none named: bulk, items pending.",
    items={u: "pending" for u in [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]},
)

# R4 -- BAND bulk
case(
    name="band-bulk-all-deleted",
    **{"from": "safety@band.us"},
    name_from=enc("BAND 운영팀"),
    date="Mon, 09 Sep 2024 19:30:12 +0900",
    subject="Re: [KCSC-240909-05] " + enc("불법 도박 홍보 게시글 삭제 요청"),
    reply_to_req=mid(R_B),
    body="""
안녕하세요, BAND 운영팀입니다.

신고해 주신 게시글은 모두 확인 후 삭제 처리되었습니다.
해당 게시글을 작성한 멤버에게는 운영정책에 따라 이용 제한 조치를 적용하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND short reply: 'all reported posts were deleted'",
    why="'모두 삭제' for a 3-item request without naming the posts: bulk, items pending.",
    items={B1: "pending", B2: "pending", B3: "pending"},
)

# R5 -- NAVER auth fail
case(
    name="naver-dmarc-fail",
    **{"from": "help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    auth="fail",
    date="Wed, 11 Sep 2024 22:41:07 +0900",
    subject=enc("[네이버] KCSC-240910-06 처리 완료"),
    raw_mime=part("text/plain", f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 2건을 모두 삭제하였습니다.
- {N13} : 삭제
- {N14} : 삭제

감사합니다.
"""),
    outcome="review", review="untrusted",
    imitates="Result notice claiming to come from navercorp.com but failing DKIM/SPF/DMARC",
    why="Sender domain is NAVER's but authentication fails: untrusted, nothing applied.",
    items={N13: "pending", N14: "pending"},
)

# R6 -- cafe manager from gmail
case(
    name="cafe-manager-personal-gmail",
    **{"from": "nightmarket.mgr2024@gmail.com"},
    name_from=enc("야시장 카페 매니저"),
    date="Thu, 05 Sep 2024 23:12:45 +0900",
    subject=enc("카페 게시글 삭제했습니다 (KCSC-240903-01)"),
    body=f"""
안녕하세요. 네이버 카페 '야시장' 매니저입니다.
네이버에서 연락받고 말씀하신 글 세 개 다 지웠습니다.

{N4}
{N5}
{N6}

앞으로 비슷한 글 올라오면 바로 지우겠습니다. 확인 부탁드려요.
""",
    outcome="review", review="unknown_sender",
    imitates="Cafe manager writing from a personal mailbox after being told by the portal",
    why="gmail.com is no platform's domain: unknown_sender, items pending.",
    items={N4: "pending", N5: "pending", N6: "pending"},
)

# R7 -- NAVER corp writes about BAND posts
case(
    name="navercorp-reports-band-posts",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 13:13:13 +0900",
    subject=enc("BAND 게시글 조치 결과 (KCSC-240909-05)"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.
BAND 서비스 관련 요청 건을 대신 회신드립니다.

{B1} : 삭제
{B2} : 삭제

나머지 한 건은 BAND 운영팀에서 직접 안내드릴 예정입니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Group-company policy desk answering for a sister service (NAVER corp for BAND)",
    why="A NAVER-domain sender states statuses for BAND items; BAND's configured domain is band.us: wrong_platform.",
    items={B1: "pending", B2: "pending"},
)

# R8 -- DC Inside asks for documents
case(
    name="dc-asks-official-documents",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    date="Mon, 09 Sep 2024 10:05:05 +0900",
    subject=enc("[디시인사이드] 추가 자료 요청 (KCSC-240906-04)"),
    reply_to_req=mid(R_D),
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

요청하신 게시물 {D1} 의 삭제를 검토하기 위해서는 귀 위원회의 심의 의결서 사본 또는 시정요구 공문 원본이 필요합니다.
관련 서류를 이 메일에 회신으로 첨부해 주시면 확인 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Community site asking for the official 심의 의결서/공문 before acting",
    why="The platform asks for documents before deciding; the post stays pending.",
    items={D1: "pending"},
)

# R9 -- NAVER notice naming nothing
case(
    name="naver-process-change-notice",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Fri, 13 Sep 2024 09:00:00 +0900",
    subject=enc("[안내] 게시중단 요청 접수 채널 변경 안내"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

10월 1일부터 기관 요청 건의 접수 채널이 변경됩니다.
앞으로 시정요구 및 게시중단 요청은 기관 전용 접수 페이지(https://right.naver.com/agency)를 통해 보내주시기 바랍니다.
기존 이메일 접수는 10월 31일까지 병행 운영됩니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Portal notice to agencies about a new intake channel",
    why="Trusted NAVER mail that names no requested item and no request: no_claims.",
    items={},
)

# R10 -- YouTube under review + hedge
case(
    name="youtube-under-review-hedged",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    date="Fri, 06 Sep 2024 14:48:30 +0900",
    subject="Re: " + enc("[방송통신심의위원회] 정보 삭제 요청 (KCSC-240905-03)"),
    reply_to_req=mid(R_Y),
    body=f"""
안녕하세요.

보내주신 요청을 담당 팀에서 검토하고 있습니다.

{Y1}
{Y2}
{Y3}

이 중 두 번째 동영상은 업로더가 이미 비공개로 전환한 것으로 보이나 확인이 필요합니다. 검토가 끝나는 대로 결과를 알려드리겠습니다.

YouTube 법무팀
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'we are reviewing' interim reply with a hedged remark about one video",
    why="'검토하고 있습니다' and 'appears to be private, needs checking' are not statements: items pending.",
    items={Y1: "pending", Y2: "pending", Y3: "pending"},
)

# R11 -- DC Inside passed to gallery manager
case(
    name="dc-passed-to-gallery-manager",
    **{"from": "admin@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Sat, 07 Sep 2024 12:30:44 +0900",
    subject="Re: " + enc("게시물 삭제 요청 (KCSC-240906-04)"),
    reply_to_req=mid(R_D),
    body=f"""
네 안녕하세요~ 디시 운영팀입니다.

말씀하신 마이너 갤러리 글
{D2}
{D3}
은 해당 갤러리 매니저한테 전달해 뒀어요. 매니저 쪽에서 처리할 거고, 주말 지나도 안 되어 있으면 저희가 직접 지우겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Informal operator reply: passed on to the minor-gallery manager, will delete if not done",
    why="Passed on to someone else plus a conditional promise: no status, items pending.",
    items={D2: "pending", D3: "pending"},
)

# ================================================================= IGNORED

# I1 -- Chuseok out-of-office
case(
    name="naver-chuseok-out-of-office",
    **{"from": "jiwon.han@navercorp.com"},
    name_from=enc("한지원"),
    date="Sat, 14 Sep 2024 08:00:03 +0900",
    subject=enc("[자동회신] 부재중 안내: [방송통신심의위원회] 정보 삭제 요청 (KCSC-240910-06)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 네이버 정책지원팀 한지원입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 회신드리겠습니다.
긴급한 건은 정책지원팀 공용 메일(policy-support@navercorp.com)로 보내주시기 바랍니다.

즐거운 한가위 보내세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the 추석 holiday",
    why="Auto-reply (Auto-Submitted: auto-replied), no statement about any item.",
    items={},
)

# I2 -- DSN from Kakao's MX
_dsn_orig = """Return-Path: <takedown@kcsc.example>
From: KCSC Takedown <takedown@kcsc.example>
To: takedown-kr@kakaocorp.com
Subject: [KCSC-240904-02] Reminder: removal request overdue
Date: Thu, 12 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240904-02.1@kcsc.example>
"""
case(
    name="kakao-mx-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 09:00:04 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "dsn557kakao", [
        part("text/plain", """This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<takedown-kr@kakaocorp.com>: host mx1.kakaocorp.com said: 550 5.1.1
    <takedown-kr@kakaocorp.com>: Recipient address rejected: User unknown
""", cte="7bit", charset="us-ascii"),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.kakaocorp.com\n"
        "Arrival-Date: Thu, 12 Sep 2024 09:00:02 +0900\n\n"
        "Final-Recipient: rfc822; takedown-kr@kakaocorp.com\n"
        "Action: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown\n",
        "Content-Type: text/rfc822-headers\n\n" + _dsn_orig,
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report; delivery-status) for a reminder sent to a dead address",
    why="Delivery failure report, not a statement.",
    items={},
)

# I3 -- MDN from Google
case(
    name="youtube-read-receipt-mdn",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    date="Thu, 05 Sep 2024 13:22:10 +0900",
    subject=enc("읽음 확인: [방송통신심의위원회] 정보 삭제 요청 (KCSC-240905-03)"),
    raw_mime=multipart("report", "mdn557yt", [
        part("text/plain", "귀하가 보낸 메시지를 수신자가 2024-09-05 오후 1:22에 열었습니다.\n\n"
             "제목: [방송통신심의위원회] 정보 삭제 요청 (KCSC-240905-03)\n"
             "이 확인은 메시지가 수신자의 컴퓨터에 표시되었음을 의미할 뿐, "
             "내용을 읽었거나 이해했다는 의미는 아닙니다.\n"),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.google.com; Gmail\n"
        "Final-Recipient: rfc822; legal-kr-noreply@google.com\n"
        "Original-Message-ID: <req-240905-03@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean-locale read receipt (MDN, disposition-notification)",
    why="Read receipt: 'displayed' says nothing about the content.",
    items={},
)

# I4 -- DC Inside ticket receipt
case(
    name="dc-helpdesk-ticket-receipt",
    **{"from": "noreply@dcinside.com"},
    name_from=enc("디시인사이드 고객센터"),
    date="Fri, 06 Sep 2024 11:00:41 +0900",
    subject=enc("[디시인사이드 고객센터] 문의가 접수되었습니다 (접수번호 DC-240906-0071)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 디시인사이드 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.

  접수번호 : DC-240906-0071
  문의 제목 : [방송통신심의위원회] 정보 삭제 요청 (KCSC-240906-04)
  접수 일시 : 2024-09-06 11:00

담당자가 확인 후 순차적으로 답변드리겠습니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Help-desk ticket receipt (접수번호 issued, no result)",
    why="Pure acknowledgement with a ticket number; nothing about any item.",
    items={},
)

# I5 -- NAVER receipt echoing URLs
case(
    name="naver-receipt-echoes-urls",
    **{"from": "report-noreply@navercorp.com"},
    name_from=enc("네이버 신고센터"),
    date="Tue, 10 Sep 2024 15:01:12 +0900",
    subject=enc("[네이버 신고센터] 신고가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
네이버 신고센터입니다. 아래 신고가 정상 접수되었습니다.

접수번호 : RC-2024-0910-20551
요청기관 : 방송통신심의위원회 (KCSC-240910-06)
접수 URL :
  {N13}
  {N14}

처리 결과는 검토가 끝나면 이메일로 알려드립니다. (보통 영업일 기준 1~3일 소요)
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 신고센터 automatic 접수 receipt echoing the submitted URLs",
    why="Automatic receipt; the echoed URLs carry no status, so it is a pure acknowledgement.",
    items={N13: "pending", N14: "pending"},
)

# I6 -- BAND staff out-of-office, English/Korean
case(
    name="band-staff-out-of-office",
    **{"from": "minji.seo@band.us"},
    name_from="Minji Seo",
    date="Mon, 16 Sep 2024 07:30:00 +0900",
    subject="Automatic reply: Re: [KCSC-240909-05] " + enc("불법 도박 홍보 게시글 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
    body="""
I am out of the office for the Chuseok holidays until 19 September with no access to email.
추석 연휴로 9월 19일까지 부재중입니다. 급한 용무는 safety@band.us 로 연락 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office, bilingual",
    why="Out-of-office auto-reply.",
    items={},
)

# I7 -- Kakao CS receipt
case(
    name="kakao-cs-inquiry-receipt",
    **{"from": "noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Wed, 11 Sep 2024 09:31:20 +0900",
    subject=enc("[카카오 고객센터] 문의 접수 안내"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

문의하신 내용이 접수되었습니다.
  문의번호: 5521-7730-0911
  문의 제목: [KCSC-240911-07] 티스토리 게시물 삭제 요청

접수된 순서대로 확인하여 빠르게 답변드리겠습니다.
답변은 카카오 고객센터 > 문의내역에서도 확인하실 수 있습니다: https://cs.kakao.com/requests
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 안내 (automatic inquiry receipt)",
    why="Pure acknowledgement; the only link is the help-centre inquiry list.",
    items={},
)


HEADER = """# Blind set blind557 (Korean platforms): generated by make.py, do not edit.
# Expected results written from each email's meaning before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print("%d cases" % len(CASES))
