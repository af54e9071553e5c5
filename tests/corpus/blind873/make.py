#!/usr/bin/env python3
"""Blind corpus set 873: Korean portals and community sites (NAVER, Daum,
DC Inside, SOOP, Nate, Inven, Clien, Ppomppu, FM Korea), Korean and English
mixed, with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind873/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of its email alone,
before the reader was ever run on this set.
"""
import base64
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind873"

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240906-03", "KCSC-240909-04",
    "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07",
)

N = {
    1: "https://blog.naver.com/moonlit_pier/223511000101",
    2: "https://blog.naver.com/moonlit_pier/223511000102",
    3: "https://blog.naver.com/grey_heron77/223498765401",
    4: "https://cafe.naver.com/lakesidetraders/88120",
    5: "https://cafe.naver.com/lakesidetraders/88133",
    6: "https://cafe.naver.com/quietmarket/5521",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471100231",
    8: "https://blog.naver.com/paperkite_09/223520011842",
    9: "https://m.blog.naver.com/saltwind_22/223530004417",
    10: "https://post.naver.com/viewer/postView.naver?volumeNo=38800112&memberNo=5521190",
    11: "https://tv.naver.com/v/59110023",
    12: "https://cafe.naver.com/quietmarket/5530",
}
CAFE_KO = "빛고을장터"
D_RAW = {
    1: f"https://cafe.daum.net/{CAFE_KO}/Zq1a/3051",
    2: f"https://cafe.daum.net/{CAFE_KO}/Zq1a/3077",
}
D = {
    1: f"https://cafe.daum.net/{quote(CAFE_KO)}/Zq1a/3051",
    2: f"https://cafe.daum.net/{quote(CAFE_KO)}/Zq1a/3077",
    3: "https://cafe.daum.net/nightowlclub/Ksd2/398",
    4: "https://cafe.daum.net/nightowlclub/Ksd2/412",
}
C = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120431",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=330118",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=330142",
    4: "https://gall.dcinside.com/mini/board/view/?id=luckyseven&no=2210",
    5: "https://m.dcinside.com/board/coinmarket/330190",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131207755",
    2: "https://ch.sooplive.co.kr/nightrider99/post/90210345",
}
F = {
    1: "https://www.fmkorea.com/7311204455",
    2: "https://www.fmkorea.com/7311209910",
    3: "https://www.fmkorea.com/best/7311350021",
}
L = {1: "https://www.clien.net/service/board/park/18640221"}
P = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9034417",
    2: "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410382",
}

REQUESTS = [
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", N, "illegal_gambling"),
    (R2, "daum", "2024-09-05T10:30:00+09:00", "2024-09-12T23:59:59+09:00", D, "defamation"),
    (R3, "dcinside", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00", C, "illegal_finance"),
    (R4, "soop", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00", S, "obscenity"),
    (R5, "fmkorea", "2024-09-10T10:10:00+09:00", "2024-09-17T23:59:59+09:00", F, "privacy"),
    (R6, "clien", "2024-09-11T14:00:00+09:00", "2024-09-18T23:59:59+09:00", L, "defamation"),
    (R7, "ppomppu", "2024-09-12T10:00:00+09:00", "2024-09-19T23:59:59+09:00", P, "illegal_trade"),
]


def msgid(ref):
    return f"req.{ref}@kcsc.example"


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, items, cat in REQUESTS:
        for k in sorted(items):
            url = items[k]
            cell = f'"{url}"' if "," in url else url
            lines.append(f"{ref},{plat},{sent},{due},{cell},{cat},{msgid(ref)},blind873 item {k}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
def h(s):
    """RFC 2047 encoded word for a header value with non-ASCII text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted_request_ko(ref, urls):
    lines = [
        f"> 수신: 정책 담당자님",
        f"> 참조번호: {ref}",
        "> 방송통신심의위원회는 아래 정보에 대하여 시정요구(삭제)를 요청합니다.",
        ">",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> 조치 결과를 회신하여 주시기 바랍니다.", "> KCSC 통신심의 담당"]
    return "\n".join(lines)


def quoted_request_en(ref, urls):
    lines = [f"> Reference: {ref}", ">",
             "> The Korea Communications Standards Commission requests the removal",
             "> of the following content:", ">"]
    for u in urls:
        lines.append(f"> - {u}")
    lines += [">", "> Please reply to this address with the action taken.", "> KCSC Takedown Desk"]
    return "\n".join(lines)


NAVER_POLICY = "https://help.naver.com/service/30001/contents/19001"
NAVER_RIGHT = "https://right.naver.com/report/reason"

cases = []


def case(**kw):
    cases.append(kw)


# ==========================================================================
# APPLIED
# ==========================================================================

# --- NAVER (largest request, 12 items) -----------------------------------
rows = [
    (1, "삭제", ""),
    (2, "삭제", ""),
    (3, "임시조치 (30일)", "권리침해 주장 게시물"),
    (4, "블라인드", "카페 운영정책 위반"),
    (5, "게시물 없음", "작성자 본인이 이미 삭제함"),
    (6, "조치 불가", "위반 사항이 확인되지 않아 게시 유지"),
    (7, "삭제", ""),
    (8, "임시조치 (30일)", ""),
    (9, "비공개 처리", ""),
    (10, "게시물 없음", "존재하지 않는 주소"),
    (11, "연령 제한 (19세 이상)", "로그인 및 성인 인증 후 시청 가능"),
    (12, "삭제", ""),
]
trs = "\n".join(
    f'<tr><td>{i}</td><td><a href="{N[i]}">{N[i].replace("&", "&amp;")}</a></td>'
    f"<td>{res}</td><td>{note}</td></tr>"
    for i, res, note in rows
)
case(
    name="naver-kcsc-result-html-table",
    **{"from": "safety-report@navercorp.com"},
    name_from=h("NAVER 게시중단요청센터"),
    date="Mon, 09 Sep 2024 16:42:07 +0900",
    subject=h(f"[NAVER] 시정요구({R1}) 조치 결과 회신"),
    reply_to_req=msgid(R1),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(참조번호 {R1})에 대하여 네이버는 아래와 같이 조치하였음을 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
{trs}
</table>
<p>임시조치된 게시물은 30일 이내 게시자의 재게시 요청이 없으면 삭제됩니다.
관련 기준은 <a href="{NAVER_POLICY}">네이버 운영원칙</a>과
<a href="{NAVER_RIGHT}">게시중단요청서비스</a>에서 확인하실 수 있습니다.</p>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER reply to a KCSC 시정요구 with a 조치결과 table (삭제/임시조치/블라인드/게시물 없음/조치 불가)",
    why="trusted NAVER table, one unhedged result per row for all 12 items",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed",
           N[5]: "not_found", N[6]: "rejected", N[7]: "removed", N[8]: "restricted",
           N[9]: "removed", N[10]: "not_found", N[11]: "restricted", N[12]: "removed"},
)

case(
    name="naver-blog-topposted-gmail-quote",
    **{"from": "jiwon.seo@navercorp.com"},
    name_from=h("서지원 (NAVER 블로그 운영팀)"),
    date="Wed, 04 Sep 2024 11:05:33 +0900",
    subject=h(f"Re: [{R1}] 시정요구(삭제) 요청"),
    reply_to_req=msgid(R1),
    body=f"""안녕하세요, 네이버 블로그 운영팀 서지원입니다.

요청하신 건 가운데 moonlit_pier 블로그의 게시물 두 건을 확인하여
게시중단 처리를 완료하였습니다.

- {N[1]}
- {N[2]}

나머지 게시물은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

감사합니다.
서지원 드림

2024년 9월 3일 (화) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted_request_ko(R1, [N[1], N[2], N[3], N[4]])}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog team reply top-posted over the quoted KCSC request (Gmail-style Korean attribution line)",
    why="n1 and n2 are stated 게시중단 above the quote; n3 appears only in the quoted request",
    items={N[1]: "removed", N[2]: "removed", N[3]: "pending"},
)

case(
    name="naver-cafe-english-bullets",
    **{"from": "trustandsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Thu, 05 Sep 2024 18:20:14 +0900",
    subject=f"Re: Removal request {R1} - NAVER Cafe posts",
    reply_to_req=msgid(R1),
    body=f"""Dear KCSC team,

Thank you for request {R1}. Our review of the three NAVER Cafe posts in it is complete:

* {N[4]} - blinded by the Cafe operations team for breaching the Cafe operating policy. It is no longer visible to anyone.
* {N[5]} - the author deleted this post before we reached it, so there was nothing left for us to act on.
* {N[6]} - we found no breach of Korean law or of our policies; the post stays up.

The blog, Knowledge iN and NAVER TV items in your request are handled by other teams, who will write to you separately.

Kind regards,
Minho Park
NAVER Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER Trust & Safety English outcome email with one bullet per reported URL",
    why="blinded = removed, deleted by its author = not_found, no breach and stays up = rejected",
    items={N[4]: "removed", N[5]: "not_found", N[6]: "rejected"},
)

kin_body = f"""안녕하세요. 네이버 지식iN 운영팀입니다.

귀 위원회에서 요청하신 지식iN 질문 게시물 {N[7]} 은 운영원칙 위반(불법 도박 홍보)으로 확인되어 삭제되었습니다.

참조번호: {R1}

네이버 지식iN 운영팀
"""
case(
    name="naver-kin-quoted-printable",
    **{"from": "kin_help@navercorp.com"},
    name_from=h("네이버 지식iN"),
    date="Fri, 06 Sep 2024 09:12:45 +0900",
    subject=h(f"[지식iN] 게시물 처리 결과 안내 ({R1})"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(kin_body)}""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER Knowledge iN single-post result notice, quoted-printable Korean body",
    why="one unhedged Korean statement: the Knowledge iN post was deleted",
    items={N[7]: "removed"},
)

case(
    name="naver-url-then-result-line",
    **{"from": "blog_report@naver.com"},
    name_from=h("네이버 블로그 고객센터"),
    date="Fri, 06 Sep 2024 14:31:02 +0900",
    subject=h(f"[네이버 블로그] 게시중단 처리 결과 ({R1})"),
    body=f"""[게시중단 처리 결과 안내]

방송통신심의위원회 요청 건({R1})의 블로그 게시물 처리 결과를 알려드립니다.

대상 URL: {N[8]}
처리 결과: 임시조치 (30일)

대상 URL: {N[9]}
처리 결과: 삭제

임시조치 기간 중 게시자가 재게시를 요청하는 경우 관련 법령에 따라 처리됩니다.
자세한 사항은 {NAVER_RIGHT} 를 참고해 주십시오.

네이버 블로그 고객센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice with 'URL' and '처리 결과' on separate lines",
    why="each URL has its result on the line below: 임시조치 = restricted, 삭제 = removed",
    items={N[8]: "restricted", N[9]: "removed"},
)

case(
    name="naver-tv-age-restricted-post-missing",
    **{"from": "tv-support@navercorp.com"},
    name_from="NAVER TV Support",
    date="Sat, 07 Sep 2024 10:48:19 +0900",
    subject=f"[NAVER TV / Post] Outcome of request {R1}",
    reply_to_req=msgid(R1),
    body=f"""Hello,

Regarding request {R1}:

The NAVER TV clip {N[11]} has been age-restricted. It is now shown only to signed-in users who have verified that they are 19 or older.

We could not locate the NAVER Post at
{N[10]}
The link returns "this post does not exist" and there is no volume with that number in our records.

Best regards,
NAVER TV / Post operations
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER TV/Post English support reply: age restriction and a post that cannot be found",
    why="age-restricted = restricted; 'could not locate' with the URL on the next line = not_found",
    items={N[11]: "restricted", N[10]: "not_found"},
)

csv_text = "\ufeff번호,URL,조치결과,사유\n" + "\n".join([
    f"1,{N[3]},임시조치,권리침해 주장 (30일)",
    f"2,{N[6]},유지,위반 사항 없음",
    f"3,{N[12]},삭제,불법 도박 홍보",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 17:03:51 +0900",
    subject=h(f"RE: [{R1}] 추가 조치 결과 송부"),
    reply_to_req=msgid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-b873-csv"

--nv-b873-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.
{R1} 건 중 남은 게시물의 조치 결과를 첨부 파일로 송부드립니다.

감사합니다.

--nv-b873-csv
Content-Type: text/csv; charset=utf-8; name="{R1}_result.csv"
Content-Disposition: attachment; filename="{R1}_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--nv-b873-csv--
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER policy team reply with a CSV result sheet attached (번호,URL,조치결과,사유)",
    why="CSV rows: 임시조치 = restricted, 유지 / 위반 사항 없음 = rejected, 삭제 = removed",
    items={N[3]: "restricted", N[6]: "rejected", N[12]: "removed"},
)

case(
    name="naver-statement-of-reasons-korea-only",
    **{"from": "dsa-notice@navercorp.com"},
    name_from="NAVER Content Moderation",
    date="Mon, 09 Sep 2024 08:55:00 +0900",
    subject=f"Statement of reasons - {R1} - NAVER Blog",
    body=f"""Statement of reasons

Reference: {R1}
Content: {N[9]}
Decision: access to the content restricted in the Republic of Korea
Territorial scope: Republic of Korea only; the post stays visible elsewhere
Ground: notice from a competent authority (illegal gambling advertising)
Automated means used: no
Redress: the uploader may appeal through the NAVER Help Center

This statement is sent for your records.
NAVER Content Moderation
""",
    outcome="applied",
    classification="confirmation",
    imitates="DSA-style statement of reasons (decision, territorial scope, ground, redress) sent by a Korean portal",
    why="decision restricted to the Republic of Korea only = restricted",
    items={N[9]: "restricted"},
)

case(
    name="naver-ack-plus-blind",
    **{"from": "cafe_help@navercorp.com"},
    name_from=h("네이버 카페 고객센터"),
    date="Wed, 04 Sep 2024 13:27:41 +0900",
    subject=h(f"[네이버 카페] 요청 접수 및 1차 처리 안내 ({R1})"),
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

보내주신 요청이 정상적으로 접수되었습니다. (접수번호 NV-5521-0904)

우선 확인이 끝난 {N[12]} 게시물은 블라인드 처리하였으며,
나머지 카페 게시물은 순차적으로 검토하고 있습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER Cafe receipt notice that already reports one post blinded",
    why="acknowledgement wording plus an unhedged 블라인드 statement about n12; the rest is unnamed and under review",
    items={N[12]: "removed"},
)

case(
    name="naver-one-removed-one-hedged",
    **{"from": "blog_policy@navercorp.com"},
    name_from="NAVER Blog Policy",
    date="Thu, 05 Sep 2024 20:14:09 +0900",
    subject=f"Re: {R1} (blog posts)",
    reply_to_req=msgid(R1),
    body=f"""Hi,

{N[1]} has been removed.

{N[2]} appears to have been deleted by the blogger already, but the deletion log is not available to me yet. I will confirm once I have it.

Thanks,
Hana Lee
NAVER Blog Policy
""",
    outcome="applied",
    classification="confirmation",
    imitates="short NAVER staff reply mixing a firm result and a hedged one",
    why="n1 removed is stated; 'appears to have been deleted' for n2 is a hedge, so n2 stays pending",
    items={N[1]: "removed", N[2]: "pending"},
)

# --- Daum / Kakao -------------------------------------------------------
case(
    name="daum-raw-korean-path-angle",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date="Mon, 09 Sep 2024 15:10:26 +0900",
    subject=h(f"[Daum 카페] 게시물 처리 결과 안내 ({R2})"),
    reply_to_req=msgid(R2),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회의 요청({R2})에 따라 아래 Daum 카페 게시물을 처리하였습니다.

<{D_RAW[1]}>
  → 임시조치(30일) 완료
<{D_RAW[2]}>
  → 삭제 완료

임시조치는 해당 정보에 대한 접근을 30일간 차단하는 조치입니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 권리침해신고센터 result notice for Daum Cafe posts (임시조치 30일 / 삭제)",
    why="raw Korean cafe paths match the percent-encoded request URLs; 임시조치 = restricted, 삭제 = removed",
    items={D[1]: "restricted", D[2]: "removed"},
)

case(
    name="daum-html-blind-and-keep",
    **{"from": "cafe_notice@kakaocorp.com"},
    name_from=h("Daum 카페"),
    date="Tue, 10 Sep 2024 11:36:50 +0900",
    subject=h("Daum 카페 게시물 신고 처리 안내"),
    type="html",
    body=f"""<html><body>
<div style="font-size:14px">
<p><b>Daum 카페 게시물 신고 처리 안내</b></p>
<p>요청번호: {R2}</p>
<p>nightowlclub 카페에 게시된 <a href="{D[4]}">{D[4]}</a> 게시물은 카페 운영정책 위반이 확인되어 <b>블라인드 처리</b>되었습니다.</p>
<p>같은 카페의 <a href="{D[3]}">{D[3]}</a> 게시물은 검토 결과 운영정책 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.</p>
<p>운영정책 전문: <a href="https://cs.daum.net/redbell/top.html">https://cs.daum.net/redbell/top.html</a></p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</div></body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum Cafe HTML report-outcome notice (블라인드 / 별도 조치 없음)",
    why="d4 blinded = removed; d3 no violation found and not acted on = rejected; the policy link is not an item",
    items={D[4]: "removed", D[3]: "rejected"},
)

case(
    name="daum-echoed-report-blocks",
    **{"from": "safety@kakaocorp.com"},
    name_from=h("카카오 세이프티"),
    date="Wed, 11 Sep 2024 09:20:33 +0900",
    subject=h(f"[카카오] 신고하신 게시물의 처리 결과입니다 - {R2}"),
    body=f"""신고하신 게시물의 처리 결과를 알려드립니다.

■ 신고 번호: R-2409-7730
■ 신고 대상: {D[4]}
■ 신고 사유: 명예훼손
■ 처리 결과: 삭제

■ 신고 번호: R-2409-7731
■ 신고 대상: {D[3]}
■ 신고 사유: 명예훼손
■ 처리 결과: 임시조치 (30일)

처리 결과에 이의가 있으신 경우 카카오 고객센터로 문의해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao report-outcome mail echoing the report fields (신고 대상 / 처리 결과)",
    why="each echoed block gives a result for its own URL: 삭제 = removed, 임시조치 = restricted",
    items={D[4]: "removed", D[3]: "restricted"},
)

# --- DC Inside ----------------------------------------------------------
case(
    name="dc-numbered-korean-results",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 19:02:11 +0900",
    subject=h(f"Re: [{R3}] 게시물 삭제 요청의 건"),
    reply_to_req=msgid(R3),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.
요청하신 게시물 5건의 처리 결과입니다.

1. {C[1]}
   → 삭제 완료
2. {C[2]}
   → 삭제 완료
3. {C[3]}
   → 작성자가 이미 삭제한 게시물입니다.
4. {C[4]}
   → 미니 갤러리 운영 기준상 문제가 없는 게시물로 판단되어 유지합니다.
5. {C[5]}
   → 삭제 완료

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside operations team numbered reply to a regulator's deletion request",
    why="삭제 완료 = removed; already deleted by its author = not_found; kept as not breaking rules = rejected",
    items={C[1]: "removed", C[2]: "removed", C[3]: "not_found", C[4]: "rejected", C[5]: "removed"},
)

case(
    name="dc-english-short",
    **{"from": "global@dcinside.com"},
    name_from="dcinside support",
    date="Mon, 09 Sep 2024 17:44:58 +0900",
    subject=f"RE: {R3}",
    reply_to_req=msgid(R3),
    body=f"""Hello,

{C[2]} was deleted by our moderation team this afternoon.
{C[3]} does not exist - the gallery shows "게시물이 존재하지 않습니다" for that number.

dcinside support
""",
    outcome="applied",
    classification="confirmation",
    imitates="terse English reply from a Korean community site's support desk",
    why="c2 deleted = removed; c3 does not exist = not_found",
    items={C[2]: "removed", C[3]: "not_found"},
)

case(
    name="dc-korean-particles-after-url",
    **{"from": "gallery_admin@dcinside.com"},
    name_from=h("디시인사이드 갤러리 관리팀"),
    date="Wed, 11 Sep 2024 10:15:37 +0900",
    subject=h(f"[디시인사이드] {R3} 관련 회신"),
    body=f"""안녕하세요. 디시인사이드 갤러리 관리팀입니다.

요청 주신 게시물 중
{C[5]}의 게시글은 운영자 삭제 처리되었습니다.
{C[4]}은 해당 미니 갤러리에 존재하지 않는 글입니다（번호 확인 부탁드립니다）.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside Korean reply with URLs run straight into Korean particles and full-width brackets",
    why="운영자 삭제 = removed for c5; 존재하지 않는 글 = not_found for c4 (particles 의/은 are not part of the URLs)",
    items={C[5]: "removed", C[4]: "not_found"},
)

dc_csv = "url,result,note\n" + "\n".join([
    f"{C[1]},deleted,",
    f"{C[2]},deleted,",
    f"{C[3]},deleted,",
    f"{C[4]},not found,no such post number",
    f"{C[5]},deleted,mobile link of the same gallery",
]) + "\n"
case(
    name="dc-csv-attachment-base64",
    **{"from": "report@dcinside.com"},
    name_from="DCInside Report",
    date="Thu, 12 Sep 2024 16:22:05 +0900",
    subject=f"[{R3}] takedown result (csv)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_dc_b873_0912"

------=_dc_b873_0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Please find the result of request {R3} in the attached file.
요청하신 건의 처리 결과를 첨부합니다.

------=_dc_b873_0912
Content-Type: application/octet-stream; name="dc_result_0912.csv"
Content-Disposition: attachment; filename="dc_result_0912.csv"
Content-Transfer-Encoding: base64

{b64(dc_csv)}
------=_dc_b873_0912--
""",
    outcome="applied",
    classification="confirmation",
    imitates="community-site abuse desk sending its result sheet as a CSV attachment (application/octet-stream)",
    why="CSV rows: deleted = removed, not found = not_found",
    items={C[1]: "removed", C[2]: "removed", C[3]: "removed", C[4]: "not_found", C[5]: "removed"},
)

# --- SOOP ---------------------------------------------------------------
case(
    name="soop-english-vod-and-post",
    **{"from": "trust@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Wed, 11 Sep 2024 21:03:44 +0900",
    subject=f"[SOOP] Result of your request {R4}",
    reply_to_req=msgid(R4),
    body=f"""Dear KCSC,

We have completed our review of request {R4}.

- The VOD {S[1]} has been deleted.
- The channel post {S[2]} has been set to private (비공개 처리) by our operations team and can no longer be viewed by other users.

The broadcaster has also received a warning under the SOOP operating policy.

SOOP Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) trust-and-safety English outcome email",
    why="VOD deleted = removed; post set to private for everyone = removed (비공개 처리)",
    items={S[1]: "removed", S[2]: "removed"},
)

s1_head, s1_tail = S[1].split("player/")
case(
    name="soop-korean-wrapped-angle-url",
    **{"from": "cs@afreecatv.com"},
    name_from=h("SOOP 고객센터"),
    date="Thu, 12 Sep 2024 14:50:18 +0900",
    subject=h(f"[SOOP] 시정요구 처리 결과 ({R4})"),
    body=f"""안녕하세요, SOOP 고객센터입니다.
{R4} 건 처리 결과를 안내드립니다.

1) VOD <{s1_head}player/
{s1_tail}> : 19세 이상 시청 제한(연령 제한) 적용

2) 방송국 게시글 <{S[2]}> : 검토 결과 운영정책 위반 사항이 없어 조치하지 않았습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP customer-centre Korean result notice, long URL wrapped inside angle brackets",
    why="age limit = restricted for s1 (URL wrapped within <>); no violation, no action = rejected for s2",
    items={S[1]: "restricted", S[2]: "rejected"},
)

# --- FM Korea -----------------------------------------------------------
case(
    name="fmkorea-text-table",
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영팀"),
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject=h(f"Re: [{R5}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=msgid(R5),
    body=f"""안녕하세요. 에펨코리아 운영팀입니다. 처리 결과 공유드립니다.

번호 | URL                                     | 처리결과
-----+-----------------------------------------+---------------------
 1   | {F[1]}      | 삭제
 2   | {F[2]}      | 삭제
 3   | {F[3]} | 유지 (규정 위반 아님)

문의 사항은 회신 주시기 바랍니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="FM Korea operators' plain-text pipe table reply",
    why="삭제 = removed for f1 and f2; 유지 (규정 위반 아님) = rejected for f3",
    items={F[1]: "removed", F[2]: "removed", F[3]: "rejected"},
)

fm_html = f"""<div dir="ltr"><p>안녕하세요, 에펨코리아입니다.</p>
<p>요청번호 {R5} 관련하여 아래와 같이 처리하였습니다.</p>
<ul>
<li>포텐 게시글 <a href="{F[3]}">{F[3]}</a> : 삭제하였습니다.</li>
<li><a href="{F[1]}">{F[1]}</a> : 해당 주소의 게시글을 찾을 수 없습니다.</li>
</ul>
<p>감사합니다.</p></div>
"""
case(
    name="fmkorea-base64-html",
    **{"from": "support@fmkorea.com"},
    name_from="FMKorea",
    date="Fri, 13 Sep 2024 15:42:30 +0900",
    subject=h(f"[에펨코리아] 처리 결과 안내 {R5}"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="000000000000fm873alt"

--000000000000fm873alt
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(fm_html)}
--000000000000fm873alt--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-sent HTML reply with a base64 body from a community site's support address",
    why="f3 deleted = removed; f1 cannot be found = not_found",
    items={F[3]: "removed", F[1]: "not_found"},
)

case(
    name="fmkorea-done-and-promise",
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영팀"),
    date="Wed, 11 Sep 2024 22:37:02 +0900",
    subject=h(f"RE: [{R5}] 게시물 삭제 요청"),
    reply_to_req=msgid(R5),
    body=f"""{F[2]} 삭제 완료했습니다.

{F[1]} 는 같은 작성자의 신고 누적 건과 함께 내일 중으로 검토한 뒤 조치할 예정입니다.

에펨코리아 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="brief operator reply: one post done, one promised for tomorrow",
    why="f2 삭제 완료 = removed; f1 only promised (조치할 예정) so it stays pending",
    items={F[2]: "removed", F[1]: "pending"},
)

# --- Clien --------------------------------------------------------------
case(
    name="clien-sole-statement-no-url",
    **{"from": "admin@clien.net"},
    name_from=h("클리앙 운영진"),
    date="Thu, 12 Sep 2024 09:58:24 +0900",
    subject=h(f"Re: [{R6}] 게시물 삭제 요청"),
    reply_to_req=msgid(R6),
    body="""안녕하세요, 클리앙 운영진입니다.

요청하신 게시물은 확인 후 삭제 조치하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Clien moderators' one-line reply in the request thread",
    why="the request has one item, so the sole unhedged 삭제 조치 statement applies to it",
    items={L[1]: "removed"},
)

case(
    name="clien-english-kept-online",
    **{"from": "moderation@clien.net"},
    name_from="Clien Moderation",
    date="Fri, 13 Sep 2024 18:05:47 +0900",
    subject=f"Re: [{R6}] removal request",
    reply_to_req=msgid(R6),
    body=f"""Hello,

We reviewed the post <{L[1]}>.

It quotes a published news article and adds the member's own comments. It does not break Clien's community rules, and we do not consider it defamatory, so we have decided to keep it online.

If you hold a court order or a decision of the Commission's plenary, please send it and we will look at it again.

Clien Moderation
""",
    outcome="applied",
    classification="confirmation",
    imitates="community moderators' refusal with its reason, offering to reconsider on a formal decision",
    why="a reasoned refusal: the post stays up because it breaks no rule = rejected",
    items={L[1]: "rejected"},
)

# --- Ppomppu ------------------------------------------------------------
case(
    name="ppomppu-outlook-original-message",
    **{"from": "report@ppomppu.co.kr"},
    name_from=h("뽐뿌 운영자"),
    date="Fri, 13 Sep 2024 10:33:08 +0900",
    subject=h(f"RE: [{R7}] 불법 거래 게시물 삭제 요청"),
    reply_to_req=msgid(R7),
    body=f"""안녕하세요. 뽐뿌 운영자입니다.

자유게시판 {P[1]} 게시글은 삭제했습니다.
휴대폰 게시판 {P[2]} 는 작성자가 이미 지운 글이라 남아 있지 않습니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 10:00 AM
To: report@ppomppu.co.kr
Subject: [{R7}] 불법 거래 게시물 삭제 요청

참조번호: {R7}
아래 게시물에 대하여 삭제를 요청합니다.
1. {P[1]}
2. {P[2]}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply over the '-----Original Message-----' block",
    why="p1 삭제 = removed; p2 already deleted by its author = not_found; the original below is our own request",
    items={P[1]: "removed", P[2]: "not_found"},
)

case(
    name="ppomppu-gmail-one-of-two",
    **{"from": "moderator.kim@ppomppu.co.kr"},
    name_from="Ppomppu Moderator",
    date="Fri, 13 Sep 2024 19:12:40 +0900",
    subject=f"Re: [{R7}] Removal request",
    reply_to_req=msgid(R7),
    body=f"""The phone board post {P[2]} has been removed.

I will check the freeboard one with its board moderator tomorrow.

Kim
Ppomppu moderation

On Thu, 12 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request_en(R7, [P[1], P[2]])}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail reply with 'On ... wrote:' and '>' quoting, answering one of two URLs",
    why="p2 removed; p1 appears only in the quoted request and in a promise, so it stays pending",
    items={P[2]: "removed", P[1]: "pending"},
)

# ==========================================================================
# REVIEW
# ==========================================================================
case(
    name="naver-promise-by-date",
    **{"from": "cafe_help@navercorp.com"},
    name_from=h("네이버 카페 고객센터"),
    date="Thu, 05 Sep 2024 10:02:17 +0900",
    subject=h(f"[네이버 카페] {R1} 진행 상황 안내"),
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

요청하신 {N[4]}, {N[5]} 게시물은
내부 검토를 거쳐 9월 13일까지 조치될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Korean portal progress notice promising action by a date",
    why="names two requested posts but only promises action (조치될 예정): nothing is stated",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="dc-hedged-english",
    **{"from": "global@dcinside.com"},
    name_from="dcinside support",
    date="Mon, 09 Sep 2024 12:30:55 +0900",
    subject=f"Re: {R3}",
    reply_to_req=msgid(R3),
    body=f"""Hello,

It looks like {C[1]} and
{C[2]} may already have been removed by the gallery managers, but I cannot confirm this from our side yet. I have asked the team to check the logs and will come back to you.

dcinside support
""",
    outcome="review",
    review="not_understood",
    imitates="support agent's hedged first answer before checking logs",
    why="'looks like ... may already have been removed ... cannot confirm' is a hedge, not a statement",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="daum-bulk-all-four",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date="Thu, 12 Sep 2024 16:45:29 +0900",
    subject=h(f"Re: [{R2}] Daum 카페 게시물 시정요구"),
    reply_to_req=msgid(R2),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청번호 {R2} 로 요청하신 게시물 4건은 모두 삭제 조치 완료되었습니다.

카카오 권리침해신고센터 드림
""",
    outcome="review",
    review="bulk",
    imitates="Kakao one-line 'all N posts deleted' reply",
    why="a statement about all four items of a four-item request without naming any: bulk",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending"},
)

case(
    name="ppomppu-bulk-over-quote",
    **{"from": "report@ppomppu.co.kr"},
    name_from="Ppomppu Report",
    date="Sat, 14 Sep 2024 09:04:12 +0900",
    subject=f"Re: [{R7}] Removal request",
    reply_to_req=msgid(R7),
    body=f"""Both posts you reported have been removed.

Regards,
Ppomppu

On Thu, 12 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request_en(R7, [P[1], P[2]])}
""",
    outcome="review",
    review="bulk",
    imitates="one-line 'both removed' reply over the quoted request",
    why="'both posts' covers the two-item request without naming them; the URLs are only in the quote",
    items={P[1]: "pending", P[2]: "pending"},
)

case(
    name="naver-auth-fail-spoof",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from=h("네이버 정책지원팀"),
    date="Sun, 08 Sep 2024 03:17:45 +0900",
    subject=h(f"[NAVER] {R1} 처리 완료 통보"),
    body=f"""시정요구 {R1} 처리 완료 통보

{N[1]} - 삭제
{N[2]} - 삭제
{N[3]} - 삭제

처리 내역 전체는 아래 링크에서 확인하십시오.
http://naver-policy-center.example.net/kcsc/{R1}
""",
    outcome="review",
    review="untrusted",
    imitates="spoofed portal mail: NAVER From address failing DKIM/SPF/DMARC",
    why="From navercorp.com but authentication fails: statements cannot be applied",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="cafe-manager-gmail",
    **{"from": "lakeside.cafe.mgr@gmail.com"},
    name_from=h("호숫가장터 매니저"),
    date="Wed, 04 Sep 2024 23:41:06 +0900",
    subject=h("방심위 삭제 요청 관련 (카페 매니저입니다)"),
    body=f"""안녕하세요.
저는 네이버 카페 '호숫가장터'(lakesidetraders) 매니저입니다.
회원에게 전달받은 요청서에 있던 {N[4]} 글은 제가 방금 삭제했습니다.
앞으로 비슷한 글이 올라오지 않게 관리하겠습니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="a cafe manager writing from a personal Gmail address about a post in the request",
    why="not a platform sender domain; a volunteer manager's word needs a person's check",
    items={N[4]: "pending"},
)

case(
    name="dc-lookalike-domain",
    **{"from": "notice@dcinside-support.com"},
    name_from="DCInside Support Center",
    date="Tue, 10 Sep 2024 02:11:39 +0900",
    subject=f"Your takedown request {R3} has been completed",
    body=f"""Dear requester,

Your takedown request {R3} has been completed.

Deleted: {C[1]}
Deleted: {C[2]}

To download the full processing report, sign in at
https://dcinside-support.com/report/login?ref={R3}

DCInside Support Center
""",
    outcome="review",
    review="unknown_sender",
    imitates="phishing-style 'request completed' mail from a look-alike domain",
    why="dcinside-support.com is not DC Inside's domain: unknown sender naming our request and URLs",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="fmkorea-speaks-for-dcinside",
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영팀"),
    date="Sun, 08 Sep 2024 13:26:52 +0900",
    subject=h(f"Re: [{R3}] 게시물 삭제 요청의 건"),
    body=f"""안녕하세요, 에펨코리아 운영팀입니다.

보내주신 메일을 받았는데, 적힌 주소들은 저희 사이트가 아니라 디시인사이드 게시물입니다.
참고로 확인해 보니 {C[1]} 와
{C[3]} 는 디시인사이드에서 이미 삭제된 상태입니다.

수신처를 확인해 주시기 바랍니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="a community site answering a request meant for another site, commenting on that site's posts",
    why="FM Korea states statuses for DC Inside items; only DC Inside can answer for them",
    items={C[1]: "pending", C[3]: "pending"},
)

case(
    name="nate-pann-unmatched",
    **{"from": "pann-policy@skcomms.co.kr"},
    name_from=h("네이트 판 운영팀"),
    date="Tue, 10 Sep 2024 10:07:31 +0900",
    subject=h("[네이트판] 시정요구 KCSC-240828-11 조치 결과"),
    body="""안녕하세요, 네이트 판 운영팀입니다.

시정요구 KCSC-240828-11 에 따른 조치 결과를 알려드립니다.

https://pann.nate.com/talk/372211045 : 삭제
https://pann.nate.com/talk/372211188 : 삭제

감사합니다.
""",
    outcome="review",
    review="unmatched_claims",
    imitates="Nate Pann result notice for a request this ledger does not hold",
    why="trusted Nate statements about URLs and a reference that match no request of ours",
    items={},
)

case(
    name="naver-channel-change-notice",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject=h("[NAVER] 기관 게시중단 요청 접수 채널 변경 안내"),
    body="""관계 기관 담당자님께,

10월 1일부터 기관의 게시중단 요청은 이메일 대신 기관 전용 접수 페이지로만 받습니다.
기존 이메일 주소로 보내시는 요청은 9월 30일까지 처리됩니다.

접수 페이지: https://partners.naver.com/agency/report
문의: 네이버 정책지원팀

감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="portal's notice to agencies about a new submission channel",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="soop-asks-for-document",
    **{"from": "trust@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Tue, 10 Sep 2024 15:28:36 +0900",
    subject=h(f"[SOOP] 추가 자료 요청 ({R4})"),
    reply_to_req=msgid(R4),
    body=f"""안녕하세요, SOOP 운영팀입니다.

{S[1]} 건과 관련하여, 검토를 진행하려면 아래 자료가 필요합니다.

1. 시정요구서(공문) 사본
2. 문제가 되는 구간의 타임코드 (예: 01:12:30 ~ 01:15:00)

자료를 회신해 주시면 바로 검토하겠습니다.

SOOP Trust & Safety
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="platform request for the official document and timecodes before acting",
    why="asks for more information about s1; no status stated",
    items={S[1]: "pending"},
)

# ==========================================================================
# IGNORED
# ==========================================================================
case(
    name="naver-out-of-office-korean",
    **{"from": "jiwon.seo@navercorp.com"},
    name_from=h("서지원"),
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject=h(f"[자동응답] 부재중입니다: [{R1}] 시정요구(삭제) 요청"),
    reply_to_req=msgid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""[자동응답]
9월 3일부터 9월 5일까지 휴가로 부재중입니다.
급한 업무는 블로그 운영팀 공용 주소(blog_policy@navercorp.com)로 연락 부탁드립니다.

I am out of the office until 5 September with limited access to e-mail.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply (Auto-Submitted: auto-replied)",
    why="an out-of-office reply says nothing about items",
    items={},
)

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: admin@clien.net
Subject: {h("[" + R6 + "] 게시물 삭제 요청")}
Date: Wed, 11 Sep 2024 14:00:00 +0900
Message-ID: <{msgid(R6)}>
"""
case(
    name="clien-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    auth="none",
    name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 14:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B873.1726030809/mx.kcsc.example"

--B873.1726030809/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<admin@clien.net>: host mx1.clien.net[203.0.113.45] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--B873.1726030809/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 14:00:02 +0900

Final-Recipient: rfc822; admin@clien.net
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.clien.net
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--B873.1726030809/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

{dsn_orig}
참조번호: {R6}
아래 게시물의 삭제를 요청합니다.
{L[1]}

--B873.1726030809/mx.kcsc.example--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (552 mailbox full) returning our request to Clien",
    why="a bounce; the URL is only in our own returned request",
    items={},
)

case(
    name="fmkorea-read-receipt",
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영팀"),
    date="Tue, 10 Sep 2024 13:02:50 +0900",
    subject=h(f"읽음: [{R5}] 개인정보 노출 게시물 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-fm-b873"

--mdn-fm-b873
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신인이 읽었습니다.
제목: [{R5}] 개인정보 노출 게시물 삭제 요청
읽은 시간: 2024-09-10 13:02

--mdn-fm-b873
Content-Type: message/disposition-notification

Reporting-UA: fmkorea.com; Outlook
Final-Recipient: rfc822; admin@fmkorea.com
Original-Message-ID: <{msgid(R5)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-fm-b873--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook-style Korean read receipt (읽음:) as message/disposition-notification",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="inven-ticket-receipt",
    **{"from": "help@inven.co.kr"},
    name_from=h("인벤 고객센터"),
    date="Fri, 13 Sep 2024 08:30:12 +0900",
    subject=h("[인벤 고객센터] 문의가 접수되었습니다 (INV-240913-0042)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 인벤 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: INV-240913-0042
문의 유형: 권리침해/게시물 신고
문의 제목: KCSC 시정요구 관련 문의

담당자 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="helpdesk ticket receipt (접수번호, 3 business days)",
    why="pure acknowledgement of an inquiry; no item, nothing stated",
    items={},
)

case(
    name="dc-report-received",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    date="Fri, 06 Sep 2024 11:03:20 +0900",
    subject=h(f"[디시인사이드] 신고 접수 완료 안내 ({R3})"),
    reply_to_req=msgid(R3),
    body=f"""안녕하세요, 디시인사이드 신고센터입니다.

{R3} 건 신고가 정상적으로 접수되었습니다.
접수번호: DC-20240906-1187

담당자가 확인한 후 처리 결과를 메일로 안내드리겠습니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="DC Inside report-received receipt with its own receipt number",
    why="acknowledges our request and promises a later answer; no item stated",
    items={},
)

case(
    name="soop-ticket-english",
    **{"from": "no-reply@sooplive.co.kr"},
    name_from="SOOP Support",
    date="Mon, 09 Sep 2024 09:41:03 +0900",
    subject=f"[Ticket #SOOP-88213] We received your request ({R4})",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hello,

Thank you for contacting SOOP. Your request has been received and ticket #SOOP-88213 has been created.

Our team will reply within 3 business days. Please keep the ticket number in the subject line of any follow-up.

This message was sent automatically. Please do not reply.
SOOP Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="ticket-system auto-acknowledgement (Zendesk-like) from a streaming platform",
    why="a ticket receipt: no item, nothing stated",
    items={},
)

case(
    name="daum-out-of-office-english-quoted",
    **{"from": "jun.choi@kakaocorp.com"},
    name_from="Jun Choi",
    date="Thu, 05 Sep 2024 10:30:52 +0900",
    subject=f"Automatic reply: [{R2}] Removal request",
    reply_to_req=msgid(R2),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jun.choi@kakaocorp.com"],
    body=f"""I am out of the office until Monday 9 September and will reply on my return.
For urgent rights-infringement matters please write to right@kakaocorp.com.

> Reference: {R2}
> Please remove:
> {D[3]}
> {D[4]}
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Exchange 'Automatic reply' out-of-office quoting the start of our request",
    why="an out-of-office auto-reply; the URLs are only in the quoted request",
    items={},
)

HEADER = """# Blind corpus set 873 (focus 6: Korean portals and community sites).
# Written from each email's meaning alone, before the reader was run.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
