#!/usr/bin/env python3
"""Second BLIND held-out set (issue 11): writes cases/*.eml and expected.toml.

Written without looking at the reader (src/extract/, src/matching.rs) or at
the texts of the development and held-out cases. Each email imitates the
manner of a public notice (named in `imitates`), in our own sentences, with
fictional URLs. The expected result of every case was written here from the
email's meaning before the reader was ever run on it.

    python3 tests/corpus/blind2/make.py
"""
import os
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

HEADER = """\
# Second BLIND held-out set (issue 11), written by tests/corpus/blind2/make.py.
# Expected results written from each email's meaning before the reader was
# run; see tests/corpus/README.md for the first-run figures."""

# Items (see requests.csv)
MV = "https://t.me/moonrise_vault/"  # KCSC-240912-01 (telegram, 16 items: 2001..2010 + pale_echo 310..315)
PE = "https://t.me/pale_echo/"
DM = "https://x.com/dusk_mirror/status/18410000000000001"  # + 01..03, KCSC-240912-02 (x, 5 items)
HF = "https://x.com/hollow_frame/status/18410000000000001"  # + 04, 05
YT = "https://www.youtube.com/watch?v=Qm7rT2vLx0"  # + 1..4, KCSC-240913-01 (youtube, 4 items)
NB = "https://blog.naver.com/fakeblogger77/2235000001"  # + 01, 02, KCSC-240913-02 (naver, 4 items)
NC_KO = "https://cafe.naver.com/가짜모임/88"
NC_SH = "https://cafe.naver.com/shadowcafe/1203"
QH = "https://t.me/quiet_harbor/"  # 71..73, KCSC-240914-01 (telegram, 3 items)
EL = "https://x.com/ember_loop/status/18430000000000002"  # + 01, 02, KCSC-240916-01 (x, 2 items)
ZZ = "https://www.youtube.com/watch?v=Zz9Kp4Wm3Q1"  # KCSC-240916-02 (youtube, 1 item)

TG = "abuse@telegram.org"
XL = "legal-support@x.com"
YTL = "legal-noreply@google.com"
NV = "rights@navercorp.com"

OUR_REQUEST_TG = f"""\
> Dear Telegram Trust & Safety team,
>
> Under the Act on the Establishment of the Korea Communications Standards
> Commission, we request the removal of the following content
> (reference KCSC-240912-01, deadline 19 September 2024):
>
""" + "\n".join(f"> {MV}{n}" for n in range(2001, 2011)) + "\n" + "\n".join(
    f"> {PE}{n}" for n in range(310, 316)
) + """
>
> Please confirm once the content has been removed.
> KCSC Takedown Desk"""

CASES = [
    # ---------------------------------------------------------------- layouts
    dict(
        name="tg-top-posted-over-quoted-list",
        date="Wed, 18 Sep 2024 02:14:00 +0000",
        frm=TG,
        subject="Re: [KCSC-240912-01] Removal request",
        reply_to_req="req-240912-01",
        body=f"""\
Hello,

Thank you for your report. Our moderators reviewed the channel and removed
the following messages for breaking the Telegram Terms of Service:

{MV}2001
{MV}2002
{MV}2003

The other links in your request are still being checked.

Telegram Abuse Team

On Thu, Sep 12, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{OUR_REQUEST_TG}
""",
        outcome="applied",
        imitates="Telegram abuse-desk reply quoted in public trackers ('we have removed / blocked the channel'), top-posted over the reporter's quoted list (Gmail 'On ... wrote:')",
        why="only the three URLs above the quote are removed; the quoted request lists all 16 and must not count; 'still being checked' keeps the others pending",
        items={MV + "2001": "removed", MV + "2002": "removed", MV + "2003": "removed"},
    ),
    dict(
        name="x-html-table-statuses",
        date="Wed, 18 Sep 2024 07:40:00 +0000",
        frm=XL,
        subject="Case 0472-KR: outcome of your legal request KCSC-240912-02",
        type="html",
        body=f"""\
<html><body>
<p>Hello,</p>
<p>We have completed our review of your legal request. The outcome for each reported post is set out below.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{DM}01</td><td>Withheld</td><td>South Korea</td></tr>
<tr><td>{DM}02</td><td>Withheld</td><td>South Korea</td></tr>
<tr><td>{DM}03</td><td>Removed (violation of the X Rules)</td><td>Global</td></tr>
<tr><td>{HF}04</td><td>No action: not in violation of the X Rules or local law</td><td>-</td></tr>
<tr><td>{HF}05</td><td>Not found: the post does not exist</td><td>-</td></tr>
</table>
<p>Learn more about country withheld content: <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">help.x.com</a></p>
<p>X Legal</p>
</body></html>""",
        outcome="applied",
        imitates="X legal request outcome notice ('withheld in [country] in response to a legal demand', Country Withheld Content), laid out as an HTML table",
        why="one HTML table row per post: Withheld/South Korea = restricted, Removed = removed, No action/not in violation = rejected, Not found = not_found; the help link is not an item",
        items={DM + "01": "restricted", DM + "02": "restricted", DM + "03": "removed",
               HF + "04": "rejected", HF + "05": "not_found"},
    ),
    dict(
        name="yt-per-line-statuses",
        date="Thu, 19 Sep 2024 01:05:00 +0000",
        frm=YTL,
        name_from="YouTube Legal Support",
        subject="Your legal request KCSC-240913-01 [ref:0x7731:]",
        body=f"""\
Hi KCSC team,

We've reviewed the content in your request. Here is the outcome for each video:

{YT}1 - removed for violating our Community Guidelines
{YT}2 - blocked from view in South Korea under local law
{YT}3 - no action taken: the video does not violate our policies
{YT}4 - video unavailable; it had already been deleted by the uploader

If you believe we made a mistake, you can reply to this email with additional information.

Regards,
The YouTube Legal Support Team
""",
        outcome="applied",
        imitates="YouTube legal removal outcome email ('we have removed the following content from YouTube' / 'blocked in [country]') with per-line outcomes",
        why="one status per line after ' - ' in four different families: removed, restricted (blocked in Korea), rejected (no action, does not violate), not_found (already deleted by uploader)",
        items={YT + "1": "removed", YT + "2": "restricted", YT + "3": "rejected", YT + "4": "not_found"},
    ),
    dict(
        name="naver-korean-numbered-list",
        date="Thu, 19 Sep 2024 02:30:00 +0000",
        frm=NV,
        subject="[NAVER] 게시물 조치 결과 안내 (KCSC-240913-02)",
        body=f"""\
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

1. {NB}01 - 임시조치 완료 (30일간 접근 제한)
2. {NB}02 - 삭제 완료
3. {NC_KO} - 블라인드 처리 완료
4. {NC_SH} - 해당 게시물이 존재하지 않음

문의 사항은 이 메일로 회신해 주시기 바랍니다.
감사합니다.
""",
        outcome="applied",
        imitates="NAVER 게시중단요청서비스 처리 결과 안내 (임시조치 / 블라인드 notices quoted on Korean blogs), numbered list",
        why="Korean numbered list: 임시조치 (30-day access restriction) = restricted, 삭제 완료 = removed, 블라인드 처리 = removed, 존재하지 않음 = not_found; raw Korean path URL",
        items={NB + "01": "restricted", NB + "02": "removed", NC_KO: "removed", NC_SH: "not_found"},
    ),
    dict(
        name="tg-status-on-line-below",
        date="Wed, 18 Sep 2024 11:20:00 +0000",
        frm=TG,
        subject="Re: KCSC-240912-01",
        body=f"""\
Hello,

Below is the result for the messages in the pale_echo channel.

{PE}310
This message has been taken down and is no longer available.

{PE}311
We found no violation of our Terms of Service in this message.

{PE}312
Access to this message is blocked for users in South Korea.

Best regards,
Telegram Support
""",
        outcome="applied",
        imitates="Telegram support replies quoted in public trackers, with the status written in free words on the line below each link",
        why="status on the line below a bare URL in free wording: taken down = removed, no violation = rejected, blocked in South Korea = restricted",
        items={PE + "310": "removed", PE + "311": "rejected", PE + "312": "restricted"},
    ),
    dict(
        name="yt-url-below-statement-policy-links",
        date="Thu, 19 Sep 2024 03:00:00 +0000",
        frm=YTL,
        name_from="YouTube",
        subject="Content removed: KCSC-240916-02",
        body=f"""\
Hi,

After reviewing your report, we've removed the following video from YouTube
for violating our policy on nudity and sexual content:

{ZZ}

You can read our policy at https://support.google.com/youtube/answer/2802002
and the uploader can appeal at https://support.google.com/youtube/answer/185111 .

Sincerely,
The YouTube Team
""",
        outcome="applied",
        imitates="YouTube 'we've removed the following content from YouTube' notice, with its policy and appeal links",
        why="the URL is on the line below its statement; the two support.google.com links are policy/appeal pages, not items and not unmatched claims",
        items={ZZ: "removed"},
    ),
    dict(
        name="x-echoed-report",
        date="Thu, 19 Sep 2024 05:10:00 +0000",
        frm=XL,
        subject="Your report has been processed",
        body=f"""\
Hello,

We have reviewed the reported content and withheld it in South Korea in
response to your legal demand.

-------- Your report --------
Reference: KCSC-240916-01
Reported URLs:
{EL}01
{EL}02
Reason: non-consensual intimate imagery
-----------------------------

Thanks,
X Support
""",
        outcome="applied",
        imitates="X / Twitter report outcome emails that echo the original report below the decision ('Your report' block)",
        why="the statement is about 'the reported content'; the echoed report (not '>'-quoted) below it lists the two posts, which are restricted",
        items={EL + "01": "restricted", EL + "02": "restricted"},
    ),
    dict(
        name="naver-korean-particles",
        date="Thu, 19 Sep 2024 04:45:00 +0000",
        frm=NV,
        subject="방송통신심의위원회 요청(KCSC-240913-02) 처리 결과",
        body=f"""\
안녕하세요, 네이버 권리보호센터입니다.

요청하신 건에 대한 처리 결과를 알려드립니다.

{NC_SH}의 게시물은 운영정책 위반으로 삭제 처리되었습니다.
{NB}02은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.
{NC_KO}에 대해서는 권리침해 사실이 확인되지 않아 게시를 유지합니다.

감사합니다.
""",
        outcome="applied",
        imitates="NAVER / Daum 임시조치·삭제 처리 안내 mails (Article 44-2 of the Network Act) written as prose",
        why="Korean particles glued to URLs (…/1203의, …/102은, …/88에): 삭제 처리 = removed, 임시조치 = restricted, 게시를 유지 because no infringement = rejected",
        items={NC_SH: "removed", NB + "02": "restricted", NC_KO: "rejected"},
    ),
    # Arguable (noted after the first run, expectation kept as written): the
    # second URL stands after a blank line, a one-word "and" paragraph and
    # another blank line, so a reader may fairly stop the statement at the
    # paragraph break; the reader sends it to review (not_understood).
    dict(
        name="x-wrapped-urls",
        date="Wed, 18 Sep 2024 09:00:00 +0000",
        frm=XL,
        subject="KCSC-240912-02: removal confirmation",
        body=f"""\
Hello,

The following posts have been removed for violating our non-consensual nudity policy: https://x.com/dusk_mirror/
status/1841000000000000101

and

<https://x.com/hollow_frame/status/
1841000000000000104>

X Legal
""",
        outcome="applied",
        imitates="plain-text legal replies from X wrapped by the sender's mailer (URL broken at a '/', and the RFC 3986 Appendix C angle-bracket form)",
        why="URLs wrapped across lines are read whole; the first fragment alone (the account URL) must not remove every dusk_mirror post",
        items={DM + "01": "removed", HF + "04": "removed"},
    ),
    dict(
        name="tg-mixed-statuses-prose",
        date="Thu, 19 Sep 2024 06:00:00 +0000",
        frm=TG,
        subject="KCSC-240914-01",
        body=f"""\
Hi,

Regarding your request KCSC-240914-01: we blocked the posts {QH}71 and
{QH}72. The message {QH}73 could not be found; it was probably deleted by
its author before our review.

Telegram Abuse Team
""",
        outcome="applied",
        imitates="Telegram abuse-desk prose replies ('we blocked', 'could not be found') quoted in public forums",
        why="prose with mixed statuses: 'blocked' (no country) = removed for 71, 72; 'could not be found' = not_found for 73, the hedged clause only explains it",
        items={QH + "71": "removed", QH + "72": "removed", QH + "73": "not_found"},
    ),
    dict(
        name="yt-age-restricted",
        date="Thu, 19 Sep 2024 07:30:00 +0000",
        frm=YTL,
        name_from="YouTube Trust & Safety",
        subject="Re: KCSC-240913-01 review outcome",
        body=f"""\
Hello,

We've reviewed the videos you reported.

The following video was removed for violating our Community Guidelines:
{YT}1

After review, we've applied an age restriction to the following video. It
remains on YouTube, but it can't be watched by viewers who are signed out or
under 18:
{YT}2

Best,
YouTube Trust & Safety
""",
        outcome="applied",
        imitates="YouTube 'age-restricted content' and 'video removed' notices from the YouTube Help Center",
        why="age restriction is a restriction (the video stays up but is restricted); the other video is removed; each URL is below its statement",
        items={YT + "1": "removed", YT + "2": "restricted"},
    ),
    dict(
        name="meta-style-we-removed",
        date="Wed, 18 Sep 2024 12:10:00 +0000",
        frm=TG,
        subject="We removed the content you reported [KCSC-240912-01]",
        body=f"""\
We removed the content you reported

Thanks for your report. We reviewed it and found that it goes against our
Terms of Service, so we removed it.

Content you reported:
{MV}2004

What happens next
We may also take action against the account that shared this content.
You can see the status of your reports at https://telegram.org/support .
""",
        outcome="applied",
        imitates="Meta / Facebook Support Inbox notice 'We removed the content you reported' (headline, reason, 'Content you reported', 'What happens next')",
        why="headline and statement about 'the content you reported', item under a 'Content you reported:' label; the support link is not an item",
        items={MV + "2004": "removed"},
    ),
    dict(
        name="tiktok-style-no-violation",
        date="Thu, 19 Sep 2024 08:15:00 +0000",
        frm=XL,
        subject="Update on your report (KCSC-240912-02)",
        body=f"""\
Thanks for helping keep our community safe.

We reviewed the post you reported and didn't find a violation of our rules,
so it will stay on X:
{HF}05

If you disagree, you can request another review at https://help.x.com/forms/appeal .
""",
        outcome="applied",
        imitates="TikTok / Instagram report result 'we didn't find a violation' ('no violation') notice",
        why="'didn't find a violation ... so it will stay up' is a rejection (the future tense states the consequence, not a promise); the appeal link is not an item",
        items={HF + "05": "rejected"},
    ),
    dict(
        name="reddit-style-investigated",
        date="Wed, 18 Sep 2024 13:00:00 +0000",
        frm=TG,
        subject="Re: your report KCSC-240912-01",
        body=f"""\
Hi there,

Thanks for submitting a report to the Telegram Safety team. After
investigating, we've found that the reported content violates our Terms of
Service, and we've removed it.

Reported content:
- {PE}313
- {PE}314

Thanks again for your report,
Telegram Safety
""",
        outcome="applied",
        imitates="Reddit admin report reply ('After investigating, we've found that the reported content violates Reddit's Content Policy ... we've taken action')",
        why="statement about 'the reported content', followed by a bulleted echo of the reported links: both removed",
        items={PE + "313": "removed", PE + "314": "removed"},
    ),
    dict(
        name="discord-style-no-longer-available",
        date="Wed, 18 Sep 2024 14:30:00 +0000",
        frm=TG,
        subject="Trust & Safety: KCSC-240912-01",
        body=f"""\
Hello,

We've reviewed the content you reported and taken action. The message listed
below is no longer available on Telegram.

Message link: {PE}315

Thank you for helping us keep Telegram safe.
Telegram Trust & Safety
""",
        outcome="applied",
        imitates="Discord Trust & Safety ticket reply ('we've reviewed the content you reported and taken action')",
        why="'no longer available on Telegram' after action on the reported content = removed, for a URL after a 'Message link:' label",
        items={PE + "315": "removed"},
    ),
    dict(
        name="tg-dsa-statement-of-reasons",
        date="Thu, 19 Sep 2024 09:00:00 +0000",
        frm=TG,
        subject="Statement of reasons - KCSC-240912-01",
        body=f"""\
Statement of reasons

Decision: removal of content
Territorial scope: worldwide
Ground: illegal content (non-consensual intimate imagery)
Content: {MV}2008
Automated detection: no

Decision: visibility restriction - access disabled in South Korea
Territorial scope: KR
Ground: incompatible with local law
Content: {MV}2009
Automated detection: no

Redress: you may contest this decision through https://telegram.org/dsa-report .
""",
        outcome="applied",
        imitates="EU Digital Services Act Article 17 statement of reasons fields (decision type, territorial scope, ground, content) as published in the DSA Transparency Database",
        why="key: value blocks with the decision above its 'Content:' URL: removal = removed, access disabled in South Korea = restricted; the redress link is not an item",
        items={MV + "2008": "removed", MV + "2009": "restricted"},
    ),
    dict(
        name="tg-mixed-applied-and-future",
        date="Thu, 19 Sep 2024 10:00:00 +0000",
        frm=TG,
        subject="KCSC-240912-01 update",
        body=f"""\
Hello,

Status of your request:

{MV}2005 - removed
{MV}2006 - removed
{MV}2007 - still being reviewed, we will update you
{MV}2010 - will be removed once the review is complete

Telegram Abuse Team
""",
        outcome="applied",
        imitates="Telegram abuse-desk status updates mixing done and pending items",
        why="two lines say removed; 'still being reviewed' and 'will be removed once ...' are not statements of what was done: those stay pending",
        items={MV + "2005": "removed", MV + "2006": "removed"},
    ),
    dict(
        name="yt-negated-removal-with-reason",
        date="Thu, 19 Sep 2024 11:00:00 +0000",
        frm=YTL,
        name_from="YouTube Legal Support",
        subject="KCSC-240913-01: our decision",
        body=f"""\
Hello,

We have not removed {YT}3 because, after careful review, it does not
violate our Community Guidelines or Korean law.

{YT}4 has been removed.

Kind regards,
YouTube Legal Support
""",
        outcome="applied",
        imitates="YouTube legal team replies declining a request with a reason ('we have not removed ... because it does not violate')",
        why="a negated removal together with a reason is a rejection, not silence; the other video is removed",
        items={YT + "3": "rejected", YT + "4": "removed"},
    ),
    dict(
        name="naver-author-deleted-and-private",
        date="Thu, 19 Sep 2024 05:50:00 +0000",
        frm=NV,
        subject="[회신] KCSC-240913-02 게시물 처리 결과",
        body=f"""\
안녕하세요. 네이버입니다.

■ 처리 결과
- {NB}01 : 비공개 처리 완료
- {NC_SH} : 작성자가 이미 삭제한 게시물로 확인되어 별도 조치하지 않았습니다.

감사합니다.
""",
        outcome="applied",
        imitates="NAVER 블로그/카페 게시물 조치 결과 안내 (비공개 처리, 작성자 삭제) notices",
        why="비공개 처리 = removed; 'already deleted by its author, so no action taken' = not_found, not rejected",
        items={NB + "01": "removed", NC_SH: "not_found"},
    ),
    dict(
        name="naver-kcsc-style-html-table",
        date="Thu, 19 Sep 2024 06:40:00 +0000",
        frm=NV,
        subject="[회신] 시정요구(KCSC-240913-02) 조치 결과",
        type="html",
        body=f"""\
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>연번</th><th>대상 URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NB}01</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{NB}02</td><td>접근 제한(임시조치)</td><td>30일</td></tr>
<tr><td>3</td><td>{NC_KO}</td><td>미조치</td><td>위반 사항 없음</td></tr>
<tr><td>4</td><td>{NC_SH}</td><td>조치 불가</td><td>게시물 없음(존재하지 않는 URL)</td></tr>
</table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>""",
        outcome="applied",
        imitates="Korean portal 시정요구 조치 결과 회신 (reply to a KCSC correction request) as an HTML table with 연번 / 대상 URL / 조치 결과 / 비고",
        why="Korean HTML table: 삭제 = removed, 접근 제한(임시조치) = restricted, 미조치 + 위반 사항 없음 = rejected, 조치 불가 + 게시물 없음 = not_found",
        items={NB + "01": "removed", NB + "02": "restricted", NC_KO: "rejected", NC_SH: "not_found"},
    ),
    dict(
        name="tg-large-numbered-blocked",
        date="Thu, 19 Sep 2024 12:00:00 +0000",
        frm=TG,
        subject="Re: [KCSC-240912-01] Removal request - result",
        body="""\
Dear KCSC,

Result of our review:

""" + "\n".join(f"{i}) t.me/moonrise_vault/{n} - blocked" for i, n in enumerate(range(2001, 2011), 1))
        + "\n" + "\n".join(f"{i}) t.me/pale_echo/{n} - geo-restricted (KR)" for i, n in enumerate(range(310, 313), 11))
        + """

Telegram Abuse Team
""",
        outcome="applied",
        imitates="Telegram 'this channel can't be displayed' blocking reported back as a numbered list of bare t.me links",
        why="numbered list of scheme-less links: 'blocked' with no country = removed; 'geo-restricted (KR)' = restricted; 313..315 unnamed stay pending",
        items={**{f"{MV}{n}": "removed" for n in range(2001, 2011)},
               **{f"{PE}{n}": "restricted" for n in range(310, 313)}},
    ),
    dict(
        name="x-policy-links-not-items",
        date="Thu, 19 Sep 2024 13:20:00 +0000",
        frm=XL,
        subject="KCSC-240916-01 - content withheld",
        body=f"""\
Hello,

Pursuant to your request, we have withheld the following posts in South Korea:

{EL}01
{EL}02

A copy of your request will be sent to Lumen and may be published at
https://lumendatabase.org/notices/44000001 . More about our policy:
https://help.x.com/en/rules-and-policies/post-withheld-by-country and
https://x.com/tos .

X Legal
""",
        outcome="applied",
        imitates="X country-withheld-content notice with its Lumen publication line and policy links",
        why="both posts restricted; the Lumen notice, help centre and x.com/tos links are not items and must not make unmatched claims",
        items={EL + "01": "restricted", EL + "02": "restricted"},
    ),
    dict(
        name="naver-fullwidth-punctuation",
        date="Thu, 19 Sep 2024 07:10:00 +0000",
        frm=NV,
        subject="KCSC-240913-02 삭제 조치 완료 안내",
        body=f"""\
안녕하세요.

아래 게시물에 대하여 삭제 조치를 완료하였습니다：
①{NB}01。
②（{NB}02）

감사합니다.
""",
        outcome="applied",
        imitates="Korean portal 삭제 조치 완료 notices using full-width punctuation and circled numbers",
        why="full-width colon, full stop and parentheses and circled numbers around URLs; both blog posts removed",
        items={NB + "01": "removed", NB + "02": "removed"},
    ),
    dict(
        name="naver-percent-encoded-korean-path",
        date="Thu, 19 Sep 2024 07:30:00 +0000",
        frm=NV,
        subject="KCSC-240913-02 게시중단 처리",
        body=f"""\
안녕하세요. 요청하신 카페 게시물의 처리 결과입니다.

https://cafe.naver.com/{quote('가짜모임')}/88 → 게시중단 완료

감사합니다.
""",
        outcome="applied",
        imitates="NAVER 게시중단 처리 안내 with a percent-encoded cafe path (as copied from a browser address bar)",
        why="percent-encoded Korean path matches the item stored raw; 게시중단 = removed",
        items={NC_KO: "removed"},
    ),
    dict(
        name="yt-multipart-html-anchors",
        date="Thu, 19 Sep 2024 14:00:00 +0000",
        frm=YTL,
        name_from="YouTube Legal Support",
        subject="KCSC-240913-01 outcome",
        raw_mime=f"""\
Content-Type: multipart/alternative; boundary="yt-alt-1"

--yt-alt-1
Content-Type: text/plain; charset=utf-8

Hello,

Video {YT}4 : removed under our harassment policy.
Video {YT}3 : restricted in South Korea.

YouTube Legal Support

--yt-alt-1
Content-Type: text/html; charset=utf-8

<html><body><p>Hello,</p>
<ul>
<li>Video <a href="{YT}4">Qm7rT2vLx04</a>: removed under our harassment policy.</li>
<li>Video <a href="{YT}3">Qm7rT2vLx03</a>: restricted in South Korea.</li>
</ul>
<p>YouTube Legal Support</p></body></html>

--yt-alt-1--
""",
        outcome="applied",
        imitates="Google/YouTube legal-support multipart mails whose HTML part hides URLs behind anchor text",
        why="multipart/alternative: same statements in both parts; 04 removed, 03 restricted",
        items={YT + "4": "removed", YT + "3": "restricted"},
    ),
    dict(
        name="yt-two-requests-one-email",
        date="Thu, 19 Sep 2024 15:00:00 +0000",
        frm=YTL,
        name_from="YouTube Legal Support",
        subject="Your requests KCSC-240913-01 and KCSC-240916-02",
        body=f"""\
Hi,

We've completed our review of both requests:

- {ZZ} was removed for violating our Community Guidelines.
- {YT}1 was removed for violating our Community Guidelines.
- {YT}2 has been blocked in South Korea under local law.

Regards,
YouTube Legal Support
""",
        outcome="applied",
        imitates="YouTube legal-support reply consolidating two legal requests in one email",
        why="one email answering two requests: two removals and one country block",
        items={ZZ: "removed", YT + "1": "removed", YT + "2": "restricted"},
    ),
    dict(
        name="tg-channel-terminated",
        date="Thu, 19 Sep 2024 16:00:00 +0000",
        frm=TG,
        subject="KCSC-240914-01: channel terminated",
        body="""\
Hello,

The channel https://t.me/quiet_harbor has been terminated for repeated
violations of our Terms of Service. None of its messages are accessible
any longer.

Telegram Abuse Team
""",
        outcome="applied",
        imitates="Telegram channel ban notices ('This channel can't be displayed because it violated Telegram's Terms of Service')",
        why="the whole channel is terminated: every requested message in it is removed",
        items={QH + "71": "removed", QH + "72": "removed", QH + "73": "removed"},
    ),
    # ------------------------------------------------------------- doubtful
    dict(
        name="unknown-sender-cdn-forwarded",
        date="Wed, 18 Sep 2024 03:00:00 +0000",
        frm="abuse@edgeshield.example",
        name_from="EdgeShield Trust & Safety",
        subject="Abuse report received - KCSC-240912-01",
        body=f"""\
Hello,

EdgeShield is a reverse proxy and does not host the content at
{MV}2005. We are unable to remove material hosted by others; we have
forwarded your complaint to the hosting provider and to the website
operator, who have removed the content.

EdgeShield Trust & Safety
""",
        outcome="review",
        review="unknown_sender",
        imitates="Cloudflare abuse-desk reply ('we cannot remove content we do not host; we have forwarded your complaint to the hosting provider')",
        why="an authenticated sender that is no platform names one of our items and claims it was removed: review, nothing applied",
        items={},
    ),
    dict(
        name="unknown-sender-channel-admin-gmail",
        date="Wed, 18 Sep 2024 04:00:00 +0000",
        frm="quietharbor.admin@gmail.com",
        name_from="Quiet Harbor admin",
        subject="Re: KCSC-240914-01",
        body=f"""\
Hello, I run this channel. I have deleted the posts {QH}71 and {QH}72 myself.
Please close the complaint.
""",
        outcome="review",
        review="unknown_sender",
        imitates="replies from uploaders/channel owners who learned of a complaint (as quoted in public help forums)",
        why="a private gmail.com sender claims deletions of our items: never applied, must be seen in review",
        items={},
    ),
    dict(
        name="untrusted-dmarc-fail-youtube",
        date="Wed, 18 Sep 2024 05:00:00 +0000",
        frm=YTL,
        auth="fail",
        name_from="YouTube Legal Support",
        subject="KCSC-240913-01 completed",
        body=f"""\
Hello,

We've removed the following videos from YouTube:
{YT}1
{YT}2
{YT}3
{YT}4

YouTube Legal Support
""",
        outcome="review",
        review="untrusted",
        imitates="YouTube removal notice, spoofed (DMARC fail)",
        why="a perfect confirmation that fails DMARC: untrusted, review, nothing applied",
        items={},
    ),
    dict(
        name="untrusted-no-auth-naver",
        date="Wed, 18 Sep 2024 06:00:00 +0000",
        frm=NV,
        auth="none",
        subject="KCSC-240913-02 삭제 완료",
        body=f"""\
안녕하세요. 아래 게시물을 삭제 완료하였습니다.

{NB}01
{NB}02
""",
        outcome="review",
        review="untrusted",
        imitates="NAVER 삭제 완료 notice without any authentication results",
        why="no Authentication-Results at all: untrusted, review, nothing applied",
        items={},
    ),
    dict(
        name="tg-hedged-may-have",
        date="Wed, 18 Sep 2024 08:00:00 +0000",
        frm=TG,
        subject="Re: KCSC-240912-01",
        body=f"""\
Hello,

Some of the messages you listed may have been removed by the channel
administrators already. We will look into {MV}2006 and {MV}2007 and get back
to you.

Telegram Abuse Team
""",
        outcome="review",
        review="not_understood",
        imitates="Telegram abuse-desk hedged replies ('may have been removed already, we will look into it')",
        why="hedged ('may have been') and future ('will look into') about named items: nothing applied, but a trusted email naming items must go to review",
        items={},
    ),
    dict(
        name="x-future-withhold",
        date="Wed, 18 Sep 2024 10:00:00 +0000",
        frm=XL,
        subject="KCSC-240912-02",
        body=f"""\
Hello,

The posts below will be withheld in South Korea once our legal team completes
its assessment, which we expect within 48 hours:

{DM}01
{DM}02

X Legal
""",
        outcome="review",
        review="not_understood",
        imitates="X legal replies announcing a future withholding decision",
        why="future tense: nothing has been done yet; a trusted email naming items goes to review, never ignored",
        items={},
    ),
    dict(
        name="yt-under-review",
        date="Wed, 18 Sep 2024 12:00:00 +0000",
        frm=YTL,
        name_from="YouTube Legal Support",
        subject="KCSC-240913-01 status",
        body=f"""\
Hello,

Your legal request is currently under review by our team. We'll contact you
once a decision has been made on the following videos:

{YT}3
{YT}4

YouTube Legal Support
""",
        outcome="review",
        review="not_understood",
        imitates="YouTube legal support 'your request is under review' status update",
        why="'under review' names items but states nothing done: review (not ignored), nothing applied",
        items={},
    ),
    dict(
        name="naver-asks-more-info",
        date="Wed, 18 Sep 2024 13:30:00 +0000",
        frm=NV,
        subject="[NAVER] KCSC-240913-02 추가 자료 요청",
        body=f"""\
안녕하세요. 네이버 권리보호센터입니다.

요청하신 아래 게시물에 대해 권리침해 여부를 판단하기 위하여 추가 소명 자료가 필요합니다.
피해자 본인 확인 자료와 해당 게시물의 캡처 화면을 회신해 주시기 바랍니다.

- {NB}01
- {NC_KO}

자료가 접수되면 검토 후 결과를 안내드리겠습니다.
""",
        outcome="review",
        review="asks_more",
        classification="request_for_info",
        imitates="Daum/NAVER 권리침해 신고 보완 요청 (request for supporting documents before a 게시중단 decision)",
        why="the platform asks for more material before acting: review asks_more, nothing applied",
        items={},
    ),
    dict(
        name="x-asks-legal-basis",
        date="Wed, 18 Sep 2024 15:00:00 +0000",
        frm=XL,
        subject="KCSC-240916-01: additional information needed",
        body=f"""\
Hello,

Before we can act on the posts listed below, please provide the specific
provision of Korean law that the content violates and a copy of the
Commission's decision.

{EL}01
{EL}02

X Legal
""",
        outcome="review",
        review="asks_more",
        classification="request_for_info",
        imitates="X legal request guidelines: replies asking for the legal basis / a copy of the order",
        why="asks for the legal basis before acting: review asks_more, nothing applied",
        items={},
    ),
    # --------------------------------------------------------------- ignored
    dict(
        name="autoreply-ooo-x",
        date="Thu, 12 Sep 2024 05:01:00 +0000",
        frm="j.park@x.com",
        name_from="Jin Park",
        subject="Automatic reply: [KCSC-240912-02] Removal request",
        extra_headers=["Auto-Submitted: auto-replied"],
        body=f"""\
I am out of the office until 23 September with limited access to email.
For urgent legal requests, please write to legal@x.com.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Subject: [KCSC-240912-02] Removal request

Please remove the following posts:
{DM}01
{DM}02
{DM}03
{HF}04
{HF}05
""",
        outcome="ignored",
        classification="auto_reply",
        imitates="Outlook out-of-office reply ('Automatic reply:') quoting the original message",
        why="out-of-office auto-reply quoting our request: ignored",
        items={},
    ),
    dict(
        name="autoreply-korean-vacation",
        date="Fri, 13 Sep 2024 06:31:00 +0000",
        frm="kim.minji@navercorp.com",
        name_from="김민지",
        subject="[자동응답] RE: [KCSC-240913-02] 게시물 삭제 요청",
        extra_headers=["Auto-Submitted: auto-replied"],
        body="""\
안녕하세요. 현재 휴가 중으로 9월 23일에 복귀합니다.
급한 용무는 rights@navercorp.com 으로 연락 부탁드립니다.
""",
        outcome="ignored",
        classification="auto_reply",
        imitates="Korean Outlook/Works 부재중 자동응답",
        why="Korean vacation auto-reply: ignored",
        items={},
    ),
    dict(
        name="bounce-dsn-google",
        date="Fri, 13 Sep 2024 01:00:10 +0000",
        frm="mailer-daemon@googlemail.com",
        name_from="Mail Delivery Subsystem",
        subject="Delivery Status Notification (Failure)",
        raw_mime=f"""\
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b1"

--dsn-b1
Content-Type: text/plain; charset=utf-8

Your message wasn't delivered to legal-kr@google.com because the address
couldn't be found, or is unable to receive mail.

--dsn-b1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-b1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: [KCSC-240913-01] Removal request
Message-ID: <req-240913-01@kcsc.example>
Date: Fri, 13 Sep 2024 10:00:00 +0900

Please remove the following videos, which must be deleted:
{YT}1
{YT}2
{YT}3
{YT}4

--dsn-b1--
""",
        outcome="ignored",
        classification="bounce",
        imitates="Gmail 'Delivery Status Notification (Failure)' multipart/report bounce",
        why="bounce of our own request, which it embeds with the URLs: ignored",
        items={},
    ),
    dict(
        name="read-receipt-mdn-naver",
        date="Fri, 13 Sep 2024 07:00:00 +0000",
        frm=NV,
        subject="읽음: [KCSC-240913-02] 게시물 삭제 요청",
        raw_mime="""\
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b1"

--mdn-b1
Content-Type: text/plain; charset=utf-8

보낸 메시지를 받는 사람이 읽었습니다.
제목: [KCSC-240913-02] 게시물 삭제 요청

--mdn-b1
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; rights@navercorp.com
Original-Message-ID: <req-240913-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b1--
""",
        outcome="ignored",
        imitates="RFC 8098 read receipt (Outlook/Works '읽음:' disposition notification)",
        why="a read receipt states nothing: ignored (not forwarded, not review)",
        items={},
    ),
    dict(
        name="ack-ticket-created-telegram",
        date="Thu, 12 Sep 2024 01:05:00 +0000",
        frm=TG,
        subject="Re: [KCSC-240912-01] Removal request [Ticket #88231]",
        body=f"""\
Thank you for contacting Telegram.

We have received your report and a ticket (#88231) has been created. Our
moderators will review the following links:

{MV}2001
{MV}2002
{PE}310

You do not need to reply to this email.
""",
        outcome="ignored",
        classification="acknowledgement",
        imitates="Zendesk-style ticket acknowledgements ('we have received your request, a ticket has been created')",
        why="pure acknowledgement listing links it will review: ignored, nothing applied",
        items={},
    ),
    dict(
        name="ack-korean-jeopsu",
        date="Fri, 13 Sep 2024 06:05:00 +0000",
        frm=NV,
        subject="[NAVER] 게시중단 요청 접수 완료 안내 (KCSC-240913-02)",
        body="""\
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시중단 건(접수번호 2024-0913-5521)이 정상적으로 접수되었습니다.
검토 후 처리 결과를 메일로 안내해 드리겠습니다.

감사합니다.
""",
        outcome="ignored",
        classification="acknowledgement",
        imitates="NAVER 게시중단요청서비스 '접수 완료' notice",
        why="Korean receipt acknowledgement (접수 완료, results to follow): ignored",
        items={},
    ),
]


def main():
    for c in CASES:
        c["from"] = c.pop("frm")
    write_set(HERE, "blind2", HEADER, CASES)


if __name__ == "__main__":
    main()
