#!/usr/bin/env python3
"""Blind set 85 (issue 11): a general mix, English and Korean, large platforms,
a hosting abuse desk, a file locker, a registrar, a Korean community site and
informal moderators, plus doubtful and ignorable mail.

Expected results were written from each email's meaning before anything ran.
Deterministic: `python3 tests/corpus/blind85/make.py`.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

Y = ["https://www.youtube.com/watch?v=Qm3kR8vTz1a", "https://www.youtube.com/watch?v=Qm3kR8vTz1b",
     "https://www.youtube.com/watch?v=Lp0sW7nXc4d", "https://www.youtube.com/watch?v=Lp0sW7nXc4e",
     "https://www.youtube.com/shorts/Hx9bV2mKq7f", "https://www.youtube.com/shorts/Hx9bV2mKq7g",
     "https://youtu.be/Zr5tY1uIo8h", "https://www.youtube.com/watch?v=Ng4eD6fRs2j",
     "https://www.youtube.com/watch?v=Ng4eD6fRs2k", "https://www.youtube.com/@가짜채널공구",
     "https://www.youtube.com/watch?v=Bw8cJ3hLp5m", "https://www.youtube.com/watch?v=Bw8cJ3hLp5n",
     "https://www.youtube.com/playlist?list=PLf4keDemo00Xy", "https://www.youtube.com/watch?v=Tt2gA9sEe6q"]
N = ["https://blog.naver.com/fakeblogger77/223580001234", "https://blog.naver.com/fakeblogger77/223580005678",
     "https://cafe.naver.com/fakedeals/88123", "https://cafe.naver.com/fakedeals/88124",
     "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471234567"]
H = ["https://pill-direct-kr.shop/item/1132", "https://pill-direct-kr.shop/item/1133",
     "https://toto-sure88.site/join", "http://203.0.113.45/bet/index.php"]
M = ["https://mega.nz/file/q9XwTzAB", "https://mega.nz/file/r2LmYcDE", "https://mega.nz/folder/s7KpWnFG"]
D = ["https://gall.dcinside.com/board/view/?id=fakegall&no=1234567",
     "https://gall.dcinside.com/mgallery/board/view/?id=fakeminor&no=98765"]
NC = ["https://fake-pharma-kr.com/"]
R = ["https://www.reddit.com/r/fakesub_kr/comments/1fabc12/cheap_meds_no_rx/",
     "https://www.reddit.com/r/fakesub_kr/comments/1fabc34/dm_for_prices/"]


def quoted_request(ref, date, urls, style="gt"):
    """Our own request, quoted back by the reply (never the platform's statement)."""
    lines = [f"Request {ref} (Korea Communications Standards Commission)",
             "Please remove or block the following items, which were found to be unlawful in",
             "the Republic of Korea. Reply with the action taken for each item:"]
    lines += [f"- {u}" for u in urls]
    lines += ["", "KCSC Takedown Desk"]
    if style == "gt":
        return f"On {date}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + "\n".join("> " + l if l else ">" for l in lines)
    return ("-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {date}\nTo: the platform\nSubject: [{ref}] Removal request\n\n" + "\n".join(lines))


def multipart_alt(text, html, qp=False, boundary="b85alt"):
    enc = "quoted-printable" if qp else "8bit"
    t = quopri.encodestring(text.encode()).decode() if qp else text
    h = quopri.encodestring(html.encode()).decode() if qp else html
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{t}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{h}\n"
            f"--{boundary}--\n")


def b64_plain(text):
    b = base64.encodebytes(text.encode("utf-8")).decode()
    return f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b}"


def with_attachment(text, fname, ctype, data, boundary="b85mix"):
    b = base64.encodebytes(data).decode()
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text}\n"
            f'--{boundary}\nContent-Type: {ctype}; name="{fname}"\nContent-Disposition: attachment; filename="{fname}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b}--{boundary}--\n")


CASES = []


def case(**c):
    CASES.append(c)


# ---------------------------------------------------------------- YouTube (largest, 14 items)
case(name="yt-legal-removed-bullets", **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Wed, 11 Sep 2024 03:12:40 +0000", subject="Re: [KCSC-240909-01] Removal request", reply_to_req="req-240909-01",
     body=f"""Hello,

Thanks for reaching out to us.

After reviewing your request, we have removed the following content from YouTube:

  * {Y[0]}
  * {Y[1]}
  * {Y[2]}

If you have further legal concerns about content on YouTube, you can submit a new
request through our legal webform: https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Support Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube/Google legal-removals outcome mail ('we have removed the following content', webform link, Google LLC footer)",
     why="trusted templated removal with a bulleted list; the legal-help link is not an item",
     items={Y[0]: "removed", Y[1]: "removed", Y[2]: "removed"})

case(name="yt-geo-blocked-kr", **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Thu, 12 Sep 2024 08:40:02 +0000", subject="Re: [KCSC-240909-01] Removal request", reply_to_req="req-240909-01",
     body=f"""Hello,

Thank you for your notice. Based on our review of the local law you cited, we have
blocked the content listed below from view in South Korea. It remains available in
other countries where it is not unlawful.

{Y[3]}
{Y[4]}

For more information on how we handle government requests, see
https://transparencyreport.google.com/government-removals/overview

Kind regards,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube local-law geo-block outcome ('blocked from view in <country>', Transparency Report link)",
     why="a country block is a restriction, not a removal; 'remains available in other countries' must not turn it into a rejection",
     items={Y[3]: "restricted", Y[4]: "restricted"})

case(name="yt-no-violation", **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 01:05:11 +0000", subject="Re: [KCSC-240909-01] Removal request", reply_to_req="req-240909-01",
     body=f"""Hello,

We've reviewed the video you reported ({Y[5]}) under our Community Guidelines and
applicable local law. We've decided not to take action on this content at this time,
as it does not appear to violate our policies and we could not establish that it is
unlawful based on the information provided.

If you have additional information, you may reply to this email.

Sincerely,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'we've decided not to take action' legal reply",
     why="a declined request with a reason is a rejection; the invitation to send more information does not make it a request for info",
     items={Y[5]: "rejected"})

case(name="yt-status-below-bare-url", **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 06:30:00 +0000", subject="Re: [KCSC-240909-01] Removal request", reply_to_req="req-240909-01",
     body=f"""Hello,

Please find the outcome for each of the URLs below.

{Y[6]}
Age-restricted. Viewers must be signed in and over 18 to watch this video.

{Y[7]}
Removed for violating YouTube's policy on regulated goods.

Policy reference: https://support.google.com/youtube/answer/9229611

YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube per-URL outcome list with status line under each bare URL (regulated goods policy link)",
     why="status on the line below each bare URL, two different statuses; the policy link is not an item",
     items={Y[6]: "restricted", Y[7]: "removed"})

case(name="yt-ko-channel-terminated", **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
     date="Fri, 13 Sep 2024 09:14:55 +0000", subject="RE: [KCSC-240909-01] 삭제 요청에 대한 회신", reply_to_req="req-240909-01",
     body=f"""안녕하세요.

YouTube에 문의해 주셔서 감사합니다.

신고하신 채널 {Y[9]} 은(는) 커뮤니티 가이드 위반으로 검토 결과 해지되었으며,
더 이상 YouTube에서 볼 수 없습니다.

자세한 내용은 고객센터(https://support.google.com/youtube/answer/2802168?hl=ko)를 참조하시기 바랍니다.

감사합니다.
YouTube 법무지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube Korean channel-termination notice (채널 해지, 고객센터 link)",
     why="raw Korean handle URL must match; a terminated channel is removed",
     items={Y[9]: "removed"})

yt_table_html = f"""<html><body>
<p>Hello,</p>
<p>Thank you for your request. The results of our review are shown below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>Removed - violation of Community Guidelines</td></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>No action - content does not violate our policies</td></tr>
<tr><td><a href="{Y[12]}">{Y[12]}</a></td><td>Not found - the playlist does not exist</td></tr>
</table>
<p>To appeal, visit <a href="https://support.google.com/youtube/answer/185111">our help centre</a>.</p>
<p>YouTube Legal Support</p>
</body></html>"""
case(name="yt-html-table-three-outcomes", **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 02:00:00 +0000", subject="Re: [KCSC-240909-01] Removal request", reply_to_req="req-240909-01",
     type="html", body=yt_table_html,
     outcome="applied", classification="confirmation",
     imitates="Google legal outcome table (URL / Outcome columns, help-centre appeal link)",
     why="HTML table with removed / no action / not found per row",
     items={Y[10]: "removed", Y[11]: "rejected", Y[12]: "not_found"})

case(name="yt-still-reviewing", **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 05:45:00 +0000", subject="Re: [KCSC-240909-01] Removal request", reply_to_req="req-240909-01",
     body=f"""Hello,

We're still looking into the video at {Y[13]}. Our team needs a little more time to
assess it against local law, and we will take appropriate action if we find it
violates our policies. We'll follow up once our review is complete.

Thanks for your patience,
YouTube Legal Support
""",
     outcome="review", review="not_understood",
     imitates="YouTube 'we're still looking into this' interim legal reply",
     why="under review / future tense about a named item: no status, but a trusted email naming an item must be seen, not ignored",
     items={})

case(name="yt-ticket-receipt", **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     date="Mon, 09 Sep 2024 01:03:10 +0000", subject="[0-7741000032145] Your request has been received", reply_to_req="req-240909-01",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

Thank you for contacting Google. This is an automated message to confirm that we have
received your request. Your reference number is [0-7741000032145].

Please keep this number for your records. We review every request carefully and will
be in touch if we need further details.

Google Legal Support
""",
     outcome="ignored",
     imitates="Google legal webform automated receipt with [0-…] reference number",
     why="pure receipt, names no item; ignored (class acknowledgement or auto_reply both acceptable)",
     items={})

case(name="yt-top-posted-over-quote", **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Sun, 15 Sep 2024 03:20:00 +0000", subject="Re: [KCSC-240909-01] Removal request", reply_to_req="req-240909-01",
     body=f"""Hi,

{Y[8]} has been taken down for violating our spam, deceptive practices and scams policy.

Best,
Minji
YouTube Legal Support

{quoted_request("KCSC-240909-01", "Mon, Sep 9, 2024 at 10:00 AM", Y)}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted moderator answer over the quoted request",
     why="only the one URL in the unquoted sentence gets a status; the quoted list of 14 stays pending",
     items={Y[8]: "removed"})

yt_csv = ("url,action,region,date\n"
          f"{Y[0]},removed,global,2024-09-12\n"
          f"{Y[2]},removed,global,2024-09-12\n"
          f"{Y[3]},blocked,KR,2024-09-12\n"
          f"{Y[13]},removed,global,2024-09-13\n").encode()
case(name="yt-csv-attachment", **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Mon, 16 Sep 2024 07:00:00 +0000", subject="Re: [KCSC-240909-01] Outcome report", reply_to_req="req-240909-01",
     raw_mime=with_attachment("Hello,\n\nPlease see the attached report for the outcome of your request KCSC-240909-01.\n\nYouTube Legal Support\n",
                              "KCSC-240909-01_outcome.csv", "text/csv", yt_csv),
     outcome="applied", classification="confirmation",
     imitates="bulk legal outcome report sent as a CSV attachment (url, action, region)",
     why="statuses read from a CSV attachment; 'blocked' with region KR is a country restriction",
     items={Y[0]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[13]: "removed"})

case(name="yt-dmarc-fail-spoof", **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     auth="fail", date="Mon, 16 Sep 2024 11:11:11 +0000", subject="Re: [KCSC-240909-01] Removal request",
     reply_to_req="req-240909-01",
     body=f"""Hello,

All videos in your request have been removed:
{Y[0]}
{Y[1]}
{Y[2]}

YouTube Legal Support
""",
     outcome="review", review="untrusted",
     imitates="YouTube legal removal outcome, sent with failing DMARC",
     why="a perfect confirmation that fails DMARC must go to review and change nothing",
     items={})

case(name="yt-ko-per-line", **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
     date="Tue, 17 Sep 2024 02:30:00 +0000", subject="RE: [KCSC-240909-01] 처리 결과 안내", reply_to_req="req-240909-01",
     body=f"""안녕하세요, 방송통신심의위원회 담당자님.

요청하신 콘텐츠에 대한 처리 결과를 알려드립니다.

1. {Y[1]} : 삭제 완료
2. {Y[2]} : 대한민국 내 접근 제한 (현지 법률)

처리 결과에 대한 문의는 이 메일에 회신해 주시기 바랍니다.

YouTube 법무지원팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube Korean 처리 결과 안내 with numbered per-line statuses",
     why="numbered Korean list; 대한민국 내 접근 제한 is a restriction, not a removal",
     items={Y[1]: "removed", Y[2]: "restricted"})

case(name="yt-url-below-statement", **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Wed, 18 Sep 2024 04:00:00 +0000", subject="Re: [KCSC-240909-01] Removal request", reply_to_req="req-240909-01",
     body=f"""Hello,

The following video has been removed for violating our policy on sale of illegal or regulated goods:
{Y[11]}

The following playlist was reviewed and remains available, as it does not violate our Community Guidelines:
{Y[12]}

Regards,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube outcome mail with the URL on the line below its statement",
     why="URL on the line below the statement it belongs to; second statement a rejection",
     items={Y[11]: "removed", Y[12]: "rejected"})

# ---------------------------------------------------------------- NAVER (5)
case(name="naver-imsi-jochi", **{"from": "noreply@navercorp.com"}, name_from="NAVER 고객센터",
     date="Wed, 11 Sep 2024 10:20:00 +0900", subject="[NAVER] 게시중단(임시조치) 요청 처리 결과 안내", reply_to_req="req-240910-01",
     body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한
법률 제44조의2에 따라 아래와 같이 임시조치(30일)하였음을 알려드립니다.

- 대상 게시물: {N[0]}
- 대상 게시물: {N[1]}

임시조치 기간 중 게시자의 재게시 요청이 있을 경우 관련 절차에 따라 처리됩니다.
자세한 안내는 네이버 고객센터(https://help.naver.com/service/5614/contents/19026)를 참고해 주세요.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단(임시조치) 처리 결과 안내 (Article 44-2, 30-day measure, 고객센터 link)",
     why="임시조치 is a restriction (temporary measure), per issue 11",
     items={N[0]: "restricted", N[1]: "restricted"})

case(name="naver-cafe-operator-and-author-deleted", **{"from": "cafe_admin@naver.com"}, name_from="네이버 카페 운영팀",
     date="Thu, 12 Sep 2024 15:02:00 +0900", subject="Re: [KCSC-240910-01] 시정요구", reply_to_req="req-240910-01",
     body=f"""안녕하세요, 네이버 카페 운영팀입니다.

요청하신 게시물 중 {N[2]} 은 카페 운영 정책 위반으로 운영자에 의해 삭제되었습니다.
{N[3]}에서 확인하신 게시물은 이미 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe 운영팀 reply (운영자에 의해 삭제 / 작성자 삭제)",
     why="deletion by the operator is removed; a post already deleted by its author is not_found; URL followed by the particle 에서",
     items={N[2]: "removed", N[3]: "not_found"})

case(name="naver-kin-no-violation", **{"from": "noreply@navercorp.com"}, name_from="NAVER 고객센터",
     date="Fri, 13 Sep 2024 11:00:00 +0900", subject="[NAVER] 신고 게시물 검토 결과 안내", reply_to_req="req-240910-01",
     body=f"""안녕하세요. 네이버 지식iN 운영팀입니다.

신고하신 게시물({N[4]})을 검토한 결과, 현행 운영정책 및 관련 법령에 위반되는
내용이 확인되지 않아 별도의 조치를 하지 않았음을 알려드립니다.

추가로 위법성을 입증할 수 있는 자료가 있으시면 고객센터로 접수해 주시기 바랍니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 지식iN 신고 검토 결과 (위반 사항 확인되지 않아 조치하지 않음)",
     why="no action because no violation was found: rejected, with the full-width closing paren after the URL",
     items={N[4]: "rejected"})

case(name="naver-base64-blind", **{"from": "noreply@navercorp.com"}, name_from="NAVER 고객센터",
     date="Sat, 14 Sep 2024 09:30:00 +0900", subject="[NAVER] 블로그 게시물 조치 안내", reply_to_req="req-240910-01",
     raw_mime=b64_plain(f"""안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 아래 게시물은 운영정책 위반이 확인되어 블라인드 처리되었습니다.

{N[0]}

블라인드 처리된 게시물은 작성자 외에는 열람할 수 없습니다.
네이버 블로그 운영정책: https://blog.naver.com/blogpeople/policy

감사합니다.
"""),
     outcome="applied", classification="confirmation",
     imitates="NAVER blog 블라인드 처리 안내 (base64 body, policy link)",
     why="블라인드 처리 is a Korean removal form per issue 11; base64 body",
     items={N[0]: "removed"})

case(name="naver-asks-documents", **{"from": "noreply@navercorp.com"}, name_from="NAVER 고객센터",
     date="Sat, 14 Sep 2024 14:00:00 +0900", subject="[NAVER] 추가 자료 요청", reply_to_req="req-240910-01",
     body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 {N[3]} 에 대하여 검토를 진행하고자 하나, 명예훼손 여부 판단을 위해
피해 당사자를 특정할 수 있는 자료 및 시정요구 결정문 사본이 필요합니다.

해당 자료를 회신해 주시면 검토 후 결과를 안내드리겠습니다.

감사합니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER 추가 소명자료 요청 메일",
     why="a request for documents about a named item: review asks_more, no status",
     items={})

case(name="naver-out-of-office", **{"from": "jiyoung.park@navercorp.com"}, name_from="박지영",
     date="Tue, 10 Sep 2024 14:05:00 +0900", subject="[자동회신] 부재중입니다: [KCSC-240910-01] 시정요구", reply_to_req="req-240910-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 박지영입니다.

9월 10일부터 9월 18일까지 휴가로 부재중입니다. 급한 업무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook Korean 부재중 자동회신",
     why="out-of-office auto-reply: ignored",
     items={})

naver_result = f"""방송통신심의위원회 귀하

제목: 시정요구(KCSC-240910-01)에 대한 조치결과 회신

1. 귀 위원회의 시정요구와 관련하여 아래와 같이 조치하였음을 회신합니다.

번호 | URL | 조치결과
1 | {N[1]} | 삭제
2 | {N[3]} | 게시중단
3 | {N[4]} | 해당없음(게시물 없음)

2. 기타 문의사항은 네이버 정책지원팀(policy@navercorp.com)으로 연락 주시기 바랍니다.

네이버 주식회사 정책지원팀
"""
case(name="naver-kcsc-result-table", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
     date="Wed, 18 Sep 2024 10:00:00 +0900", subject="시정요구에 대한 조치결과 회신 (KCSC-240910-01)", reply_to_req="req-240910-01",
     body=naver_result,
     outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 회신 공문 with a 번호 | URL | 조치결과 table",
     why="삭제 and 게시중단 are removals; 해당없음(게시물 없음) is not_found; the contact address is not an item",
     items={N[1]: "removed", N[3]: "removed", N[4]: "not_found"})

case(name="naver-read-receipt", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
     date="Tue, 10 Sep 2024 15:00:00 +0900", subject="읽음: [KCSC-240910-01] 시정요구", reply_to_req="req-240910-01",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b85mdn"

--b85mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
제목: [KCSC-240910-01] 시정요구
읽은 시간: 2024-09-10 오후 3:00
--b85mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240910-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
--b85mdn--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN, multipart/report disposition-notification) in Korean",
     why="read receipt: ignored",
     items={})

# ---------------------------------------------------------------- Hetzner abuse desk (4)
case(name="hetzner-customer-removed-verified", **{"from": "abuse@hetzner.com"}, name_from="Hetzner Online GmbH - Abuse Team",
     date="Thu, 12 Sep 2024 09:15:00 +0200", subject="Re: AbuseID:7F3A21:1B [KCSC-240911-01]", reply_to_req="req-240911-01",
     body=f"""Dear Sir or Madam,

thank you for your report. We forwarded it to our customer, who has since removed
the content in question. We verified this ourselves: the following URLs now return
HTTP 404 and the content has been deleted from the server.

{H[0]}
{H[1]}

We consider this case closed. Should the content reappear, please send a new report
to abuse@hetzner.com quoting the Abuse ID in the subject.

Kind regards

Abuse Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Registergericht: Amtsgericht Ansbach, HRB 6089
""",
     outcome="applied", classification="confirmation",
     imitates="Hetzner abuse-desk case-closed reply (AbuseID subject, German company footer)",
     why="the host states in its own words, after checking, that the content was deleted; removed (arguable vs not_found, see NOTES)",
     items={H[0]: "removed", H[1]: "removed"})

case(name="hetzner-server-locked", **{"from": "abuse@hetzner.com"}, name_from="Hetzner Online GmbH - Abuse Team",
     date="Fri, 13 Sep 2024 14:40:00 +0200", subject="Re: AbuseID:7F3A22:0C [KCSC-240911-01]", reply_to_req="req-240911-01",
     body=f"""Dear Sir or Madam,

as our customer did not respond within the given deadline, we have locked the server
with the IP address 203.0.113.45. The website {H[3]} is therefore no longer reachable.

Kind regards

Abuse Team
Hetzner Online GmbH
""",
     outcome="applied", classification="confirmation",
     imitates="Hetzner 'we have locked the server' abuse reply after missed deadline",
     why="server lock making the site unreachable is a removal (made unavailable); the bare IP is not an item",
     items={H[3]: "removed"})

case(name="hetzner-forwarded-to-customer", **{"from": "abuse@hetzner.com"}, name_from="Hetzner Online GmbH - Abuse Team",
     date="Wed, 11 Sep 2024 12:01:00 +0200", subject="AbuseID:7F3A23:1D [KCSC-240911-01]", reply_to_req="req-240911-01",
     body=f"""Dear Sir or Madam,

we have received your report regarding {H[2]} and forwarded it to the responsible
customer with a request to resolve the issue within 24 hours. We will not inform you
about the further course of action unless we need more information from you.

Kind regards

Abuse Team
Hetzner Online GmbH
""",
     outcome="review", review="not_understood",
     imitates="Hetzner abuse-desk acknowledgement 'forwarded to the responsible customer'",
     why="names a requested item but states no outcome: it must not be silently ignored; nothing applied (arguable, see NOTES)",
     items={})

case(name="hetzner-no-violation-german-law", **{"from": "abuse@hetzner.com"}, name_from="Hetzner Online GmbH - Abuse Team",
     date="Mon, 16 Sep 2024 10:00:00 +0200", subject="Re: AbuseID:7F3A23:1D [KCSC-240911-01]", reply_to_req="req-240911-01",
     body=f"""Dear Sir or Madam,

we have reviewed the statement of our customer regarding {H[2]}. We cannot
identify a violation of German law or of our terms and conditions, so the content
will remain online and we will not take any further action in this matter.

Kind regards

Abuse Team
Hetzner Online GmbH
""",
     outcome="applied", classification="confirmation",
     imitates="Hetzner abuse desk 'we cannot identify a violation' closing reply",
     why="content stays online because no violation was found: rejected",
     items={H[2]: "rejected"})

case(name="hetzner-informal-short", **{"from": "jan.weber@hetzner.com"}, name_from="Jan Weber",
     date="Tue, 17 Sep 2024 16:22:00 +0200", subject="Re: AbuseID:7F3A21:1B [KCSC-240911-01]", reply_to_req="req-240911-01",
     body=f"""hi,

took down {H[1]} this morning, customer got a warning.

jan
--
Jan Weber, Abuse Team, Hetzner Online GmbH
""",
     outcome="applied", classification="confirmation",
     imitates="short informal abuse-desk staff reply",
     why="informal one-liner 'took down URL' from a trusted host employee: removed",
     items={H[1]: "removed"})

case(name="hetzner-ooo", **{"from": "abuse@hetzner.com"}, name_from="Hetzner Online GmbH - Abuse Team",
     date="Wed, 11 Sep 2024 04:35:00 +0200", subject="Automatic reply: [KCSC-240911-01] Removal request",
     reply_to_req="req-240911-01", extra_headers=["Auto-Submitted: auto-replied"],
     body="""Thank you for your message.

Our abuse department is currently closed due to a public holiday. We will process
your message on the next business day. This is an automated reply.

Hetzner Online GmbH
""",
     outcome="ignored", classification="auto_reply",
     imitates="abuse-desk holiday auto-reply",
     why="auto-reply naming no item: ignored",
     items={})

# ---------------------------------------------------------------- MEGA (3)
case(name="mega-links-disabled", **{"from": "abuse@mega.nz"}, name_from="MEGA Abuse",
     date="Thu, 12 Sep 2024 22:10:00 +1200", subject="Re: [KCSC-240912-01] Takedown notice - Ticket #MG-558201", reply_to_req="req-240912-01",
     body=f"""Dear KCSC,

Thank you for your notice. The following links have been disabled and the associated
files are no longer accessible:

<{M[0]}>
<{M[1]}>

Repeat infringers' accounts are terminated in accordance with our Terms of Service
(https://mega.io/terms).

Regards,
MEGA Compliance Team
Mega Limited, Auckland, New Zealand
""",
     outcome="applied", classification="confirmation",
     imitates="MEGA takedown confirmation ('links have been disabled', ToS link, ticket number)",
     why="URLs in angle brackets; 'disabled' is removal; ToS link is not an item",
     items={M[0]: "removed", M[1]: "removed"})

case(name="mega-folder-invalid", **{"from": "abuse@mega.nz"}, name_from="MEGA Abuse",
     date="Fri, 13 Sep 2024 10:00:00 +1200", subject="Re: [KCSC-240912-01] Takedown notice - Ticket #MG-558201", reply_to_req="req-240912-01",
     body=f"""Dear KCSC,

The folder link {M[2]} is invalid: no such folder exists on our servers,
so there is nothing for us to remove.

Regards,
MEGA Compliance Team
""",
     outcome="applied", classification="confirmation",
     imitates="MEGA 'invalid link / nothing to remove' reply",
     why="invalid link, nothing exists: not_found (the word 'remove' is negated)",
     items={M[2]: "not_found"})

mega_text = f"""Dear KCSC,

We have removed access to the file {M[0]} and suspended the uploading account.

Regards,
MEGA Compliance Team
"""
mega_html = f"""<html><body><p>Dear KCSC,</p><p>We have removed access to the file <a href="{M[0]}">{M[0]}</a> and suspended the uploading account.</p><p>Regards,<br>MEGA Compliance Team</p></body></html>"""
case(name="mega-qp-alternative", **{"from": "compliance@mega.io"}, name_from="MEGA Compliance",
     date="Sat, 14 Sep 2024 08:00:00 +1200", subject="Re: [KCSC-240912-01] Takedown notice", reply_to_req="req-240912-01",
     raw_mime=multipart_alt(mega_text, mega_html, qp=True),
     outcome="applied", classification="confirmation",
     imitates="MEGA compliance reply as multipart/alternative, quoted-printable",
     why="multipart/alternative QP: the statement must be read once, removed",
     items={M[0]: "removed"})

case(name="mega-claims-youtube-items", **{"from": "abuse@mega.nz"}, name_from="MEGA Abuse",
     date="Mon, 16 Sep 2024 09:00:00 +1200", subject="Re: takedown", 
     body=f"""Dear KCSC,

The file {Y[4]} has been removed from our service.

Regards,
MEGA Compliance Team
""",
     outcome="review", review="wrong_platform",
     imitates="MEGA takedown confirmation naming a URL of another platform",
     why="a trusted MEGA sender claims a YouTube item: never applied (reason could also be read as unmatched; see NOTES)",
     items={})

# ---------------------------------------------------------------- DCinside (2)
case(name="dc-moderator-informal", **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     date="Sat, 14 Sep 2024 11:40:00 +0900", subject="Re: [KCSC-240913-01] 게시물 삭제 요청", reply_to_req="req-240913-01",
     body=f"""안녕하세요 디시인사이드 운영팀입니다.

{D[0]} 글은 삭제했습니다.
{D[1]} 은 확인해보니 이미 없는 글이네요 (작성자 삭제).

수고하세요.
""",
     outcome="applied", classification="confirmation",
     imitates="short informal DCinside operator reply",
     why="informal Korean: deleted / already gone (author-deleted) = removed / not_found",
     items={D[0]: "removed", D[1]: "not_found"})

case(name="dc-gallery-manager-gmail", **{"from": "fakeminor.manager@gmail.com"}, name_from="fakeminor 매니저",
     date="Sat, 14 Sep 2024 20:00:00 +0900", subject="Re: [KCSC-240913-01] 게시물 삭제 요청", reply_to_req="req-240913-01",
     body=f"""마이너 갤러리 매니저입니다. 
{D[1]} 지웠어요. 앞으로 비슷한 글 올라오면 바로 삭제하겠습니다.
""",
     outcome="review", review="unknown_sender",
     imitates="minor-gallery manager replying from a personal mailbox",
     why="a claim from an unknown sender (gmail.com, DMARC pass but not a platform sender) must go to review, nothing applied",
     items={})

case(name="dc-will-delete-later", **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     date="Mon, 16 Sep 2024 10:10:00 +0900", subject="Re: [KCSC-240913-01] 게시물 삭제 요청", reply_to_req="req-240913-01",
     body=f"""안녕하세요 디시인사이드 운영팀입니다.

{D[0]} 게시물은 내부 검토 후 삭제 조치할 예정입니다. 처리되면 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="DCinside interim reply (검토 후 삭제 예정)",
     why="future tense promise about a named item: review, no status",
     items={})

case(name="dc-dmarc-fail", **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     auth="fail", date="Tue, 17 Sep 2024 13:00:00 +0900", subject="Re: [KCSC-240913-01] 게시물 삭제 요청", reply_to_req="req-240913-01",
     body=f"""안녕하세요 디시인사이드 운영팀입니다.

요청하신 게시물 두 건 모두 삭제 완료했습니다.
{D[0]}
{D[1]}
""",
     outcome="review", review="untrusted",
     imitates="DCinside 삭제 완료 reply with failing DMARC",
     why="DMARC fail: review untrusted, nothing applied",
     items={})

# ---------------------------------------------------------------- Namecheap (1)
case(name="namecheap-domain-suspended", **{"from": "abuse@namecheap.com"}, name_from="Namecheap Legal & Abuse",
     date="Tue, 17 Sep 2024 02:00:00 +0000", subject="Re: [KCSC-240916-01] Abuse report - Case ID: NC-ABUSE-9917232", reply_to_req="req-240916-01",
     body=f"""Hello,

Thank you for your report regarding the domain fake-pharma-kr.com.

After investigation we have confirmed the violation of our Registration Agreement.
The domain has been suspended (placed on clientHold), so the website
{NC[0]} no longer resolves.

Please refer to our Abuse Policy at https://www.namecheap.com/legal/general/abuse-policy/
if you have further questions.

Best regards,
Legal & Abuse Department
Namecheap, Inc.
""",
     outcome="applied", classification="confirmation",
     imitates="Namecheap abuse-desk 'domain suspended (clientHold)' reply with Case ID and abuse-policy link",
     why="registrar suspension makes the site unreachable everywhere: removed (arguable, see NOTES); policy link not an item",
     items={NC[0]: "removed"})

case(name="namecheap-needs-court-order", **{"from": "abuse@namecheap.com"}, name_from="Namecheap Legal & Abuse",
     date="Mon, 16 Sep 2024 08:00:00 +0000", subject="Re: [KCSC-240916-01] Abuse report - Case ID: NC-ABUSE-9917232", reply_to_req="req-240916-01",
     body=f"""Hello,

Please be advised that Namecheap acts only as the registrar for {NC[0]}; we do not
host its content. We are therefore unable to remove the content itself. To act on
the domain we would need a court order or a notice from the competent authority in
the registrant's jurisdiction, or you may contact the hosting provider directly.

Best regards,
Legal & Abuse Department
Namecheap, Inc.
""",
     outcome="review", review="asks_more",
     imitates="registrar 'we are only the registrar, court order needed' abuse reply",
     why="not a refusal on the merits and nothing done; asks for a court order: review (asks_more; not_understood also defensible)",
     items={})

# ---------------------------------------------------------------- Reddit (2)
case(name="reddit-removed-echoed-report", **{"from": "noreply@reddit.com"}, name_from="Reddit",
     date="Wed, 18 Sep 2024 03:00:00 +0000", subject="Update on your report", reply_to_req="req-240917-01",
     body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating, we've
found that the reported content violates Reddit's Content Policy and it has been
removed. We've also taken action against the account that posted it.

Report details:
  Report reason: Sale of prohibited goods or services
  Reported content: {R[0]}
  Submitted: 09/17/2024

Thanks again for your report and for helping make Reddit a safer place.

Reddit Safety
https://www.redditinc.com/policies/content-policy
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit 'Update on your report' admin outcome with echoed report details",
     why="statement about 'the reported content' followed by the echoed report naming it: removed",
     items={R[0]: "removed"})

case(name="reddit-mixed-bullets", **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Thu, 19 Sep 2024 01:00:00 +0000", subject="Re: [KCSC-240917-01] Removal request", reply_to_req="req-240917-01",
     body=f"""Hello,

Thank you for your request. Here is what we did:

- {R[0]} — removed for violating Rule 3 of our Content Policy
- {R[1]} — we reviewed this post and found it does not violate our Content Policy; it remains up

Reddit Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit legal reply with a bulleted per-URL outcome list",
     why="bulleted list with a removal and a rejection",
     items={R[0]: "removed", R[1]: "rejected"})

case(name="reddit-ticket-ack", **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Tue, 17 Sep 2024 00:10:00 +0000", subject="[Reddit Legal] Request received #41337", reply_to_req="req-240917-01",
     body="""Hello,

Thank you for contacting Reddit Legal. We have received your request and a ticket
(#41337) has been created. A member of our team will review it and respond as soon
as possible.

Reddit Legal
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Reddit Legal ticket-created receipt",
     why="pure receipt, no item named: ignored",
     items={})

# ---------------------------------------------------------------- bounce
case(name="bounce-dsn-google", **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
     date="Mon, 09 Sep 2024 01:00:30 +0000", subject="Delivery Status Notification (Failure)",
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="b85dsn"

--b85dsn
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the address couldn't be found.

--b85dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 09 Sep 2024 01:00:28 +0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--b85dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [KCSC-240909-01] Removal request
Message-ID: <req-240909-01@kcsc.example>

--b85dsn--
""",
     outcome="ignored", classification="bounce",
     imitates="Gmail 'Address not found' delivery status notification",
     why="bounce of our request: ignored",
     items={})

case(name="yt-outlook-quoted-removed-words", **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Thu, 19 Sep 2024 05:00:00 +0000", subject="RE: [KCSC-240909-01] Removal request", reply_to_req="req-240909-01",
     body=f"""Hello,

We have reviewed the remaining items. The video {Y[13]} was age-restricted; it is
no longer visible to signed-out users or viewers under 18.

YouTube Legal Support

{quoted_request("KCSC-240909-01", "Monday, September 9, 2024 10:00 AM", Y[8:], style="outlook")}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook-style reply with '-----Original Message-----' block",
     why="only the unquoted sentence counts; the Outlook-quoted request names other items that stay pending",
     items={Y[13]: "restricted"})

HEADER = """# Blind set 85 (issue 11): general mix, English and Korean, large platforms,
# a hosting abuse desk, a file locker, a registrar, a Korean community site,
# informal moderators, doubtful and ignorable mail.
# Written by tests/corpus/blind85/make.py; expected results from meaning, before any run.
"""

if __name__ == "__main__":
    write_set(HERE, "blind85", HEADER, CASES)
    print(len(CASES), "cases")
