#!/usr/bin/env python3
"""Blind set 303: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Ppomppu; Clien and Nate as the wrong or
silent platform), mixing Korean and English, with the doubtful and ignorable
mail a regulator's mailbox receives.

    python3 tests/corpus/blind303/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before any
run of the reader. All names, URLs and ids are fictional.
"""
import base64
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind303"

# ---------------------------------------------------------------- requests
DC = "https://gall.dcinside.com"
D1 = DC + "/board/view/?id=greenmarket_new&no=8812031"
D2 = DC + "/board/view/?id=greenmarket_new&no=8812177"
D3 = DC + "/board/view/?id=greenmarket_new&no=8813090"
D4 = DC + "/mgallery/board/view/?id=moonpie_minor&no=20411"
D5 = DC + "/mgallery/board/view/?id=moonpie_minor&no=20458"
D6 = DC + "/mgallery/board/view/?id=moonpie_minor&no=20502"
D7 = DC + "/mini/board/view/?id=glasshouse&no=1733"
D8 = DC + "/mini/board/view/?id=glasshouse&no=1790"
D9 = DC + "/board/view/?id=daily_talk&no=51244"
D10 = DC + "/mgallery/board/view/?id=pinecone_talk&no=907"
D11 = DC + "/mgallery/board/view/?id=pinecone_talk&no=912"
D12 = DC + "/mgallery/board/view/?id=pinecone_talk&no=1004"
DCS = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]

N1 = "https://blog.naver.com/blue_lantern88/223561100045"
N2 = "https://blog.naver.com/blue_lantern88/223561100190"
N3 = "https://cafe.naver.com/quietriver/51207"
N4 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60208&docId=470112233"

K1 = "https://cafe.daum.net/silverfox77/Kx9d/412"
K2 = "https://cafe.daum.net/silverfox77/Kx9d/415"
K3_SLUG = "중고-거래-후기"
K3_RAW = "https://rainbowlane.tistory.com/entry/" + K3_SLUG
K3 = "https://rainbowlane.tistory.com/entry/" + quote(K3_SLUG)

S1 = "https://vod.sooplive.co.kr/player/118200345"
S2 = "https://ch.sooplive.co.kr/nightowl_bj/post/99012"

F1 = "https://www.fmkorea.com/7412003851"
F2 = "https://www.fmkorea.com/7412004420"
F3 = "https://www.fmkorea.com/7412010077"
F4 = "https://www.fmkorea.com/best/7412018862"
F5 = "https://www.fmkorea.com/index.php?mid=football_world&document_srl=7412020013"

I1 = "https://www.inven.co.kr/board/maple/5974/3309881"

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9104455"
P2 = "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4470120"
P3 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9104702"

REQUESTS = [
    ("KCSC-240903-01", "dcinside", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00",
     DCS, "non_consensual_imagery", "<req-240903-01@kcsc.example>"),
    ("KCSC-240904-02", "naver", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
     [N1, N2, N3, N4], "privacy_violation", "<req-240904-02@kcsc.example>"),
    ("KCSC-240905-03", "daum", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [K1, K2, K3], "fraud", "<req-240905-03@kcsc.example>"),
    ("KCSC-240906-04", "soop", "2024-09-06T15:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [S1, S2], "obscenity", "<req-240906-04@kcsc.example>"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [F1, F2, F3, F4, F5], "illegal_gambling", "<req-240909-05@kcsc.example>"),
    ("KCSC-240910-06", "inven", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00",
     [I1], "defamation", "<req-240910-06@kcsc.example>"),
    ("KCSC-240911-07", "ppomppu", "2024-09-11T16:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [P1, P2, P3], "drug_trade", "<req-240911-07@kcsc.example>"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid in REQUESTS:
        for u in urls:
            assert "," not in u and '"' not in u
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{mid},")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text_or_bytes):
    data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    return base64.encodebytes(data).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_body(ref, urls, title):
    lines = [
        f"[{ref}] {title}",
        "",
        "귀사 서비스에 게시된 아래 정보에 대하여 시정요구(삭제)를 통보하오니",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 디지털성범죄대응팀", "takedown@kcsc.example"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    name = kw.get("name_from")
    if name and not name.isascii():
        # display names travel RFC 2047-encoded, as real mailers send them
        kw["name_from"] = "=?UTF-8?B?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="
    CASES.append(kw)


# ================================================================ DC Inside
case(
    name="dc-numbered-list-full",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 11:42:10 +0900",
    subject="Re: [KCSC-240903-01] 불법촬영물 등 시정요구 (12건) 처리 결과",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

방송통신심의위원회에서 통보하신 KCSC-240903-01 건(총 12건)의 처리 결과를
아래와 같이 알려드립니다.

1. {D1} - 삭제
2. {D2} - 삭제
3. {D3} - 삭제
4. {D4} - 삭제
5. {D5} - 삭제
6. {D6} - 삭제
7. {D7} - 삭제
8. {D8} - 삭제
9. {D9} - 작성자 본인이 먼저 삭제하여 게시물이 존재하지 않음
10. {D10} - 삭제
11. {D11} - 삭제
12. {D12} - 게시 유지 (검토 결과 운영원칙 및 관련 법령 위반 사항이 확인되지 않았습니다)

12번 게시물에 대하여 추가 자료가 있으시면 회신 주시기 바랍니다.
감사합니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations-team reply to a KCSC 시정요구, numbered list with a result per line",
    why="Trusted dcinside.com reply giving a result for each of the 12 URLs: 10 deleted, 1 already deleted by its author, 1 kept as not violating.",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "removed", D5: "removed",
           D6: "removed", D7: "removed", D8: "removed", D9: "not_found", D10: "removed",
           D11: "removed", D12: "rejected"},
)

_dc_rows = [(D1, "삭제", "2024-09-05"), (D2, "삭제", "2024-09-05"), (D3, "삭제", "2024-09-05"),
            (D4, "게시물 없음 (이미 삭제된 게시물)", "-"), (D5, "삭제", "2024-09-06"),
            (D6, "삭제", "2024-09-06")]
_dc_tr = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td>'
    f"<td>{r}</td><td>{d}</td></tr>"
    for i, (u, r, d) in enumerate(_dc_rows, 1))
case(
    name="dc-html-table-partial",
    **{"from": "report@dcinside.com"}, name_from="DCInside 운영팀",
    date="Fri, 06 Sep 2024 17:05:44 +0900",
    subject="[디시인사이드] 시정요구 처리 결과 회신 (KCSC-240903-01, 1차)",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 디시인사이드입니다.</p>
<p>KCSC-240903-01 건 중 1차로 처리가 끝난 게시물의 결과를 회신드립니다.
나머지 게시물은 처리가 끝나는 대로 별도로 안내드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>처리 결과</th><th>처리일</th></tr>
{_dc_tr}
</table>
<p>운영원칙: <a href="https://www.dcinside.com/policy/operation">https://www.dcinside.com/policy/operation</a></p>
<p>디시인사이드 운영팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside first partial batch result sent as an HTML table",
    why="HTML table from dcinside.com: five posts deleted, one already gone; the remaining items are only promised, so they stay pending and are not named.",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found", D5: "removed", D6: "removed"},
)

_dc_csv = "url,result,processed_at\n" + "\n".join([
    f'"{D7}",삭제,2024-09-09 10:12',
    f'"{D8}",삭제,2024-09-09 10:14',
    f'"{D9}",작성자 삭제(게시물 없음),-',
    f'"{D10}",삭제,2024-09-09 10:31',
    f'"{D11}",유지(위반사항 없음),2024-09-09 10:33',
    f'"{D12}",삭제,2024-09-09 10:40',
]) + "\n"
case(
    name="dc-csv-attachment-second-batch",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 15:20:01 +0900",
    subject="RE: [KCSC-240903-01] 2차 처리 결과 (첨부 참조)",
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_dc303_mix"

--=_dc303_mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디시인사이드 운영팀입니다.

KCSC-240903-01 건의 나머지 6건에 대한 처리 결과를 첨부 CSV 파일로
보내드립니다. 확인 부탁드립니다.

디시인사이드 운영팀

--=_dc303_mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_dc_csv)}
--=_dc303_mix--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community site's batch result sent as a CSV attachment",
    why="CSV attachment from dcinside.com with one row per URL: four deleted, one already deleted by its author, one kept.",
    items={D7: "removed", D8: "removed", D9: "not_found", D10: "removed", D11: "rejected", D12: "removed"},
)

case(
    name="dc-english-global-support",
    **{"from": "global@dcinside.com"}, name_from="DCInside Global Support",
    date="Thu, 05 Sep 2024 09:18:37 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""
Dear KCSC team,

Thank you for your notice. We have looked into the first three links of
your request.

The following posts were deleted by our moderation team on 4 September 2024:

{D1}
{D2}

The following post no longer exists. It was deleted by the uploader before
your notice reached us, so no action was needed on our side:

{D3}

We are still working through the other links and will write again.

Kind regards,
Jae-won Park
DCInside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="English-language abuse-desk reply from a Korean community site, bare URLs under a heading",
    why="Two posts stated deleted and one stated already removed by its uploader, each under its heading; the rest is a promise about unnamed items.",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

_req1 = request_body("KCSC-240903-01", DCS, "불법촬영물 등 시정요구 (12건)")
case(
    name="dc-top-posted-outlook-quote",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 10:03:55 +0900",
    subject="RE: [KCSC-240903-01] 불법촬영물 등 시정요구 (12건)",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요.

pinecone_talk 마이너 갤러리 게시물 3건 처리 결과입니다.

{D10}
→ 삭제 완료

{D11}
→ 삭제 완료

{D12}
→ 이미 삭제된 게시물로 확인됩니다 (존재하지 않는 게시물)

감사합니다.
디시인사이드 운영팀 김민서

-----Original Message-----
From: "방송통신심의위원회" <takedown@kcsc.example>
To: <report@dcinside.com>
Sent: 2024-09-03 (화) 14:00
Subject: [KCSC-240903-01] 불법촬영물 등 시정요구 (12건)

{_req1}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's quoted request, status on the line below each URL",
    why="Top part gives a result for three URLs (two deleted, one no longer exists); the quoted request below lists all 12 URLs but states nothing.",
    items={D10: "removed", D11: "removed", D12: "not_found"},
)

case(
    name="dc-echoed-report-form",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Fri, 06 Sep 2024 13:47:20 +0900",
    subject="[디시인사이드 신고센터] 신고하신 게시물의 처리 결과를 알려드립니다",
    body=f"""
디시인사이드 신고센터입니다.
신고하신 내용에 대한 처리 결과를 안내드립니다.

[신고 접수 내역]
신고 번호 : DC-RPT-2409-771302
신고자    : 방송통신심의위원회 (takedown@kcsc.example)
신고 대상 : {D3}
신고 사유 : 불법촬영물 (요청번호 KCSC-240903-01)
접수 일시 : 2024-09-03 14:05

[처리 결과]
처리 상태 : 처리 완료
조치 내용 : 게시물 삭제 및 작성자 이용 제한
처리 일시 : 2024-09-05 16:22

본 메일은 발신 전용입니다. 추가 문의는 신고센터 게시판을 이용해 주세요.
https://www.dcinside.com/help/report
""",
    outcome="applied", classification="confirmation",
    imitates="Report-centre outcome mail that echoes the submitted report form, then the result block",
    why="The echoed form names the URL and the result block says the post was deleted; the help link is not an item.",
    items={D3: "removed"},
)

case(
    name="dc-minor-gallery-bullets",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 10:11:09 +0900",
    subject="Re: [KCSC-240903-01] 마이너·미니 갤러리 게시물 처리 안내",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

마이너 갤러리 게시물은 원칙적으로 각 갤러리 매니저가 관리하지만, 이번 건은
사안의 중대성을 고려해 운영팀이 직접 조치하였습니다.

▶ {D4} : 운영자 삭제
▶ {D5} : 운영자 삭제
▶ {D6} : 운영자 삭제

미니 갤러리 게시물 {D7} 은(는) 확인 당시 이미 삭제되어 존재하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside note on minor/mini gallery posts deleted by the operator rather than the gallery manager",
    why="Three posts stated 운영자 삭제 (removed) and one stated already deleted and non-existent (not_found), each named.",
    items={D4: "removed", D5: "removed", D6: "removed", D7: "not_found"},
)


# ================================================================ NAVER
case(
    name="naver-temporary-measure-and-blind",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Fri, 06 Sep 2024 16:30:12 +0900",
    subject="[네이버] 요청하신 게시물의 임시조치 및 블라인드 결과 안내 (KCSC-240904-02)",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 알려드립니다.

■ 임시조치 (30일간 접근 차단, 정보통신망법 제44조의2)
  - {N1}
  - {N2}

■ 블라인드 처리 (카페 이용약관 위반)
  - {N3}

임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청하지 않으면 삭제됩니다.
나머지 1건(지식iN)은 담당 부서에서 검토 후 별도로 회신드리겠습니다.

권리보호센터 안내: https://right.naver.com/guide
네이버 주식회사 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치/블라인드 result notice with bulleted sections",
    why="Two blog posts under a 임시조치 (30-day access block) heading are restricted; the cafe post is blinded (removed); the later deletion is conditional; the Kin item is only promised and not named.",
    items={N1: "restricted", N2: "restricted", N3: "removed"},
)

case(
    name="naver-kin-kept-bilingual",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN 고객센터",
    date="Tue, 10 Sep 2024 14:02:48 +0900",
    subject="Re: [KCSC-240904-02] 지식iN 게시물 검토 결과",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요, 네이버 지식iN 고객센터입니다.

요청하신 지식iN 답변글을 검토하였습니다.
{N4}

검토 결과, 해당 답변글에는 특정인을 식별할 수 있는 개인정보가 포함되어 있지
않아 지식iN 운영원칙 위반으로 보기 어려워 게시를 유지합니다.
(Our review found no personal data in the answer, so it stays published.)

추가로 판단하실 자료가 있으시면 회신 부탁드립니다.

네이버 지식iN 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Kin customer-centre refusal with its reason, Korean with an English gloss",
    why="Trusted naver.com reply naming the Kin URL and refusing with a reason: the post stays up (rejected).",
    items={N4: "rejected"},
)

_naver_qp = f"""안녕하세요. 네이버 고객센터입니다.

KCSC-240904-02 건 중 아래 게시물의 처리 결과를 알려드립니다.

1) 카페 게시글 {N3}
   - 처리 결과: 카페 운영원칙 위반으로 블라인드 처리 완료

2) 지식iN 게시글 {N4}
   - 처리 결과: 존재하지 않는 게시물입니다. (요청 접수 전 작성자가 삭제)

감사합니다.
네이버 고객센터 드림
"""
case(
    name="naver-quoted-printable-two",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 18:44:03 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 고객센터] 처리 결과 안내".encode()).decode() + "?=",
    reply_to_req="req-240904-02",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_naver_qp)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre result mail in a quoted-printable body with an encoded subject",
    why="Cafe post blinded (removed) and Kin post stated non-existent, deleted by its author before the request (not_found).",
    items={N3: "removed", N4: "not_found"},
)

case(
    name="naver-english-statement-of-reasons",
    **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Wed, 11 Sep 2024 09:05:27 +0900",
    subject="Statement of reasons - KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Dear Korea Communications Standards Commission,

Please find below our decisions on the blog posts in your request
KCSC-240904-02.

Content:  {N2}
Decision: Removed. The post was deleted on 10 September 2024.
Ground:   Disclosure of personal information without consent (blog
          operating policy, section 4.2)

Content:  {N1}
Decision: Temporary measure. Access to the post is blocked for 30 days
          under Article 44-2 of the Network Act.
Ground:   Claimed infringement of privacy; illegality could not be
          determined.

Redress:  The author may object through https://help.naver.com/objection

NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / ground / redress) adapted by a Korean portal",
    why="Field blocks per URL: one post removed, one under a 30-day 임시조치 access block (restricted); the objection link is not an item.",
    items={N2: "removed", N1: "restricted"},
)

case(
    name="naver-cafe-fullwidth-paren",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    date="Thu, 05 Sep 2024 15:55:40 +0900",
    subject="RE: [KCSC-240904-02] 카페 게시글 삭제 요청 건",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

요청하신 게시글（{N3}）은 카페 매니저 확인을 거쳐
네이버 운영자가 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Short NAVER Cafe support reply with the URL inside full-width parentheses followed by a particle",
    why="The cafe post, in full-width parentheses, is stated deleted by the NAVER operator.",
    items={N3: "removed"},
)

case(
    name="naver-blog-private-and-gone",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 고객센터",
    date="Thu, 12 Sep 2024 11:26:33 +0900",
    subject="Re: [KCSC-240904-02] 블로그 게시물 처리 결과",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요. 네이버 블로그 고객센터입니다.

■ 대상: {N1}
■ 조치: 운영정책 위반으로 비공개 처리

■ 대상: {N2}
■ 조치: 없음 - 확인 결과 블로거 본인이 게시물을 삭제하여 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Blog support reply in 대상/조치 label blocks",
    why="One post made private by NAVER (removed); the other deleted by its author and no longer exists (not_found).",
    items={N1: "removed", N2: "not_found"},
)


# ================================================================ Daum / Kakao
case(
    name="daum-tistory-korean-url-angle",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 10:40:15 +0900",
    subject="[Daum/티스토리] KCSC-240905-03 게시중단 요청 처리 결과",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

티스토리 게시글 <{K3_RAW}>는 서비스 운영정책 위반(사기 거래 유도)이
확인되어 게시중단(삭제) 조치하였습니다.

Daum 카페 게시글 <{K1}>는 권리침해 여부를 판단하기 어려워
30일간 임시조치하였습니다.

감사합니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 게시중단 and 임시조치 result, URLs in angle brackets followed by Korean particles",
    why="The Tistory post (raw Korean path matching its percent-encoded form) is 게시중단(삭제), removed; the cafe post is under a 30-day 임시조치, restricted.",
    items={K3: "removed", K1: "restricted"},
)

_daum_html = f"""<html><body>
<p>안녕하세요, Daum 고객센터입니다.</p>
<p>KCSC-240905-03 요청 건의 처리 결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>게시물 주소</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td>{K1}</td><td>삭제</td></tr>
<tr><td>{K2}</td><td>게시물 없음</td></tr>
<tr><td>{K3}</td><td>블라인드</td></tr>
</tbody></table>
<p style="color:#888">본 메일은 발신전용입니다. 문의: <a href="https://cs.daum.net/">Daum 고객센터</a></p>
</body></html>
"""
case(
    name="daum-base64-html-table",
    **{"from": "noreply@daum.net"}, name_from="Daum 고객센터",
    date="Wed, 11 Sep 2024 17:12:51 +0900",
    subject="[Daum] 요청하신 게시물 처리 결과 안내",
    reply_to_req="req-240905-03",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_daum_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre no-reply result table, base64 HTML body",
    why="Table rows: cafe post deleted, second cafe post does not exist, Tistory post (percent-encoded) blinded.",
    items={K1: "removed", K2: "not_found", K3: "removed"},
)

case(
    name="daum-receipt-plus-result",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 09:31:02 +0900",
    subject="[카카오 고객센터] 문의 답변 (문의번호 2409-DA-88213)",
    body=f"""
안녕하세요, 카카오 고객센터입니다.
방송통신심의위원회 KCSC-240905-03 관련 문의가 접수되었습니다(문의번호 2409-DA-88213).

확인 결과, {K2} 게시글은 카페 운영원칙 위반으로
삭제 조치가 완료되었습니다.

나머지 게시물은 확인 중이며 결과가 나오는 대로 다시 안내드리겠습니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre answer that opens like a ticket receipt but states a result",
    why="Despite the receipt phrase, it states unhedged that the named cafe post was deleted; the rest is a promise about unnamed items.",
    items={K2: "removed"},
)


# ================================================================ SOOP
case(
    name="soop-english-vod-and-post",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Tue, 10 Sep 2024 20:14:36 +0900",
    subject="Re: [KCSC-240906-04] Notice of illegal content on SOOP",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

Thank you for contacting SOOP Trust & Safety. We reviewed both links in
request KCSC-240906-04.

- VOD {S1}
  The VOD has been deleted and the broadcaster's channel is suspended
  for 7 days under our broadcasting guidelines.

- Channel post {S2}
  After review, this post does not violate our community guidelines or
  Korean law, so it remains available.

You can find our guidelines at https://www.sooplive.co.kr/policy/broadcast

Best regards,
SOOP Trust & Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) Trust & Safety English outcome: VOD deleted, channel post kept",
    why="The VOD is stated deleted (removed); the channel post is refused as not violating and stays available (rejected).",
    items={S1: "removed", S2: "rejected"},
)

case(
    name="soop-age-restricted-vod",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 13:08:19 +0900",
    subject="RE: [KCSC-240906-04] 다시보기(VOD) 조치 결과",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요, SOOP 고객센터입니다.

요청하신 다시보기 영상 {S1} 은
청소년 유해 요소가 확인되어 19세 이상 시청 가능 콘텐츠(연령 제한)로
변경하였습니다. 현재 성인 인증을 마친 이용자만 시청할 수 있습니다.

감사합니다.
SOOP 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP customer-centre notice that a VOD was set to 19+ (age-restricted)",
    why="The VOD is now viewable only by age-verified adults: restricted.",
    items={S1: "restricted"},
)


# ================================================================ FM Korea
case(
    name="fmk-bulleted-mixed",
    **{"from": "cs@fmkorea.com"}, name_from="에펨코리아 운영팀",
    date="Thu, 12 Sep 2024 16:48:00 +0900",
    subject="Re: [KCSC-240909-05] 불법 도박 홍보 게시물 시정요구",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. 에펨코리아 운영팀입니다.

통보하신 게시물 5건에 대한 처리 결과입니다.

* {F1} : 삭제 (불법 도박 사이트 홍보)
* {F2} : 삭제 (불법 도박 사이트 홍보)
* {F3} : 작성자 자진 삭제로 이미 존재하지 않는 글입니다
* {F4} : 유지 - 도박 관련 뉴스 기사를 인용한 글로, 홍보 목적이 아니라고 판단했습니다
* {F5} : 삭제 및 작성자 영구 이용정지

문의 사항이 있으시면 회신 부탁드립니다.
에펨코리아 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea operations-team bulleted result list with reasons",
    why="Each of the five URLs has its own result: three deleted, one self-deleted by the author (not_found), one kept with a reason (rejected).",
    items={F1: "removed", F2: "removed", F3: "not_found", F4: "rejected", F5: "removed"},
)

case(
    name="fmk-url-below-heading",
    **{"from": "admin@fmkorea.com"}, name_from="FMKOREA",
    date="Wed, 11 Sep 2024 11:02:44 +0900",
    subject="[FMKOREA] KCSC-240909-05 처리 결과",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요.

운영정책 위반으로 삭제된 게시물:
{F1}
{F2}

작성자가 먼저 삭제하여 현재 존재하지 않는 게시물:
{F3}

나머지 2건은 담당자 확인 후 회신드리겠습니다.

FMKOREA 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Terse community-site reply with a status heading and the URLs on the lines below it",
    why="Two URLs under a 'deleted' heading, one under an 'author deleted, no longer exists' heading; the two other items are only promised, not named.",
    items={F1: "removed", F2: "removed", F3: "not_found"},
)

_f5_a, _f5_b = F5.split("&", 1)
case(
    name="fmk-wrapped-long-url",
    **{"from": "cs@fmkorea.com"}, name_from="에펨코리아 고객센터",
    date="Fri, 13 Sep 2024 10:20:30 +0900",
    subject="RE: [KCSC-240909-05] 추가 처리 결과",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, 에펨코리아 고객센터입니다.

지난번 회신에서 빠진 두 게시물도 확인하여 모두 삭제 처리하였습니다.

- {F4}
- {_f5_a}&
  {_f5_b}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Plain-text reply from a hard-wrapping mail client that broke a long query-string URL after '&'",
    why="'both posts deleted' with each named; the second URL is wrapped after '&' but a clerk reads it whole.",
    items={F4: "removed", F5: "removed"},
)

case(
    name="fmk-pipe-text-table",
    **{"from": "cs@fmkorea.com"}, name_from="에펨코리아 고객센터",
    date="Thu, 12 Sep 2024 09:12:10 +0900",
    subject="[에펨코리아] 시정요구 처리 현황 (KCSC-240909-05)",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, 에펨코리아 고객센터입니다. 처리 현황을 공유드립니다.

| 게시물 | 결과 |
|---|---|
| {F2} | 삭제 |
| {F3} | 게시물 없음 |
| {F5} | 이미 삭제된 게시물 |

현황표에 없는 게시물은 아직 확인 중입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Status table typed with pipes in a plain-text email",
    why="Pipe table: one post deleted, two no longer exist; items not in the table are only 'still checking' and unnamed.",
    items={F2: "removed", F3: "not_found", F5: "not_found"},
)


# ================================================================ Inven
case(
    name="inven-sole-statement-one-item",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원팀",
    date="Thu, 12 Sep 2024 14:35:08 +0900",
    subject="Re: [KCSC-240910-06] 명예훼손 게시물 시정요구",
    reply_to_req="req-240910-06",
    body="""
안녕하세요, 인벤 고객지원팀입니다.

KCSC-240910-06 건으로 통보하신 게시물은 운영정책 위반이 확인되어
삭제 처리하였습니다.

감사합니다.
인벤 고객지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Inven support reply confirming deletion without repeating the URL",
    why="The request has one item; a trusted, unhedged statement that the notified post was deleted applies to it.",
    items={I1: "removed"},
)

case(
    name="inven-english-not-found",
    **{"from": "global@inven.co.kr"}, name_from="Inven Support",
    date="Wed, 11 Sep 2024 18:21:45 +0900",
    subject="Re: [KCSC-240910-06] Removal request",
    reply_to_req="req-240910-06",
    body=f"""
Hello,

We checked the link you sent ({I1}).
The post does not exist on our board: the page shows "삭제되었거나 존재하지
않는 게시물입니다" (deleted or non-existent post). Our logs show the author
removed it on 9 September, before your notice.

Regards,
Inven Support
""",
    outcome="applied", classification="confirmation",
    imitates="Inven support English reply: the post does not exist, removed by its author",
    why="Trusted statement that the named post does not exist (deleted by its author before the notice): not_found.",
    items={I1: "not_found"},
)


# ================================================================ Ppomppu
case(
    name="ppomppu-particles-glued",
    **{"from": "policy@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Fri, 13 Sep 2024 15:01:22 +0900",
    subject="Re: [KCSC-240911-07] 마약류 거래 게시물 시정요구",
    reply_to_req="req-240911-07",
    body=f"""
안녕하세요. 뽐뿌 운영팀입니다.

{P1}의 게시물은 삭제하였고, {P2}은 블라인드 처리하였습니다.
{P3}는 확인 당시 이미 작성자가 삭제한 글이었습니다.

해당 작성자들의 계정은 모두 이용 정지하였습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu operations reply in running Korean prose with particles glued to the URLs",
    why="Deleted, blinded and already deleted by the author, one per URL; the particles (의, 은, 는) are not part of the URLs.",
    items={P1: "removed", P2: "removed", P3: "not_found"},
)

_req7 = request_body("KCSC-240911-07", [P1, P2, P3], "마약류 거래 게시물 시정요구")
case(
    name="ppomppu-gmail-style-quote",
    **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 관리자",
    date="Thu, 19 Sep 2024 10:44:50 +0900",
    subject="Re: [KCSC-240911-07] 마약류 거래 게시물 시정요구",
    reply_to_req="req-240911-07",
    body=f"""
안녕하세요, 뽐뿌 관리자입니다. 추석 연휴로 답변이 늦었습니다.

{P1} 글은 삭제했습니다.
{P3} 글은 확인해 보니 마약 퇴치 캠페인 안내 글이라 규정 위반이 아니라고
판단되어 그대로 두었습니다.

2024년 9월 11일 (수) 오후 4:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(_req7)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply with Korean attribution line and '>' quoted request",
    why="Top part: one post deleted, one kept because it is an anti-drug campaign post (rejected); the quoted request states nothing.",
    items={P1: "removed", P3: "rejected"},
)


# ================================================================ review
case(
    name="dc-promise-gallery-manager",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 04 Sep 2024 17:55:31 +0900",
    subject="Re: [KCSC-240903-01] 불법촬영물 등 시정요구 (12건)",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

아래 마이너 갤러리 게시물은 갤러리 매니저에게 조치를 요청해 두었으며,
매니저 확인 후 순차적으로 삭제될 예정입니다.

{D10}
{D11}

처리가 끝나면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Interim reply promising deletion after the gallery manager acts",
    why="'삭제될 예정' is a promise, not a statement; the named items stay pending and the email needs a person.",
    items={D10: "pending", D11: "pending"},
)

case(
    name="naver-hedge-appears-private",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 고객센터",
    date="Fri, 06 Sep 2024 10:17:56 +0900",
    subject="Re: [KCSC-240904-02] 블로그 게시물 확인 요청",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요, 네이버 블로그 고객센터입니다.

문의하신 게시물 {N2} 은
블로거에 의해 이미 비공개로 전환된 것으로 보입니다.
정확한 상태는 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Support reply that hedges ('~것으로 보입니다') pending internal confirmation",
    why="'appears to have been made private' is a hedge and the exact status is promised later: pending, review.",
    items={N2: "pending"},
)

case(
    name="fmk-bulk-all-deleted",
    **{"from": "cs@fmkorea.com"}, name_from="에펨코리아 고객센터",
    date="Tue, 10 Sep 2024 19:03:14 +0900",
    subject="Re: [KCSC-240909-05] 불법 도박 홍보 게시물 시정요구",
    reply_to_req="req-240909-05",
    body="""
안녕하세요, 에펨코리아 고객센터입니다.

KCSC-240909-05 건으로 통보하신 게시물 5건 모두 삭제 완료하였습니다.
작성자 계정도 이용 정지하였습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="One-line bulk confirmation for a five-item request",
    why="'all 5 posts deleted' without naming each, for a request of 5 items: bulk, items stay pending.",
    items={F1: "pending", F2: "pending", F3: "pending", F4: "pending", F5: "pending"},
)

case(
    name="dc-bulk-english-all-twelve",
    **{"from": "global@dcinside.com"}, name_from="DCInside Global Support",
    date="Wed, 11 Sep 2024 08:40:02 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body="""
Dear KCSC team,

We are writing to let you know that all twelve posts listed in your
request KCSC-240903-01 have been removed from DCInside.

Kind regards,
DCInside Global Support
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="English blanket confirmation covering a whole 12-item request",
    why="A statement about all 12 items without naming any: bulk, items stay pending.",
    items={u: "pending" for u in DCS},
)

case(
    name="daum-dmarc-fail",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    auth="fail",
    date="Sat, 07 Sep 2024 02:13:40 +0900",
    subject="[Daum] KCSC-240905-03 처리 완료",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

{K1} 게시물은 삭제 조치되었습니다.
{K2} 게시물은 삭제 조치되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="Result notice from the Kakao domain that fails DKIM/SPF/DMARC",
    why="Claims from kakaocorp.com but authentication fails: nothing applies, a person checks it.",
    items={K1: "pending", K2: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "glasshouse.manager@gmail.com"}, name_from="유리온실 갤러리 매니저",
    date="Sun, 08 Sep 2024 23:41:19 +0900",
    subject="미니갤러리 글 지웠습니다 (KCSC-240903-01)",
    body=f"""
안녕하세요 디시 유리온실 미니갤 매니저입니다.
운영팀 통해서 요청 내용 전달받았고 아래 글 두 개 제가 지웠어요.

{D7}
{D8}

앞으로 비슷한 글 올라오면 바로 지우겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Volunteer mini-gallery manager (a user, not DC Inside staff) writing from a personal webmail",
    why="A gmail.com sender is not DC Inside; the claim about two named posts cannot be applied.",
    items={D7: "pending", D8: "pending"},
)

case(
    name="clien-not-our-board",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Thu, 12 Sep 2024 12:30:00 +0900",
    subject="Re: [KCSC-240911-07] 마약류 거래 게시물 시정요구",
    reply_to_req="req-240911-07",
    body=f"""
안녕하세요, 클리앙 운영진입니다.

보내주신 게시물을 확인했으나 아래 주소는 모두 클리앙에서 찾을 수 없는
게시물입니다. 다른 사이트로 보내실 메일이 잘못 온 것 같습니다.

{P1}
{P2}

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Community site replying to a notice that was meant for another site",
    why="Clien states 'cannot be found' about Ppomppu items: a platform speaking about another platform's items.",
    items={P1: "pending", P2: "pending"},
)

case(
    name="nate-youth-officer-notice",
    **{"from": "youth@nate.com"}, name_from="네이트 청소년보호책임자",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject="[네이트] 청소년보호책임자 및 연락처 변경 안내",
    body="""
안녕하세요. 네이트입니다.

네이트 청소년보호책임자 및 불법정보 신고 담당 연락처가 2024년 9월 9일부터
아래와 같이 변경되었음을 유관기관에 안내드립니다.

- 청소년보호책임자: 이수정 (서비스운영실)
- 신고 접수 메일: youth@nate.com
- 전화: 02-0000-0000

앞으로 시정요구 및 협조 요청은 위 연락처로 보내 주시기 바랍니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Portal's notice to partner institutions about a new youth-protection officer contact",
    why="Trusted nate.com mail that names no requested item and no request: nothing to apply, a person files it.",
    items={},
)

case(
    name="soop-asks-for-resolution",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    date="Mon, 09 Sep 2024 16:25:43 +0900",
    subject="Re: [KCSC-240906-04] 방송국 게시글 관련 추가 자료 요청",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요, SOOP 운영정책팀입니다.

요청하신 방송국 게시글 {S2} 에 대한 조치를 검토하기 위해
해당 건의 심의 의결서 사본(또는 위반 내용을 확인할 수 있는 자료)을 보내주실 수
있을까요? 자료를 받는 대로 검토를 진행하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Platform asking the regulator for the deliberation decision before acting",
    why="Asks for supporting documents about a named item and states nothing; the item stays pending.",
    items={S2: "pending"},
)

case(
    name="ppomppu-under-review",
    **{"from": "policy@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Thu, 12 Sep 2024 10:05:37 +0900",
    subject="Re: [KCSC-240911-07] 마약류 거래 게시물 시정요구",
    reply_to_req="req-240911-07",
    body=f"""
안녕하세요, 뽐뿌 운영팀입니다.

통보하신 아래 게시물은 현재 내부 검토 중입니다.
 - {P1}
 - {P2}
 - {P3}
추석 연휴 이후 검토 결과를 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Interim 'under review' reply listing the notified posts",
    why="'under review' is not a status; names all three items, which stay pending.",
    items={P1: "pending", P2: "pending", P3: "pending"},
)

case(
    name="naver-conditional-cafe-manager",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    date="Wed, 04 Sep 2024 18:20:11 +0900",
    subject="RE: [KCSC-240904-02] 카페 게시글 삭제 요청 건",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

요청하신 게시글 {N3} 은 해당 카페 매니저에게 전달하였습니다.
카페 매니저가 운영원칙 위반으로 판단할 경우 게시글이 삭제될 수 있으며,
매니저가 7일 이내에 조치하지 않으면 네이버가 직접 검토하게 됩니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER Cafe reply passing the report to the cafe manager, with conditions",
    why="'may be deleted if the manager decides' is conditional; the named item stays pending.",
    items={N3: "pending"},
)

case(
    name="fmk-lawfirm-on-behalf-of-author",
    **{"from": "office@hanbit-law.example"}, name_from="법무법인 한빛 (정다은 변호사)",
    date="Fri, 13 Sep 2024 17:48:02 +0900",
    subject="[법무법인 한빛] 에펨코리아 게시물 관련 (KCSC-240909-05)",
    body=f"""
방송통신심의위원회 담당자님께,

저희 법인은 에펨코리아 게시물 {F3} 의 작성자를 대리하고 있습니다.
의뢰인은 귀 위원회의 시정요구 사실을 알게 된 즉시 해당 게시물을 자진 삭제하였음을
알려드립니다. 향후 의견진술 기회를 부여해 주실 것을 요청드립니다.

법무법인 한빛 변호사 정다은 드림
""",
    outcome="review", review="unknown_sender",
    imitates="Law firm writing for the author of a post, claiming voluntary deletion",
    why="A law firm is not FM Korea; its claim about a named item cannot change the status.",
    items={F3: "pending"},
)


# ================================================================ ignored
case(
    name="naver-out-of-office-bilingual",
    **{"from": "jiyoon.han@navercorp.com"}, name_from="한지윤",
    date="Wed, 04 Sep 2024 10:31:05 +0900",
    subject="[부재중] Re: [KCSC-240904-02] 개인정보 노출 게시물 시정요구",
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 9월 4일(수)부터 9월 10일(화)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 policy@navercorp.com 으로 연락 부탁드립니다.

I am out of the office until 10 September with limited access to email.
For urgent matters please contact policy@navercorp.com.

한지윤 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Bilingual Korean/English out-of-office auto-reply from a portal employee",
    why="Auto-Submitted out-of-office reply: ignored whatever request it answers.",
    items={},
)

case(
    name="dc-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 14:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn303dc"

--dsn303dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-kr@dcinside.com>: host mx1.dcinside.com[203.0.113.45] said: 550
    5.1.1 <report-kr@dcinside.com>: Recipient address rejected: User unknown

--dsn303dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Tue,  3 Sep 2024 14:00:39 +0900

Final-Recipient: rfc822; report-kr@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn303dc
Content-Type: text/rfc822-headers

From: =?UTF-8?B?{base64.b64encode("방송통신심의위원회".encode()).decode()}?= <takedown@kcsc.example>
To: <report-kr@dcinside.com>
Subject: [KCSC-240903-01] =?UTF-8?B?{base64.b64encode("불법촬영물 등 시정요구".encode()).decode()}?=
Date: Tue, 03 Sep 2024 14:00:00 +0900
Message-ID: <req-240903-01@kcsc.example>

--dsn303dc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report, 5.1.1 user unknown) for the request sent to a wrong address",
    why="Delivery status notification: ignored, the request never arrived at that address.",
    items={},
)

case(
    name="fmk-read-receipt",
    **{"from": "cs@fmkorea.com"}, name_from="에펨코리아 고객센터",
    date="Mon, 09 Sep 2024 10:27:18 +0900",
    subject="읽음: [KCSC-240909-05] 불법 도박 홍보 게시물 시정요구",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn303fm"

--mdn303fm
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240909-05] 불법 도박 홍보 게시물 시정요구"을(를)
수신자 cs@fmkorea.com 이(가) 2024-09-09 오전 10:27에 읽었습니다.

--mdn303fm
Content-Type: message/disposition-notification

Reporting-UA: mail.fmkorea.com; Webmail
Final-Recipient: rfc822; cs@fmkorea.com
Original-Message-ID: <req-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn303fm--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, 읽음 확인)",
    why="Message disposition notification: only says the request was displayed.",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Fri, 06 Sep 2024 15:02:09 +0900",
    subject="[SOOP] 문의가 접수되었습니다 (접수번호 SOOP-2409-55120)",
    body="""
안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

- 접수번호: SOOP-2409-55120
- 문의 유형: 신고 / 불법·유해 콘텐츠
- 문의 제목: [KCSC-240906-04] 음란 방송 VOD 및 게시글 시정요구
- 접수 일시: 2024-09-06 15:02

담당자가 확인 후 순차적으로 답변드리며, 답변은 영업일 기준 1~3일이 소요됩니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP help-desk automatic ticket receipt with reference number",
    why="Pure acknowledgement: the inquiry was received and a ticket number given, nothing about the items.",
    items={},
)

case(
    name="kakao-receipt-echoing-request",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 05 Sep 2024 11:01:30 +0900",
    subject="[카카오 고객센터] 문의 접수 완료 안내",
    body=f"""
안녕하세요, 카카오 고객센터입니다.
아래 내용으로 문의가 접수되었습니다. 확인 후 답변 드리겠습니다.

문의번호: 2409-DA-88213
서비스: Daum 카페 / 티스토리

[문의 내용]
------------------------------------------------------------
[KCSC-240905-03] 사기 거래 유도 게시물 시정요구
귀사 서비스에 게시된 아래 정보의 삭제를 요청하오니 조치 후 결과를 회신하여
주시기 바랍니다.
1. {K1}
2. {K2}
3. {K3}
------------------------------------------------------------

답변이 등록되면 메일로 알려드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre automatic receipt that echoes the submitted inquiry text",
    why="Receipt only; the echoed inquiry is the regulator's own request and states no result.",
    items={},
)

case(
    name="ppomppu-korean-bounce-mailbox-full",
    **{"from": "mailer-daemon@ppomppu.co.kr"}, name_from="메일 발송 실패 알림",
    date="Wed, 11 Sep 2024 16:00:52 +0900",
    subject="[메일 발송 실패] [KCSC-240911-07] 마약류 거래 게시물 시정요구",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
보내신 메일이 받는 사람에게 전달되지 못했습니다.

받는 사람 : policy@ppomppu.co.kr
보낸 시각 : 2024-09-11 16:00:00
실패 사유 : 받는 사람의 메일함 용량이 초과되었습니다.
            (552 5.2.2 Mailbox full)

잠시 후 다시 보내시거나 다른 연락처로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="bounce",
    imitates="Korean-language non-delivery notice (mailbox full) in plain text",
    why="Bounce: the request was not delivered, nothing about the items.",
    items={},
)


HEADER = """# Blind set 303 (tests/corpus/blind303/): Korean portals and community
# sites, mixing Korean and English, with the doubtful and ignorable mail a
# regulator's mailbox receives. Generated by make.py; expected results were
# written from each email's meaning before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
