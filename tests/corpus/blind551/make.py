#!/usr/bin/env python3
"""Blind corpus set 551 (Korean portals: NAVER, Kakao/Daum/Tistory, YouTube
Korea, DC Inside, BAND).

    python3 tests/corpus/blind551/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was run on any of them. Every name, id and URL is fictional.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind551"


def pct(url):
    return quote(url, safe=":/?&=@_-.~%")


# ---------------------------------------------------------------- requests
TS1_RAW = "https://bada-story.tistory.com/entry/투자-리딩방-무료-초대"
TS2_RAW = "https://nolja-log.tistory.com/entry/주식-무료추천-방"
TS1 = pct(TS1_RAW)
TS2 = pct(TS2_RAW)

R1 = "KCSC-240903-01"
R1_URLS = [
    "https://blog.naver.com/moonlit_kr/223551100201",
    "https://blog.naver.com/moonlit_kr/223551100345",
    "https://blog.naver.com/sora_pick77/223548812010",
    "https://cafe.naver.com/greenstockclub/48812",
    "https://cafe.naver.com/greenstockclub/48850",
    "https://cafe.naver.com/joonggo0908/1203377",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=472219033",
    "https://m.blog.naver.com/hanul_diary_22/223540076611",
    "https://blog.naver.com/PostView.naver?blogId=bluecrab_s&logNo=223557000918",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120044&memberNo=5512093",
    "https://cafe.naver.com/greenstockclub/49003",
    "https://blog.naver.com/sora_pick77/223549920144",
    "https://tv.naver.com/v/58812274",
    "https://blog.naver.com/goldtip_master/223560012377",
]
N = {i + 1: u for i, u in enumerate(R1_URLS)}

R2 = "KCSC-240905-02"
K1 = "https://cafe.daum.net/happyinvest100/Zx3k/1881"
K2 = "https://cafe.daum.net/happyinvest100/Zx3k/1902"
K3 = TS1
K4 = "https://v.daum.net/v/20240830123456789"
K5 = "https://pf.kakao.com/_xkQzbn/105512391"

R3 = "KCSC-240906-03"
Y1 = "https://www.youtube.com/watch?v=Qd7rT2xkP0a"
Y2 = "https://www.youtube.com/watch?v=bN4uL9wZy3E"
Y3 = "https://www.youtube.com/shorts/Hk2pVx8mQ1s"
Y4 = "https://www.youtube.com/@juksan_tv_official"

R4 = "KCSC-240909-04"
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912044"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmaster&no=551203"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmaster&no=551377"
D4 = "https://gall.dcinside.com/mini/board/view/?id=yeouido&no=3310"

R5 = "KCSC-240910-05"
B1 = "https://band.us/band/81234567/post/2210"
B2 = "https://band.us/band/81234567/post/2245"
B3 = "https://band.us/band/90012388/post/77"

R6 = "KCSC-240911-06"
S1 = "https://blog.naver.com/jjin_review_9/223563300114"

R7 = "KCSC-240912-07"
T1 = "https://cafe.daum.net/mom2mom_talk/Bo7N/55120"
T2 = TS2

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R1, "naver", "2024-09-03T10:05:00+09:00", "2024-09-10T18:00:00+09:00", R1_URLS,
     "illegal_finance", 'NAVER blog/cafe/지식iN/TV: unregistered "리딩방" promotions, 14 posts'),
    (R2, "kakao", "2024-09-05T11:20:00+09:00", "2024-09-12T18:00:00+09:00", [K1, K2, K3, K4, K5],
     "illegal_finance", "Daum cafe, Tistory, Daum news, Kakao Channel; one post per URL"),
    (R3, "youtube", "2024-09-06T10:12:00+09:00", "2024-09-13T18:00:00+09:00", [Y1, Y2, Y3, Y4],
     "illegal_finance", "YouTube Korea: videos, a Short and a channel"),
    (R4, "dcinside", "2024-09-09T14:30:00+09:00", "2024-09-16T18:00:00+09:00", [D1, D2, D3, D4],
     "illegal_finance", "DC Inside gallery, minor gallery, mini gallery"),
    (R5, "band", "2024-09-10T09:40:00+09:00", "2024-09-17T18:00:00+09:00", [B1, B2, B3],
     "gambling", "BAND posts, two bands"),
    (R6, "naver", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00", [S1],
     "illegal_finance", "single blog post"),
    (R7, "kakao", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", [T1, T2],
     "illegal_finance", "Daum cafe post and a Tistory entry (Korean path, stored percent-encoded)"),
]


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def thread(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def ew(text):
    return "=?utf-8?b?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted_request_lines(ref, urls, prefix="> "):
    lines = [
        "방송통신심의위원회입니다.",
        f"아래 정보에 대하여 시정요구(삭제)를 통보하오니 조치 후 결과를 회신하여 주시기 바랍니다. (문서번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국"]
    return "\n".join((prefix + l).rstrip() for l in lines)


REQ_TEXT = {ref: urls for ref, _p, _s, _d, urls, _c, _n in REQUESTS}

NAVER_POLICY = "policy@navercorp.com"

# ---------------------------------------------------------------- cases
cases = []


def add(**c):
    # Non-ASCII display names are RFC 2047 encoded, as real mailers do; every
    # other case also has its Korean subject encoded (the rest stay raw UTF-8).
    if not c["name_from"].isascii():
        c["name_from"] = ew(c["name_from"])
    if len(cases) % 2 == 1 and not c["subject"].isascii():
        c["subject"] = ew(c["subject"])
    cases.append(c)


# ---- applied --------------------------------------------------------------
add(
    name="naver-gongmun-text-table",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원실",
    date="Fri, 06 Sep 2024 16:41:07 +0900",
    subject=f"[회신] 시정요구({R1})에 대한 조치결과 통보",
    reply_to_req=thread(R1),
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 불법금융정보 담당자
제목: 시정요구({R1})에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 통보하신 시정요구 건과 관련하여 당사의 조치 결과를
   아래와 같이 회신합니다.

- 아 래 -

 번호 | URL                                             | 조치결과
------+-------------------------------------------------+-----------------------------
  1   | {N[1]}  | 삭제
  2   | {N[2]}  | 삭제
  3   | {N[3]} | 임시조치(30일)
  4   | {N[4]}     | 게시물 없음(작성자 삭제)
  5   | {N[5]}     | 미조치(운영원칙 위반 확인 불가)

3. 5번 게시물은 종목에 대한 개인 의견을 적은 글로, 유료 리딩방 홍보나 투자 권유
   문구가 확인되지 않아 게시를 유지하였습니다.
4. 나머지 9건은 확인이 진행 중이며, 결과가 나오는 대로 별도로 회신드리겠습니다.  끝.

네이버 주식회사 정책지원실
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 통보 with a text table",
    why="text table: two 삭제, one 임시조치, one 작성자 삭제, one 미조치 with its reason; the other nine are unnamed",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"},
)

html_a2 = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원실입니다.</p>
<p>방송통신심의위원회 시정요구 <b>{R1}</b> 건 중 아래 5건의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No</th><th>대상 URL</th><th>서비스</th><th>처리 결과</th></tr>
<tr><td>6</td><td><a href="{N[6]}">{N[6]}</a></td><td>카페</td><td>게시중단</td></tr>
<tr><td>7</td><td><a href="{N[7].replace('&', '&amp;')}">{N[7].replace('&', '&amp;')}</a></td><td>지식iN</td><td>블라인드</td></tr>
<tr><td>8</td><td><a href="{N[8]}">{N[8]}</a></td><td>블로그</td><td>임시조치 (2024.09.09 ~ 2024.10.08)</td></tr>
<tr><td>9</td><td><a href="{N[9].replace('&', '&amp;')}">{N[9].replace('&', '&amp;')}</a></td><td>블로그</td><td>해당 게시물 없음 (작성자가 이미 삭제)</td></tr>
<tr><td>10</td><td><a href="{N[10].replace('&', '&amp;')}">{N[10].replace('&', '&amp;')}</a></td><td>포스트</td><td>조치 불가 (위반 사항 없음, 게시 유지)</td></tr>
</table>
<p>10번 포스트는 금융상품 일반 정보를 소개하는 글로, 리딩방 가입 유도나 수익 보장 표현이 없어 게시를 유지하였습니다.</p>
<p style="color:#888">본 메일은 발신 전용이 아닙니다. 문의 사항은 회신으로 보내 주세요.<br>
네이버 운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
</body></html>"""
add(
    name="naver-html-result-table",
    **{"from": NAVER_POLICY}, name_from="NAVER 정책지원실",
    date="Mon, 09 Sep 2024 11:02:44 +0900",
    subject=f"RE: [{R1}] 불법 금융정보 시정요구 - 2차 처리 결과",
    reply_to_req=thread(R1),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(html_a2),
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원 result table in HTML (게시중단 / 블라인드 / 임시조치 / 게시물 없음 / 유지)",
    why="HTML table, one row per URL (hrefs with &amp;), quoted-printable; a policy link that is no item",
    items={N[6]: "removed", N[7]: "removed", N[8]: "restricted", N[9]: "not_found", N[10]: "rejected"},
)

csv_a3 = "\ufeff번호,URL,조치결과,조치일시,비고\n" + "\n".join([
    f"11,{N[11]},삭제,2024-09-10 14:02,카페 운영원칙 위반(불법 투자자문 광고)",
    f"12,{N[12]},임시조치,2024-09-10 14:05,30일 후 재게시 요청 가능",
    f"13,{N[13]},삭제,2024-09-10 14:11,동영상 재생 중단 및 삭제",
    f"14,{N[14]},게시물 없음,-,존재하지 않는 게시물(작성자 삭제)",
]) + "\n"
add(
    name="naver-csv-attachment",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원실",
    date="Tue, 10 Sep 2024 17:25:31 +0900",
    subject=f"[{R1}] 시정요구 3차 조치결과 송부",
    reply_to_req=thread(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv551csv"

--nv551csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원실입니다.

{R1} 건 중 남은 4건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

감사합니다.
--nv551csv
Content-Type: text/csv; charset=utf-8; name="{R1}_result.csv"
Content-Disposition: attachment; filename="{R1}_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_a3)}
--nv551csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (UTF-8 with BOM, Korean headers)",
    why="the CSV states each of the four remaining URLs: 삭제, 임시조치, 삭제, 게시물 없음",
    items={N[11]: "removed", N[12]: "restricted", N[13]: "removed", N[14]: "not_found"},
)

a4_status = {
    1: "게시중단", 2: "게시중단", 3: "임시조치(30일)", 4: "게시물 없음",
    5: "조치 불가 - 운영원칙 위반 아님", 6: "게시중단", 7: "블라인드", 8: "임시조치(30일)",
    9: "작성자 삭제로 게시물 없음", 10: "조치 불가 - 위반 사항 없음, 게시 유지", 11: "게시중단",
    12: "임시조치(30일)", 13: "삭제", 14: "유효하지 않은 URL(존재하지 않는 게시물)",
}
a4_body = [
    "방송통신심의위원회 담당자님께,",
    "",
    f"{R1} 시정요구 14건에 대한 최종 조치 결과를 정리하여 회신드립니다.",
    "",
]
for i in range(1, 15):
    a4_body.append(f"{i}. {N[i]}")
    a4_body.append(f"   → {a4_status[i]}")
a4_body += [
    "",
    "조치 불가 2건(5, 10번)은 내용 검토 결과 투자 권유, 수익 보장, 유료 회원 모집 등",
    "불법 금융정보로 볼 만한 표현이 없어 게시를 유지하였습니다.",
    "",
    "네이버 주식회사 정책지원실 드림",
]
add(
    name="naver-final-list-base64",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원실",
    date="Thu, 12 Sep 2024 10:15:00 +0900",
    subject=f"[{R1}] 최종 조치결과 회신 (14건)",
    reply_to_req=thread(R1),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64("\n".join(a4_body) + "\n"),
    outcome="applied", classification="confirmation",
    imitates="final 조치결과 회신 of a whole 시정요구, numbered list, result on the line below each URL",
    why="every one of the 14 URLs with its result on the next line (→ …), base64 body",
    items={
        N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected",
        N[6]: "removed", N[7]: "removed", N[8]: "restricted", N[9]: "not_found", N[10]: "rejected",
        N[11]: "removed", N[12]: "restricted", N[13]: "removed", N[14]: "not_found",
    },
)

add(
    name="naver-blog-blind-url-below",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그",
    date="Thu, 12 Sep 2024 09:31:12 +0900",
    subject=f"[네이버 블로그] 게시물 처리 결과 안내 ({R6})",
    body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.

방송통신심의위원회에서 요청하신 아래 게시물은 블로그 운영정책(불법 금융 광고)
위반이 확인되어 블라인드 처리하였습니다.

{S1}

블라인드 처리된 게시물은 작성자 본인을 포함하여 누구도 열람할 수 없습니다.
운영정책 전문은 https://blog.naver.com/blogpeople/223000000001 에서 확인하실 수 있습니다.

감사합니다.
네이버 블로그 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 블라인드 처리 안내",
    why="the statement stands above the URL on its own line; the blogpeople notice link is not requested",
    items={S1: "removed"},
)

add(
    name="naver-sole-item-temporary-measure",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원실",
    date="Thu, 12 Sep 2024 18:03:55 +0900",
    subject=f"Re: [{R6}] 불법 금융정보 시정요구",
    reply_to_req=thread(R6),
    body="""
안녕하세요, 네이버 정책지원실입니다.

요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치를
완료하였습니다. 임시조치 기간 중 게시자의 재게시 요청이 접수되면 별도로
안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 완료 회신 in a thread, no URL",
    why="the only statement of a reply to a one-item request (ref and thread): 임시조치 done",
    items={S1: "restricted"},
)

add(
    name="kakao-gongmun-list",
    **{"from": "policy-coop@kakaocorp.com"}, name_from="카카오 정책협력팀",
    date="Tue, 10 Sep 2024 15:48:20 +0900",
    subject=f"[카카오] 시정요구({R2}) 조치결과 회신",
    reply_to_req=thread(R2),
    body=f"""
수신자: 방송통신심의위원회 위원장
(경유)
제목: 시정요구({R2}) 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 관련: 방송통신심의위원회 시정요구 {R2}(2024. 9. 5.)
3. 위 호와 관련하여 당사 서비스 내 게시물에 대한 조치 결과를 다음과 같이 회신합니다.

  가. {K1}
      : 게시글 삭제
  나. {K2}
      : 게시글 삭제 및 작성자 카페 활동 정지
  다. {K3}
      : 임시조치(30일)
  라. {K4}
      : 조치하지 않음. 언론사가 제공한 기사 원문으로, 당사가 임의로 삭제하거나
        수정할 수 없습니다. 해당 언론사에 직접 요청하여 주시기 바랍니다.
  마. {K5}
      : 해당 게시물 없음(채널 관리자가 요청 이전에 삭제)

4. 기타 문의 사항은 정책협력팀으로 연락 주시기 바랍니다.  끝.

주식회사 카카오 정책협력팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 (수신자/관련/가나다 list) 시정요구 조치결과 회신",
    why="가~마 list, result on the line below each URL: 삭제, 삭제, 임시조치, refusal with reason, 게시물 없음",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "rejected", K5: "not_found"},
)

add(
    name="daum-particles-fullwidth",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페 운영팀",
    date="Fri, 13 Sep 2024 13:20:09 +0900",
    subject=f"Re: [{R7}] 게시물 조치 요청",
    reply_to_req=thread(R7),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

{T1}의 게시글은 카페 운영원칙 위반(불법 투자 정보)으로 삭제 처리되었습니다.

요청하신 티스토리 게시글（{TS2_RAW}）은 티스토리 팀에서 임시조치(30일)하였습니다.

추가로 확인이 필요하신 부분이 있으면 회신 주세요.
Daum 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal Daum cafe operator reply with URLs glued to Korean particles and full-width parentheses",
    why="'…/55120의 게시글은 … 삭제'; a raw Korean-path Tistory URL in full-width parentheses, 임시조치",
    items={T1: "removed", T2: "restricted"},
)

html_a9 = f"""<div style="font-family:'Apple SD Gothic Neo',sans-serif">
<p>안녕하세요. 카카오 고객센터입니다.</p>
<p>신고하신 게시물({R2})의 처리 결과를 안내드립니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>신고 대상</th><th>처리 결과</th><th>사유</th></tr></thead>
<tbody>
<tr><td>{K1}</td><td>블라인드</td><td>불법 금융 정보</td></tr>
<tr><td>{K2}</td><td>블라인드</td><td>불법 금융 정보</td></tr>
<tr><td>{K5}</td><td>게시중단</td><td>유사투자자문 미신고 홍보</td></tr>
</tbody></table>
<p>카카오 운영정책은 <a href="https://www.kakao.com/policy/oppolicy">운영정책 페이지</a>에서,
이의 제기는 <a href="https://cs.kakao.com/helps?service=8">고객센터</a>에서 하실 수 있습니다.</p>
<p>감사합니다.<br>카카오 고객센터 드림</p>
</div>"""
add(
    name="kakao-html-qp-blind",
    **{"from": "noreply-cs@kakao.com"}, name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 10:44:51 +0900",
    subject="[카카오 고객센터] 신고하신 게시물 처리 결과 안내",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(html_a9),
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 신고 처리 결과 HTML notice",
    why="HTML table: two 블라인드 and one 게시중단; the policy and 고객센터 links are not items",
    items={K1: "removed", K2: "removed", K5: "removed"},
)

add(
    name="kakao-news-refusal-tistory",
    **{"from": "policy-coop@kakaocorp.com"}, name_from="카카오 정책협력팀 이하은",
    date="Wed, 11 Sep 2024 09:12:40 +0900",
    subject=f"RE: [{R2}] 불법 금융정보 시정요구",
    reply_to_req=thread(R2),
    body=f"""
안녕하세요, 카카오 정책협력팀 이하은입니다.

문의하신 건 중 Daum 뉴스 URL({K4})은 언론사가
송고한 기사 원문이라 카카오가 임의로 삭제하거나 노출을 제한할 수 없어 조치하지
않았습니다. 기사 내용에 대해서는 해당 언론사로 요청해 주시기 바랍니다.

티스토리 게시물 {K3} 은
오늘 오전 임시조치하였습니다.

나머지 카페 게시물은 카페 운영팀에서 별도로 회신드릴 예정입니다.

이하은 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy staff's informal prose reply: a news article it will not touch, a Tistory 임시조치",
    why="a refusal with its reason (news article, not Kakao's to delete) and a 임시조치; the cafe posts are unnamed",
    items={K4: "rejected", K3: "restricted"},
)

add(
    name="yt-legal-kr-grouped",
    **{"from": "legal-kr-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 03:18:22 +0000",
    subject=f"[{R3}] YouTube legal request outcome",
    reply_to_req=thread(R3),
    body=f"""
Hello,

Thank you for your request regarding {R3}.

After review, we have restricted access to the following content in South Korea
based on local law:

- {Y1}
- {Y2}

The following content has been removed from YouTube for violating our Community
Guidelines:

- {Y3}

We have not taken action on the following channel. In our assessment the channel
as a whole does not violate our policies or local law; individual videos may be
reported separately:

- {Y4}

You can read more about how we handle government requests at
https://support.google.com/youtube/answer/2801939

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removals outcome email (local-law restriction, guidelines removal, no action)",
    why="three headed groups: restricted in Korea (2), removed (1), no action on the channel with a reason (1)",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed", Y4: "rejected"},
)

add(
    name="yt-korean-top-posted-gmail",
    **{"from": "legal-kr-support@google.com"}, name_from="YouTube 법무팀",
    date="Tue, 10 Sep 2024 16:05:33 +0900",
    subject=f"Re: [{R3}] 불법 금융정보 시정요구",
    reply_to_req=thread(R3),
    body=f"""
안녕하세요. YouTube 법무팀입니다.

요청하신 채널 {Y4} 에 대해 현지 법률에 따라
대한민국 내 액세스를 제한했습니다.

또한 {Y1} 동영상은 업로더가 이미 삭제하여
YouTube에서 더 이상 제공되지 않습니다.

나머지 동영상은 검토가 끝나는 대로 안내드리겠습니다.

YouTube 법무팀 드림

2024년 9월 6일 (금) 오전 10:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request_lines(R3, REQ_TEXT[R3])}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal reply in Korean, top-posted over a Gmail quote of the request",
    why="channel restricted in Korea; one video already deleted by its uploader; the quoted list below states nothing",
    items={Y4: "restricted", Y1: "not_found"},
)

add(
    name="yt-outcome-below-url",
    **{"from": "youtube-legal-noreply@youtube.com"}, name_from="YouTube",
    date="Fri, 13 Sep 2024 08:40:00 +0000",
    subject=f"Update on your request {R3}",
    body=f"""
Hi,

We've completed our review of some of the content in your request {R3}.

Video: {Y2}
Outcome: Age-restricted (viewers must be signed in and 18 or older)

Video: {Y3}
Outcome: Removed - Harmful or dangerous content policy

If you have further questions, reply to this email.

- YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety per-item outcome list (Video:/Outcome: pairs)",
    why="each URL is followed by its outcome line: age-restricted, removed",
    items={Y2: "restricted", Y3: "removed"},
)

add(
    name="yt-single-removal-policy-links",
    **{"from": "legal-kr-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 22:51:10 +0000",
    subject=f"Re: [{R3}] request",
    reply_to_req=thread(R3),
    body=f"""
Hello,

We removed {Y1} for violating our spam, deceptive
practices and scams policy.

Learn more about this policy: https://support.google.com/youtube/answer/2801973
The uploader may appeal: https://www.youtube.com/t/appeals

We are still reviewing the other items in your request and will follow up.

Thanks,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube removal notice with policy and appeal links",
    why="one video removed; the help and appeal links are not items; the rest is still under review (unnamed)",
    items={Y1: "removed"},
)

add(
    name="dc-operator-informal-arrows",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 11:27:03 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청",
    reply_to_req=thread(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 요청 건({R4}) 확인했습니다.

{D1}
-> 삭제했습니다.

{D2}
-> 삭제하고 작성자 IP 차단했습니다.

{D3}
-> 저희가 확인했을 때 이미 작성자가 지운 글이었습니다.

{D4}
-> 이 글은 종목 토론 글이라 리딩방 홍보로 보기 어려워서 유지합니다.
   추가 자료 주시면 다시 보겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's informal reply, '->' result under each URL",
    why="삭제, 삭제+IP 차단, already deleted by its author, kept with a reason (the offer to look again is no promise)",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected"},
)

add(
    name="dc-angle-brackets",
    **{"from": "help@dcinside.com"}, name_from="dcinside",
    date="Wed, 11 Sep 2024 19:02:48 +0900",
    subject=f"[디시인사이드] {R4} 처리 결과",
    body=f"""
운영자 삭제 처리 완료:
<{D2}>
<{D3}>

코인 마이너 갤러리 매니저에게도 동일 내용 전달했습니다.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="terse DC Inside '운영자 삭제 처리 완료' note with URLs in angle brackets",
    why="one heading statement over two URLs each on its own line in <…>: both named, both removed",
    items={D2: "removed", D3: "removed"},
)

add(
    name="band-numbered-results",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Thu, 12 Sep 2024 14:33:00 +0900",
    subject=f"[BAND] 요청하신 게시글 처리 결과 안내 ({R5})",
    reply_to_req=thread(R5),
    body=f"""
안녕하세요, BAND 고객센터입니다.

요청하신 게시글 3건에 대한 처리 결과를 안내드립니다.

1) {B1} - 게시글 삭제 완료
2) {B2} - 게시글 삭제 완료
3) {B3} - 이미 삭제된 게시글입니다(작성자 삭제)

BAND는 불법 도박 홍보 게시글에 대해 무관용 원칙으로 대응하고 있습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 numbered 처리 결과",
    why="numbered list, status after a dash on each URL's line",
    items={B1: "removed", B2: "removed", B3: "not_found"},
)

add(
    name="band-echoed-report-private",
    **{"from": "help@band.us"}, name_from="BAND 운영정책팀",
    date="Fri, 13 Sep 2024 10:08:41 +0900",
    subject=f"Re: [{R5}] 불법 도박 게시글 시정요구",
    reply_to_req=thread(R5),
    body=f"""
안녕하세요. BAND 운영정책팀입니다.

[신고 내용]
- 신고 번호: {R5}
- 신고 유형: 불법 도박 홍보
- 신고 URL: {B3}
- 처리 결과: 게시글 비공개 처리 및 밴드 리더에게 경고

[신고 내용]
- 신고 번호: {R5}
- 신고 유형: 불법 도박 홍보
- 신고 URL: {B2}
- 처리 결과: 조치 없음 (게시글 내용이 스포츠 경기 일정 공유로, 도박 사이트 홍보가 확인되지 않음)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND reply echoing each report's fields (신고 번호/유형/URL) with its 처리 결과",
    why="비공개 처리 is removal; '조치 없음' with a reason is a refusal",
    items={B3: "removed", B2: "rejected"},
)

csv_a26 = "\ufeff게시글 주소,처리 상태,처리일\n" + "\n".join([
    f"{B1},삭제,2024-09-11",
    f"{B2},삭제,2024-09-11",
    f"{B3},유지(위반사항 없음),2024-09-11",
]) + "\n"
add(
    name="band-csv-base64",
    **{"from": "report-noreply@band.us"}, name_from="BAND",
    date="Wed, 11 Sep 2024 18:00:12 +0900",
    subject=f"[BAND] {R5} 처리 결과 파일",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="band551"

--band551
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("안녕하세요, BAND입니다." + chr(10) + R5 + " 건의 처리 결과를 첨부합니다." + chr(10))}
--band551
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="band_result_0911.csv"
Content-Transfer-Encoding: base64

{b64(csv_a26)}
--band551--
""",
    outcome="applied", classification="confirmation",
    imitates="BAND result file (CSV attachment) with a two-line base64 cover note",
    why="CSV: 삭제, 삭제, 유지(위반사항 없음)",
    items={B1: "removed", B2: "removed", B3: "rejected"},
)

add(
    name="naver-receipt-plus-urgent-action",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원실",
    date="Tue, 03 Sep 2024 13:47:19 +0900",
    subject=f"[접수완료] {R1} 시정요구 접수 및 긴급 조치 안내",
    reply_to_req=thread(R1),
    body=f"""
안녕하세요, 네이버 정책지원실입니다.

귀 위원회의 시정요구가 정상적으로 접수되었습니다(접수번호 NV-2409-771203).

긴급 건으로 분류된 {N[5]} 게시물은 접수 즉시
게시중단하였으며, {N[6]} 게시물은 현재 검토 중입니다.

나머지 게시물은 검토 후 순차적으로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 접수 완료 notice that also reports one urgent 게시중단",
    why="a receipt plus an unhedged 게시중단 of one URL; the other named URL is only under review",
    items={N[5]: "removed", N[6]: "pending"},
)

outlook_quote = "\n".join([
    "-----Original Message-----",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "Sent: Tuesday, September 3, 2024 10:05 AM",
    f"To: {NAVER_POLICY}",
    f"Subject: [{R1}] 불법 금융정보 시정요구",
    "",
    quoted_request_lines(R1, R1_URLS, prefix=""),
])
add(
    name="naver-outlook-top-posted",
    **{"from": "doyun.kim@navercorp.com"}, name_from="김도윤",
    date="Wed, 04 Sep 2024 17:12:56 +0900",
    subject=f"RE: [{R1}] 불법 금융정보 시정요구",
    reply_to_req=thread(R1),
    body=f"""
안녕하세요, 네이버 정책지원실 김도윤입니다.
아래 요청 건 중 우선 처리된 2건의 결과를 공유드립니다.

- {N[7]} : 지식iN 질문 및 답변 게시중단
- {N[13]} : 연령 제한(19세 이상) 설정

나머지 건은 처리되는 대로 추가로 회신드리겠습니다.

김도윤 드림

{outlook_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff reply top-posted over an Outlook '-----Original Message-----' quote",
    why="two results above the quote (게시중단, age restriction); the 14 quoted URLs state nothing",
    items={N[7]: "removed", N[13]: "restricted"},
)

add(
    name="naver-wrapped-url",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그/포스트 운영팀",
    date="Wed, 11 Sep 2024 11:40:31 +0900",
    subject=f"Re: [{R1}] 불법 금융정보 시정요구",
    reply_to_req=thread(R1),
    body=f"""
안녕하세요. 네이버 블로그·포스트 운영팀입니다.

요청하신 블로그 게시물
https://blog.naver.com/PostView.naver?blogId=bluecrab_s&
logNo=223557000918
은 운영정책 위반으로 삭제 처리되었습니다.

포스트 {N[10]}
도 같은 사유로 게시 중단하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog/post team reply in which the mail client broke a long URL after '&'",
    why="the PostView URL is split across two lines after '&'; a clerk reads it whole: removed; the post URL removed too",
    items={N[9]: "removed", N[10]: "removed"},
)

add(
    name="kakao-english-trust-safety",
    **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    subject=f"Re: [{R7}] Request for removal",
    reply_to_req=thread(R7),
    body=f"""
Dear KCSC team,

Regarding {R7}:

- The Daum Cafe post {T1} has been taken down
  for violating our operating policy on illegal financial information.
- We could not locate the Tistory entry at {TS2}.
  The blog owner deleted it before our review.

Kind regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao global Trust & Safety reply in English",
    why="taken down; could not locate (deleted by its owner before review), the Tistory URL percent-encoded",
    items={T1: "removed", T2: "not_found"},
)

add(
    name="naver-one-done-one-hedged",
    **{"from": "cafe_ops@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Mon, 09 Sep 2024 15:21:37 +0900",
    subject=f"[네이버 카페] {R1} 관련 회신",
    reply_to_req=thread(R1),
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

{N[11]}
 — 카페 운영정책 위반으로 게시중단되었습니다.

{N[12]}
 — 블로그 게시물로 카페 소관이 아니며, 작성자가 비공개로 전환한 것으로 보입니다.
   블로그 팀에 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe team reply: one 게시중단, one hedged remark",
    why="게시중단 is a statement; '비공개로 전환한 것으로 보입니다' is a hedge, that item stays pending",
    items={N[11]: "removed", N[12]: "pending"},
)

add(
    name="naver-single-author-deleted",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원실",
    date="Fri, 13 Sep 2024 09:05:00 +0900",
    subject=f"[회신] {R6} 조치결과",
    body=f"""
안녕하세요, 네이버 정책지원실입니다.

요청하신 URL({S1})은 이미 작성자에 의해
삭제되어 현재 존재하지 않는 게시물입니다. 이에 별도 조치 없이 종결 처리하였음을
알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 회신: 작성자 삭제로 게시물 없음, 종결",
    why="already deleted by its author, does not exist: not_found",
    items={S1: "not_found"},
)

# ---- review ---------------------------------------------------------------
add(
    name="naver-promise-to-act",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원실",
    date="Wed, 04 Sep 2024 10:22:10 +0900",
    subject=f"Re: [{R1}] 불법 금융정보 시정요구",
    reply_to_req=thread(R1),
    body=f"""
안녕하세요, 네이버 정책지원실입니다.

요청하신 게시물 중
{N[1]}
{N[2]}
위 2건은 담당 부서에서 검토 후 운영원칙에 따라 조치될 예정입니다.
처리 결과는 영업일 기준 3일 이내에 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER '검토 후 조치될 예정' interim reply",
    why="names two URLs with only a promise ('조치될 예정'): nothing stated, a person looks",
    items={N[1]: "pending", N[2]: "pending"},
)

add(
    name="kakao-hedged-cafe",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페 운영팀",
    date="Fri, 06 Sep 2024 16:16:16 +0900",
    subject=f"Re: [{R2}] 불법 금융정보 시정요구",
    reply_to_req=thread(R2),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

확인해 보니 {K1} 게시글은 카페지기가 이미
정리한 것으로 보이고, {K2} 도 삭제되었을
가능성이 있습니다. 정확한 처리 여부는 카페 측에 확인한 뒤 다시 안내드리겠습니다.

Daum 카페 운영팀 드림
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe operator's hedged first answer",
    why="'정리한 것으로 보이고', '삭제되었을 가능성이 있습니다': hedges only, nothing to apply",
    items={K1: "pending", K2: "pending"},
)

add(
    name="naver-bulk-all-14",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원실",
    date="Fri, 13 Sep 2024 11:30:00 +0900",
    subject=f"[회신] {R1} 조치 완료",
    reply_to_req=thread(R1),
    body=f"""
안녕하세요, 네이버 정책지원실입니다.

{R1} 관련, 요청하신 게시물 14건 전부에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line '요청하신 게시물 전부 조치 완료' reply",
    why="one statement covering 14 items without naming any: bulk, to be confirmed by a person",
    items={u: "pending" for u in R1_URLS},
)

add(
    name="dc-bulk-informal",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드",
    date="Tue, 10 Sep 2024 09:58:00 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청",
    reply_to_req=thread(R4),
    body="""
안녕하세요~ 말씀하신 글들 전부 삭제했습니다.
앞으로도 이런 글 보이면 바로 알려주세요.

디시인사이드 운영팀
""",
    outcome="review", review="bulk",
    imitates="DC Inside operator's one-line informal 'all deleted'",
    why="'글들 전부 삭제' for a four-item request, no URL: bulk",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"},
)

add(
    name="naver-auth-fail",
    **{"from": "policy@naver.com"}, name_from="네이버 정책지원",
    auth="fail",
    date="Thu, 05 Sep 2024 20:14:02 +0900",
    subject=f"[{R1}] 조치결과",
    body=f"""
{N[3]} 게시중단 완료
{N[8]} 게시중단 완료

네이버 정책지원
""",
    outcome="review", review="untrusted",
    imitates="a NAVER-looking result note whose DKIM/SPF/DMARC fail",
    why="statements look clear but the naver.com sender fails authentication",
    items={N[3]: "pending", N[8]: "pending"},
)

add(
    name="dc-gallery-manager-gmail",
    **{"from": "coinmaster.manager@gmail.com"}, name_from="코인갤 매니저",
    date="Tue, 10 Sep 2024 02:11:45 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청",
    reply_to_req=thread(R4),
    body=f"""
코인 마이너 갤러리 매니저입니다. 운영팀에서 전달받았습니다.

{D2}
{D3}
두 글 다 제가 지웠고 작성자도 차단했어요.
""",
    outcome="review", review="unknown_sender",
    imitates="a volunteer minor-gallery manager answering from a personal Gmail account",
    why="clear statements, but the sender is no platform domain (a user-manager's gmail.com)",
    items={D2: "pending", D3: "pending"},
)

add(
    name="naver-about-band-posts",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원실",
    date="Thu, 12 Sep 2024 16:40:00 +0900",
    subject=f"Re: [{R5}] 불법 도박 게시글 시정요구",
    body=f"""
안녕하세요, 네이버 정책지원실입니다.

BAND 서비스 게시글 {B1} 은 삭제 조치되었고,
{B2} 은 위반 사항이 확인되지 않아 유지하였습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER group policy desk answering for a BAND request",
    why="navercorp.com states results for items of the band platform (config: BAND senders are band.us only)",
    items={B1: "pending", B2: "pending"},
)

add(
    name="kakao-contact-change",
    **{"from": "policy-coop@kakaocorp.com"}, name_from="카카오 정책협력팀",
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject="[카카오] 시정요구 회신 담당 창구 변경 안내",
    body="""
안녕하세요, 카카오 정책협력팀입니다.

2024년 10월 1일부터 방송통신심의위원회 시정요구 관련 회신은
정책협력팀 공용 메일(policy-coop@kakaocorp.com)에서만 발송됩니다.
기존 담당자 개인 메일로 보내주신 요청도 공용 메일로 전달되어 처리되니 참고 부탁드립니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Kakao notice of a change of contact address",
    why="trusted Kakao mail that names no item and references no request",
    items={},
)

add(
    name="yt-asks-court-order",
    **{"from": "legal-kr-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:30:00 +0000",
    subject=f"Re: [{R3}] additional information needed",
    reply_to_req=thread(R3),
    body=f"""
Hello,

Thank you for contacting us about {R3}.

To process your request regarding {Y4} we need
additional information:

  1. a copy of the decision (시정요구 의결서) covering this channel;
  2. the specific videos on the channel, with timestamps, that you consider unlawful.

Once we receive this information we will review the channel again.

Regards,
YouTube Legal Support
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="YouTube legal request for supporting documents",
    why="asks for the decision and timestamps before reviewing; no status",
    items={Y4: "pending"},
)

add(
    name="dc-numbers-only-over-quote",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 10:10:10 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청",
    reply_to_req=thread(R4),
    body=f"""
1번이랑 2번 글은 삭제했고 4번은 이미 없는 글입니다.
3번은 확인 중이에요.

2024년 9월 9일 (월) 오후 2:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request_lines(R4, REQ_TEXT[R4])}
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator answering by list number over a Gmail quote",
    # Amended by the lead after the first run (which counted this case's two
    # applications as false): the writer expected a person to map the
    # numbers, but the project's rule (docs/reader.md, "Places in a list";
    # blind-120 and blind-126 expect the same) reads a place in our own
    # numbered request, quoted in the reply, as that item.
    why="1번, 2번, 3번, 4번 are the places in our own numbered request quoted below: 1 and 2 deleted, 4 already gone, 3 still being checked (amended after the first run; the writer expected review, a person mapping the numbers)",
    items={D1: "removed", D2: "removed", D3: "pending", D4: "not_found"},
)

add(
    name="naver-forwarded-internal",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원실",
    date="Fri, 06 Sep 2024 09:44:00 +0900",
    subject=f"Fwd: [카페] {R1} 처리 결과",
    body=f"""
위원회 담당자님, 카페 운영팀 회신 전달드립니다.

---------- Forwarded message ---------
보낸사람: 네이버 카페 운영팀 <cafe_ops@navercorp.com>
Date: 2024년 9월 5일 (목) 오후 6:20
Subject: [카페] {R1} 처리 결과
To: 정책지원실 <{NAVER_POLICY}>

정책지원실 담당자님,
{N[4]} 은 이미 작성자가 삭제한 글이고,
{N[11]} 은 카페 운영정책 위반으로 게시중단했습니다.
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="NAVER policy desk forwarding an internal cafe-team note",
    why="the statements are in a forwarded message, not the sender's own",
    items={N[4]: "pending", N[11]: "pending"},
)

html_l = f"""<html><body>
<p>안녕하세요. 카카오 고객센터입니다. 신고 건({R2}) 처리 결과입니다.</p>
<table border="1"><tr><th>URL</th><th>결과</th></tr>
<tr><td>{K1}</td><td>삭제</td></tr>
</table>
<p>참고로 {K1} 게시글은 카페 운영원칙상 위반 사항이 확인되지 않아 게시를 유지하였습니다.</p>
<p>카카오 고객센터 드림</p>
</body></html>"""
add(
    name="kakao-table-contradicts-text",
    **{"from": "noreply-cs@kakao.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 12:12:12 +0900",
    subject=f"[카카오 고객센터] {R2} 처리 결과",
    type="html",
    body=html_l,
    outcome="review", review="conflicting_statements",
    imitates="Kakao HTML result whose table and prose disagree",
    why="the table says 삭제 and the sentence below says 게시 유지 for the same post",
    items={K1: "pending"},
)

# ---- ignored --------------------------------------------------------------
add(
    name="naver-out-of-office",
    **{"from": "seoyeon.park@navercorp.com"}, name_from="박서연",
    date="Mon, 09 Sep 2024 09:00:03 +0900",
    subject=f"[부재중] Re: [{R1}] 불법 금융정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""
안녕하세요. 박서연입니다.
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
시정요구 관련 급한 용무는 {NAVER_POLICY} 로 보내 주시기 바랍니다.

(자동 응답 메일입니다)
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="an out-of-office auto-reply",
    items={},
)

add(
    name="dc-bounce-user-unknown",
    **{"from": "MAILER-DAEMON@dcinside.com"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 14:30:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn551dc"

--dsn551dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@dcinside.com>: host mx1.dcinside.com[local] said: 550 5.1.1
    <legal@dcinside.com>: Recipient address rejected: User unknown

--dsn551dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Mon,  9 Sep 2024 14:30:40 +0900

Final-Recipient: rfc822; legal@dcinside.com
Original-Recipient: rfc822;legal@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@dcinside.com>: Recipient address rejected: User unknown

--dsn551dc
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@dcinside.com
Subject: [{R4}] 게시물 삭제 요청
Date: Mon, 09 Sep 2024 14:30:00 +0900
Message-ID: <{msgid(R4)}>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request_lines(R4, REQ_TEXT[R4], prefix="")}

--dsn551dc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning the request with its URLs",
    why="a bounce; the returned request's URLs state nothing",
    items={},
)

add(
    name="kakao-mdn-read",
    **{"from": "policy-coop@kakaocorp.com"}, name_from="카카오 정책협력팀",
    date="Thu, 05 Sep 2024 13:02:10 +0900",
    subject=f"읽음: [{R2}] 불법 금융정보 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn551kk"

--mdn551kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[{R2}] 불법 금융정보 시정요구"을(를) 수신자가 2024-09-05 13:02에 읽었습니다.

--mdn551kk
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; policy-coop@kakaocorp.com
Original-Message-ID: <{msgid(R2)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn551kk--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean groupware 읽음 확인 (MDN)",
    why="a read receipt",
    items={},
)

add(
    name="yt-ticket-receipt",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Fri, 06 Sep 2024 01:13:09 +0000",
    subject=f"[7-3120000041123] {R3} - we received your request",
    body=f"""
Hello,

Thanks for reaching out. This is an automated message to confirm that we've
received your request ({R3}). Our team will review it and get back to you.

Your case ID is [7-3120000041123]. Please keep this ID in the subject line of
any further correspondence about this request.

Please do not reply to this message.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal ticket receipt with a case ID",
    why="a pure acknowledgement",
    items={},
)

add(
    name="band-inquiry-received",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Tue, 10 Sep 2024 09:41:30 +0900",
    subject=f"[BAND 고객센터] 문의가 접수되었습니다 ({R5})",
    body=f"""
안녕하세요, BAND 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
 - 접수번호: BD20240910-00418
 - 문의 제목: [{R5}] 불법 도박 게시글 시정요구

답변은 접수 순서에 따라 순차적으로 드리고 있습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND 고객센터 문의 접수 안내",
    why="a receipt with a ticket number, nothing about any item",
    items={},
)

add(
    name="daum-bounce-mailbox-full",
    **{"from": "MAILER-DAEMON@daum.net"}, name_from="Daum 메일 시스템",
    date="Thu, 12 Sep 2024 10:00:40 +0900",
    subject="[전송 실패] 메일이 전달되지 않았습니다",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn551dm"

--dsn551dm
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 아래 수신자에게 전달되지 못했습니다.

받는 사람: cafe_report@daum.net
실패 사유: 받는 사람의 메일함 용량이 가득 찼습니다. (552 5.2.2)
원본 제목: [{R7}] 게시물 조치 요청

--dsn551dm
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net

Final-Recipient: rfc822; cafe_report@daum.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn551dm
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cafe_report@daum.net
Subject: [{R7}] {ew("게시물 조치 요청")}
Message-ID: <{msgid(R7)}>
Date: Thu, 12 Sep 2024 10:00:00 +0900

--dsn551dm--
""",
    outcome="ignored", classification="bounce",
    imitates="Daum mail 전송 실패 DSN (mailbox full)",
    why="a bounce",
    items={},
)

add(
    name="naver-helpdesk-receipt-quoted",
    **{"from": "helpcenter-noreply@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 15:00:41 +0900",
    subject=f"[네이버 고객센터] 문의 접수 안내 (문의번호 2409110087721)",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

문의하신 내용이 접수되었습니다. (문의번호 2409110087721)
담당자가 확인 후 순차적으로 답변드리겠습니다.

----- 접수된 문의 내용 -----
{quoted_request_lines(R6, REQ_TEXT[R6], prefix="")}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 안내 echoing the inquiry",
    why="a receipt; the echoed request below names the URL but states nothing",
    items={},
)

HEADER = """# blind551: blind corpus set (Korean portals: NAVER, Kakao/Daum/Tistory,
# YouTube Korea, DC Inside, BAND). Written by tests/corpus/blind551/make.py
# from each email's meaning, before the reader was run on it.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(len(cases), "cases")
