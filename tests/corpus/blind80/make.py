#!/usr/bin/env python3
"""Blind set 80 (issue 11): a general mix in English and Korean, many platforms.

Written without reading the reader or any other set. Expected results come
from each email's meaning, written here before anything was run.
Deterministic: `python3 tests/corpus/blind80/make.py` rewrites cases/,
expected.toml and requests.csv.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

# ---------------------------------------------------------------- requests
YT = [f"https://www.youtube.com/watch?v=Qm7TzR1aB0{i}" for i in range(1, 9)] + [
    "https://www.youtube.com/shorts/Hs2VbN6cK30",
    "https://www.youtube.com/shorts/Hs2VbN6cK31",
    "https://youtu.be/Pk3Wn8xLs12",
    "https://www.youtube.com/@가짜정보방송",
    "https://www.youtube.com/watch?v=Zr9XyW4vT55",
    "https://www.youtube.com/watch?v=Zr9XyW4vT56",
]
NV = [
    "https://blog.naver.com/fake_writer77/223560000101",
    "https://blog.naver.com/fake_writer77/223560000102",
    "https://cafe.naver.com/heukmaeul/8812",
    "https://cafe.naver.com/heukmaeul/8813",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60211&docId=470000123",
]
XX = [
    "https://x.com/fk_account1/status/1832000000000000011",
    "https://x.com/fk_account1/status/1832000000000000012",
    "https://x.com/nope_trader/status/1832000000000000013",
    "https://x.com/nope_trader/status/1832000000000000014",
]
KK = [
    "https://cafe.daum.net/fakeclub/Kx9p/1201",
    "https://cafe.daum.net/fakeclub/Kx9p/1202",
    "https://fakediary.tistory.com/314",
]
TT = [
    "https://www.tiktok.com/@fake.dancer9/video/7412000000000000101",
    "https://www.tiktok.com/@fake.dancer9/video/7412000000000000102",
]
TG = ["https://t.me/fake_deals_kr/4471"]
MT = [
    "https://www.instagram.com/p/C_fAk3P0st1/",
    "https://www.facebook.com/fakepage.kr/posts/pfbid0FakeA1b2C3d4E5",
]
RD = ["https://www.reddit.com/r/fakekorea/comments/1fk0abc/fake_title_here/"]

REQUESTS = [
    ("KCSC-240910-01", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", YT, "disinformation"),
    ("KCSC-240911-02", "naver", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00", NV, "defamation"),
    ("KCSC-240912-03", "x", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", XX, "illegal_trade"),
    ("KCSC-240913-04", "kakao", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", KK, "obscenity"),
    ("KCSC-240913-05", "tiktok", "2024-09-13T14:00:00+09:00", "2024-09-20T18:00:00+09:00", TT, "harmful_to_minors"),
    ("KCSC-240916-06", "telegram", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", TG, "illegal_trade"),
    ("KCSC-240916-07", "meta", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00", MT, "gambling"),
    ("KCSC-240917-08", "reddit", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00", RD, "defamation"),
]


def req_mid(ref):
    _, d, n = ref.split("-")
    return f"req-{d}-{n}"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{req_mid(ref)}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted(urls, ref, when):
    lines = [f"> Dear Sir or Madam,", ">",
             f"> Under reference {ref} the Korea Communications Standards Commission",
             "> requests the removal of the following content:", ">"]
    lines += [f"> {i}. {u}" for i, u in enumerate(urls, 1)]
    lines += [">", "> KCSC Takedown Desk"]
    return f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + "\n".join(lines)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def pct(u):
    from urllib.parse import quote
    return quote(u, safe=":/?&=@._-%~")


CASES = []


def case(**kw):
    CASES.append(kw)


R_YT, R_NV, R_X, R_KK, R_TT, R_TG, R_MT, R_RD = (r[0] for r in REQUESTS)

# ================================================================ APPLIED
case(name="yt-legal-outcome-html-table", reply_to_req=req_mid(R_YT),
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
     date="Thu, 12 Sep 2024 03:14:22 +0000",
     subject=f"[5-4411000037211] Your legal removal request - {R_YT}",
     type="html",
     body=f"""<html><body style="font-family:Roboto,Arial">
<p>Hello,</p>
<p>Thank you for contacting Google regarding your request ({R_YT}). We have completed our review of the URLs you listed. The outcome for each URL is shown below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{YT[0]}</td><td>Removed for violating YouTube Community Guidelines</td></tr>
<tr><td>{YT[1]}</td><td>Removed for violating YouTube Community Guidelines</td></tr>
<tr><td>{YT[2]}</td><td>Removed for violating YouTube Community Guidelines</td></tr>
<tr><td>{YT[3]}</td><td>Blocked from view in South Korea (local law)</td></tr>
<tr><td>{YT[4]}</td><td>Blocked from view in South Korea (local law)</td></tr>
<tr><td>{YT[5]}</td><td>No action taken - the content does not violate our policies or local law</td></tr>
</table>
<p>To learn more about how we handle government requests, see <a href="https://support.google.com/legal/answer/3110420">https://support.google.com/legal/answer/3110420</a>.</p>
<p>Regards,<br>The Google Legal Team</p>
<p style="font-size:10px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={YT[0]: "removed", YT[1]: "removed", YT[2]: "removed", YT[3]: "restricted",
            YT[4]: "restricted", YT[5]: "rejected"},
     imitates="Google legal removal request outcome email (per-URL outcome table, support.google.com/legal link, legal footer)",
     why="HTML-only table: each row states the outcome for its URL; the support link is not an item.")

case(name="yt-status-below-bare-url-top-posted", reply_to_req=req_mid(R_YT),
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal (KR)",
     date="Fri, 13 Sep 2024 06:02:10 +0000",
     subject=f"Re: {R_YT} removal request",
     body=f"""Hello KCSC team,

Update on two of the remaining URLs from your request:

{YT[6]}
We reviewed this video and removed it from YouTube for violating our spam and deceptive practices policy.

{YT[7]}
Access to this video has been restricted for viewers in Korea in accordance with local law.

Best,
YouTube Legal Support

{quoted(YT, R_YT, "Tue, Sep 10, 2024 at 10:00 AM")}
""",
     outcome="applied", classification="confirmation",
     items={YT[6]: "removed", YT[7]: "restricted"},
     imitates="YouTube legal support reply with the decision on the line(s) below each bare URL, top-posted over the quoted request",
     why="Statements sit below their bare URLs; the quoted list of all 14 items is our own text and must not give any status.")

case(name="yt-shorts-age-restricted-and-removed", reply_to_req=req_mid(R_YT),
     **{"from": "youtube-legal@youtube.com"}, name_from="YouTube",
     date="Sat, 14 Sep 2024 01:40:00 +0000",
     subject=f"Outcome of your report {R_YT} (Shorts)",
     body=f"""Hi there,

We reviewed the Shorts you flagged under {R_YT}.

- {YT[8]} : we've age-restricted this Short. It's no longer visible to viewers who are signed out or under 18.
- {YT[9]} : this Short has been removed for violating our Community Guidelines.

You can read more about age restrictions here: https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
     outcome="applied", classification="confirmation",
     items={YT[8]: "restricted", YT[9]: "removed"},
     imitates="YouTube age-restriction notice ('We've age-restricted your content') and Community Guidelines removal notice, as a bulleted list",
     why="Age restriction is a restriction; the help link is not an item.")

_csv_att = (
    "url,decision,notes\n"
    f"{YT[10]},removed,Community Guidelines - harmful or dangerous\n"
    f"{YT[12]},not found,Video unavailable / invalid ID\n"
    f"{YT[13]},no action,No policy violation identified\n"
)
case(name="yt-csv-attachment", reply_to_req=req_mid(R_YT),
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
     date="Mon, 16 Sep 2024 08:11:45 +0000",
     subject=f"[5-4411000037211] Results for {R_YT} (batch 3)",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b80csv"

--=_b80csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for three further URLs of your request {R_YT}.
Each row of the attached file gives the URL and our decision.

Regards,
Google Legal Team

--=_b80csv
Content-Type: text/csv; charset=utf-8; name="{R_YT}-batch3.csv"
Content-Disposition: attachment; filename="{R_YT}-batch3.csv"
Content-Transfer-Encoding: base64

{b64(_csv_att)}
--=_b80csv--
""",
     outcome="applied", classification="confirmation",
     items={YT[10]: "removed", YT[12]: "not_found", YT[13]: "rejected"},
     imitates="Google legal bulk outcome with a CSV of URL/decision rows (as sent for large legal requests)",
     why="The CSV states a decision per URL: removed, not found (video unavailable / invalid ID), no action (no violation) = rejected.")

case(name="yt-korean-handle-restricted", reply_to_req=req_mid(R_YT),
     **{"from": "legal-kr@google.com"}, name_from="구글코리아 법무지원팀",
     date="Tue, 17 Sep 2024 02:30:00 +0000",
     subject=f"[회신] {R_YT} 시정요구 조치 결과",
     body=f"""안녕하세요, 방송통신심의위원회 담당자님.

귀 위원회의 시정요구({R_YT})와 관련하여 아래 채널에 대한 조치 결과를 알려드립니다.

대상: {pct(YT[11])}
조치: 대한민국 내 접근 제한 (현지 법률에 따른 차단)

다른 URL에 대한 결과는 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
구글코리아 법무지원팀
""",
     outcome="applied", classification="confirmation",
     items={YT[11]: "restricted"},
     imitates="Google Korea reply to a KCSC 시정요구 (대상/조치 layout, 국내 접근 제한)",
     why="Percent-encoded Korean handle must match the raw item; 접근 제한 = restricted. The sentence about other URLs is future but names none.")

case(name="yt-one-line-notice", reply_to_req=req_mid(R_YT),
     **{"from": "youtube-legal@youtube.com"}, name_from="YouTube",
     date="Wed, 18 Sep 2024 05:00:00 +0000",
     subject=f"Re: {R_YT}",
     body=f"""{YT[12]} - removed for violating our harassment and cyberbullying policy.

YouTube Trust & Safety
""",
     outcome="applied", classification="confirmation",
     items={YT[12]: "removed"},
     imitates="terse one-line abuse-desk outcome (URL plus one sentence)",
     why="A notice that is only a URL and one sentence; removal is unhedged.")

case(name="yt-thread-two-quote-levels", reply_to_req=req_mid(R_YT),
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal (KR)",
     date="Thu, 19 Sep 2024 01:20:00 +0000",
     subject=f"Re: Re: Reminder: {R_YT}",
     extra_headers=["X-KCSC-Thread: <rem-240917-01-1@kcsc.example>"],
     body=f"""Hello again,

Following up on the thread below: the video {YT[6]} is now blocked in South Korea.

Kind regards,
YouTube Legal Support

On Wed, Sep 18, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal,
> This is a reminder about {R_YT}. The following items are still open:
> {YT[6]}
> {YT[7]}
>
> On Thu, Sep 12, 2024 YouTube Legal Support <legal-kr@google.com> wrote:
>> We are still reviewing {YT[6]} and {YT[7]} and will update you.
""",
     outcome="applied", classification="confirmation",
     items={YT[6]: "restricted"},
     imitates="Gmail-style thread with two quote levels (our reminder quoting the platform's earlier reply)",
     why="Only the unquoted sentence counts: B07 restricted. Our quoted reminder and the second-level quote of the platform's earlier 'still reviewing' give nothing; B08 stays pending.")

case(name="naver-imsijochi-blog", reply_to_req=req_mid(R_NV),
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
     date="Thu, 12 Sep 2024 07:00:00 +0000",
     subject=f"[NAVER] 게시물 임시조치 안내 ({R_NV})",
     body=f"""방송통신심의위원회 귀중

안녕하세요. 네이버 정책지원 담당자입니다.
귀 위원회에서 요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라 아래와 같이 임시조치(30일)하였음을 알려드립니다.

1. {NV[0]}
2. {NV[1]}

임시조치된 게시물은 조치 기간 동안 게시자를 제외한 이용자에게 노출되지 않습니다.
게시중단 관련 안내: https://inoti.naver.com/inoti/main.nhn

네이버 주식회사 드림
""",
     outcome="applied", classification="confirmation",
     items={NV[0]: "restricted", NV[1]: "restricted"},
     imitates="NAVER 게시중단요청서비스 임시조치(30일) notice under 정보통신망법 제44조의2",
     why="임시조치 is the temporary measure: restricted per issue 11. The inoti link is not an item.")

case(name="naver-cafe-html-table-deleted-and-gone", reply_to_req=req_mid(R_NV),
     **{"from": "cafe_admin@naver.com"}, name_from="네이버 카페 운영팀",
     date="Fri, 13 Sep 2024 02:45:00 +0000",
     subject=f"[회신] 시정요구 조치결과 통보 - {R_NV}",
     type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 {R_NV} 관련 카페 게시물의 처리 결과를 아래 표와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>처리결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV[2]}</td><td>삭제</td><td>운영원칙 위반</td></tr>
<tr><td>2</td><td>{NV[3]}</td><td>게시물 없음</td><td>작성자가 이미 삭제함</td></tr>
</table>
<p>문의: 네이버 고객센터 https://help.naver.com</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={NV[2]: "removed", NV[3]: "not_found"},
     imitates="KCSC 시정요구 조치결과 회신 table as Korean portals send it (번호/URL/처리결과/비고)",
     why="삭제 = removed; 게시물 없음 (already deleted by its author) = not_found, not removed by the platform.")

case(name="naver-kin-no-violation-qp", reply_to_req=req_mid(R_NV),
     **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN",
     date="Sat, 14 Sep 2024 04:00:00 +0000",
     subject=f"지식iN 신고 검토 결과 안내 ({R_NV})",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
         f"""안녕하세요, 네이버 지식iN입니다.

신고하신 게시물({NV[4]})을 검토한 결과, 지식iN 운영정책에 위반되는 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.
해당 게시물은 현재 게시 상태를 유지합니다.

지식iN 운영정책: https://kin.naver.com/policy/index.naver

감사합니다.
"""),
     outcome="applied", classification="confirmation",
     items={NV[4]: "rejected"},
     imitates="NAVER 지식iN report review result ('운영정책 위반 사항이 확인되지 않아 조치하지 않았습니다'), quoted-printable",
     why="A negated action with the reason 'no violation' is a rejection; URL followed by a Korean parenthesis.")

case(name="naver-reply-to-reminder-one-item", reply_to_req=req_mid(R_NV),
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
     date="Wed, 18 Sep 2024 06:30:00 +0000",
     subject=f"RE: [독촉] {R_NV} 처리 요청",
     body=f"""담당자님 안녕하세요.

문의하신 건 중 아래 게시물은 금일 삭제 조치 완료되었습니다.
{NV[1]}

나머지 게시물은 기존 회신을 참고 부탁드립니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:00 AM
To: policy@navercorp.com
Subject: [독촉] {R_NV} 처리 요청

아래 게시물에 대한 조치 결과를 회신하여 주시기 바랍니다.
{NV[0]}
{NV[1]}
{NV[2]}
{NV[3]}
{NV[4]}
""",
     outcome="applied", classification="confirmation",
     items={NV[1]: "removed"},
     imitates="Outlook reply to our reminder ('-----Original Message-----' block unprefixed), Korean 삭제 조치 완료",
     why="Statement above a URL on the next line; the unprefixed Outlook original lists all five URLs and must give nothing.")

case(name="x-withheld-in-korea", reply_to_req=req_mid(R_X),
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Fri, 13 Sep 2024 18:05:00 +0000",
     subject=f"Case# 0144782311: Legal request {R_X} [ ref:_00D1a0Fake._5004xB80:ref ]",
     body=f"""Hello,

We have reviewed the legal request you submitted ({R_X}).

In accordance with X's Country Withheld Content policy, we have withheld access to the following content in South Korea:

{XX[0]}
{XX[1]}

The content remains available outside South Korea. For more information, see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thank you,
X Legal
""",
     outcome="applied", classification="confirmation",
     items={XX[0]: "restricted", XX[1]: "restricted"},
     imitates="X (Twitter) legal request response withholding content by country, with the Salesforce ref tag in the subject",
     why="Withheld in South Korea = restricted; help link not an item.")

case(name="x-reported-content-echoed", reply_to_req=req_mid(R_X),
     **{"from": "support@x.com"}, name_from="X Support",
     date="Sat, 14 Sep 2024 11:00:00 +0000",
     subject="Your report: post removed",
     body=f"""Hello,

Thanks for your report. After reviewing the reported content, we found that it violated the X Rules and it has been removed.

--------
Reported content:
{XX[2]}
Reported by: KCSC Takedown ({R_X})
--------

Learn more about our rules: https://help.x.com/rules-and-policies/x-rules

X Support
""",
     outcome="applied", classification="confirmation",
     items={XX[2]: "removed"},
     imitates="X report-outcome email that speaks of 'the reported content' followed by the echoed report",
     why="The statement about 'the reported content' applies to the single URL in the echoed report below it.")

case(name="x-could-not-locate", reply_to_req=req_mid(R_X),
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Mon, 16 Sep 2024 19:40:00 +0000",
     subject=f"Re: {R_X}",
     body=f"""Hello,

We were unable to locate the content at the following URL. It may have been deleted or the URL may be incorrect:
{XX[3]}

If you believe this is in error, please provide a valid URL.

X Legal
""",
     outcome="applied", classification="confirmation",
     items={XX[3]: "not_found"},
     imitates="X legal 'we were unable to locate the content' reply",
     why="Cannot locate = not_found. The closing invites a correction but does not ask for more before acting (arguable, see NOTES).")

case(name="kakao-daum-cafe-base64-alternative", reply_to_req=req_mid(R_KK),
     **{"from": "cs_report@daum.net"}, name_from="Daum 고객센터",
     date="Fri, 13 Sep 2024 08:00:00 +0000",
     subject=f"[Daum] 게시물 조치 결과 안내 ({R_KK})",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="b80alt"

--b80alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. Daum 고객센터입니다.

요청하신 카페 게시물에 대한 조치 결과를 안내드립니다.

{KK[0]} : 게시중단 처리되었습니다.
{KK[1]} : 블라인드 처리되었습니다.

Daum 카페 운영정책: https://cs.daum.net/faq/43/11489.html
''')}
--b80alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''<html><body><p>안녕하세요. Daum 고객센터입니다.</p>
<p>요청하신 카페 게시물에 대한 조치 결과를 안내드립니다.</p>
<ul><li>{KK[0]} : 게시중단 처리되었습니다.</li>
<li>{KK[1]} : 블라인드 처리되었습니다.</li></ul>
<p>Daum 카페 운영정책: <a href="https://cs.daum.net/faq/43/11489.html">바로가기</a></p></body></html>''')}
--b80alt--
""",
     outcome="applied", classification="confirmation",
     items={KK[0]: "removed", KK[1]: "removed"},
     imitates="Daum 고객센터 게시물 조치 결과 안내 (multipart/alternative, base64), 게시중단/블라인드",
     why="Issue 11 puts 게시중단 and 블라인드 in the removal family.")

case(name="kakao-tistory-already-gone-reminder", reply_to_req=req_mid(R_KK),
     **{"from": "tistory_report@kakaocorp.com"}, name_from="티스토리 운영팀",
     date="Thu, 19 Sep 2024 03:00:00 +0000",
     subject=f"RE: [재요청] {R_KK} 조치 결과 회신 요청",
     body=f"""안녕하세요, 티스토리 운영팀입니다.

재요청 주신 {KK[2]} 는 확인 결과 이미 삭제되어 존재하지 않는 게시물입니다.
따라서 별도 조치가 불가함을 안내드립니다.

________________________________
보낸 사람: KCSC Takedown <takedown@kcsc.example>
보낸 날짜: 2024년 9월 18일 수요일 오전 10:00
제목: [재요청] {R_KK} 조치 결과 회신 요청

{KK[0]}
{KK[1]}
{KK[2]}
""",
     outcome="applied", classification="confirmation",
     items={KK[2]: "not_found"},
     imitates="Kakao/Tistory reply to our reminder, Korean Outlook header block (보낸 사람/보낸 날짜)",
     why="이미 삭제되어 존재하지 않는 = not_found; '조치가 불가' is explained by absence, not a refusal. The quoted block lists all three.")

case(name="kakao-kcsc-result-table-three", reply_to_req=req_mid(R_KK),
     **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
     date="Wed, 18 Sep 2024 09:10:00 +0000",
     subject=f"[카카오] 시정요구 이행 결과 회신 ({R_KK})",
     body=f"""수신: 방송통신심의위원회
제목: 시정요구 이행 결과 회신

1. 귀 위원회의 시정요구({R_KK})와 관련입니다.
2. 당사는 아래와 같이 조치하였음을 회신합니다.

| 연번 | 정보 URL | 조치 결과 |
|---|---|---|
| 1 | {KK[0]} | 삭제 |
| 2 | {KK[1]} | 접속차단(국내) |
| 3 | {KK[2]} | 미조치 - 검토 결과 위반 사항 없음 |

주식회사 카카오 정책팀
""",
     outcome="applied", classification="confirmation",
     items={KK[0]: "removed", KK[1]: "restricted", KK[2]: "rejected"},
     imitates="Korean 공문-style 시정요구 이행 결과 회신 with a text table (연번/정보 URL/조치 결과)",
     why="삭제 removed; 접속차단(국내) restricted; 미조치 with reason 'no violation' rejected.")

case(name="tiktok-per-line-outcomes", reply_to_req=req_mid(R_TT),
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     date="Sat, 14 Sep 2024 05:00:00 +0000",
     subject=f"TikTok: update on your report [{R_TT}]",
     body=f"""Hi,

Thanks for reaching out. Here is the outcome of our review:

Video 1: {TT[0]}
Result: We removed this video because it violated our Community Guidelines on youth safety.

Video 2: {TT[1]}
Result: This video didn't violate our Community Guidelines, so it remains on TikTok.

Community Guidelines: https://www.tiktok.com/community-guidelines/en/
Regards,
TikTok Trust & Safety
""",
     outcome="applied", classification="confirmation",
     items={TT[0]: "removed", TT[1]: "rejected"},
     imitates="TikTok report outcome in-app/email wording ('We removed...', 'didn't violate our Community Guidelines')",
     why="Per-item Result lines below each URL.")

case(name="tiktok-url-below-statement", reply_to_req=req_mid(R_TT),
     **{"from": "noreply@tiktok.com"}, name_from="TikTok",
     date="Mon, 16 Sep 2024 02:00:00 +0000",
     subject="We took action on content you reported",
     body=f"""The following video has been removed for violating our Community Guidelines:
{TT[1]}

Thank you for helping keep TikTok safe.
https://www.tiktok.com/safety/en/
""",
     outcome="applied", classification="confirmation",
     items={TT[1]: "removed"},
     imitates="TikTok 'We took action on content you reported' notification",
     why="URL on the line below its statement; safety link not an item.")

case(name="telegram-abuse-taken-down", reply_to_req=req_mid(R_TG),
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Tue, 17 Sep 2024 12:00:00 +0000",
     subject=f"Re: {R_TG}",
     body=f"""Hello,

Thank you for your report. The post {TG[0]} has been taken down.

--
Telegram Abuse Team

> {TG[0]}
> Please remove this post offering illegal goods. ({R_TG})
""",
     outcome="applied", classification="confirmation",
     items={TG[0]: "removed"},
     imitates="Telegram abuse@ terse reply ('has been taken down') over the quoted report",
     why="Thanks + unhedged statement: not an acknowledgement.")

case(name="meta-instagram-removed", reply_to_req=req_mid(R_MT),
     **{"from": "notification@instagram.com"}, name_from="Instagram",
     date="Tue, 17 Sep 2024 03:00:00 +0000",
     subject="We removed the post you reported",
     body=f"""Hi,

Thanks for your report. We removed the post because it goes against our Community Guidelines on regulated goods.

Reported post: {MT[0]}

See Community Guidelines: https://help.instagram.com/477434105621119
Instagram from Meta
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
     outcome="applied", classification="confirmation",
     items={MT[0]: "removed"},
     imitates="Instagram 'We removed the post you reported' notice with the reported post echoed",
     why="'The post' then echoed URL; help link and legal footer are not items.")

case(name="meta-facebook-restricted-html", reply_to_req=req_mid(R_MT),
     **{"from": "records@fb.com"}, name_from="Meta Content Restrictions",
     date="Wed, 18 Sep 2024 07:00:00 +0000",
     subject=f"Your report {R_MT} - content restricted in South Korea",
     type="html",
     body=f"""<html><body>
<p>Hello,</p>
<p>We reviewed your report under local law. While the content does not go against our Community Standards, we have restricted access to it in South Korea based on local law:</p>
<p><a href="{MT[1]}">{MT[1]}</a></p>
<p>Learn more: <a href="https://transparency.meta.com/reports/content-restrictions/">Content restrictions based on local law</a></p>
<p>Meta</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={MT[1]: "restricted"},
     imitates="Meta 'content restricted based on local law' notice (does not violate Community Standards, restricted in country)",
     why="Not-against-Standards plus restricted-in-country = restricted, not rejected.")

case(name="meta-instagram-no-violation", reply_to_req=req_mid(R_MT),
     **{"from": "notification@instagram.com"}, name_from="Instagram",
     date="Thu, 19 Sep 2024 01:00:00 +0000",
     subject="Update on your report",
     body=f"""Hi,

We reviewed the post you reported ({MT[0]}) and found that it doesn't go against our Community Guidelines, so we didn't take it down.

If you think we made a mistake, you can request another review: https://help.instagram.com/contact/383679321740945

Instagram from Meta
""",
     outcome="applied", classification="confirmation",
     items={MT[0]: "rejected"},
     imitates="Instagram 'doesn't go against our Community Guidelines' report update",
     why="Negated removal with a reason = rejected; URL followed by ')'.")

case(name="reddit-removed-by-safety", reply_to_req=req_mid(R_RD),
     **{"from": "noreply@redditmail.com"}, name_from="Reddit",
     date="Wed, 18 Sep 2024 22:00:00 +0000",
     subject="Thanks for your report",
     body=f"""Thanks for submitting a report to the Reddit Safety team. After investigating, we've found that the reported content violates Reddit's Content Policy. The content has been removed.

Reported post:
{RD[0]}

Content Policy: https://www.redditinc.com/policies/content-policy
Reddit Inc, 1455 Market St, San Francisco, CA 94103
""",
     outcome="applied", classification="confirmation",
     items={RD[0]: "removed"},
     imitates="Reddit Safety report-outcome email ('we've found that the reported content violates... has been removed')",
     why="Subject reads like a receipt but the body states the removal: not an acknowledgement.")

case(name="x-bullets-mixed-korean", reply_to_req=req_mid(R_X),
     **{"from": "legal-kr@twitter.com"}, name_from="X Korea",
     date="Wed, 18 Sep 2024 08:00:00 +0000",
     subject=f"[X] {R_X} 처리 결과",
     body=f"""안녕하세요.

요청 {R_X} 건의 처리 결과입니다.

• {XX[0]}: 한국 내 접근 제한 조치 완료
• {XX[3]}: 존재하지 않는 게시물 (삭제된 게시물)

감사합니다.
X Legal
""",
     outcome="applied", classification="confirmation",
     items={XX[0]: "restricted", XX[3]: "not_found"},
     imitates="X Korea legal response in Korean (bulleted URLs with per-item status)",
     why="접근 제한 restricted; 존재하지 않는 게시물 not_found.")

# ================================================================ REVIEW
case(name="spoof-lookalike-google", reply_to_req=req_mid(R_YT),
     **{"from": "legal@google-legal-support.com"}, name_from="Google Legal Team",
     date="Fri, 13 Sep 2024 10:00:00 +0000",
     subject=f"Re: {R_YT} - all videos removed",
     body=f"""Hello,

All videos in your request have been removed:
{YT[0]}
{YT[1]}
{YT[13]}

Google Legal
""",
     outcome="review", review="unknown_sender",
     imitates="look-alike domain impersonating Google legal (phishing-style confirmation)",
     why="google-legal-support.com is no sender of any platform; it names our items: review, nothing applied.")

case(name="naver-dmarc-fail", reply_to_req=req_mid(R_NV),
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", auth="fail",
     date="Sat, 14 Sep 2024 09:00:00 +0000",
     subject=f"[NAVER] 삭제 완료 ({R_NV})",
     body=f"""요청하신 게시물 5건 모두 삭제 완료하였습니다.
{NV[0]}
{NV[2]}
{NV[4]}
""",
     outcome="review", review="untrusted",
     imitates="NAVER deletion notice, but DMARC fails",
     why="Right domain but dmarc=fail: untrusted, review.")

case(name="x-future-withholding", reply_to_req=req_mid(R_X),
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Fri, 13 Sep 2024 02:00:00 +0000",
     subject=f"Re: {R_X}",
     body=f"""Hello,

Thank you for your request. We will be withholding {XX[2]} in South Korea once our local counsel has completed their assessment, which we expect in the coming days.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal interim reply announcing a future, conditional withholding",
     why="Future and conditional: nothing happened yet; a clerk would not record restricted. Not an acknowledgement either, it names an item: review.")

case(name="kakao-asks-more-info", reply_to_req=req_mid(R_KK),
     **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
     date="Sat, 14 Sep 2024 01:00:00 +0000",
     subject=f"[카카오] {R_KK} 관련 추가 자료 요청",
     body=f"""안녕하세요, 카카오 정책팀입니다.

요청하신 아래 게시물에 대하여 검토를 진행하기 위해 심의 의결서 사본 등 법적 근거 자료를 추가로 제출해 주시기 바랍니다.
{KK[0]}
{KK[1]}

자료 접수 후 조치 여부를 안내드리겠습니다.
""",
     outcome="review", classification="request_for_info", review="asks_more",
     imitates="Korean portal request for supporting documents (심의 의결서 사본) before acting",
     why="Asks for documents and names items; no status.")

case(name="tiktok-some-action-unspecified", reply_to_req=req_mid(R_TT),
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     date="Sun, 15 Sep 2024 03:00:00 +0000",
     subject=f"Re: {R_TT}",
     body=f"""Hi,

We've reviewed the videos listed in your report and have taken appropriate action on some of them in line with our Community Guidelines.

{TT[0]}
{TT[1]}

TikTok Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="TikTok vague 'taken appropriate action' reply",
     why="'Some of them' without saying which: neither item can be given a status.")

case(name="naver-under-internal-review", reply_to_req=req_mid(R_NV),
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
     date="Fri, 13 Sep 2024 05:00:00 +0000",
     subject=f"RE: {R_NV} 검토 현황",
     body=f"""안녕하세요.

아래 게시물은 현재 내부 검토 중이며, 검토가 완료되는 대로 결과를 회신드리겠습니다.
- {NV[2]}
- {NV[3]}

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="Korean portal interim status reply ('현재 내부 검토 중')",
     why="Names items but states no outcome; must be seen, not ignored (issue 11's own example).")

case(name="google-states-x-item", reply_to_req=req_mid(R_YT),
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal (KR)",
     date="Mon, 16 Sep 2024 04:00:00 +0000",
     subject=f"Re: {R_YT}",
     body=f"""Hello,

One of the links in your message is not a YouTube URL. For completeness: {XX[1]} has been removed by its host, as far as we can tell.

{YT[0]} was handled in our earlier reply.

YouTube Legal Support
""",
     outcome="review", review="wrong_platform",
     imitates="platform remark about another platform's item (hearsay about a third-party host)",
     why="Google cannot confirm an X item, and 'as far as we can tell' hedges it; the YouTube sentence states no status. Review; reason arguable (wrong_platform vs not_understood).")

case(name="reddit-where-warranted", reply_to_req=req_mid(R_RD),
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Thu, 19 Sep 2024 02:00:00 +0000",
     subject=f"Re: {R_RD}",
     body=f"""Hello,

Thank you for your notice concerning {RD[0]}. We have reviewed it and taken action where warranted under our Content Policy and applicable law.

Reddit Legal
""",
     outcome="review", review="not_understood",
     imitates="Reddit legal boilerplate 'action where warranted'",
     why="Does not say whether this item was actioned: a clerk would hesitate.")

case(name="unknown-forwarder-claims", reply_to_req=req_mid(R_TG),
     **{"from": "helpdesk@tg-support-center.net"}, name_from="Telegram Support Center",
     date="Tue, 17 Sep 2024 15:00:00 +0000",
     subject=f"Re: {R_TG} done",
     body=f"""Done, the post {TG[0]} was deleted.
""",
     outcome="review", review="unknown_sender",
     imitates="unofficial 'support center' domain claiming a Telegram deletion",
     why="Unknown sender naming our item: review, never applied.")

# ================================================================ IGNORED
case(name="kakao-out-of-office",
     **{"from": "jiyoung.park@kakaocorp.com"}, name_from="박지영",
     date="Fri, 13 Sep 2024 01:05:00 +0000",
     subject=f"[자동회신] 부재중입니다: {R_KK}",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     reply_to_req=req_mid(R_KK),
     body="""안녕하세요. 9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@kakaocorp.com 으로 연락 부탁드립니다.

I am out of office until 18 September (Chuseok holidays).
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook/Exchange bilingual out-of-office auto-reply (Chuseok)",
     why="Positively recognized auto-reply.")

case(name="tiktok-bounce-dsn",
     **{"from": "MAILER-DAEMON@tiktok.com"}, name_from="Mail Delivery System",
     date="Fri, 13 Sep 2024 05:01:00 +0000",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b80dsn"

--b80dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@tiktok.com>: host mx.tiktok.com said: 550 5.1.1 User unknown

--b80dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.tiktok.com
Arrival-Date: Fri, 13 Sep 2024 14:00:05 +0900

Final-Recipient: rfc822; legal-kr-old@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b80dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@tiktok.com
Subject: {R_TT} removal request
Message-ID: <req-240913-05@kcsc.example>

--b80dsn--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (multipart/report delivery-status) for our request",
     why="Bounce: ignored whoever sent it.")

case(name="meta-read-receipt",
     **{"from": "records@fb.com"}, name_from="Meta Records",
     date="Mon, 16 Sep 2024 07:30:00 +0000",
     subject=f"Read: {R_MT} removal request",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b80mdn"

--b80mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: records@fb.com
  Subject: {R_MT} removal request
  Sent: Monday, September 16, 2024 3:00 PM

was read on Monday, September 16, 2024 4:30 PM.

--b80mdn
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;records@fb.com
Original-Message-ID: <req-240916-07@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b80mdn--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN, disposition-notification)",
     why="Read receipt: ignored.")

case(name="reddit-ticket-received-html", reply_to_req=req_mid(R_RD),
     **{"from": "support@reddit.com"}, name_from="Reddit Help",
     date="Tue, 17 Sep 2024 01:00:00 +0000",
     subject="[Reddit Help] Request received: #8812345",
     type="html",
     body="""<html><body>
<p>Hi there,</p>
<p>Your request (#8812345) has been received and is being reviewed by our support staff.</p>
<p>To add additional comments, reply to this email.</p>
<p style="color:#999">This email is a service from Reddit Help. Delivered by Zendesk.</p>
</body></html>""",
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk 'Request received' ticket receipt (Reddit Help)",
     why="Ticket receipt naming no item and stating nothing about items.")

case(name="naver-report-received-korean", reply_to_req=req_mid(R_NV),
     **{"from": "help@naver.com"}, name_from="네이버 고객센터",
     date="Wed, 11 Sep 2024 02:10:00 +0000",
     subject="[네이버 고객센터] 문의가 접수되었습니다",
     body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호: 2409110042187)
담당자 확인 후 순차적으로 답변드리겠습니다.

※ 본 메일은 발신전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 고객센터 문의 접수 확인 mail (접수번호, 발신전용)",
     why="Receipt only; names no item.")

case(name="telegram-auto-ack", reply_to_req=req_mid(R_TG),
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Mon, 16 Sep 2024 01:05:00 +0000",
     subject=f"Re: {R_TG}",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""Thank you for your report. We have received your message and our team will look into it.
Please do not reply to this automated message.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Telegram abuse@ automated receipt",
     why="Automated receipt, nothing about items (classification auto_reply or acknowledgement, both ignored).")

HEADER = """# Blind set 80 (issue 11): general mix in English and Korean, many platforms.
# Written from public notice layouts; expected results from each email's meaning,
# before anything was run. Generated by make.py - do not edit by hand.
"""

def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as real mailers send them."""
    from email.header import Header
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    write_set(HERE, "blind80", HEADER, CASES)
