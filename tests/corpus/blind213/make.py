#!/usr/bin/env python3
"""Blind set blind213: Korean portals and community sites.

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: run it
twice and nothing changes. Expected results were written from each email's
meaning before the reader was ever run on these emails.

    python3 tests/corpus/blind213/make.py
"""
import base64
import csv
from email.header import Header
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/moonlit_pine22/223561840117",
    2: "https://blog.naver.com/moonlit_pine22/223561902245",
    3: "https://blog.naver.com/harbor_cinder/223548011936",
    4: "https://cafe.naver.com/greyriverhub/48211",
    5: "https://cafe.naver.com/greyriverhub/48219",
    6: "https://cafe.naver.com/quietmarket77/100532",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=470118822",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5520971",
    9: "https://in.naver.com/lumen_tide/contents/internal/713300981",
    10: "https://blog.naver.com/harbor_cinder/223550744020",
    11: "https://cafe.naver.com/quietmarket77/100587",
    12: "https://m.blog.naver.com/sable_orchard/223570011482",
    13: "https://tv.naver.com/v/58123307",
}
D = {
    1: "https://cafe.daum.net/violetdock/Ab3F/1187",
    2: "https://cafe.daum.net/violetdock/Ab3F/1192",
    3: "https://pale-lantern.tistory.com/118",
    4: "https://cafe.daum.net/%EB%B0%A4%EC%97%B4%EC%B0%A8/Zx9q/77",
}
D4_RAW = "https://cafe.daum.net/밤열차/Zx9q/77"
G = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9917254",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=quietlake&no=40211",
    3: "https://gall.dcinside.com/mini/board/view/?id=tidepool&no=3318",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131508842",
    2: "https://ch.sooplive.co.kr/ashgrove01/post/148822071",
}
F1 = "https://www.fmkorea.com/7201948833"
C = {
    1: "https://www.clien.net/service/board/park/18770412",
    2: "https://www.clien.net/service/board/cm_car/18770590",
    3: "https://www.clien.net/service/board/park/18771003",
}
P = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120447",
    2: "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4471902",
}

REQ = {
    "naver": ("KCSC-240903-01", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "kcsc-240903-01"),
    "daum": ("KCSC-240905-02", "2024-09-05T11:20:00+09:00", "2024-09-12T18:00:00+09:00", "kcsc-240905-02"),
    "dcinside": ("KCSC-240906-03", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00", "kcsc-240906-03"),
    "soop": ("KCSC-240909-04", "2024-09-09T14:05:00+09:00", "2024-09-16T18:00:00+09:00", "kcsc-240909-04"),
    "fmkorea": ("KCSC-240910-05", "2024-09-10T10:30:00+09:00", "2024-09-17T18:00:00+09:00", "kcsc-240910-05"),
    "clien": ("KCSC-240911-06", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00", "kcsc-240911-06"),
    "ppomppu": ("KCSC-240912-07", "2024-09-12T09:10:00+09:00", "2024-09-19T18:00:00+09:00", "kcsc-240912-07"),
}
ITEMS = [
    ("naver", N[1], "obscenity", "blog post, adult ad"),
    ("naver", N[2], "obscenity", "blog post, adult ad"),
    ("naver", N[3], "defamation", "blog post"),
    ("naver", N[4], "gambling", "cafe post"),
    ("naver", N[5], "gambling", "cafe post"),
    ("naver", N[6], "drugs", "cafe market post"),
    ("naver", N[7], "drugs", "KnowledgeiN answer"),
    ("naver", N[8], "privacy", "NAVER Post"),
    ("naver", N[9], "gambling", "NAVER Influencer page"),
    ("naver", N[10], "defamation", "blog post"),
    ("naver", N[11], "drugs", "cafe market post"),
    ("naver", N[12], "obscenity", "mobile blog link"),
    ("naver", N[13], "obscenity", "NAVER TV clip"),
    ("daum", D[1], "gambling", "Daum cafe post"),
    ("daum", D[2], "gambling", "Daum cafe post"),
    ("daum", D[3], "privacy", "Tistory post"),
    ("daum", D[4], "obscenity", "Daum cafe with Korean name"),
    ("dcinside", G[1], "defamation", "main gallery"),
    ("dcinside", G[2], "privacy", "minor gallery"),
    ("dcinside", G[3], "obscenity", "mini gallery"),
    ("soop", S[1], "obscenity", "VOD"),
    ("soop", S[2], "gambling", "station post"),
    ("fmkorea", F1, "gambling", "single post"),
    ("clien", C[1], "fraud", "free board"),
    ("clien", C[2], "fraud", "car board"),
    ("clien", C[3], "defamation", "free board"),
    ("ppomppu", P[1], "fraud", "free board"),
    ("ppomppu", P[2], "fraud", "phone market"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for plat, url, cat, note in ITEMS:
        ref, sent, due, mid = REQ[plat]
        w.writerow([ref, plat, sent, due, url, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def ref_of(plat):
    return REQ[plat][0]


def thread(plat):
    return REQ[plat][3]


HEADER = """# Blind set blind213 (Korean portals and community sites).
# Written by make.py from the meaning of each email, before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv."""

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(
    name="naver-kcsc-result-table-html", enc_subject=True,
    from_="report-kcsc@navercorp.com", name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 16:42:05 +0900",
    subject="[회신] 방송통신심의위원회 시정요구(KCSC-240903-01) 조치 결과",
    reply_to_req=thread("naver"), type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>안녕하세요. 네이버 정책지원팀입니다.<br>
2024년 9월 3일 요청하신 시정요구(KCSC-240903-01) 13건에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef5ee"><th>순번</th><th>대상 URL</th><th>서비스</th><th>조치 결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>블로그</td><td>삭제</td><td>2024.09.05</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>블로그</td><td>삭제</td><td>2024.09.05</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>블로그</td><td>임시조치(30일)</td><td>2024.09.06</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>카페</td><td>게시중단</td><td>2024.09.05</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>카페</td><td>블라인드</td><td>2024.09.05</td></tr>
<tr><td>6</td><td>{N[6]}</td><td>카페</td><td>게시물 없음(확인 불가)</td><td>-</td></tr>
<tr><td>7</td><td>{N[7].replace('&', '&amp;')}</td><td>지식iN</td><td>삭제</td><td>2024.09.06</td></tr>
<tr><td>8</td><td>{N[8].replace('&', '&amp;')}</td><td>포스트</td><td>조치 불가(위반사항 없음, 게시 유지)</td><td>-</td></tr>
<tr><td>9</td><td>{N[9]}</td><td>인플루언서</td><td>임시조치(30일)</td><td>2024.09.06</td></tr>
<tr><td>10</td><td>{N[10]}</td><td>블로그</td><td>삭제</td><td>2024.09.06</td></tr>
<tr><td>11</td><td>{N[11]}</td><td>카페</td><td>작성자 자진 삭제(게시물 없음)</td><td>-</td></tr>
<tr><td>12</td><td>{N[12]}</td><td>블로그</td><td>삭제</td><td>2024.09.06</td></tr>
<tr><td>13</td><td>{N[13]}</td><td>네이버TV</td><td>19세 연령제한</td><td>2024.09.09</td></tr>
</table>
<p>8번 게시물은 공개된 보도자료를 요약한 글로, 개인정보 노출이 확인되지 않아 게시를 유지합니다.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="a portal's 시정요구 조치 결과 reply to KCSC laid out as an HTML table",
    why="trusted NAVER table, one status per row for all 13 items",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "removed",
           N[6]: "not_found", N[7]: "removed", N[8]: "rejected", N[9]: "restricted", N[10]: "removed",
           N[11]: "not_found", N[12]: "removed", N[13]: "restricted"},
)

csv_naver = "\ufeff번호,URL,처리결과,처리일시\n" + "\n".join([
    f"1,{N[2]},삭제완료,2024-09-06 10:12",
    f"2,{N[4]},게시중단,2024-09-06 10:15",
    f"3,{N[6]},게시물 없음(이미 삭제됨),-",
    f'4,"{N[8]}",게시유지(위반사항 미확인),-',
    f"5,{N[10]},삭제완료,2024-09-06 11:02",
    f"6,{N[13]},19세 이상 연령제한,2024-09-06 11:40",
]) + "\n"
case(
    name="naver-csv-attachment",
    from_="noreply-safety@navercorp.com", name_from="NAVER 안전정책",
    date="Fri, 06 Sep 2024 13:05:44 +0900",
    subject="RE: [KCSC-240903-01] 불법·유해정보 시정요구",
    reply_to_req=thread("naver"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-b213-csv"

--nv-b213-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 안전정책 담당자입니다.

요청 건 중 오늘까지 처리된 6건의 결과를 첨부 CSV 파일로 보내드립니다.
나머지 건은 처리되는 대로 별도로 회신드리겠습니다.

감사합니다.

--nv-b213-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_naver)}
--nv-b213-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="a portal's bulk result file (CSV) sent back for an agency request",
    why="CSV attachment with one status per URL; the rest of the request is left pending",
    items={N[2]: "removed", N[4]: "removed", N[6]: "not_found", N[8]: "rejected",
           N[10]: "removed", N[13]: "restricted"},
)

case(
    name="naver-blog-blind-bullets",
    from_="blog_help@naver.com", name_from="네이버 블로그 고객센터",
    date="Thu, 05 Sep 2024 17:20:31 +0900",
    subject="[네이버 블로그] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    body=f"""안녕하세요. 네이버 블로그 고객센터입니다.

방송통신심의위원회에서 요청하신 블로그 게시물에 대한 처리 결과를 안내드립니다.

■ 게시중단(블라인드) 처리 완료
  - {N[1]}
  - {N[2]}

■ 처리 불가 - 작성자가 이미 삭제하여 존재하지 않는 게시물
  - {N[3]}

블라인드 처리된 게시물은 작성자 본인을 포함하여 누구도 열람할 수 없습니다.
관련 운영정책은 https://blog.naver.com/blogpeople/operation_policy 에서 확인하실 수 있습니다.

네이버 블로그 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 게시중단(블라인드) result notice with bulleted URLs",
    why="two blinded posts, one already deleted by its author; policy link is no item",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found"},
)

eng_qp = f"""Dear KCSC team,

Thank you for your request KCSC-240903-01. Our Trust & Safety team has
reviewed three of the reported URLs and took the following actions:

1. {N[5]}
   Removed for violating the NAVER Cafe operating principles (illegal gambling promotion).

2. {N[11]}
   We could not locate this post. The URL is invalid or the post no longer exists.

3. {N[7]}
   Temporarily restricted (temporary measure for 30 days) while the
   poster is given the opportunity to object.

Kind regards,
NAVER Trust & Safety
"""
case(
    name="naver-english-qp-numbered",
    from_="trust-safety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Sat, 07 Sep 2024 09:14:02 +0900",
    subject="Re: KCSC-240903-01 removal request - partial result",
    reply_to_req=thread("naver"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(eng_qp)}""",
    outcome="applied", classification="confirmation",
    imitates="an English trust-and-safety reply with a numbered list, quoted-printable encoded",
    why="each numbered URL has its own unhedged outcome on the line below",
    items={N[5]: "removed", N[11]: "not_found", N[7]: "restricted"},
)

case(
    name="naver-kin-bare-url-status-below",
    from_="kin_admin@navercorp.com", name_from="네이버 지식iN 운영팀",
    date="Fri, 06 Sep 2024 11:48:50 +0900",
    subject="RE: [KCSC-240903-01] 지식iN/포스트 게시물 조치 요청",
    reply_to_req=thread("naver"),
    body=f"""안녕하세요, 지식iN·포스트 운영팀입니다.

{N[7]}
처리결과: 삭제 완료 (운영정책 위반 - 마약류 거래 정보)

{N[8]}
처리결과: 비공개 처리 완료

문의사항은 본 메일로 회신 주십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="a portal operations team reply: bare URL, status on the line below",
    why="bare URLs each followed by a completed action (삭제 완료, 비공개 처리 완료)",
    items={N[7]: "removed", N[8]: "removed"},
)

case(
    name="naver-top-posted-over-quoted-request",
    from_="cafe-policy@navercorp.com", name_from="NAVER Cafe Policy",
    date="Thu, 05 Sep 2024 19:02:11 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content (13 URLs)",
    reply_to_req=thread("naver"),
    body=f"""Hello,

Regarding the cafe posts in your request, the two posts below were taken
down today:

{N[4]}
{N[6]}

The remaining URLs are handled by other teams and are still being reviewed.

Best regards,
Jiwoo Han
NAVER Cafe Policy

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear NAVER,
>
> Under Article 44-7 of the Network Act, the Commission requests the
> removal of the following content (ref. KCSC-240903-01):
>
> 1. {N[1]}
> 2. {N[2]}
> 3. {N[3]}
> 4. {N[4]}
> 5. {N[5]}
> 6. {N[6]}
>
> Please report the measures taken by 10 September 2024.
>
> KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="a Gmail-style top-posted reply above the regulator's quoted request",
    why="two cafe posts taken down in the reply; quoted request lines state nothing",
    items={N[4]: "removed", N[6]: "removed", N[1]: "pending", N[2]: "pending",
           N[3]: "pending", N[5]: "pending"},
)

case(
    name="naver-korean-url-particles",
    from_="policy@navercorp.com", name_from="네이버 정책팀",
    date="Sun, 08 Sep 2024 10:31:27 +0900",
    subject="회신: 시정요구 KCSC-240903-01 관련 카페·블로그 게시물",
    reply_to_req=thread("naver"),
    body=f"""담당자님 안녕하십니까.

검토 결과를 말씀드리면, {N[4]}은 카페 운영원칙 위반으로 삭제되었으며，{N[5]}의 경우 도박 홍보로 볼 만한 내용이 확인되지 않아 게시를 유지합니다。
또한 {N[10]}（블로그）는 명예훼손 주장에 따라 임시조치되었습니다.

네이버 정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="a Korean prose reply with URLs glued to particles (은, 의) and full-width punctuation",
    why="three URLs each with its own result in one Korean paragraph",
    items={N[4]: "removed", N[5]: "rejected", N[10]: "restricted"},
)

case(
    name="naver-bilingual-tv-influencer",
    from_="global-policy@navercorp.com", name_from="NAVER Global Policy",
    date="Tue, 10 Sep 2024 15:55:09 +0900",
    subject="[NAVER] 조치 결과 안내 / Result of your request (KCSC-240903-01)",
    reply_to_req=thread("naver"),
    body=f"""[한국어]
요청하신 콘텐츠 중 아래 2건을 조치하였습니다.
- {N[13]} : 청소년 유해 콘텐츠로 판단하여 19세 이상 연령 제한 적용
- {N[9]} : 삭제

[English]
We have taken action on two of the items you reported:
- {N[13]} : age-restricted (19+) as content harmful to minors
- {N[9]} : removed

NAVER Global Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="a bilingual Korean/English portal notice repeating the same results",
    why="both language blocks agree: TV clip age-restricted, influencer page removed",
    items={N[13]: "restricted", N[9]: "removed"},
)

case(
    name="naver-rejected-with-reason",
    from_="legal@navercorp.com", name_from="네이버 법무실",
    date="Mon, 09 Sep 2024 11:00:40 +0900",
    subject="[네이버] 시정요구(KCSC-240903-01)에 대한 의견 회신",
    reply_to_req=thread("naver"),
    body=f"""방송통신심의위원회 귀중

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 요청하신 게시물 중 2건에 대한 당사의 검토 의견을 아래와 같이 회신합니다.

 가. {N[3]}
   - 검토 의견: 언론 보도를 인용한 공익 목적의 게시물로 판단되어 게시를 유지합니다.
 나. {N[12]}
   - 조치 내용: 음란물 링크가 포함되어 있어 2024. 9. 6. 삭제 조치하였습니다.

3. 기타 문의사항은 법무실 담당자에게 연락 주시기 바랍니다.  끝.

네이버 주식회사 법무실
""",
    outcome="applied", classification="confirmation",
    imitates="a Korean formal 공문-style 회신 (1. 2. 가. 나. 끝.) from a portal's legal team",
    why="one post kept with a stated reason (rejected), one deleted",
    items={N[3]: "rejected", N[12]: "removed"},
)

case(
    name="naver-ack-plus-statement",
    from_="cs-kcsc@navercorp.com", name_from="NAVER 고객센터",
    date="Tue, 03 Sep 2024 18:22:13 +0900",
    subject="[접수완료] KCSC-240903-01 시정요구 접수 안내",
    reply_to_req=thread("naver"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

귀 위원회의 시정요구가 정상적으로 접수되었습니다. (접수번호: NV-2409-77120)

이 중 {N[12]} 게시물은 긴급 건으로 분류되어 접수 즉시 삭제 조치되었습니다.
나머지 게시물은 담당 부서 검토 후 처리 결과를 별도로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="a ticket receipt that also reports one item already handled",
    why="receipt wording, but one named URL is stated deleted: not a pure acknowledgement",
    items={N[12]: "removed"},
)

case(
    name="naver-echoed-report-text-table",
    from_="report-kcsc@navercorp.com", name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 10:05:58 +0900",
    subject="RE: [KCSC-240903-01] 처리 결과 (2차)",
    reply_to_req=thread("naver"),
    body=f"""보내주신 요청 목록에 처리 결과를 덧붙여 회신드립니다.

| No | 신고 URL                                           | 처리 결과           |
|----|----------------------------------------------------|---------------------|
| 1  | {N[1]}  | 삭제                |
| 5  | {N[5]}          | 게시중단            |
| 9  | {N[9]} | 임시조치            |
| 11 | {N[11]}         | 게시물 없음         |

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="the regulator's own list echoed back with a result column (plain-text table)",
    why="each echoed row carries the platform's result",
    items={N[1]: "removed", N[5]: "removed", N[9]: "restricted", N[11]: "not_found"},
)

case(
    name="daum-kakao-imsi-notice", enc_subject=True,
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 14:10:33 +0900",
    subject="[카카오] 권리침해신고 처리 결과 안내 - KCSC-240905-02",
    reply_to_req=thread("daum"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시물에 대한 처리 결과를 안내드립니다.

[임시조치]
{D[1]}
{D[2]}
위 2건은 정보통신망법 제44조의2에 따라 30일간 접근을 차단하는 임시조치를 하였습니다.
기간 내 게시자의 이의제기가 없으면 게시물은 삭제됩니다.

[삭제]
{D4_RAW}
위 게시물은 카페 운영정책(음란물 게시 금지) 위반으로 삭제하였습니다.

임시조치에 대한 자세한 안내: https://cs.daum.net/faq/95/7580.html

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 (30-day access block) result notice",
    why="two posts under 임시조치 (restricted now; later deletion only conditional), Korean-path post deleted",
    items={D[1]: "restricted", D[2]: "restricted", D[4]: "removed"},
)

case(
    name="daum-tistory-english",
    from_="trust@kakaocorp.com", name_from="Kakao Trust & Safety",
    date="Tue, 10 Sep 2024 09:47:21 +0900",
    subject="Re: KCSC-240905-02 - Tistory and Daum Cafe",
    reply_to_req=thread("daum"),
    body=f"""Hello KCSC,

Following up on your request:

- Tistory post {D[3]} has been deleted for exposing personal information.
- The Daum Cafe post {D[4]} does not exist; the cafe was closed by its owner before our review.

Regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="an English Kakao trust-and-safety follow-up",
    why="Tistory post deleted; percent-encoded Korean cafe path does not exist",
    items={D[3]: "removed", D[4]: "not_found"},
)

daum_html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-size:14px">
<p><b>Daum 카페 운영팀</b>에서 알려드립니다.</p>
<p>요청번호 KCSC-240905-02 건의 처리 결과입니다.</p>
<ul>
<li><a href="{D[1]}">{D[1]}</a> : 블라인드 처리</li>
<li><a href="{D[2]}">{D[2]}</a> : 삭제</li>
</ul>
<p style="color:#888">본 메일은 발신 전용입니다. <a href="https://cs.daum.net/faq/43.html">고객센터 바로가기</a></p>
</div></body></html>
"""
case(
    name="daum-base64-html-list", enc_subject=True,
    from_="cafe_noreply@daum.net", name_from="Daum 카페",
    date="Fri, 06 Sep 2024 20:15:03 +0900",
    subject="[Daum 카페] 요청하신 게시물 처리 결과",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(daum_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="a Daum Cafe no-reply HTML notice, base64 encoded",
    why="HTML list, each cafe post with 블라인드/삭제",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="daum-done-and-promise",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 16:30:45 +0900",
    subject="RE: [KCSC-240905-02] 처리 현황",
    reply_to_req=thread("daum"),
    body=f"""안녕하세요, 카카오입니다.

{D[1]} 게시물은 오늘 삭제 처리되었습니다.

{D[3]} 게시물은 블로그 운영자에게 소명 기회를 부여한 뒤 조치할 예정입니다.
결과가 나오면 다시 알려드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="a portal progress update mixing a done action and a promise",
    why="one post deleted; the Tistory post only has a promise, stays pending",
    items={D[1]: "removed", D[3]: "pending"},
)

case(
    name="dc-korean-prose", enc_subject=True,
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 13:27:16 +0900",
    subject="RE: [KCSC-240906-03] 게시물 삭제 요청의 건",
    reply_to_req=thread("dcinside"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물에 대해 아래와 같이 처리하였음을 알려드립니다.

주식 갤러리 게시물({G[1]})은 허위사실 유포로 운영자 삭제되었습니다.
마이너 갤러리 게시물({G[2]}) 역시 개인정보 노출로 삭제 처리하였습니다.
미니 갤러리 게시물({G[3]})은 작성자 본인이 이미 삭제한 글로 확인되어 별도 조치가 불가합니다.

앞으로도 건전한 커뮤니티 환경을 위해 노력하겠습니다.
디시인사이드 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team prose reply (운영자 삭제)",
    why="two deleted, one already deleted by its author",
    items={G[1]: "removed", G[2]: "removed", G[3]: "not_found"},
)

g2a, g2b = G[2].split("&")
case(
    name="dc-english-angle-brackets-wrapped",
    from_="global@dcinside.com", name_from="DC Inside Global Support",
    date="Tue, 10 Sep 2024 10:12:39 +0900",
    subject="Re: KCSC-240906-03",
    reply_to_req=thread("dcinside"),
    body=f"""Dear Sir or Madam,

We have reviewed the reported posts.

The post at <{g2a}&
 {g2b}> has been removed.

The post at <{G[1]}> does not violate our
rules or Korean law in our assessment and will remain available.

Sincerely,
DC Inside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="an English support reply with URLs in angle brackets, one wrapped across lines",
    why="angle-bracketed URL wrapped at '&' is G2 (removed); G1 stays up: rejected",
    items={G[2]: "removed", G[1]: "rejected"},
)

case(
    name="dc-statement-then-url-below",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 18:44:01 +0900",
    subject="RE: [KCSC-240906-03] 추가 회신",
    reply_to_req=thread("dcinside"),
    body=f"""추가 검토 결과를 회신드립니다.

아래 게시물은 음란물 게시로 삭제 처리되었습니다.
{G[3]}

아래 게시물은 운영 원칙상 삭제 사유에 해당하지 않아 유지됩니다.
{G[1]}
""",
    outcome="applied", classification="confirmation",
    imitates="a Korean community reply with the statement line above each URL",
    why="statement above, URL on the next line, for two items",
    items={G[3]: "removed", G[1]: "rejected"},
)

case(
    name="soop-vod-deleted-post-private",
    from_="safety@sooplive.co.kr", name_from="SOOP 운영팀",
    date="Wed, 11 Sep 2024 11:22:57 +0900",
    subject="[SOOP] 방송통신심의위원회 요청(KCSC-240909-04) 처리 결과",
    reply_to_req=thread("soop"),
    body=f"""안녕하세요. SOOP 운영팀입니다.

요청하신 콘텐츠에 대한 처리 결과를 알려드립니다.

1) VOD : {S[1]}
   → 선정성 기준 위반으로 VOD 삭제 완료
2) 방송국 게시글 : {S[2]}
   → 불법 도박 홍보 게시글로 확인되어 비공개 처리 완료

해당 BJ에게는 운영정책에 따른 이용정지 조치가 함께 적용되었습니다.

SOOP 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) 운영팀 result notice for a VOD and a station post",
    why="VOD deleted, station post made private (비공개 = removed)",
    items={S[1]: "removed", S[2]: "removed"},
)

soop_txt = f"""Dear KCSC,

Please find the outcome of request KCSC-240909-04 below.

{S[1]}  Age-restricted (19+)
{S[2]}  No violation found - remains available

SOOP Trust & Safety
"""
soop_html = f"""<html><body>
<p>Dear KCSC,</p>
<p>Please find the outcome of request KCSC-240909-04 below.</p>
<table border="1" cellpadding="5">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td><a href="{S[1]}">{S[1]}</a></td><td>Age-restricted (19+)</td></tr>
<tr><td><a href="{S[2]}">{S[2]}</a></td><td>No violation found - remains available</td></tr>
</table>
<p>SOOP Trust &amp; Safety</p>
</body></html>"""
case(
    name="soop-english-alternative-table",
    from_="trust@sooplive.co.kr", name_from="SOOP Trust & Safety",
    date="Fri, 13 Sep 2024 17:03:26 +0900",
    subject="Outcome of your request KCSC-240909-04",
    reply_to_req=thread("soop"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="soop-b213-alt"

--soop-b213-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{soop_txt}
--soop-b213-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{soop_html}
--soop-b213-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="an English trust-and-safety outcome table (multipart/alternative, text and HTML agree)",
    why="VOD age-restricted, station post kept with no violation",
    items={S[1]: "restricted", S[2]: "rejected"},
)

case(
    name="fmkorea-sole-item-no-url",
    from_="report@fmkorea.com", name_from="에펨코리아 운영진",
    date="Wed, 11 Sep 2024 09:58:12 +0900",
    subject="RE: [KCSC-240910-05] 게시물 삭제 요청",
    reply_to_req=thread("fmkorea"),
    body="""안녕하세요, 에펨코리아 운영진입니다.

요청하신 게시물은 운영진 확인 후 삭제 조치하였습니다.
협조 요청에 감사드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="a short community-site moderator reply naming no URL",
    why="one-item request; the reply's only statement, unhedged, applies to it",
    items={F1: "removed"},
)

case(
    name="fmkorea-angle-author-deleted",
    from_="admin@fmkorea.com", name_from="FM Korea 관리자",
    date="Thu, 12 Sep 2024 14:36:00 +0900",
    subject="회신: KCSC-240910-05",
    reply_to_req=thread("fmkorea"),
    body=f"""담당자님께

<{F1}> 게시물은 작성자가 자진 삭제하여 현재 존재하지 않는 게시물입니다.
따라서 별도의 조치는 진행하지 않았습니다.

FM Korea 관리자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="a community admin reply: URL in angle brackets, post deleted by its author",
    why="author deleted it before the platform acted: not_found",
    items={F1: "not_found"},
)

case(
    name="clien-korean-list",
    from_="admin@clien.net", name_from="클리앙 운영진",
    date="Fri, 13 Sep 2024 10:20:48 +0900",
    subject="RE: [KCSC-240911-06] 사기 의심 게시물 조치 요청",
    reply_to_req=thread("clien"),
    body=f"""안녕하세요, 클리앙 운영진입니다.

요청 주신 3건 처리 결과입니다.

* {C[1]} - 삭제 (중고거래 사기 게시물)
* {C[2]} - 삭제 (동일 작성자 사기 게시물)
* {C[3]} - 유지. 특정인을 비방하는 표현이 확인되지 않아 삭제하지 않습니다.

작성자 계정은 이용 제한 조치하였습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Clien moderators' bulleted result list",
    why="two deleted, one kept with a reason",
    items={C[1]: "removed", C[2]: "removed", C[3]: "rejected"},
)

case(
    name="clien-gmail-quote-below",
    from_="moderator@clien.net", name_from="Clien Moderator",
    date="Mon, 16 Sep 2024 08:51:19 +0900",
    subject="Re: [KCSC-240911-06] 사기 의심 게시물 조치 요청",
    reply_to_req=thread("clien"),
    body=f"""추가로 말씀드립니다. {C[3]} 게시물도 작성자 소명 검토 후 오늘 삭제했습니다.

2024년 9월 11일 (수) 오후 3:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 클리앙 운영진께,
>
> 아래 게시물의 삭제를 요청합니다 (KCSC-240911-06).
> {C[1]}
> {C[2]}
> {C[3]}
>
> 방송통신심의위원회 드림
""",
    outcome="applied", classification="confirmation",
    imitates="a Korean Gmail reply (…님이 작성:) over the quoted request",
    why="C3 deleted in the reply; C1 and C2 appear only in the quoted request",
    items={C[3]: "removed", C[1]: "pending", C[2]: "pending"},
)

csv_pp = "게시물주소,조치결과,비고\n" + "\n".join([
    f'"{P[1]}",삭제,사기 신고 다수 접수',
    f'"{P[2]}",해당 게시물 없음,작성자 탈퇴로 게시물 소멸',
]) + "\n"
case(
    name="ppomppu-csv-attachment", enc_subject=True,
    from_="help@ppomppu.co.kr", name_from="뽐뿌 고객센터",
    date="Fri, 13 Sep 2024 15:40:09 +0900",
    subject="RE: [KCSC-240912-07] 조치 결과",
    reply_to_req=thread("ppomppu"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="pp-b213-mix"

--pp-b213-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 뽐뿌 고객센터입니다.
조치 결과를 첨부와 같이 보내드립니다.

--pp-b213-mix
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="ppomppu_result_0913.csv"
Content-Transfer-Encoding: 8bit

{csv_pp}
--pp-b213-mix--
""",
    outcome="applied", classification="confirmation",
    imitates="a community site's CSV result attachment",
    why="CSV rows: one deleted, one no longer exists",
    items={P[1]: "removed", P[2]: "not_found"},
)

case(
    name="ppomppu-outlook-quote",
    from_="operation@ppomppu.co.kr", name_from="뽐뿌 운영팀",
    date="Sat, 14 Sep 2024 11:07:55 +0900",
    subject="RE: [KCSC-240912-07] 불법정보 시정요구",
    reply_to_req=thread("ppomppu"),
    body=f"""안녕하세요.

자유게시판 글({P[1]})은 블라인드 처리하였고,
휴대폰 장터 글({P[2]})은 성인인증을 마친 회원만 열람할 수 있도록 제한하였습니다.

뽐뿌 운영팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 9:10 AM
To: help@ppomppu.co.kr
Subject: [KCSC-240912-07] 불법정보 시정요구

아래 게시물에 대해 삭제 조치를 요청합니다.
1. {P[1]}
2. {P[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="an Outlook-style reply over '-----Original Message-----'",
    why="P1 blinded (removed), P2 limited to adult-verified members (restricted)",
    items={P[1]: "removed", P[2]: "restricted"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-remove",
    from_="cafe-policy@navercorp.com", name_from="NAVER Cafe Policy",
    date="Wed, 04 Sep 2024 17:31:46 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=thread("naver"),
    body=f"""Hello,

We have contacted the cafe managers. The following posts will be removed
within 24 hours once the managers confirm:

{N[3]}
{N[4]}

We will update you when this is complete.
""",
    outcome="review", review="not_understood",
    imitates="a platform reply that only promises removal",
    why="'will be removed ... once confirmed' is a conditional promise, no statement",
    items={N[3]: "pending", N[4]: "pending"},
)

case(
    name="daum-hedged-maybe-deleted",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Sat, 07 Sep 2024 12:12:12 +0900",
    subject="RE: [KCSC-240905-02] 문의하신 게시물",
    reply_to_req=thread("daum"),
    body=f"""안녕하세요, 카카오입니다.

확인해 보니 {D[3]} 게시물은 이미 삭제된 것으로 보입니다.
{D[2]} 게시물도 카페 매니저가 정리했을 수 있으나, 아직 정확히 확인되지 않았습니다.

확인되는 대로 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="a hedged portal reply ('…것으로 보입니다', '…했을 수 있으나')",
    why="both statements are hedged; nothing to apply",
    items={D[3]: "pending", D[2]: "pending"},
)

case(
    name="naver-bulk-all-removed",
    from_="report-kcsc@navercorp.com", name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 09:30:00 +0900",
    subject="[회신] KCSC-240903-01 조치 완료",
    reply_to_req=thread("naver"),
    body="""안녕하세요, 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 KCSC-240903-01 건의 게시물 전체에 대해 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="a one-line 'all done' reply for a multi-item request",
    why="a statement about all 13 items naming none of them: bulk",
    items={N[i]: "pending" for i in range(1, 14)},
)

case(
    name="clien-bulk-english",
    from_="moderator@clien.net", name_from="Clien Moderator",
    date="Thu, 12 Sep 2024 22:05:37 +0900",
    subject="Re: [KCSC-240911-06] request",
    reply_to_req=thread("clien"),
    body="""Hi,

All of the reported posts were removed this evening and the account is suspended.

Clien moderation
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="a short English moderator 'all removed' reply",
    why="three-item request, statement about all without naming each",
    items={C[1]: "pending", C[2]: "pending", C[3]: "pending"},
)

case(
    name="naver-untrusted-dmarc-fail",
    from_="report-kcsc@navercorp.com", name_from="NAVER 정책지원",
    auth="fail",
    date="Sat, 07 Sep 2024 03:14:52 +0900",
    subject="[회신] KCSC-240903-01 조치 결과",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

아래 게시물은 삭제 조치되었습니다.
- {N[1]}
- {N[2]}

처리 결과 확인서는 다음 링크에서 내려받으실 수 있습니다: http://naver-result-check.example/kcsc
""",
    outcome="review", review="untrusted",
    imitates="a spoofed portal result notice failing DKIM/SPF/DMARC",
    why="NAVER domain but authentication fails",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-unknown-sender-gmail",
    from_="quietlake.manager@gmail.com", name_from="quietlake 갤러리 매니저",
    date="Mon, 09 Sep 2024 23:48:03 +0900",
    subject="디시 마이너갤 게시물 관련 (KCSC-240906-03)",
    body=f"""안녕하세요. 디시인사이드 quietlake 마이너 갤러리 매니저입니다.
위원회에서 디시 쪽으로 요청하셨다는 글 {G[2]} 제가 방금 지웠습니다.
확인 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a gallery manager writing from a personal webmail address",
    why="not DC Inside's domain; claims cannot change the item",
    items={G[2]: "pending"},
)

case(
    name="nate-wrong-platform-search",
    from_="search-policy@nate.com", name_from="네이트 검색정책",
    date="Fri, 13 Sep 2024 13:13:44 +0900",
    subject="검색 노출 제한 처리 안내",
    body=f"""안녕하세요, 네이트 검색정책 담당자입니다.

위원회 공지를 참고하여 아래 URL이 네이트 검색 결과에 노출되지 않도록 차단하였습니다.
- {P[1]}
- {C[1]}

원문 게시물의 삭제 여부는 해당 사이트에 문의하시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="a search portal's 'excluded from our search results' notice about other sites' URLs",
    why="Nate speaks about Ppomppu and Clien items; it cannot state their status",
    items={P[1]: "pending", C[1]: "pending"},
)

case(
    name="inven-policy-newsletter-no-claims",
    from_="partners@inven.co.kr", name_from="인벤 운영팀",
    date="Tue, 10 Sep 2024 10:00:00 +0900",
    subject="[인벤] 커뮤니티 운영정책 개정 안내 (2024년 10월 시행)",
    body="""유관기관 담당자님께,

인벤 커뮤니티 운영정책이 2024년 10월 1일부터 아래와 같이 개정됩니다.

1. 불법 도박·사행성 홍보 게시물 즉시 삭제 기준 강화
2. 청소년 유해 게시물 신고 처리 기한 단축 (72시간 → 48시간)
3. 유관기관 전용 신고 창구 신설: https://www.inven.co.kr/member/agency_report

자세한 내용은 https://www.inven.co.kr/webzine/policy 에서 확인하실 수 있습니다.

인벤 운영팀 드림
""",
    outcome="review", review="no_claims", classification="other",
    imitates="a community site's policy-change notice sent to partner agencies",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="soop-asks-documents",
    from_="safety@sooplive.co.kr", name_from="SOOP 운영팀",
    date="Tue, 10 Sep 2024 10:44:18 +0900",
    subject="RE: [KCSC-240909-04] 추가 자료 요청",
    reply_to_req=thread("soop"),
    body=f"""안녕하세요, SOOP 운영팀입니다.

요청하신 {S[1]} 및 {S[2]} 콘텐츠의 처리를 위해
기관 직인이 날인된 공문(PDF)과 심의 의결 번호를 추가로 보내주시기 바랍니다.

자료가 확인되는 대로 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="a platform asking for an official letter with seal before acting",
    why="asks for documents; no status stated",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="daum-under-review",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 09:05:12 +0900",
    subject="RE: [KCSC-240905-02] 검토 진행 안내",
    reply_to_req=thread("daum"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

아래 게시물은 현재 담당 부서에서 검토 중입니다.
{D[1]}
{D[2]}
{D[3]}

검토 결과는 영업일 기준 3일 이내에 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="a 'currently under review' progress note listing the URLs",
    why="'검토 중' is no statement; named items stay pending",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending"},
)

case(
    name="fmkorea-forwarded-moderator-note",
    from_="report@fmkorea.com", name_from="에펨코리아 운영진",
    date="Thu, 12 Sep 2024 19:27:40 +0900",
    subject="Fwd: 신고 게시물 처리 건",
    body=f"""위원회 요청 건 관련하여 담당 모더레이터 메모 전달드립니다.

---------- Forwarded message ---------
보낸사람: 모더레이터 바람개비 <mod.windmill@fmkorea.com>
Date: 2024년 9월 12일 (목) 오후 6:50
Subject: 신고 게시물 처리 건
To: <report@fmkorea.com>

{F1} 이거 아까 제가 내렸어요. 스포츠 토토 홍보글 맞습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="a platform forwarding its own moderator's internal note",
    why="the statement is inside the forwarded internal note, not the platform's own reply",
    items={F1: "pending"},
)

case(
    name="ppomppu-conditional-deletion",
    from_="operation@ppomppu.co.kr", name_from="뽐뿌 운영팀",
    date="Thu, 12 Sep 2024 17:55:31 +0900",
    subject="RE: [KCSC-240912-07] 불법정보 시정요구",
    reply_to_req=thread("ppomppu"),
    body=f"""안녕하세요, 뽐뿌 운영팀입니다.

{P[1]}
작성자에게 7일간 소명 기회를 부여하였으며, 기간 내 소명이 없으면 삭제됩니다.

{P[2]}
작성자의 이의가 없을 경우 비공개 전환 예정입니다.
""",
    outcome="review", review="not_understood",
    imitates="a community site's conditional notice (deleted unless the author objects)",
    why="both outcomes are conditional/future; nothing stated",
    items={P[1]: "pending", P[2]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office-korean", enc_subject=True,
    from_="jiwoo.han@navercorp.com", name_from="한지우",
    date="Mon, 09 Sep 2024 08:00:03 +0900",
    subject="[자동회신] RE: [KCSC-240903-01] 불법·유해정보 시정요구",
    reply_to_req=thread("naver"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""[부재중 자동 회신]

9월 9일(월)부터 9월 13일(금)까지 휴가로 자리를 비웁니다.
긴급한 시정요구 건은 정책지원팀 공용 메일(report-kcsc@navercorp.com)로 보내 주십시오.

한지우 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="a Korean out-of-office auto-reply (부재중 자동 회신)",
    why="out-of-office auto-reply; no statement",
    items={},
)

case(
    name="clien-dsn-user-unknown",
    from_="MAILER-DAEMON@mx.clien.net", name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 15:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b213-clien"

--dsn-b213-clien
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.clien.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@clien.net>: host mx.clien.net[203.0.113.45] said: 550 5.1.1
    <abuse@clien.net>: Recipient address rejected: User unknown

--dsn-b213-clien
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.clien.net
Arrival-Date: Wed, 11 Sep 2024 15:00:05 +0900

Final-Recipient: rfc822; abuse@clien.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b213-clien
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@clien.net
Subject: [KCSC-240911-06] =?utf-8?b?7IKs6riwIOydmOyLrCDqsozsi5zrrLwg7KGw7LmYIOyalOyyrQ==?=
Date: Wed, 11 Sep 2024 15:00:00 +0900
Message-ID: <kcsc-240911-06.cc@kcsc.example>

--dsn-b213-clien--
""",
    outcome="ignored", classification="bounce",
    imitates="a Postfix DSN (550 5.1.1 user unknown)",
    why="delivery failure report",
    items={},
)

case(
    name="daum-mdn-read-receipt", enc_subject=True,
    from_="minseo.yoon@kakaocorp.com", name_from="윤민서",
    date="Thu, 05 Sep 2024 13:02:44 +0900",
    subject="읽음: [KCSC-240905-02] 권리침해 게시물 조치 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b213-daum"

--mdn-b213-daum
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 2024-09-05 오후 1:02에 수신자가 읽었습니다.

--mdn-b213-daum
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; minseo.yoon@kakaocorp.com
Original-Message-ID: <kcsc-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b213-daum--
""",
    outcome="ignored", classification="read_receipt",
    imitates="a Korean webmail read receipt (읽음:) as an RFC 8098 MDN",
    why="read receipt",
    items={},
)

case(
    name="soop-ticket-receipt", enc_subject=True,
    from_="noreply@sooplive.co.kr", name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 14:06:20 +0900",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 2409-118824)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 2409-118824
 - 문의 유형: 신고/권리침해 > 기관 요청
 - 제목: [KCSC-240909-04] 불법정보 시정요구

답변은 순차적으로 진행되며, 답변이 등록되면 메일로 알려드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="a help-desk ticket receipt (접수번호)",
    why="pure acknowledgement, no statement about any item",
    items={},
)

case(
    name="dc-autoreply-english",
    from_="help@dcinside.com", name_from="DC Inside Help",
    date="Fri, 06 Sep 2024 09:40:31 +0900",
    subject="[Auto-Reply] Re: [KCSC-240906-03] 게시물 삭제 요청의 건",
    reply_to_req=thread("dcinside"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automatic reply.

Thank you for contacting DC Inside Help. Messages are answered in the order
received, usually within three business days. Please do not send the same
request again.

DC Inside Help
""",
    outcome="ignored", classification="auto_reply",
    imitates="an English help-desk auto-reply",
    why="automatic reply, no statement",
    items={},
)

case(
    name="ppomppu-ooo-english",
    from_="k.seo@ppomppu.co.kr", name_from="Kyungho Seo",
    date="Thu, 12 Sep 2024 09:11:02 +0900",
    subject="Out of Office: [KCSC-240912-07] 불법정보 시정요구",
    reply_to_req=thread("ppomppu"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
    body="""I am out of the office until Monday 16 September with limited access to email.
For urgent moderation matters please write to operation@ppomppu.co.kr.

Kyungho Seo
""",
    outcome="ignored", classification="auto_reply",
    imitates="an Outlook/Exchange 'Out of Office' reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="kcsc-postmaster-delay-dsn",
    from_="MAILER-DAEMON@kcsc.example", name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 14:31:00 +0900",
    subject="Delayed Mail (still being retried)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b213-delay"

--dsn-b213-delay
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<report@fmkorea.com>: connect to mx1.fmkorea.com[198.51.100.77]:25:
    Connection timed out

--dsn-b213-delay
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; report@fmkorea.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sun, 15 Sep 2024 10:30:00 +0900

--dsn-b213-delay
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@fmkorea.com
Subject: [KCSC-240910-05] =?utf-8?b?6rKM7Iuc66y8IOyCreygnCDsmpTssq0=?=
Message-ID: <kcsc-240910-05@kcsc.example>

--dsn-b213-delay--
""",
    outcome="ignored", classification="bounce",
    imitates="a Postfix delay warning DSN from our own mail server",
    why="delivery-delay report, no statement",
    items={},
)


def main():
    write_requests()
    out = []
    for c in cases:
        c = dict(c)
        c["from"] = c.pop("from_")
        # Non-ASCII display names (and some subjects) as RFC 2047 encoded words,
        # the way Korean webmail and ticket systems send them.
        if not c["name_from"].isascii():
            c["name_from"] = Header(c["name_from"], "utf-8").encode()
        if c.pop("enc_subject", False):
            c["subject"] = Header(c["subject"], "utf-8").encode()
        out.append(c)
    # remove stale case files so the directory mirrors the case list
    cdir = os.path.join(HERE, "cases")
    if os.path.isdir(cdir):
        for f in os.listdir(cdir):
            if f.endswith(".eml"):
                os.remove(os.path.join(cdir, f))
    corpuslib.write_set(HERE, "blind213", HEADER, out)


if __name__ == "__main__":
    main()
