#!/usr/bin/env python3
"""Blind set 37 (issue 11): a general mix, English and Korean, many platforms.

Expected results written from each email's meaning before anything ran.
Deterministic: `python3 tests/corpus/blind37/make.py`.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({"kakaocorp.com": "Kakao", "daum.net": "Daum",
                               "fb.com": "Meta", "meta.com": "Meta", "instagram.com": "Instagram",
                               "tiktok.com": "TikTok"})

YT = "https://www.youtube.com/"
Y = [YT + "watch?v=Qm7rT2xLp0a", YT + "watch?v=Bv4nK8sWd1e", YT + "watch?v=Hc9pL3mZq2f",
     YT + "watch?v=Tz5wR6yNu3g", YT + "watch?v=Lr2eJ7vKx4h", YT + "watch?v=Np8dF1cGs5i",
     YT + "watch?v=Wq6aM4bHt6j", YT + "shorts/Ks3gP9nVr7k", YT + "shorts/Df1hT5mXw8l",
     YT + "watch?v=Gy7jB2qCe9m", YT + "watch?v=Ux4kN6rLa0n", YT + "watch?v=Pe9sV3wDf1o",
     YT + "@%ED%95%9C%EB%B9%9B%EB%89%B4%EC%8A%A4%EB%A3%B8", YT + "watch?v=Ao2lC8zYg2p"]
Y13_RAW = YT + "@한빛뉴스룸"
N = ["https://blog.naver.com/moonlit_dev/223456789012", "https://cafe.naver.com/goldenbridge/88412",
     "https://blog.naver.com/haneul_0721/223460011223", "https://cafe.naver.com/goldenbridge/88530",
     "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471122334"]
X = ["https://x.com/midnight_ledger/status/1833010000000000001",
     "https://x.com/midnight_ledger/status/1833010000000000002",
     "https://x.com/paper_crane_kr/status/1833020000000000003",
     "https://x.com/paper_crane_kr/status/1833020000000000004"]
K = ["https://cafe.daum.net/silvermaple/Ab12/345", "https://cafe.daum.net/silvermaple/Ab12/346",
     "https://pf.kakao.com/_xAbCdE/105223344"]
M = ["https://www.instagram.com/p/C9xYz12AbCd/",
     "https://www.facebook.com/groups/4412345678901/posts/8812345678901/"]
T = ["https://t.me/blue_lantern_kr/2291"]
TT = ["https://www.tiktok.com/@sunny.mart.kr/video/7413312345678901234",
      "https://www.tiktok.com/@sunny.mart.kr/video/7413312345678905678"]

REQ = {"yt": ("KCSC-240910-01", "req-240910-01", "Tue, 10 Sep 2024 10:00:00 +0900", Y),
       "nv": ("KCSC-240911-02", "req-240911-02", "Wed, 11 Sep 2024 10:00:00 +0900", N),
       "x": ("KCSC-240912-03", "req-240912-03", "Thu, 12 Sep 2024 10:00:00 +0900", X),
       "kk": ("KCSC-240913-04", "req-240913-04", "Fri, 13 Sep 2024 10:00:00 +0900", K),
       "mt": ("KCSC-240914-05", "req-240914-05", "Sat, 14 Sep 2024 10:00:00 +0900", M),
       "tg": ("KCSC-240916-06", "req-240916-06", "Mon, 16 Sep 2024 10:00:00 +0900", T),
       "tt": ("KCSC-240917-07", "req-240917-07", "Tue, 17 Sep 2024 10:00:00 +0900", TT)}


def quoted(key, style="gt", prefix="> "):
    ref, _mid, date, urls = REQ[key]
    body = [f"Request {ref} (Korea Communications Standards Commission)",
            "We request removal of the following content under Korean law:", ""]
    body += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    body += ["", "Please reply to takedown@kcsc.example stating the action taken for each URL."]
    if style == "gt":
        return f"On {date}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + \
            "\n".join(prefix + l if l else prefix.rstrip() for l in body)
    return ("-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {date}\nTo: legal\nSubject: [{ref}] Removal request\n\n" + "\n".join(body))


def mp_alt(text, html, qp=False):
    b = "=_alt_b37"
    if qp:
        enc = "quoted-printable"
        t = quopri.encodestring(text.encode()).decode()
        h = quopri.encodestring(html.encode()).decode()
    else:
        enc = "8bit"
        t, h = text, html
    return (f'Content-Type: multipart/alternative; boundary="{b}"\n\n--{b}\n'
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{t}\n"
            f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{h}\n--{b}--\n")


def with_attachment(text, fname, ctype, data):
    b = "=_mix_b37"
    enc = base64.encodebytes(data).decode()
    return (f'Content-Type: multipart/mixed; boundary="{b}"\n\n--{b}\n'
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text}\n"
            f"--{b}\nContent-Type: {ctype}; name=\"{fname}\"\nContent-Disposition: attachment; "
            f"filename=\"{fname}\"\nContent-Transfer-Encoding: base64\n\n{enc}--{b}--\n")


def b64_plain(text):
    return ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            + base64.encodebytes(text.encode()).decode())


CASES = []


def case(**kw):
    kw.setdefault("outcome", "applied")
    CASES.append(kw)


# ---------------------------------------------------------------- YouTube (largest request)
case(name="yt-legal-removal-per-line", from_="legal-notices@google.com", date="Wed, 11 Sep 2024 16:20:11 +0000",
     subject="Re: [KCSC-240910-01] Removal request", reply_to_req="req-240910-01",
     classification="confirmation",
     imitates="YouTube legal support 'Re: [#...] Legal complaint' outcome mail listing each URL with its action",
     why="per-line statuses after each URL: removed globally, blocked in KR (restricted), no action (rejected)",
     items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected"},
     body=f"""Hello,

Thanks for reaching out to us. We have reviewed the content you reported and taken the following action:

{Y[0]} - removed from YouTube for violating our Community Guidelines.
{Y[1]} - blocked from view in South Korea based on local law.
{Y[2]} - no action taken. This video does not violate our policies and we did not find sufficient basis to restrict it under local law.

If you have additional information, you may reply to this email. See https://support.google.com/youtube/answer/6154230 for our process.

Regards,
The YouTube Legal Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043

{quoted('yt')}
""")

case(name="yt-status-below-bare-url", from_="youtube-legal@google.com", date="Thu, 12 Sep 2024 02:10:44 +0000",
     subject="Re: [KCSC-240910-01] Removal request [ref:_00D3b_500Qm7]", reply_to_req="req-240910-01",
     classification="confirmation",
     imitates="Google legal removals ticket reply with bare URL and the outcome on the line beneath",
     why="status on the line right below each bare URL, varied wording",
     items={Y[3]: "removed", Y[4]: "not_found", Y[5]: "restricted"},
     body=f"""Hi there,

Below is the outcome of our review.

{Y[3]}
The video has been taken down globally.

{Y[4]}
We were unable to locate this video. Please confirm the URL is correct.

{Y[5]}
Access to this content has been restricted in Korea.

Sincerely,
Google Legal Support
ref:_00D3b_500Qm7:ref
""")

case(name="yt-age-restricted-shorts", from_="noreply-legal@youtube.com", date="Fri, 13 Sep 2024 08:00:00 +0000",
     subject="Update on your YouTube legal request", reply_to_req="req-240910-01",
     imitates="YouTube 'we have age-restricted this content' outcome notice",
     why="age restriction is a restriction; two shorts named in a bulleted list under one sentence",
     items={Y[7]: "restricted", Y[8]: "restricted"},
     body=f"""Hello,

After review, we've age-restricted the following Shorts. They are no longer visible to users under 18 or signed-out viewers:

  * {Y[7]}
  * {Y[8]}

Learn more about age restrictions: https://support.google.com/youtube/answer/2802167

- The YouTube Team
""")

case(name="yt-html-table-ticket", from_="legal-support@google.com", date="Sat, 14 Sep 2024 03:33:00 +0000",
     subject="[KCSC-240910-01] Outcome of your request", reply_to_req="req-240910-01",
     classification="confirmation",
     imitates="Google ticket-system HTML-only outcome with a table of URL / action",
     why="HTML-only table with per-row outcomes",
     items={Y[9]: "removed", Y[10]: "rejected", Y[11]: "removed"},
     type="html",
     body=f"""<html><body><p>Hello,</p><p>We have completed our review of request KCSC-240910-01.</p>
<table border="1"><tr><th>URL</th><th>Action taken</th></tr>
<tr><td>{Y[9]}</td><td>Removed - violates Community Guidelines</td></tr>
<tr><td>{Y[10]}</td><td>No action - content does not violate our policies or local law</td></tr>
<tr><td>{Y[11]}</td><td>Removed globally</td></tr></table>
<p>Help Center: <a href="https://support.google.com/youtube/answer/2801939">Policies</a></p>
<p>Google LLC</p></body></html>""")

case(name="yt-korean-channel-iri", from_="legal-kr@google.com", date="Sat, 14 Sep 2024 06:12:00 +0000",
     subject="회신: [KCSC-240910-01] 시정요구", reply_to_req="req-240910-01",
     imitates="구글코리아 법무팀 한국어 회신 (채널 해지 안내)",
     why="raw Korean IRI of the channel must match the percent-encoded item; channel terminated = removed",
     items={Y[12]: "removed"},
     body=f"""안녕하세요, Google 법무팀입니다.

요청하신 채널 {Y13_RAW} 은(는) 커뮤니티 가이드 위반으로 해지되었습니다.

감사합니다.
Google 법무팀 드림
""")

case(name="yt-will-review-later", from_="legal-support@google.com", date="Sun, 15 Sep 2024 01:00:00 +0000",
     subject="Re: [KCSC-240910-01] Removal request", reply_to_req="req-240910-01",
     outcome="review", review="not_understood",
     imitates="Google legal interim reply 'we are still reviewing and will take appropriate action'",
     why="future tense / still reviewing for a named item: nothing to apply, must not be ignored",
     items={},
     body=f"""Hello,

Our team is still reviewing {Y[13]} and will take appropriate action if we determine that it violates local law. We will update you once the review is complete.

Thanks,
Google Legal Support
""")

case(name="yt-partial-outlook-thread", from_="legal-notices@google.com", date="Mon, 16 Sep 2024 09:00:00 +0000",
     subject="RE: [KCSC-240910-01] Reminder: Removal request", reply_to_req="req-240910-01",
     classification="confirmation",
     imitates="Outlook-style top-posted reply to our reminder with the original request quoted below",
     why="top-posted statement about two items; the quoted list below must not count",
     items={Y[6]: "removed", Y[13]: "restricted"},
     body=f"""Hello KCSC team,

In response to your reminder: {Y[6]} has been removed, and {Y[13]} has been restricted in South Korea. The remaining items were answered in our earlier emails.

Best,
YouTube Legal

{quoted('yt', style='outlook')}
""")

case(name="yt-csv-attachment", from_="legal-support@google.com", date="Tue, 17 Sep 2024 05:00:00 +0000",
     subject="[KCSC-240910-01] Bulk outcome report", reply_to_req="req-240910-01",
     imitates="Google bulk legal request outcome report delivered as a CSV attachment",
     why="statuses only in a CSV attachment",
     items={Y[0]: "removed", Y[4]: "not_found", Y[10]: "restricted"},
     raw_mime=with_attachment("Hello,\n\nPlease find attached the outcome for request KCSC-240910-01.\n\nGoogle Legal Support\n",
                              "outcome_KCSC-240910-01.csv", "text/csv",
                              f"url,action\n{Y[0]},Removed\n{Y[4]},Not found\n{Y[10]},Blocked in KR (local law)\n".encode()))

case(name="yt-spoof-dmarc-fail", from_="legal-notices@google.com", auth="fail", date="Tue, 17 Sep 2024 06:00:00 +0000",
     subject="Re: [KCSC-240910-01] Removal request", reply_to_req="req-240910-01",
     outcome="review", review="untrusted",
     imitates="YouTube legal outcome mail, but DMARC fails (spoof)",
     why="perfect removal wording from a DMARC-failing sender: review untrusted, nothing applied",
     items={},
     body=f"""Hello,

{Y[1]} has been removed from YouTube.
{Y[2]} has been removed from YouTube.

The YouTube Legal Team
""")

# ---------------------------------------------------------------- NAVER
case(name="nv-imsi-jochi-notice", from_="policy@navercorp.com", date="Thu, 12 Sep 2024 02:00:00 +0000",
     subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240911-02)", reply_to_req="req-240911-02",
     classification="confirmation",
     imitates="네이버 게시중단요청서비스 처리 결과 안내 (임시조치, 30일 재게시 요청 안내)",
     why="임시조치 under Art. 44-2 is a restriction; 게시중단(삭제) is removal",
     items={N[0]: "restricted", N[1]: "removed"},
     body=f"""안녕하세요. 네이버 게시중단요청서비스 담당자입니다.

요청하신 게시물에 대해 아래와 같이 처리하였음을 알려드립니다.

1. {N[0]}
 - 처리결과: 임시조치 (정보통신망법 제44조의2에 따라 30일간 게시 중단)
2. {N[1]}
 - 처리결과: 삭제

게시자는 임시조치 후 30일 이내에 재게시를 요청할 수 있습니다.
자세한 내용은 https://right.naver.com 에서 확인하실 수 있습니다.

네이버 주식회사 | 경기도 성남시 분당구 정자일로 95
""")

case(name="nv-blind-and-author-deleted", from_="right@naver.com", date="Fri, 13 Sep 2024 05:30:00 +0000",
     subject="Re: [KCSC-240911-02] 시정요구", reply_to_req="req-240911-02",
     classification="confirmation",
     imitates="네이버 카페 운영원칙 블라인드 처리 안내 + 작성자 삭제 게시물",
     why="블라인드 = removal; 작성자가 이미 삭제 = not_found",
     items={N[3]: "removed", N[2]: "not_found"},
     body=f"""안녕하세요, 네이버입니다.

{N[3]} 게시물은 카페 운영원칙 위반으로 블라인드 처리되었습니다.
{N[2]} 게시물은 확인 결과 작성자에 의해 이미 삭제되어 존재하지 않습니다.

감사합니다.

> 2024. 9. 11. 오전 10:00, KCSC Takedown <takedown@kcsc.example> 작성:
> 시정요구 대상: {N[2]}
> 시정요구 대상: {N[3]}
""")

case(name="nv-kin-no-violation", from_="policy@navercorp.com", date="Sat, 14 Sep 2024 01:00:00 +0000",
     subject="[NAVER] 시정요구 조치결과 회신", reply_to_req="req-240911-02",
     classification="confirmation",
     imitates="포털의 KCSC 시정요구 조치결과 회신 (위반사항 없음으로 조치 불가)",
     why="위반 내용이 확인되지 않아 게시물을 유지 = rejected (negated removal with a reason)",
     items={N[4]: "rejected"},
     body=f"""KCSC 담당자님께,

요청하신 지식iN 게시물 {N[4]} 에 대해 검토한 결과, 관련 법령 및 운영정책 위반 사항이 확인되지 않아 별도의 조치 없이 게시를 유지하기로 하였습니다.

네이버 정책지원팀 드림
""")

case(name="nv-asks-documents", from_="policy@navercorp.com", date="Sat, 14 Sep 2024 03:00:00 +0000",
     subject="Re: [KCSC-240911-02] 추가 자료 요청", reply_to_req="req-240911-02",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="포털의 소명자료 요청 회신 (권리침해 입증자료 요청)",
     why="asks for supporting documents before acting on a named item: review, nothing applied",
     items={},
     body=f"""안녕하세요.

{N[0]} 에 대해 조치하기 위해서는 불법성을 확인할 수 있는 근거 자료가 필요합니다. 관련 자료를 회신해 주시면 검토 후 처리하겠습니다.

네이버 드림
""")

case(name="nv-qp-alt-private", from_="policy@navercorp.com", date="Sun, 15 Sep 2024 04:00:00 +0000",
     subject="[NAVER] 조치 결과 안내", reply_to_req="req-240911-02",
     classification="confirmation",
     imitates="네이버 블로그 게시물 비공개 처리 안내 (multipart/alternative, quoted-printable)",
     why="비공개 처리 = removed; text and HTML parts agree; QP-encoded Korean",
     items={N[2]: "removed"},
     raw_mime=mp_alt(f"안녕하세요.\n\n요청하신 블로그 게시물 {N[2]} 은 운영자에 의해 비공개 처리되었습니다.\n\n네이버 고객센터\n",
                     f"<p>안녕하세요.</p><p>요청하신 블로그 게시물 <a href=\"{N[2]}\">{N[2]}</a> 은 운영자에 의해 비공개 처리되었습니다.</p><p>네이버 고객센터</p>",
                     qp=True))

# ---------------------------------------------------------------- X
case(name="x-withheld-in-kr", from_="legal@x.com", date="Thu, 12 Sep 2024 12:00:00 +0000",
     subject="Re: [KCSC-240912-03] Case #0192837 Legal request", reply_to_req="req-240912-03",
     classification="confirmation",
     imitates="X legal 'withheld in country' notice (Country Withheld Content)",
     why="withheld in South Korea = restricted, two posts in prose",
     items={X[0]: "restricted", X[1]: "restricted"},
     body=f"""Hello,

We have reviewed your request. The following posts have been withheld in South Korea in accordance with local law:

{X[0]}
{X[1]}

For more information on country withheld content, see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Case #0192837
X Corp. Legal
""")

case(name="x-not-in-violation-quoted-levels", from_="legal@x.com", date="Fri, 13 Sep 2024 12:00:00 +0000",
     subject="Re: Re: [KCSC-240912-03] Case #0192840", reply_to_req="req-240912-03",
     classification="confirmation",
     imitates="X 'we have not taken action' reply in a thread with several quoted levels",
     why="rejection for one post; the deeper quoted levels carry other URLs and our own words",
     items={X[2]: "rejected"},
     body=f"""Hi,

After careful review, we've determined that {X[2]} is not in violation of the X Rules or applicable local law, and we will not be taking action at this time.

Thanks,
X Legal

On Thu, 12 Sep 2024 at 21:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Thank you. What about the remaining items?
>
> On Thu, 12 Sep 2024 12:00 +0000, X Legal <legal@x.com> wrote:
>> The following posts have been withheld in South Korea:
>> {X[0]}
>> {X[1]}
>>
>>> {X[3]}
>>> Please remove this post.
""")

case(name="x-lookalike-sender", from_="legal@x-corp-support.com", date="Sat, 14 Sep 2024 12:00:00 +0000",
     subject="Re: [KCSC-240912-03] Legal request", reply_to_req="req-240912-03",
     outcome="review", review="unknown_sender", name_from="X Legal",
     imitates="X legal outcome mail sent from a look-alike domain",
     why="authenticated but unknown domain claims removals for our items: review unknown_sender",
     items={},
     body=f"""Hello,

{X[3]} has been removed.
{X[2]} has been removed.

X Legal
""")

case(name="x-account-suspended-one-post", from_="legal@twitter.com", date="Sun, 15 Sep 2024 12:00:00 +0000",
     subject="Re: [KCSC-240912-03] Case #0192855", reply_to_req="req-240912-03",
     classification="confirmation",
     imitates="X 'account suspended for violating the X Rules' reply",
     why="the post's account suspended, the post is no longer available = removed for that one URL",
     items={X[3]: "removed"},
     body=f"""Hello,

The account that posted {X[3]} has been suspended for violating the X Rules, and the post is no longer available on X.

Case #0192855
X Safety
""")

# ---------------------------------------------------------------- Kakao / Daum
case(name="kk-daum-cafe-gesijungdan", from_="report@kakaocorp.com", date="Fri, 13 Sep 2024 08:00:00 +0000",
     subject="[카카오] 시정요구 조치 결과 회신 (KCSC-240913-04)", reply_to_req="req-240913-04",
     classification="confirmation",
     imitates="카카오 권리침해 신고 처리 결과 안내 (다음 카페 게시중단)",
     why="게시중단 for two Daum cafe posts in a numbered list",
     items={K[0]: "removed", K[1]: "removed"},
     body=f"""안녕하세요. 카카오 고객센터입니다.

귀 위원회에서 요청하신 건에 대해 아래 게시물을 게시중단 조치하였습니다.

1) {K[0]}
2) {K[1]}

운영정책: https://cs.kakao.com/helps?service=9&category=233

(주)카카오 | 제주특별자치도 제주시 첨단로 242
""")

case(name="kk-channel-access-limited", from_="no-reply@daum.net", date="Sat, 14 Sep 2024 08:00:00 +0000",
     subject="Re: [KCSC-240913-04] 시정요구", reply_to_req="req-240913-04",
     classification="confirmation",
     imitates="카카오톡 채널 게시물 접근 제한 안내",
     why="접근 제한 = restricted; URL on the line below its statement",
     items={K[2]: "restricted"},
     body=f"""안녕하세요.

아래 카카오톡 채널 게시물은 국내 이용자의 접근이 제한되었습니다.
{K[2]}

감사합니다. 카카오 드림
""")

case(name="kk-hedged-korean", from_="report@kakaocorp.com", date="Sun, 15 Sep 2024 08:00:00 +0000",
     subject="Re: [KCSC-240913-04] 문의", reply_to_req="req-240913-04",
     outcome="review", review="not_understood",
     imitates="카카오 담당자 회신: 검토 중이며 순차적으로 조치할 예정",
     why="검토 중, 조치할 예정: future/hedged, nothing applied",
     items={},
     body=f"""안녕하세요.

{K[0]} 게시물은 현재 내부 검토 중이며, 검토가 끝나는 대로 순차적으로 조치할 예정입니다.

카카오 드림
""")

# ---------------------------------------------------------------- Meta
case(name="mt-restricted-local-law", from_="support@fb.com", date="Sun, 15 Sep 2024 10:00:00 +0000",
     subject="Your report: KCSC-240914-05", reply_to_req="req-240914-05",
     classification="confirmation",
     imitates="Meta 'we restricted access to this content in your country based on local law' notice with echoed report",
     why="statement about 'the reported content' followed by an echoed report that lists the two URLs",
     items={M[0]: "restricted", M[1]: "restricted"},
     body=f"""Hi,

Thanks for your report. We've restricted access to the reported content in South Korea because it violates local law.

Report details
Reference: KCSC-240914-05
Reported content:
  {M[0]}
  {M[1]}
Reason given: counterfeit goods

You can learn more about how we handle government requests at https://transparency.meta.com/reports/content-restrictions

Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""")

case(name="mt-instagram-doesnt-go-against", from_="no-reply@instagram.com", date="Mon, 16 Sep 2024 10:00:00 +0000",
     subject="We reviewed the post you reported", reply_to_req="req-240914-05",
     classification="confirmation",
     imitates="Instagram 'We didn't remove this post because it doesn't go against our Community Guidelines'",
     why="negated removal with a reason = rejected",
     items={M[0]: "rejected"},
     body=f"""We reviewed the post you reported

{M[0]}

We didn't remove this post because it doesn't go against our Community Guidelines. We understand this may be disappointing.

Community Guidelines: https://help.instagram.com/477434105621119
Instagram from Meta
""")

case(name="mt-other-platform-items", from_="support@fb.com", date="Mon, 16 Sep 2024 11:00:00 +0000",
     subject="Re: your report", reply_to_req="req-240914-05",
     outcome="review", review="wrong_platform",
     imitates="Meta support reply that speaks about a TikTok link (another platform's item)",
     why="trusted Meta sender claims removal of a TikTok item: must not apply, review",
     items={},
     body=f"""Hi,

The video at {TT[0]} has been removed.

Meta Support
""")

# ---------------------------------------------------------------- Telegram
case(name="tg-abuse-blocked", from_="abuse@telegram.org", date="Mon, 16 Sep 2024 15:00:00 +0000",
     subject="Re: [KCSC-240916-06] Report", reply_to_req="req-240916-06",
     classification="confirmation",
     imitates="Telegram abuse desk short reply 'the channel has been blocked'",
     why="a notice that is only a URL and one sentence",
     items={T[0]: "removed"},
     body=f"""{T[0]} — this content has been blocked on Telegram.

Telegram Abuse Team
""")

case(name="tg-b64-not-found", from_="dsa@telegram.org", date="Tue, 17 Sep 2024 15:00:00 +0000",
     subject="Re: [KCSC-240916-06] Report", reply_to_req="req-240916-06",
     classification="confirmation",
     imitates="Telegram DSA desk reply, base64 body, 'message does not exist'",
     why="base64 text body; message does not exist = not_found",
     items={T[0]: "not_found"},
     raw_mime=b64_plain(f"Hello,\n\nThe message {T[0]} does not exist or has already been deleted. No further action is possible.\n\nTelegram\n"))

# ---------------------------------------------------------------- TikTok
case(name="tt-removed-and-under-review", from_="legal@tiktok.com", date="Wed, 18 Sep 2024 02:00:00 +0000",
     subject="Re: [KCSC-240917-07] Government request", reply_to_req="req-240917-07",
     outcome="applied", review="not_understood", classification="confirmation",
     imitates="TikTok law enforcement outreach reply: one video removed, one still under review",
     why="one clear removal is applied; the other is 'still under review' and must go to review (arguable outcome/reason combination)",
     items={TT[0]: "removed"},
     body=f"""Dear KCSC,

Thank you for your request. We have removed {TT[0]} for violating our Community Guidelines.

{TT[1]} is still under review; we will follow up once a decision has been made.

TikTok Trust & Safety
""")

case(name="tt-html-only-ticket", from_="no-reply@tiktok.com", date="Wed, 18 Sep 2024 05:00:00 +0000",
     subject="[Ticket 58211930] Update on your report", reply_to_req="req-240917-07",
     classification="confirmation",
     imitates="TikTok HTML-only ticket system notice 'This video is now restricted in your region'",
     why="HTML-only ticket notice: video restricted in Korea",
     items={TT[1]: "restricted"},
     type="html",
     body=f"""<html><body><div style="font-family:Arial"><h3>Update on your report</h3>
<p>Ticket 58211930</p><p>The video <a href="{TT[1]}">{TT[1]}</a> is now unavailable in South Korea in accordance with local laws.</p>
<p><a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a> | <a href="https://support.tiktok.com">Help Center</a></p>
<p>TikTok Pte. Ltd.</p></div></body></html>""")

# ---------------------------------------------------------------- doubtful, mixed platforms
case(name="unknown-sender-claims-youtube", from_="cs@kr-contentguard.example", date="Wed, 18 Sep 2024 07:00:00 +0000",
     subject="Re: [KCSC-240910-01] 처리 완료", reply_to_req="req-240910-01",
     outcome="review", review="unknown_sender", name_from="ContentGuard KR",
     imitates="third-party reputation agency claiming removals on a platform's behalf",
     why="unknown sender naming our items: review, never apply",
     items={},
     body=f"""안녕하세요.

{Y[5]} 영상은 삭제 처리 완료되었습니다.

콘텐츠가드 드림
""")

case(name="yt-unreadable-statement", from_="legal-support@google.com", date="Wed, 18 Sep 2024 08:00:00 +0000",
     subject="Re: [KCSC-240910-01]", reply_to_req="req-240910-01",
     outcome="review", review="not_understood",
     imitates="terse legal-desk reply whose meaning for the item is unclear",
     why="'processed as per policy' says nothing about what was done: not understood, review",
     items={},
     body=f"""Hi,

Regarding {Y[2]}: this has been processed in line with our internal policies.

Google Legal Support
""")

case(name="x-some-of-the-posts", from_="legal@x.com", date="Wed, 18 Sep 2024 09:00:00 +0000",
     subject="Re: [KCSC-240912-03] Legal request", reply_to_req="req-240912-03",
     outcome="review", review="not_understood",
     imitates="X legal reply stating action on 'some' of the reported posts without naming which",
     why="'some of the posts' over a quoted list cannot be attributed to items: review",
     items={},
     body=f"""Hello,

We have withheld some of the reported posts in South Korea. Others did not meet the threshold for action.

X Legal

> {X[0]}
> {X[1]}
> {X[2]}
""")

case(name="mt-hedged-may-restrict", from_="support@fb.com", date="Wed, 18 Sep 2024 10:00:00 +0000",
     subject="Re: KCSC-240914-05", reply_to_req="req-240914-05",
     outcome="review", review="not_understood",
     imitates="Meta reply 'we may restrict ... if it violates local law'",
     why="modal 'may restrict' about a named item is not a statement of what was done",
     items={},
     body=f"""Hi,

We received your report about {M[1]}. We may restrict access to this content in South Korea if we find that it violates local law.

Meta
""")

# ---------------------------------------------------------------- ignored
case(name="ooo-autoreply-korean", from_="kim.legal@navercorp.com", date="Wed, 11 Sep 2024 01:00:00 +0000",
     subject="[자동회신] 부재중입니다 Re: [KCSC-240911-02] 시정요구", reply_to_req="req-240911-02",
     outcome="ignored", name_from="=?utf-8?b?6rmA67KV66y0?=",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     imitates="Outlook 한국어 부재중 자동회신",
     why="out-of-office auto-reply: ignored",
     items={},
     body="""안녕하세요. 9월 11일부터 9월 18일까지 휴가로 부재중입니다. 급한 용무는 policy@navercorp.com 으로 연락 주시기 바랍니다.
""")

case(name="ooo-autoreply-english", from_="j.doe@tiktok.com", date="Tue, 17 Sep 2024 01:05:00 +0000",
     subject="Automatic reply: [KCSC-240917-07] Government request", reply_to_req="req-240917-07",
     outcome="ignored", name_from="Jane Doe",
     extra_headers=["Auto-Submitted: auto-replied"],
     imitates="Outlook 'Automatic reply' out-of-office",
     why="out-of-office auto-reply: ignored",
     items={},
     body="""I am out of the office until 23 September with limited access to email. For urgent legal matters please contact legal@tiktok.com.
""")

case(name="ack-google-ticket", from_="legal-support@google.com", date="Tue, 10 Sep 2024 01:30:00 +0000",
     subject="[#7734120] We have received your request", reply_to_req="req-240910-01",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal support auto-acknowledgement with case number",
     why="pure receipt, names no item, states nothing: ignored",
     items={},
     body="""Hello,

We have received your request and a ticket has been created (#7734120). Our team will review it and get back to you. Please do not reply to this email.

Google Legal Support
""")

case(name="ack-kakao-receipt", from_="no-reply@daum.net", date="Fri, 13 Sep 2024 01:10:00 +0000",
     subject="[카카오] 신고 접수 완료 안내", reply_to_req="req-240913-04",
     outcome="ignored", classification="acknowledgement",
     imitates="카카오 고객센터 신고 접수 완료 안내",
     why="접수 완료 receipt only: ignored",
     items={},
     body="""안녕하세요. 카카오 고객센터입니다.

요청하신 내용이 정상적으로 접수되었습니다. 접수번호: 2024091300123
담당자 확인 후 순차적으로 답변 드리겠습니다.
""")

case(name="mdn-read-receipt", from_="legal@x.com", date="Thu, 12 Sep 2024 03:00:00 +0000",
     subject="Read: [KCSC-240912-03] Removal request", reply_to_req="req-240912-03",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook MDN read receipt (multipart/report disposition-notification)",
     why="MDN read receipt: ignored",
     items={},
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_b37"

--=_mdn_b37
Content-Type: text/plain; charset=utf-8

Your message was read on Thursday, 12 September 2024 03:00:00 (UTC).

--=_mdn_b37
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <req-240912-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_b37--
""")

case(name="dsn-bounce", from_="MAILER-DAEMON@tiktok.com", date="Tue, 17 Sep 2024 01:01:00 +0000",
     subject="Undelivered Mail Returned to Sender", name_from="Mail Delivery System",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN bounce with the original request attached as headers",
     why="delivery failure report: ignored even though our quoted request names items",
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b37"

--=_dsn_b37
Content-Type: text/plain; charset=utf-8

This is the mail system at host mail.tiktok.com.
I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx.tiktok.com said: 550 5.1.1 User unknown

--=_dsn_b37
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.tiktok.com
Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1

--=_dsn_b37
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC-240917-07] Removal request
Message-ID: <req-240917-07@kcsc.example>

--=_dsn_b37--
""")

case(name="ack-tg-autoreply", from_="dsa@telegram.org", date="Mon, 16 Sep 2024 01:02:00 +0000",
     subject="Re: [KCSC-240916-06] Report", reply_to_req="req-240916-06",
     outcome="ignored",
     extra_headers=["Auto-Submitted: auto-replied"],
     imitates="Telegram DSA mailbox automatic receipt",
     why="automatic receipt that states nothing about items: ignored",
     items={},
     body="""Thank you for contacting Telegram. Your message has been received and will be processed by our team. Due to a high volume of requests, response times may vary.
""")

# ---------------------------------------------------------------- more confirmations
case(name="nv-reply-to-reminder-table", from_="policy@navercorp.com", date="Wed, 18 Sep 2024 06:00:00 +0000",
     subject="RE: [KCSC-240911-02] 조치 요청 재안내", reply_to_req="req-240911-02",
     classification="confirmation",
     imitates="KCSC 시정요구 조치결과 회신 표 (HTML, 포털 공문 양식), reply to our reminder",
     why="HTML table 번호/URL/조치결과 in Korean: 삭제, 접속차단, 게시물 없음",
     items={N[0]: "removed", N[1]: "restricted", N[4]: "not_found"},
     raw_mime=mp_alt(f"시정요구 조치결과\n1 {N[0]} 삭제\n2 {N[1]} 접속차단\n3 {N[4]} 게시물 없음\n",
                     f"""<p>시정요구(KCSC-240911-02) 조치결과를 아래와 같이 회신합니다.</p>
<table border=1><tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>삭제</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>접속차단</td></tr>
<tr><td>3</td><td>{N[4]}</td><td>게시물 없음</td></tr></table><p>네이버 주식회사 정책지원팀</p>"""))

case(name="yt-ack-plus-statement", from_="legal-support@google.com", date="Wed, 18 Sep 2024 11:00:00 +0000",
     subject="[#7734120] Re: Removal request", reply_to_req="req-240910-01",
     classification="confirmation",
     imitates="Google ticket reply that opens with a receipt phrase and then states the outcome",
     why="an acknowledgement phrase plus an unhedged statement is not an acknowledgement",
     items={Y[9]: "removed"},
     body=f"""Hello,

We have received your report. {Y[9]} has been removed from YouTube for violating our spam, deceptive practices and scams policy.

Google Legal Support
""")

case(name="kk-kcsc-style-list-not-found", from_="report@kakaocorp.com", date="Thu, 19 Sep 2024 01:00:00 +0000",
     subject="[카카오] 조치결과 회신", reply_to_req="req-240913-04",
     classification="confirmation",
     imitates="카카오 조치결과 회신 (URL 아래 줄에 결과, 존재하지 않는 게시물)",
     why="status on the line below the URL in Korean: removed, not found, restricted",
     items={K[0]: "removed", K[1]: "not_found", K[2]: "restricted"},
     body=f"""안녕하세요. 조치결과를 회신드립니다.

- {K[0]}
  → 운영자 삭제
- {K[1]}
  → 존재하지 않는 게시물입니다
- {K[2]}
  → 국내 접속 차단

카카오 드림
""")


HEADER = """# Blind set 37 (issue 11): a general mix in English and Korean across seven
# platforms (YouTube, NAVER, X, Kakao/Daum, Meta, Telegram, TikTok).
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. See NOTES.md.
"""

if __name__ == "__main__":
    for c in CASES:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, "blind37", HEADER, CASES)
    print(len(CASES), "cases")
