#!/usr/bin/env python3
"""Blind set 81 (issue 11): Korean portals (NAVER, Kakao/Daum, DC Inside,
SOOP, Nate) plus one YouTube request, general mix of formal 시정요구
조치결과 replies, 임시조치 notices, informal operator replies, doubtful
and ignorable mail. Expected results written from each email's meaning
before anything ran. Deterministic: python3 tests/corpus/blind81/make.py
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

N = ["https://blog.naver.com/moonlit_fox77/223561204411", "https://blog.naver.com/moonlit_fox77/223561209875",
     "https://blog.naver.com/gray_parcel/223559870012", "https://blog.naver.com/gray_parcel/223560011347",
     "https://cafe.naver.com/jjinfoshare/88123", "https://cafe.naver.com/jjinfoshare/88157",
     "https://cafe.naver.com/jjinfoshare/88190", "https://cafe.naver.com/lowpricebuy/40211",
     "https://blog.naver.com/seoul_nightowl/223562001188", "https://blog.naver.com/seoul_nightowl/223562004410",
     "https://cafe.naver.com/lowpricebuy/40260",
     "https://post.naver.com/viewer/postView.naver?volumeNo=38211470&memberNo=51234987",
     "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8&docId=471230915",
     "https://cafe.naver.com/%EB%B0%A4%EB%B0%94%EB%8B%A4%EC%B9%B4%ED%8E%98/3102"]
N14_RAW = "https://cafe.naver.com/밤바다카페/3102"
K = ["https://cafe.daum.net/bluemarket22/Qx7a/1204", "https://cafe.daum.net/bluemarket22/Qx7a/1209",
     "https://pinecone88.tistory.com/142", "https://blog.daum.net/pinecone_88/2711",
     "https://cafe.daum.net/nightowlclub/9Rkd/588"]
D = ["https://gall.dcinside.com/board/view/?id=fakestock&no=5821034",
     "https://gall.dcinside.com/board/view/?id=fakestock&no=5821101",
     "https://gall.dcinside.com/mgallery/board/view/?id=ghostcoin&no=77213",
     "https://gall.dcinside.com/mgallery/board/view/?id=ghostcoin&no=77240"]
S = ["https://vod.sooplive.co.kr/player/131552807", "https://vod.sooplive.co.kr/player/131560114",
     "https://bj.afreecatv.com/nightcrow92/post/98211734"]
P = ["https://pann.nate.com/talk/372814455", "https://pann.nate.com/talk/372815902"]
Y = ["https://www.youtube.com/watch?v=Qm3vTz8LpK0"]

REQ_N, REQ_K, REQ_D, REQ_S, REQ_P, REQ_Y = ("req-240910-01", "req-240911-01", "req-240912-01",
                                            "req-240913-01", "req-240916-01", "req-240917-01")


def quoted_req(ref, urls, date="2024. 9. 10. 오전 10:00"):
    lines = [f"{date}, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:",
             f"> [{ref}] 불법·유해정보 시정요구",
             "> 아래 정보에 대하여 삭제 또는 접속차단 조치를 요구합니다.", ">"]
    lines += [f"> {i}. {u}" for i, u in enumerate(urls, 1)]
    lines += [">", "> 조치 결과를 회신하여 주시기 바랍니다. (삭제 완료 시 '삭제 완료' 기재)"]
    return "\n".join(lines)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- NAVER
case(name="naver-kcsc-result-html-table", imitates="Korean portal 시정요구 조치결과 회신 공문 with a 연번/URL/조치결과 HTML table",
     **{"from": "policy@navercorp.com"}, date="Thu, 12 Sep 2024 16:20:11 +0900", reply_to_req=REQ_N,
     subject="Re: [KCSC-240910-01] 시정요구 조치결과 회신", type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240910-01)에 대한 네이버(주)의 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일시</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>삭제</td><td>2024-09-12 15:02</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>삭제</td><td>2024-09-12 15:02</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>게시중단</td><td>2024-09-12 15:10</td></tr>
<tr><td>4</td><td>{N[3]}</td><td>게시중단</td><td>2024-09-12 15:10</td></tr>
</table>
<p>나머지 게시물은 확인 후 별도로 회신드리겠습니다.</p>
<p>네이버(주) 정책지원팀 드림<br>문의: <a href="https://help.naver.com/service/5614/contents/19011">https://help.naver.com/service/5614/contents/19011</a></p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "removed"},
     why="HTML table with 삭제/게시중단 per row; remaining items promised later stay pending; help link is not an item")

case(name="naver-imsi-jochi-notice", imitates="NAVER 임시조치(게시중단) 안내 notice under Article 44-2 of the Network Act",
     **{"from": "noreply-report@naver.com"}, name_from="NAVER 고객센터", date="Wed, 11 Sep 2024 09:41:00 +0900",
     reply_to_req=REQ_N, subject="[NAVER] 게시중단(임시조치) 처리 안내",
     body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
30일간 임시조치(게시중단)하였음을 알려드립니다.

- 대상 게시물: {N[4]}
- 처리일시: 2024.09.11 09:30
- 처리내용: 임시조치 (30일)

게시자가 재게시를 요청하지 않는 경우 기간 경과 후 삭제될 수 있습니다.
권리보호센터 안내: https://right.naver.com/notice

본 메일은 발신전용입니다.
ⓒ NAVER Corp.""",
     outcome="applied", classification="confirmation", items={N[4]: "restricted"},
     why="임시조치 is the Article 44-2 temporary measure: restricted per issue 11; 'may be deleted later' is about the future, not today's status")

case(name="naver-bullets-three-statuses", imitates="NAVER policy-team informal reply with per-item bullets (삭제 / 작성자 삭제 / 위반 아님)",
     **{"from": "policy@navercorp.com"}, date="Thu, 12 Sep 2024 11:05:37 +0900", reply_to_req=REQ_N,
     subject="Re: [KCSC-240910-01] 불법·유해정보 시정요구",
     body=f"""담당자님 안녕하세요. 네이버 정책지원팀 김하린입니다.
요청 주신 카페 게시물 검토 결과 공유드립니다.

• {N[5]} : 운영원칙 위반 확인되어 삭제 처리했습니다.
• {N[6]} : 작성자가 직접 삭제한 게시물로, 현재 존재하지 않습니다.
• {N[7]} : 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
김하린 드림

{quoted_req("KCSC-240910-01", N[4:8])}""",
     outcome="applied", classification="confirmation",
     items={N[5]: "removed", N[6]: "not_found", N[7]: "rejected"},
     why="three statuses on bullets; author-deleted = not_found; quoted request with 삭제 완료 wording does not count")

case(name="naver-statement-above-url", imitates="NAVER blog 블라인드 처리 안내 (statement line, then bare URL lines)",
     **{"from": "blog_help@naver.com"}, name_from="네이버 블로그", date="Fri, 13 Sep 2024 14:12:09 +0900",
     reply_to_req=REQ_N, subject="[네이버 블로그] 신고 게시물 처리 결과",
     body=f"""안녕하세요. 네이버 블로그 운영팀입니다.

아래 게시물은 블로그 운영정책 위반으로 블라인드 처리되었습니다.
{N[8]}
{N[9]}

블로그 운영정책: https://blog.naver.com/blogpeople/223000000001
이의제기: https://help.naver.com/alias/blog/objection.naver

감사합니다.""",
     outcome="applied", classification="confirmation", items={N[8]: "removed", N[9]: "removed"},
     why="statement on the line above two bare URLs; 블라인드 = removal form per issue 11; policy/appeal links are not items")

case(name="naver-under-internal-review", imitates="Korean portal interim reply '내부 검토 중, 결과 추후 안내'",
     **{"from": "policy@navercorp.com"}, date="Fri, 13 Sep 2024 18:30:00 +0900", reply_to_req=REQ_N,
     subject="Re: [KCSC-240910-01] 시정요구 관련",
     body=f"""담당자님, 안녕하세요.

{N[9]}
{N[10]}
위 두 게시물은 법률 검토가 필요하여 현재 내부 검토 중입니다. 검토가 끝나는 대로 결과를 안내드리겠습니다.

네이버 정책지원팀""",
     outcome="review", review="not_understood", items={},
     why="under review, results promised later: names items, states no outcome; must not be ignored")

csv_body = "연번,URL,처리결과,비고\n" + "\n".join([
    f"1,{N[10]},삭제,카페 매니저 확인",
    f"2,{N[11]},접근제한,국내 IP 접속차단",
]) + "\n"
case(name="naver-csv-attachment", imitates="KCSC 조치결과 CSV 회신 (연번,URL,처리결과) attached to a short cover note",
     **{"from": "policy@navercorp.com"}, date="Sat, 14 Sep 2024 10:02:44 +0900", reply_to_req=REQ_N,
     subject="Re: [KCSC-240910-01] 조치결과 (첨부)",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv81csv"

--=_nv81csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

담당자님, 추가 조치결과를 첨부 파일로 회신드립니다.
네이버 정책지원팀

--=_nv81csv
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240910-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240910-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_body)}
--=_nv81csv--
""",
     outcome="applied", classification="confirmation", items={N[10]: "removed", N[11]: "restricted"},
     why="CSV attachment rows: 삭제 → removed, 접근제한 (domestic IP block) → restricted")

case(name="naver-top-posted-one-of-quoted", imitates="Gmail-style top-posted reply over our quoted request naming one item",
     **{"from": "policy@navercorp.com"}, date="Sat, 14 Sep 2024 15:20:00 +0900", reply_to_req=REQ_N,
     subject="Re: [KCSC-240910-01] 불법·유해정보 시정요구",
     body=f"""요청하신 건 중 지식iN 게시물({N[12]})은 삭제 조치 완료했습니다.
다른 게시물은 별도 메일로 회신드립니다.

{quoted_req("KCSC-240910-01", N)}""",
     outcome="applied", classification="confirmation", items={N[12]: "removed"},
     why="only the item named in the unquoted sentence; URL in parentheses followed by Korean; quoted list ignored")

case(name="naver-iri-raw-korean-cafe", imitates="NAVER cafe 게시중단 notice quoting the cafe URL with a Korean cafe name",
     **{"from": "cafe_help@naver.com"}, name_from="네이버 카페", date="Sun, 15 Sep 2024 10:10:10 +0900",
     reply_to_req=REQ_N, subject="[네이버 카페] 게시중단 처리 결과 안내",
     body=f"""안녕하세요, 네이버 카페입니다.

{N14_RAW}에 게시된 글은 카페 이용약관 제10조에 따라 게시중단 및 삭제 처리되었습니다.

카페 운영정책 보기 > https://section.cafe.naver.com/ca-fe/policy
※ 본 메일은 발신 전용입니다.""",
     outcome="applied", classification="confirmation", items={N[13]: "removed"},
     why="raw Korean IRI followed by particle 에 must match the percent-encoded item")

case(name="naver-dmarc-fail-claims-removal", imitates="spoof of a NAVER 조치결과 reply failing DMARC",
     **{"from": "policy@navercorp.com"}, auth="fail", date="Sun, 15 Sep 2024 22:48:00 +0900", reply_to_req=REQ_N,
     subject="Re: [KCSC-240910-01] 조치결과",
     body=f"""담당자님, 요청하신 게시물 전부 삭제 완료했습니다.
{N[0]} 삭제 완료
{N[13]} 삭제 완료
네이버 정책지원팀""",
     outcome="review", review="untrusted", items={},
     why="DMARC fail: perfect confirmation must not apply, must go to review")

case(name="naver-asks-supporting-docs", imitates="NAVER 권리보호센터 request for 소명자료 before acting",
     **{"from": "policy@navercorp.com"}, date="Mon, 16 Sep 2024 11:30:00 +0900", reply_to_req=REQ_N,
     subject="Re: [KCSC-240910-01] 추가 자료 요청",
     body=f"""담당자님 안녕하세요.

{N[13]} 게시물과 관련하여 불법성 판단을 위한 근거 자료(심의 의결서 사본 등)를 보내주시면 검토 후 조치하겠습니다.
자료는 본 메일에 회신으로 첨부해 주시기 바랍니다.

네이버 정책지원팀""",
     outcome="review", review="asks_more", classification="request_for_info", items={},
     why="asks for documents before action; no status")

case(name="naver-out-of-office", imitates="Outlook/Naver Works automatic out-of-office reply (부재중 자동응답)",
     **{"from": "harin.kim@navercorp.com"}, date="Tue, 10 Sep 2024 10:00:40 +0900", reply_to_req=REQ_N,
     subject="[자동응답] 부재중입니다: [KCSC-240910-01] 불법·유해정보 시정요구",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 김하린입니다.
9월 10일부터 9월 12일까지 휴가로 부재중입니다.
긴급한 시정요구 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.""",
     outcome="ignored", classification="auto_reply", items={},
     why="out-of-office auto reply")

case(name="naver-ticket-receipt", imitates="NAVER 고객센터 문의 접수 완료 안내 with 접수번호",
     **{"from": "noreply-report@naver.com"}, name_from="NAVER 고객센터", date="Tue, 10 Sep 2024 10:03:12 +0900",
     reply_to_req=REQ_N, subject="[NAVER 고객센터] 문의가 접수되었습니다 (접수번호 20240910-0047712)",
     body="""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 20240910-0047712
접수일시: 2024.09.10 10:03

답변은 순차적으로 메일로 안내드리며, 문의 내역은 고객센터 > 나의 문의내역에서 확인하실 수 있습니다.
https://help.naver.com/myInquiry

※ 본 메일은 발신 전용입니다.""",
     outcome="ignored", classification="acknowledgement", items={},
     why="pure ticket receipt, says nothing about items")

big_rows = [(N[0], "삭제"), (N[1], "삭제"), (N[2], "삭제"), (N[3], "삭제"), (N[4], "임시조치(30일)"),
            (N[5], "삭제"), (N[6], "게시물 없음(작성자 삭제)"), (N[7], "위반 사항 없음 - 게시 유지"),
            (N[8], "블라인드"), (N[9], "블라인드"), (N[10], "삭제"), (N[11], "국내 접속 차단"),
            (N[12], "삭제"), (N14_RAW, "게시중단")]
plain_list = "\n".join(f"{i}. {u}\n   → {r}" for i, (u, r) in enumerate(big_rows, 1))
case(name="naver-full-result-qp", imitates="NAVER consolidated 시정요구 조치결과 회신 (numbered list, status on the line below, quoted-printable)",
     **{"from": "policy@navercorp.com"}, date="Wed, 18 Sep 2024 17:45:00 +0900", reply_to_req=REQ_N,
     subject="Re: [KCSC-240910-01] 시정요구 조치결과 최종 회신",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp("방송통신심의위원회 귀중" + chr(10) + chr(10) + "시정요구(KCSC-240910-01) 14건에 대한 최종 조치결과를 아래와 같이 회신합니다." + chr(10) + chr(10) + plain_list + chr(10) + chr(10) + "네이버(주) 정책지원팀" + chr(10))}
""",
     outcome="applied", classification="confirmation",
     items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted",
            N[5]: "removed", N[6]: "not_found", N[7]: "rejected", N[8]: "removed", N[9]: "removed",
            N[10]: "removed", N[11]: "restricted", N[12]: "removed", N[13]: "removed"},
     why="largest request, numbered list with status on the line below each URL, QP-encoded, raw IRI in item 14")

case(name="naver-echoed-report", imitates="NAVER 신고 처리결과 notice: statement about '신고하신 게시물' followed by an echoed 신고 내용 block",
     **{"from": "noreply-report@naver.com"}, name_from="NAVER 고객센터", date="Thu, 12 Sep 2024 20:00:00 +0900",
     reply_to_req=REQ_N, subject="[NAVER] 신고하신 게시물 처리 결과 안내",
     body=f"""안녕하세요, 네이버 고객센터입니다.
신고하신 게시물은 검토 결과 운영정책 위반으로 확인되어 게시중단 조치되었습니다.

[신고 내용]
- 신고 대상: {N[5]}
- 신고 사유: 불법 도박 홍보
- 신고 일시: 2024.09.10 10:00

더 궁금하신 점은 고객센터(https://help.naver.com)로 문의해 주세요.""",
     outcome="applied", classification="confirmation", items={N[5]: "removed"},
     why="statement about the reported content followed by the echoed report listing the URL")

# ---------------------------------------------------------------- Kakao / Daum
case(name="daum-imsi-jochi-list", imitates="Daum 카페 권리침해 게시물 임시조치 안내",
     **{"from": "cafe-notice@daum.net"}, name_from="Daum 카페", date="Thu, 12 Sep 2024 10:30:00 +0900",
     reply_to_req=REQ_K, subject="[Daum 카페] 요청 게시물 임시조치 결과 안내",
     body=f"""안녕하세요. Daum 카페 운영팀입니다.

요청하신 아래 게시물에 대해 임시조치(게시중단)를 완료하였습니다.

1) {K[0]}
2) {K[1]}

임시조치 기간: 2024.09.12 ~ 2024.10.11 (30일)
게시자는 기간 내 재게시(복원)를 요청할 수 있습니다.

카카오 고객센터 https://cs.kakao.com/helps?service=39
(주)카카오 | 제주특별자치도 제주시 첨단로 242""",
     outcome="applied", classification="confirmation", items={K[0]: "restricted", K[1]: "restricted"},
     why="임시조치 completed for a numbered list → restricted; help link not an item")

case(name="kakao-english-prose", imitates="Kakao trust & safety English reply to a foreign-style report (deleted / could not be located)",
     **{"from": "safety@kakaocorp.com"}, name_from="Kakao Trust & Safety", date="Fri, 13 Sep 2024 15:44:00 +0900",
     reply_to_req=REQ_K, subject="RE: [KCSC-240911-01] Request for removal",
     body=f"""Dear KCSC team,

Thank you for your request. Following our review, the Tistory post at {K[2]} has been deleted for violating our Operating Policy.
We were unable to locate {K[3]}; the blog appears to have been closed together with the Daum Blog service and the post no longer exists.

You can read our policy at https://www.kakao.com/policy/oppolicy.

Best regards,
Kakao Trust & Safety
Ticket #KS-2024091300418""",
     outcome="applied", classification="confirmation", items={K[2]: "removed", K[3]: "not_found"},
     why="two prose sentences with two statuses; 'appears to have been closed' is a reason inside the not-found statement, the main clause 'unable to locate … no longer exists' is unhedged")

case(name="kakao-partly-done-comments", imitates="Daum cafe operator reply: only comments removed, post kept",
     **{"from": "cafe-notice@daum.net"}, name_from="Daum 카페", date="Fri, 13 Sep 2024 17:00:00 +0900",
     reply_to_req=REQ_K, subject="Re: [KCSC-240911-01] 시정요구",
     body=f"""안녕하세요, Daum 카페 운영팀입니다.

{K[4]} 게시물의 경우 문제가 된 댓글 3건은 삭제하였으나, 본문은 일부 수정 후 게시가 유지되고 있습니다.
본문 처리에 대해서는 카페 매니저와 협의 중입니다.

감사합니다.""",
     outcome="review", review="not_understood", items={},
     why="partly done (comments deleted, post kept, still negotiating): a clerk would hesitate; neither removed nor a clear rejection")

case(name="kakao-lookalike-domain", imitates="phishing-style look-alike of a Kakao reply from kakaocorp-support.com",
     **{"from": "report@kakaocorp-support.com"}, name_from="Kakao 고객센터", date="Sat, 14 Sep 2024 09:12:00 +0900",
     reply_to_req=REQ_K, subject="Re: [KCSC-240911-01] 조치 완료",
     body=f"""요청하신 게시물 삭제 완료되었습니다.
{K[4]} - 삭제
자세한 결과는 첨부 링크에서 확인하세요: http://kakaocorp-support.com/result?id=8812""",
     outcome="review", review="unknown_sender", items={},
     why="unknown look-alike domain naming our item: must be seen, not applied or ignored")

case(name="kakao-mdn-read-receipt", imitates="RFC 8098 read receipt (MDN) from a Kakao mail client",
     **{"from": "sujin.park@kakaocorp.com"}, date="Wed, 11 Sep 2024 11:20:00 +0900", reply_to_req=REQ_K,
     subject="읽음: [KCSC-240911-01] 불법·유해정보 시정요구",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn81"

--=_mdn81
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240911-01] 불법·유해정보 시정요구"을(를) 수신자가 2024-09-11 11:20에 읽었습니다.

--=_mdn81
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822;sujin.park@kakaocorp.com
Original-Message-ID: <req-240911-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn81--
""",
     outcome="ignored", classification="read_receipt", items={},
     why="MDN read receipt: ignored")

alt_plain = f"""안녕하세요, 카카오입니다.
요청하신 게시물 {K[0]} 은(는) 불법 의약품 판매글로 확인되어 영구 삭제되었습니다.
카카오 고객센터 드림"""
alt_html = f"""<html><body><p>안녕하세요, 카카오입니다.</p>
<p>요청하신 게시물 <a href="{K[0]}">{K[0]}</a> 은(는) 불법 의약품 판매글로 확인되어 <b>영구 삭제</b>되었습니다.</p>
<p>카카오 고객센터 드림</p></body></html>"""
case(name="kakao-alternative-base64", imitates="Kakao 고객센터 HTML notice sent as multipart/alternative, base64",
     **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터", date="Sun, 15 Sep 2024 13:00:00 +0900",
     reply_to_req=REQ_K, subject="[카카오] 신고 처리 결과 안내",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="=_kk81alt"

--=_kk81alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(alt_plain)}
--=_kk81alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(alt_html)}
--=_kk81alt--
""",
     outcome="applied", classification="confirmation", items={K[0]: "removed"},
     why="multipart/alternative base64 with URL followed by 은(는)")

case(name="kakao-restricted-and-rejected", imitates="Kakao English notice: access restricted in Korea / no violation found",
     **{"from": "safety@kakaocorp.com"}, name_from="Kakao Trust & Safety", date="Mon, 16 Sep 2024 10:20:00 +0900",
     reply_to_req=REQ_K, subject="RE: [KCSC-240911-01] Request for removal - outcome",
     body=f"""Dear KCSC team,

Outcome of our review:

{K[2]}
Access to this post has been restricted for users in Korea.

{K[4]}
After review we found no violation of our Operating Policy or of Korean law, so the post remains available and no action was taken.

If you disagree, please reply with the relevant decision of the Commission.
Kakao Trust & Safety""",
     outcome="applied", classification="confirmation", items={K[2]: "restricted", K[4]: "rejected"},
     why="status on the line(s) below each bare URL; the invitation to disagree does not hedge the rejection")

case(name="daum-url-with-particle-removed", imitates="Daum cafe 운영자 short informal reply",
     **{"from": "cafe-notice@daum.net"}, name_from="Daum 카페", date="Tue, 17 Sep 2024 09:05:00 +0900",
     reply_to_req=REQ_K, subject="Re: [KCSC-240911-01] 시정요구",
     body=f"""{K[1]}에 올라온 글 방금 삭제했습니다.
Daum 카페 운영팀 드림""",
     outcome="applied", classification="confirmation", items={K[1]: "removed"},
     why="one sentence notice, URL followed by particle 에")

# ---------------------------------------------------------------- DC Inside
case(name="dc-informal-operator", imitates="DC Inside gallery-operations informal reply (갤러리 운영팀)",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀", date="Thu, 12 Sep 2024 19:30:00 +0900",
     reply_to_req=REQ_D, subject="Re: [KCSC-240912-01] 명예훼손 게시물 시정요구",
     body=f"""안녕하세요 디시인사이드 운영팀입니다.
말씀하신 주식갤 글 두 개 삭제했습니다.

{D[0]}
{D[1]}

수고하세요.

{quoted_req("KCSC-240912-01", D, "2024. 9. 12. 오후 2:00")}""",
     outcome="applied", classification="confirmation", items={D[0]: "removed", D[1]: "removed"},
     why="informal statement above two bare URLs; the two ghostcoin items only in the quote stay pending")

case(name="dc-per-line-statuses", imitates="DC Inside per-line result list (URL - 처리결과)",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀", date="Fri, 13 Sep 2024 11:11:00 +0900",
     reply_to_req=REQ_D, subject="Re: [KCSC-240912-01] 처리결과",
     body=f"""처리결과 안내드립니다.

{D[2]} - 이미 삭제된 게시물입니다 (작성자 삭제)
{D[3]} - 게시중단 처리 완료

디시인사이드 운영팀 / 이용약관 https://www.dcinside.com/policy/terms""",
     outcome="applied", classification="confirmation", items={D[2]: "not_found", D[3]: "removed"},
     why="per-line statuses; already deleted by its author = not_found")

case(name="dc-future-tense", imitates="DC Inside reply promising deletion later today",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀", date="Fri, 13 Sep 2024 09:00:00 +0900",
     reply_to_req=REQ_D, subject="Re: [KCSC-240912-01] 시정요구",
     body=f"""확인했습니다. {D[2]} 글은 갤러리 매니저 확인 후 금일 중 삭제 예정입니다.
처리되면 다시 연락드리겠습니다.""",
     outcome="review", review="not_understood", items={},
     why="future tense (삭제 예정): nothing done yet; names an item so review, not ignored")

case(name="dc-bounce-reminder", imitates="Postfix DSN (multipart/report delivery-status) for our reminder to a dcinside address",
     **{"from": "MAILER-DAEMON@mx.dcinside.com"}, name_from="Mail Delivery System", auth="none",
     date="Mon, 16 Sep 2024 09:01:00 +0900", subject="Undelivered Mail Returned to Sender",
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn81"

--=_dsn81
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@dcinside.com>: host mx.dcinside.com said: 550 5.1.1 User unknown

--=_dsn81
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dcinside.com
Final-Recipient: rfc822; report-old@dcinside.com
Action: failed
Status: 5.1.1

--=_dsn81
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report-old@dcinside.com
Subject: [KCSC-240912-01] 재요청: 명예훼손 게시물 시정요구
Message-ID: <rem-240912-01-1@kcsc.example>

--=_dsn81--
""",
     outcome="ignored", classification="bounce", items={},
     why="bounce of our own reminder")

# ---------------------------------------------------------------- SOOP
case(name="soop-vod-blind-and-post-deleted", imitates="SOOP (AfreecaTV) 운영정책 위반 콘텐츠 조치 안내",
     **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 운영팀", date="Fri, 13 Sep 2024 16:40:00 +0900",
     reply_to_req=REQ_S, subject="[SOOP] 시정요구 콘텐츠 조치 결과 안내",
     body=f"""안녕하세요. SOOP 운영팀입니다.
방송통신심의위원회에서 요청하신 콘텐츠에 대한 조치 결과를 안내드립니다.

■ VOD {S[0]}
 - 조치: 블라인드(비공개) 처리
■ VOD {S[1]}
 - 조치: 영구 삭제 및 스트리머 이용정지 7일

SOOP 운영정책: https://www.sooplive.co.kr/policy/operation
고객센터: https://www.sooplive.co.kr/customer""",
     outcome="applied", classification="confirmation", items={S[0]: "removed", S[1]: "removed"},
     why="bullet header with URL, status on the line below; 블라인드(비공개) = removal form")

case(name="soop-no-violation", imitates="SOOP reply: no policy violation confirmed, no separate action",
     **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 운영팀", date="Sat, 14 Sep 2024 10:00:00 +0900",
     reply_to_req=REQ_S, subject="Re: [KCSC-240913-01] 시정요구",
     body=f"""안녕하세요, SOOP 운영팀입니다.
방송국 게시글 {S[2]} 은 확인 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.
추가 자료가 있으시면 회신 부탁드립니다.""",
     outcome="applied", classification="confirmation", items={S[2]: "rejected"},
     why="negated action with a reason = rejection; the generic offer to take more material does not turn it into a request for info")

case(name="soop-age-restricted", imitates="AfreecaTV 19세 연령제한 설정 안내",
     **{"from": "policy@afreecatv.com"}, name_from="AfreecaTV 운영팀", date="Sun, 15 Sep 2024 12:00:00 +0900",
     reply_to_req=REQ_S, subject="Re: [KCSC-240913-01] 조치 결과",
     body=f"""요청하신 VOD {S[0]} 에 대하여 19세 이상 시청 가능하도록 연령제한을 설정하였습니다.
해당 VOD는 성인 인증을 완료한 이용자만 시청할 수 있습니다.

AfreecaTV 운영팀""",
     outcome="applied", classification="confirmation", items={S[0]: "restricted"},
     why="age restriction = restricted")

case(name="soop-auto-ticket", imitates="SOOP 1:1 문의 접수 자동 안내",
     **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터", date="Fri, 13 Sep 2024 09:31:00 +0900",
     reply_to_req=REQ_S, subject="[SOOP 고객센터] 1:1 문의 접수 안내",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요, SOOP 고객센터입니다.
1:1 문의가 접수되었습니다. (문의번호 Q2409130118)
담당자 확인 후 순차적으로 답변드리겠습니다.""",
     outcome="ignored", items={},
     why="automatic ticket receipt; class auto_reply or acknowledgement both fine")

# ---------------------------------------------------------------- Nate
case(name="nate-pann-numbered-deleted", imitates="Nate 판 운영자 게시물 삭제 처리 회신 (numbered list)",
     **{"from": "pann-report@nate.com"}, name_from="네이트 판 운영자", date="Tue, 17 Sep 2024 14:00:00 +0900",
     reply_to_req=REQ_P, subject="Re: [KCSC-240916-01] 개인정보 노출 게시물 시정요구",
     body=f"""안녕하세요, 네이트 판 운영자입니다.
요청하신 게시물 2건 모두 개인정보 노출로 확인되어 삭제 처리하였습니다.

1. {P[0]}
2. {P[1]}

SK커뮤니케이션즈 | 네이트 고객센터 https://helpdesk.nate.com""",
     outcome="applied", classification="confirmation", items={P[0]: "removed", P[1]: "removed"},
     why="statement above a numbered list of both items")

case(name="nate-outlook-original-message", imitates="Outlook reply with -----Original Message----- block",
     **{"from": "jiwoo.han@skcomms.co.kr"}, name_from="한지우", date="Wed, 18 Sep 2024 10:30:00 +0900",
     reply_to_req=REQ_P, subject="RE: [KCSC-240916-01] 개인정보 노출 게시물 시정요구",
     body=f"""담당자님,
판 게시물 {P[1]} 은 오늘 오전 삭제 처리하였습니다.
나머지 1건은 작성자 소명 절차 진행 중입니다.

한지우 드림 | SK커뮤니케이션즈 서비스운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 10:00 AM
To: pann-report@nate.com
Subject: [KCSC-240916-01] 개인정보 노출 게시물 시정요구

아래 게시물의 삭제를 요구합니다. 삭제 완료 후 회신 바랍니다.
1. {P[0]}
2. {P[1]}""",
     outcome="applied", classification="confirmation", items={P[1]: "removed"},
     why="removal stated for one item; the other (in progress, only in the quote) stays pending")

case(name="nate-unknown-gmail-claim", imitates="someone claiming to be a Nate operator from a free-mail address",
     **{"from": "nate.pann.admin@gmail.com"}, name_from="네이트판 관리자", date="Tue, 17 Sep 2024 23:10:00 +0900",
     reply_to_req=REQ_P, subject="Re: [KCSC-240916-01] 삭제 완료",
     body=f"""{P[0]} 삭제 완료했습니다.
네이트판 관리자""",
     outcome="review", review="unknown_sender", items={},
     why="unknown sender naming our item; authentication passes for gmail.com but it is no platform sender")

case(name="nate-hedged-seems-deleted", imitates="Nate operator hedged reply ('삭제된 것으로 보입니다')",
     **{"from": "pann-report@nate.com"}, name_from="네이트 판 운영자", date="Wed, 18 Sep 2024 16:00:00 +0900",
     reply_to_req=REQ_P, subject="Re: [KCSC-240916-01] 시정요구",
     body=f"""{P[1]}
해당 글은 확인해 보니 이미 삭제된 것으로 보입니다만, 시스템 확인이 끝나면 다시 말씀드리겠습니다.""",
     outcome="review", review="not_understood", items={},
     why="hedged ('~것으로 보입니다', check pending): a clerk would not record not_found or removed")

case(name="nate-names-daum-item", imitates="Nate reply that wrongly lists a Daum cafe URL as deleted",
     **{"from": "pann-report@nate.com"}, name_from="네이트 판 운영자", date="Thu, 19 Sep 2024 10:00:00 +0900",
     reply_to_req=REQ_P, subject="Re: [KCSC-240916-01] 처리결과",
     body=f"""안녕하세요, 네이트 판 운영자입니다.
아래 게시물 삭제 처리하였습니다.
- {K[4]}""",
     outcome="review", review="wrong_platform", items={},
     why="a Nate email claiming removal of a Kakao (Daum) item: Nate cannot speak for Daum")

# ---------------------------------------------------------------- YouTube
case(name="yt-blocked-in-korea-echoed", imitates="YouTube legal team 'blocked in country' outcome with echoed request",
     **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support", date="Wed, 18 Sep 2024 20:15:00 +0900",
     reply_to_req=REQ_Y, subject="Re: [KCSC-240917-01] [8-1234000034123] Legal removal request",
     body=f"""Hello,

Thanks for reaching out to us.

After review, we've blocked the content you reported from view on the YouTube Korea country site (youtube.com/?gl=KR) in accordance with local law. The content remains available in other regions.

Your report:
URL: {Y[0]}
Issue type: Illegal gambling promotion (KR)

For more information, see https://support.google.com/youtube/answer/2802032.

Regards,
The YouTube Team""",
     outcome="applied", classification="confirmation", items={Y[0]: "restricted"},
     why="country block of 'the content you reported' followed by echoed report = restricted (not removed)")

case(name="yt-no-violation", imitates="YouTube 'did not find a violation of Community Guidelines' outcome",
     **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support", date="Thu, 19 Sep 2024 09:40:00 +0900",
     reply_to_req=REQ_Y, subject="Re: [KCSC-240917-01] Legal removal request",
     body=f"""Hello,

We reviewed the video at {Y[0]} and determined that it does not violate our Community Guidelines or local law. As a result, we will not be taking action on this content at this time.

If you have a court order, you may submit it through https://support.google.com/legal/answer/3110420.

The YouTube Team""",
     outcome="applied", classification="confirmation", items={Y[0]: "rejected"},
     why="'will not be taking action' with a reason is a rejection, not a future-tense hedge")

case(name="yt-ooo-english", imitates="Gmail vacation responder from a Google policy contact",
     **{"from": "minseo.lee@google.com"}, date="Tue, 17 Sep 2024 15:00:30 +0900", reply_to_req=REQ_Y,
     subject="Out of office Re: [KCSC-240917-01] Legal removal request",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""I'm out of the office until 23 September (Chuseok holidays) with limited access to email.
For urgent legal requests please use the legal removals web form.""",
     outcome="ignored", classification="auto_reply", items={},
     why="vacation auto reply")

case(name="yt-will-review-ack", imitates="Google legal 'we've received your request' receipt",
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support", date="Tue, 17 Sep 2024 15:06:00 +0900",
     reply_to_req=REQ_Y, subject="[8-1234000034123] We've received your request",
     body="""Hello,

Thank you for contacting Google. We have received your request and a ticket has been created (8-1234000034123).
We'll review it and get back to you as soon as possible. Please do not reply to this message.

Google Legal Support""",
     outcome="ignored", classification="acknowledgement", items={},
     why="pure acknowledgement naming no item")


# ---------------------------------------------------------------- extra
def xlsx_bytes(rows):
    import io
    import zipfile
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for i, r in enumerate(rows, 1):
        sheet_rows.append(f'<row r="{i}">' + "".join(cell(f"{chr(65 + j)}{i}", v) for j, v in enumerate(r)) + "</row>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="조치결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + "</sheetData></worksheet>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 16, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


xl = xlsx_bytes([["연번", "URL", "조치결과", "조치일자"],
                 ["1", K[0], "삭제", "2024-09-13"],
                 ["2", K[1], "삭제", "2024-09-13"],
                 ["3", K[2], "접근제한(국내)", "2024-09-13"],
                 ["4", K[3], "해당 게시물 없음", "2024-09-13"],
                 ["5", K[4], "위반사항 없음(게시 유지)", "2024-09-13"]])
case(name="kakao-xlsx-result", imitates="Kakao 시정요구 조치결과 회신 with an XLSX result sheet (연번/URL/조치결과/조치일자)",
     **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀", date="Mon, 16 Sep 2024 09:10:00 +0900",
     reply_to_req=REQ_K, subject="RE: [KCSC-240911-01] 시정요구 조치결과 회신 (엑셀 첨부)",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_kk81xl"

--=_kk81xl
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 정책팀입니다.
KCSC-240911-01 시정요구 5건의 조치결과를 첨부 엑셀 파일로 회신드립니다.

--=_kk81xl
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240911-01_result.xlsx"
Content-Disposition: attachment; filename="KCSC-240911-01_result.xlsx"
Content-Transfer-Encoding: base64

{base64.encodebytes(xl).decode("ascii").rstrip(chr(10))}
--=_kk81xl--
""",
     outcome="applied", classification="confirmation",
     items={K[0]: "removed", K[1]: "removed", K[2]: "restricted", K[3]: "not_found", K[4]: "rejected"},
     why="XLSX attachment: five rows with five wordings; the cover note states nothing by itself")

case(name="daum-invalid-link", imitates="Daum 고객센터 reply: 존재하지 않는 게시물 / 잘못된 주소",
     **{"from": "cs@daum.net"}, name_from="Daum 고객센터", date="Fri, 13 Sep 2024 13:13:00 +0900",
     reply_to_req=REQ_K, subject="Re: [KCSC-240911-01] 시정요구",
     body=f"""안녕하세요, Daum 고객센터입니다.

요청하신 주소({K[3]})는 존재하지 않는 게시물이거나 잘못된 주소로 확인되어 별도 조치가 어렵습니다.
주소를 다시 한 번 확인해 주시기 바랍니다.

Daum 고객센터 드림""",
     outcome="applied", classification="confirmation", items={K[3]: "not_found"},
     why="'does not exist or invalid address' = not_found; the request to re-check the address is boilerplate, not a question")

case(name="nate-private-by-operator", imitates="Nate 판 '운영자에 의해 비공개 처리된 글입니다' notice",
     **{"from": "pann-report@nate.com"}, name_from="네이트 판 운영자", date="Tue, 17 Sep 2024 11:00:00 +0900",
     reply_to_req=REQ_P, subject="[네이트 판] 신고 게시물 처리 안내",
     body=f"""[네이트 판] 신고 게시물 처리 안내

게시물: {P[0]}
처리결과: 운영자에 의해 비공개 처리되었습니다.
사유: 타인의 개인정보 게시 (판 운영정책 제6조)

네이트 판 운영정책 https://pann.nate.com/info/policy""",
     outcome="applied", classification="confirmation", items={P[0]: "removed"},
     why="비공개 처리 by the operator is a removal form per issue 11")

case(name="soop-forwarded-internal", imitates="SOOP staff forwarding a colleague's internal note (---------- Forwarded message ---------)",
     **{"from": "jisoo.yoon@sooplive.co.kr"}, name_from="윤지수", date="Mon, 16 Sep 2024 15:30:00 +0900",
     subject="Fwd: KCSC 요청건 처리",
     body=f"""참고 부탁드립니다.

---------- Forwarded message ---------
보낸사람: 콘텐츠운영 박도현 <dohyun.park@sooplive.co.kr>
Date: 2024년 9월 16일 (월) 오후 3:10
Subject: KCSC 요청건 처리
To: 윤지수 <jisoo.yoon@sooplive.co.kr>

{S[1]} 삭제했습니다.
{S[2]} 는 검토 필요해 보여요.""",
     outcome="review", review="forwarded", items={},
     why="forwarded internal note; the statement is a colleague's, relayed, not the platform's reply to us (arguable: could be applied for S[1])")

HEADER = """# Blind set 81 (issue 11): Korean portals (NAVER, Kakao/Daum, DC Inside, SOOP,
# Nate) plus one YouTube request. Written from each email's meaning before
# anything ran; generated by make.py (do not edit by hand)."""

if __name__ == "__main__":
    for c in CASES:
        if c.get("auth") == "none":
            pass
    write_set(HERE, "blind81", HEADER, CASES)
    print(len(CASES), "cases")
