#!/usr/bin/env python3
"""Blind set 149 (Korean): NAVER, Kakao/Daum/Tistory/Brunch, YouTube Korea,
DC Inside and BAND replies written in Korean: 공문-style 조치결과 회신,
임시조치 notices, 시정요구 조치결과 tables, informal operator replies,
receipts, auto-replies, bounces and read receipts.

    python3 tests/corpus/blind149/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run of
the reader. All names, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

N = {
    1: "https://blog.naver.com/haneul_betting7/223561100401",
    2: "https://blog.naver.com/haneul_betting7/223561100455",
    3: "https://blog.naver.com/sodam_gold88/223559870012",
    4: "https://cafe.naver.com/toto2424club/1182",
    5: "https://cafe.naver.com/toto2424club/1190",
    6: "https://cafe.naver.com/toto2424club/1204",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471230998",
    8: "https://blog.naver.com/minjun_pick/223570003321",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38112207&memberNo=5520931",
    10: "https://blog.naver.com/sodam_gold88/223559870198",
    11: "https://cafe.naver.com/luckyspin09/77",
    12: "https://blog.naver.com/minjun_pick/223570003390",
    13: "https://in.naver.com/jackpotking/contents/internal/711093201",
    14: "https://blog.naver.com/PostView.naver?blogId=mooncasino_k&logNo=223566120081",
}
K3_RAW = "https://sunny-dal.tistory.com/entry/다이어트-약-후기"
K = {
    1: "https://cafe.daum.net/haneulmarket/Qx7P/311",
    2: "https://cafe.daum.net/haneulmarket/Qx7P/318",
    3: "https://sunny-dal.tistory.com/entry/%EB%8B%A4%EC%9D%B4%EC%96%B4%ED%8A%B8-%EC%95%BD-%ED%9B%84%EA%B8%B0",
    4: "https://brunch.co.kr/@greenleaf77/45",
    5: "https://sunny-dal.tistory.com/52",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8rLx2A",
    2: "https://www.youtube.com/watch?v=bN7kPz01YwE",
    3: "https://www.youtube.com/shorts/Ha9dLq4mZ0c",
    4: "https://www.youtube.com/@minsu_live_kr",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=11820455",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=idolcafe12&no=90312",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=idolcafe12&no=90377",
    4: "https://gall.dcinside.com/mini/board/view/?id=ddalgi_mini&no=4410",
}
B = {
    1: "https://band.us/band/81234567/post/1021",
    2: "https://band.us/band/81234567/post/1033",
    3: "https://band.us/band/90011223/post/58",
}
M = {
    1: "https://blog.naver.com/jeongwoo_diary/223580114470",
    2: "https://cafe.naver.com/dongnae_moms/40218",
}
S1 = "https://cafe.daum.net/pinkroom99/Fk2s/1204"

REQUESTS = [
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", [N[i] for i in range(1, 15)],
     "gambling", "불법 도박 사이트 홍보 게시물 14건"),
    (R2, "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", [K[i] for i in range(1, 6)],
     "drugs", "의약품 불법 판매 (다음 카페, 티스토리, 브런치)"),
    (R3, "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00", [Y[i] for i in range(1, 5)],
     "obscenity", "음란 영상 및 채널"),
    (R4, "dcinside", "2024-09-06T10:12:00+09:00", "2024-09-13T23:59:59+09:00", [D[i] for i in range(1, 5)],
     "defamation", "명예훼손 및 개인정보 노출 게시물"),
    (R5, "band", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00", [B[i] for i in range(1, 4)],
     "gambling", "밴드 내 도박 홍보 게시글"),
    (R6, "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", [M[1], M[2]],
     "privacy", "개인정보 노출"),
    (R7, "kakao", "2024-09-11T15:00:00+09:00", "2024-09-18T23:59:59+09:00", [S1],
     "obscenity", "성매매 알선 게시물 1건"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def req_urls(ref):
    for r in REQUESTS:
        if r[0] == ref:
            return r[4]
    raise KeyError(ref)


def request_text(ref, title):
    urls = req_urls(ref)
    lines = [
        f"제목: [{ref}] 시정요구 ({title})",
        "",
        "귀사가 운영하는 서비스에 게시된 아래 정보에 대하여 「방송통신위원회의 설치 및",
        "운영에 관한 법률」 제21조에 따라 시정요구하오니, 조치 후 결과를 회신하여",
        "주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 (takedown@kcsc.example)"]
    return lines


def quote_gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ NAVER R1
rows = [
    (1, "삭제", ""), (2, "삭제", ""), (3, "게시중단", ""), (4, "블라인드", "카페 운영정책 위반"),
    (5, "블라인드", "카페 운영정책 위반"), (6, "-", "작성자가 이미 삭제한 게시물"), (7, "삭제", "지식iN 질문 및 답변"),
    (8, "비공개 처리", ""), (9, "-", "해당 게시물 없음"), (10, "삭제", ""), (11, "삭제", ""),
    (12, "미조치", "불법성 확인 불가, 게시 유지"), (13, "접근 제한", "인플루언서 콘텐츠"), (14, "삭제", ""),
]
table = ["연번 | 게시물 URL | 조치결과 | 비고", "-----+------------+----------+------"]
for i, act, note in rows:
    table.append(f"{i:>2} | {N[i]} | {act} | {note}".rstrip())
case(
    name="naver-gongmun-14-text-table",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 16:40:11 +0900",
    subject=f"[네이버] 시정요구({R1})에 대한 조치결과 회신",
    reply_to_req=mid(R1),
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 불법정보 심의 담당자
제목: 시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회가 2024. 9. 2. 당사에 요청한 불법 도박 정보 시정요구
({R1}, 총 14건)에 대하여 당사의 조치결과를 아래와 같이 회신합니다.

                             - 아   래 -

{chr(10).join(table)}

  ※ 조치 건수: 삭제·게시중단·블라인드·비공개 10건, 접근 제한 1건,
     게시물 없음 2건, 미조치 1건 (합계 14건)

3. 본 회신과 관련하여 문의사항이 있으시면 정책지원팀으로 연락 주시기
   바랍니다.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 정자일로 95 (가상 주소)
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 회신 with a plain-text result table",
    why="Per-row results for all 14 items: 삭제/게시중단/블라인드/비공개 -> removed, 접근 제한 -> restricted, author-deleted/없음 -> not_found, 미조치 게시 유지 -> rejected.",
    items={
        N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed", N[5]: "removed",
        N[6]: "not_found", N[7]: "removed", N[8]: "removed", N[9]: "not_found", N[10]: "removed",
        N[11]: "removed", N[12]: "rejected", N[13]: "restricted", N[14]: "removed",
    },
)


def h(u):
    return u.replace("&", "&amp;")


html_rows = [
    (1, "게시중단", "2024.09.04"), (2, "게시중단", "2024.09.04"),
    (3, "게시물 없음 (작성자 삭제)", "-"), (8, "비공개 처리", "2024.09.05"),
    (10, "위반 사항 확인되지 않음 &ndash; 게시 유지", "-"), (14, "삭제", "2024.09.05"),
]
trs = "\n".join(
    f'<tr><td>{n}</td><td><a href="{h(N[i])}">{h(N[i])}</a></td><td>{act}</td><td>{d}</td></tr>'
    for n, (i, act, d) in enumerate(html_rows, 1)
)
case(
    name="naver-html-table-six-of-fourteen",
    **{"from": "noreply_inoti@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Thu, 05 Sep 2024 18:02:45 +0900",
    subject=f"Re: [{R1}] 시정요구 (불법 도박 정보) - 1차 처리 결과",
    reply_to_req=mid(R1),
    type="html",
    body=f"""
<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구 건({R1}) 중 처리가 완료된 게시물의
1차 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No</th><th>URL</th><th>처리 결과</th><th>처리일</th></tr>
{trs}
</table>
<p>나머지 8건은 담당 부서에서 확인하고 있으며, 결과가 나오는 대로 추가로 회신드리겠습니다.</p>
<p>게시중단 처리 기준은 <a href="https://help.naver.com/service/30011/contents/19322">네이버 고객센터 안내</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>NAVER 권리보호센터 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 HTML result mail with a results table (partial batch)",
    why="Six rows with results (게시중단/삭제/비공개 -> removed, author-deleted -> not_found, 게시 유지 -> rejected); the other 8 are only promised; the help link is not an item.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[8]: "removed",
           N[10]: "rejected", N[14]: "removed"},
)

csv_rows = [
    (4, "삭제", "2024-09-06 10:14"), (5, "삭제", "2024-09-06 10:14"),
    (6, "게시물 없음(작성자 삭제)", ""), (7, "삭제", "2024-09-06 11:02"),
    (9, "삭제", "2024-09-06 11:40"), (11, "임시조치(30일)", "2024-09-06 13:05"),
    (12, "삭제", "2024-09-06 13:20"), (13, "존재하지 않는 URL", ""),
]
cbuf = io.StringIO()
cw = csv.writer(cbuf, lineterminator="\r\n")
cw.writerow(["번호", "게시물 URL", "처리결과", "처리일시"])
for n, (i, act, d) in enumerate(csv_rows, 1):
    cw.writerow([n, N[i], act, d])
csv_bytes = "\ufeff".encode("utf-8") + cbuf.getvalue().encode("utf-8")
case(
    name="naver-csv-attachment-results",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 09:31:20 +0900",
    subject=f"[{R1}] 조치결과 파일 송부",
    reply_to_req=mid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_NaverPart_240909_0931"

------=_NaverPart_240909_0931
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

{R1} 건 중 나머지 게시물에 대한 조치결과를 첨부 파일(CSV)로 송부드립니다.
파일을 확인해 주시고, 문의 사항은 회신 주시기 바랍니다.

감사합니다.
네이버 정책지원팀 드림

------=_NaverPart_240909_0931
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_bytes)}
------=_NaverPart_240909_0931--
""",
    outcome="applied", classification="confirmation",
    imitates="Portal operator sending the 조치결과 as a CSV export attachment",
    why="CSV rows: 삭제 -> removed, 임시조치 -> restricted, author-deleted and non-existent URL -> not_found.",
    items={N[4]: "removed", N[5]: "removed", N[6]: "not_found", N[7]: "removed",
           N[9]: "removed", N[11]: "restricted", N[12]: "removed", N[13]: "not_found"},
)

case(
    name="naver-url-then-status-below",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    date="Tue, 03 Sep 2024 17:25:02 +0900",
    subject=f"RE: [{R1}] 시정요구 (불법 도박 정보)",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 네이버 정책지원팀 김서연입니다.
지식iN, 포스트, 인플루언서 쪽 먼저 처리된 것 정리해서 공유드립니다.

{N[7]}
→ 질문 및 답변 삭제 완료

{N[9]}
→ 포스트 삭제 완료

{N[13]}
→ 존재하지 않는 콘텐츠입니다 (이미 삭제되어 있었음)

블로그·카페 건은 각 서비스 담당자가 확인 중이라 별도로 회신드리겠습니다.

김서연 드림
네이버 정책지원팀 | 031-000-0000
""",
    outcome="applied", classification="confirmation",
    imitates="Informal operator reply: bare URL with its result on the line below",
    why="Each URL is followed by its own result line: two deletions and one not existing.",
    items={N[7]: "removed", N[9]: "removed", N[13]: "not_found"},
)

case(
    name="naver-headings-with-url-lists",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 11:12:40 +0900",
    subject=f"[네이버] {R1} 카페 게시물 처리 안내",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
요청하신 시정요구 건 중 카페 게시물 처리 결과를 안내드립니다.

■ 운영정책 위반으로 블라인드 처리한 게시물
  - {N[5]}
  - {N[6]}

■ 작성자가 이미 삭제하여 확인되지 않는 게시물
  - {N[11]}
  - {N[14]}

그 밖의 게시물은 확인이 끝나는 대로 회신드리겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice grouping URLs under ■ headings that carry the result",
    why="Headings state the result for the bulleted URLs below them: 블라인드 -> removed, author-deleted -> not_found.",
    items={N[5]: "removed", N[6]: "removed", N[11]: "not_found", N[14]: "not_found"},
)

case(
    name="naver-one-done-one-promised",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    date="Wed, 04 Sep 2024 15:48:09 +0900",
    subject=f"RE: [{R1}] 시정요구 (불법 도박 정보)",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 김서연입니다.

haneul_betting7 블로그 두 건 중
{N[1]} 는 오늘 삭제 완료했습니다.

{N[2]} 는 블로그 운영자 소명 내용을 추가로 확인한 뒤 조치할 예정입니다.
결과 나오면 다시 말씀드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Operator reply mixing a done deletion with a promise for a second post",
    why="First URL deleted today (removed); second only promised after review, stays pending.",
    items={N[1]: "removed", N[2]: "pending"},
)

b64_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 블로그 운영팀입니다.</p>
<p>시정요구({R1})하신 블로그 게시물 중 아래 게시물은 <b>삭제 조치</b>하였습니다.</p>
<ul>
<li>{N[3]}</li>
<li>{N[8]}</li>
<li>{N[10]}</li>
<li>{N[12]}</li>
</ul>
<p>아래 카페 게시물은 검토 결과 도박 사이트 홍보로 보기 어려워 <b>게시를 유지</b>합니다.
(경기 결과 토론 글로, 사이트 주소나 가입 권유가 없습니다.)</p>
<ul><li>{N[4]}</li></ul>
<p>네이버 블로그 운영팀 드림</p>
</body></html>
"""
case(
    name="naver-base64-html-delete-and-keep",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그",
    date="Thu, 05 Sep 2024 10:05:33 +0900",
    subject=f"[{R1}] 블로그 게시물 조치 결과",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(b64_html.encode("utf-8"))}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER service team HTML notice sent base64-encoded",
    why="Four blog posts deleted (removed); one cafe post kept with a stated reason (rejected).",
    items={N[3]: "removed", N[8]: "removed", N[10]: "removed", N[12]: "removed", N[4]: "rejected"},
)

case(
    name="naver-promise-only",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Tue, 03 Sep 2024 09:40:00 +0900",
    subject=f"[네이버] {R1} 진행 상황 안내",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

보내주신 시정요구 건과 관련하여 아래 게시물은 현재 담당 부서에서 내부 검토를
진행하고 있으며, 검토가 끝나는 대로 순차적으로 조치될 예정입니다.

 1) {N[1]}
 2) {N[2]}
 3) {N[3]}

처리 기한 내 결과를 회신드릴 수 있도록 하겠습니다.
감사합니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Progress notice promising action (조치될 예정) without any result",
    why="Names three requested items but only promises review and later action: nothing to apply.",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="naver-all-fourteen-no-urls",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 14:00:12 +0900",
    subject=f"[네이버] 시정요구({R1}) 조치 완료",
    reply_to_req=mid(R1),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구({R1}) 조치 완료 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 2024. 9. 2.자 시정요구(14건)와 관련하여, 요청하신 게시물 전체에 대하여
   게시중단 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="공문-style completion notice covering a whole multi-item request",
    why="One blanket statement for a 14-item request without naming items: bulk review.",
    items={N[i]: "pending" for i in range(1, 15)},
)

case(
    name="naver-ticket-receipt",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Mon, 02 Sep 2024 10:03:51 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409-0211-5570)",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: 2409-0211-5570
 - 문의 제목: [{R1}] 시정요구 (불법 도박 정보)
 - 접수일시: 2024.09.02 10:03

담당자가 확인 후 순차적으로 답변드릴 예정입니다.
문의 내역은 고객센터 > 내 문의내역에서 확인하실 수 있습니다.
https://help.naver.com/myinquiry

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 receipt with 접수번호",
    why="Pure receipt: ticket number and a promise of an answer, nothing about any item.",
    items={},
)

# ================================================================ NAVER R6
case(
    name="naver-imsijochi-notice-privacy",
    **{"from": "noreply_inoti@navercorp.com"},
    name_from="NAVER 게시중단요청서비스",
    date="Wed, 11 Sep 2024 13:22:08 +0900",
    subject="[네이버] 게시중단 요청에 따른 임시조치 결과 안내",
    reply_to_req=mid(R6),
    body=f"""
[네이버 게시중단요청서비스]

안녕하세요. 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 요청 번호: {R6}
■ 요청 사유: 개인정보 노출

■ 처리 결과
 ① 블로그 게시물 {M[1]}
    → 임시조치 (30일간 접근 차단)
 ② 카페 게시물 {M[2]}
    → 임시조치 (30일간 접근 차단)

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 해당 게시물은 임시조치 상태가
유지됩니다. 자세한 기준은 아래 안내를 참고해 주세요.
https://inoti.naver.com/guide/tempMeasure

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 result notice",
    why="Both items under 임시조치 (30-day access block): restricted, even though the service is called 게시중단요청.",
    items={M[1]: "restricted", M[2]: "restricted"},
)

case(
    name="naver-informal-url-below-statement",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    date="Thu, 12 Sep 2024 11:47:30 +0900",
    subject=f"RE: [{R6}] 개인정보 노출 게시물",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요, 네이버 정책지원팀 김서연입니다.
요청하신 두 건 확인해서 말씀드려요.

블로그 글은 오늘 오전에 삭제 처리했습니다.
{M[1]}

카페 글은 확인해 보니 작성자가 이미 지운 상태라 저희 쪽에서도 조회가 안 됩니다.
{M[2]}

추가로 필요하신 것 있으면 편하게 연락 주세요.
김서연 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Informal operator reply with each URL on the line below its statement",
    why="Blog post deleted (removed); cafe post already deleted by its author (not_found).",
    items={M[1]: "removed", M[2]: "not_found"},
)

case(
    name="naver-receipt-plus-deletion",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 09:15:44 +0900",
    subject="[네이버 고객센터] 문의 접수 및 처리 안내 (접수번호 2409-1011-0388)",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의가 정상적으로 접수되었습니다. (접수번호 2409-1011-0388)

아울러 함께 요청하신 게시물 중
{M[1]}
은(는) 개인정보가 노출된 게시물로 확인되어 삭제 조치를 완료하였음을 알려드립니다.

카페 게시물은 카페 운영진 확인 후 별도로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Help-centre receipt that also reports a completed deletion",
    why="Receipt phrase plus an unhedged deletion of the blog post: not a pure acknowledgement; the cafe post is only promised.",
    items={M[1]: "removed", M[2]: "pending"},
)

case(
    name="naver-untrusted-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    auth="fail",
    date="Thu, 12 Sep 2024 20:31:05 +0900",
    subject=f"[네이버] {R6} 조치 완료",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 {M[1]} 은 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="Short deletion notice whose authentication fails (spoofed NAVER domain)",
    why="Claims deletion but DKIM/SPF/DMARC fail for navercorp.com: untrusted, nothing applied.",
    items={M[1]: "pending"},
)

case(
    name="naver-asks-for-documents",
    **{"from": "noreply_inoti@navercorp.com"},
    name_from="NAVER 게시중단요청서비스",
    date="Wed, 11 Sep 2024 10:02:19 +0900",
    subject=f"[네이버] 게시중단 요청 보완 요청 안내 ({R6})",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 아래 게시물에 대하여 처리를 진행하기 위해 자료 보완이 필요합니다.

 - {M[1]}
 - {M[2]}

개인정보 노출을 사유로 한 요청은 노출된 당사자 본인 또는 당사자로부터 위임받은
대리인만 접수할 수 있습니다. 아래 서류를 회신 메일에 첨부해 주시기 바랍니다.

 1. 당사자의 위임장 (서명 또는 날인)
 2. 노출된 정보가 당사자의 것임을 확인할 수 있는 자료

보완 자료가 접수되면 검토를 다시 진행합니다. 보완 기한은 요청일로부터 7일입니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER 게시중단 요청 보완 요청 (request for supporting documents)",
    why="Names both items but asks for documents before acting: asks_more.",
    items={M[1]: "pending", M[2]: "pending"},
)

case(
    name="naver-answers-for-band-post",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    date="Wed, 11 Sep 2024 16:20:00 +0900",
    subject=f"RE: [{R5}] 밴드 게시글 관련",
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, 네이버 정책지원팀 김서연입니다.

BAND 쪽 요청 건이 저희 팀으로도 전달되어서 확인했습니다.
{B[1]} 게시글은 밴드 운영정책 위반으로 삭제되었습니다.

나머지 밴드 게시글은 BAND 고객센터에서 직접 회신드릴 예정입니다.
김서연 드림
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="Parent-company (NAVER) staff answering for a BAND post",
    why="A NAVER address states the status of a BAND item; BAND is its own platform in config: wrong_platform.",
    items={B[1]: "pending"},
)

case(
    name="naver-ooo-chuseok",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    date="Mon, 16 Sep 2024 08:00:02 +0900",
    subject=f"[자동회신] RE: [{R6}] 개인정보 노출 게시물",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
안녕하세요. 김서연입니다.
추석 연휴로 9월 18일(수)까지 부재중입니다. 복귀 후 순차적으로 확인하겠습니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주세요.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 7:59 AM
To: 김서연 <seoyeon.kim@navercorp.com>
Subject: [{R6}] 개인정보 노출 게시물

{M[1]}
{M[2]}
위 게시물의 조치 결과를 회신하여 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply (추석 연휴 부재중) quoting the request",
    why="Out-of-office auto-reply; the URLs are only in the quoted request.",
    items={},
)

# ================================================================ Kakao R2
case(
    name="kakao-rights-center-five-results",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 17:10:54 +0900",
    subject=f"[카카오] 시정요구({R2}) 처리 결과 안내",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 의약품 불법 판매 정보({R2})에 대한 처리 결과를
아래와 같이 안내드립니다.

1. {K[1]}
   - 처리 결과: 삭제 (다음 카페 운영정책 위반)
2. {K[2]}
   - 처리 결과: 삭제 (다음 카페 운영정책 위반)
3. {K3_RAW}
   - 처리 결과: 임시조치 (30일)
4. {K[4]}
   - 처리 결과: 게시물 없음 (작가가 글을 삭제함)
5. {K[5]}
   - 처리 결과: 미조치
   - 사유: 건강기능식품 구매 후기로, 의약품 판매나 구매 유도 내용이 확인되지 않음

처리 결과에 이의가 있으시면 본 메일로 회신해 주세요.
감사합니다.

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 numbered result notice",
    why="Numbered results: two deletions, 임시조치 -> restricted (raw Korean Tistory path), author-deleted -> not_found, 미조치 with reason -> rejected.",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "not_found", K[5]: "rejected"},
)

case(
    name="kakao-tistory-angle-brackets",
    **{"from": "tistory_help@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Thu, 05 Sep 2024 14:33:27 +0900",
    subject=f"[티스토리] {R2} 관련 게시물 조치 안내",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

요청하신 sunny-dal 블로그의 게시물 두 건을 확인하였습니다.
<{K3_RAW}> 게시물과
<{K[5]}> 게시물은 모두 블로그 운영정책(의약품 불법 판매) 위반으로 삭제하였습니다.

블로그 운영자에게는 운영정책 위반 안내가 별도로 발송되었습니다.

티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operator notice with URLs in angle brackets, one with a raw Korean path",
    why="Both Tistory posts deleted; the raw Korean path matches the percent-encoded request URL.",
    items={K[3]: "removed", K[5]: "removed"},
)

case(
    name="kakao-outlook-top-posted-brunch",
    **{"from": "jihoon.park@kakaocorp.com"},
    name_from="박지훈",
    date="Mon, 09 Sep 2024 10:48:15 +0900",
    subject=f"RE: [{R2}] 시정요구 (의약품 불법 판매)",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 카카오 박지훈입니다.

브런치 건({K[4]})은 작가가 글을 지워서 현재 '존재하지 않는 글'로 표시됩니다.
저희 쪽에서 별도로 조치할 것은 없는 상태입니다.

나머지는 권리침해신고센터 공식 회신으로 안내될 예정입니다.

박지훈 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:00 AM
To: right@kakaocorp.com
Subject: [{R2}] 시정요구 (의약품 불법 판매)

{chr(10).join(request_text(R2, "의약품 불법 판매"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the full request (-----Original Message-----)",
    why="Only the Brunch post is spoken about above the quote: deleted by its author, not_found; the quoted list changes nothing.",
    items={K[4]: "not_found"},
)

case(
    name="kakao-hedged-seems-deleted",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Wed, 04 Sep 2024 16:05:40 +0900",
    subject=f"[카카오] {R2} 확인 안내",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 다음 카페 게시물을 확인하였으나,
{K[1]} 게시물은 이미 삭제된 것으로 보이며,
{K[2]} 게시물도 카페 운영진에 의해 정리되었을 수 있습니다.

정확한 상태는 카페 측 확인 후 다시 안내드리겠습니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Hedged status notice (~것으로 보이며 / ~수 있습니다)",
    why="Both statements are hedges, not statements of a result: items stay pending.",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="kakao-lookalike-domain",
    **{"from": "safety@kakao-cs-center.net"},
    name_from="Kakao 고객센터",
    date="Thu, 05 Sep 2024 21:14:09 +0900",
    subject=f"[카카오] {R2} 처리 완료",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 게시물
{K[1]}
{K[2]}
모두 삭제 처리되었습니다.

처리 결과 확인은 아래 링크에서 로그인 후 가능합니다.
https://kakao-cs-center.net/login
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="Phishing-style notice from a Kakao look-alike domain",
    why="Sender domain is not any platform's: unknown_sender, nothing applied.",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="kakao-neighbouring-post-unmatched",
    **{"from": "cafe_help@daum.net"},
    name_from="다음 카페 운영팀",
    date="Fri, 06 Sep 2024 10:20:31 +0900",
    subject=f"[다음카페] {R2} 게시물 삭제 안내",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요. 다음 카페 운영팀입니다.

신고해 주신 하늘마켓 카페 게시물
https://cafe.daum.net/haneulmarket/Qx7P/319
은 운영정책 위반(의약품 판매)으로 삭제하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="unmatched_claims",
    imitates="Daum 카페 deletion notice for a post next to the requested one",
    why="The deleted post (319) is not a requested URL (311 and 318 are); the clerk must check which post was meant.",
    items={},
)

case(
    name="kakao-dsn-old-address",
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 03 Sep 2024 11:00:40 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-240903-1100"

--dsn-240903-1100
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cleanreport@daum.net>: host mx2.daum.net said: 550 5.1.1 User unknown
    (in reply to RCPT TO command)

--dsn-240903-1100
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Tue,  3 Sep 2024 11:00:38 +0900

Final-Recipient: rfc822; cleanreport@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-240903-1100
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cleanreport@daum.net
Subject: [{R2}] 시정요구 (의약품 불법 판매)
Message-ID: <{mid(R2)}@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{K[1]}
{K[2]}
{K[4]}

--dsn-240903-1100--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 User unknown) returning the request",
    why="Bounce of our own request to a dead address; the URLs are in the returned message.",
    items={},
)

case(
    name="kakao-contact-change-notice",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject="[카카오] 권리침해신고센터 회신 메일 주소 변경 안내",
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

2024년 10월 1일부터 관계기관의 시정요구에 대한 회신은 새 발신 주소
(right-notice@kakaocorp.com)에서 발송됩니다. 스팸 차단 목록에 등록되지 않도록
주소록에 추가해 주시기 바랍니다.

기존 접수 창구(right@kakaocorp.com)는 계속 운영됩니다.

감사합니다.
""",
    outcome="review", classification="other", review="no_claims",
    imitates="Platform administrative notice (contact address change)",
    why="Trusted Kakao mail naming no item and no request: no_claims.",
    items={},
)

# ================================================================ Kakao R7
case(
    name="kakao-single-item-no-url",
    **{"from": "cafe_help@daum.net"},
    name_from="다음 카페 운영팀",
    date="Thu, 12 Sep 2024 14:40:10 +0900",
    subject=f"[다음카페] 시정요구 {R7} 처리 결과",
    reply_to_req=mid(R7),
    body="""
안녕하세요. 다음 카페 운영팀입니다.

방송통신심의위원회에서 요청하신 성매매 알선 게시물은 운영정책 위반으로 확인되어
삭제 조치하였으며, 게시자의 카페 활동도 정지하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 short result notice naming no URL",
    why="Unhedged deletion for a one-item request: applies to that item.",
    items={S1: "removed"},
)

qp_body = f"""안녕하세요. 카카오 권리침해신고센터입니다.

시정요구({R7})하신 아래 게시물은 「정보통신망법」 제44조의2에 따라
임시조치(30일간 접근 차단)되었음을 알려드립니다.

  - 대상: {S1}
  - 조치일: 2024년 9월 13일

임시조치 기간 중 게시자의 복원 신청이 없으면 게시물은 삭제됩니다.
"""
case(
    name="kakao-qp-imsijochi",
    **{"from": "noreply@kakaocorp.com"},
    name_from="Kakao",
    date="Fri, 13 Sep 2024 09:12:00 +0900",
    subject=f"[카카오] 임시조치 안내 ({R7})",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{quopri.encodestring(qp_body.encode("utf-8")).decode("ascii")}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 임시조치 notice sent quoted-printable",
    why="임시조치 (30-day access block) for the one item: restricted; deletion only if no restore request (future).",
    items={S1: "restricted"},
)

# ================================================================ YouTube R3
yt_rows = [
    (1, "대한민국 내 차단", "현지 법률"), (2, "삭제", "커뮤니티 가이드 위반"),
    (3, "연령 제한", "커뮤니티 가이드 (성적인 콘텐츠)"), (4, "조치하지 않음", "채널 전체에 대한 위반 사항 없음"),
]
yt_trs = "\n".join(
    f"<tr><td>{Y[i]}</td><td>{a}</td><td>{r}</td></tr>" for i, a, r in yt_rows
)
case(
    name="youtube-korean-html-table",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무지원팀",
    date="Mon, 09 Sep 2024 18:25:40 +0900",
    subject=f"[YouTube] 시정요구 {R3} 검토 결과",
    reply_to_req=mid(R3),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요,</p>
<p>방송통신심의위원회에서 보내주신 요청({R3})을 검토하였습니다. 콘텐츠별 결과는 다음과 같습니다.</p>
<table border="1" cellpadding="5">
<thead><tr><th>콘텐츠</th><th>조치</th><th>근거</th></tr></thead>
<tbody>
{yt_trs}
</tbody></table>
<p>채널에 업로드된 개별 영상에 대해 추가로 요청하실 경우 영상 URL을 지정해 주시기 바랍니다.
자세한 내용은 <a href="https://support.google.com/youtube/answer/2802027">YouTube 고객센터</a>를 참고해 주세요.</p>
<p>YouTube 법무지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal outcome mail in Korean with a per-URL HTML table",
    why="Korea block -> restricted, 삭제 -> removed, 연령 제한 -> restricted, 조치하지 않음 with reason -> rejected; help link is not an item.",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="youtube-actioned-top-posted",
    **{"from": "youtube-legal@youtube.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 03:14:22 +0000",
    subject=f"Re: [{R3}] 시정요구 (음란 영상 및 채널)",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Thank you for your notice. Following our review, the video
{Y[2]} has been actioned under our policies.

We will reply separately regarding the remaining URLs in your notice.

Regards,
The YouTube Legal Support Team

2024년 9월 5일 (목) 오전 9:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote_gt(request_text(R3, "음란 영상 및 채널"))}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply using the 'actioned under our policies' phrase over a Gmail-style Korean quote",
    why="One video stated actioned (configured removed phrase); the other URLs only appear in the '>' quoted request.",
    items={Y[2]: "removed"},
)

case(
    name="youtube-age-restricted-angle",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무지원팀",
    date="Sat, 07 Sep 2024 10:02:00 +0900",
    subject=f"[YouTube] {R3} Shorts 영상 조치 안내",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요.

요청하신 Shorts 영상 <{Y[3]}>에 대해
YouTube 커뮤니티 가이드에 따라 연령 제한을 적용했습니다. 로그인하지 않았거나
만 18세 미만인 사용자는 해당 영상을 볼 수 없습니다.

YouTube 법무지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice (연령 제한 적용) with the URL in angle brackets",
    why="Age restriction applied to the Shorts video: restricted.",
    items={Y[3]: "restricted"},
)

case(
    name="youtube-statement-of-reasons",
    **{"from": "noreply-legal@google.com"},
    name_from="Google Legal",
    date="Tue, 10 Sep 2024 07:45:31 +0000",
    subject=f"Notice of action taken - your reference {R3}",
    body=f"""
Notice of action taken
Your reference: {R3}
Google reference: 7-8214409932107

Item 1
  Content: {Y[1]}
  Decision: Access restricted in South Korea
  Ground: local law (notice from a competent authority)
  Automated detection: No   Automated decision: No

Item 2
  Content: {Y[4]}
  Decision: Channel terminated
  Ground: YouTube Community Guidelines (nudity and sexual content), repeated violations
  Automated detection: No   Automated decision: No

Information about redress options is available at
https://support.google.com/legal/answer/3110420
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons / notice of action taken, per item",
    why="Video restricted in Korea (restricted); channel terminated (removed).",
    items={Y[1]: "restricted", Y[4]: "removed"},
)

case(
    name="youtube-under-review-update",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무지원팀",
    date="Fri, 06 Sep 2024 16:00:18 +0900",
    subject=f"[YouTube] {R3} 진행 상황",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요.

보내주신 요청 중 아래 영상은 현재 정책팀에서 검토 중입니다.
 - {Y[1]}
 - {Y[2]}

검토 결과가 확정되는 대로 다시 연락드리겠습니다. 채널 관련 요청은 별도로 회신드릴
예정입니다.

YouTube 법무지원팀 드림
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Progress update: named videos still under review",
    why="Names two requested items but only says they are under review: nothing applies.",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="youtube-forwarded-internal",
    **{"from": "mina.jung@google.com"},
    name_from="정민아",
    date="Mon, 09 Sep 2024 11:30:45 +0900",
    subject=f"Fwd: {R3} shorts outcome",
    body=f"""
안녕하세요, 구글코리아 정민아입니다.
문의하신 Shorts 건은 본사 팀에서 받은 내용 그대로 전달드립니다.

---------- Forwarded message ---------
From: YouTube Trust & Safety <ts-escalations@google.com>
Date: Sun, Sep 8, 2024 at 11:02 PM
Subject: {R3} shorts outcome
To: Mina Jung <mina.jung@google.com>

Hi Mina,
The short {Y[3]} has been removed for violating our nudity and sexual content policy.
Thanks,
T&S Escalations
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="Gmail forward of an internal Trust & Safety note by a local employee",
    why="The only statement is inside a forwarded message: the clerk confirms before applying.",
    items={Y[3]: "pending"},
)

case(
    name="youtube-ticket-receipt",
    **{"from": "noreply-legal@google.com"},
    name_from="Google Legal",
    date="Thu, 05 Sep 2024 00:31:07 +0000",
    subject=f"[7-8214409932107] We received your legal request ({R3})",
    body=f"""
Hello,

Thank you for contacting Google. We have received your legal request and
created case 7-8214409932107. We will review it and reply to you by email.
Please keep the case number in the subject line of any further messages.

Your reference: {R3}

The Google Legal team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal request receipt with case number",
    why="Pure receipt with a case number; no statement about any item.",
    items={},
)

case(
    name="youtube-employee-ooo",
    **{"from": "mina.jung@google.com"},
    name_from="정민아",
    date="Fri, 13 Sep 2024 09:00:03 +0900",
    subject=f"자동 회신: [{R3}] 시정요구 재확인 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 9월 13일부터 9월 18일까지 추석 연휴로 휴가 중입니다.
회신이 늦어질 수 있으며, 긴급한 건은 legal-kr@google.com 으로 보내 주세요.

I am out of office until September 18 with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Bilingual Gmail vacation responder",
    why="Out-of-office auto-reply.",
    items={},
)

# ================================================================ DC Inside R4
case(
    name="dc-operator-informal",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 14:11:52 +0900",
    subject=f"RE: [{R4}] 시정요구 (명예훼손)",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

요청하신 4건 확인했습니다.

{D[1]} - 삭제 완료
{D[2]} - 삭제 완료
{D[4]} - 삭제 완료
{D[3]} - 이미 삭제된 글입니다(작성자 삭제)

작성자 IP 대역은 갤러리 이용 차단 처리했습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 terse reply: URL - result on one line",
    why="Three deletions and one post already deleted by its author.",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed"},
)

case(
    name="dc-gongmun-ga-na-da",
    **{"from": "admin@dcinside.com"},
    name_from="(주)디시인사이드",
    date="Tue, 10 Sep 2024 10:30:00 +0900",
    subject=f"[디시인사이드] 시정요구({R4}) 조치결과 통보",
    reply_to_req=mid(R4),
    body=f"""
수  신: 방송통신심의위원회 위원장
제  목: 시정요구({R4})에 대한 조치결과 통보

1. 귀 위원회의 발전을 기원합니다.
2. 관련: 방송통신심의위원회 시정요구 ({R4}, 2024. 9. 6.)
3. 위 관련 시정요구에 대한 당사의 조치결과를 아래와 같이 통보합니다.

  가. {D[1]}
      ○ 조치: 게시물 삭제
  나. {D[2]}
      ○ 조치: 게시물 접근 차단 (갤러리 관리자 소명 대기)
  다. {D[3]}
      ○ 조치: 미조치 (게시물 유지)
      ○ 사유: 공인의 공적 활동에 대한 의견 표명으로, 명예훼손으로 판단하기 어려움

  ※ 라.항 게시물(mini 갤러리)은 별도 통보 예정.  끝.

주식회사 디시인사이드 대표이사 (직인 생략)
""",
    outcome="applied", classification="confirmation",
    imitates="공문-style 조치결과 통보 with 가/나/다 items",
    why="삭제 -> removed, 접근 차단 -> restricted, 미조치 with reason -> rejected; the fourth item is only promised.",
    items={D[1]: "removed", D[2]: "restricted", D[3]: "rejected", D[4]: "pending"},
)

case(
    name="dc-gmail-korean-quote",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Sat, 07 Sep 2024 12:03:19 +0900",
    subject=f"Re: [{R4}] 시정요구 (명예훼손)",
    reply_to_req=mid(R4),
    body=f"""
미니갤 건만 먼저 처리해서 알려드립니다.
{D[4]} 삭제했습니다.

2024년 9월 6일 (금) 오전 10:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote_gt(request_text(R4, "명예훼손 및 개인정보 노출"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Short Gmail reply above the quoted request (Korean Gmail attribution line)",
    why="Only the mini-gallery post is stated deleted; the other URLs are only in the quote.",
    items={D[4]: "removed"},
)

case(
    name="dc-fullwidth-and-particles",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 09:20:44 +0900",
    subject=f"[디시인사이드] {R4} 마이너 갤러리 게시물 처리",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

마이너 갤러리 게시물（{D[2]}）은 개인정보 노출로 확인되어 삭제하였고,
{D[3]}에 대해서도 같은 사유로 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean prose with a URL in full-width parentheses and one followed by a particle (에)",
    why="Both minor-gallery posts deleted; the full-width ）and the particle 에 are not part of the URLs.",
    items={D[2]: "removed", D[3]: "removed"},
)

case(
    name="dc-all-deleted-no-urls",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 19:40:02 +0900",
    subject=f"RE: [{R4}] 시정요구 (명예훼손)",
    reply_to_req=mid(R4),
    body="""
안녕하세요 디시인사이드 운영팀입니다.
요청 주신 게시물 모두 삭제했습니다. 감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="One-line operator reply covering the whole request",
    why="'All deleted' for a 4-item request without naming items: bulk.",
    items={D[i]: "pending" for i in range(1, 5)},
)

case(
    name="dc-table-contradicts-text",
    **{"from": "admin@dcinside.com"},
    name_from="(주)디시인사이드",
    date="Wed, 11 Sep 2024 15:02:10 +0900",
    subject=f"[디시인사이드] {R4} 주식갤러리 게시물 조치결과",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요. 디시인사이드입니다.

[조치 내역]
대상 URL: {D[1]}
조치 결과: 삭제

해당 게시물은 내부 검토 결과 특정 기업의 공시 내용에 대한 비판으로 판단되어,
게시물을 유지하기로 결정하였습니다. 게시물 작성자에게도 이 내용을 안내하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="Template result block whose prose says the opposite (filled-in template error)",
    why="The same post is '삭제' in the result block and '유지' in the prose: a person must ask.",
    items={D[1]: "pending"},
)

case(
    name="dc-mdn-read-receipt",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 10:31:08 +0900",
    subject=f"읽음 확인: [{R4}] 시정요구 (명예훼손)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-0906"

--mdn-dc-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신인이 읽었습니다.

  받는 사람: cs@dcinside.com
  제목: [{R4}] 시정요구 (명예훼손)
  읽은 시간: 2024-09-06 (금) 오전 10:31

--mdn-dc-0906
Content-Type: message/disposition-notification

Reporting-UA: dcinside.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;cs@dcinside.com
Original-Message-ID: <{mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (읽음 확인, message/disposition-notification)",
    why="Read receipt only.",
    items={},
)

# ================================================================ BAND R5
case(
    name="band-three-posts-result",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 11:05:27 +0900",
    subject=f"[BAND] 시정요구({R5}) 처리 결과 안내",
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, BAND 고객센터입니다.

요청하신 게시글을 확인하여 아래와 같이 조치하였습니다.

- {B[1]} : 게시글 삭제
- {B[2]} : 게시글 삭제
- {B[3]} : 밴드 이용정지 (밴드 및 게시글 전체 비노출)

밴드 운영정책은 https://band.us/policy/operation 에서 확인하실 수 있습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 bulleted result notice",
    why="Two posts deleted; the third band suspended with all its posts hidden: removed for all three; the policy link is not an item.",
    items={B[1]: "removed", B[2]: "removed", B[3]: "removed"},
)

case(
    name="band-deleted-and-missing",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Tue, 10 Sep 2024 17:44:00 +0900",
    subject=f"RE: [{R5}] 밴드 내 도박 홍보 게시글",
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, BAND 고객센터 최하은입니다.

1. {B[1]}
   운영정책 위반(도박 홍보)으로 게시글을 삭제했습니다.

2. {B[3]}
   존재하지 않는 게시글입니다. 밴드 리더가 이미 게시글을 삭제한 것으로 확인됩니다.

나머지 한 건은 밴드 리더 확인이 필요해 조금 더 시간이 걸릴 예정입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND support agent numbered reply",
    why="First post deleted (removed); second does not exist, deleted by the band leader (not_found); third only promised.",
    items={B[1]: "removed", B[3]: "not_found"},
)

case(
    name="band-noreply-autoresponse",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date="Mon, 09 Sep 2024 14:00:31 +0900",
    subject=f"[자동응답] Re: [{R5}] 밴드 내 도박 홍보 게시글",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
본 메일 주소는 발신 전용으로, 회신 메일은 확인되지 않습니다.
문의는 BAND 고객센터(https://band.us/cs)를 이용해 주세요.

This is an automated message. Replies to this address are not monitored.

> {B[1]}
> {B[2]}
> {B[3]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="No-reply mailbox auto-response (발신 전용 안내)",
    why="Automatic reply from a no-reply mailbox; URLs only quoted.",
    items={},
)


HEADER = """# Blind set 149 (Korean replies), written by make.py. Each case is judged alone
# on a fresh ledger holding requests.csv. Expected results were written from
# the meaning of each email before the reader was run."""

def encode_headers(c):
    """Korean display names and subjects go out RFC 2047-encoded, as
    Korean mail clients send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()
    if "name_from" not in c:
        c["name_from"] = c["from"].split("@", 1)[1]


if __name__ == "__main__":
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind149", HEADER, CASES)
    print(len(CASES), "cases")
