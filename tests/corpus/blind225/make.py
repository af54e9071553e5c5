#!/usr/bin/env python3
"""Blind set 225: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Inven, plus a misaddressed Nate reply),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives.

    python3 tests/corpus/blind225/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Expected
results were written from each email's meaning, before any run of the reader.
All names, URLs and ids are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/lucky_spin88/223541100871",
    2: "https://blog.naver.com/lucky_spin88/223541100902",
    3: "https://blog.naver.com/moonbet_kr/223538807715",
    4: "https://cafe.naver.com/totoinfo777/15521",
    5: "https://cafe.naver.com/totoinfo777/15530",
    6: "https://cafe.naver.com/totoinfo777/15544",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60305&docId=471122093",
    8: "https://blog.naver.com/paradise_hold/223529915530",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38120551&memberNo=51208833",
    10: "https://cafe.naver.com/jackpotclub01/3301",
    11: "https://cafe.naver.com/jackpotclub01/3302",
    12: "https://blog.naver.com/winwin_slot/223544410018",
    13: "https://blog.naver.com/winwin_slot/223544410233",
    14: "https://in.naver.com/slotqueen/contents/internal/712340551119872",
}
D3_RAW = "https://rxdeal.tistory.com/entry/처방전없이-구매-후기"
D3 = "https://rxdeal.tistory.com/entry/" + quote("처방전없이-구매-후기")
D = {
    1: "https://cafe.daum.net/pillmarket24/Xk7P/118",
    2: "https://cafe.daum.net/pillmarket24/Xk7P/121",
    3: D3,
    4: "https://rxdeal.tistory.com/37",
}
G = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812345",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812390",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=jackpot77&no=40211",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=jackpot77&no=40215",
    5: "https://gall.dcinside.com/mini/board/view/?id=leak0909&no=77",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131244087",
    2: "https://ch.sooplive.co.kr/nightbj0912/post/98765012",
    3: "https://vod.sooplive.co.kr/player/131250113",
}
F = {1: "https://www.fmkorea.com/7412345678", 2: "https://www.fmkorea.com/7412399001"}
CL = "https://www.clien.net/service/board/park/18765432"
I = {1: "https://www.inven.co.kr/board/lostark/4811/1234567",
     2: "https://www.inven.co.kr/board/maple/5974/998877"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [N[k] for k in sorted(N)], "gambling", "illegal gambling promotion, blogs and cafes"),
    ("KCSC-240905-02", "daum", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00",
     [D[k] for k in sorted(D)], "drugs", "prescription drug sales, Daum cafe and Tistory"),
    ("KCSC-240909-03", "dcinside", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     [G[k] for k in sorted(G)], "privacy", "personal information exposure in galleries"),
    ("KCSC-240910-04", "soop", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [S[k] for k in sorted(S)], "obscene", "VODs and a channel post"),
    ("KCSC-240912-05", "fmkorea", "2024-09-12T10:15:00+09:00", "2024-09-19T18:00:00+09:00",
     [F[1], F[2]], "defamation", "two posts"),
    ("KCSC-240916-06", "clien", "2024-09-16T16:20:00+09:00", "2024-09-23T18:00:00+09:00",
     [CL], "privacy", "one post"),
    ("KCSC-240919-07", "inven", "2024-09-19T14:10:00+09:00", "2024-09-26T18:00:00+09:00",
     [I[1], I[2]], "gambling", "two game-board posts"),
]


def msgid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def qp_plain(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text.strip("\n") + "\n"))


def b64_plain(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text.strip("\n") + "\n"))


def with_csv(text, filename, csvtext, boundary, encode_b64=True):
    body = text.strip("\n") + "\n"
    if encode_b64:
        att = ("Content-Type: text/csv; charset=utf-8; name=\"%s\"\n"
               "Content-Disposition: attachment; filename=\"%s\"\n"
               "Content-Transfer-Encoding: base64\n\n%s" % (filename, filename,
                                                             b64("\ufeff" + csvtext)))
    else:
        att = ("Content-Type: text/csv; charset=utf-8; name=\"%s\"\n"
               "Content-Disposition: attachment; filename=\"%s\"\n"
               "Content-Transfer-Encoding: 8bit\n\n%s" % (filename, filename, csvtext))
    return ("Content-Type: multipart/mixed; boundary=\"%s\"\n\n"
            "This is a multi-part message in MIME format.\n\n"
            "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n"
            "--%s\n%s\n--%s--\n" % (boundary, boundary, body, boundary, att, boundary))


def alt(text, html, boundary):
    return ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n"
            "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
            "--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
            "--%s--\n" % (boundary, boundary, qp(text.strip("\n") + "\n"), boundary,
                          qp(html.strip("\n") + "\n"), boundary))


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


REQ1_LINES = ["안녕하세요. 방송통신심의위원회 통신심의국입니다.",
              "",
              "아래 정보에 대하여 「정보통신망법」에 따른 시정요구(해당 정보의 삭제 또는",
              "접속차단)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
              "",
              "관리번호: KCSC-240903-01 / 회신기한: 2024-09-10",
              ""] + ["%d. %s" % (k, N[k]) for k in sorted(N)]

CASES = []


RAW_SUBJECT = {"dc-short-korean", "fmkorea-circled"}  # some senders leave 8-bit UTF-8 subjects


def enc(text):
    """RFC 2047 B-encode a header text that is not ASCII."""
    if all(ord(ch) < 128 for ch in text):
        return text
    return Header(text, "utf-8").encode()


def case(**kw):
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    if kw["name"] not in RAW_SUBJECT:
        kw["subject"] = enc(kw["subject"])
    CASES.append(kw)


# ================================================================ APPLIED
case(name="naver-jochi-result-html-table",
     **{"from": "policy-noreply@navercorp.com"}, name_from="NAVER 정책지원",
     date="Thu, 05 Sep 2024 15:42:10 +0900",
     subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240903-01)",
     reply_to_req=msgid("KCSC-240903-01"), type="html",
     body="""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(관리번호 KCSC-240903-01)에 대한 1차 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>%s</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>%s</td><td>게시중단</td><td>-</td></tr>
<tr><td>3</td><td>%s</td><td>임시조치</td><td>30일</td></tr>
<tr><td>4</td><td>%s</td><td>게시물 없음</td><td>작성자 자진 삭제</td></tr>
<tr><td>5</td><td>%s</td><td>블라인드</td><td>카페 운영원칙 위반</td></tr>
<tr><td>6</td><td>%s</td><td>조치 불가</td><td>운영원칙 위반 사항 확인되지 않음</td></tr>
</table>
<p>나머지 8건은 담당 부서에서 확인 중이며, 결과가 나오는 대로 별도로 회신드리겠습니다.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>""" % (N[1], N[2], N[3], N[4], N[5], N[6]),
     outcome="applied", classification="confirmation",
     imitates="NAVER 시정요구 조치결과 회신 (HTML table of 조치결과 per URL)",
     why="table rows: 삭제/게시중단/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found, 조치 불가(위반 아님) rejected",
     items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
            N[5]: "removed", N[6]: "rejected"})

case(name="naver-korean-prose-particles",
     **{"from": "cafe-ops@navercorp.com"}, name_from="네이버 카페 운영팀",
     date="Fri, 06 Sep 2024 10:03:44 +0900",
     subject="RE: [KCSC-240903-01] 불법 도박 홍보 게시물 시정요구",
     reply_to_req=msgid("KCSC-240903-01"),
     body="""안녕하세요, 네이버 카페 운영팀입니다.

요청하신 게시물 중 %s은 카페 운영원칙 위반으로 운영자 삭제 처리되었습니다.
같은 카페의 다른 게시물（%s）은 국내 접근 제한 조치하였습니다.

카페 자체에 대한 조치 여부는 내부 기준에 따라 별도로 판단할 예정입니다.

네이버 카페 운영팀 드림""" % (N[10], N[11]),
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe operations reply in Korean prose",
     why="URL with attached particle 은: 운영자 삭제 = removed; full-width parentheses: 국내 접근 제한 = restricted; the cafe-level sentence is a plan about no requested item",
     items={N[10]: "removed", N[11]: "restricted"})

CSV1 = """no,url,result,memo
7,%s,삭제,지식iN 답변 삭제
8,%s,삭제,
9,%s,접속차단(국내),해외 IP 접속은 유지
10,%s,임시조치,권리침해 신고 병합
11,%s,유지,운영원칙 위반 아님
12,%s,삭제,
13,%s,게시물 없음,작성자 탈퇴
14,%s,비공개 처리,
""" % (N[7], N[8], N[9], N[10], N[11], N[12], N[13], N[14])
case(name="naver-csv-attachment",
     **{"from": "policy-noreply@navercorp.com"}, name_from="NAVER 정책지원",
     date="Mon, 09 Sep 2024 17:20:05 +0900",
     subject="[NAVER] 시정요구 조치결과 2차 회신 (KCSC-240903-01)",
     reply_to_req=msgid("KCSC-240903-01"),
     raw_mime=with_csv("""안녕하세요, 네이버 정책지원팀입니다.

관리번호 KCSC-240903-01 건 중 1차 회신에 포함되지 않은 8건의 처리 결과를
첨부 파일(CSV)로 보내드립니다. 확인 부탁드립니다.

네이버 정책지원팀 드림""", "KCSC-240903-01_result_2.csv", CSV1, "----=_NV_240909_7720"),
     outcome="applied", classification="confirmation",
     imitates="NAVER second reply with a CSV of 조치결과 (help-desk export)",
     why="CSV rows: 삭제/비공개 처리 removed, 접속차단(국내)/임시조치 restricted, 유지(위반 아님) rejected, 게시물 없음 not_found",
     items={N[7]: "removed", N[8]: "removed", N[9]: "restricted", N[10]: "restricted",
            N[11]: "rejected", N[12]: "removed", N[13]: "not_found", N[14]: "removed"})

case(name="naver-english-top-posted",
     **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
     date="Sat, 07 Sep 2024 09:15:00 +0900",
     subject="Re: [KCSC-240903-01] 시정요구 - 불법 도박 홍보 게시물",
     reply_to_req=msgid("KCSC-240903-01"),
     body="""Hello,

Regarding KCSC-240903-01, we removed the two blog posts below today:

%s
%s

We could not locate %s . The blog it belonged to has been closed by its owner and the address no longer resolves to any post.

The remaining links are still with the cafe and blog teams.

Best regards,
Minji Park
NAVER Trust & Safety

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
%s
""" % (N[12], N[13], N[8], quoted(REQ1_LINES)),
     outcome="applied", classification="confirmation",
     imitates="English trust-and-safety reply top-posted over the quoted Korean request",
     why="two URLs removed, one cannot be located (not_found); the quoted list of all 14 URLs is ignored",
     items={N[12]: "removed", N[13]: "removed", N[8]: "not_found"})

case(name="naver-url-then-result-line",
     **{"from": "notice@naver.com"}, name_from="NAVER 고객센터",
     date="Tue, 10 Sep 2024 11:48:31 +0900",
     subject="[네이버 고객센터] 게시중단 요청 처리 결과 안내",
     body="""[처리 결과 안내] 관리번호 KCSC-240903-01

요청하신 게시물의 처리 결과는 다음과 같습니다.

%s
  → 비공개 처리 완료
%s
  → 국내 접속 제한
%s
  → 존재하지 않는 콘텐츠 (URL 확인 불가)

본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.""" % (N[3], N[9], N[14]),
     outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 게시중단 처리 결과 notice, result on the line below each URL",
     why="비공개 처리 removed, 국내 접속 제한 restricted, 존재하지 않는 콘텐츠 not_found; help.naver.com is not an item",
     items={N[3]: "removed", N[9]: "restricted", N[14]: "not_found"})

case(name="naver-qp-numbered",
     **{"from": "policy-noreply@navercorp.com"}, name_from="NAVER 정책지원",
     date="Wed, 04 Sep 2024 16:05:12 +0900",
     subject="[NAVER] 긴급 시정요구 건 조치 완료 (KCSC-240903-01)",
     reply_to_req=msgid("KCSC-240903-01"),
     raw_mime=qp_plain("""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 중 긴급 처리 대상으로 분류된 아래 3건은 게시중단 조치를 완료하였습니다.

1. %s
2. %s
3. %s

나머지 게시물은 확인 후 회신드리겠습니다.
감사합니다.""" % (N[1], N[2], N[7])),
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 완료 notice, quoted-printable body with a numbered list",
     why="a completed 게시중단 statement heading a numbered list of three URLs: all removed",
     items={N[1]: "removed", N[2]: "removed", N[7]: "removed"})

case(name="daum-tistory-korean-raw",
     **{"from": "rights-noreply@kakaocorp.com"}, name_from="카카오 권리보호센터",
     date="Mon, 09 Sep 2024 14:22:40 +0900",
     subject="[카카오] 시정요구 처리 결과 회신 - KCSC-240905-02",
     reply_to_req=msgid("KCSC-240905-02"),
     body="""안녕하세요. 카카오 권리보호센터입니다.

KCSC-240905-02 관련하여 티스토리 게시물 처리 결과를 회신드립니다.

- %s : 게시물 삭제 조치 완료
- %s : 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

다음 카페 게시물 2건은 별도 메일로 안내드리겠습니다.

카카오 권리보호센터 드림""" % (D3_RAW, D[4]),
     outcome="applied", classification="confirmation",
     imitates="Kakao 권리보호센터 reply about Tistory posts, raw Korean URL path",
     why="raw Korean path matches the percent-encoded item: removed; the other was already deleted by its author: not_found",
     items={D[3]: "removed", D[4]: "not_found"})

case(name="daum-cafe-blind-angle",
     **{"from": "cafe-policy@daum.net"}, name_from="Daum 카페 운영정책",
     date="Tue, 10 Sep 2024 10:10:10 +0900",
     subject="RE: [KCSC-240905-02] 의약품 불법 판매 게시물",
     reply_to_req=msgid("KCSC-240905-02"),
     body="""안녕하세요, Daum 카페 운영정책 담당입니다.

요청하신 다음 카페 게시글 2건은 운영정책 위반으로 블라인드 처리하였습니다.

  * <%s>
  * <%s>

해당 카페는 위반 이력이 누적되어 카페 전체에 대한 이용 제한 여부를 검토하고 있으며, 결정되면 다시 알려드리겠습니다.

Daum 카페 운영정책 담당 드림""" % (D[1], D[2]),
     outcome="applied", classification="confirmation",
     imitates="Daum cafe 블라인드 notice, URLs in angle brackets in a bulleted list",
     why="블라인드 처리 of both listed posts = removed; the cafe-wide review is about no requested URL",
     items={D[1]: "removed", D[2]: "removed"})

case(name="daum-english-restricted-rejected",
     **{"from": "ts-global@kakaocorp.com"}, name_from="Kakao Trust & Safety",
     date="Wed, 11 Sep 2024 18:31:02 +0900",
     subject="Re: KCSC-240905-02 removal request",
     reply_to_req=msgid("KCSC-240905-02"),
     body="""Dear KCSC team,

Thank you for your request KCSC-240905-02. Our decisions on the Daum Cafe posts:

Access to %s has been restricted for users in Korea.

We reviewed %s and found that it does not violate the Daum Cafe Operation Policy, so the post remains available.

For the policy we applied, see https://www.kakao.com/policy/oppolicy

Kind regards,
Kakao Trust & Safety""" % (D[1], D[2]),
     outcome="applied", classification="confirmation",
     imitates="Kakao Trust & Safety English decision email",
     why="restricted in Korea; reviewed and no violation, remains available = rejected; policy link is not an item",
     items={D[1]: "restricted", D[2]: "rejected"})

CSV2 = """URL,Action,Date (KST)
%s,Removed,2024-09-10
%s,Removed,2024-09-10
%s,Restricted (KR),2024-09-11
%s,Not found,2024-09-11
""" % (D[1], D[2], D3_RAW, D[4])
case(name="daum-csv-english",
     **{"from": "ts-global@kakaocorp.com"}, name_from="Kakao Trust & Safety",
     date="Thu, 12 Sep 2024 09:02:55 +0900",
     subject="KCSC-240905-02 - action report",
     reply_to_req=msgid("KCSC-240905-02"),
     raw_mime=with_csv("""Hello,

Please find attached the action report for request KCSC-240905-02 (4 URLs).

Kakao Trust & Safety""", "kakao_action_report_KCSC-240905-02.csv", CSV2, "b_kakao_0912_19", encode_b64=False),
     outcome="applied", classification="confirmation",
     imitates="Kakao action report sent as a CSV attachment",
     why="CSV rows: Removed, Removed, Restricted (KR), Not found; the Tistory URL is written raw in the CSV",
     items={D[1]: "removed", D[2]: "removed", D[3]: "restricted", D[4]: "not_found"})

case(name="dc-text-table",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     date="Wed, 11 Sep 2024 13:40:00 +0900",
     subject="[디시인사이드] KCSC-240909-03 처리 결과",
     reply_to_req=msgid("KCSC-240909-03"),
     body="""안녕하세요. 디시인사이드 운영팀입니다.
KCSC-240909-03 요청 건 처리 결과 안내드립니다.

No | URL                                                                  | 결과
---+----------------------------------------------------------------------+-------------------------
 1 | %s       | 삭제
 2 | %s       | 삭제
 3 | %s | 유지 (규정 위반 아님)
 4 | %s | 삭제 및 작성자 이용 차단
 5 | %s        | 해당 글 없음

감사합니다.""" % (G[1], G[2], G[3], G[4], G[5]),
     outcome="applied", classification="confirmation",
     imitates="DC Inside operations reply with a plain-text result table",
     why="삭제 removed (x3), 유지(위반 아님) rejected, 해당 글 없음 not_found; the user block is on top of the deletion",
     items={G[1]: "removed", G[2]: "removed", G[3]: "rejected", G[4]: "removed", G[5]: "not_found"})

case(name="dc-short-korean",
     **{"from": "admin@dcinside.com"}, name_from="디시인사이드",
     date="Tue, 10 Sep 2024 08:51:17 +0900",
     subject="Re: [KCSC-240909-03] 개인정보 노출 게시물 삭제 요청",
     reply_to_req=msgid("KCSC-240909-03"),
     body="""요청하신 %s 게시물 삭제했습니다.
해당 미니 갤러리도 운영 중지 조치했습니다.

디시인사이드 관리자""" % G[5],
     outcome="applied", classification="confirmation",
     imitates="terse DC Inside admin reply",
     why="one unhedged past-tense deletion of a named URL",
     items={G[5]: "removed"})

case(name="dc-statement-then-urls",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     date="Thu, 12 Sep 2024 11:11:11 +0900",
     subject="[디시인사이드] 게시물 처리 결과 안내 (KCSC-240909-03)",
     reply_to_req=msgid("KCSC-240909-03"),
     body="""안녕하세요. 디시인사이드 운영팀입니다.

아래 게시물은 삭제 처리 완료되었습니다.
%s
%s

아래 게시물은 신고 사유에 해당하지 않아 게시를 유지합니다.
%s

나머지 요청 건은 갤러리 매니저 확인 후 처리 예정입니다.""" % (G[1], G[2], G[3]),
     outcome="applied", classification="confirmation",
     imitates="DC Inside 처리 결과 안내, statements heading the URL lines below them",
     why="statement above each group: first two removed, third kept as not violating = rejected; 'remaining' names no URL",
     items={G[1]: "removed", G[2]: "removed", G[3]: "rejected"})

case(name="dc-qp-wrapped",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     date="Fri, 13 Sep 2024 15:27:48 +0900",
     subject="[디시인사이드] 마이너 갤러리 게시물 삭제 완료 - KCSC-240909-03",
     reply_to_req=msgid("KCSC-240909-03"),
     raw_mime=qp_plain("""안녕하세요. 디시인사이드 운영팀입니다.

마이너 갤러리 jackpot77의 게시물 2건 삭제 완료했습니다.
 - 삭제 게시물: %s
 - 삭제 게시물: %s

갤러리 매니저에게도 경고 조치하였습니다.""" % (G[3], G[4])),
     outcome="applied", classification="confirmation",
     imitates="DC Inside notice in quoted-printable, URLs split by soft line breaks and =3D",
     why="after QP decoding both URLs are whole: removed",
     items={G[3]: "removed", G[4]: "removed"})

case(name="soop-english-vod",
     **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
     date="Thu, 12 Sep 2024 19:02:00 +0900",
     subject="Re: [KCSC-240910-04] Request regarding VOD content",
     reply_to_req=msgid("KCSC-240910-04"),
     body="""Hello,

This is SOOP Trust & Safety. Outcome for two of the items in KCSC-240910-04:

VOD %s
- deleted for violating the SOOP Community Guidelines.

VOD %s
- set to 19+ ; it can now be viewed only by adult-verified users.

We will reply separately about the channel post.

SOOP Trust & Safety""" % (S[1], S[3]),
     outcome="applied", classification="confirmation",
     imitates="SOOP (formerly AfreecaTV) trust-and-safety reply in English",
     why="deleted = removed; 19+ age restriction = restricted; the channel post is only promised",
     items={S[1]: "removed", S[3]: "restricted"})

case(name="soop-base64-korean",
     **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
     date="Fri, 13 Sep 2024 10:45:30 +0900",
     subject="[SOOP] 채널 게시글 조치 결과 안내",
     reply_to_req=msgid("KCSC-240910-04"),
     raw_mime=b64_plain("""안녕하세요, SOOP 고객센터입니다.

요청하신 채널 게시글 %s 는 비공개 처리하였으며,
해당 스트리머에게는 운영정책에 따라 방송 정지 7일 제재를 부과하였습니다.

감사합니다.""" % S[2]),
     outcome="applied", classification="confirmation",
     imitates="SOOP 고객센터 조치 결과 안내, base64 body",
     why="비공개 처리 = removed; the broadcaster sanction is not an item",
     items={S[2]: "removed"})

case(name="fmkorea-circled",
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
     date="Fri, 13 Sep 2024 21:14:09 +0900",
     subject="Re: [KCSC-240912-05] 게시물 삭제 요청",
     reply_to_req=msgid("KCSC-240912-05"),
     body="""에펨코리아 운영진입니다.

요청 주신 게시물 처리 결과입니다.

① %s — 삭제 완료
② %s — 삭제 완료

감사합니다.""" % (F[1], F[2]),
     outcome="applied", classification="confirmation",
     imitates="FM Korea admin reply with circled numbers and em dashes",
     why="each URL followed by 삭제 완료: both removed",
     items={F[1]: "removed", F[2]: "removed"})

case(name="fmkorea-rejected-notfound",
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
     date="Mon, 16 Sep 2024 13:00:40 +0900",
     subject="Re: [KCSC-240912-05] 게시물 삭제 요청",
     reply_to_req=msgid("KCSC-240912-05"),
     body="""안녕하세요, 에펨코리아 운영진입니다.

%s 글은 검토 결과 커뮤니티 규정 위반 사항이 없어 삭제하지 않고 유지합니다.
%s 글은 작성자가 이미 삭제한 상태라 별도 조치할 게시물이 없습니다.

이의가 있으시면 회신 주세요.""" % (F[1], F[2]),
     outcome="applied", classification="confirmation",
     imitates="FM Korea admin refusal with reason plus an author-deleted post",
     why="no violation, kept = rejected; already deleted by its author = not_found",
     items={F[1]: "rejected", F[2]: "not_found"})

case(name="clien-sole-statement",
     **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
     date="Tue, 17 Sep 2024 10:30:00 +0900",
     subject="[클리앙] KCSC-240916-06 요청 건 처리 완료 안내",
     reply_to_req=msgid("KCSC-240916-06"),
     body="""안녕하세요, 클리앙 운영진입니다.

KCSC-240916-06 요청 건 처리 결과 안내드립니다.
신고하신 게시물은 운영진이 삭제하였습니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="Clien short completion notice naming only the reference",
     why="one-item request, one unhedged statement without URL: the item is removed",
     items={CL: "removed"})

case(name="clien-temporary-measure-angle",
     **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
     date="Wed, 18 Sep 2024 09:12:00 +0900",
     subject="Re: [KCSC-240916-06] 개인정보 노출 게시물",
     reply_to_req=msgid("KCSC-240916-06"),
     body="""클리앙 운영진입니다.

신고 게시물 <%s>은 임시조치하였습니다.
작성자의 재게시 요청이 없으면 30일 경과 후 영구 삭제됩니다.""" % CL,
     outcome="applied", classification="confirmation",
     imitates="Clien 임시조치 notice (30-day temporary measure)",
     why="임시조치 done = restricted; the later deletion is conditional and not a statement",
     items={CL: "restricted"})

case(name="inven-html-links",
     **{"from": "help@inven.co.kr"}, name_from="인벤 고객지원",
     date="Fri, 20 Sep 2024 16:40:12 +0900",
     subject="[인벤] 게시물 조치 결과 안내 (KCSC-240919-07)",
     reply_to_req=msgid("KCSC-240919-07"),
     raw_mime=alt("""안녕하세요, 인벤 고객지원팀입니다.

KCSC-240919-07 요청 건 조치 결과입니다.
- 로스트아크 게시판 게시물 (%s): 삭제
- 메이플스토리 게시판 게시물 (%s): 존재하지 않는 게시물

인벤 고객지원팀""" % (I[1], I[2]),
                  """<div style="font-size:13px">
<p>안녕하세요, 인벤 고객지원팀입니다.</p>
<p>KCSC-240919-07 요청 건 조치 결과입니다.</p>
<ul>
<li><a href="%s">로스트아크 게시판 게시물</a>: <b>삭제</b></li>
<li><a href="%s">메이플스토리 게시판 게시물</a>: <b>존재하지 않는 게시물</b></li>
</ul>
<p>인벤 고객지원팀</p></div>""" % (I[1], I[2]), "=_inven_alt_0920"),
     outcome="applied", classification="confirmation",
     imitates="Inven support notice, multipart/alternative with linked post titles",
     why="삭제 removed; 존재하지 않는 게시물 not_found",
     items={I[1]: "removed", I[2]: "not_found"})

REQ7_LINES = ["안녕하세요. 방송통신심의위원회입니다.", "",
              "아래 게시물 2건에 대해 시정요구(삭제)를 하오니 조치 결과를 회신해 주십시오.",
              "관리번호: KCSC-240919-07", "", "1. " + I[1], "2. " + I[2], "",
              "방송통신심의위원회 통신심의국"]
case(name="inven-gmail-quoted",
     **{"from": "cs.manager@inven.co.kr"}, name_from="인벤 운영팀 이재훈",
     date="Mon, 23 Sep 2024 11:05:00 +0900",
     subject="Re: [KCSC-240919-07] 시정요구 (삭제)",
     reply_to_req=msgid("KCSC-240919-07"),
     body="""안녕하세요, 인벤 운영팀 이재훈입니다.

%s 는 삭제 처리했습니다.
%s 는 확인해 보니 게임 아이템 거래 안내글로, 삭제 요청 사유에 해당하지 않아 게시를 유지합니다.

감사합니다.

2024년 9월 19일 (목) 오후 2:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
%s
""" % (I[1], I[2], quoted(REQ7_LINES)),
     outcome="applied", classification="confirmation",
     imitates="Inven staff Gmail-style reply over the quoted request",
     why="first removed; second kept with a reason = rejected; the quoted request below the Korean Gmail attribution is ignored",
     items={I[1]: "removed", I[2]: "rejected"})

case(name="inven-english-short",
     **{"from": "global@inven.co.kr"}, name_from="Inven Global",
     date="Tue, 24 Sep 2024 09:20:00 +0900",
     subject="RE: KCSC-240919-07",
     reply_to_req=msgid("KCSC-240919-07"),
     body="""Hi,

The post at %s has been taken down by our moderators this morning.

Regards,
Inven Global Support""" % I[2],
     outcome="applied", classification="confirmation",
     imitates="short English moderator reply",
     why="taken down = removed, one named URL",
     items={I[2]: "removed"})

REQ1_ORIG = "\n".join(REQ1_LINES)
case(name="naver-outlook-original",
     **{"from": "cafe-ops@navercorp.com"}, name_from="네이버 카페 운영팀",
     date="Sat, 07 Sep 2024 14:33:21 +0900",
     subject="RE: [KCSC-240903-01] 시정요구 - 불법 도박 홍보 게시물",
     reply_to_req=msgid("KCSC-240903-01"),
     body="""안녕하세요.

요청 건 중 totoinfo777 카페 글 두 건(%s, %s)은 블라인드 처리했습니다.

네이버 카페 운영팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 시정요구 - 불법 도박 홍보 게시물

%s
""" % (N[4], N[6], REQ1_ORIG),
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with the original request below -----Original Message-----",
     why="two URLs in parentheses, 블라인드 처리 = removed; the unquoted original request below the separator is not a statement",
     items={N[4]: "removed", N[6]: "removed"})

case(name="naver-ack-plus-statement",
     **{"from": "policy-noreply@navercorp.com"}, name_from="NAVER 정책지원",
     date="Tue, 03 Sep 2024 15:10:00 +0900",
     subject="[NAVER] 시정요구 접수 안내 (KCSC-240903-01)",
     reply_to_req=msgid("KCSC-240903-01"),
     body="""안녕하세요, 네이버 정책지원팀입니다.

귀 위원회의 시정요구가 정상 접수되었습니다. (접수번호 NV-2024-0903-3381)

이 중 긴급 건으로 분류된 %s 은 접수 즉시 임시조치하였습니다.
나머지 게시물은 검토 후 회신드리겠습니다.

감사합니다.""" % N[10],
     outcome="applied", classification="confirmation",
     imitates="NAVER 접수 안내 that also reports an immediate 임시조치",
     why="an acknowledgement plus an unhedged 임시조치 on a named URL is not a pure acknowledgement: restricted",
     items={N[10]: "restricted"})

case(name="naver-dsa-sor-english",
     **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
     date="Sun, 08 Sep 2024 20:00:00 +0900",
     subject="Statement of reasons - KCSC-240903-01",
     reply_to_req=msgid("KCSC-240903-01"),
     body="""Statement of reasons

Reference:        KCSC-240903-01
Content:          %s
Decision:         access to the content disabled in the Republic of Korea (geo-restriction)
Ground:           illegal content under Korean law (unlicensed gambling promotion)
Facts relied on:  notice from the Korea Communications Standards Commission
Automated means:  no automated detection; decision taken by a reviewer
Redress:          the uploader may appeal at https://help.naver.com/appeal

NAVER Trust & Safety""" % N[9],
     outcome="applied", classification="confirmation",
     imitates="DSA-style statement of reasons (decision / ground / redress fields)",
     why="access disabled in Korea only = restricted; the appeal link is not an item",
     items={N[9]: "restricted"})

# ================================================================ REVIEW
case(name="naver-promise-will-remove",
     **{"from": "policy-noreply@navercorp.com"}, name_from="NAVER 정책지원",
     date="Wed, 04 Sep 2024 09:30:00 +0900",
     subject="[NAVER] 시정요구 처리 예정 안내 (KCSC-240903-01)",
     reply_to_req=msgid("KCSC-240903-01"),
     body="""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 %s, %s 는 내부 검토를 거쳐 영업일 기준 3일 이내에 게시중단될 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.""" % (N[1], N[2]),
     outcome="review", review="not_understood", classification="other",
     imitates="NAVER 처리 예정 안내 (promise of future action)",
     why="게시중단될 예정 is a promise: nothing stated, items stay pending",
     items={N[1]: "pending", N[2]: "pending"})

case(name="dc-hedge-seems-deleted",
     **{"from": "admin@dcinside.com"}, name_from="디시인사이드",
     date="Tue, 10 Sep 2024 17:45:00 +0900",
     subject="Re: [KCSC-240909-03] 개인정보 노출 게시물 삭제 요청",
     reply_to_req=msgid("KCSC-240909-03"),
     body="""말씀하신 %s 는 이미 삭제된 것으로 보입니다.
서버 기록 확인 후 정확한 결과를 다시 알려드리겠습니다.

디시인사이드 관리자""" % G[1],
     outcome="review", review="not_understood", classification="other",
     imitates="informal DC Inside admin reply with a hedge",
     why="삭제된 것으로 보입니다 ('appears to have been deleted') is a hedge; the item stays pending",
     items={G[1]: "pending"})

case(name="soop-bulk-all-removed",
     **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
     date="Sat, 14 Sep 2024 12:00:00 +0900",
     subject="[SOOP] KCSC-240910-04 조치 완료",
     reply_to_req=msgid("KCSC-240910-04"),
     body="""안녕하세요, SOOP 고객센터입니다.

KCSC-240910-04로 요청하신 VOD 및 채널 게시글은 모두 삭제 조치 완료하였습니다.

감사합니다.""",
     outcome="review", review="bulk", classification="confirmation",
     imitates="SOOP completion notice covering the whole request",
     why="'all removed' for a three-item request without naming each: bulk review, items pending",
     items={S[1]: "pending", S[2]: "pending", S[3]: "pending"})

case(name="naver-bulk-english",
     **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
     date="Thu, 12 Sep 2024 10:00:00 +0900",
     subject="Re: KCSC-240903-01 - closed",
     reply_to_req=msgid("KCSC-240903-01"),
     body="""Hello,

All URLs listed in your request KCSC-240903-01 have been actioned in accordance with NAVER's operating principles. We consider this request closed.

Best regards,
NAVER Trust & Safety""",
     outcome="review", review="bulk", classification="confirmation",
     imitates="closing email stating the whole request actioned",
     why="statement about all 14 items without naming them: bulk review",
     items={u: "pending" for u in [N[k] for k in sorted(N)]})

case(name="dc-auth-fail-forged",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀", auth="fail",
     date="Wed, 11 Sep 2024 02:14:55 +0900",
     subject="[디시인사이드] KCSC-240909-03 처리 완료",
     body="""디시인사이드 운영팀입니다.

%s
%s
위 게시물 2건 삭제 완료되었습니다.""" % (G[1], G[2]),
     outcome="review", review="untrusted", classification="confirmation",
     imitates="DC Inside completion notice failing DKIM/SPF/DMARC",
     why="platform domain but authentication fails: nothing applied",
     items={G[1]: "pending", G[2]: "pending"})

case(name="dc-gallery-manager-gmail",
     **{"from": "jackpot77.manager@gmail.com"}, name_from="jackpot77 갤러리 매니저",
     date="Thu, 12 Sep 2024 23:40:00 +0900",
     subject="KCSC-240909-03 관련 (마이너 갤러리 매니저입니다)",
     body="""안녕하세요. 디시인사이드 jackpot77 마이너 갤러리 매니저입니다.
디시 운영팀에서 전달받은 요청 건 중 저희 갤러리 글 두 개는 제가 직접 삭제했습니다.

%s
%s

문제 있으면 연락 주세요.""" % (G[3], G[4]),
     outcome="review", review="unknown_sender", classification="confirmation",
     imitates="volunteer gallery manager writing from a personal webmail",
     why="not a platform sender domain: unknown_sender, nothing applied",
     items={G[3]: "pending", G[4]: "pending"})

case(name="inven-vendor-unknown",
     **{"from": "report@cleanwatch-ops.co.kr"}, name_from="클린워치 모니터링센터",
     date="Mon, 23 Sep 2024 18:25:00 +0900",
     subject="[인벤 위탁 모니터링] KCSC-240919-07 처리 결과",
     body="""안녕하세요. 인벤 게시판 모니터링을 위탁 운영하는 클린워치 모니터링센터입니다.

요청하신 %s 게시물은 삭제 처리되었습니다.

클린워치 모니터링센터""" % I[1],
     outcome="review", review="unknown_sender", classification="confirmation",
     imitates="outsourced moderation vendor reporting on the platform's behalf",
     why="vendor domain is not a configured sender of Inven: unknown_sender",
     items={I[1]: "pending"})

case(name="nate-wrong-platform",
     **{"from": "cs@nate.com"}, name_from="네이트 고객센터",
     date="Tue, 17 Sep 2024 14:00:00 +0900",
     subject="Re: 게시물 삭제 요청 (KCSC-240912-05)",
     body="""안녕하세요, 네이트 고객센터입니다.

문의하신 %s 은 네이트 판 게시물이 아니어서 당사 서비스에서는 확인되지 않습니다.
해당 사이트 운영자에게 직접 요청해 주시기 바랍니다.""" % F[1],
     outcome="review", review="wrong_platform", classification="other",
     imitates="misaddressed request answered by another portal's help desk",
     why="Nate says an FM Korea URL is not found on its own service: not Nate's item, wrong_platform, item stays pending",
     items={F[1]: "pending"})

case(name="fmkorea-asks-documents",
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
     date="Fri, 13 Sep 2024 11:30:00 +0900",
     subject="Re: [KCSC-240912-05] 게시물 삭제 요청",
     reply_to_req=msgid("KCSC-240912-05"),
     body="""안녕하세요, 에펨코리아 운영진입니다.

요청하신 %s, %s 두 게시물 처리를 위해
심의 의결서 사본과 명예훼손 피해 당사자 확인 자료를 보내주시기 바랍니다.
자료 확인 후 조치하겠습니다.""" % (F[1], F[2]),
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="community site asking for supporting documents before acting",
     why="asks for documents, states nothing about the items",
     items={F[1]: "pending", F[2]: "pending"})

case(name="naver-holiday-schedule-no-claims",
     **{"from": "policy-noreply@navercorp.com"}, name_from="NAVER 정책지원",
     date="Wed, 11 Sep 2024 10:00:00 +0900",
     subject="[NAVER] 추석 연휴 기간 시정요구 처리 일정 안내",
     body="""안녕하세요, 네이버 정책지원팀입니다.

추석 연휴(9월 14일~18일) 기간에는 긴급 건을 제외한 시정요구 처리가 지연될 수 있습니다.
연휴 기간 긴급 요청은 기존 담당 창구로 보내주시면 당직자가 확인합니다.

감사합니다.""",
     outcome="review", review="no_claims", classification="other",
     imitates="portal notice of holiday processing schedule",
     why="trusted NAVER mail naming no item and no request: no_claims",
     items={})

case(name="naver-forwarded-cafe-manager",
     **{"from": "cafe-ops@navercorp.com"}, name_from="네이버 카페 운영팀",
     date="Mon, 09 Sep 2024 16:16:16 +0900",
     subject="Fwd: 카페 게시글 삭제 관련 회신",
     reply_to_req=msgid("KCSC-240903-01"),
     body="""안녕하세요. 카페 매니저로부터 받은 회신을 참고로 전달드립니다.
네이버 측 확인은 아직 진행 중입니다.

---------- Forwarded message ---------
From: 토토인포 매니저 <totoinfo777@naver.com>
Date: 2024년 9월 9일 (월) 오후 3:02
Subject: 카페 게시글 삭제 관련 회신
To: 네이버 카페 운영팀 <cafe-ops@navercorp.com>

매니저입니다. 말씀하신 %s 글 제가 삭제했어요.""" % N[5],
     outcome="review", review="forwarded", classification="forwarded",
     imitates="NAVER forwarding a cafe manager's message",
     why="the only statement is a forwarded one from a cafe manager, and NAVER says its own check is still ongoing",
     items={N[5]: "pending"})

case(name="soop-under-review",
     **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
     date="Wed, 11 Sep 2024 09:05:00 +0900",
     subject="Re: [KCSC-240910-04] Request regarding VOD content",
     reply_to_req=msgid("KCSC-240910-04"),
     body="""Hello,

The reported VOD %s is currently under review by our policy team. We will share the outcome as soon as the review is complete.

SOOP Trust & Safety""" % S[1],
     outcome="review", review="not_understood", classification="other",
     imitates="'under review' holding reply naming an item",
     why="under review is no statement; a named item without a status goes to not_understood",
     items={S[1]: "pending"})

# ================================================================ IGNORED
BOUNCE_ORIG = """From: KCSC Takedown <takedown@kcsc.example>
To: report@inven-kr-mail.example
Subject: [KCSC-240919-07] 시정요구 (삭제)
Message-ID: <req.KCSC-240919-07.bad@kcsc.example>
Date: Thu, 19 Sep 2024 14:10:00 +0900
Content-Type: text/plain; charset=utf-8

관리번호: KCSC-240919-07
1. %s
2. %s
""" % (I[1], I[2])
case(name="bounce-gmail-dsn",
     **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
     date="Thu, 19 Sep 2024 14:10:31 +0900",
     subject="Delivery Status Notification (Failure)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="000000000000dsn0919"

--000000000000dsn0919
Content-Type: text/plain; charset=UTF-8

** 주소를 찾을 수 없음 **

report@inven-kr-mail.example 주소를 찾을 수 없거나 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다.

The response was:
550 5.1.1 <report@inven-kr-mail.example>: Recipient address rejected: User unknown

--000000000000dsn0919
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 19 Sep 2024 14:10:00 +0900

Final-Recipient: rfc822; report@inven-kr-mail.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--000000000000dsn0919
Content-Type: message/rfc822

%s
--000000000000dsn0919--
""" % BOUNCE_ORIG,
     outcome="ignored", classification="bounce",
     imitates="Gmail DSN (주소를 찾을 수 없음) returning the request",
     why="delivery failure report; the URLs are in the returned request",
     items={I[1]: "pending", I[2]: "pending"})

case(name="daum-bounce-korean",
     **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System",
     date="Thu, 05 Sep 2024 11:30:20 +0900",
     subject="[메일 전송 실패] [KCSC-240905-02] 의약품 불법 판매 게시물",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="daum-dsn-240905"

--daum-dsn-240905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일이 전송되지 못했습니다.
받는 사람의 메일함 용량이 초과되어 메일을 전달할 수 없습니다.

받는 사람: safety-team@daum.net
원본 메일 제목: [KCSC-240905-02] 의약품 불법 판매 게시물

--daum-dsn-240905
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.daum.net

Final-Recipient: rfc822; safety-team@daum.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--daum-dsn-240905
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: safety-team@daum.net
Subject: =?UTF-8?B?W0tDU0MtMjQwOTA1LTAyXSDsnZjslb3tkogg67aI67KVIO2MkOunpCDqsozsi5zrrLw=?=
Message-ID: <req.KCSC-240905-02@kcsc.example>
Date: Thu, 05 Sep 2024 11:30:00 +0900

--daum-dsn-240905--
""",
     outcome="ignored", classification="bounce",
     imitates="Daum mail server 전송 실패 report (mailbox full)",
     why="bounce of our own request",
     items={})

case(name="naver-ooo-korean",
     **{"from": "kim.sj@navercorp.com"}, name_from="김서준",
     date="Fri, 13 Sep 2024 18:00:02 +0900",
     subject="[자동회신] RE: [KCSC-240903-01] 시정요구 - 불법 도박 홍보 게시물",
     reply_to_req=msgid("KCSC-240903-01"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 김서준입니다.
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 보내주시면 담당자가 확인합니다.

I am out of the office until 19 September with limited access to email.""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean/English out-of-office auto-reply (부재중 자동회신)",
     why="auto-reply, no statement",
     items={})

case(name="fmkorea-ooo-english",
     **{"from": "jhlee@fmkorea.com"}, name_from="Lee Jihoon",
     date="Thu, 12 Sep 2024 10:15:40 +0900",
     subject="Automatic reply: [KCSC-240912-05] 게시물 삭제 요청",
     reply_to_req=msgid("KCSC-240912-05"),
     extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jhlee@fmkorea.com"],
     body="""Thank you for your email. I am out of the office until Monday, September 23, and will reply on my return.
For urgent moderation matters please contact admin@fmkorea.com.""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply' out-of-office",
     why="auto-reply",
     items={})

case(name="daum-mdn-read-receipt",
     **{"from": "hyejin.cho@kakaocorp.com"}, name_from="조혜진",
     date="Fri, 06 Sep 2024 09:01:12 +0900",
     subject="읽음: [KCSC-240905-02] 의약품 불법 판매 게시물",
     reply_to_req=msgid("KCSC-240905-02"),
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_kakao_0906"

--mdn_kakao_0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: 조혜진 <hyejin.cho@kakaocorp.com>
제목: [KCSC-240905-02] 의약품 불법 판매 게시물
읽은 시간: 2024-09-06 09:01

--mdn_kakao_0906
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Outlook
Final-Recipient: rfc822;hyejin.cho@kakaocorp.com
Original-Message-ID: <req.KCSC-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_kakao_0906--
""",
     outcome="ignored", classification="read_receipt",
     imitates="read receipt (MDN, 읽음 확인)",
     why="read receipt only",
     items={})

case(name="soop-ticket-receipt",
     **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
     date="Tue, 10 Sep 2024 14:00:45 +0900",
     subject="[SOOP 고객센터] 문의가 접수되었습니다 - KCSC-240910-04",
     reply_to_req=msgid("KCSC-240910-04"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2024091000123
문의 제목: [KCSC-240910-04] 음란 VOD 및 채널 게시글 삭제 요청

담당자가 확인 후 순서대로 답변드리겠습니다.
답변은 문의하신 이메일 주소로 발송됩니다.

※ 본 메일은 발신 전용입니다.""",
     outcome="ignored", classification="acknowledgement",
     imitates="SOOP help-desk ticket receipt",
     why="pure receipt with a ticket number, no statement",
     items={})

case(name="dc-receipt-korean",
     **{"from": "noreply@dcinside.com"}, name_from="디시인사이드",
     date="Mon, 09 Sep 2024 09:41:05 +0900",
     subject="[디시인사이드] 게시물 삭제 요청 접수 완료",
     reply_to_req=msgid("KCSC-240909-03"),
     body="""게시물 삭제 요청이 정상적으로 접수되었습니다.

접수번호: DC-R-0909-1182
요청 건수: 5건

처리 결과는 등록하신 이메일 주소로 안내됩니다.
처리 기간은 요청 건수와 내용에 따라 달라질 수 있습니다.""",
     outcome="ignored", classification="acknowledgement",
     imitates="DC Inside 삭제 요청 접수 완료 receipt",
     why="acknowledgement only",
     items={})


HEADER = """# Blind set 225 (tests/corpus/blind225/): Korean portals and community sites.
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind225", HEADER, CASES)
