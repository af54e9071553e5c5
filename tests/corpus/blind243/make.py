#!/usr/bin/env python3
"""Blind set 243: Korean portals and community sites (NAVER, Daum/Tistory,
DC Inside, SOOP, Nate Pann, FM Korea, Ppomppu, plus Clien as a wrong
platform), in Korean and English, with the doubtful and ignorable mail a
regulator's mailbox receives.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind243/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind243"

# ---------------------------------------------------------------- requests
TS = "https://hanulsoop.tistory.com/entry/"
D3_RAW = TS + "9월-후기-모음"
D4_RAW = TS + "제보-영상-원본"
D3 = TS + quote("9월-후기-모음")
D4 = TS + quote("제보-영상-원본")

N = {
    1: "https://blog.naver.com/moonlit_pier/223551200418",
    2: "https://blog.naver.com/moonlit_pier/223551207731",
    3: "https://blog.naver.com/greyfinch_77/223548810092",
    4: "https://cafe.naver.com/quietvalleyclub/48213",
    5: "https://cafe.naver.com/quietvalleyclub/48227",
    6: "https://cafe.naver.com/hanbit2030/1190455",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471203355",
    8: "https://blog.naver.com/saltwind_diary/223550019876",
    9: "https://cafe.naver.com/hanbit2030/1190502",
    10: "https://in.naver.com/dawnpaper/contents/internal/773410215541120",
    11: "https://blog.naver.com/greyfinch_77/223549902214",
    12: "https://cafe.naver.com/joongomarket88/7731024",
}
D = {
    1: "https://cafe.daum.net/bluepine22/Hq7T/3381",
    2: "https://cafe.daum.net/bluepine22/Hq7T/3396",
    3: D3,
    4: D4,
}
C = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8823104",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8823377",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=fishingzone&no=441902",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=fishingzone&no=441955",
    5: "https://gall.dcinside.com/mini/board/view/?id=nightowl7&no=20413",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131904427",
    2: "https://vod.sooplive.co.kr/player/131911850",
    3: "https://ch.sooplive.co.kr/redmaple0/post/118830421",
}
T1 = "https://pann.nate.com/talk/372981455"
F = {1: "https://www.fmkorea.com/7420118835", 2: "https://www.fmkorea.com/7420231907"}
P = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120487",
    2: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120533",
    3: "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410921",
}

REQUESTS = [
    # ref, platform, sent, due, urls, category, msgid-stem, note
    ("KCSC-240903-01", "naver", "2024-09-03", "2024-09-10", [N[i] for i in range(1, 13)],
     "privacy", "req-240903-01.b243", "blog, cafe, Knowledge iN, influencer"),
    ("KCSC-240904-02", "daum", "2024-09-04", "2024-09-11", [D[i] for i in range(1, 5)],
     "defamation", "req-240904-02.b243", "Daum cafe and Tistory (Korean paths)"),
    ("KCSC-240905-03", "dcinside", "2024-09-05", "2024-09-12", [C[i] for i in range(1, 6)],
     "privacy", "req-240905-03.b243", "gallery, minor gallery, mini gallery"),
    ("KCSC-240906-04", "soop", "2024-09-06", "2024-09-13", [S[i] for i in range(1, 4)],
     "obscenity", "req-240906-04.b243", "two VODs and a channel post"),
    ("KCSC-240909-05", "nate", "2024-09-09", "2024-09-16", [T1],
     "defamation", "req-240909-05.b243", "one Pann post"),
    ("KCSC-240910-06", "fmkorea", "2024-09-10", "2024-09-17", [F[1], F[2]],
     "gambling", "req-240910-06.b243", ""),
    ("KCSC-240911-07", "ppomppu", "2024-09-11", "2024-09-18", [P[1], P[2], P[3]],
     "fraud", "req-240911-07.b243", "free board and phone forum"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def mid(ref):
    return REQ[ref][6]


def quoted_request(ref, prefix="> ", raw_korean=False):
    """Our request as a mail client quotes it below a reply."""
    urls = REQ[ref][4]
    lines = [
        "안녕하십니까. 방송통신심의위원회 불법정보 대응팀입니다.",
        "「정보통신에 관한 심의규정」에 따라 아래 정보에 대하여 시정요구(해당 정보의 삭제 또는 접속차단)를 통보합니다.",
        "",
        f"요청번호: {ref}",
    ]
    for i, u in enumerate(urls, 1):
        if raw_korean:
            u = u.replace(D3, D3_RAW).replace(D4, D4_RAW)
        lines.append(f"{i}. {u}")
    lines += ["", f"조치 결과를 {REQ[ref][3][5:7].lstrip('0')}월 {REQ[ref][3][8:].lstrip('0')}일까지 회신하여 주시기 바랍니다.",
              "", "방송통신심의위원회 불법정보 대응팀 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def html_page(inner):
    return ("<html><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family:'Malgun Gothic',sans-serif;font-size:13px\">\n"
            + inner.strip("\n") + "\n</body></html>")


def table(headers, rows):
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">',
           "<tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr>"]
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ NAVER
case(
    name="naver-kcsc-result-table-html",
    from_="policy-support@navercorp.com", name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 17:42:05 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 조치결과 회신",
    reply_to_req=mid("KCSC-240903-01"),
    type="html",
    body=html_page(
        "<p>안녕하십니까, 네이버 정책지원팀입니다.</p>\n"
        "<p>2024년 9월 3일 통보하신 시정요구(요청번호 KCSC-240903-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>\n"
        + table(["연번", "URL", "서비스", "조치결과", "비고"], [
            ["1", N[1], "블로그", "삭제", "-"],
            ["2", N[2], "블로그", "삭제", "-"],
            ["3", N[3], "블로그", "임시조치(30일)", "권리침해 신고 병합 처리"],
            ["4", N[4], "카페", "게시중단", "-"],
            ["5", N[5], "카페", "게시중단", "-"],
            ["6", N[6], "카페", "블라인드", "카페 매니저 안내 발송"],
            ["7", N[7], "지식iN", "게시물 없음", "작성자 삭제(9/2)"],
            ["8", N[8], "블로그", "조치불가", "운영정책 위반 사항 확인되지 않음"],
            ["9", N[9], "카페", "삭제", "-"],
            ["10", N[10], "인플루언서", "19세 미만 열람 제한", "성인 인증 후 열람"],
            ["11", N[11], "블로그", "게시물 없음", "존재하지 않는 게시물"],
            ["12", N[12], "카페", "삭제", "거래금지 품목"],
        ]) + "\n"
        "<p>조치불가 건은 서비스 운영정책(<a href=\"https://policy.naver.com/policy/service_group.html\">https://policy.naver.com/policy/service_group.html</a>)에 따라 검토한 결과이며, 추가 자료를 주시면 재검토하겠습니다.</p>\n"
        "<p>감사합니다.<br>네이버 정책지원팀 드림</p>"),
    outcome="applied", classification="confirmation",
    imitates="NAVER reply to a KCSC 시정요구 in the form of a 조치결과 table (HTML)",
    why="trusted NAVER table: one row per requested URL with 삭제/게시중단/블라인드/임시조치/게시물 없음/조치불가/19세 미만 열람 제한",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "removed",
           N[6]: "removed", N[7]: "not_found", N[8]: "rejected", N[9]: "removed", N[10]: "restricted",
           N[11]: "not_found", N[12]: "removed"},
)

case(
    name="naver-cafe-blind-top-posted",
    from_="cafe_help@naver.com", name_from="네이버 카페 운영지원",
    date="Wed, 04 Sep 2024 11:08:51 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 통보",
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하세요, 네이버 카페 운영지원 담당자입니다.

통보해 주신 내용 중 '조용한골짜기모임' 카페(quietvalleyclub)의 게시물 2건은
확인 후 블라인드 처리하였습니다.

- https://cafe.naver.com/quietvalleyclub/48213
- https://cafe.naver.com/quietvalleyclub/48227

그 외 게시물은 각 서비스 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
네이버 카페 운영지원 드림

2024년 9월 3일 (화) 오후 4:02, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
""" + quoted_request("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe support reply top-posted over a Gmail-style quoted KCSC request",
    why="two cafe posts named and 블라인드 처리; the other URLs appear only in the quoted request",
    items={N[4]: "removed", N[5]: "removed", N[1]: "pending", N[7]: "pending", N[12]: "pending"},
)

case(
    name="naver-kin-cafe-english",
    from_="safety-noreply@navercorp.com", name_from="NAVER Trust & Safety",
    date="Thu, 05 Sep 2024 09:31:14 +0900",
    subject="[NAVER] Result of your request KCSC-240903-01 (Knowledge iN / Cafe)",
    body="""Dear KCSC team,

Thank you for your notice dated 3 September 2024 (your ref. KCSC-240903-01).
We have completed our review for two of the URLs in your notice.

Knowledge iN question
https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471203355
We could not locate this question. It was deleted by its author before our
review, so no action on our side was possible.

Cafe post (used-goods trading cafe)
https://cafe.naver.com/joongomarket88/7731024
This listing has been removed for breaching the Cafe operating policy on
prohibited goods, and the cafe manager has been notified.

You can find the Cafe operating policy at
https://help.naver.com/service/5637/contents/18811?lang=ko

Kind regards,
Ji-won Seo
NAVER Trust & Safety (Korea)
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Trust & Safety English result letter to a regulator",
    why="Knowledge iN question deleted by its author before review (not_found); cafe listing removed; help link is not an item",
    items={N[7]: "not_found", N[12]: "removed"},
)

CSV_N = ("\ufeff번호,URL,서비스,처리결과,처리일시\n"
         f"1,{N[1]},블로그,삭제,2024-09-05 10:12\n"
         f"2,{N[2]},블로그,삭제,2024-09-05 10:12\n"
         f"3,{N[3]},블로그,임시조치,2024-09-05 10:15\n"
         f"4,{N[8]},블로그,미조치(위반사항 없음),2024-09-05 10:20\n"
         f"5,{N[11]},블로그,게시물 없음,-\n")
case(
    name="naver-blog-csv-attachment",
    from_="blog-policy@navercorp.com", name_from="네이버 블로그 정책담당",
    date="Thu, 05 Sep 2024 15:03:40 +0900",
    subject="RE: [KCSC-240903-01] 블로그 게시물 조치 결과 송부",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_b243_csv"

--=_nv_b243_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 블로그 정책담당입니다.

요청번호 KCSC-240903-01 중 블로그 게시물 5건의 조치 결과를 첨부 CSV 파일로
송부드립니다. 파일을 확인해 주시기 바랍니다.

네이버 블로그 정책담당 드림

--=_nv_b243_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_blog_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_blog_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_N)}
--=_nv_b243_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog policy team sending a result spreadsheet as a CSV attachment",
    why="CSV with one row per blog URL: 삭제 x2, 임시조치, 미조치(위반사항 없음), 게시물 없음",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[8]: "rejected", N[11]: "not_found"},
)

case(
    name="naver-cafe-url-then-arrow-status",
    from_="jh.kwon@navercorp.com", name_from="권지훈",
    date="Thu, 05 Sep 2024 14:40:22 +0900",
    subject="[KCSC-240903-01] 한빛2030 카페 게시물 처리 결과",
    body="""KCSC 담당자님께,

[KCSC-240903-01] 건 중 한빛2030 카페 게시물 처리 결과입니다.

https://cafe.naver.com/hanbit2030/1190455
→ 게시중단 처리 완료 (9/5 14:20)

https://cafe.naver.com/hanbit2030/1190502
→ 게시중단 처리 완료 (9/5 14:22)

카페 매니저에게도 운영원칙 위반 안내를 발송하였습니다.

권지훈 / NAVER 서비스운영
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER operations staff's short reply, each URL with its result on the line below",
    why="each cafe URL followed by '→ 게시중단 처리 완료' on the next line",
    items={N[6]: "removed", N[9]: "removed"},
)

case(
    name="naver-influencer-age-limit-mixed-lang",
    from_="influencer-ops@navercorp.com", name_from="NAVER 인플루언서 검색 운영",
    date="Fri, 06 Sep 2024 10:15:09 +0900",
    subject="Re: [KCSC-240903-01] 인플루언서 콘텐츠 및 블로그 게시물 관련",
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하세요. NAVER 인플루언서 검색 운영 담당입니다.
(English summary below)

요청하신 인플루언서 콘텐츠
https://in.naver.com/dawnpaper/contents/internal/773410215541120
에 대해 성인 인증 후에만 열람할 수 있도록 19세 미만 이용 제한 조치를 하였습니다.

함께 요청하신 블로그 게시물(https://blog.naver.com/greyfinch_77/223549902214)은
확인 결과 존재하지 않는 게시물입니다.

[English]
- Influencer content (dawnpaper): age restriction applied; users under 19 can no longer view it.
- Blog post (greyfinch_77/223549902214): does not exist.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER influencer-search team reply in Korean with an English summary",
    why="19세 미만 이용 제한 (age-restricted) for the influencer content; the blog post does not exist",
    items={N[10]: "restricted", N[11]: "not_found"},
)

case(
    name="naver-rejected-reason-outlook",
    from_="blog-policy@navercorp.com", name_from="네이버 블로그 정책담당",
    date="Mon, 09 Sep 2024 11:26:47 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 통보",
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하세요. 네이버 블로그 정책담당입니다.

요청하신 https://blog.naver.com/saltwind_diary/223550019876 게시물은 검토 결과
관련 법령이나 블로그 운영정책에 위반되는 내용을 확인하기 어려워 게시물을
유지하기로 결정하였습니다. 판단의 근거가 되는 추가 자료가 있으시면 회신 부탁드립니다.

한편 https://blog.naver.com/greyfinch_77/223548810092 게시물은 삭제하였습니다.

감사합니다.

-----Original Message-----
From: "KCSC 불법정보 대응팀"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-03 (화) 16:02:11 (GMT+09:00)
Subject: [KCSC-240903-01] 불법정보 시정요구 통보

""" + quoted_request("KCSC-240903-01", prefix=""),
    outcome="applied", classification="confirmation",
    imitates="NAVER blog policy refusal with reason, Outlook-style original message below",
    why="one post kept (no violation found: rejected), one deleted; the request below -----Original Message----- is ours",
    items={N[8]: "rejected", N[3]: "removed", N[1]: "pending", N[12]: "pending"},
)

case(
    name="naver-receipt-plus-results",
    from_="helpcustomer@naver.com", name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 18:02:33 +0900",
    subject="[네이버 고객센터] 문의 접수 및 처리 결과 안내 (접수번호 2409-0561-3318)",
    body="""안녕하세요, 네이버 고객센터입니다.

문의하신 내용이 정상 접수되었습니다. (접수번호 2409-0561-3318)
문의 제목: [KCSC-240903-01] 불법정보 시정요구 통보

담당 부서 확인 결과는 아래와 같습니다.

- https://blog.naver.com/greyfinch_77/223549902214 : 삭제 완료
- https://blog.naver.com/moonlit_pier/223551207731 : 임시조치(30일)

이 메일은 발신 전용입니다. 추가 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer centre receipt that also carries the department's results",
    why="receipt wording plus two unhedged item statements: not a pure acknowledgement",
    items={N[11]: "removed", N[2]: "restricted"},
)

case(
    name="naver-first-batch-rest-in-progress",
    from_="policy-support@navercorp.com", name_from="NAVER 정책지원",
    date="Wed, 04 Sep 2024 19:11:02 +0900",
    subject="[KCSC-240903-01] 1차 처리 결과 안내",
    body="""요청번호 KCSC-240903-01 관련 1차 처리 결과를 안내드립니다.

1) https://blog.naver.com/moonlit_pier/223551200418
   - 삭제
2) https://blog.naver.com/greyfinch_77/223548810092
   - 권리자 확인 절차 진행 중 (결과는 추후 회신)
3) https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471203355
   - 검토 중

나머지 게시물도 처리되는 대로 회신드리겠습니다.

NAVER 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER first-batch result with the rest still in progress",
    why="one post deleted; two others explicitly still in progress stay pending",
    items={N[1]: "removed", N[3]: "pending", N[7]: "pending"},
)

# ================================================================ Daum / Tistory (Kakao)
case(
    name="tistory-raw-korean-path-private",
    from_="tistory-safety@kakaocorp.com", name_from="티스토리 운영팀",
    date="Fri, 06 Sep 2024 13:55:18 +0900",
    subject="RE: [KCSC-240904-02] 시정요구 통보에 대한 조치 결과",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""안녕하세요. 카카오 티스토리 운영팀입니다.

요청하신 블로그 게시글에 대해 아래와 같이 조치하였음을 알려드립니다.

{D3_RAW} 게시글은 비공개 처리하였으며,
{D4_RAW} 게시글 역시 비공개 처리하였습니다.

해당 블로그 운영자에게는 운영정책 위반 안내 메일이 발송되었습니다.
Daum 카페 게시물 2건은 Daum 카페 담당 부서에서 별도로 회신드립니다.

카카오 티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Tistory operations reply quoting the blog URLs with raw Korean paths",
    why="both Tistory posts named (raw Hangul path = stored percent-encoded URL) and 비공개 처리 (removed)",
    items={D3: "removed", D4: "removed"},
)

case(
    name="daum-cafe-numbered-fullwidth",
    from_="cafe-help@daum.net", name_from="Daum 카페 고객센터",
    date="Fri, 06 Sep 2024 16:20:44 +0900",
    subject="[Daum 카페] 게시물 조치 결과 안내 (KCSC-240904-02)",
    body="""안녕하세요. Daum 카페 고객센터입니다.
요청번호 KCSC-240904-02로 요청하신 카페 게시물의 처리 결과입니다.

1. 게시물（https://cafe.daum.net/bluepine22/Hq7T/3381）： 운영정책 위반으로 삭제
2. 게시물（https://cafe.daum.net/bluepine22/Hq7T/3396）： 해당 게시물을 찾을 수 없습니다. (이미 삭제되었거나 잘못된 주소입니다)

티스토리 게시글은 티스토리 운영팀에서 따로 안내드릴 예정입니다.

Daum 카페 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe customer centre result list (full-width parentheses and colon around the URLs)",
    why="first post deleted, second cannot be found",
    items={D[1]: "removed", D[2]: "not_found"},
)

QP_DAUM = f"""Dear Korea Communications Standards Commission,

Regarding your notice KCSC-240904-02, please find the outcome below.

We took down the Daum Cafe post https://cafe.daum.net/bluepine22/Hq7T/3381 on
6 September 2024 for violating our operating policy.

For the Tistory post
<{D4[:58]}
{D4[58:]}>
we applied a temporary measure (임시조치) for 30 days under Article 44-2 of the
Network Act. The post is hidden from the public during that period.

Best regards,
Kakao Safety Center
"""
case(
    name="daum-qp-english-wrapped-url",
    from_="safety@kakaocorp.com", name_from="Kakao Safety Center",
    date="Sat, 07 Sep 2024 10:04:31 +0900",
    subject="Re: [KCSC-240904-02] Notice of correction request",
    reply_to_req=mid("KCSC-240904-02"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(QP_DAUM) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Kakao Safety Center English reply, quoted-printable, with a long URL wrapped inside angle brackets",
    why="cafe post taken down; Tistory post under a 30-day 임시조치 (restricted); the URL is split across two lines inside <>",
    items={D[1]: "removed", D[4]: "restricted"},
)

# ================================================================ DC Inside
case(
    name="dc-headings-operator-deleted",
    from_="cs@dcinside.com", name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 12:30:00 +0900",
    subject="[디시인사이드] 게시물 삭제 요청 처리 결과 안내 (KCSC-240905-03)",
    body="""안녕하세요. 디시인사이드 운영팀입니다.
방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 운영자 삭제 완료
https://gall.dcinside.com/board/view/?id=stock_new2&no=8823104
https://gall.dcinside.com/board/view/?id=stock_new2&no=8823377

■ 게시물 없음 (작성자 본인 삭제)
https://gall.dcinside.com/mgallery/board/view/?id=fishingzone&no=441902

나머지 2건은 갤러리 관리자 확인 후 회신드리겠습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations result notice grouped under ■ headings",
    why="two URLs under '운영자 삭제 완료', one under '게시물 없음 (작성자 본인 삭제)'; two unnamed still to come",
    items={C[1]: "removed", C[2]: "removed", C[3]: "not_found"},
)

case(
    name="dc-kept-one-deleted-one",
    from_="cs@dcinside.com", name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 15:47:12 +0900",
    subject="Re: [KCSC-240905-03] 시정요구 통보",
    reply_to_req=mid("KCSC-240905-03"),
    body="""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 낚시 마이너 갤러리 게시물
https://gall.dcinside.com/mgallery/board/view/?id=fishingzone&no=441955 은 삭제 처리되었습니다.

미니 갤러리 게시물 https://gall.dcinside.com/mini/board/view/?id=nightowl7&no=20413 은
검토 결과 게시 내용으로 특정인을 식별할 수 없고 관련 법령 위반 소지도 확인되지 않아
삭제하지 않았습니다. 이 판단에 이의가 있으시면 근거 자료와 함께 회신 주시기 바랍니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply deleting one post and refusing another with its reason",
    why="minor-gallery post deleted; mini-gallery post not deleted because no violation was found (rejected)",
    items={C[4]: "removed", C[5]: "rejected"},
)

case(
    name="dc-statement-then-urls",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date="Sat, 07 Sep 2024 09:12:55 +0900",
    subject="[KCSC-240905-03] 처리 완료",
    body="""아래 게시물은 요청에 따라 삭제 처리되었습니다.
https://gall.dcinside.com/board/view/?id=stock_new2&no=8823104
https://gall.dcinside.com/mgallery/board/view/?id=fishingzone&no=441955

감사합니다.
디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report desk one-liner with the URLs on the lines below the statement",
    why="the statement 'deleted' introduces the two URLs listed below it",
    items={C[1]: "removed", C[4]: "removed"},
)

case(
    name="dc-outlook-top-post-unprefixed-quote",
    from_="legal@dcinside.com", name_from="디시인사이드 법무팀",
    date="Tue, 10 Sep 2024 10:05:39 +0900",
    subject="RE: [KCSC-240905-03] 시정요구 통보",
    reply_to_req=mid("KCSC-240905-03"),
    body="""담당자님 안녕하세요.

https://gall.dcinside.com/board/view/?id=stock_new2&no=8823377 게시물은 삭제하고
작성자에 대해 이용 차단 조치를 하였습니다.
https://gall.dcinside.com/mgallery/board/view/?id=fishingzone&no=441902 글은 확인 결과
존재하지 않는 게시물입니다.

디시인사이드 법무팀 드림

-----Original Message-----
From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 4:10 PM
To: legal@dcinside.com
Subject: [KCSC-240905-03] 시정요구 통보

""" + quoted_request("KCSC-240905-03", prefix=""),
    outcome="applied", classification="confirmation",
    imitates="DC Inside legal team reply above an Outlook original message without '>' prefixes",
    why="two named statements (deleted; does not exist); the request below -----Original Message----- is ours",
    items={C[2]: "removed", C[3]: "not_found", C[1]: "pending", C[5]: "pending"},
)

case(
    name="dc-helpdesk-echoed-report",
    from_="helpdesk@dcinside.com", name_from="디시인사이드 고객센터",
    date="Mon, 09 Sep 2024 20:18:06 +0900",
    subject="[디시인사이드 고객센터] 문의하신 내용에 대한 답변입니다.",
    body="""━━━━━━━━━━ 문의 내용 ━━━━━━━━━━
분류: 게시물 삭제 요청 (기관)
게시물 주소: https://gall.dcinside.com/mini/board/view/?id=nightowl7&no=20413
내용: 방송통신심의위원회 시정요구 KCSC-240905-03 관련하여 위 게시물의 삭제를 요청합니다.

━━━━━━━━━━ 답변 ━━━━━━━━━━
안녕하세요, 디시인사이드 고객센터입니다.
문의하신 게시물은 미니 갤러리 매니저 권한과 별도로 본사 운영팀에서 삭제 처리하였습니다.
이용해 주셔서 감사합니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside help-desk ticket answer that echoes the submitted form above the answer",
    why="the echoed form names the URL; the answer says that post was deleted by head office",
    items={C[5]: "removed"},
)

# ================================================================ SOOP
case(
    name="soop-english-three-outcomes",
    from_="safety@sooplive.co.kr", name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 14:00:27 +0900",
    subject="Re: [KCSC-240906-04] Request for removal of content",
    reply_to_req=mid("KCSC-240906-04"),
    body="""Hello,

Thank you for contacting SOOP. Here is the outcome for the items in your request KCSC-240906-04:

1) https://vod.sooplive.co.kr/player/131904427
   The VOD has been deleted and the streamer received a 7-day broadcast suspension.
2) https://vod.sooplive.co.kr/player/131911850
   The VOD was switched to private by our operations team and can no longer be viewed.
3) https://ch.sooplive.co.kr/redmaple0/post/118830421
   After review we found no breach of our Operating Policy or of Korean law, so the post remains available.

Our Operating Policy: https://www.sooplive.co.kr/policy/operating

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) trust-and-safety outcome letter in English",
    why="VOD deleted; VOD made private by the operator (removed); channel post kept, no breach (rejected)",
    items={S[1]: "removed", S[2]: "removed", S[3]: "rejected"},
)

SOOP_HTML = html_page(
    "<p>안녕하세요. SOOP 운영팀입니다.</p>\n"
    "<p>요청번호 <b>KCSC-240906-04</b> 처리 결과를 안내드립니다.</p>\n"
    + table(["No", "대상 URL", "처리 결과"], [
        ["1", f'<a href="{S[1]}">{S[1]}</a>', "삭제"],
        ["2", f'<a href="{S[2]}">{S[2]}</a>', "19세 이상 시청 제한 설정"],
        ["3", f'<a href="{S[3]}">{S[3]}</a>', "게시물 없음 (작성자 삭제)"],
    ]) + "\n<p>SOOP 운영팀 드림</p>")
case(
    name="soop-html-table-empty-text-part",
    from_="noreply@sooplive.co.kr", name_from="SOOP 운영팀",
    date="Tue, 10 Sep 2024 11:21:50 +0900",
    subject="[SOOP] 요청하신 게시물 처리 결과 안내",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="soop_b243_alt"

--soop_b243_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

HTML 메일을 지원하지 않는 환경입니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.

--soop_b243_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(SOOP_HTML)}
--soop_b243_alt--
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP HTML notice whose text/plain alternative only says HTML is required",
    why="HTML table: deleted; 19세 이상 시청 제한 (age-restricted); 게시물 없음 (not_found)",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "not_found"},
)

case(
    name="soop-korean-particles-on-urls",
    from_="ops@sooplive.co.kr", name_from="SOOP 서비스운영",
    date="Wed, 11 Sep 2024 09:44:16 +0900",
    subject="RE: [KCSC-240906-04] 시정요구 통보",
    reply_to_req=mid("KCSC-240906-04"),
    body="""안녕하세요, SOOP 서비스운영팀입니다.

https://vod.sooplive.co.kr/player/131904427는 운영정책 위반으로 삭제되었습니다.
또한 https://ch.sooplive.co.kr/redmaple0/post/118830421의 게시글은 블라인드 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP staff reply with Korean particles written directly after the URLs",
    why="'…131904427는 … 삭제', '…118830421의 게시글은 블라인드': particles 는/의 are not part of the URLs",
    items={S[1]: "removed", S[3]: "removed"},
)

# ================================================================ Nate
case(
    name="nate-pann-sole-no-url",
    from_="pann-admin@skcomms.co.kr", name_from="네이트 판 운영자",
    date="Tue, 10 Sep 2024 16:33:08 +0900",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-05"),
    body="""안녕하세요. 네이트 판 운영자입니다.

요청하신 게시물은 9월 10일 오후 삭제 처리하였습니다.

감사합니다.
SK커뮤니케이션즈 네이트 판 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann operator's one-line deletion reply in the request thread",
    why="one-item request, reply in its thread: '요청하신 게시물은 … 삭제 처리' covers the single item",
    items={T1: "removed"},
)

case(
    name="nate-pann-angle-bracket-blind",
    from_="cs@nate.com", name_from="네이트 고객센터",
    date="Wed, 11 Sep 2024 10:02:41 +0900",
    subject="[네이트] 신고 게시물 처리 안내 (KCSC-240909-05)",
    body="""안녕하세요, 네이트 고객센터입니다.

신고하신 판 게시물 <https://pann.nate.com/talk/372981455> 을 블라인드 처리했습니다.
게시자에게는 이용약관 위반 안내가 발송되었습니다.

네이트 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Nate customer centre notice with the URL in angle brackets",
    why="the named Pann post was blinded (블라인드 = removed)",
    items={T1: "removed"},
)

# ================================================================ FM Korea
case(
    name="fmkorea-bullets-mixed-lang",
    from_="admin@fmkorea.com", name_from="에펨코리아 운영진",
    date="Thu, 12 Sep 2024 13:15:02 +0900",
    subject="Re: [KCSC-240910-06] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=mid("KCSC-240910-06"),
    body="""안녕하세요, 에펨코리아 운영진입니다. / Hello, this is the FM Korea admin team.

• https://www.fmkorea.com/7420118835 : 삭제 완료 (deleted), 작성자 영구 정지
• https://www.fmkorea.com/7420231907 : 유지 - 사이트 규정 및 법령 위반 소지 없음 (kept: no breach of our rules or of the law)

문의는 이 메일로 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea admin reply in bilingual bullets",
    why="first post deleted, second kept with the reason that nothing was breached (rejected)",
    items={F[1]: "removed", F[2]: "rejected"},
)

FM_B64 = """안녕하세요. 에펨코리아 운영팀입니다.

요청하신 두 게시물(https://www.fmkorea.com/7420118835, https://www.fmkorea.com/7420231907)은
모두 삭제 처리되었으며, 작성자는 이용 정지되었습니다.

에펨코리아 운영팀 드림
"""
case(
    name="fmkorea-base64-both-named",
    from_="support@fmkorea.com", name_from="에펨코리아 운영팀",
    date="Wed, 11 Sep 2024 22:07:19 +0900",
    subject="=?UTF-8?B?W0tDU0MtMjQwOTEwLTA2XSDsspjrpqwg6rKw6rO8IOyViOuCtA==?=",
    reply_to_req=mid("KCSC-240910-06"),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(FM_B64) + "\n",
    outcome="applied", classification="confirmation",
    imitates="FM Korea staff mail sent base64-encoded with an encoded-word subject",
    why="both requested posts named in parentheses and 모두 삭제 처리",
    items={F[1]: "removed", F[2]: "removed"},
)

# ================================================================ Ppomppu
case(
    name="ppomppu-url-colon-status",
    from_="admin@ppomppu.co.kr", name_from="뽐뿌 운영자",
    date="Thu, 12 Sep 2024 17:48:30 +0900",
    subject="RE: [KCSC-240911-07] 시정요구 통보",
    reply_to_req=mid("KCSC-240911-07"),
    body="""뽐뿌 운영자입니다. 요청 건 처리 결과 알려드립니다.

- https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120487 : 삭제
- https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120533 : 해당 글 없음 (작성자 탈퇴로 삭제된 글)
- https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410921 : 비회원 접근 제한 (로그인 회원만 열람)

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu admin's terse list reply",
    why="deleted; no such post (deleted with the author's account); access restricted to logged-in members",
    items={P[1]: "removed", P[2]: "not_found", P[3]: "restricted"},
)

case(
    name="ppomppu-text-table",
    from_="report@ppomppu.co.kr", name_from="뽐뿌 신고센터",
    date="Fri, 13 Sep 2024 09:30:12 +0900",
    subject="[뽐뿌] KCSC-240911-07 처리 결과",
    body="""안녕하세요. 뽐뿌 신고센터입니다. 처리 결과는 다음과 같습니다.

| URL                                                                 | 처리 |
|---------------------------------------------------------------------|------|
| https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120533   | 삭제 |
| https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410921       | 삭제 |

뽐뿌 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu report desk reply with a plain-text (markdown-like) table",
    why="two rows, each URL with 삭제",
    items={P[2]: "removed", P[3]: "removed"},
)

# ================================================================ review
case(
    name="naver-promise-will-suspend",
    from_="policy-support@navercorp.com", name_from="NAVER 정책지원",
    date="Wed, 04 Sep 2024 10:20:00 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 통보",
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하세요, 네이버 정책지원팀입니다.

요청하신 https://cafe.naver.com/quietvalleyclub/48227 및
https://cafe.naver.com/hanbit2030/1190455 게시물은 담당 부서에서 확인 중이며,
확인이 완료되는 대로 게시중단 조치될 예정입니다.
처리 결과는 9월 12일까지 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising a 게시중단 once checked",
    why="'확인 중', '조치될 예정': promises, not statements; the two posts stay pending",
    items={N[5]: "pending", N[6]: "pending"},
)

case(
    name="dc-hedged-english",
    from_="global@dcinside.com", name_from="DCInside Global Support",
    date="Sat, 07 Sep 2024 15:16:45 +0900",
    subject="Re: [KCSC-240905-03] Correction request",
    reply_to_req=mid("KCSC-240905-03"),
    body="""Hi,

We looked at the first two links in your request.
https://gall.dcinside.com/board/view/?id=stock_new2&no=8823104 appears to have
been removed already, and https://gall.dcinside.com/board/view/?id=stock_new2&no=8823377
may have been hidden by the gallery manager. We are checking the logs to confirm
and will get back to you.

Best,
DCInside Global Support
""",
    outcome="review", review="not_understood",
    imitates="DC Inside global-support reply with hedged observations",
    why="'appears to have been removed', 'may have been hidden', 'checking the logs': hedges, nothing stated",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    from_="policy-support@navercorp.com", name_from="NAVER 정책지원",
    date="Tue, 10 Sep 2024 09:05:33 +0900",
    subject="RE: [KCSC-240903-01] 조치 완료 회신",
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하십니까, 네이버 정책지원팀입니다.

요청번호 KCSC-240903-01로 요청하신 게시물 12건 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-sentence 'all done' reply to a multi-item 시정요구",
    why="'12건 전체 게시중단' names no URL for a 12-item request: bulk",
    items={u: "pending" for u in N.values()},
)

case(
    name="daum-bulk-english",
    from_="safety@kakaocorp.com", name_from="Kakao Safety Center",
    date="Mon, 09 Sep 2024 11:40:20 +0900",
    subject="Re: [KCSC-240904-02] Notice of correction request",
    reply_to_req=mid("KCSC-240904-02"),
    body="""Dear KCSC,

All of the posts listed in your notice KCSC-240904-02 have been taken down.

Kind regards,
Kakao Safety Center
""",
    outcome="review", review="bulk",
    imitates="Kakao one-line bulk confirmation",
    why="'all of the posts … taken down' for a four-item request without naming them",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending"},
)

case(
    name="naver-dmarc-fail-relay",
    from_="policy-support@navercorp.com", name_from="NAVER 정책지원",
    auth="fail",
    date="Thu, 05 Sep 2024 08:58:12 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 조치결과",
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하세요, 네이버 정책지원팀입니다.

아래 게시물은 삭제 완료되었습니다.
https://blog.naver.com/moonlit_pier/223551200418
https://blog.naver.com/moonlit_pier/223551207731
https://blog.naver.com/greyfinch_77/223548810092

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result that reached us through a relay and failed DMARC",
    why="From navercorp.com but dkim/spf/dmarc fail: statements cannot be trusted",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    from_="quietvalley.mgr@gmail.com", name_from="조용한골짜기 카페매니저",
    date="Thu, 05 Sep 2024 22:41:09 +0900",
    subject="KCSC-240903-01 관련 카페 글 삭제했습니다",
    body="""안녕하세요. 네이버 카페 '조용한골짜기모임' 매니저입니다.
네이버 쪽에서 연락받고 보니 저희 카페 글이 신고되었다고 해서요.

https://cafe.naver.com/quietvalleyclub/48213 글은 제가 방금 삭제했습니다.
앞으로 카페 관리 잘 하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a NAVER cafe manager writing from a personal Gmail address",
    why="not NAVER's domain: a cafe manager's word is not the platform's statement",
    items={N[4]: "pending"},
)

case(
    name="clien-about-ppomppu-link",
    from_="admin@clien.net", name_from="클리앙 운영팀",
    date="Thu, 12 Sep 2024 11:02:58 +0900",
    subject="Re: [KCSC-240911-07] 시정요구 통보",
    reply_to_req=mid("KCSC-240911-07"),
    body="""안녕하세요, 클리앙 운영팀입니다.

보내주신 요청을 받았는데, 적어주신 주소는 저희 클리앙이 아니라 뽐뿌 게시물입니다.
참고로 https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120487 링크는
열어보니 이미 삭제된 글로 나옵니다.

수신처를 확인하시어 해당 사이트로 다시 보내주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Clien admin answering a request addressed to it by mistake",
    why="Clien (trusted for Clien) states a status for a Ppomppu item: wrong platform",
    items={P[1]: "pending"},
)

case(
    name="soop-asks-official-letter",
    from_="safety@sooplive.co.kr", name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 10:12:44 +0900",
    subject="RE: [KCSC-240906-04] 시정요구 통보 - 추가 자료 요청",
    reply_to_req=mid("KCSC-240906-04"),
    body="""안녕하세요. SOOP 운영팀입니다.

요청하신 VOD 2건(https://vod.sooplive.co.kr/player/131904427,
https://vod.sooplive.co.kr/player/131911850)에 대한 조치를 진행하기 위해
아래 자료를 보내주시기 바랍니다.

1. 시정요구 공문 (기관 직인이 날인된 PDF)
2. 각 VOD의 문제 구간 (재생 시각, 예: 01:12:30~01:15:00)

자료를 받는 대로 검토하여 결과를 안내드리겠습니다.

SOOP 운영팀 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="SOOP request for the official letter and timestamps before acting",
    why="asks for documents before acting; nothing is stated about the VODs",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="fmkorea-contact-change-notice",
    from_="admin@fmkorea.com", name_from="에펨코리아 운영진",
    date="Fri, 13 Sep 2024 14:00:00 +0900",
    subject="[에펨코리아] 기관 신고 창구 변경 안내",
    body="""안녕하세요. 에펨코리아 운영진입니다.

2024년 9월 23일부터 관공서 및 기관의 게시물 삭제 요청은 전용 창구
(report@fmkorea.com)로 보내주시기 바랍니다. 기존 주소로 보내주신 메일도
당분간은 확인하지만 처리가 늦어질 수 있습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="FM Korea notice that the reporting address changes",
    why="trusted FM Korea mail naming no item and no request",
    items={},
)

case(
    name="ppomppu-scheduled-and-legal-review",
    from_="admin@ppomppu.co.kr", name_from="뽐뿌 운영자",
    date="Thu, 12 Sep 2024 09:10:05 +0900",
    subject="RE: [KCSC-240911-07] 시정요구 통보",
    reply_to_req=mid("KCSC-240911-07"),
    body="""뽐뿌 운영자입니다.

https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120487 은 내부 검토 후 삭제 예정이고,
https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410921 은 법무 검토 중입니다.
결과 나오면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Ppomppu admin's interim reply",
    why="'삭제 예정' is a promise and '법무 검토 중' is under review: both stay pending",
    items={P[1]: "pending", P[3]: "pending"},
)

case(
    name="nate-summary-contradicts-detail",
    from_="pann-admin@skcomms.co.kr", name_from="네이트 판 운영자",
    date="Wed, 11 Sep 2024 15:27:36 +0900",
    subject="[네이트 판] 게시물 처리 결과 (KCSC-240909-05)",
    body="""[처리 결과 요약] 삭제 완료

[상세 내용]
- 대상 게시물: https://pann.nate.com/talk/372981455
- 검토 의견: 게시글에 특정인을 지칭하는 표현이 없어 명예훼손에 해당한다고 보기 어려움
- 처리 내용: 위반 사항이 확인되지 않아 게시물 유지

네이트 판 운영팀
""",
    outcome="review", review="conflicting_statements",
    imitates="Nate Pann result form whose summary line was not updated",
    why="summary says 삭제 완료, detail says the post is kept: a clerk cannot pick one",
    items={T1: "pending"},
)

case(
    name="naver-forwards-cafe-manager",
    from_="jh.kwon@navercorp.com", name_from="권지훈",
    date="Fri, 06 Sep 2024 09:14:27 +0900",
    subject="Fwd: 카페 게시글 삭제 완료 (KCSC-240903-01)",
    body="""KCSC 담당자님, 카페 매니저가 보내온 회신을 전달드립니다.

---------- Forwarded message ---------
보낸사람: 조용한골짜기 카페매니저 <quietvalley.mgr@gmail.com>
Date: 2024년 9월 5일 (목) 오후 10:38
Subject: 카페 게시글 삭제 완료
To: <jh.kwon@navercorp.com>

매니저입니다. 말씀하신 글 두 개 모두 지웠습니다.
https://cafe.naver.com/quietvalleyclub/48213
https://cafe.naver.com/quietvalleyclub/48227
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="NAVER staff forwarding a cafe manager's own reply",
    why="the deletion statement is the cafe manager's, forwarded by NAVER without NAVER's own confirmation",
    items={N[4]: "pending", N[5]: "pending"},
)

# ================================================================ ignored
case(
    name="naver-ooo-chuseok",
    from_="sy.han@navercorp.com", name_from="한서연",
    date="Tue, 03 Sep 2024 16:02:40 +0900",
    subject="[자동회신] 부재중 안내 (Re: [KCSC-240903-01] 불법정보 시정요구 통보)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하세요. 한서연입니다.
9월 13일(금)까지 휴가 및 추석 연휴로 부재중입니다.
급한 업무는 정책지원팀 대표 메일(policy-support@navercorp.com)로 보내주시기 바랍니다.

I am out of the office until 13 September with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="NAVER employee out-of-office over the Chuseok holiday",
    why="auto-reply (Auto-Submitted: auto-replied), no statement",
    items={},
)

DSN_DC = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b243_dc"

--dsn_b243_dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<takedown-legal@dcinside.com>: host mx1.dcinside.com[203.0.113.45] said:
    550 5.1.1 <takedown-legal@dcinside.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn_b243_dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Thu,  5 Sep 2024 16:10:31 +0900 (KST)

Final-Recipient: rfc822; takedown-legal@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn_b243_dc
Content-Type: message/rfc822

From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
To: takedown-legal@dcinside.com
Subject: [KCSC-240905-03] 시정요구 통보
Date: Thu, 5 Sep 2024 16:10:11 +0900
Message-ID: <{mid("KCSC-240905-03")}@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request("KCSC-240905-03", prefix="")}

--dsn_b243_dc--
"""
case(
    name="dc-dsn-user-unknown",
    from_="MAILER-DAEMON@mx1.dcinside.com", name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 16:10:33 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN_DC,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) returning our request with its URLs",
    why="a bounce; the URLs are only in our returned request",
    items={C[1]: "pending"},
)

case(
    name="soop-mdn-read",
    from_="safety@sooplive.co.kr", name_from="SOOP Trust & Safety",
    date="Fri, 06 Sep 2024 17:25:09 +0900",
    subject="읽음: [KCSC-240906-04] 시정요구 통보",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b243_soop"

--mdn_b243_soop
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

제목: [KCSC-240906-04] 시정요구 통보
읽은 시간: 2024-09-06 (금) 17:25

--mdn_b243_soop
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Webmail
Final-Recipient: rfc822; safety@sooplive.co.kr
Original-Message-ID: <{mid("KCSC-240906-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b243_soop--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN) in Korean",
    why="read receipt only",
    items={},
)

case(
    name="fmkorea-ticket-receipt",
    from_="help@fmkorea.com", name_from="에펨코리아 고객센터",
    date="Tue, 10 Sep 2024 16:45:02 +0900",
    subject="[에펨코리아 고객센터] 문의가 접수되었습니다 (#FM-2409-10772)",
    body="""안녕하세요. 에펨코리아 고객센터입니다.

보내주신 문의(요청번호 KCSC-240910-06)가 정상적으로 접수되었습니다.
접수번호: #FM-2409-10772

담당자 확인 후 접수 순서대로 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="FM Korea help-desk ticket receipt",
    why="pure acknowledgement with a ticket number, no statement",
    items={},
)

case(
    name="kakao-report-received-english",
    from_="no-reply@kakaocorp.com", name_from="Kakao Safety Center",
    date="Wed, 04 Sep 2024 17:03:55 +0900",
    subject="We've received your report (Case 2409-K-55812)",
    body="""Hello,

We've received your report regarding KCSC-240904-02 and opened case 2409-K-55812.
Our team will review it and contact you if we need anything else.

Please do not reply to this message.
Kakao Safety Center
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao automated case-opened receipt",
    why="receipt only: the report was received and a case opened",
    items={},
)

case(
    name="ppomppu-ooo-bilingual",
    from_="legal@ppomppu.co.kr", name_from="뽐뿌 법무담당",
    date="Wed, 11 Sep 2024 16:30:20 +0900",
    subject="Automatic reply: [KCSC-240911-07] 시정요구 통보",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: legal@ppomppu.co.kr"],
    reply_to_req=mid("KCSC-240911-07"),
    body="""안녕하세요. 9월 12일~9월 18일 추석 연휴 기간 동안 메일 확인이 어렵습니다.
연휴 이후 순차적으로 회신드리겠습니다.

Thank you for your email. I am away from 12 to 18 September and will reply after my return.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange automatic reply over Chuseok",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="nate-dsn-delayed",
    from_="postmaster@skcomms.co.kr", name_from="Mail Delivery Subsystem",
    date="Mon, 09 Sep 2024 20:12:44 +0900",
    subject="Warning: message delayed 4 hours",
    extra_headers=["Auto-Submitted: auto-generated"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b243_nate"

--dsn_b243_nate
Content-Type: text/plain; charset=us-ascii

**********************************************
**      THIS IS A WARNING MESSAGE ONLY      **
**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
**********************************************

The original message was received at Mon, 9 Sep 2024 16:05:12 +0900
The following addresses had transient non-fatal errors:
<pann-report@skcomms.co.kr>
    (reason: 451 4.3.0 Mail server temporarily rejected message)

--dsn_b243_nate
Content-Type: message/delivery-status

Reporting-MTA: dns; relay2.skcomms.co.kr

Final-Recipient: RFC822; pann-report@skcomms.co.kr
Action: delayed
Status: 4.3.0
Will-Retry-Until: Thu, 12 Sep 2024 16:05:12 +0900

--dsn_b243_nate
Content-Type: text/rfc822-headers

From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
To: pann-report@skcomms.co.kr
Subject: [KCSC-240909-05] 시정요구 통보
Message-ID: <{mid("KCSC-240909-05")}@kcsc.example>
Date: Mon, 9 Sep 2024 16:05:10 +0900

--dsn_b243_nate--
""",
    outcome="ignored", classification="bounce",
    imitates="sendmail 'message delayed' warning DSN",
    why="delivery-delay DSN, no statement",
    items={},
)


HEADER = """# Blind set 243 (tests/corpus/blind243/): Korean portals and community
# sites (NAVER, Daum/Tistory, DC Inside, SOOP, Nate Pann, FM Korea, Ppomppu;
# Clien as a wrong platform) in Korean and English, with the doubtful and
# ignorable mail of a regulator's mailbox. Generated by make.py; expected
# results written from each email's meaning before any run of the reader."""


def enc_word(s):
    """RFC 2047 B-encoding, as Korean webmail writes non-ASCII headers."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def main():
    write_requests()
    for n, c in enumerate(CASES):
        c["from"] = c.pop("from_")
        if not c["name_from"].isascii():
            c["name_from"] = enc_word(c["name_from"])
        # Half the non-ASCII subjects encoded, half raw UTF-8 (RFC 6532), as mail arrives.
        if not c["subject"].isascii() and n % 2 == 0:
            c["subject"] = enc_word(c["subject"])
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
