#!/usr/bin/env python3
"""Blind set 689 (Korean portals and communities): NAVER, Kakao/Daum,
YouTube Korea, DC Inside and BAND replying in Korean (공문 style replies,
임시조치 notices, 시정요구 조치결과 tables, informal operator replies).

    python3 tests/corpus/blind689/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader.
"""
import base64
import csv
import datetime
import os
import quopri
from email.header import Header
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

TISTORY_SLUG = "강남-신상-정리"

N = {
    1: "https://blog.naver.com/lucky_jackpot77/223560011201",
    2: "https://blog.naver.com/lucky_jackpot77/223560011388",
    3: "https://cafe.naver.com/sportstoto365/10452",
    4: "https://cafe.naver.com/sportstoto365/10467",
    5: "https://cafe.naver.com/sportstoto365/10471",
    6: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40201&docId=471203355",
    7: "https://blog.naver.com/winwin_bet/223561234509",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=66120931",
    9: "https://blog.naver.com/winwin_bet/223561234777",
    10: "https://cafe.naver.com/minigame_land/3321",
    11: "https://tv.naver.com/v/58120344",
    12: "https://cafe.naver.com/minigame_land/3340",
}
K = {
    1: "https://cafe.daum.net/gangnamlife/Ab3x/1187",
    2: "https://cafe.daum.net/gangnamlife/Ab3x/1192",
    3: "https://sunny-diary.tistory.com/entry/" + quote(TISTORY_SLUG),
    4: "https://brunch.co.kr/@mintroad/52",
}
K3_RAW = "https://sunny-diary.tistory.com/entry/" + TISTORY_SLUG
Y = {
    1: "https://www.youtube.com/watch?v=Qm7vRt2LxZa",
    2: "https://www.youtube.com/watch?v=bH4kW9pNc0e",
    3: "https://www.youtube.com/shorts/Ld83KqPzX1w",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912345",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=210044",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=210101",
    4: "https://gall.dcinside.com/mini/board/view/?id=yaksi&no=5530",
    5: "https://m.dcinside.com/board/coinmarket/210187",
}
B = {
    1: "https://band.us/band/88120455/post/341",
    2: "https://band.us/band/88120455/post/356",
}
N6S = "https://blog.naver.com/mediherb_official/223570098812"
K7 = "https://cafe.daum.net/jikgu-mall/QnA9/4410"

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)
MID = {r: "req-" + r[5:].lower() for r in (R1, R2, R3, R4, R5, R6, R7)}

REQUESTS = [
    # ref, platform, sent, due, category, urls, note
    (R1, "naver", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00", "gambling",
     [N[i] for i in range(1, 13)], "불법 도박 홍보 게시물 (블로그·카페·지식iN·포스트·TV)"),
    (R2, "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", "privacy",
     [K[i] for i in range(1, 5)], "개인정보(신상) 노출 게시물"),
    (R3, "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", "drugs",
     [Y[i] for i in range(1, 4)], "마약류 판매 광고 영상"),
    (R4, "dcinside", "2024-09-06T14:10:00+09:00", "2024-09-13T18:00:00+09:00", "obscenity",
     [D[i] for i in range(1, 6)], "음란물 및 불법 촬영물 유도 게시글"),
    (R5, "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", "illegal_trade",
     [B[1], B[2]], "무허가 의약품 판매 게시글"),
    (R6, "naver", "2024-09-10T15:20:00+09:00", "2024-09-17T18:00:00+09:00", "illegal_trade",
     [N6S], "무허가 의약품 광고 블로그 글"),
    (R7, "kakao", "2024-09-11T10:05:00+09:00", "2024-09-18T18:00:00+09:00", "illegal_trade",
     [K7], "담배 대리구매 알선 카페 글"),
]

REQ_URLS = {r[0]: r[5] for r in REQUESTS}


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{MID[ref]}@kcsc.example>", note])


# ---------------------------------------------------------------- helpers

def date(day, hh, mm, ss=0):
    wd = datetime.date(2024, 9, day).strftime("%a")
    return f"{wd}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{ss:02d} +0900"


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def enc_header(text):
    if text.isascii():
        return text
    return Header(text, "utf-8").encode(linesep="\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def req_subject(ref):
    return f"[방송통신심의위원회] 시정요구 통보 ({ref})"


def request_text(ref, urls=None, prefix=""):
    """Our own request as it is quoted back under a reply."""
    urls = REQ_URLS[ref] if urls is None else urls
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        f"아래 정보에 대하여 시정요구({ref})를 통보하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 takedown@kcsc.example"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ applied

# 1 ------------------------------------------------------------------
case(
    name="naver-gongmun-full-list",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date=date(9, 16, 40), subject=f"[NAVER] 시정요구 조치결과 회신 ({R1})",
    reply_to_req=MID[R1],
    body=f"""문서번호: 네이버정책-2024-09-0412
수    신: 방송통신심의위원회 통신심의국장
참    조: 통신심의국 담당자
제    목: 시정요구 조치결과 회신 ({R1})

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 관련: 방송통신심의위원회 시정요구 {R1} (2024. 9. 3.)
3. 위 호와 관련하여 당사 서비스 내 해당 정보에 대한 조치결과를 아래와 같이 회신합니다.

- 아    래 -

 1) {N[1]}
    조치결과: 삭제
 2) {N[2]}
    조치결과: 삭제
 3) {N[3]}
    조치결과: 블라인드
 4) {N[4]}
    조치결과: 블라인드
 5) {N[5]}
    조치결과: 임시조치(30일)
 6) {N[6]}
    조치결과: 답변 삭제
 7) {N[7]}
    조치결과: 게시물 없음(작성자 삭제)
 8) {N[8]}
    조치결과: 비공개 처리
 9) {N[9]}
    조치결과: 삭제
10) {N[10]}
    조치결과: 존재하지 않는 게시물
11) {N[11]}
    조치결과: 청소년 유해 설정(19세 이상 인증 후 재생)
12) {N[12]}
    조치결과: 조치 불가 - 게임 이용 후기로 도박 홍보에 해당하지 않음

※ 각 조치의 세부 기준은 네이버 운영정책(https://policy.naver.com/policy/service.html)을 참고하여 주십시오.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문 style 시정요구 조치결과 회신 (numbered 아래 list, result on the line below each URL)",
    why="Trusted NAVER 공문 giving one result under each of the twelve URLs.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed",
           N[5]: "restricted", N[6]: "removed", N[7]: "not_found", N[8]: "removed",
           N[9]: "removed", N[10]: "not_found", N[11]: "restricted", N[12]: "rejected"},
)

# 2 ------------------------------------------------------------------
_html2 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구 {R1} 건 중 1차 검토를 마친 게시물의 조치결과를 아래 표와 같이 알려드립니다.
나머지 게시물은 검토가 끝나는 대로 별도 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#03c75a;color:#fff"><th>연번</th><th>대상 URL</th><th>서비스</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>블로그</td><td>게시중단</td><td>2024.09.05</td></tr>
<tr><td>2</td><td><a href="{N[2]}">{N[2]}</a></td><td>블로그</td><td>게시중단</td><td>2024.09.05</td></tr>
<tr><td>3</td><td><a href="{N[3]}">{N[3]}</a></td><td>카페</td><td>삭제</td><td>2024.09.05</td></tr>
<tr><td>4</td><td><a href="{N[4]}">{N[4]}</a></td><td>카페</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>5</td><td><a href="{N[5]}">{N[5]}</a></td><td>카페</td><td>국내 접근 제한</td><td>2024.09.06</td></tr>
<tr><td>6</td><td><a href="{N[6].replace('&', '&amp;')}">{N[6].replace('&', '&amp;')}</a></td><td>지식iN</td><td>유지(운영정책 위반 사항 없음)</td><td>2024.09.06</td></tr>
</table>
<p>감사합니다.<br>NAVER 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-html-table-first-batch",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date=date(6, 18, 2), subject=f"RE: {req_subject(R1)} - 1차 조치결과",
    reply_to_req=MID[R1],
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_html2)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 조치결과 HTML table (base64 body), first batch of a larger request",
    why="HTML table with one result per row for six of the twelve URLs; the promise about the rest names no item.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "not_found",
           N[5]: "restricted", N[6]: "rejected"},
)

# 3 ------------------------------------------------------------------
_csv3 = "연번,URL,서비스,조치결과,조치일시\n" + "\n".join([
    f"1,{N[7]},블로그,삭제,2024-09-09 10:12",
    f"2,\"{N[8]}\",포스트,삭제,2024-09-09 10:15",
    f"3,{N[9]},블로그,블라인드,2024-09-09 10:21",
    f"4,{N[10]},카페,게시물 없음,-",
    f"5,{N[11]},네이버TV,삭제,2024-09-09 11:02",
    f"6,{N[12]},카페,삭제,2024-09-09 11:05",
]) + "\n"
case(
    name="naver-csv-second-batch",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date=date(9, 13, 30), subject=f"RE: {req_subject(R1)} - 2차 조치결과 (첨부)",
    reply_to_req=MID[R1],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-b689-0003"

--nv-b689-0003
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, NAVER 정책지원팀입니다.

{R1} 시정요구 건 중 남은 6건의 조치결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

감사합니다.

--nv-b689-0003
Content-Type: text/csv; charset=utf-8; name="{R1}_2차_조치결과.csv"
Content-Disposition: attachment; filename="{R1}_2nd_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv3)}
--nv-b689-0003--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment under a short cover note",
    why="CSV attachment: one row per URL with its result for items 7-12 of the large request.",
    items={N[7]: "removed", N[8]: "removed", N[9]: "removed", N[10]: "not_found",
           N[11]: "removed", N[12]: "removed"},
)

# 4 ------------------------------------------------------------------
case(
    name="naver-one-item-request-no-url",
    from_="blog_help@navercorp.com", name_from="네이버 블로그 고객센터",
    date=date(11, 10, 8), subject=f"RE: {req_subject(R6)}",
    reply_to_req=MID[R6],
    body=f"""안녕하세요. 네이버 블로그 고객센터입니다.

방송통신심의위원회에서 요청하신 건({R6})과 관련하여 안내드립니다.
요청하신 블로그 게시물은 의약품 불법 판매 광고에 해당하여 2024년 9월 11일 09시 50분에 삭제 조치하였습니다.

추가 문의 사항이 있으시면 본 메일로 회신 부탁드립니다.
감사합니다.

네이버 블로그 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog help-desk reply confirming deletion without repeating the URL",
    why="Unhedged deletion of 'the requested post' for a one-item request named by its reference.",
    items={N6S: "removed"},
)

# 5 ------------------------------------------------------------------
case(
    name="naver-cafe-ops-informal-toppost",
    from_="cafe_ops@navercorp.com", name_from="네이버 카페 운영팀 김도윤",
    date=date(5, 11, 47), subject=f"Re: {req_subject(R1)}",
    reply_to_req=MID[R1],
    body=f"""담당자님 안녕하세요, 카페 운영팀 김도윤입니다.

스포츠토토 카페 글 세 건 확인했습니다.
{N[3]} , {N[4]} 두 건은 오늘 오전에 블라인드 처리했고요,
{N[5]} 은 작성자가 이미 지운 글이라 저희 쪽에서도 조회가 되지 않습니다.

카페 자체에 대한 조치는 운영원칙에 따라 따로 검토 중입니다.
나머지 블로그/지식iN 건은 각 서비스 담당 부서에서 따로 회신드릴 거예요.

김도윤 드림

2024년 9월 3일 (화) 오전 10:30, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{request_text(R1, prefix='> ')}
""",
    outcome="applied", classification="confirmation",
    imitates="informal top-posted reply from a NAVER cafe operator over the Gmail-quoted request",
    why="Two posts blinded, one already deleted by its author; the quoted request below is ours and changes nothing.",
    items={N[3]: "removed", N[4]: "removed", N[5]: "not_found",
           N[1]: "pending", N[10]: "pending"},
)

# 6 ------------------------------------------------------------------
_body6 = f"""안녕하세요, 네이버 지식iN·네이버TV 운영지원 담당자입니다.

{R1} 관련 두 서비스의 처리 결과를 안내드립니다.

[지식iN]
{N[6]}
해당 질문에 달린 도박 사이트 홍보 답변을 운영정책에 따라 삭제하였습니다.

[네이버TV]
{N[11]}
해당 영상은 청소년 이용 불가 콘텐츠로 지정하여 성인 인증을 마친 이용자만 시청할 수 있도록 연령 제한을 적용하였습니다.

감사합니다.
"""
case(
    name="naver-qp-kin-and-tv",
    from_="kin_tv_support@navercorp.com", name_from="네이버 운영지원",
    date=date(6, 9, 12), subject=f"RE: {req_subject(R1)} (지식iN/네이버TV)",
    reply_to_req=MID[R1],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_body6)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER service support reply in quoted-printable, one section per service",
    why="The 지식iN answer was deleted (removed); the TV clip was age-restricted (restricted).",
    items={N[6]: "removed", N[11]: "restricted"},
)

# 7 ------------------------------------------------------------------
case(
    name="naver-bare-urls-status-below",
    from_="blog_help@navercorp.com", name_from="네이버 블로그 고객센터",
    date=date(5, 17, 25), subject=f"RE: {req_subject(R1)} 블로그·포스트 건",
    reply_to_req=MID[R1],
    body=f"""방송통신심의위원회 담당자님께

요청하신 블로그/포스트 게시물 처리 현황입니다.

{N[7]}
→ 삭제 완료 (9/5)

{N[8]}
→ 비공개 전환 완료 (9/5)

{N[9]}
→ 해당 게시물 없음

블로그 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk list: bare URL, result on the line below with an arrow",
    why="Each URL is followed by its own result line: deleted, made private, not there.",
    items={N[7]: "removed", N[8]: "removed", N[9]: "not_found"},
)

# 8 ------------------------------------------------------------------
case(
    name="naver-english-trust-safety",
    from_="trust.safety@navercorp.com", name_from="NAVER Trust & Safety",
    date=date(10, 19, 4), subject=f"Re: Correction request {R1} - cafe posts",
    reply_to_req=MID[R1],
    body=f"""Dear KCSC team,

Thank you for your request {R1}. Our cafe team has reviewed the two posts
from the minigame_land cafe that you listed.

- cafe.naver.com/minigame_land/3321 : removed on 10 September 2024 for
  promoting an unlicensed betting site.
- {N[12]} : after review we found no violation of
  our cafe policies (it is a general discussion of a mobile game), so the
  post remains available.

For reference, our cafe operating principles are published at
https://policy.naver.com/rules/cafe_operation.html .

Kind regards,
Jiwoo Han
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English Trust & Safety reply from a Korean portal, bulleted, one URL written without scheme",
    why="3321 (written without https://) removed; 3340 stays up with a reason (rejected); the policy link is not an item.",
    items={N[10]: "removed", N[12]: "rejected"},
)

# 9 ------------------------------------------------------------------
case(
    name="kakao-imsijochi-notice",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date=date(5, 14, 0), subject=f"[카카오] 게시물 임시조치 안내 ({R2})",
    reply_to_req=MID[R2],
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 {R2} 건과 관련하여 아래 다음 카페 게시물에 대해
「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따른 임시조치를 하였음을 알려드립니다.

■ 임시조치 대상
  - {K[1]}
  - {K[2]}

■ 조치 내용: 30일간 게시물 접근 차단(임시조치)
■ 조치 일시: 2024.09.05 13:40

게시자가 임시조치 기간 내 재게시를 요청하지 않으면 기간 만료 후 게시물은 삭제될 수 있습니다.

카카오 권리침해신고센터
※ 본 메일은 발신 전용이 아니며, 회신 시 담당자에게 전달됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 notice (정보통신망법 제44조의2, 30일 접근 차단)",
    why="Both cafe posts are under a 30-day 임시조치 (access blocked): restricted; the later possible deletion is only a condition.",
    items={K[1]: "restricted", K[2]: "restricted"},
)

# 10 -----------------------------------------------------------------
case(
    name="kakao-tistory-brunch-korean-url",
    from_="tistory_help@kakaocorp.com", name_from="티스토리 고객센터",
    date=date(6, 15, 33), subject=f"RE: {req_subject(R2)} 티스토리/브런치 조치 결과",
    reply_to_req=MID[R2],
    body=f"""안녕하세요, 카카오 티스토리·브런치 운영 담당입니다.

{R2} 요청 건 중 저희 서비스 게시물 2건의 처리 결과를 안내드립니다.

<{K3_RAW}>는 특정인의 연락처와 주소가 노출된 글로 확인되어 운영정책에 따라 삭제했습니다.

브런치 글 <{K[4]}>은 인물에 대한 비평 글로, 개인정보 노출이 확인되지 않아 조치하지 않고 유지합니다.
추가로 판단에 필요한 자료가 있으시면 보내주시기 바랍니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Tistory/Brunch operator reply with URLs in angle brackets followed by Korean particles (raw Korean path)",
    why="Tistory post (raw Korean path, percent-encoded in the request) deleted; Brunch post kept with a reason (rejected). The offer to receive more material is not a request for it.",
    items={K[3]: "removed", K[4]: "rejected"},
)

# 11 -----------------------------------------------------------------
case(
    name="kakao-daum-cafe-ops",
    from_="cafe_ops@daum.net", name_from="Daum 카페 운영팀",
    date=date(6, 10, 20), subject=f"Re: {req_subject(R2)}",
    reply_to_req=MID[R2],
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

요청해 주신 강남라이프 카페 게시물을 확인하였습니다.

1. {K[1]}
   : 특정인 신상정보 게시로 운영자 권한 삭제 처리
2. {K[2]}
   : 작성자가 이미 삭제하여 존재하지 않는 게시물입니다

카페 운영자에게도 재발 방지 안내를 전달했습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply, numbered list with result on the following line",
    why="1187 deleted by the operator (removed); 1192 already deleted by its author (not_found).",
    items={K[1]: "removed", K[2]: "not_found"},
)

# 12 -----------------------------------------------------------------
case(
    name="kakao-single-fullwidth-parens",
    from_="cafe_ops@daum.net", name_from="Daum 카페 운영팀",
    date=date(12, 16, 55), subject=f"Re: {req_subject(R7)}",
    reply_to_req=MID[R7],
    body=f"""안녕하세요. Daum 카페 운영팀입니다.

요청하신 담배 대리구매 알선 게시글（{K7}）은 청소년 유해물 거래 알선으로 확인되어 카페 운영정책에 따라 영구 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Daum cafe reply with the URL inside full-width parentheses",
    why="The one requested post, named inside full-width parentheses, was permanently deleted.",
    items={K7: "removed"},
)

# 13 -----------------------------------------------------------------
_t13 = f"""안녕하세요.

Google은 {R3} 요청과 관련하여 아래 콘텐츠를 검토하였습니다.

- {Y[1]}
  현지 법률 위반 신고에 따라 대한민국 내에서 이 동영상에 대한 액세스를 제한했습니다.

- {Y[2]}
  YouTube 커뮤니티 가이드(규제 상품 정책) 위반으로 이 동영상을 YouTube에서 삭제했습니다.

- {Y[3]}
  검토 중입니다. 결과가 나오면 다시 연락드리겠습니다.

YouTube 법무팀 드림
"""
_h13 = (
    "<html><body><p>안녕하세요.</p>"
    f"<p>Google은 {R3} 요청과 관련하여 아래 콘텐츠를 검토하였습니다.</p><ul>"
    f"<li><a href=\"{Y[1]}\">{Y[1]}</a><br>현지 법률 위반 신고에 따라 대한민국 내에서 이 동영상에 대한 액세스를 제한했습니다.</li>"
    f"<li><a href=\"{Y[2]}\">{Y[2]}</a><br>YouTube 커뮤니티 가이드(규제 상품 정책) 위반으로 이 동영상을 YouTube에서 삭제했습니다.</li>"
    f"<li><a href=\"{Y[3]}\">{Y[3]}</a><br>검토 중입니다. 결과가 나오면 다시 연락드리겠습니다.</li>"
    "</ul><p>YouTube 법무팀 드림</p></body></html>\n"
)
case(
    name="yt-korea-legal-outcome-alt",
    from_="legal-kr@google.com", name_from="YouTube 법무팀",
    date=date(9, 20, 11), subject=f"[{R3}] YouTube 법적 요청 처리 결과",
    reply_to_req=MID[R3],
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt-b689-13"

--yt-b689-13
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_t13)}
--yt-b689-13
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_h13)}
--yt-b689-13--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome notice in Korean (local-law restriction vs guideline removal), multipart/alternative",
    why="Y1 restricted in Korea, Y2 removed globally, Y3 still under review (stays pending).",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "pending"},
)

# 14 -----------------------------------------------------------------
case(
    name="yt-english-actioned",
    from_="legal-support@youtube.com", name_from="YouTube Legal Support",
    date=date(10, 7, 45), subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=MID[R3],
    body=f"""Hello,

Thanks for reaching out to us about {R3}.

After reviewing the content, we have made the following decisions:

  {Y[3]}
  The content has been actioned under our policies.

  {Y[1]}
  We have blocked this video from view in South Korea based on local law.

If you have further legal concerns, you can submit a new request via
https://support.google.com/legal/answer/3110420 .

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support English outcome email ('actioned under our policies', 'blocked from view in <country>')",
    why="Shorts clip actioned (removed); Y1 blocked in South Korea (restricted); the support link is not an item.",
    items={Y[3]: "removed", Y[1]: "restricted"},
)

# 15 -----------------------------------------------------------------
case(
    name="yt-rejected-and-age-restricted",
    from_="legal-kr@google.com", name_from="YouTube 법무팀",
    date=date(12, 11, 2), subject=f"[{R3}] YouTube 검토 결과 안내",
    reply_to_req=MID[R3],
    body=f"""안녕하세요. YouTube 법무팀입니다.

{R3} 요청의 남은 항목에 대한 검토 결과를 알려드립니다.

{Y[2]} : 검토 결과 이 동영상은 YouTube 정책이나 대한민국 현지 법률을 위반하지 않는 것으로 판단되어 별도의 조치를 취하지 않았습니다. 동영상은 계속 게시됩니다.

{Y[3]} : 이 Shorts 동영상에는 연령 제한을 적용하였습니다. 로그인한 만 18세 이상 사용자만 시청할 수 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean review result: no action (with reason) and age restriction",
    why="Y2 stays up with a reason (rejected); Y3 age-restricted (restricted).",
    items={Y[2]: "rejected", Y[3]: "restricted"},
)

# 16 -----------------------------------------------------------------
case(
    name="dc-operator-informal",
    from_="manager@dcinside.com", name_from="디시인사이드 운영팀",
    date=date(6, 22, 14), subject=f"Re: {req_subject(R4)}",
    reply_to_req=MID[R4],
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

요청주신 글 확인해서 처리했습니다.

{D[1]}
- 삭제

{D[2]}
- 삭제

{D[3]}
- 이미 삭제된 글입니다 (작성자 삭제)

{D[4]}
- 미니갤 매니저 확인 후 삭제

모바일 주소로 주신 건은 따로 보겠습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator informal reply, URL then a dash line with the result",
    why="Three posts deleted, one already deleted by its author; the mobile-URL item is only promised (pending).",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed", D[5]: "pending"},
)

# 17 -----------------------------------------------------------------
case(
    name="dc-gongmun-text-table",
    from_="legal@dcinside.com", name_from="(주)디시인사이드 법무팀",
    date=date(11, 17, 0), subject=f"[디시인사이드] 시정요구 조치결과 회신의 건 ({R4})",
    reply_to_req=MID[R4],
    body=f"""수신: 방송통신심의위원회
발신: (주)디시인사이드 법무팀
제목: 시정요구({R4})에 대한 조치결과 회신

1. 귀 기관의 노고에 감사드립니다.
2. 귀 기관의 시정요구에 따른 당사 조치결과를 아래와 같이 회신합니다.

연번 | 대상 정보                                                          | 조치결과 | 비고
-----+--------------------------------------------------------------------+----------+------------------------
1    | {D[1]}        | 삭제     | 작성자 IP 차단
2    | {D[2]}  | 삭제     |
3    | {D[3]}  | 삭제     |
4    | {D[4]}         | 미존재   | 게시물 확인 불가
5    | {D[5]}                    | 유지     | 일반 시세 토론글, 음란 정보 없음

3. 향후 동일 게시자의 재게시 여부를 지속적으로 모니터링하겠습니다.  끝.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문 with a plain-text pipe table (연번 | 대상 정보 | 조치결과 | 비고)",
    why="Text table: three deleted, one not found, the mobile-URL post kept with a reason (rejected).",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "rejected"},
)

# 18 -----------------------------------------------------------------
case(
    name="dc-echoed-report",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date=date(7, 9, 31), subject=f"[디시인사이드 신고센터] 신고 처리 결과 안내 ({R4})",
    reply_to_req=MID[R4],
    body=f"""디시인사이드 신고센터에서 알려드립니다.

접수하신 신고의 처리 결과는 다음과 같습니다.

────────────────────────
[신고 내용]
신고 대상: {D[2]}
신고 사유: 음란물 게시
[처리 결과]
게시물 삭제 및 작성자 30일 이용 차단
────────────────────────
[신고 내용]
신고 대상: {D[3]}
신고 사유: 음란물 게시
[처리 결과]
게시물 삭제
────────────────────────

디시인사이드를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community report-centre result mail that echoes each report block with its result",
    why="Each echoed report block ends with its own result: both posts deleted.",
    items={D[2]: "removed", D[3]: "removed"},
)

# 19 -----------------------------------------------------------------
case(
    name="band-post-deleted-and-gone",
    from_="policy@band.us", name_from="BAND 운영정책팀",
    date=date(10, 14, 18), subject=f"RE: {req_subject(R5)}",
    reply_to_req=MID[R5],
    body=f"""안녕하세요, BAND 운영정책팀입니다.

{R5} 요청하신 밴드 게시글 2건의 처리 결과를 안내드립니다.

· {B[1]} — 무허가 의약품 판매 게시글로 확인되어 삭제하였으며, 작성 멤버의 글쓰기 기능을 제한하였습니다.
· {B[2]} — 확인 당시 밴드 리더가 이미 삭제하여 존재하지 않는 게시글입니다.

밴드 운영정책: https://band.us/policy/operation
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operations reply, middle-dot bullets with em-dash results",
    why="Post 341 deleted; post 356 already deleted by the band leader (not_found); policy link not an item.",
    items={B[1]: "removed", B[2]: "not_found"},
)

# 20 -----------------------------------------------------------------
case(
    name="band-english-could-not-find",
    from_="trust@band.us", name_from="BAND Trust & Safety",
    date=date(11, 8, 3), subject=f"Re: {req_subject(R5)}",
    reply_to_req=MID[R5],
    body=f"""Hello,

Regarding your request {R5}:

1. <{B[1]}> - we removed this post for selling
   unapproved medicines, which is prohibited on BAND.
2. <{B[2]}> - we could not find this post. It may have
   been deleted by the band leader before our review.

Best regards,
BAND Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="BAND English trust-and-safety reply, numbered, URLs in angle brackets",
    why="341 removed; 356 could not be found (not_found) - the hedge is only about why it is gone.",
    items={B[1]: "removed", B[2]: "not_found"},
)

# 21 -----------------------------------------------------------------
case(
    name="naver-outlook-toppost-over-request",
    from_="policy@navercorp.com", name_from="이서연 (NAVER 정책지원팀)",
    date=date(4, 18, 20), subject=f"RE: {req_subject(R1)}",
    reply_to_req=MID[R1],
    body=f"""안녕하세요, 정책지원팀 이서연입니다.

우선 확인이 끝난 블로그 2건부터 말씀드립니다.
lucky_jackpot77 블로그의 223560011201, 223560011388 게시물은 오늘 모두 삭제했습니다.
나머지 건은 확인되는 대로 다시 회신드리겠습니다.

이서연 드림

-----Original Message-----
From: "방송통신심의위원회"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-03 (화) 10:30:00 (GMT+09:00)
Subject: {req_subject(R1)}

{request_text(R1)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style top-posted reply above '-----Original Message-----' with the full request",
    why="The two blog posts are named by blog id and post number (both belong to the request) and deleted; the quoted request changes nothing.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "pending", N[9]: "pending"},
)

# 22 -----------------------------------------------------------------
case(
    name="naver-gmail-quote-blind-and-imsi",
    from_="cafe_ops@navercorp.com", name_from="네이버 카페 운영팀",
    date=date(8, 13, 9), subject=f"Re: {req_subject(R1)}",
    reply_to_req=MID[R1],
    body=f"""안녕하세요, 네이버 카페 운영팀입니다.

미니게임랜드 카페 건 처리 결과입니다.
- {N[10]} : 블라인드 처리 완료
- {N[12]} : 권리침해 여부 판단이 어려워 30일 임시조치

2024년 9월 3일 (화) 오전 10:30, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회 통신심의국입니다.
> 아래 정보에 대하여 시정요구({R1})를 통보하오니 조치 후 결과를 회신하여 주시기 바랍니다.
>
> 10. {N[10]}
> 11. {N[11]}
> 12. {N[12]}
>
> 방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply ('…님이 작성:') with a short dash list above the quoted request",
    why="3321 blinded (removed), 3340 under 30-day 임시조치 (restricted); quoted 58120344 stays pending.",
    items={N[10]: "removed", N[12]: "restricted", N[11]: "pending"},
)

# 23 -----------------------------------------------------------------
_html23 = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>조치 결과</title></head>
<body style="margin:0;padding:20px;background:#f5f5f5">
<div style="background:#fee500;padding:12px;font-weight:bold">kakao 권리침해신고센터</div>
<div style="background:#fff;padding:16px">
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>요청번호 <b>{R2}</b>에 대한 처리 결과를 안내해 드립니다.</p>
<table style="width:100%;border:1px solid #ddd;border-collapse:collapse;font-size:13px">
<thead><tr><th style="border:1px solid #ddd">게시물</th><th style="border:1px solid #ddd">처리 결과</th><th style="border:1px solid #ddd">사유</th></tr></thead>
<tbody>
<tr><td style="border:1px solid #ddd"><a href="{K[1]}">{K[1]}</a></td><td style="border:1px solid #ddd">게시중단</td><td style="border:1px solid #ddd">개인정보 노출</td></tr>
<tr><td style="border:1px solid #ddd"><a href="{K[3]}">{K3_RAW}</a></td><td style="border:1px solid #ddd">게시중단</td><td style="border:1px solid #ddd">개인정보 노출</td></tr>
<tr><td style="border:1px solid #ddd"><a href="{K[4]}">{K[4]}</a></td><td style="border:1px solid #ddd">조치 불가</td><td style="border:1px solid #ddd">특정인을 식별할 수 있는 정보가 없음</td></tr>
</tbody></table>
<p style="color:#888;font-size:11px">이 메일은 권리침해신고센터 업무 시스템에서 발송되었습니다. 문의: <a href="https://cs.kakao.com/requests?service=rights">고객센터</a></p>
</div></body></html>
"""
case(
    name="kakao-html-result-table-b64",
    from_="noreply-rights@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date=date(9, 11, 0), subject=f"[카카오] 요청하신 게시물의 처리 결과 안내 ({R2})",
    reply_to_req=MID[R2],
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_html23)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao rights-centre system mail: styled HTML result table, base64 body",
    why="Table rows: cafe post and Tistory post 게시중단 (removed), Brunch post 조치 불가 with reason (rejected); help link not an item.",
    items={K[1]: "removed", K[3]: "removed", K[4]: "rejected"},
)

# 24 -----------------------------------------------------------------
case(
    name="naver-wrapped-post-url",
    from_="post_help@navercorp.com", name_from="네이버 포스트 운영팀",
    date=date(6, 16, 12), subject=f"RE: {req_subject(R1)} (포스트·블로그)",
    reply_to_req=MID[R1],
    body=f"""안녕하세요. 네이버 포스트 운영팀입니다.

요청하신 아래 포스트는 불법 도박 사이트 홍보물로 확인되어 비공개 처리하였습니다.
https://post.naver.com/viewer/postView.naver?volumeNo=38120455&
memberNo=66120931

같은 작성자의 블로그 글 {N[9]} 도 함께 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply whose long post URL was wrapped by the mail client after '&'",
    why="The wrapped post URL (joined across the line break) was made private (removed); the blog post was deleted.",
    items={N[8]: "removed", N[9]: "removed"},
)

# 25 -----------------------------------------------------------------
case(
    name="dc-particles-after-urls",
    from_="manager@dcinside.com", name_from="디시인사이드 운영팀",
    date=date(9, 10, 40), subject=f"Re: {req_subject(R4)} 추가 처리",
    reply_to_req=MID[R4],
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

{D[3]}은 코인 갤러리 매니저 확인 후 어제 삭제했고
미니갤러리 글（{D[4]}）도 같은 날 삭제 처리했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator note with a Korean particle glued to one URL and full-width parentheses around another",
    why="Both posts deleted; the particle '은' and the full-width parentheses are not part of the URLs.",
    items={D[3]: "removed", D[4]: "removed"},
)

# ================================================================ review

# 26 -----------------------------------------------------------------
case(
    name="naver-promise-to-review",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date=date(4, 9, 15), subject=f"RE: {req_subject(R1)}",
    reply_to_req=MID[R1],
    body=f"""안녕하세요, NAVER 정책지원팀입니다.

보내주신 {R1} 시정요구 공문 잘 받았습니다.
아래 카페 게시물은 해당 카페 운영 현황과 함께 검토한 뒤 순차적으로 조치할 예정입니다.

{N[3]}
{N[4]}
{N[5]}

조치가 완료되면 결과를 별도로 회신드리겠습니다.
감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal holding reply: received, will review and act in turn",
    why="Only promises ('조치할 예정'); names three requested URLs with no status: not_understood, all pending.",
    items={N[3]: "pending", N[4]: "pending", N[5]: "pending"},
)

# 27 -----------------------------------------------------------------
case(
    name="kakao-hedged-already-gone",
    from_="cafe_ops@daum.net", name_from="Daum 카페 운영팀",
    date=date(5, 9, 50), subject=f"Re: {req_subject(R2)}",
    reply_to_req=MID[R2],
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

문의하신 {K[1]} 게시물은 확인해 보니 이미 삭제된 것으로 보입니다.
{K[2]} 도 현재는 목록에 노출되지 않는 것 같은데, 정확한 상태는 내부 로그 확인 후 다시 말씀드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe operator tentative reply ('~것으로 보입니다', '~것 같은데')",
    why="Both statements are hedged ('보입니다', '것 같은데') and a later answer is promised: nothing applies.",
    items={K[1]: "pending", K[2]: "pending"},
)

# 28 -----------------------------------------------------------------
case(
    name="naver-bulk-all-twelve",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date=date(10, 10, 0), subject=f"[NAVER] 시정요구 조치 완료 안내 ({R1})",
    reply_to_req=MID[R1],
    body=f"""안녕하세요. NAVER 정책지원팀입니다.

방송통신심의위원회 시정요구 {R1} 건과 관련하여, 요청하신 게시물 12건에 대해 모두 삭제 조치를 완료하였음을 알려드립니다.

감사합니다.
NAVER 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="portal one-line 조치 완료 notice covering a whole multi-item request",
    why="'All 12 posts deleted' without naming any of them, for a twelve-item request: bulk, items pending.",
    items={N[1]: "pending", N[7]: "pending", N[12]: "pending"},
)

# 29 -----------------------------------------------------------------
case(
    name="dc-bulk-all-done",
    from_="manager@dcinside.com", name_from="디시인사이드 운영팀",
    date=date(7, 20, 5), subject=f"Re: {req_subject(R4)}",
    reply_to_req=MID[R4],
    body=f"""안녕하세요 디시인사이드 운영팀입니다.
{R4} 건으로 신고하신 글 전부 삭제했습니다. 작성자들도 차단 조치했습니다.
수고하세요.
""",
    outcome="review", review="bulk",
    imitates="DC Inside terse operator reply: 'all reported posts deleted'",
    why="Statement about all five items of the request without naming any: bulk.",
    items={D[1]: "pending", D[2]: "pending", D[5]: "pending"},
)

# 30 -----------------------------------------------------------------
case(
    name="naver-dmarc-fail",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    auth="fail",
    date=date(5, 3, 12), subject=f"RE: {req_subject(R1)}",
    reply_to_req=MID[R1],
    body=f"""안녕하세요. NAVER 정책지원팀입니다.

{N[3]} 게시물은 삭제 처리되었습니다.
{N[4]} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail whose DKIM/SPF/DMARC all fail",
    why="Claims from navercorp.com failing authentication: untrusted, nothing applies.",
    items={N[3]: "pending", N[4]: "pending"},
)

# 31 -----------------------------------------------------------------
case(
    name="cafe-manager-personal-gmail",
    from_="toto365.manager@gmail.com", name_from="스포츠토토365 카페매니저",
    date=date(5, 23, 41), subject=f"Re: {req_subject(R1)}",
    reply_to_req=MID[R1],
    body=f"""안녕하세요 스포츠토토365 카페 매니저입니다.
네이버에서 연락 받고 메일 드립니다.
{N[3]}
{N[4]}
두 글 제가 매니저 권한으로 삭제했습니다. 카페는 건전하게 운영하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager writing from a personal webmail account",
    why="Deletion statements from gmail.com, not a platform domain: unknown_sender.",
    items={N[3]: "pending", N[4]: "pending"},
)

# 32 -----------------------------------------------------------------
case(
    name="kakao-search-excludes-naver-blog",
    from_="search_policy@kakaocorp.com", name_from="카카오 검색정책팀",
    date=date(10, 15, 30), subject="[카카오] Daum 검색 결과 제외 처리 안내",
    body=f"""안녕하세요. 카카오 검색정책팀입니다.

방송통신심의위원회에서 참조로 전달해 주신 아래 게시물에 대해 Daum 검색 결과에서 삭제(노출 제외) 조치하였습니다.

- {N[7]}
- {N[9]}

원본 게시물은 타사 서비스에 게시된 것으로, 원문 삭제는 해당 서비스 사업자에게 요청해 주셔야 합니다.

카카오 검색정책팀
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao/Daum search de-indexing notice for another portal's blog posts",
    why="Kakao states removal for NAVER blog items (search de-listing only): wrong_platform, items stay pending.",
    items={N[7]: "pending", N[9]: "pending"},
)

# 33 -----------------------------------------------------------------
case(
    name="yt-asks-for-court-order",
    from_="legal-kr@google.com", name_from="YouTube 법무팀",
    date=date(6, 13, 26), subject=f"[{R3}] 추가 정보 요청",
    reply_to_req=MID[R3],
    body=f"""안녕하세요. YouTube 법무팀입니다.

{R3} 요청을 검토하기 위해 추가 정보가 필요합니다.

아래 동영상에 대해 문제가 된다고 판단하신 구체적인 부분(타임스탬프)과 근거 법령, 그리고 시정요구 결정서 사본을 보내주시기 바랍니다.
  - {Y[1]}
  - {Y[2]}

요청하신 정보를 받은 후 검토를 진행하겠습니다. 회신이 없는 경우 이 요청은 종결될 수 있습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal team asking for timestamps, legal basis and the decision document",
    why="Asks for more material before reviewing; no status: asks_more.",
    items={Y[1]: "pending", Y[2]: "pending"},
)

# 34 -----------------------------------------------------------------
case(
    name="band-conditional-deletion",
    from_="policy@band.us", name_from="BAND 운영정책팀",
    date=date(10, 11, 11), subject=f"RE: {req_subject(R5)}",
    reply_to_req=MID[R5],
    body=f"""안녕하세요, BAND 운영정책팀입니다.

{R5} 요청과 관련하여 아래 게시글 작성자에게 소명 기회를 부여하였습니다.
{B[1]}
{B[2]}

7일 이내에 소명 자료가 제출되지 않으면 해당 게시글은 삭제될 예정이며, 소명이 있을 경우 내용을 검토하여 결과를 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="BAND notice giving the author a chance to explain before deletion",
    why="Deletion is conditional and in the future ('삭제될 예정'): not a statement; both items pending.",
    items={B[1]: "pending", B[2]: "pending"},
)

# 35 -----------------------------------------------------------------
case(
    name="naver-holiday-notice",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date=date(13, 17, 0), subject="[NAVER] 추석 연휴 기간 요청 처리 일정 안내",
    body="""방송통신심의위원회 담당자님께

안녕하세요. NAVER 정책지원팀입니다.

추석 연휴(9월 14일~18일) 동안에는 긴급 건(불법촬영물, 아동·청소년 성착취물 등)을 제외한 요청 처리가 평소보다 늦어질 수 있습니다.
연휴 이후 접수 순서대로 처리하여 회신드리겠습니다.

연휴 중 긴급 연락처: 정책지원팀 당직 02-0000-0000

NAVER 정책지원팀 드림
""",
    outcome="review", review="no_claims",
    imitates="portal holiday scheduling notice to the regulator",
    why="Trusted NAVER mail naming no item and no request: no_claims.",
    items={},
)

# 36 -----------------------------------------------------------------
case(
    name="yt-lookalike-domain",
    from_="legal@youtube-support-kr.com", name_from="YouTube 법무팀",
    date=date(7, 2, 47), subject=f"[{R3}] YouTube 처리 결과",
    reply_to_req=MID[R3],
    body=f"""안녕하세요. YouTube 법무팀입니다.

{R3} 요청에 따라 아래 동영상을 삭제했습니다.
{Y[1]}
{Y[2]}
{Y[3]}

처리 확인서를 받으시려면 첨부 양식을 작성해 회신해 주십시오.
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike 'YouTube legal' sender from a domain that is not Google's",
    why="Sender domain youtube-support-kr.com is no platform's: unknown_sender, nothing applies.",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
)

# 37 -----------------------------------------------------------------
case(
    name="dc-under-review-list",
    from_="legal@dcinside.com", name_from="(주)디시인사이드 법무팀",
    date=date(9, 9, 5), subject=f"[디시인사이드] 시정요구 접수 및 처리 현황 ({R4})",
    reply_to_req=MID[R4],
    body=f"""방송통신심의위원회 담당자님께

{R4} 시정요구 5건의 처리 현황을 알려드립니다.

  1. {D[1]}  - 검토 중
  2. {D[2]}  - 검토 중
  3. {D[5]}  - 갤러리 매니저 의견 확인 중

검토가 끝나는 대로 최종 조치결과를 공문으로 회신하겠습니다.

(주)디시인사이드 법무팀
""",
    outcome="review", review="not_understood",
    imitates="DC Inside status update: each listed URL still under review",
    why="Lists requested URLs with 'under review' only: not_understood, all pending.",
    items={D[1]: "pending", D[2]: "pending", D[5]: "pending"},
)

# ================================================================ ignored

# 38 -----------------------------------------------------------------
case(
    name="naver-out-of-office",
    from_="seoyeon.lee@navercorp.com", name_from="이서연",
    date=date(3, 10, 31), subject=f"[자동응답] 부재중입니다: {req_subject(R1)}",
    reply_to_req=MID[R1],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 이서연입니다.

9월 3일(화)부터 9월 4일(수)까지 외부 교육으로 메일 확인이 어렵습니다.
급한 업무는 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답) from a portal employee",
    why="Auto-reply: ignored.",
    items={},
)

# 39 -----------------------------------------------------------------
case(
    name="kakao-ticket-receipt",
    from_="noreply-rights@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date=date(4, 11, 2), subject=f"[카카오] 신고가 접수되었습니다 (접수번호 RC-2409-00631)",
    reply_to_req=MID[R2],
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 요청이 정상적으로 접수되었습니다.
  - 접수번호: RC-2409-00631
  - 요청 제목: {req_subject(R2)}
  - 접수일시: 2024-09-04 11:02

담당자가 내용을 확인한 후 처리 결과를 메일로 안내해 드립니다.
처리 현황은 고객센터 > 나의 문의내역에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt (접수번호)",
    why="Pure receipt with a ticket number: ignored.",
    items={},
)

# 40 -----------------------------------------------------------------
_orig40 = f"""From: =?utf-8?b?{base64.b64encode('방송통신심의위원회'.encode()).decode()}?= <takedown@kcsc.example>
To: help@dcinside.com
Subject: =?utf-8?b?{base64.b64encode(req_subject(R4).encode()).decode()}?=
Date: Fri, 06 Sep 2024 14:10:00 +0900
Message-ID: <{MID[R4]}@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_text(R4)}
"""
case(
    name="dc-bounce-mailbox-unknown",
    from_="MAILER-DAEMON@mail.dcinside.com", name_from="Mail Delivery System",
    date=date(6, 14, 10, 9), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b689-40"

--dsn-b689-40
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<help@dcinside.com>: mailbox unavailable: user unknown

--dsn-b689-40
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Fri,  6 Sep 2024 14:10:03 +0900 (KST)

Final-Recipient: rfc822; help@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <help@dcinside.com>: Recipient address rejected: User unknown

--dsn-b689-40
Content-Type: message/rfc822

{_orig40}
--dsn-b689-40--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning the request with its URLs",
    why="Bounce carrying our own request: ignored.",
    items={D[1]: "pending"},
)

# 41 -----------------------------------------------------------------
case(
    name="yt-read-receipt",
    from_="legal-kr@google.com", name_from="YouTube 법무팀",
    date=date(5, 10, 2), subject=f"읽음: {req_subject(R3)}",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b689-41"

--mdn-b689-41
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "{req_subject(R3)}"을(를) 수신자가 2024-09-05 오전 10:02에 읽었습니다.

--mdn-b689-41
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <{MID[R3]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b689-41--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN, multipart/report disposition-notification) with a Korean human part",
    why="Read receipt: ignored.",
    items={},
)

# 42 -----------------------------------------------------------------
case(
    name="band-auto-ack",
    from_="noreply@band.us", name_from="BAND 고객센터",
    date=date(9, 10, 1), subject="[BAND] 문의가 정상적으로 접수되었습니다",
    reply_to_req=MID[R5],
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body=f"""안녕하세요, BAND 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (문의번호 BD-88412076)
영업일 기준 3일 이내에 순차적으로 답변드리겠습니다.

접수된 문의 제목: {req_subject(R5)}

※ 이 메일은 발신 전용 주소에서 발송되었습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND help-desk automatic acknowledgement with an inquiry number",
    why="Pure acknowledgement of receipt: ignored.",
    items={},
)

# 43 -----------------------------------------------------------------
case(
    name="naver-works-read-receipt",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date=date(10, 15, 21), subject=f"수신확인: {req_subject(R6)}",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b689-43"

--mdn-b689-43
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메시지는 수신확인 알림입니다.
제목: {req_subject(R6)}
수신자 policy@navercorp.com 님이 2024-09-10 15:21에 메일을 열람하였습니다.

--mdn-b689-43
Content-Type: message/disposition-notification

Reporting-UA: mail.worksmobile.com; NAVER WORKS Mail
Original-Recipient: rfc822;policy@navercorp.com
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <{MID[R6]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b689-43--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS 수신확인 (MDN)",
    why="Read receipt: ignored.",
    items={},
)

# 44 -----------------------------------------------------------------
case(
    name="kakao-bounce-quota",
    from_="MAILER-DAEMON@daum.net", name_from="Mail Delivery Subsystem",
    date=date(11, 10, 6), subject="메일 전송 실패 안내 (Delivery Status Notification)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b689-44"

--dsn-b689-44
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람의 메일함 용량이 초과되어 메일을 전달하지 못했습니다.
받는 사람: jikgu-mall-admin@daum.net
제목: {req_subject(R7)}

--dsn-b689-44
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net

Final-Recipient: rfc822; jikgu-mall-admin@daum.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-b689-44
Content-Type: text/rfc822-headers

From: takedown@kcsc.example
To: jikgu-mall-admin@daum.net
Subject: =?utf-8?b?{base64.b64encode(req_subject(R7).encode()).decode()}?=
Message-ID: <{MID[R7]}@kcsc.example>
Date: Wed, 11 Sep 2024 10:05:00 +0900

--dsn-b689-44--
""",
    outcome="ignored", classification="bounce",
    imitates="Daum mailbox-full DSN (Korean human part, rfc822-headers only)",
    why="Bounce: ignored.",
    items={},
)


# ---------------------------------------------------------------- write

HEADER = """# Blind set 689 (Korean portals and communities), written by make.py.
# Expected results written from each email's meaning, before any run of the reader.
"""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        # Real mailers send non-ASCII display names and subjects as RFC 2047 words.
        c["subject"] = enc_header(c["subject"])
        if "name_from" in c:
            c["name_from"] = enc_header(c["name_from"])
        cases.append(c)
    corpuslib.write_set(HERE, "blind689", HEADER, cases)


if __name__ == "__main__":
    main()
