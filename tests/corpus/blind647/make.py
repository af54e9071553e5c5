#!/usr/bin/env python3
"""Blind set blind647 (Korean platforms: NAVER, Kakao/Daum, YouTube Korea,
DC Inside, BAND). Writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind647/make.py

Deterministic: fixed boundaries, no clock, no randomness. Every expected
result below was written from the meaning of the email alone, before the
reader was ever run on it.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind647"


def enc(s):
    """RFC 2047 B-encoding of a header text (split in short words)."""
    if all(ord(ch) < 128 for ch in s):
        return s
    words = []
    for i in range(0, len(s), 14):
        part = s[i:i + 14]
        words.append("=?UTF-8?B?" + base64.b64encode(part.encode("utf-8")).decode("ascii") + "?=")
    return "\n ".join(words)


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


# ---------------------------------------------------------------- requests
TISTORY1_RAW = "https://bettingtip.tistory.com/entry/토토-사이트-추천-2024"
TISTORY2_RAW = "https://hangyeol.tistory.com/entry/비공개-자료-공유"
TISTORY1 = "https://bettingtip.tistory.com/entry/" + quote("토토-사이트-추천-2024")
TISTORY2 = "https://hangyeol.tistory.com/entry/" + quote("비공개-자료-공유")

N = [
    "https://blog.naver.com/luckyhan77/223560001",
    "https://blog.naver.com/luckyhan77/223560118",
    "https://blog.naver.com/sodam_bet/223561420",
    "https://cafe.naver.com/jackpotroom/1893",
    "https://cafe.naver.com/jackpotroom/1907",
    "https://cafe.naver.com/jackpotroom/2011",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40201&docId=471230988",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5512093",
    "https://m.blog.naver.com/darkpearl_k/223562005",
    "https://blog.naver.com/PostView.naver?blogId=winwin_24&logNo=223563377",
    "https://cafe.naver.com/ca-fe/cafes/30551207/articles/88120",
    "https://blog.naver.com/luckyhan77/223565210",
]
K = [
    "https://cafe.daum.net/moonlight77/Rk3f/1024",
    TISTORY1,
    "https://open.kakao.com/o/gHx7Qz2e",
    "https://brunch.co.kr/@silverfox/57",
]
Y = [
    "https://www.youtube.com/watch?v=Qm4Lk2ZpT8a",
    "https://www.youtube.com/watch?v=Vd9sXw1RrE0",
    "https://www.youtube.com/shorts/Hk2Pm7QwZs4",
    "https://www.youtube.com/@jinsilTV_kr",
    "https://www.youtube.com/watch?v=Ln5bTr8Yc3U",
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812345",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=220187",
    "https://gall.dcinside.com/mini/board/view/?id=hanbyeol&no=3310",
]
B = [
    "https://band.us/band/84512377/post/1203",
    "https://band.us/band/84512377/post/1219",
]
N6 = "https://blog.naver.com/misoya_day/223570441"
K7 = TISTORY2

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:20:00+09:00", "2024-09-10T18:00:00+09:00", N,
     "gambling", "불법 도박 사이트 홍보 (블로그·카페·지식iN·포스트)"),
    ("KCSC-240904-02", "kakao", "2024-09-04T11:05:00+09:00", "2024-09-11T18:00:00+09:00", K,
     "gambling", "다음카페·티스토리·오픈채팅·브런치"),
    ("KCSC-240905-03", "youtube", "2024-09-05T14:40:00+09:00", "2024-09-12T18:00:00+09:00", Y,
     "defamation", "허위사실 유포 동영상·채널"),
    ("KCSC-240906-04", "dcinside", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00", D,
     "privacy", "개인정보 노출 게시물"),
    ("KCSC-240909-05", "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", B,
     "gambling", "밴드 게시글 도박 홍보"),
    ("KCSC-240910-06", "naver", "2024-09-10T15:10:00+09:00", "2024-09-17T18:00:00+09:00", [N6],
     "drugs", "마약류 판매 광고"),
    ("KCSC-240911-07", "kakao", "2024-09-11T16:45:00+09:00", "2024-09-18T18:00:00+09:00", [K7],
     "obscenity", "음란물 공유 게시물"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            mid = ref.lower() + "@kcsc.example"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def thread(ref):
    return ref.lower()


def quoted_request_lines(urls, prefix="> "):
    lines = [prefix + "방송통신심의위원회 통신심의국입니다.",
             prefix + "아래 정보는 정보통신망법 제44조의7에 따른 불법정보로 심의·의결되어",
             prefix + "시정요구(삭제 또는 접속차단)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
             prefix.rstrip()]
    for i, u in enumerate(urls, 1):
        lines.append(f"{prefix}{i}. {u}")
    return "\n".join(lines)


NAVER_SIG = """네이버 주식회사 정책지원팀장 (직인 생략)
담당: 정책지원팀 이도윤 매니저 / policy-support@navercorp.com
※ 회신 시 요청번호를 제목에 남겨 주세요."""

CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== APPLIED
case(
    name="naver-gongmun-text-table-all",
    date="Fri, 06 Sep 2024 16:12:40 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("[네이버] 시정요구(KCSC-240903-01)에 대한 조치 결과 회신"),
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""
수    신: 방송통신심의위원회 통신심의국
참    조: 불법정보 시정요구 담당자
제    목: 시정요구에 대한 조치 결과 회신 (KCSC-240903-01)

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회가 2024. 9. 3. 요청한 시정요구(요청번호 KCSC-240903-01)와
관련하여, 당사 서비스 내 해당 정보에 대한 조치 결과를 아래와 같이
회신합니다.

                              - 아    래 -

 번호 | 서비스 | URL | 조치 결과 | 조치일
 -----+--------+-----+-----------+--------
  1 | 블로그 | {N[0]} | 삭제 | 09.05
  2 | 블로그 | {N[1]} | 삭제 | 09.05
  3 | 블로그 | {N[2]} | 임시조치 | 09.05
  4 | 카페 | {N[3]} | 게시중단 | 09.05
  5 | 카페 | {N[4]} | 게시중단 | 09.05
  6 | 카페 | {N[5]} | 게시물 없음(작성자 삭제) | -
  7 | 지식iN | {N[6]} | 삭제 | 09.06
  8 | 포스트 | {N[7]} | 조치 불가(위반 사항 미확인) | -
  9 | 블로그 | {N[8]} | 삭제 | 09.06
 10 | 블로그 | {N[9]} | 접근 제한(국내) | 09.06
 11 | 카페 | {N[10]} | 삭제 | 09.06
 12 | 블로그 | {N[11]} | 삭제 | 09.06

3. 8번 게시물은 내용을 확인한 결과 도박 사이트 홍보로 볼 만한 내용이
확인되지 않아 게시를 유지하였습니다. 추가 자료를 보내주시면 다시
검토하겠습니다.  끝.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style reply to a KCSC 시정요구 with a 번호/URL/조치 결과 text table",
    why="trusted NAVER reply stating a result for each of the 12 URLs; 임시조치 and 접근 제한(국내) are restrictions, 게시물 없음 is not_found, 조치 불가 with its reason is a refusal",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "removed",
           N[5]: "not_found", N[6]: "removed", N[7]: "rejected", N[8]: "removed", N[9]: "restricted",
           N[10]: "removed", N[11]: "removed"},
)

html_rows = [
    (N[1], "블라인드"),
    (N[4], "비공개 처리"),
    (N[8], "접근 제한 (대한민국)"),
    (N[5], "해당 게시물이 존재하지 않음"),
    (N[10], "검토 결과 위반 아님 – 게시 유지"),
]
trs = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td><td>{s}</td></tr>'
    for i, (u, s) in enumerate(html_rows, 1))
case(
    name="naver-html-table-five",
    date="Thu, 05 Sep 2024 11:47:03 +0900",
    **{"from": "noreply-report@navercorp.com"},
    name_from=enc("네이버 신고센터"),
    subject=enc("[네이버 신고센터] 요청하신 게시물 처리 결과 안내 (KCSC-240903-01)"),
    reply_to_req=thread("KCSC-240903-01"),
    type="html",
    body=f"""
<html><head><meta charset="utf-8"></head><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요. 네이버 신고센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물 중 아래 5건의 처리 결과를 먼저 안내드립니다.<br>
나머지 게시물은 처리가 끝나는 대로 별도로 안내드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>게시물 주소</th><th>처리 결과</th></tr>
{trs}
</table>
<p>처리 기준은 <a href="https://policy.naver.com/policy/service_group.html">네이버 서비스 운영정책</a>을 참고해 주세요.</p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>
""",
    outcome="applied",
    imitates="NAVER 신고센터 HTML result notice with a 게시물 주소/처리 결과 table",
    why="HTML table row per URL: 블라인드 and 비공개 처리 are removals, 접근 제한 (대한민국) is a restriction, 존재하지 않음 is not_found, 위반 아님 – 게시 유지 is a refusal; the policy link is no item",
    items={N[1]: "removed", N[4]: "removed", N[8]: "restricted", N[5]: "not_found", N[10]: "rejected"},
)

csv_text = "\ufeff번호,게시물 URL,처리 결과,처리 일시\n" + "\n".join([
    f"1,{N[0]},삭제,2024-09-06 10:14",
    f"2,{N[2]},삭제,2024-09-06 10:15",
    f"3,{N[3]},게시중단,2024-09-06 10:21",
    f"4,{N[11]},임시조치(30일),2024-09-06 10:30",
    f'5,"{N[6]}",삭제 불가(운영원칙 위반 아님),2024-09-06 11:02',
    f'6,"{N[9]}",게시물 없음,2024-09-06 11:05',
]) + "\n"
case(
    name="naver-csv-attachment-six",
    date="Fri, 06 Sep 2024 11:40:19 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("RE: 시정요구 (KCSC-240903-01) 처리 결과 송부"),
    reply_to_req=thread("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_NaverPart_647_0001"

------=_NaverPart_647_0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

요청하신 건 중 6건의 처리 결과를 첨부 파일(CSV)로 송부드립니다.
파일을 열어 확인 부탁드립니다.

감사합니다.
정책지원팀 드림

------=_NaverPart_647_0001
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(csv_text.encode("utf-8")).decode("ascii")}
------=_NaverPart_647_0001--
""",
    outcome="applied",
    imitates="portal reply sending an item-level result sheet as a CSV attachment (Excel-style UTF-8 with BOM)",
    why="the CSV gives one result per URL: 삭제/게시중단 removed, 임시조치 restricted, 삭제 불가(위반 아님) rejected, 게시물 없음 not_found",
    items={N[0]: "removed", N[2]: "removed", N[3]: "removed", N[11]: "restricted", N[6]: "rejected",
           N[9]: "not_found"},
)

case(
    name="naver-blog-prose-one-item",
    date="Wed, 11 Sep 2024 17:05:52 +0900",
    **{"from": "blog_help@navercorp.com"},
    name_from=enc("네이버 블로그 운영팀"),
    subject=enc("[네이버 블로그] 게시중단 요청 처리 결과 안내"),
    reply_to_req=thread("KCSC-240910-06"),
    body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.

방송통신심의위원회에서 요청하신 아래 게시물을 검토한 결과, 블로그
운영정책(불법 상품 판매·광고 금지) 위반이 확인되어 2024년 9월 11일
해당 게시물을 삭제하였음을 알려드립니다.

 - 대상 게시물: {N6}
 - 요청번호: KCSC-240910-06

앞으로도 안전한 블로그 환경을 위해 노력하겠습니다.
감사합니다.
""",
    outcome="applied",
    imitates="NAVER Blog 게시중단 처리 결과 notice to a requester",
    why="trusted NAVER statement that the one requested post was deleted",
    items={N6: "removed"},
)

case(
    name="naver-sole-statement-no-url",
    date="Thu, 12 Sep 2024 09:31:07 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("Re: 시정요구 (KCSC-240910-06)"),
    reply_to_req=thread("KCSC-240910-06"),
    body="""
안녕하세요.

요청번호 KCSC-240910-06 건과 관련하여 알려드립니다.
요청하신 게시물은 9월 11일 자로 비공개 처리하였으며, 현재 외부에서
열람할 수 없는 상태입니다.

문의 사항이 있으시면 회신 주시기 바랍니다.
네이버 정책지원팀 드림
""",
    outcome="applied",
    imitates="short operator reply in the request's thread, naming the request number but not the URL",
    why="one-item request; a trusted, unhedged statement about 'the requested post' (비공개 처리) applies to its only item",
    items={N6: "removed"},
)

case(
    name="naver-rejected-keeps-post",
    date="Fri, 13 Sep 2024 14:22:30 +0900",
    **{"from": "blog_help@navercorp.com"},
    name_from=enc("네이버 블로그 운영팀"),
    subject=enc("[네이버 블로그] 요청하신 게시물 검토 결과 (KCSC-240910-06)"),
    reply_to_req=thread("KCSC-240910-06"),
    body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 게시물 {N6} 을 검토하였습니다.
해당 게시물은 의약품 관련 뉴스 기사를 인용한 글로, 판매나 구매를 권유하는
내용이 포함되어 있지 않아 운영정책 위반으로 보기 어렵습니다.
따라서 게시중단 조치를 하지 않고 게시를 유지하였습니다.

판단에 이견이 있으시면 심의 의결서 등 근거 자료와 함께 다시 요청해
주시기 바랍니다.
""",
    outcome="applied",
    imitates="NAVER Blog refusal with reason (운영정책 위반으로 보기 어려움, 게시 유지)",
    why="trusted refusal with its reason: the post stays up",
    items={N6: "rejected"},
)

case(
    name="daum-imsi-tistory-particle",
    date="Fri, 06 Sep 2024 13:58:11 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    subject=enc("[카카오] 게시중단 요청 처리 결과 안내 (KCSC-240904-02)"),
    reply_to_req=thread("KCSC-240904-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 접수하신 게시중단 요청(KCSC-240904-02)의 처리 결과를
안내드립니다.

■ 다음카페
{K[0]} 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)
하였습니다. 게시자가 기간 안에 재게시를 요청하지 않으면 이후 삭제됩니다.

■ 티스토리
{TISTORY1_RAW}에 대해서는 운영정책 위반이 확인되어 게시물을 삭제하였습니다.

나머지 요청 건은 검토가 끝나는 대로 다시 안내드리겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied",
    imitates="Daum/Kakao 권리침해신고센터 임시조치 (30일 접근 차단) notice",
    why="임시조치(접근 차단) is a restriction; the raw-Korean Tistory URL (followed by the particle 에) was deleted; the 'will be deleted' clause is a condition and changes nothing",
    items={K[0]: "restricted", K[1]: "removed"},
)

case(
    name="kakao-openchat-brunch",
    date="Mon, 09 Sep 2024 10:26:45 +0900",
    **{"from": "safety@kakao.com"},
    name_from=enc("카카오 세이프티"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240904-02"),
    reply_to_req=thread("KCSC-240904-02"),
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

요청 주신 건 가운데 오픈채팅과 브런치 게시물에 대한 결과를 알려드립니다.

1) 오픈채팅방 {K[2]}
   운영정책 위반으로 채팅방을 종료(삭제) 조치하였습니다. 현재 누구도 입장할 수 없습니다.

2) 브런치 글 {K[3]}
   확인해 보니 작가가 이미 삭제한 글이라 존재하지 않습니다. 별도 조치 대상이 없습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Kakao safety team reply on an open-chat room and a Brunch post",
    why="open chat room closed (deleted) for everyone: removed; Brunch post already deleted by its author: not_found",
    items={K[2]: "removed", K[3]: "not_found"},
)

case(
    name="tistory-qp-private",
    date="Thu, 12 Sep 2024 15:03:27 +0900",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from=enc("티스토리 고객센터"),
    subject=enc("[티스토리] 신고 게시물 조치 완료 안내"),
    reply_to_req=thread("KCSC-240911-07"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 티스토리 고객센터입니다.

방송통신심의위원회에서 신고하신 게시글에 대한 조치 결과를 안내드립니다.

  대상: {TISTORY2_RAW}
  결과: 운영정책(음란물 게시 금지) 위반으로 비공개 처리

해당 게시글은 현재 외부에서 열람할 수 없으며, 블로그 운영자에게도 조치 사실을 통지하였습니다.

티스토리 드림''')}""",
    outcome="applied",
    imitates="Tistory customer-centre 신고 게시물 조치 완료 notice, quoted-printable",
    why="quoted-printable body; the raw-Korean Tistory URL (percent-encoded in the request) was made private by the platform: removed",
    items={K7: "removed"},
)

k_html = f"""<html><body>
<p>안녕하세요, 카카오 권리침해신고센터입니다.</p>
<p>요청번호 <b>KCSC-240904-02</b> 의 4건에 대한 최종 처리 결과입니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>서비스</th><th>URL</th><th>처리</th></tr></thead>
<tbody>
<tr><td>다음카페</td><td>{K[0]}</td><td>삭제</td></tr>
<tr><td>티스토리</td><td>{K[1]}</td><td>임시조치 (30일)</td></tr>
<tr><td>오픈채팅</td><td>{K[2]}</td><td>채팅방 운영 중지 및 삭제</td></tr>
<tr><td>브런치</td><td>{K[3]}</td><td>조치하지 않음 (운영정책 위반 사항 없음)</td></tr>
</tbody></table>
<p>감사합니다.</p>
</body></html>"""
case(
    name="kakao-base64-html-final",
    date="Wed, 11 Sep 2024 18:44:02 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    subject=enc("[카카오] 최종 처리 결과 (KCSC-240904-02)"),
    reply_to_req=thread("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="=_kakao_alt_647"

--=_kakao_alt_647
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(k_html)}
--=_kakao_alt_647--
""",
    outcome="applied",
    imitates="Kakao result mail sent as a base64 HTML part with a 서비스/URL/처리 table",
    why="base64 HTML table, one result per URL: 삭제 removed, 임시조치 restricted, 운영 중지 및 삭제 removed, 조치하지 않음 (위반 없음) rejected",
    items={K[0]: "removed", K[1]: "restricted", K[2]: "removed", K[3]: "rejected"},
)

case(
    name="yt-legal-korean-restrict-remove",
    date="Mon, 09 Sep 2024 20:17:33 +0900",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject=enc("[YouTube] 법적 요청 처리 결과 안내 - KCSC-240905-03"),
    reply_to_req=thread("KCSC-240905-03"),
    body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 귀하가 신고한 콘텐츠를 검토하여 다음과
같이 조치했음을 알려드립니다.

한국 현지 법률에 따라 아래 콘텐츠는 대한민국 내에서 액세스할 수 없도록
차단했습니다.
- {Y[0]}
- {Y[3]}

아래 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y[2]}

YouTube의 법적 삭제 정책에 대한 자세한 내용은
https://support.google.com/youtube/answer/6154230 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied",
    imitates="YouTube/Google legal-removals outcome email in Korean (local-law block vs. Community Guidelines removal)",
    why="two items blocked in Korea only (restricted), the short removed globally; the support.google.com link is a help page",
    items={Y[0]: "restricted", Y[3]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-english-three-outcomes",
    date="Tue, 10 Sep 2024 03:51:09 +0900",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: Legal removal request KCSC-240905-03 [7-3310000048812]",
    reply_to_req=thread("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for reaching out to us. We've reviewed the content you reported under
reference KCSC-240905-03 and have taken the following action:

{Y[1]} - we have blocked this video from view in South Korea based on local law.

{Y[4]} - this video had already been removed by the uploader before our review.

{Y[2]} - after review we did not find this content to violate local law or our
policies, so we are not taking action on it at this time.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal team English outcome email (blocked in country / removed by uploader / no action)",
    why="blocked in South Korea = restricted; already removed by its uploader = not_found; no violation, no action = rejected",
    items={Y[1]: "restricted", Y[4]: "not_found", Y[2]: "rejected"},
)

case(
    name="yt-top-posted-gmail-quote",
    date="Fri, 06 Sep 2024 18:09:41 +0900",
    **{"from": "yt-kr-policy@google.com"},
    name_from=enc("YouTube 정책팀 김하늘"),
    subject=enc("Re: [시정요구] KCSC-240905-03 동영상 5건"),
    reply_to_req=thread("KCSC-240905-03"),
    body=f"""
안녕하세요, 위원회 담당자님.

요청 주신 목록 중 아래 2건은 국내 접근 제한 조치를 완료했습니다.

{Y[0]}
{Y[1]}

나머지 항목은 아직 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

김하늘 드림
YouTube 정책팀

2024년 9월 5일 (목) 오후 2:40, KCSC 불법정보 시정요구 <takedown@kcsc.example>님이 작성:
{quoted_request_lines(Y)}
>
> 요청번호: KCSC-240905-03
> 방송통신심의위원회 통신심의국
""",
    outcome="applied",
    imitates="Gmail top-posted reply by a YouTube Korea policy staffer over the quoted request",
    why="only the two URLs above the quote were restricted in Korea; the rest is 'still under review' and the quoted request states nothing",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "pending", Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="yt-url-below-statement",
    date="Wed, 11 Sep 2024 07:33:15 +0900",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Your legal request to YouTube - KCSC-240905-03",
    reply_to_req=thread("KCSC-240905-03"),
    body=f"""
Hi KCSC team,

Following our review of your request, the following video has been removed
for violating YouTube's Community Guidelines:
{Y[4]}

The following Short has been age-restricted. It stays available to signed-in
viewers over 18 only:
{Y[2]}

If you have further questions, please reply to this email.

Best,
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube outcome email with each URL on the line below its statement",
    why="first URL removed globally; the Short is age-restricted, which is a restriction",
    items={Y[4]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-fullwidth-brackets",
    date="Thu, 12 Sep 2024 12:12:12 +0900",
    **{"from": "yt-kr-policy@google.com"},
    name_from=enc("YouTube 정책팀 김하늘"),
    subject=enc("[YouTube] KCSC-240905-03 추가 처리 결과"),
    reply_to_req=thread("KCSC-240905-03"),
    body=f"""
담당자님 안녕하세요.

추가 처리 결과를 공유드립니다.
요청하신 동영상「{Y[4]}」은 커뮤니티 가이드 위반으로 삭제되었습니다.
채널（{Y[3]}）은 한국 법률에 따라 대한민국에서 볼 수 없도록 제한했습니다.

감사합니다.
김하늘 드림
""",
    outcome="applied",
    imitates="YouTube Korea policy staffer writing URLs inside full-width brackets",
    why="video in 「」 deleted; channel in full-width parentheses blocked in Korea only",
    items={Y[4]: "removed", Y[3]: "restricted"},
)

case(
    name="dc-informal-arrow-list",
    date="Mon, 09 Sep 2024 11:02:58 +0900",
    **{"from": "help@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject="Re: 게시물 삭제 요청 (KCSC-240906-04)",
    reply_to_req=thread("KCSC-240906-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청주신 게시물 처리 결과 알려드립니다.

1. {D[0]} → 삭제 완료
2. {D[1]} → 삭제 완료
3. {D[2]} → 작성자가 이미 삭제한 글입니다

감사합니다.
""",
    outcome="applied",
    imitates="DC Inside operator's short informal reply with an arrow list",
    why="two posts deleted by the operator, the third already deleted by its author",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

case(
    name="dc-bare-url-status-below",
    date="Sat, 07 Sep 2024 22:40:16 +0900",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    subject=enc("[디시인사이드] 신고 처리 결과"),
    reply_to_req=thread("KCSC-240906-04"),
    body=f"""
[처리결과]

{D[0]}
- 삭제 및 작성자 IP 차단

{D[2]}
- 해당 글 없음 (주소 오류 또는 기삭제)

디시인사이드 신고센터
""",
    outcome="applied",
    imitates="DC Inside 신고센터 terse result with bare URLs and the result on the next line",
    why="first post deleted (the IP block is about the writer), second cannot be found / already deleted",
    items={D[0]: "removed", D[2]: "not_found"},
)

case(
    name="dc-wrapped-angle-url",
    date="Tue, 10 Sep 2024 16:55:00 +0900",
    **{"from": "help@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject="Re: Re: 게시물 삭제 요청 (KCSC-240906-04)",
    reply_to_req=thread("KCSC-240906-04"),
    body=f"""
안녕하세요. 디시인사이드입니다.

문의하신 마이너 갤러리 글
<https://gall.dcinside.com/mgallery/board/view/
?id=coin_talk&no=220187>
은 개인정보 노출이 확인되어 삭제 처리했습니다.

미니 갤러리 글 <{D[2]}> 은
확인해 보니 실명이나 연락처가 가려져 있어 개인정보 노출로 보기 어렵습니다.
그래서 삭제하지 않았습니다.

감사합니다.
""",
    outcome="applied",
    imitates="DC Inside operator reply with angle-bracketed URLs, one wrapped across two lines",
    why="the wrapped <...> URL (RFC 3986 app. C) is the mgallery post, deleted; the mini-gallery post was not deleted, with a reason: rejected",
    items={D[1]: "removed", D[2]: "rejected"},
)

case(
    name="band-prose-two-named",
    date="Tue, 10 Sep 2024 14:20:37 +0900",
    **{"from": "safety@band.us"},
    name_from=enc("BAND 운영정책팀"),
    subject=enc("[BAND] 게시글 조치 결과 안내 (KCSC-240909-05)"),
    reply_to_req=thread("KCSC-240909-05"),
    body=f"""
안녕하세요, 밴드 운영정책팀입니다.

방송통신심의위원회에서 요청하신 게시글 2건을 확인하였습니다.
{B[0]} 및 {B[1]} 게시글은
밴드 운영정책(불법 도박 홍보 금지) 위반이 확인되어 2024년 9월 10일 삭제
조치하였습니다.

감사합니다.
BAND 드림
""",
    outcome="applied",
    imitates="BAND 운영정책팀 notice naming both reported posts in one sentence",
    why="both URLs are named in the one unhedged deletion statement",
    items={B[0]: "removed", B[1]: "removed"},
)

case(
    name="band-colon-list",
    date="Wed, 11 Sep 2024 09:05:44 +0900",
    **{"from": "safety@band.us"},
    name_from=enc("BAND 운영정책팀"),
    subject=enc("Re: [시정요구] 밴드 게시글 2건 (KCSC-240909-05)"),
    reply_to_req=thread("KCSC-240909-05"),
    body=f"""
안녕하세요. BAND입니다. 요청하신 게시글 처리 결과입니다.

 1) {B[0]} : 삭제
 2) {B[1]} : 밴드 리더가 이미 삭제하여 존재하지 않는 게시글입니다.

감사합니다.
""",
    outcome="applied",
    imitates="BAND reply with a numbered 'URL : 결과' list",
    why="first post deleted; second already deleted by the band leader, i.e. not found",
    items={B[0]: "removed", B[1]: "not_found"},
)

case(
    name="naver-kin-post-parenthesis",
    date="Sat, 07 Sep 2024 10:18:29 +0900",
    **{"from": "kin_help@naver.com"},
    name_from=enc("네이버 지식iN"),
    subject=enc("[네이버 지식iN] 신고 처리 결과를 알려드립니다"),
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 지식iN 운영자입니다.

신고하신 지식iN 질문({N[6]})은
지식iN 운영원칙에 따라 답변과 함께 삭제되었습니다.
함께 말씀하신 네이버 포스트 {N[7]} 는
포스트 운영팀에서 게시중단하였습니다.

운영원칙: https://kin.naver.com/notice/rule.naver
""",
    outcome="applied",
    imitates="NAVER 지식iN 운영자 신고 처리 결과 mail",
    why="the question in parentheses deleted; the Post taken down (게시중단); the rule page is no item",
    items={N[6]: "removed", N[7]: "removed"},
)

case(
    name="naver-echoed-report-imsi",
    date="Fri, 06 Sep 2024 11:03:50 +0900",
    **{"from": "right_noreply@navercorp.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    subject=enc("[네이버 게시중단요청서비스] 처리 결과 안내"),
    body=f"""
[네이버 게시중단요청서비스] 처리 결과 안내

요청하신 게시중단 건의 처리 결과를 알려드립니다.

신고 접수번호 : R-2409-118203
요청자        : 방송통신심의위원회 (KCSC-240903-01)
요청 사유     : 불법정보(사행행위)
신고 게시물   : {N[3]}
처리 결과     : 임시조치 (30일간 게시중단)
처리 일시     : 2024-09-06 11:02

임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청하지 않으면 삭제됩니다.
마이페이지: https://right.naver.com/mypage
""",
    outcome="applied",
    imitates="NAVER 게시중단요청서비스 result notice echoing the report form's fields",
    why="echoed report with a result field; 임시조치 is the 30-day access block, a restriction (the parenthesis explains it); mypage link is no item",
    items={N[3]: "restricted"},
)

case(
    name="naver-cafe-outlook-original",
    date="Mon, 09 Sep 2024 15:47:21 +0900",
    **{"from": "cafe_help@navercorp.com"},
    name_from=enc("네이버 카페 운영팀"),
    subject=enc("RE: 시정요구 (KCSC-240903-01)"),
    reply_to_req=thread("KCSC-240903-01"),
    extra_headers=["Thread-Index: AdsCq7m2Kx4bT0vqR1mQe3c8AAB4Qw==", "X-Mailer: Microsoft Outlook 16.0"],
    body=f"""
네이버 카페 운영팀입니다.
문의하신 카페 게시글 두 건 관련하여 회신드립니다.

카페 글 {N[5]} 는 작성자 탈퇴로 이미 삭제되어
확인되지 않습니다.
{N[10]} 는 카페 운영원칙 위반으로 삭제하였습니다.

감사합니다.

-----Original Message-----
From: KCSC 불법정보 시정요구 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:20 AM
To: policy@navercorp.com
Subject: 시정요구 (KCSC-240903-01)

{quoted_request_lines(N, prefix="")}

요청번호: KCSC-240903-01
""",
    outcome="applied",
    imitates="Outlook reply from a NAVER Cafe staffer with the full request below -----Original Message-----",
    why="only the two cafe posts above the original message get statements; the quoted request below states nothing",
    items={N[5]: "not_found", N[10]: "removed", N[0]: "pending", N[1]: "pending", N[2]: "pending",
           N[3]: "pending", N[4]: "pending", N[6]: "pending", N[7]: "pending", N[8]: "pending",
           N[9]: "pending", N[11]: "pending"},
)

case(
    name="naver-two-requests-one-mail",
    date="Fri, 13 Sep 2024 10:40:05 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("시정요구 2건 처리 결과 (KCSC-240903-01, KCSC-240910-06)"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.
위원회에서 보내주신 두 건의 처리 결과를 함께 회신드립니다.

[KCSC-240903-01]
- {N[2]} — 삭제

[KCSC-240910-06]
- {N6} — 검토 결과 위반 아님, 게시 유지

감사합니다.
""",
    outcome="applied",
    imitates="NAVER reply covering two requests, grouped by request number",
    why="one item of each request: the first deleted, the second kept after review (rejected)",
    items={N[2]: "removed", N6: "rejected"},
)

case(
    name="kakao-single-request-all",
    date="Fri, 13 Sep 2024 17:30:48 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    subject=enc("[카카오] 게시중단 요청 처리 완료 (KCSC-240911-07)"),
    reply_to_req=thread("KCSC-240911-07"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

요청번호 KCSC-240911-07로 신고하신 게시물은 모두 삭제 처리되었습니다.
협조해 주셔서 감사합니다.
""",
    outcome="applied",
    imitates="Kakao 권리침해신고센터 completion notice without URLs",
    why="'all reported posts were deleted' about a request of a single item: it applies to that item",
    items={K7: "removed"},
)

# ==================================================================== REVIEW
case(
    name="naver-promise-will-act",
    date="Wed, 04 Sep 2024 17:20:13 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("Re: 시정요구 (KCSC-240903-01)"),
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 아래 게시물은 담당 부서에서 검토하고 있으며, 위반이 확인되는 경우
영업일 기준 3일 이내에 게시중단 조치될 예정입니다.

 - {N[0]}
 - {N[3]}
 - {N[8]}

조치가 끝나면 결과를 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising action after review",
    why="names requested items but only promises a conditional future takedown: no statement",
    items={N[0]: "pending", N[3]: "pending", N[8]: "pending"},
)

case(
    name="yt-under-review-may-restrict",
    date="Sat, 07 Sep 2024 02:14:55 +0900",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: Legal removal request KCSC-240905-03",
    reply_to_req=thread("KCSC-240905-03"),
    body=f"""
Hello,

Your request is currently under review by our legal team. Based on our
initial assessment, the videos listed below may be restricted in South Korea
once the review is complete:

{Y[0]}
{Y[4]}

We will follow up with a final decision as soon as possible.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal 'under review' interim update",
    why="under review and 'may be restricted': a hedge and a promise, no item-level statement",
    items={Y[0]: "pending", Y[4]: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    date="Thu, 05 Sep 2024 16:48:02 +0900",
    **{"from": "safety@kakao.com"},
    name_from=enc("카카오 세이프티"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240904-02"),
    reply_to_req=thread("KCSC-240904-02"),
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

확인해 보니 {K[0]} 게시물은 이미 삭제된 것으로
보입니다. 오픈채팅 {K[2]} 은 방장이 직접 종료했을
가능성이 있어 추가로 확인하고 있습니다.

확인이 끝나면 정리해서 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao operator's preliminary reply with hedged findings",
    why="'seems already deleted' and 'possibly closed, still checking' are hedges, not statements",
    items={K[0]: "pending", K[2]: "pending"},
)

case(
    name="naver-bulk-all-taken-down",
    date="Thu, 05 Sep 2024 19:02:36 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("[네이버] 시정요구 조치 완료 (KCSC-240903-01)"),
    reply_to_req=thread("KCSC-240903-01"),
    body="""
수신: 방송통신심의위원회
제목: 시정요구에 대한 조치 완료 통보

귀 위원회의 시정요구(KCSC-240903-01) 대상 게시물 전체에 대하여
2024. 9. 5. 자로 게시중단 조치를 완료하였음을 통보합니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="공문-style completion notice for a whole 시정요구 without a per-URL list",
    why="'all the target posts were taken down' for a 12-item request, naming none of them: bulk",
    items={u: "pending" for u in N},
)

case(
    name="dc-bulk-three-deleted",
    date="Mon, 09 Sep 2024 09:12:10 +0900",
    **{"from": "help@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject="Re: 게시물 삭제 요청 (KCSC-240906-04)",
    reply_to_req=thread("KCSC-240906-04"),
    body="""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 게시물 3건 모두 삭제 처리했습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="DC Inside one-line 'all N deleted' operator reply",
    why="statement about all three posts without naming them, for a three-item request: bulk",
    items={u: "pending" for u in D},
)

case(
    name="naver-auth-fail",
    date="Sat, 07 Sep 2024 08:55:41 +0900",
    **{"from": "policy-support@navercorp.com"},
    auth="fail",
    name_from=enc("네이버 정책지원팀"),
    subject=enc("[네이버] 시정요구 조치 결과 (KCSC-240903-01)"),
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
요청하신 게시물의 조치 결과를 알려드립니다.

1. {N[0]} - 삭제
2. {N[1]} - 삭제
""",
    outcome="review", review="untrusted",
    imitates="a NAVER-looking result mail whose DKIM/SPF/DMARC fail",
    why="From navercorp.com but authentication fails: nothing may be applied",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="daum-auth-fail",
    date="Tue, 10 Sep 2024 13:13:13 +0900",
    **{"from": "cafe_admin@daum.net"},
    auth="fail",
    name_from=enc("다음카페 운영자"),
    subject=enc("Re: 시정요구 KCSC-240904-02"),
    reply_to_req=thread("KCSC-240904-02"),
    body=f"""
안녕하세요 다음카페 운영진입니다.
{K[0]} 게시물은 카페 관리자 권한으로 삭제했습니다.
""",
    outcome="review", review="untrusted",
    imitates="Daum Cafe operator mail failing DMARC",
    why="daum.net is a Kakao sender domain but the mail fails authentication",
    items={K[0]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    date="Sun, 08 Sep 2024 23:41:19 +0900",
    **{"from": "cointalk.manager@gmail.com"},
    name_from=enc("코인톡 갤러리 매니저"),
    subject="Re: 게시물 삭제 요청 (KCSC-240906-04)",
    reply_to_req=thread("KCSC-240906-04"),
    body=f"""
안녕하세요 코인톡 마이너 갤러리 매니저입니다.
운영팀에서 전달받은 메일 보고 연락드려요.

{D[1]}
이 글은 제가 매니저 권한으로 지웠습니다. 작성자도 차단했어요.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager (DC Inside 마이너 갤러리 매니저) writing from a personal mailbox",
    why="gmail.com is no platform's domain: the statement cannot be trusted",
    items={D[1]: "pending"},
)

case(
    name="yt-lookalike-domain",
    date="Wed, 11 Sep 2024 21:07:30 +0900",
    **{"from": "support@youtube-kr-legal.com"},
    name_from="YouTube Trust & Safety",
    subject="Case closed: KCSC-240905-03",
    body=f"""
Dear KCSC,

We confirm that the following videos have been permanently removed:

- {Y[0]}
- {Y[1]}

This case is now closed.
YouTube Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="mail styled as YouTube Trust & Safety from a lookalike domain",
    why="youtube-kr-legal.com is not a YouTube sender domain",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="naver-asks-for-document",
    date="Wed, 04 Sep 2024 10:02:17 +0900",
    **{"from": "right_help@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    subject=enc("Re: 시정요구 (KCSC-240903-01) 관련 서류 요청"),
    reply_to_req=thread("KCSC-240903-01"),
    body="""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 시정요구(KCSC-240903-01)를 처리하려면 위원회 의결서 또는 공문
원본(PDF, 직인 포함)이 필요합니다. 번거로우시겠지만 해당 서류를 이 메일에
첨부하여 회신해 주시기 바랍니다.

서류가 확인되는 대로 처리를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 권리보호센터 asking for the official decision document before acting",
    why="the platform asks for documents before acting: a person must answer",
    items={},
)

case(
    name="band-no-claims-use-form",
    date="Tue, 10 Sep 2024 11:45:09 +0900",
    **{"from": "cs@band.us"},
    name_from=enc("BAND 고객센터"),
    subject=enc("Re: 밴드 게시글 관련 문의"),
    body="""
안녕하세요. BAND 고객센터입니다.

기관·단체의 게시물 관련 요청은 고객센터 도움말의 '권리침해 신고' 양식
(https://band.us/cs/help/report)으로 접수해 주시면 더 빠르게 처리됩니다.
이메일로 보내주신 요청은 처리가 늦어질 수 있는 점 양해 부탁드립니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="BAND customer-centre reply pointing to its report form",
    why="trusted BAND mail naming no item and no request (the form link is a help page): no claims",
    items={},
)

case(
    name="kakao-states-naver-url",
    date="Fri, 13 Sep 2024 11:11:40 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    subject=enc("Re: 시정요구 (KCSC-240911-07)"),
    reply_to_req=thread("KCSC-240911-07"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 {N6} 은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply that states a result for a NAVER blog URL (copy-paste slip)",
    why="Kakao cannot act on a NAVER blog post; its statement about another platform's item must be checked",
    items={N6: "pending"},
)

# =================================================================== IGNORED
case(
    name="naver-out-of-office-chuseok",
    date="Fri, 13 Sep 2024 18:00:03 +0900",
    **{"from": "minji.seo@navercorp.com"},
    name_from=enc("서민지"),
    subject=enc("[자동회신] Re: 시정요구 (KCSC-240903-01)"),
    reply_to_req=thread("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 서민지입니다.
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy-support@navercorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="google-out-of-office-en",
    date="Mon, 09 Sep 2024 01:15:44 +0900",
    **{"from": "jaewon.park@google.com"},
    name_from="Jaewon Park",
    subject="Automatic reply: Legal removal request KCSC-240905-03",
    reply_to_req=thread("KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Hi,

I'm out of the office until Monday, September 16, with limited access to
email. For urgent legal requests, please use the legal help centre.

Thanks,
Jaewon
""",
    outcome="ignored", classification="auto_reply",
    imitates="English out-of-office auto-reply from a Google employee",
    why="out-of-office auto-reply",
    items={},
)

dsn_orig = f"""From: KCSC 불법정보 시정요구 <takedown@kcsc.example>
To: tistory-legal@daum.net
Subject: {enc("시정요구")} (KCSC-240911-07)
Message-ID: <kcsc-240911-07@kcsc.example>
Date: Wed, 11 Sep 2024 16:45:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request_lines([TISTORY2_RAW], prefix="")}

요청번호: KCSC-240911-07
"""
case(
    name="daum-dsn-user-unknown",
    date="Wed, 11 Sep 2024 16:45:09 +0900",
    **{"from": "MAILER-DAEMON@mx2.daum.net"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="A1B2C3D4E5.1726040709/mx2.daum.net"

This is a MIME-encapsulated message.

--A1B2C3D4E5.1726040709/mx2.daum.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<tistory-legal@daum.net>: host mailstore.daum.net[203.0.113.44] said: 550
    5.1.1 <tistory-legal@daum.net>: Recipient address rejected: User unknown

--A1B2C3D4E5.1726040709/mx2.daum.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Wed, 11 Sep 2024 16:45:02 +0900

Final-Recipient: rfc822; tistory-legal@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--A1B2C3D4E5.1726040709/mx2.daum.net
Content-Description: Undelivered Message
Content-Type: message/rfc822

{dsn_orig}
--A1B2C3D4E5.1726040709/mx2.daum.net--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request with its body",
    why="delivery failure report; the URL is only in our own returned request",
    items={K7: "pending"},
)

case(
    name="naver-mdn-read",
    date="Tue, 10 Sep 2024 15:32:18 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책"),
    subject=enc("읽음: 시정요구 (KCSC-240910-06)"),
    reply_to_req=thread("KCSC-240910-06"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn_647_naver"

--mdn_647_naver
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: policy@navercorp.com
제목: 시정요구 (KCSC-240910-06)
읽은 시간: 2024-09-10 오후 3:32

--mdn_647_naver
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <kcsc-240910-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_647_naver--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN, displayed)",
    why="read receipt: says nothing about any item",
    items={},
)

case(
    name="kakao-ticket-receipt",
    date="Wed, 04 Sep 2024 11:06:30 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240904-02)"),
    reply_to_req=thread("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 카카오 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
 - 접수번호: #4418-2209
 - 접수일시: 2024-09-04 11:06

영업일 기준 3~5일 이내에 담당자가 확인 후 답변드리겠습니다.
추가 문의는 접수번호와 함께 고객센터로 남겨주세요.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt",
    why="pure receipt with a ticket number: no statement about any item",
    items={},
)

case(
    name="dc-report-receipt",
    date="Fri, 06 Sep 2024 09:31:02 +0900",
    **{"from": "noreply@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    subject="[디시인사이드] 신고가 접수되었습니다",
    reply_to_req=thread("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
디시인사이드 신고센터 자동 안내 메일입니다.

신고가 접수되었습니다. (접수번호 DC-20240906-00731)
접수된 신고는 순서대로 확인하며, 처리 결과는 별도로 안내되지 않을 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside report-centre automatic receipt",
    why="automatic receipt, nothing about items",
    items={},
)

case(
    name="yt-case-id-receipt",
    date="Thu, 05 Sep 2024 14:43:58 +0900",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal",
    subject="[7-3310000048812] Your legal request has been received",
    reply_to_req=thread("KCSC-240905-03"),
    body="""
Hello,

Thank you for your submission. We have received your legal request and
assigned it case ID 7-3310000048812. Please keep this ID for future
correspondence.

Our team will review your request and get back to you.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform receipt with a case ID",
    why="pure acknowledgement with a case ID",
    items={},
)


HEADER = """# Blind set blind647 (Korean platforms): expected results written from each
# email's meaning before the reader was run. Generated by make.py; do not edit.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
