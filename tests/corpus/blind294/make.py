#!/usr/bin/env python3
"""Blind set 294: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted (or explained) by a note, statuses given by position.

    python3 tests/corpus/blind294/make.py

writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind294"

# ---------------------------------------------------------------- requests
R_X = "KCSC-240923-01"
R_NAVER = "KCSC-240923-02"
R_YT = "KCSC-240924-03"
R_TG = "KCSC-240924-04"
R_KAKAO = "KCSC-240925-05"
R_TT = "KCSC-240925-06"
R_YT1 = "KCSC-240926-07"

X1 = "https://x.com/bluefinch_kr/status/1837001100220001"
X2 = "https://x.com/bluefinch_kr/status/1837001100220002"
X3 = "https://x.com/nightmarket_77/status/1837004455660113"
X4 = "https://x.com/nightmarket_77/status/1837004455660187"
X5 = "https://x.com/ppomppu_dealz/status/1836998877001234"
X6 = "https://x.com/hanriver_leaks/status/1837112233445566"
X7 = "https://x.com/hanriver_leaks/status/1837112233445599"
X8 = "https://x.com/sora_vending/status/1836887766554433"
X9 = "https://x.com/sora_vending/status/1836887766554499"
X10 = "https://x.com/greyowl_market"
X11 = "https://x.com/kimchi_courier/status/1837220011223344"
X12 = "https://x.com/kimchi_courier/status/1837220011225566"

N1 = "https://blog.naver.com/moonlit_shop/223581234567"
N2 = "https://cafe.naver.com/usedgoodsmarket/880123"
N3 = "https://blog.naver.com/moonlit_shop/223581299001"
N4 = "https://cafe.naver.com/usedgoodsmarket/880467"

Y1 = "https://www.youtube.com/watch?v=Qm3vT8xLp2A"
Y2 = "https://www.youtube.com/watch?v=bR7nK0wEe5s"
Y3 = "https://www.youtube.com/@dalbit_pharmacy"
Y4 = "https://www.youtube.com/watch?v=Hz0pW4uYt9c"

T1 = "https://t.me/cheap_meds_kr/3310"
T2 = "https://t.me/cheap_meds_kr/3315"
T3 = "https://t.me/seoul_dropshop/188"
T4 = "https://t.me/seoul_dropshop/204"
T5 = "https://t.me/mintleaf_exchange"

K1_RAW = "https://cafe.daum.net/밤시장/Kx9f/1207"
K1 = "https://cafe.daum.net/" + quote("밤시장") + "/Kx9f/1207"  # as stored
K2 = "https://tv.kakao.com/v/445120987"

TK1 = "https://www.tiktok.com/@lucky_pill_shop/video/7415566778899001122"

REQUESTS = [
    (R_X, "x", "2024-09-23T10:00:00+09:00", "2024-09-30T23:59:59+09:00", "illegal_goods",
     [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12], "largest request"),
    (R_NAVER, "naver", "2024-09-23T10:30:00+09:00", "2024-09-30T23:59:59+09:00", "illegal_drugs",
     [N1, N2, N3, N4], ""),
    (R_YT, "youtube", "2024-09-24T09:00:00+09:00", "2024-10-01T23:59:59+09:00", "illegal_drugs",
     [Y1, Y2, Y3], ""),
    (R_TG, "telegram", "2024-09-24T09:30:00+09:00", "2024-10-01T23:59:59+09:00", "illegal_drugs",
     [T1, T2, T3, T4, T5], ""),
    (R_KAKAO, "kakao", "2024-09-25T11:00:00+09:00", "2024-10-02T23:59:59+09:00", "illegal_drugs",
     [K1, K2], "Daum cafe path stored percent-encoded"),
    (R_TT, "tiktok", "2024-09-25T11:30:00+09:00", "2024-10-02T23:59:59+09:00", "illegal_drugs",
     [TK1], "one item"),
    (R_YT1, "youtube", "2024-09-26T14:00:00+09:00", "2024-10-03T23:59:59+09:00", "gambling",
     [Y4], "one item"),
]


def enc(s):
    """RFC 2047 encode a header value that is not plain ASCII, as real mailers do."""
    if s.isascii():
        return s
    from email.header import Header
    return Header(s, "utf-8").encode()


def req_mid(ref):
    return "req-" + ref  # corpuslib adds @kcsc.example


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").strip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").strip("\n")


def pending(*urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    kw["subject"] = enc(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    CASES.append(kw)


# ================================================================ X (KCSC-240923-01)
case(
    name="x-mixed-statuses-one-sentence",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 26 Sep 2024 16:02:11 +0900",
    subject=f"Re: [{R_X}] Request to remove content on X",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Thank you for your request dated 23 September 2024 (ref. {R_X}).

After reviewing the reported posts, we have withheld {X1} in South Korea, removed {X2} for violating the X Rules on illegal and regulated goods, and found that {X3} does not violate the X Rules or Korean law, so it remains available.

We are still reviewing the other posts in your request and will reply separately.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (withheld in country / removed / no action)",
    why="three statuses in one sentence, each bound to the URL it follows",
    items={X1: "restricted", X2: "removed", X3: "rejected"},
)

case(
    name="x-hedge-in-relative-clause",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 27 Sep 2024 09:41:52 +0900",
    subject=f"Re: [{R_X}] Request to remove content on X",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Following up on {R_X}.

We have removed the post
<https://x.com/hanriver_leaks/status/
1837112233445566> globally for violating our private information policy.

The post {X7}, which appears to have been deleted by the account owner shortly after your report, is still being checked by our team. We will confirm its status once we can verify it.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request follow-up with a URL wrapped inside angle brackets",
    why="X6 removed (angle-bracketed URL wrapped over two lines); X7 only 'appears to have been deleted' and is still being checked: pending",
    items={X6: "removed", X7: "pending"},
)

case(
    name="x-negations-and-suspension",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 27 Sep 2024 18:20:05 +0900",
    subject=f"Re: [{R_X}] Request to remove content on X",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

We have completed our review of the following items from your request {R_X}:

- We did not take action on {X8}. The post advertises a product that is legal to sell and does not violate the X Rules or local law.
- {X9} could not be found. The link does not lead to an existing post; please check the post ID.
- We have not withheld the account {X10} in South Korea, because it had already been suspended globally earlier this week for violating our platform manipulation rules. Its posts are no longer visible anywhere on X.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome listing no action / not found / account suspended",
    why="negations: 'did not take action' + reason = rejected; 'could not be found' = not_found; 'have not withheld ... because already suspended globally' = removed",
    items={X8: "rejected", X9: "not_found", X10: "removed"},
)

case(
    name="x-correction-later-paragraph",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 30 Sep 2024 11:15:40 +0900",
    subject=f"Re: [{R_X}] Request to remove content on X (updated)",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Regarding {R_X}, we have withheld the following posts in South Korea:

{X11}
{X12}

Correction (added 30 September): after an internal escalation, {X12} has since been removed globally, not only withheld in South Korea. The first post listed above remains withheld in South Korea.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome with an appended correction paragraph",
    why="later correction revises X12 from withheld to removed; X11 stays withheld in Korea",
    items={X11: "restricted", X12: "removed"},
)

case(
    name="x-respectively",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 28 Sep 2024 08:05:19 +0900",
    subject=f"Re: [{R_X}] Request to remove content on X",
    reply_to_req=req_mid(R_X),
    body=f"""
Hi,

The posts {X3}, {X4} and {X5} have been, respectively, withheld in South Korea, removed for violating the X Rules, and left up because we found no violation of our rules or of local law.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply written as one compact sentence",
    why="statuses by position with 'respectively': X3 restricted, X4 removed, X5 rejected",
    items={X3: "restricted", X4: "removed", X5: "rejected"},
)

case(
    name="x-html-table-row-note",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 01 Oct 2024 13:30:00 +0900",
    subject=f"[{R_X}] Outcome of your legal request",
    reply_to_req=req_mid(R_X),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find the outcome of our review of request {R_X} below.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>Reported URL</th><th>Action</th></tr>
<tr><td>1</td><td>{X1}</td><td>Withheld in KR</td></tr>
<tr><td>2</td><td>{X2}</td><td>See note</td></tr>
<tr><td>3</td><td>{X6}</td><td>Removed (violation of the X Rules)</td></tr>
<tr><td>4</td><td>{X8}</td><td>No action (no violation of the X Rules or local law)</td></tr>
</table>
<p>Note on row 2: the post had already been deleted by its author before our review, so there was nothing left for us to act on.</p>
<p>Regards,<br>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome as an HTML table with a footnote",
    why="row 2's status is only in the note (deleted by author = not_found); the other rows read from the Action column",
    items={X1: "restricted", X2: "not_found", X6: "removed", X8: "rejected"},
)

CSV_CONFLICT = f"url,action,date\n{X9},Removed,2024-09-28\n"
case(
    name="x-csv-conflicts-with-body",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 01 Oct 2024 17:48:22 +0900",
    subject=f"[{R_X}] Result sheet",
    reply_to_req=req_mid(R_X),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xr_7731"

--=_xr_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the result sheet for your request {R_X}.

For {X9}, our team decided to take no action: the post does not violate the X Rules and remains available.

Regards,
X Legal

--=_xr_7731
Content-Type: text/csv; charset=utf-8; name="{R_X}-result.csv"
Content-Disposition: attachment; filename="{R_X}-result.csv"
Content-Transfer-Encoding: 8bit

{CSV_CONFLICT}
--=_xr_7731--
""",
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="X result-sheet email with a CSV attachment",
    why="the attached sheet says X9 Removed, the body says no action and still up: a clerk cannot pick one",
    items=pending(X9),
)

case(
    name="x-quoted-printable-korean",
    **{"from": "legal-kr@x.com"}, name_from="X Korea Legal",
    date="Wed, 02 Oct 2024 10:12:44 +0900",
    subject=f"Re: [{R_X}] 삭제 요청 처리 결과",
    reply_to_req=req_mid(R_X),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 요청하신 {R_X} 건과 관련하여 처리 결과를 안내드립니다.

Account {X10} has been withheld in South Korea (계정 국내 제한).
Post {X11} has been removed globally (삭제).

감사합니다.
X Korea Legal
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea legal reply in Korean and English, quoted-printable",
    why="QP body: account withheld in Korea, post removed globally",
    items={X10: "restricted", X11: "removed"},
)

case(
    name="x-echoed-report",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Sat, 28 Sep 2024 21:07:33 +0900",
    subject="Your report to X: Case 0194857261",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

We've reviewed your report.

----------------------------------------
Reported content: {X8}
Reported by: KCSC Takedown (takedown@kcsc.example)
Your description: Sale of unapproved pharmaceuticals to users in Korea. Please remove.
----------------------------------------

Outcome: we have withheld this post in South Korea in response to your legal request. It remains visible outside South Korea.

Case number: 0194857261
Learn more about country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support case email that echoes the report form, then the outcome",
    why="one echoed item, outcome withheld in South Korea; the help link is not an item",
    items={X8: "restricted"},
)

case(
    name="x-promise-to-withhold",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 25 Sep 2024 15:33:09 +0900",
    subject=f"Re: [{R_X}] Request to remove content on X",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Thank you for your request {R_X}.

We intend to withhold {X1} and {X2} in South Korea. The action will be taken once our legal team completes its review, normally within 48 hours, and we will confirm to you when it is done.

Regards,
X Legal
""",
    outcome="review", classification="other", review="not_understood",
    imitates="X legal interim reply announcing an intended action",
    why="intention and promise only: nothing has been withheld yet",
    items=pending(X1, X2),
)

case(
    name="x-dmarc-fail",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    auth="fail",
    date="Thu, 26 Sep 2024 03:14:55 +0900",
    subject=f"Re: [{R_X}] Request to remove content on X",
    body=f"""
Hello,

We have removed {X3} and {X5} from X.

Regards,
X Legal
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="X legal outcome email failing DMARC (spoofed or broken relay)",
    why="x.com sender but DKIM/SPF/DMARC fail: statements cannot be trusted",
    items=pending(X3, X5),
)

case(
    name="x-out-of-office",
    **{"from": "jiwon.seo@x.com"}, name_from="Jiwon Seo",
    date="Mon, 23 Sep 2024 10:00:41 +0900",
    subject=f"Automatic reply: [{R_X}] Request to remove content on X",
    reply_to_req=req_mid(R_X),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 2 October with limited access to email.

For urgent legal requests please write to legal@x.com and the team will pick them up.

Jiwon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="automatic reply, says nothing about items",
    items={},
)

# ================================================================ NAVER (KCSC-240923-02)
case(
    name="naver-mixed-one-sentence-base64",
    **{"from": "help@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 25 Sep 2024 14:20:00 +0900",
    subject=f"[네이버] 게시중단 요청 처리 결과 안내 ({R_NAVER})",
    reply_to_req=req_mid(R_NAVER),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 2024년 9월 23일 요청하신 건({R_NAVER})의 처리 결과를 안내드립니다.

요청하신 게시물 중 {N1} 은 운영정책 위반으로 게시중단(삭제)하였고, {N2} 은 임시조치(30일)하였으며, {N3} 은 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 권리보호센터 드림
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내 (base64 body)",
    why="one Korean sentence, three statuses: 게시중단(삭제) removed, 임시조치 restricted, 작성자 삭제로 확인되지 않음 not_found",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

case(
    name="naver-refusal-with-reason",
    **{"from": "help@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Thu, 26 Sep 2024 17:05:31 +0900",
    subject=f"[네이버] 요청하신 게시물 검토 결과 ({R_NAVER})",
    reply_to_req=req_mid(R_NAVER),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

{N4} 게시물은 검토 결과 관련 법령이나 네이버 운영정책에 위반되는 내용이 확인되지 않아 별도 조치 없이 게시 상태를 유지합니다.
판단 근거: 일반 중고거래 게시물로, 판매 금지 품목이 포함되어 있지 않습니다.

한편 {N1} 게시물은 블라인드 처리를 완료했습니다.

추가 문의는 본 메일에 회신해 주십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 검토 결과 회신: 미조치 사유 + 블라인드 처리",
    why="N4 refused with its reason (stays up) = rejected; N1 블라인드 = removed",
    items={N4: "rejected", N1: "removed"},
)

case(
    name="naver-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 27 Sep 2024 10:40:00 +0900",
    subject=f"시정요구 조치결과 통보 ({R_NAVER})",
    reply_to_req=req_mid(R_NAVER),
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구({R_NAVER})에 대한 조치결과를 아래와 같이 통보합니다.</p>
<table border="1">
<tr><th>연번</th><th>게시물 URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>불법 의약품 판매</td></tr>
<tr><td>2</td><td>{N2}</td><td>접속차단(국내)</td><td>-</td></tr>
<tr><td>3</td><td>{N3}</td><td>미조치</td><td>위반 사항 없음(정상 게시물)</td></tr>
<tr><td>4</td><td>{N4}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
</table>
<p>※ 운영정책은 <a href="https://policy.naver.com/policy/service.html">네이버 운영정책</a>을 참고하시기 바랍니다.</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 table (NAVER)",
    why="one status per row: 삭제, 접속차단(국내), 미조치+위반 없음, 게시물 없음; the policy link is not an item",
    items={N1: "removed", N2: "restricted", N3: "rejected", N4: "not_found"},
)

case(
    name="naver-hedge-in-relative-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Mon, 30 Sep 2024 09:12:48 +0900",
    subject=f"Re: [{R_NAVER}] 게시물 조치 요청",
    reply_to_req=req_mid(R_NAVER),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

{N2} 게시물은 작성자가 스스로 삭제한 것으로 보이나 시스템상 확인이 끝나지 않아 확인 중에 있습니다.
{N3} 게시물은 비공개 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 회신 (처리 중 + 비공개 처리)",
    why="N2 only '삭제한 것으로 보이나 ... 확인 중' = pending; N3 비공개 처리 = removed",
    items={N2: "pending", N3: "removed"},
)

case(
    name="naver-hedge-only",
    **{"from": "help@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 25 Sep 2024 11:02:10 +0900",
    subject=f"Re: [{R_NAVER}] 게시물 조치 요청",
    reply_to_req=req_mid(R_NAVER),
    body=f"""
안녕하세요.

요청하신 {N1} 게시물은 이미 조치된 것으로 보입니다만, 담당 부서의 확인을 거쳐 정확한 결과를 다시 안내드리겠습니다.

네이버 권리보호센터 드림
""",
    outcome="review", classification="other", review="not_understood",
    imitates="NAVER 중간 회신 (확인 후 재안내)",
    why="'조치된 것으로 보입니다만' is a hedge and a promise of a later answer: N1 stays pending",
    items=pending(N1),
)

case(
    name="naver-asks-documents",
    **{"from": "help@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Tue, 24 Sep 2024 16:45:00 +0900",
    subject=f"Re: [{R_NAVER}] 게시물 조치 요청 - 추가 자료 요청",
    reply_to_req=req_mid(R_NAVER),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 건 중 아래 게시물에 대해서는 위법성 판단을 위하여 관련 법령 조항과 판단 근거 자료를 추가로 보내주시기 바랍니다.

- {N3}
- {N4}

자료를 받는 대로 검토 후 조치 결과를 안내드리겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER 추가 소명자료 요청",
    why="asks for the legal basis and supporting documents before acting",
    items=pending(N3, N4),
)

case(
    name="naver-dsn-bounce",
    **{"from": "MAILER-DAEMON@navercorp.com"}, name_from="Mail Delivery System",
    date="Mon, 23 Sep 2024 10:31:02 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.4Q9xZ1"

--dsn.4Q9xZ1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@navercorp.com>: host mbox.navercorp.com said: 550 5.1.1
    <policy-kr@navercorp.com>: Recipient address rejected: User unknown

--dsn.4Q9xZ1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
Arrival-Date: Mon, 23 Sep 2024 10:30:58 +0900

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn.4Q9xZ1
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: [{R_NAVER}] 게시물 조치 요청
Message-ID: <{req_mid(R_NAVER)}@kcsc.example>
Date: Mon, 23 Sep 2024 10:30:00 +0900

--dsn.4Q9xZ1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown)",
    why="bounce of our own request to a wrong address",
    items={},
)

# ================================================================ YouTube (KCSC-240924-03, -07)
case(
    name="youtube-bulleted-outcomes",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 26 Sep 2024 20:18:37 +0900",
    subject=f"Re: [{R_YT}] Legal removal request",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

Thanks for contacting YouTube. We've reviewed the URLs in your request {R_YT}:

* {Y1} - removed for violating our Community Guidelines on the sale of regulated goods
* {Y2} - blocked in South Korea under local law
* {Y3} - we declined to take action; the channel does not violate our policies or local law

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (Google legal help)",
    why="one bullet per URL: removed, blocked in KR, declined with reason",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

case(
    name="youtube-actioned-relative-hedge",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 27 Sep 2024 12:00:09 +0900",
    subject=f"Re: [{R_YT}] Legal removal request",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

The video {Y1} has been actioned under our policies, which may also have affected the re-upload at {Y2}.

The channel {Y3} will be reviewed by a specialist team, and we'll update you once that review is complete.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'actioned under our policies' reply",
    why="Y1 actioned (configured removed phrase); Y2 only 'may also have affected' in a relative clause; Y3 promised review",
    items={Y1: "removed", Y2: "pending", Y3: "pending"},
)

case(
    name="youtube-single-item-request",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Sun, 29 Sep 2024 08:44:00 +0900",
    subject=f"Re: [{R_YT1}] Legal removal request",
    reply_to_req=req_mid(R_YT1),
    body=f"""
Hello,

Following our review, we removed the content you reported in your request {R_YT1} for violating our Community Guidelines on gambling.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube short legal outcome naming no URL",
    why="'the content you reported' for a one-item request: that item is removed",
    items={Y4: "removed"},
)

case(
    name="youtube-top-posted-by-position",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 28 Sep 2024 11:26:40 +0900",
    subject=f"Re: [{R_YT}] Legal removal request",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hi,

Thanks for your request. Items 1 and 3 in your list below have been removed from YouTube for violating our Community Guidelines. Item 2 is blocked in South Korea only, following our review under local law.

Best,
YouTube Legal Support

On Tue, Sep 24, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal team,
>
> Under Article 21 of the Act, we request the removal of the following content:
>
> 1. {Y1}
> 2. {Y2}
> 3. {Y3}
>
> Reference: {R_YT}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="the reply's own sentences give statuses by the numbers of the quoted list; the numbering binds each URL",
    items={Y1: "removed", Y2: "restricted", Y3: "removed"},
)

CSV_YT = (
    "URL,Outcome,Policy/Law\n"
    f"{Y1},Removed globally,Community Guidelines - sale of illegal or regulated goods\n"
    f"{Y2},Blocked in KR,Local law (Pharmaceutical Affairs Act)\n"
    f"{Y3},No action - no violation found,-\n"
)
case(
    name="youtube-base64-csv-attachment",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Removals",
    date="Mon, 30 Sep 2024 19:02:17 +0900",
    subject=f"[{R_YT}] Outcome of your request",
    reply_to_req=req_mid(R_YT),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="000000000000ab12cd34ef56"

--000000000000ab12cd34ef56
Content-Type: text/plain; charset="UTF-8"

Hello,

The outcome for each URL in your request {R_YT} is in the attached CSV file.

Regards,
YouTube Legal Removals

--000000000000ab12cd34ef56
Content-Type: text/csv; charset="UTF-8"; name="outcome.csv"
Content-Disposition: attachment; filename="outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_YT)}
--000000000000ab12cd34ef56--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals result sent as a CSV attachment (base64)",
    why="CSV rows: removed globally, blocked in KR, no action with no violation",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

case(
    name="youtube-negative-phrasings",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 01 Oct 2024 15:55:03 +0900",
    subject=f"Re: [{R_YT}] Legal removal request",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

{Y2} is no longer available in South Korea: we blocked it there under local law.

We could not find any violation of our Community Guidelines or of local law in the channel {Y3}, so it remains available.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome phrased with negatives",
    why="'no longer available in South Korea' = restricted; 'could not find any violation ... remains available' = rejected, not not_found",
    items={Y2: "restricted", Y3: "rejected"},
)

case(
    name="youtube-bulk-statement",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 25 Sep 2024 18:30:30 +0900",
    subject=f"Re: [{R_YT}] Legal removal request",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

We have removed the videos and the channel identified in your request {R_YT}.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="YouTube one-line outcome covering a whole request",
    why="statement about all items of a three-item request without naming each",
    items=pending(Y1, Y2, Y3),
)

case(
    name="youtube-read-receipt",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 24 Sep 2024 09:20:14 +0900",
    subject=f"Read: [{R_YT}] Legal removal request",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-88a1"

--mdn-88a1
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [{R_YT}] Legal removal request
  Sent: Tue, 24 Sep 2024 09:00:00 +0900

was read on Tue, 24 Sep 2024 09:20:12 +0900.

--mdn-88a1
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Original-Recipient: rfc822;legal-kr@google.com
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <{req_mid(R_YT)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-88a1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (read receipt)",
    why="read receipt only",
    items={},
)

# ================================================================ Telegram (KCSC-240924-04)
case(
    name="telegram-mixed-prose",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 25 Sep 2024 22:10:45 +0900",
    subject=f"Re: [{R_TG}] Case #4418203",
    reply_to_req=req_mid(R_TG),
    body=f"""
Hello,

Regarding your request {R_TG}: we have blocked {T1} and {T2} for users in South Korea, {T3} has been taken down for all users, and {T4} could not be located - that message ID does not exist in the channel.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in one sentence",
    why="one sentence, three statuses: blocked for Korea (two URLs), taken down for all, could not be located",
    items={T1: "restricted", T2: "restricted", T3: "removed", T4: "not_found"},
)

case(
    name="telegram-negation-however",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 26 Sep 2024 19:33:21 +0900",
    subject=f"Re: [{R_TG}] Case #4418203",
    reply_to_req=req_mid(R_TG),
    body=f"""
Hello,

The channel {T5} was not blocked, because after review we found it does not break Telegram's Terms of Service: it is a currency-rate bot and offers no goods for sale.

The posts {T1} and {T2}, however, have been removed.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a refusal and a removal",
    why="'was not blocked, because ... does not break ToS' = rejected; the next sentence's 'however, have been removed' covers T1 and T2",
    items={T5: "rejected", T1: "removed", T2: "removed"},
)

case(
    name="telegram-status-below-url",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 27 Sep 2024 07:58:02 +0900",
    subject=f"Re: [{R_TG}] Case #4418203",
    reply_to_req=req_mid(R_TG),
    body=f"""
Hi,

Results for {R_TG}:

{T1}
Status: blocked (all regions)

{T2}
Status: blocked (all regions)

{T3}
Status: not available in KR

<{T4}>
Status: no violation found, remains up

{T5}
Status: pending moderation

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk result list (URL, then Status line)",
    why="status on the line below each URL; the last is still pending moderation",
    items={T1: "removed", T2: "removed", T3: "restricted", T4: "rejected", T5: "pending"},
)

case(
    name="telegram-url-below-heading",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 28 Sep 2024 13:14:15 +0900",
    subject=f"Re: [{R_TG}] Case #4418203",
    reply_to_req=req_mid(R_TG),
    body=f"""
Hello,

Taken down:
{T3}

We could not find this message (it may have been deleted by the channel admin before our review):
{T2}

Still being checked, we will update you:
{T4}

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with statement headings over URLs",
    why="statement on the line above each URL; 'could not find' stands, the bracketed 'may have been deleted' is only a guess at why",
    items={T3: "removed", T2: "not_found", T4: "pending"},
)

case(
    name="telegram-outlook-quoted-request",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sun, 29 Sep 2024 16:40:00 +0900",
    subject=f"RE: [{R_TG}] Request for removal of illegal content",
    reply_to_req=req_mid(R_TG),
    body=f"""
Hello,

{T5} has been blocked on all Telegram apps. We are still looking into the remaining links from your message and will write again.

Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 24, 2024 9:30 AM
To: dsa@telegram.org
Subject: [{R_TG}] Request for removal of illegal content

Dear Telegram team,

Please remove the following content, which offers unapproved medicines for sale to users in Korea:

{T1}
{T2}
{T3}
{T4}
{T5}

KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over the quoted original request",
    why="only T5 is stated (blocked on all apps = removed); the others appear only in the quoted request and are still being looked into",
    items={T5: "removed", T1: "pending", T2: "pending", T3: "pending", T4: "pending"},
)

case(
    name="telegram-bulk-all-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 26 Sep 2024 02:05:50 +0900",
    subject=f"Re: [{R_TG}] Case #4418203",
    reply_to_req=req_mid(R_TG),
    body=f"""
Hello,

All links listed in your request {R_TG} have been blocked.

Telegram Abuse Team
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Telegram abuse-desk one-line blanket reply",
    why="blanket statement for a five-item request, no URL named",
    items=pending(T1, T2, T3, T4, T5),
)

case(
    name="telegram-conditional",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 25 Sep 2024 12:12:12 +0900",
    subject=f"Re: [{R_TG}] Case #4418203",
    reply_to_req=req_mid(R_TG),
    body=f"""
Hello,

We have contacted the admin of the cheap_meds_kr channel. If the post {T1} is not deleted by the admin within 48 hours, we will block it ourselves.

Telegram Abuse Team
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Telegram abuse-desk reply announcing a conditional action",
    why="'If ... not deleted ... we will block it' is a condition and a promise: T1 stays pending",
    items=pending(T1),
)

case(
    name="telegram-ticket-receipt",
    **{"from": "noreply@telegram.org"}, name_from="Telegram",
    date="Tue, 24 Sep 2024 09:31:07 +0900",
    subject=f"Re: [{R_TG}] Request for removal of illegal content - Case #4418203",
    reply_to_req=req_mid(R_TG),
    body="""
Thank you for your report.

It has been received and assigned Case #4418203. Our moderators will review it. You do not need to send it again.

This is an automatic message, please do not reply.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse ticket receipt",
    why="pure receipt with a case number; no statement about any item",
    items={},
)

case(
    name="unknown-sender-channel-admin",
    **{"from": "seoul.dropshop@mailbox.example"}, name_from="seoul dropshop admin",
    date="Fri, 27 Sep 2024 23:50:31 +0900",
    subject=f"Re: [{R_TG}] Request for removal of illegal content",
    reply_to_req=req_mid(R_TG),
    body=f"""
Hello,

I run the seoul_dropshop channel on Telegram. Telegram told me about your request.
I have deleted the post {T3} myself. The post {T4} is only a price list for phone cases, please check it again.

Thanks
""",
    outcome="review", classification="other", review="unknown_sender",
    imitates="reply from the channel owner on a free-mail domain",
    why="not the platform: the channel admin's own claims do not change statuses",
    items=pending(T3, T4),
)

# ================================================================ Kakao (KCSC-240925-05)
case(
    name="kakao-korean-particles",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 26 Sep 2024 15:20:44 +0900",
    subject=f"[카카오] 게시물 조치 결과 안내 ({R_KAKAO})",
    reply_to_req=req_mid(R_KAKAO),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 {R_KAKAO} 건의 조치 결과를 안내드립니다.

{K1_RAW}은 카페 운영정책 위반으로 게시중단 처리했습니다。
{K2}（카카오TV 영상）은 국내 접근 제한 조치했습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 게시물 조치 결과 안내 (Daum cafe, Kakao TV)",
    why="raw Korean-path URL glued to 은; full-width brackets and stops; 게시중단 removed, 국내 접근 제한 restricted",
    items={K1: "removed", K2: "restricted"},
)

case(
    name="kakao-age-then-deleted",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 27 Sep 2024 18:02:29 +0900",
    subject=f"[카카오] 카카오TV 영상 조치 결과 ({R_KAKAO})",
    reply_to_req=req_mid(R_KAKAO),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

{K2} 영상은 청소년 유해 매체물로 판단되어 우선 성인 인증 후에만 시청할 수 있도록 연령 제한 조치했습니다.

[추가 안내] 위 영상은 담당 부서 재검토 결과 불법 의약품 광고에 해당하여 9월 27일 자로 영상 전체를 삭제했습니다. 앞선 연령 제한 안내는 이 조치로 대체됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 조치 결과 안내 with an appended 추가 안내",
    why="age restriction is superseded by the later 추가 안내: whole video deleted",
    items={K2: "removed"},
)

case(
    name="kakao-about-naver-url",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 24 Sep 2024 14:48:00 +0900",
    subject=f"Re: [{R_NAVER}] 게시물 조치 요청",
    reply_to_req=req_mid(R_NAVER),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

참조로 받으신 요청 중 {N3} 게시물은 카카오 서비스에서 찾을 수 없는 게시물입니다. 네이버 블로그 게시물이므로 해당 서비스 운영자에게 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", classification="other", review="wrong_platform",
    imitates="Kakao reply to a request copied to it by mistake",
    why="Kakao speaks about a NAVER item; its 'cannot find' says nothing about NAVER",
    items=pending(N3),
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 25 Sep 2024 11:01:30 +0900",
    subject=f"[카카오] 신고 접수 완료 안내 ({R_KAKAO})",
    reply_to_req=req_mid(R_KAKAO),
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 신고가 정상적으로 접수되었습니다.
접수번호: 2409-KKO-118842

처리 결과는 영업일 기준 3일 이내에 이메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 신고 접수 완료 안내",
    why="receipt with a 접수번호 only",
    items={},
)

# ================================================================ TikTok (KCSC-240925-06)
case(
    name="tiktok-refusal-with-reason",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Sat, 28 Sep 2024 04:22:18 +0900",
    subject=f"Re: {R_TT} - Government removal request",
    reply_to_req=req_mid(R_TT),
    body=f"""
Hi,

Thank you for your report (ref {R_TT}). We reviewed the video at {TK1} against our Community Guidelines and applicable Korean law.

We did not find a violation: the video shows a vitamin supplement that is lawfully sold in Korea and makes no medical claims. The video will therefore stay on TikTok.

If you have new information about this video, you can reply to this email.

TikTok Law Enforcement Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request outcome: no violation found",
    why="refusal with its reason; 'will therefore stay' is the consequence of a decision made, not a promise",
    items={TK1: "rejected"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Mon, 30 Sep 2024 06:00:00 +0900",
    subject=f"Statement of reasons for your report ({R_TT})",
    reply_to_req=req_mid(R_TT),
    body=f"""
Statement of reasons

Reported content: {TK1}
Decision: visibility restriction. The content is not available to users located in: Republic of Korea.
Ground: illegal content under local law (Pharmaceutical Affairs Act).
Facts relied on: sale of medicines without a licence.
Automated means used for the decision: no.

You may seek redress through our appeals process: https://www.tiktok.com/legal/page/global/appeals

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (TikTok style)",
    why="visibility restriction in Korea = restricted; the appeals page is not an item",
    items={TK1: "restricted"},
)

case(
    name="tiktok-portal-notice",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Tue, 01 Oct 2024 09:00:00 +0900",
    subject="Change to how TikTok receives government requests",
    body="""
Hello,

From 15 October 2024, TikTok will accept government content removal requests only through our Law Enforcement Portal: https://www.tiktok.com/legal/page/global/law-enforcement

Requests sent by email after that date will not be processed. Please register your agency on the portal before then.

TikTok Law Enforcement Outreach
""",
    outcome="review", classification="other", review="no_claims",
    imitates="TikTok notice to agencies about its law-enforcement portal",
    why="trusted TikTok mail that names no item and no request",
    items={},
)

case(
    name="tiktok-noreply-autoresponder",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Wed, 25 Sep 2024 11:30:44 +0900",
    subject=f"Re: {R_TT} - Government removal request",
    reply_to_req=req_mid(R_TT),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated response. This mailbox is not monitored.

To submit or follow up on a government request, please use the TikTok Law Enforcement Portal.
""",
    outcome="ignored", classification="auto_reply",
    imitates="TikTok unmonitored-mailbox autoresponder",
    why="auto-reply, no statement",
    items={},
)


HEADER = f"""# Blind set {SET}: what a program gets wrong (mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# later sentences that revise earlier ones, table vs note, statuses by
# position). Written by tests/corpus/blind294/make.py; do not edit by hand.
# Expected results come from each email's meaning, written before any run.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
