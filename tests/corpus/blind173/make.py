#!/usr/bin/env python3
"""Blind set 173 (Korean replies: NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside, BAND): writes requests.csv, cases/*.eml and expected.toml.

Every email is fictional and written in our own sentences, in the manner of
the public notice named in its `imitates` field. Expected results were
written from each email's meaning alone, before the reader was run on it.

    python3 tests/corpus/blind173/make.py
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind173"

# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_k77/223561100201"
N2 = "https://blog.naver.com/moonlit_k77/223561100345"
N3 = "https://cafe.naver.com/haneulgamsung/48812"
N4 = "https://cafe.naver.com/haneulgamsung/48830"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120988"
N6 = "https://blog.naver.com/PostView.naver?blogId=sora_pick&logNo=223570042113"
N7 = "https://post.naver.com/viewer/postView.naver?volumeNo=38112045&memberNo=5520931"
N8 = "https://cafe.naver.com/bitgoeul2024/1207"
N9 = "https://blog.naver.com/greyfox_0x/223575510987"
N10 = "https://m.blog.naver.com/greyfox_0x/223575511032"
N11 = "https://cafe.naver.com/haneulgamsung/49001"
N12 = "https://blog.naver.com/sora_pick/223570042999"
R1 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1 = "https://cafe.daum.net/nightowl_club/Xk2P/311"
K2 = "https://cafe.daum.net/nightowl_club/Xk2P/318"
K3 = "https://saebyeok-log.tistory.com/entry/%EC%9C%A0%EC%B6%9C-%EC%98%81%EC%83%81-%EB%AA%A8%EC%9D%8C"
K3_RAW = "https://saebyeok-log.tistory.com/entry/유출-영상-모음"
K4 = "https://pf.kakao.com/_xkQmPb/105522871"
R2 = [K1, K2, K3, K4]

Y1 = "https://www.youtube.com/watch?v=Qm7tR2xLk9A"
Y2 = "https://www.youtube.com/shorts/bX4nP0s8WcE"
Y3 = "https://youtu.be/Zr81aKdP3sU"
R3 = [Y1, Y2, Y3]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912270"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket77&no=55120"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket77&no=55187"
D5 = "https://m.dcinside.com/board/hitgall_x/301144"
R4 = [D1, D2, D3, D4, D5]

B1 = "https://band.us/band/81234567/post/412"
B2 = "https://band.us/band/81234567/post/419"
R5 = [B1, B2]

N13 = "https://blog.naver.com/haru_sseum/223581234567"
K5 = "https://cafe.daum.net/mintfield/Rk9s/2048"

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     R1, "nonconsensual_intimate_images", "req-240902-01"),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     R2, "nonconsensual_intimate_images", "req-240903-02"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     R3, "illegal_gambling_ads", "req-240905-03"),
    ("KCSC-240906-04", "dcinside", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     R4, "privacy_doxxing", "req-240906-04"),
    ("KCSC-240909-05", "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     R5, "drug_trade", "req-240909-05"),
    ("KCSC-240910-06", "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [N13], "defamation", "req-240910-06"),
    ("KCSC-240911-07", "kakao", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [K5], "drug_trade", "req-240911-07"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},<{mid}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded words for a non-ASCII header value."""
    if all(ord(ch) < 128 for ch in s):
        return s
    words = []
    for i in range(0, len(s), 14):
        part = s[i:i + 14].encode("utf-8")
        words.append("=?UTF-8?B?" + base64.b64encode(part).decode("ascii") + "?=")
    return "\n ".join(words)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def pending(urls):
    return {u: "pending" for u in urls}


GONGMUN_FOOT = "끝."

cases = []


def case(**kw):
    if "subject" in kw:
        kw["subject"] = enc(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    cases.append(kw)


# ================================================================ APPLIED

case(
    name="naver-gongmun-text-table-all12",
    date="Wed, 04 Sep 2024 17:42:10 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    subject="[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 통보",
    reply_to_req="req-240902-01",
    body=f"""
수    신 : 방송통신심의위원회 디지털성범죄대응팀
제    목 : 시정요구(KCSC-240902-01)에 대한 조치결과 회신

1. 귀 위원회의 노고에 감사드립니다.

2. 귀 위원회가 2024. 9. 2. 당사에 요청한 시정요구(KCSC-240902-01)와
   관련하여, 당사가 조치한 결과를 아래와 같이 회신합니다.

                              - 아    래 -

 순번 | 대상 URL                                                                   | 조치결과            | 비고
 -----+----------------------------------------------------------------------------+---------------------+------------------
  1   | {N1}                            | 삭제                |
  2   | {N2}                            | 삭제                |
  3   | {N3}                                | 게시중단            | 카페 게시글
  4   | {N4}                                | 임시조치            | 30일, 작성자 소명 대기
  5   | {N5} | 삭제                | 답변 포함
  6   | {N6} | 해당 게시물 없음    | 작성자 자진 삭제
  7   | {N7} | 삭제          |
  8   | {N8}                                  | 조치 불가           | 위반 사항 확인되지 않음
  9   | {N9}                             | 비공개 처리         |
 10   | {N10}                           | 삭제                |
 11   | {N11}                                | 국내 접속 제한      |
 12   | {N12}                             | 삭제                |

3. 조치결과에 관한 문의는 아래 담당자에게 연락 주시기 바랍니다.
   (담당: 정책지원실 한지우 / 02-555-0147 / policy@navercorp.com)

{GONGMUN_FOOT}

네이버 주식회사 정책지원실
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style reply to a KCSC 시정요구 with a text table of 조치결과",
    why="Trusted NAVER reply naming each of the 12 URLs with its own result (삭제/게시중단/임시조치/없음/조치 불가/비공개/접속 제한)",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "removed",
           N6: "not_found", N7: "removed", N8: "rejected", N9: "removed", N10: "removed",
           N11: "restricted", N12: "removed"},
)

_html2 = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단요청 처리 담당자입니다.</p>
<p>방송통신심의위원회에서 요청하신 건(KCSC-240902-01) 가운데 카페·블로그 게시물 5건의 처리 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>No.</th><th>게시물 주소</th><th>처리결과</th><th>처리일</th></tr>
<tr><td>1</td><td><a href="{N3}">{N3}</a></td><td>블라인드</td><td>2024.09.04</td></tr>
<tr><td>2</td><td><a href="{N4}">{N4}</a></td><td>게시중단</td><td>2024.09.04</td></tr>
<tr><td>3</td><td><a href="{N8}">{N8}</a></td><td>조치하지 않음<br>(카페 운영원칙 위반 아님)</td><td>2024.09.05</td></tr>
<tr><td>4</td><td><a href="{N11}">{N11}</a></td><td>삭제</td><td>2024.09.05</td></tr>
<tr><td>5</td><td><a href="{N12}">{N12}</a></td><td>게시물 없음 (존재하지 않는 주소)</td><td>2024.09.05</td></tr>
</table>
<p>처리 결과에 이의가 있으시면 <a href="https://help.naver.com/inquiry/input.help?categoryNo=7781">네이버 고객센터</a>로 문의해 주세요.</p>
<p>감사합니다.<br>네이버 게시중단요청서비스 드림</p>
</body></html>
"""
case(
    name="naver-html-table-qp",
    date="Thu, 05 Sep 2024 11:05:33 +0900",
    **{"from": "right-noreply@navercorp.com"},
    name_from="네이버 게시중단요청서비스",
    subject="[네이버] KCSC-240902-01 게시물 처리 결과 안내",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_html2),
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result mail as an HTML table (quoted-printable)",
    why="HTML table rows: 블라인드, 게시중단, 삭제 → removed; 조치하지 않음 (위반 아님) → rejected; 게시물 없음 → not_found",
    items={N3: "removed", N4: "removed", N8: "rejected", N11: "removed", N12: "not_found"},
)

_csv3 = "\ufeff번호,URL,처리결과,처리일시\n" + "\n".join([
    f"1,{N1},삭제,2024-09-04 15:10",
    f"2,{N2},삭제,2024-09-04 15:12",
    f"3,\"{N5}\",게시중단,2024-09-04 16:01",
    f"4,\"{N7}\",게시물 없음(작성자 삭제),2024-09-04 16:20",
    f"5,{N9},임시조치(30일),2024-09-04 16:33",
]) + "\n"
case(
    name="naver-csv-attachment",
    date="Wed, 04 Sep 2024 18:20:41 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    subject="RE: [KCSC-240902-01] 시정요구 조치결과 송부",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_b173_csv"

--=_nv_b173_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요, 네이버 정책지원실입니다.

KCSC-240902-01 요청 건 중 블로그·지식iN·포스트 게시물 5건의 조치결과를
첨부한 CSV 파일로 송부드립니다. 나머지 게시물은 처리되는 대로 별도 회신드리겠습니다.

네이버 정책지원실 드림
''')}

--=_nv_b173_csv
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01_0904.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01_0904.csv"
Content-Transfer-Encoding: base64

{b64(_csv3)}

--=_nv_b173_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Portal policy team reply carrying its 조치결과 as a CSV attachment",
    why="CSV rows: 삭제/게시중단 → removed, 게시물 없음(작성자 삭제) → not_found, 임시조치 → restricted",
    items={N1: "removed", N2: "removed", N5: "removed", N7: "not_found", N9: "restricted"},
)

case(
    name="naver-temp-measure-single",
    date="Wed, 11 Sep 2024 09:15:02 +0900",
    **{"from": "right-noreply@navercorp.com"},
    name_from="네이버 게시중단요청서비스",
    subject="[네이버] 게시중단 요청에 대한 임시조치 결과 안내",
    reply_to_req="req-240910-06",
    body=f"""
[네이버 게시중단요청서비스] 처리 결과 안내

요청 기관 : 방송통신심의위원회 (요청번호 KCSC-240910-06)
대상 게시물 : {N13}
처리 결과 : 임시조치 (30일)
처리 일시 : 2024-09-11 09:12

정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라 위 게시물에
대하여 30일간 임시조치를 하였습니다. 임시조치 기간 중 게시자는 재게시를
요청할 수 있으며, 그 결과는 요청 기관에도 별도로 알려드립니다.

본 메일은 발신 전용입니다. 문의: https://right.naver.com/help
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 result notice (정보통신망법 제44조의2)",
    why="One-item request; the notice names the URL with 임시조치 → restricted",
    items={N13: "restricted"},
)

case(
    name="naver-prose-korean-particles",
    date="Thu, 05 Sep 2024 14:48:19 +0900",
    **{"from": "cafe-ops@navercorp.com"},
    name_from="네이버 카페 운영지원",
    subject="Re: [KCSC-240902-01] 카페 게시물 시정요구 건",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 카페 운영지원 담당 오세린입니다.

위원회에서 요청하신 카페 게시물 건 관련하여 처리 내용 말씀드립니다.

{N3} 게시글은 카페 운영원칙 위반으로 블라인드 처리하였습니다.
「{N4}」는 작성자가 카페를 탈퇴하면서 이미 삭제되어 현재 존재하지 않는 글입니다.
{N11}도 같은 사유로 블라인드 처리했습니다.

추가로 확인이 필요한 사항이 있으면 회신 주십시오.
감사합니다.

오세린 드림
네이버 카페 운영지원
""",
    outcome="applied", classification="confirmation",
    imitates="Informal Korean operator reply from a portal's cafe team, URLs followed by particles and 「」",
    why="블라인드 → removed (N3, N11 with the particle 도 attached); the bracketed N4 already deleted by its author → not_found",
    items={N3: "removed", N4: "not_found", N11: "removed"},
)

case(
    name="naver-author-deleted-kin-blog",
    date="Fri, 06 Sep 2024 10:31:47 +0900",
    **{"from": "kin-help@naver.com"},
    name_from="네이버 지식iN 고객센터",
    subject="[KCSC-240902-01] 지식iN·블로그 게시물 확인 결과",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 게시물을 확인한 결과를 안내드립니다.

- 지식iN 질문 {N5}
  : 질문 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.

- 블로그 글 {N6}
  : 해당 주소로 조회되는 게시물이 없습니다 (존재하지 않는 글).

두 게시물 모두 당사가 별도로 조치할 대상이 남아 있지 않습니다.
게시중단 요청 절차는 https://help.naver.com/service/5614/contents/1234 에서 확인하실 수 있습니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre reply that the reported posts were already deleted by their authors",
    why="Both named posts do not exist (author-deleted) → not_found; the help link is not an item",
    items={N5: "not_found", N6: "not_found"},
)

case(
    name="naver-rejected-with-reason",
    date="Mon, 09 Sep 2024 16:02:55 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    subject="RE: [KCSC-240902-01] 시정요구 일부 건에 대한 검토 의견",
    reply_to_req="req-240902-01",
    body=f"""
위원회 담당자님께

시정요구 건 중 두 게시물에 대한 처리 결과와 검토 의견을 드립니다.

1) {N7}
   - 조치: 삭제 완료 (2024. 9. 9.)

2) {N8}
   - 조치: 미조치
   - 사유: 게시물 내용을 검토한 결과, 언론 보도를 인용한 글로 불법촬영물이나
     개인 식별 정보가 포함되어 있지 않아 당사 운영정책 위반으로 보기 어렵습니다.
     따라서 게시를 유지합니다. 위원회의 심의 의결서를 보내주시면 다시 검토하겠습니다.

네이버 정책지원실 한지우 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Portal policy team reply refusing one item with its reason and confirming another",
    why="N7 삭제 완료 → removed; N8 미조치, no policy violation, 게시를 유지 → rejected (the offer to look again does not undo the refusal)",
    items={N7: "removed", N8: "rejected"},
)

_orig8 = "\n".join(f"{i}. {u}" for i, u in enumerate(R1, 1))
case(
    name="naver-top-posted-over-original",
    date="Tue, 03 Sep 2024 19:27:08 +0900",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    subject="RE: [KCSC-240902-01] 시정요구 (불법촬영물 등 12건)",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원실 한지우입니다.

요청 건 중 우선 처리된 2건 공유드립니다.

{N9} - 삭제
{N10} - 삭제

나머지 게시물은 서비스별로 확인 중이며, 완료되는 대로 다시 회신드리겠습니다.

한지우 드림

-----Original Message-----
From: KCSC 디지털성범죄대응팀 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 시정요구 (불법촬영물 등 12건)

네이버 담당자님께,

방송통신심의위원회는 아래 게시물 12건이 불법정보에 해당한다고 보아
삭제 또는 접속차단을 요구합니다. 조치결과를 9. 9.(월)까지 회신하여 주십시오.

{_orig8}

방송통신심의위원회 디지털성범죄대응팀
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted staff reply above the regulator's original request",
    why="Only the two URLs in the reply are stated (삭제 → removed); the 12 URLs of the quoted request below -----Original Message----- change nothing",
    items={**pending(R1), N9: "removed", N10: "removed"},
)

case(
    name="naver-receipt-plus-statement",
    date="Tue, 03 Sep 2024 09:02:11 +0900",
    **{"from": "right-noreply@navercorp.com"},
    name_from="네이버 게시중단요청서비스",
    subject="[네이버] 요청이 접수되었습니다 (접수번호 NV-2409-0581)",
    reply_to_req="req-240902-01",
    body=f"""
방송통신심의위원회 담당자님, 안녕하세요.

KCSC-240902-01 요청이 접수번호 NV-2409-0581로 접수되었습니다.

접수된 게시물 중 아래 2건은 긴급 처리 대상으로 분류되어 즉시 게시중단하였습니다.
  · {N11}
  · {N12}

그 밖의 게시물은 순차적으로 검토하여 결과를 안내드리겠습니다.

네이버 게시중단요청서비스
""",
    outcome="applied", classification="confirmation",
    imitates="Portal ticket receipt that also reports an immediate 게시중단 of some items",
    why="Receipt wording plus an unhedged statement about two named items (즉시 게시중단 → removed): not a pure acknowledgement",
    items={N11: "removed", N12: "removed"},
)

case(
    name="naver-qp-private-and-operator-deleted",
    date="Fri, 06 Sep 2024 13:40:00 +0900",
    **{"from": "blog-ops@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    subject="[KCSC-240902-01] 블로그 게시물 처리 결과",
    reply_to_req="req-240902-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 블로그 게시물 2건의 처리 결과입니다.

  {N1}  → 운영자 삭제
  {N2}  → 비공개 처리 (작성자 본인 외 열람 불가)

해당 블로그 운영자에게는 운영정책 위반 안내가 발송되었습니다.

네이버 블로그 운영팀
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER blog operations notice: 운영자 삭제 / 비공개 처리 (quoted-printable body)",
    why="운영자 삭제 and 비공개 처리 are both removals",
    items={N1: "removed", N2: "removed"},
)

case(
    name="naver-wrapped-kin-url",
    date="Sat, 07 Sep 2024 11:18:26 +0900",
    **{"from": "kin-help@naver.com"},
    name_from="네이버 지식iN 고객센터",
    subject="Re: [KCSC-240902-01] 지식iN 답변 삭제 요청",
    reply_to_req="req-240902-01",
    body="""
안녕하세요. 네이버 지식iN 고객센터입니다.

아래 질문과 그에 달린 답변 3건을 운영정책(불법 정보 게시 금지)에 따라
모두 삭제하였습니다.

<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
 docId=471120988>

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Help-desk reply whose long URL the mail client wrapped inside angle brackets",
    why="The URL in <> is broken over two lines (RFC 3986 appendix C style) but is plainly N5; 삭제 → removed",
    items={N5: "removed"},
)

case(
    name="kakao-gongmun-numbered",
    date="Fri, 06 Sep 2024 15:20:37 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[카카오] 시정요구(KCSC-240903-02) 조치결과 회신",
    reply_to_req="req-240903-02",
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구(KCSC-240903-02) 조치결과 회신

1. 귀 위원회의 시정요구와 관련된 내용입니다.
2. 당사는 요청하신 정보에 대하여 아래와 같이 조치하였음을 알려드립니다.

  1) {K1}
     - Daum 카페 게시글 / 블라인드 처리
  2) {K2}
     - Daum 카페 게시글 / 블라인드 처리
  3) {K3}
     - 티스토리 글 / 임시조치 (30일)
  4) {K4}
     - 카카오톡 채널 게시물 / 이미 삭제되어 존재하지 않음

3. 기타 문의사항은 right@kakaocorp.com 으로 연락 바랍니다. 끝.

주식회사 카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 공문-style 조치결과 with a numbered list",
    why="블라인드 → removed (K1, K2), 임시조치 → restricted (K3, percent-encoded as requested), 이미 삭제되어 존재하지 않음 → not_found (K4)",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "not_found"},
)

case(
    name="kakao-tistory-raw-korean-url",
    date="Sat, 07 Sep 2024 10:02:44 +0900",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from="티스토리 운영팀",
    subject="[티스토리] 신고하신 게시물 처리 결과 (KCSC-240903-02)",
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

신고해 주신 게시물은 운영정책 위반(불법촬영물 유포)이 확인되어 삭제하였습니다.

  - 대상: {K3_RAW}
  - 처리: 게시물 삭제 및 블로그 이용 제한

건강한 티스토리를 만들기 위한 협조에 감사드립니다.
티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) report-outcome notice with a raw Hangul entry slug",
    why="The raw Hangul path is K3 (stored percent-encoded); 삭제 → removed",
    items={K3: "removed"},
)

case(
    name="kakao-one-item-no-url",
    date="Thu, 12 Sep 2024 11:47:09 +0900",
    **{"from": "cafe-cs@daum.net"},
    name_from="Daum 카페 고객센터",
    subject="Re: [KCSC-240911-07] Daum 카페 게시물 시정요구",
    reply_to_req="req-240911-07",
    body="""
안녕하세요, Daum 카페 고객센터입니다.

요청하신 '민트필드' 카페의 게시물은 운영정책(마약류 거래 정보 게시 금지) 위반이
확인되어 2024년 9월 12일 삭제 조치되었습니다.
해당 카페에는 경고 1회가 부여되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe customer-centre reply about the single post of a request, naming no URL",
    why="The request has one item; an unhedged 삭제 조치되었습니다 about 'the requested post' applies to it → removed",
    items={K5: "removed"},
)

_html15 = f"""<html><body>
<div style="font-family:'Malgun Gothic';font-size:10pt">
<p>방송통신심의위원회 담당자님 안녕하세요.<br>Daum 카페 서비스 운영 담당입니다.</p>
<p>KCSC-240903-02 요청 건 중 '나이트아울' 카페 게시글에 대한 처리 결과입니다.</p>
<ul>
<li><a href="{K1}">{K1}</a><br>&rarr; 블라인드 처리 (게시물 열람 불가)</li>
<li><a href="{K2}">{K2}</a><br>&rarr; 검토 결과 운영정책 위반 사항이 없어 게시를 유지합니다. (성인 인증 게시판 내 일반 후기 글)</li>
</ul>
<p>감사합니다.</p>
</div></body></html>
"""
case(
    name="kakao-html-base64-blind-and-keep",
    date="Mon, 09 Sep 2024 17:55:30 +0900",
    **{"from": "cafe-ops@kakaocorp.com"},
    name_from="Daum 카페 운영",
    subject="RE: [KCSC-240903-02] 카페 게시글 처리 결과",
    reply_to_req="req-240903-02",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_html15),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations HTML mail (base64) with a bulleted result per post",
    why="K1 블라인드 → removed; K2 no violation, 게시를 유지 → rejected",
    items={K1: "removed", K2: "rejected"},
)

_csv16 = "\n".join([
    "순번,게시물URL,처리결과,비고",
    f"1,{K1},삭제,",
    f"2,{K2},삭제,",
    f"3,{K3},접근제한,국내 접속 차단",
    f"4,{K4},삭제,채널 운영 중지",
]) + "\n"
case(
    name="kakao-csv-euckr-attachment",
    date="Tue, 10 Sep 2024 10:12:58 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[카카오] KCSC-240903-02 조치결과 (첨부)",
    reply_to_req="req-240903-02",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_kakao_b173_16"

------=_kakao_b173_16
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 권리침해신고센터입니다.
KCSC-240903-02 시정요구 4건에 대한 최종 조치결과를 첨부 파일로 보내드립니다.
감사합니다.

------=_kakao_b173_16
Content-Type: text/csv; charset=euc-kr; name="kakao_result_0910.csv"
Content-Disposition: attachment; filename="kakao_result_0910.csv"
Content-Transfer-Encoding: base64

{b64(_csv16.encode("euc-kr"))}

------=_kakao_b173_16--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 조치결과 spreadsheet exported as an EUC-KR CSV attachment",
    why="CSV rows: 삭제 → removed (K1, K2, K4); 접근제한/국내 접속 차단 → restricted (K3)",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "removed"},
)

case(
    name="yt-korea-legal-geo-and-removed",
    date="Mon, 09 Sep 2024 20:14:03 +0900",
    **{"from": "yt-legal-kr@google.com"},
    name_from="YouTube 법률지원팀",
    subject="[KCSC-240905-03] YouTube 콘텐츠 삭제 요청 검토 결과",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요.

YouTube 법률지원팀입니다. 방송통신심의위원회에서 보내주신 요청을 검토하였습니다.

{Y1}
→ 대한민국 법률 위반 소지가 확인되어 한국 내에서 해당 동영상에 대한 액세스를 제한했습니다.

{Y2}
→ YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.

YouTube의 정책에 대한 자세한 내용은 https://support.google.com/youtube/answer/2801999 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법률지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team Korean outcome: local-law geo-restriction and Community Guidelines removal",
    why="Y1 restricted in Korea → restricted; Y2 removed under the guidelines → removed; support link is not an item",
    items={Y1: "restricted", Y2: "removed"},
)

case(
    name="yt-age-restricted-and-no-action",
    date="Tue, 10 Sep 2024 08:41:27 +0900",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    subject="YouTube 요청 처리 결과 - KCSC-240905-03",
    body=f"""
안녕하세요.

요청하신 콘텐츠에 대한 검토를 마쳤습니다.

* {Y3}
  이 동영상에는 연령 제한이 적용되었습니다. 로그인한 만 18세 이상 사용자만 시청할 수 있습니다.

* {Y1}
  검토 결과 YouTube 정책 또는 현지 법률 위반을 확인하지 못하여 조치를 취하지 않았습니다.

추가 근거 자료가 있으면 이 메일에 회신해 주세요.

- YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean outcome: age restriction applied / no action taken",
    why="Y3 age-restricted → restricted; Y1 no violation found, no action → rejected",
    items={Y3: "restricted", Y1: "rejected"},
)

case(
    name="yt-uploader-deleted",
    date="Fri, 06 Sep 2024 15:09:51 +0900",
    **{"from": "yt-legal-kr@google.com"},
    name_from="YouTube 법률지원팀",
    subject="Re: [KCSC-240905-03] Shorts 동영상 관련",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요, YouTube 법률지원팀입니다.

말씀하신 Shorts 동영상({Y2})은 업로더가 직접 삭제하여 현재 YouTube에 존재하지 않습니다.
따라서 YouTube 측에서 별도로 조치할 사항은 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply that the video was deleted by its uploader",
    why="URL in parentheses, uploader deleted it, no longer exists → not_found",
    items={Y2: "not_found"},
)

case(
    name="yt-english-actioned-list",
    date="Wed, 11 Sep 2024 02:33:12 +0000",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="Re: [KCSC-240905-03] Request to remove content from YouTube",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Thanks for reaching out to us. We have reviewed the content you reported and
taken the following action:

  - {Y3} : this content has been actioned under our policies.
  - {Y1} : we have blocked this video from view in South Korea in response
    to your request under local law.

Please note that we may provide a copy of your notice to Lumen
(https://lumendatabase.org).

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removals reply (English) to a Korean regulator",
    why="'actioned under our policies' → removed (Y3); blocked from view in South Korea → restricted (Y1); Lumen link is not an item",
    items={Y3: "removed", Y1: "restricted"},
)

case(
    name="dc-operator-informal-gmail-quote",
    date="Mon, 09 Sep 2024 11:22:40 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240906-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240906-04",
    body=f"""
네 확인했습니다.

주식 갤러리 글 두 개
{D1}
{D2}
삭제했습니다.

코인마켓 마갤 55120번 글({D3})은 작성자가 먼저 지워서 지금은 없는 글이에요.
나머지 두 개는 아직 보는 중입니다.

디시인사이드 운영팀 드림

2024년 9월 6일 (금) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 디시인사이드 운영 담당자님께,
>
> 아래 게시물 5건은 개인의 신상정보를 노출하고 있어 삭제를 요청드립니다.
>
> 1. {D1}
> 2. {D2}
> 3. {D3}
> 4. {D4}
> 5. {D5}
>
> 방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Informal community-operator reply (DC Inside) above a Gmail-quoted request",
    why="D1, D2 listed above 삭제했습니다 → removed; D3 deleted by its author → not_found; D4, D5 only in the quote and 'still looking' → pending",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "pending", D5: "pending"},
)

case(
    name="dc-bare-url-status-below",
    date="Tue, 10 Sep 2024 16:05:12 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="[KCSC-240906-04] 처리 결과 (2차)",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
2차 처리 결과 전달드립니다.

{D3}
→ 삭제 완료

{D4}
→ 해당 게시물 없음 (이미 삭제된 글)

{D5}
→ 삭제 및 작성자 IP 차단

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Community operator result list: bare URL with the result on the line below",
    why="Each URL's own next line: 삭제 완료 → removed, 게시물 없음 → not_found, 삭제 및 차단 → removed",
    items={D3: "removed", D4: "not_found", D5: "removed"},
)

case(
    name="dc-gongmun-all5",
    date="Thu, 12 Sep 2024 10:30:00 +0900",
    **{"from": "legal@dcinside.com"},
    name_from="(주)디시인사이드 법무팀",
    subject="[회신] 시정요구 KCSC-240906-04 조치결과",
    reply_to_req="req-240906-04",
    body=f"""
수신 : 방송통신심의위원회
참조 : 통신심의 담당
제목 : 시정요구 KCSC-240906-04에 대한 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관의 시정요구에 대한 당사의 조치결과를 다음과 같이 회신합니다.

  가. {D1} : 삭제
  나. {D2} : 삭제
  다. {D3} : 삭제 불가 (게시물 내용 확인 결과 개인정보 노출에 해당하지 않음)
  라. {D4} : 삭제
  마. {D5} : 게시물 없음

3. 끝.

(주)디시인사이드 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="공문-style 조치결과 회신 with 가/나/다 items",
    why="삭제 → removed (D1, D2, D4); 삭제 불가 with a no-violation reason → rejected (D3); 게시물 없음 → not_found (D5)",
    items={D1: "removed", D2: "removed", D3: "rejected", D4: "removed", D5: "not_found"},
)

case(
    name="band-colon-results",
    date="Wed, 11 Sep 2024 14:26:33 +0900",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    subject="[BAND] 신고 게시글 처리 결과 안내 (KCSC-240909-05)",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. BAND 고객센터입니다.

방송통신심의위원회에서 신고하신 게시글 2건의 처리 결과를 안내드립니다.

  {B1} : 게시글 삭제 (운영정책 - 불법 거래 정보)
  {B2} : 운영정책 위반 아님, 게시 유지

BAND는 안전한 커뮤니티를 위해 노력하겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report outcome, URL : result lines",
    why="B1 게시글 삭제 → removed; B2 not a violation, 게시 유지 → rejected",
    items={B1: "removed", B2: "rejected"},
)

case(
    name="band-angle-bracket-fullwidth",
    date="Thu, 12 Sep 2024 09:48:05 +0900",
    **{"from": "safety@band.us"},
    name_from="BAND 운영정책팀",
    subject="Re: [KCSC-240909-05] 밴드 게시글 조치 요청",
    reply_to_req="req-240909-05",
    body=f"""
담당자님 안녕하세요, BAND 운영정책팀 장미래입니다.

<{B2}>，해당 게시글은 마약류 판매 홍보로 확인되어 숨김 처리 후 삭제되었습니다.
해당 밴드 리더에게도 경고 조치를 하였습니다.

감사합니다.
장미래 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND policy-team reply with the URL in angle brackets followed by a full-width comma",
    why="B2 숨김 처리 후 삭제되었습니다 → removed; B1 not mentioned",
    items={B2: "removed"},
)

# ================================================================ REVIEW

case(
    name="naver-promise-will-act",
    date="Tue, 03 Sep 2024 14:10:22 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    subject="RE: [KCSC-240902-01] 시정요구 접수 확인",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원실입니다.

요청하신 게시물 중 아래 블로그 글 2건은 내부 검토 후 조치할 예정입니다.
  - {N1}
  - {N2}

처리 결과는 영업일 기준 3일 이내에 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Portal reply promising action after internal review",
    why="'조치할 예정' is a promise, not a statement: the named items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedged-seems-deleted",
    date="Thu, 05 Sep 2024 16:44:09 +0900",
    **{"from": "cafe-ops@kakaocorp.com"},
    name_from="Daum 카페 운영",
    subject="Re: [KCSC-240903-02] 카페 게시글 확인",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, Daum 카페 운영 담당입니다.

{K1} 은 이미 삭제된 것으로 보이며,
{K2} 역시 현재는 노출되지 않는 것 같습니다.

정확한 처리 이력은 시스템에서 확인한 뒤 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Hedged operator reply ('삭제된 것으로 보입니다', '것 같습니다')",
    why="Both statements are hedged; nothing can be applied and the operator says it will confirm later",
    items={K1: "pending", K2: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    date="Mon, 09 Sep 2024 17:30:45 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    subject="[회신] KCSC-240902-01 조치 완료",
    reply_to_req="req-240902-01",
    body="""
위원회 담당자님께

KCSC-240902-01로 요청하신 게시물 12건 전부에 대해 게시중단 조치를 완료하였습니다.
개별 처리 내역이 필요하시면 말씀해 주십시오.

네이버 정책지원실 드림
""",
    outcome="review", review="bulk",
    imitates="Portal one-line completion notice for a whole multi-item request",
    why="A statement about all 12 items without naming each: bulk review, items pending",
    items=pending(R1),
)

case(
    name="dc-bulk-informal",
    date="Wed, 11 Sep 2024 19:03:27 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240906-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240906-04",
    body="""
안녕하세요~ 말씀하신 글들 전부 삭제 처리했습니다.
같은 내용이 또 올라오면 알려주세요.

디시인사이드 운영팀
""",
    outcome="review", review="bulk",
    imitates="Informal community-operator 'all done' reply",
    why="'글들 전부 삭제' for a five-item request without naming any: bulk review, items pending",
    items=pending(R4),
)

case(
    name="naver-untrusted-auth-fail",
    date="Thu, 05 Sep 2024 22:51:14 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    subject="[회신] KCSC-240902-01 카페 게시물 조치결과",
    auth="fail",
    body=f"""
방송통신심의위원회 담당자님께

요청하신 카페 게시물에 대한 조치결과입니다.

{N3} - 삭제
{N4} - 삭제

네이버 정책지원실
""",
    outcome="review", review="untrusted",
    imitates="Result mail that claims the portal's domain but fails DKIM/SPF/DMARC",
    why="From navercorp.com but authentication fails: nothing may be applied",
    items={N3: "pending", N4: "pending"},
)

case(
    name="unknown-sender-monitoring-agency",
    date="Fri, 06 Sep 2024 09:20:00 +0900",
    **{"from": "report@cleannet-monitor.co.kr"},
    name_from="클린넷모니터링",
    subject="[KCSC-240902-01] 네이버 게시물 삭제 확인 보고",
    body=f"""
방송통신심의위원회 담당자님 안녕하세요.
모니터링 대행사 클린넷모니터링입니다.

금일 오전 점검 결과 아래 네이버 블로그 게시물이 삭제된 것을 확인하였습니다.

1. {N1} - 삭제됨
2. {N2} - 삭제됨

참고 부탁드립니다.
클린넷모니터링 드림
""",
    outcome="review", review="unknown_sender",
    imitates="Third-party monitoring contractor reporting what it observed",
    why="Not sent by NAVER (or any platform): its observations cannot change statuses",
    items={N1: "pending", N2: "pending"},
)

case(
    name="dc-about-naver-item",
    date="Tue, 10 Sep 2024 12:14:50 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240906-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

요청 건과 같은 신상 글이 네이버 카페에도 올라가 있어서 확인해 봤는데
{N8} 은 네이버 쪽에서 삭제한 상태입니다.

저희 갤러리 글은 내일 중으로 처리하겠습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Community operator mentioning a copy of the content on another portal",
    why="DC Inside states the status of a NAVER item (wrong platform); its own items only get a promise",
    items={N8: "pending"},
)

case(
    name="yt-asks-more-information",
    date="Sat, 07 Sep 2024 03:12:40 +0900",
    **{"from": "yt-legal-kr@google.com"},
    name_from="YouTube 법률지원팀",
    subject="[KCSC-240905-03] 추가 정보 요청",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요, YouTube 법률지원팀입니다.

보내주신 요청을 처리하려면 다음 정보가 추가로 필요합니다.

  1. {Y1} : 문제가 되는 구간의 타임스탬프
  2. {Y2} : 위반된다고 보시는 대한민국 법령의 조항

위 정보를 이 메일에 회신해 주시면 검토를 이어가겠습니다.
정보를 받지 못하면 요청을 처리하기 어려울 수 있습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal 'we need more information' reply",
    why="A request for timestamps and legal grounds: no statement about the items",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="band-conditional-deletion",
    date="Tue, 10 Sep 2024 18:36:21 +0900",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    subject="Re: [KCSC-240909-05] 밴드 게시글 조치 요청",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. BAND 고객센터입니다.

{B1} 게시글은 작성자에게 소명 기회를 부여하였으며,
7일 이내에 소명이 없으면 삭제될 예정입니다.

결과가 확정되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Platform notice giving the author a chance to explain before deletion",
    why="Deletion is conditional and in the future: B1 stays pending",
    items={B1: "pending"},
)

case(
    name="naver-forwarded-internal",
    date="Fri, 06 Sep 2024 18:02:33 +0900",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    subject="Fwd: 카페 게시물 처리 결과 (KCSC-240902-01)",
    body=f"""
카페팀에서 받은 회신 전달드립니다.

---------- Forwarded message ---------
보낸사람: 카페 운영지원 <cafe-ops@navercorp.com>
Date: 2024년 9월 6일 (금) 오후 5:40
Subject: 카페 게시물 처리 결과 (KCSC-240902-01)
To: 한지우 <jiwoo.han@navercorp.com>

지우님,
요청하신 카페 글 처리했습니다.
{N3} - 블라인드 완료
{N8} - 블라인드 완료
감사합니다.
""",
    outcome="review", review="forwarded",
    imitates="Staff member forwarding an internal team's result to the regulator",
    why="The statements are inside a forwarded message whose own sender is not authenticated; a clerk checks it before applying",
    items={N3: "pending", N8: "pending"},
)

case(
    name="naver-notice-no-claims",
    date="Mon, 09 Sep 2024 10:00:00 +0900",
    **{"from": "right-noreply@navercorp.com"},
    name_from="네이버 게시중단요청서비스",
    subject="[안내] 기관 전용 게시중단 요청 창구 변경 안내",
    body="""
안녕하세요. 네이버 게시중단요청서비스입니다.

2024년 10월 1일부터 공공기관의 게시중단 요청은 기관 전용 창구
(https://right.naver.com/agency)로만 접수됩니다.
기존 이메일 접수는 2024년 9월 30일까지 병행 운영됩니다.

이용에 참고하시기 바랍니다.
네이버 드림
""",
    outcome="review", review="no_claims",
    imitates="Portal service notice about a change of the reporting channel",
    why="Trusted NAVER mail naming no item and no request",
    items={},
)

_hwp = bytes.fromhex("d0cf11e0a1b11ae1") + bytes((i * 37 + 11) % 256 for i in range(1400))
case(
    name="dc-hwp-attachment-only",
    date="Fri, 13 Sep 2024 09:05:18 +0900",
    **{"from": "legal@dcinside.com"},
    name_from="(주)디시인사이드 법무팀",
    subject="[공문] KCSC-240906-04 시정요구에 대한 회신",
    reply_to_req="req-240906-04",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dc_b173_hwp"

--dc_b173_hwp
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. (주)디시인사이드 법무팀입니다.
KCSC-240906-04 시정요구에 대한 회신 공문을 첨부와 같이 송부합니다.
확인 부탁드립니다.

--dc_b173_hwp
Content-Type: application/x-hwp; name="dc_reply_KCSC-240906-04.hwp"
Content-Disposition: attachment; filename="dc_reply_KCSC-240906-04.hwp"
Content-Transfer-Encoding: base64

{b64(_hwp)}

--dc_b173_hwp--
""",
    outcome="review", review="unreadable_attachment",
    imitates="Korean 공문 sent as an HWP (Hangul word processor) attachment",
    why="The result is only in an HWP file the reader cannot read; the body says nothing about items",
    items={},
)

# ================================================================ IGNORED

case(
    name="naver-out-of-office",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    subject="[자동응답] 부재중입니다: [KCSC-240902-01] 시정요구 (불법촬영물 등 12건)",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 한지우입니다.
9월 2일(월)부터 9월 4일(수)까지 휴가로 부재중입니다.
급한 용무는 정책지원실 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="Auto-reply: ignored",
    items={},
)

case(
    name="kakao-receipt-ack",
    date="Tue, 03 Sep 2024 11:00:52 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
  · 접수번호: 2409-118273
  · 접수일시: 2024-09-03 11:00

담당 부서에서 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt",
    why="Pure acknowledgement with a ticket number: ignored",
    items={},
)

case(
    name="dc-dsn-user-unknown",
    date="Fri, 06 Sep 2024 14:00:09 +0900",
    **{"from": "MAILER-DAEMON@mx2.dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7D1A22F0C3.1725598809/mx2.dcinside.com"

This is a MIME-encapsulated message.

--7D1A22F0C3.1725598809/mx2.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@dcinside.com>: host mx2.dcinside.com said: 550 5.1.1
    <report-old@dcinside.com>: Recipient address rejected: User unknown

--7D1A22F0C3.1725598809/mx2.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
X-Postfix-Queue-ID: 7D1A22F0C3
Arrival-Date: Fri,  6 Sep 2024 14:00:08 +0900 (KST)

Final-Recipient: rfc822; report-old@dcinside.com
Original-Recipient: rfc822;report-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report-old@dcinside.com>: Recipient address
    rejected: User unknown

--7D1A22F0C3.1725598809/mx2.dcinside.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report-old@dcinside.com
Subject: {enc("[KCSC-240906-04] 개인정보 노출 게시물 삭제 요청")}
Date: Fri, 06 Sep 2024 14:00:00 +0900
Message-ID: <req-240906-04@kcsc.example>

--7D1A22F0C3.1725598809/mx2.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 user unknown)",
    why="Bounce of our own request: ignored",
    items={},
)

case(
    name="naver-works-mdn",
    date="Mon, 02 Sep 2024 13:27:30 +0900",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    subject="읽음: [KCSC-240902-01] 시정요구 (불법촬영물 등 12건)",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn_b173_works"

--mdn_b173_works
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

  받는 사람: 한지우 <jiwoo.han@navercorp.com>
  제목: [KCSC-240902-01] 시정요구 (불법촬영물 등 12건)
  읽은 시간: 2024-09-02 13:27

--mdn_b173_works
Content-Type: message/disposition-notification

Reporting-UA: mail.worksmobile.com; NAVER WORKS Mail
Final-Recipient: rfc822; jiwoo.han@navercorp.com
Original-Message-ID: <req-240902-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b173_works--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN)",
    why="Read receipt: ignored",
    items={},
)

case(
    name="yt-legal-receipt",
    date="Thu, 05 Sep 2024 00:31:02 +0000",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="[7-2841000035127] Re: [KCSC-240905-03] YouTube 콘텐츠 삭제 요청",
    reply_to_req="req-240905-03",
    body="""
Hello,

Thank you for contacting Google. This is an automated reply to confirm that
we have received your request. Your case ID is 7-2841000035127.

안녕하세요. Google에 문의해 주셔서 감사합니다. 요청이 접수되었으며,
담당자가 검토한 후 연락드리겠습니다. 케이스 ID: 7-2841000035127

Please do not reply with a new request in this thread.

The Google Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-support automatic case receipt (English and Korean)",
    why="Receipt with a case ID and a promise to review: acknowledgement, ignored",
    items={},
)

case(
    name="band-outlook-autoreply",
    date="Mon, 09 Sep 2024 10:01:15 +0900",
    **{"from": "mirae.jang@band.us"},
    name_from="장미래",
    subject="자동 회신: [KCSC-240909-05] 밴드 게시글 조치 요청",
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: mirae.jang@band.us"],
    body="""
안녕하세요, 장미래입니다.
현재 출장 중으로 9월 11일(수)부터 메일 확인이 가능합니다.
BAND 관련 신고는 help@band.us 로 보내주시면 빠르게 처리됩니다.
감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook Korean '자동 회신' out-of-office reply",
    why="Auto-reply: ignored",
    items={},
)

case(
    name="daum-dsn-korean",
    date="Wed, 11 Sep 2024 15:00:20 +0900",
    **{"from": "MAILER-DAEMON@mx.daum.net"},
    name_from="Daum Mail Delivery",
    subject=enc("메일 전송 실패 안내") + " (Delivery Status Notification)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="daum_dsn_b173"

--daum_dsn_b173
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 아래 수신자에게 전달되지 못했습니다.

  수신자: cafe-report@daum.net
  사유: 수신자의 메일함 용량이 초과되었습니다. (552 5.2.2 Mailbox full)

잠시 후 다시 보내 주시기 바랍니다.

--daum_dsn_b173
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.daum.net
Arrival-Date: Wed, 11 Sep 2024 15:00:05 +0900

Final-Recipient: rfc822; cafe-report@daum.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--daum_dsn_b173
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-report@daum.net
Subject: {enc("[KCSC-240911-07] Daum 카페 게시물 시정요구")}
Message-ID: <req-240911-07@kcsc.example>

--daum_dsn_b173--
""",
    outcome="ignored", classification="bounce",
    imitates="Korean webmail delivery failure notice (mailbox full)",
    why="Bounce of our own request: ignored",
    items={},
)

HEADER = """# Blind set 173 (Korean): expected results written from each email's
# meaning before the reader was run. Generated by make.py; do not edit.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
