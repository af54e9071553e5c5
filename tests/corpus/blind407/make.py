#!/usr/bin/env python3
"""Blind set 407 (Korean platforms): NAVER, Kakao/Daum/Tistory, YouTube
Korea, DC Inside and BAND replies, written in Korean (and some English) in
the manner of 공문 replies, 임시조치 notices, 시정요구 조치결과 tables and
informal operator mail. Expected results come from each email's meaning,
written before any run of the reader.

    python3 tests/corpus/blind407/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1 = "KCSC-240903-01"  # naver, 12 items (largest)
R2 = "KCSC-240905-02"  # kakao, 4 items
R3 = "KCSC-240909-03"  # youtube, 5 items
R4 = "KCSC-240911-04"  # dcinside, 5 items
R5 = "KCSC-240913-05"  # band, 3 items
R6 = "KCSC-240916-06"  # naver, 2 items
R7 = "KCSC-240917-07"  # kakao, 1 item

N_BLOG1 = "https://blog.naver.com/moonpalace_88/223581104471"
N_BLOG2 = "https://blog.naver.com/moonpalace_88/223581109902"
N_CAFE1 = "https://cafe.naver.com/greenlotusmarket/41187"
N_CAFE2 = "https://cafe.naver.com/greenlotusmarket/41203"
N_CAFE3 = "https://cafe.naver.com/greenlotusmarket/41290"
N_KIN = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471820933"
N_BLOG3 = "https://blog.naver.com/hanbit_deal/223579920014"
N_PILL1 = "https://cafe.naver.com/pillbox365/2207"
N_PILL2 = "https://cafe.naver.com/pillbox365/2219"
N_POST = "https://post.naver.com/viewer/postView.naver?volumeNo=38812045&memberNo=51220987"
N_BLOG4 = "https://blog.naver.com/hanbit_deal/223580013377"
N_TV = "https://tv.naver.com/v/58120431"
R1_URLS = [N_BLOG1, N_BLOG2, N_CAFE1, N_CAFE2, N_CAFE3, N_KIN, N_BLOG3, N_PILL1,
           N_PILL2, N_POST, N_BLOG4, N_TV]

K_CAFE1 = "https://cafe.daum.net/silverfoxtrade/Qx7p/1184"
K_CAFE2 = "https://cafe.daum.net/silverfoxtrade/Qx7p/1190"
K_TISTORY_RAW = "https://stormhill.tistory.com/entry/무료-일괄-다운로드"
K_TISTORY = "https://stormhill.tistory.com/entry/" + quote("무료-일괄-다운로드")
K_CHANNEL = "https://pf.kakao.com/_xkQmbn/104829117"
R2_URLS = [K_CAFE1, K_CAFE2, K_TISTORY, K_CHANNEL]

Y1 = "https://www.youtube.com/watch?v=Qm3vT8rLx2A"
Y2 = "https://www.youtube.com/watch?v=hP0zW4kNs7E"
Y3 = "https://www.youtube.com/watch?v=Jd8cR1uYt5M"
Y4 = "https://www.youtube.com/shorts/Vb6nE2aPq9K"
Y5_RAW = "https://www.youtube.com/@밤비채널"
Y5 = "https://www.youtube.com/@" + quote("밤비채널")
R3_URLS = [Y1, Y2, Y3, Y4, Y5]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9918273"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9918410"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinlab&no=552031"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinlab&no=552077"
D5 = "https://m.dcinside.com/board/coinlab/552102"
R4_URLS = [D1, D2, D3, D4, D5]

B1 = "https://band.us/band/81234567/post/312"
B2 = "https://band.us/band/81234567/post/327"
B3 = "https://band.us/band/79001122/post/58"
R5_URLS = [B1, B2, B3]

N6A = "https://blog.naver.com/dalbit_store/223590114822"
N6B = "https://cafe.naver.com/joonggonara/1049982271"
R6_URLS = [N6A, N6B]

K7 = "https://cafe.daum.net/dreamtrip77/FJk2/9051"
R7_URLS = [K7]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "drugs", R1_URLS,
     "의약품 불법 판매 게시물 (블로그·카페·지식iN·포스트·TV)"),
    (R2, "kakao", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", "copyright", R2_URLS,
     "불법 복제물 유통 (다음 카페·티스토리·카카오톡 채널)"),
    (R3, "youtube", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00", "gambling", R3_URLS,
     "불법 도박 홍보 영상 및 채널"),
    (R4, "dcinside", "2024-09-11T09:40:00+09:00", "2024-09-18T18:00:00+09:00", "fraud", R4_URLS,
     "투자 사기 유인 게시물"),
    (R5, "band", "2024-09-13T14:10:00+09:00", "2024-09-20T18:00:00+09:00", "privacy", R5_URLS,
     "개인정보 노출 게시글"),
    (R6, "naver", "2024-09-16T10:20:00+09:00", "2024-09-23T18:00:00+09:00", "drugs", R6_URLS,
     "다이어트 의약품 판매"),
    (R7, "kakao", "2024-09-17T16:00:00+09:00", "2024-09-24T18:00:00+09:00", "gambling", R7_URLS,
     "도박 사이트 홍보 카페 글"),
]


def mid(ref):
    return "req-" + ref.split("-", 1)[1].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text_or_bytes):
    data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def single(ctype, cte, payload):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{payload}\n")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, greeting="안녕하십니까. 방송통신심의위원회 통신심의국입니다."):
    lines = [greeting, "",
             f"아래 정보에 대하여 시정요구(해당 정보의 삭제 또는 접속차단)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
             f"(요청번호: {ref})", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(lines)


C = []


def case(**kw):
    C.append(kw)


# ================================================================ APPLIED
# A1: 공문-style reply with an HTML table covering all 12 items (base64 HTML).
rows = [
    (N_BLOG1, "삭제", "의약품 불법 판매"),
    (N_BLOG2, "게시중단", ""),
    (N_CAFE1, "게시중단", ""),
    (N_CAFE2, "임시조치(30일)", "권리침해 신고 병합"),
    (N_CAFE3, "게시물 없음", "작성자 직접 삭제"),
    (N_KIN, "삭제", ""),
    (N_BLOG3, "비공개 처리", ""),
    (N_PILL1, "삭제", ""),
    (N_PILL2, "미조치", "운영원칙 위반 사항 없음(일반 정보글)"),
    (N_POST, "삭제", ""),
    (N_BLOG4, "블라인드", ""),
    (N_TV, "연령 제한(19세)", "청소년 이용 제한"),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td>{u.replace('&', '&amp;')}</td><td>{s}</td><td>{n}</td></tr>"
    for i, (u, s, n) in enumerate(rows, 1))
html = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:10pt">
<p><b>네이버 주식회사</b></p>
<p>수신: 방송통신심의위원회 통신심의국<br>
제목: 시정요구에 대한 조치결과 회신 ({R1})</p>
<p>1. 귀 위원회의 무궁한 발전을 기원합니다.<br>
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구({R1})와 관련하여, 당사 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{trs}
</table>
<p>※ 조치일: 2024. 9. 6.<br>
※ 게시중단 처리 기준은 <a href="https://help.naver.com/service/5634/contents/19033">네이버 고객센터</a>를 참고하여 주십시오.</p>
<p>네이버 주식회사 정책지원실장 &nbsp;(직인생략)&nbsp; 끝.</p>
</body></html>"""
case(name="naver-gongmun-html-table-12", date="Fri, 06 Sep 2024 16:42:05 +0900",
     **{"from": "kcsc-reply@navercorp.com"}, name_from="네이버 정책지원",
     subject=f"[회신] 시정요구에 대한 조치결과 통보 ({R1})", reply_to_req=mid(R1),
     raw_mime=single("text/html", "base64", b64(html)),
     outcome="applied", classification="confirmation",
     imitates="Korean portal 공문 reply to a KCSC 시정요구 with a 조치결과 table (HTML mail)",
     why="trusted NAVER table stating a result for each of the 12 items",
     items={N_BLOG1: "removed", N_BLOG2: "removed", N_CAFE1: "removed", N_CAFE2: "restricted",
            N_CAFE3: "not_found", N_KIN: "removed", N_BLOG3: "removed", N_PILL1: "removed",
            N_PILL2: "rejected", N_POST: "removed", N_BLOG4: "removed", N_TV: "restricted"})

# A2: numbered list, status on the line below each URL.
case(name="naver-numbered-status-below", date="Thu, 05 Sep 2024 11:08:33 +0900",
     **{"from": "policy@navercorp.com"},
     subject=f"RE: 시정요구 ({R1}) 일부 처리 결과", reply_to_req=mid(R1),
     body=f"""안녕하세요, 네이버 정책지원팀 박소연입니다.

요청번호 {R1} 중 먼저 확인이 끝난 4건의 처리 결과를 아래와 같이 전달드립니다.

1. {N_BLOG1}
   → 게시물 삭제 완료
2. {N_BLOG2}
   → 작성자에 의해 이미 삭제된 게시물입니다.
3. {N_PILL2}
   → 카페 운영원칙 및 이용약관 위반 사항이 확인되지 않아 게시 유지
4. {N_PILL1}
   → 임시조치(30일) 처리

나머지 건은 확인되는 대로 별도로 회신드리겠습니다.

감사합니다.
박소연 드림
NAVER 정책지원팀 | policy@navercorp.com
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER policy team operator reply with a numbered list, result under each URL",
     why="four URLs, each with an unhedged result on the following line; the rest only promised",
     items={N_BLOG1: "removed", N_BLOG2: "not_found", N_PILL2: "rejected", N_PILL1: "restricted"})

# A3: 임시조치 notice for two blog posts.
case(name="naver-imsijochi-notice", date="Wed, 04 Sep 2024 09:15:00 +0900",
     **{"from": "noreply-right@navercorp.com"}, name_from="NAVER 게시중단 요청 서비스",
     subject="[NAVER] 게시물 임시조치 안내",
     body=f"""[NAVER] 게시물 임시조치 안내

방송통신심의위원회 귀하

요청하신 건({R1})과 관련하여, 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
아래 게시물에 대하여 30일간 임시조치(게시물 접근 임시 차단)를 하였음을 알려드립니다.

■ 임시조치 대상 게시물
 - {N_BLOG3}
 - {N_BLOG4}

■ 임시조치 기간: 2024.09.04 ~ 2024.10.03

게시자가 기간 내 재게시를 요청하지 않으면 해당 게시물은 삭제될 수 있습니다.
게시중단 절차에 대한 자세한 안내: https://right.naver.com/guide/process

본 메일은 발신 전용입니다.
ⓒ NAVER Corp.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청 서비스 임시조치 notice (정보통신망법 제44조의2)",
     why="임시조치 of both named posts = restricted; guide link is not an item",
     items={N_BLOG3: "restricted", N_BLOG4: "restricted"})

# A4: CSV attachment (UTF-8 with BOM, CRLF) with five results.
csv_text = ("\ufeff번호,URL,처리결과,처리일시\r\n"
            f"1,{N_CAFE1},게시중단,2024-09-06 14:10\r\n"
            f"2,{N_CAFE2},삭제,2024-09-06 14:12\r\n"
            f'3,"{N_KIN}",게시물 없음,2024-09-06 14:20\r\n'
            f'4,"{N_POST}",삭제,2024-09-06 14:25\r\n'
            f"5,{N_TV},비공개 처리,2024-09-06 14:31\r\n")
fname = f"조치결과_{R1}.csv"
mime = f"""Content-Type: multipart/mixed; boundary="----=_NV_407_A4"

------=_NV_407_A4
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.

{R1} 시정요구 건 중 5건의 조치 결과를 첨부 CSV 파일로 송부드립니다.
확인 부탁드립니다.

네이버 정책지원팀 드림

------=_NV_407_A4
Content-Type: text/csv; charset=utf-8; name*=UTF-8''{quote(fname)}
Content-Disposition: attachment; filename*=UTF-8''{quote(fname)}
Content-Transfer-Encoding: base64

{b64(csv_text)}
------=_NV_407_A4--
"""
case(name="naver-csv-attachment", date="Fri, 06 Sep 2024 15:02:41 +0900",
     **{"from": "policy@navercorp.com"},
     subject=f"RE: [{R1}] 조치결과 송부 (첨부)", reply_to_req=mid(R1), raw_mime=mime,
     outcome="applied", classification="confirmation",
     imitates="Portal sending 조치결과 as an Excel-exported CSV attachment (BOM, CRLF)",
     why="CSV rows give URL and result for five items",
     items={N_CAFE1: "removed", N_CAFE2: "removed", N_KIN: "not_found", N_POST: "removed",
            N_TV: "removed"})

# A5: prose, two items of R6.
case(name="naver-r6-prose-two", date="Wed, 18 Sep 2024 17:20:11 +0900",
     **{"from": "policy@navercorp.com"},
     subject=f"Re: 시정요구 요청 ({R6})", reply_to_req=mid(R6),
     body=f"""안녕하십니까, 네이버 정책지원팀입니다.

요청하신 건({R6})의 검토 결과를 안내드립니다.

블로그 게시물 {N6A} 는 약사법 위반 소지가 있어 비공개 처리하였습니다.
중고나라 카페 게시글 {N6B} 는 확인 시점에 이미 작성자가 삭제하여 존재하지 않는 게시물입니다.

추가 문의 사항이 있으시면 회신 주시기 바랍니다.
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER operator prose reply to a two-item request",
     why="비공개 처리 = removed; already deleted by its author = not_found",
     items={N6A: "removed", N6B: "not_found"})

# A6: informal rejection mentioning 게시중단 in the negative.
case(name="naver-r6-rejected-informal", date="Thu, 19 Sep 2024 10:03:52 +0900",
     **{"from": "jiwon.han@navercorp.com"}, name_from="한지원",
     subject=f"RE: {R6} 관련 문의드립니다",
     body=f"""한지원입니다.

dalbit_store 블로그 글({N6A}) 확인해 봤는데요,
판매 제품이 식약처에 정식 신고된 일반식품으로 확인되어서 게시중단 대상에는 해당하지 않는 것으로 판단했습니다.
그래서 해당 게시물은 그대로 유지됩니다.

다른 근거 자료가 있으시면 보내주세요. 다시 검토하겠습니다.

한지원 드림
""",
     outcome="applied", classification="confirmation",
     imitates="informal NAVER staff reply refusing a request with its reason",
     why="refusal with reason, post stays up = rejected; the offer to re-examine is no promise of action",
     items={N6A: "rejected"})

# A7: Daum cafe, URLs in angle brackets above the statement.
case(name="kakao-daum-cafe-blind-angle", date="Mon, 09 Sep 2024 13:44:19 +0900",
     **{"from": "cafe-policy@kakaocorp.com"}, name_from="카카오 고객센터",
     subject=f"[Daum 카페] 게시물 조치 결과 안내 ({R2})", reply_to_req=mid(R2),
     body=f"""안녕하세요, 카카오 고객센터입니다.

요청해 주신 Daum 카페 게시물에 대한 조치 결과를 알려드립니다.

<{K_CAFE1}>
<{K_CAFE2}>

위 2건의 게시물은 저작권 침해 게시물로 확인되어 블라인드 처리되었습니다.

카페 운영정책: https://cafe.daum.net/_c21_/policy
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 고객센터 Daum cafe 블라인드 result mail",
     why="the statement after the list covers exactly the two bracketed URLs, each named",
     items={K_CAFE1: "removed", K_CAFE2: "removed"})

# A8: raw Korean path (Tistory) and a channel post.
case(name="kakao-tistory-korean-slug", date="Tue, 10 Sep 2024 10:31:00 +0900",
     **{"from": "cafe-policy@kakaocorp.com"}, name_from="카카오 고객센터",
     subject=f"Re: 시정요구 ({R2}) 티스토리·채널 게시물 처리 결과", reply_to_req=mid(R2),
     body=f"""안녕하세요. 카카오 권리보호센터입니다.

티스토리 게시글 {K_TISTORY_RAW} 에 대하여 임시조치(30일)를 완료했습니다.
카카오톡 채널 게시물 {K_CHANNEL} 은 채널 운영정책 위반으로 삭제되었습니다.

Daum 카페 게시물 2건은 카페 담당 부서에서 별도로 안내드릴 예정입니다.

감사합니다.
카카오 권리보호센터
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao rights-protection reply covering Tistory and KakaoTalk channel posts",
     why="raw Korean Tistory path matches its percent-encoded request URL; 임시조치 = restricted, 삭제 = removed",
     items={K_TISTORY: "restricted", K_CHANNEL: "removed"})

# A9: quoted-printable, removed + rejected.
a9 = f"""안녕하세요, 카카오 고객센터입니다.

신고하신 Daum 카페 게시물의 처리 결과입니다.

- {K_CAFE1}
  : 블라인드 처리 완료
- {K_CAFE2}
  : 카페 운영원칙상 허용되는 홍보글로 판단되어 별도 조치하지 않았습니다.

감사합니다.
"""
case(name="kakao-qp-blind-and-kept", date="Wed, 11 Sep 2024 09:12:45 +0900",
     **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     subject=f"[카카오 고객센터] 신고 처리 결과 안내 ({R2})", reply_to_req=mid(R2),
     raw_mime=single("text/plain", "quoted-printable", qp(a9)),
     outcome="applied", classification="confirmation",
     imitates="Kakao 고객센터 report outcome mail, quoted-printable body",
     why="one post blinded (removed), one kept with a reason (rejected)",
     items={K_CAFE1: "removed", K_CAFE2: "rejected"})

# A10: one-item request, no URL.
case(name="kakao-r7-sole-statement", date="Thu, 19 Sep 2024 14:05:27 +0900",
     **{"from": "cafe-policy@kakaocorp.com"}, name_from="카카오 고객센터",
     subject=f"RE: 시정요구 ({R7})", reply_to_req=mid(R7),
     body=f"""안녕하세요, 카카오 고객센터입니다.

문의하신 건({R7})에 대해 해당 카페 게시물의 삭제 조치를 완료하였습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="short Kakao CS reply confirming deletion for a one-item request",
     why="sole statement for a one-item request applies to its only item",
     items={K7: "removed"})

# A11: text table with pipes, the Tistory URL as percent-encoded.
case(name="kakao-text-table-four", date="Thu, 12 Sep 2024 18:22:03 +0900",
     **{"from": "rights@kakaocorp.com"}, name_from="Kakao 권리보호센터",
     subject=f"[회신] 시정요구 조치결과 ({R2})", reply_to_req=mid(R2),
     body=f"""수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신

귀 위원회의 시정요구({R2})에 대한 조치결과를 다음과 같이 회신합니다.

| No | 대상 URL | 조치결과 |
|----|----------|----------|
| 1 | {K_CAFE1} | 게시중단 |
| 2 | {K_CAFE2} | 게시중단 |
| 3 | {K_TISTORY} | 접근제한(국내) |
| 4 | {K_CHANNEL} | 해당 게시물 없음 |

주식회사 카카오 권리보호센터. 끝.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 공문-style 조치결과 text table",
     why="table row per item: 게시중단 = removed, 국내 접근제한 = restricted, 게시물 없음 = not_found",
     items={K_CAFE1: "removed", K_CAFE2: "removed", K_TISTORY: "restricted",
            K_CHANNEL: "not_found"})

# A12: YouTube Korea in Korean, base64 body, heading + list.
a12 = f"""안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 귀하의 요청({R3})을 검토한 결과를 알려드립니다.

다음 콘텐츠는 대한민국에서 액세스를 제한했습니다.
{Y1}

다음 콘텐츠는 YouTube 정책 및 현지 법률 위반에 해당하지 않는다고 판단되어 조치를 취하지 않았습니다.
{Y2}

법적 삭제 요청 절차에 관한 자세한 내용은 https://support.google.com/legal/answer/3110420 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
"""
case(name="yt-korea-kr-restricted-and-kept", date="Thu, 12 Sep 2024 08:51:14 +0900",
     **{"from": "youtube-legal-kr@google.com"}, name_from="YouTube Legal Support",
     subject=f"[{R3}] YouTube 법적 요청 검토 결과", reply_to_req=mid(R3),
     raw_mime=single("text/plain", "base64", b64(a12)),
     outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome in Korean: local block / no action, base64 body",
     why="Korea-only access restriction = restricted; no violation found = rejected; help link no item",
     items={Y1: "restricted", Y2: "rejected"})

# A13: YouTube English, removal and channel termination (raw Korean handle).
case(name="yt-en-removed-channel-terminated", date="Fri, 13 Sep 2024 02:17:40 +0900",
     **{"from": "noreply@youtube.com"}, name_from="YouTube",
     subject=f"Re: Removal request {R3}", reply_to_req=mid(R3),
     body=f"""Hello,

Thank you for your report. After reviewing the content, we removed the following
for violating YouTube's Community Guidelines:

- {Y4}

In addition, the channel {Y5_RAW} has been terminated for repeated
violations of our policies on gambling content.

You can learn more about our Community Guidelines at
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Regards,
The YouTube Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube Community Guidelines removal + channel termination notice",
     why="short removed; channel terminated = removed; raw Korean handle matches the encoded request URL",
     items={Y4: "removed", Y5: "removed"})

# A14: age-restricted + already gone.
case(name="yt-age-restricted-and-gone", date="Sat, 14 Sep 2024 11:30:02 +0900",
     **{"from": "youtube-legal-kr@google.com"}, name_from="YouTube Legal Support",
     subject=f"Re: [{R3}] follow-up", reply_to_req=mid(R3),
     body=f"""Hello,

Following up on your request {R3}:

We have age-restricted {Y2}. It is no longer visible to signed-out
users or to users under 18.

Regarding {Y3}: this video was deleted by the uploader before our review,
so there was nothing left for us to action.

Best regards,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal follow-up: age restriction and video already deleted by uploader",
     why="age-restricted = restricted; deleted by the uploader before review = not_found",
     items={Y2: "restricted", Y3: "not_found"})

# A15: top-posted over the quoted request (Gmail style).
a15_req = request_text(R3, R3_URLS)
case(name="yt-top-posted-over-quote", date="Tue, 10 Sep 2024 19:40:55 +0900",
     **{"from": "kr-trustsafety@google.com"}, name_from="YouTube Korea Trust & Safety",
     subject=f"Re: [방송통신심의위원회] 시정요구 ({R3})", reply_to_req=mid(R3),
     body=f"""안녕하세요.

요청하신 URL 중 {Y1} 동영상은 대한민국에서 차단되었습니다.
나머지 URL은 계속 검토 중이며 결과가 나오는 대로 알려드리겠습니다.

감사합니다.
YouTube Korea T&S

2024년 9월 9일 (월) 오후 3:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted(a15_req)}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail top-posted reply over the quoted KCSC request",
     why="only Y1 is stated (blocked in Korea = restricted); the rest under review; quoted list is ours",
     items={Y1: "restricted"})

# A16: DC Inside informal, statement above two URLs.
case(name="dc-informal-two-deleted", date="Wed, 11 Sep 2024 16:05:11 +0900",
     **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject=f"RE: [{R4}] 게시물 삭제 요청",
     body=f"""안녕하세요 디시인사이드 운영팀입니다.

요청주신 주식 갤러리 게시물 2건 삭제했습니다.
{D1}
{D2}

코인 마이너 갤러리 건은 갤러리 매니저 확인 후 다시 연락드리겠습니다.
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="informal DC Inside operator reply",
     why="deletion stated for the two URLs listed right under it; the rest promised",
     items={D1: "removed", D2: "removed"})

# A17: DC mgallery mixed with ' : ' results.
case(name="dc-mgallery-mixed", date="Thu, 12 Sep 2024 11:47:36 +0900",
     **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject=f"RE: [{R4}] 게시물 삭제 요청 - 마이너 갤러리 건", reply_to_req=mid(R4),
     body=f"""안녕하세요, 디시인사이드입니다.
coinlab 마이너 갤러리 건 처리 결과입니다.

- {D3} : 삭제 및 작성자 이용 차단
- {D4} : 작성자가 이미 삭제한 글입니다
- {D5} : 삭제

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside operator result list for minor-gallery posts (incl. mobile URL)",
     why="삭제 (+ user ban, which is about the author not the post) = removed; author-deleted = not_found",
     items={D3: "removed", D4: "not_found", D5: "removed"})

# A18: statement line, then the URL below it.
case(name="dc-url-below-statement", date="Fri, 13 Sep 2024 10:12:09 +0900",
     **{"from": "admin@dcinside.com"}, name_from="DCinside",
     subject=f"[디시인사이드] 신고 처리 결과 ({R4})", reply_to_req=mid(R4),
     body=f"""디시인사이드 고객센터입니다.

아래 게시물은 삭제 처리되었습니다.

{D1}

아래 게시물은 신고 사유에 해당하지 않아 유지됩니다.

{D3}

이용해 주셔서 감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside 고객센터 result mail, each URL under its statement",
     why="removed for the first, kept as not violating (rejected) for the second",
     items={D1: "removed", D3: "rejected"})

# A19: BAND, two posts deleted, a band suspended.
case(name="band-deleted-and-band-suspended", date="Mon, 16 Sep 2024 15:33:48 +0900",
     **{"from": "help@band.us"}, name_from="BAND 고객센터",
     subject=f"[BAND] 신고 처리 결과 안내 ({R5})", reply_to_req=mid(R5),
     body=f"""안녕하세요, BAND 고객센터입니다.

신고하신 게시글에 대한 처리 결과를 안내드립니다.

밴드 게시글 {B1}, {B2} 은(는) 개인정보 노출로 운영정책 위반이 확인되어 삭제되었습니다.
또한 {B3} 게시글이 있던 밴드는 운영정책 위반으로 이용이 정지되어 더 이상 누구도 접근할 수 없습니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="BAND 고객센터 report outcome (post deletion, band suspension)",
     why="two named posts deleted; third post's band suspended so nobody can reach it = removed",
     items={B1: "removed", B2: "removed", B3: "removed"})

# A20: BAND, bullets with full-width colon, Outlook quote below.
a20_req = request_text(R5, R5_URLS)
case(name="band-bullets-outlook-quote", date="Tue, 17 Sep 2024 09:58:21 +0900",
     **{"from": "safety@band.us"}, name_from="BAND 운영팀",
     subject=f"RE: 시정요구 ({R5})", reply_to_req=mid(R5),
     body=f"""안녕하세요. BAND 운영팀입니다.

• {B1}：게시글 삭제
• {B2}：확인 결과 운영정책 위반 사항이 없어 조치하지 않음

세 번째 게시글은 밴드 리더에게 확인 요청 중입니다.

BAND 운영팀 드림

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Friday, September 13, 2024 2:10 PM
To: help@band.us
Subject: 시정요구 ({R5})

{a20_req}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook-style reply from BAND with the request quoted under 'Original Message'",
     why="B1 removed, B2 rejected; B3 only in our quoted request and 'being checked'",
     items={B1: "removed", B2: "rejected"})

# A21: quoted-printable with soft line breaks inside long URLs.
a21 = f"""안녕하세요. 네이버 정책지원팀입니다. 요청번호 {R1} 관련하여 지식iN 답변 {N_KIN} 은 삭제되었습니다. 네이버 포스트 {N_POST} 은 존재하지 않는 게시물로 확인됩니다. 감사합니다.
"""
case(name="naver-qp-long-urls", date="Sat, 07 Sep 2024 10:20:30 +0900",
     **{"from": "policy@navercorp.com"},
     subject=f"RE: {R1} 지식iN/포스트 처리 결과", reply_to_req=mid(R1),
     raw_mime=single("text/plain", "quoted-printable", qp(a21)),
     outcome="applied", classification="confirmation",
     imitates="NAVER reply in quoted-printable whose long query-string URLs are soft-wrapped",
     why="kin answer deleted = removed; post does not exist = not_found (plain statement, not a hedge)",
     items={N_KIN: "removed", N_POST: "not_found"})

# A22: NAVER TV age restriction + cafe deletion.
case(name="naver-tv-age-and-cafe", date="Mon, 09 Sep 2024 14:48:00 +0900",
     **{"from": "policy@navercorp.com"},
     subject=f"RE: {R1} 네이버TV·카페 건", reply_to_req=mid(R1),
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

네이버TV 영상 {N_TV} : 19세 이상만 시청할 수 있도록 연령 제한을 설정했습니다.
카페 글 {N_PILL1} : 삭제

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER short operator reply, 'URL : result' lines",
     why="age restriction = restricted; 삭제 = removed",
     items={N_TV: "restricted", N_PILL1: "removed"})

# A23: Gmail-quoted request under a top-posted answer.
a23_req = request_text(R1, R1_URLS)
case(name="naver-top-posted-three", date="Wed, 04 Sep 2024 18:30:44 +0900",
     **{"from": "cafe-ops@navercorp.com"}, name_from="네이버 카페 운영팀",
     subject=f"Re: [방송통신심의위원회] 시정요구 ({R1})", reply_to_req=mid(R1),
     body=f"""안녕하세요, 네이버 카페 운영팀입니다.

카페 관련 3건 먼저 처리 결과 알려드립니다.
- {N_CAFE1} : 블라인드 처리
- {N_CAFE3} : 게시중단
- {N_CAFE2} : 작성자 탈퇴로 게시물이 존재하지 않습니다

블로그·지식iN 등 다른 서비스 건은 각 담당 부서에서 회신드릴 예정입니다.

2024년 9월 3일 (화) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted(a23_req)}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe team top-posted reply over the Gmail-quoted 12-item request",
     why="three cafe items stated above the quote; the nine others appear only in our quoted request",
     items={N_CAFE1: "removed", N_CAFE3: "removed", N_CAFE2: "not_found"})

# A24: acknowledgement phrase plus an immediate action.
case(name="naver-receipt-plus-one-action", date="Tue, 03 Sep 2024 13:02:17 +0900",
     **{"from": "policy@navercorp.com"},
     subject=f"[접수] 시정요구 {R1}", reply_to_req=mid(R1),
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

보내주신 시정요구({R1})는 접수번호 NV-2409-118273 으로 접수되었습니다.

이 중 긴급 사안으로 분류된 {N_CAFE1} 게시글은 접수 즉시 게시중단하였습니다.
나머지 게시물은 검토 후 회신드리겠습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="portal receipt that also reports one immediate 게시중단",
     why="acknowledgement phrase plus an unhedged past-tense action on one URL",
     items={N_CAFE1: "removed"})

# A25: URL followed directly by Korean particles and full-width brackets.
case(name="naver-particles-fullwidth", date="Thu, 05 Sep 2024 20:14:09 +0900",
     **{"from": "cafe-ops@navercorp.com"}, name_from="네이버 카페 운영팀",
     subject=f"RE: {R1} 카페 게시글", reply_to_req=mid(R1),
     body=f"""네이버 카페 운영팀입니다.

{N_CAFE2}은 게시중단 처리했고, {N_CAFE3}（판매 게시글）은 작성자가 스스로 삭제해 확인되지 않습니다.
{N_BLOG2}를 포함한 나머지 건은 아직 처리 중입니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER operator writing Korean particles and full-width brackets straight after URLs",
     why="41203 removed, 41290 gone by its author (not_found), blog post still in progress",
     items={N_CAFE2: "removed", N_CAFE3: "not_found", N_BLOG2: "pending"})

# ================================================================ REVIEW
case(name="naver-promise-review", date="Thu, 05 Sep 2024 09:40:00 +0900",
     **{"from": "cafe-ops@navercorp.com"}, name_from="네이버 카페 운영팀",
     subject=f"RE: {R1} pillbox365 카페 건", reply_to_req=mid(R1),
     body=f"""안녕하세요, 네이버 카페 운영팀입니다.

요청하신 게시물 {N_PILL1}, {N_PILL2} 에 대해서는
카페 운영원칙 검토 후 게시중단 조치할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="operator promising a future 게시중단",
     why="'조치할 예정' is a promise, not a statement; items stay pending",
     items={N_PILL1: "pending", N_PILL2: "pending"})

case(name="kakao-hedge-appears-deleted", date="Tue, 10 Sep 2024 15:25:36 +0900",
     **{"from": "cafe-policy@kakaocorp.com"}, name_from="카카오 고객센터",
     subject=f"Re: 문의 ({R2})", reply_to_req=mid(R2),
     body=f"""안녕하세요, 카카오 고객센터입니다.

문의하신 {K_CAFE2} 게시물은 현재 삭제된 것으로 보입니다.
정확한 처리 이력은 카페 운영자 확인이 필요하여, 확인되는 대로 다시 안내드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="Kakao CS hedged reply ('삭제된 것으로 보입니다')",
     why="'appears to be deleted' is a hedge; item stays pending",
     items={K_CAFE2: "pending"})

case(name="naver-bulk-all-twelve", date="Mon, 09 Sep 2024 17:55:12 +0900",
     **{"from": "policy@navercorp.com"},
     subject=f"RE: 시정요구 ({R1}) 조치 완료", reply_to_req=mid(R1),
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

{R1} 관련, 요청하신 게시물 12건 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="portal 'all N items actioned' summary without a list",
     why="statement about all 12 items without naming each: bulk, items pending",
     items={})

case(name="dc-bulk-informal", date="Sat, 14 Sep 2024 12:08:44 +0900",
     **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject=f"RE: [{R4}] 게시물 삭제 요청", reply_to_req=mid(R4),
     body=f"""네 안녕하세요~ 디시 운영팀입니다.
보내주신 목록({R4}) 글들 전부 지웠습니다.
수고하세요.
""",
     outcome="review", review="bulk",
     imitates="terse informal DC Inside operator reply covering the whole list",
     why="'all posts in the list deleted' for a five-item request without naming them: bulk",
     items={})

case(name="naver-auth-fail-untrusted", date="Wed, 18 Sep 2024 08:02:50 +0900",
     **{"from": "policy@navercorp.com"}, auth="fail",
     subject=f"RE: 시정요구 ({R6}) 처리 결과",
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

{N6A} : 삭제
{N6B} : 삭제

감사합니다.
""",
     outcome="review", review="untrusted",
     imitates="NAVER-looking result mail failing DMARC",
     why="NAVER domain but DKIM/SPF/DMARC fail: statements not applied",
     items={N6A: "pending", N6B: "pending"})

case(name="hanmail-cafe-manager", date="Wed, 18 Sep 2024 22:41:03 +0900",
     **{"from": "dreamtrip77@hanmail.net"}, name_from="여행꿈 카페지기",
     subject=f"Re: 게시물 삭제 요청 ({R7})",
     body=f"""안녕하세요 드림트립 카페 매니저입니다.
말씀하신 글 {K7} 제가 삭제했습니다.
앞으로 비슷한 글 올라오면 바로 지우겠습니다.
""",
     outcome="review", review="unknown_sender",
     imitates="Daum cafe manager answering from a personal hanmail.net address",
     why="hanmail.net is not a configured Kakao sender domain; a cafe manager is not the platform",
     items={K7: "pending"})

case(name="naver-about-band-posts", date="Tue, 17 Sep 2024 16:16:16 +0900",
     **{"from": "policy@navercorp.com"},
     subject=f"RE: {R5} 밴드 게시글 관련",
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

밴드 서비스 관련 요청({R5})을 전달받아 확인했습니다.
{B1} 게시글은 삭제되었습니다.
{B3} 게시글은 삭제되었습니다.

밴드 관련 문의는 앞으로 BAND 고객센터(help@band.us)로 보내주시면 더 빠르게 처리됩니다.
""",
     outcome="review", review="wrong_platform",
     imitates="NAVER Corp staff answering for BAND (a NAVER service with its own desk)",
     why="NAVER-domain mail stating statuses of BAND items: other platform's items",
     items={B1: "pending", B3: "pending"})

case(name="yt-asks-more-info", date="Wed, 11 Sep 2024 07:33:19 +0900",
     **{"from": "youtube-legal-kr@google.com"}, name_from="YouTube Legal Support",
     subject=f"Re: [{R3}] additional information needed", reply_to_req=mid(R3),
     body=f"""Hello,

Thank you for your request {R3}.

To proceed with our review of {Y3}, we need more information. Please reply
with the timestamp(s) at which the gambling promotion appears and the
specific provision of Korean law you believe the video violates.

Once we receive this information we will continue our review.

Regards,
YouTube Legal Support
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="YouTube legal 'we need more information' reply",
     why="platform asks for timestamps and legal basis; no status",
     items={Y3: "pending"})

case(name="naver-no-claims-contact-change", date="Mon, 16 Sep 2024 10:00:00 +0900",
     **{"from": "policy@navercorp.com"},
     subject="[안내] 공공기관 게시중단 요청 접수 창구 변경 안내",
     body="""안녕하십니까, 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 게시중단·시정요구 접수 창구가
전용 접수 시스템(https://gov-request.naver.com)으로 일원화됩니다.

기존 이메일 접수는 2024년 12월 31일까지 병행 운영됩니다.
이용에 참고 부탁드립니다.

감사합니다.
네이버 정책지원팀 드림
""",
     outcome="review", review="no_claims",
     imitates="portal notice announcing a change of the agency intake channel",
     why="trusted NAVER mail naming no item and no request",
     items={})

case(name="kakao-under-review-conditional", date="Fri, 06 Sep 2024 11:11:45 +0900",
     **{"from": "rights@kakaocorp.com"}, name_from="Kakao 권리보호센터",
     subject=f"RE: 시정요구 ({R2}) 검토 현황", reply_to_req=mid(R2),
     body=f"""안녕하세요, 카카오 권리보호센터입니다.

{R2} 요청 건은 현재 담당 부서에서 검토 중입니다.
이 중 {K_TISTORY_RAW} 게시글은 저작권자 확인이 되는 경우 삭제가 가능합니다.
저작권자 확인 자료가 있으시면 함께 보내주시기 바랍니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="Kakao rights centre progress reply: under review + conditional removal",
     why="'under review' and 'can be deleted if' are no statements; item pending",
     items={K_TISTORY: "pending"})

hwp = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes((i * 37 + 11) % 256 for i in range(1200))
a_hwp = f"""Content-Type: multipart/mixed; boundary="=_nv407hwp"

--=_nv407hwp
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까. 네이버 주식회사 정책지원실입니다.

귀 위원회의 시정요구({R6})에 대한 조치결과는 첨부한 공문을 참고하여 주시기 바랍니다.

감사합니다.

--=_nv407hwp
Content-Type: application/x-hwp; name="NV-2409-0916.hwp"
Content-Disposition: attachment; filename="NV-2409-0916.hwp"
Content-Transfer-Encoding: base64

{b64(hwp)}
--=_nv407hwp--
"""
case(name="naver-hwp-gongmun-attachment", date="Thu, 19 Sep 2024 15:30:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
     subject=f"[회신] 시정요구 조치결과 ({R6})", reply_to_req=mid(R6), raw_mime=a_hwp,
     outcome="review", review="unreadable_attachment",
     imitates="Korean 공문 reply whose results are only in an attached HWP document",
     why="results only in an HWP attachment the reader cannot read",
     items={})

# ================================================================ IGNORED
case(name="yt-ooo-bilingual", date="Mon, 09 Sep 2024 15:01:12 +0900",
     **{"from": "minji.seo@google.com"}, name_from="Minji Seo",
     subject=f"Automatic reply: [방송통신심의위원회] 시정요구 ({R3})",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""안녕하세요. 9월 9일부터 9월 20일까지 휴가로 부재중입니다.
급한 건은 youtube-legal-kr@google.com 으로 보내주시기 바랍니다.

I am out of the office until September 20 with limited access to email.
For urgent legal requests please write to youtube-legal-kr@google.com.

Minji
""",
     outcome="ignored", classification="auto_reply",
     imitates="bilingual Outlook/Gmail out-of-office reply from a Google Korea employee",
     why="out-of-office auto-reply",
     items={})

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn407b"

--dsn407b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일이 전송되지 못했습니다. / Your message could not be delivered.

다음 수신자에게 메일을 보낼 수 없습니다:
<kcsc-desk@daum.net>: 존재하지 않는 계정입니다. (550 5.1.1 user unknown)

--dsn407b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.daum.net
Arrival-Date: Mon, 16 Sep 2024 10:22:01 +0900

Final-Recipient: rfc822; kcsc-desk@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <kcsc-desk@daum.net>: user unknown

--dsn407b
Content-Type: message/rfc822

From: KCSC 통신심의 <takedown@kcsc.example>
To: kcsc-desk@daum.net
Subject: 시정요구 ({R7})
Message-ID: <{mid(R7)}-fwd@kcsc.example>
Date: Mon, 16 Sep 2024 10:21:55 +0900
Content-Type: text/plain; charset=utf-8

{request_text(R7, R7_URLS)}

--dsn407b--
"""
case(name="daum-dsn-user-unknown", date="Tue, 17 Sep 2024 16:01:03 +0900",
     **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender", raw_mime=dsn,
     outcome="ignored", classification="bounce",
     imitates="Daum mail DSN (550 user unknown) carrying our request",
     why="delivery failure report; the URL is in our own returned request",
     items={})

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn407n"

--mdn407n
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "시정요구 ({R1})"을(를) 수신자가 2024-09-03 14:05에 읽었습니다.

--mdn407n
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{mid(R1)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn407n--
"""
case(name="naver-works-mdn", date="Tue, 03 Sep 2024 14:05:10 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     subject=f"읽음 확인: 시정요구 ({R1})", reply_to_req=mid(R1), raw_mime=mdn,
     outcome="ignored", classification="read_receipt",
     imitates="NAVER WORKS read receipt (MDN)",
     why="read receipt",
     items={})

case(name="yt-receipt-echo-urls", date="Mon, 09 Sep 2024 15:02:30 +0900",
     **{"from": "noreply@youtube.com"}, name_from="YouTube",
     subject=f"We've received your legal request [{R3}]", reply_to_req=mid(R3),
     body=f"""Hello,

Thanks for contacting YouTube. We've received your request and assigned it
reference number 8-4072600031918. Our team will review it and follow up
with you by email.

Submitted URLs:
{Y1}
{Y2}
{Y3}
{Y4}
{Y5_RAW}

Please do not reply to this message.

- The YouTube Legal Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="YouTube legal webform receipt echoing the submitted URLs",
     why="pure receipt with a reference number; the URL list is our submission echoed back",
     items={})

case(name="band-inquiry-receipt", date="Fri, 13 Sep 2024 14:11:02 +0900",
     **{"from": "noreply@band.us"}, name_from="BAND",
     subject="[BAND] 문의가 접수되었습니다",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""안녕하세요, BAND 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
- 문의번호: BD20240913-77120
- 문의제목: 시정요구 ({R5})

답변은 순차적으로 이메일로 안내드리며, 영업일 기준 3~5일이 소요될 수 있습니다.

본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="BAND help-centre inquiry receipt",
     why="receipt with inquiry number only",
     items={})

case(name="dc-report-receipt", date="Wed, 11 Sep 2024 09:41:30 +0900",
     **{"from": "noreply@dcinside.com"}, name_from="디시인사이드",
     subject=f"[디시인사이드] 신고 접수 완료 안내",
     body=f"""디시인사이드 고객센터입니다.

접수하신 신고가 정상적으로 접수되었습니다. (접수번호 DC-0911-2280)
신고 내용: 게시물 삭제 요청 ({R4})

처리 결과는 검토 후 등록하신 메일로 안내드리겠습니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="DC Inside report receipt",
     why="pure acknowledgement with a receipt number",
     items={})

case(name="kakao-ooo-korean", date="Fri, 06 Sep 2024 08:00:41 +0900",
     **{"from": "yujin.kang@kakaocorp.com"}, name_from="강유진",
     subject=f"[부재중 자동응답] Re: 시정요구 ({R2})",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""[자동응답] 안녕하세요, 강유진입니다.
9월 6일(금)부터 9월 13일(금)까지 휴가로 메일 확인이 어렵습니다.
업무 관련 문의는 rights@kakaocorp.com 으로 보내주시기 바랍니다.
감사합니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply from a Kakao employee",
     why="out-of-office auto-reply",
     items={})


HEADER = """# Blind set 407 (Korean platforms): expected results written from each
# email's meaning, before any run of the reader. Generated by make.py.
"""

def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 words, as real
    mailers send them."""
    from email.header import Header
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(C)
    write_requests()
    corpuslib.write_set(HERE, "blind407", HEADER, C)
