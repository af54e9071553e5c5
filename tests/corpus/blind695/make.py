#!/usr/bin/env python3
"""Blind set 695 (Korean): NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside and BAND replying in Korean to KCSC removal requests.

    python3 tests/corpus/blind695/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails. All names, ids and URLs are fictional.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1 = "KCSC-240903-01"  # naver, 12 items (largest)
R2 = "KCSC-240905-01"  # kakao, 4 items
R3 = "KCSC-240906-01"  # dcinside, 5 items
R4 = "KCSC-240909-01"  # youtube, 3 items
R5 = "KCSC-240910-01"  # band, 2 items
R6 = "KCSC-240911-01"  # kakao, 1 item
R7 = "KCSC-240912-01"  # naver, 1 item

N1 = "https://blog.naver.com/moonlit_r07/223551001"
N2 = "https://blog.naver.com/moonlit_r07/223551018"
N3 = "https://blog.naver.com/moonlit_r07/223551042"
N4 = "https://blog.naver.com/gold_tide88/223549770"
N5 = "https://blog.naver.com/gold_tide88/223549812"
N6 = "https://cafe.naver.com/hanbitdeal/88412"
N7 = "https://cafe.naver.com/hanbitdeal/88419"
N8 = "https://cafe.naver.com/hanbitdeal/88501"
N9 = "https://cafe.naver.com/pinewave/30217"
N10 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203355"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120457&memberNo=5528173"
N12 = "https://blog.naver.com/silverfox_k/223560114"
R1_URLS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1 = "https://cafe.daum.net/sunnyplaza/AbCd/1203"
K2 = "https://cafe.daum.net/sunnyplaza/AbCd/1207"
K3 = "https://nightmarket77.tistory.com/entry/%ED%95%A0%EC%9D%B8-%EC%BD%94%EB%93%9C"
K3_RAW = "https://nightmarket77.tistory.com/entry/할인-코드"
K4 = "https://pf.kakao.com/_xkQxbHb/104227711"
R2_URLS = [K1, K2, K3, K4]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120455"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120502"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=77120"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=77133"
D5 = "https://gall.dcinside.com/mini/board/view/?id=sunnytalk&no=1502"
R3_URLS = [D1, D2, D3, D4, D5]

Y1 = "https://www.youtube.com/watch?v=Qm3kR8zTw1a"
Y2 = "https://www.youtube.com/shorts/Lp0xV7nB2cE"
Y3 = "https://www.youtube.com/@%EB%B0%A4%EB%B9%9B%EB%89%B4%EC%8A%A4"
Y3_RAW = "https://www.youtube.com/@밤빛뉴스"
R4_URLS = [Y1, Y2, Y3]

B1 = "https://band.us/band/81234567/post/412"
B2 = "https://band.us/band/81234567/post/415"
R5_URLS = [B1, B2]

K5 = "https://cafe.daum.net/greenbook/Zx9p/55"
N13 = "https://cafe.naver.com/dreamtrade/12044"

REQUESTS = [
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "illegal_gambling", R1_URLS),
    (R2, "kakao", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", "drug_sale", R2_URLS),
    (R3, "dcinside", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00", "defamation", R3_URLS),
    (R4, "youtube", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00", "financial_fraud", R4_URLS),
    (R5, "band", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", "privacy", R5_URLS),
    (R6, "kakao", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", "obscene", [K5]),
    (R7, "naver", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", "illegal_gambling", [N13]),
]


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},<{mid(ref)}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def quoted_request(ref, urls, prefix="> "):
    """Our own request as a platform quotes it back."""
    body = [
        "방송통신심의위원회 통신심의국입니다.",
        "아래 정보는 정보통신망법 위반 정보로 심의·의결되어 시정요구(삭제 또는",
        "접속차단)를 통보하오니, 조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
    ]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u}")
    body += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join((prefix + l).rstrip() for l in body)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


ORIG = "2024년 9월 3일 (화) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:"

cases = []


def case(**kw):
    cases.append(kw)


# ====================================================================
# APPLIED
# ====================================================================

case(
    name="naver-imsi-jochi-gongmun",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 16:12:40 +0900",
    subject=f"[NAVER] 시정요구({R1})에 대한 임시조치 결과 회신",
    reply_to_req=mid(R1),
    body=f"""
수신: 방송통신심의위원회 통신심의국
발신: 네이버 주식회사 정책지원팀
제목: 시정요구({R1})에 대한 조치 결과 회신

1. 귀 위원회의 업무에 늘 감사드립니다.

2. 2024. 9. 3. 귀 위원회가 통보한 시정요구 정보 중 아래 게시물 2건에 대하여
   정보통신망법 제44조의2에 따라 30일간 임시조치하였음을 알려드립니다.

   가. {N1}
   나. {N2}

3. 나머지 게시물의 조치 결과는 확인되는 대로 별도 회신드리겠습니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style reply: 임시조치 under 정보통신망법 44조의2",
    why="two URLs listed under an unhedged statement of a 30-day temporary measure (임시조치 = restricted)",
    items={N1: "restricted", N2: "restricted"},
)

case(
    name="naver-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 11:03:09 +0900",
    subject=f"RE: [시정요구] {R1} 조치결과 회신",
    reply_to_req=mid(R1),
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:10pt">
<p>안녕하십니까, 네이버 정책지원팀입니다.</p>
<p>요청번호 <b>{R1}</b> 시정요구 건 중 블로그·카페 게시물 5건의 조치 결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#e8e8e8"><th>연번</th><th>정보 URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N3}</td><td>삭제</td><td>9/4 조치</td></tr>
<tr><td>2</td><td>{N4}</td><td>블라인드</td><td>운영정책 위반</td></tr>
<tr><td>3</td><td>{N5}</td><td>해당 게시물 없음</td><td>작성자 자진 삭제(9/2)</td></tr>
<tr><td>4</td><td>{N6}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>5</td><td>{N7}</td><td>미조치</td><td>위반 사항 확인되지 않음</td></tr>
</table>
<p>나머지 7건은 담당 부서 검토 후 회신 예정입니다.<br>감사합니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 table returned by a portal (연번/URL/조치 결과/비고)",
    why="HTML table, one status per row: 삭제, 블라인드 (removed), 게시물 없음 (not_found), 임시조치 (restricted), 미조치·위반 없음 (rejected)",
    items={N3: "removed", N4: "removed", N5: "not_found", N6: "restricted", N7: "rejected"},
)

CSV_ROWS = [
    ("1", N1, "임시조치", "2024-09-04 15:40"),
    ("2", N2, "임시조치", "2024-09-04 15:41"),
    ("3", N3, "삭제", "2024-09-04 16:02"),
    ("4", N4, "블라인드", "2024-09-05 09:12"),
    ("5", N5, "게시물 없음(작성자 삭제)", "-"),
    ("6", N6, "임시조치", "2024-09-05 09:30"),
    ("7", N7, "조치 불가(위반 사항 없음)", "-"),
    ("8", N8, "삭제", "2024-09-05 10:05"),
    ("9", N9, "게시중단", "2024-09-05 14:20"),
    ("10", N10, "존재하지 않는 게시물", "-"),
    ("11", N11, "삭제", "2024-09-05 17:48"),
    ("12", N12, "게시 유지(위반 아님)", "-"),
]
csv_text = "\ufeff연번,URL,처리결과,처리일시\r\n" + "".join(
    f'{a},"{b}",{c},{d}\r\n' for a, b, c, d in CSV_ROWS)
case(
    name="naver-csv-attachment-all-twelve",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 10:21:55 +0900",
    subject=f"[네이버] {R1} 시정요구 처리결과 (첨부)",
    reply_to_req=mid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_20240906_b1"

--=_nv_20240906_b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.

요청번호 {R1} 시정요구 12건에 대한 처리 결과를 첨부 파일로 보내드립니다.
처리결과 항목을 확인해 주시고, 문의사항은 본 메일로 회신 부탁드립니다.

감사합니다.

--=_nv_20240906_b1
Content-Type: text/csv; charset=utf-8; name="{R1}_result.csv"
Content-Disposition: attachment; filename="{R1}_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv_20240906_b1--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet exported to CSV (UTF-8 with BOM) attached to a short cover note",
    why="CSV attachment with one result per requested URL; 임시조치 restricted, 삭제/블라인드/게시중단 removed, 없음 not_found, 위반 아님 rejected",
    items={N1: "restricted", N2: "restricted", N3: "removed", N4: "removed", N5: "not_found",
           N6: "restricted", N7: "rejected", N8: "removed", N9: "removed", N10: "not_found",
           N11: "removed", N12: "rejected"},
)

case(
    name="naver-cafe-cs-informal",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    date="Thu, 05 Sep 2024 15:47:02 +0900",
    subject="Re: 카페 게시글 신고 건 문의드립니다",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

문의 주신 한빛딜 카페(hanbitdeal) 게시글 두 개 확인했어요.

{N6}
{N8}

두 글 모두 카페 운영정책 위반이라 블라인드 처리해 두었고, 글쓴 회원은
카페 활동이 정지되었습니다.

더 확인할 부분 있으시면 이 메일로 편하게 회신 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER Cafe customer-centre reply",
    why="two URLs, then one unhedged sentence covering both by name ('두 글 모두 … 블라인드 처리')",
    items={N6: "removed", N8: "removed"},
)

case(
    name="naver-top-posted-arrow",
    **{"from": "jiyoon.han@navercorp.com"}, name_from="한지윤",
    date="Thu, 05 Sep 2024 14:31:18 +0900",
    subject=f"Re: [시정요구] {R1}",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀 한지윤입니다.

{N9}
→ 게시중단 완료 (9/5 14:20)

나머지 건은 아직 확인 중입니다.

{ORIG}
{quoted_request(R1, R1_URLS)}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail-style reply over the quoted request",
    why="only pinewave/30217 is stated above the quote; the quoted request's URLs say nothing",
    items={N9: "removed"},
)

case(
    name="naver-kin-wrapped-not-found",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN",
    date="Wed, 04 Sep 2024 17:55:40 +0900",
    subject=f"[지식iN] 게시물 조치 요청({R1}) 답변",
    body=f"""
안녕하세요. 네이버 지식iN 운영 담당자입니다.

요청하신 질문 게시물
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
 docId=471203355>
은(는) 질문자가 9월 2일에 직접 삭제하여 현재 존재하지 않는 게시물입니다.
따라서 별도의 조치는 진행되지 않은 점 양해 부탁드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN operator reply about a question deleted by its author",
    why="URL in angle brackets wrapped over two lines; deleted by its author and no longer exists = not_found",
    items={N10: "not_found"},
)

post_body = f"""[네이버 포스트] 게시물 조치 결과 안내

안녕하세요, 네이버 포스트 운영팀입니다.
방송통신심의위원회 요청({R1}) 중 포스트·블로그 게시물 2건의 검토 결과를 알려드립니다.

■ {N11}
  - 결과: 운영정책 위반(불법 도박 홍보)으로 삭제
■ {N12}
  - 결과: 검토 결과 정책 위반 사항이 확인되지 않아 게시 유지

판단 기준은 네이버 운영정책(https://policy.naver.com/policy/service.html)을 참고해 주세요.

네이버 포스트 운영팀 드림
"""
case(
    name="naver-post-quoted-printable",
    **{"from": "post_noreply@navercorp.com"}, name_from="네이버 포스트",
    date="Thu, 05 Sep 2024 18:02:11 +0900",
    subject=f"[네이버 포스트] {R1} 조치 결과 안내",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(post_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Post notice with ■ bullets, quoted-printable body",
    why="status on the line under each URL: 삭제 (removed), 위반 없음·게시 유지 (rejected); the policy page is not an item",
    items={N11: "removed", N12: "rejected"},
)

case(
    name="kakao-daum-cafe-imsi-jochi",
    **{"from": "noreply-right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 13:20:44 +0900",
    subject=f"[Daum 카페] 게시물 조치 결과 안내 (요청번호 {R2})",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.
요청하신 Daum 카페 게시물에 대한 처리 결과를 안내드립니다.

1) 대상: {K1}
   처리: 임시조치 (30일간 게시물 접근 차단)
2) 대상: {K2}
   처리: 삭제

임시조치된 게시물은 게시자의 재게시 요청이 없으면 30일이 지난 뒤 삭제됩니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result notice for Daum Cafe posts",
    why="임시조치 (30-day access block) = restricted; 삭제 = removed; the closing sentence about later deletion is a condition, not a statement",
    items={K1: "restricted", K2: "removed"},
)

case(
    name="kakao-tistory-korean-path",
    **{"from": "tistory-cs@kakaocorp.com"}, name_from="티스토리 고객센터",
    date="Fri, 06 Sep 2024 11:08:30 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통보 ({R2})",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 티스토리 고객센터입니다.

말씀하신 게시글({K3_RAW})은 확인 결과 불법 의약품 판매 홍보에 해당하여
오늘 오전 비공개 처리하였습니다. 블로그 운영자에게도 이용 제한 안내를 보냈습니다.

감사합니다.
티스토리 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) customer-centre reply",
    why="raw Korean path in parentheses followed by the particle 은; 비공개 처리 = removed; matches the percent-encoded request URL",
    items={K3: "removed"},
)

case(
    name="kakao-channel-post-rejected",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 운영정책팀",
    date="Mon, 09 Sep 2024 10:40:00 +0900",
    subject=f"[카카오] {R2} 검토 결과 회신",
    body=f"""
안녕하세요. 카카오 운영정책팀입니다.

{R2} 요청 중 카카오톡 채널 게시물에 대한 검토 결과입니다.

대상 URL : {K4}
검토 결과 : 조치 불가
사유 : 일반 상품 안내 게시물로, 카카오 운영정책 및 관련 법령 위반 사항이 확인되지 않았습니다.

이견이 있으시면 관련 근거와 함께 회신해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team refusal with reason (key : value layout)",
    why="a refusal with its reason (no violation found) = rejected; the closing line offers, not asks for, more material",
    items={K4: "rejected"},
)

case(
    name="kakao-single-item-no-url",
    **{"from": "cafe-help@daum.net"}, name_from="Daum 카페 운영팀",
    date="Thu, 12 Sep 2024 15:22:10 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통보 ({R6})",
    reply_to_req=mid(R6),
    body="""
안녕하세요, Daum 카페 운영팀입니다.

보내주신 시정요구 건 확인하여 해당 게시글은 9월 12일 15시에 삭제 조치를 완료하였습니다.
같은 회원이 다른 게시판에 올린 비슷한 글도 함께 정리했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Daum Cafe operator reply in the request's thread",
    why="answers a one-item request (thread and reference) with an unhedged 삭제 완료 about 'the post'; naming no URL is fine for one item",
    items={K5: "removed"},
)

case(
    name="dc-url-then-status-line",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 11:15:27 +0900",
    subject=f"Re: [시정요구] {R3}",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 건 처리 결과 전달드립니다.

{D1}
삭제 완료

{D2}
삭제 완료 (작성자 IP 7일 차단)

나머지 마이너/미니 갤러리 글은 해당 갤러리 매니저 확인 후 다시 말씀드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator reply, bare URL with the status on the line below",
    why="each URL followed by '삭제 완료'; the other three items are only promised",
    items={D1: "removed", D2: "removed"},
)

case(
    name="dc-numbered-mixed",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 16:40:03 +0900",
    subject=f"Re: [시정요구] {R3} (마이너·미니 갤러리)",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요. 지난번에 말씀드린 마이너/미니 갤러리 글 결과입니다.

1. {D3} - 삭제
2. {D4} - 작성자 본인 삭제로 글 없음
3. {D5} - 성인인증 게시물로 전환 (19세 미만 열람 불가)

이상입니다. 수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside numbered result list",
    why="삭제 removed; deleted by its author = not_found; switched to adult-verification only = age restriction = restricted",
    items={D3: "removed", D4: "not_found", D5: "restricted"},
)

case(
    name="dc-gongmun-box-table",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드 법무팀",
    date="Wed, 11 Sep 2024 09:30:00 +0900",
    subject=f"[공문] 시정요구 조치 결과 회신 ({R3})",
    body=f"""
                    주식회사 디시인사이드

수신  방송통신심의위원회(통신심의국장)
(경유)
제목  시정요구 조치 결과 회신({R3})

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구와 관련하여 당사는 아래와 같이 조치하였음을 회신합니다.

 ┌──┬──────────────────────────────────────────┬──────────┐
 │연번│ 정보 URL                                                       │ 조치결과          │
 ├──┼──────────────────────────────────────────┼──────────┤
 │ 1 │ {D1}           │ 삭제              │
 │ 2 │ {D2}           │ 삭제              │
 │ 3 │ {D3}    │ 삭제              │
 │ 4 │ {D4}    │ 게시물 없음(작성자 삭제) │
 │ 5 │ {D5}      │ 삭제              │
 └──┴──────────────────────────────────────────┴──────────┘

붙임  없음.  끝.

주식회사 디시인사이드 대표이사
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (HWP-style) with a box-drawing result table",
    why="one result per row in a text table: four 삭제 (removed), one 게시물 없음·작성자 삭제 (not_found)",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found", D5: "removed"},
)

case(
    name="yt-korean-legal-removed-and-blocked",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Wed, 11 Sep 2024 08:14:52 +0900",
    subject=f"YouTube 법적 요청 처리 결과 (요청번호 {R4})",
    body=f"""
안녕하세요.

방송통신심의위원회에서 YouTube에 제출하신 요청(요청번호 {R4})과 관련하여 연락드립니다.

검토 결과, 다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
- {Y1}

다음 콘텐츠는 현지 법률에 따라 대한민국에서의 액세스를 차단했습니다.
- {Y2}

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (global removal vs local block)",
    why="heading sentences followed by one URL each: removed globally; blocked in Korea = restricted",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="yt-channel-korean-handle-terminated",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Thu, 12 Sep 2024 10:02:33 +0900",
    subject=f"Re: {R4} 채널 관련 요청",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요, YouTube 법무팀입니다.

요청하신 채널 {Y3_RAW} 은 스팸, 현혹 행위 및 사기 관련 정책을 반복적으로
위반하여 해지되었습니다. 해당 채널의 모든 동영상은 더 이상 YouTube에서 볼 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel-termination notice in Korean",
    why="a channel with a raw Korean handle, terminated and no longer viewable = removed",
    items={Y3: "removed"},
)

case(
    name="yt-english-html-actioned",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 02:41:19 +0000",
    subject=f"Your request to YouTube [{R4}]",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Thank you for contacting YouTube regarding request {R4}.</p>
<p>Following our review, the content at the URL below has been actioned under our policies:</p>
<ul><li><a href="{Y2}">{Y2}</a></li></ul>
<p>We reviewed the channel <a href="{Y3}">{Y3_RAW}</a> and did not find a violation of our
Community Guidelines or of local law. We are not taking action on this channel at this time.</p>
<p>If you have new information, you may submit a new request at
<a href="https://support.google.com/legal/answer/3110420">our legal help page</a>.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome email (HTML, English) to a Korean authority",
    why="'has been actioned under our policies' (configured YouTube phrase) = removed; channel: no violation, no action = rejected; help link not an item",
    items={Y2: "removed", Y3: "rejected"},
)

case(
    name="yt-age-restriction-korean",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Fri, 13 Sep 2024 09:11:47 +0900",
    subject=f"YouTube 요청 검토 결과 안내 ({R4})",
    body=f"""
안녕하세요.

요청번호 {R4} 건의 검토 결과를 알려드립니다.

{Y2}
: 연령 제한이 적용되었습니다. 만 18세 미만 사용자 및 로그아웃 사용자는 시청할 수 없습니다.

{Y1}
: 검토 결과 정책 또는 현지 법률 위반이 확인되지 않아 별도 조치 없이 게시 상태가 유지됩니다.

YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction / no-action notice in Korean",
    why="age restriction = restricted; no violation, stays up = rejected",
    items={Y2: "restricted", Y1: "rejected"},
)

case(
    name="band-bullets-mixed",
    **{"from": "safety@band.us"}, name_from="BAND 운영팀",
    date="Wed, 11 Sep 2024 14:25:09 +0900",
    subject=f"[BAND] 요청번호 {R5} 처리 결과",
    body=f"""
안녕하세요, 밴드 운영팀입니다.
요청번호 {R5} 건의 처리 결과를 알려드립니다.

• {B1} : 게시글 삭제 및 작성자 밴드 이용 제한
• {B2} : 게시글이 존재하지 않음 (이미 삭제된 글)

밴드를 안전하게 이용할 수 있도록 계속 노력하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND safety-team bulleted result",
    why="bullets 'URL : status': deleted = removed; does not exist = not_found",
    items={B1: "removed", B2: "not_found"},
)

band_html = f"""<html><body>
<p>안녕하세요. 밴드 고객센터입니다.</p>
<p>요청하신 밴드 게시글 중 <a href="{B2}">{B2}</a> 은(는) 밴드 운영정책 위반으로 블라인드 처리되었습니다.</p>
<p>다른 게시글(412번)은 현재 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.</p>
<p>감사합니다.<br>BAND 고객센터</p>
</body></html>
"""
case(
    name="band-base64-html-partial",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 10:02:51 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통보 ({R5})",
    reply_to_req=mid(R5),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(band_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre HTML reply, base64-encoded",
    why="post 415 blinded = removed; post 412 (by number only) is still under review = pending",
    items={B2: "removed", B1: "pending"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "sungmin.park@navercorp.com"}, name_from="박성민",
    date="Thu, 05 Sep 2024 09:48:12 +0900",
    subject=f"RE: [시정요구] {R1}",
    reply_to_req=mid(R1),
    body=f"""
담당자님 안녕하세요.

아래 요청 건 관련하여, 골드타이드 블로그 게시물 {N4}, {N5}
두 건 모두 삭제 완료했습니다.
그 외 건은 담당 부서에서 따로 회신드릴 예정입니다.

박성민 드림 | 네이버 Trust & Safety

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [시정요구] {R1}

{quoted_request(R1, R1_URLS, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over an unprefixed '-----Original Message-----' block",
    why="two URLs named in one sentence, both deleted; the request below the Original Message line is quoted, not stated",
    items={N4: "removed", N5: "removed"},
)

case(
    name="naver-statement-then-url",
    **{"from": "blog_report@naver.com"}, name_from="네이버 블로그·카페 신고센터",
    date="Fri, 06 Sep 2024 16:30:45 +0900",
    subject=f"[네이버] {R1} 관련 검토 결과",
    body=f"""
안녕하세요. 네이버 블로그·카페 신고 담당자입니다.

다음 게시물은 검토 결과 위반 사항이 확인되지 않아 게시를 유지합니다.
{N12}

다음 게시물은 불법 도박 사이트 홍보 게시물로 확인되어 삭제하였습니다.
{N8}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre result with the URL on the line below its statement",
    why="statement first, URL on the next line: no violation, kept = rejected; deleted = removed",
    items={N12: "rejected", N8: "removed"},
)

case(
    name="naver-receipt-plus-blind",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 13:05:00 +0900",
    subject=f"[네이버 고객센터] 문의 접수 및 처리 안내 ({R7})",
    body=f"""
[네이버 고객센터] 문의 접수 및 처리 안내

안녕하세요. 네이버 고객센터입니다.
보내주신 요청이 접수번호 NV-2409-558120 으로 접수되었습니다.

아울러 요청하신 {N13} 게시글은 확인 즉시 블라인드 처리되었음을 알려드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre receipt that also reports the action",
    why="a receipt phrase plus an unhedged item-level 블라인드 statement is not a pure acknowledgement",
    items={N13: "removed"},
)

case(
    name="kakao-structured-notice",
    **{"from": "noreply-policy@kakaocorp.com"}, name_from="카카오",
    date="Sat, 07 Sep 2024 11:50:13 +0900",
    subject="[카카오] 게시물 조치 사유 안내",
    body=f"""
[카카오] 게시물 조치 사유 안내

■ 요청번호: {R2}
■ 대상 게시물: {K4}
■ 조치 내용: 대한민국 내 게시물 노출 제한
■ 조치 일시: 2024-09-07 11:42
■ 조치 근거: 카카오 운영정책 (https://www.kakao.com/policy/oppolicy)

본 안내는 정보통신망법 및 카카오 운영정책에 따라 발송되었습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="structured 'statement of reasons'-style Kakao notice",
    why="조치 내용: not shown in Korea = restricted; the policy link is not an item",
    items={K4: "restricted"},
)

case(
    name="dc-angle-brackets-informal",
    **{"from": "cs@dcinside.com"}, name_from="디시 운영팀",
    date="Mon, 09 Sep 2024 18:20:40 +0900",
    subject=f"Re: [시정요구] {R3}",
    reply_to_req=mid(R3),
    body=f"""
네 안녕하세요.

말씀하신 글 중에 <{D1}> 은 지웠고요,
<{D2}> 는 신고 내용이랑 글 내용이 달라서 (그냥 종목 토론글이에요) 그대로 두었습니다.

다른 의견 있으시면 알려주세요~
디시 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="casual DC Inside operator reply",
    why="URLs in angle brackets followed by particles: 지웠고요 = removed; kept because it breaks no rule = rejected",
    items={D1: "removed", D2: "rejected"},
)

case(
    name="naver-fullwidth-colon-list",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 18:40:27 +0900",
    subject=f"Re: [시정요구] {R1}",
    reply_to_req=mid(R1),
    body=f"""
【처리 결과】
・{N3}：삭제
・{N1}：임시조치(30일)

{ORIG}
{quoted_request(R1, R1_URLS)}
""",
    outcome="applied", classification="confirmation",
    imitates="terse reply with full-width brackets and colons above a Gmail quote",
    why="each URL directly followed by a full-width colon and its status; quoted request ignored",
    items={N3: "removed", N1: "restricted"},
)

# ====================================================================
# REVIEW
# ====================================================================

case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 10:15:00 +0900",
    subject=f"Re: [시정요구] {R1}",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 3건은 현재 담당 부서에서 검토 중이며,
검토가 끝나는 대로 순차적으로 게시중단 조치될 예정입니다.

- {N1}
- {N2}
- {N3}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply: under review, action promised",
    why="'검토 중' and '조치될 예정' are a promise, not a statement: items stay pending",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    **{"from": "cafe-help@daum.net"}, name_from="Daum 카페 운영팀",
    date="Fri, 06 Sep 2024 17:02:39 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통보 ({R2})",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

{K1} 글은 확인해 보니 이미 삭제된 것으로 보입니다.
혹시 아직 보이시면 화면 캡처와 함께 다시 알려주세요.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum Cafe operator's hedged reply",
    why="'삭제된 것으로 보입니다' (appears to be deleted) is a hedge: pending",
    items={K1: "pending"},
)

case(
    name="naver-bulk-all-removed",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 14:00:00 +0900",
    subject=f"[NAVER] 시정요구({R1}) 조치 완료 회신",
    reply_to_req=mid(R1),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구({R1}) 조치 완료 회신

1. 귀 위원회의 업무에 감사드립니다.
2. {R1} 시정요구와 관련하여, 요청하신 게시물 전체에 대하여
   게시중단 조치를 완료하였음을 알려드립니다.  끝.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 공문 confirming the whole request",
    why="'all requested posts' for a 12-item request without naming each: bulk review, items pending",
    items={u: "pending" for u in R1_URLS},
)

case(
    name="dc-auth-fail",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    auth="fail",
    date="Tue, 10 Sep 2024 12:12:12 +0900",
    subject=f"Re: [시정요구] {R3}",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{D3}
삭제 완료

{D5}
삭제 완료
""",
    outcome="review", review="untrusted",
    imitates="DC Inside result mail whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: nothing applied",
    items={D3: "pending", D5: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    **{"from": "pinewave.manager@gmail.com"}, name_from="파인웨이브 카페 매니저",
    date="Thu, 05 Sep 2024 21:33:05 +0900",
    subject=f"{R1} 관련 카페 글 삭제했습니다",
    body=f"""
안녕하세요. 네이버 카페 '파인웨이브' 매니저입니다.
네이버 쪽에서 연락 받고 말씀하신 글 {N9} 삭제했습니다.
글쓴 회원은 강퇴 처리했어요.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager (volunteer moderator) writing from a personal Gmail address",
    why="not a platform domain: a person must judge it",
    items={N9: "pending"},
)

case(
    name="naver-about-band-post",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 10:45:18 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통보 ({R5})",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

밴드 서비스 담당 부서로부터 전달받은 내용을 안내드립니다.
{B1} 게시글은 9월 11일 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER group policy team answering for a BAND post",
    why="a BAND item stated by NAVER's domain, which is not one of BAND's configured senders",
    items={B1: "pending"},
)

case(
    name="naver-asks-documents",
    **{"from": "right@naver.com"}, name_from="네이버 권리보호센터",
    date="Fri, 06 Sep 2024 09:25:31 +0900",
    subject=f"[네이버 권리보호센터] 추가 자료 요청 ({R1})",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 {N12} 에 대하여 명예훼손 여부를 판단하기 위해
피해 당사자 확인 자료(위임장, 신분 확인 서류 등)를 추가로 보내주시기 바랍니다.
자료를 받은 뒤 게시중단 여부를 결정하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 권리보호센터 request for supporting documents",
    why="asks for documents before deciding: item pending",
    items={N12: "pending"},
)

case(
    name="yt-policy-change-no-claims",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date="Mon, 16 Sep 2024 07:00:00 +0900",
    subject="정부 기관 요청 제출 방법 변경 안내",
    body="""
안녕하세요.

2024년 10월 1일부터 정부 기관의 콘텐츠 삭제 요청은 아래 법률 지원 양식을 통해서만
접수됩니다. 이메일로 보내주신 요청은 처리가 늦어질 수 있습니다.

https://support.google.com/legal/answer/3110420

감사합니다.
YouTube 드림
""",
    outcome="review", review="no_claims",
    imitates="YouTube service notice to government requesters",
    why="trusted YouTube mail that names no item and no request; the help link is not an item",
    items={},
)

case(
    name="kakao-conditional-review",
    **{"from": "noreply-right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Thu, 12 Sep 2024 09:40:00 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통보 ({R6})",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 {K5} 게시물은 현재 임시조치 요건을 검토하고 있습니다.
요건이 확인되면 30일간 임시조치하며, 게시자의 이의제기가 없을 경우 삭제될 수 있습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao reply describing the 임시조치 procedure conditionally",
    why="under review, then conditional future steps: no statement, item pending",
    items={K5: "pending"},
)

case(
    name="dc-forwarded-manager",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 15:30:22 +0900",
    subject=f"Fwd: Re: 신고글 처리 요청 ({R3})",
    body=f"""
갤러리 매니저 답변 그대로 전달드립니다. 확인 부탁드립니다.

---------- Forwarded message ---------
보낸사람: coinmarket 매니저 <coin.mgr.77@gmail.com>
Date: 2024년 9월 9일 (월) 오후 3:12
Subject: Re: 신고글 처리 요청
To: <report@dcinside.com>

77120번 글이랑 77133번 글 둘 다 제가 지웠습니다.
{D3}
{D4}
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="DC Inside staff forwarding a volunteer gallery manager's reply",
    why="the statement is in a forwarded message from a third party: review",
    items={D3: "pending", D4: "pending"},
)

case(
    name="naver-conflicting-prose-table",
    **{"from": "cafe_report@naver.com"}, name_from="네이버 카페 신고센터",
    date="Sat, 07 Sep 2024 10:10:10 +0900",
    subject=f"[네이버 카페] {R1} 처리 내역",
    body=f"""
안녕하세요. 네이버 카페 신고 담당입니다.

한빛딜 카페 게시글 {N8} 은 불법 도박 홍보로 확인되어 삭제 처리하였습니다.

[처리 내역]
URL | 처리 상태
{N8} | 게시 유지(위반 없음)

감사합니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="NAVER Cafe result whose prose and summary table disagree",
    why="the same URL is called deleted in prose and kept (no violation) in the table",
    items={N8: "pending"},
)

case(
    name="dc-bulk-five",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 11:00:00 +0900",
    subject=f"Re: [시정요구] {R3}",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요 디시인사이드입니다.
요청 주신 {R3} 5건 모두 삭제 처리했습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line DC Inside confirmation of the whole request",
    why="'all 5' for a 5-item request without naming each: bulk review",
    items={u: "pending" for u in R3_URLS},
)

# ====================================================================
# IGNORED
# ====================================================================

case(
    name="naver-ooo-chuseok",
    **{"from": "jiyoon.han@navercorp.com"}, name_from="한지윤",
    date="Fri, 13 Sep 2024 18:00:03 +0900",
    subject=f"[자동회신] 부재중 안내: Re: [시정요구] {R1}",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 한지윤입니다.
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the 추석 holiday",
    why="auto-reply: ignored",
    items={},
)

case(
    name="kakao-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mx.kakaocorp.com"}, name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 09:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.9F21C"

--dsn.9F21C
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-team@kakaocorp.com>: host store3.kakaocorp.com said:
    552 5.2.2 Mailbox full

--dsn.9F21C
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kakaocorp.com
Arrival-Date: Fri, 13 Sep 2024 09:00:39 +0900

Final-Recipient: rfc822; right-team@kakaocorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn.9F21C
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: right-team@kakaocorp.com
Subject: [독촉] {R2} 조치 결과 회신 요청
Date: Fri, 13 Sep 2024 09:00:30 +0900
Message-ID: <reminder-240905-01.2@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{R2} 시정요구의 조치 결과가 아직 회신되지 않았습니다.
{K1}
{K2}
{K3}
{K4}

--dsn.9F21C--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) for our reminder",
    why="bounce: ignored even though the returned reminder lists URLs",
    items={},
)

case(
    name="dc-mdn-read",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 14:11:00 +0900",
    subject=f"읽음: [시정요구] {R3}",
    reply_to_req=mid(R3),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-6b2e"

--mdn-6b2e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지 "[시정요구] {R3}"을(를) 수신자가 2024-09-06 오후 2:11에 읽었습니다.

--mdn-6b2e
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822;report@dcinside.com
Original-Message-ID: <{mid(R3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-6b2e--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN) in Korean",
    why="read receipt: ignored",
    items={},
)

case(
    name="naver-ticket-receipt",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 10:02:15 +0900",
    subject=f"[네이버 고객센터] 문의가 접수되었습니다 ({R1})",
    body="""
안녕하세요. 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: NV-2409-550317

영업일 기준 3일 이내에 답변드리겠습니다.
※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre automatic ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="yt-receipt-korean",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Mon, 09 Sep 2024 09:35:02 +0900",
    subject=f"요청이 접수되었습니다 [{R4}]",
    body="""
안녕하세요.

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며
참조 번호는 8-7702001439521 입니다.

요청을 검토한 후 연락드리겠습니다. 이 메일에 회신하지 마세요.

YouTube 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube/Google legal request receipt in Korean",
    why="pure acknowledgement with a reference number",
    items={},
)

case(
    name="band-ooo-auto-reply",
    **{"from": "safety@band.us"}, name_from="BAND 운영팀",
    date="Tue, 10 Sep 2024 14:00:09 +0900",
    subject=f"자동 응답: [방송통신심의위원회] 시정요구 통보 ({R5})",
    reply_to_req=mid(R5),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
밴드 운영팀 메일을 보내주셔서 감사합니다.
현재 접수량이 많아 답변이 늦어질 수 있습니다. 평일 10시~18시에 순차적으로 확인합니다.
이 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="BAND mailbox auto-responder",
    why="auto-reply: ignored",
    items={},
)

case(
    name="kakao-receipt-echo-urls",
    **{"from": "noreply-right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Thu, 05 Sep 2024 10:01:30 +0900",
    subject=f"[카카오] 신고 접수 완료 안내 ({R2})",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

아래 게시물에 대한 신고가 정상적으로 접수되었습니다.

접수번호: KR-20240905-00417
신고 게시물:
{K1}
{K2}
{K3_RAW}
{K4}

검토 후 결과를 이메일로 안내드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 권리침해신고센터 automatic receipt echoing the reported URLs",
    why="a receipt echoing the report: no statement about any item, nothing for a person to do",
    items={},
)


HEADER = """# Blind set 695 (Korean): NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside, BAND.
# Written by tests/corpus/blind695/make.py from each email's meaning, before
# any run of the reader. See NOTES.md."""

def encode_headers():
    """Non-ASCII display names are RFC 2047-encoded, as mailers send them;
    every other case's Korean subject is too (the rest stay raw UTF-8,
    RFC 6532 style, as some webmails send them)."""
    from email.header import Header
    for n, c in enumerate(cases):
        nm = c.get("name_from")
        if nm and not nm.isascii():
            c["name_from"] = Header(nm, "utf-8").encode()
        if n % 2 == 0 and not c["subject"].isascii():
            c["subject"] = Header(c["subject"], "utf-8").encode()


if __name__ == "__main__":
    encode_headers()
    write_requests()
    corpuslib.write_set(HERE, "blind695", HEADER, cases)
