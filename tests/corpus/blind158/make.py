#!/usr/bin/env python3
"""Blind set 158: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail. Every email is fictional and written for this set; the
expected results were written from each email's meaning before any run of
the reader.

    python3 tests/corpus/blind158/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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
TISTORY_RAW = "https://greenvale.tistory.com/entry/중고-거래-후기"
TISTORY = "https://greenvale.tistory.com/entry/" + quote("중고-거래-후기")

N = [
    "https://blog.naver.com/moonlit_cargo/223551200871",   # N[0]
    "https://blog.naver.com/moonlit_cargo/223551200934",   # N[1]
    "https://blog.naver.com/pinewell_77/223549880125",     # N[2]
    "https://cafe.naver.com/greyharbor/48211",             # N[3]
    "https://cafe.naver.com/greyharbor/48230",             # N[4]
    "https://cafe.naver.com/greyharbor/48297",             # N[5]
    "https://cafe.naver.com/saltmarket2/10984",            # N[6]
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60215&docId=471203318",  # N[7]
    "https://blog.naver.com/sorrel_tide/223560014477",     # N[8]
    "https://blog.naver.com/sorrel_tide/223560014502",     # N[9]
    "https://cafe.naver.com/saltmarket2/11020",            # N[10]
    "https://blog.naver.com/pinewell_77/223549880377",     # N[11]
]
X = [
    "https://x.com/drift_lantern/status/1831022874410293761",
    "https://x.com/drift_lantern/status/1831023011958611970",
    "https://x.com/coppermoth_kr/status/1830455120087654402",
    "https://x.com/coppermoth_kr/status/1830461998822101005",
]
T = [
    "https://t.me/harbor_exchange_kr/2214",
    "https://t.me/harbor_exchange_kr/2219",
    "https://t.me/nightowl_market",
]
Y = [
    "https://www.youtube.com/watch?v=Qm7tR2xLpV4",
    "https://www.youtube.com/watch?v=b9KdW3nZs0E",
    "https://www.youtube.com/watch?v=Hx2pN8cVaT1",
    "https://www.youtube.com/shorts/Lw5yQe7RkZ3",
    "https://www.youtube.com/@amberfield_tv",
]
K = [
    TISTORY,
    "https://cafe.daum.net/bluepier/Fq2a/3381",
    "https://cafe.daum.net/bluepier/Fq2a/3402",
]
D = [
    "https://discord.com/channels/1120483359021846528/1120483359571300392/1282240017713610813",
    "https://discord.gg/p4Wq9tLm",
]
X1 = "https://x.com/velvetkiln/status/1833390551180435584"

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T14:20:00+09:00", "2024-09-10T23:59:59+09:00", N,
     "illegal_trade", "req-240903-01@kcsc.example", "NAVER blogs, cafes and KiN"),
    ("KCSC-240904-02", "x", "2024-09-04T11:05:00+09:00", "2024-09-11T23:59:59+09:00", X,
     "gambling", "req-240904-02@kcsc.example", "two accounts"),
    ("KCSC-240905-03", "telegram", "2024-09-05T16:40:00+09:00", "2024-09-12T23:59:59+09:00", T,
     "drugs", "req-240905-03@kcsc.example", "posts and a channel"),
    ("KCSC-240906-04", "youtube", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00", Y,
     "illegal_trade", "req-240906-04@kcsc.example", "videos, a short and a channel"),
    ("KCSC-240909-05", "kakao", "2024-09-09T15:30:00+09:00", "2024-09-16T23:59:59+09:00", K,
     "privacy", "req-240909-05@kcsc.example", "Tistory entry and Daum cafe posts"),
    ("KCSC-240910-06", "discord", "2024-09-10T09:45:00+09:00", "2024-09-17T23:59:59+09:00", D,
     "gambling", "req-240910-06@kcsc.example", "a message and an invite"),
    ("KCSC-240911-07", "x", "2024-09-11T13:15:00+09:00", "2024-09-18T23:59:59+09:00", [X1],
     "drugs", "req-240911-07@kcsc.example", "one post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


NAVER_REMINDER = """아래 요청(KCSC-240903-01)의 회신 기한(9월 10일)이 지났습니다.
게시물별 조치 결과를 회신해 주시기 바랍니다.

""" + "\n".join(N) + """

방송통신심의위원회 불법정보 삭제요청 담당"""

X_REQUEST_QUOTE = """Dear X Legal team,

Under Article 44-7 of the Information and Communications Network Act,
the Korea Communications Standards Commission requests the removal of
the following posts (reference KCSC-240904-02):

""" + "\n".join(X) + """

Kind regards,
KCSC Takedown desk"""

TG_REQUEST_QUOTE = """Dear Telegram team,

Please remove or restrict the following content (KCSC-240905-03):
""" + "\n".join(T) + """

KCSC Takedown desk"""

KAKAO_REMINDER = """아래 요청 건(KCSC-240909-05)의 조치 결과를 아직 받지 못했습니다.
회신 기한: 2024년 9월 16일

""" + "\n".join([TISTORY_RAW] + K[1:]) + """

방송통신심의위원회 드림"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== NAVER
case(
    name="naver-zd-solved-korean-list",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Fri, 6 Sep 2024 17:42:10 +0900",
    subject="[네이버 고객센터] 문의하신 내용이 해결되었습니다 (#4471203) RE: KCSC-240903-01",
    body=f"""##- 이 줄 위에 회신을 작성해 주세요 -##

문의 번호: #4471203
상태: 해결됨

안녕하세요, 방송통신심의위원회 담당자님.
네이버 고객센터 권리보호팀 김서윤입니다.

KCSC-240903-01 건으로 요청하신 게시물 가운데 처리가 끝난 건의 결과를 안내드립니다.

- {N[0]} : 게시중단 처리 완료
- {N[1]} : 게시중단 처리 완료
- {N[3]} : 카페 운영정책에 따라 블라인드 처리
- {N[7]} : 작성자가 이미 삭제하여 확인되지 않는 게시물입니다.

나머지 게시물은 확인이 끝나는 대로 이 문의에 이어서 회신드리겠습니다.

이 메일에 회신하시면 담당자에게 전달됩니다.
고객센터 바로가기: https://help.naver.com/support/contents/contentsView.help?contentsNo=1852
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-style 'solved' ticket notification from a Korean portal's customer centre, results listed per URL",
    why="trusted NAVER mail: two 게시중단, one 블라인드 (removed) and one post already deleted by its author (not_found)",
    items={N[0]: "removed", N[1]: "removed", N[3]: "removed", N[7]: "not_found"},
)

case(
    name="naver-html-table-imsi",
    from_="rights-noreply@navercorp.com", name_from="NAVER 권리보호센터",
    date="Mon, 9 Sep 2024 11:03:55 +0900",
    subject="[NAVER] 게시물 처리 결과 안내 (KCSC-240903-01)",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. NAVER 권리보호센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240903-01) 중 아래 게시물의 처리 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>게시물 주소</th><th>조치 내용</th><th>비고</th></tr>
<tr><td><a href="{N[4]}">{N[4]}</a></td><td>임시조치</td><td>30일간 게시 제한</td></tr>
<tr><td><a href="{N[5]}">{N[5]}</a></td><td>임시조치</td><td>30일간 게시 제한</td></tr>
<tr><td><a href="{N[6]}">{N[6]}</a></td><td>삭제</td><td>카페 운영원칙 위반</td></tr>
</table>
<p>임시조치에 대한 자세한 내용은 <a href="https://help.naver.com/service/5616/category/bookRemind">고객센터 도움말</a>을 참고해 주세요.</p>
<p>감사합니다.<br>NAVER 권리보호센터 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 처리 결과 안내 with an HTML table (임시조치 / 삭제)",
    why="임시조치 is restricted (two cafe posts), 삭제 is removed; the help link is not an item",
    items={N[4]: "restricted", N[5]: "restricted", N[6]: "removed"},
)

case(
    name="naver-followup-remaining-items",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 15:20:31 +0900",
    subject="RE: [네이버 고객센터] 문의하신 내용이 해결되었습니다 (#4471203) RE: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""##- 이 줄 위에 회신을 작성해 주세요 -##

안녕하세요, 네이버 고객센터 김서윤입니다.
지난 회신에 이어 나머지 게시물의 처리 결과를 안내드립니다.

{N[8]}
→ 블로그 운영자에게 소명 기회를 부여한 뒤 비공개 처리하였습니다.

{N[9]}
→ 게시중단 처리하였습니다.

{N[10]}
→ 게시물 내용을 검토한 결과 관련 법령 및 카페 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

{N[11]}
→ 추가 검토가 필요하여 아직 처리 전입니다. 9월 20일까지 결과를 회신드리겠습니다.

감사합니다.

-------- 이전 답변 --------
김서윤 (네이버 고객센터) 2024. 9. 6. 오후 5:42
> KCSC-240903-01 건으로 요청하신 게시물 가운데 처리가 끝난 건의 결과를 안내드립니다.
> - {N[0]} : 게시중단 처리 완료
> - {N[1]} : 게시중단 처리 완료
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up comment in the same Zendesk ticket thread, earlier answer quoted below",
    why="비공개 처리 and 게시중단 are removed, 게시 유지 with a reason is rejected, 'not yet processed' stays pending; the quoted earlier answer changes nothing",
    items={N[8]: "removed", N[9]: "removed", N[10]: "rejected", N[11]: "pending",
           N[0]: "pending", N[1]: "pending"},
)

case(
    name="naver-outlook-reply-to-reminder",
    from_="seoyun.kim@navercorp.com", name_from="김서윤",
    date="Fri, 13 Sep 2024 16:05:48 +0900",
    subject="RE: [KCSC 독촉] KCSC-240903-01 게시물 조치 결과 회신 요청",
    body=f"""담당자님, 독촉 메일 확인했습니다. 우선 아래 두 건은 조치를 마쳤습니다.

{N[2]}
- 국내 이용자 대상 접근 제한 조치

{N[4]}
- 삭제

다른 게시물은 처리되는 대로 별도 회신드리겠습니다.

김서윤 | NAVER 고객센터 권리보호팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC 독촉] KCSC-240903-01 게시물 조치 결과 회신 요청

{NAVER_REMINDER}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted staff reply to a regulator's reminder, reminder kept below -----Original Message-----",
    why="접근 제한 for Korean users is restricted, 삭제 is removed; the twelve URLs of the quoted reminder change nothing",
    items={N[2]: "restricted", N[4]: "removed"},
)

NAVER_CSV = f"""번호,게시물 URL,처리결과,비고
1,{N[0]},게시중단,
2,{N[1]},게시중단,
3,{N[2]},임시조치,30일
4,{N[3]},게시물 없음,작성자가 이미 삭제
5,{N[4]},게시 유지,법령 및 운영정책 위반 사항 없음
6,{N[5]},블라인드,카페 운영정책 위반
"""
case(
    name="naver-freshdesk-csv-attachment",
    from_="support@navercorp.com", name_from="NAVER 고객지원",
    date="Tue, 10 Sep 2024 10:14:02 +0900",
    subject="[티켓 #58812] KCSC-240903-01 처리 결과 회신",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fd-58812-b1"

--fd-58812-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 방송통신심의위원회 담당자님.

KCSC-240903-01 요청 건 가운데 6건의 처리 결과를 첨부한 CSV 파일로 정리해 드립니다.
나머지 6건은 검토가 끝나는 대로 이 티켓에서 안내드리겠습니다.

티켓 상태: 처리 중
NAVER 고객지원팀

--fd-58812-b1
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(NAVER_CSV)}
--fd-58812-b1--
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style agent reply carrying a per-URL result sheet as a CSV attachment",
    why="CSV rows: 게시중단 x2 and 블라인드 removed, 임시조치 restricted, 게시물 없음 (author deleted) not_found, 게시 유지 rejected",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found",
           N[4]: "rejected", N[5]: "removed"},
)

case(
    name="naver-base64-body",
    from_="noreply-cs@navercorp.com", name_from="NAVER 고객센터",
    date="Thu, 12 Sep 2024 09:31:17 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[NAVER] 요청하신 게시물 처리 결과".encode()).decode() + "?= (KCSC-240903-01)",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. NAVER 고객센터입니다.

요청번호 KCSC-240903-01 관련하여 아래와 같이 처리하였음을 알려드립니다.

{N[6]}
위 게시물은 카페 운영원칙 위반으로 삭제하였습니다.

{N[10]}
위 주소로는 게시물이 확인되지 않습니다. 존재하지 않는 게시물이거나 주소가 잘못 기재된 것으로 보입니다.

감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="portal notice sent base64-encoded with an RFC 2047 subject, status on the line below each URL",
    why="삭제 is removed; 게시물이 확인되지 않습니다 (no post at that address) is not_found",
    items={N[6]: "removed", N[10]: "not_found"},
)

case(
    name="naver-numbered-all-twelve",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Wed, 18 Sep 2024 14:47:09 +0900",
    subject="RE: KCSC-240903-01 시정요구 조치 결과 (최종)",
    reply_to_req="req-240903-01",
    body=f"""방송통신심의위원회 귀중

요청번호 KCSC-240903-01 (총 12건)에 대한 최종 조치 결과를 회신드립니다.

1. {N[0]} — 삭제
2. {N[1]} — 삭제
3. {N[2]} — 임시조치(30일)
4. {N[3]}는 블라인드 처리하였습니다.
5. {N[4]}는 블라인드 처리하였습니다.
6. {N[5]} — 불법정보에 해당하지 않는다고 판단하여 게시 유지
7. {N[6]}를 삭제했습니다.
8. {N[7]} — 해당 게시물 없음(작성자 삭제)
9. （{N[8]}） — 비공개 처리
10. {N[9]} — 법무 검토 중(결과 추후 회신)
11. {N[10]}， 국내 접속 차단
12. {N[11]} — 삭제

문의사항은 이 메일로 회신해 주시기 바랍니다.
NAVER 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as a numbered list, URLs followed by particles and full-width punctuation",
    why="final per-item answer: 삭제/블라인드/비공개 removed, 임시조치 and 국내 접속 차단 restricted, 게시 유지 rejected, 게시물 없음 not_found, 법무 검토 중 pending",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed",
           N[4]: "removed", N[5]: "rejected", N[6]: "removed", N[7]: "not_found",
           N[8]: "removed", N[9]: "pending", N[10]: "restricted", N[11]: "removed"},
)

# review: NAVER
case(
    name="naver-promise-will-suspend",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Mon, 9 Sep 2024 18:22:40 +0900",
    subject="[네이버 고객센터] 문의 답변 (#4471203) RE: KCSC-240903-01",
    body=f"""##- 이 줄 위에 회신을 작성해 주세요 -##

안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 중 {N[5]} 및 {N[10]} 게시물은
카페 운영자 소명 절차를 거친 뒤 이번 주 중 게시중단 조치할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent reply promising a 게시중단 after the cafe operator's statement",
    why="'조치할 예정입니다' is a promise, not a statement: both items stay pending and the named-item email goes to a person",
    items={N[5]: "pending", N[10]: "pending"},
)

case(
    name="naver-asks-more-documents",
    from_="rights@navercorp.com", name_from="NAVER 권리보호센터",
    date="Thu, 5 Sep 2024 13:10:26 +0900",
    subject="[NAVER] KCSC-240903-01 관련 추가 자료 요청",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. NAVER 권리보호센터입니다.

요청하신 게시물 중 아래 두 건은 개인 블로그 게시물로, 처리 여부를 판단하기 위해
심의 의결서 사본과 해당 게시물이 불법정보에 해당하는 구체적인 근거를 추가로 보내주시기 바랍니다.

- {N[8]}
- {N[9]}

자료를 받는 대로 검토를 진행하겠습니다.

NAVER 권리보호센터
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal request for supporting documents (심의 의결서 사본) before acting",
    why="the platform asks for more documents before deciding; nothing is stated about the two posts",
    items={N[8]: "pending", N[9]: "pending"},
)

case(
    name="naver-fwd-internal-result",
    from_="minji.lee@navercorp.com", name_from="이민지",
    date="Tue, 10 Sep 2024 19:02:33 +0900",
    subject="FW: [내부] KCSC-240903-01 블로그 게시물 처리 결과",
    body=f"""담당자님, 블로그 운영팀에서 받은 회신을 그대로 전달드립니다.

---------- Forwarded message ---------
보낸사람: 박도현 <dohyun.park@navercorp.com>
Date: 2024년 9월 10일 (화) 오후 6:41
Subject: [내부] KCSC-240903-01 블로그 게시물 처리 결과
To: 이민지 <minji.lee@navercorp.com>

민지님, 요청 주신 블로그 게시물 처리 결과 공유합니다.

{N[0]} 게시중단 완료
{N[1]} 게시중단 완료

외부 회신은 민지님께서 해 주세요.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="staff member forwarding an internal colleague's result (Gmail 'Forwarded message' block)",
    why="the statements are inside a forwarded internal message, not the sender's own words; a person decides whether to apply them",
    items={N[0]: "pending", N[1]: "pending"},
)

# ignored: NAVER
case(
    name="naver-zd-receipt",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Tue, 3 Sep 2024 14:21:05 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (#4471203) KCSC-240903-01",
    extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body="""##- 이 줄 위에 회신을 작성해 주세요 -##

안녕하세요. 네이버 고객센터입니다.

문의가 정상적으로 접수되었습니다.
문의 번호: #4471203

담당자가 내용을 확인한 뒤 순차적으로 답변드리겠습니다.
추가로 전달하실 내용이 있으면 이 메일에 회신해 주세요.

※ 본 메일은 발신 전용으로 자동 발송되었습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'request received' receipt from a Korean customer centre",
    why="pure receipt: ticket number, no statement about any item",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 10:41:52 +0900",
    subject="읽음: [KCSC 독촉] KCSC-240903-01 게시물 조치 결과 회신 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7781"

--mdn-7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.

받는 사람: policy@navercorp.com
제목: [KCSC 독촉] KCSC-240903-01 게시물 조치 결과 회신 요청
읽은 시간: 2024-09-13 오전 10:41

--mdn-7781
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Microsoft Exchange Server
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <reminder.KCSC-240903-01.1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7781--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN) for our reminder",
    why="a read receipt says nothing about any item",
    items={},
)

# ========================================================================== X
case(
    name="x-zendesk-solved-mixed",
    from_="support@x.com", name_from="X Support",
    date="Mon, 9 Sep 2024 02:17:40 +0000",
    subject="[X] Re: KCSC-240904-02 Legal request – case 0241-5530 [ref:_00D1a2b3c:_5007x5530:ref]",
    body=f"""##- Please type your reply above this line -##

Your request (0241-5530) has been solved. To reopen it, reply to this email.

Hello,

Thank you for your report. We have reviewed the reported content and the
outcome for each post is set out below.

{X[0]}
Withheld in South Korea in response to your request, under our Country
Withheld Content policy.

{X[1]}
Removed for violating the X Rules.

{X[2]}
We reviewed this post and did not find a violation of the X Rules, and we
are not taking action on it at this time.

{X[3]}
We could not locate this post. The link may be wrong, or the post may have
been deleted by its author.

Learn more about withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome sent from a Zendesk-style ticket ('solved', reply-above-line marker)",
    why="per-post outcomes: withheld in KR restricted, removed, no violation rejected, could not locate not_found (the 'may have' clause only explains it)",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "rejected", X[3]: "not_found"},
)

case(
    name="x-one-item-no-url",
    from_="legal@x.com", name_from="X Legal",
    date="Fri, 13 Sep 2024 07:50:12 +0000",
    subject="Re: KCSC-240911-07 – Request to remove content",
    reply_to_req="req-240911-07",
    body="""Hello,

Thanks for reaching out. Following our review, the reported post has been
removed for violating the X Rules on illegal or certain regulated goods
and services.

We consider this case closed.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="short X legal reply in the request's own thread naming no URL",
    why="one-item request, reply in its thread with its reference: 'the reported post has been removed' applies to that item",
    items={X1: "removed"},
)

case(
    name="x-followup-over-own-receipt",
    from_="support@x.com", name_from="X Support",
    date="Tue, 10 Sep 2024 05:33:08 +0000",
    subject="Re: [X] We received your report – case 0241-5530 (KCSC-240904-02)",
    body=f"""Hello,

Update on case 0241-5530:

The post {X[2]} is no longer available on X. The account that published it
has been permanently suspended for repeated violations.

The other posts in this case are still being reviewed and we will write again.

X Support

On Thu, Sep 5, 2024 at 2:12 AM X Support <support@x.com> wrote:
> We've received your report. Case number: 0241-5530
>
> Reported posts:
> {X[0]}
> {X[1]}
> {X[2]}
> {X[3]}
>
> Our team will review them and get back to you.
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in a ticket thread above the platform's own quoted receipt",
    why="'no longer available, account permanently suspended' is removed for that post; the others are still under review; quoted receipt says nothing",
    items={X[2]: "removed", X[0]: "pending", X[1]: "pending", X[3]: "pending"},
)

X_HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;color:#0f1419">
<p>Hello,</p>
<p>We're writing about your legal request <b>KCSC-240904-02</b> (case 0241-5530).</p>
<table style="border-collapse:collapse" cellpadding="6">
<tr><td style="border-bottom:1px solid #cfd9de"><a href="{X[0]}">{X[0]}</a></td>
<td style="border-bottom:1px solid #cfd9de">Withheld in: South Korea</td></tr>
<tr><td style="border-bottom:1px solid #cfd9de"><a href="{X[3]}">{X[3]}</a></td>
<td style="border-bottom:1px solid #cfd9de">We were unable to find this post on X.</td></tr>
</table>
<p>You can read about how we handle these requests in our <a href="https://help.x.com/en/forms/legal">Help Center</a>.</p>
<p>— X Legal</p>
</body></html>
"""
case(
    name="x-html-qp-withheld-notfound",
    from_="noreply-legal@x.com", name_from="X Legal",
    date="Wed, 11 Sep 2024 08:02:45 +0000",
    subject="Update on your legal request KCSC-240904-02",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(X_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal notification as quoted-printable HTML with a two-column result table",
    why="'Withheld in: South Korea' is restricted, 'unable to find this post' is not_found; the Help Center link is not an item",
    items={X[0]: "restricted", X[3]: "not_found"},
)

case(
    name="x-echoed-report-withheld",
    from_="support@x.com", name_from="X Support",
    date="Thu, 12 Sep 2024 03:44:19 +0000",
    subject="Your report to X – case 0241-5530",
    body=f"""Hello,

Here's what you reported:

  Reporter: KCSC Takedown desk
  Reference: KCSC-240904-02
  Reported post: {X[3]}
  Reason: Illegal content under Korean law (gambling)

Outcome:
We have withheld this post in South Korea in response to a valid legal
demand. It remains visible outside South Korea.

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X report outcome that echoes the submitted report form before the decision",
    why="the echoed form names the post; the outcome withholds it in South Korea: restricted",
    items={X[3]: "restricted"},
)

case(
    name="x-wrapped-statement-url-next-line",
    from_="jmoreno@x.com", name_from="Julia Moreno",
    date="Sat, 14 Sep 2024 00:12:58 +0000",
    subject="RE: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""Hi KCSC team,

Apologies for the delay on this one. Please be advised that the following
post has been removed for violating the X Rules on illegal or certain
regulated goods:
{X[1]}

The following post has been withheld in South Korea under our Country
Withheld Content policy:
{X[0]}

Best,
Julia Moreno
Legal Operations, X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="personal staff reply with hard-wrapped sentences ending in a colon and the URL on the next line",
    why="each statement ends with ':' and its URL follows on the next line: removed and restricted",
    items={X[1]: "removed", X[0]: "restricted"},
)

# review: X
case(
    name="x-bulk-all-actioned",
    from_="legal@x.com", name_from="X Legal",
    date="Tue, 10 Sep 2024 09:26:03 +0000",
    subject="Re: KCSC-240904-02 Legal request",
    reply_to_req="req-240904-02",
    body="""Hello,

We have reviewed your request and taken action on all of the posts listed
in it.

This ticket will now be marked as solved.

X Legal
""",
    outcome="review", review="bulk",
    imitates="ticket closing reply stating an action on 'all of the posts' without naming them",
    why="a statement about all items of a four-item request without naming each: bulk, items stay pending",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-auth-fail-lookalike",
    from_="support@x.com", name_from="X Support",
    auth="fail",
    date="Sun, 15 Sep 2024 11:09:27 +0000",
    subject="Your request (0241-6012) has been solved – KCSC-240911-07",
    body=f"""##- Please type your reply above this line -##

Your request (0241-6012) has been solved.

The post {X1} has been removed for violating the X Rules.

X Support
""",
    outcome="review", review="untrusted",
    imitates="solved-ticket notice from an x.com address failing DKIM/SPF/DMARC",
    why="sender domain is X's but authentication fails: untrusted, nothing applied",
    items={X1: "pending"},
)

case(
    name="x-ticket-received-echo",
    from_="support@x.com", name_from="X Support",
    date="Wed, 4 Sep 2024 02:06:51 +0000",
    subject="[X] We received your report – case 0241-5530",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""##- Please type your reply above this line -##

Hello,

We've received your report. Your case number is 0241-5530.

Here's a copy of what you submitted:
  Reference: KCSC-240904-02
  {X[0]}
  {X[1]}
  {X[2]}
  {X[3]}

Our team reviews reports in the order they arrive. You don't need to file
a new report for the same content.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automatic 'we received your report' receipt that echoes the submitted URLs",
    why="a receipt with an echo of our own submission: no statement about any item",
    items={},
)

# =================================================================== Telegram
case(
    name="tg-abuse-threaded-reply",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Sat, 7 Sep 2024 12:40:11 +0000",
    subject="Re: [KCSC-240905-03] Request to remove illegal content – Case #88120347",
    reply_to_req="req-240905-03",
    body=f"""Hello,

The messages at {T[0]} and {T[1]} were deleted by our moderators.

The channel {T[2]} has been restricted and can no longer be viewed by users
in South Korea.

Telegram Abuse Team

On Thu, 5 Sep 2024 at 16:40, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(TG_REQUEST_QUOTE)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply in the request's thread, Gmail-style quote of the request below",
    why="two messages deleted (removed), channel restricted for users in South Korea (restricted)",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted"},
)

case(
    name="tg-case-update-status-below",
    from_="dsa@telegram.org", name_from="Telegram",
    date="Mon, 9 Sep 2024 15:02:36 +0000",
    subject="Case #88120347 – update",
    body=f"""Hello,

An update on Case #88120347 (your reference KCSC-240905-03):

{T[1]}
Our moderators reviewed this message and found no violation of the
Telegram Terms of Service. It remains available.

{T[2]}
This channel has been blocked on all Telegram apps.

Regards,
Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram case update, status on the lines below each URL",
    why="no violation, remains available: rejected; blocked on all apps: removed",
    items={T[1]: "rejected", T[2]: "removed"},
)

case(
    name="tg-angle-brackets",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 08:19:50 +0000",
    subject="Re: KCSC-240905-03",
    body=f"""Hi,

<{T[0]}> – removed.

<{T[2]}> – no channel currently uses this username, so there is nothing
for us to act on.

Best,
Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="terse abuse-desk reply with URLs in angle brackets",
    why="removed; a username no channel uses is not_found",
    items={T[0]: "removed", T[2]: "not_found"},
)

case(
    name="tg-bulk-all-links-down",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 17:55:04 +0000",
    subject="Re: [KCSC-240905-03] Request to remove illegal content – Case #88120347",
    reply_to_req="req-240905-03",
    body="""Hello,

All links reported in this case have been taken down.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="one-line abuse desk closure about 'all links' of a case",
    why="a three-item request answered without naming the items: bulk",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending"},
)

case(
    name="tg-conditional-deadline",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Fri, 6 Sep 2024 10:03:29 +0000",
    subject="Re: KCSC-240905-03 – Case #88120347",
    body=f"""Hello,

We have contacted the administrators of the channel. If the messages
{T[0]} and {T[1]} are not deleted by the admins within 48 hours,
our moderators will remove them.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse desk reply that gives the channel admins a deadline before acting",
    why="a condition and a promise, no statement of what happened: items stay pending",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="tg-auto-ack",
    from_="noreply@telegram.org", name_from="Telegram",
    date="Thu, 5 Sep 2024 07:41:22 +0000",
    subject="Re: [KCSC-240905-03] Request to remove illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Thank you for your report.

Our team will review it and take action if the content violates the Telegram
Terms of Service. Due to the volume of reports we cannot reply to every
message individually.

This is an automated message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram automatic report receipt",
    why="pure automated receipt, no items named, only a generic 'will review'",
    items={},
)

# ==================================================================== YouTube
case(
    name="yt-legal-outcome-bullets",
    from_="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 04:30:00 +0000",
    subject="[7-3318000021640] Your legal request KCSC-240906-04",
    body=f"""Hello,

Thanks for contacting YouTube. In response to your legal request
(KCSC-240906-04), we have reviewed the content below.

* {Y[0]} – blocked from view in South Korea based on local law
* {Y[1]} – removed for violating YouTube's Community Guidelines
* {Y[2]} – after review, we have decided not to take action on this video

For more information about our legal removals, visit
https://support.google.com/youtube/answer/2802032

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome with a bulleted list per video",
    why="blocked in South Korea restricted, removed, decided not to take action rejected; the support link is not an item",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected"},
)

case(
    name="yt-status-heading-url-below",
    from_="legal-kr@google.com", name_from="Google Legal Korea",
    date="Wed, 11 Sep 2024 06:12:44 +0000",
    subject="Re: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""Dear KCSC,

Content removed globally under our Community Guidelines:

{Y[3]}

Content blocked in South Korea only:

{Y[4]}

Kind regards,
Google Legal Korea
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal reply grouping URLs under status headings",
    why="heading 'removed globally' applies to the short, 'blocked in South Korea only' to the channel",
    items={Y[3]: "removed", Y[4]: "restricted"},
)

case(
    name="yt-age-restricted-uploader-deleted",
    from_="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 02:08:31 +0000",
    subject="[5-9921000032817] Update on request KCSC-240906-04",
    body=f"""Hello,

Case ID: 5-9921000032817

We have completed our review of two of the videos in your request.

{Y[2]}: we have applied an age restriction to this video. It can no longer be
watched by signed-out viewers or viewers under 18.

{Y[0]}: this video is no longer on YouTube because the uploader deleted it.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube case update: age restriction and an uploader-deleted video",
    why="age-restricted is restricted; deleted by its uploader is not_found",
    items={Y[2]: "restricted", Y[0]: "not_found"},
)

case(
    name="yt-helpscout-policy-links",
    from_="trust-safety@youtube.com", name_from="YouTube Trust & Safety",
    date="Fri, 13 Sep 2024 09:55:18 +0000",
    subject="Re: Removal request KCSC-240906-04 [#HS-204871]",
    body=f"""--- Reply above this line ---

Hi there,

Thanks for your patience. {Y[1]} has been removed for violating our policy on
illegal or regulated goods and services
(https://support.google.com/youtube/answer/9229611), and it is no longer
available on YouTube.

If you manage a channel and want to check its standing, see
https://studio.youtube.com/ and https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Cheers,
Min-ho
YouTube Trust & Safety

Conversation #HS-204871
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style agent reply with policy and dashboard links",
    why="one video removed; the policy, Studio and guidelines links are not items",
    items={Y[1]: "removed"},
)

YT_CSV = f"""URL,Action,Notes
{Y[0]},Blocked - KR,Local law (country block)
{Y[1]},Removed,Community Guidelines violation
{Y[2]},No action,Does not violate our policies or local law
{Y[3]},Removed,Community Guidelines violation
{Y[4]},Channel terminated,Repeated violations
"""
case(
    name="yt-csv-attachment",
    from_="legal-kr@google.com", name_from="Google Legal Korea",
    date="Mon, 16 Sep 2024 01:20:37 +0000",
    subject="KCSC-240906-04 – outcome sheet",
    reply_to_req="req-240906-04",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="000000000000a1b2c3d4e5f6"

--000000000000a1b2c3d4e5f6
Content-Type: text/plain; charset="UTF-8"

Dear KCSC,

Please find attached the outcome for each URL in request KCSC-240906-04.

Best regards,
Google Legal Korea

--000000000000a1b2c3d4e5f6
Content-Type: text/csv; charset="UTF-8"; name="KCSC-240906-04_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240906-04_outcome.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--000000000000a1b2c3d4e5f6--
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply carrying a CSV outcome sheet",
    why="CSV: Blocked-KR restricted, Removed x2, No action (no violation) rejected, channel terminated removed",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected", Y[3]: "removed", Y[4]: "removed"},
)

case(
    name="yt-hedge-appears-removed",
    from_="legal-kr@google.com", name_from="Google Legal Korea",
    date="Tue, 17 Sep 2024 05:48:02 +0000",
    subject="Re: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""Hello,

Just a quick note: it appears that {Y[3]} may no longer be available.
We're confirming with the team and will let you know once we have the
final outcome.

Thanks,
Google Legal Korea
""",
    outcome="review", review="not_understood",
    imitates="staff note hedging ('appears', 'may no longer be available') pending confirmation",
    why="a hedge and a promise, not a statement: the short stays pending",
    items={Y[3]: "pending"},
)

case(
    name="yt-no-claims-process-notice",
    from_="legal-notices-noreply@google.com", name_from="Google Legal",
    date="Wed, 18 Sep 2024 00:00:12 +0000",
    subject="Changes to how government requests are submitted",
    body="""Hello,

You are receiving this message because your organisation has submitted
government removal requests to Google.

Starting 1 October 2024, requests concerning YouTube should be submitted
through the government request web form rather than by email. Requests
sent by email after that date will still be processed, but may take longer.

You can find the form and instructions at
https://support.google.com/legal/answer/3110420

Google Legal
""",
    outcome="review", review="no_claims",
    imitates="Google notice to government requesters about a change of submission channel",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="google-ooo-staff",
    from_="jiwoo.han@google.com", name_from="Jiwoo Han",
    date="Mon, 16 Sep 2024 01:22:03 +0000",
    subject="Automatic reply: KCSC-240906-04 – outcome sheet",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until Monday 23 September with limited access to email.
For urgent legal requests please write to legal-kr@google.com.

추석 연휴로 9월 23일(월)까지 부재중입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office reply (bilingual, Chuseok holiday)",
    why="out-of-office auto-reply",
    items={},
)

# ====================================================================== Kakao
case(
    name="kakao-tistory-raw-korean-path",
    from_="cs-noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 16:36:21 +0900",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240909-05)",
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 아래와 같이 조치하였습니다.

{TISTORY_RAW} 게시물에 대해 30일간 임시조치하였습니다.

https://cafe.daum.net/bluepier/Fq2a/3381 게시글은 다음카페 운영정책 위반으로 삭제되었습니다.

감사합니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer centre notice with a raw Korean Tistory path followed by a particle",
    why="임시조치 restricted (raw Korean path = percent-encoded request URL), 삭제 removed",
    items={TISTORY: "restricted", K[1]: "removed"},
)

case(
    name="kakao-gmail-quote-reply-reminder",
    from_="cafe_help@daum.net", name_from="다음카페 운영지원",
    date="Tue, 17 Sep 2024 14:12:47 +0900",
    subject="Re: [KCSC 독촉] KCSC-240909-05 조치 결과 회신 요청",
    body=f"""독촉 메일 잘 받았습니다. 회신이 늦어 죄송합니다.

https://cafe.daum.net/bluepier/Fq2a/3402 게시글은 블라인드 처리 완료하였습니다.
나머지 건은 카카오 고객센터에서 따로 회신드릴 예정입니다.

다음카페 운영지원팀

2024년 9월 17일 (화) 오전 10:02, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(KAKAO_REMINDER)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply to a reminder with the Korean '님이 작성:' quote header",
    why="블라인드 removed for the one post named above the quote; the quoted reminder's URLs change nothing",
    items={K[2]: "removed", K[0]: "pending", K[1]: "pending"},
)

case(
    name="kakao-jira-status-resolved",
    from_="servicedesk@kakaocorp.com", name_from="Kakao 서비스데스크",
    date="Thu, 12 Sep 2024 11:27:05 +0900",
    subject="[KSD-2281] 방송통신심의위원회 시정요구 (KCSC-240909-05)",
    body=f"""—-—-—-—
회신은 이 줄 위에 작성해 주세요.

KSD-2281 방송통신심의위원회 시정요구 (KCSC-240909-05)
상태: 진행 중 → 해결됨

홍지민 님이 댓글을 남겼습니다:

시정요구하신 3건 처리 결과입니다.
1. {K[1]} : 삭제
2. {K[2]} : 존재하지 않는 게시글입니다(작성자가 이미 삭제).
3. {TISTORY} : 검토 결과 불법정보에 해당하지 않는 것으로 판단되어 조치하지 않았습니다.

요청 보기: https://kakao-cs.atlassian.net/servicedesk/customer/portal/3/KSD-2281

이 메일은 Jira Service Management에서 발송되었습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification: status changed to resolved, with the agent's comment",
    why="삭제 removed, already deleted by its author not_found, not illegal and no action rejected; the portal link is not an item",
    items={K[1]: "removed", K[2]: "not_found", TISTORY: "rejected"},
)

case(
    name="kakao-blogger-gmail-complaint",
    from_="greenvale.blog@gmail.com", name_from="그린베일",
    date="Sat, 14 Sep 2024 21:08:40 +0900",
    subject="임시조치 관련 문의드립니다",
    body=f"""안녕하세요.

제 블로그 글 {TISTORY_RAW} 가
방송통신심의위원회 요청으로 임시조치되었다는 안내를 카카오에서 받았습니다.
어떤 근거로 조치가 된 것인지 알려주실 수 있을까요?

그린베일 드림
""",
    outcome="review", review="unknown_sender",
    imitates="a blog owner writing to the regulator after a 임시조치 notice",
    why="the sender is no platform: its account of a 임시조치 is not a platform statement",
    items={TISTORY: "pending"},
)

case(
    name="kakao-ooo-korean",
    from_="seojun.park@kakaocorp.com", name_from="박서준",
    date="Tue, 10 Sep 2024 09:00:31 +0900",
    subject="[자동회신] Re: KCSC-240909-05 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동회신]
안녕하세요. 박서준입니다.
9월 13일(금)까지 휴가로 부재중입니다. 급한 업무는 report@kakaocorp.com 으로 보내주시기 바랍니다.
감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (자동회신)",
    why="auto-reply",
    items={},
)

# ==================================================================== Discord
case(
    name="discord-zendesk-solved",
    from_="noreply@support.discord.com", name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 18:02:11 -0700",
    subject="[Discord] Re: KCSC-240910-06 Removal request",
    body=f"""##- Please type your reply above this line -##

Your request (31184502) has been solved. To add a comment, reply to this email.

----------------------------------------------

Sam (Discord Trust & Safety)

Sep 12, 2024, 6:01 PM PDT

Hi there,

Thanks for your report regarding KCSC-240910-06. We reviewed the content and
this is what we found:

Message: {D[0]}
Action: Removed for violating our Community Guidelines.

Invite: {D[1]}
Action: This invite is invalid or has expired, so we could not identify the
server it belonged to.

You can read our Community Guidelines at https://discord.com/guidelines

Best,
Sam
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'solved' notification from a support subdomain with the agent's comment",
    why="support.discord.com is a discord.com subdomain; message removed, invalid/expired invite not_found; guidelines link not an item",
    items={D[0]: "removed", D[1]: "not_found"},
)

case(
    name="discord-partial-investigating",
    from_="safety@discord.com", name_from="Discord Safety",
    date="Wed, 11 Sep 2024 23:40:52 -0700",
    subject="Re: KCSC-240910-06 Removal request",
    reply_to_req="req-240910-06",
    body=f"""Hello,

We've removed the message at {D[0]}.

We're still investigating the server behind {D[1]} and will follow up
once that review is complete.

Discord Safety
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer: one item actioned, the other under investigation",
    why="message removed; the invite is still under investigation, pending",
    items={D[0]: "removed", D[1]: "pending"},
)

case(
    name="discord-via-zendesk-domain",
    from_="support@discordapp.zendesk.com", name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 10:15:33 -0700",
    subject="[Discord] Re: KCSC-240910-06 Removal request",
    body=f"""##- Please type your reply above this line -##

Hi,

Following up on your request KCSC-240910-06: the message
{D[0]} has been removed, and the server behind {D[1]} has been
shut down.

Discord Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="help-desk mail sent from the ticket vendor's own domain instead of the platform's",
    why="zendesk.com is not a Discord sender domain: the statements cannot be trusted without a person checking",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="discord-solved-no-detail",
    from_="noreply@support.discord.com", name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 02:00:07 -0700",
    subject="[Discord] Re: KCSC-240910-06 Removal request",
    body="""##- Please type your reply above this line -##

Your request (31184502) has been solved.

We hope we were able to help. If you have further questions, reply to this
email to reopen the request.

How would you rate the support you received?
Good, I'm satisfied: https://support.discord.com/requests/31184502/satisfaction/good
Bad, I'm unsatisfied: https://support.discord.com/requests/31184502/satisfaction/bad
""",
    outcome="review", review="not_understood",
    imitates="Zendesk automatic 'request solved' notice with satisfaction survey links",
    why="names our request but says nothing about any item; 'solved' is the ticket's state, not a status of the content",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="discord-dsn-reminder",
    from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    auth="none",
    date="Wed, 18 Sep 2024 10:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-4F1A2C"

--dsn-4F1A2C
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@discord.com>: host mx.discord.com[203.0.113.45] said: 550 5.1.1
    <legal@discord.com>: Recipient address rejected: User unknown

--dsn-4F1A2C
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 10:00:38 +0900

Final-Recipient: rfc822; legal@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@discord.com>: Recipient address
    rejected: User unknown

--dsn-4F1A2C
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@discord.com
Subject: [KCSC reminder] KCSC-240910-06 overdue
Date: Wed, 18 Sep 2024 10:00:37 +0900
Message-ID: <reminder.KCSC-240910-06.1@kcsc.example>

The deadline of request KCSC-240910-06 has passed. Still pending:
{D[0]}
{D[1]}

--dsn-4F1A2C--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our reminder, original attached",
    why="a bounce of our own reminder; the URLs are in our returned message",
    items={},
)

HEADER = """# Blind set 158 (ticket systems and threads). Generated by make.py; do not edit.
# Expected results written from each email's meaning before any run of the reader.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        name = c.get("name_from")
        if name and not name.isascii():
            # display names as RFC 2047 encoded-words, as Korean mail clients send them
            c["name_from"] = Header(name, "utf-8").encode()
    corpuslib.write_set(HERE, "blind158", HEADER, CASES)


if __name__ == "__main__":
    main()
