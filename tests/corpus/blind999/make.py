#!/usr/bin/env python3
"""Blind set 999 (focus: Korean portals and community sites).

NAVER, Daum/Kakao (incl. Tistory), DC Inside, SOOP, FM Korea, Ppomppu and
Inven replies in Korean and English, plus the doubtful and ignorable mail a
regulator's mailbox receives. Every expected result was written from the
email's meaning before any run of the reader.

    python3 tests/corpus/blind999/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = ("KCSC-240902-01", "KCSC-240905-02", "KCSC-240906-03",
                              "KCSC-240909-04", "KCSC-240910-05", "KCSC-240911-06",
                              "KCSC-240912-07")

N = {
    1: "https://blog.naver.com/moonlit_ledger/223551820001",
    2: "https://blog.naver.com/moonlit_ledger/223551820017",
    3: "https://blog.naver.com/haneul_pick/223552904410",
    4: "https://cafe.naver.com/greenstockclub/51207",
    5: "https://cafe.naver.com/greenstockclub/51233",
    6: "https://cafe.naver.com/dalbit2030/998812",
    7: "https://m.blog.naver.com/sora_daily88/223553017725",
    8: "https://cafe.naver.com/dalbit2030/998840",
    9: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=470112233",
    10: "https://tv.naver.com/v/58412097",
    11: "https://blog.naver.com/jinsim_review/223554410098",
    12: "https://cafe.naver.com/ArticleRead.nhn?clubid=30112845&articleid=7731",
    13: "https://post.naver.com/viewer/postView.naver?volumeNo=38120475&memberNo=61022917",
    14: "https://blog.naver.com/haneul_pick/223552904466",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=10428811",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=772104",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=772188",
    4: "https://gall.dcinside.com/mini/board/view/?id=haru_talk&no=20931",
    5: "https://gall.dcinside.com/board/view/?id=stock_new2&no=10429057",
}
K = {
    1: "https://cafe.daum.net/sunnyfinance/Hk9A/3312",
    2: "https://cafe.daum.net/sunnyfinance/Hk9A/3318",
    3: "https://moneytalk-lab.tistory.com/148",
    4: "https://cafe.daum.net/dotax/Elgq/90211",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131770245",
    2: "https://ch.sooplive.co.kr/nightowl_bj/post/88120431",
    3: "https://vod.sooplive.co.kr/player/131772019",
}
F = {1: "https://www.fmkorea.com/7284410312", 2: "https://www.fmkorea.com/7284513390"}
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9123311"
I1 = "https://www.inven.co.kr/board/maple/5974/4410293"

REQUESTS = [
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", "illegal_finance", list(N.values())),
    (R2, "dcinside", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", "defamation", list(D.values())),
    (R3, "daum", "2024-09-06T10:30:00+09:00", "2024-09-13T18:00:00+09:00", "illegal_finance", list(K.values())),
    (R4, "soop", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", "obscenity", list(S.values())),
    (R5, "fmkorea", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00", "privacy", list(F.values())),
    (R6, "ppomppu", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", "illegal_gambling", [P1]),
    (R7, "inven", "2024-09-12T16:00:00+09:00", "2024-09-19T18:00:00+09:00", "illegal_gambling", [I1]),
]


def req_mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},<{req_mid(ref)}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def enc(s):
    return Header(s, "utf-8").encode()


def quoted_request(ref, urls, prefix="> "):
    body = [f"시정요구 {ref}", "",
            "방송통신심의위원회는 아래 정보에 대하여 정보통신망법에 따른 시정요구를 결정하였으므로",
            "해당 게시물의 삭제 또는 접속차단 조치를 요청드립니다.", ""]
    body += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    body += ["", "조치 결과를 회신하여 주시기 바랍니다.", "KCSC 불법정보 대응팀"]
    return "\n".join((prefix + l).rstrip() for l in body)


def qp_part(text, ctype="text/plain"):
    data = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + data)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def html_table(rows, head):
    out = ["<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">",
           "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED
# 1. KCSC-style result table (HTML), the whole largest request.
rows1 = [
    (1, N[1], "삭제", "운영정책 위반(불법 금융 광고)"),
    (2, N[2], "삭제", "동일 작성자 게시물"),
    (3, N[3], "임시조치(30일)", "권리침해 여부 판단 불가"),
    (4, N[4], "삭제", "카페 운영원칙 위반"),
    (5, N[5], "게시물 없음", "작성자가 이미 삭제함"),
    (6, N[6], "블라인드", "-"),
    (7, N[7], "삭제", "-"),
    (8, N[8], "조치 불가", "위반 사항이 확인되지 않음(시세 정보 공유 글)"),
    (9, N[9], "삭제", "지식iN 답변 삭제"),
    (10, N[10], "19세 미만 시청 제한", "연령 제한 설정"),
    (11, N[11], "비공개 처리", "-"),
    (12, N[12], "삭제", "-"),
    (13, N[13], "존재하지 않는 URL", "주소 오류 또는 삭제된 포스트"),
    (14, N[14], "임시조치", "30일 게시중단 후 재게시 요청 없으면 삭제 예정"),
]
html1 = f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>방송통신심의위원회 담당자님께,</p>
<p>{R1} 시정요구에 대한 네이버의 조치 결과를 아래와 같이 회신드립니다.</p>
{html_table(rows1, ["번호", "URL", "조치 결과", "비고"])}
<p>조치 기준은 <a href="https://policy.naver.com/rules/service.html">네이버 운영정책</a>을 참고해 주십시오.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>"""
case(name="naver-kcsc-result-table-html", **{"from": "policy@navercorp.com"},
     name_from=enc("네이버 정책지원팀"), date="Fri, 06 Sep 2024 17:42:11 +0900",
     subject=f"[NAVER] 시정요구({R1}) 조치 결과 회신", reply_to_req=req_mid(R1),
     raw_mime="""Content-Type: multipart/alternative; boundary="nv-b1-alt"

--nv-b1-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

본 메일은 HTML 형식으로 작성되었습니다. HTML을 지원하는 메일 프로그램에서 확인해 주십시오.

--nv-b1-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(html1) + "\n--nv-b1-alt--\n",
     outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 table as a Korean portal returns it (HTML, base64)",
     why="one row per URL: 삭제/블라인드/비공개 removed, 임시조치/연령 제한 restricted, 게시물 없음/존재하지 않는 URL not_found, 조치 불가 with reason rejected",
     items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed",
            N[5]: "not_found", N[6]: "removed", N[7]: "removed", N[8]: "rejected",
            N[9]: "removed", N[10]: "restricted", N[11]: "removed", N[12]: "removed",
            N[13]: "not_found", N[14]: "restricted"})

# 2. NAVER 게시중단 notice with headed lists.
case(name="naver-blind-headed-lists", **{"from": "noreply-inoti@navercorp.com"},
     name_from=enc("네이버 게시중단요청서비스"), date="Tue, 03 Sep 2024 15:08:40 +0900",
     subject=f"[네이버] 게시중단 요청 처리 결과 안내 ({R1})",
     body=f"""안녕하세요, 네이버 게시중단요청서비스입니다.

방송통신심의위원회에서 요청하신 게시물을 검토한 결과를 안내해 드립니다.

■ 블라인드 처리된 게시물
  - {N[1]}
  - {N[2]}

■ 이미 삭제되어 확인할 수 없는 게시물
  - {N[3]}  (작성자가 직접 삭제한 게시물입니다)

블라인드 처리된 게시물은 작성자 본인을 제외한 누구도 열람할 수 없습니다.
처리 내역은 게시중단요청서비스 마이페이지(https://inoti.naver.com/mypage)에서도 확인하실 수 있습니다.

감사합니다.
네이버 권리보호센터""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 result notice (블라인드 / 이미 삭제된 게시물 headings)",
     why="two posts under a 블라인드 heading are removed; the third is listed as already deleted by its author: not_found",
     items={N[1]: "removed", N[2]: "removed", N[3]: "not_found"})

# 3. English legal-team reply, colon-separated results.
case(name="naver-english-legal-colon-list", **{"from": "legal-kr@navercorp.com"},
     name_from="NAVER Legal", date="Wed, 04 Sep 2024 11:20:05 +0900",
     subject=f"RE: {R1} - removal request", reply_to_req=req_mid(R1),
     body=f"""Dear KCSC team,

Thank you for your request {R1}. We have completed our review of the
following items:

- {N[4]} : removed for violating the Cafe operating
  principles (solicitation for an unregistered investment scheme).
- {N[5]} : removed.
- {N[10]} : the clip is now shown only to signed-in
  adult users (age restriction applied).
- {N[11]} : no action taken. The post is a product
  review expressing the author's own opinion and we found no breach of law
  or of our policies.

Our content policy is available at https://policy.naver.com/policy/service.html.
The remaining items of your request are still being assessed.

Kind regards,
Jihoon Baek
NAVER Corp. Legal & Policy""",
     outcome="applied", classification="confirmation",
     imitates="English-language legal/policy team reply of a Korean portal to a regulator",
     why="item-level statements: two removed, one age-restricted (restricted), one kept with a reason (rejected); the remaining items are not named",
     items={N[4]: "removed", N[5]: "removed", N[10]: "restricted", N[11]: "rejected"})

# 4. CSV attachment.
csv4 = "\ufeff번호,URL,조치결과,조치일시\n" + "\n".join([
    f"1,{N[6]},삭제,2024-09-04 10:12",
    f"2,{N[7]},비공개 처리,2024-09-04 10:15",
    f"3,{N[8]},임시조치,2024-09-04 10:20",
    f"4,\"{N[12]}\",게시물 없음(작성자 삭제),-",
    f"5,\"{N[13]}\",조치 안 함(위반 사항 없음),-",
    f"6,{N[14]},삭제,2024-09-04 10:31",
]) + "\n"
case(name="naver-csv-attachment", **{"from": "policy@navercorp.com"},
     name_from=enc("네이버 정책지원팀"), date="Wed, 04 Sep 2024 18:03:29 +0900",
     subject=enc(f"Re: [{R1}] 조치 결과 송부 (엑셀 대신 CSV)"), reply_to_req=req_mid(R1),
     raw_mime="""Content-Type: multipart/mixed; boundary="nv-b4-mix"

--nv-b4-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요.
요청하신 건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

정책지원팀 윤서연 드림

--nv-b4-mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

""" + b64(csv4) + "\n--nv-b4-mix--\n",
     outcome="applied", classification="confirmation",
     imitates="portal policy team sending its result sheet as a CSV attachment",
     why="CSV rows: 삭제/비공개 처리 removed, 임시조치 restricted, 게시물 없음 not_found, 조치 안 함(위반 사항 없음) rejected",
     items={N[6]: "removed", N[7]: "removed", N[8]: "restricted", N[12]: "not_found",
            N[13]: "rejected", N[14]: "removed"})

# 5. Bare URL, status on the line below.
case(name="naver-url-then-arrow-status", **{"from": "cafe-policy@naver.com"},
     name_from=enc("네이버 카페 운영팀"), date="Thu, 05 Sep 2024 09:47:50 +0900",
     subject=f"{R1} 처리 결과",
     body=f"""{R1} 건 처리 결과입니다.

{N[6]}
→ 삭제 완료

{N[7]}
→ 삭제 완료

{N[9]}
→ 해당 질문은 존재하지 않습니다 (작성자 삭제)

{N[13]}
→ 임시조치 (30일 게시중단)

네이버 카페·블로그 운영팀""",
     outcome="applied", classification="confirmation",
     imitates="terse operator reply: bare URL with the result on the line below",
     why="each URL's line below states its result: 삭제 완료 removed, 존재하지 않습니다 not_found, 임시조치 restricted",
     items={N[6]: "removed", N[7]: "removed", N[9]: "not_found", N[13]: "restricted"})

# 6. Top-posted over the quoted request (Gmail-style Korean quote header).
case(name="naver-top-posted-over-request", **{"from": "cafe-policy@naver.com"},
     name_from=enc("네이버 카페 운영팀"), date="Tue, 03 Sep 2024 16:55:02 +0900",
     subject=f"Re: 시정요구 {R1}", reply_to_req=req_mid(R1),
     body=f"""안녕하세요.
요청 주신 건 중 아래 2건은 삭제 조치하였습니다.

{N[6]}
{N[8]}

나머지 게시물은 담당 부서에서 계속 검토하고 있으며, 결과가 나오는 대로 회신드리겠습니다.

김도윤 드림

2024년 9월 2일 (월) 오전 10:00, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
{quoted_request(R1, list(N.values()))}""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted Korean reply over the regulator's quoted request",
     why="the two URLs under '아래 2건은 삭제 조치' are removed; the rest are only in the quote or 'still being reviewed'",
     items={N[6]: "removed", N[8]: "removed"})

# 7. Quoted-printable Korean prose, URL in parentheses followed by a particle.
text7 = f"""안녕하세요, 네이버 지식iN 운영팀입니다.

문의하신 지식iN 답변({N[9]})은 운영정책 위반으로 삭제되었습니다.
또한 네이버 포스트 {N[13]} 는 게시자에게 통보 후 비공개 처리하였습니다.

추가 문의 사항은 고객센터(https://help.naver.com/service/5627/)를 이용해 주세요.
감사합니다."""
case(name="naver-kin-quoted-printable", **{"from": "kin_help@naver.com"},
     name_from=enc("네이버 지식iN"), date="Fri, 06 Sep 2024 10:02:44 +0900",
     subject=enc(f"[네이버 지식iN] {R1} 관련 처리 안내"),
     raw_mime=qp_part(text7),
     outcome="applied", classification="confirmation",
     imitates="NAVER 지식iN operator reply, quoted-printable Korean",
     why="the answer in parentheses was deleted (removed) and the post was made private (비공개 처리: removed)",
     items={N[9]: "removed", N[13]: "removed"})

# 8. DC Inside numbered list with full-width punctuation.
case(name="dc-numbered-fullwidth-colon", **{"from": "report@dcinside.com"},
     name_from=enc("디시인사이드 운영팀"), date="Fri, 06 Sep 2024 14:31:17 +0900",
     subject=f"[디시인사이드] {R2} 조치 결과 회신",
     body=f"""방송통신심의위원회 담당자님 안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물의 처리 결과를 알려드립니다.

1. {D[1]} ： 삭제 완료．
2. {D[2]} ： 삭제 완료．
3. {D[3]} ： 이미 삭제된 게시물（작성자 삭제）
4. {D[4]} ： 삭제 및 작성자 IP 차단
5. {D[5]} ： 삭제 불가 — 종목 정보 공유 글로, 갤러리 이용 규정 위반이 아닙니다．

감사합니다.
㈜디시인사이드 운영팀""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside operator reply, numbered list with full-width punctuation",
     why="per-line results: 삭제 removed, 이미 삭제된 게시물(작성자) not_found, 삭제 불가 with reason rejected",
     items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed", D[5]: "rejected"})

# 9. Gmail-quoted partial answer.
case(name="dc-gmail-quote-partial", **{"from": "report@dcinside.com"},
     name_from="DCinside Report", date="Mon, 09 Sep 2024 11:12:40 +0900",
     subject=f"Re: 시정요구 {R2}", reply_to_req=req_mid(R2),
     body=f"""담당자님,

{D[1]} 글은 오늘 오전 삭제했습니다.
{D[5]} 글은 신고 사유(허위사실 적시)에 해당하지 않는다고 판단되어 게시물을 유지합니다. 해당 글은 공시 자료를 인용한 내용입니다.

나머지 3건은 별도로 회신드리겠습니다.

On Thu, Sep 5, 2024 at 11:00 AM KCSC <takedown@kcsc.example> wrote:
{quoted_request(R2, list(D.values()))}""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-quoted operator reply answering two of five items",
     why="one post deleted (removed), one kept with its reason (rejected); the others are only in the quote",
     items={D[1]: "removed", D[5]: "rejected"})

# 10. URLs in angle brackets.
case(name="dc-angle-brackets-adult-gate", **{"from": "gallery_manager@dcinside.com"},
     name_from=enc("디시인사이드 갤러리 관리"), date="Mon, 09 Sep 2024 16:40:03 +0900",
     subject=f"[{R2}] 처리 내용 안내",
     body=f"""안녕하세요, 디시인사이드 갤러리 관리 담당입니다.

<{D[2]}> 게시물은 성인 인증을 거친 이용자만 볼 수 있도록 접근 제한 처리했습니다.
<{D[4]}> 은 삭제했습니다.

갤러리 운영 원칙: <https://www.dcinside.com/policy/gallery>""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside moderator reply with URLs in angle brackets",
     why="adult-gate access restriction is restricted; the second URL was deleted (removed); the policy link is not an item",
     items={D[2]: "restricted", D[4]: "removed"})

# 11. URL glued to a Korean particle.
case(name="dc-url-glued-particle", **{"from": "report@dcinside.com"},
     name_from=enc("디시인사이드 운영팀"), date="Tue, 10 Sep 2024 10:05:26 +0900",
     subject=enc(f"Re: [{R2}] 추가 회신"), reply_to_req=req_mid(R2),
     body=f"""말씀하신 {D[3]}은 작성자가 이미 지운 글이라 저희 쪽에서도 존재하지 않는 게시물로 나옵니다.
그리고 {D[5]}도 재검토 후 삭제 처리했습니다.

운영팀 드림""",
     outcome="applied", classification="confirmation",
     imitates="informal DC Inside moderator reply, URL followed directly by 은/도",
     why="the first post was already deleted by its author (not_found); the second was deleted on re-review (removed)",
     items={D[3]: "not_found", D[5]: "removed"})

# 12. One statement plus one hedge.
case(name="dc-deleted-and-hedge", **{"from": "report@dcinside.com"},
     name_from=enc("디시인사이드 운영팀"), date="Wed, 11 Sep 2024 13:27:55 +0900",
     subject=f"RE: {R2}",
     body=f"""안녕하세요.

{D[4]} 삭제 완료했습니다.

{D[1]} 은 저희가 확인했을 때 이미 지워진 것 같은데, 정확한 경위는 서버 로그를 보고 다시 말씀드리겠습니다.

디시인사이드 운영팀 박현우""",
     outcome="applied", classification="confirmation",
     imitates="operator reply mixing a plain statement and a hedge",
     why="the first URL is stated deleted; '이미 지워진 것 같은데 … 확인' is a hedge, so that item stays pending",
     items={D[4]: "removed", D[1]: "pending"})

# 13. Kakao 임시조치 notice.
case(name="daum-imsi-notice", **{"from": "right@kakaocorp.com"},
     name_from=enc("카카오 권리침해신고센터"), date="Mon, 09 Sep 2024 10:14:33 +0900",
     subject=f"[카카오] 게시물 임시조치 결과 안내 ({R3})",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

신고하신 게시물에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치(게시중단)를 하였습니다.

[게시물 주소]
{K[1]}
{K[2]}

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.
임시조치 제도에 관한 안내: https://cs.daum.net/faq/95/7580.html

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="Daum/Kakao 권리침해신고 30일 임시조치 notice",
     why="임시조치 (30-day suspension) is restricted for both listed posts; the later deletion is conditional, so not removed",
     items={K[1]: "restricted", K[2]: "restricted"})

# 14. Kakao Trust & Safety in English (Tistory).
case(name="daum-tistory-english", **{"from": "trust-safety@kakaocorp.com"},
     name_from="Kakao Trust & Safety", date="Tue, 10 Sep 2024 19:20:00 +0900",
     subject=f"[Kakao] Outcome of your report {R3}",
     body=f"""Hello,

We reviewed the content you reported under {R3}.

The Tistory post {K[3]} has been deleted for violating
the Tistory operating policy on illegal financial services.

We could not locate {K[4]}. No post with that
number exists in the cafe, and the link returns an error page.

If you have questions, please reply to this email.
Kakao Trust & Safety""",
     outcome="applied", classification="confirmation",
     imitates="Kakao Trust & Safety English outcome email (Tistory/Daum Cafe)",
     why="the Tistory post was deleted (removed); the cafe link could not be located and does not exist (not_found)",
     items={K[3]: "removed", K[4]: "not_found"})

# 15. base64 HTML table.
html15 = f"""<html><body>
<p>안녕하세요, Daum 카페 운영팀입니다. {R3} 건의 조치 결과입니다.</p>
{html_table([(K[1], "삭제"), (K[2], "삭제"), (K[3], "게시중단"), (K[4], "해당 게시물 없음")], ["게시물 URL", "처리 결과"])}
<p>Daum 카페 운영정책: <a href="https://cafe.daum.net/_c21_/policy">https://cafe.daum.net/_c21_/policy</a></p>
</body></html>"""
case(name="daum-base64-html-table", **{"from": "cafe_ops@daum.net"},
     name_from=enc("Daum 카페 운영팀"), date="Wed, 11 Sep 2024 09:10:12 +0900",
     subject=enc(f"[Daum] {R3} 조치 결과"),
     raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(html15),
     outcome="applied", classification="confirmation",
     imitates="Daum cafe operator HTML result table, base64-encoded body",
     why="삭제 and 게시중단 are removed, 해당 게시물 없음 not_found",
     items={K[1]: "removed", K[2]: "removed", K[3]: "removed", K[4]: "not_found"})

# 16. Bulleted list, one refusal.
case(name="daum-bullets-refusal", **{"from": "right@kakaocorp.com"},
     name_from=enc("카카오 권리침해신고센터"), date="Thu, 12 Sep 2024 14:45:09 +0900",
     subject=f"Re: [{R3}] 재검토 결과", reply_to_req=req_mid(R3),
     body=f"""담당자님께,

재검토 요청하신 두 건의 결과입니다.

• {K[3]} — 조치 불가: 개인의 투자 경험과 의견을 적은 글로, 운영정책 위반 소지가 확인되지 않았습니다.
• {K[4]} — 삭제

카카오 권리침해신고센터 드림""",
     outcome="applied", classification="confirmation",
     imitates="Kakao re-review reply with a bulleted list and a reasoned refusal",
     why="조치 불가 with a reason is rejected; 삭제 is removed",
     items={K[3]: "rejected", K[4]: "removed"})

# 17. SOOP bilingual numbered list.
case(name="soop-bilingual-list", **{"from": "safety@sooplive.co.kr"},
     name_from=enc("SOOP 운영팀"), date="Tue, 10 Sep 2024 18:30:41 +0900",
     subject=f"[{R4}] SOOP 조치 결과 / Action result",
     body=f"""안녕하세요, SOOP 운영팀입니다. / Hello, this is the SOOP operations team.

1) {S[1]} — VOD 삭제 (deleted)
2) {S[2]} — 게시글 삭제 (deleted)
3) {S[3]} — 19세 이상 시청 제한 설정 (age-restricted)

SOOP 운영정책 / Policy: https://www.sooplive.co.kr/policy/operation""",
     outcome="applied", classification="confirmation",
     imitates="SOOP (ex-AfreecaTV) operations reply, Korean with English glosses",
     why="two deletions (removed) and one 19+ viewing restriction (restricted)",
     items={S[1]: "removed", S[2]: "removed", S[3]: "restricted"})

# 18. SOOP, hard-wrapped URL.
case(name="soop-wrapped-url", **{"from": "safety@sooplive.co.kr"},
     name_from="SOOP Safety", date="Wed, 11 Sep 2024 12:02:15 +0900",
     subject=f"Re: {R4}", reply_to_req=req_mid(R4),
     body=f"""Hello,

We have removed the channel post at https://ch.sooplive.co.kr/nightowl_bj/post/
88120431 following your request.

The VOD {S[1]} had already been deleted
by the broadcaster before our review, so there was nothing for us to act on.

Best regards,
SOOP Safety Team""",
     outcome="applied", classification="confirmation",
     imitates="SOOP English reply hard-wrapped by the mail client",
     why="the post URL wraps after 'post/' but is clearly the requested post (removed); the VOD was deleted by its uploader before review (not_found)",
     items={S[2]: "removed", S[1]: "not_found"})

# 19. FM Korea prose.
case(name="fmkorea-prose-two", **{"from": "admin@fmkorea.com"},
     name_from=enc("에펨코리아 운영진"), date="Wed, 11 Sep 2024 21:14:58 +0900",
     subject=f"[FM코리아] {R5} 관련 회신",
     body=f"""안녕하세요. 에펨코리아 운영진입니다.

요청하신 {F[1]} 게시물은 개인정보 노출로 확인되어 삭제하였고,
{F[2]} 게시물은 이미 삭제되어 존재하지 않습니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="FM Korea admin reply in Korean prose",
     why="first post deleted (removed), second already deleted and no longer exists (not_found)",
     items={F[1]: "removed", F[2]: "not_found"})

# 20. Ppomppu, one-item request, no URL.
case(name="ppomppu-sole-statement", **{"from": "help@ppomppu.co.kr"},
     name_from=enc("뽐뿌 운영팀"), date="Thu, 12 Sep 2024 11:41:37 +0900",
     subject=f"Re: [{R6}] 게시물 삭제 요청", reply_to_req=req_mid(R6),
     body="""안녕하세요, 뽐뿌 운영팀입니다.

요청하신 게시물은 금일 삭제 처리되었습니다.
작성자 계정에 대해서도 이용 정지 조치를 하였습니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="Ppomppu operator one-line confirmation in the request's thread",
     why="the request has one item; 'the requested post was deleted' in its thread applies to it",
     items={P1: "removed"})

# 21. Inven blind.
case(name="inven-blind-korean", **{"from": "cs@inven.co.kr"},
     name_from=enc("인벤 고객지원"), date="Fri, 13 Sep 2024 10:26:03 +0900",
     subject=f"[인벤] {R7} 처리 완료 안내",
     body=f"""안녕하세요. 인벤 고객지원팀입니다.

{I1} 게시글을 블라인드 처리하였으며, 작성자에게는 불법 도박 사이트 홍보 금지 규정 위반으로 7일 이용 정지를 부과하였습니다.

인벤 이용약관: https://www.inven.co.kr/common/policy/terms.php""",
     outcome="applied", classification="confirmation",
     imitates="Inven support notice of a 블라인드 action",
     why="블라인드 처리 is removed",
     items={I1: "removed"})

# 22. Acknowledgement phrase plus a statement.
case(name="naver-receipt-plus-statement", **{"from": "policy@navercorp.com"},
     name_from=enc("네이버 정책지원팀"), date="Tue, 03 Sep 2024 09:12:48 +0900",
     subject=enc(f"[접수 완료] {R1} 시정요구"),
     body=f"""귀 위원회의 요청이 정상 접수되었습니다(접수번호 NV-240903-5521).

접수된 게시물 중 {N[7]} 는 확인 즉시 삭제 조치하였음을 알려드립니다.
나머지 게시물은 검토 후 결과를 회신드리겠습니다.

네이버 정책지원팀""",
     outcome="applied", classification="confirmation",
     imitates="portal receipt that also reports one immediate deletion",
     why="an acknowledgement phrase plus an unhedged deletion of one named post is a confirmation",
     items={N[7]: "removed"})

# 23. Outlook '-----Original Message-----'.
case(name="naver-outlook-original-message", **{"from": "yoon.seoyeon@navercorp.com"},
     name_from="Seoyeon Yoon", date="Thu, 05 Sep 2024 15:33:21 +0900",
     subject=f"RE: 시정요구 {R1}", reply_to_req=req_mid(R1),
     body=f"""안녕하세요, 네이버 윤서연입니다.

카페 게시글({N[12]})은 청소년 유해 정보로 판단되어 19세 미만 이용자의 열람을 제한했습니다.
{N[14]} 은 삭제했습니다.

윤서연 | NAVER 정책지원팀

-----Original Message-----
From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: 시정요구 {R1}

{quoted_request(R1, list(N.values()), prefix="")}""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with '-----Original Message-----' quote of the request",
     why="under-19 viewing restriction is restricted, deletion removed; the unquoted original request below the separator states nothing",
     items={N[12]: "restricted", N[14]: "removed"})

# 24. Korean status with English gloss, blog private + youth restriction.
case(name="naver-private-and-youth-gate", **{"from": "blog_help@naver.com"},
     name_from=enc("네이버 블로그"), date="Fri, 06 Sep 2024 13:58:30 +0900",
     subject=f"[네이버 블로그] {R1} 처리 결과 / result",
     body=f"""Blog post: {N[11]}
Status: 비공개 처리 (made private by NAVER; not visible to anyone but the author)

Blog post: {N[3]}
Status: 청소년 열람 제한 (shown only to verified adults)

네이버 블로그 운영팀 / NAVER Blog Operations""",
     outcome="applied", classification="confirmation",
     imitates="NAVER Blog operations reply in label/value blocks with English glosses",
     why="비공개 처리 (private by the platform) is removed; 청소년 열람 제한 is restricted",
     items={N[11]: "removed", N[3]: "restricted"})

# 25. FM Korea plain-text table in English.
case(name="fmkorea-text-table", **{"from": "report@fmkorea.com"},
     name_from="FMKorea Report Desk", date="Fri, 13 Sep 2024 17:07:44 +0900",
     subject=f"Re: [{R5}] takedown request", reply_to_req=req_mid(R5),
     body=f"""Hi,

Results of our review:

URL                                  | Result
-------------------------------------+----------------------------------------
{F[1]}   | Deleted by moderator (운영자 삭제)
{F[2]}   | Kept - no rule violation found (public figure's official statement)

FMKorea Report Desk""",
     outcome="applied", classification="confirmation",
     imitates="community report desk answering with a plain-text table",
     why="운영자 삭제 removed; kept with a reason rejected",
     items={F[1]: "removed", F[2]: "rejected"})

# 26. SOOP Korean-IP block, URL on the line below the statement.
case(name="soop-korea-ip-block-url-below", **{"from": "safety@sooplive.co.kr"},
     name_from=enc("SOOP 운영팀"), date="Thu, 12 Sep 2024 09:55:19 +0900",
     subject=f"[SOOP] {R4} 추가 조치 안내",
     body=f"""안녕하세요. SOOP 운영팀입니다.

아래 VOD는 국내 IP에서 재생되지 않도록 접속 차단하였습니다. 해외 이용자에게는 SOOP 글로벌 정책이 별도로 적용됩니다.
{S[3]}

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="SOOP notice of a Korea-only block, URL below its statement",
     why="blocked for Korean IPs only (접속 차단 in Korea) is restricted",
     items={S[3]: "restricted"})

# ================================================================= REVIEW
case(name="naver-promise-three-days", **{"from": "policy@navercorp.com"},
     name_from=enc("네이버 정책지원팀"), date="Tue, 03 Sep 2024 11:30:00 +0900",
     subject=f"Re: 시정요구 {R1}", reply_to_req=req_mid(R1),
     body=f"""안녕하세요.

요청하신 게시물
{N[1]}
{N[2]}
은 내부 검토를 거쳐 영업일 기준 3일 이내에 삭제될 예정입니다.

네이버 정책지원팀""",
     outcome="review", review="not_understood",
     imitates="portal promise of future action",
     why="'삭제될 예정' is a promise, not a statement: named items stay pending",
     items={N[1]: "pending", N[2]: "pending"})

case(name="dc-hedge-english", **{"from": "report@dcinside.com"},
     name_from="DCinside Report", date="Fri, 06 Sep 2024 20:11:08 +0900",
     subject=f"Re: {R2}", reply_to_req=req_mid(R2),
     body=f"""Hello,

It looks like {D[2]} may have already been removed
by the gallery manager. We will confirm once the moderation logs have been checked.

DCinside""",
     outcome="review", review="not_understood",
     imitates="hedged moderator reply in English",
     why="'looks like … may have been removed' is a hedge; the named item stays pending",
     items={D[2]: "pending"})

case(name="naver-bulk-fourteen", **{"from": "policy@navercorp.com"},
     name_from=enc("네이버 정책지원팀"), date="Mon, 09 Sep 2024 17:20:31 +0900",
     subject=f"Re: 시정요구 {R1} 조치 완료", reply_to_req=req_mid(R1),
     body=f"""안녕하세요.

시정요구 {R1} 관련 게시물 14건 전부 삭제 조치 완료하였습니다.

감사합니다.
네이버 정책지원팀""",
     outcome="review", review="bulk",
     imitates="portal one-line bulk completion notice",
     why="'all 14 deleted' without naming each, for a request of 14 items: bulk review, items pending",
     items={u: "pending" for u in N.values()})

case(name="soop-bulk-english", **{"from": "safety@sooplive.co.kr"},
     name_from="SOOP Safety", date="Tue, 10 Sep 2024 10:03:48 +0900",
     subject=f"Re: {R4} removal request", reply_to_req=req_mid(R4),
     body=f"""Hello,

All of the VODs and posts reported under {R4} have been taken down.

Thank you,
SOOP Safety Team""",
     outcome="review", review="bulk",
     imitates="platform 'all reported content was removed' reply",
     why="a statement about all items of a three-item request without naming each: bulk",
     items={S[1]: "pending", S[2]: "pending", S[3]: "pending"})

case(name="daum-dmarc-fail", **{"from": "right@kakaocorp.com"}, auth="fail",
     name_from=enc("카카오 권리침해신고센터"), date="Sat, 07 Sep 2024 03:14:55 +0900",
     subject=f"[카카오] {R3} 처리 결과",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

{K[1]} 삭제
{K[2]} 삭제

처리 결과 상세 확인: http://kakao-right-center.example.net/login""",
     outcome="review", review="untrusted",
     imitates="message claiming to be Kakao's rights centre that fails DMARC",
     why="From a platform domain but failing authentication: nothing applied",
     items={K[1]: "pending", K[2]: "pending"})

case(name="naver-author-gmail", **{"from": "haneul.pick88@gmail.com"},
     name_from=enc("하늘"), date="Wed, 04 Sep 2024 23:48:12 +0900",
     subject=enc("제 블로그 글 관련"),
     body=f"""안녕하세요. 네이버 블로그 운영자입니다.
네이버에서 연락받고 제가 쓴 글 {N[3]} 지웠습니다.
문제 된 줄 몰랐습니다. 더 이상 불이익 없게 해주세요.""",
     outcome="review", review="unknown_sender",
     imitates="the blogger writing to the regulator from a personal webmail account",
     why="the author is not the platform; a webmail sender naming a requested URL goes to review",
     items={N[3]: "pending"})

case(name="soop-agency-unknown-sender", **{"from": "ops@modpartners.example"},
     name_from="ModPartners (SOOP moderation agency)", date="Wed, 11 Sep 2024 15:20:00 +0900",
     subject=f"FW: {R4} - VOD 삭제 완료",
     body=f"""안녕하세요. SOOP 모니터링 대행을 맡고 있는 모드파트너스입니다.

{S[1]} VOD 삭제 완료되었습니다.
{S[3]} 도 삭제했습니다.

문의: ops@modpartners.example""",
     outcome="review", review="unknown_sender",
     imitates="outsourced moderation agency writing on a platform's behalf from its own domain",
     why="not a SOOP sender domain: statements cannot be trusted as SOOP's",
     items={S[1]: "pending", S[3]: "pending"})

case(name="naver-search-delisting-wrong-platform", **{"from": "search_policy@navercorp.com"},
     name_from=enc("네이버 검색 정책"), date="Thu, 12 Sep 2024 16:02:37 +0900",
     subject=enc(f"[네이버 검색] 검색 결과 노출 제외 처리 안내 ({R3})"),
     body=f"""안녕하세요. 네이버 검색 정책 담당입니다.

요청하신 게시물 {K[3]} 및 {K[1]} 는 네이버 검색 결과에서 삭제(노출 제외) 처리되었습니다.

원문 게시물의 삭제는 해당 서비스 운영자(카카오)에게 요청하셔야 합니다.""",
     outcome="review", review="wrong_platform",
     imitates="NAVER Search delisting notice about another portal's posts",
     why="NAVER states statuses for Kakao's items (only delisted from its own search): the items stay pending",
     items={K[3]: "pending", K[1]: "pending"})

case(name="naver-contact-change-no-claims", **{"from": "policy@navercorp.com"},
     name_from=enc("네이버 정책지원팀"), date="Mon, 16 Sep 2024 10:00:00 +0900",
     subject=enc("[네이버] 시정요구 회신 담당 창구 변경 안내"),
     body="""안녕하세요, 네이버 정책지원팀입니다.

10월 1일부터 방송통신심의위원회 시정요구에 대한 회신은 policy-kr@navercorp.com 주소로 발송됩니다.
기존 주소로 보내시는 요청도 당분간 함께 접수되니 참고 부탁드립니다.

감사합니다.""",
     outcome="review", review="no_claims",
     imitates="portal notice of a change of contact address",
     why="trusted NAVER email that names no item and references no request",
     items={})

case(name="daum-asks-for-decision-copy", **{"from": "right@kakaocorp.com"},
     name_from=enc("카카오 권리침해신고센터"), date="Mon, 09 Sep 2024 14:22:10 +0900",
     subject=f"Re: [{R3}] 추가 자료 요청", reply_to_req=req_mid(R3),
     body=f"""안녕하세요.

요청하신 건 중 {K[3]} 에 대해서는 검토를 위해 시정요구 의결서 사본과 담당자 연락처가 필요합니다.
회신 메일에 첨부해 주시면 확인 후 조치하겠습니다.

카카오 권리침해신고센터""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Kakao request for supporting documents (의결서 사본)",
     why="the platform asks for documents before acting on a named item",
     items={K[3]: "pending"})

case(name="fmkorea-admin-meeting", **{"from": "admin@fmkorea.com"},
     name_from=enc("에펨코리아 운영진"), date="Thu, 12 Sep 2024 22:40:51 +0900",
     subject=f"Re: {R5}", reply_to_req=req_mid(R5),
     body=f"""안녕하세요.

{F[1]}
{F[2]}
두 글 모두 신고 사유가 애매해서 운영진 회의에 올려두었습니다. 결론 나면 다시 연락드릴게요.""",
     outcome="review", review="not_understood",
     imitates="community admin saying the posts were put to a moderators' meeting",
     why="'put to the admins' meeting, will get back' is under review: named items pending",
     items={F[1]: "pending", F[2]: "pending"})

case(name="naver-tv-conditional", **{"from": "legal-kr@navercorp.com"},
     name_from="NAVER Legal", date="Tue, 10 Sep 2024 14:48:06 +0900",
     subject=f"RE: {R1} - NAVER TV clip", reply_to_req=req_mid(R1),
     body=f"""Dear KCSC team,

{N[10]} will be taken down once the uploader's seven-day
objection period ends without an objection. We notified the uploader on 9 September.

Kind regards,
NAVER Legal""",
     outcome="review", review="not_understood",
     imitates="conditional future takedown notice",
     why="a conditional promise ('will be taken down once …') is not a statement",
     items={N[10]: "pending"})

# ================================================================= IGNORED
case(name="naver-ooo-korean", **{"from": "kim.doyoon@navercorp.com"},
     name_from=enc("김도윤"), date="Mon, 09 Sep 2024 18:00:07 +0900",
     subject=enc(f"[자동 회신] Re: 시정요구 {R1}"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body=f"""[부재중 자동응답]
9월 9일부터 9월 13일까지 휴가로 메일 확인이 어렵습니다.
{R1} 등 시정요구 관련 긴급 문의는 policy@navercorp.com 으로 보내 주시기 바랍니다.

김도윤 드림""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply (부재중 자동응답)",
     why="auto-reply, states nothing",
     items={})

bounce_orig = f"""Date: Wed, 11 Sep 2024 10:00:00 +0900
From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
To: report@ppomppu.co.kr
Subject: [{R6}] 게시물 삭제 요청
Message-ID: <{req_mid(R6)}@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물에 대해 삭제를 요청드립니다.
1. {P1}
"""
case(name="ppomppu-dsn-bounce", **{"from": "MAILER-DAEMON@mail.ppomppu.co.kr"},
     name_from="Mail Delivery System", date="Wed, 11 Sep 2024 10:00:41 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="pp-dsn-1"

--pp-dsn-1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.ppomppu.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@ppomppu.co.kr>: user unknown; mailbox disabled

--pp-dsn-1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ppomppu.co.kr
Arrival-Date: Wed, 11 Sep 2024 10:00:38 +0900

Final-Recipient: rfc822; report@ppomppu.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@ppomppu.co.kr>: Recipient address rejected

--pp-dsn-1
Content-Type: message/rfc822

""" + bounce_orig + "\n--pp-dsn-1--\n",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN returning the request with the original attached",
     why="delivery failure; the URL appears only in the returned original",
     items={})

case(name="dc-mdn-read-receipt", **{"from": "report@dcinside.com"},
     name_from=enc("디시인사이드 운영팀"), date="Thu, 05 Sep 2024 11:07:30 +0900",
     subject=enc(f"읽음 확인: 시정요구 {R2}"),
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="dc-mdn-1"

--dc-mdn-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "시정요구 {R2}"을(를) 수신자가 2024-09-05 오전 11:07에 읽었습니다.

--dc-mdn-1
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <{req_mid(R2)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--dc-mdn-1--
""",
     outcome="ignored", classification="read_receipt",
     imitates="webmail read receipt (MDN, 읽음 확인)",
     why="read receipt, states nothing",
     items={})

case(name="daum-ticket-receipt", **{"from": "noreply@kakaocorp.com"},
     name_from=enc("카카오 고객센터"), date="Fri, 06 Sep 2024 10:31:02 +0900",
     subject=enc("[카카오 고객센터] 문의가 접수되었습니다"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409-118822
문의 제목: [{R3}] 게시물 삭제 요청

답변은 영업일 기준 3~5일 이내에 메일로 안내해 드립니다.
문의 내역 확인: https://cs.kakao.com/requests""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao customer-centre ticket receipt",
     why="pure acknowledgement with a ticket number",
     items={})

case(name="soop-ticket-autoack-english", **{"from": "support@sooplive.co.kr"},
     name_from="SOOP Support", date="Mon, 09 Sep 2024 14:01:12 +0900",
     subject=f"[SOOP Support] We received your request #SP-774120 ({R4})",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

We've received your request (Ticket #SP-774120). Our team will get back to you
within 3 business days. You can reply to this email to add information to your
ticket.

SOOP Support
https://help.sooplive.co.kr""",
     outcome="ignored", classification="acknowledgement",
     imitates="helpdesk (Zendesk-style) automatic ticket receipt",
     why="automatic ticket receipt, no statement",
     items={})

case(name="inven-ooo-bilingual", **{"from": "lee.jaemin@inven.co.kr"},
     name_from="Jaemin Lee", date="Thu, 12 Sep 2024 16:00:55 +0900",
     subject=enc(f"자동 응답: [{R7}] 게시물 조치 요청"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""추석 연휴(9/14~9/18) 기간에는 메일 확인이 늦어질 수 있습니다.
I am out of the office for the Chuseok holidays (14-18 Sep) with limited access to email.
급한 건은 cs@inven.co.kr 로 연락 바랍니다.""",
     outcome="ignored", classification="auto_reply",
     imitates="bilingual out-of-office for the Chuseok holidays",
     why="auto-reply, states nothing",
     items={})

case(name="naver-report-receipt-echo", **{"from": "noreply-report@navercorp.com"},
     name_from=enc("네이버 신고센터"), date="Mon, 02 Sep 2024 10:03:15 +0900",
     subject=enc("[네이버 신고센터] 신고 접수 완료 안내"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""신고가 정상적으로 접수되었습니다.

[접수 내용]
접수번호: RPT-20240902-00817
신고 유형: 불법 금융 정보
신고 게시물:
{N[4]}
{N[5]}
신고 사유: {R1} 시정요구

접수된 신고는 담당자 확인 후 운영정책에 따라 처리됩니다.
처리 결과 안내가 별도로 발송되지 않을 수 있습니다.""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER report-centre receipt echoing the submitted report",
     why="an automatic receipt that echoes our report; it states nothing about the posts",
     items={})


HEADER = """# Blind set 999 (focus: Korean portals and community sites).
# Written by tests/corpus/blind999/make.py before any run of the reader;
# expected results come from each email's meaning alone."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind999", HEADER, CASES)


if __name__ == "__main__":
    main()
