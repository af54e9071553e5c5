#!/usr/bin/env python3
"""Blind set 656: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail, from Discord, Kakao (Daum cafe, Tistory), NAVER, X, YouTube
and Telegram. Every email is fictional and written in our own sentences; the
expected results were written from each email's meaning before any run.

    python3 tests/corpus/blind656/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_parcel/223561000101"
N2 = "https://blog.naver.com/moonlit_parcel/223561000115"
N3 = "https://blog.naver.com/grey_orchard77/223558412290"
N4 = "https://cafe.naver.com/quietfern/48213"
N5 = "https://cafe.naver.com/quietfern/48250"
N6 = "https://cafe.naver.com/quietfern/48307"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471120334"
N8 = "https://cafe.naver.com/ca-fe/web/cafes/%EB%B3%84%EB%B9%9B%EB%A7%88%EC%9D%84/articles/318"
N8_RAW = "https://cafe.naver.com/ca-fe/web/cafes/별빛마을/articles/318"
N9 = "https://blog.naver.com/tin_lantern_05/223570093381"
N10 = "https://blog.naver.com/tin_lantern_05/223570093412"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38104452&memberNo=55120937"
N12 = "https://cafe.naver.com/harborstall/90172"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://discord.com/channels/1122334455667788990/1122334455667789001/1281100000000000001"
D2 = "https://discord.com/channels/1122334455667788990/1122334455667789001/1281100000000000047"
D3 = "https://discord.gg/amberkiln"
D4 = "https://discord.com/channels/1199887766554433221/1199887766554433300/1281222200000000015"
DISCORD = [D1, D2, D3, D4]

X1 = "https://x.com/plumline_kr/status/1831000000000000411"
X2 = "https://x.com/plumline_kr/status/1831000000000000587"
X3 = "https://x.com/soft_gravel_22/status/1830900000000000923"
X4 = "https://x.com/lowtide_market/status/1833100000000000150"

Y1 = "https://www.youtube.com/watch?v=Qm4TzR8vLk2"
Y2 = "https://www.youtube.com/watch?v=b7HnW0pXe3s"
Y3 = "https://www.youtube.com/shorts/Zc1uV9aKq0E"
Y4 = "https://www.youtube.com/watch?v=tR2yG6dLm8A"
Y5 = "https://www.youtube.com/@hollowreed_tv"
YOUTUBE = [Y1, Y2, Y3, Y4, Y5]

K1 = "https://cafe.daum.net/saltmeadow/Lq7x/1204"
K2 = "https://cafe.daum.net/saltmeadow/Lq7x/1219"
K3 = "https://brassfinch.tistory.com/87"

T1 = "https://t.me/cinder_ledger/2210"
T2 = "https://t.me/cinder_ledger/2214"

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02", "2024-09-09", NAVER, "gambling",
     "req-240902-01@kcsc.example", "largest request: blogs, cafes, KnowledgeiN, Post"),
    ("KCSC-240903-02", "discord", "2024-09-03", "2024-09-10", DISCORD, "drugs",
     "req-240903-02@kcsc.example", "messages and one server invite"),
    ("KCSC-240904-03", "x", "2024-09-04", "2024-09-11", [X1, X2, X3], "fraud",
     "req-240904-03@kcsc.example", ""),
    ("KCSC-240905-04", "youtube", "2024-09-05", "2024-09-12", YOUTUBE, "gambling",
     "req-240905-04@kcsc.example", "four videos and one channel"),
    ("KCSC-240906-05", "kakao", "2024-09-06", "2024-09-13", [K1, K2, K3], "obscene",
     "req-240906-05@kcsc.example", "Daum cafe and Tistory"),
    ("KCSC-240909-06", "telegram", "2024-09-09", "2024-09-16", [T1, T2], "drugs",
     "req-240909-06@kcsc.example", ""),
    ("KCSC-240910-07", "x", "2024-09-10", "2024-09-17", [X4], "illegal goods",
     "req-240910-07@kcsc.example", "single item"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            # (Quoted where needed: the notes hold commas.)
            row = io.StringIO()
            csv.writer(row, lineterminator="").writerow([ref, plat, sent, due, u, cat, mid, note])
            lines.append(row.getvalue())
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047-encode a subject that is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(ctype, text):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{enc}")


def b64(ctype, text, extra=""):
    enc = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8{extra}\n"
            f"Content-Transfer-Encoding: base64\n\n{enc}")


def mixed(boundary, *parts):
    out = [f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def attach_csv(name, text, encode=True):
    disp = f'Content-Disposition: attachment; filename="{name}"'
    if encode:
        enc = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
        return (f'Content-Type: text/csv; charset=utf-8; name="{name}"\n{disp}\n'
                f"Content-Transfer-Encoding: base64\n\n{enc}")
    return (f'Content-Type: text/csv; charset=utf-8; name="{name}"\n{disp}\n'
            f"Content-Transfer-Encoding: 7bit\n\n{text.strip()}\n")


ZD_TOP = "##- Please type your reply above this line -##"
ZD_FOOT = "This email is a service from Discord Trust & Safety. Delivered by Zendesk"

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
case(
    name="discord-zendesk-solved-four-links",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 07 Sep 2024 06:22:41 +0900",
    subject="[Discord] Re: KCSC-240903-02 removal request (request 48120577)",
    reply_to_req="req-240903-02",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48120577) has been solved. To reopen this request, simply reply to this email.

Mara (Discord Trust & Safety)

Sep 6, 2024, 14:22 PDT

Hello,

Thanks for reaching out to Discord Trust & Safety about your request KCSC-240903-02. Our team looked at each of the four links and this is what we did:

{D1}
Message removed.

{D2}
Message removed. The account that posted it has also been permanently banned.

{D3}
The server behind this invite has been removed from Discord.

{D4}
We could not locate this message. The link does not lead to any message on Discord, so there was nothing for us to action.

If you want to learn more about how we handle reports, see https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord

Best,
Mara
Discord Trust & Safety

{ZD_FOOT}
[8QW3M1-R2KP]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification from a platform Trust & Safety desk, one line of outcome under each link",
    why="trusted Discord mail, one unhedged outcome under each of the four URLs",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found"},
)

case(
    name="discord-zendesk-update-over-request-history",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 05 Sep 2024 01:05:10 +0900",
    subject="[Discord] Re: KCSC-240903-02 removal request (request 48120577)",
    reply_to_req="req-240903-02",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48120577) has been updated. To add additional comments, reply to this email.

Jonah (Discord Trust & Safety)

Sep 4, 2024, 09:05 PDT

Hi there,

Quick update on this ticket: the server reached through {D3} has now been removed from Discord for breaking our Community Guidelines. We're still going through the individual messages and will post again in this ticket once we're done.

Jonah

KCSC Takedown

Sep 3, 2024, 01:10 PDT

Dear Discord Trust & Safety,

The Korea Communications Standards Commission asks you to remove the following content, which is illegal under Korean law (reference KCSC-240903-02):

1. {D1}
2. {D2}
3. {D3}
4. {D4}

Korea Communications Standards Commission

{ZD_FOOT}
[8QW3M1-R2KP]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk ticket update mail: newest agent comment on top, the ticket history (our original request as the first comment) below it, unquoted",
    why="only the agent comment states anything: the server invite removed; the other three links appear only in our own request in the ticket history",
    items={D3: "removed", D1: "pending", D2: "pending", D4: "pending"},
)

case(
    name="x-legal-url-then-outcome-line",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 03:41:09 +0900",
    subject="Re: KCSC-240904-03 [ref:_00D3x1Ab._5004W2Rk9q:ref]",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

We have reviewed the posts in your report (case 0461173829) under the X Rules and applicable local law. Outcome per URL:

{X1}
Withheld in: South Korea

{X2}
Withheld in: South Korea

{X3}
No action taken. After review we did not find that this post violates the X Rules, nor Korean law as set out in your report.

Withheld posts remain visible to people outside South Korea. More on country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal

ref:_00D3x1Ab._5004W2Rk9q:ref
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome mail (Salesforce thread ref) with 'Withheld in:' under each post",
    why="two posts withheld in Korea, one refused with its reason",
    items={X1: "restricted", X2: "restricted", X3: "rejected"},
)

case(
    name="x-single-item-reported-post-removed",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 12 Sep 2024 22:17:03 +0900",
    subject="Re: KCSC-240910-07 removal request",
    reply_to_req="req-240910-07",
    body="""
Hello,

Thank you for your report. We have removed the reported post for violating our rules on illegal or certain regulated goods and services.

Case number: 0462290144

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X Support case-closure mail naming no URL",
    why="a plain unhedged statement about 'the reported post' in reply to a one-item request applies to that item",
    items={X4: "removed"},
)

case(
    name="yt-legal-html-table",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:30:00 +0900",
    subject="[6-3017000039988] Your legal request KCSC-240905-04",
    reply_to_req="req-240905-04",
    type="html",
    body=f"""
<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting YouTube. We have completed our review of the content in your request. The outcome for each URL is below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y1}">{Y1}</a></td><td>Blocked from view in South Korea</td></tr>
<tr><td><a href="{Y2}">{Y2}</a></td><td>Removed for violating our Community Guidelines</td></tr>
<tr><td><a href="{Y3}">{Y3}</a></td><td>No action taken: we did not find a violation of our policies or of local law</td></tr>
<tr><td><a href="{Y4}">{Y4}</a></td><td>Not found: this video ID does not exist</td></tr>
</table>
<p>For more information about our legal removal process, please visit <a href="https://support.google.com/youtube/answer/6154230">our Help Center</a>.</p>
<p>Regards,<br>The YouTube Legal Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-support case mail ([6-...] case id) with an HTML table of URL and outcome",
    why="four rows, four statuses; the channel is not mentioned",
    items={Y1: "restricted", Y2: "removed", Y3: "rejected", Y4: "not_found"},
)

case(
    name="yt-csv-attachment-with-pending-row",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 11:02:55 +0900",
    subject="[6-3017000039988] Outcome of your request KCSC-240905-04",
    reply_to_req="req-240905-04",
    raw_mime=mixed(
        "yt-csv-b656-01",
        """Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the URLs we have finished reviewing for
your request KCSC-240905-04. Rows with no action yet are still being looked
at and we will update you separately.

Regards,
The YouTube Legal Team
""",
        attach_csv("outcome_KCSC-240905-04.csv", f"""url,action,scope,date
{Y5},Channel terminated,Global,2024-09-11
{Y2},Removed - Community Guidelines,Global,2024-09-11
{Y3},Pending further review,,
""", encode=False),
    ),
    outcome="applied", classification="confirmation",
    imitates="Google legal-support reply with a CSV outcome sheet attached",
    why="CSV rows: channel terminated, video removed, one row explicitly still pending",
    items={Y5: "removed", Y2: "removed", Y3: "pending"},
)

case(
    name="naver-cs-answer-numbered",
    **{"from": "help@navercorp.com"}, name_from=subj("네이버 고객센터"),
    date="Wed, 04 Sep 2024 16:48:20 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240902-01)에 대한 처리 결과를 먼저 확인된 건부터 안내드립니다.

1. {N1}
   - 게시중단 처리 완료
2. {N2}
   - 게시중단 처리 완료
3. {N3}
   - 임시조치(30일) 적용
4. {N4}
   - 작성자가 이미 삭제하여 확인되지 않는 게시물입니다.

나머지 게시물은 담당 부서에서 확인 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

문의번호: 2409-NV-0071534

본 메일은 발신 전용입니다. 추가 문의는 고객센터(https://help.naver.com/inquiry)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 inquiry-answer mail with a numbered per-URL result list",
    why="게시중단 x2 (removed), 임시조치 (restricted), deleted by its author (not_found); the rest explicitly still under review",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found"},
)

TABLE12 = "\n".join([
    f"1  | {N1} | 게시중단",
    f"2  | {N2} | 게시중단",
    f"3  | {N3} | 삭제",
    f"4  | {N4} | 임시조치(30일)",
    f"5  | {N5} | 블라인드",
    f"6  | {N6} | 임시조치(30일)",
    f"7  | {N7} | 조치 없음(위반 사항이 확인되지 않아 게시 유지)",
    f"8  | {N8_RAW} | 존재하지 않는 게시물",
    f"9  | {N9} | 비공개 처리",
    f"10 | {N10} | 게시중단",
    f"11 | {N11} | 확인 불가(유효하지 않은 URL)",
    f"12 | {N12} | 운영자 삭제",
])

case(
    name="naver-full-result-twelve-rows",
    **{"from": "policy@navercorp.com"}, name_from=subj("네이버 게시중단 담당"),
    date="Mon, 09 Sep 2024 10:15:00 +0900",
    subject="RE: [방송통신심의위원회] 게시물 삭제 요청 (KCSC-240902-01) - 처리 결과",
    reply_to_req="req-240902-01",
    body=f"""
방송통신심의위원회 담당자님께,

요청번호 KCSC-240902-01 건 12개 게시물에 대한 최종 처리 결과를 아래와 같이 회신드립니다.

[처리 결과]
번호 | URL | 조치
{TABLE12}

임시조치된 게시물은 30일 내 이의제기가 없으면 삭제됩니다.
감사합니다.

네이버 주식회사 게시중단 담당
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER takedown-desk final answer with a pipe-separated result table (게시중단/임시조치/블라인드/비공개)",
    why="one status per row for all twelve items of the largest request, Korean cafe path written raw",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "removed",
           N6: "restricted", N7: "rejected", N8: "not_found", N9: "removed", N10: "removed",
           N11: "not_found", N12: "removed"},
)

case(
    name="naver-html-qp-correction-result",
    **{"from": "policy@navercorp.com"}, name_from=subj("네이버 게시중단 담당"),
    date="Fri, 13 Sep 2024 14:20:33 +0900",
    subject=subj("[NAVER] 시정요구 조치결과 통보 (KCSC-240902-01)"),
    reply_to_req="req-240902-01",
    raw_mime=qp("text/html", f"""
<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240902-01)에 대한 조치결과를 다음과 같이 통보합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N9}</td><td>블라인드</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{N10}</td><td>비공개 처리</td><td>2024-09-12</td></tr>
<tr><td>3</td><td>{N11.replace("&", "&amp;")}</td><td>접근 제한(국내)</td><td>2024-09-12</td></tr>
<tr><td>4</td><td>{N12}</td><td>미조치 (사유: 운영정책 위반 아님)</td><td>-</td></tr>
</table>
<p>네이버 주식회사 드림</p>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 table in quoted-printable HTML",
    why="블라인드 and 비공개 are removed, 접근 제한 is restricted, 미조치 with its reason is rejected",
    items={N9: "removed", N10: "removed", N11: "restricted", N12: "rejected"},
)

case(
    name="naver-base64-partial-three-of-twelve",
    **{"from": "help@navercorp.com"}, name_from=subj("네이버 고객센터"),
    date="Thu, 05 Sep 2024 18:03:12 +0900",
    subject=subj("[네이버 고객센터] 답변 드립니다 - KCSC-240902-01"),
    reply_to_req="req-240902-01",
    raw_mime=b64("text/plain", f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 12건 중 아래 3건에 대한 조치를 먼저 완료하여 회신드립니다.

- {N5} : 삭제 완료
- {N6} : 삭제 완료
- {N7} : 임시조치 완료

나머지 9건은 검토가 진행 중이며 완료되는 대로 별도로 안내드리겠습니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 partial answer (base64 body), the rest announced for later",
    why="three named items with unhedged results; the other nine are neither named nor given a status",
    items={N5: "removed", N6: "removed", N7: "restricted"},
)

case(
    name="kakao-rights-center-angle-brackets",
    **{"from": "rights@daum.net"}, name_from=subj("카카오 권리침해신고센터"),
    date="Tue, 10 Sep 2024 11:26:45 +0900",
    subject=subj("[카카오] 게시물 조치 요청에 대한 회신 (KCSC-240906-05)"),
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

귀 위원회의 요청(KCSC-240906-05)에 따라 검토한 결과를 알려드립니다.

■ <{K1}>
  → 블라인드 처리되었습니다.
■ <{K2}>
  → 게시물 삭제 조치하였습니다.
■ <{K3}>
  → 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

추가 문의는 이 메일에 회신해 주시기 바랍니다.
카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 answer with 블라인드 and 게시 유지 decisions",
    why="블라인드 and 삭제 are removed; 'no violation found, stays up' is rejected",
    items={K1: "removed", K2: "removed", K3: "rejected"},
)

case(
    name="kakao-reply-to-our-reminder",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from=subj("카카오 고객센터"),
    date="Thu, 12 Sep 2024 15:40:02 +0900",
    subject=subj("Re: [Reminder] KCSC-240906-05 - items still pending"),
    reply_to_req="reminder-240912-05",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

재요청 주신 건 확인하였습니다.
{K2} 게시물은 9월 10일 자로 임시조치되었습니다.
나머지 2건은 아직 검토가 끝나지 않아 결과가 확정되는 대로 회신드리겠습니다.

감사합니다.

2024년 9월 12일 (목) 오전 9:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> Dear Kakao,
>
> Our request KCSC-240906-05 of 6 September is past its deadline. The
> following items remain pending:
>
> {K1}
> {K2}
> {K3}
>
> Please let us know what action was taken.
> KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre reply on top of our quoted reminder (Gmail-style Korean attribution)",
    why="one item 임시조치 (restricted) in the reply; the other two appear only in the quoted reminder",
    items={K2: "restricted", K1: "pending", K3: "pending"},
)

case(
    name="tg-reply-over-gmail-quote",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 20:11:37 +0900",
    subject="Re: KCSC-240909-06 Request to remove content [Case #4410275]",
    reply_to_req="req-240909-06",
    body=f"""
Hello,

We checked both links from your message.

This post has been taken down and is no longer available on Telegram:
{T1}

The second link, t.me/cinder_ledger/2214, could not be found: there is no such message in that channel.

Regards,
Telegram Abuse Team

On Mon, 9 Sep 2024 at 11:02, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Please remove the following posts, which are illegal under Korean law:
> {T1}
> {T2}
>
> Reference: KCSC-240909-06
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply above a Gmail-quoted request, URL on the line below its statement",
    why="first post taken down; the second, written without scheme, could not be found",
    items={T1: "removed", T2: "not_found"},
)

case(
    name="tg-thanks-for-reminder-plus-removal",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 13:05:50 +0900",
    subject="Re: [Reminder] KCSC-240909-06 [Case #4410275]",
    reply_to_req="reminder-240917-06",
    body=f"""
Hi,

Thanks, we have received your reminder.

The message {T2} was removed by our moderators today.

Best,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="short abuse-desk reply to a reminder: acknowledgement phrase followed by a result",
    why="acknowledgement phrase plus an unhedged item-level statement is a confirmation",
    items={T2: "removed"},
)

case(
    name="x-jira-request-resolved-withheld",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Operations",
    date="Fri, 13 Sep 2024 02:33:18 +0900",
    subject="LR-58812 KCSC-240904-03 removal request",
    extra_headers=["X-JSD-Request: LR-58812"],
    body=f"""
—-—-—-—-—-—-—-—-—-—-—-—-
Reply above this line.

Your request LR-58812 "KCSC-240904-03 removal request" has been resolved.

X Legal Operations commented:

Hello KCSC team, the two posts by @plumline_kr listed below are now withheld in South Korea in response to your request:

  * {X1}
  * {X2}

The post by @soft_gravel_22 is still being assessed; we will share that outcome in a separate ticket.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' notification with an agent comment",
    why="two listed posts withheld in Korea; the third is mentioned by handle only and explicitly still being assessed",
    items={X1: "restricted", X2: "restricted"},
)

case(
    name="yt-reply-over-gmail-quote-age-restricted",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 10:44:09 +0900",
    subject="Re: [6-3017000039988] KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""
Hi,

Thanks for your patience. An update on two of the URLs from your request:

- {Y3} was removed for violating our Community Guidelines.
- {Y4} has been age-restricted; it can no longer be watched by signed-out viewers or viewers under 18.

Regards,
The YouTube Legal Team

On Thu, Sep 5, 2024 at 10:14 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal,
>
> Please remove the following content (reference KCSC-240905-04):
> {Y1}
> {Y2}
> {Y3}
> {Y4}
> {Y5}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-support reply in the same thread, over a Gmail-quoted request",
    why="one removed, one age-restricted; the other three only in the quoted request",
    items={Y3: "removed", Y4: "restricted", Y1: "pending", Y2: "pending", Y5: "pending"},
)

case(
    name="discord-agent-prose-wrapped-angle-url",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sun, 08 Sep 2024 04:12:00 +0900",
    subject="Re: KCSC-240903-02 removal request (request 48120577)",
    reply_to_req="req-240903-02",
    body=f"""
Hi KCSC team,

Thanks for the report. Here's where things stand on ticket 48120577.

We removed the message at <https://discord.com/channels/1122334455667788990/
1122334455667789001/1281100000000000001> and warned the user who posted it.

We also reviewed the message at
<{D2}>
and found that it doesn't violate our Community Guidelines or Terms of Service, so we did not take action on it.

Let us know if there's anything else we can help with.

Priya
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style plain agent reply with URLs in angle brackets, one wrapped across lines",
    why="first message removed (URL wrapped inside <>), second refused as not violating",
    items={D1: "removed", D2: "rejected"},
)

case(
    name="x-korean-fullwidth-and-particle",
    **{"from": "legal@x.com"}, name_from=subj("X 법무팀"),
    date="Wed, 11 Sep 2024 17:09:30 +0900",
    subject=subj("Re: KCSC-240904-03 게시물 조치 요청 회신"),
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요, X 법무팀입니다.

요청번호 KCSC-240904-03 관련하여 처리 결과를 알려드립니다.

・게시물（{X3}）은 대한민국 내에서 접근이 제한되었습니다。
・{X1}은 X 규칙 위반으로 삭제되었습니다.

기타 문의 사항은 회신 주시기 바랍니다.
X 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language X legal reply with full-width brackets and a particle glued to the URL",
    why="access restricted in Korea (restricted) and deleted (removed)",
    items={X3: "restricted", X1: "removed"},
)

case(
    name="yt-followup-over-outlook-quoted-earlier-reply",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 08:55:21 +0900",
    subject="RE: [6-3017000039988] KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""
Hello again,

Further to our earlier message below, the channel {Y5} has now been terminated for repeated violations of our Community Guidelines.

Best regards,
YouTube Legal Support

-----Original Message-----
From: YouTube Legal Support <legal-support@google.com>
Sent: Tuesday, September 10, 2024 4:31 PM
To: KCSC Takedown <takedown@kcsc.example>
Subject: [6-3017000039988] KCSC-240905-04

Hello,

We have received your request. The video {Y1} is being reviewed by our team, and the channel {Y5} has been escalated to a specialist.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="second reply in a Google legal-support thread above the Outlook-quoted first reply",
    why="channel terminated in the new text; the quoted earlier reply only says 'being reviewed'",
    items={Y5: "removed", Y1: "pending"},
)

case(
    name="naver-answer-registered-with-survey-link",
    **{"from": "help@navercorp.com"}, name_from=subj("네이버 고객센터"),
    date="Tue, 10 Sep 2024 13:30:00 +0900",
    subject=subj("[네이버 고객센터] 문의하신 내용에 답변이 등록되었습니다"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의 접수번호 : 2409-NV-0071534
문의 제목 : KCSC-240902-01 게시물 조치 요청

[답변 내용]
요청하신 카페 게시물 {N12} 는 운영정책 위반이 확인되어 게시중단 조치하였습니다.

답변이 만족스러우셨나요? 아래 링크에서 평가해 주세요.
https://help.naver.com/survey?inquiryNo=2409NV0071534

답변 등록 후 30일이 지나면 문의가 자동으로 종료됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 'answer registered' notice with a satisfaction-survey link",
    why="one cafe post 게시중단 (removed); the survey link is not an item",
    items={N12: "removed"},
)

case(
    name="kakao-csv-attachment-korean-columns",
    **{"from": "rights@kakaocorp.com"}, name_from=subj("카카오 권리침해신고센터"),
    date="Fri, 13 Sep 2024 16:12:44 +0900",
    subject=subj("[카카오] KCSC-240906-05 처리 결과 송부"),
    reply_to_req="req-240906-05",
    raw_mime=mixed(
        "kakao-b656-csv",
        b64("text/plain", """
안녕하세요. 카카오 권리침해신고센터입니다.

요청번호 KCSC-240906-05 건의 처리 결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

카카오 드림
"""),
        attach_csv("KCSC-240906-05_result.csv", f"""요청URL,처리결과,처리일자
{K1},임시조치,2024-09-11
{K2},삭제,2024-09-11
{K3},게시물 없음(이미 삭제됨),2024-09-11
"""),
    ),
    outcome="applied", classification="confirmation",
    imitates="Kakao result sheet sent as a CSV attachment with Korean column names",
    why="임시조치 restricted, 삭제 removed, post no longer exists not_found",
    items={K1: "restricted", K2: "removed", K3: "not_found"},
)

case(
    name="discord-bulleted-report-resolved",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 09 Sep 2024 07:48:15 +0900",
    subject="Re: [Ticket #48120577] KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Your report has been resolved. Summary of the actions we took:

• {D4} – content deleted, user account disabled
• {D2} – content deleted

If you have more information to share, you can submit a new report at https://dis.gd/request

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord 'your report has been resolved' bullet summary",
    why="two bulleted URLs, each 'content deleted'",
    items={D4: "removed", D2: "removed"},
)

case(
    name="x-outcome-echoes-report",
    **{"from": "support@x.com"}, name_from="X",
    date="Sat, 14 Sep 2024 05:20:44 +0900",
    subject="Update on your report",
    body=f"""
Hello,

We're writing to let you know the outcome of the report below.

Report details
Reported by: Korea Communications Standards Commission (KCSC-240910-07)
Reported content: {X4}
Report reason: Illegal content under local law (South Korea)
Submitted: Sep 10, 2024

Decision
We have withheld the reported post in South Korea. It remains available in other countries.

Learn more about how we enforce our rules: https://help.x.com/en/rules-and-policies/enforcement-options

X
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome notification echoing the report details above the decision",
    why="the echoed report names the URL, the decision withholds it in Korea",
    items={X4: "restricted"},
)

case(
    name="tg-statement-of-reasons",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Fri, 13 Sep 2024 19:00:00 +0900",
    subject="Statement of reasons - Case #4410391",
    body=f"""
Statement of reasons - Case #4410391

Information on the decision
Content concerned: {T1}
Type of restriction: removal of content
Territorial scope: worldwide
Date of decision: 2024-09-13
Grounds: content incompatible with the Telegram Terms of Service (illegal goods)
Facts relied on: notice from a public authority (reference KCSC-240909-06)
Automated means used: no

Redress
The uploader may contest this decision through the in-app appeal flow.

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement of reasons in field layout",
    why="'Type of restriction: removal of content' for the one named post",
    items={T1: "removed"},
)

case(
    name="yt-partial-one-removed-rest-later",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 12:07:31 +0900",
    subject="[6-3017000039988] Update on KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""
Hello,

We have removed {Y2} for violating our policy on gambling content.

We're still reviewing the remaining URLs in your request and will follow up once we have an outcome for them.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-support partial answer",
    why="one URL removed; 'the remaining URLs' are neither named nor given a status",
    items={Y2: "removed"},
)

case(
    name="naver-url-then-arrow-result",
    **{"from": "policy@navercorp.com"}, name_from=subj("네이버 게시중단 담당"),
    date="Fri, 06 Sep 2024 09:40:10 +0900",
    subject=subj("[게시중단 요청 처리 결과 안내] KCSC-240902-01"),
    reply_to_req="req-240902-01",
    body=f"""
[게시중단 요청 처리 결과 안내]
요청번호: KCSC-240902-01

{N3}
→ 처리결과: 임시조치(30일)

{N4}
→ 처리결과: 삭제

{N5}
→ 처리결과: 조치 불가 - 정상 게시물로 판단되어 게시 유지

나머지 게시물은 확인 후 별도 안내드리겠습니다.
네이버 게시중단 담당
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER takedown-desk notice: bare URL, result on the line below",
    why="임시조치 restricted, 삭제 removed, kept up as a normal post rejected",
    items={N3: "restricted", N4: "removed", N5: "rejected"},
)

# ================================================================ REVIEW
case(
    name="yt-promise-will-be-removed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 10:10:10 +0900",
    subject="[6-3017000039988] KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""
Hello,

Thank you for your request. Our team has looked at the first two URLs:

{Y1}
{Y2}

These videos will be removed from YouTube within the next 24 hours, once our internal checks are complete. We will confirm separately when this has happened.

Regards,
The YouTube Legal Team
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Google legal-support reply announcing a future removal",
    why="'will be removed' is a promise, not a statement; the email names requested items",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="naver-hedge-seems-deleted-by-author",
    **{"from": "help@navercorp.com"}, name_from=subj("네이버 고객센터"),
    date="Wed, 11 Sep 2024 10:02:40 +0900",
    subject=subj("[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240902-01)"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 {N9} 게시물은 작성자가 스스로 삭제한 것으로 보입니다.
다만 정확한 확인을 위해 담당 부서의 추가 확인이 필요하여, 확인이 끝나면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="NAVER 고객센터 answer with a hedged '…한 것으로 보입니다'",
    why="'appears to have been deleted by its author', pending further checks: a hedge, not a statement",
    items={N9: "pending"},
)

case(
    name="discord-solved-all-content-actioned",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 02:30:00 +0900",
    subject="[Discord] Re: KCSC-240903-02 removal request (request 48120577)",
    reply_to_req="req-240903-02",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48120577) has been solved. To reopen this request, simply reply to this email.

Mara (Discord Trust & Safety)

Sep 9, 2024, 10:30 PDT

Hello again,

We have removed all of the content you reported in this ticket, and the accounts involved have been actioned.

Best,
Mara
Discord Trust & Safety

{ZD_FOOT}
[8QW3M1-R2KP]
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Zendesk solved notification with one sentence about all reported content",
    why="'all of the content you reported' for a four-item request names no item",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"},
)

case(
    name="naver-bulk-all-twelve-done",
    **{"from": "policy@navercorp.com"}, name_from=subj("네이버 게시중단 담당"),
    date="Thu, 12 Sep 2024 11:11:11 +0900",
    subject=subj("RE: [방송통신심의위원회] 게시물 삭제 요청 (KCSC-240902-01)"),
    reply_to_req="req-240902-01",
    body="""
안녕하세요. 네이버 게시중단 담당입니다.

요청번호 KCSC-240902-01로 요청하신 게시물 12건 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
네이버 주식회사
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="NAVER one-line answer covering every item of a request",
    why="'all 12 posts' without naming any: bulk statement for a multi-item request",
    items={u: "pending" for u in NAVER},
)

case(
    name="kakao-dmarc-fail",
    **{"from": "rights@kakaocorp.com"}, name_from=subj("카카오 권리침해신고센터"), auth="fail",
    date="Wed, 11 Sep 2024 08:08:08 +0900",
    subject=subj("[카카오] 게시물 조치 결과 (KCSC-240906-05)"),
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 {K1} 은 운영정책 위반으로 삭제되었습니다.

카카오 드림
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="Kakao result mail whose DKIM/SPF/DMARC all fail",
    why="Kakao's domain but authentication failed: nothing applied",
    items={K1: "pending"},
)

case(
    name="moderation-vendor-unknown-sender",
    **{"from": "trust-ops@sentinelmod.example"}, name_from="Sentinel Moderation Services",
    date="Thu, 12 Sep 2024 06:45:00 +0900",
    subject="Re: KCSC-240904-03 - action confirmation on behalf of X",
    reply_to_req="req-240904-03",
    body=f"""
Dear KCSC,

We handle content-moderation tickets on behalf of X Corp. Regarding your request KCSC-240904-03, we confirm the following posts have been removed:

{X1}
{X2}

Kind regards,
Trust Operations
Sentinel Moderation Services
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="outsourced moderation vendor replying on a platform's behalf from its own domain",
    why="the sender is not any platform's domain",
    items={X1: "pending", X2: "pending"},
)

case(
    name="naver-forwarded-ops-team-answer",
    **{"from": "policy@navercorp.com"}, name_from=subj("네이버 게시중단 담당"),
    date="Sat, 14 Sep 2024 10:00:00 +0900",
    subject=subj("Fwd: 카페 게시물 처리 결과 (KCSC-240902-01)"),
    body=f"""
담당 부서 답변 전달드립니다.

---------- Forwarded message ---------
보낸사람: 카페 운영팀 <cafe-ops@navercorp.com>
Date: 2024년 9월 13일 (금) 오후 6:12
Subject: 카페 게시물 처리 결과 (KCSC-240902-01)
To: 게시중단 담당 <policy@navercorp.com>

아래 게시물 블라인드 처리 완료했습니다.
{N6}
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="NAVER staff forwarding an internal team's answer (Gmail forward header)",
    why="the statement is inside a forwarded message, not the sender's own; a clerk checks it",
    items={N6: "pending"},
)

case(
    name="x-says-telegram-link-not-on-x",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 04:00:00 +0900",
    subject="Re: KCSC-240904-03 [ref:_00D3x1Ab._5004W2Rk9q:ref]",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

One of the URLs in your message is not on our service. We could not locate any content on X matching {T1}; it appears to be a Telegram link.

We are still reviewing the X posts in your request.

Regards,
X Legal
""",
    outcome="review", classification="other", review="wrong_platform",
    imitates="X legal reply pointing out a foreign link in the request",
    why="X states 'could not locate' about a Telegram item: another platform's item",
    items={T1: "pending"},
)

case(
    name="yt-asks-for-timestamps",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sun, 08 Sep 2024 09:00:00 +0900",
    subject="[6-3017000039988] Additional information needed - KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""
Hello,

To continue processing your request, we need more information about the following URLs:

{Y3}
{Y4}

Please tell us the timestamps where the content appears and the specific Korean legal provision it violates. Once we receive this we will resume our review.

Regards,
The YouTube Legal Team
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Google legal-support request for timestamps and legal basis",
    why="platform asks for more information before it acts",
    items={Y3: "pending", Y4: "pending"},
)

case(
    name="tg-conditional-owner-deadline",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 21:30:00 +0900",
    subject="Re: KCSC-240909-06 [Case #4410275]",
    reply_to_req="req-240909-06",
    body=f"""
Hello,

We've contacted the owner of the channel. If {T2} is not deleted by the owner within 48 hours, our moderators will remove it.

Regards,
Telegram Abuse Team
""",
    outcome="review", classification="other", review="not_understood",
    imitates="abuse-desk reply with a conditional removal",
    why="a condition and a promise, no statement; names the item",
    items={T2: "pending"},
)

case(
    name="discord-solved-appropriate-action",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 03:15:00 +0900",
    subject="[Discord] Re: KCSC-240903-02 removal request (request 48120577)",
    reply_to_req="req-240903-02",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48120577) has been solved. To reopen this request, simply reply to this email.

Discord Trust & Safety

Sep 10, 2024, 11:15 PDT

Hello,

Thank you for your report. We've reviewed it and taken appropriate action where necessary, in line with our Community Guidelines. For privacy reasons we can't share details of the action taken against individual accounts.

Discord Trust & Safety

{ZD_FOOT}
[8QW3M1-R2KP]
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Zendesk solved notification with the vague 'appropriate action where necessary' template",
    why="references the request but states nothing about any item: 'where necessary' does not say what happened",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"},
)

case(
    name="naver-reporting-channel-notice",
    **{"from": "policy@navercorp.com"}, name_from=subj("네이버 게시중단 담당"),
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    subject=subj("[안내] 기관 게시중단 요청 접수 채널 변경 안내"),
    body="""
안녕하세요. 네이버 게시중단 담당입니다.

10월 1일부터 기관의 게시중단 요청은 전용 접수 페이지에서만 받습니다.
메일로 접수하시던 기관께서는 아래 페이지에서 기관 계정을 신청해 주시기 바랍니다.

https://help.naver.com/agency/request

기존에 접수된 요청은 변경 없이 처리됩니다.

네이버 주식회사
""",
    outcome="review", classification="other", review="no_claims",
    imitates="NAVER notice about a new reporting channel for public bodies",
    why="trusted platform mail naming no item and no request",
    items={},
)

# ================================================================ IGNORED
case(
    name="discord-zendesk-receipt-with-request-comment",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 03 Sep 2024 17:10:40 +0900",
    subject="[Discord] Re: KCSC-240903-02 removal request (request 48120577)",
    reply_to_req="req-240903-02",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-replied"],
    body=f"""
{ZD_TOP}

Your request (48120577) has been received and is being reviewed by our Trust & Safety team.

To add additional comments, reply to this email.

KCSC Takedown

Sep 3, 2024, 01:10 PDT

Dear Discord Trust & Safety,

The Korea Communications Standards Commission asks you to remove the following content, which is illegal under Korean law (reference KCSC-240903-02):

1. {D1}
2. {D2}
3. {D3}
4. {D4}

Korea Communications Standards Commission

{ZD_FOOT}
[8QW3M1-R2KP]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket auto-acknowledgement carrying our request as the first comment",
    why="pure receipt; the URLs are only in our own request echoed in the ticket",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"},
)

case(
    name="naver-staff-out-of-office",
    **{"from": "jiwoo.han@navercorp.com"}, name_from=subj("한지우"),
    date="Mon, 02 Sep 2024 18:30:00 +0900",
    subject=subj("[부재중] RE: [방송통신심의위원회] 게시물 삭제 요청 (KCSC-240902-01)"),
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 한지우입니다.

9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
게시중단 관련 긴급 문의는 policy@navercorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office auto-reply from a platform employee",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="x-out-of-office-over-quoted-request",
    **{"from": "d.marsh@x.com"}, name_from="Dana Marsh",
    date="Wed, 04 Sep 2024 10:02:11 +0900",
    subject="Automatic reply: KCSC-240904-03 removal request",
    reply_to_req="req-240904-03",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: d.marsh@x.com"],
    body=f"""
Thank you for your email. I am out of the office until September 9 with limited access to email. Legal requests are monitored by the team at legal@x.com.

Dana

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:01 AM
To: legal@x.com
Subject: KCSC-240904-03 removal request

Please remove or withhold the following posts (reference KCSC-240904-03):
{X1}
{X2}
{X3}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' carrying the original request",
    why="auto-reply; the URLs are only in our quoted request",
    items={X1: "pending", X2: "pending", X3: "pending"},
)

case(
    name="gmail-dsn-reminder-to-youtube",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem", auth="none",
    date="Sat, 14 Sep 2024 09:00:05 +0900",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b656-yt"

--dsn-b656-yt
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to legal-kr-old@google.com because the address couldn't be found, or is unable to receive mail.

--dsn-b656-yt
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Sat, 14 Sep 2024 09:00:02 +0900

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn-b656-yt
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [Reminder] KCSC-240905-04 - items still pending
Date: Sat, 14 Sep 2024 09:00:00 +0900
Message-ID: <reminder-240914-04@kcsc.example>
Content-Type: text/plain; charset=utf-8

The following items of request KCSC-240905-04 are past their deadline:
{Y1}
{Y4}
{Y5}

--dsn-b656-yt--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification for our reminder",
    why="a bounce, whoever sent it; URLs only in our own returned reminder",
    items={Y1: "pending", Y4: "pending", Y5: "pending"},
)

case(
    name="kakao-read-receipt",
    **{"from": "minseo.park@kakaocorp.com"}, name_from=subj("박민서"),
    date="Fri, 06 Sep 2024 14:22:00 +0900",
    subject=subj("읽음: [방송통신심의위원회] 게시물 조치 요청 (KCSC-240906-05)"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b656-kakao"

--mdn-b656-kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지를 읽었습니다.

받는 사람: 박민서
제목: [방송통신심의위원회] 게시물 조치 요청 (KCSC-240906-05)
보낸 날짜: 2024-09-06 오전 10:05
읽은 날짜: 2024-09-06 오후 2:21

--mdn-b656-kakao
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;minseo.park@kakaocorp.com
Original-Message-ID: <req-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b656-kakao--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) as an MDN",
    why="read receipt",
    items={},
)

case(
    name="google-legal-case-receipt",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 10:16:02 +0900",
    subject="[6-3017000039988] We've received your legal request",
    reply_to_req="req-240905-04",
    body="""
Hello,

Thanks for contacting Google Legal Support. We've received your request KCSC-240905-04 and assigned it case ID [6-3017000039988]. Please keep this ID in the subject line of any reply.

Our team will review your request and get back to you. There is no need to resubmit.

The Google Legal Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-support automatic case receipt",
    why="receipt with a case id, no statement",
    items={},
)

case(
    name="tg-case-created-receipt",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 11:03:30 +0900",
    subject="Re: KCSC-240909-06 Request to remove content [Case #4410275]",
    reply_to_req="req-240909-06",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

We have received your report and opened Case #4410275. Our moderators will look into it; you don't need to send it again.

This is an automated message.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk-style automatic ticket-created receipt",
    why="pure acknowledgement",
    items={},
)

HEADER = """# Blind set 656 (ticket systems and threads): one [[case]] per email.
# Written from each email's meaning before any run of the reader;
# generated by tests/corpus/blind656/make.py (do not edit by hand).
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind656", HEADER, CASES)
