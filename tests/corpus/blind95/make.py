#!/usr/bin/env python3
"""Blind set 95 (Korean focus): NAVER, Kakao/Daum, YouTube Korea, DC Inside.

    python3 tests/corpus/blind95/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
boundaries, no clock, no randomness. Every email is fictional and written in
our own sentences; expected results come from each email's meaning alone,
written before the reader was ever run on them.
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
KO_SLUG = "동네-카페-후기"
K3_RAW = "https://hyeonu-diary.tistory.com/entry/" + KO_SLUG
K3 = "https://hyeonu-diary.tistory.com/entry/" + quote(KO_SLUG)

N = {
    1: "https://blog.naver.com/lucky7park/223561100481",
    2: "https://blog.naver.com/lucky7park/223561100532",
    3: "https://blog.naver.com/bada_toto88/223559870014",
    4: "https://cafe.naver.com/hanulsports/18842",
    5: "https://cafe.naver.com/hanulsports/18857",
    6: "https://cafe.naver.com/gooddealzone/40211",
    7: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40303&docId=471920385",
    8: "https://blog.naver.com/minjae_slot/223560004417",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38120554&memberNo=51003321",
    10: "https://cafe.naver.com/gooddealzone/40219",
    11: "https://blog.naver.com/bada_toto88/223559871190",
    12: "https://blog.naver.com/goldcasino_kr/223562200019",
    13: "https://cafe.naver.com/hanulsports/18901",
}
K = {
    1: "https://cafe.daum.net/mintcoin_club/Fx2k/1402",
    2: "https://cafe.daum.net/mintcoin_club/Fx2k/1417",
    3: K3,
    4: "https://brunch.co.kr/@sanha77/31",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm7dT2vLx0a",
    2: "https://www.youtube.com/watch?v=Hk3pN9wRz4E",
    3: "https://www.youtube.com/shorts/b8JcX1uYt5Q",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=8812034",
    2: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=8812290",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=55120",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=55187",
    5: "https://gall.dcinside.com/mini/board/view/?id=toto_info&no=3301",
}
M = {
    1: "https://blog.naver.com/ice_delivery24/223564410087",
    2: "https://cafe.naver.com/nightcourier/2291",
}
S1 = "https://cafe.daum.net/partytown77/ZZq1/88"
T1 = "https://www.youtube.com/watch?v=Lp0sW6eVn2k"

# ref, platform, sent_at, due_at, message-id (no <>), category, note, urls
REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "req240903.01", "gambling", "불법 도박 홍보 게시물 일괄", [N[i] for i in range(1, 14)]),
    ("KCSC-240905-02", "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "req240905.02", "privacy", "개인정보 노출", [K[i] for i in range(1, 5)]),
    ("KCSC-240909-03", "youtube", "2024-09-09T09:40:00+09:00", "2024-09-19T18:00:00+09:00",
     "req240909.03", "drugs", "마약류 판매 광고 영상", [Y[i] for i in range(1, 4)]),
    ("KCSC-240910-04", "dcinside", "2024-09-10T14:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "req240910.04", "gambling", "갤러리 도박 홍보글", [D[i] for i in range(1, 6)]),
    ("KCSC-240911-05", "naver", "2024-09-11T14:10:00+09:00", "2024-09-20T18:00:00+09:00",
     "req240911.05", "drugs", "마약 거래 광고", [M[1], M[2]]),
    ("KCSC-240912-06", "kakao", "2024-09-12T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "req240912.06", "obscenity", "음란물 유통 카페 게시물", [S1]),
    ("KCSC-240913-07", "youtube", "2024-09-13T16:20:00+09:00", "2024-09-23T18:00:00+09:00",
     "req240913.07", "obscenity", "선정적 썸네일 영상", [T1]),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, mid, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, prefix="> "):
    """Our request as a mail client would quote it below a reply."""
    r = REQ[ref]
    lines = [
        "안녕하십니까. 방송통신심의위원회 디지털성범죄·불법정보 대응팀입니다.",
        "",
        f"「정보통신망법」 제44조의7에 따라 아래 정보에 대한 시정요구({ref})를 드리오니",
        f"처리 후 조치 결과를 {r[3][:10]}까지 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(r[7], 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


NAVER_SIG = """네이버 주식회사 정책지원팀
경기도 성남시 분당구 예시로 00 (회신 전용 주소)
policy@navercorp.com"""
KAKAO_SIG = """㈜카카오 권리침해신고센터
right@kakaocorp.com"""
DC_SIG = """㈜디시인사이드 운영팀
report@dcinside.com"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-gongmun-ga-na-sections",
    date="Thu, 5 Sep 2024 16:12:40 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[회신] 시정요구(KCSC-240903-01)에 대한 조치 결과 통보",
    reply_to_req="req240903.01",
    body=f"""수신: 방송통신심의위원회 디지털성범죄·불법정보 대응팀
참조: 담당 주무관
제목: 시정요구(KCSC-240903-01)에 대한 조치 결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구(KCSC-240903-01) 건과 관련하여
당사의 조치 결과를 아래와 같이 알려드립니다.

가. 삭제(게시중단) 완료
  ○ 대상: {N[1]}
  ○ 조치일시: 2024. 9. 5. 11:20
  ○ 대상: {N[2]}
  ○ 조치일시: 2024. 9. 5. 11:22

나. 접근 제한(국내 접속 차단)
  ○ 대상: {N[4]}
  ○ 조치내용: 해당 카페 게시글에 대하여 국내 접근을 제한함

다. 조치 불가
  ○ 대상: {N[6]}
  ○ 사유: 확인 결과 도박 사이트 홍보가 아닌 스포츠 중계 일정 안내 글로,
     당사 운영정책 위반 사항이 확인되지 않아 게시를 유지함

3. 나머지 게시물에 대해서는 확인이 끝나는 대로 별도 회신드리겠습니다.  끝.

{NAVER_SIG}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 공문 reply to a KCSC 시정요구 with 가./나./다. sections and ○ fields",
    why="Section 가. deletes two posts, 나. restricts one in Korea, 다. refuses one with a reason; the rest is a promise about unnamed posts.",
    items={N[1]: "removed", N[2]: "removed", N[4]: "restricted", N[6]: "rejected"},
)

case(
    name="naver-result-html-table",
    date="Fri, 6 Sep 2024 10:05:11 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="RE: 시정요구 KCSC-240903-01 조치결과",
    reply_to_req="req240903.01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>요청하신 시정요구 건(KCSC-240903-01) 중 아래 게시물의 조치결과를 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>3</td><td><a href="{N[3]}">{N[3]}</a></td><td>삭제</td><td>09.05 처리</td></tr>
<tr><td>5</td><td><a href="{N[5]}">{N[5]}</a></td><td>삭제</td><td>09.05 처리</td></tr>
<tr><td>7</td><td><a href="{N[7].replace('&', '&amp;')}">{N[7].replace('&', '&amp;')}</a></td><td>게시물 없음</td><td>요청 접수 전 작성자 삭제</td></tr>
<tr><td>8</td><td><a href="{N[8]}">{N[8]}</a></td><td>블라인드</td><td>운영자 블라인드</td></tr>
<tr><td>9</td><td><a href="{N[9].replace('&', '&amp;')}">{N[9].replace('&', '&amp;')}</a></td><td>접속차단</td><td>국내 IP 접속 차단</td></tr>
</table>
<p>기타 문의는 본 메일로 회신 부탁드립니다.<br>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (번호/URL/조치결과/비고) sent as HTML by a portal",
    why="Five rows: two deleted, one gone before the request (author deleted), one blinded, one blocked for Korean IPs.",
    items={N[3]: "removed", N[5]: "removed", N[7]: "not_found", N[8]: "removed", N[9]: "restricted"},
)

CSV_ATT = (
    "번호,URL,조치결과,조치일시\n"
    f"10,{N[10]},삭제,2024-09-06 14:02\n"
    f"11,{N[11]},작성자 삭제(게시물 없음),-\n"
    f"12,{N[12]},게시중단,2024-09-06 14:10\n"
    f"13,{N[13]},조치불가(운영정책 위반 아님),-\n"
)
case(
    name="naver-csv-attachment",
    date="Fri, 6 Sep 2024 15:40:02 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[NAVER] KCSC-240903-01 잔여 4건 조치결과 송부",
    reply_to_req="req240903.01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_b95_csv"

--=_nv_b95_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.

시정요구 KCSC-240903-01 중 잔여 4건에 대한 조치결과를 첨부 파일로 송부드립니다.
조치결과 란을 확인해 주시기 바랍니다.

감사합니다.

--=_nv_b95_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--=_nv_b95_csv--
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal reply with a CSV 조치결과 attachment",
    why="CSV rows: deleted, already deleted by its author, 게시중단, refused as not violating.",
    items={N[10]: "removed", N[11]: "not_found", N[12]: "removed", N[13]: "rejected"},
)

case(
    name="naver-cafe-operator-informal",
    date="Thu, 5 Sep 2024 19:48:30 +0900",
    **{"from": "cafe-ops@navercorp.com"},
    name_from="네이버 카페 운영팀 김도윤",
    subject="Re: 시정요구 KCSC-240903-01 관련 (카페 게시글)",
    body=f"""안녕하세요, 네이버 카페 운영팀 김도윤입니다.

정책팀 통해서 전달받은 카페 게시글 건 확인해서 말씀드려요.

한울스포츠 카페 글({N[4]})은 오늘 오후에 운영자 권한으로 삭제했고요,
같은 카페 다른 글({N[5]})은 들어가 보니 작성자가 이미 지운 글이라
저희 쪽에서도 더 이상 조회가 안 됩니다.

나머지 블로그 건은 블로그팀에서 따로 연락드릴 거예요.
수고하세요!
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal reply from a portal cafe operations staffer",
    why="Informal but plain: one cafe post deleted by the operator, the other already deleted by its author; URLs in parentheses followed by Korean particles.",
    items={N[4]: "removed", N[5]: "not_found"},
)

case(
    name="naver-gmail-topposted-two-items",
    date="Thu, 12 Sep 2024 09:31:17 +0900",
    **{"from": "seoyeon.park@navercorp.com"},
    name_from="박서연",
    subject="Re: [방송통신심의위원회] 시정요구 KCSC-240911-05",
    reply_to_req="req240911.05",
    body=f"""위원회 담당자님 안녕하세요.

두 건 모두 확인했습니다.
- {M[1]} : 블로그 게시물 삭제 완료
- {M[2]} : 카페 게시글 임시조치(30일) 적용

감사합니다.
박서연 드림 / NAVER Trust & Safety

2024년 9월 11일 (수) 오후 2:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240911-05")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="Both URLs named above the quote: one deleted, one under 임시조치; the quoted request below changes nothing.",
    items={M[1]: "removed", M[2]: "restricted"},
)

case(
    name="naver-url-then-status-below",
    date="Wed, 4 Sep 2024 17:03:55 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="KCSC-240903-01 블로그 게시물 처리 결과 (1차)",
    body=f"""방송통신심의위원회 담당자님께,

시정요구 KCSC-240903-01 관련 1차 처리 결과입니다.

{N[1]}
→ 게시중단 완료 (2024.09.04 15:10)

{N[2]}
→ 게시중단 완료 (2024.09.04 15:12)

{N[3]}
→ 확인 불가 - 존재하지 않는 게시물입니다.

나머지 10건은 검토가 끝나면 2차로 회신드리겠습니다.

{NAVER_SIG}
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal first-batch result: bare URL with the status on the line below",
    why="Each URL has its result on the next line: two 게시중단, one nonexistent; the other ten are only promised.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found"},
)

case(
    name="naver-base64-korean-body",
    date="Fri, 13 Sep 2024 11:20:48 +0900",
    **{"from": "noreply-right@naver.com"},
    name_from="네이버 게시중단요청서비스",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240911-05)".encode()).decode() + "?=",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. 네이버 게시중단요청서비스입니다.

요청번호 KCSC-240911-05 건의 처리 결과를 안내해 드립니다.

■ 게시물: {M[1]}
■ 처리 결과: 게시중단(삭제)

■ 게시물: {M[2]}
■ 처리 결과: 게시물이 존재하지 않음 (삭제되었거나 주소가 올바르지 않습니다)

본 메일은 발신 전용입니다.
''')}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice, base64-encoded",
    why="Two ■ blocks: one post 게시중단(삭제), the other does not exist.",
    items={M[1]: "removed", M[2]: "not_found"},
)

case(
    name="kakao-imsi-jochi-notice",
    date="Fri, 6 Sep 2024 13:15:00 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[Daum] 권리침해신고 게시물 임시조치 안내 (KCSC-240905-02)",
    reply_to_req="req240905.02",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

접수하신 권리침해신고(KCSC-240905-02)에 대하여 아래와 같이 처리하였음을 알려드립니다.

[처리 내용]
○ 대상 게시물
  - {K[1]}
  - {K[2]}
○ 조치: 정보통신망법 제44조의2 제4항에 따른 임시조치(30일간 접근 차단)
○ 조치일: 2024년 9월 6일

임시조치 기간 중 게시자가 재게시를 요청하는 경우, 관련 절차에 따라 안내드릴 수 있습니다.
나머지 게시물에 대해서는 검토 후 다시 연락드리겠습니다.

{KAKAO_SIG}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 30-day 임시조치 notice",
    why="임시조치 (access blocked for 30 days) on the two named cafe posts; the rest only promised.",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="kakao-tistory-korean-raw-url",
    date="Mon, 9 Sep 2024 10:44:21 +0900",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from="티스토리 운영팀",
    subject="Re: 시정요구 KCSC-240905-02 (티스토리/브런치 게시물)",
    reply_to_req="req240905.02",
    body=f"""안녕하세요, 카카오 티스토리·브런치 운영팀입니다.

요청하신 게시물 두 건에 대한 검토 결과를 말씀드립니다.

{K3_RAW} 게시물은 타인의 연락처와 주소가 그대로 노출되어 운영정책 위반으로 삭제 처리되었습니다.

{K[4]} 글은 확인 결과 특정인을 식별할 수 있는 개인정보가 포함되어 있지 않아 별도 조치 없이 게시 유지됩니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao Tistory/Brunch operations reply, raw Korean path in the URL",
    why="Tistory post (raw Hangul path, percent-encoded in the request) deleted; Brunch post kept because it has no personal data.",
    items={K[3]: "removed", K[4]: "rejected"},
)

case(
    name="kakao-sole-one-item",
    date="Fri, 13 Sep 2024 15:02:09 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="Re: [KCSC-240912-06] 시정요구 조치 결과",
    reply_to_req="req240912.06",
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 다음 카페 게시물은 운영정책(음란물 게시 금지) 위반이 확인되어
2024년 9월 13일 삭제 조치되었습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao short reply to a one-item 시정요구",
    why="One-item request; the reply names no URL but states without hedge that the requested post was deleted.",
    items={S1: "removed"},
)

case(
    name="kakao-numbered-list-mixed",
    date="Tue, 10 Sep 2024 16:30:44 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="KCSC-240905-02 처리 결과 회신",
    body=f"""방송통신심의위원회 귀중

KCSC-240905-02 관련하여 Daum 카페 및 브런치 게시물 처리 결과를 회신드립니다.

1) {K[1]}
   - 게시중단 완료
2) {K[2]}
   - 해당 카페가 카페 운영자에 의해 자진 폐쇄되어 게시물이 존재하지 않습니다
3) {K[4]}
   - 운영정책 위반(개인정보 노출)으로 당사가 비공개 처리

이상입니다.
{KAKAO_SIG}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 권리침해신고센터 numbered result list (Daum cafe and Brunch)",
    why="1) 게시중단, 2) cafe closed by its own operator so the post does not exist, 3) made private by Kakao.",
    items={K[1]: "removed", K[2]: "not_found", K[4]: "removed"},
)

case(
    name="youtube-legal-english-mixed",
    date="Wed, 11 Sep 2024 03:17:52 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240909-03] Request to remove content - outcome",
    reply_to_req="req240909.03",
    body=f"""Hello,

Thank you for your notice (ref. KCSC-240909-03). We have reviewed the content you identified and taken the following action:

We removed {Y[1]} from YouTube for violating our Community Guidelines on the sale of regulated goods.

We have blocked {Y[2]} from view in South Korea on the basis of local law. It remains available in other locations.

We did not take action on {Y[3]}. After review, we found that this Short does not violate our policies and we have not identified a legal basis for restricting it.

You can read more about how we handle government requests at https://support.google.com/youtube/answer/0000000 .

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal outcome email to a government removal request",
    why="One video removed globally, one blocked in South Korea, the Short kept with a reason; the help link is not an item.",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="youtube-korea-korean-notice",
    date="Thu, 12 Sep 2024 14:08:00 +0900",
    **{"from": "youtube-kr-policy@google.com"},
    name_from="YouTube 한국 정책팀",
    subject="[YouTube] 시정요구 KCSC-240909-03 검토 결과",
    body=f"""안녕하세요, YouTube 한국 정책팀입니다.

방송통신심의위원회에서 요청하신 KCSC-240909-03 건에 대한 검토 결과를 알려드립니다.

• {Y[3]}
  대한민국 법률에 따라 국내에서 해당 콘텐츠에 대한 접근을 차단했습니다.

• {Y[1]}
  커뮤니티 가이드 위반으로 동영상이 삭제되었습니다.

문의 사항이 있으시면 이 메일에 회신해 주시기 바랍니다.

YouTube 한국 정책팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube Korea Korean-language result notice",
    why="The Short is blocked in Korea only; the video is deleted under the Community Guidelines.",
    items={Y[3]: "restricted", Y[1]: "removed"},
)

case(
    name="youtube-one-item-age-restricted",
    date="Tue, 17 Sep 2024 09:55:30 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240913-07] 선정적 썸네일 영상 시정요구",
    reply_to_req="req240913.07",
    body=f"""안녕하세요.

신고하신 콘텐츠 <{T1}>를 검토한 결과, 이 동영상에 연령 제한을 적용했습니다.
로그인하지 않았거나 만 18세 미만인 사용자는 이 동영상을 시청할 수 없습니다.

자세한 내용은 https://support.google.com/youtube/answer/0000001 를 참고해 주세요.

YouTube 법무지원팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube age-restriction outcome, URL in angle brackets followed by a particle",
    why="Age restriction applied to the one requested video: restricted.",
    items={T1: "restricted"},
)

case(
    name="youtube-html-table-english",
    date="Mon, 16 Sep 2024 08:12:40 +0000",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube Trust & Safety",
    subject="Outcome of your request KCSC-240909-03",
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome for the items in your request <b>KCSC-240909-03</b>.</p>
<table border="1" cellpadding="3">
<thead><tr><th>Content URL</th><th>Action</th><th>Reason</th></tr></thead>
<tbody>
<tr><td>{Y[1]}</td><td>Removed</td><td>Community Guidelines - regulated goods</td></tr>
<tr><td>{Y[2]}</td><td>No action</td><td>Content does not violate our policies</td></tr>
<tr><td>{Y[3]}</td><td>Blocked in KR</td><td>Local law</td></tr>
</tbody></table>
<p>If you disagree with a decision, see <a href="https://support.google.com/youtube/answer/0000002">our appeals page</a>.</p>
<p>- YouTube Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube request-outcome HTML table (URL / Action / Reason)",
    why="Removed, no action (kept, with reason), blocked in Korea.",
    items={Y[1]: "removed", Y[2]: "rejected", Y[3]: "restricted"},
)

case(
    name="youtube-receipt-plus-removed",
    date="Tue, 10 Sep 2024 02:40:11 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240909-03] Request to remove content [7-4410000028817]",
    reply_to_req="req240909.03",
    body=f"""Hello,

Thanks for reaching out to YouTube. We received your request and have created case 7-4410000028817.

Please note that {Y[1]} had already been removed by our teams for violating our Community Guidelines before your request reached us.

We are still reviewing the remaining content and will follow up once that review is complete.

Best regards,
YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube Legal case receipt that also reports one video already removed",
    why="Receipt phrase plus an unhedged statement that one named video was removed by YouTube; the rest is under review (pending).",
    items={Y[1]: "removed", Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="dc-operator-informal-schemeless",
    date="Wed, 11 Sep 2024 18:22:05 +0900",
    **{"from": "gall-admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: KCSC-240910-04 게시물 삭제 요청 건",
    reply_to_req="req240910.04",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.
요청주신 게시물 처리 결과 알려드립니다.

gall.dcinside.com/board/view/?id=baseball_new11&no=8812034 삭제완료
gall.dcinside.com/board/view/?id=baseball_new11&no=8812290 삭제완료
{D[3]} 이미 작성자가 삭제한 글입니다

나머지 두 건은 갤러리 매니저 확인 후 처리 예정입니다.
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside operator's short reply, URLs without scheme",
    why="Two posts deleted (URLs written without https://), one already deleted by its author; two others only promised.",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "pending", D[5]: "pending"},
)

case(
    name="dc-gongmun-text-table",
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    **{"from": "report@dcinside.com"},
    name_from="㈜디시인사이드",
    subject="[㈜디시인사이드] 시정요구(KCSC-240910-04) 조치결과 회신",
    reply_to_req="req240910.04",
    body=f"""수신: 방송통신심의위원회
제목: 시정요구(KCSC-240910-04) 조치결과 회신

1. 귀 기관의 시정요구와 관련된 내용입니다.
2. 요청하신 게시물 5건에 대한 조치 결과를 다음과 같이 회신합니다.

 연번 | 게시물 주소                                                            | 조치 결과
 -----+------------------------------------------------------------------------+------------------------
  1   | {D[1]} | 삭제
  2   | {D[2]} | 삭제
  3   | {D[3]} | 삭제
  4   | {D[4]} | 해당 게시물 없음
  5   | {D[5]} | 갤러리 폐쇄(게시중단)

3. 향후 동일 유형 게시물에 대한 모니터링을 강화하겠습니다.  끝.

{DC_SIG}
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 공문-style 조치결과 회신 with a pipe text table",
    why="Five rows: three deleted, one not found, one gone because DC closed the whole gallery (게시중단).",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "removed"},
)

case(
    name="dc-statement-then-url-below",
    date="Fri, 13 Sep 2024 13:47:19 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    subject="KCSC-240910-04 추가 회신",
    body=f"""안녕하세요. 디시인사이드 신고센터입니다.
KCSC-240910-04 관련 추가 회신드립니다.

아래 게시물은 도박 사이트 홍보로 확인되어 삭제 처리하였습니다.
{D[4]}

아래 게시물은 신고 접수 시점에 이미 삭제되어 있어 확인할 수 없었습니다.
{D[5]}

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside follow-up: statement line, URL on the line below",
    why="Statement first, URL below: one deleted, one already gone (not found).",
    items={D[4]: "removed", D[5]: "not_found"},
)

case(
    name="naver-echoed-report-fields",
    date="Mon, 9 Sep 2024 11:11:11 +0900",
    **{"from": "report-noreply@naver.com"},
    name_from="네이버 신고센터",
    subject="[네이버 신고센터] 신고하신 내용의 처리 결과를 알려드립니다",
    body=f"""안녕하세요. 네이버 신고센터입니다.
신고하신 내용에 대한 처리 결과를 안내해 드립니다.

─────────────────────
○ 접수번호: KCSC-240903-01 / 2409-77120
○ 신고 게시물: {N[6]}
○ 신고 사유: 불법 도박 사이트 홍보
○ 처리 결과: 게시중단
─────────────────────
○ 접수번호: KCSC-240903-01 / 2409-77121
○ 신고 게시물: {N[10]}
○ 신고 사유: 불법 도박 사이트 홍보
○ 처리 결과: 청소년 유해 게시물로 분류되어 성인 인증 이용자에게만 노출되도록 제한
─────────────────────

신고해 주셔서 감사합니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 신고센터 result notice echoing the report fields (○ 신고 게시물 / ○ 처리 결과)",
    why="The notice echoes our report and gives a result per post: one 게시중단, one shown only to age-verified adults.",
    items={N[6]: "removed", N[10]: "restricted"},
)

case(
    name="naver-outlook-quoted-original",
    date="Tue, 10 Sep 2024 09:02:33 +0900",
    **{"from": "jiho.lee@navercorp.com"},
    name_from="이지호",
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240903-01",
    reply_to_req="req240903.01",
    body=f"""담당자님,

지식iN 질문글 {N[7]} 은 오늘 오전 삭제했습니다.
포스트 {N[9]} 는 조회해 보니 존재하지 않는 페이지로 나옵니다.

이지호 | NAVER 정책지원

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30 AM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 시정요구 KCSC-240903-01

{quoted_request("KCSC-240903-01", prefix="")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply above an unquoted -----Original Message----- block",
    why="Two statements above the original: the 지식iN post deleted, the Post page does not exist; the 13 URLs of the quoted request change nothing.",
    items={N[7]: "removed", N[9]: "not_found"},
)

case(
    name="naver-rejected-with-reasons",
    date="Wed, 11 Sep 2024 15:25:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[회신] KCSC-240903-01 일부 게시물 조치 불가 안내",
    reply_to_req="req240903.01",
    body=f"""방송통신심의위원회 담당자님께

요청하신 게시물 중 아래 2건은 검토 결과 조치가 어려워 안내드립니다.

가. {N[12]}
   ○ 검토 결과: 카지노 관련 여행 후기 글로, 도박 사이트로 연결되는 링크나 홍보 문구가 없습니다.
   ○ 결과: 운영정책 위반 아님 - 게시 유지

나. {N[13]}
   ○ 검토 결과: 해외 스포츠 경기 결과 공유 글입니다.
   ○ 결과: 운영정책 위반 아님 - 게시 유지

위원회의 심의 결정서가 있으시면 재검토하겠습니다.

{NAVER_SIG}
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal refusal (조치 불가) with a reason per post",
    why="Both posts stay up because they break no rule, each with its reason; the offer to re-review is conditional.",
    items={N[12]: "rejected", N[13]: "rejected"},
)

case(
    name="naver-wrapped-angle-url",
    date="Fri, 6 Sep 2024 18:40:10 +0900",
    **{"from": "post-ops@navercorp.com"},
    name_from="네이버 포스트 운영",
    subject="Re: KCSC-240903-01 포스트/블로그 게시물",
    reply_to_req="req240903.01",
    body=f"""안녕하세요, 네이버 포스트·블로그 운영 담당입니다.

아래 두 게시물은 불법 도박 홍보로 확인되어 비공개 처리했습니다.

<https://post.naver.com/viewer/postView.naver?volumeNo=38120554
&memberNo=51003321>
<{N[8]}>

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="plain-text reply with URLs in angle brackets, one wrapped by the mail client",
    why="Both posts made private by NAVER (removed); the long Post URL is wrapped inside its angle brackets.",
    items={N[9]: "removed", N[8]: "removed"},
)

case(
    name="dc-base64-body",
    date="Mon, 16 Sep 2024 11:30:00 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    subject="=?UTF-8?B?" + base64.b64encode("[디시인사이드] KCSC-240910-04 처리 결과".encode()).decode() + "?=",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. 디시인사이드 신고센터입니다.

KCSC-240910-04 건 중 아래 게시물 처리 결과입니다.

- {D[2]} : 운영자 삭제
- {D[4]} : 존재하지 않는 게시물 (번호 확인 부탁드립니다)

감사합니다.
''')}
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside result notice, base64 body and encoded subject",
    why="One post deleted by the operator, one does not exist.",
    items={D[2]: "removed", D[4]: "not_found"},
)

KAKAO_QP_HTML = f"""<html><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>시정요구 KCSC-240905-02 중 아래 게시물의 조치 결과를 알려드립니다.</p>
<ul>
<li><a href="{K[1]}">{K[1]}</a> &ndash; 게시물 삭제</li>
<li><a href="{K3}">{K3_RAW}</a> &ndash; 임시조치(30일간 게시 중단, 국내 접근 차단)</li>
</ul>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="kakao-qp-html-list",
    date="Wed, 11 Sep 2024 10:12:00 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[Kakao] KCSC-240905-02 조치 결과",
    reply_to_req="req240905.02",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(KAKAO_QP_HTML)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao HTML result list, quoted-printable",
    why="Cafe post deleted; Tistory post (href percent-encoded, text raw Hangul) under 임시조치.",
    items={K[1]: "removed", K[3]: "restricted"},
)

case(
    name="kakao-daum-cafe-closed",
    date="Mon, 16 Sep 2024 17:20:00 +0900",
    **{"from": "cafe-right@daum.net"},
    name_from="Daum 카페 신고센터",
    subject="Re: [KCSC-240912-06] 시정요구 조치 결과",
    reply_to_req="req240912.06",
    body=f"""안녕하세요. Daum 카페 신고센터입니다.

신고하신 게시물이 속한 카페(partytown77)는 음란물 반복 게시로 당사가 카페 전체를 폐쇄 조치하였습니다.
이에 따라 {S1} 게시물도 더 이상 누구도 열람할 수 없습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe closure notice",
    why="Kakao closed the whole cafe, so the requested post is unavailable to everyone: removed.",
    items={S1: "removed"},
)

case(
    name="youtube-korean-prose-particles",
    date="Fri, 20 Sep 2024 16:45:00 +0900",
    **{"from": "youtube-kr-policy@google.com"},
    name_from="YouTube 한국 정책팀",
    subject="Re: [KCSC-240909-03] 추가 검토 결과",
    reply_to_req="req240909.03",
    body=f"""안녕하세요, YouTube 한국 정책팀입니다.

추가로 검토한 결과를 공유드립니다.
먼저 「{Y[2]}」은 마약류 판매를 홍보하는 내용이 아니라 관련 다큐멘터리 예고편이어서, 가이드 위반 사항이 확인되지 않아 게시를 유지합니다.
반면 「{Y[3]}」은 판매처 연락처가 포함되어 있어 삭제했습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube Korea prose reply, URLs in 「」 brackets followed by particles",
    why="One video kept (no violation, with reason), the Short deleted.",
    items={Y[2]: "rejected", Y[3]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-process",
    date="Wed, 4 Sep 2024 09:20:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="Re: 시정요구 KCSC-240903-01",
    reply_to_req="req240903.01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

보내주신 시정요구 건 확인했습니다.
그중 {N[1]}, {N[2]} 두 건은 불법 도박 홍보로 보여 오늘 중 게시중단 조치할 예정이며,
나머지 게시물도 이번 주 안에 검토하여 결과를 회신드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal reply promising action ('조치할 예정')",
    why="Names two posts but only promises 게시중단 ('할 예정'), with a hedge ('보여'); nothing has been done yet.",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="kakao-hedge-appears-deleted",
    date="Mon, 9 Sep 2024 14:00:00 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="Re: KCSC-240905-02 문의",
    reply_to_req="req240905.02",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

문의하신 {K[2]} 게시물은 현재 조회되지 않는 것으로 보아 이미 삭제된 것으로 보입니다.
정확한 처리 경위는 카페 운영팀에 확인 중이며, 확인되는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Kakao reply with a hedged status ('삭제된 것으로 보입니다')",
    why="'appears to have been deleted' is a hedge while the team is still checking: no status.",
    items={K[2]: "pending"},
)

case(
    name="naver-bulk-both-done",
    date="Thu, 12 Sep 2024 17:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="Re: [방송통신심의위원회] 시정요구 KCSC-240911-05",
    reply_to_req="req240911.05",
    body="""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물은 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="portal one-line 'all done' reply",
    why="'All requested posts deleted' for a two-item request without naming either: bulk.",
    items={M[1]: "pending", M[2]: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    date="Tue, 17 Sep 2024 10:10:00 +0900",
    **{"from": "gall-admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: KCSC-240910-04 게시물 삭제 요청 건",
    reply_to_req="req240910.04",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.
신고주신 게시물 전부 삭제했습니다. 해당 갤러리들 모니터링도 강화하겠습니다.

{DC_SIG}

2024년 9월 10일 (화) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240910-04")}
""",
    outcome="review",
    review="bulk",
    imitates="DC Inside one-line bulk confirmation above the quoted request",
    why="'All reported posts deleted' for five items; the URLs appear only in the quoted request.",
    items={D[i]: "pending" for i in range(1, 6)},
)

case(
    name="naver-forged-auth-fail",
    date="Thu, 5 Sep 2024 08:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    auth="fail",
    subject="[회신] KCSC-240903-01 조치 완료",
    body=f"""방송통신심의위원회 담당자님께

아래 게시물은 삭제 조치 완료되었습니다.
- {N[1]}
- {N[11]}

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="reply claiming to be NAVER that fails DKIM/SPF/DMARC",
    why="Plain statements, but the navercorp.com sender fails DMARC.",
    items={N[1]: "pending", N[11]: "pending"},
)

case(
    name="gmail-cafe-manager-unknown-sender",
    date="Sat, 7 Sep 2024 22:14:00 +0900",
    **{"from": "gooddeal.manager@gmail.com"},
    name_from="굿딜존 카페매니저",
    subject="카페 게시글 삭제했습니다 (KCSC-240903-01)",
    body=f"""안녕하세요 굿딜존 카페 매니저입니다.
위원회에서 네이버로 요청하신 거 전달받아서 저희 카페 글 두 개 제가 직접 지웠습니다.
{N[6]}
{N[10]}
확인 부탁드려요.
""",
    outcome="review",
    review="unknown_sender",
    imitates="a cafe manager writing from a personal webmail account",
    why="Statements about NAVER items from a gmail.com sender, not the platform.",
    items={N[6]: "pending", N[10]: "pending"},
)

case(
    name="kakao-about-naver-wrong-platform",
    date="Fri, 13 Sep 2024 10:30:00 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="Re: 시정요구 게시물 확인 요청",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

함께 보내주신 {M[2]} 게시물은 카카오 서비스에서 찾을 수 없는 주소입니다.
네이버 카페 게시물로 보이니 해당 사업자에 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="Kakao pointing out a NAVER URL it cannot find",
    why="Kakao speaks about a NAVER cafe item ('cannot find'); Kakao cannot state NAVER's status.",
    items={M[2]: "pending"},
)

case(
    name="youtube-asks-more-info",
    date="Thu, 12 Sep 2024 05:00:00 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240909-03] Additional information needed",
    reply_to_req="req240909.03",
    body=f"""Hello,

Thank you for your request regarding {Y[2]}.

To continue our review, please send us the specific timestamps where the content appears, and the provision of Korean law you believe the video violates. A copy of the Commission's decision would also help.

Until we receive this information we are unable to proceed.

Regards,
YouTube Legal Support
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="YouTube Legal request for timestamps and the legal basis",
    why="Asks for more information before acting on a named video; no status.",
    items={Y[2]: "pending"},
)

case(
    name="youtube-promise-restrict",
    date="Wed, 18 Sep 2024 01:30:00 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240909-03] Request to remove content",
    reply_to_req="req240909.03",
    body=f"""Hello,

Following our review, we intend to restrict {Y[2]} in South Korea once our local counsel has completed the legal assessment, which we expect by the end of next week.

We will confirm by email when the restriction is in place.

Regards,
YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube Legal 'we intend to restrict' update",
    why="A promise conditioned on counsel's assessment: nothing restricted yet.",
    items={Y[2]: "pending"},
)

case(
    name="kakao-conflicting-table-and-note",
    date="Thu, 12 Sep 2024 16:00:00 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[Kakao] KCSC-240905-02 조치 결과 안내",
    reply_to_req="req240905.02",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240905-02 조치 결과입니다.

번호 | 게시물 | 조치
1 | {K[2]} | 삭제

※ 참고: 위 게시물({K[2]})은 권리침해 여부를 판단하기 어려워 삭제가 아닌 30일 임시조치만 진행되었습니다.

감사합니다.
""",
    outcome="review",
    review="conflicting_statements",
    imitates="Kakao result table contradicted by its own footnote",
    why="The table says deleted, the note says only 임시조치: two statuses for one post.",
    items={K[2]: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    date="Mon, 2 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[안내] 네이버 시정요구 접수 창구 변경",
    body="""방송통신심의위원회 담당자님께

2024년 9월 9일부터 시정요구 관련 공문 및 메일 접수 창구가 변경됩니다.
변경 후에도 기존 주소로 보내주신 메일은 한 달간 자동 전달됩니다.

- 변경 전: policy@navercorp.com
- 변경 후: kr-policy@navercorp.com

업무에 참고 부탁드립니다.

네이버 정책지원팀 드림
""",
    outcome="review",
    review="no_claims",
    imitates="portal notice about a changed contact address",
    why="Trusted NAVER mail that names no item and no request.",
    items={},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office-chuseok",
    date="Mon, 16 Sep 2024 09:00:02 +0900",
    **{"from": "seoyeon.park@navercorp.com"},
    name_from="박서연",
    subject="[자동응답] 부재중: Re: [방송통신심의위원회] 시정요구 KCSC-240911-05",
    reply_to_req="req240911.05",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 박서연입니다.
추석 연휴로 9월 14일(토)부터 9월 18일(수)까지 부재중입니다.
급한 건은 policy@navercorp.com 으로 연락 부탁드립니다.
복귀 후 확인하겠습니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="Auto-reply; says nothing about any item.",
    items={},
)

DSN_TEXT = """This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-old@kakaocorp.com>: host inbound.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <right-old@kakaocorp.com>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
case(
    name="kakao-dsn-bounce",
    date="Thu, 5 Sep 2024 11:00:07 +0900",
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b95_k"

--=_dsn_b95_k
Content-Type: text/plain; charset=us-ascii

{DSN_TEXT}
--=_dsn_b95_k
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Thu,  5 Sep 2024 11:00:05 +0900 (KST)

Final-Recipient: rfc822; right-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_dsn_b95_k
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: right-old@kakaocorp.com
Subject: [방송통신심의위원회] 시정요구 KCSC-240905-02
Message-ID: <req240905.02@kcsc.example>
Date: Thu, 5 Sep 2024 11:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request("KCSC-240905-02", prefix="")}

--=_dsn_b95_k--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN returning our request (unknown mailbox)",
    why="Delivery failure report; the URLs are only in our returned request.",
    items={},
)

case(
    name="youtube-ticket-receipt",
    date="Mon, 9 Sep 2024 01:41:00 +0000",
    **{"from": "no-reply@google.com"},
    name_from="YouTube Legal Support",
    subject="[7-4410000028817] We received your request (KCSC-240909-03)",
    body="""Hello,

Thanks for contacting YouTube Legal Support. This is an automated message to confirm that we have received your request. Your case ID is 7-4410000028817.

Please keep this case ID in the subject line if you reply. We review requests in the order they are received.

The YouTube Legal Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google/YouTube Legal automated case receipt",
    why="Pure receipt with a case id; no statement about any item.",
    items={},
)

case(
    name="dc-read-receipt-mdn",
    date="Tue, 10 Sep 2024 14:35:12 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    subject="읽음: [방송통신심의위원회] 시정요구 KCSC-240910-04",
    reply_to_req="req240910.04",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_b95_dc"

--=_mdn_b95_dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[방송통신심의위원회] 시정요구 KCSC-240910-04"을(를) 수신자가 2024-09-10 오후 2:35에 읽었습니다.
이 확인은 메일이 수신자 화면에 표시되었다는 것만 의미하며, 내용을 읽었거나 이해했다는 것을 보장하지 않습니다.

--=_mdn_b95_dc
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; WebMail
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <req240910.04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_b95_dc--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, MDN)",
    why="Read receipt only.",
    items={},
)

case(
    name="naver-receipt-korean",
    date="Wed, 11 Sep 2024 14:12:30 +0900",
    **{"from": "noreply-right@naver.com"},
    name_from="네이버 게시중단요청서비스",
    subject="[네이버] 게시중단 요청이 접수되었습니다 (KCSC-240911-05)",
    body="""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시중단 요청이 정상적으로 접수되었습니다.
 - 접수번호: GR-20240911-004417
 - 접수일시: 2024.09.11 14:12

담당자 검토 후 처리 결과를 메일로 안내해 드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 receipt",
    why="Receipt with a 접수번호; result only promised.",
    items={},
)

case(
    name="youtube-out-of-office-english",
    date="Fri, 13 Sep 2024 07:21:00 +0000",
    **{"from": "minji.kang@google.com"},
    name_from="Minji Kang",
    subject="Automatic reply: [KCSC-240913-07] 선정적 썸네일 영상 시정요구",
    reply_to_req="req240913.07",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 23 September with limited access to email.
For YouTube legal requests from Korea, please write to legal-kr@google.com.

안녕하세요. 9월 23일까지 부재중입니다. 한국 법률 요청은 legal-kr@google.com 으로 보내주세요.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook/Gmail bilingual out-of-office reply",
    why="Auto-reply.",
    items={},
)

case(
    name="kakao-cs-ticket-receipt",
    date="Thu, 12 Sep 2024 10:01:30 +0900",
    **{"from": "cs-noreply@kakao.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다.",
    reply_to_req="req240912.06",
    body=f"""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 접수되었습니다. (문의번호 #9120034518)
순차적으로 확인 후 답변드리겠습니다.

[접수 내용]
> 시정요구 KCSC-240912-06
> {S1}

카카오 고객센터 드림
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao 고객센터 ticket receipt echoing the inquiry",
    why="Ticket receipt; the URL appears only in the quoted inquiry.",
    items={},
)

HEADER = """# Blind set 95 (Korean focus): NAVER, Kakao/Daum, YouTube Korea, DC Inside.
# Written by tests/corpus/blind95/make.py from each email's meaning, before any
# run of the reader. Each case is judged alone on a fresh ledger holding
# requests.csv."""

def encode_words(c):
    """Korean display names and subjects as RFC 2047 encoded words, as mail clients send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = "=?UTF-8?B?" + base64.b64encode(v.encode("utf-8")).decode("ascii") + "?="


if __name__ == "__main__":
    for c in CASES:
        encode_words(c)
    write_requests()
    corpuslib.write_set(HERE, "blind95", HEADER, CASES)
    print(len(CASES), "cases")
