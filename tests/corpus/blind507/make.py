#!/usr/bin/env python3
"""Blind set 507: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, FM Korea, plus Ppomppu and Clien mail with no
request of their own), Korean and English mixed, with the doubtful and
ignorable mail a regulator's mailbox receives.

Deterministic: `python3 tests/corpus/blind507/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result was
written from the email's meaning alone, before any run of the reader.
All names, URLs, ids and addresses are fictional.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/moonlit_pier/223561048821",
    2: "https://blog.naver.com/moonlit_pier/223561050377",
    3: "https://blog.naver.com/ggoma_deal/223559912046",
    4: "https://cafe.naver.com/gangnamstockclub/48213",
    5: "https://cafe.naver.com/gangnamstockclub/48377",
    6: "https://cafe.naver.com/oddjobs24/7719",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471203958",
    8: "https://blog.naver.com/haneul_tonic/223562200119",
    9: "https://m.blog.naver.com/haneul_tonic/223562200456",
    10: "https://cafe.naver.com/oddjobs24/7724",
    11: "https://post.naver.com/viewer/postView.naver?volumeNo=38012255&memberNo=50712931",
    12: "https://tv.naver.com/v/58120447",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120445",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coin_pump&no=30128",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_pump&no=30131",
    4: "https://gall.dcinside.com/mini/board/view/?id=quietroom&no=5512",
    5: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=22340871",
}
TISTORY_RAW = "https://ruby-lamp.tistory.com/entry/비밀-투자-리딩방"
K = {
    1: "https://cafe.daum.net/silverwing88/QpLk/2231",
    2: "https://cafe.daum.net/silverwing88/QpLk/2240",
    # stored percent-encoded; emails may write it raw (TISTORY_RAW)
    3: "https://ruby-lamp.tistory.com/entry/%EB%B9%84%EB%B0%80-%ED%88%AC%EC%9E%90-%EB%A6%AC%EB%94%A9%EB%B0%A9",
    4: "https://cafe.daum.net/hanbit-trade/Xa9c/88",
}
S = {
    1: "https://vod.sooplive.co.kr/player/134559012",
    2: "https://ch.sooplive.co.kr/nightowl77/post/118830276",
    3: "https://vod.sooplive.co.kr/player/134560877",
}
T = {
    1: "https://pann.nate.com/talk/372918455",
    2: "https://pann.nate.com/talk/372920106",
}
I = {1: "https://www.inven.co.kr/board/lineagem/5019/1182234"}
F = {
    1: "https://www.fmkorea.com/7301182245",
    2: "https://www.fmkorea.com/7301190033",
}

REQ = {
    # ref: (platform, sent_at, due_at, category, message-id stem, note, urls)
    "KCSC-240903-01": ("naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
                       "illegal_finance", "req-240903-01.7c1e",
                       "불법 리딩방 홍보, 유사수신 (blog, cafe, 지식iN, post, TV)", N),
    "KCSC-240904-02": ("dcinside", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
                       "privacy", "req-240904-02.b3d0",
                       'personal data ("신상") of a private person', D),
    "KCSC-240905-03": ("daum", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00",
                       "illegal_finance", "req-240905-03.52aa",
                       "카페 2, 티스토리 1, 카페 1", K),
    "KCSC-240906-04": ("soop", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
                       "obscenity", "req-240906-04.e90f", "VOD 2, 방송국 게시글 1", S),
    "KCSC-240909-05": ("nate", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
                       "defamation", "req-240909-05.0d77", "네이트판, 2 posts", T),
    "KCSC-240910-06": ("inven", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00",
                       "gambling", "req-240910-06.91c4", "사설 토토 홍보 1건", I),
    "KCSC-240910-07": ("fmkorea", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
                       "gambling", "req-240910-07.a2f8", "", F),
}


def msgid(ref):
    return REQ[ref][4]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, (plat, sent, due, cat, mid, note, urls) in REQ.items():
            for k in sorted(urls):
                w.writerow([ref, plat, sent, due, urls[k], cat, mid + "@kcsc.example", note])


def quoted_request(ref, prefix="> "):
    """The regulator's own request, as quoted under a reply."""
    urls = REQ[ref][6]
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보에 대하여 시정요구(삭제)를 요청하오니 처리 후 결과를 회신하여 주시기 바랍니다. (요청번호 {ref})",
        "",
    ]
    for k in sorted(urls):
        lines.append(f"{k}. {urls[k]}")
    lines += ["", "KCSC 통신심의국 드림"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED

case(
    name="naver-kcsc-result-html-table",
    **{"from": "kcsc-result@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 6 Sep 2024 16:12:40 +0900",
    subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240903-01)",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="nv-alt-0906"

--nv-alt-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.
요청번호 KCSC-240903-01 시정요구 건 중 처리된 5건의 조치 결과를 아래와 같이 회신드립니다.

1. {N[1]} - 삭제
2. {N[2]} - 삭제
3. {N[3]} - 임시조치(30일)
4. {N[4]} - 게시물 없음 (작성자가 이미 삭제)
5. {N[5]} - 조치 불가 (운영정책 위반 사항 확인되지 않음)

나머지 게시물은 확인 중이며 별도로 회신드리겠습니다.
감사합니다.

--nv-alt-0906
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.<br>
요청번호 KCSC-240903-01 시정요구 건 중 처리된 5건의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td><td>-</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>게시물 없음</td><td>작성자가 이미 삭제</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>조치 불가</td><td>운영정책 위반 사항 확인되지 않음</td></tr>
</table>
<p>나머지 게시물은 확인 중이며 별도로 회신드리겠습니다.<br>감사합니다.</p>
</body></html>

--nv-alt-0906--
""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 table as a portal returns it (번호/URL/조치결과/비고), multipart/alternative",
    why="table of five items: two 삭제, one 임시조치, one 게시물 없음 (author deleted), one 조치 불가 for no violation",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"},
)

case(
    name="naver-cafe-blind-korean-prose",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 운영지원",
    date="Mon, 9 Sep 2024 11:03:15 +0900",
    subject="Re: [KCSC-240903-01] 카페 게시물 처리 결과",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 카페 운영지원 담당자입니다.

요청하신 카페 게시물 2건에 대해 확인한 결과를 말씀드립니다.

{N[6]} 게시물은 카페 운영정책(불법 금융 정보 게시) 위반이 확인되어 블라인드 처리하였습니다.

{N[10]} 게시물은 확인 시점에 이미 작성자 본인이 삭제하여 존재하지 않는 게시물입니다. 별도의 조치는 하지 않았습니다.

추가로 문의하실 내용이 있으시면 이 메일로 회신 부탁드립니다.

네이버 카페 운영지원 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations reply (블라인드 처리 / 작성자 삭제로 존재하지 않는 게시물)",
    why="one cafe post 블라인드 처리 (removed), the other already deleted by its author (not_found)",
    items={N[6]: "removed", N[10]: "not_found"},
)

case(
    name="naver-global-english-top-posted",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Sat, 7 Sep 2024 09:41:02 +0900",
    subject="Re: Request for removal of illegal information (KCSC-240903-01)",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Dear KCSC team,

Thank you for your notice. Two of the items you listed fall under our
global review queue and have now been handled:

- The Knowledge iN question at
  {N[7]}
  has been deleted for violating our operating principles.
- The NAVER Post article
  {N[11]}
  has been restricted: it can now be opened only by adult (19+) verified
  users.

The other items in your request are handled by the Korean policy team,
who will write to you separately.

Best regards,
Jiwoo Han
NAVER Trust & Safety

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply top-posted over the quoted request (Gmail quoting)",
    why="Knowledge iN item deleted, Post article adult-restricted; the twelve URLs in the quoted request say nothing",
    items={N[7]: "removed", N[11]: "restricted"},
)

_csv = "\ufeff" + "\n".join([
    "번호,URL,처리결과,처리일자,비고",
    f"1,{N[8]},삭제,2024-09-09,",
    f"2,{N[9]},임시조치,2024-09-09,30일 후 재검토",
    f"3,{N[12]},해당없음(게시 유지),2024-09-09,법령 위반 확인 불가",
]) + "\n"
case(
    name="naver-csv-attachment-results",
    **{"from": "kcsc-result@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Mon, 9 Sep 2024 17:30:00 +0900",
    subject="[NAVER] KCSC-240903-01 추가 조치결과 (첨부)",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-mix-0909"

--nv-mix-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.
KCSC-240903-01 건 중 3건의 처리 결과를 첨부 CSV 파일로 보내드립니다.
확인 부탁드립니다.

--nv-mix-0909
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--nv-mix-0909--
""",
    outcome="applied", classification="confirmation",
    imitates="Portal result sheet sent as a CSV attachment (Excel export with BOM)",
    why="CSV rows: 삭제 (removed), 임시조치 (restricted), 해당없음(게시 유지) for no violation (rejected)",
    items={N[8]: "removed", N[9]: "restricted", N[12]: "rejected"},
)

case(
    name="naver-qp-video-and-blog",
    **{"from": "tvcs@navercorp.com"}, name_from="NAVER TV 고객센터",
    date="Sun, 8 Sep 2024 20:05:51 +0900",
    subject="[네이버TV] 요청하신 영상 처리 안내",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요, 네이버TV 고객센터입니다.

방송통신심의위원회에서 요청하신 영상({N[12]})은 서비스 운영정책에 따라 삭제되었습니다.

함께 요청하신 블로그 게시글 {N[2]} 은 블로그팀 확인 후 비공개 처리되었음을 함께 안내드립니다.

감사합니다.
네이버TV 고객센터
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER TV customer-centre notice, quoted-printable Korean body",
    why="video deleted; blog post 비공개 처리 (removed); URL in parentheses and URL followed by a space and particle",
    items={N[12]: "removed", N[2]: "removed"},
)

case(
    name="naver-ack-plus-author-deleted",
    **{"from": "kcsc-result@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Wed, 4 Sep 2024 09:15:27 +0900",
    subject="[NAVER] 시정요구 접수 확인 (KCSC-240903-01)",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

보내주신 시정요구(KCSC-240903-01, 12건)가 정상적으로 접수되었습니다.

다만 접수 단계에서 확인해 보니, 아래 게시물은 작성자가 이미 삭제하여 현재 조회되지 않습니다.
  {N[4]}

나머지 11건은 담당 부서 검토 후 결과를 회신드리겠습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Portal receipt that also reports one post already deleted by its author",
    why="acknowledgement phrase plus an unhedged not_found statement about one named item; the rest only promised",
    items={N[4]: "not_found"},
)

case(
    name="naver-one-removed-one-promised",
    **{"from": "blog_cs@naver.com"}, name_from="네이버 블로그팀",
    date="Thu, 5 Sep 2024 14:48:09 +0900",
    subject="RE: 불법정보 삭제 요청의 건 (KCSC-240903-01)",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하십니까, 네이버 블로그팀입니다.

{N[1]}
- 불법 금융 투자 권유 게시물로 확인되어 삭제 조치 완료하였습니다.

{N[2]}
- 현재 내부 검토 중이며, 검토가 끝나는 대로 조치 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team reply, URL line with its result on the line below",
    why="first post: 삭제 조치 완료 (removed); second: 검토 중, 조치 예정 is a promise, stays pending",
    items={N[1]: "removed", N[2]: "pending"},
)

case(
    name="naver-html-link-text-shortened",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN",
    date="Fri, 6 Sep 2024 10:22:33 +0900",
    subject="[지식iN] 신고하신 질문 처리 결과",
    reply_to_req=msgid("KCSC-240903-01"),
    type="html",
    body=f"""<html><body>
<div style="font-size:14px">
<p>안녕하세요. 네이버 지식iN 운영팀입니다.</p>
<p>요청번호 KCSC-240903-01 로 요청하신 질문
<a href="{N[7]}">kin.naver.com/qna/detail.naver?d1id=8&amp;dirId=...</a>
은 지식iN 운영원칙의 불법 정보 조항에 따라 <b>삭제</b>되었습니다.</p>
<p>운영원칙은 <a href="https://kin.naver.com/help/policy.naver">여기</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.</p>
</div>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="HTML notice whose link text is shortened with an ellipsis, full URL only in href",
    why="the question is deleted; the href holds the full requested URL; the policy link is no item",
    items={N[7]: "removed"},
)

case(
    name="naver-tv-age-restricted",
    **{"from": "tvcs@navercorp.com"}, name_from="NAVER TV",
    date="Wed, 11 Sep 2024 13:00:10 +0900",
    subject="Re: KCSC-240903-01 / NAVER TV clip",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hello,

After review, the clip {N[12]} has been set to 19+ only.
It no longer plays for logged-out users or users under 19.

NAVER TV Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Short English reply from a video service: age restriction (19+)",
    why="clip age-restricted to 19+ is restricted",
    items={N[12]: "restricted"},
)

case(
    name="dc-admin-numbered-list",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 6 Sep 2024 15:40:00 +0900",
    subject="[디시인사이드] 시정요구 처리 결과 안내 (KCSC-240904-02)",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물 5건의 처리 결과를 안내드립니다.

1) {D[1]}
   처리 결과: 삭제
2) {D[2]}
   처리 결과: 삭제
3) {D[3]}
   처리 결과: 이미 작성자가 삭제한 게시물이라 확인 불가
4) {D[4]}
   처리 결과: 성인 인증 회원만 열람 가능하도록 제한
5) {D[5]}
   처리 결과: 조치하지 않음 - 개인정보로 볼 수 있는 내용이 확인되지 않았습니다.

문의 사항은 cs@dcinside.com 으로 연락 바랍니다.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Community-site operations team list reply (처리 결과 line under each URL)",
    why="two deleted, one already deleted by its author, one limited to adult-verified members, one refused with a reason",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "restricted", D[5]: "rejected"},
)

case(
    name="dc-url-status-line-below",
    **{"from": "report@dcinside.com"}, name_from="DCInside Report",
    date="Thu, 5 Sep 2024 18:21:45 +0900",
    subject="RE: [KCSC-240904-02] 삭제 요청",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""처리 완료 건 먼저 회신드립니다.

{D[2]}
→ 삭제 완료

{D[5]}
→ 삭제 완료

나머지 3건은 갤러리 관리자 확인 후 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Terse abuse-desk reply: bare URL with an arrow status line below",
    why="two named posts 삭제 완료; remaining three only promised",
    items={D[2]: "removed", D[5]: "removed"},
)

_dc_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요, 디시인사이드입니다.</p>
<p>미니 갤러리 게시물 <a href="{D[4]}">{D[4]}</a> 은(는) 운영자 삭제 처리되었습니다.<br>
해당 미니 갤러리 매니저에게도 경고 조치가 전달되었습니다.</p>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="dc-base64-html-gallery",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드",
    date="Mon, 9 Sep 2024 10:10:10 +0900",
    subject="[디시인사이드] 미니 갤러리 게시물 처리",
    reply_to_req=msgid("KCSC-240904-02"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_dc_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="base64-encoded HTML notice (운영자 삭제 처리)",
    why="운영자 삭제 is removed",
    items={D[4]: "removed"},
)

case(
    name="dc-gmail-top-posted-korean",
    **{"from": "park.minsu@dcinside.com"}, name_from="박민수",
    date="Thu, 5 Sep 2024 12:02:19 +0900",
    subject="Re: [KCSC-240904-02] 시정요구(삭제) 요청",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""안녕하세요 디시인사이드 박민수입니다.
주식 갤러리 글({D[1]})과 코인 갤러리 30131번 글({D[3]}) 두 건 방금 삭제했습니다.
나머지는 오후에 정리해서 다시 메일 드릴게요.

2024년 9월 4일 (수) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240904-02")}
""",
    outcome="applied", classification="confirmation",
    imitates="Staff member's Gmail reply in Korean, top-posted over the quoted request (Korean attribution line)",
    why="two URLs in parentheses deleted; the quoted request below the attribution is not a statement",
    items={D[1]: "removed", D[3]: "removed"},
)

case(
    name="daum-kakao-rights-notice",
    **{"from": "cs_notice@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 9 Sep 2024 15:25:00 +0900",
    subject="[Daum] 시정요구 게시물 처리 결과 안내",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 Daum 카페 게시물에 대한 처리 결과를 안내해 드립니다.

■ 요청번호: KCSC-240905-03
■ 처리 내역
  - {K[1]} : 운영정책 위반(불법 금융 정보)으로 삭제
  - {K[2]} : 정보통신망법 제44조의2에 따라 임시조치(30일간 접근 제한)

임시조치된 게시물은 게시자의 재게시 요청이 없으면 30일 경과 후 삭제됩니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre notice on Daum cafe posts (삭제 / 임시조치 30일)",
    why="one cafe post deleted, the other under a 30-day 임시조치 (restricted); the future deletion is conditional",
    items={K[1]: "removed", K[2]: "restricted"},
)

case(
    name="daum-tistory-korean-url-parens",
    **{"from": "tistory_cs@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Tue, 10 Sep 2024 11:11:11 +0900",
    subject="Re: [KCSC-240905-03] 티스토리/카페 게시물 조치 결과",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 게시글({TISTORY_RAW})은 블로그 운영정책 위반으로 비공개 처리하였습니다.

또한 함께 전달해 주신 {K[4]}의 게시글은 카페 담당 부서에서 확인한 결과 이미 카페가 폐쇄되어 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory/Kakao reply with a raw Korean URL in parentheses and an URL followed directly by a Korean particle",
    why="raw Korean tistory URL matches its percent-encoded form: 비공개 처리 (removed); cafe post gone with its closed cafe (not_found)",
    items={K[3]: "removed", K[4]: "not_found"},
)

case(
    name="daum-english-with-policy-links",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
    date="Wed, 11 Sep 2024 16:40:52 +0900",
    subject="Outcome of your report KCSC-240905-03",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""Dear KCSC,

We reviewed the Daum content you reported under KCSC-240905-03.

Removed:
  {K[1]}

Not removed (no violation of the Daum Cafe Operating Policy found):
  {K[4]}

You can read our policy at https://cs.daum.net/faq/site/cafe/policy and the
appeal process for users at https://cs.daum.net/redbell/appeal.

Kind regards,
Kakao Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="English safety-team outcome with status headings and links to the policy and appeal pages",
    why="one removed under a heading, one kept for no violation (rejected); cs.daum.net links are not items",
    items={K[1]: "removed", K[4]: "rejected"},
)

case(
    name="soop-korean-ops-reply",
    **{"from": "operation@sooplive.co.kr"}, name_from="SOOP 운영팀",
    date="Mon, 9 Sep 2024 19:02:44 +0900",
    subject="[SOOP] 시정요구 처리 결과 회신 - KCSC-240906-04",
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""안녕하세요. SOOP(숲) 운영팀입니다.

요청하신 3건에 대한 처리 결과입니다.

• VOD {S[1]} - 음란물 게시 정책 위반으로 삭제, 해당 스트리머 방송 정지 7일
• 방송국 게시글 {S[2]} - 삭제
• VOD {S[3]} - 19세 이상 시청 가능으로 연령 제한 설정

감사합니다.
SOOP 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) operations reply with bullets (삭제, 방송 정지, 19세 연령 제한)",
    why="VOD and channel post deleted; second VOD age-restricted to 19+",
    items={S[1]: "removed", S[2]: "removed", S[3]: "restricted"},
)

case(
    name="soop-english-html-table",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Tue, 10 Sep 2024 09:05:00 +0900",
    subject="Re: KCSC-240906-04 - review results",
    reply_to_req=msgid("KCSC-240906-04"),
    type="html",
    body=f"""<html><body>
<p>Hello KCSC team,</p>
<p>Please find the review results below.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>Content</th><th>Decision</th><th>Note</th></tr></thead>
<tbody>
<tr><td><a href="{S[1]}">{S[1]}</a></td><td>Removed</td><td>Sexual content policy</td></tr>
<tr><td><a href="{S[2]}">{S[2]}</a></td><td>No action</td><td>No policy violation found</td></tr>
<tr><td><a href="{S[3]}">{S[3]}</a></td><td>Age-restricted (19+)</td><td></td></tr>
</tbody></table>
<p>Regards,<br>SOOP Trust &amp; Safety</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="English HTML result table (Content / Decision / Note)",
    why="Removed, No action with no violation (rejected), Age-restricted",
    items={S[1]: "removed", S[2]: "rejected", S[3]: "restricted"},
)

case(
    name="soop-statement-then-url-below",
    **{"from": "operation@afreecatv.com"}, name_from="SOOP 운영팀",
    date="Sat, 7 Sep 2024 13:30:00 +0900",
    subject="RE: [KCSC-240906-04] 시정요구",
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""안녕하세요, SOOP 운영팀입니다.

아래 VOD는 삭제 처리되었습니다.
{S[1]}

아래 방송국 게시글은 국내 접속이 제한되도록 조치하였습니다.
{S[2]}

나머지 1건은 검토 후 말씀드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Reply where each statement stands above its URL (아래 … 처리되었습니다 / URL)",
    why="VOD deleted; channel post blocked from Korea (restricted); third item only promised",
    items={S[1]: "removed", S[2]: "restricted"},
)

case(
    name="nate-pann-korean",
    **{"from": "pann_cs@nate.com"}, name_from="네이트 판 운영자",
    date="Wed, 11 Sep 2024 14:14:14 +0900",
    subject="[네이트판] 게시물 처리 결과 안내 (KCSC-240909-05)",
    reply_to_req=msgid("KCSC-240909-05"),
    body=f"""안녕하세요. 네이트 판 운영자입니다.

요청하신 게시물의 처리 결과를 알려드립니다.

{T[1]}
명예훼손 게시물로 판단되어 삭제하였습니다.

{T[2]}
존재하지 않는 게시물입니다. (URL을 다시 확인해 주세요)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann operator reply (삭제 / 존재하지 않는 게시물)",
    why="first post deleted, second does not exist",
    items={T[1]: "removed", T[2]: "not_found"},
)

case(
    name="nate-mixed-ko-en",
    **{"from": "safety@skcomms.co.kr"}, name_from="SK커뮤니케이션즈 Safety",
    date="Thu, 12 Sep 2024 10:45:30 +0900",
    subject="Re: [KCSC-240909-05] Pann posts / 네이트판 게시물",
    reply_to_req=msgid("KCSC-240909-05"),
    body=f"""안녕하세요 / Hello,

[1] {T[1]}
    결과: 게시 유지 — 공인의 공적 활동에 대한 의견 표현으로 판단되어 명예훼손으로 보기 어렵습니다.
    Result: kept online, the post is opinion about a public figure's public acts.

[2] {T[2]}
    결과: 블라인드 처리 / Result: blinded (hidden from all users)

SK Communications Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="Bilingual (Korean/English) result list from the portal operator",
    why="first post kept with a reason (rejected); second 블라인드 처리 (removed)",
    items={T[1]: "rejected", T[2]: "removed"},
)

case(
    name="inven-sole-item-no-url",
    **{"from": "help@inven.co.kr"}, name_from="인벤 고객센터",
    date="Wed, 11 Sep 2024 09:20:00 +0900",
    subject="Re: [KCSC-240910-06] 불법 도박 홍보 게시물 삭제 요청",
    reply_to_req=msgid("KCSC-240910-06"),
    body="""안녕하세요. 인벤 고객센터입니다.

KCSC-240910-06 으로 요청하신 게시물은 사설 토토 홍보글로 확인되어 삭제 조치하였으며, 작성자 계정은 영구 이용 정지되었습니다.

감사합니다.
인벤 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="One-line result for a one-item request naming the reference, not the URL",
    why="the request has one item, so 'the post you requested was deleted' applies to it",
    items={I[1]: "removed"},
)

case(
    name="inven-outlook-rejected",
    **{"from": "board_admin@inven.co.kr"}, name_from="Inven 게시판 관리자",
    date="Thu, 12 Sep 2024 17:55:12 +0900",
    subject="RE: [KCSC-240910-06] 불법 도박 홍보 게시물 삭제 요청",
    reply_to_req=msgid("KCSC-240910-06"),
    body=f"""안녕하세요, 인벤 게시판 관리자입니다.

{I[1]} 게시물을 확인하였으나, 리니지M 게임 내 재화 시세를 정리한 공략 글로 도박 홍보 내용은 없어 삭제하지 않습니다.
추가 근거가 있으시면 알려 주십시오.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <help@inven.co.kr>
Sent: 2024-09-10 (화) 09:30:00
Subject: [KCSC-240910-06] 불법 도박 홍보 게시물 삭제 요청

아래 게시물은 불법 도박(사설 토토) 홍보 정보로 판단되어 삭제를 요청합니다.
{I[1]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply over '-----Original Message-----' refusing with a reason",
    why="post kept because it is a game guide, no gambling promotion: rejected; the quoted request asks, says nothing",
    items={I[1]: "rejected"},
)

case(
    name="fmkorea-angle-brackets",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 관리자",
    date="Wed, 11 Sep 2024 22:08:31 +0900",
    subject="Re: [KCSC-240910-07] 게시물 삭제 요청",
    reply_to_req=msgid("KCSC-240910-07"),
    body=f"""에펨코리아 관리자입니다.

<{F[1]}> 삭제했습니다.
<{F[2]}> 는 작성자가 먼저 지운 글이라 남아 있는 게 없습니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Terse site-admin reply with URLs in angle brackets",
    why="first post deleted; second already deleted by its author (not_found)",
    items={F[1]: "removed", F[2]: "not_found"},
)

case(
    name="fmkorea-fullwidth-punct",
    **{"from": "report@fmkorea.com"}, name_from="FM Korea 신고센터",
    date="Thu, 12 Sep 2024 08:30:00 +0900",
    subject="[FM코리아] 처리 결과 안내",
    reply_to_req=msgid("KCSC-240910-07"),
    body=f"""안녕하세요. FM코리아 신고센터입니다.

요청 건(KCSC-240910-07) 처리 결과입니다.
１）{F[1]}：블라인드 처리 완료
２）{F[2]}：블라인드 처리 완료

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice using full-width digits, parentheses and colon right after each URL",
    why="both posts named one by one and 블라인드 처리 완료 (removed)",
    items={F[1]: "removed", F[2]: "removed"},
)

# ================================================================ REVIEW

case(
    name="naver-promise-sequential",
    **{"from": "blog_cs@naver.com"}, name_from="네이버 블로그팀",
    date="Wed, 4 Sep 2024 16:00:00 +0900",
    subject="RE: 불법정보 삭제 요청의 건 (KCSC-240903-01)",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 블로그팀입니다.

요청하신 게시물 중 아래 블로그 글은 담당 부서에서 검토 중입니다.
{N[8]}
{N[9]}

검토가 끝나는 대로 운영정책에 따라 순차적으로 조치될 예정이며, 결과는 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Portal 'under review, will be actioned in turn' reply naming items",
    why="only 검토 중 and 조치될 예정 (promise) about two named items: nothing to apply",
    items={N[8]: "pending", N[9]: "pending"},
)

case(
    name="naver-all-deleted-bulk",
    **{"from": "kcsc-result@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Thu, 12 Sep 2024 18:10:00 +0900",
    subject="[NAVER] KCSC-240903-01 조치 완료",
    reply_to_req=msgid("KCSC-240903-01"),
    body="""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 으로 요청하신 게시물은 모두 삭제 조치 완료되었습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="'All requested posts removed' one-liner for a twelve-item request",
    why="a statement about every item of a 12-item request without naming them: bulk, nothing applied",
    items={},
)

_hwp = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + \
    bytes((i * 37 + 11) % 256 for i in range(600))
case(
    name="naver-hwp-attachment",
    **{"from": "kcsc-result@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 14:20:00 +0900",
    subject="[NAVER] KCSC-240903-01 조치결과 공문 송부",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-hwp-0910"

--nv-hwp-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.
KCSC-240903-01 시정요구에 대한 조치결과를 첨부 공문(한글 파일)으로 송부드립니다.
검토 부탁드립니다.

--nv-hwp-0910
Content-Type: application/x-hwp; name="KCSC-240903-01_result.hwp"
Content-Disposition: attachment; filename="KCSC-240903-01_result.hwp"
Content-Transfer-Encoding: base64

{b64(_hwp)}
--nv-hwp-0910--
""",
    outcome="review", review="unreadable_attachment",
    imitates="Official letter (공문) sent as a Hangul .hwp attachment",
    why="the results are only in a HWP file that cannot be read; the body names the request but no result",
    items={},
)

case(
    name="naver-policy-contact-change",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="[NAVER] 시정요구 접수 창구 변경 안내",
    body="""안녕하세요. 네이버 정책지원팀입니다.

2024년 10월 1일부터 관계기관 시정요구 접수 창구가 변경됩니다.
앞으로는 kcsc-result@navercorp.com 대신 gov-request@navercorp.com 으로 보내 주시기 바랍니다.

변경 전까지 보내주신 요청은 기존 창구에서 그대로 처리됩니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Platform notice that its intake address changes",
    why="trusted NAVER mail that names no item and no request",
    items={},
)

case(
    name="unknown-blogger-gmail",
    **{"from": "moonlit.pier.kr@gmail.com"}, name_from="달빛부두",
    date="Fri, 6 Sep 2024 23:41:09 +0900",
    subject="블로그 글 삭제했습니다",
    body=f"""안녕하세요. 네이버 블로그 moonlit_pier 운영자입니다.
블로그에서 안내를 받고 연락드립니다.

{N[1]}
{N[2]}
두 글 모두 제가 직접 삭제했습니다. 목록에서 빼 주시면 감사하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="The author of the posts writing from a personal webmail address",
    why="statements about two requested items from a sender outside any platform domain",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-hedge-appears-deleted",
    **{"from": "report@dcinside.com"}, name_from="DCInside Report",
    date="Sat, 7 Sep 2024 10:30:00 +0900",
    subject="RE: [KCSC-240904-02] 삭제 요청",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""안녕하세요.

코인 갤러리 두 건
{D[2]}
{D[3]}
은 확인해 보니 이미 삭제된 것으로 보입니다. 다만 누가 언제 삭제했는지는 로그 확인이 필요해서 확실하게 말씀드리기 어렵습니다.

확인되면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Abuse-desk reply hedging ('삭제된 것으로 보입니다', cannot say for sure)",
    why="hedged about two named items: no statement, stays pending",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="ppomppu-not-ours-dc-link",
    **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 운영자",
    date="Tue, 10 Sep 2024 12:12:12 +0900",
    subject="Re: 게시물 삭제 요청 관련",
    body=f"""안녕하세요, 뽐뿌 운영자입니다.

보내주신 {D[5]} 주소는 저희 뽐뿌가 아니라 디시인사이드 게시물입니다.
저희 사이트에서는 검색되지 않는 글이니 디시인사이드 측에 문의하시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Community site replying that the link belongs to another site",
    why="Ppomppu states 'not found on our site' about a DC Inside item: not its platform's statement",
    items={D[5]: "pending"},
)

case(
    name="daum-auth-fail",
    **{"from": "cs_notice@kakaocorp.com"}, name_from="카카오 고객센터",
    auth="fail",
    date="Tue, 10 Sep 2024 03:14:00 +0900",
    subject="[Daum] 시정요구 게시물 처리 결과 안내",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 게시물은 아래와 같이 삭제되었습니다.
  - {K[1]} : 삭제
  - {K[2]} : 삭제

카카오 고객센터 드림
""",
    outcome="review", review="untrusted",
    imitates="Kakao-style result notice whose DKIM/SPF/DMARC fail",
    why="Kakao sender domain but authentication fails: statements not applied",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="soop-asks-documents",
    **{"from": "legal@sooplive.co.kr"}, name_from="SOOP 법무팀",
    date="Mon, 9 Sep 2024 10:40:00 +0900",
    subject="Re: [KCSC-240906-04] 시정요구 관련 자료 요청",
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""안녕하세요. SOOP 법무팀입니다.

{S[1]} VOD는 재생 시간이 3시간이 넘어, 문제가 되는 장면의 위치를 특정하기 어렵습니다.
조치 검토를 위해 해당 구간의 타임스탬프와 심의 의결서 사본을 보내 주시기 바랍니다.

자료를 받는 대로 검토하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Platform legal team asking for timestamps and the decision document before acting",
    why="asks for more information about one named item; nothing stated",
    items={S[1]: "pending"},
)

case(
    name="nate-author-appeal-pending",
    **{"from": "pann_cs@nate.com"}, name_from="네이트 판 운영자",
    date="Fri, 13 Sep 2024 15:00:00 +0900",
    subject="[네이트판] 처리 진행 상황 안내 (KCSC-240909-05)",
    reply_to_req=msgid("KCSC-240909-05"),
    body=f"""안녕하세요. 네이트 판 운영자입니다.

{T[1]} 게시물에 대해 작성자가 소명 자료를 제출하였습니다.
소명 내용을 검토한 뒤 삭제 여부를 결정할 예정이며, 결정되면 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Progress notice: the author appealed, decision pending",
    why="named item under review pending the author's appeal: no statement",
    items={T[1]: "pending"},
)

case(
    name="fmkorea-all-handled-bulk",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 관리자",
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject="Re: [KCSC-240910-07] 게시물 삭제 요청",
    reply_to_req=msgid("KCSC-240910-07"),
    body="""관리자입니다. 요청하신 글들 전부 내렸습니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="One-line 'took them all down' reply to a two-item request",
    why="statement about all items of a two-item request without naming them: bulk",
    items={},
)

case(
    name="soop-lookalike-domain",
    **{"from": "notice@soop-cs.com"}, name_from="SOOP 고객센터",
    date="Wed, 11 Sep 2024 02:02:02 +0900",
    subject="[SOOP] 시정요구 처리 완료",
    body=f"""안녕하세요. SOOP 고객센터입니다.

요청번호 KCSC-240906-04 의 VOD {S[3]} 는 삭제 처리되었습니다.

SOOP 고객센터
""",
    outcome="review", review="unknown_sender",
    imitates="Notice from a look-alike domain not configured for any platform",
    why="soop-cs.com is not a SOOP sender domain: the statement is not trusted",
    items={S[3]: "pending"},
)

# ================================================================ IGNORED

case(
    name="naver-helpdesk-receipt",
    **{"from": "help_noreply@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 3 Sep 2024 10:00:41 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (접수번호 NV-20240903-558120)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: NV-20240903-558120

순차적으로 확인 후 답변드리겠습니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Help-centre automatic receipt with a ticket number",
    why="pure receipt, names no item",
    items={},
)

case(
    name="dc-korean-out-of-office",
    **{"from": "lee.sujin@dcinside.com"}, name_from="이수진",
    date="Wed, 4 Sep 2024 10:00:20 +0900",
    subject="[부재중] Re: [KCSC-240904-02] 시정요구(삭제) 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 이수진입니다.
9월 4일부터 9월 9일까지 휴가로 부재중입니다.
급한 용무는 운영팀(cs@dcinside.com)으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="daum-dsn-bounce",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date="Thu, 5 Sep 2024 10:30:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0905"

--dsn-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe-report@kakaocorp.com>: host mx2.kakaocorp.com said:
    550 5.1.1 Recipient address rejected: User unknown

--dsn-0905
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu, 5 Sep 2024 10:30:05 +0900

Final-Recipient: rfc822; cafe-report@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-0905
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-report@kakaocorp.com
Subject: [KCSC-240905-03] 시정요구(삭제) 요청
Date: Thu, 5 Sep 2024 10:30:00 +0900
Message-ID: <{msgid("KCSC-240905-03")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{quoted_request("KCSC-240905-03", prefix="")}

--dsn-0905--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) carrying the original request",
    why="delivery failure report; the URLs are in our own returned request",
    items={},
)

case(
    name="soop-mdn-read",
    **{"from": "operation@sooplive.co.kr"}, name_from="SOOP 운영팀",
    date="Fri, 6 Sep 2024 11:20:00 +0900",
    subject="읽음: [KCSC-240906-04] 시정요구(삭제) 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0906"

--mdn-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신인이 2024-09-06 (금) 오전 11:20 에 읽었습니다.

--mdn-0906
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Outlook
Final-Recipient: rfc822;operation@sooplive.co.kr
Original-Message-ID: <{msgid("KCSC-240906-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (읽음:) as an MDN",
    why="read receipt",
    items={},
)

case(
    name="inven-english-ooo",
    **{"from": "jh.kwon@inven.co.kr"}, name_from="Kwon Junho",
    date="Tue, 10 Sep 2024 09:31:02 +0900",
    subject="Automatic reply: [KCSC-240910-06] 불법 도박 홍보 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jh.kwon@inven.co.kr"],
    body="""I am out of the office until Monday, 16 September, with limited access to email.
For board moderation matters please contact help@inven.co.kr.

9월 16일(월)까지 부재중입니다. 게시판 관련 문의는 help@inven.co.kr 로 보내 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' out-of-office in English and Korean",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="nate-ticket-receipt",
    **{"from": "noreply@nate.com"}, name_from="네이트 고객센터",
    date="Mon, 9 Sep 2024 10:01:00 +0900",
    subject="[네이트] 신고 접수 완료 안내 (접수번호 2024090912077)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""네이트 고객센터입니다.

신고가 접수되었습니다.
 - 접수번호: 2024090912077
 - 접수일시: 2024-09-09 10:00

처리 결과는 담당자 확인 후 메일로 안내드립니다. 이 메일은 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Report-centre receipt with a ticket number",
    why="pure acknowledgement, names no item",
    items={},
)

case(
    name="clien-hiworks-absence",
    **{"from": "staff01@clien.net"}, name_from="클리앙 운영진",
    date="Thu, 12 Sep 2024 09:00:05 +0900",
    subject="[자동응답] 추석 연휴 부재 안내",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 클리앙 운영진입니다.
추석 연휴(9월 14일~18일) 기간에는 메일 확인이 어렵습니다.
연휴 이후 순차적으로 답변드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Hiworks-style holiday absence auto-reply",
    why="auto-reply about a holiday absence",
    items={},
)


HEADER = """# Blind set 507 (Korean portals and community sites). Written from each
# email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py; do not edit by hand."""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    Korean mail clients send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode(maxlinelen=998)


def main():
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind507", HEADER, CASES)


if __name__ == "__main__":
    main()
