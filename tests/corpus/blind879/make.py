#!/usr/bin/env python3
"""Blind set 879: Korean portals and community sites (DC Inside, NAVER,
Daum/Kakao, SOOP, FM Korea, Clien, Ppomppu), Korean and English mixed, with
the doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind879/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
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
D = {
    1: "https://gall.dcinside.com/board/view/?id=neostock&no=481203",
    2: "https://gall.dcinside.com/board/view/?id=neostock&no=481377",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket_k&no=90412",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket_k&no=90555",
    5: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket_k&no=90561",
    6: "https://gall.dcinside.com/mini/board/view/?id=nightdrive&no=3321",
    7: "https://gall.dcinside.com/board/view/?id=issuezoom&no=2209871",
    8: "https://gall.dcinside.com/board/view/?id=issuezoom&no=2209990",
    9: "https://gall.dcinside.com/board/view/?id=issuezoom&no=2210045",
    10: "https://gall.dcinside.com/mgallery/board/view/?id=pharm_talk&no=15520",
    11: "https://gall.dcinside.com/mgallery/board/view/?id=pharm_talk&no=15583",
    12: "https://m.dcinside.com/board/neostock/481911",
    13: "https://m.dcinside.com/board/issuezoom/2211302",
    14: "https://gall.dcinside.com/mini/board/view/?id=nightdrive&no=3398",
}
N = {
    1: "https://blog.naver.com/moonlit_ledger/223561204877",
    2: "https://blog.naver.com/moonlit_ledger/223561309112",
    3: "https://cafe.naver.com/greenlotto777/48213",
    4: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471230088",
    5: "https://m.post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5521907",
}
SLUG = "가짜-치료제-후기"
A3_RAW = "https://sunnyfarm-diary.tistory.com/entry/" + SLUG
A = {
    1: "https://cafe.daum.net/moneytree24/Hk3q/1182",
    2: "https://cafe.daum.net/moneytree24/Hk3q/1190",
    3: "https://sunnyfarm-diary.tistory.com/entry/" + quote(SLUG),
    4: "https://sunnyfarm-diary.tistory.com/112",
}
S = {
    1: "https://vod.sooplive.co.kr/player/135502871",
    2: "https://ch.sooplive.co.kr/nightowl77/post/88123410",
    3: "https://vod.sooplive.co.kr/player/135509044",
}
F = {
    1: "https://www.fmkorea.com/7341188201",
    2: "https://www.fmkorea.com/7341190556",
}
C1 = "https://www.clien.net/service/board/park/18790342"
P = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9213457",
    2: "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4471820",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id (no <>), note
    ("KCSC-240902-01", "dcinside", "2024-09-02T14:00:00+09:00", "2024-09-09T23:59:59+09:00",
     list(D.values()), "illegal_finance", "req-240902-01@kcsc.example",
     "DC Inside galleries: unlicensed investment advice"),
    ("KCSC-240903-02", "naver", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     list(N.values()), "illegal_gambling", "req-240903-02@kcsc.example",
     "NAVER blog/cafe/KIN/post: gambling promotion"),
    ("KCSC-240904-03", "daum", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     list(A.values()), "medical_fraud", "req-240904-03@kcsc.example",
     "Daum cafe and Tistory: fake remedy"),
    ("KCSC-240905-04", "soop", "2024-09-05T15:00:00+09:00", "2024-09-12T23:59:59+09:00",
     list(S.values()), "obscene", "req-240905-04@kcsc.example", "SOOP VODs and channel post"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T09:30:00+09:00", "2024-09-13T23:59:59+09:00",
     list(F.values()), "privacy", "req-240906-05@kcsc.example", "FM Korea: personal data exposure"),
    ("KCSC-240909-06", "clien", "2024-09-09T13:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [C1], "defamation", "req-240909-06@kcsc.example", "Clien park board"),
    ("KCSC-240910-07", "ppomppu", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     list(P.values()), "illegal_trade", "req-240910-07@kcsc.example", "Ppomppu: illegal phone trade"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded word (deterministic)."""
    return Header(s, "utf-8").encode()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def request_text(ref, urls=None):
    """The regulator's own request, as quoted back by platforms."""
    urls = REQ[ref][4] if urls is None else urls
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
        f"아래 게시물은 관련 법령에 따른 불법정보로 심의되어 삭제 등 시정을 요구합니다 (요청번호 {ref}).",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "KCSC 삭제요청 담당 드림"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def reply_headers(ref):
    return REQ[ref][6].split("@")[0]


cases = []


def case(**c):
    cases.append(c)


# ================================================================= DC INSIDE
R1 = "KCSC-240902-01"

case(name="dc-kr-numbered-arrows", **{"from": "report@dcinside.com"},
     name_from=enc("디시인사이드 운영팀"),
     date="Wed, 04 Sep 2024 11:20:41 +0900",
     subject=enc(f"RE: [{R1}] 불법정보 시정요구 처리 결과"), reply_to_req=reply_headers(R1),
     body=f"""안녕하세요, 디시인사이드 운영팀입니다.

방송통신심의위원회에서 요청하신 {R1} 건 중 아래 게시물의 처리 결과를 안내드립니다.

1. {D[1]}
   → 삭제 완료
2. {D[2]}
   → 삭제 완료
3. {D[3]}
   → 삭제 완료
4. {D[4]}
   → 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.
5. {D[5]}
   → 삭제 완료
6. {D[6]}
   → 검토 결과 갤러리 운영원칙 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

나머지 게시물은 확인 중이며, 처리되는 대로 추가로 회신드리겠습니다.

감사합니다.
디시인사이드 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Korean community-site operator reply listing each reported post with its result (삭제 완료 / 게시물 없음 / 게시 유지)",
     why="Trusted DC Inside reply: four posts deleted, one already deleted by its author, one kept for lack of violation",
     items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found",
            D[5]: "removed", D[6]: "rejected"})

rows = [
    (1, "삭제", "게시물 삭제"), (2, "삭제", "게시물 삭제"), (3, "삭제", "게시물 삭제"),
    (4, "게시물 없음", "작성자 본인 삭제"), (5, "삭제", "게시물 삭제"),
    (6, "유지", "위반 사항 없음"), (7, "삭제", "게시물 삭제"), (8, "삭제", "게시물 삭제"),
    (9, "삭제", "게시물 삭제"), (10, "접근 제한", "성인 인증 게시물로 전환"),
    (11, "삭제", "게시물 삭제"), (12, "삭제", "게시물 삭제"), (13, "게시물 없음", "존재하지 않는 글 번호"),
    (14, "삭제", "게시물 삭제"),
]
tr = "\n".join(
    f"<tr><td>{i}</td><td>{D[i]}</td><td>{r}</td><td>{note}</td></tr>" for i, r, note in rows)
case(name="dc-html-table-all-fourteen", **{"from": "report@dcinside.com"},
     name_from=enc("디시인사이드 운영팀"),
     date="Fri, 06 Sep 2024 17:02:13 +0900",
     subject=enc(f"[디시인사이드] 시정요구 조치결과 회신 ({R1})"), reply_to_req=reply_headers(R1),
     type="html",
     body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 디시인사이드입니다.</p>
<p>귀 위원회의 시정요구({R1})에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>대상 URL</th><th>조치결과</th><th>비고</th></tr>
{tr}
</table>
<p>조치일: 2024-09-06</p>
<p>문의: 디시인사이드 운영팀 (report@dcinside.com)</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="시정요구 조치결과 회신 table (번호 / 대상 URL / 조치결과 / 비고) sent by a portal to the regulator",
     why="All 14 items named in an HTML table: ten deleted, two not existing, one kept, one made adult-verification only",
     items={D[i]: {"삭제": "removed", "게시물 없음": "not_found", "유지": "rejected",
                   "접근 제한": "restricted"}[r] for i, r, _ in rows})

csv_text = "\n".join([
    "번호,URL,조치결과,조치일시",
    f"1,{D[7]},삭제,2024-09-05 10:12",
    f"2,{D[8]},삭제,2024-09-05 10:13",
    f"3,{D[9]},해당 게시물 없음,2024-09-05 10:15",
    f"4,{D[10]},삭제,2024-09-05 10:19",
    f"5,{D[11]},접근 제한(성인 인증 필요),2024-09-05 10:21",
]) + "\n"
case(name="dc-csv-attachment", **{"from": "report@dcinside.com"},
     name_from=enc("디시인사이드 운영팀"),
     date="Thu, 05 Sep 2024 10:40:00 +0900",
     subject=enc(f"RE: [{R1}] 조치 결과 송부"), reply_to_req=reply_headers(R1),
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_dc_879_csv"

--=_dc_879_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디시인사이드 운영팀입니다.

{R1} 건 중 5건의 조치 결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

--=_dc_879_csv
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename*=UTF-8''{quote('조치결과_' + R1 + '.csv')}
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_dc_879_csv--
""",
     outcome="applied", classification="confirmation",
     imitates="portal reply carrying its 조치결과 as a CSV attachment",
     why="CSV from DC Inside: three deleted, one post not existing, one restricted to adult-verified users",
     items={D[7]: "removed", D[8]: "removed", D[9]: "not_found", D[10]: "removed",
            D[11]: "restricted"})

case(name="dc-en-url-status-below", **{"from": "trust@dcinside.com"},
     name_from="DC Inside Trust & Safety",
     date="Sat, 07 Sep 2024 09:15:30 +0900",
     subject=f"Re: Removal request {R1}", reply_to_req=reply_headers(R1),
     body=f"""Hello,

Regarding your request {R1}, please find the result for the posts below.

{D[10]}
Status: Deleted (violation of gallery rules)

{D[11]}
Status: Deleted

{D[14]}
Status: Not found. The post number does not exist in this minor gallery.

Best regards,
DC Inside Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="English trust-and-safety reply with each URL on its own line and a Status line below it",
     why="Two posts deleted, one post number does not exist",
     items={D[10]: "removed", D[11]: "removed", D[14]: "not_found"})

case(name="dc-kr-top-posted-gmail-quote", **{"from": "gallery.ops@dcinside.com"},
     name_from=enc("박지훈"),
     date="Tue, 03 Sep 2024 16:48:02 +0900",
     subject=enc(f"Re: [{R1}] 불법정보 삭제 요청"), reply_to_req=reply_headers(R1),
     body=f"""담당자님 안녕하세요.

요청 목록 중 모바일 주소로 보내주신 두 건은 오늘 삭제했습니다.
{D[12]}
{D[13]}

나머지는 갤러리별로 확인 후 따로 회신드리겠습니다.

박지훈 드림 / 디시인사이드 갤러리운영

2024년 9월 2일 (월) 오후 2:00, KCSC 삭제요청 <takedown@kcsc.example>님이 작성:
{quoted(request_text(R1))}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail top-posted reply in Korean over the quoted request ('님이 작성:')",
     why="The two mobile links are stated deleted above the quote; the quoted request states nothing",
     items={D[12]: "removed", D[13]: "removed"})

case(name="dc-en-gmail-quote-one-still-checking", **{"from": "gallery.ops@dcinside.com"},
     name_from="Jihoon Park",
     date="Wed, 04 Sep 2024 10:05:44 +0900",
     subject=f"Re: [{R1}] 불법정보 삭제 요청", reply_to_req=reply_headers(R1),
     body=f"""Hi,

These two posts were removed by our moderators this morning:
{D[7]}
{D[8]}

This one is still being checked with the gallery manager, I will come back to you:
{D[9]}

Thanks,
Jihoon

On Mon, Sep 2, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text(R1, [D[7], D[8], D[9]]))}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail English reply by a platform employee, 'On ... wrote:' quote below",
     why="Two posts removed; the third is still being checked (stays pending)",
     items={D[7]: "removed", D[8]: "removed", D[9]: "pending"})

case(name="dc-outlook-original-message", **{"from": "mj.kim@dcinside.com"},
     name_from="Kim Minji",
     date="Thu, 05 Sep 2024 14:31:09 +0900",
     subject=f"RE: [{R1}] 불법정보 삭제 요청", reply_to_req=reply_headers(R1),
     body=f"""Dear KCSC team,

Please see our update on {R1}:

- {D[1]} : removed
- {D[2]} : removed
- {D[3]} : we could not find this post; the article number does not exist in that gallery.

Kind regards,
Minji Kim | Community Policy, DC Inside

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 2:00 PM
To: report@dcinside.com
Subject: [{R1}] 불법정보 삭제 요청

{request_text(R1)}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with bulleted results over an unquoted '-----Original Message-----' block",
     why="Two removed and one not found above the Original Message; the request text below states nothing",
     items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"})

case(name="dc-en-dash-mixed-mobile", **{"from": "trust@dcinside.com"},
     name_from="DC Inside Trust & Safety",
     date="Mon, 09 Sep 2024 11:11:11 +0900",
     subject=f"Update: {R1}", reply_to_req=reply_headers(R1),
     body=f"""Hello KCSC,

Update for {R1}:

{D[12]} — deleted.
{D[13]} — now visible only to adult-verified users (age restriction applied); not deleted.
{D[6]} — this post had already been deleted by its author before our review.

Our gallery rules are at https://gall.dcinside.com/policy/rules for reference.

DC Inside Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="short English trust-and-safety update, one line per URL with an em-dash result",
     why="One deleted, one age-restricted, one already deleted by its author; the rules link is not an item",
     items={D[12]: "removed", D[13]: "restricted", D[6]: "not_found"})

case(name="dc-promise-within-24h", **{"from": "report@dcinside.com"},
     name_from=enc("디시인사이드 운영팀"),
     date="Tue, 03 Sep 2024 09:30:00 +0900",
     subject=enc(f"RE: [{R1}] 불법정보 시정요구"), reply_to_req=reply_headers(R1),
     body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 중 아래 2건은 해당 갤러리 매니저 확인 후 24시간 이내에 삭제될 예정입니다.
- {D[1]}
- {D[2]}

처리가 완료되면 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood", classification="confirmation",
     imitates="operator reply promising deletion after the gallery manager confirms",
     why="A promise ('삭제될 예정') is not a statement: items stay pending, the email names them",
     items={D[1]: "pending", D[2]: "pending"})

case(name="dc-hedge-appears-gone", **{"from": "gallery.ops@dcinside.com"},
     name_from=enc("박지훈"),
     date="Wed, 04 Sep 2024 18:02:45 +0900",
     subject=enc(f"Re: [{R1}] 문의드린 게시물 관련"), reply_to_req=reply_headers(R1),
     body=f"""담당자님,

{D[5]} 게시물은 현재 조회되지 않는 것으로 보입니다.
작성자가 직접 삭제했을 가능성이 있는데, 로그를 확인해 보고 정확히 말씀드리겠습니다.

박지훈 드림
""",
     outcome="review", review="not_understood",
     imitates="employee's informal reply hedging about a post that seems gone",
     why="'보입니다' / '가능성이 있는데' are hedges, the sender says they will confirm later",
     items={D[5]: "pending"})

case(name="dc-en-bulk-all-deleted", **{"from": "trust@dcinside.com"},
     name_from="DC Inside Trust & Safety",
     date="Sun, 08 Sep 2024 20:14:00 +0900",
     subject=f"Re: Removal request {R1}", reply_to_req=reply_headers(R1),
     body=f"""Hello,

All of the posts listed in your request {R1} have been deleted from DC Inside galleries.

Best regards,
DC Inside Trust & Safety
""",
     outcome="review", review="bulk", classification="confirmation",
     imitates="one-line 'all reported content was removed' reply",
     why="Blanket statement for a 14-item request without naming any item: bulk",
     items={})

case(name="dc-dsn-mailbox-unknown", **{"from": "MAILER-DAEMON@mx1.dcinside.com"},
     name_from="Mail Delivery System",
     date="Mon, 02 Sep 2024 14:00:09 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_879"

--=_dsn_879
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@dcinside.com>: host mail.dcinside.com[198.51.100.77] said:
    550 5.1.1 <policy-old@dcinside.com>: Recipient address rejected:
    User unknown in local recipient table

--=_dsn_879
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Mon,  2 Sep 2024 14:00:05 +0900

Final-Recipient: rfc822; policy-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_dsn_879
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@dcinside.com
Subject: [{R1}] {enc('불법정보 삭제 요청')}
Message-ID: <req-240902-01-copy@kcsc.example>
Date: Mon, 02 Sep 2024 14:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(request_text(R1, [D[1], D[2], D[3], D[4]]))}

--=_dsn_879--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN 'Undelivered Mail Returned to Sender' with the original request attached",
     why="A bounce of our own request copy; the URLs are in the returned original",
     items={})

# ================================================================= NAVER
R2 = "KCSC-240903-02"

case(name="naver-temporary-measure-30days", **{"from": "help_noreply@navercorp.com"},
     name_from=enc("네이버 고객센터"),
     date="Thu, 05 Sep 2024 13:00:00 +0900",
     subject=enc(f"[네이버] 게시물 임시조치 결과 안내 ({R2})"),
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회({R2})에서 요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라
아래와 같이 임시조치(30일간 접근 제한)하였음을 알려드립니다.

- 대상 게시물: {N[1]}
- 대상 게시물: {N[2]}
- 조치 내용: 임시조치 (30일간 접근 제한)
- 조치 일시: 2024.09.05 12:41

게시자가 30일 이내에 재게시를 요청하지 않으면 게시물은 삭제됩니다.
임시조치 제도 안내: https://help.naver.com/service/5600/contents/19331

본 메일은 발신 전용입니다.
''')}""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 임시조치 notice (30 days, re-posting request possible)",
     why="임시조치 (access restricted for 30 days) for both named blog posts: restricted; deletion after 30 days is conditional",
     items={N[1]: "restricted", N[2]: "restricted"})

case(name="naver-mixed-en-kr-three", **{"from": "policy@navercorp.com"},
     name_from="NAVER Policy Support",
     date="Fri, 06 Sep 2024 15:22:10 +0900",
     subject=f"RE: [{R2}] Removal request / 게시물 삭제 요청", reply_to_req=reply_headers(R2),
     body=f"""Dear KCSC,
안녕하세요, 네이버 정책지원팀입니다.

We have reviewed the items in {R2}. / 요청하신 게시물의 검토 결과입니다.

* {N[3]}
  카페 운영정책 위반으로 삭제되었습니다. (deleted)
* {N[4]}
  해당 답변은 비공개 처리되었습니다. (hidden from public view)
* {N[5]}
  검토 결과 위반 사항이 확인되지 않아 게시가 유지됩니다. (no violation found; the post stays up)

Regards,
NAVER Policy Support / 네이버 정책지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="bilingual NAVER policy-team reply, bulleted URL with Korean result and English gloss",
     why="Cafe post deleted, KIN answer made private (removed), post kept for no violation",
     items={N[3]: "removed", N[4]: "removed", N[5]: "rejected"})

case(name="naver-qp-blind-and-gone", **{"from": "policy@navercorp.com"},
     name_from=enc("네이버 정책지원팀"),
     date="Mon, 09 Sep 2024 10:10:10 +0900",
     subject=enc(f"RE: [{R2}] 추가 조치 결과"), reply_to_req=reply_headers(R2),
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, 네이버 정책지원팀입니다.

{R2} 건 추가 조치 결과 안내드립니다.

{N[5]} 게시물은 운영정책 위반으로 블라인드 처리되었습니다.
{N[1]} 게시물은 확인 시점에 이미 게시자가 삭제하여 존재하지 않는 게시물이므로 별도 조치하지 않았습니다.

감사합니다.
''')}""",
     outcome="applied", classification="confirmation",
     imitates="NAVER follow-up in quoted-printable Korean (블라인드 / 이미 삭제된 게시물)",
     why="Post blinded (removed); blog post already deleted by its author (not_found)",
     items={N[5]: "removed", N[1]: "not_found"})

case(name="naver-structured-notice-kin", **{"from": "noreply-report@navercorp.com"},
     name_from=enc("NAVER 신고센터"),
     date="Thu, 05 Sep 2024 16:55:00 +0900",
     subject=enc("[NAVER] 조치 결과 통지 (접수번호 NV-2409-118273)"),
     body=f"""[조치 결과 통지]

접수번호 : NV-2409-118273
요청기관 : 방송통신심의위원회 ({R2})
서비스 : 지식iN
대상 URL : {N[4]}
조치 일시 : 2024-09-05 16:40
조치 내용 : 게시물 삭제
조치 근거 : 지식iN 운영정책 (불법정보)

이의 제기 안내 : https://help.naver.com/inquiry/input.help?categoryNo=5748

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="structured 'statement of reasons'-style notice (접수번호 / 대상 URL / 조치 내용 / 조치 근거)",
     why="One KIN item stated deleted in a key-value notice; the appeal link is not an item",
     items={N[4]: "removed"})

case(name="naver-en-hedge-may-have", **{"from": "policy@navercorp.com"},
     name_from="NAVER Policy Support",
     date="Wed, 04 Sep 2024 17:40:00 +0900",
     subject=f"RE: [{R2}] Removal request", reply_to_req=reply_headers(R2),
     body=f"""Hello,

Thank you for your request {R2}. A quick note before our formal reply:

It appears that {N[1]} was already set to private by the blogger,
and {N[2]} may have been removed as well. We are confirming both with the
blog team and will send the formal result by Friday.

Regards,
NAVER Policy Support
""",
     outcome="review", review="not_understood",
     imitates="informal heads-up from a portal policy team before its formal answer",
     why="'It appears' and 'may have been' are hedges; the formal result is promised later",
     items={N[1]: "pending", N[2]: "pending"})

case(name="naver-asks-for-documents", **{"from": "policy@navercorp.com"},
     name_from=enc("네이버 정책지원팀"),
     date="Wed, 04 Sep 2024 09:12:33 +0900",
     subject=enc(f"RE: [{R2}] 추가 자료 요청"), reply_to_req=reply_headers(R2),
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 카페 게시물의 조치를 검토하기 위하여
시정요구 의결서 사본과 위반 내용이 확인되는 화면 캡처 자료를 보내주시기 바랍니다.

- {N[3]}

자료를 받는 대로 검토하여 결과를 안내드리겠습니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER request for the resolution copy and screenshots before acting",
     why="The platform asks for documents about a named item; nothing has been done",
     items={N[3]: "pending"})

case(name="naver-untrusted-dkim-fail", **{"from": "policy@naver.com"},
     name_from=enc("네이버 정책지원팀"), auth="fail",
     date="Thu, 05 Sep 2024 08:01:00 +0900",
     subject=enc(f"RE: [{R2}] 처리 완료"),
     body=f"""안녕하세요.

{R2} 건 아래 게시물은 모두 삭제 완료되었습니다.
{N[1]}
{N[2]}

네이버 정책지원팀
""",
     outcome="review", review="untrusted",
     imitates="a reply that claims to be NAVER but fails DKIM/SPF/DMARC",
     why="From naver.com but authentication fails: not trusted, nothing applied",
     items={N[1]: "pending", N[2]: "pending"})

case(name="naver-ooo-chuseok", **{"from": "sy.lee@navercorp.com"},
     name_from=enc("이서연"),
     date="Fri, 13 Sep 2024 18:30:00 +0900",
     subject=enc(f"자동 회신: [{R2}] 게시물 삭제 요청"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 이서연입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 건은 네이버 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

I am out of the office for the Chuseok holidays until 18 September.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean/English out-of-office auto-reply over the Chuseok holidays",
     why="Out-of-office auto-reply", items={})

# ================================================================= DAUM / KAKAO
R3 = "KCSC-240904-03"

case(name="daum-cafe-blind-notice", **{"from": "cleancenter@kakaocorp.com"},
     name_from=enc("카카오 고객센터"),
     date="Fri, 06 Sep 2024 11:45:00 +0900",
     subject=enc(f"[Daum 카페] 게시물 조치 결과 안내 ({R3})"),
     body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회 요청({R3})에 따라 아래 Daum 카페 게시물을 블라인드 처리하였습니다.

■ {A[1]}
■ {A[2]}

블라인드 처리된 게시물은 작성자와 카페 회원 모두에게 더 이상 노출되지 않습니다.
Daum 카페 운영원칙: https://cafe.daum.net/_c21_/policy

카카오 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Daum 클린센터 블라인드 처리 notice",
     why="Both named cafe posts blinded: removed",
     items={A[1]: "removed", A[2]: "removed"})

case(name="daum-tistory-raw-korean-path", **{"from": "tistory-report@kakaocorp.com"},
     name_from=enc("티스토리 운영팀"),
     date="Sat, 07 Sep 2024 14:14:14 +0900",
     subject=enc(f"Re: [{R3}] 티스토리 게시글 조치 요청"), reply_to_req=reply_headers(R3),
     body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 티스토리 게시글 처리 결과입니다.

{A3_RAW} 게시글은 이용약관 위반으로 삭제되었습니다.
<{A[4]}>는 권리침해 신고 절차에 따라 임시조치(30일간 접근 제한)되었습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Tistory (Kakao) operator reply with a raw Korean-path URL and a bracketed URL followed by a particle",
     why="Korean-slug post deleted (matches its percent-encoded form); the other under 임시조치: restricted",
     items={A[3]: "removed", A[4]: "restricted"})

html_daum = f"""<html><body>
<p>안녕하세요. 카카오 권리침해 신고센터입니다.</p>
<p>{R3} 요청 건에 대한 처리 결과를 알려드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>게시물 주소</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td><a href="{A[1]}">{A[1]}</a></td><td>블라인드</td></tr>
<tr><td><a href="{A[2]}">{A[2]}</a></td><td>게시물 없음 (이미 삭제된 게시물)</td></tr>
<tr><td><a href="{A[3]}">{A3_RAW}</a></td><td>삭제</td></tr>
<tr><td><a href="{A[4]}">{A[4]}</a></td><td>삭제</td></tr>
</tbody></table>
<p>처리 결과에 이의가 있으시면 <a href="https://cs.daum.net/faq/site/daum.html">고객센터</a>로 문의해 주세요.</p>
</body></html>
"""
case(name="daum-base64-html-table", **{"from": "rights@kakaocorp.com"},
     name_from=enc("카카오 권리침해 신고센터"),
     date="Tue, 10 Sep 2024 10:00:00 +0900",
     subject=enc(f"[카카오] 신고 처리 결과 안내 - {R3}"),
     raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_daum)}
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao rights-infringement centre result table, base64-encoded HTML",
     why="Four rows: blinded, already deleted, deleted, deleted",
     items={A[1]: "removed", A[2]: "not_found", A[3]: "removed", A[4]: "removed"})

case(name="daum-echoed-report-one", **{"from": "rights@kakaocorp.com"},
     name_from=enc("카카오 권리침해 신고센터"),
     date="Sun, 08 Sep 2024 09:09:09 +0900",
     subject=enc("[카카오] 신고하신 게시물의 처리 결과입니다"),
     body=f"""안녕하세요. 카카오 권리침해 신고센터입니다.
접수하신 신고에 대한 처리 결과를 안내드립니다.

[신고 내용]
신고 번호 : 2409-KC-55120
신고 대상 : {A[2]}
신고 사유 : 불법정보 (방송통신심의위원회 시정요구 {R3})

[처리 결과]
위 게시물은 Daum 카페 운영정책에 따라 블라인드 처리되었습니다.

카카오 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao report-result mail echoing the report form ([신고 내용] / [처리 결과])",
     why="The echoed report names one post and the result blinds it: removed",
     items={A[2]: "removed"})

case(name="daum-bulk-four-blinded", **{"from": "cleancenter@kakaocorp.com"},
     name_from=enc("카카오 고객센터"),
     date="Thu, 05 Sep 2024 19:20:00 +0900",
     subject=enc(f"RE: [{R3}] 게시물 조치 요청"), reply_to_req=reply_headers(R3),
     body=f"""안녕하세요, 카카오 고객센터입니다.

요청번호 {R3}로 요청하신 게시물 4건 전체에 대해 블라인드 처리를 완료하였습니다.

감사합니다.
""",
     outcome="review", review="bulk", classification="confirmation",
     imitates="Daum one-line 'all reported posts blinded' reply",
     why="All four items covered by one statement without naming any: bulk",
     items={})

case(name="daum-wrong-platform-naver-cafe", **{"from": "cleancenter@kakaocorp.com"},
     name_from=enc("카카오 고객센터"),
     date="Thu, 05 Sep 2024 10:02:00 +0900",
     subject=enc(f"RE: [{R2}] 게시물 삭제 요청"),
     body=f"""안녕하세요, 카카오 고객센터입니다.

보내주신 요청({R2})의 아래 주소는 Daum 서비스의 게시물이 아니며, 당사 시스템에서 확인되지 않습니다.
{N[3]}

네이버 카페 게시물은 네이버 측으로 요청해 주시기 바랍니다.
""",
     outcome="review", review="wrong_platform",
     imitates="a portal telling the regulator a URL belongs to another portal",
     why="Kakao speaks about a NAVER item (not found on Daum); it is not NAVER's statement",
     items={N[3]: "pending"})

case(name="daum-mdn-read", **{"from": "cleancenter@kakaocorp.com"},
     name_from=enc("카카오 고객센터"),
     date="Wed, 04 Sep 2024 11:31:00 +0900",
     subject=enc(f"읽음: [{R3}] 게시물 조치 요청"),
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_879"

--=_mdn_879
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[{R3}] 게시물 조치 요청"을(를) 수신자가 2024-09-04 11:31에 읽었습니다.

--=_mdn_879
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com
Final-Recipient: rfc822; cleancenter@kakaocorp.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_879--
""",
     outcome="ignored", classification="read_receipt",
     imitates="read receipt (MDN, 'displayed') from a corporate mail client",
     why="A read receipt says nothing about items", items={})

# ================================================================= SOOP
R4 = "KCSC-240905-04"

case(name="soop-en-three-results", **{"from": "trust@sooplive.co.kr"},
     name_from="SOOP Trust & Safety",
     date="Sat, 07 Sep 2024 16:00:00 +0900",
     subject=f"[SOOP] Result of your request {R4}", reply_to_req=reply_headers(R4),
     body=f"""Hello,

This is SOOP (formerly AfreecaTV) Trust & Safety. We have completed our review of request {R4}.

1) VOD {S[1]}
   Deleted for violating our Community Guidelines.
2) VOD {S[3]}
   Set to private by the operator; it can no longer be viewed by anyone.
3) Channel post {S[2]}
   We found no violation of our guidelines or of Korean law, so it remains available.

If you disagree with a decision, see https://help.sooplive.co.kr/policy/appeal

SOOP Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="streaming-platform trust-and-safety outcome mail (numbered items, appeal link)",
     why="One VOD deleted, one made private by the operator (removed), one post kept (rejected)",
     items={S[1]: "removed", S[3]: "removed", S[2]: "rejected"})

case(name="soop-kr-statement-then-url", **{"from": "safety@sooplive.co.kr"},
     name_from=enc("SOOP 운영정책팀"),
     date="Fri, 06 Sep 2024 13:25:00 +0900",
     subject=enc(f"RE: [{R4}] 불법정보 시정요구 조치 결과"), reply_to_req=reply_headers(R4),
     body=f"""안녕하세요, SOOP 운영정책팀입니다.

아래 VOD는 운영정책 위반으로 삭제 조치되었습니다.
{S[3]}

아래 게시글은 19세 이상만 볼 수 있도록 연령 제한 처리하였습니다.
{S[2]}

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Korean operator reply with the statement first and the URL on the line below",
     why="VOD deleted; channel post age-restricted (restricted)",
     items={S[3]: "removed", S[2]: "restricted"})

case(name="soop-ack-plus-result", **{"from": "help@sooplive.co.kr"},
     name_from=enc("SOOP 고객센터"),
     date="Fri, 06 Sep 2024 10:40:00 +0900",
     subject=enc(f"[SOOP 고객센터] 문의 접수 및 처리 안내 ({R4})"),
     body=f"""안녕하세요, SOOP 고객센터입니다.

문의가 정상 접수되었습니다. (접수번호 SQ-0906-771)

확인 결과 {S[1]} VOD는 삭제 처리되었습니다.
나머지 2건은 담당 부서에서 검토 중이며, 결과가 나오는 대로 안내드리겠습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="helpdesk receipt that also carries a first result",
     why="Acknowledgement phrase plus an unhedged deletion of one named VOD: not a pure acknowledgement",
     items={S[1]: "removed"})

case(name="soop-untrusted-spf-fail", **{"from": "trust@sooplive.co.kr"},
     name_from="SOOP Trust & Safety", auth="fail",
     date="Sat, 07 Sep 2024 02:13:00 +0900",
     subject=f"Re: {R4} completed",
     body=f"""Hello,

The VOD {S[1]} has been deleted.

SOOP Trust & Safety
""",
     outcome="review", review="untrusted",
     imitates="a result mail from the platform's domain that fails authentication",
     why="DMARC fails for sooplive.co.kr: nothing applied",
     items={S[1]: "pending"})

case(name="soop-ticket-receipt", **{"from": "no-reply@sooplive.co.kr"},
     name_from=enc("SOOP 고객센터"),
     date="Thu, 05 Sep 2024 15:02:00 +0900",
     subject=enc("[SOOP 고객센터] 문의가 접수되었습니다 (SQ-0905-3312)"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 접수되었습니다.
접수번호: SQ-0905-3312
문의 제목: [{R4}] 불법정보 시정요구

영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="helpdesk ticket receipt (접수번호, answer within three business days)",
     why="Pure acknowledgement", items={})

# ================================================================= FM KOREA
R5 = "KCSC-240906-05"

case(name="fmkorea-short-kr", **{"from": "admin@fmkorea.com"},
     name_from=enc("에펨코리아 운영진"),
     date="Sat, 07 Sep 2024 22:10:00 +0900",
     subject=enc(f"Re: [{R5}] 게시물 삭제 요청"), reply_to_req=reply_headers(R5),
     body=f"""에펨코리아 운영진입니다.

{F[1]} 삭제했습니다.
{F[2]} 는 작성자가 이미 지운 글이라 존재하지 않습니다.

수고하세요.
""",
     outcome="applied", classification="confirmation",
     imitates="terse community-site admin reply",
     why="One post deleted, the other already deleted by its author",
     items={F[1]: "removed", F[2]: "not_found"})

case(name="fmkorea-fullwidth-parens", **{"from": "admin@fmkorea.com"},
     name_from=enc("에펨코리아 운영진"),
     date="Mon, 09 Sep 2024 08:45:00 +0900",
     subject=enc(f"[{R5}] 처리 결과"),
     body=f"""안녕하세요. 요청 건 처리 결과입니다.

1．{F[1]}（삭제 완료）
2．{F[2]}（검토 결과 개인정보 노출 없음，게시 유지）

에펨코리아 운영진 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Korean reply typed with full-width punctuation right after the URLs",
     why="First deleted; second kept because no personal data is exposed (rejected)",
     items={F[1]: "removed", F[2]: "rejected"})

case(name="fmkorea-conditional-soemyeong", **{"from": "admin@fmkorea.com"},
     name_from=enc("에펨코리아 운영진"),
     date="Sat, 07 Sep 2024 12:00:00 +0900",
     subject=enc(f"Re: [{R5}] 게시물 삭제 요청"), reply_to_req=reply_headers(R5),
     body=f"""안녕하세요, 에펨코리아 운영진입니다.

{F[1]} 게시물은 작성자에게 소명 기회를 부여하였으며, 7일 이내 소명이 없으면 삭제할 예정입니다.
{F[2]} 게시물은 현재 검토 중입니다.
""",
     outcome="review", review="not_understood",
     imitates="operator reply giving the author a chance to explain before deletion",
     why="A condition and 'under review' are not statements; both items named, stay pending",
     items={F[1]: "pending", F[2]: "pending"})

case(name="fmkorea-unknown-sender-lawyer", **{"from": "jw.choi@hanbitlaw.kr"},
     name_from=enc("법무법인 한빛 최정우 변호사"),
     date="Mon, 09 Sep 2024 17:30:00 +0900",
     subject=enc(f"{R5} 관련 게시물 삭제 사실 통지"),
     body=f"""방송통신심의위원회 담당자님께,

저는 아래 게시물 작성자의 대리인입니다.
의뢰인은 2024. 9. 8. 아래 게시물을 스스로 삭제하였음을 알려드립니다.
{F[1]}

이에 따라 의뢰인에 대한 추가 조치를 중단하여 주시기 바랍니다.

법무법인 한빛 변호사 최정우
""",
     outcome="review", review="unknown_sender",
     imitates="letter from the poster's lawyer claiming the post was deleted",
     why="Not FM Korea: an unknown sender naming a requested URL",
     items={F[1]: "pending"})

case(name="fmkorea-ooo-en", **{"from": "ops@fmkorea.com"},
     name_from="FMKorea Ops",
     date="Fri, 06 Sep 2024 09:31:00 +0900",
     subject=f"Automatic reply: [{R5}] 게시물 삭제 요청",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I'm out of the office until Monday 16 September with limited access to email.
For urgent matters please write to admin@fmkorea.com.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply' out-of-office",
     why="Out-of-office auto-reply", items={})

# ================================================================= CLIEN
R6 = "KCSC-240909-06"

case(name="clien-sole-no-url", **{"from": "admin@clien.net"},
     name_from=enc("클리앙 운영팀"),
     date="Tue, 10 Sep 2024 15:15:00 +0900",
     subject=enc(f"RE: [{R6}] 게시물 삭제 요청 처리 결과"), reply_to_req=reply_headers(R6),
     body=f"""안녕하세요, 클리앙 운영팀입니다.

{R6} 건으로 요청하신 게시물은 운영자 권한으로 삭제 처리하였습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="short Korean operator reply that names the request but not the URL",
     why="One-item request: 'the requested post was deleted by the operator' applies to its only item",
     items={C1: "removed"})

case(name="clien-angle-rejected", **{"from": "admin@clien.net"},
     name_from=enc("클리앙 운영팀"),
     date="Wed, 11 Sep 2024 11:00:00 +0900",
     subject=enc(f"RE: [{R6}] 게시물 삭제 요청"), reply_to_req=reply_headers(R6),
     body=f"""안녕하세요, 클리앙 운영팀입니다.

<{C1}>에 대해 검토하였으나, 운영규칙 및 관련 법령 위반 사항이 없어 게시물을 유지합니다.
명예훼손 여부는 당사자 간 분쟁으로, 법원의 판단이 있을 경우 그에 따라 조치하겠습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="community site refusing a defamation removal with its reason",
     why="Refusal with its reason (no violation, stays up): rejected; the later sentence is conditional",
     items={C1: "rejected"})

case(name="clien-dsn-delayed", **{"from": "mailer-daemon@kcsc.example"},
     name_from="Mail Delivery Subsystem",
     date="Mon, 09 Sep 2024 17:00:00 +0900",
     subject="Delivery Status Notification (Delay)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_delay_879"

--=_delay_879
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     admin@clien.net

Message will be retried for 4 more day(s).

--=_delay_879
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; admin@clien.net
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 connection timed out
Will-Retry-Until: Fri, 13 Sep 2024 13:00:00 +0900

--=_delay_879
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: admin@clien.net
Subject: [{R6}] request
Message-ID: <req-240909-06@kcsc.example>

--=_delay_879--
""",
     outcome="ignored", classification="bounce",
     imitates="delay DSN ('Delivery Status Notification (Delay)') from our own MTA",
     why="A delivery-delay report, no statement", items={})

# ================================================================= PPOMPPU
R7 = "KCSC-240910-07"

case(name="ppomppu-bullets", **{"from": "help@ppomppu.co.kr"},
     name_from=enc("뽐뿌 운영자"),
     date="Wed, 11 Sep 2024 14:00:00 +0900",
     subject=enc(f"Re: [{R7}] 불법 거래 게시물 삭제 요청"), reply_to_req=reply_headers(R7),
     body=f"""안녕하세요, 뽐뿌 운영자입니다.
요청 건({R7}) 처리 결과입니다.

* {P[1]} - 운영자 삭제
* {P[2]} - 블라인드 처리

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="bulleted operator reply (운영자 삭제 / 블라인드)",
     why="Both posts removed (운영자 삭제, 블라인드)",
     items={P[1]: "removed", P[2]: "removed"})

case(name="ppomppu-en-wrapped-url", **{"from": "sh.yoon@ppomppu.co.kr"},
     name_from="Seunghyun Yoon",
     date="Thu, 12 Sep 2024 09:20:00 +0900",
     subject=f"RE: [{R7}] removal request", reply_to_req=reply_headers(R7),
     body=f"""Hello,

The following post was deleted by the board administrator:
https://www.ppomppu.co.kr/zboard/view.php?id=phone&
no=4471820

The other one ({P[1]}) could not be found: that post number does not exist on our freeboard.

Best,
Seunghyun Yoon
Ppomppu Community Team
""",
     outcome="applied", classification="confirmation",
     imitates="English reply from an employee's mail client that wrapped a long URL after '&'",
     why="Wrapped phone-board URL deleted; freeboard post does not exist (not_found)",
     items={P[2]: "removed", P[1]: "not_found"})

case(name="ppomppu-no-claims-contact-change", **{"from": "help@ppomppu.co.kr"},
     name_from=enc("뽐뿌 운영팀"),
     date="Fri, 13 Sep 2024 10:00:00 +0900",
     subject=enc("[뽐뿌] 공공기관 요청 창구 변경 안내"),
     body="""안녕하세요, 뽐뿌 운영팀입니다.

10월 1일부터 공공기관의 게시물 조치 요청 및 자료 요청은
gov-request@ppomppu.co.kr 로 보내주시기 바랍니다.
기존 주소(help@ppomppu.co.kr)는 일반 회원 문의 전용으로 운영됩니다.

감사합니다.
""",
     outcome="review", review="no_claims",
     imitates="platform notice of a new contact address for authorities",
     why="Trusted platform mail naming no item and no request",
     items={})

case(name="ppomppu-report-receipt", **{"from": "no-reply@ppomppu.co.kr"},
     name_from=enc("뽐뿌"),
     date="Tue, 10 Sep 2024 10:00:40 +0900",
     subject=enc(f"[뽐뿌] 신고가 접수되었습니다 - {R7}"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""신고가 정상적으로 접수되었습니다.

접수번호: PP-240910-0042
관련 요청: {R7}

운영자가 확인 후 처리하며, 처리 결과는 별도로 안내드립니다.
본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="automatic report receipt (신고 접수 완료)",
     why="Pure acknowledgement of the request", items={})


HEADER = """# Blind set 879: Korean portals and community sites (see NOTES.md).
# Written by tests/corpus/blind879/make.py from each email's meaning,
# before any run of the reader. Each case is judged on a fresh ledger."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind879", HEADER, cases)
    print(len(cases), "cases")
