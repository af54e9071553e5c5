#!/usr/bin/env python3
"""Blind set 635 (Korean platforms): writes requests.csv, cases/*.eml and
expected.toml. Deterministic: running it twice changes nothing.

    python3 tests/corpus/blind635/make.py

Every email is fictional and written in our own sentences, in the manner of
Korean portal notices (NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside,
BAND): 공문-style 조치결과 회신, 임시조치 notices, 시정요구 조치결과 tables,
informal operator replies, receipts, bounces and read receipts. The expected
results were written from each email's meaning before any run of the reader.
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

# ---------------------------------------------------------------- requests
TISTORY_RAW = "https://sunnyday-log.tistory.com/entry/오늘의-사진-모음"
TISTORY = ("https://sunnyday-log.tistory.com/entry/"
           "%EC%98%A4%EB%8A%98%EC%9D%98-%EC%82%AC%EC%A7%84-%EB%AA%A8%EC%9D%8C")

N = {  # KCSC-240909-01, NAVER, 14 items (the largest request)
    1: "https://blog.naver.com/dalbit_diary/223551000101",
    2: "https://blog.naver.com/dalbit_diary/223551000245",
    3: "https://blog.naver.com/greyfox_77/223549870012",
    4: "https://blog.naver.com/greyfox_77/223549870388",
    5: "https://cafe.naver.com/nightmarket24/15502",
    6: "https://cafe.naver.com/nightmarket24/15517",
    7: "https://cafe.naver.com/nightmarket24/15630",
    8: "https://cafe.naver.com/rosewindow/90211",
    9: "https://cafe.naver.com/rosewindow/90248",
    10: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334",
    11: "https://post.naver.com/viewer/postView.naver?volumeNo=38811234&memberNo=5512001",
    12: "https://blog.naver.com/moru_film/223560044410",
    13: "https://tv.naver.com/v/60118822",
    14: "https://blog.naver.com/moru_film/223560044987",
}
K = {  # KCSC-240911-02, Kakao (Daum cafe, Tistory, Kakao channel), 4 items
    1: "https://cafe.daum.net/blueharbor7/Fz3k/331",
    2: "https://cafe.daum.net/blueharbor7/Fz3k/347",
    3: TISTORY,
    4: "https://pf.kakao.com/_xgQkbT/104233512",
}
Y = {  # KCSC-240912-03, YouTube, 3 items
    1: "https://www.youtube.com/watch?v=Qm3xT8vLr2A",
    2: "https://www.youtube.com/watch?v=b7HnW0zKe1c",
    3: "https://www.youtube.com/shorts/Zp4LmN8wQ0s",
}
D = {  # KCSC-240913-04, DC Inside, 5 items
    1: "https://gall.dcinside.com/mgallery/board/view/?id=nightowl&no=48812",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=nightowl&no=48877",
    3: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9920114",
    4: "https://gall.dcinside.com/mini/board/view/?id=silverlake&no=2210",
    5: "https://gall.dcinside.com/mgallery/board/view/?id=nightowl&no=49003",
}
B = {  # KCSC-240916-05, BAND, 2 items
    1: "https://band.us/band/81234567/post/4411",
    2: "https://band.us/band/81234567/post/4420",
}
F1 = "https://cafe.naver.com/ca-fe/cafes/31002244/articles/712"  # KCSC-240917-06, NAVER, 1 item
G1 = "https://cafe.daum.net/hangang_walk/ZXc1/58"  # KCSC-240918-07, Kakao, 1 item

REQUESTS = [
    ("KCSC-240909-01", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [N[i] for i in range(1, 15)], "illegal_gambling", "<req-240909-01@kcsc.example>",
     "시정요구 14건 (블로그·카페·지식iN·포스트·TV)"),
    ("KCSC-240911-02", "kakao", "2024-09-11T14:30:00+09:00", "2024-09-18T18:00:00+09:00",
     [K[i] for i in range(1, 5)], "defamation", "<req-240911-02@kcsc.example>",
     "Daum 카페 2건, 티스토리 1건, 카카오 채널 1건"),
    ("KCSC-240912-03", "youtube", "2024-09-12T09:15:00+09:00", "2024-09-19T18:00:00+09:00",
     [Y[i] for i in range(1, 4)], "deepfake_sexual_abuse", "<req-240912-03@kcsc.example>", ""),
    ("KCSC-240913-04", "dcinside", "2024-09-13T11:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [D[i] for i in range(1, 6)], "privacy", "<req-240913-04@kcsc.example>",
     '2차 요청, "긴급" 표시'),
    ("KCSC-240916-05", "band", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00",
     [B[1], B[2]], "drug_trade", "<req-240916-05@kcsc.example>", ""),
    ("KCSC-240917-06", "naver", "2024-09-17T15:00:00+09:00", "2024-09-24T18:00:00+09:00",
     [F1], "illegal_gambling", "<req-240917-06@kcsc.example>", "단건"),
    ("KCSC-240918-07", "kakao", "2024-09-18T09:30:00+09:00", "2024-09-25T18:00:00+09:00",
     [G1], "defamation", "<req-240918-07@kcsc.example>", "단건, 카페"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encode a header value (deterministic)."""
    return Header(s, "utf-8").encode()


def qp_part(text, ctype="plain", extra=""):
    body = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8{extra}\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64_part(text, ctype="plain"):
    body = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + body)


def eightbit_part(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + text.strip("\n") + "\n")


def multipart(kind, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def csv_attachment(rows, filename):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = ("\ufeff" + buf.getvalue()).encode("utf-8")
    fn = enc(filename)
    return (f'Content-Type: text/csv; charset=utf-8; name="{fn}"\n'
            f'Content-Disposition: attachment; filename="{fn}"\n'
            "Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(data).decode("ascii"))


NAVER_SIG = """
네이버 주식회사 | 정책지원
경기도 성남시 분당구 (가상 주소) · 본 메일은 회신 가능한 담당자 메일입니다.
"""

REQ_A_QUOTED = "\n".join(
    ["> 안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
     "> 아래 게시물에 대해 시정요구(삭제 또는 접속차단)를 요청드립니다.",
     "> 요청번호: KCSC-240909-01 / 조치기한: 2024. 9. 16. 18:00",
     ">"]
    + [f"> {i}. {N[i]}" for i in range(1, 15)]
    + [">", "> 조치 결과를 회신하여 주시기 바랍니다."])

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(
    name="naver-gongmun-full-result",
    **{"from": "policy-kr@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date="Fri, 13 Sep 2024 16:42:10 +0900",
    subject=enc("[네이버] 시정요구에 대한 조치결과 회신 (KCSC-240909-01)"),
    reply_to_req="req-240909-01",
    body=f"""
수신: 방송통신심의위원회 통신심의국
제목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 9. 요청하신 시정요구(요청번호 KCSC-240909-01)와
   관련하여, 당사가 조치한 결과를 아래와 같이 회신합니다.

- 아    래 -

 연번 | 대상 URL                                                          | 조치결과
 -----+-------------------------------------------------------------------+------------------------------
  1   | {N[1]}                  | 삭제
  2   | {N[2]}                  | 삭제
  3   | {N[3]}                   | 게시중단
  4   | {N[4]}                   | 접속제한(국내)
  5   | {N[5]}                        | 삭제
  6   | {N[6]}                        | 블라인드
  7   | {N[7]}                        | 게시물 없음(작성자 삭제)
  8   | {N[8]}                          | 임시조치
  9   | {N[9]}                          | 조치불가(약관 위반 사항 없음)
 10   | {N[10]} | 삭제
 11   | {N[11]} | 비공개 처리
 12   | {N[12]}                    | 삭제
 13   | {N[13]}                                   | 재생 제한(국내)
 14   | {N[14]}                    | 존재하지 않는 게시물

3. 조치불가 건(연번 9)은 당사 운영정책 검토 결과 위반 사항이 확인되지
   않아 게시를 유지하였음을 알려드립니다.  끝.
{NAVER_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply: 시정요구 조치결과 회신 with a numbered text table",
    why="trusted NAVER reply, every item named on its own row with an unhedged result",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted",
           N[5]: "removed", N[6]: "removed", N[7]: "not_found", N[8]: "restricted",
           N[9]: "rejected", N[10]: "removed", N[11]: "removed", N[12]: "removed",
           N[13]: "restricted", N[14]: "not_found"},
)

html_a2 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 네이버 게시중단요청 담당자입니다.</p>
<p>KCSC-240909-01 요청 건 중 블로그 게시물 및 카페 게시글 5건의 처리 결과를 아래 표와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef5ea"><th>번호</th><th>게시물 주소</th><th>처리 내용</th><th>처리 일시</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>삭제</td><td>2024-09-11 10:12</td></tr>
<tr><td>2</td><td><a href="{N[2]}">{N[2]}</a></td><td>삭제</td><td>2024-09-11 10:12</td></tr>
<tr><td>3</td><td><a href="{N[3]}">{N[3]}</a></td><td>임시조치(30일)</td><td>2024-09-11 10:20</td></tr>
<tr><td>4</td><td><a href="{N[4]}">{N[4]}</a></td><td>삭제</td><td>2024-09-11 10:21</td></tr>
<tr><td>5</td><td><a href="{N[5]}">{N[5]}</a></td><td>미조치 &ndash; 신고 사유에 해당하지 않아 게시 유지</td><td>2024-09-11 10:30</td></tr>
</table>
<p>나머지 요청 건은 확인이 끝나는 대로 회신드리겠습니다.</p>
<p style="color:#888">이의가 있으신 경우 <a href="https://help.naver.com/inquiry/kcsc-demo">네이버 고객센터</a>로 문의해 주세요.</p>
</body></html>"""
case(
    name="naver-html-table-five",
    **{"from": "noreply-inoti@navercorp.com"}, name_from=enc("네이버 게시중단요청서비스"),
    date="Wed, 11 Sep 2024 11:05:33 +0900",
    subject=enc("[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240909-01)"),
    reply_to_req="req-240909-01",
    raw_mime=qp_part(html_a2, "html"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result mail with an HTML table",
    why="HTML table, one row per item; 임시조치 is restricted, 미조치 with a reason is rejected; help-centre link is no item",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "rejected"},
)

case(
    name="naver-csv-attachment",
    **{"from": "kcsc-desk@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date="Thu, 12 Sep 2024 17:20:05 +0900",
    subject=enc("RE: 시정요구 KCSC-240909-01 조치결과 (첨부)"),
    reply_to_req="req-240909-01",
    raw_mime=multipart("mixed", "=_nv_2409121720", [
        eightbit_part("""
안녕하세요, 네이버 정책지원 담당자입니다.

요청하신 건 중 카페 게시글 4건의 조치 결과를 첨부 파일(CSV)로 정리하여
보내드립니다. 확인 부탁드립니다.

감사합니다.
"""),
        csv_attachment([
            ["순번", "URL", "처리결과", "비고"],
            ["1", N[6], "블라인드 처리", "카페 운영원칙 위반"],
            ["2", N[7], "삭제", ""],
            ["3", N[8], "게시물 없음", "작성자가 이미 삭제"],
            ["4", N[9], "접속 차단(대한민국)", "국내 IP 대상"],
        ], "조치결과_KCSC-240909-01.csv"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal desk reply with the results in a CSV attachment (UTF-8 with BOM)",
    why="CSV rows name each item with its result: blinded, deleted, already gone, blocked in Korea",
    items={N[6]: "removed", N[7]: "removed", N[8]: "not_found", N[9]: "restricted"},
)

case(
    name="naver-imsi-notice-single",
    **{"from": "inoti@naver.com"}, name_from=enc("네이버"),
    date="Wed, 18 Sep 2024 09:14:50 +0900",
    subject=enc("[네이버] 임시조치 처리 안내"),
    body=f"""
안녕하세요. 네이버입니다.

방송통신심의위원회(요청번호 KCSC-240917-06)에서 요청하신 아래 게시물에 대하여
정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
임시조치하였음을 알려드립니다.

  - 게시물 주소: {F1}
  - 조치 내용: 임시조치 (30일간 열람 제한)
  - 조치 일시: 2024.09.18 09:10

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 기간 만료 후
삭제될 수 있습니다.

※ 본 메일은 발신 전용입니다. 관련 문의는 네이버 고객센터를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 (temporary measure) notice under 정보통신망법 제44조의2",
    why="the one item is named and 임시조치 stands now (restricted); the later deletion is only a possibility",
    items={F1: "restricted"},
)

case(
    name="naver-sole-ref-one-item",
    **{"from": "cafe-cs@navercorp.com"}, name_from=enc("네이버 카페 고객센터"),
    date="Thu, 19 Sep 2024 13:30:00 +0900",
    subject=enc("Re: [KCSC-240917-06] 게시물 삭제 요청"),
    reply_to_req="req-240917-06",
    body="""
안녕하세요, 네이버 카페 담당자입니다.

문의하신 건(KCSC-240917-06)의 대상 게시글은 카페 운영원칙 위반이 확인되어
삭제 조치되었습니다.

더 필요하신 사항이 있으면 회신 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER cafe team reply answering a one-item request by its number",
    why="request of one item: a plain statement that its post was deleted applies without the URL",
    items={F1: "removed"},
)

case(
    name="naver-qp-url-then-result",
    **{"from": "help-reply@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Sat, 14 Sep 2024 10:02:41 +0900",
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다"),
    reply_to_req="req-240909-01",
    raw_mime=qp_part(f"""
안녕하세요, 네이버 고객센터입니다.

KCSC-240909-01 건 중 아래 3건의 처리 결과를 안내드립니다.

{N[12]}
→ 저작권 침해 게시물로 확인되어 삭제되었습니다.

{N[13]}
→ 국내에서의 재생이 제한되었습니다.

{N[14]}
→ 이미 작성자에 의해 삭제되어 존재하지 않는 게시물입니다.

네이버를 이용해 주셔서 감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre answer mail, quoted-printable, URL with its result on the next line",
    why="each URL followed by an unhedged result line: deleted, restricted in Korea, deleted earlier by its author",
    items={N[12]: "removed", N[13]: "restricted", N[14]: "not_found"},
)

case(
    name="naver-kin-post-prose",
    **{"from": "kin-ops@navercorp.com"}, name_from=enc("지식iN 운영팀"),
    date="Sat, 14 Sep 2024 15:48:19 +0900",
    subject=enc("지식iN·포스트 게시물 관련 회신 (KCSC-240909-01)"),
    body=f"""
안녕하세요, 네이버 지식iN 운영팀입니다.

요청하신 지식iN 질문({N[10]})은 질문자가 이미 삭제하여 현재 확인할 수 없는 상태입니다.

네이버 포스트 게시물 {N[11]} 에 대해서는 내부 기준에 따라 검토하였으나,
운영정책 위반 소지가 확인되지 않아 게시를 유지하기로 결정하였습니다.
추가 자료를 보내주시면 다시 검토하겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN / 포스트 operations team prose reply",
    why="one item deleted by its own author (not_found), the other kept with its reason (rejected); offer to re-review is no hedge on the decision",
    items={N[10]: "not_found", N[11]: "rejected"},
)

case(
    name="naver-top-posted-gmail-quote",
    **{"from": "jiwoo.han@navercorp.com"}, name_from=enc("한지우"),
    date="Tue, 10 Sep 2024 18:21:07 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 요청 (KCSC-240909-01)"),
    reply_to_req="req-240909-01",
    body=f"""
안녕하세요, 네이버 한지우입니다.
요청 주신 건 중 우선 처리된 3건 먼저 안내드립니다.

1) {N[1]} - 삭제
2) {N[5]} - 블라인드
3) {N[12]} - 삭제

나머지 건은 확인 후 별도로 회신드리겠습니다.

한지우 드림

2024년 9월 9일 (월) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{REQ_A_QUOTED}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean top-posted reply over the quoted request",
    why="three items stated above the quote; the quoted request lists the others, which stay pending",
    items={**{N[i]: "pending" for i in range(1, 15)},
           N[1]: "removed", N[5]: "removed", N[12]: "removed"},
)

case(
    name="naver-heading-then-urls",
    **{"from": "policy-kr@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date="Thu, 12 Sep 2024 09:55:00 +0900",
    subject=enc("KCSC-240909-01 처리 결과 (블로그 2건, 카페 1건)"),
    body=f"""
안녕하세요.

아래 게시물은 게시중단 처리되었습니다.

{N[3]}
{N[4]}

아래 게시물은 확인 결과 URL이 유효하지 않아 조회되지 않습니다.

{N[7]}

감사합니다.
네이버 정책지원 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short portal reply: statement line, then bare URLs below it",
    why="heading statements reach the bare URLs below them: two taken down, one invalid link",
    items={N[3]: "removed", N[4]: "removed", N[7]: "not_found"},
)

case(
    name="naver-url-korean-particles",
    **{"from": "cafe-cs@navercorp.com"}, name_from=enc("네이버 카페 고객센터"),
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject=enc("Re: KCSC-240909-01 카페 게시글 처리"),
    body=f"""
안녕하세요. 네이버 카페 고객센터입니다.

요청하신 게시글 중 {N[8]}은 블라인드 처리하였으며,
{N[9]}의 경우 카페 운영원칙 위반 사항이 확인되지 않아 조치하지 않았습니다（게시 유지）.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe CS reply with URLs glued to Korean particles and full-width brackets",
    why="'…90211은' blinded (removed); '…90248의' kept for want of a violation (rejected)",
    items={N[8]: "removed", N[9]: "rejected"},
)

case(
    name="naver-base64-greyfox",
    **{"from": "blog-help@navercorp.com"}, name_from=enc("네이버 블로그 고객센터"),
    date="Sun, 15 Sep 2024 14:03:29 +0900",
    subject=enc("[네이버 블로그] 권리침해 신고 처리 결과 안내"),
    reply_to_req="req-240909-01",
    raw_mime=b64_part(f"""
안녕하세요, 네이버 블로그 고객센터입니다.

요청번호 KCSC-240909-01과 관련하여 블로그 게시물 2건의 검토 결과를 알려드립니다.

■ {N[3]}
  청소년 유해 정보가 포함되어 있어 성인 인증을 거친 이용자만 열람할 수 있도록 제한하였습니다.

■ {N[4]}
  권리침해 사실이 충분히 소명되지 않아 게시중단 요청을 받아들이지 않았습니다.
  게시물은 현재 상태로 유지됩니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 권리침해 신고 result mail, base64 body",
    why="adult-only viewing is an age restriction (restricted); the second request refused with its reason (rejected)",
    items={N[3]: "restricted", N[4]: "rejected"},
)

flowed = (
    "안녕하세요, 지식iN 운영팀입니다.\n\n"
    "요청하신 지식iN 질문 https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101& \n"
    "docId=471122334 은 지식iN 운영정책에 따라 삭제되었습니다.\n\n"
    "감사합니다.\n"
)
case(
    name="naver-flowed-wrapped-kin",
    **{"from": "kin-ops@navercorp.com"}, name_from=enc("지식iN 운영팀"),
    date="Mon, 16 Sep 2024 08:40:12 +0900",
    subject=enc("Re: KCSC-240909-01 지식iN 질문 삭제 요청"),
    raw_mime=("Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n"
              "Content-Transfer-Encoding: 8bit\n\n" + flowed),
    outcome="applied", classification="confirmation",
    imitates="mail client reply in format=flowed (delsp=yes) that soft-wrapped a long URL",
    why="the soft line break (trailing space, delsp=yes) joins the URL back whole; the question was deleted",
    items={N[10]: "removed"},
)

def echo_block(url, result):
    return f"""[신고 내용]
신고 유형: 불법정보(사행성)
신고 URL: {url}
신고 일시: 2024-09-09 10:00

[처리 결과]
처리 상태: 처리 완료
조치 내용: {result}
"""


case(
    name="naver-echoed-report-blocks",
    **{"from": "report-center@naver.com"}, name_from=enc("네이버 신고센터"),
    date="Tue, 10 Sep 2024 21:07:44 +0900",
    subject=enc("[네이버 신고센터] 신고하신 게시물의 처리 결과입니다 (KCSC-240909-01)"),
    body="안녕하세요. 네이버 신고센터입니다.\n신고하신 게시물 3건의 처리 결과를 알려드립니다.\n\n"
         + echo_block(N[5], "게시글 삭제") + "\n"
         + echo_block(N[6], "게시글 블라인드") + "\n"
         + echo_block(N[7], "조치 대상 없음 (이미 삭제된 게시글)")
         + "\n신고해 주셔서 감사합니다.\n",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail echoing each report block with its outcome",
    why="each echoed report carries its own unhedged result: deleted, blinded, already gone",
    items={N[5]: "removed", N[6]: "removed", N[7]: "not_found"},
)

case(
    name="kakao-daum-numbered-results",
    **{"from": "safety-notice@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Fri, 13 Sep 2024 16:00:21 +0900",
    subject=enc("[카카오] 게시물 조치 결과 안내 (KCSC-240911-02)"),
    reply_to_req="req-240911-02",
    body=f"""
안녕하세요, 카카오 고객센터입니다.
방송통신심의위원회에서 요청하신 게시물 4건에 대한 처리 결과를 안내드립니다.

1. {K[1]}
   - 처리결과: 게시물 블라인드
2. {K[2]}
   - 처리결과: 게시물 블라인드
3. {TISTORY_RAW}
   - 처리결과: 삭제
4. {K[4]}
   - 처리결과: 미조치 (운영정책 위반 사항 없음)

블라인드된 게시물은 게시자의 복원 요청이 없으면 30일 후 영구 삭제됩니다.
운영정책 전문은 https://www.kakao.com/policy/oppolicy 에서 확인하실 수 있습니다.

감사합니다.
카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 numbered result list (Daum cafe 블라인드, Tistory 삭제)",
    why="four items with results; the Tistory URL written raw in Korean matches its percent-encoded form; the policy link is no item",
    items={K[1]: "removed", K[2]: "removed", K[3]: "removed", K[4]: "rejected"},
)

case(
    name="kakao-tistory-raw-path-paren",
    **{"from": "noreply@tistory.com"}, name_from=enc("티스토리"),
    date="Thu, 12 Sep 2024 19:45:02 +0900",
    subject=enc("[티스토리] 신고하신 게시글 처리 안내"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

신고하신 게시글({TISTORY_RAW})은 운영정책 위반으로 게시 중단되었습니다.
요청번호: KCSC-240911-02

티스토리를 아껴주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) report result notice",
    why="Korean-path URL inside parentheses followed by a particle; 게시 중단 is removed",
    items={K[3]: "removed"},
)

html_k = f"""<html><body>
<div style="font-family:'Apple SD Gothic Neo',sans-serif;font-size:14px">
<p>안녕하세요. Daum 카페 운영팀입니다.</p>
<p>요청하신 <b>blueharbor7</b> 카페 게시글 2건을 다음과 같이 처리하였습니다.</p>
<ul>
<li><a href="{K[1]}">{K[1]}</a> : 청소년 유해 게시물로 분류하여 성인 인증 후에만 열람되도록 접근을 제한하였습니다.</li>
<li><a href="{K[2]}">{K[2]}</a> : 운영정책 위반으로 삭제하였습니다.</li>
</ul>
<p>참고: 요청번호 KCSC-240911-02</p>
<p style="font-size:12px;color:#999">Daum 카페 운영정책 <a href="https://cafe.daum.net/_policy/demo">바로가기</a></p>
</div></body></html>"""
case(
    name="kakao-daum-html-list",
    **{"from": "cafe-ops@daum.net"}, name_from=enc("Daum 카페"),
    date="Sat, 14 Sep 2024 12:30:45 +0900",
    subject=enc("Daum 카페 게시글 처리 결과"),
    raw_mime=multipart("alternative", "daum-alt-0914", [
        eightbit_part(f"""
안녕하세요. Daum 카페 운영팀입니다.
요청하신 blueharbor7 카페 게시글 2건을 다음과 같이 처리하였습니다.

- {K[1]} : 청소년 유해 게시물로 분류하여 성인 인증 후에만 열람되도록 접근을 제한하였습니다.
- {K[2]} : 운영정책 위반으로 삭제하였습니다.

참고: 요청번호 KCSC-240911-02
"""),
        qp_part(html_k, "html"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations notice, multipart/alternative with an HTML list",
    why="age-gated behind adult verification (restricted) and deleted (removed)",
    items={K[1]: "restricted", K[2]: "removed"},
)

case(
    name="kakao-single-angle-author-deleted",
    **{"from": "cafe-ops@daum.net"}, name_from=enc("Daum 카페"),
    date="Thu, 19 Sep 2024 10:20:30 +0900",
    subject=enc("Re: [KCSC-240918-07] 카페 게시글 삭제 요청"),
    reply_to_req="req-240918-07",
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

신고하신 게시글 <{G1}> 은 작성자가 이미 삭제하여
현재 존재하지 않는 게시글입니다. 별도 조치할 대상이 없음을 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe team reply on a post its author had deleted",
    why="URL in angle brackets; deleted by its author before action: not_found",
    items={G1: "not_found"},
)

case(
    name="kakao-gongmun-text-table",
    **{"from": "legal-notice@kakaocorp.com"}, name_from=enc("카카오 법무실"),
    date="Tue, 17 Sep 2024 14:10:00 +0900",
    subject=enc("카카오 제2024-0917호 시정요구 조치결과 통보"),
    reply_to_req="req-240911-02",
    raw_mime=qp_part(f"""
주식회사 카카오

문서번호: 카카오 제2024-0917호
시행일자: 2024. 9. 17.
수    신: 방송통신심의위원회
제    목: 시정요구(KCSC-240911-02) 조치결과 통보

1. 귀 위원회의 시정요구에 대하여 아래와 같이 조치하였음을 통보합니다.

   순번  URL                                          조치결과
   ----  -------------------------------------------  --------------------
   1     {K[1]}   삭제
   2     {K[2]}   임시조치
   3     {TISTORY}
                                                      삭제
   4     {K[4]}     해당 게시물 없음

2. 순번 4는 접수 시점에 이미 게시물이 존재하지 않아 조치 대상이 없었습니다.  끝.

주식회사 카카오 대표이사 (직인생략)
"""),
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 (문서번호, 시행일자, 직인생략) with a space-aligned text table",
    why="four rows with results; row 3's long URL pushes its result to the next line, which still belongs to it",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "removed", K[4]: "not_found"},
)

case(
    name="yt-ko-legal-bullets",
    **{"from": "youtube-legal-kr@google.com"}, name_from=enc("YouTube 법무팀"),
    date="Mon, 16 Sep 2024 11:32:18 +0900",
    subject=enc("[0-4451000028811] KCSC-240912-03 관련 YouTube 검토 결과"),
    reply_to_req="req-240912-03",
    body=f"""
안녕하세요.

방송통신심의위원회에서 보내주신 요청(KCSC-240912-03)을 검토한 결과 다음과 같이 조치했습니다.

• {Y[1]} — 대한민국에서 콘텐츠 액세스를 차단함
• {Y[2]} — 대한민국에서 콘텐츠 액세스를 차단함
• {Y[3]} — 커뮤니티 가이드 위반으로 YouTube에서 삭제함

현지 법률에 따라 차단된 콘텐츠는 다른 국가에서는 계속 이용 가능할 수 있습니다.
자세한 내용은 https://support.google.com/youtube/answer/0000000 을 참고하세요.

YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals team reply in Korean (local-law block vs. guideline removal)",
    why="two videos blocked in Korea (restricted), the short removed globally (removed)",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-age-restricted-and-kept",
    **{"from": "youtube-legal-kr@google.com"}, name_from=enc("YouTube 법무팀"),
    date="Tue, 17 Sep 2024 16:05:41 +0900",
    subject=enc("Re: [0-4451000028811] 추가 검토 결과"),
    reply_to_req="req-240912-03",
    body=f"""
안녕하세요.

추가로 검토한 동영상의 결과를 알려드립니다.

{Y[1]}: 연령 제한을 적용했습니다.
{Y[2]}: 검토 결과 YouTube 정책 또는 현지 법률 위반이 확인되지 않아 조치를 취하지 않았습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up: age restriction and a no-action decision",
    why="'URL: result' lines; age restriction is restricted, no violation found is rejected",
    items={Y[1]: "restricted", Y[2]: "rejected"},
)

case(
    name="yt-en-actioned-and-uploader-removed",
    **{"from": "legal-noreply@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 02:14:09 +0000",
    subject="Re: [0-4451000028811] Request from KCSC (KCSC-240912-03)",
    reply_to_req="req-240912-03",
    body=f"""
Hello,

Thanks for reaching out to YouTube.

After review, the content at {Y[1]} has been actioned under our policies.

The video at {Y[3]} is no longer available on YouTube because it was
removed by the uploader before our review.

안녕하세요. 위 내용은 위원회 요청에 대한 검토 결과입니다. 첫 번째 동영상은 정책에
따라 조치되었으며, 두 번째 쇼츠는 업로더가 검토 전에 직접 삭제하였습니다.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support English template with a Korean summary",
    why="'has been actioned under our policies' is a removal phrase for YouTube in config; uploader's own removal is not_found",
    items={Y[1]: "removed", Y[3]: "not_found"},
)

html_yt = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of the URLs in your request KCSC-240912-03. The outcome for each item is listed below.</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<thead><tr><th>URL</th><th>Action taken</th></tr></thead>
<tbody>
<tr><td>{Y[1]}</td><td>Blocked in South Korea (local law)</td></tr>
<tr><td>{Y[2]}</td><td>Removed &ndash; Community Guidelines violation</td></tr>
<tr><td>{Y[3]}</td><td>No action &ndash; the content does not violate our policies or local law</td></tr>
</tbody></table>
<p>If you have further questions, reply to this email.</p>
<p>Regards,<br>YouTube Trust &amp; Safety</p>
</body></html>"""
case(
    name="yt-html-table-en",
    **{"from": "trust-safety-noreply@google.com"}, name_from="YouTube Trust & Safety",
    date="Wed, 18 Sep 2024 08:40:00 +0000",
    subject="Your request KCSC-240912-03: review outcome",
    raw_mime=qp_part(html_yt, "html"),
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google Trust & Safety HTML outcome table",
    why="table rows: blocked in Korea, removed, no action with a reason",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="dc-operator-arrows",
    **{"from": "ops@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date="Fri, 13 Sep 2024 20:33:12 +0900",
    subject=enc("Re: [KCSC-240913-04] 게시물 삭제 요청의 건"),
    reply_to_req="req-240913-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 게시물 처리 결과입니다.

{D[1]} → 삭제
{D[2]} → 삭제
{D[3]} → 작성자가 삭제한 글 (이미 없음)
{D[5]} → 삭제 + 작성자 IP 차단

미니갤러리 건은 매니저 확인 후 따로 말씀드릴게요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply with arrows",
    why="three deleted, one already deleted by its writer; the mini gallery post is only promised a later answer",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[5]: "removed"},
)

case(
    name="dc-mini-gallery-kept",
    **{"from": "ops@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date="Mon, 16 Sep 2024 15:02:58 +0900",
    subject=enc("Re: Re: [KCSC-240913-04] 게시물 삭제 요청의 건"),
    reply_to_req="req-240913-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

지난번에 남은 미니갤러리 글
{D[4]}
건은 매니저와 같이 다시 봤는데, 개인정보가 노출된 부분이 없어서 삭제 기준에
해당하지 않습니다. 그래서 유지 처리했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside follow-up refusing one post with a reason",
    why="the one named post stays up because it breaks no rule: rejected",
    items={D[4]: "rejected"},
)

case(
    name="dc-receipt-plus-result",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 신고센터"),
    date="Sat, 14 Sep 2024 09:00:47 +0900",
    subject=enc("[디시인사이드] 게시물 삭제 요청 접수 및 처리 안내"),
    body=f"""
게시물 삭제 요청이 정상 접수되었습니다. (접수번호 DC-2409-55812)

확인 결과 아래 게시물은 삭제 처리 완료되었습니다.
 - {D[2]}

디시인사이드를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report receipt that already carries a result",
    why="receipt phrase plus an unhedged item-level deletion is a confirmation, not an acknowledgement",
    items={D[2]: "removed"},
)

case(
    name="band-two-posts",
    **{"from": "noreply@band.us"}, name_from=enc("BAND 고객센터"),
    date="Wed, 18 Sep 2024 17:55:20 +0900",
    subject=enc("[BAND] 신고하신 게시글 처리 결과 안내"),
    reply_to_req="req-240916-05",
    body=f"""
안녕하세요, BAND 고객센터입니다.

요청번호 KCSC-240916-05로 신고하신 게시글 2건의 처리 결과를 알려드립니다.

 · {B[1]}
   운영정책 위반(불법 거래)으로 게시글을 삭제하였습니다.

 · {B[2]}
   해당 게시글은 밴드 리더가 이미 삭제하여 확인되지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report result mail",
    why="one post deleted by BAND, one already deleted by the band's leader (cannot be found)",
    items={B[1]: "removed", B[2]: "not_found"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-scheduled",
    **{"from": "policy-kr@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date="Tue, 10 Sep 2024 15:20:11 +0900",
    subject=enc("RE: 시정요구 KCSC-240909-01 진행 상황"),
    reply_to_req="req-240909-01",
    body=f"""
안녕하세요. 네이버 정책지원 담당자입니다.

요청하신 게시물 중 아래 2건은 내부 검토를 거쳐 순차적으로 게시중단 조치될 예정입니다.

- {N[3]}
- {N[4]}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal progress reply promising a later takedown",
    why="'조치될 예정' is a promise, not a statement: both items stay pending",
    items={N[3]: "pending", N[4]: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    **{"from": "cs-reply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Thu, 12 Sep 2024 11:48:03 +0900",
    subject=enc("Re: [KCSC-240911-02] 문의 답변"),
    reply_to_req="req-240911-02",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

확인해 보니 {K[2]} 글은 이미 삭제된 것으로 보입니다.
다만 정확한 처리 이력은 담당 부서 확인이 필요하여, 확인되는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao CS first-line answer hedging on a post's state",
    why="'삭제된 것으로 보입니다' is a hedge pending confirmation: no status",
    items={K[2]: "pending"},
)

case(
    name="naver-bulk-all-fourteen",
    **{"from": "policy-kr@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date="Mon, 16 Sep 2024 17:30:00 +0900",
    subject=enc("[네이버] KCSC-240909-01 조치 완료 보고"),
    reply_to_req="req-240909-01",
    body="""
안녕하세요. 네이버 정책지원 담당자입니다.

방송통신심의위원회에서 2024. 9. 9. 요청하신 시정요구 14건에 대하여
모두 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal one-line completion report for a whole 시정요구",
    why="all fourteen items covered by one sentence, none named: bulk, items stay pending",
    items={N[i]: "pending" for i in range(1, 15)},
)

case(
    name="dc-bulk-informal",
    **{"from": "ops@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date="Sat, 14 Sep 2024 13:27:36 +0900",
    subject=enc("Re: [KCSC-240913-04] 게시물 삭제 요청의 건"),
    reply_to_req="req-240913-04",
    body="""
네 안녕하세요 디시 운영팀입니다
말씀하신 글들 전부 삭제 처리했습니다.
추가로 보이는 글 있으면 또 알려주세요.
""",
    outcome="review", review="bulk",
    imitates="very short informal DC Inside operator reply",
    why="'전부 삭제' for a five-item request without naming any: bulk",
    items={D[i]: "pending" for i in range(1, 6)},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy-kr@navercorp.com"}, name_from=enc("네이버 정책지원"), auth="fail",
    date="Wed, 11 Sep 2024 22:14:40 +0900",
    subject=enc("[네이버] 시정요구 조치결과 (KCSC-240909-01)"),
    body=f"""
안녕하세요. 네이버 정책지원입니다.

{N[1]} - 삭제 완료
{N[2]} - 삭제 완료

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail failing DKIM/SPF/DMARC",
    why="platform domain but authentication failed: nothing applied",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-outsourced-unknown-sender",
    **{"from": "cs-team@dc-support-partner.example"}, name_from=enc("디시인사이드 고객지원(위탁)"),
    date="Sun, 15 Sep 2024 10:10:10 +0900",
    subject=enc("[KCSC-240913-04] 삭제 처리 결과 회신"),
    body=f"""
안녕하세요. 디시인사이드 고객지원 업무를 위탁 운영하는 파트너사입니다.

요청하신 게시물 중 아래 건은 삭제 완료되었습니다.
 - {D[1]}
 - {D[5]}

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="reply from an outsourced support vendor's own domain",
    why="sender domain is no platform's: statements are not trusted",
    items={D[1]: "pending", D[5]: "pending"},
)

case(
    name="naver-speaks-for-band",
    **{"from": "policy-kr@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date="Thu, 19 Sep 2024 11:00:00 +0900",
    subject=enc("BAND 게시글 조치 결과 (KCSC-240916-05)"),
    body=f"""
안녕하세요. 네이버 정책지원 담당자입니다.

BAND 서비스 관련 요청을 전달받아 회신드립니다.
아래 게시글은 운영정책 위반으로 삭제되었습니다.

{B[1]}
{B[2]}

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="parent-company policy desk answering for a sister service",
    why="NAVER's domain stating statuses for items requested from the BAND platform",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="yt-conditional-block",
    **{"from": "youtube-legal-kr@google.com"}, name_from=enc("YouTube 법무팀"),
    date="Fri, 13 Sep 2024 14:22:09 +0900",
    subject=enc("[0-4451000028811] 검토 진행 안내"),
    reply_to_req="req-240912-03",
    body=f"""
안녕하세요.

아래 동영상의 업로더에게 7일 이내에 문제 부분을 수정하도록 요청을 전달했습니다.
기한 내에 수정되지 않으면 해당 동영상은 대한민국에서 차단될 예정입니다.

- {Y[1]}
- {Y[2]}

YouTube 법무팀 드림
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal notice of an uploader grace period",
    why="a condition and a future block, no present status",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy-kr@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    subject=enc("[네이버] 시정요구 접수 담당자 변경 안내"),
    body="""
안녕하세요. 네이버 정책지원입니다.

2024년 10월 1일부터 방송통신심의위원회 시정요구 접수 담당자가 변경됩니다.
이후 요청은 새 담당 창구로 보내주시면 보다 빠르게 처리해 드리겠습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal administrative notice (contact change)",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="kakao-asks-for-documents",
    **{"from": "legal-notice@kakaocorp.com"}, name_from=enc("카카오 법무실"),
    date="Fri, 13 Sep 2024 09:30:00 +0900",
    subject=enc("KCSC-240911-02 관련 자료 요청"),
    reply_to_req="req-240911-02",
    body=f"""
안녕하세요. 카카오 법무실입니다.

요청하신 건 중 {K[4]} 게시물은 명예훼손 여부를 판단하기 위해
피해 당사자 확인 자료와 심의 의결서 사본이 필요합니다.
해당 자료를 회신해 주시면 검토 후 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao legal request for supporting documents",
    why="asks for documents before deciding; no status",
    items={K[4]: "pending"},
)

case(
    name="staff-forward-band-result",
    **{"from": "minji.seo@kcsc.example"}, name_from=enc("서민지"), auth="none",
    date="Thu, 19 Sep 2024 09:12:00 +0900",
    subject=enc("FW: [BAND] 신고하신 게시글 처리 결과 안내"),
    body=f"""
팀장님, 개인 메일로 온 BAND 회신 전달드립니다.

---------- Forwarded message ---------
보낸사람: BAND 고객센터 <noreply@band.us>
Date: 2024년 9월 18일 (수) 오후 6:02
Subject: [BAND] 신고하신 게시글 처리 결과 안내
To: <minji.seo@kcsc.example>

안녕하세요, BAND 고객센터입니다.
신고하신 게시글 {B[1]} 은 운영정책 위반으로 삭제하였습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="colleague's Gmail forward of a platform reply",
    why="a forwarded statement is not authenticated platform mail: nothing applied",
    items={B[1]: "pending"},
)

case(
    name="yt-lookalike-domain",
    **{"from": "legal@youtube-korea-support.example"}, name_from="YouTube Korea Legal",
    date="Sat, 14 Sep 2024 03:33:00 +0900",
    subject=enc("YouTube 조치 완료 안내 - KCSC-240912-03"),
    body=f"""
안녕하세요, YouTube Korea 입니다.

요청하신 동영상 {Y[1]} 및 {Y[2]} 은 삭제 완료되었습니다.
확인을 위해 아래 링크에서 담당자 계정으로 로그인해 주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain claiming to be YouTube Korea",
    why="not a YouTube/Google sender domain",
    items={Y[1]: "pending", Y[2]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-chuseok-out-of-office",
    **{"from": "jiwoo.han@navercorp.com"}, name_from=enc("한지우"),
    date="Mon, 16 Sep 2024 10:00:05 +0900",
    subject=enc("[자동응답] 부재중입니다: 시정요구 (KCSC-240909-01)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 한지우입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일부터 순차적으로 확인하여 회신드리겠습니다.
급한 용무는 정책지원 대표 메일로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply: ignored whatever it references",
    items={},
)

dsn_text = """이 메일은 시스템에서 자동으로 발송되었습니다.

다음 수신자에게 메일을 전달하지 못했습니다.

  takedown-kr@kakaocorp.com
    사유: 수신자 주소가 존재하지 않습니다 (550 5.1.1 User unknown)
"""
dsn_status = """Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Wed, 11 Sep 2024 14:30:04 +0900

Final-Recipient: rfc822; takedown-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <takedown-kr@kakaocorp.com>: Recipient address rejected: User unknown
"""
dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: takedown-kr@kakaocorp.com
Subject: [KCSC-240911-02] 게시물 삭제 요청
Message-ID: <req-240911-02@kcsc.example>
Date: Wed, 11 Sep 2024 14:30:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청합니다.
{K[1]}
{K[2]}
{TISTORY_RAW}
{K[4]}
"""
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx2.kakaocorp.com"}, name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 14:30:06 +0900",
    subject=enc("메일 전송 실패 안내: [KCSC-240911-02] 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "dsn-kakao-0911", [
        eightbit_part(dsn_text),
        "Content-Type: message/delivery-status\n\n" + dsn_status,
        "Content-Type: message/rfc822\n\n" + dsn_orig,
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Korean-localised DSN (550 user unknown) returning our request",
    why="delivery failure report; the URLs are in our own returned request",
    items={},
)

mdn_human = """귀하가 보낸 메일을 수신자가 열어 보았습니다.

제목: [KCSC-240913-04] 게시물 삭제 요청
수신자: ops@dcinside.com
"""
mdn_report = """Reporting-UA: mail.dcinside.com; Webmail
Original-Recipient: rfc822;ops@dcinside.com
Final-Recipient: rfc822;ops@dcinside.com
Original-Message-ID: <req-240913-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""
case(
    name="dc-read-receipt",
    **{"from": "ops@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date="Fri, 13 Sep 2024 11:40:22 +0900",
    subject=enc("읽음 확인: [KCSC-240913-04] 게시물 삭제 요청"),
    raw_mime=multipart("report", "mdn-dc-0913", [
        eightbit_part(mdn_human),
        "Content-Type: message/disposition-notification\n\n" + mdn_report,
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN) in Korean",
    why="read receipt only",
    items={},
)

case(
    name="naver-ticket-receipt",
    **{"from": "help-noreply@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Mon, 09 Sep 2024 10:03:12 +0900",
    subject=enc("[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409-0909-55120)"),
    body="""
안녕하세요, 네이버 고객센터입니다.

보내주신 문의(KCSC-240909-01)가 정상적으로 접수되었습니다.
  · 접수번호: 2409-0909-55120
  · 접수일시: 2024.09.09 10:03

담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다.
답변은 접수 순서에 따라 다소 시간이 걸릴 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre ticket receipt",
    why="pure acknowledgement with a ticket number, no statement about items",
    items={},
)

case(
    name="yt-auto-ack-bilingual",
    **{"from": "legal-noreply@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 00:16:40 +0000",
    subject="[0-4451000028811] Thanks for your submission / 제출해 주셔서 감사합니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thanks for contacting YouTube. We have received your request (KCSC-240912-03)
and assigned it the reference number [0-4451000028811]. Our team will review it
and respond as soon as possible. Please keep the reference number in the subject
line of any reply.

안녕하세요. 요청(KCSC-240912-03)이 접수되었으며 참조 번호는 [0-4451000028811]입니다.
담당팀이 검토 후 가능한 한 빨리 답변드리겠습니다.

- The YouTube Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal webform auto-acknowledgement",
    why="receipt with a reference number only",
    items={},
)

case(
    name="band-noreply-autoreply",
    **{"from": "noreply@band.us"}, name_from=enc("BAND"),
    date="Mon, 16 Sep 2024 10:00:20 +0900",
    subject=enc("[자동회신] Re: [KCSC-240916-05] 게시글 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
본 메일 주소는 발신 전용으로 회신 메일을 확인하지 않습니다.
BAND 관련 문의는 고객센터의 문의하기 메뉴를 이용해 주시기 바랍니다.

감사합니다.
BAND 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="no-reply mailbox auto-response",
    why="automatic 'this address is not monitored' reply",
    items={},
)

dsn2_status = """Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 7F3A21C0B2
Arrival-Date: Fri, 13 Sep 2024 11:00:01 +0900

Final-Recipient: rfc822; ops@dcinside.com
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Will-Retry-Until: Mon, 16 Sep 2024 11:00:01 +0900
"""
dsn2_headers = """From: KCSC Takedown <takedown@kcsc.example>
To: ops@dcinside.com
Subject: [KCSC-240913-04] =?UTF-8?B?6rKM7Iuc66y8IOyCreygnCDsmpTssq0=?=
Message-ID: <req-240913-04@kcsc.example>
Date: Fri, 13 Sep 2024 11:00:00 +0900
"""
case(
    name="dc-dsn-delayed-mailbox-full",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Fri, 13 Sep 2024 15:00:03 +0900",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "dsn-delay-0913", [
        eightbit_part("""This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 3 days old.

<ops@dcinside.com>: host mx.dcinside.com[203.0.113.25] said: 452 4.2.2
    Mailbox full (in reply to RCPT TO command)
"""),
        "Content-Type: message/delivery-status\n\n" + dsn2_status,
        "Content-Type: text/rfc822-headers\n\n" + dsn2_headers,
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (4.2.2 mailbox full)",
    why="our own MTA's delay notice about the request",
    items={},
)

HEADER = """# Blind set 635 (Korean platforms): expected results written from each
# email's meaning before any run of the reader. Generated by make.py."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind635", HEADER, cases)
