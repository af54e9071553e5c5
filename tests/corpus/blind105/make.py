#!/usr/bin/env python3
"""Blind set 105: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, Clien, Ppomppu), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind105/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on them. All names, URLs and ids are fictional.
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

# ---------------------------------------------------------------- requests
KO_PATH = "중고거래-공지"

N = {
    1: "https://cafe.naver.com/moonlitbazaar/40211",
    2: "https://cafe.naver.com/moonlitbazaar/40219",
    3: "https://cafe.naver.com/moonlitbazaar/40388",
    4: "https://blog.naver.com/haneul_trade/223560114872",
    5: "https://blog.naver.com/haneul_trade/223561870045",
    6: "https://blog.naver.com/dawnpetal_09/223548821190",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471982316",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38201177&memberNo=55120873",
    9: "https://cafe.naver.com/greyharbor77/9120",
    10: "https://cafe.naver.com/greyharbor77/9134",
    11: "https://blog.naver.com/sokcho_lights/223570019934",
    12: "https://tv.naver.com/v/58823141",
    13: "https://blog.naver.com/haneul_trade/" + quote(KO_PATH),
    14: "https://m.blog.naver.com/quietfern_k/223575510388",
}
N13_RAW = "https://blog.naver.com/haneul_trade/" + KO_PATH
D = {
    1: "https://cafe.daum.net/silverkoi/Ab3F/1187",
    2: "https://cafe.daum.net/silverkoi/Ab3F/1192",
    3: "https://blackfinch.tistory.com/212",
    4: "https://blackfinch.tistory.com/215",
    5: "https://tv.kakao.com/v/447120983",
}
C = {
    1: "https://gall.dcinside.com/board/view/?id=neonalley&no=88123",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinwhisper&no=301774",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinwhisper&no=301802",
    4: "https://gall.dcinside.com/mini/board/view/?id=paperlantern&no=5521",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131884207",
    2: "https://vod.sooplive.co.kr/player/131890552",
    3: "https://ch.sooplive.co.kr/nightowl_tv/post/98812334",
}
T = {
    1: "https://pann.nate.com/talk/372288190",
    2: "https://pann.nate.com/talk/372291044",
}
I1 = "https://www.inven.co.kr/board/lostark/5355/1823301"
P = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120334",
    2: "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4471203",
}

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[k] for k in range(1, 15)], "illegal_gambling", "req-240902-01@kcsc.example",
     "gambling promotion network on cafes, blogs, kin, post, tv"),
    ("KCSC-240903-02", "daum", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00",
     list(D.values()), "obscenity", "req-240903-02@kcsc.example", "cafe, tistory and kakao tv"),
    ("KCSC-240904-03", "dcinside", "2024-09-04T09:15:00+09:00", "2024-09-11T18:00:00+09:00",
     list(C.values()), "privacy", "req-240904-03@kcsc.example", "personal data posted in galleries"),
    ("KCSC-240905-04", "soop", "2024-09-05T16:40:00+09:00", "2024-09-12T18:00:00+09:00",
     list(S.values()), "obscenity", "req-240905-04@kcsc.example", "VODs and a channel post"),
    ("KCSC-240906-05", "nate", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     list(T.values()), "defamation", "req-240906-05@kcsc.example", "pann threads"),
    ("KCSC-240909-06", "inven", "2024-09-09T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [I1], "illegal_trade", "req-240909-06@kcsc.example", "account trading post"),
    ("KCSC-240910-07", "ppomppu", "2024-09-10T15:20:00+09:00", "2024-09-20T18:00:00+09:00",
     list(P.values()), "fraud", "req-240910-07@kcsc.example", "phishing links"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보에 대하여 시정요구(삭제)를 요청드리니 조치 후 결과를 회신하여 주시기 바랍니다. (요청번호 {ref})",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "KCSC 통신심의국 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def encode_word(s):
    """RFC 2047 encoded-word for a non-ASCII display name, as mail clients send it."""
    if s.isascii():
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def case(**kw):
    if "name_from" in kw:
        kw["name_from"] = encode_word(kw["name_from"])
    CASES.append(kw)


# ================================================================ applied
case(
    name="naver-gisijungdan-result-numbered",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Tue, 03 Sep 2024 16:05:12 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 2024년 9월 2일 요청하신 게시물(요청번호 KCSC-240902-01)에
대한 처리 결과를 아래와 같이 알려드립니다.

■ 처리 결과
1. {N[1]} - 게시중단
2. {N[2]} - 게시중단
3. {N[3]} - 게시중단
4. {N[9]} - 게시물 없음 (작성자가 이미 삭제한 게시물입니다)

나머지 게시물은 검토가 끝나는 대로 따로 안내드리겠습니다.

게시중단된 게시물의 작성자는 운영정책에 따라 이의를 제기할 수 있으며, 관련 절차는
https://help.naver.com/policy/rights-protection 에서 보실 수 있습니다.

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내 (numbered list, URL - status)",
    why="Trusted NAVER notice: three cafe posts 게시중단 (removed), one already deleted by its author (not_found); the help link is not an item",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[9]: "not_found"},
)

case(
    name="naver-imsijochi-30days",
    **{"from": "noreply_rights@naver.com"}, name_from="NAVER 권리보호센터",
    date="Wed, 04 Sep 2024 11:20:40 +0900",
    subject="[NAVER] 임시조치 결과 안내",
    reply_to_req="req-240902-01",
    body=f"""방송통신심의위원회 담당자님께,

귀 위원회의 요청(KCSC-240902-01)에 따라 정보통신망법 제44조의2에 근거하여
아래 블로그 게시물에 30일간 임시조치를 하였습니다.

 - 대상 게시물: {N[4]}
 - 대상 게시물: {N[5]}
 - 조치 내용: 임시조치 (30일간 게시물 접근 차단)
 - 조치 일시: 2024-09-04 11:02

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 기간 만료 후 게시물은 삭제됩니다.

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER/Kakao 임시조치(30일) 결과 안내 under 정보통신망법 제44조의2",
    why="임시조치 (access blocked for 30 days) is a restriction for both listed blog posts; the later deletion is conditional",
    items={N[4]: "restricted", N[5]: "restricted"},
)

case(
    name="naver-html-result-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 05 Sep 2024 14:47:03 +0900",
    subject="Re: [KCSC-240902-01] 시정요구 조치결과 회신",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, NAVER 정책지원팀입니다.</p>
<p>요청번호 <b>KCSC-240902-01</b> 건의 조치결과를 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef5ee"><th>No</th><th>URL</th><th>처리결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N[6]}">{N[6]}</a></td><td>삭제</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td><a href="{N[7].replace('&', '&amp;')}">{N[7].replace('&', '&amp;')}</a></td><td>삭제</td><td>&nbsp;</td></tr>
<tr><td>3</td><td><a href="{N[8].replace('&', '&amp;')}">{N[8].replace('&', '&amp;')}</a></td><td>조치 불가</td><td>게시물 내용이 운영정책 및 관련 법령 위반으로 확인되지 않음</td></tr>
<tr><td>4</td><td><a href="{N[10]}">{N[10]}</a></td><td>블라인드</td><td>카페 운영원칙 위반</td></tr>
</table>
<p>운영정책 전문은 <a href="https://policy.naver.com/policy/service_group.html">여기</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>NAVER 정책지원팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table (URL / 처리결과 / 비고)",
    why="Table rows: two 삭제 (removed), one 조치 불가 with its reason (rejected), one 블라인드 (removed); policy link is not an item",
    items={N[6]: "removed", N[7]: "removed", N[8]: "rejected", N[10]: "removed"},
)

case(
    name="naver-bilingual-blog-and-tv",
    **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Thu, 05 Sep 2024 18:02:55 +0900",
    subject="RE: KCSC-240902-01 removal request / 삭제 요청 회신",
    reply_to_req="req-240902-01",
    body=f"""Dear KCSC team,

Thank you for your request KCSC-240902-01. Our findings for two of the links:

The blog post {N[11]} has been removed from NAVER Blog for promoting illegal gambling.
(해당 블로그 게시물은 불법 도박 홍보로 삭제되었습니다.)

The NAVER TV clip {N[12]} has been age-restricted: it can now only be viewed by
logged-in users aged 19 or over. (19세 이상 연령 제한 조치)

We will write again about the other links once our review is complete.

Best regards,
Jiwoo Han
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Trust & Safety bilingual (English with Korean glosses) reply",
    why="Blog post removed; TV clip age-restricted (restricted); the promise about other links names nothing",
    items={N[11]: "removed", N[12]: "restricted"},
)

csv_text = (
    "\ufeff요청번호,URL,처리결과,처리일시\r\n"
    f"KCSC-240902-01,{N13_RAW},삭제,2024-09-05 10:14\r\n"
    f"KCSC-240902-01,{N[14]},게시물 없음,2024-09-05 10:15\r\n"
    f"KCSC-240902-01,\"{N[8]}\",비공개 처리,2024-09-05 10:21\r\n"
)
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 06 Sep 2024 09:31:18 +0900",
    subject="[KCSC-240902-01] 처리결과 파일 송부",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-b105-csv"

--nv-b105-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. NAVER 정책지원팀입니다.

KCSC-240902-01 건 중 처리가 끝난 3건의 결과를 첨부 파일(CSV)로 보내드립니다.

감사합니다.

--nv-b105-csv
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--nv-b105-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Portal policy team sending a result spreadsheet as a CSV attachment",
    why="CSV rows: Korean-path blog post 삭제 (removed), mobile blog post 게시물 없음 (not_found), post 비공개 처리 (removed)",
    items={N[13]: "removed", N[14]: "not_found", N[8]: "removed"},
)

case(
    name="naver-top-posted-over-quote",
    **{"from": "seoyun.kim@navercorp.com"}, name_from="김서윤",
    date="Fri, 06 Sep 2024 15:48:09 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 요청 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 정책지원팀 김서윤입니다.
요청 주신 건 중 아래 두 건 먼저 회신드립니다.

- {N[2]} : 삭제 완료
- {N[3]} : 삭제 완료

나머지는 확인 중입니다.

김서윤 드림

2024년 9월 2일 (월) 오전 10:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240902-01", [N[k] for k in range(1, 15)])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean top-posted reply (…님이 작성:) over the quoted request",
    why="Only the two lines above the quote state results (removed); the quoted request lists all 14 URLs and says nothing about them",
    items={N[2]: "removed", N[3]: "removed", N[1]: "pending", N[4]: "pending", N[12]: "pending"},
)

case(
    name="naver-url-then-result-line",
    **{"from": "kin_ops@navercorp.com"}, name_from="지식iN 운영팀",
    date="Mon, 09 Sep 2024 10:12:30 +0900",
    subject="시정요구 처리결과 (지식iN / NAVER TV)",
    body=f"""요청번호: KCSC-240902-01

[1]
{N[7]}
→ 처리결과: 게시중단 (지식iN 운영원칙 위반)

[2]
{N[12]}
→ 처리결과: 비공개 처리

문의: 지식iN 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN operations result form (bare URL, status on the line below)",
    why="Each URL is followed by its result line: 게시중단 and 비공개 처리 both mean removed",
    items={N[7]: "removed", N[12]: "removed"},
)

qp_body = f"""greyharbor77 카페 게시물 처리 결과를 알려드립니다. (요청번호 KCSC-240902-01)

{N[10]} : 운영자 삭제

요청하신 {N[9]} 게시물은 작성자가 이미 삭제하여 확인할 수 없습니다.

네이버 카페 고객센터
"""
case(
    name="naver-qp-cafe-operator-delete",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페",
    date="Mon, 09 Sep 2024 13:40:02 +0900",
    subject=encode_word("[네이버 카페] 게시물 처리 결과"),
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe customer-centre reply, quoted-printable Korean body",
    why="운영자 삭제 = removed; a post the author already deleted cannot be found = not_found",
    items={N[10]: "removed", N[9]: "not_found"},
)

case(
    name="naver-ack-plus-result",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Tue, 10 Sep 2024 17:25:44 +0900",
    subject="[네이버] 게시중단 요청 접수 및 처리 결과 안내",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

귀하의 요청은 접수번호 NV-20240905-77812로 접수되었습니다.

검토 결과, 아래 블로그 게시물은 게시중단 처리되었습니다.
{N[5]}

게시중단 사실은 게시자에게 통지되었습니다.

네이버 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 접수 및 처리 결과 combined notice (receipt number plus outcome)",
    why="Despite the receipt sentence, it states plainly that the blog post was 게시중단 (removed): not a pure acknowledgement",
    items={N[5]: "removed"},
)

case(
    name="naver-gmail-english-quote",
    **{"from": "minho.park@navercorp.com"}, name_from="Minho Park",
    date="Wed, 11 Sep 2024 09:03:27 +0900",
    subject="Re: Removal request KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Of the posts you listed, these have been taken down:

  * {N[1]}
  * {N[4]}

The cafe post {N[9]} had already been deleted by its author before your
request reached us, so there was nothing left for us to act on.

Regards,
Minho Park | NAVER Policy Operations

On Mon, Sep 2, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", [N[k] for k in range(1, 15)])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail English reply with bulleted list over 'On … wrote:' quote",
    why="Two posts taken down (removed), one already deleted by its author (not_found); the quoted request states nothing",
    items={N[1]: "removed", N[4]: "removed", N[9]: "not_found", N[6]: "pending"},
)

case(
    name="naver-wrapped-url-in-brackets",
    **{"from": "post_ops@navercorp.com"}, name_from="NAVER Post Operations",
    date="Wed, 11 Sep 2024 11:47:51 +0900",
    subject="RE: KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Hello KCSC,

The following NAVER Post article was deleted by our operations team on
10 September for breaching the NAVER Post operating policy:

<https://post.naver.com/viewer/postView.naver?volumeNo=38201177&
memberNo=55120873>

Kind regards,
NAVER Post Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook plain-text reply hard-wrapped at 76 columns, long URL in angle brackets split across two lines",
    why="The bracketed URL is split by the sender's line wrapping; rejoined it is the requested Post article, deleted (removed)",
    items={N[8]: "removed"},
)

case(
    name="daum-cafe-blind-notice",
    **{"from": "cleancenter@kakaocorp.com"}, name_from="Daum 고객센터",
    date="Wed, 04 Sep 2024 15:10:33 +0900",
    subject="[Daum 카페] 신고 게시물 조치 안내 (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, Daum 고객센터입니다.

요청하신 카페 게시글에 대한 조치 결과를 안내드립니다.

대상: {D[1]}
조치: 블라인드 (운영정책 위반 - 음란물)

대상: {D[2]}
조치: 삭제

Tistory 및 카카오TV 건은 담당 부서에서 별도로 회신드릴 예정입니다.

Daum 고객센터 드림
https://cs.daum.net
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 카페 게시글 블라인드/삭제 조치 안내 (대상/조치 pairs)",
    why="블라인드 and 삭제 both count as removed for the two cafe posts; the promise about the other services names no item",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="daum-tistory-english-split",
    **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Thu, 05 Sep 2024 10:44:19 +0900",
    subject="Re: KCSC-240903-02 - Tistory posts",
    reply_to_req="req-240903-02",
    body=f"""Dear KCSC,

We reviewed the two Tistory posts in your request.

{D[3]} was removed for violating the Tistory operating policy on
sexual content.

After review, {D[4]} does not violate our policies or Korean law, so
we have decided not to take action; the post remains available.

If you have additional information about the second post, you may reply
to this email.

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Trust & Safety English outcome email (one removed, one refused with reason)",
    why="First post removed; second stays up because it breaks no rule (rejected); the invitation to send more is not a request for info",
    items={D[3]: "removed", D[4]: "rejected"},
)

html_b64 = f"""<html><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>요청번호 KCSC-240903-02 처리 결과입니다.</p>
<ul>
<li>{D[1]} &ndash; 삭제</li>
<li>{D[3]} &ndash; 삭제</li>
<li>{D[5]} &ndash; 존재하지 않는 영상입니다 (이미 삭제됨)</li>
</ul>
<p>카카오 운영정책: <a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
</body></html>
"""
case(
    name="daum-base64-html-list",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 16:55:00 +0900",
    subject="[카카오] 처리 결과 안내",
    reply_to_req="req-240903-02",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_b64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 HTML notice, base64-encoded",
    why="Two items 삭제 (removed); the Kakao TV clip does not exist (not_found); policy link is not an item",
    items={D[1]: "removed", D[3]: "removed", D[5]: "not_found"},
)

case(
    name="dc-operator-prose-ko",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 13:22:48 +0900",
    subject="Re: 개인정보 게시물 삭제 요청 (KCSC-240904-03)",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 중 {C[1]} 및
{C[2]} 게시물은
개인정보 노출로 삭제 처리하였습니다.

{C[3]} 게시물은 요청 접수 전에
작성자가 직접 삭제하여 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 prose reply (several URLs in one Korean sentence)",
    why="Two gallery posts deleted (removed); the third was deleted by its author earlier (not_found)",
    items={C[1]: "removed", C[2]: "removed", C[3]: "not_found"},
)

case(
    name="dc-angle-brackets-particles",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 11:05:37 +0900",
    subject="Re: 개인정보 게시물 삭제 요청 (KCSC-240904-03)",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요, 디시인사이드입니다.

<{C[4]}>의 게시물은 미니갤러리 운영 원칙 위반으로 삭제되었습니다.
<{C[3]}>은(는) 검토 결과 개인정보가 포함되어 있지 않아 불법정보에 해당하지 않는다고 판단되어 게시를 유지합니다.

추가 문의는 본 메일로 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply with URLs in angle brackets followed by Korean particles (의, 은(는))",
    why="Mini-gallery post deleted (removed); the other is kept with its reason (rejected)",
    items={C[4]: "removed", C[3]: "rejected"},
)

case(
    name="dc-numbered-english",
    **{"from": "abuse@dcinside.com"}, name_from="DCInside Abuse Desk",
    date="Mon, 09 Sep 2024 09:58:14 +0900",
    subject="[DCInside] Result of request KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""Hello,

Results for request KCSC-240904-03:

1. {C[1]} -- deleted
2. {C[2]} -- deleted
3. {C[3]} -- deleted
4. {C[4]} -- we could not locate this post; the link opens an "invalid post" page.

DCInside Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Abuse-desk English numbered results list",
    why="Three posts deleted (removed); the fourth cannot be located (not_found)",
    items={C[1]: "removed", C[2]: "removed", C[3]: "removed", C[4]: "not_found"},
)

case(
    name="dc-outlook-wrapped-original",
    **{"from": "jisoo.lee@dcinside.com"}, name_from="이지수",
    date="Tue, 10 Sep 2024 14:30:00 +0900",
    subject="RE: [KCSC-240904-03] 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""담당자님 안녕하세요.

말씀하신 마이너 갤러리 게시물 {C[2]} 은
오늘 오전 운영팀에서 삭제했습니다.

이지수 / 디시인사이드 운영지원

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 9:15 AM
To: help@dcinside.com
Subject: [KCSC-240904-03] 삭제 요청

{quoted_request("KCSC-240904-03", list(C.values()), prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----' with the unquoted request below",
    why="Only the top part speaks: one minor-gallery post deleted (removed); the request below the Original Message line states nothing",
    items={C[2]: "removed", C[1]: "pending", C[4]: "pending"},
)

case(
    name="soop-vod-ko-arrows",
    **{"from": "safety@soopcorp.com"}, name_from="SOOP 운영팀",
    date="Fri, 06 Sep 2024 17:12:05 +0900",
    subject="[SOOP] 시정요구 조치 결과 회신 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요. SOOP 운영팀입니다.

요청하신 콘텐츠에 대한 조치 결과를 알려드립니다.

▶ {S[1]}
  - 조치 내용: VOD 삭제
▶ {S[2]}
  - 조치 내용: VOD 삭제
▶ {S[3]}
  - 조치 내용: 게시글 비공개 처리

해당 스트리머에게는 운영정책에 따른 제재가 함께 적용되었습니다.

SOOP 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) 운영팀 조치 결과 회신 with ▶ markers",
    why="Two VODs deleted and a channel post made private: all removed",
    items={S[1]: "removed", S[2]: "removed", S[3]: "removed"},
)

case(
    name="soop-english-bulleted-mixed",
    **{"from": "global-safety@sooplive.co.kr"}, name_from="SOOP Safety",
    date="Mon, 09 Sep 2024 10:40:26 +0900",
    subject="Re: KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""Hi,

Here is the outcome of our review:

* {S[1]} - removed for sexual content.
* {S[2]} - reviewed; no violation of the SOOP Operating Policy was found, so the VOD stays up.
* {S[3]} - age-restricted (19+). Viewers must verify their age to open it.

You can read our Operating Policy at https://www.sooplive.co.kr/policy/operation

SOOP Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP English safety-team bulleted outcome",
    why="One VOD removed, one kept for no violation (rejected), the post age-restricted (restricted)",
    items={S[1]: "removed", S[2]: "rejected", S[3]: "restricted"},
)

case(
    name="nate-pann-delete-blind",
    **{"from": "pann@skcomms.co.kr"}, name_from="네이트 판 운영자",
    date="Mon, 09 Sep 2024 15:03:11 +0900",
    subject="[네이트] 게시물 조치 결과 안내 - KCSC-240906-05",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요, 네이트 판 운영자입니다.

요청하신 판 게시글 2건을 확인하였습니다.

{T[1]}
 → 명예훼손 게시물로 판단되어 삭제하였습니다.

{T[2]}
 → 블라인드 처리하였습니다.

판 운영정책: https://pann.nate.com/info/policy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Nate 판 운영자 조치 결과 안내 (URL then arrow line)",
    why="Both pann threads: 삭제 and 블라인드 are removed; policy link is not an item",
    items={T[1]: "removed", T[2]: "removed"},
)

case(
    name="inven-sole-statement",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원",
    date="Tue, 10 Sep 2024 11:18:42 +0900",
    subject="Re: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req="req-240909-06",
    body="""안녕하세요. 인벤 고객지원팀입니다.

요청하신 게시물은 확인 후 삭제 조치하였습니다.

감사합니다.
인벤 고객지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Short game-community CS reply: 'the requested post was deleted' with no URL",
    why="One-item request referenced by number and thread; the single statement covers its only item (removed)",
    items={I1: "removed"},
)

case(
    name="inven-fullwidth-brackets",
    **{"from": "report@inven.co.kr"}, name_from="INVEN 신고센터",
    date="Wed, 11 Sep 2024 09:26:30 +0900",
    subject="［인벤］ 신고 처리 결과",
    reply_to_req="req-240909-06",
    body=f"""방송통신심의위원회 담당자님께

요청하신 게시물（{I1}）은 운영정책 제7조(계정 거래 금지) 위반으로 삭제 처리되었습니다．

처리 일시：2024-09-11 09:10
담당：인벤 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="INVEN 신고센터 notice typed with full-width brackets and punctuation",
    why="The URL is wrapped in full-width parentheses; the post was deleted (removed)",
    items={I1: "removed"},
)

case(
    name="ppomppu-list-ko",
    **{"from": "cs@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Wed, 11 Sep 2024 16:44:57 +0900",
    subject="[뽐뿌] KCSC-240910-07 처리결과",
    reply_to_req="req-240910-07",
    body=f"""안녕하세요. 뽐뿌 운영팀입니다.

1) {P[1]}
   피싱 링크 게시물로 확인되어 삭제했습니다.
2) {P[2]}
   존재하지 않는 게시물입니다. (번호 확인 부탁드립니다)

뽐뿌 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu operator reply, numbered URLs with the result on the line below",
    why="Free-board post deleted (removed); phone-board post does not exist (not_found)",
    items={P[1]: "removed", P[2]: "not_found"},
)

case(
    name="ppomppu-outlook-quoted",
    **{"from": "admin@ppomppu.co.kr"}, name_from="Ppomppu Admin",
    date="Thu, 12 Sep 2024 10:02:21 +0900",
    subject="RE: [KCSC-240910-07] 게시물 삭제 요청",
    reply_to_req="req-240910-07",
    body=f"""휴대폰 게시판 글 {P[2]} 는 삭제 처리했습니다.
자유게시판 건은 게시판 담당자가 확인 후 회신드리겠습니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <cs@ppomppu.co.kr>
Sent: 2024-09-10 (화) 15:20:00
Subject: [KCSC-240910-07] 게시물 삭제 요청

{quoted_request("KCSC-240910-07", list(P.values()), prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook/Daum-mail reply over '-----Original Message-----'",
    why="Phone-board post deleted (removed); the free-board post is only promised and appears otherwise only in the original request",
    items={P[2]: "removed", P[1]: "pending"},
)

# ================================================================ review
case(
    name="naver-promise-sequential",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 04 Sep 2024 09:40:10 +0900",
    subject="[네이버] 요청 건 진행 상황 안내 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 중
{N[1]}
{N[2]}
위 게시물은 내부 검토를 거쳐 순차적으로 게시중단될 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 진행 상황 안내 (processing will follow)",
    why="'게시중단될 예정' is a promise, not a statement: both posts stay pending and the email needs a person",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-hedges-english",
    **{"from": "abuse@dcinside.com"}, name_from="DCInside Abuse Desk",
    date="Thu, 05 Sep 2024 18:21:40 +0900",
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""Hello,

From what we can see, {C[1]} appears to have been
removed already, and {C[2]} may have
been deleted by the gallery manager. We will confirm once our logs are checked.

DCInside Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="Abuse-desk preliminary answer full of hedges",
    why="'appears to have been' and 'may have been' are hedges, not statements: items stay pending",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="daum-bulk-all-five",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Thu, 05 Sep 2024 12:00:48 +0900",
    subject="[카카오] KCSC-240903-02 처리 완료",
    reply_to_req="req-240903-02",
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240903-02 건으로 요청하신 게시물 5건은 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao one-line 'all N items done' completion notice",
    why="One statement about all five items without naming each, for a five-item request: bulk, items pending",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending", D[5]: "pending"},
)

case(
    name="soop-forged-auth-fail",
    **{"from": "safety@soopcorp.com"}, name_from="SOOP 운영팀",
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:09 +0900",
    subject="[SOOP] 조치 완료 (KCSC-240905-04)",
    body=f"""SOOP 운영팀입니다.

{S[1]} : 삭제 완료
{S[2]} : 삭제 완료

SOOP 운영팀
""",
    outcome="review", review="untrusted",
    imitates="Look-alike of the SOOP result notice whose DKIM/SPF/DMARC fail",
    why="Comes from a SOOP domain but fails authentication: nothing applied",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="naver-law-firm-unknown-sender",
    **{"from": "office@hanbit-law.example"}, name_from="법무법인 한빛",
    date="Fri, 06 Sep 2024 11:30:00 +0900",
    subject="블로그 게시물 자진 삭제 통지 (귀 위원회 KCSC-240902-01 관련)",
    body=f"""방송통신심의위원회 귀중

당 법무법인은 블로그 'haneul_trade' 운영자의 대리인입니다.
의뢰인은 귀 위원회가 요청한 아래 게시물을 2024년 9월 5일 자진 삭제하였음을 알려드립니다.

- {N[4]}
- {N[5]}

법무법인 한빛 담당 변호사 정다은 드림
""",
    outcome="review", review="unknown_sender",
    imitates="Law firm letter on behalf of a blogger announcing voluntary deletion",
    why="Sender is not a platform: its claims name our request and items but cannot change a status",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    **{"from": "greyharbor.mgr@gmail.com"}, name_from="회색항구 매니저",
    date="Sat, 07 Sep 2024 22:41:13 +0900",
    subject="KCSC-240902-01 카페 글 삭제했습니다",
    body=f"""안녕하세요 greyharbor77 카페 매니저입니다.
카페 쪽으로 공문 내용 전달받아서 {N[10]} 글은 제가 직접 지웠습니다.
앞으로 비슷한 글 올라오지 않게 관리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Community cafe manager writing from a personal webmail address",
    why="A gmail.com sender is no platform, however plausible: review unknown_sender, the item stays pending",
    items={N[10]: "pending"},
)

case(
    name="daum-about-naver-items",
    **{"from": "cleancenter@kakaocorp.com"}, name_from="Daum 고객센터",
    date="Tue, 10 Sep 2024 10:15:27 +0900",
    subject="Re: 게시물 삭제 요청 (KCSC-240902-01)",
    body=f"""안녕하세요, Daum 고객센터입니다.

요청하신 아래 게시물은 삭제 처리되었습니다.
- {N[9]}
- {N[10]}

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Daum customer-centre notice answering a request that belongs to another portal",
    why="Kakao states deletions for NAVER cafe posts of a NAVER request: wrong platform, nothing applied",
    items={N[9]: "pending", N[10]: "pending"},
)

case(
    name="naver-asks-supporting-documents",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Thu, 05 Sep 2024 10:02:36 +0900",
    subject="[네이버] 추가 자료 요청 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

{N[4]} 게시물의 게시중단 검토를 위해 아래 자료를 추가로 보내 주시기 바랍니다.

 1. 시정요구 의결서 사본
 2. 해당 게시물이 불법정보에 해당한다고 판단한 근거

자료가 확인되기 전까지 처리가 보류됩니다.

네이버 권리보호센터
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents (추가 자료 요청)",
    why="Asks for documents and puts the item on hold: a person must answer; item stays pending",
    items={N[4]: "pending"},
)

case(
    name="nate-partner-notice-no-claims",
    **{"from": "partner@skcomms.co.kr"}, name_from="SK커뮤니케이션즈",
    date="Thu, 12 Sep 2024 14:00:00 +0900",
    subject="[SK커뮤니케이션즈] 유관기관 협조 담당자 변경 안내",
    body="""유관기관 담당자님께,

2024년 9월 23일부터 게시물 조치 요청 접수 창구가 변경됩니다.
앞으로 시정요구 공문은 pann@skcomms.co.kr 로 보내 주시기 바랍니다.

추석 연휴(9월 16일~18일)에는 긴급 건만 처리됩니다.

감사합니다.
SK커뮤니케이션즈 대외협력팀
""",
    outcome="review", review="no_claims",
    imitates="Portal notice to partner agencies about a new contact address",
    why="Trusted Nate mail naming no item and no request: review no_claims",
    items={},
)

case(
    name="inven-hedge-promise",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원",
    date="Tue, 10 Sep 2024 09:05:50 +0900",
    subject="Re: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req="req-240909-06",
    body=f"""안녕하세요. 인벤 고객지원팀입니다.

{I1} 게시물은 이미 신고가 누적되어 게시판 관리자가 확인 중인 것으로 보이며,
곧 정리될 것 같습니다. 처리되면 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Game-community CS agent's informal 'being looked at, will be sorted soon' reply",
    why="Only hedges ('것으로 보이며') and promises ('곧 정리될 것 같습니다'): no statement, item pending",
    items={I1: "pending"},
)

case(
    name="ppomppu-conditional-deletion",
    **{"from": "cs@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Wed, 11 Sep 2024 10:10:10 +0900",
    subject="[뽐뿌] KCSC-240910-07 진행 안내",
    reply_to_req="req-240910-07",
    body=f"""안녕하세요. 뽐뿌 운영팀입니다.

{P[1]} 게시물은 작성자에게 소명 기회를 부여하였으며,
소명 기간(7일)이 지나도 소명이 없으면 삭제될 예정입니다.

뽐뿌 운영팀
""",
    outcome="review", review="not_understood",
    imitates="Community operator notice of a pending 소명 (explanation) period",
    why="Deletion depends on a condition and lies in the future: item pending",
    items={P[1]: "pending"},
)

case(
    name="soop-conflicting-template",
    **{"from": "safety@soopcorp.com"}, name_from="SOOP 운영팀",
    date="Tue, 10 Sep 2024 13:33:03 +0900",
    subject="[SOOP] 조치 결과 회신 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요. SOOP 운영팀입니다.

■ 대상 콘텐츠: {S[1]}
■ 처리 결과: 삭제

위 영상은 검토 결과 운영정책 위반이 확인되지 않아 게시가 유지됨을 안내드립니다.

SOOP 운영팀 드림
""",
    outcome="review", review="conflicting_statements",
    imitates="SOOP result form whose template field and free text disagree",
    why="The result field says 삭제 while the sentence below says the VOD stays up: a person must decide",
    items={S[1]: "pending"},
)

case(
    name="naver-internal-forward",
    **{"from": "yuna.choi@navercorp.com"}, name_from="최유나",
    date="Thu, 12 Sep 2024 16:20:31 +0900",
    subject="Fwd: [내부] KCSC-240902-01 블로그 건 처리",
    body=f"""참고로 법무지원팀 회신 전달드립니다.

---------- Forwarded message ---------
From: 법무지원 <legal-support@navercorp.com>
Date: 2024년 9월 12일 (목) 오후 3:58
Subject: [내부] KCSC-240902-01 블로그 건 처리
To: 정책지원팀 <policy@navercorp.com>

{N[6]} 게시물 삭제 완료했습니다.
위원회 회신은 정책지원팀에서 부탁드립니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="NAVER employee forwarding an internal legal-team note (Gmail 'Forwarded message')",
    why="The statement is inside a forwarded internal message, not the sender's own: review forwarded, item pending",
    items={N[6]: "pending"},
)

# ================================================================ ignored
case(
    name="naver-out-of-office",
    **{"from": "seoyun.kim@navercorp.com"}, name_from="김서윤",
    date="Mon, 02 Sep 2024 10:31:05 +0900",
    subject="자동 회신: [방송통신심의위원회] 시정요구 요청 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 김서윤입니다.
9월 6일까지 휴가로 부재중이며 메일 확인이 늦어질 수 있습니다.
급한 용무는 policy@navercorp.com 으로 보내 주세요.

I am out of the office until 6 September with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook Korean/English out-of-office auto-reply (자동 회신)",
    why="Auto-reply: ignored, whatever it refers to",
    items={},
)

case(
    name="daum-dsn-bounce",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 14:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b105-kakao"

--dsn-b105-kakao
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-kr@kakaocorp.com>: host mx2.kakaocorp.com said: 550 5.1.1
    <report-kr@kakaocorp.com>: Recipient address rejected: User unknown

--dsn-b105-kakao
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Tue,  3 Sep 2024 14:00:39 +0900 (KST)

Final-Recipient: rfc822; report-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b105-kakao
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report-kr@kakaocorp.com
Subject: [KCSC-240903-02] 시정요구 요청
Date: Tue, 3 Sep 2024 14:00:00 +0900
Message-ID: <req-240903-02@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request("KCSC-240903-02", list(D.values()), prefix="")}

--dsn-b105-kakao--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (Undelivered Mail Returned to Sender) carrying our original request",
    why="Bounce: ignored even though the returned request lists the URLs",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="dc-mdn-read-receipt",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 04 Sep 2024 09:47:22 +0900",
    subject="읽음: [KCSC-240904-03] 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b105-dc"

--mdn-b105-dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240904-03] 삭제 요청"을(를) 수신자가 2024-09-04 09:47에 읽었습니다.

--mdn-b105-dc
Content-Type: message/disposition-notification

Reporting-UA: webmail.dcinside.com; DCMail 3.2
Final-Recipient: rfc822; help@dcinside.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b105-dc--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Webmail read receipt (MDN, 읽음 확인)",
    why="Read receipt: ignored",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Thu, 05 Sep 2024 16:41:30 +0900",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 SP-240905-55812)",
    reply_to_req="req-240905-04",
    body="""안녕하세요, SOOP 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
 · 접수번호: SP-240905-55812
 · 접수일시: 2024-09-05 16:41

답변은 영업일 기준 1~3일 이내에 이메일로 드립니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Helpdesk ticket receipt (문의 접수 안내)",
    why="Pure acknowledgement with a ticket number: ignored",
    items={},
)

case(
    name="clien-holiday-auto-reply",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Sat, 14 Sep 2024 09:00:03 +0900",
    subject="[자동응답] 추석 연휴 휴무 안내",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""안녕하세요, 클리앙 운영진입니다.

추석 연휴(9월 14일~18일) 동안 운영진 메일 응대가 중단됩니다.
보내주신 메일은 9월 19일부터 순서대로 확인하겠습니다.

이 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Community-site holiday auto-reply (자동응답)",
    why="Auto-reply from a platform we have no request with: ignored",
    items={},
)

case(
    name="nate-report-receipt-echo",
    **{"from": "noreply@nate.com"}, name_from="네이트 고객센터",
    date="Fri, 06 Sep 2024 11:02:14 +0900",
    subject="[네이트] 신고가 접수되었습니다",
    body=f"""안녕하세요. 네이트 고객센터입니다.

고객님의 신고가 정상 접수되었습니다.

[접수 내용]
접수번호: NT-0906-33817
신고 대상 URL: {T[1]}
신고 대상 URL: {T[2]}
신고 사유: 명예훼손 (KCSC-240906-05)

담당자 확인 후 순차적으로 처리되며, 처리 결과는 별도로 안내드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Nate report-receipt email echoing the submitted form",
    why="Receipt echoing our report: the URLs are only echoed, nothing is stated about them; ignored",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="ppomppu-delay-dsn-local",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Wed, 11 Sep 2024 03:20:00 +0900",
    subject="Delayed Mail (still being retried)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b105-local"

--dsn-b105-local
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 12 hours.
It will be retried until it is 5 days old.

<cs@ppomppu.co.kr>: host mx.ppomppu.co.kr[203.0.113.45] said: 452 4.2.2
    Mailbox full (in reply to RCPT TO command)

--dsn-b105-local
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 15:20:02 +0900 (KST)

Final-Recipient: rfc822; cs@ppomppu.co.kr
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--dsn-b105-local
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cs@ppomppu.co.kr
Subject: [KCSC-240910-07] 게시물 삭제 요청
Message-ID: <req-240910-07@kcsc.example>

--dsn-b105-local--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delay warning DSN from our own MTA (mailbox full at the platform)",
    why="Delivery-status report: ignored",
    items={},
)

HEADER = """# Blind set 105 (Korean portals and community sites). Written by make.py
# from the meaning of each email before the reader was run on it.
# Each case is ingested alone into a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind105", HEADER, CASES)


if __name__ == "__main__":
    main()
