#!/usr/bin/env python3
"""Blind set 875: Korean portals and communities (NAVER, Kakao/Daum/Tistory,
YouTube Korea, DC Inside, BAND) answering KCSC in Korean: 공문-style
시정요구 조치결과 replies, 임시조치 notices, result tables, informal
operator replies, receipts, auto-replies, bounces and read receipts.

Every email is fictional and written in our own sentences. Expected results
were written from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind875/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind875"

# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/haneul_fic77/223561000101"
N2 = "https://blog.naver.com/haneul_fic77/223561000102"
N3 = "https://blog.naver.com/moonlit_fict/223561000203"
N4 = "https://cafe.naver.com/fictcafe99/1203"
N5 = "https://cafe.naver.com/fictcafe99/1207"
N6 = "https://cafe.naver.com/stockroom_fict/88451"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60210&docId=471000123"
N8 = "https://blog.naver.com/PostView.naver?blogId=greenpine_fict&logNo=223561000304"
N9 = "https://m.blog.naver.com/jjfict_21/223561000405"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38100221&memberNo=5512001"
N11 = "https://cafe.naver.com/fictcafe99/1311"
N12 = "https://blog.naver.com/haneul_fic77/223561000110"
NAVER_BIG = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1 = "https://cafe.daum.net/fictstock/Ab3x/5521"
K2_RAW = "https://fictnote.tistory.com/entry/주식-리딩방-안내"
K2 = ("https://fictnote.tistory.com/entry/"
      "%EC%A3%BC%EC%8B%9D-%EB%A6%AC%EB%94%A9%EB%B0%A9-%EC%95%88%EB%82%B4")
K3 = "https://tv.kakao.com/v/445566001"
K4 = "https://pf.kakao.com/_xfIcTq/106512345"

Y1 = "https://www.youtube.com/watch?v=Fk3xQ9ab1Zc"
Y2 = "https://www.youtube.com/shorts/Qm7Lp2Zt0aE"
Y3 = "https://www.youtube.com/watch?v=Rt5Bn8Kd2Wq"

D1 = "https://gall.dcinside.com/board/view/?id=fict_stock&no=482913"
D2 = "https://gall.dcinside.com/board/view/?id=fict_stock&no=482977"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=fictcoin&no=10234"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=fictcoin&no=10291"
D5 = "https://gall.dcinside.com/mini/board/view/?id=fictmini&no=3321"

B1 = "https://band.us/band/81234567/post/4567"
B2 = "https://band.us/band/81234567/post/4571"

S1 = "https://blog.naver.com/seoyeon_fict/223570000901"
T1 = "https://gall.dcinside.com/board/view/?id=fict_drama&no=99120"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T23:59:59+09:00",
     NAVER_BIG, "불법금융광고", "리딩방 홍보 게시물 일괄 시정요구"),
    ("KCSC-240903-02", "kakao", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     [K1, K2, K3, K4], "불법금융광고", "다음 카페·티스토리·카카오TV·채널"),
    ("KCSC-240904-03", "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     [Y1, Y2, Y3], "도박", "불법 도박 사이트 홍보 영상"),
    ("KCSC-240905-04", "dcinside", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00",
     [D1, D2, D3, D4, D5], "개인정보", "갤러리 게시물 신상정보 노출"),
    ("KCSC-240906-05", "band", "2024-09-06T15:20:00+09:00", "2024-09-13T23:59:59+09:00",
     [B1, B2], "불법금융광고", "밴드 게시글"),
    ("KCSC-240909-06", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [S1], "명예훼손", "블로그 게시물 1건"),
    ("KCSC-240910-07", "dcinside", "2024-09-10T16:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [T1], "명예훼손", "드라마 갤러리 게시물 1건"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def request_body(ref, quote=""):
    """Our own request email, as a platform would quote it back."""
    for r, plat, sent, due, urls, cat, note in REQUESTS:
        if r == ref:
            break
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"정보통신망법에 따라 아래 정보에 대한 시정요구(삭제 또는 접속차단)를 요청드립니다. (문서번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"조치 기한: {due[:10]}", "조치 결과를 본 메일로 회신하여 주시기 바랍니다.", "",
              "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(quote + l if l else quote.rstrip() for l in lines)


# ---------------------------------------------------------------- helpers
def h(s):
    """RFC 2047 encoded header text (as Korean mailers send it)."""
    return Header(s, "utf-8").encode()


def qp_part(text, ctype="plain"):
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64_part(text, ctype="plain", extra=""):
    body = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8{extra}\n"
            "Content-Transfer-Encoding: base64\n\n" + body)


def multipart(kind, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


NAVER = h("네이버 정책지원")
NAVER_BLOG = h("네이버 블로그 고객센터")
KAKAO = h("카카오 권리침해신고센터")
TISTORY = h("티스토리 운영팀")
DC = h("디시인사이드 운영팀")
BAND = h("밴드 고객센터")
YT = h("YouTube 법무팀")

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(name="naver-gongmun-result-table-all-twelve",
     **{"from": "policy@navercorp.com"}, name_from=NAVER,
     date="Mon, 09 Sep 2024 17:42:10 +0900",
     subject=h("[네이버] 시정요구에 대한 조치결과 회신 (KCSC-240902-01)"),
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
수신  방송통신심의위원회 (통신심의국장)
참조  불법정보 모니터링 담당
제목  시정요구에 대한 조치결과 회신

1. 귀 위원회의 노고에 감사드립니다.
2. 귀 위원회의 시정요구(문서번호 KCSC-240902-01, 2024. 9. 2.)와 관련하여
   당사의 조치결과를 아래와 같이 회신합니다.

                              - 아    래 -

 연번 | 대상 URL                                                              | 조치결과 | 비고
------+-----------------------------------------------------------------------+----------+------------------------------
  1   | {N1:<69} | 삭제     |
  2   | {N2:<69} | 삭제     |
  3   | {N3:<69} | 임시조치 | 30일간 접근 차단
  4   | {N4:<69} | 블라인드 |
  5   | {N5:<69} | 해당없음 | 작성자가 이미 삭제한 게시물
  6   | {N6:<69} | 미조치   | 요청 사유와 무관한 일반 후기글로 판단되어 게시 유지
  7   | {N7:<69} | 삭제     |
  8   | {N8:<69} | 삭제     |
  9   | {N9:<69} | 임시조치 | 30일간 접근 차단
 10   | {N10:<69} | 확인불가 | 존재하지 않는 게시물
 11   | {N11:<69} | 삭제     |
 12   | {N12:<69} | 삭제     |

3. 미조치 건(연번 6)에 대하여 이견이 있으신 경우 추가 소명자료를 보내주시면
   재검토하겠습니다.  끝.

네이버 주식회사  정책지원팀
(직인생략)
""",
     outcome="applied", classification="confirmation",
     imitates="Korean 공문-style 시정요구 조치결과 회신 with a text result table (NAVER)",
     why="trusted NAVER reply, one row per URL: 삭제/블라인드 removed, 임시조치 restricted, author-deleted and non-existent not_found, 미조치 with reason rejected",
     items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
            N6: "rejected", N7: "removed", N8: "removed", N9: "restricted", N10: "not_found",
            N11: "removed", N12: "removed"})

html2 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회의 요청(KCSC-240902-01) 중 1차 처리분의 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#03c75a;color:#fff"><th>No.</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>게시물 삭제</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>게시물 삭제</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3}</a></td><td>국내 접근 제한</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>블라인드 처리</td></tr>
<tr><td>5</td><td><a href="{N5}">{N5}</a></td><td>이미 삭제된 게시물 (작성자 삭제)</td></tr>
<tr><td>6</td><td><a href="{N8.replace('&', '&amp;')}">{N8.replace('&', '&amp;')}</a></td><td>게시중단</td></tr>
</table>
<p>나머지 게시물의 결과는 확인되는 대로 별도로 회신드리겠습니다.</p>
<p>운영정책: <a href="https://policy.naver.com/rules/service.html">https://policy.naver.com/rules/service.html</a></p>
<p>네이버 정책지원팀 드림</p>
</body></html>
"""
case(name="naver-html-table-first-batch-qp",
     **{"from": "policy@navercorp.com"}, name_from=NAVER,
     date="Thu, 05 Sep 2024 11:03:55 +0900",
     subject=h("RE: 시정요구 (KCSC-240902-01) 1차 처리 결과"),
     reply_to_req=mid("KCSC-240902-01"),
     raw_mime=qp_part(html2, "html"),
     outcome="applied", classification="confirmation",
     imitates="NAVER policy team HTML result table, quoted-printable",
     why="six rows each naming a URL and its result; the remaining six are promised later and not spoken about; policy link is not an item",
     items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
            N8: "removed"})

csv3 = "\ufeff번호,게시물 URL,조치결과,조치일시\n" + "\n".join([
    f"1,{N6},삭제,2024-09-05 14:10",
    f'2,"{N7}",삭제,2024-09-05 14:12',
    f"3,{N9},임시조치(30일),2024-09-05 14:15",
    f'4,"{N10}",게시물 없음,2024-09-05 14:16',
    f"5,{N11},삭제,2024-09-05 14:20",
]) + "\n"
case(name="naver-csv-attachment-five-rows",
     **{"from": "policy@navercorp.com"}, name_from=NAVER,
     date="Fri, 06 Sep 2024 09:15:00 +0900",
     subject=h("[네이버] KCSC-240902-01 조치결과 송부"),
     reply_to_req=mid("KCSC-240902-01"),
     raw_mime=multipart("mixed", "----=_NV_Part_20240906_5521", [
         b64_part("안녕하세요, 네이버 정책지원팀입니다.\n\n"
                  "KCSC-240902-01 건 중 5건의 조치결과를 첨부 파일(CSV)로 송부드립니다.\n"
                  "확인 부탁드립니다.\n\n감사합니다.\n"),
         "Content-Type: text/csv; charset=utf-8; name=\"KCSC-240902-01_result.csv\"\n"
         "Content-Disposition: attachment; filename=\"KCSC-240902-01_result.csv\"\n"
         "Content-Transfer-Encoding: base64\n\n"
         + base64.encodebytes(csv3.encode("utf-8")).decode("ascii"),
     ]),
     outcome="applied", classification="confirmation",
     imitates="NAVER result sheet sent as a UTF-8 CSV attachment (BOM, quoted cells)",
     why="CSV rows give one result per URL: 삭제 removed, 임시조치 restricted, 게시물 없음 not_found",
     items={N6: "removed", N7: "removed", N9: "restricted", N10: "not_found", N11: "removed"})

case(name="naver-one-item-blind-no-url",
     **{"from": "blog_help@naver.com"}, name_from=NAVER_BLOG,
     date="Wed, 11 Sep 2024 14:22:31 +0900",
     subject=h("RE: 게시물 삭제 요청 (KCSC-240909-06)"),
     reply_to_req=mid("KCSC-240909-06"),
     body="""
안녕하세요. 네이버 블로그 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(문서번호 KCSC-240909-06)에 대해
검토를 마쳤으며, 해당 게시물은 블라인드 처리를 완료하였습니다.

이용에 참고 부탁드립니다.
감사합니다.

네이버 블로그 고객센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER blog help-desk reply to a one-item request, no URL repeated",
     why="the sole statement (블라인드 처리 완료) answers a request of one item, so it applies to that item",
     items={S1: "removed"})

case(name="naver-temp-measure-notice-url-below",
     **{"from": "noreply_inoti@navercorp.com"}, name_from=h("네이버 게시중단요청서비스"),
     date="Tue, 10 Sep 2024 18:05:44 +0900",
     subject=h("[네이버 게시중단요청서비스] 임시조치 결과 안내"),
     body=f"""
[네이버 게시중단요청서비스] 임시조치 결과 안내

요청번호 : PS-2024-0910-33817
요청기관 : 방송통신심의위원회 (KCSC-240909-06)

요청하신 아래 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률
제44조의2에 따라 임시조치를 하였음을 알려드립니다.

■ 게시물 주소
{S1}

■ 조치 내용
임시조치 (게시물 접근 차단, 2024.09.10 ~ 2024.10.10)

■ 참고
게시자가 재게시를 요청하는 경우 관련 절차에 따라 처리되며, 그 결과는 다시 안내해 드립니다.
자세한 내용은 https://help.naver.com/service/5632/category/bookmark 를 참고해 주세요.

※ 본 메일은 발신전용입니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 임시조치 notice (URL on the line below its heading)",
     why="임시조치 (30-day access block) is restricted; a later repost procedure is only a condition about the future",
     items={S1: "restricted"})

case(name="naver-top-posted-gmail-quote",
     **{"from": "jiwoo.kang@navercorp.com"}, name_from=h("강지우"),
     date="Wed, 04 Sep 2024 16:48:02 +0900",
     subject=h("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
안녕하세요, 네이버 정책지원팀 강지우입니다.

요청 주신 12건 중 지식iN 게시물과 블로그 게시물 1건은 삭제 처리했습니다.
- {N7}
- {N8}

나머지 10건은 담당 부서에서 검토 중이며, 결과가 나오는 대로 다시 회신드리겠습니다.

강지우 드림

2024년 9월 2일 (월) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{request_body("KCSC-240902-01", "> ")}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted reply over the quoted KCSC request",
     why="two URLs deleted above the quote; the other ten are under review (pending) and appear only in the quoted request",
     items={N7: "removed", N8: "removed"})

case(name="naver-informal-urls-with-particles",
     **{"from": "minseo.park@navercorp.com"}, name_from=h("박민서"),
     date="Fri, 06 Sep 2024 19:31:12 +0900",
     subject=h("Re: 카페 게시글 건 (KCSC-240902-01)"),
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
네, 확인했습니다.

{N11}은 작성자가 이미 지운 글이라 저희 쪽에서 따로 조치할 게 없었고,
{N5}도 마찬가지로 작성자 본인이 삭제한 상태였습니다.
대신 {N12}은 오늘 오전에 저희가 삭제했어요.

다른 건은 정리되는 대로 공문으로 보내드리겠습니다.

박민서 / 네이버 카페·블로그 운영
""",
     outcome="applied", classification="confirmation",
     imitates="informal NAVER operator reply, URLs followed directly by Korean particles (은/도)",
     why="author-deleted posts are not_found, the blog post deleted by NAVER is removed; the particle glued to each URL is not part of it",
     items={N11: "not_found", N5: "not_found", N12: "removed"})

case(name="kakao-gongmun-four-items",
     **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
     date="Mon, 09 Sep 2024 10:20:00 +0900",
     subject=h("[카카오] 시정요구 조치결과 통보 (KCSC-240903-02)"),
     reply_to_req=mid("KCSC-240903-02"),
     body=f"""
수신: 방송통신심의위원회
제목: 시정요구 조치결과 통보

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관에서 요청하신 시정요구(KCSC-240903-02)에 대하여 당사는 아래와 같이 조치하였음을 통보합니다.

  가. {K1}
      - 조치결과: 게시물 삭제
  나. {K2}
      - 조치결과: 게시물 삭제
  다. {K3}
      - 조치결과: 국내 접속 차단
  라. {K4}
      - 조치결과: 해당 게시물 없음 (게시자가 자진 삭제)

3. 문의: 카카오 권리침해신고센터 (right@kakaocorp.com)

주식회사 카카오
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 공문 with 가./나./다./라. items and 조치결과 lines below each URL",
     why="each URL has its result on the line below: 삭제 removed, 국내 접속 차단 restricted, self-deleted not_found",
     items={K1: "removed", K2: "removed", K3: "restricted", K4: "not_found"})

case(name="kakao-tistory-raw-korean-path",
     **{"from": "tistory_help@kakaocorp.com"}, name_from=TISTORY,
     date="Thu, 05 Sep 2024 13:44:09 +0900",
     subject=h("[티스토리] 신고 게시글 처리 결과 안내"),
     body=f"""
안녕하세요, 티스토리 운영팀입니다.

방송통신심의위원회(KCSC-240903-02)에서 신고해 주신 게시글
{K2_RAW} 에 대해 확인하였습니다.

해당 게시글은 티스토리 운영정책의 불법 금융 광고 조항에 해당하여
비공개 처리되었으며, 블로그 운영자에게도 같은 내용을 안내하였습니다.

운영정책 전문: https://www.tistory.com/policy/operation

감사합니다.
티스토리 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Tistory (Kakao) report outcome with the raw Hangul entry path",
     why="the raw Korean path is the percent-encoded requested URL; 비공개 처리 by the operator is removed",
     items={K2: "removed"})

case(name="kakao-daum-cafe-temp-measure-base64",
     **{"from": "cafe_notice@daum.net"}, name_from=h("Daum 카페"),
     date="Thu, 05 Sep 2024 08:30:27 +0900",
     subject=h("[Daum 카페] 게시글 임시조치 안내"),
     raw_mime=b64_part(f"""[Daum 카페] 게시글 임시조치 안내

안녕하세요. Daum 카페 운영팀입니다.

방송통신심의위원회의 요청(KCSC-240903-02)에 따라 아래 게시글에 대해
2024년 9월 5일부터 30일간 임시조치(게시글 접근 차단)를 시행하였습니다.

- 카페: fictstock
- 게시글: {K1}

임시조치 기간 중 게시자의 재게시 요청이 있으면 관련 법령에 따라 처리합니다.

Daum 카페 운영팀
"""),
     outcome="applied", classification="confirmation",
     imitates="Daum cafe 임시조치 notice, base64 plain-text body",
     why="a 30-day 임시조치 (access blocked) is restricted",
     items={K1: "restricted"})

case(name="kakao-tv-kept-channel-post-deleted",
     **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
     date="Fri, 06 Sep 2024 15:02:40 +0900",
     subject=h("RE: KCSC-240903-02 검토 결과"),
     reply_to_req=mid("KCSC-240903-02"),
     body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 건의 검토 결과를 안내드립니다.

카카오TV 영상 {K3} 은 검토 결과 운영정책 및 관련 법령 위반 사항이
확인되지 않아 현재 게시 상태를 유지합니다. 영상 내용은 투자 일반론에 관한 강의로,
특정 상품의 매수 권유나 유사투자자문 광고가 포함되어 있지 않습니다.

반면 카카오톡 채널 게시물 {K4} 은 불법 금융 광고로 판단하여 삭제하였습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao reply refusing one item with its reason and removing another",
     why="the video stays up because it breaks no rule (rejected, reason given); the channel post is deleted (removed)",
     items={K3: "rejected", K4: "removed"})

case(name="youtube-korea-legal-restricted-and-removed",
     **{"from": "legal-kr@google.com"}, name_from=YT,
     date="Tue, 10 Sep 2024 03:12:55 +0000",
     subject=h("[YouTube] 귀하의 요청에 대한 검토 결과 (KCSC-240904-03) [8-4213000017602]"),
     reply_to_req=mid("KCSC-240904-03"),
     body=f"""
안녕하세요.

YouTube 법무팀에 연락해 주셔서 감사합니다.

귀하의 요청을 검토한 결과, 아래 콘텐츠는 대한민국 현지 법률에 따라 대한민국 내에서
액세스를 제한했습니다.

- {Y1}
- {Y2}

아래 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제했습니다.

- {Y3}

YouTube의 정책에 관한 자세한 내용은 https://support.google.com/youtube/answer/2801999 를
참고하시기 바랍니다.

감사합니다.
YouTube 법무팀
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-removals outcome in Korean (local-law restriction vs. Community Guidelines removal)",
     why="two videos restricted in Korea, one removed globally; the help-centre link is not an item",
     items={Y1: "restricted", Y2: "restricted", Y3: "removed"})

case(name="youtube-bilingual-kept-and-removed",
     **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Fri, 06 Sep 2024 22:40:18 +0000",
     subject="Re: KCSC-240904-03 [8-4213000017602]",
     reply_to_req=mid("KCSC-240904-03"),
     body=f"""
Hello,

Thank you for your report. After review, we have reached decisions on two of the
videos you reported.

{Y1}
We did not find that this video violates our Community Guidelines or local law: it
is a news report that shows the gambling site only to warn viewers. It remains
available on YouTube.

{Y2}
This Short was removed from YouTube for violating our spam, deceptive practices
and scams policy.

[한국어]
신고해 주신 동영상 중 2건에 대한 결정을 알려드립니다. 첫 번째 동영상은 도박 사이트를
경고 목적으로 보도하는 뉴스 영상으로 정책 및 현지 법률 위반이 확인되지 않아 게시가
유지됩니다. 두 번째 Shorts 동영상은 스팸, 현혹 행위 및 사기 정책 위반으로 삭제되었습니다.

Regards,
The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal reply, English with a Korean summary; URL above its statement",
     why="first video kept with a reason (rejected), Short removed; the third video is not spoken about",
     items={Y1: "rejected", Y2: "removed"})

case(name="dc-operator-status-below-url",
     **{"from": "report@dcinside.com"}, name_from=DC,
     date="Fri, 06 Sep 2024 11:57:03 +0900",
     subject=h("Re: [KCSC-240905-04] 게시물 삭제 요청의 건"),
     reply_to_req=mid("KCSC-240905-04"),
     body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 게시물 처리 결과 알려드립니다.

{D1}
→ 삭제 완료

{D2}
→ 삭제 완료

{D3}
→ 이미 작성자가 삭제한 글입니다

나머지 두 건은 갤러리 매니저 확인 후 처리 예정입니다.
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside operator reply: bare URL, status on the line below with an arrow",
     why="two deletions and one author-deleted post (not_found); the other two are only promised (pending, not named)",
     items={D1: "removed", D2: "removed", D3: "not_found"})

case(name="dc-text-table-five-with-refusal",
     **{"from": "report@dcinside.com"}, name_from=DC,
     date="Wed, 11 Sep 2024 17:20:45 +0900",
     subject=h("[디시인사이드] 시정요구 조치결과 (KCSC-240905-04)"),
     reply_to_req=mid("KCSC-240905-04"),
     body=f"""
방송통신심의위원회 담당자님께

시정요구(KCSC-240905-04) 대상 게시물 5건의 조치결과입니다.

| 번호 | 게시물 주소 | 조치 |
|---|---|---|
| 1 | {D1} | 삭제 |
| 2 | {D2} | 삭제 |
| 3 | {D3} | 삭제 |
| 4 | {D4} | 삭제 및 작성자 IP 차단 |
| 5 | {D5} | 미조치 |

※ 5번 게시물은 언론 기사 링크를 공유한 글로, 특정인의 개인정보가 포함되어 있지 않아
   운영원칙 위반 사항이 확인되지 않았습니다.

(주)디시인사이드 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside result table (markdown-like pipes) with a footnoted refusal",
     why="four deletions; item 5 left up with its reason given in the note (rejected)",
     items={D1: "removed", D2: "removed", D3: "removed", D4: "removed", D5: "rejected"})

html16 = f"""<div style="font-size:12px">
<p>안녕하세요, 디시인사이드 운영팀입니다.</p>
<p>KCSC-240905-04 건 중 마이너·미니 갤러리 게시물의 처리 결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>게시물</th><th>결과</th></tr></thead>
<tbody>
<tr><td><a href="{D4.replace('&', '&amp;')}">{D4.replace('&', '&amp;')}</a></td><td>삭제 처리</td></tr>
<tr><td><a href="{D5.replace('&', '&amp;')}">{D5.replace('&', '&amp;')}</a></td><td>삭제 처리</td></tr>
</tbody></table>
<p>디시인사이드 운영팀 드림</p>
</div>
"""
case(name="dc-html-table-qp-two-deleted",
     **{"from": "report@dcinside.com"}, name_from=DC,
     date="Mon, 09 Sep 2024 10:05:12 +0900",
     subject=h("RE: [KCSC-240905-04] 처리 결과"),
     reply_to_req=mid("KCSC-240905-04"),
     raw_mime=multipart("alternative", "dc_alt_7f3a", [
         qp_part(f"안녕하세요, 디시인사이드 운영팀입니다.\n\n"
                 f"KCSC-240905-04 건 중 마이너·미니 갤러리 게시물의 처리 결과입니다.\n\n"
                 f"{D4}  삭제 처리\n{D5}  삭제 처리\n\n디시인사이드 운영팀 드림\n"),
         qp_part(html16, "html"),
     ]),
     outcome="applied", classification="confirmation",
     imitates="DC Inside multipart/alternative reply, quoted-printable text and HTML table (&amp; in URLs)",
     why="both parts say the two gallery posts were deleted",
     items={D4: "removed", D5: "removed"})

case(name="dc-one-item-deleted-no-url",
     **{"from": "report@dcinside.com"}, name_from=DC,
     date="Thu, 12 Sep 2024 09:48:30 +0900",
     subject=h("Re: [KCSC-240910-07] 드라마 갤러리 게시물 삭제 요청"),
     reply_to_req=mid("KCSC-240910-07"),
     body="""
안녕하세요. 디시인사이드입니다.

요청하신 게시물은 확인 후 삭제 처리 완료하였습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="short DC Inside operator reply to a one-item request",
     why="sole unhedged statement (삭제 처리 완료) on a one-item request applies to its item",
     items={T1: "removed"})

case(name="dc-angle-bracket-url-not-found",
     **{"from": "help@dcinside.com"}, name_from=h("디시인사이드 고객센터"),
     date="Wed, 11 Sep 2024 13:15:00 +0900",
     subject=h("[디시인사이드] 문의하신 내용에 대한 답변입니다 (KCSC-240910-07)"),
     body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

문의하신 <{T1}> 게시물은 확인 결과
존재하지 않는 게시물입니다. 작성자가 스스로 삭제한 것으로 확인됩니다.

추가 문의는 고객센터 1:1 문의를 이용해 주세요.
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside help-desk answer with the URL in angle brackets",
     why="the post does not exist (deleted by its author): not_found",
     items={T1: "not_found"})

case(name="band-bulleted-two-results",
     **{"from": "help@band.us"}, name_from=BAND,
     date="Mon, 09 Sep 2024 16:33:21 +0900",
     subject=h("[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240906-05)"),
     body=f"""
안녕하세요, 밴드 고객센터입니다.

신고하신 밴드 게시글 2건을 모두 확인하였습니다.

• {B1} : 운영정책 위반으로 삭제 조치 완료
• {B2} : 작성자에 의해 이미 삭제된 게시글

밴드를 이용해 주셔서 감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="BAND help-desk result list with bullets",
     why="one deleted by BAND (removed), one already deleted by its author (not_found)",
     items={B1: "removed", B2: "not_found"})

case(name="band-receipt-plus-results",
     **{"from": "help@band.us"}, name_from=BAND,
     date="Tue, 10 Sep 2024 10:02:00 +0900",
     subject=h("[BAND 고객센터] 문의 #BND-88213 답변"),
     reply_to_req=mid("KCSC-240906-05"),
     body=f"""
문의번호: #BND-88213
문의가 접수되었습니다. 아래에 담당자 답변을 안내드립니다.

--------------------------------------------------
안녕하세요, 밴드 고객센터입니다.

확인 결과 {B1} 게시글은 밴드 운영정책
위반으로 비공개 처리되었습니다.

{B2} 게시글은 일반 모임 공지로, 운영정책에 위반되는 내용이 없어
별도 조치하지 않았습니다.
--------------------------------------------------

이 답변이 도움이 되었나요? https://band.us/cs/survey?ticket=BND-88213
""",
     outcome="applied", classification="confirmation",
     imitates="BAND ticket-system reply: receipt header followed by the agent's answer",
     why="an acknowledgement header plus unhedged item statements is a confirmation: 비공개 처리 removed, no violation rejected; survey link not an item",
     items={B1: "removed", B2: "rejected"})

case(name="naver-wrapped-long-url",
     **{"from": "post_help@navercorp.com"}, name_from=h("네이버 포스트 운영"),
     date="Sat, 07 Sep 2024 10:10:10 +0900",
     subject=h("Re: 포스트 게시물 조치 요청 (KCSC-240902-01)"),
     reply_to_req=mid("KCSC-240902-01"),
     body="""
안녕하세요. 네이버 포스트 운영 담당입니다.

요청하신 포스트 게시물
https://post.naver.com/viewer/postView.naver?volumeNo=38100221&
memberNo=5512001
은 운영원칙 위반으로 삭제되었습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="plain-text reply whose mailer wrapped a long URL after '&'",
     why="the wrapped URL rejoins to the requested post URL, which was deleted (arguable: see NOTES)",
     items={N10: "removed"})

case(name="naver-fullwidth-brackets",
     **{"from": "cafe_help@navercorp.com"}, name_from=h("네이버 카페 운영팀"),
     date="Fri, 06 Sep 2024 12:00:41 +0900",
     subject=h("[네이버 카페] 요청 게시물 처리 안내 (KCSC-240902-01)"),
     body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

요청하신 게시물 중 아래 2건의 처리 결과를 알려드립니다.

【블라인드】「{N4}」
【삭제】{N12}。

블라인드 처리된 게시물은 카페 회원에게도 노출되지 않습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe notice with full-width brackets and punctuation around URLs",
     why="블라인드 and 삭제 are both removed; 「」 and the full-width stop are not part of the URLs",
     items={N4: "removed", N12: "removed"})

case(name="naver-headed-lists-url-below",
     **{"from": "policy@navercorp.com"}, name_from=NAVER,
     date="Sun, 08 Sep 2024 20:14:09 +0900",
     subject=h("RE: [KCSC-240902-01] 추가 처리 결과"),
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

다음 게시물은 임시조치(30일간 접근 차단)되었습니다:
{N3}
{N9}

다음 게시물은 삭제되었습니다:
{N2}

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="short NAVER reply with headed lists, URLs below their statement",
     why="the two URLs under the 임시조치 heading are restricted, the one under 삭제 removed",
     items={N3: "restricted", N9: "restricted", N2: "removed"})

case(name="naver-outlook-reply-over-original",
     **{"from": "seojun.lee@navercorp.com"}, name_from=h("이서준"),
     date="Thu, 05 Sep 2024 09:27:50 +0900",
     subject=h("RE: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
안녕하세요, 이서준입니다.

1207번 게시글({N5})은 카페 운영진 대신 당사에서 직접 게시중단 조치하였습니다.
나머지 게시물은 팀에서 공문으로 회신드릴 예정입니다.

이서준 | 네이버 카페 정책

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 2:00 PM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 시정요구 KCSC-240902-01

{request_body("KCSC-240902-01")}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with -----Original Message----- and the unquoted request below",
     why="one item taken down (게시중단) above the original; the request's own list below is not a statement",
     items={N5: "removed"})

case(name="kakao-echoed-report-form",
     **{"from": "noreply@kakaocorp.com"}, name_from=h("카카오 고객센터"),
     date="Sat, 07 Sep 2024 02:11:08 +0900",
     subject=h("[카카오 고객센터] 신고 처리 결과 안내"),
     body=f"""
[카카오 고객센터] 신고 처리 결과 안내

신고하신 내용에 대한 처리 결과를 알려드립니다.

[신고 내용]
· 신고 번호 : R-20240905-114027
· 서비스 : 카카오TV
· 신고 대상 : {K3}
· 신고 사유 : 불법 금융 광고 (방송통신심의위원회 KCSC-240903-02)

[처리 결과]
· 조치 : 대한민국 내 접속 차단
· 처리 일시 : 2024.09.06 23:58

카카오 운영정책 보기 : https://www.kakao.com/policy/oppolicy
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao customer-centre report outcome echoing the report form",
     why="the echoed report names the video and the result block says access blocked in Korea: restricted",
     items={K3: "restricted"})

html26 = f"""<html><body>
<table width="600" style="font-family:Roboto,Arial,sans-serif"><tr><td>
<img src="https://www.gstatic.com/youtube/img/branding/youtubelogo/1x/youtubelogo_60.png" alt="YouTube">
<h2 style="font-weight:normal">검토 결과 안내</h2>
<p>안녕하세요.</p>
<p>신고해 주신 아래 콘텐츠를 검토한 결과, YouTube의 스팸, 현혹 행위 및 사기 정책을 위반하여
YouTube에서 삭제했습니다.</p>
<p style="padding:8px;background:#f1f1f1"><a href="{Y2}">{Y2}</a></p>
<p>YouTube 정책에 대해 자세히 알아보려면 <a href="https://support.google.com/youtube/answer/2801973">고객센터</a>를 방문하세요.</p>
<p style="color:#777;font-size:11px">참조: KCSC-240904-03 · 케이스 ID 8-4213000017602<br>
© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</td></tr></table>
</body></html>
"""
case(name="youtube-html-short-removed",
     **{"from": "no-reply@youtube.com"}, name_from="YouTube",
     date="Sun, 08 Sep 2024 06:30:00 +0000",
     subject=h("YouTube 신고 결과 안내"),
     raw_mime=qp_part(html26, "html"),
     outcome="applied", classification="confirmation",
     imitates="YouTube HTML outcome email (branded template, one content link)",
     why="the reported Short was removed; help-centre and logo links are not items",
     items={Y2: "removed"})

# ================================================================ REVIEW

case(name="naver-promise-sequential-takedown",
     **{"from": "policy@navercorp.com"}, name_from=NAVER,
     date="Tue, 03 Sep 2024 18:20:00 +0900",
     subject=h("RE: 시정요구 KCSC-240902-01 관련"),
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중
{N1}
{N2}
두 건은 내부 검토를 거쳐 순차적으로 게시중단 조치될 예정입니다.
조치가 완료되면 결과를 다시 회신드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="NAVER interim reply promising a takedown",
     why="'조치될 예정' is a promise, not a statement: the named items stay pending",
     items={N1: "pending", N2: "pending"})

case(name="kakao-hedged-seems-deleted",
     **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
     date="Wed, 04 Sep 2024 11:11:11 +0900",
     subject=h("RE: KCSC-240903-02 문의"),
     reply_to_req=mid("KCSC-240903-02"),
     body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

문의하신 Daum 카페 게시글({K1})은 현재 조회되지 않는 것으로 보아
이미 삭제된 것으로 보입니다. 정확한 처리 이력은 카페 서비스 담당 부서에 확인한 뒤
다시 안내드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="Kakao interim reply with a hedge ('삭제된 것으로 보입니다')",
     why="'appears to have been deleted' is a hedge; the item stays pending",
     items={K1: "pending"})

case(name="naver-bulk-all-twelve-done",
     **{"from": "policy@navercorp.com"}, name_from=NAVER,
     date="Tue, 10 Sep 2024 09:00:12 +0900",
     subject=h("[네이버] KCSC-240902-01 처리 완료"),
     reply_to_req=mid("KCSC-240902-01"),
     body="""
안녕하세요, 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 KCSC-240902-01 건의 게시물 12건은 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="NAVER one-line completion notice covering a whole request",
     why="'all 12 removed' without naming each item, for a request of twelve: bulk, items pending",
     items={})

case(name="dc-bulk-all-reported-deleted",
     **{"from": "report@dcinside.com"}, name_from=DC,
     date="Sat, 07 Sep 2024 14:40:00 +0900",
     subject=h("Re: [KCSC-240905-04] 게시물 삭제 요청의 건"),
     reply_to_req=mid("KCSC-240905-04"),
     body="""
네 안녕하세요 디시인사이드 운영팀입니다.
신고하신 게시물은 전부 삭제했습니다.
수고하세요.
""",
     outcome="review", review="bulk",
     imitates="terse DC Inside operator reply covering all reported posts",
     why="'all reported posts deleted' without naming them, for a five-item request: bulk",
     items={})

case(name="naver-spoofed-dmarc-fail",
     **{"from": "policy@navercorp.com"}, name_from=NAVER, auth="fail",
     date="Wed, 04 Sep 2024 03:14:15 +0900",
     subject=h("[네이버] 조치결과 회신 (KCSC-240902-01)"),
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 {N1} 은 삭제되었습니다.
추가 확인이 필요하시면 첨부 링크에서 로그인 후 확인 바랍니다.
""",
     outcome="review", review="untrusted",
     imitates="mail claiming to be NAVER that fails DKIM/SPF/DMARC",
     why="From a NAVER domain but authentication fails: nothing applied",
     items={N1: "pending"})

case(name="kakao-law-firm-unknown-sender",
     **{"from": "counsel@hanbit-law.example"}, name_from=h("법무법인 한빛 (가상)"),
     date="Mon, 09 Sep 2024 15:45:00 +0900",
     subject=h("KCSC-240903-02 관련 게시자 측 의견"),
     body=f"""
방송통신심의위원회 귀중

당 법무법인은 티스토리 블로그 운영자의 대리인입니다.
귀 위원회의 시정요구(KCSC-240903-02) 대상인 {K2_RAW} 게시글은
의뢰인이 2024. 9. 6. 스스로 삭제하였음을 알려드립니다.

법무법인 한빛 변호사 (가상)
""",
     outcome="review", review="unknown_sender",
     imitates="letter from the poster's lawyer (not a platform)",
     why="the sender is no platform: its statement about the item cannot be applied",
     items={K2: "pending"})

case(name="naver-cafe-manager-gmail",
     **{"from": "fictcafe99.manager@gmail.com"}, name_from=h("피크카페 매니저"),
     date="Thu, 05 Sep 2024 22:03:33 +0900",
     subject=h("카페 게시글 삭제했습니다"),
     body=f"""
안녕하세요 fictcafe99 카페 매니저입니다.
네이버 통해서 연락받았는데 {N4} 글은 제가 방금 삭제했습니다.
혹시 더 지워야 할 글 있으면 알려주세요.
""",
     outcome="review", review="unknown_sender",
     imitates="cafe manager replying from a personal webmail address",
     why="a personal Gmail address is not NAVER: unknown sender, item stays pending",
     items={N4: "pending"})

case(name="naver-answers-for-band-item",
     **{"from": "partner_cs@navercorp.com"}, name_from=h("네이버 파트너 고객지원"),
     date="Mon, 09 Sep 2024 11:30:00 +0900",
     subject=h("RE: 밴드 게시글 조치 요청 (KCSC-240906-05)"),
     reply_to_req=mid("KCSC-240906-05"),
     body=f"""
안녕하세요, 네이버 파트너 고객지원입니다.

밴드 게시글 {B1} 은 밴드 운영팀 확인 후 삭제 조치되었습니다.
밴드 관련 문의는 앞으로 밴드 고객센터(help@band.us)로 보내주시면 더 빠르게 처리됩니다.
""",
     outcome="review", review="wrong_platform",
     imitates="NAVER group support answering for a BAND item",
     why="a NAVER sender states the status of an item of platform band (senders band.us): wrong platform, not applied",
     items={B1: "pending"})

case(name="kakao-asks-for-documents",
     **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
     date="Wed, 04 Sep 2024 17:25:00 +0900",
     subject=h("RE: KCSC-240903-02 추가 자료 요청"),
     reply_to_req=mid("KCSC-240903-02"),
     body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 중 Daum 카페 게시글({K1})의 검토를 위해
아래 자료를 추가로 보내주시기 바랍니다.

1) 시정요구 결정문 사본
2) 위법 판단 근거가 된 게시글 캡처 자료

자료를 받은 뒤 검토를 진행하겠습니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Kakao request for supporting documents before review",
     why="asks the regulator for documents; nothing stated about the item",
     items={K1: "pending"})

case(name="naver-policy-notice-no-claims",
     **{"from": "policy@navercorp.com"}, name_from=NAVER,
     date="Fri, 13 Sep 2024 10:00:00 +0900",
     subject=h("[네이버] 공공기관 게시중단 요청 접수 창구 변경 안내"),
     body="""
방송통신심의위원회 담당자님께

안녕하세요, 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 게시중단 요청 접수 창구가 전용 웹 양식으로 일원화됩니다.
변경 이후에도 기존 메일 주소로 보내주신 요청은 한 달간 함께 접수됩니다.

자세한 이용 방법은 https://help.naver.com/service/5632/contents/19884 에서 확인해 주세요.

감사합니다.
""",
     outcome="review", review="no_claims",
     imitates="NAVER service notice to public bodies (change of intake channel)",
     why="trusted NAVER mail that names no item and no request",
     items={})

case(name="youtube-still-under-review",
     **{"from": "legal-kr@google.com"}, name_from=YT,
     date="Thu, 05 Sep 2024 08:02:00 +0000",
     subject=h("Re: KCSC-240904-03 진행 상황 [8-4213000017602]"),
     reply_to_req=mid("KCSC-240904-03"),
     body=f"""
안녕하세요.

문의해 주신 아래 동영상은 현재 담당 팀에서 검토 중입니다.

{Y1}
{Y3}

검토가 끝나면 이메일로 결과를 알려드리겠습니다. 현지 법률 검토에는 며칠이 더 걸릴 수 있습니다.

YouTube 법무팀
""",
     outcome="review", review="not_understood",
     imitates="YouTube status update: items still under review",
     why="'under review' is not a status; the named videos stay pending",
     items={Y1: "pending", Y3: "pending"})

# ================================================================ IGNORED

case(name="naver-intake-receipt",
     **{"from": "noreply_inoti@navercorp.com"}, name_from=h("네이버 게시중단요청서비스"),
     date="Mon, 02 Sep 2024 14:01:12 +0900",
     subject=h("[네이버 게시중단요청서비스] 요청이 정상 접수되었습니다"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
[네이버 게시중단요청서비스] 접수 완료 안내

요청이 정상적으로 접수되었습니다.

접수번호 : PS-2024-0902-30112
요청기관 : 방송통신심의위원회 (KCSC-240902-01)
접수건수 : 12건

담당자 검토 후 처리 결과를 메일로 안내해 드립니다.
※ 본 메일은 발신전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 게시중단요청서비스 intake receipt",
     why="pure acknowledgement with a receipt number; no item status",
     items={})

case(name="kakao-out-of-office",
     **{"from": "hyejin.yoon@kakaocorp.com"}, name_from=h("윤혜진"),
     date="Tue, 03 Sep 2024 10:30:05 +0900",
     subject=h("[자동회신] 부재중입니다: [방송통신심의위원회] 시정요구 KCSC-240903-02"),
     reply_to_req=mid("KCSC-240903-02"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""
안녕하세요, 윤혜진입니다.

9월 3일(화)부터 9월 16일(월)까지 휴가로 부재중입니다.
급한 권리침해 관련 건은 right@kakaocorp.com 으로 보내주시면 담당자가 처리해 드립니다.

감사합니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook/Kakao out-of-office auto-reply in Korean",
     why="out-of-office auto-reply",
     items={})

dsn_text = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside-kr.example
Subject: [KCSC-240905-04] 게시물 삭제 요청의 건
Date: Thu, 05 Sep 2024 09:40:00 +0900
Message-ID: <req.KCSC-240905-04@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_body("KCSC-240905-04")}
"""
case(name="kcsc-mta-bounce-dc-request",
     **{"from": "MAILER-DAEMON@kcsc.example"}, name_from="Mail Delivery System",
     date="Thu, 05 Sep 2024 09:41:02 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "4WqN2Kx0.1725496862/mx.kcsc.example", [
         "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
         "This is the mail system at host mx.kcsc.example.\n\n"
         "I'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients. It's attached below.\n\n"
         "<report@dcinside-kr.example>: Host or domain name not found. Name service error\n"
         "    for name=dcinside-kr.example type=MX: Host not found\n",
         "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; mx.kcsc.example\n"
         "Arrival-Date: Thu,  5 Sep 2024 09:40:00 +0900 (KST)\n\n"
         "Final-Recipient: rfc822; report@dcinside-kr.example\n"
         "Action: failed\nStatus: 5.4.4\n"
         "Diagnostic-Code: X-Postfix; Host or domain name not found\n",
         "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + dsn_text,
     ], params="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN for a request sent to a mistyped address, original attached",
     why="delivery status notification; the URLs are only in the returned request",
     items={})

case(name="naver-read-receipt",
     **{"from": "policy@navercorp.com"}, name_from=NAVER,
     date="Mon, 02 Sep 2024 15:10:44 +0900",
     subject=h("읽음 확인: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
     reply_to_req=mid("KCSC-240902-01"),
     raw_mime=multipart("report", "mdn_nv_20240902", [
         b64_part("다음 메일을 수신자가 읽었습니다.\n\n"
                  "제목: [방송통신심의위원회] 시정요구 KCSC-240902-01\n"
                  "읽은 시간: 2024년 9월 2일 월요일 오후 3:10\n"),
         "Content-Type: message/disposition-notification\n\n"
         "Reporting-UA: mail.navercorp.com; NAVER WORKS Mail\n"
         "Final-Recipient: rfc822; policy@navercorp.com\n"
         "Original-Message-ID: <req.KCSC-240902-01@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed\n",
     ], params="; report-type=disposition-notification"),
     outcome="ignored", classification="read_receipt",
     imitates="MDN read receipt (읽음 확인) from a Korean groupware mailer",
     why="a read receipt says nothing about items",
     items={})

case(name="youtube-case-receipt-echoes-urls",
     **{"from": "legal-kr@google.com"}, name_from=YT,
     date="Wed, 04 Sep 2024 02:05:31 +0000",
     subject=h("[8-4213000017602] YouTube 법적 요청 접수 확인"),
     body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 귀하의 요청이 접수되었으며 케이스 ID
8-4213000017602 가 부여되었습니다.

접수된 URL:
{Y1}
{Y2}
{Y3}

참조 번호: KCSC-240904-03

이 메일에 회신하실 때는 제목의 케이스 ID를 그대로 유지해 주세요.

YouTube 법무팀
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal webform receipt echoing the submitted URLs",
     why="a pure receipt: the URLs are echoed as submitted, no status is stated (arguable: see NOTES)",
     items={})

case(name="band-ticket-receipt",
     **{"from": "help@band.us"}, name_from=BAND,
     date="Fri, 06 Sep 2024 15:22:10 +0900",
     subject=h("[BAND 고객센터] 문의가 접수되었습니다 (#BND-88213)"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
안녕하세요, 밴드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (문의번호 #BND-88213)
영업일 기준 3일 이내에 답변드리겠습니다.

※ 이 메일은 발신 전용입니다. 추가 문의는 고객센터 웹페이지를 이용해 주세요.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="BAND help-desk ticket receipt",
     why="pure acknowledgement, ticket created",
     items={})

case(name="daum-mailer-daemon-user-unknown",
     **{"from": "MAILER-DAEMON@daum.net"}, name_from=h("Daum 메일 시스템"),
     date="Tue, 03 Sep 2024 10:31:40 +0900",
     subject=h("[반송] 메일이 전달되지 못했습니다: [방송통신심의위원회] 시정요구 KCSC-240903-02"),
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "daum_dsn_240903", [
         b64_part("보내신 메일이 아래 수신자에게 전달되지 못했습니다.\n\n"
                  "수신자: cafe_right@daum.net\n"
                  "사유: 존재하지 않는 계정입니다. (550 5.1.1)\n"),
         "Content-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; mx1.daum.net\n\n"
         "Final-Recipient: rfc822; cafe_right@daum.net\n"
         "Action: failed\nStatus: 5.1.1\n"
         "Diagnostic-Code: smtp; 550 5.1.1 user unknown\n",
         "Content-Type: text/rfc822-headers\n\n"
         "From: KCSC Takedown <takedown@kcsc.example>\n"
         "To: cafe_right@daum.net\n"
         "Subject: [방송통신심의위원회] 시정요구 KCSC-240903-02\n"
         "Message-ID: <req.KCSC-240903-02@kcsc.example>\n",
     ], params="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="Daum mail 550 user-unknown bounce (Korean human part, base64)",
     why="delivery failure report",
     items={})


HEADER = """# Blind set 875 (Korean portals and communities; 공문 style). Written from
# each email's meaning before any run of the reader. Generated by make.py.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(len(CASES), "cases")
