#!/usr/bin/env python3
"""Blind set 749 (Korean portals): NAVER, Kakao/Daum/Tistory/Brunch, YouTube
Korea, DC Inside and BAND replying in Korean (공문 style replies, 임시조치
notices, 시정요구 조치결과 tables, informal operator replies).

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
Every expected result was written from the meaning of each email before the
reader was run. All names, ids and URLs are fictional.

    python3 tests/corpus/blind749/make.py
"""
import base64
import csv
import io
import os
import quopri
from email.header import Header
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind749"

# ---------------------------------------------------------------- requests
R01, R02, R03, R04, R05, R06, R07 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240906-03", "KCSC-240910-04",
    "KCSC-240911-05", "KCSC-240912-06", "KCSC-240913-07",
)


def mid(ref):
    return "req." + ref


IN_KO = "https://in.naver.com/별빛사냥/contents/internal/741209331"
TS_KO = "https://ondo-diary.tistory.com/entry/오늘의-추천-사이트"
YT_KO = "https://www.youtube.com/@밤하늘채널"


def enc(u):
    return quote(u, safe=":/?&=@%-._~")


N = [
    "https://blog.naver.com/moonlit_kiwi77/223561200481",
    "https://blog.naver.com/moonlit_kiwi77/223561200517",
    "https://cafe.naver.com/sunnyfarm2024/58213",
    "https://cafe.naver.com/sunnyfarm2024/58240",
    "https://cafe.naver.com/sunnyfarm2024/58302",
    "https://blog.naver.com/pale_orchard/223570004112",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230581",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38201177&memberNo=51230077",
    "https://blog.naver.com/stone_heron_3/223580911001",
    "https://cafe.naver.com/dreamtradehub/1120",
    "https://m.blog.naver.com/heavenly_lotto/223590017730",
    enc(IN_KO),
]
N06 = "https://blog.naver.com/quiet_maple_02/223600118220"
K = [
    "https://cafe.daum.net/greenvalley88/Xk7p/1523",
    "https://cafe.daum.net/greenvalley88/Xk7p/1530",
    "https://bluefox-notes.tistory.com/318",
    "https://brunch.co.kr/@harborlight/77",
]
K07 = enc(TS_KO)
Y = [
    "https://www.youtube.com/watch?v=kR8dQw2mZp0",
    "https://www.youtube.com/watch?v=Tg3vL9xNa41",
    enc(YT_KO),
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120345",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=330127",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=330188",
    "https://gall.dcinside.com/mini/board/view/?id=lucky7&no=5521",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120877",
]
B = [
    "https://band.us/band/81234567/post/4410",
    "https://band.us/band/81234567/post/4415",
]

REQUESTS = [
    (R01, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", N, "gambling", "불법 도박 사이트 홍보"),
    (R02, "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00", K, "drugs", "마약류 판매 광고"),
    (R03, "youtube", "2024-09-06T09:30:00+09:00", "2024-09-13T23:59:59+09:00", Y, "gambling", "도박 사이트 홍보 영상"),
    (R04, "dcinside", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00", D, "fraud", "리딩방 투자사기 유도"),
    (R05, "band", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00", B, "gambling", "사설 토토 홍보"),
    (R06, "naver", "2024-09-12T16:00:00+09:00", "2024-09-19T23:59:59+09:00", [N06], "obscene", "음란물 유통"),
    (R07, "kakao", "2024-09-13T09:00:00+09:00", "2024-09-20T23:59:59+09:00", [K07], "gambling", "불법 도박 사이트 링크"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(s):
    data = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def alt(text, html, bnd):
    return (
        f'Content-Type: multipart/alternative; boundary="{bnd}"\n\n'
        f"--{bnd}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b64(text)}\n"
        f"--{bnd}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b64(html)}\n"
        f"--{bnd}--\n"
    )


def with_csv(text, csv_text, filename, bnd):
    return (
        f'Content-Type: multipart/mixed; boundary="{bnd}"\n\n'
        f"--{bnd}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text.strip()}\n\n"
        f'--{bnd}\nContent-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\nContent-Transfer-Encoding: base64\n\n'
        f"{b64(chr(0xFEFF) + csv_text)}\n--{bnd}--\n"
    )


def quoted_request_outlook(ref, urls, sent):
    lines = [
        "-----Original Message-----",
        "From: 방송통신심의위원회 통신심의국 <takedown@kcsc.example>",
        f"Sent: {sent}",
        "To: policy@navercorp.com",
        f"Subject: [시정요구] {ref} 불법 도박 정보",
        "",
        "안녕하십니까, 방송통신심의위원회입니다.",
        "아래 정보에 대하여 정보통신망법에 따라 시정요구(삭제)하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "회신 기한: 2024. 9. 10.까지"]
    return "\n".join(lines)


SIG_NAVER = "네이버 주식회사 정책지원팀\n경기도 성남시 분당구 (가상 주소)\nhttps://policy.naver.com/policy/service.html"


def dated(day, hm, wd):
    return f"{wd}, {day:02d} Sep 2024 {hm}:07 +0900"


cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
# --- NAVER, request 01 (12 items)
rows01 = [
    (N[0], "삭제", "removed"),
    (N[1], "게시중단", "removed"),
    (N[2], "삭제", "removed"),
    (N[3], "임시조치(30일)", "restricted"),
    (N[4], "게시물 없음(작성자 삭제)", "not_found"),
    (N[5], "위반사항 없음 - 조치하지 않음", "rejected"),
    (N[6], "삭제", "removed"),
    (N[7], "비공개 처리", "removed"),
    (N[8], "삭제", "removed"),
    (N[9], "국내 접속 차단", "restricted"),
    (N[10], "삭제", "removed"),
    (IN_KO, "게시중단", "removed"),
]
table01 = "\n".join(f"{i:>2} | {u} | {r}" for i, (u, r, _) in enumerate(rows01, 1))
case(
    name="naver-gongmun-result-table",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dated(9, "15:21", "Mon"),
    subject=f"[회신] 시정요구({R01})에 대한 조치결과 통보",
    reply_to_req=mid(R01),
    body=f"""수신: 방송통신심의위원회 통신심의국
참조: 통신심의 담당자
제목: 시정요구({R01})에 대한 조치결과 통보

1. 귀 위원회의 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구 건에 대하여 아래와 같이 조치하였음을 알려드립니다.

연번 | 대상 URL | 조치결과
---- | -------- | --------
{table01}

※ 임시조치는 정보통신망법 제44조의2에 따라 30일간 해당 게시물에 대한 접근을 차단한 것입니다.
※ 연번 6은 검토 결과 불법정보에 해당하지 않는 것으로 판단되어 게시를 유지합니다.

끝.

{SIG_NAVER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구, with a 연번/URL/조치결과 table",
    why="one row per requested item, each with its own 조치결과; 임시조치 and 국내 접속 차단 are restrictions",
    items={u if u != IN_KO else N[11]: st for u, _, st in rows01},
)

html02 = f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물({R01})에 대한 1차 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>게시물 URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N[0]}">{N[0]}</a></td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{N[1]}">{N[1]}</a></td><td>삭제</td></tr>
<tr><td>3</td><td><a href="{N[2]}">{N[2]}</a></td><td>블라인드</td></tr>
<tr><td>4</td><td><a href="{N[3]}">{N[3]}</a></td><td>검토 중</td></tr>
<tr><td>5</td><td><a href="{N[4]}">{N[4]}</a></td><td>검토 중</td></tr>
</table>
<p>검토 중인 게시물은 처리가 끝나는 대로 다시 안내드리겠습니다.</p>
<p style="color:#888">본 메일은 발신전용입니다. 문의는 <a href="https://help.naver.com/support/contents/contents.help">네이버 고객센터</a>를 이용해 주세요.</p>
</body></html>"""
case(
    name="naver-html-first-batch",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=dated(4, "11:02", "Wed"),
    subject=f"[네이버] 게시물 처리 결과 안내 (1차) - {R01}",
    reply_to_req=mid(R01),
    type="html",
    body=html02,
    outcome="applied",
    imitates="NAVER customer-centre HTML result notice, first batch with some rows still 검토 중",
    why="rows 1-3 deleted/blinded; rows 4-5 are 'under review' and stay pending; help link is no item",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "pending", N[4]: "pending"},
)

csv03 = (
    "번호,URL,조치결과,조치일자\n"
    f"6,{N[5]},조치 불가(위반사항 없음),2024-09-06\n"
    f'7,"{N[6]}",삭제,2024-09-06\n'
    f'8,"{N[7]}",삭제,2024-09-06\n'
    f"9,{N[8]},임시조치,2024-09-06\n"
    f"10,{N[9]},해당 게시물 없음,2024-09-06\n"
    f"11,{N[10]},삭제,2024-09-06\n"
    f"12,{N[11]},삭제,2024-09-06\n"
)
case(
    name="naver-csv-attachment-rest",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dated(6, "17:40", "Fri"),
    subject=f"RE: [시정요구] {R01} 불법 도박 정보 - 조치결과 송부",
    reply_to_req=mid(R01),
    raw_mime=with_csv(
        f"""안녕하세요. 네이버 정책지원팀입니다.

{R01} 건 중 6번부터 12번까지의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
1번~5번은 9월 4일 고객센터를 통해 안내드린 바 있습니다.

감사합니다.
{SIG_NAVER}""",
        csv03, "KCSC-240903-01_result.csv", "=_nv_0906_a1"),
    outcome="applied",
    imitates="portal reply sending the 조치결과 as a CSV attachment",
    why="CSV gives one result per URL: 조치 불가(위반사항 없음)=rejected, 임시조치=restricted, 해당 게시물 없음=not_found",
    items={N[5]: "rejected", N[6]: "removed", N[7]: "removed", N[8]: "restricted",
           N[9]: "not_found", N[10]: "removed", N[11]: "removed"},
)

case(
    name="naver-single-item-blind-no-url",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dated(13, "10:15", "Fri"),
    subject=f"RE: [시정요구] {R06} 음란물 유통 정보",
    reply_to_req=mid(R06),
    body=f"""안녕하십니까, 네이버 정책지원팀입니다.

귀 위원회에서 시정요구하신 {R06} 건과 관련하여,
요청하신 블로그 게시물은 금일 오전 블라인드 처리되었음을 알려드립니다.

감사합니다.
{SIG_NAVER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="short NAVER reply confirming 블라인드 for a one-item 시정요구",
    why="an unhedged statement about 'the requested post' answering a one-item request",
    items={N06: "removed"},
)

case(
    name="naver-cafe-operator-informal",
    **{"from": "jihoon.park@navercorp.com"},
    name_from="박지훈 (네이버 카페 운영팀)",
    date=dated(5, "14:48", "Thu"),
    subject=f"Re: {R01} 카페 게시글 건",
    reply_to_req=mid(R01),
    body=f"""안녕하세요, 네이버 카페 운영팀 박지훈입니다.

보내주신 sunnyfarm2024 카페 글 건 확인했습니다.
{N[3]} 은 운영정책 위반이라 바로 삭제했고요,
{N[4]} 는 찾아보니 작성자가 이미 지운 글이라 따로 조치할 게 없었습니다.

58213번 글은 저희 팀이 아니라 정책지원팀에서 따로 회신드릴 거예요.
더 필요하신 거 있으면 편하게 연락 주세요!

박지훈 드림
""",
    outcome="applied",
    imitates="informal reply from a portal cafe-operations employee",
    why="58240 deleted; 58302 already deleted by its author = not_found; 58213 is only referred onward (no URL, no status)",
    items={N[3]: "removed", N[4]: "not_found"},
)

case(
    name="naver-outlook-top-posted-two",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dated(4, "18:03", "Wed"),
    subject=f"RE: [시정요구] {R01} 불법 도박 정보",
    reply_to_req=mid(R01),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.
문의하신 건 중 아래 2건 우선 회신드립니다.

- {N[8]} : 삭제 완료
- {N[9]} : 국내 접근 제한 조치

나머지 건은 확인 후 별도로 회신드리겠습니다.

{SIG_NAVER}

{quoted_request_outlook(R01, N, "Tuesday, September 3, 2024 10:00 AM")}
""",
    outcome="applied",
    imitates="Outlook top-posted partial answer over the regulator's quoted request",
    why="two items answered above the quote; the 12 URLs below -----Original Message----- are our own request",
    items={N[8]: "removed", N[9]: "restricted"},
)

case(
    name="naver-qp-kin-and-post",
    **{"from": "noreply@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date=dated(5, "09:31", "Thu"),
    subject=f"[네이버] 게시물 조치 결과 안내 ({R01})",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물에 대한 조치 결과를 안내드립니다.

지식iN 질문 {N[6]} 은 삭제되었습니다.
네이버 포스트 {N[7]} 은 비공개 처리되었습니다.

게시자는 조치일로부터 30일 이내에 이의를 제기할 수 있으며, 이의제기 접수 시 별도로 안내드립니다.

※ 본 메일은 발신 전용입니다.
"""),
    outcome="applied",
    imitates="NAVER rights-protection notice in quoted-printable (long URLs split by soft line breaks)",
    why="each URL has its own past-tense result: 삭제되었습니다, 비공개 처리되었습니다",
    items={N[6]: "removed", N[7]: "removed"},
)

case(
    name="naver-url-on-line-below",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dated(6, "13:12", "Fri"),
    subject=f"RE: [시정요구] {R01} 블로그 게시물 조치 결과",
    reply_to_req=mid(R01),
    body=f"""안녕하십니까. {R01} 관련 회신입니다.

다음 게시물은 임시조치(30일)를 하였습니다.
{N[10]}

다음 게시물은 검토 결과 법령 및 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.
{N[5]}

이상입니다.
{SIG_NAVER}
""",
    outcome="applied",
    imitates="portal reply with the statement on one line and the URL on the line below",
    why="임시조치 = restricted for the m.blog post; no violation found = rejected for pale_orchard",
    items={N[10]: "restricted", N[5]: "rejected"},
)

case(
    name="naver-korean-path-fullwidth-parens",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dated(5, "16:26", "Thu"),
    subject=f"[회신] {R01} 인플루언서 콘텐츠 조치",
    reply_to_req=mid(R01),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 네이버 인플루언서 콘텐츠（{IN_KO}）는 게시중단 조치를 완료하였습니다.
해당 인플루언서에게는 운영정책에 따른 경고가 함께 부여되었습니다.

{SIG_NAVER}
""",
    outcome="applied",
    imitates="NAVER reply naming a raw Korean-path URL inside full-width parentheses",
    why="게시중단 조치를 완료 = removed; the raw 별빛사냥 path matches its percent-encoded form",
    items={N[11]: "removed"},
)

case(
    name="naver-echoed-report-blocks",
    **{"from": "report-noreply@naver.com"},
    name_from="네이버 신고센터",
    date=dated(4, "20:44", "Wed"),
    subject="[네이버 신고센터] 신고하신 게시물의 처리 결과입니다",
    body=f"""네이버 신고센터에서 알려드립니다.
방송통신심의위원회 담당자님께서 접수하신 신고({R01})의 처리 결과입니다.

[신고 접수 내용]
신고 번호: NV-RPT-20240903-00812
신고 URL: {N[0]}
신고 사유: 불법정보(도박)
처리 결과: 게시중단

신고 번호: NV-RPT-20240903-00813
신고 URL: {N[1]}
신고 사유: 불법정보(도박)
처리 결과: 임시조치 (30일간 게시물 접근 차단)

처리 결과에 대한 자세한 기준은 네이버 운영정책(https://policy.naver.com/rules/service.html)을 참고해 주세요.
""",
    outcome="applied",
    imitates="NAVER report-centre result mail echoing each report's fields with 처리 결과",
    why="each echoed block pairs one URL with its result: 게시중단=removed, 임시조치=restricted",
    items={N[0]: "removed", N[1]: "restricted"},
)

case(
    name="naver-gmail-style-quote",
    **{"from": "cafe-ops@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date=dated(4, "09:58", "Wed"),
    subject=f"Re: [시정요구] {R01} 불법 도박 정보",
    reply_to_req=mid(R01),
    body=f"""카페 관련 2건 먼저 답변드립니다.

{N[2]} → 삭제했습니다.
{N[4]} → 존재하지 않는 게시물입니다. (작성자가 이미 삭제)

나머지 블로그/포스트 건은 담당 부서에서 회신 예정입니다.

네이버 카페 운영팀 드림

2024년 9월 3일 (화) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
> 아래 정보에 대하여 시정요구(삭제)하오니 조치 후 결과를 회신하여 주시기 바랍니다.
>
""" + "\n".join(f"> {i}. {u}" for i, u in enumerate(N, 1)) + "\n",
    outcome="applied",
    imitates="Gmail-style Korean reply ('…님이 작성:') over the '>'-quoted request",
    why="two cafe posts answered with arrows; the quoted list and the promise for the rest change nothing",
    items={N[2]: "removed", N[4]: "not_found"},
)

case(
    name="naver-done-and-promise",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dated(4, "13:30", "Wed"),
    subject=f"RE: [시정요구] {R01} 진행 상황",
    reply_to_req=mid(R01),
    body=f"""안녕하세요, 네이버 정책지원팀입니다. 현재까지 진행 상황 공유드립니다.

1. {N[0]} - 삭제 완료
2. {N[1]} - 추가 검토 후 조치 예정

2번은 게시자 소명 절차가 남아 있어 결과가 나오는 대로 말씀드리겠습니다.

{SIG_NAVER}
""",
    outcome="applied",
    imitates="portal progress update mixing a done item with a promised one",
    why="item 1 deleted; item 2 only promised (조치 예정) and stays pending",
    items={N[0]: "removed", N[1]: "pending"},
)

# --- Kakao, requests 02 and 07
case(
    name="kakao-gongmun-numbered",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=dated(9, "10:40", "Mon"),
    subject=f"시정요구({R02})에 대한 조치결과 회신",
    reply_to_req=mid(R02),
    body=f"""수신  방송통신심의위원회 (통신심의 담당자)
발신  주식회사 카카오 권리침해신고센터
제목  시정요구({R02})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 요청하신 시정요구 건에 대하여 아래와 같이 조치하였음을 회신합니다.

  - 아     래 -

  가. {K[0]} : 삭제
  나. {K[1]} : 삭제
  다. {K[2]} : 임시조치(30일)
  라. {K[3]} : 해당 URL 확인 불가(존재하지 않는 페이지)

3. 기타 문의사항은 본 메일로 회신 주시기 바랍니다.  끝.

주식회사 카카오 권리침해신고센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 공문-style 조치결과 회신 with 가/나/다/라 items",
    why="each 가-라 line gives one URL its result; 확인 불가(존재하지 않는 페이지)=not_found",
    items={K[0]: "removed", K[1]: "removed", K[2]: "restricted", K[3]: "not_found"},
)

html_k11 = f"""<html><body>
<div style="border-top:3px solid #ffcd00;padding:16px;font-size:13px">
<h3>Daum 카페 게시물 블라인드 처리 안내</h3>
<p>방송통신심의위원회의 시정요구({R02})에 따라 아래 게시물을 블라인드 처리하였습니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>카페</th><th>게시물 주소</th><th>조치</th><th>조치일</th></tr>
<tr><td>greenvalley88</td><td>{K[0]}</td><td>블라인드</td><td>2024.09.06</td></tr>
<tr><td>greenvalley88</td><td>{K[1]}</td><td>블라인드</td><td>2024.09.06</td></tr>
</table>
<p>블라인드 처리된 게시물은 카페 회원을 포함한 모든 이용자에게 노출되지 않습니다.</p>
<p><a href="https://cs.daum.net/faq/63.html">Daum 고객센터 도움말</a></p>
</div></body></html>"""
case(
    name="kakao-daum-cafe-blind-html",
    **{"from": "noreply@daum.net"},
    name_from="Daum 카페",
    date=dated(6, "15:05", "Fri"),
    subject="[Daum 카페] 게시물 블라인드 처리 안내",
    type="html",
    body=html_k11,
    outcome="applied",
    imitates="Daum cafe 블라인드 notice as an HTML-only table",
    why="two rows, each URL 블라인드 (hidden from every user) = removed",
    items={K[0]: "removed", K[1]: "removed"},
)

case(
    name="kakao-tistory-korean-path-single",
    **{"from": "tistory-help@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date=dated(13, "17:22", "Fri"),
    subject=f"[티스토리] 시정요구 게시물 처리 결과 ({R07})",
    reply_to_req=mid(R07),
    body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 게시물 {TS_KO} 에 대해
운영정책 위반(불법 사행성 정보)을 확인하여 관리자 권한으로 비공개 처리하였습니다.

블로그 운영자에게는 처리 사실과 이의제기 방법이 함께 안내되었습니다.

감사합니다.
티스토리 운영팀
""",
    outcome="applied",
    imitates="Tistory (Kakao) operator notice naming a raw Korean entry path",
    why="관리자 권한으로 비공개 처리 = removed; raw Korean path matches the encoded request URL",
    items={K07: "removed"},
)

case(
    name="kakao-base64-removed-and-kept",
    **{"from": "brunch-cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=dated(10, "11:50", "Tue"),
    subject=f"문의하신 내용에 대한 답변입니다 [{R02}]",
    reply_to_req=mid(R02),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(
        f"""안녕하세요, 카카오 고객센터입니다.
문의하신 게시물 2건에 대해 답변드립니다.

티스토리 게시물 {K[2]}
: 불법 의약품 판매 광고로 확인되어 삭제 조치 완료하였습니다.

브런치 글 {K[3]}
: 검토 결과 브런치 운영정책에 위반되지 않는 것으로 판단되어 게시 상태를 유지합니다.

추가 문의는 고객센터(https://cs.kakao.com/helps?service=62)로 남겨 주세요.
감사합니다.
"""),
    outcome="applied",
    imitates="Kakao customer-centre answer in a base64 body, one item removed and one kept",
    why="tistory/318 deleted; brunch/77 judged not violating and kept = rejected",
    items={K[2]: "removed", K[3]: "rejected"},
)

# --- YouTube, request 03
case(
    name="youtube-korean-legal-outcomes",
    **{"from": "youtube-legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date=dated(11, "08:14", "Wed"),
    subject=f"Re: [{R03}] 대한민국 법률에 따른 콘텐츠 삭제 요청",
    reply_to_req=mid(R03),
    body=f"""안녕하세요.

{R03} 관련 요청을 검토한 결과를 알려드립니다.

• {Y[0]}
  현지 법률에 따라 대한민국에서 해당 콘텐츠에 대한 액세스를 제한했습니다.

• {Y[1]}
  YouTube 커뮤니티 가이드 위반으로 동영상을 삭제했습니다.

• {YT_KO}
  YouTube 서비스 약관 위반으로 채널이 해지되었습니다.

YouTube의 법적 요청 처리 방식에 대한 자세한 내용은 https://support.google.com/youtube/answer/6154218 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (local-law block vs guideline removal vs channel termination)",
    why="Korea-only block = restricted; video deleted = removed; channel terminated = removed; support link is no item",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "removed"},
)

case(
    name="youtube-english-actioned-and-kept",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=dated(9, "02:37", "Mon"),
    subject=f"[{R03}] Your legal request",
    reply_to_req=mid(R03),
    body=f"""Hello,

Thanks for reaching out to us. We have completed our review of the following:

- {Y[0]} -- This content has been actioned under our policies.
- {Y[1]} -- We did not find a violation of our Community Guidelines or local law. The video remains available on YouTube.

We'll get back to you separately about the channel in your request.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube LegalOps English outcome email with per-URL dashes",
    why="'actioned under our policies' = removed (platform phrase); no violation, remains available = rejected",
    items={Y[0]: "removed", Y[1]: "rejected"},
)

case(
    name="youtube-age-restriction-one",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=dated(10, "04:05", "Tue"),
    subject=f"Re: [{R03}] Your legal request - update",
    reply_to_req=mid(R03),
    body=f"""Hi there,

We've reviewed {Y[1]} and applied an age restriction to it, so it can no longer be viewed by signed-out users or users under 18.
The other two items in your request are still under review, and we'll follow up once we have an outcome.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

Best,
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube update applying an age restriction to one video",
    why="age restriction = restricted; the 'other two items' are under review and not named",
    items={Y[1]: "restricted"},
)

# --- DC Inside, request 04
dc_rows = [(D[0], "삭제"), (D[1], "삭제"), (D[2], "삭제 및 작성자 차단"),
           (D[3], "게시물 없음 (작성자 자진 삭제)"), (D[4], "삭제")]
case(
    name="dcinside-gongmun-table",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=dated(11, "16:50", "Wed"),
    subject=f"[디시인사이드] 시정요구({R04}) 조치결과 회신",
    reply_to_req=mid(R04),
    body=f"""방송통신심의위원회 통신심의 담당자님께

(주)디시인사이드 운영팀입니다.
귀 위원회의 시정요구({R04})에 대한 조치결과를 아래와 같이 회신합니다.

+----+------------------------------------------------------------------------+---------------------------------+
| 번호 | 게시물 주소                                                              | 조치 결과                        |
+----+------------------------------------------------------------------------+---------------------------------+
""" + "\n".join(f"| {i}  | {u:<70} | {r} |" for i, (u, r) in enumerate(dc_rows, 1)) + """
+----+------------------------------------------------------------------------+---------------------------------+

조치일시: 2024-09-11 16:30

(주)디시인사이드 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 시정요구 조치결과 회신 with an ASCII-boxed table",
    why="one row per post: four deletions (one with the author banned), one already deleted by its author = not_found",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed"},
)

case(
    name="dcinside-informal-angle-brackets",
    **{"from": "gall-manager@dcinside.com"},
    name_from="디시 갤러리 관리",
    date=dated(10, "21:12", "Tue"),
    subject=f"Re: {R04}",
    reply_to_req=mid(R04),
    body=f"""관리자입니다.
요청하신 글 중에 <{D[0]}>, <{D[4]}> 두 개는 방금 삭제했습니다.
나머지는 마이너갤 쪽이라 내일 중으로 확인해볼게요.
""",
    outcome="applied",
    imitates="terse informal DC Inside admin reply with URLs in angle brackets",
    why="both bracketed posts 'just deleted'; the rest only promised without URLs",
    items={D[0]: "removed", D[4]: "removed"},
)

csv_dc = (
    "번호,게시물URL,처리결과,처리일시\n"
    f'2,"{D[1]}",삭제,2024-09-12 10:02\n'
    f'3,"{D[2]}",블라인드,2024-09-12 10:03\n'
    f'4,"{D[3]}",존재하지 않는 게시물,2024-09-12 10:03\n'
)
case(
    name="dcinside-csv-minor-galleries",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=dated(12, "10:20", "Thu"),
    subject=f"Re: {R04} 마이너/미니 갤러리 처리 결과",
    reply_to_req=mid(R04),
    raw_mime=with_csv(
        f"""안녕하세요, 디시인사이드 운영팀입니다.
{R04} 중 마이너·미니 갤러리 게시물 처리 결과를 첨부합니다.
확인 부탁드립니다.""",
        csv_dc, "dc_result_0912.csv", "----=_dc_0912"),
    outcome="applied",
    imitates="DC Inside result list sent as a CSV attachment",
    why="CSV rows: 삭제=removed, 블라인드=removed, 존재하지 않는 게시물=not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dcinside-done-and-hedged",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=dated(11, "09:40", "Wed"),
    subject=f"RE: [시정요구] {R04}",
    reply_to_req=mid(R04),
    body=f"""디시인사이드 운영팀입니다.

{D[0]}
위 게시물은 삭제 처리했습니다.

{D[1]}
위 게시물은 확인해 보니 이미 삭제된 것 같습니다. 서버 로그 확인 후 다시 말씀드리겠습니다.
""",
    outcome="applied",
    imitates="operator reply with one firm result and one hedged one",
    why="stock_new2/9120345 deleted; coin_talk/330127 'seems already deleted' is a hedge and stays pending",
    items={D[0]: "removed", D[1]: "pending"},
)

# --- BAND, request 05
case(
    name="band-numbered-arrows",
    **{"from": "policy@band.us"},
    name_from="BAND 운영정책팀",
    date=dated(12, "14:02", "Thu"),
    subject=f"[BAND] 시정요구 게시글 처리 결과 안내 ({R05})",
    reply_to_req=mid(R05),
    body=f"""안녕하세요. BAND 운영정책팀입니다.
요청하신 게시글 처리 결과를 안내드립니다.

1) {B[0]}
   → 운영정책 위반(불법 사행성 홍보)으로 게시글 삭제
2) {B[1]}
   → 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
""",
    outcome="applied",
    imitates="BAND policy-team result notice with numbered items and arrows",
    why="post 4410 deleted; post 4415 no violation found and left = rejected; policy link is no item",
    items={B[0]: "removed", B[1]: "rejected"},
)

band_text = f"""BAND 게시글 조치 안내 ({R05})

- 게시글 1: {B[0]} - 삭제
- 게시글 2: {B[1]} - 삭제

조치된 게시글은 밴드 멤버를 포함한 누구에게도 보이지 않습니다.
"""
band_html = f"""<html><body>
<p><b>BAND 게시글 조치 안내</b> ({R05})</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>대상</th><th>조치</th></tr>
<tr><td><a href="{B[0]}">게시글 1 보기</a></td><td>삭제</td></tr>
<tr><td><a href="{B[1]}">게시글 2 보기</a></td><td>삭제</td></tr>
</table>
<p>조치된 게시글은 밴드 멤버를 포함한 누구에게도 보이지 않습니다.</p>
</body></html>"""
case(
    name="band-alternative-linked-table",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date=dated(13, "11:11", "Fri"),
    subject="[BAND] 게시글 조치 안내",
    raw_mime=alt(band_text, band_html, "b_alt_0913"),
    outcome="applied",
    imitates="BAND notification in multipart/alternative, HTML rows linking each post",
    why="both posts named (plain part by URL, HTML by href) with 삭제",
    items={B[0]: "removed", B[1]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-only",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dated(3, "17:55", "Tue"),
    subject=f"RE: [시정요구] {R01} 불법 도박 정보",
    reply_to_req=mid(R01),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

아래 게시물은 내부 검토를 거쳐 순차적으로 삭제될 예정입니다.
- {N[0]}
- {N[1]}

조치가 완료되면 결과를 다시 안내드리겠습니다.
{SIG_NAVER}
""",
    outcome="review",
    review="not_understood",
    imitates="portal 'will be deleted after internal review' reply",
    why="삭제될 예정 is a promise: both named items stay pending",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="kakao-bulk-all-four",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=dated(6, "18:30", "Fri"),
    subject=f"RE: 시정요구({R02}) 처리 완료",
    reply_to_req=mid(R02),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

시정요구하신 {R02} 건의 게시물 4건은 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="one-line 'all N posts deleted' reply without per-item lines",
    why="a statement about all four items that names none of them, for a four-item request",
    items={K[0]: "pending", K[1]: "pending", K[2]: "pending", K[3]: "pending"},
)

case(
    name="dcinside-auth-fail",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    auth="fail",
    date=dated(11, "02:14", "Wed"),
    subject=f"RE: [시정요구] {R04} 조치 완료",
    reply_to_req=mid(R04),
    body=f"""디시인사이드 운영팀입니다.
{D[0]} 게시물은 삭제 조치하였습니다.
""",
    outcome="review",
    review="untrusted",
    imitates="DC Inside-looking reply whose DKIM/SPF/DMARC fail",
    why="a clear deletion, but the sender domain does not authenticate",
    items={D[0]: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    **{"from": "sunnyfarm.manager@gmail.com"},
    name_from="써니팜 카페매니저",
    date=dated(4, "22:10", "Wed"),
    subject=f"Re: [시정요구] {R01} 관련 카페 게시글",
    body=f"""안녕하세요 써니팜 카페 매니저입니다.
네이버 쪽에서 연락받고 저희 카페 글 확인했어요.
{N[2]}
{N[3]}
두 글 모두 제가 삭제했고 작성자는 강퇴 처리했습니다.
앞으로 이런 글 안 올라오게 관리하겠습니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="a NAVER cafe's volunteer manager answering from a personal Gmail address",
    why="names our request and two URLs but comes from no platform's domain",
    items={N[2]: "pending", N[3]: "pending"},
)

case(
    name="youtube-korean-hedge",
    **{"from": "youtube-legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date=dated(7, "03:12", "Sat"),
    subject=f"Re: [{R03}] 대한민국 법률에 따른 콘텐츠 삭제 요청",
    reply_to_req=mid(R03),
    body=f"""안녕하세요.

요청하신 동영상 {Y[0]} 은 업로더에 의해 이미 삭제되었을 수 있습니다.
나머지 콘텐츠는 검토가 진행 중이며, 결과가 나오는 대로 안내해 드리겠습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube Korean interim reply with a hedged 'may have been removed by the uploader'",
    why="삭제되었을 수 있습니다 is a hedge; the rest is under review",
    items={Y[0]: "pending"},
)

case(
    name="kakao-asks-documents",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=dated(6, "10:05", "Fri"),
    subject=f"[카카오] 추가 자료 요청 ({R02})",
    reply_to_req=mid(R02),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물 중 {K[2]} 에 대한 처리를 위해
시정요구 결정서 사본 및 불법정보 판단 근거 자료가 추가로 필요합니다.

자료를 본 메일로 회신해 주시면 확인 후 처리하겠습니다.
자료가 접수되지 않으면 처리가 지연될 수 있는 점 양해 부탁드립니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Kakao rights-centre request for supporting documents before acting",
    why="asks us for the decision copy before processing; no status for the named post",
    items={K[2]: "pending"},
)

case(
    name="naver-about-band-post",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dated(12, "09:20", "Thu"),
    subject="BAND 게시글 관련 회신",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.
BAND 서비스 관련하여 문의 주신 건 회신드립니다.

{B[0]} 게시글은 BAND 운영팀 확인 후 삭제되었습니다.

BAND는 별도 법인(네이버밴드)이 운영하므로 이후 문의는 policy@band.us 로 보내주시면 더 빠르게 처리됩니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="parent-company (NAVER) reply about a BAND post",
    why="navercorp.com is not a BAND sender domain; a status for another platform's item goes to a person",
    items={B[0]: "pending"},
)

case(
    name="band-policy-newsletter",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date=dated(12, "12:00", "Thu"),
    subject="[BAND] 운영정책 개정 안내",
    body="""안녕하세요, BAND입니다.

BAND 운영정책이 2024년 10월 1일부로 일부 개정됩니다.

주요 개정 내용
- 불법 사행성 정보 게시 시 제재 기준 구체화
- 신고 처리 결과 안내 방식 개선 (앱 알림 및 이메일 병행)

자세한 내용은 https://band.us/policy/operation 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="BAND policy-change notice sent to every registered reporter",
    why="trusted BAND mail that names no requested item and refers to no request",
    items={},
)

case(
    name="naver-forwarded-manager-reply",
    **{"from": "cafe-ops@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date=dated(5, "10:44", "Thu"),
    subject=f"Fwd: 드림트레이드허브 카페 게시글 건 ({R01})",
    reply_to_req=mid(R01),
    body=f"""안녕하세요, 카페 운영팀입니다.
해당 카페 매니저에게서 받은 답변 전달드립니다. 참고 부탁드립니다.

---------- Forwarded message ---------
보낸사람: 드림트레이드 매니저 <dreamtrade.mgr@gmail.com>
Date: 2024년 9월 4일 (수) 오후 11:02
Subject: Re: 카페 게시글 삭제 요청
To: <cafe-ops@navercorp.com>

안녕하세요 매니저입니다.
{N[9]} 글은 제가 삭제했고 작성자 활동정지 했습니다.
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="portal staff forwarding a cafe manager's answer without stating anything themselves",
    why="the only statement is the forwarded one from a Gmail address, not NAVER's own",
    items={N[9]: "pending"},
)

case(
    name="youtube-counter-notice-condition",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=dated(8, "05:49", "Sun"),
    subject=f"[{R03}] Your legal request - pending uploader response",
    reply_to_req=mid(R03),
    body=f"""Hello,

We have notified the uploader of {Y[1]} about your request.
If the uploader does not respond within 10 business days, the video will be removed from YouTube.
We'll let you know the final outcome.

Regards,
The YouTube Legal Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube notice that a removal depends on the uploader not answering",
    why="conditional future removal; the video stays pending",
    items={Y[1]: "pending"},
)

case(
    name="kakao-lookalike-domain",
    **{"from": "notice@kakao-safety-center.com"},
    name_from="카카오 안전센터",
    date=dated(7, "23:30", "Sat"),
    subject=f"[카카오] 시정요구({R02}) 조치 결과",
    body=f"""방송통신심의위원회 담당자님,

요청하신 다음 카페 게시물 조치 결과입니다.
{K[0]} - 삭제
{K[1]} - 삭제

상세 내역은 아래 링크에서 로그인 후 확인해 주세요.
https://kakao-safety-center.com/kcsc/login
""",
    outcome="review",
    review="unknown_sender",
    imitates="look-alike 'Kakao' domain mail stating removals and asking for a login",
    why="kakao-safety-center.com is no platform's sender domain",
    items={K[0]: "pending", K[1]: "pending"},
)

case(
    name="youtube-google-auth-fail",
    **{"from": "youtube-legal-kr@google.com"},
    name_from="YouTube 법무팀",
    auth="fail",
    date=dated(9, "19:19", "Mon"),
    subject=f"Re: [{R03}] 처리 완료",
    reply_to_req=mid(R03),
    body=f"""안녕하세요.
{Y[0]} 동영상은 삭제되었습니다.
감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="google.com-looking YouTube reply failing authentication",
    why="From google.com but dkim/spf/dmarc fail",
    items={Y[0]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-helpdesk-receipt",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=dated(3, "10:03", "Tue"),
    subject=f"[네이버 고객센터] 문의가 접수되었습니다. (Re: [시정요구] {R01})",
    reply_to_req=mid(R01),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409031000412

접수된 순서대로 확인 후 답변드리겠습니다.
답변은 고객센터 > 내 문의내역에서도 확인하실 수 있습니다.

※ 본 메일은 발신전용으로 회신되지 않습니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER help-centre automatic 문의 접수 receipt with a 접수번호",
    why="pure receipt: no item, no status",
    items={},
)

case(
    name="kakao-chuseok-out-of-office",
    **{"from": "minji.seo@kakaocorp.com"},
    name_from="서민지",
    date=dated(13, "09:01", "Fri"),
    subject=f"[자동응답] 부재중 안내: [시정요구] {R07} 불법 도박 사이트 링크",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 서민지입니다.
추석 연휴 및 개인 휴가로 9월 13일(금)부터 9월 20일(금)까지 부재중입니다.
급한 용무는 권리침해신고센터(right@kakaocorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply, no statement",
    items={},
)

dsn_dc = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_dc_0910"

--dsn_dc_0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mailstore.dcinside.com[192.0.2.41] said:
    550 5.1.1 <report@dcinside.com>: Recipient address rejected: User unknown

--dsn_dc_0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Tue, 10 Sep 2024 14:00:03 +0900

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn_dc_0910
Content-Type: text/rfc822-headers

From: 방송통신심의위원회 <takedown@kcsc.example>
To: report@dcinside.com
Subject: [시정요구] {R04} 리딩방 투자사기 유도
Message-ID: <{mid(R04)}@kcsc.example>
Date: Tue, 10 Sep 2024 14:00:00 +0900

--dsn_dc_0910--
"""
case(
    name="dcinside-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    date=dated(10, "14:00", "Tue"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=dsn_dc,
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) for the request sent to a wrong DC Inside address",
    why="a delivery failure report; it carries our request's headers only",
    items={},
)

mdn_band = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_band_11"

--mdn_band_11
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
제목: [시정요구] {R05} 사설 토토 홍보
읽은 시각: 2024-09-11 10:42

--mdn_band_11
Content-Type: message/disposition-notification

Reporting-UA: mail.band.us; Band Mail
Final-Recipient: rfc822; policy@band.us
Original-Message-ID: <{mid(R05)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_band_11--
"""
case(
    name="band-read-receipt",
    **{"from": "policy@band.us"},
    name_from="BAND 운영정책팀",
    date=dated(11, "10:42", "Wed"),
    subject=f"읽음 확인: [시정요구] {R05} 사설 토토 홍보",
    raw_mime=mdn_band,
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, 읽음 확인)",
    why="read receipt only",
    items={},
)

case(
    name="youtube-legal-ticket-receipt",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=dated(6, "09:34", "Fri"),
    subject=f"[8-2417000031954] We've received your request [{R03}]",
    reply_to_req=mid(R03),
    body="""Hello,

Thanks for contacting YouTube. This automated message confirms that we've received your legal request.
Your reference number is 8-2417000031954. Please keep this number in any follow-up correspondence.

Our team reviews requests in the order they are received. You don't need to reply to this message.

The YouTube Legal Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="YouTube automated legal-request receipt with a reference number",
    why="receipt only, no item statement",
    items={},
)

case(
    name="naver-staff-out-of-office-quoting",
    **{"from": "sujin.han@navercorp.com"},
    name_from="한수진",
    date=dated(3, "10:01", "Tue"),
    subject=f"자동 회신: [시정요구] {R01} 불법 도박 정보",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""9월 3일부터 9월 6일까지 해외 출장으로 메일 확인이 어렵습니다.
급한 건은 정책지원팀 공용 메일(policy@navercorp.com)로 보내주세요.

I am out of office until 6 September with limited access to email.

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Subject: [시정요구] {R01} 불법 도박 정보

아래 정보에 대하여 시정요구(삭제)하오니 조치 후 결과를 회신하여 주시기 바랍니다.
1. {N[0]}
2. {N[1]}
3. {N[2]}
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook bilingual automatic reply quoting the start of the request",
    why="out-of-office; the URLs are only in our quoted request",
    items={},
)

dsn_daum = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_daum_05"

--dsn_daum_05
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일을 전달하지 못했습니다.
수신자의 메일함 용량이 초과되어 메일을 보관할 수 없습니다.

수신자: cafe-report@daum.net
사유: 552 5.2.2 Mailbox full

--dsn_daum_05
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.daum.net

Final-Recipient: rfc822; cafe-report@daum.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn_daum_05
Content-Type: message/rfc822

From: 방송통신심의위원회 <takedown@kcsc.example>
To: cafe-report@daum.net
Subject: [시정요구] {R02} 마약류 판매 광고
Message-ID: <{mid(R02)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

아래 게시물에 대해 시정요구합니다.
1. {K[0]}
2. {K[1]}

--dsn_daum_05--
"""
case(
    name="daum-dsn-mailbox-full",
    **{"from": "mailer-daemon@daum.net"},
    name_from="Daum Mail Delivery",
    date=dated(5, "11:00", "Thu"),
    subject="[메일 전송 실패] 수신자의 메일함 용량 초과",
    raw_mime=dsn_daum,
    outcome="ignored",
    classification="bounce",
    imitates="Korean webmail DSN (552 mailbox full) carrying the original request",
    why="bounce; the two URLs are in our returned request only",
    items={},
)


HEADER = f"""# Blind set 749 (Korean portals). Written from each email's meaning before
# any run of the reader. Generated by make.py; do not edit by hand.
# Requests: {R01} (naver, 12), {R02} (kakao, 4), {R03} (youtube, 3),
# {R04} (dcinside, 5), {R05} (band, 2), {R06} (naver, 1), {R07} (kakao, 1).
"""

def encode_headers(c):
    """Korean display names and subjects as RFC 2047 encoded words, as
    Korean webmail and ticket systems send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode(maxlinelen=76, linesep="\n")


if __name__ == "__main__":
    write_requests()
    for c in cases:
        encode_headers(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)
    n = {}
    for c in cases:
        n[c["outcome"]] = n.get(c["outcome"], 0) + 1
    print(len(cases), "cases", n)
