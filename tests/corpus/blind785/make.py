#!/usr/bin/env python3
"""Blind set 785 (Korean): replies from NAVER, Kakao/Daum, YouTube Korea,
DC Inside and BAND, written in Korean (공문 style replies, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies), plus auto-replies,
bounces, read receipts and receipts.

    python3 tests/corpus/blind785/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader. All names, URLs and ids are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def enc(s):
    """RFC 2047 encoded-word for a header value (what real mailers send)."""
    return Header(s, "utf-8").encode()


def b64(s):
    data = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240906-03", "KCSC-240909-04",
    "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07",
)
MID = {R1: "req-240903-01", R2: "req-240905-02", R3: "req-240906-03", R4: "req-240909-04",
       R5: "req-240910-05", R6: "req-240911-06", R7: "req-240912-07"}

N = [None,
     "https://blog.naver.com/lucky_sunset88/223561200481",
     "https://blog.naver.com/lucky_sunset88/223561200517",
     "https://blog.naver.com/binggo_toto/223558870012",
     "https://blog.naver.com/binggo_toto/223558870344",
     "https://cafe.naver.com/sportsline24/10233",
     "https://cafe.naver.com/sportsline24/10241",
     "https://cafe.naver.com/sportsline24/10256",
     "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471234567",
     "https://blog.naver.com/moa_pick/223562901177",
     "https://post.naver.com/viewer/postView.naver?volumeNo=38110245&memberNo=51234567",
     "https://cafe.naver.com/casinotalk2024/551",
     "https://cafe.naver.com/casinotalk2024/567",
     "https://blog.naver.com/jackpot_daily/223560011923",
     "https://blog.naver.com/jackpot_daily/223560012008"]
K = [None,
     "https://cafe.daum.net/silverwave21/Ab3K/118",
     "https://cafe.daum.net/silverwave21/Ab3K/121",
     "https://dalbit-note.tistory.com/58",
     "https://dalbit-note.tistory.com/61",
     "https://brunch.co.kr/@%EB%B0%94%EB%9E%8C%EC%86%8C%EB%A6%AC/31"]
K5_RAW = "https://brunch.co.kr/@바람소리/31"
Y = [None,
     "https://www.youtube.com/watch?v=Qm4sT8vLk2A",
     "https://www.youtube.com/watch?v=bX9eR1nPz7C",
     "https://www.youtube.com/shorts/H3kWq0aZr5E",
     "https://www.youtube.com/@%EC%A7%84%EC%A7%9C%EC%A0%95%EB%B3%B4%ED%8C%A9%ED%8A%B8TV"]
Y4_RAW = "https://www.youtube.com/@진짜정보팩트TV"
D = [None,
     "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812345",
     "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=220415",
     "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=220431"]
B = [None,
     "https://band.us/band/81234567/post/2201",
     "https://band.us/band/81234567/post/2215"]
S1 = "https://cafe.naver.com/greenstockclub/90211"
S2 = "https://pf.kakao.com/_xkLmQb/105472331"

REQUESTS = [
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", N[1:], "gambling",
     "불법 스포츠토토·카지노 홍보 게시물"),
    (R2, "kakao", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00", K[1:], "defamation",
     "개인정보 노출 및 명예훼손 게시물"),
    (R3, "youtube", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", Y[1:], "drugs",
     "마약류 판매 광고 영상 및 채널"),
    (R4, "dcinside", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00", D[1:], "fraud",
     "코인 리딩방 사기 홍보 게시글"),
    (R5, "band", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", B[1:], "obscenity",
     "음란물 공유 게시글"),
    (R6, "naver", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00", [S1], "fraud",
     "주식 리딩방 사기 게시글"),
    (R7, "kakao", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", [S2], "gambling",
     "불법 도박 채널 소식글"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, raw=None):
    """The regulator's own request, as it is quoted back in replies."""
    raw = raw or {}
    lines = [
        "방송통신심의위원회 통신심의국입니다.",
        "",
        "아래 정보는 「정보통신에 관한 심의규정」에 위반되어 「방송통신위원회의 설치 및",
        "운영에 관한 법률」 제21조제4호에 따라 시정요구(해당 정보의 삭제)하오니,",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
        "대상 정보:",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"  {i}. {raw.get(u, u)}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(lines)


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


CASES = []


def case(**c):
    c.setdefault("classification", None)
    CASES.append(c)


NAVER = enc("네이버 게시중단 담당")
NAVER_POL = enc("NAVER 정책지원팀")
KAKAO = enc("카카오 권리침해신고센터")
YT = enc("YouTube 법무팀")
DC = enc("디시인사이드 운영팀")
BAND = enc("BAND 고객센터")

# ====================================================================== NAVER
GONGMUN_ROWS = "\n".join(f" {i:>3}  | {u:<81}| {st}" for i, (u, st) in enumerate(zip(N[1:], ['삭제', '삭제', '게시중단', '게시중단', '삭제', '삭제', '임시조치(30일)', '삭제', '게시물 없음(작성자 삭제)', '삭제', '삭제', '삭제', '미조치(위반사항 확인되지 않음)', '임시조치(30일)']), 1))
case(
    name="naver-gongmun-text-table-all",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POL,
    date="Mon, 09 Sep 2024 16:40:12 +0900",
    subject=enc(f"[회신] 시정요구 조치결과 통보 ({R1})"),
    reply_to_req=MID[R1],
    body=f"""
수신: 방송통신심의위원회 통신심의국
발신: 네이버㈜ 정책지원팀
제목: 시정요구에 대한 조치결과 회신 ({R1})

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구({R1})와 관련하여,
   당사의 조치 결과를 아래와 같이 회신합니다.

  - 아    래 -

 연번 | URL                                                                              | 조치결과
 -----+----------------------------------------------------------------------------------+---------------------------
{GONGMUN_ROWS}

3. 13번 게시물은 검토 결과 도박 홍보 내용이 확인되지 않아 게시를 유지하였습니다.
   추가 자료가 있으시면 회신 주시기 바랍니다.  끝.

네이버㈜ 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구 with a 연번/URL/조치결과 text table",
    why="trusted NAVER reply stating a result per URL: 삭제/게시중단 removed, 임시조치 restricted, 작성자 삭제 not_found, 미조치 rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed", N[5]: "removed",
           N[6]: "removed", N[7]: "restricted", N[8]: "removed", N[9]: "not_found", N[10]: "removed",
           N[11]: "removed", N[12]: "removed", N[13]: "rejected", N[14]: "restricted"},
)

rows = [(N[9], "삭제"), (N[10], "삭제"), (N[11], "블라인드"), (N[12], "접근 제한(19세 미만 열람 불가)"),
        (N[13], "검토 중"), (N[14], "검토 중")]
trs = "\n".join(
    f'<tr><td style="border:1px solid #ccc;padding:4px">{i}</td>'
    f'<td style="border:1px solid #ccc;padding:4px"><a href="{u}">{u.replace("&", "&amp;")}</a></td>'
    f'<td style="border:1px solid #ccc;padding:4px">{s}</td></tr>'
    for i, (u, s) in enumerate(rows, 1))
case(
    name="naver-html-table-partial",
    **{"from": "noreply-right@navercorp.com"}, name_from=NAVER,
    date="Fri, 06 Sep 2024 11:05:33 +0900",
    subject=enc(f"[NAVER] 게시중단 요청 처리 현황 안내 - {R1}"),
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단 요청 담당자입니다.</p>
<p>요청번호 <b>{R1}</b> 중 아래 6건의 처리 현황을 먼저 안내드립니다.
나머지 건은 처리가 끝나는 대로 별도로 안내드리겠습니다.</p>
<table style="border-collapse:collapse">
<tr><th style="border:1px solid #ccc">No</th><th style="border:1px solid #ccc">게시물 URL</th><th style="border:1px solid #ccc">처리 상태</th></tr>
{trs}
</table>
<p>처리 기준은 <a href="https://policy.naver.com/policy/service_group.html">네이버 서비스 운영정책</a>을 참고해 주세요.</p>
<p>감사합니다.<br>NAVER</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 status mail with an HTML result table",
    why="HTML table: 삭제/블라인드 removed, 19세 미만 열람 불가 restricted, 검토 중 stays pending; policy link is not an item",
    items={N[9]: "removed", N[10]: "removed", N[11]: "removed", N[12]: "restricted",
           N[13]: "pending", N[14]: "pending"},
)

csv_rows = [("1", N[1], "삭제", "2024-09-05 14:02"), ("2", N[2], "삭제", "2024-09-05 14:02"),
            ("3", N[3], "삭제", "2024-09-05 14:10"), ("4", N[4], "임시조치", "2024-09-05 14:11"),
            ("5", N[5], "삭제", "2024-09-05 15:30"), ("6", N[6], "게시물 없음", "-"),
            ("7", N[7], "미조치(위반 아님)", "-"), ("8", N[8], "삭제", "2024-09-05 16:45")]
cbuf = io.StringIO()
cw = csv.writer(cbuf, lineterminator="\r\n")
cw.writerow(["번호", "URL", "조치결과", "조치일시"])
for r in csv_rows:
    cw.writerow(r)
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POL,
    date="Thu, 05 Sep 2024 18:12:40 +0900",
    subject=enc(f"RE: [{R1}] 시정요구 - 조치결과 송부(1차)"),
    reply_to_req=MID[R1],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_8a7c1e"

--=_nv_8a7c1e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, 네이버 정책지원팀입니다.

{R1} 건 1차 조치결과를 첨부 파일(CSV)로 송부드립니다.
첨부 파일에 포함되지 않은 게시물은 확인 중이며, 2차 회신 시 함께 안내드리겠습니다.

감사합니다.
네이버 정책지원팀
''')}

--=_nv_8a7c1e
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(chr(0xfeff) + cbuf.getvalue())}

--=_nv_8a7c1e--
""",
    outcome="applied", classification="confirmation",
    imitates="Portal compliance team sending a 조치결과 CSV attachment (번호,URL,조치결과,조치일시)",
    why="CSV rows state a result per URL; items not in the file (N9-N14) are not spoken about",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted", N[5]: "removed",
           N[6]: "not_found", N[7]: "rejected", N[8]: "removed"},
)

case(
    name="naver-cafe-blind-single",
    **{"from": "cafe_help@naver.com"}, name_from=enc("네이버 카페 고객센터"),
    date="Thu, 12 Sep 2024 10:21:08 +0900",
    subject=enc(f"[네이버 카페] 신고 게시글 처리 결과 안내 ({R6})"),
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

방송통신심의위원회에서 요청하신 게시글({S1})은
카페 운영정책 위반(투자 사기 유도)이 확인되어 블라인드 처리되었습니다.

블라인드 처리된 게시글은 카페 회원을 포함한 모든 이용자에게 노출되지 않습니다.

더 궁금하신 점은 네이버 고객센터(https://help.naver.com)로 문의해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 신고 처리 결과 안내 (블라인드 처리) mail",
    why="item-level 블라인드 statement from NAVER for the one-item request; help link is not an item",
    items={S1: "removed"},
)

case(
    name="naver-sole-reply-no-url",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POL,
    date="Fri, 13 Sep 2024 09:47:55 +0900",
    subject=enc(f"RE: [{R6}] 시정요구"),
    reply_to_req=MID[R6],
    body=f"""
안녕하세요, 네이버 정책지원팀 김하늘입니다.

요청하신 게시물은 카페 운영정책에 따라 9월 12일자로 삭제 조치하였음을 알려드립니다.

감사합니다.
김하늘 드림
네이버㈜ 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="short 담당자 reply in the request thread, no URL",
    why="one-item request: an unhedged 삭제 statement about 'the requested post' applies to its only item",
    items={S1: "removed"},
)

case(
    name="naver-imsijochi-two-cafe",
    **{"from": "noreply-right@navercorp.com"}, name_from=NAVER,
    date="Wed, 04 Sep 2024 20:03:17 +0900",
    subject=enc("[NAVER] 게시물 임시조치 안내"),
    body=f"""
안녕하세요. 네이버입니다.

{R1} 관련 요청에 따라 아래 게시물에 대해 「정보통신망 이용촉진 및 정보보호 등에
관한 법률」 제44조의2에 따른 임시조치(30일간 게시물 접근 차단)를 하였습니다.

■ 임시조치 게시물
 - {N[5]}
 - {N[6]}

■ 임시조치 기간: 2024.09.04 ~ 2024.10.03

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 게시물은 삭제될 수 있습니다.
재게시 요청 절차는 https://right.naver.com/guide 에서 확인하실 수 있습니다.

NAVER 게시중단요청서비스
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 notice (정보통신망법 제44조의2)",
    why="임시조치 (30-day access block) applied now: restricted; the later possible deletion is only conditional",
    items={N[5]: "restricted", N[6]: "restricted"},
)

case(
    name="naver-url-below-heading",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POL,
    date="Sat, 07 Sep 2024 13:15:02 +0900",
    subject=enc(f"[{R1}] 2차 조치결과"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
{R1} 건에 대한 2차 조치결과입니다.

아래 게시물은 게시중단 처리되었습니다.
{N[9]}
{N[10]}

아래 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.
{N[11]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal compliance reply grouping URLs under a statement line",
    why="statement lines followed by bare URLs: two 게시중단 (removed), one already deleted by its author (not_found)",
    items={N[9]: "removed", N[10]: "removed", N[11]: "not_found"},
)

case(
    name="naver-outlook-top-post",
    **{"from": "hyejin.park@navercorp.com"}, name_from=enc("박혜진"),
    date="Tue, 10 Sep 2024 17:32:49 +0900",
    subject=enc(f"RE: [{R1}] 시정요구"),
    reply_to_req=MID[R1],
    extra_headers=["Thread-Topic: " + enc(f"[{R1}] 시정요구"), "X-Mailer: Microsoft Outlook 16.0"],
    body=f"""
안녕하세요, 네이버 박혜진입니다.

남아 있던 두 건 회신드립니다.
- {N[13]} : 작성자 블로그에서 삭제 처리 완료
- {N[14]} : 검토 결과 불법 도박 홍보에 해당하지 않아 게시 유지

나머지는 앞서 회신드린 결과와 같습니다.

박혜진 | NAVER 정책지원팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [{R1}] 시정요구

{request_text(R1, N[1:])}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the quoted 시정요구 (-----Original Message-----)",
    why="only the two items in the reply above the quoted request change; the quoted list below says nothing",
    items={N[13]: "removed", N[14]: "rejected"},
)

case(
    name="naver-qp-body",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POL,
    date="Thu, 05 Sep 2024 10:08:21 +0900",
    subject=enc(f"[{R1}] 블로그 게시물 조치 결과"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버 정책지원팀입니다.

{R1} 요청 게시물 중 binggo_toto 블로그 2건의 조치 결과를 알려드립니다.

1) {N[3]}
   → 불법 사행성 홍보 게시물로 확인되어 삭제하였습니다.

2) {N[4]}
   → 청소년 유해 정보로 판단하여 19세 이상 성인 인증 후에만 볼 수 있도록 열람을 제한하였습니다.

감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER compliance reply in a quoted-printable body, status on the line below each URL",
    why="numbered URLs, each with its result below: deleted (removed) and adult-only viewing (restricted)",
    items={N[3]: "removed", N[4]: "restricted"},
)

html10 = f"""<html><body>
<div>안녕하세요, 네이버 정책지원팀입니다.</div>
<div><br></div>
<div>{R1} 건 중 아래 게시물의 조치를 완료하였습니다.</div>
<ul>
<li><a href="{N[7].replace('&', '&amp;')}">카페 sportsline24 게시글 10256</a> &ndash; 삭제</li>
<li><a href="{N[8].replace('&', '&amp;')}">지식iN 질문 471234567</a> &ndash; 답변 및 질문 삭제</li>
</ul>
<div>감사합니다.</div>
<div>NAVER 정책지원팀</div>
</body></html>
"""
case(
    name="naver-base64-html-links",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POL,
    date="Fri, 06 Sep 2024 15:55:10 +0900",
    subject=enc(f"[{R1}] 조치 완료 안내"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="----=_Part_2291_55120.1725605710"

------=_Part_2291_55120.1725605710
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(html10)}
------=_Part_2291_55120.1725605710--
""",
    outcome="applied", classification="confirmation",
    imitates="webmail HTML-only reply (base64) whose URLs are in the links' href, with a descriptive link text",
    why="two linked posts, each stated deleted; the URLs are only in href attributes",
    items={N[7]: "removed", N[8]: "removed"},
)

case(
    name="naver-url-korean-particles",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POL,
    date="Wed, 04 Sep 2024 11:42:30 +0900",
    subject=enc(f"[{R1}] lucky_sunset88 블로그 건"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{N[1]}은 확인 결과 불법 토토 사이트 홍보 글로 판단되어 삭제했습니다.
{N[2]}는 존재하지 않는 게시물로 확인됩니다(잘못된 주소이거나 이미 삭제된 글).

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean prose reply with URLs directly followed by the particles 은/는",
    why="URL+은 deleted (removed); URL+는 does not exist (not_found); particles are not part of the URLs",
    items={N[1]: "removed", N[2]: "not_found"},
)

case(
    name="naver-gmail-quote",
    **{"from": "cafe.ops.kim@naver.com"}, name_from=enc("김도윤"),
    date="Sun, 08 Sep 2024 21:10:44 +0900",
    subject=enc(f"Re: [{R1}] 시정요구"),
    reply_to_req=MID[R1],
    body=f"""
안녕하세요 네이버 카페 운영지원 김도윤입니다.

문의하신 건 중 {N[12]} 는 오늘 삭제 처리했습니다.
다른 건은 담당 부서에서 따로 회신드릴 예정입니다.

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{gt(request_text(R1, N[1:]))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') over the '>'-quoted request",
    why="one item stated deleted above the quote; the other quoted URLs and the promise of a later reply change nothing",
    items={N[12]: "removed"},
)

case(
    name="naver-wrapped-url",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POL,
    date="Mon, 09 Sep 2024 09:12:03 +0900",
    subject=enc(f"[{R1}] 네이버 포스트 게시물 조치"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

요청하신 네이버 포스트 게시물
https://post.naver.com/viewer/postView.naver?volumeNo=38110245&
memberNo=51234567
은 포스트 운영정책 위반으로 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose long URL was hard-wrapped by the sender's mailer",
    why="the wrapped URL is the requested post (the second line continues the query); it was deleted",
    items={N[10]: "removed"},
)

# ---------------------------------------------------------------- NAVER review
case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POL,
    date="Wed, 04 Sep 2024 09:30:00 +0900",
    subject=enc(f"RE: [{R1}] 시정요구"),
    reply_to_req=MID[R1],
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

보내주신 시정요구 잘 받았습니다.
{N[5]}
{N[6]}
{N[7]}
위 카페 게시물들은 카페 매니저 확인 절차를 거쳐 순차적으로 게시중단 조치할 예정입니다.
조치가 완료되면 결과를 다시 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply promising 순차적 게시중단 after an internal check",
    why="'조치할 예정입니다' is a promise, not a statement: items stay pending and the email names them",
    items={N[5]: "pending", N[6]: "pending", N[7]: "pending"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POL,
    date="Tue, 10 Sep 2024 18:05:27 +0900",
    subject=enc(f"RE: [{R1}] 시정요구 조치 완료"),
    reply_to_req=MID[R1],
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{R1}로 요청하신 게시물 14건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
네이버㈜ 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="one-line 조치 완료 reply covering a whole multi-item request",
    why="'14건 모두' names no item for a 14-item request: bulk review, items pending",
    items={u: "pending" for u in N[1:]},
)

case(
    name="naver-typo-url-unmatched",
    **{"from": "cafe_help@naver.com"}, name_from=enc("네이버 카페 고객센터"),
    date="Thu, 12 Sep 2024 14:02:19 +0900",
    subject=enc(f"[네이버 카페] 게시글 삭제 안내 ({R6})"),
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

요청하신 게시글 https://cafe.naver.com/greenstockclub/90212 은
운영정책 위반으로 삭제되었습니다.

감사합니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="NAVER cafe 삭제 안내 naming a neighbouring post number",
    why="the stated post (90212) is not the requested one (90211): the claim matches no item; S1 stays pending",
    items={S1: "pending"},
)

case(
    name="navercorp-band-items",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POL,
    date="Fri, 13 Sep 2024 11:20:45 +0900",
    subject=enc(f"[{R5}] 밴드 게시글 조치 결과"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

BAND 서비스 관련 요청 건({R5}) 조치 결과를 대신 전달드립니다.

{B[1]} - 삭제
{B[2]} - 삭제

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="group-company policy team answering for a sister service (NAVER for BAND)",
    why="BAND items are configured under band.us; a navercorp.com statement about them is another platform's: review",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    **{"from": "moonlit.manager@gmail.com"}, name_from=enc("스포츠라인 카페 매니저"),
    date="Thu, 05 Sep 2024 23:48:12 +0900",
    subject=enc(f"Re: [{R1}] 시정요구 관련"),
    body=f"""
안녕하세요 sportsline24 카페 매니저입니다.
네이버에서 연락 받고 확인했는데요

{N[5]}
{N[6]}

이 두 글은 제가 매니저 권한으로 지웠습니다. 앞으로 관리 잘 하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="informal reply from a cafe manager (카페 매니저) writing from a personal webmail",
    why="the sender is not a platform domain: a cafe operator's word is not NAVER's statement",
    items={N[5]: "pending", N[6]: "pending"},
)

# ---------------------------------------------------------------- NAVER ignored
case(
    name="naver-ack-receipt",
    **{"from": "noreply-right@navercorp.com"}, name_from=NAVER,
    date="Tue, 03 Sep 2024 10:02:11 +0900",
    subject=enc("[NAVER] 게시중단 요청이 정상적으로 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시중단 요청이 정상적으로 접수되었습니다.

 - 접수번호: RN-20240903-0418822
 - 요청 참조: {R1}
 - 접수 건수: 14건

담당자가 순서대로 검토한 후 결과를 메일로 안내드립니다.
처리 현황은 게시중단요청서비스 마이페이지에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 auto mail",
    why="pure receipt with a 접수번호; no statement about any item",
)

case(
    name="naver-staff-out-of-office",
    **{"from": "hyejin.park@navercorp.com"}, name_from=enc("박혜진"),
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    subject=enc(f"[자동 회신] RE: [{R6}] 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
안녕하세요. 박혜진입니다.
9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 보내 주시면 담당자가 확인하겠습니다.

I am out of the office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (부재중) during the Chuseok holidays",
    why="out-of-office auto-reply",
)

# ====================================================================== KAKAO
case(
    name="kakao-gongmun-prose",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Tue, 10 Sep 2024 15:30:00 +0900",
    subject=enc(f"[카카오] 시정요구에 대한 조치결과 회신 ({R2})"),
    reply_to_req=MID[R2],
    body=f"""
수신자: 방송통신심의위원회 (통신심의국)
제  목: 시정요구 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 위원회 시정요구({R2}, 2024. 9. 5.)에 대하여 아래와 같이 조치하였음을 알려드립니다.

가. 다음 카페 게시글 {K[1]} : 삭제
나. 다음 카페 게시글 {K[2]} : 임시조치(30일)
다. 티스토리 게시글 {K[3]} : 블라인드 처리
라. 티스토리 게시글 {K[4]} : 개인정보 노출 부분이 확인되지 않아 조치하지 않음
마. 브런치스토리 글 {K5_RAW} : 비공개 처리

3. 라항 게시글에 관하여 추가 검토가 필요하신 경우 근거 자료를 보내주시면 재검토하겠습니다.  끝.

주식회사 카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 조치결과 회신 with 가/나/다 items",
    why="per-URL results: 삭제/블라인드/비공개 removed, 임시조치 restricted, 조치하지 않음 with reason rejected; brunch URL written raw in Korean",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "removed", K[4]: "rejected", K[5]: "removed"},
)

case(
    name="kakao-brunch-imsi-raw-korean",
    **{"from": "noreply@kakaocorp.com"}, name_from=enc("브런치스토리"),
    date="Fri, 06 Sep 2024 17:44:20 +0900",
    subject=enc("[브런치스토리] 권리침해 신고에 따른 임시조치 안내"),
    body=f"""
안녕하세요, 브런치스토리팀입니다.

방송통신심의위원회의 요청({R2})에 따라 아래 글을 30일간 임시조치하였습니다.
임시조치 기간 동안 해당 글은 다른 이용자에게 보이지 않습니다.

  대상 글: {K5_RAW}
  조치 기간: 2024년 9월 6일 ~ 2024년 10월 5일

임시조치에 대한 자세한 안내는 카카오 고객센터(https://cs.kakao.com/helps?service=brunch)를 참고해 주세요.

브런치스토리팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 30일 임시조치 안내 (brunch), Korean handle in the URL path",
    why="임시조치 is restricted; the raw Korean path matches the percent-encoded request URL",
    items={K[5]: "restricted"},
)

case(
    name="kakao-tistory-bullets",
    **{"from": "tistory-help@kakaocorp.com"}, name_from=enc("티스토리 고객센터"),
    date="Mon, 09 Sep 2024 13:27:51 +0900",
    subject=enc(f"[티스토리] 신고 게시물 처리 결과 ({R2})"),
    body=f"""
안녕하세요. 티스토리 고객센터입니다.
요청하신 dalbit-note 블로그 게시물 처리 결과를 안내드립니다.

 • {K[3]} — 게시물 삭제 완료
 • {K[4]} — 해당 게시물 없음 (작성자가 먼저 삭제함)

티스토리를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) 신고 처리 결과 mail with a bulleted list",
    why="bulleted URL — result lines: deleted (removed), already deleted by its author (not_found)",
    items={K[3]: "removed", K[4]: "not_found"},
)

case(
    name="kakao-pf-angle-brackets",
    **{"from": "channel-policy@kakao.com"}, name_from=enc("카카오톡 채널 운영정책팀"),
    date="Fri, 13 Sep 2024 16:03:38 +0900",
    subject=enc(f"Re: [{R7}] 시정요구"),
    reply_to_req=MID[R7],
    body=f"""
안녕하세요. 카카오톡 채널 운영정책팀입니다.

요청하신 채널 소식 게시물 <{S2}>은
불법 도박 홍보로 확인되어 삭제하였으며, 해당 채널에는 운영정책에 따라 이용제한 조치를 하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao channel operations reply with the URL in angle brackets followed by a particle",
    why="single item stated deleted; '<URL>은' still names the requested post",
    items={S2: "removed"},
)

case(
    name="kakao-fullwidth-parens",
    **{"from": "cafe-help@daum.net"}, name_from=enc("Daum 카페 고객센터"),
    date="Sat, 07 Sep 2024 10:10:10 +0900",
    subject=enc("[Daum 카페] 요청하신 게시글 조치 안내"),
    body=f"""
안녕하세요, Daum 카페 고객센터입니다.

{R2} 요청과 관련하여, silverwave21 카페 게시글（{K[1]}）은 삭제하였고，
같은 카페의 게시글（{K[2]}）은 30일간 임시조치하였습니다。

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe notice typed with full-width parentheses and punctuation around the URLs",
    why="full-width （）， are not part of the URLs: K1 deleted (removed), K2 임시조치 (restricted)",
    items={K[1]: "removed", K[2]: "restricted"},
)

ktr = "\n".join(
    f"<tr><td>{i}</td><td>{u}</td><td>{a}</td><td>{d}</td></tr>"
    for i, (u, a, d) in enumerate([
        (K[1], "삭제", "2024-09-09"), (K[2], "삭제", "2024-09-09"), (K[3], "삭제", "2024-09-10"),
        (K[4], "미조치", "위반 내용 없음"), (K5_RAW, "비공개", "2024-09-10")], 1))
case(
    name="kakao-html-sijeong-table",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Wed, 11 Sep 2024 10:45:00 +0900",
    subject=enc(f"시정요구 조치결과 ({R2})"),
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구 {R2}에 대한 조치결과를 아래 표와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>대상 URL</th><th>조치결과</th><th>비고(조치일)</th></tr>
{ktr}
</table>
<p>주식회사 카카오 권리침해신고센터</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 table (연번/대상 URL/조치결과/비고) sent as HTML",
    why="table rows: 삭제 and 비공개 removed, 미조치 with reason (위반 내용 없음) rejected",
    items={K[1]: "removed", K[2]: "removed", K[3]: "removed", K[4]: "rejected", K[5]: "removed"},
)

# ---------------------------------------------------------------- KAKAO review
case(
    name="kakao-hedge-appears-deleted",
    **{"from": "tistory-help@kakaocorp.com"}, name_from=enc("티스토리 고객센터"),
    date="Fri, 06 Sep 2024 12:12:12 +0900",
    subject=enc(f"Re: [{R2}] 시정요구"),
    reply_to_req=MID[R2],
    body=f"""
안녕하세요, 티스토리 고객센터입니다.

{K[3]} 는 현재 접속되지 않는 것으로 보아 이미 삭제된 것으로 보입니다.
{K[4]} 는 블로그 운영자에게 확인 요청 중이며, 확인되는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="informal help-desk reply with a hedge ('삭제된 것으로 보입니다') and a pending check",
    why="'것으로 보입니다' is a hedge and '확인 요청 중' is in progress: nothing stated, items stay pending",
    items={K[3]: "pending", K[4]: "pending"},
)

case(
    name="kakao-conditional-deletion",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Mon, 09 Sep 2024 10:05:09 +0900",
    subject=enc(f"[카카오] 시정요구 처리 진행 상황 ({R2})"),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 아래 다음 카페 게시글에 대해서는 게시자에게 소명 기회를 부여하였습니다.
  {K[1]}
  {K[2]}
소명 기한(2024. 9. 19.)까지 소명이 없을 경우 해당 게시글은 삭제될 예정입니다.

처리가 완료되면 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao notice of a 소명 (author explanation) period before deletion",
    why="deletion is conditional on the author not answering by a date: a promise, not a statement",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="kakao-contact-change-no-claims",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Wed, 18 Sep 2024 09:00:00 +0900",
    subject=enc("[카카오] 기관 요청 접수 창구 변경 안내"),
    body="""
안녕하세요, 카카오 권리침해신고센터입니다.

2024년 10월 1일부터 행정기관의 시정요구 및 협조 요청은 기관 전용 접수 페이지
(https://gov-request.kakaocorp.com)를 통해 접수해 주시기 바랍니다.
기존 메일 주소로 보내주신 요청도 9월 30일까지는 처리됩니다.

앞으로도 안전한 서비스 환경을 위해 협조해 주셔서 감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform notice to agencies about a new submission channel",
    why="trusted Kakao email that names no item and references no request",
)

# ---------------------------------------------------------------- KAKAO ignored
case(
    name="kakao-chuseok-auto-reply",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Thu, 12 Sep 2024 10:00:41 +0900",
    subject=enc(f"[자동응답] Re: [{R7}] 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 메일은 정상적으로 수신되었습니다. 추석 연휴(9월 14일~9월 18일) 전후에는
문의량이 많아 답변이 늦어질 수 있으며, 접수 순서대로 확인하여 회신드리겠습니다.

※ 본 메일은 자동으로 발송된 메일입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean help-desk holiday auto-reply (추석 연휴 처리 지연 안내)",
    why="holiday auto-reply; says nothing about the item",
)

# ====================================================================== YOUTUBE
case(
    name="yt-kr-geoblock-and-remove",
    **{"from": "legal-kr-noreply@google.com"}, name_from=YT,
    date="Wed, 11 Sep 2024 07:22:40 +0900",
    subject=enc(f"YouTube 법적 요청 처리 결과 안내 [{R3}]"),
    body=f"""
안녕하세요.

방송통신심의위원회에서 제출하신 요청({R3})을 검토하였습니다.

관련 현지 법률 검토 결과, 아래 동영상에 대한 액세스를 대한민국에서 제한하였습니다.
  {Y[1]}
  {Y[2]}

아래 콘텐츠는 YouTube 커뮤니티 가이드(규제 상품 정책)를 위반하여 YouTube에서 삭제되었습니다.
  {Y[3]}

YouTube의 법적 요청 처리 방식은 https://support.google.com/youtube/answer/6154232 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team outcome mail (local-law restriction vs. Community Guidelines removal), Korean",
    why="two videos restricted in Korea (restricted), one removed globally (removed); help link is not an item",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-channel-terminated-korean-handle",
    **{"from": "legal-kr-noreply@google.com"}, name_from=YT,
    date="Thu, 12 Sep 2024 06:40:02 +0900",
    subject=enc(f"Re: [{R3}] 채널 관련 요청"),
    reply_to_req=MID[R3],
    body=f"""
안녕하세요.

요청하신 채널 {Y4_RAW} 을(를) 검토한 결과, 해당 채널은 YouTube 서비스 약관 및
규제 상품 정책을 반복적으로 위반하여 해지되었습니다. 해지된 채널의 모든 동영상은
더 이상 YouTube에서 볼 수 없습니다.

Hello, the channel above has been terminated for repeated violations of our policies.

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice, bilingual Korean/English",
    why="the requested channel (raw Korean handle) was terminated: removed",
    items={Y[4]: "removed"},
)

case(
    name="yt-rejected-and-invalid",
    **{"from": "legal-kr-noreply@google.com"}, name_from=YT,
    date="Fri, 13 Sep 2024 08:15:19 +0900",
    subject=enc(f"YouTube 법적 요청 처리 결과 안내 [{R3}]"),
    body=f"""
안녕하세요.

요청({R3})에 포함된 URL에 대한 검토 결과를 알려드립니다.

{Y[2]}
검토 결과 해당 동영상에서 YouTube 정책 또는 관련 법률 위반 사항을 확인하지 못하여 별도의 조치를 취하지 않았습니다.

{Y[1]}
제공하신 URL로 동영상을 찾을 수 없습니다. URL이 정확한지 확인해 주시기 바랍니다.

이 결정에 이의가 있으시면 법적 양식(https://support.google.com/legal/answer/3110420)을 통해 다시 제출하실 수 있습니다.

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome: 'no action taken' and 'could not locate the video' paragraphs",
    why="URL then its result below: no violation, no action (rejected); video cannot be found (not_found)",
    items={Y[2]: "rejected", Y[1]: "not_found"},
)

case(
    name="yt-echoed-report",
    **{"from": "youtube-noreply@google.com"}, name_from=enc("YouTube"),
    date="Tue, 10 Sep 2024 05:02:33 +0900",
    subject=enc("신고하신 콘텐츠에 대한 업데이트"),
    body=f"""
안녕하세요.

신고해 주셔서 감사합니다. 신고 내용을 검토한 결과 아래 콘텐츠가 커뮤니티 가이드를 위반하여 삭제되었습니다.

  {Y[3]}

-------- 제출하신 신고 내용 --------
신고자: 방송통신심의위원회 (takedown@kcsc.example)
참조 번호: {R3}
신고 사유: 규제 상품 판매(마약류)
신고 URL:
  {Y[1]}
  {Y[2]}
  {Y[3]}
설명: 마약류 판매 광고 영상 및 채널
------------------------------------

YouTube를 안전하게 지켜 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reporting-tool update that echoes the submitted report under the outcome",
    why="only the shorts URL is stated removed; the echoed report lists all reported URLs but says nothing about them",
    items={Y[3]: "removed", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-asks-court-order",
    **{"from": "legal-kr-noreply@google.com"}, name_from=YT,
    date="Mon, 09 Sep 2024 09:58:41 +0900",
    subject=enc(f"Re: [{R3}] 추가 정보 요청"),
    reply_to_req=MID[R3],
    body=f"""
안녕하세요.

요청하신 채널 {Y4_RAW} 에 대한 검토를 진행하기 위해 추가 정보가 필요합니다.
시정요구 의결서 사본 또는 관련 기관의 공문 원본(PDF)을 이 메일에 회신으로 보내주시기 바랍니다.
필요한 정보를 받은 후 검토를 계속하겠습니다.

YouTube 법무팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal request for supporting documents (의결서/공문)",
    why="asks the regulator for documents before deciding; nothing stated about the channel",
    items={Y[4]: "pending"},
)

case(
    name="yt-hedge-english-may",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Sat, 07 Sep 2024 03:31:09 +0900",
    subject=f"Re: [{R3}] Legal request from KCSC",
    reply_to_req=MID[R3],
    body=f"""
Hello,

Thanks for reaching out. It looks like {Y[1]} may have
already been taken down by the uploader, but we are still confirming this on our side.
We will follow up once our review of the remaining URLs in your request is complete.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="English YouTube legal-support interim reply with a hedge",
    why="'may have already been taken down … still confirming' is a hedge: Y1 stays pending",
    items={Y[1]: "pending"},
)

case(
    name="yt-case-receipt",
    **{"from": "legal-kr-noreply@google.com"}, name_from=YT,
    date="Fri, 06 Sep 2024 14:03:51 +0900",
    subject=enc("법적 요청이 접수되었습니다 [케이스 ID: 3-1187000024406]"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요.

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며 케이스 ID는
3-1187000024406입니다. (참조: {R3})

이 메일에 회신하시면 같은 케이스에 자료를 추가하실 수 있습니다.
요청을 검토한 뒤 결과를 알려드리겠습니다.

YouTube 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal request receipt with a case ID",
    why="pure receipt: case ID created, no statement about any URL",
)

# ====================================================================== DC INSIDE
case(
    name="dc-operator-informal",
    **{"from": "help@dcinside.com"}, name_from=DC,
    date="Tue, 10 Sep 2024 19:48:06 +0900",
    subject=enc(f"RE: [{R4}] 시정요구"),
    reply_to_req=MID[R4],
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 글 확인해서 처리했습니다.
{D[1]} 삭제했고요
{D[2]} 도 삭제 처리했습니다.
{D[3]} 은 작성자가 이미 지운 글이라 저희 쪽에서도 확인이 안 됩니다.

추가로 같은 사람이 올리는 글은 갤러리에서 계속 모니터링하겠습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal community-site operator reply (DC Inside 운영팀)",
    why="two posts deleted (removed), one already deleted by its author (not_found); the monitoring promise changes nothing",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-url-then-status-line",
    **{"from": "report@dcinside.com"}, name_from=DC,
    date="Wed, 11 Sep 2024 14:30:12 +0900",
    subject=enc(f"[디시인사이드] 게시물 조치 결과 회신 ({R4})"),
    body=f"""
방송통신심의위원회 귀중

{R4} 요청 게시물 조치 결과입니다.

{D[1]}
→ 삭제 완료 (IP 차단 병행)

{D[2]}
→ 삭제 완료

{D[3]}
→ 게시물 유지 (코인 관련 일반 토론글로, 사기 홍보 내용 없음)

(주)디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 조치 결과 회신: bare URL with the result on an arrow line below",
    why="URL with '→ result' below: two deleted (removed), one kept with a reason (rejected)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected"},
)

case(
    name="dc-auth-fail",
    **{"from": "help@dcinside.com"}, name_from=DC, auth="fail",
    date="Thu, 12 Sep 2024 02:11:45 +0900",
    subject=enc(f"RE: [{R4}] 시정요구"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 {D[1]} 게시물은 삭제되었습니다.
""",
    outcome="review", review="untrusted",
    imitates="operator reply arriving with failed DKIM/SPF/DMARC for dcinside.com",
    why="from the platform's domain but authentication failed: the statement cannot be applied",
    items={D[1]: "pending"},
)

orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse-desk@dcinside.com
Subject: [{R4}] =?UTF-8?B?{base64.b64encode('시정요구 처리 요청(재안내)'.encode()).decode()}?=
Date: Mon, 16 Sep 2024 10:00:00 +0900
Message-ID: <reminder-240909-04-1@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_text(R4, D[1:])}
"""
case(
    name="dc-dsn-bounce",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"}, name_from="Mail Delivery System",
    date="Mon, 16 Sep 2024 10:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="B7A2C1E0.1726448407/mail.dcinside.com"

--B7A2C1E0.1726448407/mail.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-desk@dcinside.com>: host mail.dcinside.com[local] said:
    550 5.1.1 <abuse-desk@dcinside.com>: Recipient address rejected:
    User unknown in local recipient table

--B7A2C1E0.1726448407/mail.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Mon, 16 Sep 2024 10:00:05 +0900

Final-Recipient: rfc822; abuse-desk@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B7A2C1E0.1726448407/mail.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

{orig}
--B7A2C1E0.1726448407/mail.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) carrying our reminder with its URLs",
    why="delivery failure report; the URLs are only in the returned original",
)

# ====================================================================== BAND
case(
    name="band-numbered-list",
    **{"from": "help@band.us"}, name_from=BAND,
    date="Thu, 12 Sep 2024 16:16:16 +0900",
    subject=enc(f"[BAND] 신고 게시글 처리 결과 안내 ({R5})"),
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 게시글의 처리 결과를 안내드립니다.

1. {B[1]} : 게시글 삭제 및 작성자 이용 제한
2. {B[2]} : 밴드 리더 요청에 따라 게시글 비공개 처리

BAND 운영정책: https://band.us/policy/operation

감사합니다.
BAND 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND help-centre 신고 처리 결과 mail with a numbered list",
    why="numbered 'URL : result': deleted (removed) and made private (비공개 처리: removed); policy link not an item",
    items={B[1]: "removed", B[2]: "removed"},
)

case(
    name="band-bulk-two",
    **{"from": "help@band.us"}, name_from=BAND,
    date="Wed, 11 Sep 2024 18:40:00 +0900",
    subject=enc(f"Re: [{R5}] 시정요구"),
    reply_to_req=MID[R5],
    body="""
안녕하세요, BAND 고객센터입니다.

신고해 주신 밴드 게시글 2건은 모두 운영정책 위반으로 삭제되었습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="short help-centre reply covering both reported posts at once",
    why="'2건 모두' for a two-item request names no item: bulk review, items pending",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="band-mdn-read",
    **{"from": "help@band.us"}, name_from=BAND,
    date="Tue, 10 Sep 2024 11:32:00 +0900",
    subject=enc(f"읽음: [{R5}] 시정요구"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-5f1c2a"

--mdn-5f1c2a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 받는 사람이 읽었습니다.

  받는 사람: help@band.us
  제목: [{R5}] 시정요구
  읽은 시간: 2024-09-10 오전 11:31

--mdn-5f1c2a
Content-Type: message/disposition-notification

Reporting-UA: mail.band.us; Webmail
Final-Recipient: rfc822; help@band.us
Original-Message-ID: <{MID[R5]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5f1c2a--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, RFC 8098 MDN)",
    why="read receipt only",
)


HEADER = f"""# Blind set 785 (Korean): written from each email's meaning before any run
# of the reader. Generated by make.py; do not edit by hand.
# Requests: {R1} (naver, 14), {R2} (kakao, 5), {R3} (youtube, 4),
# {R4} (dcinside, 3), {R5} (band, 2), {R6} (naver, 1), {R7} (kakao, 1).
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind785", HEADER, CASES)
    print(len(CASES), "cases")
