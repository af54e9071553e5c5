#!/usr/bin/env python3
"""blind-64: a general mix, English and Korean, many platforms (issue 11).

Written blind (without reading the reader or any other set). Expected
results are written below from each email's meaning, before anything ran.
Deterministic: `python3 tests/corpus/blind64/make.py` rewrites cases/,
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
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao", "daum.net": "Daum", "fb.com": "Meta",
    "meta.com": "Meta", "instagram.com": "Instagram", "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
})

# ---------------------------------------------------------------- requests
REQ = {
    "yt": ("KCSC-240910-01", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", "req64-240910-01"),
    "nv": ("KCSC-240911-01", "naver", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00", "req64-240911-01"),
    "x": ("KCSC-240912-01", "x", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", "req64-240912-01"),
    "kk": ("KCSC-240913-01", "kakao", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", "req64-240913-01"),
    "mt": ("KCSC-240913-02", "meta", "2024-09-13T15:00:00+09:00", "2024-09-20T18:00:00+09:00", "req64-240913-02"),
    "tt": ("KCSC-240916-01", "tiktok", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", "req64-240916-01"),
    "rd": ("KCSC-240916-02", "reddit", "2024-09-16T14:00:00+09:00", "2024-09-23T18:00:00+09:00", "req64-240916-02"),
    "tg": ("KCSC-240917-01", "telegram", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", "req64-240917-01"),
}
YT = ["https://www.youtube.com/watch?v=" + v for v in [
    "qW3rT9yU1iO", "aS5dF7gH2jK", "zX8cV4bN6mL", "pO0iU2yT5rE", "lK9jH3gF7dS",
    "mN1bV6cX8zA", "Qa2Ws3Ed4Rf", "Tg5Yh6Uj7Ik", "Ol8Pk9Ij0Uh", "Yg1Tf2Rd3Es",
]] + [
    "https://www.youtube.com/@%EB%B0%A4%EB%B9%84%EB%94%94%EC%98%A4",
    "https://www.youtube.com/shorts/Wa4Sz5Xe6Dc",
    "https://www.youtube.com/shorts/Rf7Tg8Yh9Uj",
    "https://www.youtube.com/watch?v=Ik0Ol1Pq2Aw",
]
NV = [
    "https://blog.naver.com/moonlit_k22/223561004871",
    "https://blog.naver.com/moonlit_k22/223561009912",
    "https://cafe.naver.com/greenmarket77/48213",
    "https://cafe.naver.com/greenmarket77/48290",
    "https://blog.naver.com/silverfox_91/223560871245",
]
XX = [
    "https://x.com/dawnrelay_kr/status/1833412098765432101",
    "https://x.com/dawnrelay_kr/status/1833419876543210987",
    "https://x.com/pinehollow22/status/1833501234567890123",
    "https://x.com/pinehollow22/status/1833509876123456789",
]
KK = [
    "https://cafe.daum.net/nightowl99/Abcd/1203",
    "https://cafe.daum.net/nightowl99/Abcd/1219",
    "https://quietriver77.tistory.com/58",
]
MT = [
    "https://www.instagram.com/p/C9xQ2mLtR4a/",
    "https://www.facebook.com/groups/1029384756601/posts/2210987654321098/",
    "https://www.instagram.com/reel/C9yZ7kPqW1b/",
]
TT = [
    "https://www.tiktok.com/@mellow.tide42/video/7412345678901234567",
    "https://www.tiktok.com/@mellow.tide42/video/7412398765432109876",
]
RD = [
    "https://www.reddit.com/r/fakeboard_kr/comments/1fb3k9q/weekly_upload_thread/",
    "https://www.reddit.com/r/fakeboard_kr/comments/1fb7x2m/new_pics/",
]
TG = ["https://t.me/shadowlane_room/5512"]
ITEMS = {"yt": YT, "nv": NV, "x": XX, "kk": KK, "mt": MT, "tt": TT, "rd": RD, "tg": TG}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for key, (ref, plat, sent, due, mid) in REQ.items():
            for u in ITEMS[key]:
                w.writerow([ref, plat, sent, due, u, "illegal_content", f"<{mid}@kcsc.example>", ""])


def quoted(key, prefix="> "):
    ref, plat, sent, due, mid = REQ[key]
    lines = [f"Dear {plat} team,", "",
             f"Under our request {ref} we ask you to remove or block the following content,",
             "which must be deleted or made inaccessible in Korea:"]
    lines += [f"{i}. {u} - please confirm it has been removed" for i, u in enumerate(ITEMS[key], 1)]
    lines += ["", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def ref(key):
    return REQ[key][0]


def rt(key):
    return REQ[key][4]


CASES = []


def case(**c):
    CASES.append(c)


# ===================================================================== YouTube
case(name="yt-legal-blocked-in-kr-prose", from_="legal-noreply@google.com",
     date="Wed, 11 Sep 2024 06:12:40 +0000", subject=f"Re: [{ref('yt')}] Legal removal request - Case 5-8812000031447",
     reply_to_req=rt("yt"), outcome="applied", classification="confirmation",
     items={YT[0]: "restricted", YT[1]: "restricted"},
     imitates="Google legal support outcome email ('we have blocked access ... in <country>')",
     why="prose: two URLs blocked in South Korea only (local law) = restricted; help link is not an item",
     body=f"""Hello,

Thanks for reaching out to us.

In response to your legal request, we have blocked access to the following
content on the YouTube site in South Korea, based on local law:

{YT[0]}
{YT[1]}

The content remains available in other countries, as it does not violate
YouTube's Community Guidelines.

For more information on how we handle legal requests please see
https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Support Team
Case 5-8812000031447
""")

case(name="yt-bare-url-status-below", from_="legal-noreply@google.com",
     date="Wed, 11 Sep 2024 09:40:02 +0000", subject=f"YouTube: outcome of your request {ref('yt')}",
     reply_to_req=rt("yt"), outcome="applied", classification="confirmation",
     items={YT[2]: "removed", YT[3]: "rejected", YT[4]: "restricted"},
     imitates="YouTube Trusted Flagger / legal webform per-URL result listing",
     why="status on the line(s) below each bare URL in three different wordings; a Community Guidelines link is not an item",
     body=f"""Hi,

We have completed our review of the URLs you submitted. Results per URL:

{YT[2]}
Removed for violating YouTube's Community Guidelines.

{YT[3]}
We reviewed this video and found that it doesn't violate our policies or
local law, so we didn't take action on it.

{YT[4]}
Age-restricted. Viewers must be signed in and 18 or over.

Learn about our policies:
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Best regards,
YouTube Trust & Safety
""")

case(name="yt-top-posted-over-quoted-request", from_="legal-noreply@google.com",
     date="Thu, 12 Sep 2024 02:01:10 +0000", subject=f"Re: {ref('yt')}",
     reply_to_req=rt("yt"), outcome="applied", classification="confirmation",
     items={YT[5]: "removed"},
     imitates="Gmail-style top-posted support reply over the regulator's quoted request",
     why="only the one URL the reply itself names is removed; the 14 URLs in the quoted request with 'removed' wording stay pending",
     body=f"""Hello KCSC team,

The video {YT[5]} has been removed from YouTube. We're still
looking at the others and will write again.

Thanks,
Min-seo
YouTube Legal Support

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted('yt')}
""")

YT_HTML = f"""<html><body>
<p>Dear Reporter,</p>
<p>Please find below the outcome for request {ref('yt')}.</p>
<table border="1">
<tr><th>#</th><th>Reported URL</th><th>Outcome</th></tr>
<tr><td>1</td><td><a href="{YT[6]}">{YT[6]}</a></td><td>Content removed</td></tr>
<tr><td>2</td><td><a href="{YT[7]}">{YT[7]}</a></td><td>Blocked in KR</td></tr>
<tr><td>3</td><td><a href="{YT[8]}">{YT[8]}</a></td><td>Video unavailable - could not be located (invalid video ID)</td></tr>
</table>
<p>You can check the status of past notices in your <a href="https://www.youtube.com/reportinghistory">reporting history</a>.</p>
<p>YouTube Legal Team</p>
</body></html>"""
YT_TXT = f"""Dear Reporter,

Please find below the outcome for request {ref('yt')}.

1  {YT[6]}  Content removed
2  {YT[7]}  Blocked in KR
3  {YT[8]}  Video unavailable - could not be located (invalid video ID)

You can check the status of past notices in your reporting history:
https://www.youtube.com/reportinghistory

YouTube Legal Team
"""
case(name="yt-html-table-alternative", from_="legal-noreply@google.com",
     date="Thu, 12 Sep 2024 07:22:31 +0000", subject=f"[{ref('yt')}] Outcome of legal notice",
     reply_to_req=rt("yt"), outcome="applied", classification="confirmation",
     items={YT[6]: "removed", YT[7]: "restricted", YT[8]: "not_found"},
     imitates="YouTube legal outcome notice with an HTML results table (multipart/alternative)",
     why="HTML table and text alternative: removed / blocked in KR / could not be located; reporting-history link is not an item",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="ytalt64"

--ytalt64
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{YT_TXT}
--ytalt64
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{YT_HTML}
--ytalt64--
""")

case(name="yt-removed-and-still-under-review", from_="legal-noreply@google.com",
     date="Fri, 13 Sep 2024 01:15:00 +0000", subject=f"Re: [{ref('yt')}] Update",
     reply_to_req=rt("yt"), outcome="applied", classification="confirmation",
     items={YT[9]: "removed"},
     imitates="YouTube legal support interim update (one actioned, one still in review)",
     why="one URL removed; the channel URL is still under review and must stay pending",
     body=f"""Hello,

Update on your request:

- {YT[9]} : we have taken this video down globally under our harassment policy.
- {YT[10]} : this channel is still being reviewed by our specialist team.
  We will let you know the outcome as soon as it is available.

YouTube Legal Support
""")

case(name="yt-korean-channel-terminated-raw-iri", from_="youtube-kr-legal@google.com",
     date="Fri, 13 Sep 2024 08:02:11 +0000", subject=f"[{ref('yt')}] 채널 조치 결과 안내",
     reply_to_req=rt("yt"), outcome="applied", classification="confirmation",
     items={YT[10]: "removed"},
     imitates="YouTube Korea 한국어 법률 지원팀 채널 해지 안내",
     why="raw Korean handle IRI followed by a particle after a space; channel terminated = removed; item stored percent-encoded",
     body=f"""안녕하세요, 방송통신심의위원회 담당자님.

요청하신 채널 https://www.youtube.com/@밤비디오 은 YouTube 커뮤니티 가이드 위반으로
해지되었으며 더 이상 YouTube에서 볼 수 없습니다.

자세한 정책은 https://support.google.com/youtube/answer/2802168?hl=ko 에서
확인하실 수 있습니다.

감사합니다.
YouTube 법률 지원팀 드림
""")

case(name="yt-asks-timestamps", from_="legal-noreply@google.com",
     date="Fri, 13 Sep 2024 10:30:00 +0000", subject=f"Re: [{ref('yt')}] Additional information needed",
     reply_to_req=rt("yt"), outcome="review", review="asks_more", items={},
     imitates="YouTube legal webform 'we need more information' reply",
     why="the platform asks for timestamps before it can act on two shorts: nothing applied, staff must answer",
     body=f"""Hello,

We need additional information to process your request for the following URLs:

{YT[11]}
{YT[12]}

Please reply with the exact timestamps and a description of where the
allegedly unlawful content appears in each video. Without this we are unable
to proceed with the review.

Regards,
YouTube Legal Support
""")

case(name="yt-dmarc-fail-confirmation", from_="legal-noreply@google.com", auth="fail",
     date="Sat, 14 Sep 2024 03:00:00 +0000", subject=f"Re: [{ref('yt')}] Content removed",
     reply_to_req=rt("yt"), outcome="review", review="untrusted", items={},
     imitates="YouTube removal confirmation (sender authentication failed)",
     why="perfect confirmation but dmarc=fail: nothing applied, review untrusted",
     body=f"""Hello,

We have removed the following video from YouTube:
{YT[13]}

YouTube Legal Support
""")

case(name="yt-reported-content-echoed", from_="noreply@youtube.com",
     date="Sat, 14 Sep 2024 05:44:09 +0000", subject="Update on your YouTube report",
     reply_to_req=rt("yt"), outcome="applied", classification="confirmation",
     items={YT[13]: "removed"},
     imitates="YouTube 'Update on your report' email with the echoed report details",
     why="statement about 'the content you reported' followed by the echoed report that lists one URL",
     body=f"""Thanks for reporting

We reviewed the content you reported and removed it because it violates
our Community Guidelines.

Report details
  Reported content: {YT[13]}
  Reason: Harassment and cyberbullying
  Reported on: Sep 10, 2024

Learn more about reporting: https://support.google.com/youtube/answer/2802027

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You received this email to provide an update on a report you submitted.
""")

case(name="yt-hedged-maybe-uploader", from_="legal-noreply@google.com",
     date="Sat, 14 Sep 2024 09:10:00 +0000", subject=f"Re: [{ref('yt')}]",
     reply_to_req=rt("yt"), outcome="review", review="not_understood", items={},
     imitates="support agent's informal hedged reply",
     why="'appears ... may have been deleted by the uploader, we are double-checking' is hedged: a clerk would not record not_found yet",
     body=f"""Hi,

Quick note: it looks like {YT[11]} may have already been deleted by the
uploader, but I'm double-checking with the team and will confirm.

Best,
Jae
YouTube Legal Support
""")

case(name="yt-ticket-receipt-lists-urls", from_="legal-noreply@google.com",
     date="Tue, 10 Sep 2024 01:05:00 +0000", subject=f"Your legal request has been received [{ref('yt')}]",
     reply_to_req=rt("yt"), outcome="ignored", classification="acknowledgement", items={},
     imitates="Google legal webform automatic receipt (case ID, echoed URLs)",
     why="pure receipt echoing the submitted URLs; 'may remove' is a description of the process, nothing was done yet",
     body=f"""Thank you for your submission.

We have received your legal request. Your case ID is 5-8812000031447.
We review every request and may remove or restrict content where appropriate.

URLs submitted:
{YT[0]}
{YT[1]}
{YT[2]}

Please do not reply to this email.
Google LLC
""")

case(name="yt-out-of-office", from_="hyunwoo.kim@google.com",
     date="Tue, 10 Sep 2024 01:20:00 +0000", subject=f"Automatic reply: [{ref('yt')}] Legal removal request",
     reply_to_req=rt("yt"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     outcome="ignored", classification="auto_reply", items={},
     imitates="Gmail/Outlook vacation responder",
     why="out-of-office reply; the quoted request contains URLs and 'removed' wording",
     body=f"""I am out of the office until September 23 with limited access to email.
For urgent legal matters please use the legal webform.

{quoted('yt')}
""")

# ===================================================================== NAVER
case(name="naver-imsi-jochi-notice", from_="policy@navercorp.com",
     date="Thu, 12 Sep 2024 02:30:00 +0000", subject=f"[네이버] 게시물 처리 결과 안내 ({ref('nv')})",
     reply_to_req=rt("nv"), outcome="applied", classification="confirmation",
     items={NV[0]: "restricted", NV[1]: "restricted"},
     imitates="NAVER 권리보호센터 임시조치 처리 결과 안내",
     why="임시조치 (30일, 정보통신망법 제44조의2) = restricted for the two listed blog posts",
     body=f"""안녕하세요. 네이버 권리보호센터입니다.

귀 위원회에서 요청하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한
법률 제44조의2에 따라 아래와 같이 30일간 임시조치하였음을 알려드립니다.

- {NV[0]}
- {NV[1]}

임시조치 기간 중 게시자의 재게시 요청이 있는 경우 관련 법령에 따라 처리됩니다.
문의: https://right.naver.com

네이버 주식회사 권리보호센터 드림
""")

NV_HTML = f"""<html><body>
<p>방송통신심의위원회 귀하</p>
<p>{ref('nv')} 시정요구에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV[2]}</td><td>삭제</td><td>카페 운영원칙 위반</td></tr>
<tr><td>2</td><td>{NV[3]}</td><td>게시중단</td><td>-</td></tr>
<tr><td>3</td><td>{NV[4]}</td><td>해당 게시물 없음</td><td>작성자 삭제</td></tr>
</table>
<p>네이버 정책지원팀</p>
</body></html>"""
case(name="naver-kcsc-result-html-table", from_="policy@navercorp.com",
     date="Thu, 12 Sep 2024 08:00:00 +0000", subject=f"[회신] 시정요구 조치결과 ({ref('nv')})",
     reply_to_req=rt("nv"), outcome="applied", classification="confirmation",
     items={NV[2]: "removed", NV[3]: "removed", NV[4]: "not_found"},
     imitates="KCSC 시정요구 조치결과 회신 table from a Korean portal",
     why="HTML table: 삭제 = removed, 게시중단 = removed, 해당 게시물 없음 (작성자 삭제) = not_found",
     type="html", body=NV_HTML)

case(name="naver-under-review-and-private", from_="policy@navercorp.com",
     date="Fri, 13 Sep 2024 01:00:00 +0000", subject=f"RE: {ref('nv')} 처리 현황",
     reply_to_req=rt("nv"), outcome="applied", classification="confirmation",
     items={NV[1]: "removed"},
     imitates="NAVER 고객센터 처리 현황 reply (one done, one in review)",
     why="비공개 처리 완료 = removed; 검토 중 ... 추후 안내 keeps the other item pending",
     body=f"""안녕하세요, 네이버입니다.

문의하신 게시물의 처리 현황을 안내드립니다.

1) {NV[0]}
   현재 내부 검토 중이며, 결과는 추후 별도로 안내드리겠습니다.
2) {NV[1]}
   운영정책 위반으로 비공개 처리 완료되었습니다.

감사합니다.
""")

NV_B64 = f"""방송통신심의위원회 담당자님께

{ref('nv')} 요청 건 처리 결과입니다.

{NV[0]} : 블라인드 처리
{NV[4]} : 검토 결과 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

네이버 카페/블로그 운영팀
"""
case(name="naver-base64-per-line", from_="policy@navercorp.com",
     date="Fri, 13 Sep 2024 06:45:00 +0000", subject=f"=?UTF-8?B?{base64.b64encode(('[' + ref('nv') + '] 처리 결과').encode()).decode()}?=",
     reply_to_req=rt("nv"), outcome="applied", classification="confirmation",
     items={NV[0]: "removed", NV[4]: "rejected"},
     imitates="NAVER Outlook-style base64 reply with per-line results",
     why="base64 body: 블라인드 처리 = removed; 위반 사항이 확인되지 않아 별도 조치하지 않았습니다 = rejected",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
              + base64.encodebytes(NV_B64.encode()).decode())

case(name="naver-seems-deleted-hedge", from_="policy@navercorp.com",
     date="Sat, 14 Sep 2024 02:00:00 +0000", subject=f"RE: {ref('nv')}",
     reply_to_req=rt("nv"), outcome="review", review="not_understood", items={},
     imitates="informal Korean portal staff reply (hedged)",
     why="삭제된 것으로 보입니다 ... 확인 후 다시 회신 is a guess, not a statement",
     body=f"""담당자님 안녕하세요.

말씀하신 {NV[3]} 게시물은 이미 삭제된 것으로 보입니다만,
정확한 처리 내역은 확인 후 다시 회신드리겠습니다.

네이버 카페 운영팀 드림
""")

case(name="naver-korean-auto-reply", from_="policy@navercorp.com",
     date="Wed, 11 Sep 2024 02:05:00 +0000", subject=f"자동 회신: [{ref('nv')}] 불법정보 시정요구",
     reply_to_req=rt("nv"), extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="auto_reply", items={},
     imitates="Korean Outlook 부재중 자동 회신",
     why="out-of-office auto reply, quotes our request",
     body=f"""현재 휴가 중으로 9월 18일에 복귀합니다. 급한 용무는 대표 메일로 연락 바랍니다.

-----원본 메시지-----
{quoted('nv', prefix='')}
""")

# ===================================================================== X
case(name="x-withheld-url-below-statement", from_="legal@x.com",
     date="Thu, 12 Sep 2024 09:00:00 +0000", subject=f"Re: [{ref('x')}] Request from KCSC",
     reply_to_req=rt("x"), outcome="applied", classification="confirmation",
     items={XX[0]: "restricted", XX[1]: "restricted"},
     imitates="X (Twitter) country-withheld content notice to a government reporter",
     why="statement line first, URLs on the lines below it; withheld in South Korea = restricted; help link not an item",
     body=f"""Hello,

We have reviewed your request. In accordance with applicable local law, the
following posts are now withheld in the Republic of Korea:

{XX[0]}
{XX[1]}

We have notified the affected account holders. For more information about
country-withheld content see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
X Corp., 865 FM 1209, Bastrop, TX 78602
""")

case(name="x-relative-clause-hedge", from_="legal@x.com",
     date="Fri, 13 Sep 2024 04:00:00 +0000", subject=f"Re: [{ref('x')}]",
     reply_to_req=rt("x"), outcome="applied", classification="confirmation",
     items={XX[2]: "removed"},
     imitates="X legal follow-up with a hedge inside a relative clause",
     why="'which may also have been reported by other users' hedges the past reporting, not the main clause 'has been removed'",
     body=f"""Hi KCSC,

Following up: the post {XX[2]}, which may also have been reported
by other users, has been removed for violating the X Rules.

Thanks,
X Legal
""")

case(name="x-not-in-violation-and-cannot-locate", from_="legal@x.com",
     date="Fri, 13 Sep 2024 11:30:00 +0000", subject=f"Case 0912-44871 [{ref('x')}]",
     reply_to_req=rt("x"), outcome="applied", classification="confirmation",
     items={XX[1]: "rejected", XX[3]: "not_found"},
     imitates="X Support case reply ('not in violation', 'unable to locate')",
     why="a negated action with a reason = rejected; 'unable to locate ... may have been deleted' = not_found (stated, hedge only about why)",
     body=f"""Hello,

Thank you for your report regarding the following content.

{XX[1]}
After review we determined that this post is not in violation of the X Rules
or local law, and we are not taking any action on it at this time.

{XX[3]}
We were unable to locate this post. It may have been deleted by the account
holder.

Case number: 0912-44871
X Support
""")

case(name="x-outlook-original-message", from_="legal@x.com",
     date="Sat, 14 Sep 2024 00:30:00 +0000", subject=f"RE: [{ref('x')}] Request from KCSC",
     reply_to_req=rt("x"), outcome="applied", classification="confirmation",
     items={XX[3]: "removed"},
     imitates="Outlook reply with -----Original Message----- block",
     why="only the reply's own line counts; the quoted request below names all four posts with 'removed' wording",
     body=f"""Action taken: {XX[3]} - removed (account suspended).

-Emma, X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 9:30 AM
To: legal@x.com
Subject: [{ref('x')}] Request from KCSC

{quoted('x', prefix='')}
""")

case(name="x-lookalike-sender", from_="legal@x-corp-legal.com",
     date="Sat, 14 Sep 2024 02:00:00 +0000", subject=f"Re: [{ref('x')}] Done",
     reply_to_req=rt("x"), outcome="review", review="unknown_sender", items={},
     imitates="spoof attempt: look-alike domain claiming removals",
     name_from="X Legal",
     why="DMARC passes for x-corp-legal.com, which is no platform's domain: must be seen, nothing applied",
     body=f"""Hello,

All posts have been removed:
{XX[0]}
{XX[1]}

X Legal
""")

# ===================================================================== Kakao
case(name="kakao-numbered-gesi-jungdan", from_="right@kakaocorp.com",
     date="Fri, 13 Sep 2024 07:00:00 +0000", subject=f"[카카오] 게시중단 처리 결과 안내 ({ref('kk')})",
     reply_to_req=rt("kk"), outcome="applied", classification="confirmation",
     items={KK[0]: "removed", KK[1]: "removed"},
     imitates="Daum/Kakao 권리침해신고센터 게시중단 결과 안내 (numbered list)",
     why="'아래 게시물에 대하여 게시중단 조치하였음' over a numbered list = removed",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 아래 게시물에 대하여 게시중단 조치하였음을 알려드립니다.

1. {KK[0]}
2. {KK[1]}

※ 본 메일은 발신 전용입니다. 문의는 고객센터(https://cs.kakao.com)를 이용해 주세요.

(주)카카오 | 제주특별자치도 제주시 첨단로 242
""")

KK_CSV = "번호,URL,조치결과,조치일\n" + f"1,{KK[2]},삭제,2024-09-14\n2,{KK[0]},임시조치(30일),2024-09-14\n"
case(name="kakao-csv-attachment", from_="right@kakaocorp.com",
     date="Sat, 14 Sep 2024 03:00:00 +0000", subject=f"[{ref('kk')}] 조치결과 회신",
     reply_to_req=rt("kk"), outcome="applied", classification="confirmation",
     items={KK[2]: "removed", KK[0]: "restricted"},
     imitates="Kakao 정책팀 회신 with a CSV result sheet (EUC-KR/UTF-8 excel export)",
     why="results only in the attached CSV: 삭제 = removed, 임시조치(30일) = restricted",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="kkmix64"

--kkmix64
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 요청 건의 조치 결과를 첨부 파일로 회신드립니다.
카카오 정책팀

--kkmix64
Content-Type: text/csv; charset=utf-8; name="result.csv"
Content-Disposition: attachment; filename="result.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(KK_CSV.encode()).decode()}
--kkmix64--
""")

case(name="kakao-some-actioned-unspecified", from_="right@kakaocorp.com",
     date="Sat, 14 Sep 2024 08:00:00 +0000", subject=f"RE: {ref('kk')}",
     reply_to_req=rt("kk"), outcome="review", review="not_understood", items={},
     imitates="Kakao staff reply: partial action without saying which",
     why="'일부 게시물은 조치 완료, 나머지는 검토 중' over a list of three: no item can be told apart; review (arguably bulk)",
     body=f"""담당자님 안녕하세요.

신고하신 게시물 중 일부는 조치를 완료하였고, 나머지는 현재 검토 중입니다.

- {KK[0]}
- {KK[1]}
- {KK[2]}

검토가 끝나는 대로 상세 결과를 안내드리겠습니다.
카카오 권리침해신고센터
""")

case(name="kakao-claims-naver-item", from_="right@kakaocorp.com",
     date="Sun, 15 Sep 2024 01:00:00 +0000", subject=f"RE: {ref('nv')}",
     reply_to_req=rt("nv"), outcome="review", review="wrong_platform", items={},
     imitates="misdirected Korean portal reply about another portal's URL",
     why="trusted Kakao email claims a NAVER cafe post was deleted: Kakao cannot speak for NAVER",
     body=f"""안녕하세요.

{NV[2]} 게시물은 삭제 처리되었습니다.

카카오 고객센터
""")

case(name="kakao-receipt-ack", from_="noreply@daum.net",
     date="Fri, 13 Sep 2024 01:02:00 +0000", subject=f"[Daum] 권리침해 신고가 접수되었습니다 ({ref('kk')})",
     reply_to_req=rt("kk"), outcome="ignored", classification="acknowledgement", items={},
     imitates="Daum 권리침해신고 접수 완료 자동 안내",
     why="접수번호 receipt only; mentions the future process (검토 후 삭제 또는 임시조치)",
     body=f"""안녕하세요. Daum 권리침해신고센터입니다.

신고가 정상적으로 접수되었습니다. (접수번호: DR-20240913-0077)
접수된 신고는 관련 법령과 운영정책에 따라 검토 후 삭제 또는 임시조치 등이 진행될 수 있으며,
처리 결과는 메일로 안내드립니다.

본 메일은 발신 전용입니다.
""")

# ===================================================================== Meta
case(name="meta-local-law-echoed-report", from_="legal-notices@meta.com",
     date="Fri, 13 Sep 2024 12:00:00 +0000", subject=f"Your report to Meta [{ref('mt')}]",
     reply_to_req=rt("mt"), outcome="applied", classification="confirmation",
     items={MT[0]: "restricted"},
     imitates="Meta/Instagram 'we restricted access in your country' legal report outcome with echoed report",
     why="'we've restricted access to this content in South Korea' about the reported content, echoed report lists one URL; help link is no item",
     body=f"""Hi,

Thank you for your report. After a legal review, we've restricted access to the
content you reported in South Korea, because it violates local law.

Your report
Content: {MT[0]}
Report type: Local law violation
Submitted: September 13, 2024

Learn more about legal restrictions on content:
https://help.instagram.com/874680996209917

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""")

case(name="meta-didnt-remove-community-standards", from_="notification@facebookmail.com",
     date="Sat, 14 Sep 2024 04:00:00 +0000", subject="We reviewed the post you reported",
     reply_to_req=rt("mt"), outcome="applied", classification="confirmation",
     items={MT[1]: "rejected"},
     imitates="Facebook support inbox 'We didn't remove this post' decision",
     why="'We didn't remove ... because it doesn't go against our Community Standards' = rejected",
     body=f"""We reviewed the post you reported

{MT[1]}

We didn't remove the post because it doesn't go against our Community
Standards. If you think we made a mistake, you can ask us to review this
decision again at https://www.facebook.com/support/

Thanks for helping us keep Facebook safe.
""")

META_TXT = f"""Thanks for your report - we've received it and taken a look.

We removed the reel you reported because it goes against our Community
Guidelines:

{MT[2]}

We've also let the account know that their content was removed.

Instagram Help Center: https://help.instagram.com/
"""
case(name="meta-qp-received-and-removed", from_="no-reply@instagram.com",
     date="Sat, 14 Sep 2024 09:00:00 +0000", subject="Update on your report",
     reply_to_req=rt("mt"), outcome="applied", classification="confirmation",
     items={MT[2]: "removed"},
     imitates="Instagram report update (quoted-printable), receipt phrase plus a real removal",
     why="'we've received it' does not make it an acknowledgement when an unhedged removal follows",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
              + quopri.encodestring(META_TXT.encode()).decode())

# ===================================================================== TikTok
case(name="tiktok-video-result-lines", from_="legal-notice@tiktok.com",
     date="Mon, 16 Sep 2024 08:00:00 +0000", subject=f"TikTok: Report result [{ref('tt')}]",
     reply_to_req=rt("tt"), outcome="applied", classification="confirmation",
     items={TT[0]: "removed", TT[1]: "rejected"},
     imitates="TikTok report result notice ('Violation found' / 'No violation found')",
     why="labelled lines: 'Violation found. The video has been removed' = removed; 'No violation found' = rejected",
     body=f"""Hello,

Here is the result of your report:

Video: {TT[0]}
Result: Violation found. The video has been removed.

Video: {TT[1]}
Result: No violation found. The video will stay up.

You can read our Community Guidelines at https://www.tiktok.com/community-guidelines

TikTok Trust and Safety
""")

case(name="tiktok-future-restriction", from_="legal-notice@tiktok.com",
     date="Tue, 17 Sep 2024 02:00:00 +0000", subject=f"Re: [{ref('tt')}]",
     reply_to_req=rt("tt"), outcome="review", review="not_understood", items={},
     imitates="TikTok legal team interim reply (promise)",
     why="'will be restricted in your region within 48 hours' is a promise: stays pending, review so that staff see it",
     body=f"""Hello,

Thank you for your patience. The video {TT[0]}
will be restricted in your region within the next 48 hours. We will send you a
final confirmation once this is complete.

TikTok Legal
""")

# ===================================================================== Reddit
case(name="reddit-removed-echoed", from_="noreply@reddit.com",
     date="Tue, 17 Sep 2024 03:00:00 +0000", subject="Thanks for your report",
     reply_to_req=rt("rd"), outcome="applied", classification="confirmation",
     items={RD[0]: "removed"},
     imitates="Reddit Safety 'after investigating ... we've removed' report outcome with report details",
     why="statement about 'the reported content' plus echoed report details listing one post",
     body=f"""Hi there,

Thanks for submitting a report to the Reddit Safety team. After investigating,
we've found that the reported content violates Reddit's Content Policy and have
removed it.

Report details
Report reason: Non-consensual intimate media
Reported content: {RD[0]}
Submitted: 09/16/2024

Learn more about the Content Policy: https://www.redditinc.com/policies/content-policy

Reddit Safety
""")

case(name="reddit-mods-removed-before-review", from_="noreply@reddit.com",
     date="Tue, 17 Sep 2024 06:00:00 +0000", subject="Update on your report",
     reply_to_req=rt("rd"), outcome="applied", classification="confirmation",
     items={RD[1]: "not_found"},
     imitates="Reddit report outcome: content already removed by the community's moderators",
     why="removed by subreddit moderators before Reddit's review: the platform found nothing to act on = not_found (arguable: removed)",
     body=f"""Hi there,

Thanks for your report about {RD[1]}.
By the time we reviewed it, the post had already been removed by the
community's moderators, so there was nothing left for us to action.

Reddit Safety
""")

case(name="reddit-mdn-read-receipt", from_="legal@reddit.com",
     date="Mon, 16 Sep 2024 06:00:00 +0000", subject=f"Read: [{ref('rd')}] Request from KCSC",
     reply_to_req=rt("rd"), outcome="ignored", classification="read_receipt", items={},
     imitates="Outlook/RFC 8098 read receipt",
     why="MDN disposition-notification: ignored",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn64"

--mdn64
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: [{ref('rd')}] Request from KCSC
  Sent: Monday, September 16, 2024 2:00 PM

was read on Monday, September 16, 2024 3:00 PM.

--mdn64
Content-Type: message/disposition-notification

Reporting-UA: mail.reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <{rt('rd')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn64--
""")

# ===================================================================== Telegram
case(name="tg-no-longer-accessible", from_="dsa@telegram.org",
     date="Wed, 18 Sep 2024 05:00:00 +0000", subject=f"Re: {ref('tg')}",
     reply_to_req=rt("tg"), outcome="applied", classification="confirmation",
     items={TG[0]: "removed"},
     imitates="Telegram abuse desk short reply ('no longer accessible')",
     why="one URL and one sentence: 'is no longer accessible on Telegram' = removed (made unavailable)",
     body=f"""Hello,

{TG[0]} is no longer accessible on Telegram.

Telegram Abuse Team
""")

case(name="tg-unknown-sender-claims", from_="support@telegram-moderation.net",
     date="Wed, 18 Sep 2024 07:00:00 +0000", subject=f"Re: {ref('tg')} removed",
     reply_to_req=rt("tg"), outcome="review", review="unknown_sender", items={},
     name_from="Telegram Moderation",
     imitates="third party pretending to be Telegram",
     why="unknown sender claiming a removal for one of our items: review, nothing applied",
     body=f"""Dear KCSC,

The message {TG[0]} was deleted and the channel banned.

Telegram Moderation Support
""")

case(name="tg-bounce-of-reminder", from_="MAILER-DAEMON@mx.kcsc.example", auth="none",
     date="Wed, 18 Sep 2024 01:00:00 +0000", subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="bounce", items={},
     name_from="Mail Delivery System",
     imitates="Postfix DSN bounce of our reminder",
     why="delivery failure report embedding our request: ignored",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn64"

--dsn64
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[203.0.113.25] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn64
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 10:00:00 +0900

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn64
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: [{ref('tg')}] Reminder
Message-ID: <rem64-240918-01@kcsc.example>
Date: Wed, 18 Sep 2024 10:00:00 +0900

Reminder: please confirm that {TG[0]} has been removed.

--dsn64--
""")

case(name="kakao-tistory-not-exist", from_="right@kakaocorp.com",
     date="Sun, 15 Sep 2024 03:00:00 +0000", subject=f"RE: [{ref('kk')}] 티스토리 게시물 확인 결과",
     reply_to_req=rt("kk"), outcome="applied", classification="confirmation",
     items={KK[2]: "not_found"},
     imitates="Kakao 고객센터 '존재하지 않는 게시물' reply",
     why="존재하지 않는 게시물 / 확인할 수 없습니다 = not_found; the URL is followed directly by the particle 는",
     body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 게시물 {KK[2]}는 확인 결과 존재하지 않는 게시물로, 해당 URL에서
게시물을 확인할 수 없습니다. (작성자에 의해 이미 삭제된 것으로 확인됩니다)

감사합니다.
""")

case(name="tiktok-korean-fullwidth-paren", from_="legal-notice@tiktok.com",
     date="Tue, 17 Sep 2024 05:00:00 +0000", subject=f"[{ref('tt')}] 신고 처리 결과 안내",
     reply_to_req=rt("tt"), outcome="applied", classification="confirmation",
     items={TT[1]: "removed"},
     imitates="TikTok 한국어 신고 처리 결과 안내",
     why="URL inside full-width parentheses followed by a particle; 삭제되었습니다 = removed",
     body=f"""안녕하세요, TikTok입니다.

신고해 주신 동영상（{TT[1]}）은 커뮤니티 가이드라인 위반으로 삭제되었습니다.

커뮤니티 가이드라인: https://www.tiktok.com/community-guidelines/ko-kr/

TikTok 신뢰 및 안전팀 드림
""")


def xlsx_bytes(rows):
    import openpyxl
    import datetime
    import zipfile
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Results"
    for r in rows:
        ws.append(r)
    fixed = datetime.datetime(2024, 9, 14, 0, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "YouTube Legal"
    raw = io.BytesIO()
    wb.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            data = src.read(name)
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                              b'<dcterms:modified xsi:type="dcterms:W3CDTF">2024-09-14T00:00:00Z</dcterms:modified>', data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 14, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


XLSX = base64.encodebytes(xlsx_bytes([
    ["No.", "URL", "Action taken", "Policy"],
    [1, YT[11], "Removed", "Child safety"],
    [2, YT[12], "Restricted (KR only)", "Local law"],
    [3, YT[13], "No action - does not violate policy", "-"],
])).decode()
case(name="yt-xlsx-results-sheet", from_="legal-noreply@google.com",
     date="Sun, 15 Sep 2024 02:00:00 +0000", subject=f"[{ref('yt')}] Results spreadsheet",
     reply_to_req=rt("yt"), outcome="applied", classification="confirmation",
     items={YT[11]: "removed", YT[12]: "restricted", YT[13]: "rejected"},
     imitates="Google legal bulk-request outcome returned as an XLSX sheet",
     why="statuses only in the XLSX attachment: Removed / Restricted (KR only) / No action - does not violate policy",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="ytx64"

--ytx64
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please see the attached spreadsheet for the outcome of the remaining items.

YouTube Legal Support

--ytx64
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="results.xlsx"
Content-Disposition: attachment; filename="results.xlsx"
Content-Transfer-Encoding: base64

{XLSX}
--ytx64--
""")


HEADER = """# blind-64: a general mix in English and Korean across eight platforms
# (YouTube, NAVER, X, Kakao/Daum, Meta, TikTok, Reddit, Telegram).
# Written blind; expected results from each email's meaning, before any run.
# Generated by make.py: edit make.py, not this file."""


def main():
    write_requests()
    out = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        out.append(c)
    corpuslib.write_set(HERE, "blind64", HEADER, out)


if __name__ == "__main__":
    main()
