#!/usr/bin/env python3
"""Blind corpus set 329 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside
and BAND replies written in Korean (공문-style 조치결과 회신, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies), plus English YouTube
replies, receipts, bounces, read receipts and out-of-office replies.

    python3 tests/corpus/blind329/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was ever run on this set.
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
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240910-04",
    "KCSC-240911-05", "KCSC-240912-06", "KCSC-240913-07",
)

N = {
    1: "https://blog.naver.com/lucky_sp0rts/223561000101",
    2: "https://blog.naver.com/lucky_sp0rts/223561000245",
    3: "https://blog.naver.com/bet_mate24/223558812003",
    4: "https://cafe.naver.com/toto7979/1182",
    5: "https://cafe.naver.com/toto7979/1190",
    6: "https://cafe.naver.com/toto7979/1204",
    7: "https://cafe.naver.com/freepick/88412",
    8: "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1117&docId=470012345",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38120045&memberNo=55120931",
    10: "https://blog.naver.com/moon_jackpot/223570044418",
    11: "https://blog.naver.com/PostView.naver?blogId=sun_rich88&logNo=223566700912",
    12: "https://m.blog.naver.com/winwin_pick/223572210077",
}
K3_RAW = "https://bluenight-s.tistory.com/entry/아이스-직거래-안내"
K3 = "https://bluenight-s.tistory.com/entry/" + quote("아이스-직거래-안내")
K = {
    1: "https://cafe.daum.net/ice_market/Zq8w/231",
    2: "https://cafe.daum.net/ice_market/Zq8w/240",
    3: K3,
    4: "https://bluenight-s.tistory.com/57",
    5: "https://open.kakao.com/o/gXk3pLm9",
}
Y = {
    1: "https://www.youtube.com/watch?v=kR7pQ2xLm0A",
    2: "https://www.youtube.com/watch?v=Jt5vB9nWc3E",
    3: "https://www.youtube.com/shorts/Qa8dZf1yT6u",
    4: "https://www.youtube.com/@hanbit_exposed",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812034",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=lolmaster&no=402211",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=lolmaster&no=402297",
}
B = {
    1: "https://band.us/band/81527734/post/1042",
    2: "https://band.us/band/81527734/post/1057",
}
S1 = "https://blog.naver.com/quickloan_kr/223580031122"
T1 = "https://cafe.daum.net/sunsal_invest/Hb2q/77"

REQUESTS = [
    (R1, "naver", "2024-09-03", "2024-09-10", N, "illegal_gambling", "req-240903-01@kcsc.example",
     "불법 스포츠토토 홍보 게시물"),
    (R2, "kakao", "2024-09-05", "2024-09-12", K, "drug_trade", "req-240905-02@kcsc.example",
     "마약류 거래 광고"),
    (R3, "youtube", "2024-09-09", "2024-09-16", Y, "defamation", "req-240909-03@kcsc.example",
     "명예훼손 (심의 의결)"),
    (R4, "dcinside", "2024-09-10", "2024-09-17", D, "privacy", "req-240910-04@kcsc.example",
     "개인정보 노출"),
    (R5, "band", "2024-09-11", "2024-09-18", B, "obscene", "req-240911-05@kcsc.example",
     "음란물 유통"),
    (R6, "naver", "2024-09-12", "2024-09-19", {1: S1}, "fraud", "req-240912-06@kcsc.example",
     "불법 대부 광고"),
    (R7, "kakao", "2024-09-13", "2024-09-20", {1: T1}, "fraud", "req-240913-07@kcsc.example",
     "투자사기 리딩방 홍보"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, items, cat, mid, note in REQUESTS:
        for k in sorted(items):
            w.writerow([ref, plat, sent, due, items[k], cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def req_quote(ref, urls, prefix=""):
    lines = [
        f"제목: [{ref}] 불법정보 시정요구",
        "",
        "안녕하십니까. 방송통신심의위원회입니다.",
        "아래 정보에 대하여 시정요구(해당 정보의 삭제 또는 접속차단)를 하오니",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


NAVER = "네이버 정책지원"
KAKAO = "카카오 정책팀"
DC = "디시인사이드 운영팀"
BAND = "BAND 운영팀"

cases = []


def case(**c):
    cases.append(c)


# ================================================================= APPLIED
# --- 1. NAVER 공문 with a text table, all 12 items
rows = [
    (1, "삭제", "09.04"), (2, "삭제", "09.04"), (3, "삭제", "09.04"), (4, "게시중단", "09.04"),
    (5, "게시중단", "09.04"), (6, "게시중단", "09.04"), (7, "삭제", "09.05"), (8, "삭제", "09.05"),
    (9, "미조치 (작성자 삭제로 게시물 없음)", "-"), (10, "임시조치 (30일)", "09.05"),
    (11, "비공개 처리", "09.05"), (12, "미조치 (도박 관련 내용 확인되지 않음)", "-"),
]
table = "\n".join(f" {i:>2} | {N[i]} | {r} | {d}" for i, r, d in rows)
case(
    name="naver-gongmun-text-table-12",
    **{"from": "policy-support@navercorp.com"}, name_from=NAVER,
    date="Thu, 05 Sep 2024 16:40:12 +0900",
    subject=f"[회신] 불법정보 시정요구({R1})에 대한 조치결과 통보",
    reply_to_req="req-240903-01",
    body=f"""수신: 방송통신심의위원회 통신심의국장
참조: 불법정보 심의 담당
제목: 불법정보 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회 시정요구(관리번호 {R1}, 2024. 9. 3.)와 관련하여 당사의
   조치결과를 아래와 같이 회신합니다.

                          - 아    래 -

 연번 | 대상 URL | 조치결과 | 조치일
{table}

3. 미조치 건에 대한 추가 자료가 있으시면 회신 메일로 보내 주시기 바랍니다.  끝.

네이버 주식회사 정책지원실
경기도 성남시 분당구 (가상주소)
""",
    outcome="applied",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with a 연번/URL/조치결과 table",
    why="each row names a URL and an unhedged result: 삭제/게시중단/비공개 removed, 임시조치 restricted, 작성자 삭제 not_found, 내용 확인되지 않음 rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed", N[5]: "removed",
           N[6]: "removed", N[7]: "removed", N[8]: "removed", N[9]: "not_found",
           N[10]: "restricted", N[11]: "removed", N[12]: "rejected"},
)

# --- 2. NAVER HTML table, 5 items
case(
    name="naver-html-table-five",
    **{"from": "noreply-policy@navercorp.com"}, name_from="NAVER 게시중단 처리센터",
    date="Fri, 06 Sep 2024 10:02:45 +0900",
    subject=f"[NAVER] 게시중단 요청 처리 결과 안내 ({R1})",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 네이버 게시중단 처리센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 건({R1}) 중 아래 게시물의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N[2]}">{N[2]}</a></td><td>블라인드 처리</td></tr>
<tr><td>2</td><td><a href="{N[4]}">{N[4]}</a></td><td>게시중단 완료</td></tr>
<tr><td>3</td><td><a href="{N[5]}">{N[5]}</a></td><td>이미 삭제된 게시물</td></tr>
<tr><td>4</td><td><a href="{N[6]}">{N[6]}</a></td><td>임시조치 (30일)</td></tr>
<tr><td>5</td><td><a href="{N[7]}">{N[7]}</a></td><td>게시 유지 (운영정책 위반 사항 없음)</td></tr>
</table>
<p>나머지 게시물은 처리가 끝나는 대로 별도로 안내드리겠습니다.</p>
<p>게시중단 요청 서비스 안내: <a href="https://right.naver.example/help">도움말 보기</a></p>
<p>감사합니다.<br>NAVER</p>
</body></html>""",
    outcome="applied",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (HTML notice with a result table)",
    why="five rows with unhedged results; the remaining items get only a promise and are not named; the help link is no item",
    items={N[2]: "removed", N[4]: "removed", N[5]: "not_found", N[6]: "restricted", N[7]: "rejected"},
)

# --- 3. NAVER CSV attachment
csv_body = "\ufeff번호,URL,처리결과,처리일시\n" + "\n".join([
    f"1,{N[3]},삭제,2024-09-06 11:20",
    f"2,{N[8]},삭제,2024-09-06 11:22",
    f"3,{N[9]},게시물 없음,2024-09-06 11:25",
    f"4,{N[10]},삭제,2024-09-06 11:31",
    f"5,{N[11]},비공개 처리,2024-09-06 11:33",
    f"6,{N[12]},임시조치,2024-09-06 11:40",
]) + "\n"
case(
    name="naver-csv-attachment-six",
    **{"from": "policy-support@navercorp.com"}, name_from=NAVER,
    date="Fri, 06 Sep 2024 14:05:00 +0900",
    subject=f"RE: [{R1}] 불법정보 시정요구 - 조치결과 송부",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_7781"

--=_nv_7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원실 이서준입니다.

{R1} 건 중 6건의 조치결과를 첨부 파일(csv)로 송부드립니다.
확인 부탁드립니다.

이서준 드림
--=_nv_7781
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(csv_body.encode("utf-8"))}
--=_nv_7781--
""",
    outcome="applied",
    imitates="portal trust-and-safety reply with a CSV 조치결과 attachment",
    why="CSV rows name each URL with a result: 삭제/비공개 removed, 게시물 없음 not_found, 임시조치 restricted",
    items={N[3]: "removed", N[8]: "removed", N[9]: "not_found", N[10]: "removed",
           N[11]: "removed", N[12]: "restricted"},
)

# --- 4. NAVER single item, quoted-printable prose
case(
    name="naver-qp-single-removed",
    **{"from": "policy-support@navercorp.com"}, name_from=NAVER,
    date="Fri, 13 Sep 2024 09:41:10 +0900",
    subject=f"[회신] {R6} 불법 대부광고 게시물 조치 결과",
    reply_to_req="req-240912-06",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        f"""안녕하세요. 네이버 정책지원실입니다.

위원회에서 요청하신 게시물({S1})은
미등록 대부업 광고로 확인되어 2024년 9월 13일 삭제 조치하였습니다.

해당 블로그에 대해서는 운영정책에 따라 이용제한도 함께 적용하였음을
알려드립니다.

감사합니다.
"""),
    outcome="applied",
    imitates="NAVER 정책지원 short prose 조치 결과 reply (quoted-printable)",
    why="the one requested post is named and stated 삭제 조치하였습니다",
    items={S1: "removed"},
)

# --- 5. NAVER one-item request, no URL, reference only
case(
    name="naver-sole-reference-no-url",
    **{"from": "cs-policy@naver.com"}, name_from="네이버 고객센터",
    date="Sat, 14 Sep 2024 11:15:30 +0900",
    subject=f"Re: [{R6}] 불법정보 시정요구",
    body=f"""방송통신심의위원회 담당자님께,

요청번호 {R6} 관련하여 말씀드립니다.
해당 블로그 게시물은 2024.9.13.자로 게시중단 처리되었으며 현재는 외부에서
열람되지 않습니다.

네이버 고객센터 드림
""",
    outcome="applied",
    imitates="NAVER 고객센터 reply naming only the request number",
    why="a one-item request: an unhedged 게시중단 statement about 'the post' applies to its only item",
    items={S1: "removed"},
)

# --- 6. NAVER top-posted over Outlook-quoted request
case(
    name="naver-top-posted-over-request",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우 (NAVER 정책지원)",
    date="Wed, 04 Sep 2024 18:22:07 +0900",
    subject=f"RE: [{R1}] 불법정보 시정요구",
    reply_to_req="req-240903-01",
    body=f"""담당자님 안녕하세요,

요청 주신 건 중 아래 두 건은 오늘 블라인드 처리 완료했습니다.

{N[1]}
{N[2]}

나머지 게시물은 담당 부서에서 확인 중이며, 결과 나오는 대로 다시 회신드리겠습니다.

한지우 | NAVER 정책지원실

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 5:10 PM
To: policy@navercorp.com
Subject: [{R1}] 불법정보 시정요구

{req_quote(R1, [N[i] for i in range(1, 13)])}
""",
    outcome="applied",
    imitates="Outlook top-posted operator reply above the quoted 시정요구 email",
    why="two URLs above the quote are stated 블라인드 처리 완료 (removed); the others appear only in the quoted request and a 확인 중 line",
    items={N[1]: "removed", N[2]: "removed"},
)

# --- 7. NAVER bare URL, status on the line below
case(
    name="naver-url-then-result-line",
    **{"from": "cafe-policy@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Thu, 05 Sep 2024 13:48:51 +0900",
    subject=f"[네이버 카페] {R1} 처리결과",
    body=f"""안녕하세요, 네이버 카페 운영팀입니다.
요청하신 카페 게시글의 처리결과입니다.

{N[4]}
→ 처리결과: 게시글 삭제 완료

{N[5]}
→ 처리결과: 게시글 삭제 완료

{N[6]}
→ 처리결과: 존재하지 않는 게시글입니다 (확인 불가)

{N[7]}
→ 처리결과: 조치 불가 – 스포츠 경기 일정 공유 글로, 도박 홍보 내용이 없습니다.

카페 운영정책: https://cafe.naver.example/policy
""",
    outcome="applied",
    imitates="NAVER 카페 운영팀 result list (URL line, result on the line below)",
    why="each URL is followed by its own result line; 존재하지 않는 → not_found, 조치 불가 with a reason → rejected",
    items={N[4]: "removed", N[5]: "removed", N[6]: "not_found", N[7]: "rejected"},
)

# --- 8. NAVER base64 HTML
html8 = f"""<html><body>
<div>안녕하세요. 네이버 블로그 운영팀입니다.</div>
<div><br></div>
<div>{R1} 요청 건 중 블로그 게시물 2건을 다음과 같이 처리하였습니다.</div>
<ul>
<li><a href="{N[1]}">{N[1]}</a> : 블라인드 처리</li>
<li><a href="{N[10]}">{N[10]}</a> : 임시조치 (게시자 이의제기 기간 30일)</li>
</ul>
<div>감사합니다.</div>
</body></html>
"""
case(
    name="naver-base64-html-two",
    **{"from": "blog-help@navercorp.com"}, name_from="네이버 블로그",
    date="Thu, 05 Sep 2024 20:10:00 +0900",
    subject=f"[네이버 블로그] {R1} 처리 안내",
    raw_mime=f"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b64(html8.encode('utf-8'))}\n",
    outcome="applied",
    imitates="NAVER 블로그 운영팀 HTML notice sent base64-encoded",
    why="two list items each with an unhedged result: 블라인드 removed, 임시조치 restricted",
    items={N[1]: "removed", N[10]: "restricted"},
)

# --- 9. Kakao 공문 numbered list, raw Korean path
case(
    name="kakao-gongmun-five-raw-korean-url",
    **{"from": "policy@kakaocorp.com"}, name_from=KAKAO,
    date="Mon, 09 Sep 2024 15:30:00 +0900",
    subject=f"[카카오] 시정요구({R2})에 대한 조치결과 회신",
    reply_to_req="req-240905-02",
    body=f"""수신: 방송통신심의위원회
제목: 시정요구에 대한 조치결과 회신

1. 귀 기관의 노고에 감사드립니다.
2. 귀 기관의 시정요구({R2})에 대하여 아래와 같이 조치하였음을 회신합니다.

  가. {K[1]}
      - Daum 카페 게시글 삭제
  나. {K[2]}
      - Daum 카페 게시글 삭제
  다. {K3_RAW}
      - 티스토리 게시글 블라인드 처리
  라. {K[4]}
      - 작성자가 이미 삭제하여 게시글이 존재하지 않음
  마. {K[5]}
      - 오픈채팅방 운영 종료(폐쇄) 및 방장 이용제한

3. 문의: 카카오 정책팀 (policy@kakaocorp.com).  끝.

주식회사 카카오
""",
    outcome="applied",
    imitates="Kakao 공문-style 조치결과 회신 with 가/나/다 items",
    why="each item named with an unhedged result; the tistory URL written raw in Hangul matches its percent-encoded form",
    items={K[1]: "removed", K[2]: "removed", K[3]: "removed", K[4]: "not_found", K[5]: "removed"},
)

# --- 10. Kakao informal, particles glued to URLs
case(
    name="kakao-tistory-particles",
    **{"from": "tistory-cs@kakaocorp.com"}, name_from="티스토리 고객센터",
    date="Tue, 10 Sep 2024 10:21:44 +0900",
    subject=f"Re: [{R2}] 불법정보 시정요구",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요, 티스토리 운영 담당자입니다.

요청하신 티스토리 게시글 중 {K[4]}은 이미 작성자가 지운 상태라 따로 조치할 게 없었고요,
{K3_RAW}도 확인해 보니 판매 광고가 맞아서 게시중단 처리했습니다.

오픈채팅방({K[5]})은 카카오톡 운영팀에서 별도로 답변드릴 예정입니다.

수고하세요.
티스토리 드림
""",
    outcome="applied",
    imitates="informal Kakao/Tistory operator reply with Korean particles glued to URLs",
    why="/57 was already deleted by its author (not_found); the raw-Hangul entry was 게시중단 (removed); the open chat gets only a forward-pointing promise",
    items={K[4]: "not_found", K[3]: "removed", K[5]: "pending"},
)

# --- 11. Kakao one-item request, URL in angle brackets
case(
    name="kakao-daum-cafe-single-angle",
    **{"from": "cafe-admin@daum.net"}, name_from="Daum 카페 운영자",
    date="Fri, 13 Sep 2024 17:05:09 +0900",
    subject=f"[Daum 카페] 신고 게시글 처리 안내 ({R7})",
    body=f"""안녕하세요. Daum 카페 클린센터입니다.

요청하신 게시글 <{T1}> 은
운영정책(사기·불법 투자 권유) 위반으로 확인되어 블라인드 처리되었습니다.

블라인드된 게시글은 카페 회원을 포함한 누구도 열람할 수 없습니다.

Daum 카페 클린센터 드림
""",
    outcome="applied",
    imitates="Daum 카페 클린센터 블라인드 처리 안내",
    why="the only item, in angle brackets, is stated 블라인드 처리되었습니다 (removed)",
    items={T1: "removed"},
)

# --- 12. YouTube English legal reply, KR block + rejection
case(
    name="youtube-legal-kr-block-and-keep",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:14:38 +0000",
    subject=f"Re: [{R3}] Government request - Korea Communications Standards Commission",
    reply_to_req="req-240909-03",
    body=f"""Hello,

Thank you for your request. After review, we have blocked the following content
from view in South Korea under applicable local law:

  - {Y[1]}
  - {Y[2]}

We have not taken action on the following content. It does not violate our
Community Guidelines, and the request did not provide sufficient information
for us to conclude that it is unlawful in South Korea:

  - {Y[3]}

For more information about how we handle government requests, see
https://support.google.example/legal/answer/3110420

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="YouTube Legal Support outcome email for a government request (local block / no action)",
    why="two videos blocked in South Korea (restricted), one kept with a reason (rejected); the channel is not mentioned",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "rejected"},
)

# --- 13. YouTube Korean: short removed, channel terminated
case(
    name="youtube-ko-short-removed-channel-terminated",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
    date="Thu, 12 Sep 2024 11:03:27 +0900",
    subject=f"[{R3}] YouTube 콘텐츠 검토 결과",
    body=f"""안녕하세요. YouTube 법무지원팀입니다.

방송통신심의위원회에서 요청하신 콘텐츠({R3})를 검토한 결과를 알려드립니다.

■ 아래 동영상은 YouTube 괴롭힘 정책 위반으로 삭제되었습니다.
   {Y[3]}

■ 아래 채널은 정책을 반복적으로 위반하여 해지되었습니다.
   {Y[4]}

나머지 요청 건에 대해서는 검토가 끝나는 대로 회신드리겠습니다.

감사합니다.
YouTube 법무지원팀
""",
    outcome="applied",
    imitates="YouTube Korea Korean-language review result notice",
    why="the short is 삭제되었습니다 and the channel 해지되었습니다 (both removed); the rest is a promise with no item named",
    items={Y[3]: "removed", Y[4]: "removed"},
)

# --- 14. YouTube configured phrase + not located
case(
    name="youtube-actioned-and-not-located",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 23:47:12 +0000",
    subject=f"Your request {R3} [4-7731000029981]",
    body=f"""Hi there,

Thanks for reaching out to us about {R3}.

{Y[1]} has been actioned under our policies.

We were unable to locate the video at {Y[2]}. The link may be
mistyped, or the video id is not valid. If you believe this is wrong, please reply with
a corrected link.

Best regards,
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube Legal Support short reply (actioned / unable to locate)",
    why="'has been actioned under our policies' is the platform's configured removed phrase; 'unable to locate' is not_found (the 'may be mistyped' is about the link, not a hedge on the status)",
    items={Y[1]: "removed", Y[2]: "not_found"},
)

# --- 15. YouTube statement then URL below
case(
    name="youtube-statement-then-url-below",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Thu, 12 Sep 2024 08:30:00 +0000",
    subject=f"Update on your legal request {R3}",
    body=f"""Hello,

Here is an update on the content you reported.

The following video is no longer available on YouTube because it violated our
harassment and cyberbullying policy:
{Y[2]}

The following channel was reviewed and will remain on YouTube, as we did not
find a violation of our policies or of local law:
{Y[4]}

- The YouTube Team
""",
    outcome="applied",
    imitates="YouTube 'update on your report' email with statements above each link",
    why="each statement ends with ':' and its URL is on the next line: video removed, channel rejected",
    items={Y[2]: "removed", Y[4]: "rejected"},
)

# --- 16. DC Inside informal operator reply
case(
    name="dc-informal-three",
    **{"from": "cs@dcinside.com"}, name_from=DC,
    date="Wed, 11 Sep 2024 14:12:55 +0900",
    subject=f"Re: [{R4}] 개인정보 노출 게시물 시정요구",
    reply_to_req="req-240910-04",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

요청주신 글 3건 확인했습니다.

주식 갤러리 글 {D[1]} 삭제했고,
리그오브레전드 마이너 갤러리 402211번 글({D[2]})도 삭제 처리했습니다.
{D[3]} 이 글은 이미 작성자가 삭제한 글이라 저희 쪽에서 따로 조치한 건 없습니다.

감사합니다.
""",
    outcome="applied",
    imitates="DC Inside 운영팀 informal reply",
    why="two posts 삭제 (removed); the third was already deleted by its author (not_found)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

# --- 17. DC Inside Gmail-style quote
gq = req_quote(R4, [D[1], D[2], D[3]], prefix="> ")
case(
    name="dc-gmail-quoted-two",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Thu, 12 Sep 2024 10:05:40 +0900",
    subject=f"Re: [{R4}] 불법정보 시정요구",
    reply_to_req="req-240910-04",
    body=f"""1. {D[2]} - 삭제 완료 (개인 연락처 노출)
2. {D[3]} - 삭제 완료 (실명 및 학교명 노출)

주식 갤러리 건은 해당 갤러리 매니저 확인 후 따로 답변 드리겠습니다.

2024년 9월 10일 (화) 오후 3:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
{gq}
""",
    outcome="applied",
    imitates="DC Inside 신고센터 terse numbered reply above a Gmail-quoted request",
    why="two numbered lines state 삭제 완료; the stock-gallery post is only promised and appears otherwise only in the '>' quote",
    items={D[2]: "removed", D[3]: "removed", D[1]: "pending"},
)

# --- 18. BAND both listed
case(
    name="band-both-deleted-listed",
    **{"from": "policy@band.us"}, name_from=BAND,
    date="Thu, 12 Sep 2024 16:44:19 +0900",
    subject=f"[BAND] 신고 게시글 처리 결과 안내 ({R5})",
    body=f"""안녕하세요. BAND 운영팀입니다.

요청하신 게시글을 확인하였으며, 아래 게시글 2건은 BAND 운영정책의
음란성 게시물 규정에 따라 삭제하였습니다.

  · {B[1]}
  · {B[2]}

또한 해당 밴드는 운영정책에 따라 검색 노출이 제한되었습니다.

BAND 운영정책 보기: https://band.example/policy
""",
    outcome="applied",
    imitates="BAND 운영팀 신고 게시글 처리 결과 안내",
    why="both URLs are listed under an unhedged 삭제하였습니다; the band-level search limit names no item",
    items={B[1]: "removed", B[2]: "removed"},
)

# --- 19. BAND mixed
case(
    name="band-one-deleted-one-kept",
    **{"from": "policy@band.us"}, name_from=BAND,
    date="Fri, 13 Sep 2024 09:12:03 +0900",
    subject=f"Re: [{R5}] 불법정보 시정요구",
    reply_to_req="req-240911-05",
    body=f"""담당자님 안녕하세요, BAND 운영팀입니다.

{B[1]} 게시글은 음란물로 확인되어 삭제하였습니다.

{B[2]} 게시글은 속옷 쇼핑몰의 상품 사진으로, BAND 운영정책 및 관련 법령에
위배되지 않는다고 판단하여 별도 조치 없이 유지하고 있습니다.

감사합니다.
""",
    outcome="applied",
    imitates="BAND operator reply with one removal and one reasoned refusal",
    why="B1 삭제 (removed); B2 kept with a reason (rejected)",
    items={B[1]: "removed", B[2]: "rejected"},
)

# --- 20. NAVER 지식iN / POST
case(
    name="naver-kin-and-post",
    **{"from": "kin-policy@navercorp.com"}, name_from="네이버 지식iN·포스트 운영팀",
    date="Fri, 06 Sep 2024 17:55:21 +0900",
    subject=f"[{R1}] 지식iN, 포스트 게시물 처리 결과",
    body=f"""안녕하세요.

{R1} 요청 건 중 지식iN과 네이버 포스트 게시물에 대한 처리 결과를 알려드립니다.

- 지식iN 질문: {N[8]}
  해당 질문은 존재하지 않는 질문으로 확인됩니다. (URL의 docId 오류 또는 삭제된 질문)

- 포스트: {N[9]}
  도박 사이트 홍보 내용이 확인되어 비공개 처리하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER 지식iN/포스트 운영팀 result notice",
    why="the KIN question does not exist (not_found); the post was 비공개 처리 (removed)",
    items={N[8]: "not_found", N[9]: "removed"},
)

# --- 21. NAVER English reply
case(
    name="naver-english-mixed",
    **{"from": "global-policy@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Mon, 09 Sep 2024 09:00:14 +0900",
    subject=f"RE: {R1} - removal request",
    body=f"""Dear KCSC team,

Please find below our outcome for some of the items in {R1}.

{N[3]} -- the post has been deleted.
{N[11]} -- the post has been temporarily hidden (임시조치) for 30 days pending the author's response.
{N[12]} -- we could not find this post; the blog address returns "존재하지 않는 게시물".

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied",
    imitates="NAVER Trust & Safety English reply with dash-separated results",
    why="deleted → removed; 임시조치 (temporarily hidden) → restricted; could not find → not_found",
    items={N[3]: "removed", N[11]: "restricted", N[12]: "not_found"},
)

# --- 22. Kakao EUC-KR CSV attachment
csv22 = "번호,대상 URL,조치 내용\r\n" + "\r\n".join([
    f"1,{K[1]},게시글 삭제",
    f"2,{K[2]},게시글 삭제",
    f"3,{K[5]},오픈채팅방 폐쇄",
]) + "\r\n"
case(
    name="kakao-csv-euckr-attachment",
    **{"from": "policy@kakaocorp.com"}, name_from=KAKAO,
    date="Tue, 10 Sep 2024 18:40:00 +0900",
    subject=f"RE: [{R2}] 시정요구 조치결과",
    reply_to_req="req-240905-02",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kakao_bnd_20240910"

--kakao_bnd_20240910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 정책팀입니다.
{R2} 건 중 Daum 카페 게시글 및 오픈채팅방 조치결과를 첨부와 같이 회신드립니다.
티스토리 게시글은 별도 회신 예정입니다.

--kakao_bnd_20240910
Content-Type: text/csv; charset=euc-kr; name="{R2}_result.csv"
Content-Disposition: attachment; filename="{R2}_result.csv"
Content-Transfer-Encoding: base64

{b64(csv22.encode("euc-kr"))}
--kakao_bnd_20240910--
""",
    outcome="applied",
    imitates="Kakao 정책팀 reply with an Excel-exported EUC-KR CSV of 조치 내용",
    why="CSV rows: two cafe posts 삭제 and the open chat 폐쇄 (all removed); tistory items only promised",
    items={K[1]: "removed", K[2]: "removed", K[5]: "removed"},
)

# --- 23. YouTube Korean HTML table
case(
    name="youtube-ko-html-table-four",
    **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
    date="Fri, 13 Sep 2024 15:20:33 +0900",
    subject=f"[{R3}] 시정요구 조치결과 회신",
    reply_to_req="req-240909-03",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구({R3})에 대한 YouTube의 조치결과를 아래 표와 같이 회신드립니다.</p>
<table border="1">
<thead><tr><th>요청 URL</th><th>조치 결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>{Y[1]}</td><td>국내 접속 차단</td><td>현지 법률 근거</td></tr>
<tr><td>{Y[2]}</td><td>삭제</td><td>커뮤니티 가이드라인 위반</td></tr>
<tr><td>{Y[3]}</td><td>연령 제한</td><td>만 18세 이상 시청 가능</td></tr>
<tr><td>{Y[4]}</td><td>조치 없음</td><td>정책 및 현지 법률 위반 사항 확인되지 않음</td></tr>
</tbody></table>
<p>Google LLC 법무팀</p>
</body></html>""",
    outcome="applied",
    imitates="YouTube/Google 시정요구 조치결과 회신 as an HTML table",
    why="국내 접속 차단 and 연령 제한 → restricted, 삭제 → removed, 조치 없음 with a reason → rejected",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

# --- 24. NAVER full-width brackets and punctuation
case(
    name="naver-fullwidth-brackets",
    **{"from": "cafe-policy@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Wed, 04 Sep 2024 21:03:17 +0900",
    subject=f"Re: [{R1}] 불법정보 시정요구",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 카페 운영팀입니다.

요청하신 toto7979 카페의 게시글（{N[4]}）、（{N[5]}）、（{N[6]}）은
불법 사행성 사이트 홍보로 확인되어 모두 삭제하였습니다。

아울러 해당 카페는 운영정책에 따라 카페 활동이 정지되었습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER 카페 reply with URLs in full-width parentheses and ideographic punctuation",
    why="the three URLs are each named and stated 모두 삭제하였습니다; full-width brackets are not part of the URLs",
    items={N[4]: "removed", N[5]: "removed", N[6]: "removed"},
)

# --- 25. NAVER wrapped URL in angle brackets
case(
    name="naver-wrapped-angle-url",
    **{"from": "blog-help@navercorp.com"}, name_from="네이버 블로그",
    date="Sat, 07 Sep 2024 10:30:45 +0900",
    subject=f"RE: [{R1}] 불법정보 시정요구 (블로그)",
    body=f"""안녕하세요, 네이버 블로그 운영팀입니다.

아래 블로그 게시물은 불법 도박 홍보 게시물로 확인되어 삭제 처리하였습니다.

<https://blog.naver.com/PostView.naver?blogId=sun_rich88&
 logNo=223566700912>

그리고 {N[2]} 게시물도 같은 사유로 삭제하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="plain-text reply where the mailer wrapped a long URL inside angle brackets",
    why="the wrapped <...> URL is the PostView item (removed); the second URL is stated 삭제하였습니다 too",
    items={N[11]: "removed", N[2]: "removed"},
)

# --- 26. Kakao 임시조치 notice, mixed
case(
    name="kakao-imsi-jochi-mixed",
    **{"from": "cleancenter@kakaocorp.com"}, name_from="카카오 클린센터",
    date="Fri, 06 Sep 2024 16:16:16 +0900",
    subject=f"[카카오] 권리침해 신고 처리 결과 안내 ({R2})",
    body=f"""안녕하세요. 카카오 클린센터입니다.

접수하신 신고({R2})에 대한 처리 결과를 안내드립니다.

[임시조치]
{K[1]}
{K[2]}
위 게시글은 정보통신망법 제44조의2에 따라 30일간 임시조치(게시 중단)되었습니다.

[조치 불가]
{K3_RAW}
게시글 내용만으로는 불법 거래 여부를 확인할 수 없어 조치하지 않았습니다.

카카오 클린센터 안내: https://cs.kakao.example/cleancenter
""",
    outcome="applied",
    imitates="Kakao 클린센터 임시조치 처리 결과 안내 with bracketed result headings",
    why="임시조치 (30 days) → restricted for the two cafe posts; the tistory post is refused with a reason → rejected",
    items={K[1]: "restricted", K[2]: "restricted", K[3]: "rejected"},
)

# ================================================================= REVIEW
case(
    name="naver-promise-sequential",
    **{"from": "policy-support@navercorp.com"}, name_from=NAVER,
    date="Wed, 04 Sep 2024 09:12:00 +0900",
    subject=f"Re: [{R1}] 불법정보 시정요구",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 정책지원실입니다.

요청하신 게시물 중 아래 블로그 게시물은 담당 부서에서 검토 후 순차적으로
조치될 예정입니다.

- {N[1]}
- {N[2]}
- {N[3]}

조치가 완료되면 결과를 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising sequential action",
    why="names three requested items but only promises action (조치될 예정); nothing is stated",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="kakao-hedged-appears-deleted",
    **{"from": "cafe-cs@daum.net"}, name_from="Daum 카페 고객센터",
    date="Mon, 09 Sep 2024 11:47:02 +0900",
    subject=f"Re: [{R2}] 불법정보 시정요구",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요 Daum 카페 고객센터입니다.

확인해 보니 {K[1]} 글은 이미 삭제된 것으로 보이고,
{K[2]} 글도 카페 매니저가 비공개로 돌린 것 같습니다.

정확한 처리 내역은 담당 부서 확인 후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum 카페 고객센터 informal hedged reply",
    why="'삭제된 것으로 보이고' and '비공개로 돌린 것 같습니다' are hedges, not statements",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="naver-bulk-all-deleted",
    **{"from": "policy-support@navercorp.com"}, name_from=NAVER,
    date="Mon, 09 Sep 2024 17:30:00 +0900",
    subject=f"[회신] {R1} 조치 완료",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 정책지원실입니다.

위원회에서 요청하신 {R1} 건의 게시물 전체에 대하여 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 전체 조치 완료 reply",
    why="a statement about all items of a 12-item request without naming each",
    items={N[i]: "pending" for i in range(1, 13)},
)

case(
    name="youtube-bulk-all-removed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 01:02:03 +0000",
    subject=f"Re: [{R3}] Government request",
    reply_to_req="req-240909-03",
    body=f"""Hello,

We have reviewed the content in your request {R3}. All of the reported
videos and the channel have been removed from YouTube.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="bulk",
    imitates="YouTube Legal Support blanket outcome reply",
    why="'all of the reported videos and the channel' for a 4-item request names none of them",
    items={Y[i]: "pending" for i in range(1, 5)},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy-support@navercorp.com"}, name_from=NAVER, auth="fail",
    date="Thu, 05 Sep 2024 03:14:15 +0900",
    subject=f"[회신] {R1} 조치결과",
    body=f"""안녕하세요. 네이버 정책지원실입니다.

아래 게시물은 삭제 조치되었습니다.
{N[1]}
{N[4]}

자세한 조치 내역은 아래 링크에서 확인해 주십시오.
http://naver-policy-result.example.net/view?id=8812
""",
    outcome="review", review="untrusted",
    imitates="message claiming to be NAVER 정책지원 that fails DKIM/SPF/DMARC",
    why="platform domain but authentication failed: nothing applies",
    items={N[1]: "pending", N[4]: "pending"},
)

case(
    name="kakao-cafe-manager-hanmail",
    **{"from": "sunsal_mgr@hanmail.net"}, name_from="순살투자 카페매니저",
    date="Sat, 14 Sep 2024 22:40:51 +0900",
    subject=f"Re: [{R7}] 게시글 삭제 요청",
    body=f"""안녕하세요 저는 순살투자 카페 매니저입니다.
다음에서 연락받고 말씀하신 글 {T1} 은 제가 방금 삭제했습니다.
앞으로 이런 글 안 올라오게 관리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a Daum cafe manager writing from a personal hanmail.net address",
    why="hanmail.net is a user mailbox, not Kakao's sender domain: a stranger's statement is not the platform's",
    items={T1: "pending"},
)

case(
    name="naver-about-band-items",
    **{"from": "policy-support@navercorp.com"}, name_from=NAVER,
    date="Fri, 13 Sep 2024 13:13:13 +0900",
    subject=f"[회신] {R5} BAND 게시글 조치결과",
    body=f"""안녕하세요. 네이버 정책지원실입니다.

BAND 서비스 관련 요청({R5})이 당사로 접수되어 대신 회신드립니다.
아래 게시글은 삭제되었습니다.

{B[1]}
{B[2]}
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER 정책지원 answering for BAND items (BAND is a NAVER service but a separate platform here)",
    why="the items belong to the band platform; a navercorp.com email is not band's sender domain",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="naver-asks-legal-basis",
    **{"from": "policy-support@navercorp.com"}, name_from=NAVER,
    date="Fri, 06 Sep 2024 11:11:11 +0900",
    subject=f"Re: [{R1}] 불법정보 시정요구 - 추가 자료 요청",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 정책지원실입니다.

요청 대상 중 {N[7]} 게시글은 경기 일정과 배당률 정보만 있어
불법 도박 홍보로 단정하기 어렵습니다.

해당 게시글이 불법정보에 해당한다는 심의 의결서 또는 근거 자료를 보내 주시면
다시 검토하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 정책지원 request for the 심의 의결서 before acting",
    why="asks for supporting documents before deciding; no final refusal, the item stays pending",
    items={N[7]: "pending"},
)

case(
    name="youtube-may-have-still-reviewing",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 19:55:00 +0000",
    subject=f"Re: [{R3}] Government request - status",
    reply_to_req="req-240909-03",
    body=f"""Hello,

Following up on your request. It looks like {Y[1]} may already have been
restricted by the uploader's own settings. We are still reviewing
{Y[2]} with our local counsel and will get back to you when we have an outcome.

Thanks for your patience,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube Legal Support interim follow-up",
    why="'looks like ... may already have been restricted' is a hedge; 'still reviewing' is no statement",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="naver-contact-change-notice",
    **{"from": "policy-support@navercorp.com"}, name_from=NAVER,
    date="Tue, 10 Sep 2024 10:00:00 +0900",
    subject="[안내] 공공기관 요청 접수 창구 변경 안내",
    body="""안녕하세요. 네이버 정책지원실입니다.

2024년 10월 1일부터 공공기관의 게시물 관련 요청 접수 창구가 아래와 같이 변경됩니다.

- 변경 전: policy@navercorp.com
- 변경 후: public-request@navercorp.com

기존 주소로 보내주신 요청도 당분간은 자동으로 전달됩니다.
업무에 참고 부탁드립니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER 정책지원 notice of a changed intake address",
    why="trusted NAVER mail that names no item and references no request",
    items={},
)

case(
    name="dc-conditional-author-deadline",
    **{"from": "cs@dcinside.com"}, name_from=DC,
    date="Wed, 11 Sep 2024 09:30:22 +0900",
    subject=f"Re: [{R4}] 개인정보 노출 게시물 시정요구",
    reply_to_req="req-240910-04",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

{D[1]} 글은 작성자에게 먼저 자진 삭제를 안내했습니다.
24시간 내에 작성자가 지우지 않으면 저희가 삭제할 예정입니다.

처리되면 다시 메일 드릴게요.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside operator reply with a conditional, future deletion",
    why="a condition and a promise ('지우지 않으면 ... 삭제할 예정'), no statement",
    items={D[1]: "pending"},
)

# ================================================================= IGNORED
case(
    name="naver-out-of-office-ko",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우 (NAVER 정책지원)",
    date="Tue, 03 Sep 2024 17:12:40 +0900",
    subject=f"[자동회신] Re: [{R1}] 불법정보 시정요구",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 한지우입니다.
9월 3일부터 9월 6일까지 휴가로 부재중입니다.
급한 업무는 정책지원실 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook 자동회신 (부재중) message",
    why="an out-of-office auto-reply",
    items={},
)

dsn_orig = req_quote(R2, [K[i] for i in range(1, 6)])
case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kakaocorp.com"}, name_from="Mail Delivery Subsystem",
    date="Thu, 05 Sep 2024 17:20:03 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-5531"

--dsn-5531
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@kakaocorp.com>: host mx.kakaocorp.com said: 550 5.1.1 User unknown

--dsn-5531
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kakaocorp.com
Arrival-Date: Thu, 05 Sep 2024 17:19:58 +0900

Final-Recipient: rfc822; abuse-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-5531
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@kakaocorp.com
Subject: [{R2}] 불법정보 시정요구
Message-ID: <req-240905-02@kcsc.example>
Date: Thu, 05 Sep 2024 17:19:50 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--dsn-5531--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) returning the 시정요구 email",
    why="a delivery status notification; the URLs are only in the returned request",
    items={},
)

case(
    name="youtube-case-receipt",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 08:05:11 +0000",
    subject=f"[4-7731000029981] Re: [{R3}] Government request",
    reply_to_req="req-240909-03",
    body=f"""Hello,

Thank you for contacting YouTube Legal Support. This message confirms that we
have received your request ({R3}) and opened case 4-7731000029981.

Our team will review it and reply to this thread. Please do not open a new case
for the same content.

The YouTube Legal Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube Legal Support case-opened receipt",
    why="a pure acknowledgement with a case number",
    items={},
)

case(
    name="band-read-receipt",
    **{"from": "policy@band.us"}, name_from=BAND,
    date="Wed, 11 Sep 2024 10:02:00 +0900",
    subject=f"읽음 확인: [{R5}] 불법정보 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77"

--mdn-77
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
제목: [{R5}] 불법정보 시정요구
읽은 시각: 2024-09-11 10:01 (KST)

--mdn-77
Content-Type: message/disposition-notification

Reporting-UA: band.us; Webmail
Final-Recipient: rfc822; policy@band.us
Original-Message-ID: <req-240911-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail 읽음 확인 MDN",
    why="a read receipt",
    items={},
)

case(
    name="dc-inquiry-receipt",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Tue, 10 Sep 2024 15:13:00 +0900",
    subject="[디시인사이드] 문의가 정상적으로 접수되었습니다",
    body=f"""안녕하세요, 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

- 접수번호: DC-20240910-0041
- 문의 제목: [{R4}] 개인정보 노출 게시물 시정요구
- 접수 일시: 2024-09-10 15:12

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside helpdesk automatic 문의 접수 receipt",
    why="a ticket receipt with no statement",
    items={},
)

case(
    name="naver-helpdesk-receipt",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 18:00:41 +0900",
    subject="[네이버 고객센터] 문의 접수 완료 안내",
    body=f"""안녕하세요. 네이버 고객센터입니다.

보내주신 문의가 접수되었습니다. (접수번호 NV240912-552318)

문의 내용: {R6} 불법정보 시정요구
접수 후 영업일 기준 2~3일 이내에 답변드릴 예정입니다.

※ 본 메일은 발신 전용이며 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 안내",
    why="a pure receipt with a ticket number; the answer is only promised",
    items={},
)

ooo_quote = req_quote(R2, [K[1], K[2], K3_RAW], prefix="> ")
case(
    name="kakao-ooo-quoting-request",
    **{"from": "minji.park@kakaocorp.com"}, name_from="박민지 (카카오 정책팀)",
    date="Thu, 05 Sep 2024 17:25:10 +0900",
    subject=f"부재중: [{R2}] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""[부재중 안내]
9월 5일(목)~9월 9일(월) 해외 출장으로 메일 확인이 늦어질 수 있습니다.
시정요구 관련 급한 건은 policy@kakaocorp.com 으로 보내 주세요.

> 보낸 사람: KCSC Takedown <takedown@kcsc.example>
{ooo_quote}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook Korean 부재중 auto-reply that quotes the incoming message",
    why="an out-of-office auto-reply; URLs appear only in the quoted request",
    items={},
)

# Real Korean mail usually carries RFC 2047 encoded-words in From and Subject;
# encode them for a part of the set (UTF-8, and EUC-KR for one Kakao reply).
ENCODE = {
    "naver-gongmun-text-table-12": "utf-8", "kakao-gongmun-five-raw-korean-url": "utf-8",
    "dc-informal-three": "utf-8", "naver-out-of-office-ko": "utf-8",
    "kakao-csv-euckr-attachment": "euc-kr", "band-both-deleted-listed": "utf-8",
    "kakao-ooo-quoting-request": "utf-8", "naver-top-posted-over-request": "utf-8",
}
for c in cases:
    cs = ENCODE.get(c["name"])
    if cs:
        c["subject"] = Header(c["subject"], cs).encode(maxlinelen=76)
        c["name_from"] = Header(c["name_from"], cs).encode(maxlinelen=76)
    elif not c["name_from"].isascii():
        c["name_from"] = Header(c["name_from"], "utf-8").encode(maxlinelen=76)

HEADER = """# Blind set 329 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND.
# Written by make.py from the meaning of each email, before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind329", HEADER, cases)
