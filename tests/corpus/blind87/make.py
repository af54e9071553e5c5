#!/usr/bin/env python3
"""Blind set 87 (issue 11): Korean portals (NAVER, Kakao/Daum, DC Inside,
SOOP, Nate) plus one YouTube request, with the doubtful and ignorable mail a
regulator's mailbox really receives.

Written without reading the reader (src/, docs/reader.md) or any other set.
Expected results were written from each email's meaning, here in the case
list, before anything was run. Deterministic: rewrites requests.csv, cases/
and expected.toml.

    python3 tests/corpus/blind87/make.py
"""
import base64
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

# ---------------------------------------------------------------- requests
VILLAGE_RAW = "https://cafe.naver.com/가짜마을/3312"
VILLAGE_ENC = "https://cafe.naver.com/" + quote("가짜마을") + "/3312"

N = [  # KCSC-240909-01, naver, 14 items
    "https://blog.naver.com/fakeblog_mina/223581234501",   # N0
    "https://blog.naver.com/fakeblog_mina/223581234502",   # N1
    "https://blog.naver.com/sample_dohyun/223579900117",   # N2
    "https://blog.naver.com/sample_dohyun/223579900245",   # N3
    "https://cafe.naver.com/fakecafe77/10234",             # N4
    "https://cafe.naver.com/fakecafe77/10291",             # N5
    VILLAGE_ENC,                                           # N6 (stored percent-encoded)
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567",  # N7
    "https://post.naver.com/viewer/postView.naver?volumeNo=38123456&memberNo=51234567",  # N8
    "https://blog.naver.com/lumi_fake22/223585551010",     # N9
    "https://blog.naver.com/lumi_fake22/223585551011",     # N10
    "https://cafe.naver.com/fakecafe77/10302",             # N11
    "https://blog.naver.com/ghost_reviewer9/223590011234", # N12
    "https://tv.naver.com/v/58123456",                     # N13
]
K = [  # KCSC-240910-01, kakao, 5 items
    "https://cafe.daum.net/fakecafe_daum/Ab12/345",
    "https://cafe.daum.net/fakecafe_daum/Ab12/346",
    "https://fakewriter88.tistory.com/112",
    "https://tv.kakao.com/v/441234567",
    "https://cafe.daum.net/otherfake/ZZx9/88",
]
D = [  # KCSC-240911-01, dcinside, 4 items
    "https://gall.dcinside.com/board/view/?id=fakegall&no=5123456",
    "https://gall.dcinside.com/board/view/?id=fakegall&no=5123499",
    "https://gall.dcinside.com/mgallery/board/view/?id=fake_minor&no=88123",
    "https://gall.dcinside.com/mgallery/board/view/?id=fake_minor&no=88140",
]
S = [  # KCSC-240912-01, soop, 3 items
    "https://vod.sooplive.co.kr/player/131234567",
    "https://vod.sooplive.co.kr/player/131234590",
    "https://ch.sooplive.co.kr/fakebj01/post/12345678",
]
P = [  # KCSC-240913-01, nate, 2 items
    "https://pann.nate.com/talk/371234567",
    "https://pann.nate.com/talk/371234602",
]
Y = [  # KCSC-240916-01, youtube, 1 item
    "https://www.youtube.com/watch?v=Fk3xQ9LmZ2a",
]

REQUESTS = [
    ("KCSC-240909-01", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", N, "req-240909-01"),
    ("KCSC-240910-01", "kakao", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", K, "req-240910-01"),
    ("KCSC-240911-01", "dcinside", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00", D, "req-240911-01"),
    ("KCSC-240912-01", "soop", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00", S, "req-240912-01"),
    ("KCSC-240913-01", "nate", "2024-09-13T10:30:00+09:00", "2024-09-20T18:00:00+09:00", P, "req-240913-01"),
    ("KCSC-240916-01", "youtube", "2024-09-16T16:00:00+09:00", "2024-09-23T18:00:00+09:00", Y, "req-240916-01"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, mid in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},illegal_content,<{mid}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def quoted_request_ko(ref, urls, date="2024. 9. 9. 오전 10:00"):
    out = [f"{date}, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:",
           f"> [{ref}] 시정요구(삭제) 요청",
           "> 아래 정보는 심의 결과 불법정보에 해당하여 시정요구를 드리니,",
           "> 조치 후 결과를 회신하여 주시기 바랍니다. (조치가 완료되면 '삭제 완료'로 회신)",
           ">"]
    for i, u in enumerate(urls, 1):
        out.append(f"> {i}. {u}")
    return "\n".join(out)


def quoted_request_outlook(ref, urls, sent="Tuesday, September 10, 2024 2:00 PM"):
    out = ["-----Original Message-----",
           "From: KCSC Takedown <takedown@kcsc.example>",
           f"Sent: {sent}",
           f"Subject: [{ref}] Request for removal of illegal information",
           "",
           "Please remove the following items and confirm that they have been removed:"]
    for u in urls:
        out.append(u)
    return "\n".join(out)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def alt(plain, html, boundary, enc="qp"):
    enc_name = "quoted-printable" if enc == "qp" else "base64"
    f = qp if enc == "qp" else b64
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: {enc_name}\n\n{f(plain)}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: {enc_name}\n\n{f(html)}\n"
            f"--{boundary}--\n")


def single(text, ctype="plain", enc="base64"):
    enc_name = "quoted-printable" if enc == "qp" else "base64"
    f = qp if enc == "qp" else b64
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {enc_name}\n\n{f(text)}\n")


def with_attachment(text, fname, ctype, data_text, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(text)}\n"
            f"--{boundary}\nContent-Type: {ctype}; name=\"{fname}\"\n"
            f"Content-Disposition: attachment; filename=\"{fname}\"\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(data_text)}\n"
            f"--{boundary}--\n")


NAVER_FOOTER = """본 메일은 발신전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
NAVER Corp. | 경기도 성남시 분당구 정자일로 95, NAVER 1784"""
KAKAO_FOOTER = """(주)카카오 | 제주특별자치도 제주시 첨단로 242
운영정책: https://www.kakao.com/policy/oppolicy"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-kcsc-result-html-table",
    from_="kcsc-report@navercorp.com", name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 16:20:11 +0900",
    subject="[KCSC-240909-01] 시정요구 조치결과 회신",
    reply_to_req="req-240909-01",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240909-01)에 대한 당사 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치일시</th><th>조치결과</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>2024-09-11 14:02</td><td>삭제</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>2024-09-11 14:03</td><td>삭제</td></tr>
<tr><td>3</td><td>{N[4]}</td><td>2024-09-11 15:40</td><td>임시조치(접근 제한)</td></tr>
<tr><td>4</td><td>{N[5]}</td><td>-</td><td>게시물 없음(작성자 삭제)</td></tr>
</table>
<p>나머지 건은 확인 후 별도로 회신드리겠습니다.</p>
<p>네이버 정책지원팀 드림<br>{NAVER_FOOTER.replace(chr(10), '<br>')}</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 table (연번/URL/조치일시/조치결과) as portals return it",
    why="HTML table: 삭제 x2 removed, 임시조치 restricted, 게시물 없음(작성자 삭제) not_found; promise for the rest keeps them pending",
    items={N[0]: "removed", N[1]: "removed", N[4]: "restricted", N[5]: "not_found"},
)

case(
    name="naver-temporary-measure-44-2",
    from_="noreply-inoti@naver.com", name_from="네이버 게시중단요청서비스",
    date="Wed, 11 Sep 2024 09:05:40 +0900",
    subject="[네이버] 게시물 임시조치 안내 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
30일간 임시조치(게시중단)하였음을 알려드립니다.

- {N[2]}
- {N[3]}

임시조치된 게시물은 '[네이버] 임시적으로 게시가 중단된 게시물입니다.'로 표시되며,
게시자가 30일 이내에 재게시를 요청하지 않으면 삭제될 수 있습니다.

게시중단요청서비스 안내: https://inoti.naver.com/inoti/main.nhn

{NAVER_FOOTER}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 안내 (Article 44-2, 30-day temporary measure, 재게시 요청)",
    why="임시조치 under Art. 44-2 is a restriction; 'may be deleted' later is a possibility, not a removal; inoti link is no item",
    items={N[2]: "restricted", N[3]: "restricted"},
)

case(
    name="naver-blind-per-line",
    from_="cafe_safety@navercorp.com", name_from="네이버 카페 클린센터",
    date="Thu, 12 Sep 2024 11:31:02 +0900",
    subject="RE: [KCSC-240909-01] 시정요구(삭제) 요청",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 네이버 카페 클린센터입니다.
요청 주신 카페 게시글 처리 결과 안내드립니다.

{N[4]} : 블라인드 처리 완료
{N[5]} : 블라인드 처리 완료
{N[11]} : 블라인드 처리 완료

블라인드 처리된 게시글은 카페 멤버 및 외부에 노출되지 않습니다.
감사합니다.

{quoted_request_ko("KCSC-240909-01", [N[4], N[5], N[11]])}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe clean-centre reply, one 'URL : 블라인드 처리 완료' line per post, over our quoted request",
    why="블라인드 is a removal form (issue 11 item 3); quoted request lines are ignored",
    items={N[4]: "removed", N[5]: "removed", N[11]: "removed"},
)

case(
    name="naver-status-below-bare-url",
    from_="policy@navercorp.com", name_from="NAVER Policy",
    date="Fri, 13 Sep 2024 10:12:45 +0900",
    subject="Re: [KCSC-240909-01] 시정요구(삭제) 요청",
    reply_to_req="req-240909-01",
    body=f"""담당자님 안녕하세요.
요청하신 블로그 게시물 확인 결과입니다.

{N[9]}
→ 위원회 요청에 따라 비공개 처리하였습니다.

{N[10]}
→ 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

{N[12]}
→ 운영자 권한으로 삭제하였습니다.

네이버 블로그 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog operator reply with each status on the line below a bare URL",
    why="비공개 처리 removed, 이미 삭제(작성자) not_found, 운영자 삭제 removed",
    items={N[9]: "removed", N[10]: "not_found", N[12]: "removed"},
)

case(
    name="naver-no-violation-kept",
    from_="policy@navercorp.com", name_from="NAVER Policy",
    date="Fri, 13 Sep 2024 15:44:09 +0900",
    subject="Re: [KCSC-240909-01] 지식iN 게시물 검토 결과",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요. 네이버 지식iN 운영팀입니다.

요청하신 지식iN 게시물({N[7]})은
내부 검토 결과 지식iN 운영정책 및 관련 법령에 위반되는 내용이 확인되지 않아
별도의 조치 없이 게시를 유지하기로 하였습니다.

운영정책 전문: https://kin.naver.com/help/policy.naver
추가 소명 자료가 있으시면 회신 주시기 바랍니다.

{NAVER_FOOTER}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 운영팀 '위반 사항이 확인되지 않아 게시 유지' decision",
    why="no violation found, post kept: rejected; the invitation to send more material does not hedge the decision; policy link is no item",
    items={N[7]: "rejected"},
)

CSV_DATA = (
    "번호,URL,처리결과,처리일\n"
    f"1,{N[0]},삭제,2024-09-12\n"
    f"2,{N[8]},삭제,2024-09-12\n"
    f"3,{N[13]},접근제한(19세 이상),2024-09-12\n"
)
case(
    name="naver-csv-attachment",
    from_="kcsc-report@navercorp.com", name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 17:02:30 +0900",
    subject="[KCSC-240909-01] 조치결과 회신 (첨부)",
    reply_to_req="req-240909-01",
    raw_mime=with_attachment(
        "안녕하세요.\n시정요구 건에 대한 처리 결과를 첨부 파일로 회신드립니다.\n확인 부탁드립니다.\n\n네이버 정책지원팀\n",
        "조치결과_KCSC-240909-01.csv", "text/csv; charset=utf-8", CSV_DATA, "=_nv_csv_0913"),
    outcome="applied", classification="confirmation",
    imitates="portal reply sending the 조치결과 as a CSV attachment (번호,URL,처리결과,처리일)",
    why="CSV rows: two 삭제 removed; 접근제한(19세 이상) is an age restriction, restricted",
    items={N[0]: "removed", N[8]: "removed", N[13]: "restricted"},
)

case(
    name="naver-top-posted-over-quoted-list",
    from_="policy@navercorp.com", name_from="NAVER Policy",
    date="Tue, 10 Sep 2024 18:22:10 +0900",
    subject="Re: [KCSC-240909-01] 시정요구(삭제) 요청",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요.
요청하신 건 중 아래 2건은 삭제 조치 완료되었습니다.

1) {N[2]}
2) {N[9]}

나머지 게시물은 검토 중이며 처리되는 대로 다시 연락드리겠습니다.

{quoted_request_ko("KCSC-240909-01", N)}""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Korean operator reply over the whole quoted 시정요구 list",
    why="two listed items removed; the other twelve appear only in the quote and are 검토 중: pending",
    items={N[2]: "removed", N[9]: "removed"},
)

case(
    name="naver-echoed-report",
    from_="report-noreply@naver.com", name_from="네이버 신고센터",
    date="Wed, 11 Sep 2024 13:08:55 +0900",
    subject="[네이버 신고센터] 신고하신 게시물 처리 결과 안내",
    reply_to_req="req-240909-01",
    body=f"""신고하신 게시물에 대한 처리 결과를 안내해 드립니다.

신고하신 게시물은 네이버 운영정책 위반으로 확인되어 삭제되었습니다.
소중한 신고에 감사드립니다.

■ 신고 내역
- 접수번호: NR-20240910-774512
- 신고 사유: 불법정보(방송통신심의위원회 시정요구 KCSC-240909-01)
- 신고 게시물: {N[12]}
- 접수일시: 2024.09.10 10:14

※ 처리 결과에 대한 문의는 고객센터(https://help.naver.com/service/5626)로 해 주세요.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 '신고하신 게시물 처리 결과 안내' with the echoed report block",
    why="statement about 'the reported post' followed by an echoed report naming it: removed",
    items={N[12]: "removed"},
)

case(
    name="naver-url-below-statement",
    from_="policy@navercorp.com", name_from="NAVER Policy",
    date="Mon, 16 Sep 2024 11:15:00 +0900",
    subject="Re: [KCSC-240909-01] 추가 회신",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 지난주에 이어 남은 건 회신드립니다.

아래 게시물은 삭제 조치하였습니다.
{N[11]}

아래 게시물은 검토 결과 게시중단 사유에 해당하지 않아 그대로 유지됩니다.
{N[3]}

감사합니다.
네이버 정책팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy follow-up with each statement followed by the URL on the next line",
    why="URL on the line below its statement: one removed, one kept (rejected)",
    items={N[11]: "removed", N[3]: "rejected"},
)

case(
    name="naver-raw-korean-cafe-path",
    from_="cafe_safety@navercorp.com", name_from="네이버 카페 클린센터",
    date="Thu, 12 Sep 2024 19:40:12 +0900",
    subject="RE: [KCSC-240909-01] 카페 게시글 조치",
    reply_to_req="req-240909-01",
    body=f"""담당자님, 요청하신 카페 게시글 {VILLAGE_RAW}은 카페 매니저 확인 후
클린센터에서 게시중단 처리하였습니다.

네이버 카페 클린센터""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER cafe clean-centre note naming one post by its raw Korean cafe path",
    why="raw Korean IRI followed by the particle 은 matches the percent-encoded item; 게시중단 is removal",
    items={N[6]: "removed"},
)

case(
    name="naver-mixed-done-and-pending-qp",
    from_="kcsc-report@navercorp.com", name_from="NAVER 정책지원",
    date="Tue, 17 Sep 2024 14:00:00 +0900",
    subject="[KCSC-240909-01] 시정요구 조치결과 (2차)",
    reply_to_req="req-240909-01",
    raw_mime=alt(
        f"""시정요구 2차 조치결과입니다.

- {N[13]} : 네이버TV 영상 삭제 완료
- {N[8]} : 포스트 게시글 삭제 완료
- {N[7]} : 지식iN 답변 채택 건으로 관련 부서 검토 중 (조치 예정)
- {N[1]} : 삭제 예정

감사합니다.""",
        f"""<html><body><p>시정요구 2차 조치결과입니다.</p><ul>
<li>{N[13]} : 네이버TV 영상 삭제 완료</li>
<li>{N[8]} : 포스트 게시글 삭제 완료</li>
<li>{N[7]} : 지식iN 답변 채택 건으로 관련 부서 검토 중 (조치 예정)</li>
<li>{N[1]} : 삭제 예정</li></ul><p>감사합니다.</p></body></html>""",
        "=_nv_alt_0917"),
    outcome="applied", classification="confirmation",
    imitates="multipart/alternative quoted-printable 2차 조치결과 with done and planned lines",
    why="삭제 완료 x2 removed; 검토 중 / 조치 예정 / 삭제 예정 keep items pending",
    items={N[13]: "removed", N[8]: "removed"},
)

# ---- Kakao / Daum
case(
    name="daum-cafe-suspension-notice",
    from_="cafe-safety@daum.net", name_from="Daum 카페 안전센터",
    date="Wed, 11 Sep 2024 10:20:00 +0900",
    subject="[Daum 카페] 게시물 게시중단 조치 안내 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. Daum 카페 안전센터입니다.

방송통신심의위원회의 시정요구에 따라 아래 게시물을 게시중단(블라인드) 조치하였습니다.

  ▶ {K[0]}
  ▶ {K[1]}

게시중단된 게시물은 카페 내에서 '운영정책에 따라 게시중단된 게시물입니다'로 표시됩니다.
이의가 있는 게시자는 고객센터(https://cs.daum.net/faq/21.html)를 통해 소명할 수 있습니다.

{KAKAO_FOOTER}""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 게시중단(블라인드) 조치 안내 with ▶ bullets and an 소명 link",
    why="게시중단(블라인드) is removal per issue 11; help link is no item",
    items={K[0]: "removed", K[1]: "removed"},
)

case(
    name="kakao-english-outlook-quote",
    from_="dsa-contact@kakaocorp.com", name_from="Kakao Trust & Safety",
    date="Thu, 12 Sep 2024 08:45:31 +0900",
    subject="RE: [KCSC-240910-01] Request for removal of illegal information",
    reply_to_req="req-240910-01",
    body=f"""Dear KCSC team,

Thank you for your notice. After review we have taken the following action:

* {K[2]} - the Tistory post has been deleted and the blog owner has been notified.
* {K[3]} - the clip has been made unavailable on Kakao TV.
* {K[4]} - we were unable to locate this post; the URL returns "존재하지 않는 게시물입니다".

Kind regards,
Kakao Trust & Safety
Ticket KTS-2024-0912-0381

{quoted_request_outlook("KCSC-240910-01", K)}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao trust-and-safety English reply in Outlook style over the quoted request",
    why="deleted and made unavailable are removals; unable to locate is not_found; Outlook-quoted list does not count",
    items={K[2]: "removed", K[3]: "removed", K[4]: "not_found"},
)

case(
    name="daum-korean-particles-fullwidth",
    from_="cafe-safety@daum.net", name_from="Daum 카페 안전센터",
    date="Fri, 13 Sep 2024 14:10:00 +0900",
    subject="Re: [KCSC-240910-01] 시정요구 회신",
    reply_to_req="req-240910-01",
    body=f"""담당자님 안녕하세요.
{K[4]}에서 문제된 게시물은 작성자가 이미 삭제하여 현재 존재하지 않습니다.
또한 다른 카페 게시물（{K[1]}）은 금일 안전센터에서 삭제 처리했습니다。

카카오 드림""",
    outcome="applied", classification="confirmation",
    imitates="informal Daum cafe operator reply with Korean particles and full-width brackets after URLs",
    why="URL+에서: already deleted by its author, not_found; URL inside full-width brackets: removed",
    items={K[4]: "not_found", K[1]: "removed"},
)

# ---- DC Inside
case(
    name="dc-informal-operator",
    from_="gallery-admin@dcinside.com", name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 17:55:12 +0900",
    subject="Re: [KCSC-240911-01] 게시물 삭제 요청",
    reply_to_req="req-240911-01",
    body=f"""네 안녕하세요 디시 운영팀입니다.
말씀하신 글 두 개 방금 삭제했고 작성자 IP 차단도 걸어두었습니다.
{D[0]}
{D[1]}
수고하세요.""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator answer ('삭제했고 … 차단도') with bare URLs below",
    why="'the two posts you mentioned were deleted' followed by the two URLs: removed",
    items={D[0]: "removed", D[1]: "removed"},
)

case(
    name="dc-mgallery-numbered",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date="Thu, 12 Sep 2024 10:02:00 +0900",
    subject="[디시인사이드] 시정요구 처리 결과 (KCSC-240911-01)",
    reply_to_req="req-240911-01",
    body=f"""방송통신심의위원회 귀중

시정요구하신 게시물의 처리 결과를 알려드립니다.

1. {D[2]}
   - 처리: 삭제 (관리자 권한)
2. {D[3]}
   - 처리: 해당 게시물은 작성자가 먼저 삭제하여 확인되지 않습니다.

디시인사이드 신고센터 (https://gall.dcinside.com/board/lists/?id=singo)""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 numbered result list with an indented '처리:' line per post",
    why="관리자 권한 삭제 removed; already deleted by its author not_found; singo board link is no item",
    items={D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-ack-plus-statement",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date="Fri, 13 Sep 2024 09:30:00 +0900",
    subject="[디시인사이드] 신고 접수 및 처리 안내",
    reply_to_req="req-240911-01",
    body=f"""귀하의 신고가 정상적으로 접수되었습니다. (접수번호 DC-0913-2281)

확인 결과 아래 게시물은 갤러리 운영원칙 위반으로 삭제 처리되었습니다.
- {D[0]}

나머지 게시물은 순차적으로 확인 중입니다.""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside receipt + result notice (접수 안내 followed by 확인 결과 삭제)",
    why="acknowledgement phrase plus an unhedged removal is not an acknowledgement; the rest stays pending",
    items={D[0]: "removed"},
)

# ---- SOOP
case(
    name="soop-vod-removed-and-age-gated",
    from_="safety@sooplive.co.kr", name_from="SOOP 이용자보호센터",
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject="[SOOP] 시정요구 조치 결과 안내 - KCSC-240912-01",
    reply_to_req="req-240912-01",
    body=f"""안녕하세요. SOOP(구 아프리카TV) 이용자보호센터입니다.

요청하신 콘텐츠에 대해 아래와 같이 조치하였습니다.

[VOD] {S[0]}
 → VOD 삭제 및 해당 스트리머 7일 방송 정지
[VOD] {S[1]}
 → 19세 이상 시청 가능(연령 제한)으로 전환
[게시글] {S[2]}
 → 방송국 게시글 삭제

SOOP 운영정책: https://www.sooplive.co.kr/policy/operation
감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="SOOP/AfreecaTV 이용자보호센터 제재 안내 with → status lines and an operating-policy link",
    why="VOD 삭제 removed, 19세 연령 제한 restricted, 게시글 삭제 removed",
    items={S[0]: "removed", S[1]: "restricted", S[2]: "removed"},
)

case(
    name="soop-english-status-lines",
    from_="global-support@afreecatv.com", name_from="SOOP Global Support",
    date="Sat, 14 Sep 2024 02:15:00 +0900",
    subject="Re: KCSC-240912-01 removal request",
    reply_to_req="req-240912-01",
    body=f"""Hello,

Here is the outcome for the items in your request:

URL: {S[1]}
Status: Removed - VOD deleted for violating our Community Guidelines

URL: {S[2]}
Status: No action - we reviewed this post and it does not violate our policies.

If you disagree you may submit additional context at https://help.sooplive.co.kr/appeal .

SOOP Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety outcome with URL:/Status: pairs and an appeal link",
    why="Removed -> removed; No action / does not violate -> rejected; appeal link is no item",
    items={S[1]: "removed", S[2]: "rejected"},
)

# ---- Nate
case(
    name="nate-pann-deleted-base64",
    from_="pann-cs@nate.com", name_from="네이트 판 고객센터",
    date="Fri, 13 Sep 2024 16:47:00 +0900",
    subject="[네이트] 판 게시물 조치 결과 안내",
    reply_to_req="req-240913-01",
    raw_mime=single(f"""안녕하세요. 네이트 판 고객센터입니다.

방송통신심의위원회 시정요구(KCSC-240913-01) 관련하여
아래 판 게시물 2건을 모두 삭제 조치하였음을 알려드립니다.

{P[0]}
{P[1]}

SK커뮤니케이션즈 | 네이트 고객센터 https://helpdesk.nate.com
"""),
    outcome="applied", classification="confirmation",
    imitates="Nate 판 고객센터 조치 결과 안내 (SK커뮤니케이션즈 footer), base64 body",
    why="'the two posts below were both deleted' followed by both URLs: removed",
    items={P[0]: "removed", P[1]: "removed"},
)

case(
    name="nate-one-deleted-one-not-found",
    from_="cs@skcomms.co.kr", name_from="SK커뮤니케이션즈",
    date="Mon, 16 Sep 2024 10:05:00 +0900",
    subject="RE: [KCSC-240913-01] 시정요구 회신",
    reply_to_req="req-240913-01",
    body=f"""담당자님께

요청하신 판 게시물 확인 결과입니다.
- {P[0]} : 삭제 완료
- {P[1]} : 해당 URL의 게시물을 찾을 수 없습니다 (잘못된 주소이거나 이미 삭제된 글)

SK커뮤니케이션즈 고객센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="SK Communications per-line reply (삭제 완료 / 게시물을 찾을 수 없습니다)",
    why="삭제 완료 removed; cannot find the post (invalid or already deleted) not_found",
    items={P[0]: "removed", P[1]: "not_found"},
)

# ---- YouTube
case(
    name="yt-age-restricted",
    from_="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 22:10:00 +0900",
    subject="Re: [KCSC-240916-01] YouTube legal request - 1-9876000001234",
    reply_to_req="req-240916-01",
    body=f"""Hello,

Thanks for reaching out to us.

After reviewing the content you reported, we have age-restricted the following video under our Community Guidelines:

{Y[0]}

Age-restricted videos are not visible to users who are logged out, under 18 years old, or have Restricted Mode enabled. To learn more, see https://support.google.com/youtube/answer/2802167 .

Regards,
The YouTube Team""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support 'we have age-restricted the following video' reply with the help link",
    why="age-restricted -> restricted; help link is no item",
    items={Y[0]: "restricted"},
)

case(
    name="yt-blocked-in-korea",
    from_="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 09:00:00 +0900",
    subject="Re: [KCSC-240916-01] YouTube legal request - 1-9876000001234",
    reply_to_req="req-240916-01",
    body=f"""Hello,

In response to your request, we have blocked the following content from view on the YouTube service in South Korea, based on local law:

- {Y[0]}

The content remains available outside Korea. For information about how YouTube handles legal requests, visit https://support.google.com/youtube/answer/6154218 .

Sincerely,
YouTube Legal Support""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'blocked from view … in <country>' local-law notice",
    why="blocked in Korea only, available elsewhere: restricted, not removed",
    items={Y[0]: "restricted"},
)

case(
    name="yt-removed-with-policy-link",
    from_="noreply@youtube.com", name_from="YouTube",
    date="Thu, 19 Sep 2024 07:30:00 +0900",
    subject="Update on your report - KCSC-240916-01",
    reply_to_req="req-240916-01",
    raw_mime=alt(
        f"""Hi KCSC,

Thanks for your report. We reviewed the video and removed it from YouTube for violating our Community Guidelines.

Video: {Y[0]}

Learn more about our Community Guidelines: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

YouTube, LLC, 901 Cherry Ave, San Bruno, CA 94066, USA""",
        f"""<html><body><p>Hi KCSC,</p><p>Thanks for your report. We reviewed the video and removed it from YouTube for violating our Community Guidelines.</p>
<p>Video: <a href="{Y[0]}">{Y[0]}</a></p>
<p><a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Learn more about our Community Guidelines</a></p>
<p>YouTube, LLC, 901 Cherry Ave, San Bruno, CA 94066, USA</p></body></html>""",
        "=_yt_alt_0919", enc="base64"),
    outcome="applied", classification="confirmation",
    imitates="YouTube report-outcome email ('we reviewed … and removed it'), multipart/alternative base64",
    why="removed; the Community Guidelines link is no item",
    items={Y[0]: "removed"},
)

case(
    name="kakao-tv-removed-korean",
    from_="tv-safety@kakaocorp.com", name_from="카카오TV 운영팀",
    date="Sat, 14 Sep 2024 13:00:00 +0900",
    subject="[카카오TV] 시정요구 영상 처리 결과",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요, 카카오TV 운영팀입니다.

요청하신 영상 {K[3]} 은(는) 카카오 운영정책 위반으로 확인되어
서비스에서 삭제되었으며, 채널에는 경고 1회가 부과되었습니다.

{KAKAO_FOOTER}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao TV 운영팀 single-video 처리 결과 with 경고 부과 line",
    why="one URL, one sentence: removed",
    items={K[3]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-future-only",
    from_="policy@navercorp.com", name_from="NAVER Policy",
    date="Tue, 10 Sep 2024 09:40:00 +0900",
    subject="Re: [KCSC-240909-01] 시정요구(삭제) 요청",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요. 요청 잘 받았습니다.
말씀하신 게시물 중 {N[0]} 및 {N[1]}은
내부 절차에 따라 금주 중 삭제 조치할 예정입니다.
조치가 완료되면 다시 회신드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="portal operator's 'will delete this week' promise reply",
    why="future tense only: nothing done yet, items stay pending; names items, so it must be seen (review), not ignored",
    items={},
)

case(
    name="kakao-asks-resolution-document",
    from_="dsa-contact@kakaocorp.com", name_from="Kakao Trust & Safety",
    date="Wed, 11 Sep 2024 15:00:00 +0900",
    subject="Re: [KCSC-240910-01] 추가 자료 요청",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 카카오 정책팀입니다.

요청하신 티스토리 게시물({K[2]})의 경우 게시자가 저작권 등 권리 보유를 주장하고 있어,
조치 검토를 위해 위원회 심의 의결서 사본 등 근거 자료를 추가로 보내주시기 바랍니다.
자료 확인 전까지는 현 상태가 유지됩니다.

{KAKAO_FOOTER}""",
    outcome="review", review="asks_more",
    imitates="Kakao policy team request for the 심의 의결서 before acting",
    why="asks for documents; 'stays as is until then' is not a rejection",
    items={},
)

case(
    name="dc-unknown-sender-gmail",
    from_="dc.gall.manager77@gmail.com", name_from="갤러리 매니저",
    date="Thu, 12 Sep 2024 21:13:00 +0900",
    subject="Re: [KCSC-240911-01] 게시물 삭제 요청",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요 해당 마이너 갤러리 매니저입니다.
요청하신 글들 제가 매니저 권한으로 전부 삭제했습니다.
{D[2]}
{D[3]}""",
    outcome="review", review="unknown_sender",
    imitates="minor-gallery manager writing from a personal mailbox",
    why="a gallery manager is not the platform; unknown sender naming our items must be reviewed, nothing applied",
    items={},
)

case(
    name="naver-dmarc-fail",
    from_="kcsc-report@navercorp.com", name_from="NAVER 정책지원",
    auth="fail",
    date="Thu, 12 Sep 2024 23:50:00 +0900",
    subject="[KCSC-240909-01] 시정요구 조치결과 회신",
    reply_to_req="req-240909-01",
    body=f"""방송통신심의위원회 담당자님,
아래 게시물은 모두 삭제 조치 완료되었습니다.
1. {N[5]}
2. {N[6]}
3. {N[10]}
네이버 정책지원팀""",
    outcome="review", review="untrusted",
    imitates="NAVER 조치결과 list, but DMARC fails for navercorp.com",
    why="perfect confirmation that fails DMARC: untrusted, nothing applied",
    items={},
)

case(
    name="soop-lookalike-domain",
    from_="safety@s00plive.co.kr", name_from="SOOP 이용자보호센터",
    date="Fri, 13 Sep 2024 20:00:00 +0900",
    subject="[SOOP] 시정요구 조치 결과 안내 - KCSC-240912-01",
    reply_to_req="req-240912-01",
    body=f"""안녕하세요. SOOP 이용자보호센터입니다.
요청하신 콘텐츠를 모두 삭제하였습니다.
{S[0]}
{S[1]}
{S[2]}""",
    outcome="review", review="unknown_sender",
    imitates="look-alike SOOP domain (zeros for o) that passes DMARC for itself",
    why="authenticated but the domain is no platform's: unknown_sender",
    items={},
)

case(
    name="naver-bulk-count",
    from_="kcsc-report@navercorp.com", name_from="NAVER 정책지원",
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    subject="[KCSC-240909-01] 조치 현황",
    reply_to_req="req-240909-01",
    body="""안녕하세요.
KCSC-240909-01 시정요구 14건 중 10건은 삭제 조치를 완료하였고,
나머지 4건은 관련 부서와 협의 중입니다.
건별 내역은 추후 정리하여 송부드리겠습니다.""",
    outcome="review", review="bulk",
    imitates="portal progress note with counts only (14건 중 10건 완료)",
    why="a count without an item list cannot be applied to any item",
    items={},
)

case(
    name="kakao-about-naver-items",
    from_="dsa-contact@kakaocorp.com", name_from="Kakao Trust & Safety",
    date="Thu, 12 Sep 2024 12:00:00 +0900",
    subject="Re: [KCSC-240910-01] 시정요구 회신",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 카카오입니다.
요청하신 Daum 게시물은 별도로 회신드릴 예정이며, 목록에 함께 적힌 아래 주소는 당사 서비스가 아닌
네이버 카페 게시물입니다. 참고로 확인해 보니 두 게시물 모두 이미 삭제된 상태입니다.
{N[4]}
{N[5]}""",
    outcome="review", review="wrong_platform",
    imitates="Kakao replying about another portal's URLs",
    why="Kakao cannot speak for NAVER items: no status; must be reviewed (reason arguable: wrong_platform / not_understood)",
    items={},
)

case(
    name="nate-vague-appropriately-handled",
    from_="cs@skcomms.co.kr", name_from="SK커뮤니케이션즈",
    date="Sat, 14 Sep 2024 10:00:00 +0900",
    subject="RE: [KCSC-240913-01] 시정요구 회신",
    reply_to_req="req-240913-01",
    body=f"""안녕하세요.
요청하신 게시물({P[0]}, {P[1]})은 당사 운영정책에 따라 적절히 처리하였습니다.
감사합니다.""",
    outcome="review", review="not_understood",
    imitates="terse portal reply 'handled appropriately under our policy'",
    why="'appropriately handled' does not say removed, restricted or kept: not understood, review",
    items={},
)

case(
    name="yt-still-reviewing",
    from_="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 11:00:00 +0900",
    subject="Re: [KCSC-240916-01] YouTube legal request - 1-9876000001234",
    reply_to_req="req-240916-01",
    body=f"""Hello,

We are still reviewing the following URL and will get back to you once our review is complete:

{Y[0]}

We may need to consult our local counsel before taking a decision.

Regards,
YouTube Legal Support""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim 'still reviewing' note",
    why="names the item but states no outcome: stays pending, must be seen (reason arguable)",
    items={},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office",
    from_="kim.policy@navercorp.com", name_from="김정책",
    date="Mon, 09 Sep 2024 10:01:00 +0900",
    subject="[자동응답] 부재중 안내: [KCSC-240909-01] 시정요구(삭제) 요청",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(kcsc-report@navercorp.com)로 보내주세요.
감사합니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook/Naver Works 부재중 자동응답",
    why="out-of-office auto-reply: nothing about items",
    items={},
)

case(
    name="daum-bounce-dsn",
    from_="MAILER-DAEMON@daum.net", name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 14:00:30 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_0910"

--=_dsn_0910
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx1.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@daum.net>: host mx1.daum.net said: 550 5.1.1 User unknown

--=_dsn_0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net
Arrival-Date: Tue, 10 Sep 2024 14:00:29 +0900

Final-Recipient: rfc822; policy-old@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_dsn_0910
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@daum.net
Subject: [KCSC-240910-01] 시정요구(삭제) 요청
Message-ID: <req-240910-01@kcsc.example>
Date: Tue, 10 Sep 2024 14:00:00 +0900

--=_dsn_0910--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our request",
    why="bounce of our own request: ignored, items unchanged",
    items={},
)

case(
    name="nate-read-receipt",
    from_="cs@skcomms.co.kr", name_from="SK커뮤니케이션즈",
    date="Fri, 13 Sep 2024 11:02:00 +0900",
    subject="읽음: [KCSC-240913-01] 시정요구(삭제) 요청",
    reply_to_req="req-240913-01",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_0913"

--=_mdn_0913
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
제목: [KCSC-240913-01] 시정요구(삭제) 요청
읽은 시간: 2024-09-13 오전 11:02

--=_mdn_0913
Content-Type: message/disposition-notification

Reporting-UA: mail.skcomms.co.kr; Outlook
Final-Recipient: rfc822; cs@skcomms.co.kr
Original-Message-ID: <req-240913-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_0913--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (읽음:) as an MDN",
    why="read receipt: ignored",
    items={},
)

case(
    name="dc-ticket-receipt",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date="Wed, 11 Sep 2024 11:01:00 +0900",
    subject="[디시인사이드] 문의가 접수되었습니다 (KCSC-240911-01)",
    reply_to_req="req-240911-01",
    body="""안녕하세요. 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: DC-0911-1044
담당자 확인 후 영업일 기준 1~3일 이내에 답변드리겠습니다.

※ 본 메일은 발신전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside customer-centre 문의 접수 receipt",
    why="receipt with a ticket number only, no statement about items",
    items={},
)

case(
    name="soop-ticket-created-english",
    from_="no-reply@sooplive.co.kr", name_from="SOOP Help Center",
    date="Thu, 12 Sep 2024 15:00:40 +0900",
    subject="[SOOP] Request received: KCSC-240912-01 (#482913)",
    reply_to_req="req-240912-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Your request (#482913) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from SOOP Help Center.""",
    outcome="ignored",
    imitates="Zendesk-style 'Your request has been received' ticket receipt",
    why="ticket receipt, no items named: ignored (auto_reply or acknowledgement both fine)",
    items={},
)

case(
    name="yt-unmonitored-autoreply",
    from_="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 16:00:20 +0900",
    subject="Automatic reply: [KCSC-240916-01] Request for removal",
    reply_to_req="req-240916-01",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Thank you for contacting us. This is an automated response.

We have received your message. Due to high volumes, responses may take several business days.
Please do not reply to this message; submit legal requests via https://support.google.com/legal/ .

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""",
    outcome="ignored",
    imitates="Google legal mailbox automatic reply pointing to the legal help form",
    why="automated receipt with a help-form link, no items: ignored",
    items={},
)


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    header = ("# Blind set 87 (issue 11): Korean portals and the usual doubtful/ignorable mail.\n"
              "# Generated by make.py; expected results written from each email's meaning before any run.")
    write_set(HERE, "blind87", header, CASES)


if __name__ == "__main__":
    main()
