#!/usr/bin/env python3
"""Blind set 752: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail. Written from each email's meaning alone, before any run of
the reader; every URL, name and id is fictional.

    python3 tests/corpus/blind752/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
TG = ["https://t.me/harbor_lights_kr/118",
      "https://t.me/harbor_lights_kr/121",
      "https://t.me/moonpetal_shop"]
TG1 = "https://t.me/s/greyfinch_market/4410"
X = ["https://x.com/tidal_ember/status/1831204417700012345",
     "https://x.com/tidal_ember/status/1831209932100023456",
     "https://x.com/copperwren_77/status/1831301122334455667",
     "https://x.com/copperwren_77/status/1831305566778899001",
     "https://x.com/nightowl_deals/status/1831410010020030040",
     "https://x.com/nightowl_deals/status/1831412223334445556",
     "https://x.com/saltmarsh_k/status/1831520202020202020",
     "https://x.com/saltmarsh_k",
     "https://x.com/plum_orbit/status/1831633344455566677",
     "https://x.com/plum_orbit/status/1831637788990011223",
     "https://x.com/quietfern_23/status/1831740506070809010",
     "https://x.com/quietfern_23/status/1831744455667788990"]
YT = ["https://www.youtube.com/watch?v=Qm7xT2bLk9A",
      "https://www.youtube.com/watch?v=Zp4RwN8cVe1",
      "https://www.youtube.com/@lanternridge_tv",
      "https://www.youtube.com/shorts/Hy3KdP0sW2u"]
NAVER_KO_RAW = "https://cafe.naver.com/밤하늘카페/30117"
NV = ["https://blog.naver.com/sunnyvale_92/223567001122",
      "https://blog.naver.com/sunnyvale_92/223567004455",
      "https://cafe.naver.com/greenbench/88231",
      "https://cafe.naver.com/greenbench/88240",
      "https://cafe.naver.com/" + quote("밤하늘카페") + "/30117"]
KK = ["https://cafe.daum.net/mintgarden/Fq2x/3391",
      "https://cafe.daum.net/mintgarden/Fq2x/3405"]
TT = "https://www.tiktok.com/@pebble.drift/video/7410022334455667788"

REQUESTS = [
    ("KCSC-240903-01", "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", TG, "illegal_goods"),
    ("KCSC-240905-02", "x", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", X, "gambling"),
    ("KCSC-240909-03", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", YT, "defamation"),
    ("KCSC-240910-04", "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", NV, "privacy"),
    ("KCSC-240911-05", "kakao", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", KK, "obscenity"),
    ("KCSC-240912-06", "tiktok", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", [TT], "drugs"),
    ("KCSC-240913-07", "telegram", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", [TG1], "illegal_goods"),
]


def req_mid(ref):
    return "req-" + ref[5:] + "@kcsc.example"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref), "blind752"])


def thread(ref):
    """reply_to_req value: corpuslib adds '@kcsc.example'."""
    return "req-" + ref[5:]


def reminder_refs(ref, n=1):
    return [f"In-Reply-To: <reminder.{ref}.{n}@kcsc.example>",
            f"References: <{req_mid(ref)}> <reminder.{ref}.{n}@kcsc.example>"]


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def b64(data):
    s = base64.b64encode(data.encode("utf-8")).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def our_request(ref, urls, lang="en"):
    if lang == "ko":
        head = (f"안녕하십니까, 방송통신심의위원회입니다.\n아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 "
                f"하오니 조치 후 결과를 회신하여 주시기 바랍니다.\n관리번호: {ref}\n")
    else:
        head = (f"Dear Sir or Madam,\n\nThe Korea Communications Standards Commission requests the removal of "
                f"the content below, found to breach Korean law.\nReference: {ref}\n")
    return head + "\n" + "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1)) + "\n\nKCSC Takedown Team"


def our_reminder(ref, urls):
    return (f"Dear colleagues,\n\nOur request {ref} is past its deadline. The following items are still "
            f"pending on our side:\n\n" + "\n".join(f"- {u}" for u in urls) +
            "\n\nPlease let us know the action taken for each.\n\nKCSC Takedown Team")


def enc(text):
    """RFC 2047 encoded-word, as mail clients write non-ASCII display names and subjects."""
    return Header(text, "utf-8").encode()


CASES = []


def case(**kw):
    CASES.append(kw)


def items(urls, status):
    return {u: status for u in urls}


# ================================================================ APPLIED

case(name="zd-x-solved-numbered-list",
     date="Mon, 09 Sep 2024 16:02:11 +0900", **{"from": "support@x.com"}, name_from="X Support",
     subject="[X] Re: KCSC-240905-02 Request to remove content [#4471203] - Solved",
     reply_to_req=thread("KCSC-240905-02"),
     body=f"""
##- Please type your reply above this line -##

Your request (4471203) has been solved. To reopen it, reply to this email.

Priya (X Legal Support)
Sep 9, 2024, 16:02 GMT+9

Hello,

Thank you for your patience. We reviewed the reported posts under the X Rules
and the local laws of the Republic of Korea. Our outcomes are below.

1. {X[0]}
   Removed for violating the X Rules.
2. {X[1]}
   Removed for violating the X Rules.
3. {X[2]}
   Withheld in South Korea in response to your legal demand.
4. {X[3]}
   We did not find a violation of the X Rules or of local law. No action was taken.
5. {X[4]}
   We were unable to locate this post. Please check that the link is correct.

We have not yet finished our review of the other links in your request and
will follow up separately.

How we handle requests from authorities: https://help.x.com/en/rules-and-policies/authority-requests-kr

Priya
X Legal Support

This email is a service from X Support. [GJ7K2-9QX1]
""",
     outcome="applied",
     imitates="Zendesk 'Your request has been solved' notification with a numbered per-link outcome list (X legal support)",
     why="five numbered links, each with its outcome on the line below; the rest of the request is explicitly left open",
     items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "rejected", X[4]: "not_found"})

rows = [(X[0], "Removed", "X Rules: illegal gambling promotion"),
        (X[1], "Removed", "X Rules: illegal gambling promotion"),
        (X[2], "Withheld in KR", "Local law"),
        (X[3], "Withheld in KR", "Local law"),
        (X[4], "No action", "No violation of the X Rules or local law found"),
        (X[5], "Removed", "X Rules: spam"),
        (X[6], "Removed", "X Rules: illegal gambling promotion"),
        (X[7], "Account permanently suspended", "Repeated violations"),
        (X[8], "Not found", "Post does not exist"),
        (X[9], "Withheld in KR", "Local law"),
        (X[10], "No action", "No violation found"),
        (X[11], "Removed", "X Rules: illegal gambling promotion")]
trs = "\n".join(f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{n}</td></tr>' for u, a, n in rows)
case(name="zd-x-html-table-all-twelve",
     date="Fri, 13 Sep 2024 11:40:05 +0900", **{"from": "support@x.com"}, name_from="X Support",
     subject="[X] Update on your request #4471203 (KCSC-240905-02)",
     reply_to_req=thread("KCSC-240905-02"), type="html",
     body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p style="color:#b5b5b5">##- Please type your reply above this line -##</p>
<p>Hello KCSC,</p>
<p>We have completed our review of all links in your request KCSC-240905-02. The action taken on each is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Basis</th></tr>
{trs}
</table>
<p>If you disagree with any of these decisions you can reply to this email.</p>
<p>Regards,<br>Daniel<br>X Legal Support</p>
<p style="font-size:11px;color:#999">Ticket #4471203 &middot; <a href="https://help.x.com/en/forms">X Help Center</a></p>
</body></html>
""",
     outcome="applied",
     imitates="Zendesk HTML ticket update carrying an agent's outcome table (X legal request, all links)",
     why="HTML table, one row per requested link with its action; suspended account read as removed",
     items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "restricted", X[4]: "rejected",
            X[5]: "removed", X[6]: "removed", X[7]: "removed", X[8]: "not_found", X[9]: "restricted",
            X[10]: "rejected", X[11]: "removed"})

case(name="fd-tg-top-posted-over-request",
     date="Thu, 05 Sep 2024 19:21:44 +0400", **{"from": "abuse-desk@telegram.org"}, name_from="Telegram Support",
     subject="Re: [KCSC-240903-01] Request to remove content [Ticket #55102]",
     reply_to_req=thread("KCSC-240903-01"),
     body=f"""
Hello,

We have taken down the two posts you reported, {TG[0]} and {TG[1]}.

The channel {TG[2]} is still being looked at by our moderators. We will write
again once there is a decision on it.

Regards,
Dmitri
Telegram Support
--
Ticket #55102 | Status: Open | Priority: Medium

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(our_request("KCSC-240903-01", TG))}
""",
     outcome="applied",
     imitates="Freshdesk agent reply top-posted over the quoted original request (Telegram abuse desk)",
     why="two posts taken down in one sentence; the channel is explicitly still under review; the quoted request says nothing",
     items={TG[0]: "removed", TG[1]: "removed", TG[2]: "pending"})

yt_csv = ("url,decision,detail\n"
          f"{YT[0]},Removed,Harassment and cyberbullying policy\n"
          f"{YT[1]},Restricted,Blocked in KR under local law\n"
          f"{YT[2]},No action,Channel does not violate Community Guidelines or local law\n"
          f"{YT[3]},Not found,Invalid URL - no video exists at this address\n")
case(name="jira-yt-resolved-csv-attachment",
     date="Mon, 16 Sep 2024 14:05:00 +0900", **{"from": "legal-support@youtube.com"},
     name_from="YouTube Legal Support (Jira)",
     subject="[JIRA] (YTLEGAL-3391) KCSC-240909-03 removal request - Resolved",
     reply_to_req=thread("KCSC-240909-03"),
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_jsm_3391"

--=_jsm_3391
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

—-—-—-—-—-—-—-—
Reply above this line.

YTLEGAL-3391 was resolved by Soo-ah Kim.
Resolution: Done

Soo-ah Kim commented:

Hello, our review of the four URLs in KCSC-240909-03 is complete. The decision
for each URL is in the attached file (kcsc-240909-03-outcomes.csv).

View request · Turn off this request's notifications
This is shared with KCSC Takedown.
Sent by Jira Service Management

--=_jsm_3391
Content-Type: text/csv; charset=utf-8; name="kcsc-240909-03-outcomes.csv"
Content-Disposition: attachment; filename="kcsc-240909-03-outcomes.csv"
Content-Transfer-Encoding: base64

{b64(yt_csv)}
--=_jsm_3391--
""",
     outcome="applied",
     imitates="Jira Service Management 'request resolved' customer notification with an outcomes CSV attached",
     why="the CSV gives one decision per URL: removed, blocked in KR, no action, invalid URL",
     items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected", YT[3]: "not_found"})

case(name="naver-helpdesk-korean-numbered",
     date="Fri, 13 Sep 2024 17:30:00 +0900", **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
     subject="[네이버 고객센터] 시정요구(KCSC-240910-04) 조치 결과 안내 [문의번호 2409100077]",
     reply_to_req=thread("KCSC-240910-04"),
     body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-04)에 대한 처리 결과를
아래와 같이 안내드립니다.

1) {NV[0]}
 → 게시중단 처리 완료
2) {NV[1]}
 → 임시조치(30일) 처리
3) {NV[2]}
 → 블라인드 처리
4) {NV[3]}
 → 작성자에 의해 이미 삭제된 게시물입니다.
5) {NAVER_KO_RAW}
 → 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

추가 문의 사항은 본 메일에 회신하여 주시기 바랍니다.
감사합니다.

네이버 고객센터 드림
""",
     outcome="applied",
     imitates="NAVER customer-centre 시정요구 조치 결과 안내 reply (numbered list, result on the arrow line)",
     why="게시중단 removed, 임시조치 restricted, 블라인드 removed, already deleted by author not_found, 위반 없음 rejected; raw Korean path matches the encoded item",
     items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "removed", NV[3]: "not_found", NV[4]: "rejected"})

case(name="kakao-ticket-answer-two-items",
     date="Mon, 16 Sep 2024 10:12:40 +0900", **{"from": "cs-noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
     subject=enc("[카카오 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호: 2409-118830)"),
     body=f"""
안녕하세요. 카카오 고객센터입니다.

KCSC-240911-05 으로 요청하신 다음 카페 게시물에 대한 검토를 마쳤습니다.

- {KK[0]} : 운영정책 위반으로 게시물을 삭제하였습니다.
- {KK[1]} : 검토 결과 위반 사항이 확인되지 않아 게시물을 유지합니다.

답변이 도움이 되셨나요? 아래 링크에서 만족도를 알려주세요.
https://cs.kakao.com/survey?ticket=2409-118830

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터를 이용해 주세요.
""",
     outcome="applied",
     imitates="Kakao customer-centre ticket answer (문의하신 내용에 대한 답변) with a survey link",
     why="one cafe post deleted, the other kept because no violation found; reference followed by a spaced particle",
     items={KK[0]: "removed", KK[1]: "rejected"})

case(name="tiktok-thread-reply-sole-item",
     date="Sat, 14 Sep 2024 03:18:09 +0000", **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
     subject="Re: KCSC-240912-06 Request to remove content",
     reply_to_req=thread("KCSC-240912-06"),
     body="""
Hi,

Thanks for reaching out. We reviewed the video you reported and removed it for
violating our Community Guidelines. The creator has been notified of the
decision.

Best regards,
TikTok Trust & Safety
""",
     outcome="applied",
     imitates="TikTok Trust & Safety reply in the request's thread, no link repeated",
     why="one-item request, in-thread and referenced; the sole statement 'removed it' applies to that item",
     items={TT: "removed"})

case(name="tg-bare-url-status-below",
     date="Sun, 15 Sep 2024 12:00:31 +0000", **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     subject="Re: KCSC-240913-07",
     reply_to_req=thread("KCSC-240913-07"),
     body=f"""
Hi,

{TG1}
Status: deleted

Telegram Abuse Team
""",
     outcome="applied",
     imitates="terse Telegram abuse-desk reply: bare link, status on the next line",
     why="bare URL with 'Status: deleted' on the line below",
     items={TG1: "removed"})

case(name="x-reply-to-reminder-suspension",
     date="Wed, 18 Sep 2024 09:47:12 +0900", **{"from": "marco.r@x.com"}, name_from="Marco Rossi",
     subject="Re: [Reminder] KCSC-240905-02 - 8 items still pending",
     extra_headers=reminder_refs("KCSC-240905-02"),
     body=f"""
Hello KCSC team,

Apologies for the delay. An update on two of the outstanding links:

The account {X[7]} has been permanently suspended for violating the X Rules,
and the post {X[6]} is no longer available on X as a result.

We are still working through the rest and will get back to you this week.

Kind regards,
Marco
X Legal

On Mon, 16 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(our_reminder("KCSC-240905-02", X[4:12]))}
""",
     outcome="applied",
     imitates="X legal agent's reply to a regulator reminder, Gmail-quoted reminder below",
     why="account suspended and its post no longer available: both removed; the quoted reminder lists the others, which stay pending",
     items={X[7]: "removed", X[6]: "removed", X[4]: "pending", X[5]: "pending", X[8]: "pending", X[9]: "pending",
            X[10]: "pending", X[11]: "pending"})

case(name="x-outlook-original-message",
     date="Wed, 11 Sep 2024 15:02:00 +0900", **{"from": "hana.lee@x.com"}, name_from="Hana Lee",
     subject="RE: KCSC-240905-02 Request to remove content",
     reply_to_req=thread("KCSC-240905-02"),
     body=f"""
Hi,

Please see our update below.

{X[8]} – removed.
{X[9]} – withheld in South Korea.

Best,
Hana Lee
Legal Policy, X Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240905-02 Request to remove content

{our_request("KCSC-240905-02", X)}
""",
     outcome="applied",
     imitates="Outlook top-posted reply from a platform employee over '-----Original Message-----'",
     why="two URLs with dash-separated statuses; the whole request below the Outlook separator is quoted and says nothing",
     items=dict(items(X, "pending"), **{X[8]: "removed", X[9]: "restricted"}))

case(name="yt-angle-brackets-gmail-quote",
     date="Thu, 12 Sep 2024 08:15:44 -0700", **{"from": "legal-support@google.com"},
     name_from="YouTube Legal Support",
     subject="Re: KCSC-240909-03 Request to remove content [2-1187733000041]",
     reply_to_req=thread("KCSC-240909-03"),
     body=f"""
Hello,

Thank you for contacting YouTube Legal Support. After review:

We removed <{YT[0]}> for violating our harassment
policy.

We age-restricted <{YT[1]}>. It is no longer
shown to viewers under 18 or to signed-out users.

Regards,
The YouTube Legal Support Team

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(our_request("KCSC-240909-03", YT))}
""",
     outcome="applied",
     imitates="Google legal-support reply with URLs in angle brackets, Gmail-style quoted request",
     why="removed and age-restricted, each URL in <>; the channel and Short appear only in the quote",
     items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "pending", YT[3]: "pending"})

yt_qp_text = f"""Hello,

We are writing regarding your request KCSC-240909-03 (case 2-1187733000041).

Following our review, the channel {YT[2]} has been terminated for repeated violations of our Community Guidelines and is no longer available on YouTube.

We could not find the Short at {YT[3]} - there is no video at this address. Please check the link and reply to this message with the correct one if needed.

Sincerely,
YouTube Legal Support
© 2024 Google LLC
"""
case(name="yt-qp-channel-terminated-short-missing",
     date="Tue, 17 Sep 2024 02:33:10 -0700", **{"from": "legal-support@google.com"},
     name_from="YouTube Legal Support",
     subject="Re: KCSC-240909-03 [2-1187733000041]",
     reply_to_req=thread("KCSC-240909-03"),
     raw_mime=f"""
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: quoted-printable

{qp(yt_qp_text)}
""",
     outcome="applied",
     imitates="Google case-system reply sent quoted-printable (soft line breaks inside long lines)",
     why="channel terminated and no longer available: removed; 'could not find the Short ... no video at this address': not_found",
     items={YT[2]: "removed", YT[3]: "not_found"})

nv_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>KCSC-240910-04 건 중 아래 게시물에 대한 조치 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>처리결과</th></tr>
<tr><td>1</td><td><a href="{NV[0]}">{NV[0]}</a></td><td>게시중단</td></tr>
<tr><td>2</td><td><a href="{NV[1]}">{NV[1]}</a></td><td>임시조치(접근 제한)</td></tr>
<tr><td>3</td><td><a href="{NV[4]}">{NAVER_KO_RAW}</a></td><td>삭제</td></tr>
</table>
<p>나머지 게시물은 확인 후 별도로 회신드리겠습니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>
"""
case(name="naver-base64-html-table",
     date="Thu, 12 Sep 2024 16:20:00 +0900", **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
     subject="[회신] KCSC-240910-04 조치 결과",
     reply_to_req=thread("KCSC-240910-04"),
     raw_mime=f"""
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(nv_html)}
""",
     outcome="applied",
     imitates="NAVER policy-team 조치 결과 table sent as base64 HTML",
     why="table rows 게시중단 (removed), 임시조치/접근 제한 (restricted), 삭제 (removed); Korean-path link text vs encoded href",
     items={NV[0]: "removed", NV[1]: "restricted", NV[4]: "removed"})

case(name="tg-url-on-line-below-statement",
     date="Fri, 06 Sep 2024 14:10:00 +0000", **{"from": "abuse-desk@telegram.org"}, name_from="Telegram Support",
     subject="Re: [KCSC-240903-01] Request to remove content [Ticket #55102]",
     reply_to_req=thread("KCSC-240903-01"),
     body=f"""
Hello,

Following your request KCSC-240903-01, we have blocked the following channel
for users in South Korea:
{TG[2]}

We have also removed this post:
{TG[0]}

The Telegram Team
""",
     outcome="applied",
     imitates="Telegram abuse-desk reply, each statement followed by its URL on the next line",
     why="channel blocked for users in Korea: restricted; post removed: removed; /121 not mentioned",
     items={TG[2]: "restricted", TG[0]: "removed"})

case(name="x-ack-phrase-plus-results",
     date="Sat, 07 Sep 2024 02:10:55 +0000", **{"from": "support@x.com"}, name_from="X Support",
     subject="Your report has been reviewed [case 0923-7781-2290]",
     body=f"""
Thank you for your report. Your case number is 0923-7781-2290.

We've reviewed the following content and here is what we found:

{X[10]} — We removed this post for violating our rules.

{X[11]} — This post was deleted by the account holder before we reviewed it.

Thank you for helping to keep X safe.

X Support
""",
     outcome="applied",
     imitates="X report-outcome email opening with a receipt phrase and a case number",
     why="receipt phrase but unhedged per-URL outcomes: one removed, one deleted by its author (not_found)",
     items={X[10]: "removed", X[11]: "not_found"})

case(name="naver-fullwidth-parens-particles",
     date="Wed, 11 Sep 2024 18:05:00 +0900", **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
     subject="RE: [방송통신심의위원회] KCSC-240910-04 시정요구",
     reply_to_req=thread("KCSC-240910-04"),
     body=f"""
안녕하세요, 네이버 정책지원팀 이도윤입니다.

문의하신 게시물（{NV[1]}）은 권리침해 신고에 따라
임시조치 되었습니다. 또한 {NV[3]}은 카페 운영자 삭제 처리되었음을
알려드립니다.

그 밖의 게시물은 검토 중이며 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
이도윤 드림
""",
     outcome="applied",
     imitates="NAVER policy-team prose reply, URL in full-width parentheses and URL glued to a Korean particle",
     why="임시조치 restricted; 운영자 삭제 removed; the others are only 'under review' and unnamed",
     items={NV[1]: "restricted", NV[3]: "removed"})

case(name="jira-yt-comment-short-geoblocked",
     date="Wed, 11 Sep 2024 11:01:00 +0900", **{"from": "legal-support@youtube.com"},
     name_from="YouTube Legal Support (Jira)",
     subject="[JIRA] (YTLEGAL-3391) KCSC-240909-03 removal request - new comment",
     reply_to_req=thread("KCSC-240909-03"),
     body=f"""
—-—-—-—-—-—-—-—
Reply above this line.

Min-jun Park commented:

Hello, the Short at {YT[3]} has been blocked from view in South Korea on the
basis of local law. It remains available in other countries.

The other URLs in this request are still with our policy team.

View request · Turn off this request's notifications
This is shared with KCSC Takedown.
Sent by Jira Service Management
""",
     outcome="applied",
     imitates="Jira Service Management 'public comment added' notification",
     why="Short blocked in South Korea only: restricted; the rest unnamed and still open",
     items={YT[3]: "restricted"})

kk_prev = f"""안녕하세요. 카카오 고객센터입니다.

KCSC-240911-05 으로 요청하신 다음 카페 게시물에 대한 검토를 마쳤습니다.

- {KK[0]} : 운영정책 위반으로 게시물을 삭제하였습니다.
- {KK[1]} : 검토 결과 위반 사항이 확인되지 않아 게시물을 유지합니다."""
case(name="kakao-reopened-followup-quoted-history",
     date="Fri, 20 Sep 2024 15:44:00 +0900", **{"from": "cs-noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
     subject=enc("[카카오 고객센터] 재문의에 대한 답변입니다. (문의번호: 2409-118830)"),
     body=f"""
안녕하세요. 카카오 고객센터입니다.

재검토를 요청하신 {KK[1]} 게시물을 다시 확인한 결과,
청소년유해정보에 해당하여 게시중단 조치하였습니다.
이전 답변으로 불편을 드려 죄송합니다.

감사합니다.

------ 이전 답변 ------
2024년 9월 16일 (월) 오전 10:12, 카카오 고객센터 <cs-noreply@kakaocorp.com>님이 작성:
{quoted(kk_prev)}
""",
     outcome="applied",
     imitates="Kakao customer-centre answer to a re-enquiry (재문의), earlier answer quoted below",
     why="3405 now 게시중단 (removed); the quoted earlier answer is not a new statement, so 3391 stays pending",
     items={KK[1]: "removed", KK[0]: "pending"})

case(name="x-bullets-withheld",
     date="Tue, 10 Sep 2024 21:30:00 +0900", **{"from": "support@x.com"}, name_from="X Support",
     subject="[X] Re: KCSC-240905-02 [#4471203]",
     reply_to_req=thread("KCSC-240905-02"),
     body=f"""
Hi there,

We've completed our review of the following reported content:

• {X[0]} — Withheld in: South Korea
• {X[1]} — Withheld in: South Korea
• {X[5]} — No violation found; the post remains available

Thanks,
X Support
""",
     outcome="applied",
     imitates="X support bulleted outcome list ('Withheld in: country')",
     why="two posts withheld in Korea (restricted), one no violation (rejected)",
     items={X[0]: "restricted", X[1]: "restricted", X[5]: "rejected"})

case(name="tg-echoed-report-outcome",
     date="Wed, 04 Sep 2024 08:02:30 +0000", **{"from": "noreply@telegram.org"}, name_from="Telegram",
     subject="Your report has been processed",
     body=f"""
Hello,

Your report has been processed by our moderators.

---- Report details ----
Reported link: {TG[1]}
Reason given: Illegal goods
Submitted: 2024-09-03 10:04 (UTC+9)
Your reference: KCSC-240903-01

---- Outcome ----
The reported message has been deleted and the channel owner has been warned.

Telegram
""",
     outcome="applied",
     imitates="Telegram report-processed notice echoing the submitted report",
     why="the echoed report names one link; the outcome says the reported message was deleted",
     items={TG[1]: "removed"})

case(name="tiktok-dsa-statement-restricted",
     date="Mon, 16 Sep 2024 07:00:00 +0000", **{"from": "noreply@tiktok.com"}, name_from="TikTok",
     subject="Decision on your report - KCSC-240912-06",
     body=f"""
Statement of reasons

Content: {TT}
Your reference: KCSC-240912-06

Decision: Restricted. The video is not available to users in the Republic of Korea.
Ground: Illegal content under the laws of the Republic of Korea
Detection: Reported by a user or authority
Automated decision: No

You may contest this decision by replying within 6 months.
Learn more: https://www.tiktok.com/legal/page/global/decisions-kr
""",
     outcome="applied",
     imitates="DSA-style statement of reasons (TikTok) sent to the notifier",
     why="'Restricted. Not available to users in the Republic of Korea' for the only item",
     items={TT: "restricted"})

case(name="naver-reply-to-reminder-korean",
     date="Thu, 19 Sep 2024 10:25:00 +0900", **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
     subject="RE: [독촉] KCSC-240910-04 미처리 건 조치 요청",
     extra_headers=reminder_refs("KCSC-240910-04"),
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

독촉 메일로 문의하신 미처리 건 중 아래 2건의 조치 결과를 회신드립니다.

- {NV[2]} : 블라인드 처리 완료
- {NV[3]} : 게시자가 이미 삭제하여 확인할 수 없습니다.

나머지 건은 검토가 끝나는 대로 안내드리겠습니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-18 (수) 09:00:00 (GMT+09:00)
Subject: [독촉] KCSC-240910-04 미처리 건 조치 요청

{our_reminder("KCSC-240910-04", NV)}
""",
     outcome="applied",
     imitates="NAVER reply to a reminder, Korean Outlook-style quoted reminder below",
     why="블라인드 removed; deleted by poster, cannot be found: not_found; others only in the quoted reminder",
     items={NV[2]: "removed", NV[3]: "not_found", NV[0]: "pending", NV[1]: "pending", NV[4]: "pending"})

case(name="fd-yt-resolved-but-partial",
     date="Sat, 14 Sep 2024 01:12:00 -0700", **{"from": "legal-noreply@google.com"},
     name_from="YouTube Legal Support",
     subject="Your ticket #YT-5512093 has been resolved (KCSC-240909-03)",
     reply_to_req=thread("KCSC-240909-03"),
     body=f"""
Dear KCSC Takedown,

Your ticket #YT-5512093 has been marked Resolved.

We removed {YT[0]}.

{YT[1]} remains available: after review we found that it does not violate
our Community Guidelines, and we did not find it unlawful under the provisions
you cited.

We are still reviewing {YT[2]} and will update you in a separate message.

If you believe this ticket was resolved in error, reply within 7 days to reopen it.

YouTube Legal Support
""",
     outcome="applied",
     imitates="help-desk 'ticket resolved' message whose body is only a partial answer",
     why="removed; stays up with a reason (rejected); the channel is explicitly still under review",
     items={YT[0]: "removed", YT[1]: "rejected", YT[2]: "pending"})

x_csv = ("Reported URL,Outcome,Country\r\n"
         f"{X[0]},Removed,\r\n{X[1]},Withheld,KR\r\n{X[2]},Withheld,KR\r\n"
         f"{X[3]},No action,\r\n{X[4]},Not found,\r\n{X[5]},Removed,\r\n")
case(name="x-csv-attachment-six",
     date="Thu, 12 Sep 2024 13:00:00 +0900", **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
     subject="KCSC-240905-02 outcomes (batch 1)",
     reply_to_req=thread("KCSC-240905-02"),
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="b1_x_legal_ops"

--b1_x_legal_ops
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcomes for the first six links of KCSC-240905-02.
The remaining links will be covered in a second batch.

X Legal Operations

--b1_x_legal_ops
Content-Type: text/csv; name="KCSC-240905-02_batch1.csv"
Content-Disposition: attachment; filename="KCSC-240905-02_batch1.csv"
Content-Transfer-Encoding: base64

{b64(x_csv)}
--b1_x_legal_ops--
""",
     outcome="applied",
     imitates="legal-operations batch reply with a per-link outcomes CSV (CRLF rows)",
     why="CSV rows: Removed, Withheld KR, Withheld KR, No action, Not found, Removed",
     items={X[0]: "removed", X[1]: "restricted", X[2]: "restricted", X[3]: "rejected", X[4]: "not_found",
            X[5]: "removed"})

case(name="hs-x-second-reply-same-thread",
     date="Thu, 19 Sep 2024 17:40:00 +0900", **{"from": "marco.r@x.com"}, name_from="Marco Rossi (X Legal)",
     subject="Re: [Reminder] KCSC-240905-02 - 8 items still pending [#88123]",
     extra_headers=reminder_refs("KCSC-240905-02"),
     body=f"""
Marco replied to conversation #88123

Hello again,

Following up on my note from yesterday: {X[4]} and
{X[5]} have now both been removed.

Marco
X Legal

---------------------------------------------------------
Previous messages

KCSC Takedown <takedown@kcsc.example> wrote on Sep 16, 2024, 9:00 AM:

{our_reminder("KCSC-240905-02", X[4:12])}
---------------------------------------------------------
Reply to this email to respond to the conversation.
""",
     outcome="applied",
     imitates="Help Scout-style conversation reply with the thread history (our reminder) printed below",
     why="two URLs 'have now both been removed'; the history below is our own reminder, not a statement",
     items=dict(items(X[4:12], "pending"), **{X[4]: "removed", X[5]: "removed"}))

# ================================================================ REVIEW

case(name="zd-x-promise-will-withhold",
     date="Tue, 10 Sep 2024 10:30:00 +0900", **{"from": "support@x.com"}, name_from="X Support",
     subject="[X] Re: KCSC-240905-02 [#4471203] - Pending",
     reply_to_req=thread("KCSC-240905-02"),
     body=f"""
##- Please type your reply above this line -##

Thanks for your patience. We've escalated your request to our legal team.

The posts {X[2]} and
{X[3]} will be withheld in South Korea once our
legal review has concluded, which we expect by the end of the week.

We'll update this ticket when that's done.

X Support
""",
     outcome="review", review="not_understood",
     imitates="Zendesk 'Pending' ticket update promising an action",
     why="'will be withheld once our review has concluded' is a promise, not a statement",
     items={X[2]: "pending", X[3]: "pending"})

case(name="yt-hedge-appears-taken-down",
     date="Wed, 11 Sep 2024 09:00:00 -0700", **{"from": "legal-support@google.com"},
     name_from="YouTube Legal Support",
     subject="Re: KCSC-240909-03 Request to remove content [2-1187733000041]",
     reply_to_req=thread("KCSC-240909-03"),
     body=f"""
Hello,

It appears that {YT[1]} may already have been taken down
by the uploader. We are checking with the relevant team and will confirm the
status of this and the other URLs in your request.

Regards,
YouTube Legal Support
""",
     outcome="review", review="not_understood",
     imitates="Google legal-support interim reply hedging about a video's state",
     why="'appears ... may already have been taken down' is a hedge; confirmation promised",
     items={YT[1]: "pending"})

case(name="fd-tg-bulk-ticket-closed",
     date="Sat, 07 Sep 2024 16:00:00 +0000", **{"from": "abuse-desk@telegram.org"}, name_from="Telegram Support",
     subject="Ticket #55102 closed: [KCSC-240903-01] Request to remove content",
     reply_to_req=thread("KCSC-240903-01"),
     body="""
Hello,

All the content listed in your request KCSC-240903-01 has been removed.

This ticket is now closed. If you need further help, reply to this email and
it will be reopened.

Telegram Support
""",
     outcome="review", review="bulk",
     imitates="Freshdesk 'ticket closed' notice with a one-line summary of the outcome",
     why="'all the content listed ... removed' for a three-item request names no item",
     items=items(TG, "pending"))

case(name="naver-untrusted-dkim-fail",
     date="Sat, 14 Sep 2024 11:11:00 +0900", **{"from": "help@naver.com"}, name_from=enc("네이버 고객센터"),
     subject="[네이버 고객센터] KCSC-240910-04 조치 결과 안내", auth="fail",
     reply_to_req=thread("KCSC-240910-04"),
     body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 게시물에 대해 아래와 같이 조치하였습니다.

1) {NV[0]} → 게시중단
2) {NV[2]} → 게시중단

감사합니다.
""",
     outcome="review", review="untrusted",
     imitates="NAVER 조치 결과 notice whose DKIM/DMARC fail",
     why="clear statements but the naver.com sender fails authentication",
     items={NV[0]: "pending", NV[2]: "pending"})

case(name="vendor-unknown-sender-on-behalf",
     date="Sun, 15 Sep 2024 05:40:00 +0000", **{"from": "cases@trustops-bpo.example"},
     name_from="Trust Ops Desk",
     subject="Re: KCSC-240912-06 Request to remove content",
     reply_to_req=thread("KCSC-240912-06"),
     body=f"""
Dear KCSC,

We handle content escalations on behalf of TikTok in the APAC region.

The video {TT} has been removed.

Best,
Trust Ops Desk (case TOD-774120)
""",
     outcome="review", review="unknown_sender",
     imitates="outsourced moderation vendor answering for a platform from its own domain",
     why="names our request and the URL but comes from no platform's domain",
     items={TT: "pending"})

case(name="kakao-about-naver-link",
     date="Thu, 12 Sep 2024 14:00:00 +0900", **{"from": "cs-noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
     subject=enc("[카카오 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호: 2409-119002)"),
     body=f"""
안녕하세요. 카카오 고객센터입니다.

보내주신 링크({NV[2]})는 카카오가 운영하는 서비스의 게시물이 아니어서
당사에서 해당 게시물을 찾을 수 없습니다.
해당 서비스 운영사로 문의해 주시기 바랍니다.

감사합니다.
""",
     outcome="review", review="wrong_platform",
     imitates="Kakao customer-centre answer about a link on another company's service",
     why="Kakao says it cannot find a NAVER cafe post; a Kakao email cannot set a NAVER item's status",
     items={NV[2]: "pending"})

case(name="fd-tg-asks-more-documents",
     date="Wed, 04 Sep 2024 12:30:00 +0000", **{"from": "abuse-desk@telegram.org"}, name_from="Telegram Support",
     subject="Re: [KCSC-240903-01] Request to remove content [Ticket #55102] - Awaiting your reply",
     reply_to_req=thread("KCSC-240903-01"),
     body=f"""
Hello,

To act on your request KCSC-240903-01 regarding {TG[2]},
we need the links to the specific messages in that channel that you consider
unlawful, and a copy of the decision or the legal provision it is based on.

Please reply to this ticket with those documents. The ticket status has been
set to "Awaiting your reply".

Telegram Support
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Freshdesk 'awaiting your reply' agent message asking for more information",
     why="asks for message links and the legal basis before acting; no status",
     items={TG[2]: "pending"})

case(name="tiktok-csat-survey",
     date="Tue, 17 Sep 2024 06:00:00 +0000", **{"from": "support@tiktok.com"}, name_from="TikTok Support",
     subject="How did we do? Ticket #TT-7730021",
     body="""
Hi,

Your support ticket #TT-7730021 was recently closed. How would you rate the
support you received?

Good, I'm satisfied: https://support.tiktok.com/csat?t=TT-7730021&r=good
Bad, I'm unsatisfied: https://support.tiktok.com/csat?t=TT-7730021&r=bad

Thank you,
TikTok Support
""",
     outcome="review", review="no_claims",
     imitates="help-desk customer-satisfaction survey sent after a ticket closes",
     why="trusted TikTok mail naming no item and no request of ours (only its own ticket and survey links)",
     items={})

case(name="x-outcome-header-contradicts-body",
     date="Fri, 13 Sep 2024 09:09:09 +0000", **{"from": "support@x.com"}, name_from="X Support",
     subject="Case 0923-7781-4410 - outcome",
     body=f"""
Case 0923-7781-4410 - outcome
Reported post: {X[9]}
Action: Content removed

Hello,

We reviewed the post above and did not find it to be in violation of the X
Rules or applicable law, so it remains available on X.

X Support
""",
     outcome="review", review="conflicting_statements",
     imitates="templated case-outcome email whose header field disagrees with the agent's text",
     why="'Action: Content removed' and 'remains available' about the same post",
     items={X[9]: "pending"})

case(name="naver-bulk-all-five-korean",
     date="Mon, 16 Sep 2024 13:00:00 +0900", **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
     subject="RE: KCSC-240910-04 시정요구 조치 완료",
     reply_to_req=thread("KCSC-240910-04"),
     body="""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240910-04 관련하여 요청하신 게시물 5건에 대해 모두 게시중단 조치를
완료하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="NAVER one-line 조치 완료 reply for a whole request",
     why="'5건 모두 게시중단' for a five-item request names no item",
     items=items(NV, "pending"))

case(name="kakao-future-action-korean",
     date="Thu, 12 Sep 2024 09:30:00 +0900", **{"from": "cs-noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
     subject=enc("[카카오 고객센터] 문의하신 내용에 대한 중간 답변입니다. (문의번호: 2409-118830)"),
     body=f"""
안녕하세요. 카카오 고객센터입니다.

KCSC-240911-05 으로 요청하신 {KK[0]} 게시물은 현재 내부 검토
중이며, 검토가 완료되는 대로 삭제 등 필요한 조치를 취할 예정입니다.

조금만 기다려 주시면 결과를 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="Kakao customer-centre interim answer (중간 답변)",
     why="'검토 중 ... 조치를 취할 예정' is under review plus a promise",
     items={KK[0]: "pending"})

case(name="tg-forwarded-moderation-outcome",
     date="Thu, 05 Sep 2024 09:15:00 +0000", **{"from": "elena.v@telegram.org"}, name_from="Elena V.",
     subject="Fwd: Outcome for KCSC-240903-01",
     body=f"""
Hi,

FYI, forwarding the outcome from our moderation team.

Elena

---------- Forwarded message ---------
From: Moderation Queue <moderation@telegram.org>
Date: Wed, Sep 4, 2024 at 22:40
Subject: Outcome for KCSC-240903-01
To: Elena V. <elena.v@telegram.org>

{TG[1]} — removed
{TG[2]} — restricted in KR
""",
     outcome="review", review="forwarded", classification="forwarded",
     imitates="platform employee forwarding an internal moderation result with a one-line cover note",
     why="the statuses sit only in the forwarded part; the cover note says nothing about items",
     items={TG[1]: "pending", TG[2]: "pending"})

# ================================================================ IGNORED

case(name="zd-x-auto-ack-received",
     date="Thu, 05 Sep 2024 10:00:40 +0900", **{"from": "support@x.com"}, name_from="X Support",
     subject="[X] Request received: KCSC-240905-02 Request to remove content [#4471203]",
     reply_to_req=thread("KCSC-240905-02"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
##- Please type your reply above this line -##

Thanks for contacting X.

This is an automated reply to let you know that we've received your request
(4471203). A member of our team will review it and get back to you.

To add information to your request, reply to this email.

X Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk auto-acknowledgement trigger ('we've received your request')",
     why="pure receipt with a ticket number",
     items={})

case(name="ooo-google-legal-agent",
     date="Tue, 17 Sep 2024 09:00:05 +0900", **{"from": "jiwon.han@google.com"}, name_from="Jiwon Han",
     subject="Automatic reply: [Reminder] KCSC-240909-03 - items still pending",
     extra_headers=reminder_refs("KCSC-240909-03") + ["Auto-Submitted: auto-replied",
                                                      "X-Auto-Response-Suppress: All"],
     body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal requests please write to
legal-kr@google.com.

감사합니다. 9월 23일까지 부재중입니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook/Gmail out-of-office reply to a reminder",
     why="out-of-office auto-reply",
     items={})

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: cs-policy@kakaocorp.com
Subject: [Reminder] KCSC-240911-05 - items still pending
Date: Thu, 19 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240911-05.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

{our_reminder("KCSC-240911-05", KK)}
"""
case(name="dsn-kakao-mailbox-full",
     date="Thu, 19 Sep 2024 09:00:09 +0900", **{"from": "MAILER-DAEMON@daum.net"},
     name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.4ZK1.daum"

--DSN.4ZK1.daum
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not be delivered to
one or more recipients.

<cs-policy@kakaocorp.com>: host inbound.kakaocorp.com[203.0.113.40] said:
    552 5.2.2 Mailbox full (in reply to RCPT TO command)

--DSN.4ZK1.daum
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Thu, 19 Sep 2024 09:00:02 +0900

Final-Recipient: rfc822; cs-policy@kakaocorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--DSN.4ZK1.daum
Content-Type: message/rfc822

{dsn_orig}
--DSN.4ZK1.daum--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (multipart/report delivery-status) returning our reminder",
     why="delivery failure report; the URLs are only in our returned reminder",
     items={})

case(name="mdn-tiktok-displayed",
     date="Thu, 12 Sep 2024 11:20:00 +0900", **{"from": "minseo.cho@tiktok.com"}, name_from="Minseo Cho",
     subject="Read: KCSC-240912-06 Request to remove content",
     raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_9931"

--mdn_9931
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to <legal-kr@tiktok.com> at 2024-09-12 10:00 (GMT+9).

Subject: KCSC-240912-06 Request to remove content

Note: This receipt only acknowledges that the message was displayed on the
recipient's computer. There is no guarantee that the recipient has read or
understood the message contents.

--mdn_9931
Content-Type: message/disposition-notification

Reporting-UA: minseo.cho-laptop; Mozilla Thunderbird
Final-Recipient: rfc822;legal-kr@tiktok.com
Original-Message-ID: <{req_mid("KCSC-240912-06")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_9931--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Thunderbird read receipt (RFC 8098 MDN)",
     why="message disposition notification only",
     items={})

case(name="fd-tg-receipt-echoing-request",
     date="Tue, 03 Sep 2024 01:00:50 +0000", **{"from": "abuse-desk@telegram.org"}, name_from="Telegram Support",
     subject="Ticket received: [KCSC-240903-01] Request to remove content [Ticket #55102]",
     reply_to_req=thread("KCSC-240903-01"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""
Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a ticket
has been created. A support representative will review your request and send
you a personal response, usually within 72 hours.

Ticket ID: #55102
Status: Open

Your message:
{quoted(our_request("KCSC-240903-01", TG))}

Telegram Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Freshdesk new-ticket auto-acknowledgement echoing the submitted message",
     why="receipt; the URLs appear only in our echoed request",
     items={})

case(name="naver-receipt-korean",
     date="Tue, 10 Sep 2024 10:02:00 +0900", **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
     subject=enc("[네이버 고객센터] 문의가 정상적으로 접수되었습니다. (KCSC-240910-04)"),
     reply_to_req=thread("KCSC-240910-04"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
안녕하세요, 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: 2409100077

담당자 확인 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 최대 3일이 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER customer-centre 접수 완료 automatic receipt",
     why="pure receipt with a 접수번호",
     items={})

case(name="ooo-x-agent-reminder",
     date="Mon, 16 Sep 2024 09:00:30 +0900", **{"from": "hana.lee@x.com"}, name_from="Hana Lee",
     subject="[Out of office] Re: [Reminder] KCSC-240905-02 - 8 items still pending",
     extra_headers=reminder_refs("KCSC-240905-02") + ["Auto-Submitted: auto-replied"],
     body="""
Hello, I am on leave (추석 연휴) until 19 September and will reply when I am back.
For urgent matters regarding legal requests, please contact legal@x.com.

안녕하세요, 추석 연휴로 9월 19일까지 부재중입니다. 복귀 후 회신드리겠습니다.

Hana Lee
Legal Policy, X Korea
""",
     outcome="ignored", classification="auto_reply",
     imitates="bilingual out-of-office reply during the Chuseok holiday",
     why="out-of-office auto-reply to our reminder",
     items={})

HEADER = """# Blind set 752 (ticket systems and threads): expected results written from
# each email's meaning before any run of the reader. Generated by make.py."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind752", HEADER, CASES)
    print(len(CASES), "cases")
