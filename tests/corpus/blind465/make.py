#!/usr/bin/env python3
"""Blind set 465: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, Clien, Ppomppu, FM Korea), Korean and English
mixed, with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind465/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before any run of the reader. All names, URLs and ids are fictional.
"""
import base64
import csv
import html
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind465"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240903-02", "KCSC-240905-03", "KCSC-240905-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240910-07",
)

N = [
    None,
    "https://blog.naver.com/lucky7_bet/223561104871",
    "https://blog.naver.com/lucky7_bet/223561109932",
    "https://blog.naver.com/toto_mania88/223558870215",
    "https://cafe.naver.com/sportsbetclub/48213",
    "https://cafe.naver.com/sportsbetclub/48220",
    "https://cafe.naver.com/sportsbetclub/48297",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471298833",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471302217",
    "https://blog.naver.com/winwin_casino/223560012457",
    "https://blog.naver.com/winwin_casino/223560018830",
    "https://cafe.naver.com/slotmasterkr/9931",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38122417&memberNo=61022931",
    "https://blog.naver.com/powerball_pick/223559931104",
    "https://cafe.naver.com/slotmasterkr/9958",
]
D = [
    None,
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=11938271",
    "https://gall.dcinside.com/mgallery/board/view/?id=idolrumor&no=402817",
    "https://gall.dcinside.com/mgallery/board/view/?id=idolrumor&no=402855",
    "https://gall.dcinside.com/mini/board/view/?id=leakedpics&no=3371",
    "https://m.dcinside.com/board/idolrumor/402901",
]
K3_RAW = "https://hotnight-review.tistory.com/entry/업소-후기-정리"
K = [
    None,
    "https://cafe.daum.net/midnightclub77/Xk2P/1184",
    "https://cafe.daum.net/midnightclub77/Xk2P/1190",
    "https://hotnight-review.tistory.com/entry/%EC%97%85%EC%86%8C-%ED%9B%84%EA%B8%B0-%EC%A0%95%EB%A6%AC",
    "https://hotnight-review.tistory.com/212",
]
S = [
    None,
    "https://vod.sooplive.co.kr/player/138204417",
    "https://vod.sooplive.co.kr/player/138209952",
    "https://ch.sooplive.co.kr/nightdj_k/post/120447813",
]
F = [None, "https://www.fmkorea.com/7381204417", "https://www.fmkorea.com/7381299035"]
C1 = "https://www.clien.net/service/board/park/18800412"
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9187734"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", N[1:],
     "gambling", 'Unlicensed sports betting ads; blogs, cafes "sportsbetclub"/"slotmasterkr", 지식iN, Post'),
    (R2, "dcinside", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00", D[1:],
     "privacy", "Personal data of a private person, galleries stock_new2, idolrumor, leakedpics"),
    (R3, "daum", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", K[1:],
     "obscenity", "Daum cafe midnightclub77 (2), Tistory blog hotnight-review (2)"),
    (R4, "soop", "2024-09-05T14:10:00+09:00", "2024-09-12T18:00:00+09:00", S[1:],
     "drugs", "Two VODs and one channel post, streamer nightdj_k"),
    (R5, "fmkorea", "2024-09-09T14:15:00+09:00", "2024-09-16T18:00:00+09:00", F[1:],
     "incitement", 'Posts calling for violence, "football" board'),
    (R6, "clien", "2024-09-10T09:20:00+09:00", "2024-09-17T18:00:00+09:00", [C1],
     "privacy", "Phone number and home address of a third party"),
    (R7, "ppomppu", "2024-09-10T11:04:00+09:00", "2024-09-17T18:00:00+09:00", [P1],
     "illegal_sale", "Sale of prescription drugs, freeboard"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{ref}@kcsc.example>", note])


# ---------------------------------------------------------------- MIME helpers
def qp(text, ctype="plain"):
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{body}")


def b64(text, ctype="plain"):
    body = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{body}")


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; {extra}boundary="{boundary}"', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def a(u):
    e = html.escape(u, quote=True)
    return f'<a href="{e}">{e}</a>'


def items(urls, status):
    return {u: status for u in urls}


REQ1_TEXT = "네이버 귀중\n\n방송통신심의위원회는 아래 게시물에 대하여 삭제를 요청합니다 ({}).\n\n{}\n\n조치 결과를 9월 10일까지 회신하여 주시기 바랍니다.\n\n방송통신심의위원회 통신심의국".format(
    R1, "\n".join(f"{i}. {u}" for i, u in enumerate(N[1:], 1)))

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =======================

rows = [
    (N[1], "삭제", "09.05"), (N[2], "삭제", "09.05"),
    (N[3], "게시물 없음(작성자 선삭제)", "-"),
    (N[4], "게시중단", "09.05"), (N[5], "게시중단", "09.05"), (N[6], "게시중단", "09.05"),
    (N[7], "삭제", "09.06"), (N[8], "삭제", "09.06"),
    (N[9], "블라인드", "09.06"), (N[10], "블라인드", "09.06"),
    (N[11], "19세 미만 열람 제한(성인인증)", "09.06"),
    (N[12], "삭제", "09.06"),
    (N[13], "조치 불가(위반사항 없음: 복권 당첨번호 안내 글)", "-"),
    (N[14], "삭제", "09.06"),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td>{html.escape(u)}</td><td>{s}</td><td>{d}</td></tr>"
    for i, (u, s, d) in enumerate(rows, 1))
case(
    name="naver-kcsc-result-table-html",
    date="Mon, 09 Sep 2024 16:40:12 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject=f"[NAVER] 시정요구({R1}) 조치결과 회신", reply_to_req=R1, type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>방송통신심의위원회 통신심의국 담당자님께,</p>
<p>귀 위원회의 2024. 9. 3.자 시정요구(문서번호 {R1})에 대한 당사의 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>연번</th><th>URL</th><th>조치내용</th><th>조치일</th></tr>
{trs}
</table>
<p>※ 작성자 선삭제: 시정요구 접수 이전에 작성자가 스스로 삭제한 게시물입니다.<br>
※ 조치 기준은 <a href="https://policy.naver.com/rules/service.html">네이버 서비스 운영정책</a>을 참고해 주십시오.</p>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 table returned to KCSC (연번/URL/조치내용)",
    why="trusted NAVER table, one status per row: 삭제/게시중단/블라인드 removed, 작성자 선삭제 not_found, 열람 제한 restricted, 조치 불가(위반 없음) rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "removed", N[5]: "removed",
           N[6]: "removed", N[7]: "removed", N[8]: "removed", N[9]: "removed", N[10]: "removed",
           N[11]: "restricted", N[12]: "removed", N[13]: "rejected", N[14]: "removed"},
)

case(
    name="naver-blog-korean-prose-particles",
    date="Thu, 05 Sep 2024 11:02:45 +0900",
    **{"from": "blog_policy@naver.com"}, name_from="네이버 블로그 운영팀",
    subject=f"Re: [{R1}] 불법 도박 광고 게시물 삭제 요청", reply_to_req=R1,
    body=f"""안녕하세요, 네이버 블로그 운영팀입니다.

{R1} 건 가운데 블로그 게시물 3건에 대한 결과를 먼저 안내드립니다.

「{N[1]}」 및 {N[2]}는 불법 사행성 광고로 확인되어 9월 5일 오전 비공개 처리하였습니다.

{N[3]} 의 경우, 저희가 확인한 시점에 이미 작성자가 삭제하여 존재하지 않는 게시물이었습니다.

나머지 카페, 지식iN 게시물은 담당 부서에서 확인하고 있으며 결과가 나오는 대로 따로 회신드리겠습니다.

감사합니다.
네이버 블로그 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Blog operations reply to a portal removal request (비공개 처리 notice)",
    why="two posts 비공개 처리 (removed; one URL in 「」, one followed by the particle 는), one already deleted by its author (not_found); the rest only promised",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found"},
)

csv_text = "\ufeff번호,게시물 URL,처리결과,비고\n" + "\n".join([
    f"1,{N[4]},삭제,운영원칙 위반(불법 사행성)",
    f"2,{N[5]},삭제,운영원칙 위반(불법 사행성)",
    f"3,{N[6]},연령제한,\"19세 미만 열람 제한, 성인인증 후 열람\"",
    f"4,{N[11]},게시물 없음,작성자 삭제",
]) + "\n"
case(
    name="naver-cafe-csv-attachment",
    date="Fri, 06 Sep 2024 15:21:08 +0900",
    **{"from": "cafe_safety@navercorp.com"}, name_from="네이버 카페 안전팀",
    subject=f"[네이버 카페] {R1} 카페 게시물 처리 결과", reply_to_req=R1,
    raw_mime=multipart("mixed", "----=_NaverCafe_0906_1521", [
        b64("안녕하세요. 네이버 카페 안전팀입니다.\n\n"
            f"요청번호 {R1} 중 카페 게시물 4건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.\n"
            "파일을 열어 확인해 주시기 바랍니다.\n\n네이버 카페 안전팀 드림\n"),
        "Content-Type: text/csv; charset=utf-8; name=\"result_KCSC-240903-01_cafe.csv\"\n"
        "Content-Disposition: attachment; filename=\"result_KCSC-240903-01_cafe.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(csv_text.encode("utf-8")).decode("ascii"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (번호/URL/처리결과/비고)",
    why="CSV rows: two 삭제 (removed), 연령제한 19세 미만 열람 제한 (restricted), 게시물 없음 작성자 삭제 (not_found)",
    items={N[4]: "removed", N[5]: "removed", N[6]: "restricted", N[11]: "not_found"},
)

case(
    name="naver-global-support-english-lists",
    date="Fri, 06 Sep 2024 18:05:33 +0900",
    **{"from": "global-support@navercorp.com"}, name_from="NAVER Global Support",
    subject=f"Your removal request {R1} - blog posts",
    body=f"""Dear KCSC team,

Thank you for your notice {R1}. Our review of the blog posts in it is now complete.

The following posts were found to advertise unlicensed online gambling and have been removed from NAVER Blog:

  * {N[9]}
  * {N[10]}

The following post only reproduces the official lottery draw results and breaks neither our policies nor Korean law, so we have decided to leave it up:

  * {N[13]}

Our content policy is available at https://policy.naver.com/policy/service_en.html .

Kind regards,
Min-seo Kang
NAVER Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="English-language portal trust & safety outcome email with removed / not removed lists",
    why="two posts removed, one left up with a reason (rejected); the policy link is not an item",
    items={N[9]: "removed", N[10]: "removed", N[13]: "rejected"},
)

case(
    name="naver-top-posted-over-quoted-request",
    date="Sat, 07 Sep 2024 10:14:09 +0900",
    **{"from": "blog_policy@naver.com"}, name_from="네이버 블로그 운영팀",
    subject=f"Re: [{R1}] 불법 도박 광고 게시물 삭제 요청", reply_to_req=R1,
    body=f"""담당자님, 안녕하세요.

아래 요청 건 가운데 다음 2건은 블라인드 처리를 완료했습니다.
{N[9]}
{N[10]}

나머지 게시물은 검토가 끝나는 대로 다시 연락드리겠습니다.

이서준 드림 / 네이버 블로그 운영팀

2024년 9월 3일 (화) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted(REQ1_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the regulator's quoted request (Korean quote header)",
    why="two URLs under a 블라인드 처리 완료 sentence are removed; the 14 URLs in the quoted request are not statements",
    items={N[9]: "removed", N[10]: "removed"},
)

case(
    name="naver-kin-quoted-printable",
    date="Fri, 06 Sep 2024 09:47:51 +0900",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN",
    subject=f"[네이버 지식iN] 시정요구 조치 안내 ({R1})",
    raw_mime=qp(f"""[네이버 지식iN] 시정요구 조치 안내

요청번호: {R1}
처리일: 2024.09.06

대상 1: {N[7]}
 - 조치: 질문 및 답변 전체 삭제

대상 2: {N[8]}
 - 조치: 해당 질문은 9월 2일 질문자 본인이 삭제하여 현재 존재하지 않습니다.

문의: 네이버 고객센터 https://help.naver.com/service/5625/contents/1/
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN notice of action, quoted-printable Korean body",
    why="QP body (= in URLs as =3D, soft breaks): question 1 deleted (removed), question 2 deleted by its author before the request (not_found)",
    items={N[7]: "removed", N[8]: "not_found"},
)

case(
    name="naver-url-below-statement-flowed",
    date="Sat, 07 Sep 2024 14:30:00 +0900",
    **{"from": "youth_protect@navercorp.com"}, name_from="네이버 청소년보호책임자",
    subject=f"RE: {R1} 청소년유해정보 조치 안내",
    raw_mime="Content-Type: text/plain; charset=utf-8; format=flowed\n"
             "Content-Transfer-Encoding: 8bit\n\n"
             "안녕하세요. 네이버 청소년보호 담당입니다.\n\n"
             "아래 게시물은 청소년유해정보에 해당하여 19세 미만 이용자의 열람을 \n"
             "제한하였습니다(성인 인증 후 열람 가능).\n"
             "https://post.naver.com/viewer/postView.naver?volumeNo=38122417& \n"
             "memberNo=61022931\n"
             f"{N[13]}\n\n"
             "감사합니다.\n",
    outcome="applied", classification="confirmation",
    imitates="portal youth-protection notice (청소년유해정보 열람 제한), format=flowed plain text",
    why="age restriction (restricted) stated above two URLs; the first is soft-wrapped by format=flowed (trailing space) and joins back into the Post URL",
    items={N[12]: "restricted", N[13]: "restricted"},
)

case(
    name="naver-echoed-report",
    date="Sun, 08 Sep 2024 20:12:40 +0900",
    **{"from": "report_noreply@naver.com"}, name_from="네이버 신고센터",
    subject="[네이버 신고센터] 신고 처리 결과 안내 (접수번호 R-20240904-771203)",
    body=f"""[네이버 신고센터] 신고 처리 결과 안내

접수번호: R-20240904-771203
신고자: 방송통신심의위원회 ({R1})

-------- 신고 내용 --------
신고 대상: {N[11]}
신고 사유: 불법 사행성 광고
신고 대상: {N[14]}
신고 사유: 불법 사행성 광고
---------------------------

처리 결과
{N[11]} : 게시중단 (운영원칙 위반)
{N[14]} : 임시조치 (30일간 접근 차단)

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail that echoes the report before the result",
    why="echoed report lines carry no status; result lines: 게시중단 (removed), 임시조치 30일 접근 차단 (restricted)",
    items={N[11]: "removed", N[14]: "restricted"},
)

case(
    name="naver-trust-safety-bullets-mixed",
    date="Mon, 09 Sep 2024 11:55:20 +0900",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject=f"[{R1}] Results for cafe and blog items / 처리 결과",
    body=f"""Hello, this is NAVER Trust & Safety (네이버 이용자보호팀).

Results for {R1}:

- {N[4]} -- removed / 삭제
- {N[5]} -- removed / 삭제
- {N[6]} -- removed / 삭제
- {N[1]} -- could not be located / 확인 불가 (존재하지 않는 URL)

We have also restricted posting in the cafe concerned for 30 days.

NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual trust & safety bullet list of per-URL results",
    why="three removed, one could not be located (not_found); the cafe-wide posting limit names no item",
    items={N[4]: "removed", N[5]: "removed", N[6]: "removed", N[1]: "not_found"},
)

case(
    name="dc-numbered-list-korean",
    date="Fri, 06 Sep 2024 13:08:17 +0900",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 고객센터",
    subject=f"[디시인사이드] 요청하신 게시물 처리 결과 ({R2})", reply_to_req=R2,
    body=f"""안녕하세요. 디시인사이드 고객센터입니다.

귀 위원회 요청({R2})에 대한 처리 결과를 알려드립니다.

1. {D[1]}
   → 운영자 삭제 완료
2. {D[2]}
   → 운영자 삭제 완료 (작성자 IP 7일 차단)
3. {D[3]}
   → 요청 접수 전에 작성자가 삭제하여 존재하지 않는 글입니다.
4. {D[4]}
   → 미니 갤러리 폐쇄 및 게시물 일괄 삭제
5. {D[5]}
   → 연예인의 공개 활동에 대한 의견 글로, 개인정보 노출이나 허위사실이 확인되지 않아 삭제하지 않았습니다.

감사합니다.
디시인사이드 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside customer-centre reply with numbered URLs and 운영자 삭제 results",
    why="numbered list, result on the arrow line below each URL: 3 removed, 1 author-deleted (not_found), 1 refused with a reason (rejected)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed", D[5]: "rejected"},
)

case(
    name="dc-bare-url-status-below",
    date="Sat, 07 Sep 2024 09:31:02 +0900",
    **{"from": "board@dcinside.com"}, name_from="디시인사이드 게시물관리팀",
    subject=f"{R2} 추가 처리 건",
    body=f"""{R2} 추가 처리 건

{D[2]}
처리완료(삭제)

{D[3]}
처리완료(삭제)

- 디시인사이드 게시물관리팀
""",
    outcome="applied", classification="confirmation",
    imitates="terse moderation-team reply: bare URL with its result on the line below",
    why="each bare URL is followed by 처리완료(삭제): both removed",
    items={D[2]: "removed", D[3]: "removed"},
)

case(
    name="dc-english-one-liner-mobile",
    date="Sat, 07 Sep 2024 16:44:50 +0900",
    **{"from": "support@dcinside.com"}, name_from="DC Inside Support",
    subject=f"Re: {R2}", reply_to_req=R2,
    body=f"""Hi,

{D[5]} has been deleted by our moderation team. The other four links in your request are still being checked.

DC Inside Support
""",
    outcome="applied", classification="confirmation",
    imitates="short English support-desk reply naming one URL",
    why="one named mobile URL deleted (removed); the other four are only 'still being checked' and stay pending",
    items={D[5]: "removed"},
)

case(
    name="dc-html-only-links",
    date="Mon, 09 Sep 2024 10:20:11 +0900",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 고객센터",
    subject=f"[디시인사이드] 게시물 삭제 안내 ({R2})", type="html",
    body=f"""<div style="font-size:13px">
<p>안녕하세요. 디시인사이드입니다.</p>
<p>방송통신심의위원회 요청({R2})과 관련하여 아래 게시물 2건을 삭제하였음을 알려드립니다.</p>
<ul>
<li>{a(D[1])}</li>
<li>{a(D[4])}</li>
</ul>
<p>나머지 게시물은 확인 후 별도로 안내드리겠습니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://www.dcinside.com/cs">고객센터</a>를 이용해 주세요.</p>
</div>""",
    outcome="applied", classification="confirmation",
    imitates="HTML-only portal notice with linked URLs (&amp; in hrefs)",
    why="two linked URLs listed under a 삭제하였음 sentence: removed; the help-centre link is not an item",
    items={D[1]: "removed", D[4]: "removed"},
)

case(
    name="daum-tistory-raw-korean-url",
    date="Mon, 09 Sep 2024 15:03:26 +0900",
    **{"from": "noreply-right@kakaocorp.com"}, name_from="카카오 고객센터",
    subject=f"[티스토리] 게시중단 요청 처리 결과 안내 ({R3})",
    body=f"""안녕하세요. 카카오 고객센터입니다.

{R3} 요청 중 티스토리 게시물에 대한 처리 결과입니다.

{K3_RAW} — 게시중단(블라인드) 처리되었습니다.
{K[4]} — 이미 삭제된 글입니다(블로그 운영자가 직접 삭제).

다음 카페 게시물은 다음카페 운영팀에서 별도로 회신드릴 예정입니다.

카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory 게시중단 result mail, Korean URL path written raw",
    why="raw Korean path matches the percent-encoded request URL: 게시중단(블라인드) removed; the other post already deleted by its blogger (not_found)",
    items={K[3]: "removed", K[4]: "not_found"},
)

case(
    name="daum-cafe-temporary-measure",
    date="Fri, 06 Sep 2024 17:48:39 +0900",
    **{"from": "cafe_right@daum.net"}, name_from="다음카페 권리보호센터",
    subject=f"[다음카페] 게시물 임시조치 안내 ({R3})",
    body=f"""안녕하세요. 다음카페 권리보호센터입니다.

요청번호 {R3}와 관련하여, 정보통신망법 제44조의2에 따라 아래 게시물에 대해 30일간 임시조치(접근 차단)를 하였습니다.

- {K[1]}
- {K[2]}

임시조치 기간 중 게시자의 재게시 요청이 없으면 기간 만료 후 게시물은 삭제됩니다.

다음카페 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 30일 임시조치 notice under Art. 44-2 of the Network Act",
    why="임시조치 (접근 차단) is restricted under the set's rules; the later deletion is only a future condition",
    items={K[1]: "restricted", K[2]: "restricted"},
)

ktable = "\n".join(
    f"<tr><td>{html.escape(u)}</td><td>{s}</td><td>{r}</td></tr>" for u, s, r in [
        (K[1], "삭제", "음란물"), (K[2], "삭제", "음란물"),
        (K[3], "게시중단", "음란물 및 성매매 알선"), (K[4], "해당 없음", "존재하지 않는 게시물"),
    ])
case(
    name="daum-html-table-base64",
    date="Wed, 11 Sep 2024 10:02:55 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"[카카오] 시정요구 조치 결과 회신 - {R3}",
    raw_mime=b64(f"""<html><body>
<p>방송통신심의위원회 귀하</p>
<p>{R3} 시정요구에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>대상 URL</th><th>조치</th><th>사유</th></tr>
{ktable}
</table>
<p>카카오 권리침해신고센터</p>
</body></html>""", "html"),
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치 결과 table, base64 HTML body",
    why="table rows: 삭제 x2 and 게시중단 removed, 해당 없음 / 존재하지 않는 게시물 not_found",
    items={K[1]: "removed", K[2]: "removed", K[3]: "removed", K[4]: "not_found"},
)

case(
    name="daum-receipt-plus-result",
    date="Thu, 05 Sep 2024 16:25:10 +0900",
    **{"from": "cs@daum.net"}, name_from="Daum 고객센터",
    subject=f"Re: [{R3}] 음란 게시물 삭제 요청", reply_to_req=R3,
    body=f"""안녕하세요, Daum 고객센터입니다.

보내주신 요청({R3})은 정상적으로 접수되었습니다.

접수 직후 검토한 결과, {K[1]} 게시글은 음란물로 확인되어 삭제했습니다.
{K[2]} 게시글은 비뇨기과 진료 안내 글로 음란성이 확인되지 않아 게시를 유지합니다.

나머지 2건(티스토리)은 티스토리 운영팀에서 따로 회신드릴 예정입니다.

Daum 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk receipt that already carries the first results",
    why="an acknowledgement phrase plus unhedged results is not an acknowledgement: one removed, one kept with a reason (rejected)",
    items={K[1]: "removed", K[2]: "rejected"},
)

case(
    name="soop-bilingual-results",
    date="Mon, 09 Sep 2024 19:10:44 +0900",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    subject=f"[SOOP] 심의 요청 처리 결과 / Result of your request ({R4})",
    body=f"""안녕하세요, SOOP 운영정책팀입니다. / Hello from the SOOP policy team.

■ {S[1]}
  처리: VOD 삭제 및 BJ 방송 정지 30일 / Deleted, streamer suspended for 30 days
■ {S[2]}
  처리: 19세 이상 시청 가능으로 변경 / Age-restricted (19+)
■ {S[3]}
  처리: 조치 없음 - 운영정책 위반 사항이 확인되지 않았습니다 / No action - no policy violation found

SOOP 운영정책팀 / SOOP Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="streaming platform bilingual moderation result (VOD 삭제, 19세 시청 제한)",
    why="deleted (removed), 19+ age restriction (restricted), no action as no violation (rejected)",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "rejected"},
)

case(
    name="soop-angle-brackets",
    date="Tue, 10 Sep 2024 08:55:03 +0900",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    subject=f"Re: {R4} VOD removal", reply_to_req=R4,
    body=f"""Dear KCSC,

Following your request {R4}, the two VODs below were first made private and then deleted by SOOP staff on 9 September:
<{S[1]}>
<{S[2]}>.

The channel post is still under review; we will write again once a decision is made.

Best regards,
Ji-ho Park
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply with URLs in angle brackets",
    why="two bracketed URLs deleted (removed; the second followed by '.'); the channel post is only under review and stays pending",
    items={S[1]: "removed", S[2]: "removed", S[3]: "pending"},
)

case(
    name="soop-structured-decision",
    date="Wed, 11 Sep 2024 13:37:29 +0900",
    **{"from": "legal@sooplive.co.kr"}, name_from="SOOP Legal",
    subject=f"Statement of action - {R4}",
    body=f"""Statement of action

Reference: {R4}
Content: {S[3]}
Decision: Access restricted
Territorial scope: Republic of Korea only (국내 접속 차단)
Ground: illegal under Korean law (정보통신망법 제44조의7)
Automated means used: No
Date of action: 2024-09-11

Redress: the uploader may object through https://help.sooplive.co.kr/appeal .

SOOP Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons adapted by a Korean platform (decision, territorial scope, ground)",
    why="access restricted in Korea only: restricted; the appeal link is not an item",
    items={S[3]: "restricted"},
)

case(
    name="fmkorea-korean-prose",
    date="Tue, 10 Sep 2024 22:14:18 +0900",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    subject=f"Re: [{R5}] 폭력 선동 게시물 삭제 요청", reply_to_req=R5,
    body=f"""에펨코리아 운영진입니다.

위원회에서 요청하신 두 게시물({R5})의 처리 결과를 알려드립니다.

{F[1]} — 특정 집단에 대한 폭력을 선동하는 글로 판단되어 삭제하고, 작성자는 영구 이용정지했습니다.

{F[2]} — 내부 검토 결과 정치적 의견 표현의 범위로 판단되어 삭제하지 않고 유지합니다. 이견이 있으시면 회신 부탁드립니다.

에펨코리아 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply with one deletion and one refusal",
    why="first post deleted (removed), second kept as opinion (rejected)",
    items={F[1]: "removed", F[2]: "rejected"},
)

case(
    name="fmkorea-gmail-korean-quote-top-reply",
    date="Tue, 10 Sep 2024 11:40:00 +0900",
    **{"from": "report@fmkorea.com"}, name_from="에펨코리아 신고처리",
    subject=f"Re: [{R5}] 폭력 선동 게시물 삭제 요청", reply_to_req=R5,
    body=f"""첫 번째 게시물 {F[1]} 은 오늘 오전 삭제했습니다.
두 번째 글은 운영진 논의 후에 다시 연락드리겠습니다.

2024년 9월 9일 (월) 오후 2:15, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 에펨코리아 운영자님께,
>
> 아래 게시물 2건은 특정 집단에 대한 폭력을 선동하는 내용으로 삭제되어야 합니다.
> {F[1]}
> {F[2]}
>
> 조치 결과를 9월 16일까지 회신해 주십시오. ({R5})
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply with Korean quote header",
    why="first post deleted (removed); the second is only promised and appears otherwise only in the quote",
    items={F[1]: "removed", F[2]: "pending"},
)

case(
    name="clien-fullwidth-parens-author-deleted",
    date="Wed, 11 Sep 2024 09:12:37 +0900",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영팀",
    subject=f"[클리앙] {R6} 관련 회신",
    body=f"""안녕하세요, 클리앙 운영팀입니다.

요청하신 게시물（{C1}）은 9월 9일 작성자 본인이 삭제하여 현재 존재하지 않습니다.
따라서 별도로 조치할 내용이 없음을 알려드립니다.

클리앙 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="small community-site admin reply (author already deleted the post)",
    why="URL in full-width parentheses; deleted by its author before action: not_found",
    items={C1: "not_found"},
)

case(
    name="clien-sole-statement-no-url",
    date="Wed, 11 Sep 2024 14:50:02 +0900",
    **{"from": "help@clien.net"}, name_from="클리앙 관리자",
    subject=f"Re: [{R6}] 개인정보 노출 게시물 삭제 요청", reply_to_req=R6,
    body="""안녕하세요.

말씀하신 게시물은 개인정보(연락처, 주소) 노출이 확인되어 관리자 권한으로 삭제했습니다.
작성자에게는 경고 조치를 했습니다.

클리앙 관리자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="plain admin reply in the request's thread without repeating the URL",
    why="sole unhedged statement answering a one-item request (In-Reply-To and reference in subject): removed",
    items={C1: "removed"},
)

case(
    name="ppomppu-outlook-top-reply",
    date="Wed, 11 Sep 2024 17:03:44 +0900",
    **{"from": "webmaster@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    subject=f"RE: [{R7}] 불법 의약품 판매 게시물 삭제 요청", reply_to_req=R7,
    body=f"""요청하신 {P1} 게시글은 전문의약품 불법 판매 글로 확인되어 삭제하였고, 작성 회원은 이용정지했습니다.

뽐뿌 운영팀 드림

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:04 AM
To: webmaster@ppomppu.co.kr
Subject: [{R7}] 불법 의약품 판매 게시물 삭제 요청

뽐뿌 담당자님께,

아래 게시물의 삭제를 요청합니다.
{P1}

방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above -----Original Message----- with the request quoted unprefixed",
    why="top statement names the URL: removed; the URL again in the Outlook-quoted request is not a statement",
    items={P1: "removed"},
)

# ======================= REVIEW =======================

case(
    name="naver-promise-will-remove",
    date="Wed, 04 Sep 2024 17:20:31 +0900",
    **{"from": "blog_policy@naver.com"}, name_from="네이버 블로그 운영팀",
    subject=f"Re: [{R1}] 불법 도박 광고 게시물 삭제 요청", reply_to_req=R1,
    body=f"""안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 게시물 중 {N[1]}, {N[2]} 는 내부 기준에 따라 이번 주 안에 삭제될 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal interim reply promising removal",
    why="'삭제될 예정' is a promise, not a statement: items stay pending and the trusted email naming them goes to review",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-hedge-appears-removed",
    date="Thu, 05 Sep 2024 12:33:09 +0900",
    **{"from": "support@dcinside.com"}, name_from="DC Inside Support",
    subject=f"Re: {R2}", reply_to_req=R2,
    body=f"""Hello,

Regarding {R2}: the gallery posts
{D[2]}
{D[3]}
appear to have been removed already, possibly by the gallery's minor manager. We could not confirm this from our deletion logs yet and will come back to you.

DC Inside Support
""",
    outcome="review", review="not_understood",
    imitates="support-desk hedge ('appear to have been removed') before checking logs",
    why="hedged and unconfirmed: pending, review not_understood",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="soop-under-review",
    date="Fri, 06 Sep 2024 10:05:47 +0900",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    subject=f"[SOOP] {R4} 검토 진행 안내",
    body=f"""안녕하세요, SOOP 운영정책팀입니다.

요청하신 VOD({S[1]})는 현재 운영정책 위반 여부를 검토하고 있습니다.
검토 결과에 따라 VOD 삭제 또는 시청 제한 조치가 이루어질 수 있으며, 결과는 검토가 끝나는 대로 안내드리겠습니다.

SOOP 운영정책팀
""",
    outcome="review", review="not_understood",
    imitates="platform 'under review' interim notice naming the item",
    why="under review, outcome conditional ('이루어질 수 있으며'): pending; names a requested item so it is not a pure receipt",
    items={S[1]: "pending"},
)

case(
    name="naver-bulk-all-removed",
    date="Tue, 10 Sep 2024 09:15:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject=f"Re: [{R1}] 불법 도박 광고 게시물 삭제 요청", reply_to_req=R1,
    body=f"""방송통신심의위원회 담당자님께,

{R1}로 요청하신 게시물 14건에 대해 모두 삭제 조치를 완료하였습니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="one-line portal confirmation covering a whole request",
    why="statement about all 14 items of a multi-item request without naming each: bulk, items pending",
    items={u: "pending" for u in N[1:]},
)

case(
    name="dc-bulk-english",
    date="Sun, 08 Sep 2024 21:42:13 +0900",
    **{"from": "support@dcinside.com"}, name_from="DC Inside Support",
    subject=f"Re: [{R2}] Removal of posts exposing personal data", reply_to_req=R2,
    body="""Hello,

All posts listed in your request of 3 September have been deleted from DC Inside and the authors' IP ranges blocked.

DC Inside Support
""",
    outcome="review", review="bulk",
    imitates="English blanket confirmation in the request thread",
    why="'all posts listed' for a five-item request, none named: bulk, items pending",
    items={u: "pending" for u in D[1:]},
)

case(
    name="naver-auth-fail",
    date="Thu, 05 Sep 2024 23:58:41 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀", auth="fail",
    subject=f"[NAVER] {R1} 처리 결과",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{N[3]} 게시물은 삭제되었습니다.

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="portal result mail whose DKIM/SPF/DMARC fail",
    why="NAVER domain but authentication fails: untrusted, item pending",
    items={N[3]: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    date="Sat, 07 Sep 2024 02:11:26 +0900",
    **{"from": "slotmaster.manager@gmail.com"}, name_from="슬롯마스터 카페 매니저",
    subject="카페 게시물 삭제했습니다",
    body=f"""안녕하세요. 네이버 카페 '슬롯마스터' 매니저입니다.

네이버에서 연락을 받고 제가 매니저 권한으로 아래 두 글을 삭제했습니다.
{N[11]}
{N[14]}

카페 폐쇄만은 막아주셨으면 합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager writing to the regulator from a personal mailbox",
    why="gmail.com is no platform's domain: unknown_sender, items pending",
    items={N[11]: "pending", N[14]: "pending"},
)

case(
    name="dc-lookalike-domain",
    date="Sun, 08 Sep 2024 06:30:19 +0900",
    **{"from": "support@dcinside-help.com"}, name_from="DCInside Support",
    subject=f"Request {R2} completed",
    body=f"""Dear Sir/Madam,

Your request {R2} is completed. The post {D[1]} was deleted.

DCInside Support Center
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike domain not registered for the platform",
    why="dcinside-help.com is not DC Inside's sender domain: unknown_sender, item pending",
    items={D[1]: "pending"},
)

case(
    name="nate-not-our-service",
    date="Wed, 04 Sep 2024 14:02:58 +0900",
    **{"from": "help@nate.com"}, name_from="네이트 고객센터",
    subject="[네이트] 문의하신 게시물 관련 안내",
    body=f"""안녕하세요, 네이트 고객센터입니다.

보내주신 주소 {D[1]} 는 네이트(판)에 존재하지 않는 게시물이며, 당사 서비스의 게시물이 아니어서 확인이나 조치가 어렵습니다.
해당 사이트 운영자에게 직접 요청해 주시기 바랍니다.

네이트 고객센터
""",
    outcome="review", review="wrong_platform",
    imitates="portal reply to a misdirected request ('not our service')",
    why="Nate states the DC Inside post does not exist on Nate: a statement about another platform's item, wrong_platform, pending",
    items={D[1]: "pending"},
)

case(
    name="inven-wrong-platform",
    date="Thu, 12 Sep 2024 15:26:33 +0900",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 운영팀",
    subject="Re: 게시물 삭제 요청 관련",
    body=f"""안녕하세요, 인벤 운영팀입니다.

요청하신 {F[2]} 게시물은 인벤 게시물이 아닙니다만, 확인해 보니 이미 삭제되어 있습니다.
인벤 게시물에 대한 요청이 있으시면 언제든 연락 주세요.

인벤 운영팀
""",
    outcome="review", review="wrong_platform",
    imitates="community site commenting on another site's post",
    why="Inven states an FM Korea item is deleted: wrong_platform, item pending",
    items={F[2]: "pending"},
)

case(
    name="daum-asks-more",
    date="Fri, 06 Sep 2024 11:18:02 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"[카카오] {R3} 처리를 위한 추가 자료 요청",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물({R3}) 4건의 처리를 위해 시정요구 의결서 사본과 담당자 연락처를 회신해 주시기 바랍니다.
자료가 확인되는 대로 검토를 진행하겠습니다.

카카오 권리침해신고센터
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao request for supporting documents before processing",
    why="asks for documents before acting: asks_more, nothing changes",
    items={},
)

case(
    name="naver-no-claims-policy-notice",
    date="Wed, 04 Sep 2024 10:00:00 +0900",
    **{"from": "inoti@naver.com"}, name_from="네이버 게시중단요청서비스",
    subject="[네이버] 기관 게시중단 요청 접수 채널 변경 안내",
    body="""안녕하세요. 네이버 게시중단요청서비스입니다.

2024년 10월 1일부터 공공기관의 게시중단 요청은 기관 전용 접수 페이지
https://inoti.naver.com/agency/main.naver 를 통해서만 접수됩니다.
이메일로 보내주시는 요청은 10월 1일 이후에는 처리가 늦어질 수 있습니다.

이용에 참고 부탁드립니다.
네이버 게시중단요청서비스
""",
    outcome="review", review="no_claims",
    imitates="portal service-change notice sent to registered agencies",
    why="trusted NAVER mail naming no requested item and no request: no_claims",
    items={},
)

case(
    name="clien-hedge-seems-deleted",
    date="Tue, 10 Sep 2024 18:33:21 +0900",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영팀",
    subject=f"Re: [{R6}] 개인정보 노출 게시물 삭제 요청", reply_to_req=R6,
    body=f"""안녕하세요.

확인해 보니 말씀하신 글（{C1}）은 이미 삭제된 것으로 보입니다.
혹시 다른 주소로 다시 올라온 글이 있다면 알려 주세요.

클리앙 운영팀
""",
    outcome="review", review="not_understood",
    imitates="community admin hedge ('삭제된 것으로 보입니다')",
    why="'보입니다' (seems) is a hedge, not a statement: pending, not_understood",
    items={C1: "pending"},
)

# ======================= IGNORED =======================

case(
    name="naver-out-of-office-korean",
    date="Mon, 09 Sep 2024 08:00:03 +0900",
    **{"from": "seojun.lee@navercorp.com"}, name_from="이서준",
    subject=f"[자동응답] Re: [{R1}] 불법 도박 광고 게시물 삭제 요청", reply_to_req=R1,
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 이서준입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="auto-reply with Auto-Submitted header: ignored",
    items={},
)

dsn_orig = f"""From: KCSC 통신심의 <takedown@kcsc.example>
To: legal@ppomppu.co.kr
Subject: [{R7}] 불법 의약품 판매 게시물 삭제 요청
Message-ID: <{R7}-copy@kcsc.example>
Date: Tue, 10 Sep 2024 11:04:10 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

뽐뿌 담당자님께,
아래 게시물의 삭제를 요청합니다.
{P1}
"""
case(
    name="ppomppu-dsn-bounce",
    date="Tue, 10 Sep 2024 11:04:31 +0900",
    **{"from": "MAILER-DAEMON@mail.ppomppu.co.kr"}, name_from="Mail Delivery System", auth="none",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "7C1A2B3D4E.1725933871/mail.ppomppu.co.kr", [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mail.ppomppu.co.kr.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<legal@ppomppu.co.kr>: user unknown\n",
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.ppomppu.co.kr\n\n"
        "Final-Recipient: rfc822; legal@ppomppu.co.kr\n"
        "Action: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <legal@ppomppu.co.kr>: Recipient address rejected\n",
        "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + dsn_orig,
    ], extra="report-type=delivery-status; "),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning the regulator's request (user unknown)",
    why="delivery failure report; the URL is only inside the returned request: ignored",
    items={},
)

case(
    name="daum-mdn-read-receipt",
    date="Thu, 05 Sep 2024 10:12:45 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"읽음 확인: [{R3}] 음란 게시물 삭제 요청",
    raw_mime=multipart("report", "mdn_0905_101245", [
        b64(f"이 메일은 수신자가 읽었다는 확인입니다.\n\n"
            f"제목: [{R3}] 음란 게시물 삭제 요청\n읽은 시각: 2024-09-05 10:12\n"),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.kakaocorp.com; KakaoMail\n"
        "Final-Recipient: rfc822; right@kakaocorp.com\n"
        f"Original-Message-ID: <{R3}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], extra="report-type=disposition-notification; "),
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (읽음 확인) from a portal's mail client",
    why="message/disposition-notification: ignored",
    items={},
)

case(
    name="soop-ticket-receipt",
    date="Thu, 05 Sep 2024 14:11:20 +0900",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 문의 접수 완료 안내 (접수번호 #240905-55821)",
    body="""SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: #240905-55821
접수일시: 2024-09-05 14:11

접수된 순서대로 확인 후 답변드리며, 영업일 기준 1~3일이 걸릴 수 있습니다.
답변은 이 메일 주소로 보내드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (문의 접수 완료, 접수번호)",
    why="pure receipt with a ticket number: ignored",
    items={},
)

case(
    name="fmkorea-noreply-autoreply-english",
    date="Mon, 09 Sep 2024 14:15:40 +0900",
    **{"from": "noreply@fmkorea.com"}, name_from="FM Korea",
    subject=f"Automatic reply: [{R5}] 폭력 선동 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automated reply. This mailbox is not monitored.

To report a post, please use the report button on the post itself or our contact form at https://www.fmkorea.com/contact .
본 메일함은 회신을 확인하지 않습니다. 게시물 신고는 각 게시물의 신고 버튼을 이용해 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="no-reply mailbox auto-response pointing to a contact form",
    why="auto-reply; the contact-form link is not an item: ignored",
    items={},
)

case(
    name="naver-receipt-ack-korean",
    date="Tue, 03 Sep 2024 10:01:12 +0900",
    **{"from": "inoti@naver.com"}, name_from="네이버 게시중단요청서비스",
    subject=f"[네이버 게시중단요청서비스] 요청 접수 완료 ({R1})", reply_to_req=R1,
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

요청이 정상적으로 접수되었습니다.

- 접수번호: 2024-0903-118842
- 요청 건: {R1}
- 대상 게시물: 14건

심사가 끝나면 결과를 이메일로 안내드립니다.

※ 본 메일은 발신 전용이며 회신하셔도 답변되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 receipt",
    why="pure acknowledgement of receipt (number of items only, no statement): ignored",
    items={},
)

case(
    name="clien-ooo-with-quoted-request",
    date="Tue, 10 Sep 2024 09:21:05 +0900",
    **{"from": "jaehyun.choi@clien.net"}, name_from="Choi Jaehyun",
    subject=f"Out of Office: [{R6}] 개인정보 노출 게시물 삭제 요청", reply_to_req=R6,
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I am out of the office until 16 September with limited access to email.
9월 16일까지 부재중입니다. 급한 건은 admin@clien.net 으로 보내 주세요.

On Tue, Sep 10, 2024 at 9:20 AM KCSC 통신심의 <takedown@kcsc.example> wrote:
> 클리앙 담당자님께,
> 아래 게시물은 제3자의 연락처와 주소를 노출하고 있어 삭제를 요청합니다.
> {C1}
> ({R6})
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office that quotes the incoming request",
    why="out-of-office auto-reply; the URL and 삭제 appear only in the quoted request: ignored",
    items={},
)

HEADER = f"""# Blind set 465 (tests/corpus/blind465/): Korean portals and community
# sites, Korean and English mixed, with doubtful and ignorable mail.
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. {len(CASES)} cases."""


RAW_SUBJECT = {"dc-bare-url-status-below", "soop-bilingual-results", "clien-sole-statement-no-url",
               "naver-echoed-report", "fmkorea-korean-prose"}


def encode_headers(c):
    """RFC 2047 display names always; subjects too, except a few sent as raw UTF-8."""
    name = c.get("name_from")
    if name and not name.isascii():
        c["name_from"] = Header(name, "utf-8").encode()
    if not c["subject"].isascii() and c["name"] not in RAW_SUBJECT:
        c["subject"] = Header(c["subject"], "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
