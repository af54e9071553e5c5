#!/usr/bin/env python3
"""Blind set 224: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail, from NAVER, X, YouTube, Telegram, Kakao and Discord.

Written from each email's meaning alone, before the reader was ever run on
it. Deterministic: `python3 tests/corpus/blind224/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
from email.header import Header
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
corpuslib.DOMAIN_NAMES.setdefault("daum.net", "Kakao")
corpuslib.DOMAIN_NAMES.setdefault("discord.com", "Discord")

# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_trader88/223561000101"
N2 = "https://blog.naver.com/moonlit_trader88/223561000117"
N3 = "https://blog.naver.com/grey_lantern/223559874402"
N4 = "https://cafe.naver.com/quietriverclub/88412"
N5 = "https://cafe.naver.com/quietriverclub/88419"
N6 = "https://cafe.naver.com/bluehollow/120455"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70101&docId=468123457"
N8 = "https://blog.naver.com/pinecone_lab/223560331290"
N9 = "https://cafe.naver.com/bluehollow/120461"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38211905&memberNo=51234876"
N11 = "https://blog.naver.com/pinecone_lab/223560331305"
N12 = "https://cafe.naver.com/quietriverclub/88430"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

X1 = "https://x.com/dawnfold_kr/status/1832210456678001122"
X2 = "https://x.com/dawnfold_kr/status/1832214409871235590"
X3 = "https://x.com/pale_orbit77/status/1831998002314457111"
X4 = "https://x.com/harbor_gull/status/1832400118877661203"
XS = [X1, X2, X3, X4]
X5 = "https://x.com/snowline_bot/status/1834010227766543111"

Y1 = "https://www.youtube.com/watch?v=Qm3xT7pLr2A"
Y2 = "https://www.youtube.com/watch?v=bN8vKe1wZ0s"
Y3 = "https://www.youtube.com/shorts/Hk2pW9sLmQe"
YS = [Y1, Y2, Y3]

T1 = "https://t.me/nightmarket_kr/1402"
T2 = "https://t.me/nightmarket_kr/1405"
T3 = "https://t.me/copperwire_deals"
T4 = "https://t.me/lowtide_channel/233"
T5 = "https://t.me/lowtide_channel/240"
TS = [T1, T2, T3, T4, T5]

K1 = "https://cafe.daum.net/mistyforest/Kx7a/1193"
K2 = "https://windy-page.tistory.com/entry/%EC%98%A4%EB%8A%98%EC%9D%98-%EC%A0%95%EB%B3%B4"
K2_RAW = "https://windy-page.tistory.com/entry/오늘의-정보"
K3 = "https://windy-page.tistory.com/41"
KS = [K1, K2, K3]

D1 = "https://discord.gg/velvetden"

REQUESTS = [
    ("KCSC-240909-01", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", NAVER,
     "req-240909-01", "illegal gambling promotion"),
    ("KCSC-240910-02", "x", "2024-09-10T11:30:00+09:00", "2024-09-17T23:59:59+09:00", XS,
     "req-240910-02", "drug sales"),
    ("KCSC-240910-03", "youtube", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00", YS,
     "req-240910-03", "defamation"),
    ("KCSC-240911-04", "telegram", "2024-09-11T09:20:00+09:00", "2024-09-18T23:59:59+09:00", TS,
     "req-240911-04", "illegal gambling promotion"),
    ("KCSC-240912-05", "kakao", "2024-09-12T10:10:00+09:00", "2024-09-19T23:59:59+09:00", KS,
     "req-240912-05", "illegal financial ads"),
    ("KCSC-240913-06", "discord", "2024-09-13T09:00:00+09:00", "2024-09-20T23:59:59+09:00", [D1],
     "req-240913-06", "non-consensual imagery"),
    ("KCSC-240913-07", "x", "2024-09-13T15:45:00+09:00", "2024-09-20T23:59:59+09:00", [X5],
     "req-240913-07", "drug sales"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, mid, cat in REQUESTS:
        for i, u in enumerate(urls, 1):
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", f"item {i} of {len(urls)}"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def listing(urls):
    return "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))


REQ_NAVER = f"""안녕하세요. 방송통신심의위원회입니다.
「정보통신망 이용촉진 및 정보보호 등에 관한 법률」에 따라 아래 정보에 대한
시정요구(삭제 또는 접속차단)를 통지하오니 조치 후 결과를 회신하여 주시기 바랍니다.

요청번호: KCSC-240909-01
{listing(NAVER)}
"""

REQ_X = f"""Dear X Legal team,

The Korea Communications Standards Commission requests the removal of the
following posts under request KCSC-240910-02 (illegal sale of narcotics):

{listing(XS)}

Please reply to this address with the outcome for each URL.
KCSC Takedown desk
"""

REQ_YT = f"""Dear YouTube Legal Support,

Request KCSC-240910-03: please review the following content, found to be
defamatory under Korean law, and let us know the action taken for each URL.

{listing(YS)}

KCSC Takedown desk
"""

REQ_TG = f"""Dear Telegram team,

Request KCSC-240911-04 (illegal gambling promotion). Please block or remove:

{listing(TS)}

KCSC Takedown desk
"""

REQ_KAKAO = f"""안녕하세요. 방송통신심의위원회입니다.
아래 게시물에 대한 시정요구를 통지합니다. (요청번호 KCSC-240912-05)

{listing(KS)}

조치 결과를 회신하여 주시기 바랍니다.
"""

CASES = []


def case(**kw):
    kw.setdefault("classification", None)
    CASES.append(kw)


# ============================================================ APPLIED
case(
    name="naver-zendesk-solved-list",
    from_="cs-reply@navercorp.com", name_from="NAVER 고객센터",
    date="Thu, 12 Sep 2024 16:41:09 +0900",
    subject="[NAVER 고객센터] 문의에 대한 답변입니다 (#3318204) KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""##- 이 줄 위에 답장을 작성하시면 문의에 추가됩니다 -##

문의번호 #3318204  |  상태: 해결됨

안녕하세요, 방송통신심의위원회 담당자님.
NAVER 고객센터 권리보호 담당입니다.

KCSC-240909-01 요청 건 가운데 아래 5건의 처리 결과를 먼저 안내드립니다.

1. {N1}
   → 게시중단 완료
2. {N2}
   → 게시중단 완료
3. {N3}
   → 임시조치(30일) 적용
4. {N4}
   → 카페 매니저에 의해 블라인드 처리됨
5. {N5}
   → 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다

나머지 요청 건은 확인이 끝나는 대로 이 문의에 이어서 답변드리겠습니다.

권리보호 운영정책: https://help.naver.com/service/5616/contents/18853
이 답변에 추가 문의가 있으시면 이 메일에 회신해 주세요.

NAVER 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-style solved-ticket reply from a Korean portal help centre (numbered list, result on the line below)",
    why="five URLs each with its own unhedged result: 게시중단, 임시조치, 블라인드, already deleted by author",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found"},
)

_rows = [
    (N6, "삭제", "2024.09.13"),
    (N7, "게시중단", "2024.09.13"),
    (N8, "게시 유지 (운영정책 위반 사항 확인되지 않음)", "2024.09.13"),
    (N9, "해당 게시물 없음 (존재하지 않는 게시물)", "-"),
    (N10, "국내 접근 제한", "2024.09.13"),
    (N11, "비공개 처리", "2024.09.13"),
    (N12, "블라인드", "2024.09.13"),
]
_tr = "\n".join(
    f"<tr><td>{i}</td><td>{u.replace('&', '&amp;')}</td><td>{a}</td><td>{d}</td></tr>"
    for i, (u, a, d) in enumerate(_rows, 6)
)
_html = f"""<html><body style="font-family:sans-serif">
<p>방송통신심의위원회 담당자님께</p>
<p>귀 위원회의 시정요구(요청번호 KCSC-240909-01) 중 6번~12번 항목에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 내용</th><th>조치일</th></tr>
{_tr}
</table>
<p>문의번호 #3318204 / 상태: 해결됨</p>
<p>NAVER 고객센터 권리보호 담당 드림</p>
</body></html>"""
case(
    name="naver-html-table-base64",
    from_="cs-reply@navercorp.com", name_from="NAVER 고객센터",
    date="Fri, 13 Sep 2024 18:05:44 +0900",
    subject="[NAVER 고객센터] 시정요구 조치결과 회신 (#3318204)",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table sent as a base64 HTML ticket reply",
    why="one row per URL: 삭제, 게시중단, 게시 유지 (no violation), 게시물 없음, 국내 접근 제한, 비공개, 블라인드",
    items={N6: "removed", N7: "removed", N8: "rejected", N9: "not_found", N10: "restricted",
           N11: "removed", N12: "removed"},
)

case(
    name="naver-reply-to-reminder-outlook",
    from_="jiyoon.park@navercorp.com", name_from="박지윤",
    date="Wed, 18 Sep 2024 11:12:30 +0900",
    subject="RE: [재요청] 시정요구 미이행 건 확인 요청 - KCSC-240909-01",
    extra_headers=["In-Reply-To: <reminder.KCSC-240909-01.1@kcsc.example>",
                   "References: <req-240909-01@kcsc.example> <reminder.KCSC-240909-01.1@kcsc.example>"],
    body=f"""담당자님, 회신이 늦어 죄송합니다.

재요청 주신 건 중
{N8} 게시물은 오늘 오전 게시중단 처리하였고,
{N12} 게시물은 카페 운영자 삭제로 확인되었습니다.

감사합니다.
박지윤 드림 | NAVER 권리보호팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:00 AM
To: policy@navercorp.com
Subject: [재요청] 시정요구 미이행 건 확인 요청 - KCSC-240909-01

안녕하세요. 방송통신심의위원회입니다.
9월 9일 통지한 시정요구 KCSC-240909-01 중 아래 항목의 조치 결과가
아직 회신되지 않았습니다. 확인 부탁드립니다.

{N8}
{N12}
""",
    outcome="applied", classification="confirmation",
    imitates="employee reply (Outlook, top-posted) to the regulator's reminder",
    why="two URLs, each with 게시중단 / 운영자 삭제; the reminder quoted below -----Original Message----- is ours",
    items={N8: "removed", N12: "removed"},
)

case(
    name="naver-qp-korean-particles",
    from_="cs-reply@navercorp.com", name_from="NAVER 고객센터",
    date="Sat, 14 Sep 2024 09:31:02 +0900",
    subject="[NAVER 고객센터] 추가 답변 (#3318204) KCSC-240909-01",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''##- 이 줄 위에 답장을 작성하시면 문의에 추가됩니다 -##

안녕하세요. NAVER 고객센터입니다.

지난 답변에서 안내드린 내용 중 변경된 사항이 있어 다시 알려드립니다.

요청하신 {N3}의 경우 임시조치 기간 중 작성자 확인을 거쳐 최종 삭제 조치하였습니다.
또한 {N9}（요청 목록 9번）은 존재하지 않는 게시물로 확인되었습니다.

감사합니다.
NAVER 고객센터 드림
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="quoted-printable Korean ticket follow-up from a portal help centre",
    why="URLs followed directly by Korean particle 의 and a full-width bracket; 최종 삭제 and 존재하지 않는 게시물",
    items={N3: "removed", N9: "not_found"},
)

case(
    name="x-ticket-update-mixed",
    from_="support@x.com", name_from="X Support",
    date="Fri, 13 Sep 2024 02:14:55 +0000",
    subject="Re: [Case: 0927713402] KCSC-240910-02 removal request",
    reply_to_req="req-240910-02",
    body=f"""##- Please type your reply above this line -##

Your request (0927713402) has been updated. To add additional comments,
reply to this email.

Hello,

Thank you for your report regarding request KCSC-240910-02. We reviewed
the reported content and have taken the following actions:

- {X1}
  Withheld in South Korea in response to your legal demand.
- {X2}
  Withheld in South Korea in response to your legal demand.
- {X3}
  We did not find this post to be in violation of the X Rules or of
  local law, so we are not taking action on it.
- {X4}
  The account that posted this was suspended for violating the X Rules;
  the post has been removed and is no longer available.

For more information on how we handle legal demands, please see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome through a Zendesk-style support ticket",
    why="each URL with its own outcome: withheld in KR twice, no violation, removed with the account",
    items={X1: "restricted", X2: "restricted", X3: "rejected", X4: "removed"},
)

case(
    name="x-one-item-sole-statement",
    from_="support@x.com", name_from="X Support",
    date="Mon, 16 Sep 2024 07:40:12 +0000",
    subject="Re: [Case: 0927751188] KCSC-240913-07 removal request",
    reply_to_req="req-240913-07",
    body="""##- Please type your reply above this line -##

Your request (0927751188) has been solved. To reopen it, reply to this email.

Hello,

We have reviewed your request KCSC-240913-07. The reported post has been
removed for violating our rules on illegal goods and services.

Thanks,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X 'request solved' notice for a single reported post",
    why="the request has one item; 'the reported post has been removed' is an unhedged statement about it",
    items={X5: "removed"},
)

case(
    name="x-outlook-top-post-one-of-four",
    from_="hana.lee@x.com", name_from="Hana Lee",
    date="Sat, 14 Sep 2024 10:03:41 +0900",
    subject="RE: KCSC-240910-02 removal request",
    reply_to_req="req-240910-02",
    body=f"""Hi team,

Following our review, the post {X3} has now been withheld in Korea.
We'll come back to you on the remaining items separately.

Best,
Hana Lee
Legal Operations, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:30 AM
To: legal@x.com
Subject: KCSC-240910-02 removal request

{REQ_X}""",
    outcome="applied", classification="confirmation",
    imitates="X legal-operations employee reply top-posted over the Outlook-quoted request",
    why="only the URL in the new text is withheld in Korea; the four quoted URLs are our request",
    items={X3: "restricted"},
)

case(
    name="yt-helpscout-url-below-statement",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 08:22:17 +0000",
    subject="Re: [KCSC-240910-03] Legal removal request [8-1472000031458]",
    reply_to_req="req-240910-03",
    body=f"""Hello,

Thanks for reaching out to YouTube. We have reviewed the content in your
request and have taken the following action.

The following video was removed for violating our harassment policy:
{Y1}

The following video has been age-restricted:
{Y2}

We were unable to locate any content at the following address:
{Y3}

Regards,
The YouTube Legal Support Team

Case ID: 8-1472000031458
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome, statement line with the URL on the line below",
    why="removed, age-restricted, unable to locate, each URL under its own statement",
    items={Y1: "removed", Y2: "restricted", Y3: "not_found"},
)

case(
    name="yt-actioned-phrase-partial",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 05:51:09 +0000",
    subject="Re: [KCSC-240910-03] Legal removal request [8-1472000031458]",
    reply_to_req="req-240910-03",
    body=f"""Hello,

Thank you for your notice. After review, {Y2} has been actioned under
our policies.

The other two URLs in your notice are still being reviewed and we will
update this case once we have an outcome.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube partial answer using its 'actioned under our policies' wording",
    why="the configured phrase means removed for the named URL; the two others are only 'still being reviewed'",
    items={Y2: "removed", Y1: "pending", Y3: "pending"},
)

_csv = f"""url,outcome,policy,date
{Y1},Removed,Harassment and cyberbullying,2024-09-13
{Y2},No action - content does not violate Community Guidelines,,2024-09-13
{Y3},Removed - channel terminated,Spam and deceptive practices,2024-09-13
"""
case(
    name="yt-csv-attachment",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 23:10:40 +0000",
    subject="Re: [KCSC-240910-03] Legal removal request - outcome attached",
    reply_to_req="req-240910-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="yt224csv"

--yt224csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL listed in your notice
KCSC-240910-03.

Regards,
The YouTube Legal Support Team

--yt224csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-03-outcome.csv"
Content-Disposition: attachment; filename="KCSC-240910-03-outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--yt224csv--
""",
    outcome="applied", classification="confirmation",
    imitates="legal-support reply with a per-URL outcome CSV attachment",
    why="CSV rows: Removed, No action (no violation), Removed (channel terminated)",
    items={Y1: "removed", Y2: "rejected", Y3: "removed"},
)

case(
    name="tg-case-resolved-list",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 11:02:33 +0900",
    subject="Case #4829137: KCSC-240911-04 [Resolved]",
    reply_to_req="req-240911-04",
    body=f"""Hello,

Your Case #4829137 has been marked as resolved.

Results for the links you sent (KCSC-240911-04):

* {T1} - this message has been deleted.
* {T2} - this message has been deleted.
* {T3} - the channel has been blocked on all Telegram apps.
* {T4} - this message does not exist.
* {T5} - after review, this post does not violate Telegram's Terms of
  Service. No action taken.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk case resolution list",
    why="deleted twice, channel blocked globally, message does not exist, no ToS violation",
    items={T1: "removed", T2: "removed", T3: "removed", T4: "not_found", T5: "rejected"},
)

_prev_tg = f"""Hello,

Your Case #4829137 has been updated.

{T1} - blocked.
{T2} - blocked.
{T3} - blocked.
{T4} and {T5} are still under review.

Telegram Abuse Team"""
case(
    name="tg-thread-followup-quoted",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 15:48:20 +0900",
    subject="Re: Case #4829137: KCSC-240911-04",
    reply_to_req="req-240911-04",
    body=f"""Hello again,

An update on the two links that were still open in this case:

{T4} - removed by our moderators today.
{T5} - removed as well.

Telegram Abuse Team

On Fri, 13 Sep 2024 at 11:02, Telegram Abuse <abuse@telegram.org> wrote:
{quoted(_prev_tg)}
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same Telegram case thread over its own quoted earlier update",
    why="the new text removes T4 and T5; the statements about T1-T3 are only in the quoted earlier mail",
    items={T4: "removed", T5: "removed"},
)

case(
    name="tg-freshdesk-bare-url-status-below",
    from_="dsa@telegram.org", name_from="Telegram DSA",
    date="Sat, 14 Sep 2024 20:17:05 +0900",
    subject="Ticket #31542 resolved - KCSC-240911-04",
    reply_to_req="req-240911-04",
    body=f"""Dear requester,

Your ticket #31542 has been resolved. Summary of actions:

{T1}
Status: taken down

{T2}
Status: taken down

{T3}
Status: unavailable for users in South Korea

If you believe this ticket was not handled correctly, reply to this email
within 7 days and it will be reopened.

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket resolved' summary, bare URL with its status on the next line",
    why="two taken down, the channel made unavailable in South Korea only (restricted)",
    items={T1: "removed", T2: "removed", T3: "restricted"},
)

case(
    name="kakao-raw-korean-url-results",
    from_="report@kakaocorp.com", name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 17:25:51 +0900",
    subject="[카카오 고객센터] 시정요구 처리 결과 안내 (KCSC-240912-05)",
    reply_to_req="req-240912-05",
    body=f"""안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240912-05 건의 처리 결과를 안내드립니다.

- {K1} : 게시중단
- {K2_RAW} : 임시조치 (30일)
- {K3} : 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

문의번호: 2409-0117734
더 궁금하신 사항은 이 메일에 회신해 주시기 바랍니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum cafe / Tistory) 신고 처리 결과 notice with a raw Korean Tistory slug",
    why="게시중단, 임시조치 (restricted), 위반 없음 게시 유지 (rejected); the raw Korean path matches the percent-encoded URL",
    items={K1: "removed", K2: "restricted", K3: "rejected"},
)

_khtml = f"""<div style="font-size:14px">
<p>안녕하세요. 카카오 고객센터입니다.</p>
<p>접수번호 2409-0117734 (KCSC-240912-05) 관련하여 요청하신 게시물 중 아래 2건의 처리 결과를 안내드립니다.</p>
<ul>
<li><a href="{K1}">{K1}</a> &mdash; 삭제 조치 완료</li>
<li><a href="{K3}">{K3}</a> &mdash; 작성자가 이미 삭제하여 확인할 수 없는 게시물입니다.</li>
</ul>
<p>감사합니다.<br>카카오 고객센터</p>
</div>"""
case(
    name="kakao-base64-html-two",
    from_="report@kakaocorp.com", name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 10:44:09 +0900",
    subject="[카카오 고객센터] 문의하신 내용의 답변입니다",
    reply_to_req="req-240912-05",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_khtml)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao help-centre HTML answer (base64) with linked URLs",
    why="삭제 조치 완료 (removed) and already deleted by its author (not_found)",
    items={K1: "removed", K3: "not_found"},
)

case(
    name="discord-angle-bracket-removed",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 03:12:48 +0000",
    subject="Re: KCSC-240913-06 [Request #9917340]",
    reply_to_req="req-240913-06",
    body="""Hello,

Thank you for your report (ref. KCSC-240913-06). Our team reviewed the
server at <https://discord.gg/velvetden> and has removed it from Discord
for violating our Community Guidelines.

This request is now marked as solved.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome for a reported server (Zendesk-style solved request)",
    why="the server behind the invite in angle brackets was removed",
    items={D1: "removed"},
)

case(
    name="discord-invalid-invite",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 22:30:01 +0000",
    subject="Re: KCSC-240913-06 [Request #9917340]",
    reply_to_req="req-240913-06",
    body="""Hi there,

Thanks for contacting Discord Trust & Safety about KCSC-240913-06.

The invite link you provided, https://discord.gg/velvetden, is invalid or
has expired, and we were not able to find a server behind it. We have
closed this request.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord reply that a reported invite link is invalid",
    why="an invalid or expired invite that leads to no server is not_found",
    items={D1: "not_found"},
)

case(
    name="naver-gmail-quote-partial",
    from_="minsu.kang@navercorp.com", name_from="강민수",
    date="Fri, 13 Sep 2024 14:02:55 +0900",
    subject="Re: KCSC-240909-01 시정요구 통지",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 네이버 카페 운영정책 담당 강민수입니다.

{N4} 는 블라인드 처리 완료했습니다.
{N5} 는 작성자 소명 절차가 진행 중이라, 결과가 나오는 대로 다시 알려드리겠습니다.

감사합니다.

2024년 9월 9일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(REQ_NAVER)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply (…님이 작성:) from a portal employee, partial answer",
    why="N4 블라인드 done; N5 only has a pending appeal and a promise; the 12 quoted URLs are our request",
    items={N4: "removed", N5: "pending"},
)

case(
    name="x-jira-resolved-activity",
    from_="legal-requests@x.com", name_from="X Legal Requests",
    date="Sun, 15 Sep 2024 09:55:27 +0000",
    subject="[JIRA] (LGL-48821) KCSC-240910-02 removal request - Resolved",
    reply_to_req="req-240910-02",
    body=f"""—— Please type your reply above this line ——

Your request LGL-48821 "KCSC-240910-02 removal request" was resolved.

Mina Cho (X Legal) resolved this as Done.

Mina Cho commented:
  The following post was removed:
  {X1}

  The following post was reviewed and remains available, as it does not
  violate the X Rules or local law:
  {X2}

View request: https://legal-requests.x.com/servicedesk/customer/portal/4/LGL-48821
Turn off this request's notifications

This is shared with KCSC Takedown.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with the agent's comment",
    why="X1 removed, X2 stays up with its reason (rejected); the portal link is not an item",
    items={X1: "removed", X2: "rejected"},
)

case(
    name="naver-wrapped-angle-url",
    from_="cs-reply@navercorp.com", name_from="NAVER 고객센터",
    date="Sun, 15 Sep 2024 13:20:14 +0900",
    subject="[NAVER 고객센터] 지식iN·포스트 게시물 처리 결과 (#3318204)",
    reply_to_req="req-240909-01",
    body="""안녕하세요. NAVER 고객센터입니다.

KCSC-240909-01 요청 건 중 지식iN 질문
<https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70101&
 docId=468123457>
은 운영정책에 따라 삭제되었습니다.

네이버 포스트 게시물
<https://post.naver.com/viewer/postView.naver?volumeNo=38211905&memberNo=51234876>
은 임시조치되어 현재 게시가 제한된 상태입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal help-centre reply with long URLs in angle brackets, one wrapped across two lines",
    why="the wrapped kin URL is deleted (removed); the post is under 임시조치 (restricted)",
    items={N7: "removed", N10: "restricted"},
)

case(
    name="naver-echoed-report-results",
    from_="report-noreply@naver.com", name_from="네이버 신고센터",
    date="Thu, 12 Sep 2024 21:07:36 +0900",
    subject="[네이버 신고센터] 신고하신 게시물의 처리 결과를 알려드립니다 (KCSC-240909-01)",
    body=f"""네이버 신고센터입니다.
신고하신 게시물에 대한 처리 결과를 알려드립니다.

[접수 내용]
접수번호: R-20240909-55120
신고 유형: 불법정보 (방송통신심의위원회 시정요구 KCSC-240909-01)
신고 URL: {N1}
[처리 결과]
처리 상태: 게시중단

[접수 내용]
접수번호: R-20240909-55121
신고 유형: 불법정보 (방송통신심의위원회 시정요구 KCSC-240909-01)
신고 URL: {N2}
[처리 결과]
처리 상태: 임시조치

네이버는 이용자 보호를 위해 신고된 게시물을 운영정책에 따라 처리하고 있습니다.
운영정책 보기: https://policy.naver.com/policy/service.html
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre result notice that echoes the report form before each result",
    why="each echoed report has its own result: 게시중단 (removed), 임시조치 (restricted)",
    items={N1: "removed", N2: "restricted"},
)

_x_alt_text = f"""Hello,

We've completed our review of request KCSC-240910-02.

{X4}
This post has been removed.

{X3}
This post does not violate the X Rules and will remain available.

X Legal Support
"""
_x_alt_html = f"""<html><body>
<p>Hello,</p>
<p>We've completed our review of request KCSC-240910-02.</p>
<p><a href="{X4}">{X4}</a><br>This post has been removed.</p>
<p><a href="{X3}">{X3}</a><br>This post does not violate the X Rules and will remain available.</p>
<p>X Legal Support</p>
</body></html>"""
case(
    name="x-multipart-alternative",
    from_="support@x.com", name_from="X Support",
    date="Mon, 16 Sep 2024 12:00:19 +0000",
    subject="Re: [Case: 0927713402] KCSC-240910-02 removal request",
    reply_to_req="req-240910-02",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="xalt224"

--xalt224
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{_x_alt_text}
--xalt224
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_x_alt_html)}
--xalt224--
""",
    outcome="applied", classification="confirmation",
    imitates="X support reply as multipart/alternative (plain text and quoted-printable HTML)",
    why="X4 removed; X3 does not violate the rules and stays (rejected)",
    items={X4: "removed", X3: "rejected"},
)

case(
    name="tg-blocked-plus-hedge",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 18:40:52 +0900",
    subject="Case #4829137: KCSC-240911-04",
    reply_to_req="req-240911-04",
    body=f"""Hello,

Regarding Case #4829137:

{T1} has been blocked.

{T2} may already have been deleted by its author; we were unable to
confirm this on our side.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="short Telegram abuse-desk case update with one firm and one hedged answer",
    why="T1 blocked (removed); T2 only 'may already have been deleted' (hedge, stays pending)",
    items={T1: "removed", T2: "pending"},
)

case(
    name="kakao-reminder-fullwidth",
    from_="policy.ops@kakaocorp.com", name_from="카카오 정책운영팀",
    date="Thu, 19 Sep 2024 16:33:10 +0900",
    subject="RE: [재요청] KCSC-240912-05 조치 결과 회신 요청",
    raw_utf8_subject=True,
    extra_headers=["In-Reply-To: <reminder.KCSC-240912-05.1@kcsc.example>",
                   "References: <req-240912-05@kcsc.example> <reminder.KCSC-240912-05.1@kcsc.example>"],
    body=f"""안녕하세요. 카카오 정책운영팀입니다.

KCSC-240912-05 재요청 메일 확인했습니다.

요청 2번（{K2}）은 9월 18일 게시중단 처리하였습니다.
「{K3}」은 블로그 운영자에게 통보 후 비공개 처리되었습니다。

확인 부탁드립니다.
카카오 정책운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team's reply to the regulator's reminder, URLs inside full-width brackets",
    why="K2 게시중단 (removed), K3 비공개 처리 (removed); full-width punctuation around the URLs",
    items={K2: "removed", K3: "removed"},
)

_yt_html = f"""<html><body>
<div>Hello,</div>
<div><br></div>
<div>The Short <a href="{Y3}">{Y3}</a> has been removed from YouTube.</div>
<div><br></div>
<div>Regards,<br>YouTube Legal Support</div>
<div><br></div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p><b>From:</b> KCSC Takedown &lt;takedown@kcsc.example&gt;<br>
<b>Sent:</b> Tuesday, September 10, 2024 2:00 PM<br>
<b>To:</b> legal-kr@google.com<br>
<b>Subject:</b> KCSC-240910-03 legal removal request</p>
</div>
<p>Dear YouTube Legal Support,</p>
<p>Request KCSC-240910-03: please review the following content, found to be defamatory under Korean law, and let us know the action taken for each URL.</p>
<p>1. {Y1}<br>2. {Y2}<br>3. {Y3}</p>
<p>KCSC Takedown desk</p>
</body></html>"""
case(
    name="yt-outlook-html-quote",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 04:27:33 +0000",
    subject="RE: KCSC-240910-03 legal removal request",
    reply_to_req="req-240910-03",
    type="html",
    body=_yt_html,
    outcome="applied", classification="confirmation",
    imitates="Outlook HTML reply with the original request under a From:/Sent: header block",
    why="only the Short in the new text is removed; the list below the From:/Sent: block is our own request",
    items={Y3: "removed"},
)

# ============================================================ REVIEW
case(
    name="naver-promise-will-process",
    from_="cs-reply@navercorp.com", name_from="NAVER 고객센터",
    date="Wed, 11 Sep 2024 15:18:40 +0900",
    subject="[NAVER 고객센터] 문의에 대한 답변입니다 (#3318204)",
    reply_to_req="req-240909-01",
    body=f"""##- 이 줄 위에 답장을 작성하시면 문의에 추가됩니다 -##

문의번호 #3318204  |  상태: 보류

안녕하세요. NAVER 고객센터입니다.

요청하신 게시물 중 아래 2건은 카페 운영진 확인이 필요하여
내부 검토 후 순차적으로 조치될 예정입니다.

- {N6}
- {N7}

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Zendesk 'on hold' ticket reply promising later action",
    why="'조치될 예정' is a promise, not a statement; the named items stay pending",
    items={N6: "pending", N7: "pending"},
)

case(
    name="x-on-hold-under-review",
    from_="support@x.com", name_from="X Support",
    date="Wed, 11 Sep 2024 06:05:00 +0000",
    subject="Re: [Case: 0927713402] KCSC-240910-02 removal request",
    reply_to_req="req-240910-02",
    body=f"""##- Please type your reply above this line -##

Your request (0927713402) has been updated.

Hello,

Thanks for your patience. The posts below are currently under review by
our legal team, and your request has been placed on hold until that
review is complete:

{X1}
{X2}

We'll get back to you as soon as we can.

X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="X support ticket placed on hold, items under review",
    why="'under review' and 'on hold' say nothing final about the two named posts",
    items={X1: "pending", X2: "pending"},
)

case(
    name="tg-bulk-all-removed",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Sun, 15 Sep 2024 12:00:03 +0900",
    subject="Case #4829137: KCSC-240911-04 [Closed]",
    reply_to_req="req-240911-04",
    body="""Hello,

Thank you for your report. All the reported content was removed.

Case #4829137 is now closed.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram abuse-desk one-line closure",
    why="'all the reported content was removed' without naming each of the five items",
    items={T1: "pending", T2: "pending", T3: "pending", T4: "pending", T5: "pending"},
)

case(
    name="naver-bulk-solved",
    from_="cs-reply@navercorp.com", name_from="NAVER 고객센터",
    date="Tue, 17 Sep 2024 09:48:22 +0900",
    subject="[NAVER 고객센터] 문의가 해결되었습니다 (#3318204) KCSC-240909-01",
    reply_to_req="req-240909-01",
    body="""##- 이 줄 위에 답장을 작성하시면 문의에 추가됩니다 -##

문의번호 #3318204  |  상태: 해결됨

안녕하세요. NAVER 고객센터입니다.

KCSC-240909-01로 요청하신 게시물 12건에 대해 모두 게시중단 조치를 완료하였습니다.

본 문의는 해결됨 상태로 변경되며, 7일 후 자동으로 종료됩니다.
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'ticket solved' notice from a portal with a single summary sentence",
    why="'12건 모두 게시중단' covers a 12-item request without naming any URL",
    items={u: "pending" for u in NAVER},
)

case(
    name="yt-untrusted-auth-fail",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    auth="fail",
    date="Thu, 12 Sep 2024 13:14:15 +0000",
    subject="Re: [KCSC-240910-03] Legal removal request",
    reply_to_req="req-240910-03",
    body=f"""Hello,

After review, the video {Y1} has been removed.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="untrusted",
    imitates="YouTube legal reply whose DKIM/SPF/DMARC checks failed",
    why="a platform domain failing authentication cannot change a status",
    items={Y1: "pending"},
)

case(
    name="discord-zendesk-unknown-sender",
    from_="support@discord-safety.zendesk.com", name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 01:02:03 +0000",
    subject="[Request #9917340] KCSC-240913-06 - Solved",
    reply_to_req="req-240913-06",
    body=f"""##- Please type your reply above this line -##

Your request #9917340 has been solved.

Hello,

We reviewed the server at {D1} and removed it for violating our
Community Guidelines.

Discord Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="help-desk notification sent from a hosted ticket-system domain instead of the platform's",
    why="zendesk.com is not Discord's sender domain, however plausible the text",
    items={D1: "pending"},
)

case(
    name="x-forwarded-by-colleague",
    from_="jun.seo@x.com", name_from="Jun Seo",
    date="Tue, 17 Sep 2024 02:40:44 +0000",
    subject="Fwd: KCSC-240910-02 status",
    body=f"""Hi KCSC team, forwarding the note from our enforcement team below.

---------- Forwarded message ---------
From: Trust Ops <trust-ops@x.com>
Date: Mon, Sep 16, 2024 at 6:10 PM
Subject: KCSC-240910-02 status
To: Jun Seo <jun.seo@x.com>

Jun, FYI: {X4} was removed this morning.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding an internal enforcement note",
    why="the statement is inside a forwarded message, not the sender's own",
    items={X4: "pending"},
)

case(
    name="tg-asks-more-info",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 10:05:29 +0900",
    subject="Case #4829137: KCSC-240911-04 - more information needed",
    reply_to_req="req-240911-04",
    body=f"""Hello,

Regarding Case #4829137: for {T3} you have sent the link to a whole
channel. Please reply with links to the specific messages that break
the law, together with the legal provision concerned, so that we can
process this part of your request.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse desk asking for message-level links",
    why="asks for more information about the channel link; nothing done yet",
    items={T3: "pending"},
)

case(
    name="kakao-daum-search-wrong-platform",
    from_="search-policy@daum.net", name_from="Daum 검색 정책",
    date="Mon, 16 Sep 2024 15:55:00 +0900",
    subject="[Daum 검색] 검색결과 노출 제한 처리 안내",
    body=f"""안녕하세요. Daum 검색 정책 담당입니다.

방송통신심의위원회에서 참조로 보내주신 요청에 따라
{N2} 게시물은 Daum 검색 결과에서 삭제 처리하였습니다.

원 게시물은 타사 서비스에 게시되어 있어 당사에서 직접 조치할 수 없음을 양해 부탁드립니다.
""",
    outcome="review", review="wrong_platform",
    imitates="search-engine team (Kakao/Daum) reporting de-indexing of another portal's post",
    why="Kakao states a result for a NAVER item; only removed from Daum search, the post itself stays",
    items={N2: "pending"},
)

case(
    name="yt-hedge-appears-private",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 22:45:10 +0000",
    subject="Re: [KCSC-240910-03] Legal removal request [8-1472000031458]",
    reply_to_req="req-240910-03",
    body=f"""Hello,

Thanks for your patience. The video at {Y2} appears to have been made
private by the uploader. We're continuing to review the remaining URLs.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with a hedged observation",
    why="'appears to have been made private' is a hedge; the item stays pending",
    items={Y2: "pending"},
)

case(
    name="discord-portal-no-claims",
    from_="legal@discord.com", name_from="Discord Legal",
    date="Tue, 17 Sep 2024 19:20:00 +0000",
    subject="Submitting government requests to Discord",
    body="""Hello,

Thank you for contacting Discord. Government and law-enforcement agencies
can now submit requests through our dedicated portal at
https://discord.com/safety/government-requests, which lets you track the
status of each submission.

Requests sent by email will continue to be accepted during a transition
period.

Discord Legal
""",
    outcome="review", review="no_claims",
    imitates="platform notice pointing agencies to its government-request portal",
    why="trusted Discord mail naming no item and no request; the portal link is not an item",
    items={},
)

# ============================================================ IGNORED
case(
    name="naver-zendesk-receipt",
    from_="cs-reply@navercorp.com", name_from="NAVER 고객센터",
    date="Mon, 09 Sep 2024 10:03:12 +0900",
    subject="[NAVER 고객센터] 문의가 접수되었습니다 (#3318204) KCSC-240909-01",
    reply_to_req="req-240909-01",
    body="""##- 이 줄 위에 답장을 작성하시면 문의에 추가됩니다 -##

안녕하세요. NAVER 고객센터입니다.

보내주신 문의(KCSC-240909-01)가 정상적으로 접수되었습니다.
문의번호: #3318204

담당자가 확인 후 순서대로 답변드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-receipt from a portal help centre",
    why="pure receipt with a ticket number; nothing about any item",
    items={},
)

case(
    name="x-freshdesk-receipt-echo",
    from_="support@x.com", name_from="X Support",
    date="Tue, 10 Sep 2024 02:31:05 +0000",
    subject="[Case: 0927713402] We received your request: KCSC-240910-02 removal request",
    reply_to_req="req-240910-02",
    body=f"""Hello,

We've received your request and assigned it case number 0927713402.
Our team will review it and get back to you. Please do not submit a
duplicate request.

Here is a copy of what you sent:

{quoted(REQ_X)}

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system auto-receipt echoing the submitted request",
    why="receipt; the URLs are only in the quoted copy of our own request",
    items={},
)

case(
    name="tg-out-of-office",
    from_="m.volkov@telegram.org", name_from="Mikhail Volkov",
    date="Wed, 11 Sep 2024 09:21:40 +0900",
    subject="Automatic reply: KCSC-240911-04",
    reply_to_req="req-240911-04",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 23 September with limited access to email.
For abuse reports please write to abuse@telegram.org.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="auto-reply",
    items={},
)

case(
    name="kakao-dsn-bounce",
    from_="MAILER-DAEMON@kakaocorp.com", name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 10:10:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn224k"

--dsn224k
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-team@kakaocorp.com>: host inbox.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <report-team@kakaocorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn224k
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu, 12 Sep 2024 10:10:39 +0900

Final-Recipient: rfc822; report-team@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn224k
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report-team@kakaocorp.com
Subject: KCSC-240912-05 시정요구 통지
Date: Thu, 12 Sep 2024 10:10:00 +0900
Message-ID: <req-240912-05@kcsc.example>
Content-Type: text/plain; charset=utf-8

{REQ_KAKAO}
--dsn224k--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="bounce; the URLs are in our own returned message",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 13:40:27 +0900",
    subject="읽음: KCSC-240909-01 시정요구 통지",
    reply_to_req="req-240909-01",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn224n"

--mdn224n
Content-Type: text/plain; charset=utf-8

보낸 메시지를 받는 사람이 읽었습니다.

받는 사람: policy@navercorp.com
제목: KCSC-240909-01 시정요구 통지
읽은 시간: 2024-09-09 13:40

--mdn224n
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240909-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn224n--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN) from a corporate mail client",
    why="read receipt",
    items={},
)

case(
    name="yt-auto-ack-case-id",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 05:01:22 +0000",
    subject="[8-1472000031458] We've received your legal request",
    reply_to_req="req-240910-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

This is an automated message to confirm that we have received your
request KCSC-240910-03. Your case ID is 8-1472000031458; please keep it
in the subject line of any reply.

Our team reviews requests in the order in which they are received.

The YouTube Legal Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-support automated case-ID confirmation",
    why="automated receipt; no statement about any item",
    items={},
)


HEADER = """# blind224: ticket systems and threads (written before any run of the reader).
# Generated by make.py; do not edit by hand. See NOTES.md."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Non-ASCII display names and subjects as RFC 2047 encoded-words,
        # as real mailers send them (one case keeps a raw UTF-8 Subject).
        for key in ("name_from", "subject"):
            v = c.get(key)
            if key == "subject" and c.get("raw_utf8_subject"):
                continue
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=900)
    corpuslib.write_set(HERE, "blind224", HEADER, CASES)


if __name__ == "__main__":
    main()
