#!/usr/bin/env python3
"""Blind corpus set 935: Korean platform replies (NAVER, Kakao/Daum/Tistory/
Brunch, YouTube Korea, DC Inside, BAND): 공문-style 조치결과 회신, 임시조치
notices, 시정요구 조치결과 tables, informal operator replies, receipts,
auto-replies, DSNs and MDNs.

Written from each email's meaning, before any run of the reader. Every
person, blog, cafe, gallery, band, video id and ticket number is invented.

    python3 tests/corpus/blind935/make.py

is deterministic: it rewrites requests.csv, cases/*.eml and expected.toml.
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

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "dcinside.com": "DC Inside",
    "band.us": "BAND",
})

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)

# R1: NAVER, 12 items (the largest request)
N1 = "https://blog.naver.com/lucky_toto77/223561000101"
N2 = "https://blog.naver.com/lucky_toto77/223561000102"
N3 = "https://blog.naver.com/bet_haru/223561000233"
N4 = "https://cafe.naver.com/sportsbetclub/48811"
N5 = "https://cafe.naver.com/sportsbetclub/48812"
N6 = "https://cafe.naver.com/sportsbetclub/48907"
N7 = "https://cafe.naver.com/moneyline2024/1502"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40502&docId=471120345"
N9 = "https://blog.naver.com/pick_master_k/223562119870"
N10 = "https://blog.naver.com/pick_master_k/223562119901"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120457&memberNo=5521873"
N12 = "https://cafe.naver.com/moneyline2024/1533"
R1_ITEMS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# R2: Kakao (Daum cafe, Tistory), 4 items; K3 has a Korean path
K3_RAW = "https://gold-rumor.tistory.com/entry/주식-리딩방-모집"
K1 = "https://cafe.daum.net/jusikrich/Pq7r/305"
K2 = "https://cafe.daum.net/jusikrich/Pq7r/311"
K3 = "https://gold-rumor.tistory.com/entry/" + quote("주식-리딩방-모집")
K4 = "https://gold-rumor.tistory.com/88"
R2_ITEMS = [K1, K2, K3, K4]

# R3: YouTube, 3 items
Y1 = "https://www.youtube.com/watch?v=Qm3rT8vLx2A"
Y2 = "https://www.youtube.com/shorts/Zk81PwN4cHs"
Y3 = "https://www.youtube.com/watch?v=b7YdE0uR1fM"
R3_ITEMS = [Y1, Y2, Y3]

# R4: DC Inside, 5 items
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9081234"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9081377"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmoney&no=220415"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmoney&no=220498"
D5 = "https://gall.dcinside.com/mini/board/view/?id=leadingroom&no=3310"
R4_ITEMS = [D1, D2, D3, D4, D5]

# R5: BAND, 2 items
B1 = "https://band.us/band/80123456/post/1207"
B2 = "https://band.us/band/80123456/post/1215"
R5_ITEMS = [B1, B2]

# R6: NAVER, 1 item
S1 = "https://blog.naver.com/sun_jjang0/223570044512"
R6_ITEMS = [S1]

# R7: Kakao (Daum cafe, Brunch, Tistory), 3 items; T3 has a Korean path
T3_RAW = "https://nightbet.tistory.com/entry/스포츠-분석-무료방"
T1 = "https://cafe.daum.net/coinbangbang/Xz9A/1044"
T2 = "https://brunch.co.kr/@richpapa77/41"
T3 = "https://nightbet.tistory.com/entry/" + quote("스포츠-분석-무료방")
R7_ITEMS = [T1, T2, T3]

REQUESTS = [
    (R1, "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00", R1_ITEMS,
     "불법 도박 홍보", "스포츠토토 사설 사이트 홍보 블로그·카페·지식iN"),
    (R2, "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", R2_ITEMS,
     "불법 금융(리딩방)", "주식 리딩방 회원 모집"),
    (R3, "youtube", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00", R3_ITEMS,
     "불법 도박 홍보", "카지노 사이트 홍보 영상"),
    (R4, "dcinside", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00", R4_ITEMS,
     "불법 금융(리딩방)", "코인 리딩방 홍보 글"),
    (R5, "band", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00", R5_ITEMS,
     "개인정보 침해", "신상 공개 게시글"),
    (R6, "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", R6_ITEMS,
     "불법 도박 홍보", "단건"),
    (R7, "kakao", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00", R7_ITEMS,
     "불법 도박 홍보", "다음카페·브런치·티스토리"),
]


def msgid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, items, cat, note in REQUESTS:
        for u in items:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047-encoded subject, as most Korean mail clients send it."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def fname(name):
    return "filename*=UTF-8''" + quote(name)


def multipart(boundary, parts, kind="mixed", extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def part_text(body, ctype="plain", enc="8bit"):
    if enc == "quoted-printable":
        payload = qp(body)
    elif enc == "base64":
        payload = b64(body)
    else:
        payload = body
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {enc}\n\n{payload}")


def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


def kcsc_request_text(ref, items, date_kr):
    lines = [f"수신: 귀사 정책 담당자", f"제목: [{ref}] 불법정보 시정요구",
             "", f"방송통신심의위원회는 {date_kr} 심의 결과 아래 정보에 대하여",
             "삭제 또는 접속차단 등 시정을 요구합니다.", ""]
    for i, u in enumerate(items, 1):
        lines.append(f"{i}. {u}  (삭제 요청)")
    lines += ["", "조치 결과를 7일 이내에 회신하여 주시기 바랍니다.",
              "방송통신심의위원회 통신심의국"]
    return "\n".join(lines)


NAVER_SIG = """\
─────────────────────────
네이버 주식회사 정책지원팀
게시중단 요청 안내: https://help.naver.com/service/5604/contents/21045
이 메일은 발신 전용이 아니며, 회신 시 담당자에게 전달됩니다."""

KAKAO_SIG = """\
--
(주)카카오 권리침해신고센터
운영정책: https://www.kakao.com/policy/oppolicy
고객센터: https://cs.kakao.com/helps?service=176"""

YT_FOOTER = """\
YouTube 커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
법률 삭제 요청 안내: https://support.google.com/legal/answer/3110420?hl=ko

© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043"""

DC_SIG = """\
--
디시인사이드 운영팀
신고 센터: https://gall.dcinside.com/board/lists/?id=singo
이용약관: https://www.dcinside.com/policy"""

BAND_SIG = """\
--
BAND 고객센터
운영정책: https://band.us/policy/operation
도움말: https://band.us/cs/help"""

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
# A1: NAVER 공문, text table covering the whole 12-item request.
rows_a1 = [
    (N1, "게시중단(삭제)", "09-03 14:10", ""),
    (N2, "게시중단(삭제)", "09-03 14:10", ""),
    (N3, "게시중단(삭제)", "09-03 14:12", ""),
    (N4, "임시조치(30일)", "09-03 15:02", "카페 운영자 소명 대기"),
    (N5, "임시조치(30일)", "09-03 15:02", "카페 운영자 소명 대기"),
    (N6, "게시중단(삭제)", "09-03 15:05", ""),
    (N7, "게시중단(삭제)", "09-03 15:06", ""),
    (N8, "게시물 없음", "-", "작성자가 9/1 삭제"),
    (N9, "게시중단(삭제)", "09-03 16:20", ""),
    (N10, "조치 불가", "-", "경기 전망 글로 도박 홍보·링크 없음, 게시 유지"),
    (N11, "해당 URL 없음", "-", "존재하지 않는 게시물 번호"),
    (N12, "게시중단(삭제)", "09-03 15:06", ""),
]
tbl = ["| 연번 | URL | 조치결과 | 조치일시 | 비고 |",
       "|------|-----|----------|----------|------|"]
for i, (u, r, t, n) in enumerate(rows_a1, 1):
    tbl.append(f"| {i} | {u} | {r} | {t} | {n} |")
case(
    name="naver-gongmun-jochi-table-12",
    **{"from": "policy@navercorp.com"},
    name_from=subj("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 10:05:11 +0900",
    subject=subj(f"[회신] 시정요구({R1})에 대한 조치결과 통보"),
    reply_to_req=msgid(R1),
    body=f"""\
네이버 주식회사

수신: 방송통신심의위원회 통신심의국
참조: 불법정보 시정요구 담당자
제목: 시정요구({R1})에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 2024. 9. 2.자 귀 위원회 시정요구와 관련하여 당사의 조치결과를
   아래와 같이 통보합니다.

- 아    래 -

{chr(10).join(tbl)}

※ 임시조치 게시물은 30일간 접근이 차단되며, 기간 내 재게시 요청이 없으면
   삭제됩니다.
※ 조치일시는 2024년 기준, 한국 표준시입니다.

3. 기타 문의사항은 본 메일로 회신하여 주시기 바랍니다.  끝.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 통보 with a 연번/URL/조치결과 table",
    why="trusted NAVER table: 게시중단 rows removed, 임시조치 rows restricted, 게시물 없음/URL 없음 not_found, 조치 불가 with reason rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "restricted",
           N6: "removed", N7: "removed", N8: "not_found", N9: "removed", N10: "rejected",
           N11: "not_found", N12: "removed"},
)

# A2: NAVER HTML table, quoted-printable.
html_a2 = f"""\
<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 요청 건({R1}) 중 블로그 및 카페 게시물 5건의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No.</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>블라인드 처리</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>비공개 처리</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3}</a></td><td>임시조치(30일)</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>게시중단</td></tr>
<tr><td>5</td><td><a href="{N5}">{N5}</a></td><td>작성자 본인 삭제로 게시물 없음</td></tr>
</table>
<p>나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<p style="color:#888;font-size:12px">네이버 주식회사 정책지원팀 |
<a href="https://help.naver.com/service/5604/contents/21045">게시중단 요청 안내</a></p>
</body></html>
"""
case(
    name="naver-html-table-qp",
    **{"from": "policy@navercorp.com"},
    date="Thu, 05 Sep 2024 09:41:27 +0900",
    subject=subj(f"RE: [{R1}] 불법정보 시정요구 - 처리 결과 안내(1차)"),
    reply_to_req=msgid(R1),
    raw_mime=part_text(html_a2, "html", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="NAVER HTML result notice (처리 결과 table), quoted-printable",
    why="블라인드/비공개/게시중단 are removed, 임시조치 restricted, author-deleted not_found; the rest is a promise",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found"},
)

# A3: NAVER CSV attachment.
csv_a3 = "\ufeff번호,URL,처리결과,처리일\n" + "\n".join([
    f"1,{N6},삭제,2024-09-05",
    f"2,{N7},삭제,2024-09-05",
    f"3,{N8},임시조치,2024-09-05",
    f"4,{N9},삭제,2024-09-05",
    f"5,{N10},게시물 없음(작성자 삭제),2024-09-05",
    f"6,{N11},삭제,2024-09-06",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    date="Fri, 06 Sep 2024 11:20:00 +0900",
    subject=subj(f"[NAVER] {R1} 조치결과 송부 (2차)"),
    reply_to_req=msgid(R1),
    raw_mime=multipart("----=_NaverMail_b935_a3", [
        part_text(f"""\
안녕하세요.
네이버 정책지원팀입니다.

{R1} 건 중 2차 처리분 6건의 조치결과를 첨부 파일(CSV)로 송부드립니다.
파일을 확인해 주시고, 문의 사항이 있으시면 회신 부탁드립니다.

감사합니다.
"""),
        "Content-Type: text/csv; charset=utf-8; name=\"result.csv\"\n"
        f"Content-Disposition: attachment; {fname('조치결과_' + R1 + '_2차.csv')}\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(csv_a3),
    ]),
    outcome="applied", classification="confirmation",
    imitates="NAVER result sheet sent as a CSV attachment (조치결과 2차)",
    why="CSV rows: 삭제 removed, 임시조치 restricted, 게시물 없음(작성자 삭제) not_found",
    items={N6: "removed", N7: "removed", N8: "restricted", N9: "removed", N10: "not_found",
           N11: "removed"},
)

# A4: NAVER, one-item request, no URL, thread + reference.
case(
    name="naver-single-item-no-url",
    **{"from": "policy@navercorp.com"},
    date="Tue, 10 Sep 2024 16:02:45 +0900",
    subject=subj(f"Re: [{R6}] 불법정보 시정요구"),
    reply_to_req=msgid(R6),
    body=f"""\
안녕하세요, 네이버 정책지원팀입니다.

요청하신 블로그 게시물 1건에 대해 검토를 마쳤으며,
2024년 9월 10일 15시 30분에 게시중단(삭제) 조치하였습니다.

감사합니다.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER reply in the request's thread, one-item request, no URL repeated",
    why="unhedged 게시중단 statement about the only item of a one-item request, in its thread with its reference",
    items={S1: "removed"},
)

# A5: NAVER 임시조치 notice, URL with an attached Korean particle.
case(
    name="naver-imsi-jochi-particle",
    **{"from": "noreply-right@navercorp.com"},
    name_from=subj("네이버 권리보호센터"),
    date="Wed, 11 Sep 2024 10:14:09 +0900",
    subject=subj("[네이버] 게시중단(임시조치) 처리 안내"),
    body=f"""\
[네이버] 게시중단(임시조치) 처리 안내

요청번호: {R6}
대상 게시물: {S1}에 대하여
「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
30일간 임시조치를 하였습니다.

임시조치된 게시물은 조치 기간 동안 다른 이용자가 볼 수 없으며,
게시자는 30일 이내에 재게시를 요청할 수 있습니다.

※ 본 메일은 발신 전용입니다. 문의는 고객센터(https://help.naver.com/)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단(임시조치) 처리 안내 notice",
    why="임시조치 is restricted; the URL is followed directly by the particle 에, which is not part of it",
    items={S1: "restricted"},
)

# A6: NAVER cafe team, informal, scheme-less URLs with arrows.
case(
    name="naver-cafe-informal-arrows",
    **{"from": "doyoon.kim@navercorp.com"},
    name_from=subj("김도윤"),
    date="Tue, 03 Sep 2024 18:47:30 +0900",
    subject=subj(f"RE: [{R1}] 불법정보 시정요구"),
    reply_to_req=msgid(R1),
    body=f"""\
안녕하세요, 네이버 카페 운영팀 김도윤입니다.
어제 주신 건 중 카페 글만 먼저 정리해서 회신드려요.

cafe.naver.com/sportsbetclub/48811 → 삭제 완료
cafe.naver.com/sportsbetclub/48812 → 삭제 완료
cafe.naver.com/sportsbetclub/48907 → 작성자가 이미 지운 글이라 확인이 안 됩니다
cafe.naver.com/moneyline2024/1502 → 삭제 완료
cafe.naver.com/moneyline2024/1533 → 삭제 완료 (해당 카페는 운영원칙 위반으로 이용 정지)

블로그·지식iN 건은 각 담당 팀에서 따로 회신드릴 예정입니다.
수고하세요.

김도윤 드림
NAVER Cafe Operations
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER cafe operations employee, URLs without scheme and arrows",
    why="삭제 완료 rows removed; 'already deleted by the author, cannot be found' is not_found; the blog items are only promised",
    items={N4: "removed", N5: "removed", N6: "not_found", N7: "removed", N12: "removed"},
)

# A7: Kakao 공문, 가/나/다/라 list, raw Korean path.
case(
    name="kakao-gongmun-ganada-list",
    **{"from": "right@kakaocorp.com"},
    name_from=subj("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 14:30:52 +0900",
    subject=subj(f"[카카오] 시정요구({R2}) 조치결과 통보"),
    reply_to_req=msgid(R2),
    body=f"""\
주식회사 카카오

수신  방송통신심의위원회 통신심의국장
제목  시정요구({R2}) 조치결과 통보

1. 귀 위원회의 시정요구와 관련한 내용입니다.
2. 당사는 시정요구 대상 정보 4건에 대하여 아래와 같이 조치하였음을 알려드립니다.

  가. {K1}
      - 조치내용: 삭제 (2024.09.04.)
  나. {K2}
      - 조치내용: 삭제 (2024.09.04.)
  다. {K3_RAW}
      - 조치내용: 임시조치(30일, 접근 제한) (2024.09.04.)
  라. {K4}
      - 조치내용: 해당 게시물 없음(게시자 자진 삭제)

3. 조치 내용에 관한 문의는 권리침해신고센터로 연락 주시기 바랍니다.  끝.

{KAKAO_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 조치결과 통보 with a 가/나/다/라 list",
    why="삭제 removed, 임시조치(접근 제한) restricted, 게시자 자진 삭제 not_found; raw Korean path matches the encoded URL",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "not_found"},
)

# A8: Tistory blind notice, 「」 brackets.
case(
    name="kakao-tistory-blind-brackets",
    **{"from": "tistory-noreply@kakaocorp.com"},
    name_from=subj("티스토리"),
    date="Wed, 04 Sep 2024 17:03:18 +0900",
    subject=subj("[티스토리] 신고하신 게시글의 처리 결과를 알려드립니다"),
    body=f"""\
안녕하세요. 티스토리입니다.

{R2} 요청으로 신고하신 게시글
「{K3_RAW}」은
티스토리 운영정책(불법 금융 광고) 위반으로 확인되어 블라인드 처리되었습니다.

티스토리는 앞으로도 건강한 블로그 환경을 만들기 위해 노력하겠습니다.
감사합니다.

티스토리 운영정책 https://www.tistory.com/policy/oppolicy
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory 신고 처리 결과 notice (블라인드 처리)",
    why="블라인드 is removed; URL inside 「」 followed by the particle 은",
    items={K3: "removed"},
)

# A9: Kakao, rejected with reason and Brunch removed, URL below its statement.
case(
    name="kakao-rejected-and-brunch",
    **{"from": "right@kakaocorp.com"},
    name_from=subj("카카오 권리침해신고센터"),
    date="Thu, 12 Sep 2024 11:11:40 +0900",
    subject=subj(f"Re: [{R7}] 불법정보 시정요구"),
    reply_to_req=msgid(R7),
    body=f"""\
안녕하세요, 카카오 권리침해신고센터입니다.

검토 결과 아래 다음카페 게시물은 운영정책 및 관련 법령 위반 사항이 확인되지 않아
게시를 유지합니다.
{T1}
(사유: 특정 코인 시세에 대한 개인 의견 글로, 도박 사이트 홍보나 링크가 포함되어 있지 않습니다.)

아래 브런치 글은 작가 계정 이용 제한과 함께 삭제했습니다.
{T2}

티스토리 게시글은 현재 블로그 운영팀에서 확인 중입니다.

{KAKAO_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao reply: one refusal with its reason, one removal, one still being checked",
    why="게시 유지 with a reason is rejected; the Brunch post was deleted; the Tistory item is only 'being checked'",
    items={T1: "rejected", T2: "removed", T3: "pending"},
)

# A10: Kakao, base64 body, raw Korean path.
case(
    name="kakao-base64-tistory",
    **{"from": "tistory-noreply@kakaocorp.com"},
    name_from=subj("티스토리"),
    date="Fri, 13 Sep 2024 09:02:03 +0900",
    subject=subj(f"[티스토리] {R7} 처리 결과"),
    raw_mime=part_text(f"""\
안녕하세요. 티스토리 운영팀입니다.

방송통신심의위원회에서 요청하신 게시글

{T3_RAW}

은(는) 불법 도박 사이트 홍보로 확인되어 2024년 9월 12일 삭제되었으며,
해당 블로그는 운영정책에 따라 이용이 정지되었습니다.

감사합니다.
티스토리 드림
""", "plain", "base64"),
    outcome="applied", classification="confirmation",
    imitates="Tistory operations notice with a base64-encoded body",
    why="the Tistory post was deleted (removed); raw Korean path on its own line, statement on the lines below",
    items={T3: "removed"},
)

# A11: YouTube Korea legal, Korean, bulleted with statement below each URL.
case(
    name="youtube-kr-legal-bullets",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube",
    date="Fri, 06 Sep 2024 02:14:33 +0000",
    subject=subj(f"YouTube 법률 요청 처리 결과 안내 [{R3}]"),
    body=f"""\
안녕하세요.

YouTube 법률지원팀입니다. 방송통신심의위원회에서 보내주신 요청({R3})을 검토했습니다.
검토 결과는 다음과 같습니다.

- {Y1}
  현지 법률에 따라 대한민국에서 이 동영상에 대한 액세스를 차단했습니다.

- {Y2}
  현지 법률에 따라 대한민국에서 이 Shorts 동영상에 대한 액세스를 차단했습니다.

- {Y3}
  YouTube 커뮤니티 가이드 위반이 확인되어 YouTube에서 삭제했습니다.

감사합니다.
YouTube 팀

{YT_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome notice in Korean (local-law block vs. guideline removal)",
    why="blocked in Korea is restricted; removed for guideline violation is removed",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

# A12: YouTube English, top-posted over an Outlook-quoted request.
case(
    name="youtube-en-top-posted-outlook",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:45:10 +0000",
    subject=f"RE: [{R3}] Request for removal of illegal content",
    reply_to_req=msgid(R3),
    body=f"""\
Hello,

Thank you for your notice. After review, we have blocked the following video
from view in South Korea in accordance with local law:

{Y3}

Regards,
The YouTube Legal Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 9:40 AM
To: legal-kr@google.com
Subject: [{R3}] Request for removal of illegal content

{kcsc_request_text(R3, R3_ITEMS, "2024. 9. 4.")}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply top-posted over an Outlook '-----Original Message-----' quote",
    why="only the top statement counts: y3 blocked in South Korea (restricted); the quoted request changes nothing",
    items={Y3: "restricted", Y1: "pending", Y2: "pending"},
)

# A13: YouTube English, uploader deleted + declined.
case(
    name="youtube-uploader-deleted-declined",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 05:30:00 +0000",
    subject=f"Your legal request {R3} - outcome",
    body=f"""\
Hi,

We've completed our review of the content identified in your request {R3}.

URL: {Y2}
Outcome: This content is no longer available because it was deleted by the
uploader before our review. No action was needed from YouTube.

URL: {Y1}
Outcome: We have decided not to take action on this video. Based on the
information provided, it does not appear to violate local law in South Korea
or YouTube's Community Guidelines, so it remains available.

If you have additional information, you can submit a new request:
https://support.google.com/legal/contact/lr_legalother?product=youtube

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal request outcome email (URL/Outcome pairs)",
    why="deleted by the uploader before review is not_found; 'decided not to take action ... remains available' is a refusal with reason (rejected); 'does not appear to violate' is the reason, not a hedge on the status",
    items={Y2: "not_found", Y1: "rejected"},
)

# A14: DC Inside operator, informal, particles after URLs.
case(
    name="dc-informal-operator",
    **{"from": "cs@dcinside.com"},
    name_from=subj("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 13:25:48 +0900",
    subject=subj(f"Re: [{R4}] 불법정보 시정요구"),
    reply_to_req=msgid(R4),
    body=f"""\
안녕하세요 디시인사이드 운영팀입니다.
보내주신 목록 확인했습니다.

{D1} 삭제했습니다.
{D2} 이것도 삭제했고요,
{D3} 는 작성자가 먼저 지워서 지금은 없는 글입니다.

나머지 두 건(마이너/미니 갤러리)은 매니저 쪽 확인이 필요해서 조금 더 걸릴 것 같습니다.
확인되면 바로 다시 연락드릴게요.

{DC_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply",
    why="two deletions (removed), one post already deleted by its author (not_found); the remaining two are only promised",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "pending", D5: "pending"},
)

# A15: DC Inside 공문-style numbered list, all five.
case(
    name="dc-gongmun-numbered-5",
    **{"from": "legal@dcinside.com"},
    name_from=subj("(주)디시인사이드"),
    date="Mon, 09 Sep 2024 10:00:21 +0900",
    subject=subj(f"시정요구 조치결과 회신 ({R4})"),
    body=f"""\
주식회사 디시인사이드

수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신 ({R4})

귀 위원회의 시정요구에 대한 당사의 조치결과를 다음과 같이 회신합니다.

1) {D1} : 삭제
2) {D2} : 삭제
3) {D3} : 삭제
4) {D4} : 해당 게시물 없음 (조치 이전에 이미 삭제된 게시물)
5) {D5} : 미조치 - 신고 사유(불법 금융 광고)에 해당하는 내용이 확인되지 않아 게시 유지

끝.

{DC_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문-style 시정요구 조치결과 회신, numbered list with ':' statuses",
    why="삭제 removed, 게시물 없음 not_found, 미조치 with reason rejected",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found", D5: "rejected"},
)

# A16: DC Inside, URL on its own line, status on the line below.
case(
    name="dc-url-then-status-line",
    **{"from": "cs@dcinside.com"},
    name_from=subj("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 15:40:02 +0900",
    subject=subj(f"[디시인사이드] {R4} 추가 처리 결과"),
    body=f"""\
안녕하세요, 디시인사이드 운영팀입니다.
갤러리 매니저 확인이 끝나 추가 처리 결과 알려드립니다.

[처리 결과]
{D3}
→ 게시물 삭제 및 작성자 IP 차단
{D4}
→ 게시물 삭제
{D5}
→ 미니 갤러리 폐쇄 (갤러리 전체 접근 불가)

감사합니다.

{DC_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations follow-up, URL line then '→ status' line",
    why="each status is on the line below its URL: two deletions and a closed gallery (made unavailable) are removed",
    items={D3: "removed", D4: "removed", D5: "removed"},
)

# A17: BAND notice, one removed, one refused.
case(
    name="band-report-result",
    **{"from": "help@band.us"},
    name_from=subj("BAND 고객센터"),
    date="Mon, 09 Sep 2024 11:48:19 +0900",
    subject=subj("[BAND] 신고하신 게시글의 처리 결과 안내"),
    body=f"""\
안녕하세요. BAND 고객센터입니다.

방송통신심의위원회에서 접수하신 신고({R5})의 처리 결과를 안내해 드립니다.

■ 게시글: {B1}
  처리 결과: 개인정보(실명·연락처) 노출로 운영정책 위반에 해당하여 삭제되었습니다.

■ 게시글: {B2}
  처리 결과: 검토 결과 개인을 식별할 수 있는 정보가 포함되어 있지 않아 운영정책 위반에 해당하지 않습니다. 게시글은 유지됩니다.

더 안전한 BAND를 위해 신고해 주셔서 감사합니다.

{BAND_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 신고 처리 결과 안내 (■ 게시글 / 처리 결과 blocks)",
    why="deleted for policy violation (removed); no violation, post kept (rejected)",
    items={B1: "removed", B2: "rejected"},
)

# A18: BAND, top-posted over '-----Original Message-----'.
case(
    name="band-top-posted-original",
    **{"from": "seoyeon.park@band.us"},
    name_from=subj("박서연"),
    date="Wed, 11 Sep 2024 14:05:37 +0900",
    subject=subj(f"RE: [{R5}] 불법정보 시정요구"),
    reply_to_req=msgid(R5),
    body=f"""\
안녕하세요, BAND 운영정책팀 박서연입니다.

말씀하신 두 게시글 중 {B2} 는 오늘 오전 삭제 처리했고,
1207번 글({B1})은 작성자 본인이 먼저 삭제해 현재 존재하지 않는 게시글입니다.

확인 부탁드립니다.
박서연 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <help@band.us>
Sent: 2024-09-06 (금) 10:00:00
Subject: [{R5}] 불법정보 시정요구

{kcsc_request_text(R5, R5_ITEMS, "2024. 9. 6.")}
""",
    outcome="applied", classification="confirmation",
    imitates="BAND staff reply top-posted over a Naver-mail style '-----Original Message-----' quote",
    why="top text: 1215 deleted (removed), 1207 deleted by its author before (not_found); the quoted request below is ignored",
    items={B2: "removed", B1: "not_found"},
)

# A19: NAVER top reply over Gmail-style Korean attribution and '>' quote.
case(
    name="naver-gmail-quoted-request",
    **{"from": "blog_policy@navercorp.com"},
    name_from=subj("네이버 블로그팀"),
    date="Sat, 07 Sep 2024 10:12:00 +0900",
    subject=subj(f"Re: [{R1}] 불법정보 시정요구"),
    reply_to_req=msgid(R1),
    body=f"""\
안녕하세요, 네이버 블로그팀입니다.

pick_master_k 블로그 건 회신드립니다.
- {N9} : 게시중단 완료
- {N10} : 청소년 유해 게시물로 지정, 성인 인증 후에만 열람 가능하도록 제한

나머지 건은 정책지원팀 회신을 참고 부탁드립니다.

2024년 9월 2일 (월) 오전 10:30, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(kcsc_request_text(R1, R1_ITEMS, "2024. 9. 2."))}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team reply above a Gmail-style Korean attribution line and '>' quoted request",
    why="only the two top statements count: 게시중단 removed, adult-only (age-restricted) restricted",
    items={N9: "removed", N10: "restricted", N1: "pending", N12: "pending"},
)

# A20: NAVER, URLs in angle brackets followed by full-width punctuation.
case(
    name="naver-angle-fullwidth",
    **{"from": "policy@navercorp.com"},
    date="Thu, 05 Sep 2024 19:22:08 +0900",
    subject=subj(f"[NAVER] {R1} 처리 안내"),
    body=f"""\
안녕하세요, 네이버 정책지원팀입니다.

요청번호 {R1} 중 아래 게시물의 처리 결과를 알려드립니다.

<{N7}>：게시중단 완료
<{N12}>：게시중단 완료
<{N8}>（지식iN 답변）：비공개 처리 완료

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER notice with URLs in angle brackets and full-width colons/parentheses",
    why="게시중단 and 비공개 처리 are removed; the full-width punctuation is not part of the URLs",
    items={N7: "removed", N12: "removed", N8: "removed"},
)

# A21: NAVER HTML with links and <br>, 임시조치 of three cafe posts.
html_a21 = f"""\
<div style="font-size:13px">안녕하세요. 네이버 카페 고객센터입니다.<br><br>
방송통신심의위원회의 요청({R1})에 따라, 아래 카페 게시물 3건에 대해<br>
「정보통신망법」 제44조의2에 근거하여 30일간 임시조치하였습니다.<br><br>
&middot; <a href="{N4}">cafe.naver.com/sportsbetclub/48811</a><br>
&middot; <a href="{N5}">cafe.naver.com/sportsbetclub/48812</a><br>
&middot; <a href="{N6}">cafe.naver.com/sportsbetclub/48907</a><br><br>
임시조치 기간 동안 해당 게시물은 카페 회원을 포함한 누구에게도 노출되지 않으며,<br>
게시자는 <a href="https://help.naver.com/service/5604/contents/21045">재게시 요청</a>을 할 수 있습니다.<br><br>
감사합니다.<br>네이버 카페 드림</div>
"""
case(
    name="naver-html-links-imsi",
    **{"from": "cafe_help@navercorp.com"},
    name_from=subj("네이버 카페"),
    date="Wed, 04 Sep 2024 13:33:33 +0900",
    subject=subj("[네이버 카페] 게시물 임시조치 안내"),
    raw_mime=part_text(html_a21, "html", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe 임시조치 안내 in HTML, link texts shortened, hrefs full",
    why="a 30-day 임시조치 of three named posts is restricted; the help link is not an item",
    items={N4: "restricted", N5: "restricted", N6: "restricted"},
)

# A22: NAVER, ■ URL then '처리상태:' line.
case(
    name="naver-status-line-below",
    **{"from": "policy@navercorp.com"},
    date="Mon, 09 Sep 2024 09:15:44 +0900",
    subject=subj(f"[NAVER] {R1} 잔여 건 처리 결과"),
    reply_to_req=msgid(R1),
    body=f"""\
안녕하세요, 네이버 정책지원팀입니다.
요청 건 중 아직 회신드리지 못한 2건의 결과입니다.

■ {N11}
  처리상태: 게시중단
■ {N1}
  처리상태: 게시물 없음 (작성자가 2024.09.01. 삭제)

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER remainder notice: ■ URL with '처리상태:' on the line below",
    why="게시중단 is removed; deleted by its author before our request is not_found",
    items={N11: "removed", N1: "not_found"},
)

# A23: receipt phrase plus unhedged statements -> not an acknowledgement.
case(
    name="naver-receipt-plus-statements",
    **{"from": "help@navercorp.com"},
    name_from=subj("네이버 고객센터"),
    date="Tue, 03 Sep 2024 11:58:01 +0900",
    subject=subj("[네이버 고객센터] 문의하신 내용에 대한 답변입니다"),
    body=f"""\
안녕하세요. 네이버 고객센터입니다.

문의하신 내용이 정상적으로 접수되었습니다. (접수번호: 2409-0355812)

요청번호 {R1} 관련하여 확인 결과, 아래 2건은 이미 게시중단 처리를 완료하였습니다.
 1. {N2}
 2. {N3}

나머지 게시물은 담당 부서에서 검토 후 순차적으로 답변드리겠습니다.
네이버를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer that opens with a receipt line",
    why="a receipt phrase plus an unhedged 게시중단 완료 for two named items is a confirmation, not an acknowledgement",
    items={N2: "removed", N3: "removed"},
)

# A24: Kakao CSV attachment in CP949 (as Korean Excel saves it).
csv_a24 = "연번,게시물 URL,조치결과,조치일자,비고\r\n" + "\r\n".join([
    f"1,{K1},삭제,2024-09-05,",
    f"2,{K2},임시조치,2024-09-05,30일 접근 제한",
    f"3,{K3},게시물 없음,-,게시자 삭제",
    f"4,{K4},삭제,2024-09-05,",
]) + "\r\n"
case(
    name="kakao-csv-cp949",
    **{"from": "right@kakaocorp.com"},
    name_from=subj("카카오 권리침해신고센터"),
    date="Fri, 06 Sep 2024 16:44:12 +0900",
    subject=subj(f"[카카오] {R2} 조치결과 (첨부)"),
    reply_to_req=msgid(R2),
    raw_mime=multipart("=_kakao_b935_a24", [
        part_text(f"""\
안녕하세요, 카카오 권리침해신고센터입니다.
{R2} 시정요구 건의 조치결과를 첨부 파일로 보내드립니다.

{KAKAO_SIG}
"""),
        "Content-Type: text/csv; charset=euc-kr; name=\"jochi_result.csv\"\n"
        f"Content-Disposition: attachment; {fname('조치결과_' + R2 + '.csv')}\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(csv_a24.encode("cp949")),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Kakao result sheet as a CP949 (EUC-KR) CSV attachment, as Korean Excel saves it",
    why="CSV rows: 삭제 removed, 임시조치 restricted, 게시물 없음(게시자 삭제) not_found",
    items={K1: "removed", K2: "restricted", K3: "not_found", K4: "removed"},
)

# A25: NAVER refusals with reason, bullet list after the statement.
case(
    name="naver-refusal-with-reason",
    **{"from": "policy@navercorp.com"},
    date="Fri, 06 Sep 2024 17:55:29 +0900",
    subject=subj(f"[NAVER] {R1} 일부 게시물 미조치 안내"),
    reply_to_req=msgid(R1),
    body=f"""\
안녕하세요, 네이버 정책지원팀입니다.

아래 게시물은 검토 결과 불법정보에 해당한다고 보기 어려워 게시중단하지 않았습니다.

  * {N3}
  * {N9}

[사유] 두 게시물 모두 경기 결과를 예측한 개인 블로그 글로, 사설 도박 사이트의
       홍보 문구나 가입 링크가 포함되어 있지 않습니다.

위 판단에 이견이 있으시면 추가 자료와 함께 회신해 주시기 바랍니다.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 미조치 안내: refusal with a stated reason",
    why="two named posts left up because they break no rule, with the reason given: rejected",
    items={N3: "rejected", N9: "rejected"},
)

# A26: YouTube DSA-style statement of reasons in HTML (English), one video.
html_a26 = f"""\
<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>We are writing about your request <b>{R3}</b>.</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td><b>Content</b></td><td><a href="{Y2}">{Y2}</a></td></tr>
<tr><td><b>Decision</b></td><td>Removed from YouTube globally</td></tr>
<tr><td><b>Ground</b></td><td>Violation of our policy on gambling promotion (Spam, deceptive practices and scams)</td></tr>
<tr><td><b>Automated detection</b></td><td>No</td></tr>
<tr><td><b>Date of decision</b></td><td>2024-09-07</td></tr>
</table>
<p>Learn more about our policies: <a href="https://support.google.com/youtube/answer/2801973">Spam, deceptive practices &amp; scams policies</a></p>
<p>&mdash; The YouTube Team</p>
</body></html>
"""
case(
    name="youtube-statement-of-reasons-html",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Sat, 07 Sep 2024 03:10:55 +0000",
    subject=f"Statement of reasons: decision on your request {R3}",
    raw_mime=part_text(html_a26, "html", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="YouTube statement-of-reasons style HTML decision table",
    why="'Removed from YouTube globally' for the named Shorts is removed; the policy link is not an item",
    items={Y2: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"},
    date="Tue, 03 Sep 2024 09:30:12 +0900",
    subject=subj(f"Re: [{R1}] 불법정보 시정요구"),
    reply_to_req=msgid(R1),
    body=f"""\
안녕하세요, 네이버 정책지원팀입니다.

보내주신 시정요구 건은 현재 담당 부서에서 검토하고 있으며,
아래 블로그 게시물부터 순차적으로 게시중단 조치할 예정입니다.

 - {N1}
 - {N2}
 - {N3}

조치가 완료되면 결과를 다시 안내드리겠습니다.

{NAVER_SIG}
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply: review in progress, takedown 예정 (promise)",
    why="'will be taken down in turn' is a promise, not a statement; names items, so review",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    **{"from": "right@kakaocorp.com"},
    name_from=subj("카카오 권리침해신고센터"),
    date="Wed, 04 Sep 2024 10:20:00 +0900",
    subject=subj(f"Re: [{R2}] 불법정보 시정요구"),
    reply_to_req=msgid(R2),
    body=f"""\
안녕하세요, 카카오 권리침해신고센터입니다.

확인해 보니 {K1} 와
{K2} 게시물은 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 다음카페 운영팀 확인 후 다시 알려드리겠습니다.

{KAKAO_SIG}
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim reply with a hedge (삭제된 것으로 보입니다)",
    why="'appears to have been deleted' is a hedge, not a statement; the items stay pending",
    items={K1: "pending", K2: "pending"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "policy@navercorp.com"},
    date="Thu, 05 Sep 2024 15:00:00 +0900",
    subject=subj(f"[NAVER] {R1} 조치 완료 안내"),
    reply_to_req=msgid(R1),
    body=f"""\
안녕하세요, 네이버 정책지원팀입니다.

{R1} 건으로 요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.
협조해 주셔서 감사합니다.

{NAVER_SIG}
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 조치 완료 reply for a whole request",
    why="'all requested posts taken down' without naming them, for a 12-item request: bulk, items stay pending",
    items={u: "pending" for u in R1_ITEMS},
)

case(
    name="dc-bulk-all-five",
    **{"from": "cs@dcinside.com"},
    name_from=subj("디시인사이드 운영팀"),
    date="Sat, 07 Sep 2024 12:12:12 +0900",
    subject=subj(f"Re: [{R4}] 불법정보 시정요구"),
    reply_to_req=msgid(R4),
    body=f"""\
안녕하세요 디시인사이드입니다.
요청 주신 5건 모두 삭제 처리 완료했습니다.
감사합니다.

{DC_SIG}
""",
    outcome="review", review="bulk",
    imitates="DC Inside one-line bulk completion reply",
    why="'all 5 deleted' without naming each item of a 5-item request: bulk",
    items={u: "pending" for u in R4_ITEMS},
)

case(
    name="naver-auth-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    date="Wed, 11 Sep 2024 08:01:10 +0900",
    subject=subj(f"[NAVER] {R6} 게시중단 완료"),
    body=f"""\
안녕하세요, 네이버 정책지원팀입니다.

{S1} 게시물은 게시중단 완료되었습니다.

{NAVER_SIG}
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking completion notice whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: not trusted, nothing applied",
    items={S1: "pending"},
)

case(
    name="lookalike-domain-unknown-sender",
    **{"from": "policy@naver-safety.kr"},
    name_from=subj("네이버 정책지원팀"),
    date="Thu, 05 Sep 2024 21:40:40 +0900",
    subject=subj(f"[NAVER] {R1} 처리 결과"),
    body=f"""\
안녕하세요, 네이버 정책지원팀입니다.

요청하신 아래 게시물은 모두 삭제 처리되었습니다.
1. {N1}
2. {N2}

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="NAVER-branded notice from a look-alike domain",
    why="sender domain naver-safety.kr belongs to no platform: unknown sender, nothing applied",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-about-naver-item",
    **{"from": "right@kakaocorp.com"},
    name_from=subj("카카오 권리침해신고센터"),
    date="Fri, 13 Sep 2024 10:30:00 +0900",
    subject=subj("[카카오] 요청하신 게시물 확인 결과"),
    body=f"""\
안녕하세요, 카카오 권리침해신고센터입니다.

보내주신 목록의 {N12} 은
다음카페가 아닌 네이버 카페 주소로, 당사 서비스에서는 확인되지 않는 게시물입니다.
해당 사업자에게 직접 요청해 주시기 바랍니다.

{KAKAO_SIG}
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply about a NAVER cafe URL sent to it by mistake",
    why="Kakao states 'cannot be found' about a NAVER item: another platform's item",
    items={N12: "pending"},
)

case(
    name="naver-asks-documents",
    **{"from": "policy@navercorp.com"},
    date="Tue, 03 Sep 2024 14:00:00 +0900",
    subject=subj(f"Re: [{R1}] 불법정보 시정요구 - 자료 요청"),
    reply_to_req=msgid(R1),
    body=f"""\
안녕하세요, 네이버 정책지원팀입니다.

{R1} 시정요구 건의 조치를 위해 아래 자료를 회신하여 주시기 바랍니다.

 1. 시정요구 공문 원본(PDF, 직인 포함)
 2. 해당 정보에 대한 심의 의결서 사본

자료가 확인되는 대로 조치 절차를 진행하겠습니다.

{NAVER_SIG}
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER request for the signed 공문 and 의결서 before acting",
    why="the platform asks for documents before acting: a person must answer",
    items={},
)

case(
    name="youtube-under-review-hedge",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 06:00:00 +0000",
    subject=f"RE: [{R3}] Request for removal of illegal content",
    reply_to_req=msgid(R3),
    body=f"""\
Hello,

Thanks for your patience. An update on your request:

{Y1} has been escalated to our legal team and is currently under review.

{Y2} may have been edited by the uploader since your notice, and the
reported segment may no longer be present. We are checking this and will
follow up.

Best regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim update (escalated / under review / may have been edited)",
    why="'under review' and 'may have been edited' are not statements; names requested items, so review",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy@navercorp.com"},
    date="Mon, 09 Sep 2024 17:00:00 +0900",
    subject=subj("[NAVER] 시정요구 접수 창구 변경 안내"),
    body=f"""\
안녕하세요, 네이버 정책지원팀입니다.

2024년 10월 1일부터 방송통신심의위원회 시정요구 관련 공문 접수 창구가
policy-kr@navercorp.com 으로 변경됩니다.
기존 주소로 보내주신 메일도 당분간 함께 확인하겠습니다.

감사합니다.

{NAVER_SIG}
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice of a changed contact address",
    why="trusted NAVER mail naming no item and no request: no claims",
    items={},
)

case(
    name="band-conditional-deletion",
    **{"from": "help@band.us"},
    name_from=subj("BAND 고객센터"),
    date="Sat, 07 Sep 2024 10:10:10 +0900",
    subject=subj(f"[BAND] {R5} 처리 진행 안내"),
    body=f"""\
안녕하세요. BAND 고객센터입니다.

신고하신 게시글 {B1} 의 작성자에게
운영정책 위반 사실을 알리고 소명 기회를 부여했습니다.
9월 16일까지 소명이 없으면 해당 게시글은 삭제될 예정입니다.

{BAND_SIG}
""",
    outcome="review", review="not_understood",
    imitates="BAND notice: author given a chance to respond, deletion conditional",
    why="deletion is conditional and in the future: not a statement; the item stays pending",
    items={B1: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    **{"from": "jh.lee@hangyeol-law.example"},
    name_from=subj("법무법인 한결 이정훈 변호사"),
    date="Mon, 09 Sep 2024 18:20:00 +0900",
    subject=subj(f"[{R4}] 관련 게시물 삭제 사실 통지"),
    body=f"""\
방송통신심의위원회 담당자님께

본 법무법인은 디시인사이드 이용자 A씨의 대리인입니다.
의뢰인은 귀 위원회가 시정요구한 게시물
{D2}
을 2024. 9. 8. 스스로 삭제하였음을 알려드립니다.

법무법인 한결  변호사 이정훈
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the uploader's law firm claiming self-deletion",
    why="sender is no platform: unknown sender, nothing applied",
    items={D2: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-korean",
    **{"from": "minji.han@navercorp.com"},
    name_from=subj("한민지"),
    date="Mon, 02 Sep 2024 10:31:05 +0900",
    subject=subj(f"[자동회신] 부재 중입니다 (Re: [{R1}] 불법정보 시정요구)"),
    reply_to_req=msgid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""\
안녕하세요, 한민지입니다.

9월 2일(월)부터 9월 6일(금)까지 휴가로 부재 중입니다.
시정요구 등 급한 업무는 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재 중 자동회신)",
    why="out-of-office auto-reply, ignored",
    items={},
)

dsn_orig = f"""\
From: KCSC Takedown <takedown@kcsc.example>
To: policy-daum@kakaocorp.com
Subject: [{R7}] 불법정보 시정요구
Message-ID: <{msgid(R7)}@kcsc.example>
Date: Tue, 10 Sep 2024 15:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{kcsc_request_text(R7, [T1, T2, T3_RAW], "2024. 9. 10.")}
"""
case(
    name="kakao-dsn-bounce",
    **{"from": "mailer-daemon@kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 15:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("B935DSN.1725948009/mx1.kakaocorp.com", [
        """\
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-daum@kakaocorp.com>: host mbox.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <policy-daum@kakaocorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)""",
        """\
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Tue, 10 Sep 2024 15:00:02 +0900

Final-Recipient: rfc822; policy-daum@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
        "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + dsn_orig,
    ], kind="report", extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN from a Kakao MX returning our request (user unknown)",
    why="delivery failure report; the URLs are in our own returned request",
    items={},
)

case(
    name="naver-mdn-read",
    **{"from": "jaewon.oh@navercorp.com"},
    name_from=subj("오재원"),
    date="Wed, 11 Sep 2024 09:12:40 +0900",
    subject=subj(f"읽음 확인: [{R6}] 불법정보 시정요구"),
    raw_mime=multipart("mdn_b935_naver", [
        part_text(f"""\
2024-09-09 10:00에 takedown@kcsc.example 님이 보낸
"[{R6}] 불법정보 시정요구" 메일을 2024-09-11 09:12에 읽었습니다.

이 확인은 메일이 수신자 화면에 표시되었음을 의미할 뿐,
내용을 읽었거나 이해했음을 보장하지는 않습니다.
"""),
        f"""\
Content-Type: message/disposition-notification

Reporting-UA: mail.naver.com; NAVER Mail
Final-Recipient: rfc822; jaewon.oh@navercorp.com
Original-Message-ID: <{msgid(R6)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed""",
    ], kind="report", extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean read receipt (읽음 확인, RFC 8098 MDN)",
    why="read receipt, ignored",
    items={},
)

case(
    name="youtube-case-receipt",
    **{"from": "noreply-legal@google.com"},
    name_from="Google Legal Support",
    date="Wed, 04 Sep 2024 00:41:02 +0000",
    subject=f"[4-1177000023456] We received your request ({R3})",
    body=f"""\
Hello,

Thanks for contacting Google. We've received your legal request regarding
YouTube content. Your case ID is 4-1177000023456.

Our team reviews each request carefully. We'll email you when we have an
update. Please do not reply to this message; to add information, use the
link in the original form confirmation.

Sincerely,
Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal-request receipt with a case ID",
    why="pure acknowledgement: received, case ID created, no statement",
    items={},
)

case(
    name="dc-receipt-korean",
    **{"from": "noreply@dcinside.com"},
    name_from=subj("디시인사이드"),
    date="Thu, 05 Sep 2024 14:02:31 +0900",
    subject=subj(f"[디시인사이드] 신고가 접수되었습니다 ({R4})"),
    body=f"""\
안녕하세요. 디시인사이드입니다.

보내주신 신고가 정상적으로 접수되었습니다.
 - 접수번호: DC-240905-0117
 - 접수일시: 2024-09-05 14:02

접수된 신고는 순차적으로 검토되며, 처리 결과는 메일로 안내드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside 신고 접수 자동 안내",
    why="pure receipt with a ticket number and a promise of a later answer",
    items={},
)

case(
    name="band-ooo-english",
    **{"from": "daniel.cho@band.us"},
    name_from="Daniel Cho",
    date="Fri, 06 Sep 2024 10:00:40 +0900",
    subject=f"Automatic reply: [{R5}] 불법정보 시정요구",
    reply_to_req=msgid(R5),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""\
Hi,

I'm out of the office until Sept 18 with limited access to email.
For urgent trust & safety matters please contact help@band.us.

Thanks,
Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office (English) from a BAND employee",
    why="out-of-office auto-reply, ignored",
    items={},
)

case(
    name="kakao-helpdesk-echo",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from=subj("카카오 고객센터"),
    date="Tue, 10 Sep 2024 15:03:30 +0900",
    subject=subj("[카카오 고객센터] 문의가 접수되었습니다 (#3381207)"),
    body=f"""\
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 접수되었습니다. 문의번호는 #3381207 입니다.
담당자가 확인 후 순서대로 답변드리겠습니다.

────────── 접수된 문의 내용 ──────────
제목: [{R7}] 불법정보 시정요구
1. {T1}  (삭제 요청)
2. {T2}  (삭제 요청)
3. {T3_RAW}  (삭제 요청)
조치 결과를 7일 이내에 회신하여 주시기 바랍니다.
────────────────────────────────

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao help-desk ticket receipt echoing the submitted inquiry",
    why="pure acknowledgement; the URLs are only our own inquiry echoed back by the ticket system",
    items={},
)

HEADER = f"""\
# Blind set 935 (Korean platforms: NAVER, Kakao/Daum/Tistory/Brunch, YouTube
# Korea, DC Inside, BAND). Generated by make.py; do not edit by hand.
# Expected results written from each email's meaning, before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind935", HEADER, cases)
    print(f"{len(cases)} cases")
