#!/usr/bin/env python3
"""Blind set 581 (Korean portals): NAVER, Kakao/Daum, YouTube Korea,
DC Inside and BAND replies written in Korean (and some in English).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
MIME boundaries, no clock, no randomness. Expected results were written from
each email's meaning before the reader was ever run on them.

    python3 tests/corpus/blind581/make.py
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind581"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)

# KCSC-240902-01, NAVER, 12 items (the largest request)
N1 = "https://blog.naver.com/lucky_seven_88/223561100001"
N2 = "https://blog.naver.com/lucky_seven_88/223561100002"
N3 = "https://blog.naver.com/bada_toto/223561200417"
N4 = "https://cafe.naver.com/goldbetclub/1184"
N5 = "https://cafe.naver.com/goldbetclub/1191"
N6 = "https://cafe.naver.com/goldbetclub/1207"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60302&docId=471120093"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38110452&memberNo=51230077"
N9 = "https://blog.naver.com/PostView.naver?blogId=jackpot_lee&logNo=223559870012"
N10 = "https://cafe.naver.com/sportspick24/5530"
N11 = "https://m.blog.naver.com/winwin_kr/223562004455"
N12 = "https://blog.naver.com/winwin_kr/223562004470"
NAVER_BIG = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# KCSC-240903-02, Kakao/Daum, 5 items
K1 = "https://cafe.daum.net/moneytalk777/ZkPq/341"
K2 = "https://cafe.daum.net/moneytalk777/ZkPq/352"
K3_PATH = "/entry/비공개-영상-모음"
K3_RAW = "https://bluemoon-note.tistory.com" + K3_PATH
K3 = "https://bluemoon-note.tistory.com" + quote(K3_PATH)  # stored percent-encoded
K4 = "https://bluemoon-note.tistory.com/118"
K5 = "https://brunch.co.kr/@luna_writes/57"
KAKAO = [K1, K2, K3, K4, K5]

# KCSC-240904-03, YouTube, 4 items
Y1 = "https://www.youtube.com/watch?v=Qm7xR2bT9kA"
Y2 = "https://www.youtube.com/watch?v=Lp3dZ8vN0eW"
Y3 = "https://www.youtube.com/shorts/Hx4cB7nM2qE"
Y4 = "https://www.youtube.com/@hotissue_tv_kr"
YT = [Y1, Y2, Y3, Y4]

# KCSC-240905-04, DC Inside, 3 items
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120455"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=338812"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=338950"
DC = [D1, D2, D3]

# KCSC-240906-05, BAND, 2 items
B1 = "https://band.us/band/81234567/post/4410"
B2 = "https://band.us/band/81234567/post/4427"

# KCSC-240909-06, NAVER, 1 item
S1 = "https://cafe.naver.com/mamsquare/88213"

# KCSC-240910-07, DC Inside, 1 item
D4 = "https://gall.dcinside.com/mini/board/view/?id=ddanzi_mini&no=20871"

REQUESTS = [
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", NAVER_BIG,
     "gambling", "불법 도박 홍보 (블로그, 카페, 지식iN, 포스트)"),
    (R2, "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", KAKAO,
     "obscenity", 'Daum cafe, Tistory, Brunch; "비공개 영상" 유포'),
    (R3, "youtube", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00", YT,
     "defamation", "허위사실 유포 영상 3건, 채널 1건"),
    (R4, "dcinside", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", DC,
     "fraud", "리딩방 사기 홍보, 주식/코인 갤러리"),
    (R5, "band", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", [B1, B2],
     "drugs", "마약류 판매 광고"),
    (R6, "naver", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00", [S1],
     "privacy", "개인정보 노출 (실명, 연락처)"),
    (R7, "dcinside", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", [D4],
     "privacy", "신상 공개 게시물"),
]


def mid(ref):
    return ref.lower() + "@kcsc.example"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def html_doc(inner):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:'Malgun Gothic',sans-serif;font-size:13px\">\n"
            + inner.strip("\n") + "\n</body></html>\n")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gt(text):
    """Quote a block with '> ' as Gmail does."""
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQUEST_BODY_R1 = (
    "방송통신심의위원회입니다.\n\n"
    "「방송통신위원회의 설치 및 운영에 관한 법률」 제21조제4호에 따라 아래 정보에 대하여\n"
    "시정을 요구하오니 조치 후 그 결과를 회신하여 주시기 바랍니다.\n\n"
    + "\n".join(f"{i}. {u}" for i, u in enumerate(NAVER_BIG, 1))
    + "\n\n조치기한: 2024. 9. 9.(월)\n\n방송통신심의위원회 통신심의국 드림\n"
)

SIG_NAVER = "네이버 주식회사 정책지원팀 | 정책협력 담당 김서윤\n"

CASES = []


def case(**kw):
    CASES.append(kw)


# =============================================================== APPLIED
case(
    name="naver-gongmun-html-table-all-12",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 17:40:12 +0900",
    subject=f"[회신] 시정요구({R1})에 대한 조치결과 회신",
    reply_to_req=mid(R1).split("@")[0],
    type="html",
    body=html_doc(
        "<p>문서번호: 정책지원-2024-0917<br>수신: 방송통신심의위원회 통신심의국<br>"
        f"제목: 시정요구({R1})에 대한 조치결과 회신</p>\n"
        "<p>1. 귀 위원회의 발전을 기원합니다.<br>\n"
        "2. 2024. 9. 2. 귀 위원회가 요구한 시정요구 12건에 대한 조치 결과를 아래와 같이 회신합니다.</p>\n"
        "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
        "<tr><th>연번</th><th>URL</th><th>서비스</th><th>조치결과</th><th>비고</th></tr>\n"
        + "".join(
            f"<tr><td>{i}</td><td>{esc(u)}</td><td>{svc}</td><td>{res}</td><td>{note}</td></tr>\n"
            for i, (u, svc, res, note) in enumerate([
                (N1, "블로그", "삭제", "9/4 처리"),
                (N2, "블로그", "삭제", "9/4 처리"),
                (N3, "블로그", "블라인드", "전체 비노출"),
                (N4, "카페", "게시중단", ""),
                (N5, "카페", "임시조치", "30일간 접근 차단"),
                (N6, "카페", "접근 제한", "국내 IP 접속 차단"),
                (N7, "지식iN", "게시물 없음", "작성자 자진 삭제"),
                (N8, "포스트", "게시물 없음", "존재하지 않는 주소"),
                (N9, "블로그", "삭제", ""),
                (N10, "카페", "조치 불가(유지)", "경기 결과 예측 글로 도박 홍보에 해당하지 않음"),
                (N11, "블로그(모바일)", "삭제", ""),
                (N12, "블로그", "비공개 처리", "운영자 비공개 전환"),
            ], 1)
        )
        + "</table>\n"
        "<p>3. 운영정책은 <a href=\"https://policy.naver.com/rules/service.html\">"
        "https://policy.naver.com/rules/service.html</a> 에서 확인하실 수 있습니다.  끝.</p>\n"
        "<p>네이버 주식회사 정책지원팀</p>\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with an HTML result table (연번/URL/조치결과/비고)",
    why="every row states a result for its own URL: 삭제/블라인드/게시중단/비공개 removed, 임시조치/접근 제한 restricted, 게시물 없음 not_found, 유지 with a reason rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "restricted",
           N6: "restricted", N7: "not_found", N8: "not_found", N9: "removed", N10: "rejected",
           N11: "removed", N12: "removed"},
)

case(
    name="naver-gongmun-plain-over-outlook-quote",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 18:05:44 +0900",
    subject=f"RE: [방송통신심의위원회] 시정요구 통보 ({R1})",
    reply_to_req=mid(R1).split("@")[0],
    body=(
        "수신: 방송통신심의위원회 통신심의국\n"
        f"제목: 시정요구 조치결과 회신 ({R1}) - 1차\n\n"
        "1. 귀 위원회의 무궁한 발전을 기원합니다.\n"
        "2. 귀 위원회에서 2024. 9. 2. 요구하신 시정요구 건 중 우선 처리된 게시물의 조치 결과를\n"
        "   아래와 같이 알려드립니다.\n\n"
        f"  가. {N1}\n      → 조치결과: 삭제 (2024. 9. 4. 16:20)\n"
        f"  나. {N2}\n      → 조치결과: 삭제 (2024. 9. 4. 16:21)\n"
        f"  다. {N3}\n      → 조치결과: 해당 게시물 없음 (작성자가 이미 삭제)\n"
        f"  라. {N4}\n      → 조치결과: 임시조치 (30일)\n\n"
        "3. 나머지 게시물은 검토가 끝나는 대로 2차로 회신드리겠습니다.  끝.\n\n"
        + SIG_NAVER + "\n"
        "-----Original Message-----\n"
        "From: 방송통신심의위원회 <takedown@kcsc.example>\n"
        "Sent: Monday, September 2, 2024 10:00 AM\n"
        "To: policy@navercorp.com\n"
        f"Subject: [방송통신심의위원회] 시정요구 통보 ({R1})\n\n"
        + REQUEST_BODY_R1
    ),
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 reply (수신/제목/1./2./가.나.다.) top-posted over an Outlook-quoted request",
    why="가-라 each give a 조치결과 on the line under their URL; the other eight URLs appear only in the quoted request and stay pending",
    items={N1: "removed", N2: "removed", N3: "not_found", N4: "restricted"},
)

CSV_ATT = (
    "\ufeff순번,URL,서비스,조치결과,조치일시,비고\r\n"
    f"1,{N5},카페,삭제,2024-09-05 11:02,\r\n"
    f"2,{N6},카페,삭제,2024-09-05 11:03,\r\n"
    f"3,{N7},지식iN,게시물 없음,,작성자 삭제\r\n"
    f"4,{N8},포스트,임시조치,2024-09-05 11:10,30일 접근 차단\r\n"
    f"5,{N9},블로그,위반 아님(유지),,\"경기 분석 글로, 도박 사이트 홍보로 보기 어려움\"\r\n"
)
case(
    name="naver-csv-attachment-five-rows",
    from_="kcsc-report@navercorp.com", name_from="NAVER 정책지원",
    date="Thu, 05 Sep 2024 19:12:30 +0900",
    subject=f"[NAVER] {R1} 조치결과 송부 (첨부)",
    reply_to_req=mid(R1).split("@")[0],
    raw_mime=(
        "Content-Type: multipart/mixed; boundary=\"=_nv_581_csv\"\n\n"
        "--=_nv_581_csv\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "안녕하세요. 네이버 정책지원 담당자입니다.\n\n"
        f"{R1} 건 중 5건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.\n"
        "확인 부탁드립니다.\n\n"
        "감사합니다.\n"
        "--=_nv_581_csv\n"
        "Content-Type: text/csv; charset=utf-8; name*=utf-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC.csv\n"
        "Content-Disposition: attachment; filename*=utf-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC.csv\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64(CSV_ATT) + "\n"
        "--=_nv_581_csv--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a UTF-8 CSV attachment (순번/URL/조치결과/조치일시/비고)",
    why="each CSV row names its URL and result: 삭제 removed, 게시물 없음 not_found, 임시조치 restricted, 위반 아님(유지) with its reason rejected",
    items={N5: "removed", N6: "removed", N7: "not_found", N8: "restricted", N9: "rejected"},
)

case(
    name="naver-cafe-operator-informal-particles",
    from_="cafe_safety@naver.com", name_from="네이버 카페 운영팀",
    date="Wed, 04 Sep 2024 14:31:09 +0900",
    subject=f"Re: 카페 게시글 조치 요청 건 ({R1})",
    reply_to_req=mid(R1).split("@")[0],
    body=(
        "안녕하세요, 네이버 카페 운영팀 담당자입니다.\n\n"
        "말씀하신 카페 글 두 개 확인했습니다.\n"
        f"{N4}는 오늘 오전에 블라인드 처리했고요,\n"
        f"{N5}은 작성자가 이미 지운 글이라 저희 쪽에서 따로 조치할 게 없었습니다.\n\n"
        "다른 건은 정책지원팀에서 정리해서 보내드릴 거예요.\n"
        "수고하세요.\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="informal NAVER cafe operator reply, Korean particles glued to the URLs",
    why="1184 was blinded (removed); 1191 had already been deleted by its author (not_found)",
    items={N4: "removed", N5: "not_found"},
)

case(
    name="naver-single-item-temporary-measure",
    from_="noreply-inoti@navercorp.com", name_from="네이버 게시중단요청서비스",
    date="Tue, 10 Sep 2024 11:20:00 +0900",
    subject="[네이버] 게시물 임시조치 결과 안내",
    reply_to_req=mid(R6).split("@")[0],
    body=(
        "[네이버 게시중단요청서비스] 처리 결과 안내\n\n"
        f"접수번호: INOTI-20240909-40218\n요청 기관: 방송통신심의위원회 ({R6})\n\n"
        "요청하신 아래 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」\n"
        "제44조의2에 따라 30일간 임시조치(접근 차단)를 하였습니다.\n\n"
        f"  - 대상 게시물: {S1}\n"
        "  - 조치 일시: 2024-09-10 11:05\n"
        "  - 조치 내용: 임시조치 (게시물 열람 제한)\n\n"
        "게시자가 재게시를 요청하는 경우 관련 절차에 따라 별도로 안내드립니다.\n"
        "자세한 내용은 https://inoti.naver.com/inoti/main.nhn 에서 확인하세요.\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 result notice (정보통신망법 제44조의2)",
    why="the one requested post is under 임시조치 (30-day access block): restricted",
    items={S1: "restricted"},
)

case(
    name="naver-single-item-no-url",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 09:48:51 +0900",
    subject=f"RE: [방송통신심의위원회] 시정요구 통보 ({R6})",
    reply_to_req=mid(R6).split("@")[0],
    body=(
        "안녕하세요. 네이버 정책지원팀입니다.\n\n"
        f"{R6} 시정요구 관련하여 회신드립니다.\n"
        "요청하신 게시물 1건은 2024. 9. 10. 자로 운영자 삭제 처리되었습니다.\n\n"
        "감사합니다.\n"
        + SIG_NAVER
    ),
    outcome="applied", classification="confirmation",
    imitates="short NAVER policy-team reply to a one-item 시정요구, no URL repeated",
    why="a one-item request; '요청하신 게시물 1건은 … 운영자 삭제 처리' is an unhedged statement about that single post",
    items={S1: "removed"},
)

case(
    name="kakao-tistory-raw-korean-path",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 16:02:37 +0900",
    subject=f"[카카오] 요청하신 게시물 조치 결과 안내 ({R2})",
    reply_to_req=mid(R2).split("@")[0],
    body=(
        "안녕하세요. 카카오 권리침해신고센터입니다.\n\n"
        "방송통신심의위원회에서 요청하신 티스토리 게시물에 대한 처리 결과를 안내드립니다.\n\n"
        f"■ {K3_RAW} \n"
        "  : 정보통신망법 제44조의2에 따라 임시조치(30일간 접근 차단)하였습니다.\n\n"
        f"■ {K4} \n"
        "  : 운영정책 위반이 확인되어 삭제하였습니다.\n\n"
        "나머지 Daum 카페 게시물은 카페 담당 부서에서 별도로 회신드릴 예정입니다.\n\n"
        "카카오 권리침해신고센터 드림\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result mail (■ URL / : 처리 내용), Tistory URL with a raw Korean path",
    why="the raw Korean Tistory path is the percent-encoded requested URL: 임시조치 restricted; /118 deleted: removed",
    items={K3: "restricted", K4: "removed"},
)

case(
    name="kakao-daum-cafe-quoted-printable",
    from_="cafe_admin@daum.net", name_from="Daum 카페 운영팀",
    date="Mon, 09 Sep 2024 10:15:03 +0900",
    subject=f"[Daum카페] 시정요구 처리 결과 ({R2})",
    reply_to_req=mid(R2).split("@")[0],
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        + qp(
            "안녕하세요. Daum 카페 운영팀입니다.\n\n"
            "요청해 주신 게시물에 대해 아래와 같이 처리하였습니다.\n\n"
            f"1) {K1}\n   - 블라인드 처리 (카페 운영정책 위반: 불법 촬영물 유포)\n"
            f"2) {K2}\n   - 블라인드 처리 (동일 사유)\n"
            f"3) {K5}\n   - 브런치 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.\n"
            "     (해당 글은 영상 유포 관련 기사를 인용한 칼럼입니다.)\n\n"
            "추가 문의는 회신 주시기 바랍니다.\n감사합니다.\n"
        ) + "\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply in quoted-printable Korean, numbered list with the result under each URL",
    why="two cafe posts blinded (removed); the Brunch column kept for a stated reason (rejected)",
    items={K1: "removed", K2: "removed", K5: "rejected"},
)

case(
    name="kakao-base64-html-table",
    from_="safety-report@kakaocorp.com", name_from="Kakao Safety",
    date="Tue, 10 Sep 2024 15:44:20 +0900",
    subject=f"[Kakao] {R2} 조치 결과 회신",
    reply_to_req=mid(R2).split("@")[0],
    raw_mime=(
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64(html_doc(
            "<p>방송통신심의위원회 담당자님께,</p>\n"
            f"<p>{R2} 건에 대한 카카오의 최종 조치 결과를 회신드립니다.</p>\n"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\">\n"
            "<thead><tr><th>No</th><th>대상 URL</th><th>처리 결과</th></tr></thead><tbody>\n"
            + "".join(f"<tr><td>{i}</td><td><a href=\"{esc(u)}\">{esc(u)}</a></td><td>{r}</td></tr>\n"
                      for i, (u, r) in enumerate([
                          (K1, "삭제"),
                          (K2, "삭제"),
                          (K3, "임시조치 (30일)"),
                          (K4, "삭제된 게시물 (작성자 삭제)"),
                          (K5, "유지 (운영정책 위반 아님: 기사 인용 칼럼)"),
                      ], 1))
            + "</tbody></table>\n"
            "<p>카카오 운영정책: <a href=\"https://www.kakao.com/policy/oppolicy\">"
            "https://www.kakao.com/policy/oppolicy</a></p>\n"
            "<p>감사합니다.<br>Kakao Safety 팀</p>\n"
        )) + "\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Kakao final result table sent as a base64-encoded HTML body",
    why="all five rows name their URL: two deleted, Tistory entry 임시조치, /118 deleted by its author (not_found), Brunch kept with a reason",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "not_found", K5: "rejected"},
)

case(
    name="youtube-korea-legal-ko",
    from_="legal-kr-noreply@google.com", name_from="YouTube 법무팀",
    date="Fri, 06 Sep 2024 20:30:00 +0900",
    subject=f"[YouTube] 방송통신심의위원회 요청 검토 결과 ({R3})",
    reply_to_req=mid(R3).split("@")[0],
    body=(
        "안녕하세요.\n\n"
        "YouTube는 방송통신심의위원회에서 제출하신 요청을 검토하였습니다.\n\n"
        "검토 결과, 아래 동영상은 대한민국 법률 위반 소지가 있어 대한민국 내에서의\n"
        "접근을 제한하였습니다.\n"
        f"- {Y1}\n"
        f"- {Y2}\n\n"
        f"또한 {Y3} 는 YouTube 커뮤니티 가이드 위반으로 확인되어 YouTube에서 삭제되었습니다.\n\n"
        "요청서에 포함된 채널에 대해서는 검토가 계속 진행 중입니다.\n"
        "YouTube의 정부 요청 처리 방식은 https://support.google.com/youtube/answer/6154232 에서\n"
        "확인하실 수 있습니다.\n\n"
        "감사합니다.\nYouTube 법무팀\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team outcome for a government request, Korean, local restriction plus a guideline removal",
    why="Y1 and Y2 restricted in Korea, the Short deleted for a guideline breach; the channel is still under review (no URL, stays pending)",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="youtube-en-channel-terminated-mixed",
    from_="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 06:12:44 +0000",
    subject=f"Re: Korea Communications Standards Commission request [{R3}]",
    reply_to_req=mid(R3).split("@")[0],
    body=(
        "Hello,\n\n"
        "Thank you for your request. We have completed our review of the content you reported.\n\n"
        f"The channel {Y4} has been terminated for repeated violations of our\n"
        "harassment policy.\n\n"
        f"Access to {Y1} has been blocked in South Korea under local law.\n\n"
        f"After careful review, we did not find {Y2} to violate our Community\n"
        "Guidelines, and the request did not give us a legal basis to restrict it. We are\n"
        "therefore not taking action on this video, and it remains available.\n\n"
        "To learn more about how we handle legal requests, see\n"
        "https://support.google.com/youtube/answer/2801964\n\n"
        "Regards,\nThe YouTube Legal Support Team\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support English outcome: channel termination, country block, refusal with reasons",
    why="channel terminated (removed), Y1 blocked in South Korea (restricted), Y2 kept with a reason (rejected)",
    items={Y4: "removed", Y1: "restricted", Y2: "rejected"},
)

case(
    name="youtube-age-restricted-and-uploader-deleted",
    from_="legal-kr-noreply@google.com", name_from="YouTube",
    date="Tue, 10 Sep 2024 13:05:19 +0900",
    subject=f"YouTube 검토 결과 안내 - {R3}",
    reply_to_req=mid(R3).split("@")[0],
    body=(
        "안녕하세요, YouTube입니다.\n\n"
        "신고하신 콘텐츠에 대한 조치 결과를 알려드립니다.\n\n"
        f"• {Y3}\n"
        "  연령 제한이 적용되었습니다. 만 18세 미만 및 로그아웃한 사용자는 시청할 수 없습니다.\n\n"
        f"• {Y2}\n"
        "  저희가 검토하기 전에 업로더가 직접 삭제하여 더 이상 존재하지 않는 동영상입니다.\n\n"
        "감사합니다.\nYouTube 팀\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean notice: age restriction applied; video deleted by the uploader before review",
    why="age restriction is restricted; a video the uploader deleted before review is not_found",
    items={Y3: "restricted", Y2: "not_found"},
)

case(
    name="youtube-heading-then-url-lists",
    from_="legal-kr-noreply@google.com", name_from="YouTube 법무팀",
    date="Wed, 11 Sep 2024 17:20:00 +0900",
    subject=f"[YouTube] 요청 처리 완료 안내 ({R3})",
    reply_to_req=mid(R3).split("@")[0],
    body=(
        "안녕하세요.\n\n"
        f"{R3} 요청에 대한 처리 결과입니다.\n\n"
        "아래 동영상은 커뮤니티 가이드 위반으로 전 세계에서 삭제되었습니다.\n"
        f"{Y1}\n{Y2}\n\n"
        "아래 동영상은 대한민국 법률에 따라 국내에서 시청이 제한되었습니다.\n"
        f"{Y3}\n\n"
        "감사합니다.\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="YouTube result grouped under headings, bare URLs on the lines below each statement",
    why="Y1 and Y2 sit under the global-removal heading (removed); Y3 under the Korea-only restriction heading (restricted)",
    items={Y1: "removed", Y2: "removed", Y3: "restricted"},
)

case(
    name="dcinside-operator-numbered-dashes",
    from_="cs@dcinside.com", name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 11:11:11 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통보 ({R4})",
    reply_to_req=mid(R4).split("@")[0],
    body=(
        "안녕하세요 디시인사이드입니다.\n"
        "요청주신 건 처리 결과 알려드립니다.\n\n"
        f"1) {D1} - 삭제\n"
        f"2) {D2} - 삭제 및 작성자 차단\n"
        f"3) {D3} - 작성자가 먼저 지운 글이라 확인되지 않습니다\n\n"
        "감사합니다.\n디시인사이드 운영팀\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team's terse numbered reply, 'URL - 결과' on one line",
    why="D1 and D2 deleted (removed); D3 already deleted by its author (not_found)",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dcinside-angle-brackets-fullwidth",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date="Mon, 09 Sep 2024 15:40:02 +0900",
    subject=f"[디시인사이드] 시정요구 처리 결과 ({R4})",
    reply_to_req=mid(R4).split("@")[0],
    body=(
        "방송통신심의위원회 담당자님께\n\n"
        "마이너 갤러리 게시물 2건에 대한 처리 결과를 아래와 같이 알려드립니다.\n\n"
        f"1. <{D2}>（삭제 완료）\n"
        f"2. <{D3}>（법령 및 갤러리 운영 규정 위반으로 보기 어려워 게시 유지）\n\n"
        "2번 게시물은 투자 손실 경험을 적은 개인 후기로, 특정 리딩방 홍보 문구나 연락처가\n"
        "포함되어 있지 않습니다.\n\n"
        "디시인사이드 신고센터 드림\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-centre reply, URLs in angle brackets followed by full-width parentheses",
    why="D2 deleted (removed); D3 kept because it breaks no rule, reason given (rejected)",
    items={D2: "removed", D3: "rejected"},
)

case(
    name="dcinside-mini-gallery-single",
    from_="cs@dcinside.com", name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 10:02:45 +0900",
    subject=f"Re: 시정요구 통보 ({R7})",
    reply_to_req=mid(R7).split("@")[0],
    body=(
        "안녕하세요.\n\n"
        f"{D4}\n"
        "위 미니 갤러리 게시물 삭제했고 작성자 IP는 30일 차단했습니다.\n\n"
        "디시인사이드 운영팀\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="DC Inside short operator reply: URL, then 'deleted and IP blocked' on the next line",
    why="the one requested mini-gallery post was deleted (removed); the IP block concerns the author, not another item",
    items={D4: "removed"},
)

case(
    name="band-report-result-notice",
    from_="noreply@band.us", name_from="BAND 고객센터",
    date="Mon, 09 Sep 2024 09:30:00 +0900",
    subject="[BAND] 신고하신 게시글 처리 결과 안내",
    reply_to_req=mid(R5).split("@")[0],
    body=(
        "안녕하세요, BAND 고객센터입니다.\n\n"
        f"방송통신심의위원회에서 요청하신 게시글({R5})에 대한 처리 결과를 안내드립니다.\n\n"
        "[처리 결과]\n"
        f"- {B1} : 운영정책 위반(불법 상품 판매)으로 게시글을 삭제하였습니다.\n"
        f"- {B2} : 확인 결과 운영정책 위반 사항이 확인되지 않아 별도 조치 없이 유지됩니다.\n"
        "  (밴드 공지 형식의 모임 일정 안내 글입니다.)\n\n"
        "BAND 운영정책: https://band.us/policy/operation\n"
        "감사합니다.\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre 신고 처리 결과 안내 with one line per post",
    why="B1 deleted (removed); B2 kept, no violation found, with its reason (rejected)",
    items={B1: "removed", B2: "rejected"},
)

case(
    name="band-outlook-top-post",
    from_="trust@band.us", name_from="BAND Trust & Safety",
    date="Tue, 10 Sep 2024 16:47:12 +0900",
    subject=f"RE: [방송통신심의위원회] 시정요구 통보 ({R5})",
    reply_to_req=mid(R5).split("@")[0],
    body=(
        "안녕하세요 BAND 담당자입니다.\n\n"
        f"{B1} 글은 삭제되었고, {B2} 글은 밴드 리더 권한과 무관하게\n"
        "운영자 비공개 처리하였습니다. 두 글 모두 지금은 외부에서 보이지 않습니다.\n\n"
        "감사합니다.\n\n"
        "-----Original Message-----\n"
        "From: 방송통신심의위원회 <takedown@kcsc.example>\n"
        "Sent: Friday, September 6, 2024 10:00 AM\n"
        "To: help@band.us\n"
        f"Subject: [방송통신심의위원회] 시정요구 통보 ({R5})\n\n"
        "아래 게시물에 대하여 시정을 요구합니다.\n"
        f"1. {B1}\n2. {B2}\n\n조치기한: 2024. 9. 13.\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="BAND staff reply top-posted over an Outlook '-----Original Message-----' block",
    why="B1 deleted and B2 made private by the operator: both removed (the quoted request adds nothing)",
    items={B1: "removed", B2: "removed"},
)

case(
    name="naver-english-reply-three",
    from_="global-policy@navercorp.com", name_from="NAVER Global Policy",
    date="Fri, 06 Sep 2024 02:15:33 +0000",
    subject=f"Re: Correction request {R1} - partial result",
    reply_to_req=mid(R1).split("@")[0],
    body=(
        "Dear KCSC team,\n\n"
        "Please find below our result for three of the URLs in your request.\n\n"
        f"{N10} -- deleted by NAVER on 5 September.\n"
        f"{N11} -- this link is invalid; no post with this number exists on NAVER Blog.\n"
        f"{N12} -- blinded (hidden from all users) on 5 September.\n\n"
        "Best regards,\nNAVER Global Policy\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="NAVER global policy English partial result, 'URL -- result' lines",
    why="N10 deleted (removed), N11 invalid link/no such post (not_found), N12 blinded (removed)",
    items={N10: "removed", N11: "not_found", N12: "removed"},
)

case(
    name="naver-gmail-quote-below",
    from_="blog_policy@naver.com", name_from="네이버 블로그 운영",
    date="Tue, 03 Sep 2024 17:02:40 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통보 ({R1})",
    reply_to_req=mid(R1).split("@")[0],
    body=(
        "안녕하세요. 네이버 블로그 운영 담당입니다.\n\n"
        "lucky_seven_88 블로그의 두 글\n"
        f"{N1}\n{N2}\n"
        "은 오늘 오후 4시에 삭제 완료했습니다.\n"
        "나머지는 정책지원팀에서 따로 회신드립니다.\n\n"
        "2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:\n"
        + gt(REQUEST_BODY_R1) + "\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="NAVER blog operator reply in Gmail style with the request quoted below '님이 작성:'",
    why="the two lucky_seven_88 posts named above the quote were deleted; the other URLs are only in '>' quoted lines",
    items={N1: "removed", N2: "removed"},
)

case(
    name="kakao-wrapped-angle-url",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Thu, 12 Sep 2024 10:40:00 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통보 ({R2})",
    reply_to_req=mid(R2).split("@")[0],
    body=(
        "안녕하세요. 카카오 권리침해신고센터입니다.\n\n"
        "아래 티스토리 게시물은 임시조치 기간 중 추가 검토를 거쳐 최종 삭제 조치하였습니다.\n"
        "<https://bluemoon-note.tistory.com/entry/%EB%B9%84%EA%B3%B5%EA%B0%9C-\n"
        " %EC%98%81%EC%83%81-%EB%AA%A8%EC%9D%8C>\n\n"
        f"또한 Daum 카페 게시물 <{K1}> 은 블라인드 처리되었습니다.\n\n"
        "감사합니다.\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Kakao reply with a long percent-encoded URL in angle brackets wrapped over two lines",
    why="the wrapped <…> URL is the Tistory entry, finally deleted (removed); the cafe post blinded (removed)",
    items={K3: "removed", K1: "removed"},
)

case(
    name="naver-ticket-echoed-report",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 12:00:07 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 2409-558120)",
    body=(
        "네이버 고객센터입니다.\n\n"
        "────────── 문의 내용 ──────────\n"
        f"문의 유형: 유해 게시물 신고 (기관)\n관련 요청: {R1}\n"
        f"신고 URL: {N7}\n"
        f"신고 URL: {N8}\n"
        f"신고 URL: {N9}\n"
        "신고 사유: 불법 도박 사이트 홍보\n"
        "──────────────────────────\n\n"
        "────────── 답변 ──────────\n"
        "안녕하세요. 네이버 고객센터입니다.\n"
        "신고하신 게시물을 확인하여 아래와 같이 처리했습니다.\n\n"
        f"{N7}\n→ 지식iN 운영원칙 위반으로 삭제\n"
        f"{N8}\n→ 작성자가 발행을 취소하여 현재 존재하지 않는 게시물입니다\n"
        f"{N9}\n→ 블라인드 처리\n\n"
        "더 궁금하신 점은 고객센터(https://help.naver.com)로 문의해 주세요.\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre ticket answer that echoes the 문의 내용 before the 답변 section",
    why="the echoed report states nothing; the 답변 section gives each URL a result: deleted, no longer exists (not_found), blinded",
    items={N7: "removed", N8: "not_found", N9: "removed"},
)

case(
    name="kakao-receipt-plus-result",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Thu, 05 Sep 2024 09:10:55 +0900",
    subject=f"[카카오] 신고 접수 및 처리 안내 ({R2})",
    reply_to_req=mid(R2).split("@")[0],
    body=(
        "안녕하세요. 카카오 권리침해신고센터입니다.\n\n"
        "보내주신 요청은 접수번호 KR-0905-2291 로 정상 접수되었습니다.\n\n"
        f"접수된 URL 중 {K4} 은 검토 결과 청소년유해 정보로 확인되어 삭제 조치하였습니다.\n"
        f"{K5} 은 추가 확인이 필요하여 검토 후 다시 안내드리겠습니다.\n\n"
        "감사합니다.\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Kakao receipt that already carries a result for one URL",
    why="the receipt phrase does not make it an acknowledgement: /118 was deleted (removed); the Brunch post is only promised a later answer (pending)",
    items={K4: "removed", K5: "pending"},
)

case(
    name="dcinside-html-table-mixed",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date="Tue, 10 Sep 2024 18:22:00 +0900",
    subject=f"[디시인사이드] {R4} 조치 결과",
    reply_to_req=mid(R4).split("@")[0],
    type="html",
    body=html_doc(
        "<p>방송통신심의위원회 귀중</p>\n"
        f"<p>{R4} 시정요구 건 조치 결과를 회신드립니다.</p>\n"
        "<table border=\"1\" cellpadding=\"3\">\n"
        "<tr><td><b>게시물</b></td><td><b>결과</b></td><td><b>사유</b></td></tr>\n"
        f"<tr><td><a href=\"{esc(D1)}\">주식 갤러리 9120455</a><br>{esc(D1)}</td><td>삭제</td><td>불법 투자자문 홍보</td></tr>\n"
        f"<tr><td><a href=\"{esc(D2)}\">코인 갤러리 338812</a><br>{esc(D2)}</td><td>유지</td><td>개인 의견 표현으로 판단, 홍보 목적 확인되지 않음</td></tr>\n"
        f"<tr><td><a href=\"{esc(D3)}\">코인 갤러리 338950</a><br>{esc(D3)}</td><td>삭제</td><td>리딩방 연락처 포함</td></tr>\n"
        "</table>\n<p>디시인사이드 신고센터</p>\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="DC Inside HTML result table (게시물/결과/사유), link text plus the URL in each cell",
    why="D1 and D3 deleted (removed); D2 kept as personal opinion, reason given (rejected)",
    items={D1: "removed", D2: "rejected", D3: "removed"},
)

case(
    name="naver-partial-with-promise",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 11:30:00 +0900",
    subject=f"[회신] {R1} 진행 상황 안내",
    reply_to_req=mid(R1).split("@")[0],
    body=(
        "안녕하세요, 네이버 정책지원팀입니다.\n\n"
        "현재까지 진행 상황을 공유드립니다.\n\n"
        f"· {N3} : 삭제 완료\n"
        f"· {N4} : 카페 매니저 소명 확인 후 조치 예정\n"
        f"· {N5} : 블라인드 처리 완료\n\n"
        "나머지 건은 확인되는 대로 다시 연락드리겠습니다.\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="NAVER progress update mixing results with a 'to be actioned later' line",
    why="N3 deleted and N5 blinded (removed); N4 only '조치 예정', a promise (pending)",
    items={N3: "removed", N4: "pending", N5: "removed"},
)

case(
    name="band-url-then-status-line",
    from_="help@band.us", name_from="BAND",
    date="Wed, 11 Sep 2024 13:13:13 +0900",
    subject=f"[BAND] {R5} 처리 결과",
    reply_to_req=mid(R5).split("@")[0],
    body=(
        "BAND 운영팀입니다. 요청하신 게시글 처리 결과입니다.\n\n"
        f"{B1}\n처리: 삭제 완료\n\n"
        f"{B2}\n처리: 해당 게시글을 찾을 수 없습니다 (존재하지 않는 게시글)\n\n"
        "BAND 운영팀 드림\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="BAND operations list: bare URL, status on the line below",
    why="B1 deleted (removed); B2 cannot be found, does not exist (not_found)",
    items={B1: "removed", B2: "not_found"},
)

# =============================================================== REVIEW
case(
    name="naver-promise-sequential-removal",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Tue, 03 Sep 2024 15:00:00 +0900",
    subject=f"RE: [방송통신심의위원회] 시정요구 통보 ({R1})",
    reply_to_req=mid(R1).split("@")[0],
    body=(
        "안녕하세요. 네이버 정책지원팀입니다.\n\n"
        "요청하신 게시물 가운데 아래 두 건은 관련 부서 검토를 거쳐 순차적으로 삭제될 예정입니다.\n"
        f"{N1}\n{N2}\n\n"
        "처리가 완료되면 다시 안내드리겠습니다.\n"
    ),
    outcome="review", review="not_understood",
    imitates="NAVER interim reply announcing that posts 'will be deleted in turn'",
    why="'삭제될 예정' is a promise, not a statement: both posts stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedge-appears-gone",
    from_="cafe_admin@daum.net", name_from="Daum 카페 운영팀",
    date="Wed, 04 Sep 2024 16:25:00 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통보 ({R2})",
    reply_to_req=mid(R2).split("@")[0],
    body=(
        "안녕하세요, Daum 카페 운영팀입니다.\n\n"
        f"{K1}\n{K2}\n\n"
        "말씀하신 두 게시물은 확인해 보니 현재 카페에서 노출되지 않는 것으로 보입니다.\n"
        "카페 매니저가 먼저 정리한 것 같은데, 정확한 내역은 확인 후 다시 말씀드리겠습니다.\n"
    ),
    outcome="review", review="not_understood",
    imitates="Daum cafe staff's hedged first look ('보이지 않는 것으로 보입니다', '… 것 같은데')",
    why="only hedges ('~것으로 보입니다', '~것 같은데'): nothing stated, both posts stay pending",
    items={K1: "pending", K2: "pending"},
)

case(
    name="naver-bulk-all-twelve-done",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 17:55:00 +0900",
    subject=f"[회신] 시정요구({R1}) 조치 완료",
    reply_to_req=mid(R1).split("@")[0],
    body=(
        "수신: 방송통신심의위원회\n"
        f"제목: 시정요구({R1}) 조치 완료 통보\n\n"
        "1. 귀 위원회의 발전을 기원합니다.\n"
        "2. 2024. 9. 2. 시정요구하신 게시물 12건에 대하여 전부 삭제 조치를 완료하였음을 알려드립니다.  끝.\n\n"
        + SIG_NAVER
    ),
    outcome="review", review="bulk",
    imitates="NAVER 공문 one-line completion notice for a whole 12-post 시정요구",
    why="one statement for all twelve posts of a multi-item request, none named: bulk, items pending",
    items={u: "pending" for u in NAVER_BIG},
)

case(
    name="dcinside-bulk-all-deleted",
    from_="cs@dcinside.com", name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 09:05:00 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통보 ({R4})",
    reply_to_req=mid(R4).split("@")[0],
    body=(
        "안녕하세요 디시인사이드 운영팀입니다.\n"
        "요청하신 글 3개 전부 지웠습니다.\n"
        "감사합니다.\n"
    ),
    outcome="review", review="bulk",
    imitates="DC Inside one-liner 'all three posts deleted'",
    why="a statement about all three posts of a three-item request without naming them: bulk",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="naver-dmarc-fail-claims",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    auth="fail",
    date="Thu, 05 Sep 2024 08:44:10 +0900",
    subject=f"[회신] 시정요구({R1}) 조치결과",
    reply_to_req=mid(R1).split("@")[0],
    body=(
        "안녕하세요. 네이버 정책지원팀입니다.\n\n"
        f"{N10} - 삭제\n"
        f"{N11} - 삭제\n\n"
        "감사합니다.\n"
    ),
    outcome="review", review="untrusted",
    imitates="NAVER-looking result whose DKIM/SPF/DMARC all fail",
    why="the sender is NAVER's domain but authentication fails: untrusted, nothing applied",
    items={N10: "pending", N11: "pending"},
)

case(
    name="agency-unknown-sender-claims-naver",
    from_="report@cleanweb-agency.kr", name_from="클린웹 평판관리",
    date="Fri, 06 Sep 2024 10:10:10 +0900",
    subject=f"{R1} 관련 네이버 게시물 삭제 완료 보고",
    body=(
        "방송통신심의위원회 담당자님 안녕하세요.\n"
        "저희는 피해 기업의 의뢰를 받아 온라인 게시물을 관리하는 클린웹입니다.\n\n"
        f"{N12} 게시물은 저희가 네이버에 신고하여 어제 삭제된 것을 확인했습니다.\n"
        "참고 부탁드립니다.\n"
    ),
    outcome="review", review="unknown_sender",
    imitates="reputation-management agency reporting a NAVER removal on the platform's behalf",
    why="a third party, not NAVER, reports the status of a requested URL: unknown_sender",
    items={N12: "pending"},
)

case(
    name="naver-about-band-post-wrong-platform",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 10:30:00 +0900",
    subject=f"RE: [방송통신심의위원회] 시정요구 통보 ({R5})",
    reply_to_req=mid(R5).split("@")[0],
    body=(
        "안녕하세요. 네이버 정책지원팀입니다.\n\n"
        "BAND 서비스도 당사가 운영하고 있어 함께 회신드립니다.\n"
        f"{B1} 게시글은 마약류 판매 광고로 확인되어 삭제되었습니다.\n\n"
        "감사합니다.\n"
    ),
    outcome="review", review="wrong_platform",
    imitates="NAVER corporate policy team answering for a BAND post (BAND is a NAVER service)",
    why="the request and item belong to the configured platform band (band.us); a navercorp.com statement about it is another platform's: wrong_platform",
    items={B1: "pending"},
)

case(
    name="kakao-asks-for-official-letter",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Wed, 04 Sep 2024 13:45:00 +0900",
    subject=f"[카카오] 요청 관련 추가 자료 요청 ({R2})",
    reply_to_req=mid(R2).split("@")[0],
    body=(
        "안녕하세요. 카카오 권리침해신고센터입니다.\n\n"
        f"요청하신 게시물 중 {K3_RAW} 에 대해서는\n"
        "게시자의 권리 침해 여부 판단을 위해 아래 자료가 추가로 필요합니다.\n\n"
        "  1. 시정요구 의결서 사본 (직인 날인본)\n"
        "  2. 해당 게시물이 위반한 심의규정 조항\n\n"
        "자료를 회신해 주시면 검토 후 처리 결과를 안내드리겠습니다.\n"
    ),
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao request for the signed 의결서 and the breached rule before acting",
    why="asks the regulator for documents before acting; the Tistory entry stays pending",
    items={K3: "pending"},
)

case(
    name="youtube-conditional-counter-notice",
    from_="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 04:20:00 +0000",
    subject=f"Re: Korea Communications Standards Commission request [{R3}]",
    reply_to_req=mid(R3).split("@")[0],
    body=(
        "Hello,\n\n"
        "We've notified the uploader of the following video about your request:\n"
        f"{Y1}\n\n"
        "If the uploader does not respond within 7 days, we will restrict the video in\n"
        "South Korea. We're also reviewing\n"
        f"{Y2}\n"
        "and will follow up once that review is complete.\n\n"
        "Regards,\nThe YouTube Legal Support Team\n"
    ),
    outcome="review", review="not_understood",
    imitates="YouTube interim notice: uploader notified, conditional local restriction, second video under review",
    why="a condition ('if the uploader does not respond') and 'reviewing' are not statements: both stay pending",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="band-contact-change-no-claims",
    from_="gov-relations@band.us", name_from="BAND 대외협력",
    date="Thu, 12 Sep 2024 14:00:00 +0900",
    subject="[BAND] 공공기관 협조 요청 접수 창구 변경 안내",
    body=(
        "안녕하세요. BAND 대외협력 담당입니다.\n\n"
        "2024년 10월 1일부터 공공기관의 게시물 조치 요청은 아래 창구로 접수해 주시기 바랍니다.\n\n"
        "  - 이메일: gov-request@band.us\n"
        "  - 접수 시간: 평일 09:00~18:00\n\n"
        "기존 주소로 보내주신 요청도 당분간은 자동으로 전달됩니다.\n"
        "감사합니다.\n"
    ),
    outcome="review", review="no_claims",
    imitates="BAND notice changing its government-request contact address",
    why="trusted BAND mail naming no item and no request",
    items={},
)

case(
    name="dcinside-gallery-manager-gmail",
    from_="coin.gall.manager@gmail.com", name_from="코인갤 매니저",
    date="Sun, 08 Sep 2024 22:41:00 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통보 ({R4})",
    reply_to_req=mid(R4).split("@")[0],
    body=(
        "안녕하세요 코인 마이너 갤러리 매니저입니다.\n"
        "디시 운영팀에서 전달받았는데요,\n"
        f"{D2}\n"
        "이 글 제가 방금 삭제했습니다. 확인 부탁드려요.\n"
    ),
    outcome="review", review="unknown_sender",
    imitates="DC Inside minor-gallery manager (a volunteer user) replying from a personal Gmail",
    why="a gallery manager is not DC Inside and writes from gmail.com: unknown_sender",
    items={D2: "pending"},
)

case(
    name="naver-author-appeal-conditional",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 18:30:00 +0900",
    subject=f"[회신] {R1} 관련 안내",
    reply_to_req=mid(R1).split("@")[0],
    body=(
        "안녕하세요, 네이버 정책지원팀입니다.\n\n"
        f"{N10} 게시물에 대해서는 작성자에게 소명 기회를 부여하였습니다.\n"
        "9월 13일까지 소명이 없거나 소명이 받아들여지지 않으면 해당 게시물은 삭제될 예정입니다.\n\n"
        "결과가 나오는 대로 알려드리겠습니다.\n"
    ),
    outcome="review", review="not_understood",
    imitates="NAVER notice that the author was given a chance to explain before deletion",
    why="deletion depends on a condition and is in the future: pending",
    items={N10: "pending"},
)

# =============================================================== IGNORED
case(
    name="naver-out-of-office-ko",
    from_="jihye.park@navercorp.com", name_from="박지혜",
    date="Mon, 02 Sep 2024 10:00:40 +0900",
    subject=f"[자동 회신] [방송통신심의위원회] 시정요구 통보 ({R1})",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=(
        "안녕하세요. 박지혜입니다.\n\n"
        "9월 2일(월)부터 9월 6일(금)까지 휴가로 메일 확인이 어렵습니다.\n"
        "급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내주세요.\n\n"
        "감사합니다.\n"
    ),
    outcome="ignored", classification="auto_reply",
    imitates="Outlook Korean out-of-office reply ([자동 회신]) from a NAVER employee",
    why="an out-of-office auto-reply says nothing about the items",
    items={},
)

case(
    name="kakao-dsn-mailbox-unknown",
    from_="MAILER-DAEMON@daum.net", name_from="Mail Delivery Subsystem",
    date="Tue, 03 Sep 2024 11:00:21 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        "Content-Type: multipart/report; report-type=delivery-status;\n"
        "\tboundary=\"=_dsn_581_k\"\n\n"
        "--=_dsn_581_k\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "This is the mail system at host mx2.daum.net.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<cafe-report@daum.net>: host mx2.daum.net said: 550 5.1.1 mailbox unavailable\n"
        "--=_dsn_581_k\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx2.daum.net\n"
        "Arrival-Date: Tue,  3 Sep 2024 11:00:19 +0900\n\n"
        "Final-Recipient: rfc822; cafe-report@daum.net\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable\n"
        "--=_dsn_581_k\n"
        "Content-Type: text/rfc822-headers\n\n"
        "From: 방송통신심의위원회 <takedown@kcsc.example>\n"
        "To: cafe-report@daum.net\n"
        f"Subject: [방송통신심의위원회] 시정요구 통보 ({R2})\n"
        f"Message-ID: <{mid(R2)}>\n"
        "Date: Tue, 03 Sep 2024 11:00:00 +0900\n"
        "--=_dsn_581_k--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1) bouncing the request sent to a dead Daum address",
    why="a delivery failure report, no statement from the platform",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Mon, 02 Sep 2024 10:42:00 +0900",
    subject=f"읽음: [방송통신심의위원회] 시정요구 통보 ({R1})",
    raw_mime=(
        "Content-Type: multipart/report; report-type=disposition-notification;\n"
        "\tboundary=\"=_mdn_581_n\"\n\n"
        "--=_mdn_581_n\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "메시지\n\n"
        "  받는 사람: policy@navercorp.com\n"
        f"  제목: [방송통신심의위원회] 시정요구 통보 ({R1})\n"
        "  보낸 날짜: 2024-09-02 오전 10:00\n\n"
        "를 2024-09-02 오전 10:41에 읽었습니다.\n"
        "--=_mdn_581_n\n"
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.navercorp.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;policy@navercorp.com\n"
        f"Original-Message-ID: <{mid(R1)}>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"
        "--=_mdn_581_n--\n"
    ),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt ('읽음:' … '를 … 읽었습니다')",
    why="a read receipt only says the request was opened",
    items={},
)

case(
    name="youtube-ticket-receipt-ko",
    from_="legal-kr-noreply@google.com", name_from="YouTube",
    date="Wed, 04 Sep 2024 09:31:02 +0900",
    subject=f"[7-2093000038114] YouTube 법률 요청 접수 확인 ({R3})",
    body=(
        "안녕하세요.\n\n"
        "YouTube 법률 요청이 정상적으로 접수되었습니다. 접수 번호: 7-2093000038114\n\n"
        "접수된 요청은 담당팀에서 순서대로 검토하며, 검토가 끝나면 이 스레드로 결과를 안내드립니다.\n"
        "이 메일에 답장하실 때에는 제목의 접수 번호를 유지해 주세요.\n\n"
        "YouTube 법무팀\n"
    ),
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal-request auto-receipt with a 7-… case number",
    why="a pure receipt: request received, ticket number, review to come",
    items={},
)

case(
    name="dcinside-auto-reply-holiday",
    from_="cs@dcinside.com", name_from="디시인사이드 고객센터",
    date="Mon, 16 Sep 2024 09:00:02 +0900",
    subject=f"[자동응답] Re: 시정요구 통보 ({R7})",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body=(
        "디시인사이드 고객센터입니다.\n\n"
        "추석 연휴(9월 16일~9월 18일) 기간에는 고객센터 운영을 쉽니다.\n"
        "접수하신 문의는 연휴 이후 순차적으로 답변드리겠습니다.\n\n"
        "※ 본 메일은 발신 전용입니다.\n"
    ),
    outcome="ignored", classification="auto_reply",
    imitates="DC Inside holiday (추석) auto-response",
    why="a holiday auto-reply; nothing about the post",
    items={},
)

case(
    name="band-ticket-receipt-echo-urls",
    from_="noreply@band.us", name_from="BAND 고객센터",
    date="Fri, 06 Sep 2024 10:00:55 +0900",
    subject="[BAND] 문의가 접수되었습니다 (#BD-240906-7731)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=(
        "안녕하세요, BAND 고객센터입니다.\n\n"
        "아래 내용으로 문의가 접수되었습니다. 담당자 확인 후 답변드리겠습니다.\n\n"
        "접수번호: #BD-240906-7731\n"
        "문의 유형: 게시글 신고\n"
        f"신고 대상: {B1}\n"
        f"신고 대상: {B2}\n"
        f"요청 내용: [방송통신심의위원회] 시정요구 통보 ({R5})\n\n"
        "※ 본 메일은 발신 전용입니다.\n"
    ),
    outcome="ignored", classification="acknowledgement",
    imitates="BAND help-desk receipt echoing the reported post URLs",
    why="a receipt that only echoes the reported URLs; no result for either post",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-dsn-delayed",
    from_="MAILER-DAEMON@navercorp.com", name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 19:00:00 +0900",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        "Content-Type: multipart/report; report-type=delivery-status;\n"
        "\tboundary=\"=_dsn_581_n\"\n\n"
        "--=_dsn_581_n\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host relay.navercorp.com.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for 4 hours.\n"
        "It will be retried until it is 5 days old.\n\n"
        "<legal-kr@navercorp.com>: connect to inbound.navercorp.com: Connection timed out\n"
        "--=_dsn_581_n\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; relay.navercorp.com\n\n"
        "Final-Recipient: rfc822; legal-kr@navercorp.com\n"
        "Action: delayed\n"
        "Status: 4.4.1\n"
        "Will-Retry-Until: Sat, 14 Sep 2024 15:00:00 +0900\n"
        "--=_dsn_581_n\n"
        "Content-Type: text/rfc822-headers\n\n"
        "From: 방송통신심의위원회 <takedown@kcsc.example>\n"
        "To: legal-kr@navercorp.com\n"
        f"Subject: [방송통신심의위원회] 시정요구 통보 ({R6})\n"
        f"Message-ID: <{mid(R6)}>\n"
        "--=_dsn_581_n--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix delay warning DSN (Action: delayed, 4.4.1)",
    why="a delivery delay warning, not a platform statement",
    items={},
)

HEADER = """# Blind set 581 (Korean portals: NAVER, Kakao/Daum, YouTube Korea, DC Inside,
# BAND). Written by tests/corpus/blind581/make.py; do not edit by hand.
# Expected results come from each email's meaning, written before any run of
# the reader. Each case is ingested alone into a fresh ledger holding
# requests.csv.
"""


def enc(s, header_name):
    """RFC 2047 encoding of a non-ASCII header value, as most mailers send it."""
    if s.isascii():
        return s
    return Header(s, "utf-8", header_name=header_name).encode(linesep="\n")


# A few senders put raw UTF-8 in the Subject (RFC 6532 style); the rest encode it.
RAW_SUBJECT = {"dcinside-operator-numbered-dashes", "band-url-then-status-line",
               "dcinside-gallery-manager-gmail"}


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"], "From")
        if c["name"] not in RAW_SUBJECT:
            c["subject"] = enc(c["subject"], "Subject")
        cases.append(c)
    # remove stale case files so that renamed cases leave nothing behind
    cdir = os.path.join(HERE, "cases")
    if os.path.isdir(cdir):
        for f in os.listdir(cdir):
            if f.endswith(".eml"):
                os.remove(os.path.join(cdir, f))
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
