#!/usr/bin/env python3
"""Blind set 497 (Korean portals: NAVER, Kakao/Daum, YouTube Korea, DC Inside,
BAND; 공문-style replies, 임시조치 notices, 시정요구 조치결과 tables and
informal operator replies).

    python3 tests/corpus/blind497/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader; see NOTES.md.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
# Korean parts of URLs are stored percent-encoded; emails write them raw.
CAT_KO = "전문의약품"
HANDLE_KO = "밤도박TV"

U = {
    # KCSC-240903-01, NAVER, 12 items (largest)
    "n1": "https://blog.naver.com/moonlit_pharm77/223561840211",
    "n2": "https://blog.naver.com/moonlit_pharm77/223561845530",
    "n3": "https://cafe.naver.com/greenleafmarket/48213",
    "n4": "https://cafe.naver.com/greenleafmarket/48220",
    "n5": "https://m.blog.naver.com/haneul_dealer/223570012345",
    "n6": "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70301&docId=471122334",
    "n7": "https://post.naver.com/viewer/postView.naver?volumeNo=38127741&memberNo=55102938",
    "n8": "https://blog.naver.com/sunny_drugstore/223580099871",
    "n9": "https://cafe.naver.com/greenleafmarket/48301",
    "n10": "https://blog.naver.com/PostList.naver?blogId=sunny_drugstore&categoryName=" + quote(CAT_KO),
    "n11": "https://tv.naver.com/v/58812044",
    "n12": "https://blog.naver.com/sunny_drugstore/223580107342",
    # KCSC-240905-02, Kakao/Daum, 4 items
    "k1": "https://cafe.daum.net/bluewhale_talk/Jq8R/1523",
    "k2": "https://cafe.daum.net/bluewhale_talk/Jq8R/1531",
    "k3": "https://pf.kakao.com/_xkQnzb/105533201",
    "k4": "https://open.kakao.com/o/gHq2Xw9f",
    # KCSC-240906-03, YouTube, 5 items
    "y1": "https://www.youtube.com/watch?v=Qm7rT2xKp4A",
    "y2": "https://www.youtube.com/watch?v=bN3wZ8cLs0E",
    "y3": "https://www.youtube.com/shorts/Xe5pL1aVr9k",
    "y4": "https://www.youtube.com/@" + quote(HANDLE_KO),
    "y5": "https://www.youtube.com/watch?v=Hs2Dk0Pq8mZ",
    # KCSC-240909-04, DC Inside, 3 items
    "d1": "https://gall.dcinside.com/board/view/?id=stock_new2&no=9812345",
    "d2": "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=551203",
    "d3": "https://gall.dcinside.com/mini/board/view/?id=happyday&no=30412",
    # KCSC-240910-05, BAND, 2 items
    "b1": "https://band.us/band/81234567/post/1042",
    "b2": "https://band.us/band/81234567/post/1057",
    # KCSC-240911-06, NAVER, 1 item
    "s1": "https://blog.naver.com/deepsea_loan/223590011223",
    # KCSC-240912-07, Kakao/Daum, 1 item
    "t1": "https://cafe.daum.net/moneytree119/ZbKx/88",
}
# Raw (as written in an email) forms of the two Korean URLs.
RAW = dict(U)
RAW["n10"] = "https://blog.naver.com/PostList.naver?blogId=sunny_drugstore&categoryName=" + CAT_KO
RAW["y4"] = "https://www.youtube.com/@" + HANDLE_KO

REQUESTS = [
    # ref, platform, sent_at, due_at, keys, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00",
     ["n%d" % i for i in range(1, 13)], "drugs",
     "전문의약품 불법 판매·광고 (블로그, 카페, 지식iN, 포스트, TV)"),
    ("KCSC-240905-02", "kakao", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00",
     ["k1", "k2", "k3", "k4"], "gambling", "불법 도박 홍보, \"먹튀 보증\" 카페·채널"),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:00:00+09:00", "2024-09-13T18:00:00+09:00",
     ["y1", "y2", "y3", "y4", "y5"], "gambling", "도박 사이트 홍보 영상, 채널 1개 포함"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     ["d1", "d2", "d3"], "privacy", "개인정보 노출 (실명, 연락처)"),
    ("KCSC-240910-05", "band", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     ["b1", "b2"], "fraud", "투자 리딩방 사기 모집글"),
    ("KCSC-240911-06", "naver", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     ["s1"], "finance", "미등록 대부업 광고"),
    ("KCSC-240912-07", "kakao", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     ["t1"], "finance", "미등록 대부업 광고, 카페 게시글"),
]
REF = {r[0][-2:]: r[0] for r in REQUESTS}
KEYS = {r[0]: r[4] for r in REQUESTS}


def mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def rq(ref):
    """reply_to_req value: In-Reply-To <rq(ref)@kcsc.example>."""
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, keys, cat, note in REQUESTS:
            for k in keys:
                w.writerow([ref, plat, sent, due, U[k], cat, mid(ref), note])


def pend(*keys, **st):
    """items dict: named keys pending unless given a status."""
    d = {}
    for k in keys:
        d[U[k]] = "pending"
    for k, v in st.items():
        d[U[k]] = v
    return d


def allof(ref, **st):
    return pend(*KEYS[ref], **st)


def subj(s):
    """RFC 2047 encoded-word subject (as most Korean mailers send it)."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def request_text(ref):
    """Our request as a platform would quote it."""
    lines = [
        "방송통신심의위원회 시정요구 (%s)" % ref,
        "",
        "아래 정보에 대하여 정보통신망법 제44조의7에 따른 시정요구를 통보하오니",
        "조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, k in enumerate(KEYS[ref], 1):
        lines.append("%d. %s" % (i, RAW[k]))
    lines += ["", "방송통신심의위원회 통신심의국", "takedown@kcsc.example"]
    return lines


CASES = []


def case(**c):
    CASES.append(c)


NAVER = "NAVER 권리보호센터"
KAKAO = "카카오 권리침해신고센터"
YT = "YouTube Legal Support"
DC = "디시인사이드 운영팀"
BAND = "BAND 고객센터"

R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)

# ------------------------------------------------------------------ applied

# 1. 공문 style 조치결과 회신, all twelve items in numbered blocks.
blocks = []
res1 = [
    ("n1", "삭제", "2024.09.05"), ("n2", "삭제", "2024.09.05"),
    ("n3", "게시중단", "2024.09.05"), ("n4", "임시조치(30일)", "2024.09.05"),
    ("n5", "삭제", "2024.09.06"), ("n6", "조치 불요 - 해당 게시물 없음(작성자 자진 삭제)", "-"),
    ("n7", "삭제", "2024.09.06"), ("n8", "비공개 처리", "2024.09.06"),
    ("n9", "접근 제한(국내)", "2024.09.06"),
    ("n10", "조치 불가 - 의약품 효능 안내 목록으로 판매·광고 정황이 확인되지 않아 운영정책 위반 사항 없음", "-"),
    ("n11", "삭제", "2024.09.06"), ("n12", "조치 불요 - 존재하지 않는 게시물", "-"),
]
for i, (k, r, d) in enumerate(res1, 1):
    blocks.append("  %d) 대상 URL : %s\n     조치결과 : %s\n     조치일자 : %s" % (i, RAW[k], r, d))
case(
    name="naver-gongmun-all-twelve",
    **{"from": "kr-policy@navercorp.com"}, name_from=NAVER,
    date="Fri, 06 Sep 2024 17:42:10 +0900",
    subject=subj("[네이버] 시정요구에 대한 조치결과 회신 (%s)" % R1),
    reply_to_req=rq(R1),
    body="""수    신 : 방송통신심의위원회 통신심의국장
제    목 : 시정요구에 대한 조치결과 회신 (%s)

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회에서 2024. 9. 3.자로 통보하신 시정요구(%s)와 관련하여,
   당사의 조치결과를 아래와 같이 회신합니다.

                         - 아    래 -

%s

3. 조치결과와 관련하여 문의사항이 있으시면 아래 담당자에게 연락 주시기 바랍니다.

  담당 : 네이버 정책지원팀 김하늘 (kr-policy@navercorp.com)   끝.

네이버 주식회사 대표이사 (직인생략)
""" % (R1, R1, "\n\n".join(blocks)),
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with numbered result blocks",
    why="all twelve items named with 삭제/게시중단/비공개(removed), 임시조치/접근 제한(restricted), 게시물 없음(not_found), 위반 사항 없음(rejected)",
    items=pend(n1="removed", n2="removed", n3="removed", n4="restricted", n5="removed",
               n6="not_found", n7="removed", n8="removed", n9="restricted", n10="rejected",
               n11="removed", n12="not_found"),
)

# 2. HTML table in multipart/alternative.
rows2 = [("n1", "삭제 완료"), ("n2", "삭제 완료"), ("n3", "접근 제한 (대한민국)"),
         ("n4", "게시물 없음"), ("n5", "유지 (위반 사항 없음)")]
html_rows = "\n".join(
    '<tr><td>%d</td><td><a href="%s">%s</a></td><td>%s</td></tr>' % (i, U[k], RAW[k], s)
    for i, (k, s) in enumerate(rows2, 1))
text_rows = "\n".join("%d. %s : %s" % (i, RAW[k], s) for i, (k, s) in enumerate(rows2, 1))
case(
    name="naver-html-table-five",
    **{"from": "noreply-right@naver.com"}, name_from=NAVER,
    date="Thu, 05 Sep 2024 11:05:33 +0900",
    subject=subj("[NAVER] 게시중단 요청 처리결과 안내 - %s" % R1),
    raw_mime="""Content-Type: multipart/alternative; boundary="nv-alt-0002"

--nv-alt-0002
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 권리보호센터입니다.
%s 건 중 아래 5건의 처리결과를 안내드립니다.

%s

나머지 게시물은 확인이 끝나는 대로 별도로 안내드리겠습니다.

--nv-alt-0002
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요. 네이버 권리보호센터입니다.<br>
%s 건 중 아래 5건의 처리결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>처리결과</th></tr>
%s
</table>
<p>나머지 게시물은 확인이 끝나는 대로 별도로 안내드리겠습니다.</p>
<p style="color:#888">본 메일은 발신전용입니다. 문의는 <a href="https://help.naver.com/service/5600/contents/19007">네이버 고객센터</a>를 이용해 주세요.</p>
</body></html>

--nv-alt-0002--
""" % (R1, text_rows, R1, html_rows),
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리결과 HTML notice with a result table (text and HTML parts)",
    why="five items with their own result cells; help-centre link is no item; the rest stay pending",
    items=pend("n6", "n12", n1="removed", n2="removed", n3="restricted", n4="not_found", n5="rejected"),
)

# 3. CSV attachment (base64, RFC 2231 filename).
csv3 = "\ufeff번호,게시물 URL,조치결과,조치일시\n" + "\n".join(
    "%d,%s,%s,%s" % (i, RAW[k], s, t) for i, (k, s, t) in enumerate([
        ("n6", "삭제", "2024-09-09 10:12"), ("n7", "삭제", "2024-09-09 10:15"),
        ("n8", "임시조치", "2024-09-09 10:20"), ("n9", "삭제", "2024-09-09 10:31"),
        ("n10", "해당 게시물 없음", ""), ("n11", "비공개 처리", "2024-09-09 11:02"),
        ("n12", "삭제", "2024-09-09 11:05")], 6)) + "\n"
case(
    name="naver-csv-attachment-seven",
    **{"from": "kr-policy@navercorp.com"}, name_from=NAVER,
    date="Mon, 09 Sep 2024 14:20:00 +0900",
    subject=subj("RE: 시정요구 통보 (%s) - 조치결과 송부" % R1),
    reply_to_req=rq(R1),
    raw_mime="""Content-Type: multipart/mixed; boundary="----=_Part_118_20240909"

------=_Part_118_20240909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까, 네이버 정책지원팀입니다.

%s 시정요구 대상 중 6번~12번 게시물에 대한 조치결과를
첨부 파일(CSV)로 송부드립니다. 확인 부탁드립니다.

감사합니다.
네이버 정책지원팀 드림

------=_Part_118_20240909
Content-Type: text/csv; charset=utf-8; name="result.csv"
Content-Disposition: attachment; filename*=UTF-8''%s
Content-Transfer-Encoding: base64

%s
------=_Part_118_20240909--
""" % (R1, quote("조치결과_%s.csv" % R1), b64(csv3)),
    outcome="applied", classification="confirmation",
    imitates="Korean portal policy team sending a 조치결과 spreadsheet export as a CSV attachment",
    why="CSV rows give a result per URL: 삭제/비공개(removed), 임시조치(restricted), 해당 게시물 없음(not_found)",
    items=pend(n6="removed", n7="removed", n8="restricted", n9="removed", n10="not_found",
               n11="removed", n12="removed"),
)

# 4. Single item, prose with URL in parentheses.
case(
    name="naver-single-blog-prose",
    **{"from": "right@naver.com"}, name_from=NAVER,
    date="Thu, 12 Sep 2024 16:03:41 +0900",
    subject="[네이버] 게시중단 처리 안내 (%s)" % R6,
    reply_to_req=rq(R6),
    body="""안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물(%s)은
미등록 대부업 광고로 확인되어 2024년 9월 12일 게시중단 처리되었습니다.

게시중단된 게시물은 작성자를 포함하여 누구도 열람할 수 없습니다.

네이버 권리보호센터 드림
""" % RAW["s1"],
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 안내 mail for a single blog post",
    why="one named post, 게시중단 처리되었습니다 = removed",
    items=pend(s1="removed"),
)

# 5. Single-item request, no URL: sole statement applies.
case(
    name="naver-single-no-url",
    **{"from": "kr-policy@navercorp.com"}, name_from=NAVER,
    date="Fri, 13 Sep 2024 09:30:12 +0900",
    subject=subj("Re: [%s] 시정요구 통보" % R6),
    reply_to_req=rq(R6),
    body="""방송통신심의위원회 담당자님께

%s 로 요청하신 게시물 1건에 대하여 금일 삭제 조치를 완료하였습니다.

네이버 정책지원팀 박서준 드림
""" % R6,
    outcome="applied", classification="confirmation",
    imitates="short NAVER policy-team reply confirming the one post of a request without quoting its URL",
    why="the request has one item; an unhedged '삭제 조치를 완료' for that request applies to it",
    items=pend(s1="removed"),
)

# 6. Top-posted reply over a '>' quoted request.
case(
    name="naver-top-posted-two-over-quote",
    **{"from": "kr-policy@navercorp.com"}, name_from=NAVER,
    date="Wed, 04 Sep 2024 18:11:09 +0900",
    subject="Re: 방송통신심의위원회 시정요구 (%s)" % R1,
    reply_to_req=rq(R1),
    body="""담당자님 안녕하세요.

우선 확인된 2건 회신드립니다.
- %s : 삭제 완료
- %s : 임시조치 (30일간 게시물 접근 차단)

나머지 10건은 확인 중입니다.

네이버 정책지원팀

2024년 9월 3일 (화) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
%s
""" % (RAW["n1"], RAW["n3"], "\n".join("> " + l if l else ">" for l in request_text(R1))),
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted Korean reply over the quoted 시정요구",
    why="two items stated above the quote; the quoted request states nothing and '확인 중' is no status",
    items=pend("n2", "n5", "n12", n1="removed", n3="restricted"),
)

# 7. Statement first, URLs on the lines below it.
case(
    name="naver-statement-then-urls",
    **{"from": "right@naver.com"}, name_from=NAVER,
    date="Thu, 05 Sep 2024 15:47:20 +0900",
    subject="[네이버 카페] 신고 게시물 처리결과 안내 (%s)" % R1,
    body="""안녕하세요. 네이버 카페 운영정책 담당자입니다.

아래 게시물은 청소년유해 및 불법 의약품 거래 정보로 확인되어 블라인드 처리하였습니다.
%s
%s

아래 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.
%s

감사합니다.
""" % (RAW["n3"], RAW["n4"], RAW["n6"]),
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operation-policy 블라인드 notice listing URLs under each statement",
    why="heading sentences apply to the URLs below them: 블라인드 = removed, 작성자 삭제 = not_found",
    items=pend(n3="removed", n4="removed", n6="not_found"),
)

# 8. Bare URL, status on the line below.
case(
    name="naver-url-then-result-line",
    **{"from": "kr-policy@navercorp.com"}, name_from=NAVER,
    date="Sat, 07 Sep 2024 10:02:55 +0900",
    subject="조치결과 (%s) 추가 회신" % R1,
    reply_to_req=rq(R1),
    body="""추가 조치결과 회신드립니다.

%s
→ 처리결과: 삭제

%s
→ 처리결과: 연령 제한 (19세 미만 시청 불가)

네이버 정책지원팀
""" % (RAW["n8"], RAW["n11"]),
    outcome="applied", classification="confirmation",
    imitates="terse Korean operator follow-up: URL line, result line under it",
    why="each result line belongs to the URL above it: 삭제 removed, 연령 제한 restricted",
    items=pend(n8="removed", n11="restricted"),
)

# 9. English, quoted-printable, URLs in angle brackets.
text9 = """Dear KCSC team,

Thank you for your notice %s. Following our review, please find the outcome
for two of the reported URLs below.

<%s>
The post has been removed from NAVER Blog for violating our policy on the
sale of prescription medicines (처방 의약품 판매 금지).

<%s>
After review we found no violation of NAVER's operating policy or Korean
law in this post, so it remains available. 게시물은 유지됩니다.

Our operating policy: <https://policy.naver.com/policy/service.html>

Kind regards,
Trust & Safety, NAVER Corp.
""" % (R1, RAW["n2"], RAW["n7"])
case(
    name="naver-english-qp-angle-brackets",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Sun, 08 Sep 2024 21:14:02 +0900",
    subject="Re: Correction request %s" % R1,
    reply_to_req=rq(R1),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(text9),
    outcome="applied", classification="confirmation",
    imitates="NAVER Trust & Safety English outcome mail, quoted-printable, URLs in angle brackets",
    why="n2 removed; n7 stays up with its reason (rejected); policy page is no item",
    items=pend(n2="removed", n7="rejected"),
)

# 10. Kakao 공문 style, numbered list, all four items.
case(
    name="kakao-gongmun-four",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Mon, 09 Sep 2024 13:25:48 +0900",
    subject=subj("[카카오] 시정요구 조치결과 회신의 건 (%s)" % R2),
    reply_to_req=rq(R2),
    body="""문서번호 : 카카오-권리-2024-0913
시행일자 : 2024. 9. 9.
수    신 : 방송통신심의위원회
제    목 : 시정요구 조치결과 회신의 건

1. 귀 기관의 노고에 감사드립니다.
2. 귀 기관 시정요구(%s, 2024. 9. 5.)에 대한 당사 조치결과를 다음과 같이 알려드립니다.

  가. %s
      - 조치 : 게시중단 (Daum 카페 운영정책 위반, 불법 도박 홍보)
  나. %s
      - 조치 : 임시조치 (30일), 게시자 소명 기간 중
  다. %s
      - 조치 : 삭제 (카카오톡 채널 게시물)
  라. %s
      - 조치 : 미조치. 해당 오픈채팅방은 스포츠 경기 일정 공유방으로,
        도박 사이트 홍보 등 운영정책 위반 내용이 확인되지 않았습니다.

3. 기타 문의사항은 권리침해신고센터(right@kakaocorp.com)로 연락 주시기 바랍니다. 끝.

주식회사 카카오 권리침해신고센터
""" % (R2, RAW["k1"], RAW["k2"], RAW["k3"], RAW["k4"]),
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 회신 with 가/나/다/라 items (Daum 카페, 카카오톡 채널, 오픈채팅)",
    why="게시중단 removed, 임시조치 restricted, 삭제 removed, 미조치 with reason rejected",
    items=pend(k1="removed", k2="restricted", k3="removed", k4="rejected"),
)

# 11. Kakao base64 HTML.
html11 = """<html><body>
<div style="font-size:13px">
<p><b>Kakao 신고 처리 결과 안내</b></p>
<p>방송통신심의위원회 담당자님, 안녕하세요.<br>
요청번호 %s 관련 처리 결과를 안내드립니다.</p>
<ul>
<li>카카오톡 채널 게시물 <a href="%s">%s</a><br>
&rarr; 운영정책 위반으로 <b>비공개 처리</b>되었습니다.</li>
<li>오픈채팅방 <a href="%s">%s</a><br>
&rarr; 불법 도박 홍보로 확인되어 채팅방이 <b>영구 삭제</b>되었습니다.</li>
</ul>
<p>자세한 기준은 <a href="https://www.kakao.com/policy/oppolicy">카카오 운영정책</a>을 참고해 주세요.</p>
<p>카카오 고객센터</p>
</div></body></html>
""" % (R2, U["k3"], RAW["k3"], U["k4"], RAW["k4"])
case(
    name="kakao-base64-html-two",
    **{"from": "noreply@kakaocorp.com"}, name_from="Kakao 고객센터",
    date="Tue, 10 Sep 2024 10:44:17 +0900",
    subject=subj("[Kakao] 신고 처리 결과 안내 (%s)" % R2),
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(html11),
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre HTML result notice, base64-encoded",
    why="비공개 처리 and 영구 삭제 = removed for the two named items; policy link no item",
    items=pend("k1", "k2", k3="removed", k4="removed"),
)

# 12. Single cafe post, URL followed directly by a Korean particle.
case(
    name="kakao-single-author-deleted",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Fri, 13 Sep 2024 11:18:30 +0900",
    subject=subj("Re: [%s] 시정요구 통보" % R7),
    reply_to_req=rq(R7),
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시글 %s은 확인 결과 요청일 이전에
작성자가 직접 삭제한 게시물로, 현재 존재하지 않아 별도 조치가 불가합니다.

감사합니다.
""" % RAW["t1"],
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 reply that the post no longer exists",
    why="deleted by its author, does not exist = not_found; the particle 은 is not part of the URL",
    items=pend(t1="not_found"),
)

# 13. YouTube legal English: blocked in Korea / removed.
case(
    name="yt-legal-english-kr-block",
    **{"from": "legal-support@google.com"}, name_from=YT,
    date="Tue, 10 Sep 2024 03:12:44 -0700",
    subject="[7-1843000039217] Your legal request regarding YouTube (%s)" % R3,
    reply_to_req=rq(R3),
    body="""Hello,

Thank you for your notice.

We have reviewed the content you reported under the laws of South Korea.
Based on our review, we have blocked access to the following videos in
South Korea:

https://www.youtube.com/watch?v=Qm7rT2xKp4A
https://www.youtube.com/watch?v=bN3wZ8cLs0E

In addition, the following content was removed from YouTube globally for
violating our Community Guidelines:

https://www.youtube.com/shorts/Xe5pL1aVr9k

To learn more about how we handle legal requests, visit
https://support.google.com/youtube/answer/6154232

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome mail (local-law block / Community Guidelines removal)",
    why="y1, y2 blocked in South Korea = restricted; y3 removed globally; support link no item",
    items=pend("y4", "y5", y1="restricted", y2="restricted", y3="removed"),
)

# 14. YouTube Korean notice, Korean handle raw.
case(
    name="yt-korean-channel-block",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
    date="Wed, 11 Sep 2024 16:40:05 +0900",
    subject=subj("[YouTube] 법적 요청 처리 결과 안내 - %s" % R3),
    reply_to_req=rq(R3),
    body="""안녕하세요.

요청하신 콘텐츠에 대한 검토를 완료하여 결과를 알려드립니다.

■ 아래 동영상은 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
  - %s

■ 아래 채널은 대한민국 현지 법률에 따라 국내에서 접근이 차단되었습니다.
  - %s 채널

기타 문의사항은 이 메일에 회신해 주시기 바랍니다.

YouTube 법무지원팀 드림
""" % (RAW["y5"], RAW["y4"]),
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal-team Korean result notice (■ sections)",
    why="y5 removed; the channel with a Korean handle blocked in Korea = restricted",
    items=pend(y5="removed", y4="restricted"),
)

# 15. Age restriction + no violation.
case(
    name="yt-age-restricted-and-kept",
    **{"from": "legal-support@google.com"}, name_from=YT,
    date="Thu, 12 Sep 2024 02:55:19 -0700",
    subject="Re: [7-1843000039217] Your legal request regarding YouTube",
    reply_to_req=rq(R3),
    body="""Hi there,

Following up on the remaining items in your request %s:

- https://www.youtube.com/shorts/Xe5pL1aVr9k : we have applied an age
  restriction to this content. It is no longer visible to signed-out
  viewers or to users under 18.
- https://www.youtube.com/watch?v=bN3wZ8cLs0E : we reviewed this video and
  did not find it in violation of our policies or of local law, so we are
  not taking action on it at this time.

If you disagree, you can send us more details here:
https://support.google.com/legal/contact/lr_legalother?product=youtube

Best,
YouTube Legal Support
""" % R3,
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up: age restriction and 'no action' decision",
    why="y3 age-restricted = restricted; y2 no violation, no action = rejected; contact form no item",
    items=pend(y3="restricted", y2="rejected"),
)

# 16. Gmail-quoted English reply, one item done, the rest under review.
quoted16 = "\n".join("> " + l if l else ">" for l in request_text(R3))
case(
    name="yt-gmail-one-removed-rest-review",
    **{"from": "legal-support@google.com"}, name_from=YT,
    date="Mon, 09 Sep 2024 08:21:37 -0700",
    subject="Re: 방송통신심의위원회 시정요구 (%s)" % R3,
    reply_to_req=rq(R3),
    body="""Hello,

The video at https://www.youtube.com/watch?v=Qm7rT2xKp4A has been removed.
The other URLs in your notice are still under review; we will follow up.

Thanks,
YouTube Legal Support

On Fri, Sep 6, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
%s
""" % quoted16,
    outcome="applied", classification="confirmation",
    imitates="Gmail-client top-posted reply by a YouTube legal specialist",
    why="y1 removed; the rest 'still under review' stay pending; the quote states nothing",
    items=pend("y2", "y3", "y4", "y5", y1="removed"),
)

# 17. DC Inside informal operator reply with arrows.
case(
    name="dc-informal-arrows",
    **{"from": "jsh@dcinside.com"}, name_from="디시인사이드 운영팀 정승호",
    date="Tue, 10 Sep 2024 19:52:03 +0900",
    subject="Re: [%s] 개인정보 노출 게시물 시정요구" % R4,
    reply_to_req=rq(R4),
    body="""안녕하세요 디시인사이드 운영팀입니다.
요청주신 글 확인해서 처리했습니다.

%s → 삭제완료
%s → 작성자가 이미 지운 글이라 없는 글로 나옵니다
%s → 미니갤 매니저 공지글인데 실명/연락처가 없어서 삭제 안 했습니다

추가로 필요하신 거 있으면 편하게 회신 주세요.
정승호 드림
""" % (RAW["d1"], RAW["d2"], RAW["d3"]),
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply (URL → result)",
    why="d1 removed; d2 already deleted by its author = not_found; d3 not deleted with its reason = rejected",
    items=pend(d1="removed", d2="not_found", d3="rejected"),
)

# 18. Full-width punctuation around URLs.
case(
    name="dc-fullwidth-punctuation",
    **{"from": "report@dcinside.com"}, name_from=DC,
    date="Wed, 11 Sep 2024 10:07:45 +0900",
    subject=subj("[디시인사이드] 게시물 삭제 처리 안내"),
    body="""방송통신심의위원회 귀중

요청번호 %s 관련하여 안내드립니다。
요청하신 게시물（%s）、（%s）두 건은
개인정보 노출 게시물로 확인되어 모두 삭제 처리되었습니다。

㈜디시인사이드 운영팀
""" % (R4, RAW["d1"], RAW["d2"]),
    outcome="applied", classification="confirmation",
    imitates="DC Inside notice typed with full-width punctuation（）、。",
    why="two named posts, '모두 삭제 처리되었습니다' names each = removed; full-width brackets are not URL characters",
    items=pend("d3", d1="removed", d2="removed"),
)

# 19. BAND notice.
case(
    name="band-notice-two",
    **{"from": "help@band.us"}, name_from=BAND,
    date="Thu, 12 Sep 2024 14:36:50 +0900",
    subject=subj("[BAND] 신고하신 게시글 처리 결과 안내"),
    reply_to_req=rq(R5),
    body="""안녕하세요. BAND 고객센터입니다.
%s 요청 건에 대한 처리 결과를 알려드립니다.

1. %s
   투자 사기 모집 게시글로 확인되어 삭제하였으며, 게시한 멤버의 BAND 이용을 제한하였습니다.

2. %s
   해당 게시글은 밴드 리더에 의해 이미 삭제되어 확인할 수 없습니다.

BAND 운영정책: https://band.us/policy/operation
""" % (R5, RAW["b1"], RAW["b2"]),
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report result notice",
    why="b1 deleted = removed; b2 already deleted by the band leader, cannot be found = not_found",
    items=pend(b1="removed", b2="not_found"),
)

# 20. Outlook '-----Original Message-----' reply.
case(
    name="naver-outlook-original-message",
    **{"from": "hyejin.lee@navercorp.com"}, name_from="이혜진 (NAVER 정책지원)",
    date="Tue, 10 Sep 2024 11:58:26 +0900",
    subject="RE: 방송통신심의위원회 시정요구 (%s)" % R1,
    reply_to_req=rq(R1),
    body="""안녕하세요, 네이버 이혜진입니다.

문의하신 3건 조치 결과입니다.

%s 은 삭제 조치했습니다.
%s 은 삭제 조치했습니다.
%s 은 게시자 소명 요청과 함께 임시조치(30일) 하였습니다.

감사합니다.

이혜진 | 정책지원팀 | NAVER

-----Original Message-----
From: "KCSC Takedown" <takedown@kcsc.example>
To: <kr-policy@navercorp.com>
Sent: 2024-09-03 (화) 14:00:00 (GMT+09:00)
Subject: 방송통신심의위원회 시정요구 (%s)

%s
""" % (RAW["n9"], RAW["n12"], RAW["n10"], R1, "\n".join(request_text(R1))),
    outcome="applied", classification="confirmation",
    imitates="Outlook/Naver Works reply with '-----Original Message-----' over the unquoted request",
    why="three items stated above the original message; the request text below states nothing",
    items=pend("n1", "n4", n9="removed", n12="removed", n10="restricted"),
)

# 21. Kakao statement-of-reasons style key-value blocks, echoing the report.
case(
    name="kakao-sor-blocks-two",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
    date="Sat, 07 Sep 2024 09:12:00 +0900",
    subject=subj("[Kakao] 게시물 조치 결과 통지 (%s)" % R2),
    reply_to_req=rq(R2),
    body="""[접수 내용]
- 요청 기관 : 방송통신심의위원회
- 요청 번호 : %s
- 요청 사유 : 불법 도박 홍보

[조치 결과 1]
- 대상 : %s
- 조치 내용 : 게시물 삭제
- 조치 근거 : Daum 카페 운영정책 제3조 (불법 정보 게시 금지)
- 조치 일시 : 2024-09-06 22:40

[조치 결과 2]
- 대상 : %s
- 조치 내용 : 게시물 삭제
- 조치 근거 : Daum 카페 운영정책 제3조 (불법 정보 게시 금지)
- 조치 일시 : 2024-09-06 22:41

이의가 있는 경우 통지일로부터 30일 이내에 이의를 제기할 수 있습니다.
""" % (R2, RAW["k1"], RAW["k2"]),
    outcome="applied", classification="confirmation",
    imitates="statement-of-reasons style Kakao notice with echoed report and key-value result blocks",
    why="each block names its URL and 게시물 삭제 = removed",
    items=pend("k3", "k4", k1="removed", k2="removed"),
)

# 22. Wrapped URL in angle brackets.
case(
    name="naver-wrapped-url",
    **{"from": "kin-help@naver.com"}, name_from="네이버 지식iN 운영팀",
    date="Fri, 06 Sep 2024 20:33:18 +0900",
    subject="[지식iN] 신고 게시물 처리 결과 (%s)" % R1,
    body="""안녕하세요. 지식iN 운영팀입니다.

%s 요청 중 지식iN 질문과 모바일 블로그 게시물을 아래와 같이 처리했습니다.

질문 <https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70301&
docId=471122334> 은 의약품 불법 거래 유도로 확인되어 삭제되었습니다.

블로그 <%s> 도 같은 사유로 삭제되었습니다.

지식iN 운영팀 드림
""" % (R1, RAW["n5"]),
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN operator mail with a long URL wrapped inside angle brackets",
    why="the bracketed URL wrapped over two lines is n6; both named posts 삭제되었습니다 = removed",
    items=pend(n6="removed", n5="removed"),
)

# 23. YouTube CSV attachment, 7bit.
csv23 = """URL,Action,Scope,Reason
%s,Blocked,KR,Local law (Korea)
%s,Removed,Global,Community Guidelines - spam and scams
%s,No action,-,Content does not violate policy or local law
""" % (U["y1"], U["y2"], U["y5"])
case(
    name="yt-csv-report-three",
    **{"from": "legal-support@google.com"}, name_from=YT,
    date="Wed, 11 Sep 2024 07:45:00 -0700",
    subject="[7-1843000039217] Outcome report for %s" % R3,
    raw_mime="""Content-Type: multipart/mixed; boundary="000000000000a1b2c3d4e5f60718"

--000000000000a1b2c3d4e5f60718
Content-Type: text/plain; charset="UTF-8"

Hello,

Please find attached the outcome report for the URLs in your request %s.

Regards,
YouTube Legal Support

--000000000000a1b2c3d4e5f60718
Content-Type: text/csv; charset="US-ASCII"; name="outcome_7-1843000039217.csv"
Content-Disposition: attachment; filename="outcome_7-1843000039217.csv"
Content-Transfer-Encoding: 7bit

%s
--000000000000a1b2c3d4e5f60718--
""" % (R3, csv23),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome report sent as a CSV attachment",
    why="rows: Blocked KR = restricted, Removed Global = removed, No action / does not violate = rejected",
    items=pend(y1="restricted", y2="removed", y5="rejected"),
)

# 24. Pipe table, 시정요구 조치결과.
case(
    name="naver-pipe-table-four",
    **{"from": "kr-policy@navercorp.com"}, name_from=NAVER,
    date="Wed, 04 Sep 2024 16:25:00 +0900",
    subject=subj("[조치결과] %s 시정요구 1차 회신" % R1),
    reply_to_req=rq(R1),
    body="""시정요구 조치결과 (1차)

| 연번 | URL                                                | 조치결과        | 비고        |
|------|----------------------------------------------------|-----------------|-------------|
| 1    | %s | 삭제            |             |
| 2    | %s | 삭제            |             |
| 3    | %s        | 게시중단        | 카페 운영자 통보 |
| 4    | %s        | 접속차단(국내)  | 해외 접속 유지 |

※ 나머지 8건은 2차 회신 예정입니다.
네이버 정책지원팀
""" % (RAW["n1"], RAW["n2"], RAW["n3"], RAW["n4"]),
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 table as plain-text pipes (first partial reply)",
    why="table rows: 삭제, 삭제, 게시중단 = removed; 접속차단(국내) = restricted; promise for the rest is no status",
    items=pend("n5", "n11", n1="removed", n2="removed", n3="removed", n4="restricted"),
)

# 25. Kakao single-item, no URL, 블라인드.
case(
    name="kakao-single-blind-no-url",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Thu, 12 Sep 2024 17:20:40 +0900",
    subject=subj("[카카오] %s 처리 결과" % R7),
    reply_to_req=rq(R7),
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

%s 로 요청하신 카페 게시글 1건은 미등록 대부업 광고로 확인되어
블라인드 처리되었습니다.

감사합니다.
""" % R7,
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 처리 notice for a one-post request, no URL",
    why="one-item request, unhedged 블라인드 처리되었습니다 = removed",
    items=pend(t1="removed"),
)

# 26. Acknowledgement phrase plus a real statement.
case(
    name="band-ack-plus-removed",
    **{"from": "help@band.us"}, name_from=BAND,
    date="Wed, 11 Sep 2024 09:05:12 +0900",
    subject=subj("[BAND] 문의 접수 및 1차 처리 안내 (접수번호 B240911-00731)"),
    reply_to_req=rq(R5),
    body="""안녕하세요. BAND 고객센터입니다.

%s 요청이 정상적으로 접수되었습니다 (접수번호 B240911-00731).

접수된 게시글 중 %s 는
긴급 검토 결과 투자 사기 모집글로 확인되어 즉시 삭제되었습니다.
다른 게시글은 검토 후 다시 안내드리겠습니다.

BAND 고객센터
""" % (R5, RAW["b1"]),
    outcome="applied", classification="confirmation",
    imitates="BAND ticket receipt that also reports a first action",
    why="receipt wording plus an unhedged statement: b1 removed; b2 'will let you know' stays pending",
    items=pend("b2", b1="removed"),
)

# ------------------------------------------------------------------- review

case(
    name="naver-promise-sequential",
    **{"from": "kr-policy@navercorp.com"}, name_from=NAVER,
    date="Wed, 04 Sep 2024 10:15:00 +0900",
    subject="Re: 방송통신심의위원회 시정요구 (%s)" % R1,
    reply_to_req=rq(R1),
    body="""안녕하세요, 네이버 정책지원팀입니다.

아래 3건은 내부 검토를 거쳐 순차적으로 삭제될 예정입니다.
- %s
- %s
- %s

조치가 완료되면 다시 회신드리겠습니다.
""" % (RAW["n1"], RAW["n2"], RAW["n8"]),
    outcome="review", review="not_understood",
    imitates="Korean portal interim reply promising sequential deletion",
    why="'삭제될 예정' is a promise, not a status; names items, so review not_understood",
    items=pend("n1", "n2", "n8"),
)

case(
    name="yt-hedge-may-have-been",
    **{"from": "legal-support@google.com"}, name_from=YT,
    date="Sat, 07 Sep 2024 01:30:22 -0700",
    subject="[7-1843000039217] Update on your request",
    reply_to_req=rq(R3),
    body="""Hello,

We are still looking into your request %s.

It appears that https://www.youtube.com/watch?v=bN3wZ8cLs0E may have
already been taken down by the uploader, but we need to confirm this
with the relevant team. https://www.youtube.com/shorts/Xe5pL1aVr9k is
currently under review.

We'll get back to you once we have more information.

YouTube Legal Support
""" % R3,
    outcome="review", review="not_understood",
    imitates="YouTube legal interim update with hedged wording",
    why="'appears ... may have been' is a hedge and 'under review' no status: nothing applies",
    items=pend("y2", "y3"),
)

case(
    name="kakao-bulk-all-removed",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Tue, 10 Sep 2024 15:02:11 +0900",
    subject=subj("Re: [%s] 시정요구 통보" % R2),
    reply_to_req=rq(R2),
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

%s 로 신고하신 게시물은 모두 삭제 조치되었습니다.

감사합니다.
""" % R2,
    outcome="review", review="bulk",
    imitates="one-line Kakao bulk confirmation",
    why="'모두 삭제' for a four-item request without naming each: bulk, items pending",
    items=allof(R2),
)

case(
    name="naver-bulk-twelve-count",
    **{"from": "kr-policy@navercorp.com"}, name_from=NAVER,
    date="Thu, 12 Sep 2024 18:40:00 +0900",
    subject=subj("[네이버] %s 조치 완료 회신" % R1),
    reply_to_req=rq(R1),
    body="""수신 : 방송통신심의위원회
제목 : 시정요구 조치 완료 회신

귀 위원회 시정요구(%s)에 따른 게시물 12건 전부에 대하여
게시중단 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사
""" % R1,
    outcome="review", review="bulk",
    imitates="NAVER 공문 one-paragraph completion notice giving only a count",
    why="'12건 전부 게시중단' names no item: bulk for a multi-item request",
    items=allof(R1),
)

case(
    name="dc-untrusted-dkim-fail",
    **{"from": "report@dcinside.com"}, name_from=DC, auth="fail",
    date="Thu, 12 Sep 2024 08:44:19 +0900",
    subject="[디시인사이드] 게시물 삭제 완료 안내 (%s)" % R4,
    body="""방송통신심의위원회 담당자님

요청하신 %s 게시물은 삭제 완료되었습니다.

디시인사이드 운영팀
""" % RAW["d1"],
    outcome="review", review="untrusted",
    imitates="DC Inside deletion notice whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: untrusted, nothing applied",
    items=pend("d1"),
)

case(
    name="unknown-blogger-gmail",
    **{"from": "sunny.drug.owner@gmail.com"}, name_from="써니약국 블로그",
    date="Mon, 09 Sep 2024 23:11:47 +0900",
    subject="블로그 글 삭제했습니다",
    body="""안녕하세요 블로그 운영자입니다.
네이버에서 연락받고 말씀하신 글 지웠습니다.

%s

확인 부탁드리고 블로그 정지는 풀어주셨으면 합니다.
""" % RAW["n8"],
    outcome="review", review="unknown_sender",
    imitates="the blogger themself writing from a webmail address",
    why="not a platform domain: unknown_sender; the blogger's word changes nothing",
    items=pend("n8"),
)

case(
    name="navercorp-about-band-posts",
    **{"from": "kr-policy@navercorp.com"}, name_from=NAVER,
    date="Fri, 13 Sep 2024 10:10:10 +0900",
    subject="BAND 게시물 관련 회신 (%s)" % R5,
    body="""안녕하세요, 네이버 정책지원팀입니다.

BAND 관련 요청(%s)이 당사로 접수되어 확인 결과를 전달드립니다.
%s 게시글은 삭제되었습니다.

향후 BAND 관련 요청은 help@band.us 로 보내주시면 더 빠르게 처리됩니다.
""" % (R5, RAW["b1"]),
    outcome="review", review="wrong_platform",
    imitates="NAVER policy team answering about a BAND post",
    why="sender is platform naver, item belongs to band (own sender domain): wrong_platform",
    items=pend("b1"),
)

case(
    name="yt-asks-for-decision",
    **{"from": "legal-support@google.com"}, name_from=YT,
    date="Tue, 10 Sep 2024 05:02:33 -0700",
    subject="[7-1843000039217] Additional information needed",
    reply_to_req=rq(R3),
    body="""Hello,

Regarding the channel %s in your request %s:
to process a channel-level restriction we need a copy of the Commission's
decision (시정요구 결정서) identifying the legal basis, and the specific
videos on the channel that you believe are unlawful.

Please reply to this email with the requested information.

YouTube Legal Support
""" % (RAW["y4"], R3),
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal request for the decision document before acting on a channel",
    why="asks for more information about y4; no status",
    items=pend("y4"),
)

case(
    name="naver-general-notice-no-claims",
    **{"from": "kr-policy@navercorp.com"}, name_from=NAVER,
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject=subj("[네이버] 공공기관 요청 접수 창구 변경 안내"),
    body="""방송통신심의위원회 담당자님께

2024년 10월 1일부터 공공기관의 게시물 조치 요청 접수 창구가
네이버 고객센터 기관 전용 접수 페이지로 변경됩니다.

- 변경 전 : kr-policy@navercorp.com (이메일)
- 변경 후 : https://help.naver.com/service/5600/contents/agency

기존 이메일로 보내주신 요청도 9월 말까지는 처리됩니다.
감사합니다.

네이버 정책지원팀
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice changing the agency intake channel",
    why="trusted platform mail naming no item and referencing no request: no_claims",
    items={},
)

case(
    name="kakao-conditional-delete",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Sun, 08 Sep 2024 14:45:00 +0900",
    subject=subj("[카카오] 게시자 소명 절차 안내 (%s)" % R2),
    reply_to_req=rq(R2),
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

%s 게시물은 현재 게시자 소명 절차가 진행 중입니다.
게시자가 9월 15일까지 소명하지 않을 경우 해당 게시물은 삭제될 예정이며,
소명이 접수되면 내용을 검토하여 다시 안내드리겠습니다.
""" % RAW["k2"],
    outcome="review", review="not_understood",
    imitates="Kakao notice of the poster's explanation period (conditional deletion)",
    why="deletion is conditional and future: no status; names k2, so not_understood",
    items=pend("k2"),
)

case(
    name="naver-single-hedge-boida",
    **{"from": "right@naver.com"}, name_from=NAVER,
    date="Thu, 12 Sep 2024 10:40:00 +0900",
    subject="Re: [%s] 시정요구 통보" % R6,
    reply_to_req=rq(R6),
    body="""안녕하세요. 네이버 권리보호센터입니다.

말씀하신 %s 게시물은
확인해 보니 이미 삭제된 것으로 보입니다. 정확한 처리 이력은
담당 부서 확인 후 다시 말씀드리겠습니다.
""" % RAW["s1"],
    outcome="review", review="not_understood",
    imitates="NAVER help-desk reply with a Korean hedge (…것으로 보입니다)",
    why="'삭제된 것으로 보입니다' is a hedge, not a statement; one item named: not_understood",
    items=pend("s1"),
)

# ------------------------------------------------------------------ ignored

case(
    name="naver-ooo-chuseok",
    **{"from": "hyejin.lee@navercorp.com"}, name_from="이혜진 (NAVER 정책지원)",
    date="Mon, 16 Sep 2024 09:00:03 +0900",
    subject=subj("[자동응답] 부재중입니다: RE: 방송통신심의위원회 시정요구 (%s)" % R1),
    reply_to_req=rq(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 이혜진입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 확인 후 회신드리겠습니다.

급한 건은 정책지원팀 대표 메일(kr-policy@navercorp.com)로 보내주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply: nothing to record",
    items={},
)

orig = "\n".join(request_text(R2))
case(
    name="kakao-dsn-unknown-user",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery Subsystem",
    date="Thu, 05 Sep 2024 10:30:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.0905.kakao"

--DSN.0905.kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-right@kakaocorp.com>: host mx2.kakaocorp.com said:
    550 5.1.1 User unknown (받는 사람 주소를 찾을 수 없습니다)

--DSN.0905.kakao
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu,  5 Sep 2024 10:30:40 +0900 (KST)

Final-Recipient: rfc822; report-right@kakaocorp.com
Original-Recipient: rfc822;report-right@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--DSN.0905.kakao
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report-right@kakaocorp.com
Subject: =?UTF-8?B?%s?=
Date: Thu, 05 Sep 2024 10:30:00 +0900
Message-ID: <%s>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

%s

--DSN.0905.kakao--
""" % (base64.b64encode(("방송통신심의위원회 시정요구 (%s)" % R2).encode()).decode(), mid(R2), orig),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 user unknown) returning our request with its URLs",
    why="bounce: the URLs are only in our own returned request",
    items=allof(R2),
)

case(
    name="yt-ack-ticket-created",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
    date="Fri, 06 Sep 2024 09:01:12 +0900",
    subject="[7-1843000039217] We've received your legal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for contacting Google. This is an automated message to confirm
that we have received your request (%s). Your reference number is
7-1843000039217.

Our team will review the content you reported and get back to you. You do
not need to reply to this email.

Google Legal Removals
https://support.google.com/legal/
""" % R3,
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request automated receipt with a ticket number",
    why="pure acknowledgement, nothing about any item",
    items={},
)

case(
    name="dc-mdn-read",
    **{"from": "report@dcinside.com"}, name_from=DC,
    date="Mon, 09 Sep 2024 11:26:08 +0900",
    subject=subj("읽음: [%s] 개인정보 노출 게시물 시정요구" % R4),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-0909"

--mdn-dc-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
받는 사람: report@dcinside.com
읽은 시간: 2024-09-09 (월) 11:26

--mdn-dc-0909
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; DCWebmail 3.2
Final-Recipient: rfc822;report@dcinside.com
Original-Message-ID: <%s>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-0909--
""" % mid(R4),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, RFC 8098 MDN)",
    why="read receipt: nothing to record",
    items={},
)

case(
    name="naver-ack-received",
    **{"from": "noreply-right@naver.com"}, name_from=NAVER,
    date="Wed, 11 Sep 2024 10:02:30 +0900",
    subject=subj("[네이버] 권리침해 신고가 접수되었습니다"),
    body="""안녕하세요. 네이버 권리보호센터입니다.

아래 내용으로 신고가 정상 접수되었습니다.

- 접수번호 : NV-R-20240911-004417
- 요청번호 : %s
- 신고 대상 : %s

담당자가 검토 후 처리 결과를 메일로 안내해 드리겠습니다.
본 메일은 발신 전용입니다.
""" % (R6, RAW["s1"]),
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 권리침해 신고 접수 완료 auto-mail echoing the reported URL",
    why="receipt with a ticket number and an echoed URL; no statement about it",
    items=pend("s1"),
)

case(
    name="yt-dsn-delayed",
    **{"from": "mailer-daemon@google.com"}, name_from="Mail Delivery Subsystem",
    date="Fri, 06 Sep 2024 13:05:00 +0900",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000077aa88bb99cc"

--00000000000077aa88bb99cc
Content-Type: text/plain; charset="UTF-8"

** Delivery incomplete **

There was a temporary problem delivering your message to
legal-kr-intake@google.com. Gmail will retry for 44 more hours. You'll be
notified if the delivery fails permanently.

--00000000000077aa88bb99cc
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 06 Sep 2024 09:00:05 +0900

Final-Recipient: rfc822; legal-kr-intake@google.com
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 The email account that you tried to reach is over quota.
Will-Retry-Until: Sun, 08 Sep 2024 09:00:05 +0900

--00000000000077aa88bb99cc
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-intake@google.com
Subject: =?UTF-8?B?%s?=
Date: Fri, 06 Sep 2024 09:00:00 +0900
Message-ID: <%s>

--00000000000077aa88bb99cc--
""" % (base64.b64encode(("방송통신심의위원회 시정요구 (%s)" % R3).encode()).decode(), mid(R3)),
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Delivery incomplete' delay DSN",
    why="delay DSN: nothing to record",
    items={},
)


HEADER = """# Blind set 497: Korean portals (NAVER, Kakao/Daum, YouTube Korea, DC Inside,
# BAND) writing in Korean: 공문-style replies, 임시조치 notices, 시정요구
# 조치결과 tables, informal operator replies. Written by tests/corpus/blind497/make.py
# from each email's meaning, before any run of the reader. Each case is judged
# alone on a fresh ledger holding requests.csv.
"""

def encode_names():
    """Korean display names go out as RFC 2047 encoded words."""
    for c in CASES:
        n = c.get("name_from")
        if n and not n.isascii():
            c["name_from"] = subj(n)


if __name__ == "__main__":
    encode_names()
    write_requests()
    corpuslib.write_set(HERE, "blind497", HEADER, CASES)
    print("%d cases" % len(CASES))
