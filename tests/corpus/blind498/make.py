#!/usr/bin/env python3
"""Blind set blind498: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Written from each
email's meaning before any run of the reader.

    python3 tests/corpus/blind498/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(s, tz=UTC):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz))


def h(s):
    """RFC 2047 encode a subject holding non-ASCII text."""
    return Header(s, "utf-8").encode()


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


# --------------------------------------------------------------- requests
TG = [
    "https://t.me/quiet_lantern_shop/101",
    "https://t.me/quiet_lantern_shop/102",
    "https://t.me/quiet_lantern_shop/117",
    "https://t.me/grey_ferry_market/8",
    "https://t.me/grey_ferry_market/15",
    "https://t.me/grey_ferry_market/23",
    "https://t.me/nightowl_deals_kr/440",
    "https://t.me/nightowl_deals_kr/451",
    "https://t.me/pine_cove_chat/3021",
    "https://t.me/pine_cove_chat/3044",
    "https://t.me/redkite_files/77",
    "https://t.me/redkite_files/90",
]
X4 = [
    "https://x.com/moonfield_kr/status/1831000000000000101",
    "https://x.com/moonfield_kr/status/1831000000000000188",
    "https://x.com/tidewater_99/status/1831200000000000042",
    "https://x.com/tidewater_99/status/1831200000000000057",
]
YT = [
    "https://www.youtube.com/watch?v=Qa1bC2dE3fG",
    "https://www.youtube.com/watch?v=Hh4iJ5kL6mN",
    "https://www.youtube.com/shorts/Pp7qR8sT9uV",
]
NV = [
    "https://blog.naver.com/sunny_orchard/223500000101",
    "https://blog.naver.com/sunny_orchard/223500000177",
    "https://cafe.naver.com/bluepebble/5521",
    "https://cafe.naver.com/bluepebble/5560",
    "https://blog.naver.com/PostView.naver?blogId=hollow_reed&logNo=223511112222",
]
TISTORY_RAW = "https://bamboo-lane.tistory.com/entry/제품-후기"
TISTORY = "https://bamboo-lane.tistory.com/entry/%EC%A0%9C%ED%92%88-%ED%9B%84%EA%B8%B0"
DM = [
    "https://cafe.daum.net/greenmeadow77/Ab12/305",
    TISTORY,
    "https://cafe.daum.net/greenmeadow77/Ab12/318",
]
TT = [
    "https://www.tiktok.com/@velvet.kettle/video/7412000000000000011",
    "https://www.tiktok.com/@velvet.kettle/video/7412000000000000029",
]
X1 = ["https://x.com/harbor_lights_k/status/1836500000000000777"]

REQUESTS = [
    ("KCSC-240903-01", "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", TG,
     "illegal_trade", "channel posts offering prohibited goods; 12 links"),
    ("KCSC-240905-02", "x", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", X4,
     "defamation", "two accounts, \"same campaign\""),
    ("KCSC-240909-03", "youtube", "2024-09-09T09:15:00+09:00", "2024-09-16T18:00:00+09:00", YT,
     "harmful_content", "videos and one short"),
    ("KCSC-240911-04", "naver", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", NV,
     "privacy", "blog, cafe; PostView link kept with its query"),
    ("KCSC-240913-05", "daum", "2024-09-13T10:45:00+09:00", "2024-09-20T18:00:00+09:00", DM,
     "illegal_trade", "Daum cafe and Tistory, one Korean path"),
    ("KCSC-240917-06", "tiktok", "2024-09-17T16:20:00+09:00", "2024-09-24T18:00:00+09:00", TT,
     "harmful_content", "two videos, one account"),
    ("KCSC-240919-07", "x", "2024-09-19T09:00:00+09:00", "2024-09-26T18:00:00+09:00", X1,
     "defamation", "single post"),
]


def req_msgid(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_msgid(ref) + "@kcsc.example", note])


def quoted_request(ref, urls, lead="> "):
    lines = ["Dear Trust & Safety team,", "",
             f"The Korea Communications Standards Commission requests the removal of the",
             f"following content (reference {ref}):", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Kind regards,", "KCSC Takedown Desk"]
    return "\n".join(lead + l if l else lead.rstrip() for l in lines)


def items(urls, status):
    return {u: status for u in urls}


# --------------------------------------------------------------- cases
C = []

# ===== APPLIED =====
C.append(dict(
    name="tg-blocked-and-notfound-one-sentence",
    **{"from": "abuse@telegram.org"}, date=d("2024-09-06 08:12"),
    subject="Re: [KCSC-240903-01] Removal request - Case #4471203",
    reply_to_req=req_msgid("KCSC-240903-01"),
    body="""Hello,

Thank you for your report (Case #4471203).

We have blocked t.me/quiet_lantern_shop/101 and t.me/quiet_lantern_shop/102 for
violating the Telegram Terms of Service, while t.me/quiet_lantern_shop/117 could
not be found on our platform.

We are still working through the other links in your request and will write
again separately.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (plain prose, case number)",
    why="one sentence carries two blocks and a not-found; the last sentence is a promise about unnamed links",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
))

C.append(dict(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"}, date=d("2024-09-07 11:40"),
    subject="Re: [KCSC-240903-01] Removal request - Case #4471203",
    reply_to_req=req_msgid("KCSC-240903-01"),
    body="""Dear KCSC,

Further to Case #4471203:

The message at https://t.me/grey_ferry_market/15 has been taken down.

The other message from that channel, https://t.me/grey_ferry_market/23, which may
have been edited by the channel owner after you reported it, is still being
reviewed by our moderators. We will let you know the outcome.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk follow-up reply",
    why="/15 taken down; /23 carries a hedge in a relative clause and is still under review: stays pending",
    items={TG[4]: "removed", TG[5]: "pending"},
))

C.append(dict(
    name="tg-negation-and-takedown",
    **{"from": "dsa@telegram.org"}, date=d("2024-09-20 06:05"),
    subject="Case #4471203 / KCSC-240903-01",
    body="""Hi,

We did not find any violation of our Terms of Service in
https://t.me/nightowl_deals_kr/440, so that post remains available.

https://t.me/nightowl_deals_kr/451 is no longer accessible: we took it down on
20 September.

Best,
Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA contact reply with a refusal",
    why="negated finding with a reason = rejected; the other post was taken down",
    items={TG[6]: "rejected", TG[7]: "removed"},
))

C.append(dict(
    name="tg-correction-later-sentence",
    **{"from": "abuse@telegram.org"}, date=d("2024-09-12 13:22"),
    subject="Correction: Case #4471203 (KCSC-240903-01)",
    reply_to_req=req_msgid("KCSC-240903-01"),
    body="""Hello again,

A correction to my message from this morning. I wrote that
t.me/pine_cove_chat/3021 had been removed. That was wrong: the message was not
deleted; it has been made unavailable to users in South Korea only.

t.me/pine_cove_chat/3044 was deleted, as I said before.

Apologies for the confusion.
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk correction email",
    why="the later sentences revise 'removed' to a Korea-only block (restricted); 3044 deleted",
    items={TG[8]: "restricted", TG[9]: "removed"},
))

C.append(dict(
    name="x-table-with-later-note",
    **{"from": "legal@x.com"}, date=d("2024-09-10 02:30"),
    subject="Re: KCSC-240905-02 - Legal request outcome",
    reply_to_req=req_msgid("KCSC-240905-02"),
    type="html",
    body="""<html><body>
<p>Hello,</p>
<p>We have reviewed your request <b>KCSC-240905-02</b>. The outcome for each reported post is below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>https://x.com/moonfield_kr/status/1831000000000000101</td><td>Withheld</td><td>South Korea</td></tr>
<tr><td>https://x.com/moonfield_kr/status/1831000000000000188</td><td>Withheld</td><td>South Korea</td></tr>
</table>
<p><i>Note:</i> the table above was generated when your request was opened. Before the withholding
took effect, the post ending in 0188 was deleted by the account holder, so no action by X was
needed on that post.</p>
<p>The remaining posts in your request are handled in a separate reply.</p>
<p>X Legal</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice (HTML table) with an appended note",
    why="the note revises the table: 0188 was already deleted by its author (not_found); 0101 withheld in KR",
    items={X4[0]: "restricted", X4[1]: "not_found"},
))

C.append(dict(
    name="x-statuses-by-position",
    **{"from": "legal@x.com"}, date=d("2024-09-11 07:45"),
    subject="Re: KCSC-240905-02",
    reply_to_req=req_msgid("KCSC-240905-02"),
    body="""Hello,

Regarding the four URLs in your request KCSC-240905-02, in the order you listed
them: the first and second have been withheld in South Korea; the third was
removed for violating the X Rules; the fourth does not violate the X Rules or
Korean law as described in your request, and we will not take action on it.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply answering a list by position",
    why="statuses given by position in the request's own order (clerk maps 1-4 to the listed URLs)",
    items={X4[0]: "restricted", X4[1]: "restricted", X4[2]: "removed", X4[3]: "rejected"},
))

C.append(dict(
    name="x-single-refusal-reason",
    **{"from": "legal@x.com"}, date=d("2024-09-23 04:10"),
    subject="Re: KCSC-240919-07 - Removal request",
    reply_to_req=req_msgid("KCSC-240919-07"),
    body="""Hello,

We reviewed the post at https://x.com/harbor_lights_k/status/1836500000000000777
that you reported. It is commentary on a public figure's conduct and we did not
find it to violate the X Rules or the local law you cited. The post will stay
up and we will not be taking action at this time.

If you have a court order concerning this content, you may send it to us.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal refusal with reason",
    why="a refusal with its reason: rejected (the court-order line is no request for more information)",
    items={X1[0]: "rejected"},
))

C.append(dict(
    name="x-removed-but-other-stays",
    **{"from": "legal@x.com"}, date=d("2024-09-12 09:00"),
    subject="Re: KCSC-240905-02",
    reply_to_req=req_msgid("KCSC-240905-02"),
    body="""Hi,

The post https://x.com/tidewater_99/status/1831200000000000042 has been removed,
but https://x.com/tidewater_99/status/1831200000000000057 remains available as it
does not breach our policies.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply, two outcomes in one sentence",
    why="one sentence: first URL removed, second stays up with a reason",
    items={X4[2]: "removed", X4[3]: "rejected"},
))

C.append(dict(
    name="yt-bulleted-three-outcomes",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-13 05:30"),
    subject="[KCSC-240909-03] YouTube legal removal request - outcome",
    body="""Hello,

Thanks for reaching out. After reviewing the content you reported, here is what
we did:

- https://www.youtube.com/watch?v=Qa1bC2dE3fG - age-restricted
- https://www.youtube.com/watch?v=Hh4iJ5kL6mN - removed for violating our
  harassment policy
- https://www.youtube.com/shorts/Pp7qR8sT9uV - no action: this short does not
  violate our Community Guidelines

You can read more about our policies at https://support.google.com/youtube/answer/2801939

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome email (bulleted)",
    why="three bullets, three statuses; wrapped bullet line; help-centre link is no item",
    items={YT[0]: "restricted", YT[1]: "removed", YT[2]: "rejected"},
))

C.append(dict(
    name="yt-legal-geo-block-angle-bracket",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date=d("2024-09-14 01:15"),
    subject="Re: [KCSC-240909-03] Legal request",
    reply_to_req=req_msgid("KCSC-240909-03"),
    body="""Hello,

Following our review, we have restricted access to the content at the URL below
in South Korea, on the basis of local law:

<https://www.youtube.com/watch?v=Hh4iJ5kL6mN>

The remaining items you reported are still under review.

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal local-law block notice",
    why="URL on the line below its statement, in angle brackets: restricted; the rest stays pending",
    items={YT[1]: "restricted", YT[0]: "pending", YT[2]: "pending"},
))

C.append(dict(
    name="yt-actioned-phrase-and-unlocatable",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-15 03:00"),
    subject="[KCSC-240909-03] Update on your request",
    body="""Hi there,

The content at https://www.youtube.com/watch?v=Qa1bC2dE3fG has been actioned
under our policies.

We were unable to locate the content at https://www.youtube.com/shorts/Pp7qR8sT9uV.
Please check that the link is complete.

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'actioned under our policies' outcome email",
    why="configured 'actioned' phrase = removed; 'unable to locate' = not_found ('please check' is no question needing an answer)",
    items={YT[0]: "removed", YT[2]: "not_found"},
))

C.append(dict(
    name="naver-blind-and-temporary-measure",
    **{"from": "policy@navercorp.com"}, name_from=h("NAVER 고객센터"),
    date=d("2024-09-13 15:20", KST),
    subject=h("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240911-04)"),
    body="""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 https://blog.naver.com/sunny_orchard/223500000101 은 블라인드
처리되었으며, https://blog.naver.com/sunny_orchard/223500000177 은 정보통신망법에
따라 30일간 임시조치되었습니다.

나머지 게시물은 검토 후 별도로 안내드리겠습니다.

감사합니다.
NAVER 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 메일",
    why="one sentence: 블라인드 (removed) and 임시조치 (restricted); the rest is a promise",
    items={NV[0]: "removed", NV[1]: "restricted"},
))

C.append(dict(
    name="naver-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"}, name_from=h("NAVER 정책지원"),
    date=d("2024-09-18 10:05", KST),
    subject=h("RE: [KCSC-240911-04] 시정요구에 따른 조치결과 회신"),
    reply_to_req=req_msgid("KCSC-240911-04"),
    type="html",
    body="""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240911-04)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>https://blog.naver.com/sunny_orchard/223500000101</td><td>접속차단</td><td>국내</td></tr>
<tr><td>2</td><td>https://blog.naver.com/sunny_orchard/223500000177</td><td>삭제</td><td></td></tr>
<tr><td>3</td><td>https://cafe.naver.com/bluepebble/5521</td><td>삭제</td><td></td></tr>
<tr><td>4</td><td>https://cafe.naver.com/bluepebble/5560</td><td>해당 게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>5</td><td>https://blog.naver.com/PostView.naver?blogId=hollow_reed&amp;logNo=223511112222</td><td>미조치</td><td>운영정책 위반 사항 없음</td></tr>
</table>
<p>※ 4번 게시물은 요청 접수 전에 작성자가 이미 삭제한 상태였습니다.</p>
<p>감사합니다.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table",
    why="table of five: 접속차단 restricted, 삭제 removed x2, 게시물 없음 not_found, 미조치 with reason rejected; &amp; in the URL",
    items={NV[0]: "restricted", NV[1]: "removed", NV[2]: "removed", NV[3]: "not_found", NV[4]: "rejected"},
))

C.append(dict(
    name="naver-refused-and-removed-korean",
    **{"from": "cafe_policy@naver.com"}, name_from=h("네이버 카페 운영정책"),
    date=d("2024-09-16 17:45", KST),
    subject=h("네이버 카페 게시물 처리 결과 (KCSC-240911-04)"),
    body="""안녕하세요, 네이버 카페 운영정책 담당자입니다.

https://cafe.naver.com/bluepebble/5521 게시물은 검토 결과 운영정책 위반 사항이
확인되지 않아 삭제하지 않았습니다.

https://cafe.naver.com/bluepebble/5560 게시물은 삭제 조치를 완료하였습니다.

추가 문의 사항은 고객센터(https://help.naver.com/)를 이용해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe policy desk reply (Korean refusal and deletion)",
    why="negated deletion with its reason = rejected; the other post deleted; help link is no item",
    items={NV[2]: "rejected", NV[3]: "removed"},
))

C.append(dict(
    name="naver-correction-over-quoted",
    **{"from": "policy@navercorp.com"}, name_from=h("NAVER 고객센터"),
    date=d("2024-09-14 09:30", KST),
    subject=h("[정정] 게시중단 요청 처리 결과 안내 (KCSC-240911-04)"),
    body="""안녕하세요. 네이버 고객센터입니다.

아래 메일에서 삭제로 안내드린 https://blog.naver.com/sunny_orchard/223500000101
게시물은 확인 결과 삭제가 아니라 임시조치(30일 접근 제한)된 것으로 정정하여
안내드립니다. 혼선을 드려 죄송합니다.

감사합니다.

----- 원본 메일 -----
보낸 사람: NAVER 고객센터 <policy@navercorp.com>
날짜: 2024년 9월 13일 15:20
제목: [NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240911-04)

> 요청하신 게시물 https://blog.naver.com/sunny_orchard/223500000101 및
> https://blog.naver.com/sunny_orchard/223500000177 은 삭제되었습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER correction notice quoting its earlier notice",
    why="the correction makes 0101 restricted; 0177 is stated only in the quoted earlier mail and stays pending",
    items={NV[0]: "restricted", NV[1]: "pending"},
))

C.append(dict(
    name="daum-particles-and-fullwidth",
    **{"from": "right@kakaocorp.com"}, name_from=h("카카오 권리침해신고센터"),
    date=d("2024-09-19 11:10", KST),
    subject=h("[다음 권리침해신고센터] 처리 결과 안내 - KCSC-240913-05"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 중 티스토리 게시물({TISTORY_RAW})은 게시중단 처리하였고,
https://cafe.daum.net/greenmeadow77/Ab12/305는 임시조치(접근 제한)되었습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 처리 결과 안내",
    why="raw Korean path inside parentheses, a particle glued to the next URL, full-width stop: removed and restricted",
    items={TISTORY: "removed", DM[0]: "restricted"},
))

C.append(dict(
    name="daum-statement-above-url",
    **{"from": "cafe_help@daum.net"}, name_from=h("Daum 카페 고객센터"),
    date=d("2024-09-20 14:00", KST),
    subject=h("Re: [KCSC-240913-05] 게시물 삭제 요청"),
    reply_to_req=req_msgid("KCSC-240913-05"),
    body="""안녕하세요. Daum 카페 고객센터입니다.

다음 게시물은 삭제 처리되었습니다.
https://cafe.daum.net/greenmeadow77/Ab12/318

다음 게시물은 권리침해 사실이 소명되지 않아 게시중단 요청이 반려되었습니다.
https://cafe.daum.net/greenmeadow77/Ab12/305

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe customer-centre reply",
    why="statement on the line above each URL ('다음' = 'the following'): removed and rejected",
    items={DM[2]: "removed", DM[0]: "rejected"},
))

CSV_ATT = """video_url,decision,note
https://www.tiktok.com/@velvet.kettle/video/7412000000000000011,Removed,Violates Community Guidelines (regulated goods)
https://www.tiktok.com/@velvet.kettle/video/7412000000000000029,No violation,Content remains available
"""
C.append(dict(
    name="tiktok-csv-attachment",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date=d("2024-09-21 02:40"),
    subject="Re: KCSC-240917-06 - Outcome of your report",
    reply_to_req=req_msgid("KCSC-240917-06"),
    raw_mime="""Content-Type: multipart/mixed; boundary="tt-b498-1"

--tt-b498-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We have completed our review of request KCSC-240917-06. Please see the attached
file for the decision on each video.

TikTok Legal

--tt-b498-1
Content-Type: text/csv; charset=utf-8; name="KCSC-240917-06_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240917-06_outcome.csv"
Content-Transfer-Encoding: base64

""" + b64(CSV_ATT) + """
--tt-b498-1--
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal outcome with a CSV attachment",
    why="CSV: Removed and 'No violation' (rejected)",
    items={TT[0]: "removed", TT[1]: "rejected"},
))

C.append(dict(
    name="tiktok-dsa-statement-of-reasons",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust and Safety",
    date=d("2024-09-22 08:00"),
    subject="Decision on your notice KCSC-240917-06",
    body="""Decision on your notice

Content: https://www.tiktok.com/@velvet.kettle/video/7412000000000000011
Decision: restriction of visibility - the video is not available in the
Republic of Korea
Ground: illegal under local law
Territorial scope: Republic of Korea
Automated means: no

Content: https://www.tiktok.com/@velvet.kettle/video/7412000000000000029
Decision: no action. We did not find this video to be illegal or to violate our
Community Guidelines, so it remains on TikTok.

You may appeal this decision through https://www.tiktok.com/legal/report/appeal.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (TikTok notice decision)",
    why="geo-restricted in KR; the other: no action with its reason (rejected); appeal link is no item",
    items={TT[0]: "restricted", TT[1]: "rejected"},
))

TG_QP_BODY = f"""Hi,

t.me/redkite_files/77 - removed.
t.me/redkite_files/90 - we could not find this message (the link seems to point
to a channel that no longer exists).

Telegram Abuse Team

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", TG)}
"""
C.append(dict(
    name="tg-qp-top-posted-gmail",
    **{"from": "abuse@telegram.org"}, date=d("2024-09-09 12:00"),
    subject="Re: [KCSC-240903-01] Removal request",
    reply_to_req=req_msgid("KCSC-240903-01"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(TG_QP_BODY),
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request (quoted-printable)",
    why="two statements on top; the hedge is only a parenthesis beside 'could not find'; the quoted 12-URL request says nothing",
    items={TG[10]: "removed", TG[11]: "not_found"},
))

TG_B64_BODY = """Hello,

All links from your request have now been checked.

Blocked: t.me/pine_cove_chat/3021, t.me/pine_cove_chat/3044
Not found: t.me/grey_ferry_market/8

Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@telegram.org
Subject: [KCSC-240903-01] Removal request

Please remove the following content:
https://t.me/grey_ferry_market/8
https://t.me/pine_cove_chat/3021
https://t.me/pine_cove_chat/3044
https://t.me/redkite_files/77
"""
C.append(dict(
    name="tg-base64-outlook-summary",
    **{"from": "abuse@telegram.org"}, date=d("2024-09-11 10:30"),
    subject="RE: [KCSC-240903-01] Removal request",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(TG_B64_BODY),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with -----Original Message----- (base64 body)",
    why="labelled lists: two blocked, one not found; 'all links checked' is no bulk status; the Outlook quote says nothing",
    items={TG[8]: "removed", TG[9]: "removed", TG[3]: "not_found"},
))

C.append(dict(
    name="x-wrapped-url-in-brackets",
    **{"from": "legal@x.com"}, date=d("2024-09-13 06:20"),
    subject="Re: KCSC-240905-02 - Country withheld content",
    reply_to_req=req_msgid("KCSC-240905-02"),
    body="""Hello,

In response to your request, the following post has been withheld in South
Korea: <https://x.com/tidewater_99/status/
1831200000000000042>

Users outside South Korea can still see it.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content email with a wrapped bracketed URL",
    why="URL wrapped inside angle brackets (RFC 3986 appendix C); withheld in KR = restricted",
    items={X4[2]: "restricted"},
))

C.append(dict(
    name="x-single-item-thread-removed",
    **{"from": "legal@x.com"}, date=d("2024-09-24 01:00"),
    subject="Re: Removal request",
    reply_to_req=req_msgid("KCSC-240919-07"),
    body="""Hello,

Following a second review with our local counsel, the reported post has been
removed from X.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal short thread reply",
    why="no URL, but the thread names a one-item request: the sole statement applies to it",
    items={X1[0]: "removed"},
))

C.append(dict(
    name="x-echoed-report-outcome",
    **{"from": "no-reply@x.com"}, name_from="X Support",
    date=d("2024-09-14 03:30"),
    subject="Your report KCSC-240905-02 - update",
    body="""Hello,

Here is an update about your report.

Your report
  Reference: KCSC-240905-02
  Reported content:
    https://x.com/moonfield_kr/status/1831000000000000101
    https://x.com/moonfield_kr/status/1831000000000000188
  Reason: defamation under Korean law

Outcome
  We have withheld the reported posts in South Korea.

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X report-update email echoing the report",
    why="the echo names exactly the posts the outcome speaks of; withheld in KR = restricted",
    items={X4[0]: "restricted", X4[1]: "restricted"},
))

C.append(dict(
    name="naver-url-then-result-line",
    **{"from": "cafe_policy@naver.com"}, name_from=h("네이버 카페 운영정책"),
    date=d("2024-09-17 09:00", KST),
    subject=h("Re: [KCSC-240911-04] 카페 게시물 처리 결과"),
    reply_to_req=req_msgid("KCSC-240911-04"),
    body="""안녕하세요.

요청하신 카페 게시물의 처리 결과입니다.

https://cafe.naver.com/bluepebble/5521
→ 처리결과: 게시중단(블라인드)

https://cafe.naver.com/bluepebble/5560
→ 처리결과: 게시물 없음 (작성자가 이미 삭제)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe result list (URL line, result line below)",
    why="bare URL, status on the next line: 게시중단 removed, 게시물 없음 not_found",
    items={NV[2]: "removed", NV[3]: "not_found"},
))

C.append(dict(
    name="tg-block-lifted-after-appeal",
    **{"from": "dsa@telegram.org"}, date=d("2024-09-25 07:30"),
    subject="Case #4471203 - appeal outcome (KCSC-240903-01)",
    body="""Hello,

t.me/nightowl_deals_kr/440 was blocked on 18 September. After an appeal by the
channel owner, the block was lifted on 21 September, because a second review
found that the post does not violate our Terms of Service.

t.me/nightowl_deals_kr/451 remains blocked.

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA appeal-outcome notice",
    why="the later sentence revises the block: stays up, no violation = rejected; 451 still blocked",
    items={TG[6]: "rejected", TG[7]: "removed"},
))

C.append(dict(
    name="yt-ack-plus-removal",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-10 04:00"),
    subject="[KCSC-240909-03] We received your request",
    body="""Hello,

Thank you for your notice. We have received it and, after review, removed
https://www.youtube.com/shorts/Pp7qR8sT9uV from YouTube.

We are still reviewing the other content you reported.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube receipt that also reports an outcome",
    why="an acknowledgement phrase plus an unhedged removal is a confirmation",
    items={YT[2]: "removed"},
))

# ===== REVIEW =====
C.append(dict(
    name="tg-promise-once-confirmed",
    **{"from": "abuse@telegram.org"}, date=d("2024-09-05 09:15"),
    subject="Re: [KCSC-240903-01] Removal request - Case #4471203",
    reply_to_req=req_msgid("KCSC-240903-01"),
    body="""Hello,

Thank you for the report. We will remove t.me/quiet_lantern_shop/117 and
t.me/grey_ferry_market/23 once our moderators have confirmed the violation.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim reply with a promise",
    why="a promise conditioned on confirmation is no statement",
    items={TG[2]: "pending", TG[5]: "pending"},
))

C.append(dict(
    name="x-hedge-may-have-been-deleted",
    **{"from": "legal@x.com"}, date=d("2024-09-09 22:10"),
    subject="Re: KCSC-240905-02",
    reply_to_req=req_msgid("KCSC-240905-02"),
    body="""Hello,

It appears that https://x.com/moonfield_kr/status/1831000000000000188 may have
already been deleted by the account holder. We are checking with our team and
will confirm.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with a hedge",
    why="'appears ... may have been' is a hedge, not a statement",
    items={X4[1]: "pending"},
))

C.append(dict(
    name="yt-all-except-one",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-16 06:00"),
    subject="Re: [KCSC-240909-03] Legal request outcome",
    reply_to_req=req_msgid("KCSC-240909-03"),
    body="""Hello,

We have removed all of the videos listed in your request except
https://www.youtube.com/shorts/Pp7qR8sT9uV, which we found does not violate our
Community Guidelines.

YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="YouTube legal outcome summarised with 'all ... except'",
    why="the removals are stated for unnamed videos of a three-item request: bulk; clerk reviews the whole email",
    items={YT[0]: "pending", YT[1]: "pending", YT[2]: "pending"},
))

C.append(dict(
    name="naver-all-five-deleted",
    **{"from": "policy@navercorp.com"}, name_from=h("NAVER 고객센터"),
    date=d("2024-09-15 10:00", KST),
    subject=h("[NAVER] 시정요구 조치 완료 안내 (KCSC-240911-04)"),
    body="""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 5건에 대하여 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 조치 완료 안내 (summary only)",
    why="'all five deleted' names no post of a five-item request: bulk",
    items=items(NV, "pending"),
))

C.append(dict(
    name="tg-forged-auth-fail",
    **{"from": "abuse@telegram.org"}, auth="fail", date=d("2024-09-08 18:00"),
    subject="Re: [KCSC-240903-01] Removal request",
    body="""Hello,

We have blocked the following messages:
t.me/quiet_lantern_shop/101
t.me/quiet_lantern_shop/102

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse-desk reply failing DMARC",
    why="platform domain but authentication failed",
    items={TG[0]: "pending", TG[1]: "pending"},
))

C.append(dict(
    name="unknown-sender-channel-admin",
    **{"from": "greyferry.admin@outlook.com"}, name_from="Grey Ferry Admin",
    date=d("2024-09-08 02:00"),
    subject="About your complaint on my channel",
    body="""Hello,

I run the Telegram channel grey_ferry_market. I got a notice that you reported
https://t.me/grey_ferry_market/23. I have deleted that post myself today. Please
do not block my whole channel.

Thanks
""",
    outcome="review", review="unknown_sender",
    imitates="channel owner writing to the regulator from a webmail address",
    why="not a platform domain",
    items={TG[5]: "pending"},
))

C.append(dict(
    name="daum-about-naver-url",
    **{"from": "right@kakaocorp.com"}, name_from=h("카카오 권리침해신고센터"),
    date=d("2024-09-16 13:00", KST),
    subject=h("Re: [KCSC-240911-04] 게시물 삭제 요청"),
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 https://cafe.naver.com/bluepebble/5560 은 당사 서비스에 존재하지 않는
게시물입니다. 네이버 카페 게시물로 보이므로 해당 사업자에게 요청해 주시기
바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply to a request meant for another portal",
    why="Kakao states not_found for a NAVER item",
    items={NV[3]: "pending"},
))

C.append(dict(
    name="tg-table-contradicts-sentence",
    **{"from": "abuse@telegram.org"}, date=d("2024-09-13 08:00"),
    subject="Case #4471203 (KCSC-240903-01)",
    body="""Hello,

We have blocked t.me/pine_cove_chat/3044 for violating our Terms of Service.

Summary
  Link                          Result
  t.me/pine_cove_chat/3044      reviewed - no violation found, no action taken

Telegram Abuse Team
""",
    outcome="review", review="conflicting_statements",
    imitates="abuse-desk reply whose summary table contradicts its prose",
    why="prose says blocked, the summary says no action; no sign which one is the correction",
    items={TG[9]: "pending"},
))

C.append(dict(
    name="x-contact-change-notice",
    **{"from": "legal@x.com"}, date=d("2024-09-26 00:30"),
    subject="Update to X's contact channels for government requests",
    body="""Hello,

From 1 October, X will accept legal requests from government agencies only
through our online portal at https://legalrequests.x.com. Requests sent to this
address after that date will not be processed.

Thank you,
X Legal
""",
    outcome="review", review="no_claims",
    imitates="platform notice about a change of contact channel",
    why="trusted X mail that names no item and no request",
    items={},
))

C.append(dict(
    name="naver-asks-documents",
    **{"from": "policy@navercorp.com"}, name_from=h("NAVER 정책지원"),
    date=d("2024-09-12 16:00", KST),
    subject=h("[KCSC-240911-04] 추가 자료 요청"),
    body="""안녕하세요. 네이버 정책지원팀입니다.

요청하신 건(KCSC-240911-04)의 처리를 위해 심의 의결서 사본과 근거 법령 조항을
회신해 주시기 바랍니다. 특히 https://cafe.naver.com/bluepebble/5521 의 경우
위반 내용이 게시물의 어느 부분인지 알려주시면 검토에 도움이 됩니다.

자료를 받는 대로 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 추가 자료 요청 메일",
    why="asks for documents before acting; no status",
    items={NV[2]: "pending"},
))

C.append(dict(
    name="tg-conditional-block",
    **{"from": "abuse@telegram.org"}, date=d("2024-09-10 15:00"),
    subject="Re: [KCSC-240903-01] Case #4471203",
    reply_to_req=req_msgid("KCSC-240903-01"),
    body="""Hello,

We have contacted the owner of the channel. If the content at
t.me/redkite_files/90 is not removed by the owner within 24 hours, we will block
it. Whether t.me/redkite_files/77 breaks our rules is still being assessed.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply with a condition and an open assessment",
    why="a conditional future block and an open assessment: no statement",
    items={TG[11]: "pending", TG[10]: "pending"},
))

# ===== IGNORED =====
C.append(dict(
    name="yt-out-of-office",
    **{"from": "jkim-legal@google.com"}, name_from="Jiwon Kim",
    date=d("2024-09-09 00:20"),
    subject="Automatic reply: [KCSC-240909-03] Legal removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""I am out of the office until 7 October with limited access to email.
For urgent legal removal matters, please write to legal-kr@google.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office auto-reply",
    why="auto-reply",
    items={},
))

DSN_ORIG = "\n".join(["Please remove the following videos (KCSC-240917-06):"] + TT)
C.append(dict(
    name="tiktok-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date=d("2024-09-17 07:25"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b498"

--dsn-b498
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.example>: host not found

--dsn-b498
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; legal-kr@tiktok.example
Action: failed
Status: 5.1.2
Diagnostic-Code: X-Postfix; Host or domain name not found

--dsn-b498
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.example
Subject: [KCSC-240917-06] Removal request
Message-ID: <req.KCSC-240917-06@kcsc.example>

""" + DSN_ORIG + """

--dsn-b498--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification",
    why="bounce carrying our own request",
    items={TT[0]: "pending", TT[1]: "pending"},
))

C.append(dict(
    name="naver-mdn-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from=h("NAVER 정책지원"),
    date=d("2024-09-11 15:02", KST),
    subject=h("읽음: [KCSC-240911-04] 게시물 삭제 요청"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b498"

--mdn-b498
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

--mdn-b498
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req.KCSC-240911-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b498--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt",
    why="read receipt",
    items={},
))

C.append(dict(
    name="tiktok-ticket-receipt-echo",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Support",
    date=d("2024-09-17 08:01"),
    subject="We've received your report [KCSC-240917-06]",
    body="""Hi,

Thanks for contacting TikTok. We've received your report and created ticket
TT-0917-55821. Our team will review it and get back to you.

A copy of what you submitted:
  Reference: KCSC-240917-06
  Links:
    https://www.tiktok.com/@velvet.kettle/video/7412000000000000011
    https://www.tiktok.com/@velvet.kettle/video/7412000000000000029

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket-system receipt echoing the submission",
    why="pure receipt; the URLs are only echoed",
    items={TT[0]: "pending", TT[1]: "pending"},
))

C.append(dict(
    name="daum-ooo-korean",
    **{"from": "sjpark@kakaocorp.com"}, name_from=h("박서준"),
    date=d("2024-09-13 11:00", KST),
    subject=h("[자동회신] 부재중입니다 - Re: [KCSC-240913-05] 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 권리침해신고센터(right@kakaocorp.com)로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="auto-reply",
    items={},
))

C.append(dict(
    name="naver-receipt-ack",
    **{"from": "noreply@navercorp.com"}, name_from=h("NAVER 고객센터"),
    date=d("2024-09-11 14:05", KST),
    subject=h("[NAVER] 게시중단 요청 접수 완료 안내 (KCSC-240911-04)"),
    body="""안녕하세요. 네이버 고객센터입니다.

요청하신 게시중단 요청이 정상적으로 접수되었습니다.
접수번호: NV-2409-118342

처리 결과는 검토 후 메일로 안내드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 접수 완료 안내 (ticket receipt)",
    why="pure acknowledgement with a receipt number",
    items={},
))

HEADER = """# blind498: what a program gets wrong (mixed statuses in one sentence, hedges
# in relative clauses, negations, refusals with reasons, later sentences that
# revise earlier ones, a table contradicted by a note, statuses by position).
# Written by tests/corpus/blind498/make.py from each email's meaning, before
# any run of the reader. Each case is judged alone on a fresh ledger."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind498", HEADER, C)


if __name__ == "__main__":
    main()
