#!/usr/bin/env python3
"""Blind set 221 (Korean portals): NAVER, Kakao/Daum, YouTube Korea,
DC Inside and BAND replies written in Korean (공문 style 조치결과 회신,
임시조치 notices, 시정요구 조치결과 tables, informal operator replies),
plus auto-replies, bounces, read receipts and ticket receipts.

Written from each email's meaning, before any run of the reader.

    python3 tests/corpus/blind221/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind221"

# ---------------------------------------------------------------- requests
TISTORY_RAW = "https://greenleaf77.tistory.com/entry/해외직구-후기"
TISTORY = "https://greenleaf77.tistory.com/entry/" + urllib.parse.quote("해외직구-후기")

NV = {
    "b1": "https://blog.naver.com/sunflower_88/223551001",
    "b2": "https://blog.naver.com/sunflower_88/223551047",
    "b3": "https://blog.naver.com/moonlit_path/223549920",
    "c1": "https://cafe.naver.com/cheongdam7/48812",
    "c2": "https://cafe.naver.com/cheongdam7/48830",
    "c3": "https://cafe.naver.com/bluewhale2020/1175",
    "kin": "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120345",
    "b4": "https://blog.naver.com/greenpine_k/223560318",
    "post": "https://post.naver.com/viewer/postView.naver?volumeNo=38120077&memberNo=5512093",
    "c4": "https://cafe.naver.com/bluewhale2020/1182",
    "b5": "https://blog.naver.com/moonlit_path/223550002",
    "tv": "https://tv.naver.com/v/58120331",
}
KK = {
    "d1": "https://cafe.daum.net/moonriver12/Jk3P/771",
    "d2": "https://cafe.daum.net/moonriver12/Jk3P/779",
    "ts": TISTORY,
    "br": "https://brunch.co.kr/@quietfox/41",
    "pf": "https://pf.kakao.com/_xQmPzb/104211233",
}
YT = {
    "v1": "https://www.youtube.com/watch?v=Qm3vT8pLx2A",
    "v2": "https://www.youtube.com/watch?v=Hd9wK1rNe7s",
    "sh": "https://www.youtube.com/shorts/Zk4Rb2uYw0c",
    "ch": "https://www.youtube.com/@hangang_nightowl",
}
DC = {
    "s1": "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912345",
    "m1": "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=228801",
    "m2": "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=228815",
}
BD = {
    "p1": "https://band.us/band/81234567/post/3301",
    "p2": "https://band.us/band/81234567/post/3318",
}
NV1 = "https://blog.naver.com/daybreak_owl/223571188"
YT1 = "https://www.youtube.com/watch?v=Lp0sN3cVq1E"

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00",
     list(NV.values()), "defamation", "req-240903-01@kcsc.example", "블로그·카페 명예훼손 게시물 일괄"),
    ("KCSC-240905-01", "kakao", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00",
     list(KK.values()), "illegal_trade", "req-240905-01@kcsc.example", "다음카페·티스토리·브런치 불법 거래"),
    ("KCSC-240906-01", "youtube", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     list(YT.values()), "gambling", "req-240906-01@kcsc.example", "불법 도박 홍보 영상"),
    ("KCSC-240910-01", "dcinside", "2024-09-10T09:40:00+09:00", "2024-09-17T18:00:00+09:00",
     list(DC.values()), "privacy", "req-240910-01@kcsc.example", "개인정보 노출 게시글"),
    ("KCSC-240911-01", "band", "2024-09-11T15:20:00+09:00", "2024-09-18T18:00:00+09:00",
     list(BD.values()), "obscenity", "req-240911-01@kcsc.example", "밴드 음란 게시글"),
    ("KCSC-240912-01", "naver", "2024-09-12T13:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [NV1], "defamation", "req-240912-01@kcsc.example", "블로그 단건"),
    ("KCSC-240913-01", "youtube", "2024-09-13T16:10:00+09:00", "2024-09-20T18:00:00+09:00",
     [YT1], "harmful_to_minors", "req-240913-01@kcsc.example", "청소년 유해 영상 단건"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text, bom=False):
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    return base64.encodebytes(data).decode("ascii")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls):
    lines = [f"안녕하십니까, 방송통신심의위원회입니다.",
             f"",
             f"아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 요청드립니다. (요청번호 {ref})",
             f""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(lines)


NV_URLS = list(NV.values())
KK_URLS_RAW = [KK["d1"], KK["d2"], TISTORY_RAW, KK["br"], KK["pf"]]

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================= APPLIED
case(
    name="naver-gongmun-text-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 17:22:10 +0900",
    subject="[네이버] 시정요구 조치결과 회신 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""
수  신: 방송통신심의위원회 통신심의국
참  조: 시정요구 담당자
제  목: 시정요구 조치결과 회신 (귀 위원회 요청번호 KCSC-240903-01)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 정보에 대하여 당사 운영정책 및
   관계 법령에 따라 검토하였으며, 1차 조치 결과를 아래와 같이 회신합니다.

 순번 | 정보 URL                                                  | 조치결과
 -----+-----------------------------------------------------------+------------------------
  1   | {NV['b1']}             | 삭제
  2   | {NV['b2']}             | 블라인드
  3   | {NV['c1']}                   | 임시조치(30일)
  4   | {NV['kin']} | 게시물 없음(작성자 삭제)
  5   | {NV['post']} | 위반사항 없음(게시 유지)

3. 나머지 7건은 검토가 끝나는 대로 별도로 회신드리겠습니다.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 (가상주소) | policy@navercorp.com
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 회신 with a fixed-width text table",
    why="trusted NAVER reply, one row per URL: 삭제/블라인드 removed, 임시조치 restricted, 작성자 삭제 not_found, 게시 유지 rejected",
    items={NV["b1"]: "removed", NV["b2"]: "removed", NV["c1"]: "restricted",
           NV["kin"]: "not_found", NV["post"]: "rejected"},
)

html_rows = [
    (1, NV["c2"], "삭제", "2024.09.06"),
    (2, NV["c3"], "삭제", "2024.09.06"),
    (3, NV["b4"], "게시중단", "2024.09.06"),
    (4, NV["c4"], "해당 게시물 없음", "-"),
    (5, NV["b5"], "국내 접속차단", "2024.09.07"),
    (6, NV["tv"], "조치 불가(위반 소지 없음)", "-"),
]
html_table = "\n".join(
    f'<tr><td>{n}</td><td>통심-2409-{300 + n}</td><td><a href="{esc(u)}">{esc(u)}</a></td><td>{r}</td><td>{d}</td></tr>'
    for n, u, r, d in html_rows)
case(
    name="naver-kcsc-html-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 10:05:44 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 조치결과 (2차)",
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="nv-alt-0909"

--nv-alt-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메일은 HTML 형식으로 작성되었습니다. 조치 결과는 HTML 본문의 표를 확인해 주십시오.

--nv-alt-0909
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:'Malgun Gothic'">
<p>안녕하십니까. 네이버 정책지원팀입니다.</p>
<p>요청번호 KCSC-240903-01 중 잔여 건에 대한 2차 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>심의번호</th><th>정보 URL</th><th>조치 내용</th><th>조치일</th></tr>
{html_table}
</table>
<p>※ 4번 게시물은 회신 시점에 이미 존재하지 않아 별도 조치가 필요하지 않았습니다.<br>
※ 운영정책: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
<p>감사합니다.<br>네이버 주식회사 정책지원팀</p>
</body></html>

--nv-alt-0909--
""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 table sent back as an HTML table (번호/심의번호/URL/조치 내용/조치일)",
    why="HTML table rows: 삭제/게시중단 removed, 해당 게시물 없음 not_found, 국내 접속차단 restricted, 조치 불가(위반 소지 없음) rejected; the policy link is no item",
    items={NV["c2"]: "removed", NV["c3"]: "removed", NV["b4"]: "removed",
           NV["c4"]: "not_found", NV["b5"]: "restricted", NV["tv"]: "rejected"},
)

csv_text = (
    "순번,URL,조치결과,조치일시\n"
    f"1,{NV['b1']},삭제,2024-09-06 14:10\n"
    f"2,{NV['b3']},임시조치,2024-09-06 14:12\n"
    f"3,{NV['c4']},게시물 미존재,-\n"
    f"4,\"{NV['kin']}\",비공개 처리,2024-09-06 14:20\n"
)
case(
    name="naver-csv-attachment",
    **{"from": "kcsc-desk@navercorp.com"}, name_from="네이버 신고센터",
    date="Fri, 06 Sep 2024 15:02:19 +0900",
    subject="[KCSC-240903-01] 조치결과 송부 (첨부)",
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="nv-mix-0906"

--nv-mix-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 신고센터입니다.

요청번호 KCSC-240903-01 중 4건에 대한 조치 결과를 첨부 파일(CSV)로 보내드립니다.
나머지 건은 확인되는 대로 다시 안내드리겠습니다.

네이버 신고센터 드림

--nv-mix-0906
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text, bom=True)}
--nv-mix-0906--
""",
    outcome="applied", classification="confirmation",
    imitates="portal abuse desk sending the per-URL result list as a CSV attachment",
    why="CSV rows from NAVER: 삭제 and 비공개 처리 removed, 임시조치 restricted, 게시물 미존재 not_found",
    items={NV["b1"]: "removed", NV["b3"]: "restricted", NV["c4"]: "not_found", NV["kin"]: "removed"},
)

case(
    name="naver-cafe-informal-operator",
    **{"from": "doyun.kim@navercorp.com"}, name_from="김도윤",
    date="Wed, 04 Sep 2024 19:41:02 +0900",
    subject="Re: [KCSC-240903-01] 게시물 삭제 요청",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 카페 운영팀 김도윤입니다.

말씀 주신 청담7 카페 글 두 개 확인해서 둘 다 내렸습니다.
{NV['c1']}
{NV['c2']}

카페 매니저한테도 경고 안내 나갔어요. 목록에 있는 나머지 블로그 건은
블로그팀에서 따로 회신드릴 거예요. 추가로 보이는 글 있으면 편하게 말씀 주세요.

김도윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a portal community-operations employee",
    why="'둘 다 내렸습니다' (took both down) right above the two cafe URLs: removed; the rest is left to another team",
    items={NV["c1"]: "removed", NV["c2"]: "removed", NV["b1"]: "pending"},
)

case(
    name="naver-single-item-blind-sole",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 고객센터",
    date="Fri, 13 Sep 2024 11:18:55 +0900",
    subject="Re: [KCSC-240912-01] 블로그 게시물 게시중단 요청",
    reply_to_req="req-240912-01",
    body="""
안녕하세요. 네이버 블로그 고객센터입니다.

방송통신심의위원회에서 요청하신 블로그 게시물은 검토 결과 운영정책 위반이
확인되어 블라인드 처리되었습니다.

블라인드 처리된 게시물은 작성자 본인 외에는 볼 수 없으며, 작성자에게는
처리 사실이 별도로 안내되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog help-desk 블라인드 처리 notice answering a one-item request",
    why="one-item request, the reply states without hedge that the requested post was 블라인드 처리: removed (sole statement)",
    items={NV1: "removed"},
)

case(
    name="naver-url-below-temporary-measure",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Fri, 06 Sep 2024 09:30:12 +0900",
    subject="[네이버 권리보호센터] 게시중단(임시조치) 결과 안내 - KCSC-240903-01",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청번호 KCSC-240903-01 관련하여, 아래 게시물에 대하여 정보통신망법
제44조의2에 따른 게시중단(임시조치)을 실시하였음을 알려드립니다.

{NV['b4']}

- 임시조치 기간: 2024.09.06 ~ 2024.10.06 (30일)
- 기간 중 게시자의 재게시 요청이 있을 경우 관련 절차에 따라 처리됩니다.

네이버 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단(임시조치) result notice, URL on the line below the statement",
    why="임시조치 for 30 days on the URL below the sentence: restricted",
    items={NV["b4"]: "restricted"},
)

qp_text = f"""안녕하십니까, 네이버 정책지원팀입니다.

요청하신 게시물 중 2건의 처리 결과를 안내드립니다.

① {NV['b3']} 은 명예훼손 소지가 확인되어 삭제 조치하였습니다.
② {NV['c3']} 는 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

요청번호: KCSC-240903-01
감사합니다.
"""
case(
    name="naver-qp-particles",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 11:47:30 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[KCSC-240903-01] 처리 결과 안내".encode()).decode() + "?=",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(qp_text),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable Korean reply, circled numbers, URL followed by a Korean particle (은/는)",
    why="삭제 조치하였습니다 for the first URL (removed); 게시를 유지합니다 because no violation for the second (rejected)",
    items={NV["b3"]: "removed", NV["c3"]: "rejected"},
)

case(
    name="naver-gmail-toppost-over-request",
    **{"from": "seoyeon.lee@navercorp.com"}, name_from="이서연",
    date="Thu, 05 Sep 2024 16:03:48 +0900",
    subject="Re: [KCSC-240903-01] 시정요구 (12건)",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 요청 목록 중 아래 두 건은 삭제 완료했습니다.

{NV['b2']}
{NV['tv']}

나머지는 아직 확인 중이라 정리되는 대로 다시 회신드릴게요.

이서연 / NAVER Trust & Safety

2024년 9월 3일 (화) 오후 2:05, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote(request_text("KCSC-240903-01", NV_URLS))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request (Korean attribution line)",
    why="the two URLs under '삭제 완료했습니다' are removed; the twelve URLs in the quoted request stay as they were",
    items={NV["b2"]: "removed", NV["tv"]: "removed", NV["b1"]: "pending", NV["c1"]: "pending", NV["kin"]: "pending"},
)

case(
    name="kakao-gongmun-numbered",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Mon, 09 Sep 2024 14:26:00 +0900",
    subject="[카카오] 귀 위원회 시정요구(KCSC-240905-01)에 대한 조치결과 회신",
    reply_to_req="req-240905-01",
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 발전을 기원합니다.
2. 귀 위원회 시정요구(요청번호 KCSC-240905-01, 2024. 9. 5.)와 관련하여 당사의
   조치결과를 다음과 같이 회신합니다.

  가. {KK['d1']}
      - 조치결과: 삭제
  나. {KK['d2']}
      - 조치결과: 삭제
  다. {TISTORY_RAW}
      - 조치결과: 국내 접근 제한
  라. {KK['br']}
      - 조치결과: 게시물 없음(작성자가 이미 삭제)
  마. {KK['pf']}
      - 조치결과: 게시 유지(운영정책 및 관계 법령 위반 사항 확인되지 않음)

3. 기타 문의사항은 회신 메일로 연락 주시기 바랍니다.  끝.

주식회사 카카오 정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 조치결과 회신 with 가/나/다 items and '- 조치결과:' lines",
    why="each URL has its own result line: 삭제 removed, 국내 접근 제한 restricted (raw Korean tistory path), 작성자 삭제 not_found, 게시 유지 rejected",
    items={KK["d1"]: "removed", KK["d2"]: "removed", KK["ts"]: "restricted",
           KK["br"]: "not_found", KK["pf"]: "rejected"},
)

case(
    name="daum-cafe-temporary-and-deleted",
    **{"from": "cafe_cs@daum.net"}, name_from="Daum 카페 고객센터",
    date="Fri, 06 Sep 2024 18:10:27 +0900",
    subject="[Daum 카페] 요청하신 게시글 처리 결과 안내 (KCSC-240905-01)",
    body=f"""
안녕하세요, Daum 카페 고객센터입니다.

요청하신 다음카페 게시글 2건의 처리 결과를 알려드립니다.

먼저 {KK['d1']} 게시글은 권리침해 여부를 판단하기 어려워 30일간 임시조치
(게시글 접근 차단)를 하였습니다.

{KK['d2']} 게시글은 카페 운영정책 위반이 명백하여 삭제하였습니다.

더 나은 서비스를 위해 노력하겠습니다. 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe customer-centre 임시조치 / 삭제 notice in prose",
    why="임시조치 (30-day access block) for 771: restricted; 삭제하였습니다 for 779: removed",
    items={KK["d1"]: "restricted", KK["d2"]: "removed"},
)

case(
    name="kakao-tistory-paren-raw-korean",
    **{"from": "tistory_cs@kakaocorp.com"}, name_from="티스토리 고객센터",
    date="Tue, 10 Sep 2024 10:44:05 +0900",
    subject="Re: [KCSC-240905-01] 시정요구 - 티스토리",
    reply_to_req="req-240905-01",
    body=f"""
안녕하세요. 티스토리 고객센터입니다.

요청하신 티스토리 게시글({TISTORY_RAW})은 운영정책 위반으로 블라인드 처리하였습니다.
블로그 운영자에게는 이용제한 사실을 안내하였습니다.

다른 건은 카카오 정책팀에서 회신드릴 예정입니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory help-desk reply with the raw Korean-path URL inside parentheses followed by 은",
    why="블라인드 처리 of the tistory post: removed (raw Korean path matches the percent-encoded request URL)",
    items={KK["ts"]: "removed"},
)

case(
    name="brunch-html-author-deleted",
    **{"from": "brunch@kakaocorp.com"}, name_from="브런치팀",
    date="Mon, 09 Sep 2024 16:55:40 +0900",
    subject="[브런치] 문의하신 글에 대한 안내 (KCSC-240905-01)",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, 브런치팀입니다.</p>
<p>요청하신 브런치 글 <a href="{KK['br']}">{KK['br']}</a>은 작가가 직접 삭제하여 현재 존재하지 않는 글입니다.
따라서 브런치팀에서 별도로 조치할 내용이 없음을 안내드립니다.</p>
<p>브런치 운영원칙은 <a href="https://brunch.co.kr/policy">여기</a>에서 확인하실 수 있습니다.</p>
<p>고맙습니다.<br>브런치팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao brunch team HTML-only reply: the post was already deleted by its author",
    why="deleted by its author, no longer exists: not_found; the policy link is no item",
    items={KK["br"]: "not_found"},
)

case(
    name="yt-korean-legal-headings",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Tue, 10 Sep 2024 03:12:51 +0000",
    subject="YouTube 법적 요청 검토 결과 [KCSC-240906-01]",
    body=f"""
안녕하세요.

YouTube에 법적 삭제 요청을 보내 주셔서 감사합니다. 요청을 검토한 결과는
다음과 같습니다.

현지 법률에 따라 다음 콘텐츠에 대해 대한민국에서의 액세스를 차단했습니다.
- {YT['v1']}
- {YT['v2']}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
- {YT['sh']}

YouTube 법무팀 드림

© 2024 Google LLC (가상 주소)
이 메일은 YouTube 법적 요청과 관련된 서비스 공지입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email, Korean version, one heading per action",
    why="the two videos under '대한민국에서의 액세스를 차단했습니다' are restricted; the Short under '삭제되었습니다' removed",
    items={YT["v1"]: "restricted", YT["v2"]: "restricted", YT["sh"]: "removed"},
)

case(
    name="yt-english-mixed-outcome",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 21:40:09 +0000",
    subject="Re: Legal request KCSC-240906-01 [4-1172009384512]",
    body=f"""
Hello,

Thank you for your legal request regarding the content listed below.

After review, we have restricted access to the following content in South Korea
based on local law:
{YT['v2']}

The following content has been removed from YouTube globally for violating our
Community Guidelines:
{YT['sh']}

We have decided not to take action on {YT['ch']} . Based on our review, the channel
does not violate our policies or local law, and it remains available.

For more information about our policies, please visit
https://support.google.com/youtube/answer/2801939

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team outcome email in English (restricted in country / removed globally / no action)",
    why="restricted in South Korea: restricted; removed globally: removed; 'decided not to take action' with its reason: rejected",
    items={YT["v2"]: "restricted", YT["sh"]: "removed", YT["ch"]: "rejected"},
)

case(
    name="yt-age-restricted-single",
    **{"from": "youtube-trust@youtube.com"}, name_from="YouTube",
    date="Sat, 14 Sep 2024 08:02:33 +0000",
    subject="신고하신 동영상에 대한 조치 안내 (KCSC-240913-01)",
    body=f"""
안녕하세요.

신고해 주신 동영상을 검토했습니다.

{YT1}

위 동영상은 청소년에게 부적절한 내용이 포함되어 있어 연령 제한을 적용했습니다.
이제 로그인한 만 18세 이상 사용자만 이 동영상을 시청할 수 있습니다.

YouTube 팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome notice in Korean",
    why="연령 제한을 적용했습니다: age-restricted, restricted",
    items={YT1: "restricted"},
)

case(
    name="dc-informal-mixed",
    **{"from": "dcadmin@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 13:25:18 +0900",
    subject="RE: [KCSC-240910-01] 게시글 삭제 요청 건",
    reply_to_req="req-240910-01",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 3건 처리 결과 알려드립니다.

주식 갤러리 글({DC['s1']})은 삭제했습니다.

코인 마이너 갤러리 228801번 글은 작성자가 이미 지워서 남아 있지 않습니다.
{DC['m1']}

228815번 글도 삭제 처리했습니다 -> {DC['m2']}

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's short informal reply",
    why="삭제했습니다 / 삭제 처리했습니다: removed; the post the author already deleted: not_found",
    items={DC["s1"]: "removed", DC["m1"]: "not_found", DC["m2"]: "removed"},
)

case(
    name="dc-url-then-arrow-status",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Thu, 12 Sep 2024 10:01:44 +0900",
    subject="[디시인사이드] 시정요구 처리 결과 (KCSC-240910-01)",
    body=f"""
[처리 결과]

{DC['s1']}
→ 삭제 완료

{DC['m1']}
→ 게시 유지 (갤러리 이용 규칙 및 관련 법령 위반 아님)

{DC['m2']}
→ 해당 글 없음 (존재하지 않는 게시물 번호)

※ 본 메일은 발신 전용이 아니므로 회신하셔도 됩니다.
디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="bare URL with its status on the line below (arrow list)",
    why="status on the line below each URL: 삭제 완료 removed, 게시 유지 with reason rejected, 해당 글 없음 not_found",
    items={DC["s1"]: "removed", DC["m1"]: "rejected", DC["m2"]: "not_found"},
)

case(
    name="band-both-private-named",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Thu, 12 Sep 2024 17:33:02 +0900",
    subject="[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240911-01)",
    body=f"""
안녕하세요, BAND 고객센터입니다.

신고해 주신 아래 게시글을 확인하였습니다.

- {BD['p1']}
- {BD['p2']}

위 게시글 2건은 모두 운영정책(음란물 게시 금지) 위반으로 비공개 처리되었습니다.
해당 밴드의 리더에게도 이용제한 안내가 발송되었습니다.

BAND 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report outcome notice",
    why="both URLs listed by name, then '위 게시글 2건은 모두 ... 비공개 처리되었습니다': removed (each item named, so not bulk)",
    items={BD["p1"]: "removed", BD["p2"]: "removed"},
)

case(
    name="band-angle-removed-and-kept",
    **{"from": "safety@band.us"}, name_from="BAND 안전센터",
    date="Fri, 13 Sep 2024 11:09:56 +0900",
    subject="Re: [KCSC-240911-01] 밴드 게시글 시정요구",
    reply_to_req="req-240911-01",
    body=f"""
안녕하세요. BAND 안전센터입니다.

게시글 3301번 <{BD['p1']}>은 음란성 게시물로 확인되어 삭제하였습니다.

게시글 3318번 <{BD['p2']}>은 검토하였으나 신고 사유에 해당하지 않아
게시글을 유지하기로 하였습니다. 추가 자료가 있으시면 언제든 다시 신고해 주세요.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND safety-team reply, URLs in angle brackets followed by particles",
    why="3301 삭제하였습니다: removed; 3318 신고 사유에 해당하지 않아 유지: rejected",
    items={BD["p1"]: "removed", BD["p2"]: "rejected"},
)

case(
    name="naver-receipt-plus-statement",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Wed, 04 Sep 2024 12:30:00 +0900",
    subject="[네이버 고객센터] 문의 접수 및 처리 안내",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

보내주신 문의가 접수번호 20240904-118273 으로 접수되었습니다.

아울러 문의하신 게시물 {NV['c4']} 은 확인 결과
카페 운영정책 위반으로 삭제 처리하였습니다.

(문의 내용: [KCSC-240903-01] 시정요구 게시물)

네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER help-desk receipt that also reports a result",
    why="receipt wording plus an unhedged 삭제 처리하였습니다 about a named URL: not a pure acknowledgement, removed",
    items={NV["c4"]: "removed"},
)

b64_text = f"""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 관련 추가 조치 결과입니다.

1) {NV['b4']}
   : 작성자 이용제한 및 게시물 비공개 처리
2) {NV['tv']}
   : 청소년 유해 영상으로 판단하여 19세 연령 제한 적용

감사합니다.
"""
case(
    name="naver-base64-two-results",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 09:12:40 +0900",
    subject="[KCSC-240903-01] 추가 조치 결과",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(b64_text),
    outcome="applied", classification="confirmation",
    imitates="base64-encoded Korean reply with ': result' lines under each URL",
    why="비공개 처리: removed; 19세 연령 제한 적용: restricted",
    items={NV["b4"]: "removed", NV["tv"]: "restricted"},
)

kk_req = request_text("KCSC-240905-01", KK_URLS_RAW)
case(
    name="kakao-outlook-original-message",
    **{"from": "minji.choi@kakaocorp.com"}, name_from="최민지 (Kakao)",
    date="Mon, 09 Sep 2024 09:55:21 +0900",
    subject="RE: [KCSC-240905-01] 시정요구 (5건)",
    reply_to_req="req-240905-01",
    body=f"""
안녕하세요, 카카오 최민지입니다.

다음카페 게시글 한 건 삭제 조치 완료했습니다.
{KK['d2']}

나머지 건은 담당 부서 확인 후 다시 연락드리겠습니다.

최민지 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: "policy"<policy@kakaocorp.com>;
Sent: 2024-09-05 (목) 10:30:00 (GMT+09:00)
Subject: [KCSC-240905-01] 시정요구 (5건)

{kk_req}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook/Korean webmail reply with '-----Original Message-----' and the request unquoted below",
    why="only the cafe post above the original message is 삭제 조치 완료: removed; the request's URLs below it stay as they were",
    items={KK["d2"]: "removed", KK["d1"]: "pending", KK["br"]: "pending", KK["pf"]: "pending"},
)

case(
    name="naver-angle-not-exist",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    date="Sat, 07 Sep 2024 14:05:09 +0900",
    subject="Re: [KCSC-240903-01] 카페 게시글 확인 요청",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 카페 고객센터입니다.

<{NV['c4']}>

위 주소의 게시글은 존재하지 않는 게시글입니다. 게시글 번호가 잘못되었거나
작성자가 삭제한 글로 확인되어 별도 조치는 진행되지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe help-desk 'post does not exist' answer, URL in angle brackets above the statement",
    why="존재하지 않는 게시글 (wrong number or deleted by its author): not_found",
    items={NV["c4"]: "not_found"},
)

case(
    name="yt-korean-removed-and-invalid-channel",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Thu, 12 Sep 2024 05:20:45 +0000",
    subject="YouTube 법적 요청 검토 결과 [KCSC-240906-01] - 추가",
    body=f"""
안녕하세요.

앞서 보내주신 요청과 관련하여 추가로 검토한 결과를 알려드립니다.

{YT['v1']}
해당 동영상은 YouTube의 도박 관련 정책을 위반하여 YouTube에서 삭제되었습니다.

{YT['ch']}
제공하신 URL로는 채널을 찾을 수 없습니다. 이미 해지되었거나 존재하지 않는 채널입니다.

YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up: one removed video, one channel URL that cannot be found",
    why="YouTube에서 삭제되었습니다: removed; 채널을 찾을 수 없습니다 / 존재하지 않는 채널: not_found",
    items={YT["v1"]: "removed", YT["ch"]: "not_found"},
)

case(
    name="naver-kin-wrapped-url",
    **{"from": "kin_help@naver.com"}, name_from="지식iN 고객센터",
    date="Fri, 06 Sep 2024 16:40:31 +0900",
    subject="[지식iN] 요청하신 게시물 처리 결과 (KCSC-240903-01)",
    body="""
안녕하세요, 지식iN 고객센터입니다.

요청하신 지식iN 질문 게시물은 작성자 이용제한과 함께 비공개 처리되었습니다.
  - 대상: https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
    docId=471120345

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk reply whose long URL was wrapped by the mail client",
    why="비공개 처리 of the kin question; the URL is broken over two lines but a clerk reads it as the requested kin URL: removed",
    items={NV["kin"]: "removed"},
)

dc_rows = [(DC["s1"], "삭제"), (DC["m1"], "삭제"), (DC["m2"], "게시물 없음(이미 삭제됨)")]
dc_html = "\n".join(
    f'<tr><td>{i}</td><td>{esc(u)}</td><td>{r}</td></tr>' for i, (u, r) in enumerate(dc_rows, 1))
case(
    name="dc-html-table",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Thu, 12 Sep 2024 18:45:03 +0900",
    subject="[디시인사이드] 시정요구 조치결과 통보 KCSC-240910-01",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="dc-0912"

--dc-0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

시정요구 조치결과 통보 (KCSC-240910-01)
HTML을 지원하는 메일 프로그램에서 확인해 주세요.

--dc-0912
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''<html><body>
<h3>시정요구 조치결과 통보</h3>
<p>요청번호: KCSC-240910-01</p>
<table border="1">
<tr><th>No</th><th>URL</th><th>조치결과</th></tr>
{dc_html}
</table>
<p>디시인사이드 신고센터</p>
</body></html>
''')}
--dc-0912--
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 시정요구 조치결과 통보 as a base64 HTML table",
    why="rows: 삭제 removed twice, 게시물 없음(이미 삭제됨) not_found",
    items={DC["s1"]: "removed", DC["m1"]: "removed", DC["m2"]: "not_found"},
)

# ================================================================= REVIEW
case(
    name="naver-promise-will-act",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 10:15:00 +0900",
    subject="Re: [KCSC-240903-01] 시정요구",
    reply_to_req="req-240903-01",
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

요청하신 게시물 {NV['b3']} 및
{NV['c1']} 에 대해서는 관련 부서 검토 후 조치할 예정입니다.

조치 결과는 영업일 기준 3일 이내에 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply promising action after internal review",
    why="'검토 후 조치할 예정' is a promise, not a statement: items stay pending, the named URLs need a look",
    items={NV["b3"]: "pending", NV["c1"]: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    **{"from": "cafe_cs@daum.net"}, name_from="Daum 카페 고객센터",
    date="Mon, 09 Sep 2024 11:02:14 +0900",
    subject="Re: [KCSC-240905-01] 카페 게시글",
    reply_to_req="req-240905-01",
    body=f"""
안녕하세요, Daum 카페 고객센터입니다.

문의하신 카페 글({KK['d1']})은 현재 조회되지 않는 것으로 보아
이미 삭제된 것으로 보입니다. 다만 삭제 주체나 경위는 저희 쪽에서 확인이 어렵습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="help-desk hedge ('appears to have been deleted')",
    why="'삭제된 것으로 보입니다' is a hedge: no status, the named URL goes to review",
    items={KK["d1"]: "pending"},
)

case(
    name="naver-bulk-all-deleted",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 15:30:45 +0900",
    subject="[네이버] 시정요구 조치 완료 회신 (KCSC-240903-01)",
    body="""
수신: 방송통신심의위원회
제목: 시정요구 조치 완료 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회 시정요구(요청번호 KCSC-240903-01) 대상 게시물 전체에 대하여
   삭제 조치를 완료하였음을 회신합니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="공문-style one-line '전체 조치 완료' reply",
    why="'대상 게시물 전체 ... 삭제' names no URL for a twelve-item request: bulk, nothing applied",
    items={NV["b1"]: "pending", NV["c1"]: "pending", NV["tv"]: "pending"},
)

case(
    name="dc-bulk-all-done",
    **{"from": "dcadmin@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 09:12:09 +0900",
    subject="RE: [KCSC-240910-01] 게시글 삭제 요청 건",
    reply_to_req="req-240910-01",
    body="""
네 요청하신 건 모두 삭제했습니다.
확인 부탁드립니다.

디시인사이드 운영팀
""",
    outcome="review", review="bulk",
    imitates="one-line informal operator answer",
    why="'요청하신 건 모두 삭제했습니다' for a three-item request without naming them: bulk",
    items={DC["s1"]: "pending", DC["m1"]: "pending", DC["m2"]: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:55 +0900",
    subject="[KCSC-240903-01] 조치결과",
    body=f"""
안녕하세요.

아래 게시물은 삭제 처리되었습니다.
{NV['b5']}
{NV['c3']}

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="result notice from the NAVER domain failing DKIM/SPF/DMARC",
    why="the statements are clear but the sender fails authentication: untrusted, nothing applied",
    items={NV["b5"]: "pending", NV["c3"]: "pending"},
)

case(
    name="cafe-manager-unknown-sender",
    **{"from": "moonriver.jigi@gmail.com"}, name_from="문리버 카페지기",
    date="Sun, 08 Sep 2024 21:47:12 +0900",
    subject="다음카페 게시글 관련 (KCSC-240905-01)",
    body=f"""
안녕하세요. 다음카페 '문리버' 카페지기입니다.

카카오 측에서 연락 받았는데요, 제 카페에 올라온 글
{KK['d1']} 은 제가 방금 삭제했습니다.
앞으로 회원 글 관리 더 신경 쓰겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager writing from a personal webmail address",
    why="the statement comes from outside any platform domain: unknown_sender, nothing applied",
    items={KK["d1"]: "pending"},
)

case(
    name="naver-states-band-items",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 14:22:37 +0900",
    subject="[KCSC-240911-01] 밴드 게시글 조치 결과",
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

밴드(BAND)는 당사가 운영하는 서비스로, 정책지원팀에서 함께 회신드립니다.
요청하신 밴드 게시글 2건은 아래와 같이 삭제 조치하였습니다.

- {BD['p1']} : 삭제
- {BD['p2']} : 삭제

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER policy team answering for its BAND service from navercorp.com",
    why="the items belong to the band platform (sender band.us in config); NAVER's statement about them goes to review",
    items={BD["p1"]: "pending", BD["p2"]: "pending"},
)

case(
    name="naver-forwarded-internal",
    **{"from": "seoyeon.lee@navercorp.com"}, name_from="이서연",
    date="Tue, 10 Sep 2024 17:08:19 +0900",
    subject="Fwd: 블로그 게시물 처리 완료 건",
    body=f"""
블로그팀 회신 전달드립니다.

---------- Forwarded message ---------
보낸사람: 네이버 블로그팀 <blogteam@navercorp.com>
Date: 2024년 9월 10일 (화) 오후 4:51
Subject: 블로그 게시물 처리 완료 건
To: 이서연 <seoyeon.lee@navercorp.com>

서연님, 위원회 요청 건 중 블로그 글 처리했습니다.
{NV['b1']} 삭제
{NV['b5']} 삭제
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="employee forwarding an internal team's answer with a Gmail 'Forwarded message' block",
    why="the statements sit in a forwarded internal message, not in the sender's own words: forwarded, for a person to confirm",
    items={NV["b1"]: "pending", NV["b5"]: "pending"},
)

case(
    name="kakao-asks-documents",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Tue, 10 Sep 2024 15:40:00 +0900",
    subject="[카카오] 시정요구 관련 추가 자료 요청 (KCSC-240905-01)",
    body=f"""
안녕하십니까, 카카오 정책팀입니다.

요청하신 건 중 카카오톡 채널 게시물({KK['pf']})은 불법정보 여부를 당사가
판단하기 어려운 사안입니다. 조치 검토를 위해 해당 정보에 대한 귀 위원회의
심의 의결서 사본을 회신 메일로 보내주시기 바랍니다.

자료를 받는 대로 검토하여 결과를 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao request for the committee's decision document before acting",
    why="asks for supporting documents and promises a later review: asks_more, item pending",
    items={KK["pf"]: "pending"},
)

case(
    name="naver-notice-no-claims",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 02 Sep 2024 10:00:00 +0900",
    subject="[안내] 기관 게시중단 요청 접수 창구 변경 안내",
    body="""
안녕하십니까, 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 게시중단 요청 접수 창구가 변경됩니다.
변경 후에는 기관 전용 접수 페이지(https://help.naver.com/agency-desk)를 이용해 주시고,
긴급 건은 기존과 같이 policy@navercorp.com 으로 보내주시면 됩니다.

앞으로도 협조 부탁드립니다.
""",
    outcome="review", review="no_claims",
    imitates="portal's general notice to agencies about a new intake channel",
    why="trusted NAVER mail naming no item and no request: no_claims (the help link is no item)",
    items={},
)

case(
    name="yt-conditional-removal",
    **{"from": "youtube-trust@youtube.com"}, name_from="YouTube",
    date="Mon, 09 Sep 2024 06:33:21 +0000",
    subject="신고 처리 상황 안내 (KCSC-240906-01)",
    body=f"""
안녕하세요.

신고하신 동영상 {YT['v1']} 와 관련하여 업로더에게 문제 구간을 수정하도록
요청하였습니다. 7일 이내에 수정되지 않으면 해당 동영상은 삭제됩니다.

처리가 끝나면 다시 알려드리겠습니다.

YouTube 팀 드림
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim notice with a conditional removal",
    why="'7일 이내에 수정되지 않으면 삭제됩니다' is a condition, not a statement: pending, review",
    items={YT["v1"]: "pending"},
)

case(
    name="dc-unrequested-post-number",
    **{"from": "dcadmin@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 16:50:30 +0900",
    subject="RE: [KCSC-240910-01] 게시글 삭제 요청 건",
    reply_to_req="req-240910-01",
    body="""
안녕하세요 디시인사이드 운영팀입니다.

코인 마이너 갤러리 글 삭제했습니다.
https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=228899

확인 부탁드립니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="operator reply naming a post number that is not in the request",
    why="a clear removal, but of no=228899, which the request does not contain: unmatched, for a person to check",
    items={DC["m1"]: "pending", DC["m2"]: "pending"},
)

# ================================================================= IGNORED
case(
    name="naver-ooo-korean",
    **{"from": "hyejin.park@navercorp.com"}, name_from="박혜진",
    date="Tue, 03 Sep 2024 14:00:41 +0900",
    subject="[자동회신] 부재중입니다 (Re: [KCSC-240903-01] 시정요구 (12건))",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
안녕하세요, 박혜진입니다.
9월 3일(화)부터 9월 9일(월)까지 휴가로 부재중입니다.
급한 건은 정책지원팀 공용 메일(policy@navercorp.com)로 보내주세요.

> 아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 요청드립니다. (요청번호 KCSC-240903-01)
> 1. {NV['b1']}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply quoting the start of the request",
    why="out-of-office auto-reply (Auto-Submitted): ignored; the quoted URL is our own",
    items={NV["b1"]: "pending"},
)

case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 10:30:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-kk-0905"

--dsn-kk-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@kakaocorp.com>: host mx1.kakaocorp.com said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

--dsn-kk-0905
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Thu, 05 Sep 2024 10:30:02 +0900

Final-Recipient: rfc822; policy-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-kk-0905
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@kakaocorp.com
Subject: [KCSC-240905-01] 시정요구 (5건)
Message-ID: <req-240905-01@kcsc.example>
Date: Thu, 05 Sep 2024 10:30:00 +0900
Content-Type: text/plain; charset=utf-8

1. {KK['d1']}
2. {KK['d2']}
3. {KK['br']}

--dsn-kk-0905--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning the request",
    why="a bounce of our own request: ignored; the URLs are in the returned copy",
    items={KK["d1"]: "pending", KK["d2"]: "pending"},
)

case(
    name="dc-mdn-read",
    **{"from": "dcadmin@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 10:02:11 +0900",
    subject="읽음: [KCSC-240910-01] 게시글 삭제 요청 건",
    reply_to_req="req-240910-01",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-0910"

--mdn-dc-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240910-01] 게시글 삭제 요청 건"을
2024-09-10 10:02에 수신자가 열어 보았습니다.

--mdn-dc-0910
Content-Type: message/disposition-notification

Reporting-UA: webmail.dcinside.com
Final-Recipient: rfc822; dcadmin@dcinside.com
Original-Message-ID: <req-240910-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-0910--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, disposition-notification)",
    why="a read receipt says nothing about items: ignored",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 05 Sep 2024 10:31:40 +0900",
    subject="[카카오 고객센터] 문의가 정상적으로 접수되었습니다 (접수번호 2409-055812)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: 2409-055812
 - 문의 제목: [KCSC-240905-01] 시정요구 (5건)
 - 접수일시: 2024-09-05 10:31

담당자가 내용을 확인한 뒤 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt",
    why="pure receipt with a ticket number, no statement about items: ignored",
    items={},
)

case(
    name="yt-legal-receipt",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Fri, 06 Sep 2024 02:01:15 +0000",
    subject="법적 요청이 접수되었습니다 [4-1172009384512]",
    body="""
안녕하세요.

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며
사례 번호는 4-1172009384512 입니다.

YouTube 팀에서 요청을 검토한 후 이메일로 다시 연락드리겠습니다.
이 이메일에 회신하지 마세요.

YouTube 법무팀 드림
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal-request receipt with a case number",
    why="receipt only ('검토한 후 연락드리겠습니다'), names no item: ignored",
    items={},
)

case(
    name="band-ooo-english",
    **{"from": "jae.han@band.us"}, name_from="Jae Han",
    date="Wed, 11 Sep 2024 15:21:03 +0900",
    subject="Automatic reply: [KCSC-240911-01] 밴드 게시글 시정요구",
    reply_to_req="req-240911-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jae.han@band.us"],
    body="""
Thank you for your email. I am out of the office until 23 September (Chuseok holidays)
with limited access to email.

For urgent safety matters please contact safety@band.us.

추석 연휴로 9월 23일까지 부재중입니다. 급한 건은 safety@band.us 로 연락 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office in English and Korean",
    why="out-of-office auto-reply: ignored",
    items={},
)

case(
    name="naver-outlook-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 13:40:22 +0900",
    subject="읽음: [KCSC-240912-01] 블로그 게시물 게시중단 요청",
    reply_to_req="req-240912-01",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="rr-nv-0912"

--rr-nv-0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지

    받는 사람: policy@navercorp.com
    제목: [KCSC-240912-01] 블로그 게시물 게시중단 요청
    보낸 날짜: 2024-09-12 오후 1:00

을(를) 2024-09-12 오후 1:40에 읽었습니다.

--rr-nv-0912
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--rr-nv-0912--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt ('읽음:')",
    why="read receipt for the one-item request: ignored, the item stays pending",
    items={NV1: "pending"},
)

HEADER = """# Blind set 221 (Korean portals): expected results written from each email's
# meaning before the reader was run. Generated by make.py; edit the case list
# there, not this file. See NOTES.md.
"""

def b_word(s):
    """RFC 2047 B-encoding, as Korean mail systems send non-ASCII headers."""
    if s.isascii():
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


for _c in cases:
    if "name_from" in _c:
        _c["name_from"] = b_word(_c["name_from"])
    _c["subject"] = b_word(_c["subject"])

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
