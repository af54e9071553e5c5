#!/usr/bin/env python3
"""Blind set 381: Korean portals and community sites (NAVER, Daum/Kakao incl.
Tistory, DC Inside, SOOP, FM Korea, Clien, Ppomppu; Nate and Inven as
bystanders), Korean and English mixed, with the doubtful and ignorable mail a
regulator's mailbox receives.

    python3 tests/corpus/blind381/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was run on it. All names, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "dcinside.com": "DCinside",
    "sooplive.co.kr": "SOOP",
    "fmkorea.com": "FM Korea",
    "clien.net": "CLIEN",
    "ppomppu.co.kr": "Ppomppu",
    "nate.com": "Nate",
    "inven.co.kr": "INVEN",
})

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/moonlit_oar/223551204871",
    2: "https://blog.naver.com/moonlit_oar/223551219930",
    3: "https://blog.naver.com/greybarn77/223549002215",
    4: "https://blog.naver.com/greybarn77/223549010046",
    5: "https://m.blog.naver.com/tidewalker_k/223540117762",
    6: "https://cafe.naver.com/hanbitmarket/88412",
    7: "https://cafe.naver.com/hanbitmarket/88419",
    8: "https://cafe.naver.com/sodamfolk/120377",
    9: "https://cafe.naver.com/sodamfolk/120402",
    10: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471203318",
    11: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471209955",
    12: "https://tv.naver.com/v/59120348",
    13: "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5530127",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120331",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coin_quiet&no=442190",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_quiet&no=442207",
    4: "https://gall.dcinside.com/mini/board/view/?id=lanternhill&no=30215",
    5: "https://m.dcinside.com/board/stock_new2/9120388",
}
K3_RAW = "https://pinecone-log.tistory.com/entry/원금-보장-투자-안내"
K = {
    1: "https://cafe.daum.net/greenwillow/Kf3a/2281",
    2: "https://cafe.daum.net/greenwillow/Kf3a/2290",
    3: "https://pinecone-log.tistory.com/entry/%EC%9B%90%EA%B8%88-%EB%B3%B4%EC%9E%A5-%ED%88%AC%EC%9E%90-%EC%95%88%EB%82%B4",
    4: "https://cafe.daum.net/riverstone22/Qm7x/415",
}
S = {
    1: "https://vod.sooplive.co.kr/player/128830417",
    2: "https://ch.sooplive.co.kr/duskrunner91/post/99120447",
    3: "https://vod.sooplive.co.kr/player/128834002",
}
F = {
    1: "https://www.fmkorea.com/7312094551",
    2: "https://www.fmkorea.com/7312188020",
    3: "https://www.fmkorea.com/best/7309950316",
}
C = {
    1: "https://www.clien.net/service/board/park/18755120",
    2: "https://www.clien.net/service/board/cm_car/18755304",
}
P = {1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9021447"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T01:30:00Z", "2024-09-10T08:59:59Z", N,
     "gambling", "불법 스포츠토토 홍보 게시물 (blog, cafe, kin, tv, post)"),
    ("KCSC-240905-02", "dcinside", "2024-09-05T00:40:00Z", "2024-09-12T08:59:59Z", D,
     "fraud", "리딩방 투자사기 유인 게시물"),
    ("KCSC-240905-03", "daum", "2024-09-05T02:10:00Z", "2024-09-12T08:59:59Z", K,
     "fraud", "원금보장 불법 유사수신 광고 (Daum 카페, Tistory)"),
    ("KCSC-240909-04", "soop", "2024-09-09T05:00:00Z", "2024-09-16T08:59:59Z", S,
     "obscenity", "음란 VOD 및 채널 게시글"),
    ("KCSC-240910-05", "fmkorea", "2024-09-10T01:00:00Z", "2024-09-17T08:59:59Z", F,
     "privacy", "개인정보 노출 게시물"),
    ("KCSC-240911-06", "clien", "2024-09-11T04:20:00Z", "2024-09-18T08:59:59Z", C,
     "drugs", "마약류 판매 광고"),
    ("KCSC-240912-07", "ppomppu", "2024-09-12T06:00:00Z", "2024-09-19T08:59:59Z", P,
     "fraud", "중고거래 사기 계좌 게시"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, raw=None):
    """The regulator's own request body, as quoted back by platforms."""
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        f"관리번호: {ref}",
        "",
    ]
    for i, k in enumerate(sorted(urls), 1):
        u = urls[k]
        if raw and k in raw:
            u = raw[k]
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림", "takedown@kcsc.example"]
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def hdr(s):
    return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


NAVER_SIG = """--
NAVER 정책지원 | Policy Support
경기도 성남시 분당구 (가상 주소)
본 메일은 발신 전용이 아니며, 회신 시 관리번호를 유지해 주십시오."""

CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== APPLIED
# 1 NAVER: KCSC-style 조치결과 회신, HTML table
rows1 = [
    (N[1], "삭제", "불법 도박 홍보"),
    (N[2], "블라인드", "운영정책 위반"),
    (N[6], "임시조치 (30일)", "권리침해 여부 판단 불가"),
    (N[8], "게시물 없음", "작성자가 이미 삭제"),
    (N[10], "조치 불가 (게시 유지)", "도박 홍보에 해당하지 않는 일반 질문"),
    (N[13], "비공개 처리", "운영정책 위반"),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td>{html_escape(u)}</td><td>{r}</td><td>{n}</td></tr>"
    for i, (u, r, n) in enumerate(rows1, 1))
html1 = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(관리번호 KCSC-240903-01)에 대한 1차 조치결과를 아래와 같이 회신드립니다.
나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{trs}
</table>
<p>임시조치 게시물의 처리 기준은 <a href="https://help.naver.com/service/5640/contents/19190">고객센터 안내</a>를 참고해 주십시오.</p>
<p>NAVER 정책지원팀 드림</p>
</body></html>"""
case(name="naver-kcsc-result-html-table", **{"from": "policy@navercorp.com"},
     date="Thu, 05 Sep 2024 16:20:11 +0900",
     subject=hdr("[회신] 시정요구 조치결과 (KCSC-240903-01) 1차"),
     reply_to_req=req_mid("KCSC-240903-01"), type="html", body=html1,
     outcome="applied", classification="confirmation",
     imitates="Korean portal 시정요구 조치결과 회신 as an HTML table (번호/URL/조치결과/비고)",
     why="six rows, each with its own result: 삭제/블라인드/비공개 removed, 임시조치 restricted, 게시물 없음 not_found, 게시 유지 rejected",
     items={N[1]: "removed", N[2]: "removed", N[6]: "restricted", N[8]: "not_found",
            N[10]: "rejected", N[13]: "removed"})

# 2 NAVER: Korean prose, particles and full-width parentheses right after URLs
case(name="naver-korean-prose-particles", **{"from": "kim.seoyeon@navercorp.com"},
     name_from="김서연 (NAVER 정책지원)",
     date="Fri, 06 Sep 2024 11:02:45 +0900",
     subject="RE: [KCSC-240903-01] 불법 도박 홍보 게시물 시정요구",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""안녕하세요, 네이버 정책지원 김서연입니다.

요청 주신 건 중 확인이 끝난 3건 결과 공유드립니다.

블로그 게시글 {N[3]} 은 운영정책(불법 도박) 위반으로 삭제하였습니다.
카페 게시글 {N[7]}에 대해서는 작성자가 이미 글을 지워 현재 존재하지 않는 게시물입니다.
지식iN 답변（{N[11]}）은 게시중단 처리하였습니다.

나머지 건은 다음 주 초까지 정리해서 보내드리겠습니다.
감사합니다.

{NAVER_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="NAVER policy staff reply in Korean prose (블로그/카페/지식iN 결과 공유)",
     why="URL followed by a particle (은, 에), and one wrapped in full-width parentheses; removed, not_found (author deleted), removed",
     items={N[3]: "removed", N[7]: "not_found", N[11]: "removed"})

# 3 NAVER: English top-post over the Gmail-quoted request
case(name="naver-english-top-posted", **{"from": "trust-safety@navercorp.com"},
     name_from="NAVER Trust & Safety",
     date="Wed, 04 Sep 2024 18:44:09 +0900",
     subject="Re: [KCSC-240903-01] 시정요구 요청",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""Dear KCSC team,

Regarding KCSC-240903-01: we have disabled the following two blog posts
for promoting illegal gambling:

{N[4]}
{N[5]}

The remaining items in your request are still being reviewed by the
cafe and Knowledge iN teams; we will come back to you with their outcome.

Kind regards,
Hana Lee
NAVER Trust & Safety

On Tue, 3 Sep 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text("KCSC-240903-01", N))}""",
     outcome="applied", classification="confirmation",
     imitates="portal trust-and-safety English reply top-posted over a Gmail-quoted request",
     why="two posts stated disabled above the quote; the rest are 'still being reviewed' and the quoted list states nothing",
     items={**{N[k]: "pending" for k in N if k not in (4, 5)}, N[4]: "removed", N[5]: "removed"})

# 4 NAVER: CSV attachment, base64
csv4 = "\n".join([
    "번호,URL,조치결과,비고",
    f"1,{N[3]},삭제,도박 사이트 링크 포함",
    f"2,{N[9]},삭제,카페 매니저 확인 후 삭제",
    f"3,{N[11]},게시물 없음,작성자 탈퇴로 답변 소멸",
    f"4,\"{N[12]}\",연령제한(19세 이상),청소년 시청 제한",
    f"5,{N[7]},조치 불가,위반 사항 확인되지 않음 - 게시 유지",
]) + "\n"
raw4 = f"""Content-Type: multipart/mixed; boundary="----=_Part_4412_1020"

------=_Part_4412_1020
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버입니다.

관리번호 KCSC-240903-01 시정요구 건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

{NAVER_SIG}

------=_Part_4412_1020
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

{b64(csv4)}
------=_Part_4412_1020--
"""
case(name="naver-csv-attachment", **{"from": "policy@navercorp.com"},
     date="Mon, 09 Sep 2024 10:15:30 +0900",
     subject=hdr("[네이버] 시정요구 조치 결과 송부 (KCSC-240903-01)"),
     reply_to_req=req_mid("KCSC-240903-01"), raw_mime=raw4,
     outcome="applied", classification="confirmation",
     imitates="portal result sheet sent as a base64 CSV attachment (번호,URL,조치결과,비고)",
     why="five rows: 삭제 x2 removed, 게시물 없음 not_found, 연령제한 restricted, 조치 불가/게시 유지 rejected",
     items={N[3]: "removed", N[9]: "removed", N[11]: "not_found", N[12]: "restricted", N[7]: "rejected"})

# 5 NAVER: one-liner about one 지식iN item
case(name="naver-kin-one-liner", **{"from": "kin_help@naver.com"},
     name_from="네이버 지식iN",
     date="Thu, 05 Sep 2024 09:12:00 +0900",
     subject="RE: [KCSC-240903-01] 지식iN 게시물",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""{N[10]}
→ 해당 답변 삭제 완료되었습니다.

네이버 지식iN 운영 담당 드림""",
     outcome="applied", classification="confirmation",
     imitates="terse Knowledge iN operator reply: bare URL, result on the line below",
     why="a single named answer stated deleted",
     items={N[10]: "removed"})

# 6 NAVER TV / Post: age limit and Korea-only restriction
case(name="naver-tv-age-and-korea-block", **{"from": "navertv_policy@navercorp.com"},
     name_from="NAVER TV 운영정책",
     date="Sat, 07 Sep 2024 14:31:52 +0900",
     subject="RE: [KCSC-240903-01] 시정요구 - NAVER TV / 포스트",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""안녕하세요. NAVER TV 운영정책 담당자입니다.

요청하신 영상과 포스트에 대해 아래와 같이 조치하였습니다.

- 영상 {N[12]}
  : 19세 이상 시청 가능 영상으로 변경 (연령 제한 적용)
- 포스트 {N[13]}
  : 대한민국 내 접속 차단 (해외 노출은 원 게시자 국가 기준 유지)

조치 기준은 https://tv.naver.com/policy 에서 확인하실 수 있습니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="NAVER TV operations reply: age restriction and Korea-only access block",
     why="age restriction and 국내 접속 차단 are both restricted; the policy link is no item",
     items={N[12]: "restricted", N[13]: "restricted"})

# 7 NAVER: 게시중단요청서비스 result notice echoing the report
case(name="naver-echoed-report-result", **{"from": "noreply_right@navercorp.com"},
     name_from="네이버 게시중단요청서비스",
     date="Fri, 06 Sep 2024 17:05:00 +0900",
     subject=hdr("[네이버] 게시중단 요청 처리 결과 안내"),
     body=f"""[네이버 게시중단요청서비스] 처리 결과 안내

안녕하세요. 네이버 게시중단요청서비스입니다.
접수하신 요청의 처리 결과를 안내드립니다.

■ 접수 내용
  - 접수번호 : R-2024-0906-77120
  - 요청기관 : 방송통신심의위원회 (관리번호 KCSC-240903-01)
  - 대상 게시물 : {N[8]}
  - 요청 사유 : 불법 도박 사이트 홍보

■ 처리 결과
  - 게시중단 (해당 게시물은 카페에서 삭제되었습니다)
  - 처리일시 : 2024.09.06 16:58

게시자는 처리 결과에 대해 재게시를 요청할 수 있으며, 관련 안내는
https://right.naver.com/guide 를 참고해 주시기 바랍니다.

본 메일은 발신 전용입니다.""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 처리 결과 notice echoing the submitted report",
     why="the echoed report names one post and the result block says 게시중단/삭제",
     items={N[8]: "removed"})

# 8 NAVER: numbered list, bilingual, four different results
case(name="naver-numbered-bilingual", **{"from": "trust-safety@navercorp.com"},
     name_from="NAVER Trust & Safety",
     date="Tue, 10 Sep 2024 15:48:27 +0900",
     subject="RE: [KCSC-240903-01] 2차 조치 결과 / second update",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""안녕하세요, 2차 조치 결과 안내드립니다. (English below each line)

1) {N[1]}
   삭제 완료 / Deleted
2) {N[2]}
   청소년 유해 게시물로 분류, 성인 인증 후 열람 / Age-restricted (adults only)
3) {N[5]}
   운영정책 위반 사항 없어 게시 유지 / No policy violation found; the post stays up
4) {N[9]}
   존재하지 않는 게시물 / This link is invalid - the post does not exist

문의 사항은 회신 주시기 바랍니다.
NAVER Trust & Safety""",
     outcome="applied", classification="confirmation",
     imitates="bilingual numbered result list from a portal trust-and-safety desk",
     why="four items, four results: removed, restricted, rejected, not_found",
     items={N[1]: "removed", N[2]: "restricted", N[5]: "rejected", N[9]: "not_found"})

# 9 NAVER: headings with URLs on the lines below
case(name="naver-headings-urls-below", **{"from": "cafe_policy@navercorp.com"},
     name_from="네이버 카페 운영팀",
     date="Mon, 09 Sep 2024 13:20:41 +0900",
     subject="RE: [KCSC-240903-01] 카페 게시물 조치",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""안녕하세요, 네이버 카페 운영팀입니다.

다음 게시물은 블라인드 처리되었습니다:

{N[6]}
{N[7]}

다음 게시물은 확인 당시 이미 작성자가 직접 삭제한 상태였습니다:

{N[9]}

감사합니다.
네이버 카페 운영팀""",
     outcome="applied", classification="confirmation",
     imitates="cafe operations reply grouping URLs under result headings",
     why="two URLs under a 블라인드 heading (removed), one under an author-deleted heading (not_found)",
     items={N[6]: "removed", N[7]: "removed", N[9]: "not_found"})

# 10 NAVER: one clear statement, one hedge
case(name="naver-one-done-one-hedged", **{"from": "kim.seoyeon@navercorp.com"},
     name_from="김서연 (NAVER 정책지원)",
     date="Wed, 11 Sep 2024 10:40:05 +0900",
     subject="RE: RE: [KCSC-240903-01] 불법 도박 홍보 게시물 시정요구",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""안녕하세요, 김서연입니다.

{N[2]} 게시글은 오늘 오전 삭제 조치하였습니다.

{N[4]} 은(는) 작성자가 삭제한 것으로 보입니다만, 블로그 팀에서 백업 기록을
추가로 확인 중이라 확정되면 다시 말씀드리겠습니다.

{NAVER_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="policy staff follow-up with one firm result and one hedged one",
     why="'삭제 조치하였습니다' is a statement; '삭제한 것으로 보입니다만 확인 중' is a hedge, item stays pending",
     items={N[2]: "removed", N[4]: "pending"})

# 11 NAVER: DSA-style structured English decision
case(name="naver-structured-decisions", **{"from": "legal-notice@navercorp.com"},
     name_from="NAVER Legal",
     date="Thu, 12 Sep 2024 09:05:33 +0900",
     subject="Decision on your notice KCSC-240903-01",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""Notice reference: KCSC-240903-01
Notifier: Korea Communications Standards Commission

Content: {N[3]}
Decision: Access to the content has been restricted in the Republic of Korea.
Ground: Illegal content under the Act on Promotion of Information and
Communications Network Utilization (gambling).
Automated means used: No

Content: {N[13]}
Decision: The content has been removed from the service.
Ground: Violation of the NAVER Post operating policy.
Automated means used: No

You may contact us at legal-notice@navercorp.com for questions about
these decisions. Information on redress: https://policy.naver.com/rules/redress

NAVER Legal""",
     outcome="applied", classification="confirmation",
     imitates="DSA statement-of-reasons style decision blocks (Content / Decision / Ground)",
     why="one item restricted in Korea, one removed; the redress link is not an item",
     items={N[3]: "restricted", N[13]: "removed"})

# 12 DC Inside: dashed list with all five
case(name="dc-operator-dash-list", **{"from": "report@dcinside.com"},
     name_from="디시인사이드 운영팀",
     date="Fri, 06 Sep 2024 19:22:10 +0900",
     subject="RE: [KCSC-240905-02] 리딩방 유인 게시물 시정요구",
     reply_to_req=req_mid("KCSC-240905-02"),
     body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 5건의 처리 결과입니다.

- {D[1]} : 삭제 완료
- {D[2]} : 삭제 완료
- {D[3]} : 신고 사유에 해당하지 않아 삭제 불가 (종목 토론 글)
- {D[4]} : 작성자 삭제로 게시물 없음
- {D[5]} : 삭제 완료

디시인사이드 운영팀 드림""",
     outcome="applied", classification="confirmation",
     imitates="community-site operator result list (URL : 결과)",
     why="five named items: three deleted, one refused with reason (rejected), one author-deleted (not_found)",
     items={D[1]: "removed", D[2]: "removed", D[3]: "rejected", D[4]: "not_found", D[5]: "removed"})

# 13 DC Inside: bare URL then status line
case(name="dc-bare-url-status-below", **{"from": "report@dcinside.com"},
     name_from="디시인사이드 운영팀",
     date="Sat, 07 Sep 2024 11:48:00 +0900",
     subject="RE: [KCSC-240905-02] 마이너 갤러리 게시물",
     reply_to_req=req_mid("KCSC-240905-02"),
     body=f"""{D[2]}
처리결과: 삭제

{D[3]}
처리결과: 게시물 없음 (이미 삭제된 글)

-- 디시인사이드 운영팀""",
     outcome="applied", classification="confirmation",
     imitates="terse abuse-desk reply: bare URL, '처리결과' on the next line",
     why="each URL's result is on the line below it",
     items={D[2]: "removed", D[3]: "not_found"})

# 14 DC Inside: English, URLs in angle brackets, one wrapped
case(name="dc-angle-wrapped-urls", **{"from": "legal@dcinside.com"},
     name_from="DCinside Legal",
     date="Mon, 09 Sep 2024 16:03:12 +0900",
     subject="Re: [KCSC-240905-02] Correction request",
     reply_to_req=req_mid("KCSC-240905-02"),
     body="""Hello,

The post at <https://gall.dcinside.com/mini/board/view/?id=lanternhill&
no=30215> has been deleted by our operations team today.

The mobile link <https://m.dcinside.com/board/stock_new2/9120388> has been
removed as well; it pointed to a separate post in the same gallery.

Best regards,
DCinside Legal""",
     outcome="applied", classification="confirmation",
     imitates="English legal-desk reply with URLs in angle brackets, one wrapped (RFC 3986 appendix C)",
     why="both posts stated deleted/removed; the first URL is wrapped inside <> after '&'",
     items={D[4]: "removed", D[5]: "removed"})

# 15 Daum/Kakao: 임시조치 notice
case(name="daum-imsijochi-notice", **{"from": "right@kakaocorp.com"},
     name_from="카카오 권리침해신고센터",
     date="Fri, 06 Sep 2024 10:30:00 +0900",
     subject=hdr("[Daum] 게시물 임시조치 안내 (KCSC-240905-03)"),
     reply_to_req=req_mid("KCSC-240905-03"),
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 아래 Daum 카페 게시물에 대하여
정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)하였음을 알려드립니다.

  · {K[1]}
  · {K[2]}

임시조치 기간 중 게시자의 재게시 요청이 없을 경우 게시물은 그대로 차단 상태로
유지됩니다. 자세한 내용은 https://cs.daum.net/faq/95/7580.html 을 참고해 주세요.

카카오 권리침해신고센터 드림""",
     outcome="applied", classification="confirmation",
     imitates="Daum/Kakao 권리침해신고센터 임시조치(30일 접근 차단) notice",
     why="임시조치 / 접근 차단 is restricted; the FAQ link is not an item",
     items={K[1]: "restricted", K[2]: "restricted"})

# 16 Daum/Kakao: raw Korean Tistory path, particle after URL
case(name="daum-tistory-raw-korean-path", **{"from": "tistory_policy@kakaocorp.com"},
     name_from="티스토리 운영정책",
     date="Sat, 07 Sep 2024 15:12:44 +0900",
     subject="RE: [KCSC-240905-03] 유사수신 광고 게시물",
     reply_to_req=req_mid("KCSC-240905-03"),
     body=f"""안녕하세요. 카카오 티스토리 운영정책 담당입니다.

티스토리 게시글 {K3_RAW} 는 이용약관 위반(불법 금융 광고)으로 게시중단되었습니다.
함께 요청하신 {K[4]}의 경우 카페가 이미 폐쇄되어 게시물이 존재하지 않습니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="Kakao Tistory policy reply with a raw Korean slug in the URL",
     why="raw Korean path matches the percent-encoded request URL (게시중단 = removed); the cafe post no longer exists (not_found)",
     items={K[3]: "removed", K[4]: "not_found"})

# 17 Daum/Kakao: quoted-printable body
body17 = f"""안녕하세요, Daum 카페 운영팀입니다.

관리번호 KCSC-240905-03 관련하여 아래와 같이 조치하였습니다.

{K[1]}
=> 게시물 삭제

{K[2]}
=> 성인 인증을 거친 회원만 볼 수 있도록 청소년 접근 제한

Daum 카페 운영팀 드림
"""
raw17 = f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(body17)}
"""
case(name="daum-quoted-printable", **{"from": "cafe_help@daum.net"},
     name_from="Daum 카페",
     date="Mon, 09 Sep 2024 11:25:19 +0900",
     subject=hdr("RE: [KCSC-240905-03] 카페 게시물 조치 결과"),
     reply_to_req=req_mid("KCSC-240905-03"), raw_mime=raw17,
     outcome="applied", classification="confirmation",
     imitates="Daum cafe operator reply sent quoted-printable",
     why="one post deleted (removed), one limited to adult-verified members (restricted)",
     items={K[1]: "removed", K[2]: "restricted"})

# 18 Daum/Kakao: HTML list with links
html18 = f"""<html><body style="font-family:Malgun Gothic">
<p>안녕하세요. 카카오입니다.</p>
<p>KCSC-240905-03 요청 건 처리 결과를 안내드립니다.</p>
<ul>
<li><a href="{K[4]}">{K[4]}</a> &mdash; 블라인드 처리</li>
<li><a href="{K[3]}">{K3_RAW}</a> &mdash; 삭제</li>
</ul>
<p>처리 기준: <a href="https://www.kakao.com/policy/oppolicy">카카오 운영정책</a></p>
<p>감사합니다.<br>카카오 고객보호팀</p>
</body></html>"""
case(name="daum-html-link-list", **{"from": "protect@kakaocorp.com"},
     name_from="카카오 고객보호팀",
     date="Tue, 10 Sep 2024 14:02:36 +0900",
     subject="RE: [KCSC-240905-03] 처리 결과",
     reply_to_req=req_mid("KCSC-240905-03"), type="html", body=html18,
     outcome="applied", classification="confirmation",
     imitates="Kakao HTML reply with linked URLs in a bullet list",
     why="블라인드 and 삭제 are both removed; the Korean anchor text is the same Tistory post as the encoded href",
     items={K[4]: "removed", K[3]: "removed"})

# 19 SOOP: English, three results
case(name="soop-english-three-results", **{"from": "trustsafety@sooplive.co.kr"},
     name_from="SOOP Trust & Safety",
     date="Tue, 10 Sep 2024 20:14:08 +0900",
     subject="RE: [KCSC-240909-04] Request for correction - obscene VOD",
     reply_to_req=req_mid("KCSC-240909-04"),
     body=f"""Dear KCSC,

Thank you for your request. Here is what we did:

* VOD {S[1]} - deleted, and the streamer's channel received a 7-day suspension.
* Channel post {S[2]} - hidden from all viewers by an operator (blind).
* VOD {S[3]} - now 19+ only; it can be played only after adult verification.

Regards,
SOOP Trust & Safety Team""",
     outcome="applied", classification="confirmation",
     imitates="SOOP (formerly AfreecaTV) trust-and-safety English reply, bullet per item",
     why="deleted and hidden-for-all are removed, 19+ only is restricted",
     items={S[1]: "removed", S[2]: "removed", S[3]: "restricted"})

# 20 SOOP: base64 HTML
html20 = f"""<html><body>
<p>안녕하세요, SOOP 운영팀입니다.</p>
<p>요청하신 VOD에 대한 조치 결과입니다.</p>
<p>1. {S[3]}<br>&nbsp;&nbsp;→ 음란물 게시로 VOD 삭제</p>
<p>2. {S[1]}<br>&nbsp;&nbsp;→ 스트리머가 직접 삭제하여 존재하지 않는 VOD입니다.</p>
<p>SOOP 운영팀 드림</p>
</body></html>"""
raw20 = f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html20)}
"""
case(name="soop-base64-html", **{"from": "operation@sooplive.co.kr"},
     name_from="SOOP 운영팀",
     date="Wed, 11 Sep 2024 09:33:51 +0900",
     subject=hdr("RE: [KCSC-240909-04] VOD 시정요구 조치 결과"),
     reply_to_req=req_mid("KCSC-240909-04"), raw_mime=raw20,
     outcome="applied", classification="confirmation",
     imitates="SOOP operator reply as a base64-encoded HTML body",
     why="one VOD deleted (removed), one already deleted by the streamer (not_found)",
     items={S[3]: "removed", S[1]: "not_found"})

# 21 SOOP: receipt phrase plus a firm statement
case(name="soop-receipt-plus-statement", **{"from": "help@sooplive.co.kr"},
     name_from="SOOP 고객센터",
     date="Mon, 09 Sep 2024 17:40:22 +0900",
     subject="[SOOP] 신고 접수 및 처리 안내 (KCSC-240909-04)",
     reply_to_req=req_mid("KCSC-240909-04"),
     body=f"""안녕하세요, SOOP 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호 SQ-20240909-3381)

확인 결과 아래 채널 게시글은 음란물 게시로 즉시 삭제 조치하였습니다.
{S[2]}

나머지 VOD 2건은 담당 부서 검토 후 별도로 안내드리겠습니다.

SOOP 고객센터""",
     outcome="applied", classification="confirmation",
     imitates="helpdesk receipt that also reports an immediate action",
     why="an acknowledgement phrase plus an unhedged deletion of one named post is a confirmation",
     items={S[2]: "removed"})

# 22 FM Korea: three different results
case(name="fmkorea-three-results", **{"from": "admin@fmkorea.com"},
     name_from="에펨코리아 운영진",
     date="Wed, 11 Sep 2024 22:10:40 +0900",
     subject="RE: [KCSC-240910-05] 개인정보 노출 게시물 시정요구",
     reply_to_req=req_mid("KCSC-240910-05"),
     body=f"""안녕하세요, 에펨코리아 운영진입니다.

{F[1]}
개인 연락처가 노출되어 삭제하고 작성자는 이용정지 처리했습니다.

{F[2]}
게시글에 적힌 이름은 공개된 정치인 이름이며 개인정보 노출로 보기 어려워
운영규칙상 유지하기로 했습니다.

{F[3]}
열어 보면 404가 나오는 존재하지 않는 게시물입니다.

에펨코리아 운영진 드림""",
     outcome="applied", classification="confirmation",
     imitates="community admin reply: URL then a sentence of outcome for each",
     why="removed; refused with a reason (rejected); does not exist (not_found)",
     items={F[1]: "removed", F[2]: "rejected", F[3]: "not_found"})

# 23 FM Korea: Outlook top-post over -----Original Message-----
orig23 = request_text("KCSC-240910-05", F)
case(name="fmkorea-outlook-original-message", **{"from": "park.jinho@fmkorea.com"},
     name_from="박진호",
     date="Thu, 12 Sep 2024 10:05:17 +0900",
     subject="RE: [KCSC-240910-05] 개인정보 노출 게시물 시정요구",
     reply_to_req=req_mid("KCSC-240910-05"),
     body=f"""{F[2]} 글은 작성자 본인 요청이 추가로 들어와 오늘 삭제 처리 완료했습니다.

박진호 / 에펨코리아 운영

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: admin@fmkorea.com
Subject: [KCSC-240910-05] 개인정보 노출 게시물 시정요구

{orig23}""",
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply over an unquoted -----Original Message----- block",
     why="only the top line states a result (removed); the request below is our own text",
     items={F[2]: "removed"})

# 24 Clien: bullets, removed and rejected
case(name="clien-bullets-removed-rejected", **{"from": "admin@clien.net"},
     name_from="클리앙 운영자",
     date="Thu, 12 Sep 2024 13:44:02 +0900",
     subject="RE: [KCSC-240911-06] 마약류 판매 광고 게시물",
     reply_to_req=req_mid("KCSC-240911-06"),
     body=f"""안녕하세요, 클리앙 운영자입니다.

• {C[1]} — 판매 연락처가 포함된 광고 글이라 삭제했고, 작성 계정은 영구 차단했습니다.
• {C[2]} — 확인해 보니 차량 튜닝 부품(일명 '니트로') 후기 글이어서 마약류 광고에 해당하지 않습니다. 삭제하지 않고 유지합니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="small community admin reply with bullets and em dashes",
     why="one deleted, one kept with a reason (rejected)",
     items={C[1]: "removed", C[2]: "rejected"})

# 25 Clien: one done, one still under review (English)
case(name="clien-one-done-one-reviewing", **{"from": "admin@clien.net"},
     name_from="CLIEN Admin",
     date="Fri, 13 Sep 2024 09:20:55 +0900",
     subject="Re: [KCSC-240911-06] update",
     reply_to_req=req_mid("KCSC-240911-06"),
     body=f"""Hi,

Quick update on your request:

{C[2]} was taken down this morning after a second report from our members.
{C[1]} is still under review with our moderators; no decision yet.

CLIEN Admin""",
     outcome="applied", classification="confirmation",
     imitates="short English admin update, one item done and one under review",
     why="'was taken down' is a statement (removed); 'still under review' leaves the other pending",
     items={C[2]: "removed", C[1]: "pending"})

# 26 Ppomppu: sole statement for a one-item request
case(name="ppomppu-sole-statement", **{"from": "webmaster@ppomppu.co.kr"},
     name_from="뽐뿌 운영진",
     date="Fri, 13 Sep 2024 11:02:30 +0900",
     subject="RE: [KCSC-240912-07] 중고거래 사기 게시물 시정요구",
     reply_to_req=req_mid("KCSC-240912-07"),
     body="""안녕하세요, 뽐뿌 운영진입니다.

문의하신 KCSC-240912-07 건의 게시물은 금일 삭제 조치하였으며,
해당 계좌는 사기 계좌 목록에 등록하였습니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="community webmaster one-paragraph reply naming only the reference",
     why="the request has one item, so 'the post was deleted' for that reference applies to it",
     items={P[1]: "removed"})

# ==================================================================== REVIEW
# 27 NAVER: promise only
case(name="naver-promise-to-act", **{"from": "kim.seoyeon@navercorp.com"},
     name_from="김서연 (NAVER 정책지원)",
     date="Wed, 04 Sep 2024 11:55:00 +0900",
     subject="RE: [KCSC-240903-01] 불법 도박 홍보 게시물 시정요구",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""안녕하세요, 네이버 정책지원 김서연입니다.

요청하신 게시물 중 {N[1]} 과
{N[6]} 은 내부 검토 후 삭제 조치할 예정입니다.
조치가 완료되면 결과를 회신드리겠습니다.

{NAVER_SIG}""",
     outcome="review", classification="other", review="not_understood",
     imitates="portal staff reply promising future action",
     why="'삭제 조치할 예정' is a promise, not a statement; named items stay pending",
     items={N[1]: "pending", N[6]: "pending"})

# 28 DC Inside: hedge only (English)
case(name="dc-hedge-may-have-been", **{"from": "legal@dcinside.com"},
     name_from="DCinside Legal",
     date="Fri, 06 Sep 2024 09:41:18 +0900",
     subject="Re: [KCSC-240905-02] Correction request",
     reply_to_req=req_mid("KCSC-240905-02"),
     body=f"""Hello,

It appears that {D[1]} and {D[2]} may have been removed by the gallery
managers before our team looked at them, but we cannot confirm this from
our logs yet. We will let you know once we have checked.

Best regards,
DCinside Legal""",
     outcome="review", classification="other", review="not_understood",
     imitates="legal-desk reply that only hedges ('appears', 'may have been')",
     why="hedged and unconfirmed; nothing to apply",
     items={D[1]: "pending", D[2]: "pending"})

# 29 NAVER: bulk statement for a 13-item request
case(name="naver-bulk-all-done", **{"from": "policy@navercorp.com"},
     date="Fri, 13 Sep 2024 18:00:12 +0900",
     subject=hdr("[회신] 시정요구 조치 완료 (KCSC-240903-01)"),
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""안녕하세요. 네이버입니다.

관리번호 KCSC-240903-01로 요청하신 게시물 13건에 대하여 모두 조치를 완료하였습니다.
협조해 주셔서 감사합니다.

{NAVER_SIG}""",
     outcome="review", classification="confirmation", review="bulk",
     imitates="portal closing note: 'all N items actioned' with no list",
     why="one statement covering 13 items without naming them: bulk, all pending",
     items={N[k]: "pending" for k in N})

# 30 FM Korea: bulk statement (English) for a 3-item request
case(name="fmkorea-bulk-english", **{"from": "admin@fmkorea.com"},
     name_from="FM Korea Admin",
     date="Sat, 14 Sep 2024 12:30:00 +0900",
     subject="Re: [KCSC-240910-05]",
     reply_to_req=req_mid("KCSC-240910-05"),
     body="""Hello,

All the posts you reported under KCSC-240910-05 have been removed.

FM Korea Admin""",
     outcome="review", classification="confirmation", review="bulk",
     imitates="one-line English 'all reported content was removed'",
     why="request has three items and none is named: bulk, items pending",
     items={F[1]: "pending", F[2]: "pending", F[3]: "pending"})

# 31 Kakao: authentication fails
case(name="daum-auth-fail", **{"from": "right@kakaocorp.com"}, auth="fail",
     name_from="카카오 권리침해신고센터",
     date="Sun, 08 Sep 2024 03:12:40 +0900",
     subject=hdr("[Daum] 게시물 삭제 완료 안내 (KCSC-240905-03)"),
     reply_to_req=req_mid("KCSC-240905-03"),
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 아래 게시물을 삭제 완료하였습니다.

{K[1]}
{K[2]}

카카오 권리침해신고센터 드림""",
     outcome="review", classification="confirmation", review="untrusted",
     imitates="Kakao notice text arriving with failed DKIM/SPF/DMARC",
     why="platform domain but authentication failed: untrusted, nothing applied",
     items={K[1]: "pending", K[2]: "pending"})

# 32 Gallery manager writing from gmail
case(name="dc-gallery-manager-gmail", **{"from": "coinquiet.mgr@gmail.com"},
     name_from="코인조용갤 매니저",
     date="Sat, 07 Sep 2024 01:15:09 +0900",
     subject="RE: [KCSC-240905-02] 코인조용 마이너 갤러리 게시물",
     body=f"""안녕하세요. 코인조용 마이너 갤러리 매니저입니다.
운영팀에서 전달받아 연락드립니다.

{D[2]}
{D[3]}

위 두 글은 제가 매니저 권한으로 삭제했습니다. 앞으로 비슷한 글 올라오면 바로 지우겠습니다.""",
     outcome="review", classification="confirmation", review="unknown_sender",
     imitates="volunteer gallery manager replying from a personal webmail address",
     why="sender is not a platform domain; its statement is not the platform's",
     items={D[2]: "pending", D[3]: "pending"})

# 33 Law firm on behalf of a poster
case(name="lawfirm-objection", **{"from": "a.kim@hanul-law.example"},
     name_from="김아름 변호사",
     date="Thu, 12 Sep 2024 16:40:00 +0900",
     subject="[KCSC-240910-05] 게시물 관련 의견서 제출",
     body=f"""방송통신심의위원회 귀중

본 법무법인은 아래 게시물 작성자의 대리인입니다.

{F[1]}

위 게시물은 작성자 본인의 연락처를 스스로 공개한 것으로 개인정보 침해에 해당하지 않으므로
시정요구를 재검토하여 주시기 바랍니다. 의견서 원본은 우편으로 송부하겠습니다.

법무법인 한울 변호사 김아름""",
     outcome="review", classification="other", review="unknown_sender",
     imitates="law firm objection on behalf of a poster, citing our reference",
     why="foreign sender naming our request and a URL; it is no platform statement",
     items={F[1]: "pending"})

# 34 Nate: not-found statement about a Ppomppu URL
case(name="nate-wrong-platform", **{"from": "cs@nate.com"},
     name_from="네이트 고객센터",
     date="Fri, 13 Sep 2024 10:10:10 +0900",
     subject="RE: [KCSC-240912-07] 게시물 시정요구",
     body=f"""안녕하세요, 네이트 고객센터입니다.

보내주신 {P[1]} 은 네이트(판·뉴스·네이트온) 서비스의 게시물이 아니며,
당사 시스템에서는 확인되지 않습니다.

해당 사이트 운영자에게 직접 요청해 주시기 바랍니다.""",
     outcome="review", classification="confirmation", review="wrong_platform",
     imitates="portal helpdesk reply to a misdirected request: 'not our service, not found here'",
     why="Nate states 'not found' for a Ppomppu item; another platform's word does not count",
     items={P[1]: "pending"})

# 35 Inven: trusted mail with no item and no request
case(name="inven-no-claims", **{"from": "youth@inven.co.kr"},
     name_from="INVEN 청소년보호책임자",
     date="Tue, 10 Sep 2024 10:00:00 +0900",
     subject=hdr("[인벤] 청소년보호책임자 및 신고 담당 창구 변경 안내"),
     body="""안녕하세요, 인벤입니다.

2024년 9월 16일부로 청소년보호책임자와 불법정보 신고 담당 창구가 아래와 같이 변경됨을 안내드립니다.

- 청소년보호책임자: 운영본부 정도윤 이사
- 신고 접수: report@inven.co.kr (기존 주소는 9월 말까지 병행 운영)

기관 요청 건은 앞으로 위 주소로 보내주시면 신속히 처리하겠습니다.

인벤 운영본부 드림""",
     outcome="review", classification="other", review="no_claims",
     imitates="platform notice of a change of youth-protection officer and contact address",
     why="trusted platform mail that names no item and no request",
     items={})

# 36 Clien: asks for documents
case(name="clien-asks-documents", **{"from": "admin@clien.net"},
     name_from="클리앙 운영자",
     date="Wed, 11 Sep 2024 18:22:11 +0900",
     subject="RE: [KCSC-240911-06] 마약류 판매 광고 게시물",
     reply_to_req=req_mid("KCSC-240911-06"),
     body=f"""안녕하세요, 클리앙 운영자입니다.

{C[1]} 건과 관련하여, 저희 운영 원칙상 기관 요청은 공문을 받은 뒤에 처리하고 있습니다.
시정요구 공문(PDF)과 심의 의결 내용을 회신으로 보내주시면 확인 후 조치하겠습니다.

감사합니다.""",
     outcome="review", classification="request_for_info", review="asks_more",
     imitates="small site asking for the official letter before acting",
     why="asks for documents before acting; nothing done yet",
     items={C[1]: "pending"})

# 37 SOOP: conditional deletion
case(name="soop-conditional-deletion", **{"from": "operation@sooplive.co.kr"},
     name_from="SOOP 운영팀",
     date="Tue, 10 Sep 2024 11:18:40 +0900",
     subject="RE: [KCSC-240909-04] VOD 시정요구",
     reply_to_req=req_mid("KCSC-240909-04"),
     body=f"""안녕하세요, SOOP 운영팀입니다.

{S[1]} 은 스트리머에게 소명 기회를 부여하였으며,
7일 이내 소명이 없거나 소명이 타당하지 않을 경우 삭제할 예정입니다.

결과가 나오면 다시 안내드리겠습니다.""",
     outcome="review", classification="other", review="not_understood",
     imitates="operator notice that deletion depends on the uploader's response",
     why="a condition and a promise, no statement: item stays pending",
     items={S[1]: "pending"})

# 38 NAVER: employee forwards an internal team's reply
case(name="naver-forwarded-internal", **{"from": "kim.seoyeon@navercorp.com"},
     name_from="김서연 (NAVER 정책지원)",
     date="Thu, 12 Sep 2024 17:30:02 +0900",
     subject="Fwd: NAVER TV 처리 결과 (KCSC-240903-01)",
     body=f"""참고로 TV 팀에서 받은 회신 전달드립니다.

---------- Forwarded message ---------
보낸사람: NAVER TV 운영 <tv-ops@navercorp.com>
Date: 2024년 9월 12일 (목) 오후 4:55
Subject: RE: KCSC-240903-01 영상 건
To: 김서연 <kim.seoyeon@navercorp.com>

서연님, 요청하신 영상 {N[12]} 은 오늘 삭제했습니다.
-- NAVER TV 운영""",
     outcome="review", classification="forwarded", review="forwarded",
     imitates="staff member forwarding a colleague's internal reply (Gmail forward block)",
     why="the only statement is inside a forwarded message; a clerk checks it before applying",
     items={N[12]: "pending"})

# =================================================================== IGNORED
# 39 NAVER: Korean out-of-office
case(name="naver-out-of-office-korean", **{"from": "park.minji@navercorp.com"},
     name_from="박민지",
     date="Tue, 03 Sep 2024 10:30:05 +0900",
     subject=hdr("[부재중] RE: [KCSC-240903-01] 시정요구 요청"),
     reply_to_req=req_mid("KCSC-240903-01"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 박민지입니다.

9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시기 바랍니다.

이 메일은 자동 응답입니다.""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply (부재중 자동응답)",
     why="auto-reply; names no item",
     items={})

# 40 DC Inside: DSN bounce carrying the request
raw40 = f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7F2A19C0D3.1725497000/mail.dcinside.com"

This is a MIME-encapsulated message.

--7F2A19C0D3.1725497000/mail.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cleanbot@dcinside.com>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <cleanbot@dcinside.com>: Recipient address rejected: User unknown in
    local recipient table

--7F2A19C0D3.1725497000/mail.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
X-Postfix-Queue-ID: 7F2A19C0D3
Arrival-Date: Thu,  5 Sep 2024 09:40:02 +0900 (KST)

Final-Recipient: rfc822; cleanbot@dcinside.com
Original-Recipient: rfc822;cleanbot@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <cleanbot@dcinside.com>: Recipient address
    rejected: User unknown in local recipient table

--7F2A19C0D3.1725497000/mail.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cleanbot@dcinside.com
Subject: {hdr("[KCSC-240905-02] 리딩방 유인 게시물 시정요구")}
Date: Thu, 5 Sep 2024 09:40:00 +0900
Message-ID: <req.KCSC-240905-02.cc@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_text("KCSC-240905-02", D)}

--7F2A19C0D3.1725497000/mail.dcinside.com--
"""
case(name="dc-dsn-user-unknown", **{"from": "MAILER-DAEMON@mail.dcinside.com"},
     name_from="Mail Delivery System",
     date="Thu, 05 Sep 2024 09:40:03 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=raw40,
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (multipart/report) returning our request with all its URLs",
     why="a bounce; the URLs are only in our returned request",
     items={})

# 41 Kakao: MDN read receipt
raw41 = f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_000_0041_01DB0F2A"

------=_NextPart_000_0041_01DB0F2A
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지

  받는 사람: 한지우 <jiwoo.han@kakaocorp.com>
  제목: [KCSC-240905-03] 원금보장 유사수신 광고 시정요구
  보낸 날짜: 2024-09-05 오전 11:10

이(가) 2024-09-05 오후 1:47에 읽혔습니다.

------=_NextPart_000_0041_01DB0F2A
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jiwoo.han@kakaocorp.com
Original-Message-ID: <{req_mid("KCSC-240905-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0041_01DB0F2A--
"""
case(name="daum-read-receipt", **{"from": "jiwoo.han@kakaocorp.com"},
     name_from="한지우",
     date="Thu, 05 Sep 2024 13:47:21 +0900",
     subject=hdr("읽음: [KCSC-240905-03] 원금보장 유사수신 광고 시정요구"),
     reply_to_req=req_mid("KCSC-240905-03"),
     raw_mime=raw41,
     outcome="ignored", classification="read_receipt",
     imitates="Outlook Korean read receipt (읽음:) with message/disposition-notification",
     why="a read receipt says nothing about the items",
     items={})

# 42 SOOP: ticket receipt
case(name="soop-ticket-receipt", **{"from": "noreply@sooplive.co.kr"},
     name_from="SOOP 고객센터",
     date="Mon, 09 Sep 2024 14:02:10 +0900",
     subject="[SOOP 고객센터] 문의가 접수되었습니다 (#SQ-20240909-3377)",
     reply_to_req=req_mid("KCSC-240909-04"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  접수번호 : SQ-20240909-3377
  문의제목 : [KCSC-240909-04] 음란 VOD 시정요구
  접수일시 : 2024-09-09 14:02

담당자가 순차적으로 확인 후 답변드릴 예정입니다.
답변 내역은 고객센터 > 나의 문의 내역(https://help.sooplive.co.kr/my/inquiry)에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.""",
     outcome="ignored", classification="acknowledgement",
     imitates="helpdesk ticket-creation receipt (접수번호, 나의 문의 내역 link)",
     why="pure acknowledgement of receipt; the dashboard link is no item",
     items={})

# 43 FM Korea: English out-of-office quoting the subject
case(name="fmkorea-out-of-office-english", **{"from": "park.jinho@fmkorea.com"},
     name_from="Jinho Park",
     date="Tue, 10 Sep 2024 10:00:41 +0900",
     subject="Automatic reply: [KCSC-240910-05] 개인정보 노출 게시물 시정요구",
     reply_to_req=req_mid("KCSC-240910-05"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until Wednesday 11 September with limited access to email.
For urgent moderation requests please write to admin@fmkorea.com.

Thank you.""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply' out-of-office",
     why="auto-reply",
     items={})

# 44 Clien: pure acknowledgement in Korean
case(name="clien-received-ack", **{"from": "admin@clien.net"},
     name_from="클리앙 운영자",
     date="Wed, 11 Sep 2024 13:31:00 +0900",
     subject="RE: [KCSC-240911-06] 마약류 판매 광고 게시물",
     reply_to_req=req_mid("KCSC-240911-06"),
     body="""안녕하세요, 클리앙 운영자입니다.

보내주신 요청 잘 받았습니다. 확인 후 회신드리겠습니다.

감사합니다.""",
     outcome="ignored", classification="acknowledgement",
     imitates="one-line human acknowledgement ('잘 받았습니다')",
     why="receipt only; names no item and states nothing",
     items={})

# 45 Gmail bounce for a Ppomppu admin address
raw45 = f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="000000000000ab12cd0621a9f3e1"

--000000000000ab12cd0621a9f3e1
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to ppomppu.admin.kr@gmail.com because the address
couldn't be found, or is unable to receive mail.

The response was:

550 5.1.1 The email account that you tried to reach does not exist.

--000000000000ab12cd0621a9f3e1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 12 Sep 2024 15:00:04 +0900

Final-Recipient: rfc822; ppomppu.admin.kr@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach
 does not exist.

--000000000000ab12cd0621a9f3e1
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: ppomppu.admin.kr@gmail.com
Subject: {hdr("[KCSC-240912-07] 중고거래 사기 게시물 시정요구")}
Date: Thu, 12 Sep 2024 15:00:00 +0900
Message-ID: <req.KCSC-240912-07.cc@kcsc.example>

--000000000000ab12cd0621a9f3e1--
"""
case(name="gmail-bounce-ppomppu-address", **{"from": "mailer-daemon@googlemail.com"},
     name_from="Mail Delivery Subsystem",
     date="Thu, 12 Sep 2024 15:00:05 +0900",
     subject="Delivery Status Notification (Failure)",
     raw_mime=raw45,
     outcome="ignored", classification="bounce",
     imitates="Gmail 'Address not found' DSN for a webmail address we also wrote to",
     why="a bounce from a foreign domain; ignored whoever sends it",
     items={})


HEADER = """# Blind set 381: Korean portals and community sites (NAVER, Daum/Kakao and
# Tistory, DC Inside, SOOP, FM Korea, Clien, Ppomppu; Nate and Inven as
# bystanders), written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    for c in CASES:
        # Korean display names as RFC 2047 encoded-words, as mail clients send them.
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = hdr(c["name_from"])
    write_requests()
    corpuslib.write_set(HERE, "blind381", HEADER, CASES)
