#!/usr/bin/env python3
"""Blind set 908 (focus: ticket systems and threads).

Zendesk/Freshdesk/Jira/Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; the expected results come from each email's meaning alone,
written before the reader was ever run on them.

    python3 tests/corpus/blind908/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/moonlit_sale/status/1832019485106552101",
    "https://x.com/moonlit_sale/status/1832020113847320654",
    "https://x.com/grayharbor77/status/1832114720598016377",
    "https://x.com/grayharbor77/status/1832115004410851882",
    "https://x.com/pinecone_drop/status/1832208831467702290",
    "https://x.com/pinecone_drop/status/1832209958331269433",
    "https://x.com/yeonhwa_market/status/1832301276518744165",
    "https://x.com/tidal_ledger/status/1832377649120083126",
    "https://x.com/tidal_ledger/status/1832378002291437980",
    "https://x.com/quietcourier_kr/status/1832455530916085870",
    "https://x.com/amber_stall9/status/1832510447713771632",
    "https://x.com/amber_stall9/status/1832511873372348501",
    "https://x.com/north_lantern/status/1832602215534993567",
    "https://x.com/north_lantern/status/1832603390820655239",
]
TG = [
    "https://t.me/sallow_exchange/412",
    "https://t.me/sallow_exchange/415",
    "https://t.me/drift_parcel/88",
    "https://t.me/wintermint_kr/1307",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8rLx2A",
    "https://www.youtube.com/watch?v=b7KpW0zNfE4",
    "https://www.youtube.com/shorts/Lr9dHc2Tq0s",
]
NV_RAW3 = "https://in.naver.com/밤바다/contents/internal/716230488391296"
NV = [
    "https://blog.naver.com/sunset_rowboat/223559014872",
    "https://cafe.naver.com/coinharbor/58213",
    "https://in.naver.com/%EB%B0%A4%EB%B0%94%EB%8B%A4/contents/internal/716230488391296",
]
DC = [
    "https://discord.com/channels/1120334455667788990/1120334455667789001/1281122334455667788",
    "https://discord.com/channels/1120334455667788990/1120334455667789001/1281122339876543210",
    "https://discord.com/channels/1174455667788990011/1174455667788990020/1281419900112233445",
    "https://discord.gg/k7QmPz3",
    "https://discord.gg/nightcargo",
]
KK = [
    "https://open.kakao.com/o/gQx7LmPd",
    "https://cafe.daum.net/blueperch/Rf2K/3391",
]
DC1 = ["https://discord.gg/hollowvane"]

REQUESTS = [
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     X, "illegal_gambling", "req-240909-01@kcsc.example", "gambling promotion accounts"),
    ("KCSC-240910-02", "telegram", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00",
     TG, "drugs", "req-240910-02@kcsc.example", "drug sale channels"),
    ("KCSC-240910-03", "youtube", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     YT, "defamation", "req-240910-03@kcsc.example", "court-ordered defamation videos"),
    ("KCSC-240911-04", "naver", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     NV, "fraud", "req-240911-04@kcsc.example", "investment fraud posts"),
    ("KCSC-240911-05", "discord", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     DC, "obscene", "req-240911-05@kcsc.example", "non-consensual imagery servers"),
    ("KCSC-240912-06", "kakao", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     KK, "illegal_gambling", "req-240912-06@kcsc.example", "open chat and cafe post"),
    ("KCSC-240912-07", "discord", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00",
     DC1, "drugs", "req-240912-07@kcsc.example", "single invite"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, greeting):
    lines = [greeting, "",
             "Under Article 44-7 of the Information and Communications Network Act, the",
             f"Korea Communications Standards Commission asks you to remove or block the",
             f"following content (our reference {ref}):", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please tell us the action taken for each item.", "",
              "KCSC Takedown desk"]
    return "\n".join(lines)


def reminder_text(ref, urls):
    lines = [f"Reminder: {ref}", "",
             "According to our records the following items are still online and we have",
             "not received your answer:", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC Takedown desk"]
    return "\n".join(lines)


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="x-zd-solved-mixed-history",
    date="Fri, 13 Sep 2024 16:41:07 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Re: KCSC-240909-01 Removal request (Korea Communications Standards Commission)",
    reply_to_req="req-240909-01",
    body=f"""{ZD_LINE}

Your request (#4471902) has been solved. To reopen this request, reply to this email.

Jordan M. (X Legal Operations)
Sep 13, 2024, 16:40 GMT+9

Hello,

Thank you for your report. After reviewing the posts against the X Rules
and applicable local law, we have taken the following actions:

- https://x.com/moonlit_sale/status/1832019485106552101 : removed for violating the X Rules
- https://x.com/moonlit_sale/status/1832020113847320654 : removed for violating the X Rules
- https://x.com/grayharbor77/status/1832114720598016377 : withheld in South Korea
- https://x.com/grayharbor77/status/1832115004410851882 : no action taken; we did not find a violation of the X Rules or of the law cited in your notice

We continue to review the rest of the posts in your notice under a separate request.

Regards,
Jordan
X Legal Operations

KCSC Takedown
Sep 9, 2024, 10:02 GMT+9

{request_text("KCSC-240909-01", X, "Dear X Legal team,")}

This email is a service from X Support. [8QW2Z-N4LK]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification with the thread history (our request) appended below, unquoted",
    why="four posts named one per line with removed/withheld/no-violation; the unquoted request history below only asks for removal",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-zd-withheld-lines-below",
    date="Sat, 14 Sep 2024 10:12:44 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Re: KCSC-240909-01 Removal request",
    reply_to_req="req-240909-01",
    body=f"""{ZD_LINE}

Sam K. (X Legal Operations)
Sep 14, 2024, 10:11 GMT+9

Hi KCSC team,

In response to your legal demand, the following posts are now withheld in
South Korea. They remain visible in other countries.

https://x.com/pinecone_drop/status/1832208831467702290
https://x.com/pinecone_drop/status/1832209958331269433
https://x.com/yeonhwa_market/status/1832301276518744165

Country withheld content is explained here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Best,
Sam

--------------------------------
Your request (#4471955) is open. Reply to this email to add a comment.
This email is a service from X Support. [8QW2Z-N4LM]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent public reply on an open ticket (X country-withheld notice), policy link below",
    why="statement in the sentence before a block of three URLs: all withheld in South Korea; help page is no item",
    items={X[4]: "restricted", X[5]: "restricted", X[6]: "restricted"},
)

case(
    name="tg-reminder-reply-gmail-quote",
    date="Thu, 12 Sep 2024 17:25:30 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: Reminder: KCSC-240910-02",
    reply_to_req="req-240910-02",
    body=f"""Hello,

Following up on your reminder. The two posts https://t.me/sallow_exchange/412
and https://t.me/sallow_exchange/415 were deleted by our moderators on
12 September.

The channel @drift_parcel, including https://t.me/drift_parcel/88, is now
blocked for users in South Korea.

We have not finished our review of https://t.me/wintermint_kr/1307 and will
write again.

Telegram Abuse Team

On Thu, 12 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(reminder_text("KCSC-240910-02", TG))}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply top-posted over a Gmail-quoted reminder",
    why="two posts deleted, one channel post blocked in Korea; the fourth still in review; quoted reminder says nothing",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "restricted", TG[3]: "pending"},
)

case(
    name="yt-freshdesk-resolved-html-table",
    date="Fri, 13 Sep 2024 11:02:19 +0900",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Ticket #88213 resolved: KCSC-240910-03",
    type="html",
    body="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your ticket <b>#88213</b> has been marked as <b>Resolved</b>. The outcome for each URL in
your notice (reference KCSC-240910-03) is listed below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Content URL</th><th>Decision</th><th>Notes</th></tr>
<tr><td>https://www.youtube.com/watch?v=Qm3vT8rLx2A</td><td>Removed</td><td>Community Guidelines violation</td></tr>
<tr><td>https://www.youtube.com/watch?v=b7KpW0zNfE4</td><td>Blocked in South Korea</td><td>Local law</td></tr>
<tr><td>https://www.youtube.com/shorts/Lr9dHc2Tq0s</td><td>No action</td><td>Does not violate our policies</td></tr>
</table>
<p>If you believe this is wrong you can reply to this ticket. Our policies are at
<a href="https://support.google.com/youtube/answer/9288567">support.google.com/youtube/answer/9288567</a>.</p>
<p>YouTube Legal Support<br>
<span style="color:#888">Ticket #88213 &middot; Status: Resolved &middot; Priority: Medium</span></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket status changed to Resolved' email with an HTML outcome table",
    why="table rows: removed, blocked in Korea, no action because no violation",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected"},
)

case(
    name="naver-helpdesk-answer-arrows",
    date="Fri, 13 Sep 2024 15:30:00 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240911-04)",
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

1) https://blog.naver.com/sunset_rowboat/223559014872
   → 게시중단 처리되었습니다.

2) https://cafe.naver.com/coinharbor/58213
   → 임시조치(30일) 되었습니다.

3) {NV_RAW3}
   → 운영정책 위반으로 삭제되었습니다.

추가 문의 사항은 본 문의에 이어서 남겨 주시기 바랍니다.
문의번호: 2409-118273

※ 본 메일은 발신전용입니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 메일 (numbered URLs, result on the line below with an arrow)",
    why="게시중단 -> removed, 임시조치 -> restricted, 삭제 (raw Korean path) -> removed",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "removed"},
)

case(
    name="discord-zd-solved-partial",
    date="Sat, 14 Sep 2024 19:12:40 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Request #3304128] Re: KCSC-240911-05 Removal request",
    reply_to_req="req-240911-05",
    body=f"""{ZD_LINE}

Your request #3304128 has been solved.

Casey (Discord Trust & Safety)
Sep 14, 2024, 3:12 AM PDT

Hi there,

Thanks for reaching out. Our team reviewed the links you sent.

We removed these two messages for violating our Community Guidelines:
https://discord.com/channels/1120334455667788990/1120334455667789001/1281122334455667788
https://discord.com/channels/1120334455667788990/1120334455667789001/1281122339876543210

The server reached through https://discord.gg/k7QmPz3 has been removed from
Discord, so that invite no longer works.

We were unable to locate the message at
https://discord.com/channels/1174455667788990011/1174455667788990020/1281419900112233445
It was most likely deleted before our review.

Best,
Casey
Discord Trust & Safety

This email is a service from Discord. Delivered by Zendesk
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk 'request solved' reply",
    why="two messages removed, server behind the invite removed, one message not located (URL on the line after its statement); fifth link not mentioned",
    items={DC[0]: "removed", DC[1]: "removed", DC[3]: "removed", DC[2]: "not_found"},
)

csv_kk = "번호,URL,처리결과,비고\r\n1,https://open.kakao.com/o/gQx7LmPd,삭제,오픈채팅방 운영정책 위반\r\n2,https://cafe.daum.net/blueperch/Rf2K/3391,블라인드,게시물 블라인드 처리\r\n"
txt_kk = """안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회 요청(KCSC-240912-06)에 대한 처리 결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

카카오 고객센터
"""
case(
    name="kakao-csv-attachment-korean",
    date="Fri, 13 Sep 2024 14:05:51 +0900",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오] 신고 처리 결과 안내 (KCSC-240912-06)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kk-908-a"

--kk-908-a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(txt_kk)}
--kk-908-a
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240912-06.csv"
Content-Disposition: attachment; filename="result_KCSC-240912-06.csv"
Content-Transfer-Encoding: base64

{b64(csv_kk)}
--kk-908-a--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 신고 처리 결과 안내 with a CSV result sheet",
    why="CSV rows: 삭제 -> removed, 블라인드 -> removed",
    items={KK[0]: "removed", KK[1]: "removed"},
)

case(
    name="discord-single-solved-no-url",
    date="Sun, 15 Sep 2024 02:44:09 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Request #3310551] Re: KCSC-240912-07 Removal request",
    reply_to_req="req-240912-07",
    body=f"""{ZD_LINE}

Your request #3310551 has been solved.

Riley (Discord Trust & Safety)
Sep 14, 2024, 10:43 AM PDT

Hello,

We reviewed the server you reported and removed it from Discord for
violating our Community Guidelines. It is no longer available.

Thank you for helping keep Discord safe.

Riley
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Zendesk solved notice answering a one-invite request without repeating the link",
    why="the only item of a one-item request: the reported server was removed",
    items={DC1[0]: "removed"},
)

case(
    name="x-first-batch-status-below",
    date="Wed, 11 Sep 2024 18:20:33 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240909-01 - partial update [ref:_00D1x_5003Q9]",
    reply_to_req="req-240909-01",
    body="""Hello,

We have completed our review of five of the 14 URLs in your notice. The
outcome for each is below.

https://x.com/tidal_ledger/status/1832377649120083126
Action taken: Removed

https://x.com/tidal_ledger/status/1832378002291437980
Action taken: Removed

https://x.com/quietcourier_kr/status/1832455530916085870
Action taken: Withheld in KR

https://x.com/amber_stall9/status/1832510447713771632
Action taken: None - the post could not be found

https://x.com/amber_stall9/status/1832511873372348501
Action taken: None - the post does not violate the X Rules

The remaining URLs are still being reviewed and we will update this case.

X Legal
ref:_00D1x_5003Q9:ref
""",
    outcome="applied", classification="confirmation",
    imitates="case-management partial update (Salesforce-style thread ref), bare URL with the outcome on the line below",
    why="five posts each with an 'Action taken' line: removed, removed, withheld, not found, no violation; the other nine still in review",
    items={X[7]: "removed", X[8]: "removed", X[9]: "restricted", X[10]: "not_found", X[11]: "rejected"},
)

case(
    name="x-outlook-original-message",
    date="Mon, 16 Sep 2024 09:47:02 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="RE: KCSC-240909-01 Removal request",
    reply_to_req="req-240909-01",
    body=f"""Dear KCSC,

Please see our update on three of the posts:

1. https://x.com/north_lantern/status/1832602215534993567 - removed (illegal or certain regulated goods or services policy)
2. https://x.com/north_lantern/status/1832603390820655239 - withheld in South Korea
3. https://x.com/yeonhwa_market/status/1832301276518744165 - still with our specialist team; we will get back to you

Kind regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240909-01 Removal request

{request_text("KCSC-240909-01", X, "Dear X Legal team,")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the request below",
    why="numbered list: removed, withheld in KR, still with the team (a promise: pending)",
    items={X[12]: "removed", X[13]: "restricted", X[6]: "pending"},
)

tg_qp_text = """Hello,

Regarding your request KCSC-240910-02 – the following content has been taken down and is no longer accessible on Telegram:

– https://t.me/sallow_exchange/412
– https://t.me/drift_parcel/88

The message https://t.me/wintermint_kr/1307 does not exist. Our logs show that its author deleted it before we received your notice, so no action was needed.

Best regards,
Telegram Support – abuse desk
"""
case(
    name="tg-quoted-printable-takedown",
    date="Fri, 13 Sep 2024 21:08:15 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    subject="Re: KCSC-240910-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(tg_qp_text)}""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply in quoted-printable (soft line breaks, en dashes as =E2=80=93)",
    why="two posts taken down (bullets), one message does not exist / deleted by its author",
    items={TG[0]: "removed", TG[2]: "removed", TG[3]: "not_found"},
)

yt_ko = """안녕하세요. YouTube 법무팀입니다.

요청번호 KCSC-240910-03 관련하여 검토 결과를 알려드립니다.

https://www.youtube.com/watch?v=Qm3vT8rLx2A 동영상은 현지 법률에 따라 대한민국에서 볼 수 없도록 차단되었습니다.

https://www.youtube.com/watch?v=b7KpW0zNfE4 동영상은 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.

감사합니다.
YouTube 법무팀
"""
case(
    name="yt-base64-korean",
    date="Thu, 12 Sep 2024 16:55:03 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    subject="Re: [KCSC-240910-03] 게시물 삭제 요청",
    reply_to_req="req-240910-03",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(yt_ko)}""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support Korean reply, base64 body",
    why="first video blocked in Korea (restricted), second deleted for a guideline violation (removed)",
    items={YT[0]: "restricted", YT[1]: "removed"},
)

case(
    name="x-statement-url-next-line",
    date="Tue, 17 Sep 2024 13:14:55 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Update on request #4472380 (KCSC-240909-01)",
    body="""Hello,

Thanks for your patience while we looked into this.

This post has been removed for violating our rules on illegal gambling:
https://x.com/amber_stall9/status/1832510447713771632

This post has been withheld in South Korea under local law:
https://x.com/amber_stall9/status/1832511873372348501

You can learn more about how we enforce our rules at
https://help.x.com/en/rules-and-policies/enforcement-options

Regards,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X Support ticket update, each statement followed by its URL on the next line",
    why="first post removed, second withheld in KR; the help link is not an item",
    items={X[10]: "removed", X[11]: "restricted"},
)

case(
    name="naver-angle-brackets-fullwidth",
    date="Fri, 13 Sep 2024 10:21:37 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject="Re: [KCSC-240911-04] 불법정보 게시물 조치 요청",
    reply_to_req="req-240911-04",
    body="""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 중 <https://blog.naver.com/sunset_rowboat/223559014872>는 작성자가
이미 삭제하여 현재 존재하지 않는 게시물입니다.

카페 게시물（https://cafe.naver.com/coinharbor/58213）은 운영정책 위반이 확인되어
블라인드 처리되었습니다。

나머지 게시물은 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 답변, URL in angle brackets with a particle, URL in full-width parentheses",
    why="blog post already deleted by its author -> not_found; cafe post 블라인드 -> removed; third still to be checked",
    items={NV[0]: "not_found", NV[1]: "removed", NV[2]: "pending"},
)

case(
    name="discord-helpscout-reminder-reply",
    date="Tue, 17 Sep 2024 08:31:26 +0900",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    subject="Re: Reminder: KCSC-240911-05",
    reply_to_req="req-240911-05",
    body=f"""Hi KCSC team,

Apologies for the delay on this one. An update on the two invite links:

  https://discord.gg/k7QmPz3 - the server was deleted by our team
  https://discord.gg/nightcargo - the invite has been disabled and the server is no longer reachable

The message links were answered in our earlier reply.

Morgan
Discord Safety

Conversation #7714 | Reply to this email to continue the conversation.

On Mon, Sep 16, 2024 at 9:00 AM, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(reminder_text("KCSC-240911-05", DC))}
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply to our reminder, indented list above the quoted reminder",
    why="both invites: server deleted / invite disabled -> removed; message links not restated here",
    items={DC[3]: "removed", DC[4]: "removed"},
)

case(
    name="x-jira-resolved-comment",
    date="Mon, 16 Sep 2024 15:02:48 +0900",
    **{"from": "jira@x.com"}, name_from="X Legal Requests",
    subject="[JIRA] (LEGALKR-2291) KCSC-240909-01 Removal request",
    body="""—-—-—-—
Reply above this line.

Taylor Reed resolved this as Done.

View request · Turn off this request's notifications

Taylor Reed commented:

Hello KCSC,

https://x.com/tidal_ledger/status/1832377649120083126 and
https://x.com/tidal_ledger/status/1832378002291437980 have been removed.

https://x.com/north_lantern/status/1832603390820655239 remains available. We
reviewed it against the X Rules and the Korean law named in your notice and
found no violation.

Thanks,
Taylor

This is shared with KCSC Takedown.

Help Center, powered by Jira Service Management, sent you this message.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved this as Done' customer notification with the agent comment",
    why="two posts removed (wrapped pair), one remains available with no violation found -> rejected",
    items={X[7]: "removed", X[8]: "removed", X[13]: "rejected"},
)

case(
    name="tg-echoed-report-outcome",
    date="Sat, 14 Sep 2024 12:00:12 +0900",
    **{"from": "noreply@telegram.org"}, name_from="Telegram",
    subject="Your report to Telegram",
    body="""Hello,

Thank you for contacting Telegram. Here is a copy of the report we received
from you:

    Reference: KCSC-240910-02
    Link: https://t.me/drift_parcel/88
    Reason: Illegal drugs

Outcome: the reported content was removed from Telegram.

This is an automated message. Please do not reply.
""",
    outcome="applied", classification="confirmation",
    imitates="report-form outcome email that echoes the submitted report (one link) above the outcome",
    why="the echoed report names one link and the outcome says it was removed",
    items={TG[2]: "removed"},
)

case(
    name="yt-gmail-toppost-one-video",
    date="Wed, 11 Sep 2024 11:38:40 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal",
    subject="Re: KCSC-240910-03 Removal request",
    reply_to_req="req-240910-03",
    body=f"""Hello,

The video https://www.youtube.com/watch?v=b7KpW0zNfE4 has been removed for
violating our harassment and cyberbullying policy.

The other two videos in your notice are still under review.

Regards,
YouTube Legal Support

On Tue, Sep 10, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240910-03", YT, "Dear YouTube Legal,"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted agent reply over the quoted request",
    why="one video removed; the other two 'still under review' (pending)",
    items={YT[1]: "removed", YT[0]: "pending", YT[2]: "pending"},
)

case(
    name="x-zd-html-outcome-table",
    date="Tue, 17 Sep 2024 17:52:16 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Re: KCSC-240909-01 Removal request",
    reply_to_req="req-240909-01",
    type="html",
    body=f"""<html><body>
<div style="color:#b5b5b5">{ZD_LINE}</div>
<p>Alex (X Legal Operations)<br><span style="color:#888">Sep 17, 2024, 17:51 GMT+9</span></p>
<p>Hello,</p>
<p>Please find below our decisions on four further posts from your notice.</p>
<table style="border-collapse:collapse" border="1" cellpadding="4">
<thead><tr><th>Post</th><th>Action</th></tr></thead>
<tbody>
<tr><td><a href="https://x.com/quietcourier_kr/status/1832455530916085870">https://x.com/quietcourier_kr/status/1832455530916085870</a></td><td>Withheld (KR)</td></tr>
<tr><td><a href="https://x.com/moonlit_sale/status/1832019485106552101">https://x.com/moonlit_sale/status/1832019485106552101</a></td><td>Removed</td></tr>
<tr><td><a href="https://x.com/grayharbor77/status/1832115004410851882">https://x.com/grayharbor77/status/1832115004410851882</a></td><td>No violation found</td></tr>
<tr><td><a href="https://x.com/pinecone_drop/status/1832208831467702290">https://x.com/pinecone_drop/status/1832208831467702290</a></td><td>Not found (deleted by the account holder)</td></tr>
</tbody></table>
<p>Regards,<br>Alex</p>
<p style="color:#888;font-size:11px">Your request (#4471902) has been updated. This email is a service from X Support.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML agent reply with an outcome table",
    why="table: withheld KR, removed, no violation, not found (deleted by the holder)",
    items={X[9]: "restricted", X[0]: "removed", X[3]: "rejected", X[4]: "not_found"},
)

case(
    name="kakao-korean-prose-kept",
    date="Mon, 16 Sep 2024 11:16:29 +0900",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    subject="RE: [KCSC-240912-06] 불법정보 삭제 요청 건 회신",
    reply_to_req="req-240912-06",
    body="""안녕하세요. 카카오 정책팀입니다.

요청하신 건에 대해 아래와 같이 회신드립니다.

오픈채팅방 https://open.kakao.com/o/gQx7LmPd 은 운영정책 위반이 확인되어
삭제 조치하였습니다.

다음 카페 게시물 https://cafe.daum.net/blueperch/Rf2K/3391 은 검토 결과
운영정책 및 관련 법령에 위반되지 않는 것으로 판단되어 게시를 유지합니다.
이의가 있으시면 회신 부탁드립니다.

감사합니다.
카카오 정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team reply (Korean prose, result per URL)",
    why="open chat deleted -> removed; cafe post kept because it breaks no rule -> rejected",
    items={KK[0]: "removed", KK[1]: "rejected"},
)

prev_naver = """안녕하세요. 네이버 고객센터입니다.

1) https://blog.naver.com/sunset_rowboat/223559014872 → 게시중단 처리되었습니다.
2) https://cafe.naver.com/coinharbor/58213 → 임시조치(30일) 되었습니다.
3) https://in.naver.com/밤바다/contents/internal/716230488391296 → 검토 중입니다."""
case(
    name="naver-followup-same-thread",
    date="Wed, 18 Sep 2024 14:40:08 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject="Re: Re: [네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요. 네이버 고객센터입니다.

지난 답변에서 검토 중으로 안내드린 {NV_RAW3} 게시물은
검토 결과 게시중단 처리되었음을 알려드립니다.

감사합니다.

2024년 9월 13일 (금) 오후 3:30, 네이버 고객센터 <help@navercorp.com>님이 작성:
{quoted(prev_naver)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up in the same thread, earlier answer quoted with '>' (Gmail Korean quote header)",
    why="only the third post is stated now (게시중단 -> removed); the quoted earlier answer does not count",
    items={NV[2]: "removed"},
)

csv_x = """url,action,country,reason
https://x.com/grayharbor77/status/1832114720598016377,withheld,KR,local law
https://x.com/pinecone_drop/status/1832209958331269433,removed,,X Rules violation
https://x.com/yeonhwa_market/status/1832301276518744165,no_action,,no violation found
https://x.com/quietcourier_kr/status/1832455530916085870,not_found,,post unavailable
"""
case(
    name="x-csv-attachment-results",
    date="Wed, 18 Sep 2024 10:03:44 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="KCSC-240909-01 - outcome file",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="x908csv"

--x908csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find the outcome for four posts of request KCSC-240909-01 in the
attached file.

X Legal

--x908csv
Content-Type: text/csv; name="KCSC-240909-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_x)}
--x908csv--
""",
    outcome="applied", classification="confirmation",
    imitates="legal-team reply with a CSV outcome sheet attached",
    why="CSV: withheld KR, removed, no_action (no violation), not_found",
    items={X[2]: "restricted", X[5]: "removed", X[6]: "rejected", X[9]: "not_found"},
)

case(
    name="tg-case-number-schemeless",
    date="Sun, 15 Sep 2024 20:17:52 +0900",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    subject="Case #4410027 - Re: KCSC-240910-02",
    body="""Dear Sir or Madam,

Case #4410027

t.me/sallow_exchange/415 has been blocked on all Telegram apps worldwide.

t.me/wintermint_kr/1307 could not be found on Telegram.

Kind regards,
Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram case-numbered reply with links written without a scheme",
    why="blocked worldwide -> removed; could not be found -> not_found",
    items={TG[1]: "removed", TG[3]: "not_found"},
)

case(
    name="discord-receipt-plus-action",
    date="Wed, 11 Sep 2024 20:05:14 +0900",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    subject="Ticket #81902 - KCSC-240911-05 Removal request",
    reply_to_req="req-240911-05",
    body="""Hello,

Thanks for your report; we've received it and created ticket #81902.

Our team has already acted on two of the messages you listed. The following
have been deleted:

* https://discord.com/channels/1120334455667788990/1120334455667789001/1281122334455667788
* https://discord.com/channels/1174455667788990011/1174455667788990020/1281419900112233445

We'll reply on this ticket once the rest of the links have been reviewed.

Discord Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style ticket receipt whose agent adds results already reached",
    why="receipt wording plus an unhedged 'have been deleted' over two named messages: not a pure acknowledgement",
    items={DC[0]: "removed", DC[2]: "removed"},
)

case(
    name="naver-kcsc-style-html-table",
    date="Tue, 17 Sep 2024 16:22:10 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240911-04)",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240911-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>https://blog.naver.com/sunset_rowboat/223559014872</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>https://cafe.naver.com/coinharbor/58213</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td><a href="{NV[2]}">{NV_RAW3}</a></td><td>해당없음</td><td>게시물 없음</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (번호/URL/조치결과/비고)",
    why="삭제 -> removed, 임시조치 -> restricted, 해당없음/게시물 없음 -> not_found",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "not_found"},
)

case(
    name="yt-wrapped-angle-url",
    date="Wed, 18 Sep 2024 09:12:30 +0900",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Ticket #88213 reopened - KCSC-240910-03",
    body="""Hello,

Following your reply on this ticket, we looked at the two remaining items
again.

The Short <https://www.youtube.com/shorts/
Lr9dHc2Tq0s> has now been age-restricted.

https://www.youtube.com/watch?v=Qm3vT8rLx2A was reviewed and will stay on
YouTube: it does not violate our Community Guidelines and we did not find it
unlawful under the law cited.

YouTube Legal Support
Ticket #88213 - Status: Solved
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk ticket reply with a long URL wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="Short age-restricted -> restricted; video stays up, no violation -> rejected",
    items={YT[2]: "restricted", YT[0]: "rejected"},
)

# ================================================================ REVIEW
case(
    name="x-promise-will-be-removed",
    date="Tue, 10 Sep 2024 17:45:00 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Re: KCSC-240909-01 Removal request",
    reply_to_req="req-240909-01",
    body=f"""{ZD_LINE}

Jordan M. (X Legal Operations)
Sep 10, 2024, 17:44 GMT+9

Hello,

Thank you for your notice. The posts
https://x.com/moonlit_sale/status/1832019485106552101 and
https://x.com/grayharbor77/status/1832114720598016377 will be removed within
24 hours once our final check is complete. We will confirm on this ticket.

Regards,
Jordan

Your request (#4471902) is open. Reply to this email to add a comment.
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent reply announcing a future action",
    why="'will be removed ... once our check is complete' is a promise, not a statement",
    items={X[0]: "pending", X[2]: "pending"},
)

case(
    name="yt-appears-private-hedge",
    date="Thu, 12 Sep 2024 10:30:51 +0900",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Ticket #88240: KCSC-240910-03",
    body="""Hello,

The video https://www.youtube.com/watch?v=Qm3vT8rLx2A appears to have been
set to private by the uploader. We will keep an eye on it and will review
the remaining links in your notice.

YouTube Legal Support
Ticket #88240 - Status: Pending
""",
    outcome="review", review="not_understood",
    imitates="Freshdesk pending ticket with a hedged observation",
    why="'appears to have been set to private' is a hedge; the rest is a promise",
    items={YT[0]: "pending"},
)

case(
    name="x-conditional-withhold",
    date="Thu, 12 Sep 2024 19:03:27 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="RE: KCSC-240909-01 Removal request",
    reply_to_req="req-240909-01",
    body="""Dear KCSC,

We have notified the account holder of
https://x.com/north_lantern/status/1832602215534993567 about your notice. If
the post is not deleted by the account holder within 48 hours, we will
withhold it in South Korea.

Kind regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="legal team reply with a conditional future action",
    why="a condition and a promise: nothing has happened to the post yet",
    items={X[12]: "pending"},
)

case(
    name="discord-zd-bulk-all-removed",
    date="Mon, 16 Sep 2024 04:20:11 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Request #3304128] Re: KCSC-240911-05 Removal request",
    reply_to_req="req-240911-05",
    body=f"""{ZD_LINE}

Your request #3304128 has been solved.

Casey (Discord Trust & Safety)
Sep 15, 2024, 12:19 PM PDT

Hi there,

We've finished reviewing your request KCSC-240911-05 and removed all of the
reported content from Discord.

Best,
Casey
""",
    outcome="review", review="bulk",
    imitates="Discord Zendesk solved notice with one sentence for the whole request",
    why="'all of the reported content' for a five-item request names no item",
    items={u: "pending" for u in DC},
)

case(
    name="x-jira-bulk-withheld",
    date="Wed, 18 Sep 2024 12:35:40 +0900",
    **{"from": "jira@x.com"}, name_from="X Legal Requests",
    subject="[JIRA] (LEGALKR-2291) KCSC-240909-01 Removal request",
    body="""—-—-—-—
Reply above this line.

Taylor Reed commented:

Hello KCSC,

All 14 posts listed in your notice are now withheld in South Korea.

Thanks,
Taylor

View request · Turn off this request's notifications
Help Center, powered by Jira Service Management, sent you this message.
""",
    outcome="review", review="bulk",
    imitates="Jira Service Management comment notification with a whole-request statement",
    why="a statement about 'all 14 posts' without naming any of them",
    items={u: "pending" for u in X},
)

case(
    name="tg-auth-fail",
    date="Fri, 13 Sep 2024 08:12:09 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    auth="fail",
    subject="Re: KCSC-240910-02",
    body="""Hello,

https://t.me/sallow_exchange/412 has been removed.
https://t.me/sallow_exchange/415 has been removed.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="short abuse-desk reply, but DKIM/SPF/DMARC fail for telegram.org",
    why="platform domain failing authentication: statements not applied",
    items={TG[0]: "pending", TG[1]: "pending"},
)

case(
    name="discord-zendesk-subdomain",
    date="Sat, 14 Sep 2024 06:40:02 +0900",
    **{"from": "support@discordkr.zendesk.com"}, name_from="Discord Support",
    subject="[Discord] Re: KCSC-240911-05",
    body=f"""{ZD_LINE}

Hello,

We have removed the server behind https://discord.gg/nightcargo.

Discord Support
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk tenant mail sent from a *.zendesk.com address instead of the platform's own domain",
    why="zendesk.com subdomain is not a configured Discord sender domain",
    items={DC[4]: "pending"},
)

case(
    name="x-account-holder-gmail",
    date="Sat, 14 Sep 2024 22:48:13 +0900",
    **{"from": "amber.stall9@gmail.com"}, name_from="Amber Stall",
    subject="Re: KCSC-240909-01",
    body="""Hello,

I run the @amber_stall9 account. I deleted the post
https://x.com/amber_stall9/status/1832510447713771632 myself yesterday, so
please close case KCSC-240909-01 for me.

Thanks
""",
    outcome="review", review="unknown_sender",
    imitates="mail from the account holder (not the platform) claiming a deletion",
    why="sender is no platform; the claim cannot change the status",
    items={X[10]: "pending"},
)

case(
    name="naver-asks-more-info",
    date="Thu, 12 Sep 2024 13:50:36 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject="[네이버 고객센터] 추가 자료 요청 (KCSC-240911-04)",
    body="""안녕하세요. 네이버 고객센터입니다.

요청하신 https://cafe.naver.com/coinharbor/58213 게시물의 검토를 위해 추가 자료가
필요합니다. 위법성 판단 근거와 심의 의결서 사본을 본 문의에 회신해 주시기 바랍니다.

자료 확인 후 처리 결과를 안내드리겠습니다.

네이버 고객센터 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 고객센터 추가 자료 요청",
    why="the platform asks for documents before acting; nothing decided",
    items={NV[1]: "pending"},
)

case(
    name="tg-about-discord-link",
    date="Sun, 15 Sep 2024 10:05:45 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240911-05",
    body="""Hello,

The link https://discord.gg/k7QmPz3 in your message is not a Telegram link.
There is no such content on Telegram and we cannot act on it.

Telegram Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="abuse desk answering a notice that reached the wrong platform",
    why="Telegram speaks about a Discord item; not its own platform's item",
    items={DC[3]: "pending"},
)

case(
    name="x-csat-survey-no-ref",
    date="Thu, 19 Sep 2024 09:00:05 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="How did we do?",
    body="""Hello,

Your recent support request has been closed. We'd love to hear about your
experience.

How would you rate the support you received?

Good, I'm satisfied: https://help.x.com/survey/rate?t=9Fq2Lm&r=good
Bad, I'm unsatisfied: https://help.x.com/survey/rate?t=9Fq2Lm&r=bad

Thank you,
X Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey email",
    why="trusted X mail that names no item and no request of ours (survey links are not items)",
    items={},
)

case(
    name="x-forwarded-policy-note",
    date="Tue, 17 Sep 2024 10:58:21 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Fwd: KCSC-240909-01 tidal_ledger posts",
    body="""Hello KCSC,

Forwarding the note from our Korea policy colleagues below, FYI.

X Legal

---------- Forwarded message ---------
From: X Korea Policy <kr-policy@x.com>
Date: Mon, Sep 16, 2024 at 6:40 PM
Subject: KCSC-240909-01 tidal_ledger posts
To: X Legal <legal@x.com>

Both https://x.com/tidal_ledger/status/1832377649120083126 and
https://x.com/tidal_ledger/status/1832378002291437980 are withheld in Korea
as of today.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Forwarded message' from a platform colleague, forwarded on to us",
    why="the statement is in a forwarded message, not the sender's own words; a person should confirm it",
    items={X[7]: "pending", X[8]: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-zd-receipt-echo",
    date="Mon, 09 Sep 2024 10:03:12 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] KCSC-240909-01 Removal request",
    reply_to_req="req-240909-01",
    body=f"""{ZD_LINE}

Your request (#4471902) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

KCSC Takedown
Sep 9, 2024, 10:02 GMT+9

{request_text("KCSC-240909-01", X[:4] + ["(and 10 further URLs, see attachment)"], "Dear X Legal team,")}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket receipt echoing the submitted description",
    why="pure receipt; the echoed description only repeats our request",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="discord-freshdesk-ack",
    date="Wed, 11 Sep 2024 15:01:40 +0900",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    subject="Ticket Received - KCSC-240911-05 Removal request [#81902]",
    reply_to_req="req-240911-05",
    body="""Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a ticket
has been created. A member of our Trust & Safety team will respond as soon
as possible.

Ticket ID: #81902
Status: Open

You can check the status of your ticket here:
https://support.discord.com/helpdesk/tickets/81902

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk default new-ticket acknowledgement",
    why="receipt only; the ticket page link is no item",
    items={},
)

case(
    name="naver-ooo-korean",
    date="Fri, 13 Sep 2024 09:00:02 +0900",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우",
    subject="[자동응답] Re: [KCSC-240911-04] 불법정보 게시물 조치 요청",
    reply_to_req="req-240911-04",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 한지우입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="auto-reply",
    items={},
)

dsn_reminder = reminder_text("KCSC-240909-01", X[:5])
case(
    name="x-dsn-reminder-bounce",
    date="Mon, 16 Sep 2024 09:00:41 +0900",
    **{"from": "mailer-daemon@x.com"}, name_from="Mail Delivery Subsystem",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn908"

--dsn908
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@x.com>: host mailstore.x.com[192.0.2.41] said: 550 5.1.1
    <legal-kr@x.com>: Recipient address rejected: User unknown

--dsn908
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.x.com
Arrival-Date: Mon, 16 Sep 2024 09:00:38 +0900

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn908
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: Reminder: KCSC-240909-01
Date: Mon, 16 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240909-01.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

{dsn_reminder}

--dsn908--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our reminder",
    why="bounce; the returned reminder only lists URLs",
    items={u: "pending" for u in X[:5]},
)

case(
    name="yt-mdn-read-receipt",
    date="Tue, 10 Sep 2024 15:10:07 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal",
    subject="Read: KCSC-240910-03 Removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn908"

--mdn908
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: KCSC-240910-03 Removal request
  Sent: Tuesday, September 10, 2024 2:00 PM

was read on Tuesday, September 10, 2024 3:10 PM.

--mdn908
Content-Type: message/disposition-notification

Reporting-UA: legal-kr@google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-240910-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn908--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification)",
    why="read receipt",
    items={},
)

case(
    name="tg-ooo-english",
    date="Wed, 11 Sep 2024 09:31:12 +0900",
    **{"from": "m.ivanova@telegram.org"}, name_from="Maria Ivanova",
    subject="Automatic reply: KCSC-240910-02",
    reply_to_req="req-240910-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent abuse matters please write to
abuse@telegram.org.

Maria
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="auto-reply",
    items={},
)

case(
    name="kakao-receipt-korean",
    date="Thu, 12 Sep 2024 10:02:25 +0900",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다.",
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 24091200381
접수일시: 2024-09-12 10:02

접수된 순서대로 확인하여 답변 드리겠습니다.
답변은 고객센터 > 문의내역에서도 확인하실 수 있습니다.

※ 본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 안내",
    why="receipt only",
    items={},
)


HEADER = """# Blind set 908 (tests/corpus/blind908/make.py writes this file).
# Focus: ticket systems and threads. Expected results were written from each
# email's meaning alone, before the reader was run on any of them."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind908", HEADER, CASES)
    print("%d cases" % len(CASES))
