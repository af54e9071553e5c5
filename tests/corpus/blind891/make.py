#!/usr/bin/env python3
"""Blind set 891 (focus: Korean portals and community sites).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic:

    python3 tests/corpus/blind891/make.py

Every email is fictional and written in our own sentences; the expected
results come from each email's meaning, written before any run of the reader.
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

SET = "blind891"

# ---------------------------------------------------------------- requests
KOR_CAFE = "주식토론방"
N6_RAW = f"https://cafe.naver.com/{KOR_CAFE}/77120"
N6 = f"https://cafe.naver.com/{quote(KOR_CAFE)}/77120"

N = {
    1: "https://blog.naver.com/moonlit_cargo/223561204871",
    2: "https://blog.naver.com/moonlit_cargo/223561209934",
    3: "https://blog.naver.com/ggoma_trader/223559870112",
    4: "https://cafe.naver.com/quickcoinclub/58213",
    5: "https://cafe.naver.com/quickcoinclub/58247",
    6: N6,
    7: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40502&docId=471288310",
    8: "https://m.blog.naver.com/hanbit_log/223560017455",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38811720&memberNo=51240077",
    10: "https://cafe.naver.com/quickcoinclub/58301",
    11: "https://blog.naver.com/ggoma_trader/223559901287",
    12: "https://tv.naver.com/v/58120774",
}
D = {
    1: "https://cafe.daum.net/stockpaxx/Ahp1/10482",
    2: "https://cafe.daum.net/stockpaxx/Ahp1/10519",
    3: "https://cafe.daum.net/bluepine22/ZR4c/3307",
    4: "https://tv.kakao.com/v/447120993",
}
C = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9812034",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9812101",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=331872",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=331905",
    5: "https://gall.dcinside.com/mini/board/view/?id=leakshare&no=1204",
}
S = {
    1: "https://vod.sooplive.co.kr/player/133870245",
    2: "https://vod.sooplive.co.kr/player/133871002",
    3: "https://ch.sooplive.co.kr/gildong77/post/98120455",
}
F = {
    1: "https://www.fmkorea.com/7203318841",
    2: "https://www.fmkorea.com/7203325517",
}
I1 = "https://www.inven.co.kr/board/lostark/4811/1092733"
L = {
    1: "https://www.clien.net/service/board/park/18733120",
    2: "https://www.clien.net/service/board/cm_stock/18733561",
}

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    ("KCSC-240902-01", "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_finance", "투자사기 리딩방 홍보 (blog, cafe, kin, post, tv)", [N[i] for i in range(1, 13)]),
    ("KCSC-240903-02", "daum", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_finance", "다음 카페 및 카카오TV 불법 리딩방 홍보", [D[i] for i in range(1, 5)]),
    ("KCSC-240904-03", "dcinside", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     "privacy", "갤러리 게시물 개인정보 유포", [C[i] for i in range(1, 6)]),
    ("KCSC-240905-04", "soop", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscenity", "VOD 및 방송국 게시글 음란 정보", [S[i] for i in range(1, 4)]),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T10:15:00+09:00", "2024-09-13T18:00:00+09:00",
     "gambling", "불법 도박 사이트 홍보", [F[1], F[2]]),
    ("KCSC-240909-06", "inven", "2024-09-09T16:20:00+09:00", "2024-09-16T18:00:00+09:00",
     "illegal_trade", "게임 계정 불법 거래 알선", [I1]),
    ("KCSC-240910-07", "clien", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "defamation", "허위사실 유포 게시물", [L[1], L[2]]),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return "kcsc-" + ref.split("-", 1)[1].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{mid(ref)}@kcsc.example>", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, raw_korean=False):
    r = REQ[ref]
    lines = [
        "안녕하십니까, 방송통신심의위원회 불법정보 대응팀입니다.",
        "",
        "아래 정보는 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의7에 따른",
        f"불법정보에 해당하여 시정(삭제 또는 접속차단)을 요구합니다. {r[3][:10]}까지",
        "조치 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
    ]
    for i, u in enumerate(r[6], 1):
        if raw_korean and u == N6:
            u = N6_RAW
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC 불법정보 대응팀", "takedown@kcsc.example"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def subj(s):
    return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def html_page(inner):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:'Malgun Gothic',sans-serif;font-size:13px\">\n"
            + inner.strip("\n") + "\n</body></html>")


# ---------------------------------------------------------------- cases
CASES = []


RAW_NAME_OK = {"fmkorea-short-admin-reply", "clien-admin-arrows"}


def case(**kw):
    nf = kw.get("name_from")
    if nf and not nf.isascii() and kw["name"] not in RAW_NAME_OK:
        kw["name_from"] = Header(nf, "utf-8").encode()
    CASES.append(kw)


# ===== applied =====================================================
A1_ROWS = [
    (1, N[1], "게시물 삭제", "2024-09-04"),
    (2, N[2], "게시물 삭제", "2024-09-04"),
    (3, N[3], "임시조치(30일)", "2024-09-04"),
    (4, N[4], "블라인드 처리", "2024-09-05"),
    (5, N[5], "게시물 없음(작성자 삭제)", "-"),
    (6, N6_RAW, "국내 접속 제한", "2024-09-05"),
]
a1_rows = "\n".join(
    f"<tr><td>{n}</td><td>{u.replace('&', '&amp;')}</td><td>{a}</td><td>{d}</td></tr>"
    for n, u, a, d in A1_ROWS)
a1_html = html_page(f"""
<p>방송통신심의위원회 담당자님께,</p>
<p>2024. 9. 2.자 시정요구(요청번호 KCSC-240902-01)에 대한 네이버㈜의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>대상 URL</th><th>조치 결과</th><th>조치일</th></tr>
{a1_rows}
</table>
<p>나머지 요청 건은 서비스별 담당 부서 확인 후 별도로 회신드리겠습니다.</p>
<p>네이버 운영정책: <a href="https://policy.naver.com/rules/service.html">https://policy.naver.com/rules/service.html</a></p>
<p>네이버㈜ 정책협력팀 드림</p>
""")
case(name="naver-simjeong-result-html-table", **{"from": "policy@navercorp.com"},
     name_from="NAVER 정책협력팀", date="Thu, 05 Sep 2024 16:42:10 +0900",
     subject=subj("[네이버] 시정요구(KCSC-240902-01) 조치결과 회신"),
     reply_to_req=mid("KCSC-240902-01"),
     raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + a1_html,
     outcome="applied", classification="confirmation",
     imitates="Korean portal 시정요구 조치결과 회신 table (NAVER)",
     why="HTML table, one row per URL: 삭제/블라인드 removed, 임시조치 and 국내 접속 제한 restricted, 작성자 삭제 not_found; the Korean cafe path is written raw",
     items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed",
            N[5]: "not_found", N6: "restricted"})

case(name="naver-kin-post-numbered-korean", **{"from": "kin_help@naver.com"},
     name_from="네이버 지식iN 운영팀", date="Fri, 06 Sep 2024 11:05:33 +0900",
     subject=subj("RE: [KCSC-240902-01] 불법정보 시정요구"),
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
안녕하세요, 네이버 지식iN·포스트 운영 담당자입니다.

요청하신 게시물 가운데 지식iN, 포스트, 모바일 블로그 건의 처리 결과를 안내드립니다.

1. {N[7]}
   → 질문 및 답변 전체 비공개 처리 완료

2. {N[9]}
   → 포스트 삭제 완료 (2024.09.05 14:20)

3. {N[8]}
   → 검토 결과 게시 유지
     (사유: 공공기관 보도자료를 인용한 글로, 운영정책 및 관계 법령 위반 사항이 확인되지 않았습니다.)

추가 문의는 본 메일에 회신해 주시기 바랍니다.
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER service-team reply to a 시정요구, numbered list with arrow lines",
     why="numbered list, status on the line below each URL: 비공개 처리 and 삭제 removed, 게시 유지 with reason rejected",
     items={N[7]: "removed", N[9]: "removed", N[8]: "rejected"})

A3_CSV_ROWS = [
    (N[1], "삭제", "Deleted"), (N[2], "삭제", "Deleted"),
    (N[3], "임시조치(30일)", "Temporary measure: access blocked for 30 days"),
    (N[4], "삭제", "Deleted"), (N[5], "게시물 없음", "Not found (deleted by author)"),
    (N6, "국내 접속차단", "Blocked in Korea"), (N[7], "비공개 처리", "Made private"),
    (N[8], "위반사항 없음(게시 유지)", "No violation - kept"), (N[9], "삭제", "Deleted"),
    (N[10], "블라인드", "Hidden (blinded)"), (N[11], "존재하지 않는 게시물", "Does not exist"),
    (N[12], "청소년 시청 제한(19세)", "Age-restricted (19+)"),
]
_b = io.StringIO()
_w = csv.writer(_b, lineterminator="\r\n")
_w.writerow(["번호", "URL", "조치결과", "Action", "처리일시"])
for i, (u, k, e) in enumerate(A3_CSV_ROWS, 1):
    _w.writerow([i, u, k, e, f"2024-09-0{6 if i < 7 else 9} {9 + i % 6:02d}:00"])
a3_csv = "\ufeff" + _b.getvalue()
case(name="naver-csv-attachment-all-items", **{"from": "policy@navercorp.com"},
     name_from="NAVER Policy", date="Mon, 09 Sep 2024 17:20:00 +0900",
     subject=subj("[네이버] KCSC-240902-01 조치결과 (전체 12건)"),
     reply_to_req=mid("KCSC-240902-01"),
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_3f1a"

This is a multi-part message in MIME format.

--=_nv_3f1a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요. 네이버 정책협력팀입니다.

시정요구 KCSC-240902-01(12건)에 대한 서비스별 조치가 모두 끝나 결과를 첨부 파일로 보내드립니다.
건별 조치 결과는 첨부된 CSV 파일을 확인해 주십시오.

Please find the item-level results for KCSC-240902-01 in the attached CSV file.

네이버㈜ 정책협력팀
''')}

--=_nv_3f1a
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(a3_csv)}

--=_nv_3f1a--
""",
     outcome="applied", classification="confirmation",
     imitates="portal result sheet sent as a CSV attachment (Korean/English columns)",
     why="CSV attachment covers all 12 items of the largest request with mixed statuses",
     items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed",
            N[5]: "not_found", N6: "restricted", N[7]: "removed", N[8]: "rejected",
            N[9]: "removed", N[10]: "removed", N[11]: "not_found", N[12]: "restricted"})

case(name="naver-ts-english-url-then-status", **{"from": "trust-safety@navercorp.com"},
     name_from="NAVER Trust & Safety", date="Sat, 07 Sep 2024 09:14:52 +0900",
     subject="Re: KCSC-240902-01 removal request - partial result",
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
Dear KCSC team,

Below is the outcome for three of the URLs in your request.

{N[10]}
Status: Removed. The article was deleted by the Cafe operations team.

{N[11]}
Status: Not found. This post does not exist or had been deleted by its
author before our review.

{N[12]}
Status: Restricted. Access to the clip is blocked for users in the Republic
of Korea; it remains reachable from other countries.

We are still looking at the remaining URLs and will write again once we
have a result for them.

Kind regards,
NAVER Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="trust-and-safety desk reply with URL then 'Status:' line",
     why="bare URL, status on the line below: removed, not_found, restricted (geo-blocked in Korea); 'remaining URLs' names nothing",
     items={N[10]: "removed", N[11]: "not_found", N[12]: "restricted"})

case(name="naver-top-posted-over-gmail-quote", **{"from": "blog_help@naver.com"},
     name_from="네이버 블로그팀", date="Wed, 04 Sep 2024 13:48:05 +0900",
     subject=subj("Re: [KCSC-240902-01] 불법정보 시정요구 / Request for removal"),
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 게시물 중 아래 2건은 블로그 운영정책 위반으로 삭제 조치하였습니다.
- {N[1]}
- {N[2]}

나머지 게시물은 각 서비스 담당 부서에서 처리 후 별도로 회신드리겠습니다.

감사합니다.

2024년 9월 2일 (월) 오전 10:30, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
{quoted(request_text("KCSC-240902-01"))}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted reply over the quoted 시정요구",
     why="two items stated deleted above the quote; the other ten appear only in the quoted request",
     items={N[1]: "removed", N[2]: "removed"})

a6_text = f"""안녕하세요. 네이버 카페 운영 담당자입니다.

KCSC-240902-01 건 중 카페 게시글 처리 결과를 알려드립니다.

- {N[4]} : 게시글 삭제 및 작성자 카페 활동 정지
- {N[5]} : 작성자가 직접 삭제하여 현재 존재하지 않는 게시글입니다.
- {N6_RAW} : 게시글 블라인드 처리

카페 운영원칙은 https://cafe.naver.com/cafesupport 에서 확인하실 수 있습니다.
감사합니다.
"""
case(name="naver-cafe-quoted-printable", **{"from": "cafe_help@naver.com"},
     name_from="네이버 카페", date="Thu, 05 Sep 2024 10:02:41 +0900",
     subject=subj("[네이버 카페] 게시글 조치 결과 안내 (KCSC-240902-01)"),
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(a6_text),
     outcome="applied", classification="confirmation",
     imitates="NAVER Cafe moderation notice, quoted-printable Korean body",
     why="QP body; removed, not_found (author deleted), 블라인드 removed on the raw-Korean cafe URL; cafesupport link is a help page",
     items={N[4]: "removed", N[5]: "not_found", N6: "removed"})

case(name="daum-right-center-korean-notice", **{"from": "right@kakaocorp.com"},
     name_from="카카오 권리침해신고센터", date="Thu, 05 Sep 2024 15:30:00 +0900",
     subject=subj("[Daum] 시정요구 처리 결과 안내 (신고번호 R-2024-0905-11873)"),
     body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 다음 카페 게시물에 대한 처리 결과를 안내드립니다.

■ 관련 요청: KCSC-240903-02
■ 신고번호: R-2024-0905-11873

[대상 게시물 1]
{D[1]}
처리 결과: 정보통신망법 제44조의2에 따른 임시조치 (30일간 접근 차단)

[대상 게시물 2]
{D[2]}
처리 결과: 게시물 삭제

게시자는 임시조치에 대하여 30일 이내 재게시를 요청할 수 있으며, 관련 안내는
https://cs.daum.net/faq/95/7580.html 을 참고해 주세요.

카카오 권리침해신고센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao/Daum 권리침해신고센터 처리 결과 안내 (임시조치 30일)",
     why="임시조치 (30-day access block) is restricted, 게시물 삭제 removed; FAQ link is a help page",
     items={D[1]: "restricted", D[2]: "removed"})

a8_html = html_page(f"""
<p>안녕하세요. Daum 카페 운영팀입니다.</p>
<p>KCSC-240903-02 요청 건 중 아래 게시물에 대한 조치 결과입니다.</p>
<p><a href="{D[3]}">{D[3]}</a><br>
&rarr; 카페 운영원칙 위반으로 블라인드 처리되었습니다.</p>
<p><a href="{D[4]}">{D[4]}</a><br>
&rarr; 해당 영상은 게시자가 이미 삭제하여 확인되지 않습니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다. <a href="https://cs.daum.net/">Daum 고객센터</a></p>
""")
case(name="daum-cafe-base64-html", **{"from": "cafe_notice@daum.net"},
     name_from="Daum 카페", date="Fri, 06 Sep 2024 18:11:27 +0900",
     subject=subj("[Daum 카페] 요청하신 게시물 조치 결과"),
     raw_mime=f"""Content-Type: multipart/alternative; boundary="dm_alt_77c0"

--dm_alt_77c0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(a8_html)}
--dm_alt_77c0--
""",
     outcome="applied", classification="confirmation",
     imitates="Daum Cafe system notice, base64 HTML",
     why="블라인드 처리 removed; video already deleted by uploader not_found",
     items={D[3]: "removed", D[4]: "not_found"})

case(name="daum-kakao-ts-english-mixed", **{"from": "trustsafety@kakaocorp.com"},
     name_from="Kakao Trust & Safety", date="Mon, 09 Sep 2024 10:44:19 +0900",
     subject="RE: [KCSC-240903-02] Request for removal",
     reply_to_req=mid("KCSC-240903-02"),
     body=f"""
Hello,

Our decisions on two of the items in KCSC-240903-02:

- {D[4]} -- We reviewed this video and found no violation of
  Korean law or of the Kakao Operating Policy: it is a broadcast news clip
  with the uploader's commentary. The video stays online. (조치 불가)
- {D[3]} -- deleted. (삭제 완료)

Best regards,
Kakao Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao trust-and-safety reply in English with Korean status tags",
     why="refusal with its reason is rejected; 'deleted' is removed",
     items={D[4]: "rejected", D[3]: "removed"})

case(name="dc-operator-korean-prose", **{"from": "help@dcinside.com"},
     name_from="디시인사이드 운영팀", date="Thu, 05 Sep 2024 12:31:09 +0900",
     subject=subj("Re: [KCSC-240904-03] 게시물 시정요구"),
     reply_to_req=mid("KCSC-240904-03"),
     body=f"""
안녕하세요, 디시인사이드 운영팀입니다.
요청번호 KCSC-240904-03 관련 처리 결과를 말씀드립니다.

국내주식 갤러리 게시물 2건({C[1]},
{C[2]})은 확인 즉시 삭제하였고 작성자 IP는 차단하였습니다.

코인 마이너 갤러리 게시물 {C[3]} 은
저희가 확인하기 전에 작성자가 스스로 삭제하여 현재 존재하지 않습니다.

감사합니다.
디시인사이드 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside operations team reply in Korean prose",
     why="two URLs in parentheses of one deletion sentence removed; one deleted by its author not_found",
     items={C[1]: "removed", C[2]: "removed", C[3]: "not_found"})

case(name="dc-angle-brackets-korean-particles", **{"from": "cs@dcinside.com"},
     name_from="디시인사이드 고객센터", date="Fri, 06 Sep 2024 17:03:44 +0900",
     subject=subj("[디시인사이드] 게시물 처리 결과 (KCSC-240904-03)"),
     body=f"""
요청하신 게시물의 처리 결과를 알려드립니다.

<{C[3]}>은 갤러리 관리자 권한으로 삭제되었습니다.
<{C[4]}>도 같은 사유로 삭제되었습니다。

{C[5]}의 경우 내용을 확인한 결과 불법정보에 해당하지 않는다고 판단하여 삭제하지 않았습니다.
(판단 근거: 게시물에 특정인을 식별할 수 있는 개인정보가 포함되어 있지 않음)

디시인사이드 고객센터
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside customer-centre reply, URLs in angle brackets followed by Korean particles",
     why="two deletions (one ending in a full-width period), one refusal with its reason",
     items={C[3]: "removed", C[4]: "removed", C[5]: "rejected"})

case(name="dc-gmail-quote-korean-attribution", **{"from": "gallery_admin@dcinside.com"},
     name_from="DC 갤러리 관리", date="Mon, 09 Sep 2024 08:55:12 +0900",
     subject=subj("Re: [KCSC-240904-03] 불법정보 시정요구 / Request for removal"),
     reply_to_req=mid("KCSC-240904-03"),
     body=f"""
{C[4]} 삭제했습니다.
{C[5]} 는 조회해 보니 존재하지 않는 글입니다.

2024년 9월 4일 (수) 오전 9:40, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
{quoted(request_text("KCSC-240904-03"))}
""",
     outcome="applied", classification="confirmation",
     imitates="terse moderator reply above a Gmail quote",
     why="two one-line statements above the quoted request: removed, not_found",
     items={C[4]: "removed", C[5]: "not_found"})

case(name="soop-ts-english-text-table", **{"from": "safety@sooplive.co.kr"},
     name_from="SOOP Trust & Safety", date="Fri, 06 Sep 2024 20:15:36 +0900",
     subject="[SOOP] Case SP-240906-3381 / KCSC-240905-04 - actions taken",
     body=f"""
Hello KCSC,

Case: SP-240906-3381      Your reference: KCSC-240905-04

URL                                                | Action
---------------------------------------------------+--------------------------
{S[1]:<51}| VOD deleted
{S[2]:<51}| VOD deleted
{S[3]:<51}| Age-restricted (19+)

In addition the broadcaster's channel received a 7-day broadcast suspension.
Policy: https://www.sooplive.co.kr/policy/operation

SOOP Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="streaming platform T&S reply with a plain-text table",
     why="text table: two VODs deleted (removed), channel post age-restricted (restricted)",
     items={S[1]: "removed", S[2]: "removed", S[3]: "restricted"})

case(name="soop-korean-bullets", **{"from": "cs@sooplive.co.kr"},
     name_from="SOOP 고객센터", date="Mon, 09 Sep 2024 14:27:02 +0900",
     subject=subj("[SOOP] 시정요구 조치 결과 회신 (KCSC-240905-04)"),
     body=f"""
안녕하세요, SOOP 고객센터입니다.
요청하신 콘텐츠에 대한 조치 결과를 아래와 같이 회신드립니다.

■ {S[1]} : 다시보기(VOD) 비공개 처리
■ {S[2]} : 운영정책 위반 사항이 확인되지 않아 조치하지 않음
   (사유: 게임 플레이 화면만 담긴 영상으로 불법정보가 포함되어 있지 않음)
■ {S[3]} : 방송국 게시글 삭제

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="SOOP (AfreecaTV) 고객센터 조치 결과 회신 with ■ bullets",
     why="비공개 처리 removed, no action with reason rejected, 삭제 removed",
     items={S[1]: "removed", S[2]: "rejected", S[3]: "removed"})

case(name="fmkorea-short-admin-reply", **{"from": "admin@fmkorea.com"},
     name_from="에펨코리아 운영진", date="Fri, 06 Sep 2024 22:40:10 +0900",
     subject=subj("RE: [KCSC-240906-05] 불법정보 시정요구"),
     reply_to_req=mid("KCSC-240906-05"),
     body=f"""
안녕하세요 에펨코리아 운영진입니다.

{F[1]} 삭제 처리했습니다.
{F[2]} 은 작성자가 먼저 지워서 남아 있지 않습니다.

수고하세요.
""",
     outcome="applied", classification="confirmation",
     imitates="small community admin's informal reply",
     why="one deletion, one already deleted by its author",
     items={F[1]: "removed", F[2]: "not_found"})

case(name="fmkorea-urls-below-statement", **{"from": "report@fmkorea.com"},
     name_from="FM Korea", date="Mon, 09 Sep 2024 09:30:00 +0900",
     subject=subj("[에펨코리아] 게시물 조치 완료 안내"),
     body=f"""
KCSC-240906-05 건으로 요청하신 아래 게시물은 운영자 삭제 처리하였으며, 작성자에게는 30일 이용정지를 적용하였습니다.

{F[1]}
{F[2]}

이용규칙: https://www.fmkorea.com/rules
""",
     outcome="applied", classification="confirmation",
     imitates="community notice with the statement above a URL list",
     why="운영자 삭제 stated once, the URLs follow on their own lines; rules link is a policy page",
     items={F[1]: "removed", F[2]: "removed"})

case(name="inven-sole-korean-one-item", **{"from": "help@inven.co.kr"},
     name_from="인벤 고객지원", date="Tue, 10 Sep 2024 15:12:48 +0900",
     subject=subj("RE: [KCSC-240909-06] 게시물 삭제 요청"),
     reply_to_req=mid("KCSC-240909-06"),
     body="""
안녕하세요, 인벤 고객지원팀입니다.

요청하신 로스트아크 인벤 거래 게시판 게시물은 확인 후 삭제 처리하였습니다.
해당 작성자는 계정 거래 알선으로 게시판 이용이 영구 제한되었습니다.

감사합니다.
인벤 고객지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="game community helpdesk reply naming no URL",
     why="one-item request, In-Reply-To and the reference in the subject; the only statement is a deletion",
     items={I1: "removed"})

case(name="inven-english-refusal-with-reason", **{"from": "community@inven.co.kr"},
     name_from="Inven Community Team", date="Wed, 11 Sep 2024 11:20:00 +0900",
     subject="Your request KCSC-240909-06",
     body=f"""
Dear Sir or Madam,

Regarding {I1} (your reference
KCSC-240909-06): after review we decided not to remove this post. It is a
user's complaint about a game publisher's pricing; it offers no account for
sale and contains no unlawful material, so it does not breach our community
rules.

This decision can be reconsidered if a court order is issued.

Inven Community Team
""",
     outcome="applied", classification="confirmation",
     imitates="community team refusal with its reason",
     why="explicit decision not to remove, with a reason: rejected",
     items={I1: "rejected"})

case(name="clien-admin-arrows", **{"from": "admin@clien.net"},
     name_from="클리앙 운영자", date="Wed, 11 Sep 2024 19:02:55 +0900",
     subject=subj("KCSC-240910-07 처리 결과"),
     body=f"""
KCSC-240910-07 요청 건 처리했습니다.

모두의공원 {L[1]} → 삭제
주식한당 {L[2]} → 회원 본인이 먼저 삭제한 글이라 찾을 수 없습니다

클리앙 운영자 드림
""",
     outcome="applied", classification="confirmation",
     imitates="community admin reply with arrows",
     why="removed; deleted by the member before review, not_found",
     items={L[1]: "removed", L[2]: "not_found"})

case(name="clien-outlook-original-message", **{"from": "support@clien.net"},
     name_from="Clien Support", date="Thu, 12 Sep 2024 10:10:10 +0900",
     subject="RE: [KCSC-240910-07] 불법정보 시정요구 / Request for removal",
     reply_to_req=mid("KCSC-240910-07"),
     body=f"""
Hello,

We have removed {L[1]} .
The other post, {L[2]}, was reviewed by our
moderators and kept: it discusses a listed company's public disclosure and
does not contain false statements of fact.

Clien Support

-----Original Message-----
From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:00 AM
To: support@clien.net
Subject: [KCSC-240910-07] 불법정보 시정요구 / Request for removal

{request_text("KCSC-240910-07")}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply over an unprefixed -----Original Message----- block",
     why="removed above the quote; second post kept with a reason is rejected",
     items={L[1]: "removed", L[2]: "rejected"})

case(name="naver-receipt-plus-results", **{"from": "navercs@help.naver.com"},
     name_from="네이버 고객센터", date="Fri, 06 Sep 2024 13:31:02 +0900",
     subject=subj("[네이버 고객센터] 문의하신 내용에 대한 답변입니다."),
     body=f"""
고객님의 문의가 정상적으로 접수되었습니다. (접수번호: 2024090611532)

담당자 확인 결과, 문의하신 게시물은 다음과 같이 처리되었습니다.

- {N[10]} : 삭제
- {N[12]} : 삭제

이용해 주셔서 감사합니다.
※ 본 메일은 발신 전용입니다. 추가 문의는 https://help.naver.com 을 이용해 주세요.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER help-centre answer that opens with a receipt line",
     why="receipt phrase plus unhedged item-level deletions is not a pure acknowledgement",
     items={N[10]: "removed", N[12]: "removed"})

case(name="naver-wrapped-urls-english", **{"from": "policy-support@navercorp.com"},
     name_from="NAVER Policy Support", date="Tue, 10 Sep 2024 09:45:30 +0900",
     subject="KCSC-240902-01: items taken down",
     body="""
Hello,

The following items from KCSC-240902-01 were taken down on 9 September 2024:

https://post.naver.com/viewer/postView.naver?volumeNo=38811720&memb
erNo=51240077
https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40502&docId=4712
88310

Best regards,
NAVER Policy Support
""",
     outcome="applied", classification="confirmation",
     imitates="plain-text mail whose long URLs were hard-wrapped by the sender's client",
     why="both long URLs are hard-wrapped mid-URL by the client; statement 'taken down' covers both",
     items={N[9]: "removed", N[7]: "removed"})

case(name="daum-statement-of-reasons", **{"from": "legal-notice@kakaocorp.com"},
     name_from="Kakao Legal", date="Wed, 11 Sep 2024 16:00:00 +0900",
     subject="Statement of reasons - KCSC-240903-02",
     body=f"""
STATEMENT OF REASONS

Reference:              KCSC-240903-02
Content concerned:      {D[2]}
Decision:               Restriction of visibility. Access to the content has
                        been disabled for users in the Republic of Korea.
Facts and circumstances: Notice from the Korea Communications Standards
                        Commission dated 3 September 2024.
Ground:                 Unlawful information under Article 44-7 of the
                        Network Act.
Automated means:        None; the decision was taken by a human reviewer.
Redress:                The uploader may object at https://cs.daum.net/redress

Kakao Corp. Legal
""",
     outcome="applied", classification="confirmation",
     imitates="DSA-style statement of reasons (Kakao/Daum)",
     why="visibility restricted for users in Korea: restricted; redress link is not an item",
     items={D[2]: "restricted"})

a24_html = html_page(f"""
<p>신고하신 게시물의 처리 상태입니다. (요청번호 KCSC-240904-03)</p>
<ul>
<li><a href="{C[1].replace('&', '&amp;')}">국내주식 갤러리 9812034번 글</a> &ndash; 삭제 완료</li>
<li><a href="{C[2].replace('&', '&amp;')}">국내주식 갤러리 9812101번 글</a> &ndash; 삭제 완료</li>
<li><a href="{C[5].replace('&', '&amp;')}">유출공유 미니 갤러리 1204번 글</a> &ndash; 존재하지 않는 게시물</li>
</ul>
<p>디시인사이드 신고센터</p>
""")
case(name="dc-html-list-linked-titles", **{"from": "report@dcinside.com"},
     name_from="DCinside Report Center", date="Tue, 10 Sep 2024 11:48:20 +0900",
     subject=subj("[디시인사이드] 신고 처리 상태 안내"),
     raw_mime=f"""Content-Type: multipart/alternative; boundary="dc-b-4410"

--dc-b-4410
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

신고하신 게시물의 처리 상태입니다. (요청번호 KCSC-240904-03)

* 국내주식 갤러리 9812034번 글 <{C[1]}> - 삭제 완료
* 국내주식 갤러리 9812101번 글 <{C[2]}> - 삭제 완료
* 유출공유 미니 갤러리 1204번 글 <{C[5]}> - 존재하지 않는 게시물

디시인사이드 신고센터

--dc-b-4410
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{a24_html}

--dc-b-4410--
""",
     outcome="applied", classification="confirmation",
     imitates="report-centre status mail, HTML list with linked titles plus text alternative",
     why="two deletions and one 'does not exist', in both parts",
     items={C[1]: "removed", C[2]: "removed", C[5]: "not_found"})

case(name="naver-fullwidth-parentheses", **{"from": "policy@navercorp.com"},
     name_from="NAVER 정책협력팀", date="Wed, 11 Sep 2024 14:05:00 +0900",
     subject=subj("KCSC-240902-01 추가 처리 결과"),
     body=f"""
요청 게시물의 추가 처리 결과를 아래와 같이 알려드립니다.

가. 카페 게시글（{N[5]}）은 작성자 탈퇴로 이미 존재하지 않는 게시글입니다.
나. 블로그 게시글（{N[8]}）은 삭제되었습니다.
다. {N6_RAW} 게시글은 국내 이용자의 접근이 제한되었습니다.

네이버㈜ 정책협력팀
""",
     outcome="applied", classification="confirmation",
     imitates="Korean formal notice with 가/나/다 items and full-width parentheses",
     why="URLs inside full-width parentheses; not_found, removed, restricted (raw Korean path)",
     items={N[5]: "not_found", N[8]: "removed", N6: "restricted"})

case(name="naver-blog-refusals-english", **{"from": "policy@navercorp.com"},
     name_from="NAVER Policy", date="Thu, 12 Sep 2024 10:30:00 +0900",
     subject="KCSC-240902-01 - decision on two blog posts",
     body=f"""
Dear KCSC,

We have finished reviewing two blog posts in your request KCSC-240902-01
and decided not to take action on them:

1) {N[3]}
   The post is a personal review of a financial product. It does not contain
   the unlawful solicitation described in your request, so it remains
   published.

2) {N[11]}
   Same conclusion: no breach of law or of the NAVER Blog operating policy
   was found. The post remains available.

The other items in your request are handled by the Cafe team.

NAVER Policy
""",
     outcome="applied", classification="confirmation",
     imitates="portal policy team refusal letter with reasons",
     why="decision not to act with reasons: both rejected",
     items={N[3]: "rejected", N[11]: "rejected"})

# ===== review ======================================================
case(name="naver-promise-korean", **{"from": "policy@navercorp.com"},
     name_from="NAVER 정책협력팀", date="Tue, 03 Sep 2024 09:20:11 +0900",
     subject=subj("RE: [KCSC-240902-01] 불법정보 시정요구"),
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
안녕하세요, 네이버 정책협력팀입니다.

시정요구 KCSC-240902-01 잘 받았습니다.
요청하신 블로그 게시물 {N[1]},
{N[2]} 은 내부 검토를 거쳐 9월 6일까지 삭제 조치할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="portal reply promising removal by a date",
     why="'삭제 조치할 예정' is a promise, not a statement",
     items={N[1]: "pending", N[2]: "pending"})

case(name="daum-hedged-english", **{"from": "trustsafety@kakaocorp.com"},
     name_from="Kakao Trust & Safety", date="Wed, 04 Sep 2024 17:50:00 +0900",
     subject="RE: [KCSC-240903-02] Request for removal",
     reply_to_req=mid("KCSC-240903-02"),
     body=f"""
Hello,

Thank you for notice KCSC-240903-02. A first check suggests that
{D[1]} and {D[3]} may already have
been deleted by the cafe managers, but we need to confirm this with the
Cafe team before we can give you a final answer.

Kakao Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="trust-and-safety interim reply with a hedge",
     why="'may already have been deleted ... need to confirm' is a hedge",
     items={D[1]: "pending", D[3]: "pending"})

case(name="dc-bulk-all-deleted", **{"from": "help@dcinside.com"},
     name_from="디시인사이드 운영팀", date="Fri, 06 Sep 2024 10:00:00 +0900",
     subject=subj("Re: [KCSC-240904-03] 게시물 시정요구"),
     reply_to_req=mid("KCSC-240904-03"),
     body="""
안녕하세요, 디시인사이드 운영팀입니다.

요청번호 KCSC-240904-03 건의 게시물 5건은 모두 삭제 처리 완료하였습니다.
작성자들에 대해서는 해당 갤러리 이용 차단 조치를 함께 진행하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="community reply 'all N posts deleted' without listing them",
     why="statement about all five items without naming any",
     items={C[i]: "pending" for i in range(1, 6)})

case(name="soop-bulk-english", **{"from": "safety@sooplive.co.kr"},
     name_from="SOOP Trust & Safety", date="Sun, 08 Sep 2024 12:12:12 +0900",
     subject="[SOOP] KCSC-240905-04 completed",
     reply_to_req=mid("KCSC-240905-04"),
     body="""
Hello,

All of the content listed in your request KCSC-240905-04 has been removed
from SOOP, and the broadcaster has been sanctioned under our operating policy.

SOOP Trust & Safety
""",
     outcome="review", review="bulk",
     imitates="T&S one-line bulk confirmation",
     why="'all of the content' for a three-item request, no item named",
     items={S[i]: "pending" for i in range(1, 4)})

case(name="naver-dkim-fail", **{"from": "policy@navercorp.com"}, auth="fail",
     name_from="NAVER 정책협력팀", date="Fri, 06 Sep 2024 08:01:00 +0900",
     subject=subj("[네이버] KCSC-240902-01 처리 결과"),
     body=f"""
안녕하세요.

아래 게시물은 삭제 완료되었습니다.
{N[4]}
{N[10]}

네이버 정책협력팀
""",
     outcome="review", review="untrusted",
     imitates="NAVER-looking result mail failing DKIM/SPF/DMARC",
     why="From navercorp.com but authentication fails",
     items={N[4]: "pending", N[10]: "pending"})

case(name="blogger-gmail-says-deleted", **{"from": "moonlit.cargo@gmail.com"},
     name_from="달빛화물", date="Thu, 05 Sep 2024 23:14:40 +0900",
     subject=subj("블로그 글 삭제했습니다"),
     body=f"""
안녕하세요.
제 블로그 글 {N[1]} 때문에 연락 드립니다.
네이버에서 안내를 받고 오늘 제가 직접 삭제했습니다.
혹시 제 계정에 다른 불이익이 있는지 알려주실 수 있을까요?
""",
     outcome="review", review="unknown_sender",
     imitates="content author writing to the regulator from a personal mailbox",
     why="sender is not the platform; the author's word does not set a status",
     items={N[1]: "pending"})

case(name="dc-lookalike-domain", **{"from": "support@dcinside-help.com"},
     name_from="DCInside Support", date="Sat, 07 Sep 2024 03:22:10 +0900",
     subject="Your request KCSC-240904-03 has been processed",
     body=f"""
Dear KCSC,

Your request KCSC-240904-03 has been processed. The following posts have been deleted:
{C[1]}
{C[3]}

To download the official confirmation document, please sign in at
https://dcinside-help.com/verify within 48 hours.

DCInside Support
""",
     outcome="review", review="unknown_sender",
     imitates="phishing-style mail from a look-alike domain",
     why="dcinside-help.com is not DC Inside's domain",
     items={C[1]: "pending", C[3]: "pending"})

case(name="daum-search-about-naver-post", **{"from": "search_help@daum.net"},
     name_from="Daum 검색", date="Mon, 09 Sep 2024 15:40:00 +0900",
     subject=subj("[Daum 검색] 검색 결과 노출 제외 안내"),
     body=f"""
안녕하세요, Daum 검색 서비스 담당자입니다.

전달해 주신 {N[3]} 에 대해서는
Daum 검색 결과에서 노출 제외 처리하였습니다.
원본 게시물은 네이버에서 관리하므로 게시물 삭제 여부는 네이버에 문의해 주시기 바랍니다.

감사합니다.
""",
     outcome="review", review="wrong_platform",
     imitates="search engine de-indexing notice about another portal's post",
     why="Daum states an action about a NAVER item",
     items={N[3]: "pending"})

case(name="naver-asks-for-documents", **{"from": "right@navercorp.com"},
     name_from="네이버 권리보호센터", date="Wed, 04 Sep 2024 11:11:11 +0900",
     subject=subj("[네이버] KCSC-240902-01 관련 추가 자료 요청"),
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
안녕하세요, 네이버 권리보호센터입니다.

시정요구 KCSC-240902-01과 관련하여, 카페 게시글
{N[4]} 의 경우 요청서에 적힌 위반 내용과
게시글 내용이 일치하는지 확인이 어렵습니다.

해당 게시글의 어느 부분이 불법정보에 해당하는지 구체적으로 알려 주시거나
심의 의결서 사본을 보내 주시면 검토를 계속 진행하겠습니다.

감사합니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER 권리보호센터 request for supporting documents",
     why="asks for the decision copy before acting; nothing stated",
     items={N[4]: "pending"})

case(name="soop-under-review", **{"from": "safety@sooplive.co.kr"},
     name_from="SOOP Trust & Safety", date="Fri, 06 Sep 2024 09:05:00 +0900",
     subject="[SOOP] KCSC-240905-04 in progress",
     body=f"""
Hello,

We are currently reviewing {S[1]} and
{S[2]} together with the broadcaster's
past sanctions. A decision is expected within five business days.

SOOP Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="interim 'under review' update naming items",
     why="'currently reviewing' is not a statement; names items",
     items={S[1]: "pending", S[2]: "pending"})

case(name="fmkorea-rules-notice", **{"from": "noreply@fmkorea.com"},
     name_from="에펨코리아", date="Sun, 15 Sep 2024 10:00:00 +0900",
     subject=subj("[공지] 에펨코리아 이용규칙 개정 및 외부기관 요청 창구 변경 안내"),
     body="""
안녕하세요, 에펨코리아입니다.

2024년 10월 1일부터 이용규칙이 일부 개정됩니다.
- 정치/사회 게시판 도배 기준 강화
- 불법 도박 홍보 게시물 적발 시 즉시 영구 이용정지

아울러 수사기관 및 공공기관의 게시물 관련 요청 접수 창구가
report@fmkorea.com 으로 일원화됩니다.

개정 이용규칙 전문: https://www.fmkorea.com/rules
""",
     outcome="review", review="no_claims",
     imitates="community rules-change announcement sent to partner contacts",
     why="trusted FM Korea mail naming no item and no request",
     items={})

case(name="clien-conditional-deletion", **{"from": "admin@clien.net"},
     name_from="클리앙 운영자", date="Wed, 11 Sep 2024 09:00:00 +0900",
     subject=subj("RE: [KCSC-240910-07] 불법정보 시정요구"),
     reply_to_req=mid("KCSC-240910-07"),
     body=f"""
요청 주신 {L[2]} 글은 작성자에게 소명 요청을 보냈습니다.
7일 안에 소명이 없으면 삭제하고, 소명이 오면 내용을 검토해서 다시 알려드리겠습니다.

클리앙 운영자 드림
""",
     outcome="review", review="not_understood",
     imitates="community admin reply with a conditional deletion",
     why="deletion only on a condition; nothing stated yet",
     items={L[2]: "pending"})

# ===== ignored =====================================================
case(name="naver-helpdesk-receipt", **{"from": "help_noreply@help.naver.com"},
     name_from="네이버 고객센터", date="Mon, 02 Sep 2024 10:31:40 +0900",
     subject=subj("[네이버 고객센터] 문의 접수 완료 안내"),
     body="""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2024090200417
접수일시: 2024.09.02 10:31

답변은 영업일 기준 1~3일 이내에 메일로 보내드립니다.
문의 내역은 고객센터 > 나의 문의내역에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER help-centre 문의 접수 완료 receipt",
     why="pure receipt with a ticket number",
     items={})

case(name="kakao-out-of-office", **{"from": "seoyeon.kim@kakaocorp.com"},
     name_from="김서연", date="Tue, 03 Sep 2024 11:00:21 +0900",
     subject=subj("자동 회신: [KCSC-240903-02] 불법정보 시정요구 / Request for removal"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
안녕하세요. 9월 3일부터 9월 16일까지 휴가로 부재중입니다.
급한 용무는 right@kakaocorp.com 으로 보내 주시기 바랍니다.

I am out of the office until 16 September with limited access to email.
For urgent matters please write to right@kakaocorp.com.

김서연 / Kakao Policy
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook 자동 회신 out-of-office",
     why="out-of-office auto-reply",
     items={})

dsn_text = """This is the mail system at host mx.clien.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@clien.net>: host mx.clien.net[203.0.113.25] said: 550 5.1.1
    <legal@clien.net>: Recipient address rejected: User unknown in local
    recipient table
"""
case(name="clien-dsn-user-unknown", **{"from": "MAILER-DAEMON@mx.clien.net"},
     name_from="Mail Delivery System", date="Tue, 10 Sep 2024 11:00:05 +0900",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="8A1C2E0B1F.1725933605/mx.clien.net"

This is a MIME-encapsulated message.

--8A1C2E0B1F.1725933605/mx.clien.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{dsn_text}
--8A1C2E0B1F.1725933605/mx.clien.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.clien.net
Arrival-Date: Tue, 10 Sep 2024 11:00:03 +0900

Final-Recipient: rfc822; legal@clien.net
Original-Recipient: rfc822;legal@clien.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@clien.net>: Recipient address
    rejected: User unknown in local recipient table

--8A1C2E0B1F.1725933605/mx.clien.net
Content-Description: Undelivered Message
Content-Type: message/rfc822

Date: Tue, 10 Sep 2024 11:00:00 +0900
From: KCSC <takedown@kcsc.example>
To: legal@clien.net
Subject: [KCSC-240910-07] Request for removal
Message-ID: <{mid("KCSC-240910-07")}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_text("KCSC-240910-07")}

--8A1C2E0B1F.1725933605/mx.clien.net--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN returning the request with its URLs",
     why="bounce; the URLs are only in the returned request",
     items={})

case(name="soop-read-receipt", **{"from": "jihoon.park@sooplive.co.kr"},
     name_from="박지훈", date="Thu, 05 Sep 2024 14:32:00 +0900",
     subject=subj("읽음: [KCSC-240905-04] 불법정보 시정요구 / Request for removal"),
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn_b1_5f3e"

--mdn_b1_5f3e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: jihoon.park@sooplive.co.kr
제목: [KCSC-240905-04] 불법정보 시정요구 / Request for removal
보낸 날짜: 2024-09-05 오후 2:00

메시지를 2024-09-05 오후 2:32에 읽었습니다.

--mdn_b1_5f3e
Content-Type: message/disposition-notification

Reporting-UA: sooplive.co.kr; Microsoft Outlook 16.0
Final-Recipient: rfc822;jihoon.park@sooplive.co.kr
Original-Message-ID: <{mid("KCSC-240905-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b1_5f3e--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook Korean read receipt (MDN)",
     why="read receipt",
     items={})

case(name="dc-ticket-receipt-echo", **{"from": "noreply@dcinside.com"},
     name_from="디시인사이드 신고센터", date="Wed, 04 Sep 2024 09:41:30 +0900",
     subject=subj("[디시인사이드] 신고가 접수되었습니다 (#DC-2409-55102)"),
     body=f"""
아래 내용으로 신고가 접수되었습니다.
처리 결과는 담당자 확인 후 등록하신 메일 주소로 안내드립니다.

신고 번호: DC-2409-55102
신고 대상 URL:
  {C[1]}
  {C[2]}
신고 사유: 불법정보 (방송통신심의위원회 시정요구)
접수 일시: 2024-09-04 09:41

※ 본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="ticket-system receipt echoing the reported URLs",
     why="receipt that only echoes the report; no statement",
     items={C[1]: "pending", C[2]: "pending"})

case(name="inven-out-of-office-english", **{"from": "mj.lee@inven.co.kr"},
     name_from="Lee Minjae", date="Mon, 09 Sep 2024 16:20:30 +0900",
     subject="Automatic reply: [KCSC-240909-06] Request for removal",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
Thank you for your message. I am away for the Chuseok holidays and will be
back on 19 September. Your email will not be forwarded.

추석 연휴로 9월 19일까지 부재중입니다. 복귀 후 확인하겠습니다.

Lee Minjae | Inven Community Operations
""",
     outcome="ignored", classification="auto_reply",
     imitates="Chuseok holiday out-of-office auto-reply",
     why="out-of-office auto-reply",
     items={})

ndr_text = """Delivery has failed to these recipients or groups:

legal@fmkorea.com
The recipient's mailbox is full and can't accept messages now. Please try
resending this message later, or contact the recipient directly.
"""
case(name="fmkorea-ndr-mailbox-full", **{"from": "postmaster@fmkorea.com"},
     name_from="Microsoft Outlook", date="Fri, 06 Sep 2024 10:15:40 +0900",
     subject=subj("배달되지 않음: [KCSC-240906-05] 불법정보 시정요구"),
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="ndr_fm_0906"

--ndr_fm_0906
Content-Type: text/plain; charset=us-ascii

{ndr_text}
--ndr_fm_0906
Content-Type: message/delivery-status

Reporting-MTA: dns;mail.fmkorea.com

Final-Recipient: rfc822;legal@fmkorea.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 mailbox full

--ndr_fm_0906
Content-Type: text/rfc822-headers

From: KCSC <takedown@kcsc.example>
To: legal@fmkorea.com
Subject: [KCSC-240906-05] Request for removal
Message-ID: <{mid("KCSC-240906-05")}@kcsc.example>

--ndr_fm_0906--
""",
     outcome="ignored", classification="bounce",
     imitates="Exchange NDR (mailbox full)",
     why="non-delivery report",
     items={})


HEADER = """# Blind set 891 (focus: Korean portals and community sites).
# Written by tests/corpus/blind891/make.py before any run of the reader;
# expected results come from each email's meaning alone. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
