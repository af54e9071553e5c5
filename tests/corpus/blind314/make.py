#!/usr/bin/env python3
"""Blind set 314: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; expected results were written from each email's meaning before
any run of the reader.

    python3 tests/corpus/blind314/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240911-01", "KCSC-240911-02", "KCSC-240911-03", "KCSC-240911-04",
    "KCSC-240911-05", "KCSC-240911-06", "KCSC-240912-07",
)

TG = [
    "https://t.me/lucky_moon_bet/1041",
    "https://t.me/lucky_moon_bet/1057",
    "https://t.me/jackpot_river/88",
    "https://t.me/jackpot_river/93",
    "https://t.me/silverdice_kr/2210",
    "https://t.me/silverdice_kr/2214",
    "https://t.me/silverdice_kr/2231",
    "https://t.me/nightowl_slots/7",
    "https://t.me/nightowl_slots/15",
    "https://t.me/goldpeak_toto/430",
    "https://t.me/goldpeak_toto/431",
    "https://t.me/bluefin_casino_kr/19",
]
X = [
    "https://x.com/pharm_quick_kr/status/1837700000000000101",
    "https://x.com/pharm_quick_kr/status/1837700000000000245",
    "https://x.com/ice_delivery_24/status/1837711111111111103",
    "https://x.com/greenleaf_sel/status/1837722222222222207",
]
YT = [
    "https://www.youtube.com/watch?v=Qm4tRw8LpZ1",
    "https://www.youtube.com/watch?v=Hx7Nc2VbKe0",
    "https://www.youtube.com/shorts/Lp9Ws3TaYd6",
]
NV_IN_RAW = "https://in.naver.com/밤바다/contents/internal/110044"
NV = [
    "https://blog.naver.com/moonlit_trade/223561000101",
    "https://blog.naver.com/moonlit_trade/223561000188",
    "https://cafe.naver.com/quietmarket/5521",
    "https://cafe.naver.com/quietmarket/5534",
    "https://in.naver.com/%EB%B0%A4%EB%B0%94%EB%8B%A4/contents/internal/110044",
]
DC = [
    "https://discord.com/channels/1180000000000000001/1180000000000000077/1286000000000000123",
    "https://discord.gg/k9TqRw2",
]
KK = ["https://cafe.daum.net/nightferry/Ab3x/415"]
X7 = ["https://x.com/cheap_visa_kr/status/1838000000000000555"]

REQUESTS = [
    (R1, "telegram", "gambling", TG, "illegal gambling channels (largest request)"),
    (R2, "x", "drugs", X, "drug sales posts"),
    (R3, "youtube", "drugs", YT, "videos advertising drug purchase"),
    (R4, "naver", "obscenity", NV, "blog/cafe posts; one Korean-path URL"),
    (R5, "discord", "obscenity", DC, "message link and server invite"),
    (R6, "kakao", "gambling", KK, "Daum cafe post"),
    (R7, "x", "fraud", X7, "forged document sales post"),
]


def msgid(ref):
    return "req." + ref.lower() + "@kcsc.example"


def reqthread(ref):
    return "req." + ref.lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, cat, urls, note in REQUESTS:
        if ref == R7:
            sent, due = "2024-09-12T11:00:00+09:00", "2024-09-17T18:00:00+09:00"
        else:
            sent, due = "2024-09-11T10:00:00+09:00", "2024-09-16T18:00:00+09:00"
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, msgid(ref), note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers

def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, greeting, subject):
    body = [
        greeting,
        "",
        "The Korea Communications Standards Commission requests the removal of the",
        "following content under the Telecommunications Business Act:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u}")
    body += ["", f"Our reference: {ref}", "", "KCSC Takedown Team"]
    return subject, "\n".join(body)


def reminder_text(ref, urls):
    body = [
        "Dear colleagues,",
        "",
        f"We have not yet received your answer on our request {ref} for these items:",
        "",
    ]
    for u in urls:
        body.append(f"  {u}  (pending)")
    body += ["", "Please tell us what action was taken on each of them.", "", "KCSC Takedown Team"]
    return "\n".join(body)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp_part(text, ctype="text/plain"):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text))


def b64_part(text, ctype="text/plain"):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text))


def st(urls, status):
    return {u: status for u in urls}


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED

case(
    name="tg-zendesk-solved-first-batch",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification from an abuse desk, agent comment with a per-link list",
    why="trusted Telegram reply names four links, each with an unhedged result; the promise about the rest names no item",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Thu, 12 Sep 2024 19:12:04 +0900",
    subject="[Telegram Support] Re: KCSC-240911-01 removal request (Case #4471920) - Solved",
    reply_to_req=reqthread(R1),
    body=f"""##- Please type your reply above this line -##

Your request (Case #4471920) has been solved. To reopen it, simply reply to this email.

----------------------------------------------

Maksim (Telegram Abuse Team)
Sep 12, 2024, 14:12 GMT+4

Hello,

Thank you for your report regarding KCSC-240911-01. We have looked at the
first batch of links:

- {TG[0]} : blocked, the post is no longer available on Telegram
- {TG[1]} : blocked, the post is no longer available on Telegram
- {TG[3]} : removed together with the media attached to it
- {TG[2]} : we could not find this message; the link does not point to an existing post

We will get back to you about the remaining links under a separate case.

Kind regards,
Maksim
Telegram Abuse Team

----------------------------------------------
This email is a service from Telegram Support. [VQ7K2-9WEL3]
""",
    items={TG[0]: "removed", TG[1]: "removed", TG[3]: "removed", TG[2]: "not_found"},
)

case(
    name="tg-thread-followup-remaining",
    outcome="applied",
    imitates="agent follow-up in the same ticket thread, top-posted over the previous answer (Gmail quoting)",
    why="top part takes down three silverdice posts and refuses nightowl_slots/7; the quoted earlier answer is not read",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Fri, 13 Sep 2024 16:40:51 +0900",
    subject="Re: [Telegram Support] Case #4471920 - follow-up",
    reply_to_req=reqthread(R1),
    body=f"""Hello again,

Following up on the remaining links from KCSC-240911-01.

{TG[4]}, {TG[5]} and {TG[6]} have been taken down and the channel has been banned.

{TG[7]} was reviewed by our moderators. It does not break the Telegram Terms of Service, so we are leaving it up.

Maksim
Telegram Abuse Team

On Thu, Sep 12, 2024 at 2:12 PM, Telegram Abuse Desk <abuse@telegram.org> wrote:
{quoted(f'''Hello,

Thank you for your report regarding KCSC-240911-01. We have looked at the
first batch of links:

- {TG[0]} : blocked, the post is no longer available on Telegram
- {TG[2]} : we could not find this message''')}
""",
    items={TG[4]: "removed", TG[5]: "removed", TG[6]: "removed", TG[7]: "rejected"},
)

case(
    name="tg-freshdesk-html-table",
    outcome="applied",
    imitates="Freshdesk 'ticket status changed to Resolved' notification with an HTML table of decisions",
    why="HTML table: two goldpeak posts restricted in South Korea, bluefin post not found; the ToS link is not an item",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Fri, 13 Sep 2024 11:05:33 +0900",
    subject="Ticket #TG-58210 status changed to Resolved: KCSC-240911-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear requester,</p>
<p>Your ticket <b>#TG-58210</b> (KCSC-240911-01) has been marked as <b>Resolved</b>.
Our decisions on the links it covers are below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Decision</th><th>Scope</th></tr>
<tr><td><a href="{TG[9]}">{TG[9]}</a></td><td>Restricted</td><td>South Korea</td></tr>
<tr><td><a href="{TG[10]}">{TG[10]}</a></td><td>Restricted</td><td>South Korea</td></tr>
<tr><td><a href="{TG[11]}">{TG[11]}</a></td><td>Not found</td><td>&mdash;</td></tr>
</table>
<p>Decisions are taken under our <a href="https://telegram.org/tos">Terms of Service</a>.</p>
<p style="color:#888">If you think this ticket was resolved in error, reply to this email to reopen it.<br>
Telegram Support &middot; powered by our helpdesk</p>
</body></html>
""",
    items={TG[9]: "restricted", TG[10]: "restricted", TG[11]: "not_found"},
)

case(
    name="tg-reply-to-reminder-two-more",
    outcome="applied",
    imitates="abuse desk answering our reminder in its thread; URLs on the lines below the statement, reminder quoted below",
    why="two posts 'were taken down' (URLs listed after the sentence); 'the others' are unnamed; the quoted reminder is not read",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Tue, 17 Sep 2024 15:22:10 +0900",
    subject=f"Re: [Reminder] {R1}: 12 items still awaiting a reply",
    body=f"""Apologies for the slow answer. Two more posts from that list were taken down
on 16 September:

{TG[8]}
{TG[10]}

The others are still being looked at by our team and we will write once we
have an outcome.

Telegram Abuse Team

On Tue, 17 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(reminder_text(R1, TG))}
""",
    items={TG[8]: "removed", TG[10]: "removed"},
)

csv_text = (
    "link,action,region,date\n"
    f"{TG[0]},deleted,global,2024-09-13\n"
    f"{TG[1]},deleted,global,2024-09-13\n"
    f"{TG[3]},deleted,global,2024-09-13\n"
    f"{TG[4]},geo-restricted,KR,2024-09-14\n"
    f"{TG[5]},no violation found,,2024-09-14\n"
    f"{TG[7]},not found,,2024-09-14\n"
)
case(
    name="tg-csv-outcome-attachment",
    outcome="applied",
    imitates="ticket update carrying a CSV export of per-link actions as an attachment",
    why="CSV rows from the trusted abuse desk: three deleted, one geo-restricted, one no violation, one not found",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Sat, 14 Sep 2024 10:31:44 +0900",
    subject="[Telegram Support] Case #4471958 - outcome report",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tg-b314-csv"

--tg-b314-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for the links in Case #4471958
(your reference {R1}). One row per link.

Telegram Abuse Team

--tg-b314-csv
Content-Type: text/csv; charset=utf-8; name="case-4471958-outcome.csv"
Content-Disposition: attachment; filename="case-4471958-outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--tg-b314-csv--
""",
    items={TG[0]: "removed", TG[1]: "removed", TG[3]: "removed", TG[4]: "restricted",
           TG[5]: "rejected", TG[7]: "not_found"},
)

case(
    name="x-helpscout-withheld-and-removed",
    outcome="applied",
    imitates="Help Scout style conversation reply from a legal team ('reply above this line', conversation number footer)",
    why="two posts withheld in South Korea, one removed globally; the 'fourth post' is not named and stays pending",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Fri, 13 Sep 2024 08:14:02 +0900",
    subject=f"Re: {R2}: request to remove illegal drug sales posts (4 URLs) [#58812]",
    reply_to_req=reqthread(R2),
    body=f"""## Reply above this line ##

Hello KCSC team,

Thanks for your request ({R2}). Having reviewed it under local law, we
have withheld the following posts in South Korea:

  • {X[0]}
  • {X[1]}

Separately, {X[2]} violated the X Rules on illegal goods and services and has been removed globally; the account was suspended.

We are still assessing the fourth post and will follow up.

Best,
Jordan
X Legal Operations

--
Conversation #58812 · sent via Help Scout
""",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"},
)

case(
    name="x-jira-comment-declined",
    outcome="applied",
    imitates="Jira Service Management customer notification: agent comment plus status transition to Resolved / Declined",
    why="the agent found no violation and took no action on greenleaf_sel: a refusal with its reason",
    **{"from": "legal-desk@x.com"}, name_from="X Legal Desk (Jira)",
    date="Sat, 14 Sep 2024 03:47:19 +0900",
    subject=f"[JIRA] (LGL-23817) {R2}: takedown request - 4 URLs",
    reply_to_req=reqthread(R2),
    body=f"""—— Reply above this line ——

Sara Lindqvist commented:

Reviewed {X[3]} against the X Rules and the Korean provision cited. The post advertises a CBD product that is lawful in several markets; we found no violation, so the post stays up and no action was taken.

Status: In Progress → Resolved
Resolution: Declined

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management, sent you this notification.
""",
    items={X[3]: "rejected"},
)

case(
    name="x-single-item-case-closed",
    outcome="applied",
    imitates="case-closed notice that speaks of 'the reported post' without repeating its URL",
    why="request KCSC-240912-07 has one item, so 'the reported post has been removed' is an item-level statement",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 12:02:55 +0900",
    subject=f"Case closed - {R7}",
    body=f"""Hello,

We have completed our review of your request {R7}. The reported post has
been removed for violating our rules on counterfeit and forged documents.

This case is now closed. If you have a new request, please open a new case
through our legal request portal.

Regards,
X Legal
""",
    items={X7[0]: "removed"},
)

case(
    name="yt-qp-restricted-and-removed",
    outcome="applied",
    imitates="YouTube legal support follow-up in a ticket, quoted-printable body, local-law block plus guideline removal",
    why="Qm4tRw8LpZ1 blocked from view in South Korea (restricted), Hx7Nc2VbKe0 removed for guideline violation",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 17:20:38 +0900",
    subject=f"Re: {R3} [7-1944000034127]",
    reply_to_req=reqthread(R3),
    raw_mime=qp_part(f"""Hello,

Thank you for your patience regarding your request {R3} (our reference 7-1944000034127).

After review, we have blocked the video {YT[0]} from view in South Korea on the basis of local law — it remains available in other countries.

The video {YT[1]} was removed from YouTube for violating our Community Guidelines.

Regards,
The YouTube Legal Team
"""),
    items={YT[0]: "restricted", YT[1]: "removed"},
)

case(
    name="yt-url-below-statement",
    outcome="applied",
    imitates="trust and safety reply where each decision sentence ends in ':' and the URL stands on the next line",
    why="the Short was age-restricted (restricted); Qm4tRw8LpZ1 does not violate policy and remains available (rejected)",
    **{"from": "yt-trust-safety@google.com"}, name_from="YouTube Trust & Safety",
    date="Sat, 14 Sep 2024 09:03:11 +0900",
    subject=f"Re: {R3} - outcome for remaining items",
    reply_to_req=reqthread(R3),
    body=f"""Hi,

We have age-restricted the following Short; it can now only be viewed by signed-in adult users:
{YT[2]}

The following video was reviewed and does not violate our policies or local law, so it remains available:
{YT[0]}

Best regards,
YouTube Trust & Safety
""",
    items={YT[2]: "restricted", YT[0]: "rejected"},
)

case(
    name="yt-actioned-base64",
    outcome="applied",
    imitates="templated YouTube notice ('has been actioned under our policies') sent with a base64 body",
    why="the configured YouTube phrase means removed; the help-centre link is not an item",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 10:44:27 +0900",
    subject=f"Your legal request {R3}: update",
    raw_mime=b64_part(f"""Our reference: 2-8830000045512
Your reference: {R3}

Hello,

The content at {YT[1]} has been actioned under our policies.

You can read more about our policies at https://support.google.com/youtube/answer/2801939.

The YouTube Team
"""),
    items={YT[1]: "removed"},
)

case(
    name="naver-1to1-inquiry-answer",
    outcome="applied",
    imitates="NAVER 고객센터 1:1 문의 답변 mail with ■ section headings (게시중단 조치 완료 / 확인 불가)",
    why="two blog posts 게시중단 (removed); cafe 5521 already deleted by its author (not_found); help link is not an item",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 14:30:00 +0900",
    subject=f"[네이버 고객센터] 문의하신 내용에 대한 답변입니다 ({R4})",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내해 드립니다.

■ 게시중단 조치 완료
 - {NV[0]}
 - {NV[1]}

■ 확인 불가
 - {NV[2]}
   해당 게시물은 작성자가 이미 삭제하여 존재하지 않습니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내해 드리겠습니다.

문의번호: 2409-3381-0275
※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터 도움말(https://help.naver.com/)을 이용해 주세요.
""",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "not_found"},
)

case(
    name="naver-url-korean-particle",
    outcome="applied",
    imitates="NAVER 정책지원팀 follow-up in prose, a raw Korean-path URL and a URL followed directly by a particle (…5534에)",
    why="in.naver post 임시조치 30일 (restricted); cafe 5534 블라인드 처리 완료 (removed)",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Sat, 14 Sep 2024 11:12:40 +0900",
    subject=f"Re: {R4} 추가 처리 결과",
    reply_to_req=reqthread(R4),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청번호 {R4} 관련하여 추가로 처리된 내용을 알려드립니다.

{NV_IN_RAW} 게시물은 정보통신망법에 따라 30일간 임시조치되었습니다.
{NV[3]}에 대해서는 카페 운영정책 위반으로 블라인드 처리를 완료하였습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    items={NV[4]: "restricted", NV[3]: "removed"},
)

case(
    name="naver-html-result-table",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 회신 with an HTML table (순번 / URL / 조치결과 / 조치일자)",
    why="table rows: 삭제, 삭제, 게시물 없음(작성자 삭제), 블라인드, 임시조치(30일)",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Mon, 16 Sep 2024 16:05:09 +0900",
    subject=f"[조치결과] 시정요구 조치결과 회신 - {R4}",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(요청번호 {R4})에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>순번</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>삭제</td><td>2024-09-13</td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>삭제</td><td>2024-09-13</td></tr>
<tr><td>3</td><td>{NV[2]}</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>4</td><td>{NV[3]}</td><td>블라인드</td><td>2024-09-14</td></tr>
<tr><td>5</td><td><a href="{NV[4]}">{NV_IN_RAW}</a></td><td>임시조치(30일)</td><td>2024-09-14</td></tr>
</table>
<p>감사합니다.<br>네이버 정책지원팀</p>
</body></html>
""",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "not_found", NV[3]: "removed",
           NV[4]: "restricted"},
)

case(
    name="discord-zendesk-updated",
    outcome="applied",
    imitates="Discord Trust & Safety Zendesk 'Your request has been updated' mail; statement wraps around a URL on its own line",
    why="the reported message was removed; the invite link was disabled; the dis.gd form link is not an item",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 00:41:16 +0900",
    subject=f"[Discord] Re: {R5} - report of illegal content",
    reply_to_req=reqthread(R5),
    body=f"""##- Please type your reply above this line -##

Your request (31877452) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Discord Trust & Safety (Discord)
Sep 12, 2024, 08:41 PDT

Hi there,

Thanks for reaching out. We've reviewed the message you reported:

{DC[0]}

and removed it. We also took action on the server where it was posted: the
invite link {DC[1]} has been disabled and no longer leads anywhere.

If you have further reports, please use our form at https://dis.gd/request.

Best,
Discord Trust & Safety
""",
    items={DC[0]: "removed", DC[1]: "removed"},
)

case(
    name="kakao-daum-cafe-result",
    outcome="applied",
    imitates="카카오 고객센터 신고 처리 결과 안내 (Daum 카페 게시글 게시중단)",
    why="the Daum cafe post, URL in parentheses, was 게시중단 처리 (removed)",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 18:20:00 +0900",
    subject="[카카오 고객센터] 신고하신 내용의 처리 결과를 안내해 드립니다",
    body=f"""안녕하세요, 카카오 고객센터입니다.

신고하신 Daum 카페 게시글({KK[0]})은 카페 운영정책 위반이 확인되어 게시중단 처리되었습니다.

관련 요청번호: {R6}
접수번호: K2409-118842

카카오를 이용해 주셔서 감사합니다.
※ 본 메일은 발신 전용 메일입니다.
""",
    items={KK[0]: "removed"},
)

case(
    name="kakao-reminder-reply-sole",
    outcome="applied",
    imitates="Korean reply to our reminder that speaks of '요청하신 게시글' without its URL, reminder quoted below",
    why="one-item request: '접근 제한 조치' of the requested post is item-level (restricted); the URL appears only in the quote",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 안전정책팀",
    date="Wed, 18 Sep 2024 10:15:33 +0900",
    subject=f"Re: [Reminder] {R6}: 1 item still awaiting a reply",
    body=f"""안녕하세요, 카카오 안전정책팀입니다.

회신이 늦어 죄송합니다. 요청하신 게시글은 청소년 유해정보에 해당하는 것으로
판단되어, 성인 인증을 마친 이용자만 볼 수 있도록 접근 제한 조치하였습니다.

감사합니다.

2024년 9월 17일 (화) 오전 9:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(reminder_text(R6, KK))}
""",
    items={KK[0]: "restricted"},
)

case(
    name="tg-bare-url-status-below",
    outcome="applied",
    imitates="abuse desk answer listing each bare URL with a 'Status:' line beneath it",
    why="2210 and 2214 blocked (removed); 2231 not found, deleted by the channel owner before review",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Sat, 14 Sep 2024 13:50:02 +0900",
    subject=f"Re: Case #4471990 - {R1}",
    body=f"""Hello,

Results for the silverdice_kr links in your report:

{TG[4]}
Status: blocked

{TG[5]}
Status: blocked

{TG[6]}
Status: not found - the message was deleted by the channel owner before our review

Telegram Abuse Team
""",
    items={TG[4]: "removed", TG[5]: "removed", TG[6]: "not_found"},
)

subj1, req1 = our_request(R1, TG, "Dear Telegram,",
                          f"{R1}: request to remove illegal gambling content (12 URLs)")
case(
    name="tg-outlook-original-message",
    outcome="applied",
    imitates="Outlook top-posted reply by a named employee over '-----Original Message-----' with our full request",
    why="channel shut down: both goldpeak posts no longer available anywhere (removed); the request below is our own text",
    **{"from": "d.orlov@telegram.org"}, name_from="Daniil Orlov",
    date="Sun, 15 Sep 2024 20:08:45 +0900",
    subject="RE: " + subj1,
    reply_to_req=reqthread(R1),
    body=f"""Hello,

The channel @goldpeak_toto has been shut down for promoting illegal gambling.
Both posts you listed, {TG[9]} and {TG[10]}, are therefore no longer available anywhere.

Regards,
Daniil Orlov
Telegram | Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:00 AM
To: abuse@telegram.org
Subject: {subj1}

{req1}
""",
    items={TG[9]: "removed", TG[10]: "removed"},
)

subj2, req2 = our_request(R2, X, "Dear X,",
                          f"{R2}: request to remove illegal drug sales posts (4 URLs)")
case(
    name="x-gmail-partial-author-deleted",
    outcome="applied",
    imitates="partial answer by a named legal employee, Gmail 'On … wrote:' quote of our request",
    why="one post no longer exists because its author deleted it (not_found); the rest are with the team, unnamed",
    **{"from": "priya.n@x.com"}, name_from="Priya N",
    date="Thu, 12 Sep 2024 09:27:36 +0900",
    subject="Re: " + subj2,
    reply_to_req=reqthread(R2),
    body=f"""Hi,

A partial answer while the rest is with the team: {X[1]} no longer exists. The author deleted it before we reviewed it, so there was nothing left for us to action.

Priya
X Legal

On Wed, Sep 11, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(req2)}
""",
    items={X[1]: "not_found"},
)

case(
    name="yt-echoed-submission",
    outcome="applied",
    imitates="Google legal complaint outcome that echoes a copy of the submission (one content location) before the outcome",
    why="the echoed submission names one URL and the outcome restricts 'this Short' in South Korea",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 13:36:50 +0900",
    subject=f"Outcome of your legal complaint {R3}",
    body=f"""Hello,

We have completed our review of the legal complaint you submitted. A copy of
your submission is included below for your records.

--- Your submission ---
Requester: Korea Communications Standards Commission
Reference: {R3}
Content location: {YT[2]}
Legal basis: Information and Communications Network Act, Article 44-7
--- End of submission ---

Outcome: we have restricted access to this Short in South Korea. It remains
available in other countries.

YouTube Legal Support
""",
    items={YT[2]: "restricted"},
)

case(
    name="tg-numbered-mixed-decisions",
    outcome="applied",
    imitates="numbered list of decisions per link in a case reply",
    why="two removed, one no violation (rejected), one unavailable in South Korea (restricted)",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Mon, 16 Sep 2024 18:11:29 +0900",
    subject="Case #4472031 - decision",
    body=f"""Hi,

Decisions for Case #4472031 ({R1}):

1) {TG[0]} — removed
2) {TG[1]} — removed
3) {TG[7]} — no violation found, the post stays
4) {TG[11]} — unavailable in South Korea (restricted under local law)

Telegram Abuse Team
""",
    items={TG[0]: "removed", TG[1]: "removed", TG[7]: "rejected", TG[11]: "restricted"},
)

case(
    name="naver-qp-private",
    outcome="applied",
    imitates="NAVER 블로그 운영팀 notice (비공개 처리) sent quoted-printable",
    why="two moonlit_trade posts 비공개 처리 (removed), listed below the statement",
    **{"from": "blog-ops@navercorp.com"}, name_from="네이버 블로그 운영팀",
    date="Thu, 12 Sep 2024 17:48:21 +0900",
    subject=f"[네이버 블로그] 요청하신 게시물 처리 안내 ({R4})",
    raw_mime=qp_part(f"""안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 moonlit_trade 블로그의 게시물 2건은 운영정책에 따라 비공개 처리하였습니다.

- {NV[0]}
- {NV[1]}

요청번호: {R4}
감사합니다.
"""),
    items={NV[0]: "removed", NV[1]: "removed"},
)

case(
    name="discord-not-found-angle-brackets",
    outcome="applied",
    imitates="Discord safety reply on a ticket; the URL in angle brackets",
    why="the message could not be located and no longer exists on Discord (not_found)",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Sat, 14 Sep 2024 02:09:58 +0900",
    subject=f"Re: ticket 31877460 ({R5})",
    body=f"""Hello,

Regarding ticket 31877460 ({R5}): we were unable to locate the message at
<{DC[0]}>. It no longer exists on Discord, so there is nothing for us to remove.

Thanks,
Discord Safety
""",
    items={DC[0]: "not_found"},
)

case(
    name="x-outlook-wrapped-url-reminder",
    outcome="applied",
    imitates="Outlook reply to our reminder; the URL in angle brackets wrapped over two lines; reminder below an underscore rule",
    why="greenleaf_sel post withheld in South Korea (restricted); the reminder below is our own text",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 07:55:12 +0900",
    subject=f"RE: [Reminder] {R2}: 4 items still awaiting a reply",
    body=f"""Hello,

The following post has now been withheld in South Korea in response to your request: <https://x.com/greenleaf_sel/status/
1837722222222222207>

Regards,
X Legal

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:00 AM
To: legal@x.com
Subject: [Reminder] {R2}: 4 items still awaiting a reply

{reminder_text(R2, X)}
""",
    items={X[3]: "restricted"},
)

case(
    name="yt-jira-transition-done",
    outcome="applied",
    imitates="Jira issue update notification (status transition, resolution field, comment) from a legal ops queue",
    why="status Done with resolution 'Removed' and a comment saying the video was taken down globally",
    **{"from": "legalops-noreply@youtube.com"}, name_from="YouTube Legal Ops",
    date="Tue, 17 Sep 2024 22:40:03 +0900",
    subject=f"[LOPS-5521] {R3} updated",
    body=f"""LOPS-5521 was updated

Summary: {R3} / {YT[1]}

Status: Under review → Done
Resolution: Removed (Community Guidelines - harmful or dangerous content)

Comment by Ji-won Park:
Video taken down globally on 17 Sep 2024. The uploader received a strike.

You are receiving this because you are a participant in LOPS-5521.
""",
    items={YT[1]: "removed"},
)

# ================================================================== REVIEW

case(
    name="tg-promise-will-remove",
    outcome="review", review="not_understood",
    imitates="Zendesk 'received and being reviewed' receipt with an agent comment promising removal",
    why="'will be removed within the next 24 hours' is a promise, not a statement; two items named, so not a pure receipt",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Thu, 12 Sep 2024 11:31:40 +0900",
    subject=f"[Telegram Support] Case #4472100 - {R1}",
    body=f"""##- Please type your reply above this line -##

Your request (Case #4472100) has been received and is being reviewed by our support staff.

----------------------------------------------

Alina (Telegram Abuse Team)

Hello,

Our moderators have confirmed that the content at {TG[2]} and
{TG[3]} goes against our terms. These posts will be removed within the
next 24 hours.

Telegram Abuse Team
""",
    items={TG[2]: "pending", TG[3]: "pending"},
)

case(
    name="x-hedge-appears-removed",
    outcome="review", review="not_understood",
    imitates="legal team reply hedging ('it appears … may have already been removed') pending an internal check",
    why="a hedge and a promise to confirm: no statement about the post",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 10:02:18 +0900",
    subject=f"Re: {R2} [#58812]",
    reply_to_req=reqthread(R2),
    body=f"""Hello,

It appears that {X[2]} may have already been removed by the account holder. We
are checking with our internal team and will confirm the status once we hear
back.

Best,
X Legal
""",
    items={X[2]: "pending"},
)

case(
    name="tg-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="solved-ticket mail summarising the whole report in one sentence",
    why="'all of the reported posts have been removed' for a 12-item request names no item",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Wed, 18 Sep 2024 19:19:19 +0900",
    subject=f"[Telegram Support] Case #4472200 solved - {R1}",
    body=f"""Hello,

We have reviewed every link in your report {R1}. All of the reported posts
have been removed and the channels concerned have been banned.

This case is now solved. Reply to this email if you need to reopen it.

Telegram Abuse Team
""",
    items=st(TG, "pending"),
)

case(
    name="naver-bulk-korean",
    outcome="review", review="bulk",
    imitates="Korean notice that all posts of a request were 게시중단 without listing them",
    why="'게시물 5건 전체' for a 5-item request names no item: bulk",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Wed, 18 Sep 2024 15:00:00 +0900",
    subject=f"[처리완료] {R4}",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청번호 {R4}로 요청하신 게시물 5건 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    items=st(NV, "pending"),
)

case(
    name="tg-untrusted-auth-fail",
    outcome="review", review="untrusted",
    imitates="ticket-style result claiming to be from the Telegram abuse desk but failing DKIM/SPF/DMARC",
    why="clear statements, but the sender fails authentication",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk", auth="fail",
    date="Sun, 15 Sep 2024 04:12:51 +0900",
    subject=f"[Telegram Support] Case #4472150 - {R1} resolved",
    body=f"""Hello,

The following posts were removed today:
{TG[8]}
{TG[11]}

Telegram Abuse Team
""",
    items={TG[8]: "pending", TG[11]: "pending"},
)

case(
    name="discord-zendesk-hosted-sender",
    outcome="review", review="unknown_sender",
    imitates="Zendesk mail sent from the helpdesk's own domain (subdomain of zendesk.com) instead of the platform's",
    why="discord.zendesk.com is not a Discord sender domain: statements from an unknown sender",
    **{"from": "support@discord.zendesk.com"}, name_from="Discord Support",
    date="Fri, 13 Sep 2024 06:30:12 +0900",
    subject=f"[Discord Support] Request #31877452: {R5}",
    body=f"""##- Please type your reply above this line -##

Your request (31877452) has been solved.

Hi,

Both the message {DC[0]} and the invite {DC[1]} have been removed.

Discord Support
""",
    items={DC[0]: "pending", DC[1]: "pending"},
)

case(
    name="tg-wrong-platform-x-link",
    outcome="review", review="wrong_platform",
    imitates="abuse desk pointing out that a link in our mail belongs to another service",
    why="Telegram states the X post does not exist on Telegram: a status about another platform's item",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Tue, 17 Sep 2024 12:44:06 +0900",
    subject="Re: Case #4472031 - additional link",
    body=f"""Hello,

The link {X[2]} included in your last message is not a Telegram
link. There is no such content on Telegram and we cannot act on it; please
contact the service concerned.

Telegram Abuse Team
""",
    items={X[2]: "pending"},
)

case(
    name="tg-asks-for-court-order",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="ticket put on hold pending documents the requester must send",
    why="asks for a legal basis document before acting on bluefin_casino_kr/19; no statement",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Fri, 13 Sep 2024 15:05:30 +0900",
    subject=f"[Telegram Support] Case #4472077 - information needed ({R1})",
    body=f"""##- Please type your reply above this line -##

Your request (Case #4472077) is on hold and awaiting your reply.

Hello,

To proceed with your request about {TG[11]}, please send us the
decision or legal provision under which the content is illegal in South
Korea, and confirm whether a court order exists. Until we receive it, this
case will remain on hold.

Telegram Abuse Team
""",
    items={TG[11]: "pending"},
)

case(
    name="x-solved-satisfaction-survey",
    outcome="review", review="no_claims",
    imitates="helpdesk 'your case has been resolved, rate our support' survey mail",
    why="trusted X mail with no requested item, no KCSC reference and no thread: nothing to read",
    **{"from": "support-noreply@x.com"}, name_from="X Support",
    date="Wed, 18 Sep 2024 20:00:00 +0900",
    subject="Your X support case has been resolved",
    body="""Hi,

Your case 0412778-KR has been marked as resolved. We'd love to hear how we did.

How would you rate the support you received?
Good, I'm satisfied: https://help.x.com/survey/good?c=0412778
Bad, I'm unsatisfied: https://help.x.com/survey/bad?c=0412778

Thanks,
X Support
""",
)

case(
    name="yt-conflicting-field-and-note",
    outcome="review", review="conflicting_statements",
    imitates="Freshdesk-style resolved ticket whose summary field and public agent note disagree",
    why="the summary says Hx7Nc2VbKe0 was removed, the agent note says it remains available",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 11:25:48 +0900",
    subject=f"Ticket #YT-KR-20931 resolved - {R3}",
    body=f"""Ticket #YT-KR-20931 - Resolved

Item: {YT[1]}
Action: Removed

Agent note (public):
Hello, we have re-checked {YT[1]}. The video does not
violate our Community Guidelines or local law and remains available on
YouTube.

YouTube Legal Support
""",
    items={YT[1]: "pending"},
)

case(
    name="tg-still-under-review-reminder",
    outcome="review", review="not_understood",
    imitates="reply to our reminder saying the rest is still under review, reminder quoted below",
    why="references KCSC-240911-01 but only says 'still under review' about unnamed links: nothing to apply",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Tue, 17 Sep 2024 17:58:14 +0900",
    subject=f"Re: [Reminder] {R1}: 12 items still awaiting a reply",
    body=f"""Hello,

Thank you for the reminder. The links in {R1} that we have not answered yet
are still under review by our moderation team. We expect to finish by the
end of this week and will reply in this thread.

Telegram Abuse Team

On Tue, 17 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(reminder_text(R1, TG))}
""",
)

case(
    name="kcsc-colleague-forwards-telegram",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="a colleague forwarding a platform reply from her own mailbox (Gmail 'Forwarded message' block)",
    why="the Telegram statement reaches us only inside a forward from our own staff, not from Telegram's domain",
    **{"from": "minji.kim@kcsc.example"}, name_from="Kim Minji",
    date="Mon, 16 Sep 2024 09:14:07 +0900",
    subject=f"Fwd: [Telegram Support] Case #4472031 - {R1}",
    body=f"""Telegram answered to my address instead of the shared box, forwarding for the record.

Minji

---------- Forwarded message ---------
From: Telegram Abuse Desk <abuse@telegram.org>
Date: Sun, 15 Sep 2024 at 22:03
Subject: [Telegram Support] Case #4472031 - {R1}
To: Kim Minji <minji.kim@kcsc.example>

Hello,

{TG[8]} has been blocked and is no longer available.
{TG[2]}: we could not find this message.

Telegram Abuse Team
""",
    items={TG[8]: "pending", TG[2]: "pending"},
)

# ================================================================= IGNORED

case(
    name="tg-zendesk-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket receipt that echoes the requester's original message below the agent line",
    why="pure receipt ('has been received and will be reviewed'); the echoed request is our own text, no statements",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Wed, 11 Sep 2024 10:02:31 +0900",
    subject=f"[Telegram Support] Received: {R1} removal request (Case #4471920)",
    reply_to_req=reqthread(R1),
    body=f"""##- Please type your reply above this line -##

Your request (Case #4471920) has been received and will be reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown
Sep 11, 2024, 05:00 GMT+4

{req1}

----------------------------------------------
This email is a service from Telegram Support. [VQ7K2-9WEL3]
""",
)

case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a legal team member",
    why="out-of-office auto-reply",
    **{"from": "jreyes@x.com"}, name_from="Jordan Reyes",
    date="Wed, 11 Sep 2024 10:00:41 +0900",
    subject=f"Automatic reply: {subj2}",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=reqthread(R2),
    body="""I am out of the office until Monday 23 September with limited access to email.

For urgent legal requests, please write to legal@x.com.

Jordan Reyes
""",
)

dsn_reminder = reminder_text(R3, YT)
case(
    name="google-dsn-reminder-bounce",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Failure)' for our reminder, multipart/report with the original headers",
    why="a bounce of our own reminder",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Tue, 17 Sep 2024 09:00:14 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b314"

--dsn-b314
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-archive@google.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--dsn-b314
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 17 Sep 2024 09:00:03 +0900

Final-Recipient: rfc822; legal-kr-archive@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Tue, 17 Sep 2024 09:00:14 +0900

--dsn-b314
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-archive@google.com
Subject: [Reminder] {R3}: 3 items still awaiting a reply
Date: Tue, 17 Sep 2024 09:00:00 +0900
Message-ID: <reminder.{R3.lower()}.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

{dsn_reminder}

--dsn-b314--
""",
)

case(
    name="naver-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt (읽음 확인), multipart/report disposition-notification",
    why="an MDN: the recipient opened our request",
    **{"from": "seoyeon.park@navercorp.com"}, name_from="박서연",
    date="Wed, 11 Sep 2024 13:41:09 +0900",
    subject=f"읽음: {R4} 불법·유해정보 게시물 삭제 요청 (5건)",
    reply_to_req=reqthread(R4),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b314"

--mdn-b314
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 받는 사람이 읽었습니다.

받는 사람: 박서연 <seoyeon.park@navercorp.com>
제목: {R4} 불법·유해정보 게시물 삭제 요청 (5건)
읽은 날짜: 2024-09-11 (수) 오후 1:41

--mdn-b314
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; seoyeon.park@navercorp.com
Original-Message-ID: <{msgid(R4)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b314--
""",
)

case(
    name="kakao-receipt-korean",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 문의 접수 완료 안내 with 접수번호",
    why="pure receipt: the inquiry was registered and will be answered in turn",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 10:05:22 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 K2409-118842)",
    body=f"""안녕하세요, 카카오 고객센터입니다.

문의해 주셔서 감사합니다. 접수하신 내용은 담당자가 확인한 후 순차적으로
답변해 드리겠습니다. 답변까지 영업일 기준 3~5일 정도 걸릴 수 있습니다.

■ 문의 제목: {R6} 게시물 삭제 요청
■ 접수 일시: 2024-09-11 10:05

※ 본 메일은 발신 전용입니다.
""",
)

case(
    name="discord-jira-request-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' customer notification with a portal link",
    why="pure receipt: request raised, the portal link is not an item",
    **{"from": "legal-requests@discord.com"}, name_from="Discord Legal Requests",
    date="Wed, 11 Sep 2024 10:03:57 +0900",
    subject=f"Request received: {R5} - illegal content report",
    reply_to_req=reqthread(R5),
    body="""—— Reply above this line ——

Your request LGL-8812 has been received. We'll let you know when there's an
update.

View request: https://discord-legal.atlassian.example/servicedesk/customer/portal/3/LGL-8812

Discord Legal Requests
Powered by Jira Service Management
""",
)

case(
    name="naver-ooo-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([자동회신] 부재중) from a policy team member",
    why="out-of-office auto-reply",
    **{"from": "dohyun.lee@navercorp.com"}, name_from="이도현",
    date="Tue, 17 Sep 2024 09:00:33 +0900",
    subject=f"[자동회신] Re: [Reminder] {R4}: 5 items still awaiting a reply",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 9월 19일(목)까지 추석 연휴로 부재중입니다.

급한 문의는 policy@navercorp.com 으로 보내 주시기 바랍니다.

이도현 드림
""",
)


HEADER = """# Blind set 314: ticket systems and threads (Zendesk/Freshdesk/Jira/Help
# Scout receipts and results, solved tickets, follow-ups, replies to our
# reminders, partial answers, forwarded mail). Written from each email's
# meaning before any run of the reader. Generated by make.py."""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as real mailers send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind314", HEADER, CASES)


if __name__ == "__main__":
    main()
