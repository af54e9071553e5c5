#!/usr/bin/env python3
"""Blind set 79 (issue 11): a general mix, English and Korean, across large
platforms, a hosting abuse desk, a CDN, a file locker, a small forum and
informal moderators. Expected results written from each email's meaning
before anything ran. Deterministic: rewrites cases/ and expected.toml."""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

N = ["https://blog.naver.com/fakeblog_mk/223560000101", "https://blog.naver.com/fakeblog_mk/223560000102",
     "https://blog.naver.com/sunny_fake22/223561111203", "https://blog.naver.com/sunny_fake22/223561111204",
     "https://blog.naver.com/sunny_fake22/223561111205", "https://m.blog.naver.com/nightowl_fk/223562222306",
     "https://cafe.naver.com/fakestockclub/10231", "https://cafe.naver.com/fakestockclub/10232",
     "https://cafe.naver.com/fakestockclub/10240",
     "https://cafe.naver.com/ArticleRead.nhn?clubid=31000001&articleid=551",
     "https://cafe.naver.com/drugfake/882", "https://cafe.naver.com/drugfake/883",
     "https://cafe.naver.com/%EA%B0%80%EC%A7%9C%EB%AA%A8%EC%9E%84/3301",
     "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470001234"]
N13_RAW = "https://cafe.naver.com/가짜모임/3301"
X = ["https://x.com/fake_seller01/status/1833000000000000011", "https://x.com/fake_seller01/status/1833000000000000012",
     "https://x.com/kr_fakedealer/status/1833000000000000013", "https://x.com/kr_fakedealer/status/1833000000000000014",
     "https://x.com/nightshop_fk/status/1833000000000000015"]
H = ["https://pillenshop-fake.de/produkte/1", "https://pillenshop-fake.de/produkte/2",
     "https://casino-fake-kr.com/", "https://files-fake.net/dl/a8f3"]
M = ["https://mega.nz/file/Qw3rTy12", "https://mega.nz/file/Zx9cVb34", "https://mega.nz/folder/Lm5nBv67"]
D = ["https://gall.dcinside.com/board/view/?id=fakegall&no=120301",
     "https://gall.dcinside.com/mgallery/board/view/?id=fakeminor&no=4502"]
T1 = "https://t.me/fake_drop_kr/991"
K = ["https://fakeblog77.tistory.com/45", "https://cafe.daum.net/fakecafe99/Abcd/123"]

RN, RX, RH, RM, RD, RT, RK = ("req-240909-01", "req-240910-01", "req-240911-01", "req-240912-01",
                              "req-240913-01", "req-240916-01", "req-240917-01")


def quoted_request(ref, urls, lang="ko"):
    if lang == "ko":
        head = f"> 방송통신심의위원회 시정요구 ({ref})\n> 아래 정보에 대하여 삭제 또는 접속차단을 요청합니다.\n>\n"
    else:
        head = f"> Request for removal ({ref})\n> Please remove or disable access to the following items:\n>\n"
    return head + "\n".join(f"> {i + 1}. {u}" for i, u in enumerate(urls)) + "\n"


def mp(boundary, parts, ctype="multipart/mixed", extra=""):
    out = [f'Content-Type: {ctype}; boundary="{boundary}"{extra}', "", "This is a multi-part message in MIME format.", ""]
    for hdrs, body in parts:
        out.append(f"--{boundary}")
        out.extend(hdrs)
        out.append("")
        out.append(body.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def b64(s):
    e = base64.b64encode(s.encode("utf-8")).decode()
    return "\n".join(e[i:i + 76] for i in range(0, len(e), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode()


CASES = []


def case(**c):
    CASES.append(c)


# ---------------------------------------------------------------- NAVER (14 items)
case(name="naver-gesijungdan-numbered", from_="policy@navercorp.com", date="Tue, 10 Sep 2024 16:20:11 +0900",
     subject="[NAVER] 시정요구(KCSC-240909-01) 처리 결과 안내", reply_to_req=RN,
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

방송통신심의위원회에서 요청하신 시정요구(KCSC-240909-01) 건에 대한 처리 결과를 아래와 같이 안내드립니다.

1. {N[0]}
   - 처리결과: 게시중단 완료
2. {N[1]}
   - 처리결과: 게시중단 완료

게시중단 처리된 게시물은 외부에 노출되지 않습니다.
운영정책 안내: https://policy.naver.com/policy/service_group.html

감사합니다.
네이버 정책지원팀 드림
""",
     outcome="applied", classification="confirmation", items={N[0]: "removed", N[1]: "removed"},
     imitates="NAVER 게시중단 처리 결과 notices (게시중단요청서비스 inoti.naver.com result mails, as quoted on Korean blogs)",
     why="numbered list, status on the line below each URL in 게시중단 wording; policy link is not an item")

case(name="naver-imsijochi-44-2", from_="noreply@navercorp.com", date="Wed, 11 Sep 2024 10:02:45 +0900",
     subject="[네이버] 임시조치 안내 (KCSC-240909-01)", reply_to_req=RN,
     body=f"""방송통신심의위원회 담당자님께,

요청하신 게시물 {N[2]} 에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
임시조치 기간 동안 해당 게시물은 게시자 본인 외에는 열람할 수 없습니다.

임시조치 관련 안내: https://help.naver.com/service/5600/contents/19114

NAVER Corp. | 경기도 성남시 분당구 정자일로 95
""",
     outcome="applied", classification="confirmation", items={N[2]: "restricted"},
     imitates="NAVER 임시조치 (Article 44-2 Network Act) notice to reporters and posters",
     why="임시조치 is the temporary measure: restricted, per issue 11")

case(name="naver-html-table-three-results", from_="policy@navercorp.com", date="Wed, 11 Sep 2024 18:40:00 +0900",
     subject="RE: 시정요구 처리결과 회신 (KCSC-240909-01)", reply_to_req=RN, type="html",
     body=f"""<html><body>
<p>안녕하세요, 네이버입니다. 시정요구 건에 대한 조치 결과를 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[3]}</td><td>블라인드 처리</td><td>-</td></tr>
<tr><td>2</td><td>{N[4]}</td><td>조치불가</td><td>작성자가 이미 삭제하여 게시물이 존재하지 않음</td></tr>
<tr><td>3</td><td>{N[5]}</td><td>미조치</td><td>운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다</td></tr>
</table>
<p>문의: <a href="https://help.naver.com/">네이버 고객센터</a></p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={N[3]: "removed", N[4]: "not_found", N[5]: "rejected"},
     imitates="KCSC 시정요구 조치결과 회신 table (번호/URL/조치결과/비고) as Korean portals send it",
     why="HTML table: 블라인드=removed, author already deleted=not_found, no violation kept=rejected")

case(name="naver-top-posted-over-quote", from_="cafe_safety@naver.com", date="Thu, 12 Sep 2024 09:15:33 +0900",
     subject="Re: [KCSC-240909-01] 시정요구", reply_to_req=RN,
     body=f"""요청하신 카페 게시물 중 아래 2건은 카페 운영원칙 위반으로 삭제 조치하였습니다.
{N[6]}
{N[7]}

나머지 게시물은 별도로 회신드리겠습니다.

네이버 카페 클린팀

2024년 9월 9일 (월) 오전 10:00, KCSC <takedown@kcsc.example>님이 작성:
{quoted_request('KCSC-240909-01', N[6:12])}""",
     outcome="applied", classification="confirmation", items={N[6]: "removed", N[7]: "removed"},
     imitates="NAVER cafe clean-team reply top-posted over the regulator's quoted request (Gmail-style 님이 작성 block)",
     why="URL on the lines below its statement; quoted list and 'will reply separately' leave the other four pending")

case(name="naver-under-review-later", from_="policy@navercorp.com", date="Thu, 12 Sep 2024 14:00:00 +0900",
     subject="[KCSC-240909-01] 진행 상황 안내", reply_to_req=RN,
     body=f"""안녕하세요. 네이버입니다.

아래 게시물은 현재 내부 검토 중이며, 검토가 끝나는 대로 결과를 안내드리겠습니다.
- {N[8]}
- {N[9]}

양해 부탁드립니다.
""",
     outcome="review", review="not_understood",
     imitates="NAVER interim 'currently under internal review' status mail (검토 중, 추후 안내)",
     why="trusted, names two items, but states nothing done yet: must be seen, not ignored")

CSV1 = ("URL,처리결과,처리일시\n"
        f"{N[8]},삭제,2024-09-13 11:02\n"
        f"\"{N[9]}\",임시조치(30일),2024-09-13 11:05\n"
        f"{N[10]},게시물 없음(이미 삭제됨),2024-09-13 11:06\n")
case(name="naver-csv-attachment", from_="policy@navercorp.com", date="Fri, 13 Sep 2024 11:30:00 +0900",
     subject="[KCSC-240909-01] 처리결과 파일 송부", reply_to_req=RN,
     raw_mime=mp("nv-csv-79", [
         (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"],
          "안녕하세요.\n요청하신 건의 처리 결과를 첨부 파일로 송부드립니다.\n\n네이버 정책지원팀\n"),
         (["Content-Type: text/csv; charset=utf-8; name=\"result_KCSC-240909-01.csv\"",
           "Content-Disposition: attachment; filename=\"result_KCSC-240909-01.csv\"",
           "Content-Transfer-Encoding: base64"], b64(CSV1)),
     ]),
     outcome="applied", classification="confirmation",
     items={N[8]: "removed", N[9]: "restricted", N[10]: "not_found"},
     imitates="portal batch result sheets sent as CSV attachments (URL / 처리결과 / 처리일시)",
     why="CSV attachment: 삭제, 임시조치, 게시물 없음 per row")

case(name="naver-raw-iri-private-and-deleted", from_="cafe_safety@naver.com", date="Fri, 13 Sep 2024 15:10:00 +0900",
     subject="카페 게시물 조치 결과 (KCSC-240909-01)", reply_to_req=RN,
     body=f"""담당자님 안녕하세요.

{N13_RAW}에 게시된 글은 카페 매니저에게 통보 후 비공개 처리되었습니다.
{N[11]} 게시물은 운영자에 의해 삭제되었습니다。

네이버 카페 고객센터 https://help.naver.com/service/5637/
""",
     outcome="applied", classification="confirmation", items={N[12]: "removed", N[11]: "removed"},
     imitates="NAVER cafe notice of 비공개 처리 / 운영자 삭제 (cafe help-centre wording)",
     why="raw Korean IRI followed by particle 에 must match the percent-encoded item; 비공개 처리 and deletion by the operator are removals; full-width 。")

case(name="naver-outlook-original-message", from_="kin_admin@navercorp.com", date="Fri, 13 Sep 2024 17:45:00 +0900",
     subject="RE: 시정요구 KCSC-240909-01", reply_to_req=RN,
     body=f"""담당자님,

지식iN 질문 {N[13]} 은(는) 지식iN 운영원칙에 따라 삭제 처리되었습니다.

감사합니다.
지식iN 운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: policy@navercorp.com
Subject: 시정요구 KCSC-240909-01

아래 게시물은 모두 삭제되어야 합니다.
{N[0]}
{N[13]}
""",
     outcome="applied", classification="confirmation", items={N[13]: "removed"},
     imitates="Outlook-style reply with -----Original Message----- block from a NAVER service team",
     why="only the unquoted line counts; the forwarded original (not '> ' quoted) lists N[0] which must stay pending")

case(name="naver-future-tense", from_="policy@navercorp.com", date="Sat, 14 Sep 2024 10:00:00 +0900",
     subject="[KCSC-240909-01] 조치 예정 안내", reply_to_req=RN,
     body=f"""안녕하세요.

{N[0]}
{N[1]}
위 게시물은 게시자 소명 기간(7일)이 지나면 삭제될 예정입니다.
조치가 완료되면 다시 알려드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="NAVER notice of planned deletion after the poster's objection period",
     why="future tense 삭제될 예정: nothing done yet; names items, so review")

case(name="naver-receipt-only", from_="noreply@navercorp.com", date="Mon, 09 Sep 2024 10:05:00 +0900",
     subject="[네이버] 신고가 접수되었습니다", reply_to_req=RN,
     body="""안녕하세요. 네이버 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호: 2024090910051234)
담당자가 확인 후 순차적으로 답변드리겠습니다.

본 메일은 발신전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER customer-centre automatic receipt (접수되었습니다, 접수번호, 발신전용)",
     why="pure receipt, names no item")

case(name="naver-dmarc-fail-confirmation", from_="policy@navercorp.com", auth="fail",
     date="Sat, 14 Sep 2024 20:11:00 +0900", subject="[KCSC-240909-01] 처리 결과", reply_to_req=RN,
     body=f"""처리 결과를 알려드립니다.

{N[6]} - 삭제 완료
{N[7]} - 삭제 완료
{N[8]} - 삭제 완료
""",
     outcome="review", review="untrusted",
     imitates="NAVER per-line result mail, here with failing DMARC",
     why="perfect confirmation but DMARC fails: nothing applied, review untrusted")

case(name="naver-rejected-and-gone", from_="policy@navercorp.com", date="Sun, 15 Sep 2024 13:30:00 +0900",
     subject="[KCSC-240909-01] 추가 회신", reply_to_req=RN,
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

■ {N[2]}
검토 결과 불법정보에 해당한다고 보기 어려워 게시물을 유지하기로 하였습니다.

■ {N[11]}
해당 게시물은 확인 시점에 이미 삭제되어 존재하지 않는 게시물입니다.

이의가 있으시면 회신 바랍니다.
""",
     outcome="applied", classification="confirmation", items={N[2]: "rejected", N[11]: "not_found"},
     imitates="NAVER policy team decision mail: 게시물 유지 (no illegality found) and already-deleted post",
     why="kept because not illegal = rejected; already deleted at time of check = not_found")

# ---------------------------------------------------------------- X (5 items)
case(name="x-withheld-in-korea", from_="legal@x.com", date="Wed, 11 Sep 2024 02:14:00 +0000",
     subject="Case #0194812 - KCSC-240910-01", reply_to_req=RX,
     body=f"""Hello,

Thank you for your report.

In response to your request, we have withheld the following content in South Korea:

{X[0]}
{X[1]}

The content remains available outside of South Korea. For more information, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""",
     outcome="applied", classification="confirmation", items={X[0]: "restricted", X[1]: "restricted"},
     imitates="X country-withheld content (CWC) response to a legal request, with help-centre link",
     why="withheld in a country = restricted; the help link is not an item")

case(name="x-no-violation", from_="legal@x.com", date="Thu, 12 Sep 2024 05:00:00 +0000",
     subject="Re: Case #0194812", reply_to_req=RX,
     body=f"""Hello,

We have reviewed the post you reported ({X[2]}) and found that it does not violate the X Rules or applicable law. We are not taking action at this time.

X Legal
""",
     outcome="applied", classification="confirmation", items={X[2]: "rejected"},
     imitates="X 'we've reviewed and found no violation of the X Rules' outcome",
     why="negated action plus a reason = rejected; URL in parentheses")

case(name="x-status-below-bare-url", from_="legal@x.com", date="Fri, 13 Sep 2024 07:22:00 +0000",
     subject="Case #0194812 update", reply_to_req=RX,
     body=f"""Hi,

Update on the items in your request KCSC-240910-01:

{X[3]}
We removed this post for violating our illegal and regulated goods policy.

{X[4]}
The post could not be found. It may have been deleted by the account holder.

Regards,
X Legal
""",
     outcome="applied", classification="confirmation", items={X[3]: "removed", X[4]: "not_found"},
     imitates="X legal outcome update listing each URL with a sentence below",
     why="status on the line below each bare URL; 'could not be found' = not_found (the 'may' is about why, not about whether)")

case(name="x-lookalike-domain", from_="legal@x-legalsupport.com", name_from="X Legal", auth="pass",
     date="Fri, 13 Sep 2024 09:00:00 +0000", subject="Case #0194812 resolved", reply_to_req=RX,
     body=f"""Hello,

We have removed all posts in your request:
{X[0]}
{X[2]}
{X[4]}

X Legal Team
""",
     outcome="review", review="unknown_sender",
     imitates="spoof: X legal outcome from a look-alike domain",
     why="look-alike domain, not a configured sender: review, nothing applied")

case(name="x-out-of-office", from_="j.kim@x.com", name_from="Jiwoo Kim",
     date="Tue, 10 Sep 2024 02:01:00 +0000", subject="Automatic reply: 시정요구 KCSC-240910-01", reply_to_req=RX,
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until 23 September with limited access to email.
For urgent legal requests please write to legal@x.com.
""",
     outcome="ignored",
     imitates="Outlook/Gmail out-of-office automatic reply",
     why="auto-reply, says nothing about items")

HTML_X = f"""<html><body><p>Hello,</p>
<p>We removed the reported content for violating the X Rules.</p>
<p><b>Report details</b><br>Reported URL: <a href="{X[1]}">{X[1]}</a><br>Reference: KCSC-240910-01</p>
<p>Learn more about our enforcement options: <a href="https://help.x.com/en/rules-and-policies/enforcement-options">help.x.com</a></p>
</body></html>"""
TXT_X = f"""Hello,

We removed the reported content for violating the X Rules.

Report details
Reported URL: {X[1]}
Reference: KCSC-240910-01

Learn more about our enforcement options: https://help.x.com/en/rules-and-policies/enforcement-options
"""
case(name="x-alternative-echoed-report", from_="legal@x.com", date="Sat, 14 Sep 2024 03:10:00 +0000",
     subject="Your report: outcome", reply_to_req=RX,
     raw_mime=mp("x-alt-79", [
         (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(TXT_X)),
         (["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64"], b64(HTML_X)),
     ], ctype="multipart/alternative"),
     outcome="applied", classification="confirmation", items={X[1]: "removed"},
     imitates="X report-outcome email: statement about 'the reported content' followed by echoed report details",
     why="multipart/alternative (QP text + base64 HTML); statement applies to the echoed reported URL")

case(name="x-hedged-may-be-gone", from_="legal@x.com", date="Sun, 15 Sep 2024 01:00:00 +0000",
     subject="Case #0194812", reply_to_req=RX,
     body=f"""Hello,

It looks like {X[3]} may no longer be available, but we are still confirming with the relevant team whether any action was taken.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal interim reply, hedged",
     why="hedged 'may no longer be available' and 'still confirming': a clerk would hesitate")

# ---------------------------------------------------------------- Hetzner abuse desk (4 items)
case(name="hetzner-customer-removed", from_="abuse@hetzner.com", name_from="Hetzner Abuse Team",
     date="Thu, 12 Sep 2024 08:31:00 +0200", subject="[AbuseID:9F3A21:1B] Re: KCSC-240911-01", reply_to_req=RH,
     body=f"""Dear Sir or Madam,

our customer has informed us that the content at the following URLs has been removed:

  {H[0]}
  {H[1]}

We have checked this and the pages now return 404. We consider this case closed.
Should the issue recur, please send a new report to abuse@hetzner.com.

Kind regards

Abuse Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Registergericht: Amtsgericht Ansbach, HRB 6089
""",
     outcome="applied", classification="confirmation", items={H[0]: "removed", H[1]: "removed"},
     imitates="Hetzner-style abuse desk reply with AbuseID subject and German legal footer",
     why="host confirms the customer removed the pages and checked it")

case(name="hetzner-forwarded-to-customer", from_="abuse@hetzner.com", name_from="Hetzner Abuse Team",
     date="Wed, 11 Sep 2024 14:50:00 +0200", subject="[AbuseID:9F3A21:1A] KCSC-240911-01", reply_to_req=RH,
     body=f"""Dear Sir or Madam,

we have forwarded your report concerning {H[2]} to our customer and asked them to resolve
the matter within 24 hours. If they do not respond, we may take further steps.

Kind regards

Abuse Team
Hetzner Online GmbH
""",
     outcome="review", review="not_understood",
     imitates="hosting abuse desk 'forwarded to our customer, deadline 24 hours' reply (hosting KB abuse-process pages)",
     why="arguable: it is a process acknowledgement, but it names a requested item; nothing done yet, so review rather than ignored")

case(name="hetzner-server-locked", from_="abuse@hetzner.com", name_from="Hetzner Abuse Team",
     date="Fri, 13 Sep 2024 10:05:00 +0200", subject="[AbuseID:9F3A21:1C] Re: KCSC-240911-01", reply_to_req=RH,
     body=f"""Dear Sir or Madam,

as our customer did not respond in time, we have blocked the server hosting {H[2]}.
The website is no longer reachable.

Kind regards
Abuse Team
Hetzner Online GmbH
""",
     outcome="applied", classification="confirmation", items={H[2]: "removed"},
     imitates="hosting abuse desk 'server blocked after no customer response' reply",
     why="host blocked the server, the site is unreachable everywhere: removed")

QP_H = f"""Sehr geehrte Damen und Herren, / Dear Sir or Madam,

the file at {H[3]} has been disabled by our customer after our request. We verified that it is no longer downloadable.

Mit freundlichen Grüßen / Kind regards
Abuse Team – Hetzner Online GmbH
"""
case(name="hetzner-qp-disabled", from_="abuse@hetzner.de", name_from="Hetzner Abuse Team",
     date="Sat, 14 Sep 2024 09:00:00 +0200", subject="[AbuseID:9F3A22:1A] Re: KCSC-240911-01", reply_to_req=RH,
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(QP_H),
     outcome="applied", classification="confirmation", items={H[3]: "removed"},
     imitates="bilingual German/English abuse desk reply in quoted-printable",
     why="quoted-printable body; 'disabled' and 'no longer downloadable' = removed")

case(name="cdn-not-hosting-provider", from_="abuse@cloudflare.com", name_from="Cloudflare Trust & Safety",
     date="Thu, 12 Sep 2024 01:00:00 +0000", subject="[Cloudflare] Abuse report 3a9f1c2e - KCSC-240911-01", reply_to_req=RH,
     body=f"""Cloudflare received your abuse report regarding:

{H[0]}
{H[1]}

Cloudflare is not a hosting provider and cannot remove material from the Internet. We have forwarded your
report to the responsible hosting provider. Please direct further requests to them.

Cloudflare Trust & Safety | https://www.cloudflare.com/trust-hub/reporting-abuse/
""",
     outcome="review", review="unknown_sender",
     imitates="Cloudflare 'we are not a hosting provider, forwarded to the host' abuse reply",
     why="CDN is not a configured platform and names our items: must be seen; no status (nothing removed)")

case(name="hetzner-ticket-receipt", from_="abuse@hetzner.com", name_from="Hetzner Abuse Team",
     date="Wed, 11 Sep 2024 07:01:00 +0200", subject="[AbuseID:9F3A21] Ticket created", reply_to_req=RH,
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Dear Sir or Madam,

this is an automatic confirmation: your report has been received and a ticket has been created
under AbuseID 9F3A21. Please keep the ID in the subject of any further correspondence.

Abuse Team
Hetzner Online GmbH
""",
     outcome="ignored",
     imitates="abuse-desk ticketing system automatic receipt",
     why="receipt naming no item")

# ---------------------------------------------------------------- MEGA (3 items)
case(name="mega-takedown-bulleted", from_="copyright@mega.nz", name_from="MEGA Compliance",
     date="Fri, 13 Sep 2024 04:00:00 +0000", subject="Takedown notice processed - KCSC-240912-01", reply_to_req=RM,
     body=f"""Dear reporter,

We have processed your notice. Result per link:

* {M[0]} - file taken down, account warned
* {M[1]} - file taken down
* {M[2]} - invalid link (folder does not exist)

Please note that links shared with a decryption key may no longer work once removed.
MEGA Limited, Auckland, New Zealand | https://mega.io/takedown
""",
     outcome="applied", classification="confirmation",
     items={M[0]: "removed", M[1]: "removed", M[2]: "not_found"},
     imitates="file-locker takedown processed notice (per-link result list, MEGA-style takedown page footer)",
     why="bulleted per-link statuses; 'invalid link' = not_found; the takedown page link is not an item")

case(name="mega-partial-one-done", from_="copyright@mega.nz", name_from="MEGA Compliance",
     date="Sat, 14 Sep 2024 04:00:00 +0000", subject="Re: KCSC-240912-01", reply_to_req=RM,
     body=f"""Hi,

{M[0]} has been disabled. For the other two links we are waiting for the uploader's counter-notice window to lapse and will update you.

MEGA Compliance
""",
     outcome="applied", classification="confirmation", items={M[0]: "removed"},
     imitates="file-locker partial outcome reply",
     why="partly done: one disabled, the others (not named by URL) stay pending")

BOUNCE_TXT = """This is the mail system at host mx1.mega.nz.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@mega.nz>: host mx1.mega.nz said: 550 5.1.1 User unknown
"""
DSN = """Reporting-MTA: dns; mx1.mega.nz
Arrival-Date: Tue, 17 Sep 2024 01:00:00 +0000

Final-Recipient: rfc822; abuse-kr@mega.nz
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
"""
ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@mega.nz
Subject: Reminder: KCSC-240912-01
Message-ID: <rem-240912-01-1@kcsc.example>

Reminder: the following item is still online: {M[2]}
"""
case(name="mega-bounce", from_="MAILER-DAEMON@mx1.mega.nz", name_from="Mail Delivery System",
     date="Tue, 17 Sep 2024 01:00:05 +0000", subject="Undelivered Mail Returned to Sender",
     raw_mime=mp("dsn-79", [
         (["Content-Type: text/plain; charset=us-ascii"], BOUNCE_TXT),
         (["Content-Type: message/delivery-status"], DSN),
         (["Content-Type: message/rfc822"], ORIG),
     ], ctype="multipart/report", extra="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN bounce of our reminder",
     why="bounce; quoted original names an item but says nothing of the platform's")

case(name="mega-uploader-gmail", from_="megafan.fake1987@gmail.com", name_from="Uploader",
     date="Sat, 14 Sep 2024 12:00:00 +0000", subject="Re: KCSC-240912-01 my files", reply_to_req=RM,
     body=f"""hi, I deleted {M[1]} myself, it was a mistake. please close the complaint.
""",
     outcome="review", review="unknown_sender",
     imitates="uploader writing to the complainant directly (informal)",
     why="unknown sender claiming a deletion of our item: review, nothing applied")

# ---------------------------------------------------------------- DCinside (2 items)
case(name="dc-moderator-informal", from_="gallery_admin@dcinside.com", name_from="디시인사이드 운영팀",
     date="Fri, 13 Sep 2024 18:20:00 +0900", subject="Re: 게시물 삭제 요청 (KCSC-240913-01)", reply_to_req=RD,
     body=f"""안녕하세요 디시 운영팀입니다.
말씀하신 글 2개 다 지웠습니다.
{D[0]}
{D[1]}
수고하세요.
""",
     outcome="applied", classification="confirmation", items={D[0]: "removed", D[1]: "removed"},
     imitates="short informal Korean reply from a community-site moderator",
     why="informal 지웠습니다 covering two URLs listed below it")

case(name="dc-read-receipt", from_="gallery_admin@dcinside.com", name_from="디시인사이드 운영팀",
     date="Fri, 13 Sep 2024 15:40:00 +0900", subject="읽음: 게시물 삭제 요청 (KCSC-240913-01)", reply_to_req=RD,
     raw_mime=mp("mdn-79", [
         (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"],
          "보낸 메시지를 수신자가 읽었습니다.\n"),
         (["Content-Type: message/disposition-notification"],
          "Reporting-UA: dcinside.com; Webmail\nFinal-Recipient: rfc822; gallery_admin@dcinside.com\n"
          "Original-Message-ID: <req-240913-01@kcsc.example>\nDisposition: manual-action/MDN-sent-manually; displayed\n"),
     ], ctype="multipart/report", extra="; report-type=disposition-notification"),
     outcome="ignored",
     imitates="webmail read receipt (MDN, 읽음)",
     why="read receipt: ignored, not forwarded")

case(name="dc-checked-only", from_="gallery_admin@dcinside.com", name_from="디시인사이드 운영팀",
     date="Sat, 14 Sep 2024 11:00:00 +0900", subject="Re: KCSC-240913-01", reply_to_req=RD,
     body=f"""{D[0]} 확인했습니다.
""",
     outcome="review", review="not_understood",
     imitates="one-line informal moderator reply",
     why="'checked' says nothing about an action: review, not ignored")

case(name="dc-author-deleted-english", from_="gallery_admin@dcinside.com", name_from="DCinside Admin",
     date="Sun, 15 Sep 2024 10:00:00 +0900", subject="Re: KCSC-240913-01", reply_to_req=RD,
     body=f"""Hello,
the post {D[1]} was already deleted by its author before we looked at it, so there is nothing left to remove.
The other post was removed by us yesterday ({D[0]}).
Regards, DC admin
""",
     outcome="applied", classification="confirmation", items={D[1]: "not_found", D[0]: "removed"},
     imitates="informal English reply from a forum admin",
     why="deleted by its author = not_found; URL after its statement in parentheses = removed")

# ---------------------------------------------------------------- Telegram (1 item)
case(name="tg-channel-blocked", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Tue, 17 Sep 2024 12:00:00 +0000", subject="Re: KCSC-240916-01", reply_to_req=RT,
     body=f"""Hello,

Thank you for your report. {T1} has been blocked for violating the Telegram Terms of Service
and is no longer accessible.

Telegram Abuse Team
https://telegram.org/tos
""",
     outcome="applied", classification="confirmation", items={T1: "removed"},
     imitates="Telegram abuse desk short reply ('has been blocked for violating the ToS')",
     why="blocked and no longer accessible (not country-limited) = removed; tos link not an item")

case(name="tg-asks-court-order", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Wed, 18 Sep 2024 08:00:00 +0000", subject="Re: KCSC-240916-01", reply_to_req=RT,
     body=f"""Hello,

Before we can act on {T1}, please provide the legal basis and the decision of the competent authority,
ideally with an English translation.

Telegram Abuse Team
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="platform request for supporting legal documents",
     why="asks for more information; nothing done")

case(name="tg-dmarc-fail", from_="abuse@telegram.org", name_from="Telegram Abuse", auth="fail",
     date="Wed, 18 Sep 2024 09:00:00 +0000", subject="Re: KCSC-240916-01", reply_to_req=RT,
     body=f"""Hello, {T1} was removed. Telegram Abuse Team
""",
     outcome="review", review="untrusted",
     imitates="Telegram abuse reply with failing DMARC",
     why="DMARC fail: review untrusted, nothing applied")

# ---------------------------------------------------------------- Kakao (2 items)
case(name="kakao-imsijochi-and-delete", from_="policy@kakaocorp.com", name_from="카카오 정책팀",
     date="Wed, 18 Sep 2024 14:00:00 +0900", subject="[카카오] 시정요구 조치 결과 회신 (KCSC-240917-01)", reply_to_req=RK,
     body=f"""안녕하세요, 카카오 정책팀입니다.

요청하신 시정요구에 대하여 아래와 같이 조치하였음을 알려드립니다.

- 티스토리 게시물: {K[0]}
  → 임시조치(블라인드 30일)
- 다음카페 게시물: {K[1]}
  → 삭제

카카오 운영정책: https://www.kakao.com/policy/oppolicy
감사합니다.
""",
     outcome="applied", classification="confirmation", items={K[0]: "restricted", K[1]: "removed"},
     imitates="Kakao 시정요구 조치 결과 회신 with per-item arrow results",
     why="임시조치 (even when shown as a 30-day blind) is the temporary measure = restricted; 삭제 = removed")

case(name="kakao-names-naver-item", from_="policy@kakaocorp.com", name_from="카카오 정책팀",
     date="Thu, 19 Sep 2024 10:00:00 +0900", subject="문의하신 게시물 관련", 
     body=f"""안녕하세요. 문의하신 게시물 {N[0]} 은 카카오 서비스의 게시물이 아니어서 당사가 조치할 수 없습니다.
해당 서비스 운영자에게 문의해 주시기 바랍니다.
""",
     outcome="review", review="wrong_platform",
     imitates="Kakao reply that a reported URL belongs to another service",
     why="trusted Kakao mail about a NAVER item: nothing applied; review (wrong_platform, not_understood arguable)")

case(name="kakao-ooo-korean", from_="hs.lee@kakaocorp.com", name_from="이현수",
     date="Tue, 17 Sep 2024 09:01:00 +0900", subject="[자동회신] 시정요구 (KCSC-240917-01)", reply_to_req=RK,
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""부재중입니다. 9월 19일(목)까지 추석 연휴로 회신이 늦어질 수 있습니다.
급한 용무는 정책팀 대표 메일로 연락 바랍니다.
""",
     outcome="ignored",
     imitates="Korean out-of-office auto-reply (부재중, 추석 연휴)",
     why="auto-reply")

case(name="kakao-ack-receipt", from_="noreply@kakaocorp.com", name_from="카카오 고객센터",
     date="Tue, 17 Sep 2024 09:10:00 +0900", subject="[카카오 고객센터] 문의가 접수되었습니다", reply_to_req=RK,
     body="""고객님의 문의가 접수되었습니다.
문의번호: 92004411
답변은 영업일 기준 1~3일 이내에 이메일로 안내드립니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao customer centre inquiry receipt",
     why="pure receipt")

case(name="kakao-ack-plus-statement", from_="policy@kakaocorp.com", name_from="카카오 정책팀",
     date="Thu, 19 Sep 2024 16:00:00 +0900", subject="Re: 시정요구 (KCSC-240917-01)", reply_to_req=RK,
     body=f"""요청서는 잘 접수되었습니다.
아울러 {K[1]} 게시물은 오늘 오후 삭제 처리를 완료하였음을 알려드립니다.
""",
     outcome="applied", classification="confirmation", items={K[1]: "removed"},
     imitates="Kakao policy team reply: receipt sentence plus a completed deletion",
     why="acknowledgement phrase plus an unhedged statement is not an acknowledgement")

# ---------------------------------------------------------------- more mixed
case(name="x-age-restricted-sensitive", from_="legal@x.com", date="Mon, 16 Sep 2024 06:00:00 +0000",
     subject="Case #0194812 - additional action", reply_to_req=RX,
     body=f"""Hello,

The post at {X[4]} has been placed behind an age-restricted sensitive media interstitial.
It is not visible to logged-out users or users under 18.

X Legal
""",
     outcome="applied", classification="confirmation", items={X[4]: "restricted"},
     imitates="X sensitive-media / age-restricted content notice",
     why="age-restricted = restricted")

case(name="naver-blog-blind-notice-short", from_="blog_help@naver.com", name_from="네이버 블로그",
     date="Tue, 10 Sep 2024 11:00:00 +0900", subject="블라인드 처리 안내",
     body=f"""{N[5]} 게시물은 신고에 따라 블라인드 처리되었습니다.
""",
     outcome="applied", classification="confirmation", items={N[5]: "removed"},
     imitates="NAVER blog one-sentence 블라인드 처리 notice",
     why="notice that is only a URL and one sentence; no In-Reply-To, matched by URL")

case(name="hetzner-not-our-network", from_="abuse@hetzner.com", name_from="Hetzner Abuse Team",
     date="Sat, 14 Sep 2024 15:00:00 +0200", subject="[AbuseID:9F3A23] Re: KCSC-240911-01", reply_to_req=RH,
     body=f"""Dear Sir or Madam,

the domain in {H[3]} currently resolves to an IP address that is not part of our network. We are therefore
unable to take any action. Please contact the responsible provider.

Abuse Team
Hetzner Online GmbH
""",
     outcome="review", review="not_understood",
     imitates="hosting abuse desk 'IP not in our network' reply",
     why="arguable: not a removal, not a policy rejection, not 'content does not exist'; a clerk would decide (moved host?)")

case(name="x-numbered-three-outcomes", from_="legal@x.com", date="Tue, 17 Sep 2024 04:30:00 +0000",
     subject="Case #0194812 - final response", reply_to_req=RX,
     body=f"""Hello,

Please find our final response to KCSC-240910-01 below.

1. {X[0]} - Removed globally for violating our rules.
2. {X[2]} - Remains available. We reviewed it again and did not identify a violation of the X Rules.
3. {X[3]} - The account was suspended; this post is no longer viewable on X.

If you disagree with this outcome you may submit new information through https://help.x.com/forms/legal

X Legal
""",
     outcome="applied", classification="confirmation",
     items={X[0]: "removed", X[2]: "rejected", X[3]: "removed"},
     imitates="X legal final response with numbered per-URL outcomes and a legal-form link",
     why="numbered list with three different outcomes; suspension making the post unviewable = removed; form link is not an item")

case(name="naver-per-line-colon", from_="policy@navercorp.com", date="Wed, 18 Sep 2024 10:20:00 +0900",
     subject="[KCSC-240909-01] 최종 조치 결과", reply_to_req=RN,
     body=f"""안녕하세요. 네이버 정책지원팀입니다. 최종 조치 결과입니다.

{N[8]} : 삭제완료
{N[11]} : 게시물 없음
{N[0]} : 청소년 유해 게시물로 성인인증 후 열람 가능하도록 접근 제한

감사합니다.
""",
     outcome="applied", classification="confirmation",
     items={N[8]: "removed", N[11]: "not_found", N[0]: "restricted"},
     imitates="NAVER per-line 'URL : result' final result mail",
     why="per-line statuses; 성인인증 접근 제한 = age restriction = restricted")

case(name="kakao-tistory-private", from_="tistory_cs@kakaocorp.com", name_from="티스토리 고객센터",
     date="Thu, 19 Sep 2024 11:40:00 +0900", subject="Re: 시정요구 (KCSC-240917-01) 티스토리 게시물", reply_to_req=RK,
     body=f"""안녕하세요, 티스토리입니다.
신고하신 게시물({K[0]})은 운영정책 위반으로 비공개 처리되었으며, 해당 블로그에는 이용 제한이 적용되었습니다.
운영정책: https://www.tistory.com/policy/operation
""",
     outcome="applied", classification="confirmation", items={K[0]: "removed"},
     imitates="Tistory (Kakao) operating-policy action notice: 비공개 처리 and blog restriction",
     why="비공개 처리 of the post = removed (issue 11); the blog-level restriction is about the blog, not a second status")


def main():
    for c in CASES:
        c["from"] = c.pop("from_")
    header = ("# Blind set 79 (issue 11): general mix, EN/KO, platforms, host, CDN, file locker, forum.\n"
              "# Generated by make.py; expected results written from each email's meaning before any run.")
    write_set(HERE, "blind79", header, CASES)


if __name__ == "__main__":
    main()
