#!/usr/bin/env python3
"""Blind set 377 (Korean portals and Korean-language replies).

    python3 tests/corpus/blind377/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email was written from scratch in the manner of Korean platform replies
(NAVER, Kakao/Daum/Tistory/Brunch, YouTube Korea, DC Inside, BAND); all
names, ids and URLs are fictional. Expected results were written from each
email's meaning before the reader was run on it.
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
N = {
    1: "https://blog.naver.com/moonlit_kettle/223511002341",
    2: "https://blog.naver.com/moonlit_kettle/223511004478",
    3: "https://blog.naver.com/grayfinch_77/223498120056",
    4: "https://cafe.naver.com/greenharborstock/88231",
    5: "https://cafe.naver.com/greenharborstock/88240",
    6: "https://cafe.naver.com/greenharborstock/88302",
    7: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=471120333",
    8: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=471120987",
    9: "https://tv.naver.com/v/51230077",
    10: "https://post.naver.com/viewer/postView.naver?volumeNo=38112020&memberNo=55120934",
    11: "https://m.blog.naver.com/quietwillow_/223520771190",
    12: "https://blog.naver.com/tidepool_kr/223530118842",
    13: "https://cafe.naver.com/ArticleRead.nhn?clubid=31188420&articleid=5521",
    14: "https://blog.naver.com/tidepool_kr/223530119903",
}
NS = "https://blog.naver.com/pale_orchard/223540918812"
K3_RAW = "https://sunnyfold.tistory.com/entry/가짜-투자-리딩방-후기"
K3_ENC = "https://sunnyfold.tistory.com/entry/" + quote("가짜-투자-리딩방-후기")
K = {
    1: "https://cafe.daum.net/silverpine/Kq2L/1187",
    2: "https://cafe.daum.net/silverpine/Kq2L/1203",
    3: K3_ENC,
    4: "https://brunch.co.kr/@paperlantern/57",
    5: "https://pf.kakao.com/_xkQmWb/105453210",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm7rT2kZp4A",
    2: "https://www.youtube.com/watch?v=h9XcLw0eVbN",
    3: "https://www.youtube.com/shorts/Zp3nK8vRt1c",
    4: "https://www.youtube.com/@nightmarket_tv7",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9921044",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinfree&no=330517",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinfree&no=330602",
}
DS = "https://gall.dcinside.com/mgallery/board/view/?id=jusik_talk&no=77120"
B = {
    1: "https://band.us/band/81234567/post/4412",
    2: "https://band.us/band/81234567/post/4419",
}

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T16:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [N[i] for i in range(1, 15)], "illegal_finance", "req-240903-01",
     "유사수신·불법 리딩방 홍보 (블로그, 카페, 지식iN, TV, 포스트)"),
    ("KCSC-240905-02", "kakao", "2024-09-05T10:30:00+09:00", "2024-09-12T23:59:59+09:00",
     [K[i] for i in range(1, 6)], "illegal_finance", "req-240905-02",
     "Daum 카페, 티스토리, 브런치, 카카오톡 채널"),
    ("KCSC-240906-03", "youtube", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [Y[i] for i in range(1, 5)], "gambling", "req-240906-03",
     "불법 도박 사이트 홍보 영상 및 채널"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [D[i] for i in range(1, 4)], "defamation", "req-240909-04",
     "주식·코인 갤러리 게시물"),
    ("KCSC-240910-05", "band", "2024-09-10T09:30:00+09:00", "2024-09-17T23:59:59+09:00",
     [B[1], B[2]], "illegal_finance", "req-240910-05",
     "BAND 리딩방 모집 게시글"),
    ("KCSC-240911-06", "naver", "2024-09-11T15:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [NS], "privacy", "req-240911-06",
     "개인정보 노출 블로그 글"),
    ("KCSC-240912-07", "dcinside", "2024-09-12T10:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [DS], "defamation", "req-240912-07",
     "주식 잡담 갤러리 게시물"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def h(s):
    return s.replace("&", "&amp;")


REQ1_LIST = "\n".join(f"{i}. {N[i]}" for i in range(1, 15))
REQ1_BODY = (
    "안녕하세요. 방송통신심의위원회 불법정보대응팀입니다.\n"
    "아래 게시물은 불법 금융투자(유사수신) 정보로 심의·의결되어\n"
    "정보통신망법 제44조의7에 따라 시정요구(KCSC-240903-01)를 송부합니다.\n"
    "2024. 9. 10.까지 조치 결과를 회신하여 주시기 바랍니다.\n\n"
    + REQ1_LIST + "\n"
)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-gongmun-text-table",
    date="Thu, 05 Sep 2024 17:40:12 +0900",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 통보",
    reply_to_req="req-240903-01",
    body=f"""
수신: 방송통신심의위원회 불법정보대응팀
참조: 담당 주무관
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 송부하신 시정요구(KCSC-240903-01)와 관련하여
   요청 목록 중 아래 6건의 조치를 마쳤기에 그 결과를 다음과 같이 회신합니다.

  가. 조치결과

  연번 | 대상 URL                                            | 조치내용
  -----+-----------------------------------------------------+------------------------------
   1   | {N[1]}  | 삭제
   2   | {N[2]}  | 삭제
   3   | {N[3]}    | 블라인드(게시중단)
   4   | {N[4]}       | 임시조치(30일 접근 차단)
   5   | {N[5]}       | 게시물 없음(작성자 자진 삭제)
   6   | {N[6]}       | 삭제

  나. 나머지 8건은 서비스별 확인 절차를 진행하고 있으며, 완료되는 대로
      별도로 회신드리겠습니다.

3. 기타 문의사항은 아래 담당자에게 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
담당 한서윤 매니저 (policy@navercorp.com)
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style reply to a KCSC 시정요구 with a 조치결과 text table",
    why="trusted NAVER table: 삭제/블라인드 removed, 임시조치 restricted, 작성자 자진 삭제 not_found; the other 8 promised later",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted",
           N[5]: "not_found", N[6]: "removed"},
)

rows = [
    (1, "블로그", "삭제"), (2, "블로그", "삭제"), (3, "블로그", "게시중단"),
    (4, "카페", "임시조치"), (5, "카페", "게시물 없음"), (6, "카페", "삭제"),
    (7, "지식iN", "삭제"), (8, "지식iN", "기삭제(작성자 삭제)"),
    (9, "네이버TV", "연령 제한(19세 이상 시청)"), (10, "포스트", "비공개 처리"),
    (11, "블로그", "조치 불가 - 운영원칙 위반 사항 없음"), (12, "블로그", "임시조치"),
    (13, "카페", "삭제"), (14, "블로그", "유효하지 않은 URL"),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td>{svc}</td><td><a href=\"{h(N[i])}\">{h(N[i])}</a></td><td>{res}</td></tr>"
    for i, svc, res in rows
)
html2 = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구 <b>KCSC-240903-01</b> 대상 게시물 14건에 대한 최종 조치결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>연번</th><th>서비스</th><th>URL</th><th>조치결과</th></tr>
{trs}
</table>
<p>※ 조치 불가 건은 게시물 내용상 불법 금융투자 정보로 보기 어렵다고 판단하였습니다.</p>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>"""
case(
    name="naver-html-table-final-base64",
    date="Thu, 12 Sep 2024 10:05:44 +0900",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="시정요구 조치결과 통보 (KCSC-240903-01) - 최종",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(html2),
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 HTML table as Korean portals send it (base64 HTML body)",
    why="14-row table, one status per row: 삭제/게시중단/비공개 removed, 임시조치/연령 제한 restricted, 게시물 없음/기삭제/유효하지 않은 URL not_found, 조치 불가 rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted",
           N[5]: "not_found", N[6]: "removed", N[7]: "removed", N[8]: "not_found",
           N[9]: "restricted", N[10]: "removed", N[11]: "rejected", N[12]: "restricted",
           N[13]: "removed", N[14]: "not_found"},
)

csv3 = "\ufeff번호,URL,조치결과,조치일\n" + "\n".join(
    f"{n},\"{N[i]}\",{res},2024-09-06" for n, (i, res) in enumerate([
        (7, "삭제"), (8, "삭제"), (9, "연령제한(19세 이상)"), (10, "게시중단"),
        (11, "해당 게시물 없음"), (12, "임시조치"), (13, "삭제"),
        (14, "조치 불가(운영정책 위반 아님)")], 1)) + "\n"
case(
    name="naver-csv-attachment",
    date="Fri, 06 Sep 2024 18:12:03 +0900",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="RE: [KCSC-240903-01] 시정요구 안내 - 잔여 8건 조치결과",
    reply_to_req="req-240903-01",
    raw_mime="""Content-Type: multipart/mixed; boundary="nv-b377-csv"

--nv-b377-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

시정요구 KCSC-240903-01 중 지난 회신에서 빠진 8건의 조치 내역을
첨부 파일(CSV)로 송부드립니다. 확인 부탁드립니다.

감사합니다.

--nv-b377-csv
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

""" + b64(csv3) + "\n--nv-b377-csv--\n",
    outcome="applied", classification="confirmation",
    imitates="portal reply carrying its 조치결과 as a CSV attachment (UTF-8 with BOM)",
    why="CSV rows give one status each for items 7-14",
    items={N[7]: "removed", N[8]: "removed", N[9]: "restricted", N[10]: "removed",
           N[11]: "not_found", N[12]: "restricted", N[13]: "removed", N[14]: "rejected"},
)

case(
    name="naver-blog-single-blind",
    date="Thu, 12 Sep 2024 15:31:09 +0900",
    from_="blog_help@naver.com", name_from="네이버 블로그 고객센터",
    subject="[네이버 블로그] 요청하신 게시물의 처리 결과를 알려드립니다",
    body=f"""
안녕하세요. 네이버 블로그 고객센터입니다.

방송통신심의위원회에서 요청하신 아래 게시물은 개인정보 노출 게시물로 확인되어
블라인드(게시중단) 처리하였음을 알려드립니다.

- 게시물 주소 : {NS}
- 처리 일시 : 2024.09.12 15:20
- 처리 내용 : 블라인드(게시중단)

게시자가 이의를 제기하는 경우 관련 절차에 따라 다시 안내드리겠습니다.
네이버 블로그를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 게시중단(블라인드) 처리 결과 notice",
    why="블라인드(게시중단) of the one named post: removed; the appeal sentence is conditional and says nothing new",
    items={NS: "removed"},
)

case(
    name="naver-single-no-url",
    date="Fri, 13 Sep 2024 09:47:30 +0900",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="RE: [KCSC-240911-06] 개인정보 노출 게시물 시정요구",
    reply_to_req="req-240911-06",
    body="""
안녕하세요, 주무관님.

요청하신 게시물 1건에 대하여 금일(9/13) 오전 삭제 조치를 완료하였습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply in the request's thread, no URL",
    why="a one-item request, in-thread with its reference: an unhedged 삭제 완료 applies to its only item",
    items={NS: "removed"},
)

case(
    name="naver-kin-informal-top-posted",
    date="Wed, 04 Sep 2024 11:20:51 +0900",
    from_="dohyun.kim@navercorp.com", name_from="김도현",
    subject="Re: [KCSC-240903-01] 시정요구 안내",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요 주무관님,
네이버 지식iN 운영 담당 김도현입니다.

보내주신 목록 중 지식iN이랑 네이버TV 건만 먼저 말씀드릴게요.

{N[8]} 이 질문은 오늘 오전에 삭제했습니다.
네이버TV {N[9]} 은 확인해 보니 채널 운영자가 이미 영상을 내려서 지금은 존재하지 않는 영상으로 나옵니다.

나머지 블로그·카페 건은 각 서비스 담당자가 따로 회신드릴 거예요.

김도현 드림

2024. 9. 3. 오후 4:00, KCSC 불법정보대응팀 <takedown@kcsc.example> 작성:
{quoted(REQ1_BODY)}
""",
    outcome="applied", classification="confirmation",
    imitates="informal operator reply top-posted over the quoted request (Korean webmail quoting)",
    why="two statements by URL (삭제 -> removed; 이미 내려 존재하지 않음 -> not_found); the quoted list changes nothing",
    items={N[8]: "removed", N[9]: "not_found"},
)

case(
    name="kakao-temporary-measure-notice",
    date="Fri, 06 Sep 2024 14:02:37 +0900",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    subject="[Daum 카페] 요청하신 게시물의 임시조치 결과 안내 (KCSC-240905-02)",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대해 정보통신망법 제44조의2에 따라
아래와 같이 임시조치(30일간 접근 차단)하였습니다.

■ 대상 게시물
 ① {K[1]}
 ② {K[2]}

■ 조치 내용 : 임시조치 (2024.09.06 ~ 2024.10.05)

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 기간 만료 후 삭제됩니다.
요청하신 나머지 게시물은 서비스별로 확인 후 따로 안내드리겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 30일 임시조치 notice",
    why="임시조치 (30-day access block) of the two cafe posts: restricted; the later deletion is conditional",
    items={K[1]: "restricted", K[2]: "restricted"},
)

html8 = f"""<html><body>
<div style="font-family:Dotum,sans-serif;font-size:12px">
<p>안녕하세요, 카카오 운영정책팀입니다.</p>
<p>시정요구(KCSC-240905-02) 중 티스토리·브런치·카카오톡 채널 게시물의 처리 결과입니다.</p>
<ul>
<li><a href="{K3_ENC}">{K3_RAW}</a> &ndash; 삭제 (티스토리 운영정책 위반)</li>
<li><a href="{K[4]}">{K[4]}</a> &ndash; 삭제</li>
<li><a href="{K[5]}">{K[5]}</a> &ndash; 비공개 처리</li>
</ul>
<p>감사합니다.<br>카카오 운영정책팀</p>
</div></body></html>"""
case(
    name="kakao-html-list-qp",
    date="Mon, 09 Sep 2024 16:44:02 +0900",
    from_="policy-ops@kakaocorp.com", name_from="카카오 운영정책팀",
    subject="[카카오] 시정요구 처리 결과 회신 (KCSC-240905-02)",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(html8),
    outcome="applied", classification="confirmation",
    imitates="Kakao HTML result list (quoted-printable), link text with a raw Korean path",
    why="three list items, each URL with 삭제 or 비공개 처리: removed",
    items={K[3]: "removed", K[4]: "removed", K[5]: "removed"},
)

case(
    name="kakao-tistory-raw-korean-url",
    date="Mon, 09 Sep 2024 10:15:26 +0900",
    from_="tistory_cs@kakaocorp.com", name_from="티스토리 운영팀",
    subject="Re: [KCSC-240905-02] 불법정보 시정요구",
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

문의주신 게시글 <{K3_RAW}>은 확인 결과
블로그 운영자가 9월 5일에 스스로 삭제하여 현재 존재하지 않는 글입니다.

함께 요청하신 브런치 글（{K[4]}）은
작가 계정 이용정지와 함께 글을 삭제하였습니다.

티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory/Brunch operator reply with a raw Korean URL in angle brackets and full-width parentheses",
    why="Tistory post deleted by its author before review: not_found; Brunch post deleted: removed",
    items={K[3]: "not_found", K[4]: "removed"},
)

case(
    name="youtube-legal-kr-bilingual",
    date="Tue, 10 Sep 2024 19:03:55 +0900",
    from_="legal-kr@google.com", name_from="YouTube 법무팀",
    subject="[Ref: KCSC-240906-03] 게시 중단 요청에 대한 YouTube 답변 / YouTube response",
    body=f"""
안녕하세요.

보내주신 요청을 검토한 결과 다음과 같이 조치하였습니다.

- {Y[1]} : YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y[2]} : 대한민국 법률에 따라 한국에서 볼 수 없도록 차단되었습니다.
- {Y[3]} : YouTube 정책이나 현지 법률 위반 사항을 확인하지 못해 조치하지 않았습니다.

---

Hello,

We have reviewed your request and taken the following action:

- {Y[1]} : removed for violating YouTube's Community Guidelines.
- {Y[2]} : blocked from view in South Korea under local law.
- {Y[3]} : no action taken; we did not find a violation of our policies or local law.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome, Korean and English versions of the same statements",
    why="removed, restricted in Korea, and a reasoned refusal (rejected); both language versions agree",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="youtube-channel-terminated-age-restricted",
    date="Wed, 11 Sep 2024 08:26:14 +0900",
    from_="legal-kr@google.com", name_from="YouTube Legal Support",
    subject="Re: KCSC-240906-03",
    body=f"""
Hi,

Following up on your report KCSC-240906-03:

The channel {Y[4]} has been terminated for repeated
violations of our spam, deceptive practices and scams policy.

The Short {Y[3]} has been age-restricted.

You can read more about these policies at
https://support.google.com/youtube/answer/2801973 and
https://support.google.com/youtube/answer/2802167 .

Best,
Minji
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety follow-up (channel terminated, Short age-restricted) with help-centre links",
    why="channel terminated: removed; age-restricted: restricted; support.google.com links are policy pages",
    items={Y[4]: "removed", Y[3]: "restricted"},
)

case(
    name="youtube-url-below-statement",
    date="Mon, 09 Sep 2024 13:38:40 +0900",
    from_="legal-kr@google.com", name_from="YouTube 법무팀",
    subject="RE: [KCSC-240906-03] 불법 도박 홍보 영상 시정요구",
    reply_to_req="req-240906-03",
    body=f"""
안녕하세요. YouTube 법무팀입니다.

요청 건 중 아래 동영상은 한국 내 접근을 제한했습니다.
{Y[2]}

아래 동영상은 확인 당시 업로더가 이미 삭제하여 YouTube에 더 이상 존재하지 않습니다.
{Y[1]}

나머지 항목은 검토가 끝나는 대로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal reply, each statement followed by its URL on the next line",
    why="statement line then URL: Korea-only restriction -> restricted; deleted by uploader -> not_found; the rest promised",
    items={Y[2]: "restricted", Y[1]: "not_found"},
)

case(
    name="dc-operator-informal",
    date="Tue, 10 Sep 2024 17:55:08 +0900",
    from_="cs@dcinside.com", name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240909-04] 게시물 삭제 요청",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
보내주신 3건 확인했습니다.

주식 갤러리 9921044번 글({D[1]})은 삭제 처리했고 작성자 IP도 차단했습니다.

코인 마이너 갤러리 330517번 글은 저희가 확인하기 전에 작성자가 먼저 지운 상태였습니다.
{D[2]}

같은 갤러리 330602번 글도 삭제했습니다.
{D[3]}

추가로 필요하신 내용 있으면 회신 주세요.
운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's informal reply (URL in parentheses, URLs on the line after their sentence)",
    why="deleted -> removed (x2); already deleted by its author -> not_found",
    items={D[1]: "removed", D[2]: "not_found", D[3]: "removed"},
)

case(
    name="dc-numbered-list-arrows",
    date="Wed, 11 Sep 2024 11:02:19 +0900",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    subject="[디시인사이드] 삭제 요청 처리 결과 (KCSC-240909-04)",
    body=f"""
방송통신심의위원회 담당자님 안녕하세요.
요청하신 게시물의 처리 결과를 알려드립니다.

1. {D[1]}
   → 삭제 완료
2. {D[2]}
   → 삭제 완료
3. {D[3]}
   → 유지 (욕설·허위사실 등 운영원칙 위반 내용이 확인되지 않음)

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 result list, URL then status on the line below",
    why="two 삭제 완료 -> removed; 유지 with its reason -> rejected",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected"},
)

case(
    name="dc-single-item-no-url",
    date="Fri, 13 Sep 2024 15:16:44 +0900",
    from_="cs@dcinside.com", name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240912-07] 불법정보 삭제 요청",
    reply_to_req="req-240912-07",
    body="""
요청 주신 글 삭제했습니다.
다른 건 있으시면 언제든 메일 주세요.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="one-line operator reply in the request thread",
    why="one-item request, thread and reference: 삭제했습니다 applies to its only item",
    items={DS: "removed"},
)

case(
    name="band-cs-reply",
    date="Thu, 12 Sep 2024 14:27:33 +0900",
    from_="help@band.us", name_from="BAND 고객센터",
    subject="[BAND] 게시글 신고 처리 결과 안내 (KCSC-240910-05)",
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 게시글을 확인한 결과를 안내드립니다.

{B[1]} 게시글은 밴드 운영정책(불법 금융 정보 게시 금지) 위반으로 삭제했습니다.
{B[2]} 게시글은 밴드 리더가 이미 삭제하여 존재하지 않는 게시글입니다.

BAND를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report outcome",
    why="삭제 -> removed; already deleted, no longer exists -> not_found",
    items={B[1]: "removed", B[2]: "not_found"},
)

case(
    name="band-angle-brackets-particles",
    date="Fri, 13 Sep 2024 10:41:05 +0900",
    from_="policy@band.us", name_from="BAND 운영정책팀",
    subject="Re: [KCSC-240910-05] 시정요구",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요, BAND 운영정책팀입니다.

<{B[1]}>의 게시글은 비공개 처리되었으며,
<{B[2]}>는 검토 결과 밴드 운영정책에 위반되는 내용이 확인되지 않아 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND policy-team reply, URLs in angle brackets followed by Korean particles",
    why="비공개 처리 -> removed; kept up because it breaks no rule -> rejected",
    items={B[1]: "removed", B[2]: "rejected"},
)

case(
    name="naver-gmail-style-quote",
    date="Wed, 04 Sep 2024 18:09:12 +0900",
    from_="post_ops@navercorp.com", name_from="네이버 포스트 운영",
    subject="Re: [KCSC-240903-01] 시정요구 안내",
    reply_to_req="req-240903-01",
    body=f"""
담당자님 안녕하세요.

네이버 포스트 {N[10]} 는 게시중단 처리되었습니다.
모바일 블로그 주소로 주신 {N[11]} 는 존재하지 않는 게시물입니다(작성자 삭제).

감사합니다.

2024년 9월 3일 (화) 오후 4:00, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{quoted(REQ1_BODY)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') over the quoted request",
    why="게시중단 -> removed; 존재하지 않는 게시물(작성자 삭제) -> not_found; quoted list ignored",
    items={N[10]: "removed", N[11]: "not_found"},
)

case(
    name="naver-outlook-original-message",
    date="Thu, 05 Sep 2024 09:12:48 +0900",
    from_="cafe_ops@navercorp.com", name_from="네이버 카페 운영",
    subject="RE: [KCSC-240903-01] 시정요구 안내",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 카페·블로그 운영 담당입니다.

{N[12]} 건은 임시조치(30일) 하였고,
카페 게시글 {N[13]} 은
카페 매니저에게 요청하여 삭제되었습니다.

수고하세요.

-----Original Message-----
From: "KCSC 불법정보대응팀"<takedown@kcsc.example>
To: <policy@navercorp.com>;
Sent: 2024-09-03 (화) 16:00:00 (GMT+09:00)
Subject: [KCSC-240903-01] 시정요구 안내

{REQ1_BODY}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Works/Outlook reply over '-----Original Message-----' with the unquoted request below",
    why="임시조치 -> restricted; deleted at the platform's request -> removed; the request text below the separator changes nothing",
    items={N[12]: "restricted", N[13]: "removed"},
)

case(
    name="kakao-base64-body",
    date="Wed, 11 Sep 2024 13:30:00 +0900",
    from_="cafe_ops@daum.net", name_from="Daum 카페 운영팀",
    subject="[Daum 카페] KCSC-240905-02 관련 게시물 처리 결과",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""안녕하세요. Daum 카페 운영팀입니다.

임시조치 중이던 아래 게시물 2건을 다시 검토한 결과, 카페 운영원칙 및
관련 법령 위반으로 판단되어 영구 삭제하였습니다.

- {K[1]}
- {K[2]}

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations notice in a base64 text body",
    why="영구 삭제 of both listed posts: removed",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="youtube-outcome-blocks",
    date="Thu, 12 Sep 2024 21:48:31 +0900",
    from_="legal-kr@google.com", name_from="Google Legal Support",
    subject="Outcome of your legal request [KCSC-240906-03]",
    body=f"""
Hello,

Here is the outcome of our review of the content you reported.

Content: {Y[2]}
Action: Blocked in South Korea (KR)
Grounds: Local law (illegal gambling promotion)

Content: {Y[4]}
Action: No action taken
Reason: After review, we did not find that this channel violates our
policies or Korean law.

If you disagree with this decision, you may submit a new request with
additional information.

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal request outcome in Content/Action/Reason blocks",
    why="Blocked in KR -> restricted; no action with a reason -> rejected",
    items={Y[2]: "restricted", Y[4]: "rejected"},
)

case(
    name="naver-kin-echoed-report",
    date="Thu, 05 Sep 2024 20:03:27 +0900",
    from_="kin_help@naver.com", name_from="네이버 지식iN 고객센터",
    subject="[네이버 지식iN] 신고하신 게시물 처리 결과 안내",
    body=f"""
안녕하세요. 네이버 지식iN 고객센터입니다.
신고하신 게시물의 처리 결과를 알려드립니다.

[신고 내역 1]
신고 번호 : 2409-KIN-004417
신고 대상 : {N[7]}
신고 사유 : 불법 금융(유사수신) 정보
처리 결과 : 삭제 완료 (2024.09.05)

[신고 내역 2]
신고 번호 : 2409-KIN-004418
신고 대상 : {N[8]}
신고 사유 : 불법 금융(유사수신) 정보
처리 결과 : 게시물 없음 - 질문자가 이미 삭제함

깨끗한 지식iN을 위해 신고해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN report outcome echoing the report fields",
    why="echoed report blocks with 처리 결과: 삭제 완료 -> removed; already deleted by the asker -> not_found",
    items={N[7]: "removed", N[8]: "not_found"},
)

case(
    name="naver-with-policy-links",
    date="Sat, 07 Sep 2024 10:22:16 +0900",
    from_="blog_help@naver.com", name_from="네이버 블로그 고객센터",
    subject="[네이버 블로그] 게시중단 요청 처리 결과 (KCSC-240903-01)",
    body=f"""
안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 블로그 게시물 {N[14]} 은
네이버 블로그 운영정책의 불법 정보 게시 금지 조항에 따라 게시중단하였습니다.
또한 {N[3]} 은 비공개 처리되었습니다.

블로그 운영정책은 https://help.naver.com/service/5593/contents/19012?lang=ko 에서,
게시자의 재게시 요청 절차는 https://inoti.naver.com/inoti/main.nhn 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 게시중단 notice with links to its policy and 재게시 요청 pages",
    why="게시중단 and 비공개 처리 -> removed; help/inoti links are platform pages, not items",
    items={N[14]: "removed", N[3]: "removed"},
)

case(
    name="kakao-csv-attachment",
    date="Thu, 12 Sep 2024 17:20:45 +0900",
    from_="policy-ops@kakaocorp.com", name_from="카카오 운영정책팀",
    subject="[카카오] 시정요구 KCSC-240905-02 처리 결과 (첨부)",
    raw_mime="""Content-Type: multipart/mixed; boundary="kk-b377-att"

--kk-b377-att
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 운영정책팀입니다.
요청 목록 5건에 대한 처리 결과를 첨부 파일과 같이 회신드립니다.

--kk-b377-att
Content-Type: text/csv; charset=utf-8; name="kakao_KCSC-240905-02.csv"
Content-Disposition: attachment; filename="kakao_KCSC-240905-02.csv"
Content-Transfer-Encoding: base64

""" + b64("서비스,URL,처리결과,비고\n"
          f"Daum 카페,{K[1]},임시조치,30일 접근 차단\n"
          f"Daum 카페,{K[2]},삭제,\n"
          f"티스토리,{K[3]},삭제,\n"
          f"브런치,{K[4]},조치 불가,운영정책 위반 사항 없음\n"
          f"카카오톡 채널,{K[5]},대상 없음,존재하지 않는 게시물\n") + "\n--kk-b377-att--\n",
    outcome="applied", classification="confirmation",
    imitates="Kakao result sheet as a CSV attachment (percent-encoded Tistory URL)",
    why="one status per row: 임시조치 restricted, 삭제 removed x2, 조치 불가 with reason rejected, 대상 없음 not_found",
    items={K[1]: "restricted", K[2]: "removed", K[3]: "removed", K[4]: "rejected", K[5]: "not_found"},
)

case(
    name="naver-receipt-plus-result",
    date="Wed, 04 Sep 2024 14:55:19 +0900",
    from_="help@naver.com", name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다",
    body=f"""
안녕하세요. 네이버 고객센터입니다.
문의가 정상적으로 접수되었습니다. (접수번호 20240904-00311)

검토 결과 아래 게시물 2건은 삭제 조치되었습니다.
- {N[2]}
- {N[6]}

그 밖의 게시물은 담당 부서에서 확인 후 회신드릴 예정입니다.
네이버를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer opening with a receipt line, then results",
    why="the receipt line comes with unhedged 삭제 statements for two named posts: not a pure acknowledgement",
    items={N[2]: "removed", N[6]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-sequential",
    date="Wed, 04 Sep 2024 10:33:02 +0900",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="RE: [KCSC-240903-01] 시정요구 안내",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중
{N[1]}
{N[2]}
두 건은 내부 검토를 마치는 대로 순차적으로 게시중단될 예정입니다.
처리 완료 시 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal 'will be processed in turn' interim reply",
    why="예정입니다 is a promise, not a statement: items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="kakao-hedge-and-under-review",
    date="Tue, 10 Sep 2024 11:48:20 +0900",
    from_="tistory_cs@kakaocorp.com", name_from="티스토리 운영팀",
    subject="Re: [KCSC-240905-02] 불법정보 시정요구",
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

{K3_RAW} 글은 이미 삭제된 것으로 보이며,
정확한 삭제 시점은 확인 중입니다.
브런치 {K[4]} 글은 현재 검토 중입니다.

확인되는 대로 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="operator interim reply with a hedge (~것으로 보이며) and 'under review'",
    why="'appears to have been deleted' is a hedge and 'under review' is no outcome: both pending",
    items={K[3]: "pending", K[4]: "pending"},
)

case(
    name="naver-bulk-all-fourteen",
    date="Tue, 10 Sep 2024 16:30:55 +0900",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="RE: [KCSC-240903-01] 시정요구 안내 - 조치 완료",
    reply_to_req="req-240903-01",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

시정요구 KCSC-240903-01로 요청하신 게시물 전체(14건)에 대해
게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal 'all N items actioned' summary reply",
    why="one statement for a 14-item request without naming each: bulk, nothing applied",
    items={},
)

case(
    name="dc-bulk-three-posts",
    date="Tue, 10 Sep 2024 09:05:11 +0900",
    from_="cs@dcinside.com", name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240909-04] 게시물 삭제 요청",
    reply_to_req="req-240909-04",
    body="""
말씀하신 글 3개 전부 삭제했습니다.
수고하세요.

디시인사이드 운영팀
""",
    outcome="review", review="bulk",
    imitates="terse DC Inside operator reply 'deleted all of them'",
    why="'all three deleted' for a 3-item request, none named: bulk",
    items={},
)

case(
    name="naver-auth-fail",
    date="Thu, 05 Sep 2024 08:14:33 +0900",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀", auth="fail",
    subject="RE: [KCSC-240903-01] 시정요구 조치결과",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{N[1]} 게시물은 삭제 조치되었습니다.
{N[4]} 게시물은 블라인드 처리되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-style result that fails DKIM/SPF/DMARC",
    why="navercorp.com sender failing authentication: nothing applied",
    items={N[1]: "pending", N[4]: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    date="Mon, 09 Sep 2024 15:40:09 +0900",
    from_="sjkim@hanbitlaw.example", name_from="법무법인 한빛 김소정 변호사",
    subject="KCSC-240905-02 관련 게시자 측 의견 및 삭제 사실 통지",
    body=f"""
방송통신심의위원회 귀중

당 법무법인은 Daum 카페 게시물 게시자를 대리하여 다음과 같이 알려드립니다.

1. 시정요구 KCSC-240905-02 대상 게시물 중
   {K[1]}
   은 게시자가 2024. 9. 8. 자진 삭제하였습니다.
2. 나머지 게시물에 대해서는 별도로 의견을 제출하겠습니다.

법무법인 한빛 담당변호사 김소정
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of a poster",
    why="not the platform: a third party's statement never changes an item",
    items={K[1]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    date="Tue, 10 Sep 2024 23:12:40 +0900",
    from_="coinfree.manager@gmail.com", name_from="코인갤 매니저",
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청",
    body=f"""
안녕하세요 코인 마이너 갤러리 매니저입니다.
운영팀에서 전달받아서 연락드려요.

{D[2]} 이 글 제가 지웠습니다.
{D[3]} 도 지웠고요.
""",
    outcome="review", review="unknown_sender",
    imitates="minor-gallery manager answering from a personal webmail account",
    why="a gallery volunteer on gmail.com is not DC Inside's sender domain: unknown_sender, items pending",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="naver-speaks-for-band",
    date="Thu, 12 Sep 2024 11:36:57 +0900",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="[회신] BAND 게시글 시정요구 (KCSC-240910-05)",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

BAND 서비스 담당 부서를 통해 확인한 결과,
{B[1]} 게시글은 삭제되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER group policy team answering for a sister service (BAND)",
    why="NAVER's domain stating a status for a BAND item: wrong_platform under this config (BAND senders = band.us)",
    items={B[1]: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="[안내] 시정요구 회신 담당 창구 변경",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 9월 23일부터 시정요구 관련 회신 창구가 아래와 같이 변경됩니다.

- 변경 전 : policy@navercorp.com
- 변경 후 : kcsc-desk@navercorp.com

기존 주소로 보내주신 메일도 당분간 함께 확인하겠습니다.
앞으로도 많은 협조 부탁드립니다.
""",
    outcome="review", review="no_claims",
    imitates="portal notice of a changed contact address",
    why="trusted NAVER mail naming no item and no request: no_claims",
    items={},
)

case(
    name="kakao-asks-more-documents",
    date="Mon, 09 Sep 2024 17:05:31 +0900",
    from_="policy-ops@kakaocorp.com", name_from="카카오 운영정책팀",
    subject="[카카오] KCSC-240905-02 관련 추가 자료 요청",
    body=f"""
안녕하세요. 카카오 운영정책팀입니다.

요청하신 게시물 중 카카오톡 채널 게시물
{K[5]}
건은 채널 운영자가 금융투자업 등록 사업자라고 소명하고 있습니다.

해당 정보가 불법 금융투자 정보에 해당한다는 근거(심의 의결서 사본 등)를
추가로 보내주시면 검토 후 조치하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao request for supporting documents (심의 의결서) before acting",
    why="the platform asks for more before deciding: asks_more, item pending",
    items={K[5]: "pending"},
)

case(
    name="dc-conditional-deletion",
    date="Fri, 13 Sep 2024 18:25:02 +0900",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    subject="[디시인사이드] 삭제 요청 처리 안내 (KCSC-240912-07)",
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

요청하신 게시물
{DS}
에 대해 작성자에게 소명을 요청하였습니다.
7일 이내에 소명이 없으면 해당 게시물은 삭제됩니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside notice of a pending author appeal window",
    why="deletion only on a condition in the future: not a statement, item pending",
    items={DS: "pending"},
)

case(
    name="youtube-other-video",
    date="Wed, 11 Sep 2024 16:50:22 +0900",
    from_="legal-kr@google.com", name_from="YouTube Legal Support",
    subject="Re: [KCSC-240906-03] legal request",
    reply_to_req="req-240906-03",
    body="""
Hello,

Regarding your request KCSC-240906-03:
https://www.youtube.com/watch?v=Tn5wB1cYq0E has been removed for violating
our Community Guidelines.

Regards,
YouTube Legal Support
""",
    outcome="review", review="unmatched_claims",
    imitates="YouTube outcome that names a video other than the requested ones",
    why="the only statement is about a video not in the request: nothing to apply, a person must look",
    items={},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office",
    date="Mon, 09 Sep 2024 09:00:03 +0900",
    from_="seoyun.han@navercorp.com", name_from="한서윤",
    subject="[부재중] Re: [KCSC-240903-01] 시정요구 안내",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 한서윤입니다.
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 건은 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시면
다른 담당자가 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="an out-of-office auto-reply: nothing about items",
    items={},
)

dsn_orig = f"""Date: Thu, 05 Sep 2024 10:30:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: right-kr@kakaocorp.com
Subject: [KCSC-240905-02] 불법정보 시정요구
Message-ID: <req-240905-02@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청합니다.
1. {K[1]}
2. {K[2]}
3. {K3_RAW}
4. {K[4]}
5. {K[5]}
"""
case(
    name="kakao-dsn-user-unknown",
    date="Thu, 05 Sep 2024 10:30:09 +0900",
    from_="MAILER-DAEMON@kakaocorp.com", name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b377"

--dsn-b377
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-kr@kakaocorp.com>: host mx2.kakaocorp.com said: 550 5.1.1
    <right-kr@kakaocorp.com>: Recipient address rejected: User unknown

--dsn-b377
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu, 05 Sep 2024 10:30:05 +0900

Final-Recipient: rfc822; right-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b377
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

""" + dsn_orig + "\n--dsn-b377--\n",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (5.1.1 user unknown) returning our request with its URL list",
    why="a bounce: the URLs are in our own returned request",
    items={},
)

case(
    name="youtube-mdn-read",
    date="Mon, 09 Sep 2024 10:02:44 +0900",
    from_="jiwoo.park@google.com", name_from="Jiwoo Park",
    subject="읽음: [KCSC-240906-03] 불법 도박 홍보 영상 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b377"

--mdn-b377
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-06 오전 11:00에 takedown@kcsc.example 에게 보낸 메시지
"[KCSC-240906-03] 불법 도박 홍보 영상 시정요구"를
2024-09-09 오전 10:02에 수신자가 읽었습니다.

--mdn-b377
Content-Type: message/disposition-notification

Reporting-UA: jiwoo.park@google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; jiwoo.park@google.com
Original-Message-ID: <req-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b377--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, Korean UI)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="dc-ticket-receipt",
    date="Mon, 09 Sep 2024 14:00:41 +0900",
    from_="noreply@dcinside.com", name_from="디시인사이드 고객센터",
    subject="[디시인사이드] 문의가 접수되었습니다 (KCSC-240909-04)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 디시인사이드 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
- 접수번호 : DC-20240909-0172
- 접수일시 : 2024-09-09 14:00

영업일 기준 3일 이내에 담당자가 확인 후 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket receipt",
    why="a pure receipt with a ticket number: nothing about items",
    items={},
)

case(
    name="naver-receipt-echo-urls",
    date="Tue, 03 Sep 2024 16:05:12 +0900",
    from_="inoti@naver.com", name_from="네이버 게시중단요청서비스",
    subject="[네이버] 게시중단 요청이 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

아래와 같이 게시중단 요청이 접수되었습니다.

접수번호 : PS-2409-0331870
요청자 : 방송통신심의위원회
접수 URL :
  {N[1]}
  {N[2]}
  {N[3]}
진행 상태 : 접수 완료 (검토 대기)

검토가 완료되면 결과를 메일로 안내해 드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 receipt echoing the received URLs",
    why="a receipt that only echoes what was received ('검토 대기'): nothing stated about any item",
    items={},
)

case(
    name="youtube-ooo-english",
    date="Fri, 06 Sep 2024 11:00:31 +0900",
    from_="hyein.lee@google.com", name_from="Hyein Lee",
    subject="Automatic reply: [KCSC-240906-03] 불법 도박 홍보 영상 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday, 16 September,
with limited access to email. For urgent legal requests from Korean
authorities please contact legal-kr@google.com.

Hyein Lee
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office in English",
    why="an out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 377: Korean portals and Korean-language replies (NAVER, Kakao/Daum,
# YouTube Korea, DC Inside, BAND). Written by python3 tests/corpus/blind377/make.py.
# Expected results written from each email's meaning before the reader was run.
"""


def enc(text):
    """RFC 2047 B-encoding of a non-ASCII header value, as Korean mailers send it."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode(maxlinelen=900)


# Cases whose Subject stays raw UTF-8 (as SMTPUTF8 webmail sends it).
RAW_SUBJECT = {"naver-kin-informal-top-posted", "dc-operator-informal", "dc-gallery-manager-gmail",
               "naver-out-of-office", "band-angle-brackets-particles"}


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        c["name_from"] = enc(c["name_from"])
        if c["name"] not in RAW_SUBJECT:
            c["subject"] = enc(c["subject"])
        cases.append(c)
    corpuslib.write_set(HERE, "blind377", HEADER, cases)


if __name__ == "__main__":
    main()
