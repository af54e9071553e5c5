#!/usr/bin/env python3
"""Blind set 107 (Korean portals: NAVER, Kakao/Daum, YouTube Korea,
DC Inside, Band). Writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind107/make.py

Deterministic: no clock, no randomness. Every email, name, URL and id is
fictional. Expected results were written from each email's meaning, before
the reader was ever run on this set.
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

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "dcinside.com": "DC Inside",
    "band.us": "BAND",
})

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240911-04",
    "KCSC-240912-05", "KCSC-240916-06", "KCSC-240919-07",
)
MID = {r: "req-" + r[5:].lower() for r in (R1, R2, R3, R4, R5, R6, R7)}

# R1 NAVER, 12 items (the largest request)
N1 = "https://blog.naver.com/haru_dal/223561004417"
N2 = "https://blog.naver.com/haru_dal/223561009952"
N3 = "https://blog.naver.com/sora_pen77/223548812030"
N4 = "https://cafe.naver.com/moonstreet/48211"
N5 = "https://cafe.naver.com/moonstreet/48239"
N6 = "https://cafe.naver.com/greenbench/1207733"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471123456"
N8 = "https://blog.naver.com/jandi_k/223570771215"
N9 = "https://cafe.naver.com/greenbench/1207790"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38201177&memberNo=55012345"
N11 = "https://blog.naver.com/sora_pen77/223549900412"
N12 = "https://tv.naver.com/v/58120034"
# R2 Kakao, 4 items (K2 has a Korean path, stored percent-encoded)
K1 = "https://cafe.daum.net/bluegarden77/Rk3x/1052"
K2_RAW = "https://haneul-memo.tistory.com/entry/사진-자료-공유"
K2 = "https://haneul-memo.tistory.com/entry/%EC%82%AC%EC%A7%84-%EC%9E%90%EB%A3%8C-%EA%B3%B5%EC%9C%A0"
K3 = "https://brunch.co.kr/@yeonmot/88"
K4 = "https://cafe.daum.net/bluegarden77/Rk3x/1067"
# R3 YouTube, 5 items
Y1 = "https://www.youtube.com/watch?v=Qm7dR2xLk0A"
Y2 = "https://www.youtube.com/watch?v=bT4nW9sPe1c"
Y3 = "https://www.youtube.com/shorts/Hk2vM8zQy3U"
Y4 = "https://www.youtube.com/@nightpaper_tv"
Y5 = "https://www.youtube.com/watch?v=Zp0aC6uJr5E"
# R4 DC Inside, 3 items
D1 = "https://gall.dcinside.com/board/view/?id=sodagi&no=331205"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=bluepen&no=90412"
D3 = "https://gall.dcinside.com/board/view/?id=sodagi&no=331288"
# R5 BAND, 2 items
B1 = "https://band.us/band/81234567/post/204"
B2 = "https://band.us/band/81234567/post/219"
# R6 Kakao, 1 item
K5 = "https://cafe.daum.net/sunnyroom22/ABcd/377"
# R7 NAVER, 1 item
N13 = "https://blog.naver.com/garam_ink/223590112345"

REQUESTS = [
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "defamation",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12], "시정요구 12건 (명예훼손·개인정보)"),
    (R2, "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", "privacy",
     [K1, K2, K3, K4], "개인정보 노출 게시물"),
    (R3, "youtube", "2024-09-09T09:30:00+09:00", "2024-09-20T18:00:00+09:00", "illegal_gambling",
     [Y1, Y2, Y3, Y4, Y5], "불법 도박 홍보 영상 및 채널"),
    (R4, "dcinside", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", "defamation",
     [D1, D2, D3], "갤러리 게시물 3건"),
    (R5, "band", "2024-09-12T10:30:00+09:00", "2024-09-19T18:00:00+09:00", "obscene",
     [B1, B2], "밴드 게시글 2건"),
    (R6, "kakao", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00", "drugs",
     [K5], "마약류 판매 광고 1건"),
    (R7, "naver", "2024-09-19T09:00:00+09:00", "2024-09-26T18:00:00+09:00", "privacy",
     [N13], "개인정보 노출 블로그 1건"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# The regulator's own request text, as platforms quote it back.
def quoted_request(ref, urls, prefix="> "):
    lines = [
        "안녕하십니까, 방송통신심의위원회입니다.",
        f"위원회 의결에 따라 아래 정보에 대한 시정요구(요청번호 {ref})를 통보합니다.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "조치 후 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 불법정보 대응팀"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== NAVER
case(
    name="naver-gongmun-full-table",
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject=f"[회신] 시정요구({R1})에 대한 조치결과 회신",
    reply_to_req=MID[R1],
    body=f"""
네 이 버 주 식 회 사

수신  방송통신심의위원회 (통신심의 담당)
참조  불법정보 대응팀
제목  시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구(요청번호 {R1}, 2024. 9. 3.)와 관련입니다.
3. 당사는 요청하신 정보 12건을 확인하여 아래와 같이 조치하였음을 회신합니다.

                              - 아    래 -

 연번 | URL                                                         | 조치결과 | 비고
 -----+-------------------------------------------------------------+----------+------------------------
  1   | {N1} | 삭제     |
  2   | {N2} | 삭제     |
  3   | {N3} | 임시조치 | 30일 접근 차단
  4   | {N4} | 삭제     |
  5   | {N5} | 조치불가 | 게시물 없음(작성자 삭제)
  6   | {N6} | 삭제     |
  7   | {N7} | 조치불가 | 운영정책 위반 사항 확인되지 않음
  8   | {N8} | 임시조치 | 30일 접근 차단
  9   | {N9} | 삭제     |
 10   | {N10} | 삭제     |
 11   | {N11} | 조치불가 | 게시물 없음(작성자 삭제)
 12   | {N12} | 비공개   | 운영자 비공개 처리

붙임  없음.  끝.

네이버 주식회사 정책지원팀장
담당  한서윤 / policy@navercorp.com / 031-000-0000
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 replying to a KCSC 시정요구 with a 조치결과 text table",
    why="trusted NAVER 공문, one row per requested item; 조치불가 split into 게시물 없음 (not_found) and 위반 아님 (rejected)",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "removed", N7: "rejected", N8: "restricted", N9: "removed", N10: "removed",
           N11: "not_found", N12: "removed"},
)

case(
    name="naver-html-table-four",
    date="Thu, 05 Sep 2024 11:02:33 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    subject=f"RE: [{R1}] 불법정보 시정요구 조치 결과 (1차)",
    reply_to_req=MID[R1],
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>요청번호 {R1} 건 중 우선 처리된 4건의 결과를 아래 표로 안내드립니다.
나머지 게시물은 확인이 끝나는 대로 별도 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef3ea"><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>사유</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제 완료</td><td>개인정보 노출</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>삭제 완료</td><td>개인정보 노출</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3}</a></td><td>접근 제한(임시조치)</td><td>권리침해 소명 대기</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>유지</td><td>운영원칙 위반 없음 &ndash; 공익 목적 비평글로 판단</td></tr>
</table>
<p>운영원칙 안내: <a href="https://green.naver.com/policy/board-rules">그린인터넷 운영정책</a></p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team HTML reply with a result table (partial, first batch)",
    why="four rows, each with an unhedged result; 유지 with reason is a refusal; the other eight items are promised later and stay untouched",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "rejected"},
)

_csv_text = (
    "요청번호,URL,처리결과,처리일\r\n"
    f"{R1},{N5},삭제,2024-09-06\r\n"
    f"{R1},{N6},삭제,2024-09-06\r\n"
    f"{R1},{N7},게시물 없음,2024-09-06\r\n"
    f"{R1},{N8},임시조치(30일),2024-09-06\r\n"
    f"{R1},{N9},삭제,2024-09-06\r\n"
)
case(
    name="naver-csv-euckr-attachment",
    date="Fri, 06 Sep 2024 18:05:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject=f"RE: [{R1}] 조치결과 첨부 송부",
    reply_to_req=MID[R1],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_0906_boundary"

--=_nv_0906_boundary
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

요청번호 {R1} 중 5건에 대한 처리 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

네이버 정책지원팀 드림

--=_nv_0906_boundary
Content-Type: text/csv; charset=euc-kr; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(_csv_text.encode('euc-kr'))}
--=_nv_0906_boundary--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply sending the 조치결과 as an EUC-KR CSV attachment (Excel export)",
    why="trusted NAVER CSV, one row per item: 삭제 removed, 게시물 없음 not_found, 임시조치 restricted",
    items={N5: "removed", N6: "removed", N7: "not_found", N8: "restricted", N9: "removed"},
)

case(
    name="naver-blind-notice-single",
    date="Fri, 20 Sep 2024 10:14:51 +0900",
    **{"from": "noreply-right@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    subject="[네이버] 게시중단 요청 처리 결과 안내",
    body=f"""
[네이버 게시중단요청서비스] 처리 결과 안내

안녕하세요. 네이버 게시중단요청서비스입니다.
접수하신 게시중단 요청(요청번호 {R7})에 대한 처리 결과를 알려드립니다.

■ 대상 게시물
{N13}

■ 처리 결과
해당 게시물은 블라인드 처리되어 현재 다른 이용자에게 노출되지 않습니다.

■ 처리 일시
2024.09.20 10:12

본 메일은 발신전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice (블라인드 처리)",
    why="one named item, 블라인드 처리 = removed; the help-centre link is not an item",
    items={N13: "removed"},
)

case(
    name="naver-bare-urls-status-below",
    date="Mon, 09 Sep 2024 09:48:19 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject=f"RE: [{R1}] 추가 처리 결과",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
{R1} 건 추가 처리 결과 전달드립니다.

{N8}
→ 삭제 완료

{N9}
→ 임시조치(30일)

{N10}
→ 해당 없음 (이미 삭제된 게시물)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal policy-desk list: bare URL with its result on the line below",
    why="each URL's result stands on the line under it",
    items={N8: "removed", N9: "restricted", N10: "not_found"},
)

case(
    name="naver-top-posted-gmail-quote",
    date="Wed, 04 Sep 2024 13:10:08 +0900",
    **{"from": "seo.minha@navercorp.com"}, name_from="서민하",
    subject=f"Re: [{R1}] 시정요구 통보",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요, 네이버 서민하입니다.

{N11} 는 오늘 오전 삭제했고,
{N12} 영상은 19세 이상만 볼 수 있도록 연령 제한을 걸었습니다.

나머지는 확인 중입니다.

2024년 9월 3일 (화) 오전 10:00, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
{quoted_request(R1, [N1, N2, N3, N11, N12])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted employee reply over the quoted KCSC request",
    why="two unhedged statements above the quote; URLs only in the quoted request are not spoken about",
    items={N11: "removed", N12: "restricted", N1: "pending", N2: "pending", N3: "pending"},
)

_html_b64 = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-size:14px">
<p>안녕하세요. 네이버 블로그 운영팀입니다.</p>
<p>요청번호 <b>{R1}</b>의 블로그 게시물 처리 결과입니다.</p>
<ul>
<li><a href="{N1}">{N1}</a> : 운영정책 위반으로 삭제되었습니다.</li>
<li><a href="{N2}">{N2}</a> : 운영정책 위반으로 삭제되었습니다.</li>
<li><a href="{N3}">{N3}</a> : 임시조치(게시 중단 30일)가 적용되었습니다.</li>
</ul>
<p>블로그 운영정책: <a href="https://blog.naver.com/blogpeople/policy">https://blog.naver.com/blogpeople/policy</a></p>
<p>네이버 블로그 운영팀 드림</p>
</div></body></html>
"""
case(
    name="naver-base64-html-list",
    date="Thu, 05 Sep 2024 20:31:55 +0900",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그",
    subject=f"[네이버 블로그] 요청하신 게시물 처리 결과 ({R1})",
    reply_to_req=MID[R1],
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_html_b64)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog operations notice sent as a base64 HTML body with a bulleted list",
    why="each bullet names its URL and an unhedged result; the blog policy link is not an item",
    items={N1: "removed", N2: "removed", N3: "restricted"},
)

case(
    name="naver-outlook-original-message",
    date="Thu, 05 Sep 2024 09:12:44 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject=f"RE: [{R1}] 카페 게시물 관련",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요. 네이버 카페 정책 담당입니다.

{N4} 게시글은 내부 검토 결과 카페 운영원칙 및 관련 법령 위반 사항이 확인되지 않아
게시를 유지하기로 결정하였습니다. 해당 글은 특정인의 실명이나 연락처를 포함하고 있지 않습니다.

이견이 있으시면 심의 의결서를 첨부하여 회신해 주십시오.

-----Original Message-----
From: "KCSC 불법정보 대응팀"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-03 (화) 10:00:00 (GMT+09:00)
Subject: [{R1}] 시정요구 통보

{quoted_request(R1, [N4, N5, N6], prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook/Naver Works reply above an -----Original Message----- block",
    why="N4 kept with its reason = rejected; N5 and N6 appear only in the quoted original",
    items={N4: "rejected", N5: "pending", N6: "pending"},
)

case(
    name="naver-statement-then-url-lines",
    date="Mon, 09 Sep 2024 16:02:37 +0900",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    subject=f"[네이버 카페] {R1} 처리 결과 안내",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요. 네이버 카페 고객센터입니다.

아래 게시물은 게시중단(블라인드) 처리하였습니다.
{N5}
{N6}

아래 게시물은 확인 결과 존재하지 않는 게시물입니다.
{N9}

이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe help-desk reply: statement sentence, URLs on the lines below",
    why="each heading sentence applies to the URLs listed under it",
    items={N5: "removed", N6: "removed", N9: "not_found"},
)

case(
    name="naver-ack-plus-statement",
    date="Tue, 03 Sep 2024 18:44:10 +0900",
    **{"from": "tv_help@navercorp.com"}, name_from="네이버TV 운영팀",
    subject=f"[접수번호 2409-03-5512] {R1} 문의 답변",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요. 네이버TV 운영팀입니다.
문의가 정상 접수되었습니다 (접수번호 2409-03-5512).

확인 결과 요청하신 네이버TV 영상
{N12}
은 금일 운영자에 의해 비공개 처리 완료되었습니다.

그 밖의 게시물은 해당 서비스 담당 부서에서 회신드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk receipt that also reports a completed action",
    why="a receipt phrase plus an unhedged 비공개 처리 완료 for a named item is not a pure acknowledgement",
    items={N12: "removed"},
)

case(
    name="naver-circled-numbers-fullwidth",
    date="Tue, 10 Sep 2024 11:27:06 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject=f"RE: [{R1}] 잔여 건 조치결과",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요. 정책지원팀입니다. {R1} 잔여 건 결과 회신드립니다.

① {N6}：삭제 조치
② {N11}：해당 게시물 없음（작성자 자진 삭제）
③ {N3}：임시조치 유지（30일 경과 후 재검토）

이상입니다. 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply with circled numbers and full-width colon/parentheses",
    why="each line: URL, full-width colon, result; 임시조치 유지 is a standing restriction, the 재검토 is future and changes nothing now",
    items={N6: "removed", N11: "not_found", N3: "restricted"},
)

# ====================================================================== KAKAO
case(
    name="kakao-imsijochi-notice",
    date="Fri, 06 Sep 2024 10:03:27 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"[카카오] 권리침해 신고에 따른 임시조치 결과 안내 ({R2})",
    reply_to_req=MID[R2],
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

신고하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
아래와 같이 임시조치(30일)를 하였음을 알려드립니다.

- 서비스: Daum 카페
- 게시물 주소: {K1}
- 조치 내용: 임시조치 (게시물 접근 30일 차단)
- 조치 일시: 2024-09-06 09:58

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 기간 만료 후 삭제될 수 있습니다.
자세한 절차는 https://cs.kakao.com/helps?service=8 에서 확인하실 수 있습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 (30-day temporary measure) notice",
    why="임시조치 = restricted now; the later possible deletion is conditional and not a statement",
    items={K1: "restricted"},
)

case(
    name="kakao-angle-korean-path-fullwidth",
    date="Mon, 09 Sep 2024 14:50:00 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"RE: [{R2}] 개인정보 노출 게시물 조치 요청",
    reply_to_req=MID[R2],
    body=f"""
안녕하세요, 카카오 권리침해신고센터 담당자 윤다온입니다.

요청번호 {R2} 관련하여 티스토리·브런치 게시물 처리 결과를 안내드립니다.

티스토리 글 <{K2_RAW}> 은 개인정보 노출로 삭제 조치하였습니다.
브런치 글（{K3}）은 작가 본인이 9월 4일 이미 삭제한 글로, 현재 존재하지 않습니다.

Daum 카페 게시물 2건은 카페 담당 부서에서 따로 회신드리겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao rights-centre reply mixing Tistory and Brunch results",
    why="raw Korean path in angle brackets matches the percent-encoded item; full-width parentheses around the Brunch URL",
    items={K2: "removed", K3: "not_found"},
)

case(
    name="kakao-one-item-no-url",
    date="Tue, 17 Sep 2024 11:45:31 +0900",
    **{"from": "cafe_safety@daum.net"}, name_from="Daum 카페 운영팀",
    subject=f"Re: [{R6}] 마약류 판매 광고 게시물 삭제 요청",
    reply_to_req=MID[R6],
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

요청번호 {R6}로 요청하신 카페 게시물은 운영정책(불법 상품 거래) 위반으로 확인되어
2024년 9월 17일 삭제되었습니다. 게시자에 대해서는 카페 이용 제한 조치도 함께 진행하였습니다.

감사합니다.
Daum 카페 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply to a one-item request, no URL repeated",
    why="one-item request, unhedged 삭제되었습니다: applies to its only item",
    items={K5: "removed"},
)

case(
    name="kakao-bulleted-mixed",
    date="Wed, 11 Sep 2024 17:08:12 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"[카카오] {R2} 최종 처리 결과",
    reply_to_req=MID[R2],
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.
요청번호 {R2}의 최종 처리 결과를 안내드립니다.

- {K1} : 삭제 (임시조치 기간 중 게시자 재게시 요청 없음)
- {K4} : 존재하지 않는 게시물 (URL 확인 불가)
- {K3} : 조치 불가 - 해당 글은 본인 경험을 적은 글로 개인정보가 포함되어 있지 않아 운영정책 위반이 아닙니다.

이의가 있으시면 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao rights-centre final result list with reasons",
    why="bullets: 삭제 removed, 존재하지 않는 게시물 not_found, 조치 불가 with a no-violation reason rejected",
    items={K1: "removed", K4: "not_found", K3: "rejected"},
)

case(
    name="kakao-wrapped-angle-url",
    date="Tue, 10 Sep 2024 08:55:40 +0900",
    **{"from": "tistory_help@kakaocorp.com"}, name_from="티스토리 고객센터",
    subject=f"RE: [{R2}] 티스토리 게시물",
    reply_to_req=MID[R2],
    body=f"""
안녕하세요. 티스토리 고객센터입니다.

아래 게시물은 블로그 운영자에게 사전 통보 후 삭제하였습니다.

  <https://haneul-memo.tistory.com/entry/%EC%82%AC%EC%A7%84-
   %EC%9E%90%EB%A3%8C-%EA%B3%B5%EC%9C%A0>

또한 Daum 카페 게시물 {K4} 도 카페 운영팀 확인 후
삭제되었음을 함께 알려드립니다.

티스토리 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk reply with a long percent-encoded URL wrapped inside angle brackets (RFC 3986 app. C)",
    why="the wrapped URL in <> is one URL (K2) and is deleted; K4 deleted too",
    items={K2: "removed", K4: "removed"},
)

# ==================================================================== YOUTUBE
case(
    name="youtube-ko-legal-restricted-kr",
    date="Wed, 11 Sep 2024 03:12:45 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법률 지원팀",
    subject=f"[7-2409000031188] YouTube 법적 요청 처리 결과 - {R3}",
    reply_to_req=MID[R3],
    body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 귀 위원회의 요청({R3})을 검토한 결과,
현지 법률에 따라 아래 콘텐츠에 대한 액세스를 대한민국 내에서 차단하였습니다.

{Y1}
{Y2}

해당 콘텐츠는 대한민국 외 지역에서는 계속 이용 가능할 수 있습니다.
Google 투명성 보고서에 관한 정보는 https://transparencyreport.google.com 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team Korean notice: content blocked in South Korea under local law",
    why="blocked in Korea only = restricted for both listed videos",
    items={Y1: "restricted", Y2: "restricted"},
)

case(
    name="youtube-en-removed-terminated",
    date="Tue, 10 Sep 2024 22:40:03 +0000",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube Trust & Safety",
    subject=f"Update on your report [{R3}]",
    reply_to_req=MID[R3],
    body=f"""
Hi,

Thanks for reaching out to YouTube. After reviewing the content you reported
under reference {R3}, we have taken the following actions:

  * {Y3} - removed for violating our policy on
    illegal or regulated goods and services
  * {Y4} - channel terminated for repeated violations

You can learn more about our rules here:
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

We're still looking into the rest of the content in your report.

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety English outcome email (Community Guidelines removal, channel termination)",
    why="Shorts removed, channel terminated (= removed); the youtube.com policy page is not an item; the rest is still under review",
    items={Y3: "removed", Y4: "removed"},
)

case(
    name="youtube-ko-rejected",
    date="Thu, 12 Sep 2024 06:18:29 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법률 지원팀",
    subject=f"[7-2409000031188] {R3} 관련 추가 회신",
    reply_to_req=MID[R3],
    body=f"""
안녕하세요.

요청하신 동영상 {Y5} 을(를) 검토하였습니다.
검토 결과 이 동영상은 도박 사이트를 홍보하는 내용이 아니라 불법 도박의 위험성을 다루는
보도 영상으로, YouTube 커뮤니티 가이드라인 및 현지 법률에 위반되지 않는다고 판단하여
별도의 조치를 취하지 않았습니다.

추가 정보가 있으시면 https://support.google.com/legal 을 통해 새 요청을 제출해 주세요.

YouTube 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team refusal with its reason (news report, no violation)",
    why="no action taken because no policy or law is broken = rejected; the support link is not an item",
    items={Y5: "rejected"},
)

_qp_body = f"""안녕하세요. YouTube 정책팀입니다.

{R3} 요청에 대한 처리 결과를 알려드립니다.

1) {Y1}
   운영정책 위반으로 동영상이 삭제되었습니다.
2) {Y3}
   해당 URL의 동영상을 찾을 수 없습니다. 업로더가 이미 삭제한 것으로 확인되었습니다.

감사합니다.
"""
case(
    name="youtube-qp-korean-numbered",
    date="Fri, 13 Sep 2024 01:02:11 +0000",
    **{"from": "policy-kr@youtube.com"}, name_from="YouTube 정책팀",
    subject=f"=?UTF-8?B?{base64.b64encode(f'[YouTube] {R3} 처리 결과'.encode()).decode()}?=",
    reply_to_req=MID[R3],
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube policy reply in quoted-printable Korean with a numbered list and encoded subject",
    why="Y1 deleted; Y3 cannot be found, already deleted by its uploader = not_found",
    items={Y1: "removed", Y3: "not_found"},
)

# ================================================================= DC INSIDE
case(
    name="dc-informal-operator",
    raw_subject=True,
    date="Thu, 12 Sep 2024 19:33:02 +0900",
    **{"from": "webmaster@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject=f"Re: [{R4}] 갤러리 게시물 삭제 요청",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요 디시인사이드 운영팀입니다~

말씀하신 소다기 갤러리 글 두 개 확인해서 지웠습니다.
{D1}
{D3}

둘 다 같은 유동(IP 192.0.2.44)이 쓴 글이라 해당 IP 글쓰기도 1주일 차단해뒀어요.
마이너 갤러리 건은 갤 매니저 쪽 확인이 필요해서 좀 더 걸릴 것 같습니다.

수고하세요!
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply",
    why="'확인해서 지웠습니다' then the two URLs: both removed; the minor gallery item is only promised",
    items={D1: "removed", D3: "removed", D2: "pending"},
)

case(
    name="dc-gongmun-result-table",
    date="Fri, 13 Sep 2024 14:00:55 +0900",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드 법무팀",
    subject=f"[디시인사이드] 시정요구({R4}) 조치결과 회신",
    reply_to_req=MID[R4],
    body=f"""
(주)디시인사이드

수    신 : 방송통신심의위원회
제    목 : 시정요구 조치결과 회신 ({R4})

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관에서 요청하신 시정요구에 대한 당사 조치결과를 아래와 같이 회신합니다.

   가. {D1}
       - 조치결과 : 삭제 완료 (2024.09.12)
   나. {D2}
       - 조치결과 : 조치 대상 없음 (작성자 자진 삭제로 게시물 미존재)
   다. {D3}
       - 조치결과 : 미조치
       - 사    유 : 게시물 내용 확인 결과 특정인을 지목한 내용이 없어 명예훼손에 해당하지 않는다고 판단함

끝.

(주)디시인사이드 법무팀 / legal@dcinside.com
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문-style 시정요구 조치결과 with 가/나/다 items",
    why="가 removed; 나 deleted by its author = not_found; 다 not actioned with a no-violation reason = rejected",
    items={D1: "removed", D2: "not_found", D3: "rejected"},
)

# ====================================================================== BAND
case(
    name="band-both-named-removed",
    date="Fri, 13 Sep 2024 10:20:30 +0900",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    subject=f"[BAND] 신고하신 게시글 처리 결과 ({R5})",
    reply_to_req=MID[R5],
    body=f"""
안녕하세요. BAND 고객센터입니다.

신고하신 게시글 2건은 모두 운영정책(음란물) 위반으로 삭제되었습니다.

 · {B1}
 · {B2}

해당 밴드에는 운영정책 위반 경고가 함께 발송되었습니다.
BAND 운영정책: https://band.us/policy/operation

감사합니다.
BAND 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer centre report outcome listing both posts",
    why="'2건 모두 삭제' with each URL listed below: not bulk, both removed",
    items={B1: "removed", B2: "removed"},
)

case(
    name="band-private-and-author-deleted",
    date="Mon, 16 Sep 2024 09:05:44 +0900",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    subject=f"RE: [{R5}] 밴드 게시글 조치 요청",
    reply_to_req=MID[R5],
    body=f"""
안녕하세요, BAND 고객센터 담당 주하람입니다.

{B1} 게시글은 운영자 권한으로 비공개 처리하여 밴드 멤버를 포함한 누구도 볼 수 없습니다.
{B2} 게시글은 작성자가 직접 삭제하여 확인이 불가합니다.

확인 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND agent reply: post made private by the operator, other deleted by its author",
    why="비공개 처리 by the operator = removed; deleted by its author = not_found",
    items={B1: "removed", B2: "not_found"},
)

# ==================================================================== REVIEW
case(
    name="naver-promise-will-act",
    date="Wed, 04 Sep 2024 09:30:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject=f"RE: [{R1}] 시정요구 통보",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

보내주신 시정요구 건 중 아래 블로그 게시물은 내부 검토를 거쳐 금주 중 순차적으로 조치할 예정입니다.

{N1}
{N2}

조치가 완료되면 결과를 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply promising later action (조치할 예정)",
    why="a promise is not a statement; the email names requested items, so a person reads it",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedged-seems-deleted",
    date="Mon, 09 Sep 2024 18:12:09 +0900",
    **{"from": "cafe_safety@daum.net"}, name_from="Daum 카페 운영팀",
    subject=f"Re: [{R2}] 카페 게시물 확인",
    reply_to_req=MID[R2],
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

{K1} 는 카페 관리자가 이미 정리한 것으로 보입니다.
{K4} 역시 접속이 되지 않는데, 게시판 이동 중 삭제되었을 수도 있습니다.

정확한 상태는 카페 관리자에게 확인 후 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe operator's hedged reply (…것으로 보입니다, …수도 있습니다)",
    why="hedges only, no statement; names requested items",
    items={K1: "pending", K4: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    date="Tue, 10 Sep 2024 17:55:21 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject=f"RE: [{R1}] 조치 완료 보고",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청번호 {R1}로 요청하신 게시물 12건은 모두 삭제 조치를 완료하였습니다.
협조해 주셔서 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 'all done' reply to a multi-item 시정요구",
    why="a statement about all 12 items without naming each: bulk, items stay pending",
    items={N1: "pending", N7: "pending", N12: "pending"},
)

case(
    name="youtube-bulk-restricted-en",
    date="Sat, 14 Sep 2024 02:40:10 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject=f"[7-2409000031188] Your legal request {R3}",
    reply_to_req=MID[R3],
    body=f"""
Hello,

Thanks for contacting YouTube. We have completed our review of your request {R3}.
All of the content identified in your notice has been restricted from view in South Korea
in accordance with local law.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="bulk",
    imitates="YouTube legal support English outcome covering 'all of the content' without URLs",
    why="five-item request, one sweeping statement naming none: bulk",
    items={Y1: "pending", Y4: "pending"},
)

case(
    name="naver-auth-fail",
    date="Thu, 05 Sep 2024 22:10:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    auth="fail",
    subject=f"RE: [{R1}] 조치결과",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N1} 삭제 완료
{N4} 삭제 완료
{N8} 삭제 완료

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result list whose DKIM/SPF/DMARC fail",
    why="navercorp.com sender failing authentication: nothing applied",
    items={N1: "pending", N4: "pending", N8: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    date="Thu, 12 Sep 2024 23:41:17 +0900",
    **{"from": "bluepen.manager@gmail.com"}, name_from="파란펜갤 매니저",
    subject=f"Re: [{R4}] 갤러리 게시물 삭제 요청",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요 파란펜 마이너 갤러리 매니저입니다.
운영팀에서 전달받아서 연락드려요.

{D2}
이 글은 제가 매니저 권한으로 방금 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="DC Inside minor-gallery manager replying from a personal Gmail address",
    why="a plain statement, but from gmail.com, not a DC Inside domain",
    items={D2: "pending"},
)

case(
    name="kakao-about-naver-url",
    date="Tue, 10 Sep 2024 13:13:13 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"[카카오] 문의 회신 ({R2})",
    reply_to_req=MID[R2],
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

함께 문의 주신 아래 게시물은 당사 서비스가 아닌 네이버 블로그 게시물입니다.
{N8}
다만 확인 결과 해당 게시물은 현재 삭제되어 접속되지 않음을 알려드립니다.
네이버 측에 직접 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply commenting on a NAVER URL",
    why="Kakao stating a status for a NAVER item: wrong platform",
    items={N8: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject="[안내] 시정요구 접수 창구 변경 안내",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관 시정요구 및 협조 요청 공문의 접수 창구가 변경됩니다.
앞으로는 gov-request@navercorp.com 으로 보내주시기 바랍니다.
기존 주소로 보내주신 메일도 9월 30일까지는 정상 처리됩니다.

항상 협조해 주셔서 감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal notice of a changed intake address for public-agency requests",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="naver-asks-resolution-document",
    date="Wed, 04 Sep 2024 15:22:48 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject=f"RE: [{R1}] 시정요구 관련 자료 요청",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청번호 {R1} 건의 처리를 위해 아래 자료를 추가로 보내주시기 바랍니다.

  1) 통신심의소위원회 의결서 사본
  2) 시정요구 공문(직인 날인본) PDF

자료가 확인되는 대로 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking for the 의결서 and a sealed 공문 before acting",
    why="a request for documents, no statement about items",
    items={},
)

case(
    name="band-under-review",
    date="Thu, 12 Sep 2024 16:47:03 +0900",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    subject=f"RE: [{R5}] 밴드 게시글 조치 요청",
    reply_to_req=MID[R5],
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 게시글
{B1}
{B2}
는 현재 담당 부서에서 운영정책 위반 여부를 검토 중입니다.
검토가 끝나면 결과를 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="BAND reply saying named posts are under review",
    why="'검토 중' is not a statement; the email names requested items (not a bare receipt)",
    items={B1: "pending", B2: "pending"},
)

case(
    name="dc-conditional-delete",
    date="Fri, 13 Sep 2024 11:11:40 +0900",
    **{"from": "webmaster@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject=f"Re: [{R4}] 마이너 갤러리 게시물",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{D2} 건은 작성자에게 소명 요청을 보냈습니다.
7일 안에 소명이 없으면 삭제 처리될 예정입니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside operator: deletion conditional on the author not responding",
    why="conditional future deletion: no statement, item named",
    items={D2: "pending"},
)

# =================================================================== IGNORED
case(
    name="naver-ooo-korean",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    **{"from": "han.seoyun@navercorp.com"}, name_from="한서윤",
    subject=f"[자동응답] Re: [{R1}] 시정요구 통보",
    reply_to_req=MID[R1],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 한서윤입니다.
9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 공용 메일(policy@navercorp.com)로 연락 부탁드립니다.
복귀 후 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Naver Works out-of-office auto-reply",
    why="out-of-office with Auto-Submitted header",
    items={},
)

case(
    name="youtube-ooo-english",
    date="Mon, 09 Sep 2024 00:31:02 +0000",
    **{"from": "jlee@google.com"}, name_from="Jiwoo Lee",
    subject=f"Automatic reply: [{R3}] 불법 도박 홍보 영상 시정요구",
    reply_to_req=MID[R3],
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Hi,

I'm out of the office until September 16 with limited access to email.
For YouTube legal requests from Korean authorities please use the legal
request form at https://support.google.com/legal/answer/3110420 .

(Your message about {R3} will be read when I return.)

Thanks,
Jiwoo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Google employee out-of-office auto-reply",
    why="auto-reply; the support link is not an item",
    items={},
)

case(
    name="kakao-ticket-receipt",
    date="Thu, 05 Sep 2024 11:00:58 +0900",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    reply_to_req=MID[R2],
    body=f"""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  · 접수번호 : #KC-20240905-118274
  · 문의 제목 : [{R2}] 개인정보 노출 게시물 조치 요청
  · 접수 일시 : 2024-09-05 11:00

순차적으로 확인 후 답변드리겠습니다. 답변은 영업일 기준 3~5일 소요될 수 있습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt",
    why="pure receipt with a ticket number, nothing about items",
    items={},
)

case(
    name="youtube-legal-receipt-en",
    date="Mon, 09 Sep 2024 00:35:19 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject=f"[7-2409000031188] Re: {R3}",
    reply_to_req=MID[R3],
    body=f"""
Hello,

Thank you for your legal request ({R3}). This message confirms that we have
received it. Your reference number is 7-2409000031188; please keep it in the
subject line of any further correspondence.

We review each request carefully and will get back to you once our review is
complete.

Regards,
The YouTube Legal Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal-request receipt with a 7-… reference number",
    why="receipt only: we received it, we will review",
    items={},
)

case(
    name="band-dsn-bounce",
    date="Thu, 12 Sep 2024 10:30:09 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="3B1C2D0E4F.1726104609/mx.kcsc.example"

--3B1C2D0E4F.1726104609/mx.kcsc.example
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@band-help.example>: host mx.band-help.example[203.0.113.25] said:
    550 5.1.1 <report@band-help.example>: Recipient address rejected: User
    unknown in virtual mailbox table

--3B1C2D0E4F.1726104609/mx.kcsc.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 10:30:02 +0900

Final-Recipient: rfc822; report@band-help.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--3B1C2D0E4F.1726104609/mx.kcsc.example
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: report@band-help.example
Subject: [{R5}] 밴드 게시글 조치 요청
Message-ID: <{MID[R5]}@kcsc.example>
Date: Thu, 12 Sep 2024 10:30:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시글을 삭제하여 주시기 바랍니다.
{B1}
{B2}

--3B1C2D0E4F.1726104609/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning the request sent to a wrong BAND address",
    why="delivery failure report; the URLs are in the returned request",
    items={B1: "pending", B2: "pending"},
)

case(
    name="dc-mdn-read-receipt",
    date="Wed, 11 Sep 2024 14:32:10 +0900",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드 법무팀",
    subject=f"읽음: [{R4}] 갤러리 게시물 삭제 요청",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="----=_mdn_dc_0911"

------=_mdn_dc_0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

수신 확인: 보내신 메일 "[{R4}] 갤러리 게시물 삭제 요청"을(를) 2024-09-11 14:32에 읽었습니다.

------=_mdn_dc_0911
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; legal@dcinside.com
Original-Message-ID: <{MID[R4]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_mdn_dc_0911--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, disposition-notification) in Korean",
    why="read receipt only",
    items={},
)

case(
    name="kakao-hours-auto-reply",
    date="Mon, 16 Sep 2024 15:00:40 +0900",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"[자동발송] 추석 연휴 고객센터 운영 안내 - Re: [{R6}]",
    reply_to_req=MID[R6],
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
본 메일은 자동 발송되었습니다.

추석 연휴 기간(9월 14일 ~ 9월 18일) 동안 권리침해신고센터 상담 및 처리가 일시 중단됩니다.
보내주신 메일은 연휴 이후 순차적으로 확인하겠습니다.

긴급한 불법촬영물 신고는 https://cs.kakao.com/requests?service=8&locale=ko 를 이용해 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Kakao holiday-hours auto-reply (추석 연휴 운영 안내)",
    why="auto-generated holiday notice; says nothing about items",
    items={},
)

# ------------------------------------------------------ a few more applied
case(
    name="youtube-age-restricted-ko",
    date="Sat, 14 Sep 2024 05:55:12 +0000",
    **{"from": "policy-kr@youtube.com"}, name_from="YouTube 정책팀",
    subject=f"[YouTube] {R3} 동영상 연령 제한 적용 안내",
    reply_to_req=MID[R3],
    body=f"""
안녕하세요. YouTube 정책팀입니다.

검토 결과, 아래 동영상은 삭제 대상은 아니지만 시청자 연령 제한(만 18세 이상)을 적용하였습니다.
로그인하지 않았거나 만 18세 미만인 사용자는 해당 동영상을 볼 수 없습니다.

  {Y2}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice in Korean",
    why="age restriction = restricted ('삭제 대상은 아니지만' is not a refusal: an action was taken)",
    items={Y2: "restricted"},
)

case(
    name="naver-cafe-operator-deleted-particle",
    date="Fri, 06 Sep 2024 12:40:18 +0900",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    subject=f"Re: [{R1}] 카페 게시물",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요. 네이버 카페 고객센터입니다.

문의하신 게시물 {N9}은 카페 운영원칙 위반으로 운영자 삭제되었습니다.
게시물 {N4}의 경우, 해당 카페 매니저가 게시판을 정리하면서 이미 삭제한 상태였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe help-desk prose with Korean particles glued to the URLs",
    why="N9 operator-deleted = removed; N4 already deleted by the cafe manager before action, arguably not_found (see NOTES)",
    items={N9: "removed", N4: "not_found"},
)

case(
    name="dc-echoed-report",
    date="Mon, 16 Sep 2024 10:05:10 +0900",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    subject=f"[디시인사이드 신고센터] 신고 처리 완료 - {R4}",
    reply_to_req=MID[R4],
    body=f"""
[신고 처리 결과]

신고 번호   : DC-240911-00931
신고 사유   : 명예훼손/권리침해
신고 대상   : {D3}
처리 결과   : 게시물 삭제 및 작성자 IP 30일 차단
처리 일시   : 2024-09-16 09:58

- 신고하신 내용 -
신고 기관: 방송통신심의위원회
요청 번호: {R4}
내용: 특정인을 비방하는 게시물로 삭제를 요청합니다.

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-centre result form echoing the report",
    why="form field 처리 결과 게시물 삭제 for the named target",
    items={D3: "removed"},
)


HEADER = f"""# Blind set 107 (Korean portals): written before any run of the reader.
# Generated by make.py; do not edit by hand.
# Requests: {R1} (12, NAVER), {R2} (4, Kakao), {R3} (5, YouTube),
# {R4} (3, DC Inside), {R5} (2, BAND), {R6} (1, Kakao), {R7} (1, NAVER).
"""

def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    Korean mail systems send them (one subject left raw UTF-8, RFC 6532)."""
    from email.header import Header
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is None or v.isascii() or v.startswith("=?"):
                continue
            if key == "subject" and c.get("raw_subject"):
                continue
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind107", HEADER, CASES)
