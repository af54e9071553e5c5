#!/usr/bin/env python3
"""Blind set blind927: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, Clien, Ppomppu, FM Korea), Korean and English
mixed, with the doubtful and ignorable mail a regulator's mailbox receives.

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
Expected results were written from each email's meaning, before any run of
the reader.

    python3 tests/corpus/blind927/make.py
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind927"

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/sunny_haru77/223561004821",
    2: "https://blog.naver.com/sunny_haru77/223561009930",
    3: "https://cafe.naver.com/dongnaemarket/118204",
    4: "https://cafe.naver.com/dongnaemarket/118377",
    5: "https://cafe.naver.com/joonggo4u/5520931",
    6: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120398",
    7: "https://m.blog.naver.com/greenpine_lab/223549117702",
    8: "https://blog.naver.com/greenpine_lab/223549120456",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38817402&memberNo=5520113",
    10: "https://cafe.naver.com/bikers1004/774310",
    11: "https://blog.naver.com/k_dalbit/223570338815",
    12: "https://tv.naver.com/v/58812047",
}
D3_RAW = "https://moonlit-notes.tistory.com/entry/중고거래-후기"
D = {
    1: "https://cafe.daum.net/sosohanmom/LkR7/2281",
    2: "https://cafe.daum.net/sosohanmom/LkR7/2290",
    3: "https://moonlit-notes.tistory.com/entry/%EC%A4%91%EA%B3%A0%EA%B1%B0%EB%9E%98-%ED%9B%84%EA%B8%B0",
    4: "https://cafe.daum.net/hanbit-auto/9xQm/10422",
}
G = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9931204",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9931877",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinvest&no=441208",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coinvest&no=441315",
    5: "https://gall.dcinside.com/mini/board/view/?id=nightowls&no=20917",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131880442",
    2: "https://vod.sooplive.co.kr/player/131882019",
    3: "https://ch.sooplive.co.kr/moonrabbit92/post/88410277",
}
F = {
    1: "https://www.fmkorea.com/7420118836",
    2: "https://www.fmkorea.com/7420553190",
}
C = {1: "https://www.clien.net/service/board/park/18803412"}
P = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8830125",
    2: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8830411",
    3: "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4471902",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, items, category, msgid, note
    ("KCSC-240902-01", "naver", "2024-09-02T01:30:00Z", "2024-09-09T14:59:59Z", N,
     "illegal_gambling", "req-240902-01", "gambling promotion across blogs and cafes"),
    ("KCSC-240903-02", "daum", "2024-09-03T02:10:00Z", "2024-09-10T14:59:59Z", D,
     "fraud", "req-240903-02", "second-hand trade fraud"),
    ("KCSC-240904-03", "dcinside", "2024-09-04T00:45:00Z", "2024-09-11T14:59:59Z", G,
     "privacy", "req-240904-03", "personal data exposed in galleries"),
    ("KCSC-240905-04", "soop", "2024-09-05T05:20:00Z", "2024-09-12T14:59:59Z", S,
     "obscenity", "req-240905-04", "VOD and channel post"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T03:00:00Z", "2024-09-13T14:59:59Z", F,
     "defamation", "req-240906-05", ""),
    ("KCSC-240909-06", "clien", "2024-09-09T01:15:00Z", "2024-09-16T14:59:59Z", C,
     "privacy", "req-240909-06", "single post"),
    ("KCSC-240910-07", "ppomppu", "2024-09-10T04:40:00Z", "2024-09-17T14:59:59Z", P,
     "illegal_drugs", "req-240910-07", ""),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, items, cat, mid, note in REQUESTS:
        for k in sorted(items):
            lines.append(",".join([ref, plat, sent, due, items[k], cat, mid + "@kcsc.example", note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def hb(s):
    """RFC 2047 B-encoded header word for non-ASCII text."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(text, width=76):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + width] for i in range(0, len(raw), width))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


REQ_KO_ALL = "\n".join(f"{i}. {N[i]}" for i in sorted(N))

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# 1 -- NAVER: KCSC 시정요구 조치결과 as an HTML table, all 12 items.
rows = [
    (1, "삭제", "불법 도박 사이트 홍보"),
    (2, "임시조치(30일)", "권리침해 신고 병합 처리"),
    (3, "삭제", ""),
    (4, "게시물 없음", "작성자 자진 삭제"),
    (5, "조치 불가", "운영원칙 위반 사항 확인되지 않음, 게시 유지"),
    (6, "삭제", ""),
    (7, "블라인드", ""),
    (8, "임시조치(30일)", ""),
    (9, "게시물 없음", "존재하지 않는 주소"),
    (10, "삭제", ""),
    (11, "접근 제한", "19세 미만 열람 제한 설정"),
    (12, "게시중단", "동영상 재생 중단"),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td>{N[i].replace('&', '&amp;')}</td><td>{st}</td><td>{note}</td></tr>"
    for i, st, note in rows
)
html1 = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240902-01)에 대한 네이버㈜의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{trs}
</table>
<p>조치일: 2024.09.05</p>
<p>네이버 정책지원팀 드림<br>
<a href="https://policy.naver.com/policy/service.html">네이버 운영정책</a></p>
</body></html>"""
case(name="naver-kcsc-result-html-table", date="Thu, 05 Sep 2024 16:42:10 +0900",
     **{"from": "policy-support@navercorp.com"}, name_from=hb("네이버 정책지원팀"),
     subject=hb("[회신] 시정요구 조치결과 통보 (KCSC-240902-01)"), reply_to_req="req-240902-01",
     raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(html1),
     outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 회신 table (연번/URL/조치결과/비고) as Korean portals return it",
     why="trusted NAVER table stating one result per requested URL; & escaped as &amp; in the cells",
     items={N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "not_found",
            N[5]: "rejected", N[6]: "removed", N[7]: "removed", N[8]: "restricted",
            N[9]: "not_found", N[10]: "removed", N[11]: "restricted", N[12]: "removed"})

# 2 -- NAVER: CSV attachment (Excel-style, BOM) for five items.
csv2 = "\ufeff번호,URL,처리결과,처리일시,비고\r\n" + "".join(
    f"{i},{N[i]},{st},2024-09-06 11:{10 + i:02d},{note}\r\n"
    for i, st, note in [
        (1, "삭제", ""),
        (2, "삭제", ""),
        (3, "임시조치", "30일"),
        (4, "게시물 없음", "작성자 삭제"),
        (5, "유지", "위반 아님"),
    ]
)
text2 = """안녕하세요, 네이버 게시물 신고센터입니다.

KCSC-240902-01 건 중 블로그·카페 게시물 5건의 처리 결과를
첨부 파일(CSV)로 보내드립니다. 나머지 게시물은 검토가 끝나는 대로
별도로 회신드리겠습니다.

감사합니다.
네이버 게시물 신고센터
"""
case(name="naver-csv-attachment", date="Fri, 06 Sep 2024 11:31:05 +0900",
     **{"from": "report-center@naver.com"}, name_from=hb("네이버 신고센터"),
     subject=hb("RE: [KCSC-240902-01] 불법정보 게시물 조치 요청"), reply_to_req="req-240902-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_b2_0906"

--=_nv_b2_0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(text2)}
--=_nv_b2_0906
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv2)}
--=_nv_b2_0906--
""",
     outcome="applied", classification="confirmation",
     imitates="portal result sheet sent as a spreadsheet/CSV attachment to a regulator",
     why="trusted NAVER CSV with one row per URL; the body's promise about the rest names no item",
     items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"})

# 3 -- NAVER: numbered list, status on the line below each URL.
case(name="naver-numbered-list-arrow", date="Fri, 06 Sep 2024 17:05:44 +0900",
     **{"from": "noreply-right@navercorp.com"}, name_from=hb("네이버 권리보호센터"),
     subject=hb("[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)"), reply_to_req="req-240902-01",
     body=f"""방송통신심의위원회 담당자님, 안녕하세요.
네이버 권리보호센터입니다.

요청하신 게시물 중 아래 4건의 처리 결과를 안내드립니다.

1. {N[6]}
   → 지식iN 운영정책 위반으로 삭제
2. {N[7]}
   → 블라인드 처리
3. {N[8]}
   → 블라인드 처리
4. {N[9]}
   → 해당 주소의 게시물이 존재하지 않습니다(이미 삭제되었거나 잘못된 주소)

처리 결과에 이의가 있으시면 권리보호센터(https://right.naver.com/)로 문의해 주세요.

※ 본 메일은 발신 전용입니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 권리보호센터 게시중단 처리 결과 안내 mail",
     why="each URL followed by its own result on the next line",
     items={N[6]: "removed", N[7]: "removed", N[8]: "removed", N[9]: "not_found"})

# 4 -- NAVER in English: bare URL, status on the line below.
case(name="naver-english-url-status-below", date="Sat, 07 Sep 2024 09:12:30 +0900",
     **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
     subject="Re: KCSC-240902-01 removal request - partial results", reply_to_req="req-240902-01",
     body=f"""Dear KCSC team,

Please find our decisions for three of the items in your request below.

{N[10]}
Status: Removed (illegal gambling advertisement)

{N[11]}
Status: Age-restricted. The post can no longer be viewed by users under 19.

{N[12]}
Status: No action. After review the video does not violate the NAVER TV
operating policy or Korean law, and it remains available.

Our operating policy: https://policy.naver.com/rules/service.html
If you disagree with a decision you may ask for a second review at
https://right.naver.com/report/reason

Kind regards,
Hyunwoo Seo
NAVER Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="abuse-desk decision mail with 'Status:' line under each reported URL",
     why="removed, age-restricted and a refusal with its reason; policy/appeal links are not items",
     items={N[10]: "removed", N[11]: "restricted", N[12]: "rejected"})

# 5 -- NAVER: top-posted reply above our whole request (Outlook original).
case(name="naver-top-posted-over-request", date="Mon, 09 Sep 2024 10:03:51 +0900",
     **{"from": "jiyoon.han@navercorp.com"}, name_from=hb("한지윤"),
     subject=hb("RE: [KCSC-240902-01] 불법정보 게시물 조치 요청"), reply_to_req="req-240902-01",
     body=f"""안녕하세요, 네이버 카페 운영팀 한지윤입니다.

요청하신 게시물 중 동네마켓 카페의 아래 2건은 카페 운영원칙 위반으로
삭제 조치하였습니다.

{N[3]}
{N[4]}

나머지 게시물은 각 서비스 담당 부서에서 회신드릴 예정입니다.

한지윤 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-02 (월) 10:30:00
Subject: [KCSC-240902-01] 불법정보 게시물 조치 요청

네이버 담당자님께,

정보통신망법에 따라 아래 게시물에 대한 삭제 또는 접속차단을 요청합니다.
조치 결과를 2024년 9월 9일까지 회신해 주시기 바랍니다.

{REQ_KO_ALL}

방송통신심의위원회 불법정보대응팀
""",
     outcome="applied", classification="confirmation",
     imitates="Korean Outlook-style top-posted reply over the regulator's own request",
     why="only the two URLs above the original message are stated deleted; the quoted list is our request",
     items={N[3]: "removed", N[4]: "removed"})

# 6 -- NAVER: Korean particles glued to URLs, angle brackets.
case(name="naver-particles-after-urls", date="Tue, 10 Sep 2024 14:27:09 +0900",
     **{"from": "blog-cs@naver.com"}, name_from=hb("네이버 블로그 고객센터"),
     subject=hb("Re: [KCSC-240902-01] 게시물 조치 결과"), reply_to_req="req-240902-01",
     body=f"""안녕하세요. 네이버 블로그·카페 고객센터입니다.

{N[2]}의 경우 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
게시자가 기간 안에 재게시를 요청하지 않으면 이후 삭제됩니다.

<{N[5]}>은 개인 간 중고 물품 거래 글로, 검토 결과 카페 운영원칙이나
관련 법령에 어긋나는 내용을 찾지 못해 게시를 유지합니다.

추가 자료가 있으시면 회신 부탁드립니다.
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 임시조치 notice and a refusal letter written as prose",
     why="URL followed by 의 경우 is put under 임시조치 (restricted); the bracketed one stays up for a stated reason",
     items={N[2]: "restricted", N[5]: "rejected"})

# 7 -- Kakao: raw Korean Tistory path, and a Daum cafe post.
case(name="daum-tistory-raw-korean-path", date="Wed, 04 Sep 2024 18:20:00 +0900",
     **{"from": "notice@kakaocorp.com"}, name_from=hb("카카오 고객센터"),
     subject=hb("[카카오] 권리침해 신고 처리 결과 안내 (KCSC-240903-02)"), reply_to_req="req-240903-02",
     body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물의 처리 결과를 알려드립니다.

■ 티스토리
 - {D3_RAW}
 - 결과: 임시조치(30일) 적용

■ 다음 카페
 - {D[1]}
 - 결과: 운영정책 위반으로 삭제

자세한 운영정책은 https://www.kakao.com/policy/oppolicy 에서 확인하실 수 있습니다.

카카오 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 고객센터 권리침해 신고 처리 결과 안내 (Tistory 임시조치, Daum cafe deletion)",
     why="the Tistory URL is written with its raw Korean path; it matches the percent-encoded request URL",
     items={D[3]: "restricted", D[1]: "removed"})

# 8 -- Daum: quoted-printable Korean body, bullets.
text8 = f"""안녕하세요. Daum 카페 운영팀입니다.

KCSC-240903-02 요청 건 중 2건에 대한 처리 결과입니다.

- {D[2]} : 블라인드 처리 완료
- {D[4]} : 이미 삭제되어 존재하지 않는 게시물입니다

감사합니다.
"""
case(name="daum-qp-bullets", date="Thu, 05 Sep 2024 11:48:33 +0900",
     **{"from": "cafe-op@daum.net"}, name_from=hb("Daum 카페 운영팀"),
     subject=hb("Re: [KCSC-240903-02] 게시물 조치 요청"), reply_to_req="req-240903-02",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(text8),
     outcome="applied", classification="confirmation",
     imitates="Daum cafe operator reply (블라인드 / 이미 삭제된 게시물), quoted-printable",
     why="two bullets, each URL with its own result after a colon",
     items={D[2]: "removed", D[4]: "not_found"})

# 9 -- Kakao in English.
case(name="daum-english-decisions", date="Fri, 06 Sep 2024 20:05:17 +0900",
     **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety Center",
     subject="[Kakao] Outcome of your report KCSC-240903-02", reply_to_req="req-240903-02",
     body=f"""Hello,

Thank you for your report. We have completed our review of the following
items:

* {D[3]}
  We removed this Tistory post for violating our policy on fraudulent
  transactions.

* {D[4]}
  We did not find a violation of the Daum Cafe operating policy. The post
  will stay up. If you have a court order or further evidence, please reply
  to this email.

Kakao Safety Center
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao Safety Center English outcome mail (removed / no violation)",
     why="one removal and one refusal with a reason; the invitation to send more evidence is not a request for info",
     items={D[3]: "removed", D[4]: "rejected"})

# 10 -- DC Inside: Korean prose.
case(name="dc-korean-prose", date="Thu, 05 Sep 2024 15:31:02 +0900",
     **{"from": "report@dcinside.com"}, name_from=hb("디시인사이드 운영팀"),
     subject=hb("[디시인사이드] 게시물 삭제 요청 처리 안내"), reply_to_req="req-240904-03",
     body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물을 확인하였습니다.

주식 갤러리의 {G[1]} 와
{G[2]} 두 게시물은 개인정보 노출로 확인되어 삭제 처리하였습니다.

코인 투자 마이너 갤러리의 {G[3]} 는
작성자가 이미 삭제하여 확인할 수 없었습니다.

앞으로도 깨끗한 커뮤니티를 위해 노력하겠습니다.
디시인사이드 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside 운영팀 게시물 삭제 처리 안내 written as prose",
     why="two posts deleted in one sentence, a third already deleted by its author",
     items={G[1]: "removed", G[2]: "removed", G[3]: "not_found"})

# 11 -- DC Inside: statement line, URL on the line below.
case(name="dc-statement-then-url", date="Fri, 06 Sep 2024 10:14:45 +0900",
     **{"from": "manager@dcinside.com"}, name_from="DCInside",
     subject=hb("Re: [KCSC-240904-03] 개인정보 노출 게시물 조치 요청"), reply_to_req="req-240904-03",
     body=f"""담당자님 안녕하세요.

아래 게시물은 갤러리 이용 규칙 위반으로 삭제되었습니다.
{G[4]}

아래 게시물은 검토 결과 개인정보가 포함되어 있지 않아 그대로 유지됩니다.
{G[5]}

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="short community-site moderator reply, URL under its statement",
     why="each statement sits on the line above its URL",
     items={G[4]: "removed", G[5]: "rejected"})

# 12 -- DC Inside: base64 plain text table, all five.
text12 = f"""디시인사이드 게시물 조치 결과 (요청번호 KCSC-240904-03)

번호 | 게시물 주소                                                        | 조치 결과
-----+--------------------------------------------------------------------+------------------------
1    | {G[1]}      | 삭제
2    | {G[2]}      | 삭제
3    | {G[3]} | 게시물 없음(작성자 삭제)
4    | {G[4]} | 성인 인증 게시물로 전환(연령 제한)
5    | {G[5]}  | 유지(위반 사항 없음)

문의: report@dcinside.com
"""
case(name="dc-base64-text-table", date="Mon, 09 Sep 2024 13:50:21 +0900",
     **{"from": "report@dcinside.com"}, name_from=hb("디시인사이드"),
     subject=hb("[KCSC-240904-03] 조치 결과 회신"), reply_to_req="req-240904-03",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(text12),
     outcome="applied", classification="confirmation",
     imitates="plain-text result table (번호 | 주소 | 조치 결과) in a base64 body",
     why="text table with one result per row, including an age restriction and a refusal",
     items={G[1]: "removed", G[2]: "removed", G[3]: "not_found", G[4]: "restricted", G[5]: "rejected"})

# 13 -- SOOP: VOD deleted, VOD made private.
case(name="soop-vod-deleted-private", date="Fri, 06 Sep 2024 16:22:40 +0900",
     **{"from": "safety@sooplive.co.kr"}, name_from=hb("SOOP 안전센터"),
     subject=hb("[SOOP] 신고 처리 결과 안내 / Report outcome (KCSC-240905-04)"), reply_to_req="req-240905-04",
     body=f"""안녕하세요, SOOP 안전센터입니다.

신고하신 VOD에 대한 처리 결과를 안내드립니다.

{S[1]}
 - 음란물 유통 금지 정책 위반으로 VOD 삭제

{S[2]}
 - 해당 VOD는 비공개 처리되어 더 이상 시청할 수 없습니다

[English]
The first VOD above was deleted and the second was set to private.

SOOP 안전센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="SOOP (ex-AfreecaTV) 신고 처리 결과 안내, bilingual",
     why="deleted and made private (비공개 처리) are both removals",
     items={S[1]: "removed", S[2]: "removed"})

# 14 -- SOOP: age-restricted channel post, VOD already gone.
case(name="soop-age-limit-and-gone", date="Sat, 07 Sep 2024 12:40:11 +0900",
     **{"from": "cs@sooplive.co.kr"}, name_from="SOOP",
     subject=hb("Re: [KCSC-240905-04] 불법·유해 콘텐츠 조치 요청"), reply_to_req="req-240905-04",
     body=f"""안녕하세요.

1) {S[3]}
   해당 방송국 게시글은 19세 이상만 볼 수 있도록 연령 제한을 설정했습니다.

2) {S[1]}
   BJ가 요청 이전에 직접 삭제한 VOD로, 현재 존재하지 않습니다.

감사합니다.
SOOP 고객센터
""",
     outcome="applied", classification="confirmation",
     imitates="SOOP 고객센터 reply with numbered items",
     why="age restriction is restricted; a VOD already deleted by its streamer is not_found",
     items={S[3]: "restricted", S[1]: "not_found"})

# 15 -- FM Korea: both named, one sentence.
case(name="fmkorea-both-named-one-line", date="Fri, 06 Sep 2024 22:14:03 +0900",
     **{"from": "admin@fmkorea.com"}, name_from=hb("에펨코리아 운영진"),
     subject=hb("Re: [KCSC-240906-05] 명예훼손 게시물 삭제 요청"), reply_to_req="req-240906-05",
     body=f"""{F[1]} , {F[2]} 두 글 모두 확인 후 삭제했습니다.

에펨코리아 운영진
""",
     outcome="applied", classification="confirmation",
     imitates="terse community admin reply",
     why="both URLs are named in the one sentence that says they were deleted; not a bulk statement",
     items={F[1]: "removed", F[2]: "removed"})

# 16 -- FM Korea: Gmail-style Korean quote.
case(name="fmkorea-gmail-quote", date="Sat, 07 Sep 2024 11:02:58 +0900",
     **{"from": "mod.team@fmkorea.com"}, name_from="FMKOREA",
     subject=hb("Re: [KCSC-240906-05] 명예훼손 게시물 삭제 요청"), reply_to_req="req-240906-05",
     body=f"""안녕하세요, 에펨코리아 운영팀입니다.

{F[1]} 은 특정인 비방 글로 판단되어 삭제했습니다.
{F[2]} 은 기사 인용과 의견 글로, 사이트 규정 위반이 아니어서 남겨둡니다.

2024년 9월 6일 (금) 오후 12:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 에펨코리아 담당자님께,
>
> 아래 게시물 2건의 삭제를 요청합니다.
> {F[1]}
> {F[2]}
>
> 방송통신심의위원회
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail Korean quote header ('…님이 작성:') under a moderator's answer",
     why="one deletion and one refusal with reason above the '>' quote of our request",
     items={F[1]: "removed", F[2]: "rejected"})

# 17 -- Clien: sole statement, one-item request.
case(name="clien-sole-statement", date="Tue, 10 Sep 2024 09:45:00 +0900",
     **{"from": "admin@clien.net"}, name_from=hb("클리앙 운영팀"),
     subject=hb("Re: [KCSC-240909-06] 개인정보 노출 게시물 삭제 요청"), reply_to_req="req-240909-06",
     body="""안녕하세요, 클리앙 운영팀입니다.

요청하신 게시물은 확인 후 삭제 처리하였습니다.
협조 요청 주셔서 감사합니다.

클리앙 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="short Clien admin reply naming no URL",
     why="one-item request; a definite deletion of 'the requested post' applies to it",
     items={C[1]: "removed"})

# 18 -- Clien: English, already deleted by the author.
case(name="clien-author-deleted-english", date="Wed, 11 Sep 2024 08:30:27 +0900",
     **{"from": "support@clien.net"}, name_from="CLIEN Support",
     subject="Re: [KCSC-240909-06] request to remove post", reply_to_req="req-240909-06",
     body=f"""Hello,

The post you reported ({C[1]}) had already been deleted by its author
before we looked at it, so there was nothing left for us to remove.

Best regards,
CLIEN Support
""",
     outcome="applied", classification="confirmation",
     imitates="community site English reply: already deleted by the author",
     why="deleted by its author before review is not_found",
     items={C[1]: "not_found"})

# 19 -- Ppomppu: numbered list, mixed.
case(name="ppomppu-list-mixed", date="Wed, 11 Sep 2024 17:18:36 +0900",
     **{"from": "help@ppomppu.co.kr"}, name_from=hb("뽐뿌 고객센터"),
     subject=hb("Re: [KCSC-240910-07] 마약류 판매 광고 게시물 조치 요청"), reply_to_req="req-240910-07",
     body=f"""안녕하세요. 뽐뿌 고객센터입니다.

요청하신 3건의 처리 결과입니다.

1. {P[1]} - 삭제
2. {P[2]} - 게시물 없음 (번호 오류 또는 이미 삭제)
3. {P[3]} - 블라인드 처리 후 작성자 이용 정지

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Ppomppu 고객센터 result list",
     why="one result after each URL on the same line",
     items={P[1]: "removed", P[2]: "not_found", P[3]: "removed"})

# 20 -- Ppomppu: HTML table, mixed English/Korean.
html20 = f"""<html><body>
<p>안녕하세요, 뽐뿌 운영팀입니다. / Hello from the Ppomppu operations team.</p>
<table border="1">
<tr><th>URL</th><th>결과 / Result</th></tr>
<tr><td><a href="{P[1].replace('&', '&amp;')}">{P[1].replace('&', '&amp;')}</a></td><td>삭제 / Deleted</td></tr>
<tr><td><a href="{P[2].replace('&', '&amp;')}">{P[2].replace('&', '&amp;')}</a></td><td>유지 / Kept &ndash; not a drug advertisement (news link)</td></tr>
<tr><td><a href="{P[3].replace('&', '&amp;')}">{P[3].replace('&', '&amp;')}</a></td><td>임시조치(30일) / Temporarily blocked for 30 days</td></tr>
</table>
<p>뽐뿌 운영팀</p>
</body></html>"""
case(name="ppomppu-html-table-bilingual", date="Thu, 12 Sep 2024 10:07:52 +0900",
     **{"from": "ops@ppomppu.co.kr"}, name_from="Ppomppu",
     subject="Re: [KCSC-240910-07] result", reply_to_req="req-240910-07",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="pp20"

--pp20
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 뽐뿌 운영팀입니다. 처리 결과는 HTML 본문의 표를 확인해 주세요.

--pp20
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{html20}
--pp20--
""",
     outcome="applied", classification="confirmation",
     imitates="bilingual HTML result table; plain part only points to the table",
     why="table gives deletion, refusal with reason and 임시조치 (restricted) per URL",
     items={P[1]: "removed", P[2]: "rejected", P[3]: "restricted"})

# 21 -- NAVER: acknowledgement plus an unhedged statement.
case(name="naver-ack-plus-one-result", date="Mon, 02 Sep 2024 15:40:02 +0900",
     **{"from": "tvcs@navercorp.com"}, name_from=hb("네이버TV 고객센터"),
     subject=hb("[접수완료] KCSC-240902-01 불법정보 게시물 조치 요청"), reply_to_req="req-240902-01",
     body=f"""안녕하세요, 네이버TV 고객센터입니다.

보내주신 요청이 정상적으로 접수되었습니다. (접수번호 NTV-0902-7713)

이 중 네이버TV 동영상 {N[12]} 은
확인 즉시 게시중단 조치를 완료했습니다.

블로그·카페 등 다른 서비스 게시물은 해당 부서에서 검토 후 회신드리겠습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="ticket receipt that also reports one immediate takedown",
     why="acknowledgement wording plus a definite 게시중단 of a named URL is a confirmation",
     items={N[12]: "removed"})

# 22 -- SOOP: Outlook header block quote (no '>').
case(name="soop-outlook-quoted-request", date="Mon, 09 Sep 2024 19:55:13 +0900",
     **{"from": "policy@sooplive.co.kr"}, name_from=hb("SOOP 정책팀"),
     subject=hb("회신: [KCSC-240905-04] 불법·유해 콘텐츠 조치 요청"), reply_to_req="req-240905-04",
     body=f"""담당자님께,

{S[2]} VOD는 삭제했고,
{S[3]} 게시글은 국내 이용자 접근을 제한했습니다.

SOOP 정책팀 드림

________________________________
보낸 사람: KCSC Takedown <takedown@kcsc.example>
보낸 날짜: 2024년 9월 5일 목요일 오후 2:20
받는 사람: safety@sooplive.co.kr
제목: [KCSC-240905-04] 불법·유해 콘텐츠 조치 요청

SOOP 담당자님께,
아래 콘텐츠에 대한 삭제를 요청합니다.
{S[1]}
{S[2]}
{S[3]}
""",
     outcome="applied", classification="confirmation",
     imitates="Korean Outlook reply (보낸 사람/보낸 날짜 header block) above the request",
     why="two statements above the Outlook divider; the list below is our own request",
     items={S[2]: "removed", S[3]: "restricted"})

# 23 -- NAVER: English, one URL hard-wrapped at '&'.
case(name="naver-wrapped-post-url", date="Tue, 10 Sep 2024 11:11:48 +0900",
     **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
     subject="Re: KCSC-240902-01 Knowledge iN and Post items", reply_to_req="req-240902-01",
     body=f"""Hello,

The Knowledge iN answer
{N[6]}
was removed under the Knowledge iN operating policy.

The NAVER Post item https://post.naver.com/viewer/postView.naver?volumeNo=38817402&
memberNo=5520113 could not be found. The volume number does not exist.

Regards,
NAVER Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="English abuse-desk reply hard-wrapped by the sender's client",
     why="removal of the first URL; the second URL is broken over two lines at '&' and is not found",
     items={N[6]: "removed", N[9]: "not_found"})

# 24 -- Daum: full-width brackets and colon.
case(name="daum-fullwidth-punctuation", date="Mon, 09 Sep 2024 14:03:29 +0900",
     **{"from": "cafe-op@daum.net"}, name_from=hb("Daum 카페"),
     subject=hb("Re: [KCSC-240903-02] 게시물 조치 요청"), reply_to_req="req-240903-02",
     body=f"""담당자님 안녕하세요.

한빛오토 카페 게시물（{D[4]}）은 사기 거래 유도 글로 확인되어 삭제하였습니다。

소소한맘 카페 게시물（{D[2]}）：해당 번호의 게시물을 찾을 수 없습니다。

Daum 카페 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="Korean reply typed with full-width brackets and punctuation",
     why="URLs end at the full-width bracket; one removed, one not found",
     items={D[4]: "removed", D[2]: "not_found"})

# 25 -- DC Inside: echoed report fields with the action taken.
case(name="dc-echoed-report-english", date="Tue, 10 Sep 2024 16:46:02 +0900",
     **{"from": "noreply@dcinside.com"}, name_from="DCInside Report Center",
     subject="[DCInside] Your report has been processed", reply_to_req="req-240904-03",
     body=f"""Your report has been processed.

---- Report details ----
Report no.   : DC-R-2409-58812
Reported URL : {G[3]}
Reason       : Personal information
Action taken : Post deleted
------------------------

---- Report details ----
Report no.   : DC-R-2409-58813
Reported URL : {G[5]}
Reason       : Personal information
Action taken : Post deleted, author blocked for 30 days
------------------------

This is an automated message from the DCInside report center.
""",
     outcome="applied", classification="confirmation",
     imitates="automated report-center outcome echoing the submitted report fields",
     why="each echoed report block carries its own 'Action taken: Post deleted'",
     items={G[3]: "removed", G[5]: "removed"})

# ================================================================ REVIEW
# 26 -- NAVER: promise.
case(name="naver-promise-will-delete", date="Tue, 03 Sep 2024 17:30:00 +0900",
     **{"from": "blog-cs@naver.com"}, name_from=hb("네이버 블로그 고객센터"),
     subject=hb("Re: [KCSC-240902-01] 게시물 조치 요청"), reply_to_req="req-240902-01",
     body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

아래 2건은 블로그 운영정책 위반이 확인되어 금일 중 삭제될 예정입니다.

- {N[1]}
- {N[2]}

처리가 완료되면 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="portal reply announcing a deletion still to come (삭제될 예정)",
     why="a promise is not a statement; named items stay pending",
     items={N[1]: "pending", N[2]: "pending"})

# 27 -- DC Inside: hedge.
case(name="dc-hedged-english", date="Thu, 05 Sep 2024 09:20:14 +0900",
     **{"from": "partners@dcinside.com"}, name_from="DCInside Partnership",
     subject="Re: [KCSC-240904-03] privacy posts", reply_to_req="req-240904-03",
     body=f"""Hi,

From what we can see, these two posts appear to have been removed by the
gallery manager already:

{G[1]}
{G[2]}

We are still confirming this with our moderation team and will let you
know once we have a definite answer.

Thanks,
Minseo
""",
     outcome="review", review="not_understood",
     imitates="partnership manager's informal hedged answer",
     why="'appear to have been removed' and 'still confirming' are hedges; items stay pending",
     items={G[1]: "pending", G[2]: "pending"})

# 28 -- SOOP: condition.
case(name="soop-conditional-deletion", date="Fri, 06 Sep 2024 10:10:10 +0900",
     **{"from": "safety@sooplive.co.kr"}, name_from=hb("SOOP 안전센터"),
     subject=hb("[SOOP] 신고 건 진행 상황 안내 (KCSC-240905-04)"), reply_to_req="req-240905-04",
     body=f"""안녕하세요, SOOP 안전센터입니다.

신고하신 아래 콘텐츠에 대해 BJ에게 소명 요청을 보냈습니다.

{S[1]}
{S[3]}

9월 13일까지 소명이 없거나 소명이 받아들여지지 않으면 해당 콘텐츠는 삭제됩니다.
최종 결과는 별도로 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="SOOP 소명 요청 (notice to the streamer) progress mail",
     why="deletion is conditional on the streamer's answer; nothing has happened yet",
     items={S[1]: "pending", S[3]: "pending"})

# 29 -- NAVER: bulk statement for the 12-item request.
case(name="naver-bulk-all-done", date="Wed, 11 Sep 2024 18:00:00 +0900",
     **{"from": "policy-support@navercorp.com"}, name_from=hb("네이버 정책지원팀"),
     subject=hb("[회신] KCSC-240902-01 조치 완료"), reply_to_req="req-240902-01",
     body="""방송통신심의위원회 담당자님께,

KCSC-240902-01로 요청하신 게시물은 모두 삭제 조치를 완료하였습니다.

네이버 정책지원팀 드림
""",
     outcome="review", review="bulk",
     imitates="one-line '모두 조치 완료' reply to a multi-item request",
     why="one statement covering twelve items without naming any; items stay pending",
     items={N[i]: "pending" for i in sorted(N)})

# 30 -- Ppomppu: bulk statement for a 3-item request.
case(name="ppomppu-bulk-three", date="Thu, 12 Sep 2024 15:25:41 +0900",
     **{"from": "help@ppomppu.co.kr"}, name_from=hb("뽐뿌 고객센터"),
     subject=hb("Re: [KCSC-240910-07] 마약류 판매 광고 게시물 조치 요청"), reply_to_req="req-240910-07",
     body="""안녕하세요. 뽐뿌 고객센터입니다.

신고해주신 게시물 3건 모두 블라인드 처리하였고 작성자는 영구 이용 정지했습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="Ppomppu '3건 모두 처리' reply",
     why="three items covered by one statement naming none of them",
     items={P[1]: "pending", P[2]: "pending", P[3]: "pending"})

# 31 -- NAVER domain, authentication fails.
case(name="naver-auth-fail", date="Sat, 07 Sep 2024 03:12:44 +0900",
     **{"from": "policy@navercorp.com"}, auth="fail", name_from=hb("네이버 정책팀"),
     subject=hb("RE: [KCSC-240902-01] 조치 결과"), reply_to_req="req-240902-01",
     body=f"""담당자님,

{N[7]} 블라인드 처리 완료
{N[8]} 블라인드 처리 완료

네이버 정책팀
""",
     outcome="review", review="untrusted",
     imitates="short result mail whose DKIM/SPF/DMARC fail for navercorp.com",
     why="NAVER domain but authentication fails; statements kept, nothing applied",
     items={N[7]: "pending", N[8]: "pending"})

# 32 -- Law firm for a blogger (unknown sender).
case(name="lawfirm-unknown-sender", date="Thu, 12 Sep 2024 10:45:00 +0900",
     **{"from": "jh.park@saebit-law.example"}, name_from=hb("법무법인 새빛 박준혁 변호사"),
     subject=hb("[KCSC-240902-01] 관련 의뢰인 게시물 자진 삭제 알림"),
     body=f"""방송통신심의위원회 귀중

저희 법무법인은 블로그 운영자 k_dalbit 님의 대리인입니다.
의뢰인은 귀 위원회가 KCSC-240902-01로 요청한 게시물 중
{N[11]} 을 2024. 9. 11. 자진 삭제하였음을 알려드립니다.

법무법인 새빛
변호사 박준혁
""",
     outcome="review", review="unknown_sender",
     imitates="Korean law-firm letter on behalf of a blogger",
     why="not the platform; a third party's claim about a NAVER item must be checked by a person",
     items={N[11]: "pending"})

# 33 -- Kakao answering about NAVER items (wrong platform).
case(name="daum-about-naver-urls", date="Wed, 04 Sep 2024 13:37:21 +0900",
     **{"from": "notice@kakaocorp.com"}, name_from=hb("카카오 고객센터"),
     subject=hb("Re: [KCSC-240902-01] 불법정보 게시물 조치 요청"),
     body=f"""안녕하세요, 카카오 고객센터입니다.

보내주신 아래 게시물은 Daum 서비스에서 찾을 수 없습니다.
주소를 확인해 보니 네이버 카페 게시물로 보입니다.

{N[3]}
{N[4]}

해당 서비스 운영사로 문의해 주시기 바랍니다.
""",
     outcome="review", review="wrong_platform",
     imitates="Kakao reply to a request misdirected to it, about NAVER cafe URLs",
     why="Kakao says it cannot find NAVER items; it cannot speak for NAVER's items",
     items={N[3]: "pending", N[4]: "pending"})

# 34 -- FM Korea: forwarded moderator note.
case(name="fmkorea-forwarded-moderator", date="Sat, 07 Sep 2024 20:31:09 +0900",
     **{"from": "admin@fmkorea.com"}, name_from=hb("에펨코리아 운영진"),
     subject=hb("Fwd: 삭제 요청 글 처리"),
     body=f"""담당 매니저 답변 전달드립니다.

---------- Forwarded message ---------
보낸사람: 축구 게시판 매니저 <mgr.football@fmkorea.com>
Date: 2024년 9월 7일 (토) 오후 7:58
Subject: 삭제 요청 글 처리
To: <admin@fmkorea.com>

KCSC-240906-05 건 {F[1]} 글 삭제했습니다.
""",
     outcome="review", review="forwarded", classification="forwarded",
     imitates="admin forwarding a board moderator's note (Gmail forward block)",
     why="the statement is inside a forwarded message, not the sender's own",
     items={F[1]: "pending"})

# 35 -- SOOP asks for documents.
case(name="soop-asks-for-documents", date="Thu, 05 Sep 2024 18:44:30 +0900",
     **{"from": "legal@sooplive.co.kr"}, name_from=hb("SOOP 법무팀"),
     subject=hb("Re: [KCSC-240905-04] 불법·유해 콘텐츠 조치 요청"), reply_to_req="req-240905-04",
     body=f"""안녕하세요, SOOP 법무팀입니다.

요청하신 콘텐츠 3건
{S[1]}
{S[2]}
{S[3]}
에 대해 조치하려면 심의 의결서 사본 또는 공문(기관 직인 날인)이 필요합니다.

위 서류를 본 메일로 회신해 주시면 확인 후 조치하겠습니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="platform legal team asking for the official decision document before acting",
     why="asks for documents before acting; no item changes",
     items={S[1]: "pending", S[2]: "pending", S[3]: "pending"})

# 36 -- Nate: trusted, no item, no request.
case(name="nate-contact-change-notice", date="Tue, 10 Sep 2024 10:00:00 +0900",
     **{"from": "report@skcomms.co.kr"}, name_from=hb("SK커뮤니케이션즈"),
     subject=hb("[네이트] 유관기관 신고 접수 창구 변경 안내"),
     body="""유관기관 담당자님께,

2024년 10월 1일부터 네이트 게시물 신고 및 시정요구 접수 창구가
report@skcomms.co.kr 로 일원화됩니다.

기존 주소로 보내신 메일도 9월 말까지는 정상적으로 확인합니다.
업무에 참고 부탁드립니다.

SK커뮤니케이션즈 서비스운영팀
""",
     outcome="review", review="no_claims",
     imitates="Korean portal notice to partner agencies about a new reporting address",
     why="trusted platform mail naming no item and no request",
     items={})

# 37 -- Kakao: vague 'appropriate action'.
case(name="daum-vague-appropriate-action", date="Fri, 06 Sep 2024 09:05:55 +0900",
     **{"from": "cafe-op@daum.net"}, name_from=hb("Daum 카페 운영팀"),
     subject=hb("Re: [KCSC-240903-02] 게시물 조치 요청"), reply_to_req="req-240903-02",
     body=f"""안녕하세요. Daum 카페 운영팀입니다.

{D[1]}
{D[2]}

위 게시물에 대해서는 관련 법령과 Daum 카페 운영정책에 따라 적절한 조치를 취하였습니다.
세부 조치 내용은 개인정보 보호를 위해 안내가 어려운 점 양해 부탁드립니다.
""",
     outcome="review", review="not_understood",
     imitates="portal reply that only says 'appropriate measures were taken'",
     why="'적절한 조치' does not say removed, restricted or kept; a clerk cannot record a status",
     items={D[1]: "pending", D[2]: "pending"})

# ================================================================ IGNORED
# 38 -- NAVER staff out-of-office.
case(name="naver-out-of-office", date="Mon, 02 Sep 2024 10:30:40 +0900",
     **{"from": "sumin.lee@navercorp.com"}, name_from=hb("이수민"),
     subject=hb("[부재중] Re: [KCSC-240902-01] 불법정보 게시물 조치 요청"), reply_to_req="req-240902-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""안녕하세요. 이수민입니다.

9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일 policy-support@navercorp.com 으로 보내 주세요.

I am out of the office until 6 September with limited access to email.
""",
     outcome="ignored", classification="auto_reply",
     imitates="bilingual Korean 부재중 auto-reply",
     why="out-of-office reply",
     items={})

# 39 -- DC Inside DSN bounce containing our request.
dsn39 = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn39bnd"

--dsn39bnd
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@dcinside.com>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <legal@dcinside.com>: Recipient address rejected: User unknown

--dsn39bnd
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
Arrival-Date: Wed,  4 Sep 2024 09:45:03 +0900 (KST)

Final-Recipient: rfc822; legal@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@dcinside.com>: Recipient address
    rejected: User unknown

--dsn39bnd
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@dcinside.com
Subject: [KCSC-240904-03] privacy posts
Message-ID: <req-240904-03@kcsc.example>
Date: Wed, 04 Sep 2024 09:45:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove the following posts:
{G[1]}
{G[2]}
{G[3]}
{G[4]}
{G[5]}

--dsn39bnd--
"""
case(name="dcinside-dsn-user-unknown", date="Wed, 04 Sep 2024 09:45:04 +0900",
     **{"from": "MAILER-DAEMON@mx2.dcinside.com"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=dsn39,
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (550 5.1.1 user unknown) with our request attached",
     why="bounce; the URLs are in our own returned message",
     items={})

# 40 -- SOOP MDN read receipt.
mdn40 = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn40"

--mdn40
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.
제목: [KCSC-240905-04] 불법·유해 콘텐츠 조치 요청
읽은 시각: 2024-09-05 오후 3:02

--mdn40
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Webmail
Final-Recipient: rfc822; safety@sooplive.co.kr
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn40--
"""
case(name="soop-read-receipt", date="Thu, 05 Sep 2024 15:02:19 +0900",
     **{"from": "safety@sooplive.co.kr"}, name_from=hb("SOOP 안전센터"),
     subject=hb("읽음: [KCSC-240905-04] 불법·유해 콘텐츠 조치 요청"), reply_to_req="req-240905-04",
     raw_mime=mdn40,
     outcome="ignored", classification="read_receipt",
     imitates="Korean webmail read receipt (MDN, 읽음:)",
     why="read receipt",
     items={})

# 41 -- Ppomppu ticket receipt.
case(name="ppomppu-ticket-receipt", date="Tue, 10 Sep 2024 13:41:00 +0900",
     **{"from": "help@ppomppu.co.kr"}, name_from=hb("뽐뿌 고객센터"),
     subject=hb("[뽐뿌] 문의가 접수되었습니다 (PP-0910-0031)"), reply_to_req="req-240910-07",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요. 뽐뿌 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: PP-0910-0031
접수 제목: [KCSC-240910-07] 마약류 판매 광고 게시물 조치 요청

담당자가 확인한 뒤 순서대로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="helpdesk ticket receipt (접수번호)",
     why="pure acknowledgement with a ticket number",
     items={})

# 42 -- Kakao English acknowledgement.
case(name="kakao-inquiry-received", date="Tue, 03 Sep 2024 11:12:09 +0900",
     **{"from": "noreply@kakaocorp.com"}, name_from="Kakao Customer Service",
     subject="[Kakao] We have received your inquiry (No. 2409031112)", reply_to_req="req-240903-02",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

Thank you for contacting Kakao Customer Service.
Your inquiry has been received under number 2409031112.

A member of our team will review it and reply to this email address.
Please do not reply to this message.

Kakao Customer Service
https://cs.kakao.com
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao customer-service inquiry receipt",
     why="pure acknowledgement; the help-centre link is not an item",
     items={})

# 43 -- FM Korea admin's out-of-office from a personal address.
case(name="fmkorea-ooo-personal-address", date="Fri, 06 Sep 2024 12:00:31 +0900",
     **{"from": "fmk.siteadmin@gmail.com"}, name_from="fmk admin",
     subject="Automatic reply: [KCSC-240906-05] 명예훼손 게시물 삭제 요청", reply_to_req="req-240906-05",
     extra_headers=["Auto-Submitted: auto-replied"],
     body=f"""I'm travelling until 9 September and will answer when I'm back.
출장 중이라 9월 9일 이후 답변드리겠습니다.

For urgent removals please write to admin@fmkorea.com.

> 아래 게시물 2건의 삭제를 요청합니다.
> {F[1]}
> {F[2]}
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply:' quoting the original, from a personal mailbox",
     why="out-of-office reply, ignored whoever sent it; the URLs are only quoted",
     items={})

# 44 -- NAVER delayed-delivery DSN.
dsn44 = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn44"

--dsn44
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     policy@navercorp.com

The server will keep trying for another 3 days.

--dsn44
Content-Type: message/delivery-status

Reporting-MTA: dns; relay3.navercorp.com

Final-Recipient: rfc822; policy@navercorp.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Thu, 5 Sep 2024 10:30:00 +0900

--dsn44
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: [KCSC-240902-01] {hb('불법정보 게시물 조치 요청')}
Message-ID: <req-240902-01@kcsc.example>

--dsn44--
"""
case(name="naver-dsn-delayed", date="Mon, 02 Sep 2024 14:31:00 +0900",
     **{"from": "postmaster@relay3.navercorp.com"}, name_from="Mail Delivery Subsystem",
     subject="Delivery Status Notification (Delay)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=dsn44,
     outcome="ignored", classification="bounce",
     imitates="delay-warning DSN (Action: delayed, 4.4.1)",
     why="delivery-delay notice; says nothing about items",
     items={})


HEADER = """# Blind set blind927: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, Nate, Ppomppu, Clien, FM Korea), Korean/English mixed, with
# doubtful and ignorable mail. Written by tests/corpus/blind927/make.py from the
# meaning of each email, before any run of the reader. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
