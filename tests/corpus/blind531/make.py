#!/usr/bin/env python3
"""Blind set 531: Korean portals and community sites (NAVER, Kakao/Daum/
Tistory, DC Inside, SOOP, Nate, Clien, FM Korea, Inven), Korean and English
mixed, with the doubtful and ignorable mail a regulator's mailbox receives.

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
Expected results were written from each email's meaning alone, before any
run of the reader.  All names, URLs and ids are fictional.

    python3 tests/corpus/blind531/make.py
"""
import base64
import csv
import html
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/moonlit_pier/223561204417",
    2: "https://blog.naver.com/moonlit_pier/223561209958",
    3: "https://blog.naver.com/gray_heron77/223549871120",
    4: "https://cafe.naver.com/quietbaytrade/482113",
    5: "https://cafe.naver.com/quietbaytrade/482190",
    6: "https://cafe.naver.com/lanternroad/91544",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203388",
    8: "https://blog.naver.com/saltfield_k/223570033412",
    9: "https://cafe.naver.com/lanternroad/91602",
    10: "https://blog.naver.com/gray_heron77/223550002871",
    11: "https://tv.naver.com/v/58812034",
    12: "https://cafe.naver.com/pinecrest22/13377",
    13: "https://blog.naver.com/saltfield_k/223570101876",
    14: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471299014",
}
K3_RAW = "https://harborlamp.tistory.com/entry/오늘의-정보-모음"
K3_ENC = "https://harborlamp.tistory.com/entry/" + quote("오늘의-정보-모음")
K = {
    1: "https://cafe.daum.net/riverstone77/Ab3x/1520",
    2: "https://cafe.daum.net/riverstone77/Ab3x/1533",
    3: K3_ENC,
    4: "https://kettlebrook.tistory.com/118",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812345",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812399",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=lanternfish&no=30417",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=lanternfish&no=30452",
    5: "https://gall.dcinside.com/mini/board/view/?id=quietpond&no=2210",
}
S = {
    1: "https://vod.sooplive.co.kr/player/134567890",
    2: "https://vod.sooplive.co.kr/player/134568112",
    3: "https://ch.sooplive.co.kr/nightowl93/post/118230",
}
T = {
    1: "https://pann.nate.com/talk/372345678",
    2: "https://pann.nate.com/talk/372345901",
}
C1 = "https://www.clien.net/service/board/park/18712345"
F = {
    1: "https://www.fmkorea.com/7312345678",
    2: "https://www.fmkorea.com/7312350021",
    3: "https://www.fmkorea.com/best/7312360940",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240903-01", "naver", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", "blogs, cafes, Knowledge iN and one TV clip advertising an unlicensed betting site", list(N.values())),
    ("KCSC-240905-02", "kakao", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "privacy", "Daum cafe posts and Tistory entries publishing a person's \"address, phone\"", list(K.values())),
    ("KCSC-240906-03", "dcinside", "2024-09-06T11:05:00+09:00", "2024-09-13T18:00:00+09:00",
     "defamation", "stock gallery, minor and mini gallery posts", list(D.values())),
    ("KCSC-240909-04", "soop", "2024-09-09T14:20:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscenity", "two replay VODs and one channel post", list(S.values())),
    ("KCSC-240910-05", "nate", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "privacy", "Pann talk posts", list(T.values())),
    ("KCSC-240911-06", "clien", "2024-09-11T16:30:00+09:00", "2024-09-18T18:00:00+09:00",
     "illegal_drugs", "single post, park board", [C1]),
    ("KCSC-240912-07", "fmkorea", "2024-09-12T09:15:00+09:00", "2024-09-19T18:00:00+09:00",
     "illegal_gambling", "posts promoting a betting site, one of them in the best board", list(F.values())),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{ref}@kcsc.example>", note])


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64_body(text, sub="plain"):
    return (f"Content-Type: text/{sub}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text) + "\n")


def qp_body(text, sub="plain"):
    return (f"Content-Type: text/{sub}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text) + "\n")


def alternative(text, html_text, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n" + b64_body(text) +
            f"--{boundary}\n" + b64_body(html_text, "html") +
            f"--{boundary}--\n")


def with_csv(text, csv_text, filename, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + text.strip("\n") + "\n\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n" + b64(csv_text) + "\n"
            f"--{boundary}--\n")


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def h(u):
    return html.escape(u, quote=True)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ1_TEXT = "\n".join(
    ["안녕하십니까, 방송통신심의위원회 불법정보대응팀입니다.",
     "",
     "아래 게시물은 「정보통신망법」 제44조의7에 따른 불법정보(도박)로 심의되어",
     "시정요구(삭제)를 드리오니 조치 후 결과를 회신하여 주시기 바랍니다.",
     "",
     "요청번호: KCSC-240903-01"]
    + [f"{i}. {N[i]}" for i in range(1, 15)]
    + ["", "회신 기한: 2024-09-10", "KCSC 불법정보대응팀 드림"])

NAVER_SIG = "네이버 고객센터 | 정책지원팀\nhttps://help.naver.com/service/5600/category/bookmark\n이 메일은 발신 전용이 아닙니다. 회신 시 요청번호를 유지해 주세요."

# ---------------------------------------------------------------- cases
CASES = []


def enc(s):
    """RFC 2047 encoded words for non-ASCII header text, as mail clients send it."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def case(**c):
    if "name_from" in c:
        c["name_from"] = enc(c["name_from"])
    c["subject"] = enc(c["subject"])
    CASES.append(c)


# ===== applied: NAVER =========================================================
rows = [
    (1, "블로그", "삭제", "-"),
    (2, "블로그", "삭제", "-"),
    (3, "블로그", "게시중단(비공개 전환)", "-"),
    (4, "카페", "임시조치(30일)", "정보통신망법 제44조의2"),
    (5, "카페", "게시물 없음", "작성자 본인 삭제"),
    (6, "카페", "삭제", "카페 매니저 확인"),
    (7, "지식iN", "조치 불가", "운영정책 위반 사항 확인되지 않음"),
    (8, "블로그", "국내 접속 차단", "해외 이용자 노출 유지"),
    (9, "카페", "삭제", "-"),
    (10, "블로그", "블라인드", "-"),
]
tr = "\n".join(
    f"<tr><td>{i}</td><td><a href=\"{h(N[i])}\">{h(N[i])}</a></td><td>{svc}</td><td>{res}</td><td>{note}</td></tr>"
    for i, svc, res, note in rows)
html1 = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회에서 2024년 9월 3일 요청하신 시정요구(요청번호 KCSC-240903-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>서비스</th><th>조치 결과</th><th>비고</th></tr>
{tr}
</table>
<p>그 외 요청 건은 서비스 담당 부서에서 확인 중이며, 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>운영정책 안내: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
<p>네이버 정책지원팀 드림</p>
</body></html>"""
text1 = "네이버 정책지원팀입니다. 조치 결과는 HTML 본문의 표를 확인해 주십시오.\n(요청번호 KCSC-240903-01)\n"
case(name="naver-result-table-html", date="Mon, 09 Sep 2024 17:02:44 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
     subject="[NAVER] 시정요구(KCSC-240903-01) 조치 결과 회신", reply_to_req="KCSC-240903-01",
     raw_mime=alternative(text1, html1, "==nv531a=="),
     outcome="applied", classification="confirmation",
     imitates="Korean portal reply to a KCSC 시정요구 with a 조치 결과 table (삭제/임시조치/게시중단/조치 불가)",
     why="ten named items, each with its own result in the table; the four unnamed rest stay pending",
     items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted", N[5]: "not_found",
            N[6]: "removed", N[7]: "rejected", N[8]: "restricted", N[9]: "removed", N[10]: "removed"})

csv1 = csv_text([
    ["신고URL", "서비스", "처리결과", "처리일시"],
    [N[11], "네이버TV", "연령제한(19세 이상)", "2024-09-08 11:20"],
    [N[12], "카페", "삭제", "2024-09-08 11:31"],
    [N[13], "블로그", "유지(위반사항 없음)", "2024-09-08 11:40"],
    [N[14], "지식iN", "존재하지 않는 문서", "2024-09-08 11:44"],
])
case(name="naver-csv-attachment", date="Sun, 08 Sep 2024 13:10:05 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
     subject="Re: [KCSC-240903-01] 불법정보 시정요구 - 잔여 4건 처리결과",
     reply_to_req="KCSC-240903-01",
     raw_mime=with_csv("안녕하세요, 네이버 정책지원팀입니다.\n\n"
                       "KCSC-240903-01 건 중 잔여 4건의 처리결과를 첨부 파일(CSV)로 송부드립니다.\n"
                       "확인 부탁드립니다.\n\n" + NAVER_SIG, csv1, "KCSC-240903-01_result.csv", "==nv531b=="),
     outcome="applied", classification="confirmation",
     imitates="portal result sheet sent as a CSV attachment (처리결과 column)",
     why="CSV rows: age restriction, deletion, kept as not violating, document does not exist",
     items={N[11]: "restricted", N[12]: "removed", N[13]: "rejected", N[14]: "not_found"})

case(name="naver-blog-blind-single", date="Wed, 04 Sep 2024 09:31:50 +0900",
     **{"from": "blog_help@navercorp.com"}, name_from="네이버 블로그 운영팀",
     subject="Re: [KCSC-240903-01] 불법정보 시정요구", reply_to_req="KCSC-240903-01",
     body="""안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 게시물(https://blog.naver.com/moonlit_pier/223561204417)은
운영정책 위반(불법 도박 홍보)으로 확인되어 블라인드 처리되었습니다.
게시자에게는 운영정책 위반 안내가 발송되었습니다.

나머지 게시물은 각 서비스 담당자가 별도로 회신드릴 예정입니다.

네이버 블로그 운영팀 드림""",
     outcome="applied", classification="confirmation",
     imitates="NAVER blog 블라인드 notice to the reporter",
     why="one named post blinded; the rest are only announced as a later reply",
     items={N[1]: "removed"})

case(name="naver-kin-english", date="Thu, 05 Sep 2024 16:48:12 +0900",
     **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
     subject="Your request KCSC-240903-01 - Knowledge iN", reply_to_req="KCSC-240903-01",
     body=f"""Dear KCSC team,

Thank you for your request KCSC-240903-01. This message covers the two
Knowledge iN questions in it.

The question at <{N[7]}> has been deleted for violating the Knowledge iN
operating policy (promotion of illegal gambling).

The question at <{N[14]}> no longer exists: its author deleted it on
4 September, before our review started.

Best regards,
NAVER Trust & Safety
Knowledge iN policy: https://kin.naver.com/policy/operatingPolicy.naver""",
     outcome="applied", classification="confirmation",
     imitates="English trust-and-safety reply from a Korean portal, one paragraph per item",
     why="one question deleted, the other deleted by its author before review",
     items={N[7]: "removed", N[14]: "not_found"})

case(name="naver-cafe-url-then-status", date="Fri, 06 Sep 2024 10:05:33 +0900",
     **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페 고객센터",
     subject="[네이버 카페] 게시물 조치 결과 안내 (KCSC-240903-01)", reply_to_req="KCSC-240903-01",
     body=f"""안녕하세요, 네이버 카페 고객센터입니다.

방송통신심의위원회 요청(KCSC-240903-01)에 따른 조치 결과를 알려드립니다.

■ 대상 게시물
{N[4]}
→ 접근 제한 (대한민국 내 이용자 대상)

{N[5]}
→ 접근 제한 (대한민국 내 이용자 대상)

■ 참고
해당 카페 매니저에게 조치 사실을 통지하였습니다.
카페 운영원칙: https://cafe.naver.com/cafesupport/operating

네이버 카페 고객센터""",
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe customer-centre 조치 결과 안내 with the result on the line below each URL",
     why="both cafe posts have access restricted for users in Korea",
     items={N[4]: "restricted", N[5]: "restricted"})

case(name="naver-gmail-top-posted", date="Sat, 07 Sep 2024 11:22:18 +0900",
     **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우",
     subject="Re: [KCSC-240903-01] 불법정보 시정요구", reply_to_req="KCSC-240903-01",
     body=f"""안녕하세요, 네이버 카페 정책 담당 한지우입니다.

아래 요청 건 중 다음 두 게시물은 카페 매니저 확인 후 운영자 권한으로 삭제했습니다.
{N[6]}
{N[9]}

나머지 게시물은 담당 부서에서 확인하고 있습니다.

한지우 드림

2024년 9월 3일 (화) 오전 10:12, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{quoted(REQ1_TEXT)}""",
     outcome="applied", classification="confirmation",
     imitates="staff member's Gmail-style top-posted reply over the quoted 시정요구",
     why="two URLs named above the quote are deleted; the quoted request below says nothing",
     items={N[6]: "removed", N[9]: "removed"})

case(name="naver-tv-age-restricted", date="Sun, 08 Sep 2024 09:14:27 +0900",
     **{"from": "tv_help@naver.com"}, name_from="NAVER TV",
     subject="[NAVER TV] 영상 조치 안내 / Action taken on reported clip", reply_to_req="KCSC-240903-01",
     body=f"""[한국어]
신고하신 영상 {N[11]} 에 대해 19세 이상 시청 가능(연령 제한)으로 설정을 변경하였습니다.
로그인 및 성인 인증을 하지 않은 이용자는 영상을 볼 수 없습니다.

[English]
The clip {N[11]} is now age-restricted (viewers must be 19 or older and signed in).

NAVER TV 운영팀""",
     outcome="applied", classification="confirmation",
     imitates="bilingual NAVER TV clip action notice (age restriction)",
     why="the one clip named is age-restricted, said in both languages",
     items={N[11]: "restricted"})

qp1 = f"""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 요청 건 중 아래 2건의 처리 결과입니다.

1) 카페 게시물 {N[12]}
   처리: 운영자 삭제 (불법 도박 사이트 홍보)

2) 블로그 게시물 {N[13]}
   처리: 검토 결과 정보통신망법상 불법정보에 해당하지 않는 것으로 판단되어 게시를 유지합니다.
   (게시물은 도박 중독 예방 캠페인 안내로, 사이트 주소가 포함되어 있지 않습니다.)

감사합니다.
{NAVER_SIG}"""
case(name="naver-qp-two-results", date="Mon, 09 Sep 2024 10:41:09 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
     subject="Re: [KCSC-240903-01] 처리 결과 (2건)", reply_to_req="KCSC-240903-01",
     raw_mime=qp_body(qp1),
     outcome="applied", classification="confirmation",
     imitates="quoted-printable Korean result mail, numbered items with 처리: lines",
     why="cafe post deleted by the operator; blog post kept with its reason (not illegal)",
     items={N[12]: "removed", N[13]: "rejected"})

case(name="naver-ack-plus-results", date="Thu, 05 Sep 2024 18:20:41 +0900",
     **{"from": "help@naver.com"}, name_from="네이버 고객센터",
     subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 2409-0417733)",
     reply_to_req="KCSC-240903-01",
     body=f"""안녕하세요, 네이버 고객센터입니다.

문의하신 건은 접수번호 2409-0417733 으로 접수되었으며,
담당 부서 확인 결과는 아래와 같습니다.

- {N[3]} : 삭제 완료
- {N[8]} : 삭제 완료
- {N[10]} : 임시조치(30일)

추가 문의 사항은 고객센터(https://help.naver.com)로 남겨 주세요.
※ 본 메일은 고객센터 답변 메일입니다.""",
     outcome="applied", classification="confirmation",
     imitates="NAVER customer-centre answer mail that opens with the receipt number and then gives results",
     why="receipt wording followed by unhedged per-URL results: not a mere acknowledgement",
     items={N[3]: "removed", N[8]: "removed", N[10]: "restricted"})

case(name="naver-outlook-quoted-request", date="Tue, 10 Sep 2024 08:55:00 +0900",
     **{"from": "minseo.park@navercorp.com"}, name_from="Park Minseo",
     subject="RE: [KCSC-240903-01] 불법정보 시정요구", reply_to_req="KCSC-240903-01",
     body=f"""Hello,

We have removed {N[2]} and {N[13]} from NAVER Blog today.
Both posts linked to the betting site named in your request.

Regards,
Park Minseo | NAVER Policy Operations

-----Original Message-----
From: KCSC 불법정보대응팀 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:12 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 불법정보 시정요구

{REQ1_TEXT}""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply over the unquoted original request (-----Original Message-----)",
     why="two URLs removed in one sentence above the original; the original below is our own text",
     items={N[2]: "removed", N[13]: "removed"})

case(name="naver-echoed-report-form", date="Fri, 06 Sep 2024 15:44:10 +0900",
     **{"from": "noreply-inoti@naver.com"}, name_from="네이버 게시중단요청서비스",
     subject="[네이버] 게시중단 요청 처리 결과 안내", reply_to_req="KCSC-240903-01",
     body=f"""네이버 게시중단요청서비스 처리 결과 안내

[신고 내용]
신고 번호 : RPT-88120453
기관 요청번호 : KCSC-240903-01
신고 URL : {N[5]}
신고 사유 : 불법정보(정보통신망법 제44조의7)

[처리 결과]
처리 상태 : 게시중단
처리 일시 : 2024-09-06 15:40

처리 결과에 대한 문의는 https://inoti.naver.com/inoti/main.nhn 에서 가능합니다.""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 result notice echoing the report fields",
     why="the echoed report names one URL and the result block says 게시중단",
     items={N[5]: "removed"})

# ===== applied: Kakao (Daum, Tistory) =======================================
case(name="kakao-tistory-korean-path", date="Fri, 06 Sep 2024 14:03:22 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject="[카카오] 권리침해 신고 처리 결과 안내 (KCSC-240905-02)", reply_to_req="KCSC-240905-02",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

티스토리 게시물 <{K3_RAW}>에 대하여
정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.

또한 {K[4]} 은 작성자가 이미 삭제한 글로 확인되어 별도 조치가 필요하지 않습니다.

카카오 권리침해신고센터 드림
https://cs.kakao.com/helps?service=226""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 권리침해신고센터 임시조치 notice for a Tistory entry with a Korean path",
     why="raw Korean path matches the percent-encoded request URL; temporary measure = restricted; the other entry was deleted by its author",
     items={K[3]: "restricted", K[4]: "not_found"})

case(name="kakao-daum-cafe-bullets", date="Sat, 07 Sep 2024 10:27:51 +0900",
     **{"from": "cafe_notice@daum.net"}, name_from="Daum 카페",
     subject="Re: [KCSC-240905-02] 개인정보 노출 게시물 삭제 요청", reply_to_req="KCSC-240905-02",
     body=f"""안녕하세요, Daum 카페 운영팀입니다.

요청하신 카페 게시물의 처리 결과입니다.

• {K[1]} ： 삭제 완료
• {K[2]} ： 해당 게시글을 찾을 수 없습니다(이미 삭제되었거나 잘못된 주소).

Daum 카페 운영팀""",
     outcome="applied", classification="confirmation",
     imitates="Daum cafe operations team bulleted result with full-width colons",
     why="one cafe post deleted, the other cannot be found",
     items={K[1]: "removed", K[2]: "not_found"})

case(name="kakao-base64-english", date="Mon, 09 Sep 2024 19:12:36 +0900",
     **{"from": "tistory-safety@kakaocorp.com"}, name_from="Kakao Safety",
     subject="Tistory: outcome of request KCSC-240905-02", reply_to_req="KCSC-240905-02",
     raw_mime=b64_body(f"""Hello,

Following our review, the Tistory post https://kettlebrook.tistory.com/118
was taken down on 9 September 2024. The blog owner has been notified and
may appeal through the Kakao help centre.

Kakao Safety Operations
"""),
     outcome="applied", classification="confirmation",
     imitates="base64-encoded English outcome mail from a Korean portal's safety desk",
     why="one named entry taken down",
     items={K[4]: "removed"})

ktr = "\n".join(
    f"<tr><td><a href=\"{h(href)}\">{h(label)}</a></td><td>{res}</td></tr>"
    for href, label, res in [
        (K[1], K[1], "게시물 삭제"),
        (K[2], K[2], "존재하지 않는 게시물"),
        (K[3], K3_RAW, "임시조치(30일간 접근 차단)"),
        (K[4], K[4], "게시 유지 &ndash; 공개된 사업자 정보로 개인정보에 해당하지 않음"),
    ])
khtml = f"""<html><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>요청번호 KCSC-240905-02 건의 처리 내역을 안내드립니다.</p>
<table border="1" cellpadding="3">
<tr><th>대상 URL</th><th>처리 내역</th></tr>
{ktr}
</table>
<p>처리 기준은 <a href="https://www.kakao.com/policy/oppolicy">카카오 운영정책</a>을 따릅니다.</p>
</body></html>"""
case(name="kakao-html-table-four", date="Wed, 11 Sep 2024 11:30:00 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject="[카카오] 처리 내역 안내 - KCSC-240905-02", reply_to_req="KCSC-240905-02",
     raw_mime=(f"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(khtml) + "\n"),
     outcome="applied", classification="confirmation",
     imitates="Kakao HTML-only 처리 내역 table",
     why="all four named, one result each: deleted, does not exist, 임시조치, kept with reason",
     items={K[1]: "removed", K[2]: "not_found", K[3]: "restricted", K[4]: "rejected"})

# ===== applied: DC Inside ===================================================
case(name="dc-korean-prose", date="Mon, 09 Sep 2024 13:18:45 +0900",
     **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject="[디시인사이드] 게시물 조치 결과 안내 (KCSC-240906-03)", reply_to_req="KCSC-240906-03",
     body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 주식 갤러리 게시물 2건({D[1]}, {D[2]})은
명예훼손 게시물로 확인되어 삭제 처리하였습니다.

마이너 갤러리 게시물 {D[3]} 은 작성자가 직접 삭제하여 현재 존재하지 않습니다.

감사합니다.
디시인사이드 운영팀 / 신고센터 https://gall.dcinside.com/singo""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside operations team prose reply",
     why="two stock-gallery posts deleted (named in parentheses), the minor-gallery post deleted by its author",
     items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"})

case(name="dc-numbered-english", date="Tue, 10 Sep 2024 17:40:02 +0900",
     **{"from": "global@dcinside.com"}, name_from="DCInside Global Support",
     subject="RE: KCSC-240906-03 defamation report", reply_to_req="KCSC-240906-03",
     body=f"""Hi,

Here is the outcome for the two posts below.

1. {D[4]}
   Deleted by DCInside staff.

2. {D[5]}
   Not removed. The post is a parody of a public company's advertisement and
   names no private person, so it does not break our rules or Korean law.

Thanks,
DCInside Global Support""",
     outcome="applied", classification="confirmation",
     imitates="English numbered outcome list from a Korean community's support desk",
     why="one post deleted; the other refused with its reason",
     items={D[4]: "removed", D[5]: "rejected"})

case(name="dc-url-below-statement", date="Wed, 11 Sep 2024 09:02:13 +0900",
     **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject="Re: [KCSC-240906-03] 게시물 삭제 요청", reply_to_req="KCSC-240906-03",
     body=f"""안녕하세요, 디시인사이드입니다.

다음 게시물은 관리자 권한으로 삭제되었습니다：
{D[2]}

다음 게시물은 보도 내용을 인용한 글로, 삭제 요청에 응하기 어렵습니다(게시 유지)：
{D[5]}

디시인사이드 운영팀""",
     outcome="applied", classification="confirmation",
     imitates="short community-site reply with each statement on the line above its URL",
     why="statement then URL below: one deleted, one kept with a reason",
     items={D[2]: "removed", D[5]: "rejected"})

dli = "\n".join(f"<li><a href=\"{h(D[i])}\">{h(D[i])}</a> &mdash; {r}</li>" for i, r in [
    (1, "삭제 (deleted)"), (2, "삭제 (deleted)"), (3, "삭제 (deleted)"),
    (4, "게시물 없음 (not found &ndash; no post at this address)"),
    (5, "유지 (kept: no violation of our rules)"),
])
dhtml = f"""<div dir="ltr"><p>안녕하세요 / Hello,</p>
<p>KCSC-240906-03 처리 결과 / Results:</p>
<ul>
{dli}
</ul>
<p>디시인사이드 운영팀 DCInside Operations</p></div>"""
case(name="dc-html-list-all-five", date="Thu, 12 Sep 2024 15:25:39 +0900",
     **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject="[디시인사이드] KCSC-240906-03 처리 결과", reply_to_req="KCSC-240906-03",
     raw_mime=alternative(
         "\n".join(["KCSC-240906-03 처리 결과 / Results:"] + [
             f"- {D[1]} - 삭제 (deleted)", f"- {D[2]} - 삭제 (deleted)", f"- {D[3]} - 삭제 (deleted)",
             f"- {D[4]} - 게시물 없음 (not found - no post at this address)",
             f"- {D[5]} - 유지 (kept: no violation of our rules)", "", "디시인사이드 운영팀"]),
         dhtml, "==dc531e=="),
     outcome="applied", classification="confirmation",
     imitates="bilingual HTML bulleted result list with a plain-text alternative",
     why="all five named with one result each",
     items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "rejected"})

# ===== applied: SOOP ========================================================
case(name="soop-vod-prose", date="Wed, 11 Sep 2024 20:11:48 +0900",
     **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 클린센터",
     subject="[SOOP] 신고 처리 결과 안내 (KCSC-240909-04)", reply_to_req="KCSC-240909-04",
     body=f"""안녕하세요, SOOP 클린센터입니다.

방송통신심의위원회에서 요청하신 다시보기 VOD에 대해 아래와 같이 조치하였습니다.

{S[1]} 다시보기는 운영정책(음란물 게시 금지) 위반으로 삭제하였습니다.
{S[2]} 다시보기는 19세 이상 시청 제한(연령 제한) 영상으로 변경하였습니다.

해당 스트리머에게는 방송 이용 제한 7일이 적용되었습니다.

SOOP 클린센터
https://www.sooplive.co.kr/policy/operation""",
     outcome="applied", classification="confirmation",
     imitates="SOOP (AfreecaTV) clean-centre 신고 처리 결과 notice",
     why="one VOD deleted, the other age-restricted",
     items={S[1]: "removed", S[2]: "restricted"})

case(name="soop-post-rejected", date="Thu, 12 Sep 2024 10:36:21 +0900",
     **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 클린센터",
     subject="Re: [KCSC-240909-04] 방송국 게시글 검토 결과", reply_to_req="KCSC-240909-04",
     body=f"""안녕하세요, SOOP 클린센터입니다.

방송국 게시글 {S[3]} 은(는) 검토 결과 운영정책 및 관련 법령 위반이
확인되지 않아 별도 조치 없이 유지됩니다.
(게시글은 방송 일정 공지이며, 문제 된 이미지는 이미 작성자가 교체한 상태입니다.)

[Summary] The channel post stays up: no policy or legal violation found.

SOOP 클린센터""",
     outcome="applied", classification="confirmation",
     imitates="SOOP review result keeping a post, with reason and English summary",
     why="refusal with a reason for the one channel post named",
     items={S[3]: "rejected"})

csv2 = csv_text([
    ["URL", "조치", "조치일"],
    [S[1], "삭제", "2024-09-12"],
    [S[2], "비공개 처리", "2024-09-12"],
    [S[3], "존재하지 않는 게시글", "2024-09-12"],
])
case(name="soop-csv-attachment", date="Fri, 13 Sep 2024 09:48:57 +0900",
     **{"from": "cs@afreecatv.com"}, name_from="SOOP 고객센터",
     subject="[SOOP] KCSC-240909-04 조치 결과 파일 송부", reply_to_req="KCSC-240909-04",
     raw_mime=with_csv("안녕하세요.\nSOOP 고객센터입니다.\n\n요청 건(KCSC-240909-04) 조치 결과를 첨부드립니다.\n\n감사합니다.",
                       csv2, "soop_KCSC-240909-04.csv", "==soop531=="),
     outcome="applied", classification="confirmation",
     imitates="result sheet as CSV attachment from the platform's older (afreecatv.com) domain",
     why="deleted, made private, post does not exist",
     items={S[1]: "removed", S[2]: "removed", S[3]: "not_found"})

# ===== applied: Nate, Clien, FM Korea =======================================
case(name="nate-pann-parentheses", date="Thu, 12 Sep 2024 14:57:30 +0900",
     **{"from": "pann_help@skcomms.co.kr"}, name_from="네이트 판 운영자",
     subject="[네이트] 판 게시글 처리 안내 KCSC-240910-05", reply_to_req="KCSC-240910-05",
     body=f"""안녕하세요. 네이트 판 운영자입니다.

요청하신 판 게시글({T[1]})은 개인정보 노출로 확인되어 블라인드 처리되었고,
나머지 한 건({T[2]})은 이미 삭제되어 존재하지 않는 게시글입니다.

감사합니다.
네이트 고객센터 https://helpdesk.nate.com""",
     outcome="applied", classification="confirmation",
     imitates="Nate Pann operator reply with URLs in parentheses",
     why="one talk post blinded, the other already deleted and gone",
     items={T[1]: "removed", T[2]: "not_found"})

case(name="clien-single-no-url", date="Fri, 13 Sep 2024 11:06:44 +0900",
     **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
     subject="Re: [KCSC-240911-06] 게시물 삭제 요청", reply_to_req="KCSC-240911-06",
     body="""안녕하세요, 클리앙 운영진입니다.

요청하신 게시물은 운영진이 확인 후 삭제했습니다.
작성자 계정에는 이용 제한 조치가 함께 적용되었습니다.

클리앙 운영진 드림""",
     outcome="applied", classification="confirmation",
     imitates="small community admin's one-line answer naming no URL",
     why="the reply answers a one-item request, so 'the post' is that item",
     items={C1: "removed"})

case(name="fmkorea-text-table", date="Sat, 14 Sep 2024 16:20:09 +0900",
     **{"from": "report@fmkorea.com"}, name_from="에펨코리아 운영팀",
     subject="[FM Korea] KCSC-240912-07 처리 결과", reply_to_req="KCSC-240912-07",
     body=f"""안녕하세요, 에펨코리아 운영팀입니다.

| 게시물 | 처리 |
|---|---|
| {F[1]} | 삭제 |
| {F[2]} | 삭제 |
| {F[3]} | 유지 (사이트 주소·홍보 문구 없음, 규정 위반 아님) |

에펨코리아 운영팀""",
     outcome="applied", classification="confirmation",
     imitates="community admin's reply written as a plain-text table",
     why="two posts deleted, the best-board post kept with a reason",
     items={F[1]: "removed", F[2]: "removed", F[3]: "rejected"})

case(name="fmkorea-english-wrapped", date="Fri, 13 Sep 2024 22:41:15 +0900",
     **{"from": "admin@fmkorea.com"}, name_from="FM Korea Admin",
     subject="Re: [KCSC-240912-07] betting site posts", reply_to_req="KCSC-240912-07",
     body="""Hello,

The post at https://www.fmkorea.com/7312350021 has been deleted and the
posting account suspended for 30 days. We are still looking at the other
two posts and will write again.

FM Korea Admin""",
     outcome="applied", classification="confirmation",
     imitates="English admin reply, one item done and the rest announced for later",
     why="one named post deleted; the other two are unnamed and only promised",
     items={F[2]: "removed"})

# ===== review ===============================================================
case(name="naver-promise-will-act", date="Wed, 04 Sep 2024 15:02:36 +0900",
     **{"from": "help@naver.com"}, name_from="네이버 고객센터",
     subject="Re: [KCSC-240903-01] 불법정보 시정요구", reply_to_req="KCSC-240903-01",
     body=f"""안녕하세요, 네이버 고객센터입니다.

신고하신 {N[3]} 및 {N[8]} 게시물은
담당 부서 검토 후 운영정책에 따라 조치될 예정입니다.
처리가 완료되면 결과를 다시 안내드리겠습니다.

네이버 고객센터""",
     outcome="review", review="not_understood",
     imitates="customer-centre interim answer promising action after review",
     why="a promise ('조치될 예정'), not a statement: both stay pending",
     items={N[3]: "pending", N[8]: "pending"})

case(name="dc-bulk-all-five", date="Mon, 09 Sep 2024 18:33:02 +0900",
     **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject="Re: [KCSC-240906-03] 게시물 삭제 요청", reply_to_req="KCSC-240906-03",
     body="""안녕하세요. 디시인사이드 운영팀입니다.

신고해 주신 게시물 5건 모두 삭제 조치 완료했습니다.

감사합니다.""",
     outcome="review", review="bulk",
     imitates="one-line bulk confirmation from a community site",
     why="all five said deleted without naming any, for a five-item request",
     items={})

case(name="kakao-untrusted-dmarc-fail", date="Sat, 07 Sep 2024 02:14:55 +0900",
     **{"from": "right@kakaocorp.com"}, auth="fail", name_from="카카오 권리침해신고센터",
     subject="[카카오] 처리 완료 안내 KCSC-240905-02",
     body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 아래 게시물은 삭제 처리되었습니다.
{K[1]}
{K[2]}

처리 결과 확인: https://kakao-right-check.example/login""",
     outcome="review", review="untrusted",
     imitates="message claiming to be a portal notice that fails DKIM/SPF/DMARC",
     why="platform domain but authentication failed: nothing applies",
     items={K[1]: "pending", K[2]: "pending"})

case(name="author-gmail-unknown-sender", date="Thu, 05 Sep 2024 21:47:03 +0900",
     **{"from": "moonlit.pier.blog@gmail.com"}, name_from="김하늘",
     subject="KCSC-240903-01 관련 - 제 블로그 글 삭제했습니다",
     body=f"""안녕하세요.
네이버에서 안내를 받고 연락드립니다.
제 블로그 글 {N[1]} 은 오늘 제가 직접 삭제했습니다.
문제가 된 링크는 광고인 줄 모르고 올린 것입니다. 민원을 종결해 주시면 감사하겠습니다.

김하늘 드림""",
     outcome="review", review="unknown_sender",
     imitates="the post's author writing to the regulator from a personal mailbox",
     why="not a platform sender: a statement from the author is not the platform's",
     items={N[1]: "pending"})

case(name="dc-hedge-appears-deleted", date="Tue, 10 Sep 2024 11:51:27 +0900",
     **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject="Re: [KCSC-240906-03] 확인 요청", reply_to_req="KCSC-240906-03",
     body=f"""안녕하세요, 디시인사이드 운영팀입니다.

문의하신 {D[4]} 게시물은
확인해 보니 이미 삭제된 것으로 보입니다.
정확한 삭제 경위는 갤러리 관리자에게 확인 중입니다.

디시인사이드 운영팀""",
     outcome="review", review="not_understood",
     imitates="support desk reply hedging on whether a post is gone",
     why="'삭제된 것으로 보입니다' is a hedge and the cause is still being checked",
     items={D[4]: "pending"})

case(name="soop-conditional-deletion", date="Tue, 10 Sep 2024 17:09:14 +0900",
     **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 클린센터",
     subject="[SOOP] 신고 접수 건 진행 상황 안내 (KCSC-240909-04)", reply_to_req="KCSC-240909-04",
     body=f"""안녕하세요, SOOP 클린센터입니다.

{S[1]} 다시보기에 대해 스트리머에게 소명 기회를 부여하였습니다.
2024년 9월 16일까지 소명이 없거나 소명이 받아들여지지 않을 경우 해당 VOD는 삭제될 예정입니다.
그 전까지 VOD는 비공개 전환 없이 유지됩니다.

SOOP 클린센터""",
     outcome="review", review="not_understood",
     imitates="SOOP progress notice: creator given a chance to explain, conditional deletion",
     why="deletion only on a future condition; nothing has happened yet",
     items={S[1]: "pending"})

case(name="kakao-speaks-of-naver-item", date="Mon, 09 Sep 2024 14:40:18 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject="Re: [KCSC-240905-02] 문의 회신", reply_to_req="KCSC-240905-02",
     body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

보내주신 메일 본문에 함께 적힌 {N[10]} 은
당사 서비스가 아닌 네이버 블로그 게시물입니다.
참고로 확인해 보니 해당 네이버 블로그 글은 현재 삭제되어 접속되지 않습니다.

당사 서비스 게시물에 대한 결과는 별도로 안내드리겠습니다.

카카오 권리침해신고센터""",
     outcome="review", review="wrong_platform",
     imitates="portal answering about a URL on a competitor's service that was pasted into its request",
     why="Kakao states a status for a NAVER item: not Kakao's item to report on",
     items={N[10]: "pending"})

case(name="inven-contact-change-no-claims", date="Wed, 11 Sep 2024 10:00:00 +0900",
     **{"from": "cs@inven.co.kr"}, name_from="인벤 고객센터",
     subject="[인벤] 기관 협조 담당 창구 변경 안내",
     body="""안녕하세요, 인벤 고객센터입니다.

2024년 9월 23일부터 수사기관·행정기관 협조 요청 접수 창구가 변경됩니다.
앞으로는 cooperation@inven.co.kr 로 공문과 대상 게시물 주소를 보내 주시기 바랍니다.
기존 주소로 보내신 요청도 10월 말까지는 처리됩니다.

인벤 고객센터 드림""",
     outcome="review", review="no_claims", classification="other",
     imitates="portal notice to agencies about a changed cooperation mailbox",
     why="trusted platform mail that names no item and references no request",
     items={})

case(name="nate-asks-for-official-letter", date="Wed, 11 Sep 2024 16:12:40 +0900",
     **{"from": "pann_help@skcomms.co.kr"}, name_from="네이트 판 운영자",
     subject="Re: [KCSC-240910-05] 추가 자료 요청", reply_to_req="KCSC-240910-05",
     body=f"""안녕하세요, 네이트 판 운영자입니다.

{T[1]} 게시글의 게시중단을 진행하려면 아래 자료가 필요합니다.
1. 기관 명의 공문(PDF)
2. 문제가 되는 부분(본문 또는 댓글 작성 시각)

자료를 회신해 주시면 확인 후 처리하겠습니다.

네이트 판 운영자""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="platform asking the regulator for an official letter before acting",
     why="asks for documents before acting; the post stays pending",
     items={T[1]: "pending"})

case(name="naver-under-review-english", date="Fri, 06 Sep 2024 19:05:51 +0900",
     **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
     subject="Update on KCSC-240903-01", reply_to_req="KCSC-240903-01",
     body=f"""Dear KCSC team,

The items below are currently under review by our Trust & Safety team:

- {N[11]}
- {N[12]}

We will update you once a decision has been made.

NAVER Trust & Safety""",
     outcome="review", review="not_understood",
     imitates="English 'under review' interim update",
     why="'under review' is no statement: both named items stay pending",
     items={N[11]: "pending", N[12]: "pending"})

case(name="naver-summary-contradicts-table", date="Tue, 10 Sep 2024 13:29:06 +0900",
     **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페 고객센터",
     subject="[네이버 카페] 조치 결과 안내 (KCSC-240903-01)", reply_to_req="KCSC-240903-01",
     body=f"""안녕하세요, 네이버 카페 고객센터입니다.

요청하신 카페 게시물 {N[4]} 은 삭제 처리되었습니다.

[상세 결과]
대상: {N[4]}
결과: 위반사항 없음 (게시 유지)
사유: 도박 사이트 주소·홍보 문구가 확인되지 않음

네이버 카페 고객센터""",
     outcome="review", review="conflicting_statements",
     imitates="templated result mail whose summary line and detail block disagree",
     why="the same post is said deleted and kept in one email",
     items={N[4]: "pending"})

# ===== ignored ==============================================================
case(name="naver-out-of-office", date="Tue, 03 Sep 2024 10:12:40 +0900",
     **{"from": "seoyeon.lee@navercorp.com"}, name_from="이서연",
     subject="[자동응답] Re: [KCSC-240903-01] 불법정보 시정요구",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 이서연입니다.
9월 3일(화)부터 9월 9일(월)까지 휴가로 부재중입니다.
급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주세요.

I am out of the office until 9 September. For urgent matters please write to policy@navercorp.com.""",
     outcome="ignored", classification="auto_reply",
     imitates="bilingual out-of-office auto-reply from a portal employee",
     why="auto-reply: says nothing about any item",
     items={})

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="==dsn531=="

--==dsn531==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety-team@sooplive.co.kr>: host mx1.sooplive.co.kr[203.0.113.45] said:
    550 5.1.1 <safety-team@sooplive.co.kr>: Recipient address rejected:
    User unknown in virtual mailbox table

--==dsn531==
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon, 9 Sep 2024 14:20:03 +0900 (KST)

Final-Recipient: rfc822; safety-team@sooplive.co.kr
Original-Recipient: rfc822;safety-team@sooplive.co.kr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.sooplive.co.kr
Diagnostic-Code: smtp; 550 5.1.1 <safety-team@sooplive.co.kr>: Recipient
    address rejected: User unknown in virtual mailbox table

--==dsn531==
Content-Type: message/rfc822

From: KCSC 불법정보대응팀 <takedown@kcsc.example>
To: safety-team@sooplive.co.kr
Subject: [KCSC-240909-04] 불법정보 시정요구
Date: Mon, 09 Sep 2024 14:20:00 +0900
Message-ID: <KCSC-240909-04@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물을 삭제하여 주시기 바랍니다.
1. {S[1]}
2. {S[2]}
3. {S[3]}

--==dsn531==--
"""
case(name="soop-bounce-dsn", date="Mon, 09 Sep 2024 14:20:05 +0900",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=dsn,
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN returning the request sent to a wrong SOOP address",
     why="bounce carrying our own request: says nothing from the platform",
     items={})

mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="==mdn531=="

--==mdn531==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

귀하의 메일 "[KCSC-240905-02] 개인정보 노출 게시물 삭제 요청"을(를)
수신자가 2024-09-05 오전 11:02에 읽었습니다.

--==mdn531==
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <KCSC-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--==mdn531==--
"""
case(name="kakao-read-receipt", date="Thu, 05 Sep 2024 11:02:31 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject="읽음 확인: [KCSC-240905-02] 개인정보 노출 게시물 삭제 요청",
     reply_to_req="KCSC-240905-02",
     raw_mime=mdn,
     outcome="ignored", classification="read_receipt",
     imitates="Korean-localised MDN (읽음 확인) from a portal mailbox",
     why="read receipt only",
     items={})

case(name="dc-ticket-receipt-echo", date="Fri, 06 Sep 2024 11:05:40 +0900",
     **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 고객센터",
     subject="[디시인사이드] 문의가 정상적으로 접수되었습니다 (접수번호 DCQ-240906-0193)",
     reply_to_req="KCSC-240906-03",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""문의가 정상적으로 접수되었습니다.

접수번호 : DCQ-240906-0193
접수일시 : 2024-09-06 11:05

[접수된 문의 내용]
제목 : [KCSC-240906-03] 명예훼손 게시물 삭제 요청
본문 : 아래 게시물의 삭제를 요청합니다.
{D[1]}
{D[2]}
(이하 생략)

답변은 영업일 기준 3일 이내에 메일로 드립니다.
본 메일은 발신 전용입니다.""",
     outcome="ignored", classification="acknowledgement",
     imitates="help-desk ticket receipt echoing the submitted inquiry",
     why="pure receipt; the URLs are only our own text echoed back",
     items={D[1]: "pending", D[2]: "pending"})

case(name="nate-ticket-english", date="Tue, 10 Sep 2024 10:01:12 +0900",
     **{"from": "helpdesk@nate.com"}, name_from="Nate Helpdesk",
     subject="[Ticket #NATE-77120] We received your request KCSC-240910-05",
     reply_to_req="KCSC-240910-05",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

Thank you for contacting Nate. Your request (KCSC-240910-05) has been received
and ticket #NATE-77120 has been created. Our team will review it and respond
within 3 business days.

Please keep the ticket number in the subject when you reply.

Nate Helpdesk""",
     outcome="ignored", classification="acknowledgement",
     imitates="ticket-system receipt (request received, ticket created)",
     why="pure acknowledgement with a ticket number",
     items={})

case(name="fmkorea-out-of-office", date="Thu, 12 Sep 2024 09:15:30 +0900",
     **{"from": "report@fmkorea.com"}, name_from="에펨코리아 운영팀",
     subject="Automatic reply: [KCSC-240912-07] 불법 도박 홍보 게시물 삭제 요청",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""추석 연휴(9월 14일~9월 18일) 기간에는 신고 메일 확인이 지연됩니다.
연휴 이후 순차적으로 답변드리겠습니다.

During the Chuseok holidays (14-18 September) replies to reports will be delayed.""",
     outcome="ignored", classification="auto_reply",
     imitates="holiday auto-reply from a community site's report mailbox",
     why="auto-reply announcing a delay; nothing about any item",
     items={})

HEADER = """# Blind set 531: Korean portals and community sites (NAVER, Kakao/Daum/Tistory,
# DC Inside, SOOP, Nate, Clien, FM Korea, Inven), Korean and English mixed.
# Written by tests/corpus/blind531/make.py from each email's meaning alone,
# before any run of the reader. Each case is judged alone on a fresh ledger."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind531", HEADER, CASES)


if __name__ == "__main__":
    main()
