#!/usr/bin/env python3
"""Blind set 536: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved
tickets, follow-ups in one thread, replies to our reminders, partial
answers and forwarded mail, written before the reader was run on them.
Expected results come from each email's meaning alone.

    python3 tests/corpus/blind536/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind536"

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
TG = [
    "https://t.me/moonlit_bazaar/1021",
    "https://t.me/moonlit_bazaar/1022",
    "https://t.me/moonlit_bazaar/1040",
    "https://t.me/moonlit_bazaar/1057",
    "https://t.me/greyfinch_deals/88",
    "https://t.me/greyfinch_deals/91",
    "https://t.me/greyfinch_deals/104",
    "https://t.me/paper_lantern_kr/7",
    "https://t.me/paper_lantern_kr/15",
    "https://t.me/paper_lantern_kr/23",
    "https://t.me/s/velvet_rook/310",
    "https://t.me/velvet_rook/311",
    "https://t.me/nightjar_exchange",
]
X = [
    "https://x.com/coldbrew_rumor/status/1831204455120001123",
    "https://x.com/coldbrew_rumor/status/1831209987600002234",
    "https://x.com/tin_sparrow88/status/1831311122330004456",
    "https://x.com/tin_sparrow88",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3fT8bLx2A",
    "https://www.youtube.com/watch?v=h7KpW0zR9sE",
    "https://www.youtube.com/@orchid_relay_tv",
]
NV = [
    "https://blog.naver.com/silverkettle77/223561002345",
    "https://blog.naver.com/silverkettle77/223561009876",
    "https://cafe.naver.com/quietmarket/5531",
    "https://cafe.naver.com/quietmarket/5540",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8&docId=471122334",
]
TISTORY_ENC = "https://mintgarden-log.tistory.com/entry/%EB%B9%84%EB%B0%80-%EC%9E%90%EB%A3%8C%EC%8B%A4"
TISTORY_RAW = "https://mintgarden-log.tistory.com/entry/비밀-자료실"
KK = [TISTORY_ENC, "https://cafe.daum.net/lowtide_club/Xb7q/412"]
DC = ["https://discord.com/channels/1122334455667788990/1199887766554433221/1280011223344556677"]
YT1 = ["https://www.youtube.com/shorts/Zx81LmPq4Tw"]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240903-01", "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", "req-240903-01@kcsc.example",
     'channels "Moonlit Bazaar", greyfinch_deals, paper_lantern_kr and others', TG),
    ("KCSC-240905-02", "x", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "defamation", "req-240905-02@kcsc.example", "two posts, one account and its post", X),
    ("KCSC-240905-03", "youtube", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "privacy", "req-240905-03@kcsc.example", "two videos and a channel", YT),
    ("KCSC-240909-04", "naver", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscenity", "req-240909-04@kcsc.example", "blog, cafe and 지식iN posts", NV),
    ("KCSC-240910-05", "kakao", "2024-09-10T10:15:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", "req-240910-05@kcsc.example", "Tistory entry (Korean slug), Daum cafe post", KK),
    ("KCSC-240911-06", "discord", "2024-09-11T16:20:00+09:00", "2024-09-18T18:00:00+09:00",
     "gambling", "req-240911-06@kcsc.example", "one message link", DC),
    ("KCSC-240912-07", "youtube", "2024-09-12T13:05:00+09:00", "2024-09-19T18:00:00+09:00",
     "drugs", "req-240912-07@kcsc.example", "one Short", YT1),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------
def b64(text, enc="utf-8"):
    return base64.encodebytes(text.encode(enc)).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def part(ctype, body, cte="8bit", disp=None):
    h = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    if disp:
        h.append(f"Content-Disposition: {disp}")
    return "\n".join(h) + "\n\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, preamble=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"', ""]
    if preamble:
        out.append(preamble)
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


OUR_REQUEST_TG = "\n".join(
    ["Dear Telegram,", "",
     "The Korea Communications Standards Commission asks you to remove the",
     "following content, which is illegal under Korean law (our reference",
     "KCSC-240903-01):", ""] + TG +
    ["", "Please remove it by 10 September 2024 and tell us what was done.", "",
     "KCSC Takedown desk"])


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


cases = []


def case(**kw):
    cases.append(kw)


# ==========================================================================
# APPLIED
# ==========================================================================

case(name="tg-zendesk-solved-three-lines",
     **{"from": "support@telegram.org"}, name_from="Telegram Support",
     date="Mon, 09 Sep 2024 16:02:11 +0400",
     subject="[Telegram Support] Request #58231 solved: KCSC-240903-01",
     reply_to_req="req-240903-01",
     body="""
##- Please type your reply above this line -##

Your request (#58231) has been solved. If anything is still open, reply
to this email and the request will be reopened.

Mira K. (Telegram Support)
Sep 9, 2024, 16:02 GMT+4

Hello,

After reviewing request KCSC-240903-01 we took the following steps:

https://t.me/moonlit_bazaar/1021 - removed
https://t.me/moonlit_bazaar/1022 - removed
https://t.me/moonlit_bazaar/1040 - we could not find this post; the link does not lead to any message in the channel.

Kind regards,
Mira
Telegram Support

--------------------------------
This email is a service from Telegram Support.
[R4KX2-7QPW]
""",
     outcome="applied", classification="confirmation",
     imitates="Zendesk 'request solved' notification with the agent's last comment",
     why="agent's comment gives an item-level status for three posts; the ticket footer names no item",
     items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"})

case(name="tg-freshdesk-top-posted-over-request",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
     date="Fri, 06 Sep 2024 12:44:03 +0000",
     subject="Re: KCSC-240903-01 Request to remove illegal content [#TG-77120]",
     reply_to_req="req-240903-01",
     body=f"""
Hello KCSC team,

We have gone through the first part of your list. The channel
https://t.me/nightjar_exchange has been blocked and can no longer be opened.
The posts https://t.me/greyfinch_deals/88 and https://t.me/greyfinch_deals/91
were deleted by our moderators.

We will answer on the remaining links separately.

Best,
Yusuf
Telegram Abuse Team

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(OUR_REQUEST_TG)}
""",
     outcome="applied", classification="confirmation",
     imitates="Freshdesk agent reply top-posted over the quoted request (Gmail quoting)",
     why="three items stated above the quote; the quoted request lists all thirteen and changes nothing",
     items={TG[12]: "removed", TG[4]: "removed", TG[5]: "removed"})

case(name="tg-helpscout-html-table",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
     date="Sat, 07 Sep 2024 09:15:40 +0000",
     subject="Re: KCSC-240903-01 [#TG-77120] outcome for paper_lantern_kr",
     reply_to_req="req-240903-01", type="html",
     body="""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi,</p>
<p>Here is the outcome for the posts of the channel paper_lantern_kr in
ticket #TG-77120 (your reference KCSC-240903-01):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Result</th></tr>
<tr><td><a href="https://t.me/paper_lantern_kr/7">https://t.me/paper_lantern_kr/7</a></td><td>Removed</td></tr>
<tr><td><a href="https://t.me/paper_lantern_kr/15">https://t.me/paper_lantern_kr/15</a></td><td>Removed</td></tr>
<tr><td><a href="https://t.me/paper_lantern_kr/23">https://t.me/paper_lantern_kr/23</a></td><td>No action &ndash; does not violate the Telegram Terms of Service</td></tr>
</table>
<p>Thanks,<br>Anna<br>Telegram Abuse Team</p>
<p style="color:#999;font-size:11px">Conversation #TG-77120 &middot; Reply to this email to continue the conversation.</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="HelpScout-style HTML reply with a result table",
     why="HTML table: two removed, one refused because it breaks no rule",
     items={TG[7]: "removed", TG[8]: "removed", TG[9]: "rejected"})

CSV_TG = """url,action,date
https://t.me/moonlit_bazaar/1057,removed,2024-09-12
https://t.me/velvet_rook/310,removed,2024-09-12
https://t.me/velvet_rook/311,removed,2024-09-12
https://t.me/greyfinch_deals/104,content not found,2024-09-12
"""
case(name="tg-freshdesk-csv-attachment",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
     date="Thu, 12 Sep 2024 18:30:00 +0000",
     subject="Re: KCSC-240903-01 Request to remove illegal content [#TG-77120]",
     reply_to_req="req-240903-01",
     raw_mime=multipart("mixed", "=_tg77120_a", [
         part("text/plain; charset=utf-8", """
Hello,

The results for the remaining posts of KCSC-240903-01 are in the attached
file.

Telegram Abuse Team
"""),
         part('text/csv; charset=utf-8; name="results_TG-77120.csv"', CSV_TG,
              disp='attachment; filename="results_TG-77120.csv"'),
     ]),
     outcome="applied", classification="confirmation",
     imitates="helpdesk reply whose results come as a CSV attachment",
     why="CSV rows state removed x3 and not found x1; t.me/velvet_rook/310 is the same post as the requested t.me/s/velvet_rook/310",
     items={TG[3]: "removed", TG[10]: "removed", TG[11]: "removed", TG[6]: "not_found"})

case(name="tg-reply-to-reminder-gmail-quote",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
     date="Mon, 16 Sep 2024 11:20:45 +0000",
     subject="Re: [Reminder] KCSC-240903-01: items still online after the deadline",
     reply_to_req="req-240903-01",
     body="""
Hi,

Thanks for the reminder. https://t.me/paper_lantern_kr/23 was taken down
yesterday.

Regards,
Telegram Abuse Team

On Mon, Sep 16, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: the following items of request KCSC-240903-01 were due on
> 10 September 2024 and are still pending:
>
> https://t.me/moonlit_bazaar/1040
> https://t.me/paper_lantern_kr/23
> https://t.me/velvet_rook/311
>
> Please tell us what was done.
>
> KCSC Takedown desk
""",
     outcome="applied", classification="confirmation",
     imitates="agent's short reply to a reminder, Gmail quoting the reminder",
     why="one item stated; the other two appear only in the quoted reminder",
     items={TG[9]: "removed", TG[2]: "pending", TG[11]: "pending"})

QP_BODY = ("Dear KCSC,\n\n"
           "Regarding your request KCSC-240903-01 (our ticket #TG-77120): the posts https://t.me/moonlit_bazaar/1021 "
           "and https://t.me/moonlit_bazaar/1022 have been removed from the channel \u201cMoonlit Bazaar\u201d for breaching our Terms of Service.\n\n"
           "We are still examining the other links of your request and will write again once we have a decision.\n\n"
           "Telegram Abuse Team\n")
case(name="tg-partial-answer-quoted-printable",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
     date="Wed, 04 Sep 2024 15:05:12 +0000",
     subject="Re: KCSC-240903-01 [#TG-77120] first results",
     reply_to_req="req-240903-01",
     raw_mime=part("text/plain; charset=utf-8", qp(QP_BODY), cte="quoted-printable"),
     outcome="applied", classification="confirmation",
     imitates="partial answer from an abuse desk, quoted-printable with soft line breaks",
     why="two posts removed; 'the other links' are promised a later answer and stay pending",
     items={TG[0]: "removed", TG[1]: "removed"})

case(name="x-jira-resolved-bullets",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
     date="Tue, 10 Sep 2024 07:51:09 +0000",
     subject="[JIRA] (LEGAL-44120) KCSC-240905-02 Regulator request - Resolved",
     reply_to_req="req-240905-02",
     body="""
—-—-—-—-—-—-—-—-—-—-
Reply above this line.

Your request LEGAL-44120 has been resolved.

X Legal Operations commented:

Hello,

We have reviewed the request from the Korea Communications Standards
Commission (KCSC-240905-02). Outcome:

* https://x.com/coldbrew_rumor/status/1831204455120001123 — withheld in South Korea
* https://x.com/coldbrew_rumor/status/1831209987600002234 — withheld in South Korea
* https://x.com/tin_sparrow88 — account suspended for violating the X Rules

Regards,
X Legal Operations

View request · Turn off this request's notifications
This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
     outcome="applied", classification="confirmation",
     imitates="Jira Service Management 'request resolved' customer notification",
     why="two posts withheld in KR (restricted), account suspended (removed); the account's own post is not spoken about",
     items={X[0]: "restricted", X[1]: "restricted", X[3]: "removed"})

case(name="x-url-then-action-line",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
     date="Mon, 09 Sep 2024 02:10:33 +0000",
     subject="Re: KCSC-240905-02 [LEGAL-44120] update",
     reply_to_req="req-240905-02",
     body="""
Hello,

Update on KCSC-240905-02:

https://x.com/coldbrew_rumor/status/1831204455120001123
Action: Withheld in KR

https://x.com/tin_sparrow88/status/1831311122330004456
Action: None. The post does not violate the X Rules or Korean law as we
assessed it, and it remains available.

Thanks,
X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="agent reply with bare URLs, the action on the line below each",
     why="status line under each URL: restricted and rejected",
     items={X[0]: "restricted", X[2]: "rejected"})

case(name="yt-helpscout-three-outcomes",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     date="Wed, 11 Sep 2024 20:31:50 +0000",
     subject="Re: KCSC-240905-03 [#HS-902118]",
     reply_to_req="req-240905-03",
     body="""
Hi there,

Thanks for your patience while we looked into this.

- https://www.youtube.com/watch?v=Qm3fT8bLx2A: removed from YouTube for
  violating our harassment and cyberbullying policy.
- https://www.youtube.com/watch?v=h7KpW0zR9sE: we have applied an age
  restriction, so it can no longer be watched signed-out or by viewers
  under 18.
- https://www.youtube.com/@orchid_relay_tv: after review, the channel
  does not violate our Community Guidelines and we are leaving it up.

Our policies are described at https://support.google.com/youtube/answer/2802268.

Best,
Priya
YouTube Legal Support

Conversation #HS-902118 | Reply to this email to continue
""",
     outcome="applied", classification="confirmation",
     imitates="HelpScout-style support reply with a bulleted outcome per URL",
     why="removed, age-restricted (restricted), and refused as compliant (rejected); the help link is no item",
     items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected"})

case(name="yt-one-item-actioned-no-url",
     **{"from": "trust-safety@youtube.com"}, name_from="YouTube Trust & Safety",
     date="Fri, 13 Sep 2024 04:12:00 +0000",
     subject="Re: KCSC-240912-07 Notice of illegal content",
     reply_to_req="req-240912-07",
     body="""
Hello,

Thank you for your notice KCSC-240912-07. Following our review, the
content you reported has been actioned under our policies.

YouTube Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="terse legal-removal outcome naming no URL",
     why="one-item request; 'actioned under our policies' is the platform's removal phrase",
     items={YT1[0]: "removed"})

case(name="naver-cs-answer-numbered",
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
     date="Wed, 11 Sep 2024 17:40:00 +0900",
     subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240909-04)",
     reply_to_req="req-240909-04",
     body="""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240909-04)에 대한
처리 결과를 아래와 같이 안내드립니다.

1. https://blog.naver.com/silverkettle77/223561002345
   → 게시중단 처리 완료
2. https://cafe.naver.com/quietmarket/5531
   → 임시조치(30일) 적용
3. https://cafe.naver.com/quietmarket/5540
   → 작성자가 이미 삭제한 게시물입니다.

나머지 게시물은 검토를 마치는 대로 별도로 회신드리겠습니다.

네이버 고객센터 드림
※ 본 메일은 발신 전용이 아니며, 회신하시면 같은 문의에 추가됩니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 문의 답변 (처리 결과 안내)",
     why="게시중단 removed, 임시조치 restricted, deleted by its author not_found; the rest promised",
     items={NV[0]: "removed", NV[2]: "restricted", NV[3]: "not_found"})

case(name="naver-korean-particles-after-url",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date="Fri, 13 Sep 2024 10:02:00 +0900",
     subject="RE: [방심위] KCSC-240909-04 추가 회신",
     reply_to_req="req-240909-04",
     body="""
담당자님 안녕하세요.

https://blog.naver.com/silverkettle77/223561009876 게시물은 블라인드 처리되었습니다.

https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8&docId=471122334의 경우 검토 결과 관련 법령 및 운영정책에 위반되지 않는 것으로 판단되어 게시를 유지합니다.

감사합니다.
네이버 정책지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER policy team follow-up in the same thread, Korean particles glued to URLs",
     why="블라인드 removed; 지식iN post kept as not unlawful (rejected)",
     items={NV[1]: "removed", NV[4]: "rejected"})

case(name="kakao-tistory-raw-korean-url",
     **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     date="Thu, 12 Sep 2024 14:25:00 +0900",
     subject="[카카오 고객센터] 권리침해 신고 처리 결과 안내 (KCSC-240910-05)",
     reply_to_req="req-240910-05",
     body=f"""
안녕하세요, 카카오 고객센터입니다.

접수하신 요청(KCSC-240910-05) 중 아래 티스토리 게시물에 대한 처리 결과를 안내드립니다.

- 대상: {TISTORY_RAW}
- 처리 결과: 게시중단

다음 카페 게시물은 담당 부서에서 확인 중이며, 결과가 나오면 이 문의로 다시 안내드리겠습니다.

문의번호: 2409-118274
카카오 고객센터
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 고객센터 권리침해 신고 처리 결과 안내",
     why="raw Korean path matches the percent-encoded request URL; 게시중단 removed; the cafe post is 'being checked' and stays pending",
     items={TISTORY_ENC: "removed", KK[1]: "pending"})

KK_HTML = """<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 KCSC-240910-05 관련 처리 결과를 알려드립니다.</p>
<ul>
<li><a href="https://cafe.daum.net/lowtide_club/Xb7q/412">https://cafe.daum.net/lowtide_club/Xb7q/412</a> : 국내 접속 제한 조치 완료</li>
</ul>
<p>Daum 카페 운영팀 드림</p>
</body></html>
"""
case(name="kakao-daum-cafe-html-base64",
     **{"from": "cafe-admin@daum.net"}, name_from="Daum 카페 운영팀",
     date="Fri, 13 Sep 2024 09:11:00 +0900",
     subject="[Daum 카페] 요청하신 게시물 처리 결과 (KCSC-240910-05)",
     reply_to_req="req-240910-05",
     raw_mime=part("text/html; charset=utf-8", b64(KK_HTML), cte="base64"),
     outcome="applied", classification="confirmation",
     imitates="Daum 카페 운영팀 HTML notice, base64-encoded",
     why="국내 접속 제한 = blocked in Korea: restricted",
     items={KK[1]: "restricted"})

case(name="discord-url-in-angle-brackets",
     **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
     date="Sat, 14 Sep 2024 01:03:27 +0000",
     subject="Re: KCSC-240911-06 [Ticket #31877402]",
     reply_to_req="req-240911-06",
     body="""
Hi there,

Thanks for your report. We investigated the message at
<https://discord.com/channels/1122334455667788990/1199887766554433221/1280011223344556677>
and removed it for violating Discord's Community Guidelines. We also took
action against the account that posted it.

You can read more about our rules at <https://discord.com/guidelines>.

Discord Trust & Safety
Ticket #31877402
""",
     outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety ticket reply",
     why="the message, named in angle brackets on its own line, was removed; the guidelines link is no item",
     items={DC[0]: "removed"})

case(name="kakao-reminder-reply-outlook",
     **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책운영팀",
     date="Thu, 19 Sep 2024 16:48:00 +0900",
     subject="RE: [Reminder] KCSC-240910-05: items still online after the deadline",
     reply_to_req="req-240910-05",
     body=f"""
담당자님 안녕하세요.

재요청 주신 건 확인하였습니다.
https://cafe.daum.net/lowtide_club/Xb7q/412 게시물은 9월 19일자로 삭제 조치되었습니다.

감사합니다.
카카오 정책운영팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 9:00 AM
To: policy@kakaocorp.com
Subject: [Reminder] KCSC-240910-05: items still online after the deadline

The following items of request KCSC-240910-05 were due on 17 September 2024
and are still pending:

{TISTORY_ENC}
https://cafe.daum.net/lowtide_club/Xb7q/412

Please tell us what was done.
KCSC Takedown desk
""",
     outcome="applied", classification="confirmation",
     imitates="Korean reply to our reminder, Outlook '-----Original Message-----' quoting",
     why="cafe post 삭제 (removed) above the quote; the Tistory entry appears only in the quoted reminder",
     items={KK[1]: "removed", TISTORY_ENC: "pending"})

case(name="tg-outlook-update-blocked-invalid",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
     date="Tue, 10 Sep 2024 08:00:19 +0000",
     subject="RE: KCSC-240903-01 Request to remove illegal content",
     reply_to_req="req-240903-01",
     body=f"""
Hello,

Update on KCSC-240903-01:
https://t.me/paper_lantern_kr/23 is now blocked for all users.
https://t.me/paper_lantern_kr/7 - this link is invalid; no post with this
number exists in the channel.

Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@telegram.org
Subject: KCSC-240903-01 Request to remove illegal content

{OUR_REQUEST_TG}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply above '-----Original Message-----' with the unprefixed request",
     why="blocked for all users (removed) and invalid link (not_found); the request below the separator is quoted",
     items={TG[9]: "removed", TG[7]: "not_found"})

case(name="tg-url-on-line-below-statement",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
     date="Fri, 13 Sep 2024 13:37:00 +0000",
     subject="Re: KCSC-240903-01 [#TG-77120]",
     reply_to_req="req-240903-01",
     body="""
Hello,

This concerns your request KCSC-240903-01.

The following post has been removed:
https://t.me/greyfinch_deals/104

We were unable to locate the following post; it does not exist:
https://t.me/velvet_rook/311

Regards,
Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="abuse-desk reply with each statement ending in ':' and its URL below",
     why="removed and not_found, each URL on the line below its statement",
     items={TG[6]: "removed", TG[11]: "not_found"})

case(name="x-korean-fullwidth-punctuation",
     **{"from": "legal-kr@x.com"}, name_from="X 한국 법무팀",
     date="Thu, 12 Sep 2024 15:20:00 +0900",
     subject="RE: KCSC-240905-02 삭제 요청 회신",
     reply_to_req="req-240905-02",
     body="""
안녕하세요, 방송통신심의위원회 담당자님.

요청번호 KCSC-240905-02 관련하여 아래와 같이 회신드립니다.

・https://x.com/coldbrew_rumor/status/1831209987600002234，해당 게시물은 대한민국 내에서 접근이 제한(Withheld in KR)되었습니다.
・https://x.com/tin_sparrow88：해당 계정은 X 규칙 위반으로 영구 정지되었습니다.

감사합니다.
X 법무팀
""",
     outcome="applied", classification="confirmation",
     imitates="X Korea legal reply in Korean with full-width comma and colon after URLs",
     why="접근 제한 in Korea restricted; account permanently suspended removed",
     items={X[1]: "restricted", X[3]: "removed"})

case(name="tg-receipt-with-result",
     **{"from": "support@telegram.org"}, name_from="Telegram Support",
     date="Thu, 12 Sep 2024 06:55:00 +0000",
     subject="[Telegram Support] Re: KCSC-240903-01 moonlit_bazaar (#58990)",
     reply_to_req="req-240903-01",
     body="""
##- Please type your reply above this line -##

Thank you for contacting Telegram Support. We have received your message
and created request #58990.

Our moderators have already checked the link in it:
https://t.me/moonlit_bazaar/1057 has been removed.

Telegram Support
""",
     outcome="applied", classification="confirmation",
     imitates="ticket receipt that already carries the result",
     why="a receipt phrase plus an unhedged item statement is not a pure acknowledgement",
     items={TG[3]: "removed"})

NV_CSV = "\ufeff번호,URL,처리결과,비고\n" \
         "1,https://cafe.naver.com/quietmarket/5531,게시중단,\n" \
         "2,https://cafe.naver.com/quietmarket/5540,게시중단,\n" \
         "3,https://blog.naver.com/silverkettle77/223561002345,조치 불가,위법성 불인정(게시 유지)\n"
case(name="naver-csv-attachment-base64",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date="Mon, 16 Sep 2024 11:00:00 +0900",
     subject="RE: KCSC-240909-04 처리 결과 송부",
     reply_to_req="req-240909-04",
     raw_mime=multipart("mixed", "----=_NaverPart_0916", [
         part("text/plain; charset=utf-8", """
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240909-04 요청 건의 처리 결과를 첨부 파일로 보내드립니다.

감사합니다.
"""),
         part('text/csv; charset=utf-8; name="KCSC-240909-04_result.csv"', b64(NV_CSV), cte="base64",
              disp='attachment; filename="KCSC-240909-04_result.csv"'),
     ]),
     outcome="applied", classification="confirmation",
     imitates="Korean portal result sheet sent as a base64 CSV attachment (with BOM)",
     why="게시중단 x2 removed; 조치 불가 with 위법성 불인정(게시 유지) is a refusal with its reason: rejected",
     items={NV[2]: "removed", NV[3]: "removed", NV[0]: "rejected"})

case(name="yt-zendesk-thread-latest-on-top",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 18:40:00 +0000",
     subject="[YouTube Legal Support] Re: KCSC-240905-03 (#HS-902118)",
     reply_to_req="req-240905-03",
     body="""
##- Please type your reply above this line -##

Dana (YouTube Legal Support)
Sep 13, 2024, 11:40 PDT

Hello again,

The video https://www.youtube.com/watch?v=Qm3fT8bLx2A has now been removed.

Dana

---------------------------------------------

Dana (YouTube Legal Support)
Sep 6, 2024, 09:12 PDT

Hello,

We have received the links below and will review them:
https://www.youtube.com/watch?v=Qm3fT8bLx2A
https://www.youtube.com/watch?v=h7KpW0zR9sE

Dana

---------------------------------------------

KCSC Takedown
Sep 5, 2024, 14:00 KST

Please remove the following content (KCSC-240905-03):
https://www.youtube.com/watch?v=Qm3fT8bLx2A
https://www.youtube.com/watch?v=h7KpW0zR9sE
https://www.youtube.com/@orchid_relay_tv

--------------------------------
This email is a service from YouTube Legal Support.
""",
     outcome="applied", classification="confirmation",
     imitates="Zendesk thread notification: newest comment first, older comments below without '>'",
     why="newest comment removes one video; the older 'will review' and our own request below change nothing",
     items={YT[0]: "removed", YT[1]: "pending", YT[2]: "pending"})

case(name="tg-numbered-mixed-decisions",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
     date="Sun, 08 Sep 2024 10:10:10 +0000",
     subject="Re: KCSC-240903-01 [#TG-77120] decisions",
     reply_to_req="req-240903-01",
     body="""
Dear KCSC,

Our decisions on the items of KCSC-240903-01 (ticket #TG-77120):

1) https://t.me/moonlit_bazaar/1021 — removed.
2) https://t.me/moonlit_bazaar/1022 — not removed: after review we found no
   breach of the Telegram Terms of Service, so the post stays up.
3) https://t.me/greyfinch_deals/88 — restricted: made unavailable to users
   in South Korea.
4) https://t.me/paper_lantern_kr/15 — not found: the post no longer exists;
   it was deleted by the channel owner.
5) https://t.me/nightjar_exchange — channel blocked.

Decisions on the other items will follow.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="numbered decision list from an abuse desk",
     why="five items: removed, rejected, restricted (KR only), not_found (author deleted), removed",
     items={TG[0]: "removed", TG[1]: "rejected", TG[4]: "restricted", TG[8]: "not_found", TG[12]: "removed"})

case(name="x-removed-with-help-links",
     **{"from": "support@x.com"}, name_from="X Support",
     date="Wed, 11 Sep 2024 22:14:05 +0000",
     subject="Your report to X - case 0923-KR-5521 (KCSC-240905-02)",
     reply_to_req="req-240905-02",
     body="""
Hello,

We've removed the post you reported
(https://x.com/coldbrew_rumor/status/1831209987600002234) for violating our
rules on sharing private information.

If you have questions, see
https://help.x.com/en/rules-and-policies/personal-information
or file an appeal at https://help.x.com/forms/account-access/appeals.

Thanks,
X Support
""",
     outcome="applied", classification="confirmation",
     imitates="X Support report-outcome email with help-centre links",
     why="one post removed, its URL in parentheses; help and appeal pages are no items",
     items={X[1]: "removed"})

case(name="kakao-both-items-list",
     **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책운영팀",
     date="Tue, 17 Sep 2024 13:30:00 +0900",
     subject="RE: KCSC-240910-05 시정요구 조치결과 회신",
     reply_to_req="req-240910-05",
     body=f"""
안녕하세요. 카카오 정책운영팀입니다.

KCSC-240910-05 시정요구에 대한 조치결과를 회신드립니다.

- {TISTORY_ENC} : 게시중단
- https://cafe.daum.net/lowtide_club/Xb7q/412 : 임시조치(30일)

문의 사항이 있으시면 이 메일로 회신 부탁드립니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신, bulleted 'URL : 결과'",
     why="게시중단 removed; 임시조치 restricted",
     items={TISTORY_ENC: "removed", KK[1]: "restricted"})

# Second solved ticket: whole-thread Zendesk solved with end-of-life wording.
case(name="discord-freshdesk-resolved-quoted-request",
     **{"from": "legal@discord.com"}, name_from="Discord Legal",
     date="Mon, 16 Sep 2024 17:45:00 +0000",
     subject="Re: KCSC-240911-06 Request to remove illegal content [Resolved]",
     reply_to_req="req-240911-06",
     body="""
Hello,

We disabled the message you listed in your request; it is no longer
visible to anyone on Discord. We are marking this ticket as resolved.

Discord Legal

> From: KCSC Takedown <takedown@kcsc.example>
> Sent: 11 September 2024 16:20
> Subject: KCSC-240911-06 Request to remove illegal content
>
> Please remove the following message (our reference KCSC-240911-06):
> https://discord.com/channels/1122334455667788990/1199887766554433221/1280011223344556677
""",
     outcome="applied", classification="confirmation",
     imitates="Freshdesk 'resolved' agent reply over the quoted request",
     why="one-item request: 'the message you listed' disabled is item-level; the URL is only in the quote",
     items={DC[0]: "removed"})

# ==========================================================================
# REVIEW
# ==========================================================================

case(name="tg-promise-scheduled",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
     date="Tue, 17 Sep 2024 09:02:00 +0000",
     subject="Re: [Reminder] KCSC-240903-01: items still online after the deadline",
     reply_to_req="req-240903-01",
     body="""
Hello,

Thank you for following up. The posts https://t.me/paper_lantern_kr/15 and
https://t.me/paper_lantern_kr/23 are scheduled for removal and will be
removed within 24 hours.

Telegram Abuse Team
""",
     outcome="review", review="not_understood",
     imitates="reply to a reminder that only promises action",
     why="'will be removed' is a promise, not a statement",
     items={TG[8]: "pending", TG[9]: "pending"})

case(name="x-hedged-still-checking",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
     date="Sat, 07 Sep 2024 03:33:00 +0000",
     subject="Re: KCSC-240905-02 [LEGAL-44120] status",
     reply_to_req="req-240905-02",
     body="""
Hello,

Our records indicate that
https://x.com/coldbrew_rumor/status/1831204455120001123 may have been
withheld already, and https://x.com/tin_sparrow88 appears to be suspended.
We are confirming this with the enforcement team and will get back to you.

X Legal Operations
""",
     outcome="review", review="not_understood",
     imitates="Jira agent interim comment with hedged statuses",
     why="'may have been' and 'appears to be' are hedges; both stay pending",
     items={X[0]: "pending", X[3]: "pending"})

case(name="naver-bulk-all-five",
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
     date="Tue, 17 Sep 2024 10:10:00 +0900",
     subject="[네이버 고객센터] 문의 처리 완료 안내 (KCSC-240909-04)",
     reply_to_req="req-240909-04",
     body="""
안녕하세요. 네이버 고객센터입니다.

KCSC-240909-04로 요청하신 게시물 5건 모두 게시중단 조치를 완료하였습니다.

본 문의는 처리 완료 상태로 변경되었습니다. 추가 문의가 있으시면 회신해 주세요.

네이버 고객센터 드림
""",
     outcome="review", review="bulk",
     imitates="Korean portal '처리 완료' ticket notice covering the whole request",
     why="all five items at once without naming any: bulk",
     items={u: "pending" for u in NV})

case(name="tg-zendesk-solved-all-removed",
     **{"from": "support@telegram.org"}, name_from="Telegram Support",
     date="Thu, 19 Sep 2024 12:00:00 +0400",
     subject="[Telegram Support] Request #58231 solved: KCSC-240903-01",
     reply_to_req="req-240903-01",
     body="""
##- Please type your reply above this line -##

Your request (#58231) has been solved. If anything is still open, reply
to this email and the request will be reopened.

Mira K. (Telegram Support)
Sep 19, 2024, 12:00 GMT+4

Hello,

All the content reported in KCSC-240903-01 has been removed. We are now
closing this request.

Mira
Telegram Support

--------------------------------
This email is a service from Telegram Support.
[R4KX2-8ZTT]
""",
     outcome="review", review="bulk",
     imitates="Zendesk solved notification with a blanket statement",
     why="'all the content' of a thirteen-item request, no item named",
     items={u: "pending" for u in TG})

case(name="tg-dkim-fail-claim",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team", auth="fail",
     date="Sat, 14 Sep 2024 19:19:19 +0000",
     subject="Re: KCSC-240903-01 [#TG-77120]",
     reply_to_req="req-240903-01",
     body="""
Hello,

https://t.me/velvet_rook/311 has been deleted.

Telegram Abuse Team
""",
     outcome="review", review="untrusted",
     imitates="abuse-desk reply that fails DKIM/SPF/DMARC",
     why="platform domain but authentication failed",
     items={TG[11]: "pending"})

case(name="discord-zendesk-subdomain-sender",
     **{"from": "support@discordapp.zendesk.com"}, name_from="Discord",
     date="Fri, 13 Sep 2024 23:40:00 +0000",
     subject="[Discord] Re: KCSC-240911-06 (#31877402)",
     reply_to_req="req-240911-06",
     body="""
##- Please type your reply above this line -##

Hi,

The reported message
https://discord.com/channels/1122334455667788990/1199887766554433221/1280011223344556677
has been removed.

Discord Trust & Safety

This email is a service from Discord.
""",
     outcome="review", review="unknown_sender",
     imitates="helpdesk mail sent from the vendor's default subdomain instead of the platform's domain",
     why="zendesk.com is not a configured sender of Discord (or any platform)",
     items={DC[0]: "pending"})

case(name="naver-forwarded-from-cafe-team",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date="Thu, 12 Sep 2024 18:05:00 +0900",
     subject="Fwd: [카페운영] KCSC-240909-04 quietmarket 게시물 조치",
     body="""
위원회 담당자님,

카페 운영팀 회신 내용 아래에 전달드립니다.

---------- Forwarded message ---------
From: 네이버 카페 운영팀 <cafe-ops@navercorp.com>
Date: 2024년 9월 12일 (목) 오후 5:30
Subject: [카페운영] KCSC-240909-04 quietmarket 게시물 조치
To: NAVER 정책지원 <policy@navercorp.com>

https://cafe.naver.com/quietmarket/5531 게시물 게시중단 처리했습니다.
https://cafe.naver.com/quietmarket/5540 게시물은 작성자 삭제로 확인됩니다.
""",
     outcome="review", review="forwarded", classification="forwarded",
     imitates="platform staff forwarding an internal team's reply (Gmail 'Forwarded message')",
     why="the statements are in forwarded text; the forwarder's own lines state nothing about items",
     items={NV[2]: "pending", NV[3]: "pending"})

case(name="naver-not-our-service-daum-url",
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
     date="Fri, 13 Sep 2024 15:15:00 +0900",
     subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다.",
     body="""
안녕하세요. 네이버 고객센터입니다.

문의하신 https://cafe.daum.net/lowtide_club/Xb7q/412 은 네이버에서 운영하는
서비스가 아니어서 당사에서 확인되지 않는 게시물입니다. 해당 서비스 운영사에
요청해 주시기 바랍니다.

네이버 고객센터 드림
""",
     outcome="review", review="wrong_platform",
     imitates="portal help-desk answer to a mis-addressed question",
     why="NAVER speaks about a Kakao (Daum) item; it cannot set that item's status",
     items={KK[1]: "pending"})

case(name="naver-asks-for-documents",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date="Wed, 11 Sep 2024 11:11:00 +0900",
     subject="RE: KCSC-240909-04 자료 요청",
     reply_to_req="req-240909-04",
     body="""
담당자님 안녕하세요.

https://blog.naver.com/silverkettle77/223561009876 게시물의 조치 검토를 위해
시정요구 결정서 사본과 위반 내용이 확인되는 부분(문단 또는 이미지 위치)을
회신해 주시기 바랍니다. 자료를 받는 대로 검토를 진행하겠습니다.

감사합니다.
네이버 정책지원팀
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Korean portal request for supporting documents before acting",
     why="asks for documents; no status stated",
     items={NV[1]: "pending"})

case(name="yt-conditional-removal",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     date="Mon, 09 Sep 2024 16:00:00 +0000",
     subject="Re: KCSC-240905-03 [#HS-902118]",
     reply_to_req="req-240905-03",
     body="""
Hi,

We have notified the uploader. If the video
https://www.youtube.com/watch?v=h7KpW0zR9sE is not edited within 7 days,
it will be removed.

Best,
Priya
YouTube Legal Support
""",
     outcome="review", review="not_understood",
     imitates="support reply announcing a conditional future removal",
     why="conditional promise; the video stays pending",
     items={YT[1]: "pending"})

case(name="tg-satisfaction-survey",
     **{"from": "support@telegram.org"}, name_from="Telegram Support",
     date="Sat, 21 Sep 2024 08:00:00 +0400",
     subject="How would you rate the support you received?",
     body="""
Hello,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://telegram-support.example/hc/requests/58231/satisfaction/good

Bad, I'm unsatisfied
https://telegram-support.example/hc/requests/58231/satisfaction/bad

Here's a reminder of what your request was about:
Content removal request (channel posts)

Telegram Support
""",
     outcome="review", review="no_claims",
     imitates="Zendesk customer-satisfaction survey after a solved ticket",
     why="trusted platform mail that names no requested item and no request reference",
     items={})

case(name="kakao-korean-promise",
     **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책운영팀",
     date="Fri, 13 Sep 2024 10:30:00 +0900",
     subject="RE: KCSC-240910-05 시정요구 관련",
     reply_to_req="req-240910-05",
     body=f"""
안녕하세요. 카카오 정책운영팀입니다.

{TISTORY_RAW} 게시물은 내부 검토 후 게시중단 조치할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="Korean interim reply: 조치할 예정",
     why="'조치할 예정입니다' is a promise; the entry stays pending",
     items={TISTORY_ENC: "pending"})

# ==========================================================================
# IGNORED
# ==========================================================================

case(name="tg-zendesk-receipt",
     **{"from": "support@telegram.org"}, name_from="Telegram Support",
     date="Tue, 03 Sep 2024 09:05:00 +0400",
     subject="[Telegram Support] Re: KCSC-240903-01 Request to remove illegal content (#58231)",
     reply_to_req="req-240903-01",
     body="""
##- Please type your reply above this line -##

Thanks for writing in. We have logged your message as request #58231 and
a member of our team will look at it. You can add details by replying to
this email.

Telegram Support

--------------------------------
This email is a service from Telegram Support.
[R4KX2-1AAB]
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk 'request received' automatic receipt",
     why="pure acknowledgement, nothing about items",
     items={})

case(name="x-jira-request-created-echo",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
     date="Thu, 05 Sep 2024 02:31:00 +0000",
     subject="[JIRA] (LEGAL-44120) KCSC-240905-02 Regulator request",
     reply_to_req="req-240905-02",
     body="""
—-—-—-—-—-—-—-—-—-—-
Reply above this line.

We received your request. Your reference is LEGAL-44120.
You'll hear from us when there is an update.

Summary: KCSC-240905-02 Regulator request
Description:
  Please remove the following content:
  https://x.com/coldbrew_rumor/status/1831204455120001123
  https://x.com/coldbrew_rumor/status/1831209987600002234
  https://x.com/tin_sparrow88/status/1831311122330004456
  https://x.com/tin_sparrow88

View request · Turn off this request's notifications
Powered by Jira Service Management
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Jira Service Management 'request created' receipt echoing the description",
     why="receipt; the URLs are only our own submission echoed back",
     items={})

case(name="naver-out-of-office-korean",
     **{"from": "jiyoon.han@navercorp.com"}, name_from="한지윤",
     date="Mon, 09 Sep 2024 09:41:00 +0900",
     subject="[자동회신] RE: KCSC-240909-04 게시물 삭제 요청",
     reply_to_req="req-240909-04",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""
안녕하세요. 한지윤입니다.

9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply (부재중 자동회신)",
     why="auto-reply",
     items={})

DSN_ORIG = """From: KCSC Takedown <takedown@kcsc.example>
To: legal@discord-legal.example
Subject: KCSC-240911-06 Request to remove illegal content
Message-ID: <req-240911-06@kcsc.example>
Date: Wed, 11 Sep 2024 16:20:00 +0900

Please remove the following message (our reference KCSC-240911-06):
https://discord.com/channels/1122334455667788990/1199887766554433221/1280011223344556677
"""
case(name="dsn-bounce-discord-request",
     **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System", auth="none",
     date="Wed, 11 Sep 2024 16:21:04 +0900",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=multipart('report; report-type=delivery-status', "DSN.4421.1726039264/mail.kcsc.example", [
         part("text/plain; charset=us-ascii", """
This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@discord-legal.example>: host mx.discord-legal.example[203.0.113.45]
    said: 550 5.1.1 <legal@discord-legal.example>: Recipient address rejected:
    User unknown in virtual mailbox table
""", cte="7bit"),
         part("message/delivery-status", """
Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 16:20:00 +0900

Final-Recipient: rfc822; legal@discord-legal.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected
""", cte="7bit"),
         part("message/rfc822", DSN_ORIG, cte="7bit"),
     ]),
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification with the original request attached",
     why="bounce of our own request; the URL is in the returned message",
     items={})

case(name="yt-mdn-read-receipt",
     **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
     date="Fri, 06 Sep 2024 01:02:03 +0000",
     subject="Read: KCSC-240905-03 Request to remove illegal content",
     reply_to_req="req-240905-03",
     raw_mime=multipart('report; report-type=disposition-notification', "mdn-7f3a9c", [
         part("text/plain; charset=utf-8", """
Your message

  To: legal-kr@google.com
  Subject: KCSC-240905-03 Request to remove illegal content
  Sent: Thursday, 5 September 2024 14:00

was read on Friday, 6 September 2024 10:02.
""", cte="7bit"),
         part("message/disposition-notification", """
Reporting-UA: mail.google.com; Outlook
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", cte="7bit"),
     ]),
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN)",
     why="read receipt",
     items={})

case(name="kakao-helpdesk-receipt-korean",
     **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     date="Tue, 10 Sep 2024 10:16:30 +0900",
     subject="[카카오 고객센터] 문의가 접수되었습니다. (KCSC-240910-05)",
     reply_to_req="req-240910-05",
     body="""
안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: 2409-118274

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
이 메일은 발신 전용입니다.

카카오 고객센터
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Korean helpdesk 문의 접수 완료 receipt",
     why="pure acknowledgement",
     items={})

case(name="tg-out-of-office-quoting-reminder",
     **{"from": "yusuf.a@telegram.org"}, name_from="Yusuf A.",
     date="Mon, 16 Sep 2024 00:00:41 +0000",
     subject="Automatic reply: [Reminder] KCSC-240903-01: items still online after the deadline",
     reply_to_req="req-240903-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
I am out of the office until 23 September with limited access to email.
For urgent abuse matters please write to abuse@telegram.org.

Yusuf

> Reminder: the following items of request KCSC-240903-01 were due on
> 10 September 2024 and are still pending:
>
> https://t.me/moonlit_bazaar/1040
> https://t.me/paper_lantern_kr/23
> https://t.me/velvet_rook/311
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply' quoting the reminder",
     why="auto-reply; the URLs are quoted",
     items={})

HEADER = """# Blind set 536 (ticket systems and threads). Generated by make.py.
# Expected results written from each email's meaning before any run of the
# reader. Each case is ingested alone into a fresh ledger holding
# requests.csv. See NOTES.md."""

def encode_headers(cs):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    real mail clients send them."""
    from email.header import Header
    for c in cs:
        for k in ("name_from", "subject"):
            v = c.get(k)
            if v and not v.isascii():
                c[k] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(cases)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
