#!/usr/bin/env python3
"""Blind set 191 (Korean): replies from NAVER, Kakao/Daum/Tistory/Brunch,
YouTube Korea, DC Inside and BAND, mostly written in Korean.

    python3 tests/corpus/blind191/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: no clock,
no randomness. Every expected result was written from the email's meaning
before the reader was ever run on this set.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


def h(s):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64_part(text, ctype="text/plain"):
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            + base64.encodebytes(text.encode("utf-8")).decode("ascii"))


def qp_part(text, ctype="text/plain"):
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + quopri.encodestring(text.encode("utf-8")).decode("ascii"))


def multipart(subtype, boundary, parts, params=""):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
    s += "This is a multi-part message in MIME format.\n"
    for p in parts:
        s += f"\n--{boundary}\n" + p.strip("\n") + "\n"
    s += f"\n--{boundary}--\n"
    return s


# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/silverfox_77/223560011201",
    "https://blog.naver.com/silverfox_77/223560011388",
    "https://blog.naver.com/haneul_trade/223561420077",
    "https://cafe.naver.com/jjangstock/184220",
    "https://cafe.naver.com/jjangstock/184231",
    "https://cafe.naver.com/moneyclub2024/5512",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=470112233",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120045&memberNo=55102231",
    "https://blog.naver.com/bluewave_kr/223562090014",
    "https://cafe.naver.com/moneyclub2024/5530",
    "https://tv.naver.com/v/58110234",
    "https://blog.naver.com/haneul_trade/223563310456",
]
K3_RAW = "https://moonlight-note.tistory.com/entry/리딩방-수익-인증"
K = [
    "https://cafe.daum.net/grayharbor/Zk3p/1042",
    "https://cafe.daum.net/grayharbor/Zk3p/1057",
    "https://moonlight-note.tistory.com/entry/%EB%A6%AC%EB%94%A9%EB%B0%A9-%EC%88%98%EC%9D%B5-%EC%9D%B8%EC%A6%9D",
    "https://brunch.co.kr/@quietpen/88",
    "https://tv.kakao.com/v/441203377",
]
Y = [
    "https://www.youtube.com/watch?v=kR7dQ2xLm0a",
    "https://www.youtube.com/watch?v=Pz9wT4bN1qE",
    "https://www.youtube.com/shorts/Hq3vL8cX2sY",
    "https://www.youtube.com/@dalbit_signal_tv",
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981234",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmoa&no=551020",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmoa&no=551077",
]
B = [
    "https://band.us/band/80112345/post/2107",
    "https://band.us/band/80112345/post/2119",
]
S1 = "https://blog.naver.com/lucky_jina/223570088812"
T1 = "https://cafe.daum.net/sunnyinvest/Ab9k/311"

REQUESTS = [
    # ref, platform, sent, due, urls, category, msgid, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09", N,
     "illegal_finance", "req-240902-01", "미등록 투자자문·리딩방 광고 (블로그/카페/지식iN/포스트/TV)"),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:30:00+09:00", "2024-09-10", K,
     "illegal_finance", "req-240903-02", "다음 카페, 티스토리, 브런치, 카카오TV"),
    ("KCSC-240904-03", "youtube", "2024-09-04T09:40:00+09:00", "2024-09-11", Y,
     "illegal_finance", "req-240904-03", "코인 리딩방 홍보 영상과 채널"),
    ("KCSC-240905-04", "dcinside", "2024-09-05T14:10:00+09:00", "2024-09-12", D,
     "defamation", "req-240905-04", "갤러리 게시물 3건"),
    ("KCSC-240906-05", "band", "2024-09-06T16:00:00+09:00", "2024-09-13", B,
     "illegal_finance", "req-240906-05", "공개 밴드 게시글 2건"),
    ("KCSC-240909-06", "naver", "2024-09-09T10:20:00+09:00", "2024-09-16", [S1],
     "gambling", "req-240909-06", "블로그 1건"),
    ("KCSC-240910-07", "kakao", "2024-09-10T15:05:00+09:00", "2024-09-17", [T1],
     "gambling", "req-240910-07", "다음 카페 1건"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def our_request(ref, due, urls):
    """Body of the regulator's own request, as quoted back by platforms."""
    lines = [
        "안녕하세요. 방송통신심의위원회 통신심의국입니다.",
        "",
        "아래 정보는 정보통신에 관한 심의규정 위반으로 의결되어 시정요구(삭제 또는",
        "접속차단)를 하오니 조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
        f"조치기한: {due}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return lines


def quote(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


def all_pending(urls, **overrides):
    items = {u: "pending" for u in urls}
    items.update(overrides)
    return items


NAVER_POLICY = "네이버 정책지원팀 <policy-support@navercorp.com>"

CASES = []


def case(**c):
    if "subject" in c:
        c["subject"] = h(c["subject"])
    if "name_from" in c:
        c["name_from"] = h(c["name_from"])
    CASES.append(c)


# ================================================================ APPLIED

# 1. 공문 style text table, all 12 items of the largest request.
rows = [
    (N[0], "삭제", ""),
    (N[1], "게시중단", ""),
    (N[2], "임시조치(30일)", "게시자 이의제기 기간"),
    (N[3], "블라인드", "카페 매니저 통보"),
    (N[4], "게시물 없음", "작성자가 9/3 자진 삭제"),
    (N[5], "조치하지 않음", "위법성 확인 불가, 게시 유지"),
    (N[6], "삭제", ""),
    (N[7], "비공개 처리", ""),
    (N[8], "임시조치(30일)", ""),
    (N[9], "해당 게시물 없음", "존재하지 않는 게시물 번호"),
    (N[10], "19세 연령제한", "청소년 시청 제한"),
    (N[11], "삭제", ""),
]
table = "\n".join(f"{i:>2} | {u} | {r} | {n}".rstrip()
                  for i, (u, r, n) in enumerate(rows, 1))
case(
    name="naver-gongmun-text-table",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(11, 17, 42),
    subject="[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 통보",
    body=f"""
문서번호: 정책지원-2024-0917
수    신: 방송통신심의위원회 통신심의국
참    조: 통신심의 담당자
발    신: 네이버 주식회사 정책지원팀
제    목: 시정요구 조치결과 회신 (요청번호 KCSC-240902-01)

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 2024. 9. 2.자 귀 위원회의 시정요구와 관련하여, 당사가 조치한 결과를
   아래와 같이 회신합니다.

                            - 아    래 -

연번 | 대상 URL | 조치결과 | 비고
{table}

3. 조치결과에 대한 문의는 정책지원팀(policy-support@navercorp.com)으로
   연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구: 수신/발신/제목 header, '- 아래 -' and a 연번|URL|조치결과|비고 table",
    why="trusted NAVER 공문 giving one result per URL for all twelve items",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed",
           N[4]: "not_found", N[5]: "rejected", N[6]: "removed", N[7]: "removed",
           N[8]: "restricted", N[9]: "not_found", N[10]: "restricted", N[11]: "removed"},
)

# 2. HTML table from the 게시중단 요청 서비스, four items.
html_rows = [
    (N[0], "삭제", "불법 금융 광고"),
    (N[1], "임시조치", "권리침해 판단 보류(30일)"),
    (N[2], "게시물 없음", "작성자 삭제"),
    (N[3], "삭제", "카페 운영원칙 위반"),
]
trs = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{r}</td><td>{why}</td></tr>'
    for i, (u, r, why) in enumerate(html_rows, 1))
case(
    name="naver-right-service-html-table",
    **{"from": "noreply-right@navercorp.com"},
    name_from="NAVER 게시중단요청서비스",
    date=d(6, 9, 15),
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)",
    type="html",
    body=f"""
<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif">
<p><b>NAVER 게시중단요청서비스</b></p>
<p>안녕하세요. 요청하신 게시물에 대한 처리 결과를 안내해 드립니다.</p>
<p>요청번호: KCSC-240902-01 / 처리일: 2024.09.06</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>사유</th></tr>
{trs}
</table>
<p>나머지 요청 건은 검토가 끝나는 대로 다시 안내해 드리겠습니다.</p>
<p style="color:#888">처리 기준은 <a href="https://help.naver.com/service/30029/contents/20001">게시중단 요청 도움말</a>에서 확인하실 수 있습니다.<br>
본 메일은 발신 전용입니다.</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice (HTML table: 번호/게시물 주소/처리 결과/사유)",
    why="HTML table with one result per row for four named URLs; help link is not an item",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found", N[3]: "removed"},
)

# 3. CSV attachment (UTF-8 with BOM, as Excel writes it).
csv_text = "\ufeff번호,URL,조치결과,조치일\n" + "\n".join([
    f"5,{N[4]},게시물 없음(작성자 삭제),2024-09-05",
    f"6,{N[5]},삭제,2024-09-05",
    f"7,{N[6]},삭제,2024-09-05",
    f"9,{N[8]},임시조치,2024-09-06",
    f"10,{N[9]},삭제,2024-09-06",
    f"12,{N[11]},위반사항 없음(게시 유지),2024-09-06",
]) + "\n"
case(
    name="naver-csv-attachment-results",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(9, 11, 3),
    subject="RE: [KCSC-240902-01] 불법정보 시정요구 - 조치결과 송부",
    reply_to_req="req-240902-01",
    raw_mime=multipart("mixed", "----=_NvPart_0_240909_1103", [
        b64_part("""안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240902-01 건 중 6건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
나머지 건은 확인되는 대로 추가 회신드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
"""),
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(csv_text.encode("utf-8")).decode("ascii"),
    ]),
    outcome="applied",
    classification="confirmation",
    imitates="portal policy team sending a 조치결과 spreadsheet exported from Excel as a CSV attachment",
    why="CSV rows name six URLs each with a result (삭제, 임시조치, 게시물 없음, 위반사항 없음)",
    items={N[4]: "not_found", N[5]: "removed", N[6]: "removed", N[8]: "restricted",
           N[9]: "removed", N[11]: "rejected"},
)

# 4. One-item request, plain prose with the URL on its own line.
case(
    name="naver-blog-single-removed",
    **{"from": "blog-cs@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    date=d(10, 14, 28),
    subject="[네이버 블로그] 요청하신 게시물 처리 결과 안내 (KCSC-240909-06)",
    body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 아래 게시물은 블로그 운영정책(불법 사행성 광고 금지)에 따라
삭제 조치되었습니다.

{S1}

블로그를 건강하게 가꾸는 데 도움을 주셔서 감사합니다.
네이버 블로그 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog operations result mail (statement, then the URL on its own line)",
    why="the one requested blog post is stated deleted",
    items={S1: "removed"},
)

# 5. One-item request, no URL, threaded reply.
case(
    name="naver-one-item-no-url-blind",
    **{"from": "blog-cs@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    date=d(11, 10, 2),
    subject="Re: [KCSC-240909-06] 불법정보 시정요구",
    reply_to_req="req-240909-06",
    body="""
안녕하세요. 네이버 블로그 운영팀입니다.

요청 주신 블로그 게시물은 확인 결과 운영정책 위반에 해당하여
블라인드 처리를 완료하였습니다. 현재 외부에서 열람되지 않습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="short operator reply in the request's thread, naming no URL (블라인드 처리 완료)",
    why="a one-item request: an unhedged 블라인드 statement about 'the post' applies to its only item",
    items={S1: "removed"},
)

# 6. Top-posted Outlook reply over our quoted request: two items answered.
req1 = our_request("KCSC-240902-01", "2024-09-09", N)
case(
    name="naver-top-posted-outlook-two-done",
    **{"from": "doyoon.kim@navercorp.com"},
    name_from="김도윤",
    date=d(5, 16, 47),
    subject="RE: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 정책지원팀 김도윤입니다.

요청하신 12건 중 처리가 끝난 2건 먼저 회신드립니다.

- {N[8]} : 블라인드 처리
- {N[11]} : 삭제

나머지 건은 확인 후 별도로 회신드리겠습니다.

김도윤 | 네이버 정책지원팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 불법정보 시정요구

""" + "\n".join(req1),
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply by a named policy employee over the full quoted request",
    why="two URLs with results above the quote; the twelve URLs of the quoted request say nothing",
    items=all_pending(N, **{N[8]: "removed", N[11]: "removed"}),
)

# 7. Bare URL, status on the line below.
case(
    name="naver-url-then-arrow-status",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(6, 18, 20),
    subject="[KCSC-240902-01] 조치 결과 (3건)",
    body=f"""
요청번호: KCSC-240902-01
처리 결과 3건 공유드립니다.

{N[5]}
→ 게시중단 완료

{N[6]}
→ 질문 삭제 완료

{N[7]}
→ 해당 포스트를 찾을 수 없습니다 (이미 삭제된 포스트)

이상입니다.
네이버 정책지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="terse operator result list: bare URL, result on the next line after an arrow",
    why="each URL is followed by its own result line",
    items={N[5]: "removed", N[6]: "removed", N[7]: "not_found"},
)

# 8. Quoted-printable Korean plain text.
case(
    name="naver-quoted-printable-three",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(10, 9, 51),
    subject="[회신] KCSC-240902-01 추가 조치결과",
    raw_mime=qp_part(f"""안녕하세요, 네이버 정책지원팀입니다.

지난 회신에 이어 추가로 조치된 건을 안내드립니다.

1) 네이버TV 영상 {N[10]}
   청소년 유해 콘텐츠로 분류하여 19세 미만 이용자의 시청을 제한하였습니다.

2) 카페 게시글 {N[9]}
   카페 운영원칙 위반으로 게시글을 삭제하였습니다.

3) 블로그 게시글 {N[1]}
   게시중단 조치를 완료하였습니다.

감사합니다.
"""),
    outcome="applied",
    classification="confirmation",
    imitates="follow-up 조치결과 sent quoted-printable by a Korean mail client, numbered items with the result indented below",
    why="three numbered items, each URL with its own result on the next line",
    items={N[10]: "restricted", N[9]: "removed", N[1]: "removed"},
)

# 9. Base64 HTML body.
case(
    name="naver-base64-html-kin-and-post",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(12, 15, 12),
    subject="[회신] 지식iN·포스트 게시물 검토 결과 (KCSC-240902-01)",
    raw_mime=b64_part(f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>요청번호 KCSC-240902-01 중 지식iN 및 네이버 포스트 게시물의 검토 결과를 알려드립니다.</p>
<ul>
<li>지식iN 질문 <a href="{N[6].replace('&', '&amp;')}">{N[6].replace('&', '&amp;')}</a><br>
&rarr; 지식iN 운영원칙 위반으로 삭제되었습니다.</li>
<li>포스트 <a href="{N[7].replace('&', '&amp;')}">{N[7].replace('&', '&amp;')}</a><br>
&rarr; 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 별도 조치 없이 게시를 유지합니다.</li>
</ul>
<p>감사합니다.</p>
</body></html>
""", "text/html"),
    outcome="applied",
    classification="confirmation",
    imitates="web-mail HTML reply sent base64-encoded (a list with the result under each link)",
    why="kin question deleted; post reviewed and kept up because no rule is broken (a refusal with reason)",
    items={N[6]: "removed", N[7]: "rejected"},
)

# 10. Daum 권리침해신고센터 임시조치 notice.
case(
    name="kakao-daum-imsi-jochi-notice",
    **{"from": "right@kakaocorp.com"},
    name_from="다음 권리침해신고센터",
    date=d(5, 13, 30),
    subject="[Daum] 게시물 임시조치 안내 (요청번호 KCSC-240903-02)",
    body=f"""
안녕하세요. 다음 권리침해신고센터입니다.

귀 기관에서 요청하신 게시물에 대하여, 정보통신망 이용촉진 및 정보보호 등에
관한 법률 제44조의2 제4항에 따라 아래 게시물을 30일간 임시조치(접근 차단)
하였음을 알려드립니다.

[임시조치 게시물]
- {K[0]}
- {K[1]}

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 해당 게시물은 기간
만료 후 삭제될 수 있습니다. 임시조치 절차는 아래 도움말을 참고해 주세요.
https://cs.daum.net/faq/95/7580.html

다음 권리침해신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum 권리침해신고센터 30일 임시조치 notice citing 정보통신망법 제44조의2",
    why="two cafe posts put under 임시조치 (access blocked for 30 days): restricted; the later deletion is only a possibility",
    items={K[0]: "restricted", K[1]: "restricted"},
)

# 11. Tistory raw Korean path in angle brackets, brunch author-deleted.
case(
    name="kakao-tistory-korean-path-brunch-gone",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date=d(6, 11, 8),
    subject="Re: [KCSC-240903-02] 불법정보 시정요구 (티스토리/브런치)",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, 카카오 티스토리 운영팀입니다.

요청하신 티스토리 게시글 <{K3_RAW}>은
운영정책 위반(미등록 투자자문 광고)으로 삭제 처리했습니다.

함께 요청하신 브런치 글 {K[3]} 의 경우, 작성자가 9월 4일에 직접 삭제하여
현재 존재하지 않는 글입니다.

문의 사항이 있으시면 이 메일로 회신해 주세요.
카카오 티스토리 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao service-team reply in prose; a raw Korean Tistory slug in angle brackets followed by a particle",
    why="Tistory post (raw Korean path = the percent-encoded request URL) deleted; brunch post already deleted by its author",
    items={K[2]: "removed", K[3]: "not_found"},
)

# 12. Numbered list with em dashes, four of five items.
case(
    name="kakao-numbered-list-mixed",
    **{"from": "policy-ops@kakaocorp.com"},
    name_from="카카오 정책운영팀",
    date=d(9, 17, 55),
    subject="[카카오] 시정요구 조치결과 회신 - KCSC-240903-02",
    body=f"""
안녕하세요. 카카오 정책운영팀입니다.
요청번호 KCSC-240903-02에 대한 조치 결과를 회신드립니다.

1. {K[0]} — 게시글 삭제
2. {K[1]} — 게시글 삭제
3. {K[2]} — 위법성 판단이 어려워 게시 유지 (재심의 요청 시 재검토)
4. {K[4]} — 19세 연령 제한 적용 (성인 인증 후 시청)

브런치 건은 담당 부서 확인 후 따로 말씀드리겠습니다.

카카오 정책운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao policy team 조치결과 reply as a numbered list, one result after each URL",
    why="two deletions, one kept up with a reason (rejected), one age restriction; the brunch item is not answered",
    items={K[0]: "removed", K[1]: "removed", K[2]: "rejected", K[4]: "restricted"},
)

# 13. One-item Kakao request, URL in full-width parentheses.
case(
    name="kakao-cafe-single-fullwidth-parens",
    **{"from": "cafe-cs@kakaocorp.com"},
    name_from="다음카페 운영팀",
    date=d(12, 10, 40),
    subject="[다음카페] 게시글 삭제 요청 처리 완료 안내",
    body=f"""
안녕하세요. 다음카페 운영팀입니다.

요청번호 KCSC-240910-07로 요청하신 다음 카페 게시글（{T1}）은
카페 운영정책 위반(불법 도박 사이트 홍보)으로 영구 삭제되었습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum Cafe operations notice; the URL inside full-width parentheses followed by 은",
    why="the single requested cafe post is stated permanently deleted",
    items={T1: "removed"},
)

# 14. YouTube Korea legal, Korean, restricted in Korea + removed globally.
case(
    name="yt-korea-legal-ko-restrict-and-remove",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube 법률지원팀",
    date=d(10, 20, 3),
    subject="YouTube 법률 요청 검토 결과 안내 [KCSC-240904-03]",
    body=f"""
안녕하세요.

귀 위원회의 요청(KCSC-240904-03)을 검토한 결과를 알려드립니다.

다음 동영상은 대한민국 법률 위반이 확인되어 한국 내에서 액세스가 제한되었습니다.
  - {Y[0]}
  - {Y[1]}

다음 Shorts 동영상은 YouTube 커뮤니티 가이드 위반으로 전 세계에서 삭제되었습니다.
  - {Y[2]}

YouTube의 정책에 관한 자세한 내용은 https://support.google.com/youtube/answer/2802032 에서
확인하실 수 있습니다.

감사합니다.
YouTube 법률지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube/Google legal removal outcome in Korean ('한국 내에서 액세스가 제한되었습니다' / community-guidelines removal)",
    why="two videos geo-restricted in Korea under a heading, one Short removed worldwide; the policy link is no item",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

# 15. YouTube in English: channel terminated, one video kept.
case(
    name="yt-en-channel-terminated-video-kept",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date=d(11, 8, 14),
    subject="Re: KCSC-240904-03 - Legal removal request",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

Thank you for your request. We have completed our review.

The channel {Y[3]} has been terminated for repeated violations of our
spam, deceptive practices and scams policies.

Regarding {Y[0]}: after careful review, we found that this video does not
violate our Community Guidelines or local law, so we are not taking action
on it at this time.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-team outcome mail in English (channel termination plus a 'no action' decision)",
    why="channel terminated (removed); one video explicitly kept up as not violating (rejected)",
    items={Y[3]: "removed", Y[0]: "rejected"},
)

# 16. Configured YouTube phrase.
case(
    name="yt-actioned-under-policies",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    date=d(7, 3, 26),
    subject="Update on your request [KCSC-240904-03]",
    body=f"""
Hi there,

The content at {Y[2]} has been actioned under our policies.

If you have further questions, please reply to this email.

- YouTube Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="short YouTube Trust & Safety update using the 'actioned under our policies' wording",
    why="named Short 'has been actioned under our policies' (the configured removed phrase)",
    items={Y[2]: "removed"},
)

# 17. DC Inside informal operator reply, statement above each URL.
case(
    name="dc-operator-informal-three",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d(6, 19, 33),
    subject="Re: [KCSC-240905-04] 게시물 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 건(KCSC-240905-04) 확인했습니다.

주식 갤러리 글(9981234번)은 삭제했고 작성자 IP도 차단해 두었습니다.
{D[0]}

코인모아 마이너 갤러리 551020번은 들어가 보니 작성자가 이미 지운 글이라 조회가 안 됩니다.
{D[1]}

551077번은 갤러리 매니저 통해서 삭제 처리했습니다.
{D[2]}

수고하세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal DC Inside operator reply: one short sentence per post, the URL on the line below it",
    why="two deleted, one already deleted by its author (not_found); each statement stands right above its URL",
    items={D[0]: "removed", D[1]: "not_found", D[2]: "removed"},
)

# 18. Bracketed status tags with URLs in angle brackets.
case(
    name="dc-bracket-tags-angle-urls",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date=d(9, 10, 5),
    subject="[디시인사이드] 신고 게시물 처리 결과 (KCSC-240905-04)",
    body=f"""
[디시인사이드 신고센터 처리 결과]

[삭제완료] <{D[1]}>
[게시물 없음] <{D[2]}>

* 게시물 없음: 이미 삭제되었거나 존재하지 않는 게시물입니다.
* 나머지 1건은 처리 중입니다.

디시인사이드 신고센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="community-site report centre result list with bracketed status tags and <URL> links",
    why="one post deleted, one does not exist (footnote explains the tag); the third item is not named",
    items={D[1]: "removed", D[2]: "not_found"},
)

# 19. BAND: both posts named and deleted.
case(
    name="band-two-posts-deleted",
    **{"from": "band-support@band.us"},
    name_from="BAND 운영팀",
    date=d(9, 14, 0),
    subject="[BAND] 신고하신 게시글 처리 결과 안내",
    body=f"""
안녕하세요. BAND 운영팀입니다.

요청번호 KCSC-240906-05로 신고해 주신 게시글 2건을 확인하였으며,
두 게시글 모두 BAND 운영정책 위반(불법 금융상품 홍보)으로 삭제하였습니다.

1) {B[0]}
2) {B[1]}

또한 해당 밴드의 리더에게 운영정책 위반 경고를 발송하였습니다.

건강한 BAND 환경을 위해 협조해 주셔서 감사합니다.
BAND 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND operations report-outcome mail: a sentence about both posts followed by a numbered URL list",
    why="both requested posts are named and stated deleted",
    items={B[0]: "removed", B[1]: "removed"},
)

# 20. BAND: one hidden, one kept.
case(
    name="band-one-hidden-one-kept",
    **{"from": "band-support@band.us"},
    name_from="BAND 운영팀",
    date=d(11, 15, 47),
    subject="Re: [KCSC-240906-05] 밴드 게시글 시정요구",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요, BAND 운영팀입니다.

{B[0]}
해당 게시글은 운영정책 위반으로 비공개(블라인드) 처리하였습니다.

{B[1]}
해당 게시글은 확인 결과 일반 모임 공지로 운영정책 위반으로 보기 어려워
별도 조치하지 않았습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND operator reply: URL line, then a sentence beginning '해당 게시글은' about it",
    why="first post hidden (블라인드 = removed); second kept because it breaks no rule (rejected)",
    items={B[0]: "removed", B[1]: "rejected"},
)

# 21. Gmail-style Korean quote header with '>' lines.
case(
    name="naver-gmail-quote-cafe-two",
    **{"from": "cafe-policy@navercorp.com"},
    name_from="네이버 카페 정책담당",
    date=d(4, 15, 21),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 카페 정책담당입니다.

말씀하신 카페 게시글 두 건 모두 카페 운영원칙에 따라 삭제했습니다.
{N[3]}
{N[4]}

다른 건은 각 서비스 담당자가 따로 회신드릴 예정입니다.

2024년 9월 2일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
""" + quote(req1),
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') over the '>'-quoted request",
    why="two cafe posts named under 'both deleted'; the quoted request's URLs say nothing",
    items=all_pending(N, **{N[3]: "removed", N[4]: "removed"}),
)

# 22. Echoed report form blocks.
case(
    name="naver-echoed-report-blocks",
    **{"from": "noreply-report@navercorp.com"},
    name_from="NAVER 신고센터",
    date=d(4, 16, 40),
    subject="[NAVER] 신고하신 내용의 처리 결과입니다",
    body=f"""
NAVER 신고센터 처리 결과 안내

[신고 내용]
신고 번호: NR-2409-558120
신고 URL: {N[2]}
신고 사유: 불법 금융(미등록 투자자문)
참조: KCSC-240902-01

[처리 결과]
처리 상태: 게시중단
처리 일시: 2024-09-04 16:20

------------------------------

[신고 내용]
신고 번호: NR-2409-558121
신고 URL: {N[0]}
신고 사유: 불법 금융(미등록 투자자문)
참조: KCSC-240902-01

[처리 결과]
처리 상태: 위반 사항 없음 (게시 유지)
처리 일시: 2024-09-04 16:22

본 메일은 발신 전용이며 회신되지 않습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal report-centre result notice echoing the submitted report form (신고 내용 / 처리 결과 blocks)",
    why="each block pairs one URL with its 처리 상태: one 게시중단, one kept as not violating",
    items={N[2]: "removed", N[0]: "rejected"},
)

# 23. Outlook top-posted Kakao reply: one item done, rest under review.
req2 = our_request("KCSC-240903-02", "2024-09-10", K)
case(
    name="kakao-outlook-one-done-rest-reviewing",
    **{"from": "minji.seo@kakaocorp.com"},
    name_from="서민지",
    date=d(5, 10, 12),
    subject="RE: [KCSC-240903-02] 불법정보 시정요구",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, 카카오 정책운영팀 서민지입니다.

카카오TV 영상 건({K[4]})은 국내 접근 제한 조치를 완료했습니다.
나머지 4건은 담당 부서에서 검토 중이며 결과가 나오는 대로 회신드리겠습니다.

서민지 드림

-----Original Message-----
From: "KCSC Takedown" <takedown@kcsc.example>
To: <right@kakaocorp.com>
Sent: 2024-09-03 (화) 11:30:00
Subject: [KCSC-240903-02] 불법정보 시정요구

""" + "\n".join(req2),
    outcome="applied",
    classification="confirmation",
    imitates="Korean Outlook top-posted reply (header block in Korean date style) from a named Kakao employee",
    why="Kakao TV video restricted in Korea; the other four are only 'under review' and appear in the quote",
    items=all_pending(K, **{K[4]: "restricted"}),
)

# 24. Wrapped kin URL (format=flowed style break after '&').
case(
    name="naver-wrapped-kin-url-and-tv",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(8, 13, 17),
    subject="[KCSC-240902-01] 지식iN/네이버TV 조치 결과",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

아래 지식iN 질문은 운영원칙 위반으로 삭제되었습니다.
https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&
docId=470112233

네이버TV 영상 {N[10]} 은 19세 이상 연령제한 처리하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="plain-text reply whose long kin URL was hard-wrapped by the sender's mail client after '&'",
    why="kin question deleted (its URL wrapped over two lines) and the Naver TV video age-restricted",
    items={N[6]: "removed", N[10]: "restricted"},
)

# 25. YouTube HTML table in English.
yt_rows = [
    (Y[1], "Removed", "Violates Community Guidelines (scams)"),
    (Y[2], "Age-restricted", "Content not suitable for viewers under 18"),
    (Y[3], "No action", "Channel does not violate our policies"),
]
yt_trs = "\n".join(f"<tr><td>{u}</td><td>{a}</td><td>{r}</td></tr>" for u, a, r in yt_rows)
case(
    name="yt-html-table-three-actions",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date=d(13, 2, 48),
    subject="[KCSC-240904-03] Outcome of your request",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>We have reviewed the URLs in your request <b>KCSC-240904-03</b>. The outcome for each is below.</p>
<table border="1" cellpadding="3">
<tr><th>URL</th><th>Action</th><th>Reason</th></tr>
{yt_trs}
</table>
<p>To learn more, visit <a href="https://support.google.com/youtube/answer/2801939">YouTube Community Guidelines</a>.</p>
<p>Regards,<br>Google Legal Support</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="Google Legal Support outcome table (URL / Action / Reason)",
    why="table rows: one removed, one age-restricted, one 'No action' with reason (rejected)",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
)

# ================================================================ REVIEW

case(
    name="naver-promise-will-suspend",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(3, 17, 5),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 2건은 담당 부서 검토 후 금주 내로 게시중단
조치할 예정입니다.

- {N[0]}
- {N[1]}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal interim reply promising 게시중단 later (조치할 예정입니다)",
    why="a promise, not a statement: both named items stay pending",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    **{"from": "cafe-cs@kakaocorp.com"},
    name_from="다음카페 운영팀",
    date=d(4, 11, 50),
    subject="Re: [KCSC-240903-02] 불법정보 시정요구",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요. 다음카페 운영팀입니다.

문의하신 카페 게시글({K[1]})은 확인해 보니 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 추가 확인이 필요하여, 확인되는 대로 다시 말씀드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="operator reply hedging about an item's state ('삭제된 것으로 보입니다', history still to be checked)",
    why="'appears to be deleted' with a pending check is a hedge: the item stays pending",
    items={K[1]: "pending"},
)

case(
    name="naver-bulk-all-suspended",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(12, 9, 30),
    subject="[회신] KCSC-240902-01 조치 완료",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240902-01로 요청하신 게시물 전체에 대해
게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="one-line 'all done' portal reply (게시물 전체에 대해 게시중단 조치 완료)",
    why="one statement about all twelve items of a multi-item request without naming any",
    items=all_pending(N),
)

case(
    name="yt-bulk-all-removed-en",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date=d(12, 4, 10),
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body="""
Hello,

All of the reported URLs in your request KCSC-240904-03 have been removed
from YouTube.

Thank you,
Google Legal Support
""",
    outcome="review",
    review="bulk",
    imitates="terse English legal-support reply covering a whole request",
    why="'all of the reported URLs' for a four-item request, none named",
    items=all_pending(Y),
)

case(
    name="naver-auth-fail-claims-deleted",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    auth="fail",
    date=d(7, 22, 14),
    subject="[회신] KCSC-240902-01 조치결과",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N[2]} 게시물은 삭제 완료되었습니다.

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="NAVER-looking result mail whose DKIM/SPF/DMARC all fail",
    why="claims a NAVER item deleted but fails authentication for navercorp.com",
    items={N[2]: "pending"},
)

case(
    name="dc-vendor-unknown-sender",
    **{"from": "ops@cleanboard-moderation.co.kr"},
    name_from="클린보드 모니터링센터",
    date=d(6, 13, 2),
    subject="[디시인사이드 위탁] KCSC-240905-04 처리 결과",
    body=f"""
안녕하세요. 디시인사이드 게시물 모니터링을 위탁받은 클린보드 모니터링센터입니다.

요청하신 게시물 {D[0]} 은 당일 삭제 처리되었음을 알려드립니다.

클린보드 모니터링센터 운영팀
""",
    outcome="review",
    review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf from its own domain",
    why="a deletion statement from a domain that is not DC Inside's",
    items={D[0]: "pending"},
)

case(
    name="kakao-search-delists-naver-blog",
    **{"from": "search-policy@kakaocorp.com"},
    name_from="다음 검색정책팀",
    date=d(10, 16, 25),
    subject="[Daum 검색] 검색결과 삭제 요청 처리 안내",
    body=f"""
안녕하세요. 다음 검색정책팀입니다.

요청하신 URL {S1} 를
Daum 검색 결과에서 삭제(검색 제외) 처리하였습니다.

원문 게시물은 해당 서비스 제공자에게 별도로 요청하셔야 합니다.

감사합니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="portal search-team delisting notice (검색결과 삭제) about another portal's page",
    why="Kakao states 삭제 for a NAVER blog item; only its own search result was removed",
    items={S1: "pending"},
)

case(
    name="naver-asks-resolution-document",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(4, 14, 9),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구 - 자료 요청",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 카페 게시글 2건에 대하여 처리를 진행하기 위해 아래 자료를
추가로 보내주시기 바랍니다.

- {N[5]}
- {N[9]}

  1) 심의 의결서 사본
  2) 게시물별 위반 조항

자료를 받는 대로 검토하여 처리하겠습니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="portal asking the regulator for the 심의 의결서 and the rule breached before acting",
    why="asks for documents before acting; both named items stay pending",
    items={N[5]: "pending", N[9]: "pending"},
)

case(
    name="yt-conditional-may-restrict",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date=d(6, 7, 55),
    subject="Re: KCSC-240904-03 - Legal removal request",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

We are still reviewing {Y[0]} with our legal team. Once the review is
complete, the video may be restricted in Korea if it is found to violate
local law.

We will follow up with the outcome.

Regards,
YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal interim update: still reviewing, may restrict if unlawful",
    why="'still reviewing' and 'may be restricted if…' are no statement: pending",
    items={Y[0]: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(13, 11, 0),
    subject="[안내] 정책지원팀 공문 수신 주소 변경 안내",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

2024년 9월 23일부터 관계 기관 공문 및 시정요구 접수 주소가 아래와 같이
변경됨을 알려드립니다.

  - 변경 전: policy@navercorp.com
  - 변경 후: gov-request@navercorp.com

기존 주소로 보내주신 메일도 당분간 함께 확인할 예정입니다.

감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="portal notice about a change of address for official requests",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="band-under-review-names-both",
    **{"from": "band-support@band.us"},
    name_from="BAND 운영팀",
    date=d(7, 10, 30),
    subject="Re: [KCSC-240906-05] 밴드 게시글 시정요구",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요. BAND 운영팀입니다.

신고하신 아래 게시글 2건은 현재 담당자가 운영정책 위반 여부를 검토하고
있습니다. 검토에는 영업일 기준 3~5일이 소요될 수 있으며, 결과는 이 메일로
안내드리겠습니다.

{B[0]}
{B[1]}

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="BAND interim status mail: both posts 'under review', result to follow",
    why="names both items but only says they are under review: pending, not a receipt",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="dc-operator-hedge-probably-gone",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d(6, 21, 12),
    subject="Re: [KCSC-240905-04] 게시물 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요 디시 운영팀입니다.

{D[2]}
이 글은 아마 갤러리 매니저가 지운 것 같은데 로그 확인되면 다시 말씀드릴게요.

나머지는 아직 보고 있습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="informal community-operator reply guessing a post was deleted by a gallery manager",
    why="'아마 … 지운 것 같은데' is a guess pending a log check: item stays pending",
    items={D[2]: "pending"},
)

# ================================================================ IGNORED

case(
    name="naver-ooo-chuseok",
    **{"from": "doyoon.kim@navercorp.com"},
    name_from="김도윤",
    date=d(14, 9, 0),
    subject="[자동회신] RE: [KCSC-240902-01] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김도윤입니다.

추석 연휴(9월 14일~9월 18일) 기간 동안 부재중입니다.
9월 19일부터 순차적으로 확인하겠습니다.

급한 용무는 정책지원팀 대표 메일(policy-support@navercorp.com)로 보내 주세요.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean Outlook out-of-office reply over the 추석 holiday",
    why="auto-reply (Auto-Submitted) saying nothing about items",
    items={},
)

dsn_headers = "\n".join([
    "Return-Path: <takedown@kcsc.example>",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: right-old@kakaocorp.com",
    "Subject: " + h("[KCSC-240903-02] 불법정보 시정요구"),
    "Date: Tue, 03 Sep 2024 11:30:00 +0900",
    "Message-ID: <req-240903-02@kcsc.example>",
])
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx2.kakaocorp.com"},
    name_from="Mail Delivery System",
    date=d(3, 11, 31),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "8C2E1A0F7B.1725330660/mx2.kakaocorp.com", [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx2.kakaocorp.com.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<right-old@kakaocorp.com>: host mbox.kakaocorp.com said: 550 5.1.1\n"
        "    <right-old@kakaocorp.com>: Recipient address rejected: User unknown\n",
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx2.kakaocorp.com\n"
        "Arrival-Date: Tue,  3 Sep 2024 11:30:58 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; right-old@kakaocorp.com\n"
        "Action: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <right-old@kakaocorp.com>: Recipient address\n"
        "    rejected: User unknown\n",
        "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        + dsn_headers + "\n",
    ], params="; report-type=delivery-status"),
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report, 550 5.1.1 user unknown) returning our request's headers",
    why="delivery failure report; the request reference inside is our own",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책",
    date=d(2, 10, 41),
    subject="읽음 확인: [KCSC-240902-01] 불법정보 시정요구",
    raw_mime=multipart("report", "----=_MDN_240902104100", [
        b64_part("""보낸 메일: [KCSC-240902-01] 불법정보 시정요구
받는 사람: policy@navercorp.com
보낸 날짜: 2024-09-02 (월) 오전 10:00

수신자가 2024-09-02 (월) 오전 10:41에 메시지를 읽었습니다.
"""),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.navercorp.com; Outlook 16.0\n"
        "Final-Recipient: rfc822; policy@navercorp.com\n"
        "Original-Message-ID: <req-240902-01@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], params="; report-type=disposition-notification"),
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (읽음 확인) as multipart/report disposition-notification",
    why="read receipt: says only that the request was opened",
    items={},
)

case(
    name="yt-ticket-receipt-en",
    **{"from": "legal-support-noreply@google.com"},
    name_from="Google Legal Support",
    date=d(4, 9, 42),
    subject="[5-4417000012345] We received your request - KCSC-240904-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for contacting Google. This is an automated message to confirm
that we have received your legal request. Your case ID is 5-4417000012345.

Please keep this ID in the subject line of any further correspondence about
this request. We will review it and get back to you.

Google Legal Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal-request auto-receipt with a case ID",
    why="pure acknowledgement with a case number; nothing about any item",
    items={},
)

case(
    name="dc-receipt-jeopsu",
    **{"from": "noreply@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date=d(5, 14, 11),
    subject="[디시인사이드] 문의가 정상적으로 접수되었습니다",
    body="""
디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  접수번호: DC-240905-00318
  문의제목: [KCSC-240905-04] 게시물 삭제 요청
  접수일시: 2024-09-05 14:11

접수된 순서대로 답변드리며, 답변은 영업일 기준 1~3일 소요될 수 있습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Korean helpdesk 접수 완료 receipt with 접수번호",
    why="receipt only: no item status",
    items={},
)

case(
    name="naver-bounce-mailbox-full-ko",
    **{"from": "MAILER-DAEMON@mail.navercorp.com"},
    name_from="메일 전송 시스템",
    date=d(9, 10, 21),
    subject="메일 발송 실패 안내: [KCSC-240909-06] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "==NAVER_DSN_0909102100==", [
        b64_part(f"""메일이 다음 수신자에게 전달되지 않았습니다.

받는 사람: blog-legal@navercorp.com
사유: 수신자의 메일함 용량이 초과되어 메일을 받을 수 없습니다. (552 5.2.2)

보낸 메일 제목: [KCSC-240909-06] 불법정보 시정요구
보낸 메일 본문 일부:
  요청번호: KCSC-240909-06
  1. {S1}
"""),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.navercorp.com\n\n"
        "Final-Recipient: rfc822; blog-legal@navercorp.com\n"
        "Action: failed\nStatus: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n",
    ], params="; report-type=delivery-status"),
    outcome="ignored",
    classification="bounce",
    imitates="Korean-language delivery-failure notice (메일함 용량 초과) with a snippet of our request",
    why="bounce; the URL appears only in the echoed snippet of our own request",
    items={},
)

case(
    name="band-helpdesk-receipt",
    **{"from": "noreply@band.us"},
    name_from="BAND 고객센터",
    date=d(6, 16, 2),
    subject="[BAND 고객센터] 문의 접수 안내",
    extra_headers=["Auto-Submitted: auto-generated"],
    type="html",
    body="""
<html><body>
<p>안녕하세요. BAND 고객센터입니다.</p>
<p>보내주신 문의(<b>[KCSC-240906-05] 밴드 게시글 시정요구</b>)가 접수되었습니다.</p>
<p>접수번호: <b>BAND-2409-77120</b></p>
<p>담당자가 확인 후 순차적으로 답변드리겠습니다.</p>
<p><a href="https://band.us/cs/faq">자주 묻는 질문</a> | 본 메일은 발신 전용입니다.</p>
</body></html>
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="BAND helpdesk HTML auto-receipt with 접수번호",
    why="ticket receipt only; the FAQ link is no item",
    items={},
)

HEADER = """# Blind set 191 (Korean): expected results, written from each email's
# meaning before the reader was run on it. Generated by make.py; do not edit.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind191", HEADER, CASES)
    print(len(CASES), "cases")
