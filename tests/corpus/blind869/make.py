#!/usr/bin/env python3
"""Blind set 869 (focus: Korean replies from NAVER, Kakao/Daum, YouTube
Korea, DC Inside and BAND; 공문-style answers, 임시조치 notices, 시정요구
조치결과 tables, informal operator replies).

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
Every expected result was written from the meaning of each email alone,
before the reader was ever run on this set.

    python3 tests/corpus/blind869/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind869"

# ---------------------------------------------------------------- requests
N = {  # NAVER, KCSC-240902-01 (12 items, the largest request)
    1: "https://blog.naver.com/moonlit_river77/223501110001",
    2: "https://blog.naver.com/moonlit_river77/223501110002",
    3: "https://blog.naver.com/bluepine_shop/223498765432",
    4: "https://cafe.naver.com/cheongsudong/88213",
    5: "https://cafe.naver.com/cheongsudong/88247",
    6: "https://cafe.naver.com/hanbitlounge/51020",
    7: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40301&docId=470011223",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38012345&memberNo=5523101",
    9: "https://blog.naver.com/grayheron_22/223510002233",
    10: "https://cafe.naver.com/jeonju9square/120455",
    11: "https://blog.naver.com/sunbeam_lab/223512340987",
    12: "https://blog.naver.com/sunbeam_lab/223512341001",
}
K = {  # Kakao, KCSC-240903-02 (4 items)
    1: "https://cafe.daum.net/haneulstock/Ab3x/1542",
    2: "https://cafe.daum.net/haneulstock/Ab3x/1560",
    3: "https://cheongryeong.tistory.com/318",
    4: "https://brunch.co.kr/@mintcrane/45",
}
Y = {  # YouTube, KCSC-240904-03 (3 items)
    1: "https://www.youtube.com/watch?v=Qm7rT2kLx9A",
    2: "https://www.youtube.com/watch?v=Zp4Hw8uNc3E",
    3: "https://www.youtube.com/shorts/Lk2Vb9Xq0Rt",
}
D = {  # DC Inside, KCSC-240905-04 (5 items)
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120345",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120388",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=402211",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=402376",
    5: "https://gall.dcinside.com/mini/board/view/?id=yeouido&no=77120",
}
B = {  # BAND, KCSC-240906-05 (2 items)
    1: "https://band.us/band/81234567/post/1021",
    2: "https://band.us/band/81234567/post/1044",
}
# NAVER, KCSC-240909-06 (1 item; a Korean path, stored percent-encoded)
NS_RAW = "https://in.naver.com/새벽상담소/contents/internal/712233"
NS = "https://in.naver.com/%EC%83%88%EB%B2%BD%EC%83%81%EB%8B%B4%EC%86%8C/contents/internal/712233"
# YouTube, KCSC-240910-07 (1 item)
YS = "https://www.youtube.com/watch?v=Hn5dYw2Kq8s"

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     list(N.values()), "illegal_gambling", "불법 도박 사이트 홍보 게시물"),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     list(K.values()), "fraud", "투자 사기 리딩방 홍보"),
    ("KCSC-240904-03", "youtube", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
     list(Y.values()), "drugs", "마약류 판매 광고 영상"),
    ("KCSC-240905-04", "dcinside", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     list(D.values()), "privacy", "개인정보 노출 게시물"),
    ("KCSC-240906-05", "band", "2024-09-06T10:30:00+09:00", "2024-09-13T18:00:00+09:00",
     list(B.values()), "illegal_gambling", "불법 스포츠토토 홍보"),
    ("KCSC-240909-06", "naver", "2024-09-09T09:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [NS], "obscene", "성매매 알선 게시물"),
    ("KCSC-240910-07", "youtube", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [YS], "drugs", "마약류 판매 광고 영상"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"req-{ref}@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def req_text(ref):
    for r, plat, sent, due, urls, cat, note in REQUESTS:
        if r == ref:
            lines = [
                "안녕하십니까. 방송통신심의위원회 통신심의국입니다.",
                "아래 정보는 관련 법령을 위반하는 불법정보로 심의·의결되었으므로",
                "정보통신망법 제44조의7에 따라 시정요구(삭제)하오니, 조치 후 결과를 회신하여 주시기 바랍니다.",
                "",
                f"관리번호: {ref}",
                f"위반 내용: {note}",
                "",
            ]
            for i, u in enumerate(urls, 1):
                lines.append(f"{i}. {u.replace(NS, NS_RAW)}")
            lines += ["", "방송통신심의위원회 통신심의국 드림"]
            return lines
    raise KeyError(ref)


def quoted(ref, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in req_text(ref))


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def d(day, hms):
    # 2024-09-01 is a Sunday
    wd = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(day - 1) % 7]
    return f"{wd}, {day:02d} Sep 2024 {hms} +0900"


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================
# NAVER, large request KCSC-240902-01
# ====================================================================

case(
    name="naver-gongmun-result-table-all12",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(10, "16:20:11"), reply_to_req="req-KCSC-240902-01",
    subject="[회신] 불법정보 시정요구(KCSC-240902-01)에 대한 조치결과 통보",
    body=f"""
문서번호: 네이버정책-2024-0910-017
수    신: 방송통신심의위원회 통신심의국
참    조: 불법정보 시정요구 담당자
제    목: 불법정보 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회가 2024. 9. 2. 요청한 시정요구(관리번호 KCSC-240902-01)와
   관련하여, 당사의 조치결과를 아래와 같이 회신합니다.

- 아    래 -

연번 | URL | 조치결과 | 비고
1 | {N[1]} | 삭제 | 2024.09.03
2 | {N[2]} | 삭제 | 2024.09.03
3 | {N[3]} | 게시물 없음 | 작성자 자진 삭제
4 | {N[4]} | 임시조치 | 30일간 게시 중단
5 | {N[5]} | 삭제 | 2024.09.04
6 | {N[6]} | 비공개 처리 | 카페 매니저 조치
7 | {N[7]} | 삭제 | 2024.09.04
8 | {N[8]} | 조치 불가 | 불법정보 해당 여부 불분명(정상 게시물로 판단)
9 | {N[9]} | 삭제 | 2024.09.05
10 | {N[10]} | 삭제 | 2024.09.05
11 | {N[11]} | 접근 제한 | 19세 미만 이용자 노출 제한
12 | {N[12]} | 삭제 | 2024.09.05

3. 연번 8의 게시물에 대해서는 추가 자료를 보내주시면 재검토하겠습니다.
4. 기타 문의사항은 네이버 정책지원팀(policy@navercorp.com)으로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구: 조치결과 table (연번 | URL | 조치결과 | 비고)",
    why="trusted NAVER reply naming all 12 items each with a result: 삭제/비공개→removed, 임시조치/접근 제한→restricted, 게시물 없음→not_found, 조치 불가→rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "restricted", N[5]: "removed",
           N[6]: "removed", N[7]: "removed", N[8]: "rejected", N[9]: "removed", N[10]: "removed",
           N[11]: "restricted", N[12]: "removed"},
)

html2 = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>요청하신 게시물(관리번호 KCSC-240902-01) 가운데 처리가 끝난 건의 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td><a href="{N[4]}">{N[4]}</a></td><td>게시중단</td><td>2024-09-06</td></tr>
<tr><td><a href="{N[6]}">{N[6]}</a></td><td>임시조치(30일)</td><td>2024-09-06</td></tr>
<tr><td><a href="{N[10]}">{N[10]}</a></td><td>존재하지 않는 게시물</td><td>-</td></tr>
<tr><td><a href="{N[12]}">{N[12]}</a></td><td>게시중단</td><td>2024-09-06</td></tr>
</table>
<p>처리 기준은 <a href="https://green.naver.com/content-account-home">네이버 그린인터넷 운영정책</a>을 참고해 주세요.</p>
<p>네이버 고객센터 드림</p>
</body></html>
"""
case(
    name="naver-html-table-qp-partial",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d(6, "18:02:45"),
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html2)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 HTML result notice (quoted-printable table of 게시물 주소 / 처리 결과)",
    why="four rows: 게시중단→removed, 임시조치→restricted, 존재하지 않는 게시물→not_found; the policy link is not an item",
    items={N[4]: "removed", N[6]: "restricted", N[10]: "not_found", N[12]: "removed"},
)

csv3 = "번호,게시물 URL,처리상태,처리일시\n" + "\n".join([
    f"1,{N[1]},삭제,2024-09-05 14:10",
    f"2,{N[2]},삭제,2024-09-05 14:11",
    f"3,{N[7]},임시조치,2024-09-05 15:40",
    f"4,{N[8]},유지(위반사항 없음),2024-09-05 16:02",
    f"5,{N[11]},게시물 없음(삭제된 게시물),-",
]) + "\n"
case(
    name="naver-csv-attachment-result",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date=d(5, "17:30:00"), reply_to_req="req-KCSC-240902-01",
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="nv-3a1f"

--nv-3a1f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하십니까, 네이버 정책지원팀입니다.

시정요구(KCSC-240902-01) 건 중 1차 처리 결과를 첨부 파일로 송부드립니다.
첨부된 CSV 파일의 처리상태 열을 확인해 주시기 바랍니다.
나머지 게시물은 확인 후 별도로 회신드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
''')}

--nv-3a1f
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv3)}
--nv-3a1f--
""",
    outcome="applied", classification="confirmation",
    imitates="portal policy team reply with a CSV result attachment (처리상태 column)",
    why="CSV names five items: 삭제→removed, 임시조치→restricted, 유지(위반사항 없음)→rejected, 게시물 없음→not_found",
    items={N[1]: "removed", N[2]: "removed", N[7]: "restricted", N[8]: "rejected", N[11]: "not_found"},
)

case(
    name="naver-gmail-top-post-two-deleted",
    **{"from": "jiyoon.park@navercorp.com"}, name_from="Park Jiyoon",
    date=d(4, "11:48:03"), reply_to_req="req-KCSC-240902-01",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    body=f"""
안녕하세요, 네이버 정책지원팀 박지윤입니다.

요청하신 건 중 아래 두 건은 오늘 오전 삭제 처리하였습니다.
- {N[9]}
- {N[12]}

나머지 게시물은 담당 서비스별로 확인 중이며 정리되는 대로 다시 연락드리겠습니다.

박지윤 드림

2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240902-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted staff reply over the quoted 시정요구",
    why="the top text states two named posts deleted; the other items appear only in the quoted request and 'checking' is no statement",
    items={N[9]: "removed", N[12]: "removed"},
)

case(
    name="naver-url-on-line-below-statement",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(7, "10:05:37"),
    subject="KCSC-240902-01 관련 추가 조치 안내",
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.

시정요구 KCSC-240902-01 건과 관련하여 추가로 처리된 내용을 안내드립니다.

아래 게시물은 청소년에게 유해한 정보로 판단되어 19세 미만 이용자의 접근을 제한하였습니다.

{N[11]}

아래 게시물은 확인 당시 이미 삭제되어 존재하지 않는 게시물입니다.

{N[3]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy notice with each URL on the line below its statement",
    why="age restriction (접근 제한) → restricted; already deleted / 존재하지 않는 → not_found",
    items={N[11]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-fullwidth-comma-two-posts",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    date=d(4, "19:12:50"),
    subject="[네이버 카페] 게시중단 처리 완료 안내 (KCSC-240902-01)",
    body=f"""
안녕하세요. 네이버 카페 고객센터입니다.

방송통신심의위원회에서 요청하신 카페 게시물
{N[6]}，{N[10]} 두 건은 2024년 9월 4일자로 게시중단 처리하였습니다。

동일 작성자의 추가 게시물이 확인되면 별도로 조치하겠습니다.

네이버 카페 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 카페 게시중단 처리 완료 안내 with URLs joined by a full-width comma",
    why="two named cafe posts 게시중단 → removed; the URL is followed by full-width punctuation",
    items={N[6]: "removed", N[10]: "removed"},
)

case(
    name="naver-echoed-report-blocks",
    **{"from": "report_noreply@naver.com"}, name_from="네이버 신고센터",
    date=d(5, "09:40:19"),
    subject="[네이버 신고센터] 신고하신 게시물의 처리 결과입니다",
    body=f"""
네이버 신고센터에서 알려드립니다.
신고하신 게시물에 대한 처리 결과는 아래와 같습니다.

[신고 내역 1]
- 신고 번호: RPT-20240903-55812
- 신고 URL: {N[4]}
- 신고 사유: 불법 도박 사이트 홍보 (KCSC-240902-01)
- 처리 결과: 블라인드 처리

[신고 내역 2]
- 신고 번호: RPT-20240903-55813
- 신고 URL: {N[5]}
- 신고 사유: 불법 도박 사이트 홍보 (KCSC-240902-01)
- 처리 결과: 게시물 유지 (카페 운영원칙 위반 사항이 확인되지 않음)

처리 결과에 이의가 있으시면 고객센터 1:1 문의를 이용해 주세요.
https://help.naver.com/inquiry/input.help?categoryNo=5748

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail echoing each report (신고 URL / 처리 결과)",
    why="블라인드 → removed; 게시물 유지 with a reason → rejected; the help-centre link is not an item",
    items={N[4]: "removed", N[5]: "rejected"},
)

case(
    name="naver-one-deleted-one-pending-recheck",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(9, "14:25:00"), reply_to_req="req-KCSC-240902-01",
    subject="RE: 시정요구 KCSC-240902-01 진행 상황",
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.

1) {N[1]}
   → 2024.9.6. 삭제 완료

2) {N[2]}
   → 작성자가 소명자료를 제출하여 재검토 중입니다. 결과는 추후 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal progress reply: one item 삭제 완료, one still being re-examined",
    why="item 1 deleted → removed; item 2 is only 'under re-review' (a promise of a later answer) → stays pending",
    items={N[1]: "removed", N[2]: "pending"},
)

case(
    name="naver-kin-blind-wrapped-url",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN",
    date=d(6, "13:03:27"),
    subject="[지식iN] 게시물 블라인드 처리 안내",
    body="""
안녕하세요. 네이버 지식iN 운영팀입니다.

방송통신심의위원회의 시정요구(KCSC-240902-01)에 따라 아래 질문 게시물을
블라인드 처리하였습니다.

  <https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40301&
   docId=470011223>

블라인드 처리된 게시물은 작성자 본인을 포함해 누구도 열람할 수 없습니다.

지식iN 운영정책: https://kin.naver.com/policy/index.naver

감사합니다.
네이버 지식iN 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 지식iN 블라인드 처리 안내 with a long URL wrapped inside angle brackets (RFC 3986 App. C)",
    why="the wrapped URL is the requested kin post, 블라인드 → removed; the policy link is not an item",
    items={N[7]: "removed"},
)

# ---- NAVER reviews
case(
    name="naver-promise-sequential-action",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(3, "17:55:09"), reply_to_req="req-KCSC-240902-01",
    subject="RE: [KCSC-240902-01] 시정요구 접수 및 처리 계획",
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

보내주신 시정요구 잘 받았습니다.
아래 게시물은 내부 검토를 거쳐 순차적으로 게시중단 조치할 예정이며,
조치가 완료되면 결과를 회신드리겠습니다.

- {N[9]}
- {N[10]}

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply announcing planned action (조치할 예정)",
    why="'will be taken down after review' is a promise, not a statement; it names items, so review not_understood",
    items={N[9]: "pending", N[10]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(11, "10:10:10"),
    subject="[회신] KCSC-240902-01 조치 완료",
    body="""
안녕하십니까. 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 시정요구(KCSC-240902-01) 대상 게시물 12건 전체에 대하여
게시중단 조치를 완료하였음을 알려드립니다.

앞으로도 건전한 인터넷 환경 조성을 위해 노력하겠습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 공문-style 'all N items actioned' reply",
    why="a statement about all twelve items without naming any, for a request of 12 items: bulk review, nothing applied",
    items={},
)

case(
    name="naver-auth-fail-claims-deleted",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    auth="fail",
    date=d(5, "03:14:22"),
    subject="[회신] KCSC-240902-01 조치 결과",
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.

요청하신 아래 게시물은 삭제 조치하였습니다.
{N[1]}
{N[2]}

조치 확인서가 필요하시면 아래 링크에서 내려받으시기 바랍니다.
http://naver-docs-download.example/confirm?id=240902

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail whose DKIM/SPF/DMARC fail",
    why="From navercorp.com but DMARC fails: statements are not trusted, items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="cafe-manager-gmail-says-deleted",
    **{"from": "cheongsudong.manager@gmail.com"}, name_from="청수동맘 카페매니저",
    date=d(4, "22:31:05"),
    subject="청수동 카페 게시글 관련 (KCSC-240902-01)",
    body=f"""
안녕하세요. 네이버 카페 '청수동맘' 매니저입니다.

카페에 올라온 도박 홍보글 때문에 연락 주셨다고 네이버에서 안내 받았어요.
{N[4]} 랑
{N[5]} 두 글은 제가 방금 삭제했고 작성자는 강퇴 처리했습니다.

앞으로 더 신경 쓰겠습니다. 죄송합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="informal reply from a cafe manager writing from a personal webmail address",
    why="gmail.com is no platform's domain: a third party's statement about NAVER items goes to review unknown_sender",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="naver-asks-for-official-letter",
    **{"from": "legal@navercorp.com"}, name_from="NAVER 법무실",
    date=d(3, "15:02:44"), reply_to_req="req-KCSC-240902-01",
    subject="RE: [KCSC-240902-01] 시정요구 관련 확인 요청",
    body=f"""
안녕하십니까. 네이버 법무실입니다.

보내주신 시정요구 중 아래 게시물에 대해서는 조치 여부를 판단하기 위하여
추가 자료가 필요합니다.

- {N[7]}
- {N[8]}

해당 게시물이 불법정보에 해당한다고 판단하신 근거(심의 의결서 사본)와
정식 공문 원본을 보내주시면 검토 후 회신드리겠습니다.

감사합니다.
네이버 법무실 드림
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="portal legal team asking for the 의결서 and an official letter before acting",
    why="asks for documents before deciding; no status is stated for the two named items",
    items={N[7]: "pending", N[8]: "pending"},
)

case(
    name="naver-about-band-posts",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(10, "11:21:36"),
    subject="밴드 게시글 시정요구 조치결과",
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.

BAND 서비스 게시글에 대한 시정요구와 관련하여 아래와 같이 조치하였음을 알려드립니다.

- {B[1]} : 삭제
- {B[2]} : 삭제

BAND 관련 문의는 앞으로 band_help@band.us 로 보내주시면 더 빠르게 처리됩니다.
감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="parent-company policy desk answering for a sister service's (BAND) posts",
    why="the items belong to the band platform (band.us); a navercorp.com mail stating their status is wrong_platform",
    items={B[1]: "pending", B[2]: "pending"},
)

# ---- NAVER ignored
case(
    name="naver-out-of-office",
    **{"from": "hyunwoo.kim@navercorp.com"}, name_from="김현우",
    date=d(2, "10:00:41"), reply_to_req="req-KCSC-240902-01",
    subject="[부재중] Re: [KCSC-240902-01] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 김현우입니다.

9월 2일(월)부터 9월 6일(금)까지 하계휴가로 부재중입니다.
급한 업무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.
복귀 후 확인하여 회신드리겠습니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 (out-of-office) with Auto-Submitted header",
    why="an out-of-office auto-reply says nothing about items",
    items={},
)

# ====================================================================
# NAVER one-item request KCSC-240909-06 (Korean path)
# ====================================================================
case(
    name="naver-single-korean-path-raw",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(11, "16:44:02"),
    subject="[회신] 시정요구(KCSC-240909-06) 조치결과",
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.

시정요구하신 {NS_RAW} 게시물은
2024. 9. 10. 운영정책 위반(성매매 알선)으로 삭제 조치되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short 조치결과 reply quoting a raw (unencoded) Korean path",
    why="the one requested item is named with its raw Korean path and stated deleted → removed",
    items={NS: "removed"},
)

case(
    name="naver-single-sole-statement-no-url",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(12, "09:15:55"), reply_to_req="req-KCSC-240909-06",
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240909-06",
    body="""
안녕하십니까. 네이버 정책지원팀입니다.

요청하신 게시물은 확인 결과 운영정책 위반이 확인되어 9월 11일 삭제하였습니다.
해당 게시자에 대해서는 서비스 이용제한 조치도 함께 진행하였습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply stating the outcome of a one-item request without repeating the URL",
    why="request KCSC-240909-06 has a single item; the sole unhedged statement (삭제하였습니다) applies to it → removed",
    items={NS: "removed"},
)

# ====================================================================
# Kakao / Daum, KCSC-240903-02
# ====================================================================
case(
    name="daum-cafe-imsijochi-notice",
    **{"from": "cafe_notice@daum.net"}, name_from="Daum 카페",
    date=d(5, "15:33:12"),
    subject="[Daum 카페] 게시물 임시조치 안내",
    body=f"""
안녕하세요. Daum 카페입니다.

방송통신심의위원회의 요청(KCSC-240903-02)에 따라 아래 게시물에 대해
정보통신망법 제44조의2에 의한 임시조치(30일)를 하였습니다.

■ 대상 게시물
  - {K[1]}
  - {K[2]}

■ 임시조치 기간: 2024.09.05 ~ 2024.10.04
임시조치 기간 동안 해당 게시물은 다른 이용자에게 보이지 않습니다.

자세한 내용은 Daum 고객센터(https://cs.daum.net/faq/)를 확인해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 게시물 임시조치 안내 (정보통신망법 제44조의2, 30일)",
    why="임시조치 is a restriction pending decision → restricted for both named posts; cs.daum.net is a help page",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="kakao-tistory-deleted-brunch-kept",
    **{"from": "policy@kakaocorp.com"}, name_from="Kakao 정책팀",
    date=d(6, "17:08:21"), reply_to_req="req-KCSC-240903-02",
    subject="RE: [KCSC-240903-02] 시정요구 조치 결과 회신",
    body=f"""
안녕하세요, 카카오 정책팀입니다.

보내주신 시정요구에 대한 검토 결과를 아래와 같이 알려드립니다.

1. 티스토리 게시글 {K[3]}
   투자 리딩방 가입을 유도하는 내용이 확인되어 해당 글을 삭제하였습니다.

2. 브런치 글 {K[4]}
   투자 관련 개인 경험을 적은 글로, 특정 리딩방 홍보나 사기 유도 내용이 확인되지 않아
   카카오 운영정책상 조치 대상에 해당하지 않습니다. 게시를 유지합니다.

감사합니다.
카카오 정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team numbered reply: one post deleted, one kept with a reason",
    why="tistory post deleted → removed; brunch post kept because it breaks no rule → rejected",
    items={K[3]: "removed", K[4]: "rejected"},
)

body_k3 = f"""안녕하세요. Daum 고객센터입니다.

문의하신 카페 게시물(관리번호 KCSC-240903-02)의 처리 결과를 안내드립니다.

{K[2]}
- 처리 결과: 블라인드 처리 완료 (2024.09.06)

{K[1]}
- 처리 결과: 해당 게시물이 존재하지 않습니다. (작성자 삭제 또는 카페 폐쇄)

더 궁금하신 점은 고객센터로 문의해 주세요.
Daum 고객센터 드림
"""
case(
    name="daum-base64-blind-and-missing",
    **{"from": "cs_reply@daum.net"}, name_from="Daum 고객센터",
    date=d(6, "20:41:00"),
    subject="[Daum 고객센터] 문의하신 내용에 대한 답변입니다",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(body_k3)}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 answer mail (base64 body), URL line then 처리 결과 line",
    why="블라인드 처리 완료 → removed; 게시물이 존재하지 않습니다 → not_found",
    items={K[2]: "removed", K[1]: "not_found"},
)

html_k4 = f"""<html><body style="font-family:'Malgun Gothic'">
<p>수신: 방송통신심의위원회<br>발신: 주식회사 카카오 정책팀<br>제목: 시정요구(KCSC-240903-02) 조치결과 회신</p>
<p>1. 귀 기관의 무궁한 발전을 기원합니다.<br>
2. 2024. 9. 3. 자 시정요구에 대한 당사 조치결과를 다음과 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>서비스</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>Daum 카페</td><td>{K[1]}</td><td>삭제</td></tr>
<tr><td>2</td><td>Daum 카페</td><td>{K[2]}</td><td>삭제</td></tr>
<tr><td>3</td><td>티스토리</td><td>{K[3]}</td><td>임시조치</td></tr>
<tr><td>4</td><td>브런치</td><td>{K[4]}</td><td>해당 게시물 없음</td></tr>
</table>
<p>끝.</p>
</body></html>"""
case(
    name="kakao-gongmun-html-table",
    **{"from": "policy@kakaocorp.com"}, name_from="Kakao 정책팀",
    date=d(9, "10:30:18"),
    subject="[카카오] 시정요구(KCSC-240903-02) 조치결과 회신",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="kk-77b2"

--kk-77b2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

시정요구(KCSC-240903-02) 조치결과를 회신합니다. HTML 본문의 표를 확인해 주십시오.

--kk-77b2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_k4)}
--kk-77b2--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 조치결과 회신 as an HTML table (plain part only points to it)",
    why="all four named: 삭제→removed (×2), 임시조치→restricted, 해당 게시물 없음→not_found",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "not_found"},
)

case(
    name="kakao-receipt-plus-result",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(4, "09:12:40"),
    subject="[카카오 고객센터] 신고 접수 및 처리 결과 안내 (접수번호 2409-KC-118203)",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 신고가 접수번호 2409-KC-118203 으로 접수되었습니다.

검토 결과, 아래 티스토리 게시글은 카카오 운영정책(불법 금융 정보) 위반으로
2024년 9월 4일 삭제 조치되었습니다.
  {K[3]}

관리번호: KCSC-240903-02
다른 신고 건은 검토가 끝나는 대로 별도로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 receipt that also carries a result",
    why="the receipt phrase comes with an unhedged item statement (삭제 조치되었습니다), so it is not a mere acknowledgement → removed",
    items={K[3]: "removed"},
)

case(
    name="kakao-appears-already-deleted",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
    date=d(5, "11:56:31"), reply_to_req="req-KCSC-240903-02",
    subject="RE: [KCSC-240903-02] 시정요구",
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

문의하신 브런치 글 {K[4]} 은
확인해 보니 이미 삭제된 것으로 보입니다. 다만 삭제 시점과 삭제 주체는
아직 시스템상 확인이 되지 않아, 확인되는 대로 다시 말씀드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="informal Kakao safety reply hedging ('삭제된 것으로 보입니다')",
    why="'appears to have been deleted' is a hedge, not a statement; the named item stays pending",
    items={K[4]: "pending"},
)

case(
    name="kakao-under-review",
    **{"from": "policy@kakaocorp.com"}, name_from="Kakao 정책팀",
    date=d(4, "16:40:09"), reply_to_req="req-KCSC-240903-02",
    subject="RE: [KCSC-240903-02] 시정요구 진행 상황 안내",
    body=f"""
안녕하세요, 카카오 정책팀입니다.

요청하신 아래 Daum 카페 게시물 2건은 현재 담당 부서에서 검토 중입니다.
  1) {K[1]}
  2) {K[2]}

카페 운영자 소명 절차가 진행 중이어서 처리까지 2~3 영업일이 더 소요될 수 있습니다.
양해 부탁드립니다.
""",
    outcome="review", review="not_understood",
    imitates="portal status update: 검토 중, 2~3 영업일 소요",
    why="'under review' is no statement; the email names items, so review not_understood with items pending",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="kakao-lookalike-domain",
    **{"from": "report@kakao-safety-center.net"}, name_from="Kakao Safety Center",
    date=d(5, "02:07:44"),
    subject="[Kakao] KCSC-240903-02 처리 완료 통지",
    body=f"""
안녕하세요. 카카오 세이프티 센터입니다.

귀 기관의 요청에 따라 아래 게시물을 모두 삭제하였습니다.
{K[1]}
{K[2]}
{K[3]}

처리 확인서: http://kakao-safety-center.net/receipt/240903
""",
    outcome="review", review="unknown_sender",
    imitates="phishing-style notice from a look-alike domain using a platform's name",
    why="kakao-safety-center.net is not a Kakao sender domain: unknown sender naming our request and URLs",
    items={K[1]: "pending", K[2]: "pending", K[3]: "pending"},
)

dsn_k = f"""This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-ops@kakaocorp.com>: host mbox.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <report-ops@kakaocorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table"""
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date=d(3, "11:00:52"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-K1"

--dsn-K1
Content-Type: text/plain; charset=us-ascii

{dsn_k}

--dsn-K1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Tue,  3 Sep 2024 11:00:50 +0900

Final-Recipient: rfc822; report-ops@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-K1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report-ops@kakaocorp.com
Subject: [KCSC-240903-02] 불법정보 시정요구
Message-ID: <req-KCSC-240903-02@kcsc.example>
Date: Tue, 03 Sep 2024 11:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{chr(10).join(req_text("KCSC-240903-02"))}

--dsn-K1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning our request with the original attached",
    why="a bounce is ignored; the URLs are only in our own returned request",
    items={},
)

case(
    name="kakao-out-of-office-bilingual",
    **{"from": "sora.lee@kakaocorp.com"}, name_from="Sora Lee",
    date=d(3, "11:01:30"), reply_to_req="req-KCSC-240903-02",
    subject="자동 회신: [KCSC-240903-02] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
    body="""
안녕하세요, 이소라입니다. 9월 3일부터 9월 5일까지 출장으로 메일 확인이 어렵습니다.
긴급한 신고 건은 policy@kakaocorp.com 으로 보내주세요.

I am out of the office until 5 September with limited access to email.
For urgent reports please write to policy@kakaocorp.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 자동 회신 (bilingual out-of-office)",
    why="an out-of-office auto-reply is ignored",
    items={},
)

case(
    name="daum-korean-bounce-mailbox-full",
    **{"from": "mailer-daemon@daum.net"}, name_from="Daum 메일",
    date=d(3, "11:02:14"),
    subject="[반송] 메일이 전달되지 않았습니다: [KCSC-240903-02] 불법정보 시정요구",
    body=f"""
보내신 메일이 아래 수신자에게 전달되지 않았습니다.

  받는 사람: cafe-report@daum.net
  실패 사유: 수신자의 메일함 용량이 초과되었습니다. (552 5.2.2 mailbox full)

반송된 메일 원문:

------- 원본 메일 -------
보낸 사람: KCSC Takedown <takedown@kcsc.example>
제목: [KCSC-240903-02] 불법정보 시정요구
날짜: 2024-09-03 11:00

{chr(10).join(req_text("KCSC-240903-02"))}
""",
    outcome="ignored", classification="bounce",
    imitates="Korean webmail 반송 notice (mailbox full) with our request pasted below",
    why="a delivery failure report is ignored, whoever sends it; the URLs are ours",
    items={},
)

# ====================================================================
# YouTube, KCSC-240904-03 and KCSC-240910-07
# ====================================================================
case(
    name="yt-korea-legal-three-outcomes",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date=d(9, "18:20:33"), reply_to_req="req-KCSC-240904-03",
    subject="Re: [KCSC-240904-03] 시정요구 – YouTube 검토 결과",
    body=f"""
안녕하세요.

방송통신심의위원회에서 보내주신 요청을 검토한 결과를 알려드립니다.

- {Y[1]}
  현지 법률 위반으로 판단되어 대한민국 내에서 해당 동영상에 대한 액세스를 차단했습니다.

- {Y[2]}
  YouTube 커뮤니티 가이드(규제 상품) 위반으로 동영상을 삭제했습니다.

- {Y[3]}
  검토 결과 커뮤니티 가이드 또는 현지 법률 위반 사항을 확인하지 못하여 별도의 조치를 취하지 않았습니다.

YouTube의 법적 삭제 절차에 대한 자세한 내용은 https://support.google.com/youtube/answer/6154230 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal (Korea) outcome mail: local block, global removal, no action",
    why="blocked in Korea → restricted; removed for guidelines → removed; no violation found, no action → rejected",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-outlook-top-post-one-removed",
    **{"from": "youtube-trust-kr@google.com"}, name_from="YouTube Trust & Safety",
    date=d(6, "08:55:12"), reply_to_req="req-KCSC-240904-03",
    subject="RE: [KCSC-240904-03] 불법정보 시정요구",
    body=f"""
안녕하세요,

신고하신 Shorts 동영상 {Y[3]} 은 커뮤니티 가이드 위반으로 삭제되었습니다.
나머지 두 동영상은 아직 검토하고 있으며 결과가 나오면 회신드리겠습니다.

YouTube Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 9:30 AM
To: youtube-trust-kr@google.com
Subject: [KCSC-240904-03] 불법정보 시정요구

{chr(10).join(req_text("KCSC-240904-03"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----' with our request unquoted below",
    why="only the Shorts video is stated removed; the other two appear only in our request below the separator and are 'still under review'",
    items={Y[3]: "removed"},
)

case(
    name="yt-single-blocked-in-korea-english",
    **{"from": "legal-notices@youtube.com"}, name_from="YouTube Legal Support",
    date=d(12, "07:31:48"),
    subject="YouTube legal request KCSC-240910-07 - outcome",
    body=f"""
Hello,

Thank you for your request regarding the following content:
{YS}

After review, we have blocked this video from view on YouTube in South Korea
under local law. It remains available in other countries.

You can find more information about our legal removals process at
https://support.google.com/youtube/answer/6154232

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome mail: video blocked in one country",
    why="blocked from view in South Korea → restricted; the support link is not an item",
    items={YS: "restricted"},
)

case(
    name="yt-conditional-counter-notice",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date=d(6, "14:02:19"), reply_to_req="req-KCSC-240904-03",
    subject="Re: [KCSC-240904-03] 시정요구 처리 안내",
    body=f"""
안녕하세요.

요청하신 동영상 {Y[2]} 에 대해 업로더에게 통지를 보냈습니다.
업로더가 10일 이내에 이의를 제기하지 않으면 해당 동영상은 삭제됩니다.
이의가 제기되면 추가 검토 후 다시 안내드리겠습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="review", review="not_understood",
    imitates="YouTube notice that removal depends on the uploader not objecting",
    why="a conditional future removal is not a statement: the named video stays pending",
    items={Y[2]: "pending"},
)

case(
    name="yt-legal-form-receipt",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
    date=d(4, "09:31:05"),
    subject="[접수 확인] 법적 삭제 요청 – 참조 번호 5-2188000034411",
    body=f"""
안녕하세요.

Google에 법적 삭제 요청을 보내주셔서 감사합니다. 요청이 정상적으로 접수되었습니다.
참조 번호: 5-2188000034411

접수된 URL:
{Y[1]}
{Y[2]}
{Y[3]}

요청을 검토한 후 이메일로 연락드리겠습니다. 이 메일에는 회신하지 마세요.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-removal web form receipt echoing the submitted URLs",
    why="a pure receipt ('접수되었습니다', will contact later) echoing our URLs states nothing about them",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
)

# ====================================================================
# DC Inside, KCSC-240905-04
# ====================================================================
case(
    name="dc-informal-operator-reply",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(5, "18:47:20"), reply_to_req="req-KCSC-240905-04",
    subject="Re: [KCSC-240905-04] 개인정보 노출 게시물 삭제 요청",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

말씀하신 글들 확인했습니다.

{D[1]} 삭제했습니다
{D[2]} 삭제했습니다
{D[3]} 삭제했습니다

{D[4]} 이 글은 확인해보니 작성자가 이미 지운 글이라 따로 조치할 게 없었습니다.

추가로 발견되는 글 있으면 언제든 메일 주세요.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply, one line per URL",
    why="three named posts deleted → removed; the fourth already deleted by its author → not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found"},
)

case(
    name="dc-urls-with-korean-particles",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 고객센터",
    date=d(6, "12:12:12"),
    subject="KCSC-240905-04 처리 결과",
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

요청 주신 건 중 {D[5]}은 마이너 갤러리 관리자와 확인 후 삭제했고요,
<{D[4]}>는 작성자가 먼저 삭제해서 존재하지 않는 글로 확인됩니다.

나머지 글은 확인 후에 다시 말씀드릴게요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside reply with a Korean particle glued to a URL and a URL in angle brackets",
    why="the mini-gallery post is deleted → removed; the coin_talk post no longer exists (author deleted) → not_found",
    items={D[5]: "removed", D[4]: "not_found"},
)

dc_qp = f"""안녕하십니까. 디시인사이드 고객센터입니다.
시정요구(KCSC-240905-04) 대상 게시물 5건의 처리 결과를 알려드립니다.

1. {D[1]} - 삭제
2. {D[2]} - 삭제
3. {D[3]} - 삭제
4. {D[4]} - 이미 삭제된 게시물(작성자 삭제)
5. {D[5]} - 삭제 불가(갤러리 이용 규칙 및 관련 법령 위반 사항 없음, 게시 유지)

디시인사이드 고객센터 드림
"""
case(
    name="dc-qp-numbered-all-five",
    **{"from": "help@dcinside.com"}, name_from="DCInside Help",
    date=d(11, "11:11:03"),
    subject="=?UTF-8?B?" + base64.b64encode("[디시인사이드] 시정요구 처리 결과 안내".encode()).decode() + "?=",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(dc_qp)}
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside numbered result list, quoted-printable body and encoded-word subject",
    why="three deleted → removed; one already deleted by its author → not_found; one refused and kept → rejected",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "rejected"},
)

case(
    name="dc-bulk-all-deleted-thread",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(6, "21:05:33"), reply_to_req="req-KCSC-240905-04",
    subject="Re: [KCSC-240905-04] 개인정보 노출 게시물 삭제 요청",
    body="""
안녕하세요 디시 운영팀입니다.
보내주신 글 전부 삭제 처리했습니다. 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line informal operator reply 'all deleted' in the request's thread",
    why="'all the posts you sent were deleted' names none of the five items: bulk review, nothing applied",
    items={},
)

case(
    name="dc-policy-notice-no-items",
    **{"from": "notice@dcinside.com"}, name_from="디시인사이드",
    date=d(13, "10:00:00"),
    subject="[디시인사이드] 기관 삭제 요청 접수 창구 변경 안내",
    body="""
안녕하십니까. 디시인사이드입니다.

2024년 10월 1일부터 공공기관의 게시물 삭제·시정요구 접수 창구가
help@dcinside.com 에서 기관 전용 접수 페이지로 변경됩니다.

- 기관 전용 접수 페이지: https://www.dcinside.com/agency/request
- 기존 메일 접수는 9월 30일까지만 운영됩니다.

이용에 참고하시기 바랍니다. 감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform announcement of a changed intake channel for agencies",
    why="trusted dcinside.com mail naming no requested item and no request: review no_claims",
    items={},
)

mdn_dc = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc9"

--mdn-dc9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

제목: [KCSC-240905-04] 개인정보 노출 게시물 삭제 요청
읽은 시간: 2024-09-05 오후 2:31

--mdn-dc9
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; DCMail
Final-Recipient: rfc822; help@dcinside.com
Original-Message-ID: <req-KCSC-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc9--
"""
case(
    name="dc-read-receipt",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 고객센터",
    date=d(5, "14:31:09"),
    subject="읽음 확인: [KCSC-240905-04] 개인정보 노출 게시물 삭제 요청",
    raw_mime=mdn_dc,
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (multipart/report; disposition-notification) in Korean",
    why="a read receipt is ignored",
    items={},
)

# ====================================================================
# BAND, KCSC-240906-05
# ====================================================================
case(
    name="band-both-deleted",
    **{"from": "band_help@band.us"}, name_from="BAND 고객센터",
    date=d(9, "13:37:00"), reply_to_req="req-KCSC-240906-05",
    subject="RE: [KCSC-240906-05] 불법정보 시정요구",
    body=f"""
안녕하세요, BAND 고객센터입니다.

요청하신 게시글을 확인하였으며, 불법 사행성 정보 홍보에 해당하여 두 게시글 모두 삭제하였습니다.
 · {B[1]}
 · {B[2]}

해당 밴드 리더에게는 운영정책 위반 경고를 안내하였습니다.
BAND 운영정책: https://band.us/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 reply: both listed posts deleted",
    why="'both posts deleted' with both URLs listed below: each named → removed",
    items={B[1]: "removed", B[2]: "removed"},
)

case(
    name="band-private-and-kept",
    **{"from": "band_help@band.us"}, name_from="BAND 고객센터",
    date=d(10, "17:03:22"),
    subject="[BAND] KCSC-240906-05 처리 결과 안내",
    body=f"""
안녕하세요, BAND 고객센터입니다.

관리번호 KCSC-240906-05 로 요청하신 게시글의 처리 결과입니다.

{B[1]}
→ 불법 스포츠토토 사이트 링크가 확인되어 게시글을 비공개 처리했습니다.

{B[2]}
→ 경기 결과를 공유하는 글로, 사행성 사이트 홍보 내용이 없어 운영정책 위반에 해당하지 않습니다. 게시글은 유지됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND result notice, URL then an arrow line with the decision",
    why="비공개 처리 → removed; not a policy violation, kept → rejected",
    items={B[1]: "removed", B[2]: "rejected"},
)

case(
    name="band-ticket-receipt",
    **{"from": "noreply@band.us"}, name_from="BAND",
    date=d(6, "10:31:40"),
    subject="[BAND] 문의가 접수되었습니다 (접수번호 B240906-00471)",
    body="""
안녕하세요. BAND 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  · 접수번호: B240906-00471
  · 접수일시: 2024-09-06 10:31

답변은 영업일 기준 3일 이내에 메일로 보내드립니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND helpdesk ticket receipt (접수번호, answer within 3 business days)",
    why="a pure receipt: nothing about any item",
    items={},
)

# ====================================================================
# More NAVER / Kakao / YouTube applied variants
# ====================================================================
case(
    name="dc-bare-url-status-below-outlook",
    **{"from": "support@dcinside.com"}, name_from="DCInside Support",
    date=d(7, "16:16:16"), reply_to_req="req-KCSC-240905-04",
    subject="RE: [KCSC-240905-04] 개인정보 노출 게시물 삭제 요청",
    body=f"""
안녕하세요. 디시인사이드 고객지원팀입니다.

{D[1]}
삭제 완료

{D[5]}
삭제 완료

감사합니다.

________________________________
보낸 사람: KCSC Takedown <takedown@kcsc.example>
보낸 날짜: 2024년 9월 5일 목요일 오후 2:00
받는 사람: help@dcinside.com
제목: [KCSC-240905-04] 개인정보 노출 게시물 삭제 요청

{chr(10).join(req_text("KCSC-240905-04"))}
""",
    outcome="applied", classification="confirmation",
    imitates="terse Outlook (Korean UI) reply: bare URL with '삭제 완료' on the next line, our request below the header block",
    why="two named posts deleted → removed; the other three appear only in our own request below",
    items={D[1]: "removed", D[5]: "removed"},
)

HEADER = """# Blind set 869 (tests/corpus/blind869/): Korean replies from NAVER,
# Kakao/Daum, YouTube Korea, DC Inside and BAND. Written from each email's
# meaning before the reader was run. Generated by make.py; do not edit.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(len(CASES), "cases")
