#!/usr/bin/env python3
"""Blind set 817: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a file host answering (often informally), plus CSV
attachments and plain-text tables.

Written from the meaning of each email before the reader was ever run on it.
Deterministic: `python3 tests/corpus/blind817/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind817"

# ---------------------------------------------------------------- requests
DB = "https://dalbit-bbs.example"
JANGTEO = DB + "/%EC%9E%A5%ED%84%B0/5521"  # /장터/5521
JANGTEO_RAW = DB + "/장터/5521"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240903-01", "dalbit", "2024-09-03T10:12:00+09:00", "2024-09-06T18:00:00+09:00",
     "obscenity", "forum posts and one member page", [
         DB + "/free/881203",
         DB + "/free/881240",
         DB + "/free/881377",
         DB + "/humor/120455",
         DB + "/humor/120498",
         DB + "/market/77012",
         DB + "/market/77015",
         DB + "/market/77101",
         DB + "/board.php?bo_table=adult&wr_id=3310",
         DB + "/board.php?bo_table=adult&wr_id=3318",
         JANGTEO,
         DB + "/member/nightowl77",
         DB + "/gallery/60218",
     ]),
    ("KCSC-240905-02", "nimbushost", "2024-09-05T14:30:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_gambling", "customer sites on the host's network", [
         "http://toto-royal88.example/",
         "https://royalbet-kr.example/event/join.html",
         "https://files.sunny-pharm.example/catalog/list.php?cat=7",
         "http://198.51.100.77/~kbet/index.html",
     ]),
    ("KCSC-240909-03", "boxdrop", "2024-09-09T09:05:00+09:00", "2024-09-11T18:00:00+09:00",
     "obscenity", "file host links", [
         "https://boxdrop.example/f/Qm7xK2pA",
         "https://boxdrop.example/f/Zt91LwcE",
         "https://boxdrop.example/f/b8RrN0ud",
         "https://boxdrop.example/folder/HY3s9vTq",
         "https://dl.boxdrop.example/d/7fQ2mP/archive_0912.zip",
     ]),
    ("KCSC-240910-04", "kkachi", "2024-09-10T11:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "defamation", "image board threads and one image", [
         "https://kkachi.example/b/res/448120.html",
         "https://kkachi.example/b/res/448187.html",
         "https://i.kkachi.example/src/1725931842117.jpg",
     ]),
    ("KCSC-240911-05", "pinedns", "2024-09-11T16:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "illegal_gambling", "domains registered through the registrar", [
         "https://kr-sportsbet365.example/",
         "https://hanbit-casino.example/",
     ]),
    ("KCSC-240912-06", "brightedge", "2024-09-12T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "copyright", "pirate manga site behind the CDN", [
         "https://manga-dokki.example/series/2210/ch-15",
         "https://manga-dokki.example/series/2210/ch-16",
     ]),
    ("KCSC-240913-07", "boxdrop", "2024-09-13T09:30:00+09:00", "2024-09-15T18:00:00+09:00",
     "obscenity", "single file link", [
         "https://boxdrop.example/f/Lp04sXyW",
     ]),
]


def req_mid(ref):
    return f"request.{ref}.1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def urls_of(ref):
    for r in REQUESTS:
        if r[0] == ref:
            return r[6]
    raise KeyError(ref)


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def gmail_quote(header, text):
    return header + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def request_text(ref, intro="Please remove or disable access to the following items"):
    lines = [f"Dear Sir or Madam,", "",
             f"The Korea Communications Standards Commission requests action on the items",
             f"below (reference {ref}).", "", intro + ":", ""]
    for i, u in enumerate(urls_of(ref), 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please report the result for each item.", "", "KCSC Takedown Desk"]
    return "\n".join(lines)


# ---------------------------------------------------------------- cases
U1 = urls_of("KCSC-240903-01")
U2 = urls_of("KCSC-240905-02")
U3 = urls_of("KCSC-240909-03")
U4 = urls_of("KCSC-240910-04")
U5 = urls_of("KCSC-240911-05")
U6 = urls_of("KCSC-240912-06")
U7 = urls_of("KCSC-240913-07")

cases = []


def case(**kw):
    cases.append(kw)


# ======================= dalbit (Korean forum, largest request) ==========

case(name="dalbit-admin-oneliner-over-gmail-quote",
     **{"from": "admin@dalbit-bbs.example"}, name_from="달빛커뮤니티 운영자",
     date="Wed, 04 Sep 2024 01:17:44 +0900",
     subject="Re: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
     reply_to_req=req_mid("KCSC-240903-01"),
     body="요청하신 글 중 " + U1[0] + " 삭제했습니다.\n"
          "나머지는 내일 출근해서 보겠습니다.\n\n"
          "-- \n달빛커뮤니티 운영자 드림\n\n"
          + gmail_quote("2024년 9월 3일 (화) 오전 10:12, KCSC Takedown <takedown@kcsc.example>님이 작성:",
                        request_text("KCSC-240903-01")),
     outcome="applied", classification="confirmation",
     imitates="small Korean forum admin answering in one line from webmail, Gmail-style quote below",
     why="one post deleted in the admin's own line; the rest only quoted or promised for tomorrow",
     items={U1[0]: "removed"})

case(name="dalbit-numbered-list-korean-particles",
     **{"from": "cs@dalbit-bbs.example"}, name_from="달빛커뮤니티 고객센터",
     date="Wed, 04 Sep 2024 15:02:10 +0900",
     subject="Re: [KCSC-240903-01] 시정요구 처리 결과 회신",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""안녕하세요, 달빛커뮤니티 고객센터입니다.

방송통신심의위원회 시정요구(KCSC-240903-01)에 대한 1차 처리 결과를 알려드립니다.

1. {U1[1]}을 블라인드 처리하였습니다.
2. {U1[3]} - 게시글 삭제 완료
3. {U1[4]} - 해당 게시물 없음 (작성자가 자진 삭제)
4. {U1[5]} - 게시중단 조치 완료

나머지 게시물은 확인되는 대로 추가로 회신드리겠습니다.

감사합니다.
달빛커뮤니티 고객센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Korean portal-style 시정요구 처리 결과 numbered reply",
     why="four numbered items: blind, deleted, already deleted by its author, 게시중단",
     items={U1[1]: "removed", U1[3]: "removed", U1[4]: "not_found", U1[5]: "removed"})

case(name="dalbit-raw-korean-path-and-member",
     **{"from": "admin@dalbit-bbs.example"}, name_from="달빛커뮤니티 운영자",
     date="Thu, 05 Sep 2024 09:40:03 +0900",
     subject="Re: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""담당자님 안녕하세요.

{JANGTEO_RAW} 게시글은 운영자 삭제했고,
{U1[11]} 회원은 영구 이용정지하고 작성글 전부 비공개 처리했습니다.

장터 게시판은 앞으로 사진 올릴 때 사전 승인제로 바꿀 예정입니다.

운영자 드림
""",
     outcome="applied", classification="confirmation",
     imitates="forum admin's informal reply, raw (unencoded) Korean path in the URL",
     why="Korean-path post deleted by the operator; member page: account banned and posts made private",
     items={JANGTEO: "removed", U1[11]: "removed"})

_t4_rows = [(U1[8], "삭제"), (U1[9], "삭제"), (U1[12], "해당 게시물 없음"),
            (U1[7], "위반사항 없음 (게시 유지)")]
_t4_html = ("<html><body style=\"font-family:'Malgun Gothic',sans-serif\">\n"
            "<p>방송통신심의위원회 담당자님께,</p>\n"
            "<p>시정요구 건(KCSC-240903-01) 중 아래 게시물에 대한 조치결과를 회신드립니다.</p>\n"
            "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n"
            "<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>\n"
            + "".join(f"<tr><td>{i}</td><td>{u.replace('&', '&amp;')}</td><td>{s}</td></tr>\n"
                      for i, (u, s) in enumerate(_t4_rows, 1))
            + "</table>\n"
            "<p>77101번 글은 중고 거래 글로, 신고된 사진은 제품 사진이며 운영정책 및 관련 법령 위반 사항이 "
            "확인되지 않아 게시를 유지합니다.</p>\n"
            "<p>달빛커뮤니티 운영팀<br>"
            "<a href=\"https://dalbit-bbs.example/policy/operation\">운영정책</a></p>\n"
            "</body></html>")
_t4_text = ("방송통신심의위원회 담당자님께,\n\n시정요구 건(KCSC-240903-01) 중 아래 게시물에 대한 조치결과를 회신드립니다.\n\n"
            + "".join(f"{i}. {u} : {s}\n" for i, (u, s) in enumerate(_t4_rows, 1))
            + "\n77101번 글은 중고 거래 글로, 신고된 사진은 제품 사진이며 운영정책 및 관련 법령 위반 사항이 "
              "확인되지 않아 게시를 유지합니다.\n\n달빛커뮤니티 운영팀\n운영정책: https://dalbit-bbs.example/policy/operation\n")
case(name="dalbit-html-table-action-results",
     **{"from": "ops@dalbit-bbs.example"}, name_from="달빛커뮤니티 운영팀",
     date="Fri, 06 Sep 2024 11:25:51 +0900",
     subject="[달빛커뮤니티] 시정요구 조치결과 회신 (KCSC-240903-01)",
     reply_to_req=req_mid("KCSC-240903-01"),
     raw_mime=f"""Content-Type: multipart/alternative; boundary="dalbit-t4-alt"

--dalbit-t4-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_t4_text)}
--dalbit-t4-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_t4_html)}
--dalbit-t4-alt--
""",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 table (HTML with plain-text alternative, base64)",
     why="table: two adult-board posts deleted, one post does not exist, one kept as not violating",
     items={U1[8]: "removed", U1[9]: "removed", U1[12]: "not_found", U1[7]: "rejected"})

_csv5 = ("url,status,비고\n"
         f"{U1[2]},삭제,\n"
         f"{U1[6]},임시조치,권리침해 주장으로 30일간 임시조치\n")
case(name="dalbit-csv-attachment-filled-in",
     **{"from": "cs@dalbit-bbs.example"}, name_from="달빛커뮤니티 고객센터",
     date="Fri, 06 Sep 2024 17:48:09 +0900",
     subject="Re: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
     reply_to_req=req_mid("KCSC-240903-01"),
     raw_mime=f"""Content-Type: multipart/mixed; boundary="dalbit-csv5"

--dalbit-csv5
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 보내주신 양식에 처리 결과를 기재하여 첨부합니다.
이번 회신에는 2건만 기재하였습니다.

달빛커뮤니티 고객센터
--dalbit-csv5
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01.csv"
Content-Disposition: attachment; filename="KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

{b64(_csv5)}
--dalbit-csv5--
""",
     outcome="applied", classification="confirmation",
     imitates="the request's url,status CSV returned filled in by a forum's help desk",
     why="CSV: one post deleted, one under 임시조치 (temporary measure: restricted)",
     items={U1[2]: "removed", U1[6]: "restricted"})

_orig21 = request_text("KCSC-240903-01")
case(name="dalbit-outlook-original-message-below",
     **{"from": "jhpark@dalbit-bbs.example"}, name_from="\"박정훈 (달빛커뮤니티)\"",
     date="Mon, 09 Sep 2024 10:03:27 +0900",
     subject="RE: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""안녕하세요, 달빛커뮤니티 박정훈입니다.

장터 게시판 건 처리했습니다.

{U1[5]} 삭제 완료
{U1[6]} 삭제 완료

나머지 건은 아직 확인 중입니다.

박정훈 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:12 AM
To: admin@dalbit-bbs.example
Subject: [KCSC-240903-01] 불법정보 게시물 삭제 요청

{_orig21}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with the unprefixed '-----Original Message-----' request below",
     why="two market posts deleted above the Outlook quote; the quoted request states nothing",
     items={U1[5]: "removed", U1[6]: "removed"})

case(name="dalbit-bare-url-status-below",
     **{"from": "admin@dalbit-bbs.example"}, name_from="달빛커뮤니티 운영자",
     date="Tue, 10 Sep 2024 22:51:40 +0900",
     subject="Re: Re: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""추가 처리 결과입니다.

{U1[3]}
→ 삭제

{U1[8]}
→ 성인인증 게시판으로 이동 (미성년자 접근 제한)

{U1[1]}
→ 신고 내용 확인했는데 규정 위반 아니라고 판단해서 유지합니다. 풍자 글이고 음란물은 없습니다.

운영자
""",
     outcome="applied", classification="confirmation",
     imitates="admin's reply with each bare URL followed by an arrow line giving the result",
     why="deleted / moved behind adult verification (age-restricted) / kept as not breaking rules",
     items={U1[3]: "removed", U1[8]: "restricted", U1[1]: "rejected"})

case(name="dalbit-statement-then-url-below",
     **{"from": "admin@dalbit-bbs.example"}, name_from="달빛커뮤니티 운영자",
     date="Wed, 11 Sep 2024 08:30:12 +0900",
     subject="Re: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""담당자님,

아래 글은 작성자 이의제기가 들어와서 일단 임시조치 해두었습니다.
{U1[2]}

아래 글은 작성자가 이미 지운 글이라 저희 쪽에서도 찾을 수 없습니다.
{U1[12]}

운영자
""",
     outcome="applied", classification="confirmation",
     imitates="forum admin writing each statement with its URL on the line below",
     why="statement above each URL: 임시조치 (restricted), already deleted by its author (not_found)",
     items={U1[2]: "restricted", U1[12]: "not_found"})

case(name="dalbit-under-review-promise",
     **{"from": "cs@dalbit-bbs.example"}, name_from="달빛커뮤니티 고객센터",
     date="Wed, 04 Sep 2024 10:11:00 +0900",
     subject="Re: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""안녕하세요, 달빛커뮤니티 고객센터입니다.

요청하신 게시물 {U1[0]} 외 12건은 현재 내부 검토 중이며,
검토가 끝나는 대로 9월 6일까지 조치할 예정입니다.
조치 결과는 다시 메일로 안내드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood", classification="other",
     imitates="Korean help-desk interim reply (내부 검토 중, 조치 예정)",
     why="only a promise: items under review and to be actioned later, nothing done",
     items={U1[0]: "pending"})

case(name="dalbit-asks-which-posts",
     **{"from": "cs@dalbit-bbs.example"}, name_from="달빛커뮤니티 고객센터",
     date="Thu, 05 Sep 2024 14:20:00 +0900",
     subject="Re: [KCSC-240903-01] 자료 요청드립니다",
     reply_to_req=req_mid("KCSC-240903-01"),
     body=f"""안녕하세요.

요청 목록 중 {U1[11]} 는 회원 프로필 페이지라서
어느 게시물이 문제인지 특정이 어렵습니다. 해당 회원의 문제 게시물 URL과
심의 의결서(또는 시정요구 공문) 사본을 보내주시면 검토 후 조치하겠습니다.

달빛커뮤니티 고객센터
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="forum asking the regulator for the specific posts and the formal decision document",
     why="asks for more material before acting on the member page; no status",
     items={U1[11]: "pending"})

case(name="dalbit-ooo-chuseok",
     **{"from": "admin@dalbit-bbs.example"}, name_from="달빛커뮤니티 운영자",
     date="Tue, 03 Sep 2024 10:12:31 +0900",
     subject="[자동응답] Re: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 운영자 휴가로 9월 3일(화)부터 9월 5일(목)까지 메일 확인이 늦어집니다.
급한 신고는 사이트 내 신고하기 버튼을 이용해 주세요.
복귀 후 순서대로 답장드리겠습니다.

(이 메일은 자동으로 발송되었습니다.)
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean webmail vacation auto-reply (자동응답)",
     why="vacation auto-reply",
     items={})

case(name="dalbit-report-form-receipt",
     **{"from": "noreply@dalbit-bbs.example"}, name_from="달빛커뮤니티",
     date="Tue, 03 Sep 2024 10:13:05 +0900",
     subject="[달빛커뮤니티] 신고가 접수되었습니다 (접수번호 2024-0903-0031)",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""신고가 정상적으로 접수되었습니다.

접수번호: 2024-0903-0031
접수일시: 2024-09-03 10:13
신고유형: 불법정보 (기관 요청)

처리 결과는 영업일 기준 3~5일 안에 이메일로 안내해 드립니다.
본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="forum report-form receipt with a 접수번호",
     why="pure receipt, no statement about items",
     items={})

# ======================= nimbushost (web host abuse desk) ================

case(name="nimbus-abuse-ticket-suspended",
     **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
     date="Fri, 06 Sep 2024 03:14:22 +0000",
     subject="[Nimbus Abuse #NH-558210] Re: KCSC-240905-02 illegal gambling sites",
     reply_to_req=req_mid("KCSC-240905-02"),
     body=f"""Hello,

Thank you for your notice. We have investigated the reported resources.

{U2[0]}
The customer account serving this site has been suspended for violating
our Acceptable Use Policy. The site no longer loads from our network.

{U2[1]}
The customer deleted this page after we forwarded your complaint; we
checked and it returns 404 now.

Our AUP is at https://nimbushost.example/legal/aup if you need it.

Regards,
Tomas R.
Nimbus Hosting - Abuse Department
""",
     outcome="applied", classification="confirmation",
     imitates="hosting abuse desk ticket reply, bare URL then its paragraph",
     why="site account suspended; page deleted by the customer after the complaint (removed)",
     items={U2[0]: "removed", U2[1]: "removed"})

case(name="nimbus-noc-oneliner",
     **{"from": "marek@nimbushost.example"}, name_from="Marek Nowak",
     date="Fri, 06 Sep 2024 21:02:00 +0200",
     subject="Re: KCSC-240905-02 illegal gambling sites",
     reply_to_req=req_mid("KCSC-240905-02"),
     body=f"""pulled {U2[3]} , box belongs to a reseller, whole vps is off now.

--
Marek / Nimbus NOC
""",
     outcome="applied", classification="confirmation",
     imitates="sysadmin's one-line reply from a small host's network operations",
     why="the IP-based page was pulled and the server switched off",
     items={U2[3]: "removed"})

case(name="nimbus-not-our-customer-and-no-violation",
     **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
     date="Mon, 09 Sep 2024 08:45:10 +0000",
     subject="[Nimbus Abuse #NH-558210] Re: KCSC-240905-02 illegal gambling sites",
     reply_to_req=req_mid("KCSC-240905-02"),
     body=f"""Hello,

Follow-up on the two remaining resources from your notice:

- {U2[2]}
  This hostname does not resolve to any address in our network and we
  have no customer by that name, so we could not locate the content.

- {U2[1]}
  We reviewed the page again. It now shows a sports results feed only;
  we found nothing that breaks our AUP or applicable law, so no action
  will be taken on it.

Regards,
Nimbus Hosting - Abuse Department
""",
     outcome="applied", classification="confirmation",
     imitates="abuse desk follow-up: 'not on our network' plus a reasoned refusal",
     why="host cannot locate one resource (not_found); declines the other as breaking no rule (rejected)",
     items={U2[2]: "not_found", U2[1]: "rejected"})

_t22 = f"""Ticket #448812 - KCSC-240905-02
Status: Closed

Dear KCSC Takedown Desk,

Our team has removed the site files of
{U2[0]}
from the customer's hosting account, and FTP access to that account has
been disabled.

If you have further questions, reply to this email and your ticket will
be reopened.

Nimbus Hosting Support
https://nimbushost.example/support
"""
case(name="nimbus-whmcs-ticket-base64",
     **{"from": "support@nimbushost.example"}, name_from="Nimbus Hosting Support",
     date="Tue, 10 Sep 2024 06:30:00 +0000",
     subject="[Ticket ID: 448812] KCSC-240905-02 - closed",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_t22)}
""",
     outcome="applied", classification="confirmation",
     imitates="WHMCS-style support ticket closing notice, base64 body",
     why="site files of the URL on the next line removed from the customer account",
     items={U2[0]: "removed"})

case(name="nimbus-bulk-reseller-terminated",
     **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
     date="Sat, 07 Sep 2024 10:00:00 +0000",
     subject="[Nimbus Abuse #NH-558210] Re: KCSC-240905-02 illegal gambling sites",
     reply_to_req=req_mid("KCSC-240905-02"),
     body="""Hi,

All the sites listed in your notice were hosted under one reseller
account. That account has been terminated and its data removed.

Ticket closed.
Nimbus Hosting - Abuse Department
""",
     outcome="review", review="bulk", classification="confirmation",
     imitates="abuse desk closing a ticket with one sentence for everything",
     why="one statement for all four items without naming any (bulk)",
     items={u: "pending" for u in U2})

case(name="nimbus-hedge-appears-offline",
     **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
     date="Fri, 06 Sep 2024 09:10:00 +0000",
     subject="[Nimbus Abuse #NH-558210] Re: KCSC-240905-02 illegal gambling sites",
     reply_to_req=req_mid("KCSC-240905-02"),
     body=f"""Hello,

We forwarded your complaint to the customer. They told us they will take
{U2[0]} down tonight. From our side it appears to be offline
already, but we have not verified this yet.

We will update you once the customer confirms.

Nimbus Hosting - Abuse Department
""",
     outcome="review", review="not_understood", classification="other",
     imitates="host relaying the customer's promise, with a hedge",
     why="a promise ('will take down') and a hedge ('appears to be offline'): no statement",
     items={U2[0]: "pending"})

case(name="nimbus-upstream-about-boxdrop-file",
     **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
     date="Wed, 11 Sep 2024 07:22:00 +0000",
     subject="[Nimbus Abuse #NH-559004] Abuse report 203.0.113.80 (dl.boxdrop.example)",
     body=f"""Hello,

The address 203.0.113.80 is leased to BoxDrop, a file hosting company,
who is our customer. Regarding
{U3[4]}
we passed your report to them and they have confirmed to us that the
file was deleted.

Please address future reports about their content to BoxDrop directly.

Nimbus Hosting - Abuse Department
""",
     outcome="review", review="wrong_platform", classification="confirmation",
     imitates="upstream host answering for its customer (a file host) about an IP in its range",
     why="Nimbus states a status for a BoxDrop item: another platform's item",
     items={U3[4]: "pending"})

case(name="nimbus-rt-autoreply-echo",
     **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
     date="Thu, 05 Sep 2024 05:31:02 +0000",
     subject="[Nimbus Abuse #NH-558210] AutoReply: KCSC-240905-02 illegal gambling sites",
     reply_to_req=req_mid("KCSC-240905-02"),
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: bulk",
                    "RT-Ticket: Nimbus Abuse #NH-558210"],
     body="""Greetings,

This message has been automatically generated in response to the
creation of a trouble ticket regarding:
	"KCSC-240905-02 illegal gambling sites",
a summary of which appears below.

There is no need to reply to this message right now. Your ticket has been
assigned an ID of [Nimbus Abuse #NH-558210].

Please include the string [Nimbus Abuse #NH-558210] in the subject line
of all future correspondence about this issue.

Thank you,
abuse@nimbushost.example

-------------------------------------------------------------------------
Please remove or disable access to the following items by 2024-09-09:
1. http://toto-royal88.example/
2. https://royalbet-kr.example/event/join.html
3. https://files.sunny-pharm.example/catalog/list.php?cat=7
4. http://198.51.100.77/~kbet/index.html
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Request Tracker (RT) ticket-creation auto-reply echoing the request",
     why="ticket receipt; the URLs are only our request echoed back",
     items={})

case(name="site-operator-freemail-claims-removed",
     **{"from": "royalbet.admin@freemail.example"}, name_from="royalbet admin",
     date="Sat, 07 Sep 2024 02:44:19 +0900",
     subject="Re: KCSC-240905-02",
     body=f"""hello

I am the owner of royalbet-kr. I deleted the page
{U2[1]}
already, so please tell Nimbus not to close my server.

thanks
""",
     outcome="review", review="unknown_sender", classification="confirmation",
     imitates="site operator writing to the regulator from a free mail account",
     why="not the platform's domain; the site owner's own word does not change the status",
     items={U2[1]: "pending"})

# ======================= boxdrop (file host) ==============================

case(name="boxdrop-headed-lists",
     **{"from": "abuse@boxdrop.example"}, name_from="BoxDrop Abuse Team",
     date="Mon, 09 Sep 2024 16:20:00 +0000",
     subject="Re: [KCSC-240909-03] Removal request",
     reply_to_req=req_mid("KCSC-240909-03"),
     body=f"""Hello,

We processed your report.

The following files have been disabled:
- {U3[0]}
- {U3[1]}

The following link could not be found (the uploader had already deleted
the file):
- {U3[2]}

Kind regards,
BoxDrop Abuse Team
https://boxdrop.example/legal/abuse
""",
     outcome="applied", classification="confirmation",
     imitates="file-host abuse reply grouping links under result headings",
     why="two files disabled, one already deleted by its uploader",
     items={U3[0]: "removed", U3[1]: "removed", U3[2]: "not_found"})

case(name="boxdrop-plain-text-table",
     **{"from": "abuse@boxdrop.example"}, name_from="BoxDrop Abuse Team",
     date="Tue, 10 Sep 2024 08:05:00 +0000",
     subject="Re: [KCSC-240909-03] Removal request",
     reply_to_req=req_mid("KCSC-240909-03"),
     body=f"""Hi,

Results for your request KCSC-240909-03 (second batch):

URL                                                   | Result
------------------------------------------------------+-----------------
{U3[3]:<54}| folder disabled
{U3[4]:<54}| removed
{U3[0]:<54}| not found

Regards,
BoxDrop Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="abuse desk pasting a fixed-width text table into the mail",
     why="text table: folder disabled, archive removed, one link not found",
     items={U3[3]: "removed", U3[4]: "removed", U3[0]: "not_found"})

case(name="boxdrop-single-item-no-url",
     **{"from": "abuse@boxdrop.example"}, name_from="BoxDrop Abuse Team",
     date="Fri, 13 Sep 2024 11:00:00 +0000",
     subject="Re: [KCSC-240913-07] Removal request",
     reply_to_req=req_mid("KCSC-240913-07"),
     body="""Hello,

The reported content has been removed and the uploader's account has
been closed.

BoxDrop Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="file-host short confirmation naming no link",
     why="answers a one-item request: 'the reported content has been removed' applies to its only item",
     items={U7[0]: "removed"})

case(name="boxdrop-geo-block-kr",
     **{"from": "legal@boxdrop.example"}, name_from="BoxDrop Legal",
     date="Wed, 11 Sep 2024 13:30:00 +0000",
     subject="Re: [KCSC-240909-03] Removal request",
     reply_to_req=req_mid("KCSC-240909-03"),
     body=f"""Dear KCSC,

We have geo-blocked {U3[1]} for visitors from South
Korea (KR). The file does not violate our Terms of Service and remains
available in other countries.

{U3[2]} was removed globally.

BoxDrop Legal
""",
     outcome="applied", classification="confirmation",
     imitates="file host's legal team: country withholding for one file, global removal for another",
     why="one file blocked in Korea only (restricted), one removed globally",
     items={U3[1]: "restricted", U3[2]: "removed"})

_h14 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (#20931) has been updated. To add additional comments, reply to this email.</p>
<hr>
<p><strong>Dana K.</strong> (BoxDrop Support)<br>Sep 12, 2024, 09:41 UTC</p>
<p>Hello,</p>
<p>Thanks for your patience. The files below were taken down by our trust &amp; safety team:</p>
<ul>
<li><a href="{U3[0]}">{U3[0]}</a></li>
<li><a href="{U3[4]}">{U3[4]}</a></li>
</ul>
<p>For more about how we handle reports, see our
<a href="https://boxdrop.example/help/articles/360001-reporting-content">help article</a>.</p>
<p>Best,<br>Dana</p>
<p style="color:#999">This email is a service from BoxDrop Support.</p>
</body></html>
"""
case(name="boxdrop-helpdesk-html-qp",
     **{"from": "support@boxdrop.example"}, name_from="\"Dana K. (BoxDrop Support)\"",
     date="Thu, 12 Sep 2024 09:41:30 +0000",
     subject="[BoxDrop] Re: KCSC-240909-03 Removal request",
     raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_h14)}
""",
     outcome="applied", classification="confirmation",
     imitates="Zendesk-style help-desk update, HTML only, quoted-printable",
     why="two listed files taken down; the help article link is not an item",
     items={U3[0]: "removed", U3[4]: "removed"})

case(name="boxdrop-angle-brackets-wrapped",
     **{"from": "abuse@boxdrop.example"}, name_from="BoxDrop Abuse Team",
     date="Tue, 10 Sep 2024 19:12:00 +0000",
     subject="Re: [KCSC-240909-03] Removal request",
     reply_to_req=req_mid("KCSC-240909-03"),
     body="""Hello,

We removed the two files you listed as urgent: <https://boxdrop.example/f/Zt91LwcE> and <https://dl.boxdrop.example/d/7fQ2mP/
archive_0912.zip>

The remaining links in your notice are still being checked by our team.

BoxDrop Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="plain-text reply with URLs in angle brackets, the second wrapped by the mail client",
     why="two files removed (one URL wrapped inside its angle brackets); the rest still being checked",
     items={U3[1]: "removed", U3[4]: "removed"})

case(name="boxdrop-dkim-fail-claims",
     **{"from": "abuse@boxdrop.example"}, name_from="BoxDrop Abuse Team", auth="fail",
     date="Wed, 11 Sep 2024 04:00:00 +0000",
     subject="Re: [KCSC-240909-03] Removal request",
     reply_to_req=req_mid("KCSC-240909-03"),
     body=f"""Hello,

{U3[3]} has been deleted.
{U3[0]} has been deleted.

BoxDrop Abuse Team
""",
     outcome="review", review="untrusted", classification="confirmation",
     imitates="file-host reply that fails DKIM/SPF/DMARC",
     why="platform domain but authentication failed",
     items={U3[3]: "pending", U3[0]: "pending"})

case(name="boxdrop-dsn-mailbox-full",
     **{"from": "MAILER-DAEMON@mx1.boxdrop.example"}, name_from="Mail Delivery System",
     date="Mon, 09 Sep 2024 00:05:44 +0000",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="bx-dsn-7781"

--bx-dsn-7781
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx1.boxdrop.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-old@boxdrop.example>: mailbox is full (quota exceeded)

--bx-dsn-7781
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx1.boxdrop.example
Arrival-Date: Mon,  9 Sep 2024 00:05:40 +0000

Final-Recipient: rfc822; legal-old@boxdrop.example
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox full

--bx-dsn-7781
Content-Type: message/rfc822
Content-Description: Undelivered Message

From: KCSC Takedown <takedown@kcsc.example>
To: legal-old@boxdrop.example
Subject: [KCSC-240909-03] Removal request
Message-ID: <{req_mid("KCSC-240909-03")}@kcsc.example>
Date: Mon, 09 Sep 2024 09:05:00 +0900
Content-Type: text/plain; charset=utf-8

{request_text("KCSC-240909-03")}

--bx-dsn-7781--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (mailbox full) returning our request with its URLs",
     why="delivery failure report; the URLs are our own returned request",
     items={})

# ======================= kkachi (image board) =============================

case(name="kkachi-janitor-all-gone",
     **{"from": "mod@kkachi.example"}, name_from="kkachi mod",
     date="Tue, 10 Sep 2024 13:02:00 +0900",
     subject="Re: KCSC-240910-04",
     reply_to_req=req_mid("KCSC-240910-04"),
     body="""nuked all of it. thanks for the heads up

- mod
""",
     outcome="review", review="bulk", classification="confirmation",
     imitates="image-board janitor's one-line reply",
     why="one statement for all three items without naming them (bulk)",
     items={u: "pending" for u in U4})

case(name="kkachi-fullwidth-korean",
     **{"from": "admin@kkachi.example"}, name_from="까치 관리자",
     date="Tue, 10 Sep 2024 20:15:00 +0900",
     subject="Re: KCSC-240910-04 게시물 삭제 요청",
     reply_to_req=req_mid("KCSC-240910-04"),
     body=f"""안녕하세요．까치 관리자입니다．

{U4[0]}　스레드 삭제했습니다．
{U4[2]}（원본 이미지 파일）도 서버에서 지웠고 캐시도 비웠습니다。

감사합니다．
""",
     outcome="applied", classification="confirmation",
     imitates="Korean image-board admin typing with full-width spaces and punctuation",
     why="thread deleted; image file deleted from the server",
     items={U4[0]: "removed", U4[2]: "removed"})

case(name="kkachi-pruned-and-kept",
     **{"from": "admin@kkachi.example"}, name_from="kkachi admin",
     date="Wed, 11 Sep 2024 09:00:00 +0900",
     subject="Re: KCSC-240910-04",
     reply_to_req=req_mid("KCSC-240910-04"),
     body=f"""Hi,

{U4[1]} : was already pruned off the board before
your mail came in, it doesn't exist anymore.

{U4[0]} : we're keeping this one. It's a satire thread
about a public figure's statements; nothing in it breaks our rules or
Korean law as far as we can tell.

admin
""",
     outcome="applied", classification="confirmation",
     imitates="image-board admin's terse reply, one paragraph per thread",
     why="one thread already pruned (not_found), one kept with a reason (rejected)",
     items={U4[1]: "not_found", U4[0]: "rejected"})

case(name="kkachi-echoed-report-form",
     **{"from": "reports@kkachi.example"}, name_from="kkachi reports",
     date="Wed, 11 Sep 2024 02:31:00 +0900",
     subject="Your report on /b/ has been resolved",
     body=f"""Your report has been resolved.

Your report:
  Board:  /b/
  Post:   {U4[1]}
  Reason: Illegal content (KCSC request KCSC-240910-04)

Resolution: Post removed by a moderator. Poster banned for 30 days.

This is an automated message from the kkachi report queue.
""",
     outcome="applied", classification="confirmation",
     imitates="image-board report-queue resolution mail echoing the report form",
     why="system mail states the reported post was removed",
     items={U4[1]: "removed"})

case(name="kkachi-no-claims-contact-change",
     **{"from": "admin@kkachi.example"}, name_from="kkachi admin",
     date="Thu, 12 Sep 2024 10:00:00 +0900",
     subject="new abuse contact",
     body="""Hello,

From next week please send reports to abuse@kkachi.example instead of
this address. The old inbox will be closed at the end of the month.

admin
""",
     outcome="review", review="no_claims", classification="other",
     imitates="small site admin announcing a new abuse contact",
     why="trusted platform mail naming no item and no request",
     items={})

case(name="kkachi-mdn-read",
     **{"from": "admin@kkachi.example"}, name_from="kkachi admin",
     date="Tue, 10 Sep 2024 12:00:10 +0900",
     subject="Read: KCSC-240910-04 게시물 삭제 요청",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="kk-mdn-01"

--kk-mdn-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

The message sent on 2024-09-10 11:40 to admin@kkachi.example with subject
"KCSC-240910-04 게시물 삭제 요청" has been displayed.
This is no guarantee that the message has been read or understood.

--kk-mdn-01
Content-Type: message/disposition-notification

Reporting-UA: kkachi.example; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@kkachi.example
Original-Message-ID: <{req_mid("KCSC-240910-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--kk-mdn-01--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Thunderbird read receipt (MDN)",
     why="read receipt",
     items={})

# ======================= pinedns (registrar) ==============================

case(name="pinedns-clienthold-echoed",
     **{"from": "abuse@pinedns.example"}, name_from="PineDNS Abuse",
     date="Thu, 12 Sep 2024 06:10:00 +0000",
     subject="[PD-99120] Abuse report resolved - hanbit-casino.example",
     body=f"""Abuse report PD-99120 - resolved

Reporter:      KCSC (reference KCSC-240911-05)
Domain:        hanbit-casino.example
Reported URL:  {U5[1]}
Category:      Illegal gambling

Action taken:  Domain suspended (clientHold). The domain no longer
               resolves.

PineDNS Abuse Team
https://pinedns.example/abuse
""",
     outcome="applied", classification="confirmation",
     imitates="registrar abuse-ticket resolution echoing the report fields",
     why="domain on clientHold, no longer resolves (removed)",
     items={U5[1]: "removed"})

case(name="pinedns-declines-content-dispute",
     **{"from": "abuse@pinedns.example"}, name_from="PineDNS Abuse",
     date="Fri, 13 Sep 2024 07:45:00 +0000",
     subject="[PD-99121] Re: KCSC-240911-05",
     reply_to_req=req_mid("KCSC-240911-05"),
     body=f"""Hello,

Regarding {U5[0]}:

After review we decline to suspend this domain. As a registrar we act on
DNS abuse (malware, botnets, phishing, pharming, spam) or on a court
order from a competent court. Disputes about a website's content should
be sent to the hosting provider of the site.

Regards,
PineDNS Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="registrar refusing content-based suspension without a court order",
     why="explicit refusal with its reason: the domain stays up (rejected)",
     items={U5[0]: "rejected"})

case(name="pinedns-ack-plus-update",
     **{"from": "abuse@pinedns.example"}, name_from="PineDNS Abuse",
     date="Thu, 12 Sep 2024 02:00:00 +0000",
     subject="[PD-99120] Re: KCSC-240911-05",
     reply_to_req=req_mid("KCSC-240911-05"),
     body=f"""Thank you for your report. Ticket PD-99120 has been created.

Update: {U5[1]} - the domain has been suspended
(clientHold set, serverHold requested from the registry).

PineDNS Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="ticket creation message combined with an immediate result",
     why="acknowledgement phrase plus an unhedged statement: domain suspended",
     items={U5[1]: "removed"})

case(name="pinedns-registrant-notified-promise",
     **{"from": "abuse@pinedns.example"}, name_from="PineDNS Abuse",
     date="Wed, 11 Sep 2024 23:30:00 +0000",
     subject="[PD-99121] Re: KCSC-240911-05",
     reply_to_req=req_mid("KCSC-240911-05"),
     body=f"""Hello,

We have notified the registrant of {U5[0]} and asked
them to respond within 5 days. If we receive no satisfactory response,
the domain will be suspended.

PineDNS Abuse Team
""",
     outcome="review", review="not_understood", classification="other",
     imitates="registrar's standard 'registrant notified, 5 days to respond' reply",
     why="a conditional promise; nothing has happened to the domain yet",
     items={U5[0]: "pending"})

case(name="pinedns-helpdesk-receipt",
     **{"from": "support@pinedns.example"}, name_from="PineDNS Support",
     date="Wed, 11 Sep 2024 07:01:00 +0000",
     subject="[PineDNS] Request received: KCSC-240911-05",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

Your request (#99120) has been received and is being reviewed by our
support staff. To add additional comments, reply to this email.

PineDNS Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="help-desk 'request received' receipt",
     why="pure receipt",
     items={})

# ======================= brightedge (CDN) =================================

case(name="brightedge-451-korea",
     **{"from": "trust-safety@brightedge.example"}, name_from="BrightEdge Trust & Safety",
     date="Fri, 13 Sep 2024 15:00:00 +0000",
     subject="BrightEdge case BE-2024-31877 / KCSC-240912-06",
     reply_to_req=req_mid("KCSC-240912-06"),
     body=f"""Hello,

Our Trust & Safety team reviewed your notice. Following it, the URLs
{U6[0]} and
{U6[1]}
now return an error page (HTTP 451) to visitors in the Republic of
Korea. Access from other countries is unchanged.

BrightEdge Trust & Safety
https://brightedge.example/trust
""",
     outcome="applied", classification="confirmation",
     imitates="CDN blocking access in one country (HTTP 451) after a legal notice",
     why="both URLs blocked for Korea only (restricted)",
     items={U6[0]: "restricted", U6[1]: "restricted"})

case(name="brightedge-passthrough-forwarded",
     **{"from": "abuse@brightedge.example"}, name_from="BrightEdge Abuse",
     date="Thu, 12 Sep 2024 02:10:00 +0000",
     subject="BrightEdge abuse report BE-2024-31877",
     reply_to_req=req_mid("KCSC-240912-06"),
     body=f"""Hello,

BrightEdge provides pass-through caching and security services for
manga-dokki.example. We are not the hosting provider of
{U6[0]} and cannot remove material hosted by others.

We have forwarded your report to the website operator and to the
hosting provider, Cedar Cloud (abuse contact: abuse@cedarcloud.example,
origin IP 203.0.113.45).

BrightEdge Abuse
""",
     outcome="review", review="not_understood", classification="other",
     imitates="CDN 'we do not host this, forwarded to the host' reply",
     why="names the item but states no status of it: forwarded, not removed, not refused on its merits",
     items={U6[0]: "pending"})

_csv27 = ("url,action,scope,date\n"
          f"{U6[0]},blocked,KR,2024-09-14\n"
          f"{U6[1]},blocked,global,2024-09-14\n")
case(name="brightedge-csv-actions",
     **{"from": "trust-safety@brightedge.example"}, name_from="BrightEdge Trust & Safety",
     date="Sat, 14 Sep 2024 08:20:00 +0000",
     subject="BrightEdge case BE-2024-31877 - actions taken",
     reply_to_req=req_mid("KCSC-240912-06"),
     raw_mime=f"""Content-Type: multipart/mixed; boundary="be-csv-27"

--be-csv-27
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the actions taken on case BE-2024-31877
(your reference KCSC-240912-06).

BrightEdge Trust & Safety
--be-csv-27
Content-Type: text/csv; name="BE-2024-31877.csv"
Content-Disposition: attachment; filename="BE-2024-31877.csv"
Content-Transfer-Encoding: 7bit

{_csv27}
--be-csv-27--
""",
     outcome="applied", classification="confirmation",
     imitates="CDN trust-and-safety case export as a CSV attachment",
     why="CSV: one URL blocked in KR (restricted), the other blocked globally (removed)",
     items={U6[0]: "restricted", U6[1]: "removed"})

case(name="brightedge-ooo",
     **{"from": "j.alvarez@brightedge.example"}, name_from="Julia Alvarez",
     date="Thu, 12 Sep 2024 01:00:05 +0000",
     subject="Automatic reply: KCSC-240912-06 copyright removal request",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until Monday 23 September with limited access
to email. For abuse matters please write to abuse@brightedge.example.

Julia
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply' out-of-office",
     why="out-of-office auto-reply",
     items={})

# ---------------------------------------------------------------- write
HEADER = """# Blind set 817 (hosting providers, CDN, registrar, forum, image board,
# file host; informal replies, CSV attachments, plain-text tables).
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. Each case is judged alone on a fresh ledger."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(len(cases), "cases")
