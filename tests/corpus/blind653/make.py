#!/usr/bin/env python3
"""Blind set 653 (Korean): NAVER, Kakao/Daum/Tistory/Brunch, YouTube Korea,
DC Inside and BAND replies written in Korean (and a few in English).

    python3 tests/corpus/blind653/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results below were written from each email's meaning alone, before
the reader was ever run on these emails.
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


def ew(s):
    """RFC 2047 encoded word(s), folded, for Korean headers."""
    words = []
    for i in range(0, len(s), 14):
        chunk = s[i:i + 14].encode("utf-8")
        words.append("=?UTF-8?B?" + base64.b64encode(chunk).decode("ascii") + "?=")
    return "\n ".join(words)


def b64(s):
    data = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
KO_SLUG = "가짜-영상-유포"

N = [
    "https://blog.naver.com/mist_harbor77/223561204418",
    "https://blog.naver.com/mist_harbor77/223561877302",
    "https://blog.naver.com/ondal_sketch/223549930125",
    "https://cafe.naver.com/greyriverclub/48213",
    "https://cafe.naver.com/greyriverclub/48230",
    "https://cafe.naver.com/pebblemarket2/910455",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=472915530",
    "https://blog.naver.com/seoul_ddalgi_x/223570011846",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38811204&memberNo=51077342",
    "https://cafe.naver.com/pebblemarket2/910502",
    "https://blog.naver.com/ondal_sketch/223550017764",
    "https://tv.naver.com/v/58201937",
]
N6 = "https://blog.naver.com/hanok_lantern/223580442917"
K = [
    "https://cafe.daum.net/moonlit-pier/Ab3F/1842",
    "https://cafe.daum.net/moonlit-pier/Ab3F/1857",
    "https://pinefog-diary.tistory.com/entry/" + quote(KO_SLUG),
    "https://brunch.co.kr/@slowtide/212",
    "https://pinefog-diary.tistory.com/88",
]
K3_RAW = "https://pinefog-diary.tistory.com/entry/" + KO_SLUG
K7 = "https://cafe.daum.net/bluecrane0/Gq7z/305"
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8xLk2A",
    "https://www.youtube.com/shorts/Hy7rPz0WcN4",
    "https://www.youtube.com/watch?v=dE9sKu1oB5M",
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120443",
    "https://gall.dcinside.com/mgallery/board/view/?id=aikonpic&no=55102",
    "https://gall.dcinside.com/mgallery/board/view/?id=aikonpic&no=55117",
    "https://gall.dcinside.com/mini/board/view/?id=nightowl9&no=3321",
]
B = [
    "https://band.us/band/81234567/post/402",
    "https://band.us/band/81234567/post/415",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03", "2024-09-10", N, "defamation",
     "largest request: blogs, cafes, KnowledgeiN, Post, NAVER TV"),
    ("KCSC-240904-02", "kakao", "2024-09-04", "2024-09-11", K, "deepfake-sexual-abuse",
     "Daum cafe, Tistory (Korean slug), Brunch"),
    ("KCSC-240905-03", "youtube", "2024-09-05", "2024-09-12", Y, "harassment", ""),
    ("KCSC-240906-04", "dcinside", "2024-09-06", "2024-09-13", D, "privacy",
     "gallery, minor gallery, mini gallery"),
    ("KCSC-240909-05", "band", "2024-09-09", "2024-09-16", B, "illegal-gambling", ""),
    ("KCSC-240910-06", "naver", "2024-09-10", "2024-09-17", [N6], "defamation", "one item"),
    ("KCSC-240911-07", "kakao", "2024-09-11", "2024-09-18", [K7], "drugs", "one item"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            mid = "req-" + ref[5:].lower() + "@kcsc.example"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def req_id(ref):
    return "req-" + ref[5:].lower()


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)

# A quoted copy of our own request (used below reply text).
REQ1_LINES = "\n".join(f"{i}. {u}" for i, u in enumerate(N, 1))

cases = []


def add(**c):
    cases.append(c)


# ====================================================================== NAVER
add(
    name="naver-gongmun-text-table",
    **{"from": "policy@navercorp.com"},
    name_from=ew("네이버 정책협력실"),
    date="Fri, 06 Sep 2024 14:05:31 +0900",
    subject=ew(f"[NAVER] 시정요구({R1}) 조치결과 회신"),
    reply_to_req=req_id(R1),
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 명예훼손 심의 담당자
제목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구({R1}, 2024. 9. 3.)와 관련하여 당사 서비스 내 대상
   게시물 12건의 조치결과를 아래와 같이 회신드립니다.

                              - 아   래 -

 연번 | 대상 URL                                                   | 조치결과
------+------------------------------------------------------------+-----------------------------------
  1   | {N[0]}          | 삭제
  2   | {N[1]}          | 삭제
  3   | {N[2]}           | 임시조치(30일)
  4   | {N[3]}                 | 블라인드
  5   | {N[4]}                 | 게시물 없음(작성자 삭제)
  6   | {N[5]}                | 삭제
  7   | {N[6]} | 삭제
  8   | {N[7]}         | 미조치(운영정책 위반 확인되지 않음)
  9   | {N[8]} | 임시조치(30일)
 10   | {N[9]}                | 삭제
 11   | {N[10]}           | 게시물 없음(존재하지 않는 주소)
 12   | {N[11]}                            | 비공개 처리

3. 연번 8은 게시물에 특정인을 알아볼 수 있는 내용이 없어 당사 운영정책상 조치
   대상이 아니라고 판단하였습니다. 다른 의견이 있으시면 알려 주시기 바랍니다.
4. 임시조치 게시물은 30일이 지나도록 게시자의 재게시 요청이 없으면 삭제됩니다.  끝.

네이버 주식회사 정책협력실
""",
    outcome="applied",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with a numbered text table",
    why="trusted NAVER reply listing every item with its result: 삭제/블라인드/비공개=removed, 임시조치=restricted, 게시물 없음=not_found, 미조치(위반 없음)=rejected",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed",
           N[4]: "not_found", N[5]: "removed", N[6]: "removed", N[7]: "rejected",
           N[8]: "restricted", N[9]: "removed", N[10]: "not_found", N[11]: "removed"},
)


def amp(u):
    return u.replace("&", "&amp;")


_t2 = [(N[1], "삭제", "2024-09-08"), (N[3], "임시조치(30일)", "2024-09-08"),
       (N[5], "삭제", "2024-09-09"), (N[9], "유지(위반사항 없음)", "-")]
_plain2 = (f"안녕하세요. 네이버 정책협력실입니다.\n\n시정요구 {R1} 중 아래 게시물의 조치결과를 회신드립니다.\n\n"
           + "\n".join(f"{i}. {u} : {r} ({d})" for i, (u, r, d) in enumerate(_t2, 1))
           + "\n\n4번 게시물은 검토 결과 운영정책에 어긋나는 내용이 확인되지 않아 게시를 유지합니다.\n"
           "나머지 게시물은 확인이 끝나는 대로 회신드리겠습니다.\n\n네이버 정책협력실 드림\n")
_html2 = ("<html><body style=\"font-family:'Malgun Gothic',sans-serif;font-size:13px\">\n"
          "<p>안녕하세요. 네이버 정책협력실입니다.</p>\n"
          f"<p>시정요구 <b>{R1}</b> 중 아래 게시물의 조치결과를 회신드립니다.</p>\n"
          "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n"
          "<tr><th>No.</th><th>게시물 URL</th><th>조치결과</th><th>조치일</th></tr>\n"
          + "\n".join(f"<tr><td>{i}</td><td><a href=\"{amp(u)}\">{amp(u)}</a></td><td>{r}</td><td>{d}</td></tr>"
                      for i, (u, r, d) in enumerate(_t2, 1))
          + "\n</table>\n<p>4번 게시물은 검토 결과 운영정책에 어긋나는 내용이 확인되지 않아 게시를 유지합니다.<br>\n"
          "나머지 게시물은 확인이 끝나는 대로 회신드리겠습니다.</p>\n<p>네이버 정책협력실 드림</p>\n</body></html>\n")
add(
    name="naver-html-table-qp",
    **{"from": "policy@navercorp.com"},
    name_from=ew("네이버 정책협력실"),
    date="Mon, 09 Sep 2024 11:20:02 +0900",
    subject=ew(f"RE: [{R1}] 조치결과 회신 (1차)"),
    reply_to_req=req_id(R1),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="b653-nv-alt"

--b653-nv-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_plain2)}
--b653-nv-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_html2)}
--b653-nv-alt--
""",
    outcome="applied",
    imitates="NAVER partial result reply as an HTML table (multipart/alternative, quoted-printable)",
    why="four items each with a result cell: 삭제=removed, 임시조치=restricted, 유지(위반사항 없음)=rejected",
    items={N[1]: "removed", N[3]: "restricted", N[5]: "removed", N[9]: "rejected"},
)

_csv3 = ("\ufeff번호,URL,조치내용,조치일자\n"
         f"1,\"{N[6]}\",삭제,2024-09-10\n"
         f"2,{N[7]},삭제,2024-09-10\n"
         f"3,\"{N[8]}\",접근제한(국내),2024-09-10\n"
         f"4,{N[10]},게시물 없음,-\n"
         f"5,{N[11]},비공개 처리,2024-09-11\n")
add(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from=ew("네이버 정책협력실"),
    date="Wed, 11 Sep 2024 16:42:18 +0900",
    subject=ew(f"[{R1}] 조치결과 송부 (첨부 참조)"),
    reply_to_req=req_id(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b653-nv-mixed"

--b653-nv-mixed
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("안녕하세요. 네이버 정책협력실입니다." + chr(10) + chr(10) + f"시정요구 {R1} 건 중 남은 게시물 5건의 조치 내역을 첨부 파일로 보내드립니다." + chr(10) + "확인 부탁드립니다." + chr(10) + chr(10) + "정책협력실 박서진 드림" + chr(10))}
--b653-nv-mixed
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(_csv3)}
--b653-nv-mixed--
""",
    outcome="applied",
    imitates="NAVER 조치결과 sent as an Excel-exported CSV attachment (UTF-8 with BOM)",
    why="CSV rows give each item's result: 삭제/비공개 처리=removed, 접근제한(국내)=restricted, 게시물 없음=not_found",
    items={N[6]: "removed", N[7]: "removed", N[8]: "restricted", N[10]: "not_found", N[11]: "removed"},
)

add(
    name="naver-cafe-informal-particles",
    **{"from": "cafe-support@navercorp.com"},
    name_from=ew("김하람"),
    date="Thu, 05 Sep 2024 10:03:47 +0900",
    subject=ew(f"Re: [{R1}] 카페 게시글 건"),
    reply_to_req=req_id(R1),
    body=f"""
안녕하세요, 네이버 카페 운영지원 담당 김하람입니다.

위원회에서 주신 건({R1}) 중 카페 게시글 두 개 먼저 말씀드릴게요.
{N[3]}은 오늘 오전에 블라인드 처리했습니다.
{N[4]}은 확인해 보니 작성자가 이미 지운 글이라 저희 쪽에서도 조회가 안 됩니다.

나머지 카페 글(pebblemarket2)은 카페 매니저와 확인 중이라 정리되면 따로 연락드리겠습니다.

감사합니다.
김하람 드림
""",
    outcome="applied",
    imitates="informal reply from a NAVER cafe operations employee, URLs followed directly by Korean particles",
    why="48213 blinded (removed); 48230 already deleted by its author (not_found); the other cafe posts are only promised",
    items={N[3]: "removed", N[4]: "not_found"},
)

add(
    name="naver-one-item-sole",
    **{"from": "blog-cs@navercorp.com"},
    name_from=ew("네이버 블로그 고객센터"),
    date="Thu, 12 Sep 2024 09:31:05 +0900",
    subject=ew(f"RE: [{R6}] 게시물 삭제 요청"),
    reply_to_req=req_id(R6),
    body="""
안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 게시물을 확인한 결과 블로그 운영정책의 권리침해 게시물에 해당하여
삭제 조치를 완료하였습니다.

이용해 주셔서 감사합니다.
""",
    outcome="applied",
    imitates="NAVER blog customer-centre one-line result notice with no URL",
    why="one-item request, unhedged 삭제 조치를 완료: the request's only item is removed",
    items={N6: "removed"},
)

add(
    name="naver-top-posted-over-original",
    **{"from": "policy@navercorp.com"},
    name_from=ew("이도윤"),
    date="Wed, 04 Sep 2024 18:12:40 +0900",
    subject=ew(f"RE: [{R1}] 불법정보 시정요구 (12건)"),
    reply_to_req=req_id(R1),
    body=f"""
안녕하세요. 요청 건 일부 처리 결과 먼저 공유드립니다.

- {N[0]} : 삭제 완료
- {N[2]} : 권리침해 여부 판단이 어려워 30일 임시조치

나머지는 확인되는 대로 회신드리겠습니다.

네이버 정책협력실 이도윤

-----Original Message-----
From: "KCSC 통신심의"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-03 (화) 17:40:12 (GMT+09:00)
Subject: [{R1}] 불법정보 시정요구 (12건)

안녕하십니까, 방송통신심의위원회입니다.
아래 게시물 12건은 심의 결과 명예훼손 정보에 해당하여 삭제를 요구합니다.

{REQ1_LINES}

조치 후 결과를 2024. 9. 10.까지 회신하여 주시기 바랍니다.
""",
    outcome="applied",
    imitates="Korean webmail (NAVER Works style) top-posted reply above the full original request",
    why="two items stated above the quote (removed, 임시조치=restricted); the quoted request below -----Original Message----- states nothing",
    items={N[0]: "removed", N[2]: "restricted"},
)

add(
    name="naver-statement-then-url-below",
    **{"from": "report@naver.com"},
    name_from=ew("NAVER 신고센터"),
    date="Sat, 07 Sep 2024 13:55:09 +0900",
    subject=ew(f"[NAVER 신고센터] {R1} 처리결과 안내"),
    body=f"""
안녕하세요, NAVER 신고센터입니다.

{R1} 건 중 아래 게시물은 운영정책(불법 거래 게시물) 위반이 확인되어 삭제하였습니다.
{N[5]}

아래 게시물은 검토 결과 위반 사항이 확인되지 않아 게시를 유지합니다.
{N[7]}

판단 기준은 네이버 운영정책(https://policy.naver.com/policy/service.html)을 참고해 주세요.

NAVER 신고센터 드림
""",
    outcome="applied",
    imitates="NAVER 신고센터 result notice, statement line with the URL on the line below it",
    why="910455 removed; seoul_ddalgi_x post kept as not violating (rejected); policy link is not an item",
    items={N[5]: "removed", N[7]: "rejected"},
)

add(
    name="naver-bare-url-arrow-status",
    **{"from": "kin-cs@navercorp.com"},
    name_from="NAVER",
    date="Tue, 10 Sep 2024 15:08:27 +0900",
    subject=ew(f"[{R1}] 지식iN/포스트 처리결과"),
    reply_to_req=req_id(R1),
    body=f"""
[처리결과]

{N[6]}
→ 삭제 (지식iN 운영원칙 위반)

{N[8]}
→ 임시조치 (국내 접근 제한, 30일)

문의사항은 본 메일로 회신 주세요.
""",
    outcome="applied",
    imitates="terse NAVER operator reply: bare URL, result on the line below with an arrow",
    why="KnowledgeiN answer deleted (removed); Post 임시조치/국내 접근 제한 (restricted)",
    items={N[6]: "removed", N[8]: "restricted"},
)

add(
    name="naver-english-angle-brackets",
    **{"from": "trustsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Fri, 13 Sep 2024 17:30:00 +0900",
    subject=f"Re: {R1} - outcome for NAVER TV and blog items",
    reply_to_req=req_id(R1),
    body=f"""
Dear KCSC team,

Regarding your request {R1}, the video <{N[11]}> has been
removed from NAVER TV for violating our community guidelines. The channel owner
has been notified.

The blog address <{N[10]}> could not be found on
our service; it does not correspond to any existing post.

Our content policies are available at <https://policy.naver.com/>.

Regards,
NAVER Trust & Safety
""",
    outcome="applied",
    imitates="NAVER global Trust & Safety reply in English with URLs in angle brackets",
    why="NAVER TV video removed; blog address does not exist (not_found); policy link not an item",
    items={N[11]: "removed", N[10]: "not_found"},
)

add(
    name="naver-ack-plus-statement",
    **{"from": "help@navercorp.com"},
    name_from=ew("네이버 고객센터"),
    date="Thu, 05 Sep 2024 09:12:44 +0900",
    subject=ew(f"[네이버 고객센터] {R1} 접수 및 1차 처리 안내"),
    reply_to_req=req_id(R1),
    body=f"""
안녕하세요. 네이버 고객센터입니다.
보내주신 시정요구({R1})는 접수번호 NV-0905-20417로 접수되었습니다.

접수 건 중 {N[9]} 게시글은 불법 거래 게시물로 확인되어
즉시 블라인드 처리하였습니다.
나머지 게시물은 담당 부서 검토 후 순차적으로 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER help-centre receipt that also reports one immediate 블라인드",
    why="an acknowledgement phrase plus an unhedged item statement is not a pure acknowledgement: 910502 removed",
    items={N[9]: "removed"},
)

add(
    name="naver-gmail-quoted-promise",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from=ew("한지우"),
    date="Mon, 09 Sep 2024 20:47:13 +0900",
    subject=ew(f"Re: [{R1}] 불법정보 시정요구 (12건)"),
    reply_to_req=req_id(R1),
    body=f"""
안녕하세요,
{N[1]} 은 삭제했습니다.
{N[10]} 은 법무 검토가 필요해서 아직 결정되지 않았어요. 결과 나오면 다시 연락드릴게요.

2024년 9월 3일 (화) 오후 5:40, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
> 아래 게시물 12건은 심의 결과 명예훼손 정보에 해당하여 삭제를 요구합니다.
>
""" + "\n".join("> " + l for l in REQ1_LINES.split("\n")) + """
>
> 조치 후 결과를 2024. 9. 10.까지 회신하여 주시기 바랍니다.
""",
    outcome="applied",
    imitates="Gmail-style Korean reply (님이 작성:) from a NAVER employee over the quoted request",
    why="one item deleted (removed); the other explicitly undecided stays pending; '>' quoted lines state nothing",
    items={N[1]: "removed", N[10]: "pending"},
)

# ====================================================================== Kakao
_k10 = f"""방송통신심의위원회 귀중

주식회사 카카오 권리침해신고센터입니다.
귀 위원회의 2024년 9월 4일자 시정요구({R2})에 대한 조치 결과를 다음과 같이 알려드립니다.

1) {K[0]}
   - 조치: 게시중단(삭제)
2) {K[1]}
   - 조치: 임시조치(30일간 접근 차단)
3) {K3_RAW}
   - 조치: 삭제
4) {K[3]}
   - 조치: 미조치. 검토 결과 브런치 운영정책 위반 사항이 없어 게시를 유지합니다.
5) {K[4]}
   - 조치: 해당 없음. 조치 이전에 작성자가 스스로 삭제한 게시물입니다.

문의: right@kakaocorp.com
카카오 권리침해신고센터
"""
add(
    name="kakao-gongmun-numbered-base64",
    **{"from": "right@kakaocorp.com"},
    name_from=ew("카카오 권리침해신고센터"),
    date="Mon, 09 Sep 2024 10:40:55 +0900",
    subject=ew(f"[카카오] {R2} 시정요구 조치결과 안내"),
    reply_to_req=req_id(R2),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_k10)}
""",
    outcome="applied",
    imitates="Kakao 권리침해신고센터 formal result notice, numbered list, base64 body, raw Korean Tistory path",
    why="게시중단(삭제)=removed, 임시조치=restricted, raw Korean slug=removed, Brunch kept=rejected, deleted by author=not_found",
    items={K[0]: "removed", K[1]: "restricted", K[2]: "removed", K[3]: "rejected", K[4]: "not_found"},
)

add(
    name="kakao-tistory-informal-korean-path",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from=ew("티스토리 운영팀"),
    date="Fri, 06 Sep 2024 19:02:31 +0900",
    subject=ew(f"Re: [{R2}] 티스토리 게시물 관련"),
    reply_to_req=req_id(R2),
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

말씀하신 {K3_RAW} 글은 운영자 권한으로 비공개 처리했습니다. 블로그 주인에게도 안내 메일 보냈고요.
같은 블로그의 {K[4]} 글도 함께 비공개 처리했습니다.

티스토리 운영팀 드림
""",
    outcome="applied",
    imitates="informal Tistory operations reply, Korean-path URL written raw",
    why="both Tistory posts made private by the operator (비공개 처리 = removed); the raw path matches the percent-encoded request URL",
    items={K[2]: "removed", K[4]: "removed"},
)

add(
    name="kakao-daum-cafe-bullets",
    **{"from": "cafe-cs@daum.net"},
    name_from=ew("Daum 카페 고객센터"),
    date="Sat, 07 Sep 2024 11:15:20 +0900",
    subject=ew(f"[Daum 카페] {R2} 게시글 처리 결과"),
    body=f"""
Daum 카페 고객센터입니다.

[{R2}] 관련 카페 게시글 처리 결과입니다.

• {K[0]} — 카페 운영정책 위반으로 삭제
• {K[1]} — 삭제

해당 카페(moonlit-pier)는 반복 위반으로 검색 노출도 제한되었습니다.
""",
    outcome="applied",
    imitates="Daum cafe customer-centre result with bullet points and em dashes",
    why="both cafe posts deleted; the cafe-level search limit names no requested item",
    items={K[0]: "removed", K[1]: "removed"},
)

add(
    name="kakao-one-item-rejected",
    **{"from": "cs@kakaocorp.com"},
    name_from=ew("카카오 고객센터"),
    date="Fri, 13 Sep 2024 14:22:10 +0900",
    subject=ew(f"[카카오 고객센터] {R7} 검토 결과 안내"),
    reply_to_req=req_id(R7),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

신고하신 Daum 카페 게시글({K7})을 검토한 결과,
게시물 내용이 카페 운영정책 및 관련 법령에 위반된다고 보기 어려워 별도의 조치를 취하지 않았습니다.

법원 판결문 등 추가 자료가 있으시면 다시 접수해 주세요.

감사합니다.
""",
    outcome="applied",
    imitates="Kakao customer-centre refusal with its reason, URL inside parentheses",
    why="reviewed and left up because no rule or law is broken: rejected",
    items={K7: "rejected"},
)

add(
    name="kakao-outlook-quoted",
    **{"from": "right@kakaocorp.com"},
    name_from=ew("카카오 권리침해신고센터"),
    date="Tue, 10 Sep 2024 16:05:48 +0900",
    subject=ew(f"RE: [{R2}] 불법정보 시정요구 (5건)"),
    reply_to_req=req_id(R2),
    body=f"""
안녕하세요. 카카오 권리침해신고센터 정민호입니다.

추가로 확인된 두 건 알려드립니다.
{K[3]} 글은 작가가 스스로 삭제하여 현재 존재하지 않습니다.
{K[4]} 글은 오늘 삭제 조치했습니다.

-----Original Message-----
From: "KCSC 통신심의"<takedown@kcsc.example>
To: <right@kakaocorp.com>
Sent: 2024-09-04 (수) 16:20:11 (GMT+09:00)
Subject: [{R2}] 불법정보 시정요구 (5건)

안녕하십니까. 아래 게시물 5건의 삭제를 요구합니다.
1. {K[0]}
2. {K[1]}
3. {K[2]}
4. {K[3]}
5. {K[4]}
""",
    outcome="applied",
    imitates="Outlook-style top-posted Kakao reply above the quoted original request",
    why="Brunch post deleted by its author (not_found); Tistory post deleted (removed); the quoted request states nothing",
    items={K[3]: "not_found", K[4]: "removed"},
)

# ==================================================================== YouTube
add(
    name="yt-korean-three-headings",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=ew("YouTube 법률지원팀"),
    date="Tue, 10 Sep 2024 08:14:02 +0900",
    subject=ew(f"[YouTube] 법적 요청 {R3} 검토 결과"),
    reply_to_req=req_id(R3),
    body=f"""
안녕하세요.

YouTube 법률지원팀입니다. 귀하의 요청({R3})을 검토한 결과를 알려드립니다.

■ 대한민국 내 접근 제한
{Y[0]}
현지 법률에 따라 이 동영상은 대한민국에서 볼 수 없도록 차단했습니다.

■ 삭제
{Y[1]}
이 콘텐츠는 YouTube 커뮤니티 가이드를 위반하여 삭제되었습니다.

■ 조치하지 않음
{Y[2]}
검토 결과 이 동영상은 커뮤니티 가이드나 현지 법률에 위반되지 않는 것으로 판단되어 게시 상태를 유지합니다.

YouTube 법률지원팀
""",
    outcome="applied",
    imitates="YouTube legal outcome notice in Korean with headed sections (local block / removal / no action)",
    why="Korea-only block=restricted, removed for guidelines=removed, no action because not violating=rejected",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected"},
)

add(
    name="yt-english-age-restricted",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:40:19 +0900",
    subject=f"Re: Legal request {R3}",
    reply_to_req=req_id(R3),
    body=f"""
Hello,

Thanks for your patience. Following our review of your request {R3}:

- {Y[2]} has been age-restricted. It remains
  available to signed-in adult viewers but is no longer shown to viewers under 18.
- https://youtube.com/shorts/Hy7rPz0WcN4 is no longer available on YouTube. The
  uploader deleted it before our review, so no action was needed on our side.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal team reply in English: age restriction and uploader-deleted video",
    why="age restriction=restricted; deleted by the uploader before review=not_found (URL written without www)",
    items={Y[2]: "restricted", Y[1]: "not_found"},
)

add(
    name="yt-statement-of-reasons-korean",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=ew("YouTube 법률지원팀"),
    date="Thu, 12 Sep 2024 12:00:07 +0900",
    subject=ew(f"[YouTube] 조치 내역서 - {R3}"),
    reply_to_req=req_id(R3),
    body=f"""
[조치 내역서]

요청 번호: {R3}
대상 콘텐츠: {Y[0]}
결정: 콘텐츠 삭제
적용 범위: 전 세계
근거: YouTube 커뮤니티 가이드 (괴롭힘 및 사이버 폭력)
자동화 수단 사용: 검토자 판단 (자동 탐지 아님)
이의 제기 안내: https://support.google.com/youtube/answer/185111

이 내역서는 귀하의 요청에 따라 취해진 조치를 기록한 것입니다.
""",
    outcome="applied",
    imitates="DSA-style statement of reasons rendered in Korean by YouTube (field: value lines)",
    why="decision 콘텐츠 삭제 worldwide for the one named video: removed; support link is not an item",
    items={Y[0]: "removed"},
)

# ================================================================= DC Inside
add(
    name="dc-informal-list",
    **{"from": "help@dcinside.com"},
    name_from=ew("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 13:47:51 +0900",
    subject=ew(f"Re: [{R4}] 게시물 삭제 요청"),
    reply_to_req=req_id(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청 주신 게시물 처리 결과 전달드립니다.

- {D[0]}
  삭제 + 작성자 IP 차단 처리
- {D[1]}
  삭제
- {D[2]}
  이미 작성자가 삭제한 글입니다
- {D[3]}
  미니갤 매니저가 먼저 삭제했습니다

수고하세요.
""",
    outcome="applied",
    imitates="DC Inside operator reply: dashed list, status on the indented line below each URL",
    why="deleted (removed) x2; deleted by its author (not_found); deleted by the mini-gallery manager, a moderator (removed)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found", D[3]: "removed"},
)

_h17 = ("<div style=\"font-size:12px\">디시인사이드 운영팀입니다.<br><br>"
        f"요청번호 {R4} 처리 결과입니다.<br><br>\n"
        "<table style=\"border-collapse:collapse\" border=\"1\">\n"
        "<tr><td>갤러리</td><td>글번호</td><td>주소</td><td>처리</td></tr>\n"
        f"<tr><td>주식 갤러리</td><td>9120443</td><td>{amp(D[0])}</td><td>삭제</td></tr>\n"
        f"<tr><td>aikonpic 마이너 갤러리</td><td>55102</td><td>{amp(D[1])}</td><td>삭제</td></tr>\n"
        f"<tr><td>aikonpic 마이너 갤러리</td><td>55117</td><td>{amp(D[2])}</td><td>유지 (규정 위반 아님)</td></tr>\n"
        "</table><br>\n감사합니다.</div>\n")
add(
    name="dc-html-only-table",
    **{"from": "help@dcinside.com"},
    name_from=ew("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 10:25:33 +0900",
    subject=ew(f"[디시인사이드] {R4} 처리 결과"),
    reply_to_req=req_id(R4),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_h17)}
""",
    outcome="applied",
    imitates="DC Inside HTML-only result table (base64), URLs as plain cell text",
    why="two posts deleted (removed); 55117 kept as not breaking the rules (rejected)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "rejected"},
)

_p18 = (f"안녕하세요. 디시인사이드 운영팀입니다. 요청하신 건({R4}) 중 {D[2]} 글은 운영자 권한으로 삭제했습니다.\n"
        f"그리고 {D[3]} 글은 조회해 보면 존재하지 않는 글 번호로 나옵니다. 주소를 다시 한 번 확인해 주세요.\n\n"
        "디시인사이드 운영팀\n")
add(
    name="dc-qp-soft-breaks",
    **{"from": "help@dcinside.com"},
    name_from=ew("디시인사이드 운영팀"),
    date="Wed, 11 Sep 2024 17:18:09 +0900",
    subject=ew(f"Re: [{R4}] 추가 처리 결과"),
    reply_to_req=req_id(R4),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_p18)}
""",
    outcome="applied",
    imitates="DC Inside reply in quoted-printable with soft line breaks falling inside long lines and URLs",
    why="55117 deleted by the operator (removed); the mini-gallery post number does not exist (not_found)",
    items={D[2]: "removed", D[3]: "not_found"},
)

add(
    name="dc-fullwidth-paren-particle",
    **{"from": "help@dcinside.com"},
    name_from=ew("디시인사이드 운영팀"),
    date="Sat, 07 Sep 2024 22:41:16 +0900",
    subject=ew(f"Re: [{R4}] 게시물 삭제 요청"),
    reply_to_req=req_id(R4),
    body=f"""
디시인사이드 운영팀입니다.

요청하신 게시글（{D[0]}）은 개인정보 노출로 삭제 처리되었습니다.
{D[1]}도 같은 사유로 삭제했습니다.

나머지 두 건은 확인 후 말씀드리겠습니다.
""",
    outcome="applied",
    imitates="DC Inside reply typed with a Korean IME: full-width parentheses around a URL, particle 도 glued to a URL",
    why="both named posts deleted (removed); the other two only promised",
    items={D[0]: "removed", D[1]: "removed"},
)

# ====================================================================== BAND
add(
    name="band-two-sentences",
    **{"from": "safety@band.us"},
    name_from=ew("BAND 운영팀"),
    date="Wed, 11 Sep 2024 11:11:45 +0900",
    subject=ew(f"[BAND] {R5} 요청 처리 안내"),
    reply_to_req=req_id(R5),
    body=f"""
안녕하세요. BAND 운영팀입니다.

방송통신심의위원회에서 요청하신({R5}) 게시글 2건에 대해 안내드립니다.

첫 번째 게시글 {B[0]} 은 BAND 운영정책(불법 도박 홍보) 위반으로 삭제되었습니다.
두 번째 게시글 {B[1]} 은 작성자가 이미 삭제하여 더 이상 존재하지 않습니다.

BAND 운영팀 드림
""",
    outcome="applied",
    imitates="BAND operations notice, one sentence per post",
    why="post 402 removed for gambling promotion; post 415 already deleted by its author (not_found)",
    items={B[0]: "removed", B[1]: "not_found"},
)

_h20 = ("<p>안녕하세요. BAND 운영팀입니다.</p>\n"
        f"<p>요청번호 {R5}의 처리 결과를 알려드립니다.</p>\n"
        "<table border=\"1\" cellpadding=\"3\">\n<tr><th>게시글</th><th>결과</th><th>사유</th></tr>\n"
        f"<tr><td><a href=\"{B[0]}\">{B[0]}</a></td><td>삭제</td><td>불법 도박 사이트 홍보</td></tr>\n"
        f"<tr><td><a href=\"{B[1]}\">{B[1]}</a></td><td>유지</td><td>운영정책 위반 사항 없음 (일반 모임 공지)</td></tr>\n"
        "</table>\n<p>BAND 운영팀 드림</p>\n")
add(
    name="band-html-qp-table",
    **{"from": "safety@band.us"},
    name_from=ew("BAND 운영팀"),
    date="Thu, 12 Sep 2024 15:37:02 +0900",
    subject=ew(f"[BAND] {R5} 처리 결과"),
    reply_to_req=req_id(R5),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_h20)}
""",
    outcome="applied",
    imitates="BAND HTML result table, quoted-printable",
    why="402 deleted (removed); 415 kept, no policy violation (rejected)",
    items={B[0]: "removed", B[1]: "rejected"},
)

# ==================================================================== review
add(
    name="naver-under-legal-review",
    **{"from": "policy@navercorp.com"},
    name_from=ew("네이버 정책협력실"),
    date="Thu, 05 Sep 2024 15:48:22 +0900",
    subject=ew(f"RE: [{R1}] 일부 건 검토 중 안내"),
    reply_to_req=req_id(R1),
    body=f"""
안녕하세요. 네이버 정책협력실입니다.

시정요구({R1}) 중 아래 두 건은 현재 법무 검토 중이며, 검토가 끝나는 대로
조치 후 결과를 회신드릴 예정입니다.

1. {N[0]}
2. {N[2]}

처리가 늦어지는 점 양해 부탁드립니다.
""",
    outcome="review",
    review="not_understood",
    imitates="NAVER 'under legal review, will act and report' interim reply",
    why="names two items but only promises action: no statement, items stay pending",
    items={N[0]: "pending", N[2]: "pending"},
)

add(
    name="kakao-hedge-seems-deleted",
    **{"from": "cafe-cs@daum.net"},
    name_from=ew("Daum 카페 고객센터"),
    date="Fri, 06 Sep 2024 10:52:37 +0900",
    subject=ew(f"Re: [{R2}] 카페 게시글 문의"),
    reply_to_req=req_id(R2),
    body=f"""
안녕하세요, Daum 카페 고객센터입니다.

문의하신 {K[0]} 게시글은 현재 조회되지 않는 것으로 보아
이미 삭제된 것으로 보입니다. 다만 카페 매니저가 게시글을 숨김 처리했을 가능성도 있어
정확한 상태는 확인 후 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Daum cafe help-desk reply hedging about a post's state (~것으로 보입니다)",
    why="'seems already deleted' with an explicit doubt and a promise to confirm is a hedge, not a statement",
    items={K[0]: "pending"},
)

add(
    name="band-bulk-all-deleted",
    **{"from": "safety@band.us"},
    name_from=ew("BAND 운영팀"),
    date="Tue, 10 Sep 2024 18:20:14 +0900",
    subject=ew(f"[BAND] {R5} 처리 완료"),
    reply_to_req=req_id(R5),
    body=f"""
안녕하세요. BAND 운영팀입니다.

요청하신({R5}) 게시글 2건 모두 운영정책 위반으로 삭제 처리하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="BAND short 'all reported posts deleted' confirmation",
    why="one statement about both items of a two-item request without naming either: bulk, items pending",
    items={B[0]: "pending", B[1]: "pending"},
)

add(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"},
    name_from=ew("네이버 정책협력실"),
    date="Tue, 17 Sep 2024 10:05:00 +0900",
    subject=ew(f"[NAVER] {R1} 조치 완료 보고"),
    reply_to_req=req_id(R1),
    body=f"""
안녕하세요. 네이버 정책협력실입니다.

시정요구 {R1}의 대상 게시물 12건 전부에 대해 삭제 조치를 완료하였습니다.
건별 상세 내역은 별도 공문으로 송부드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="NAVER summary 'all 12 items done, details to follow by 공문'",
    why="statement about all twelve items without naming each: bulk, all pending",
    items={u: "pending" for u in N},
)

add(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from=ew("네이버 정책협력실"),
    date="Sun, 08 Sep 2024 03:14:59 +0900",
    subject=ew(f"[{R1}] 처리결과"),
    body=f"""
안녕하세요 네이버 정책협력실입니다.
{R1} 건 처리결과입니다.

{N[5]} 삭제
{N[9]} 삭제
""",
    outcome="review",
    review="untrusted",
    imitates="short result mail claiming to be NAVER but failing DKIM/SPF/DMARC",
    why="NAVER domain with failed authentication: statements not applied",
    items={N[5]: "pending", N[9]: "pending"},
)

add(
    name="blogger-gmail-self-deleted",
    **{"from": "ondal.sketch.blog@gmail.com"},
    name_from=ew("온달"),
    date="Sat, 07 Sep 2024 21:33:12 +0900",
    subject=ew("방심위 요청 관련 블로그 글 삭제했습니다"),
    body=f"""
안녕하세요. 네이버 블로그 ondal_sketch 운영자입니다.
방심위에서 제 글 {N[2]} 에 대해 요청이 있었다는 연락을 받고
해당 글은 제가 직접 삭제했습니다. 확인 부탁드립니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="a blogger writing from a personal Gmail address about their own post",
    why="not a platform domain: the claim is kept for review, item stays pending",
    items={N[2]: "pending"},
)

add(
    name="kakao-search-excludes-naver-url",
    **{"from": "search-cs@kakaocorp.com"},
    name_from=ew("Daum 검색 담당자"),
    date="Fri, 13 Sep 2024 11:45:26 +0900",
    subject=ew(f"[Daum 검색] {R6} 검색 결과 삭제 안내"),
    body=f"""
안녕하세요, Daum 검색 서비스 담당자입니다.

방송통신심의위원회 요청({R6})에 따라 아래 URL을 Daum 검색 결과에서 삭제하였습니다.
{N6}

원문 게시물은 네이버 블로그에 있으므로 게시물 자체의 삭제는 네이버에 요청해 주셔야 합니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="Daum search 'removed from our search results' notice about a NAVER blog URL",
    why="Kakao speaks about a NAVER item (and only about its own search index): not applied",
    items={N6: "pending"},
)

add(
    name="kakao-asks-for-documents",
    **{"from": "right@kakaocorp.com"},
    name_from=ew("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 17:26:40 +0900",
    subject=ew(f"[카카오] {R2} 추가 자료 요청"),
    reply_to_req=req_id(R2),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 시정요구({R2})와 관련하여 아래 게시물의 처리를 위해 추가 자료가 필요합니다.
- {K[0]}
- {K[1]}

위 두 게시물은 비공개 카페에 있어 저희가 내용을 바로 확인하기 어렵습니다.
게시물 화면 캡처본과 시정요구 결정서 사본을 회신 메일에 첨부해 주시기 바랍니다.
자료를 받는 대로 검토를 진행하겠습니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Kakao request for supporting documents (capture + 결정서) before acting",
    why="the platform asks the regulator for documents; nothing stated about the items",
    items={K[0]: "pending", K[1]: "pending"},
)

add(
    name="dc-conditional-after-appeal",
    **{"from": "help@dcinside.com"},
    name_from=ew("디시인사이드 운영팀"),
    date="Sun, 08 Sep 2024 14:09:03 +0900",
    subject=ew(f"Re: [{R4}] 게시물 삭제 요청"),
    reply_to_req=req_id(R4),
    body=f"""
디시 운영팀입니다.

{D[0]}
{D[1]}

위 두 글은 작성자에게 소명 요청을 보냈고, 7일 안에 소명이 없으면 삭제 처리할 예정입니다.
결과는 다시 알려드릴게요.
""",
    outcome="review",
    review="not_understood",
    imitates="DC Inside conditional reply: deletion only if the author does not answer within 7 days",
    why="a condition and a promise, no statement: items pending",
    items={D[0]: "pending", D[1]: "pending"},
)

add(
    name="naver-channel-change-notice",
    **{"from": "policy@navercorp.com"},
    name_from=ew("네이버 정책협력실"),
    date="Wed, 18 Sep 2024 09:00:00 +0900",
    subject=ew("[NAVER] 공공기관 요청 접수 창구 변경 안내"),
    body="""
안녕하세요. 네이버 정책협력실입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청은 전용 접수 시스템
(https://govrequest.navercorp.example/)으로 받고 있습니다.
기존 메일 주소로 보내주신 요청도 당분간 함께 처리하오니 참고 부탁드립니다.

감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="NAVER notice about a new intake channel for public-agency requests",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

add(
    name="yt-hedge-may-have",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:58:41 +0900",
    subject=f"Re: Legal request {R3}",
    reply_to_req=req_id(R3),
    body=f"""
Hi,

Thanks for following up on {R3}. It looks like
{Y[0]} may already have been taken down by the
uploader, but we still need to confirm this with our internal tools. We'll
update you once the check is complete.

Best,
YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal support interim reply hedging about an uploader deletion",
    why="'may already have been taken down' plus 'need to confirm' is a hedge: pending",
    items={Y[0]: "pending"},
)

# =================================================================== ignored
add(
    name="naver-ooo-chuseok",
    **{"from": "doyoon.lee@navercorp.com"},
    name_from=ew("이도윤"),
    date="Fri, 13 Sep 2024 08:01:12 +0900",
    subject=ew(f"[자동응답] Re: [{R1}] 불법정보 시정요구 (12건)"),
    reply_to_req=req_id(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 이도윤입니다.
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책협력실 대표 메일(policy@navercorp.com)로 보내 주시면 담당자가 확인하겠습니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply: ignored",
    items={},
)

_dsn_orig = (f"안녕하십니까. 아래 게시물 5건의 삭제를 요구합니다.\n"
             + "\n".join(f"{i}. {u}" for i, u in enumerate(K, 1)) + "\n")
add(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 16:20:19 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b653-dsn"

--b653-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-kcsc@kakaocorp.com>: host store3.kakaocorp.com[203.0.113.41] said:
    550 5.1.1 <right-kcsc@kakaocorp.com>: Recipient address rejected: User
    unknown in virtual mailbox table

--b653-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Wed,  4 Sep 2024 16:20:12 +0900

Final-Recipient: rfc822; right-kcsc@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b653-dsn
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: right-kcsc@kakaocorp.com
Subject: [{R2}] illegal information correction request (5 items)
Date: Wed, 04 Sep 2024 16:20:11 +0900
Message-ID: <{req_id(R2)}-cc@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_dsn_orig}
--b653-dsn--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (5.1.1 user unknown) returning our request copy with its URLs",
    why="delivery failure report: ignored even though the returned request lists URLs",
    items={},
)

add(
    name="dc-read-receipt",
    **{"from": "help@dcinside.com"},
    name_from=ew("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 10:12:30 +0900",
    subject=ew(f"읽음 확인: [{R4}] 게시물 삭제 요청"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b653-mdn"

--b653-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[{R4}] 게시물 삭제 요청"을 수신자가 2024-09-09 10:12에 읽었습니다.

--b653-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; help@dcinside.com
Original-Message-ID: <{req_id(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b653-mdn--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, MDN)",
    why="read receipt: ignored",
    items={},
)

add(
    name="yt-ticket-receipt",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Thu, 05 Sep 2024 18:03:55 +0900",
    subject=f"Your legal request to YouTube [{R3}] - Reference 7-4419028871000",
    reply_to_req=req_id(R3),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thanks for contacting YouTube. We've received your request and created
reference number 7-4419028871000. Please keep this number in the subject
line of any further correspondence about this request.

Our team will reply by email once the request has been reviewed.

This is an automated message; replies to this address are not monitored.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="YouTube legal webform ticket receipt",
    why="pure acknowledgement with a reference number: ignored",
    items={},
)

add(
    name="naver-intake-receipt",
    **{"from": "help@navercorp.com"},
    name_from=ew("네이버 고객센터"),
    date="Tue, 10 Sep 2024 17:02:11 +0900",
    subject=ew(f"[네이버 고객센터] 문의가 접수되었습니다 ({R6})"),
    reply_to_req=req_id(R6),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 네이버 고객센터입니다.
고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2409-1017-58812
문의유형: 게시중단 요청(공공기관)
제목: [{R6}] 게시물 삭제 요청

답변은 영업일 기준 3일 이내에 메일로 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER help-centre automatic intake receipt (접수번호)",
    why="receipt only: ignored",
    items={},
)

add(
    name="band-noreply-autoreply",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date="Mon, 09 Sep 2024 16:45:02 +0900",
    subject=ew(f"Re: [{R5}] 불법정보 시정요구 (2건)"),
    reply_to_req=req_id(R5),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
본 메일 주소는 발신 전용이므로 회신하신 메일은 확인되지 않습니다.
BAND 관련 문의는 고객센터(https://band.us/cs)를 이용해 주세요.

This address does not accept replies. Please contact us through the BAND help centre.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="BAND no-reply address automatic answer",
    why="automatic 'this address is not monitored' reply: ignored",
    items={},
)

add(
    name="yt-ooo-english",
    **{"from": "minseo.kwon@google.com"},
    name_from="Minseo Kwon",
    date="Mon, 16 Sep 2024 09:00:03 +0900",
    subject=f"Automatic reply: [{R3}] Legal request follow-up",
    reply_to_req=req_id(R3),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Thursday 19 September with limited access to email.
For urgent legal requests from Korean authorities, please write to
legal-kr@google.com and the team will pick it up.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a Google employee",
    why="out-of-office: ignored",
    items={},
)


HEADER = """# blind653: blind set (Korean), written from each email's meaning before any
# run of the reader. Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind653", HEADER, cases)
