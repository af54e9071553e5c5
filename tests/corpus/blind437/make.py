#!/usr/bin/env python3
"""Blind set 437 (Korean focus): NAVER, Kakao/Daum, YouTube Korea, DC Inside
and Band replying in Korean (공문-style 조치결과 회신, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies) plus receipts,
auto-replies, a DSN and an MDN.

    python3 tests/corpus/blind437/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Expected
results were written from each email's meaning, before any run of the reader.
All names, ids and URLs are fictional.
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

SET = "blind437"

# ---------------------------------------------------------------- requests
TISTORY_SLUG = "정보-공유-모음"
K3_RAW = "https://haneul-note.tistory.com/entry/" + TISTORY_SLUG
K3 = "https://haneul-note.tistory.com/entry/" + quote(TISTORY_SLUG)

N = {
    1: "https://blog.naver.com/luckyspin77/223501100201",
    2: "https://blog.naver.com/luckyspin77/223501100388",
    3: "https://blog.naver.com/bet_master_k/223498765432",
    4: "https://blog.naver.com/bet_master_k/223499001122",
    5: "https://cafe.naver.com/sportstoto24/18842",
    6: "https://cafe.naver.com/sportstoto24/18857",
    7: "https://cafe.naver.com/sportstoto24/18901",
    8: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334",
    9: "https://blog.naver.com/casino_guide_365/223510020304",
    10: "https://post.naver.com/viewer/postView.naver?volumeNo=38112233&memberNo=5566778",
    11: "https://cafe.naver.com/sportstoto24/19020",
    12: "https://blog.naver.com/jackpot_daily/223512340001",
}
K = {
    1: "https://cafe.daum.net/moonlightshop/Ab3x/112",
    2: "https://cafe.daum.net/moonlightshop/Ab3x/118",
    3: K3,
    4: "https://brunch.co.kr/@seoriwrites/47",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3xT8vL2pA",
    2: "https://www.youtube.com/watch?v=b7Hn0RkWs5E",
    3: "https://www.youtube.com/shorts/Zr4pLq9YtUc",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=884123",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=884190",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinnote&no=55102",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coinnote&no=55140",
    5: "https://gall.dcinside.com/mini/board/view/?id=hiddenroom&no=3321",
}
B = {
    1: "https://band.us/band/80412233/post/1057",
    2: "https://band.us/band/80412233/post/1063",
}
NC = "https://cafe.naver.com/dongnaejangteo/30217"
KC = "https://cafe.daum.net/freetalkzone/Lp9q/5521"

R_N = "KCSC-240903-01"
R_K = "KCSC-240905-02"
R_Y = "KCSC-240906-03"
R_D = "KCSC-240909-04"
R_B = "KCSC-240910-05"
R_NC = "KCSC-240911-06"
R_KC = "KCSC-240912-07"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    (R_N, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "gambling",
     [N[i] for i in range(1, 13)], "불법 스포츠토토·카지노 광고, 블로그/카페/지식iN/포스트"),
    (R_K, "kakao", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", "privacy",
     [K[i] for i in range(1, 5)], "개인정보 노출 (실명, 연락처), 다음카페·티스토리·브런치"),
    (R_Y, "youtube", "2024-09-06T11:30:00+09:00", "2024-09-13T18:00:00+09:00", "drugs",
     [Y[i] for i in range(1, 4)], "마약류 판매 홍보 영상"),
    (R_D, "dcinside", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00", "fraud",
     [D[i] for i in range(1, 6)], "불법 리딩방·코인 사기 홍보, 갤러리 게시글"),
    (R_B, "band", "2024-09-10T16:10:00+09:00", "2024-09-17T18:00:00+09:00", "obscenity",
     [B[1], B[2]], "공개 밴드 게시글 2건"),
    (R_NC, "naver", "2024-09-11T10:20:00+09:00", "2024-09-18T18:00:00+09:00", "drugs",
     [NC], "카페 중고거래 게시판, 마약류 판매글"),
    (R_KC, "kakao", "2024-09-12T13:00:00+09:00", "2024-09-19T18:00:00+09:00", "defamation",
     [KC], "다음카페 자유게시판 게시글 1건"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def alt(boundary, plain, html):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{plain.strip()}\n\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n--{boundary}--\n"
    )


def html_esc(s):
    return s.replace("&", "&amp;")


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "수신: 귀사 정책담당자",
        f"제목: [{ref}] 불법정보 시정요구",
        "",
        "아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 통신심의국"]
    return "\n".join((prefix + l).rstrip() for l in lines)


cases = []


def add(**c):
    cases.append(c)


NAVER_SIG = """네이버 주식회사 Trust & Safety 정책지원팀
경기도 성남시 분당구 (가상 주소)
운영정책 안내: https://policy.naver.com/policy/service.html"""

# ================================================================ APPLIED
# A1 시정요구 조치결과 table, multipart/alternative
rows = [
    (1, "삭제"), (2, "삭제"), (3, "게시중단"), (4, "해당 게시물 없음 (게시자 자진 삭제)"),
    (5, "삭제"), (6, "임시조치 (국내 접근 제한)"), (7, "삭제"),
    (8, "미조치 - 불법성 미확인 (경기 결과 질문글로 광고 아님)"),
    (9, "삭제"), (10, "비공개 처리"), (11, "존재하지 않는 URL"), (12, "삭제"),
]
plain = "\n".join(f"{i}\t{N[i]}\t2024-09-06\t{r}" for i, r in rows)
plain = f"""방송통신심의위원회 귀중

시정요구({R_N})에 대한 조치결과를 아래 표와 같이 회신합니다.

연번\t대상 URL\t조치일자\t조치결과
{plain}

{NAVER_SIG}
"""
trs = "\n".join(
    f"<tr><td>{i}</td><td><a href=\"{html_esc(N[i])}\">{html_esc(N[i])}</a></td><td>2024-09-06</td><td>{r}</td></tr>"
    for i, r in rows)
html = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구({R_N})에 대한 조치결과를 아래 표와 같이 회신합니다.</p>
<table border="1" cellpadding="4">
<tr><th>연번</th><th>대상 URL</th><th>조치일자</th><th>조치결과</th></tr>
{trs}
</table>
<p>네이버 주식회사 Trust &amp; Safety 정책지원팀<br>
운영정책 안내: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
</body></html>"""
add(name="naver-kcsc-result-table", from_="policy@navercorp.com", date="Fri, 06 Sep 2024 17:42:03 +0900",
    subject=f"[회신] 시정요구 조치결과 ({R_N})", reply_to_req=req_mid(R_N),
    raw_mime=alt("=_nv_tbl_01", plain, html),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (연번/URL/조치일자/조치결과) sent by a portal to KCSC",
    why="each row states one item's result: 삭제/게시중단/비공개 -> removed, 임시조치 -> restricted, 없음 -> not_found, 미조치 with reason -> rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "not_found", N[5]: "removed",
           N[6]: "restricted", N[7]: "removed", N[8]: "rejected", N[9]: "removed", N[10]: "removed",
           N[11]: "not_found", N[12]: "removed"})

# A2 공문 style numbered (가. 나. ...) with result on the line below
add(name="naver-gongmun-ganada", from_="policy@navercorp.com", date="Thu, 05 Sep 2024 15:10:44 +0900",
    subject=f"시정요구({R_N})에 대한 조치결과 회신 (1차)", reply_to_req=req_mid(R_N),
    body=f"""수신: 방송통신심의위원회 통신심의국
참조: 불법정보 심의 담당
제목: 시정요구({R_N})에 대한 조치결과 회신 (1차)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구와 관련하여 블로그 게시물에 대한 당사의 조치결과를 아래와 같이 회신합니다.

  가. {N[1]}
      - 조치결과: 삭제 (2024. 9. 5.)
  나. {N[2]}
      - 조치결과: 삭제 (2024. 9. 5.)
  다. {N[3]}
      - 조치결과: 게시중단(블라인드)
  라. {N[4]}
      - 조치결과: 해당 게시물 없음 (게시자가 요청 접수 전 삭제)

3. 나머지 대상 정보(카페, 지식iN, 포스트)에 대해서는 검토가 끝나는 대로 2차로 회신드리겠습니다.  끝.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (수신/참조/제목, 1. 2. 가. 나.) 조치결과 회신 from a portal's policy team",
    why="four named items with unhedged results; the promise in 3. names no URL",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "not_found"})

# A3 CSV attachment (base64, BOM)
csv_text = "\ufeff" + "\n".join([
    "번호,URL,처리결과,처리일시,비고",
    f"1,{N[5]},삭제,2024-09-06 11:02,",
    f"2,{N[6]},삭제,2024-09-06 11:03,",
    f"3,{N[7]},블라인드,2024-09-06 11:05,카페 검색 노출 제외",
    f"4,\"{N[8]}\",게시물 없음,,작성자 삭제",
    f"5,{N[9]},미조치,,\"위반 소지 확인되지 않음, 일반 여행 후기\"",
]) + "\n"
mime = f"""Content-Type: multipart/mixed; boundary="=_nv_csv_7"

--=_nv_csv_7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 카페·지식iN 운영정책 담당자입니다.

{R_N} 건 중 카페, 지식iN 및 블로그 일부 게시물의 처리 결과를 첨부 파일과 같이 송부드립니다.
파일을 열어 확인 부탁드립니다.

감사합니다.

--=_nv_csv_7
Content-Type: text/csv; charset=utf-8; name="result_{R_N}.csv"
Content-Disposition: attachment; filename="result_{R_N}.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv_csv_7--
"""
add(name="naver-csv-attachment", from_="cafe-policy@navercorp.com", date="Fri, 06 Sep 2024 11:30:19 +0900",
    subject=f"RE: [{R_N}] 불법정보 시정요구 - 처리결과 첨부", reply_to_req=req_mid(R_N), raw_mime=mime,
    outcome="applied", classification="confirmation",
    imitates="portal operator sending a result spreadsheet (CSV, UTF-8 with BOM) as an attachment",
    why="the CSV gives one status per URL: 삭제/블라인드 removed, 게시물 없음 not_found, 미조치 with reason rejected",
    items={N[5]: "removed", N[6]: "removed", N[7]: "removed", N[8]: "not_found", N[9]: "rejected"})

# A4 one-item request, no URL
add(name="naver-one-item-no-url", from_="cafe-policy@navercorp.com", date="Thu, 12 Sep 2024 09:15:00 +0900",
    subject=f"RE: [{R_NC}] 마약류 판매 게시글 시정요구", reply_to_req=req_mid(R_NC),
    body=f"""안녕하십니까, 네이버 카페 운영정책팀입니다.

요청하신 게시글은 카페 운영원칙(불법 상품 거래 금지) 위반으로 확인되어 2024년 9월 12일 삭제 조치하였습니다.
해당 카페 매니저에게도 경고 조치를 안내하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations reply to a one-item request, naming no URL",
    why="request of one item; unhedged 삭제 조치하였습니다 about 'the requested post' applies to it",
    items={NC: "removed"})

# A5 base64 HTML single part
html5 = f"""<html><body><div style="font-family:'Nanum Gothic'">
<p>안녕하세요. 네이버 포스트·카페 담당자입니다.</p>
<p>요청번호 {R_N} 관련 추가 처리 내역입니다.</p>
<ul>
<li><a href="{html_esc(N[10])}">포스트 게시물 (volumeNo=38112233)</a> : 임시조치 (30일간 국내 접근 제한)</li>
<li><a href="{N[11]}">{N[11]}</a> : 삭제 완료</li>
</ul>
<p>관련 정책은 <a href="https://help.naver.com/service/5626/contents/18935">고객센터 도움말</a>을 참고해 주세요.</p>
</div></body></html>
"""
add(name="naver-base64-html-links", from_="post-help@naver.com", name_from="네이버 포스트",
    date="Mon, 09 Sep 2024 10:05:51 +0900", subject=f"[네이버] 요청하신 게시물 처리 안내 ({R_N})",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(html5),
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre HTML notice, base64 body, item URL only in an <a href> with a title text",
    why="post (link text is a title, URL in href) 임시조치 -> restricted; cafe post 삭제 -> removed; help link is no item",
    items={N[10]: "restricted", N[11]: "removed"})

# A6 author-deleted + rejected
add(name="naver-author-deleted-and-kept", from_="blog-policy@navercorp.com", date="Tue, 10 Sep 2024 16:48:27 +0900",
    subject=f"Re: [{R_N}] 불법정보 시정요구", reply_to_req=req_mid(R_N),
    body=f"""담당자님 안녕하세요.
네이버 블로그 운영정책 담당입니다. 잔여 2건 회신드립니다.

■ {N[12]}
게시자가 9월 4일 직접 삭제한 글로, 현재 블로그에 존재하지 않습니다.

■ {N[3]}
내용을 다시 확인하였으나 특정 사이트로의 유도나 배당 안내 없이 경기 일정과 개인 예상만 적힌 글이라 도박 광고로 보기 어렵습니다. 게시중단 요청을 수용하지 않고 게시 상태를 유지합니다.

추가 의견이 있으시면 회신 주십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog policy reply with ■ headed blocks, result paragraph below each URL",
    why="author-deleted -> not_found; kept with a reason -> rejected",
    items={N[12]: "not_found", N[3]: "rejected"})

# A7 top-posted Gmail-style over the quoted request
add(name="naver-top-posted-over-quote", from_="blog-policy@navercorp.com", date="Wed, 04 Sep 2024 18:21:09 +0900",
    subject=f"Re: [{R_N}] 불법정보 시정요구", reply_to_req=req_mid(R_N),
    body=f"""안녕하세요, 네이버 블로그 운영팀입니다.

요청 주신 건 중 먼저 확인된 2건 회신드립니다.
- {N[1]} : 블라인드 처리 완료
- {N[2]} : 스포츠 경기 일정 소개 글로 불법 도박 광고에 해당하지 않아 유지합니다

나머지는 확인 후 다시 연락드리겠습니다.

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request(R_N, [N[i] for i in range(1, 13)])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply (…님이 작성:) over the regulator's quoted request",
    why="two statements above the quote; the twelve quoted URLs are not statements",
    items={N[1]: "removed", N[2]: "rejected"})

# A8 Outlook -----Original Message-----
add(name="naver-outlook-original-message", from_="cafe-policy@navercorp.com", date="Thu, 05 Sep 2024 13:02:40 +0900",
    subject=f"RE: [{R_N}] 불법정보 시정요구", reply_to_req=req_mid(R_N),
    body=f"""안녕하십니까.
카페 게시물 3건 처리 결과 안내드립니다.

{N[5]} 와 {N[6]} 은(는) 삭제하였고,
{N[7]} 은 블라인드 처리하였습니다.

감사합니다.
김하진 드림 | 네이버 카페 운영정책팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [{R_N}] 불법정보 시정요구

{quoted_request(R_N, [N[i] for i in range(1, 13)], prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with -----Original Message----- and the unquoted request below",
    why="three cafe posts in prose with Korean particles; the request below the separator is ours",
    items={N[5]: "removed", N[6]: "removed", N[7]: "removed"})

# A9 wrapped URL in angle brackets
add(name="naver-kin-wrapped-angle-url", from_="kin-help@naver.com", name_from="네이버 지식iN",
    date="Fri, 06 Sep 2024 09:33:12 +0900", subject=f"[지식iN] 게시물 조치 결과 안내 ({R_N})",
    reply_to_req=req_mid(R_N),
    body=f"""안녕하세요. 네이버 지식iN 운영팀입니다.

신고하신 지식iN 질문 게시물
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
docId=471122334>
은 운영원칙 위반(불법 사행성 광고)으로 답변과 함께 삭제되었습니다.

지식iN 운영원칙: https://kin.naver.com/policy/operation.naver
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN notice with a long URL in angle brackets wrapped after '&' (RFC 3986 appendix C)",
    why="the bracketed URL, unwrapped, is the requested kin question; 삭제되었습니다 -> removed",
    items={N[8]: "removed"})

# A10 acknowledgement phrase + statement
add(name="naver-receipt-with-result", from_="helpdesk@navercorp.com", name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 14:40:00 +0900", subject=f"[네이버 고객센터] 문의 답변 (접수번호 2409-0381127)",
    body=f"""안녕하세요, 네이버 고객센터입니다.
방송통신심의위원회 시정요구({R_N}) 관련 문의가 접수되어 답변드립니다.

확인 결과 아래 게시물은 블로그 운영정책 위반으로 게시중단 처리되었습니다.
{N[9]}

답변이 도움이 되셨나요? 만족도 평가: https://help.naver.com/survey?no=24090381127
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer mail (접수번호, 만족도 평가) carrying a result",
    why="receipt wording plus an unhedged 게시중단 statement with the URL on the line below -> removed",
    items={N[9]: "removed"})

# A11 one-item request with URL, 임시조치
add(name="naver-cafe-imsi-one-item", from_="cafe-policy@navercorp.com", date="Wed, 11 Sep 2024 17:55:31 +0900",
    subject=f"RE: [{R_NC}] 마약류 판매 게시글 시정요구", reply_to_req=req_mid(R_NC),
    body=f"""안녕하세요.

{NC} 게시글은 오늘 16시부로 임시조치(30일)하여 현재 국내에서 열람이 제한된 상태입니다.
수사기관 요청이 있을 경우 작성자 정보 보존에 협조하겠습니다.

네이버 카페 운영정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 임시조치 reply to a one-item request",
    why="임시조치, 국내 열람 제한 -> restricted",
    items={NC: "restricted"})

# A12 Kakao 임시조치 notice
add(name="kakao-imsi-notice", from_="rights-noreply@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 10:12:45 +0900", subject=f"[카카오] 게시물 임시조치 결과 안내 ({R_K})",
    reply_to_req=req_mid(R_K),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라 다음과 같이 조치하였음을 알려드립니다.

[조치 대상]
1) {K[1]}
2) {K[2]}

[조치 내용]
위 게시물 2건: 임시조치 (30일간 게시물 접근 제한)

게시자가 30일 이내에 재게시 요청을 하지 않는 경우 게시물은 삭제될 수 있습니다.

※ 본 메일은 발신 전용입니다. 문의는 카카오 고객센터(https://cs.kakao.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해 신고 임시조치 안내 mail (정보통신망법 제44조의2, 30일)",
    why="both listed posts: 임시조치 (접근 제한) -> restricted; the later deletion is only a possibility",
    items={K[1]: "restricted", K[2]: "restricted"})

# A13 Tistory raw Korean path + brunch not found
add(name="kakao-tistory-korean-path", from_="safety@kakaocorp.com", name_from="카카오 Safety팀",
    date="Mon, 09 Sep 2024 15:27:02 +0900", subject=f"RE: [{R_K}] 개인정보 노출 게시물 시정요구",
    reply_to_req=req_mid(R_K),
    body=f"""안녕하세요. 카카오 Safety팀입니다.
티스토리·브런치 게시물 처리 결과를 안내드립니다.

① {K3_RAW}
   → 개인정보(실명·전화번호) 노출로 비공개 처리
② {K[4]}
   → 작가가 글을 이미 삭제하여 존재하지 않는 글입니다

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety reply, circled-number list with arrow result lines; Tistory URL written with its raw Korean slug",
    why="raw Korean path matches the percent-encoded request URL; 비공개 처리 -> removed; author deleted -> not_found",
    items={K[3]: "removed", K[4]: "not_found"})

# A14 quoted-printable Daum cafe
body14 = f"""안녕하세요, Daum 카페 운영팀입니다.

요청하신 다음카페 게시물 처리 결과입니다.

- {K[1]}
  카페 운영원칙(개인정보 게시 금지) 위반으로 삭제하였습니다.

- {K[2]}
  게시물 내 이름과 연락처가 모두 가려져 있어 특정인을 알아볼 수 없으므로 개인정보 노출로 보기 어렵습니다. 삭제하지 않고 유지합니다.

Daum 카페 운영원칙 https://cafe.daum.net/_c21_/policy
"""
add(name="kakao-daum-cafe-qp", from_="cafe-admin@daum.net", name_from="Daum 카페",
    date="Tue, 10 Sep 2024 11:44:18 +0900", subject=f"Re: [{R_K}] 개인정보 노출 게시물 시정요구",
    reply_to_req=req_mid(R_K),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(body14),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply, quoted-printable UTF-8 body",
    why="K1 삭제 -> removed; K2 kept with a reason -> rejected; policy link is no item",
    items={K[1]: "removed", K[2]: "rejected"})

# A15 one-item request, 'all' wording
add(name="kakao-one-item-all-deleted", from_="cafe-admin@daum.net", name_from="Daum 카페",
    date="Fri, 13 Sep 2024 10:03:55 +0900", subject=f"Re: [{R_KC}] 명예훼손 게시물 시정요구",
    reply_to_req=req_mid(R_KC),
    body="""안녕하세요. Daum 카페 운영팀입니다.
신고해 주신 게시물은 모두 삭제 처리하였습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Daum cafe operator reply",
    why="'모두 삭제' for a request of a single item applies to that item",
    items={KC: "removed"})

# A16 Kakao CSV attachment with BOM, UTF-8, CRLF
csv16 = "\ufeff" + "\r\n".join([
    "서비스,게시물 URL,조치 결과,조치 일자",
    f"다음카페,{K[1]},삭제,2024.09.11",
    f"다음카페,{K[2]},삭제,2024.09.11",
    f"티스토리,{K[3]},접근 제한(대한민국),2024.09.11",
    f"브런치,{K[4]},게시물 없음,-",
]) + "\r\n"
mime16 = f"""Content-Type: multipart/mixed; boundary="kakao-b16"

--kakao-b16
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 정책팀입니다.
{R_K} 시정요구에 대한 최종 조치 결과를 첨부와 같이 회신드립니다.

--kakao-b16
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="kakao_{R_K}_result.csv"
Content-Transfer-Encoding: base64

{b64(csv16)}
--kakao-b16--
"""
add(name="kakao-csv-final-result", from_="policy@kakaocorp.com", name_from="카카오 정책팀",
    date="Wed, 11 Sep 2024 18:20:00 +0900", subject=f"[회신] {R_K} 시정요구 조치결과",
    reply_to_req=req_mid(R_K), raw_mime=mime16,
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team final result sheet (CSV attachment, BOM, CRLF, percent-encoded Tistory URL)",
    why="per-row results: 삭제 removed, 접근 제한(대한민국) restricted, 게시물 없음 not_found",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "not_found"})

# A17 English Kakao T&S
add(name="kakao-english-trust-safety", from_="trust-safety@kakaocorp.com", name_from="Kakao Trust & Safety",
    date="Tue, 10 Sep 2024 20:06:33 +0900", subject=f"Re: [{R_K}] Removal request - personal information",
    reply_to_req=req_mid(R_K),
    body=f"""Dear KCSC team,

Thank you for your request. Our review is complete for two of the reported URLs:

{K[1]} - removed. The post exposed a private individual's phone number in breach of the Daum Cafe operation policy.

{K[4]} - we could not locate this post. The Brunch author deleted it before our review.

Best regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply from a Korean platform, URL then a dash and the outcome",
    why="K1 removed; K4 cannot locate, deleted by its author -> not_found",
    items={K[1]: "removed", K[4]: "not_found"})

# A18 YouTube Korea in Korean: restricted + removed
add(name="yt-korea-legal-korean", from_="legal-kr@google.com", name_from="YouTube 법무팀",
    date="Tue, 10 Sep 2024 09:50:12 +0900", subject=f"[{R_Y}] YouTube 콘텐츠 관련 법적 요청 처리 결과",
    reply_to_req=req_mid(R_Y),
    body=f"""안녕하세요.

방송통신심의위원회에서 제출하신 요청을 검토한 결과를 안내해 드립니다.

현지 법률에 따라 다음 동영상에 대해 대한민국 내 액세스를 제한했습니다.
{Y[1]}
{Y[2]}

아래 Shorts 동영상은 YouTube 커뮤니티 가이드(규제 상품 정책) 위반으로 확인되어 YouTube에서 삭제되었습니다.
{Y[3]}

YouTube 커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-request outcome mail in Korean (국가별 액세스 제한 / 커뮤니티 가이드 위반 삭제)",
    why="statement line above the URLs: Y1, Y2 restricted in Korea; Y3 removed; guideline link is no item",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"})

# A19 YouTube English with echoed report
add(name="yt-english-echoed-report", from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:14:40 +0900", subject=f"Re: Your legal request [4-3318000027164] {R_Y}",
    reply_to_req=req_mid(R_Y),
    body=f"""Hello,

Thanks for reaching out to YouTube. We have reviewed the content you reported.

Your submission:
  Country: South Korea
  Reporter: Korea Communications Standards Commission
  Content URLs:
    {Y[1]}
    {Y[2]}
    {Y[3]}

Our decision:

1. {Y[1]}
   We removed this video globally for violating our regulated goods policy.
2. {Y[2]}
   After review we did not find a violation of our Community Guidelines or of local law. The video remains available.
3. {Y[3]}
   This Shorts URL does not exist on YouTube; the video ID is not valid.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply echoing the submission form before a numbered decision list",
    why="echoed URLs carry no status; decisions: removed, rejected (no violation), not_found (invalid id)",
    items={Y[1]: "removed", Y[2]: "rejected", Y[3]: "not_found"})

# A20 YouTube age restriction
add(name="yt-age-restriction-korean", from_="noreply-legal@youtube.com", name_from="YouTube",
    date="Mon, 09 Sep 2024 16:30:00 +0900", subject=f"YouTube 신고 처리 결과 안내 ({R_Y})",
    reply_to_req=req_mid(R_Y),
    body=f"""YouTube에서 알려드립니다.

신고하신 동영상({Y[2]})을 검토하여 연령 제한을 적용했습니다. 이 동영상은 로그인하지 않았거나 만 18세 미만인 사용자에게 더 이상 표시되지 않습니다.

연령 제한 정책 자세히 알아보기: https://support.google.com/youtube/answer/2802167
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome notice in Korean",
    why="연령 제한 적용 -> restricted",
    items={Y[2]: "restricted"})

# A21 DC informal operator with angle brackets
add(name="dc-informal-operator", from_="op.kim@dcinside.com", name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 11:52:08 +0900", subject=f"Re: [{R_D}] 불법정보 시정요구",
    reply_to_req=req_mid(R_D),
    body=f"""안녕하세요 디시인사이드 운영팀입니다.
보내주신 공문 잘 받았고요, 처리 결과 알려드립니다.

<{D[1]}>
<{D[2]}>
위 두 건은 오늘 오전에 삭제했습니다 (작성자 IP 차단도 같이 걸었습니다).

코인노트 갤 글(<{D[3]}>)은 저희가 확인했을 때 이미 작성자가 지운 상태였습니다.

나머지 두 건은 아직 보고 있어서 확인되면 따로 회신 드릴게요.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal community-site operator reply, URLs in angle brackets, statement below them",
    why="D1, D2 removed ('위 두 건'); D3 deleted by its author -> not_found; the rest only promised",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"})

# A22 DC HTML table
rows22 = [(1, "삭제"), (2, "게시물 없음"), (3, "삭제"), (4, "삭제"), (5, "유지 (운영 원칙 위반 사항 없음)")]
trs22 = "\n".join(f"<tr><td>{i}</td><td>{html_esc(D[i])}</td><td>{r}</td></tr>" for i, r in rows22)
add(name="dc-html-result-table", from_="report@dcinside.com", name_from="디시인사이드",
    date="Thu, 12 Sep 2024 14:00:21 +0900", subject=f"[디시인사이드] 시정요구 조치 결과 ({R_D})",
    reply_to_req=req_mid(R_D), type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께</p>
<p>요청하신 게시물 {len(rows22)}건에 대한 조치 결과를 알려드립니다.</p>
<table border="1">
<thead><tr><th>No</th><th>게시물 주소</th><th>처리 결과</th></tr></thead>
<tbody>
{trs22}
</tbody>
</table>
<p>디시인사이드 운영팀 | <a href="https://www.dcinside.com/policy/rule">게시물 운영 원칙</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside result table as an HTML-only mail, URLs as cell text (&amp; in query strings)",
    why="per-row results: 삭제 removed, 게시물 없음 not_found, 유지 with reason rejected",
    items={D[1]: "removed", D[2]: "not_found", D[3]: "removed", D[4]: "removed", D[5]: "rejected"})

# A23 DC bare URL, status below
add(name="dc-bare-url-status-below", from_="report@dcinside.com", name_from="디시인사이드",
    date="Fri, 13 Sep 2024 10:11:00 +0900", subject=f"Re: [{R_D}] 불법정보 시정요구 (추가 회신)",
    reply_to_req=req_mid(R_D),
    body=f"""추가 회신드립니다.

{D[4]}
→ 삭제 완료

{D[5]}
→ 존재하지 않는 게시물입니다

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="terse operator follow-up: bare URL, arrow result on the next line",
    why="D4 removed; D5 does not exist -> not_found",
    items={D[4]: "removed", D[5]: "not_found"})

# A24 Band notice
add(name="band-result-notice", from_="help@band.us", name_from="BAND 고객센터",
    date="Thu, 12 Sep 2024 15:35:47 +0900", subject=f"[BAND] 신고 게시글 처리 결과 안내 ({R_B})",
    reply_to_req=req_mid(R_B),
    body=f"""안녕하세요. BAND 고객센터입니다.

신고하신 게시글 2건을 확인하여 아래와 같이 처리하였습니다.

· {B[1]}
  음란물 게시로 운영정책 위반에 해당하여 게시글을 삭제하고 작성자에게 이용 제한 조치를 하였습니다.

· {B[2]}
  수영복 화보 사진으로 운영정책상 음란물 기준에 해당하지 않아 게시글을 유지합니다.

BAND 운영정책: https://band.us/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre 신고 처리 결과 notice with a bulleted result per post",
    why="B1 removed; B2 kept with a reason -> rejected",
    items={B[1]: "removed", B[2]: "rejected"})

# A25 Band: statement then URL on the line below
add(name="band-url-below-statement", from_="help@band.us", name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 09:02:16 +0900", subject=f"Re: [{R_B}] 공개 밴드 게시글 시정요구",
    reply_to_req=req_mid(R_B),
    body=f"""안녕하세요, BAND 운영팀입니다.

아래 게시글은 운영정책 위반으로 비공개 처리되었습니다:
{B[2]}

다른 1건은 검토 중이며 결과가 나오면 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operator reply: statement with a colon, URL on the next line",
    why="B2 비공개 처리 -> removed; the other post is only under review and not named",
    items={B[2]: "removed"})

# A26 DC full-width parentheses
add(name="dc-fullwidth-parens", from_="op.lee@dcinside.com", name_from="디시인사이드 운영팀 이지수",
    date="Wed, 11 Sep 2024 19:45:03 +0900", subject=f"RE: [{R_D}] 불법정보 시정요구",
    reply_to_req=req_mid(R_D),
    body=f"""안녕하세요. 디시인사이드 마이너 갤러리 담당 이지수입니다.

코인노트 마이너 갤러리 게시글（{D[3]}）은 리딩방 홍보글로 확인되어 삭제 처리하였으며, 같은 갤러리 게시글（{D[4]}）은 일반 투자 정보 공유 글로 위반 사항이 없어 삭제하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean prose reply with URLs inside full-width parentheses followed by particles",
    why="D3 removed; D4 not deleted, no violation -> rejected",
    items={D[3]: "removed", D[4]: "rejected"})

# ================================================================ REVIEW
add(name="naver-promise-sequential", from_="policy@navercorp.com", date="Wed, 04 Sep 2024 11:20:00 +0900",
    subject=f"RE: [{R_N}] 불법정보 시정요구", reply_to_req=req_mid(R_N),
    body=f"""안녕하십니까, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 블로그 글은 내부 검토를 거쳐 금주 중 순차적으로 게시중단 조치할 예정입니다.
{N[1]}
{N[2]}
{N[3]}

조치가 완료되면 결과를 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="portal reply promising 순차적 게시중단 조치 예정",
    why="only a promise ('조치할 예정'), no statement; items stay pending",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"})

add(name="kakao-hedge-seems-deleted", from_="safety@kakaocorp.com", name_from="카카오 Safety팀",
    date="Mon, 09 Sep 2024 11:03:29 +0900", subject=f"RE: [{R_K}] 개인정보 노출 게시물 시정요구",
    reply_to_req=req_mid(R_K),
    body=f"""안녕하세요. 카카오 Safety팀입니다.

{K[2]} 게시물은 현재 접속 시 오류 화면이 나오는 것으로 보아 이미 삭제된 것으로 보입니다.
정확한 상태는 카페 측 확인 후 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="operator reply guessing from an error page ('삭제된 것으로 보입니다')",
    why="hedge, not a statement; K2 stays pending",
    items={K[2]: "pending"})

add(name="naver-bulk-all-twelve", from_="policy@navercorp.com", date="Mon, 09 Sep 2024 18:00:00 +0900",
    subject=f"[회신] {R_N} 시정요구 조치 완료", reply_to_req=req_mid(R_N),
    body=f"""방송통신심의위원회 담당자님께

귀 위원회에서 요청하신 시정요구({R_N}) 대상 게시물 12건 전체에 대하여 게시중단 조치를 완료하였음을 알려드립니다.

{NAVER_SIG}
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="short 공문-style 'all N items actioned' completion notice",
    why="statement about all twelve items without naming them, request has 12 items -> bulk",
    items={N[i]: "pending" for i in range(1, 13)})

add(name="dc-bulk-informal", from_="op.kim@dcinside.com", name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 13:30:44 +0900", subject=f"Re: [{R_D}] 불법정보 시정요구",
    reply_to_req=req_mid(R_D),
    body="""네 안녕하세요.
말씀하신 글들 전부 삭제 처리했습니다. 작성자들은 차단했어요.
다음에도 같은 패턴 글 보이면 바로 보내주세요.

> 아래 게시물 5건에 대하여 시정요구를 하오니 조치 후 회신 바랍니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="informal operator one-liner 'all deleted' over a quoted line",
    why="'전부 삭제' without naming items for a 5-item request -> bulk",
    items={D[i]: "pending" for i in range(1, 6)})

add(name="naver-dmarc-fail", from_="policy@navercorp.com", auth="fail", date="Thu, 05 Sep 2024 08:12:09 +0900",
    subject=f"RE: [{R_N}] 조치결과", reply_to_req=req_mid(R_N),
    body=f"""조치결과 안내드립니다.

{N[1]} - 삭제
{N[5]} - 삭제
{N[9]} - 삭제

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="result list from a NAVER address whose DKIM/SPF/DMARC fail",
    why="platform domain failing authentication -> untrusted; nothing applies",
    items={N[1]: "pending", N[5]: "pending", N[9]: "pending"})

add(name="cafe-manager-gmail", from_="sportstoto24.mgr@gmail.com", name_from="스포츠토토24 카페매니저",
    date="Fri, 06 Sep 2024 22:40:10 +0900", subject=f"[{R_N}] 카페 글 삭제했습니다",
    body=f"""안녕하세요 저는 스포츠토토24 카페 매니저입니다.
네이버에서 연락받고 문제된 글 확인해서 제가 직접 지웠습니다.
{N[5]}
{N[6]}
앞으로 이런 글 안 올라오게 관리하겠습니다. 카페 폐쇄만은 막아주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager writing from a personal webmail address",
    why="not a platform domain; claims about NAVER items -> unknown_sender",
    items={N[5]: "pending", N[6]: "pending"})

add(name="naver-about-tistory", from_="policy@navercorp.com", date="Tue, 10 Sep 2024 10:25:00 +0900",
    subject="문의하신 게시물 관련 회신",
    body=f"""안녕하십니까, 네이버 정책지원팀입니다.

참조로 전달받으신 아래 게시물은 네이버 서비스가 아닌 티스토리(카카오) 블로그 게시물로, 당사 서비스에서는 해당 게시물이 존재하지 않습니다.
{K3_RAW}

해당 게시물은 운영사인 카카오에 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal telling the regulator the URL belongs to another company's service",
    why="NAVER stating 'does not exist' about a Kakao (Tistory) item -> wrong_platform",
    items={K[3]: "pending"})

add(name="dc-asks-documents", from_="legal@dcinside.com", name_from="디시인사이드 법무팀",
    date="Tue, 10 Sep 2024 14:20:33 +0900", subject=f"Re: [{R_D}] 불법정보 시정요구 - 자료 요청",
    reply_to_req=req_mid(R_D),
    body=f"""안녕하세요. 디시인사이드 법무팀입니다.

아래 게시물에 대한 조치 검토를 위해 시정요구 의결서 사본과 각 게시물의 위반 근거 조항을 보내주시기 바랍니다.
{D[1]}
{D[2]}
{D[3]}

자료를 받는 대로 검토하여 조치 여부를 회신드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal team asking for the 의결서 copy and legal basis before acting",
    why="a request for documents naming three items; nothing stated",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending"})

add(name="naver-policy-newsletter", from_="policy@navercorp.com", date="Thu, 12 Sep 2024 10:00:00 +0900",
    subject="[안내] 2024년 하반기 게시중단 요청 접수 채널 변경",
    body="""방송통신심의위원회 담당자님께

2024년 10월 1일부터 기관 게시중단 요청은 이메일 대신 기관 전용 접수 페이지로 받습니다.
접수 페이지: https://right.naver.com/agency/request
기존 이메일 접수 건은 9월 30일까지 처리됩니다.

네이버 주식회사 Trust & Safety 정책지원팀
""",
    outcome="review", review="no_claims",
    imitates="portal process-change notice to agencies",
    why="trusted NAVER mail naming no requested item and no request -> no_claims",
    items={})

add(name="kakao-conditional-sojeong", from_="rights-noreply@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 09:30:00 +0900", subject=f"[카카오] 게시물 검토 진행 안내 ({R_K})",
    reply_to_req=req_mid(R_K),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 아래 게시물은 개인정보 노출 여부에 대한 판단이 필요하여 게시자에게 소명 기회를 부여하였습니다.
- {K[1]}
- {K3_RAW}

게시자가 7일 이내에 소명하지 않으면 해당 게시물을 삭제할 예정이며, 소명이 접수되면 검토 후 결과를 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao notice that the poster has been given a chance to respond (소명 기회)",
    why="conditional future deletion; no statement, items stay pending",
    items={K[1]: "pending", K[3]: "pending"})

add(name="band-leader-probably", from_="ops.park@band.us", name_from="BAND 운영팀 박서연",
    date="Thu, 12 Sep 2024 20:12:00 +0900", subject=f"Re: [{R_B}] 공개 밴드 게시글 시정요구",
    reply_to_req=req_mid(R_B),
    body=f"""안녕하세요 밴드 운영팀 박서연입니다.
{B[1]} 글은 밴드 리더분께 연락드렸고 아마 리더분이 내린 것 같아요.
제가 내일 다시 들어가서 확인해보고 말씀드릴게요!
""",
    outcome="review", review="not_understood",
    imitates="informal operator note guessing the band leader took the post down",
    why="'아마 … 내린 것 같아요' is a hedge, not a statement; B1 stays pending",
    items={B[1]: "pending"})

# ================================================================ IGNORED
add(name="naver-helpdesk-receipt", from_="helpdesk@navercorp.com", name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 10:02:11 +0900", subject=f"[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409-0370415)",
    reply_to_req=req_mid(R_N),
    body=f"""안녕하세요, 네이버 고객센터입니다.

문의가 정상적으로 접수되었습니다.
 - 접수번호: 2409-0370415
 - 문의 제목: [{R_N}] 불법정보 시정요구
 - 접수 일시: 2024.09.03 10:02

담당자가 확인 후 순서대로 답변드리겠습니다. 답변은 영업일 기준 1~3일 정도 소요될 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre automatic receipt (접수번호)",
    why="pure acknowledgement, no item statement",
    items={})

add(name="kakao-out-of-office", from_="jiwoo.han@kakaocorp.com", name_from="한지우",
    date="Thu, 05 Sep 2024 14:00:40 +0900", subject=f"[부재중] Re: [{R_K}] 개인정보 노출 게시물 시정요구",
    reply_to_req=req_mid(R_K), extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 한지우입니다.
9월 5일(목)부터 9월 9일(월)까지 휴가로 부재중입니다.
급한 용무는 safety@kakaocorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    items={})

orig_b = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report@band.us
Subject: [{R_B}] 공개 밴드 게시글 시정요구
Message-ID: <{req_mid(R_B)}@kcsc.example>
Date: Tue, 10 Sep 2024 16:10:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request(R_B, [B[1], B[2]], prefix="")}
"""
mime_dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b437"

--dsn-b437
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.band.us.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@band.us>: mailbox unavailable (user unknown)

--dsn-b437
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.band.us
Arrival-Date: Tue, 10 Sep 2024 16:10:04 +0900

Final-Recipient: rfc822; report@band.us
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@band.us>: Recipient address rejected

--dsn-b437
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

{orig_b}
--dsn-b437--
"""
add(name="band-dsn-bounce", from_="MAILER-DAEMON@mail.band.us", name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 16:10:05 +0900", subject="Undelivered Mail Returned to Sender",
    raw_mime=mime_dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning our request with both URLs",
    why="bounce; the URLs are only in the returned request",
    items={})

mime_mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-1"

--mdn-dc-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
제목: [{R_D}] 불법정보 시정요구
읽은 시간: 2024-09-09 오전 10:31

--mdn-dc-1
Content-Type: message/disposition-notification

Reporting-UA: dcinside.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;op.kim@dcinside.com
Original-Message-ID: <{req_mid(R_D)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-1--
"""
add(name="dc-read-receipt", from_="op.kim@dcinside.com", name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 10:31:22 +0900", subject=f"읽음: [{R_D}] 불법정보 시정요구",
    reply_to_req=req_mid(R_D), raw_mime=mime_mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (읽음:) as an MDN",
    why="read receipt",
    items={})

add(name="yt-legal-ticket-receipt", from_="legal-support@google.com", name_from="Google Legal Support",
    date="Fri, 06 Sep 2024 11:31:05 +0900", subject="[4-3318000027164] 법적 요청이 접수되었습니다",
    reply_to_req=req_mid(R_Y),
    body=f"""안녕하세요.

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며 참조 번호는 4-3318000027164입니다.
담당 팀에서 검토한 후 이메일로 연락드리겠습니다. 추가 문의 시 이 참조 번호를 제목에 적어 주세요.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request web-form receipt with a reference number",
    why="pure acknowledgement",
    items={})

add(name="dc-auto-reply-english", from_="report@dcinside.com", name_from="DCinside Report Desk",
    date="Mon, 09 Sep 2024 09:40:30 +0900", subject=f"Automatic reply: [{R_D}] 불법정보 시정요구",
    reply_to_req=req_mid(R_D), extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동 응답 / Automatic reply]

디시인사이드 신고 접수 메일입니다. 주말 및 공휴일에는 답변이 늦어질 수 있습니다.
This mailbox is monitored on business days (KST 10:00-18:00). Replies may be delayed.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual report-desk autoresponder",
    why="auto-reply",
    items={})

add(name="naver-ooo-quoting-request", from_="minsu.cho@navercorp.com", name_from="조민수",
    date="Tue, 03 Sep 2024 10:00:30 +0900", subject=f"자동 회신: [{R_N}] 불법정보 시정요구",
    reply_to_req=req_mid(R_N), extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""9월 6일까지 해외 출장으로 메일 확인이 늦어집니다.
시정요구 관련 건은 policy@navercorp.com 으로 보내주시면 바로 처리됩니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Subject: [{R_N}] 불법정보 시정요구

{quoted_request(R_N, [N[i] for i in range(1, 13)], prefix="")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 자동 회신 that copies the original request below it",
    why="auto-reply; the twelve URLs are only in the copied request",
    items={})


def main():
    write_requests()
    for i, c in enumerate(cases):
        c["from"] = c.pop("from_")
        # Real mailers encode non-ASCII header text (RFC 2047); a few leave
        # the subject as raw UTF-8, as some Korean webmail does.
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = Header(c["name_from"], "utf-8").encode()
        if not c["subject"].isascii() and i % 3 != 2:
            c["subject"] = Header(c["subject"], "utf-8").encode()
    header = f"""# Blind set 437 (Korean focus): written from each email's meaning before any run.
# Generated by make.py; do not edit by hand."""
    corpuslib.write_set(HERE, SET, header, cases)


if __name__ == "__main__":
    main()
