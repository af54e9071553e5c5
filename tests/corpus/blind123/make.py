#!/usr/bin/env python3
"""Blind set 123: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Clien, plus Ppomppu for a misdirected
reply), in Korean and English, with the doubtful and ignorable mail a
regulator's mailbox receives.

    python3 tests/corpus/blind123/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails.
"""
import base64
import csv
import datetime
import email.header
import email.utils
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(s):
    """'2024-09-13 10:12:05' (KST) -> RFC 5322 date."""
    t = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST)
    return email.utils.format_datetime(t)


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
R_NAVER = "KCSC-240910-01"
R_DC = "KCSC-240911-02"
R_DAUM = "KCSC-240912-03"
R_SOOP = "KCSC-240912-04"
R_FM = "KCSC-240913-05"
R_INVEN = "KCSC-240913-06"
R_CLIEN = "KCSC-240914-07"

N1 = "https://blog.naver.com/moonlit_trader77/223561234501"
N2 = "https://blog.naver.com/moonlit_trader77/223561234588"
N3 = "https://blog.naver.com/greenpeak_invest/223549870012"
N4 = "https://cafe.naver.com/coinbridge2024/18422"
N5 = "https://cafe.naver.com/coinbridge2024/18457"
N6 = "https://cafe.naver.com/sunnyside_deal/90311"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=471122334"
N8 = "https://blog.naver.com/PostView.naver?blogId=lucky_harbor21&logNo=223570001122"
N9 = "https://m.blog.naver.com/lucky_harbor21/223570001190"
N10 = "https://cafe.naver.com/ArticleRead.nhn?clubid=31044211&articleid=5521"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38811220&memberNo=51122093"
N12 = "https://tv.naver.com/v/61230987"
N13 = "https://blog.naver.com/silvercrane_lab/223577700015"
N14 = "https://cafe.naver.com/coinbridge2024/18501"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

D1 = "https://gall.dcinside.com/board/view/?id=stockus&no=3318870"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket_new&no=88120"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket_new&no=88134"
D4 = "https://gall.dcinside.com/mini/board/view/?id=lunaside&no=4412"
D5 = "https://gall.dcinside.com/board/view/?id=baseball_new11&no=12990311"
DC = [D1, D2, D3, D4, D5]

# K1 is stored percent-encoded; its raw form is K1_RAW (entry/코인-리딩방-무료초대).
K1_RAW = "https://haneul-notes.tistory.com/entry/코인-리딩방-무료초대"
K1 = "https://haneul-notes.tistory.com/entry/%EC%BD%94%EC%9D%B8-%EB%A6%AC%EB%94%A9%EB%B0%A9-%EB%AC%B4%EB%A3%8C%EC%B4%88%EB%8C%80"
K2 = "https://cafe.daum.net/goldbridge99/Jk3f/2231"
K3 = "https://cafe.daum.net/goldbridge99/Jk3f/2240"
K4 = "https://ddalgi-review.tistory.com/318"
DAUM = [K1, K2, K3, K4]

S1 = "https://vod.sooplive.co.kr/player/131552871"
S2 = "https://vod.sooplive.co.kr/player/131560044"
S3 = "https://ch.sooplive.co.kr/nightowl_bj/post/148822301"
SOOP = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7481120394"
F2 = "https://www.fmkorea.com/7481135527"

I1 = "https://www.inven.co.kr/board/lostark/4811/8823104"
I2 = "https://www.inven.co.kr/board/maple/5974/3301287"
I3 = "https://m.inven.co.kr/board/lostark/4811/8823190"

C1 = "https://www.clien.net/service/board/park/18733021"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    (R_NAVER, "naver", "2024-09-10", "2024-09-17", "illegal_finance", NAVER,
     "unlicensed investment leading rooms on blogs and cafes"),
    (R_DC, "dcinside", "2024-09-11", "2024-09-18", "defamation", DC,
     "posts naming a private person"),
    (R_DAUM, "daum", "2024-09-12", "2024-09-19", "illegal_finance", DAUM,
     "tistory and daum cafe posts"),
    (R_SOOP, "soop", "2024-09-12", "2024-09-19", "obscene", SOOP,
     "two VODs and one station post"),
    (R_FM, "fmkorea", "2024-09-13", "2024-09-20", "gambling", [F1, F2],
     "gambling site promotion"),
    (R_INVEN, "inven", "2024-09-13", "2024-09-20", "privacy", [I1, I2, I3],
     "personal data of a streamer"),
    (R_CLIEN, "clien", "2024-09-14", "2024-09-21", "defamation", [C1],
     "single post"),
]


def req_mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def thread(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref), note])


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------
def qp_body(text, ctype="plain"):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64_body(text, ctype="plain"):
    enc = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + enc)


def alternative(plain, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{plain.strip()}\n"
            f"--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{html.strip()}\n"
            f"--{boundary}--\n")


def with_csv(text, csv_text, filename, boundary):
    data = base64.encodebytes(b"\xef\xbb\xbf" + csv_text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n"
            f"{data}"
            f"--{boundary}--\n")


def report(kind, human, machine, tail_type, tail, boundary):
    return (f'Content-Type: multipart/report; report-type={kind}; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{human.strip()}\n"
            f"--{boundary}\n"
            f"Content-Type: message/{'delivery-status' if kind == 'delivery-status' else 'disposition-notification'}\n\n"
            f"{machine.strip()}\n"
            f"--{boundary}\n"
            f"Content-Type: {tail_type}\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{tail.strip()}\n"
            f"--{boundary}--\n")


def table_html(intro, rows, outro, heads):
    th = "".join(f"<th>{h}</th>" for h in heads)
    trs = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f'<html><body style="font-family:Malgun Gothic,sans-serif;font-size:13px">\n'
            f"{intro}\n<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n"
            f"<tr>{th}</tr>\n{trs}\n</table>\n{outro}\n</body></html>")


def items(urls, status):
    return {u: status for u in urls}


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
CASES = []


def case(**c):
    CASES.append(c)


# ---------------------------------------------------------------- NAVER ---

a1_rows = [
    ("1", N1, "삭제", "2024.09.12 조치"),
    ("2", N2, "삭제", "2024.09.12 조치"),
    ("3", N3, "접속차단(국내)", "국내 IP에서의 접근 제한"),
    ("4", N4, "삭제", "카페 운영원칙 위반"),
    ("5", N5, "블라인드", "카페 내 비노출 처리"),
    ("6", N6, "임시조치", "30일간 접근 차단"),
    ("7", N7, "게시물 없음", "요청 접수 전 작성자가 삭제"),
]
a1_intro = ("<p>방송통신심의위원회 담당자님께,</p>\n"
            f"<p>네이버 정책지원팀입니다. 귀 위원회의 시정요구({R_NAVER})에 따른 조치 결과를 아래와 같이 "
            "회신드립니다. 이번 회신은 요청 목록의 1~7번 항목에 대한 것이며, 8~14번 항목은 별도로 회신드리겠습니다.</p>")
a1_plain = (
    "방송통신심의위원회 담당자님께,\n\n"
    f"네이버 정책지원팀입니다. 귀 위원회의 시정요구({R_NAVER})에 따른 조치 결과를 아래와 같이\n"
    "회신드립니다. 이번 회신은 요청 목록의 1~7번 항목에 대한 것이며, 8~14번 항목은 별도로\n"
    "회신드리겠습니다.\n\n"
    "연번 | URL | 조치 결과 | 비고\n"
    + "\n".join(" | ".join(r) for r in a1_rows)
    + "\n\n네이버 정책지원팀 드림\n"
)
case(
    name="naver-kcsc-result-table-html",
    date=d("2024-09-13 10:12:05"), **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=f"[회신] 시정요구 조치결과 통보 ({R_NAVER}) - 1차",
    reply_to_req=thread(R_NAVER),
    raw_mime=alternative(a1_plain, table_html(a1_intro, [(r[0], f'<a href="{r[1]}">{r[1]}</a>', r[2], r[3]) for r in a1_rows],
                                              "<p>네이버 정책지원팀 드림</p>", ["연번", "URL", "조치 결과", "비고"]), "b123-a1-alt"),
    outcome="applied", classification="confirmation",
    imitates="NAVER reply to a KCSC 시정요구 with a 조치결과 table (HTML + text alternative)",
    why="trusted NAVER table: 삭제/블라인드 removed, 접속차단(국내)/임시조치 restricted, 게시물 없음 (author deleted) not_found",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "removed",
           N6: "restricted", N7: "not_found"},
)

a2_csv = "\n".join([
    "연번,URL,조치결과,조치일",
    f"8,{N8},미조치(위반사항 없음),-",
    f"9,{N9},게시물 없음(존재하지 않는 글번호),-",
    f"10,{N10},운영자 삭제,2024-09-13",
    f"11,{N11},게시중단,2024-09-13",
    f"12,{N12},연령 제한(19세 이상),2024-09-14",
    f"13,{N13},삭제,2024-09-14",
    f"14,{N14},블라인드,2024-09-14",
])
case(
    name="naver-second-batch-csv",
    date=d("2024-09-14 16:40:31"), **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=f"[회신] 시정요구 조치결과 통보 ({R_NAVER}) - 2차",
    reply_to_req=thread(R_NAVER),
    raw_mime=with_csv(
        "안녕하세요, 네이버 정책지원팀입니다.\n\n"
        f"지난 회신에 이어 {R_NAVER} 건의 8~14번 항목 조치 결과를 첨부한 CSV 파일로 보내드립니다.\n"
        "파일은 UTF-8로 저장되어 있으며, '미조치' 항목은 검토 결과 운영정책 및 관련 법령 위반이\n"
        "확인되지 않아 게시를 유지한 건입니다.\n\n"
        "이로써 본 시정요구 건의 회신을 마칩니다.\n\n네이버 정책지원팀 드림",
        a2_csv, "KCSC-240910-01_result_2.csv", "b123-a2-mixed"),
    outcome="applied", classification="confirmation",
    imitates="portal's result spreadsheet attached as CSV (UTF-8 with BOM) to a short Korean cover note",
    why="CSV rows: 미조치 rejected, 게시물 없음 not_found, 운영자 삭제/게시중단/삭제/블라인드 removed, 연령 제한 restricted",
    items={N8: "rejected", N9: "not_found", N10: "removed", N11: "removed", N12: "restricted",
           N13: "removed", N14: "removed"},
)

case(
    name="naver-bare-url-status-below",
    date=d("2024-09-14 11:03:44"), **{"from": "noreply@help.naver.com"},
    name_from="네이버 고객센터",
    subject=f"[네이버 고객센터] 요청하신 게시물 처리 결과 안내 ({R_NAVER})",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{R_NAVER} 요청 건 중 네이버 포스트와 네이버TV 항목의 처리 결과를 안내드립니다.

{N11}
→ 처리 결과: 게시중단 완료 (2024.09.13)

{N12}
→ 처리 결과: 19세 이상 이용자만 시청할 수 있도록 연령 제한 적용

본 메일은 발신 전용입니다. 추가 문의는 고객센터 1:1 문의를 이용해 주세요.
https://help.naver.com/inquiry/home.help
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre result notice (send-only address on a naver.com subdomain)",
    why="bare URL, status on the line below: 게시중단 removed, 연령 제한 restricted; help link is not an item",
    items={N11: "removed", N12: "restricted"},
)

case(
    name="naver-english-angle-brackets",
    date=d("2024-09-15 09:21:10"), **{"from": "trustsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject=f"Re: {R_NAVER} - review results for three items",
    reply_to_req=thread(R_NAVER),
    body=f"""
Dear KCSC team,

Thank you for your notice {R_NAVER}. We have completed our review of three
of the listed items.

1) <{N13}> has been removed for violating the NAVER Blog Operating
Principles (unregistered investment solicitation).

2) The cafe article at
{N14}
has been blinded (블라인드) and is no longer visible to any user,
including members of the cafe.

3) We could not locate any post at <{N9}>.
That post number does not exist on the blog.

For the other items, please refer to the results our policy team has
already sent you.

Kind regards,
Minseo Park
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply of a Korean portal, URLs in angle brackets and on their own line",
    why="removed, blinded (= removed), could not locate (= not_found); one URL sits on the line between its statement's halves",
    items={N13: "removed", N14: "removed", N9: "not_found"},
)

case(
    name="naver-gmail-top-posted",
    date=d("2024-09-11 18:05:12"), **{"from": "doyun.han@navercorp.com"},
    name_from="한도윤",
    subject=f"Re: [{R_NAVER}] 불법정보 시정요구",
    reply_to_req=thread(R_NAVER),
    body=f"""
안녕하세요, 네이버 정책지원팀 한도윤입니다.

요청하신 14건 중 아래 2건은 오늘 오후 삭제 조치를 완료했습니다.
- {N2}
- {N5}

나머지 건은 담당 서비스별로 확인 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
한도윤 드림

2024년 9월 10일 (화) 오후 5:31, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 안녕하세요. 방송통신심의위원회입니다.
> 아래 정보에 대하여 시정요구(삭제)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.
>
> 1. {N1}
> 2. {N2}
> 3. {N3}
> 4. {N4}
> 5. {N5}
> (6~14번은 첨부 목록 참조)
>
> 조치 기한: 2024년 9월 17일
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply by a named NAVER employee over the quoted request",
    why="two named items deleted; the rest 'being checked' (pending); quoted request lines are not statements",
    items={N2: "removed", N5: "removed", N1: "pending", N3: "pending", N4: "pending"},
)

case(
    name="naver-imsijochi-qp",
    date=d("2024-09-12 14:20:03"), **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    subject="[네이버] 게시물 임시조치 안내",
    raw_mime=qp_body(f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회의 요청({R_NAVER})에 따라 아래 카페 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2 제4항에 따른 임시조치를 하였음을 알려드립니다.

- 대상 게시물: {N6}
- 조치 내용: 임시조치(30일간 게시물 접근 차단)
- 조치 일시: 2024. 9. 12. 14:05

임시조치 기간 동안 해당 게시물은 작성자 외의 이용자에게 표시되지 않으며, 게시자는 기간 내 재게시를 요청할 수 있습니다.

네이버 권리보호센터 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 안내 (정보통신망법 제44조의2), quoted-printable body",
    why="임시조치 (30-day access block) is restricted under the set's rules; QP soft breaks may cut the URL",
    items={N6: "restricted"},
)

case(
    name="naver-kin-author-deleted",
    date=d("2024-09-13 15:47:50"), **{"from": "kin_help@navercorp.com"},
    name_from="네이버 지식iN 운영팀",
    subject=f"RE: [{R_NAVER}] 지식iN·카페 항목 처리 결과",
    reply_to_req=thread(R_NAVER),
    body=f"""
안녕하세요, 지식iN 운영팀입니다.
{R_NAVER} 요청 건 중 지식iN 및 카페 항목에 대해 안내드립니다.

지식iN 질문 {N7} 은(는) 작성자가 9월 10일 직접 삭제하여 현재 존재하지 않는 문서입니다.

카페 게시글 {N10} 은(는) 카페 운영진의 대응이 없어 네이버 운영자 권한으로 삭제하였습니다(운영자 삭제).

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN/카페 operator reply (작성자 삭제, 운영자 삭제)",
    why="deleted by its author before review = not_found; 운영자 삭제 = removed",
    items={N7: "not_found", N10: "removed"},
)

case(
    name="naver-bilingual-notice",
    date=d("2024-09-16 10:02:19"), **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    subject=f"[NAVER] 조치 결과 안내 / Action taken ({R_NAVER})",
    body=f"""
[한국어]
안녕하세요, 네이버입니다. {R_NAVER} 건과 관련하여 아래 두 게시물의 조치 내용을 알려드립니다.

1. {N3}
   해외 이용자를 제외한 국내 이용자의 접근을 제한하였습니다.
2. {N5}
   카페 게시글을 블라인드 처리하였습니다.

[English]
Hello, this is NAVER. Regarding {R_NAVER}, please find the actions taken on two posts below.

1. {N3}
   Access has been restricted for users in Korea.
2. {N5}
   The cafe post has been blinded and is hidden from all users.
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English portal notice to a foreign-facing regulator contact",
    why="same two statements in both languages: restricted in Korea, blinded (removed)",
    items={N3: "restricted", N5: "removed"},
)

case(
    name="naver-receipt-with-result",
    date=d("2024-09-12 17:31:40"), **{"from": "helpdesk@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 2409-1177-3021)",
    body=f"""
안녕하세요, 네이버 고객센터입니다.
문의가 정상적으로 접수되었으며(접수번호 2409-1177-3021), 확인 결과를 함께 안내드립니다.

{R_NAVER} 관련하여 확인 결과, 아래 카페 게시글은 카페 운영원칙 위반으로 삭제되었습니다.
{N4}

네이버 카페 운영원칙은 아래에서 확인하실 수 있습니다.
https://help.naver.com/service/5600/contents/18711

조치에 이의가 있는 경우 아래 페이지에서 신청할 수 있습니다.
https://right.naver.com/objection/apply

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk ticket answer that opens like a receipt but carries a result",
    why="receipt phrase plus an unhedged 'was deleted' for a named item is not a mere acknowledgement; policy/appeal links are not items",
    items={N4: "removed"},
)

case(
    name="naver-promise-will-delete",
    date=d("2024-09-11 11:15:00"), **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=f"Re: [{R_NAVER}] 불법정보 시정요구",
    reply_to_req=thread(R_NAVER),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

보내주신 시정요구는 잘 받았습니다. 이 중 아래 두 블로그 게시물은 내부 검토를 거쳐
영업일 기준 3일 이내에 삭제될 예정입니다.

{N1}
{N2}

These two posts will be removed within three business days once our internal review is complete.
나머지 항목은 검토가 끝나는 대로 별도로 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply promising deletion within N business days",
    why="'삭제될 예정' / 'will be removed' is a promise, not a statement: items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-spoofed-dmarc-fail",
    date=d("2024-09-12 02:44:18"), **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    auth="fail",
    subject=f"[긴급] {R_NAVER} 조치 완료 통보",
    body=f"""
방송통신심의위원회 귀중

{R_NAVER} 건 조치가 모두 완료되었습니다. 아래 게시물은 삭제되었습니다.

{N1}
{N3}
{N8}

조치 확인서는 아래 링크에서 내려받으실 수 있습니다.
http://naver-policy-docs.example/confirm?id=240910
""",
    outcome="review", review="untrusted",
    imitates="forged portal notice (navercorp.com From, DKIM/SPF/DMARC fail) with a download link",
    why="claims come from a platform domain that fails authentication: review untrusted, nothing applied",
    items={N1: "pending", N3: "pending", N8: "pending"},
)

case(
    name="naver-law-firm-unknown-sender",
    date=d("2024-09-13 13:09:27"), **{"from": "office@hangyeol-law.example"},
    name_from="법무법인 한결",
    subject=f"Re: [{R_NAVER}] 블로그 게시물 관련",
    body=f"""
방송통신심의위원회 담당자님께

저희 법무법인은 아래 블로그 운영자의 대리인입니다.
의뢰인은 귀 위원회의 요청({R_NAVER})을 전달받은 뒤 아래 게시물을 9월 12일 자진 삭제하였음을 알려드립니다.

{N1}

향후 이 건과 관련한 연락은 본 법인으로 주시기 바랍니다.

법무법인 한결 변호사 오세린
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the poster's lawyer saying the client deleted the post",
    why="sender is not any platform's domain; its claim cannot change a status",
    items={N1: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    date=d("2024-09-18 09:00:00"), **{"from": "partner-notice@navercorp.com"},
    name_from="NAVER 파트너 안내",
    subject="[NAVER] 게시중단 요청 처리 담당 부서 연락처 변경 안내",
    body="""
안녕하세요, 네이버입니다.

2024년 10월 1일부터 공공기관의 게시중단·시정요구 접수 창구가 아래와 같이 변경됩니다.

- 변경 전: policy@navercorp.com
- 변경 후: public-request@navercorp.com

기존 주소로 보내주신 요청도 10월 31일까지는 자동으로 전달됩니다.
자세한 내용은 https://help.naver.com/notice/public-request 를 참고해 주세요.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal partner notice about a change of contact address",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="naver-forwarded-cafe-manager",
    date=d("2024-09-14 10:26:51"), **{"from": "jiwoo.seo@navercorp.com"},
    name_from="서지우",
    subject="Fwd: 카페 게시글 삭제 확인",
    body=f"""
안녕하세요, 네이버 카페팀 서지우입니다.
{R_NAVER} 건과 관련해 해당 카페 매니저가 보내온 답변을 그대로 전달드립니다. 참고 부탁드립니다.

---------- Forwarded message ---------
보낸사람: 햇살마켓 매니저 <sunny.manager@naver.com>
Date: 2024년 9월 13일 (금) 오후 9:12
Subject: 카페 게시글 삭제 확인
To: 카페팀 <cafe-ops@navercorp.com>

안녕하세요. 연락 주신 글 {N6} 는 제가 방금 삭제했습니다.
회원 강퇴 조치도 같이 했습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="NAVER employee forwarding a cafe manager's message",
    why="the only statement is the forwarded third party's; NAVER itself states nothing",
    items={N6: "pending"},
)

# ------------------------------------------------------------- DC Inside ---

case(
    name="dc-numbered-list",
    date=d("2024-09-13 14:33:09"), **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=f"Re: [{R_DC}] 게시물 삭제 요청에 대한 처리 결과",
    reply_to_req=thread(R_DC),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물 5건에 대한 처리 결과를 알려드립니다.

1. {D1} - 삭제 완료
2. {D2} - 삭제 완료
3. {D3} - 이미 작성자가 삭제한 게시물입니다
4. {D4} - 성인 인증 회원만 열람 가능하도록 제한
5. {D5} - 삭제 완료

감사합니다.
디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations-team numbered result list",
    why="삭제 완료 removed, already deleted by author not_found, adult-only viewing restricted",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "restricted", D5: "removed"},
)

case(
    name="dc-url-below-statement",
    date=d("2024-09-14 10:05:55"), **{"from": "report@dcinside.com"},
    name_from="디시인사이드",
    subject=f"[디시인사이드] {R_DC} 처리 결과",
    body=f"""
안녕하세요. 디시인사이드입니다.

아래 게시물은 갤러리 운영원칙 및 관계 법령 위반으로 삭제 처리되었습니다.
{D2}
{D5}

아래 게시물은 성인 인증을 마친 회원만 볼 수 있도록 열람을 제한하였습니다.
{D4}

나머지 게시물에 대해서는 추후 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site result grouped by action, statement line above the URLs",
    why="each heading states the action for the URLs under it; the unnamed rest is a promise",
    items={D2: "removed", D5: "removed", D4: "restricted"},
)

case(
    name="dc-base64-english",
    date=d("2024-09-13 19:42:12"), **{"from": "global@dcinside.com"},
    name_from="DCinside Global Support",
    subject=f"Result of request {R_DC}",
    raw_mime=b64_body(f"""
Hello,

This is DCinside support. Regarding request {R_DC}:

Post {D1}
 - deleted on 2024-09-13.

Post {D5}
 - deleted on 2024-09-13.

The remaining three posts are still being reviewed by the gallery
operations team and we will write again when that is finished.

Best regards,
DCinside Support
"""),
    outcome="applied", classification="confirmation",
    imitates="English support reply from a Korean community, base64-encoded body",
    why="two named posts deleted; 'still being reviewed' names nothing more, so nothing else changes",
    items={D1: "removed", D5: "removed"},
)

case(
    name="dc-korean-particles",
    date=d("2024-09-15 16:18:33"), **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=f"RE: [{R_DC}] 삭제 요청 건",
    reply_to_req=thread(R_DC),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

{D1}은 확인 후 삭제 처리되었으며, {D3}는 저희가 확인하기 전에 작성자가 이미 지운 글이라 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean operator reply with particles glued to the URLs",
    why="'은 … 삭제 처리' removed; deleted by its author before review not_found; the particles are not part of the URLs",
    items={D1: "removed", D3: "not_found"},
)

case(
    name="dc-echoed-report",
    date=d("2024-09-15 11:24:08"), **{"from": "noreply@dcinside.com"},
    name_from="디시인사이드 신고센터",
    subject="[디시인사이드] 신고 처리 결과 안내 (신고번호 2024091500412)",
    body=f"""
디시인사이드 신고센터입니다. 접수하신 신고의 처리 결과를 안내드립니다.

[신고 정보]
신고 번호: 2024091500412
신고 대상: {D5}
신고 사유: 불법정보 ({R_DC})
신고 내용: 위 게시물은 특정 개인의 실명과 근무처를 적시하여 명예를 훼손하고 있으므로 삭제를 요청합니다.

[처리 결과]
처리 상태: 삭제 완료
처리 일시: 2024-09-15 11:20

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre result mail that echoes the reporter's own text",
    why="the echoed 삭제를 요청합니다 is ours; the 처리 결과 '삭제 완료' for the one report target is the statement",
    items={D5: "removed"},
)

case(
    name="dc-hedge-and-under-review",
    date=d("2024-09-12 17:50:40"), **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=f"Re: [{R_DC}] 게시물 삭제 요청",
    reply_to_req=thread(R_DC),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

{D1} 게시물은 이미 삭제된 것으로 보입니다.
{D2}, {D3} 두 게시물은 현재 담당 부서에서 검토 중입니다.

검토가 끝나면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="operator reply hedging ('…된 것으로 보입니다') and reporting items under review",
    why="'appears to be deleted' is a hedge and 'under review' no statement: all stay pending",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="dc-spoofed-auth-fail",
    date=d("2024-09-12 03:12:51"), **{"from": "admin@dcinside.com"},
    name_from="DCinside 관리자",
    auth="fail",
    subject=f"{R_DC} 삭제 완료 안내",
    body=f"""
요청하신 게시물 5건 모두 삭제 완료하였습니다.

{D1}
{D2}
{D3}
{D4}
{D5}

디시인사이드 관리자
""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be DC Inside whose DKIM/SPF/DMARC fail",
    why="dcinside.com From but authentication fails: nothing is applied",
    items=items(DC, "pending"),
)

case(
    name="dc-gallery-manager-from-naver-mail",
    date=d("2024-09-13 22:41:05"), **{"from": "coinmkt.mgr@naver.com"},
    name_from="코인마켓 마갤 매니저",
    subject=f"[{R_DC}] 마이너 갤러리 게시글 삭제했습니다",
    body=f"""
안녕하세요. 디시인사이드 coinmarket_new 마이너 갤러리 매니저입니다.
운영팀에서 전달받은 요청 건 중 저희 갤러리 글 두 개를 매니저 권한으로 삭제했습니다.

{D2}
{D3}

개인 메일로 보내는 점 양해 부탁드립니다.
""",
    outcome="review", review="wrong_platform",
    imitates="volunteer gallery manager writing from a personal portal mailbox",
    why="authenticated naver.com mail (a NAVER sender domain) stating statuses of DC Inside items: wrong platform, not DC Inside's own statement",
    items={D2: "pending", D3: "pending"},
)

case(
    name="dc-bounce-dsn",
    date=d("2024-09-11 17:02:44"), **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=report(
        "delivery-status",
        """
This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@dcinside.com>: host mx1.dcinside.com said: 550 5.1.1 <legal@dcinside.com>:
    Recipient address rejected: User unknown in local recipient table
""",
        """
Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Wed, 11 Sep 2024 17:02:40 +0900

Final-Recipient: rfc822; legal@dcinside.com
Original-Recipient: rfc822;legal@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
""",
        "text/rfc822-headers",
        f"""
From: KCSC Takedown <takedown@kcsc.example>
To: legal@dcinside.com
Subject: [{R_DC}] 불법정보 삭제 요청 ({D1} 외 4건)
Date: Wed, 11 Sep 2024 17:02:31 +0900
Message-ID: <{req_mid(R_DC)}>
""",
        "b123-dsn-dc"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown) with the request's headers",
    why="a bounce is ignored whatever URLs its returned headers carry",
    items={D1: "pending"},
)

# ------------------------------------------------------------ Daum/Kakao ---

case(
    name="daum-tistory-raw-korean-path",
    date=d("2024-09-13 13:55:21"), **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject=f"[카카오] 신고하신 게시물의 처리 결과 안내 ({R_DAUM})",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.
신고하신 티스토리 게시물에 대해 아래와 같이 조치하였습니다.

■ 대상: {K1_RAW}
■ 조치: 임시조치(30일간 접근 차단)

■ 대상: {K4}
■ 조치: 게시물 삭제

임시조치된 게시물은 게시자가 30일 안에 복원 신청을 하지 않으면 영구 삭제됩니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result notice for Tistory posts (raw Korean path)",
    why="raw Korean path matches the percent-encoded request URL; 임시조치 restricted, 삭제 removed; the 30-day sentence is a condition",
    items={K1: "restricted", K4: "removed"},
)

a16_rows = [("1", K2, "유지", "카페 운영원칙 및 관련 법령 위반 사항이 확인되지 않음"),
            ("2", K3, "게시물 없음", "작성자가 이미 삭제한 게시물")]
case(
    name="daum-cafe-html-table",
    date=d("2024-09-14 15:08:37"), **{"from": "cafe-report@daum.net"},
    name_from="Daum 카페",
    subject=f"[Daum 카페] 신고 게시물 검토 결과 ({R_DAUM})",
    type="html",
    body=table_html(
        f"<p>안녕하세요, Daum 카페 운영팀입니다.</p><p>{R_DAUM} 건 중 카페 게시물 2건의 검토 결과를 알려드립니다.</p>",
        [(r[0], r[1], r[2], r[3]) for r in a16_rows],
        '<p>운영원칙: <a href="https://cs.daum.net/faq/15/cafe-policy.html">Daum 카페 운영원칙</a></p>',
        ["번호", "게시물 주소", "처리 결과", "사유"]),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe review result as an HTML-only table",
    why="유지 with a reason rejected; 게시물 없음 (author deleted) not_found; policy link not an item",
    items={K2: "rejected", K3: "not_found"},
)

case(
    name="daum-english-kakao-ts",
    date=d("2024-09-15 10:40:02"), **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject=f"Your request {R_DAUM}",
    body=f"""
Hello,

Thank you for contacting Kakao Trust & Safety about request {R_DAUM}.

- {K4}: the Tistory post has been deleted.
- {K3}: we were unable to find this cafe post; it had been deleted by the
  writer before we reviewed your request.

Best regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English trust-and-safety reply, dash list",
    why="deleted removed; unable to find / deleted by the writer not_found",
    items={K4: "removed", K3: "not_found"},
)

_cut = K1.index("%EB%AC%B4")  # wrapped after the hyphen before 무료초대
K1_WRAP = K1[:_cut] + "\n  " + K1[_cut:]
case(
    name="daum-wrapped-url-angle",
    date=d("2024-09-16 09:12:45"), **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject=f"Re: [{R_DAUM}] 처리 결과",
    reply_to_req=thread(R_DAUM),
    body=f"""
안녕하세요, 카카오입니다.

요청하신 티스토리 게시물 두 건의 처리 결과입니다.

<{K1_WRAP}>
위 게시물은 임시조치(30일간 접근 차단)하였습니다.

<{K4}>
위 게시물은 삭제하였습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice whose long percent-encoded URL the mailer wrapped inside angle brackets",
    why="a URL wrapped inside <> is one URL (RFC 3986 app. C); statement on the line below each URL",
    items={K1: "restricted", K4: "removed"},
)

case(
    name="daum-conditional-deletion",
    date=d("2024-09-13 18:03:29"), **{"from": "cafe-report@daum.net"},
    name_from="Daum 카페",
    subject=f"Re: [{R_DAUM}] 카페 게시물 삭제 요청",
    reply_to_req=thread(R_DAUM),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

{K2} 게시물에 대해 게시자에게 소명 기회를 안내하였습니다.
게시자가 7일 이내에 소명하지 않으면 해당 게시물은 삭제될 예정입니다.
소명이 접수되는 경우 검토 후 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe reply announcing a deletion conditional on the poster's silence",
    why="a condition and a promise, no statement: item stays pending",
    items={K2: "pending"},
)

case(
    name="daum-ticket-receipt",
    date=d("2024-09-12 18:40:13"), **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

- 접수번호: KR-2409-55821
- 문의 제목: [{R_DAUM}] 불법정보 삭제 요청
- 접수일시: 2024-09-12 18:40

담당자가 확인한 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt",
    why="pure acknowledgement: a ticket number and a promise to answer",
    items={},
)

# ------------------------------------------------------------------ SOOP ---

case(
    name="soop-korean-result-blocks",
    date=d("2024-09-14 13:30:00"), **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    subject=f"[SOOP] {R_SOOP} 신고 콘텐츠 처리 결과",
    body=f"""
안녕하세요. SOOP 운영정책팀입니다.
요청하신 콘텐츠에 대한 처리 결과를 안내드립니다.

[VOD] {S1}
 - 처리 결과: 운영자 비공개 처리 (재생 불가)

[VOD] {S2}
 - 처리 결과: 방송인이 검토 전에 직접 삭제하여 존재하지 않는 VOD입니다.

[방송국 게시글] {S3}
 - 처리 결과: 검토 결과 신고 사유(음란물)에 해당하지 않아 게시를 유지합니다.

SOOP 운영정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) operations result by content type",
    why="운영자 비공개 removed, deleted by the streamer not_found, kept with a reason rejected",
    items={S1: "removed", S2: "not_found", S3: "rejected"},
)

case(
    name="soop-english-age-restricted",
    date=d("2024-09-13 16:52:48"), **{"from": "global-support@sooplive.com"},
    name_from="SOOP Global Support",
    subject=f"RE: {R_SOOP}",
    reply_to_req=thread(R_SOOP),
    body=f"""
Hi KCSC team,

We reviewed the VOD at {S1}. It can now be played only by viewers aged
19 or over who have completed adult verification.

The VOD {S2} no longer exists: the streamer deleted it on 12 September,
before our review.

Thanks,
SOOP Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP global support reply in English",
    why="age-restricted restricted; deleted by the streamer before review not_found",
    items={S1: "restricted", S2: "not_found"},
)

case(
    name="soop-bulk-all-removed",
    date=d("2024-09-14 17:15:26"), **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    subject=f"Re: [{R_SOOP}] 음란 콘텐츠 삭제 요청",
    reply_to_req=thread(R_SOOP),
    body=f"""
안녕하세요, SOOP 운영정책팀입니다.

{R_SOOP} 건으로 요청하신 VOD와 방송국 게시글은 모두 삭제 조치 완료하였습니다.
해당 방송인에게는 운영정책에 따라 이용정지 7일을 함께 적용하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="'all the reported content was removed' reply naming no URL",
    why="one statement for a three-item request without naming each item: bulk, items pending",
    items=items(SOOP, "pending"),
)

case(
    name="soop-read-receipt",
    date=d("2024-09-12 19:04:11"), **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    subject=f"읽음: [{R_SOOP}] 음란 콘텐츠 삭제 요청",
    raw_mime=report(
        "disposition-notification",
        f"""
보낸 메시지 "[{R_SOOP}] 음란 콘텐츠 삭제 요청"을(를) 수신자가 2024-09-12 19:04에 읽었습니다.

이 확인은 메시지가 수신자의 화면에 표시되었다는 것만 의미하며,
내용을 읽었거나 이해했거나 동의했다는 뜻은 아닙니다.
""",
        f"""
Reporting-UA: mail.sooplive.co.kr; Webmail
Final-Recipient: rfc822;policy@sooplive.co.kr
Original-Message-ID: <{req_mid(R_SOOP)}>
Disposition: manual-action/MDN-sent-manually; displayed
""",
        "text/rfc822-headers",
        f"""
From: KCSC Takedown <takedown@kcsc.example>
To: policy@sooplive.co.kr
Subject: [{R_SOOP}] 음란 콘텐츠 삭제 요청
Message-ID: <{req_mid(R_SOOP)}>
""",
        "b123-mdn-soop"),
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, disposition-notification) in Korean",
    why="a read receipt says nothing about the items",
    items={},
)

# --------------------------------------------------------------- FM Korea ---

case(
    name="fmkorea-both-listed",
    date=d("2024-09-18 11:11:11"), **{"from": "help@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    subject=f"Re: [{R_FM}] 도박 사이트 홍보 게시물 삭제 요청",
    reply_to_req=thread(R_FM),
    body=f"""
안녕하세요. 에펨코리아 운영팀입니다.

재검토 결과 요청하신 게시물 2건 모두 삭제했습니다.
{F1}
{F2}

작성자 계정은 영구 이용정지 처리하였습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short community operator reply listing the URLs under one sentence",
    why="'2건 모두 삭제' followed by both URLs names each item: both removed",
    items={F1: "removed", F2: "removed"},
)

case(
    name="fmkorea-fullwidth-punctuation",
    date=d("2024-09-14 20:47:36"), **{"from": "help@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    subject=f"[에펨코리아] {R_FM} 처리 안내",
    body=f"""
안녕하세요． 에펨코리아 운영팀입니다．

요청 번호 {R_FM} 관련하여 안내드립니다：

① 게시물（{F1}）은 도박 사이트 홍보에 해당하여 삭제 완료했습니다．
② 게시물（{F2}）은 검토 결과 도박 사이트 홍보로 볼 근거가 없어 게시를 유지합니다．

감사합니다．
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply typed with full-width punctuation and circled numbers",
    why="URLs in full-width parentheses followed by particles; deleted removed, kept with a reason rejected",
    items={F1: "removed", F2: "rejected"},
)

case(
    name="fmkorea-out-of-office",
    date=d("2024-09-16 08:00:03"), **{"from": "juno.lee@fmkorea.com"},
    name_from="이준오",
    subject=f"[자동응답] Re: [{R_FM}] 도박 사이트 홍보 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
    body=f"""
안녕하세요, 이준오입니다.
추석 연휴(9월 16일~18일)로 부재중이며 9월 19일부터 순차적으로 답변드리겠습니다.
게시물 신고는 help@fmkorea.com 으로 보내주세요.

I am out of the office for the Chuseok holidays until 19 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Chuseok out-of-office auto-reply, Korean and English",
    why="out-of-office auto-reply",
    items={},
)

# ------------------------------------------------------------------ Inven ---

case(
    name="inven-korean-prose",
    date=d("2024-09-15 14:02:58"), **{"from": "report@inven.co.kr"},
    name_from="인벤 커뮤니티팀",
    subject=f"[인벤] {R_INVEN} 개인정보 노출 게시물 처리 결과",
    body=f"""
안녕하세요, 인벤 커뮤니티팀입니다.

로스트아크 게시판의 {I1} 글은 스트리머의 연락처와 거주지가 포함되어 있어 삭제하였습니다.
메이플스토리 게시판의 {I2} 글은 성인 회원 전용 게시판으로 옮겨, 로그인하지 않았거나 성인 인증을 하지 않은 이용자는 볼 수 없도록 제한하였습니다.
모바일 주소로 보내주신 {I3} 글은 작성자가 이미 삭제하여 찾을 수 없었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Inven community-team prose reply",
    why="deleted removed; moved behind adult verification restricted; already deleted by its author not_found",
    items={I1: "removed", I2: "restricted", I3: "not_found"},
)

case(
    name="inven-outlook-quote",
    date=d("2024-09-16 11:37:20"), **{"from": "minji.cho@inven.co.kr"},
    name_from="Cho Minji",
    subject=f"RE: [{R_INVEN}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=thread(R_INVEN),
    body=f"""
Hello,

Results for your request:
- {I1} : deleted
- {I3} : not found, the writer had already deleted it

Regards,
Minji Cho | Inven Community Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 5:40 PM
To: report@inven.co.kr
Subject: [{R_INVEN}] 개인정보 노출 게시물 삭제 요청

안녕하세요. 아래 게시물은 개인정보를 노출하고 있어 삭제를 요청합니다.

1. {I1}
2. {I2}
3. {I3}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above an unprefixed '-----Original Message-----' quote",
    why="two items answered above the quote; I2 appears only in our quoted request and stays pending",
    items={I1: "removed", I3: "not_found", I2: "pending"},
)

case(
    name="inven-asks-official-letter",
    date=d("2024-09-14 10:20:44"), **{"from": "report@inven.co.kr"},
    name_from="인벤 커뮤니티팀",
    subject=f"Re: [{R_INVEN}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=thread(R_INVEN),
    body=f"""
안녕하세요, 인벤 커뮤니티팀입니다.

요청하신 게시물 중 {I1} 건의 처리를 위해 귀 위원회의 심의 의결서 사본 또는 공문이 필요합니다.
번거로우시겠지만 해당 서류를 이 메일로 회신해 주시면 확인 후 조치하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="community site asking for the regulator's official letter before acting",
    why="asks for documents; no statement about the item",
    items={I1: "pending"},
)

case(
    name="inven-ticket-ack-english",
    date=d("2024-09-13 17:41:02"), **{"from": "support@inven.co.kr"},
    name_from="Inven Support",
    subject=f"[Ticket #77120] We received your request: [{R_INVEN}]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

Thank you for contacting Inven. Your request has been received and ticket
#77120 has been created. Our community team will look into it and reply to
this email address.

Subject: [{R_INVEN}] 개인정보 노출 게시물 삭제 요청

Please do not reply to this automated message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk automatic ticket receipt",
    why="ticket receipt only",
    items={},
)

case(
    name="ppomppu-misdirected-wrong-platform",
    date=d("2024-09-14 09:55:17"), **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    subject=f"Re: [{R_INVEN}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=thread(R_INVEN),
    body=f"""
안녕하세요, 뽐뿌 운영팀입니다.

보내주신 요청서의 게시물 주소 {I2} 는 뽐뿌 게시판의 글이 아니며, 당사 서버에는 존재하지 않습니다.
요청서가 잘못 발송된 것으로 보이니 확인 부탁드립니다.
""",
    outcome="review", review="wrong_platform",
    imitates="another community's answer to a request sent to it by mistake",
    why="Ppomppu says an Inven post does not exist on its servers; that is no statement about the Inven item",
    items={I2: "pending"},
)

# ------------------------------------------------------------------ Clien ---

case(
    name="clien-sole-one-item",
    date=d("2024-09-19 10:03:33"), **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    subject=f"Re: [{R_CLIEN}] 게시물 삭제 요청",
    reply_to_req=thread(R_CLIEN),
    body="""
안녕하세요, 클리앙 운영진입니다.

재검토한 결과 요청하신 게시물은 삭제 처리했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line operator reply in the request's thread, naming no URL",
    why="reply to a one-item request saying the requested post was deleted: applies to its only item",
    items={C1: "removed"},
)

case(
    name="clien-rejected-angle-url",
    date=d("2024-09-16 15:26:09"), **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    subject=f"[클리앙] {R_CLIEN} 검토 결과",
    body=f"""
안녕하세요, 클리앙 운영진입니다.

<{C1}>

검토 결과 해당 게시물은 특정인을 비방하는 내용으로 보기 어렵고 사이트 이용규칙에도 위배되지 않아 삭제하지 않기로 했습니다.
이용규칙: https://www.clien.net/service/board/rule/10707408
""",
    outcome="applied", classification="confirmation",
    imitates="community refusal with its reason, URL alone in angle brackets above",
    why="refusal with a reason for the one URL: rejected; the rules page is not an item",
    items={C1: "rejected"},
)

# --------------------------------------------------- ignorable extras ---

case(
    name="naver-chuseok-out-of-office",
    date=d("2024-09-16 07:30:00"), **{"from": "jihyun.kim@navercorp.com"},
    name_from="김지현",
    subject=f"자동 회신: [{R_NAVER}] 불법정보 시정요구 (Automatic reply)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요, 김지현입니다.
9월 16일(월)부터 18일(수)까지 추석 연휴로 부재중입니다.
급한 건은 정책지원팀 공용 메일 policy@navercorp.com 으로 보내주세요.

Thank you for your email. I am away until 19 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' during Chuseok",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="gmail-bounce-cafe-admin",
    date=d("2024-09-14 12:10:40"), **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=report(
        "delivery-status",
        """
** Address not found **

Your message wasn't delivered to clien.admin.kr@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""",
        """
Reporting-MTA: dns; googlemail.com
Arrival-Date: Sat, 14 Sep 2024 03:10:35 -0700 (PDT)

Final-Recipient: rfc822; clien.admin.kr@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
""",
        "message/rfc822",
        f"""
From: KCSC Takedown <takedown@kcsc.example>
To: clien.admin.kr@gmail.com
Subject: [{R_CLIEN}] 게시물 삭제 요청
Date: Sat, 14 Sep 2024 19:10:31 +0900
Message-ID: <kcsc-resend-240914-07@kcsc.example>
Content-Type: text/plain; charset=utf-8

안녕하세요. 아래 게시물에 대하여 삭제를 요청합니다.
{C1}
조치 후 결과를 회신하여 주시기 바랍니다.
""",
        "b123-dsn-gmail"),
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' DSN returning the whole request",
    why="a bounce from any sender is ignored; the returned request's URL is our own text",
    items={C1: "pending"},
)


HEADER = """# Blind set 123 (tests/corpus/blind123/): Korean portals and community
# sites (NAVER, Daum/Kakao, DC Inside, SOOP, FM Korea, Inven, Clien, and a
# misdirected Ppomppu reply), Korean and English, with doubtful and ignorable
# mail. Written by tests/corpus/blind123/make.py from each email's meaning,
# before the reader was run. Each case is judged alone on a fresh ledger
# holding requests.csv. See NOTES.md.
"""


def encode_headers(c):
    # Display names and subjects in Korean are RFC 2047-encoded, as the
    # platforms' mailers send them.
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode()


def main():
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind123", HEADER, CASES)


if __name__ == "__main__":
    main()
