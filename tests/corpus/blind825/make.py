#!/usr/bin/env python3
"""Blind set blind825: Korean portals and community sites (DC Inside, NAVER,
Daum/Kakao, SOOP, FM Korea, Inven, Ppomppu, plus a Clien auto-reply), mixing
Korean and English, with the doubtful and ignorable mail a regulator's
mailbox receives.

    python3 tests/corpus/blind825/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
email is fictional and written in our own sentences; the expected results
come from each email's meaning alone, written before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(day, h, m, s=0):
    return format_datetime(datetime(2024, 9, day, h, m, s, tzinfo=KST))


def enc(s):
    """RFC 2047 encoded-word, as real mailers write Korean headers."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
DC = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9281734",          # 0
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9281802",          # 1
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_korea&no=55120",   # 2
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_korea&no=55187",   # 3
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_korea&no=55203",   # 4
    "https://gall.dcinside.com/mgallery/board/view/?id=betinfo&no=10492",      # 5
    "https://gall.dcinside.com/mgallery/board/view/?id=betinfo&no=10511",      # 6
    "https://gall.dcinside.com/mgallery/board/view/?id=betinfo&no=10533",      # 7
    "https://gall.dcinside.com/mini/board/view/?id=casinohub&no=2210",         # 8
    "https://gall.dcinside.com/mini/board/view/?id=casinohub&no=2244",         # 9
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=6630218",      # 10
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=6630455",      # 11
    "https://m.dcinside.com/board/slotgame/88213",                             # 12
    "https://m.dcinside.com/board/slotgame/88290",                             # 13
]
NV = [
    "https://blog.naver.com/moonriver_77/223561042318",
    "https://blog.naver.com/moonriver_77/223561088904",
    "https://cafe.naver.com/jumpingbean/481207",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=81202&docId=472210981",
]
SLUG = "최신-사설-주소"
DM_RAW_TISTORY = "https://saebyeok-note.tistory.com/entry/" + SLUG
DM = [
    "https://cafe.daum.net/silverbridge/Fq2x/3312",
    "https://cafe.daum.net/silverbridge/Fq2x/3340",
    "https://saebyeok-note.tistory.com/entry/" + quote(SLUG),
]
SP = [
    "https://vod.sooplive.co.kr/player/131772045",
    "https://ch.sooplive.co.kr/nightowl93/post/118004532",
]
FM = [
    "https://www.fmkorea.com/7390012251",
    "https://www.fmkorea.com/7390015733",
    "https://www.fmkorea.com/7390240116",
    "https://www.fmkorea.com/best/7390318842",
    "https://m.fmkorea.com/7390402275",
]
IV = ["https://www.inven.co.kr/board/lostark/4821/1183345"]
PP = [
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9012245",
    "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410382",
]

REQUESTS = [
    # ref, platform, sent, due, category, urls, note
    ("KCSC-240903-01", "dcinside", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", DC, "불법 도박 사이트 홍보 게시물 (갤러리 다수)"),
    ("KCSC-240905-02", "naver", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "privacy", NV, "개인정보 노출 게시물 (블로그, 카페, 지식iN)"),
    ("KCSC-240909-03", "daum", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     "gambling", DM, "사설 토토 주소 안내 (다음 카페, 티스토리)"),
    ("KCSC-240910-04", "soop", "2024-09-10T11:05:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", SP, "방송 VOD 및 방송국 게시글"),
    ("KCSC-240912-05", "fmkorea", "2024-09-12T16:20:00+09:00", "2024-09-19T18:00:00+09:00",
     "drugs", FM, "마약류 판매 광고 게시물"),
    ("KCSC-240913-06", "inven", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "obscenity", IV, "음란물 링크 게시물 1건"),
    ("KCSC-240919-07", "ppomppu", "2024-09-19T15:45:00+09:00", "2024-09-26T18:00:00+09:00",
     "fraud", PP, "불법 대출 광고 게시물"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"req.{ref}@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_body(ref, urls, due):
    lines = [
        "안녕하십니까. 방송통신심의위원회 통신심의국입니다.",
        "",
        "귀사 서비스에 게재된 아래 정보가 불법정보로 심의·의결되어",
        "시정요구(해당 정보의 삭제)를 통보하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
        f"조치기한: {due}",
        "",
        "대상 정보:",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return lines


def quoted(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


DC_REQ = request_body("KCSC-240903-01", DC, "2024. 9. 10.(화) 18:00")

# ---------------------------------------------------------------- cases
DCF = "report@dcinside.com"
DCN = enc("디시인사이드 운영팀")
RE_DC = "KCSC-240903-01"
SUBJ_DC = enc("Re: [KCSC-240903-01] 불법정보 시정요구 통보")

cases = []

# ======================= APPLIED =========================================

cases.append(dict(
    name="dc-numbered-result-partial",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply listing 조치 결과 per post (numbered list)",
    why="five posts named with 삭제 완료 / 게시물 없음; the rest is 'still being checked', so stays pending",
    frm=DCF, name_from=DCN, date=d(4, 15, 22), subject=SUBJ_DC, reply_to_req="req." + RE_DC,
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

{RE_DC} 건으로 요청하신 게시물에 대한 1차 조치 결과를 안내드립니다.

1. {DC[0]} - 삭제 완료
2. {DC[1]} - 삭제 완료
3. {DC[2]} - 삭제 완료
4. {DC[3]} - 작성자 자진 삭제로 게시물 없음
5. {DC[4]} - 삭제 완료

나머지 게시물은 갤러리별로 확인 중이며, 완료되는 대로 다시 회신드리겠습니다.

감사합니다.
디시인사이드 운영팀 드림
""",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "removed", DC[3]: "not_found", DC[4]: "removed"},
))

csv_rows = "\ufeff번호,URL,조치결과,조치일시\n" + "\n".join([
    f"1,{DC[5]},삭제,2024-09-05 11:02",
    f"2,{DC[6]},삭제,2024-09-05 11:02",
    f"3,{DC[7]},해당 게시물 없음,2024-09-05 11:03",
    f"4,{DC[8]},삭제,2024-09-05 11:05",
    f"5,{DC[9]},삭제,2024-09-05 11:05",
    f"6,{DC[11]},유지(운영원칙 위반 없음),2024-09-05 11:09",
]) + "\n"
cases.append(dict(
    name="dc-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="portal operations desk sending a per-URL 조치 결과 spreadsheet as a CSV attachment",
    why="CSV rows give item-level 삭제 / 게시물 없음 / 유지(위반 없음) for six requested posts",
    frm=DCF, name_from=DCN, date=d(5, 11, 40), subject=SUBJ_DC, reply_to_req="req." + RE_DC,
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_dc_2409051140"

--=_dc_2409051140
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f"안녕하세요, 디시인사이드 운영팀입니다.{chr(10)}{chr(10)}{RE_DC} 건 중 6건의 조치 결과를 첨부 파일로 송부드립니다.{chr(10)}확인 부탁드립니다.{chr(10)}{chr(10)}디시인사이드 운영팀 드림{chr(10)}")}
--=_dc_2409051140
Content-Type: text/csv; charset=utf-8; name="kcsc_240903_01_result.csv"
Content-Disposition: attachment; filename="kcsc_240903_01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_rows)}
--=_dc_2409051140--
""",
    items={DC[5]: "removed", DC[6]: "removed", DC[7]: "not_found", DC[8]: "removed",
           DC[9]: "removed", DC[11]: "rejected"},
))

cases.append(dict(
    name="dc-english-global-support",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply from a Korean community site's global support address",
    why="two posts deleted by moderators (URLs in angle brackets), one no longer exists (author removed it)",
    frm="global@dcinside.com", name_from="DCinside Global Support", date=d(5, 17, 3),
    subject="Re: [KCSC-240903-01] Notice of correction request", reply_to_req="req." + RE_DC,
    body=f"""Dear KCSC team,

Thank you for your notice (ref. KCSC-240903-01).

Our moderation team deleted the following posts this afternoon:
<{DC[12]}>,
<{DC[10]}>.

The post at <{DC[13]}> no longer exists. It was taken down by its
author before our review, so there was nothing left for us to act on.

The remaining links in your notice are handled by our Korean operations
team, who will answer separately.

Best regards,
Jenna Seo
DCinside Global Support
""",
    items={DC[12]: "removed", DC[10]: "removed", DC[13]: "not_found"},
))

cases.append(dict(
    name="dc-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="short operator reply: bare URL with the action on the line below (→ 삭제 / 미조치)",
    why="two posts 삭제, one 미조치 because no rule is broken (rejected)",
    frm=DCF, name_from=DCN, date=d(6, 9, 15), subject=SUBJ_DC, reply_to_req="req." + RE_DC,
    body=f"""[처리 결과]

{DC[2]}
→ 삭제

{DC[3]}
→ 삭제

{DC[8]}
→ 미조치 (운영원칙 위반 사항이 확인되지 않아 게시 유지)

문의사항은 본 메일로 회신 주세요.
디시인사이드 운영팀
""",
    items={DC[2]: "removed", DC[3]: "removed", DC[8]: "rejected"},
))

cases.append(dict(
    name="dc-top-posted-over-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="top-posted Korean reply from a staff member over the Gmail-quoted request",
    why="two stock gallery posts deleted (named); the quoted request and the 'rest tomorrow' promise change nothing",
    frm="cs.kim@dcinside.com", name_from=enc("김수진"), date=d(3, 18, 47), subject=SUBJ_DC,
    reply_to_req="req." + RE_DC,
    body=f"""담당자님 안녕하세요.

주식 갤러리 두 건 먼저 삭제했습니다.
{DC[0]}
{DC[1]}

나머지는 내일 중으로 처리해서 다시 말씀드릴게요.

김수진 드림

2024년 9월 3일 (화) 오전 10:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(DC_REQ)}
""",
    items={DC[0]: "removed", DC[1]: "removed"},
))

cases.append(dict(
    name="dc-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below '-----Original Message-----' (not '>'-quoted)",
    why="three betinfo posts named and deleted above the original message; the unquoted request below must not count",
    frm="ops-team@dcinside.com", name_from=enc("디시인사이드 게시물관리"), date=d(4, 10, 31),
    subject=enc("RE: [KCSC-240903-01] 불법정보 시정요구 통보"), reply_to_req="req." + RE_DC,
    body=f"""안녕하십니까.

요청 건 중 마이너 갤러리(betinfo) 게시물 3건은 아래와 같이 삭제 처리하였습니다.

  {DC[5]}
  {DC[6]}
  {DC[7]}

감사합니다.
게시물관리팀 박민호

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:12 AM
To: report@dcinside.com
Subject: [KCSC-240903-01] 불법정보 시정요구 통보

""" + "\n".join(DC_REQ) + "\n",
    items={DC[5]: "removed", DC[6]: "removed", DC[7]: "removed"},
))

dc_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>요청번호 KCSC-240903-01 관련하여 아래 게시물은 <b>블라인드 처리</b>되었음을 알려드립니다.</p>
<ul>
<li><a href="{DC[9].replace('&', '&amp;')}">{DC[9].replace('&', '&amp;')}</a></li>
<li><a href="{DC[11].replace('&', '&amp;')}">{DC[11].replace('&', '&amp;')}</a></li>
</ul>
<p>블라인드 처리된 게시물은 갤러리 이용자에게 더 이상 노출되지 않습니다.<br>
운영원칙은 <a href="https://gall.dcinside.com/policy/operation">운영원칙 안내</a>에서 확인하실 수 있습니다.</p>
<p>디시인사이드 운영팀 드림</p>
</body></html>
"""
cases.append(dict(
    name="dc-qp-html-blind",
    outcome="applied", classification="confirmation",
    imitates="HTML notice in quoted-printable (soft line breaks inside long URLs) stating 블라인드 처리",
    why="two posts 블라인드 처리 (removed); the 운영원칙 link is a policy page, not an item",
    frm=DCF, name_from=DCN, date=d(6, 14, 2), subject=SUBJ_DC, reply_to_req="req." + RE_DC,
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(dc_html)}""",
    items={DC[9]: "removed", DC[11]: "removed"},
))

wrapped_a = DC[4].replace("/view/?id", "/view/\n?id")
cases.append(dict(
    name="dc-url-wrapped-by-client",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply from a mail client that hard-wraps long lines, breaking one URL before its '?'",
    why="both toto_korea posts said deleted; the second URL is split across two lines by the client's wrap",
    frm="mod.lee@dcinside.com", name_from=enc("이정훈"), date=d(4, 16, 55), subject=SUBJ_DC,
    reply_to_req="req." + RE_DC,
    body=f"""안녕하세요, 토토 관련 마이너 갤러리 담당 이정훈입니다. 아래 두
게시물은 오늘 오후 운영자 권한으로 삭제했습니다.

- {DC[2]}
- {wrapped_a}

같은 작성자의 다른 글도 모니터링하고 있습니다.
""",
    items={DC[2]: "removed", DC[4]: "removed"},
))

cases.append(dict(
    name="dc-prose-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="Korean prose reply with URLs followed by particles (게시물은 / 의 경우)",
    why="6630218 deleted; 6630455 already deleted by its author and cannot be found",
    frm=DCF, name_from=DCN, date=d(5, 20, 10), subject=SUBJ_DC, reply_to_req="req." + RE_DC,
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

국내야구 갤러리 게시물 {DC[10]} 은 운영원칙 위반으로 삭제되었으며,
{DC[11]} 의 경우 작성자가 이미 삭제하여 확인되지 않는 게시물입니다.

감사합니다.
""",
    items={DC[10]: "removed", DC[11]: "not_found"},
))

cases.append(dict(
    name="dc-adult-verification-and-delete",
    outcome="applied", classification="confirmation",
    imitates="operator reply: one post limited to adult-verified users (연령 제한), one deleted",
    why="casinohub/2210 restricted (성인 인증 후 열람 가능), slotgame/88213 deleted",
    frm=DCF, name_from=DCN, date=d(6, 11, 28), subject=SUBJ_DC, reply_to_req="req." + RE_DC,
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 중 2건의 조치 내용을 안내드립니다.

■ {DC[8]}
  조치: 성인 인증을 거친 이용자만 열람할 수 있도록 접근 제한(연령 제한) 설정

■ {DC[12]}
  조치: 게시물 삭제

그 외 게시물은 별도로 회신드리겠습니다.
""",
    items={DC[8]: "restricted", DC[12]: "removed"},
))

# ---- NAVER
NVF = "noreply_right@navercorp.com"
RE_NV = "KCSC-240905-02"
cases.append(dict(
    name="naver-gejijungdan-result",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 '게시중단 요청 처리 결과 안내' notice (게시중단 / 임시조치)",
    why="two blog posts 게시중단 (removed), cafe post 임시조치 30일 (restricted); 재게시 help link is not an item",
    frm=NVF, name_from=enc("네이버 권리보호센터"), date=d(6, 10, 0),
    subject=enc("[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240905-02)"), reply_to_req="req." + RE_NV,
    body=f"""[네이버] 게시중단 요청 처리 결과 안내

안녕하세요. 네이버 권리보호센터입니다.
방송통신심의위원회에서 요청하신 게시중단 요청 건의 처리 결과를 알려드립니다.

■ 요청번호 : {RE_NV}
■ 처리 내역
  - 블로그 : {NV[0]} → 게시중단
  - 블로그 : {NV[1]} → 게시중단
  - 카페 : {NV[2]} → 임시조치(30일)

게시자는 임시조치 기간 내 재게시를 요청할 수 있으며, 관련 절차는
https://right.naver.com/guide/repost 에서 확인하실 수 있습니다.

본 메일은 발신전용입니다.
""",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "restricted"},
))

naver_table = f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요, NAVER 정책지원팀입니다.<br>
요청번호 <b>KCSC-240905-02</b> 의 게시물별 처리 결과는 아래 표와 같습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>게시물 URL</th><th>서비스</th><th>처리 결과</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>블로그</td><td>삭제</td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>블로그</td><td>임시조치</td></tr>
<tr><td>3</td><td>{NV[2]}</td><td>카페</td><td>위반 사항 없음 (게시 유지)</td></tr>
<tr><td>4</td><td>{NV[3].replace('&', '&amp;')}</td><td>지식iN</td><td>게시물 없음 (작성자 삭제)</td></tr>
</table>
<p>처리 결과에 이의가 있으시면 회신 부탁드립니다.<br>NAVER 정책지원팀 드림</p>
</body></html>"""
cases.append(dict(
    name="naver-html-table-four-results",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 style HTML table from a portal's policy team",
    why="one row each: 삭제 removed, 임시조치 restricted, 위반 없음 rejected, 게시물 없음 not_found",
    frm="policy@navercorp.com", name_from="NAVER", date=d(9, 16, 45),
    subject=enc("RE: [KCSC-240905-02] 시정요구 조치결과 회신"), reply_to_req="req." + RE_NV,
    type="html", body=naver_table,
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "rejected", NV[3]: "not_found"},
))

cases.append(dict(
    name="naver-kin-gone-cafe-manager-deleted",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre reply: 지식iN question no longer exists, cafe post deleted by its manager",
    why="kin question deleted by its author (not_found); cafe post 카페 매니저에 의해 삭제 (removed)",
    frm="help@naver.com", name_from=enc("네이버 고객센터"), date=d(7, 13, 12),
    subject=enc("Re: [KCSC-240905-02] 개인정보 노출 게시물 조치 요청"), reply_to_req="req." + RE_NV,
    body=f"""안녕하세요. 네이버 고객센터입니다.

문의하신 게시물을 확인한 결과를 안내해 드립니다.

지식iN 질문 {NV[3]}
위 질문은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

카페 게시물 {NV[2]}
위 게시물은 카페 매니저에 의해 삭제되었습니다.

더 궁금하신 점이 있으시면 언제든 문의해 주세요.
감사합니다.
""",
    items={NV[3]: "not_found", NV[2]: "removed"},
))

cases.append(dict(
    name="naver-english-restricted-in-korea",
    outcome="applied", classification="confirmation",
    imitates="English Trust & Safety reply: access restricted for users in Korea, cafe post removed",
    why="two blog posts restricted in Korea; the cafe post removed by the cafe manager",
    frm="trust-safety@navercorp.com", name_from="NAVER Trust & Safety", date=d(6, 19, 20),
    subject="Re: [KCSC-240905-02] Request for correction", reply_to_req="req." + RE_NV,
    body=f"""Hello,

Following our review of your request KCSC-240905-02, access to the two blog
posts below has been restricted for users in Korea:

  {NV[0]}
  {NV[1]}

The Cafe post ({NV[2]}) has been removed by the cafe manager at our request.

Kind regards,
NAVER Trust & Safety
""",
    items={NV[0]: "restricted", NV[1]: "restricted", NV[2]: "removed"},
))

# ---- Daum / Kakao
RE_DM = "KCSC-240909-03"
cases.append(dict(
    name="daum-tistory-raw-korean-slug",
    outcome="applied", classification="confirmation",
    imitates="Kakao 정책지원팀 reply with a raw Korean Tistory path in angle brackets followed by a particle",
    why="Tistory entry (raw Korean path = its percent-encoded form) deleted; cafe post 게시중단(블라인드)",
    frm="policy@kakaocorp.com", name_from=enc("카카오 정책지원팀"), date=d(10, 14, 5),
    subject=enc("[카카오] KCSC-240909-03 시정요구 조치 결과"), reply_to_req="req." + RE_DM,
    body=f"""안녕하세요, 카카오 정책지원팀입니다.

요청하신 {RE_DM} 건의 조치 결과를 안내드립니다.

티스토리 게시글 <{DM_RAW_TISTORY}>은 운영정책 위반으로 삭제 조치되었습니다.
다음 카페 게시글 {DM[0]} 은 게시중단(블라인드) 처리되었습니다.

나머지 1건은 카페 운영진 확인 후 회신드리겠습니다.

감사합니다.
""",
    items={DM[2]: "removed", DM[0]: "removed"},
))

daum_qp_text = f"""안녕하세요. Daum 고객센터입니다.

{RE_DM} 건 처리 결과입니다.

1) {DM[0]}
   권리침해 신고에 따라 임시조치(30일) 되었습니다.
2) {DM[1]}
   게시글 삭제 완료.
3) {DM[2]}
   검토 결과 운영정책 위반 사항이 확인되지 않아 조치하지 않았습니다.

Daum 고객센터 드림
"""
cases.append(dict(
    name="daum-qp-three-results",
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre plain-text reply in quoted-printable, numbered with result on the next line",
    why="3312 임시조치 (restricted), 3340 삭제 (removed), Tistory entry not actioned, no violation (rejected)",
    frm="cs@daum.net", name_from=enc("Daum 고객센터"), date=d(11, 9, 50),
    subject=enc("Re: [KCSC-240909-03] 시정요구 통보"), reply_to_req="req." + RE_DM,
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(daum_qp_text)}""",
    items={DM[0]: "restricted", DM[1]: "removed", DM[2]: "rejected"},
))

# ---- SOOP
RE_SP = "KCSC-240910-04"
SPF = "cs@sooplive.co.kr"
cases.append(dict(
    name="soop-echoed-report-deleted",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 report outcome that echoes the report (신고 내용) before the result (처리 결과)",
    why="the echoed report names the VOD, and the result says 해당 VOD was deleted; the channel post is not mentioned",
    frm=SPF, name_from=enc("SOOP 고객센터"), date=d(11, 15, 30),
    subject=enc("[SOOP] 신고하신 내용의 처리 결과를 안내드립니다"), reply_to_req="req." + RE_SP,
    body=f"""안녕하세요. SOOP 고객센터입니다.

[신고 내용]
 - 신고 대상 : {SP[0]}
 - 신고 사유 : 불법 도박 홍보
 - 신고 기관 : 방송통신심의위원회 ({RE_SP})

[처리 결과]
 해당 VOD는 운영정책 위반이 확인되어 삭제되었습니다.

건전한 방송 환경을 위해 협조해 주셔서 감사합니다.
""",
    items={SP[0]: "removed"},
))

soop_b64 = f"""안녕하세요, SOOP 정책운영팀입니다.

요청번호 {RE_SP} 처리 결과를 알려드립니다.

VOD {SP[0]} : 비공개 처리 완료
방송국 게시글 {SP[1]} : 이미 삭제된 게시글로 확인 불가

감사합니다.
"""
cases.append(dict(
    name="soop-base64-private-and-gone",
    outcome="applied", classification="confirmation",
    imitates="SOOP policy team reply sent base64-encoded (common for Korean webmail)",
    why="VOD 비공개 처리 (removed); channel post already deleted, cannot be checked (not_found)",
    frm="policy@sooplive.co.kr", name_from=enc("SOOP 정책운영팀"), date=d(12, 10, 14),
    subject=enc("Re: [KCSC-240910-04] 시정요구 통보"), reply_to_req="req." + RE_SP,
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(soop_b64)}""",
    items={SP[0]: "removed", SP[1]: "not_found"},
))

cases.append(dict(
    name="soop-english-age-restricted-kept",
    outcome="applied", classification="confirmation",
    imitates="English outcome from a streaming platform's safety team: VOD set to 19+, post kept",
    why="VOD age-restricted (restricted); channel post breaks no rule and stays up (rejected)",
    frm="safety@sooplive.co.kr", name_from="SOOP Safety Team", date=d(12, 18, 2),
    subject="Re: [KCSC-240910-04] Correction request", reply_to_req="req." + RE_SP,
    body=f"""Hello KCSC,

We reviewed both links in your request KCSC-240910-04.

- {SP[0]}
  The VOD has been set to 19+ viewing only (age-restricted).
- {SP[1]}
  After review, this channel post does not violate our Community
  Guidelines, so we have not removed it and it remains available.

If you have additional context, you can reply to this email.

SOOP Safety Team
""",
    items={SP[0]: "restricted", SP[1]: "rejected"},
))

# ---- FM Korea
RE_FM = "KCSC-240912-05"
FMF = "admin@fmkorea.com"
cases.append(dict(
    name="fmkorea-bulleted-five",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply with a bulleted per-post list",
    why="three posts deleted, one was already deleted (not_found), one kept as not a violation (rejected)",
    frm=FMF, name_from=enc("에펨코리아 운영진"), date=d(13, 11, 20),
    subject=enc("Re: [KCSC-240912-05] 마약류 판매 광고 게시물 시정요구"), reply_to_req="req." + RE_FM,
    body=f"""안녕하세요. 에펨코리아 운영진입니다.

요청 주신 5건 확인했습니다.

• {FM[0]} — 삭제
• {FM[1]} — 삭제
• {FM[2]} — 삭제
• {FM[3]} — 이미 삭제된 게시물입니다
• {FM[4]} — 위반 아님 (게시 유지, 의약품 관련 일반 질문글)

작성자 계정은 이용 정지 처리하였습니다.
""",
    items={FM[0]: "removed", FM[1]: "removed", FM[2]: "removed", FM[3]: "not_found", FM[4]: "rejected"},
))

cases.append(dict(
    name="fmkorea-fullwidth-punctuation",
    outcome="applied", classification="confirmation",
    imitates="Korean prose reply with URLs inside full-width parentheses and separated by a full-width comma",
    why="the two posts in （…，…） were deleted",
    frm=FMF, name_from=enc("에펨코리아 운영진"), date=d(12, 21, 40),
    subject=enc("Re: [KCSC-240912-05] 마약류 판매 광고 게시물 시정요구"), reply_to_req="req." + RE_FM,
    body=f"""담당자님 안녕하세요.

요청하신 게시물 중 2건（{FM[0]}，{FM[1]}）은 확인 즉시 삭제하였습니다.
나머지 게시물은 내일 오전까지 확인 후 회신드리겠습니다.

에펨코리아 운영진 드림
""",
    items={FM[0]: "removed", FM[1]: "removed"},
))

fm_html = f"""<html><body>
<p>Hello,</p>
<p>Please find below the outcome for the remaining posts in KCSC-240912-05.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>Post URL</th><th>Action</th><th>Date (KST)</th></tr></thead>
<tbody>
<tr><td><a href="{FM[2]}">{FM[2]}</a></td><td>Removed</td><td>2024-09-13 14:10</td></tr>
<tr><td><a href="{FM[3]}">{FM[3]}</a></td><td>Removed</td><td>2024-09-13 14:11</td></tr>
<tr><td><a href="{FM[4]}">{FM[4]}</a></td><td>Not found (deleted by author)</td><td>-</td></tr>
</tbody></table>
<p>FM Korea Admin</p>
</body></html>"""
cases.append(dict(
    name="fmkorea-html-table-english",
    outcome="applied", classification="confirmation",
    imitates="English HTML table (Post URL / Action / Date) from a community admin",
    why="two posts Removed, one Not found (deleted by author)",
    frm=FMF, name_from="FM Korea Admin", date=d(13, 14, 30),
    subject="Re: [KCSC-240912-05] Correction request", reply_to_req="req." + RE_FM,
    type="html", body=fm_html,
    items={FM[2]: "removed", FM[3]: "removed", FM[4]: "not_found"},
))

# ---- Inven
RE_IV = "KCSC-240913-06"
cases.append(dict(
    name="inven-sole-statement-one-item",
    outcome="applied", classification="confirmation",
    imitates="short Korean reply from a game community naming the request number but not the URL",
    why="'요청하신 게시물은 삭제' answers a one-item request by its reference, so it applies to that item",
    frm="cs@inven.co.kr", name_from=enc("인벤 고객지원"), date=d(13, 17, 25),
    subject=enc("[인벤] KCSC-240913-06 요청 건 처리 결과"), reply_to_req="req." + RE_IV,
    body="""안녕하세요. 인벤 고객지원팀입니다.

KCSC-240913-06 으로 요청하신 게시물은 확인 후 삭제 처리하였습니다.
해당 작성자에게는 게시판 이용 제한 조치를 함께 적용하였습니다.

감사합니다.
인벤 고객지원팀
""",
    items={IV[0]: "removed"},
))

# ---- Ppomppu
RE_PP = "KCSC-240919-07"
PPF = "admin@ppomppu.co.kr"
cases.append(dict(
    name="ppomppu-arrow-two-items",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply: URL → result, one deleted and one that does not exist",
    why="freeboard post deleted; phone-board post does not exist (author deleted it)",
    frm=PPF, name_from=enc("뽐뿌 운영자"), date=d(20, 10, 8),
    subject=enc("Re: [KCSC-240919-07] 불법 대출 광고 시정요구"), reply_to_req="req." + RE_PP,
    body=f"""안녕하세요, 뽐뿌 운영팀입니다.

{PP[0]} → 삭제 처리
{PP[1]} → 해당 게시물이 존재하지 않습니다 (작성자 삭제)

감사합니다.
""",
    items={PP[0]: "removed", PP[1]: "not_found"},
))

cases.append(dict(
    name="ppomppu-receipt-plus-result",
    outcome="applied", classification="confirmation",
    imitates="reply that opens like a receipt (접수되었습니다, 접수번호) and then gives a result",
    why="freeboard post deleted (an acknowledgement phrase plus an unhedged statement); phone post still under review",
    frm="help@ppomppu.co.kr", name_from=enc("뽐뿌 고객센터"), date=d(20, 16, 40),
    subject=enc("[뽐뿌] 민원 접수 및 처리 안내"), reply_to_req="req." + RE_PP,
    body=f"""안녕하세요. 뽐뿌 고객센터입니다.

보내주신 민원이 접수되었습니다. (접수번호 PP-240920-0113)

확인 결과 아래 게시물은 삭제 조치하였습니다.
{PP[0]}

휴대폰 포럼 게시물({PP[1]})은 담당 운영자가 검토 중이며,
결과가 나오면 다시 안내드리겠습니다.

뽐뿌 고객센터
""",
    items={PP[0]: "removed", PP[1]: "pending"},
))

# ======================= REVIEW ==========================================

cases.append(dict(
    name="dc-promise-sequential-deletion",
    outcome="review", review="not_understood", classification="other",
    imitates="operator reply that promises deletion 'after internal review' (삭제될 예정)",
    why="'순차적으로 삭제될 예정' is a promise, not a statement: named items stay pending",
    frm=DCF, name_from=DCN, date=d(4, 9, 2), subject=SUBJ_DC, reply_to_req="req." + RE_DC,
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 중 아래 미니 갤러리 게시물은 갤러리 운영자 확인 및
내부 검토를 거쳐 순차적으로 삭제될 예정입니다.

{DC[8]}
{DC[9]}
{DC[13]}

처리 완료 시 별도로 안내드리겠습니다.
""",
    items={DC[8]: "pending", DC[9]: "pending", DC[13]: "pending"},
))

cases.append(dict(
    name="naver-hedge-seems-private",
    outcome="review", review="not_understood", classification="other",
    imitates="customer-centre reply hedging ('…된 것으로 보입니다') and deferring to another department",
    why="'이미 비공개로 전환된 것으로 보입니다' is a hedge, not a statement",
    frm="help@naver.com", name_from=enc("네이버 고객센터"), date=d(6, 11, 11),
    subject=enc("Re: [KCSC-240905-02] 개인정보 노출 게시물 조치 요청"), reply_to_req="req." + RE_NV,
    body=f"""안녕하세요. 네이버 고객센터입니다.

확인해 보니 {NV[1]} 게시물은 이미 비공개로 전환된 것으로 보입니다.
정확한 처리 내역은 담당 부서 확인 후 다시 안내드리겠습니다.

이용에 불편을 드려 죄송합니다.
""",
    items={NV[1]: "pending"},
))

cases.append(dict(
    name="dc-bulk-all-fourteen",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line 'all done' reply to a many-item request (14건 전부 삭제 완료)",
    why="a statement about all 14 posts without naming each: bulk, items stay pending",
    frm=DCF, name_from=DCN, date=d(7, 10, 30), subject=SUBJ_DC, reply_to_req="req." + RE_DC,
    body="""안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240903-01 건으로 요청하신 게시물 14건 전부 삭제 처리 완료하였습니다.

감사합니다.
""",
))

cases.append(dict(
    name="fmkorea-bulk-all-removed-english",
    outcome="review", review="bulk", classification="confirmation",
    imitates="English 'all reported posts removed' summary without per-post detail",
    why="'All five reported posts have been removed' names no post, for a five-item request: bulk",
    frm=FMF, name_from="FM Korea Admin", date=d(14, 9, 5),
    subject="Re: [KCSC-240912-05] Correction request", reply_to_req="req." + RE_FM,
    body="""Hi,

All five reported posts in your request KCSC-240912-05 have been removed,
and the uploader's account has been permanently suspended.

Thanks,
FM Korea Admin
""",
))

cases.append(dict(
    name="naver-dmarc-fail",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="NAVER-looking 처리 결과 notice whose naver.com sender fails DKIM/SPF/DMARC",
    why="claims from a platform domain that fails authentication change nothing",
    frm="right_center@naver.com", name_from=enc("네이버 권리보호센터"), auth="fail", date=d(7, 8, 14),
    subject=enc("[네이버] 게시중단 처리 완료 안내 (KCSC-240905-02)"),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 아래 게시물은 게시중단 처리가 완료되었습니다.

- {NV[0]}
- {NV[1]}

처리 내역 확인: https://right-naver-center.example/check?case=240905
""",
    items={NV[0]: "pending", NV[1]: "pending"},
))

cases.append(dict(
    name="dc-gallery-manager-gmail",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="a volunteer gallery manager (매니저) answering from a personal webmail address",
    why="the sender is not a platform domain: the statements about requested posts cannot be applied",
    frm="totomgr.kr@gmail.com", name_from=enc("토토갤 매니저"), date=d(3, 22, 17),
    subject=enc("Re: [KCSC-240903-01] 불법정보 시정요구 통보"), reply_to_req="req." + RE_DC,
    body=f"""안녕하세요 toto_korea 마이너갤 매니저입니다.
운영팀에서 전달받아서 제가 직접 지웠습니다.

{DC[2]} 삭제했어요
{DC[3]} 삭제했어요

앞으로도 도박 홍보글은 바로바로 지우겠습니다.
""",
    items={DC[2]: "pending", DC[3]: "pending"},
))

cases.append(dict(
    name="daum-search-excludes-naver-post",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="portal search team reply: another portal's blog post excluded from its search results",
    why="Kakao states an outcome for a NAVER blog post (search exclusion): wrong platform, nothing applied",
    frm="search-policy@kakaocorp.com", name_from=enc("카카오 검색정책팀"), date=d(10, 17, 33),
    subject=enc("Re: [KCSC-240909-03] 관련 게시물 검색 노출 문의"),
    body=f"""안녕하세요. 카카오 검색정책팀입니다.

함께 알려주신 네이버 블로그 게시물 {NV[0]} 은
다음 검색 결과에서 삭제(노출 제외) 처리하였습니다.

원문 게시물 자체의 조치는 해당 서비스 사업자에 요청하셔야 합니다.

감사합니다.
""",
    items={NV[0]: "pending"},
))

cases.append(dict(
    name="soop-under-review",
    outcome="review", review="not_understood", classification="other",
    imitates="platform reply saying the reported VOD is under review and 'may be actioned'",
    why="'검토 중 … 조치될 수 있습니다' is not a statement: the VOD stays pending",
    frm=SPF, name_from=enc("SOOP 고객센터"), date=d(10, 18, 12),
    subject=enc("Re: [KCSC-240910-04] 시정요구 통보"), reply_to_req="req." + RE_SP,
    body=f"""안녕하세요. SOOP 고객센터입니다.

신고하신 VOD({SP[0]})는 현재 정책팀에서 검토 중입니다.
검토 결과에 따라 비공개 또는 삭제 조치될 수 있으며, 결과는 추후 안내드리겠습니다.

감사합니다.
""",
    items={SP[0]: "pending"},
))

cases.append(dict(
    name="naver-policy-newsletter",
    outcome="review", review="no_claims", classification="other",
    imitates="NAVER partner newsletter: notice of a revised youth-protection policy",
    why="trusted NAVER mail naming no requested item and no request: no_claims",
    frm="partner-news@navercorp.com", name_from="NAVER", date=d(10, 9, 0),
    subject=enc("[NAVER] 청소년보호정책 개정 안내"),
    body="""안녕하세요. NAVER입니다.

2024년 10월 1일부터 적용되는 청소년보호정책 개정 내용을 안내드립니다.

1. 청소년 유해 게시물 판단 기준 구체화
2. 신고 접수 후 임시조치 절차 안내 문구 변경
3. 청소년보호책임자 연락처 변경

자세한 내용은 https://policy.naver.com/policy/youth 에서 확인하실 수 있습니다.

본 메일은 발신전용입니다.
""",
))

cases.append(dict(
    name="ppomppu-asks-official-letter",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="community site asking for an official letter (공문) before acting",
    why="asks for a sealed official letter and a contact before processing: nothing decided",
    frm=PPF, name_from=enc("뽐뿌 운영자"), date=d(19, 18, 20),
    subject=enc("Re: [KCSC-240919-07] 불법 대출 광고 시정요구"), reply_to_req="req." + RE_PP,
    body=f"""안녕하세요. 뽐뿌 운영팀입니다.

{RE_PP} 건 처리를 위해 기관 명의의 공문(직인 날인본)과 담당자 연락처를
본 메일로 보내주시기 바랍니다. 확인되는 대로 처리하겠습니다.

감사합니다.
""",
))

cases.append(dict(
    name="dc-unrequested-posts-deleted",
    outcome="review", review="unmatched_claims", classification="confirmation",
    imitates="operator reply reporting extra deletions of the same author's other posts",
    why="the only statements concern posts not in any request; requested items are untouched",
    frm=DCF, name_from=DCN, date=d(6, 16, 48), subject=SUBJ_DC, reply_to_req="req." + RE_DC,
    body="""안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240903-01 관련하여 동일 작성자가 추가로 올린 게시물 2건도 삭제하였음을 알려드립니다.

https://gall.dcinside.com/mgallery/board/view/?id=toto_korea&no=55299
https://gall.dcinside.com/mgallery/board/view/?id=toto_korea&no=55301

해당 작성자의 IP 대역은 글쓰기 차단하였습니다.
""",
))

# ======================= IGNORED =========================================

cases.append(dict(
    name="naver-out-of-office-chuseok",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 (Chuseok holiday) from a NAVER staff address",
    why="an out-of-office auto-reply is ignored",
    frm="jiyoung.han@navercorp.com", name_from=enc("한지영"), date=d(13, 8, 0),
    subject=enc("[자동응답] Re: [KCSC-240905-02] 개인정보 노출 게시물 조치 요청"),
    reply_to_req="req." + RE_NV,
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 한지영입니다.

추석 연휴로 9월 13일(금)부터 9월 18일(수)까지 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
))

fm_dsn_orig = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: abuse-desk@fmkorea.com",
    "Subject: " + enc("[KCSC-240912-05] 시정요구 통보"),
    "Message-ID: <req.KCSC-240912-05@kcsc.example>",
    "Date: Thu, 12 Sep 2024 16:20:00 +0900",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
] + request_body(RE_FM, FM, "2024. 9. 19.(목) 18:00"))
cases.append(dict(
    name="fmkorea-dsn-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) returning the request",
    why="a bounce is ignored, even though the returned request lists every URL",
    frm="MAILER-DAEMON@mx2.fmkorea.com", name_from="Mail Delivery System", date=d(12, 16, 21),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B2E1A40C7.1726125660/mx2.fmkorea.com"

--B2E1A40C7.1726125660/mx2.fmkorea.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.fmkorea.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse-desk@fmkorea.com>: unknown user: "abuse-desk"

--B2E1A40C7.1726125660/mx2.fmkorea.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.fmkorea.com
Arrival-Date: Thu, 12 Sep 2024 16:20:58 +0900

Final-Recipient: rfc822; abuse-desk@fmkorea.com
Original-Recipient: rfc822;abuse-desk@fmkorea.com
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "abuse-desk"

--B2E1A40C7.1726125660/mx2.fmkorea.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

{fm_dsn_orig}

--B2E1A40C7.1726125660/mx2.fmkorea.com--
""",
))

cases.append(dict(
    name="dc-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인) as an RFC 8098 MDN",
    why="a read receipt says nothing about the posts: ignored",
    frm=DCF, name_from=DCN, date=d(3, 10, 40),
    subject=enc("읽음 확인: [KCSC-240903-01] 불법정보 시정요구 통보"),
    reply_to_req="req." + RE_DC,
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-0903-1040"

--mdn-0903-1040
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024년 9월 3일 오전 10:12에 보내신 메일 "[KCSC-240903-01] 불법정보 시정요구 통보"을(를)
수신자(report@dcinside.com)가 2024년 9월 3일 오전 10:40에 읽었습니다.

--mdn-0903-1040
Content-Type: message/disposition-notification

Reporting-UA: webmail.dcinside.com; DC Mail
Original-Recipient: rfc822;report@dcinside.com
Final-Recipient: rfc822;report@dcinside.com
Original-Message-ID: <req.KCSC-240903-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0903-1040--
""",
))

cases.append(dict(
    name="soop-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP help-desk automatic receipt (문의가 정상적으로 접수되었습니다, 접수번호)",
    why="a pure acknowledgement with a ticket number: ignored",
    frm="noreply@sooplive.co.kr", name_from=enc("SOOP 고객센터"), date=d(10, 11, 6),
    subject=enc("[SOOP 고객센터] 문의가 접수되었습니다 (#2409-118823)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호 : #2409-118823
 - 문의유형 : 권리침해/불법정보 신고
 - 제목 : [KCSC-240910-04] 시정요구 통보

접수된 순서대로 확인 후 답변드리겠습니다. 답변은 영업일 기준 1~3일 정도 소요될 수 있습니다.
문의 내역은 https://help.sooplive.co.kr/mypage/inquiry 에서 확인하실 수 있습니다.

※ 본 메일은 발신전용입니다.
""",
))

cases.append(dict(
    name="daum-english-case-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao English auto-receipt: 'We've received your request', case number, review time",
    why="a pure acknowledgement quoting the request reference: ignored",
    frm="no-reply@kakaocorp.com", name_from="Kakao Support", date=d(9, 9, 41),
    subject="[Kakao] We've received your request (Case 20240909-00451)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We've received your request regarding "[KCSC-240909-03] 시정요구 통보"
and created case 20240909-00451.

A member of our policy team will review it and get back to you. Please keep
the case number for any follow-up; replies to this address are not monitored.

Kakao Support
https://cs.kakao.com/helps
""",
))

cases.append(dict(
    name="clien-out-of-office-english",
    outcome="ignored", classification="auto_reply",
    imitates="English 'Automatic reply' out-of-office from a community site's admin",
    why="an out-of-office auto-reply is ignored (whoever sends it)",
    frm="admin@clien.net", name_from="Clien Admin", date=d(19, 15, 46),
    subject="Automatic reply: [KCSC-240919-07] 불법 대출 광고 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday, September 23, with limited access to
email. For urgent moderation matters please write to mod@clien.net.

Thank you.
""",
))

cases.append(dict(
    name="inven-echoed-report-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="game-community report receipt echoing the reported URL and reason, no outcome yet",
    why="the URL appears only in the echo of our report; the email only says it was received",
    frm="noreply@inven.co.kr", name_from=enc("인벤 고객지원"), date=d(13, 10, 2),
    subject=enc("[인벤] 신고가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""인벤 신고센터에 신고가 접수되었습니다.

[접수 내용]
 - 접수번호 : INV-R-0913-20551
 - 신고 URL : {IV[0]}
 - 신고 사유 : 음란물 링크 게시 (KCSC-240913-06)

접수된 신고는 운영정책에 따라 검토되며, 처리 결과는 영업일 기준 3일 이내에 안내됩니다.

인벤 고객지원팀
""",
))


HEADER = """# Blind set blind825 (Korean portals and community sites), written by
# tests/corpus/blind825/make.py. Each case is ingested alone into a fresh
# ledger holding requests.csv; expected results come from each email's meaning,
# written before any run of the reader. See NOTES.md."""

for _c in cases:
    _c["from"] = _c.pop("frm")

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind825", HEADER, cases)
    print(len(cases), "cases")
