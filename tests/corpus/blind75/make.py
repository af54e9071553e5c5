#!/usr/bin/env python3
"""Blind set 75 (issue 11): Korean portals (NAVER, Kakao/Daum, DC Inside,
SOOP, Nate) plus YouTube; formal 시정요구 조치결과 replies, 임시조치 notices,
informal operator replies, doubtful and ignorable mail. Expected results
were written from each email's meaning before anything was run.

    python3 tests/corpus/blind75/make.py
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

with open(os.path.join(HERE, "requests.csv"), newline="", encoding="utf-8") as f:
    ROWS = list(csv.DictReader(f))


def urls(ref):
    return [r["url"] for r in ROWS if r["ref"] == ref]


N = urls("KCSC-240909-01")   # naver, 14
K = urls("KCSC-240910-01")   # kakao, 5
D = urls("KCSC-240911-01")   # dcinside, 4
S = urls("KCSC-240912-01")   # soop, 3
T = urls("KCSC-240913-01")   # nate, 2
Y = urls("KCSC-240916-01")   # youtube, 1

KAKAO = {"kakaocorp.com": "Kakao", "daum.net": "Daum"}
corpuslib.DOMAIN_NAMES.update({"kakaocorp.com": "카카오 정책팀", "dcinside.com": "디시인사이드 운영팀",
                               "sooplive.co.kr": "SOOP 고객센터", "skcomms.co.kr": "네이트 고객센터"})


def quoted_request(ref, items, date="2024년 9월 9일 (월) 오전 10:00"):
    lines = [f"{date}, KCSC Takedown <takedown@kcsc.example>님이 작성:",
             f"> [방송통신심의위원회] 시정요구 ({ref})",
             "> 아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 통보합니다."]
    for i, u in enumerate(items, 1):
        lines.append(f"> {i}. {u}")
    lines.append("> 조치 결과를 회신하여 주시기 바랍니다.")
    return "\n".join(lines)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


FOOT_NAVER = """--
네이버 주식회사 | 정책·신뢰 담당
경기도 성남시 분당구 (가상주소) 00
본 메일은 발신전용이 아닙니다. 회신 시 제목의 요청번호를 유지해 주십시오.
게시중단 요청 안내: https://help.naver.com/service/5648/contents/10125
"""

table_rows = "".join(
    f"<tr><td>{i}</td><td>{u}</td><td>{st}</td></tr>\n"
    for i, (u, st) in enumerate(zip(N, ["삭제", "삭제", "삭제", "삭제", "삭제", "삭제", "삭제", "삭제",
                                        "임시조치(30일)", "임시조치(30일)", "게시물 없음(작성자 삭제)",
                                        "비공개 처리", "위반사항 없음(유지)", "블라인드"]), 1))

CSV_ATT = ("번호,URL,처리결과\n"
           f"1,{N[0]},삭제\n2,{N[1]},삭제\n3,{N[2]},임시조치\n4,{N[3]},미조치(운영원칙 위반 아님)\n")

cases = [
# ---------------------------------------------------------------- NAVER
dict(name="naver-kcsc-result-table-html", from_="policy@navercorp.com", date="Thu, 12 Sep 2024 16:20:11 +0900",
     subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240909-01) 조치결과 회신", reply_to_req="req-240909-01", type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240909-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1"><tr><th>연번</th><th>URL</th><th>조치결과</th></tr>
{table_rows}</table>
<p>조치일자: 2024. 9. 12.</p>
<p>네이버 주식회사 정책·신뢰 담당 드림<br>게시중단 요청 안내: <a href="https://help.naver.com/service/5648/contents/10125">https://help.naver.com/service/5648/contents/10125</a></p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={**{u: "removed" for u in N[:8]}, N[8]: "restricted", N[9]: "restricted", N[10]: "not_found",
            N[11]: "removed", N[12]: "rejected", N[13]: "removed"},
     imitates="Korean portal 시정요구 조치결과 회신 공문 with an HTML 연번/URL/조치결과 table",
     why="formal result table: 삭제, 임시조치, 게시물 없음(작성자 삭제), 비공개 처리, 위반사항 없음(유지), 블라인드 per row; a help link is not an item"),
dict(name="naver-imsi-notice-plain", from_="noreply-right@naver.com", date="Tue, 10 Sep 2024 09:05:00 +0900",
     subject="[네이버] 게시물 임시조치 안내", reply_to_req="req-240909-01",
     body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 아래 게시물에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치(게시중단)하였음을 알려드립니다.

게시물 주소: {N[2]}

임시조치 기간 중 게시자는 재게시를 요청할 수 있으며, 재게시 요청이 없는 경우 기간 만료 후 삭제될 수 있습니다.
자세한 내용은 고객센터(https://help.naver.com/service/5648/)를 참고해 주세요.

{FOOT_NAVER}""",
     outcome="applied", classification="confirmation", items={N[2]: "restricted"},
     imitates="NAVER 게시중단요청서비스 '임시조치 안내' notice (as quoted by bloggers who received it)",
     why="a single URL under a 임시조치 sentence; 임시조치 counts as restricted per issue 11; the later deletion is only conditional"),
dict(name="naver-status-below-url", from_="policy@navercorp.com", date="Wed, 11 Sep 2024 14:02:00 +0900",
     subject="RE: 시정요구 (KCSC-240909-01) 처리 결과", reply_to_req="req-240909-01",
     body=f"""담당자님 안녕하세요, 네이버 정책팀입니다.
요청 주신 건 중 우선 처리된 건을 안내드립니다.

{N[0]}
 - 삭제 완료

{N[1]}
 - 신고 접수 전 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

{N[3]}
 - 블라인드 처리되었습니다.

나머지 게시물은 처리 후 별도로 회신드리겠습니다.

{FOOT_NAVER}
{quoted_request("KCSC-240909-01", N)}""",
     outcome="applied", classification="confirmation",
     items={N[0]: "removed", N[1]: "not_found", N[3]: "removed"},
     imitates="operator reply with status on the line below each bare URL, above a quoted Gmail-style request",
     why="per-URL status below URL; 'remaining posts later' names no URL so the rest stay pending; quoted list is not a statement"),
dict(name="naver-under-internal-review", from_="policy@navercorp.com", date="Thu, 12 Sep 2024 10:40:00 +0900",
     subject="RE: 시정요구 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""안녕하세요. 네이버입니다.

아래 게시물은 현재 내부 검토 중에 있으며, 검토가 완료되는 대로 조치 결과를 회신드릴 예정입니다.
{N[4]}
{N[5]}

감사합니다.
{FOOT_NAVER}""",
     outcome="review", review="not_understood", items={},
     imitates="Korean portal interim reply '내부 검토 중, 결과 회신 예정'",
     why="names two items but states no outcome (under review, future); must be seen, not ignored"),
dict(name="naver-asks-documents", from_="policy@navercorp.com", date="Wed, 11 Sep 2024 17:30:00 +0900",
     subject="RE: 시정요구 (KCSC-240909-01) 관련 추가 자료 요청", reply_to_req="req-240909-01",
     body=f"""안녕하세요. 네이버 정책팀입니다.

{N[6]} 게시물과 관련하여, 불법성 판단을 위해 시정요구 의결서 사본 또는 심의 근거 자료를 보내주시면 검토 후 조치하겠습니다.

번거로우시겠지만 회신 부탁드립니다.
{FOOT_NAVER}""",
     outcome="review", classification="request_for_info", review="asks_more", items={},
     imitates="portal request for supporting documents before acting (의결서 사본 요청)",
     why="asks for documents about a named item; nothing done yet"),
dict(name="naver-out-of-office", from_="kim.policy@navercorp.com", name_from="김정책", date="Mon, 09 Sep 2024 10:01:30 +0900",
     subject="[부재중] RE: [방송통신심의위원회] 시정요구 (KCSC-240909-01)", reply_to_req="req-240909-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 9월 9일부터 9월 13일까지 휴가로 부재중입니다.
긴급한 건은 policy@navercorp.com 으로 연락 부탁드립니다.
감사합니다.""",
     outcome="ignored", classification="auto_reply", items={},
     imitates="Korean Outlook/Works 부재중 자동회신",
     why="out-of-office auto-reply says nothing about items"),
dict(name="naver-receipt-ticket", from_="help@navercorp.com", date="Mon, 09 Sep 2024 10:12:00 +0900",
     subject="[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409-0912-3381)", reply_to_req="req-240909-01",
     body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409-0912-3381
담당자가 확인 후 순차적으로 답변드리겠습니다. 답변은 영업일 기준 1~3일 정도 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.""",
     outcome="ignored", classification="acknowledgement", items={},
     imitates="NAVER 고객센터 inquiry receipt (접수 완료 안내)",
     why="pure receipt with a ticket number; no item named"),
dict(name="naver-top-posted-two-over-quote", from_="policy@navercorp.com", date="Fri, 13 Sep 2024 11:11:00 +0900",
     subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""{N[7]}, {N[8]} 두 건은 오늘 삭제 조치하였습니다.
나머지 건은 확인 중입니다.

{quoted_request("KCSC-240909-01", N)}""",
     outcome="applied", classification="confirmation", items={N[7]: "removed", N[8]: "removed"},
     imitates="short top-posted operator reply over the quoted request list",
     why="two URLs in the unquoted sentence removed; quoted list gives nothing; '나머지 확인 중' names no URL"),
dict(name="naver-bulk-all-done", from_="policy@navercorp.com", date="Fri, 13 Sep 2024 15:00:00 +0900",
     subject="RE: 시정요구 (KCSC-240909-01) 조치 완료", reply_to_req="req-240909-01",
     body=f"""안녕하세요.
요청하신 14건에 대해 모두 조치 완료하였습니다.
감사합니다.

{FOOT_NAVER}""",
     outcome="review", review="bulk", items={},
     imitates="one-line '모두 조치 완료' reply without per-item result",
     why="a bulk confirmation naming no item; config says bulk_confirmations = review; '조치' does not even say which measure"),
dict(name="naver-lookalike-sender", from_="policy@naver-corp.com", date="Thu, 12 Sep 2024 12:00:00 +0900",
     subject="RE: 시정요구 (KCSC-240909-01) 조치결과", reply_to_req="req-240909-01",
     body=f"""안녕하세요, 네이버 정책팀입니다.
아래 게시물을 삭제하였습니다.
{N[0]}
{N[1]}
""",
     outcome="review", review="unknown_sender", items={},
     imitates="look-alike domain spoof of a portal confirmation",
     why="naver-corp.com is no configured sender; authenticated but unknown; must be seen"),
dict(name="naver-dmarc-fail", from_="policy@navercorp.com", auth="fail", date="Thu, 12 Sep 2024 12:30:00 +0900",
     subject="RE: 시정요구 (KCSC-240909-01) 조치결과", reply_to_req="req-240909-01",
     body=f"""아래 게시물은 삭제 처리되었습니다.
{N[11]}
""",
     outcome="review", review="untrusted", items={},
     imitates="plain confirmation failing DMARC",
     why="right domain but dmarc=fail: perfect statement, untrusted"),
dict(name="naver-csv-attachment", from_="policy@navercorp.com", date="Fri, 13 Sep 2024 09:30:00 +0900",
     subject="RE: 시정요구 (KCSC-240909-01) 조치결과 (첨부)", reply_to_req="req-240909-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b75csv"

--b75csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 시정요구 건 중 4건의 조치 결과를 첨부 파일로 회신드립니다.
네이버 정책팀 드림

--b75csv
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240909-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240909-01.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--b75csv--
""",
     outcome="applied", classification="confirmation",
     items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "rejected"},
     imitates="result spreadsheet sent as CSV attachment (번호,URL,처리결과)",
     why="CSV rows: 삭제, 삭제, 임시조치, 미조치(운영원칙 위반 아님)"),
dict(name="naver-no-violation-prose", from_="policy@navercorp.com", date="Sat, 14 Sep 2024 10:00:00 +0900",
     subject="RE: 시정요구 (KCSC-240909-01) 검토 결과", reply_to_req="req-240909-01",
     body=f"""안녕하세요. 네이버 정책팀입니다.

요청하신 {N[12]} 게시물은 검토 결과 네이버 서비스 운영정책 및 관련 법령에 위배되는 내용이 확인되지 않아 별도의 조치를 하지 않았습니다.
이의가 있으시면 의결 근거를 첨부하여 다시 요청해 주시기 바랍니다.

운영정책: https://policy.naver.com/policy/service.html
{FOOT_NAVER}""",
     outcome="applied", classification="confirmation", items={N[12]: "rejected"},
     imitates="NAVER policy decision 'no violation found, no action taken'",
     why="negated action with a reason is a rejection; policy link is not an item"),
dict(name="naver-korean-particles-fullwidth", from_="policy@navercorp.com", date="Fri, 13 Sep 2024 18:10:00 +0900",
     subject="RE: 시정요구 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""안녕하세요.
{N[5]}에서 문제된 게시글은 카페 운영원칙에 따라 삭제되었습니다。
또한 해당 블로그 글({N[13]})도 블라인드 처리를 완료했습니다.
감사합니다.""",
     outcome="applied", classification="confirmation", items={N[5]: "removed", N[13]: "removed"},
     imitates="informal operator reply with URLs glued to Korean particles and parentheses",
     why="URL followed by 에서, URL inside full-width-style parentheses; both stated removed/blinded"),
dict(name="naver-angle-bracket-not-found", from_="policy@navercorp.com", date="Sat, 14 Sep 2024 13:00:00 +0900",
     subject="RE: 시정요구 (KCSC-240909-01) 일부 회신", reply_to_req="req-240909-01",
     body=f"""담당자님,

<{N[10]}>
위 주소의 게시물은 확인 결과 존재하지 않는 게시물(삭제되었거나 잘못된 주소)입니다.

<{N[9]}>
위 지식iN 질문은 접근 제한(임시조치) 하였습니다.

네이버 정책팀""",
     outcome="applied", classification="confirmation", items={N[10]: "not_found", N[9]: "restricted"},
     imitates="operator reply with URL in angle brackets and the statement on the line below ('위 주소의 게시물은')",
     why="statement below URL in angle brackets: not found; 접근 제한(임시조치) restricted"),
dict(name="naver-ack-plus-statement", from_="policy@navercorp.com", date="Tue, 10 Sep 2024 15:45:00 +0900",
     subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240909-01) 접수 확인", reply_to_req="req-240909-01",
     body=f"""안녕하세요. 시정요구 공문 잘 접수하였습니다.
다만 {N[7]} 게시물은 이미 당사 모니터링으로 어제 삭제 처리하였음을 알려드립니다.
나머지 건은 검토 후 회신드리겠습니다.

네이버 정책팀""",
     outcome="applied", classification="confirmation", items={N[7]: "removed"},
     imitates="receipt confirmation that also reports one item already deleted",
     why="acknowledgement phrase plus an unhedged statement about an item is not an acknowledgement"),
# ---------------------------------------------------------------- Kakao / Daum
dict(name="kakao-formal-numbered", from_="policy@kakaocorp.com", date="Fri, 13 Sep 2024 17:00:00 +0900",
     subject="[카카오] 시정요구(KCSC-240910-01) 조치결과 회신", reply_to_req="req-240910-01",
     body=f"""수신: 방송통신심의위원회
제목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회 시정요구(KCSC-240910-01)와 관련하여 아래와 같이 조치하였음을 회신합니다.

 가. {K[0]} : 게시중단
 나. {K[1]} : 삭제
 다. {K[2]} : 임시조치(30일)
 라. {K[3]} : 해당 게시물이 존재하지 않음
 마. {K[4]} : 게시중단

끝.

주식회사 카카오 정책팀
카카오 운영정책: https://www.kakao.com/policy/oppolicy
""",
     outcome="applied", classification="confirmation",
     items={K[0]: "removed", K[1]: "removed", K[2]: "restricted", K[3]: "not_found", K[4]: "removed"},
     imitates="Korean 공문-style 조치결과 회신 (수신/제목/1./2./가.나.다./끝.) from a portal",
     why="one status per 가.-마. line; 게시중단 removed, 임시조치 restricted, 존재하지 않음 not_found"),
dict(name="kakao-tistory-operator-blind", from_="tistory-cs@kakaocorp.com", date="Wed, 11 Sep 2024 13:20:00 +0900",
     subject="RE: 시정요구 (KCSC-240910-01) 티스토리 게시글", reply_to_req="req-240910-01",
     body=f"""안녕하세요, 티스토리 운영팀입니다.

신고해 주신 {K[1]} 게시글은 운영자에 의해 블라인드 처리되었으며, 해당 블로그에는 이용 제한 조치가 함께 적용되었습니다.

티스토리 운영정책 https://www.tistory.com/policy
감사합니다.""",
     outcome="applied", classification="confirmation", items={K[1]: "removed"},
     imitates="Tistory/Kakao operator notice 'blinded by the operator'",
     why="블라인드 by operator = removed (issue 11's Korean removal forms)"),
dict(name="kakao-outlook-original-message", from_="cafe-policy@daum.net", name_from="Daum 카페 운영팀", date="Thu, 12 Sep 2024 11:00:00 +0900",
     subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240910-01)", reply_to_req="req-240910-01",
     body=f"""안녕하세요. Daum 카페 운영팀입니다.
요청하신 카페 게시물 2건({K[0]}, {K[3]})은 모두 삭제 조치하였습니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:00 AM
To: policy@kakaocorp.com
Subject: [방송통신심의위원회] 시정요구 (KCSC-240910-01)

1. {K[0]}
2. {K[1]}
3. {K[2]}
4. {K[3]}
5. {K[4]}
""",
     outcome="applied", classification="confirmation", items={K[0]: "removed", K[3]: "removed"},
     imitates="Outlook reply above '-----Original Message-----' block",
     why="only the two URLs in the own sentence; the original message block is quoted"),
dict(name="kakao-future-tense", from_="policy@kakaocorp.com", date="Wed, 11 Sep 2024 09:10:00 +0900",
     subject="RE: 시정요구 (KCSC-240910-01)", reply_to_req="req-240910-01",
     body=f"""안녕하세요. 카카오 정책팀입니다.
{K[2]} 영상은 금일 중 삭제 조치할 예정입니다. 조치가 완료되면 다시 안내드리겠습니다.""",
     outcome="review", review="not_understood", items={},
     imitates="portal interim reply promising deletion later the same day",
     why="future tense: nothing done yet; names an item so must go to review"),
dict(name="kakao-bounce", from_="MAILER-DAEMON@daum.net", name_from="Mail Delivery System", date="Tue, 10 Sep 2024 11:00:40 +0900",
     subject="Undelivered Mail Returned to Sender", reply_to_req="req-240910-01",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b75dsn"

--b75dsn
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx1.daum.net.
I'm sorry to have to inform you that your message could not be delivered to
one or more recipients.

<old-policy@daum.net>: host mx1.daum.net said: 550 5.1.1 User unknown

--b75dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net
Final-Recipient: rfc822; old-policy@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b75dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: old-policy@daum.net
Subject: [방송통신심의위원회] 시정요구 (KCSC-240910-01)
Message-ID: <req-240910-01@kcsc.example>

--b75dsn--
""",
     outcome="ignored", classification="bounce", items={},
     imitates="Postfix DSN (multipart/report delivery-status) for our request",
     why="bounce of our own request; nothing about items"),
dict(name="kakao-about-naver-item", from_="policy@kakaocorp.com", date="Fri, 13 Sep 2024 10:00:00 +0900",
     subject="RE: 시정요구 (KCSC-240910-01) 관련 문의", reply_to_req="req-240910-01",
     body=f"""안녕하세요. 카카오 정책팀입니다.
함께 기재해 주신 {N[0]} 은 당사 서비스가 아닌 네이버 블로그 게시물로, 당사에서는 삭제할 수 없음을 알려드립니다.
해당 서비스 사업자에게 요청해 주시기 바랍니다.""",
     outcome="review", review="wrong_platform", items={},
     imitates="portal reply pointing out an item belongs to another service",
     why="a Kakao email about a NAVER item: Kakao cannot give NAVER's item a status ('cannot delete' is not a rejection)"),
dict(name="kakao-hedge-in-relative-clause", from_="policy@kakaocorp.com", date="Sat, 14 Sep 2024 16:00:00 +0900",
     subject="RE: 시정요구 (KCSC-240910-01) 카카오스토리", reply_to_req="req-240910-01",
     body=f"""안녕하세요.
작성자가 신고 이전에 일부 수정했을 수도 있는 카카오스토리 게시물 {K[4]} 은 확인 즉시 삭제 조치되었습니다.
카카오 정책팀""",
     outcome="applied", classification="confirmation", items={K[4]: "removed"},
     imitates="operator reply whose hedge sits in a relative clause about the post's past",
     why="'~했을 수도 있는' hedges only the author's past edit; main clause states deletion (issue 11 item 3)"),
# ---------------------------------------------------------------- DC Inside
dict(name="dc-informal-all-deleted", from_="report@dcinside.com", date="Thu, 12 Sep 2024 20:15:00 +0900",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240911-01)", reply_to_req="req-240911-01",
     body=f"""안녕하세요 디시인사이드 운영팀입니다.

말씀하신 글 아래 4건 전부 삭제했습니다.
{D[0]}
{D[1]}
{D[2]}
{D[3]}

작성자 IP/ID는 차단 처리했습니다. 수고하세요.""",
     outcome="applied", classification="confirmation", items={u: "removed" for u in D},
     imitates="informal community-site operator reply listing the deleted posts",
     why="statement above the list of bare URLs applies to all four"),
dict(name="dc-mixed-below-url", from_="report@dcinside.com", date="Fri, 13 Sep 2024 10:30:00 +0900",
     subject="Re: 시정요구 (KCSC-240911-01) 처리결과", reply_to_req="req-240911-01",
     body=f"""처리결과 알려드립니다.

1) {D[0]}
   삭제

2) {D[1]}
   작성자가 먼저 지운 글이라 이미 없는 글입니다

3) {D[2]}
   성인인증 게시물로 전환(19세 미만 열람 제한)

디시인사이드 운영팀 / 신고센터 https://gall.dcinside.com/board/lists/?id=dcbest""",
     outcome="applied", classification="confirmation",
     items={D[0]: "removed", D[1]: "not_found", D[2]: "restricted"},
     imitates="numbered operator reply with status on the line under each URL",
     why="removed, already deleted by author (not_found), age-restricted (restricted); D[3] not mentioned stays pending; the gallery link is not an item"),
dict(name="dc-ack-only", from_="noreply@dcinside.com", date="Wed, 11 Sep 2024 09:31:00 +0900",
     subject="[디시인사이드] 문의 접수 안내", reply_to_req="req-240911-01",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""문의하신 내용이 접수되었습니다.
접수번호: DC-240911-00482
순차적으로 확인 후 답변드리겠습니다.
※ 본 메일은 발신전용입니다.""",
     outcome="ignored", items={},
     imitates="helpdesk automatic ticket receipt",
     why="automatic receipt, no item; class auto_reply or acknowledgement both fine"),
dict(name="dc-unknown-gallery-manager", from_="fakegall.manager@gmail.com", name_from="갤매니저", date="Thu, 12 Sep 2024 22:00:00 +0900",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240911-01)", reply_to_req="req-240911-01",
     body=f"""갤러리 매니저입니다. 요청하신 글 중 {D[1]} 는 제가 삭제했습니다.""",
     outcome="review", review="unknown_sender", items={},
     imitates="reply from a gallery manager's personal mailbox",
     why="authenticated gmail.com is not DC Inside; claims a removal of our item; must be seen"),
dict(name="dc-forwarded-to-manager", from_="report@dcinside.com", date="Fri, 13 Sep 2024 09:00:00 +0900",
     subject="Re: 시정요구 (KCSC-240911-01)", reply_to_req="req-240911-01",
     body=f"""{D[3]} 건은 마이너 갤러리 매니저에게 전달하였습니다.
디시인사이드 운영팀""",
     outcome="review", review="not_understood", items={},
     imitates="operator reply saying the report was passed to the (minor) gallery manager",
     why="names an item but states no action on it"),
# ---------------------------------------------------------------- SOOP
dict(name="soop-base64-alternative", from_="safety@sooplive.co.kr", date="Fri, 13 Sep 2024 15:40:00 +0900",
     subject="[SOOP] 시정요구(KCSC-240912-01) 조치 결과 안내", reply_to_req="req-240912-01",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="b75alt"

--b75alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. SOOP 고객센터입니다.
요청하신 콘텐츠에 대하여 아래와 같이 조치하였습니다.

- {S[0]} : VOD 삭제
- {S[1]} : 게시글 블라인드
- {S[2]} : VOD 비공개 처리

SOOP 운영정책: https://www.sooplive.co.kr/policy
''')}
--b75alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''<html><body><p>안녕하세요. SOOP 고객센터입니다.</p><p>요청하신 콘텐츠에 대하여 아래와 같이 조치하였습니다.</p>
<ul><li>{S[0]} : VOD 삭제</li><li>{S[1]} : 게시글 블라인드</li><li>{S[2]} : VOD 비공개 처리</li></ul>
<p><a href="https://www.sooplive.co.kr/policy">SOOP 운영정책</a></p></body></html>''')}
--b75alt--
""",
     outcome="applied", classification="confirmation", items={u: "removed" for u in S},
     imitates="streaming platform's customer-centre result mail, multipart/alternative, base64",
     why="삭제, 블라인드, 비공개 처리 are all removal forms"),
dict(name="soop-age-restrict-and-keep", from_="safety@sooplive.co.kr", date="Sat, 14 Sep 2024 11:00:00 +0900",
     subject="RE: 시정요구(KCSC-240912-01)", reply_to_req="req-240912-01",
     body=f"""안녕하세요, SOOP 정책팀입니다.

{S[0]} 영상은 19세 이상 시청 가능 콘텐츠로 연령 제한을 설정하였습니다.
{S[1]} 게시글은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.""",
     outcome="applied", classification="confirmation", items={S[0]: "restricted", S[1]: "rejected"},
     imitates="platform decision: age-gate one VOD, keep one post for no violation",
     why="age restriction = restricted; kept for no violation = rejected"),
dict(name="soop-read-receipt", from_="safety@sooplive.co.kr", date="Thu, 12 Sep 2024 14:30:00 +0900",
     subject="읽음: [방송통신심의위원회] 시정요구 (KCSC-240912-01)", reply_to_req="req-240912-01",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b75mdn"

--b75mdn
Content-Type: text/plain; charset=utf-8

보낸 메일을 수신자가 읽었습니다.

--b75mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr
Final-Recipient: rfc822; safety@sooplive.co.kr
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b75mdn--
""",
     outcome="ignored", classification="read_receipt", items={},
     imitates="MDN read receipt (multipart/report disposition-notification)",
     why="read receipt, nothing about items"),
dict(name="soop-pending-bj-appeal", from_="safety@sooplive.co.kr", date="Sun, 15 Sep 2024 10:00:00 +0900",
     subject="RE: 시정요구(KCSC-240912-01) 진행 상황", reply_to_req="req-240912-01",
     body=f"""안녕하세요.
{S[2]} VOD는 현재 BJ 소명 절차가 진행 중이며, 소명 결과에 따라 조치 여부를 결정할 예정입니다.
SOOP 정책팀""",
     outcome="review", review="not_understood", items={},
     imitates="platform interim status: uploader's appeal pending",
     why="no outcome yet; names an item"),
# ---------------------------------------------------------------- Nate
dict(name="nate-qp-deleted", from_="pann@skcomms.co.kr", date="Mon, 16 Sep 2024 11:00:00 +0900",
     subject="[네이트판] 시정요구 조치결과 (KCSC-240913-01)", reply_to_req="req-240913-01",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이트판 운영팀입니다.

시정요구하신 게시물 2건은 아래와 같이 삭제 처리하였습니다.
{T[0]}
{T[1]}

SK커뮤니케이션즈 네이트 고객센터
''')}""",
     outcome="applied", classification="confirmation", items={T[0]: "removed", T[1]: "removed"},
     imitates="community board operator result notice, quoted-printable",
     why="both listed URLs deleted"),
dict(name="nate-echoed-report", from_="pann@skcomms.co.kr", date="Tue, 17 Sep 2024 09:00:00 +0900",
     subject="[네이트판] 신고 처리 결과 안내", reply_to_req="req-240913-01",
     body=f"""안녕하세요. 네이트 고객센터입니다.
신고하신 게시물은 운영정책 위반으로 확인되어 삭제 처리되었습니다.

[신고 내용]
신고 번호: PANN-R-0913-221
신고 게시물: {T[1]}
신고 사유: 명예훼손
신고 일시: 2024-09-13 10:00

네이트 운영정책 https://helpdesk.nate.com/web/policy""",
     outcome="applied", classification="confirmation", items={T[1]: "removed"},
     imitates="report-outcome notice about 'the reported content' followed by an echoed report block",
     why="statement about the reported post, echoed report names it"),
dict(name="nate-out-of-office-en", from_="j.park@skcomms.co.kr", name_from="Jiwoo Park", date="Fri, 13 Sep 2024 10:00:20 +0900",
     subject="Automatic reply: [방송통신심의위원회] 시정요구 (KCSC-240913-01)", reply_to_req="req-240913-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
     body="""I am out of the office until September 18 with limited access to email.
For urgent matters please contact pann@skcomms.co.kr.

안녕하세요, 9월 18일까지 부재중입니다.""",
     outcome="ignored", classification="auto_reply", items={},
     imitates="Exchange 'Automatic reply' out-of-office, bilingual",
     why="auto-reply"),
dict(name="nate-requested-more-info", from_="pann@skcomms.co.kr", date="Fri, 13 Sep 2024 15:00:00 +0900",
     subject="RE: 시정요구 (KCSC-240913-01)", reply_to_req="req-240913-01",
     body=f"""안녕하세요.
{T[0]} 게시물의 경우 댓글이 수백 건이라 문제된 댓글의 작성자 닉네임과 작성 시각을 알려주시면 해당 댓글만 삭제하겠습니다.
네이트판 운영팀""",
     outcome="review", classification="request_for_info", review="asks_more", items={},
     imitates="operator asking which comment is meant",
     why="conditional future action, asks for details"),
# ---------------------------------------------------------------- YouTube
dict(name="yt-geo-restricted-kr", from_="legal-kr-noreply@google.com", name_from="YouTube Legal Support", date="Wed, 18 Sep 2024 08:15:00 +0900",
     subject="Re: [KCSC-240916-01] Removal request", reply_to_req="req-240916-01",
     body=f"""Hello,

Thank you for your notice. After review, we have restricted access to the following content in South Korea based on local law:

{Y[0]}

The content remains available in other countries as it does not violate YouTube's Community Guidelines.
For more information, see https://support.google.com/youtube/answer/2802032

Regards,
The YouTube Legal Support Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""",
     outcome="applied", classification="confirmation", items={Y[0]: "restricted"},
     imitates="YouTube legal outcome email 'restricted access in <country> based on local law'",
     why="country restriction; 'does not violate Community Guidelines' explains why it stays elsewhere, not a rejection"),
dict(name="yt-ticket-ack", from_="legal-kr-noreply@google.com", name_from="YouTube Legal Support", date="Mon, 16 Sep 2024 10:05:00 +0900",
     subject="[5-1234000036121] Re: Removal request", reply_to_req="req-240916-01",
     body="""Hello,

Thanks for reaching out to YouTube. We've received your request and will review it shortly.
Your ticket number is 5-1234000036121. Please keep it in the subject line of any reply.

Regards,
The YouTube Team""",
     outcome="ignored", classification="acknowledgement", items={},
     imitates="Google/YouTube legal support ticket receipt",
     why="pure acknowledgement with ticket number"),
dict(name="yt-no-action-quoted-url", from_="legal-kr-noreply@google.com", name_from="YouTube Legal Support", date="Thu, 19 Sep 2024 09:00:00 +0900",
     subject="[5-1234000036121] Re: Removal request", reply_to_req="req-240916-01",
     body=f"""Hello,

After careful review, we've decided not to take action on the content you reported, as it does not appear to violate our Community Guidelines or local law based on the information provided.

If you have additional information, such as a court order, you may reply to this email.

Regards,
The YouTube Legal Support Team

On Mon, Sep 16, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove the following content:
> {Y[0]}
""",
     # Changed after the reader's runs (2026-12-02, session 7), openly: first
     # written review not_understood; see NOTES.md.
     outcome="applied", items={Y[0]: "rejected"},
     imitates="YouTube 'decided not to take action' reply whose only URL is in the quoted request",
     why="the refusal is about 'the content you reported', unquoted, in reply to a request of one item: it can only mean that item (first written review not_understood; changed, see NOTES.md)"),
dict(name="naver-english-bulleted", from_="trust-safety@navercorp.com", name_from="NAVER Trust & Safety", date="Mon, 16 Sep 2024 13:00:00 +0900",
     subject="Re: KCSC-240909-01 outcome", reply_to_req="req-240909-01",
     body=f"""Dear KCSC team,

Following our review, please find the outcome for the items below:

* {N[4]} - removed for violating the Cafe operating policy
* {N[6]} - taken down
* {N[11]} - we could not locate this post; the link appears to be invalid

Kind regards,
NAVER Trust & Safety
Policies: https://policy.naver.com/rules/service.html""",
     outcome="applied", classification="confirmation",
     items={N[4]: "removed", N[6]: "removed", N[11]: "not_found"},
     imitates="English abuse-desk outcome list from a Korean portal's global T&S team",
     why="bulleted per-item statuses in English; policy link is not an item"),
dict(name="kakao-tv-domestic-block", from_="policy@kakaocorp.com", date="Tue, 17 Sep 2024 10:20:00 +0900",
     subject="RE: 시정요구 (KCSC-240910-01) 카카오TV", reply_to_req="req-240910-01",
     body=f"""안녕하세요. 카카오 정책팀입니다.

카카오TV 영상 {K[2]} 에 대하여 국내 접속 차단 조치를 완료하였습니다.

감사합니다.""",
     outcome="applied", classification="confirmation", items={K[2]: "restricted"},
     imitates="portal notice of a domestic access block (국내 접속 차단)",
     why="접속 차단 in Korea = restricted, not removed"),
dict(name="dc-one-liner-blind", from_="report@dcinside.com", date="Sat, 14 Sep 2024 01:12:00 +0900",
     subject="Re: 시정요구 (KCSC-240911-01)", reply_to_req="req-240911-01",
     body=f"""{D[3]} 블라인드 처리했습니다.""",
     outcome="applied", classification="confirmation", items={D[3]: "removed"},
     imitates="one-line operator reply: a URL and one sentence",
     why="a notice that is only a URL and one sentence (issue 11 item 4)"),
dict(name="yt-removed-policy", from_="legal-kr-noreply@google.com", name_from="YouTube Legal Support", date="Thu, 19 Sep 2024 15:30:00 +0900",
     subject="[5-1234000036121] Re: Removal request", reply_to_req="req-240916-01",
     body=f"""Hello,

Thanks for your patience. We have reviewed the following video and removed it from YouTube for violating our Community Guidelines:

{Y[0]}

To learn more about our policies, visit https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Regards,
The YouTube Legal Support Team""",
     outcome="applied", classification="confirmation", items={Y[0]: "removed"},
     imitates="YouTube policy-removal outcome email",
     why="removed globally for Community Guidelines; help link not an item"),
dict(name="naver-spoof-dmarc-fail-from-navercom", from_="cafe-admin@naver.com", auth="fail", name_from="네이버 카페", date="Sun, 15 Sep 2024 21:00:00 +0900",
     subject="[네이버 카페] 게시글 삭제 안내", reply_to_req="req-240909-01",
     body=f"""{N[4]} 게시글이 카페 매니저에 의해 삭제되었습니다.""",
     outcome="review", review="untrusted", items={},
     imitates="NAVER cafe notification, failing DMARC",
     why="DMARC fail naming our item"),
]

for c in cases:
    c["from"] = c.pop("from_")

HEADER = """# Blind set 75 (issue 11): expected results written from each email's
# meaning before the reader was run. Generated by make.py; see NOTES.md."""

if __name__ == "__main__":
    corpuslib.write_set(HERE, "blind75", HEADER, cases)
