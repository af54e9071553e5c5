#!/usr/bin/env python3
"""Blind set 983 (focus: Korean portals writing in Korean).

NAVER, Kakao/Daum (Daum cafe, Tistory, open chat, brunch), YouTube Korea,
DC Inside and BAND replying to KCSC removal requests: 공문-style
시정요구 조치결과 replies, 임시조치/블라인드 notices, informal operator
replies, receipts, auto-replies, bounces and read receipts.

Every email is fictional and written for this set; expected results were
written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind983/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind983"

# ---------------------------------------------------------------- requests
TISTORY_ENC = "https://nightowl-review.tistory.com/entry/%EB%AC%B4%EB%A3%8C-%EC%B6%A9%EC%A0%84-%EC%9D%B4%EB%B2%A4%ED%8A%B8"
TISTORY_RAW = "https://nightowl-review.tistory.com/entry/무료-충전-이벤트"

N = {
    1: "https://blog.naver.com/lucky_bet77/223561001",
    2: "https://blog.naver.com/lucky_bet77/223561045",
    3: "https://blog.naver.com/spin_house9/223560317",
    4: "https://cafe.naver.com/toto365club/8812",
    5: "https://cafe.naver.com/toto365club/8815",
    6: "https://cafe.naver.com/toto365club/9020",
    7: "https://cafe.naver.com/jackpotland/1441",
    8: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40901&docId=471230551",
    9: "https://blog.naver.com/casino_road/223559988",
    10: "https://post.naver.com/viewer/postView.naver?volumeNo=38120554&memberNo=51022371",
    11: "https://cafe.naver.com/jackpotland/1502",
    12: "https://blog.naver.com/spin_house9/223562210",
    13: "https://blog.naver.com/hidden_room5/223570044",
}
K = {
    1: "https://cafe.daum.net/moonlightbet/Qx7a/215",
    2: "https://cafe.daum.net/moonlightbet/Qx7a/231",
    3: TISTORY_ENC,
    4: "https://open.kakao.com/o/gX2fa9Lb",
    5: "https://brunch.co.kr/@midnightwriter/57",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8pLx2A",
    2: "https://www.youtube.com/watch?v=Hk7Zr1NwB4e",
    3: "https://www.youtube.com/@slotking_tv",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120341",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinbet&no=55102",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinbet&no=55187",
    4: "https://gall.dcinside.com/mini/board/view/?id=nightcity&no=3301",
    5: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120877",
}
B = {
    1: "https://band.us/band/81234567/post/412",
    2: "https://band.us/band/81234567/post/415",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", [N[i] for i in range(1, 13)]),
    ("KCSC-240905-02", "kakao", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal_gambling", [K[1], K[2], K[3], K[4]]),
    ("KCSC-240906-03", "youtube", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_gambling", [Y[1], Y[2], Y[3]]),
    ("KCSC-240909-04", "dcinside", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "defamation", [D[1], D[2], D[3], D[4], D[5]]),
    ("KCSC-240910-05", "band", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", [B[1], B[2]]),
    ("KCSC-240911-06", "naver", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00",
     "obscenity", [N[13]]),
    ("KCSC-240912-07", "kakao", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "personal_info", [K[5]]),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, "<%s@kcsc.example>" % msgid(ref), ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def enc_subject(s):
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def single(ctype, cte, body):
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n"
            + body + "\n")


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def quoted_request(ref, urls, when):
    lines = [f"{when} KCSC Takedown <takedown@kcsc.example>님이 작성:",
             f"> 제목: [방송통신심의위원회] 불법정보 시정요구 ({ref})",
             ">",
             "> 귀사 서비스에 게재된 아래 정보에 대하여 시정요구를 통보하오니",
             "> 조치 후 결과를 회신하여 주시기 바랍니다.",
             ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> 방송통신심의위원회 통신심의국"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-gongmun-full-table",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    subject=enc_subject("[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 통보"),
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
수    신: 방송통신심의위원회 통신심의국장
참    조: 불법정보 심의 담당
제    목: 시정요구(KCSC-240903-01)에 대한 조치결과 통보

1. 귀 위원회의 노고에 감사드립니다.

2. 귀 위원회가 2024. 9. 3. 통보한 불법 도박 정보 시정요구(KCSC-240903-01)와
관련하여 당사의 조치 결과를 아래와 같이 회신합니다.

                             - 아    래 -

 연번 | 대상 URL                                                                   | 조치결과
 -----+----------------------------------------------------------------------------+-------------------------
  1   | {N[1]}                               | 삭제
  2   | {N[2]}                               | 삭제
  3   | {N[3]}                               | 임시조치(30일)
  4   | {N[4]}                                    | 게시중단(블라인드)
  5   | {N[5]}                                    | 삭제
  6   | {N[6]}                                    | 게시물 없음(작성자 삭제)
  7   | {N[7]}                                    | 조치불가(위반사항 없음)
  8   | {N[8]} | 삭제
  9   | {N[9]}                               | 삭제
 10   | {N[10]} | 게시물 없음(존재하지 않는 URL)
 11   | {N[11]}                                    | 삭제
 12   | {N[12]}                               | 임시조치(30일)

3. 연번 7의 게시물은 해외 카지노 관련 언론 보도를 인용·요약한 글로서, 도박
광고나 알선에 해당하지 않는다고 판단하여 게시를 유지하였음을 알려드립니다.

4. 기타 문의사항은 정책지원팀(policy-support@navercorp.com)으로 연락 주시기
바랍니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="포털의 공문 형식 시정요구 조치결과 통보 (수신/참조/제목, 1. 2. 3. 항목, '아래' 표, 끝.)",
    why="NAVER states a status for each of the twelve items in a text table; 임시조치 is restricted, 게시물 없음 not_found, 조치불가(위반사항 없음) rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "removed",
           N[6]: "not_found", N[7]: "rejected", N[8]: "removed", N[9]: "removed", N[10]: "not_found",
           N[11]: "removed", N[12]: "restricted"},
)

html_rows = "".join(
    f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{s}</td><td>2024-09-05</td></tr>\n"
    for i, (u, s) in enumerate([(N[2], "삭제"), (N[5], "블라인드"), (N[6], "해당 게시물 없음"),
                                (N[11], "임시조치")], 1))
case(
    name="naver-html-table-partial",
    from_="noreply-policy@navercorp.com", name_from="NAVER",
    date="Thu, 05 Sep 2024 18:02:44 +0900",
    subject=enc_subject("[NAVER] KCSC-240903-01 시정요구 1차 처리 결과 안내"),
    raw_mime=single("text/html", "8bit", f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 게시물 정책 담당자입니다.</p>
<p>방송통신심의위원회에서 요청하신 <b>KCSC-240903-01</b> 건 중 우선 처리된 게시물의 결과를 안내드립니다.
나머지 게시물은 검토가 끝나는 대로 다시 회신드리겠습니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>No.</th><th>게시물 URL</th><th>처리 결과</th><th>처리일</th></tr>
{html_rows}</table>
<p>처리 기준은 <a href="https://policy.naver.com/policy/service_group.html">네이버 서비스 운영정책</a>을 참고해 주세요.</p>
<p>감사합니다.<br>네이버 게시물 정책 담당</p>
</body></html>"""),
    outcome="applied", classification="confirmation",
    imitates="네이버 처리 결과 안내 HTML 메일 (표 형식, 1차 처리분)",
    why="HTML table states four items; the promise about the rest leaves the other items pending; the policy link is not an item",
    items={N[2]: "removed", N[5]: "removed", N[6]: "not_found", N[11]: "restricted"},
)

csv_att = "\ufeff번호,URL,처리결과,비고\n" + "\n".join([
    f"1,{N[7]},삭제,재검토 후 삭제",
    f"2,{N[8]},삭제,",
    f"3,{N[9]},게시중단,블라인드",
    f"4,{N[10]},삭제,",
    f"5,{N[11]},삭제,",
    f"6,{N[12]},위반 아님,운영원칙 위반사항 확인되지 않음",
]) + "\n"
case(
    name="naver-csv-attachment",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    date="Mon, 09 Sep 2024 10:15:03 +0900",
    subject=enc_subject("RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240903-01) - 결과 파일 송부"),
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=multipart("mixed", "----=_NV_b983_7731", [
        single("text/plain", "8bit", """안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 건 중 나머지 게시물의 처리 결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

네이버 정책지원팀 드림"""),
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"\n'
        "Content-Transfer-Encoding: base64\n\n" + b64(csv_att),
    ]),
    outcome="applied", classification="confirmation",
    imitates="정책지원팀 회신 + 처리결과 CSV 첨부 (엑셀에서 저장한 BOM 포함 UTF-8)",
    why="the CSV attachment gives a status for six items: 위반 아님 with its reason is rejected, 게시중단(블라인드) removed",
    items={N[7]: "removed", N[8]: "removed", N[9]: "removed", N[10]: "removed", N[11]: "removed",
           N[12]: "rejected"},
)

case(
    name="naver-single-item-blind-sole",
    from_="noreply-policy@navercorp.com", name_from="NAVER",
    date="Thu, 12 Sep 2024 11:20:00 +0900",
    subject=enc_subject("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240911-06)"),
    reply_to_req=msgid("KCSC-240911-06"),
    body="""
안녕하세요. NAVER 입니다.

방송통신심의위원회에서 요청하신 게시중단 건(KCSC-240911-06)의 처리 결과를
안내드립니다.

요청하신 블로그 게시물은 음란 정보에 해당하는 것으로 확인되어 2024년 9월 12일
블라인드 처리되었습니다. 현재 해당 게시물은 작성자 본인 외에는 열람할 수
없습니다.

본 메일은 발신 전용입니다. 문의는 네이버 고객센터를 이용해 주세요.
https://help.naver.com/
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 게시중단요청서비스 처리 결과 안내 (블라인드 처리)",
    why="one-item request, answered by reference: the sole statement (블라인드 처리) applies to its only item",
    items={N[13]: "removed"},
)

case(
    name="naver-cafe-operator-informal",
    from_="cafe-ops.kim@navercorp.com", name_from="김지훈",
    date="Wed, 04 Sep 2024 15:31:27 +0900",
    subject=enc_subject("Re: 카페 게시글 관련 문의드립니다"),
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
안녕하세요 카페 운영지원 김지훈입니다.
말씀하신 toto365club 카페 글 확인해봤습니다.

{N[4]} 는 오늘 오후 2시쯤 삭제했고요,
{N[5]} 는 작성자가 이미 지운 글이라 남아있는 게 없습니다.

9020번 글은 카페 매니저 쪽에 확인 요청해 둔 상태라 답 오면 다시 연락드릴게요.

김지훈 드림
NAVER 카페 운영지원
""",
    outcome="applied", classification="confirmation",
    imitates="포털 운영자 개인의 비공식 회신 (구어체, 특정 글 번호 언급)",
    why="8812 deleted, 8815 already deleted by its author (not_found); 9020 is only being checked with the manager and stays pending",
    items={N[4]: "removed", N[5]: "not_found", N[6]: "pending"},
)

case(
    name="naver-top-posted-over-quote",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    date="Wed, 04 Sep 2024 09:12:55 +0900",
    subject=enc_subject("Re: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240903-01)"),
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청 건 중 긴급 처리 대상 2건의 결과를 먼저 회신드립니다.

- {N[9]} : 삭제 조치 완료
- {N[3]} : 임시조치(30일) 적용

나머지는 확인 후 별도로 회신드리겠습니다.

감사합니다.
네이버 정책지원팀

{quoted_request("KCSC-240903-01", [N[i] for i in range(1, 13)], "2024년 9월 3일 (화) 오전 10:00,")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail 한국어 인용 형식 위의 top-posted 부분 회신",
    why="two items stated above the quoted request; the twelve quoted URLs are not statements",
    items={N[9]: "removed", N[3]: "restricted", N[1]: "pending", N[7]: "pending"},
)

case(
    name="naver-qp-kin-post",
    from_="kin-safety@naver.com", name_from="지식iN 운영팀",
    date="Fri, 06 Sep 2024 13:05:40 +0900",
    subject=enc_subject("[지식iN/포스트] KCSC-240903-01 관련 처리 안내"),
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=single("text/plain", "quoted-printable", qp(f"""안녕하세요, 네이버 지식iN·포스트 운영팀입니다.

요청하신 KCSC-240903-01 중 지식iN과 포스트 게시물에 대한 처리 결과입니다.

■ 지식iN 질문
{N[8]}
→ 불법 사설토토 홍보 답변이 포함되어 질문과 답변 전체를 삭제하였습니다.

■ 포스트
{N[10]}
→ 해당 포스트는 스포츠 경기 분석 글로, 도박 사이트 주소나 가입 유도 문구가
포함되어 있지 않아 운영정책 위반으로 보기 어렵습니다. 게시 상태를 유지합니다.

감사합니다.
""")),
    outcome="applied", classification="confirmation",
    imitates="네이버 지식iN/포스트 운영팀 처리 안내 (quoted-printable 본문, 항목별 ■ 머리말)",
    why="kin question deleted (removed); the post stays up with a reason (rejected)",
    items={N[8]: "removed", N[10]: "rejected"},
)

case(
    name="naver-url-on-line-below",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    date="Thu, 05 Sep 2024 17:44:09 +0900",
    subject=enc_subject("시정요구 처리결과 회신 (KCSC-240903-01)"),
    body=f"""
방송통신심의위원회 담당자님께,

KCSC-240903-01 요청 건과 관련하여 블로그 게시물 2건의 처리 결과를 알려드립니다.

다음 게시물은 사설 도박 사이트 홍보 글로 확인되어 삭제하였습니다.
{N[2]}

다음 게시물은 검토 결과 운영정책 위반 사항이 없어 별도 조치하지 않았습니다.
{N[12]}

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 정책지원팀 산문형 회신 (설명 문장 다음 줄에 URL)",
    why="each statement is followed by its URL on the next line: 223561045 removed, 223562210 rejected",
    items={N[2]: "removed", N[12]: "rejected"},
)

case(
    name="kakao-gongmun-daum-tistory",
    from_="right@kakaocorp.com", name_from="Kakao 권리침해신고센터",
    date="Tue, 10 Sep 2024 14:30:00 +0900",
    subject=enc_subject("[카카오] 방송통신심의위원회 시정요구(KCSC-240905-02) 조치결과 회신"),
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구(KCSC-240905-02) 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관에서 요청하신 시정요구 건에 대하여 당사는 아래와 같이 조치하였음을
알려드립니다.

가. 다음카페 게시글
  - {K[1]}  : 삭제 (2024.09.09)
  - {K[2]}  : 삭제 (2024.09.09)
나. 티스토리 게시글
  - {TISTORY_RAW}  : 임시조치 (30일간 접근 차단, 2024.09.09)
다. 오픈채팅
  - {K[4]}  : 채팅방 이용제한(영구) - 채팅방 폐쇄

3. 티스토리 게시글은 게시자의 이의제기 기간(30일) 경과 후 재검토할 예정입니다.

주식회사 카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="카카오 권리침해신고센터 공문형 조치결과 회신 (가/나/다 서비스별 구분)",
    why="Daum cafe posts deleted, Tistory 임시조치 (restricted; raw Korean path matches its percent-encoded form), open chat room closed (removed)",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "removed"},
)

case(
    name="kakao-tistory-base64-brackets",
    from_="tistory-safety@kakaocorp.com", name_from="Tistory",
    date="Mon, 09 Sep 2024 19:10:31 +0900",
    subject=enc_subject("[티스토리] 신고 게시물 처리 결과 안내"),
    raw_mime=single("text/plain", "base64", b64(f"""안녕하세요, 티스토리 운영팀입니다.

방송통신심의위원회(KCSC-240905-02)에서 요청하신 게시물
「{TISTORY_RAW}」은
불법 도박 사이트 홍보 내용이 확인되어 9월 9일 비공개 처리(게시 중단)하였습니다.
블로그 운영자에게는 운영정책 위반 안내가 발송되었습니다.

티스토리 운영팀 드림
""")),
    outcome="applied", classification="confirmation",
    imitates="티스토리 신고 게시물 처리 결과 안내 (base64 본문, 「」 괄호 안 한글 경로 URL)",
    why="the Tistory entry was made private (비공개 처리/게시 중단): removed",
    items={K[3]: "removed"},
)

case(
    name="kakao-openchat-informal",
    from_="openchat-ops@kakao.com", name_from="카카오 오픈채팅 운영",
    date="Fri, 06 Sep 2024 10:48:17 +0900",
    subject=enc_subject("Re: 오픈채팅방 신고 건"),
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""
안녕하세요, 카카오 오픈채팅 운영 담당입니다.

보내주신 오픈채팅방 <{K[4]}> 은(는) 도박 사이트 회원 모집 목적으로 운영된 것이
확인되어 어제(9/5) 밤 보호조치 후 영구 이용제한했습니다. 지금은 링크로 입장해도
'운영정책 위반으로 이용이 제한된 채팅방입니다'라는 안내만 보입니다.

다음카페 건은 다음 담당 부서에서 따로 회신드릴 거예요.
""",
    outcome="applied", classification="confirmation",
    imitates="카카오 오픈채팅 담당자의 구어체 회신 (꺾쇠괄호 URL + 은(는))",
    why="open chat room permanently closed for everyone (removed); the Daum cafe posts are only promised another reply",
    items={K[4]: "removed", K[1]: "pending", K[2]: "pending"},
)

case(
    name="kakao-brunch-author-deleted",
    from_="brunch-help@kakaocorp.com", name_from="브런치팀",
    date="Thu, 12 Sep 2024 16:02:00 +0900",
    subject=enc_subject("[브런치] 요청하신 게시글(KCSC-240912-07) 확인 결과"),
    reply_to_req=msgid("KCSC-240912-07"),
    body=f"""
안녕하세요. 브런치팀입니다.

개인정보 노출 게시글 삭제 요청(KCSC-240912-07)과 관련하여 안내드립니다.

요청하신 글 {K[5]} 은 저희가 확인한 9월 12일 오후 기준으로 작가 본인이 이미
삭제한 상태로, 현재 브런치에 존재하지 않는 글입니다. 따라서 별도의 조치는
진행되지 않았습니다.

고맙습니다.
브런치팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="브런치팀 확인 결과 안내 (작성자 자진 삭제)",
    why="already deleted by its author, no longer exists: not_found",
    items={K[5]: "not_found"},
)

case(
    name="kakao-all-removed-one-item",
    from_="right@kakaocorp.com", name_from="Kakao 권리침해신고센터",
    date="Fri, 13 Sep 2024 09:40:00 +0900",
    subject=enc_subject("Re: [방송통신심의위원회] 개인정보 침해 게시물 삭제 요청 (KCSC-240912-07)"),
    reply_to_req=msgid("KCSC-240912-07"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물은 모두 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="카카오 권리침해신고센터 한 줄 처리 완료 회신",
    why="'all removed' about a one-item request applies to its only item",
    items={K[5]: "removed"},
)

case(
    name="yt-korea-legal-bilingual",
    from_="legal-kr@google.com", name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 08:55:20 +0900",
    subject="[0-7731000029482] Re: KCSC-240906-03",
    reply_to_req=msgid("KCSC-240906-03"),
    body=f"""
안녕하세요.

방송통신심의위원회의 요청(KCSC-240906-03)과 관련하여 검토 결과를 알려드립니다.

1) {Y[1]}
   - YouTube 커뮤니티 가이드 위반(규제 상품 판매)으로 동영상을 삭제했습니다.

2) {Y[2]}
   - 대한민국 법률에 따라 한국 내에서 이 동영상에 대한 액세스를 제한했습니다.

3) {Y[3]}
   - 채널을 검토했으나 정책 위반을 확인하지 못해 조치하지 않았습니다.

--
Hello,

Regarding your request KCSC-240906-03: the first video was removed for violating
our Community Guidelines, access to the second video has been restricted in
South Korea under local law, and no action was taken on the channel.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google Legal Support 한국어/영어 병기 법적 요청 결과 (번호 목록)",
    why="video 1 removed, video 2 restricted in Korea, channel rejected (no violation found)",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-age-restricted-korean",
    from_="youtube-trust-kr@google.com", name_from="YouTube",
    date="Tue, 10 Sep 2024 17:21:44 +0900",
    subject=enc_subject("YouTube 신고 검토 결과 안내"),
    reply_to_req=msgid("KCSC-240906-03"),
    body=f"""
안녕하세요, YouTube 팀입니다.

신고하신 동영상 {Y[2]}을(를) 검토했습니다.

이 동영상은 도박을 미화하는 장면이 포함되어 있어 연령 제한을 적용했습니다.
만 18세 이상 로그인한 사용자만 시청할 수 있습니다.

YouTube 커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

© 2024 Google LLC
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 신고 검토 결과 안내 (연령 제한)",
    why="age restriction applied to video 2: restricted; the guidelines link is not an item",
    items={Y[2]: "restricted"},
)

case(
    name="yt-actioned-phrase",
    from_="legal-kr@google.com", name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 12:00:03 +0900",
    subject="[0-7731000029101] KCSC-240906-03 (1/3)",
    body=f"""
안녕하세요,

Thank you for your notice KCSC-240906-03.

The following URL has been actioned under our policies:
{Y[1]}

We will respond separately regarding the other URLs in your notice.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google 'actioned under our policies' 정형 답변 (한국 사무소)",
    why="'has been actioned under our policies' (configured removed phrase) for video 1; the rest only promised",
    items={Y[1]: "removed", Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="yt-gmail-quote-channel",
    from_="legal-kr@google.com", name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 15:33:10 +0900",
    subject="Re: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240906-03)",
    reply_to_req=msgid("KCSC-240906-03"),
    body=f"""
안녕하세요,

재검토 요청하신 채널 @slotking_tv 는 커뮤니티 가이드 반복 위반으로
2024년 9월 12일 해지(terminated)되었습니다.

{Y[3]}

감사합니다.
Google Legal Support

{quoted_request("KCSC-240906-03", [Y[1], Y[2], Y[3]], "2024년 9월 6일 (금) 오전 10:00,")}
""",
    outcome="applied", classification="confirmation",
    imitates="Google 재검토 회신 (Gmail 인용문 위 top-posting, 채널 해지)",
    why="channel terminated (removed) above the quoted request; quoted videos unchanged",
    items={Y[3]: "removed", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="dc-operator-informal",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 11:07:52 +0900",
    subject=enc_subject("Re: [방송통신심의위원회] 명예훼손 게시물 시정요구 (KCSC-240909-04)"),
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

요청 주신 게시물 확인했습니다.

주식 갤러리 글 두 개({D[1]}, {D[5]})는 삭제 처리했습니다.
코인벳 마이너 갤러리 55102번 글({D[2]})은 작성자가 자진 삭제해서
이미 없는 글이었습니다.

나머지 두 건은 갤러리 매니저 의견 듣고 있어서 조금 더 걸릴 것 같습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="디시인사이드 운영팀 구어체 회신 (괄호 안 URL)",
    why="two posts deleted, 55102 already deleted by its author (not_found); the other two still being discussed",
    items={D[1]: "removed", D[5]: "removed", D[2]: "not_found", D[3]: "pending", D[4]: "pending"},
)

case(
    name="dc-bullets-angle-brackets",
    from_="report@dcinside.com", name_from="DCinside",
    date="Thu, 12 Sep 2024 14:25:00 +0900",
    subject=enc_subject("[디시인사이드] 게시물 처리 결과 (KCSC-240909-04)"),
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""
방송통신심의위원회 귀중

KCSC-240909-04 건 처리 결과 알려드립니다.

 * <{D[2]}>
   → 삭제 완료
 * <{D[3]}>
   → 삭제 완료
 * <{D[4]}>
   → 미니 갤러리 운영자 및 당사 검토 결과, 특정인을 지칭한다고 보기
     어려워 게시 유지합니다.

문의: report@dcinside.com
(주)디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="디시인사이드 처리 결과 (글머리표 + 꺾쇠괄호 URL, 다음 줄 화살표 결과)",
    why="two posts deleted; the mini-gallery post kept with a reason (rejected)",
    items={D[2]: "removed", D[3]: "removed", D[4]: "rejected"},
)

dc_rows = "".join(
    f'<tr><td align="center">{i}</td><td>{u}</td><td>{s}</td></tr>\n'
    for i, (u, s) in enumerate([(D[1], "삭제"), (D[2], "삭제"), (D[3], "게시물 없음"),
                                (D[4], "성인 인증 게시물로 전환 (19세 미만 열람 제한)"),
                                (D[5], "삭제")], 1))
case(
    name="dc-html-table-multipart",
    from_="report@dcinside.com", name_from="DCinside",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject=enc_subject("[디시인사이드] 시정요구 조치결과 (KCSC-240909-04)"),
    reply_to_req=msgid("KCSC-240909-04"),
    raw_mime=multipart("alternative", "dc-b983-alt-01", [
        single("text/plain", "8bit",
               "시정요구 조치결과를 HTML 표로 보내드립니다. HTML을 볼 수 있는 메일 프로그램에서 확인해 주세요."),
        single("text/html", "quoted-printable", qp(f"""<html><body style="font-family:'Malgun Gothic'">
<p>방송통신심의위원회 담당자님, 안녕하세요.</p>
<p>시정요구 <b>KCSC-240909-04</b>에 대한 조치결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr bgcolor="#eeeeee"><th>연번</th><th>URL</th><th>조치결과</th></tr>
{dc_rows}</table>
<p>(주)디시인사이드 운영팀</p>
</body></html>""")),
    ]),
    outcome="applied", classification="confirmation",
    imitates="디시인사이드 시정요구 조치결과 HTML 표 (multipart/alternative, 텍스트 파트는 안내문뿐)",
    why="all five statuses in the HTML table; 성인 인증 전환 is an age restriction (restricted), 게시물 없음 not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "restricted", D[5]: "removed"},
)

case(
    name="band-ops-notice",
    from_="safety@band.us", name_from="BAND 운영팀",
    date="Thu, 12 Sep 2024 13:13:13 +0900",
    subject=enc_subject("[BAND] 요청하신 게시글 처리 결과 안내 (KCSC-240910-05)"),
    reply_to_req=msgid("KCSC-240910-05"),
    body=f"""
안녕하세요. BAND 운영팀입니다.

방송통신심의위원회에서 요청하신 마약류 관련 게시글에 대한 처리 결과를 안내드립니다.

[처리 결과]
1. {B[1]}
   처리: 게시글 삭제 및 작성자 이용 제한
2. {B[2]}
   처리: 조치하지 않음
   사유: 해당 게시글은 마약 퇴치 캠페인 안내문으로 BAND 운영정책 위반 사항이
        확인되지 않았습니다.

BAND 운영정책: https://band.us/policy/operation

BAND 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 운영팀 처리 결과 안내 (번호 목록, 처리/사유 줄)",
    why="post 412 deleted (removed); post 415 no action with a reason (rejected)",
    items={B[1]: "removed", B[2]: "rejected"},
)

case(
    name="band-url-status-below",
    from_="safety@band.us", name_from="BAND",
    date="Wed, 11 Sep 2024 18:40:00 +0900",
    subject=enc_subject("RE: 마약류 게시글 삭제 요청"),
    reply_to_req=msgid("KCSC-240910-05"),
    body=f"""
안녕하세요, BAND 고객센터입니다.

{B[2]}
→ 처리결과 : 삭제 완료 (2024-09-11 17:52)

좋은 하루 되세요.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 짧은 회신 (URL 다음 줄 처리결과)",
    why="post 415 deleted, status on the line below its URL",
    items={B[2]: "removed"},
)

case(
    name="naver-receipt-plus-results",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 10:02:11 +0900",
    subject=enc_subject("[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 2409-NV-556120)"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.
문의가 정상적으로 접수되어 아래와 같이 답변드립니다.

방송통신심의위원회에서 요청하신 카페 게시글(KCSC-240903-01) 중

  · {N[11]} → 삭제
  · {N[7]} → 블라인드 처리

되었음을 알려드립니다.

※ 본 메일은 발신 전용이며, 추가 문의는 고객센터 홈페이지를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 고객센터 답변 메일 (접수 문구 + 처리 결과)",
    why="a receipt phrase followed by unhedged statements: not an acknowledgement; 1502 removed, 1441 blinded (removed)",
    items={N[11]: "removed", N[7]: "removed"},
)

case(
    name="naver-outlook-original-message",
    from_="lee.sumin@navercorp.com", name_from="Lee Sumin",
    date="Thu, 05 Sep 2024 09:30:45 +0900",
    subject="RE: [KCSC] 불법정보 시정요구 (KCSC-240903-01)",
    reply_to_req=msgid("KCSC-240903-01"),
    extra_headers=["X-Mailer: Microsoft Outlook 16.0"],
    body=f"""
안녕하세요 이수민입니다.

아래 두 건은 어제 자로 삭제 완료했습니다.
{N[1]}
{N[4]}

감사합니다.

이수민 | NAVER 정책지원팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC] 불법정보 시정요구 (KCSC-240903-01)

귀사 서비스에 게재된 아래 정보에 대하여 시정요구를 통보합니다.

{chr(10).join(N[i] for i in range(1, 13))}

방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook 회신 (-----Original Message----- 아래 원 요청 인용, 따옴표 표시 없음)",
    why="two URLs listed under 'deleted yesterday' above the Outlook separator; the original request below is not a statement",
    items={N[1]: "removed", N[4]: "removed", N[2]: "pending", N[12]: "pending"},
)

case(
    name="naver-pipe-table-two-requests",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    date="Fri, 13 Sep 2024 17:00:00 +0900",
    subject=enc_subject("[회신] 시정요구 조치결과 (KCSC-240903-01, KCSC-240911-06)"),
    body=f"""
방송통신심의위원회 통신심의국 귀하

귀 위원회의 시정요구 2건에 대한 조치결과를 아래와 같이 회신합니다.

| 요청번호        | URL                                              | 조치일자   | 조치내용 |
|-----------------|--------------------------------------------------|------------|----------|
| KCSC-240903-01  | {N[4]}           | 2024-09-12 | 삭제     |
| KCSC-240903-01  | {N[5]}           | 2024-09-12 | 삭제     |
| KCSC-240903-01  | {N[6]}           | 2024-09-12 | 미조치(위반 아님) |
| KCSC-240911-06  | {N[13]}    | 2024-09-12 | 삭제     |

※ 미조치 건은 특정 사이트 홍보가 아닌 이용자 간 일반 대화로 판단되었습니다.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 표 (요청번호/URL/조치일자/조치내용, 두 요청 합본)",
    why="one table covering two requests: three deletions and one refusal with its reason",
    items={N[4]: "removed", N[5]: "removed", N[6]: "rejected", N[13]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-review",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    date="Wed, 04 Sep 2024 11:00:00 +0900",
    subject=enc_subject("Re: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240903-01)"),
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 블로그 글은 내부 검토 후 삭제 조치할 예정입니다.

{N[1]}
{N[2]}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="네이버 정책지원팀 '조치 예정' 회신",
    why="only a promise ('삭제 조치할 예정') about two named items: nothing to apply",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    from_="right@kakaocorp.com", name_from="Kakao 권리침해신고센터",
    date="Mon, 09 Sep 2024 16:45:00 +0900",
    subject=enc_subject("Re: 다음카페 게시글 시정요구 (KCSC-240905-02)"),
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

말씀하신 다음카페 게시글

{K[1]}
{K[2]}

은 현재 카페 관리자에 의해 이미 삭제된 것으로 보입니다. 정확한 삭제 시점과
주체는 카페 측 확인이 필요하여 확인되는 대로 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="카카오 권리침해신고센터의 유보적 회신 ('삭제된 것으로 보입니다')",
    why="'이미 삭제된 것으로 보입니다' is a hedge, and they say it still needs confirming",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    date="Tue, 10 Sep 2024 15:20:00 +0900",
    subject=enc_subject("[회신] KCSC-240903-01 조치 완료"),
    reply_to_req=msgid("KCSC-240903-01"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 시정요구하신 KCSC-240903-01 건의 게시물 12건에 대하여 모두
삭제 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="포털의 일괄 처리 완료 회신 (건수만 기재)",
    why="'all 12 deleted' without naming each item of a twelve-item request",
    items={N[1]: "pending", N[12]: "pending"},
)

case(
    name="dc-bulk-all-done",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 09:05:00 +0900",
    subject=enc_subject("Re: [방송통신심의위원회] 명예훼손 게시물 시정요구 (KCSC-240909-04)"),
    reply_to_req=msgid("KCSC-240909-04"),
    body="""
안녕하세요.

요청하신 게시물 전부 삭제 처리 완료했습니다.

디시인사이드 운영팀
""",
    outcome="review", review="bulk",
    imitates="디시인사이드 운영팀 한 줄 일괄 회신",
    why="'all deleted' for a five-item request, no item named",
    items={D[1]: "pending", D[5]: "pending"},
)

case(
    name="naver-untrusted-dmarc-fail",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:09 +0900",
    subject=enc_subject("[회신] 시정요구(KCSC-240903-01) 조치결과"),
    body=f"""
방송통신심의위원회 담당자님,

KCSC-240903-01 건 조치결과입니다.

1. {N[1]} - 삭제
2. {N[3]} - 삭제
3. {N[7]} - 삭제

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="네이버 발신 도메인이지만 DMARC 실패한 조치결과 메일",
    why="navercorp.com From with failing DKIM/SPF/DMARC: statements kept for review, not applied",
    items={N[1]: "pending", N[3]: "pending", N[7]: "pending"},
)

case(
    name="cafe-manager-unknown-sender",
    from_="jackpotland.mgr@kmail.example", name_from="잭팟랜드 카페매니저",
    date="Sun, 08 Sep 2024 22:41:00 +0900",
    subject=enc_subject("카페 게시글 삭제했습니다"),
    body=f"""
방심위 담당자님 안녕하세요
잭팟랜드 카페 매니저입니다.

네이버에서 연락받고 카페 글 확인했는데요
{N[7]}
{N[11]}
두 개 다 제가 매니저 권한으로 삭제했습니다. 앞으로 이런 글 안 올라오게
관리하겠습니다. 카페 폐쇄는 안 되게 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="카페 매니저 개인 메일 (플랫폼 아닌 발신자)",
    why="a cafe manager writing from a personal domain that belongs to no platform",
    items={N[7]: "pending", N[11]: "pending"},
)

case(
    name="yt-under-review",
    from_="legal-kr@google.com", name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 09:10:00 +0900",
    subject="[0-7731000029101] Re: KCSC-240906-03",
    reply_to_req=msgid("KCSC-240906-03"),
    body=f"""
안녕하세요,

KCSC-240906-03 요청과 관련하여 아래 콘텐츠는 현재 담당 팀에서 검토 중입니다.

- {Y[2]}
- {Y[3]}

검토가 완료되면 결과를 회신드리겠습니다. 양해 부탁드립니다.

Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Google Legal Support '검토 중' 중간 회신",
    why="'검토 중' (under review) is no statement about the two named items",
    items={Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="daum-about-naver-item",
    from_="cafe-help@daum.net", name_from="Daum 카페",
    date="Fri, 06 Sep 2024 14:00:00 +0900",
    subject=enc_subject("[Daum 카페] 문의하신 게시글 확인 결과"),
    body=f"""
안녕하세요. Daum 카페 고객센터입니다.

문의하신 게시글 {N[7]} 을 삭제 처리하였습니다.

Daum 카페 고객센터
""",
    outcome="review", review="wrong_platform",
    imitates="Daum 카페 고객센터 확인 결과 (다른 포털 URL에 대한 답변)",
    why="a Kakao (daum.net) sender states a status for a NAVER cafe item",
    items={N[7]: "pending"},
)

case(
    name="naver-asks-for-decision-document",
    from_="policy-support@navercorp.com", name_from="NAVER Policy Support",
    date="Wed, 04 Sep 2024 16:30:00 +0900",
    subject=enc_subject("Re: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240903-01) - 자료 요청"),
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청 건 중 아래 포스트는 작성자가 언론사 제휴 계정이어서, 조치 여부를 판단하려면
귀 위원회의 심의 의결서(또는 위반 사유를 적은 문서) 사본이 필요합니다.

{N[10]}

자료를 회신 메일로 보내주시면 검토 후 결과를 알려드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="포털의 심의 의결서 사본 요청 회신",
    why="NAVER asks for the decision document before acting on the post",
    items={N[10]: "pending"},
)

case(
    name="band-generic-no-claims",
    from_="help@band.us", name_from="BAND 고객센터",
    date="Thu, 12 Sep 2024 10:30:00 +0900",
    subject=enc_subject("[BAND] 기관 문의 창구 안내"),
    body="""
안녕하세요, BAND 고객센터입니다.

공공기관 및 수사기관의 게시물 관련 요청은 일반 고객센터가 아닌 전용 창구에서
접수·처리하고 있습니다. 앞으로의 요청은 아래 주소로 보내주시면 더 빠르게
처리할 수 있습니다.

  기관 전용 창구: safety@band.us

감사합니다.
BAND 고객센터
""",
    outcome="review", review="no_claims",
    imitates="BAND 고객센터의 기관 전용 창구 안내",
    why="trusted BAND mail naming no item and no request",
    items={},
)

case(
    name="dc-conditional-deletion",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Fri, 13 Sep 2024 18:20:00 +0900",
    subject=enc_subject("Re: 명예훼손 게시물 시정요구 (KCSC-240909-04) 관련"),
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{D[3]}
{D[4]}

위 두 게시물은 작성자에게 소명 요청을 보낸 상태입니다. 9월 20일까지 소명이
없으면 삭제될 예정이고, 소명이 들어오면 내용 검토 후 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="디시인사이드 작성자 소명 절차 안내 (조건부 삭제 예정)",
    why="deletion only promised on a condition: no status",
    items={D[3]: "pending", D[4]: "pending"},
)

case(
    name="kakao-openchat-untrusted",
    from_="openchat-ops@kakao.com", name_from="카카오 오픈채팅 운영",
    auth="fail",
    date="Sat, 07 Sep 2024 03:02:00 +0900",
    subject=enc_subject("오픈채팅방 처리 완료 (KCSC-240905-02)"),
    body=f"""
요청하신 오픈채팅방 {K[4]} 폐쇄 처리 완료되었습니다.
다음카페 {K[1]} 도 삭제되었습니다.
""",
    outcome="review", review="untrusted",
    imitates="카카오 도메인을 내세웠지만 인증에 실패한 처리 완료 메일",
    why="kakao.com From failing DMARC: nothing applied",
    items={K[4]: "pending", K[1]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ticket-receipt",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 10:01:30 +0900",
    subject=enc_subject("[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409-NV-551873)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  · 접수번호 : 2409-NV-551873
  · 접수일시 : 2024.09.03 10:01
  · 문의제목 : [방송통신심의위원회] 불법정보 시정요구 (KCSC-240903-01)

담당자가 순차적으로 확인 후 답변드리겠습니다. 답변까지 영업일 기준 1~3일이
소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="네이버 고객센터 문의 접수 자동 안내 (접수번호)",
    why="pure receipt: ticket number and a promise to answer",
    items={},
)

case(
    name="kakao-out-of-office-chuseok",
    from_="park.jy@kakaocorp.com", name_from="박지영",
    date="Fri, 13 Sep 2024 09:40:02 +0900",
    subject=enc_subject("[자동회신] 부재중 안내: Re: 개인정보 침해 게시물 삭제 요청 (KCSC-240912-07)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 박지영입니다.

추석 연휴로 9월 13일(금)부터 9월 18일(수)까지 부재중입니다.
급한 권리침해 신고 건은 right@kakaocorp.com 으로 보내주시면 담당자가
확인하겠습니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="카카오 직원 추석 연휴 부재중 자동회신",
    why="out-of-office auto-reply",
    items={},
)

dsn_report = """Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Mon, 16 Sep 2024 19:00:04 +0900

Final-Recipient: rfc822; report-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report-old@dcinside.com>: Recipient address rejected: User unknown"""
case(
    name="dc-dsn-user-unknown",
    from_="MAILER-DAEMON@dcinside.com", name_from="Mail Delivery System",
    date="Mon, 16 Sep 2024 19:00:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "DSN.b983.0916", [
        "Content-Description: Notification\nContent-Type: text/plain; charset=utf-8\n\n"
        "This is the mail system at host mail.dcinside.com.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<report-old@dcinside.com>: host mail.dcinside.com said: 550 5.1.1 User unknown",
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + dsn_report,
        "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: report-old@dcinside.com\n"
        "Subject: [KCSC] 기한 경과 안내 (KCSC-240909-04)\n"
        "Message-ID: <reminder.KCSC-240909-04.1@kcsc.example>\n"
        "Date: Mon, 16 Sep 2024 19:00:00 +0900",
    ], extra='; report-type=delivery-status'),
    outcome="ignored", classification="bounce",
    imitates="Postfix 반송 메일 (DSN, 존재하지 않는 수신자)",
    why="delivery status notification for our reminder",
    items={},
)

case(
    name="yt-mdn-read-receipt",
    from_="kim.legalkr@google.com", name_from="Kim Minseo",
    date="Fri, 06 Sep 2024 11:20:00 +0900",
    subject=enc_subject("읽음: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240906-03)"),
    raw_mime=multipart("report", "mdn-b983-yt", [
        single("text/plain", "8bit",
               "받는 사람: legal-kr@google.com\n제목: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240906-03)\n"
               "보낸 날짜: 2024-09-06 오전 10:00\n\n위 메시지를 2024-09-06 오전 11:19에 읽었습니다."),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: google.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822; legal-kr@google.com\n"
        "Original-Message-ID: <req-240906-03@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed",
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook 한국어 읽음 확인 (MDN)",
    why="read receipt for the YouTube request",
    items={},
)

case(
    name="band-report-received",
    from_="noreply@band.us", name_from="BAND",
    date="Tue, 10 Sep 2024 15:00:40 +0900",
    subject=enc_subject("[BAND] 신고가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
BAND 신고 접수 안내

신고가 정상적으로 접수되었습니다.
접수번호: BR-20240910-004417

신고하신 내용은 BAND 운영정책에 따라 검토되며, 처리 결과는 별도로 안내해
드립니다.

이 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND 신고 접수 자동 안내",
    why="pure acknowledgement with a report number",
    items={},
)

case(
    name="dc-staff-vacation-autoreply",
    from_="choi.ops@dcinside.com", name_from="최운영",
    date="Mon, 09 Sep 2024 11:00:09 +0900",
    subject=enc_subject("자동 응답: [방송통신심의위원회] 명예훼손 게시물 시정요구 (KCSC-240909-04)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
안녕하세요. 최운영입니다.
9월 9일~9월 11일 휴가로 메일 확인이 어렵습니다.
게시물 신고 관련 업무는 report@dcinside.com 으로 문의 바랍니다.

> 귀사 서비스에 게재된 아래 정보에 대하여 시정요구를 통보합니다.
> {D[1]}
> {D[2]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="디시인사이드 직원 휴가 자동 응답 (원문 일부 인용)",
    why="out-of-office auto-reply; quoted URLs are not statements",
    items={},
)

case(
    name="kcsc-mta-bounce-band",
    from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery Subsystem",
    date="Tue, 17 Sep 2024 19:05:00 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "DSN.kcsc.0917", [
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Delivery to the following recipient failed permanently:\n\n"
        "     abuse@band.us\n\n"
        "Technical details of permanent failure:\n"
        "The recipient server did not accept our requests to connect.\n"
        "[band.us 203.0.113.45: timed out]",
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n\n"
        "Final-Recipient: rfc822; abuse@band.us\n"
        "Action: failed\n"
        "Status: 4.4.1\n"
        "Diagnostic-Code: smtp; connection timed out",
        "Content-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: abuse@band.us\n"
        "Subject: [KCSC] 기한 경과 안내 (KCSC-240910-05)\n"
        "Date: Tue, 17 Sep 2024 18:00:00 +0900",
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="자체 메일 서버의 전송 실패 통지 (DSN)",
    why="our own MTA's bounce: ignored whoever sent it",
    items={},
)


# ---------------------------------------------------------------- write
HEADER = """# Blind set 983 (Korean portals writing in Korean), written by make.py.
# Expected results were written from each email's meaning before any run."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
