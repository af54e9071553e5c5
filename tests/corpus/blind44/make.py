#!/usr/bin/env python3
"""blind44: a general mix (English and Korean, seven platforms), written blind.

Expected results were written from each email's meaning before anything ran.
Run: python3 tests/corpus/blind44/make.py (deterministic).
"""
import base64, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({"kakaocorp.com": "Kakao", "daum.net": "Daum",
    "tiktok.com": "TikTok", "reddit.com": "Reddit", "telegram.org": "Telegram"})

Y = {c: f"https://www.youtube.com/watch?v=Bx4kT9mQaZ{c}" for c in "0123456789AB"}
YS_E = "https://www.youtube.com/shorts/Lp3vN8sWq2E"
YS_F = "https://www.youtube.com/shorts/Lp3vN8sWq2F"
NB1 = "https://blog.naver.com/fakeblog_k1/223561234501"
NB2 = "https://blog.naver.com/fakeblog_k1/223561234502"
NC1 = "https://cafe.naver.com/fakecafe77/1201"
NC2 = "https://cafe.naver.com/fakecafe77/1202"
NK_ENC = "https://blog.naver.com/%EA%B0%80%EC%A7%9C%EB%B8%94%EB%A1%9C%EA%B7%B8/223561234509"
NK_RAW = "https://blog.naver.com/가짜블로그/223561234509"
X1 = "https://x.com/fake_acct_one/status/1833000000000000011"
X2 = "https://x.com/fake_acct_one/status/1833000000000000012"
X3 = "https://x.com/fake_acct_two/status/1833000000000000013"
X4 = "https://x.com/fake_acct_three/status/1833000000000000014"
K1 = "https://cafe.daum.net/fakecafe_d/aBcD/101"
K2 = "https://cafe.daum.net/fakecafe_d/aBcD/102"
K3 = "https://cafe.daum.net/fakecafe_d/aBcD/103"
T1 = "https://www.tiktok.com/@fake.user.kr/video/7412000000000000101"
T2 = "https://www.tiktok.com/@fake.user.kr/video/7412000000000000102"
TG = "https://t.me/fakechan_z/777"
R1 = "https://www.reddit.com/r/fakesub_kr/comments/1fab9x2/fake_title_one/"
R2 = "https://www.reddit.com/r/fakesub_kr/comments/1fab9x3/fake_title_two/"

YT_ALL = [Y[c] for c in "0123456789AB"] + [YS_E, YS_F]


def b64(s):
    return "\n".join(base64.b64encode(s.encode("utf-8")).decode()[i:i + 76]
                     for i in range(0, len(base64.b64encode(s.encode("utf-8"))), 76))


def quote(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


REQ_YT = ["Dear YouTube Legal team,", "",
          "Under KCSC-240909-01 we ask you to remove the following content:"] + \
    [f"{i + 1}. {u}" for i, u in enumerate(YT_ALL)] + ["", "Korea Communications Standards Commission"]

C = []

# ---------------- YouTube (KCSC-240909-01, 14 items) ----------------
C.append(dict(name="yt-legal-outcome-html-table", from_="legal-noreply@google.com",
    date="Thu, 12 Sep 2024 16:20:11 +0900", subject="Re: [KCSC-240909-01] Legal request outcome",
    reply_to_req="req-240909-01", type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Thank you for contacting Google. We reviewed the content identified in your request KCSC-240909-01 and have taken the actions set out below.</p>
<table border="1">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{Y['0']}</td><td>Removed globally &ndash; violates YouTube Community Guidelines</td></tr>
<tr><td>{Y['1']}</td><td>Removed globally &ndash; violates YouTube Community Guidelines</td></tr>
<tr><td>{Y['2']}</td><td>Blocked in South Korea (local law)</td></tr>
<tr><td>{Y['3']}</td><td>No action taken &ndash; content does not violate our policies or local law</td></tr>
</table>
<p>You can read more about how we handle legal removals at <a href="https://support.google.com/legal/answer/3110420">https://support.google.com/legal/answer/3110420</a>.</p>
<p>Regards,<br>The Google Legal Team</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removal request outcome email (per-URL outcome table: removed globally / blocked in country / no action)",
    why="HTML table; global removal, country block = restricted, 'No action taken - does not violate' = rejected; help link is not an item",
    items={Y['0']: "removed", Y['1']: "removed", Y['2']: "restricted", Y['3']: "rejected"}))

C.append(dict(name="yt-status-line-below-bare-url", from_="youtube-legal@google.com",
    date="Fri, 13 Sep 2024 09:02:44 +0900", subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hi there,

We've completed our review of the videos in your notice. Results per item:

{Y['4']}
We removed this video for violating our harassment and cyberbullying policy.

{Y['5']}
Same as above: taken down.

{Y['6']}
Access to this video has been restricted in South Korea based on local law.

{YS_E}
We couldn't find this video. It may have been removed by the uploader before our review.

Learn more about our Community Guidelines: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Best,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety per-video review result email (bare URL, decision sentence on the following line)",
    why="status on the line below each bare URL, including 'Same as above: taken down.'; uploader-deleted = not_found",
    items={Y['4']: "removed", Y['5']: "removed", Y['6']: "restricted", YS_E: "not_found"}))

C.append(dict(name="yt-age-restriction-one-item", from_="noreply@youtube.com",
    date="Fri, 13 Sep 2024 11:40:00 +0900", subject="Update on your report (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body=f"""Hello,

After reviewing the video you reported, we've applied an age restriction to it. It is no longer visible to viewers who are signed out or under 18.

{Y['7']}

Why we age-restrict content: https://support.google.com/youtube/answer/2802167

- The YouTube Team

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we've age-restricted the video you reported' report-outcome email",
    why="statement first, URL on the line below; age restriction = restricted; the help page is not an item",
    items={Y['7']: "restricted"}))

C.append(dict(name="yt-korean-numbered-list", from_="legal-kr@google.com",
    date="Fri, 13 Sep 2024 15:10:00 +0900", subject="RE: [방송통신심의위원회] 시정요구 KCSC-240909-01 조치 결과 회신",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 구글코리아 법무팀입니다.

귀 위원회의 시정요구(KCSC-240909-01)에 대해 검토한 결과를 아래와 같이 회신드립니다.

1. {Y['8']} - 대한민국 내 접근 제한 (현지 법률 위반)
2. {Y['9']} - 커뮤니티 가이드라인 위반으로 삭제
3. {Y['A']} - 삭제

감사합니다.
Google 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Google Korea legal team Korean reply to a KCSC correction request (numbered URL - result lines)",
    why="Korean numbered list: 대한민국 내 접근 제한 = restricted, 삭제 = removed",
    items={Y['8']: "restricted", Y['9']: "removed", Y['A']: "removed"}))

C.append(dict(name="yt-top-posted-over-quoted-list", from_="youtube-legal@google.com",
    date="Sat, 14 Sep 2024 10:05:00 +0900", subject="Re: [KCSC-240909-01] Removal request",
    reply_to_req="req-240909-01",
    body=f"""Hi,

{Y['B']} has been removed from YouTube. We'll follow up separately on the rest of your list.

Thanks,
Mina (YouTube Legal Support)

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REQ_YT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply by a YouTube legal support agent over the quoted notice",
    why="only the unquoted sentence counts: one item removed; the quoted list of 14 and the promise to follow up change nothing",
    items={Y['B']: "removed"}))

C.append(dict(name="yt-future-and-may-only", from_="youtube-legal@google.com",
    date="Sat, 14 Sep 2024 13:00:00 +0900", subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Thank you for your patience. The following videos have been escalated to our specialist team and will be reviewed under our policies; they may be removed or restricted depending on the outcome:

{Y['0']}
{Y['1']}

We expect to provide a decision within 5 business days.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support 'escalated for further review' interim update",
    why="names requested items, but only future/hedged wording ('will be reviewed', 'may be removed'): nothing to apply, must not be silently ignored",
    items={}))

C.append(dict(name="yt-legal-request-received", from_="legal-noreply@google.com",
    date="Mon, 09 Sep 2024 10:03:12 +0900", subject="Your legal request has been received [0-4491000036218]",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thanks for reaching out to Google. This automated message confirms that we have received your legal request. Your reference number is 0-4491000036218.

Our team will review your request and get back to you. Please do not reply to this message.

The Google Legal Team
""",
    outcome="ignored",
    imitates="Google legal removals web form automatic receipt with a reference number",
    why="pure receipt, names no item and states nothing about items",
    items={}))

CSV1 = "URL,Action\r\n" + f"{YS_F},Removed\r\n{Y['3']},Restricted (KR)\r\n"
C.append(dict(name="yt-csv-attachment", from_="legal-kr@google.com",
    date="Sun, 15 Sep 2024 09:30:00 +0900", subject="Re: KCSC-240909-01 results",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b44csv"

--b44csv
Content-Type: text/plain; charset=utf-8

Hello,

Please find attached the actions taken on two further items from your request KCSC-240909-01.

Google Legal
--b44csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV1)}
--b44csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal team bulk reply with a CSV results spreadsheet attached",
    why="statuses only in the CSV attachment (URL,Action)",
    items={YS_F: "removed", Y['3']: "restricted"}))

C.append(dict(name="yt-removed-and-still-under-review", from_="youtube-legal@google.com",
    date="Sun, 15 Sep 2024 14:20:00 +0900", subject="Re: KCSC-240909-01 partial update",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Removed:
- {Y['0']}
- {Y['1']}

Still under review:
- {Y['2']}

We will update you once our review of the remaining video is complete.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support partial update with 'Removed' / 'Still under review' headings",
    why="bulleted lists under headings; the 'under review' video stays pending",
    items={Y['0']: "removed", Y['1']: "removed"}))

C.append(dict(name="yt-relative-clause-hedge", from_="youtube-legal@google.com",
    date="Mon, 16 Sep 2024 10:00:00 +0900", subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hi,

The video {Y['4']}, which may have been re-uploaded from another channel, has been removed for violating our policies.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support one-line outcome reply",
    why="the hedge 'may have been re-uploaded' sits in a relative clause about the item's past; the main clause states removal",
    items={Y['4']: "removed"}))

ALT_TXT = f"""Hello,

We reviewed the following items:

{Y['5']} - removed
{YS_E} - this video does not exist or the link is invalid

Thanks,
YouTube
"""
ALT_HTML = f"""<html><body><p>Hello,</p><p>We reviewed the following items:</p>
<ul><li><a href="{Y['5']}">{Y['5']}</a> - removed</li>
<li><a href="{YS_E}">{YS_E}</a> - this video does not exist or the link is invalid</li></ul>
<p>Thanks,<br>YouTube</p></body></html>"""
C.append(dict(name="yt-multipart-alternative-base64", from_="noreply@youtube.com",
    date="Mon, 16 Sep 2024 12:00:00 +0900", subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b44alt"

--b44alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(ALT_TXT)}
--b44alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(ALT_HTML)}
--b44alt--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube notification mail (multipart/alternative, base64 parts, bulleted outcomes)",
    why="base64 text and HTML alternatives; 'does not exist or the link is invalid' = not_found",
    items={Y['5']: "removed", YS_E: "not_found"}))

# ---------------- NAVER (KCSC-240910-01, 5 items) ----------------
C.append(dict(name="naver-imsi-jochi-30days", from_="policy@navercorp.com",
    date="Wed, 11 Sep 2024 17:00:00 +0900", subject="[네이버] KCSC-240910-01 게시물 임시조치 결과 안내",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치 하였음을 알려드립니다.

- {NB1}
- {NB2}

임시조치 기간 동안 게시자는 이의신청을 할 수 있습니다.
자세한 내용은 네이버 고객센터(https://help.naver.com/service/5614/)를 참고해 주세요.

감사합니다.
NAVER Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 임시조치(정보통신망법 제44조의2) 처리 결과 안내",
    why="임시조치 (30 days, 44-2) = restricted per issue 11; help link is not an item",
    items={NB1: "restricted", NB2: "restricted"}))

C.append(dict(name="naver-cafe-deleted-and-author-deleted", from_="cafe_help@naver.com",
    date="Thu, 12 Sep 2024 10:15:00 +0900", subject="Re: [KCSC-240910-01] 카페 게시물 처리 결과",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요, 네이버 카페 운영정책 담당자입니다.

{NC1}
→ 운영정책 위반으로 게시중단(삭제) 처리되었습니다.

{NC2}
→ 확인 결과 작성자에 의해 이미 삭제된 게시물입니다.

네이버 카페 운영정책: https://cafe.naver.com/cafepolicy
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 운영정책 담당자 게시중단 처리 결과 회신",
    why="게시중단(삭제) = removed; already deleted by its author = not_found",
    items={NC1: "removed", NC2: "not_found"}))

C.append(dict(name="naver-raw-korean-path-blind", from_="policy@navercorp.com",
    date="Thu, 12 Sep 2024 14:00:00 +0900", subject="Re: KCSC-240910-01",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.

{NK_RAW}에 대해 블라인드 처리를 완료하였습니다.

네이버 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER short one-sentence 블라인드 완료 reply",
    why="raw Korean IRI followed by the particle 에 must match the percent-encoded item; 블라인드 처리 완료 = removed per issue 11 (arguable: restricted)",
    items={NK_ENC: "removed"}))

C.append(dict(name="naver-kcsc-result-table", from_="policy@navercorp.com",
    date="Fri, 13 Sep 2024 16:30:00 +0900", subject="[회신] 시정요구 조치결과 (KCSC-240910-01)",
    reply_to_req="req-240910-01", type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240910-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NB1}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{NB2}</td><td>접속차단</td><td>해외 서버 이전</td></tr>
<tr><td>3</td><td>{NC1}</td><td>미조치</td><td>위반사항 없음(게시 유지)</td></tr>
</table>
<p>네이버 주식회사 정책팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 table (번호/URL/조치결과/비고)",
    why="table cells: 삭제 = removed, 접속차단 = restricted, 미조치 + 위반사항 없음 = rejected",
    items={NB1: "removed", NB2: "restricted", NC1: "rejected"}))

C.append(dict(name="naver-only-under-review", from_="policy@navercorp.com",
    date="Fri, 13 Sep 2024 18:00:00 +0900", subject="Re: KCSC-240910-01 검토 현황",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.

아래 게시물은 현재 내부 검토 중이며, 검토가 완료되는 대로 결과를 안내드리겠습니다.

{NC1}
{NC2}

네이버 정책팀
""",
    outcome="review", review="not_understood",
    imitates="NAVER 정책팀 검토 중 interim reply",
    why="names items but only says they are under review; no status, but a named-item statement must reach review (arguable: acknowledgement)",
    items={}))

C.append(dict(name="naver-ooo-korean", from_="kim.policy@navercorp.com",
    date="Tue, 10 Sep 2024 14:01:00 +0900", subject="자동 회신: [KCSC-240910-01] 시정요구",
    reply_to_req="req-240910-01", extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 9월 10일부터 9월 18일까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored",
    imitates="Korean Outlook 부재중 자동 회신",
    why="out-of-office auto-reply",
    items={}))

C.append(dict(name="naver-ack-phrase-and-statement", from_="policy@navercorp.com",
    date="Sat, 14 Sep 2024 11:00:00 +0900", subject="Re: KCSC-240910-01",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 요청하신 건은 정상적으로 접수되었습니다.

접수 후 검토한 결과, 아래 게시물은 삭제 조치하였습니다.
{NC2}

나머지 게시물은 검토 후 별도로 안내드리겠습니다.

네이버 정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply combining a receipt sentence with a result",
    why="acknowledgement phrase plus an unhedged 삭제 조치 statement on the line above the URL: not an acknowledgement",
    items={NC2: "removed"}))

CSV2 = "\ufeffURL,조치결과\r\n" + f"{NC1},삭제\r\n{NK_ENC},임시조치\r\n"
C.append(dict(name="naver-csv-korean-header", from_="policy@navercorp.com",
    date="Sun, 15 Sep 2024 10:00:00 +0900", subject="Re: KCSC-240910-01 조치결과 첨부",
    reply_to_req="req-240910-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b44ncsv"

--b44ncsv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 조치결과를 첨부 파일로 송부드립니다.
--b44ncsv
Content-Type: text/csv; charset=utf-8; name="result.csv"
Content-Disposition: attachment; filename="result.csv"
Content-Transfer-Encoding: base64

{b64(CSV2)}
--b44ncsv--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 조치결과 CSV attachment",
    why="CSV with BOM and Korean header: 삭제 = removed, 임시조치 = restricted",
    items={NC1: "removed", NK_ENC: "restricted"}))

# ---------------- X (KCSC-240911-01, 4 items) ----------------
C.append(dict(name="x-withheld-in-country", from_="legal-noreply@x.com",
    date="Thu, 12 Sep 2024 08:30:00 +0900", subject="Re: Case KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Thank you for your report. In accordance with applicable law, X has withheld the following content in South Korea:

{X1}

For more information about our country withheld content policy, see https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal 'content withheld in country' notice",
    why="withheld in South Korea = restricted; help link not an item",
    items={X1: "restricted"}))

C.append(dict(name="x-no-violation-and-not-found", from_="legal-noreply@x.com",
    date="Thu, 12 Sep 2024 19:00:00 +0900", subject="Re: Case KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""Hello,

We've reviewed the reported posts.

* {X2}: after careful review we did not take action, as this post does not violate the X Rules.
* {X3}: we were unable to locate this post. Please make sure the URL is correct.

Regards,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X Support report outcome 'did not take action' / 'unable to locate'",
    why="'did not take action ... does not violate' = rejected; 'unable to locate' = not_found",
    items={X2: "rejected", X3: "not_found"}))

C.append(dict(name="x-dmarc-fail", from_="legal@x.com", auth="fail",
    date="Fri, 13 Sep 2024 02:00:00 +0900", subject="Re: Case KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""Hello,

All reported content has been removed:
{X1}
{X2}
{X3}
{X4}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal confirmation (spoofed: DMARC fail)",
    why="DMARC fails for x.com: nothing may be applied",
    items={}))

C.append(dict(name="x-url-below-statement", from_="legal-noreply@x.com",
    date="Fri, 13 Sep 2024 10:10:00 +0900", subject="Re: Case KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""Hello,

The following post has been removed for violating our rules against non-consensual nudity:
{X4}

Learn more: https://help.x.com/en/rules-and-policies/intimate-media

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X Safety removal notice (statement, URL on next line)",
    why="URL on the line below its statement",
    items={X4: "removed"}))

C.append(dict(name="x-asks-court-order", from_="legal-noreply@x.com",
    date="Sat, 14 Sep 2024 09:00:00 +0900", subject="Re: Case KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Regarding {X1} and {X2}: before we can take action, please provide a valid court order or further legal basis under Korean law identifying the specific content as unlawful.

X Legal
""",
    outcome="review", review="asks_more",
    imitates="X legal 'please provide a valid court order' request for more information",
    why="asks for more information; nothing decided",
    items={}))

C.append(dict(name="x-will-not-remove-with-reason", from_="legal-noreply@x.com",
    date="Sun, 15 Sep 2024 09:30:00 +0900", subject="Re: Case KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""Hello,

We won't be removing {X3} because it doesn't violate our policies and we did not find it unlawful in the reported jurisdiction.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal decline notice",
    why="a negated removal with a reason ('won't be removing ... because it doesn't violate') is a rejection, not a future hedge",
    items={X3: "rejected"}))

# ---------------- Kakao / Daum (KCSC-240912-01, 3 items) ----------------
C.append(dict(name="kakao-daum-cafe-blind-and-missing", from_="safety@kakaocorp.com",
    date="Fri, 13 Sep 2024 11:00:00 +0900", subject="[카카오] 게시물 조치 결과 안내 (KCSC-240912-01)",
    reply_to_req="req-240912-01",
    body=f"""안녕하세요, 카카오 세이프티팀입니다.

요청하신 Daum 카페 게시물에 대한 조치 결과를 안내드립니다.

■ {K1}
  : 운영정책 위반으로 블라인드 조치 완료
■ {K2}
  : 해당 게시물이 존재하지 않습니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy

(주)카카오
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 세이프티팀 Daum 카페 게시물 조치 결과 안내",
    why="블라인드 조치 완료 = removed; 존재하지 않습니다 = not_found; policy link not an item",
    items={K1: "removed", K2: "not_found"}))

C.append(dict(name="kakao-imsi-outlook-quote", from_="safety@kakaocorp.com",
    date="Fri, 13 Sep 2024 15:00:00 +0900", subject="RE: KCSC-240912-01",
    reply_to_req="req-240912-01",
    body=f"""{K3} 게시물은 임시조치(30일) 되었습니다.

카카오 세이프티팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 9:30 AM
To: safety@kakaocorp.com
Subject: KCSC-240912-01

아래 게시물의 삭제를 요청합니다.
{K1} 삭제 요청
{K2} 삭제 요청
{K3} 삭제 요청
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from Kakao over an unprefixed '-----Original Message-----' block",
    why="only the top statement counts (임시조치 = restricted); quoted 삭제 요청 lines change nothing",
    items={K3: "restricted"}))

C.append(dict(name="kakao-lookalike-sender", from_="safety@kakaocorp-support.com",
    date="Sat, 14 Sep 2024 01:00:00 +0900", subject="Re: KCSC-240912-01 처리 완료",
    reply_to_req="req-240912-01",
    body=f"""요청하신 게시물은 모두 삭제 완료되었습니다.
{K1}
{K2}
{K3}
""",
    outcome="review", review="unknown_sender",
    imitates="Kakao 처리 완료 notice, sent from a look-alike domain",
    why="kakaocorp-support.com is no platform's sender domain, though it authenticates",
    items={}))

C.append(dict(name="kakao-bounce", from_="MAILER-DAEMON@daum.net",
    name_from="Mail Delivery Subsystem",
    date="Thu, 12 Sep 2024 09:31:00 +0900", subject="Undelivered Mail Returned to Sender",
    reply_to_req="req-240912-01",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b44dsn"

--b44dsn
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@daum.net>: host mx.daum.net said: 550 5.1.1 user unknown

--b44dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.daum.net

Final-Recipient: rfc822; report-old@daum.net
Action: failed
Status: 5.1.1

--b44dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report-old@daum.net
Subject: KCSC-240912-01
Message-ID: <req-240912-01@kcsc.example>

--b44dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN bounce (multipart/report delivery-status)",
    why="bounce of our own request",
    items={}))

# ---------------- TikTok (KCSC-240913-01, 2 items) ----------------
C.append(dict(name="tiktok-restricted-and-no-violation", from_="legal-noreply@tiktok.com",
    date="Sat, 14 Sep 2024 12:00:00 +0900", subject="TikTok: Outcome of your report KCSC-240913-01",
    reply_to_req="req-240913-01",
    body=f"""Hi,

Thanks for your report. Here's what we found:

{T1}
We've restricted access to this content in your country/region based on local law.

{T2}
We didn't find any violations of our Community Guidelines. The video will stay up.

Community Guidelines: https://www.tiktok.com/community-guidelines

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome notification ('We didn't find any violations' / 'restricted in your country/region')",
    why="status below each bare URL: restricted; no violation = rejected",
    items={T1: "restricted", T2: "rejected"}))

C.append(dict(name="tiktok-read-receipt", from_="legal@tiktok.com",
    date="Fri, 13 Sep 2024 10:30:00 +0900", subject="Read: KCSC-240913-01",
    reply_to_req="req-240913-01",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b44mdn"

--b44mdn
Content-Type: text/plain; charset=utf-8

Your message was read on Friday, September 13, 2024 10:29 AM.

--b44mdn
Content-Type: message/disposition-notification

Reporting-UA: legal.tiktok.com; Microsoft Outlook
Final-Recipient: rfc822;legal@tiktok.com
Original-Message-ID: <req-240913-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b44mdn--
""",
    outcome="ignored",
    imitates="Outlook read receipt (MDN)",
    why="read receipt: ignored, not forwarded",
    items={}))

C.append(dict(name="tiktok-may-have-been-removed", from_="legal-noreply@tiktok.com",
    date="Sun, 15 Sep 2024 12:00:00 +0900", subject="Re: KCSC-240913-01",
    reply_to_req="req-240913-01",
    body=f"""Hi,

It looks like the video {T1} may have already been removed or made private. We'll check further and update you.

TikTok Trust and Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok support hedged interim reply",
    why="hedged ('may have already been removed'): a clerk would not record not_found or removed",
    items={}))

# ---------------- Telegram (KCSC-240916-01, 1 item) ----------------
C.append(dict(name="tg-url-and-one-sentence", from_="abuse@telegram.org",
    date="Mon, 16 Sep 2024 15:00:00 +0900", subject="Re: KCSC-240916-01",
    reply_to_req="req-240916-01",
    body=f"""{TG}
Blocked. Thanks for the report.
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk terse reply (URL and one word)",
    why="a notice that is only the URL and one sentence; 'Blocked' on Telegram = removed (arguable, see NOTES)",
    items={TG: "removed"}))

C.append(dict(name="tg-reported-content-echoed-report", from_="dsa@telegram.org",
    date="Tue, 17 Sep 2024 10:00:00 +0900", subject="Re: KCSC-240916-01 [Case #5590213]",
    reply_to_req="req-240916-01",
    body=f"""Hello,

The reported content has been taken down.

---- Your report ----
Reference: KCSC-240916-01
Link: {TG}
Reason: Illegal content
---------------------

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA team reply with echoed report block",
    why="statement about 'the reported content' followed by the echoed report listing the item",
    items={TG: "removed"}))

C.append(dict(name="tg-lookalike-unknown-sender", from_="abuse@telegram-moderation.org",
    date="Tue, 17 Sep 2024 12:00:00 +0900", subject="Re: KCSC-240916-01",
    reply_to_req="req-240916-01",
    body=f"""Hello, the content {TG} has been deleted.
Telegram Moderation
""",
    outcome="review", review="unknown_sender",
    imitates="Telegram abuse desk reply from a look-alike domain",
    why="unknown sender naming our item must be seen, not ignored",
    items={}))

C.append(dict(name="tg-ooo-quoting-request", from_="press@telegram.org",
    date="Mon, 16 Sep 2024 10:01:00 +0900", subject="Automatic reply: KCSC-240916-01",
    reply_to_req="req-240916-01", extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""I am out of the office until September 23 with limited access to email.
For abuse reports please write to abuse@telegram.org.

> Please remove {TG}
> (already removed on other mirrors)
""",
    outcome="ignored",
    imitates="Outlook out-of-office reply quoting the original",
    why="auto-reply; quoted 'removed' text is not a statement",
    items={}))

# ---------------- Reddit (KCSC-240917-01, 2 items) ----------------
C.append(dict(name="reddit-removed-and-no-violation", from_="legal@reddit.com",
    date="Wed, 18 Sep 2024 09:00:00 +0900", subject="Re: KCSC-240917-01",
    reply_to_req="req-240917-01",
    body=f"""Hello,

Thanks for reaching out. After investigating, we've removed the following content for violating Reddit's Content Policy:

1. {R1}

We reviewed the other reported post and found that it doesn't violate Reddit's Content Policy, so no action was taken:

2. {R2}

Reddit's Content Policy: https://www.redditinc.com/policies/content-policy

- Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit safety/legal report outcome ('we've removed' / 'doesn't violate Reddit's Content Policy')",
    why="numbered items each under its statement; policy link not an item",
    items={R1: "removed", R2: "rejected"}))

C.append(dict(name="reddit-quoted-printable", from_="noreply@redditmail.com",
    date="Wed, 18 Sep 2024 14:00:00 +0900", subject="Re: KCSC-240917-01",
    reply_to_req="req-240917-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hi,

Action taken on the items in KCSC-240917-01:

https://www.reddit.com/r/fakesub_kr/comments/1fab9x2/fake_title_o=
ne/ - Removed
https://www.reddit.com/r/fakesub_kr/comments/1fab9x3/fake_title_t=
wo/ - Removed

Questions? Visit https://support.reddithelp.com/hc/en-us

=E2=80=94 Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety notification (quoted-printable, soft-wrapped URLs)",
    why="QP soft line breaks inside URLs",
    items={R1: "removed", R2: "removed"}))

C.append(dict(name="reddit-ticket-receipt", from_="support@reddit.com",
    date="Tue, 17 Sep 2024 09:05:00 +0900", subject="[Reddit Help] Request received #11938204",
    reply_to_req="req-240917-01",
    body="""Hi,

Thank you for contacting Reddit. We've received your request and a ticket (#11938204) has been created. A member of our team will respond as soon as possible.

Reddit Help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit Help (Zendesk) request received receipt",
    why="pure ticket receipt naming no item",
    items={}))

# ---------------- cross-platform ----------------
C.append(dict(name="wrong-platform-telegram-claims-x", from_="dsa@telegram.org",
    date="Thu, 19 Sep 2024 10:00:00 +0900", subject="Re: KCSC-240911-01",
    body=f"""Hello,

The following content has been removed:
{X1}
{X2}

Telegram DSA Team
""",
    outcome="review", review="wrong_platform",
    imitates="Telegram DSA removal reply misaddressed about X posts",
    why="trusted Telegram sender cannot change X items",
    items={}))

C.append(dict(name="yt-policy-link-only-plus-actioned", from_="legal-kr@google.com",
    date="Thu, 19 Sep 2024 11:00:00 +0900", subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

The video at {Y['6']} has been actioned under our policies. See https://www.youtube.com/t/community_guidelines and https://support.google.com/youtube/answer/2801939 for details; you can appeal at https://support.google.com/youtube/answer/185111.

Google Legal
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'actioned under our policies' reply with several help links",
    why="'actioned under our policies' = removed; three help/appeal links are neither items nor unmatched claims",
    items={Y['6']: "removed"}))

C.append(dict(name="kakao-daum-not-found-korean-particle", from_="safety@kakaocorp.com",
    date="Thu, 19 Sep 2024 14:00:00 +0900", subject="Re: KCSC-240912-01",
    reply_to_req="req-240912-01",
    body=f"""안녕하세요. 카카오입니다.

요청하신 게시물({K2})은 이미 작성자가 삭제하여 확인되지 않습니다。
{K3}은 임시조치 기간 만료 후 운영자에 의해 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao short Korean result reply",
    why="URL in parentheses and followed by particle 은 / full-width stop; author-deleted = not_found; 운영자에 의해 삭제 = removed",
    items={K2: "not_found", K3: "removed"}))

C.append(dict(name="x-ack-with-ticket-listing-urls", from_="legal-noreply@x.com",
    date="Wed, 11 Sep 2024 11:05:00 +0900", subject="Case KCSC-240911-01 received",
    reply_to_req="req-240911-01",
    body=f"""Hello,

We have received your report about the following content and a case has been opened:

{X1}
{X2}
{X3}
{X4}

We will review it and let you know. Please do not reply to this email.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal case-opened receipt echoing the reported URLs",
    why="a receipt as a whole: states nothing about any item (arguable: could be review)",
    items={}))

for c in C:
    c["from"] = c.pop("from_")

HEADER = """# blind44: a general blind mix (issue 11), English and Korean, seven platforms.
# Generated by make.py; expected results written from meaning before any run."""
corpuslib.write_set(HERE, "blind44", HEADER, C)
print(len(C), "cases")
