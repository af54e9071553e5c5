#!/usr/bin/env python3
"""Blind set 97: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a paste service answering (often informally), plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind97/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written for this set; the expected results were
written from each email's meaning before the reader was ever run on it.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc


def date(day, hh, mm, ss=0, tz=KST):
    return datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=tz).strftime("%a, %d %b %Y %H:%M:%S %z")


def subj(s):
    """RFC 2047-encode a subject that is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
TT = "https://www.ttukttak.co.kr"
T1 = TT + "/board/free/104321"
T2 = TT + "/board/free/104388"
T3 = TT + "/board/free/104402"
T4 = TT + "/board/humor/55210"
T5 = TT + "/board/humor/55247"
T6 = TT + "/board/market/9031"
T7 = TT + "/board/market/9077"
T8 = TT + "/board/market/9102"
T9 = "https://m.ttukttak.co.kr/board/free/104455"
T10 = TT + "/gallery/photo/3318"
T11 = TT + "/gallery/photo/3342"
T12 = TT + "/%EC%9E%A1%EB%8B%B4/7781"  # /잡담/7781
T12RAW = TT + "/잡담/7781"
T13 = TT + "/view.php?bo=free&no=104500"
T14 = TT + "/view.php?bo=free&no=104517"
TT_ALL = [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14]

H1 = "https://bada-pills.hostnest.site/order.html"
H2 = "https://bada-pills.hostnest.site/catalog/"
H3 = "http://sunny-mart24.example/shop/item?id=77"
H4 = "http://sunny-mart24.example/shop/item?id=78"
H5 = "https://cdn-files.example/uploads/2024/08/list_kr.pdf"
H6 = "https://kr-secure-login.hostnest.site/kb/signin.php"

E1 = "https://toto-king99.example/"
E2 = "https://toto-king99.example/event/bonus"
E3 = "https://moa-stream.example/live/ch7"

N1 = "https://jackpot-seoul.example/"
N2 = "https://bet-hanbit.example/"

P1 = "https://pinechan.org/kr/res/40112.html"
P2 = "https://pinechan.org/kr/res/40187.html"
P3 = "https://pinechan.org/b/res/981204.html"
P4 = "https://img.pinechan.org/src/1725960011234.jpg"

B1 = "https://pastebox.io/p/Qm7vT2xa"
B2 = "https://pastebox.io/p/Hc91LmZe"
B3 = "https://pastebox.io/p/W0pZk4Rr"

# ref, platform, sent_at, due_at, category, note, urls
REQUESTS = [
    ("KCSC-240903-01", "ttukttak", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_trade", "forum posts selling prescription drugs and gambling ads", TT_ALL),
    ("KCSC-240905-02", "hostnest", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", "customer sites on HostNest shared hosting", [H1, H2, H3, H4, H5]),
    ("KCSC-240909-03", "edgeshield", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "gambling", "sites behind the EdgeShield CDN", [E1, E2, E3]),
    ("KCSC-240910-04", "namegarden", "2024-09-10T09:40:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", "domains registered through Namegarden", [N1, N2]),
    ("KCSC-240911-05", "pinechan", "2024-09-11T15:10:00+09:00", "2024-09-18T18:00:00+09:00",
     "privacy", "image board threads exposing personal data", [P1, P2, P3, P4]),
    ("KCSC-240912-06", "pastebox", "2024-09-12T15:02:00+09:00", "2024-09-19T18:00:00+09:00",
     "privacy", "pastes with leaked personal data", [B1, B2, B3]),
    ("KCSC-240913-07", "hostnest", "2024-09-13T16:20:00+09:00", "2024-09-20T18:00:00+09:00",
     "phishing", "phishing page imitating a Korean bank", [H6]),
]
REQ = {r[0]: r for r in REQUESTS}


def msgid(ref):
    return "req-" + ref[5:].lower()  # req-240903-01


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


KO_SUBJECT = "[{ref}] 불법정보 시정요구 ({n}건)"
EN_SUBJECT = "[{ref}] Request to remove illegal content ({n} URLs)"


def req_subject(ref):
    urls = REQ[ref][6]
    tmpl = KO_SUBJECT if REQ[ref][1] == "ttukttak" else EN_SUBJECT
    return tmpl.format(ref=ref, n=len(urls))


def request_body(ref):
    """Our own request as it was sent (quoted under replies)."""
    _, plat, sent, due, cat, note, urls = REQ[ref]
    lines = []
    if plat == "ttukttak":
        lines += ["안녕하십니까, 방송통신심의위원회입니다.", "",
                  "귀 사이트에 게시된 아래 정보는 관련 법령상 불법정보에 해당하여",
                  "삭제 등 시정을 요구합니다.", "",
                  f"요청번호: {ref}", f"조치기한: {due[:10]}", ""]
        lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
        lines += ["", "조치 결과를 본 메일에 회신하여 주시기 바랍니다.", "방송통신심의위원회 국제협력팀"]
    else:
        lines += ["Dear Sir or Madam,", "",
                  "The Korea Communications Standards Commission requests that you remove",
                  "or disable access to the following content, which is illegal under",
                  "Korean law.", "", f"Reference: {ref}", f"Deadline: {due[:10]}", ""]
        lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
        lines += ["", "Please reply to this email with the action taken for each URL.", "",
                  "KCSC Takedown Team"]
    return "\n".join(lines)


def quoted(ref, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_body(ref).split("\n"))


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    if "name_from" in kw:
        kw["name_from"] = subj(kw["name_from"])
    C.append(kw)


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)

# ======================= ttukttak (Korean forum) =========================

case(name="tt-admin-one-liner", outcome="applied", classification="confirmation",
     imitates="small-forum admin answering in one line above the Gmail-quoted request",
     why="one URL stated deleted (지웠습니다); the rest is a promise; the quote is ours",
     **{"from": "admin@ttukttak.co.kr"}, name_from="뚝딱커뮤니티 운영자",
     date=date(4, 11, 47), subject=subj("Re: " + req_subject(R1)), reply_to_req=msgid(R1),
     body=f"""
{T1} 지웠습니다.
나머지는 확인하는 대로 다시 연락드릴게요.

2024년 9월 3일 (화) 오전 10:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(R1)}
""",
     items={T1: "removed"})

case(name="tt-result-table-plain", outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 as a plain-text table (번호/URL/조치결과/비고)",
     why="eight rows with 삭제, 게시중단, 블라인드, 해당 게시물 없음, 미조치 with a reason, 임시조치",
     **{"from": "cs@ttukttak.co.kr"}, name_from="뚝딱커뮤니티 고객센터",
     date=date(6, 16, 5), subject=subj(f"[뚝딱커뮤니티] 시정요구 조치결과 회신 ({R1})"),
     reply_to_req=msgid(R1),
     body=f"""
방송통신심의위원회 담당자님께,

요청하신 시정요구에 대한 1차 조치결과를 아래와 같이 회신드립니다.

□ 요청번호: {R1}
□ 회신일: 2024.09.06

번호 | URL                                             | 조치결과         | 비고
-----+-------------------------------------------------+------------------+------------------------
 1   | {T1}      | 삭제             |
 2   | {T2}      | 삭제             |
 3   | {T3}      | 게시중단         |
 4   | {T4}     | 블라인드         |
 5   | {T5}     | 해당 게시물 없음 | 작성자 자진 삭제(9/4)
 6   | {T6}     | 미조치           | 개인 간 중고거래 글, 위반 확인 안 됨
 7   | {T7}     | 임시조치         | 30일
 8   | {T8}     | 삭제             |

나머지 6건은 확인 중이며 조치 후 별도로 회신드리겠습니다.

뚝딱커뮤니티 운영팀 드림
""",
     items={T1: "removed", T2: "removed", T3: "removed", T4: "removed", T5: "not_found",
            T6: "rejected", T7: "restricted", T8: "removed"})

TT_CSV = "\ufeff" + "\n".join([
    "번호,URL,조치,처리일시,비고",
    f"1,{T1},삭제,2024-09-05 10:12,",
    f"2,{T2},삭제,2024-09-05 10:12,",
    f"3,{T3},삭제,2024-09-05 10:14,",
    f"4,{T4},블라인드,2024-09-05 10:20,",
    f"5,{T5},삭제,2024-09-05 10:21,",
    f"6,{T6},유지,2024-09-05 11:02,\"정상 중고거래 글, 운영정책 위반 아님\"",
    f"7,{T7},임시조치,2024-09-05 11:05,30일간 열람 제한",
    f"8,{T8},삭제,2024-09-05 11:06,",
    f"9,{T9},삭제,2024-09-05 11:08,모바일 주소",
    f"10,{T10},비공개 처리,2024-09-05 11:30,",
    f"11,{T11},게시물 없음,2024-09-05 11:31,존재하지 않는 번호",
    f"12,{T12RAW},블라인드,2024-09-05 11:40,",
    f"13,{T13},이미 삭제됨,2024-09-05 11:41,작성자가 9/2 삭제",
    f"14,{T14},삭제,2024-09-05 11:45,",
]) + "\n"

case(name="tt-csv-attachment", outcome="applied", classification="confirmation",
     imitates="forum operator returning the regulator's list as an Excel-exported CSV with a 조치 column",
     why="all 14 items in a UTF-8 CSV attachment: 삭제/블라인드/비공개 → removed, 임시조치 → restricted, 유지 with reason → rejected, 게시물 없음/이미 삭제됨 → not_found",
     **{"from": "cs@ttukttak.co.kr"}, name_from="뚝딱커뮤니티 고객센터",
     date=date(5, 13, 20), subject=subj(f"RE: {req_subject(R1)} - 조치결과 첨부"),
     reply_to_req=msgid(R1),
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_ttk_5f21a0"

------=_ttk_5f21a0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("안녕하세요, 뚝딱커뮤니티 고객센터입니다." + chr(10) + chr(10) + "요청하신 14건에 대한 조치 결과를 첨부 파일(CSV)로 회신드립니다." + chr(10) + "확인 부탁드립니다." + chr(10) + chr(10) + "감사합니다." + chr(10))}

------=_ttk_5f21a0
Content-Type: text/csv; charset=utf-8; name="{R1}_result.csv"
Content-Disposition: attachment; filename="{R1}_result.csv"
Content-Transfer-Encoding: base64

{b64(TT_CSV)}

------=_ttk_5f21a0--
""",
     items={T1: "removed", T2: "removed", T3: "removed", T4: "removed", T5: "removed",
            T6: "rejected", T7: "restricted", T8: "removed", T9: "removed", T10: "removed",
            T11: "not_found", T12: "removed", T13: "not_found", T14: "removed"})

case(name="tt-korean-particles", outcome="applied", classification="confirmation",
     imitates="Korean forum staff prose reply, URL followed directly by a particle (은/는)",
     why="raw Korean path URL blinded (블라인드); a URL glued to 은 already deleted by its author → not_found",
     **{"from": "cs@ttukttak.co.kr"}, name_from="뚝딱커뮤니티 운영팀",
     date=date(5, 9, 41), subject=subj("Re: " + req_subject(R1)), reply_to_req=msgid(R1),
     body=f"""
안녕하세요, 뚝딱커뮤니티 운영팀입니다.

요청번호 {R1} 관련하여 2건 먼저 회신드립니다.

{T12RAW} 게시물은 운영정책 위반으로 블라인드 처리했습니다.
{T13}은 확인해 보니 작성자가 9월 2일에 이미 삭제한 글입니다.

나머지 건도 확인되는 대로 알려드리겠습니다.
감사합니다.
""",
     items={T12: "removed", T13: "not_found"})

case(name="tt-html-table", outcome="applied", classification="confirmation",
     imitates="HTML 처리결과 table from a Korean community's help-desk tool",
     why="three rows: 임시조치(30일) → restricted, two 삭제 → removed",
     **{"from": "helpdesk@ttukttak.co.kr"}, name_from="뚝딱커뮤니티 헬프데스크",
     date=date(9, 14, 2), subject=subj(f"[뚝딱 헬프데스크] 신고 처리결과 안내 ({R1})"),
     type="html",
     body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 뚝딱커뮤니티 헬프데스크입니다.</p>
<p>요청번호 <b>{R1}</b> 중 아래 게시물의 처리결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>No</th><th>게시물 주소</th><th>처리결과</th><th>처리일</th></tr>
<tr><td>1</td><td><a href="{T10}">{T10}</a></td><td>임시조치(30일)</td><td>2024-09-09</td></tr>
<tr><td>2</td><td><a href="{T11}">{T11}</a></td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>3</td><td><a href="{T9}">{T9}</a></td><td>삭제</td><td>2024-09-09</td></tr>
</table>
<p>문의사항은 <a href="https://www.ttukttak.co.kr/help/contact">고객센터</a>로 연락 주십시오.</p>
<p style="color:#888">본 메일은 발신 전용이 아닙니다. 회신하시면 담당자에게 전달됩니다.</p>
</body></html>
""",
     items={T10: "restricted", T11: "removed", T9: "removed"})

case(name="tt-market-rejected", outcome="applied", classification="confirmation",
     imitates="forum admin explaining a refusal and an action in two prose sentences",
     why="9031 kept because no rule is broken (rejected); 9077 게시중단 (removed)",
     **{"from": "admin@ttukttak.co.kr"}, name_from="뚝딱커뮤니티 운영자",
     date=date(6, 22, 13), subject=subj("Re: " + req_subject(R1)), reply_to_req=msgid(R1),
     body=f"""
장터 게시판 2건 답변드립니다.

9031번 글({T6})은 검토해 봤는데 일반 중고 거래 글이라 약관 위반으로 보기 어려워서 삭제하지 않았습니다.
반면 {T7} 글은 판매 금지 품목이 맞아서 게시중단 처리했습니다.

운영자 드림
""",
     items={T6: "rejected", T7: "removed"})

case(name="tt-qp-age-gate", outcome="applied", classification="confirmation",
     imitates="quoted-printable Korean reply: one post blinded, one left up behind an adult-verification gate",
     why="55210 블라인드 → removed; 55247 not deleted but readable only by adult-verified members → restricted",
     **{"from": "cs@ttukttak.co.kr"}, name_from="뚝딱커뮤니티 운영팀",
     date=date(7, 10, 55), subject=subj("Re: " + req_subject(R1)), reply_to_req=msgid(R1),
     raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, 뚝딱커뮤니티 운영팀입니다.

유머 게시판 2건 처리 결과입니다.

55210번({T4}) 게시물은 블라인드 처리했습니다.
55247번({T5}) 게시물은 삭제 사유까지는 아니라고 판단되어, 성인 인증을 마친 회원만 볼 수 있도록 열람을 제한했습니다.

감사합니다.
''')}
""",
     items={T4: "removed", T5: "restricted"})

case(name="tt-fullwidth-brackets", outcome="applied", classification="confirmation",
     imitates="Korean reply with URLs in 「」 corner brackets and full-width parentheses",
     why="two URLs in corner brackets, each → 삭제 완료",
     **{"from": "admin@ttukttak.co.kr"}, name_from="뚝딱커뮤니티 운영자",
     date=date(8, 19, 30), subject=subj("Re: " + req_subject(R1)), reply_to_req=msgid(R1),
     body=f"""
요청하신 게시글 중 2건 처리했습니다.

「{T3}」 → 삭제 완료
「{T8}」 → 삭제 완료（작성자 7일 이용정지）

나머지는 내일 중으로 확인하겠습니다.
""",
     items={T3: "removed", T8: "removed"})

case(name="tt-outlook-top-posted", outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply over an unquoted -----Original Message----- block",
     why="two URLs stated deleted above the original message; the 14 URLs below are our own request",
     **{"from": "jhpark@ttukttak.co.kr"}, name_from="박준호",
     date=date(4, 17, 8), subject=subj("RE: " + req_subject(R1)), reply_to_req=msgid(R1),
     body=f"""
안녕하세요.

요청 건 중 아래 두 건은 삭제했습니다.
{T2}
{T9}

나머지 건은 내부 검토 중이며 결과 나오는 대로 회신드리겠습니다.

박준호 / 뚝딱커뮤니티 운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30 AM
To: admin@ttukttak.co.kr
Subject: {req_subject(R1)}

{request_body(R1)}
""",
     items={T2: "removed", T9: "removed"})

_tt_b64_text = f"""안녕하세요. 뚝딱커뮤니티입니다.

아래 2건 삭제 처리 완료했습니다.
- {T14}
- {T1}

감사합니다.
"""
_tt_b64_html = f"""<div>안녕하세요. 뚝딱커뮤니티입니다.</div><div><br></div>
<div>아래 2건 삭제 처리 완료했습니다.</div>
<ul><li><a href="{T14.replace('&', '&amp;')}">{T14.replace('&', '&amp;')}</a></li>
<li><a href="{T1}">{T1}</a></li></ul>
<div>감사합니다.</div>
"""
case(name="tt-base64-alternative", outcome="applied", classification="confirmation",
     imitates="webmail multipart/alternative reply with base64 text and HTML parts",
     why="both parts list the same two URLs as 삭제 처리 완료 (the HTML href uses &amp;)",
     **{"from": "cs@ttukttak.co.kr"}, name_from="뚝딱커뮤니티",
     date=date(10, 11, 16), subject=subj("Re: " + req_subject(R1)), reply_to_req=msgid(R1),
     raw_mime=f"""
Content-Type: multipart/alternative; boundary="=_alt_88c1"

--=_alt_88c1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_tt_b64_text)}
--=_alt_88c1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_tt_b64_html)}
--=_alt_88c1--
""",
     items={T14: "removed", T1: "removed"})

case(name="tt-wrapped-angle", outcome="applied", classification="confirmation",
     imitates="hard-wrapped plain-text reply with a long URL in angle brackets broken across lines",
     why="104517 (wrapped inside <>) and 104500 (in <>) both deleted",
     **{"from": "admin@ttukttak.co.kr"}, name_from="뚝딱커뮤니티 운영자",
     date=date(11, 9, 2), subject=subj("Re: " + req_subject(R1)), reply_to_req=msgid(R1),
     body=f"""
안녕하세요. 다음 게시물을 운영정책 제7조(불법정보 게시 금지) 위반으로 삭제했습니다: <https://www.ttukttak.co.kr/view.php?
bo=free&no=104517>
<{T13}> 역시 같은 작성자의 글이라 함께 삭제했습니다.

운영자 드림
""",
     items={T14: "removed", T13: "removed"})

case(name="tt-promise-next-week", outcome="review", review="not_understood", classification="confirmation",
     imitates="forum operator promising deletion after a staff meeting",
     why="삭제할 예정입니다 is a promise: the three URLs stay pending",
     **{"from": "admin@ttukttak.co.kr"}, name_from="뚝딱커뮤니티 운영자",
     date=date(10, 18, 40), subject=subj("Re: " + req_subject(R1)), reply_to_req=msgid(R1),
     body=f"""
안녕하세요.

아래 게시물은 운영진 회의를 거쳐 이번 주 금요일(9/13)까지 삭제할 예정입니다.
- {T5}
- {T4}
- {T8}

처리 후 다시 알려드리겠습니다.
""",
     items={T5: "pending", T4: "pending", T8: "pending"})

case(name="tt-bulk-all-done", outcome="review", review="bulk", classification="confirmation",
     imitates="Korean 'all requested posts deleted' one-paragraph reply",
     why="14-item request, statement covers all without naming any",
     **{"from": "admin@ttukttak.co.kr"}, name_from="뚝딱커뮤니티 운영자",
     date=date(12, 15, 25), subject=subj("Re: " + req_subject(R1)), reply_to_req=msgid(R1),
     body=f"""
{R1}로 요청하신 게시물 14건 모두 삭제 조치 완료했습니다.
같은 내용이 다시 올라오지 않도록 금칙어도 등록해 두었습니다.

뚝딱커뮤니티 운영자
""",
     items={u: "pending" for u in TT_ALL})

case(name="tt-admin-personal-gmail", outcome="review", review="unknown_sender", classification="confirmation",
     imitates="forum admin replying from a personal Gmail address",
     why="gmail.com is no platform's domain: the statements about two forum posts must wait for a person",
     **{"from": "jhpark.ttk@gmail.com"}, name_from="박준호",
     date=date(4, 23, 12), subject=subj("Re: " + req_subject(R1)),
     body=f"""
뚝딱커뮤니티 운영자 박준호입니다. 회사 메일이 지금 안 돼서 개인 메일로 보냅니다.

{R1} 관련해서
{T1}
{T2}
두 글은 삭제했습니다.
""",
     items={T1: "pending", T2: "pending"})

case(name="tt-out-of-office", outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동응답 (Auto-Submitted: auto-replied)",
     why="out-of-office auto-reply",
     **{"from": "admin@ttukttak.co.kr"}, name_from="뚝딱커뮤니티 운영자",
     date=date(3, 10, 31), subject=subj("[자동응답] 부재중입니다: " + req_subject(R1)),
     reply_to_req=msgid(R1), extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""
안녕하세요. 9월 2일부터 9월 6일까지 휴가로 부재중입니다.
급한 용무는 cs@ttukttak.co.kr 로 보내주시면 순차적으로 답변드리겠습니다.
""")

# ======================= HostNest (hosting) ==============================

case(name="hn-abuse-resolved-list", outcome="applied", classification="confirmation",
     imitates="hosting abuse desk ticket reply: customer removed pages, second site suspended for AUP breach",
     why="two pages removed by the customer after notice, two on a suspended site no longer reachable; AUP link is not an item",
     **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse Desk",
     date=date(7, 2, 44, tz=UTC), subject=f"[HN-ABUSE #558201] Re: {req_subject(R2)}",
     reply_to_req=msgid(R2),
     body=f"""
Hello,

Thank you for your report. We have reviewed the URLs you listed and
taken the following action.

The customer behind bada-pills.hostnest.site removed both pages after
our notice; we checked and they now return 404:
  {H1}
  {H2}

The website sunny-mart24.example has been suspended for violation of
our Acceptable Use Policy, so these pages are no longer reachable:
  {H3}
  {H4}

We are still looking into the remaining URL and will reply separately.

Please keep ticket #558201 in the subject of any further correspondence.

Regards,
Daniel R.
HostNest Abuse Desk
https://www.hostnest.net/legal/aup
""",
     items={H1: "removed", H2: "removed", H3: "removed", H4: "removed"})

case(name="hn-informal-pdf", outcome="applied", classification="confirmation",
     imitates="sysadmin's one-line reply with the URL in angle brackets over a Gmail quote",
     why="the PDF is gone, deleted by the sender himself",
     **{"from": "mark@hostnest.net"}, name_from="Mark Ellison",
     date=date(9, 8, 12, tz=UTC), subject=f"Re: {req_subject(R2)}", reply_to_req=msgid(R2),
     body=f"""
<{H5}> is gone, I deleted the file from the customer's storage bucket myself.

Mark

On Thu, Sep 5, 2024 at 5:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R2)}
""",
     items={H5: "removed"})

case(name="hn-phishing-sole", outcome="applied", classification="confirmation",
     imitates="abuse desk reply to a one-URL phishing report, naming no URL",
     why="answers the one-item request KCSC-240913-07 (subject and thread): kit taken offline → removed",
     **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse Desk",
     date=date(13, 9, 3, tz=UTC), subject=f"Re: {req_subject(R7)}", reply_to_req=msgid(R7),
     body="""
Hi,

Thanks for flagging this. The phishing kit was taken offline within the
hour and the hosting account that served it has been terminated.

HostNest Abuse Desk
""",
     items={H6: "removed"})

case(name="hn-numbered-outcomes", outcome="applied", classification="confirmation",
     imitates="numbered abuse-ticket outcome list, status on the line under each URL",
     why="removed by staff; no such directory (not_found); listing kept, breaks no AUP rule (rejected)",
     **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse Desk",
     date=date(10, 5, 30, tz=UTC), subject=f"[HN-ABUSE #558340] Outcome - {R2}",
     reply_to_req=msgid(R2),
     body=f"""
Ticket #558340 - outcome

1. {H1}
   Removed by HostNest staff (file deleted from the account).

2. {H2}
   Not found. No such directory exists on the account and our logs
   show nothing served from that path in the last 30 days.

3. {H3}
   No action. The listing sells a food supplement that is legal in the
   country where the site operates and does not breach our AUP.

If you disagree with an outcome, reply to this ticket.

-- 
HostNest Abuse Desk | abuse@hostnest.net
""",
     items={H1: "removed", H2: "not_found", H3: "rejected"})

case(name="hn-hedged-customer", outcome="review", review="not_understood", classification="confirmation",
     imitates="abuse desk hedging while waiting for the customer",
     why="'appears ... may have already removed' is a hedge; 'will update you' a promise: pending",
     **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse Desk",
     date=date(6, 7, 15, tz=UTC), subject=f"[HN-ABUSE #558201] Re: {req_subject(R2)}",
     reply_to_req=msgid(R2),
     body=f"""
Hello,

It appears the customer may have already removed
{H1} - we see a 404 from our side but
caching could be involved. We have asked them to confirm and will update
you once we hear back.

Best,
HostNest Abuse Desk
""",
     items={H1: "pending"})

case(name="hn-site-owner-writes", outcome="review", review="unknown_sender", classification="confirmation",
     imitates="site owner writing to the regulator directly after the host forwarded the complaint",
     why="the sender is the hosted site, not HostNest: no platform domain",
     **{"from": "owner@sunny-mart24.example"}, name_from="Sunny Mart",
     date=date(8, 13, 50), subject=f"About your complaint {R2}",
     body=f"""
Hello,

My hosting company forwarded your complaint to me. I have removed the
two product pages as requested:

{H3}
{H4}

Please close case {R2} and tell HostNest the problem is fixed so they
do not suspend my site.

Thank you,
Kim, Sunny Mart
""",
     items={H3: "pending", H4: "pending"})

case(name="hn-origin-host-for-cdn", outcome="review", review="wrong_platform", classification="confirmation",
     imitates="origin hosting provider answering a complaint the CDN passed on to it",
     why="HostNest states actions on URLs requested from EdgeShield (KCSC-240909-03)",
     **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse Desk",
     date=date(11, 3, 20, tz=UTC), subject=f"[HN-ABUSE #558777] Complaint forwarded by EdgeShield ({R3})",
     body=f"""
Hello,

EdgeShield passed your complaint {R3} about toto-king99.example on to
us, as we are the origin host for that site.

We have suspended the VPS serving
{E1} and
{E2}
for breach of our Acceptable Use Policy.

Regards,
HostNest Abuse Desk
""",
     items={E1: "pending", E2: "pending"})

case(name="hn-other-pages-removed", outcome="review", review="unmatched_claims", classification="confirmation",
     imitates="host reporting removal of pages other than the ones requested",
     why="references KCSC-240905-02 but both removed URLs are not in the request",
     **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse Desk",
     date=date(9, 4, 2, tz=UTC), subject=f"Re: {req_subject(R2)}", reply_to_req=msgid(R2),
     body="""
Hello,

While investigating your report we also removed the following files from
the same customer account:

https://bada-pills.hostnest.site/checkout.html
https://bada-pills.hostnest.site/img/banner_kr.png

HostNest Abuse Desk
""")

case(name="hn-ticket-receipt", outcome="ignored", classification="acknowledgement",
     imitates="ticket-system receipt (ticket created, reply above this line)",
     why="pure acknowledgement: ticket number, nothing about any URL",
     **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse Desk",
     date=date(5, 5, 1, tz=UTC), subject=f"[HN-ABUSE #558201] We received your report: {req_subject(R2)}",
     reply_to_req=msgid(R2),
     body="""
##- Please type your reply above this line -##

Your abuse report has been received and ticket #558201 has been created.

Our Abuse Desk handles reports in order of severity. You will receive an
update on this ticket when a member of the team has reviewed it. There is
no need to send the report again.

HostNest Abuse Desk
""")

case(name="hn-bounce-user-unknown", outcome="ignored", classification="bounce",
     imitates="Postfix DSN from our own outgoing relay: recipient address rejected (5.1.1)",
     why="delivery failure of our request; the URLs are in the returned message",
     **{"from": "MAILER-DAEMON@smtp-out.kcsc.example"}, name_from="Mail Delivery System",
     date=date(5, 14, 0, 12), subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="5E1A2C0B3F.1725512412/smtp-out.kcsc.example"
Content-Description: Notification

--5E1A2C0B3F.1725512412/smtp-out.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp-out.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse-kr@hostnest.net>: host mx1.hostnest.net[198.51.100.25] said: 550 5.1.1
    <abuse-kr@hostnest.net>: Recipient address rejected: User unknown (in
    reply to RCPT TO command)

--5E1A2C0B3F.1725512412/smtp-out.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.kcsc.example
X-Postfix-Queue-ID: 5E1A2C0B3F
Arrival-Date: Thu,  5 Sep 2024 14:00:10 +0900 (KST)

Final-Recipient: rfc822; abuse-kr@hostnest.net
Original-Recipient: rfc822;abuse-kr@hostnest.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.hostnest.net
Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@hostnest.net>: Recipient address
    rejected: User unknown

--5E1A2C0B3F.1725512412/smtp-out.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@hostnest.net
Subject: {req_subject(R2)}
Date: Thu, 05 Sep 2024 14:00:00 +0900
Message-ID: <{msgid(R2)}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_body(R2)}

--5E1A2C0B3F.1725512412/smtp-out.kcsc.example--
""")

# ======================= EdgeShield (CDN) ================================

case(name="cdn-geo-restricted-kr", outcome="applied", classification="confirmation",
     imitates="CDN trust-and-safety reply: not the host, report forwarded, access restricted from Korea",
     why="both toto-king99 URLs restricted for visitors in South Korea only (one written without trailing slash)",
     **{"from": "abuse-reply@edgeshield.com"}, name_from="EdgeShield Trust & Safety",
     date=date(10, 6, 40, tz=UTC), subject=f"EdgeShield abuse report ES-7730-4412 [{R3}]",
     reply_to_req=msgid(R3),
     body=f"""
Report ID: ES-7730-4412
Your reference: {R3}

Thank you for your report regarding toto-king99.example.

EdgeShield provides reverse proxy and CDN services. We do not host the
content of this website and cannot remove it from the origin server. We
have forwarded your report to the hosting provider and to the website
operator.

Given the legal basis you cited, we have restricted access from South
Korea to the following URLs on our network:

 - https://toto-king99.example
 - {E2}

Visitors from other countries are not affected by this restriction.

EdgeShield Trust & Safety
https://www.edgeshield.com/trust/abuse-policy
""",
     items={E1: "restricted", E2: "restricted"})

case(name="cdn-service-terminated", outcome="applied", classification="confirmation",
     imitates="CDN terminating service for a zone and showing a block page to all visitors",
     why="blocked on the CDN for all visitors worldwide: made unavailable → removed",
     **{"from": "abuse-reply@edgeshield.com"}, name_from="EdgeShield Trust & Safety",
     date=date(12, 1, 15, tz=UTC), subject=f"EdgeShield abuse report ES-7730-4414 [{R3}]",
     reply_to_req=msgid(R3),
     body=f"""
Report ID: ES-7730-4414

After review, we have terminated EdgeShield services for the zone
moa-stream.example, and the hostname is blocked on our network for all
visitors. {E3} now shows an
EdgeShield block page worldwide.

The customer may appeal through https://www.edgeshield.com/trust/appeals.

EdgeShield Trust & Safety
""",
     items={E3: "removed"})

ES_CSV = "\n".join([
    "report_id,url,action,scope,notes",
    f"ES-7730-4412,{E1},geo_block,KR,Forwarded to origin host",
    f"ES-7730-4413,{E2},block,global,Redirects to a phishing form",
    f"ES-7730-4414,{E3},no_action,,Not a violation of the EdgeShield AUP; forwarded to host",
]) + "\n"

case(name="cdn-csv-action-log", outcome="applied", classification="confirmation",
     imitates="CDN batch action log sent as a CSV attachment",
     why="geo_block KR → restricted; block global → removed; no_action, not a violation → rejected",
     **{"from": "abuse-reply@edgeshield.com"}, name_from="EdgeShield Trust & Safety",
     date=date(13, 4, 0, tz=UTC), subject=f"Action log for your reports ({R3})",
     reply_to_req=msgid(R3),
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="es-b-4f0e91"

--es-b-4f0e91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the action log for your report batch {R3}.
One row per reported URL.

EdgeShield Trust & Safety

--es-b-4f0e91
Content-Type: text/csv; name="es-actions-20240913.csv"
Content-Disposition: attachment; filename="es-actions-20240913.csv"
Content-Transfer-Encoding: base64

{b64(ES_CSV)}
--es-b-4f0e91--
""",
     items={E1: "restricted", E2: "removed", E3: "rejected"})

case(name="cdn-dkim-fail", outcome="review", review="untrusted", classification="confirmation",
     imitates="CDN reply whose DKIM and SPF fail (relayed or spoofed)",
     why="edgeshield.com sender fails authentication: the removal claim cannot be applied",
     **{"from": "abuse-reply@edgeshield.com"}, name_from="EdgeShield Trust & Safety",
     auth="fail", date=date(11, 9, 30, tz=UTC), subject=f"Re: {req_subject(R3)}",
     reply_to_req=msgid(R3),
     body=f"""
Hello,

We have removed {E3} from our network.

EdgeShield Trust & Safety
""",
     items={E3: "pending"})

case(name="cdn-conditional-action", outcome="review", review="not_understood", classification="confirmation",
     imitates="CDN giving the origin host a deadline before acting itself",
     why="conditional future action ('if ... we will restrict'): nothing has happened yet",
     **{"from": "abuse-reply@edgeshield.com"}, name_from="EdgeShield Trust & Safety",
     date=date(10, 2, 5, tz=UTC), subject=f"EdgeShield abuse report ES-7730-4413 [{R3}]",
     reply_to_req=msgid(R3),
     body=f"""
Report ID: ES-7730-4413

We have forwarded your report to the origin hosting provider. If the
host does not act within 5 business days, we will restrict access from
South Korea to {E2} ourselves.

EdgeShield Trust & Safety
""",
     items={E2: "pending"})

case(name="cdn-dsn-mailbox-full", outcome="ignored", classification="bounce",
     imitates="remote MTA DSN: mailbox over quota (5.2.2), original request returned",
     why="bounce; the quoted request names the URLs but states nothing",
     **{"from": "MAILER-DAEMON@mx2.edgeshield.com"}, name_from="Mail Delivery Subsystem",
     date=date(9, 2, 3, tz=UTC), subject="Delivery Status Notification (Failure)",
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-77aa10"

--dsn-77aa10
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     legal-kr@edgeshield.com

The recipient's mailbox is full and cannot accept messages now.

--dsn-77aa10
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.edgeshield.com
Arrival-Date: Mon, 9 Sep 2024 02:02:55 +0000

Final-Recipient: rfc822; legal-kr@edgeshield.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-77aa10
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@edgeshield.com
Subject: {req_subject(R3)}
Date: Mon, 09 Sep 2024 11:00:00 +0900
Message-ID: <{msgid(R3)}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

{request_body(R3)}

--dsn-77aa10--
""")

# ======================= Namegarden (registrar) ==========================

case(name="reg-echoed-report-outcome", outcome="applied", classification="confirmation",
     imitates="registrar abuse case closure echoing each reported URL with 'Action taken'",
     why="first domain suspended (clientHold, no longer resolves) → removed; second refused with its reason → rejected",
     **{"from": "abuse@namegarden.com"}, name_from="Namegarden Abuse",
     date=date(12, 7, 20, tz=UTC), subject="Abuse report NG-ABU-20240910-0087 closed",
     reply_to_req=msgid(R4),
     body=f"""
Dear Reporter,

Your abuse report has been reviewed. Your reference: {R4}

Reported URL: {N1}
Domain: jackpot-seoul.example
Action taken: Domain suspended (clientHold). The domain no longer resolves.

Reported URL: {N2}
Domain: bet-hanbit.example
Action taken: None. The registrant provided a valid gaming licence for
the jurisdiction where the service is offered, and we found no breach of
our registration agreement.

Namegarden acts as registrar only and does not host website content.

Namegarden Abuse & Compliance
""",
     items={N1: "removed", N2: "rejected"})

case(name="reg-informal-serverhold", outcome="applied", classification="confirmation",
     imitates="registrar compliance officer's short informal note",
     why="domain placed on serverHold, the URL won't resolve any more → removed",
     **{"from": "minji.seo@namegarden.com"}, name_from="Minji Seo",
     date=date(11, 8, 45, tz=UTC), subject=f"Re: {req_subject(R4)}", reply_to_req=msgid(R4),
     body=f"""
hi - jackpot-seoul.example is on serverHold at the registry now, so
{N1} won't resolve anymore.
still looking at the other one.

-- 
Minji, Namegarden compliance
""",
     items={N1: "removed"})

case(name="reg-policy-newsletter", outcome="review", review="no_claims", classification="other",
     imitates="registrar notice to abuse reporters about a new reporting form",
     why="trusted Namegarden mail that names no item and references no request",
     **{"from": "abuse@namegarden.com"}, name_from="Namegarden Abuse",
     date=date(16, 1, 0, tz=UTC), subject="Changes to how Namegarden handles abuse reports",
     body="""
Dear abuse reporter,

From 1 October 2024, Namegarden will accept abuse reports only through
our web form at https://www.namegarden.com/abuse/report. Reports sent by
email to this address will receive an automatic pointer to the form.

Reports submitted before that date will be handled as usual.

Namegarden Abuse & Compliance
https://www.namegarden.com/legal/abuse-policy
""")

case(name="reg-receipt-echo", outcome="ignored", classification="acknowledgement",
     imitates="registrar ticket receipt echoing the reported URLs with 'Status: Open'",
     why="acknowledgement: the URLs are echoed with an open status, nothing stated about them",
     **{"from": "abuse@namegarden.com"}, name_from="Namegarden Abuse",
     date=date(10, 1, 5, tz=UTC), subject="[NG-ABU-20240910-0087] Report received",
     reply_to_req=msgid(R4),
     body=f"""
Thank you. We have received your abuse report.

Ticket: NG-ABU-20240910-0087
Reported URLs:
  {N1}
  {N2}
Status: Open

Our compliance team reviews reports within two business days. You will
receive an email when the ticket is closed.

Namegarden Abuse & Compliance
""",
     items={N1: "pending", N2: "pending"})

# ======================= Pinechan (image board) ==========================

case(name="chan-admin-done", outcome="applied", classification="confirmation",
     imitates="image-board admin's terse lower-case reply, 'URL - action' lines",
     why="two threads deleted, image purged → removed; the /b/ thread does not exist → not_found",
     **{"from": "admin@pinechan.org"}, name_from="pinechan admin",
     date=date(12, 3, 33, tz=UTC), subject=f"Re: {req_subject(R5)}", reply_to_req=msgid(R5),
     body=f"""
done.

{P1} - thread deleted, poster banned
{P2} - thread deleted
{P4} - file purged from storage and cdn cache
{P3} doesnt exist, 404 for me too (probably pruned before i got to it)

-- 
admin
""",
     items={P1: "removed", P2: "removed", P4: "removed", P3: "not_found"})

case(name="chan-status-line-below", outcome="applied", classification="confirmation",
     imitates="moderator team note: bare URL, status indented on the line below",
     why="the /b/ thread had already fallen off the board (not_found); 40112 deleted (removed)",
     **{"from": "mods@pinechan.org"}, name_from="Pinechan mod team",
     date=date(12, 20, 10, tz=UTC), subject=f"Re: {req_subject(R5)}", reply_to_req=msgid(R5),
     body=f"""
Report {R5} handled by the mod team:

{P3}
  -> already 404, thread fell off the board before we got to it

{P1}
  -> deleted + 3 day ban

the other two are with the admin.
""",
     items={P3: "not_found", P1: "removed"})

case(name="chan-hidden-and-kept", outcome="applied", classification="confirmation",
     imitates="image-board staff reply with the statement above each URL",
     why="thread hidden from the public, moderators only → removed; news photo left up, breaks no rule → rejected",
     **{"from": "admin@pinechan.org"}, name_from="pinechan admin",
     date=date(13, 11, 0, tz=UTC), subject=f"Re: {req_subject(R5)}", reply_to_req=msgid(R5),
     body=f"""
Hi,

We've hidden the following thread from the public board. Only moderators
can see it now:
{P2}

The image below was reviewed and left up. It's a press photo from a
news article and doesn't break any of our rules:
{P4}

- pinechan staff
""",
     items={P2: "removed", P4: "rejected"})

case(name="chan-bulk-all-gone", outcome="review", review="bulk", classification="confirmation",
     imitates="image-board admin's one-line 'all gone' reply",
     why="four-item request, 'all four' without naming any",
     **{"from": "admin@pinechan.org"}, name_from="pinechan admin",
     date=date(11, 22, 48, tz=UTC), subject=f"Re: {req_subject(R5)}", reply_to_req=msgid(R5),
     body=f"""
all four reported posts are gone. thanks for the heads up

On Wed, Sep 11, 2024 at 6:10 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R5)}
""",
     items={P1: "pending", P2: "pending", P3: "pending", P4: "pending"})

case(name="chan-read-receipt", outcome="ignored", classification="read_receipt",
     imitates="Thunderbird MDN (message/disposition-notification)",
     why="read receipt",
     **{"from": "admin@pinechan.org"}, name_from="pinechan admin",
     date=date(11, 6, 30, tz=UTC), subject=f"Read: {req_subject(R5)}",
     raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------mdn0A7C2E55"

--------------mdn0A7C2E55
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to admin@pinechan.org.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.

--------------mdn0A7C2E55
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: pinechan.org; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@pinechan.org
Original-Message-ID: <{msgid(R5)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn0A7C2E55--
""")

# ======================= Pastebox (paste service) ========================

case(name="paste-gmail-quote", outcome="applied", classification="confirmation",
     imitates="paste-site owner's two-line reply over a Gmail quote of the full request",
     why="one paste removed; the other two URLs only appear in the '>' quote",
     **{"from": "abuse@pastebox.io"}, name_from="Pastebox",
     date=date(12, 9, 14, tz=UTC), subject=f"Re: {req_subject(R6)}", reply_to_req=msgid(R6),
     body=f"""
Paste Qm7vT2xa has been removed.
{B1}

On Thu, Sep 12, 2024 at 3:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R6)}
""",
     items={B1: "removed"})

case(name="paste-refusal-and-typo", outcome="applied", classification="confirmation",
     imitates="small service operator explaining a refusal and a non-existent ID",
     why="price list breaks no rule, stays up → rejected; ID never existed → not_found",
     **{"from": "abuse@pastebox.io"}, name_from="Pastebox",
     date=date(14, 2, 40, tz=UTC), subject=f"Re: {req_subject(R6)}", reply_to_req=msgid(R6),
     body=f"""
Hello,

We looked at the two remaining links.

{B2} is a publicly posted price list with no
personal data in it. It doesn't break our terms, so we are leaving it up.

{B3} doesn't exist - no paste has ever had
that ID on our service (typo, perhaps?).

Pastebox abuse
""",
     items={B2: "rejected", B3: "not_found"})

case(name="paste-ascii-table", outcome="applied", classification="confirmation",
     imitates="plain-text ASCII table pasted from an admin console",
     why="three rows: deleted, deleted (uploader banned), not found",
     **{"from": "ops@pastebox.io"}, name_from="Pastebox Ops",
     date=date(16, 10, 5, tz=UTC), subject=f"Re: {req_subject(R6)}", reply_to_req=msgid(R6),
     body=f"""
Results for {R6}:

paste id  | url                             | result
----------+---------------------------------+------------------------------
Qm7vT2xa  | {B1}  | deleted
Hc91LmZe  | {B2}  | deleted, uploader banned
W0pZk4Rr  | {B3}  | not found

-- ops
""",
     items={B1: "removed", B2: "removed", B3: "not_found"})

case(name="paste-asks-legal-basis", outcome="review", review="asks_more", classification="request_for_info",
     imitates="service asking for a court order or the statute before acting",
     why="asks for more information before acting on one URL: nothing decided",
     **{"from": "abuse@pastebox.io"}, name_from="Pastebox",
     date=date(13, 1, 20, tz=UTC), subject=f"Re: {req_subject(R6)}", reply_to_req=msgid(R6),
     body=f"""
Hello,

Before we can act on {B2} we need either a court
order or the specific Korean statute you believe the content breaches,
together with an explanation of which personal data in the paste is
affected. Could you send us those details?

Pastebox abuse
""",
     items={B2: "pending"})

case(name="paste-out-of-office", outcome="ignored", classification="auto_reply",
     imitates="English out-of-office auto-reply pointing to a report form",
     why="out-of-office auto-reply; the report-form link is no item",
     **{"from": "abuse@pastebox.io"}, name_from="Pastebox",
     date=date(12, 6, 3, tz=UTC), subject=f"Automatic reply: {req_subject(R6)}",
     reply_to_req=msgid(R6), extra_headers=["Auto-Submitted: auto-replied"],
     body="""
Hi, I'm away until 23 September with limited access to email.

For takedown requests please use https://pastebox.io/report - reports
sent there are seen by the whole team.
""")

HEADER = """# Blind set 97 (hosts, CDN, registrar, forum, image board, paste service).
# Written by tests/corpus/blind97/make.py - do not edit by hand.
# Expected results were written from each email's meaning before any run."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind97", HEADER, C)


if __name__ == "__main__":
    main()
