#!/usr/bin/env python3
"""Blind set 819: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, FM Korea, Ppomppu), Korean and English mixed, with
the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind819/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email, URL, name and id is fictional; the expected results were written from
each email's meaning before the reader was ever run on them.
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(s):
    """'2024-09-03 14:22' (KST) -> RFC 5322 date."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST))


def enc(s):
    """RFC 2047-encode a header value (as most Korean mailers do)."""
    return Header(s, "utf-8").encode()


def pct(url):
    """Percent-encode the path of a URL (how the request stores Korean paths)."""
    p = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((p.scheme, p.netloc, urllib.parse.quote(p.path), p.query, p.fragment))


# ---------------------------------------------------------------- requests
# Raw forms (as a person writes them); requests.csv stores pct(raw).
N = {
    1: "https://blog.naver.com/moonlit_trader/223561204871",
    2: "https://blog.naver.com/moonlit_trader/223561299012",
    3: "https://blog.naver.com/hanbit_deals77/223558810345",
    4: "https://cafe.naver.com/sseuregi2020/48213",
    5: "https://cafe.naver.com/sseuregi2020/48377",
    6: "https://cafe.naver.com/bluedawnclub/9921",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122093",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38120457&memberNo=55120931",
    9: "https://blog.naver.com/greenpill_kr/223563370021",
    10: "https://blog.naver.com/greenpill_kr/223563370588",
    11: "https://cafe.naver.com/bluedawnclub/10037",
    12: "https://tv.naver.com/v/58120334",
    13: "https://blog.naver.com/jjangmoon_88/223560019947",
}
D = {
    1: "https://cafe.daum.net/moneytree77/Ht3k/2041",
    2: "https://cafe.daum.net/moneytree77/Ht3k/2058",
    3: "https://byeolbit-note.tistory.com/entry/신규-가입-코드",
    4: "https://haneul-shop.tistory.com/entry/정품-대리-구매",
}
C = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812034",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812771",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_free&no=331902",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coin_free&no=332415",
    5: "https://gall.dcinside.com/mini/board/view/?id=nightowl&no=1207",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131420887",
    2: "https://vod.sooplive.co.kr/player/131422015",
    3: "https://ch.sooplive.co.kr/hotbj9090/post/88123410",
}
F = {
    1: "https://www.fmkorea.com/7341209981",
    2: "https://www.fmkorea.com/best/7341255120",
}
T = {
    1: "https://pann.nate.com/talk/372118450",
    2: "https://pann.nate.com/talk/372120913",
}
P = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120345",
}

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[i] for i in range(1, 14)], "gambling", "불법 도박 홍보 게시물 (블로그·카페·지식iN·포스트·TV)"),
    ("KCSC-240903-02", "daum", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     [D[i] for i in range(1, 5)], "illegal_trade", "다음 카페·티스토리 불법 거래 게시물"),
    ("KCSC-240904-03", "dcinside", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [C[i] for i in range(1, 6)], "privacy", "개인정보 노출 게시물"),
    ("KCSC-240905-04", "soop", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     [S[i] for i in range(1, 4)], "obscenity", "음란 VOD 및 방송국 게시글"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [F[i] for i in range(1, 3)], "drugs", "마약류 판매 광고"),
    ("KCSC-240909-06", "nate", "2024-09-09T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [T[i] for i in range(1, 3)], "defamation", "네이트판 명예훼손 게시물"),
    ("KCSC-240910-07", "ppomppu", "2024-09-10T15:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [P[1]], "gambling", "불법 도박 사이트 홍보"),
]


def mid(ref):
    return "kcsc.%s.b819" % ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, pct(u), cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def E(url):
    """The URL exactly as requests.csv holds it (for expected.toml)."""
    return pct(url)


def req_lines(ref, prefix=""):
    """Our request email's text, as quoted back by a platform."""
    for r in REQUESTS:
        if r[0] == ref:
            urls = r[4]
    out = [
        "안녕하십니까. 방송통신심의위원회 통신심의국입니다.",
        "아래 정보에 대하여 정보통신망법 제44조의7에 따른 시정요구(삭제)를 하오니",
        "조치 후 그 결과를 회신하여 주시기 바랍니다. (요청번호 %s)" % ref,
        "",
    ]
    for i, u in enumerate(urls, 1):
        out.append("%d. %s" % (i, pct(u)))
    out += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in out)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED

case(
    name="naver-gsc-numbered-blind",
    **{"from": "noreply-right@navercorp.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    date=d("2024-09-03 15:02"),
    subject=enc("[NAVER] 시정요구(KCSC-240902-01) 1차 조치 결과 안내"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 게시중단요청서비스 담당자입니다.

귀 위원회에서 2024년 9월 2일 요청하신 시정요구(KCSC-240902-01)에 대하여
1차 조치 결과를 아래와 같이 안내드립니다.

1. {N[1]}
   - 조치 결과: 블라인드 처리 (2024.09.03 14:10)
2. {N[2]}
   - 조치 결과: 블라인드 처리 (2024.09.03 14:10)
3. {N[3]}
   - 조치 결과: 임시조치 (30일)

나머지 게시물은 확인 중이며, 처리되는 대로 다시 안내드리겠습니다.
게시중단 기준은 https://right.naver.com/policy 에서 확인하실 수 있습니다.

감사합니다.
네이버 게시중단요청서비스 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice (numbered list, 조치 결과 line under each URL)",
    why="Three items named with unhedged results: two 블라인드 (removed), one 임시조치 (restricted); the rest 'being checked' names nothing.",
    items={E(N[1]): "removed", E(N[2]): "removed", E(N[3]): "restricted"},
)

case(
    name="naver-cafe-html-table",
    **{"from": "cafe_policy@navercorp.com"},
    name_from=enc("네이버 카페 운영팀"),
    date=d("2024-09-04 11:40"),
    subject=enc("RE: 시정요구 KCSC-240902-01 카페 게시물 처리 결과"),
    reply_to_req=mid("KCSC-240902-01"),
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 카페 운영팀입니다.</p>
<p>요청번호 KCSC-240902-01 중 카페 게시물 3건의 처리 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>번호</th><th>게시물 URL</th><th>조치 내용</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N[4]}">{N[4]}</a></td><td>삭제</td><td>불법 도박 홍보</td></tr>
<tr><td>2</td><td><a href="{N[5]}">{N[5]}</a></td><td>해당 없음</td><td>게시물 없음 (작성자가 이미 삭제함)</td></tr>
<tr><td>3</td><td><a href="{N[6]}">{N[6]}</a></td><td>유지</td><td>카페 운영원칙 및 관련 법령 위반 사항이 확인되지 않음</td></tr>
</table>
<p>문의 사항은 회신 주시기 바랍니다.<br>네이버 카페 운영팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe operations team result table (HTML, 조치 내용 / 비고 columns)",
    why="HTML table: 48213 deleted; 48377 already deleted by its author (not_found, 조치 '해당 없음', 비고 '게시물 없음'); 9921 kept as no rule is broken (rejected).",
    items={E(N[4]): "removed", E(N[5]): "not_found", E(N[6]): "rejected"},
)

case(
    name="naver-legal-english-prose",
    **{"from": "legal-notice@navercorp.com"},
    name_from="NAVER Legal",
    date=d("2024-09-05 17:25"),
    subject="Re: Correction request KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Dear Korea Communications Standards Commission,

Thank you for your correction request KCSC-240902-01.

Following our review, the Knowledge iN question at
{N[7]} has been deleted for violating our operating policy on gambling
promotion.

For the NAVER Post at {N[8]}, access from the Republic of Korea has been
restricted in accordance with applicable law.

The video clip at {N[12]} was reviewed by our team, and we found no
violation of our policies or of Korean law. It will therefore remain
available.

If you have questions, please reply to this email.

Best regards,
Hyejin Seo
Legal Affairs, NAVER Corporation
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER legal team English reply to a regulator (prose, one paragraph per item)",
    why="Kin question deleted (removed), Post restricted in Korea (restricted), TV clip kept because no violation (rejected).",
    items={E(N[7]): "removed", E(N[8]): "restricted", E(N[12]): "rejected"},
)

_csv = "\ufeff게시물URL,조치결과,처리일시,비고\n" + "\n".join([
    f"{N[9]},삭제,2024-09-05 10:12,",
    f"{N[10]},삭제,2024-09-05 10:12,",
    f"{N[11]},게시물 없음,2024-09-05 10:20,작성자 삭제",
    f"{N[13]},임시조치,2024-09-05 10:31,30일 게시중단 후 재게시 심사",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "right@navercorp.com"},
    name_from=enc("NAVER 권리보호센터"),
    date=d("2024-09-05 10:45"),
    subject=enc("[네이버] KCSC-240902-01 처리 결과 송부"),
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_8812_a"

--=_nv_8812_a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 권리보호센터입니다.

요청번호 KCSC-240902-01 중 블로그·카페 게시물 4건의 처리 결과를
첨부 파일(CSV)로 송부드립니다. 확인 부탁드립니다.

감사합니다.

--=_nv_8812_a
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_nv_8812_a--
""",
    outcome="applied", classification="confirmation",
    imitates="Portal rights-protection desk sending results as an Excel-style UTF-8 CSV attachment",
    why="CSV rows: two 삭제 (removed), one 게시물 없음/작성자 삭제 (not_found), one 임시조치 (restricted).",
    items={E(N[9]): "removed", E(N[10]): "removed", E(N[11]): "not_found", E(N[13]): "restricted"},
)

case(
    name="naver-top-posted-over-request",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d("2024-09-03 09:15"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

아래 요청 건 중 {N[3]} 게시물은
블로그 운영정책 위반으로 삭제 조치하였습니다.
나머지 건은 검토가 끝나는 대로 회신드리겠습니다.

감사합니다.

2024년 9월 2일 (월) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{req_lines("KCSC-240902-01", "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted Korean correction request",
    why="Only hanbit_deals77 is stated deleted above the quote; the other URLs appear only in the quoted request and stay pending.",
    items={E(N[3]): "removed", E(N[1]): "pending", E(N[4]): "pending", E(N[7]): "pending"},
)

_qp_body = f"""안녕하세요. 네이버 서비스 운영팀입니다.

시정요구 KCSC-240902-01 관련하여 아래와 같이 조치하였음을 알려드립니다.

■ {N[12]} → 동영상 비공개 처리 완료
■ {N[6]} → 카페 게시글 블라인드 처리 완료

처리 기준에 대한 안내: https://help.naver.com/service/5607

감사합니다.
"""
case(
    name="naver-qp-private-and-blind",
    **{"from": "service_ops@navercorp.com"},
    name_from=enc("네이버 서비스 운영팀"),
    date=d("2024-09-06 16:20"),
    subject=enc("[네이버] 요청하신 게시물 조치 안내 (KCSC-240902-01)"),
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER service notice in quoted-printable (■ URL → result lines)",
    why="Video made private (비공개 처리 = removed) and cafe post blinded (removed); the help link is not an item.",
    items={E(N[12]): "removed", E(N[6]): "removed"},
)

case(
    name="kakao-tistory-korean-paths",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d("2024-09-04 14:05"),
    subject=enc("[카카오] 게시물 조치 결과 안내 (KCSC-240903-02)"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회의 시정요구(KCSC-240903-02)에 따라
티스토리 게시물 2건에 대하여 다음과 같이 조치하였습니다.

● 대상: {D[3]}
  조치: 임시조치 (게시물 접근 30일 차단)

● 대상: {D[4]}
  조치: 게시물 삭제

다음 카페 게시물 2건은 카페 운영팀에서 별도로 회신드릴 예정입니다.

카카오 권리침해신고센터 드림
https://cs.kakao.com/helps?service=52
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result notice for Tistory posts (raw Korean slugs in URLs)",
    why="Raw Korean-path URLs match the percent-encoded request URLs: one 임시조치 (restricted), one deleted (removed); the cafe posts are only promised a later reply.",
    items={E(D[3]): "restricted", E(D[4]): "removed"},
)

case(
    name="daum-cafe-angle-brackets",
    **{"from": "cafe_help@daum.net"},
    name_from=enc("Daum 카페 운영팀"),
    date=d("2024-09-05 13:33"),
    subject=enc("RE: 시정요구 KCSC-240903-02 다음 카페 게시물"),
    reply_to_req=mid("KCSC-240903-02"),
    body="""
안녕하세요. Daum 카페 운영팀입니다.

요청하신 카페 게시물 처리 결과입니다.

<https://cafe.daum.net/moneytree77/Ht3k/2041> : 카페 운영정책 위반(불법 거래)으로 삭제했습니다.
<https://cafe.daum.net/moneytree77/Ht3k/2058> : 해당 게시글은 존재하지 않습니다. 작성자가 이미 삭제한 글로 확인됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe operations reply, URLs in angle brackets followed by ' : result'",
    why="2041 deleted (removed); 2058 does not exist, deleted by its author (not_found).",
    items={E(D[1]): "removed", E(D[2]): "not_found"},
)

case(
    name="dc-operator-delete-list",
    **{"from": "help@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d("2024-09-05 18:02"),
    subject=enc("[디시인사이드] 시정요구 KCSC-240904-03 처리 결과"),
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물 5건에 대한 처리 결과를 안내해 드립니다.

- {C[1]}
  → 운영자 삭제
- {C[2]}
  → 운영자 삭제
- {C[3]}
  → 작성자 삭제로 이미 존재하지 않는 게시물입니다.
- {C[4]}
  → 삭제 불가: 게시물 내용상 개인정보 노출이 확인되지 않아 유지합니다.
- {C[5]}
  → 성인 인증 게시물로 전환 (19세 미만 접근 제한)

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 result list (bullet URL, arrow result on the line below)",
    why="Two 운영자 삭제 (removed), one already deleted by its author (not_found), one kept with a reason (rejected), one age-gated (restricted).",
    items={E(C[1]): "removed", E(C[2]): "removed", E(C[3]): "not_found",
           E(C[4]): "rejected", E(C[5]): "restricted"},
)

case(
    name="dc-particles-fullwidth",
    **{"from": "jhlee@dcinside.com"},
    name_from=enc("이정훈 (디시인사이드)"),
    date=d("2024-09-06 15:48"),
    subject=enc("회신: KCSC-240904-03"),
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
위원회 담당자님께,

요청하신 건 중 {C[1]}에 대해서는 오늘 오후 삭제 처리했습니다.
또한 코인 마이너 갤러리 게시물（{C[4]}）도 매니저 협조로 삭제 완료했습니다．

나머지 3건은 내일 중으로 확인해서 따로 말씀드릴게요.

이정훈 드림
디시인사이드 운영지원
""",
    outcome="applied", classification="confirmation",
    imitates="Individual DC Inside staff reply in casual Korean (particle glued to URL, full-width brackets)",
    why="8812034 (followed directly by 에) and 332415 (inside full-width brackets) are stated deleted; the other three are only promised.",
    items={E(C[1]): "removed", E(C[4]): "removed"},
)

case(
    name="soop-english-vod-list",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date=d("2024-09-06 10:05"),
    subject="Re: KCSC-240905-04 correction request",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
Hello,

We have completed our review of request KCSC-240905-04.

The following VODs were deleted from SOOP for violating our
Community Guidelines (sexual content):
- {S[1]}
- {S[2]}

The channel post {S[3]} has been set to 19+
(age-restricted). Users under 19 or not signed in can no longer view it.

Guidelines: https://www.sooplive.co.kr/policy/community

SOOP Trust & Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) trust-and-safety English outcome email",
    why="Two VODs deleted (removed) under one heading; channel post age-restricted (restricted); the policy link is not an item.",
    items={E(S[1]): "removed", E(S[2]): "removed", E(S[3]): "restricted"},
)

case(
    name="soop-legacy-afreecatv-domain",
    **{"from": "cs@afreecatv.com"},
    name_from=enc("아프리카TV 고객센터"),
    date=d("2024-09-07 11:11"),
    subject=enc("[SOOP] 시정요구 KCSC-240905-04 회신"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
안녕하세요. SOOP(구 아프리카TV) 고객센터입니다.

요청하신 방송국 게시글({S[3]})은
운영정책 위반으로 삭제 조치되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP customer centre reply still sent from the legacy AfreecaTV domain",
    why="afreecatv.com is one of SOOP's sender domains; the channel post is stated deleted (removed).",
    items={E(S[3]): "removed"},
)

case(
    name="fmkorea-delete-and-keep",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영팀"),
    date=d("2024-09-07 20:41"),
    subject=enc("RE: [방심위] 시정요구 KCSC-240906-05"),
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
안녕하세요 에펨코리아 운영팀입니다.

{F[1]} : 삭제 처리 및 작성자 이용 정지
{F[2]} : 유지 (마약류 판매 광고가 아닌 관련 뉴스 기사 공유 글로, 커뮤니티 규정 및 법령 위반 사항 확인되지 않음)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea admin reply, one 'URL : result' line per item",
    why="First post deleted (removed); second kept with a reason (rejected).",
    items={E(F[1]): "removed", E(F[2]): "rejected"},
)

case(
    name="nate-pann-korean",
    **{"from": "helpdesk@nate.com"},
    name_from=enc("네이트 고객센터"),
    date=d("2024-09-10 14:30"),
    subject=enc("[네이트] 시정요구(KCSC-240909-06) 처리 결과 안내"),
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
안녕하세요. 네이트 고객센터입니다.

1) {T[1]}
   처리결과 : 삭제 완료
2) {T[2]}
   처리결과 : 해당 글은 존재하지 않는 게시물입니다. (삭제되었거나 잘못된 주소)

항상 네이트를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Nate (SK Communications) helpdesk 처리결과 notice",
    why="First talk post deleted (removed); second does not exist (not_found).",
    items={E(T[1]): "removed", E(T[2]): "not_found"},
)

case(
    name="ppomppu-sole-no-url",
    **{"from": "admin@ppomppu.co.kr"},
    name_from=enc("뽐뿌 운영자"),
    date=d("2024-09-11 09:02"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240910-07"),
    reply_to_req=mid("KCSC-240910-07"),
    body="""
안녕하세요.
요청하신 게시물은 확인 후 삭제 처리하였습니다.
감사합니다.

뽐뿌 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Short reply from a community-site admin naming no URL, answering a one-item request",
    why="Reply in the thread of a one-item request with an unhedged 'deleted': applies to that item.",
    items={E(P[1]): "removed"},
)

case(
    name="naver-wrapped-post-url",
    **{"from": "legal-notice@navercorp.com"},
    name_from="NAVER Legal",
    date=d("2024-09-06 18:10"),
    subject="Re: Correction request KCSC-240902-01 (NAVER Post)",
    reply_to_req=mid("KCSC-240902-01"),
    body="""
Dear KCSC,

The following NAVER Post has been made unavailable to users in Korea:
https://post.naver.com/viewer/postView.naver?volumeNo=38120457&
memberNo=55120931

It remains visible outside Korea, where it was not found to be unlawful.

Kind regards,
NAVER Legal
""",
    outcome="applied", classification="confirmation",
    imitates="English legal reply from a hard-wrapping mail client (URL broken after '&')",
    why="The wrapped Post URL is withheld in Korea only (restricted).",
    items={E(N[8]): "restricted"},
)

_html_b64 = f"""<html><body>
<p>안녕하세요, 네이버 블로그팀입니다.</p>
<p>시정요구 <b>KCSC-240902-01</b>에 대한 블로그 게시물 조치 결과입니다.</p>
<ul>
<li><a href="{N[1]}">{N[1]}</a> - 게시물 삭제</li>
<li><a href="{N[9]}">{N[9]}</a> - 게시물 삭제</li>
<li><a href="{N[13]}">{N[13]}</a> - 비공개 처리</li>
</ul>
<p>※ 블로그 운영정책: <a href="https://section.blog.naver.com/Policy.naver">바로가기</a></p>
<p>네이버 블로그팀 드림</p>
</body></html>
"""
case(
    name="naver-base64-html-list",
    **{"from": "blog_help@navercorp.com"},
    name_from=enc("네이버 블로그팀"),
    date=d("2024-09-04 17:55"),
    subject=enc("[네이버 블로그] 게시물 조치 결과 (KCSC-240902-01)"),
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="nvblog_b64_01"

--nvblog_b64_01
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_html_b64)}
--nvblog_b64_01--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Blog team HTML notice, base64-encoded, only an HTML part",
    why="Two posts deleted and one made private (all removed); the policy link is not an item.",
    items={E(N[1]): "removed", E(N[9]): "removed", E(N[13]): "removed"},
)

case(
    name="daum-receipt-plus-result",
    **{"from": "cs_noreply@daum.net"},
    name_from=enc("Daum 고객센터"),
    date=d("2024-09-04 09:48"),
    subject=enc("[Daum 고객센터] 신고 접수 및 처리 결과 안내"),
    body="""
안녕하세요. Daum 고객센터입니다.

고객님의 신고가 정상 접수되었습니다. (접수번호 D-20240904-55812)

검토 결과 아래 게시물은 카페 운영정책 위반으로 삭제되었습니다.
https://cafe.daum.net/moneytree77/Ht3k/2041

신고해 주셔서 감사합니다.
본 메일은 발신전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre receipt that already carries the outcome",
    why="An acknowledgement phrase followed by an unhedged 'deleted' for a named item: a confirmation, not an acknowledgement.",
    items={E(D[1]): "removed"},
)

case(
    name="dc-gmail-quoted-request",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    date=d("2024-09-09 10:20"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240904-03"),
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
추가 회신드립니다.

- {C[5]} : 해당 미니 갤러리가 폐쇄되어 게시물이 더 이상 존재하지 않습니다.
- {C[4]} : 삭제했습니다.

2024년 9월 4일 (수) 오전 11:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{req_lines("KCSC-240904-03", "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Follow-up reply from a report desk over Gmail quoting ('님이 작성:' and '> ' lines)",
    why="nightowl/1207 no longer exists (not_found), coin_free/332415 deleted (removed); the others appear only in the quote.",
    items={E(C[5]): "not_found", E(C[4]): "removed", E(C[1]): "pending", E(C[2]): "pending"},
)

case(
    name="soop-outlook-quoted-request",
    **{"from": "partner@sooplive.co.kr"},
    name_from=enc("SOOP 대외협력팀"),
    date=d("2024-09-06 19:03"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
안녕하세요, SOOP 대외협력팀 한소영입니다.

{S[1]} — 삭제 완료
{S[2]} — BJ가 직접 삭제하여 현재 존재하지 않는 VOD입니다.

방송국 게시글 건은 확인 후 회신드리겠습니다.

한소영 드림

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 9:30 AM
To: partner@sooplive.co.kr
Subject: [방송통신심의위원회] 시정요구 KCSC-240905-04

{req_lines("KCSC-240905-04")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply (-----Original Message----- with the request below, not '>'-quoted)",
    why="First VOD deleted (removed), second deleted by the streamer herself (not_found); the channel post is only in the quote and a promise.",
    items={E(S[1]): "removed", E(S[2]): "not_found", E(S[3]): "pending"},
)

case(
    name="fmkorea-one-done-one-checking",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영팀"),
    date=d("2024-09-08 12:16"),
    subject=enc("RE: [방심위] 시정요구 KCSC-240906-05 (1차)"),
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
안녕하세요.

포텐 게시판 글 {F[2]} 은 삭제했습니다.
{F[1]} 은 아직 확인 중입니다. 확인되는 대로 다시 연락드리겠습니다.

에펨코리아 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea first partial answer (one item done, one still being checked)",
    why="best/7341255120 deleted (removed); 7341209981 'still being checked' stays pending.",
    items={E(F[2]): "removed", E(F[1]): "pending"},
)

case(
    name="naver-tv-age-gate",
    **{"from": "tvcast_ops@navercorp.com"},
    name_from=enc("네이버TV 운영팀"),
    date=d("2024-09-05 15:37"),
    subject=enc("RE: 시정요구 KCSC-240902-01 네이버TV 영상"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버TV 운영팀입니다.

{N[12]} 영상은 19세 이상 시청 가능하도록 연령 제한을 설정했습니다.
함께 문의하신 카페 게시물({N[4]})은 해당 카페 매니저에게 검토를 요청해 두었습니다.

네이버TV 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER TV operations reply (age restriction; a second item passed to a cafe manager)",
    why="The clip is age-restricted (restricted); the cafe post was only passed on for review (pending).",
    items={E(N[12]): "restricted", E(N[4]): "pending"},
)

case(
    name="nate-english-taken-down",
    **{"from": "abuse@nate.com"},
    name_from="Nate Abuse Desk",
    date=d("2024-09-11 10:55"),
    subject="[Ticket NT-88120] KCSC-240909-06",
    body=f"""
Hello,

Pann post {T[2]} has been taken down as of Sep 11, 2024 10:40 KST
following your correction request KCSC-240909-06.

Regards,
Nate Abuse Desk
SK Communications
""",
    outcome="applied", classification="confirmation",
    imitates="Nate abuse-desk English ticket reply",
    why="One named Pann post taken down (removed).",
    items={E(T[2]): "removed"},
)

case(
    name="daum-text-table",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d("2024-09-06 11:22"),
    subject=enc("[카카오] KCSC-240903-02 최종 처리 결과"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.
요청번호 KCSC-240903-02의 최종 처리 결과를 아래 표로 정리해 드립니다.

No | 게시물 주소                                               | 처리결과
---+-----------------------------------------------------------+----------
1  | {D[1]}              | 삭제
2  | {D[2]}              | 삭제
3  | {D[3]}       | 임시조치
4  | {D[4]}       | 게시물 없음

※ 임시조치된 게시물은 30일 동안 게시가 중단됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao final result as a plain-text pipe table",
    why="Two 삭제 (removed), one 임시조치 (restricted), one 게시물 없음 (not_found).",
    items={E(D[1]): "removed", E(D[2]): "removed", E(D[3]): "restricted", E(D[4]): "not_found"},
)

case(
    name="naver-statement-above-urls",
    **{"from": "right@navercorp.com"},
    name_from=enc("NAVER 권리보호센터"),
    date=d("2024-09-06 14:14"),
    subject=enc("[네이버] KCSC-240902-01 추가 처리 결과"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

아래 게시물은 불법 도박 홍보로 확인되어 게시중단(블라인드) 처리되었습니다.
{N[5]}
{N[11]}

아래 게시물은 검토 결과 위반 사항이 확인되지 않아 게시를 유지합니다.
{N[2]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER notice with the statement above a group of bare URLs",
    why="Two cafe posts under the 게시중단(블라인드) heading (removed); one blog post under the 'no violation, kept' heading (rejected).",
    items={E(N[5]): "removed", E(N[11]): "removed", E(N[2]): "rejected"},
)

case(
    name="naver-temporary-measure-30days",
    **{"from": "noreply-right@navercorp.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    date=d("2024-09-04 10:02"),
    subject=enc("[NAVER] 임시조치 안내 (KCSC-240902-01)"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시물 {N[10]} 은(는)
정보통신망법 제44조의2에 따라 임시조치(30일간 게시중단)되었습니다.
게시자가 30일 이내에 재게시를 요청하지 않으면 해당 게시물은 삭제됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice (30-day hold, deletion if no appeal)",
    why="임시조치 now in force (restricted); the later deletion is conditional and not a statement.",
    items={E(N[10]): "restricted"},
)

# ================================================================= REVIEW

case(
    name="naver-promise-korean",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d("2024-09-02 16:40"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 {N[1]}, {N[2]} 게시물은
내부 검토 후 조치될 예정입니다.
처리 결과는 영업일 기준 3일 이내에 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Portal reply promising action after internal review",
    why="Names two items but only promises action ('조치될 예정'): nothing stated, review.",
    items={E(N[1]): "pending", E(N[2]): "pending"},
)

case(
    name="dc-hedge-appears-deleted",
    **{"from": "help@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d("2024-09-04 17:20"),
    subject=enc("RE: 시정요구 KCSC-240904-03 문의"),
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{C[1]} 글은 이미 삭제된 것으로 보입니다.
{C[2]} 는 담당자가 검토 중입니다.

확인되는 대로 정식으로 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Community-site first answer with a hedge ('삭제된 것으로 보입니다') and 'under review'",
    why="'appears to have been deleted' is a hedge and 'being reviewed' is no statement: both items stay pending.",
    items={E(C[1]): "pending", E(C[2]): "pending"},
)

case(
    name="naver-bulk-korean",
    **{"from": "right@navercorp.com"},
    name_from=enc("NAVER 권리보호센터"),
    date=d("2024-09-07 10:30"),
    subject=enc("[네이버] KCSC-240902-01 조치 완료 안내"),
    reply_to_req=mid("KCSC-240902-01"),
    body="""
안녕하세요. 네이버 권리보호센터입니다.

KCSC-240902-01 건으로 요청하신 게시물 13건 전체에 대해
게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Portal 'all N items actioned' summary naming no URL",
    why="A statement about all 13 items of a multi-item request without naming them: bulk, review.",
    items={E(N[i]): "pending" for i in range(1, 14)},
)

case(
    name="kakao-bulk-english",
    **{"from": "global-policy@kakaocorp.com"},
    name_from="Kakao Policy",
    date=d("2024-09-06 09:05"),
    subject="Re: Correction request KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body="""
Dear KCSC team,

All of the content you reported under request KCSC-240903-02 has been
removed from Daum Cafe and Tistory.

Best regards,
Kakao Policy Team
""",
    outcome="review", review="bulk",
    imitates="English 'all reported content removed' reply",
    why="Covers all four items of the request without naming any: bulk, review.",
    items={E(D[i]): "pending" for i in range(1, 5)},
)

case(
    name="soop-dmarc-fail",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    auth="fail",
    date=d("2024-09-06 02:14"),
    subject="Re: KCSC-240905-04 correction request",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
Hello,

The VOD {S[1]} has been deleted.

SOOP Trust & Safety Team
""",
    outcome="review", review="untrusted",
    imitates="Plausible SOOP outcome failing DKIM/SPF/DMARC",
    why="Claims a SOOP deletion but the sender domain fails authentication: untrusted, no change.",
    items={E(S[1]): "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "coinfree.manager@gmail.com"},
    name_from=enc("코인 갤러리 매니저"),
    date=d("2024-09-05 22:47"),
    subject=enc("디시 코인 마이너갤 글 삭제했습니다 (KCSC-240904-03)"),
    body=f"""
안녕하세요. 디시인사이드 코인 마이너 갤러리 매니저입니다.
운영팀에서 전달받은 요청 건 중 저희 갤러리 글 두 개 삭제했습니다.

{C[3]}
{C[4]}

혹시 더 필요한 거 있으면 여기로 연락 주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="Volunteer minor-gallery manager writing from a personal webmail address",
    why="Not DC Inside's sender domain: an unknown sender stating deletions, review.",
    items={E(C[3]): "pending", E(C[4]): "pending"},
)

case(
    name="naver-about-daum-search",
    **{"from": "search_policy@navercorp.com"},
    name_from=enc("네이버 검색 정책팀"),
    date=d("2024-09-04 16:00"),
    subject=enc("[네이버] 검색 결과 삭제 안내"),
    body=f"""
안녕하세요. 네이버 검색 정책팀입니다.

위원회에서 다른 사업자에게 시정요구하신 게시물 중 네이버 검색에 노출되던
{D[2]} 는
네이버 검색 결과에서 삭제되었습니다.

원문 게시물의 삭제는 해당 서비스 사업자에게 문의해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Search engine de-listing notice about another portal's post",
    why="NAVER states a status for a Daum Cafe item (and only its search listing): wrong platform, no change.",
    items={E(D[2]): "pending"},
)

case(
    name="nate-contact-change-notice",
    **{"from": "helpdesk@nate.com"},
    name_from=enc("네이트 고객센터"),
    date=d("2024-09-12 10:00"),
    subject=enc("[네이트] 기관 요청 접수 창구 변경 안내"),
    body="""
안녕하세요. 네이트 고객센터입니다.

2024년 10월 1일부터 수사기관 및 행정기관의 게시물 조치 요청 접수 창구가
아래와 같이 변경됩니다.

- 변경 전: helpdesk@nate.com
- 변경 후: gov-request@nate.com

기존 접수 건은 종전대로 처리됩니다. 업무에 참고하시기 바랍니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Platform circular to authorities about a new intake address",
    why="Trusted Nate email that names no item and references no request: no_claims.",
    items={},
)

case(
    name="fmkorea-asks-official-letter",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영팀"),
    date=d("2024-09-06 18:30"),
    subject=enc("RE: [방심위] 시정요구 KCSC-240906-05"),
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
안녕하세요, 에펨코리아 운영팀입니다.

{F[1]} 게시물 조치를 위해 시정요구 공문(기관 직인 포함)을 PDF로
보내주시기 바랍니다. 공문 확인 후 바로 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Community site asking for the official stamped letter before acting",
    why="Asks for a document before acting; no statement about the item.",
    items={E(F[1]): "pending"},
)

case(
    name="soop-under-review-english",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date=d("2024-09-05 15:40"),
    subject="Re: KCSC-240905-04 correction request",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
Hello,

Thank you for contacting SOOP. The VOD {S[2]} is currently under
review by our policy team. We will update you once a decision has been made.

SOOP Trust & Safety Team
""",
    outcome="review", review="not_understood",
    imitates="English 'currently under review' holding reply naming an item",
    why="Names an item but 'under review' is not a status: pending, review.",
    items={E(S[2]): "pending"},
)

case(
    name="kcsc-colleague-forward",
    **{"from": "mjkim@kcsc.example"},
    name_from=enc("김민지"),
    date=d("2024-09-10 15:12"),
    subject=enc("Fwd: [네이트] 시정요구(KCSC-240909-06) 처리 결과 안내"),
    body=f"""
담당자님, 제 개인 메일함으로 잘못 온 회신이라 전달드립니다.

---------- Forwarded message ---------
보낸사람: 네이트 고객센터 <helpdesk@nate.com>
Date: 2024년 9월 10일 (화) 오후 2:05
Subject: [네이트] 시정요구(KCSC-240909-06) 처리 결과 안내
To: 김민지 <mjkim@kcsc.example>

안녕하세요. 네이트 고객센터입니다.

{T[1]}
처리결과 : 삭제 완료
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Colleague forwarding a platform reply that reached her personal inbox",
    why="The platform's statement arrives only inside a forward from our own staff: review, not applied.",
    items={E(T[1]): "pending"},
)

case(
    name="naver-hedge-english-author",
    **{"from": "legal-notice@navercorp.com"},
    name_from="NAVER Legal",
    date=d("2024-09-04 19:20"),
    subject="Re: Correction request KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Dear KCSC,

Regarding {N[13]}: this post may have been removed by
its author before our review, but we have not yet been able to confirm this
with the Blog team. We will get back to you.

NAVER Legal
""",
    outcome="review", review="not_understood",
    imitates="English hedge ('may have been removed by its author')",
    why="'may have been removed' is explicitly unconfirmed: no statement, review.",
    items={E(N[13]): "pending"},
)

# ================================================================= IGNORED

case(
    name="naver-ooo-korean",
    **{"from": "jiwoo.park@navercorp.com"},
    name_from=enc("박지우"),
    date=d("2024-09-09 08:01"),
    subject=enc("[자동응답] 부재중입니다: 시정요구 KCSC-240902-01 독촉"),
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박지우입니다.
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
시정요구 관련 긴급 문의는 policy@navercorp.com 으로 보내주시기 바랍니다.

* 이 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (Auto-Submitted: auto-replied)",
    why="An out-of-office reply: ignored even though it references the request.",
    items={},
)

case(
    name="dc-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.dcinside.com"},
    name_from="Mail Delivery System",
    date=d("2024-09-04 11:01"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B2D11C0E.1725415260/mx.dcinside.com"

--B2D11C0E.1725415260/mx.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-old@dcinside.com>: host mx.dcinside.com[192.0.2.41] said: 550 5.1.1
    <legal-old@dcinside.com>: Recipient address rejected: User unknown

--B2D11C0E.1725415260/mx.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dcinside.com
Arrival-Date: {d("2024-09-04 11:00")}

Final-Recipient: rfc822; legal-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--B2D11C0E.1725415260/mx.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: takedown@kcsc.example
To: legal-old@dcinside.com
Subject: {enc("[방송통신심의위원회] 시정요구 KCSC-240904-03")}
Message-ID: <{mid("KCSC-240904-03")}@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{req_lines("KCSC-240904-03")}

--B2D11C0E.1725415260/mx.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report, delivery-status, original request returned)",
    why="A bounce: the URLs are only in the returned request.",
    items={E(C[1]): "pending", E(C[3]): "pending"},
)

case(
    name="kakao-mdn-read-receipt",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d("2024-09-03 11:14"),
    subject=enc("읽음: [방송통신심의위원회] 시정요구 KCSC-240903-02"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_MDN_kakao_240903"

------=_MDN_kakao_240903
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: right@kakaocorp.com
제목: [방송통신심의위원회] 시정요구 KCSC-240903-02
읽은 시간: 2024-09-03 (화) 11:14

------=_MDN_kakao_240903
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <{mid("KCSC-240903-02")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_kakao_240903--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, '읽음:' subject)",
    why="A read receipt says nothing about items.",
    items={},
)

case(
    name="soop-ticket-receipt-echo",
    **{"from": "noreply@sooplive.co.kr"},
    name_from=enc("SOOP 고객센터"),
    date=d("2024-09-05 09:31"),
    subject=enc("[SOOP 고객센터] 1:1 문의가 접수되었습니다 (접수번호 SQ-2409-771203)"),
    body=f"""
안녕하세요. SOOP 고객센터입니다.
고객님의 1:1 문의가 정상적으로 접수되었습니다.

■ 접수번호: SQ-2409-771203
■ 문의유형: 신고 > 음란물
■ 문의내용:
  [KCSC-240905-04] 아래 VOD 및 게시글의 삭제를 요청합니다.
  {S[1]}
  {S[2]}
  {S[3]}

답변은 영업일 기준 1~3일 이내에 메일로 안내됩니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Helpdesk ticket receipt echoing the submitted report",
    why="Pure receipt: the URLs are our own report echoed back, no statement about them.",
    items={E(S[1]): "pending", E(S[2]): "pending", E(S[3]): "pending"},
)

case(
    name="nate-ooo-english",
    **{"from": "daniel.cho@nate.com"},
    name_from="Daniel Cho",
    date=d("2024-09-09 10:01"),
    subject="Automatic reply: [KCSC] Correction request KCSC-240909-06",
    reply_to_req=mid("KCSC-240909-06"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: daniel.cho@nate.com"],
    body="""
Thank you for your email. I am out of the office for the Chuseok holidays
until Thursday, September 19, with limited access to email.

For urgent removal requests please contact helpdesk@nate.com.

Daniel Cho
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office (Chuseok holidays)",
    why="An out-of-office auto-reply.",
    items={},
)

case(
    name="naver-ack-english",
    **{"from": "legal-notice@navercorp.com"},
    name_from="NAVER Legal",
    date=d("2024-09-02 10:06"),
    subject="[NV-2024-0902-11873] We have received your request",
    reply_to_req=mid("KCSC-240902-01"),
    body="""
Dear Sir or Madam,

We have received your request (KCSC-240902-01). Case number
NV-2024-0902-11873 has been assigned to it.

Our team will review the reported content and reply to you as soon as
possible. Please keep the case number in the subject of any follow-up.

NAVER Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Ticket-system receipt assigning a case number",
    why="A pure acknowledgement with a case number: ignored.",
    items={},
)

case(
    name="fmkorea-bounce-mailbox-full",
    **{"from": "mailer-daemon@fmkorea.com"},
    name_from="Mail Delivery Subsystem",
    date=d("2024-09-09 14:05"),
    subject=enc("메일 전송 실패 안내 (Delivery Status Notification)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
보내신 메일이 다음 수신자에게 전달되지 못했습니다.

  수신자 : report@fmkorea.com
  사유   : 452 4.2.2 수신자 메일함 용량 초과 (Mailbox full)

3일 동안 재전송을 시도한 후 전송을 중단했습니다.

----- 원본 메일 -----
Subject: [방심위] 시정요구 KCSC-240906-05
Date: {d("2024-09-06 14:00")}

{req_lines("KCSC-240906-05")}
""",
    outcome="ignored", classification="bounce",
    imitates="Korean mail-server non-delivery notice in plain text (mailbox full)",
    why="A bounce carrying our request back: ignored.",
    items={E(F[1]): "pending", E(F[2]): "pending"},
)


HEADER = """# Blind set 819 (focus 6): Korean portals and community sites, Korean and
# English mixed, with doubtful and ignorable mail. Written by make.py from the
# meaning of each email, before the reader was run on any of them.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind819", HEADER, CASES)
