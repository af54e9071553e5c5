#!/usr/bin/env python3
"""Blind set 645: Korean portals and community sites (NAVER, Daum, DC Inside,
SOOP, FM Korea, Clien, Ppomppu), Korean and English mixed, with the doubtful
and ignorable mail a regulator's mailbox receives.

Written from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind645/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

for d in ["daum.net", "kakaocorp.com"]:
    corpuslib.DOMAIN_NAMES.setdefault(d, "Daum")

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/moonlit_pond/223561000101",
    2: "https://blog.naver.com/moonlit_pond/223561000177",
    3: "https://blog.naver.com/greybirch77/223561004410",
    4: "https://cafe.naver.com/hanriverdeal/88213",
    5: "https://cafe.naver.com/hanriverdeal/88240",
    6: "https://cafe.naver.com/pinecoastmoms/501377",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470112233",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38112201&memberNo=5521907",
    9: "https://blog.naver.com/ochre_lantern/223562110098",
    10: "https://cafe.naver.com/stockwhisper/1200934",
    11: "https://tv.naver.com/v/58120011",
    12: "https://blog.naver.com/greybirch77/223563007751",
    13: "https://cafe.naver.com/stockwhisper/1200977",
    14: "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=110201&docId=470198811",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912044",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinrumor&no=231877",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinrumor&no=231902",
    4: "https://gall.dcinside.com/mini/board/view/?id=nightdrive&no=4410",
    5: "https://gall.dcinside.com/board/view/?id=car_new1&no=7730018",
}
M1_RAW = "https://cafe.daum.net/동네장터/abCd/1234"
M = {
    1: "https://cafe.daum.net/" + quote("동네장터") + "/abCd/1234",
    2: "https://cafe.daum.net/silverwave88/Hk3q/5521",
    3: "https://cafe.daum.net/silverwave88/Hk3q/5590",
    4: "https://tv.kakao.com/channel/4410021/cliplink/447120931",
}
S = {
    1: "https://vod.sooplive.co.kr/player/139221044",
    2: "https://vod.sooplive.co.kr/player/139224410",
    3: "https://ch.sooplive.co.kr/nightowl0913/post/88120553",
}
F = {
    1: "https://www.fmkorea.com/7302211844",
    2: "https://www.fmkorea.com/7302219057",
}
C = {1: "https://www.clien.net/service/board/park/18741123"}
P = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120034",
    2: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120188",
    3: "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410921",
}

R_NAVER = "KCSC-240903-01"
R_DC = "KCSC-240904-02"
R_DAUM = "KCSC-240905-03"
R_SOOP = "KCSC-240906-04"
R_FM = "KCSC-240909-05"
R_CLIEN = "KCSC-240910-06"
R_PPOM = "KCSC-240911-07"

REQUESTS = [
    (R_NAVER, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", N, "defamation"),
    (R_DC, "dcinside", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", D, "financial_fraud"),
    (R_DAUM, "daum", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00", M, "privacy"),
    (R_SOOP, "soop", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00", S, "obscenity"),
    (R_FM, "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", F, "gambling"),
    (R_CLIEN, "clien", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", C, "privacy"),
    (R_PPOM, "ppomppu", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00", P, "illegal_trade"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, req_mid(ref) + "@kcsc.example", "blind645"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_body(ref, urls, raw_urls=None):
    """Our own request text, as quoted below replies."""
    lines = [
        "안녕하십니까. 방송통신심의위원회 통신심의 담당입니다.",
        f"시정요구 {ref} 관련, 아래 정보에 대하여 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, k in enumerate(sorted(urls), 1):
        u = (raw_urls or {}).get(k, urls[k])
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC 통신심의국 / takedown@kcsc.example"]
    return lines


def gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-sijeong-result-html-table",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Thu, 05 Sep 2024 16:40:12 +0900",
    subject=f"[NAVER] 시정요구 조치결과 회신 ({R_NAVER})",
    reply_to_req=req_mid(R_NAVER),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구({R_NAVER})에 대한 1차 조치 결과를 아래와 같이 회신드립니다.
나머지 건은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No</th><th>URL</th><th>서비스</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>블로그</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>블로그</td><td>게시중단</td><td>-</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>블로그</td><td>임시조치</td><td>30일간 게시 중단 후 작성자 소명 절차</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>카페</td><td>게시물 없음</td><td>작성자가 요청 접수 전 삭제</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>카페</td><td>조치 불가</td><td>관련 법령 및 운영정책 위반 사항이 확인되지 않음</td></tr>
<tr><td>6</td><td>{N[6]}</td><td>카페</td><td>블라인드</td><td>-</td></tr>
<tr><td>7</td><td>{N[7]}</td><td>지식iN</td><td>검토 중</td><td>추가 확인 필요</td></tr>
</table>
<p>운영정책 안내: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
<p>감사합니다.<br>네이버 주식회사 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply to a KCSC 시정요구 with a 조치결과 table (삭제/게시중단/임시조치/게시물 없음/조치 불가)",
    why="trusted NAVER table: each row names its URL and a result; row 7 is still under review",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "rejected", N[6]: "removed", N[7]: "pending"},
)

case(
    name="naver-blog-korean-bare-urls",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그 고객센터",
    date="Fri, 06 Sep 2024 10:05:44 +0900",
    subject=f"RE: 게시물 조치 요청 건 회신 [{R_NAVER}]",
    reply_to_req=req_mid(R_NAVER),
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

요청하신 블로그 게시물을 확인하였습니다.

아래 게시물은 블로그 운영정책에 따라 게시중단(블라인드) 처리되었습니다.

{N[9]}
{N[12]}

아래 게시물은 요청 전에 이미 작성자에 의해 삭제되어 확인되지 않습니다.

{N[3]}

이용에 참고 부탁드립니다.
네이버 블로그 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog help-desk reply: a status sentence followed by bare URLs",
    why="two URLs under a 블라인드 heading, one under an 'already deleted by its author' heading",
    items={N[9]: "removed", N[12]: "removed", N[3]: "not_found"},
)

csv_rows = [
    ("1", N[1], "삭제"), ("2", N[2], "삭제"), ("3", N[3], "임시조치(30일)"),
    ("4", N[4], "게시물 없음"), ("5", N[5], "삭제"), ("6", N[6], "블라인드"),
    ("7", N[7], "삭제"), ("8", N[8], "검토중"), ("9", N[9], "조치불가(위반사항 없음)"),
    ("10", N[10], "삭제"), ("11", N[11], "비공개 처리"), ("12", N[12], "검토중"),
    ("13", N[13], "검토중"), ("14", N[14], "접근 제한(국내)"),
]
csv_text = "번호,URL,처리결과,처리일\n" + "".join(
    f"{a},{u},{s},{'' if s == '검토중' else '2024-09-09'}\n" for a, u, s in csv_rows)
case(
    name="naver-csv-attachment",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Mon, 09 Sep 2024 18:22:03 +0900",
    subject=f"{R_NAVER} 처리 결과 (첨부)",
    reply_to_req=req_mid(R_NAVER),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-645-csv"

--nv-645-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

{R_NAVER} 시정요구 14건에 대한 처리 현황을 첨부 파일(CSV)로 보내드립니다.
'검토중'으로 표시된 건은 확인이 완료되는 대로 다시 알려드리겠습니다.

Please find attached the status of the 14 URLs in your request.

네이버 정책지원팀

--nv-645-csv
Content-Type: text/csv; charset=utf-8; name="naver_result_{R_NAVER}.csv"
Content-Disposition: attachment; filename="naver_result_{R_NAVER}.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--nv-645-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal trust-and-safety reply carrying a CSV result sheet for a large request",
    why="CSV rows give each URL its result; 검토중 rows stay pending",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "removed", N[6]: "removed", N[7]: "removed", N[8]: "pending",
           N[9]: "rejected", N[10]: "removed", N[11]: "removed", N[12]: "pending",
           N[13]: "pending", N[14]: "restricted"},
)

case(
    name="naver-kin-english",
    **{"from": "global-policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Fri, 06 Sep 2024 14:31:50 +0900",
    subject=f"Re: Correction request {R_NAVER} - Knowledge iN",
    reply_to_req=req_mid(R_NAVER),
    body=f"""Dear KCSC team,

Regarding the two Knowledge iN (지식iN) questions in your request {R_NAVER}:

- {N[7]}
  The question and its answers were deleted on 6 September for violating our
  community guidelines.

- {N[14]}
  A temporary measure (임시조치) has been applied: the question is hidden from
  public view for 30 days under Article 44-2 of the Network Act while the
  author may file an objection.

We will reply separately about the blog and cafe URLs.

Kind regards,
NAVER Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER English reply about Knowledge iN posts (deletion and 30-day 임시조치)",
    why="bulleted URLs each with its own statement below: deleted, and a 임시조치 (restricted)",
    items={N[7]: "removed", N[14]: "restricted"},
)

case(
    name="naver-outlook-top-posted",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우 (NAVER)",
    date="Tue, 10 Sep 2024 09:12:40 +0900",
    subject=f"RE: [KCSC] 시정요구 통보 {R_NAVER}",
    reply_to_req=req_mid(R_NAVER),
    body=f"""담당자님 안녕하세요.

주식 카페 게시물 2건은 오늘 오전 삭제 완료했습니다.
{N[10]}
{N[13]}

나머지 건은 블로그팀에서 회신드릴 예정입니다.

한지우 드림 | 네이버 정책지원

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC] 시정요구 통보 {R_NAVER}

""" + "\n".join(request_body(R_NAVER, N)) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's quoted request",
    why="only the two URLs above the quoted request are stated deleted; the quoted list says nothing",
    items={N[10]: "removed", N[13]: "removed"},
)

qp_body = f"""안녕하세요. 네이버 고객센터입니다.

{R_NAVER} 요청 중 네이버TV 영상과 포스트 게시물에 대한 결과입니다.

■ {N[11]}
 → 해당 영상은 비공개 처리되어 더 이상 재생되지 않습니다.

■ {N[8]}
 → 해당 포스트는 국내 접근 제한 조치되었습니다.

감사합니다.
"""
case(
    name="naver-tv-post-qp",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Sat, 07 Sep 2024 11:48:09 +0900",
    subject=f"[네이버 고객센터] 문의하신 내용에 대한 답변입니다 ({R_NAVER})",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(qp_body),
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer mail (quoted-printable Korean), ■ URL and → result lines",
    why="비공개 처리 is removed; 국내 접근 제한 is restricted",
    items={N[11]: "removed", N[8]: "restricted"},
)

case(
    name="dc-operator-deleted-numbered",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 15:03:27 +0900",
    subject=f"[디시인사이드] 시정요구 처리 결과 안내 - {R_DC}",
    reply_to_req=req_mid(R_DC),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

방송통신심의위원회에서 요청하신 {R_DC} 건의 처리 결과를 안내드립니다.

1. {D[1]}
   - 운영자 삭제 완료
2. {D[2]}
   - 운영자 삭제 완료
3. {D[3]}
   - 존재하지 않는 게시물입니다 (확인 시점에 이미 삭제됨)
4. {D[4]}
   - 확인 결과 운영원칙 및 관련 법령 위반 사항이 없어 게시물을 유지합니다
5. {D[5]}
   - 운영자 삭제 완료

기타 문의는 회신 메일로 부탁드립니다.
디시인사이드 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 result notice, numbered URLs with '- 운영자 삭제' lines below",
    why="each numbered URL has its own result line: three deleted, one gone, one kept with a reason",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "rejected", D[5]: "removed"},
)

case(
    name="dc-url-below-statement",
    **{"from": "admin@dcinside.com"},
    name_from="DCinside",
    date="Fri, 06 Sep 2024 09:40:55 +0900",
    subject=f"Re: {R_DC}",
    reply_to_req=req_mid(R_DC),
    body=f"""안녕하세요.

다음 게시물은 삭제 처리했습니다:
{D[1]}

다음 게시물은 이미 작성자가 지운 상태였습니다:
{D[5]}

디시인사이드 관리자
""",
    outcome="applied", classification="confirmation",
    imitates="short DC Inside admin reply, statement line ending in ':' with the URL below it",
    why="URL on the line below each statement: one deleted, one already deleted by its author",
    items={D[1]: "removed", D[5]: "not_found"},
)

case(
    name="dc-ack-plus-statements",
    **{"from": "noreply@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Thu, 05 Sep 2024 20:15:00 +0900",
    subject=f"[접수번호 DC-2409-5512] 신고가 처리되었습니다",
    reply_to_req=req_mid(R_DC),
    body=f"""귀하의 신고가 접수되었습니다. (접수번호 DC-2409-5512, 관련 요청 {R_DC})

담당자 확인 결과 아래 게시물은 삭제 처리되었습니다.
 - {D[2]}
 - {D[3]}

동일한 내용의 게시물이 다시 게시되는 경우 새로 신고해 주시기 바랍니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system mail that both acknowledges and reports the result",
    why="an acknowledgement line plus an unhedged 삭제 처리되었습니다 for two listed URLs",
    items={D[2]: "removed", D[3]: "removed"},
)

case(
    name="daum-imsijochi-korean-path",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    date="Fri, 06 Sep 2024 13:27:41 +0900",
    subject=f"[Daum] 게시중단 요청에 대한 처리 결과 안내 ({R_DAUM})",
    reply_to_req=req_mid(R_DAUM),
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

요청하신 게시물에 대한 처리 결과를 알려드립니다.

{M1_RAW} 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다. 게시자가 기간 내 재게시를 요청하지 않으면 게시물은 삭제됩니다.

카페 게시물（{M[2]}）은 카페 운영원칙 위반으로 삭제되었습니다.

임시조치 관련 안내: https://cs.daum.net/faq/95/7580.html

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치 notice (Article 44-2), raw Korean cafe path and full-width parentheses",
    why="raw Korean path matches the percent-encoded item (임시조치: restricted); the bracketed URL was deleted; the FAQ link is no item",
    items={M[1]: "restricted", M[2]: "removed"},
)

daum_html = f"""<html><body>
<p>안녕하세요, 카카오 고객센터입니다.</p>
<p>{R_DAUM} 요청 건의 처리 결과입니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>대상 URL</th><th>결과</th><th>사유</th></tr></thead>
<tbody>
<tr><td><a href="{M[2]}">{M[2]}</a></td><td>삭제</td><td>개인정보 노출</td></tr>
<tr><td><a href="{M[3]}">{M[3]}</a></td><td>미조치</td><td>게시물에서 개인을 특정할 수 있는 정보가 확인되지 않아 유지</td></tr>
<tr><td><a href="{M[4]}">{M[4]}</a></td><td>확인 불가</td><td>존재하지 않는 영상 (잘못된 주소)</td></tr>
</tbody></table>
<p>카카오 고객센터 드림</p>
</body></html>
"""
case(
    name="daum-base64-html-table",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 11:02:17 +0900",
    subject=f"=?UTF-8?B?{base64.b64encode(('[카카오] ' + R_DAUM + ' 처리 결과').encode()).decode()}?=",
    reply_to_req=req_mid(R_DAUM),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(daum_html),
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre HTML result table, base64-encoded, encoded-word subject",
    why="table rows: deleted; kept with a reason (rejected); non-existent address (not_found)",
    items={M[2]: "removed", M[3]: "rejected", M[4]: "not_found"},
)

case(
    name="daum-kakaotv-english-angle",
    **{"from": "tv-safety@kakaocorp.com"},
    name_from="Kakao TV Safety",
    date="Sat, 07 Sep 2024 08:55:31 +0900",
    subject=f"Kakao TV clip - {R_DAUM}",
    body=f"""Hello,

Following your request {R_DAUM}, the clip <{M[4]}> has been removed from
Kakao TV and the channel owner has been notified.

Regards,
Kakao TV Safety Operations
""",
    outcome="applied", classification="confirmation",
    imitates="short English reply from a Kakao video-service safety desk, URL in angle brackets",
    why="one URL in angle brackets, 'has been removed'",
    items={M[4]: "removed"},
)

case(
    name="daum-echoed-report",
    **{"from": "right@daum.net"},
    name_from="Daum 고객센터",
    date="Tue, 10 Sep 2024 17:44:02 +0900",
    subject="[Daum 고객센터] 신고하신 게시물 처리 결과 (접수번호 2409-77310)",
    reply_to_req=req_mid(R_DAUM),
    body=f"""안녕하세요. Daum 고객센터입니다.

■ 신고 내용
 - 접수번호: 2409-77310
 - 관련 요청: {R_DAUM}
 - 신고 URL: {M[3]}
 - 신고 사유: 개인정보 침해

■ 처리 결과
 - 게시중단 완료 (2024-09-10)

추가 신고 건이 있으시면 고객센터로 접수해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum help-centre result mail echoing the report (■ 신고 내용 / ■ 처리 결과)",
    why="the echoed report names one URL and the result block states 게시중단 완료 for it",
    items={M[3]: "removed"},
)

case(
    name="soop-trust-safety-english",
    **{"from": "trustsafety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 16:10:48 +0900",
    subject=f"[SOOP] Result of your request {R_SOOP}",
    reply_to_req=req_mid(R_SOOP),
    body=f"""Dear KCSC,

Thank you for your request {R_SOOP}. After review by our Trust & Safety team:

1) {S[1]}  -- the VOD has been deleted and the broadcaster received a
   posting restriction.
2) {S[2]}  -- the VOD is now age-restricted (19+ only); viewers must verify
   their age to play it.
3) {S[3]}  -- we could not find this post; the address does not exist on
   our service.

For our operating policy see https://www.sooplive.co.kr/policy/operation.

Best regards,
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="streaming-platform trust-and-safety outcome mail, numbered items with dashes",
    why="deleted; age-restricted (restricted); could not find (not_found); policy link is no item",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "not_found"},
)

case(
    name="soop-korean-bullets-status-below",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Sun, 08 Sep 2024 21:30:00 +0900",
    subject=f"RE: [방심위] 불법정보 시정요구 {R_SOOP}",
    reply_to_req=req_mid(R_SOOP),
    body=f"""안녕하세요, SOOP 고객센터입니다.

요청하신 VOD에 대해 아래와 같이 조치하였습니다.

• {S[1]}
   → 삭제 완료
• {S[2]}
   → 비공개 처리

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 reply, bulleted URLs with the status on the line below",
    why="삭제 완료 and 비공개 처리 are both removed",
    items={S[1]: "removed", S[2]: "removed"},
)

case(
    name="soop-ticket-solved-mixed",
    **{"from": "support@sooplive.com"},
    name_from="SOOP Support",
    date="Wed, 11 Sep 2024 10:20:33 +0900",
    subject=f"[Request #48812] {R_SOOP} has been updated",
    extra_headers=["X-Ticket-ID: 48812"],
    body=f"""##- Please type your reply above this line -##

Your request (#48812) has been updated. To add a comment, reply to this email.

Minji (SOOP Support)
Sep 11, 2024, 10:19 KST

Hello,

The channel post {S[3]} was deleted today.

For the VOD {S[1]}, our team will review it again
with the rights holder and get back to you.

Thanks,
Minji

--------------------------------
This email is a service from SOOP Support.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-style ticket update with an agent comment",
    why="the channel post was deleted; the other VOD only gets a promise (stays pending)",
    items={S[3]: "removed", S[1]: "pending"},
)

case(
    name="fm-each-named",
    **{"from": "report@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date="Tue, 10 Sep 2024 14:02:19 +0900",
    subject=f"[FM Korea] {R_FM} 요청 처리 안내",
    reply_to_req=req_mid(R_FM),
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

{F[1]} 게시글은 불법 도박 홍보로 확인되어 삭제하였고 작성자는 영구 이용정지하였습니다.

{F[2]} 게시글은 검토 결과 도박 사이트 홍보가 아닌 관련 뉴스 인용으로 확인되어 게시 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community moderator reply naming each post with its decision",
    why="one deleted; one kept with a reason (rejected)",
    items={F[1]: "removed", F[2]: "rejected"},
)

case(
    name="clien-rejected-korean",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영자",
    date="Thu, 12 Sep 2024 11:11:11 +0900",
    subject=f"Re: [KCSC] 게시물 조치 요청 ({R_CLIEN})",
    reply_to_req=req_mid(R_CLIEN),
    body=f"""안녕하세요. 클리앙 운영자입니다.

요청하신 게시물({C[1]})을 검토하였습니다.
게시물에 포함된 이름은 본인이 공개한 활동명으로, 이용규칙상 개인정보 노출에
해당하지 않아 게시물을 유지합니다.

추가로 근거 자료가 있으시면 알려주십시오.

클리앙 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="small community admin refusing a privacy removal with its reason",
    why="refusal with a reason: rejected (the closing offer is not a request for info about this item)",
    items={C[1]: "rejected"},
)

case(
    name="clien-sole-no-url",
    **{"from": "help@clien.net"},
    name_from="Clien",
    date="Wed, 11 Sep 2024 15:25:08 +0900",
    subject=f"Re: [KCSC] 게시물 조치 요청 ({R_CLIEN})",
    reply_to_req=req_mid(R_CLIEN),
    body="""안녕하세요.

요청하신 게시물은 오늘 오후 삭제 처리되었습니다.

클리앙 드림
""",
    outcome="applied", classification="confirmation",
    imitates="one-line Korean confirmation to a one-item request, no URL",
    why="the request has one item, so an unnamed 'the requested post was deleted' applies to it",
    items={C[1]: "removed"},
)

case(
    name="ppomppu-mixed-three",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 고객센터",
    date="Fri, 13 Sep 2024 10:45:36 +0900",
    subject=f"[뽐뿌] 요청하신 게시물 처리결과 ({R_PPOM})",
    reply_to_req=req_mid(R_PPOM),
    body=f"""안녕하세요 뽐뿌 고객센터입니다.

{P[1]}
삭제 처리하였습니다.

{P[2]}
블라인드 처리하였습니다.

{P[3]}
이미 삭제되어 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="bare URL with its status on the line below",
    why="삭제, 블라인드 (removed) and 존재하지 않는 게시물 (not_found)",
    items={P[1]: "removed", P[2]: "removed", P[3]: "not_found"},
)

case(
    name="ppomppu-gmail-quoted",
    **{"from": "mod.daeyeon@ppomppu.co.kr"},
    name_from="뽐뿌 운영자 대연",
    date="Thu, 12 Sep 2024 16:02:45 +0900",
    subject=f"Re: [KCSC] 시정요구 {R_PPOM}",
    reply_to_req=req_mid(R_PPOM),
    body=f"""휴대폰 포럼 글({P[3]})은 방금 삭제했습니다.
자유게시판 2건은 게시판 담당자가 따로 회신드릴게요.

2024년 9월 11일 (수) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
""" + gt(request_body(R_PPOM, P)) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Gmail Korean-locale reply ('…님이 작성:') over the quoted request",
    why="only the phone-forum post is stated deleted; the quoted list and the 'will reply' sentence change nothing",
    items={P[3]: "removed"},
)

case(
    name="naver-geo-korea-restricted",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 13:13:13 +0900",
    subject=f"[NAVER] {R_NAVER} 카페 게시물 조치 결과",
    reply_to_req=req_mid(R_NAVER),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

stockwhisper 카페 게시물 조치 결과 안내드립니다.

- {N[10]} : 해외 소재 카페 운영자의 소명에 따라 국내 접속 차단으로 조치
- {N[13]} : 삭제

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply distinguishing 국내 접속 차단 from 삭제",
    why="국내 접속 차단 is restricted (Korea only); 삭제 is removed",
    items={N[10]: "restricted", N[13]: "removed"},
)

case(
    name="naver-promise-and-done",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그 고객센터",
    date="Wed, 04 Sep 2024 17:50:21 +0900",
    subject=f"RE: 게시물 조치 요청 [{R_NAVER}]",
    reply_to_req=req_mid(R_NAVER),
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

{N[1]} 게시물은 명예훼손 신고 요건이 확인되어 삭제하였습니다.

{N[2]} 게시물은 현재 검토 중이며, 결과는 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog reply with one done and one still under review",
    why="one deleted; the other is 검토 중 (pending)",
    items={N[1]: "removed", N[2]: "pending"},
)

case(
    name="naver-cafe-particle-after-url",
    **{"from": "cafe_help@naver.com"},
    name_from="네이버 카페 고객센터",
    date="Thu, 05 Sep 2024 12:34:56 +0900",
    subject=f"[네이버 카페] 요청 게시물 처리 안내 ({R_NAVER})",
    reply_to_req=req_mid(R_NAVER),
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

{N[4]}은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.
{N[5]}의 경우 카페 매니저가 확인 후 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe help reply with Korean particles written right after the URLs",
    why="'URL은' already deleted by its author (not_found); 'URL의 경우' deleted by the cafe manager (removed)",
    items={N[4]: "not_found", N[5]: "removed"},
)

case(
    name="naver-kin-wrapped-url",
    **{"from": "kin_help@naver.com"},
    name_from="NAVER 지식iN",
    date="Sun, 08 Sep 2024 09:05:00 +0900",
    subject=f"Re: {R_NAVER} Knowledge iN",
    reply_to_req=req_mid(R_NAVER),
    body="""Hello,

Both Knowledge iN questions from your request have been deleted:
https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470112233
https://kin.naver.com/qna/detail.naver?d1id=11&dirId=110201&
docId=470198811

NAVER Knowledge iN operations
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose mail client wrapped a long URL after '&'",
    why="a clerk joins the wrapped second URL; both questions stated deleted",
    items={N[7]: "removed", N[14]: "removed"},
)

case(
    name="dc-english-bulleted",
    **{"from": "global@dcinside.com"},
    name_from="DCinside Global",
    date="Mon, 09 Sep 2024 19:20:40 +0900",
    subject=f"RE: Request {R_DC}",
    reply_to_req=req_mid(R_DC),
    body=f"""Hello,

Update on {R_DC}:

* {D[4]} - the mini-gallery manager has made the post private; it is no
  longer visible to anyone.
* {D[2]} - reviewed, no violation of our rules or Korean law found; the post
  stays up.

DCinside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="English bulleted reply from a Korean community's global support",
    why="made private (removed); kept with a reason (rejected)",
    items={D[4]: "removed", D[2]: "rejected"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-only",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그 고객센터",
    date="Wed, 04 Sep 2024 10:15:00 +0900",
    subject=f"RE: 게시물 조치 요청 [{R_NAVER}]",
    reply_to_req=req_mid(R_NAVER),
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

요청하신 아래 게시물은 담당 부서에서 검토 후 운영정책에 따라 조치할 예정입니다.
{N[1]}
{N[2]}

처리 결과는 완료되는 대로 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER reply promising action after review",
    why="names two URLs but only promises (조치할 예정): nothing to apply",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-hedge-appears-deleted",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 11:40:00 +0900",
    subject=f"Re: {R_DC} 문의",
    reply_to_req=req_mid(R_DC),
    body=f"""안녕하세요.

{D[1]} 글은 확인해 보니 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 확인 후 다시 말씀드리겠습니다.

디시인사이드 운영팀
""",
    outcome="review", review="not_understood",
    imitates="DC Inside operator hedging ('삭제된 것으로 보입니다')",
    why="'appears to have been deleted' is a hedge, and the operator says they will confirm",
    items={D[1]: "pending"},
)

case(
    name="fm-bulk-korean",
    **{"from": "report@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date="Tue, 10 Sep 2024 09:30:00 +0900",
    subject=f"[FM Korea] {R_FM} 처리 완료",
    reply_to_req=req_mid(R_FM),
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

{R_FM} 으로 요청하신 게시물 2건 모두 삭제 처리 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="community reply confirming 'all N posts' without listing them",
    why="a statement about both items of a two-item request without naming each",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="naver-bulk-english",
    **{"from": "global-policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Thu, 12 Sep 2024 08:45:10 +0900",
    subject=f"Re: Correction request {R_NAVER}",
    reply_to_req=req_mid(R_NAVER),
    body=f"""Dear KCSC team,

All of the reported content under {R_NAVER} has now been removed from NAVER
services. Please let us know if you see any of it reposted.

Kind regards,
NAVER Policy Team
""",
    outcome="review", review="bulk",
    imitates="English 'all reported content has been removed' reply",
    why="bulk statement for a 14-item request, no URL named",
    items={u: "pending" for u in N.values()},
)

case(
    name="naver-auth-fail",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER 정책지원",
    auth="fail",
    date="Fri, 06 Sep 2024 22:10:05 +0900",
    subject=f"[NAVER] 시정요구 조치결과 회신 ({R_NAVER})",
    reply_to_req=req_mid(R_NAVER),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{N[1]} : 삭제
{N[2]} : 삭제

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: nothing applied",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    **{"from": "sbkim@hanbit-law.example"},
    name_from="김수빈 변호사 (법무법인 한빛)",
    date="Mon, 09 Sep 2024 14:14:14 +0900",
    subject=f"{R_NAVER} 관련 블로그 게시물 삭제 확인",
    body=f"""방송통신심의위원회 담당자님께

저희 의뢰인 관련 시정요구({R_NAVER}) 중 아래 블로그 게시물은
작성자가 어제 자진 삭제한 것을 확인하였기에 알려드립니다.

{N[9]}

법무법인 한빛 변호사 김수빈 드림
""",
    outcome="review", review="unknown_sender",
    imitates="law firm writing on behalf of a complainant about a post's deletion",
    why="not a platform's domain: its statement cannot change the ledger",
    items={N[9]: "pending"},
)

case(
    name="lookalike-domain",
    **{"from": "notice@navercorp-notice.com"},
    name_from="NAVER Corp.",
    date="Sat, 07 Sep 2024 03:12:44 +0900",
    subject=f"[NAVER] 조치 완료 통보 {R_NAVER}",
    body=f"""안녕하세요. 네이버 고객센터입니다.

{R_NAVER} 요청 게시물 3건이 모두 삭제되었습니다.
{N[1]}
{N[2]}
{N[3]}

처리 내역 확인: https://navercorp-notice.com/kcsc/verify
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain posing as NAVER",
    why="navercorp-notice.com is no configured sender domain",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="daum-wrong-platform-naver-url",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    date="Fri, 06 Sep 2024 09:09:09 +0900",
    subject="[Daum] 문의하신 게시물 확인 결과",
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

문의하신 아래 주소의 게시물은 Daum 서비스에서 확인되지 않는 게시물입니다(존재하지 않음).
{N[3]}

다른 서비스의 게시물인 경우 해당 서비스 사업자에게 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal answering about a URL that belongs to another portal",
    why="Kakao states not_found for a NAVER blog URL: not its item",
    items={N[3]: "pending"},
)

case(
    name="soop-asks-more",
    **{"from": "trustsafety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Sat, 07 Sep 2024 15:00:00 +0900",
    subject=f"[SOOP] Additional information needed - {R_SOOP}",
    reply_to_req=req_mid(R_SOOP),
    body=f"""Dear KCSC,

To proceed with {S[1]} and {S[2]}, please send us the timestamps
(hh:mm:ss) of the scenes at issue in each VOD and the resolution number of
the Commission's decision. We cannot act on these two VODs until we receive
them.

SOOP Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking for timestamps and the decision number before acting",
    why="a request for more information; nothing done yet",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="naver-policy-notice-no-claims",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 10:00:00 +0900",
    subject="[NAVER] 공공기관 게시중단 요청 접수 채널 변경 안내",
    body="""안녕하세요, 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 게시중단 요청은 기관 전용 접수 페이지로만
받습니다. 기존 메일 주소로 보내주신 요청은 9월 30일까지 처리됩니다.

기관 전용 접수 페이지: https://right.naver.com/agency
문의: policy@navercorp.com

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice to agencies about a changed intake channel",
    why="trusted NAVER mail that names no item and no request",
    items={},
)

case(
    name="ppomppu-conditional",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 고객센터",
    date="Fri, 13 Sep 2024 09:00:00 +0900",
    subject=f"[뽐뿌] {R_PPOM} 관련 안내",
    reply_to_req=req_mid(R_PPOM),
    body=f"""안녕하세요 뽐뿌 고객센터입니다.

{P[1]} 게시물 작성자에게 소명 요청을 보냈습니다.
7일 이내에 소명이 없으면 게시물은 삭제될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="forum help desk describing a conditional, future deletion",
    why="deletion only if the author does not answer within 7 days: a condition, not a statement",
    items={P[1]: "pending"},
)

case(
    name="clien-conflicting",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영자",
    date="Fri, 13 Sep 2024 18:18:18 +0900",
    subject=f"Re: [KCSC] 게시물 조치 요청 ({R_CLIEN})",
    reply_to_req=req_mid(R_CLIEN),
    body=f"""안녕하세요.

{C[1]} 게시물은 삭제 조치하였습니다.

[처리 결과] 위 게시물은 이용규칙 위반 사항이 없어 게시 유지됩니다.

클리앙 운영팀
""",
    outcome="review", review="conflicting_statements",
    imitates="template reply where the operator's line and the template result block disagree",
    why="the same URL is said deleted and kept: a person must ask",
    items={C[1]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-korean",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우 (NAVER)",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject=f"[자동응답] 부재중입니다: [KCSC] 시정요구 통보 {R_NAVER}",
    reply_to_req=req_mid(R_NAVER),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 한지우입니다.

9월 3일부터 9월 6일까지 휴가로 부재중입니다.
급한 건은 정책지원팀 공용 메일(policy@navercorp.com)로 보내주세요.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="auto-reply: says nothing about items",
    items={},
)

dsn_original = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: report@dcinside.com",
    "Subject: " + Header(f"[KCSC] 시정요구 통보 {R_DC}", "utf-8").encode(),
    f"Message-ID: <{req_mid(R_DC)}@kcsc.example>",
    "Date: Wed, 04 Sep 2024 11:00:00 +0900",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
] + request_body(R_DC, D))
case(
    name="dc-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 11:00:19 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-645-dc"

--dsn-645-dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mx1.dcinside.com[203.0.113.44] said: 550 5.1.1
    <report@dcinside.com>: Recipient address rejected: User unknown

--dsn-645-dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed,  4 Sep 2024 11:00:02 +0900

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@dcinside.com>: Recipient address
    rejected: User unknown

--dsn-645-dc
Content-Type: message/rfc822

{dsn_original}

--dsn-645-dc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request with its URL list",
    why="a bounce; the returned request's URLs are our own text",
    items={},
)

case(
    name="daum-mdn-read-receipt",
    **{"from": "hyejin.park@kakaocorp.com"},
    name_from="박혜진",
    date="Thu, 05 Sep 2024 09:48:20 +0900",
    subject=f"읽음: [KCSC] 시정요구 통보 {R_DAUM}",
    reply_to_req=req_mid(R_DAUM),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-645-daum"

--mdn-645-daum
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 받는 사람이 읽었습니다.

받는 사람: hyejin.park@kakaocorp.com
제목: [KCSC] 시정요구 통보 {R_DAUM}
읽은 시간: 2024-09-05 오전 9:48

--mdn-645-daum
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; hyejin.park@kakaocorp.com
Original-Message-ID: <{req_mid(R_DAUM)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-645-daum--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean-locale read receipt (읽음:) MDN",
    why="read receipt: no statement",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Fri, 06 Sep 2024 14:00:52 +0900",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (#SOOP-240906-7781)",
    reply_to_req=req_mid(R_SOOP),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요, SOOP 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: #SOOP-240906-7781
관련 요청: {R_SOOP}

담당자가 확인 후 순차적으로 답변드리겠습니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk receipt with a ticket number",
    why="pure acknowledgement: ticket created, nothing said about items",
    items={},
)

case(
    name="fm-ooo-english",
    **{"from": "yoon.ops@fmkorea.com"},
    name_from="Yoon (FM Korea Ops)",
    date="Mon, 09 Sep 2024 10:00:30 +0900",
    subject=f"Automatic reply: [KCSC] 시정요구 통보 {R_FM}",
    reply_to_req=req_mid(R_FM),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: yoon.ops@fmkorea.com"],
    body="""I am out of the office until 16 September with limited access to email.
For urgent moderation matters please write to report@fmkorea.com.

Thank you.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="auto-reply",
    items={},
)

case(
    name="naver-receipt-english",
    **{"from": "noreply@navercorp.com"},
    name_from="NAVER",
    date="Tue, 03 Sep 2024 10:01:15 +0900",
    subject=f"[NAVER] We have received your request (Case NV-2409-55102)",
    reply_to_req=req_mid(R_NAVER),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hello,

We have received your request {R_NAVER} and created case NV-2409-55102.
Our team will review it and reply to this address.

This is an automated message; please do not reply.
NAVER Corp.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automated case-created receipt",
    why="pure acknowledgement of the request, no statement about items",
    items={},
)

case(
    name="ppomppu-dsn-delayed",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 14:00:05 +0900",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-645-pp"

--dsn-645-pp
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<help@ppomppu.co.kr>: connect to mx.ppomppu.co.kr[198.51.100.77]:25:
    Connection timed out

--dsn-645-pp
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 10:00:01 +0900

Final-Recipient: rfc822; help@ppomppu.co.kr
Action: delayed
Status: 4.4.1
Will-Retry-Until: Mon, 16 Sep 2024 10:00:01 +0900

--dsn-645-pp
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: help@ppomppu.co.kr
Subject: {Header(f"[KCSC] 시정요구 통보 {R_PPOM}", "utf-8").encode()}
Message-ID: <{req_mid(R_PPOM)}@kcsc.example>

--dsn-645-pp--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delay warning DSN",
    why="delivery-delay report: no statement",
    items={},
)

HEADER = """# blind645: Korean portals and community sites, mixed Korean/English, with
# doubtful and ignorable mail. Written by tests/corpus/blind645/make.py from
# each email's meaning, before any run of the reader. See NOTES.md.
"""


def encode_headers(c):
    """Real mail carries non-ASCII display names and subjects as RFC 2047
    encoded words (UTF-8, base64), folded."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8", header_name="Subject" if key == "subject" else "From").encode(maxlinelen=76)


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind645", HEADER, CASES)


if __name__ == "__main__":
    main()
