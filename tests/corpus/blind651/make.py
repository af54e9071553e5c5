#!/usr/bin/env python3
"""Blind set 651: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Inven, Clien, Ppomppu, Nate), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind651/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind651"

# ---------------------------------------------------------------- requests
SMARTSTORE_RAW = "https://smartstore.naver.com/달빛상회/products/9912345678"
SMARTSTORE = "https://smartstore.naver.com/%EB%8B%AC%EB%B9%9B%EC%83%81%ED%9A%8C/products/9912345678"

N = {
    1: "https://blog.naver.com/moonlit_shop/223555100001",
    2: "https://blog.naver.com/moonlit_shop/223555100002",
    3: "https://blog.naver.com/greyfox_77/223560044410",
    4: "https://cafe.naver.com/quietmarket/18811",
    5: "https://cafe.naver.com/quietmarket/18812",
    6: "https://cafe.naver.com/pillbox2024/552",
    7: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471230001",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38110022&memberNo=5510201",
    9: "https://tv.naver.com/v/59120331",
    10: SMARTSTORE,
    11: "https://blog.naver.com/PostView.naver?blogId=hanul_drop&logNo=223571234567",
    12: "https://cafe.naver.com/pillbox2024/560",
    13: "https://in.naver.com/sweetcandy/contents/internal/612345678901234",
    14: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471230099",
}
D = {
    1: "https://cafe.daum.net/bluesalt/Ak2R/4410",
    2: "https://cafe.daum.net/bluesalt/Ak2R/4417",
    3: "https://cafe.daum.net/nightpharm/9Xo1/203",
    4: "https://sunnyvalley77.tistory.com/118",
}
C = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9921345",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=cryptoqna&no=77120",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=cryptoqna&no=77131",
    4: "https://gall.dcinside.com/mini/board/view/?id=lilac0&no=3312",
    5: "https://gall.dcinside.com/board/view/?id=drama_new3&no=1104552",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131822045",
    2: "https://ch.sooplive.co.kr/nightowl88/post/88120441",
    3: "https://play.sooplive.co.kr/nightowl88/278811234",
}
I = {
    1: "https://www.inven.co.kr/board/lineagem/5019/1120331",
    2: "https://www.inven.co.kr/board/maple/5974/771204",
}
L = {1: "https://www.clien.net/service/board/park/18812345"}
P = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8812345",
    2: "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410021",
    3: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8812399",
}

REQ = [
    # ref, platform, sent, due, items(list of (url, category, note)), message-id local part
    ("KCSC-240903-01", "naver", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     [(N[k], cat, note) for k, cat, note in [
         (1, "drug_trade", "blog post, sale of medicines"),
         (2, "drug_trade", "blog post, same author"),
         (3, "privacy", "blog post with personal data"),
         (4, "drug_trade", "cafe article"),
         (5, "drug_trade", "cafe article"),
         (6, "drug_trade", "cafe article"),
         (7, "illegal_gambling", "Knowledge iN question"),
         (8, "illegal_gambling", "NAVER Post"),
         (9, "obscenity", "NAVER TV clip"),
         (10, "drug_trade", "smart store product page (Korean store name)"),
         (11, "privacy", "blog post, old URL form"),
         (12, "drug_trade", "cafe article"),
         (13, "illegal_gambling", "influencer page content"),
         (14, "illegal_gambling", "Knowledge iN answer thread"),
     ]], "req.240903-01"),
    ("KCSC-240904-02", "daum", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     [(D[1], "defamation", "Daum cafe article"),
      (D[2], "defamation", "Daum cafe article"),
      (D[3], "drug_trade", "Daum cafe article"),
      (D[4], "privacy", "Tistory blog post")], "req.240904-02"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T11:05:00+09:00", "2024-09-12T18:00:00+09:00",
     [(C[1], "market_manipulation", "main gallery post"),
      (C[2], "illegal_gambling", "minor gallery post"),
      (C[3], "illegal_gambling", "minor gallery post"),
      (C[4], "privacy", "mini gallery post"),
      (C[5], "defamation", "main gallery post")], "req.240905-03"),
    ("KCSC-240906-04", "soop", "2024-09-06T14:20:00+09:00", "2024-09-13T18:00:00+09:00",
     [(S[1], "obscenity", "VOD"),
      (S[2], "obscenity", "channel post"),
      (S[3], "obscenity", "live broadcast URL")], "req.240906-04"),
    ("KCSC-240909-05", "inven", "2024-09-09T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [(I[1], "illegal_gambling", "game board post"),
      (I[2], "illegal_trade", "game board post")], "req.240909-05"),
    ("KCSC-240910-06", "clien", "2024-09-10T15:30:00+09:00", "2024-09-20T18:00:00+09:00",
     [(L[1], "privacy", "community post")], "req.240910-06"),
    ("KCSC-240911-07", "ppomppu", "2024-09-11T10:12:00+09:00", "2024-09-20T18:00:00+09:00",
     [(P[1], "illegal_gambling", "free board post"),
      (P[2], "illegal_trade", "phone forum post"),
      (P[3], "illegal_gambling", "free board post")], "req.240911-07"),
]
REQ_ITEMS = {r[0]: [u for u, _, _ in r[4]] for r in REQ}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, items, mid in REQ:
        for url, cat, note in items:
            w.writerow([ref, plat, sent, due, url, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, prefix="> "):
    """Our own request as the platform's client quotes it."""
    lines = [
        "안녕하십니까, 방송통신심의위원회입니다.",
        f"아래 정보에 대하여 시정요구({ref})를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(REQ_ITEMS[ref], 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC 통신심의 담당"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ NAVER
case(
    name="naver-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Fri, 06 Sep 2024 16:40:11 +0900",
    subject="[NAVER] 시정요구(KCSC-240903-01) 조치결과 회신",
    reply_to_req="req.240903-01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240903-01)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#e8f5e9"><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>9/5 처리</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td><td>9/5 처리</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>게시중단</td><td></td></tr>
<tr><td>4</td><td>{N[4]}</td><td>임시조치(30일)</td><td>게시자 이의제기 접수</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>게시물 없음</td><td>확인 불가</td></tr>
<tr><td>6</td><td>{N[6]}</td><td>삭제</td><td></td></tr>
<tr><td>7</td><td>{N[7].replace('&', '&amp;')}</td><td>삭제</td><td></td></tr>
<tr><td>8</td><td>{N[8].replace('&', '&amp;')}</td><td>조치 불가</td><td>운영정책 위반 사항 없음</td></tr>
</table>
<p>나머지 6건은 검토가 끝나는 대로 별도로 회신드리겠습니다.<br>
운영정책 안내: <a href="https://policy.naver.com/rules/service.html">https://policy.naver.com/rules/service.html</a></p>
<p>네이버 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 table (HTML) as returned to KCSC",
    why="Trusted NAVER table: 삭제/게시중단 removed, 임시조치 restricted, 게시물 없음 not_found, 조치 불가(위반 없음) rejected; rest promised later.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted",
           N[5]: "not_found", N[6]: "removed", N[7]: "removed", N[8]: "rejected"},
)

case(
    name="naver-blind-and-author-deleted",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Thu, 05 Sep 2024 11:02:45 +0900",
    subject="RE: 시정요구 KCSC-240903-01 처리 안내",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

KCSC-240903-01 건과 관련하여 일부 게시물에 대한 처리 결과를 먼저 안내드립니다.

아래 게시물 2건은 블라인드 처리하였습니다.
- {N[9]}
- {SMARTSTORE_RAW}

아래 게시물은 확인 당시 작성자가 이미 삭제한 상태였습니다.
- {N[11]}

그 외 게시물은 담당 부서 확인 후 회신드리겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/블라인드 처리 안내 mail (right.naver.com centre)",
    why="블라인드 = removed for the TV clip and the smart store page (raw Korean path); author-deleted blog post is not_found.",
    items={N[9]: "removed", N[10]: "removed", N[11]: "not_found"},
)

csv_att = "\ufeff순번,URL,처리결과,처리일시\n" + "\n".join([
    f"1,{N[12]},삭제,2024-09-06 10:31",
    f"2,{N[13]},접근제한(국내),2024-09-06 10:35",
    f"3,\"{N[14]}\",조치불가(위반 아님),2024-09-06 10:40",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Fri, 06 Sep 2024 17:55:02 +0900",
    subject="[NAVER] KCSC-240903-01 추가 처리결과 (첨부)",
    reply_to_req="req.240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-att-0906"

--nv-att-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 시정요구 중 3건의 처리 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

--nv-att-0906
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--nv-att-0906--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment",
    why="CSV rows: 삭제 removed, 접근제한(국내) restricted, 조치불가(위반 아님) rejected.",
    items={N[12]: "removed", N[13]: "restricted", N[14]: "rejected"},
)

case(
    name="naver-english-top-posted",
    **{"from": "ts-global@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Wed, 04 Sep 2024 09:18:30 +0900",
    subject="Re: [KCSC-240903-01] 시정요구 (removal request)",
    reply_to_req="req.240903-01",
    body=f"""Hello,

Regarding KCSC-240903-01: the two cafe articles below have been taken down
for breaching the NAVER Cafe operating policy.

{N[4]}
{N[5]}

We were unable to locate {N[6]} -- there is no
article with that number in the cafe and our logs show nothing for it.

Kind regards,
Jiyoon Park
NAVER Trust & Safety

On Tue, Sep 3, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted English reply over the quoted request",
    why="Two cafe posts taken down, one not located; the quoted request lists all 14 URLs but states nothing.",
    items={N[4]: "removed", N[5]: "removed", N[6]: "not_found",
           N[1]: "pending", N[9]: "pending", N[14]: "pending"},
)

case(
    name="naver-status-above-url",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Mon, 09 Sep 2024 14:20:00 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    body=f"""[네이버] 게시중단 요청 처리 결과 안내

요청번호: KCSC-240903-01

■ 처리완료 (게시중단)
{N[3]}

■ 조치불가
{N[8]}
사유: 해당 게시물은 특정 스포츠 경기에 대한 개인 의견으로, 운영정책상
불법 도박 홍보에 해당하지 않는 것으로 판단하였습니다.

처리 결과에 이의가 있으시면 고객센터(https://help.naver.com/service/5600/contents/19000)를
통해 문의해 주세요.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (status heading above each URL)",
    why="Heading 처리완료(게시중단) over the blog post = removed; 조치불가 with a reason over the Post = rejected; help link is no item.",
    items={N[3]: "removed", N[8]: "rejected"},
)

qp_body = f"""안녕하세요. 네이버 지식iN 운영팀입니다.

요청하신 지식iN 질문 게시물 {N[7]} 은
운영원칙 위반으로 삭제되었습니다.

또한 인플루언서 콘텐츠 {N[13]} 은
게시자 계정 제재와 함께 비공개 처리되었습니다.

감사합니다.
네이버 지식iN 운영팀
"""
case(
    name="naver-kin-quoted-printable",
    **{"from": "kin_help@naver.com"},
    name_from="네이버 지식iN",
    date="Thu, 05 Sep 2024 18:03:51 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[지식iN] KCSC-240903-01 처리 안내".encode()).decode() + "?=",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Knowledge iN operator notice, quoted-printable Korean body",
    why="Question deleted (removed); influencer content 비공개 처리 (removed).",
    items={N[7]: "removed", N[13]: "removed"},
)

case(
    name="naver-tv-age-gated-english",
    **{"from": "tv-ops@navercorp.com"},
    name_from="NAVER TV Operations",
    date="Sat, 07 Sep 2024 10:05:12 +0900",
    subject="KCSC-240903-01 - NAVER TV clip",
    body=f"""Dear KCSC team,

Following our review, the NAVER TV clip {N[9]} has been
age-gated: it now requires adult verification (19+) and is no longer
shown to minors or to logged-out users. The channel owner has been
notified.

Best,
Minseok Han
NAVER TV Operations
""",
    outcome="applied", classification="confirmation",
    imitates="video platform age-restriction notice (English)",
    why="Adult verification gate = age-restricted = restricted.",
    items={N[9]: "restricted"},
)

case(
    name="naver-wrapped-angle-urls",
    **{"from": "kin_help@naver.com"},
    name_from="네이버 지식iN",
    date="Tue, 10 Sep 2024 09:44:03 +0900",
    subject="Re: KCSC-240903-01",
    body=f"""안녕하세요, 지식iN 운영팀입니다.

다음 게시물 2건은 운영원칙에 따라 삭제되었습니다.

<https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111
&docId=471230099>
<https://post.naver.com/viewer/postView.naver?volumeNo=38110022
&memberNo=5510201>

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply with long URLs wrapped inside angle brackets (RFC 3986 appendix C)",
    why="Both wrapped, bracketed URLs are requested items and are stated deleted.",
    items={N[14]: "removed", N[8]: "removed"},
)

case(
    name="naver-fullwidth-punctuation",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 15:12:40 +0900",
    subject="[네이버] KCSC-240903-01 블로그 게시물 처리 결과",
    body=f"""안녕하세요．네이버 권리보호센터입니다．

블로그 게시물에 대한 처리 결과입니다．

・{N[1]}：게시중단
・{N[2]}（삭제）
・{N[11]}（조치 불가：게시자 소명 자료 확인 결과 위반 사항 없음）

감사합니다．
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice typed with full-width punctuation (IME) right after the URLs",
    why="Full-width colon/parentheses right after each URL: two blog posts removed, one refused with a reason (rejected).",
    items={N[1]: "removed", N[2]: "removed", N[11]: "rejected"},
)

case(
    name="naver-promise-will-act",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Wed, 04 Sep 2024 13:30:00 +0900",
    subject="RE: [KCSC-240903-01] 시정요구",
    reply_to_req="req.240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 요청 건 중 아래 블로그 게시물은 내부 검토를 거쳐
금주 중 조치할 예정입니다.

{N[1]}
{N[2]}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal interim reply promising action (조치할 예정)",
    why="조치할 예정 is a promise, not a statement; the named items stay pending.",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-bulk-all-deleted",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    subject="[NAVER] 시정요구(KCSC-240903-01) 조치 완료",
    reply_to_req="req.240903-01",
    body="""안녕하세요, 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 시정요구(KCSC-240903-01) 14건에 대하여
모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line 'all done' completion notice",
    why="All 14 items said removed without naming any: bulk, items stay pending.",
    items={u: "pending" for u in REQ_ITEMS["KCSC-240903-01"]},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@naver.com"},
    name_from="NAVER 정책지원",
    auth="fail",
    date="Thu, 05 Sep 2024 08:12:09 +0900",
    subject="[NAVER] KCSC-240903-01 처리결과",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

아래 게시물은 삭제 처리되었습니다.
{N[1]}
{N[2]}
{N[12]}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail failing DKIM/SPF/DMARC",
    why="From naver.com but authentication fails: nothing applies.",
    items={N[1]: "pending", N[2]: "pending", N[12]: "pending"},
)

case(
    name="naver-staff-out-of-office",
    **{"from": "jiyoon.park@navercorp.com"},
    name_from="박지윤",
    date="Mon, 16 Sep 2024 09:00:02 +0900",
    subject="[자동응답] Re: [KCSC-240903-01] 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""[자동응답] 추석 연휴 부재 안내

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 회신드리겠습니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주세요.

I am out of the office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply over Chuseok",
    why="Auto-reply, says nothing about items.",
    items={},
)

# ================================================================ Daum / Kakao
case(
    name="daum-temporary-measure",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    date="Thu, 05 Sep 2024 15:45:10 +0900",
    subject="[Daum] 게시물 임시조치 안내 (KCSC-240904-02)",
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라 30일간
임시조치(접근 차단)를 하였음을 알려드립니다.

- 대상 게시물
  {D[1]}
  {D[2]}

임시조치 기간 중 게시자의 재게시 요청이 없는 경우 기간 만료 후
해당 게시물은 삭제됩니다.

Daum 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 30일 임시조치 notice",
    why="임시조치 (30-day access block) = restricted; the later deletion is only conditional.",
    items={D[1]: "restricted", D[2]: "restricted"},
)

daum_html = f"""<html><body>
<p>안녕하세요, Daum 카페 고객센터입니다.</p>
<p>KCSC-240904-02 요청에 대한 처리 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>게시물 주소</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td><a href="{D[3]}">{D[3]}</a></td><td>삭제 완료</td></tr>
<tr><td><a href="{D[4]}">{D[4]}</a></td><td>게시물이 존재하지 않음 (블로그 폐쇄)</td></tr>
</tbody></table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="daum-base64-html-table",
    **{"from": "cafe-help@daum.net"},
    name_from="Daum 카페",
    date="Fri, 06 Sep 2024 11:11:11 +0900",
    subject="[Daum 카페] 요청 처리 결과 안내",
    reply_to_req="req.240904-02",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(daum_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre result mail, base64 HTML table",
    why="Cafe post 삭제 완료 = removed; Tistory post 존재하지 않음 = not_found.",
    items={D[3]: "removed", D[4]: "not_found"},
)

case(
    name="daum-english-angle-brackets",
    **{"from": "trustsafety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Mon, 09 Sep 2024 17:30:00 +0900",
    subject="Outcome of your request KCSC-240904-02",
    body=f"""Hello,

Please find below the outcome for KCSC-240904-02.

<{D[1]}>
   Action: Content removed (breach of Daum Cafe Terms of Service)

<{D[2]}>
   Action: No action taken. Having reviewed the article, we found it does
   not violate our policies or applicable Korean law, so it remains up.

Regards,
Kakao Trust & Safety
https://www.kakao.com/policy/oppolicy
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety outcome list with bracketed URLs",
    why="First article removed; second refused with a reason (rejected); policy link is no item.",
    items={D[1]: "removed", D[2]: "rejected"},
)

case(
    name="daum-tistory-private",
    **{"from": "right@kakaocorp.com"},
    name_from="Kakao 권리침해신고센터",
    date="Tue, 10 Sep 2024 10:20:00 +0900",
    subject="Re: [KCSC-240904-02] 티스토리 게시물 관련",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

문의하신 티스토리 게시글 {D[4]} 은(는) 개인정보 노출이
확인되어 운영정책에 따라 블라인드(비공개) 처리되었습니다.

카페 게시물에 대한 결과는 Daum 카페팀에서 별도로 안내드릴 예정입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Tistory 블라인드 처리 안내",
    why="Tistory post blinded = removed; the cafe posts are only promised a later answer.",
    items={D[4]: "removed"},
)

case(
    name="kakao-about-naver-url",
    **{"from": "right@kakaocorp.com"},
    name_from="Kakao 권리침해신고센터",
    date="Fri, 06 Sep 2024 09:10:00 +0900",
    subject="Re: [KCSC-240903-01] 시정요구",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 게시물 {N[3]} 은 당사 서비스에서 확인되지 않는 게시물입니다.
네이버 블로그 게시물로 보이니 네이버 측에 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal reply to a request sent to the wrong company",
    why="Kakao says a NAVER item is not found on its service: a status about another platform's item.",
    items={N[3]: "pending"},
)

case(
    name="daum-ticket-receipt-english",
    **{"from": "noreply-cs@kakaocorp.com"},
    name_from="Kakao Customer Service",
    date="Wed, 04 Sep 2024 09:41:30 +0900",
    subject="[Kakao] We have received your report (Ticket #KR-8812034)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We have received your report regarding KCSC-240904-02 and created
ticket #KR-8812034. Our team will review it and get back to you by email.

Please do not reply to this message; replies to this address are not read.

Kakao Customer Service
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (Zendesk-style)",
    why="Pure receipt: ticket created, nothing about any item.",
    items={},
)

# ================================================================ DC Inside
case(
    name="dc-numbered-result-list",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Mon, 09 Sep 2024 13:13:13 +0900",
    subject="[디시인사이드] 시정요구 KCSC-240905-03 처리 결과",
    reply_to_req="req.240905-03",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240905-03 건의 처리 결과를 안내드립니다.

1) {C[1]}
   -> 삭제 완료
2) {C[2]}
   -> 삭제 완료 (작성 IP 차단)
3) {C[3]}
   -> 삭제 완료
4) {C[4]}
   -> 이미 삭제된 게시물입니다 (작성자 삭제)
5) {C[5]}
   -> 위법 정보에 해당하지 않는 것으로 판단되어 삭제하지 않았습니다.

감사합니다.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="community-site numbered result list",
    why="Three deleted, one already deleted by its author (not_found), one refused with a reason (rejected).",
    items={C[1]: "removed", C[2]: "removed", C[3]: "removed", C[4]: "not_found", C[5]: "rejected"},
)

case(
    name="dc-terse-one-line",
    **{"from": "hjkim@dcinside.com"},
    name_from="김현준",
    date="Fri, 06 Sep 2024 19:02:00 +0900",
    subject="RE: 시정요구 KCSC-240905-03",
    body=f"""안녕하세요 디시인사이드입니다.
{C[5]} 삭제했습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="terse operator reply",
    why="One named post deleted.",
    items={C[5]: "removed"},
)

case(
    name="dc-url-with-particles",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Tue, 10 Sep 2024 11:40:00 +0900",
    subject="[디시인사이드] 마이너 갤러리 게시물 처리 안내",
    body=f"""안녕하세요, 디시인사이드 신고센터입니다.

{C[2]}은 불법 도박 홍보 게시물로 확인되어 삭제되었고, {C[3]}도 같은 사유로 삭제 처리했습니다.

KCSC-240905-03 건의 나머지 게시물은 이전 메일로 회신드린 바와 같습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean prose with particles (은/도) glued to the URLs",
    why="Both minor-gallery posts deleted; the particle is not part of the URL.",
    items={C[2]: "removed", C[3]: "removed"},
)

case(
    name="dc-html-links",
    **{"from": "report@dcinside.com"},
    name_from="DCinside Report Center",
    date="Wed, 11 Sep 2024 16:00:00 +0900",
    subject="[DCinside] Result of request KCSC-240905-03",
    type="html",
    body=f"""<div>Dear KCSC,</div>
<div><br></div>
<div>The following posts were deleted by our moderation team on 11 September:</div>
<ul>
<li><a href="{C[1].replace('&', '&amp;')}">{C[1].replace('&', '&amp;')}</a></li>
<li><a href="{C[4].replace('&', '&amp;')}">{C[4].replace('&', '&amp;')}</a></li>
</ul>
<div>For other enquiries please use <a href="https://www.dcinside.com/policy/report">our report page</a>.</div>
<div><br></div>
<div>DCinside Report Center</div>
""",
    outcome="applied", classification="confirmation",
    imitates="short English HTML outcome mail with linked URLs",
    why="Two linked posts stated deleted; the report page link is no item.",
    items={C[1]: "removed", C[4]: "removed"},
)

case(
    name="dc-appears-deleted-hedge",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Fri, 06 Sep 2024 10:10:10 +0900",
    subject="RE: [KCSC-240905-03] 시정요구",
    body=f"""안녕하세요. 디시인사이드 신고센터입니다.

{C[1]} 는 이미 삭제된 것으로 보입니다.
정확한 삭제 경위는 확인되는 대로 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="operator reply hedged with 것으로 보입니다 (appears)",
    why="'appears to be already deleted' is a hedge, not a statement.",
    items={C[1]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "lilac.mgr0@gmail.com"},
    name_from="크립토QnA 매니저",
    date="Sat, 07 Sep 2024 22:31:00 +0900",
    subject="디시 마이너갤러리 게시물 삭제했습니다 (KCSC-240905-03)",
    body=f"""안녕하세요, 디시인사이드 크립토QnA 마이너 갤러리 매니저입니다.
갤러리 공지 보고 연락드립니다.
{C[2]} 글은 제가 매니저 권한으로 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a gallery volunteer moderator writing from a personal Gmail address",
    why="Not DC Inside's domain: a stranger's claim about a requested item.",
    items={C[2]: "pending"},
)

dc_mdn_report = """Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <req.240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""
case(
    name="dc-read-receipt",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Thu, 05 Sep 2024 11:30:00 +0900",
    subject="읽음 확인: [KCSC-240905-03] 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-0905"

--mdn-dc-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240905-03] 시정요구"을(를) 2024-09-05 11:29에 수신자가 읽었습니다.

--mdn-dc-0905
Content-Type: message/disposition-notification

{dc_mdn_report}
--mdn-dc-0905--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="Read receipt only.",
    items={},
)

# ================================================================ SOOP
case(
    name="soop-mixed-results",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP 운영팀",
    date="Mon, 09 Sep 2024 18:20:00 +0900",
    subject="[SOOP] 시정요구(KCSC-240906-04) 조치 결과",
    reply_to_req="req.240906-04",
    body=f"""안녕하세요. SOOP 운영팀입니다.

KCSC-240906-04 건에 대한 조치 결과를 알려드립니다.

- VOD {S[1]} : 삭제
- 방송국 게시글 {S[2]} : 블라인드 처리
- 라이브 방송 {S[3]} : 방송은 이미 종료되었으며 다시보기가 저장되지 않아
  해당 주소의 콘텐츠는 존재하지 않습니다.

해당 스트리머에게는 운영정책에 따라 방송 정지 7일 조치가 함께 적용되었습니다.

SOOP 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="streaming-site (SOOP/AfreecaTV) sanction result notice",
    why="VOD deleted, post blinded (removed); ended live stream without replay does not exist (not_found).",
    items={S[1]: "removed", S[2]: "removed", S[3]: "not_found"},
)

case(
    name="soop-vod-age-restricted",
    **{"from": "global-safety@sooplive.com"},
    name_from="SOOP Safety",
    date="Tue, 10 Sep 2024 08:50:00 +0900",
    subject="RE: KCSC-240906-04 VOD review",
    body=f"""Hello KCSC team,

The VOD {S[1]} has been changed to 19+ (age-restricted).
Viewers who are under 19 or not logged in can no longer play it.

Thank you,
SOOP Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="English age-restriction outcome from a streaming platform",
    why="19+ setting = age-restricted = restricted.",
    items={S[1]: "restricted"},
)

case(
    name="soop-receipt-plus-result",
    **{"from": "helpdesk@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Sat, 07 Sep 2024 12:00:40 +0900",
    subject="[SOOP 고객센터] 문의 답변 (접수번호 SP-2409-1182)",
    body=f"""안녕하세요, SOOP 고객센터입니다.

신고가 정상적으로 접수되었습니다. (접수번호 SP-2409-1182)

검토 결과 방송국 게시글 {S[2]} 은
운영정책 위반으로 삭제하였습니다.

더 궁금하신 점은 고객센터로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk answer that opens with the receipt line",
    why="Receipt phrase plus an unhedged deletion statement: not a mere acknowledgement.",
    items={S[2]: "removed"},
)

case(
    name="soop-may-have-been-removed",
    **{"from": "global-safety@sooplive.com"},
    name_from="SOOP Safety",
    date="Mon, 09 Sep 2024 09:30:00 +0900",
    subject="RE: KCSC-240906-04",
    body=f"""Hello,

Thanks for your message. The VOD {S[1]} may have been
removed by the streamer already; we are checking with the content team
and will update you once we have confirmation.

Best regards,
SOOP Safety Team
""",
    outcome="review", review="not_understood",
    imitates="English interim reply with a hedge",
    why="'may have been removed ... checking' is a hedge; item stays pending.",
    items={S[1]: "pending"},
)

case(
    name="soop-contact-change",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP 운영팀",
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject="[SOOP] 기관 협조 담당자 변경 안내",
    body="""안녕하십니까, SOOP 운영팀입니다.

9월 23일부로 관계기관 협조 담당자가 변경되어 안내드립니다.
향후 시정요구 및 협조 요청은 safety@sooplive.co.kr 로 보내 주시기 바랍니다.

변경 전: 이수민 매니저
변경 후: 정다은 매니저 (02-0000-0000)

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform notice of a change of contact person",
    why="Trusted SOOP mail naming no item and no request.",
    items={},
)

# ================================================================ Inven
case(
    name="inven-deleted-and-gone",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객지원",
    date="Wed, 11 Sep 2024 14:00:00 +0900",
    subject="[인벤] 시정요구 KCSC-240909-05 처리 결과 회신",
    reply_to_req="req.240909-05",
    body=f"""안녕하세요. 인벤 고객지원팀입니다.

1. {I[1]}
   불법 사행성 사이트 홍보 게시물로 확인되어 삭제 처리하였습니다.

2. {I[2]}
   확인 결과 작성자 본인이 이미 삭제한 게시물로, 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="game-community result reply",
    why="One deleted (removed); one already deleted by its author (not_found).",
    items={I[1]: "removed", I[2]: "not_found"},
)

case(
    name="inven-echoed-report",
    **{"from": "report@inven.co.kr"},
    name_from="인벤 신고센터",
    date="Tue, 10 Sep 2024 17:05:00 +0900",
    subject="[인벤 신고센터] 신고 처리 결과 안내",
    body=f"""[인벤 신고센터] 신고 처리 결과 안내

■ 신고 번호 : R-20240909-3381
■ 신고 URL : {I[1]}
■ 신고 사유 : 불법 사행성 홍보
■ 처리 결과 : 게시물 삭제 및 작성자 30일 이용 제한
■ 처리 일시 : 2024-09-10 16:58

인벤을 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre result mail echoing the report fields",
    why="처리 결과: 게시물 삭제 = removed.",
    items={I[1]: "removed"},
)

case(
    name="inven-conditional-deletion",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객지원",
    date="Tue, 10 Sep 2024 10:30:00 +0900",
    subject="RE: 시정요구 KCSC-240909-05",
    body=f"""안녕하세요. 인벤 고객지원팀입니다.

{I[1]} 게시물에 대해 게시자에게 소명 기회를 부여하였으며,
7일 이내 소명이 없을 경우 삭제할 예정입니다.
결과는 추후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="conditional deletion notice (소명 기회 부여)",
    why="Deletion is conditional and in the future: item pending.",
    items={I[1]: "pending"},
)

case(
    name="inven-out-of-office-english",
    **{"from": "sehee.oh@inven.co.kr"},
    name_from="Sehee Oh",
    date="Mon, 09 Sep 2024 10:00:31 +0900",
    subject="Automatic reply: 시정요구 KCSC-240909-05",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: sehee.oh@inven.co.kr"],
    body="""I am currently out of the office on a business trip and will return on
Friday 13 September. I will have limited access to email.

For urgent matters, please contact cs@inven.co.kr.

현재 출장 중으로 9월 13일(금)에 복귀합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="Out-of-office auto-reply.",
    items={},
)

# ================================================================ Clien
case(
    name="clien-sole-statement",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date="Thu, 12 Sep 2024 11:15:00 +0900",
    subject="RE: [KCSC-240910-06] 시정요구",
    reply_to_req="req.240910-06",
    body="""안녕하세요, 클리앙 운영진입니다.

요청하신 게시물(KCSC-240910-06)은 운영진 확인 후 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small community operator reply naming only the reference",
    why="Sole statement for a one-item request: the item is removed.",
    items={L[1]: "removed"},
)

case(
    name="clien-asks-official-letter",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date="Wed, 11 Sep 2024 09:40:00 +0900",
    subject="RE: [KCSC-240910-06] 시정요구",
    reply_to_req="req.240910-06",
    body=f"""안녕하세요, 클리앙 운영진입니다.

{L[1]} 게시물 관련 요청 잘 받았습니다.
다만 이메일만으로는 처리가 어려워, 위원회 명의의 정식 공문(PDF)과
해당 게시물이 개인정보 침해에 해당하는 근거를 보내주시면
확인 후 조치하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="community site asking for an official letter before acting",
    why="Asks for documents; no statement about the item.",
    items={L[1]: "pending"},
)

clien_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report@clien.net
Subject: [KCSC-240910-06] 시정요구
Message-ID: <req.240910-06@kcsc.example>
Date: Tue, 10 Sep 2024 15:30:00 +0900

안녕하십니까, 방송통신심의위원회입니다.
아래 정보에 대하여 시정요구(KCSC-240910-06)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.
1. {L[1]}
"""
case(
    name="clien-bounce-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 15:30:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0910-clien"

--dsn-0910-clien
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@clien.net>: host mx1.clien.net[203.0.113.45] said: 550 5.1.1
    <report@clien.net>: Recipient address rejected: User unknown

--dsn-0910-clien
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 15:30:00 +0900

Final-Recipient: rfc822; report@clien.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.clien.net
Diagnostic-Code: smtp; 550 5.1.1 <report@clien.net>: Recipient address
    rejected: User unknown

--dsn-0910-clien
Content-Description: Undelivered Message
Content-Type: message/rfc822

{clien_orig}
--dsn-0910-clien--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) carrying our request",
    why="Bounce; the URL is only in our own returned request.",
    items={L[1]: "pending"},
)

# ================================================================ Ppomppu
case(
    name="ppomppu-gmail-quote",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 고객센터",
    date="Thu, 12 Sep 2024 16:48:00 +0900",
    subject="Re: [KCSC-240911-07] 시정요구",
    reply_to_req="req.240911-07",
    body=f"""안녕하세요, 뽐뿌 고객센터입니다.

자유게시판 게시물 2건은 불법 도박 사이트 홍보로 확인되어 삭제했습니다.
{P[1]}
{P[3]}

휴대폰 포럼 게시물은 담당 운영자가 확인 중입니다.

2024년 9월 11일 (수) 오전 10:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240911-07")}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail top-posted reply (…님이 작성:) over the quoted request",
    why="Two named posts deleted; the phone-forum post is only 'being checked' and appears again only in the quote.",
    items={P[1]: "removed", P[3]: "removed", P[2]: "pending"},
)

case(
    name="ppomppu-outlook-original",
    **{"from": "oper@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date="Fri, 13 Sep 2024 10:05:00 +0900",
    subject="RE: [KCSC-240911-07] 시정요구",
    body=f"""안녕하세요.
휴대폰 포럼 게시물 {P[2]} 은 무허가 판매 광고 게시물로 확인되어 삭제하였습니다.

뽐뿌 운영팀 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <help@ppomppu.co.kr>
Sent: 2024-09-11 (수) 10:12:00 (GMT+09:00)
Subject: [KCSC-240911-07] 시정요구

{quoted_request("KCSC-240911-07", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook/Naver Works reply above '-----Original Message-----'",
    why="Phone-forum post deleted; the other two are only in the unprefixed original below.",
    items={P[2]: "removed", P[1]: "pending", P[3]: "pending"},
)

case(
    name="ppomppu-keeps-post",
    **{"from": "oper@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date="Fri, 13 Sep 2024 15:30:00 +0900",
    subject="RE: [KCSC-240911-07] 자유게시판 게시물 검토 결과",
    body=f"""안녕하세요, 뽐뿌 운영팀입니다.

{P[1]}
위 게시물은 해외 스포츠 경기 정보 공유 목적의 글로, 도박 사이트 주소나
가입 유도 내용이 없어 운영규정 위반 사항이 확인되지 않았습니다.
따라서 게시를 유지합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community refusal with its reason",
    why="Stays up because it breaks no rule: rejected.",
    items={P[1]: "rejected"},
)

case(
    name="ppomppu-bulk-three",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 고객센터",
    date="Sat, 14 Sep 2024 11:00:00 +0900",
    subject="Re: [KCSC-240911-07] 처리 완료",
    reply_to_req="req.240911-07",
    body="""안녕하세요, 뽐뿌 고객센터입니다.
신고하신 게시물 3건 모두 삭제 처리했습니다.
감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="'all three deleted' completion reply",
    why="Statement about all three without naming them, for a three-item request: bulk.",
    items={P[1]: "pending", P[2]: "pending", P[3]: "pending"},
)

case(
    name="ppomppu-ticket-receipt",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 고객센터",
    date="Wed, 11 Sep 2024 10:13:05 +0900",
    subject="[뽐뿌] 문의가 접수되었습니다 (접수번호 PP-240911-0412)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 뽐뿌 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: PP-240911-0412
문의 제목: [KCSC-240911-07] 시정요구

담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-desk automatic receipt (접수번호)",
    why="Pure receipt.",
    items={},
)

# ================================================================ Nate
case(
    name="nate-noreply-autoreply",
    **{"from": "noreply@nate.com"},
    name_from="네이트 고객센터",
    date="Tue, 03 Sep 2024 10:12:30 +0900",
    subject="[네이트] 자동응답: 본 주소는 수신을 하지 않습니다",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""본 메일은 발신 전용 주소로, 보내주신 메일은 확인되지 않습니다.
문의는 네이트 고객센터(https://helpdesk.nate.com)를 이용해 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean portal 'send-only address' auto-reply",
    why="Auto-reply from an unwatched address.",
    items={},
)


HEADER = """# Blind set 651 (Korean portals and community sites, mixed Korean/English).
# Written by tests/corpus/blind651/make.py from each email's meaning alone,
# before the reader was ever run on it. See NOTES.md.
"""


def ew(text):
    """RFC 2047 encoded word (B) for a non-ASCII header value."""
    if text.isascii() or text.startswith("=?"):
        return text
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


# Display names are always sent as encoded words; subjects too, except for
# the two community sites whose mailers send raw UTF-8 (RFC 6532) subjects.
RAW_SUBJECT = ("dc-", "ppomppu-")
for c in cases:
    if "name_from" in c:
        c["name_from"] = ew(c["name_from"])
    if not c["name"].startswith(RAW_SUBJECT):
        c["subject"] = ew(c["subject"])


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
