#!/usr/bin/env python3
"""Blind set 563 (Korean: NAVER, Kakao/Daum/Tistory/brunch, YouTube Korea,
DC Inside, BAND). Writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind563/make.py

Deterministic: no clock, no randomness. Every email is fictional and was
written, with its expected result, from its meaning alone, before any run of
the reader.
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

# ---------------------------------------------------------------- requests
# NAVER, the largest request (13 items)
N1 = "https://blog.naver.com/moonlit_gossip77/223551000101"
N2 = "https://blog.naver.com/moonlit_gossip77/223551000245"
N3 = "https://blog.naver.com/hanul_diary_k/223548812030"
N4 = "https://blog.naver.com/hanul_diary_k/223549001177"
N5 = "https://cafe.naver.com/dalbit2024/88121"
N6 = "https://cafe.naver.com/dalbit2024/88154"
N7 = "https://cafe.naver.com/dalbit2024/88190"
N8 = "https://cafe.naver.com/jjokjibang/40512"
N9 = "https://cafe.naver.com/jjokjibang/40533"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38811502&memberNo=60021177"
N11 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471200331"
N12 = "https://blog.naver.com/saebyeok_log/223560414418"
N13 = "https://m.blog.naver.com/saebyeok_log/223560414502"
R1 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]

# Kakao: Daum cafe, Tistory (Korean slug, stored percent-encoded), brunch
K1 = "https://cafe.daum.net/haneulbit/Ab3x/1207"
K2 = "https://cafe.daum.net/haneulbit/Ab3x/1215"
K3_SLUG = "익명-제보-모음"
K3_RAW = "https://gyeoul-note.tistory.com/entry/" + K3_SLUG
K3 = "https://gyeoul-note.tistory.com/entry/" + quote(K3_SLUG)
K4 = "https://brunch.co.kr/@yeorum_k/57"

# YouTube
Y1 = "https://www.youtube.com/watch?v=Qk7dLmP2xVa"
Y2 = "https://youtu.be/Zr9TnW4cB1e"
Y3 = "https://www.youtube.com/shorts/Hy6pXo3RwTu"
Y4 = "https://www.youtube.com/watch?v=Lm0sJd8KqNo"
Y5 = "https://www.youtube.com/@bamgil_tv_fake"

# DC Inside
D1 = "https://gall.dcinside.com/mgallery/board/view/?id=nightcity_fk&no=51203"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightcity_fk&no=51288"
D3 = "https://gall.dcinside.com/board/view/?id=stock_new9&no=9981734"

# BAND
B1 = "https://band.us/band/81234567/post/1402"
B2 = "https://band.us/band/81234567/post/1419"

# one-item requests
N14 = "https://blog.naver.com/mintcho_review/223571100009"
K5 = "https://cafe.daum.net/ssulbox/Ksx7/311"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", R1,
     "privacy_violation", "<req-240902-01@kcsc.example>",
     'blogs, cafes, post and kin; "dalbit2024" cafe holds three'),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00",
     [K1, K2, K3, K4], "defamation", "<req-240903-02@kcsc.example>", "Daum cafe, Tistory, brunch"),
    ("KCSC-240904-03", "youtube", "2024-09-04T09:15:00+09:00", "2024-09-11T18:00:00+09:00",
     [Y1, Y2, Y3, Y4, Y5], "deepfake_sexual_abuse", "<req-240904-03@kcsc.example>", "4 videos, 1 channel"),
    ("KCSC-240905-04", "dcinside", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [D1, D2, D3], "illegal_gambling", "<req-240905-04@kcsc.example>", ""),
    ("KCSC-240906-05", "band", "2024-09-06T10:40:00+09:00", "2024-09-13T18:00:00+09:00",
     [B1, B2], "drug_trade", "<req-240906-05@kcsc.example>", ""),
    ("KCSC-240909-06", "naver", "2024-09-09T16:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [N14], "obscene_content", "<req-240909-06@kcsc.example>", ""),
    ("KCSC-240910-07", "kakao", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [K5], "obscene_content", "<req-240910-07@kcsc.example>", ""),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def request_lines(ref, urls, date_kr):
    """Our own request as a platform quotes it back."""
    out = [
        f"{date_kr}, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:",
        "> 담당자님 안녕하십니까. 방송통신심의위원회 통신심의국입니다.",
        f"> 아래 정보에 대하여 시정요구(요청번호 {ref})를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        ">",
    ]
    for i, u in enumerate(urls, 1):
        out.append(f"> {i}. {u}")
    out += [">", "> 방송통신심의위원회 드림"]
    return "\n".join(out)


HELP_NAVER = "https://help.naver.com/service/5600/contents/19841"
HELP_YT = "https://support.google.com/youtube/answer/2801999"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-gongmun-text-table-all",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 16:20:11 +0900",
    subject="[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 통보",
    body=f"""
수신: 방송통신심의위원회 통신심의국장
발신: 네이버 주식회사 정책지원팀
제목: 시정요구에 대한 조치결과 통보 (귀 위원회 요청번호 KCSC-240902-01)

1. 귀 위원회의 노고에 감사드립니다.
2. 귀 위원회가 2024. 9. 2. 시정을 요구한 정보 13건에 대하여 아래와 같이
   조치하였음을 회신합니다.

 번호 | 대상 정보(URL)                                       | 조치결과                     | 조치일
 -----+------------------------------------------------------+------------------------------+-----------
  1   | {N1} | 삭제                         | 2024.09.04
  2   | {N2} | 삭제                         | 2024.09.04
  3   | {N3} | 삭제                         | 2024.09.04
  4   | {N4} | 삭제                         | 2024.09.04
  5   | {N5} | 게시중단                     | 2024.09.04
  6   | {N6} | 임시조치(30일)               | 2024.09.04
  7   | {N7} | 삭제                         | 2024.09.05
  8   | {N8} | 게시물 없음(작성자 자진삭제) | -
  9   | {N9} | 삭제                         | 2024.09.05
  10  | {N10} | 비공개 처리 | 2024.09.05
  11  | {N11} | 미조치(사유 3항 참조) | -
  12  | {N12} | 삭제                         | 2024.09.05
  13  | {N13} | 국내 접근 제한               | 2024.09.05

3. 11번 지식iN 게시물은 특정 업체의 서비스 이용 경험을 적은 글로서 개인을
   식별할 수 있는 정보가 포함되어 있지 않아, 이용약관 및 운영정책상 조치
   대상에 해당하지 않는다고 판단하여 게시 상태를 유지하였습니다.
4. 관련 운영정책은 {HELP_NAVER} 에서 확인하실 수 있습니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="a portal's 공문-style 시정요구 조치결과 통보 with a plain-text results table",
    why="trusted NAVER reply; each of the 13 URLs has its own result in the table",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "removed",
           N6: "restricted", N7: "removed", N8: "not_found", N9: "removed", N10: "removed",
           N11: "rejected", N12: "removed", N13: "restricted"},
)

case(
    name="naver-html-table-first-five",
    **{"from": "noreply-safety@naver.com"},
    name_from="NAVER 안전정책",
    date="Wed, 04 Sep 2024 18:02:45 +0900",
    subject="[NAVER] 요청하신 게시물 처리 결과 안내 (KCSC-240902-01, 1/2)",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. NAVER 안전정책 담당자입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물 중 1차 처리분의 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No.</th><th>게시물 주소</th><th>처리 상태</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제 완료</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>블라인드 처리</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3}</a></td><td>존재하지 않는 게시물</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>검토 중</td></tr>
<tr><td>5</td><td><a href="{N5}">{N5}</a></td><td>임시조치(30일간 접근 차단)</td></tr>
</table>
<p>나머지 게시물의 결과는 처리가 끝나는 대로 별도 메일로 안내드리겠습니다.<br>
게시물 운영정책: <a href="{HELP_NAVER}">NAVER 고객센터</a></p>
<p style="color:#888">본 메일은 발신전용입니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER-style HTML 처리 결과 안내 table, first batch",
    why="rows 1, 2, 3 and 5 carry results; row 4 is still under review (검토 중) and stays pending",
    items={N1: "removed", N2: "removed", N3: "not_found", N4: "pending", N5: "restricted"},
)

_csv = csv_text([
    ["순번", "URL", "조치구분", "조치일시", "비고"],
    ["6", N6, "삭제", "2024-09-06 11:02", ""],
    ["7", N7, "삭제", "2024-09-06 11:05", ""],
    ["8", N8, "게시물 없음", "", "작성자 삭제"],
    ["9", N9, "임시조치", "2024-09-06 11:10", "30일"],
    ["10", N10, "삭제", "2024-09-06 13:40", ""],
    ["11", N11, "미조치", "", "위반 사항 확인되지 않음"],
    ["12", N12, "삭제", "2024-09-06 13:44", ""],
    ["13", N13, "접근제한", "2024-09-06 13:45", "국내 IP"],
])
case(
    name="naver-csv-attachment-rest",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 15:31:02 +0900",
    subject="RE: [KCSC-240902-01] 시정요구 잔여 건 조치결과",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_563_mix"

--=_nv_563_mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 건 중 6번부터 13번까지 8건의 조치결과를 첨부 CSV 파일로
회신드립니다. 확인 부탁드립니다.

감사합니다.

--=_nv_563_mix
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01_06-13.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01_06-13.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_nv_563_mix--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply carrying the results as a CSV attachment",
    why="the attached CSV gives one result per URL for items 6 to 13",
    items={N6: "removed", N7: "removed", N8: "not_found", N9: "restricted", N10: "removed",
           N11: "rejected", N12: "removed", N13: "restricted"},
)

case(
    name="naver-blog-single-prose",
    **{"from": "blog_safety@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    date="Tue, 10 Sep 2024 15:07:30 +0900",
    subject="네이버 블로그 게시물 처리 결과 안내",
    body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.

방송통신심의위원회에서 9월 9일 요청하신 블로그 게시물
({N14})에 대하여 검토를 마쳤습니다.

해당 게시물은 블로그 운영정책의 음란물 게재 금지 조항에 해당하여 2024년
9월 10일 14시 10분에 게시중단 처리되었으며, 현재 외부에서 열람할 수 없습니다.

블로그 운영정책: {HELP_NAVER}

감사합니다.
네이버 블로그 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 게시중단 처리 결과 안내 in prose",
    why="one named post, stated 게시중단 (taken down)",
    items={N14: "removed"},
)

case(
    name="naver-sole-statement-thread",
    **{"from": "blog_safety@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    date="Tue, 10 Sep 2024 11:48:19 +0900",
    subject="RE: [KCSC-240909-06] 게시물 시정요구",
    reply_to_req="req-240909-06",
    body=f"""
담당자님 안녕하세요.

요청하신 건 블라인드 처리 완료했습니다.
추가로 필요하신 사항 있으시면 이 메일로 회신 주세요.

네이버 블로그 운영팀 이도현 드림

{request_lines("KCSC-240909-06", [N14], "2024년 9월 9일 (월) 오후 4:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply in the request's thread, naming no URL",
    why="one-item request; the only statement (블라인드 처리 완료) is about it; the URL appears only in the quote",
    items={N14: "removed"},
)

case(
    name="naver-top-posted-status-below-url",
    **{"from": "seoyun.kim@navercorp.com"},
    name_from="김서윤 (NAVER 안전정책팀)",
    date="Tue, 03 Sep 2024 17:55:04 +0900",
    subject="Re: [KCSC-240902-01] 시정요구 (13건)",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 안전정책팀 김서윤입니다.
우선 확인된 3건 결과 먼저 공유드립니다.

{N1}
→ 삭제 완료 (9/3)

{N2}
→ 삭제 완료 (9/3)

{N9}
→ 해당 글 없음 (작성자 탈퇴로 이미 삭제된 상태입니다)

나머지 건은 확인되는 대로 다시 회신드리겠습니다.

김서윤 드림

{request_lines("KCSC-240902-01", R1, "2024년 9월 2일 (월) 오전 10:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="staff reply top-posted over the quoted request, status on the line below each URL",
    why="three URLs each followed by its result; the other ten appear only in the quoted request",
    items={N1: "removed", N2: "removed", N9: "not_found"},
)

case(
    name="naver-imsijochi-notice",
    **{"from": "cafe_safety@navercorp.com"},
    name_from="네이버 카페",
    date="Wed, 04 Sep 2024 10:12:00 +0900",
    subject="[네이버 카페] 게시물 임시조치 안내 (KCSC-240902-01)",
    body=f"""
[네이버 카페] 게시물 임시조치 안내

안녕하세요. 네이버 카페입니다.

방송통신심의위원회의 요청(KCSC-240902-01)에 따라 정보통신망 이용촉진 및
정보보호 등에 관한 법률 제44조의2에 근거하여 아래 게시물에 대해 30일간
임시조치를 시행하였습니다.

  · 카페명: 달빛2024 / 게시글: {N5}
  · 카페명: 달빛2024 / 게시글: {N6}

임시조치된 게시물은 임시조치 기간 동안 게시자 본인 외에는 열람할 수
없습니다. 기간 중 게시자의 재게시 요청이 없으면 기간 만료 후 삭제됩니다.

임시조치 제도 안내: {HELP_NAVER}

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 임시조치 안내 notice (정보통신망법 제44조의2)",
    why="two named posts under 임시조치 now (restricted); the later deletion is only conditional",
    items={N5: "restricted", N6: "restricted"},
)

case(
    name="naver-kin-angle-bracket-gmail-quote",
    **{"from": "kin_ops@navercorp.com"},
    name_from="네이버 지식iN 운영팀",
    date="Thu, 05 Sep 2024 09:41:27 +0900",
    subject="Re: [KCSC-240902-01] 시정요구 (13건)",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 지식iN 운영팀입니다.

이 중 지식iN 게시물 <{N11}> 건만 저희 팀 소관이라 먼저 답변드립니다.
검토 결과 질문 본문에 제3자의 연락처와 주소가 노출되어 있어 해당 질문과
달린 답변 전체를 삭제하였습니다.

나머지 블로그/카페 게시물은 각 서비스 담당 부서에서 별도로 회신할 예정입니다.

지식iN 운영원칙: https://kin.naver.com/help/policy.naver

{request_lines("KCSC-240902-01", R1, "2024년 9월 2일 (월) 오전 10:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="service team reply about the one URL it owns, URL in angle brackets, Gmail-style quote below",
    why="the kin question is stated deleted; the rest is a promise of other teams' replies and the quoted request",
    items={N11: "removed"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 10:26:51 +0900",
    subject="RE: [KCSC-240902-01] 시정요구 - 12, 13번 결과",
    reply_to_req="req-240902-01",
    body=f"""
담당자님,

문의하신 12번, 13번 항목 결과 회신드립니다.

- {N12} : 삭제 (09.06)
- {N13} : 조치하지 않음. 동일 작성자의 다른 글이나
  본문에 불법 정보가 확인되지 않아 운영정책 위반에 해당하지 않습니다.

감사합니다.
네이버 정책지원팀 박지훈

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 시정요구 (13건)

담당자님 안녕하십니까. 아래 정보에 대하여 시정요구를 하오니 조치 후 결과를
회신하여 주시기 바랍니다.

{chr(10).join(f"{i}. {u}" for i, u in enumerate(R1, 1))}

방송통신심의위원회 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and an unprefixed quoted request",
    why="item 12 deleted, item 13 refused with a reason; the list under Original Message is our own request",
    items={N12: "removed", N13: "rejected"},
)

case(
    name="naver-post-wrapped-angle-url",
    **{"from": "post_ops@navercorp.com"},
    name_from="네이버 포스트 운영팀",
    date="Fri, 06 Sep 2024 14:02:33 +0900",
    subject="[네이버 포스트] KCSC-240902-01 관련 포스트 처리 결과",
    body="""
안녕하세요, 네이버 포스트 운영팀입니다.

요청하신 네이버 포스트 게시물 <https://post.naver.com/viewer/postView.naver?
volumeNo=38811502&memberNo=60021177> 은 타인의 사생활 정보를 담고 있는 것으로
확인되어 2024년 9월 6일 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="prose reply whose long URL the sender's client wrapped inside angle brackets",
    why="the wrapped URL in <...> is item 10 and is stated deleted",
    items={N10: "removed"},
)

case(
    name="naver-receipt-plus-immediate-deletion",
    **{"from": "cs_report@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Tue, 03 Sep 2024 09:05:47 +0900",
    subject="[NAVER 고객센터] 문의 접수 및 긴급 조치 안내 (KCSC-240902-01)",
    body=f"""
문의가 정상적으로 접수되었습니다.
접수번호: 2409-NV-118204

접수와 함께 아래 2건은 긴급 조치 대상으로 분류되어 즉시 삭제 처리되었습니다.
  • {N8}
  • {N7}

나머지 게시물은 담당 부서 검토 후 결과를 회신드리겠습니다.
처리 현황은 고객센터 > 나의 문의내역(https://help.naver.com/myinquiry)에서 확인하실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk receipt that also reports an immediate action on two items",
    why="not a pure receipt: two named posts are stated deleted; the rest is a promise",
    items={N8: "removed", N7: "removed"},
)

case(
    name="youtube-legal-kr-restricted-and-removed",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube 법률지원팀",
    date="Fri, 06 Sep 2024 20:14:09 +0900",
    subject="[YouTube] 법적 요청에 대한 조치 결과 안내 - KCSC-240904-03",
    body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. Google은 귀하가 제출하신 요청을
검토하였으며 그 결과를 다음과 같이 알려드립니다.

현지 법률에 따라 아래 콘텐츠에 대해 대한민국 내 액세스를 차단했습니다.
- {Y1}
- {Y2}

아래 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 확인되어 전 세계에서
삭제되었습니다.
- {Y3}

커뮤니티 가이드에 대한 자세한 내용은 {HELP_YT} 를 참고하시기 바랍니다.
본 요청의 사본은 투명성 확보를 위해 제3자 데이터베이스에 공유될 수 있습니다.

감사합니다.
YouTube 법률지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal-removal outcome notice (local-law block vs. global guideline removal)",
    why="two videos blocked in Korea (restricted), one Short removed worldwide",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="youtube-age-restricted-bilingual",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube 법률지원팀",
    date="Mon, 09 Sep 2024 08:30:55 +0900",
    subject="[YouTube] 요청 처리 결과 / Outcome of your request (KCSC-240904-03)",
    body=f"""
안녕하세요.

귀하가 신고하신 동영상 {Y4} 에 대해 검토한 결과,
해당 동영상에 연령 제한을 적용하였습니다. 이제 이 동영상은 만 18세 이상으로
확인된 로그인 사용자만 시청할 수 있습니다.

---

Hello,

We reviewed the video you reported ({Y4}) and have
applied an age restriction to it. It can now only be viewed by signed-in
users whose age has been confirmed as 18 or over.

Age-restricted content: {HELP_YT}

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome, Korean above English",
    why="one named video age-restricted, which is restricted",
    items={Y4: "restricted"},
)

case(
    name="youtube-channel-terminated-one-kept-one-open",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 19:47:12 +0900",
    subject="Re: [KCSC-240904-03] 법적 요청 처리 결과",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요, YouTube 법률지원팀입니다.

요청하신 항목 중 아래 결과를 안내드립니다.

1) 채널 {Y5}
   심각한 커뮤니티 가이드 위반으로 채널이 해지되었으며, 채널의 모든
   동영상이 더 이상 YouTube에서 제공되지 않습니다.

2) {Y1}
   커뮤니티 가이드 및 현지 법률 위반 사항이 확인되지 않아 별도 조치 없이
   게시 상태를 유지합니다.

3) {Y2}
   추가 검토가 필요하여 현재 정책팀에서 확인 중입니다. 결과가 나오는 대로
   다시 연락드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply: channel termination, a refusal, and one item still open",
    why="channel terminated (removed), one video kept with a reason (rejected), one still under review (pending)",
    items={Y5: "removed", Y1: "rejected", Y2: "pending"},
)

_yt_html = f"""<html><body>
<p>안녕하세요.</p>
<p>KCSC-240904-03 요청에 포함된 동영상에 대한 처리 결과입니다.</p>
<ul>
<li><a href="{Y4}">{Y4}</a> &mdash; 커뮤니티 가이드 위반으로 삭제됨</li>
<li><a href="{Y2}">{Y2}</a> &mdash; 업로더가 이미 삭제하여 더 이상 존재하지 않는 동영상입니다</li>
</ul>
<p>자세한 내용은 <a href="{HELP_YT}">YouTube 고객센터</a>를 참고해 주세요.</p>
<p>YouTube 팀 드림</p>
</body></html>
"""
case(
    name="youtube-qp-html-list",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    date="Sat, 07 Sep 2024 03:22:40 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[YouTube] 신고 처리 결과".encode()).decode() + "?=",
    raw_mime=f"""
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome mail, quoted-printable, bulleted list",
    why="one video removed, one already deleted by its uploader (not_found)",
    items={Y4: "removed", Y2: "not_found"},
)

case(
    name="kakao-daum-cafe-blind",
    **{"from": "cafe_cs@daum.net"},
    name_from="Daum 카페",
    date="Wed, 04 Sep 2024 13:50:18 +0900",
    subject="[Daum 카페] 신고 게시글 처리 결과 안내",
    body=f"""
Daum 카페 신고 처리 결과 안내

안녕하세요, Daum 카페 운영자입니다.
방송통신심의위원회에서 신고하신 게시글(요청번호 KCSC-240903-02)에 대해
아래와 같이 블라인드 처리하였습니다.

  1. {K1}  블라인드
  2. {K2}  블라인드

블라인드 처리된 게시글은 카페 회원을 포함한 모든 이용자에게 노출되지 않습니다.

카페 운영정책: https://cs.daum.net/faq/95.html
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 처리 결과 notice",
    why="two named cafe posts blinded (removed)",
    items={K1: "removed", K2: "removed"},
)

case(
    name="kakao-tistory-raw-korean-url",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리보호센터",
    date="Thu, 05 Sep 2024 17:33:03 +0900",
    subject="RE: [KCSC-240903-02] 시정요구 관련 회신",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, 카카오 권리보호센터입니다.

티스토리 게시물 <{K3_RAW}>은 9월 5일 게시중단 조치하였습니다.

브런치 글 {K4}의 경우, 작가가 9월 2일 직접 삭제하여
현재 존재하지 않는 글입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao rights-centre reply with a raw Korean Tistory slug followed by a particle",
    why="the Tistory post (raw Korean path, stored percent-encoded) taken down; the brunch piece was deleted by its author before",
    items={K3: "removed", K4: "not_found"},
)

_kakao_gm = f"""카카오 주식회사

수신: 방송통신심의위원회
참조: 통신심의국
제목: 시정요구에 대한 조치결과 회신 (KCSC-240903-02)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구(2024. 9. 3.)와 관련하여 당사 조치결과를 아래와 같이
   회신합니다.

  가. {K1} : 삭제
  나. {K2} : 삭제
  다. {K3_RAW} : 국내 접속차단
  라. {K4} : 미조치
      (사유: 해당 글은 언론 보도를 인용한 의견 글로서 명예훼손 요건이
       충족되지 않는다고 판단함)

3. 문의: 카카오 정책팀 (policy@kakaocorp.com)  끝.
"""
case(
    name="kakao-base64-gongmun",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Mon, 09 Sep 2024 11:00:00 +0900",
    subject="[카카오] 시정요구 조치결과 회신 (KCSC-240903-02)",
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(_kakao_gm)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 조치결과 회신 in a base64 body, 가/나/다/라 items",
    why="four named items: two deleted, one blocked in Korea (restricted), one refused with a reason",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "rejected"},
)

case(
    name="kakao-single-url-below-statement",
    **{"from": "cafe_cs@daum.net"},
    name_from="Daum 카페",
    date="Wed, 11 Sep 2024 16:40:21 +0900",
    subject="[Daum 카페] 요청번호 KCSC-240910-07 처리 결과",
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

아래 게시글은 청소년유해 게시물로 지정하여, 성인 인증을 마친 이용자만
열람할 수 있도록 접근을 제한하였습니다.
{K5}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe notice with the URL on the line below its statement",
    why="the one post is now adult-only (age-restricted), which is restricted",
    items={K5: "restricted"},
)

_kakao_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240903-02) 조치결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>연번</th><th>서비스</th><th>URL</th><th>조치결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>1</td><td>Daum 카페</td><td>{K1}</td><td>삭제</td><td>09.05</td></tr>
<tr><td>2</td><td>Daum 카페</td><td>{K2}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td>티스토리</td><td><a href="{K3}">{K3_RAW}</a></td><td>해당 게시물 없음</td><td>URL 확인 불가</td></tr>
<tr><td>4</td><td>브런치</td><td>{K4}</td><td>미조치</td><td>위반 사항 없음, 게시 유지</td></tr>
</tbody></table>
<p>카카오 정책팀 드림</p>
</body></html>
"""
case(
    name="kakao-html-table-sijeong",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Fri, 06 Sep 2024 10:15:44 +0900",
    subject="시정요구 조치결과 (KCSC-240903-02)",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="kk563alt"

--kk563alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

시정요구(KCSC-240903-02) 조치결과는 HTML 본문의 표를 확인해 주세요.
카카오 정책팀 드림

--kk563alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{_kakao_html}
--kk563alt--
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 HTML table (연번/서비스/URL/조치결과/비고)",
    why="each row names its URL: deleted, 임시조치 (restricted), no such post (not_found), kept (rejected)",
    items={K1: "removed", K2: "restricted", K3: "not_found", K4: "rejected"},
)

case(
    name="kakao-echoed-report-brunch",
    **{"from": "noreply_right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 18:20:00 +0900",
    subject="[카카오] 권리침해 신고 처리 결과 안내",
    body=f"""
[카카오 권리침해 신고 처리 결과]

■ 신고 정보
- 접수번호: RK-20240905-00731
- 신고 서비스: 브런치스토리
- 신고 대상 URL: {K4}
- 신고 사유: 명예훼손
- 신고인: 방송통신심의위원회 (KCSC-240903-02)

■ 처리 결과
- 결과: 임시조치 (30일간 게시물 접근 차단)
- 처리일: 2024-09-06

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 게시물은 삭제됩니다.
권리침해 신고 안내: https://cs.kakao.com/helps?service=rights
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해 신고 처리 결과 form that echoes the report fields",
    why="the platform's own echo names the one brunch URL, result 임시조치 (restricted)",
    items={K4: "restricted"},
)

case(
    name="dcinside-informal-operator",
    **{"from": "operator@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 11:37:58 +0900",
    subject="Re: [KCSC-240905-04] 게시물 조치 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 건 확인했습니다.
{D1}랑
{D2} 두 글은 오늘 오전에 삭제했고 작성자 IP도 차단했습니다.

주식 갤러리 글({D3})은 찾아보니 작성자가
이미 지운 상태라 저희 쪽에서 따로 조치할 게 없었습니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal community-site operator reply, a particle glued to a URL",
    why="two gallery posts deleted, the stock-gallery post already deleted by its author (not_found)",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dcinside-fullwidth-punctuation",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드",
    date="Mon, 09 Sep 2024 14:25:16 +0900",
    subject="[디시인사이드] 시정요구 조치 결과 회신 (KCSC-240905-04)",
    body=f"""
방송통신심의위원회 귀중

요청번호 KCSC-240905-04 조치 결과를 아래와 같이 알려드립니다。

1） {D1} ： 삭제 처리
2） 「{D2}」 ： 삭제 처리
3） （{D3}） ： 블라인드 처리

이상입니다。
주식회사 디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="numbered result list typed with full-width punctuation and brackets",
    why="each of the three URLs has its own result: deleted, deleted, blinded (removed)",
    items={D1: "removed", D2: "removed", D3: "removed"},
)

case(
    name="dcinside-one-kept-with-reason",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드",
    date="Tue, 10 Sep 2024 09:58:40 +0900",
    subject="RE: [KCSC-240905-04] 게시물 조치 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 중 {D1} 는 불법 도박 사이트
홍보 글로 확인되어 삭제하였습니다.

다만 {D3} 는 특정 종목에 대한 개인 의견을 적은
글로, 저희 운영원칙과 관련 법령을 기준으로 검토하였으나 위법성이
확인되지 않아 게시물을 유지하기로 하였습니다.

운영원칙: https://gall.dcinside.com/policy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community operator reply mixing a deletion and a refusal with its reason",
    why="one post deleted, one kept because it breaks no rule (rejected)",
    items={D1: "removed", D3: "rejected"},
)

case(
    name="band-two-deleted-listed",
    **{"from": "support@band.us"},
    name_from="BAND 고객센터",
    date="Mon, 09 Sep 2024 15:12:40 +0900",
    subject="[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240906-05)",
    body=f"""
안녕하세요, BAND 고객센터입니다.

신고하신 게시글 2건을 확인하여 운영정책에 따라 삭제 조치하였습니다.

 - {B1}
 - {B2}

해당 게시글을 작성한 멤버에게는 서비스 이용 제한 조치가 함께 적용되었습니다.
BAND 운영정책: https://band.us/policy/operation

감사합니다.
BAND 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND help-centre 신고 처리 결과 with both posts listed",
    why="a statement over two URLs that are each named: both removed",
    items={B1: "removed", B2: "removed"},
)

case(
    name="band-deleted-and-not-found",
    **{"from": "support@band.us"},
    name_from="BAND 고객센터",
    date="Tue, 10 Sep 2024 10:03:55 +0900",
    subject="RE: [KCSC-240906-05] 게시글 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요, BAND 고객센터입니다.

1. {B1}
   게시글을 삭제하였고, 작성 멤버의 밴드 이용을 제한하였습니다.

2. {B2}
   해당 주소로 게시글을 찾을 수 없습니다. 이미 삭제되었거나 존재하지
   않는 게시글입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND numbered reply: one deleted, one cannot be found",
    why="first post removed, second cannot be found (not_found)",
    items={B1: "removed", B2: "not_found"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-to-delete",
    **{"from": "seoyun.kim@navercorp.com"},
    name_from="김서윤 (NAVER 안전정책팀)",
    date="Tue, 03 Sep 2024 11:20:14 +0900",
    subject="Re: [KCSC-240902-01] 시정요구 (13건)",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 안전정책팀 김서윤입니다.

요청 주신 건 중 블로그 게시물 4건은 아래와 같습니다.
{N1}
{N2}
{N3}
{N4}

위 게시물은 내부 검토를 거쳐 이번 주 중 삭제 조치될 예정입니다.
조치가 완료되면 결과를 다시 공유드리겠습니다.

김서윤 드림
""",
    outcome="review", review="not_understood",
    imitates="staff reply promising a future deletion",
    why="'삭제 조치될 예정' is a promise, not a statement; the four named posts stay pending",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending"},
)

case(
    name="kakao-hedged-already-gone",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리보호센터",
    date="Wed, 04 Sep 2024 15:44:09 +0900",
    subject="RE: [KCSC-240903-02] 시정요구 관련 문의",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, 카카오 권리보호센터입니다.

문의하신 {K2} 게시글은 확인해 보니
이미 삭제된 것으로 보입니다. 정확한 처리 이력은 담당 부서 확인 후
다시 알려드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="help-desk reply with a hedged '이미 삭제된 것으로 보입니다'",
    why="'~것으로 보입니다' (appears to) is a hedge; the named post stays pending",
    items={K2: "pending"},
)

case(
    name="youtube-under-review",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 12:08:31 +0900",
    subject="Re: [KCSC-240904-03] 법적 요청",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요, YouTube 법률지원팀입니다.

보내주신 요청 중 아래 동영상은 현재 법무팀에서 현지 법률 위반 여부를
검토하고 있습니다.

- {Y1}
- {Y3}
- {Y4}

검토에는 영업일 기준 5일 정도 소요될 수 있으며, 결정이 내려지면 이 스레드로
다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal team's 'currently reviewing' reply naming the videos",
    why="under review and a promise to report back: no statement, the named videos stay pending",
    items={Y1: "pending", Y3: "pending", Y4: "pending"},
)

case(
    name="naver-bulk-all-deleted",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Sat, 07 Sep 2024 10:02:10 +0900",
    subject="RE: [KCSC-240902-01] 시정요구 (13건)",
    reply_to_req="req-240902-01",
    body="""
담당자님 안녕하세요.

KCSC-240902-01 건으로 요청하신 게시물 전체에 대해 삭제 조치를 완료하였습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="one-line 'all requested posts deleted' reply to a 13-item request",
    why="a statement about all items without naming each, for a request of 13 items",
    items={},
)

case(
    name="band-bulk-both-deleted",
    **{"from": "support@band.us"},
    name_from="BAND 고객센터",
    date="Mon, 09 Sep 2024 09:14:02 +0900",
    subject="RE: [KCSC-240906-05] 게시글 삭제 요청",
    reply_to_req="req-240906-05",
    body="""
안녕하세요, BAND 고객센터입니다.

신고하신 게시글은 모두 확인 후 삭제 처리했습니다.
이용해 주셔서 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND short reply 'all reported posts deleted', no URLs",
    why="'모두' covers a request of two items without naming either",
    items={},
)

case(
    name="naver-dmarc-fail",
    auth="fail",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 22:41:37 +0900",
    subject="[회신] KCSC-240902-01 조치결과",
    body=f"""
담당자님께,

요청하신 게시물 중 아래 2건은 삭제 완료되었습니다.
- {N3}
- {N4}

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="a plausible NAVER result mail whose DKIM/SPF/DMARC fail",
    why="NAVER domain but authentication fails: nothing applied",
    items={N3: "pending", N4: "pending"},
)

case(
    name="lawfirm-author-self-deleted",
    **{"from": "jhpark@hanbit-law.example"},
    name_from="법무법인 한빛 박정훈 변호사",
    date="Fri, 06 Sep 2024 17:10:26 +0900",
    subject="KCSC-240902-01 관련 게시물 자진 삭제 통지",
    body=f"""
방송통신심의위원회 귀중

본 법무법인은 블로그 운영자 ○○○의 대리인입니다.
귀 위원회가 시정을 요구한 아래 게시물은 의뢰인이 2024. 9. 6. 자진하여
삭제하였음을 알려드립니다.

1. {N3}
2. {N4}

법무법인 한빛 변호사 박정훈
""",
    outcome="review", review="unknown_sender",
    imitates="a poster's lawyer notifying self-deletion",
    why="not from NAVER: a third party's word changes no status",
    items={N3: "pending", N4: "pending"},
)

case(
    name="naver-answers-for-band",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 13:30:00 +0900",
    subject="[회신] BAND 게시글 시정요구 (KCSC-240906-05)",
    body=f"""
담당자님 안녕하세요.
BAND 서비스 관련 요청에 대해 네이버 정책지원팀에서 함께 회신드립니다.

- {B1} : 삭제 완료
- {B2} : 삭제 완료

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="group-company policy team answering for a sister service (BAND)",
    why="statuses for BAND items sent from a NAVER domain, not from BAND's configured sender",
    items={B1: "pending", B2: "pending"},
)

case(
    name="youtube-asks-for-documents",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 16:55:03 +0900",
    subject="Re: [KCSC-240904-03] 추가 정보 요청",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요, YouTube 법률지원팀입니다.

요청하신 아래 콘텐츠를 처리하기 위해 추가 자료가 필요합니다.
- {Y1}
- {Y3}

해당 콘텐츠가 위법하다고 판단한 근거 법령 조항과 위원회 심의 의결서 사본을
이 메일에 회신으로 보내 주시기 바랍니다. 자료를 받는 대로 검토를
진행하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal request for the legal basis and decision documents",
    why="asks for documents before acting; the named videos stay pending",
    items={Y1: "pending", Y3: "pending"},
)

case(
    name="kakao-contact-change-notice",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    subject="[카카오] 기관 협력 담당자 변경 안내",
    body="""
안녕하세요, 카카오 정책팀입니다.

9월 23일부터 관계 기관 협력 업무 담당자가 변경됩니다.
앞으로 시정요구 및 관련 문의는 아래 주소로 보내 주시기 바랍니다.

  - 담당: 카카오 정책팀 기관협력 파트
  - 메일: policy@kakaocorp.com
  - 운영시간: 평일 10:00~18:00 (공휴일 제외)

그동안 협조해 주셔서 감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform notice of a change of liaison contact",
    why="trusted Kakao mail naming no item and no request",
    items={},
)

case(
    name="dcinside-conditional-deletion",
    **{"from": "operator@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 16:18:44 +0900",
    subject="Re: [KCSC-240905-04] 게시물 조치 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{D1}
{D2}

위 두 글은 작성자에게 소명 기회를 먼저 드리고 있습니다. 7일 안에 소명이
없으면 삭제할 예정이고, 소명이 들어오면 내용 검토해서 다시 말씀드릴게요.
""",
    outcome="review", review="not_understood",
    imitates="operator reply making deletion conditional on the poster's answer",
    why="a condition and a promise, no present status: both posts stay pending",
    items={D1: "pending", D2: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office-chuseok",
    **{"from": "seoyun.kim@navercorp.com"},
    name_from="김서윤",
    date="Sat, 14 Sep 2024 09:00:02 +0900",
    subject="[자동회신] 부재중: Re: [KCSC-240902-01] 시정요구 (13건)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김서윤입니다.
추석 연휴(9월 14일 ~ 9월 18일) 기간에는 메일 확인이 어렵습니다.
9월 19일부터 순차적으로 회신드리겠습니다.
긴급한 건은 safety-team@navercorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday out-of-office auto-reply",
    why="an auto-reply says nothing about items",
    items={},
)

case(
    name="band-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.band.us"},
    name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 10:41:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn563band"

--dsn563band
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.band.us.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@band.us>: host inbound.band.us[203.0.113.25] said: 550 5.1.1
    Recipient address rejected: User unknown in virtual mailbox table

--dsn563band
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.band.us
Arrival-Date: Fri,  6 Sep 2024 10:41:05 +0900

Final-Recipient: rfc822; legal-kr@band.us
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn563band
Content-Type: message/rfc822

From: 방송통신심의위원회 <takedown@kcsc.example>
To: legal-kr@band.us
Subject: [KCSC-240906-05] 게시글 삭제 요청
Message-ID: <req-240906-05@kcsc.example>
Date: Fri, 06 Sep 2024 10:40:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시글의 삭제를 요청합니다.
1. {B1}
2. {B2}

--dsn563band--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request with the original attached",
    why="a bounce; the URLs are only in our returned request",
    items={},
)

case(
    name="kakao-mdn-read",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Tue, 03 Sep 2024 13:02:18 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("읽음: [KCSC-240903-02] 시정요구".encode()).decode() + "?=",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn563kk"

--mdn563kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
받는 사람: policy@kakaocorp.com
제목: [KCSC-240903-02] 시정요구
읽은 시간: 2024-09-03 오후 1:02

--mdn563kk
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Outlook
Final-Recipient: rfc822; policy@kakaocorp.com
Original-Message-ID: <req-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn563kk--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="a read receipt",
    items={},
)

case(
    name="youtube-legal-receipt",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube 법률지원팀",
    date="Wed, 04 Sep 2024 09:16:40 +0900",
    subject="[YouTube] 법적 요청이 접수되었습니다 - KCSC-240904-03",
    body="""
안녕하세요.

귀하의 법적 요청이 접수되었습니다. 케이스 번호는 8-2409000012345 입니다.
담당 팀에서 요청을 확인한 후 이 이메일 주소로 연락드리겠습니다.
추가 자료가 있으면 케이스 번호를 제목에 포함하여 이 메일에 회신해 주세요.

이 메일은 자동으로 발송되었습니다.
YouTube 법률지원팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request receipt with a case number",
    why="a pure receipt: nothing about any item",
    items={},
)

case(
    name="dcinside-ticket-receipt",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Thu, 05 Sep 2024 14:01:12 +0900",
    subject="[디시인사이드 고객센터] 문의 접수 완료 안내",
    body="""
안녕하세요, 디시인사이드 고객센터입니다.

고객님의 문의가 접수되었습니다.
  - 접수번호: DC-240905-0142
  - 문의 유형: 게시물 신고 / 기관 요청
  - 제목: [KCSC-240905-04] 게시물 조치 요청

접수된 문의는 순서대로 확인 후 답변드리며, 답변까지 영업일 기준 1~3일이
소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (접수 완료 안내)",
    why="a receipt naming our request only by title",
    items={},
)

case(
    name="kakao-out-of-office-bilingual",
    **{"from": "minji.han@kakaocorp.com"},
    name_from="Minji Han",
    date="Tue, 10 Sep 2024 10:00:40 +0900",
    subject="자동 회신: [KCSC-240910-07] 게시물 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
9월 13일까지 해외 출장 중으로 메일 확인이 늦어질 수 있습니다.
급한 용무는 policy@kakaocorp.com 으로 보내 주세요.

I am travelling until 13 September with limited access to email.
For urgent matters please write to policy@kakaocorp.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook bilingual out-of-office auto-reply",
    why="an auto-reply",
    items={},
)

case(
    name="dcinside-dsn-delayed",
    **{"from": "postmaster@dcinside.com"},
    name_from="Mail Delivery Subsystem",
    date="Fri, 06 Sep 2024 02:00:17 +0900",
    subject="Delivery Status Notification (Delay)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn563dc"

--dsn563dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

** 메시지 전송 지연 **

report@dcinside.com 으로 보낸 메시지가 아직 전송되지 않았습니다.
수신 서버가 일시적으로 응답하지 않아 계속 재시도하고 있습니다.
48시간 동안 전송되지 않으면 다시 알려드립니다.

--dsn563dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Thu, 5 Sep 2024 14:00:30 +0900

Final-Recipient: rfc822; report@dcinside.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sat, 7 Sep 2024 14:00:30 +0900

--dsn563dc
Content-Type: text/rfc822-headers

From: 방송통신심의위원회 <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC-240905-04] 게시물 조치 요청
Message-ID: <req-240905-04@kcsc.example>
Date: Thu, 05 Sep 2024 14:00:00 +0900

--dsn563dc--
""",
    outcome="ignored", classification="bounce",
    imitates="delayed-delivery DSN (Action: delayed) with the request's headers",
    why="a delivery report, not a statement",
    items={},
)


HEADER = """# Blind set 563 (Korean portals and communities). Written by make.py from
# the case list; expected results were written from each email's meaning
# before any run of the reader. Each case is judged alone on a fresh ledger
# holding requests.csv."""


def encode_words(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    real mailers send them."""
    from email.header import Header
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode(linesep="\n")


def main():
    write_requests()
    encode_words(CASES)
    corpuslib.write_set(HERE, "blind563", HEADER, CASES)


if __name__ == "__main__":
    main()
