#!/usr/bin/env python3
"""Blind set 61 (issue 11): a general mix in English and Korean across many
services: Korean portals, a hosting abuse desk, a CDN, a file locker, a
community site, Reddit, YouTube, plus doubtful and ignorable mail.

Expected results were written from each email's meaning before anything
ran. Deterministic: `python3 tests/corpus/blind61/make.py`.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "reddit.com": "Reddit",
    "mega.nz": "MEGA",
    "dcinside.com": "DCInside",
    "hetzner.com": "Hetzner Abuse",
    "cloudflare.com": "Cloudflare",
})

N = [
    "https://blog.naver.com/dalbit_market/223561000101",
    "https://blog.naver.com/dalbit_market/223561000102",
    "https://blog.naver.com/hanul_shop77/223562000201",
    "https://blog.naver.com/hanul_shop77/223562000202",
    "https://cafe.naver.com/fakecafe2024/1187",
    "https://cafe.naver.com/fakecafe2024/1190",
    "https://cafe.naver.com/moonlightclub/55321",
    "https://cafe.naver.com/moonlightclub/55329",
    "https://blog.naver.com/PostView.naver?blogId=greenpill09&logNo=223563000301",
    "https://blog.naver.com/greenpill09/223563000302",
    "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=470000001",
    "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=470000002",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38000001&memberNo=51000001",
    "https://cafe.naver.com/moonlightclub/55340",
]
H = [
    "https://nolja-tv.example/watch/88121",
    "https://nolja-tv.example/watch/88127",
    "http://198.51.100.77/files/pack_0911.zip",
    "https://bamboo-forum.example/thread/4410",
    "https://bamboo-forum.example/thread/4412",
]
K = [
    "https://cafe.daum.net/fakecafe_kr/Abcd/1021",
    "https://fakediary.tistory.com/183",
    "https://fakediary.tistory.com/184",
    "https://nightshop24.tistory.com/12",
]
R = [
    "https://www.reddit.com/r/fakesub_kr/comments/1fc2ab3/cheap_meds_delivery/",
    "https://www.reddit.com/r/fakesub_kr/comments/1fc2ab9/dm_for_price_list/",
    "https://www.reddit.com/r/anotherfake/comments/1fd0x1z/comment/lmn0p1q/",
]
Y = [
    "https://www.youtube.com/watch?v=Qw3rTy7uIo1",
    "https://www.youtube.com/watch?v=Qw3rTy7uIo2",
    "https://www.youtube.com/@%EA%B0%80%EC%A7%9C%EB%B2%B3%ED%8C%85%EC%B1%84%EB%84%90",
]
Y3_RAW = "https://www.youtube.com/@가짜벳팅채널"
M = [
    "https://mega.nz/file/Xy7QkLmN#fakeKey0123456789abcdef",
    "https://mega.nz/folder/Ab3CdEfG#fakeFolderKey98765",
]
D = ["https://gall.dcinside.com/mgallery/board/view/?id=fakegall&no=123456"]
C = [
    "https://shady-mirror.example/kr/post/901",
    "https://shady-mirror.example/kr/post/902",
]


def quoted(urls, ref, who="KCSC Takedown <takedown@kcsc.example>", when="Mon, 9 Sep 2024 10:00 +0900"):
    lines = [f"On {when}, {who} wrote:",
             f"> [{ref}] Request for removal of illegal information",
             "> The following items were found to be illegal and should be",
             "> removed or blocked without delay:"]
    lines += [f"> {i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["> Please report the action taken on each item to this address.",
              "> Korea Communications Standards Commission"]
    return "\n".join(lines)


def b64(text):
    return "\n".join(base64.encodebytes(text.encode("utf-8")).decode("ascii").splitlines())


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- NAVER
case(
    name="naver-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"},
    date="Wed, 11 Sep 2024 15:20:00 +0900",
    subject="[회신] KCSC-240909-01 시정요구에 대한 조치결과 통보",
    reply_to_req="req-240909-01",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240909-01)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>삭제</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>삭제</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>임시조치(30일)</td></tr>
<tr><td>4</td><td>{N[3]}</td><td>게시물 없음(기삭제)</td></tr>
<tr><td>5</td><td>{N[4]}</td><td>블라인드</td></tr>
<tr><td>6</td><td>{N[5]}</td><td>위반사항 없음(미조치)</td></tr>
</table>
<p>나머지 게시물은 확인 후 별도로 회신드리겠습니다.</p>
<p>네이버 주식회사 정책지원팀 드림<br>문의: <a href="https://help.naver.com/service/5640/contents/10000">네이버 고객센터</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 table (번호 | URL | 조치결과) as Korean portals return it",
    why="HTML table with Korean results: 삭제=removed, 임시조치=restricted, 게시물 없음(기삭제)=not_found, 블라인드=removed, 위반사항 없음(미조치)=rejected; the help link is not an item; the other 8 items stay pending",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found",
           N[4]: "removed", N[5]: "rejected"},
)

case(
    name="naver-temporary-measure-prose",
    **{"from": "noreply-policy@naver.com"},
    date="Thu, 12 Sep 2024 10:05:00 +0900",
    subject="Re: [KCSC-240909-01] 불법정보 시정요구",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 네이버 카페 운영정책 담당자입니다.

요청하신 게시물 중 아래 2건에 대해 정보통신망법 제44조의2에 따라 30일간 임시조치를 하였습니다.

- {N[6]}
- {N[7]}

임시조치 기간 동안 게시자는 재게시를 요청할 수 있으며, 재게시 요청이 있는 경우 다시 안내드리겠습니다.
임시조치에 대한 자세한 안내: https://help.naver.com/service/5629/contents/7410

감사합니다.
NAVER 카페 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 임시조치(게시중단) notice under Network Act art. 44-2",
    why="'30일간 임시조치를 하였습니다' above a bulleted list: both posts restricted; the help link is not an item",
    items={N[6]: "restricted", N[7]: "restricted"},
)

case(
    name="naver-status-line-below-url",
    **{"from": "policy@navercorp.com"},
    date="Fri, 13 Sep 2024 09:40:00 +0900",
    subject="RE: KCSC-240909-01 처리 결과",
    reply_to_req="req-240909-01",
    body=f"""담당자님 안녕하세요.
블로그 게시물 2건의 처리 결과입니다.

{N[8]}
  작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

{N[9]}
  게시중단 처리 완료

네이버 블로그 운영팀
""" + "\n" + quoted([N[8], N[9]], "KCSC-240909-01"),
    outcome="applied", classification="confirmation",
    imitates="NAVER blog operations reply giving the result on the line under each URL, over the quoted request",
    why="status indented below each bare URL: already deleted by its author = not_found, 게시중단 처리 완료 = removed; quoted request ignored",
    items={N[8]: "not_found", N[9]: "removed"},
)

case(
    name="naver-kin-english-deleted",
    **{"from": "global-policy@navercorp.com"},
    date="Fri, 13 Sep 2024 17:12:00 +0900",
    subject="Re: [KCSC-240909-01] Request for removal",
    reply_to_req="req-240909-01",
    body=f"""Dear KCSC team,

Thank you for your request. The following Knowledge iN posts have been deleted
for violating our Operating Policy:

{N[10]}
{N[11]}

If you have further questions, please contact us via the NAVER Help Center
(https://help.naver.com/).

Best regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER English-language trust & safety reply (heading sentence above a URL list)",
    why="heading 'have been deleted' over two bare URLs: both removed",
    items={N[10]: "removed", N[11]: "removed"},
)

csv_text = ("no,url,result\r\n"
            f"1,{N[12]},삭제\r\n"
            f"2,\"{N[13]}\",비공개 처리\r\n")
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    date="Sat, 14 Sep 2024 11:00:00 +0900",
    subject="[조치결과] KCSC-240909-01 (첨부 참조)",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_b61_1"

--=_nv_b61_1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 요청하신 건의 처리 결과를 첨부 파일로 송부드립니다.
네이버 정책지원팀

--=_nv_b61_1
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240909-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240909-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv_b61_1--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal result sheet sent as a CSV attachment (no, url, result)",
    why="CSV attachment: 삭제 = removed, 비공개 처리 (made private by the operator) = removed",
    items={N[12]: "removed", N[13]: "removed"},
)

case(
    name="naver-top-posted-over-quoted-list",
    **{"from": "policy@navercorp.com"},
    date="Tue, 10 Sep 2024 18:30:00 +0900",
    subject="Re: [KCSC-240909-01] Request for removal of illegal information",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요.
우선 확인된 두 건은 삭제 조치를 완료했습니다.
{N[0]}
{N[1]}
나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.

네이버 정책지원팀 김하늘 드림

""" + quoted(N, "KCSC-240909-01"),
    outcome="applied", classification="confirmation",
    imitates="Top-posted Korean reply over the quoted full request list (Gmail-style 'On ... wrote:')",
    why="only the two URLs under '삭제 조치를 완료했습니다' are removed; the 14 quoted URLs are ours, and 'the rest will follow' changes nothing",
    items={N[0]: "removed", N[1]: "removed"},
)

case(
    name="naver-help-links-not-items",
    **{"from": "policy@navercorp.com"},
    date="Wed, 11 Sep 2024 13:45:00 +0900",
    subject="Re: [KCSC-240909-01] 게시중단 요청 처리 안내",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 네이버입니다.

요청하신 게시물({N[2]})은 권리침해 신고 절차에 따라 접근 제한(임시조치) 처리되었습니다.
게시자의 이의제기 방법: https://help.naver.com/service/5640/contents/19008
네이버 운영정책: https://policy.naver.com/rules/service.html
게시중단 요청 현황 확인: https://right.naver.com/myRequest

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리침해 게시중단 처리 안내 with objection/policy/status links",
    why="URL in parentheses followed by a Korean particle; 접근 제한(임시조치) = restricted; the three help/policy/dashboard links are not items",
    items={N[2]: "restricted"},
)

# ---------------------------------------------------------------- Hetzner-style abuse desk
case(
    name="hetzner-customer-removed-verified",
    **{"from": "abuse@hetzner.com"},
    date="Thu, 12 Sep 2024 16:02:00 +0200",
    subject="Re: AbuseID:7F3A21 [KCSC-240910-01] Copyright infringement",
    reply_to_req="req-240910-01",
    body=f"""Dear Sir or Madam,

our customer has removed the reported content. We checked both URLs and they
now return 404:

 - {H[0]}
 - {H[1]}

We therefore consider this matter resolved and have closed AbuseID:7F3A21.

Kind regards

Abuse Team
Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
Register Court: Registergericht Ansbach, HRB 6089
""",
    outcome="applied", classification="confirmation",
    imitates="Hetzner-style abuse desk reply (AbuseID, customer removed, legal footer)",
    why="host states the customer removed the content and it verified the 404s: both removed",
    items={H[0]: "removed", H[1]: "removed"},
)

case(
    name="hetzner-ip-blocked",
    **{"from": "abuse@hetzner.com"},
    date="Wed, 11 Sep 2024 08:15:00 +0200",
    subject="Re: AbuseID:7F3A30 [KCSC-240910-01]",
    reply_to_req="req-240910-01",
    body=f"""Dear KCSC,

as the customer did not react within the deadline, we have blocked the
IP address 198.51.100.77. The file {H[2]} is no longer reachable.

Regards
Abuse Team - Hetzner Online GmbH

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 4:00 AM
Subject: [KCSC-240910-01] Request for removal
Please remove or block: {H[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="Hetzner-style abuse desk 'we have blocked the IP' reply over an Outlook original message",
    why="IP blocked, file no longer reachable = removed; the Outlook-quoted original is not a statement",
    items={H[2]: "removed"},
)

case(
    name="hetzner-no-violation-forum",
    **{"from": "abuse@hetzner.com"},
    date="Fri, 13 Sep 2024 12:30:00 +0200",
    subject="Re: AbuseID:7F3A44 [KCSC-240910-01]",
    reply_to_req="req-240910-01",
    body=f"""Hello,

we have examined the two forum threads you reported
({H[3]} and {H[4]}).
In our assessment they do not violate German law or our
Acceptable Use Policy, so we will not take any action against our customer.
If you hold a court order, please send it to us.

Kind regards
Abuse Team
Hetzner Online GmbH
""",
    outcome="applied", classification="confirmation",
    imitates="Hosting abuse desk refusal ('does not violate our AUP, no action') with court-order hint",
    why="negated action with a reason = rejected for both threads",
    items={H[3]: "rejected", H[4]: "rejected"},
)

qp_text = f"""Hello KCSC team,

Follow-up to AbuseID:7F3A44: our customer has now deleted the thread
{H[3]} from the forum after all. We have confirmed it is gone.

Thread {H[4]} remains online: as explained before, it does not violate
our Acceptable Use Policy and we will take no action on it.

Kind regards – Abuse Team
"""
case(
    name="hetzner-multipart-qp-followup",
    **{"from": "abuse@hetzner.com"},
    date="Mon, 16 Sep 2024 10:10:00 +0200",
    subject="Re: AbuseID:7F3A44 [KCSC-240910-01] follow-up",
    reply_to_req="req-240910-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b61hz"

--b61hz
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_text)}
--b61hz
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('<p>Hello KCSC team,</p><p>Follow-up to AbuseID:7F3A44: our customer has now deleted the thread <a href="' + H[3] + '">' + H[3] + '</a> from the forum after all. We have confirmed it is gone.</p><p>Thread ' + H[4] + ' remains online: as explained before, it does not violate our Acceptable Use Policy and we will take no action on it.</p><p>Kind regards – Abuse Team</p>')}
--b61hz--
""",
    outcome="applied", classification="confirmation",
    imitates="Abuse desk follow-up as multipart/alternative, quoted-printable",
    why="4410 deleted and verified = removed; 4412 remains online, does not violate the AUP, no action = rejected; both statements in the QP-encoded text and HTML parts agree",
    items={H[3]: "removed", H[4]: "rejected"},
)

# ---------------------------------------------------------------- Kakao / Daum / Tistory
case(
    name="kakao-daum-cafe-temporary-measure",
    **{"from": "cs-policy@kakaocorp.com"},
    date="Thu, 12 Sep 2024 14:00:00 +0900",
    subject="[Daum 카페] 게시물 임시조치 결과 안내 (KCSC-240911-01)",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 다음카페 게시물에 대하여 아래와 같이 조치하였음을 알려드립니다.

■ 대상 게시물: {K[0]}
■ 조치 내용: 임시조치(게시중단) 30일
■ 조치 일시: 2024.09.12 13:52

임시조치 관련 문의는 카카오 고객센터(https://cs.kakao.com/helps?service=12)로 해주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum cafe 임시조치 결과 안내 with ■ field layout",
    why="field layout: 대상 게시물 URL and 조치 내용 임시조치 on the next line = restricted",
    items={K[0]: "restricted"},
)

case(
    name="kakao-tistory-numbered-list",
    **{"from": "tistory-policy@kakaocorp.com"},
    date="Fri, 13 Sep 2024 11:20:00 +0900",
    subject="Re: [KCSC-240911-01] 티스토리 게시물 처리 결과",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요, 티스토리 운영팀입니다.
요청하신 게시물의 처리 결과를 안내드립니다.

1. {K[1]} - 삭제 조치 완료
2. {K[2]} - 해당 게시글은 존재하지 않습니다 (URL 오류 또는 기삭제)
3. {K[3]} - 블라인드 처리

티스토리 운영정책: https://www.tistory.com/policy/operation
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations team per-line results in a numbered list",
    why="삭제 조치 완료 = removed, 존재하지 않습니다 = not_found, 블라인드 처리 = removed; policy link not an item",
    items={K[1]: "removed", K[2]: "not_found", K[3]: "removed"},
)

case(
    name="kakao-base64-english",
    **{"from": "trust-safety@kakaocorp.com"},
    date="Sat, 14 Sep 2024 09:00:00 +0900",
    subject="Re: [KCSC-240911-01] Request for removal",
    reply_to_req="req-240911-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(
        f"""Dear Sir/Madam,

Following our review, the Tistory post at {K[1]} has been made unavailable
to all users as it violates the Kakao Operation Policy.

Kakao Trust & Safety
"""),
    outcome="applied", classification="confirmation",
    imitates="Kakao English trust & safety reply, base64-encoded body",
    why="'has been made unavailable to all users' = removed",
    items={K[1]: "removed"},
)

case(
    name="kakao-korean-no-violation",
    **{"from": "cs-policy@kakaocorp.com"},
    date="Sun, 15 Sep 2024 16:40:00 +0900",
    subject="Re: [KCSC-240911-01] 다음카페 게시물 검토 결과",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요, 카카오입니다.

요청하신 게시물 {K[0]} 을(를) 검토한 결과, 카카오 운영정책에 위반되는 사항이 확인되지 않아 별도의 조치를 하지 않았음을 알려드립니다.
추가 자료가 있으시면 회신해 주시기 바랍니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 검토 결과 '위반 사항이 확인되지 않아 조치하지 않음' reply",
    why="no violation found, no action taken = rejected; the closing invitation to send more material is courtesy, not a request for information",
    items={K[0]: "rejected"},
)

# ---------------------------------------------------------------- Reddit
case(
    name="reddit-removed-echoed-report",
    **{"from": "noreply@redditmail.com"},
    date="Fri, 13 Sep 2024 02:11:00 +0000",
    subject="Re: Your report to Reddit",
    reply_to_req="req-240912-01",
    body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content violates Reddit's Content Policy and
have removed it.

For reference, here is a copy of your report:
  Reported content: {R[0]}
  Report reason: It's illegal (KCSC-240912-01)

Thanks again for your report,
Reddit Safety
https://www.redditinc.com/policies/content-policy
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report outcome ('violates Reddit's Content Policy and have removed it') with echoed report",
    why="statement about 'the reported content' followed by the echoed report naming one post: removed",
    items={R[0]: "removed"},
)

case(
    name="reddit-no-violation-echoed",
    **{"from": "noreply@redditmail.com"},
    date="Fri, 13 Sep 2024 05:40:00 +0000",
    subject="Re: Your report to Reddit",
    reply_to_req="req-240912-01",
    body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content doesn't violate Reddit's Content Policy.

For reference, here is a copy of your report:
  Reported content: {R[1]}
  Report reason: It's illegal (KCSC-240912-01)

If you see anything else that violates our policy, please report it.
Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report outcome 'doesn't violate Reddit's Content Policy' with echoed report",
    why="no violation for the echoed reported post = rejected",
    items={R[1]: "rejected"},
)

case(
    name="reddit-geo-restricted-legal",
    **{"from": "legal@reddit.com"},
    date="Sat, 14 Sep 2024 00:30:00 +0000",
    subject="RE: KCSC-240912-01 legal request",
    reply_to_req="req-240912-01",
    body=f"""Hello,

In response to your legal request, Reddit has restricted access to the
following comment in South Korea only:

{R[2]}

The comment remains available in other countries. This action will be
reflected in our Transparency Report.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal geo-restriction notice ('restricted access ... in South Korea')",
    why="country-restricted comment = restricted",
    items={R[2]: "restricted"},
)

case(
    name="reddit-informal-admin",
    **{"from": "j.park@reddit.com"},
    date="Sat, 14 Sep 2024 03:02:00 +0000",
    subject="Re: [KCSC-240912-01] two posts in r/fakesub_kr",
    reply_to_req="req-240912-01",
    body=f"""hey - nuked both of those threads and banned the account:
{R[0]}
{R[1]}
the sub itself is under review separately.
-jp, Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Short informal reply from an individual Reddit safety admin",
    why="'nuked both of those threads' is an informal but unhedged removal of the two listed posts; the subreddit remark names no item",
    items={R[0]: "removed", R[1]: "removed"},
)

# ---------------------------------------------------------------- YouTube
case(
    name="youtube-mixed-outcomes",
    **{"from": "legal-kr@google.com"},
    date="Fri, 13 Sep 2024 08:30:00 +0000",
    subject="[0-1234000012345] Re: KCSC-240912-02",
    reply_to_req="req-240912-02",
    body=f"""Hello,

Thank you for contacting YouTube. After review, we have taken the following action:

- {Y[0]}: removed for violating YouTube's Community Guidelines
- {Y[1]}: age-restricted
- {Y3_RAW}: channel terminated

For more information about our policies, visit https://support.google.com/youtube/answer/2801973

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome list with ticket-number subject",
    why="per-line statuses; the channel handle is written raw in Korean and must match the percent-encoded item; terminated channel = removed",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="youtube-blocked-kr-and-negated",
    **{"from": "legal-kr@google.com"},
    date="Sat, 14 Sep 2024 02:00:00 +0000",
    subject="[0-1234000012399] Re: KCSC-240912-02",
    reply_to_req="req-240912-02",
    body=f"""Hello,

We have blocked the following video from view in South Korea in accordance
with local law:
{Y[0]}

We have not removed {Y[1]} because, after careful review, it does not
violate our Community Guidelines and we did not find it unlawful.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube local-law block notice with a 'not removed because' paragraph",
    why="blocked in South Korea = restricted; negated removal with a reason = rejected",
    items={Y[0]: "restricted", Y[1]: "rejected"},
)

# ---------------------------------------------------------------- MEGA
case(
    name="mega-links-disabled",
    **{"from": "abuse@mega.nz"},
    date="Fri, 13 Sep 2024 06:20:00 +0000",
    subject="Re: [KCSC-240913-01] Takedown request - ticket MEGA-TKD-552011",
    reply_to_req="req-240913-01",
    body=f"""Dear Sir/Madam,

Thank you for your notice. The following links have been disabled:

{M[0]}
{M[1]}

The account holder has been notified and may be subject to suspension under
our Terms of Service (https://mega.io/terms).

MEGA Compliance Team
Mega Limited, Auckland, New Zealand
""",
    outcome="applied", classification="confirmation",
    imitates="MEGA takedown confirmation ('The following links have been disabled')",
    why="heading statement above two bare links: both removed; the terms link is not an item",
    items={M[0]: "removed", M[1]: "removed"},
)

case(
    name="mega-url-below-statement-and-invalid",
    **{"from": "abuse@mega.nz"},
    date="Sat, 14 Sep 2024 09:00:00 +0000",
    subject="Re: [KCSC-240913-01] ticket MEGA-TKD-552011",
    reply_to_req="req-240913-01",
    body=f"""Hello,

This file has been removed for breaching our Terms of Service:
{M[0]}

We could not find the folder below; the link is invalid or the folder no longer exists:
{M[1]}

MEGA Compliance Team
""",
    outcome="applied", classification="confirmation",
    imitates="MEGA compliance reply with each statement above its link",
    why="URL on the line below its statement: file removed, folder invalid/no longer exists = not_found",
    items={M[0]: "removed", M[1]: "not_found"},
)

# ---------------------------------------------------------------- DCInside
case(
    name="dcinside-operator-short",
    **{"from": "admin@dcinside.com"},
    date="Mon, 16 Sep 2024 15:33:00 +0900",
    subject="Re: [KCSC-240916-01] 게시물 삭제 요청",
    reply_to_req="req-240916-01",
    body=f"""안녕하세요. 디시인사이드 운영자입니다.
말씀하신 글은 운영자 권한으로 삭제했습니다.
{D[0]}
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Short reply from a Korean community site operator ('운영자 권한으로 삭제')",
    why="deleted by the operator = removed",
    items={D[0]: "removed"},
)

# ---------------------------------------------------------------- Cloudflare
case(
    name="cloudflare-pages-disabled",
    **{"from": "abuse@cloudflare.com"},
    date="Tue, 17 Sep 2024 13:00:00 +0000",
    subject="Re: [KCSC-240917-01] Cloudflare abuse report",
    reply_to_req="req-240917-01",
    body=f"""Hello,

We have determined that the following content is hosted on Cloudflare Pages.
We have disabled access to it in accordance with our Supplemental Terms:

1. {C[0]}
2. {C[1]}

The website operator has been notified of this action.

Cloudflare Trust & Safety
https://www.cloudflare.com/trust-hub/abuse-approach/
""",
    outcome="applied", classification="confirmation",
    imitates="Cloudflare hosted-content (Pages) 'disabled access' reply",
    why="'disabled access' over a numbered list = removed for both; trust-hub link is not an item",
    items={C[0]: "removed", C[1]: "removed"},
)

# ================================================================ REVIEW
case(
    name="cloudflare-not-the-host",
    **{"from": "abuse@cloudflare.com"},
    date="Tue, 17 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240917-01] Cloudflare abuse report #4521776",
    reply_to_req="req-240917-01",
    body=f"""Hello,

Cloudflare is not the hosting provider for {C[0]} and {C[1]}.
We are a pass-through security and CDN provider and cannot remove material
hosted by others. We have forwarded your report to the hosting provider and
to the website owner. The hosting provider is: Example Hosting Ltd
(abuse@examplehosting.example).

Cloudflare Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare 'we are not the host, report forwarded' reply",
    why="names both items but says nothing was done to them nor that they break no rule: neither removed nor rejected; staff must decide (arguable: some would call it rejected)",
    items={},
)

case(
    name="hetzner-forwarded-future",
    **{"from": "abuse@hetzner.com"},
    date="Tue, 10 Sep 2024 09:00:00 +0200",
    subject="Re: AbuseID:7F3A21 [KCSC-240910-01]",
    reply_to_req="req-240910-01",
    body=f"""Dear Sir or Madam,

we have forwarded your complaint about {H[0]} and {H[1]} to our customer
and asked them to remove the content within 24 hours. If they fail to
respond, we will lock the server. We will inform you of the outcome.

Abuse Team
Hetzner Online GmbH
""",
    outcome="review", review="not_understood",
    imitates="Hosting abuse desk 'forwarded to customer, will lock the server' reply",
    why="future tense and conditional: nothing done yet to the named items; names items so it must not be ignored",
    items={},
)

case(
    name="naver-under-internal-review",
    **{"from": "policy@navercorp.com"},
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject="Re: [KCSC-240909-01] 검토 진행 안내",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요.
아래 게시물은 현재 내부 검토 중이며, 검토가 완료되는 대로 결과를 안내드리겠습니다.
{N[4]}
{N[5]}
네이버 정책지원팀
""",
    outcome="review", review="not_understood",
    imitates="NAVER 'currently under internal review' interim notice",
    why="under review, result to follow: names items, states no outcome",
    items={},
)

case(
    name="naver-blind-conditional",
    **{"from": "policy@navercorp.com"},
    date="Thu, 12 Sep 2024 19:00:00 +0900",
    subject="Re: [KCSC-240909-01] 처리 예정 안내",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요.
{N[6]} 게시물은 작성자에게 소명 기회를 부여하였으며, 3일 이내 소명이 없을 경우 삭제될 예정입니다.
네이버 카페 운영팀
""",
    outcome="review", review="not_understood",
    imitates="Korean portal notice of a pending deletion after the author's objection window",
    why="future, conditional deletion ('삭제될 예정'): not yet done",
    items={},
)

case(
    name="kakao-asks-official-letter",
    **{"from": "cs-policy@kakaocorp.com"},
    date="Thu, 12 Sep 2024 09:10:00 +0900",
    subject="Re: [KCSC-240911-01] 추가 자료 요청",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요, 카카오입니다.
요청하신 게시물 {K[1]} 에 대한 조치를 진행하기 위해 시정요구 공문 원본과 위반 근거 법령을 회신으로 보내주시기 바랍니다.
자료 확인 후 처리하겠습니다.
카카오 고객센터
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao request for the official letter and legal basis before acting",
    why="asks for documents before acting on the named post; nothing done",
    items={},
)

case(
    name="youtube-hedged-may-be-gone",
    **{"from": "legal-kr@google.com"},
    date="Fri, 13 Sep 2024 01:00:00 +0000",
    subject="[0-1234000012345] Re: KCSC-240912-02",
    reply_to_req="req-240912-02",
    body=f"""Hello,

It looks like {Y[0]} may already have been taken down, possibly by the uploader.
We are still checking {Y[1]} and will update you once our review is complete.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply with hedged status",
    why="'may already have been taken down, possibly by the uploader' is hedged; the second is still under review",
    items={},
)

case(
    name="reddit-lookalike-sender",
    **{"from": "safety@reddit-support.net"},
    date="Fri, 13 Sep 2024 10:00:00 +0000",
    subject="Re: [KCSC-240912-01] content removed",
    reply_to_req="req-240912-01",
    body=f"""Hello,
We have removed the following posts:
{R[0]}
{R[1]}
{R[2]}
Reddit Safety Team
""",
    outcome="review", review="unknown_sender",
    imitates="Spoofed Reddit-looking confirmation from a look-alike domain",
    why="DMARC passes for reddit-support.net, which is no platform's domain: claims must be seen, not applied",
    items={},
)

case(
    name="mega-dmarc-fail",
    **{"from": "abuse@mega.nz"},
    auth="fail",
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject="Re: [KCSC-240913-01] Takedown request",
    reply_to_req="req-240913-01",
    body=f"""Dear Sir/Madam,
The following links have been disabled:
{M[0]}
{M[1]}
MEGA Compliance Team
""",
    outcome="review", review="untrusted",
    imitates="MEGA takedown confirmation with failed DMARC",
    why="perfect confirmation but dmarc=fail for mega.nz: untrusted",
    items={},
)

case(
    name="kakao-claims-naver-items",
    **{"from": "cs-policy@kakaocorp.com"},
    date="Fri, 13 Sep 2024 15:00:00 +0900",
    subject="Re: 게시물 삭제 결과",
    body=f"""안녕하세요, 카카오입니다.
아래 게시물은 삭제 처리되었습니다.
{N[0]}
{N[1]}
카카오 고객센터
""",
    outcome="review", review="wrong_platform",
    imitates="Misdirected Korean portal reply naming another portal's posts",
    why="trusted Kakao email claims removal of NAVER items: they must stay pending",
    items={},
)

case(
    name="dcinside-unknown-gallery-manager",
    **{"from": "fakegall.manager@gallmail.example"},
    date="Mon, 16 Sep 2024 20:00:00 +0900",
    subject="Re: [KCSC-240916-01] 게시물 삭제 요청",
    reply_to_req="req-240916-01",
    body=f"""갤러리 매니저입니다. 해당 글 지웠습니다.
{D[0]}
""",
    outcome="review", review="unknown_sender",
    imitates="Informal reply from a volunteer gallery manager writing from a personal address",
    why="the writer may be genuine, but the sender is not the platform: review, not applied",
    items={},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office",
    **{"from": "hanul.kim@navercorp.com"},
    date="Tue, 10 Sep 2024 09:00:00 +0900",
    subject="[자동회신] 부재중입니다 (Re: [KCSC-240909-01])",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일로 연락 부탁드립니다.
I am out of office until 13 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply",
    why="auto-reply that says nothing about items",
    items={},
)

case(
    name="hetzner-ticket-receipt",
    **{"from": "abuse@hetzner.com"},
    date="Tue, 10 Sep 2024 04:01:00 +0200",
    subject="[AbuseID:7F3A21] Your abuse report has been received",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Dear Sir or Madam,

we have received your abuse report and created the ticket AbuseID:7F3A21.
Please quote this ID in all further correspondence. You do not need to
reply to this message.

Abuse Team
Hetzner Online GmbH
""",
    outcome="ignored",
    imitates="Hosting abuse desk automated ticket receipt",
    why="pure acknowledgement (ticket created), names no item",
    items={},
)

case(
    name="reddit-report-received",
    **{"from": "noreply@redditmail.com"},
    date="Thu, 12 Sep 2024 05:05:00 +0000",
    subject="Your report to Reddit has been received",
    reply_to_req="req-240912-01",
    body="""Hi there,

Thanks for submitting a report to the Reddit admin team. We'll review your
report and take action if it violates our Content Policy. You'll get a
message once we've reached a decision.

Reddit Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit report-received acknowledgement",
    why="acknowledgement with a future decision, names no item",
    items={},
)

case(
    name="cloudflare-use-the-form",
    **{"from": "abuse@cloudflare.com"},
    date="Tue, 17 Sep 2024 01:05:00 +0000",
    subject="Re: [KCSC-240917-01] Cloudflare abuse report",
    reply_to_req="req-240917-01",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automated response.

Cloudflare is generally unable to process abuse complaints submitted by
email. Please submit your report using our abuse form at
https://abuse.cloudflare.com/ so that it can be routed correctly.

Cloudflare Trust & Safety
""",
    outcome="ignored",
    imitates="Cloudflare automated 'please use the abuse form' response",
    why="automated reply naming no item (arguable: staff need to know the request was not processed; see NOTES)",
    items={},
)

case(
    name="dcinside-bounce",
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    date="Mon, 16 Sep 2024 09:01:00 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b61dsn"

--b61dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mx.dcinside.com said: 550 5.1.1 User unknown

--b61dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dcinside.com
Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.1.1

--b61dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC-240916-01] Request for removal
Message-ID: <req-240916-01@kcsc.example>

Please remove: {D[0]}

--b61dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the returned request",
    why="bounce: the URL is only in our own returned message",
    items={},
)

case(
    name="kakao-read-receipt",
    **{"from": "policy.staff@kakaocorp.com"},
    date="Wed, 11 Sep 2024 10:30:00 +0900",
    subject="읽음: [KCSC-240911-01] Request for removal",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b61mdn"

--b61mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 2024-09-11 10:30에 수신자가 읽었습니다.

--b61mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com
Final-Recipient: rfc822;policy.staff@kakaocorp.com
Original-Message-ID: <req-240911-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b61mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (Korean Outlook-style '읽음:')",
    why="read receipt, says nothing",
    items={},
)

# --- a few more applied, to keep the mix

case(
    name="naver-single-url-one-sentence",
    **{"from": "policy@navercorp.com"},
    date="Sun, 15 Sep 2024 12:00:00 +0900",
    subject="Re: [KCSC-240909-01]",
    reply_to_req="req-240909-01",
    body=f"""{N[13]} 해당 게시물은 카페 매니저에 의해 이미 삭제되어 확인되지 않습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="One-line Korean notice: URL and one sentence",
    why="already deleted by the cafe's manager (not the platform) and cannot be found = not_found (arguable: removed; see NOTES)",
    items={N[13]: "not_found"},
)

case(
    name="hetzner-ack-plus-statement",
    **{"from": "abuse@hetzner.com"},
    date="Wed, 11 Sep 2024 15:00:00 +0200",
    subject="Re: AbuseID:7F3A30 [KCSC-240910-01]",
    reply_to_req="req-240910-01",
    body=f"""Dear Sir or Madam,

we have received your report. The server hosting {H[2]} has been
locked by us and is no longer accessible from the internet.

Abuse Team
Hetzner Online GmbH
""",
    outcome="applied", classification="confirmation",
    imitates="Abuse desk reply opening with a receipt phrase and then stating the action",
    why="acknowledgement phrase plus an unhedged statement: server locked = removed",
    items={H[2]: "removed"},
)

case(
    name="youtube-html-table",
    **{"from": "noreply@youtube.com"},
    date="Sat, 14 Sep 2024 07:00:00 +0000",
    subject="Update on your legal request [0-1234000012400]",
    reply_to_req="req-240912-02",
    type="html",
    body=f"""<html><body><p>Hello,</p><p>Here is the outcome of your request KCSC-240912-02:</p>
<table><tr><th>Content</th><th>Outcome</th></tr>
<tr><td><a href="{Y[0]}">{Y[0]}</a></td><td>Removed</td></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>Content unavailable - video does not exist</td></tr>
<tr><td><a href="{Y[2]}">Channel</a></td><td>No action taken - no policy violation</td></tr>
</table>
<p><a href="https://support.google.com/youtube/answer/6154230">Learn about legal removals</a></p>
<p>© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p></body></html>""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal request outcome email in HTML table form with Google footer",
    why="table rows: Removed; video does not exist = not_found; no action - no policy violation = rejected (anchor text differs from href for the channel)",
    items={Y[0]: "removed", Y[1]: "not_found", Y[2]: "rejected"},
)

case(
    name="naver-grouped-sections-english",
    **{"from": "global-policy@navercorp.com"},
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    subject="Re: [KCSC-240909-01] Outcome of your request",
    reply_to_req="req-240909-01",
    body=f"""Dear KCSC,

Please find below the outcome of your request KCSC-240909-01.

Removed:
* {N[2]}
* {N[3]}

Temporarily restricted (30 days, Network Act Art. 44-2):
* {N[6]}

Not found:
* {N[12]}

No violation of our policies was found for the remaining items of the request,
which therefore remain available.

NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER English outcome letter with grouped sections",
    why="grouped bulleted sections; 'the remaining items' are not named, so they stay pending (arguable: a clerk could read rejected for the other 10; see NOTES)",
    items={N[2]: "removed", N[3]: "removed", N[6]: "restricted", N[12]: "not_found"},
)


HEADER = """# Blind set 61 (issue 11): general mix, English and Korean, many services.
# Generated by make.py; expected results written from each email's meaning
# before anything ran. See NOTES.md."""

if __name__ == "__main__":
    corpuslib.write_set(HERE, "blind61", HEADER, CASES)
