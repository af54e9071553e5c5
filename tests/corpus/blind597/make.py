#!/usr/bin/env python3
"""Blind set 597: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu, Nate), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind597/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on this set. All names, ids and URLs are fictional.
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

SET = "blind597"

# ---------------------------------------------------------------- requests
EUNHA_RAW = "https://cafe.naver.com/은하마을/3391"
EUNHA = "https://cafe.naver.com/" + quote("은하마을") + "/3391"

N = {  # NAVER, KCSC-240902-01 (the largest request, 12 items)
    "moon1": "https://blog.naver.com/moonlit_ferry/223561001",
    "moon2": "https://blog.naver.com/moonlit_ferry/223561044",
    "gray": "https://blog.naver.com/grayotter77/223559870",
    "ql1": "https://cafe.naver.com/quietlanterns/88412",
    "ql2": "https://cafe.naver.com/quietlanterns/88455",
    "river": "https://cafe.naver.com/riverstonecafe/15023",
    "pine_m": "https://m.blog.naver.com/pinecrest_days/223560310",
    "pine": "https://blog.naver.com/pinecrest_days/223560377",
    "kin": "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471234567",
    "tv": "https://tv.naver.com/v/58820113",
    "post": "https://post.naver.com/viewer/postView.naver?volumeNo=38811234&memberNo=5512093",
    "eunha": EUNHA,
}
D = {  # DC Inside, KCSC-240903-02 (4)
    "stock": "https://gall.dcinside.com/board/view/?id=stock_new2&no=9123456",
    "owl1": "https://gall.dcinside.com/mgallery/board/view/?id=nightowls&no=40211",
    "owl2": "https://gall.dcinside.com/mgallery/board/view/?id=nightowls&no=40298",
    "paper": "https://gall.dcinside.com/mini/board/view/?id=paperboats&no=1182",
}
K = {  # Daum, KCSC-240904-03 (3)
    "bh1": "https://cafe.daum.net/blueharbor/Ab3k/2217",
    "bh2": "https://cafe.daum.net/blueharbor/Ab3k/2240",
    "snow": "https://cafe.daum.net/snowpine/9Xq1/512",
}
S = {  # SOOP, KCSC-240905-04 (2)
    "vod": "https://vod.sooplive.co.kr/player/134872261",
    "post": "https://ch.sooplive.co.kr/lanternfox/post/88213451",
}
F = {  # FM Korea, KCSC-240906-05 (5)
    "f1": "https://www.fmkorea.com/7312845561",
    "f2": "https://www.fmkorea.com/7312850934",
    "f3": "https://www.fmkorea.com/7313001278",
    "f4": "https://www.fmkorea.com/index.php?mid=humor&document_srl=7313110042",
    "f5": "https://www.fmkorea.com/7313229807",
}
C = {"park": "https://www.clien.net/service/board/park/18790455"}  # Clien, KCSC-240909-06 (1)
P = {  # Ppomppu, KCSC-240910-07 (2)
    "p1": "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120334",
    "p2": "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120561",
}

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:14:00+09:00", "2024-09-09T18:00:00+09:00",
     list(N.values()), "defamation", "req-240902-01@kcsc.example",
     'blogs, cafes, Knowledge iN, TV and Post; one cafe with a Korean name ("은하마을")'),
    ("KCSC-240903-02", "dcinside", "2024-09-03T09:40:00+09:00", "2024-09-10T18:00:00+09:00",
     list(D.values()), "illegal_gambling", "req-240903-02@kcsc.example", "main, minor and mini galleries"),
    ("KCSC-240904-03", "daum", "2024-09-04T11:05:00+09:00", "2024-09-11T18:00:00+09:00",
     list(K.values()), "privacy", "req-240904-03@kcsc.example", "Daum cafe posts"),
    ("KCSC-240905-04", "soop", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00",
     list(S.values()), "obscene", "req-240905-04@kcsc.example", "one VOD, one channel post"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     list(F.values()), "illegal_drugs", "req-240906-05@kcsc.example", "five posts, one in the old index.php form"),
    ("KCSC-240909-06", "clien", "2024-09-09T09:20:00+09:00", "2024-09-16T18:00:00+09:00",
     list(C.values()), "defamation", "req-240909-06@kcsc.example", "single post"),
    ("KCSC-240910-07", "ppomppu", "2024-09-10T14:03:00+09:00", "2024-09-17T18:00:00+09:00",
     list(P.values()), "fraud", "req-240910-07@kcsc.example", "free board, two posts"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def qp_plain(text):
    body = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def b64_part(ctype, text):
    return ("Content-Type: %s; charset=utf-8\nContent-Transfer-Encoding: base64\n\n%s\n"
            % (ctype, b64(text.strip("\n").encode("utf-8") + b"\n")))


def multipart(subtype, boundary, parts, extra=""):
    out = ["Content-Type: multipart/%s; boundary=\"%s\"%s" % (subtype, boundary, extra), "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def plain_part(text):
    return ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + text.strip("\n") + "\n")


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, date_ko):
    lines = ["수신: 담당자님", "요청번호: %s" % ref, "",
             "방송통신심의위원회입니다. 아래 정보에 대하여 시정요구(삭제)를 요청드립니다.", ""]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "처리 결과를 %s까지 회신하여 주시기 바랍니다." % date_ko]
    return "\n".join(lines)


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= applied =======================

case(name="naver-gesijungdan-numbered-ko", outcome="applied", classification="confirmation",
     **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
     date="Wed, 04 Sep 2024 16:02:11 +0900",
     subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)",
     reply_to_req="req-240902-01",
     imitates="NAVER 게시중단요청서비스 result notice (numbered list, 처리 결과 line under each URL)",
     why="four items each with its own result: 게시중단(삭제) three times, 임시조치 once (restricted)",
     items={N["moon1"]: "removed", N["moon2"]: "removed", N["ql1"]: "restricted", N["ql2"]: "removed"},
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.

2024년 9월 2일 방송통신심의위원회에서 요청하신 게시물 중 검토가 끝난 건의
처리 결과를 아래와 같이 안내드립니다.

1. {N["moon1"]}
   - 처리 결과: 게시중단(삭제)
2. {N["moon2"]}
   - 처리 결과: 게시중단(삭제)
3. {N["ql1"]}
   - 처리 결과: 임시조치 (30일간 접근 제한)
4. {N["ql2"]}
   - 처리 결과: 게시중단(삭제)

나머지 게시물은 담당 부서에서 검토하고 있으며, 결과가 확정되면 별도로
안내드리겠습니다.

네이버 권리보호센터 드림
""")

case(name="naver-kcsc-result-html-table", outcome="applied", classification="confirmation",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
     date="Thu, 05 Sep 2024 11:47:30 +0900",
     subject="RE: [KCSC-240902-01] 시정요구 조치결과 회신",
     type="html",
     imitates="Korean 시정요구 조치결과 회신 table sent by a portal's policy team (HTML only)",
     why="HTML table: 삭제 and 비공개 처리 (removed), 국내 접속 차단 and 19세 미만 이용 제한 (restricted), 위반 사항 없음 (rejected), 작성자 삭제 (not_found)",
     items={N["gray"]: "removed", N["river"]: "restricted", N["pine"]: "rejected",
            N["kin"]: "not_found", N["tv"]: "restricted", N["pine_m"]: "removed"},
     body=f"""
<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 <b>KCSC-240902-01</b> 건의 시정요구에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#eef5ee"><th>번호</th><th>URL</th><th>조치 내용</th><th>비고</th></tr>
<tr><td>1</td><td>{N["gray"]}</td><td>삭제</td><td>9/4 처리</td></tr>
<tr><td>2</td><td>{N["river"]}</td><td>국내 접속 차단</td><td>해외 IP 접근은 유지</td></tr>
<tr><td>3</td><td>{N["pine"]}</td><td>조치 불가</td><td>운영정책 위반 사항 확인되지 않음</td></tr>
<tr><td>4</td><td>{N["kin"].replace("&", "&amp;")}</td><td>게시물 없음</td><td>작성자가 이미 삭제</td></tr>
<tr><td>5</td><td>{N["tv"]}</td><td>19세 미만 이용 제한</td><td>연령 인증 후 시청 가능</td></tr>
<tr><td>6</td><td>{N["pine_m"]}</td><td>비공개 처리</td><td>게시자에게 통보 완료</td></tr>
</table>
<p>문의 사항은 본 메일로 회신 부탁드립니다.<br>NAVER 정책지원팀</p>
</body></html>
""")

_csv = io.StringIO()
_w = csv.writer(_csv, lineterminator="\r\n")
_w.writerow(["번호", "URL", "처리결과", "사유"])
for _i, (_u, _r, _why) in enumerate([
        (N["moon1"], "삭제", "명예훼손 게시물"),
        (N["moon2"], "삭제", "명예훼손 게시물"),
        (N["gray"], "삭제", "명예훼손 게시물"),
        (N["ql1"], "임시조치", "30일 접근 제한, 이의신청 없으면 삭제"),
        (N["ql2"], "삭제", "카페 운영원칙 위반"),
        (N["river"], "유지", "운영정책 위반 사항 없음"),
        (N["pine_m"], "게시물 없음", "존재하지 않는 게시물"),
        (N["pine"], "삭제", "명예훼손 게시물"),
        (N["kin"], "유지", "위반 사항 없음, 의견 표현"),
        (N["tv"], "연령 제한", "19세 이상 시청 가능"),
        (N["post"], "삭제", "명예훼손 게시물"),
        (EUNHA, "블라인드", "카페 매니저 블라인드 처리"),
], 1):
    _w.writerow([_i, _u, _r, _why])
NAVER_CSV = _csv.getvalue()

case(name="naver-csv-attachment-all-12", outcome="applied", classification="confirmation",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
     date="Mon, 09 Sep 2024 17:20:45 +0900",
     subject="[NAVER] KCSC-240902-01 처리 결과 (첨부)",
     reply_to_req="req-240902-01",
     imitates="portal policy team reply with the result sheet exported as a CSV attachment",
     why="CSV lists all twelve items: 삭제/블라인드 removed, 임시조치 and 연령 제한 restricted, 유지 rejected, 게시물 없음 not_found",
     items={N["moon1"]: "removed", N["moon2"]: "removed", N["gray"]: "removed", N["ql1"]: "restricted",
            N["ql2"]: "removed", N["river"]: "rejected", N["pine_m"]: "not_found", N["pine"]: "removed",
            N["kin"]: "rejected", N["tv"]: "restricted", N["post"]: "removed", EUNHA: "removed"},
     raw_mime=multipart("mixed", "----=_NvrPart_5521_0909", [
         plain_part("""
안녕하세요, NAVER 정책지원팀입니다.

요청번호 KCSC-240902-01로 요청하신 12건 전체에 대한 처리 결과를
첨부 파일(result_KCSC-240902-01.csv)로 보내드립니다.

확인 부탁드립니다.
"""),
         "Content-Type: text/csv; charset=utf-8; name=\"result_KCSC-240902-01.csv\"\n"
         "Content-Disposition: attachment; filename=\"result_KCSC-240902-01.csv\"\n"
         "Content-Transfer-Encoding: base64\n\n" + b64(NAVER_CSV.encode("utf-8")),
     ]))

case(name="naver-en-kin-tv-policy-link", outcome="applied", classification="confirmation",
     **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
     date="Fri, 06 Sep 2024 09:31:02 +0900",
     subject="Re: Removal request KCSC-240902-01",
     reply_to_req="req-240902-01",
     imitates="English trust-and-safety reply from a Korean portal's global team, with a policy link",
     why="Knowledge iN question deleted (removed); TV clip limited to verified adults (restricted); policy page is no item; rest promised later",
     items={N["kin"]: "removed", N["tv"]: "restricted"},
     body=f"""
Dear KCSC team,

Regarding your request KCSC-240902-01 of 2 September, we have finished our
review of two of the listed items.

The Knowledge iN question at {N["kin"]} has been deleted for violating our
community guidelines.

The NAVER TV clip {N["tv"]} has been age-restricted. It can now only be
played by logged-in users who have verified that they are adults.

We are still reviewing the remaining items and will write to you separately.
For information on how we assess reports, please see
https://policy.naver.com/rules/service_operation.html .

Kind regards,
Minseo Park
NAVER Trust & Safety
""")

case(name="naver-top-posted-over-gmail-quote", outcome="applied", classification="confirmation",
     **{"from": "cs-rights@naver.com"}, name_from="네이버 고객센터",
     date="Tue, 03 Sep 2024 15:08:40 +0900",
     subject="Re: [KCSC-240902-01] 불법정보 시정요구",
     reply_to_req="req-240902-01",
     imitates="help-desk agent replying on top of the regulator's quoted request (Gmail-style Korean attribution line)",
     why="top part states three cafe posts (two deleted, one kept as no violation); the twelve quoted URLs below are our own request",
     items={N["ql1"]: "removed", N["ql2"]: "removed", N["river"]: "rejected"},
     body=f"""
안녕하세요, 네이버 고객센터 권리보호 담당자입니다.

보내주신 요청 중 카페 게시물 3건에 대해 먼저 회신드립니다.

- {N["ql1"]} : 삭제 조치 완료
- {N["ql2"]} : 삭제 조치 완료
- {N["river"]} : 검토 결과 권리침해 및 불법정보에 해당하지 않아 게시물이 유지됩니다.

블로그 게시물은 검토가 끝나는 대로 회신드리겠습니다.

감사합니다.

2024년 9월 2일 (월) 오전 10:14, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
{quote_lines(our_request("KCSC-240902-01", [N[k] for k in N if k != "eunha"] + [EUNHA_RAW], "9월 9일"))}
""")

case(name="naver-blog-qp-urls-then-statement", outcome="applied", classification="confirmation",
     **{"from": "blog-help@naver.com"}, name_from="네이버 블로그",
     date="Wed, 04 Sep 2024 10:12:09 +0900",
     subject="[네이버 블로그] 신고 게시물 처리 결과 안내",
     imitates="NAVER Blog notice in quoted-printable Korean: URLs first, statement '위 두 게시물은' below",
     why="the statement below the two URLs says both were made private by the operator (비공개 처리: removed)",
     items={N["pine_m"]: "removed", N["pine"]: "removed"},
     raw_mime=qp_plain(f"""
[네이버 블로그] 신고 게시물 처리 결과 안내

요청번호: KCSC-240902-01

{N["pine_m"]}
{N["pine"]}

위 두 게시물은 블로그 운영정책 위반이 확인되어 운영자에 의해 비공개 처리되었습니다.
게시자에게는 처리 사실과 이의제기 방법을 안내하였습니다.

본 메일은 발신 전용입니다. 문의는 네이버 고객센터를 이용해 주세요.
"""))

case(name="naver-korean-path-corner-brackets", outcome="applied", classification="confirmation",
     **{"from": "cafe-help@naver.com"}, name_from="네이버 카페",
     date="Thu, 05 Sep 2024 14:55:00 +0900",
     subject="[네이버 카페] 요청하신 게시물 처리 안내 (KCSC-240902-01)",
     imitates="NAVER Cafe operator reply with a raw Korean cafe path in 「」 brackets followed by a particle",
     why="the cafe post (Korean path, raw) was blinded (removed); the Post was already deleted by its author (not_found)",
     items={EUNHA: "removed", N["post"]: "not_found"},
     body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

요청하신 카페 게시물「{EUNHA_RAW}」은 카페 운영원칙 위반으로 블라인드 처리되었습니다.

또한 네이버 포스트 {N["post"]} 는
작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.
""")

case(name="dc-operator-deleted-arrows", outcome="applied", classification="confirmation",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     date="Wed, 04 Sep 2024 13:26:51 +0900",
     subject="Re: [KCSC-240903-02] 게시물 삭제 요청",
     reply_to_req="req-240903-02",
     imitates="DC Inside operations team reply, one arrow line per gallery post (운영자 삭제)",
     why="three posts 운영자 삭제 (removed); one already deleted by its writer (not_found)",
     items={D["stock"]: "removed", D["owl1"]: "removed", D["owl2"]: "not_found", D["paper"]: "removed"},
     body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240903-02 건으로 요청하신 게시물을 확인하였습니다.

{D["stock"]} → 운영자 삭제
{D["owl1"]} → 운영자 삭제
{D["owl2"]} → 작성자 본인이 이미 삭제한 게시물입니다.
{D["paper"]} → 운영자 삭제 및 작성자 IP 차단

추가 요청 사항이 있으시면 회신 주십시오.
디시인사이드 운영팀 드림
""")

case(name="dc-bilingual-status-below-url", outcome="applied", classification="confirmation",
     **{"from": "help@dcinside.com"}, name_from="DC Inside 고객센터",
     date="Thu, 05 Sep 2024 10:03:17 +0900",
     subject="[DC Inside] Result of your report / 신고 처리 결과",
     imitates="bilingual help-desk reply: bare URL, status on the next line",
     why="minor-gallery post deleted (removed); the other no longer exists (not_found)",
     items={D["owl1"]: "removed", D["owl2"]: "not_found"},
     body=f"""
Hello,
Please find the result of your report KCSC-240903-02 below.
처리 결과를 아래와 같이 안내드립니다.

{D["owl1"]}
처리: 삭제 (Deleted)

{D["owl2"]}
처리: 게시물 없음 (Not found - the post no longer exists)

Regards,
DC Inside 고객센터
""")

case(name="dc-echoed-report-form", outcome="applied", classification="confirmation",
     **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 신고센터",
     date="Wed, 04 Sep 2024 16:25:03 +0900",
     subject="[디시인사이드 신고센터] 신고 처리 결과",
     imitates="report-centre result mail echoing the submitted report form fields, result at the bottom",
     why="the echoed report names one post; 처리 결과: 삭제 완료 (removed)",
     items={D["stock"]: "removed"},
     body=f"""
[디시인사이드 신고센터] 신고 처리 결과

-------------------------------------------
신고 번호 : DC-20240904-55871
신고 유형 : 불법정보 (기관 요청)
신고 게시물 : {D["stock"]}
신고 사유 : KCSC-240903-02 시정요구
-------------------------------------------
처리 결과 : 삭제 완료
처리 일시 : 2024-09-04 16:22

본 메일은 발신 전용입니다.
""")

case(name="daum-imsijochi-squares", outcome="applied", classification="confirmation",
     **{"from": "cs-right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     date="Fri, 06 Sep 2024 10:41:27 +0900",
     subject="[카카오] 권리침해신고 처리 결과 안내 (KCSC-240904-03)",
     reply_to_req="req-240904-03",
     imitates="Kakao/Daum 권리침해신고센터 임시조치 notice (정보통신망법 제44조의2)",
     why="two cafe posts under 30-day 임시조치 (restricted); the third does not exist (not_found)",
     items={K["bh1"]: "restricted", K["bh2"]: "restricted", K["snow"]: "not_found"},
     body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ {K["bh1"]} : 임시조치(30일) 완료
■ {K["bh2"]} : 임시조치(30일) 완료
■ {K["snow"]} : 해당 게시물이 존재하지 않아 조치할 수 없습니다.

임시조치된 게시물은 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에
따라 30일간 접근이 차단되며, 게시자는 이 기간 동안 재게시를 요청할 수 있습니다.

카카오 권리침해신고센터 드림
""")

case(name="daum-cafe-base64-html", outcome="applied", classification="confirmation",
     **{"from": "cafe_notice@daum.net"}, name_from="Daum 카페",
     date="Thu, 05 Sep 2024 18:03:44 +0900",
     subject="[Daum 카페] 신고하신 게시글 처리 안내",
     imitates="Daum Cafe HTML notice sent base64-encoded",
     why="one cafe post deleted under the cafe policy (removed)",
     items={K["bh1"]: "removed"},
     raw_mime=b64_part("text/html", f"""
<html><body>
<div style="padding:20px;border:1px solid #ddd">
<h3>Daum 카페 신고 처리 안내</h3>
<p>요청번호 KCSC-240904-03 관련하여 신고하신 게시글
<a href="{K["bh1"]}">{K["bh1"]}</a> 은(는)
Daum 카페 운영정책에 따라 <b>삭제</b>되었습니다.</p>
<p>Daum 카페를 이용해 주셔서 감사합니다.</p>
<p style="color:#999;font-size:11px">본 메일은 발신 전용입니다. <a href="https://cs.daum.net/faq/cafe">고객센터 도움말</a></p>
</div></body></html>
"""))

case(name="daum-outlook-fullwidth-parens", outcome="applied", classification="confirmation",
     **{"from": "jiho.kang@kakaocorp.com"}, name_from="강지호 (Kakao 정책팀)",
     date="Mon, 09 Sep 2024 11:18:52 +0900",
     subject="RE: [KCSC-240904-03] 게시물 삭제 요청의 건",
     reply_to_req="req-240904-03",
     imitates="Kakao staff reply from Outlook over '-----Original Message-----', URL inside full-width parentheses",
     why="one post 게시중단 (removed); 'the other two are still being checked' (pending); the request below is quoted",
     items={K["bh2"]: "removed", K["bh1"]: "pending", K["snow"]: "pending"},
     body=f"""
안녕하세요, 카카오 정책팀 강지호입니다.

요청하신 게시물（{K["bh2"]}）은 게시중단 처리되었습니다.
나머지 두 건은 아직 확인 중이며 이번 주 안에 회신드리겠습니다.

강지호 드림

-----Original Message-----
From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:05 AM
To: cs-right@kakaocorp.com
Subject: [KCSC-240904-03] 게시물 삭제 요청의 건

{our_request("KCSC-240904-03", list(K.values()), "9월 11일")}
""")

case(name="soop-en-vod-removed-post-kept", outcome="applied", classification="confirmation",
     **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
     date="Mon, 09 Sep 2024 19:44:10 +0900",
     subject="Your report KCSC-240905-04 - outcome",
     reply_to_req="req-240905-04",
     imitates="streaming platform trust-and-safety outcome mail in English (bulleted, refusal with reason)",
     why="VOD removed; channel post reviewed, no violation found, stays up (rejected)",
     items={S["vod"]: "removed", S["post"]: "rejected"},
     body=f"""
Hello KCSC,

Thank you for your report (KCSC-240905-04). After review, we have taken the
following decisions:

  * VOD {S["vod"]} -- removed from SOOP for violating our
    Community Guidelines.
  * Channel post {S["post"]} -- we reviewed this post and
    found that it does not violate our policies; it will remain available.

If new information becomes available, you are welcome to submit a new report.

SOOP Trust & Safety
""")

case(name="soop-ko-angle-brackets", outcome="applied", classification="confirmation",
     **{"from": "help@sooplive.co.kr"}, name_from="SOOP 고객센터",
     date="Tue, 10 Sep 2024 09:05:33 +0900",
     subject="[SOOP] 요청하신 콘텐츠 조치 결과",
     imitates="SOOP help-desk Korean result list with URLs in angle brackets",
     why="VOD permanently deleted (removed); post switched to 19+ only (age restriction: restricted)",
     items={S["vod"]: "removed", S["post"]: "restricted"},
     body=f"""
안녕하세요, SOOP 고객센터입니다.
방송통신심의위원회 요청(KCSC-240905-04)에 따른 조치 결과입니다.

<{S["vod"]}> : 다시보기 영구 삭제
<{S["post"]}> : 19세 이상 이용가로 변경 (연령 제한)

감사합니다.
""")

case(name="fm-bulleted-five-mixed", outcome="applied", classification="confirmation",
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
     date="Mon, 09 Sep 2024 14:12:00 +0900",
     subject="Re: [KCSC-240906-05] 불법정보 게시물 삭제 요청",
     reply_to_req="req-240906-05",
     imitates="community-site operator reply, one bullet per post with a short result",
     why="three deleted (removed), one kept as no rule broken (rejected), one deleted by its writer before review (not_found)",
     items={F["f1"]: "removed", F["f2"]: "removed", F["f3"]: "removed", F["f4"]: "rejected", F["f5"]: "not_found"},
     body=f"""
안녕하세요. 에펨코리아 운영팀입니다.
요청하신 게시물 처리 결과입니다.

- {F["f1"]} : 삭제
- {F["f2"]} : 삭제
- {F["f3"]} : 삭제 및 작성자 이용정지
- {F["f4"]} : 사이트 규정 위반 사항이 없어 유지
- {F["f5"]} : 존재하지 않는 게시물 (작성자 자진 삭제)

감사합니다.
""")

case(name="fm-statement-then-urls-below", outcome="applied", classification="confirmation",
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
     date="Tue, 10 Sep 2024 10:30:00 +0900",
     subject="[에펨코리아] KCSC-240906-05 처리 안내",
     imitates="operator reply grouping URLs under the sentence that states their result",
     why="two URLs under 'deleted' (removed), one under 'kept, no violation' (rejected)",
     items={F["f1"]: "removed", F["f5"]: "removed", F["f3"]: "rejected"},
     body=f"""
안녕하세요, 에펨코리아입니다.

아래 게시물은 삭제 처리하였습니다.
{F["f1"]}
{F["f5"]}

아래 게시물은 검토 결과 사이트 규정 및 관련 법령 위반이 확인되지 않아 그대로 유지됩니다.
{F["f3"]}

나머지 게시물은 확인 후 다시 연락드리겠습니다.
""")

case(name="fm-receipt-plus-result", outcome="applied", classification="confirmation",
     **{"from": "report@fmkorea.com"}, name_from="에펨코리아 신고센터",
     date="Sat, 07 Sep 2024 08:51:16 +0900",
     subject="[에펨코리아] 신고 접수 및 처리 안내",
     imitates="ticket-style receipt that already carries the outcome (접수번호 + 검토 결과 삭제)",
     why="an acknowledgement phrase, then an unhedged 'we deleted the posts below' for two URLs (removed)",
     items={F["f2"]: "removed", F["f4"]: "removed"},
     body=f"""
[에펨코리아] 신고 접수 및 처리 안내

접수번호: FM-2409-03318
요청번호: KCSC-240906-05

신고가 정상적으로 접수되었습니다.
검토 결과 아래 게시물을 삭제하였음을 알려드립니다.

{F["f2"]}
{F["f4"]}

이용해 주셔서 감사합니다.
""")

case(name="fm-text-table-pipes", outcome="applied", classification="confirmation",
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
     date="Wed, 11 Sep 2024 16:40:21 +0900",
     subject="RE: 게시물 조치 결과 회신 (KCSC-240906-05)",
     imitates="plain-text result table with pipe separators, as pasted from a spreadsheet",
     why="table rows: 삭제 x2 (removed), adult-verification only (restricted), normal post no action (rejected), 게시물 없음 (not_found)",
     items={F["f1"]: "removed", F["f2"]: "removed", F["f3"]: "restricted", F["f4"]: "rejected", F["f5"]: "not_found"},
     body=f"""
담당자님 안녕하세요. 조치 결과 아래 표로 정리해 드립니다.

요청번호       | 게시물 주소                                                        | 처리 결과
---------------+--------------------------------------------------------------------+---------------------------
KCSC-240906-05 | {F["f1"]}                                 | 삭제
KCSC-240906-05 | {F["f2"]}                                 | 삭제
KCSC-240906-05 | {F["f3"]}                                 | 성인인증 후 열람으로 제한
KCSC-240906-05 | {F["f4"]} | 정상 게시물 (조치 안 함)
KCSC-240906-05 | {F["f5"]}                                 | 게시물 없음

에펨코리아 운영팀
""")

case(name="clien-sole-item-no-url", outcome="applied", classification="confirmation",
     **{"from": "cs@clien.net"}, name_from="클리앙",
     date="Mon, 09 Sep 2024 15:02:48 +0900",
     subject="Re: [KCSC-240909-06] 게시물 삭제 요청",
     reply_to_req="req-240909-06",
     imitates="short operator reply in the request's thread, naming no URL",
     why="one-item request; 'the reported 모두의공원 post was deleted' states that item (removed)",
     items={C["park"]: "removed"},
     body="""
안녕하세요, 클리앙 운영팀입니다.

요청하신 모두의공원 게시물은 확인 후 삭제 처리하였습니다.

감사합니다.
클리앙 운영팀 드림
""")

case(name="ppomppu-blind-and-delete", outcome="applied", classification="confirmation",
     **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 운영진",
     date="Wed, 11 Sep 2024 10:22:35 +0900",
     subject="[뽐뿌] 요청하신 게시물 처리 결과 (KCSC-240910-07)",
     imitates="community operator numbered reply (블라인드 / 삭제)",
     why="one blinded, one deleted (both removed)",
     items={P["p1"]: "removed", P["p2"]: "removed"},
     body=f"""
안녕하세요. 뽐뿌 운영진입니다.

1) {P["p1"]} - 블라인드 처리
2) {P["p2"]} - 삭제 처리

두 게시물 모두 자유게시판 이용규칙 위반으로 조치하였습니다.
""")

case(name="ppomppu-gmail-top-post", outcome="applied", classification="confirmation",
     **{"from": "mod.sunwoo@ppomppu.co.kr"}, name_from="뽐뿌 운영자 선우",
     date="Tue, 10 Sep 2024 18:47:02 +0900",
     subject="Re: [KCSC-240910-07] 게시물 삭제 요청",
     reply_to_req="req-240910-07",
     imitates="moderator replying from a Gmail-style client on top of the quoted request",
     why="first post deleted (removed); second does not exist (not_found); quoted request below is ours",
     items={P["p1"]: "removed", P["p2"]: "not_found"},
     body=f"""
{P["p1"]} 삭제 완료했습니다.
{P["p2"]} 는 존재하지 않는 게시물로 확인됩니다.

뽐뿌 운영자 드림

2024년 9월 10일 (화) 오후 2:03, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
{quote_lines(our_request("KCSC-240910-07", list(P.values()), "9월 17일"))}
""")

case(name="naver-en-wrapped-url-in-brackets", outcome="applied", classification="confirmation",
     **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
     date="Tue, 10 Sep 2024 08:15:27 +0900",
     subject="Re: Removal request KCSC-240902-01 (NAVER Post)",
     reply_to_req="req-240902-01",
     imitates="English reply whose long URL a mail client wrapped inside angle brackets (RFC 3986 appendix C)",
     why="the NAVER Post URL, wrapped inside <...>, has been removed",
     items={N["post"]: "removed"},
     body="""
Dear KCSC team,

The following NAVER Post has been removed for violating our policies:
<https://post.naver.com/viewer/postView.naver?volumeNo=38811234&
memberNo=5512093>

Best regards,
NAVER Trust & Safety
""")

case(name="naver-en-removed-and-hedged", outcome="applied", classification="confirmation",
     **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
     date="Wed, 11 Sep 2024 13:02:56 +0900",
     subject="Re: Removal request KCSC-240902-01",
     reply_to_req="req-240902-01",
     imitates="English reply mixing a firm result with a hedged guess and a promise",
     why="one blog post removed; the other only 'appears to have been taken down', to be confirmed (pending)",
     items={N["gray"]: "removed", N["moon2"]: "pending"},
     body=f"""
Hello,

{N["gray"]} has been removed for violating the NAVER Blog operating policy.

As for {N["moon2"]}, it appears to have already been taken down,
but we will confirm this with the Blog team and get back to you.

Thanks,
NAVER Trust & Safety
""")

case(name="naver-statement-of-reasons-tv", outcome="applied", classification="confirmation",
     **{"from": "dsa-notice@navercorp.com"}, name_from="NAVER Notice",
     date="Thu, 12 Sep 2024 07:00:14 +0900",
     subject="Statement of reasons - content restriction (KCSC-240902-01)",
     imitates="DSA-style statement of reasons (decision, ground, facts, automated means, redress)",
     why="access to the TV clip disabled for users in Korea only (restricted)",
     items={N["tv"]: "restricted"},
     body=f"""
STATEMENT OF REASONS

Content: {N["tv"]}
Decision: Access to the content has been disabled for users in the Republic of Korea.
Territorial scope: Republic of Korea
Ground: Illegal content under Korean law (notice KCSC-240902-01)
Facts and circumstances: Notice submitted by a public authority.
Automated means used: No
Redress: The uploader may appeal through https://help.naver.com/appeal .

This notice was generated by NAVER's notice-and-action system.
""")

# ======================= review =======================

case(name="naver-ko-promise-will-delete", outcome="review", review="not_understood",
     **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
     date="Tue, 03 Sep 2024 17:40:02 +0900",
     subject="Re: [KCSC-240902-01] 불법정보 시정요구",
     reply_to_req="req-240902-01",
     imitates="portal reply promising action after internal review (예정입니다)",
     why="'will be deleted after review' is a promise, not a result: items stay pending",
     items={N["moon1"]: "pending", N["moon2"]: "pending"},
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 블로그 게시물 {N["moon1"]} 외 1건
({N["moon2"]})은
내부 검토를 거쳐 삭제 조치될 예정입니다.

조치가 완료되면 다시 안내드리겠습니다.
""")

case(name="dc-en-under-review-escalated", outcome="review", review="not_understood",
     **{"from": "help@dcinside.com"}, name_from="DC Inside 고객센터",
     date="Wed, 04 Sep 2024 09:12:40 +0900",
     subject="Re: [KCSC-240903-02] 게시물 삭제 요청",
     reply_to_req="req-240903-02",
     imitates="help-desk status update: under review, escalated to the gallery manager",
     why="'under review' and 'will decide' state nothing yet",
     items={D["paper"]: "pending"},
     body=f"""
Hello,

The posts you reported under KCSC-240903-02 are currently under review by our
moderation team. The mini-gallery post {D["paper"]}
has been escalated to the gallery's manager, who will decide within three
business days.

We will let you know the outcome.
DC Inside 고객센터
""")

case(name="dc-ko-seems-deleted-hedge", outcome="review", review="not_understood",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     date="Thu, 05 Sep 2024 16:58:19 +0900",
     subject="Re: [KCSC-240903-02] 게시물 삭제 요청",
     reply_to_req="req-240903-02",
     imitates="operator note that hedges ('삭제된 것으로 보이나 확인 중')",
     why="'appears deleted, still checking with the gallery staff' is a hedge: pending",
     items={D["paper"]: "pending"},
     body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

확인 결과 {D["paper"]} 게시물은 삭제된 것으로 보이나,
정확한 처리 여부는 미니 갤러리 운영진에게 확인 중입니다.
확인되는 대로 다시 회신드리겠습니다.
""")

case(name="fm-bulk-all-five-deleted", outcome="review", review="bulk",
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
     date="Mon, 09 Sep 2024 09:03:27 +0900",
     subject="Re: [KCSC-240906-05] 불법정보 게시물 삭제 요청",
     reply_to_req="req-240906-05",
     imitates="short operator reply stating a result for 'all reported posts' without naming them",
     why="one statement covering the five-item request without naming each: bulk",
     items={F["f1"]: "pending", F["f2"]: "pending", F["f3"]: "pending", F["f4"]: "pending", F["f5"]: "pending"},
     body="""
안녕하세요. 에펨코리아 운영팀입니다.

신고하신 게시물 5건 모두 삭제 조치하였습니다.

감사합니다.
""")

case(name="naver-en-bulk-all-content", outcome="review", review="bulk",
     **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
     date="Fri, 13 Sep 2024 10:10:10 +0900",
     subject="Re: Removal request KCSC-240902-01",
     reply_to_req="req-240902-01",
     imitates="global team one-line closure for a whole request",
     why="'all the content listed in your request has been removed' for a twelve-item request: bulk",
     items={u: "pending" for u in N.values()},
     body="""
Dear KCSC team,

All the content listed in your request KCSC-240902-01 has been removed.
This case is now closed on our side.

Regards,
NAVER Trust & Safety
""")

case(name="naver-dmarc-fail-relay", outcome="review", review="untrusted",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀", auth="fail",
     date="Fri, 06 Sep 2024 12:20:31 +0900",
     subject="[KCSC-240902-01] 처리 결과",
     imitates="platform-looking result mail that fails DKIM/SPF/DMARC (relayed through a ticket vendor)",
     why="From a NAVER domain but authentication fails: untrusted, nothing applied",
     items={N["moon1"]: "pending", N["gray"]: "pending"},
     body=f"""
안녕하세요. NAVER 정책지원팀입니다.

{N["moon1"]} : 삭제
{N["gray"]} : 삭제

감사합니다.
""")

case(name="dc-gallery-manager-gmail", outcome="review", review="unknown_sender",
     **{"from": "nightowl.manager@gmail.com"}, name_from="nightowls 갤러리 매니저",
     date="Thu, 05 Sep 2024 23:14:05 +0900",
     subject="마이너 갤러리 게시물 관련 (KCSC-240903-02)",
     imitates="a minor-gallery volunteer manager writing from a personal webmail address",
     why="states deletions but the sender is no platform's domain: unknown_sender",
     items={D["owl1"]: "pending", D["owl2"]: "pending"},
     body=f"""
안녕하세요 nightowls 마이너 갤러리 매니저입니다.
운영팀에서 전달받은 요청 보고 아래 두 글 제가 삭제했습니다.

{D["owl1"]}
{D["owl2"]}

문제 있으면 연락 주세요.
""")

case(name="fm-about-ppomppu-original", outcome="review", review="wrong_platform",
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
     date="Thu, 12 Sep 2024 11:35:49 +0900",
     subject="게시물 원문 관련 안내",
     imitates="community operator remarking on the original post on another site",
     why="FM Korea states the status of a Ppomppu item: wrong_platform, nothing applied",
     items={P["p1"]: "pending"},
     body=f"""
안녕하세요, 에펨코리아 운영팀입니다.

문의하신 뽐뿌 게시물 {P["p1"]} 은
저희 사이트에 퍼온 글의 원문인데, 원문도 뽐뿌에서 삭제되었습니다.
저희 쪽에 퍼온 글도 함께 정리하였습니다.
""")

case(name="soop-asks-resolution-copy", outcome="review", review="asks_more", classification="request_for_info",
     **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
     date="Fri, 06 Sep 2024 15:27:41 +0900",
     subject="[SOOP] KCSC-240905-04 추가 자료 요청 / Additional information needed",
     reply_to_req="req-240905-04",
     imitates="platform asking for the resolution document and timestamps before acting",
     why="asks for documents before deciding; nothing stated about the VOD",
     items={S["vod"]: "pending"},
     body=f"""
안녕하세요, SOOP Trust & Safety입니다.

{S["vod"]} 에 대한 조치를 검토하기 위해
아래 자료를 보내주시기 바랍니다.

1. 심의 의결서 사본
2. 문제가 되는 구간의 타임스탬프 (예: 01:12:30 ~ 01:15:00)

To process this request we need a copy of the resolution and the timestamps
of the segment concerned. Thank you.
""")

case(name="naver-transparency-newsletter", outcome="review", review="no_claims",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
     date="Fri, 13 Sep 2024 09:00:00 +0900",
     subject="[NAVER] 2024년 상반기 투명성 보고서 발간 안내",
     imitates="portal notice to public bodies announcing its transparency report",
     why="trusted NAVER mail naming no item and no request: no_claims",
     items={},
     body="""
안녕하세요. NAVER 정책지원팀입니다.

2024년 상반기 투명성 보고서가 발간되어 안내드립니다.
이번 보고서에는 기관 요청에 따른 게시물 조치 건수와 처리 기간 통계가 포함되어 있습니다.

보고서 보기: https://policy.naver.com/transparency/2024h1

앞으로도 관계 기관과의 협력에 최선을 다하겠습니다.
""")

case(name="clien-forwarded-moderator-note", outcome="review", review="forwarded",
     **{"from": "cs@clien.net"}, name_from="클리앙",
     date="Tue, 10 Sep 2024 10:48:13 +0900",
     subject="Fwd: 모두의공원 게시물 처리",
     imitates="help desk forwarding a board moderator's internal note instead of answering itself",
     why="the only statement is inside a forwarded message; the sender only passes it on",
     items={C["park"]: "pending"},
     body=f"""
안녕하세요, 클리앙입니다. 게시판 운영자 회신을 아래와 같이 전달드립니다.

---------- Forwarded message ---------
From: 모두의공원 운영자 <park-mod@clien.net>
Date: 2024년 9월 9일 (월) 오후 9:31
Subject: 모두의공원 게시물 처리
To: <cs@clien.net>

{C["park"]} 글 삭제 완료했습니다.
""")

case(name="daum-table-vs-text-conflict", outcome="review", review="conflicting_statements",
     **{"from": "cs-right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     date="Tue, 10 Sep 2024 14:06:58 +0900",
     subject="[카카오] 권리침해신고 처리 결과 안내 (KCSC-240904-03)",
     imitates="template result notice whose table and free-text note disagree",
     why="the list says 삭제 and the note below says the same post is kept after review",
     items={K["bh1"]: "pending"},
     body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

[처리 결과]
■ {K["bh1"]} : 삭제

[담당자 의견]
{K["bh1"]} 게시물은 검토 결과 불법정보에 해당하지 않는다고 판단되어
유지하기로 결정하였습니다.
""")

# ======================= ignored =======================

case(name="naver-en-out-of-office", outcome="ignored", classification="auto_reply",
     **{"from": "jiwoo.han@navercorp.com"}, name_from="Jiwoo Han",
     date="Mon, 02 Sep 2024 10:14:31 +0900",
     subject="Automatic reply: [KCSC-240902-01] 불법정보 시정요구",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     reply_to_req="req-240902-01",
     imitates="Outlook out-of-office automatic reply",
     why="auto-reply: ignored",
     items={},
     body="""
I am out of the office until 16 September with limited access to email.
For urgent takedown matters, please contact policy@navercorp.com.

9월 16일까지 부재중입니다. 긴급한 건은 policy@navercorp.com 으로 연락 주세요.
""")

case(name="fm-ko-vacation-autoreply", outcome="ignored", classification="auto_reply",
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
     date="Fri, 06 Sep 2024 10:00:05 +0900",
     subject="[자동회신] Re: [KCSC-240906-05] 불법정보 게시물 삭제 요청",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     imitates="Korean 부재중 자동회신 (holiday)",
     why="auto-reply: ignored",
     items={},
     body="""
[자동회신] 안녕하세요. 에펨코리아 운영팀은 9월 7일(토)~9월 8일(일) 휴무입니다.
보내주신 메일은 9월 9일(월)부터 순차적으로 확인 후 답변드리겠습니다.
""")

_orig = our_request("KCSC-240903-02", list(D.values()), "9월 10일")
case(name="dsn-bounce-dcinside-request", outcome="ignored", classification="bounce",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
     date="Tue, 03 Sep 2024 09:41:12 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     imitates="Postfix DSN returning our request (multipart/report with the original message)",
     why="delivery failure report carrying our own request: ignored",
     items={},
     raw_mime=multipart("report", "BNC.1725324072/mx.kcsc.example", [
         plain_part("""
This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.kr>: host mx.dcinside.kr[203.0.113.45] said: 550 5.1.1
    <report@dcinside.kr>: Recipient address rejected: User unknown
"""),
         "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; mx.kcsc.example\nArrival-Date: Tue,  3 Sep 2024 09:40:58 +0900\n\n"
         "Final-Recipient: rfc822; report@dcinside.kr\nAction: failed\nStatus: 5.1.1\n"
         "Diagnostic-Code: smtp; 550 5.1.1 <report@dcinside.kr>: Recipient address rejected: User unknown\n",
         "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
         "From: KCSC 불법정보 대응팀 <takedown@kcsc.example>\nTo: report@dcinside.kr\n"
         "Subject: [KCSC-240903-02] 게시물 삭제 요청\nMessage-ID: <req-240903-02@kcsc.example>\n"
         "Date: Tue, 03 Sep 2024 09:40:00 +0900\nContent-Type: text/plain; charset=utf-8\n"
         "Content-Transfer-Encoding: 8bit\n\n" + _orig + "\n",
     ], extra="; report-type=delivery-status"))

case(name="daum-mdn-read-receipt", outcome="ignored", classification="read_receipt",
     **{"from": "jiho.kang@kakaocorp.com"}, name_from="강지호",
     date="Wed, 04 Sep 2024 13:02:44 +0900",
     subject="읽음: [KCSC-240904-03] 게시물 삭제 요청의 건",
     imitates="Outlook read receipt (MDN) in Korean",
     why="read receipt: ignored",
     items={},
     raw_mime=multipart("report", "----=_MDN_0904_1302", [
         plain_part("""
메시지가 읽혔습니다.

받는 사람: jiho.kang@kakaocorp.com
제목: [KCSC-240904-03] 게시물 삭제 요청의 건
보낸 날짜: 2024-09-04 오전 11:05

읽은 날짜: 2024-09-04 오후 1:02
"""),
         "Content-Type: message/disposition-notification\n\n"
         "Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0\n"
         "Final-Recipient: rfc822;jiho.kang@kakaocorp.com\n"
         "Original-Message-ID: <req-240904-03@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed\n",
     ], extra="; report-type=disposition-notification"))

case(name="soop-ticket-receipt", outcome="ignored", classification="acknowledgement",
     **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
     date="Thu, 05 Sep 2024 14:31:20 +0900",
     subject="[SOOP 고객센터] 문의 접수 완료 안내 (#2409-118264)",
     extra_headers=["Auto-Submitted: auto-generated"],
     imitates="help-desk ticket receipt (문의 접수 완료, ticket number)",
     why="pure acknowledgement with a ticket number: ignored",
     items={},
     body="""
안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: #2409-118264

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 1~3일 정도 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""")

case(name="nate-helpdesk-receipt-en-ko", outcome="ignored", classification="acknowledgement",
     **{"from": "help@nate.com"}, name_from="Nate 고객센터",
     date="Wed, 11 Sep 2024 09:15:00 +0900",
     subject="[Nate] Your inquiry has been received / 문의가 접수되었습니다",
     imitates="bilingual help-desk auto receipt from a portal we have no open request with",
     why="pure acknowledgement: ignored",
     items={},
     body="""
Your inquiry has been received (Ticket NT-20240911-00731).
문의가 접수되었습니다. (접수번호 NT-20240911-00731)

We will reply as soon as possible. / 빠른 시일 내에 답변드리겠습니다.

Nate 고객센터
""")

case(name="ppomppu-receipt-with-ref", outcome="ignored", classification="acknowledgement",
     **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 운영진",
     date="Tue, 10 Sep 2024 14:20:11 +0900",
     subject="Re: [KCSC-240910-07] 게시물 삭제 요청 - 접수 안내",
     reply_to_req="req-240910-07",
     imitates="operator receipt in the request's thread ('접수되었습니다, 확인 후 회신')",
     why="receipt only: names no item, states nothing; ignored as an acknowledgement",
     items={},
     body="""
안녕하세요, 뽐뿌 운영진입니다.

보내주신 요청이 접수되었습니다. (접수번호 PP-0910-2214)
담당자 확인 후 회신드리겠습니다.
""")

HEADER = """# Blind set 597: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, FM Korea, Clien, Ppomppu, Nate), Korean and English mixed.
# Written by tests/corpus/blind597/make.py; expected results come from each
# email's meaning alone, written before any run of the reader.
"""


def encode_headers(c):
    # Real mail carries non-ASCII display names and subjects as RFC 2047
    # encoded words; the Korean ones here are B-encoded UTF-8.
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8", header_name=key.replace("name_from", "From").capitalize()).encode(linesep="\n")


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
