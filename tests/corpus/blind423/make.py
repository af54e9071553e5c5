#!/usr/bin/env python3
"""Blind corpus set 423: Korean portals and community sites (NAVER, Daum,
DC Inside, SOOP, Inven, Clien, Ppomppu; Nate and FM Korea only in
ignorable or stray mail), Korean and English mixed, with the doubtful and
ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind423/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before any
run of the reader.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind423"

# ---------------------------------------------------------------- requests
KOREAN_CAFE = "https://cafe.naver.com/%EB%A8%B9%ED%8A%80%EA%B2%80%EC%A6%9D%EB%B0%A9/2281"
KOREAN_CAFE_RAW = "https://cafe.naver.com/먹튀검증방/2281"

U = {
    # KCSC-240903-01 naver, 12 items (unlicensed gambling promotion)
    "n1": "https://blog.naver.com/moonlit_bet77/223571004512",
    "n2": "https://blog.naver.com/moonlit_bet77/223571009980",
    "n3": "https://blog.naver.com/sky_toto_kr/223569120033",
    "n4": "https://cafe.naver.com/luckyseven777/10432",
    "n5": "https://cafe.naver.com/luckyseven777/10457",
    "n6": KOREAN_CAFE,
    "n7": "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60501&docId=471230981",
    "n8": "https://blog.naver.com/ppalgan_win/223566630011",
    "n9": "https://m.blog.naver.com/jackpot_lab/223570077412",
    "n10": "https://cafe.naver.com/casinoguide24/3319",
    "n11": "https://blog.naver.com/sky_toto_kr/223569188120",
    "n12": "https://in.naver.com/minttoto/contents/internal/712009341",
    # KCSC-240905-02 daum, 4 items (exposure of personal information)
    "d1": "https://cafe.daum.net/hanbit-mom/Gk2x/8812",
    "d2": "https://cafe.daum.net/hanbit-mom/Gk2x/8840",
    "d3": "https://cafe.daum.net/roadcarz/7Hq1/20931",
    "d4": "https://cafe.daum.net/jeju-talk/B3rK/4410",
    # KCSC-240909-03 dcinside, 5 items (investment fraud / 리딩방)
    "c1": "https://gall.dcinside.com/board/view/?id=stock_new2&no=9918231",
    "c2": "https://gall.dcinside.com/mgallery/board/view/?id=coinbit&no=441207",
    "c3": "https://gall.dcinside.com/mgallery/board/view/?id=coinbit&no=441263",
    "c4": "https://gall.dcinside.com/mini/board/view/?id=nightcity&no=5521",
    "c5": "https://m.dcinside.com/board/baseball_new11/18830921",
    # KCSC-240910-04 soop, 3 items (obscene broadcasts)
    "s1": "https://vod.sooplive.co.kr/player/139902217",
    "s2": "https://vod.sooplive.co.kr/player/139911048",
    "s3": "https://ch.sooplive.co.kr/bluehour22/post/88120934",
    # KCSC-240911-05 inven, 2 items (gambling promotion)
    "i1": "https://www.inven.co.kr/board/lostark/4821/3391021",
    "i2": "https://www.inven.co.kr/board/maple/5974/1120873",
    # KCSC-240912-06 clien, 1 item (drug sales)
    "l1": "https://www.clien.net/service/board/park/18790312",
    # KCSC-240913-07 ppomppu, 3 items (fraudulent sales)
    "p1": "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120334",
    "p2": "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4419023",
    "p3": "https://www.ppomppu.co.kr/zboard/view.php?id=ppomppu&no=612200",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, keys, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     ["n%d" % i for i in range(1, 13)], "gambling", "불법 도박 사이트 홍보 게시물"),
    ("KCSC-240905-02", "daum", "2024-09-05T14:10:00+09:00", "2024-09-12T18:00:00+09:00",
     ["d1", "d2", "d3", "d4"], "privacy", "개인정보 노출 게시물"),
    ("KCSC-240909-03", "dcinside", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     ["c1", "c2", "c3", "c4", "c5"], "fraud", "주식·코인 리딩방 사기 홍보"),
    ("KCSC-240910-04", "soop", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     ["s1", "s2", "s3"], "obscenity", "음란 방송 다시보기 및 게시글"),
    ("KCSC-240911-05", "inven", "2024-09-11T15:20:00+09:00", "2024-09-18T18:00:00+09:00",
     ["i1", "i2"], "gambling", "불법 환전·도박 홍보"),
    ("KCSC-240912-06", "clien", "2024-09-12T10:40:00+09:00", "2024-09-19T18:00:00+09:00",
     ["l1"], "drugs", "마약류 판매 광고"),
    ("KCSC-240913-07", "ppomppu", "2024-09-13T09:00:00+09:00", "2024-09-20T18:00:00+09:00",
     ["p1", "p2", "p3"], "fraud", "중고거래 사기 판매글"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def ref_keys(ref):
    for r in REQUESTS:
        if r[0] == ref:
            return r[4]
    raise KeyError(ref)


def display(key):
    return KOREAN_CAFE_RAW if key == "n6" else U[key]


def write_requests():
    rows = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, keys, cat, note in REQUESTS:
        for k in keys:
            rows.append(f"{ref},{plat},{sent},{due},{U[k]},{cat},<{msgid(ref)}@kcsc.example>,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


# ---------------------------------------------------------------- helpers
def request_text(ref):
    """The regulator's own request, as it is quoted back in replies."""
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "아래 정보에 대하여 시정요구(삭제 또는 접속차단)하오니 조치 후",
        "그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
        "",
    ]
    for i, k in enumerate(ref_keys(ref), 1):
        lines.append(f"{i}. {display(k)}")
    lines += ["", "방송통신심의위원회 드림"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def items(status_by_key):
    return {U[k]: v for k, v in status_by_key.items()}


def pending(ref):
    return {U[k]: "pending" for k in ref_keys(ref)}


NAVER_POLICY = "policy@navercorp.com"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================= APPLIED
# ---- NAVER (KCSC-240903-01, 12 items)
rows = [
    ("n1", "삭제", ""),
    ("n2", "삭제", ""),
    ("n3", "접속차단", "국내 IP 대상"),
    ("n4", "게시중단", ""),
    ("n5", "게시중단", ""),
    ("n6", "게시물 없음", "조치 이전 작성자 삭제"),
    ("n7", "삭제", "지식iN 답변 삭제"),
    ("n8", "미조치", "도박 홍보 내용 확인되지 않음 (경기 일정 안내글)"),
    ("n9", "비공개 처리", ""),
    ("n10", "삭제", ""),
    ("n11", "임시조치", "30일"),
    ("n12", "존재하지 않는 콘텐츠", "URL 확인 불가"),
]
tr = "\n".join(
    f'<tr><td>{i}</td><td><a href="{U[k]}">{display(k)}</a></td><td>{res}</td><td>{note}</td></tr>'
    for i, (k, res, note) in enumerate(rows, 1)
)
case(
    name="naver-siljeong-result-table-html",
    **{"from": NAVER_POLICY}, name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 17:42:05 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 조치결과 회신",
    reply_to_req=msgid("KCSC-240903-01"), type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(요청번호 KCSC-240903-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{tr}
</table>
<p>문의 사항은 본 메일로 회신 주시기 바랍니다.<br>감사합니다.</p>
<p style="color:#888">NAVER Corp. 정책지원팀 | 경기도 성남시 분당구 (가상 주소)</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table a portal returns to KCSC (HTML, one row per URL)",
    why="each of the 12 rows names its URL and a result: 삭제/게시중단/비공개 removed, 접속차단/임시조치 restricted, 미조치 with reason rejected, 게시물 없음/존재하지 않음 not_found",
    items=items({"n1": "removed", "n2": "removed", "n3": "restricted", "n4": "removed",
                 "n5": "removed", "n6": "not_found", "n7": "removed", "n8": "rejected",
                 "n9": "removed", "n10": "removed", "n11": "restricted", "n12": "not_found"}),
)

case(
    name="naver-numbered-status-below",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Thu, 05 Sep 2024 11:03:44 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물 가운데 우선 확인이 끝난 건의
처리 결과를 안내드립니다.

1) {U['n1']}
   → 게시중단 완료
2) {U['n2']}
   → 게시중단 완료
3) {U['n7']}
   → 작성자가 이미 삭제하여 조회되지 않는 게시물입니다.

나머지 요청 건은 처리가 끝나는 대로 따로 말씀드리겠습니다.

네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 mail (numbered URLs, result on the line below)",
    why="three URLs each followed by its result: two 게시중단 완료 (removed), one deleted by its author (not_found); the rest only promised",
    items=items({"n1": "removed", "n2": "removed", "n7": "not_found"}),
)

case(
    name="naver-english-korea-restriction",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 09:15:20 +0900",
    subject="Re: KCSC-240903-01 - cafe posts",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Dear KCSC team,

Regarding request KCSC-240903-01, our cafe operations team has finished
looking at the cafe posts in your list.

The following two posts have been restricted so that they can no longer be
opened from Korea:
{U['n4']}
{U['n5']}

The post {U['n10']} was deleted by our operators
(운영자 삭제) and the cafe manager has been warned.

We will answer separately about the blog and 지식iN links.

Best regards,
Jiyoon Han
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Trust & Safety English reply to a regulator (country restriction plus operator deletion)",
    why="two cafe posts restricted in Korea (restricted), one deleted by operators (removed); the blog links only promised",
    items=items({"n4": "restricted", "n5": "restricted", "n10": "removed"}),
)

case(
    name="naver-keep-and-imsijochi",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Mon, 09 Sep 2024 16:27:51 +0900",
    subject="[네이버] KCSC-240903-01 일부 게시물 검토 결과",
    body="""안녕하세요. 네이버 권리보호센터입니다.

요청번호 KCSC-240903-01 중 두 건의 검토 결과를 알려드립니다.

■ blog.naver.com/ppalgan_win/223566630011
해당 게시물은 프로야구 경기 결과와 순위를 정리한 글로, 도박 사이트를
홍보하는 내용이 확인되지 않아 게시를 유지합니다.

■ https://m.blog.naver.com/jackpot_lab/223570077412
정보통신망법 제44조의2에 따라 30일간 임시조치(게시물 접근 차단)하였습니다.
게시자가 재게시를 요청하지 않으면 기간 만료 후 삭제됩니다.

운영정책 안내: https://policy.naver.com/rules/service.html

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 review result: one post kept with its reason, one 임시조치 (30 days)",
    why="ppalgan_win post kept because it breaks no rule (rejected; URL written without scheme); jackpot_lab 임시조치 (restricted); the policy link is not an item",
    items=items({"n8": "rejected", "n9": "restricted"}),
)

csv_text = ("\ufeff요청번호,URL,처리결과,처리일시\n"
            f"KCSC-240903-01,{U['n11']},삭제,2024-09-06 15:10\n"
            f"KCSC-240903-01,{U['n12']},삭제,2024-09-06 15:12\n"
            f"KCSC-240903-01,{U['n3']},게시물 없음(작성자 삭제),2024-09-06 15:14\n")
case(
    name="naver-csv-attachment-result",
    **{"from": NAVER_POLICY}, name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 15:31:09 +0900",
    subject="[KCSC-240903-01] 처리 결과 파일 송부",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_7f31a0"

--=_nv_7f31a0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 요청 건 중 3건의 처리 결과를 첨부한 CSV 파일로
보내드립니다. 확인 부탁드립니다.

정책지원팀 드림

--=_nv_7f31a0
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv_7f31a0--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (Excel-style UTF-8 with BOM)",
    why="the attached CSV gives one result per URL: two 삭제 (removed), one 게시물 없음 (not_found)",
    items=items({"n11": "removed", "n12": "removed", "n3": "not_found"}),
)

case(
    name="naver-top-posted-outlook-quote",
    **{"from": "seojin.park@navercorp.com"}, name_from="박서진 (NAVER)",
    date="Wed, 04 Sep 2024 18:05:33 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 (불법 도박 홍보 게시물)",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 블로그 운영팀 박서진입니다.

요청하신 건 중 아래 2건은 블라인드 처리 완료했습니다.
- {U['n2']}
- {U['n3']}

나머지 게시물은 확인 중입니다.

박서진 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 시정요구 (불법 도박 홍보 게시물)

{request_text('KCSC-240903-01')}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted staff reply above the quoted -----Original Message----- request",
    why="two URLs named above the quote are 블라인드 처리 완료 (removed); the 12 URLs below -----Original Message----- are our own request",
    items=items({"n2": "removed", "n3": "removed"}),
)

case(
    name="naver-gmail-urls-then-statement",
    **{"from": "blogcs@navercorp.com"}, name_from="네이버 블로그 고객지원",
    date="Thu, 05 Sep 2024 10:48:02 +0900",
    subject="Re: [KCSC-240903-01] 시정요구 (불법 도박 홍보 게시물)",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""말씀하신 게시물 중

{U['n1']}
{U['n11']}

위 두 건은 오늘 오전 삭제 처리했습니다. 해당 블로그 두 곳은 글쓰기
기능도 제한했습니다.

네이버 블로그 고객지원 드림

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(request_text('KCSC-240903-01'))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('님이 작성:' attribution, '>' quoting), URLs above their statement",
    why="two URLs followed by '위 두 건은 … 삭제 처리했습니다' (removed); the quoted request below is ours",
    items=items({"n1": "removed", "n11": "removed"}),
)

case(
    name="naver-fullwidth-punctuation-block",
    **{"from": NAVER_POLICY}, name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 10:20:14 +0900",
    subject="[KCSC-240903-01] 접속차단 조치 안내",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청번호 KCSC-240903-01 관련, 아래 게시물은 국내 접속 차단 조치하였습니다：
・{U['n3']}，
・{U['n12']}。

해외에서의 접근은 별도 검토 중입니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice written with full-width punctuation (Japanese-style IME bullets and commas)",
    why="both URLs (followed by full-width ，and 。) were blocked for Korea (restricted); the rest of the world is only under review",
    items=items({"n3": "restricted", "n12": "restricted"}),
)

case(
    name="naver-statement-of-reasons-style",
    **{"from": "dsa-notice@navercorp.com"}, name_from="NAVER Content Moderation",
    date="Sat, 07 Sep 2024 02:11:40 +0900",
    subject="Decision on reported content - ref KCSC-240903-01",
    body=f"""This message informs you of a decision taken on content you reported.

Reference:        KCSC-240903-01
Content:          {KOREAN_CAFE_RAW}
Decision:         Visibility restriction - access disabled for users in the
                  Republic of Korea
Ground:           Illegal content (promotion of unlicensed gambling)
Automated means:  Not used for this decision
Redress:          The uploader may appeal via https://help.naver.com/appeal

This is an automatically generated message. Please do not reply.
NAVER Content Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (field: value layout) sent by a Korean portal",
    why="the Korean-path cafe post (written raw) is restricted for Korea; the appeal page is not an item; an automatically generated decision notice is not an auto-reply",
    items=items({"n6": "restricted"}),
)

case(
    name="naver-one-done-one-promised",
    **{"from": "cafe-ops@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Wed, 04 Sep 2024 13:37:29 +0900",
    subject="[네이버 카페] KCSC-240903-01 처리 현황",
    body=f"""안녕하세요, 네이버 카페 운영팀입니다.

1. {U['n4']}
   운영정책 위반(불법 도박 홍보)으로 삭제했습니다.

2. {U['n5']}
   카페 매니저 소명을 받은 뒤 추가 검토하여 조치할 예정입니다.

확인 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations status mail mixing a done item and a promised one",
    why="first post deleted (removed); second only 'will act after further review' (stays pending)",
    items=items({"n4": "removed", "n5": "pending"}),
)

# ---- Daum (KCSC-240905-02, 4 items)
case(
    name="daum-imsijochi-notice",
    **{"from": "right@kakaocorp.com"}, name_from="Daum 권리침해신고센터",
    date="Fri, 06 Sep 2024 10:02:18 +0900",
    subject="[Daum] 게시물 임시조치 안내 (KCSC-240905-02)",
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

접수하신 게시중단 요청에 따라, 정보통신망법 제44조의2 제4항에 의거하여
아래 게시물에 대해 30일간 임시조치를 하였음을 알려드립니다.

■ 대상 게시물 1: {U['d1']}
■ 대상 게시물 2: {U['d2']}
■ 조치 내용: 임시조치 (30일간 접근 차단)
■ 조치 일시: 2024-09-06 09:55

임시조치 기간 중 게시자의 재게시 요청이 없으면 게시물은 삭제됩니다.
자세한 내용은 고객센터 도움말(https://cs.daum.net/faq/95.html)을 참고해 주세요.

Daum 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해 임시조치 안내 mail (30-day access block)",
    why="two cafe posts under a 30-day 임시조치 (restricted); the help-centre link is not an item",
    items=items({"d1": "restricted", "d2": "restricted"}),
)

case(
    name="daum-english-removed-and-invalid",
    **{"from": "cafe-safety@kakaocorp.com"}, name_from="Kakao Daum Cafe Safety",
    date="Mon, 09 Sep 2024 14:44:03 +0900",
    subject="Re: KCSC-240905-02 personal information",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""Hello,

Thank you for your request KCSC-240905-02. Our findings for two of the links:

- {U['d3']}
  Removed from Daum Cafe on 9 September for exposing a private person's phone
  number and address.

- {U['d4']}
  This link is invalid. The cafe it belonged to was closed by its own manager
  in August and the post no longer exists on our service.

Kind regards,
Daum Cafe Safety team, Kakao Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum Cafe) English safety-team reply, bulleted URL with result below",
    why="roadcarz post removed; jeju-talk link invalid, the post no longer exists (not_found)",
    items=items({"d3": "removed", "d4": "not_found"}),
)

daum_qp_text = f"""안녕하세요. Daum 카페 고객센터입니다.

요청번호 KCSC-240905-02 건 검토 결과를 알려드립니다.

{U['d1']}
- 게시물에 특정인의 연락처와 사진이 포함되어 있어 삭제 처리하였습니다.

{U['d2']}
- 게시물을 확인한 결과 특정인을 알아볼 수 있는 개인정보가 포함되어
  있지 않아, 삭제 요청을 받아들이기 어렵습니다. 게시물은 유지됩니다.

감사합니다.
"""
case(
    name="daum-qp-delete-and-keep",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페 고객센터",
    date="Tue, 10 Sep 2024 11:26:47 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[Daum 카페] 게시물 검토 결과 안내".encode()).decode() + "?=",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(daum_qp_text),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe help-desk reply, quoted-printable Korean body, encoded subject",
    why="hanbit-mom/8812 deleted (removed); 8840 kept because no personal information identifies anyone (rejected)",
    items=items({"d1": "removed", "d2": "rejected"}),
)

# ---- DC Inside (KCSC-240909-03, 5 items)
case(
    name="dc-prose-with-particles",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 15:08:36 +0900",
    subject="RE: [KCSC-240909-03] 시정요구 (리딩방 사기 홍보)",
    reply_to_req=msgid("KCSC-240909-03"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 중 {U['c1']} 와
{U['c2']} 은 삭제하고 작성자 IP를 차단했습니다.

{U['c3']} 은 요청을 받기 전에 작성자가 직접 지운 글이라
현재 남아 있지 않습니다.

나머지 두 건은 갤러리 관리자 확인 후 다시 연락드리겠습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 prose reply, URLs followed by Korean particles (와, 은)",
    why="two posts deleted with IP block (removed); one already deleted by its author (not_found); two others only promised and not named",
    items=items({"c1": "removed", "c2": "removed", "c3": "not_found"}),
)

case(
    name="dc-bare-url-result-line",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Wed, 11 Sep 2024 09:52:11 +0900",
    subject="[디시인사이드] 신고 처리 결과 - KCSC-240909-03",
    body=f"""[디시인사이드 신고 처리 결과]

{U['c4']}
처리결과: 삭제

{U['c5']}
처리결과: 미조치 (게시판 운영원칙 위반에 해당하지 않음 - 경기 결과 토론글)

처리 기준은 https://www.dcinside.com/policy 에서 확인하실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고 처리 결과 form mail (bare URL, '처리결과:' on the line below)",
    why="mini-gallery post 삭제 (removed); baseball post 미조치 with a reason (rejected); the policy link is not an item",
    items=items({"c4": "removed", "c5": "rejected"}),
)

dc_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 디시인사이드입니다.<br>
KCSC-240909-03 요청 건 처리 내역을 보내드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>게시물 주소</th><th>처리 내역</th></tr></thead>
<tbody>
<tr><td>{U['c2']}</td><td>삭제</td></tr>
<tr><td>{U['c3']}</td><td>삭제</td></tr>
<tr><td>{U['c4']}</td><td>존재하지 않는 게시물</td></tr>
</tbody></table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="dc-base64-html-table",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 17:19:58 +0900",
    subject="[디시인사이드] 처리 내역 안내",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="dc-alt-20240912"

--dc-alt-20240912
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(dc_html)}
--dc-alt-20240912--
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside HTML-only notice, base64-encoded, table of address and 처리 내역",
    why="two coinbit posts 삭제 (removed), nightcity post 존재하지 않는 게시물 (not_found)",
    items=items({"c2": "removed", "c3": "removed", "c4": "not_found"}),
)

case(
    name="dc-receipt-with-result",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Tue, 10 Sep 2024 20:31:05 +0900",
    subject="[디시인사이드] 신고 접수 및 처리 안내 (접수번호 DC-240910-5512)",
    body=f"""신고가 정상적으로 접수되었습니다. (접수번호 DC-240910-5512)

담당자 확인 결과 아래 게시물은 삭제되었습니다.
{U['c5']}

같은 작성자의 다른 게시물도 확인하여 조치할 예정입니다.
디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside receipt that already carries a result (접수 + 처리 안내)",
    why="despite the receipt phrase, it states flatly that the baseball post was deleted (removed); the promise is about other, unrequested posts",
    items=items({"c5": "removed"}),
)

# ---- SOOP (KCSC-240910-04, 3 items)
case(
    name="soop-vod-and-post-removed",
    **{"from": "help@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Wed, 11 Sep 2024 13:14:27 +0900",
    subject="[SOOP] 시정요구 조치 결과 회신 (KCSC-240910-04)",
    reply_to_req=msgid("KCSC-240910-04"),
    body=f"""안녕하세요. SOOP 고객센터 모니터링팀입니다.

요청하신 KCSC-240910-04 건에 대한 조치 결과입니다.

1. {U['s1']}  : 다시보기(VOD) 삭제, 방송국 7일 이용정지
2. {U['s2']}  : 다시보기(VOD) 삭제
3. {U['s3']}  : 방송국 게시글 블라인드 처리

SOOP은 음란 방송에 대해 무관용 원칙으로 대응하고 있습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) monitoring-team result mail, numbered 'URL : result' lines",
    why="both VODs deleted and the station post blinded: all three removed",
    items=items({"s1": "removed", "s2": "removed", "s3": "removed"}),
)

case(
    name="soop-english-age-gate",
    **{"from": "trustandsafety@sooplive.com"}, name_from="SOOP Trust & Safety",
    date="Thu, 12 Sep 2024 08:40:12 +0900",
    subject="Your request KCSC-240910-04",
    body=f"""Hi KCSC team,

Following your request KCSC-240910-04:

VOD {U['s2']} has been set to 19+ only. Viewers now
need to be logged in and age-verified to play it.

VOD {U['s1']} has been deleted and the streamer has
received a suspension.

You can check our community guidelines at https://www.sooplive.com/policy.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP global Trust & Safety English reply (age gate and deletion)",
    why="one VOD age-restricted to 19+ (restricted), the other deleted (removed)",
    items=items({"s2": "restricted", "s1": "removed"}),
)

case(
    name="soop-html-table-gone-before",
    **{"from": "help@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Fri, 13 Sep 2024 16:55:39 +0900",
    subject="[SOOP] 조치 결과 안내",
    type="html",
    body=f"""<html><body>
<div>안녕하세요, SOOP 고객센터입니다. 요청번호 KCSC-240910-04 관련 회신드립니다.</div>
<table cellpadding="6" style="border:1px solid #ccc">
<tr style="background:#eef"><td><b>대상</b></td><td><b>결과</b></td></tr>
<tr><td><a href="{U['s3']}">{U['s3']}</a></td><td>게시글 삭제</td></tr>
<tr><td><a href="{U['s1']}">{U['s1']}</a></td><td>확인 불가 (요청 전 BJ 본인이 삭제한 VOD)</td></tr>
</table>
<div style="font-size:11px;color:#999">본 메일은 발신 전용이 아니며 회신이 가능합니다.</div>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="SOOP HTML result table with a VOD deleted by the streamer before the request",
    why="station post deleted (removed); VOD already deleted by its author, cannot be checked (not_found)",
    items=items({"s3": "removed", "s1": "not_found"}),
)

# ---- Inven (KCSC-240911-05, 2 items)
case(
    name="inven-bulleted-both-deleted",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 운영팀",
    date="Thu, 12 Sep 2024 11:11:50 +0900",
    subject="Re: [KCSC-240911-05] 불법 환전·도박 홍보 게시물 시정요구",
    reply_to_req=msgid("KCSC-240911-05"),
    body=f"""안녕하세요, 인벤 운영팀입니다.

요청 주신 게시물 처리 결과입니다.

 • {U['i1']} — 삭제, 작성자 글쓰기 30일 제한
 • {U['i2']} — 삭제

추가로 같은 홍보 문구가 있는 글 14건을 자체 삭제했습니다.

감사합니다.
인벤 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Inven 운영팀 reply with bulleted 'URL — result' lines",
    why="both named posts deleted (removed); the 14 other posts are not ours",
    items=items({"i1": "removed", "i2": "removed"}),
)

case(
    name="inven-one-kept-with-reason",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 운영팀",
    date="Fri, 13 Sep 2024 10:05:02 +0900",
    subject="[인벤] KCSC-240911-05 처리 결과",
    body=f"""안녕하세요. 인벤 운영팀입니다.

{U['i1']} 게시물은 불법 환전 사이트 홍보로 확인되어 삭제했습니다.

반면 {U['i2']} 게시물은 게임 내 아이템
시세를 정리한 글로, 외부 사이트 홍보나 현금 거래 유도가 없어 당사 운영정책
위반으로 보기 어렵습니다. 따라서 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Inven reply deleting one post and refusing the other with its reason",
    why="lostark post deleted (removed); maple post kept, no rule broken (rejected)",
    items=items({"i1": "removed", "i2": "rejected"}),
)

# ---- Clien (KCSC-240912-06, 1 item)
case(
    name="clien-sole-statement-no-url",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Fri, 13 Sep 2024 09:30:44 +0900",
    subject="Re: [KCSC-240912-06] 시정요구 (마약류 판매 광고)",
    reply_to_req=msgid("KCSC-240912-06"),
    body="""안녕하세요, 클리앙 운영진입니다.

요청하신 게시물은 확인 후 삭제하였고, 작성자 계정은 영구 이용정지
처리했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Clien admin one-line reply to a one-item request, no URL repeated",
    why="reply to the one-item request KCSC-240912-06 saying the requested post was deleted: applies to its only item (removed)",
    items=items({"l1": "removed"}),
)

case(
    name="clien-angle-bracket-not-found",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Fri, 13 Sep 2024 14:02:19 +0900",
    subject="[클리앙] 요청 게시물 확인 결과 (KCSC-240912-06)",
    body=f"""안녕하세요.

<{U['l1']}> 주소로는 게시물이 조회되지 않습니다.
글 번호가 잘못되었거나 작성자가 이미 삭제한 글입니다. 관리자 로그에도 해당 번호의
글이 남아 있지 않습니다.

다른 주소가 있으면 알려 주세요.
클리앙 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="Clien admin reply with the URL in angle brackets: post cannot be found",
    why="the requested URL does not resolve to any post, nothing in the admin log (not_found); the closing offer is not a request for information about this item",
    items=items({"l1": "not_found"}),
)

# ---- Ppomppu (KCSC-240913-07, 3 items)
case(
    name="ppomppu-dash-list",
    **{"from": "help@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Mon, 16 Sep 2024 10:44:31 +0900",
    subject="[뽐뿌] KCSC-240913-07 조치 완료 안내",
    body=f"""뽐뿌 운영팀입니다.

- {U['p1']} : 삭제
- {U['p2']} : 삭제
- {U['p3']} : 휴지통 이동 (일반 회원 비공개)

사기 신고가 접수된 판매자 계정은 거래 게시판 이용이 제한되었습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu 운영팀 terse dash list 'URL : result'",
    why="two posts deleted, one moved to the bin and hidden from members: all three removed",
    items=items({"p1": "removed", "p2": "removed", "p3": "removed"}),
)

case(
    name="ppomppu-wrapped-url-in-brackets",
    **{"from": "kim.staff@ppomppu.co.kr"}, name_from="김도윤 (뽐뿌)",
    date="Tue, 17 Sep 2024 19:12:08 +0900",
    subject="RE: [KCSC-240913-07] 중고거래 사기 판매글 시정요구",
    reply_to_req=msgid("KCSC-240913-07"),
    body="""안녕하세요, 뽐뿌 김도윤입니다.

휴대폰 포럼 글 <https://www.ppomppu.co.kr/zboard/view.php?
id=phone&no=4419023> 은 사기 판매글로 확인되어 삭제 완료했습니다.

자유게시판 글 https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120334
은 거래 후기를 적은 글로, 사기 정황이 확인되지 않아 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu staff reply with a long URL wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="phone-forum post (URL wrapped after '?') deleted (removed); freeboard post kept, no fraud found (rejected)",
    items=items({"p2": "removed", "p1": "rejected"}),
)

# ================================================================= REVIEW
case(
    name="naver-promise-only",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 04 Sep 2024 09:40:00 +0900",
    subject="[네이버] KCSC-240903-01 진행 상황 안내",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

아래 게시물 3건은 담당 부서 검토를 거쳐 순차적으로 게시중단될 예정입니다.

{U['n8']}
{U['n9']}
{U['n10']}

조치가 끝나면 결과를 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER progress note: items listed, only a promise ('게시중단될 예정')",
    why="names three requested items but only promises action: nothing to record, a person should read it",
    items=items({"n8": "pending", "n9": "pending", "n10": "pending"}),
)

case(
    name="daum-hedged-already-gone",
    **{"from": "cafe-safety@kakaocorp.com"}, name_from="Kakao Daum Cafe Safety",
    date="Mon, 09 Sep 2024 18:03:57 +0900",
    subject="Re: KCSC-240905-02 personal information",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""Hello,

A quick note on {U['d1']}: it appears the
cafe manager may already have removed this post, but our logs are not
conclusive yet. We will confirm and come back to you.

Kind regards,
Daum Cafe Safety team
""",
    outcome="review", review="not_understood",
    imitates="Kakao safety-team interim note with hedged wording ('appears', 'may already have')",
    why="hedged ('appears … may already have removed') and unconfirmed: d1 stays pending, a person reads it",
    items=items({"d1": "pending"}),
)

case(
    name="naver-bulk-all-twelve",
    **{"from": NAVER_POLICY}, name_from="NAVER 정책지원팀",
    date="Wed, 11 Sep 2024 10:10:10 +0900",
    subject="[KCSC-240903-01] 조치 완료 안내",
    reply_to_req=msgid("KCSC-240903-01"),
    body="""안녕하세요. 네이버 정책지원팀입니다.

요청번호 KCSC-240903-01로 요청하신 12건 모두 게시중단 처리를 완료하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="portal one-line 'all N items done' confirmation",
    why="one statement for a 12-item request without naming any item: bulk confirmation goes to review, items stay pending",
    items=pending("KCSC-240903-01"),
)

case(
    name="ppomppu-bulk-english",
    **{"from": "help@ppomppu.co.kr"}, name_from="Ppomppu Support",
    date="Tue, 17 Sep 2024 09:02:45 +0900",
    subject="Re: [KCSC-240913-07] fraudulent sales posts",
    reply_to_req=msgid("KCSC-240913-07"),
    body="""Hello,

All the posts listed in your request KCSC-240913-07 have been deleted.

Ppomppu Support
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="short English 'all reported posts deleted' reply",
    why="'all the posts' for a three-item request, none named: bulk review, items pending",
    items=pending("KCSC-240913-07"),
)

case(
    name="naver-dmarc-fail",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    auth="fail",
    date="Thu, 05 Sep 2024 22:47:13 +0900",
    subject="[네이버] 게시중단 처리 완료",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

{U['n1']} 게시물은 삭제 처리되었습니다.
처리 내역은 아래 링크에서 로그인 후 확인하실 수 있습니다.
https://naver-rights-center.example.net/login

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="look-alike NAVER notice that fails DKIM/SPF/DMARC (phishing-style login link)",
    why="claims n1 removed, but the NAVER-domain sender fails authentication: untrusted, nothing applied",
    items=items({"n1": "pending"}),
)

case(
    name="soop-vendor-unknown-sender",
    **{"from": "moderation@safecheck-partners.kr"}, name_from="SOOP 위탁 모니터링센터",
    date="Thu, 12 Sep 2024 21:15:32 +0900",
    subject="[SOOP 위탁] KCSC-240910-04 처리 결과",
    body=f"""안녕하세요. SOOP 위탁 모니터링센터입니다.

KCSC-240910-04 요청 건 중 아래 VOD 2건은 삭제되었습니다.
{U['s1']}
{U['s2']}

본 메일은 SOOP과 계약된 모니터링 대행사에서 발송합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor reporting on a platform's behalf from its own domain",
    why="sender domain belongs to no configured platform: unknown_sender, nothing applied",
    items=items({"s1": "pending", "s2": "pending"}),
)

case(
    name="daum-search-delisting-naver-url",
    **{"from": "search-policy@kakaocorp.com"}, name_from="Kakao 검색정책팀",
    date="Fri, 06 Sep 2024 17:22:40 +0900",
    subject="[Daum 검색] KCSC-240903-01 관련 검색 노출 제한 안내",
    body=f"""안녕하세요. 카카오 검색정책팀입니다.

KCSC-240903-01 관련하여 아래 네이버 블로그 게시물이 Daum 검색 결과에 노출되지
않도록 삭제 처리하였습니다.

{U['n8']}

원문 게시물은 네이버 서비스에 있으므로 게시물 자체에 대한 조치는 네이버에
요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Daum search delisting notice about another portal's blog post",
    why="Kakao states a removal for a NAVER item (only from its own search results): wrong platform, n8 stays pending",
    items=items({"n8": "pending"}),
)

case(
    name="dc-asks-official-letter",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 16:48:22 +0900",
    subject="RE: [KCSC-240909-03] 시정요구 (리딩방 사기 홍보)",
    reply_to_req=msgid("KCSC-240909-03"),
    body="""안녕하세요, 디시인사이드 운영팀입니다.

요청 건 처리를 위해 기관 직인이 날인된 시정요구 공문(PDF)을 회신 메일에
첨부해 보내주시기 바랍니다. 공문이 확인되는 대로 게시물 검토를 시작하겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="community-site reply asking for the official sealed letter before acting",
    why="asks for a sealed official letter before reviewing anything: request for information, no status",
    items={},
)

case(
    name="naver-conflicting-prose-and-table",
    **{"from": "cafe-ops@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Tue, 10 Sep 2024 12:12:12 +0900",
    subject="[네이버 카페] KCSC-240903-01 처리 결과",
    body=f"""안녕하세요, 네이버 카페 운영팀입니다.

{U['n10']} 게시물은 9월 9일 삭제 완료하였습니다.

[처리 결과 요약]
URL                                         | 결과
{U['n10']}  | 미조치 (위반 내용 확인 불가)

감사합니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="template-filled result mail whose summary table contradicts its prose",
    why="the same post is said deleted in prose and 미조치 in the summary table: conflicting, stays pending",
    items=items({"n10": "pending"}),
)

case(
    name="inven-contact-change-no-claims",
    **{"from": "legal@inven.co.kr"}, name_from="인벤 법무팀",
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    subject="[인벤] 시정요구 접수 창구 변경 안내",
    body="""안녕하세요. 인벤 법무팀입니다.

10월 1일부터 방송통신심의위원회의 시정요구 및 협조 요청은
legal@inven.co.kr 로 보내주시기 바랍니다. 기존 cs@inven.co.kr 로 보내신
요청도 당분간 함께 확인합니다.

담당자: 법무팀 이하은 (02-000-0000)
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform notice of a new contact address for regulator requests",
    why="trusted Inven mail naming no item and no request: no claims, a person files it",
    items={},
)

case(
    name="daum-typo-unmatched-url",
    **{"from": "right@kakaocorp.com"}, name_from="Daum 권리침해신고센터",
    date="Wed, 11 Sep 2024 15:33:21 +0900",
    subject="[Daum] 게시물 삭제 안내 (KCSC-240905-02)",
    body="""안녕하세요. Daum 권리침해신고센터입니다.

요청번호 KCSC-240905-02 관련, 아래 게시물을 삭제하였습니다.

https://cafe.daum.net/hanbit-mom/Gk2x/8813

감사합니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="Daum deletion notice whose URL differs by one digit from the requested posts",
    why="the deleted post (8813) is not one of our items (8812, 8840): unmatched claim, nothing applied",
    items={},
)

# ================================================================= IGNORED
case(
    name="naver-helpdesk-receipt-echo",
    **{"from": "helpcenter@naver.com"}, name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 10:02:31 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409-0317-44812)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""네이버 고객센터에 문의해 주셔서 감사합니다.
문의가 정상적으로 접수되었으며, 영업일 기준 3일 이내에 답변드리겠습니다.

접수번호: 2409-0317-44812
접수일시: 2024-09-03 10:02

[접수 내용]
제목: [KCSC-240903-01] 시정요구 (불법 도박 홍보 게시물)
대상 URL: {U['n1']}
외 11건

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre ticket receipt echoing the submitted inquiry",
    why="pure receipt with a ticket number; the URL is our own echoed report, no status",
    items=items({"n1": "pending"}),
)

case(
    name="dc-chuseok-out-of-office",
    **{"from": "jmlee@dcinside.com"}, name_from="이정민",
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    subject="[부재중] RE: [KCSC-240909-03] 시정요구 (리딩방 사기 홍보)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""[자동 회신] 추석 연휴로 9월 16일(월)부터 9월 18일(수)까지 부재중입니다.
급한 건은 cs@dcinside.com 으로 보내주시면 담당자가 확인합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Subject: [KCSC-240909-03] 시정요구 (리딩방 사기 홍보)

{request_text('KCSC-240909-03')}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) out-of-office auto-reply quoting the request",
    why="auto-reply; the URLs are only in our quoted request",
    items=items({"c1": "pending", "c2": "pending"}),
)

dsn_orig = request_text("KCSC-240910-04")
case(
    name="kcsc-relay-dsn-soop-address",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 11:04:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="DSN.4WtQ9.1725933852"

--DSN.4WtQ9.1725933852
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@sooplive.co.kr>: host mx1.sooplive.co.kr[203.0.113.25] said:
    550 5.1.1 <report@sooplive.co.kr>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--DSN.4WtQ9.1725933852
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 11:00:02 +0900

Final-Recipient: rfc822; report@sooplive.co.kr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.sooplive.co.kr
Diagnostic-Code: smtp; 550 5.1.1 <report@sooplive.co.kr>: Recipient address
    rejected: User unknown in virtual mailbox table

--DSN.4WtQ9.1725933852
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@sooplive.co.kr
Subject: [KCSC-240910-04] 시정요구 (음란 방송)
Date: Tue, 10 Sep 2024 11:00:00 +0900
Message-ID: <{msgid('KCSC-240910-04')}-copy@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--DSN.4WtQ9.1725933852--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN from our own relay (user unknown at a platform's old address)",
    why="delivery failure report; the URLs are in the returned copy of our request",
    items=items({"s1": "pending", "s2": "pending", "s3": "pending"}),
)

case(
    name="naver-staff-read-receipt",
    **{"from": "seojin.park@navercorp.com"}, name_from="박서진 (NAVER)",
    date="Tue, 03 Sep 2024 10:31:47 +0900",
    subject="읽음: [KCSC-240903-01] 시정요구 (불법 도박 홍보 게시물)",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn_b7c2e0"

--mdn_b7c2e0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지를 읽었습니다.

받는 사람: seojin.park@navercorp.com
제목: [KCSC-240903-01] 시정요구 (불법 도박 홍보 게시물)
보낸 날짜: 2024-09-03 10:00
읽은 날짜: 2024-09-03 10:31

--mdn_b7c2e0
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;seojin.park@navercorp.com
Original-Message-ID: <{msgid('KCSC-240903-01')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b7c2e0--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean, '읽음:' subject",
    why="read receipt only",
    items={},
)

case(
    name="ppomppu-ticket-english",
    **{"from": "no-reply@ppomppu.co.kr"}, name_from="Ppomppu Help Desk",
    date="Fri, 13 Sep 2024 09:01:15 +0900",
    subject="[Ticket #PP-240913-0081] We received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for contacting Ppomppu. Your report has been received and a ticket
has been created.

Ticket number: PP-240913-0081
Subject: [KCSC-240913-07] 중고거래 사기 판매글 시정요구

Our team usually answers within 2 business days. Please keep the ticket
number in the subject line if you write to us again.

Ppomppu Help Desk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (Zendesk/Freshdesk-style) in English",
    why="pure acknowledgement with a ticket number, no statement about any item",
    items={},
)

case(
    name="nate-korean-bounce",
    **{"from": "postmaster@nate.com"}, name_from="네이트 메일",
    date="Wed, 11 Sep 2024 09:12:40 +0900",
    subject="[반송] 메일이 전달되지 않았습니다",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
	boundary="nate_dsn_58a1"

--nate_dsn_58a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 아래 받는 사람에게 전달되지 못하고 반송되었습니다.

받는 사람: pann-report@nate.com
반송 사유: 받는 사람의 메일함 용량이 가득 찼습니다. (552 5.2.2 Mailbox full)
보낸 날짜: 2024-09-11 09:10

이 메일은 발신 전용입니다.

--nate_dsn_58a1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.nate.com

Final-Recipient: rfc822; pann-report@nate.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--nate_dsn_58a1
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: pann-report@nate.com
Subject: NATE_SUBJ
Date: Wed, 11 Sep 2024 09:10:00 +0900

--nate_dsn_58a1--
""".replace("NATE_SUBJ", "=?UTF-8?B?" + base64.b64encode("협조 요청".encode()).decode() + "?="),
    outcome="ignored", classification="bounce",
    imitates="Korean webmail (Nate) 반송 notice, mailbox full",
    why="delivery failure report from a mail system, about a mail to an unrequested platform",
    items={},
)

case(
    name="daum-english-out-of-office",
    **{"from": "minsu.cho@kakaocorp.com"}, name_from="Minsu Cho",
    date="Thu, 05 Sep 2024 14:10:09 +0900",
    subject="Automatic reply: [KCSC-240905-02] 시정요구 (개인정보 노출 게시물)",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: minsu.cho@kakaocorp.com"],
    body=f"""Thank you for your email. I am out of the office until 23 September with
limited access to email. For takedown requests please write to
right@kakaocorp.com, which is monitored daily.

Minsu Cho | Kakao Corp.

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 2:10 PM
Subject: [KCSC-240905-02] 시정요구 (개인정보 노출 게시물)

{request_text('KCSC-240905-02')}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply:' out-of-office quoting the request",
    why="out-of-office auto-reply; the URLs are in the quoted request",
    items=items({"d1": "pending", "d2": "pending", "d3": "pending", "d4": "pending"}),
)

HEADER = """# Blind set 423 (tests/corpus/blind423/): Korean portals and community
# sites, Korean and English mixed, with doubtful and ignorable mail.
# Written by tests/corpus/blind423/make.py from each email's meaning alone,
# before any run of the reader. Every case is judged alone on a fresh ledger
# holding the requests of requests.csv."""

def encode_names():
    """Display names are sent as RFC 2047 encoded words, as real mailers do."""
    for c in cases:
        n = c.get("name_from")
        if n and not n.isascii():
            c["name_from"] = "=?UTF-8?B?" + base64.b64encode(n.encode("utf-8")).decode("ascii") + "?="


if __name__ == "__main__":
    encode_names()
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases written")
