#!/usr/bin/env python3
"""Blind set 955: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering the regulator, often
informally (abuse desks, admins writing one line), with CSV attachments and
plain-text tables.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind955/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
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


def enc(url):
    """requests.csv form of a URL with a Korean path (percent-encoded)."""
    return quote(url, safe=":/?&=~%#")


# ---------------------------------------------------------------- requests
KR1 = "https://ppuri.example/자유게시판/7731"
KR2 = "https://ppuri.example/자유게시판/7745"
P = {
    "f451": "https://ppuri.example/board/free/120451",
    "f467": "https://ppuri.example/board/free/120467",
    "f502": "https://ppuri.example/board/free/120502",
    "h120": "https://ppuri.example/board/humor/88120",
    "h131": "https://ppuri.example/board/humor/88131",
    "s077": "https://ppuri.example/board/stock/30077",
    "s091": "https://ppuri.example/board/stock/30091",
    "m310": "https://ppuri.example/board/market/552310",
    "m344": "https://ppuri.example/board/market/552344",
    "v588": "https://ppuri.example/view.php?id=free&no=120588",
    "k731": enc(KR1),
    "k745": enc(KR2),
    "mob610": "https://m.ppuri.example/board/free/120610",
    "f633": "https://ppuri.example/board/free/120633",
}
B = {
    "qm": "https://boxdrop.example/f/Qm7xK2pa",
    "zt": "https://boxdrop.example/f/Zt41bNw8",
    "hy": "https://boxdrop.example/f/Hy9cLq03",
    "re": "https://boxdrop.example/folder/rE55uVx1",
    "wk": "https://dl.boxdrop.example/f/Wk20sMe7/clip_0912.mp4",
}
N = {
    "root": "https://goldmoon-bet.example/",
    "join": "https://goldmoon-bet.example/join.php?ref=kr77",
    "hanul": "http://203.0.113.45/~hanul/notice.html",
}
E = {
    "live": "https://cheonha-tv.example/live/ch3",
    "vod": "https://cheonha-tv.example/vod/2024/0907",
}
R = {"phish": "http://hanulbank-verify.example/login"}
K = {
    "b012": "https://kkachi.example/b/thread/55012",
    "b090": "https://kkachi.example/b/thread/55090",
    "pol": "https://kkachi.example/pol/thread/9031",
    "img": "https://img.kkachi.example/src/1725870011223.jpg",
}
T = {"paste": "https://textbin.example/raw/aZ81kPq"}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240909-01", "ppuri", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "defamation", "forum posts, largest request", list(P.values())),
    ("KCSC-240910-02", "boxdrop", "2024-09-10T11:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "obscenity", "file host links", list(B.values())),
    ("KCSC-240910-03", "nimbushost", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "gambling", "customer sites on the host", list(N.values())),
    ("KCSC-240911-04", "edgeveil", "2024-09-11T09:30:00+09:00", "2024-09-18T23:59:59+09:00",
     "copyright", "streaming site behind the CDN", list(E.values())),
    ("KCSC-240911-05", "hanbitdomains", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     "phishing", "phishing domain, registrar", list(R.values())),
    ("KCSC-240912-06", "kkachi", "2024-09-12T09:00:00+09:00", "2024-09-19T23:59:59+09:00",
     "hate speech", "image board threads", list(K.values())),
    ("KCSC-240912-07", "textbin", "2024-09-12T15:00:00+09:00", "2024-09-19T23:59:59+09:00",
     "personal data", "paste with personal data", list(T.values())),
]


def mid(ref):
    return ref + ".1"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def raw(url):
    """How a person writes a requested URL in an email (Korean paths raw)."""
    return {P["k731"]: KR1, P["k745"]: KR2}.get(url, url)


def request_body_ko(ref, urls):
    lines = [
        "안녕하십니까, 방송통신심의위원회입니다.",
        "",
        "아래 게시물은 정보통신망법상 불법정보에 해당하여 삭제 등 필요한 조치를",
        f"요청드립니다. (참조번호 {ref})",
        "",
    ]
    lines += [f"{i}. {raw(u)}" for i, u in enumerate(urls, 1)]
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 통신심의국"]
    return "\n".join(lines)


def request_body_en(ref, urls):
    lines = [
        "Dear Abuse Team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        f"disable the following content (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us what action was taken for each link.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def mixed(boundary, parts):
    out = [f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out += [f"--{boundary}", p.strip("\n"), ""]
    out.append(f"--{boundary}--")
    return "\n".join(out)


def text_part(body, cte="8bit"):
    return f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{body}"


def csv_part(filename, rows, bom=False):
    buf = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(ch in c for ch in ',"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        buf.append(",".join(cells))
    data = ("\ufeff" if bom else "") + "\r\n".join(buf) + "\r\n"
    return (f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n" + b64(data.encode("utf-8")))


PPURI_REQ = request_body_ko("KCSC-240909-01", list(P.values()))
BOX_REQ = request_body_en("KCSC-240910-02", list(B.values()))
NIM_REQ = request_body_en("KCSC-240910-03", list(N.values()))
TEXTBIN_REQ = request_body_en("KCSC-240912-07", list(T.values()))

ALL_P_PENDING = {u: "pending" for u in P.values()}
ALL_K_PENDING = {u: "pending" for u in K.values()}

cases = []


def case(**kw):
    cases.append(kw)


# ====================================================================
# APPLIED
# ====================================================================

case(
    name="ppuri-gesijungdan-numbered",
    from_="report@ppuri.example", name_from="뿌리 운영팀",
    date=d(11, 16, 40), subject="[뿌리] 게시물 게시중단 요청(KCSC-240909-01) 처리 결과 안내",
    body=f"""
안녕하세요, 뿌리 커뮤니티 운영팀입니다.

방송통신심의위원회에서 2024년 9월 9일 요청하신 게시물(참조번호 KCSC-240909-01)에
대한 처리 결과를 아래와 같이 알려드립니다.

1. {P['f451']}
   - 처리 결과: 삭제 완료
2. {P['f467']}
   - 처리 결과: 삭제 완료
3. {P['h120']}
   - 처리 결과: 블라인드 처리
4. {P['h131']}
   - 처리 결과: 해당 게시물 없음 (작성자가 이미 삭제한 게시물입니다)
5. {P['s091']}
   - 처리 결과: 삭제 완료

나머지 게시물은 검토가 끝나는 대로 다시 회신드리겠습니다.
신고 관련 안내: https://ppuri.example/help/report

뿌리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 게시중단 요청 처리 결과 notice, numbered list with a result line under each URL",
    why="five URLs each with its own result: 삭제/블라인드 -> removed, 작성자 삭제·게시물 없음 -> not_found; the rest promised later",
    items={P["f451"]: "removed", P["f467"]: "removed", P["h120"]: "removed",
           P["h131"]: "not_found", P["s091"]: "removed"},
)

case(
    name="ppuri-admin-one-line",
    from_="admin@ppuri.example", name_from="뿌리 관리자",
    date=d(10, 9, 12), subject="Re: [KCSC-240909-01] 불법정보 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
{P['m310']} 삭제했습니다.

--
뿌리 관리자

2024년 9월 9일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(PPURI_REQ)}
""",
    outcome="applied", classification="confirmation",
    imitates="small-forum admin answering with one line above the quoted request",
    why="one unhedged line: this URL deleted; the 14 URLs below are our own quoted request",
    items={P["m310"]: "removed"},
)

case(
    name="ppuri-html-table-mixed",
    from_="report@ppuri.example", name_from="뿌리 운영팀",
    date=d(12, 11, 5), subject="게시물 조치 결과 회신 (KCSC-240909-01)", type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>요청하신 게시물(참조번호 KCSC-240909-01) 중 아래 6건의 조치 결과를 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>번호</th><th>게시물 주소</th><th>조치 내용</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{P['f502']}">{P['f502']}</a></td><td>게시중단</td><td>&nbsp;</td></tr>
<tr><td>2</td><td><a href="{P['s077']}">{P['s077']}</a></td><td>임시조치(30일)</td><td>권리침해 주장 게시물</td></tr>
<tr><td>3</td><td><a href="{P['m344']}">{P['m344']}</a></td><td>유지</td><td>운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다</td></tr>
<tr><td>4</td><td><a href="{P['v588'].replace('&', '&amp;')}">{P['v588'].replace('&', '&amp;')}</a></td><td>삭제</td><td>&nbsp;</td></tr>
<tr><td>5</td><td><a href="{P['mob610']}">{P['mob610']}</a></td><td>해당 없음</td><td>존재하지 않는 게시물 번호입니다</td></tr>
<tr><td>6</td><td><a href="{P['f633']}">{P['f633']}</a></td><td>비공개 처리</td><td>&nbsp;</td></tr>
</table>
<p>이의가 있으신 경우 <a href="https://ppuri.example/help/policy">운영정책 안내</a>를 참고해 주십시오.</p>
<p>뿌리 운영팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table sent as an HTML email (번호/주소/조치 내용/비고)",
    why="six rows: 게시중단/삭제/비공개 -> removed, 임시조치 -> restricted, 유지 with reason -> rejected, 존재하지 않음 -> not_found",
    items={P["f502"]: "removed", P["s077"]: "restricted", P["m344"]: "rejected",
           P["v588"]: "removed", P["mob610"]: "not_found", P["f633"]: "removed"},
)

case(
    name="ppuri-csv-attachment",
    from_="report@ppuri.example", name_from="뿌리 운영팀",
    date=d(13, 10, 20), subject="[뿌리] KCSC-240909-01 처리 결과 (CSV 첨부)",
    raw_mime=mixed("=_ppuri_0913", [
        text_part("안녕하세요. 뿌리 운영팀입니다.\n\n"
                  "KCSC-240909-01 건 중 추가로 처리한 5건의 결과를 첨부 CSV 파일로 보내드립니다.\n\n"
                  "감사합니다.\n"),
        csv_part("ppuri_result_0913.csv", [
            ["번호", "URL", "처리결과", "메모"],
            [1, P["f451"], "삭제", ""],
            [2, P["h131"], "블라인드", "신고 누적"],
            [3, KR2, "임시조치", "30일간 접근 제한"],
            [4, P["s091"], "게시물 없음", "작성자 탈퇴로 이미 삭제됨"],
            [5, P["m310"], "유지", "위반 사항 없음(일반 중고거래 글)"],
        ], bom=True),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Korean operator sending the result sheet as an Excel-saved CSV (UTF-8 with BOM) attachment",
    why="CSV rows: 삭제/블라인드 -> removed, 임시조치 -> restricted, 게시물 없음 -> not_found, 유지(위반 없음) -> rejected; raw Korean path matches its encoded form",
    items={P["f451"]: "removed", P["h131"]: "removed", P["k745"]: "restricted",
           P["s091"]: "not_found", P["m310"]: "rejected"},
)

case(
    name="ppuri-plain-text-table",
    from_="sysop@ppuri.example", name_from="ppuri sysop",
    date=d(11, 22, 47), subject="RE: KCSC-240909-01 게시물 조치 요청",
    body=f"""
요청 주신 건 중 처리된 것만 정리했습니다.

번호  URL                                            결과
----  ---------------------------------------------  ----------------------
1     {P['f467']}        삭제
2     {P['h120']}        삭제
3     {P['s077']}        유지(위반 아님)
4     {P['f633']}        작성자 삭제(이미 없음)

나머지는 운영팀에서 따로 회신할 예정입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum sysop pasting a fixed-width plain-text table",
    why="plain-text table: two 삭제 -> removed, 유지(위반 아님) -> rejected, 작성자 삭제(이미 없음) -> not_found",
    items={P["f467"]: "removed", P["h120"]: "removed", P["s077"]: "rejected",
           P["f633"]: "not_found"},
)

case(
    name="ppuri-korean-particles",
    from_="admin@ppuri.example", name_from="뿌리 관리자",
    date=d(12, 14, 3), subject="Re: [KCSC-240909-01] 불법정보 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
담당자님 안녕하세요.

{P['s077']}은 오늘 오전에 삭제했고, {P['s091']}은 주식 종목에 대한 개인 의견 글이라 저희 운영정책상 문제가 없다고 보고 그대로 두었습니다。
그리고 {P['m344']}（중고장터 글）도 삭제 완료했습니다.

다른 글들은 주말 전까지 확인해 보겠습니다.
관리자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin writing prose with URLs followed by Korean particles and full-width punctuation",
    why="30077 deleted, 30091 left up as opinion (reason given) -> rejected, 552344 deleted; URL ends before 은 and （",
    items={P["s077"]: "removed", P["s091"]: "rejected", P["m344"]: "removed"},
)

qp_body = f"""안녕하세요. 뿌리 운영팀입니다.

요청하신 자유게시판 게시물 처리 결과입니다.

- {KR1} : 블라인드 처리 완료
- {KR2} : 임시조치(30일간 접근 제한)

임시조치 기간이 끝나면 작성자 소명 여부에 따라 삭제 또는 복원됩니다.
"""
case(
    name="ppuri-raw-korean-path-qp",
    from_="report@ppuri.example", name_from="뿌리 운영팀",
    date=d(12, 17, 30), subject="[뿌리] 자유게시판 게시물 조치 결과 (KCSC-240909-01)",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(qp_body.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    imitates="Korean portal notice in a quoted-printable body, URLs with raw Hangul paths",
    why="블라인드 -> removed, 임시조치(접근 제한) -> restricted; raw 자유게시판 paths match the percent-encoded request URLs; the later 삭제 또는 복원 is a future condition",
    items={P["k731"]: "removed", P["k745"]: "restricted"},
)

case(
    name="ppuri-top-posted-over-quote",
    from_="mod.haneul@ppuri.example", name_from="뿌리 모더레이터 하늘",
    date=d(10, 13, 26), subject="Re: [KCSC-240909-01] 불법정보 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
요청 건 일부 처리했습니다.

{P['h131']} → 삭제
{P['m344']} → 삭제
{P['f502']} 은 작성자가 이미 지운 글이라 저희가 조치할 게 없었습니다.

나머지는 내일 중으로 보겠습니다.

On Mon, 9 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(PPURI_REQ)}
""",
    outcome="applied", classification="confirmation",
    imitates="moderator's top-posted reply over the quoted request (Gmail English quote header)",
    why="two arrows -> removed, one already deleted by its author -> not_found; the quoted list changes nothing",
    items={P["h131"]: "removed", P["m344"]: "removed", P["f502"]: "not_found"},
)

case(
    name="ppuri-gmail-korean-quote-header",
    from_="admin@ppuri.example", name_from="뿌리 관리자",
    date=d(10, 18, 2), subject="Re: [KCSC-240909-01] 불법정보 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
확인 결과 아래 두 건은 삭제했습니다.

{P['mob610']}
{P['m310']}

나머지 게시물은 아직 확인 중입니다.

2024년 9월 9일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(PPURI_REQ)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply with the Korean quote header (…님이 작성:)",
    why="statement before the two bare URLs covers both (removed); 'still checking' leaves the rest pending",
    items={P["mob610"]: "removed", P["m310"]: "removed"},
)

case(
    name="ppuri-echoed-inquiry",
    from_="help@ppuri.example", name_from="뿌리 고객센터",
    date=d(11, 15, 14), subject="[뿌리 고객센터] 문의하신 내용에 대한 답변입니다 (Q-20240911-00418)",
    body=f"""
[뿌리 고객센터] 문의하신 내용에 대한 답변입니다.

──────────────────────────────
문의 번호 : Q-20240911-00418
문의 유형 : 게시물 신고
문의 내용 :
  KCSC-240909-01 관련하여 아래 게시물의 삭제를 요청합니다.
  {P['f451']}
  {P['h120']}
  {P['s077']}
──────────────────────────────

답변 내용 :
안녕하세요. 뿌리 고객센터입니다.
문의하신 게시물 3건은 모두 운영정책 위반으로 확인되어 삭제 처리되었습니다.
이용해 주셔서 감사합니다.

※ 본 메일은 발신 전용입니다. 추가 문의는 https://ppuri.example/help/inquiry 를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk (1:1 문의) answer that echoes the submitted inquiry above the answer",
    why="the helpdesk echo names the three URLs and the answer says all three were deleted; each is named, so not a bulk statement",
    items={P["f451"]: "removed", P["h120"]: "removed", P["s077"]: "removed"},
)

case(
    name="boxdrop-abuse-desk-bullets",
    from_="abuse@boxdrop.example", name_from="Boxdrop Abuse Team",
    date=d(11, 4, 52), subject="Re: Removal request KCSC-240910-02",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""
Hi,

Thanks for the report. Outcome per link:

 * {B['qm']} - file deleted, uploader account terminated
 * {B['zt']} - file deleted
 * {B['hy']} - this link is invalid, no file was ever stored under this ID
 * {B['re']} - the folder holds holiday photos only; no breach of our terms, we are leaving it up
 * {B['wk']} - disabled, hash added to our upload blocklist

Regards,
Mira
Boxdrop Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk reply with one bullet per link",
    why="deleted/disabled -> removed, invalid link -> not_found, left up with a reason -> rejected",
    items={B["qm"]: "removed", B["zt"]: "removed", B["hy"]: "not_found",
           B["re"]: "rejected", B["wk"]: "removed"},
)

case(
    name="boxdrop-url-status-below",
    from_="support@boxdrop.example", name_from="Boxdrop Support",
    date=d(12, 8, 15), subject="[Ticket #BD-40917] Update on your request KCSC-240910-02",
    body=f"""
Ticket #BD-40917
Requester: takedown@kcsc.example

{B['zt']}
Status: Removed

{B['re']}
Status: Removed (folder and 12 files)

{B['wk']}
Status: Not found - the file had already been deleted by the uploader

Reply to this email to reopen the ticket.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system update: bare URL with a Status line below it",
    why="status line below each URL: two removed, one already deleted by the uploader -> not_found",
    items={B["zt"]: "removed", B["re"]: "removed", B["wk"]: "not_found"},
)

case(
    name="boxdrop-csv-with-intro",
    from_="abuse@boxdrop.example", name_from="Boxdrop Abuse Team",
    date=d(13, 2, 31), subject="Takedown report for KCSC-240910-02",
    raw_mime=mixed("bd-report-7731", [
        text_part("Hello,\n\nAttached is the takedown report for your request KCSC-240910-02.\n"
                  "One line per link you sent us.\n\n-- \nBoxdrop Abuse Team\n"),
        csv_part("takedown_report_KCSC-240910-02.csv", [
            ["url", "action", "actioned_at_utc", "comment"],
            [B["qm"], "REMOVED", "2024-09-12 17:02", ""],
            [B["zt"], "REMOVED", "2024-09-12 17:02", ""],
            [B["hy"], "NOT_FOUND", "", "no such file id"],
            [B["re"], "NO_ACTION", "", "reviewed, content does not violate our ToS"],
            [B["wk"], "GEO_BLOCKED_KR", "2024-09-12 17:05", "unavailable from Korea only"],
        ]),
    ]),
    outcome="applied", classification="confirmation",
    imitates="file host sending a machine-made CSV report as an attachment",
    why="CSV actions: REMOVED -> removed, NOT_FOUND -> not_found, NO_ACTION with reason -> rejected, GEO_BLOCKED_KR -> restricted",
    items={B["qm"]: "removed", B["zt"]: "removed", B["hy"]: "not_found",
           B["re"]: "rejected", B["wk"]: "restricted"},
)

case(
    name="boxdrop-statement-of-reasons",
    from_="dsa-notices@boxdrop.example", name_from="Boxdrop Legal",
    date=d(12, 3, 10), subject="Statement of reasons - notice BDN-2024-118842 (KCSC-240910-02)",
    body=f"""
Statement of reasons under Article 17 DSA

Notice ID:             BDN-2024-118842
Your reference:        KCSC-240910-02
Content concerned:     {B['qm']}
Decision:              Removal of the content
Territorial scope:     Worldwide
Date of decision:      12 September 2024
Facts relied on:       Notice from a public authority; review by our Trust & Safety staff
Ground:                Illegal content (Korean law) and section 4.2 of our Terms of Service
Automated means used:  No

Redress: the uploader may appeal through https://boxdrop.example/legal/appeal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons sent as a field list",
    why="one named file, decision 'Removal of the content', worldwide -> removed; the appeal link is not an item",
    items={B["qm"]: "removed"},
)

case(
    name="boxdrop-outlook-original-message",
    from_="j.berg@boxdrop.example", name_from="Jonas Berg",
    date=d(11, 17, 44), subject="RE: Removal request KCSC-240910-02",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""
Hello,

The file {B['hy']} has been taken down today.
The other four are still with our review team, I will write again once they are done.

Best regards,
Jonas Berg
Boxdrop Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:00 AM
To: abuse@boxdrop.example
Subject: Removal request KCSC-240910-02

{BOX_REQ}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above an unprefixed -----Original Message----- block",
    why="one file taken down; the other four are under review and the unquoted original below is our own request",
    items={B["hy"]: "removed", B["qm"]: "pending", B["zt"]: "pending",
           B["re"]: "pending", B["wk"]: "pending"},
)

case(
    name="nimbushost-ticket-resolved",
    from_="abuse@nimbushost.example", name_from="Nimbus Hosting Abuse",
    date=d(11, 9, 3), subject="[Nimbus Abuse #NH-88213] Resolved: KCSC-240910-03",
    body=f"""
Ticket status changed: Open -> Resolved

Update from the Nimbus Abuse Team:

We have investigated the URLs in your complaint.

{N['root']}
{N['join']}
The hosting account serving goldmoon-bet.example was suspended for breach of our
Acceptable Use Policy (illegal gambling). Both pages are offline.

{N['hanul']}
There is no user directory ~hanul on the server at 203.0.113.45 and the path returns
404. We could not locate this content anywhere on our network.

--
Reply above this line to add a comment to ticket #NH-88213.
View your ticket: https://help.nimbushost.example/tickets/NH-88213
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse ticket resolved notice (WHMCS/Zendesk style)",
    why="two URLs above 'account suspended, both pages offline' -> removed; third cannot be located -> not_found; ticket link is not an item",
    items={N["root"]: "removed", N["join"]: "removed", N["hanul"]: "not_found"},
)

case(
    name="nimbushost-one-line-suspended",
    from_="dh@nimbushost.example", name_from="Daniel H.",
    date=d(10, 19, 58), subject="Re: Removal request KCSC-240910-03",
    reply_to_req=mid("KCSC-240910-03"),
    body=f"""
suspended the account. {N['root']} and {N['join']} are both offline now.
- dh, nimbus abuse

On Tue, Sep 10, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(NIM_REQ)}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk engineer answering in one lowercase line from a phone",
    why="two named URLs offline after suspension -> removed; the third is only in the quote",
    items={N["root"]: "removed", N["join"]: "removed", N["hanul"]: "pending"},
)

case(
    name="nimbushost-aup-rejected",
    from_="abuse@nimbushost.example", name_from="Nimbus Hosting Abuse",
    date=d(12, 10, 41), subject="[Nimbus Abuse #NH-88214] KCSC-240910-03 - no action",
    body=f"""
Hello,

Regarding your complaint KCSC-240910-03 about {N['hanul']}:

We reviewed the page. It is a shop's notice about opening hours and contains nothing
that breaches our Acceptable Use Policy. We have therefore not taken any action and
the page remains online.

If you hold a court order concerning this page, please send it to
legal@nimbushost.example.

Nimbus Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider refusal: reviewed, no AUP breach, no action",
    why="refusal with its reason for the one named URL -> rejected",
    items={N["hanul"]: "rejected"},
)

case(
    name="edgeveil-geo-block-and-forward",
    from_="trust-safety@edgeveil.example", name_from="EdgeVeil Trust & Safety",
    date=d(12, 1, 22), subject="EdgeVeil abuse report EV-2024-0911-7732 (KCSC-240911-04)",
    body=f"""
Hello,

Thank you for your report EV-2024-0911-7732.

{E['live']}
We have restricted access to this URL from the Republic of Korea at our edge.

{E['vod']}
This content is not cached or served by EdgeVeil; we only provide DNS and proxy
services for the site. We have forwarded your report to the hosting provider
(Nimbus Hosting) and to the site owner, who are best placed to act on it.

For more about how we handle reports: https://www.edgeveil.example/trust/abuse-policy

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN (Cloudflare-style) abuse reply: one URL geo-blocked, the other forwarded to the host",
    why="geo-block in Korea -> restricted; 'forwarded to the host' is no status, vod stays pending",
    items={E["live"]: "restricted", E["vod"]: "pending"},
)

case(
    name="edgeveil-html-zone-terminated",
    from_="trust-safety@edgeveil.example", name_from="EdgeVeil Trust & Safety",
    date=d(13, 6, 0), subject="Action taken on report EV-2024-0911-7732", type="html",
    body=f"""
<html><body>
<p>Hello KCSC Takedown Desk,</p>
<p>Following your report <b>KCSC-240911-04</b>, we reviewed cheonha-tv.example.
The site was deployed on <b>EdgeVeil Pages</b>, our static hosting product, so we
are the host of these files.</p>
<p>We have disabled the deployment for violating our Terms of Service. The
following URLs now return an error page everywhere:</p>
<ul>
<li><a href="{E['live']}">{E['live']}</a></li>
<li><a href="{E['vod']}">{E['vod']}</a></li>
</ul>
<p>The customer may appeal via <a href="https://dash.edgeveil.example/appeals">the dashboard</a>.</p>
<p>EdgeVeil Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="CDN that also hosts the site (edge hosting product) disabling a deployment, HTML list",
    why="EdgeVeil hosts the files and disabled them everywhere -> both removed; dashboard link is not an item",
    items={E["live"]: "removed", E["vod"]: "removed"},
)

case(
    name="hanbit-clienthold-sole",
    from_="abuse@hanbitdomains.example", name_from="한빛도메인 고객지원",
    date=d(12, 15, 9), subject="Re: [KCSC-240911-05] 피싱 사이트 도메인 조치 요청",
    reply_to_req=mid("KCSC-240911-05"),
    body="""
안녕하세요, 한빛도메인 어뷰즈 담당입니다.

요청하신 도메인(hanulbank-verify.example)에 대해 등록 약관 제8조에 따라 네임서버 위임을
해제하고 clientHold 상태로 변경하였습니다. 이에 따라 해당 도메인과 그 하위 모든 주소는
현재 인터넷에서 더 이상 열리지 않습니다.

등록자에게도 같은 내용을 통지하였습니다.

한빛도메인 고객지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: domain put on clientHold, no longer resolves",
    why="one-item request, the reply's one statement: domain on hold, every address under it unreachable -> removed",
    items={R["phish"]: "removed"},
)

case(
    name="kkachi-janitor-informal",
    from_="janny@kkachi.example", name_from="kkachi janny",
    date=d(12, 23, 31), subject="re: your list",
    reply_to_req=mid("KCSC-240912-06"),
    body=f"""
sup. took care of your list:

{K['b012']} - deleted
{K['b090']} - deleted + poster banned 30d
{K['pol']} - leaving this one up, it's an argument about elections, nothing illegal in it
{K['img']} - purged from storage and cache

- kkachi admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board volunteer janitor answering informally, one URL a line",
    why="deleted/purged -> removed, left up with a reason -> rejected",
    items={K["b012"]: "removed", K["b090"]: "removed", K["pol"]: "rejected", K["img"]: "removed"},
)

case(
    name="kkachi-wrapped-angle-url",
    from_="admin@kkachi.example", name_from="kkachi admin",
    date=d(13, 8, 44), subject="Re: KCSC-240912-06",
    reply_to_req=mid("KCSC-240912-06"),
    body=f"""
Hi,

The image you flagged, <https://img.kkachi.example/src/
1725870011223.jpg>, was already gone when I checked. Our board prunes old
images after 72 hours, so it no longer exists on our servers.

Thread <{K['b012']}> was deleted by me this morning.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text mail whose client wrapped a long URL inside angle brackets",
    why="image no longer exists (pruned before we asked) -> not_found; thread deleted -> removed",
    items={K["img"]: "not_found", K["b012"]: "removed"},
)

kk_b64 = f"""Report KCSC-240912-06

/b/ thread {K['b090']} : 404, the thread was already deleted by the poster
/pol/ thread {K['pol']} : removed (rule 3, off-topic spam)

-- kkachi staff
"""
case(
    name="kkachi-base64-body",
    from_="staff@kkachi.example", name_from="kkachi staff",
    date=d(13, 21, 7), subject="Re: KCSC-240912-06 results",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + b64(kk_b64.encode("utf-8")),
    outcome="applied", classification="confirmation",
    imitates="plain-text reply sent base64-encoded by a webmail client",
    why="after decoding: 55090 already deleted by its poster -> not_found, 9031 removed",
    items={K["b090"]: "not_found", K["pol"]: "removed"},
)

case(
    name="textbin-one-line-sole",
    from_="admin@textbin.example", name_from="textbin admin",
    date=d(12, 21, 15), subject="Re: [KCSC-240912-07] Request to remove paste",
    reply_to_req=mid("KCSC-240912-07"),
    body=f"""
Paste removed. Thanks for the heads up.

--
textbin.example admin

On 12/09/2024 15:00, KCSC Takedown wrote:
{quoted(TEXTBIN_REQ)}
""",
    outcome="applied", classification="confirmation",
    imitates="one-person paste site admin replying with two words over the quote",
    why="one-item request, thread reply, one unhedged statement 'Paste removed' -> removed (the URL itself is only quoted)",
    items={T["paste"]: "removed"},
)

# ====================================================================
# REVIEW
# ====================================================================

case(
    name="ppuri-promise-review",
    from_="report@ppuri.example", name_from="뿌리 운영팀",
    date=d(10, 11, 30), subject="Re: [KCSC-240909-01] 불법정보 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
안녕하세요, 뿌리 운영팀입니다.

말씀하신 게시물 중 {P['f451']}, {P['s077']} 은
내부 검토를 거쳐 이번 주 안으로 삭제 조치할 예정입니다.
나머지 게시물도 순차적으로 확인하고 있습니다.

조치가 완료되면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean operator promising deletion after internal review",
    why="예정입니다 is a promise, not a statement: named items stay pending, the email needs a person",
    items={P["f451"]: "pending", P["s077"]: "pending"},
)

case(
    name="boxdrop-appears-removed",
    from_="abuse@boxdrop.example", name_from="Boxdrop Abuse Team",
    date=d(10, 23, 50), subject="Re: Removal request KCSC-240910-02",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""
Hi,

Looking at {B['qm']} and {B['zt']}, it appears the uploader may
have deleted them already, but our storage team still needs to confirm this.
I'll get back to you on all five links.

Mira
Boxdrop Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse desk first look, hedged ('appears', 'may have')",
    why="hedged and unconfirmed: no statement, the two named items stay pending",
    items={B["qm"]: "pending", B["zt"]: "pending"},
)

case(
    name="nimbushost-customer-notified-48h",
    from_="abuse@nimbushost.example", name_from="Nimbus Hosting Abuse",
    date=d(10, 16, 12), subject="[Nimbus Abuse #NH-88213] KCSC-240910-03 forwarded to customer",
    body=f"""
Hello,

We have forwarded your complaint KCSC-240910-03 to our customer responsible for
{N['root']} and asked them to remove the material within 48 hours.

If the customer does not respond or does not resolve the issue in that time, we will
suspend the service.

Nimbus Hosting Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="hosting provider 'we forwarded your complaint to our customer' reply (Hostwinds/InterServer style)",
    why="forwarded to the customer plus a conditional promise to suspend: no statement, the item stays pending",
    items={N["root"]: "pending"},
)

case(
    name="ppuri-all-deleted-bulk",
    from_="report@ppuri.example", name_from="뿌리 운영팀",
    date=d(13, 17, 55), subject="Re: [KCSC-240909-01] 불법정보 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-01"),
    body="""
안녕하세요.
[KCSC-240909-01] 요청하신 게시물 전부 삭제 처리 완료하였습니다.
감사합니다.

뿌리 운영팀
""",
    outcome="review", review="bulk",
    imitates="Korean operator's one-sentence 'all requested posts deleted' reply",
    why="'all of them deleted' for a 14-item request names no item: bulk, everything stays pending",
    items=ALL_P_PENDING,
)

case(
    name="kkachi-all-gone-bulk",
    from_="admin@kkachi.example", name_from="kkachi admin",
    date=d(12, 20, 2), subject="Re: KCSC-240912-06",
    reply_to_req=mid("KCSC-240912-06"),
    body="""
all 4 threads/images from your KCSC-240912-06 mail are gone now. cheers
""",
    outcome="review", review="bulk",
    imitates="image-board admin's one-line 'all gone' reply",
    why="'all 4 gone' for a four-item request names none of them: bulk, items pending",
    items=ALL_K_PENDING,
)

case(
    name="boxdrop-dkim-fail",
    from_="abuse@boxdrop.example", name_from="Boxdrop Abuse Team", auth="fail",
    date=d(11, 12, 0), subject="Re: Removal request KCSC-240910-02",
    body=f"""
Hello,

The following files were removed:

{B['qm']}
{B['re']}

Boxdrop Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk confirmation whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: nothing applied",
    items={B["qm"]: "pending", B["re"]: "pending"},
)

case(
    name="goldmoon-webmaster-unknown",
    from_="owner@goldmoon-bet.example", name_from="Goldmoon Webmaster",
    date=d(11, 8, 17), subject="About complaint KCSC-240910-03 - please unsuspend",
    body=f"""
Dear Sir or Madam,

My hosting company Nimbus suspended my website because of your complaint
KCSC-240910-03. I have now deleted the page {N['join']} myself.
Please tell Nimbus to restore my account.

Thank you,
Goldmoon webmaster
""",
    outcome="review", review="unknown_sender",
    imitates="site owner (the host's customer) writing to the regulator directly",
    why="not from any platform's sender domain: names our request and an item, needs a person",
    items={N["join"]: "pending"},
)

case(
    name="nimbushost-reports-cdn-items",
    from_="abuse@nimbushost.example", name_from="Nimbus Hosting Abuse",
    date=d(13, 11, 38), subject="[Nimbus Abuse #NH-88305] Complaint forwarded by EdgeVeil",
    body=f"""
Hello,

EdgeVeil forwarded us your report about cheonha-tv.example. The origin server of
that site is on our network. We have removed the following from the customer's server:

{E['live']}
{E['vod']}

Nimbus Hosting Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="origin host answering a complaint that the CDN forwarded to it",
    why="the items belong to our EdgeVeil request; a different platform states their status",
    items={E["live"]: "pending", E["vod"]: "pending"},
)

case(
    name="nimbushost-abuse-address-change",
    from_="noreply@nimbushost.example", name_from="Nimbus Hosting",
    date=d(16, 10, 0), subject="Changes to how Nimbus handles abuse reports",
    body="""
Dear reporter,

From 1 October 2024 the Nimbus abuse desk will accept new reports only through
https://help.nimbushost.example/abuse/new . Reports sent by email to
abuse@nimbushost.example after that date will receive an automatic pointer to the form.

Open tickets are not affected.

Nimbus Hosting
""",
    outcome="review", review="no_claims",
    imitates="host's announcement of a new abuse-report channel",
    why="trusted platform mail that names no item and no request",
    items={},
)

case(
    name="hanbit-needs-official-letter",
    from_="abuse@hanbitdomains.example", name_from="한빛도메인 고객지원",
    date=d(11, 17, 20), subject="Re: [KCSC-240911-05] 피싱 사이트 도메인 조치 요청",
    reply_to_req=mid("KCSC-240911-05"),
    body="""
안녕하세요, 한빛도메인 어뷰즈 담당입니다.

KCSC-240911-05 건과 관련하여, 등록 도메인을 정지하려면 아래 자료가 필요합니다.

1. 기관 명의의 공문(직인 날인본, PDF)
2. 피싱 페이지 화면 캡처 및 확인 일시

자료를 회신해 주시면 확인 후 바로 조치하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for an official letter and evidence before suspending",
    why="asks us for documents; nothing has been done, the item stays pending",
    items={R["phish"]: "pending"},
)

hwp = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 + b"HWP Document File" + bytes(range(256)) * 3
case(
    name="ppuri-hwp-attachment",
    from_="report@ppuri.example", name_from="뿌리 운영팀",
    date=d(12, 9, 48), subject="[뿌리] KCSC-240909-01 조치 결과 송부",
    raw_mime=mixed("=_ppuri_hwp", [
        text_part("안녕하세요. 뿌리 운영팀입니다.\n\n"
                  "KCSC-240909-01 건의 조치 결과를 첨부 문서로 송부합니다.\n"
                  "확인 부탁드립니다.\n"),
        "Content-Type: application/x-hwp; name*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_KCSC-240909-01.hwp\n"
        "Content-Disposition: attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_KCSC-240909-01.hwp\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(hwp),
    ]),
    outcome="review", review="unreadable_attachment",
    imitates="Korean operator sending the result only as an .hwp (Hangul) document",
    why="the result is only in an attachment the reader cannot open",
    items={},
)

# ====================================================================
# IGNORED
# ====================================================================

case(
    name="ppuri-out-of-office-kr",
    from_="haneul.kim@ppuri.example", name_from="김하늘",
    date=d(13, 18, 1), subject="[자동응답] 부재중입니다 - Re: [KCSC-240909-01] 불법정보 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 김하늘입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 게시물 신고는 report@ppuri.example 로 보내주시면 운영팀에서 처리합니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply: ignored",
    items={},
)

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-40a1"

--dsn-40a1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.boxdrop.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@boxdrop.example>: host store.boxdrop.example[192.0.2.40] said:
    550 5.1.1 <legal@boxdrop.example>: Recipient address rejected: User unknown

--dsn-40a1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.boxdrop.example
Arrival-Date: Tue, 10 Sep 2024 11:00:04 +0900

Final-Recipient: rfc822; legal@boxdrop.example
Original-Recipient: rfc822;legal@boxdrop.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@boxdrop.example>: Recipient address
    rejected: User unknown

--dsn-40a1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@boxdrop.example
Subject: Removal request KCSC-240910-02
Date: Tue, 10 Sep 2024 11:00:00 +0900
Message-ID: <{mid('KCSC-240910-02')}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{BOX_REQ}

--dsn-40a1--
"""
case(
    name="boxdrop-dsn-bounce",
    from_="MAILER-DAEMON@mx.boxdrop.example", name_from="Mail Delivery System",
    date=d(10, 11, 0, 5), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request (user unknown)",
    why="bounce of our own request; the URLs are in the returned message",
    items={B["qm"]: "pending", B["hy"]: "pending"},
)

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77c2"

--mdn-77c2
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@nimbushost.example
  Subject: Removal request KCSC-240910-03
  Sent: Tuesday, September 10, 2024 2:00 PM

was read on Tuesday, September 10, 2024 3:12 PM.

--mdn-77c2
Content-Type: message/disposition-notification

Reporting-UA: abuse-ws04.nimbushost.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;abuse@nimbushost.example
Original-Message-ID: <{mid('KCSC-240910-03')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77c2--
"""
case(
    name="nimbushost-mdn",
    from_="abuse@nimbushost.example", name_from="Nimbus Hosting Abuse",
    date=d(10, 15, 12), subject="Read: Removal request KCSC-240910-03",
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt: ignored",
    items={},
)

case(
    name="edgeveil-ticket-receipt",
    from_="no-reply@edgeveil.example", name_from="EdgeVeil Trust & Safety",
    date=d(11, 9, 31), subject="We received your abuse report EV-2024-0911-7732",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for your report.

Report ID: EV-2024-0911-7732
Category:  Copyright
Reported URLs:
  {E['live']}
  {E['vod']}

Our Trust & Safety team reviews reports in the order received. You will hear from
us when there is an update. Please do not reply to this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt echoing the reported URLs",
    why="pure receipt with a report id; the echoed URLs carry no statement",
    items={E["live"]: "pending", E["vod"]: "pending"},
)

case(
    name="kkachi-unmonitored-autoreply",
    from_="contact@kkachi.example", name_from="kkachi",
    date=d(12, 9, 0, 40), subject="Auto: KCSC-240912-06 removal request",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This address is not monitored. kkachi is run by volunteers.

To report a post, use the report button next to it or the form at
https://kkachi.example/report . Legal requests go to legal@kkachi.example.
""",
    outcome="ignored", classification="auto_reply",
    imitates="volunteer site's 'this mailbox is not monitored' autoresponder",
    why="autoresponder: ignored",
    items={},
)

case(
    name="hanbit-jeopsu-receipt",
    from_="noreply@hanbitdomains.example", name_from="한빛도메인",
    date=d(11, 10, 0, 30), subject="[한빛도메인] 신고가 접수되었습니다 (접수번호 HB-240911-0093) - KCSC-240911-05",
    body="""
고객님의 신고가 정상적으로 접수되었습니다.

접수번호 : HB-240911-0093
접수일시 : 2024-09-11 10:00

담당 부서에서 내용을 확인한 후 영업일 기준 3일 이내에 회신드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean registrar helpdesk 접수 완료 receipt",
    why="receipt with a ticket number only",
    items={},
)


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
        # Real mailers send non-ASCII display names and subjects RFC 2047-encoded.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode(linesep="\n")
    header = ("# Blind set 955 (hosting providers, CDN, registrar, forum, image board,\n"
              "# file host, paste site; informal replies, CSV and plain-text tables).\n"
              "# Generated by make.py; expected results written from each email's\n"
              "# meaning before any run of the reader.")
    corpuslib.write_set(HERE, "blind955", header, cases)


if __name__ == "__main__":
    main()
