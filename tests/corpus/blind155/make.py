#!/usr/bin/env python3
"""Blind set 155 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside and
BAND replies written in Korean (and some English), in the manner of 공문-style
시정요구 조치결과 replies, 임시조치 notices, help-desk receipts and informal
operator mail. All people, posts, ids and URLs are fictional.

Expected results were written from each email's meaning alone, before any
run of the reader.

    python3 tests/corpus/blind155/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind155"

# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/moonlit_ferry/223561204871",  # N1
    "https://blog.naver.com/moonlit_ferry/223561209930",  # N2
    "https://blog.naver.com/greyheron_77/223559901244",  # N3
    "https://cafe.naver.com/hanbitdeal/884512",  # N4
    "https://cafe.naver.com/hanbitdeal/884530",  # N5
    "https://cafe.naver.com/hanbitdeal/884577",  # N6
    "https://m.blog.naver.com/PostView.naver?blogId=sodam_lane&logNo=223560017732",  # N7
    "https://blog.naver.com/sodam_lane/223560020118",  # N8
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471203388",  # N9
    "https://cafe.naver.com/ssukssuk0/52210",  # N10
    "https://post.naver.com/viewer/postView.naver?volumeNo=38012944&memberNo=51200871",  # N11
    "https://cafe.naver.com/hanbitdeal/884601",  # N12
]
K = [
    "https://cafe.daum.net/bluepine_trade/Ht3a/1182",
    "https://cafe.daum.net/bluepine_trade/Ht3a/1190",
    "https://haneul-memo.tistory.com/entry/%EC%A4%91%EA%B3%A0-%EA%B1%B0%EB%9E%98-%ED%9B%84%EA%B8%B0",
    "https://pf.kakao.com/_xkQzTb/105223331",
]
K3_RAW = "https://haneul-memo.tistory.com/entry/중고-거래-후기"
Y = [
    "https://www.youtube.com/watch?v=Qm4tR8aVn2c",
    "https://www.youtube.com/watch?v=Hx7pL0wZc3E",
    "https://www.youtube.com/watch?v=b9KsT1uYr6M",
    "https://www.youtube.com/shorts/Vd3nQ8kPz0A",
    "https://www.youtube.com/watch?v=Zr2eWq5Lm8J",
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=11820455",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=3382011",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=3382140",
]
B = [
    "https://band.us/band/84120377/post/1932",
    "https://band.us/band/84120377/post/1947",
]
R6 = "https://cafe.daum.net/minari_sarang/Bd9K/402"
R7 = "https://cafe.naver.com/jjamppong77/30281"

# ref, platform, sent_at, due_at, urls, category, message-id stem, note
REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", N,
     "defamation", "20240903100000.r0301", "블로그·카페 명예훼손 게시물 일괄"),
    ("KCSC-240905-02", "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", K,
     "illegal_finance", "20240905110000.r0502", "Daum 카페·티스토리·채널 불법금융 광고"),
    ("KCSC-240906-03", "youtube", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", Y,
     "defamation", "20240906140000.r0603", "허위사실 유포 영상"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00", D,
     "privacy", "20240909093000.r0904", "갤러리 신상공개 게시물"),
    ("KCSC-240910-05", "band", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", B,
     "illegal_finance", "20240910100000.r1005", "밴드 리딩방 게시글"),
    ("KCSC-240911-06", "kakao", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00", [R6],
     "privacy", "20240911150000.r1106", "카페 게시글 1건"),
    ("KCSC-240912-07", "naver", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", [R7],
     "defamation", "20240912100000.r1207", "카페 게시글 1건"),
]
MSGID = {r[0]: r[6] for r in REQUESTS}
URLS = {r[0]: r[4] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded-word(s) for a header value, as mailers send them."""
    return Header(s, "utf-8").encode()


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def raw_url(u):
    """The URL as a person would paste it (Korean path unescaped)."""
    return K3_RAW if u == K[2] else u


def request_body(ref):
    """Our own request email as it is quoted back to us."""
    lines = [
        "안녕하십니까. 방송통신심의위원회 통신심의 담당입니다.",
        "",
        f"아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 요청드립니다. 요청번호 {ref}",
        "",
    ]
    for i, u in enumerate(URLS[ref], 1):
        lines.append(f"{i}. {raw_url(u)}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 통신심의 담당"]
    return lines


def quoted(ref):
    return "\n".join(("> " + l).rstrip() for l in request_body(ref))


def plain_qp(body):
    return (
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(body.strip("\n") + "\n")
    )


def html_qp(html):
    return (
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(html.strip("\n") + "\n")
    )


def with_csv(text, csv_text, filename, bom=False):
    data = csv_text.strip("\n").replace("\n", "\r\n") + "\r\n"
    raw = (b"\xef\xbb\xbf" if bom else b"") + data.encode("utf-8")
    return (
        'Content-Type: multipart/mixed; boundary="----=_Part_155_' + filename[:6] + '"\n\n'
        "------=_Part_155_" + filename[:6] + "\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(text.strip("\n") + "\n") + "\n"
        "------=_Part_155_" + filename[:6] + "\n"
        f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n" + b64(raw) + "\n"
        "------=_Part_155_" + filename[:6] + "--\n"
    )


AUTO = ["Auto-Submitted: auto-replied", "X-Autoreply: yes"]

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== NAVER, KCSC-240903-01 (12 items) ===================================

case(
    name="naver-gongmun-text-table",
    outcome="applied", classification="confirmation",
    imitates="공문-style 시정요구 조치결과 회신 from a Korean portal's policy team, with a plain-text table",
    why="five rows, each with its own result: 삭제, 삭제, 게시중단(블라인드), 국내 접근제한, 미조치(게시물 없음); the rest only promised",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 16:42:10 +0900",
    subject=enc("[네이버] 시정요구(KCSC-240903-01)에 대한 조치결과 회신"),
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""
수신: 방송통신심의위원회 통신심의 담당자
제목: 시정요구에 대한 조치결과 회신 (귀 위원회 요청번호 KCSC-240903-01)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 정보에 대하여 아래와 같이 조치하였음을 회신합니다.

                               - 아    래 -

 연번 | 대상 URL                                          | 조치결과
 -----+---------------------------------------------------+-------------------
  1   | {N[0]} | 삭제
  2   | {N[1]} | 삭제
  3   | {N[2]}  | 게시중단(블라인드)
  4   | {N[3]}          | 국내 접근제한
  5   | {N[4]}          | 미조치(게시물 없음)

3. 나머지 7건은 검토가 끝나는 대로 별도로 회신드리겠습니다.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 정자일로 000 (가상 주소)
""",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found"},
)

_rows = [
    (N[0], "삭제", ""), (N[1], "삭제", ""), (N[2], "블라인드", ""),
    (N[3], "임시조치(30일)", "정보통신망법 제44조의2"),
    (N[4], "게시물 없음", "작성자 삭제"),
    (N[5], "임시조치(30일)", "정보통신망법 제44조의2"),
    (N[6], "비공개 처리", ""), (N[7], "삭제", ""),
    (N[8], "조치 불가", "운영정책 및 관련 법령 위반 사항 확인되지 않음"),
    (N[9], "삭제", ""),
    (N[10], "존재하지 않는 게시물", ""),
    (N[11], "미조치", "정당한 비평의 범위로 판단되어 게시 유지"),
]
_tr = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td>'
    f"<td>{s}</td><td>{n}</td></tr>"
    for i, (u, s, n) in enumerate(_rows, 1)
)
case(
    name="naver-html-table-twelve",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리결과 HTML table (번호/게시물 주소/처리결과/비고), quoted-printable",
    why="all twelve items each with a result: 삭제/블라인드/비공개 removed, 임시조치 restricted, 게시물 없음 not_found, 조치 불가/미조치 with a reason rejected",
    **{"from": "right@navercorp.com"}, name_from=enc("NAVER 권리보호센터"),
    date="Mon, 09 Sep 2024 11:05:33 +0900",
    subject=enc("RE: 시정요구 조치결과 보고 - KCSC-240903-01"),
    reply_to_req=MSGID["KCSC-240903-01"],
    raw_mime=html_qp(f"""<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. NAVER 권리보호센터입니다.</p>
<p>방송통신심의위원회 요청번호 KCSC-240903-01 건에 대한 처리 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 주소</th><th>처리결과</th><th>비고</th></tr>
{_tr}
</table>
<p>임시조치 기간(30일) 중 게시자의 재게시 요청이 있는 경우 별도로 안내드립니다.<br>
게시중단 요청 안내: <a href="https://right.naver.com/guide">https://right.naver.com/guide</a></p>
<p>NAVER 권리보호센터 드림</p>
</body></html>"""),
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "restricted",
           N[4]: "not_found", N[5]: "restricted", N[6]: "removed", N[7]: "removed",
           N[8]: "rejected", N[9]: "removed", N[10]: "not_found", N[11]: "rejected"},
)

case(
    name="naver-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="portal reply whose results come as a CSV attachment (연번,URL,처리결과,처리일시), UTF-8 with BOM",
    why="CSV rows name four items: 삭제, 비공개 처리 (removed), 임시조치 (restricted), 삭제",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 17:20:02 +0900",
    subject=enc("[KCSC-240903-01] 처리 결과 첨부 송부"),
    reply_to_req=MSGID["KCSC-240903-01"],
    raw_mime=with_csv(
        """
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 건 중 블로그·지식iN 담당 부서 처리분의 결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

네이버 정책지원팀 드림
""",
        f"""연번,URL,처리결과,처리일시
6,{N[5]},삭제,2024-09-06 14:20
7,{N[6]},비공개 처리,2024-09-06 14:22
8,{N[7]},임시조치,2024-09-06 14:25
9,"{N[8]}",삭제,2024-09-06 14:31
""", "KCSC-240903-01_result.csv", bom=True),
    items={N[5]: "removed", N[6]: "removed", N[7]: "restricted", N[8]: "removed"},
)

case(
    name="naver-top-posted-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="informal top-posted operator reply above a Gmail-style Korean quote (…님이 작성:) of our request",
    why="two listed URLs 블라인드 처리 완료 (removed); the twelve URLs below are only our quoted request",
    **{"from": "cafe-ops@navercorp.com"}, name_from=enc("네이버 카페 운영팀"),
    date="Wed, 04 Sep 2024 15:11:47 +0900",
    subject="Re: " + enc("[KCSC-240903-01] 시정요구 요청"),
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""
안녕하세요, 네이버 카페·포스트 운영 담당입니다.

요청하신 건 중 아래 두 건은 오늘 블라인드 처리를 완료했습니다.
- {N[9]}
- {N[10]}

나머지 게시물은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

감사합니다.
네이버 운영정책팀 드림

2024년 9월 3일 (화) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240903-01")}
""",
    items={N[9]: "removed", N[10]: "removed"},
)

case(
    name="naver-review-promise",
    outcome="review", review="not_understood",
    imitates="help-centre interim reply: 검토 중이며 위반 확인 시 삭제 조치할 예정",
    why="only a promise conditioned on a review; the two URLs stay pending",
    **{"from": "help@naver.com"}, name_from=enc("NAVER 고객센터"),
    date="Thu, 05 Sep 2024 09:47:00 +0900",
    subject=enc("[NAVER 고객센터] 시정요구(KCSC-240903-01) 관련 안내"),
    body=f"""
안녕하세요. NAVER 고객센터입니다.

방송통신심의위원회에서 보내주신 시정요구(KCSC-240903-01) 관련하여 안내드립니다.

아래 게시물은 현재 담당 부서에서 검토 중이며, 운영정책 위반이 확인될 경우
신속하게 삭제 조치할 예정입니다.

{N[0]}
{N[1]}

처리 결과는 확정되는 대로 다시 알려드리겠습니다.
감사합니다.
""",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="naver-all-twelve-bulk",
    outcome="review", review="bulk",
    imitates="one-line 조치 완료 reply covering a whole batch, with a link to the portal's status page",
    why="'12건 전부 게시중단 조치 완료' for a twelve-item request without naming any; the status page link is not an item",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 10:02:15 +0900",
    subject=enc("RE: [KCSC-240903-01] 시정요구 요청"),
    reply_to_req=MSGID["KCSC-240903-01"],
    body="""
안녕하세요.

요청하신 게시물 12건 전부에 대하여 게시중단 조치를 완료하였습니다.
조치 내역은 게시중단 요청 현황 페이지(https://right.naver.com/status)에서도 확인하실 수 있습니다.

네이버 정책지원팀 드림
""",
    items={u: "pending" for u in N},
)

case(
    name="naver-dkim-fail",
    outcome="review", review="untrusted",
    imitates="short 삭제 완료 notice claiming to be from the portal's policy address but failing DKIM/SPF/DMARC",
    why="NAVER sender domain fails authentication; its statement cannot change N3",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"), auth="fail",
    date="Sat, 07 Sep 2024 02:13:40 +0900",
    subject=enc("[긴급] KCSC-240903-01 처리 완료 통보"),
    body=f"""
방송통신심의위원회 담당자님께,

요청하신 게시물 {N[2]} 은 삭제 완료되었습니다.
추가 조치 확인을 위해 첨부 양식을 작성하여 회신 바랍니다.

네이버 정책지원팀
""",
    items={N[2]: "pending"},
)

case(
    name="naver-chuseok-ooo",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 over the 추석 holiday, quoting the subject of our thread",
    why="auto-reply; names no status",
    **{"from": "jiwon.kim@navercorp.com"}, name_from=enc("김지원"),
    date="Sat, 14 Sep 2024 08:00:03 +0900",
    subject=enc("[자동응답] 부재중입니다 (Re: [KCSC-240903-01] 시정요구 요청)"),
    reply_to_req=MSGID["KCSC-240903-01"], extra_headers=AUTO,
    body="""
안녕하세요. 김지원입니다.

추석 연휴(9월 14일~9월 18일)로 부재중입니다. 9월 19일부터 순차적으로 확인 후 회신드리겠습니다.
급한 건은 정책지원팀 대표 메일 policy@navercorp.com 으로 연락 부탁드립니다.

※ 본 메일은 자동으로 발송되었습니다.
""",
)

case(
    name="naver-helpdesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 안내 (접수번호, 발신전용)",
    why="pure receipt with a ticket number; no item statement",
    **{"from": "noreply@naver.com"}, name_from=enc("NAVER 고객센터"),
    date="Tue, 03 Sep 2024 10:04:51 +0900",
    subject=enc("[NAVER 고객센터] 문의가 접수되었습니다"),
    body="""
안녕하세요. NAVER 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  접수번호 : 20240903-0417-88
  문의 제목 : 시정요구 요청 (KCSC-240903-01)
  접수 일시 : 2024.09.03 10:04

답변은 영업일 기준 3일 이내에 등록하신 메일로 보내드립니다.
문의량이 많은 경우 답변이 다소 늦어질 수 있는 점 양해 부탁드립니다.

본 메일은 발신전용으로 회신되지 않습니다.
""",
)

case(
    name="naver-url-then-status-line",
    outcome="applied", classification="confirmation",
    imitates="권리보호센터 follow-up listing each bare URL with its result on the line below (→ …)",
    why="N4 임시조치 restricted, N5 작성자가 이미 삭제 not_found, N12 위반 사항 없어 게시 유지 rejected",
    **{"from": "right@navercorp.com"}, name_from=enc("NAVER 권리보호센터"),
    date="Mon, 09 Sep 2024 14:28:09 +0900",
    subject=enc("KCSC-240903-01 추가 처리 결과"),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.
KCSC-240903-01 건 중 카페 게시물 처리 내용 공유드립니다.

{N[3]}
→ 임시조치(30일) 완료

{N[4]}
→ 작성자가 이미 삭제한 게시물로 확인되어 별도 조치 없음

{N[11]}
→ 검토 결과 운영정책 위반 사항이 없어 게시 유지합니다.

감사합니다.
""",
    items={N[3]: "restricted", N[4]: "not_found", N[11]: "rejected"},
)

case(
    name="naver-statement-then-url",
    outcome="applied", classification="confirmation",
    imitates="blog team notice where each statement ends in ':' and the URL stands on the next line",
    why="N2 삭제되었습니다 (removed); N3 국내 접근 제한 (restricted)",
    **{"from": "blog-policy@navercorp.com"}, name_from=enc("네이버 블로그 운영팀"),
    date="Thu, 05 Sep 2024 18:03:26 +0900",
    subject=enc("[네이버 블로그] 게시물 조치 안내 (KCSC-240903-01)"),
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.

아래 게시물은 네이버 블로그 운영정책 위반으로 삭제되었습니다:
{N[1]}

아래 게시물은 국내에서 접근이 제한되도록 조치하였습니다:
{N[2]}

블로그 운영정책: https://blog.naver.com/policy
감사합니다.
""",
    items={N[1]: "removed", N[2]: "restricted"},
)

case(
    name="naver-kin-hedge",
    outcome="review", review="not_understood",
    imitates="지식iN 운영 담당's tentative reply: 이미 삭제된 것으로 보입니다, 확인 후 다시 안내",
    why="'보입니다' is a hedge and the final answer is promised; N9 stays pending",
    **{"from": "kin-ops@navercorp.com"}, name_from=enc("지식iN 운영 담당"),
    date="Wed, 04 Sep 2024 13:40:19 +0900",
    subject=enc("Re: 시정요구 KCSC-240903-01 문의"),
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""
안녕하세요, 지식iN 운영 담당입니다.

문의하신 지식iN 게시물({N[8]})은
확인해 보니 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 담당 부서에 확인한 뒤 다시 안내드리겠습니다.

감사합니다.
""",
    items={N[8]: "pending"},
)

case(
    name="naver-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply with '-----Original Message-----' block of our request (Korean headers)",
    why="N7 and N8 each '삭제 완료' above the quoted request; the other quoted URLs are not statements",
    **{"from": "seoyeon.lee@navercorp.com"}, name_from=enc("이서연"),
    date="Fri, 06 Sep 2024 10:15:44 +0900",
    subject=enc("RE: [KCSC-240903-01] 시정요구 요청"),
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""
안녕하세요. 네이버 블로그 운영팀 이서연입니다.
요청하신 블로그 게시물 두 건 처리 결과 알려드립니다.

- {N[6]} : 삭제 완료
- {N[7]} : 삭제 완료 (동일 내용 재게시 글 포함)

이서연 드림
네이버 블로그 운영팀

-----Original Message-----
From: "KCSC 통신심의"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-03 (화) 10:00:00 (GMT+09:00)
Subject: [KCSC-240903-01] 시정요구 요청

""" + "\n".join(request_body("KCSC-240903-01")),
    items={N[6]: "removed", N[7]: "removed"},
)

_orig_req = "\n".join(request_body("KCSC-240903-01"))
case(
    name="naver-dsn-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report, 550 5.1.1 user unknown) returning our request with its text",
    why="delivery failure report; the URLs are in our own returned message",
    **{"from": "MAILER-DAEMON@mx1.navercorp.com"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 10:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="155DSN.0903"

This is a MIME-encapsulated message.

--155DSN.0903
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kcsc-report@navercorp.com>: host mbox3.navercorp.com[198.51.100.23] said:
    550 5.1.1 <kcsc-report@navercorp.com>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--155DSN.0903
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.navercorp.com
Arrival-Date: Tue,  3 Sep 2024 10:00:04 +0900 (KST)

Final-Recipient: rfc822; kcsc-report@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <kcsc-report@navercorp.com>: Recipient
    address rejected: User unknown

--155DSN.0903
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: kcsc-report@navercorp.com
Subject: [KCSC-240903-01] =?utf-8?b?7Iuc7KCV7JqU6rWsIOyalOyyrQ==?=
Date: Tue, 03 Sep 2024 10:00:00 +0900
Message-ID: <{MSGID["KCSC-240903-01"]}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_orig_req}

--155DSN.0903--
""",
)

case(
    name="naver-temporary-measure-30days",
    outcome="applied", classification="confirmation",
    imitates="정보통신망법 제44조의2 임시조치 notice with the usual '기간 내 재게시 요청이 없으면 삭제될 예정' sentence",
    why="임시조치(접근 차단) done: restricted; the later deletion is only a future condition",
    **{"from": "right@navercorp.com"}, name_from=enc("NAVER 권리보호센터"),
    date="Sat, 07 Sep 2024 09:30:00 +0900",
    subject=enc("[NAVER] 임시조치 결과 안내 (KCSC-240903-01)"),
    body=f"""
안녕하세요. NAVER 권리보호센터입니다.

요청하신 카페 게시물 {N[5]} 은(는)
정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
30일간 임시조치(게시물 접근 차단)하였습니다.

임시조치 기간 내에 게시자의 재게시 요청이 없을 경우 해당 게시물은 삭제될 예정입니다.

감사합니다.
""",
    items={N[5]: "restricted"},
)

case(
    name="naver-cafe-sole-blind",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 게시중단 처리 결과 안내 for a one-post request, naming no URL",
    why="a one-item request (KCSC-240912-07) answered '게시글 1건 … 블라인드 처리되었습니다': removed",
    **{"from": "cafe-ops@navercorp.com"}, name_from=enc("네이버 카페 운영팀"),
    date="Fri, 13 Sep 2024 11:12:00 +0900",
    subject=enc("[NAVER 카페] 게시중단 요청 처리 결과 안내 (KCSC-240912-07)"),
    reply_to_req=MSGID["KCSC-240912-07"],
    body="""
안녕하세요. 네이버 카페 운영팀입니다.

방송통신심의위원회에서 요청하신 카페 게시글 1건은 카페 운영정책 위반이 확인되어
블라인드 처리되었습니다. 블라인드 처리된 게시글은 더 이상 카페 회원에게 노출되지 않습니다.

카페 운영정책 안내: https://cafe.naver.com/cafepolicy
감사합니다.
""",
    items={R7: "removed"},
)

# ===== Kakao / Daum, KCSC-240905-02 (4 items) and KCSC-240911-06 (1) ======

case(
    name="kakao-gongmun-prose",
    outcome="applied", classification="confirmation",
    imitates="카카오 권리침해신고센터 공문 (가/나/다 items), Korean-path Tistory URL written raw",
    why="K1 and K2 게시중단(삭제) removed, K3 임시조치(30일) restricted, K4 still 검토 중 (pending)",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date="Mon, 09 Sep 2024 15:20:11 +0900",
    subject=enc("[카카오] 시정요구 조치결과 회신 (KCSC-240905-02)"),
    reply_to_req=MSGID["KCSC-240905-02"],
    body=f"""
방송통신심의위원회 귀중

1. 귀 기관의 발전을 기원합니다.
2. 귀 기관 요청번호 KCSC-240905-02(2024. 9. 5.)와 관련하여 당사의 조치 결과를 다음과 같이
   알려드립니다.

 가. Daum 카페 게시물 {K[0]} 및
     {K[1]} : 게시중단(삭제) 조치 완료
 나. 티스토리 게시물 {K3_RAW} : 정보통신망법 제44조의2에 따른
     임시조치(30일) 실시
 다. 카카오톡 채널 게시물 {K[3]} : 현재 검토 중으로, 결과는 추후 회신 예정

3. 기타 문의사항은 권리침해신고센터로 연락 주시기 바랍니다.  끝.

주식회사 카카오 권리침해신고센터
""",
    items={K[0]: "removed", K[1]: "removed", K[2]: "restricted", K[3]: "pending"},
)

case(
    name="kakao-channel-rejected",
    outcome="applied", classification="confirmation",
    imitates="카카오톡 채널 운영팀 refusal: 운영정책 위반 확인할 수 없어 별도 조치하지 않음; URL in angle brackets followed by 에",
    why="a refusal with its reason: K4 rejected",
    **{"from": "channel-policy@kakao.com"}, name_from=enc("카카오톡 채널 운영팀"),
    date="Thu, 12 Sep 2024 14:02:45 +0900",
    subject=enc("RE: [KCSC-240905-02] 시정요구 요청"),
    reply_to_req=MSGID["KCSC-240905-02"],
    body=f"""
안녕하세요, 카카오톡 채널 운영팀입니다.

요청하신 카카오톡 채널 게시물 <{K[3]}>에 대해 검토한 결과,
카카오톡 채널 운영정책 및 관련 법령에 위반되는 내용을 확인할 수 없어
별도의 조치를 하지 않았음을 안내드립니다.

추가로 판단에 참고할 자료가 있으시면 회신 주시기 바랍니다.
감사합니다.
""",
    items={K[3]: "rejected"},
)

case(
    name="kakao-bulk-four",
    outcome="review", review="bulk",
    imitates="Daum 고객센터 one-sentence 조치 완료 reply covering the whole request",
    why="'4건은 모두 조치가 완료' for a four-item request, naming none (and not saying which action)",
    **{"from": "cs@daum.net"}, name_from=enc("Daum 고객센터"),
    date="Tue, 10 Sep 2024 16:40:00 +0900",
    subject=enc("Re: [KCSC-240905-02] 시정요구 요청"),
    reply_to_req=MSGID["KCSC-240905-02"],
    body="""
안녕하세요. Daum 고객센터입니다.

신고해 주신 Daum 카페, 티스토리 및 카카오톡 채널 게시물 4건은 모두 조치가 완료되었습니다.
이용에 참고 부탁드립니다.

감사합니다.
""",
    items={u: "pending" for u in K},
)

case(
    name="kakao-sole-author-deleted",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 고객센터 reply: 작성자가 이미 삭제하여 존재하지 않는 게시글",
    why="R6's only item: deleted by its author before any action, so not_found",
    **{"from": "cafe_help@daum.net"}, name_from=enc("Daum 카페 고객센터"),
    date="Thu, 12 Sep 2024 10:31:09 +0900",
    subject=enc("Re: [KCSC-240911-06] 시정요구 요청"),
    reply_to_req=MSGID["KCSC-240911-06"],
    body=f"""
안녕하세요, Daum 카페 고객센터입니다.

요청하신 게시글 {R6} 는 확인 결과 작성자가 이미 삭제하여
존재하지 않는 게시글입니다. 따라서 당사에서 별도의 조치는 진행되지 않았습니다.

감사합니다.
""",
    items={R6: "not_found"},
)

case(
    name="kakao-ooo-bilingual",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook bilingual 자동 회신 / Automatic reply with vacation dates",
    why="auto-reply; says nothing about the post",
    **{"from": "sooyoung.park@kakaocorp.com"}, name_from=enc("박수영"),
    date="Wed, 11 Sep 2024 15:00:12 +0900",
    subject=enc("자동 회신: [KCSC-240911-06] 시정요구 요청"),
    reply_to_req=MSGID["KCSC-240911-06"],
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: sooyoung.park@kakaocorp.com"],
    body="""
9월 11일부터 9월 19일까지 휴가로 부재중입니다. 업무 관련 문의는 right@kakaocorp.com 으로 보내주세요.

I am out of the office from 11 to 19 September. For urgent matters please write to right@kakaocorp.com.
""",
)

case(
    name="kakao-cafe-manager-gmail",
    outcome="review", review="unknown_sender",
    imitates="informal note from a Daum cafe manager's personal Gmail saying he deleted the posts himself",
    why="not a platform domain; names our request's URLs, so a person must look",
    **{"from": "bluepine.mgr@gmail.com"}, name_from=enc("블루파인 카페지기"),
    date="Sun, 08 Sep 2024 21:44:30 +0900",
    subject=enc("방심위 요청 건 관련 (블루파인 카페)"),
    body=f"""
안녕하세요
블루파인 중고거래 카페 매니저입니다.

카카오 쪽에서 연락 받고 확인했는데요
{K[0]}
{K[1]}
두 글 제가 직접 삭제했습니다. 작성자는 강퇴 처리했고요.
앞으로는 이런 글 안 올라오게 관리하겠습니다.

카페지기 드림
""",
    items={K[0]: "pending", K[1]: "pending"},
)

case(
    name="kakao-asks-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="권리침해신고센터 request for 의결서 사본 and 침해 부분 특정 before acting",
    why="asks us for documents about K3; no status",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date="Fri, 06 Sep 2024 13:15:00 +0900",
    subject=enc("[카카오] 추가 자료 요청 (KCSC-240905-02)"),
    reply_to_req=MSGID["KCSC-240905-02"],
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물({K3_RAW}) 관련하여,
위법 여부 판단을 위해 아래 자료를 추가로 보내 주시기 바랍니다.

 1. 시정요구 의결서 사본
 2. 문제 되는 부분의 특정(해당 문단 또는 캡처 화면)

자료를 받는 대로 검토를 진행하겠습니다. 감사합니다.
""",
    items={K[2]: "pending"},
)

case(
    name="kakao-mdn",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 읽음 확인 (message/disposition-notification) from the policy mailbox",
    why="read receipt; no statement",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 13:12:40 +0900",
    subject=enc("읽음: [KCSC-240905-02] 시정요구 요청"),
    reply_to_req=MSGID["KCSC-240905-02"],
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="155MDN0905"

--155MDN0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("보낸 메일 '[KCSC-240905-02] 시정요구 요청'을(를) 수신자가 2024-09-05 13:12에 읽었습니다.")}
--155MDN0905
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822;right@kakaocorp.com
Original-Message-ID: <{MSGID["KCSC-240905-02"]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--155MDN0905--
""",
)

case(
    name="kakao-base64-body",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 결과 안내 with ■ bullets, sent as base64 text/plain",
    why="K2 게시물 삭제 (removed); K3 (raw Korean path) 임시조치 (restricted)",
    **{"from": "cs@daum.net"}, name_from=enc("Daum 고객센터"),
    date="Mon, 09 Sep 2024 17:55:21 +0900",
    subject=enc("[Daum] 시정요구 처리 결과 안내 KCSC-240905-02"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""안녕하세요. Daum 고객센터입니다.
KCSC-240905-02 관련 처리 결과를 안내드립니다.

■ {K[1]}
  처리결과: 게시물 삭제

■ {K3_RAW}
  처리결과: 임시조치 (30일, 접근 차단)

그 밖의 게시물은 담당 부서에서 별도로 회신드립니다.
감사합니다.
"""),
    items={K[1]: "removed", K[2]: "restricted"},
)

case(
    name="kakao-receipt-plus-statement",
    outcome="applied", classification="confirmation",
    imitates="신고 접수 안내 (접수번호) that also reports one post taken down on receipt",
    why="the receipt carries an unhedged '즉시 게시중단 조치하였습니다' for K1: removed; others only promised",
    **{"from": "report@daum.net"}, name_from=enc("Daum 신고센터"),
    date="Thu, 05 Sep 2024 11:48:02 +0900",
    subject=enc("[Daum 신고센터] 신고 접수 안내 (KCSC-240905-02)"),
    body=f"""
고객님의 신고가 정상 접수되었습니다. (접수번호 DR-24-0905-11273)

접수된 게시물 중 아래 게시물은 명백한 운영정책 위반으로 확인되어 접수 즉시 게시중단 조치하였습니다.
  {K[0]}

그 외 게시물은 검토 후 결과를 안내드리겠습니다.

※ 본 메일은 발신전용입니다.
""",
    items={K[0]: "removed"},
)

case(
    name="kakao-fullwidth-outlook",
    outcome="applied", classification="confirmation",
    imitates="Korean IME-typed reply with full-width brackets and colons, over an Outlook '-----Original Message-----' block",
    why="K1 and K2 each '삭제 완료' though enclosed in （…）; the quoted request below is not a statement",
    **{"from": "minho.jeong@kakaocorp.com"}, name_from=enc("정민호"),
    date="Tue, 10 Sep 2024 09:05:50 +0900",
    subject=enc("RE: [KCSC-240905-02] 시정요구 요청"),
    reply_to_req=MSGID["KCSC-240905-02"],
    body=f"""
안녕하세요. 카카오 정민호입니다.
Daum 카페 게시글 처리 결과 회신드립니다.

1) 카페 게시글（{K[0]}）：삭제 완료
2) 카페 게시글（{K[1]}）：삭제 완료

정민호 드림

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
To: right@kakaocorp.com
Subject: [KCSC-240905-02] 시정요구 요청

""" + "\n".join(request_body("KCSC-240905-02")),
    items={K[0]: "removed", K[1]: "removed"},
)

# ===== YouTube, KCSC-240906-03 (5 items) ==================================

case(
    name="yt-korean-legal-outcome",
    outcome="applied", classification="confirmation",
    imitates="YouTube 법적 요청 결과 안내 in Korean (한국 내 액세스 차단 / 커뮤니티 가이드 위반 삭제 / 조치 안 함), Lumen note",
    why="Y1 blocked in Korea restricted, Y2 removed worldwide, Y3 no action with its reason rejected; help and Lumen links are not items",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube",
    date="Wed, 11 Sep 2024 04:12:09 +0900",
    subject=enc("YouTube 법적 요청 결과 안내 [KCSC-240906-03]"),
    reply_to_req=MSGID["KCSC-240906-03"],
    body=f"""
안녕하세요.

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 신고하신 콘텐츠를 검토한 결과는 다음과 같습니다.

{Y[0]}
대한민국 법률 위반으로 판단되어 한국 내에서 이 콘텐츠에 대한 액세스를 차단했습니다.

{Y[1]}
이 동영상은 YouTube 커뮤니티 가이드를 위반하여 전 세계에서 삭제되었습니다.

{Y[2]}
검토 결과, 이 콘텐츠에 대해 조치를 취하지 않기로 결정했습니다. 제공된 정보만으로는 현지 법률
위반 여부를 확인할 수 없었습니다.

YouTube는 이 요청의 사본을 Lumen 프로젝트(https://lumendatabase.org)에 보낼 수 있습니다.
자세한 내용은 https://support.google.com/legal/answer/3110420 에서 확인하세요.

YouTube 법무팀
""",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected"},
)

case(
    name="yt-actioned-and-not-located",
    outcome="applied", classification="confirmation",
    imitates="English YouTube legal reply: 'has been actioned under our policies' / 'We were unable to locate'",
    why="Y4 actioned (removed, configured phrase); Y5 'unable to locate' not_found (the 'may have been removed' that follows only guesses why)",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 07:30:55 +0900",
    subject="Re: Your legal request KCSC-240906-03",
    reply_to_req=MSGID["KCSC-240906-03"],
    body=f"""
Hello,

Thank you for your report (your reference KCSC-240906-03).

After review, the following content has been actioned under our policies:

{Y[3]}

We were unable to locate the following content. It may have been removed by the uploader, or the
link may be incorrect:

{Y[4]}

Regards,
The YouTube Legal Support Team
""",
    items={Y[3]: "removed", Y[4]: "not_found"},
)

case(
    name="yt-reviewing-promise",
    outcome="review", review="not_understood",
    imitates="English interim 'we are reviewing and will take appropriate action' reply",
    why="promise and condition only; Y1 and Y2 stay pending",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 03:02:11 +0900",
    subject="Re: Your legal request KCSC-240906-03",
    reply_to_req=MSGID["KCSC-240906-03"],
    body=f"""
Hello,

Our team is reviewing the content you reported:

{Y[0]}
{Y[1]}

If we find that the content violates our policies or local law, we will take appropriate action and
let you know. We appreciate your patience.

The YouTube Legal Support Team
""",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="yt-legal-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Google 법적 요청 접수 확인 (요청이 접수되었습니다, 회신하지 마세요)",
    why="pure receipt naming our reference; no statement",
    **{"from": "legal-noreply@google.com"}, name_from="Google",
    date="Fri, 06 Sep 2024 14:03:38 +0900",
    subject=enc("요청이 접수되었습니다 [6-5120000042187]"),
    body="""
안녕하세요.

Google에 요청을 보내주셔서 감사합니다. 귀하의 요청(참조: KCSC-240906-03)이 접수되었습니다.
검토가 완료되면 이 주소로 결과를 알려드리겠습니다.

이 메일은 발신 전용이므로 회신하지 마세요.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
)

_orig_y = "\n".join(request_body("KCSC-240906-03"))
case(
    name="yt-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style 'Delivery Status Notification (Failure)' with the returned request attached",
    why="bounce; the five URLs are in our own returned message",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Fri, 06 Sep 2024 14:00:09 +0900",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000155b0a0e"

--00000000000155b0a0e
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to legal-korea@youtube.com because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--00000000000155b0a0e
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 06 Sep 2024 14:00:05 +0900

Final-Recipient: rfc822; legal-korea@youtube.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--00000000000155b0a0e
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: legal-korea@youtube.com
Subject: [KCSC-240906-03] =?utf-8?b?7Iuc7KCV7JqU6rWsIOyalOyyrQ==?=
Date: Fri, 06 Sep 2024 14:00:00 +0900
Message-ID: <{MSGID["KCSC-240906-03"]}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_orig_y}

--00000000000155b0a0e--
""",
)

case(
    name="yt-age-restricted-html",
    outcome="applied", classification="confirmation",
    imitates="Korean HTML notice: 연령 제한이 적용되었습니다 / 삭제되었습니다, links as anchors",
    why="Y3 age-restricted (restricted); Y5 removed",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Fri, 13 Sep 2024 09:41:00 +0900",
    subject=enc("신고하신 콘텐츠에 대한 조치 안내 (KCSC-240906-03)"),
    reply_to_req=MSGID["KCSC-240906-03"],
    raw_mime=html_qp(f"""<!DOCTYPE html><html><body>
<div style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>안녕하세요.</p>
<p>방송통신심의위원회에서 신고하신 동영상에 대한 검토 결과를 알려드립니다.</p>
<p><a href="{Y[2]}">{Y[2]}</a><br>
이 동영상에는 연령 제한이 적용되었습니다. 만 18세 미만 사용자와 로그아웃한 사용자는 시청할 수 없습니다.</p>
<p><a href="{Y[4]}">{Y[4]}</a><br>
이 동영상은 YouTube에서 삭제되었습니다.</p>
<p>연령 제한 정책: <a href="https://support.google.com/youtube/answer/2802167">고객센터에서 보기</a></p>
<p>- YouTube 팀</p>
</div></body></html>"""),
    items={Y[2]: "restricted", Y[4]: "removed"},
)

case(
    name="yt-gmail-impostor",
    outcome="review", review="unknown_sender",
    imitates="mail signed 'YouTube Korea 정책팀' but sent from a free Gmail account",
    why="gmail.com is no configured sender domain (google.com, youtube.com); Y1 stays pending",
    **{"from": "ytkorea.policy.team@gmail.com"}, name_from=enc("YouTube Korea 정책팀"),
    date="Tue, 10 Sep 2024 22:10:37 +0900",
    subject=enc("KCSC-240906-03 처리 완료"),
    body=f"""
안녕하세요 YouTube Korea 정책팀입니다.

요청하신 동영상 {Y[0]} 는 삭제 처리했습니다.
확인 부탁드립니다.
""",
    items={Y[0]: "pending"},
)

case(
    name="yt-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="English plain-text legal outcome with URLs in angle brackets mid-sentence",
    why="Y2 blocked in South Korea (restricted); Y4 removed for Community Guidelines",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 06:18:27 +0900",
    subject="Re: KCSC-240906-03",
    reply_to_req=MSGID["KCSC-240906-03"],
    body="""
Hello,

Following our review of your request, we have blocked access to
<https://www.youtube.com/watch?v=Hx7pL0wZc3E> in South Korea, where it was found to violate local
law. The Shorts video <https://www.youtube.com/shorts/Vd3nQ8kPz0A> has been removed for violating
our Community Guidelines.

Learn more about how we handle legal removals: https://support.google.com/legal/answer/3110420

The YouTube Legal Support Team
""",
    items={Y[1]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="legal team reply with an outcomes CSV (URL,Action,Region,Notes)",
    why="Y1 blocked KR restricted, Y2 removed globally, Y3 no action / does not violate rejected",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 02:47:00 +0900",
    subject="Outcome of your legal request KCSC-240906-03",
    reply_to_req=MSGID["KCSC-240906-03"],
    raw_mime=with_csv(
        """
Hello,

Please find attached the outcome for each URL in your request KCSC-240906-03.

The YouTube Legal Support Team
""",
        f"""URL,Action,Region,Notes
{Y[0]},Blocked,KR,Local law (defamation)
{Y[1]},Removed,Global,Community Guidelines
{Y[2]},No action,,Content does not violate our policies or local law
""", "outcome_KCSC-240906-03.csv"),
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected"},
)

# ===== DC Inside, KCSC-240909-04 (3 items) ================================

case(
    name="dc-informal-operator",
    outcome="applied", classification="confirmation",
    imitates="informal 디시 운영팀 reply: each URL followed by a casual sentence about it",
    why="D1 '바로 삭제했습니다' removed; D2 and D3 '작성자가 먼저 지운 글' not_found (one sentence below both URLs)",
    **{"from": "admin@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 13:22:08 +0900",
    subject=enc("Re: [KCSC-240909-04] 시정요구 요청"),
    reply_to_req=MSGID["KCSC-240909-04"],
    body=f"""
안녕하세요 디시 운영팀입니다.
보내주신 3건 확인했습니다.

{D[0]}
이건 저희가 바로 삭제했습니다.

{D[1]}
{D[2]}
코인 마이너갤 두 건은 확인해 보니 작성자가 먼저 지운 글이라 저희 쪽에서 따로 처리할 건 없었습니다.

수고하세요.
""",
    items={D[0]: "removed", D[1]: "not_found", D[2]: "not_found"},
)

case(
    name="dc-numbered-gongmun",
    outcome="applied", classification="confirmation",
    imitates="(주)디시인사이드 시정요구 처리결과 통보, numbered list 'URL - 결과'",
    why="D1, D2 삭제 완료 removed; D3 미조치 with reason (위법성 확인되지 않아 게시 유지) rejected",
    **{"from": "report@dcinside.com"}, name_from=enc("(주)디시인사이드"),
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject=enc("시정요구 처리결과 통보 (KCSC-240909-04)"),
    body=f"""
방송통신심의위원회 담당자님께

귀 위원회의 시정요구(KCSC-240909-04)에 대한 처리결과를 다음과 같이 통보합니다.

1. {D[0]} - 삭제 완료
2. {D[1]} - 삭제 완료
3. {D[2]} - 미조치 (게시물 내용상 위법성이 확인되지 않아 게시를 유지함)

(주)디시인사이드 운영팀
""",
    items={D[0]: "removed", D[1]: "removed", D[2]: "rejected"},
)

case(
    name="dc-hedge",
    outcome="review", review="not_understood",
    imitates="casual operator reply: 이미 지워진 것 같네요, 로그 확인 후 다시 말씀드릴게요",
    why="'같네요' hedges; the definite answer is promised; D1 stays pending",
    **{"from": "admin@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 10:12:44 +0900",
    subject=enc("Re: [KCSC-240909-04] 시정요구 요청"),
    reply_to_req=MSGID["KCSC-240909-04"],
    body=f"""
네 안녕하세요.
말씀하신 주식갤 글({D[0]})은 지금 보니 이미 지워진 것 같네요.
로그 확인해서 정확히 다시 말씀드릴게요.
""",
    items={D[0]: "pending"},
)

case(
    name="dc-address-change-notice",
    outcome="review", review="no_claims",
    imitates="operator's notice of a new mailbox for 시정요구 mail (no reference, no item)",
    why="trusted DC Inside mail that names no item and no request",
    **{"from": "admin@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date="Fri, 13 Sep 2024 16:00:00 +0900",
    subject=enc("[디시인사이드] 시정요구 수신 메일 주소 변경 안내"),
    body="""
안녕하세요, 디시인사이드 운영팀입니다.

앞으로 시정요구 및 협조 요청 메일은 report@dcinside.com 으로 보내주시기 바랍니다.
기존 주소(admin@dcinside.com)는 2024년 9월 30일 이후에는 확인하지 않습니다.

감사합니다.
""",
)

case(
    name="dc-dkim-fail",
    outcome="review", review="untrusted",
    imitates="DC Inside-looking 삭제 통보 whose DKIM/SPF/DMARC fail",
    why="platform domain failing authentication; D2 and D3 stay pending",
    **{"from": "admin@dcinside.com"}, name_from=enc("디시인사이드 운영팀"), auth="fail",
    date="Tue, 10 Sep 2024 23:51:02 +0900",
    subject=enc("[KCSC-240909-04] 삭제 처리 완료"),
    body=f"""
요청하신 아래 게시물 삭제 처리 완료했습니다.

{D[1]}
{D[2]}
""",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="dc-gmail-quote-top-posted",
    outcome="applied", classification="confirmation",
    imitates="top-posted operator reply naming one URL followed by '는', over a Gmail Korean quote",
    why="D1 삭제 완료 removed; the two others only promised; quoted URLs are not statements",
    **{"from": "admin@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 11:37:15 +0900",
    subject=enc("Re: [KCSC-240909-04] 시정요구 요청"),
    reply_to_req=MSGID["KCSC-240909-04"],
    body=f"""
말씀하신 게시물 중 주식 갤러리 글 {D[0]} 는 삭제 완료했습니다.
나머지 두 건은 마이너 갤러리 매니저 확인 후 다시 연락드리겠습니다.

2024년 9월 9일 (월) 오전 9:30, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240909-04")}
""",
    items={D[0]: "removed"},
)

# ===== BAND, KCSC-240910-05 (2 items) =====================================

case(
    name="band-removed-bullets",
    outcome="applied", classification="confirmation",
    imitates="BAND 신고 게시글 처리 결과 안내, bullet per post with em dash, plus a policy link",
    why="both posts named, each 게시글 삭제 (removed); the band-level restriction and policy link are not items",
    **{"from": "policy@band.us"}, name_from=enc("BAND 운영정책팀"),
    date="Wed, 11 Sep 2024 15:45:30 +0900",
    subject=enc("[BAND] 신고 게시글 처리 결과 안내 (KCSC-240910-05)"),
    reply_to_req=MSGID["KCSC-240910-05"],
    body=f"""
안녕하세요, BAND 운영정책팀입니다.

방송통신심의위원회에서 요청하신 게시글에 대한 처리 결과를 안내드립니다.

 • {B[0]} — 운영정책 위반(불법 정보)으로 게시글 삭제
 • {B[1]} — 운영정책 위반(불법 정보)으로 게시글 삭제

해당 밴드에는 운영정책 위반에 따른 이용 제한이 함께 적용되었습니다.
BAND 운영정책 안내: https://band.us/policy/operation

감사합니다.
""",
    items={B[0]: "removed", B[1]: "removed"},
)

case(
    name="band-via-navercorp",
    outcome="review", review="wrong_platform",
    imitates="BAND posts reported deleted by a NAVER Corp. (Band's operator) address, not band.us",
    why="a NAVER-domain email states statuses for BAND items; BAND is its own platform in config",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 10:20:00 +0900",
    subject=enc("RE: [KCSC-240910-05] 밴드 게시글 시정요구"),
    reply_to_req=MSGID["KCSC-240910-05"],
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

BAND 서비스 관련 요청 건 전달받아 확인했습니다.
{B[0]}
{B[1]}
위 두 게시글은 BAND 담당 부서에서 삭제 처리하였습니다.

향후 BAND 관련 요청은 policy@band.us 로 직접 보내주시면 더 빠르게 처리됩니다.
""",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="band-one-done-one-pending",
    outcome="applied", classification="confirmation",
    imitates="BAND 처리 현황: one post 비공개 처리 완료, the other awaiting the author's 소명",
    why="B1 비공개 처리 removed; B2 소명 절차 진행 중 stays pending",
    **{"from": "policy@band.us"}, name_from=enc("BAND 운영정책팀"),
    date="Fri, 13 Sep 2024 14:10:00 +0900",
    subject=enc("[BAND] 처리 현황 안내 (KCSC-240910-05)"),
    body=f"""
안녕하세요, BAND 운영정책팀입니다. KCSC-240910-05 처리 현황입니다.

{B[0]}
→ 비공개 처리 완료 (작성자 외 열람 불가)

{B[1]}
→ 작성자 소명 절차가 진행 중이며, 결과는 9월 20일까지 안내드리겠습니다.
""",
    items={B[0]: "removed", B[1]: "pending"},
)


HEADER = """# Blind set 155 (Korean): expected results, written from each email's
# meaning alone before any run of the reader. Generated by make.py.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
