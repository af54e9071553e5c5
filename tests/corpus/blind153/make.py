#!/usr/bin/env python3
"""Blind set 153: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Inven, plus Nate and Clien as senders),
mixing Korean and English, with the doubtful and ignorable mail a
regulator's mailbox receives.

    python3 tests/corpus/blind153/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before any
run of the reader. All names, ids and URLs are fictional.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind153"

# ---------------------------------------------------------------- requests
TISTORY_RAW = "https://gyeolbaram.tistory.com/entry/신제품-후기-모음"
TISTORY = "https://gyeolbaram.tistory.com/entry/" + quote("신제품-후기-모음")

N = {  # NAVER, KCSC-240902-01 (largest, 12 items)
    1: "https://blog.naver.com/haneul_dal77/223560114201",
    2: "https://blog.naver.com/haneul_dal77/223561208834",
    3: "https://blog.naver.com/moonsori_k/223559907112",
    4: "https://cafe.naver.com/quietriver/48213",
    5: "https://cafe.naver.com/quietriver/48220",
    6: "https://cafe.naver.com/greenpine09/100342",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120983",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=51820377",
    9: "https://blog.naver.com/sebit_studio/223562044019",
    10: "https://cafe.naver.com/greenpine09/100377",
    11: "https://m.blog.naver.com/moonsori_k/223560030017",
    12: "https://in.naver.com/dalbit_ssam/contents/internal/701288345129004",
}
D = {  # Daum / Kakao, KCSC-240903-02
    1: "https://cafe.daum.net/hwangto-maeul/Fk2a/3321",
    2: "https://cafe.daum.net/hwangto-maeul/Fk2a/3347",
    3: TISTORY,
    4: "https://brunch.co.kr/@paranbit/58",
}
DC = {  # DC Inside, KCSC-240904-03
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9921034",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=bitcoins_new1&no=2218457",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=bitcoins_new1&no=2218499",
    4: "https://gall.dcinside.com/mini/board/view/?id=yeoul_night&no=3310",
    5: "https://m.dcinside.com/board/stock_new2/9921311",
}
S = {  # SOOP, KCSC-240905-04
    1: "https://vod.sooplive.co.kr/player/138822013",
    2: "https://ch.sooplive.co.kr/nightowl_bj/post/118872340",
    3: "https://vod.sooplive.co.kr/player/138830561",
}
FM = {  # FM Korea, KCSC-240906-05
    1: "https://www.fmkorea.com/7421188301",
    2: "https://www.fmkorea.com/7421903355",
}
PP = {  # Ppomppu, KCSC-240910-06 (one item)
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9184421",
}
IV = {  # Inven, KCSC-240910-07
    1: "https://www.inven.co.kr/board/lostark/4811/9934120",
    2: "https://www.inven.co.kr/board/maple/5974/3318842",
    3: "https://m.inven.co.kr/board/lostark/4811/9934188",
}

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02", "2024-09-09", N, "defamation", "명예훼손 정보 시정요구(삭제)"),
    ("KCSC-240903-02", "daum", "2024-09-03", "2024-09-10", D, "illegal_advertising", "불법 의약품 광고"),
    ("KCSC-240904-03", "dcinside", "2024-09-04", "2024-09-11", DC, "illegal_finance", "불법 리딩방 홍보"),
    ("KCSC-240905-04", "soop", "2024-09-05", "2024-09-12", S, "obscenity", "음란 VOD 및 게시물"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06", "2024-09-13", FM, "privacy", "개인정보 노출"),
    ("KCSC-240910-06", "ppomppu", "2024-09-10", "2024-09-17", PP, "gambling", "불법 도박 사이트 홍보"),
    ("KCSC-240910-07", "inven", "2024-09-10", "2024-09-17", IV, "gambling", "게임 아이템 불법 환전 홍보"),
]


def mid(ref):
    return ref + ".req"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for k in sorted(urls):
                w.writerow([ref, plat, sent, due, urls[k], cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def dt(day, h, m, s=0):
    d = datetime.datetime(2024, 9, day, h, m, s)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0900")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def request_text(ref, urls, due):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
        "",
        "아래 정보에 대하여 정보통신망법 제44조의7에 따라 시정요구(삭제)를 하오니",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
    ]
    for i, k in enumerate(sorted(urls), 1):
        u = urls[k]
        if u == TISTORY:
            u = TISTORY_RAW
        lines.append(f"{i}. {u}")
    lines += ["", f"처리기한: {due}", "", "방송통신심의위원회 드림"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def items(d, status, keys=None):
    keys = sorted(d) if keys is None else keys
    return {d[k]: status for k in keys}


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-correction-result-html-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date=dt(6, 17, 42),
    subject="[회신] KCSC-240902-01 시정요구 조치결과 통보",
    reply_to_req=mid("KCSC-240902-01"),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(요청번호 KCSC-240902-01)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>9/5 조치</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td><td>9/5 조치</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>게시물 없음</td><td>요청 접수 전 작성자 삭제</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>임시조치</td><td>30일간 접근 차단</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>블라인드</td><td></td></tr>
<tr><td>6</td><td>{N[6]}</td><td>조치 불가</td><td>위법성 확인되지 않음</td></tr>
<tr><td>7</td><td>{N[7].replace('&', '&amp;')}</td><td>삭제</td><td></td></tr>
<tr><td>8</td><td>{N[8].replace('&', '&amp;')}</td><td>검토 중</td><td>서비스 부서 확인 중</td></tr>
<tr><td>9</td><td>{N[9]}</td><td>접근 제한</td><td>국내 접속 제한</td></tr>
<tr><td>10</td><td>{N[10]}</td><td>검토 중</td><td></td></tr>
<tr><td>11</td><td>{N[11]}</td><td>검토 중</td><td></td></tr>
<tr><td>12</td><td>{N[12]}</td><td>검토 중</td><td></td></tr>
</table>
<p>검토 중인 4건은 확인이 끝나는 대로 별도 회신드리겠습니다.<br>
감사합니다.</p>
<p>NAVER 정책지원팀 드림<br>
<a href="https://help.naver.com/service/5640/contents/2024">네이버 게시물 운영정책 안내</a></p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 table from a Korean portal's policy team",
    why="Each row states an unhedged result: 삭제/블라인드 removed, 임시조치/접근 제한 restricted, 게시물 없음 not_found, 조치 불가 rejected; 검토 중 rows stay pending.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "restricted",
           N[5]: "removed", N[6]: "rejected", N[7]: "removed", N[8]: "pending",
           N[9]: "restricted", N[10]: "pending", N[11]: "pending", N[12]: "pending"},
)

case(
    name="naver-blog-prose-korean",
    **{"from": "blogcs@naver.com"},
    name_from="네이버 블로그 고객센터",
    date=dt(4, 10, 15),
    subject="Re: [KCSC-240902-01] 명예훼손 게시물 시정요구",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

요청하신 블로그 게시물 {N[1]} 및 {N[2]} 은
운영정책 위반이 확인되어 금일 게시중단 처리되었습니다.

한편 {N[3]} 는 확인 결과 작성자가
요청 접수 이전에 직접 삭제한 게시물로, 현재 존재하지 않습니다.

나머지 요청 건은 카페·지식iN 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
네이버 블로그 고객센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog customer-centre 게시중단 처리 안내 reply",
    why="Two named blog posts 게시중단 (removed); the third was deleted by its author and no longer exists (not_found).",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found"},
)

csv_text = "\ufeffurl,result,processed_at,memo\n" + "\n".join([
    f"{N[4]},deleted,2024-09-09,",
    f"{N[5]},temporarily restricted (임시조치),2024-09-09,30 days",
    f"{N[6]},not found,2024-09-09,invalid article number",
    f"{N[10]},no violation - kept,2024-09-09,reviewed by cafe policy",
]) + "\n"
case(
    name="naver-cafe-csv-attachment",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="NAVER Cafe Policy",
    date=dt(9, 18, 3),
    subject="KCSC-240902-01 카페 게시물 처리 결과 (첨부)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_5d1e0a"

--=_nv_5d1e0a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 카페 정책 담당입니다.

KCSC-240902-01 건 중 카페 게시물 4건의 처리 결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

NAVER Cafe Policy

--=_nv_5d1e0a
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_cafe.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_cafe.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv_5d1e0a--
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal trust team sending results as a CSV attachment",
    why="The CSV gives one result per URL: deleted, 임시조치 (restricted), not found, no violation (rejected).",
    items={N[4]: "removed", N[5]: "restricted", N[6]: "not_found", N[10]: "rejected"},
)

case(
    name="naver-bare-url-result-below",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date=dt(10, 14, 20),
    subject="RE: KCSC-240902-01 추가 조치 결과",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""담당자님 안녕하세요.
지난 회신에서 검토 중으로 안내드린 건 중 3건의 결과입니다.

{N[9]}
→ 처리결과: 삭제 완료

https://blog.naver.com/moonsori_k/223560030017
→ 처리결과: 비공개 처리 (운영정책 위반)

{N[12]}
→ 처리결과: 해당 콘텐츠 없음 (존재하지 않는 주소)

감사합니다.
NAVER 정책지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER policy team follow-up listing each URL with its 처리결과 on the line below",
    why="Each URL is followed by its result: 삭제 removed, 비공개 처리 removed (the blog post is the desktop form of the requested m.blog URL), 콘텐츠 없음 not_found.",
    items={N[9]: "removed", N[11]: "removed", N[12]: "not_found"},
)

case(
    name="naver-top-posted-over-outlook-request",
    **{"from": "kr-legal@navercorp.com"},
    name_from="Jiwoo Han (NAVER Legal)",
    date=dt(5, 9, 48),
    subject="RE: [KCSC-240902-01] 시정요구(삭제) 요청",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Dear KCSC team,

Of the 12 URLs in your request, the following two were removed this morning:
- {N[8]}
- {N[12]}

The remaining items are still with the relevant service teams and we will
come back to you before the deadline.

Best regards,
Jiwoo Han
NAVER Legal | Content Policy

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 4:10 PM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 시정요구(삭제) 요청

{request_text("KCSC-240902-01", N, "2024-09-09")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply from a portal's legal team above the regulator's request",
    why="Only the two URLs in the author's own lines are stated removed; the twelve URLs in the quoted request are not statements.",
    items={N[8]: "removed", N[12]: "removed"},
)

case(
    name="naver-kin-rejected-cafe-geoblocked",
    **{"from": "trust@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=dt(8, 11, 30),
    subject="Re: KCSC-240902-01 - outcome for two items",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello,

Regarding the Knowledge iN answer
{N[7]}
our policy team reviewed it against the operating policy and the cited
provision. We found no violation, so the answer will stay up. If you
have a court ruling or other material that we should consider, please send
it to us and we will look at it again.

The cafe post {N[10]} has been restricted: it can
no longer be viewed from Korean IP addresses (국내 접속 차단).

Regards,
NAVER Trust & Safety
https://policy.naver.com/policy/service.html
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER English-language trust & safety decision reply (refusal with reason, country block)",
    why="Knowledge iN answer refused with reason (rejected); cafe post blocked in Korea (restricted). The offer to reconsider is not a hedge on the decision.",
    items={N[7]: "rejected", N[10]: "restricted"},
)

case(
    name="naver-qp-blind-and-private",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="네이버 카페 운영지원",
    date=dt(7, 16, 5),
    subject="[네이버 카페] KCSC-240902-01 처리 안내",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""안녕하세요, 네이버 카페 운영지원 담당입니다.

요청번호 KCSC-240902-01 관련하여 아래와 같이 안내드립니다.

- {N[5]} : 블라인드 처리 완료
- {N[6]} : 해당 카페 매니저에 의해 비공개 처리됨

문의사항은 본 메일로 회신 주시기 바랍니다.
감사합니다.
"""),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER cafe 블라인드 처리 안내 in a quoted-printable Korean body",
    why="블라인드 처리 완료 and 매니저에 의해 비공개 처리됨 both mean the post is no longer visible: removed.",
    items={N[5]: "removed", N[6]: "removed"},
)

case(
    name="naver-receipt-plus-statement",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date=dt(3, 9, 12),
    subject="Re: [KCSC-240902-01] 시정요구 접수 및 1차 조치",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요.

귀 위원회의 시정요구(KCSC-240902-01)를 정상 접수하였습니다.
접수된 URL 중 {N[5]} 는 긴급 사안으로 판단되어
접수 즉시 삭제하였습니다.

나머지 11건은 순차적으로 검토 후 회신드리겠습니다.

NAVER 정책지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal receipt notice that also reports a first immediate action",
    why="Acknowledgement wording plus an unhedged 삭제하였습니다 for one named URL: not a pure acknowledgement; that item is removed.",
    items={N[5]: "removed"},
)

case(
    name="naver-post-wrapped-url-angle",
    **{"from": "trust@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=dt(11, 13, 27),
    subject="Re: KCSC-240902-01 NAVER Post content",
    reply_to_req=mid("KCSC-240902-01"),
    body="""Hello KCSC,

The following NAVER Post content has been removed (게시중단) for
violating our operating policy on defamation:

  <https://post.naver.com/viewer/postView.naver?volumeNo=38120455&
   memberNo=51820377>

The creator has been notified and may file an objection through the
usual channel.

NAVER Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="trust & safety reply with a long URL wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="The wrapped URL in angle brackets is the requested NAVER Post URL; it is stated removed.",
    items={N[8]: "removed"},
)

case(
    name="naver-english-bullets-mixed",
    **{"from": "trust@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=dt(5, 20, 11),
    subject="Update on KCSC-240902-01 (blog posts)",
    body=f"""Dear Sir or Madam,

Here is our update on the blog posts in request KCSC-240902-01:

  • {N[1]} — access blocked from Korea (접속 차단) following the legal review
  • {N[2]} — removed
  • blog.naver.com/moonsori_k/223559907112 — we could not find this post; the link is invalid

Other items will follow separately.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="English bulleted status update from a Korean portal's trust team",
    why="Bullet 1 blocked in Korea (restricted), bullet 2 removed, bullet 3 (written without scheme) cannot be found (not_found).",
    items={N[1]: "restricted", N[2]: "removed", N[3]: "not_found"},
)

case(
    name="naver-statement-of-reasons",
    **{"from": "noreply-sor@navercorp.com"},
    name_from="NAVER Content Moderation",
    date=dt(12, 8, 55),
    subject="Statement of reasons - KCSC-240902-01",
    body=f"""STATEMENT OF REASONS

Reference:        KCSC-240902-01
Content:          {N[9]}
Decision:         Content removed
Ground:           Illegal content under Korean law (defamation), notified by KCSC
Facts relied on:  Correction request of the Korea Communications Standards Commission
Automated means:  No automated means were used for this decision
Date of decision: 2024-09-11

Redress: the uploader may appeal at https://help.naver.com/support/appeal.help
Our policies: https://policy.naver.com/rules/service.html
""",
    outcome="applied",
    classification="confirmation",
    imitates="DSA-style statement of reasons (Article 17 layout) sent by a portal",
    why="One content URL with 'Decision: Content removed'; the appeal and policy links are not items.",
    items={N[9]: "removed"},
)

case(
    name="daum-imsijochi-notice",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=dt(5, 15, 40),
    subject="[카카오] KCSC-240903-02 시정요구 처리 결과 안내",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 Daum 카페 게시물에 대한 처리 결과를 안내드립니다.

1) {D[1]}
   처리 내용: 임시조치 (30일간 게시물 접근 차단)
2) {D[2]}
   처리 내용: 삭제

임시조치된 게시물은 게시자가 재게시를 요청하지 않으면 기간 경과 후 삭제됩니다.
티스토리, 브런치 게시물은 해당 서비스 담당자가 별도로 안내드릴 예정입니다.

고맙습니다.
카카오 권리침해신고센터
https://cs.daum.net/faq/95.html
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 처리 결과 안내",
    why="Post 3321 is under 임시조치 (access blocked for 30 days: restricted); post 3347 deleted (removed). The note about later deletion is a condition, not a new status.",
    items={D[1]: "restricted", D[2]: "removed"},
)

case(
    name="daum-tistory-raw-korean-path",
    **{"from": "tistory_cs@kakaocorp.com"},
    name_from="티스토리 고객센터",
    date=dt(6, 11, 2),
    subject="Re: [KCSC-240903-02] 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요, 티스토리·브런치 고객센터입니다.

요청하신 티스토리 글 <{TISTORY_RAW}> 은
운영정책(불법 상품 광고) 위반으로 삭제 조치되었습니다.

브런치 글(https://brunch.co.kr/@paranbit/58)은 확인 결과 작가가 이미 삭제한 글이라
별도 조치가 필요하지 않았습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao (Tistory/Brunch) customer-centre reply with a raw Korean-path URL and Korean particles",
    why="The Tistory entry (raw Korean path = the percent-encoded requested URL) was deleted (removed); the Brunch story was already deleted by its author (not_found).",
    items={TISTORY: "removed", D[4]: "not_found"},
)

case(
    name="daum-base64-english",
    **{"from": "trustsafety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date=dt(9, 10, 44),
    subject="KCSC-240903-02: review outcome",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""Dear KCSC,

Thank you for your notice. After review:

The Brunch story {D[4]} has been age-restricted.
It is now shown only to signed-in users who have verified they are 19 or
older (청소년 유해 표시).

The Daum cafe post {D[2]} was reviewed against Daum's
operating policy and applicable law. We did not find it to be unlawful, and
no action was taken on it.

Sincerely,
Kakao Trust & Safety
"""),
    outcome="applied",
    classification="confirmation",
    imitates="Kakao English trust & safety outcome in a base64 body",
    why="Brunch story age-restricted (restricted); cafe post reviewed and left up (rejected).",
    items={D[4]: "restricted", D[2]: "rejected"},
)

case(
    name="daum-gmail-quote-one-item",
    **{"from": "cafe_ops@daum.net"},
    name_from="Daum 카페 운영팀",
    date=dt(10, 9, 5),
    subject="Re: [KCSC-240903-02] 불법 의약품 광고 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""말씀하신 카페 게시글({D[1]})은 임시조치 기간 중 게시자 소명이 없어 오늘 삭제했습니다.

Daum 카페 운영팀 드림

2024년 9월 3일 (화) 오후 3:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(request_text("KCSC-240903-02", D, "2024-09-10"))}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style Korean reply over the quoted request (…님이 작성:)",
    why="Only post 3321 is stated deleted in the author's own line; the quoted request is not a statement.",
    items={D[1]: "removed"},
)

case(
    name="dc-numbered-list-five",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=dt(6, 19, 22),
    subject="[디시인사이드] KCSC-240904-03 조치 결과 회신",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.
요청번호 KCSC-240904-03 의 조치 결과를 회신드립니다.

1. {DC[1]}
   - 삭제 완료
2. {DC[2]}
   - 삭제 완료 (작성자 IP 차단)
3. {DC[3]}
   - 이미 작성자가 삭제한 게시물입니다.
4. {DC[4]}
   - 미니 갤러리 운영규정 및 관련 법령 위반 사항이 확인되지 않아 게시물을 유지합니다.
5. {DC[5]}
   - 삭제 완료

감사합니다.
디시인사이드 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 운영팀 numbered 조치 결과 reply",
    why="1, 2 and 5 deleted (removed); 3 already deleted by its author (not_found); 4 kept because no violation (rejected).",
    items={DC[1]: "removed", DC[2]: "removed", DC[3]: "not_found", DC[4]: "rejected", DC[5]: "removed"},
)

case(
    name="dc-urls-below-statement",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date=dt(5, 14, 8),
    subject="Re: KCSC-240904-03",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""아래 게시물은 삭제 처리하였습니다.
{DC[1]}
{DC[5]}

아래 게시물은 신고 접수 전에 해당 마이너 갤러리 매니저가 이미 삭제하였습니다.
{DC[2]}

디시인사이드 신고센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="terse community-site abuse desk reply with URLs on the lines below each statement",
    why="Two URLs under '삭제 처리하였습니다' are removed; the third was deleted by the gallery manager (operator deletion), also removed.",
    items={DC[1]: "removed", DC[5]: "removed", DC[2]: "removed"},
)

case(
    name="dc-outlook-original-message",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=dt(5, 11, 31),
    subject="RE: [KCSC-240904-03] 불법 리딩방 홍보 게시물 시정요구",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""요청하신 건 중 {DC[4]} 게시물은 삭제 완료했습니다.
나머지 게시물은 확인 중이며 처리되는 대로 다시 연락드리겠습니다.

디시인사이드 운영팀

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <admin@dcinside.com>
Sent: 2024-09-04 (수) 14:20:11 (GMT+09:00)
Subject: [KCSC-240904-03] 불법 리딩방 홍보 게시물 시정요구

{request_text("KCSC-240904-03", DC, "2024-09-11")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean webmail (Outlook-style -----Original Message-----) reply over the request",
    why="One URL in the author's text is deleted (removed); the others are only in the quoted request and 확인 중 (pending).",
    items={DC[4]: "removed"},
)

case(
    name="soop-english-vod-and-post",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date=dt(7, 13, 50),
    subject="Re: KCSC-240905-04 correction request",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""Hello,

This is SOOP Trust & Safety replying to your request KCSC-240905-04.

- VOD {S[1]} has been deleted, and the streamer's channel
  is suspended from broadcasting for 7 days.
- The channel post {S[2]} has been set to 19+ only
  (age-restricted); it is no longer visible to minors or logged-out users.

We are still checking the third VOD and will reply separately.

SOOP Trust & Safety
https://www.sooplive.co.kr/policy
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) trust & safety outcome in English",
    why="The first VOD is deleted (removed); the channel post is age-restricted (restricted); the third VOD is not named and stays pending.",
    items={S[1]: "removed", S[2]: "restricted"},
)

case(
    name="soop-korean-html-link",
    **{"from": "help@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date=dt(9, 15, 3),
    subject="[SOOP] 시정요구 조치 결과 안내 (KCSC-240905-04)",
    type="html",
    body=f"""<html><body>
<div style="font-size:14px">
<p>안녕하세요. <b>SOOP 고객센터</b>입니다.</p>
<p>요청하신 <a href="{S[3]}">VOD(138830561)</a>는 음란물 게시 금지 정책 위반이 확인되어
<span style="color:#c00">삭제</span>되었습니다.</p>
<p>관련 정책은 <a href="https://www.sooplive.co.kr/policy/operation">SOOP 운영정책</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.</p>
</div>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP customer-centre HTML notice with the item as a hyperlink",
    why="The hyperlinked VOD is the requested one and is stated deleted (removed); the policy link is not an item.",
    items={S[3]: "removed"},
)

case(
    name="soop-multipart-alternative",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date=dt(10, 10, 26),
    subject="Re: KCSC-240905-04 남은 건 처리 결과",
    reply_to_req=mid("KCSC-240905-04"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="soop-alt-7f2c"

--soop-alt-7f2c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, SOOP 세이프티팀입니다.

{S[3]} 은 요청 접수 전에 BJ 본인이 이미 삭제한 VOD로 확인되었습니다.
{S[2]} 게시글은 추가 검토 후 삭제 조치하였습니다.

감사합니다.

--soop-alt-7f2c
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><p>안녕하세요, SOOP 세이프티팀입니다.</p>
<p>{S[3]} 은 요청 접수 전에 BJ 본인이 이미 삭제한 VOD로 확인되었습니다.<br>
{S[2]} 게시글은 추가 검토 후 삭제 조치하였습니다.</p>
<p>감사합니다.</p></body></html>

--soop-alt-7f2c--
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP safety-team reply sent as multipart/alternative",
    why="VOD already deleted by the streamer before the request (not_found); channel post deleted after review (removed).",
    items={S[3]: "not_found", S[2]: "removed"},
)

case(
    name="fmkorea-short-both-named",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 관리자",
    date=dt(7, 22, 14),
    subject="Re: KCSC-240906-05 개인정보 노출 게시물",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""{FM[1]} , {FM[2]} 두 게시물 모두 삭제했습니다.
작성자는 이용정지 7일 처리했습니다.

에펨코리아 관리자
""",
    outcome="applied",
    classification="confirmation",
    imitates="one-line reply from a community-site administrator",
    why="Both URLs are named and stated deleted (removed).",
    items={FM[1]: "removed", FM[2]: "removed"},
)

case(
    name="ppomppu-sole-item-no-url",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from="뽐뿌 운영진",
    date=dt(11, 17, 36),
    subject="Re: [KCSC-240910-06] 불법 도박 사이트 홍보 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240910-06"),
    body="""안녕하세요, 뽐뿌 운영진입니다.

요청하신 게시물은 확인 후 삭제 조치 완료하였습니다.
해당 회원은 영구 이용정지 처리하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="short community-site operator reply in the request's thread",
    why="The request has one item; an unhedged 삭제 조치 완료 in its thread, naming no URL, applies to it (removed).",
    items={PP[1]: "removed"},
)

case(
    name="inven-text-table",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객지원",
    date=dt(12, 16, 48),
    subject="[인벤] KCSC-240910-07 처리 결과",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""안녕하세요. 인벤 고객지원팀입니다.
요청하신 게시물의 처리 결과입니다.

번호  게시물 주소                                            처리 결과
----  -----------------------------------------------------  ------------------------
1     {IV[1]}     삭제
2     {IV[2]}       게시물 없음(작성자 삭제)
3     {IV[3]}     유지(규정 위반 아님)

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="fixed-width text table of results from a game community's support desk",
    why="Row 1 삭제 (removed), row 2 deleted by its author (not_found), row 3 kept as not violating (rejected).",
    items={IV[1]: "removed", IV[2]: "not_found", IV[3]: "rejected"},
)

case(
    name="inven-fullwidth-parentheses",
    **{"from": "moderation@inven.co.kr"},
    name_from="인벤 게시판 운영팀",
    date=dt(11, 12, 3),
    subject="Re: [KCSC-240910-07] 게임 아이템 불법 환전 홍보",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""안녕하세요, 인벤 게시판 운영팀입니다.

신고 대상 게시물（{IV[1]}）및（{IV[3]}）두 건은 운영자 삭제되었습니다.
나머지 한 건은 메이플스토리 게시판 담당자가 확인 후 답변드리겠습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean reply with URLs inside full-width parentheses",
    why="Two URLs in full-width parentheses are stated 운영자 삭제 (removed); the maple post is not named and stays pending.",
    items={IV[1]: "removed", IV[3]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-act",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="네이버 카페 운영지원",
    date=dt(4, 17, 20),
    subject="Re: [KCSC-240902-01] 카페 게시물 관련",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요.

신고해주신 {N[4]} 및
{N[10]} 게시물은 현재 담당 부서에서 검토 중이며,
검토가 끝나는 대로 필요한 조치를 취할 예정입니다.

처리 결과는 처리기한 내에 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal interim reply: under review, action to follow",
    why="Both named posts are only 검토 중 with a promise of action; no status can be recorded.",
    items={N[4]: "pending", N[10]: "pending"},
)

case(
    name="dc-hedge-seems-deleted",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=dt(6, 10, 2),
    subject="Re: KCSC-240904-03 문의",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""안녕하세요.

{DC[3]} 는
현재 접속되지 않는 것으로 보아 이미 삭제된 것 같습니다.
정확한 삭제 주체와 시점은 로그를 확인한 뒤 알려드리겠습니다.

디시인사이드 운영팀
""",
    outcome="review",
    review="not_understood",
    imitates="hedged operator reply ('seems to have been deleted')",
    why="'삭제된 것 같습니다' is a guess, not a statement; the named item stays pending.",
    items={DC[3]: "pending"},
)

case(
    name="inven-under-review-english",
    **{"from": "cs@inven.co.kr"},
    name_from="Inven Support",
    date=dt(11, 9, 40),
    subject="Re: [KCSC-240910-07] status",
    reply_to_req=mid("KCSC-240910-07"),
    body="""Dear KCSC,

Thank you for your patience. The three posts in your request
KCSC-240910-07 are still under review by our community team.
We expect to complete the review within three business days and will inform you of the outcome.

Minseo Kang
Inven Support Team
""",
    outcome="review",
    review="not_understood",
    imitates="English 'under review' interim reply from a support desk",
    why="Speaks about the request's three posts but only says they are under review; nothing to record.",
    items=items(IV, "pending"),
)

case(
    name="naver-conditional-deletion",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date=dt(9, 11, 18),
    subject="RE: KCSC-240902-01 소명 절차 안내",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""담당자님께,

{N[9]} 와
{N[12]} 는
게시자에게 소명 기회를 부여하였습니다.
7일 이내에 소명이 없을 경우 삭제 처리할 예정입니다.

NAVER 정책지원팀
""",
    outcome="review",
    review="not_understood",
    imitates="portal notice that the poster was given a chance to explain before deletion",
    why="Deletion is conditional and in the future; both named items stay pending.",
    items={N[9]: "pending", N[12]: "pending"},
)

case(
    name="daum-bulk-all-four",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=dt(11, 14, 55),
    subject="[카카오] KCSC-240903-02 처리 완료",
    reply_to_req=mid("KCSC-240903-02"),
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 4건에 대하여 모두 삭제 조치를 완료하였습니다.

고맙습니다.
""",
    outcome="review",
    review="bulk",
    imitates="Kakao one-sentence bulk completion notice",
    why="'4건 모두 삭제' for a four-item request without naming each: bulk, items stay pending.",
    items=items(D, "pending"),
)

case(
    name="naver-bulk-english-actioned",
    **{"from": "trust@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=dt(13, 10, 7),
    subject="Re: KCSC-240902-01 - completed",
    reply_to_req=mid("KCSC-240902-01"),
    body="""Hello,

All URLs listed in your request KCSC-240902-01 have now been actioned in
line with our policies and Korean law. We consider this request closed.

Best regards,
NAVER Trust & Safety
""",
    outcome="review",
    review="bulk",
    imitates="English blanket closure note ('all URLs have been actioned')",
    why="Blanket statement about twelve items without naming each: bulk review, all pending.",
    items=items(N, "pending"),
)

case(
    name="naver-auth-fail-lookalike",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from="NAVER 정책지원팀",
    date=dt(6, 23, 51),
    subject="RE: KCSC-240902-01 조치결과",
    body=f"""안녕하세요.

요청하신 {N[1]} 및 {N[2]}
게시물은 모두 삭제 처리되었습니다.

NAVER 정책지원팀
""",
    outcome="review",
    review="untrusted",
    imitates="portal-looking reply whose DKIM/SPF/DMARC checks failed",
    why="Claims to be NAVER but fails authentication; its statements cannot change statuses.",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-author-writes-from-gmail",
    **{"from": "jh.seo1987@gmail.com"},
    name_from="서정훈",
    date=dt(7, 1, 12),
    subject="디시 게시글 삭제했습니다",
    body=f"""안녕하세요. 방심위에서 삭제 요청하신 글 작성자입니다.
제가 디시에 올린 글({DC[1]}) 오늘 제가 직접 지웠습니다.
별 의도 없이 올린 거라 선처 부탁드립니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="the poster writing to the regulator from a personal webmail account",
    why="A private person, not DC Inside, says the post is gone; unknown sender, item stays pending.",
    items={DC[1]: "pending"},
)

case(
    name="ppomppu-lookalike-domain",
    **{"from": "support@ppomppu-cs.com"},
    name_from="뽐뿌 고객센터",
    date=dt(12, 4, 33),
    subject="[KCSC-240910-06] 게시물 삭제 완료 안내",
    body=f"""안녕하세요. 뽐뿌 고객센터입니다.

요청번호 KCSC-240910-06
대상 게시물: {PP[1]}
처리 결과: 삭제 완료

감사합니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="result notice from a domain that only resembles the platform's",
    why="ppomppu-cs.com is not Ppomppu's sender domain, though it authenticates for itself: unknown sender.",
    items={PP[1]: "pending"},
)

case(
    name="nate-answers-for-daum-cafe",
    **{"from": "pann_help@nate.com"},
    name_from="네이트 판 고객센터",
    date=dt(6, 16, 30),
    subject="Re: 게시물 삭제 요청 건",
    body=f"""안녕하세요, 네이트 판 고객센터입니다.

보내주신 URL({D[2]})은 네이트 서비스의 게시물이 아니나,
확인해 보니 이미 삭제된 게시물입니다.

참고 부탁드립니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="a different portal's help desk answering about another site's post",
    why="Nate states the status of a Daum cafe post; only Daum may change it: wrong_platform.",
    items={D[2]: "pending"},
)

case(
    name="clien-contact-change-no-items",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date=dt(13, 11, 0),
    subject="[클리앙] 게시물 관련 요청 접수 창구 변경 안내",
    body="""안녕하세요, 클리앙 운영진입니다.

10월 1일부터 공공기관의 게시물 관련 요청은 report@clien.net 으로만
접수받습니다. 기존 주소로 보내주신 메일은 9월 30일까지만 확인합니다.

업무에 참고 부탁드립니다.
클리앙 운영진
""",
    outcome="review",
    review="no_claims",
    imitates="community site's notice of a new contact address",
    why="Trusted platform mail that names no item and references no request.",
    items={},
)

case(
    name="soop-asks-for-official-letter",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date=dt(6, 14, 12),
    subject="Re: KCSC-240905-04 추가 자료 요청",
    reply_to_req=mid("KCSC-240905-04"),
    body="""안녕하세요, SOOP 세이프티팀입니다.

KCSC-240905-04 건 처리를 위해 위원회 의결서 또는 시정요구 공문 사본을
보내주시기 바랍니다. 자료 확인 후 바로 조치하겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="platform asking the regulator for the formal decision document",
    why="Asks for documents before acting; nothing about the items is stated.",
    items=items(S, "pending"),
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office-korean",
    **{"from": "minji.park@navercorp.com"},
    name_from="박민지",
    date=dt(3, 8, 1),
    subject="[자동응답] 부재중입니다: [KCSC-240902-01] 시정요구(삭제) 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 박민지입니다.
9월 2일부터 9월 6일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

I am out of the office until September 6 with limited access to email.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply from a portal employee",
    why="Auto-reply to our request; says nothing about items.",
    items={},
)

case(
    name="dc-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"},
    name_from="Mail Delivery System",
    date=dt(4, 14, 21),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="7C21A3B0.1725427271/mx1.dcinside.com"

--7C21A3B0.1725427271/mx1.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal@dcinside.com>: host mx1.dcinside.com[local] said: 550 5.1.1
    <legal@dcinside.com>: Recipient address rejected: User unknown

--7C21A3B0.1725427271/mx1.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
X-Postfix-Queue-ID: 7C21A3B0
Arrival-Date: Wed,  4 Sep 2024 14:21:09 +0900 (KST)

Final-Recipient: rfc822; legal@dcinside.com
Original-Recipient: rfc822;legal@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@dcinside.com>: Recipient address
    rejected: User unknown

--7C21A3B0.1725427271/mx1.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@dcinside.com
Subject: [KCSC-240904-03] 불법 리딩방 홍보 게시물 시정요구
Date: Wed, 04 Sep 2024 14:20:11 +0900
Message-ID: <KCSC-240904-03.req.cc@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_text("KCSC-240904-03", DC, "2024-09-11")}

--7C21A3B0.1725427271/mx1.dcinside.com--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) with the request attached",
    why="A bounce; the URLs are only in the returned copy of our request.",
    items={},
)

case(
    name="daum-mdn-read-receipt",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=dt(4, 9, 33),
    subject="읽음: [KCSC-240903-02] 불법 의약품 광고 게시물 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kakao-31ac"

--mdn-kakao-31ac
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240903-02] 불법 의약품 광고 게시물 삭제 요청"을(를)
수신자 right@kakaocorp.com 이(가) 2024-09-04 09:33 에 읽었습니다.

--mdn-kakao-31ac
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Original-Recipient: rfc822;right@kakaocorp.com
Final-Recipient: rfc822;right@kakaocorp.com
Original-Message-ID: <KCSC-240903-02.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kakao-31ac--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="webmail read receipt (MDN, 읽음:) for our request",
    why="A read receipt says nothing about the items.",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date=dt(5, 16, 2),
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 S2409-118204)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: S2409-118204
문의 제목: KCSC-240905-04 음란 VOD 및 게시물 시정요구

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="helpdesk ticket receipt (접수번호) from a streaming platform",
    why="Pure acknowledgement with a ticket number; no statement about items.",
    items={},
)

case(
    name="fmkorea-noreply-autoreply",
    **{"from": "noreply@fmkorea.com"},
    name_from="FM Korea",
    date=dt(6, 15, 0),
    subject="Auto: Re: KCSC-240906-05 개인정보 노출 게시물",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""이 주소는 발신 전용으로 수신 메일을 확인하지 않습니다.
문의는 사이트 내 고객센터 게시판을 이용해 주세요.

This is an automated reply. This mailbox is not monitored.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="no-reply mailbox auto-answer",
    why="Automatic reply from an unmonitored mailbox.",
    items={},
)

case(
    name="naver-ack-english-reference",
    **{"from": "noreply-legal@navercorp.com"},
    name_from="NAVER Legal Requests",
    date=dt(2, 18, 30),
    subject="We received your request KCSC-240902-01 [NV-LR-0911-4471]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We have received your request KCSC-240902-01 (12 URLs).
Our reference number is NV-LR-0911-4471. Please keep this number in the
subject line of any further correspondence about this request.

Our team will review the request and respond in due course.

NAVER Legal Requests
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="automatic case-receipt email from a portal's legal-requests system",
    why="Acknowledgement with a case number; 'will review' is no statement.",
    items={},
)

case(
    name="inven-dsn-delayed",
    **{"from": "MAILER-DAEMON@mx.inven.co.kr"},
    name_from="Mail Delivery System",
    date=dt(11, 2, 40),
    subject="Delayed Mail (still being retried)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dly-44E1B09"

--dly-44E1B09
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.inven.co.kr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<cs@inven.co.kr>: connect to store2.inven.co.kr[203.0.113.41]:25:
    Connection timed out

--dly-44E1B09
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.inven.co.kr

Final-Recipient: rfc822; cs@inven.co.kr
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sun, 15 Sep 2024 22:30:02 +0900 (KST)

--dly-44E1B09
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cs@inven.co.kr
Subject: [KCSC-240910-07] 게임 아이템 불법 환전 홍보
Message-ID: <KCSC-240910-07.req@kcsc.example>

--dly-44E1B09--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delayed-delivery warning DSN",
    why="A delay notice from a mail server; says nothing about items.",
    items={},
)


HEADER = """# Blind set 153 (tests/corpus/blind153/): Korean portals and community
# sites, mixing Korean and English, with doubtful and ignorable mail.
# Written by tests/corpus/blind153/make.py before any run of the reader;
# each case is judged alone on a fresh ledger holding requests.csv.
"""


def encode_headers():
    """Real Korean mail carries non-ASCII display names as RFC 2047
    encoded-words; subjects are encoded in every other case and left as raw
    UTF-8 (as SMTPUTF8 mailers send them) in the rest."""
    for n, c in enumerate(CASES):
        name = c.get("name_from")
        if name and not name.isascii():
            c["name_from"] = Header(name, "utf-8").encode()
        if n % 2 == 0 and not c["subject"].isascii():
            c["subject"] = Header(c["subject"], "utf-8").encode()


def main():
    write_requests()
    encode_headers()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
