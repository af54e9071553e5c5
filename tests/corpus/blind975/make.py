#!/usr/bin/env python3
"""Blind set 975: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu, Nate), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind975/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
MIME boundaries, fixed dates, no randomness. Every URL, name, id and ticket
number is fictional. Expected results were written from each email's meaning
before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def D(day, h, m, s=0):
    return format_datetime(datetime(2024, 9, day, h, m, s, tzinfo=KST))


def tistory(title):
    return "https://hanbit-money.tistory.com/entry/" + title


# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/moonlit_bet77/223561200481",
    "https://blog.naver.com/moonlit_bet77/223561200655",
    "https://blog.naver.com/joyhouse_k/223548870012",
    "https://cafe.naver.com/gangnamtradeclub/40211",
    "https://cafe.naver.com/gangnamtradeclub/40377",
    "https://cafe.naver.com/petitfleur2019/1188",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471230055",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471230981",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=51230987",
    "https://tv.naver.com/v/61002345",
    "https://blog.naver.com/seoul_nightpick/223570011234",
    "https://m.blog.naver.com/seoul_nightpick/223570019876",
    "https://cafe.naver.com/sodamkitchen/7721",
    "https://blog.naver.com/PostView.naver?blogId=greenleaf_44&logNo=223580004411",
]
D_RAW = [
    tistory("단기-고수익-보장-투자방"),
    tistory("입금-후-수익-인증-후기"),
    "https://cafe.daum.net/luckyplay77/Zx1a/3321",
    "https://cafe.daum.net/luckyplay77/Zx1a/3350",
]
# requests.csv holds the Tistory paths percent-encoded, as a browser copies them.
DA = [tistory(quote(u.rsplit("/", 1)[1])) if "tistory" in u else u for u in D_RAW]
C = [
    "https://gall.dcinside.com/board/view/?id=stockus&no=8812345",
    "https://gall.dcinside.com/board/view/?id=stockus&no=8812399",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinhub&no=552100",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinhub&no=552187",
    "https://gall.dcinside.com/mini/board/view/?id=nightlife7&no=20455",
]
S = [
    "https://vod.sooplive.co.kr/player/138220451",
    "https://vod.sooplive.co.kr/player/138220977",
    "https://ch.sooplive.co.kr/redmoon0909/post/150223344",
]
F = ["https://www.fmkorea.com/7421553310", "https://www.fmkorea.com/7421559804"]
L = ["https://www.clien.net/service/board/park/18790321"]
P = [
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9234411",
    "https://www.ppomppu.co.kr/zboard/view.php?id=market&no=712039",
]

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", N,
     "gambling", "illegal gambling and escort advertising on blogs, cafes, Knowledge iN, Post, TV"),
    ("KCSC-240904-02", "daum", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", DA,
     "fraud", "unregistered investment solicitation on Tistory and Daum Cafe"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", C,
     "fraud", "pump-and-dump and leading-room posts in stock and coin galleries"),
    ("KCSC-240906-04", "soop", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", S,
     "obscenity", "two replay VODs and one channel post"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", F,
     "drugs", "drug sale posts in the free board"),
    ("KCSC-240910-06", "clien", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", L,
     "defamation", "one post in Modu-ui Gongwon"),
    ("KCSC-240911-07", "ppomppu", "2024-09-11T10:30:00+09:00", "2024-09-18T18:00:00+09:00", P,
     "fraud", "counterfeit goods: free board post and market listing"),
]
MSGID = {ref: ref + ".1" for ref, *_ in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, MSGID[ref] + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part_text(body, ctype="plain", cte="8bit"):
    body = body.strip("\n") + "\n"
    if cte == "base64":
        enc = b64(body)
    elif cte == "quoted-printable":
        enc = qp(body).rstrip("\n")
    else:
        enc = body.rstrip("\n")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{enc}\n")


def multipart(kind, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def request_quote(ref, urls, prefix="> "):
    lines = [f"시정요구 번호: {ref}",
             "방송통신심의위원회는 아래 정보가 정보통신망법 제44조의7에 따른 불법정보에",
             "해당한다고 보아 삭제 또는 접속차단 조치를 요구합니다.", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "조치 결과를 조치기한 내에 회신하여 주시기 바랍니다.",
              "방송통신심의위원회 불법정보 대응팀"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def N_(i):
    return N[i - 1]


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)

# ======================= APPLIED =======================

rows = [
    (1, "삭제", ""),
    (2, "삭제", ""),
    (3, "임시조치(30일)", "권리침해 여부 판단 불가"),
    (4, "게시중단(블라인드)", ""),
    (5, "해당 게시물 없음", "작성자 삭제"),
    (6, "조치 불가", "위반 사항 확인되지 않음(일반 상품 후기)"),
    (7, "삭제", ""),
    (8, "접근 제한", "청소년 이용 제한"),
]
tr = "\n".join(
    f'<tr><td>{i}</td><td><a href="{N_(i).replace("&", "&amp;")}">{N_(i).replace("&", "&amp;")}</a></td>'
    f"<td>{st}</td><td>{note}</td></tr>" for i, st, note in rows)
case(
    name="naver-kcsc-result-table-html",
    **{"from": "cleanbot@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=D(6, 16, 40), subject=f"[조치결과] {R1} 시정요구에 대한 조치 결과 회신",
    reply_to_req=MSGID[R1], type="html",
    body=f"""<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(<b>{R1}</b>)에 대하여 아래와 같이 조치하였음을 회신드립니다.
나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{tr}
</table>
<p>조치 기준은 <a href="https://policy.naver.com/policy/service_report.html">네이버 게시물 운영정책</a>을 참고해 주십시오.</p>
<p>NAVER 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal's 시정요구 조치결과 reply as an HTML table (번호/URL/조치결과/비고)",
    why="trusted NAVER table: 삭제/블라인드 removed, 임시조치/접근 제한 restricted, 게시물 없음 not_found, 조치 불가 with reason rejected",
    items={N_(1): "removed", N_(2): "removed", N_(3): "restricted", N_(4): "removed",
           N_(5): "not_found", N_(6): "rejected", N_(7): "removed", N_(8): "restricted"},
)

case(
    name="naver-blog-blind-korean-prose",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 고객센터",
    date=D(5, 11, 5), subject=f"Re: [{R1}] 불법정보 시정요구 - 블로그 게시물 처리 안내",
    reply_to_req=MSGID[R1],
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

요청하신 블로그 게시물 중 seoul_nightpick 블로그의 글 2건은 운영정책(성매매 알선 광고)
위반이 확인되어 블라인드 처리하였습니다.

 - {N_(11)}
 - {N_(12)}

greenleaf_44 블로그 글은 아직 확인 중이며, 소담키친 카페 글
{N_(13)} 은
작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.
네이버 블로그 고객센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog help-desk reply: 블라인드 처리 notice plus an author-deleted post",
    why="two seoul_nightpick posts 블라인드 (removed); sodamkitchen post deleted by its author (not_found); greenleaf_44 still being checked",
    items={N_(11): "removed", N_(12): "removed", N_(13): "not_found", N_(14): "pending"},
)

csv_body = ("\ufeffURL,조치결과,사유\r\n"
            f"{N_(9)},삭제,불법 도박 홍보\r\n"
            f"{N_(10)},연령제한(19세 이상),청소년 유해\r\n"
            f"\"{N_(14)}\",조치하지 않음,위반사항 없음(일반 맛집 후기)\r\n")
case(
    name="naver-csv-attachment",
    **{"from": "kr-legal@navercorp.com"}, name_from="NAVER Legal",
    date=D(9, 10, 12), subject=f"RE: {R1} results (Post / TV / Blog)",
    reply_to_req=MSGID[R1],
    raw_mime=multipart("mixed", "=_nv_4471_b", [
        part_text(f"""Dear KCSC team,

Please find attached the processing results for three of the items in your
request {R1} (NAVER Post, NAVER TV and one blog post). The file lists each
URL with the action we took and the reason.

Best regards,
Jiwon Baek
NAVER Legal & Policy"""),
        "Content-Type: text/csv; charset=utf-8; name=\"KCSC-240903-01_result.csv\"\n"
        "Content-Disposition: attachment; filename=\"KCSC-240903-01_result.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(csv_body),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal legal team reply with an Excel-exported CSV of results (Korean headers, BOM)",
    why="CSV: Post 삭제 removed, TV 연령제한 restricted, blog 조치하지 않음/위반사항 없음 rejected",
    items={N_(9): "removed", N_(10): "restricted", N_(14): "rejected"},
)

case(
    name="naver-cafe-top-posted-gmail",
    **{"from": "cafe_policy@naver.com"}, name_from="네이버 카페 운영정책",
    date=D(4, 9, 48), subject=f"Re: [{R1}] 불법정보 시정요구",
    reply_to_req=MSGID[R1],
    body=f"""안녕하세요, 네이버 카페 운영정책 담당입니다.

요청 건 중 강남거래클럽 카페 게시글 2건은 아래와 같이 게시중단 처리했습니다.
- {N_(4)} : 게시중단
- {N_(5)} : 게시중단

그 밖의 블로그/지식iN/TV 게시물은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

2024년 9월 3일 (화) 오전 10:00, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
{request_quote(R1, N)}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted Korean reply over the quoted 시정요구 letter",
    why="two cafe posts 게시중단 (removed); the 14 URLs below the Gmail attribution are the quoted request",
    items={N_(4): "removed", N_(5): "removed"},
)

case(
    name="naver-kin-qp-korean",
    **{"from": "kin_admin@naver.com"}, name_from="네이버 지식iN",
    date=D(6, 13, 20), subject=f"[네이버 지식iN] 신고 게시물 처리 결과 안내 ({R1})",
    reply_to_req=MSGID[R1],
    raw_mime=part_text(f"""안녕하세요. 네이버 지식iN 운영팀입니다.

방송통신심의위원회에서 요청하신 지식iN 질문 2건의 처리 결과를 안내드립니다.

1) {N_(7)}
   → 불법 사행성 사이트 홍보로 확인되어 질문과 답변 전체를 삭제하였습니다.

2) {N_(8)}
   → 스포츠 경기 일정에 관한 일반 질문으로, 불법 도박 홍보 내용이 확인되지 않아
     게시를 유지합니다.

추가 자료가 있으시면 회신 주시기 바랍니다.
네이버 지식iN 운영팀""", cte="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="NAVER Knowledge iN 처리 결과 안내 in quoted-printable Korean",
    why="first question deleted (removed); second kept because no gambling promotion found (rejected with reason)",
    items={N_(7): "removed", N_(8): "rejected"},
)

case(
    name="naver-tv-age-limit-url-below",
    **{"from": "tv_help@navercorp.com"}, name_from="NAVER TV",
    date=D(5, 17, 2), subject=f"Re: [{R1}] 네이버TV 영상 조치 안내",
    reply_to_req=MSGID[R1],
    body=f"""KCSC 담당자님 안녕하세요.

아래 영상은 청소년 유해 매체물에 해당한다고 판단하여 19세 이상 이용자만 볼 수 있도록
연령 제한 처리하였습니다:
{N_(10)}

영상 자체는 삭제되지 않았으며, 로그인·성인인증을 하지 않은 이용자에게는 노출되지 않습니다.

NAVER TV 운영 담당 드림""",
    outcome="applied", classification="confirmation",
    imitates="video-service age-restriction notice, URL on the line below the statement",
    why="NAVER TV video age-restricted to 19+ and explicitly not deleted: restricted",
    items={N_(10): "restricted"},
)

case(
    name="naver-base64-english-single",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=D(5, 8, 31), subject=f"[NAVER] Action taken on reported Cafe post - {R1}",
    reply_to_req=MSGID[R1],
    raw_mime=part_text(f"""Hello,

Thank you for contacting NAVER Trust & Safety.

We reviewed the Cafe post below, reported in your request {R1}, and
found that it advertised an unlicensed online casino. The post has been
removed and the member has been restricted from posting in the cafe.

  <{N_(6)}>

Other items of the same request are handled by the responsible service
teams, who will reply to you separately.

Kind regards,
NAVER Trust & Safety
https://help.naver.com/service/5635/contents/19008""", cte="base64"),
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety action notice (base64 body), URL in angle brackets",
    why="the petitfleur2019 cafe post is removed; the help link is not an item",
    items={N_(6): "removed"},
)

case(
    name="daum-tistory-korean-path",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=D(6, 15, 11), subject=f"[티스토리] 게시중단 요청 처리 결과 안내 ({R2})",
    reply_to_req=MSGID[R2],
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

{R2} 시정요구에 따라 티스토리 게시물을 아래와 같이 처리하였습니다.

■ {D_RAW[0]}
  처리 결과: 게시중단 (불법 유사수신 광고 확인, 블로그 운영자에게 통보 완료)

■ {D_RAW[1]}
  처리 결과: 임시조치 30일 (해당 기간 동안 외부 접근 차단)

다음 카페 게시물 2건은 카페 담당 부서에서 별도로 안내드릴 예정입니다.

카카오 권리침해신고센터 드림
※ 본 메일은 발신 전용이 아닙니다. 문의 사항은 회신해 주세요.""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory 게시중단 처리 결과 안내 with raw Korean URL paths",
    why="raw Korean Tistory paths match the percent-encoded request URLs; 게시중단 removed, 임시조치 restricted",
    items={DA[0]: "removed", DA[1]: "restricted"},
)

case(
    name="daum-cafe-numbered-list",
    **{"from": "cafe_operation@daum.net"}, name_from="Daum 카페 운영팀",
    date=D(7, 10, 3), subject=f"Re: [{R2}] 다음카페 게시물 조치 결과",
    reply_to_req=MSGID[R2],
    body=f"""안녕하세요, Daum 카페 운영팀입니다.
요청하신 카페 게시물 처리 결과를 알려드립니다.

1. {DA[2]}
   - 운영정책 위반(불법 금융 광고)으로 블라인드 처리

2. {DA[3]}
   - 작성자가 탈퇴하면서 게시물이 함께 삭제되어 존재하지 않는 글입니다.

해당 카페(luckyplay77)는 추가 위반 여부를 모니터링하고 있습니다.
감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe operations reply, numbered list with the result under each URL",
    why="3321 블라인드 (removed); 3350 gone with its author's withdrawal (not_found); the cafe monitoring is no item",
    items={DA[2]: "removed", DA[3]: "not_found"},
)

case(
    name="dc-english-bulleted",
    **{"from": "abuse@dcinside.com"}, name_from="DCinside Abuse Desk",
    date=D(6, 11, 27), subject=f"Re: {R3} - removal request",
    reply_to_req=MSGID[R3],
    body=f"""Hello,

We have processed part of your request {R3}:

* {C[0]} - deleted by the site operator
* {C[1]} - deleted by the site operator
* {C[2]} - we could not locate this post; the number does not exist in
  the coinhub minor gallery (it may have been entered incorrectly)

The remaining two posts are still being checked by the gallery team.

Regards,
DCinside Abuse Desk""",
    outcome="applied", classification="confirmation",
    imitates="community abuse-desk English reply with a bulleted list",
    why="two stockus posts deleted (removed); coinhub 552100 cannot be located (not_found); two still being checked",
    items={C[0]: "removed", C[1]: "removed", C[2]: "not_found", C[3]: "pending", C[4]: "pending"},
)

case(
    name="dc-korean-operator-delete",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=D(9, 14, 55), subject=f"[디시인사이드] {R3} 나머지 게시물 처리 결과",
    reply_to_req=MSGID[R3],
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

앞서 회신드린 3건 외 나머지 게시물 처리 결과입니다.

{C[3]}
→ 운영자 삭제 (리딩방 유료 회원 모집 글)

{C[4]}
→ 미니 갤러리 회원 간 모임 후기로, 불법정보에 해당하는 내용이 없어 삭제하지 않았습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영자 삭제 notice, bare URL with the result on the next line",
    why="coinhub 552187 운영자 삭제 (removed); nightlife7 post not deleted because nothing illegal (rejected)",
    items={C[3]: "removed", C[4]: "rejected"},
)

case(
    name="soop-vod-english-mixed",
    **{"from": "trustsafety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date=D(9, 18, 4), subject=f"[SOOP] Outcome of your report {R4}",
    reply_to_req=MSGID[R4],
    body=f"""Dear KCSC,

Following our review of the replay videos in your request {R4}:

VOD {S[0]}
Action: deleted. The broadcaster's channel has also been suspended for 7 days.

VOD {S[1]}
Action: restricted to viewers aged 19 and over (adult verification required).

The channel post in the same request is handled by our community team.

You can read the rules we apply at https://www.sooplive.co.kr/policy/operation.

SOOP Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="streaming platform's outcome notice for reported VODs (delete / 19+ restriction)",
    why="first VOD deleted (removed), second 19+ only (restricted); the channel post not decided; the policy link is not an item",
    items={S[0]: "removed", S[1]: "restricted", S[2]: "pending"},
)

case(
    name="soop-post-blind-korean",
    **{"from": "community@sooplive.co.kr"}, name_from="SOOP 커뮤니티운영팀",
    date=D(10, 9, 40), subject=f"Re: [{R4}] 방송국 게시글 조치 안내",
    reply_to_req=MSGID[R4],
    body=f"""안녕하세요, SOOP 커뮤니티운영팀입니다.

요청하신 방송국 게시글({S[2]})은
음란물 링크 공유로 확인되어 블라인드 처리하였고, 작성자에게 경고를 부여했습니다.

SOOP 운영정책: https://help.sooplive.co.kr/policy/view?seq=21
감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 방송국 게시글 블라인드 notice with a link to the 운영정책 page",
    why="channel post 블라인드 (removed); URL in parentheses followed by a particle; the help page is not an item",
    items={S[2]: "removed"},
)

case(
    name="fmkorea-fullwidth-punct",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date=D(10, 20, 13), subject=f"[에펨코리아] {R5} 처리 결과",
    reply_to_req=MSGID[R5],
    body=f"""안녕하세요 에펨코리아 운영진입니다。

요청 주신 자유게시판 글 처리 결과 알려드립니다。

① {F[0]}（자유게시판）：삭제 완료、작성자 영구 이용정지
② {F[1]}，작성자 본인이 먼저 삭제하여 현재 존재하지 않는 글입니다。

수고하세요。""",
    outcome="applied", classification="confirmation",
    imitates="small community admin reply typed with a full-width punctuation IME",
    why="first post deleted (removed); second already deleted by its author (not_found); full-width punctuation after URLs",
    items={F[0]: "removed", F[1]: "not_found"},
)

case(
    name="clien-outlook-sole",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date=D(11, 11, 22), subject=f"RE: [{R6}] 불법정보 시정요구",
    reply_to_req=MSGID[R6],
    body=f"""담당자님 안녕하세요, 클리앙 운영진입니다.

요청 주신 모두의공원 게시물 확인했고 오늘 오전 삭제했습니다.
작성 회원은 운영규칙에 따라 이용정지 처리했습니다.

-----Original Message-----
From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 3:00 PM
To: admin@clien.net
Subject: [{R6}] 불법정보 시정요구

{request_quote(R6, L, prefix="")}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----' from a community admin",
    why="one-item request: the admins state the post was deleted; the URL stands only in the quoted request",
    items={L[0]: "removed"},
)

case(
    name="ppomppu-two-items",
    **{"from": "report@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date=D(12, 16, 30), subject=f"Re: [{R7}] 시정요구 조치 결과",
    reply_to_req=MSGID[R7],
    body=f"""안녕하세요 뽐뿌 운영팀입니다.

자유게시판 글 {P[0]} 는 가품 판매 유도 글로 확인되어 삭제했습니다.
장터 글 {P[1]} 는 판매자가 거래 종료 후 직접 삭제해서 이미 없는 글입니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu operations reply in two plain sentences",
    why="free-board post deleted (removed); market listing already deleted by the seller (not_found)",
    items={P[0]: "removed", P[1]: "not_found"},
)

case(
    name="naver-statement-of-reasons",
    **{"from": "sor-noreply@navercorp.com"}, name_from="NAVER",
    date=D(7, 3, 15), subject="Statement of reasons for a content decision",
    reply_to_req=MSGID[R1],
    body=f"""STATEMENT OF REASONS

Reference:        {R1} / NAVER case 2024-0907-113842
Content:          {N_(3)}
Decision:         Access to the content restricted for users in the Republic of Korea
Scope:            Territorial (KR). The content remains visible elsewhere.
Facts:            Notice received from the Korea Communications Standards Commission
Legal ground:     Information and Communications Network Act, Art. 44-7
Automated means:  No automated means were used in taking this decision
Redress:          The uploader may object via https://help.naver.com/objection

This message was generated automatically; replies are read by the NAVER policy team.""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision/scope/legal ground/redress)",
    why="joyhouse_k post withheld in Korea only: restricted; the objection link is not an item",
    items={N_(3): "restricted"},
)

case(
    name="naver-wrapped-angle-url",
    **{"from": "kin_admin@naver.com"}, name_from="NAVER Knowledge iN",
    date=D(8, 14, 0), subject=f"Re: [{R1}] Knowledge iN question",
    reply_to_req=MSGID[R1],
    body=f"""Hello,

Regarding your request {R1}, the Knowledge iN question at
<https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201
&docId=471230981>
has been deleted together with its answers, as it linked to an
unlicensed betting site.

NAVER Knowledge iN Operations""",
    outcome="applied", classification="confirmation",
    imitates="English reply with a long URL wrapped inside angle brackets (RFC 3986 appendix C)",
    why="the wrapped question URL (docId 471230981) is deleted: removed",
    items={N_(8): "removed"},
)

case(
    name="daum-echoed-report",
    **{"from": "noreply-right@kakaocorp.com"}, name_from="카카오 고객센터",
    date=D(9, 17, 45), subject="[카카오] 권리침해신고 처리 결과 안내",
    body=f"""카카오 고객센터입니다. 접수하신 신고의 처리 결과를 안내드립니다.

[접수 내용]
접수번호 : 2409-04-771203
신고 기관 : 방송통신심의위원회 ({R2})
신고 사유 : 불법 금융 광고(유사수신)
신고 URL  :
  {DA[0]}
  {DA[1]}
  {DA[2]}
  {DA[3]}

[처리 결과]
  {DA[1]}  → 임시조치 (30일간 접근 차단)
  {DA[2]}  → 게시중단
  {DA[3]}  → 게시물 없음 (이미 삭제된 글)
  {DA[0]}  → 처리 보류 (블로그 운영자 소명 검토 중)

처리 결과에 이의가 있으시면 고객센터(https://cs.kakao.com)로 문의해 주세요.""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고 처리 결과 mail echoing the report form above the results",
    why="results block: 임시조치 restricted, 게시중단 removed, 게시물 없음 not_found, 처리 보류 pending; the echoed 신고 URL list states nothing",
    items={DA[0]: "pending", DA[1]: "restricted", DA[2]: "removed", DA[3]: "not_found"},
)

dc_rows = [(C[0], "삭제", "리딩방 홍보"), (C[1], "삭제", "시세조종 유도"),
           (C[2], "삭제", "코인 리딩방 홍보"), (C[3], "게시물 없음", "작성자 삭제"),
           (C[4], "미조치", "불법정보 해당 없음")]
dc_text = "\n".join(f"{u}\t{st}\t{why}" for u, st, why in dc_rows)
dc_html = "\n".join(
    f'<tr><td>{u.replace("&", "&amp;")}</td><td>{st}</td><td>{why}</td></tr>' for u, st, why in dc_rows)
case(
    name="dc-multipart-html-table",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=D(11, 10, 10), subject=f"[디시인사이드] 시정요구({R3}) 최종 조치 결과",
    reply_to_req=MSGID[R3],
    raw_mime=multipart("alternative", "----=_dc_alt_20240911", [
        part_text(f"""방송통신심의위원회 담당자님께

시정요구 {R3}의 최종 조치 결과입니다.

URL\t조치\t사유
{dc_text}

디시인사이드 운영팀"""),
        part_text(f"""<html><body>
<p>방송통신심의위원회 담당자님께</p>
<p>시정요구 {R3}의 최종 조치 결과입니다.</p>
<table border="1"><tr><th>URL</th><th>조치</th><th>사유</th></tr>
{dc_html}
</table>
<p>디시인사이드 운영팀</p>
</body></html>""", ctype="html", cte="quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="multipart/alternative result table (tab-separated text part, quoted-printable HTML part)",
    why="three posts 삭제 removed; one 게시물 없음 not_found; one 미조치 with reason rejected",
    items={C[0]: "removed", C[1]: "removed", C[2]: "removed", C[3]: "not_found", C[4]: "rejected"},
)

n_all = [
    (1, "삭제 완료"), (2, "삭제 완료"), (3, "삭제 완료"), (4, "블라인드 처리"),
    (5, "게시물 없음(작성자 삭제)"), (6, "위반 사항 없음 - 게시 유지"), (7, "삭제 완료"),
    (8, "삭제 완료"), (9, "19세 미만 이용 제한"), (10, "동영상 삭제"), (11, "삭제 완료"),
    (12, "유효하지 않은 주소(존재하지 않는 글)"), (13, "위반 사항 없음 - 게시 유지"),
    (14, "임시조치(30일)"),
]
case(
    name="naver-all-14-numbered",
    **{"from": "cleanbot@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=D(10, 19, 30), subject=f"[조치결과] {R1} 최종 회신 (14건)",
    reply_to_req=MSGID[R1],
    body="안녕하세요. NAVER 정책지원팀입니다.\n"
         f"시정요구 {R1} 14건에 대한 최종 조치 결과를 회신드립니다.\n\n"
         + "\n".join(f"{i}. {N_(i)}\n   - {st}" for i, st in n_all)
         + "\n\n'게시 유지' 건은 내부 기준상 불법정보로 판단되지 않았습니다. 의견이 있으시면 회신 바랍니다.\n"
           "NAVER 정책지원팀 드림",
    outcome="applied", classification="confirmation",
    imitates="portal's final 조치결과 letter listing every URL of a large 시정요구",
    why="all 14 stated: 삭제/블라인드/동영상 삭제 removed, 이용 제한/임시조치 restricted, 게시물 없음/유효하지 않은 주소 not_found, 게시 유지 rejected",
    items={N_(1): "removed", N_(2): "removed", N_(3): "removed", N_(4): "removed",
           N_(5): "not_found", N_(6): "rejected", N_(7): "removed", N_(8): "removed",
           N_(9): "restricted", N_(10): "removed", N_(11): "removed", N_(12): "not_found",
           N_(13): "rejected", N_(14): "restricted"},
)

case(
    name="soop-ack-plus-statement",
    **{"from": "trustsafety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date=D(8, 12, 17), subject="Re: Your report has been received [SOOP-TS-2409-55120]",
    reply_to_req=MSGID[R4],
    body=f"""Hello,

Thank you for your report, which we received under case SOOP-TS-2409-55120.

We have now reviewed it. The replay video
{S[1]}
has been removed from SOOP for breaching our rules on sexual content.

We are still reviewing the other video and the channel post and will write again.

SOOP Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="receipt wording followed by a real outcome in the same mail",
    why="acknowledgement phrase, then an unhedged 'has been removed' for the second VOD; the rest still under review",
    items={S[0]: "pending", S[1]: "removed", S[2]: "pending"},
)

case(
    name="ppomppu-url-then-arrow",
    **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 관리자",
    date=D(13, 9, 5), subject=f"[뽐뿌] {R7} 게시물 삭제 처리",
    reply_to_req=MSGID[R7],
    body=f"""{P[0]}
→ 삭제 완료

{P[1]}
→ 삭제 완료 (판매자 장터 이용 제한)

이상입니다.
뽐뿌 관리자""",
    outcome="applied", classification="confirmation",
    imitates="terse admin reply: bare URLs, each with its result on the line below",
    why="both Ppomppu URLs 삭제 완료 (removed)",
    items={P[0]: "removed", P[1]: "removed"},
)

case(
    name="naver-partial-rest-under-review",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 고객센터",
    date=D(4, 15, 33), subject=f"Re: [{R1}] 블로그 게시물 1차 처리 결과",
    reply_to_req=MSGID[R1],
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

1차로 아래 게시물 2건을 삭제하였습니다.
{N_(11)}
{N_(12)}

요청하신 나머지 게시물은 현재 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="first-batch result (1차 처리) with the rest announced as under review",
    why="two seoul_nightpick posts deleted (removed); 'the remaining ones under review' changes nothing",
    items={N_(11): "removed", N_(12): "removed"},
)

case(
    name="fmkorea-deleted-and-hedge",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date=D(11, 13, 50), subject=f"Re: [{R5}] 조치 결과 회신",
    reply_to_req=MSGID[R5],
    body=f"""안녕하세요. 에펨코리아 운영진입니다.

요청하신 {F[0]}을 삭제 처리했습니다.

{F[1]} 는 저희가 확인했을 때 이미 지워진 것으로 보이는데, 작성자가 지운 것인지
시스템 오류인지는 아직 확인이 어렵습니다. 확인되면 다시 알려드리겠습니다.""",
    outcome="applied", classification="confirmation",
    imitates="community admin reply, URL with a particle glued on, and a hedge about the second post",
    why="first post deleted (URL followed directly by the particle 을): removed; second only 'seems' deleted, unconfirmed: pending",
    items={F[0]: "removed", F[1]: "pending"},
)

case(
    name="clien-rejected-political",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date=D(12, 10, 4), subject=f"Re: [{R6}] 불법정보 시정요구",
    reply_to_req=MSGID[R6],
    body=f"""안녕하세요. 클리앙 운영진입니다.

요청하신 게시물({L[0]})을 검토했습니다.
해당 글은 공인의 공적 활동에 대한 비판적 의견으로 보이며, 운영규칙상 삭제 사유에
해당하지 않아 삭제하지 않고 게시를 유지하기로 했습니다.

명예훼손 당사자의 권리침해 신고가 접수되면 관련 절차에 따라 다시 검토하겠습니다.""",
    outcome="applied", classification="confirmation",
    imitates="community refusal citing its rules (opinion about a public figure)",
    why="the one post is kept with a reason: rejected; the later-review sentence is conditional and changes nothing",
    items={L[0]: "rejected"},
)

# ======================= REVIEW =======================

case(
    name="naver-promise-korean",
    **{"from": "cleanbot@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=D(4, 11, 0), subject=f"Re: [{R1}] 불법정보 시정요구 검토 안내",
    reply_to_req=MSGID[R1],
    body=f"""안녕하세요. NAVER 정책지원팀입니다.

요청하신 아래 블로그 게시물은 담당 부서에서 검토하고 있으며, 운영정책 위반이 확인되면
삭제 조치할 예정입니다.

- {N_(1)}
- {N_(2)}

처리 결과는 조치기한 내에 회신드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="portal interim reply: 검토 중, 위반 확인 시 삭제 예정",
    why="only a conditional promise about two named posts: nothing stated, items pending",
    items={N_(1): "pending", N_(2): "pending"},
)

case(
    name="daum-under-review-english",
    **{"from": "legal@kakaocorp.com"}, name_from="Kakao Legal",
    date=D(5, 16, 25), subject=f"RE: {R2}",
    reply_to_req=MSGID[R2],
    body=f"""Dear Sir or Madam,

We acknowledge your notice {R2}. The Tistory posts

{DA[0]}
{DA[1]}

are currently under review by our legal team, as the blog operator has disputed
an earlier complaint about the same content. We expect to reach a decision
within five business days and will inform you of it.

Kind regards,
Kakao Corp. Legal Team""",
    outcome="review", review="not_understood",
    imitates="legal team holding reply: 'currently under review', decision promised",
    why="names two Tistory posts (percent-encoded) but states only that they are under review",
    items={DA[0]: "pending", DA[1]: "pending"},
)

case(
    name="dc-bulk-korean",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=D(6, 9, 15), subject=f"Re: [{R3}] 시정요구 처리 완료",
    reply_to_req=MSGID[R3],
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

9월 5일 보내주신 시정요구({R3}) 관련하여, 요청하신 갤러리 게시물 5건 모두
삭제 조치 완료하였음을 알려드립니다.

감사합니다.""",
    outcome="review", review="bulk",
    imitates="one-line 'all N posts deleted' completion notice",
    why="a statement about all five posts without naming any: bulk, items pending until a person confirms",
    items={u: "pending" for u in C},
)

case(
    name="naver-bulk-english",
    **{"from": "kr-legal@navercorp.com"}, name_from="NAVER Legal",
    date=D(12, 18, 20), subject=f"RE: {R1} - completed",
    reply_to_req=MSGID[R1],
    body=f"""Dear KCSC team,

We have completed our review of request {R1}. All of the reported content has
been actioned in accordance with Korean law and the NAVER operating policies.

Please let us know if you need anything further.

Jiwon Baek
NAVER Legal & Policy""",
    outcome="review", review="bulk",
    imitates="legal team's blanket 'all reported content actioned' completion reply",
    why="'all of the reported content' for a 14-item request, no item named: bulk",
    items={u: "pending" for u in N},
)

case(
    name="naver-auth-fail",
    **{"from": "help@naver.com"}, name_from="NAVER 고객센터", auth="fail",
    date=D(5, 2, 14), subject=f"[NAVER] {R1} 처리 완료 안내",
    body=f"""안녕하세요 네이버 고객센터입니다.

시정요구 {R1} 관련 아래 게시물의 삭제가 완료되었습니다.
{N_(1)}
{N_(2)}

처리 확인서가 필요하시면 아래 링크에서 내려받으실 수 있습니다.
https://naver-docs-center.example.net/download?id=KCSC240903""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be NAVER customer centre, failing DKIM/SPF/DMARC",
    why="naver.com sender fails authentication: its 'deleted' statements are not trusted",
    items={N_(1): "pending", N_(2): "pending"},
)

case(
    name="gmail-blog-owner",
    **{"from": "moonlit.bet77@gmail.com"}, name_from="달빛",
    date=D(4, 22, 41), subject=f"[{R1}] 블로그 글 삭제했습니다",
    body=f"""안녕하세요 moonlit_bet77 블로그 운영자입니다.
위원회에서 심의 요청했다는 글 두 개 제가 오늘 직접 삭제했어요.

{N_(1)}
{N_(2)}

블로그 제재는 안 받게 해주세요. 감사합니다.""",
    outcome="review", review="unknown_sender",
    imitates="a blog owner writing from a personal Gmail address",
    why="the author, not NAVER, says the posts are deleted: unknown sender, items pending",
    items={N_(1): "pending", N_(2): "pending"},
)

case(
    name="lawfirm-dc-author",
    **{"from": "counsel@hwasan-law.example"}, name_from="법무법인 화산",
    date=D(10, 14, 30), subject=f"Re: 시정요구 {R3} 관련 의견서",
    body=f"""방송통신심의위원회 귀중

당 법무법인은 아래 게시물 작성자의 대리인입니다.

{C[0]}
{C[1]}

위 게시물은 공개된 공시 자료를 토대로 한 투자 의견으로서 불법정보에 해당하지 않으며,
현재도 게시되어 있습니다. 시정요구를 철회하여 주실 것을 요청드립니다.

법무법인 화산 변호사 오정민""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of a poster, contesting a 시정요구",
    why="a law firm, not DC Inside, says the posts stay up: unknown sender, items pending",
    items={C[0]: "pending", C[1]: "pending"},
)

case(
    name="daum-search-naver-urls",
    **{"from": "search_policy@kakaocorp.com"}, name_from="카카오 검색정책",
    date=D(6, 10, 50), subject=f"Re: [{R1}] 검색 노출 제외 처리 안내",
    reply_to_req=MSGID[R1],
    body=f"""안녕하세요, 카카오 검색정책 담당입니다.

참조로 받은 시정요구 중 아래 2건은 네이버 블로그 게시물로, Daum 검색 결과에서
노출 제외(차단) 처리하였습니다.

{N_(1)}
{N_(2)}

원 게시물의 삭제는 게시 서비스 사업자(네이버)에 요청하여 주시기 바랍니다.""",
    outcome="review", review="wrong_platform",
    imitates="search engine's de-indexing notice for another portal's URLs",
    why="Kakao states an action on NAVER items (search exclusion): wrong platform, the NAVER items stay pending",
    items={N_(1): "pending", N_(2): "pending"},
)

case(
    name="soop-asks-documents",
    **{"from": "trustsafety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date=D(7, 11, 9), subject=f"Re: [{R4}] 추가 자료 요청",
    reply_to_req=MSGID[R4],
    body=f"""안녕하세요, SOOP Trust & Safety 팀입니다.

요청하신 다시보기 영상 2건에 대한 조치를 진행하기 위해 심의 의결서 사본(또는 위반
법령 조항)을 회신해 주시기 바랍니다.

- {S[0]}
- {S[1]}

자료를 받는 대로 검토 후 처리하겠습니다.""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform request for the decision document before acting",
    why="asks for the 의결서 before acting on two named VODs; nothing stated",
    items={S[0]: "pending", S[1]: "pending"},
)

case(
    name="naver-hedge-english",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=D(11, 9, 30), subject=f"Re: [{R1}] remaining items",
    reply_to_req=MSGID[R1],
    body=f"""Hello,

About the two remaining items of {R1}:

{N_(13)}
{N_(14)}

Our records indicate that these posts may already have been deleted by their
authors, but we have not been able to confirm this. We will get back to you
once the service team has checked.

NAVER Trust & Safety""",
    outcome="review", review="not_understood",
    imitates="hedged interim reply ('may already have been deleted')",
    why="'may have been deleted ... not able to confirm' is no statement: two named items stay pending",
    items={N_(13): "pending", N_(14): "pending"},
)

case(
    name="ppomppu-conditional",
    **{"from": "report@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date=D(12, 11, 40), subject=f"Re: [{R7}] 시정요구 관련 안내",
    reply_to_req=MSGID[R7],
    body=f"""안녕하세요 뽐뿌 운영팀입니다.

{P[0]}
{P[1]}

위 게시물 작성자에게 소명을 요청했습니다. 9월 19일까지 소명이 없을 경우 두 게시물 모두
삭제 처리할 예정입니다.""",
    outcome="review", review="not_understood",
    imitates="community notice: author asked to explain, deletion if no answer by a date",
    why="deletion only on a condition and in the future: nothing stated, items pending",
    items={P[0]: "pending", P[1]: "pending"},
)

case(
    name="nate-contact-change",
    **{"from": "abuse@skcomms.co.kr"}, name_from="SK커뮤니케이션즈",
    date=D(9, 10, 0), subject="[네이트] 불법정보 시정요구 접수 창구 변경 안내",
    body="""방송통신심의위원회 담당자님께

SK커뮤니케이션즈입니다. 10월 1일부터 네이트 서비스의 불법정보 시정요구 접수 창구가
abuse@skcomms.co.kr 로 일원화됩니다. 기존 cs@nate.com 으로 보내시던 요청도
위 주소로 보내 주시기 바랍니다.

감사합니다.""",
    outcome="review", review="no_claims",
    imitates="platform's contact-address change notice to the regulator",
    why="trusted Nate mail naming no item and no request",
    items={},
)

# ======================= IGNORED =======================

case(
    name="naver-ooo-chuseok",
    **{"from": "hyejin.kwon@navercorp.com"}, name_from="권혜진",
    date=D(14, 9, 1), subject=f"자동 회신: [{R1}] 조치기한 경과 안내",
    reply_to_req=MSGID[R1],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 권혜진입니다.
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 NAVER 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

I am out of the office for the Chuseok holidays until 18 September.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office reply over the Chuseok holidays",
    why="auto-reply (Auto-Submitted: auto-replied), no statement",
    items={},
)

case(
    name="mx-dsn-fmkorea",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date=D(16, 10, 0, 7), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "8C1F03A2B.1726448407/mx.kcsc.example", [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.kcsc.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<admin@fmkorea.com>: host mx1.fmkorea.com[203.0.113.44] said: 552 5.2.2\n"
        "    <admin@fmkorea.com>: Mailbox full, message rejected (in reply to RCPT TO\n"
        "    command)\n",
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n"
        "Arrival-Date: Mon, 16 Sep 2024 10:00:05 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; admin@fmkorea.com\n"
        "Action: failed\nStatus: 5.2.2\n"
        "Remote-MTA: dns; mx1.fmkorea.com\n"
        "Diagnostic-Code: smtp; 552 5.2.2 <admin@fmkorea.com>: Mailbox full\n",
        "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: admin@fmkorea.com\n"
        f"Subject: [{R5}] 조치 결과 회신 요청 (조치기한 경과)\n"
        f"Message-ID: <reminder.{R5}.1@kcsc.example>\n"
        "Date: Mon, 16 Sep 2024 10:00:03 +0900\n",
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a reminder (mailbox full)",
    why="DSN from our own MTA: ignored",
    items={},
)

case(
    name="naver-remote-dsn-quoting-urls",
    **{"from": "MAILER-DAEMON@navercorp.com"}, name_from="Mail Delivery Subsystem",
    date=D(3, 10, 1, 40), subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "nvdsn_0903_a1", [
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "메일 전송 실패 / Delivery has failed to these recipients:\n\n"
        "    cleanbot-team@navercorp.com\n\n"
        "수신자 주소가 존재하지 않습니다. (550 5.1.1 user unknown)\n",
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx3.navercorp.com\n\n"
        "Final-Recipient: rfc822; cleanbot-team@navercorp.com\n"
        "Action: failed\nStatus: 5.1.1\n",
        "Content-Type: message/rfc822\n\n"
        "From: KCSC 불법정보 대응팀 <takedown@kcsc.example>\n"
        "To: policy@navercorp.com\nCc: cleanbot-team@navercorp.com\n"
        f"Subject: [{R1}] 불법정보 시정요구\n"
        f"Message-ID: <{MSGID[R1]}@kcsc.example>\n"
        "Date: Tue, 03 Sep 2024 10:00:00 +0900\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        + request_quote(R1, N[:6] + ["(이하 8건 생략)"], prefix="") + "\n",
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="remote MTA failure DSN returning the full original request with its URLs",
    why="bounce from NAVER's MTA (trusted domain) carrying our request: ignored, no statement",
    items={},
)

case(
    name="dc-mdn",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=D(5, 13, 12), subject=f"읽음: [{R3}] 불법정보 시정요구",
    raw_mime=multipart("report", "mdn_dc_0905", [
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "받는 사람: report@dcinside.com\n"
        f"제목: [{R3}] 불법정보 시정요구\n"
        "보낸 날짜: 2024-09-05 오전 9:30\n\n"
        "2024-09-05 오후 1:12에 읽음\n",
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: report@dcinside.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;report@dcinside.com\n"
        f"Original-Message-ID: <{MSGID[R3]}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) as an MDN",
    why="read receipt: ignored",
    items={},
)

case(
    name="daum-receipt-echoed-urls",
    **{"from": "noreply-right@kakaocorp.com"}, name_from="카카오 고객센터",
    date=D(4, 11, 3), subject="[카카오] 권리침해신고가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""카카오 고객센터입니다.
방송통신심의위원회에서 보내주신 신고가 정상적으로 접수되었습니다.

접수번호 : 2409-04-771203
접수일시 : 2024-09-04 11:02
신고 대상 URL :
  {DA[0]}
  {DA[1]}
  {DA[2]}
  {DA[3]}

담당자가 검토한 뒤 처리 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao automatic 접수 완료 receipt echoing the reported URLs",
    why="pure receipt with ticket number; the echoed URLs carry no status",
    items={},
)

case(
    name="soop-autoack-english",
    **{"from": "no-reply@sooplive.co.kr"}, name_from="SOOP Support",
    date=D(6, 14, 1), subject="Your report has been received [SOOP-TS-2409-55120]",
    reply_to_req=MSGID[R4],
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""This is an automated confirmation.

We have received your report and opened case SOOP-TS-2409-55120 (reference {R4}).
Our Trust & Safety team will review the reported content and contact you
if more information is needed. Please do not reply to this message.

SOOP Support""",
    outcome="ignored", classification="acknowledgement",
    imitates="English ticket-system auto-receipt with a case id",
    why="automated receipt: ignored",
    items={},
)

case(
    name="ppomppu-vacation",
    **{"from": "minsu.han@ppomppu.co.kr"}, name_from="한민수",
    date=D(12, 9, 0), subject=f"[부재중] Re: [{R7}] 시정요구",
    reply_to_req=MSGID[R7],
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""휴가로 9월 19일(목)까지 메일 확인이 어렵습니다.
게시물 신고 관련 문의는 report@ppomppu.co.kr 로 보내주세요.

I'm on leave until Thursday 19 September with limited access to email.""",
    outcome="ignored", classification="auto_reply",
    imitates="staff vacation responder in Korean and English",
    why="vacation auto-reply: ignored",
    items={},
)


HEADER = f"""# Blind set 975: Korean portals and community sites (NAVER, Daum/Kakao, DC Inside,
# SOOP, FM Korea, Clien, Ppomppu, Nate), Korean and English mixed, with the doubtful
# and ignorable mail a regulator's mailbox receives. Written by make.py; expected
# results come from each email's meaning, written before any run of the reader.
# {len(CASES)} cases."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind975", HEADER, CASES)
    for c in CASES:
        p = os.path.join(HERE, "cases", c["name"] + ".eml")
        assert os.path.getsize(p) < 8 * 1024, (p, os.path.getsize(p))


if __name__ == "__main__":
    main()
