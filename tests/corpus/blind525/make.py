#!/usr/bin/env python3
"""Blind set 525: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Inven, Ppomppu), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind525/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of each email alone, before
any run of the reader. All names, ids and URLs are invented.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(s):
    t = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/haneul_trade77/223551100421",
    "https://blog.naver.com/haneul_trade77/223551100588",
    "https://cafe.naver.com/moonlitmarket/48213",
    "https://cafe.naver.com/moonlitmarket/48219",
    "https://cafe.naver.com/moonlitmarket/48302",
    "https://blog.naver.com/pinecone_diary/223560014455",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471002381",
    "https://cafe.naver.com/greyowlclub/9931",
    "https://blog.naver.com/jadeharbor_22/223570099812",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120044&memberNo=51022871",
    "https://cafe.naver.com/greyowlclub/10045",
    "https://m.blog.naver.com/silverfern_91/223580033176",
]
D = [
    "https://cafe.daum.net/bluecrane88/Ab3x/2211",
    "https://cafe.daum.net/bluecrane88/Ab3x/2240",
    "https://cafe.daum.net/nightferry/KfR2/517",
    "https://mossgarden.tistory.com/88",
]
G = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912101",
    "https://gall.dcinside.com/mgallery/board/view/?id=rainylake&no=40321",
    "https://gall.dcinside.com/mgallery/board/view/?id=rainylake&no=40388",
    "https://m.dcinside.com/board/tinyboat/77120",
]
S = [
    "https://vod.sooplive.co.kr/player/131420877",
    "https://vod.sooplive.co.kr/player/131421502",
    "https://ch.sooplive.co.kr/lunarpetal22/post/99012345",
]
F = [
    "https://www.fmkorea.com/7421100933",
    "https://www.fmkorea.com/7421188710",
]
C = ["https://www.clien.net/service/board/park/18820455"]
I = [
    "https://www.inven.co.kr/board/lostark/4821/1021457",
    "https://www.inven.co.kr/board/maple/5974/3310288",
    "https://m.inven.co.kr/board/webzine/2097/551203",
]

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:05:00+09:00", "2024-09-10T18:00:00+09:00", N,
     "gambling", "req-240903-01@kcsc.example", 'illegal gambling ads, blogs, cafes, KiN and Post'),
    ("KCSC-240904-02", "daum", "2024-09-04T11:20:00+09:00", "2024-09-11T18:00:00+09:00", D,
     "obscene", "req-240904-02@kcsc.example", "Daum cafe and Tistory"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", G,
     "gambling", "req-240905-03@kcsc.example", 'stock gallery "leading room" spam, minor galleries'),
    ("KCSC-240906-04", "soop", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", S,
     "obscene", "req-240906-04@kcsc.example", "two VODs and one channel post"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:30:00+09:00", "2024-09-16T18:00:00+09:00", F,
     "privacy", "req-240909-05@kcsc.example", "personal data exposure"),
    ("KCSC-240910-06", "clien", "2024-09-10T15:10:00+09:00", "2024-09-17T18:00:00+09:00", C,
     "defamation", "req-240910-06@kcsc.example", "one post"),
    ("KCSC-240911-07", "inven", "2024-09-11T13:55:00+09:00", "2024-09-18T18:00:00+09:00", I,
     "gambling", "req-240911-07@kcsc.example", "item-trade gambling links, game boards"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def alt(plain, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{plain.strip()}\n\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n"
        f"--{boundary}--\n"
    )


def tiny_pdf():
    stream = zlib.compress(
        b"BT /F1 11 Tf 72 720 Td (KCSC-240911-07 result sheet: see table) Tj ET\n"
        b"BT /F1 9 Tf 72 700 Td (3 rows, status column per row) Tj ET\n", 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


NAVER_POLICY = "policy@navercorp.com"

cases = []

# ================================================================= APPLIED
cases.append(dict(
    name="naver-gesijungdan-result-list",
    date=d("2024-09-05 16:12:40"), **{"from": NAVER_POLICY}, name_from="NAVER 권리보호센터",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240903-01)에 대해 1차 처리 결과를
아래와 같이 알려드립니다.

1. {N[0]}
   - 처리 결과: 삭제
2. {N[1]}
   - 처리 결과: 삭제
3. {N[2]}
   - 처리 결과: 임시조치(30일)
4. {N[3]}
   - 처리 결과: 게시물 없음 (작성자가 이미 삭제한 게시물입니다)
5. {N[4]}
   - 처리 결과: 조치 불가 - 검토 결과 서비스 운영정책 위반 사항이 확인되지
     않았습니다.

나머지 7건은 검토가 끝나는 대로 따로 회신드리겠습니다.
임시조치된 게시물의 게시자는 30일 이내에 재게시를 요청할 수 있으며, 이 경우
결과를 다시 안내드립니다.

네이버 서비스 운영정책: https://policy.naver.com/policy/service.html

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 notice (numbered list, result line under each URL)",
    why="five items named with their own result: 삭제 x2, 임시조치, 작성자 삭제(게시물 없음), 위반 없음",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "rejected"},
))

cases.append(dict(
    name="naver-en-html-table",
    date=d("2024-09-06 11:03:09"), **{"from": NAVER_POLICY}, name_from="NAVER Trust & Safety",
    subject="Result of removal request KCSC-240903-01 (part 2)",
    reply_to_req="req-240903-01",
    raw_mime=alt(
        f"""
Dear KCSC team,

Below is the outcome for three further items of request KCSC-240903-01.

URL | Action | Scope
{N[5]} | Removed | Global
{N[6]} | Access restricted | Republic of Korea only
{N[7]} | No action - content not found (invalid URL) | -

Kind regards,
NAVER Trust & Safety
""",
        f"""
<html><body>
<p>Dear KCSC team,</p>
<p>Below is the outcome for three further items of request KCSC-240903-01.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{N[5]}</td><td>Removed</td><td>Global</td></tr>
<tr><td>{N[6].replace('&', '&amp;')}</td><td>Access restricted</td><td>Republic of Korea only</td></tr>
<tr><td>{N[7]}</td><td>No action &ndash; content not found (invalid URL)</td><td>-</td></tr>
</table>
<p>Kind regards,<br>NAVER Trust &amp; Safety</p>
</body></html>
""", "nv-tbl-0906"),
    outcome="applied", classification="confirmation",
    imitates="platform legal-request outcome table (HTML with text alternative)",
    why="table rows: removed globally, restricted in Korea, not found",
    items={N[5]: "removed", N[6]: "restricted", N[7]: "not_found"},
))

cases.append(dict(
    name="naver-base64-blind-private",
    date=d("2024-09-06 17:48:21"), **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페·블로그 운영팀",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버] 요청 게시물 조치 완료 안내".encode()).decode() + "?=",
    reply_to_req="req-240903-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""안녕하세요. 네이버 블로그·포스트 운영팀입니다.

KCSC-240903-01 요청 게시물 가운데 아래 2건의 조치가 끝났습니다.

- {N[8]} : 블라인드 처리
- {N[9]} : 비공개 처리 (운영자 조치)

두 게시물 모두 지금은 다른 이용자가 볼 수 없습니다.
감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER blog/post 블라인드·비공개 처리 notice, base64 body",
    why="블라인드 and 비공개 처리 (by the operator) both count as removed",
    items={N[8]: "removed", N[9]: "removed"},
))

csv_rows = [
    ("1", N[0], "삭제", ""), ("2", N[1], "삭제", ""), ("3", N[2], "임시조치", "30일"),
    ("4", N[3], "게시물 없음", "작성자 삭제"), ("5", N[4], "유지", "위반 사항 없음"),
    ("6", N[5], "삭제", ""), ("7", N[6], "접근 제한", "국내 IP 대상"),
    ("8", N[7], "게시물 없음", "존재하지 않는 주소"), ("9", N[8], "블라인드", ""),
    ("10", N[9], "비공개 처리", "운영자 조치"), ("11", N[10], "삭제", ""), ("12", N[11], "검토 중", "추가 확인 필요"),
]
import io  # noqa: E402
_buf = io.StringIO()
_w = csv.writer(_buf, lineterminator="\r\n")
_w.writerow(["번호", "URL", "처리결과", "비고"])
for r in csv_rows:
    _w.writerow(r)
cases.append(dict(
    name="naver-csv-attachment-all",
    date=d("2024-09-09 10:21:55"), **{"from": NAVER_POLICY}, name_from="NAVER 정책지원팀",
    subject="RE: [KCSC-240903-01] 처리 결과 (첨부)",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-csv-0909"

--nv-csv-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.
요청하신 12건의 처리 현황을 첨부한 CSV 파일로 보내드립니다.
'검토 중'으로 표시된 건은 결과가 나오는 대로 다시 알려드리겠습니다.

--nv-csv-0909
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_buf.getvalue())}
--nv-csv-0909--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment",
    why="CSV attachment with one row per item; the row still 검토 중 stays pending",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "rejected",
           N[5]: "removed", N[6]: "restricted", N[7]: "not_found", N[8]: "removed", N[9]: "removed",
           N[10]: "removed", N[11]: "pending"},
))

cases.append(dict(
    name="naver-top-posted-over-quote",
    date=d("2024-09-04 09:37:02"), **{"from": "jiwoo.park@navercorp.com"}, name_from="박지우",
    subject="RE: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 정책지원팀 박지우입니다.

문의하신 건 가운데 {N[10]} 게시물은 불법 도박 사이트
홍보물로 확인되어 오늘 오전에 삭제했습니다.
나머지 게시물은 아직 확인 중입니다.

박지우 드림

2024년 9월 3일 (화) 오전 10:05, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
> 아래 게시물은 불법정보에 해당하여 삭제를 요청합니다.
> 1. {N[0]}
> 2. {N[1]}
> 8. {N[7]}
> 11. {N[10]}
> 12. {N[11]}
> 회신 기한: 2024-09-10
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted staff reply over a Gmail-style Korean quote of the request",
    why="only the top text states a removal (item 11); the quoted request changes nothing",
    items={N[10]: "removed", N[0]: "pending", N[7]: "pending", N[11]: "pending"},
))

cases.append(dict(
    name="naver-url-status-below",
    date=d("2024-09-10 14:05:33"), **{"from": NAVER_POLICY}, name_from="NAVER Policy",
    subject="KCSC-240903-01 - update on two items",
    body=f"""
Dear KCSC team,

Please find the outcome for the two items below (KCSC-240903-01).

{N[11]}
→ 국내 접속 제한 (access restricted in Korea)

{N[7]}
→ 삭제 완료 (deleted)

Best regards,
NAVER Policy team
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual short update, bare URL with its result on the line below",
    why="URL then arrow line: restricted in Korea; deleted",
    items={N[11]: "restricted", N[7]: "removed"},
))

cases.append(dict(
    name="naver-outlook-original-message",
    date=d("2024-09-05 10:44:18"), **{"from": "cafe_help@navercorp.com"}, name_from="NAVER Cafe Operations",
    subject="RE: [KCSC-240903-01] Removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

About items 3 and 5 of your list:

{N[2]} has been deleted by the cafe manager at our request.

{N[4]} was reviewed against the NAVER Cafe operating principles; we found no
violation, so the post stays up.

Regards,
Seo-yeon Han
NAVER Cafe Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:05 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] Removal request

Please remove the following posts, which the Commission found to be illegal:
{N[0]}
{N[2]}
{N[3]}
{N[4]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above -----Original Message----- holding the request",
    why="item 3 deleted, item 5 refused as not violating; quoted URLs under the Outlook header change nothing",
    items={N[2]: "removed", N[4]: "rejected", N[0]: "pending", N[3]: "pending"},
))

cases.append(dict(
    name="naver-ack-plus-removal",
    date=d("2024-09-04 15:30:00"), **{"from": "help@help.naver.com"}, name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의 접수 및 처리 결과 안내",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 접수되었습니다. (접수번호 2409-118832)

접수하신 게시물 중 {N[5]} 은(는)
청소년유해 게시물로 확인되어 삭제 처리되었습니다.

이용해 주셔서 감사합니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 receipt that also carries a result",
    why="receipt wording plus an unhedged removal of a named item: not a pure acknowledgement",
    items={N[5]: "removed"},
))

cases.append(dict(
    name="naver-sor-restricted-kr",
    date=d("2024-09-11 18:02:47"), **{"from": "legal-notice@navercorp.com"}, name_from="NAVER Legal",
    subject="Statement of reasons - NV-SOR-2024-0911-4471 (KCSC-240903-01)",
    body=f"""
STATEMENT OF REASONS

Decision reference: NV-SOR-2024-0911-4471
Your reference: KCSC-240903-01
Content concerned: {N[6]}

Type of restriction: visibility - access to the content disabled for users in
the Republic of Korea
Territorial scope: KR
Legal ground: illegal content under the Act on Promotion of Information and
Communications Network Utilization
Automated means used for detection or decision: no

Redress: the uploader may object at https://help.naver.com/appeal/objection
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons, territorial restriction",
    why="access disabled only in Korea: restricted",
    items={N[6]: "restricted"},
))

cases.append(dict(
    name="naver-wrapped-kin-url",
    date=d("2024-09-07 09:12:11"), **{"from": "kin_ops@navercorp.com"}, name_from="NAVER 지식iN 운영",
    subject="Re: KCSC-240903-01 KiN question",
    body="""
Hello,

The KiN question you listed,
<https://kin.naver.com/qna/detail.naver?d1id=8&
 dirId=80101&docId=471002381>,
has been deleted together with its answers.

NAVER KiN operations
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply with a long URL wrapped inside angle brackets",
    why="the wrapped URL in <> is one URL (RFC 3986 appendix C); deleted",
    items={N[6]: "removed"},
))

cases.append(dict(
    name="naver-en-prose-mixed",
    date=d("2024-09-12 13:26:09"), **{"from": NAVER_POLICY}, name_from="NAVER Policy",
    subject="KCSC-240903-01: review completed for three posts",
    reply_to_req="req-240903-01",
    body=f"""
Dear Commission staff,

We have completed our review of three of the posts reported under
KCSC-240903-01.

The blog post at {N[1]} was removed on 5 September.
Access to {N[3]} has been blocked for users in Korea following your decision.
The post {N[10]} could not be found; the cafe it belonged to had already been
closed by its owner before our review.

The remaining items are still with our legal team.

Kind regards,
NAVER Policy team
""",
    outcome="applied", classification="confirmation",
    imitates="English prose outcome letter, one sentence per item",
    why="removed; blocked for Korea = restricted; could not be found = not_found",
    items={N[1]: "removed", N[3]: "restricted", N[10]: "not_found"},
))

cases.append(dict(
    name="daum-imsijochi-30days",
    date=d("2024-09-05 13:40:00"), **{"from": "right@kakaocorp.com"}, name_from="Daum 권리침해신고센터",
    subject="[Daum] 게시물 임시조치 결과 안내 (KCSC-240904-02)",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요. Daum 권리침해신고센터입니다.

요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치
(게시물 접근 차단)를 하였음을 알려드립니다.

[대상 게시물]
- {D[0]}
- {D[1]}

임시조치 기간 중 게시자가 이의를 제기하면 관련 절차에 따라 다시 안내드립니다.
자세한 내용은 https://cs.daum.net/faq/95/7580.html 을 참고해 주세요.

Daum 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 30일 임시조치 notice",
    why="임시조치 (access blocked for 30 days) counts as restricted for both listed posts",
    items={D[0]: "restricted", D[1]: "restricted"},
))

cases.append(dict(
    name="daum-tistory-en-mixed",
    date=d("2024-09-06 10:15:27"), **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    subject="Re: Removal request KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thank you for your request. Our findings:

* {D[3]} - removed. The blog post was deleted for violating the Tistory
  operating policy and the blog received a warning.
* {D[2]} - we could not locate this post. The link returns "this article
  does not exist".

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao trust-and-safety bulleted reply (Tistory and Daum cafe)",
    why="removed; could not locate = not_found",
    items={D[3]: "removed", D[2]: "not_found"},
))

cases.append(dict(
    name="daum-qp-kept-up",
    date=d("2024-09-09 16:50:12"), **{"from": "right@kakaocorp.com"}, name_from="Daum 권리침해신고센터",
    subject="[Daum] 게시중단 요청 검토 결과",
    reply_to_req="req-240904-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""안녕하세요. Daum 권리침해신고센터입니다.

검토 결과, {D[1]} 게시물은 Daum 카페 운영정책 및 관련 법령에 위반되는 내용을 확인할 수 없어 게시중단 요청을 받아들이지 않았습니다.
해당 게시물은 현재 게시 상태를 유지합니다.

추가 자료가 있으시면 회신해 주시기 바랍니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="Daum 게시중단 요청 refusal, quoted-printable Korean",
    why="request refused, post stays up: rejected (the word 게시중단 appears only in the refusal)",
    items={D[1]: "rejected"},
))

cases.append(dict(
    name="daum-echoed-report-form",
    date=d("2024-09-05 19:02:44"), **{"from": "cs@daum.net"}, name_from="Daum 고객센터",
    subject="[Daum 고객센터] 신고하신 내용에 대한 답변입니다",
    body=f"""
안녕하세요, Daum 고객센터입니다.

■ 신고 내용
- 신고 유형: 불법정보
- 신고 URL: {D[2]}
- 신고 일시: 2024-09-04 11:20
- 신고 참조: KCSC-240904-02

■ 처리 결과
- 해당 게시물은 카페 운영정책 위반으로 운영자에 의해 삭제되었습니다.

더 궁금하신 점은 Daum 고객센터(https://cs.daum.net)로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 answer echoing the report form above the result",
    why="the echoed report names one URL; the result section says it was deleted",
    items={D[2]: "removed"},
))

cases.append(dict(
    name="dc-admin-plain-kr",
    date=d("2024-09-06 12:08:30"), **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240905-03] 게시물 삭제 요청",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 처리 결과를 알려드립니다.

주식 갤러리 {G[0]} ,
{G[1]} 두 게시물은 삭제하고 작성자 IP를 차단하였습니다.

{G[2]} 은 작성자가 스스로 삭제하여 현재 존재하지 않습니다.

나머지 마이너 갤러리 게시물은 갤러리 매니저 확인 후 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team plain Korean reply",
    why="two named posts deleted (one sentence, both named); one already deleted by its author = not_found",
    items={G[0]: "removed", G[1]: "removed", G[2]: "not_found"},
))

_dc_rows = [(G[0], "삭제"), (G[1], "삭제"), (G[2], "삭제된 게시물 (작성자 삭제)"),
            (G[3], "유지 (위반 사항 없음)"), (G[4], "삭제")]
cases.append(dict(
    name="dc-html-table-five",
    date=d("2024-09-09 11:41:05"), **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="[디시인사이드] 시정요구 조치 결과 회신 (KCSC-240905-03)",
    reply_to_req="req-240905-03",
    raw_mime=alt(
        "방송통신심의위원회 시정요구(KCSC-240905-03)에 대한 조치 결과입니다.\n\n"
        + "\n".join(f"{n}. {u} - {r}" for n, (u, r) in enumerate(_dc_rows, 1))
        + "\n\n디시인사이드 운영팀",
        "<html><body><p>방송통신심의위원회 시정요구(KCSC-240905-03)에 대한 조치 결과입니다.</p>"
        "<table border=\"1\"><tr><th>번호</th><th>URL</th><th>조치 결과</th></tr>\n"
        + "\n".join(f"<tr><td>{n}</td><td><a href=\"{u.replace('&', '&amp;')}\">{u.replace('&', '&amp;')}</a></td><td>{r}</td></tr>"
                    for n, (u, r) in enumerate(_dc_rows, 1))
        + "\n</table><p>디시인사이드 운영팀</p></body></html>", "dc-tbl-0909"),
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 table (HTML with text alternative)",
    why="five rows: removed, removed, author-deleted = not_found, kept = rejected, removed",
    items={G[0]: "removed", G[1]: "removed", G[2]: "not_found", G[3]: "rejected", G[4]: "removed"},
))

cases.append(dict(
    name="dc-angle-brackets-particles",
    date=d("2024-09-07 20:14:52"), **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240905-03] 마이너 갤러리 게시물",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요, 디시인사이드입니다.

<{G[3]}>은 마이너 갤러리 매니저가 삭제하였고,
{G[4]}도 운영자 권한으로 삭제했습니다.

확인 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean staff reply, URL in angle brackets and URL with a Korean particle attached",
    why="both URLs deleted; the particles 은/도 are not part of the URL",
    items={G[3]: "removed", G[4]: "removed"},
))

cases.append(dict(
    name="dc-statement-url-below",
    date=d("2024-09-10 09:55:19"), **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="[KCSC-240905-03] 추가 처리 결과",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

다음 게시물은 불법 도박 홍보물로 확인되어 삭제하였습니다:
{G[1]}

다음 게시물은 확인 결과 위반 사항이 없어 유지합니다:
{G[3]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="statement line ending in a colon, URL on the line below",
    why="deleted; no violation, kept = rejected",
    items={G[1]: "removed", G[3]: "rejected"},
))

cases.append(dict(
    name="soop-en-vod-age",
    date=d("2024-09-09 15:20:03"), **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    subject="Re: KCSC-240906-04 - VOD review outcome",
    reply_to_req="req-240906-04",
    body=f"""
Dear KCSC,

Regarding request KCSC-240906-04:

- VOD {S[0]} has been deleted and the broadcaster's channel received a
  7-day broadcasting suspension.
- VOD {S[1]} has been changed to 19+ (adult-only). It can no longer be
  viewed without adult verification.

The channel post in your request is still being checked.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) trust-and-safety VOD outcome",
    why="deleted; switched to 19+ = age-restricted = restricted; third item only under review",
    items={S[0]: "removed", S[1]: "restricted", S[2]: "pending"},
))

cases.append(dict(
    name="soop-kr-html-only",
    date=d("2024-09-11 10:02:36"), **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    subject="[SOOP] 시정요구 조치 결과 안내",
    reply_to_req="req-240906-04",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. SOOP 고객센터입니다.</p>
<p>요청번호 KCSC-240906-04 에 대한 조치 결과를 알려드립니다.</p>
<table border="1" cellpadding="3">
<tr><th>대상</th><th>조치</th></tr>
<tr><td><a href="{S[0]}">{S[0]}</a></td><td>VOD 삭제</td></tr>
<tr><td><a href="{S[1]}">{S[1]}</a></td><td>위반사항 없음 (유지)</td></tr>
<tr><td><a href="{S[2]}">{S[2]}</a></td><td>블라인드</td></tr>
</table>
<p>운영정책: <a href="https://www.sooplive.co.kr/policy/operation">SOOP 운영정책</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP customer-centre HTML-only result table",
    why="VOD deleted, VOD kept (rejected), channel post 블라인드 (removed)",
    items={S[0]: "removed", S[1]: "rejected", S[2]: "removed"},
))

cases.append(dict(
    name="fmk-admin-kr-two",
    date=d("2024-09-10 21:33:08"), **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    subject="Re: [KCSC-240909-05] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, 에펨코리아 운영팀입니다.

{F[0]} 게시물은 운영진이 삭제했습니다.
{F[1]} 는 존재하지 않는 게시물입니다(이미 삭제됨).

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea admin short Korean reply",
    why="deleted by staff; does not exist (already deleted) = not_found",
    items={F[0]: "removed", F[1]: "not_found"},
))

cases.append(dict(
    name="clien-sole-statement",
    date=d("2024-09-11 09:14:40"), **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req="req-240910-06",
    body="""
안녕하세요, 클리앙 운영진입니다.

KCSC-240910-06 건으로 요청하신 게시물은 확인 후 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small community admin one-line reply",
    why="one-item request, its reference named, the post deleted: applies without the URL",
    items={C[0]: "removed"},
))

cases.append(dict(
    name="inven-numbered-mixed",
    date=d("2024-09-12 17:05:41"), **{"from": "report@inven.co.kr"}, name_from="인벤 운영팀",
    subject="[인벤] KCSC-240911-07 처리 결과",
    reply_to_req="req-240911-07",
    body=f"""
안녕하세요, 인벤 운영팀입니다. Results for KCSC-240911-07:

1) {I[0]} – 삭제 (deleted)
2) {I[1]} – 삭제 (deleted)
3) {I[2]} – 유지: 해당 글은 게임 공략
   내용으로 불법정보에 해당하지 않습니다. (not removed, no violation)

인벤 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Inven bilingual numbered result list",
    why="two deleted, one kept because it breaks no rule (rejected)",
    items={I[0]: "removed", I[1]: "removed", I[2]: "rejected"},
))

cases.append(dict(
    name="inven-gmail-kr-quote",
    date=d("2024-09-12 10:48:13"), **{"from": "report@inven.co.kr"}, name_from="인벤 운영팀",
    subject="Re: [KCSC-240911-07] 게시물 삭제 요청",
    reply_to_req="req-240911-07",
    body=f"""
로스트아크 게시판 글（{I[0]}）은 삭제했습니다。
다른 두 건은 게시판 담당자에게 전달했습니다.

2024년 9월 11일 (수) 오후 1:55, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하십니까. 아래 게시물의 삭제를 요청드립니다.
> {I[0]}
> {I[1]}
> {I[2]}
> 요청번호: KCSC-240911-07
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted short reply with full-width brackets over a Korean Gmail quote",
    why="the URL in full-width parentheses is deleted; 'passed on' for the others is no statement; quoted URLs change nothing",
    items={I[0]: "removed", I[1]: "pending", I[2]: "pending"},
))

cases.append(dict(
    name="inven-base64-html",
    date=d("2024-09-13 11:30:27"), **{"from": "report@inven.co.kr"}, name_from="Inven Moderation",
    subject="KCSC-240911-07 update",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""<html><body>
<p>Dear KCSC,</p>
<p>The following post was removed from the MapleStory board:
<a href="{I[1]}">{I[1]}</a></p>
<p>The webzine comment <a href="{I[2]}">{I[2]}</a> has been hidden (블라인드) by the moderator after a second review.</p>
<p>Inven Moderation</p>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="base64-encoded HTML moderation update",
    why="removed; hidden by the moderator (블라인드) = removed",
    items={I[1]: "removed", I[2]: "removed"},
))

# ================================================================= REVIEW
cases.append(dict(
    name="naver-promise-kr",
    date=d("2024-09-04 17:20:10"), **{"from": NAVER_POLICY}, name_from="NAVER 정책지원팀",
    subject="RE: [KCSC-240903-01] 검토 진행 안내",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 {N[5]}, {N[7]} 은
내부 검토 후 삭제 조치될 예정입니다.
조치가 끝나면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising action",
    why="'삭제 조치될 예정' is a promise, not a statement; names items",
    items={N[5]: "pending", N[7]: "pending"},
))

cases.append(dict(
    name="dc-hedge-en",
    date=d("2024-09-06 09:02:51"), **{"from": "support@dcinside.com"}, name_from="DC Inside Support",
    subject="Re: [KCSC-240905-03] removal request",
    reply_to_req="req-240905-03",
    body=f"""
Hi,

It looks like {G[2]} may already have been removed by the gallery manager,
but I can't confirm that from here. I've passed the other links to our
monitoring team.

DC Inside Support
""",
    outcome="review", review="not_understood",
    imitates="support-desk hedged reply",
    why="'looks like ... may already have been removed' is a hedge",
    items={G[2]: "pending"},
))

cases.append(dict(
    name="naver-bulk-kr",
    date=d("2024-09-13 14:44:02"), **{"from": NAVER_POLICY}, name_from="NAVER 정책지원팀",
    subject="[NAVER] KCSC-240903-01 조치 완료",
    reply_to_req="req-240903-01",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01로 요청하신 게시물 12건 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal bulk completion notice",
    why="one statement about all twelve items without naming any: bulk",
    items={u: "pending" for u in N},
))

cases.append(dict(
    name="daum-bulk-en",
    date=d("2024-09-10 11:11:11"), **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    subject="Re: Removal request KCSC-240904-02",
    reply_to_req="req-240904-02",
    body="""
Hello,

All four posts listed in your request KCSC-240904-02 have been taken down.

Kakao Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="one-line bulk confirmation",
    why="'all four posts' for a four-item request, none named: bulk",
    items={u: "pending" for u in D},
))

cases.append(dict(
    name="naver-forged-untrusted",
    date=d("2024-09-05 08:12:40"), **{"from": "notice@naver.com"}, name_from="네이버",
    auth="fail",
    subject="[네이버] 게시물 삭제 완료 안내",
    body=f"""
방송통신심의위원회 담당자님께,

요청하신 아래 게시물을 삭제하였습니다.
- {N[0]}
- {N[1]}

확인을 위해 아래 링크에서 로그인해 주세요.
https://naver-notice-check.example/login
""",
    outcome="review", review="untrusted",
    imitates="phishing-style mail forging a NAVER sender (DMARC fail)",
    why="NAVER domain failing authentication: statements not applied",
    items={N[0]: "pending", N[1]: "pending"},
))

cases.append(dict(
    name="gmail-gallery-manager",
    date=d("2024-09-06 22:41:19"), **{"from": "rainylake.manager@gmail.com"}, name_from="레이니레이크 갤러리 매니저",
    subject="Re: [KCSC-240905-03] 마이너 갤러리 게시물",
    body=f"""
안녕하세요 레이니레이크 마이너 갤러리 매니저입니다.
디시 운영팀에서 전달받았습니다. 요청하신 글 두 개 제가 삭제했습니다.

{G[2]}
{G[3]}
""",
    outcome="review", review="unknown_sender",
    imitates="a volunteer gallery manager answering from a private address",
    why="gmail.com is no platform's domain",
    items={G[2]: "pending", G[3]: "pending"},
))

cases.append(dict(
    name="naver-about-tistory-wrong-platform",
    date=d("2024-09-05 15:03:27"), **{"from": NAVER_POLICY}, name_from="NAVER 정책지원팀",
    subject="문의하신 게시물 관련",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

문의하신 {D[3]} 은 네이버가 운영하는 서비스가 아닙니다.
참고로 확인해 보니 해당 게시물은 이미 삭제되어 현재 접속되지 않습니다.
티스토리(카카오)로 문의해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal reply about another company's service",
    why="NAVER states the status of a Daum/Tistory item",
    items={D[3]: "pending"},
))

cases.append(dict(
    name="ppomppu-contact-no-claims",
    date=d("2024-09-09 13:00:00"), **{"from": "webmaster@ppomppu.co.kr"}, name_from="뽐뿌 운영진",
    subject="뽐뿌 운영진 연락처 안내",
    body="""
안녕하세요, 뽐뿌 운영진입니다.

앞으로 방송통신심의위원회의 시정요구나 게시물 관련 요청은
webmaster@ppomppu.co.kr 로 보내 주시면 운영진이 직접 확인하겠습니다.
기존 주소(help@ppomppu.co.kr)는 9월 말까지만 운영합니다.

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="community site contact-address notice",
    why="trusted platform mail naming no item and no request",
    items={},
))

cases.append(dict(
    name="soop-asks-documents",
    date=d("2024-09-07 10:25:14"), **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    subject="Re: KCSC-240906-04 추가 자료 요청",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요. SOOP 운영팀입니다.

요청하신 KCSC-240906-04 건 중 방송국 게시글
{S[2]} 의 조치를 위해 시정요구 의결서 사본과
담당자 연락처를 회신해 주시기 바랍니다. 서류를 확인한 뒤 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking for the decision document before acting",
    why="asks for documents; nothing decided",
    items={S[2]: "pending"},
))

cases.append(dict(
    name="fmk-conflicting-template",
    date=d("2024-09-12 19:40:55"), **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    subject="[에펨코리아] 신고 처리 결과",
    reply_to_req="req-240909-05",
    body=f"""
[처리 결과]
대상: {F[0]}
결과: 삭제

안녕하세요, 에펨코리아 운영팀입니다.
확인 결과 {F[0]} 게시물은 개인정보가 가려져 있어 규정 위반이
아니므로 게시를 유지합니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="template result block contradicted by the operator's text",
    why="same item called deleted and kept in one email",
    items={F[0]: "pending"},
))

cases.append(dict(
    name="inven-pdf-only",
    date=d("2024-09-13 16:02:00"), **{"from": "report@inven.co.kr"}, name_from="인벤 운영팀",
    subject="[인벤] KCSC-240911-07 조치 결과 (첨부)",
    reply_to_req="req-240911-07",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="inv-pdf-0913"

--inv-pdf-0913
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 인벤 운영팀입니다.
KCSC-240911-07 건의 조치 결과는 첨부된 PDF 문서를 확인해 주시기 바랍니다.

--inv-pdf-0913
Content-Type: application/pdf; name="KCSC-240911-07.pdf"
Content-Disposition: attachment; filename="KCSC-240911-07.pdf"
Content-Transfer-Encoding: base64

{b64(tiny_pdf())}
--inv-pdf-0913--
""",
    outcome="review", review="unreadable_attachment",
    imitates="result sent only as a PDF attachment",
    why="the results are only in a PDF the reader cannot read",
    items={},
))

# ================================================================= IGNORED
cases.append(dict(
    name="naver-ooo-chuseok",
    date=d("2024-09-13 18:30:02"), **{"from": "haeun.lee@navercorp.com"}, name_from="이하은",
    subject="[자동응답] 부재중입니다: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 건은 policy@navercorp.com 으로 보내 주시기 바랍니다.

I am out of office for Chuseok until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply",
    why="out-of-office with Auto-Submitted",
    items={},
))

cases.append(dict(
    name="daum-dsn-old-address",
    date=d("2024-09-04 11:20:09"), **{"from": "MAILER-DAEMON@mx.kakaocorp.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-kk-0904"

--dsn-kk-0904
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<rights-old@kakaocorp.com>: user unknown (mailbox disabled)

--dsn-kk-0904
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kakaocorp.com
Arrival-Date: Wed, 4 Sep 2024 11:20:06 +0900

Final-Recipient: rfc822; rights-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox disabled

--dsn-kk-0904
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: rights-old@kakaocorp.com
Subject: [KCSC-240904-02] 게시물 삭제 요청
Message-ID: <req-240904-02@kcsc.example>
Content-Type: text/plain; charset=utf-8

아래 게시물의 삭제를 요청합니다.
{D[0]}
{D[1]}
{D[2]}
{D[3]}

--dsn-kk-0904--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning the request",
    why="delivery failure report; the URLs are only in the returned request",
    items={},
))

cases.append(dict(
    name="dc-read-receipt",
    date=d("2024-09-05 10:02:37"), **{"from": "helpdesk@dcinside.com"}, name_from="디시인사이드 헬프데스크",
    subject="읽음: [KCSC-240905-03] 게시물 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-0905"

--mdn-dc-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지가 2024-09-05 오전 10:02에 읽혔습니다.
제목: [KCSC-240905-03] 게시물 삭제 요청

--mdn-dc-0905
Content-Type: message/disposition-notification

Reporting-UA: helpdesk.dcinside.com; Outlook
Final-Recipient: rfc822; helpdesk@dcinside.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-0905--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="read receipt",
    items={},
))

cases.append(dict(
    name="soop-ticket-receipt",
    date=d("2024-09-06 14:01:30"), **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 1:1 문의가 접수되었습니다",
    body="""
안녕하세요. SOOP 고객센터입니다.

고객님의 1:1 문의가 정상적으로 접수되었습니다.

- 접수번호: SQ-240906-55821
- 문의 제목: [KCSC-240906-04] 음란 VOD 및 방송국 게시글 삭제 요청
- 접수 일시: 2024-09-06 14:01

답변은 영업일 기준 3일 이내에 메일로 보내드립니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP 1:1 문의 접수 receipt",
    why="pure receipt with a ticket number",
    items={},
))

cases.append(dict(
    name="fmk-ooo-en",
    date=d("2024-09-16 09:00:12"), **{"from": "legal@fmkorea.com"}, name_from="FM Korea Legal",
    subject="Automatic reply: [KCSC-240909-05] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am away for the Chuseok holidays and will be back
on Thursday 19 September. Your message will be handled after my return.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office",
    items={},
))

cases.append(dict(
    name="inven-ack-kr",
    date=d("2024-09-11 14:10:44"), **{"from": "report@inven.co.kr"}, name_from="인벤 운영팀",
    subject="[인벤] 신고 접수 완료 안내 (KCSC-240911-07)",
    reply_to_req="req-240911-07",
    body="""
안녕하세요, 인벤 운영팀입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호 INV-2409-0713)
담당자가 확인 후 순서대로 처리하며, 결과는 이 메일 주소로 안내드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean report-received receipt",
    why="pure acknowledgement with a ticket number; no item named",
    items={},
))

cases.append(dict(
    name="gmail-dsn-clien-typo",
    date=d("2024-09-10 15:10:31"), **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-gm-0910"

--dsn-gm-0910
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to clien.admin.desk@gmail.com because the
address couldn't be found, or is unable to receive mail.

--dsn-gm-0910
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Final-Recipient: rfc822; clien.admin.desk@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-gm-0910
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: clien.admin.desk@gmail.com
Subject: [KCSC-240910-06] 게시물 삭제 요청 {C[0]}
Message-ID: <req-240910-06-cc@kcsc.example>

--dsn-gm-0910--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' DSN",
    why="bounce, whoever sent it",
    items={},
))

HEADER = """# Blind set 525: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, FM Korea, Clien, Inven, Ppomppu). Generated by make.py;
# expected results written from each email's meaning before any run."""

def encode_headers(cases):
    """Korean display names and (every other) Korean subject as RFC 2047
    encoded-words, as Korean mailers send them; the rest stay raw UTF-8."""
    from email.header import Header
    for n, c in enumerate(cases):
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = Header(c["name_from"], "utf-8").encode()
        if not c["subject"].isascii() and n % 2 == 0:
            c["subject"] = Header(c["subject"], "utf-8").encode()


if __name__ == "__main__":
    write_requests()
    encode_headers(cases)
    corpuslib.write_set(HERE, "blind525", HEADER, cases)
    from collections import Counter
    print(len(cases), dict(Counter(c["outcome"] for c in cases)))
