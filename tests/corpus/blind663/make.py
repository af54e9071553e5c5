#!/usr/bin/env python3
"""Blind set 663: Korean portals and community sites (NAVER, Daum, DC Inside,
FM Korea, SOOP, Ppomppu, Inven, Nate), Korean and English mixed, with the
doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind663/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails. Everything here is fictional.
"""
import base64
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N8_RAW = "https://in.naver.com/바람소리/contents/internal/702318845"
N8 = "https://in.naver.com/" + quote("바람소리") + "/contents/internal/702318845"

N = {
    1: "https://blog.naver.com/haneul_mist/223561104512",
    2: "https://blog.naver.com/haneul_mist/223561198877",
    3: "https://blog.naver.com/greentea_lab/223549870021",
    4: "https://cafe.naver.com/joonggo7979/884213",
    5: "https://cafe.naver.com/joonggo7979/884290",
    6: "https://cafe.naver.com/dalbit2024/15532",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471223345",
    8: N8,
    9: "https://m.blog.naver.com/mintcloud_88/223570045123",
    10: "https://post.naver.com/viewer/postView.naver?volumeNo=38812045&memberNo=55012873",
    11: "https://tv.naver.com/v/58812034",
    12: "https://cafe.naver.com/ArticleRead.nhn?clubid=31024875&articleid=2201",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=10238841",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=tossinvest&no=552103",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=tossinvest&no=552187",
    4: "https://gall.dcinside.com/mini/board/view/?id=nightcity&no=3310",
    5: "https://gall.dcinside.com/board/view/?id=comic_new4&no=7719024",
}
K = {
    1: "https://cafe.daum.net/sunflowerhouse/Kq1a/2231",
    2: "https://cafe.daum.net/sunflowerhouse/Kq1a/2240",
    3: "https://cafe.daum.net/rivermoon88/7Hcm/51902",
}
F = {
    1: "https://www.fmkorea.com/7412390551",
    2: "https://www.fmkorea.com/7412398820",
    3: "https://www.fmkorea.com/best/7413002214",
    4: "https://www.fmkorea.com/index.php?mid=humor&document_srl=7415580013",
}
S = {
    1: "https://vod.sooplive.co.kr/player/132457781",
    2: "https://ch.sooplive.co.kr/moonlight_ssam/post/112340987",
}
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9012345"
I = {
    1: "https://www.inven.co.kr/board/lostark/4821/1190234",
    2: "https://www.inven.co.kr/board/maple/5974/883102",
}

# ref, platform, sent, due, category, message-id stem, urls
REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_drug_sales", "req-240902-01", [N[i] for i in range(1, 13)]),
    ("KCSC-240903-02", "dcinside", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", "req-240903-02", [D[i] for i in range(1, 6)]),
    ("KCSC-240904-03", "daum", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "privacy_infringement", "req-240904-03", [K[i] for i in range(1, 4)]),
    ("KCSC-240905-04", "fmkorea", "2024-09-05T15:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal_gambling", "req-240905-04", [F[i] for i in range(1, 5)]),
    ("KCSC-240906-05", "soop", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscene_content", "req-240906-05", [S[1], S[2]]),
    ("KCSC-240909-06", "ppomppu", "2024-09-09T13:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "fraud", "req-240909-06", [P1]),
    ("KCSC-240910-07", "inven", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_gambling", "req-240910-07", [I[1], I[2]]),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, mid, urls in REQUESTS:
        for u in urls:
            assert "," not in u and '"' not in u
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},<{mid}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def quoted_request(ref, prefix="> ", raw_korean=False):
    """The regulator's own request, as a reply quotes it."""
    urls = REQ[ref][6]
    out = [
        "안녕하십니까. 방송통신심의위원회 통신심의 담당입니다.",
        f"아래 게시물에 대하여 시정요구(삭제 또는 접속차단)를 요청드립니다. 요청번호: {ref}",
        "",
    ]
    for k, u in enumerate(urls, 1):
        if raw_korean and u == N8:
            u = N8_RAW
        out.append(f"{k}. {u}")
    out += ["", "조치 결과를 기한 내에 회신하여 주시기 바랍니다.", "KCSC 통신심의국"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in out)


def req_subject(ref):
    return f"[KCSC] 시정요구 요청 ({ref}) 불법·유해정보 게시물 조치 요청"


def irt(ref):
    return REQ[ref][5]


def qp_part(text, ctype="plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{enc}")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def b64_part(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(text.encode('utf-8'))}")


def alternative(boundary, text, html):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n{b64_part(text)}\n"
            f"--{boundary}\n{qp_part(html, 'html')}\n"
            f"--{boundary}--\n")


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)
ALL_N = {N[i]: "pending" for i in range(1, 13)}

# ====================== applied ======================

case(
    name="naver-gesijungdan-result-list",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 게시중단요청서비스",
    date="Thu, 05 Sep 2024 16:42:10 +0900",
    subject=f"[NAVER] 게시물 조치 결과 안내 ({R1})",
    reply_to_req=irt(R1),
    body=f"""
안녕하세요, 네이버 게시중단요청서비스 담당자입니다.

방송통신심의위원회에서 요청하신 건({R1})에 대하여 우선 검토가 끝난
게시물의 처리 결과를 아래와 같이 알려드립니다.

1. {N[1]}
   - 처리결과: 삭제
2. {N[2]}
   - 처리결과: 게시중단
3. {N[3]}
   - 처리결과: 임시조치 (30일)
4. {N[4]}
   - 처리결과: 게시물 없음 (요청 접수 전 작성자가 삭제)

나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.
임시조치 제도에 관한 설명은 https://help.naver.com/service/5622/contents/19033 을
참고해 주십시오.

네이버 주식회사 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 처리 결과 안내 (numbered list, 처리결과 line under each URL)",
    why="Trusted NAVER notice: 삭제/게시중단 -> removed, 임시조치 -> restricted, 게시물 없음 (author deleted) -> not_found; help link is no item.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found"},
)

html_a2 = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 고객센터입니다.<br>
요청번호 <b>{R1}</b>에 대한 조치 결과를 아래 표로 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>게시물 URL</th><th>서비스</th><th>조치 결과</th><th>비고</th></tr>
<tr><td><a href="{N[5]}">{N[5]}</a></td><td>카페</td><td>게시중단</td><td>운영원칙 위반</td></tr>
<tr><td><a href="{N[6]}">{N[6]}</a></td><td>카페</td><td>임시조치</td><td>권리침해 신고 접수</td></tr>
<tr><td><a href="{N[7]}">{N[7]}</a></td><td>지식iN</td><td>조치 불가(게시 유지)</td><td>관련 법령 및 운영정책상 위반 사항이 확인되지 않음</td></tr>
<tr><td><a href="{N8}">{N8_RAW}</a></td><td>인플루언서</td><td>블라인드</td><td>-</td></tr>
</table>
<p>감사합니다.<br>네이버 고객센터 드림</p>
</body></html>
"""
text_a2 = f"""안녕하세요. 네이버 고객센터입니다.
요청번호 {R1}에 대한 조치 결과를 아래 표로 회신드립니다.

게시물 URL	서비스	조치 결과	비고
{N[5]}	카페	게시중단	운영원칙 위반
{N[6]}	카페	임시조치	권리침해 신고 접수
{N[7]}	지식iN	조치 불가(게시 유지)	관련 법령 및 운영정책상 위반 사항이 확인되지 않음
{N8_RAW}	인플루언서	블라인드	-

감사합니다.
네이버 고객센터 드림
"""
case(
    name="naver-html-table-four-rows",
    **{"from": "helpdesk@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 11:05:44 +0900",
    subject=f"RE: {req_subject(R1)}",
    reply_to_req=irt(R1),
    raw_mime=alternative("==nv_a2_7f31", text_a2, html_a2),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 조치 결과 table (HTML with plain-text alternative), as in 시정요구 조치결과 회신",
    why="Table rows: 게시중단 -> removed, 임시조치 -> restricted, 조치 불가(게시 유지) with reason -> rejected, 블라인드 (raw Korean path) -> removed.",
    items={N[5]: "removed", N[6]: "restricted", N[7]: "rejected", N8: "removed"},
)

csv_a3 = f"""게시물URL,조치결과,조치일시,비고
{N[9]},삭제,2024-09-06 15:20,
{N[10]},해당 게시물 없음,-,존재하지 않는 게시물
{N[11]},연령제한,2024-09-06 15:31,19세 이상만 시청 가능하도록 변경
{N[12]},게시중단,2024-09-06 15:40,
"""
body_a3 = f"""안녕하십니까, 네이버 정책지원팀입니다.

요청번호 {R1} 중 아래 4건의 처리 결과를 첨부 CSV 파일로 보내드립니다.
파일이 열리지 않으면 회신 주십시오.

네이버 정책지원팀
"""
case(
    name="naver-csv-attachment-four",
    **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 17:12:03 +0900",
    subject=f"[NAVER] {R1} 처리 결과 송부 (첨부)",
    reply_to_req=irt(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="mix-a3-20240906"

--mix-a3-20240906
{b64_part(body_a3)}
--mix-a3-20240906
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_a3.encode('utf-8'))}
--mix-a3-20240906--
""",
    outcome="applied", classification="confirmation",
    imitates="Portal policy team sending a result spreadsheet (CSV attachment, Korean column names)",
    why="CSV rows: 삭제 -> removed, 해당 게시물 없음 -> not_found, 연령제한 -> restricted, 게시중단 -> removed.",
    items={N[9]: "removed", N[10]: "not_found", N[11]: "restricted", N[12]: "removed"},
)

items_a4 = dict(ALL_N)
items_a4.update({N[3]: "removed", N[6]: "not_found"})
case(
    name="naver-english-top-posted-over-quote",
    **{"from": "jiwon.park@navercorp.com"}, name_from="Jiwon Park (NAVER Trust & Safety)",
    date="Sat, 07 Sep 2024 09:31:55 +0900",
    subject=f"Re: {req_subject(R1)}",
    reply_to_req=irt(R1),
    body=f"""
Dear KCSC team,

Following up on your request below. Our review of two of the listed items
is complete:

- {N[3]} -- removed for breaching the NAVER Blog operating policy.
- {N[6]} -- we could not locate this post; the cafe returns no article
  under that number.

The other items are still with the Korean policy team and they will write
to you separately.

Kind regards,
Jiwon Park
NAVER Trust & Safety

On Mon, 2 Sep 2024 at 14:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R1, raw_korean=True)}
""",
    outcome="applied", classification="confirmation",
    imitates="English reply from a portal trust-and-safety staffer, Gmail-style top-posting over the quoted request",
    why="Two unquoted item-level statements (removed, could not locate -> not_found); the twelve quoted URLs change nothing.",
    items=items_a4,
)

case(
    name="naver-kin-kept-with-reason",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책팀",
    date="Mon, 09 Sep 2024 10:20:00 +0900",
    subject=f"[NAVER] 시정요구 검토 결과 회신 ({R1})",
    reply_to_req=irt(R1),
    body=f"""
방송통신심의위원회 담당자님께,

귀 위원회에서 요청하신 지식iN 게시물
{N[7]}
에 대하여 검토하였습니다.

해당 게시물은 일반 의약품의 복용 경험을 공유한 답변으로, 판매 연락처나
구매 유도 문구가 없어 지식iN 운영원칙(https://kin.naver.com/common/policy.naver)
및 관련 법령에 위반되는 내용이 확인되지 않았습니다. 이에 따라 게시물을
유지하기로 결정하였음을 알려드립니다.

이견이 있으시면 본 메일로 회신 부탁드립니다.

네이버 정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER refusal notice (검토 결과 위반 사항 없음, 게시 유지) with the reason",
    why="A refusal with its reason from the item's platform: rejected. The policy link is not an item.",
    items={N[7]: "rejected"},
)

case(
    name="naver-url-then-arrow-status",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책팀",
    date="Tue, 10 Sep 2024 14:03:12 +0900",
    subject=f"Re: [NAVER] 게시물 조치 결과 안내 ({R1}) - 추가",
    reply_to_req=irt(R1),
    body=f"""
{R1} 관련 추가 처리 결과입니다.

{N[10]}
→ 비공개 처리 완료

{N[11]}
→ 국내 접속 차단 (해외 IP에서는 계속 재생될 수 있음)

감사합니다.
NAVER 정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="Short follow-up from a portal policy desk: bare URL, status on the line below",
    why="비공개 처리 -> removed; 국내 접속 차단 (blocked in Korea only) -> restricted.",
    items={N[10]: "removed", N[11]: "restricted"},
)

case(
    name="dc-operator-delete-korean-prose",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 13:48:21 +0900",
    subject=f"[디시인사이드] 시정요구({R2}) 조치 결과",
    reply_to_req=irt(R2),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

방송통신심의위원회 시정요구({R2}) 관련하여 아래와 같이 조치하였음을
알려드립니다.

{D[1]} 게시물은 운영자 삭제 처리하였고, 작성자 IP는 30일 차단하였습니다.
{D[2]} 역시 운영자 삭제하였습니다.
{D[3]}은 요청 접수 전에 작성자가 직접 삭제하여 현재 존재하지 않는 글입니다.

나머지 두 건(미니 갤러리, 만화 갤러리)은 확인 중이며 결과가 나오는 대로
회신드리겠습니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Community-site operations team reply (운영자 삭제, 작성자 삭제) in Korean prose; a URL followed directly by the particle 은",
    why="D1, D2 운영자 삭제 -> removed; D3 deleted by its author -> not_found; the two unnamed remaining items stay pending.",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "pending", D[5]: "pending"},
)

body_a8 = f"""Hello KCSC,

Re: {R2}

- {D[4]} : deleted by our gallery admin team on 9/5 (삭제 완료)
- {D[5]} : we reviewed it and it does not violate our terms of service or Korean law, so the post stays up. (게시 유지)

Best regards,
DC Inside Operations / 디시인사이드 운영팀
"""
case(
    name="dc-qp-english-korean-two",
    **{"from": "ops@dcinside.com"}, name_from="DC Inside Operations",
    date="Fri, 06 Sep 2024 10:02:37 +0900",
    subject=f"RE: {req_subject(R2)}",
    reply_to_req=irt(R2),
    raw_mime=qp_part(body_a8),
    outcome="applied", classification="confirmation",
    imitates="Bilingual operations reply sent quoted-printable by a webmail client",
    why="D4 deleted -> removed; D5 stays up, breaks no rule -> rejected.",
    items={D[4]: "removed", D[5]: "rejected"},
)

case(
    name="dc-bullets-all-five",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Mon, 09 Sep 2024 18:25:00 +0900",
    subject=f"[처리결과 안내] {R2}",
    reply_to_req=irt(R2),
    body=f"""
[처리결과 안내] 요청번호 {R2}

안녕하세요, 디시인사이드 고객센터입니다. 요청하신 게시물 5건의 최종 처리
결과입니다.

• {D[1]} – 삭제
• {D[2]} – 삭제
• {D[3]} – 해당 글 없음 (작성자 삭제)
• {D[4]} – 삭제
• {D[5]} – 성인인증 게시물로 전환 (19세 미만 열람 제한)

문의: https://www.dcinside.com/cs/inquiry
""",
    outcome="applied", classification="confirmation",
    imitates="Final consolidated 처리결과 안내 with a bullet per URL",
    why="Four explicit outcomes per URL plus an age-gate (19세 미만 열람 제한) -> restricted.",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed", D[5]: "restricted"},
)

case(
    name="daum-kakao-result-notice",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 15:30:00 +0900",
    subject=f"[Daum 카페] 게시물 조치 결과 안내 ({R3})",
    reply_to_req=irt(R3),
    body=f"""
[Daum 카페] 게시물 조치 결과 안내

요청번호: {R3}
요청기관: 방송통신심의위원회

■ 조치 대상 및 결과
- {K[1]} : 게시중단 (개인정보 노출)
- {K[2]} : 임시조치 30일
- {K[3]} : 카페가 폐쇄되어 해당 게시물이 존재하지 않습니다.

본 메일은 발신 전용입니다. 문의는 카카오 고객센터(https://cs.kakao.com/helps?service=17)를
이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum cafe 게시물 조치 결과 안내 (발신 전용 notice)",
    why="게시중단 -> removed, 임시조치 -> restricted, cafe closed so the post does not exist -> not_found.",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "not_found"},
)

case(
    name="daum-base64-single-deleted",
    **{"from": "cafe-cs@daum.net"}, name_from="Daum 카페 운영팀",
    date="Mon, 09 Sep 2024 09:14:50 +0900",
    subject=f"Re: {req_subject(R3)}",
    reply_to_req=irt(R3),
    raw_mime=b64_part(f"""안녕하세요, Daum 카페 운영팀입니다.

{R3} 건 중 {K[3]} 게시물은 2024년 9월 6일 자로 삭제되었습니다.
나머지 2건은 검토 후 별도로 회신드리겠습니다.

Daum 카페 운영팀 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="Short Korean reply sent base64-encoded by a Korean webmail client",
    why="K3 deleted -> removed; the other two unnamed items stay pending.",
    items={K[3]: "removed", K[1]: "pending", K[2]: "pending"},
)

case(
    name="fmkorea-english-moderation-reply",
    **{"from": "admin@fmkorea.com"}, name_from="FM Korea Admin",
    date="Fri, 06 Sep 2024 22:41:09 +0900",
    subject=f"Re: {req_subject(R4)}",
    reply_to_req=irt(R4),
    body=f"""
Hi,

This is the FM Korea moderation team replying to {R4}.

{F[1]} and {F[2]} were deleted and the author's account has been
suspended.

{F[3]} was the same post shown on the best board, so it is gone as well.

{F[4]} - we kept this one. It is a meme making fun of a betting ad and has
no betting link, code or promotion in it, so it does not break our rules.

Thanks,
FM Korea Admin
""",
    outcome="applied", classification="confirmation",
    imitates="English reply from a community-site admin (deleted + account suspended; a refusal with reason)",
    why="F1, F2 deleted -> removed; F3 copy on the best board gone as well -> removed; F4 kept, breaks no rule -> rejected.",
    items={F[1]: "removed", F[2]: "removed", F[3]: "removed", F[4]: "rejected"},
)

case(
    name="fmkorea-angle-brackets-korean",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Tue, 10 Sep 2024 11:27:45 +0900",
    subject=f"Re: Re: {req_subject(R4)}",
    reply_to_req=irt(R4),
    body=f"""
에펨코리아 운영진입니다. {R4} 추가 회신드립니다.

<{F[4]}>
위 게시물은 재검토 결과 도박 사이트 홍보 문구가 댓글에 포함된 것이 확인되어
삭제 조치했습니다.

<{F[2]}> 은(는) 존재하지 않는 게시물입니다(이미 삭제됨).

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin follow-up with URLs in angle brackets, statement on the line below the URL",
    why="F4 삭제 -> removed; F2 존재하지 않는 게시물 -> not_found.",
    items={F[4]: "removed", F[2]: "not_found"},
)

case(
    name="soop-vod-deleted-post-age-restricted",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    date="Mon, 09 Sep 2024 16:10:33 +0900",
    subject=f"[SOOP] 시정요구 처리 결과 안내 ({R5})",
    reply_to_req=irt(R5),
    body=f"""
안녕하세요, SOOP(구 아프리카TV) 운영정책팀입니다.

요청하신 {R5} 건의 처리 결과를 안내드립니다.

1) VOD {S[1]}
   영구 삭제 (permanently deleted)
2) 방송국 게시글 {S[2]}
   19세 이상 이용가로 변경 (age-restricted)

감사합니다.
SOOP 운영정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="Streaming-platform (SOOP/AfreecaTV) 처리 결과 안내, Korean with English glosses",
    why="VOD permanently deleted -> removed; channel post switched to 19+ -> restricted.",
    items={S[1]: "removed", S[2]: "restricted"},
)

case(
    name="ppomppu-one-item-no-url",
    **{"from": "webmaster@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Tue, 10 Sep 2024 10:05:00 +0900",
    subject=f"Re: {req_subject(R6)}",
    reply_to_req=irt(R6),
    body="""
안녕하세요 뽐뿌 운영팀입니다.

요청하신 게시물은 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Terse community webmaster reply in the request's thread, no URL repeated",
    why="Threaded reply to a one-item request, one unhedged statement (삭제 조치 완료) -> the sole item removed.",
    items={P1: "removed"},
)

case(
    name="ppomppu-fullwidth-parentheses",
    **{"from": "report@ppomppu.co.kr"}, name_from="뽐뿌 신고센터",
    date="Wed, 11 Sep 2024 09:40:12 +0900",
    subject=f"[뽐뿌] 요청번호 {R6} 처리 안내",
    body=f"""
뽐뿌 신고센터입니다.

위원회에서 요청하신 자유게시판 게시글（{P1}）은
사기 의심 거래 글로 확인되어 블라인드 처리하였으며, 작성자는 이용 정지되었습니다。

뽐뿌 신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community 신고센터 notice, URL in full-width parentheses, full-width full stop",
    why="블라인드 처리 -> removed; the URL is closed by a full-width parenthesis.",
    items={P1: "removed"},
)

case(
    name="inven-text-table",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원",
    date="Thu, 12 Sep 2024 14:55:20 +0900",
    subject=f"[인벤] {R7} 처리 결과",
    reply_to_req=irt(R7),
    body=f"""
안녕하세요, 인벤 고객지원팀입니다. {R7} 처리 결과입니다.

+----------------------------------------------------+----------------------+
| URL                                                | 결과                 |
+----------------------------------------------------+----------------------+
| {I[1]} | 삭제                 |
| {I[2]}    | 유지 (규정 위반 아님) |
+----------------------------------------------------+----------------------+

규정 위반 여부는 인벤 운영정책(https://www.inven.co.kr/common/policy/)에 따라
판단하였습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Game-community support desk result in an ASCII text table",
    why="Table: 삭제 -> removed; 유지 (규정 위반 아님) -> rejected.",
    items={I[1]: "removed", I[2]: "rejected"},
)

case(
    name="inven-outlook-top-posted",
    **{"from": "moderation@inven.co.kr"}, name_from="인벤 게시판 운영",
    date="Fri, 13 Sep 2024 10:12:08 +0900",
    subject=f"RE: {req_subject(R7)}",
    reply_to_req=irt(R7),
    body=f"""
안녕하세요.

{I[1]} 삭제 완료했습니다.
{I[2]} 는 확인해 보니 이미 없는 글입니다(작성자 삭제).

인벤 게시판 운영 담당 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 4:00 PM
To: cs@inven.co.kr
Subject: {req_subject(R7)}

{quoted_request(R7, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above '-----Original Message-----' with the request quoted without '>'",
    why="Statements above the Original Message block: I1 removed, I2 gone by its author -> not_found; the unmarked quoted request adds nothing.",
    items={I[1]: "removed", I[2]: "not_found"},
)

case(
    name="naver-english-statement-of-reasons",
    **{"from": "dsa-notice@navercorp.com"}, name_from="NAVER Content Policy",
    date="Sun, 08 Sep 2024 20:02:41 +0900",
    subject=f"Statement of reasons - {R1}",
    reply_to_req=irt(R1),
    body=f"""
Statement of reasons
Reference: {R1}

Item: {N8_RAW}
Decision: Access to this content has been restricted for users in the
Republic of Korea.
Ground: Illegal content under Korean law (Information and Communications
Network Act, Art. 44-7).
Automated means used: No.

Item: {N[1]}
Decision: Content removed.
Ground: Violation of the NAVER Blog operating policy (sale of regulated
medicines).
Automated means used: No.

You can read about how we handle reports at https://policy.naver.com/policy/service.html
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (Item / Decision / Ground blocks) from a portal",
    why="Raw Korean-path URL restricted in Korea -> restricted; N1 content removed -> removed.",
    items={N8: "restricted", N[1]: "removed"},
)

case(
    name="naver-receipt-plus-immediate-action",
    **{"from": "report@naver.com"}, name_from="네이버 신고센터",
    date="Tue, 03 Sep 2024 09:05:30 +0900",
    subject=f"[네이버 신고센터] 신고 접수 및 처리 안내 ({R1})",
    reply_to_req=irt(R1),
    body=f"""
[네이버 신고센터] 신고 접수 및 처리 안내

접수번호: NV-20240903-55812
귀하의 요청({R1})이 정상적으로 접수되었습니다.

이 중 긴급 처리 대상으로 분류된 아래 게시물은 접수 즉시 게시중단
조치하였습니다.
 - {N[2]}

나머지 게시물은 담당 부서의 검토를 거쳐 결과를 안내해 드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Ticket receipt (접수번호) that also reports an immediate 게시중단",
    why="Acknowledgement wording plus an unhedged item statement: not a pure receipt; N2 removed, the rest pending.",
    items={N[2]: "removed"},
)

case(
    name="dc-removed-and-one-promised",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 04 Sep 2024 17:20:00 +0900",
    subject=f"[디시인사이드] {R2} 중간 회신",
    reply_to_req=irt(R2),
    body=f"""
{R2} 건 관련 중간 회신입니다.

{D[1]} — 삭제 완료.
{D[2]} — 마이너 갤러리 매니저 확인 후 삭제 예정입니다.

나머지는 확인되는 대로 알려드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Interim reply (중간 회신) mixing a done deletion and a promise",
    why="D1 삭제 완료 -> removed; D2 삭제 예정 is a promise -> pending.",
    items={D[1]: "removed", D[2]: "pending"},
)

case(
    name="daum-english-gmail-quote",
    **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Thu, 05 Sep 2024 19:45:02 +0900",
    subject=f"Re: {req_subject(R3)}",
    reply_to_req=irt(R3),
    body=f"""
Hello,

{K[1]} and {K[2]} were taken down today.
{K[3]} is still under review by the cafe policy team.

Best,
Kakao Trust & Safety

On Wed, Sep 4, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R3)}
""",
    outcome="applied", classification="confirmation",
    imitates="English Gmail-style reply from a portal trust & safety team over the quoted request",
    why="K1, K2 taken down -> removed; K3 under review -> pending.",
    items={K[1]: "removed", K[2]: "removed", K[3]: "pending"},
)

case(
    name="soop-html-only-list",
    **{"from": "helpdesk@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Wed, 11 Sep 2024 13:33:19 +0900",
    subject=f"[SOOP 고객센터] 문의하신 내용에 대한 답변입니다 ({R5})",
    reply_to_req=irt(R5),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, SOOP 고객센터입니다.<br>요청번호 {R5} 에 대한 답변입니다.</p>
<ul>
<li><a href="{S[1]}">{S[1]}</a> : 이미 BJ 본인이 삭제한 VOD로, 현재 존재하지 않습니다.</li>
<li><a href="{S[2]}">{S[2]}</a> : 게시글 삭제 및 방송국 이용 정지 7일 처리하였습니다.</li>
</ul>
<p>SOOP을 이용해 주셔서 감사합니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Helpdesk answer (문의하신 내용에 대한 답변입니다), HTML only with a bulleted list",
    why="S1 already deleted by the streamer -> not_found; S2 deleted -> removed.",
    items={S[1]: "not_found", S[2]: "removed"},
)

case(
    name="fmkorea-statement-below-two-urls",
    **{"from": "report@fmkorea.com"}, name_from="에펨코리아",
    date="Mon, 09 Sep 2024 12:00:41 +0900",
    subject=f"[에펨코리아] 게시물 처리 결과 ({R4})",
    reply_to_req=irt(R4),
    body=f"""
안녕하세요, 에펨코리아입니다 ({R4}).

{F[1]}
{F[3]}
상기 2건은 불법 도박 사이트 홍보로 확인되어 삭제 처리하였습니다.

{F[2]}
해당 글은 도박 사이트를 비판하는 내용으로 신고 사유에 해당하지 않아 게시를 유지합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin reply grouping URLs above a 상기 N건 statement",
    why="상기 2건 삭제 -> F1, F3 removed; F2 kept with a reason -> rejected.",
    items={F[1]: "removed", F[3]: "removed", F[2]: "rejected"},
)

body_a25 = f"""안녕하세요. 네이버 정책지원팀입니다.

{R1} 관련하여 지식iN 게시물 {N[7]} 은 답변 내용 중 불법 의약품 판매 연락처가 포함되어 있어 삭제하였습니다.

카페 게시물 {N[12]} 은 확인 결과 유효하지 않은 링크(존재하지 않는 게시글)입니다.

네이버 정책지원팀 드림
"""
case(
    name="naver-qp-soft-wrapped-urls",
    **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 16:48:27 +0900",
    subject=f"Re: [NAVER] {R1} 처리 결과 송부",
    reply_to_req=irt(R1),
    raw_mime=qp_part(body_a25),
    outcome="applied", classification="confirmation",
    imitates="Quoted-printable Korean reply whose long URLs are cut by soft line breaks",
    why="N7 삭제 -> removed; N12 invalid link / post does not exist -> not_found.",
    items={N[7]: "removed", N[12]: "not_found"},
)

# ====================== review ======================

case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책팀",
    date="Wed, 04 Sep 2024 11:22:09 +0900",
    subject=f"[NAVER] {R1} 진행 상황 안내",
    reply_to_req=irt(R1),
    body=f"""
안녕하세요, 네이버 정책팀입니다.

요청하신 게시물({R1}) 중 {N[1]}, {N[2]}
은 내부 검토를 거쳐 순차적으로 게시중단될 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Portal progress note (진행 상황 안내) promising future 게시중단",
    why="'게시중단될 예정' is a promise, not a statement: both named items stay pending.",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-hedge-may-have-been-removed",
    **{"from": "ops@dcinside.com"}, name_from="DC Inside Operations",
    date="Thu, 05 Sep 2024 21:10:50 +0900",
    subject=f"Re: {req_subject(R2)}",
    reply_to_req=irt(R2),
    body=f"""
Hi,

Regarding {D[4]} -- it looks like the post may already have been removed
by the mini gallery owner, but I could not confirm it from our logs yet.
I'll get back to you once I hear from the admin team.

Thanks
""",
    outcome="review", review="not_understood",
    imitates="Operator's informal English reply with a hedge ('may already have been removed')",
    why="Hedged and unconfirmed: no statement; D4 pending.",
    items={D[4]: "pending"},
)

case(
    name="naver-bulk-all-removed",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책팀",
    date="Thu, 12 Sep 2024 15:00:00 +0900",
    subject=f"[NAVER] {R1} 조치 완료 안내",
    reply_to_req=irt(R1),
    body=f"""
안녕하세요, 네이버 정책팀입니다.

{R1}로 요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.
협조해 주셔서 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Portal '전체 조치 완료' notice without listing the posts",
    why="One statement about all twelve items without naming any: bulk; items stay pending.",
    items=dict(ALL_N),
)

case(
    name="dc-bulk-english-all-five",
    **{"from": "ops@dcinside.com"}, name_from="DC Inside Operations",
    date="Tue, 10 Sep 2024 09:55:14 +0900",
    subject=f"Re: {req_subject(R2)}",
    reply_to_req=irt(R2),
    body=f"""
Hello,

All five posts listed in your request {R2} have been deleted by our
operations team.

Regards,
DC Inside Operations
""",
    outcome="review", review="bulk",
    imitates="English 'all reported posts were deleted' reply",
    why="Five-item request answered by one collective statement naming no URL: bulk.",
    items={D[i]: "pending" for i in range(1, 6)},
)

case(
    name="daum-dmarc-fail",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:00 +0900",
    subject=f"[Daum 카페] 게시물 조치 결과 안내 ({R3})",
    body=f"""
[Daum 카페] 게시물 조치 결과 안내

요청번호: {R3}
- {K[1]} : 게시중단

본 메일은 발신 전용입니다.
""",
    outcome="review", review="untrusted",
    imitates="Kakao result notice layout, but DKIM/SPF/DMARC fail",
    why="Claims to be from kakaocorp.com yet fails authentication: untrusted, K1 pending.",
    items={K[1]: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    **{"from": "dalbit.manager2024@gmail.com"}, name_from="달빛카페 매니저",
    date="Fri, 06 Sep 2024 23:48:31 +0900",
    subject=f"{R1} 관련 카페 게시글 삭제했습니다",
    body=f"""
안녕하세요. 네이버 카페 '달빛2024' 매니저입니다.

네이버로부터 위원회 요청 건({R1}) 안내를 받고 카페 안의
{N[6]} 게시글을 삭제했습니다.
혹시 더 필요한 조치가 있으면 이 주소로 연락 주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="Cafe manager (not the platform) writing from a personal webmail address",
    why="Not a platform sender domain: unknown_sender; N6 pending.",
    items={N[6]: "pending"},
)

case(
    name="nate-about-daum-item",
    **{"from": "cs@nate.com"}, name_from="네이트 고객센터",
    date="Fri, 06 Sep 2024 10:31:00 +0900",
    subject=f"Re: {req_subject(R3)}",
    body=f"""
안녕하세요, 네이트 고객센터입니다.

요청하신 {K[3]} 게시물은 네이트 판 또는 네이트 서비스에 존재하지 않는
게시물입니다. 해당 주소는 Daum(카카오) 서비스이므로 카카오 측에 요청하시기
바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Portal telling the regulator a misrouted URL belongs to another service",
    why="Nate, trusted, states 'does not exist' about a Daum item: not its platform's item -> wrong_platform; K3 pending.",
    items={K[3]: "pending"},
)

case(
    name="inven-asks-for-documents",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원",
    date="Wed, 11 Sep 2024 11:18:44 +0900",
    subject=f"[인벤] {R7} 관련 자료 요청",
    reply_to_req=irt(R7),
    body=f"""
안녕하세요, 인벤 고객지원팀입니다.

요청하신 아래 게시물의 조치를 위해 다음 자료를 보내주시기 바랍니다.

 - {I[1]}
 - {I[2]}

1) 시정요구 공문 사본(기관 직인 포함)
2) 각 게시물이 위반한 법령 조항

자료를 받는 대로 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Community support desk asking for the official letter and legal basis before acting",
    why="The platform asks for documents before acting: asks_more; both items pending.",
    items={I[1]: "pending", I[2]: "pending"},
)

case(
    name="naver-transparency-report-newsletter",
    **{"from": "news@navercorp.com"}, name_from="NAVER 정책 뉴스레터",
    date="Tue, 17 Sep 2024 10:00:00 +0900",
    subject="[NAVER] 2024년 상반기 투명성 보고서 발간 안내",
    body="""
안녕하세요, 네이버입니다.

네이버 2024년 상반기 투명성 보고서가 발간되었습니다. 기관 요청에 따른 게시물
조치 현황과 임시조치 통계를 확인하실 수 있습니다.

보고서 보기: https://privacy.naver.com/transparency/report_2024h1
정책 문의: https://help.naver.com/support/contents/policy

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Portal newsletter announcing a transparency report",
    why="Trusted NAVER mail naming no item and no request: no_claims; its links are NAVER's own pages.",
    items={},
)

case(
    name="soop-under-review",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    date="Sat, 07 Sep 2024 14:00:00 +0900",
    subject=f"[SOOP] {R5} 검토 현황",
    reply_to_req=irt(R5),
    body=f"""
안녕하세요, SOOP 운영정책팀입니다.

{R5} 건으로 요청하신 아래 콘텐츠는 현재 검토 중입니다 (under review).

- {S[1]}
- {S[2]}

검토가 끝나면 결과를 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Streaming platform status update: 검토 중 / under review",
    why="'Under review' is no status: both named items stay pending.",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="fmkorea-conditional-deletion",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Sat, 07 Sep 2024 18:30:00 +0900",
    subject=f"Re: {req_subject(R4)}",
    reply_to_req=irt(R4),
    body=f"""
에펨코리아 운영진입니다.

{F[1]} 는 작성자에게 소명 기회를 부여하였으며, 7일 이내에 소명이 없을
경우 삭제될 예정입니다.

참고 부탁드립니다.
""",
    outcome="review", review="not_understood",
    imitates="Community admin describing a conditional deletion after the author's 소명 period",
    why="A condition and a promise, not a statement: F1 pending.",
    items={F[1]: "pending"},
)

# ====================== ignored ======================

case(
    name="fmkorea-out-of-office-english",
    **{"from": "jw.kim@fmkorea.com"}, name_from="Jaewon Kim",
    date="Thu, 05 Sep 2024 15:00:12 +0900",
    subject=f"Automatic reply: {req_subject(R4)}",
    reply_to_req=irt(R4),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday, 16 September, with limited access to
email. For moderation matters please write to admin@fmkorea.com.

Jaewon Kim
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="Out-of-office auto-reply: ignored.",
    items={},
)

case(
    name="naver-chuseok-absence-autoreply",
    **{"from": "sujin.lee@navercorp.com"}, name_from="이수진",
    date="Thu, 12 Sep 2024 18:00:03 +0900",
    subject=f"[부재중 자동응답] Re: [NAVER] {R1} 진행 상황 안내",
    reply_to_req=irt(R1),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
안녕하세요. 이수진입니다.
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

※ 본 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 over the Chuseok holiday",
    why="Absence auto-reply: ignored.",
    items={},
)

orig_g3 = f"""Date: Mon, 9 Sep 2024 13:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: report-team@ppomppu.co.kr
Subject: {req_subject(R6)}
Message-ID: <{irt(R6)}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request(R6, prefix="")}
"""
case(
    name="ppomppu-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@ppomppu.co.kr"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 13:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-g3-0909"

--dsn-g3-0909
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.ppomppu.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-team@ppomppu.co.kr>: host mx1.ppomppu.co.kr[203.0.113.25] said:
    550 5.1.1 <report-team@ppomppu.co.kr>: Recipient address rejected:
    User unknown in local recipient table

--dsn-g3-0909
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.ppomppu.co.kr
Arrival-Date: Mon,  9 Sep 2024 13:00:05 +0900 (KST)

Final-Recipient: rfc822; report-team@ppomppu.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in local recipient table

--dsn-g3-0909
Content-Type: message/rfc822

{orig_g3}
--dsn-g3-0909--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (5.1.1 user unknown) returning the request",
    why="Bounce: ignored; the returned request's URL is not a statement.",
    items={P1: "pending"},
)

case(
    name="daum-read-receipt",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 05 Sep 2024 09:12:44 +0900",
    subject=f"읽음 확인: {req_subject(R3)}",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-g4"

--mdn-g4
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "{req_subject(R3)}" 을(를) 수신자가 2024-09-05 09:12 에 읽었습니다.
이 확인은 메일이 수신자의 컴퓨터에 표시되었다는 뜻이며, 내용을 읽었거나
동의했다는 뜻은 아닙니다.

--mdn-g4
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822;safety@kakaocorp.com
Original-Message-ID: <{irt(R3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-g4--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, message/disposition-notification)",
    why="MDN: ignored.",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Fri, 06 Sep 2024 09:31:40 +0900",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 SP-2409-88123)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요, SOOP 고객센터입니다.

보내주신 문의({req_subject(R5)})가 정상적으로 접수되었습니다.
접수번호: SP-2409-88123

문의량에 따라 답변은 영업일 기준 3일 이내에 드립니다. 추가 자료가 있으시면
접수번호를 제목에 적어 회신해 주세요.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Helpdesk ticket receipt (문의가 접수되었습니다, 접수번호)",
    why="Pure acknowledgement with a ticket number: ignored.",
    items={},
)

case(
    name="dc-report-receipt-bilingual",
    **{"from": "noreply@dcinside.com"}, name_from="DC Inside",
    date="Tue, 03 Sep 2024 10:30:55 +0900",
    subject=f"[디시인사이드] 신고 접수 완료 / Report received ({R2})",
    reply_to_req=irt(R2),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
신고가 정상적으로 접수되었습니다. (접수번호 DC-775120)
Your report has been received. Ticket #DC-775120

요청번호 / Your reference: {R2}
처리 결과는 검토 후 이메일로 안내드립니다.
We will email you the outcome after review.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Bilingual automatic report receipt with a ticket number",
    why="Pure acknowledgement: ignored.",
    items={},
)

case(
    name="daum-dsn-delayed",
    **{"from": "mailer-daemon@daum.net"}, name_from="Mail Delivery Subsystem",
    date="Wed, 04 Sep 2024 15:02:10 +0900",
    subject=f"Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-g7"

--dsn-g7
Content-Type: text/plain; charset=utf-8

** 메일 전송 지연 / Delivery incomplete **

귀하의 메일 "{req_subject(R3)}" 이(가) cafe-report@daum.net 으로
아직 전달되지 않았습니다. 시스템이 계속 재시도합니다.
There was a temporary problem delivering your message. The system will
keep retrying for up to 72 hours.

--dsn-g7
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net

Final-Recipient: rfc822; cafe-report@daum.net
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp; 421 4.4.7 Message delayed, remote server busy
Will-Retry-Until: Sat, 7 Sep 2024 11:00:00 +0900

--dsn-g7
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-report@daum.net
Subject: {req_subject(R3)}
Message-ID: <{irt(R3)}@kcsc.example>

--dsn-g7--
""",
    outcome="ignored", classification="bounce",
    imitates="Delayed-delivery DSN (Action: delayed)",
    why="Delivery status notification: ignored.",
    items={},
)

HEADER = """# Blind set 663 (Korean portals and community sites, mixed). One [[case]]
# per email; every case runs on a fresh ledger holding requests.csv.
# Written from each email's meaning before any run of the reader.
# Generated by make.py: do not edit by hand.
"""

def encode_headers():
    """Korean display names are RFC 2047-encoded, as mail clients send them;
    Korean subjects are encoded in every other case and left raw UTF-8
    (RFC 6532 style, as some Korean webmail sends) in the rest."""
    for n, c in enumerate(cases):
        nf = c.get("name_from")
        if nf and not nf.isascii():
            c["name_from"] = Header(nf, "utf-8").encode()
        if not c["subject"].isascii() and n % 2 == 0:
            c["subject"] = Header(c["subject"], "utf-8").encode()


if __name__ == "__main__":
    encode_headers()
    write_requests()
    corpuslib.write_set(HERE, "blind663", HEADER, cases)
    from collections import Counter
    print(len(cases), Counter(c["outcome"] for c in cases))
