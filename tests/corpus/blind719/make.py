#!/usr/bin/env python3
"""Blind set 719 (Korean portals and communities): NAVER, Kakao/Daum,
YouTube Korea, DC Inside and BAND replying in Korean.

    python3 tests/corpus/blind719/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own words; expected results were
written from each email's meaning before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
TISTORY_SLUG = "가짜-상품-후기-모음"
TISTORY_RAW = "https://sodam-note.tistory.com/entry/" + TISTORY_SLUG
TISTORY = "https://sodam-note.tistory.com/entry/" + quote(TISTORY_SLUG)

R1 = "KCSC-240903-01"
R1_URLS = [
    "https://blog.naver.com/moonlit_harbor77/223567001",
    "https://blog.naver.com/moonlit_harbor77/223567045",
    "https://blog.naver.com/greydune_shop/223561280",
    "https://cafe.naver.com/sunnyvalleytrade/48121",
    "https://cafe.naver.com/sunnyvalleytrade/48133",
    "https://m.blog.naver.com/paperkite_02/223570912",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471230118",
    "https://blog.naver.com/PostView.naver?blogId=riverstone_k&logNo=223559871",
    "https://cafe.naver.com/greenbeltmarket/7710",
    "https://blog.naver.com/haneul_pick/223566502",
    "https://in.naver.com/yoonseul/contents/internal/614402",
    "https://post.naver.com/viewer/postView.naver?volumeNo=36120511&memberNo=51877012",
    "https://blog.naver.com/moonlit_harbor77/223571336",
]
(N_MOON1, N_MOON2, N_GREY, N_CAFE1, N_CAFE2, N_MBLOG, N_KIN, N_RIVER,
 N_GREEN, N_HANEUL, N_IN, N_POST, N_MOON3) = R1_URLS

R2 = "KCSC-240905-02"
K_DONGNE = "https://cafe.daum.net/dongne-jangteo/Hf3K/2210"
K_FAST = "https://cafe.daum.net/fastdeal24/Ab9c/517"
K_PF = "https://pf.kakao.com/_xkQxnAb/105882431"
R2_URLS = [K_DONGNE, TISTORY, K_FAST, K_PF]

R3 = "KCSC-240909-03"
Y_QM = "https://www.youtube.com/watch?v=Qm7rT2xLw9c"
Y_BN = "https://www.youtube.com/watch?v=bN4kZ8pVh1E"
Y_HY = "https://www.youtube.com/shorts/Hy6dPa2mKs0"
Y_7S = "https://www.youtube.com/watch?v=7sGfUe3nW0o"
Y_KP = "https://www.youtube.com/watch?v=kP2mD8sQzYv"
R3_URLS = [Y_QM, Y_BN, Y_HY, Y_7S, Y_KP]

R4 = "KCSC-240911-04"
D_STOCK = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120451"
D_COIN1 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=338812"
D_COIN2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=338907"
R4_URLS = [D_STOCK, D_COIN1, D_COIN2]

R5 = "KCSC-240912-05"
B_1193 = "https://band.us/band/84120377/post/1193"
B_1201 = "https://band.us/band/84120377/post/1201"
R5_URLS = [B_1193, B_1201]

R6 = "KCSC-240916-06"
K_SINBAL = "https://cafe.daum.net/sinbal-bazaar/Q2mr/88"
R6_URLS = [K_SINBAL]

R7 = "KCSC-240919-07"
N_JADE = "https://blog.naver.com/jade_lantern_9/223580114"
N_BLUEFIN = "https://cafe.naver.com/bluefinclub/30277"
R7_URLS = [N_JADE, N_BLUEFIN]

REQUESTS = [
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", R1_URLS,
     "illegal_trade", "counterfeit goods sales posts, blogs and cafes"),
    (R2, "kakao", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", R2_URLS,
     "fraud", "fake review and resale posts on Daum cafe, Tistory, Kakao channel"),
    (R3, "youtube", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00", R3_URLS,
     "gambling", "illegal gambling promotion videos"),
    (R4, "dcinside", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00", R4_URLS,
     "defamation", "gallery posts naming a private person"),
    (R5, "band", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00", R5_URLS,
     "illegal_trade", "prescription drug resale in a band"),
    (R6, "kakao", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", R6_URLS,
     "illegal_trade", "single Daum cafe post"),
    (R7, "naver", "2024-09-19T09:00:00+09:00", "2024-09-26T18:00:00+09:00", R7_URLS,
     "privacy", "personal data exposure"),
]


def mid(ref):
    return ref.lower() + "@kcsc.example"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def hdr(s):
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def single(ctype, cte, body):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n" + body)


def multipart(kind, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def part(ctype, cte, body, disp=None):
    lines = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    if disp:
        lines.append(f"Content-Disposition: {disp}")
    return "\n".join(lines) + "\n\n" + body


def pending(urls):
    return {u: "pending" for u in urls}


NAVER_POLICY = "NAVER Policy Support <policy@navercorp.com>"

CASES = []


def case(**kw):
    kw["subject"] = hdr(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = hdr(kw["name_from"])
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="naver-gongmun-result-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    date="Mon, 09 Sep 2024 17:40:12 +0900",
    subject=f"[네이버] 시정요구({R1}) 조치결과 회신",
    reply_to_req=mid(R1).split("@")[0],
    body=f"""
수신: 방송통신심의위원회 통신심의국장
참조: 불법정보 시정요구 담당
발신: 네이버 주식회사 정책지원실
제목: 시정요구({R1}) 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회에서 2024. 9. 3. 당사에 통보하신 시정요구({R1})와 관련하여,
당사가 취한 조치결과를 아래와 같이 회신합니다.

- 아   래 -

연번 | 대상 URL | 조치결과 | 비고
1 | {N_MOON1} | 삭제 |
2 | {N_MOON2} | 삭제 |
3 | {N_GREY} | 게시중단 |
4 | {N_CAFE1} | 삭제 |
5 | {N_CAFE2} | 임시조치(30일) | 게시자 소명 절차 진행
6 | {N_MBLOG} | 비공개 처리 |
7 | {N_KIN} | 해당 게시물 없음 | 질문자 본인이 삭제
8 | {N_RIVER} | 해당 게시물 없음 | 존재하지 않는 주소
9 | {N_GREEN} | 조치 불가 | 운영원칙 위반 사항 확인되지 않음
10 | {N_HANEUL} | 삭제 |
11 | {N_IN} | 이용제한 | 19세 미만 이용자 접근 제한
12 | {N_POST} | 게시중단 |
13 | {N_MOON3} | 삭제 |

3. 상기 조치결과와 관련하여 문의사항이 있으시면 당사 정책지원실(policy@navercorp.com)로
연락하여 주시기 바랍니다.  끝.

네이버 주식회사 정책지원실장
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 회신 with a 연번/URL/조치결과 table",
    why="item-by-item result table from NAVER for all 13 items: 삭제/게시중단/비공개 removed, 임시조치 and 19세 이용제한 restricted, 게시물 없음 not_found, 조치 불가 rejected",
    items={N_MOON1: "removed", N_MOON2: "removed", N_GREY: "removed", N_CAFE1: "removed",
           N_CAFE2: "restricted", N_MBLOG: "removed", N_KIN: "not_found", N_RIVER: "not_found",
           N_GREEN: "rejected", N_HANEUL: "removed", N_IN: "restricted", N_POST: "removed",
           N_MOON3: "removed"},
)

HTML_TABLE = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>방송통신심의위원회 요청({R1}) 건 중 아래 게시물의 처리 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No.</th><th>게시물 주소</th><th>처리 결과</th><th>사유</th></tr>
<tr><td>1</td><td><a href="{N_MOON1}">{N_MOON1}</a></td><td>블라인드</td><td>불법 상품 판매</td></tr>
<tr><td>2</td><td><a href="{N_CAFE2}">{N_CAFE2}</a></td><td>삭제</td><td>불법 상품 판매</td></tr>
<tr><td>3</td><td><a href="{N_GREEN}">{N_GREEN}</a></td><td>미조치</td><td>단순 후기로 운영원칙 위반 아님</td></tr>
<tr><td>4</td><td><a href="{N_IN}">{N_IN}</a></td><td>접근 제한</td><td>청소년 유해 (19세 미만 열람 불가)</td></tr>
<tr><td>5</td><td><a href="{N_HANEUL}">{N_HANEUL}</a></td><td>게시물 없음</td><td>게시자가 이미 삭제</td></tr>
</table>
<p>나머지 게시물은 담당 부서 확인 후 별도로 회신드리겠습니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://help.naver.com/service/5632/category/bookmark">네이버 고객센터</a>를 이용해 주세요.</p>
</body></html>
"""
case(
    name="naver-html-table-five-items",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Thu, 05 Sep 2024 11:02:47 +0900",
    subject=f"Re: [{R1}] 불법정보 시정요구",
    reply_to_req=mid(R1).split("@")[0],
    raw_mime=single("html", "quoted-printable", qp(HTML_TABLE)),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 HTML result table (quoted-printable), help-centre link in the footer",
    why="five rows, one status each: 블라인드/삭제 removed, 미조치 with reason rejected, 접근 제한 restricted, 게시물 없음 not_found; help link is not an item",
    items={N_MOON1: "removed", N_CAFE2: "removed", N_GREEN: "rejected", N_IN: "restricted",
           N_HANEUL: "not_found"},
)

CSV_R1 = ("연번,URL,조치내용,조치일시\r\n"
          f"1,{N_MOON2},삭제,2024-09-05 14:10\r\n"
          f"2,{N_GREY},게시중단,2024-09-05 14:12\r\n"
          f"3,{N_MBLOG},게시물 없음(작성자 삭제),-\r\n"
          f"4,{N_RIVER},임시조치(30일),2024-09-05 14:20\r\n"
          f"5,{N_POST},삭제,2024-09-05 14:31\r\n"
          f"6,{N_MOON3},조치불가(위반사항 없음),-\r\n")
case(
    name="naver-csv-attachment-six-rows",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    date="Fri, 06 Sep 2024 09:15:03 +0900",
    subject=f"[{R1}] 조치결과 송부",
    reply_to_req=mid(R1).split("@")[0],
    raw_mime=multipart("mixed", "----=_NPart_719_0906", [
        part("text/plain; charset=utf-8", "8bit",
             "안녕하세요, 네이버 정책지원실입니다.\n\n"
             f"시정요구 {R1} 건의 1차 조치결과를 첨부 파일(CSV)로 송부드립니다.\n"
             "첨부 파일을 확인해 주시기 바랍니다.\n\n감사합니다.\n"),
        part('text/csv; charset=utf-8; name="result.csv"', "base64",
             b64(b"\xef\xbb\xbf" + CSV_R1.encode("utf-8")),
             disp="attachment; filename*=UTF-8''" + quote(f"{R1}_조치결과.csv")),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal compliance desk sending an Excel-exported CSV (UTF-8 with BOM, Korean filename) as the result list",
    why="CSV rows give one status per URL: 삭제/게시중단 removed, 게시물 없음 not_found, 임시조치 restricted, 조치불가 rejected",
    items={N_MOON2: "removed", N_GREY: "removed", N_MBLOG: "not_found", N_RIVER: "restricted",
           N_POST: "removed", N_MOON3: "rejected"},
)

case(
    name="naver-cafe-blind-both-listed",
    **{"from": "cafe_support@naver.com"}, name_from="네이버 카페 운영지원",
    date="Wed, 04 Sep 2024 15:27:40 +0900",
    subject=f"Re: 시정요구 {R1} - 카페 게시글",
    reply_to_req=mid(R1).split("@")[0],
    body=f"""
안녕하세요, 네이버 카페 운영지원 담당자입니다.

보내주신 요청({R1}) 가운데 카페 게시글 2건을 확인하였고,
두 건 모두 블라인드 처리를 마쳤습니다.

{N_CAFE1}
{N_CAFE2}

블로그·포스트 등 나머지 주소는 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

네이버 카페 운영지원 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal operator reply from a NAVER cafe support desk",
    why="'두 건 모두 블라인드 처리' with both URLs listed right below it: both named, both removed; the rest is a promise about other items that are not named",
    items={N_CAFE1: "removed", N_CAFE2: "removed"},
)

case(
    name="naver-imsijochi-notice-r7",
    **{"from": "noreply-right@naver.com"}, name_from="네이버 게시중단요청서비스",
    date="Thu, 19 Sep 2024 16:05:00 +0900",
    subject="[네이버] 게시중단 요청에 따른 임시조치 결과 안내",
    body=f"""
[네이버 게시중단요청서비스]

접수번호: NR-20240919-004417
요청 기관: 방송통신심의위원회 ({R7})

요청하신 아래 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2에 따라 30일간 임시조치하였습니다.

  - {N_JADE}
  - {N_BLUEFIN}

임시조치 기간 동안 위 게시물은 다른 이용자에게 노출되지 않습니다.
게시자가 기간 내 재게시를 요청하는 경우 관련 절차에 따라 처리됩니다.

※ 본 메일은 발신 전용입니다. 게시중단요청서비스 안내: https://right.naver.com/guide
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 (44조의2, 30 days) notice",
    why="both URLs are under a done statement of 30-day 임시조치: restricted (the brief maps 임시조치 to restricted)",
    items={N_JADE: "restricted", N_BLUEFIN: "restricted"},
)

case(
    name="naver-topposted-over-gmail-quote",
    **{"from": "kim.sora@navercorp.com"}, name_from="김소라 (네이버 고객센터)",
    date="Thu, 19 Sep 2024 17:48:21 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 {R7}",
    reply_to_req=mid(R7).split("@")[0],
    body=f"""
안녕하세요. 네이버 고객센터 김소라입니다.

{N_JADE} : 게시자가 이미 삭제한 글이라 별도 조치가 필요하지 않습니다.
{N_BLUEFIN} : 개인정보 노출 게시물로 확인되어 삭제 처리했습니다.

확인 부탁드립니다.

2024년 9월 19일 (목) 오전 9:00, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:
> 네이버 담당자님께,
>
> 아래 게시물에 대하여 시정요구({R7})를 드립니다.
> 1. {N_JADE}
> 2. {N_BLUEFIN}
>
> 처리 결과를 2024. 9. 26.까지 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted staff reply over the quoted request",
    why="top part states one status per URL (already deleted by its author: not_found; deleted: removed); the quoted request below changes nothing",
    items={N_JADE: "not_found", N_BLUEFIN: "removed"},
)

case(
    name="kakao-right-center-four-results",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 10:31:55 +0900",
    subject=f"[카카오] 권리침해 신고 처리 결과 안내 ({R2})",
    reply_to_req=mid(R2).split("@")[0],
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

접수번호: RC-2409-55120
요청번호: {R2}

신고하신 게시물의 처리 결과를 아래와 같이 안내드립니다.

■ {TISTORY_RAW}
   → 임시조치 (30일)
■ {K_DONGNE}
   → 삭제
■ {K_FAST}
   → 삭제
■ {K_PF}
   → 조치 불가 (카카오 운영정책 위반 소지가 확인되지 않았습니다)

처리 결과에 이의가 있으시면 고객센터(https://cs.kakao.com/helps?service=130)로 문의해 주세요.

감사합니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result notice (■ bullets, arrow on the line below)",
    why="each URL (the Tistory one with a raw Korean path) has its result on the next line: 임시조치 restricted, 삭제 removed x2, 조치 불가 with reason rejected",
    items={TISTORY: "restricted", K_DONGNE: "removed", K_FAST: "removed", K_PF: "rejected"},
)

case(
    name="daum-cafe-sole-item-deleted",
    **{"from": "cafe_operation@daum.net"}, name_from="Daum 카페 운영팀",
    date="Tue, 17 Sep 2024 14:22:09 +0900",
    subject=f"Re: [{R6}] Daum 카페 게시물 시정요구",
    reply_to_req=mid(R6).split("@")[0],
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

방송통신심의위원회에서 요청하신 건({R6})과 관련하여
해당 게시글을 카페 운영정책에 따라 삭제 조치하였음을 알려드립니다.

앞으로도 건전한 카페 환경을 위해 노력하겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations team one-line outcome reply",
    why="request of one item, referenced by number, unhedged 삭제 조치하였음: applies to its only item",
    items={K_SINBAL: "removed"},
)

case(
    name="kakao-fullwidth-brackets",
    **{"from": "tistory_policy@kakaocorp.com"}, name_from="카카오 서비스정책팀",
    date="Tue, 10 Sep 2024 18:03:30 +0900",
    subject=f"회신: {R2} 관련 티스토리·카카오톡 채널 게시물",
    body=f"""
방송통신심의위원회 담당자님께

카카오 서비스정책팀입니다. 요청번호 {R2} 건 회신드립니다.

「{TISTORY_RAW}」 게시글은 티스토리 운영정책 위반으로 비공개 처리되었습니다.
{K_PF}（카카오톡 채널 소식）은 국내 이용자에게 노출되지 않도록 제한하였습니다.

나머지 다음 카페 게시물은 카페팀에서 별도 회신 예정입니다.

카카오 서비스정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team reply using Korean corner brackets and full-width parentheses around URLs",
    why="Tistory post made private by the platform for a policy breach: removed; channel post hidden from users in Korea: restricted; URL ends at 」 and （",
    items={TISTORY: "removed", K_PF: "restricted"},
)

case(
    name="youtube-legal-kr-blocked-and-removed",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Thu, 12 Sep 2024 03:14:27 +0000",
    subject=f"YouTube 법적 요청 검토 결과 [참조: {R3}]",
    body=f"""
안녕하세요.

YouTube에 보내주신 법적 요청(참조: {R3})을 검토하였습니다.

검토 결과, 아래 동영상은 대한민국 현지 법률에 위배되는 것으로 판단되어
대한민국 내에서 액세스를 차단했습니다.

- {Y_QM}
- {Y_BN}
- {Y_HY}

또한 아래 동영상은 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.

- {Y_7S}

YouTube의 법적 삭제 절차에 대한 자세한 내용은
https://support.google.com/youtube/answer/6154230 에서 확인하실 수 있습니다.

감사합니다.
YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (local-law geo-block plus guideline removal)",
    why="three videos blocked in Korea: restricted; one removed for guideline violation: removed; the support.google.com link is a help page",
    items={Y_QM: "restricted", Y_BN: "restricted", Y_HY: "restricted", Y_7S: "removed"},
)

case(
    name="youtube-bilingual-removed-not-found",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 08:40:02 +0000",
    subject=f"Re: {R3} - Legal request outcome / 법적 요청 처리 결과",
    reply_to_req=mid(R3).split("@")[0],
    body=f"""
Hello,

Thank you for your request {R3}.

{Y_QM}
We have removed this video for violating our Community Guidelines.

{Y_KP}
We were unable to locate this video. Please check that the URL is correct.

--

안녕하세요.

요청({R3})에 감사드립니다.

{Y_QM}
이 동영상은 커뮤니티 가이드 위반으로 삭제했습니다.

{Y_KP}
이 동영상을 찾을 수 없습니다. URL이 정확한지 확인해 주세요.

Regards / 감사합니다,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support bilingual (English then Korean) per-URL outcome",
    why="the same two statements in both languages: one video removed, one not located",
    items={Y_QM: "removed", Y_KP: "not_found"},
)

case(
    name="youtube-age-restricted-and-kept",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube",
    date="Sat, 14 Sep 2024 02:05:44 +0000",
    subject=f"[{R3}] 신고하신 콘텐츠 검토 결과",
    body=f"""
안녕하세요. YouTube 팀입니다.

요청번호 {R3}로 신고하신 콘텐츠를 검토했습니다.

{Y_BN}의 경우 시청자 연령 제한을 적용했습니다. 로그인한 만 18세 이상 사용자만 시청할 수 있습니다.

{Y_HY} 은(는) 커뮤니티 가이드나 현지 법률을 위반하지 않는 것으로 판단되어 별도 조치를 취하지 않았습니다.

추가 정보가 있으면 법적 요청 양식으로 다시 제출해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean review result: age restriction applied, second video left up",
    why="age restriction: restricted (URL followed directly by the particle 의); no action because no violation: rejected",
    items={Y_BN: "restricted", Y_HY: "rejected"},
)

YT_TEXT = f"""안녕하세요.

요청({R3})에 대한 YouTube의 조치 결과입니다.

1. {Y_QM} - 삭제됨 (커뮤니티 가이드 위반)
2. {Y_BN} - 국가별 차단 (KR)
3. {Y_HY} - 조치 안 함 (정책 위반 없음)
4. {Y_7S} - 동영상 없음 (업로더가 이미 삭제)
5. {Y_KP} - 연령 제한

YouTube 팀
"""
YT_HTML = f"""<html><body>
<p>안녕하세요.</p>
<p>요청({R3})에 대한 YouTube의 조치 결과입니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>#</th><th>URL</th><th>조치</th><th>사유</th></tr></thead>
<tbody>
<tr><td>1</td><td>{Y_QM}</td><td>삭제됨</td><td>커뮤니티 가이드 위반</td></tr>
<tr><td>2</td><td>{Y_BN}</td><td>국가별 차단 (KR)</td><td>현지 법률</td></tr>
<tr><td>3</td><td>{Y_HY}</td><td>조치 안 함</td><td>정책 위반 없음</td></tr>
<tr><td>4</td><td>{Y_7S}</td><td>동영상 없음</td><td>업로더가 이미 삭제</td></tr>
<tr><td>5</td><td>{Y_KP}</td><td>연령 제한</td><td>-</td></tr>
</tbody></table>
<p>YouTube 팀</p>
</body></html>
"""
case(
    name="youtube-alternative-text-and-table",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Sun, 15 Sep 2024 06:00:18 +0000",
    subject=f"Re: 법적 요청 {R3}",
    reply_to_req=mid(R3).split("@")[0],
    raw_mime=multipart("alternative", "yt719alt", [
        part("text/plain; charset=UTF-8", "quoted-printable", qp(YT_TEXT)),
        part("text/html; charset=UTF-8", "quoted-printable", qp(YT_HTML)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="YouTube multipart/alternative outcome with a numbered text list and an HTML table",
    why="five items, five statuses: removed, restricted (country block KR), rejected (no violation), not_found (uploader already deleted), restricted (age)",
    items={Y_QM: "removed", Y_BN: "restricted", Y_HY: "rejected", Y_7S: "not_found", Y_KP: "restricted"},
)

case(
    name="dcinside-operator-arrows",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 13:44:10 +0900",
    subject=f"RE: [{R4}] 게시물 삭제 요청",
    reply_to_req=mid(R4).split("@")[0],
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청 주신 건 처리 결과 전달드립니다.

{D_STOCK}
-> 삭제 완료

{D_COIN1}
-> 작성자가 이미 삭제한 글입니다

{D_COIN2}
-> 삭제 완료 (작성자 IP 차단 포함)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations desk informal reply, bare URL with the result on the line below",
    why="per-URL results: 삭제 완료 removed, already deleted by its author not_found, 삭제 완료 removed",
    items={D_STOCK: "removed", D_COIN1: "not_found", D_COIN2: "removed"},
)

case(
    name="dcinside-statement-above-url",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Fri, 13 Sep 2024 10:12:37 +0900",
    subject=f"[디시인사이드] 요청번호 {R4} 회신",
    body=f"""
방송통신심의위원회 담당자님 안녕하세요.
요청번호 {R4} 관련 회신입니다.

아래 게시물은 디시인사이드 이용약관(게시물의 관리)에 따라 삭제하였습니다.
{D_COIN1}

아래 게시물은 검토 결과 특정인을 알아볼 수 있는 내용이 확인되지 않아 삭제 요건에 해당하지 않습니다. 게시물은 유지됩니다.
{D_COIN2}

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 reply, statement line with the URL on the line below",
    why="'아래 게시물은 … 삭제하였습니다' then the URL: removed; kept because it meets no removal ground: rejected",
    items={D_COIN1: "removed", D_COIN2: "rejected"},
)

case(
    name="band-bullets-both-deleted",
    **{"from": "safety@band.us"}, name_from="BAND 고객센터",
    date="Fri, 13 Sep 2024 16:20:00 +0900",
    subject=f"[BAND] 요청하신 게시글 조치 안내 ({R5})",
    reply_to_req=mid(R5).split("@")[0],
    body=f"""
안녕하세요, BAND 고객센터입니다.

요청하신 밴드 게시글에 대해 아래와 같이 조치하였습니다.

 • {B_1193} — 운영정책(불법 정보) 위반으로 삭제
 • {B_1201} — 운영정책(불법 정보) 위반으로 삭제

해당 밴드의 리더에게도 운영정책 위반 경고가 안내되었습니다.
BAND 운영정책: https://band.us/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre action notice with bullets and em-dashes",
    why="each bullet names a post and says it was deleted: both removed; the policy page is not an item",
    items={B_1193: "removed", B_1201: "removed"},
)

case(
    name="band-hidden-and-missing",
    **{"from": "safety@band.us"}, name_from="BAND 고객센터",
    date="Wed, 18 Sep 2024 11:05:12 +0900",
    subject=f"Re: {R5}",
    reply_to_req=mid(R5).split("@")[0],
    body=f"""
안녕하세요. BAND 고객센터 담당자입니다. 늦어서 죄송합니다.

1) {B_1201}
   밴드 리더에게 안내 후 게시글을 숨김 처리했습니다. 현재 밴드 멤버를 포함해 누구도 볼 수 없습니다.

2) {B_1193}
   게시글을 찾을 수 없습니다. 이미 삭제되었거나 존재하지 않는 주소로 확인됩니다.

추가로 필요하신 사항이 있으면 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND support staff numbered reply",
    why="post hidden from everyone by BAND: removed; post cannot be found: not_found ('확인됩니다' is a finding, not a hedge)",
    items={B_1201: "removed", B_1193: "not_found"},
)

case(
    name="naver-angle-brackets-particles",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그팀",
    date="Sat, 07 Sep 2024 12:30:45 +0900",
    subject=f"[네이버 블로그] {R1} 처리 결과",
    body=f"""
안녕하세요, 네이버 블로그팀입니다.

<{N_MOON1}>에 대해서는 게시중단 조치를 완료하였습니다.

<{N_MOON2}>, <{N_MOON3}> 두 게시물은
검토 결과 권리침해 소지가 있어 30일간 임시조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team reply with URLs in angle brackets followed by Korean particles",
    why="first URL 게시중단 완료: removed; the next two are each named and 임시조치: restricted",
    items={N_MOON1: "removed", N_MOON2: "restricted", N_MOON3: "restricted"},
)

case(
    name="naver-hard-wrapped-post-url",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    date="Sun, 08 Sep 2024 20:11:09 +0900",
    subject=f"[{R1}] 포스트/지식iN 게시물 처리 결과",
    body=f"""
안녕하세요. 요청 건({R1}) 중 네이버 포스트 및 지식iN 게시물의 처리 결과입니다.

1. 네이버 포스트 https://post.naver.com/viewer/postView.naver?volumeNo=36120511&
memberNo=51877012 - 게시중단 완료
2. 지식iN 질문
   {N_KIN} - 질문자가 이미 삭제한 글입니다.

네이버 정책지원실
""",
    outcome="applied", classification="confirmation",
    imitates="webmail plain-text reply whose client hard-wrapped a long URL at the '&'",
    why="the post URL broken over two lines is still the requested post: removed; the kin question was deleted by its author: not_found",
    items={N_POST: "removed", N_KIN: "not_found"},
)

QP_R1 = f"""네이버 카페 신고센터입니다.

{N_CAFE1} 게시글은 불법 거래 게시물로 확인되어 삭제했습니다.

{N_CAFE2} 게시글은 확인 결과 카페 운영원칙에 어긋나는 내용이 없어 게시를 유지합니다.

감사합니다.
"""
case(
    name="naver-cafe-qp-deleted-and-kept",
    **{"from": "cafe_report@naver.com"}, name_from="네이버 카페 신고센터",
    date="Wed, 04 Sep 2024 18:50:00 +0900",
    subject=f"[네이버 카페] 신고 처리 결과 ({R1})",
    raw_mime=single("plain", "quoted-printable", qp(QP_R1)),
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 신고센터 result mail in quoted-printable",
    why="one URL deleted: removed; the other stays up because it breaks no cafe rule: rejected",
    items={N_CAFE1: "removed", N_CAFE2: "rejected"},
)

B64_R1 = f"""안녕하세요. 네이버 정책지원실입니다.

시정요구({R1}) 관련하여 아래 두 건의 처리 결과를 알려드립니다.

- {N_IN}
  청소년 유해 콘텐츠로 분류하여 19세 미만 이용자의 접근을 제한했습니다.
- {N_GREEN}
  카페 게시글을 삭제했습니다.

감사합니다.
"""
case(
    name="naver-base64-two-results",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    date="Mon, 09 Sep 2024 09:02:33 +0900",
    subject=f"[{R1}] 처리 결과 안내",
    reply_to_req=mid(R1).split("@")[0],
    raw_mime=single("plain", "base64", b64(B64_R1)),
    outcome="applied", classification="confirmation",
    imitates="NAVER policy desk reply sent with a base64 body (Korean mail client default)",
    why="age-gated for under-19s: restricted; cafe post deleted: removed",
    items={N_IN: "restricted", N_GREEN: "removed"},
)

r1_list = "\n".join(f"{i}. {u}" for i, u in enumerate(R1_URLS, 1))
case(
    name="naver-outlook-original-message-below",
    **{"from": "lee.junho@navercorp.com"}, name_from="이준호",
    date="Tue, 10 Sep 2024 14:03:51 +0900",
    subject=f"RE: [방송통신심의위원회] 불법정보 시정요구 {R1}",
    reply_to_req=mid(R1).split("@")[0],
    body=f"""
안녕하세요, 네이버 이준호입니다.

요청 목록 중 두 건 우선 회신드립니다.
- {N_GREY} : 블라인드 처리하였습니다.
- {N_HANEUL} : 존재하지 않는 게시물입니다 (URL 확인 결과 해당 글 번호 없음).

나머지 건은 확인되는 대로 말씀드리겠습니다.

이준호 드림

-----Original Message-----
From: KCSC 통신심의국 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 불법정보 시정요구 {R1}

네이버 담당자님께,

위원회 의결에 따라 아래 정보에 대하여 삭제 등 시정요구를 하오니
조치 후 그 결과를 2024. 9. 10.까지 회신하여 주시기 바랍니다.

{r1_list}

방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply on top of '-----Original Message-----' holding the full 13-item request",
    why="only the two URLs in the reply get a status (블라인드 removed, does not exist not_found); the other 11 appear only in the original request below and stay pending",
    items={**pending(R1_URLS), N_GREY: "removed", N_HANEUL: "not_found"},
)

CSV_R2 = ("신고URL,처리상태,처리일\n"
          f"{TISTORY},삭제,2024-09-11\n"
          f"{K_DONGNE},게시물 없음,2024-09-11\n"
          f"{K_FAST},임시조치,2024-09-11\n"
          f"{K_PF},반려(위반사항 없음),2024-09-11\n")
case(
    name="kakao-csv-export",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 17:30:00 +0900",
    subject=f"[카카오] {R2} 처리 결과 파일 송부",
    reply_to_req=mid(R2).split("@")[0],
    raw_mime=multipart("mixed", "kakao719mix", [
        part("text/plain; charset=utf-8", "8bit",
             f"안녕하세요. 카카오 권리침해신고센터입니다.\n\n요청하신 {R2} 건의 처리 결과를 첨부와 같이 보내드립니다.\n\n감사합니다.\n"),
        part('text/csv; charset=utf-8; name="kakao_result_240911.csv"', "base64", b64(CSV_R2),
             disp='attachment; filename="kakao_result_240911.csv"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Kakao rights centre sending its case-system export as a CSV attachment",
    why="CSV rows: 삭제 removed, 게시물 없음 not_found, 임시조치 restricted, 반려(위반사항 없음) rejected",
    items={TISTORY: "removed", K_DONGNE: "not_found", K_FAST: "restricted", K_PF: "rejected"},
)

case(
    name="youtube-receipt-with-outcome",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Wed, 11 Sep 2024 23:18:40 +0000",
    subject=f"[{R3}] 신고가 접수되었습니다 - 참조 번호 2-7781000039421",
    body=f"""
YouTube에 신고해 주셔서 감사합니다. 요청이 접수되었습니다(참조 번호 2-7781000039421).

검토 결과, 다음 동영상을 YouTube에서 삭제했습니다.
{Y_7S}

나머지 동영상은 검토가 끝나는 대로 별도로 안내드리겠습니다.

YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube receipt mail that already carries one outcome",
    why="acknowledgement phrase plus an unhedged removal of a named video: not a pure receipt; the promise about 'the rest' names nothing",
    items={Y_7S: "removed"},
)

case(
    name="naver-done-and-pending-promise",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    date="Thu, 05 Sep 2024 19:40:00 +0900",
    subject=f"[{R1}] 일부 처리 결과",
    body=f"""
안녕하세요, 네이버 정책지원실입니다.

{N_RIVER} 게시물은 오늘 자로 삭제하였습니다.

{N_GREEN} 게시물은 카페 매니저의 소명을 받은 뒤 조치 여부를 결정할 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER partial result: one done, one awaiting the cafe manager's explanation",
    why="deleted today: removed; 'will decide after the manager's explanation' is a promise: pending",
    items={N_RIVER: "removed", N_GREEN: "pending"},
)

case(
    name="dcinside-echoed-report-form",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Thu, 12 Sep 2024 09:30:00 +0900",
    subject="[디시인사이드] 신고 처리 결과 안내",
    body=f"""
[디시인사이드 신고센터] 신고 처리 결과 안내

------ 신고 내용 ------
신고 유형 : 불법정보 (기관 요청)
신고 대상 : {D_STOCK}
신고 사유 : 방송통신심의위원회 시정요구 {R4}
접수 일시 : 2024-09-11 11:20

------ 처리 결과 ------
처리 상태 : 처리 완료
처리 내용 : 게시물 삭제 및 작성자 이용 제한(7일)
처리 일시 : 2024-09-12 09:28

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside ticket-system mail echoing the report form, then the result block",
    why="the echoed report names one URL and the result block says the post was deleted: removed",
    items={D_STOCK: "removed"},
)

# ================================================================ REVIEW

case(
    name="naver-promise-blind-this-week",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    date="Wed, 04 Sep 2024 10:20:00 +0900",
    subject=f"Re: [{R1}] 시정요구 관련",
    reply_to_req=mid(R1).split("@")[0],
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

요청하신 게시물 중 아래 3건은 내부 검토를 거쳐 이번 주 중 블라인드 처리될 예정입니다.

{N_MOON1}
{N_MOON2}
{N_GREY}

처리가 끝나면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising blinding later in the week",
    why="'처리될 예정' is a promise, not a statement: the three named items stay pending",
    items={N_MOON1: "pending", N_MOON2: "pending", N_GREY: "pending"},
)

case(
    name="youtube-hedged-uploader-deleted",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 05:12:00 +0000",
    subject=f"Re: {R3}",
    reply_to_req=mid(R3).split("@")[0],
    body=f"""
안녕하세요.

{Y_KP} 동영상은 업로더가 이미 삭제한 것으로 보입니다만, 내부 시스템 확인이 끝나는 대로 다시 안내드리겠습니다.

{Y_BN} 는 현재 담당 팀에서 검토 중입니다.

감사합니다.
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube support interim answer with a hedge and an 'under review'",
    why="'삭제한 것으로 보입니다만 … 확인이 끝나는 대로' is a hedge and '검토 중' is under review: both named items stay pending",
    items={Y_KP: "pending", Y_BN: "pending"},
)

case(
    name="naver-bulk-all-posts-stopped",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    date="Tue, 10 Sep 2024 11:11:11 +0900",
    subject=f"[네이버] 시정요구 {R1} 조치 완료",
    reply_to_req=mid(R1).split("@")[0],
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

귀 위원회에서 {R1}로 요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal one-line 'all requested posts actioned' completion notice",
    why="a statement about all 13 items without naming any: bulk, items stay pending",
    items=pending(R1_URLS),
)

case(
    name="band-bulk-both-deleted",
    **{"from": "safety@band.us"}, name_from="BAND 고객센터",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject=f"Re: [{R5}] 밴드 게시글 삭제 요청",
    reply_to_req=mid(R5).split("@")[0],
    body="""
안녕하세요, BAND 고객센터입니다.

요청하신 게시글 2건 모두 운영정책 위반으로 삭제 조치 완료했습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND support short completion reply",
    why="'2건 모두 삭제' for a two-item request without naming either post: bulk",
    items=pending(R5_URLS),
)

case(
    name="kakao-dmarc-fail",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터", auth="fail",
    date="Tue, 10 Sep 2024 21:45:00 +0900",
    subject=f"[카카오] {R2} 처리 결과 안내",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

{K_DONGNE} 게시물은 삭제되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="Kakao result notice arriving with failed DKIM/SPF/DMARC",
    why="kakaocorp.com sender failing authentication: the removal is not applied",
    items={K_DONGNE: "pending"},
)

case(
    name="agency-relays-naver-result",
    **{"from": "report@cleanrpt-agency.co.kr"}, name_from="클린리포트 신고대행",
    date="Fri, 06 Sep 2024 15:00:00 +0900",
    subject=f"[{R1}] 네이버 처리 결과 전달",
    body=f"""
방송통신심의위원회 담당자님께

클린리포트 신고대행입니다. 네이버 측에 확인한 결과 아래 게시물은 삭제되었습니다.

{N_GREY}

필요하시면 캡처 자료도 보내드리겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="third-party reporting agency relaying a portal's result",
    why="sender domain belongs to no platform: review unknown_sender, nothing applied",
    items={N_GREY: "pending"},
)

case(
    name="band-states-naver-blog-items",
    **{"from": "safety@band.us"}, name_from="BAND 고객센터",
    date="Fri, 13 Sep 2024 17:55:00 +0900",
    subject="BAND/블로그 게시물 처리 회신",
    body=f"""
안녕하세요, BAND 고객센터입니다.

같은 판매자가 네이버 블로그에 올린 게시물 2건도 함께 확인되어 게시중단 처리하였습니다.

{N_MOON1}
{N_MOON2}

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="BAND desk (a NAVER group service) reporting on NAVER blog posts",
    why="band.us states statuses for items of request KCSC-240903-01, whose platform is NAVER: wrong_platform, nothing applied",
    items={N_MOON1: "pending", N_MOON2: "pending"},
)

case(
    name="naver-asks-supporting-documents",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Thu, 05 Sep 2024 13:13:13 +0900",
    subject=f"[네이버] {R1} 관련 추가 자료 요청",
    reply_to_req=mid(R1).split("@")[0],
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 URL 중 아래 게시물에 대해서는 불법성 판단을 위한 근거 자료가 부족합니다.

{N_GREEN}

위원회 심의 의결서 사본 또는 위반 사실을 확인할 수 있는 자료를 회신으로 보내 주시면
검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 권리보호센터 request for supporting documents (의결서 사본)",
    why="asks the regulator for documents before acting: asks_more, the item stays pending",
    items={N_GREEN: "pending"},
)

case(
    name="youtube-policy-newsletter",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube",
    date="Mon, 16 Sep 2024 01:00:00 +0000",
    subject="법적 요청 제출 방법 변경 안내",
    body="""
안녕하세요.

2024년 10월 1일부터 정부 기관의 법적 요청은 새 온라인 양식으로만 접수됩니다.
기존 이메일 접수 창구는 같은 날 종료됩니다.

새 양식: https://support.google.com/legal/answer/3110420
자주 묻는 질문: https://support.google.com/youtube/answer/2802057

감사합니다.
YouTube 팀
""",
    outcome="review", review="no_claims",
    imitates="platform notice to government requesters about a new legal-request form",
    why="trusted YouTube mail naming no item and no request, only help pages: no_claims",
    items={},
)

case(
    name="youtube-itemized-under-review",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 09:00:00 +0000",
    subject=f"{R3} 진행 상황",
    body=f"""
안녕하세요.

요청({R3})의 현재 진행 상황입니다.

{Y_QM} : 검토 중
{Y_HY} : 검토 중
{Y_7S} : 현지 법률 검토를 위해 법무팀에 전달됨

결과가 나오면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support status update listing items as under review",
    why="every named item is only under review or escalated: no status, all pending",
    items={Y_QM: "pending", Y_HY: "pending", Y_7S: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "coinmarket.mgr@gmail.com"}, name_from="coinmarket 갤러리 매니저", auth="pass",
    date="Thu, 12 Sep 2024 22:14:00 +0900",
    subject="코인마켓 갤러리 게시글 삭제했어요",
    body=f"""
안녕하세요 코인마켓 마이너 갤러리 매니저입니다.
운영팀 통해서 연락 받았고요, 말씀하신 글 제가 삭제했어요.

{D_COIN2}

앞으로 비슷한 글 올라오면 바로 지우겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer DC Inside gallery manager answering from a personal webmail account",
    why="gmail.com is no platform's domain even though the writer moderates the gallery: unknown_sender",
    items={D_COIN2: "pending"},
)

# ================================================================ IGNORED

case(
    name="naver-staff-out-of-office",
    **{"from": "park.jiyeon@navercorp.com"}, name_from="박지연",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject=f"[부재중] Re: [방송통신심의위원회] 불법정보 시정요구 {R1}",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박지연입니다.

9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 업무는 정책지원실 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중) from a portal employee",
    why="auto-reply with Auto-Submitted header; says nothing about items",
    items={},
)

DSN_TEXT = """이 메일은 시스템에서 자동으로 발송되었습니다.

아래 주소로 메일을 전달하지 못했습니다.

  cafe_legal@daum.net

사유: 수신자 계정이 존재하지 않습니다. (550 5.1.1 user unknown)
"""
DSN_STATUS = """Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Mon, 16 Sep 2024 10:00:05 +0900

Final-Recipient: rfc822; cafe_legal@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <cafe_legal@daum.net>: Recipient address rejected: user unknown
"""
DSN_HEADERS = f"""From: KCSC 통신심의국 <takedown@kcsc.example>
To: cafe_legal@daum.net
Subject: [{R6}] Daum 카페 게시물 시정요구
Date: Mon, 16 Sep 2024 10:00:00 +0900
Message-ID: <{mid(R6)}>
"""
case(
    name="daum-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery Subsystem", auth="none",
    date="Mon, 16 Sep 2024 10:00:06 +0900",
    subject="[발송 실패] Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "dsn719daum", [
        part("text/plain; charset=utf-8", "8bit", DSN_TEXT),
        part("message/delivery-status", "7bit", DSN_STATUS),
        part("text/rfc822-headers; charset=utf-8", "8bit", DSN_HEADERS),
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Daum MTA delivery status notification (550 user unknown) with the request headers attached",
    why="a DSN is ignored whatever it quotes",
    items={},
)

MDN_STATUS = f"""Reporting-UA: mail.band.us; BAND Mail
Final-Recipient: rfc822;safety@band.us
Original-Message-ID: <{mid(R5)}>
Disposition: manual-action/MDN-sent-manually; displayed
"""
case(
    name="band-read-receipt",
    **{"from": "safety@band.us"}, name_from="BAND 고객센터",
    date="Thu, 12 Sep 2024 15:42:10 +0900",
    subject=f"읽음 확인: [{R5}] 밴드 게시글 삭제 요청",
    raw_mime=multipart("report", "mdn719band", [
        part("text/plain; charset=utf-8", "8bit",
             f"보내신 메일 \"[{R5}] 밴드 게시글 삭제 요청\"을(를) 수신자가 2024-09-12 15:42에 읽었습니다.\n"),
        part("message/disposition-notification", "7bit", MDN_STATUS),
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, RFC 8098 MDN)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="youtube-ticket-receipt",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Mon, 09 Sep 2024 01:02:00 +0000",
    subject=f"[{R3}] 법적 요청이 접수되었습니다",
    body="""
안녕하세요.

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 요청이 정상적으로 접수되었습니다.
참조 번호: 2-7781000039421

담당 팀에서 검토한 뒤 이메일로 결과를 안내해 드립니다. 이 메일에는 회신하지 마세요.

YouTube 팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal-form submission receipt in Korean",
    why="pure receipt with a reference number; no item-level statement",
    items={},
)

case(
    name="naver-cs-inquiry-received",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 10:05:00 +0900",
    subject=f"[네이버 고객센터] 문의가 접수되었습니다 ({R1})",
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
문의번호: 240903-A-118274

담당자가 내용을 확인한 뒤 순차적으로 답변드리겠습니다.
답변은 영업일 기준 1~3일 정도 걸릴 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 auto-mail",
    why="ticket receipt only; promises an answer later, names no item",
    items={},
)

case(
    name="dcinside-staff-out-of-office",
    **{"from": "choi.minwoo@dcinside.com"}, name_from="최민우",
    date="Wed, 11 Sep 2024 11:00:30 +0900",
    subject=f"자동 회신: [{R4}] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
추석 연휴로 9월 19일(목)까지 부재중입니다. 복귀 후 확인하겠습니다.
게시물 신고는 report@dcinside.com 으로 보내 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook-style 자동 회신 during the Chuseok holiday",
    why="out-of-office auto-reply; no statement about items",
    items={},
)

case(
    name="kakao-report-received",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 05 Sep 2024 14:03:00 +0900",
    subject=f"[카카오] 권리침해 신고 접수 안내 ({R2})",
    body="""
안녕하세요, 카카오 고객센터입니다.

권리침해 신고가 정상적으로 접수되었습니다.
접수번호: RC-2409-55120

신고하신 내용은 근무일 기준 3일 이내에 검토되며, 처리 결과는 이메일로 안내드립니다.

카카오 고객센터 드림
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 권리침해 신고 접수 안내 receipt",
    why="pure receipt with a ticket number; nothing about items",
    items={},
)


HEADER = """# Blind set 719 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind719/make.py from each email's meaning, before
# any run of the reader. Each case is judged alone on a fresh ledger holding
# requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind719", HEADER, CASES)
