#!/usr/bin/env python3
"""Blind set 359 (Korean portals and communities): NAVER, Kakao/Daum/Tistory,
YouTube Korea, DC Inside and BAND replies written in Korean (공문 replies,
임시조치 notices, 시정요구 조치결과 tables, informal operator replies), plus
the auto-replies, receipts, bounces and read receipts that come with them.

Deterministic: `python3 tests/corpus/blind359/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning alone, before any run of the reader.
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

SET = "blind359"

# ---------------------------------------------------------------- requests
# Raw (display) form of each URL; the CSV stores Korean paths percent-encoded.
K3_SLUG = "환전-대행-안내"
T2_SLUG = "정품-인증"

N = {
    1: "https://blog.naver.com/moonlit_casino77/223551020311",
    2: "https://blog.naver.com/moonlit_casino77/223551020498",
    3: "https://blog.naver.com/bluepeak_bet/223549887120",
    4: "https://cafe.naver.com/sunnyvalleytrade/48213",
    5: "https://cafe.naver.com/sunnyvalleytrade/48227",
    6: "https://cafe.naver.com/greenlotto2024/1093",
    7: "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1111&docId=470112358",
    8: "https://blog.naver.com/jadeharbor_88/223560114402",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38211907&memberNo=52291034",
    10: "https://cafe.naver.com/greenlotto2024/1101",
    11: "https://blog.naver.com/PostView.naver?blogId=silverfox_tips&logNo=223562230017",
    12: "https://blog.naver.com/bluepeak_bet/223549887551",
    13: "https://tv.naver.com/v/59120334",
}
K = {
    1: "https://cafe.daum.net/haneulmarket/Kq1z/3312",
    2: "https://cafe.daum.net/haneulmarket/Kq1z/3318",
    3: "https://dalbit-notes.tistory.com/entry/" + quote(K3_SLUG),
    4: "https://dalbit-notes.tistory.com/57",
    5: "https://story.kakao.com/_mRt7Qa/IhGk2w3Lm10",
}
K3_RAW = "https://dalbit-notes.tistory.com/entry/" + K3_SLUG
Y = {
    1: "https://www.youtube.com/watch?v=Qm4rT8vK2zA",
    2: "https://www.youtube.com/watch?v=h7LpW0nXc3E",
    3: "https://www.youtube.com/shorts/Zr9bKe1uT5o",
    4: "https://www.youtube.com/@haengun_tv_kr",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9182734",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=cointalk_minor&no=551203",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=cointalk_minor&no=551260",
    4: "https://gall.dcinside.com/mini/board/view/?id=yeoul_club&no=8841",
}
B = {
    1: "https://band.us/band/87120334/post/1204",
    2: "https://band.us/band/87120334/post/1211",
    3: "https://band.us/band/90055218/post/77",
}
S1 = "https://blog.naver.com/haru_deals/223571100876"
T = {
    1: "https://cafe.daum.net/pungnyeon2/ABcD/901",
    2: "https://pungnyeon-shop.tistory.com/entry/" + quote(T2_SLUG),
}
T2_RAW = "https://pungnyeon-shop.tistory.com/entry/" + T2_SLUG

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls (stored form)
    ("KCSC-240902-01", "naver", "2024-09-02T10:05:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", "불법 도박 홍보 게시물 (블로그·카페·지식iN·포스트·TV)", [N[i] for i in range(1, 14)]),
    ("KCSC-240905-02", "kakao", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal_finance", "환전 대행·불법 금융 광고", [K[i] for i in range(1, 6)]),
    ("KCSC-240906-03", "youtube", "2024-09-06T11:02:00+09:00", "2024-09-13T18:00:00+09:00",
     "gambling", "도박 사이트 홍보 영상·채널", [Y[i] for i in range(1, 5)]),
    ("KCSC-240909-04", "dcinside", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "privacy", "개인정보 노출 게시글", [D[i] for i in range(1, 5)]),
    ("KCSC-240910-05", "band", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", "의약품 불법 판매 게시글", [B[i] for i in range(1, 4)]),
    ("KCSC-240911-06", "naver", "2024-09-11T09:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "counterfeit", "위조 상품 판매 블로그 글", [S1]),
    ("KCSC-240912-07", "kakao", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "counterfeit", "위조 상품 판매 카페·블로그 글", [T[1], T[2]]),
]


def msgid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047 encoded subject, as most Korean mailers send it."""
    return Header(s, "utf-8").encode(maxlinelen=76)


def request_body(ref, display=None):
    """Text of our own request email, as platforms quote it back."""
    urls = display or next(r[6] for r in REQUESTS if r[0] == ref)
    lines = [
        "안녕하십니까, 방송통신심의위원회 불법정보대응팀입니다.",
        f"아래 정보에 대하여 시정(삭제 등)을 요구하오니 조치 후 결과를 회신하여 주시기 바랍니다. (관리번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 불법정보대응팀"]
    return lines


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def qp_text(text, ctype="plain"):
    body = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def b64_text(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text.strip("\n") + "\n"))


def csv_mail(text, csv_text, filename, boundary):
    fn = Header(filename, "utf-8").encode()
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        "This is a multi-part message in MIME format.\n\n"
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64(text.strip("\n") + "\n")
        + f"\n--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{fn}"\n'
        f'Content-Disposition: attachment; filename="{fn}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        + b64("\ufeff" + csv_text.strip("\n") + "\n")
        + f"\n--{boundary}--\n"
    )


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)
CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-gongmun-jochi-table-13",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    subject=subj(f"[회신] 시정요구에 대한 조치결과 회신 ({R1})"),
    reply_to_req=msgid(R1),
    body=f"""
수    신: 방송통신심의위원회 (불법정보대응팀)
참    조: 시정요구 담당자
제    목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 관련: 귀 위원회 시정요구 ({R1}, 2024. 9. 2.)

3. 위 호와 관련하여 당사는 요구된 정보 13건을 확인하였으며, 그 조치결과를
   아래와 같이 회신합니다.

                              - 아    래 -

 번호 | 정보 위치(URL)                                                      | 조치결과
------+---------------------------------------------------------------------+------------------------------
   1  | {N[1]}                | 삭제
   2  | {N[2]}                | 삭제
   3  | {N[3]}                    | 임시조치(30일)
   4  | {N[4]}                       | 게시중단
   5  | {N[5]}                       | 해당 게시물 없음(작성자 삭제)
   6  | {N[6]}                          | 블라인드
   7  | {N[7]} | 삭제
   8  | {N[8]}                   | 미조치(불법정보 해당 없음)
   9  | {N[9]} | 비공개 처리
  10  | {N[10]}                          | 임시조치(30일)
  11  | {N[11]} | 존재하지 않는 게시물
  12  | {N[12]}                    | 삭제
  13  | {N[13]}                                     | 삭제

※ 8번 게시물은 일반 여행 후기로 확인되어 불법정보로 보기 어려워 게시를 유지하였습니다.
   이견이 있으시면 담당자에게 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 (우) 00000 / 담당: 윤가람 매니저
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply: 시정요구에 대한 조치결과 회신 with a numbered 조치결과 table",
    why="every row names its URL and an unhedged result: 삭제/게시중단/블라인드/비공개 removed, 임시조치 restricted, 게시물 없음 not_found, 미조치(해당 없음) rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "not_found",
           N[6]: "removed", N[7]: "removed", N[8]: "rejected", N[9]: "removed", N[10]: "restricted",
           N[11]: "not_found", N[12]: "removed", N[13]: "removed"},
)

case(
    name="naver-inoti-html-table-five",
    **{"from": "inoti@naver.com"}, name_from="네이버 게시중단요청센터",
    date="Wed, 04 Sep 2024 11:03:44 +0900",
    subject=subj(f"[네이버] 게시중단 요청 처리 결과 안내 ({R1})"),
    type="html",
    body=f"""
<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단요청센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 건(관리번호 {R1}) 가운데 아래 게시물의 처리 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th>No</th><th>게시물 주소</th><th>처리 상태</th><th>처리일</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>삭제 완료</td><td>2024.09.03</td></tr>
<tr><td>2</td><td><a href="{N[4]}">{N[4]}</a></td><td>게시중단</td><td>2024.09.03</td></tr>
<tr><td>3</td><td><a href="{N[6]}">{N[6]}</a></td><td>임시조치(30일)</td><td>2024.09.04</td></tr>
<tr><td>4</td><td><a href="{N[8]}">{N[8]}</a></td><td>반려(위반 사항 없음)</td><td>2024.09.04</td></tr>
<tr><td>5</td><td><a href="{N[13]}">{N[13]}</a></td><td>확인 불가(존재하지 않는 영상)</td><td>2024.09.04</td></tr>
</table>
<p>나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.</p>
<p>처리 기준은 <a href="https://help.naver.com/service/30001/contents/19842">게시중단 요청 서비스 안내</a>를 참고해 주세요.</p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 (inoti) result mail with an HTML result table",
    why="five rows with URL and unhedged status; the help-centre link is not an item; the other eight items are not mentioned",
    items={N[1]: "removed", N[4]: "removed", N[6]: "restricted", N[8]: "rejected", N[13]: "not_found"},
)

case(
    name="naver-csv-attachment-six",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 17:20:31 +0900",
    subject=subj(f"RE: [KCSC] 불법정보 시정요구 ({R1}) - 처리결과 첨부"),
    reply_to_req=msgid(R1),
    raw_mime=csv_mail(
        f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 {R1} 건 중 6건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.
나머지 건은 처리되는 대로 회신드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
""",
        f"""
순번,URL,조치결과,처리일시
1,{N[2]},삭제,2024-09-04 11:20
2,{N[3]},삭제,2024-09-04 11:22
3,{N[5]},게시물 없음,2024-09-04 13:05
4,"{N[7]}",반려(위반 아님),2024-09-05 09:41
5,"{N[9]}",임시조치,2024-09-05 10:10
6,{N[10]},게시중단,2024-09-05 10:12
""",
        f"{R1}_조치결과.csv", "----=_NV_5f3a91c2"),
    outcome="applied", classification="confirmation",
    imitates="portal policy team reply carrying the 조치결과 as a CSV attachment (base64, UTF-8 with BOM)",
    why="the attachment names six URLs each with a plain result; the body only promises the rest",
    items={N[2]: "removed", N[3]: "removed", N[5]: "not_found", N[7]: "rejected",
           N[9]: "restricted", N[10]: "removed"},
)

case(
    name="naver-blog-informal-private",
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="김서연",
    date="Wed, 11 Sep 2024 14:02:09 +0900",
    subject=subj(f"RE: [KCSC] 불법정보 시정요구 ({R6})"),
    reply_to_req=msgid(R6),
    body=f"""
안녕하세요, 네이버 블로그 운영팀 김서연입니다.

말씀하신 {S1} 글은 확인해 보니 위조 명품 판매글이 맞아서
오늘 오전에 비공개 처리해 두었습니다. 블로그 주인에게는 운영정책 위반 안내도 같이 보냈어요.

더 필요하신 것 있으면 편하게 연락 주세요.
김서연 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal operator reply from a NAVER blog team member",
    why="비공개 처리 of the named post, done (past tense): removed",
    items={S1: "removed"},
)

case(
    name="naver-sole-statement-one-item",
    **{"from": "noreply-report@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Thu, 12 Sep 2024 10:15:00 +0900",
    subject=subj(f"게시중단 조치 완료 안내 [{R6}]"),
    body=f"""
방송통신심의위원회 담당자님께

관리번호 {R6} 로 요청하신 게시물 1건에 대하여
2024년 9월 12일 09:40 부로 게시중단 조치를 완료하였습니다.

관련 문의는 본 메일에 회신해 주시기 바랍니다.

NAVER 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 완료 notice naming the request, not the URL",
    why="the request has one item, so the sole unhedged statement (게시중단 완료) applies to it",
    items={S1: "removed"},
)

case(
    name="naver-top-posted-two-over-quote",
    **{"from": "junho.park@navercorp.com"}, name_from="박준호",
    date="Tue, 03 Sep 2024 15:47:26 +0900",
    subject=subj(f"RE: [KCSC] 불법정보 시정요구 ({R1})"),
    reply_to_req=msgid(R1),
    body=f"""
안녕하세요. 우선 확인 끝난 2건 먼저 회신드립니다.

{N[3]} — 삭제 완료
{N[8]} — 검토 결과 위반 사항이 없어 유지합니다 (일반 여행 후기 글입니다).

나머지 건은 확인 중이고 끝나는 대로 다시 말씀드리겠습니다.

박준호 / NAVER Trust & Safety

2024년 9월 2일 (월) 오전 10:05, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
""" + quoted(request_body(R1)),
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a trust & safety staffer over the quoted request",
    why="two URLs with results above the quote; the quoted list of thirteen is our own request and changes nothing",
    items={N[3]: "removed", N[8]: "rejected", N[1]: "pending", N[2]: "pending", N[13]: "pending"},
)

case(
    name="naver-cafe-url-then-arrow-status",
    **{"from": "cafe_support@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Wed, 04 Sep 2024 09:31:50 +0900",
    subject=subj(f"[네이버 카페] {R1} 관련 카페 게시물 처리 결과"),
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.
{R1} 관련 카페 게시물 처리 결과 전달드립니다.

{N[4]}
→ 게시중단 처리 완료

{N[5]}
→ 존재하지 않는 게시물입니다.

{N[10]}
→ 임시조치 (30일간 게시물 접근 차단)

카페 운영원칙: https://policy.naver.com/policy/service_cafe.html

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations reply: bare URL with the result on the line below",
    why="each result line belongs to the URL above it; the policy page is not an item",
    items={N[4]: "removed", N[5]: "not_found", N[10]: "restricted"},
)

case(
    name="naver-receipt-plus-immediate-takedown",
    **{"from": "noreply-report@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Mon, 02 Sep 2024 13:12:40 +0900",
    subject=subj(f"[NAVER] 요청 접수 안내 (접수번호 NV-20240902-5521 / {R1})"),
    body=f"""
요청이 정상적으로 접수되었습니다. (접수번호 NV-20240902-5521)

아울러 {N[8]} 게시물은
접수 즉시 게시중단 처리되었음을 알려드립니다.

나머지 게시물은 순차적으로 검토한 뒤 결과를 회신드리겠습니다.

NAVER 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER receipt notice that also reports an immediate 게시중단",
    why="a receipt sentence plus an unhedged statement about one named item is not a pure acknowledgement",
    items={N[8]: "removed"},
)

case(
    name="naver-outlook-english-original-message",
    **{"from": "hw.jang@navercorp.com"}, name_from="Hyun-woo Jang",
    date="Thu, 05 Sep 2024 08:58:03 +0900",
    subject=f"RE: [KCSC] request {R1}",
    reply_to_req=msgid(R1),
    body=f"""
Dear KCSC team,

Regarding {R1}, please note the following two items:

- The NAVER TV clip {N[13]} has been disabled and can no longer be played.
- Access to the NAVER Post {N[9]} has been restricted (임시조치) while we wait for the author's response.

We will report on the remaining items separately.

Best regards,
Hyun-woo Jang | Trust & Safety, NAVER Corp.

-----Original Message-----
From: KCSC 불법정보대응팀 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:05 AM
To: policy@navercorp.com
Subject: [KCSC] 불법정보 시정요구 ({R1})

""" + "\n".join(request_body(R1)),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply in English from a portal trust & safety staffer, request below -----Original Message-----",
    why="disabled = removed, 임시조치/access restricted = restricted; the unquoted request below Original Message is ours",
    items={N[13]: "removed", N[9]: "restricted", N[1]: "pending", N[11]: "pending"},
)

case(
    name="naver-wrapped-angle-bracket-urls",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 고객센터",
    date="Fri, 06 Sep 2024 10:22:18 +0900",
    subject=subj(f"Re: 블로그 게시물 처리 요청 ({R1})"),
    reply_to_req=msgid(R1),
    body=f"""
안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 아래 블로그 글은 불법 도박 사이트 홍보로 확인되어 삭제하였습니다.
<https://blog.naver.com/PostView.naver?blogId=silverfox_tips&
logNo=223562230017>

또한 <{N[1]}>도 같은 사유로 삭제되었습니다.

더 나은 블로그 환경을 위해 노력하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog help-desk reply, a long URL in angle brackets wrapped by the mailer, a Korean particle after '>'",
    why="both named posts are deleted (삭제); the wrapped URL in <> is the requested PostView URL",
    items={N[11]: "removed", N[1]: "removed"},
)

case(
    name="kakao-daum-imsijochi-notice",
    **{"from": "noreply-cs@daum.net"}, name_from="Daum 고객센터",
    date="Fri, 06 Sep 2024 14:35:27 +0900",
    subject=subj("[Daum] 요청하신 게시물에 대한 임시조치 결과 안내"),
    body=f"""
안녕하세요, Daum 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(관리번호 {R2})에 대하여
정보통신망법 제44조의2에 따라 아래와 같이 임시조치하였습니다.

▶ 대상 게시물
 - {K[1]}
 - {K[2]}
▶ 조치 내용: 임시조치 (30일간 게시물 접근 차단)
▶ 조치 일시: 2024.09.06 14:32

게시자가 임시조치 기간 내 재게시를 요청하지 않으면 기간 경과 후 삭제됩니다.

Daum 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 임시조치 결과 안내 (정보통신망법 제44조의2) notice",
    why="both listed posts are under 임시조치 now (restricted); the later deletion is only conditional",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="kakao-tistory-korean-slug-particles",
    **{"from": "tistory-cs@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Mon, 09 Sep 2024 11:48:02 +0900",
    subject=subj(f"[티스토리] 게시글 처리 결과 안내 ({R2})"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

{K3_RAW} 게시글은 운영정책(불법 금융 광고) 위반으로 삭제 처리하였습니다.
{K[4]}의 경우 작성자가 이미 글을 지워서 더 이상 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operator reply with a raw Korean slug URL and a particle glued to a URL",
    why="the raw Korean path is the percent-encoded requested URL (removed); /57 was deleted by its author (not_found)",
    items={K[3]: "removed", K[4]: "not_found"},
)

case(
    name="kakao-story-fullwidth-brackets",
    **{"from": "story-cs@kakao.com"}, name_from="카카오스토리 운영자",
    date="Tue, 10 Sep 2024 16:05:41 +0900",
    subject=subj(f"카카오스토리 게시물 신고 처리 결과 ({R2})"),
    body=f"""
안녕하세요. 카카오스토리 운영자입니다.

요청하신 게시물（{K[5]}）은 운영정책 위반으로 삭제되었습니다。
앞으로도 안전한 서비스를 위해 노력하겠습니다。

카카오 고객센터 https://cs.kakao.com
""",
    outcome="applied", classification="confirmation",
    imitates="KakaoStory 신고 처리 결과 reply with full-width brackets and punctuation",
    why="the named post was deleted; the full-width brackets are not part of the URL; the help-centre link is not an item",
    items={K[5]: "removed"},
)

case(
    name="kakao-daum-cafe-qp-two-results",
    **{"from": "cafe-op@daum.net"}, name_from="Daum 카페 운영팀",
    date="Fri, 13 Sep 2024 13:27:55 +0900",
    subject=subj(f"Re: [KCSC] 불법정보 시정요구 ({R7})"),
    reply_to_req=msgid(R7),
    raw_mime=qp_text(f"""
안녕하세요, Daum 카페 운영팀입니다.
요청하신 2건의 처리 결과입니다.

1. {T[1]}
   : 위조 상품 판매글로 확인되어 블라인드 처리하였습니다.

2. {T2_RAW}
   : 정품 인증 방법을 설명한 글로, 판매 행위나 운영정책 위반이 확인되지 않아 게시를 유지합니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply, quoted-printable Korean body, numbered results",
    why="블라인드 = removed; the Tistory guide stays up because it breaks no rule (rejected)",
    items={T[1]: "removed", T[2]: "rejected"},
)

case(
    name="kakao-policy-bullets-mixed",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Wed, 11 Sep 2024 18:10:33 +0900",
    subject=subj(f"[카카오] 시정요구 조치 결과 ({R2})"),
    body=f"""
방송통신심의위원회 귀중

{R2} 건 가운데 아래 3건의 조치 결과를 알려드립니다.

• {K[1]} : 삭제
• {K[2]} : 유지 (운영정책 위반 사항 없음)
• {K[5]} : 확인 불가 (탈퇴한 회원의 게시물로 이미 삭제됨)

주식회사 카카오 정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team 조치 결과 reply as a bulleted list",
    why="삭제 removed; 유지(위반 없음) rejected; a post gone with its author's account is not_found",
    items={K[1]: "removed", K[2]: "rejected", K[5]: "not_found"},
)

case(
    name="kakao-statement-then-url-below",
    **{"from": "noreply-cs@daum.net"}, name_from="Daum 고객센터",
    date="Mon, 09 Sep 2024 15:40:10 +0900",
    subject=subj(f"[Daum] 게시중단 요청 처리 결과 ({R2})"),
    body=f"""
안녕하세요, Daum 고객센터입니다.

다음 게시물은 요청에 따라 게시중단(블라인드) 처리되었습니다.
{K[2]}

다음 게시물은 확인 결과 위반 내용이 없어 게시를 유지합니다.
{K[1]}

처리 결과에 이의가 있으시면 고객센터로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 게시중단 요청 처리 결과 with each URL on the line below its statement",
    why="each statement ends in a full stop and its URL follows on the next line",
    items={K[2]: "removed", K[1]: "rejected"},
)

case(
    name="youtube-korea-legal-restricted-kr",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무지원팀",
    date="Tue, 10 Sep 2024 09:12:45 +0900",
    subject=subj(f"[YouTube] 법적 요청 검토 결과 안내 - {R3}"),
    body=f"""
방송통신심의위원회 귀하

접수하신 요청({R3})을 검토한 결과를 안내드립니다.

- {Y[1]} : 현지 법률 위반으로 판단되어 대한민국 내에서 해당 동영상에 대한 액세스를 제한했습니다.
- {Y[2]} : 위와 같은 사유로 대한민국 내 액세스를 제한했습니다.
- {Y[3]} : 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.

채널 {Y[4]} 에 대해서는 아직 검토가 진행 중입니다.

YouTube 법무지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome in Korean: local-law restriction in Korea vs. global Community Guidelines removal",
    why="two videos restricted in Korea, the Short removed globally; the channel is still under review (pending)",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed", Y[4]: "pending"},
)

case(
    name="youtube-english-removed-and-terminated",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:33:19 +0000",
    subject=f"Re: Legal request {R3} [ref:_00D1a2b3c._5003x9Z:ref]",
    body=f"""
Hello,

Thank you for your patience. Following our review of your request {R3}, we have taken the following action:

{Y[2]} - removed globally for violating YouTube's Community Guidelines on regulated goods and services.

The channel {Y[4]} has been terminated for repeated violations, and its content is no longer available on YouTube.

For more information about our policies, please see https://support.google.com/youtube/answer/2801939

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome mail (English): global removal and channel termination",
    why="removed globally and channel terminated are both removed; the support page is not an item",
    items={Y[2]: "removed", Y[4]: "removed"},
)

case(
    name="youtube-age-restricted-and-no-action",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube",
    date="Thu, 12 Sep 2024 07:50:02 +0000",
    subject=f"Outcome of your report ({R3})",
    body=f"""
Hi,

We've reviewed the content you reported.

Video: {Y[1]}
Outcome: Age-restricted. The video is no longer visible to signed-out users or viewers under 18.

Video: {Y[3]}
Outcome: No action taken. We did not find a violation of our policies or of local law, so the Short remains available.

If you disagree with this decision, you can reply to this email with additional information.

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report outcome mail: age restriction and no-violation decision",
    why="age-restricted is restricted; no violation and remains available is rejected; the appeal sentence is not a request for information",
    items={Y[1]: "restricted", Y[3]: "rejected"},
)

_yt_html = f"""
<html><body>
<div style="font-family:Roboto,Arial,sans-serif">
<p>안녕하세요, YouTube 신뢰 및 안전팀입니다.</p>
<p>방송통신심의위원회의 요청({R3})에 대한 추가 처리 결과입니다.</p>
<table cellpadding="6" style="border:1px solid #ddd">
<tr><th align="left">콘텐츠</th><th align="left">결과</th></tr>
<tr><td><a href="{Y[4]}">{Y[4]}</a></td><td>대한민국에서 채널 접근 차단</td></tr>
<tr><td><a href="{Y[3]}">{Y[3]}</a></td><td>동영상을 찾을 수 없음 (업로더가 이미 삭제함)</td></tr>
</table>
<p><a href="https://www.youtube.com/t/community_guidelines">커뮤니티 가이드</a> | <a href="https://support.google.com/youtube/answer/6154230">법적 신고 도움말</a></p>
</div>
</body></html>
"""
case(
    name="youtube-base64-html-table-kr",
    **{"from": "trust-safety-kr@youtube.com"}, name_from="YouTube 신뢰 및 안전팀",
    date="Fri, 13 Sep 2024 10:01:37 +0900",
    subject=subj(f"YouTube 요청 처리 결과 ({R3})"),
    raw_mime=b64_text(_yt_html, "html"),
    outcome="applied", classification="confirmation",
    imitates="YouTube trust & safety HTML result table, base64 encoded",
    why="channel blocked in Korea is restricted; a video deleted by its uploader is not_found; footer links are not items",
    items={Y[4]: "restricted", Y[3]: "not_found"},
)

case(
    name="youtube-gmail-quoted-short-and-channel",
    **{"from": "jieun.lee@google.com"}, name_from="이지은",
    date="Mon, 09 Sep 2024 17:24:08 +0900",
    subject=subj(f"Re: [KCSC] 불법정보 시정요구 ({R3})"),
    reply_to_req=msgid(R3),
    body=f"""
안녕하세요, 구글코리아 이지은입니다.

{Y[3]} 는 오늘 오후 삭제되었고,
채널({Y[4]})은 검토 결과 채널 자체에는 정책 위반이 없어 유지하기로 했습니다.

나머지 두 건은 본사 검토가 끝나면 알려드릴게요.

On Fri, Sep 6, 2024 at 11:02 AM KCSC 불법정보대응팀 <takedown@kcsc.example> wrote:
""" + quoted(request_body(R3)),
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from a Google Korea staffer above 'On ... wrote:' and the quoted request",
    why="the Short is deleted, the channel is kept (rejected); the two other videos appear only in the quote and a promise",
    items={Y[3]: "removed", Y[4]: "rejected", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="dc-operator-informal-schemeless",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 12:44:51 +0900",
    subject=subj(f"Re: 게시물 삭제 요청 건 ({R4})"),
    reply_to_req=msgid(R4),
    body="""
안녕하세요 디시인사이드 운영팀입니다.
요청 주신 코인톡 마이너 갤러리 게시글 처리했습니다.

gall.dcinside.com/mgallery/board/view/?id=cointalk_minor&no=551203 삭제
gall.dcinside.com/mgallery/board/view/?id=cointalk_minor&no=551260 삭제 + 작성자 IP 차단

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="terse DC Inside operator reply with scheme-less gallery URLs",
    why="both gallery posts are deleted (삭제); the URLs lack https:// but are the requested posts",
    items={D[2]: "removed", D[3]: "removed"},
)

case(
    name="dc-gongmun-result-table",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드",
    date="Thu, 12 Sep 2024 15:30:00 +0900",
    subject=subj(f"[디시인사이드] 시정요구 조치결과 회신 ({R4})"),
    body=f"""
문서번호: 디시-법무-2024-0912
수    신: 방송통신심의위원회
제    목: 시정요구에 대한 조치결과 통보

1. 귀 기관의 시정요구({R4})와 관련됩니다.
2. 당사는 요구받은 게시물 4건을 확인하여 아래와 같이 조치하였습니다.

  구분  게시물 URL                                                          조치결과
  1     {D[1]}          삭제
  2     {D[2]}   삭제
  3     {D[3]}   해당 게시물 없음(작성자 삭제)
  4     {D[4]}          미조치(심의규정 위반 사항 확인되지 않음)

3. 4번 게시물은 공개된 행사 안내문으로 개인정보 노출이 확인되지 않아 게시를 유지합니다.  끝.

주식회사 디시인사이드 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문 style 조치결과 통보 with a whitespace-aligned table",
    why="삭제 removed; 게시물 없음(작성자 삭제) not_found; 미조치 because no violation is rejected",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "rejected"},
)

case(
    name="dc-mobile-url-operator-deleted",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Tue, 10 Sep 2024 19:03:12 +0900",
    subject=subj(f"[디시인사이드] 주식 갤러리 게시글 처리 ({R4})"),
    body="""
안녕하세요, 디시인사이드 고객센터입니다.

https://m.dcinside.com/board/stock_new2/9182734 게시글은 2024-09-10 18:50 운영자 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside customer-centre reply quoting the mobile-site URL of the post",
    why="m.dcinside.com/board/stock_new2/9182734 is the same post as the requested gall.dcinside.com view URL; 운영자 삭제 is removed (arguable, see NOTES)",
    items={D[1]: "removed"},
)

case(
    name="band-two-posts-deleted-listed",
    **{"from": "noreply@band.us"}, name_from="BAND",
    date="Wed, 11 Sep 2024 10:20:45 +0900",
    subject=subj("[BAND] 신고하신 게시글 처리 결과 안내"),
    body=f"""
안녕하세요, BAND입니다.

{R5} 관련하여 신고해 주신 게시글의 처리 결과를 알려드립니다.

신고 대상 게시글
 1) {B[1]}
 2) {B[2]}

처리 결과: 위 게시글 2건은 BAND 운영정책(불법 의약품 거래) 위반이 확인되어 삭제되었습니다.

BAND 운영정책 보기: https://band.us/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 신고 처리 결과 안내 listing the posts and then one result line for them",
    why="the result covers exactly the two posts listed by URL just above it, so each is named: removed",
    items={B[1]: "removed", B[2]: "removed"},
)

case(
    name="band-whole-band-closed",
    **{"from": "minsu.choi@band.us"}, name_from="밴드 운영팀 최민수",
    date="Thu, 12 Sep 2024 11:11:11 +0900",
    subject=subj(f"RE: [KCSC] 불법정보 시정요구 ({R5})"),
    reply_to_req=msgid(R5),
    body=f"""
안녕하세요, 밴드 운영팀 최민수입니다.

{B[3]} 가 속한 밴드는 운영정책 위반으로 폐쇄되었습니다.
이에 따라 해당 게시글을 포함해 밴드 안의 모든 콘텐츠가 더 이상 노출되지 않습니다.

나머지 두 게시글은 별도 메일로 안내드렸습니다.

최민수 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operator reply: the whole band is closed, so the post is no longer shown",
    why="the post's band is closed and its content no longer shown: removed",
    items={B[3]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-this-week",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 03 Sep 2024 10:40:00 +0900",
    subject=subj(f"RE: [KCSC] 불법정보 시정요구 ({R1})"),
    reply_to_req=msgid(R1),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 2건은 내부 검토를 거쳐 이번 주 안에 게시중단될 예정입니다.
- {N[1]}
- {N[2]}

검토가 끝나면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal policy team holding reply promising 게시중단 later this week",
    why="'게시중단될 예정' is a promise, not a statement; the items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="youtube-hedged-may-have-been",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 04:15:22 +0000",
    subject=f"Re: Legal request {R3}",
    body=f"""
Hello,

Our records indicate that the video {Y[1]} may have already been removed by the uploader.

We are still reviewing the channel {Y[4]} under local law and will follow up once our review is complete.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply with a hedge and an 'under review' line",
    why="'may have already been removed' is a hedge and 'still reviewing' is no statement: both pending",
    items={Y[1]: "pending", Y[4]: "pending"},
)

case(
    name="naver-bulk-all-thirteen",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 17:00:00 +0900",
    subject=subj(f"[회신] {R1} 조치 완료"),
    body=f"""
방송통신심의위원회 담당자님께

귀 위원회에서 요청하신 {R1} 건의 게시물 13건 전체에 대하여
게시중단 조치를 완료하였습니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="portal one-line completion reply for a whole request",
    why="one statement for all thirteen items without naming any: bulk, items stay pending",
    items={N[i]: "pending" for i in range(1, 14)},
)

case(
    name="kakao-bulk-both-blinded",
    **{"from": "cafe-op@daum.net"}, name_from="Daum 카페 운영팀",
    date="Fri, 13 Sep 2024 09:05:30 +0900",
    subject=subj(f"Re: [KCSC] 불법정보 시정요구 ({R7})"),
    reply_to_req=msgid(R7),
    body="""
안녕하세요. Daum 카페 운영팀입니다.
요청하신 게시물 2건 모두 블라인드 처리 완료했습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="short Daum operator reply covering a two-item request at once",
    why="'2건 모두' covers a two-item request without naming either: bulk",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="naver-spoofed-dmarc-fail",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    auth="fail",
    date="Wed, 04 Sep 2024 22:14:09 +0900",
    subject=subj(f"[회신] 조치결과 ({R1})"),
    body=f"""
방송통신심의위원회 담당자님

{R1} 관련 아래 게시물은 삭제 완료되었습니다.
1. {N[1]}
2. {N[2]}

상세 내역은 아래 링크에서 기관 계정으로 로그인 후 확인 바랍니다.
https://naver-policy-center.example.net/login

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="spoofed portal reply failing DKIM/SPF/DMARC, with a phishing login link",
    why="From a NAVER domain but authentication fails: untrusted, nothing applied",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-lookalike-domain",
    **{"from": "legal@dcinside-help.co.kr"}, name_from="디시인사이드 법무팀",
    date="Wed, 11 Sep 2024 08:30:00 +0900",
    subject=subj(f"시정요구 조치 완료 통보 ({R4})"),
    body=f"""
방송통신심의위원회 귀중

{R4} 관련 게시물 {D[1]} 및
{D[4]} 을(를) 삭제 완료하였음을 통보드립니다.

(주)디시인사이드 법무팀
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain claiming to be DC Inside's legal team",
    why="dcinside-help.co.kr is no platform domain, even though it passes its own authentication",
    items={D[1]: "pending", D[4]: "pending"},
)

case(
    name="lawfirm-gmail-author-deleted",
    **{"from": "hangyul.law@gmail.com"}, name_from="법무법인 한결 사무장",
    date="Thu, 05 Sep 2024 13:33:33 +0900",
    subject=subj(f"시정요구 대상 게시물 자진 삭제 안내 ({R1})"),
    body=f"""
방송통신심의위원회 담당자님께

법무법인 한결입니다. 저희 의뢰인(블로그 운영자)이 아래 게시물을 자진 삭제하였음을 알려드립니다.
{N[8]}

시정요구 {R1} 목록에서 제외해 주시기 바랍니다.
""",
    outcome="review", review="unknown_sender",
    imitates="law firm writing for a blogger that the post was deleted",
    why="a third party, not the platform, states the deletion: unknown_sender",
    items={N[8]: "pending"},
)

case(
    name="kakao-daum-search-naver-url",
    **{"from": "search-op@daum.net"}, name_from="Daum 검색 운영팀",
    date="Fri, 06 Sep 2024 16:16:16 +0900",
    subject=subj(f"[Daum 검색] 검색 결과 노출 제외 처리 안내 ({R1})"),
    body=f"""
안녕하세요, Daum 검색 운영팀입니다.

참조로 받으신 요청 중 {N[12]} 은
Daum 검색 결과에서 노출 제외(삭제) 처리하였습니다.

원 게시물은 네이버에서 관리하므로 게시물 자체에 대한 조치는 네이버에 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Daum search team de-indexing a NAVER blog URL it was copied on",
    why="Kakao states a removal for an item of NAVER's request: wrong_platform, nothing applied",
    items={N[12]: "pending"},
)

case(
    name="youtube-asks-timestamps",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무지원팀",
    date="Mon, 09 Sep 2024 10:45:00 +0900",
    subject=subj(f"[YouTube] 추가 정보 요청 - {R3}"),
    body=f"""
안녕하세요, YouTube 법무지원팀입니다.

요청하신 동영상 {Y[2]} 에 대한 검토를 진행하려면
문제가 되는 구간(타임스탬프)과 위반된다고 보시는 국내 법령 조항을 알려주시기 바랍니다.

회신을 받기 전까지 해당 건의 검토는 보류됩니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal request for timestamps and the legal basis",
    why="the platform asks for more information; no status is stated",
    items={Y[2]: "pending"},
)

case(
    name="band-policy-change-newsletter",
    **{"from": "notice@band.us"}, name_from="BAND",
    date="Sat, 14 Sep 2024 09:00:00 +0900",
    subject=subj("[BAND] 운영정책 개정 안내"),
    body="""
안녕하세요, BAND입니다.

2024년 10월 1일부터 BAND 운영정책이 일부 개정됩니다.
- 불법 의약품·마약류 거래 게시글에 대한 제재 기준 강화
- 신고 처리 결과 안내 방식 개선

자세한 내용은 https://band.us/policy/operation 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="BAND policy-change notice sent to a registered partner address",
    why="trusted BAND mail naming no item and no request: no_claims",
    items={},
)

case(
    name="dc-mini-gallery-conditional",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 14:20:00 +0900",
    subject=subj(f"Re: 게시물 삭제 요청 건 ({R4})"),
    reply_to_req=msgid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{D[4]} 게시글은 미니 갤러리 매니저에게 삭제 요청을 전달했습니다.
매니저가 7일 안에 조치하지 않으면 운영팀이 직접 삭제할 예정입니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside reply passing the request to a mini-gallery manager",
    why="a forwarded request and a conditional future deletion: no statement, pending",
    items={D[4]: "pending"},
)

case(
    name="naver-unrequested-post-number",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 고객센터",
    date="Thu, 05 Sep 2024 11:55:00 +0900",
    subject=subj(f"Re: 블로그 게시물 처리 요청 ({R1})"),
    reply_to_req=msgid(R1),
    body="""
안녕하세요. 네이버 블로그 고객센터입니다.

https://blog.naver.com/moonlit_casino77/223551020312 게시물은 불법 도박 홍보로 확인되어 삭제하였습니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="NAVER blog help-desk reply about a post number that is not in the request",
    why="post 223551020312 is not requested (…311 and …498 are): the claim matches no item",
    items={},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office",
    **{"from": "daeun.jung@navercorp.com"}, name_from="정다은",
    date="Mon, 02 Sep 2024 10:05:31 +0900",
    subject=subj(f"자동 회신: [KCSC] 불법정보 시정요구 ({R1})"),
    reply_to_req=msgid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 정다은입니다.
9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 건은 policy@navercorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook Korean out-of-office reply (자동 회신)",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="kakao-receipt-echoes-urls",
    **{"from": "noreply-cs@daum.net"}, name_from="Daum 고객센터",
    date="Thu, 05 Sep 2024 09:31:02 +0900",
    subject=subj("[Daum 고객센터] 문의가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요, Daum 고객센터입니다.
고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2024090500731
접수일시: 2024.09.05 09:30
문의 유형: 게시중단 요청
문의 내용:
  관리번호 {R2}
  {K[1]}
  {K[2]}

담당자가 확인한 뒤 순차적으로 답변드리겠습니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Daum 고객센터 ticket receipt echoing the submitted report",
    why="a pure receipt; the URLs are only our own report echoed back",
    items={K[1]: "pending", K[2]: "pending"},
)

_orig_band = "\n".join([
    "From: KCSC 불법정보대응팀 <takedown@kcsc.example>",
    "To: policy@band.us",
    f"Subject: [KCSC] 불법정보 시정요구 ({R5})",
    f"Message-ID: <{msgid(R5)}@kcsc.example>",
    "Date: Tue, 10 Sep 2024 14:00:00 +0900",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
] + request_body(R5))
case(
    name="band-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Tue, 10 Sep 2024 14:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7C1E22A0.1725944409/mx.kcsc.example"

This is a MIME-encapsulated message.

--7C1E22A0.1725944409/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy@band.us>: host mx1.band.us[203.0.113.45] said: 550 5.1.1
    <policy@band.us>: Recipient address rejected: User unknown

--7C1E22A0.1725944409/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 14:00:02 +0900

Final-Recipient: rfc822; policy@band.us
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.band.us
Diagnostic-Code: smtp; 550 5.1.1 <policy@band.us>: Recipient address rejected: User unknown

--7C1E22A0.1725944409/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

{_orig_band}

--7C1E22A0.1725944409/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="a bounce of our own request; the URLs are in the returned original",
    items={B[1]: "pending", B[2]: "pending", B[3]: "pending"},
)

case(
    name="youtube-mdn-read-receipt",
    **{"from": "legal-kr@google.com"}, name_from="Google Korea Legal",
    date="Fri, 06 Sep 2024 11:40:00 +0900",
    subject=subj(f"읽음: [KCSC] 불법정보 시정요구 ({R3})"),
    reply_to_req=msgid(R3),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_MDN_20240906114000"

------=_MDN_20240906114000
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: legal-kr@google.com
제목: [KCSC] 불법정보 시정요구 ({R3})
읽은 날짜: 2024-09-06 (금) 오전 11:40

이 확인은 받는 사람의 컴퓨터에 메시지가 표시되었음을 뜻합니다. 받는 사람이 내용을 읽었거나 이해했다는 보장은 없습니다.

------=_MDN_20240906114000
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <{msgid(R3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_20240906114000--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음 확인, MDN)",
    why="a read receipt says nothing about the items",
    items={},
)

case(
    name="dc-auto-reply-absence",
    **{"from": "ty.kim@dcinside.com"}, name_from="김태윤",
    date="Mon, 09 Sep 2024 10:00:41 +0900",
    subject=subj(f"[자동응답] Re: [KCSC] 불법정보 시정요구 ({R4})"),
    reply_to_req=msgid(R4),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동응답] 김태윤은 9/9~9/11 외부 교육으로 메일 확인이 늦어집니다.
게시물 신고 관련 문의는 cs@dcinside.com 으로 보내 주시면 빠르게 처리됩니다.
I am out of the office until 11 September with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual out-of-office auto-reply from a community-site staffer",
    why="an auto-reply; 'processed quickly' is generic, about no item",
    items={},
)

case(
    name="naver-inoti-receipt-over-quote",
    **{"from": "inoti@naver.com"}, name_from="네이버 게시중단요청센터",
    date="Mon, 02 Sep 2024 10:06:15 +0900",
    subject=subj(f"[네이버] 게시중단 요청이 접수되었습니다 ({R1})"),
    reply_to_req=msgid(R1),
    body="""
게시중단 요청이 정상적으로 접수되었습니다.
접수번호: INOTI-2409-0088172

요청하신 내용은 담당자가 확인한 뒤 처리 결과를 메일로 안내드립니다.
처리 현황은 게시중단요청서비스 > 나의 요청 내역에서 확인하실 수 있습니다.

----- 요청 원문 -----
""" + quoted(request_body(R1)[:7]),
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 receipt with the request quoted under it",
    why="a pure receipt; the URLs are only in the quoted request",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="youtube-automated-case-ack",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 02:05:40 +0000",
    subject=f"[Case ID 8-4409000017734] We received your request {R3}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

Thank you for contacting YouTube. This is an automated message to confirm that we have received your request ({R3}).

Case ID: 8-4409000017734

Our team will review your request and respond as soon as possible. Please do not reply to this message.

The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal support automated case receipt",
    why="an automated receipt: case created, nothing about any item",
    items={},
)

HEADER = f"""# Blind set 359 (Korean portals and communities): {{n}} cases.
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    for c in CASES:
        nf = c.get("name_from", "")
        if nf and not nf.isascii():
            c["name_from"] = Header(nf, "utf-8").encode()
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER.format(n=len(CASES)), CASES)
    from collections import Counter
    print(len(CASES), Counter(c["outcome"] for c in CASES))
