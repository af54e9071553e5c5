#!/usr/bin/env python3
"""Blind set 28 (issue 11): a general mix in English and Korean across eight
platforms. Expected results written from each email's meaning before the
reader was run. Deterministic: re-running leaves git status clean.

    python3 tests/corpus/blind28/make.py
"""
import base64
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

# ---------------------------------------------------------------- requests
Y = {n: "https://www.youtube.com/watch?v=qW28xKp0%03d" % n for n in range(1, 13)}
Y[13] = "https://www.youtube.com/shorts/qW28xKs0013"
HANDLE_RAW = "https://www.youtube.com/@한밤채널28"
Y[14] = "https://www.youtube.com/@" + quote("한밤채널28")
N = {
    1: "https://blog.naver.com/moonlit_28/223500000101",
    2: "https://blog.naver.com/moonlit_28/223500000102",
    3: "https://cafe.naver.com/b28cafe/5501",
    4: "https://cafe.naver.com/b28cafe/5502",
    5: "https://blog.naver.com/dalbit_b28/223500000105",
}
X = {n: "https://x.com/fake_b28a/status/18330000000000001%02d" % n for n in range(1, 5)}
K = {
    1: "https://v.daum.net/v/20240913000101",
    2: "https://cafe.daum.net/b28daumcafe/AbCd/101",
    3: "https://tv.kakao.com/v/448800101",
}
T = {1: "https://www.tiktok.com/@b28_dancer/video/7412000000000000101",
     2: "https://www.tiktok.com/@b28_dancer/video/7412000000000000102"}
G = {1: "https://t.me/b28_chan/311", 2: "https://t.me/b28_chan/312"}
M = {1: "https://www.instagram.com/p/C_b28XyZ01a/"}
R = {1: "https://www.reddit.com/r/b28fake/comments/1fb28aa/leaked_clip_thread/"}

REQS = [
    ("KCSC-240910-01", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", [Y[i] for i in range(1, 15)], "illegal_gambling"),
    ("KCSC-240911-01", "naver", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", list(N.values()), "defamation"),
    ("KCSC-240912-01", "x", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", list(X.values()), "deepfake_sexual_abuse"),
    ("KCSC-240913-01", "kakao", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", list(K.values()), "drug_trade"),
    ("KCSC-240914-01", "telegram", "2024-09-14T10:00:00+09:00", "2024-09-21T18:00:00+09:00", list(G.values()), "drug_trade"),
    ("KCSC-240916-01", "tiktok", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", list(T.values()), "harmful_to_minors"),
    ("KCSC-240916-02", "reddit", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00", list(R.values()), "privacy"),
    ("KCSC-240917-01", "meta", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", list(M.values()), "deepfake_sexual_abuse"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat in REQS:
        mid = "<req-%s@kcsc.example>" % ref[5:].lower()
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, ""]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


OUR_YT_QUOTE = "\n".join("> %d. %s" % (i, Y[i]) for i in range(1, 15))

CASES = []


def enc(s):
    """RFC 2047-encode non-ASCII header text, as real mailers do."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, "utf-8").encode()


def case(**kw):
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    kw["subject"] = enc(kw["subject"])
    CASES.append(kw)


# ================================================================ YouTube
case(name="yt-legal-removed-bullets", reply_to_req="req-240910-01",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     date="Wed, 11 Sep 2024 16:02:11 +0900",
     subject="Re: [KCSC-240910-01] Request for removal of content - YouTube [8-2841000028001]",
     body=f"""Hello,

Thanks for reaching out to us.

After reviewing your request, we have removed the following content from YouTube:

  * {Y[1]}
  * {Y[2]}
  * {Y[3]}

We will follow up separately on the remaining URLs in your notice.

For more information about how Google handles government requests, see
https://transparencyreport.google.com/government-removals/overview

Regards,
The Google Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google Legal Support outcome email ('we have removed the following content from YouTube' + bullet list + transparency report link)",
     why="plain heading + bulleted URLs; 'will follow up separately on the remaining URLs' must not touch the other 11 items; transparency link is not an item",
     items={Y[1]: "removed", Y[2]: "removed", Y[3]: "removed"})

case(name="yt-blocked-kr-below-bare-url", reply_to_req="req-240910-01",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     date="Thu, 12 Sep 2024 09:15:40 +0900",
     subject="Re: [KCSC-240910-01] Request for removal of content - YouTube [8-2841000028002]",
     body=f"""Hello,

We have reviewed the URLs below under local law.

{Y[4]}
Blocked from view in South Korea (KR) based on local law.

{Y[5]}
Blocked from view in South Korea (KR) based on local law.

The content remains available outside South Korea.

Regards,
The Google Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google Legal 'we have blocked the content from view on the local YouTube domain' outcome, status line below each URL",
     why="status on the line below each bare URL; 'remains available outside South Korea' is part of a geo-block, not a rejection",
     items={Y[4]: "restricted", Y[5]: "restricted"})

case(name="yt-age-restricted-one-sentence", reply_to_req="req-240910-01",
     **{"from": "noreply-legal@youtube.com"}, name_from="YouTube Legal",
     date="Thu, 12 Sep 2024 14:40:00 +0900",
     subject="YouTube: outcome of your report [KCSC-240910-01]",
     body=f"""Hi,

We've reviewed {Y[6]} and applied an age restriction to it, so it can't be seen by viewers who are signed out or under 18.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

- YouTube Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'age-restricted' policy notice wording (applied an age restriction; help article link)",
     why="age restriction = restricted; the help article link is not an item",
     items={Y[6]: "restricted"})

case(name="yt-no-violation-cg", reply_to_req="req-240910-01",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     date="Fri, 13 Sep 2024 11:21:09 +0900",
     subject="Re: [KCSC-240910-01] Request for removal of content - YouTube [8-2841000028003]",
     body=f"""Hello,

Thank you for your notice regarding the following video:
{Y[7]}

We have carefully reviewed the content and have determined that it does not violate YouTube's Community Guidelines. We will not be taking any action on this video at this time. If you believe the content is unlawful, you can submit a court order.

Community Guidelines: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Regards,
The Google Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google/YouTube 'we have decided not to take action' / 'does not violate our Community Guidelines' decision email",
     why="URL on the line below its introduction, decision in the next paragraph: rejected",
     items={Y[7]: "rejected"})

case(name="yt-html-table-three-results", reply_to_req="req-240910-01",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     date="Sat, 14 Sep 2024 10:05:33 +0900",
     subject="Re: [KCSC-240910-01] Request for removal of content - YouTube [8-2841000028004]",
     type="html",
     body=f"""<html><body>
<p>Hello,</p>
<p>Please find the outcome of our review below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action taken</th></tr>
<tr><td><a href="{Y[8]}">{Y[8]}</a></td><td>Removed globally &ndash; violates Community Guidelines</td></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Video unavailable &ndash; already deleted by the uploader before our review</td></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>No action &ndash; no policy or legal violation found</td></tr>
</table>
<p>Regards,<br>The Google Team</p>
<p style="font-size:small">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="Google Legal outcome with a URL | Action taken table (removal, 'video unavailable', no action)",
     why="HTML table: removed, already deleted by uploader (not_found), no action with reason (rejected)",
     items={Y[8]: "removed", Y[9]: "not_found", Y[10]: "rejected"})

case(name="yt-top-posted-over-outlook-quote", reply_to_req="req-240910-01",
     **{"from": "kr-legal@google.com"}, name_from="Kim Jiwoo (Google)",
     date="Sat, 14 Sep 2024 17:48:02 +0900",
     subject="RE: [KCSC-240910-01] 불법정보 시정요구",
     body=f"""Hello,

{Y[11]} has been removed for violating our policy on illegal gambling promotion. The other URLs are still with our review team.

Best,
Jiwoo Kim
Legal Specialist, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: legal-kr@google.com
Subject: [KCSC-240910-01] 불법정보 시정요구

Please remove the following 14 items:
{OUR_YT_QUOTE}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply from a Google Korea legal specialist over our quoted request (-----Original Message----- block)",
     why="only Y11 is stated; 'still with our review team' and our quoted list change nothing else",
     items={Y[11]: "removed"})

case(name="yt-under-review-may-act", reply_to_req="req-240910-01",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     date="Sun, 15 Sep 2024 08:30:00 +0900",
     subject="Re: [KCSC-240910-01] Request for removal of content - YouTube [8-2841000028005]",
     body=f"""Hello,

We're still reviewing the following URL and may take further action once our review is complete:

{Y[12]}

We appreciate your patience.

Regards,
The Google Team
""",
     outcome="review", review="not_understood",
     imitates="Google Legal interim update ('we're still reviewing ... may take further action')",
     why="names an item but states no outcome (under review, modal future): a clerk would want to see it, nothing applied",
     items={})

case(name="yt-korean-shorts-deleted", reply_to_req="req-240910-01",
     **{"from": "legal-kr@google.com"}, name_from="Google 법무지원팀",
     date="Mon, 16 Sep 2024 13:12:45 +0900",
     subject="Re: [KCSC-240910-01] 시정요구 처리 결과 회신",
     body=f"""안녕하세요, 구글 법무지원팀입니다.

방송통신심의위원회에서 요청하신 아래 콘텐츠를 검토한 결과, YouTube 커뮤니티 가이드 위반으로 확인되어 삭제 조치하였음을 알려드립니다.

- {Y[13]}

YouTube 정책 안내: https://support.google.com/youtube/answer/9288567?hl=ko

감사합니다.
Google 법무지원팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Google Korea 법무지원팀 Korean outcome reply ('검토한 결과 ... 삭제 조치하였음을 알려드립니다')",
     why="Korean removal statement followed by the item list; Korean help link not an item",
     items={Y[13]: "removed"})

case(name="yt-korean-handle-iri-terminated", reply_to_req="req-240910-01",
     **{"from": "legal-kr@google.com"}, name_from="Google 법무지원팀",
     date="Tue, 17 Sep 2024 15:01:10 +0900",
     subject="Re: [KCSC-240910-01] 채널 조치 결과",
     body=f"""안녕하세요.

요청하신 채널 {HANDLE_RAW}은 스팸, 현혹 행위 및 사기 관련 정책을 반복적으로 위반하여 YouTube에서 해지되었습니다.

감사합니다.
Google 법무지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube channel termination notice ('YouTube에서 해지되었습니다'), Korean handle written raw",
     why="raw Korean IRI followed by particle 은 must match the percent-encoded item; channel terminated = removed",
     items={Y[14]: "removed"})

case(name="yt-out-of-office", reply_to_req="req-240910-01",
     **{"from": "jiwoo.kim@google.com"}, name_from="Jiwoo Kim",
     date="Tue, 10 Sep 2024 10:00:41 +0900",
     subject="Automatic reply: [KCSC-240910-01] 불법정보 시정요구",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until Monday, 23 September with limited access to email.
For urgent legal requests please contact legal-kr@google.com.

저는 9월 23일까지 부재중입니다. 급한 용무는 legal-kr@google.com 으로 연락 주십시오.
""",
     outcome="ignored",
     imitates="Outlook 'Automatic reply' out-of-office, bilingual",
     why="out-of-office auto-reply naming our reference: ignored, nothing changes",
     items={})

case(name="yt-csv-attachment", reply_to_req="req-240910-01",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     date="Wed, 18 Sep 2024 09:00:00 +0900",
     subject="Re: [KCSC-240910-01] Request for removal of content - YouTube [8-2841000028006]",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b28csv"

--b28csv
Content-Type: text/plain; charset=utf-8

Hello,

The outcome for each URL in your request is in the attached file.

Regards,
The Google Team

--b28csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240910-01_results.csv"
Content-Transfer-Encoding: base64

{b64("URL,Outcome,Notes" + chr(10) + Y[1] + ",Removed,Community Guidelines" + chr(10) + Y[2] + ",Blocked in KR,Local law" + chr(10) + Y[3] + ",No action,No violation found" + chr(10))}
--b28csv--
""",
     outcome="applied", classification="confirmation",
     imitates="Google bulk legal outcome with a per-URL results CSV attachment",
     why="base64 CSV attachment URL,Outcome: removed / restricted / rejected",
     items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"})

case(name="yt-multipart-alt-disabled", reply_to_req="req-240910-01",
     **{"from": "noreply-legal@youtube.com"}, name_from="YouTube Legal",
     date="Wed, 18 Sep 2024 11:30:00 +0900",
     subject="YouTube: action taken on reported content",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="b28alt"

--b28alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp("Hi," + chr(10) + chr(10) + "Following your report, the video " + Y[5] + " has been disabled and is no longer available on YouTube." + chr(10) + chr(10) + "- YouTube Trust & Safety" + chr(10))}
--b28alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp("<p>Hi,</p><p>Following your report, the video <a href=" + chr(34) + Y[5] + chr(34) + ">" + Y[5] + "</a> has been disabled and is no longer available on YouTube.</p><p>- YouTube Trust &amp; Safety</p>")}
--b28alt--
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube notification email, multipart/alternative quoted-printable ('has been disabled')",
     why="same statement in both alternatives, quoted-printable: removed once",
     items={Y[5]: "removed"})

case(name="yt-relative-clause-hedge", reply_to_req="req-240910-01",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     date="Thu, 19 Sep 2024 10:10:10 +0900",
     subject="Re: [KCSC-240910-01] Request for removal of content - YouTube [8-2841000028007]",
     body=f"""Hello,

The video at {Y[6]}, which may have been re-uploaded from a channel we terminated earlier, has been taken down.

Regards,
The Google Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google Legal short outcome with an aside about the video's history",
     why="the hedge 'may have been' is in a relative clause about the past; the main clause states a takedown",
     items={Y[6]: "removed"})

# ================================================================ NAVER
case(name="naver-imsi-jochi", reply_to_req="req-240911-01",
     **{"from": "policy@navercorp.com"}, name_from="네이버 고객센터",
     date="Thu, 12 Sep 2024 11:00:00 +0900",
     subject="[네이버] 게시중단(임시조치) 요청 처리 결과 안내 (KCSC-240911-01)",
     body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라 30일간 임시조치(게시중단) 하였습니다.

■ 대상 게시물
{N[1]}

■ 임시조치 기간: 2024.09.12 ~ 2024.10.11
임시조치 기간 중 게시자의 재게시 요청이 없으면 게시물은 삭제됩니다.

권리침해 신고 안내: https://help.naver.com/service/5645/contents/19046

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단(임시조치) 요청 처리 결과 안내 (제44조의2, 30일, ■ 대상 게시물)",
     why="임시조치 = restricted; the conditional later deletion is future and does not make it removed; help link not an item",
     items={N[1]: "restricted"})

case(name="naver-kcsc-result-table", reply_to_req="req-240911-01",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
     date="Fri, 13 Sep 2024 16:20:00 +0900",
     subject="Re: [KCSC-240911-01] 시정요구 조치결과 회신",
     body=f"""방송통신심의위원회 귀중

귀 위원회의 시정요구(KCSC-240911-01)에 대한 조치결과를 아래와 같이 회신합니다.

| 번호 | URL | 조치결과 | 조치일 |
|---|---|---|---|
| 1 | {N[2]} | 삭제 | 2024-09-13 |
| 2 | {N[3]} | 게시물 없음(작성자 삭제) | - |

끝.

네이버 주식회사 정책지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 공문 with a 번호|URL|조치결과|조치일 table",
     why="삭제 = removed; 게시물 없음(작성자 삭제) = not_found",
     items={N[2]: "removed", N[3]: "not_found"})

case(name="naver-cafe-blind", reply_to_req="req-240911-01",
     **{"from": "cafe_help@naver.com"}, name_from="네이버 카페",
     date="Sat, 14 Sep 2024 09:45:00 +0900",
     subject="[네이버 카페] 신고하신 게시글 처리 안내",
     body=f"""안녕하세요, 네이버 카페입니다.

신고하신 게시글
{N[4]}
은(는) 카페 운영정책 위반으로 확인되어 블라인드 처리되었습니다.

카페 운영정책: https://section.cafe.naver.com/ca-fe/home/policy

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 카페 신고 처리 안내 ('운영정책 위반으로 블라인드 처리되었습니다')",
     why="URL on its own line inside the sentence; 블라인드 = removed per issue 11; policy link not an item",
     items={N[4]: "removed"})

case(name="naver-asks-supporting-docs", reply_to_req="req-240911-01",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
     date="Sat, 14 Sep 2024 14:00:00 +0900",
     subject="Re: [KCSC-240911-01] 추가 자료 요청",
     body=f"""안녕하세요.

요청하신 게시물 {N[5]} 에 대해 명예훼손 여부를 판단하기 위하여, 피해 당사자 확인 자료 및 심의 의결서 사본을 추가로 제출해 주시기 바랍니다.
자료가 접수되면 검토 후 조치 여부를 회신드리겠습니다.

네이버 정책지원팀
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER 권리침해 신고 보완 요청 (소명 자료 추가 제출 요청)",
     why="asks for documents before deciding; nothing decided about N5",
     items={})

case(name="naver-report-received", reply_to_req="req-240911-01",
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
     date="Wed, 11 Sep 2024 10:02:00 +0900",
     subject="[네이버] 신고 접수 완료 안내",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요. 네이버 고객센터입니다.

고객님의 신고가 정상적으로 접수되었습니다.
접수번호: 20240911-0028417

담당자가 확인 후 순차적으로 처리하여 결과를 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
     outcome="ignored",
     imitates="NAVER 고객센터 접수 완료 자동 메일 (접수번호, 발신 전용)",
     why="pure receipt naming no item: ignored",
     items={})

case(name="naver-base64-html-two", reply_to_req="req-240911-01",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
     date="Tue, 17 Sep 2024 10:30:00 +0900",
     subject="[네이버] 조치 결과 안내",
     raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64("<html><body><p>안녕하세요.</p><p>요청하신 게시물의 처리 결과입니다.</p><ol><li>" + N[1] + " : 게시물 삭제 완료</li><li>" + N[2] + " : 임시조치(접근 제한) 완료</li></ol><p>네이버 정책지원팀</p></body></html>")}""",
     outcome="applied", classification="confirmation",
     imitates="NAVER HTML notice, base64 body, numbered list 'URL : 조치'",
     why="base64 HTML ordered list: 삭제 완료 = removed, 임시조치(접근 제한) = restricted",
     items={N[1]: "removed", N[2]: "restricted"})

case(name="naver-rejected-particle", reply_to_req="req-240911-01",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
     date="Wed, 18 Sep 2024 15:15:00 +0900",
     subject="Re: [KCSC-240911-01] 시정요구 검토 결과",
     body=f"""안녕하세요.

{N[3]}에 대해서는 검토 결과 서비스 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시중단 요청을 수용하지 않았습니다.
게시물은 현재 유지되고 있습니다.

네이버 정책지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청 불수용 안내 ('위반 사항이 확인되지 않아 … 수용하지 않았습니다')",
     why="URL followed by particle 에; negated action with a reason = rejected",
     items={N[3]: "rejected"})

# ================================================================ X
case(name="x-withheld-kr", reply_to_req="req-240912-01",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Thu, 12 Sep 2024 22:10:00 +0900",
     subject="Re: [KCSC-240912-01] Legal request - Case 0028-4471",
     body=f"""Hello,

In response to your request, X has withheld access to the following content in the Republic of Korea:

{X[1]}
{X[2]}

Learn more about our country withheld content policy: https://help.x.com/en/rules-and-policies/post-withheld-by-country

The affected users have been notified.

Thanks,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal request reply / Country Withheld Content notice ('withheld in the Republic of Korea' + CWC help link)",
     why="heading sentence then bare URLs: restricted; help link not an item",
     items={X[1]: "restricted", X[2]: "restricted"})

case(name="x-no-violation-and-cannot-locate", reply_to_req="req-240912-01",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Fri, 13 Sep 2024 03:40:00 +0900",
     subject="Re: [KCSC-240912-01] Legal request - Case 0028-4472",
     body=f"""Hello,

We have reviewed your report.

- {X[3]}: after careful review, we have determined that this post does not violate the X Rules or applicable local law, and we will not be taking action.
- {X[4]}: we were unable to locate this post. It may have been deleted by the account holder.

Thanks,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X support 'not in violation of the X Rules' and 'unable to locate' replies, bulleted",
     why="one bullet rejected; the other not_found (the 'may have been deleted' guess does not hedge 'unable to locate')",
     items={X[3]: "rejected", X[4]: "not_found"})

case(name="x-dmarc-fail-spoof", reply_to_req="req-240912-01", auth="fail",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Fri, 13 Sep 2024 08:00:00 +0900",
     subject="Re: [KCSC-240912-01] Legal request - all items removed",
     body=f"""Hello,

All four posts in your request have been removed:
{X[1]}
{X[2]}
{X[3]}
{X[4]}

Thanks,
X Legal
""",
     outcome="review", review="untrusted",
     imitates="X legal removal confirmation, but DMARC fails (spoof)",
     why="perfect confirmation with dmarc=fail: review untrusted, nothing applied",
     items={})

case(name="x-ack-plus-statement", reply_to_req="req-240912-01",
     **{"from": "support@x.com"}, name_from="X Support",
     date="Sat, 14 Sep 2024 12:00:00 +0900",
     subject="Re: [KCSC-240912-01] Your report [ref:_00D0028x.5004471:ref]",
     body=f"""Hello,

Thank you for your report, we have received it and appreciate you reaching out.

We have reviewed the reported post and removed it for violating our non-consensual nudity policy:
{X[3]}

If you have further concerns, you may reply to this email.

X Support
[ref:_00D0028x.5004471:ref]
""",
     outcome="applied", classification="confirmation",
     imitates="X Support ticket reply (Salesforce ref tag) that opens with a receipt phrase then states a removal",
     why="acknowledgement phrase plus an unhedged removal of the reported post listed below: applied",
     items={X[3]: "removed"})

case(name="x-ticket-received", reply_to_req="req-240912-01",
     **{"from": "support@x.com"}, name_from="X Support",
     date="Thu, 12 Sep 2024 10:01:30 +0900",
     subject="Re: [KCSC-240912-01] Case # 0028-4471 received",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""Hello,

We've received your report and a case has been created (Case # 0028-4471).
Our team will review it and get back to you. Please don't reply to this automated message.

X Support
""",
     outcome="ignored",
     imitates="X Support automated case-created receipt",
     why="pure ticket receipt, no item: ignored",
     items={})

# ================================================================ Kakao / Daum
case(name="kakao-suspended-and-gone", reply_to_req="req-240913-01",
     **{"from": "report@kakaocorp.com"}, name_from="카카오 고객센터",
     date="Fri, 13 Sep 2024 17:30:00 +0900",
     subject="[카카오] 시정요구 처리 결과 안내 (KCSC-240913-01)",
     body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 건에 대한 처리 결과를 안내드립니다.

1) {K[1]}
 → 게시중단 조치 완료

2) {K[2]}
 → 해당 게시물은 이미 삭제되어 확인되지 않습니다.

운영정책 안내: https://www.kakao.com/policy/oppolicy

감사합니다.
(주)카카오
""",
     outcome="applied", classification="confirmation",
     imitates="카카오 고객센터 처리 결과 안내, numbered items with the result on the next line",
     why="게시중단 = removed; 이미 삭제되어 확인되지 않음 = not_found; K3 unmentioned stays pending",
     items={K[1]: "removed", K[2]: "not_found"})

case(name="kakao-will-act-later", reply_to_req="req-240913-01",
     **{"from": "report@kakaocorp.com"}, name_from="카카오 고객센터",
     date="Sat, 14 Sep 2024 11:10:00 +0900",
     subject="Re: [KCSC-240913-01] 진행 상황 안내",
     body=f"""안녕하세요.

{K[3]} 영상은 현재 내부 검토 중이며, 검토가 끝나는 대로 조치할 예정입니다.

카카오 고객센터
""",
     outcome="review", review="not_understood",
     imitates="카카오 진행 상황 안내 ('검토 중이며 … 조치할 예정입니다')",
     why="future tense / under review naming an item: review, nothing applied",
     items={})

case(name="kakao-lookalike-sender", reply_to_req="req-240913-01",
     **{"from": "report@kakaocorp-support.com"}, name_from="카카오 고객센터",
     date="Sat, 14 Sep 2024 20:00:00 +0900",
     subject="[카카오] 시정요구 처리 결과 안내 (KCSC-240913-01)",
     body=f"""안녕하세요, 카카오 고객센터입니다.

아래 게시물을 모두 삭제하였습니다.
{K[1]}
{K[2]}
{K[3]}

(주)카카오
""",
     outcome="review", review="unknown_sender",
     imitates="카카오 처리 결과 안내 from a look-alike domain (DMARC passes for the look-alike itself)",
     why="sender domain is not Kakao's: unknown_sender, nothing applied",
     items={})

case(name="daum-korean-ooo", reply_to_req="req-240913-01",
     **{"from": "minji.park@daum.net"}, name_from="박민지",
     date="Fri, 13 Sep 2024 10:00:20 +0900",
     subject="[자동응답] [KCSC-240913-01] 불법정보 시정요구",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""안녕하세요. 박민지입니다.
9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
연휴 이후 순차적으로 회신드리겠습니다.
""",
     outcome="ignored",
     imitates="Korean 부재중 자동응답 (추석 연휴)",
     why="auto-reply: ignored",
     items={})

# ================================================================ Telegram
case(name="tg-blocked-one-line", reply_to_req="req-240914-01",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Sat, 14 Sep 2024 19:00:00 +0900",
     subject="Re: [KCSC-240914-01] Illegal drug sales channel",
     body=f"""Hello,

Thanks, the content at {G[1]} has been blocked.

> On Sat, Sep 14, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove the following messages (KCSC-240914-01):
> {G[1]}
> {G[2]}
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk one-line reply over the quoted request ('On ... wrote:' block)",
     why="one-line notice; G2 only in our quoted text stays pending",
     items={G[1]: "removed"})

case(name="tg-qp-taken-down", reply_to_req="req-240914-01",
     **{"from": "dsa@telegram.org"}, name_from="Telegram",
     date="Sun, 15 Sep 2024 02:15:00 +0900",
     subject="Re: [KCSC-240914-01] Illegal drug sales channel",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp("Hello," + chr(10) + chr(10) + "The message " + G[2] + " violated Telegram's Terms of Service and was taken down. The channel owner can no longer post it." + chr(10) + chr(10) + "Telegram Moderation — Case #2840028" + chr(10))}""",
     outcome="applied", classification="confirmation",
     imitates="Telegram moderation reply, quoted-printable body with a case number",
     why="quoted-printable body; 'was taken down' = removed",
     items={G[2]: "removed"})

# ================================================================ TikTok
case(name="tiktok-removed-echoed-report", reply_to_req="req-240916-01",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok",
     date="Mon, 16 Sep 2024 18:00:00 +0900",
     subject="TikTok: Update on your report",
     body=f"""Hi,

Thanks for your report. We've reviewed the content you reported and removed it for violating our Community Guidelines.

Your report:
Report ID: 7412800280
Reported content: {T[1]}
Reason: Youth safety
Submitted: 2024-09-16

Learn more about our Community Guidelines: https://www.tiktok.com/community-guidelines

TikTok Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok report outcome notice ('We've reviewed ... and removed it') with the echoed report below",
     why="statement about 'the content you reported' followed by the echoed report naming T1",
     items={T[1]: "removed"})

case(name="tiktok-restricted-region", reply_to_req="req-240916-01",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     date="Tue, 17 Sep 2024 09:20:00 +0900",
     subject="Re: [KCSC-240916-01] Government request",
     body=f"""Hello,

Following a review under local law, the video below has been restricted in your region (South Korea). It remains visible in other regions.
{T[2]}

TikTok Legal
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok 'content restricted in your region' local-law outcome; URL on the line below its statement",
     why="URL on the line below the statement: restricted",
     items={T[2]: "restricted"})

case(name="tiktok-asks-court-order", reply_to_req="req-240916-01",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     date="Wed, 18 Sep 2024 10:00:00 +0900",
     subject="Re: [KCSC-240916-01] Additional information required",
     body=f"""Hello,

To proceed with your request concerning {T[1]}, please provide the specific provision of Korean law the content violates and a copy of the Commission's decision.

We are unable to take action until we receive this information.

TikTok Legal
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="TikTok law-enforcement/government request 'additional information required' reply",
     why="'unable to take action until we receive' is a request for information, not a rejection",
     items={})

case(name="tiktok-bounce-dsn", reply_to_req="req-240916-01",
     **{"from": "MAILER-DAEMON@tiktok.com"}, name_from="Mail Delivery System",
     date="Mon, 16 Sep 2024 10:00:05 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b28dsn"

--b28dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: mailbox full

--b28dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.tiktok.com
Arrival-Date: Mon, 16 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--b28dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC-240916-01] Harmful content
Message-ID: <req-240916-01@kcsc.example>

--b28dsn--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (multipart/report delivery-status) for our request",
     why="bounce of our request: ignored",
     items={})

# ================================================================ Meta
case(name="meta-didnt-remove-below-url", reply_to_req="req-240917-01",
     **{"from": "support@instagram.com"}, name_from="Instagram",
     date="Tue, 17 Sep 2024 20:00:00 +0900",
     subject="Update on your report",
     body=f"""Hi,

Post: {M[1]}
We didn't remove this post because it doesn't go against our Community Guidelines.

We understand this may be disappointing. You can read our Community Guidelines at https://help.instagram.com/477434105621119

The Instagram Team
""",
     outcome="applied", classification="confirmation",
     imitates="Instagram support-inbox outcome 'We didn't remove this post because it doesn't go against our Community Guidelines' below a labelled URL",
     why="negated removal with a reason = rejected (not removed); help link not an item",
     items={M[1]: "rejected"})

case(name="meta-restricted-kr", reply_to_req="req-240917-01",
     **{"from": "records@fb.com"}, name_from="Meta Content Restrictions",
     date="Wed, 18 Sep 2024 07:30:00 +0900",
     subject="Re: [KCSC-240917-01] Content restriction request",
     body=f"""Hello,

Following a legal review, we have restricted access to the following content in South Korea based on local law:

{M[1]}

For more information about content restrictions based on local law, please see https://transparency.meta.com/reports/content-restrictions/

Meta Platforms, Inc.
""",
     outcome="applied", classification="confirmation",
     imitates="Meta 'legal restriction on access to content' outcome ('restricted access ... based on local law')",
     why="geo restriction = restricted; transparency link not an item",
     items={M[1]: "restricted"})

case(name="meta-read-receipt", reply_to_req="req-240917-01",
     **{"from": "records@fb.com"}, name_from="Meta Records",
     date="Tue, 17 Sep 2024 10:05:00 +0900",
     subject="Read: [KCSC-240917-01] Content restriction request",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b28mdn"

--b28mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: records@fb.com
  Subject: [KCSC-240917-01] Content restriction request
  Sent: Tuesday, September 17, 2024 10:00 AM (UTC+09:00)

was read on Tuesday, September 17, 2024 10:05 AM (UTC+09:00).

--b28mdn
Content-Type: message/disposition-notification

Reporting-UA: records@fb.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;records@fb.com
Original-Message-ID: <req-240917-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b28mdn--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN, disposition-notification)",
     why="read receipt: ignored",
     items={})

case(name="meta-about-x-item", **{"from": "records@fb.com"}, name_from="Meta Records",
     date="Thu, 19 Sep 2024 09:00:00 +0900",
     subject="Re: content you reported",
     body=f"""Hello,

We have removed the following content that was shared across our services:
{X[2]}

Meta Platforms, Inc.
""",
     outcome="review", review="wrong_platform",
     imitates="Meta outcome note naming another platform's URL",
     why="a trusted Meta sender states a removal of an X item: Meta cannot remove X posts; review, nothing applied",
     items={})

# ================================================================ Reddit
case(name="reddit-safety-removed", reply_to_req="req-240916-02",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Tue, 17 Sep 2024 04:00:00 +0900",
     subject="Re: [KCSC-240916-02] Removal request",
     body=f"""Hi there,

Thanks for reaching out. After review, the post below was removed by Reddit's Safety team for violating Rule 3 of our Content Policy (involuntary sharing of personal information).

{R[1]}

Reddit Content Policy: https://www.redditinc.com/policies/content-policy
Also see https://www.reddit.com/r/b28fake/about/rules for the community's own rules.

Reddit Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit Safety/legal outcome ('removed by Reddit's Safety team for violating Rule 3 of our Content Policy')",
     why="statement then bare URL below; policy and subreddit rules links are not items",
     items={R[1]: "removed"})

case(name="reddit-mod-from-gmail", reply_to_req="req-240916-02",
     **{"from": "b28fake.mod@gmail.com"}, name_from="b28fake mod team",
     date="Wed, 18 Sep 2024 23:00:00 +0900",
     subject="Re: [KCSC-240916-02] Removal request",
     body=f"""Hi, I'm one of the moderators of r/b28fake. I removed this thread yesterday:
{R[1]}
Sorry about that.
""",
     outcome="review", review="unknown_sender",
     imitates="subreddit moderator replying from a personal address",
     why="unknown sender naming our item: must be seen, nothing applied",
     items={})

HEADER = """# Blind set 28 (issue 11): general mix, English and Korean, eight platforms.
# Written from each email's meaning before the reader was run. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    write_set(HERE, "blind28", HEADER, CASES)
