#!/usr/bin/env python3
"""Blind set 48 (issue 11): a general mix, English and Korean, eight platforms.

Written without reading the reader or any other set. Expected results come
from each email's meaning, written here before anything was run.
    python3 tests/corpus/blind48/make.py
"""
import base64
import email.header
import csv
import io
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao", "daum.net": "Daum", "tiktok.com": "TikTok",
    "fb.com": "Meta", "instagram.com": "Instagram", "facebookmail.com": "Facebook",
    "reddit.com": "Reddit", "redditmail.com": "Reddit",
})

HANDLE = "달빛상점"
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    2: "https://www.youtube.com/watch?v=h7KdP0wZr4E",
    3: "https://youtu.be/Zt5nB1cVq9M",
    4: "https://www.youtube.com/watch?v=aR2sW6yUe1O",
    5: "https://www.youtube.com/shorts/Lp8xC3vNm7Q",
    6: "https://www.youtube.com/watch?v=dF4gH9jKs0T",
    7: "https://www.youtube.com/watch?v=Vb6nM2qWx5R",
    8: "https://www.youtube.com/@" + urllib.parse.quote(HANDLE),
    9: "https://www.youtube.com/watch?v=pO1iU7yTr3E",
    10: "https://www.youtube.com/shorts/Wq2eR4tY6uI",
    11: "https://www.youtube.com/watch?v=Ks9jH3gF1dS",
    12: "https://youtu.be/Xc7vB5nM8aQ",
    13: "https://www.youtube.com/watch?v=Mn4bV6cX2zL",
    14: "https://www.youtube.com/shorts/Gh1jK8lP0oI",
}
Y8_IRI = "https://www.youtube.com/@" + HANDLE
N = {
    1: "https://blog.naver.com/moonlit_dew/223567891234",
    2: "https://cafe.naver.com/greenvalley/48213",
    3: "https://m.blog.naver.com/haneul_07/223571230045",
    4: "https://post.naver.com/viewer/postView.naver?volumeNo=38214567&memberNo=5123987",
    5: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60203&docId=471234567",
}
X = {
    1: "https://x.com/nightowl_kr/status/1833456789012345678",
    2: "https://x.com/nightowl_kr/status/1833501234567890123",
    3: "https://twitter.com/pale_signal/status/1832999888777666555",
    4: "https://x.com/grey_ferry/status/1834012345678901234",
}
K = {
    1: "https://cafe.daum.net/silverlake/AbCd/1523",
    2: "https://cafe.daum.net/silverlake/AbCd/1531",
    3: "https://open.kakao.com/o/gQz7Lm2f",
}
T = {1: "https://t.me/velvet_room_kr/812", 2: "https://t.me/velvet_room_kr/815"}
TT = "https://www.tiktok.com/@mirae.daily/video/7413265498712345678"
M = {
    1: "https://www.instagram.com/p/C_q3LmZtR8x/",
    2: "https://www.facebook.com/groups/418273645501122/posts/902314567788990/",
    3: "https://www.instagram.com/reel/C_w9PkXyN2a/",
}
R = {
    1: "https://www.reddit.com/r/koreanvibes_fake/comments/1fb7xk2/leaked_clip_thread/",
    2: "https://www.reddit.com/r/koreanvibes_fake/comments/1fc2m9q/part_two/",
}

REQS = [
    # ref, platform, sent, due, msgid, category, urls
    ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "req-240909-01", "illegal_gambling", [Y[i] for i in range(1, 15)]),
    ("KCSC-240910-01", "naver", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "req-240910-01", "defamation", [N[i] for i in range(1, 6)]),
    ("KCSC-240911-01", "x", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00",
     "req-240911-01", "deepfake_sexual_abuse", [X[i] for i in range(1, 5)]),
    ("KCSC-240912-01", "kakao", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "req-240912-01", "drug_trade", [K[i] for i in range(1, 4)]),
    ("KCSC-240913-01", "telegram", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "req-240913-01", "deepfake_sexual_abuse", [T[1], T[2]]),
    ("KCSC-240913-02", "meta", "2024-09-13T15:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "req-240913-02", "illegal_gambling", [M[1], M[2], M[3]]),
    ("KCSC-240916-01", "tiktok", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00",
     "req-240916-01", "harmful_to_minors", [TT]),
    ("KCSC-240917-01", "reddit", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00",
     "req-240917-01", "deepfake_sexual_abuse", [R[1], R[2]]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, mid, cat, urls in REQS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", ""])


def b64(s):
    data = s.encode("utf-8") if isinstance(s, str) else s
    return "\n".join(base64.b64encode(data).decode()[i:i + 76]
                     for i in range(0, len(base64.b64encode(data)), 76))


def qp(s):
    import quopri
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def quoted(ref, urls, when="Mon, 9 Sep 2024 at 10:00"):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             f"> Request {ref}: removal request (Korea Communications Standards Commission)",
             ">", "> Please remove or block access to the following items:"]
    lines += [f"> {i}. {u}" for i, u in enumerate(urls, 1)]
    lines += [">", "> KCSC Takedown Desk"]
    return "\n".join(lines)


YT_FOOTER = """Google LLC d/b/a YouTube, 901 Cherry Ave, San Bruno, CA 94066, USA
You have received this mandatory service announcement to update you about
important changes or actions on your report."""

CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- YouTube
case(name="yt-legal-local-block-bullets", from_="legal-noreply@google.com",
     date="Wed, 11 Sep 2024 08:12:44 +0000", subject="[3-8821000041907] Your legal request to YouTube",
     reply_to_req="req-240909-01",
     body=f"""Hello,

Thanks for reaching out to us. We have reviewed your request (ref. KCSC-240909-01)
under applicable local law.

Following our review, we have blocked the content listed below from view on
YouTube in South Korea:

  * {Y[1]}
  * {Y[2]}
  * {Y[3]}

This content remains available in other countries/regions. To learn more about
how we handle legal removal requests, please visit
https://support.google.com/legal/answer/3110420 and our transparency report at
https://transparencyreport.google.com/government-removals/overview

Regards,
The YouTube Legal Support Team

{YT_FOOTER}
""",
     outcome="applied", classification="confirmation",
     items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "restricted"},
     imitates="Google/YouTube legal removal outcome email ('blocked ... from view in <country>'), help and transparency-report links",
     why="Local-law block in South Korea of three listed videos: restricted. The two Google links are not items.")

case(name="yt-removed-two-kept-one", from_="youtube-noreply@youtube.com",
     date="Wed, 11 Sep 2024 23:40:02 +0000", subject="Update on your report - KCSC-240909-01",
     reply_to_req="req-240909-01",
     body=f"""Hi there,

Our team reviewed the videos you flagged against our Community Guidelines.

We removed these videos from YouTube for violating our policy on regulated goods:
{Y[4]}
{Y[5]}

The following video was reviewed and we found that it doesn't violate our
Community Guidelines, so it will stay up on YouTube:
{Y[6]}

If you believe content violates local law, you can submit a legal complaint at
https://support.google.com/legal/answer/3110420

- The YouTube Team
""",
     outcome="applied", classification="confirmation",
     items={Y[4]: "removed", Y[5]: "removed", Y[6]: "rejected"},
     imitates="YouTube flagged-content outcome email ('We removed ... for violating', 'doesn't violate our Community Guidelines')",
     why="Each heading applies to the URLs on the lines below it: two removed, one kept up (rejected).")

case(name="yt-age-restricted-one-sentence", from_="youtube-noreply@youtube.com",
     date="Thu, 12 Sep 2024 02:05:10 +0000", subject="We've reviewed your report",
     reply_to_req="req-240909-01",
     body=f"""{Y[7]}
After review, we've applied an age restriction to this video. It is no longer
visible to viewers who are signed out or under 18.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167
""",
     outcome="applied", classification="confirmation",
     items={Y[7]: "restricted"},
     imitates="YouTube 'age-restricted' notice (bare URL, then one statement)",
     why="Age restriction is a restriction (issue 11). Status sits on the line below the bare URL.")

case(name="yt-korean-handle-iri-terminated", from_="youtube-legal-kr@google.com",
     date="Thu, 12 Sep 2024 06:30:00 +0000", subject="[YouTube] 신고하신 채널 처리 결과 안내 (KCSC-240909-01)",
     reply_to_req="req-240909-01", name_from="YouTube 법무지원팀",
     body=f"""안녕하세요, YouTube 법무지원팀입니다.

방송통신심의위원회에서 요청하신 채널 {Y8_IRI}은(는) 검토 결과
YouTube 커뮤니티 가이드 위반으로 해지(삭제)되었습니다.

나머지 요청 건은 검토가 끝나는 대로 별도로 안내드리겠습니다.

자세한 정책은 https://support.google.com/youtube/answer/2802032?hl=ko 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무지원팀 드림
""",
     outcome="applied", classification="confirmation",
     items={Y[8]: "removed"},
     imitates="YouTube Korea channel termination notice in Korean (채널 해지), raw Korean handle IRI",
     why="Raw Korean handle matches the percent-encoded item; the channel was terminated (removed). The promise about the rest names no item.")

case(name="yt-html-table-results", from_="legal-noreply@google.com",
     date="Fri, 13 Sep 2024 01:17:33 +0000", subject="Re: KCSC-240909-01 - outcome",
     reply_to_req="req-240909-01", type="html",
     body=f"""<html><body>
<p>Dear KCSC team,</p>
<p>Please find the outcome of our review of the URLs below.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>URL</th><th>Outcome</th></tr>
<tr><td>1</td><td><a href="{Y[9]}">{Y[9]}</a></td><td>Removed globally &ndash; Community Guidelines (spam, deceptive practices)</td></tr>
<tr><td>2</td><td><a href="{Y[10]}">{Y[10]}</a></td><td>Video unavailable &ndash; could not be located on YouTube</td></tr>
<tr><td>3</td><td><a href="{Y[11]}">{Y[11]}</a></td><td>No action taken &ndash; does not violate our policies or local law</td></tr>
</table>
<p>Help Center: <a href="https://support.google.com/youtube/answer/9288567">Reporting and enforcement</a></p>
<p>Best regards,<br>YouTube Legal Support</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={Y[9]: "removed", Y[10]: "not_found", Y[11]: "rejected"},
     imitates="Google legal team reply with an HTML results table (URL / outcome)",
     why="One row per item: removed, could not be located (not_found), no action because no violation (rejected).")

case(name="yt-uploader-deleted-before-review", from_="legal-noreply@google.com",
     date="Fri, 13 Sep 2024 04:44:21 +0000", subject="Your legal request [3-8821000041907]",
     reply_to_req="req-240909-01",
     body=f"""Hello,

We were unable to take action on the following URL because the video had
already been deleted by the uploader before our review:

{Y[12]}

No further action is required from you for this item.

Regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     items={Y[12]: "not_found"},
     imitates="Google legal notice 'unable to take action ... content no longer available / removed by the uploader'",
     why="Already deleted by its author = not_found (issue 11); 'unable to take action' must not read as a rejection.")

case(name="yt-csv-attachment-results", from_="legal-noreply@google.com",
     date="Sat, 14 Sep 2024 03:00:00 +0000", subject="KCSC-240909-01 results (attached)",
     reply_to_req="req-240909-01", attach_csv=True,
     body=None,
     outcome="applied", classification="confirmation",
     items={Y[13]: "removed", Y[14]: "restricted"},
     imitates="Google legal bulk-request reply with a CSV results sheet attached (URL, action, scope)",
     why="CSV rows: one removed globally, one blocked in KR only (restricted).")

case(name="yt-will-review-may-action", from_="legal-noreply@google.com",
     date="Sat, 14 Sep 2024 09:20:00 +0000", subject="Re: KCSC-240909-01 follow-up",
     reply_to_req="req-240909-01",
     body=f"""Hello,

Regarding {Y[13]} and {Y[14]}: our specialists are still reviewing these
videos. If we find that they violate our policies or local law, we may remove
or restrict them, and we'll let you know.

Regards,
The YouTube Legal Support Team
""",
     outcome="review", review="not_understood",
     items={},
     imitates="YouTube legal 'still reviewing ... may remove or restrict' update",
     why="Names two items but only says what may happen: nothing to apply, must be seen (not ignored).")

case(name="yt-some-removed-unspecified", from_="legal-noreply@google.com",
     date="Sun, 15 Sep 2024 01:10:00 +0000", subject="Re: Your legal request",
     reply_to_req="req-240909-01",
     body=f"""Hello,

We have taken action on some of the URLs in your request. The others were not
found to violate local law after review.

URLs in your request:
{Y[1]}
{Y[2]}
{Y[4]}

The YouTube Legal Support Team
""",
     outcome="review", review="not_understood",
     items={},
     imitates="YouTube legal partial-outcome reply with echoed URL list",
     why="'some' actioned, 'the others' not; which is which is not said. Applying either status to the list would be false.")

case(name="yt-ack-submission-received", from_="legal-noreply@google.com",
     date="Mon, 9 Sep 2024 01:05:00 +0000", subject="Your legal request has been received [3-8821000041907]",
     reply_to_req="req-240909-01",
     body="""Hello,

Thank you for contacting Google. This is an automated confirmation that we have
received your legal request. Your reference number is 3-8821000041907.

Please do not reply to this email. We will review your request and get back to
you if needed.

Google Legal Support
""",
     outcome="ignored", classification="acknowledgement", items={},
     imitates="Google legal request auto-confirmation with reference number",
     why="Pure receipt: names no item and states nothing about any.")

case(name="yt-ooo-legal-contact", from_="jiwoo.han@google.com", name_from="Jiwoo Han",
     date="Mon, 16 Sep 2024 00:01:00 +0000", subject="Automatic reply: KCSC-240909-01 reminder",
     reply_to_req="req-240909-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until 23 September with limited access to email.
For urgent legal matters please contact legal-kr@google.com.

Thanks,
Jiwoo
""",
     outcome="ignored", classification="auto_reply", items={},
     imitates="Outlook/Gmail out-of-office 'Automatic reply'",
     why="Out-of-office auto-reply.")

case(name="yt-qp-korean-blocked-multipart", from_="youtube-legal-kr@google.com", name_from="YouTube 법무지원팀",
     date="Tue, 17 Sep 2024 05:00:00 +0000", subject="=?UTF-8?B?" + base64.b64encode("[YouTube] 처리 결과 안내".encode()).decode() + "?=",
     reply_to_req="req-240909-01", mp_qp=True, body=None,
     outcome="applied", classification="confirmation",
     items={Y[9]: "restricted", Y[10]: "restricted"},
     imitates="YouTube Korea 법적 요청 결과 안내 (multipart/alternative, quoted-printable): 대한민국 내 액세스 차단",
     why="Both videos blocked in Korea only: restricted. The plain and HTML parts say the same.")

case(name="yt-bare-url-status-below-help-links", from_="youtube-noreply@youtube.com",
     date="Tue, 17 Sep 2024 08:30:00 +0000", subject="Report outcome",
     reply_to_req="req-240909-01",
     body=f"""Thanks for helping keep YouTube safe. Here is what happened to the content you reported:

{Y[3]}
Taken down - Harassment and cyberbullying policy

{Y[6]}
Stays up. We reviewed this video and it doesn't go against our guidelines.

Policy: https://support.google.com/youtube/answer/2802268
Appeals: https://www.youtube.com/t/community_guidelines
""",
     outcome="applied", classification="confirmation",
     items={Y[3]: "removed", Y[6]: "rejected"},
     imitates="YouTube 'Here is what happened to the content you reported' per-item outcome layout",
     why="Status on the line below each bare URL. Policy/appeal links are not items.")

# ---------------------------------------------------------------- NAVER
NAVER_FOOT = """본 메일은 발신전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
NAVER Corp. 경기도 성남시 분당구 정자일로 95"""

case(name="naver-imsi-jochi-notice", from_="noreply@navercorp.com", name_from="네이버 권리보호센터",
     date="Wed, 11 Sep 2024 02:00:00 +0000", subject="[네이버] 게시물 임시조치 처리 안내 (KCSC-240910-01)",
     reply_to_req="req-240910-01",
     body=f"""안녕하세요. 네이버 권리보호센터입니다.

귀 위원회에서 요청하신 아래 게시물에 대하여 「정보통신망 이용촉진 및 정보보호
등에 관한 법률」 제44조의2에 따라 30일간 임시조치(게시중단)를 하였음을 알려드립니다.

■ 대상 게시물
1) {N[1]}
2) {N[2]}

임시조치 기간 중 게시자의 재게시 요청이 없을 경우 해당 게시물은 삭제됩니다.

{NAVER_FOOT}
""",
     outcome="applied", classification="confirmation",
     items={N[1]: "restricted", N[2]: "restricted"},
     imitates="NAVER 권리보호센터 임시조치 안내 (정보통신망법 제44조의2, 30일 게시중단)",
     why="임시조치 is a restriction (issue 11) even though the notice also says 게시중단. Arguable: see NOTES.")

case(name="naver-kcsc-result-html-table", from_="policy@navercorp.com", name_from="네이버 정책지원",
     date="Thu, 12 Sep 2024 07:10:00 +0000", subject="RE: [방심위] 시정요구 조치결과 회신 (KCSC-240910-01)",
     reply_to_req="req-240910-01", type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구하신 게시물에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[3]}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{N[4]}</td><td>게시중단</td><td>2024-09-12</td></tr>
<tr><td>3</td><td>{N[5]}</td><td>해당 게시물 없음(작성자 삭제)</td><td>-</td></tr>
</table>
<p>네이버 정책지원팀 드림</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={N[3]: "removed", N[4]: "removed", N[5]: "not_found"},
     imitates="Korean portal 시정요구 조치결과 회신 table (연번/URL/조치결과/조치일)",
     why="삭제 and 게시중단 are removal forms; 게시물 없음(작성자 삭제) is not_found.")

case(name="naver-blind-url-below-particle", from_="policy@navercorp.com", name_from="네이버 정책지원",
     date="Fri, 13 Sep 2024 01:30:00 +0000", subject="요청 게시물 처리 결과",
     reply_to_req="req-240910-01",
     body=f"""담당자님 안녕하세요.

아래 게시물은 운영정책 위반으로 블라인드 처리되었습니다.
{N[1]}

또한 {N[4]}에 게시된 글은 운영자에 의해 비공개 처리되었습니다.

감사합니다.
네이버 정책지원팀
""",
     outcome="applied", classification="confirmation",
     items={N[1]: "removed", N[4]: "removed"},
     imitates="NAVER blog/cafe 블라인드 처리 안내, operator 비공개 처리",
     why="URL on the line below its statement (블라인드 = removal); second URL carries the Korean particle 에 and is 비공개 처리 by the operator (removal).")

case(name="naver-under-review-korean", from_="policy@navercorp.com", name_from="네이버 정책지원",
     date="Fri, 13 Sep 2024 06:00:00 +0000", subject="RE: KCSC-240910-01",
     reply_to_req="req-240910-01",
     body=f"""안녕하세요.

요청하신 게시물 중 아래 2건은 현재 법무 검토가 진행 중입니다.
- {N[2]}
- {N[3]}
검토가 완료되는 대로 조치 결과를 회신드리겠습니다.

네이버 정책지원팀 드림
""",
     outcome="review", review="not_understood", items={},
     imitates="Korean portal '현재 검토 중 ... 회신드리겠습니다' interim reply",
     why="Names two items, states no outcome (still under review): review, never ignored.")

case(name="naver-one-done-one-later", from_="policy@navercorp.com", name_from="네이버 정책지원",
     date="Sat, 14 Sep 2024 02:00:00 +0000", subject="RE: KCSC-240910-01 조치 결과",
     reply_to_req="req-240910-01",
     body=f"""안녕하세요, 네이버입니다.

1. {N[5]} : 삭제 조치 완료
2. {N[2]} : 게시자 소명 확인 후 조치 예정

감사합니다.
""",
     outcome="applied", classification="confirmation",
     items={N[5]: "removed"},
     imitates="Korean portal numbered per-URL 조치 결과 list",
     why="Item 1 deleted; item 2 is only a plan (조치 예정) and stays pending. Arguable whether the whole email should go to review; see NOTES.")

case(name="naver-receipt-korean", from_="noreply@navercorp.com", name_from="네이버 권리보호센터",
     date="Tue, 10 Sep 2024 02:05:00 +0000", subject="[네이버] 신고가 정상적으로 접수되었습니다",
     reply_to_req="req-240910-01",
     body=f"""안녕하세요. 네이버 권리보호센터입니다.

귀하의 게시중단 요청이 정상적으로 접수되었습니다.
접수번호: NV-20240910-00871

처리 결과는 검토 후 메일로 안내드리겠습니다.

{NAVER_FOOT}
""",
     outcome="ignored", classification="acknowledgement", items={},
     imitates="NAVER 권리보호센터 접수 완료 자동 메일",
     why="Receipt with a ticket number; names no item.")

case(name="naver-ooo-korean", from_="minji.park@navercorp.com", name_from="박민지",
     date="Mon, 16 Sep 2024 00:10:00 +0000", subject="[자동회신] 부재중입니다",
     reply_to_req="req-240910-01",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""안녕하세요. 박민지입니다.
추석 연휴로 9월 19일(목)까지 부재중입니다.
급한 용무는 정책지원팀 대표메일(policy@navercorp.com)로 연락 부탁드립니다.
""",
     outcome="ignored", classification="auto_reply", items={},
     imitates="Korean corporate 부재중 자동회신 (Chuseok holiday)",
     why="Out-of-office auto-reply.")

# ---------------------------------------------------------------- X
case(name="x-withheld-reported-content-echo", from_="legal@x.com",
     date="Thu, 12 Sep 2024 03:00:00 +0000", subject="Case# 0194823711: Legal request [ref:KCSC-240911-01]",
     reply_to_req="req-240911-01",
     body=f"""Hello,

In response to your request, X has withheld the reported content in South Korea
in accordance with local law. The content remains available outside of South Korea.

For more information about country withheld content, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

--- Reported content ---
Reported URL: {X[1]}
Reported URL: {X[2]}
Reporter: Korea Communications Standards Commission
--- End ---

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     items={X[1]: "restricted", X[2]: "restricted"},
     imitates="X 'Country withheld content' legal request reply with echoed report",
     why="Statement about 'the reported content' followed by the echoed report listing two items: withheld in KR = restricted.")

case(name="x-no-action-not-in-violation", from_="legal@x.com",
     date="Thu, 12 Sep 2024 09:00:00 +0000", subject="Case# 0194823712",
     reply_to_req="req-240911-01",
     body=f"""Hello,

We've reviewed the reported post {X[3]} and have determined that it is not in
violation of the X Rules (https://help.x.com/rules-and-policies/x-rules) or
applicable local law. We have not taken action at this time.

Thanks,
X Support
""",
     outcome="applied", classification="confirmation",
     items={X[3]: "rejected"},
     imitates="X support 'not in violation ... not taken action at this time' reply",
     why="Negated action with a reason = rejected. The X Rules link is not an item.")

case(name="x-top-posted-over-quoted-list", from_="legal@x.com",
     date="Fri, 13 Sep 2024 02:30:00 +0000", subject="Re: KCSC-240911-01",
     reply_to_req="req-240911-01",
     body=f"""Hi,

Update on your request:
{X[1]} - withheld in KR
{X[4]} - removed (violation of our non-consensual nudity policy)

X Legal

{quoted("KCSC-240911-01", [X[1], X[2], X[3], X[4]], "Wed, 11 Sep 2024 at 09:30")}
""",
     outcome="applied", classification="confirmation",
     items={X[1]: "restricted", X[4]: "removed"},
     imitates="Gmail-style top-posted reply over the quoted request",
     why="Two statuses above the quote; the quoted list of four must not give X[2] or X[3] anything.")

case(name="x-dmarc-fail-claims-removed", from_="legal@x.com", auth="fail",
     date="Fri, 13 Sep 2024 11:00:00 +0000", subject="Re: KCSC-240911-01 - completed",
     reply_to_req="req-240911-01",
     body=f"""Hello,

The following posts have been removed:
{X[3]}
{X[4]}

X Legal
""",
     outcome="review", review="untrusted", items={},
     imitates="X legal removal confirmation, but DMARC fails",
     why="Claims removals, but the From domain fails DMARC: a possible spoof must be seen, nothing applied.")

case(name="x-lookalike-domain", from_="legal-team@x-support-center.com", name_from="X Legal",
     date="Sat, 14 Sep 2024 04:00:00 +0000", subject="Your takedown request KCSC-240911-01 is complete",
     reply_to_req="req-240911-01",
     body=f"""Dear KCSC,

All reported posts were deleted today:
{X[2]}
{X[3]}

To confirm receipt please log in at https://x-support-center.com/verify

X Legal Department
""",
     outcome="review", review="unknown_sender", items={},
     imitates="Look-alike-domain phishing imitating an X legal confirmation",
     why="Unknown sender naming our request and items: review, never applied.")

case(name="x-ack-case-number", from_="noreply@x.com",
     date="Wed, 11 Sep 2024 00:40:00 +0000", subject="Case# 0194823711: We received your report",
     reply_to_req="req-240911-01",
     body="""Hello,

Thanks for reaching out. We've received your report and a case has been
created (Case# 0194823711). Our team will review it and respond as soon as
possible. Please don't reply to this email.

X Support
""",
     outcome="ignored", classification="acknowledgement", items={},
     imitates="X support case-created receipt",
     why="Receipt naming no item.")

# ---------------------------------------------------------------- Kakao / Daum
case(name="kakao-cafe-deleted-and-missing", from_="policy@kakaocorp.com", name_from="카카오 정책팀",
     date="Fri, 13 Sep 2024 05:00:00 +0000", subject="[카카오] 시정요구 조치결과 회신 (KCSC-240912-01)",
     reply_to_req="req-240912-01",
     body=f"""방송통신심의위원회 귀중

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 시정요구한 다음 카페 게시물에 대한 조치결과를 다음과 같이 회신합니다.

 가. {K[1]}
    - 조치결과: 삭제 완료 (2024.09.13.)
 나. {K[2]}
    - 조치결과: 존재하지 않는 게시물(이미 삭제됨)

3. 관련 문의는 카카오 정책팀(policy@kakaocorp.com)으로 연락 주시기 바랍니다.

주식회사 카카오 정책팀
""",
     outcome="applied", classification="confirmation",
     items={K[1]: "removed", K[2]: "not_found"},
     imitates="Korean 공문-style 조치결과 회신 (1./2./가./나. numbering) from a portal policy team",
     why="Status on the line below each URL: 삭제 완료 = removed; 존재하지 않는 게시물 = not_found.")

case(name="kakao-openchat-closed", from_="noreply@kakao.com", name_from="카카오 고객센터",
     date="Fri, 13 Sep 2024 08:00:00 +0000", subject="[카카오톡] 오픈채팅 신고 처리 결과",
     reply_to_req="req-240912-01",
     body=f"""안녕하세요, 카카오 고객센터입니다.

신고해 주신 오픈채팅방({K[3]})은 운영정책 위반이 확인되어
채팅방이 종료 처리되었으며 더 이상 이용할 수 없습니다.

운영정책: https://www.kakao.com/policy/oppolicy
""",
     outcome="applied", classification="confirmation",
     items={K[3]: "removed"},
     imitates="KakaoTalk 오픈채팅 신고 처리 결과 (채팅방 종료 처리)",
     why="URL in parentheses followed by Korean text; the room was closed and is no longer usable: removed.")

case(name="kakao-mdn-read-receipt", from_="kim.sy@kakaocorp.com", name_from="김서연",
     date="Thu, 12 Sep 2024 06:00:00 +0000", subject="읽음: [KCSC-240912-01] 시정요구",
     reply_to_req="req-240912-01", mdn=True, body=None,
     outcome="ignored", classification="read_receipt", items={},
     imitates="RFC 8098 message disposition notification (Outlook '읽음:' read receipt)",
     why="Read receipt (MDN).")

# ---------------------------------------------------------------- Telegram
case(name="tg-per-line-statuses", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Sat, 14 Sep 2024 10:00:00 +0000", subject="Re: KCSC-240913-01",
     reply_to_req="req-240913-01",
     body=f"""Hello,

Thank you for your report. Results:

{T[1]} - blocked, no longer accessible
{T[2]} - we could not find this message, please check the link

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     items={T[1]: "removed", T[2]: "not_found"},
     imitates="Telegram abuse desk short per-line reply",
     why="Per-line statuses: blocked = removed, could not find = not_found.")

case(name="tg-reported-content-only-quoted", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Sun, 15 Sep 2024 03:00:00 +0000", subject="Re: KCSC-240913-01",
     reply_to_req="req-240913-01",
     body=f"""Hello,

The reported content has been taken down. Thank you.

Telegram Abuse Team

{quoted("KCSC-240913-01", [T[1], T[2]], "Fri, 13 Sep 2024 at 10:00")}
""",
     outcome="review", review="bulk", items={},
     imitates="Telegram abuse desk one-line 'reported content taken down' reply over the quoted request",
     why="The only item URLs are in the quote; the statement covers the whole request without naming items: bulk confirmation goes to review (config bulk_confirmations = review).")

# ---------------------------------------------------------------- Meta
case(name="meta-restricted-local-law-echo", from_="noreply@fb.com", name_from="Meta Law Enforcement Response",
     date="Sat, 14 Sep 2024 02:00:00 +0000", subject="Your report about content on Instagram and Facebook",
     reply_to_req="req-240913-02",
     body=f"""Hi,

We've reviewed the content you reported. Although it doesn't go against our
Community Standards, we've restricted access to it in South Korea because it
violates local law.

Your report
  Content: {M[1]}
  Content: {M[2]}
  Reason reported: Illegal under local law (Korea)

Learn about restrictions based on local law:
https://transparency.meta.com/reports/content-restrictions/

Meta
""",
     outcome="applied", classification="confirmation",
     items={M[1]: "restricted", M[2]: "restricted"},
     imitates="Meta 'we've restricted access to it in <country>' local-law decision with 'Your report' echo",
     why="'doesn't go against our Community Standards' is a clause inside a restriction statement, not a refusal: restricted.")

case(name="meta-per-item-decisions", from_="noreply@instagram.com", name_from="Instagram",
     date="Sun, 15 Sep 2024 07:00:00 +0000", subject="Decisions on your report",
     reply_to_req="req-240913-02",
     body=f"""Content: {M[1]}
Decision: Removed. This post goes against our Community Guidelines on regulated goods.

Content: {M[3]}
Decision: We didn't remove this reel because it doesn't go against our Community Guidelines.

If you disagree, you can request another review: https://help.instagram.com/2608942542761011
""",
     outcome="applied", classification="confirmation",
     items={M[1]: "removed", M[3]: "rejected"},
     imitates="Instagram per-report decision ('We didn't remove ... because it doesn't go against')",
     why="Decision lines follow each content line: removed / rejected. Help link is not an item.")

case(name="meta-relative-clause-hedge", from_="lawenforcement@fb.com", name_from="Meta",
     date="Mon, 16 Sep 2024 01:00:00 +0000", subject="RE: KCSC-240913-02",
     reply_to_req="req-240913-02",
     body=f"""Hello,

The group post {M[2]}, which may also have been reported by other users, has
been removed from Facebook for violating our Community Standards.

Thanks,
Meta Content Regulation Team
""",
     outcome="applied", classification="confirmation",
     items={M[2]: "removed"},
     imitates="Meta content-regulation team short prose reply",
     why="The hedge 'may' sits in a relative clause about reports; the main clause says the post has been removed.")

case(name="meta-asks-court-order", from_="lawenforcement@fb.com", name_from="Meta",
     date="Mon, 16 Sep 2024 04:00:00 +0000", subject="RE: KCSC-240913-02 - additional information needed",
     reply_to_req="req-240913-02",
     body=f"""Hello,

To process your request concerning {M[3]}, we need additional information.
Please provide the specific provision of Korean law the content is alleged to
violate and, if available, a copy of the relevant order.

Once we receive this, we will review the content again.

Meta Content Regulation Team
""",
     outcome="review", review="asks_more", classification="request_for_info", items={},
     imitates="Meta request for legal basis / court order before acting",
     why="The platform asks for more information about a named item: staff must answer.")

# ---------------------------------------------------------------- TikTok
case(name="tiktok-no-violation", from_="noreply@tiktok.com", name_from="TikTok",
     date="Tue, 17 Sep 2024 02:00:00 +0000", subject="We reviewed your report",
     reply_to_req="req-240916-01",
     body=f"""Thanks for your report

We reviewed the video you reported ({TT}) and found that it doesn't violate
our Community Guidelines. The video will remain on TikTok.

Community Guidelines: https://www.tiktok.com/community-guidelines
""",
     outcome="applied", classification="confirmation",
     items={TT: "rejected"},
     imitates="TikTok 'we reviewed your report ... doesn't violate our Community Guidelines' in-app/email notice",
     why="Stays up because it breaks no rule: rejected.")

case(name="tiktok-restricted-region", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
     date="Wed, 18 Sep 2024 03:00:00 +0000", subject="RE: KCSC-240916-01",
     reply_to_req="req-240916-01",
     body=f"""Dear Sir/Madam,

Thank you for your request. Following our review, access to the video below has
been restricted in the Republic of Korea in accordance with local law:

{TT}

Kind regards,
TikTok Legal
""",
     outcome="applied", classification="confirmation",
     items={TT: "restricted"},
     imitates="TikTok legal local-law restriction reply",
     why="Restricted in Korea: restricted.")

case(name="tiktok-bounce-reminder", from_="MAILER-DAEMON@tiktok.com", name_from="Mail Delivery System",
     date="Wed, 18 Sep 2024 09:00:00 +0000", subject="Undelivered Mail Returned to Sender",
     dsn=True, body=None,
     outcome="ignored", classification="bounce", items={},
     imitates="Postfix DSN 'Undelivered Mail Returned to Sender' (multipart/report; report-type=delivery-status)",
     why="Bounce of our reminder.")

# ---------------------------------------------------------------- Reddit
case(name="reddit-removed-report-details", from_="noreply@redditmail.com", name_from="Reddit",
     date="Wed, 18 Sep 2024 05:00:00 +0000", subject="Update on your report",
     reply_to_req="req-240917-01",
     body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content violates Reddit's Content Policy and
have removed it.

Report details
Post: {R[1]}
Reason: Non-consensual intimate media

Content Policy: https://www.redditinc.com/policies/content-policy

Thanks,
Reddit Safety
""",
     outcome="applied", classification="confirmation",
     items={R[1]: "removed"},
     imitates="Reddit admin 'After investigating, we've found that the reported content violates ... and have removed it' with report details",
     why="Statement about the reported content, followed by the echoed report naming one item.")

case(name="reddit-about-x-post", from_="legal@reddit.com", name_from="Reddit Legal",
     date="Thu, 19 Sep 2024 01:00:00 +0000", subject="Re: KCSC-240917-01",
     reply_to_req="req-240917-01",
     body=f"""Hello,

One of the links forwarded with your request, {X[2]}, is not hosted on Reddit;
it has been removed from the Reddit post that linked to it.

Regarding {R[2]}, we are still investigating.

Reddit Legal
""",
     outcome="review", review="wrong_platform", items={},
     imitates="Reddit legal reply mentioning an off-platform link",
     why="Reddit speaks about an X item (it cannot decide X's status) and says R[2] is still under investigation: review, nothing applied. Reason arguable (wrong_platform vs not_understood).")

case(name="reddit-ooo-vacation", from_="sam.lee@reddit.com", name_from="Sam Lee",
     date="Thu, 19 Sep 2024 02:00:00 +0000", subject="Out of Office Re: KCSC-240917-01",
     reply_to_req="req-240917-01",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""Thanks for your email. I'm currently out of office and will return on
Monday, September 23. Please contact legal@reddit.com for anything urgent.
""",
     outcome="ignored", classification="auto_reply", items={},
     imitates="Gmail vacation responder",
     why="Out-of-office auto-reply.")

# ---------------------------------------------------------------- more
case(name="naver-unknown-sender-korean", from_="naver.policy.team@gmail.com", name_from="네이버 정책팀",
     date="Thu, 19 Sep 2024 03:00:00 +0000", subject="RE: KCSC-240910-01 삭제 완료",
     reply_to_req="req-240910-01",
     body=f"""요청하신 게시물 삭제 완료하였습니다.
{N[2]}
{N[3]}
""",
     outcome="review", review="unknown_sender", items={},
     imitates="Korean removal confirmation from a free-mail address posing as a portal team",
     why="Unknown sender (gmail.com) naming our items: review.")

case(name="yt-outlook-original-message", from_="legal-kr@google.com", name_from="Google Legal Korea",
     date="Thu, 19 Sep 2024 05:00:00 +0000", subject="RE: KCSC-240909-01",
     reply_to_req="req-240909-01",
     body=f"""Hello,

{Y[11]} has been made unavailable in Korea following our review.

Regards,
Google Legal Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: legal-kr@google.com
Subject: KCSC-240909-01 removal request

Please remove the following:
{Y[1]}
{Y[11]}
{Y[12]}
""",
     outcome="applied", classification="confirmation",
     items={Y[11]: "restricted"},
     imitates="Outlook reply with '-----Original Message-----' block (unquoted by '>')",
     why="Made unavailable in Korea only = restricted; the Outlook original block is quoted text, nothing in it changes.")

case(name="kakao-fullwidth-parens", from_="policy@kakaocorp.com", name_from="카카오 정책팀",
     date="Thu, 19 Sep 2024 06:00:00 +0000", subject="RE: KCSC-240912-01",
     reply_to_req="req-240912-01",
     body=f"""안녕하세요. 카카오 정책팀입니다.

문의하신 게시물（{K[1]}）은 대한민국 내 접근 제한 조치하였습니다。

감사합니다.
""",
     outcome="applied", classification="confirmation",
     items={K[1]: "restricted"},
     imitates="Kakao policy team short Korean reply with full-width punctuation",
     why="URL inside full-width parentheses; 접근 제한 = restricted.")

case(name="naver-xlsx-result-sheet", from_="policy@navercorp.com", name_from="네이버 정책지원",
     date="Wed, 18 Sep 2024 02:00:00 +0000", subject="RE: [방심위] KCSC-240910-01 조치결과 (첨부)",
     reply_to_req="req-240910-01", attach_xlsx=True, body=None,
     outcome="applied", classification="confirmation",
     items={N[2]: "restricted", N[3]: "removed", N[1]: "rejected"},
     imitates="Korean portal 시정요구 조치결과 spreadsheet (연번/URL/조치결과/비고) attached to a base64 body",
     why="XLSX rows: 임시조치 = restricted, 삭제 = removed; 미조치 with the remark '운영정책 및 관계 법령 위반 사항 없음' (no violation) = rejected.")


def xlsx_bytes(rows):
    import zipfile
    from xml.sax.saxutils import escape

    def cell(ref, v):
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
    sheet_rows = []
    for i, row in enumerate(rows, 1):
        cells = "".join(cell(chr(65 + j) + str(i), v) for j, v in enumerate(row))
        sheet_rows.append(f'<row r="{i}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="조치결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 9, 18, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def xlsx_raw():
    rows = [["연번", "URL", "조치결과", "비고"],
            ["1", N[2], "임시조치", "정보통신망법 제44조의2"],
            ["2", N[3], "삭제", ""],
            ["3", N[1], "미조치", "운영정책 및 관계 법령 위반 사항 없음"]]
    body = "안녕하세요. 네이버 정책지원팀입니다.\n\n시정요구 건(KCSC-240910-01)의 조치결과를 첨부 파일로 회신드립니다.\n\n감사합니다.\n"
    fname = "=?UTF-8?B?" + base64.b64encode("조치결과_KCSC-240910-01.xlsx".encode()).decode() + "?="
    return f"""Content-Type: multipart/mixed; boundary="==b48xlsx=="

--==b48xlsx==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(body)}
--==b48xlsx==
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="{fname}"
Content-Disposition: attachment; filename="{fname}"
Content-Transfer-Encoding: base64

{b64(xlsx_bytes(rows))}
--==b48xlsx==--
"""


def csv_raw():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["url", "action", "scope", "policy"])
    w.writerow([Y[13], "Removed", "Global", "Community Guidelines - Harmful or dangerous"])
    w.writerow([Y[14], "Blocked", "KR only", "Local law"])
    body = "Hello,\n\nPlease see the attached sheet for the outcome of each URL in your request.\n\nGoogle Legal Support\n"
    return f"""Content-Type: multipart/mixed; boundary="==b48csv=="

--==b48csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{body}
--==b48csv==
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_results.csv"
Content-Transfer-Encoding: base64

{b64(buf.getvalue())}
--==b48csv==--
"""


def mp_qp_raw():
    plain = f"""안녕하세요. YouTube 법무지원팀입니다.

요청하신 동영상 2건은 현지 법률 검토 결과 대한민국에서 액세스가 차단되었습니다.
- {Y[9]}
- {Y[10]}

해당 동영상은 다른 국가에서는 계속 시청할 수 있습니다.
"""
    html = f"""<html><body><p>안녕하세요. YouTube 법무지원팀입니다.</p>
<p>요청하신 동영상 2건은 현지 법률 검토 결과 대한민국에서 액세스가 차단되었습니다.</p>
<ul><li><a href="{Y[9]}">{Y[9]}</a></li><li><a href="{Y[10]}">{Y[10]}</a></li></ul>
<p>해당 동영상은 다른 국가에서는 계속 시청할 수 있습니다.</p></body></html>
"""
    return f"""Content-Type: multipart/alternative; boundary="==b48alt=="

--==b48alt==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(plain)}
--==b48alt==
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html)}
--==b48alt==--
"""


def mdn_raw():
    return """Content-Type: multipart/report; report-type=disposition-notification; boundary="==b48mdn=="

--==b48mdn==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지를 읽었습니다.
받는 사람: 김서연 <kim.sy@kakaocorp.com>
제목: [KCSC-240912-01] 시정요구
읽은 시간: 2024-09-12 오후 3:00

--==b48mdn==
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;kim.sy@kakaocorp.com
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--==b48mdn==--
"""


def dsn_raw():
    return f"""Content-Type: multipart/report; report-type=delivery-status; boundary="==b48dsn=="

--==b48dsn==
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx1.tiktok.com said: 550 5.1.1 User unknown

--==b48dsn==
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.tiktok.com
Arrival-Date: Wed, 18 Sep 2024 09:00:00 +0000

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--==b48dsn==
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: Reminder: KCSC-240916-01 removal request
Message-ID: <reminder-240916-01-1@kcsc.example>
In-Reply-To: <req-240916-01@kcsc.example>
Date: Wed, 18 Sep 2024 18:00:00 +0900

--==b48dsn==--
"""


HEADER = """# Blind set 48 (issue 11): expected results written from each email's meaning
# before the reader was run. Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    out = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        if c.pop("attach_csv", False):
            c["raw_mime"] = csv_raw()
        if c.pop("attach_xlsx", False):
            c["raw_mime"] = xlsx_raw()
        if c.pop("mp_qp", False):
            c["raw_mime"] = mp_qp_raw()
        if c.pop("mdn", False):
            c["raw_mime"] = mdn_raw()
        if c.pop("dsn", False):
            c["raw_mime"] = dsn_raw()
        if c.get("body") is None:
            c.pop("body", None)
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = email.header.Header(c[key], "utf-8").encode()
        out.append(c)
    corpuslib.write_set(HERE, "blind48", HEADER, out)


if __name__ == "__main__":
    main()
