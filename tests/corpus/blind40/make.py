"""Blind set 40 (issue 11): general mix, English and Korean, seven platforms.
Expected results written from each email's meaning before any run."""
import os, sys, base64
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib

YT = lambda i: f"https://www.youtube.com/watch?v=Bl40Vid00{i:02d}"
NB = lambda i: f"https://blog.naver.com/fakeblog40/22350000000{i}"
NC = lambda i: f"https://cafe.naver.com/fakecafe40/120{i}"
XS = lambda i: f"https://x.com/fake40_a/status/183300000000000000{i}"
TG = lambda i: f"https://t.me/fake40chan/{i}"
KK = lambda i: f"https://tv.kakao.com/v/44000000{i}"
TT = "https://www.tiktok.com/@fake40user/video/7410000000000000001"
IG = lambda i: f"https://www.instagram.com/p/C40FakePost{i}/"
R_YT, R_NV, R_X, R_TG, R_KK, R_TT, R_IG = ("req-240909-01", "req-240910-01", "req-240911-01",
    "req-240912-01", "req-240913-01", "req-240916-01", "req-240917-01")
D = lambda day, hm: f"{['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][(day-9)%7]}, {day} Sep 2024 {hm}:00 +0900"

def quote_yt(urls):
    return "\n".join(["> Dear YouTube Legal team,", "> KCSC requests removal of the following (KCSC-240909-01):"] + [f"> {u}" for u in urls])

C = []
def case(name, frm, date, subject, body, outcome, items, imitates, why, **kw):
    d = dict(name=name, to="", date=date, subject=subject, body=body, outcome=outcome,
             items=items, imitates=imitates, why=why)
    d["from"] = frm
    d.update(kw)
    C.append(d)

# ---------------- trusted confirmations (applied) ----------------
case("yt-legal-prose-three-removed", "legal-kr@google.com", D(11, "10:12"),
     "Re: [KCSC-240909-01] Removal request",
     f"""Hello,

Thanks for reaching out to us.

In response to your legal request, we have removed the following content from YouTube:
{YT(1)}
{YT(2)}
{YT(3)}

The remaining URLs in your notice are still being reviewed by our team, and we will follow up separately.

For more information about how we handle legal requests, visit https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Support Team

{quote_yt([YT(1), YT(2), YT(3), YT(4)])}""",
     "applied", {YT(1): "removed", YT(2): "removed", YT(3): "removed"},
     "Google Legal Help outcome email ('we have removed the following content'), Google legal request FAQ",
     "three removals in prose above a quoted request; items 4+ still under review stay pending; help link is not an item",
     reply_to_req=R_YT, classification="confirmation")

case("yt-geo-blocked-kr-list", "legal-kr@google.com", D(12, "09:40"),
     "Re: [KCSC-240909-01] Your legal request",
     f"""Hi there,

After reviewing your request, we have restricted access to the following videos in South Korea based on local law:

1. {YT(4)}
2. {YT(5)}

This content remains available in other countries/regions. Google generally restricts content only in the country where it is found to be unlawful.

- Google Legal Support""",
     "applied", {YT(4): "restricted", YT(5): "restricted"},
     "Google legal removals troubleshooter wording: 'we remove or restrict access only in the country where it is deemed illegal'",
     "country restriction in a numbered list", reply_to_req=R_YT, classification="confirmation")

case("yt-age-restricted-and-no-violation", "youtube-legal@youtube.com", D(13, "16:05"),
     "Update on your report - KCSC-240909-01",
     f"""Hello,

We reviewed the videos you reported.

{YT(6)}
We've age-restricted this video. It is no longer visible to signed-out viewers or users under 18.

{YT(7)}
After review, we determined this video doesn't violate our Community Guidelines, so we're not taking action at this time.

You can learn more about our Community Guidelines here: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Sincerely,
The YouTube Team""",
     "applied", {YT(6): "restricted", YT(7): "rejected"},
     "YouTube Community Guidelines decision email ('we've age-restricted', 'doesn't violate our Community Guidelines')",
     "status on the line below a bare URL; age restriction is restricted; no violation is rejected; policy link not an item",
     reply_to_req=R_YT)

case("yt-html-table-status", "legal-kr@google.com", D(14, "11:20"),
     "Re: [KCSC-240909-01] Action report",
     f"""<html><body><p>Dear KCSC,</p><p>Please see the outcome for each URL below.</p>
<table border="1"><tr><th>URL</th><th>Action</th></tr>
<tr><td>{YT(8)}</td><td>Removed - violates Harassment policy</td></tr>
<tr><td>{YT(9)}</td><td>Blocked in KR</td></tr>
<tr><td>{YT(10)}</td><td>Video unavailable - URL invalid</td></tr>
</table><p>Regards,<br>Google Legal Removals</p></body></html>""",
     "applied", {YT(8): "removed", YT(9): "restricted", YT(10): "not_found"},
     "Google legal removals per-URL outcome table (Lumen-style summary)",
     "HTML table with one status per row", reply_to_req=R_YT, type="html")

qp_body = (f"Hello,\r\n\r\nThe video at {YT(11)} was taken down by the uploader before our review, so=\r\n"
           " no further action was needed.\r\n\r\nThe video at\r\n"
           f"{YT(12)}\r\nhas been removed for violating our policy on non-consensual explicit im=\r\nagery.\r\n\r\nYouTube Trust & Safety\r\n")
case("yt-qp-wrapped-uploader-deleted", "trust-safety@youtube.com", D(15, "08:30"),
     "Re: [KCSC-240909-01] follow-up", "", "applied", {YT(11): "not_found", YT(12): "removed"},
     "YouTube 'video removed by the uploader' notice + T&S removal email",
     "quoted-printable soft breaks; 'taken down by the uploader before our review' = already gone (not_found, arguable vs removed); URL on line above its statement",
     reply_to_req=R_YT,
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp_body.replace("\r\n", "\n"))

csv_data = "url,decision\n" + f"{YT(13)},removed\n{YT(14)},no action - does not violate policy\n"
case("yt-csv-attachment", "legal-kr@google.com", D(16, "13:00"),
     "Re: [KCSC-240909-01] Results attached", "", "applied", {YT(13): "removed", YT(14): "rejected"},
     "Google bulk legal request results spreadsheet sent to trusted flaggers",
     "statuses only in a CSV attachment",
     reply_to_req=R_YT,
     raw_mime=("Content-Type: multipart/mixed; boundary=\"b40csv\"\n\n--b40csv\nContent-Type: text/plain; charset=utf-8\n\n"
               "Hello,\nPlease find the decision for each reported URL in the attached file.\nGoogle Legal Support\n"
               "--b40csv\nContent-Type: text/csv; name=\"results.csv\"\nContent-Disposition: attachment; filename=\"results.csv\"\nContent-Transfer-Encoding: base64\n\n"
               + base64.encodebytes(csv_data.encode()).decode() + "--b40csv--\n"))

case("naver-korean-imsijochi", "policy@navercorp.com", D(11, "15:10"),
     "[NAVER] 시정요구(KCSC-240910-01) 조치결과 회신",
     f"""방송통신심의위원회 담당자님께,

귀 위원회에서 요청하신 게시물에 대한 조치결과를 아래와 같이 회신드립니다.

- {NB(1)} : 임시조치(30일) 완료
- {NB(2)} : 게시중단 처리
- {NC(1)} : 작성자에 의해 이미 삭제된 게시물입니다.

감사합니다.
네이버 고객센터 권리보호 담당
※ 본 메일은 발신전용입니다.""",
     "applied", {NB(1): "restricted", NB(2): "removed", NC(1): "not_found"},
     "NAVER 권리침해 신고 처리결과 안내 (임시조치/게시중단), KCSC 시정요구 조치결과 회신 양식",
     "임시조치 = restricted (issue 11), 게시중단 = removed, 작성자 삭제 = not_found", reply_to_req=R_NV)

case("naver-blind-below-url", "policy@navercorp.com", D(12, "10:00"),
     "RE: 게시물 조치 요청 KCSC-240910-01",
     f"""안녕하세요, 네이버입니다.

{NB(3)}
해당 게시물은 운영원칙에 따라 블라인드 처리되었습니다.

{NC(2)}
검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

운영정책 안내: https://policy.naver.com/policy/service_group.html
네이버 드림""",
     "applied", {NB(3): "removed", NC(2): "rejected"},
     "NAVER 블라인드 처리 안내 / '위반 사항이 확인되지 않아' 미조치 회신",
     "블라인드 = removed (issue 11 lists it with removal forms); negated action with reason = rejected", reply_to_req=R_NV)

case("x-per-line-withheld", "legal@x.com", D(12, "02:14"),
     "Case# 0412345678: Korea Communications Standards Commission [ ref:_00D40xKCSC:ref ]",
     f"""Hello,

Thank you for your report. We have reviewed the reported content and taken the following actions:

{XS(1)} - Withheld in: KR
{XS(2)} - Withheld in: KR
{XS(3)} - No action taken; the content does not violate the X Rules.

To learn more about country withheld content, see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thank you,
X Corp.""",
     "applied", {XS(1): "restricted", XS(2): "restricted", XS(3): "rejected"},
     "X (Twitter) legal request response 'Withheld in: KR' and country-withheld content help page",
     "per-line statuses with a help link", reply_to_req=R_X)

case("x-reported-content-echo", "legal@twitter.com", D(13, "03:00"),
     "Re: Case# 0412345679",
     f"""Hello,

We have removed the reported content for violating the X Rules.

Reported content:
  {XS(4)}

Reported by: Korea Communications Standards Commission
Reported on: 2024-09-11

X Corp.
1355 Market Street, Suite 900, San Francisco, CA 94103""",
     "applied", {XS(4): "removed"},
     "X 'we have removed the reported content' email with echoed report block",
     "statement about 'the reported content' followed by the echoed report listing the item", reply_to_req=R_X)

case("tg-abuse-short", "abuse@telegram.org", D(13, "22:41"),
     "Re: KCSC-240912-01",
     f"""{TG(11)} blocked.
{TG(12)} blocked.
{TG(13)} - this content was already deleted by its author.

Telegram Abuse Team""",
     "applied", {TG(11): "removed", TG(12): "removed", TG(13): "not_found"},
     "Telegram abuse desk one-line replies ('... blocked')",
     "terse per-line abuse-desk statuses; 'blocked' on Telegram = removed (content unavailable)", reply_to_req=R_TG)

case("tg-top-posted-over-quote", "dsa@telegram.org", D(14, "12:02"),
     "Re: KCSC-240912-01 removal request",
     f"""Hello,

The channel posts you reported have been made unavailable: {TG(11)}, {TG(12)}.

Best regards,
Telegram

On Thu, 12 Sep 2024 at 14:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove:
> {TG(11)}
> {TG(12)}
> {TG(13)}
> Items already removed elsewhere should be marked 삭제 완료.""",
     "applied", {TG(11): "removed", TG(12): "removed"},
     "Telegram DSA reply top-posted over a Gmail-style quote",
     "only the two named items; item 13 appears only in quoted text", reply_to_req=R_TG)

case("kakao-korean-deleted", "policy@kakaocorp.com", D(14, "14:30"),
     "[카카오] 시정요구 조치 결과 안내 (KCSC-240913-01)",
     f"""안녕하세요. 카카오 고객센터입니다.

요청하신 게시물에 대하여 다음과 같이 조치하였음을 알려드립니다.

1) {KK(1)} → 삭제 완료
2) {KK(2)} → 비공개 처리

카카오 운영정책: https://www.kakao.com/policy/oppolicy
감사합니다.""",
     "applied", {KK(1): "removed", KK(2): "removed"},
     "Kakao 고객센터 신고 처리결과 안내 (삭제/비공개 처리)",
     "비공개 처리 = removed per issue 11's Korean removal forms", reply_to_req=R_KK)

case("kakao-daum-url-with-particle", "cs@daum.net", D(15, "09:00"),
     "Re: KCSC-240913-01",
     f"""담당자님 안녕하세요.
{KK(1)}에서 신고하신 영상은 청소년 유해 정보로 판단되어 성인인증 후 이용하도록 접근 제한 조치하였습니다.
{KK(2)}는 운영자에 의해 삭제되었습니다。
다음 고객센터 드림""",
     "applied", {KK(1): "restricted", KK(2): "removed"},
     "Daum 고객센터 접근 제한/운영자 삭제 안내",
     "URLs followed by Korean particles and full-width punctuation", reply_to_req=R_KK)

case("tiktok-removed-one", "legal-kr@tiktok.com", D(17, "10:10"),
     "Your report: KCSC-240916-01",
     f"""Hi,

Thanks for your report. We reviewed the video and removed it for violating our Community Guidelines.

Reported video: {TT}

Learn more: https://www.tiktok.com/community-guidelines
TikTok Trust and Safety""",
     "applied", {TT: "removed"}, "TikTok 'We removed the video you reported' notification",
     "'it' refers to the reported video echoed below; guidelines link not an item", reply_to_req=R_TT)

case("tiktok-restricted-region", "legal-kr@tiktok.com", D(18, "08:00"),
     "Update: KCSC-240916-01",
     f"""Hello,

Following our legal review under local law, access to the following content has been restricted in the Republic of Korea:
{TT}

TikTok Legal""",
     "applied", {TT: "restricted"}, "TikTok local-law restriction notice (Transparency Center 'government removal requests')",
     "URL on the line below its statement", reply_to_req=R_TT)

case("meta-multipart-alt", "noreply@instagram.com", D(18, "11:00"),
     "Your report about Instagram content",
     "", "applied", {IG(1): "removed", IG(2): "rejected"},
     "Instagram report outcome email (multipart/alternative, 'We removed the post', 'doesn't go against our Community Guidelines')",
     "multipart/alternative with both parts agreeing", reply_to_req=R_IG,
     raw_mime=("Content-Type: multipart/alternative; boundary=\"b40alt\"\n\n--b40alt\nContent-Type: text/plain; charset=utf-8\n\n"
               f"We removed the post you reported: {IG(1)}\nWe reviewed {IG(2)} and found that it doesn't go against our Community Guidelines.\n"
               "Help Center: https://help.instagram.com/477434105621119\n"
               "--b40alt\nContent-Type: text/html; charset=utf-8\n\n"
               f"<p>We removed the post you reported: <a href=\"{IG(1)}\">{IG(1)}</a></p><p>We reviewed <a href=\"{IG(2)}\">{IG(2)}</a> and found that it doesn't go against our Community Guidelines.</p>"
               "<p><a href=\"https://help.instagram.com/477434105621119\">Help Center</a></p>\n--b40alt--\n"))

case("meta-outlook-original", "lawenforcement@fb.com", D(19, "09:15"),
     "RE: KCSC-240917-01",
     f"""Hello,

We have restricted access to {IG(1)} in South Korea pursuant to local law. {IG(2)} could not be located on Instagram; it may have been deleted.

Meta Platforms, Inc.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:00 AM
Subject: KCSC-240917-01
Please remove {IG(1)} and {IG(2)}.""",
     "applied", {IG(1): "restricted", IG(2): "not_found"},
     "Meta legal restriction wording ('restricted access ... pursuant to local law'), Outlook quote",
     "'could not be located; it may have been deleted' — the 'may' is about cause, not hedging the not-found statement", reply_to_req=R_IG)

case("naver-ack-plus-status", "policy@navercorp.com", D(13, "17:00"),
     "Re: KCSC-240910-01 접수 및 처리 결과",
     f"""귀하의 요청이 정상적으로 접수되었습니다. (접수번호 NV-2409-4040)
아울러 {NB(1)} 게시물은 삭제 조치되었음을 알려드립니다.
네이버 권리보호센터""",
     "applied", {NB(1): "removed"}, "NAVER 접수 확인 메일 with a status line",
     "acknowledgement phrase plus unhedged statement = not an acknowledgement", reply_to_req=R_NV)

case("x-iri-hashtag-not-item", "legal@x.com", D(14, "01:00"),
     "Case# 0412345680",
     f"""Hello,

The following posts have been disabled:
- {XS(1)}
- {XS(2)}

Related hashtag page for your information (not actioned): https://x.com/hashtag/가짜도박

X Corp.""",
     "applied", {XS(1): "removed", XS(2): "removed"}, "X legal response listing disabled posts",
     "hashtag IRI is not an item and must not be an unmatched claim", reply_to_req=R_X)

case("yt-actioned-config-phrase", "legal-kr@google.com", D(17, "10:00"),
     "Re: [KCSC-240909-01]",
     f"""Hello,
{YT(1)} has been actioned under our policies.
{YT(2)} has been actioned under our policies.
Google""",
     "applied", {YT(1): "removed", YT(2): "removed"}, "YouTube terse 'actioned under our policies' reply",
     "configured platform phrase", reply_to_req=R_YT)

case("tg-not-found-check-link", "abuse@telegram.org", D(15, "10:00"),
     "Re: KCSC-240912-01",
     f"""{TG(13)} - not found. Please check the link.
Telegram Abuse Team""",
     "applied", {TG(13): "not_found"}, "Telegram abuse desk 'not found' reply",
     "'Please check the link' is a request to check, but the statement is unhedged not found (arguable: asks_more)", reply_to_req=R_TG)

case("naver-cafe-korean-reason-reject", "policy@naver.com", D(16, "11:00"),
     "[NAVER] 요청 처리 결과",
     f"""안녕하세요.
요청하신 {NC(1)}, {NC(2)} 게시물은 검토 결과 삭제 사유에 해당하지 않아 게시를 유지합니다.
네이버 카페 운영팀""",
     "applied", {NC(1): "rejected", NC(2): "rejected"}, "NAVER 카페 신고 처리 결과 '삭제 사유에 해당하지 않아'",
     "Korean rejection with reason", reply_to_req=R_NV)

case("yt-bullets-restricted-removed-mixed", "legal-kr@google.com", D(18, "15:00"),
     "Re: [KCSC-240909-01] partial",
     f"""Hello,

* {YT(3)} — removed globally (violates our policies)
* {YT(4)} — geo-blocked (KR)
* {YT(5)} — we may take further action after the uploader responds

Google Legal""",
     "applied", {YT(3): "removed", YT(4): "restricted"}, "Google legal per-URL bullet response",
     "future/hedged line for item 5 stays pending (it does not send the whole email to review since others applied; arguable)", reply_to_req=R_YT)

case("kakao-no-reply-to", "policy@kakaocorp.com", D(18, "10:00"),
     "[카카오] 신고 게시물 처리 결과 (KCSC-240913-01)",
     f"""카카오TV 영상 {KK(2)} 은(는) 권리침해 신고에 따라 임시조치되었습니다.
이의제기 안내: https://cs.kakao.com/helps?service=76""",
     "applied", {KK(2): "restricted"}, "Kakao 임시조치 안내 메일",
     "no In-Reply-To; reference pattern in subject; 임시조치 = restricted")

case("x-korean", "legal@x.com", D(16, "04:00"),
     "Case# 0412345681 / KCSC-240911-01",
     f"""안녕하세요,
요청하신 게시물 {XS(3)} 은 대한민국에서 접속 차단되었습니다.
X Corp.""",
     "applied", {XS(3): "restricted"}, "X Korean-localised withheld notice",
     "접속 차단 = restricted", reply_to_req=R_X)

# ---------------- review ----------------
case("review-yt-under-review", "legal-kr@google.com", D(10, "09:00"),
     "Re: [KCSC-240909-01]",
     f"""Hello,
We're still reviewing {YT(1)} and {YT(2)} and will get back to you once a decision has been made.
Google Legal Support""",
     "review", {}, "Google legal 'still reviewing' interim reply",
     "names items, only future tense: not_understood (arguable: a reader may call it acknowledgement, but it names items so must not be ignored)",
     reply_to_req=R_YT, review="not_understood")

case("review-naver-asks-more", "policy@navercorp.com", D(12, "16:00"),
     "RE: KCSC-240910-01 추가 자료 요청",
     f"""안녕하세요.
{NB(2)} 게시물에 대해 조치를 검토하기 위해 위원회의 심의 의결서 사본을 보내주시기 바랍니다.
자료 확인 후 처리하겠습니다.""",
     "review", {}, "NAVER 추가 소명자료 요청 메일", "asks for more documents", reply_to_req=R_NV,
     review="asks_more", classification="request_for_info")

case("review-tg-unknown-sender", "support@telegram-abuse.example", D(13, "08:00"),
     "Re: KCSC-240912-01",
     f"""{TG(11)} removed.
{TG(12)} removed.
Telegram Support""",
     "review", {}, "spoofed Telegram abuse reply from a non-platform domain",
     "unknown sender naming our items", reply_to_req=R_TG, review="unknown_sender")

case("review-x-dmarc-fail", "legal@x.com", D(14, "05:00"),
     "Case# 0412345682",
     f"""The following posts have been removed: {XS(1)}, {XS(2)}.
X Corp.""",
     "review", {}, "X legal response (DMARC fail variant)", "perfect confirmation but dmarc=fail", reply_to_req=R_X,
     review="untrusted", auth="fail")

case("review-kakao-partial-hedge", "policy@kakaocorp.com", D(16, "13:00"),
     "Re: KCSC-240913-01",
     f"""안녕하세요.
{KK(1)} 은 삭제 예정이며, {KK(2)} 는 내부 검토 중입니다.
검토가 완료되는 대로 다시 안내드리겠습니다.""",
     "review", {}, "Kakao 처리 예정/검토 중 안내", "삭제 예정 (future) and 검토 중: nothing applied", reply_to_req=R_KK,
     review="not_understood")

case("review-tiktok-wrong-platform", "legal-kr@tiktok.com", D(18, "12:00"),
     "Re: KCSC-240917-01",
     f"""Hi,
We removed {IG(1)} from our platform.
TikTok Legal""",
     "review", {}, "TikTok legal reply misaddressed to another platform's request",
     "TikTok claims an Instagram item", reply_to_req=R_IG, review="wrong_platform")

case("review-meta-unclear", "lawenforcement@fb.com", D(18, "14:00"),
     "RE: KCSC-240917-01",
     f"""Hello,
Regarding {IG(1)} and {IG(2)}: appropriate measures consistent with our terms have been considered.
Meta""",
     "review", {}, "Meta vague legal-response boilerplate",
     "'measures have been considered' states nothing clear: not_understood", reply_to_req=R_IG, review="not_understood")

case("review-x-unmatched", "legal@x.com", D(15, "06:00"),
     "Case# 0412345683",
     f"""We have removed {XS(4)} and https://x.com/fake40_b/status/1833000000000000099.
X Corp.""",
     "applied", {XS(4): "removed"}, "X legal response naming an extra post",
     "one matched removal, one removal claim for a URL we never requested", reply_to_req=R_X, review="unmatched_claims")

# ---------------- ignored ----------------
case("ignored-ooo", "jkim@navercorp.com", D(10, "11:05"),
     "자동 회신: KCSC-240910-01",
     """안녕하세요. 9월 20일까지 휴가 중입니다. 급한 용무는 policy@navercorp.com 으로 연락 바랍니다.
I am out of office until 20 September.""",
     "ignored", {}, "Outlook automatic reply (Korean/English)", "out-of-office", reply_to_req=R_NV,
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

case("ignored-ack-ticket", "legal-kr@tiktok.com", D(16, "10:01"),
     "We've received your report [Ticket 40-771234]",
     """Hi,

Thanks for contacting TikTok. We have received your report and a ticket has been created (40-771234). Our team will review it and respond as soon as possible.

TikTok Support""",
     "ignored", {}, "TikTok support ticket auto-acknowledgement", "pure acknowledgement naming no item",
     reply_to_req=R_TT, classification="acknowledgement")

case("ignored-mdn", "legal@x.com", D(11, "10:00"),
     "Read: KCSC-240911-01", "", "ignored", {}, "Outlook MDN read receipt (RFC 8098)", "read receipt",
     reply_to_req=R_X,
     raw_mime=("Content-Type: multipart/report; report-type=disposition-notification; boundary=\"b40mdn\"\n\n--b40mdn\n"
               "Content-Type: text/plain; charset=utf-8\n\nYour message was read on 11 Sep 2024 10:00.\n--b40mdn\n"
               "Content-Type: message/disposition-notification\n\nReporting-UA: mail.x.com\nFinal-Recipient: rfc822; legal@x.com\n"
               "Original-Message-ID: <req-240911-01@kcsc.example>\nDisposition: manual-action/MDN-sent-manually; displayed\n--b40mdn--\n"))

case("ignored-dsn-bounce", "MAILER-DAEMON@kakaocorp.com", D(13, "10:01"),
     "Undelivered Mail Returned to Sender", "", "ignored", {}, "Postfix DSN bounce", "bounce of our request",
     reply_to_req=R_KK, name_from="Mail Delivery System", classification="bounce",
     raw_mime=("Content-Type: multipart/report; report-type=delivery-status; boundary=\"b40dsn\"\n\n--b40dsn\n"
               "Content-Type: text/plain; charset=utf-8\n\nThis is the mail system at host mail.kakaocorp.com.\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<policy-old@kakaocorp.com>: user unknown\n--b40dsn\n"
               "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.kakaocorp.com\n\nFinal-Recipient: rfc822; policy-old@kakaocorp.com\nAction: failed\nStatus: 5.1.1\n--b40dsn--\n"))

case("ignored-naver-receipt-korean", "noreply@navercorp.com", D(10, "11:30"),
     "[네이버] 신고 접수 완료 안내",
     """안녕하세요, 네이버 고객센터입니다.
보내주신 요청이 정상적으로 접수되었습니다. 접수번호: NV-2409-4041
처리 결과는 검토 후 메일로 안내드리겠습니다.""",
     "ignored", {}, "NAVER 고객센터 접수 완료 자동 안내", "Korean pure receipt, names no item",
     reply_to_req=R_NV, classification="acknowledgement")

case("ignored-ooo-unknown", "assistant@lawfirm40.example", D(12, "09:00"),
     "Automatic reply: KCSC-240911-01",
     "I am currently out of the office with limited access to email. I will respond on my return.",
     "ignored", {}, "Gmail vacation responder from an outside law firm", "auto-reply from unknown sender is ignored",
     reply_to_req=R_X, extra_headers=["Auto-Submitted: auto-replied"])

here = HERE
corpuslib.write_set(here, "blind40", "# Blind set 40 (issue 11): expected results written from meaning before any run.", C)
