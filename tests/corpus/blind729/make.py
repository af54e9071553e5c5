#!/usr/bin/env python3
"""Blind set 729: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, Clien, Ppomppu, FM Korea), Korean and English
mixed, with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind729/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Expected
results were written from each email's meaning, before any run of the reader.
All names, ids and URLs are fictional.
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

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/haneul_diary7/223561100401",
    2: "https://blog.naver.com/haneul_diary7/223561100877",
    3: "https://blog.naver.com/silverfox_kr/223559902215",
    4: "https://cafe.naver.com/dalbitclub24/118204",
    5: "https://cafe.naver.com/dalbitclub24/118391",
    6: "https://cafe.naver.com/dalbitclub24/119002",
    7: "https://cafe.naver.com/nightmarket0/55731",
    8: "https://m.blog.naver.com/orchid_lane/223560017734",
    9: "https://tv.naver.com/v/61234507",
    10: "https://tv.naver.com/v/61239981",
    11: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230988",
    12: "https://post.naver.com/viewer/postView.naver?volumeNo=38011234&memberNo=5523190",
}
D3_RAW = "https://moonlit-note.tistory.com/entry/유출-영상-모음"
D = {
    1: "https://cafe.daum.net/moonriver77/Ab3x/4412",
    2: "https://cafe.daum.net/moonriver77/Ab3x/4419",
    3: "https://moonlit-note.tistory.com/entry/" + quote("유출-영상-모음"),
    4: "https://cafe.daum.net/ssulbang/7Kq1/20931",
}
DC = {
    1: "https://gall.dcinside.com/board/view/?id=dcbest&no=241177",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=nightowl&no=88120",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=nightowl&no=88154",
    4: "https://gall.dcinside.com/mini/board/view/?id=blueroom&no=3021",
    5: "https://gall.dcinside.com/board/view/?id=stream_free&no=1009452",
}
S = {
    1: "https://vod.sooplive.co.kr/player/138224501",
    2: "https://vod.sooplive.co.kr/player/138229876",
    3: "https://ch.sooplive.co.kr/moonbear22/post/99123411",
}
F = {
    1: "https://www.fmkorea.com/7412390551",
    2: "https://www.fmkorea.com/best/7412401876",
}
NT1 = "https://pann.nate.com/talk/372110458"
C = {
    1: "https://www.clien.net/service/board/park/18712345",
    2: "https://www.clien.net/service/board/jirum/18713002",
    3: "https://www.clien.net/service/board/cm_car/18714460",
}

REQUESTS = [
    # ref, platform, sent, due, urls, category, message_id, note
    ("KCSC-240902-01", "naver", "2024-09-02", "2024-09-09", [N[i] for i in range(1, 13)],
     "non-consensual-intimate-imagery", "req-240902-01@kcsc.example", "largest request of the set"),
    ("KCSC-240905-02", "daum", "2024-09-05", "2024-09-12", [D[i] for i in range(1, 5)],
     "deepfake-sexual-abuse", "req-240905-02@kcsc.example", "tistory entry stored percent-encoded"),
    ("KCSC-240906-03", "dcinside", "2024-09-06", "2024-09-13", [DC[i] for i in range(1, 6)],
     "personal-data-exposure", "req-240906-03@kcsc.example", ""),
    ("KCSC-240909-04", "soop", "2024-09-09", "2024-09-16", [S[i] for i in range(1, 4)],
     "obscene-broadcast", "req-240909-04@kcsc.example", ""),
    ("KCSC-240911-05", "fmkorea", "2024-09-11", "2024-09-18", [F[1], F[2]],
     "illegal-gambling", "req-240911-05@kcsc.example", ""),
    ("KCSC-240912-06", "nate", "2024-09-12", "2024-09-19", [NT1],
     "defamation", "req-240912-06@kcsc.example", "one item"),
    ("KCSC-240913-07", "clien", "2024-09-13", "2024-09-20", [C[1], C[2], C[3]],
     "drug-trade", "req-240913-07@kcsc.example", ""),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


WD = {d: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(d - 2) % 7] for d in range(1, 31)}


def dt(day, hh, mm, ss=0):
    return f"{WD[day]}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{ss:02d} +0900"


def quoted_request(ref, urls, prefix="> ", due=""):
    body = [
        "안녕하십니까, 방송통신심의위원회입니다.",
        f"아래 정보에 대하여 삭제 또는 접속차단 등 시정을 요구합니다 (요구번호 {ref}).",
        "",
    ]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u}")
    body += ["", f"조치 결과를 {due or '기한 내에'} 회신하여 주시기 바랍니다.", "",
             "방송통신심의위원회 통신심의국", "takedown@kcsc.example"]
    return "\n".join((prefix + l).rstrip() for l in body)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================== APPLIED (25)

# A1 -- KCSC-style result table, multipart/alternative
A1_ROWS = [(1, N[1], "삭제", "불법촬영물"), (2, N[4], "임시조치 (30일 접근 차단)", "권리침해 판단 보류"),
           (3, N[5], "게시물 없음", "작성자가 요청 접수 전 삭제"), (4, N[6], "삭제", "카페 운영정책 위반")]
a1_plain = ("안녕하세요. 네이버 정책지원팀입니다.\n\n"
            "귀 위원회의 시정요구(KCSC-240902-01) 중 카페·블로그 게시물 4건의 조치결과를 아래와 같이 회신드립니다.\n\n"
            + "\n".join(f"{n}. {u} | {a} | {r}" for n, u, a, r in A1_ROWS)
            + "\n\n나머지 게시물은 확인이 끝나는 대로 별도 회신드리겠습니다.\n\n"
            "네이버 정책지원팀 드림\n")
a1_html = ("<html><body><p>안녕하세요. 네이버 정책지원팀입니다.</p>\n"
           "<p>귀 위원회의 시정요구(KCSC-240902-01) 중 카페·블로그 게시물 4건의 조치결과를 아래와 같이 회신드립니다.</p>\n"
           "<table border=\"1\" cellpadding=\"4\">\n"
           "<tr><th>순번</th><th>대상 URL</th><th>조치결과</th><th>비고</th></tr>\n"
           + "\n".join(f"<tr><td>{n}</td><td><a href=\"{u}\">{u}</a></td><td>{a}</td><td>{r}</td></tr>"
                       for n, u, a, r in A1_ROWS)
           + "\n</table>\n<p>나머지 게시물은 확인이 끝나는 대로 별도 회신드리겠습니다.</p>\n"
           "<p>네이버 정책지원팀 드림</p></body></html>\n")
case(name="naver-kcsc-result-table-html", date=dt(4, 17, 42),
     **{"from": "policy-support@navercorp.com"}, name_from="NAVER 정책지원팀",
     subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240902-01)", reply_to_req="req-240902-01",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="nv-alt-0904"

--nv-alt-0904
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{a1_plain}
--nv-alt-0904
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{a1_html}
--nv-alt-0904--
""",
     outcome="applied", classification="confirmation",
     imitates="Korean portal reply to a KCSC 시정요구 with a 조치결과 table (삭제/임시조치/게시물 없음)",
     why="trusted NAVER table: two deleted, one 임시조치 (restricted), one already deleted by its author",
     items={N[1]: "removed", N[4]: "restricted", N[5]: "not_found", N[6]: "removed"})

# A2 -- single blind notice in Korean
case(name="naver-blog-blind-single", date=dt(4, 14, 31),
     **{"from": "noreply-right@naver.com"}, name_from="네이버 권리보호센터",
     subject="[네이버] 게시중단 요청 처리 결과 안내",
     body=f"""안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 블로그 게시물 1건에 대한 처리 결과를 안내드립니다.

■ 대상 게시물: {N[2]}
■ 처리 내용: 블라인드 처리 (2024.09.04 14:20)
■ 처리 근거: 네이버 블로그 운영정책 - 불법촬영물 등 게시 금지

본 메일은 발신 전용입니다. 문의는 고객센터(https://help.naver.com/support/contents/right)를 이용해 주세요.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 권리보호센터 게시중단 처리 결과 notice (블라인드 처리)",
     why="one named blog post 블라인드 처리: removed; the help link is not an item",
     items={N[2]: "removed"})

# A3 -- NAVER TV English: age restriction + removal
case(name="naver-tv-age-restricted-and-removed", date=dt(5, 10, 8),
     **{"from": "tv-safety@navercorp.com"}, name_from="NAVER TV Safety",
     subject="Re: Removal request KCSC-240902-01 (NAVER TV clips)", reply_to_req="req-240902-01",
     body=f"""Dear KCSC team,

Thank you for your request. Our review of the two NAVER TV clips is complete.

Clip {N[9]} has been age-restricted. It is now shown only to signed-in
users verified as 19 or older and no longer appears in search or
recommendations.

Clip {N[10]} has been removed from NAVER TV for breaching our clip
upload policy, and the channel has received a strike.

Best regards,
Jiwoo Park
NAVER TV Content Safety
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER TV / video-platform trust & safety outcome mail in English (age restriction, removal)",
     why="age-restricted clip is restricted; the other clip removed",
     items={N[9]: "restricted", N[10]: "removed"})

# A4 -- CSV attachment
a4_csv = ("\ufeff번호,URL,처리결과,비고\r\n"
          f"1,{N[7]},삭제,카페 게시글 삭제 및 작성자 활동정지\r\n"
          f"2,{N[8]},게시물 없음,작성자 자진 삭제(09.03)\r\n"
          f"3,{N[11]},조치 불가(유지),운영정책 위반 사항 확인되지 않음\r\n"
          f"4,{N[12]},국내 접속 차단,해외 IP에서는 노출\r\n")
case(name="naver-csv-attachment-results", date=dt(6, 11, 15),
     **{"from": "policy-support@navercorp.com"}, name_from="NAVER 정책지원팀",
     subject="RE: [방심위] KCSC-240902-01 처리결과 (첨부)", reply_to_req="req-240902-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-mix-0906"

--nv-mix-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 건 중 4건의 처리 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

감사합니다.

--nv-mix-0906
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result_0906.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result_0906.csv"
Content-Transfer-Encoding: base64

{b64(a4_csv)}
--nv-mix-0906--
""",
     outcome="applied", classification="confirmation",
     imitates="portal policy team sending a spreadsheet of per-URL results as a CSV attachment",
     why="CSV rows: deleted, author-deleted (not_found), kept for no violation (rejected), blocked in Korea",
     items={N[7]: "removed", N[8]: "not_found", N[11]: "rejected", N[12]: "restricted"})

# A5 -- bare URL, status on the line below
case(name="naver-bare-url-status-below", date=dt(5, 16, 3),
     **{"from": "right@naver.com"}, name_from="네이버 고객센터",
     subject="[네이버] 요청 건별 처리 결과 (KCSC-240902-01)",
     body=f"""요청 건별 처리 결과입니다.

{N[3]}
→ 게시중단 완료

{N[10]}
→ 게시중단 완료 (동영상 비공개 전환)

문의 사항은 본 메일에 회신해 주세요.
네이버 고객센터
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 게시중단 result listing each URL with its result on the next line",
     why="게시중단 완료 under each bare URL: removed",
     items={N[3]: "removed", N[10]: "removed"})

# A6 -- Outlook top-post over the quoted request
case(name="naver-top-posted-over-request", date=dt(3, 9, 50),
     **{"from": "minseo.kang@navercorp.com"}, name_from="강민서",
     subject="RE: [방송통신심의위원회] 시정요구 KCSC-240902-01", reply_to_req="req-240902-01",
     body=f"""안녕하세요, 네이버 강민서입니다.

아래 요청 건 중 첫 번째 게시물({N[1]})은 오늘 오전 삭제했습니다.
나머지는 담당 부서 확인 후 별도로 회신드리겠습니다.

강민서 드림

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 6:10 PM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 시정요구 KCSC-240902-01

{quoted_request("KCSC-240902-01", [N[i] for i in range(1, 13)], prefix="", due="2024년 9월 9일까지")}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted staff reply over the regulator's quoted request",
     why="only the first post is stated deleted; the quoted request below Original Message says nothing",
     items={N[1]: "removed", N[2]: "pending", N[3]: "pending", N[9]: "pending"})

# A7 -- Knowledge iN kept up, reason given
case(name="naver-kin-kept-no-violation", date=dt(9, 15, 27),
     **{"from": "kin-ops@navercorp.com"}, name_from="NAVER 지식iN 운영",
     subject="Re: KCSC-240902-01 지식iN 게시물 검토 결과", reply_to_req="req-240902-01",
     body=f"""안녕하세요. 네이버 지식iN 운영 담당자입니다.

요청하신 지식iN 질문({N[11]})은 검토 결과 운영정책 및 관련 법령상 위반 사항이 확인되지 않아 게시를 유지하기로 하였습니다.
질문 본문에는 개인 식별 정보나 불법촬영물 링크가 포함되어 있지 않습니다.

(English summary: the Knowledge iN question stays online; we found no violation of our policy or of law.)

운영정책: https://policy.naver.com/policy/service_kin.html
""",
     outcome="applied", classification="confirmation",
     imitates="portal refusal with reason (게시 유지, 위반 사항 없음) with an English summary",
     why="named item kept online because it breaks no rule: rejected; the policy link is not an item",
     items={N[11]: "rejected"})

# A8 -- Tistory raw Korean path in angle brackets, URL followed by a particle
case(name="daum-tistory-korean-path-particle", date=dt(6, 13, 12),
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject="[카카오] 권리침해 신고 처리 결과 안내 (KCSC-240905-02)", reply_to_req="req-240905-02",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 중 아래 2건의 처리 결과를 안내드립니다.

티스토리 게시글 <{D3_RAW}>은 이용약관 위반으로 삭제되었습니다.
Daum 카페 게시글 {D[1]}은 카페 운영원칙 위반이 확인되어 블라인드 처리되었습니다.

나머지 건은 확인 중입니다.
카카오 권리침해신고센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 권리침해신고센터 result notice for Tistory and Daum cafe posts",
     why="raw Korean Tistory path matches its percent-encoded form; both items deleted/블라인드 = removed; 'checking' names nothing",
     items={D[3]: "removed", D[1]: "removed"})

# A9 -- 임시조치 (30 days)
case(name="daum-temporary-measure-30-days", date=dt(7, 10, 2),
     **{"from": "cafe-safety@daum.net"}, name_from="Daum 카페 운영팀",
     subject="[Daum 카페] 임시조치 안내", reply_to_req="req-240905-02",
     body=f"""Daum 카페 운영팀입니다.

권리침해 신고(KCSC-240905-02)에 따라 아래 게시글 2건에 대해
정보통신망법 제44조의2에 의한 임시조치(30일간 접근 차단)를 하였습니다.

  - {D[1]}
  - {D[2]}

게시자가 30일 안에 재게시를 요청하지 않으면 해당 게시글은 삭제됩니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Daum/Kakao 임시조치 (30일 접근 차단) notice under 정보통신망법 44조의2",
     why="임시조치 is restricted; the later possible deletion is conditional",
     items={D[1]: "restricted", D[2]: "restricted"})

# A10 -- numbered list, percent-encoded Tistory URL
case(name="daum-numbered-list-deleted-and-missing", date=dt(10, 18, 20),
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject="Re: [방송통신심의위원회] KCSC-240905-02 처리 결과", reply_to_req="req-240905-02",
     body=f"""안녕하세요. 카카오입니다. 남은 2건의 처리 결과입니다.

1. {D[3]}
   : 삭제 완료 (09.10)
2. {D[4]}
   : 이미 삭제된 게시물입니다 (작성자 본인 삭제, 09.06)

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao numbered per-URL result list (삭제 완료 / 이미 삭제된 게시물)",
     why="first item deleted; second already deleted by its author: not_found",
     items={D[3]: "removed", D[4]: "not_found"})

# A11 -- DC Inside operator deletion list
case(name="dcinside-operator-deletion-list", date=dt(9, 11, 44),
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject="[디시인사이드] 게시물 처리 결과 안내 - KCSC-240906-03",
     body=f"""디시인사이드 운영팀입니다.
요청 주신 게시물 처리 결과 안내드립니다.

1) {DC[1]} - 운영자 삭제
2) {DC[2]} - 운영자 삭제 및 작성자 IP 차단
3) {DC[3]} - 작성자 본인 삭제로 게시물 없음

나머지 2건은 갤러리 매니저 확인 후 다시 안내드리겠습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside 운영팀 reply listing 운영자 삭제 results",
     why="two 운영자 삭제 (removed), one already deleted by its author (not_found)",
     items={DC[1]: "removed", DC[2]: "removed", DC[3]: "not_found"})

# A12 -- quoted-printable Korean body
a12 = f"""안녕하세요, 디시인사이드 운영팀입니다.

미니 갤러리 게시물 {DC[4]} 은 삭제 처리하였습니다.

스트리머 갤러리 게시물 {DC[5]} 은 내용 확인 결과 불법정보에 해당하지 않는 것으로 판단되어 삭제하지 않고 유지합니다.
(해당 글은 방송 일정 공지로, 개인정보가 포함되어 있지 않습니다.)

감사합니다.
"""
case(name="dcinside-quoted-printable-mixed", date=dt(10, 14, 5),
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject="Re: KCSC-240906-03 게시물 삭제 요청", reply_to_req="req-240906-03",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(a12)}
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside reply in a quoted-printable body (삭제 / 유지 with reason)",
     why="one deleted; the other kept because it is not illegal: rejected",
     items={DC[4]: "removed", DC[5]: "rejected"})

# A13 -- URL wrapped inside angle brackets
case(name="dcinside-wrapped-angle-url", date=dt(11, 9, 18),
     **{"from": "gallery-admin@dcinside.com"}, name_from="디시인사이드 갤러리 관리",
     subject="Re: [KCSC-240906-03] 마이너 갤러리 게시물", reply_to_req="req-240906-03",
     body="""안녕하세요. 갤러리 관리 담당입니다.

요청하신 마이너 갤러리 게시물
<https://gall.dcinside.com/mgallery/board/view/?id=nightowl
&no=88154>
은 갤러리 매니저 확인 후 삭제 처리되었습니다.

갤러리 관리 담당 드림
""",
     outcome="applied", classification="confirmation",
     imitates="plain-text reply whose mail client wrapped a long URL inside angle brackets (RFC 3986 appendix C)",
     why="the wrapped URL in <> is the requested nightowl post; it was deleted",
     items={DC[3]: "removed"})

# A14 -- SOOP English
case(name="soop-vod-deleted-and-19plus", date=dt(10, 19, 40),
     **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
     subject="[SOOP] Result of your report KCSC-240909-04", reply_to_req="req-240909-04",
     body=f"""Hello,

This is the SOOP Trust & Safety team. We have reviewed the VODs in
your request KCSC-240909-04.

* VOD {S[1]}
  Deleted for violating our Community Guidelines (obscenity).

* VOD {S[2]}
  Set to 19+ viewing. It is no longer available to minors or to
  logged-out viewers.

The streamer may appeal through https://help.sooplive.co.kr/appeal/form .
Our guidelines: https://www.sooplive.co.kr/policy/community

SOOP Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="streaming platform trust & safety outcome mail (VOD deleted, VOD made 19+)",
     why="first VOD deleted; second age-restricted: restricted; appeal/policy links are not items",
     items={S[1]: "removed", S[2]: "restricted"})

# A15 -- base64 Korean body
a15 = f"""안녕하세요. SOOP 고객센터입니다.

요청하신 방송국 게시글 {S[3]} 은 비공개 처리하였으며,
해당 BJ에게는 운영정책 위반에 따른 경고 1회를 부여하였습니다.

SOOP 고객센터 드림
"""
case(name="soop-base64-post-private", date=dt(11, 10, 55),
     **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
     subject="=?UTF-8?B?" + base64.b64encode("[SOOP] 신고 처리 결과 안내 KCSC-240909-04".encode()).decode() + "?=",
     reply_to_req="req-240909-04",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(a15)}
""",
     outcome="applied", classification="confirmation",
     imitates="SOOP 고객센터 notice sent as a base64 body with an encoded-word subject",
     why="비공개 처리 of the named post: removed",
     items={S[3]: "removed"})

# A16 -- FM Korea, both named
case(name="fmkorea-admin-both-named", date=dt(12, 8, 31),
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 관리자",
     subject="Re: [KCSC-240911-05] 불법 도박 홍보 게시물", reply_to_req="req-240911-05",
     body=f"""에펨코리아 관리자입니다. 말씀하신 두 게시물 처리했습니다.

- {F[1]} : 삭제, 작성자 영구 이용정지
- {F[2]} : 삭제 (포텐 터짐 게시판에서도 내려갔습니다)

추가로 같은 작성자의 다른 글도 정리했습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="community-site administrator's short bulleted reply",
     why="both named posts deleted",
     items={F[1]: "removed", F[2]: "removed"})

# A17 -- Nate, one-item request, no URL
case(name="nate-single-item-no-url", date=dt(13, 16, 22),
     **{"from": "pann-help@nate.com"}, name_from="네이트 판 운영팀",
     subject="Re: [KCSC-240912-06] 게시물 삭제 요청", reply_to_req="req-240912-06",
     body="""안녕하세요, 네이트 판 운영팀입니다.

요청하신 게시물은 금일 삭제 조치 완료되었습니다.
협조해 주셔서 감사합니다.

네이트 판 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="Nate 판 운영팀 short 삭제 조치 완료 reply",
     why="sole statement answering a one-item request (ref and thread): removed",
     items={NT1: "removed"})

# A18 -- Clien three items in prose
case(name="clien-three-items-prose", date=dt(14, 12, 9),
     **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
     subject="Re: [KCSC-240913-07] 게시물 조치 요청", reply_to_req="req-240913-07",
     body=f"""클리앙 운영진입니다. 회신 드립니다.

{C[1]} 삭제했습니다.
{C[2]} 블라인드 처리했고 작성자는 이용정지되었습니다.
{C[3]} 의 경우 내용을 확인했으나 신고 사유(마약류 거래)에 해당하는 부분을 찾지 못해 그대로 두었습니다. 자동차 게시판의 일반적인 정비 후기입니다.

클리앙 운영진 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Clien administrators' prose reply (삭제 / 블라인드 / 유지)",
     why="deleted; 블라인드 = removed; third left up for no violation: rejected",
     items={C[1]: "removed", C[2]: "removed", C[3]: "rejected"})

# A19 -- English, URL on the line below its statement
case(name="naver-post-url-below-statement", date=dt(6, 9, 3),
     **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
     subject="Re: KCSC-240902-01 - NAVER Post and Knowledge iN", reply_to_req="req-240902-01",
     body=f"""Hello,

We have removed the following NAVER Post content for violating our
Operating Policy:

{N[12]}

The following Knowledge iN question is not available. It had already been
deleted by its author before your request reached us:

{N[11]}

Kind regards,
NAVER Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="English trust & safety reply with each URL on the line below its statement",
     why="first URL removed; second already deleted by its author: not_found",
     items={N[12]: "removed", N[11]: "not_found"})

# A20 -- Gmail Korean attribution, quoted request
case(name="daum-gmail-quoted-not-found", date=dt(6, 11, 30),
     **{"from": "seojin.yoon@kakaocorp.com"}, name_from="윤서진",
     subject="Re: [방송통신심의위원회] 시정요구 KCSC-240905-02", reply_to_req="req-240905-02",
     body=f"""안녕하세요, 카카오 윤서진입니다.

{D[2]} 는 확인해 보니 존재하지 않는 게시글입니다. (카페에서 이미 삭제되어 주소가 유효하지 않습니다.)
다른 게시물은 권리침해신고센터에서 따로 회신드릴 예정입니다.

2024년 9월 5일 (목) 오후 4:02, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240905-02", [D[i] for i in range(1, 5)], due="2024년 9월 12일까지")}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style Korean reply (…님이 작성:) over the quoted request",
     why="one named post does not exist: not_found; quoted request lines say nothing; the rest is a promise",
     items={D[2]: "not_found", D[1]: "pending", D[3]: "pending"})

# A21 -- receipt plus a real statement
case(name="naver-receipt-plus-blind", date=dt(3, 15, 48),
     **{"from": "noreply-right@naver.com"}, name_from="네이버 권리보호센터",
     subject="[네이버] 신고 접수 안내 (접수번호 NV-2409-558812)",
     body=f"""안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회의 신고(KCSC-240902-01)가 정상적으로 접수되었습니다.
접수번호: NV-2409-558812

접수하신 게시물 중 {N[5]} 는 확인 즉시 블라인드 처리하였습니다.
나머지 게시물은 순차적으로 검토할 예정이며, 결과는 메일로 안내드립니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 신고 접수 안내 receipt that also reports one immediate 블라인드",
     why="receipt phrase plus an unhedged 블라인드 statement about one named post: not a pure acknowledgement",
     items={N[5]: "removed"})

# A22 -- HTML-only bilingual table
a22 = f"""<html><body>
<p>Dear KCSC,</p>
<p>Please find below the result of our review (요구번호 KCSC-240906-03).</p>
<table border="1">
<tr><th>No</th><th>URL</th><th>Action (조치)</th></tr>
<tr><td>1</td><td>{DC[1].replace("&", "&amp;")}</td><td>Deleted (삭제)</td></tr>
<tr><td>2</td><td>{DC[2].replace("&", "&amp;")}</td><td>Restricted: adult verification now required (성인인증 게시물로 전환)</td></tr>
<tr><td>3</td><td>{DC[5].replace("&", "&amp;")}</td><td>Not found (게시물 없음)</td></tr>
</table>
<p>DC Inside Legal Support<br>legal@dcinside.com</p>
</body></html>"""
case(name="dcinside-html-table-bilingual", date=dt(12, 17, 14),
     **{"from": "legal@dcinside.com"}, name_from="DC Inside Legal Support",
     subject="KCSC-240906-03 review result / 검토 결과",
     type="html", body=a22,
     outcome="applied", classification="confirmation",
     imitates="HTML-only bilingual result table from a community site's legal desk",
     why="deleted; adult verification required = age-restricted: restricted; not found",
     items={DC[1]: "removed", DC[2]: "restricted", DC[5]: "not_found"})

# A23 -- full-width brackets and punctuation
case(name="fmkorea-fullwidth-punctuation", date=dt(13, 22, 47),
     **{"from": "report@fmkorea.com"}, name_from="에펨코리아 신고센터",
     subject="Re: [KCSC-240911-05] 게시물 삭제 요청의 건", reply_to_req="req-240911-05",
     body=f"""안녕하세요。에펨코리아 신고센터입니다。

「{F[1]}」 게시글은 삭제 처리 완료했습니다。
다른 한 건（{F[2]}）은 존재하지 않는 글입니다。주소를 다시 확인해 주십시오。
""",
     outcome="applied", classification="confirmation",
     imitates="reply typed with full-width CJK brackets and punctuation around URLs",
     why="first deleted; second does not exist: not_found",
     items={F[1]: "removed", F[2]: "not_found"})

# A24 -- a statement and a hedge in one mail
case(name="naver-statement-and-hedge", date=dt(10, 13, 36),
     **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
     subject="Re: KCSC-240902-01 cafe and blog follow-up", reply_to_req="req-240902-01",
     body=f"""Hi,

Quick update on two of the remaining links:

{N[6]} - removed by the cafe operations team on 10 September.
{N[8]} - this post may have been deleted by the blogger; we are still
checking our logs and will confirm.

Regards,
Hana Lee
NAVER Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="trust & safety follow-up mixing a firm result and a hedged one",
     why="first link removed; 'may have been deleted… will confirm' is a hedge: pending",
     items={N[6]: "removed", N[8]: "pending"})

# A25 -- Outlook quote under a not-found statement
case(name="clien-outlook-quote-not-found", date=dt(16, 10, 12),
     **{"from": "mod.haru@clien.net"}, name_from="클리앙 운영진 하루",
     subject="RE: [KCSC-240913-07] 게시물 조치 요청", reply_to_req="req-240913-07",
     body=f"""첫 번째 글({C[1]})은 작성자가 이미 지워서 지금은 존재하지 않습니다.
나머지 두 건은 운영진 회의 후 답변드리겠습니다.

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Friday, September 13, 2024 5:31 PM
To: admin@clien.net
Subject: [KCSC-240913-07] 게시물 조치 요청

{quoted_request("KCSC-240913-07", [C[1], C[2], C[3]], prefix="", due="2024년 9월 20일까지")}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with the request quoted below -----Original Message-----",
     why="first post already deleted by its author: not_found; the other two only promised, quoted text ignored",
     items={C[1]: "not_found", C[2]: "pending", C[3]: "pending"})

# ======================================================== REVIEW (12)

case(name="naver-promise-sequential-deletion", date=dt(3, 11, 5),
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책팀",
     subject="Re: [방송통신심의위원회] 시정요구 KCSC-240902-01", reply_to_req="req-240902-01",
     body=f"""안녕하세요, 네이버 정책팀입니다.

요청하신 블로그 게시물
{N[1]}
{N[2]}
은 내부 검토를 거쳐 순차적으로 삭제될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="portal reply promising future deletion (삭제될 예정)",
     why="a promise ('will be deleted'), not a statement: items stay pending",
     items={N[1]: "pending", N[2]: "pending"})

case(name="daum-bulk-all-four-deleted", date=dt(9, 9, 12),
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject="Re: [방송통신심의위원회] 시정요구 KCSC-240905-02", reply_to_req="req-240905-02",
     body="""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 4건 모두 삭제 조치하였음을 알려드립니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="Kakao one-line 'all reported posts deleted' reply",
     why="statement about all four items without naming each, request of more than one item: bulk",
     items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending"})

case(name="dcinside-under-legal-review", date=dt(9, 18, 2),
     **{"from": "legal@dcinside.com"}, name_from="디시인사이드 법무지원",
     subject="Re: KCSC-240906-03 게시물 삭제 요청", reply_to_req="req-240906-03",
     body=f"""안녕하세요, 디시인사이드 법무지원 담당입니다.

요청하신 게시물 중 {DC[1]} 는 현재 법무팀에서 검토 중입니다.
검토 결과에 따라 삭제 또는 유지 여부를 결정하여 회신드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="legal desk 'under review' holding reply",
     why="'under review' is no statement; the named item stays pending",
     items={DC[1]: "pending"})

case(name="naver-auth-fail-claims", date=dt(5, 2, 14),
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책팀", auth="fail",
     subject="Re: 시정요구 KCSC-240902-01 처리 완료",
     body=f"""안녕하세요, 네이버 정책팀입니다.

아래 게시물 3건은 삭제 완료되었습니다.
{N[1]}
{N[2]}
{N[3]}
""",
     outcome="review", review="untrusted",
     imitates="spoofed mail claiming to be a portal policy team (DMARC fail)",
     why="NAVER domain failing DKIM/SPF/DMARC: nothing applied",
     items={N[1]: "pending", N[2]: "pending", N[3]: "pending"})

case(name="blogger-gmail-self-deleted", date=dt(4, 23, 51),
     **{"from": "haneul.diary7@gmail.com"}, name_from="하늘일기",
     subject="제 블로그 글 관련",
     body=f"""안녕하세요. 블로그 운영자입니다.
네이버에서 연락을 받았는데 위원회에서 제 글을 신고했다고 하더라고요.

{N[1]} 은 제가 어제 직접 삭제했습니다.
문제 있는 글 아닌데 억울하네요. 더 이상 연락은 안 주셨으면 합니다.
""",
     outcome="review", review="unknown_sender",
     imitates="content author writing to the regulator from a webmail address",
     why="not a platform domain: a person's own statement is not the platform's",
     items={N[1]: "pending"})

case(name="kakao-about-naver-link", date=dt(4, 10, 40),
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject="Re: 게시물 조치 요청 (KCSC-240902-01)",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 {N[7]} 는 네이버 카페 게시물로 확인됩니다.
카카오(Daum) 서비스에서는 해당 게시물을 찾을 수 없으므로 당사에서 조치할 수 없습니다.
해당 서비스 사업자에게 요청해 주시기 바랍니다.
""",
     outcome="review", review="wrong_platform",
     imitates="'not our service' reply from a portal to a misdirected request",
     why="Kakao speaks about a NAVER item (cannot find it on Daum): not its item",
     items={N[7]: "pending"})

case(name="ppomppu-about-clien-link", date=dt(14, 15, 3),
     **{"from": "help@ppomppu.co.kr"}, name_from="뽐뿌 고객센터",
     subject="Re: [KCSC-240913-07] 게시물 조치 요청",
     body=f"""뽐뿌 고객센터입니다.

요청하신 {C[2]}
해당 주소는 뽐뿌 게시물이 아니며, 저희 사이트에서는 찾을 수 없는 글입니다.
다른 사이트(클리앙) 주소로 보이니 확인 부탁드립니다.
""",
     outcome="review", review="wrong_platform",
     imitates="community site answering a request sent to the wrong site",
     why="Ppomppu states 'cannot find' about a Clien item: wrong platform",
     items={C[2]: "pending"})

case(name="soop-asks-official-letter", date=dt(10, 11, 26),
     **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
     subject="Re: [KCSC-240909-04] 추가 자료 요청", reply_to_req="req-240909-04",
     body=f"""안녕하세요, SOOP 안전팀입니다.

요청하신 VOD({S[1]}, {S[2]})의 처리를 위해
시정요구 공문 원본(PDF)과 각 VOD의 위반 구간(재생 시각)을 보내주시기 바랍니다.
자료가 확인되는 대로 검토하여 결과를 안내드리겠습니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="platform asking for the official letter and timestamps before acting",
     why="asks for documents; no status stated",
     items={S[1]: "pending", S[2]: "pending"})

case(name="naver-transparency-report-notice", date=dt(11, 14, 0),
     **{"from": "news@navercorp.com"}, name_from="NAVER 대외협력",
     subject="[NAVER] 2024년 상반기 투명성 보고서 발간 안내",
     body="""안녕하세요. 네이버 대외협력실입니다.

2024년 상반기 네이버 투명성 보고서가 발간되었습니다.
게시중단 요청 처리 현황과 임시조치 통계는 아래 페이지에서 확인하실 수 있습니다.

https://www.navercorp.com/transparency/report/2024h1

항상 협조해 주셔서 감사합니다.
""",
     outcome="review", review="no_claims",
     imitates="portal newsletter (투명성 보고서) sent to the regulator's mailbox",
     why="trusted NAVER mail naming no item and no request",
     items={})

case(name="fmkorea-bulk-both-deleted", date=dt(12, 1, 17),
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 관리자",
     subject="Re: [KCSC-240911-05] 불법 도박 홍보 게시물", reply_to_req="req-240911-05",
     body="""네 신고하신 글 두 개 다 지웠습니다. 수고하세요.
""",
     outcome="review", review="bulk",
     imitates="terse administrator reply 'both deleted'",
     why="statement about both items of a two-item request without naming them: bulk",
     items={F[1]: "pending", F[2]: "pending"})

case(name="clien-appears-deleted", date=dt(15, 20, 44),
     **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
     subject="Re: [KCSC-240913-07] 게시물 조치 요청", reply_to_req="req-240913-07",
     body=f"""클리앙 운영진입니다.

{C[2]} 는 작성자가 먼저 지운 것 같습니다. 저희 쪽 로그로는 정확히 확인이 어렵네요.
확인되면 다시 연락드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="moderator's hedged 'seems already deleted' reply",
     why="'같습니다' (it seems) is a hedge: pending",
     items={C[2]: "pending"})

case(name="nate-forwarded-internal-result", date=dt(13, 9, 7),
     **{"from": "jh.oh@nate.com"}, name_from="오지훈",
     subject="Fwd: [판 모니터링] 삭제 처리 결과",
     body=f"""위원회 담당자님, 내부 처리 결과를 전달드립니다.

---------- Forwarded message ---------
보낸사람: 판 모니터링팀 <pann-monitor@skcomms.co.kr>
Date: 2024년 9월 13일 (금) 오전 8:40
Subject: [판 모니터링] 삭제 처리 결과
To: 오지훈 <jh.oh@nate.com>

요구번호 KCSC-240912-06
게시물 {NT1} 삭제 완료했습니다.
""",
     outcome="review", review="forwarded", classification="forwarded",
     imitates="staff member forwarding an internal team's result mail",
     why="the statement is inside a forwarded message, not the sender's own: review",
     items={NT1: "pending"})

# ======================================================== IGNORED (7)

case(name="naver-ooo-korean", date=dt(2, 18, 11),
     **{"from": "minseo.kang@navercorp.com"}, name_from="강민서",
     subject="[자동응답] 부재중입니다 (Re: 시정요구 KCSC-240902-01)", reply_to_req="req-240902-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 강민서입니다.
9월 2일부터 9월 4일까지 휴가로 부재중입니다.
급한 건은 정책지원팀(policy-support@navercorp.com)으로 연락 부탁드립니다.

I am out of the office until 4 September with limited access to email.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean/English out-of-office auto-reply (부재중)",
     why="auto-reply", items={})

case(name="inven-ooo-english", date=dt(13, 17, 35),
     **{"from": "jwkim@inven.co.kr"}, name_from="Kim Jaewon",
     subject="Automatic reply: [KCSC-240913-07] 게시물 조치 요청",
     extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jwkim@inven.co.kr"],
     body="""Thank you for your message. I am away on business until 19 September.
For community reports please use help@inven.co.kr.

출장 중으로 9월 19일에 복귀합니다. 게시물 신고는 help@inven.co.kr 로 보내주세요.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Exchange 'Automatic reply' from a copied address",
     why="auto-reply", items={})

case(name="soop-dsn-user-unknown", date=dt(9, 18, 5),
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0909-kcsc"

--dsn-0909-kcsc
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@sooplive.co.kr>: host mx1.sooplive.co.kr[203.0.113.45] said: 550 5.1.1
    <report@sooplive.co.kr>: Recipient address rejected: User unknown

--dsn-0909-kcsc
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 18:04:58 +0900

Final-Recipient: rfc822; report@sooplive.co.kr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.sooplive.co.kr
Diagnostic-Code: smtp; 550 5.1.1 <report@sooplive.co.kr>: Recipient address
    rejected: User unknown

--dsn-0909-kcsc
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: takedown@kcsc.example
To: report@sooplive.co.kr
Subject: [KCSC-240909-04] =?UTF-8?B?7Iuc7KCV7JqU6rWs?=
Message-ID: <req-240909-04@kcsc.example>
Date: Mon, 09 Sep 2024 18:04:57 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request("KCSC-240909-04", [S[1], S[2], S[3]], prefix="", due="2024년 9월 16일까지")}

--dsn-0909-kcsc--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (550 5.1.1 user unknown) returning the request",
     why="bounce; the returned request says nothing about statuses",
     items={S[1]: "pending", S[2]: "pending", S[3]: "pending"})

case(name="daum-korean-bounce-notice", date=dt(5, 18, 30),
     **{"from": "mailer-daemon@daum.net"}, name_from="Daum 메일",
     subject="[발송실패 안내] KCSC-240905-02 시정요구",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""보내신 메일이 아래 사유로 전달되지 못했습니다.

받는 사람: cafe-report@daum.net
사유: 받는 사람의 메일함 용량이 가득 찼습니다. (552 Mailbox full)
보낸 시각: 2024-09-05 18:29

메일을 다시 보내시려면 잠시 후 재발송해 주세요.
""",
     outcome="ignored", classification="bounce",
     imitates="Korean webmail delivery-failure notice (발송실패 안내, mailbox full)",
     why="bounce notice, whoever sends it", items={})

case(name="dcinside-read-receipt", date=dt(6, 18, 40),
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject="읽음 확인: [KCSC-240906-03] 게시물 삭제 요청",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-0906"

--mdn-dc-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-06 오후 6:40에 보낸 메일 "[KCSC-240906-03] 게시물 삭제 요청"을(를) 수신자가 읽었습니다.

--mdn-dc-0906
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <req-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-0906--
""",
     outcome="ignored", classification="read_receipt",
     imitates="webmail read receipt (읽음 확인, MDN)",
     why="read receipt", items={})

case(name="daum-report-receipt-echo", date=dt(5, 18, 45),
     **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     subject="[카카오] 권리침해 신고가 접수되었습니다",
     body=f"""안녕하세요. 카카오 고객센터입니다.

고객님의 권리침해 신고가 정상적으로 접수되었습니다.
접수번호: KR-2409-0071334
접수일시: 2024-09-05 18:44

[신고 내용]
요구번호: KCSC-240905-02
대상 게시물:
{D[1]}
{D[2]}
{D[3]}
{D[4]}

담당자가 확인 후 영업일 기준 3~5일 이내에 결과를 안내드립니다.
본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao 고객센터 ticket receipt echoing the report's URLs",
     why="pure receipt: echoes the report, states nothing about the items",
     items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending"})

case(name="fmkorea-ticket-receipt", date=dt(11, 17, 2),
     **{"from": "support@fmkorea.com"}, name_from="FM Korea Support",
     subject="[Ticket #48213] Re: [KCSC-240911-05] 불법 도박 홍보 게시물", reply_to_req="req-240911-05",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""Your request has been received (ticket #48213).
문의가 접수되었습니다. 접수번호 #48213

Our team will get back to you within 3 business days.
Please keep the ticket number in the subject when replying.

-- FM Korea Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="help-desk ticket receipt (ticket number created)",
     why="pure acknowledgement", items={})


HEADER = """# Blind set 729: Korean portals and community sites, Korean and English
# mixed, with doubtful and ignorable mail. Generated by make.py; do not edit.
# Expected results were written from each email's meaning before any run."""


def encode_names():
    # Real mailers send non-ASCII display names as RFC 2047 encoded words.
    for c in CASES:
        n = c.get("name_from", "")
        if n and not n.isascii():
            c["name_from"] = Header(n, "utf-8").encode()


def main():
    write_requests()
    encode_names()
    corpuslib.write_set(HERE, "blind729", HEADER, CASES)


if __name__ == "__main__":
    main()
