#!/usr/bin/env python3
"""Blind set 60 (issue 11): a general mix, English and Korean, many platforms.

Expected results were written from each email's meaning before anything ran.
Run: python3 tests/corpus/blind60/make.py  (deterministic).
"""
import base64
from email.header import Header
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao", "daum.net": "Daum", "tiktok.com": "TikTok",
    "fb.com": "Meta", "meta.com": "Meta", "instagram.com": "Instagram",
    "reddit.com": "Reddit",
})

YT_IDS = ["kR3vT9pLm2Q", "Hb7xQw1ZsNe", "pL0mVr8Tq4c", "Zt5nKe2Wy7A", "mQ9sD4fGh1J",
          "Xc2Vb6Nm8Lp", "Rt4Yu7Io0Pa", "Sd3Fg5Hj7Kl", "Wq1Er3Ty5Ui", "Op9As8Df7Gh",
          "Jk6Lz4Xc2Vb", "Nm1Qw3Er5Ty", "Ui7Op9As1Df", "Gh3Jk5Lz7Xc"]
YT = {i + 1: "https://www.youtube.com/watch?v=" + v for i, v in enumerate(YT_IDS)}
YT[13] = "https://www.youtube.com/shorts/" + YT_IDS[12]
NV = {
    1: "https://blog.naver.com/moonlit_trade/223561204871",
    2: "https://cafe.naver.com/darkbazaar77/15320",
    3: "https://blog.naver.com/quickcoin_kr/223559981205",
    4: "https://cafe.naver.com/darkbazaar77/15344",
    5: "https://cafe.naver.com/한밤장터/2218",
}
NV5_PCT = "https://cafe.naver.com/%ED%95%9C%EB%B0%A4%EC%9E%A5%ED%84%B0/2218"
XX = {
    1: "https://x.com/nightowl_deals/status/1833412209876543210",
    2: "https://x.com/nightowl_deals/status/1833419987001122334",
    3: "https://x.com/k_pharm_direct/status/1833502231455667788",
    4: "https://x.com/k_pharm_direct/status/1833510078899001122",
}
KK = {
    1: "https://cafe.daum.net/moonmarket/Rk3f/412",
    2: "https://tv.kakao.com/v/448812937",
    3: "https://brunch.co.kr/@greyfox/57",
}
MT = {
    1: "https://www.instagram.com/p/C_kR7tQh2Lm/",
    2: "https://www.facebook.com/moonlit.pages/posts/pfbid02XkQ7rTzLm9Wc4Hn8",
    3: "https://www.instagram.com/reel/C_mZ3wPq8Yt/",
}
TT = {
    1: "https://www.tiktok.com/@quickglow.kr/video/7412093318845678901",
    2: "https://www.tiktok.com/@quickglow.kr/video/7412518830012345678",
}
RD = {
    1: "https://www.reddit.com/r/kdealz/comments/1fbx2k9/cheap_ids_here/",
    2: "https://www.reddit.com/r/kdealz/comments/1fcq8m1/new_batch_in/",
}
TG = {1: "https://t.me/shadowmart_kr/4410"}

REQUESTS = [
    ("KCSC-240910-01", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", YT, "req-240910-01"),
    ("KCSC-240911-01", "naver", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00", NV, "req-240911-01"),
    ("KCSC-240912-01", "x", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", XX, "req-240912-01"),
    ("KCSC-240913-01", "kakao", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", KK, "req-240913-01"),
    ("KCSC-240913-02", "meta", "2024-09-13T14:00:00+09:00", "2024-09-20T18:00:00+09:00", MT, "req-240913-02"),
    ("KCSC-240916-01", "tiktok", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", TT, "req-240916-01"),
    ("KCSC-240916-02", "reddit", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00", RD, "req-240916-02"),
    ("KCSC-240917-01", "telegram", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00", TG, "req-240917-01"),
]

CATS = ["illegal_trade", "gambling", "obscene", "defamation", "drugs"]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, items, mid in REQUESTS:
            for k in sorted(items):
                w.writerow([ref, plat, sent, due, items[k], CATS[k % len(CATS)],
                            f"<{mid}@kcsc.example>", ""])


def quote(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


YT_REQ_QUOTE = quote(["Dear YouTube Legal team,", "",
                      "Under Article 44-7 of the Network Act, KCSC requests action on the",
                      "following videos (KCSC-240910-01). Please remove or block them:", ""]
                     + [f"{k}. {YT[k]}" for k in sorted(YT)]
                     + ["", "KCSC Communications Standards Team"])


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- YouTube
case(name="yt-removed-bulleted", from_="legal-noreply@google.com",
     date="Wed, 11 Sep 2024 16:20:11 +0900", subject="Re: [KCSC-240910-01] Request for removal of videos",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="YouTube legal-removal outcome email ('we have removed the following content from YouTube', help-centre link, The YouTube Team signature)",
     why="bulleted list under a removal heading; the help-centre and appeal links are not items",
     items={YT[1]: "removed", YT[2]: "removed", YT[3]: "removed"},
     body=f"""Hello,

Thanks for reaching out to us. Our team reviewed the content identified in
your notice and we have removed the following content from YouTube:

  * {YT[1]}
  * {YT[2]}
  * {YT[3]}

The remaining videos in your notice are still being looked at and we will
write to you separately about them.

You can read more about how we handle legal removal requests here:
https://support.google.com/youtube/answer/6154218

Regards,
The YouTube Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

case(name="yt-geo-blocked-under-bare-url", from_="legal-noreply@google.com",
     date="Thu, 12 Sep 2024 09:02:45 +0900", subject="Re: [KCSC-240910-01] Legal request - local law",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="YouTube/Google local-law decision ('we have blocked access to this content in South Korea', status below each URL)",
     why="status on the line below each bare URL; a country block is a restriction",
     items={YT[4]: "restricted", YT[5]: "restricted"},
     body=f"""Hello,

We reviewed the videos you reported under local law. Decision per URL:

{YT[4]}
Access blocked in South Korea (local law). The video is not removed globally.

{YT[5]}
Access blocked in South Korea (local law). The video is not removed globally.

If you have questions, reply to this email and keep the reference number in
the subject line.

- Google Legal Support
""")

case(name="yt-age-restricted-one-line", from_="legal-noreply@google.com",
     date="Thu, 12 Sep 2024 11:40:00 +0900", subject="Re: [KCSC-240910-01]",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="YouTube age-restriction notice ('we've age-restricted this video')",
     why="age restriction is a restriction",
     items={YT[6]: "restricted"},
     body=f"""Hi,

We've age-restricted {YT[6]} after reviewing it against our Community
Guidelines. Viewers must be signed in and over 18 to watch it.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

The YouTube Team
""")

case(name="yt-no-violation-stays-up", from_="legal-noreply@google.com",
     date="Fri, 13 Sep 2024 15:12:03 +0900", subject="Re: [KCSC-240910-01] Update on your request",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="YouTube legal 'no action' reply ('we did not find it to violate our policies or local law, we will not be taking action')",
     why="negated removal with a reason is a rejection",
     items={YT[7]: "rejected"},
     body=f"""Hello,

Thank you for your patience. After careful review, we have decided not to take
action on {YT[7]} . We did not find that it violates our Community Guidelines,
and based on the information provided we are unable to determine that it is
unlawful in South Korea. The video will stay on YouTube.

If you obtain a court order regarding this content, you may send it to us.

Sincerely,
Google Legal Support
""")

case(name="yt-cannot-locate", from_="legal-noreply@google.com",
     date="Fri, 13 Sep 2024 15:30:44 +0900", subject="Re: [KCSC-240910-01] Update on your request",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="Google legal support 'we were unable to locate the content at the URL you provided'",
     why="could not locate = not_found",
     items={YT[8]: "not_found"},
     body=f"""Hello,

We were unable to locate any video at the following URL you provided:
{YT[8]}
The link is not valid, and no video with this ID exists on YouTube.

Please check the URL and submit a new request if needed.

Google Legal Support
""")

YT_TABLE_HTML = f"""<html><body>
<p>Hello,</p>
<p>Please find below the outcome of our review for reference KCSC-240910-01.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>URL</th><th>Outcome</th></tr>
<tr><td>1</td><td><a href="{YT[9]}">{YT[9]}</a></td><td>Removed - Community Guidelines (regulated goods)</td></tr>
<tr><td>2</td><td><a href="{YT[10]}">{YT[10]}</a></td><td>Blocked in KR - local law</td></tr>
</table>
<p>See our <a href="https://transparencyreport.google.com/government-removals">Transparency Report</a> for more information.</p>
<p>Google Legal Support</p>
</body></html>"""
case(name="yt-html-table-two-outcomes", from_="legal-noreply@google.com",
     date="Sat, 14 Sep 2024 10:00:00 +0900", subject="Re: [KCSC-240910-01] Outcome",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation", type="html",
     imitates="Google government-removal outcome table (URL / Outcome columns, Transparency Report link)",
     why="HTML table, one outcome per row; transparency report link is not an item",
     items={YT[9]: "removed", YT[10]: "restricted"}, body=YT_TABLE_HTML)

case(name="yt-uploader-deleted-before-review", from_="legal-noreply@google.com",
     date="Sat, 14 Sep 2024 12:15:00 +0900", subject="Re: [KCSC-240910-01]",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="YouTube reply: 'this video was removed by the uploader before we could review it'",
     why="removed by its own uploader, not by the platform: not_found (the convention of earlier sets)",
     items={YT[11]: "not_found"},
     body=f"""Hello,

Regarding {YT[11]} : the video had already been deleted by the uploader
before our review, so it is no longer available on YouTube and no further
action was needed on our side.

The YouTube Team
""")

case(name="yt-still-under-review", from_="legal-noreply@google.com",
     date="Sat, 14 Sep 2024 13:00:00 +0900", subject="Re: [KCSC-240910-01]",
     reply_to_req="req-240910-01", outcome="review", review="not_understood",
     imitates="Google legal 'your request is still being reviewed, we will update you' interim reply",
     why="items named but only as still under review, future tense: nothing to apply, and not a pure receipt",
     items={},
     body=f"""Hello,

Our specialist team is still reviewing the following two items and will
update you once a decision has been made:

{YT[12]}
{YT[13]}

We appreciate your patience.

Google Legal Support
""")

case(name="yt-top-posted-over-quoted-list", from_="j.park@google.com",
     date="Mon, 16 Sep 2024 17:45:10 +0900", subject="RE: [KCSC-240910-01] Request for removal of videos",
     name_from="Jiwon Park", reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="Top-posted staff reply from a Google Korea policy manager over the quoted request",
     why="only the unquoted top line counts; the quoted list with 'remove or block' wording must not apply anything",
     items={YT[14]: "removed"},
     body=f"""Hello KCSC team,

Item 14 ({YT[14]}) has been taken down globally for violating our
regulated goods policy. The others will follow in a separate reply.

Best,
Jiwon Park | Government Affairs & Public Policy, Google Korea

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{YT_REQ_QUOTE}
""")

case(name="yt-out-of-office", from_="j.park@google.com", name_from="Jiwon Park",
     date="Tue, 10 Sep 2024 10:01:02 +0900", subject="Automatic reply: [KCSC-240910-01] Request for removal of videos",
     reply_to_req="req-240910-01", outcome="ignored", classification="auto_reply",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     imitates="Outlook/Gmail out-of-office automatic reply quoting the original message",
     why="out-of-office auto-reply; the quoted request is not a statement",
     items={},
     body=f"""I am out of the office until 18 September with limited access to email.
For urgent legal requests please use the usual YouTube legal webform.

{YT_REQ_QUOTE}
""")

case(name="yt-lookalike-sender", from_="legal@youtube-legalteam.com", name_from="YouTube Legal",
     date="Wed, 18 Sep 2024 08:00:00 +0900", subject="Re: [KCSC-240910-01] Removal completed",
     reply_to_req="req-240910-01", outcome="review", review="unknown_sender",
     imitates="Phishing-style spoof of a YouTube legal confirmation from a look-alike domain",
     why="authenticated, but the domain belongs to no platform: review, nothing applied",
     items={},
     body=f"""Hello,

The following videos were removed from YouTube today:
{YT[12]}
{YT[13]}

To confirm receipt, please log in at https://youtube-legalteam.com/confirm

YouTube Legal
""")

# multipart/alternative, quoted-printable
YT_QP_TEXT = qp(f"""Hello,

Update for KCSC-240910-01:

- {YT[12]} \u2013 removed for violating our policy on sale of regulated goods.
- {YT[13]} \u2013 reviewed; this Short doesn\u2019t violate our Community Guidelines or local law, so we won\u2019t be taking action.

Thanks,
Google Legal Support
""")
YT_QP_HTML = qp(f"""<html><body><p>Hello,</p><p>Update for KCSC-240910-01:</p><ul>
<li><a href="{YT[12]}">{YT[12]}</a> \u2013 removed for violating our policy on sale of regulated goods.</li>
<li><a href="{YT[13]}">{YT[13]}</a> \u2013 reviewed; this Short doesn\u2019t violate our Community Guidelines or local law, so we won\u2019t be taking action.</li>
</ul><p>Thanks,<br>Google Legal Support</p></body></html>
""")
case(name="yt-multipart-qp-removed-and-kept", from_="legal-noreply@google.com",
     date="Wed, 18 Sep 2024 14:20:00 +0900", subject="Re: [KCSC-240910-01] Update",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="Google legal support HTML+text update email (multipart/alternative, quoted-printable, en dash status per bullet)",
     why="QP-encoded en dash and curly apostrophes; 'won't be taking action' with a reason = rejected",
     items={YT[12]: "removed", YT[13]: "rejected"},
     raw_mime=f"""Content-Type: multipart/alternative; boundary="yt-alt-01"

--yt-alt-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{YT_QP_TEXT}
--yt-alt-01
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{YT_QP_HTML}
--yt-alt-01--
""")

case(name="yt-html-numbered-three-statuses", from_="legal-noreply@google.com", type="html",
     date="Thu, 19 Sep 2024 10:10:00 +0900", subject="Re: [KCSC-240910-01] Decision",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="Google legal decision email as an HTML ordered list, one decision per entry",
     why="ordered HTML list: blocked in country / removed / no action because not violating",
     items={YT[4]: "restricted", YT[5]: "removed", YT[6]: "rejected"},
     body=f"""<html><body><p>Hello,</p><p>Our decisions on the items below:</p><ol>
<li>{YT[4]}<br>Blocked in South Korea under local law.</li>
<li>{YT[5]}<br>Removed globally - harassment policy.</li>
<li>{YT[6]}<br>No action taken: after review this video does not violate our policies or local law.</li>
</ol><p>Appeals and questions: <a href="https://support.google.com/legal/answer/3110420">Legal Help</a></p>
<p>Google Legal Support</p></body></html>""")

# ---------------------------------------------------------------- NAVER
case(name="naver-imsi-jochi", from_="policy@navercorp.com", name_from="NAVER 고객센터",
     date="Thu, 12 Sep 2024 14:00:00 +0900", subject="[NAVER] 방송통신심의위원회 시정요구(KCSC-240911-01) 처리 결과 안내",
     reply_to_req="req-240911-01", outcome="applied", classification="confirmation",
     imitates="NAVER 권리침해/임시조치 처리 결과 안내 메일 (정보통신망법 제44조의2, 30일 임시조치 안내 문구)",
     why="임시조치 (temporary measure under Art. 44-2) is a restriction",
     items={NV[1]: "restricted", NV[2]: "restricted"},
     body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 아래와 같이 처리하였음을 알려드립니다.

■ 처리 대상 게시물
 - {NV[1]}
 - {NV[2]}

■ 처리 내용
위 게시물에 대해 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
임시조치(30일)를 하였습니다. 게시자가 재게시를 요청하지 않을 경우 임시조치 기간이
지난 후 삭제됩니다.

자세한 내용은 네이버 고객센터(https://help.naver.com/)를 참고해 주시기 바랍니다.

감사합니다.
네이버 주식회사 | 경기도 성남시 분당구 정자일로 95
""")

case(name="naver-numbered-operator-and-author", from_="policy@navercorp.com", name_from="네이버 정책지원",
     date="Fri, 13 Sep 2024 10:30:00 +0900", subject="RE: [KCSC-240911-01] 시정요구 조치결과 회신",
     reply_to_req="req-240911-01", outcome="applied", classification="confirmation",
     imitates="Korean portal 시정요구 조치결과 회신 (번호별 처리 결과: 운영자 삭제 / 작성자 삭제로 게시물 없음)",
     why="deleted by the operator = removed; already deleted by its author, not existing = not_found",
     items={NV[3]: "removed", NV[4]: "not_found"},
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 시정요구 건에 대한 조치 결과를 회신드립니다.

1. {NV[3]}
   → 운영정책 위반으로 운영자에 의해 삭제 처리되었습니다.
2. {NV[4]}
   → 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
네이버 정책지원팀 드림
""")

case(name="naver-will-act-later", from_="policy@navercorp.com", name_from="네이버 정책지원",
     date="Fri, 13 Sep 2024 16:00:00 +0900", subject="RE: [KCSC-240911-01] 시정요구 관련",
     reply_to_req="req-240911-01", outcome="review", review="not_understood",
     imitates="Korean portal interim reply ('내부 검토 후 조치할 예정입니다')",
     why="future tense / under review for a named item: review, nothing applied",
     items={},
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 {NV[5]} 에 대해서는 현재 관련 부서에서 검토 중이며,
검토가 끝나는 대로 조치할 예정입니다. 결과는 추후 별도로 안내드리겠습니다.

감사합니다.
""")

case(name="naver-receipt-only", from_="noreply@navercorp.com", name_from="네이버 고객센터",
     date="Wed, 11 Sep 2024 11:05:00 +0900", subject="[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240911-01)",
     reply_to_req="req-240911-01", outcome="ignored", classification="acknowledgement",
     imitates="NAVER 고객센터 자동 접수 확인 메일 (접수번호, 처리 후 답변 예정)",
     why="pure receipt with a ticket number, no item named, no statement",
     items={},
     body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 20240911-0048213
담당자 확인 후 순차적으로 답변드리겠습니다.

※ 본 메일은 발신 전용입니다.
""")

case(name="naver-percent-encoded-url-with-particle", from_="policy@navercorp.com", name_from="네이버 정책지원",
     date="Wed, 18 Sep 2024 09:40:00 +0900", subject="RE: [KCSC-240911-01] 추가 조치결과",
     reply_to_req="req-240911-01", outcome="applied", classification="confirmation",
     imitates="Korean portal short 게시중단 완료 notice with the URL followed by a Korean particle",
     why="percent-encoded form of a raw Korean item URL, followed by '에 대하여'; 게시중단 = removed",
     items={NV[5]: "removed"},
     body=f"""안녕하세요.

검토 결과 {NV5_PCT}에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
네이버 정책지원팀
""")

case(name="naver-outlook-original-private", from_="s.kim@navercorp.com", name_from="김수연",
     date="Thu, 19 Sep 2024 13:10:00 +0900", subject="RE: [KCSC-240911-01] 게시물 조치 요청",
     reply_to_req="req-240911-01", outcome="applied", classification="confirmation",
     imitates="Korean Outlook reply over '-----Original Message-----' with the request quoted unprefixed",
     why="비공개 처리 = removed for the one URL above the quote; quoted request's 삭제 wording applies nothing",
     items={NV[2]: "removed"},
     body=f"""안녕하세요, 네이버 김수연입니다.

요청하신 게시물 중 아래 1건은 카페 운영자 협조를 받아 비공개 처리되었습니다.
- {NV[2]}

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 11:00 AM
To: policy@navercorp.com
Subject: [KCSC-240911-01] 게시물 조치 요청

아래 게시물을 삭제 또는 접속 차단하여 주시기 바랍니다.
{NV[1]}
{NV[2]}
{NV[3]}
{NV[4]}
{NV[5]}
""")

# ---------------------------------------------------------------- X
case(name="x-withheld-in-korea", from_="legal@x.com",
     date="Fri, 13 Sep 2024 03:12:00 +0900", subject="Re: [KCSC-240912-01] Legal request",
     reply_to_req="req-240912-01", outcome="applied", classification="confirmation",
     imitates="X country-withheld content notice ('we have withheld the following content in Korea', help link on country withheld content)",
     why="withheld in a country = restricted; help.x.com link is not an item",
     items={XX[1]: "restricted", XX[2]: "restricted"},
     body=f"""Hello,

In response to your request, X has withheld the following content in South Korea:

{XX[1]}
{XX[2]}

This content remains available outside South Korea. Learn more about
country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thank you,
X Legal
""")

X_CSV = f"""url,action,reason
{XX[3]},Removed,Violates X Rules - illegal or certain regulated goods
{XX[4]},No action,Does not violate X Rules or local law
"""
case(name="x-csv-attachment", from_="legal@x.com",
     date="Sat, 14 Sep 2024 02:00:00 +0900", subject="Re: [KCSC-240912-01] Results attached",
     reply_to_req="req-240912-01", outcome="applied", classification="confirmation",
     imitates="Platform legal team reply with results spreadsheet as CSV attachment (url,action,reason)",
     why="statuses only in the base64 CSV attachment: Removed / No action with reason",
     items={XX[3]: "removed", XX[4]: "rejected"},
     raw_mime=f"""Content-Type: multipart/mixed; boundary="x-mix-77"

--x-mix-77
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the results for the posts listed in your request.

X Legal

--x-mix-77
Content-Type: text/csv; charset=utf-8; name="KCSC-240912-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240912-01_results.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--x-mix-77--
""")

case(name="x-dmarc-fail", from_="legal@x.com", auth="fail",
     date="Sun, 15 Sep 2024 07:00:00 +0900", subject="Re: [KCSC-240912-01] Legal request",
     reply_to_req="req-240912-01", outcome="review", review="untrusted",
     imitates="Spoofed X legal confirmation failing DMARC",
     why="DMARC fail: never applied",
     items={},
     body=f"""Hello,

We removed the following posts: {XX[1]} and {XX[2]}.

X Legal
""")

case(name="x-policy-links-not-items", from_="legal@x.com",
     date="Mon, 16 Sep 2024 04:30:00 +0900", subject="Re: [KCSC-240912-01] Legal request",
     reply_to_req="req-240912-01", outcome="applied", classification="confirmation",
     imitates="X enforcement notice with rules link and appeal form link after the statement",
     why="one removal; two help.x.com links in the same paragraph are not items and not unmatched claims",
     items={XX[1]: "removed"},
     body=f"""Hello,

We have removed {XX[1]} for violating the X Rules. You can learn more about
our rules at https://help.x.com/en/rules-and-policies/x-rules and the account
holder may appeal at https://help.x.com/forms/account-access/appeals .

Thanks,
X Legal
""")

case(name="x-not-removed-because-and-not-located", from_="legal@x.com",
     date="Tue, 17 Sep 2024 05:10:00 +0900", subject="Re: [KCSC-240912-01] Legal request",
     reply_to_req="req-240912-01", outcome="applied", classification="confirmation",
     imitates="X legal reply: 'we did not take action because the post does not violate...', 'we were unable to locate'",
     why="negated removal + reason = rejected; unable to locate = not_found; two sentences, two statuses",
     items={XX[3]: "rejected", XX[4]: "not_found"},
     body=f"""Hello,

We did not remove {XX[3]} because, after review, it does not violate the X
Rules and we could not establish that it is illegal in the reported country.

We were unable to locate {XX[4]} ; the post does not exist on X.

X Legal
""")

# ---------------------------------------------------------------- Kakao / Daum
KK_TABLE = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240913-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{KK[1]}</td><td>삭제</td><td>카페 게시글</td></tr>
<tr><td>2</td><td>{KK[2]}</td><td>접속차단</td><td>국내 IP 차단</td></tr>
<tr><td>3</td><td>{KK[3]}</td><td>해당 게시물 없음</td><td>URL 확인 불가</td></tr>
</table>
<p>문의: 카카오 정책팀 (https://cs.kakao.com)</p>
<p>주식회사 카카오</p></body></html>"""
case(name="kakao-kcsc-result-table", from_="policy@kakaocorp.com", name_from="카카오 정책팀", type="html",
     date="Tue, 17 Sep 2024 15:00:00 +0900", subject="[카카오] 시정요구(KCSC-240913-01) 조치결과 회신",
     reply_to_req="req-240913-01", outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 회신 table (연번/URL/조치결과/비고) as Korean portals send it",
     why="삭제 / 접속차단 / 해당 게시물 없음 per row",
     items={KK[1]: "removed", KK[2]: "restricted", KK[3]: "not_found"}, body=KK_TABLE)

KK_DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-1"

--dsn-1
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx1.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe-abuse@daum.net>: host mx1.daum.net said: 550 5.1.1 User unknown

--dsn-1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net
Arrival-Date: Fri, 13 Sep 2024 10:00:05 +0900

Final-Recipient: rfc822; cafe-abuse@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-1
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-abuse@daum.net
Subject: [KCSC-240913-01] 게시물 조치 요청
Message-ID: <req-240913-01@kcsc.example>

--dsn-1--
"""
case(name="kakao-bounce", from_="MAILER-DAEMON@daum.net", name_from="Mail Delivery System",
     date="Fri, 13 Sep 2024 10:00:06 +0900", subject="Undelivered Mail Returned to Sender",
     outcome="ignored", classification="bounce", extra_headers=["Auto-Submitted: auto-replied"],
     imitates="Postfix DSN bounce (multipart/report delivery-status) of our own request",
     why="bounce of our own request: ignored", items={}, raw_mime=KK_DSN)

case(name="kakao-count-of-list", from_="policy@kakaocorp.com", name_from="카카오 정책팀",
     date="Wed, 18 Sep 2024 11:00:00 +0900", subject="RE: [KCSC-240913-01] 조치결과",
     reply_to_req="req-240913-01", outcome="review", review="bulk",
     imitates="Korean portal reply giving a count ('요청하신 3건 중 2건은 삭제') over the echoed list",
     why="2 of 3 deleted without saying which: no item can be applied; review",
     items={},
     body=f"""안녕하세요. 카카오 정책팀입니다.

요청하신 아래 3건 중 2건은 운영정책에 따라 삭제 조치하였으며, 나머지 1건은 검토 중입니다.

{KK[1]}
{KK[2]}
{KK[3]}

감사합니다.
""")

case(name="kakao-korean-outlook-quote", from_="policy@kakaocorp.com", name_from="카카오 정책팀",
     date="Thu, 19 Sep 2024 09:20:00 +0900", subject="RE: [KCSC-240913-01] 게시물 조치 요청",
     reply_to_req="req-240913-01", outcome="applied", classification="confirmation",
     imitates="Korean Outlook reply with '보낸 사람: / 보낸 날짜: / 받는 사람: / 제목:' quote block",
     why="brunch post blind 처리 stated above the quote; quoted request applies nothing",
     items={KK[3]: "removed"},
     body=f"""안녕하세요.

브런치 글 {KK[3]} 은 운영정책 위반이 확인되어 블라인드 처리하였습니다.

카카오 정책팀 드림

보낸 사람: KCSC Takedown <takedown@kcsc.example>
보낸 날짜: 2024년 9월 13일 금요일 오전 10:00
받는 사람: policy@kakaocorp.com
제목: [KCSC-240913-01] 게시물 조치 요청

아래 게시물의 삭제를 요청드립니다.
1. {KK[1]}
2. {KK[2]}
3. {KK[3]}
""")

# ---------------------------------------------------------------- Meta
case(name="meta-local-law-restricted-not-global", from_="lawenforcement@fb.com", name_from="Meta",
     date="Tue, 17 Sep 2024 08:00:00 +0900", subject="Re: [KCSC-240913-02] Report",
     reply_to_req="req-240913-02", outcome="applied", classification="confirmation",
     imitates="Meta local-law notice ('we restricted access to this content in [country] ... it doesn't go against our Community Standards')",
     why="restricted in Korea; the 'doesn't go against our Community Standards' clause explains why it is not removed globally, it is not a rejection",
     items={MT[1]: "restricted"},
     body=f"""Hi,

Thanks for your report. We've restricted access to {MT[1]} in South Korea
because it was reported as violating local law. It doesn't go against our
Community Standards, so it remains visible in other countries.

Learn more about how we handle reports based on local law:
https://transparency.meta.com/reports/content-restrictions

Meta
""")

case(name="meta-echoed-report-removed", from_="noreply@instagram.com", name_from="Instagram",
     date="Tue, 17 Sep 2024 09:00:00 +0900", subject="Update on your report",
     reply_to_req="req-240913-02", outcome="applied", classification="confirmation",
     imitates="Meta 'We removed the content you reported' support-inbox message followed by the echoed report",
     why="statement about 'the content you reported' followed by the echoed report naming the item",
     items={MT[2]: "removed"},
     body=f"""We removed the post you reported

Thanks for your report. We reviewed the post and removed it because it goes
against our Community Standards on restricted goods and services.

Your report
Reported by: KCSC
Content: {MT[2]}
Reason: Sale of illegal or regulated goods
Report date: 13 September 2024

See our Community Standards: https://transparency.meta.com/policies/community-standards/
""")

case(name="meta-asks-court-order", from_="lawenforcement@fb.com", name_from="Meta",
     date="Wed, 18 Sep 2024 06:00:00 +0900", subject="Re: [KCSC-240913-02] Report",
     reply_to_req="req-240913-02", outcome="review", review="asks_more",
     imitates="Meta legal reply asking for the specific law and a court order before acting",
     why="asks for more information on a named item: review",
     items={},
     body=f"""Hello,

Regarding {MT[3]} , we need additional information before we can take action.
Please provide the specific provision of local law the content violates and,
if available, a court order. Until we receive it we are not able to proceed.

Meta
""")

case(name="meta-mentions-tiktok-item", from_="lawenforcement@fb.com", name_from="Meta",
     date="Wed, 18 Sep 2024 07:00:00 +0900", subject="Re: [KCSC-240913-02] Report",
     reply_to_req="req-240913-02", outcome="review", review="wrong_platform",
     imitates="Platform reply saying a listed link belongs to another service and was removed there",
     why="a trusted Meta email states something about a TikTok item: another platform's item, review",
     items={},
     body=f"""Hello,

We also checked the link {TT[1]} that appeared in your report; the account
there has been removed and the video is no longer available.

Meta
""")

# ---------------------------------------------------------------- TikTok
case(name="tiktok-restricted-and-not-found", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
     date="Wed, 18 Sep 2024 18:00:00 +0900", subject="Re: [KCSC-240916-01] Government request",
     reply_to_req="req-240916-01", outcome="applied", classification="confirmation",
     imitates="TikTok government removal request reply ('restricted in your country in accordance with local law', 'could not find the content')",
     why="country restriction for one, not found for the other; 'It may have been deleted' only explains the not_found",
     items={TT[1]: "restricted", TT[2]: "not_found"},
     body=f"""Hello,

Thank you for contacting TikTok. Following review of your request:

{TT[1]}
We have restricted this video in South Korea in accordance with local law.

{TT[2]}
We could not find this video on TikTok. It may have been deleted by the creator.

TikTok Legal | https://www.tiktok.com/legal/page/global/law-enforcement/en
""")

case(name="tiktok-ticket-receipt", from_="noreply@tiktok.com", name_from="TikTok Support",
     date="Mon, 16 Sep 2024 10:02:00 +0900", subject="[Ticket #7731942] We've received your request",
     reply_to_req="req-240916-01", outcome="ignored", classification="acknowledgement",
     imitates="TikTok support ticket receipt ('We've received your request... Ticket number')",
     why="pure receipt, no item named",
     items={},
     body="""Hi,

We've received your request and a ticket has been created (#7731942).
Our team will get back to you as soon as possible.

TikTok Support
""")

# ---------------------------------------------------------------- Reddit
case(name="reddit-safety-and-mods", from_="legal@reddit.com", name_from="Reddit Legal",
     date="Wed, 18 Sep 2024 02:00:00 +0900", subject="Re: [KCSC-240916-02] Removal request",
     reply_to_req="req-240916-02", outcome="applied", classification="confirmation",
     imitates="Reddit Legal reply ('removed by Reddit's Safety team' / 'already removed by the subreddit moderators')",
     why="removed by the platform; already removed by the community's own moderators before review = not_found (arguable)",
     items={RD[1]: "removed", RD[2]: "not_found"},
     body=f"""Hi there,

Thanks for your report. Here is what we found:

1) {RD[1]} - removed by Reddit's Safety team for violating our Content Policy.
2) {RD[2]} - this post had already been removed by the subreddit's moderators before our review.

Reddit Legal | https://www.redditinc.com/policies/content-policy
""")

case(name="reddit-hedged-appears-removed", from_="legal@reddit.com", name_from="Reddit Legal",
     date="Thu, 19 Sep 2024 03:00:00 +0900", subject="Re: [KCSC-240916-02] Removal request",
     reply_to_req="req-240916-02", outcome="review", review="not_understood",
     imitates="Abuse-desk reply hedging ('appears to have been removed already, possibly by the account holder')",
     why="hedged: 'appears', 'possibly'; a clerk would check",
     items={},
     body=f"""Hi,

{RD[2]} appears to have been removed already, possibly by the account holder.
We'll keep an eye on the community.

Reddit Legal
""")

# ---------------------------------------------------------------- Telegram
case(name="tg-ack-and-statement", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Tue, 17 Sep 2024 20:00:00 +0900", subject="Re: [KCSC-240917-01]",
     reply_to_req="req-240917-01", outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk short reply ('Thanks, we received your report. ... has been blocked')",
     why="an acknowledgement phrase together with an unhedged statement is a confirmation",
     items={TG[1]: "removed"},
     body=f"""Hello,

Thank you, we have received your report.
{TG[1]} - this content has been blocked and is no longer accessible.

Telegram Abuse Team
""")

TG_MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-1"

--mdn-1
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to abuse@telegram.org.
Note: This receipt only acknowledges that the message was displayed on the
recipient's computer. There is no guarantee that the content has been read
or understood.

--mdn-1
Content-Type: message/disposition-notification

Reporting-UA: telegram.org; Thunderbird
Final-Recipient: rfc822;abuse@telegram.org
Original-Message-ID: <req-240917-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-1--
"""
case(name="tg-read-receipt", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Tue, 17 Sep 2024 09:30:00 +0900", subject="Read: [KCSC-240917-01] Request for removal",
     reply_to_req="req-240917-01", outcome="ignored", classification="read_receipt",
     imitates="Thunderbird MDN read receipt (multipart/report; disposition-notification)",
     why="read receipt: ignored", items={}, raw_mime=TG_MDN)

case(name="kakao-korean-autoreply", from_="h.lee@kakaocorp.com", name_from="이현우",
     date="Fri, 13 Sep 2024 10:00:30 +0900", subject="자동 회신: [KCSC-240913-01] 게시물 조치 요청",
     reply_to_req="req-240913-01", outcome="ignored", classification="auto_reply",
     imitates="Korean Outlook out-of-office reply ('자동 회신:' subject, 부재 중 안내)",
     why="out-of-office auto-reply in Korean, no auto-reply headers",
     items={},
     body="""안녕하세요. 이현우입니다.
9월 13일부터 9월 18일까지 휴가로 부재 중입니다.
급한 용무는 정책팀 대표 메일(policy@kakaocorp.com)로 연락 부탁드립니다.
""")

case(name="naver-fullwidth-paren-blind", from_="policy@navercorp.com", name_from="네이버 정책지원",
     date="Thu, 19 Sep 2024 17:00:00 +0900", subject="RE: [KCSC-240911-01] 블로그 게시물 조치",
     reply_to_req="req-240911-01", outcome="applied", classification="confirmation",
     imitates="NAVER blog 블라인드 처리 안내 with the URL in full-width brackets and full-width stop",
     why="URL inside full-width parentheses followed by '은'; 블라인드 처리 = removed; help link not an item",
     items={NV[1]: "removed"},
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 블로그 게시물（{NV[1]}）은 네이버 블로그 운영정책에 따라 블라인드 처리되었습니다。
블라인드 처리된 게시물은 작성자 외에는 열람할 수 없습니다.

운영정책 안내: https://blog.naver.com/blogpeople/223000000000

감사합니다.
""")


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        # Korean display names and subjects travel RFC 2047-encoded, as real mailers send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
        cases.append(c)
    header = ("# Blind set 60 (issue 11): general mix, English and Korean, eight platforms.\n"
              "# Expected results written from each email's meaning before anything ran.\n"
              "# Generated by make.py; do not edit by hand.")
    corpuslib.write_set(HERE, "blind60", header, cases)


if __name__ == "__main__":
    main()
