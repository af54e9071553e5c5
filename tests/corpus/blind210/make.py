#!/usr/bin/env python3
"""Blind set 210: what a program gets wrong.

Mixed statuses in one sentence, hedges inside relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted by its note, statuses given by position. Every email is
fictional and written in our own words; the expected result of each case is
written from the email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind210/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind210"

# ---------------------------------------------------------------- requests

TISTORY_RAW = "https://hanbit-sky.tistory.com/entry/일상-기록"
TISTORY = "https://hanbit-sky.tistory.com/entry/%EC%9D%BC%EC%83%81-%EA%B8%B0%EB%A1%9D"

T = {
    "mv211": "https://t.me/moonlit_vault/211",
    "mv212": "https://t.me/moonlit_vault/212",
    "mv215": "https://t.me/moonlit_vault/215",
    "mv230": "https://t.me/moonlit_vault/230",
    "pk7": "https://t.me/paperkite_leaks/7",
    "pk8": "https://t.me/paperkite_leaks/8",
    "pk19": "https://t.me/paperkite_leaks/19",
    "go4402": "https://t.me/grey_orchard/4402",
    "go4410": "https://t.me/grey_orchard/4410",
    "go4415": "https://t.me/s/grey_orchard/4415",
    "vf": "https://t.me/velvetfern",
    "vfc88": "https://t.me/velvetfern_chat/88",
}
X = {
    "tb1": "https://x.com/tidal_bramble/status/1835512200000000001",
    "tb777": "https://x.com/tidal_bramble/status/1835512200000000777",
    "om4242": "https://x.com/oakmere_kr/status/1835600000000004242",
    "om": "https://x.com/oakmere_kr",
}
Y = {
    "qm4": "https://www.youtube.com/watch?v=Qm4tR8wLz0a",
    "hh2k": "https://www.youtube.com/watch?v=Hh2kPx7Ye9c",
    "zp0": "https://www.youtube.com/shorts/Zp0LwE3nV5k",
    "bn7": "https://www.youtube.com/watch?v=bN7sJq1Ue4d",
    "lm": "https://www.youtube.com/@lanternmoth",
}
N = {
    "blog": "https://blog.naver.com/silverkoi88/223580011245",
    "c877": "https://cafe.naver.com/quietpond/31877",
    "c902": "https://cafe.naver.com/quietpond/31902",
}
K = {
    "tistory": TISTORY,
    "daum": "https://cafe.daum.net/mistyridge/Gx3p/1045",
}
PEBBLE = "https://x.com/pebble_harrow/status/1836000000000009001"
LK8 = "https://www.youtube.com/watch?v=Lk8dWq2Rt6s"

REQUESTS = [
    ("KCSC-240917-01", "telegram", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00",
     list(T.values()), "illegal_gambling", "<req-240917-01@kcsc.example>"),
    ("KCSC-240917-02", "x", "2024-09-17T10:30:00+09:00", "2024-09-24T18:00:00+09:00",
     list(X.values()), "privacy_violation", "<req-240917-02@kcsc.example>"),
    ("KCSC-240918-03", "youtube", "2024-09-18T09:30:00+09:00", "2024-09-25T18:00:00+09:00",
     list(Y.values()), "defamation", "<req-240918-03@kcsc.example>"),
    ("KCSC-240918-04", "naver", "2024-09-18T11:00:00+09:00", "2024-09-25T18:00:00+09:00",
     list(N.values()), "privacy_violation", "<req-240918-04@kcsc.example>"),
    ("KCSC-240919-05", "kakao", "2024-09-19T09:00:00+09:00", "2024-09-26T18:00:00+09:00",
     list(K.values()), "obscene_content", "<req-240919-05@kcsc.example>"),
    ("KCSC-240919-06", "x", "2024-09-19T10:30:00+09:00", "2024-09-26T18:00:00+09:00",
     [PEBBLE], "drug_trade", "<req-240919-06@kcsc.example>"),
    ("KCSC-240920-07", "youtube", "2024-09-20T10:00:00+09:00", "2024-09-27T18:00:00+09:00",
     [LK8], "illegal_gambling", "<req-240920-07@kcsc.example>"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, ""])


def d(day, hms="10:00:00"):
    """RFC 5322 date in September 2024, KST."""
    dt = datetime.date(2024, 9, day)
    return f"{dt.strftime('%a')}, {day} Sep 2024 {hms} +0900"


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

QUOTED_TG_REQUEST = "\n".join(
    ["> Dear Telegram Trust & Safety,", ">",
     "> Under Article 44-7 of the Network Act, the Korea Communications Standards",
     "> Commission requests that the following content be removed:", ">"]
    + ["> " + u for u in T.values()]
    + [">", "> Reference: KCSC-240917-01", "> Deadline: 24 September 2024, 18:00 KST"]
)

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ applied

case(
    name="tg-blocked-and-not-found-one-sentence",
    **{"from": "abuse@telegram.org"}, date=d(18, "15:12:40"),
    subject="Re: [KCSC-240917-01] Removal request (Case #5520931)",
    reply_to_req="req-240917-01",
    body=f"""
Hello,

Following your request KCSC-240917-01 (Case #5520931): we blocked
{T['mv211']} and {T['mv212']} for breaching our Terms of Service, whereas {T['mv215']} could not be found, as no message with that ID exists in the channel.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply listing outcomes in one sentence",
    why="one sentence: two links blocked, the third (after 'whereas') not found",
    items={T["mv211"]: "removed", T["mv212"]: "removed", T["mv215"]: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"}, date=d(18, "17:03:11"),
    subject="Re: [KCSC-240917-01] Removal request",
    reply_to_req="req-240917-01",
    body=f"""
Dear KCSC team,

We have taken down {T['pk7']}, which may have been copied to other channels by
its subscribers; please report any copies you find as separate links.

As for {T['pk8']}, which appears to have been edited after your report, our
moderators have not yet finished their review.

Best,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a partial outcome",
    why="'may have been copied' is about copies, not the status: /7 removed; /8 still under review",
    items={T["pk7"]: "removed", T["pk8"]: "pending"},
)

case(
    name="tg-will-not-remove-with-reason",
    **{"from": "dsa@telegram.org"}, date=d(19, "09:41:02"),
    subject="Your report KCSC-240917-01 - decision",
    reply_to_req="req-240917-01",
    body=f"""
Hello,

The channel post {T['go4402']} will not be removed: our moderators reviewed
it and found that it does not break Telegram's Terms of Service or the local
laws we apply to public channels.

By contrast, {T['go4410']} has been made unavailable to all users.

If you disagree with this decision, you can reply to this email with
additional information.

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA-desk decision email (refusal with reason plus one action)",
    why="'will not be removed' with a reason is a refusal (rejected), not a promise; 4410 made unavailable = removed",
    items={T["go4402"]: "rejected", T["go4410"]: "removed"},
)

case(
    name="tg-automatic-status-corrected",
    **{"from": "abuse@telegram.org"}, date=d(19, "13:20:55"),
    subject="Re: [KCSC-240917-01] Removal request (Case #5520931)",
    reply_to_req="req-240917-01",
    body=f"""
Hi,

Our tooling lists {T['mv230']} as blocked, but that status was set
automatically and is not accurate in this case. When our moderator opened the
link, the post had already been deleted by the channel owner, so no action was
taken by Telegram.

Kind regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply correcting its own tool's status",
    why="the later sentences revise 'blocked': the post was already deleted by its owner -> not_found",
    items={T["mv230"]: "not_found"},
)

case(
    name="tg-results-by-position",
    **{"from": "abuse@telegram.org"}, date=d(19, "16:05:19"),
    subject="Re: [KCSC-240917-01] Removal request",
    reply_to_req="req-240917-01",
    body=f"""
Hello,

Regarding these three links from your message of 17 September:

1) {T['vf']}
2) {T['vfc88']}
3) {T['go4415']}

Our findings, in the same order:

1) The channel has been blocked for violating our Terms of Service.
2) We could not locate this message; the chat has no post with that number.
3) We reviewed this post and found no violation, so it remains available.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply giving results in a second numbered list",
    why="results given by position: 1 blocked, 2 not located, 3 no violation",
    items={T["vf"]: "removed", T["vfc88"]: "not_found", T["go4415"]: "rejected"},
)

case(
    name="tg-html-table-note-corrects-row",
    **{"from": "dsa@telegram.org"}, date=d(20, "11:47:30"),
    subject="Decision on your notice KCSC-240917-01",
    reply_to_req="req-240917-01", type="html",
    body=f"""
<html><body>
<p>Dear KCSC,</p>
<p>Below is the outcome for the items in your notice KCSC-240917-01.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>Link</th><th>Decision</th></tr>
<tr><td>1</td><td>{T['pk7']}</td><td>Blocked</td></tr>
<tr><td>2</td><td>{T['pk8']}</td><td>Blocked</td></tr>
<tr><td>3</td><td>{T['pk19']}</td><td>Not found</td></tr>
</table>
<p><b>Correction:</b> row 2 ({T['pk8']}) is marked Blocked above in error.
That post has been restricted for users in South Korea only; it has not been
blocked globally.</p>
<p>Telegram DSA Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement-of-reasons style table with a correcting note",
    why="table gives 1 blocked, 3 not found; the note explicitly corrects row 2 to restricted in Korea",
    items={T["pk7"]: "removed", T["pk8"]: "restricted", T["pk19"]: "not_found"},
)

case(
    name="x-withheld-and-declined",
    **{"from": "legal@x.com"}, date=d(18, "08:15:00"),
    subject="Re: KCSC-240917-02 Legal request",
    reply_to_req="req-240917-02",
    body=f"""
Hello,

In response to your request KCSC-240917-02, we have withheld access in South
Korea to the post {X['om4242']}.

We have declined to take action on the account {X['om']}, because the account as
a whole was not found to breach the X Rules or local law; only the post above was
in scope.

Thanks,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:30 AM
To: legal@x.com
Subject: KCSC-240917-02 Legal request

Please remove or restrict the following:
{X['tb1']}
{X['tb777']}
{X['om4242']}
{X['om']}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email over an Outlook-quoted request",
    why="post withheld in KR (restricted); account declined with reason (rejected); the quoted request states nothing",
    items={X["om4242"]: "restricted", X["om"]: "rejected"},
)

case(
    name="x-statuses-under-headings",
    **{"from": "legal@x.com"}, date=d(19, "02:31:44"),
    subject="Re: KCSC-240917-02 Legal request",
    reply_to_req="req-240917-02",
    body=f"""
Hi,

We have completed our review of your request.

Withheld in South Korea (local law):
{X['tb1']}
{X['tb777']}

No action taken. We did not find a violation of the X Rules or of the law cited:
{X['om']}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome with URLs listed under status headings",
    why="two posts under 'Withheld in South Korea', the account under 'No action taken' with a reason",
    items={X["tb1"]: "restricted", X["tb777"]: "restricted", X["om"]: "rejected"},
)

case(
    name="yt-removed-restricted-age-one-sentence",
    **{"from": "legal-support@google.com"}, date=d(19, "18:22:09"),
    subject="[KCSC-240918-03] Your legal removal request",
    reply_to_req="req-240918-03",
    body=f"""
Hello,

Thanks for contacting YouTube Legal. We have reviewed the content you reported
under reference KCSC-240918-03. We removed {Y['qm4']} for violating our
Community Guidelines, restricted {Y['hh2k']} from view in South Korea in line
with local law, and placed an age restriction on {Y['zp0']}.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email",
    why="one sentence, three statuses: removed, restricted in KR, age-restricted",
    items={Y["qm4"]: "removed", Y["hh2k"]: "restricted", Y["zp0"]: "restricted"},
)

QP_BODY = (
    "Hello,\n"
    "\n"
    "We were unable to locate the video at https://www.youtube.com/watch?v=3DbN7sJ=\n"
    "q1Ue4d. The link may be incorrect, or the video may have been deleted by the =\n"
    "uploader before our review.\n"
    "\n"
    "The channel https://www.youtube.com/@lanternmoth has been terminated for rep=\n"
    "eated violations of our spam policy.\n"
    "\n"
    "For more on how we handle legal requests, see https://support.google.com/yo=\n"
    "utube/answer/6154230.\n"
    "\n"
    "=E2=80=94 YouTube Legal Support\n"
)
case(
    name="yt-qp-soft-break-not-located",
    **{"from": "legal-support@google.com"}, date=d(20, "07:55:31"),
    subject="Re: [KCSC-240918-03] Your legal removal request",
    reply_to_req="req-240918-03",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + QP_BODY,
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply in quoted-printable",
    why="'unable to locate' is stated; the hedges only guess why -> not_found; channel terminated -> removed; help link is no item",
    items={Y["bn7"]: "not_found", Y["lm"]: "removed"},
)

case(
    name="yt-actioned-phrase-single",
    **{"from": "legal-support@google.com"}, date=d(21, "10:12:00"),
    subject="[KCSC-240920-07] Legal request update",
    reply_to_req="req-240920-07",
    body=f"""
Hi there,

The content at {LK8} has been actioned under our policies.

Thank you,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'actioned under our policies' outcome line",
    why="configured YouTube phrase for removal, one named item",
    items={LK8: "removed"},
)

case(
    name="naver-particles-mixed-statuses",
    **{"from": "policy@navercorp.com"}, date=d(19, "14:30:12"),
    subject="[네이버] KCSC-240918-04 게시중단 요청 처리 결과 안내",
    reply_to_req="req-240918-04",
    body=f"""
안녕하세요, 네이버 게시중단 담당자입니다.
요청번호 KCSC-240918-04 관련 처리 결과를 알려드립니다.

{N['blog']} 게시물은 게시중단 조치하였고, {N['c877']}은 권리침해 소명 기간 동안 임시조치(30일)하였습니다. 한편 {N['c902']}의 경우 작성자가 이미 삭제한 게시물로 확인되어 별도 조치가 필요하지 않았습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 처리 결과 안내",
    why="게시중단 -> removed; 임시조치 -> restricted; 작성자가 이미 삭제 -> not_found; URLs followed by particles",
    items={N["blog"]: "removed", N["c877"]: "restricted", N["c902"]: "not_found"},
)

case(
    name="naver-siljeong-result-table",
    **{"from": "policy@navercorp.com"}, date=d(20, "16:02:45"),
    subject="[회신] 시정요구(KCSC-240918-04)에 대한 조치결과",
    reply_to_req="req-240918-04", type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240918-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N['blog']}</td><td>삭제</td><td>9/20 처리</td></tr>
<tr><td>2</td><td>{N['c877']}</td><td>접속차단</td><td>국내 접속 제한</td></tr>
<tr><td>3</td><td>{N['c902']}</td><td>미조치</td><td>위반 사항 없음, 게시물 유지</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table",
    why="table: 삭제 -> removed, 접속차단 -> restricted, 미조치/위반 사항 없음 -> rejected",
    items={N["blog"]: "removed", N["c877"]: "restricted", N["c902"]: "rejected"},
)

case(
    name="naver-blind-and-refusal",
    **{"from": "policy@navercorp.com"}, date=d(21, "09:18:27"),
    subject="RE: [KCSC-240918-04] 게시물 게시중단 요청",
    reply_to_req="req-240918-04",
    body=f"""
안녕하세요.

{N['c877']} 게시글은 블라인드 처리하였습니다.

다만, {N['blog']} 게시물은 관련 법령 및 네이버 운영정책 검토 결과 위반 사항이 확인되지 않아 게시중단 요청을 수용하지 않았음을 알려드립니다.

네이버 정책지원팀

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-18 (수) 11:00:00
Subject: [KCSC-240918-04] 게시물 게시중단 요청

아래 게시물에 대한 게시중단을 요청합니다.
{N['blog']}
{N['c877']}
{N['c902']}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply: 블라인드 처리 plus a refusal with reason, over the quoted request",
    why="블라인드 -> removed; 위반 사항이 확인되지 않아 수용하지 않음 -> rejected; quoted request ignored",
    items={N["c877"]: "removed", N["blog"]: "rejected"},
)

case(
    name="naver-temporary-then-operator-deleted",
    **{"from": "policy@navercorp.com"}, date=d(23, "10:40:00"),
    subject="[네이버] KCSC-240918-04 추가 안내",
    reply_to_req="req-240918-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{N['c902']} 게시물은 9월 19일 임시조치되었습니다. 이후 카페 운영자 검토 결과 해당 게시물은 운영자 삭제 처리되어, 현재는 게시물 자체가 삭제된 상태입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up: 임시조치 later superseded by 운영자 삭제",
    why="the later sentence revises 임시조치 to 운영자 삭제 -> removed",
    items={N["c902"]: "removed"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "report@kakaocorp.com"}, date=d(20, "13:05:51"),
    name_from="Kakao Safety Center",
    subject="[카카오] KCSC-240919-05 처리 결과 안내",
    reply_to_req="req-240919-05",
    body=f"""
안녕하세요, 카카오 고객센터입니다.
요청하신 건(KCSC-240919-05)의 처리 결과를 안내드립니다.

- 티스토리 게시물({TISTORY_RAW}): 비공개 처리 완료
- 다음카페 게시물 {K['daum']} : 작성자에 의해 이미 삭제된 게시물로, 현재 존재하지 않습니다.

문의사항이 있으시면 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Tistory/Daum) 신고 처리 결과 안내",
    why="비공개 처리 -> removed (raw Korean path matches the percent-encoded item); 작성자가 이미 삭제 -> not_found",
    items={K["tistory"]: "removed", K["daum"]: "not_found"},
)

case(
    name="kakao-fullwidth-bracket-temporary",
    **{"from": "report@kakaocorp.com"}, date=d(21, "15:33:08"),
    name_from="Kakao Safety Center",
    subject="Re: [KCSC-240919-05] 게시물 삭제 요청",
    reply_to_req="req-240919-05",
    body=f"""
안녕하세요.

신고하신 게시물（{K['daum']}）에 대하여 정보통신망법 제44조의2에 따라 임시조치하였습니다．

카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 임시조치 notice with full-width punctuation",
    why="임시조치 -> restricted; the URL is closed by a full-width bracket",
    items={K["daum"]: "restricted"},
)

case(
    name="x-sole-statement-single-request",
    **{"from": "legal@x.com"}, date=d(20, "04:10:37"),
    subject="Re: [KCSC-240919-06] Request for removal",
    reply_to_req="req-240919-06",
    body="""
Hello,

We've reviewed your report and the reported post has been removed for
violating our rules on the sale of regulated goods.

Thanks,
X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X report outcome email without the URL",
    why="answers a one-item request in its thread with an unhedged removal",
    items={PEBBLE: "removed"},
)

case(
    name="tg-top-posted-over-gmail-quote",
    **{"from": "abuse@telegram.org"}, date=d(18, "12:09:44"),
    subject="Re: [KCSC-240917-01] Removal request",
    reply_to_req="req-240917-01",
    body=f"""
Hello,

{T['pk19']} has been blocked. We are still checking the other links in your
list and will reply separately.

Telegram Abuse Team

On Tue, 17 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{QUOTED_TG_REQUEST}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted abuse-desk reply over a Gmail-quoted request",
    why="only /19 is stated (blocked); the rest are still being checked and appear only in the quote",
    items={T["pk19"]: "removed"},
)

CSV_ATT = "\n".join([
    "link,decision,note",
    f"{T['mv211']},blocked,ToS violation",
    f"{T['mv212']},no violation,content stays available",
    f"{T['go4402']},not found,message id does not exist",
    f"{T['vf']},restricted (KR),channel unavailable in South Korea",
]) + "\n"
case(
    name="tg-csv-attachment-outcomes",
    **{"from": "dsa@telegram.org"}, date=d(22, "10:01:13"),
    subject="KCSC-240917-01: outcome report",
    reply_to_req="req-240917-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tgcsv-1"

--tgcsv-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find the outcome for four of the links in your request KCSC-240917-01
in the attached file. The remaining links are still open.

Telegram DSA Team

--tgcsv-1
Content-Type: text/csv; charset=utf-8; name="KCSC-240917-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240917-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--tgcsv-1--
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-desk outcome report as a CSV attachment",
    why="CSV rows: blocked, no violation, not found, restricted in KR",
    items={T["mv211"]: "removed", T["mv212"]: "rejected", T["go4402"]: "not_found", T["vf"]: "restricted"},
)

YT_HTML = f"""<html><body>
<p>Hello,</p>
<p>We have completed our review of your request KCSC-240918-03:</p>
<ul>
<li><a href="{Y['hh2k']}">{Y['hh2k']}</a> &mdash; Removed (violation of our
<a href="https://support.google.com/youtube/answer/2802268">harassment and cyberbullying policy</a>)</li>
<li><a href="{Y['zp0']}">{Y['zp0']}</a> &mdash; No action taken: after review we did not
find a violation of our Community Guidelines, and the content was not found to be
unlawful under Korean law.</li>
</ul>
<p>You can follow your requests in the <a href="https://support.google.com/legal/dashboard">legal dashboard</a>.</p>
<p>The YouTube Legal Team</p>
</body></html>
"""
case(
    name="yt-base64-html-list",
    **{"from": "legal-support@google.com"}, date=d(22, "19:44:06"),
    subject="Update on your request KCSC-240918-03",
    reply_to_req="req-240918-03",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(YT_HTML),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email, HTML body in base64",
    why="list: one removed, one 'no action' with reason (rejected); policy and dashboard links are no items",
    items={Y["hh2k"]: "removed", Y["zp0"]: "rejected"},
)

case(
    name="x-angle-bracket-wrapped-url",
    **{"from": "legal@x.com"}, date=d(21, "03:27:50"),
    subject="Re: KCSC-240917-02 Legal request",
    reply_to_req="req-240917-02",
    body=f"""
Hello,

The following post was removed for violating the X Rules on private information:
<https://x.com/tidal_bramble/status/
1835512200000000777>

The account <{X['om']}> remains available; it does not break our rules.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with URLs in angle brackets, one wrapped",
    why="wrapped URL inside <> removed; account stays up, no rule broken -> rejected",
    items={X["tb777"]: "removed", X["om"]: "rejected"},
)

case(
    name="yt-removed-rest-promised",
    **{"from": "legal-support@google.com"}, date=d(19, "11:20:33"),
    subject="Re: [KCSC-240918-03] Your legal removal request",
    reply_to_req="req-240918-03",
    body=f"""
Hello,

We have removed {Y['qm4']}.

The other two videos you listed, {Y['hh2k']} and
{Y['bn7']}, are still being reviewed by our legal team; we will
write again once a decision has been made.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal partial outcome",
    why="one removed; the other two explicitly still under review stay pending",
    items={Y["qm4"]: "removed", Y["hh2k"]: "pending", Y["bn7"]: "pending"},
)

case(
    name="tg-not-blocked-no-such-message",
    **{"from": "abuse@telegram.org"}, date=d(20, "08:08:08"),
    subject="Re: [KCSC-240917-01] Removal request (Case #5520931)",
    reply_to_req="req-240917-01",
    body=f"""
Hello,

We have not blocked {T['go4410']}, because there is no message with that
number in the channel. The link appears to be mistyped; if you send us the
correct one we will look at it.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply: link does not exist",
    why="negated 'not blocked' with the reason 'no message with that number' -> not_found",
    items={T["go4410"]: "not_found"},
)

case(
    name="x-not-removed-but-withheld",
    **{"from": "legal@x.com"}, date=d(20, "01:55:12"),
    subject="Re: KCSC-240917-02 Legal request",
    reply_to_req="req-240917-02",
    body=f"""
Hi,

Please note that {X['tb1']} has not been removed from X. It has been withheld
in South Korea, so it is not visible to users there, but it remains viewable in
other countries.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice",
    why="'not removed' and 'remains viewable elsewhere' qualify a withholding in KR -> restricted",
    items={X["tb1"]: "restricted"},
)

# ================================================================ review

case(
    name="tg-promise-if-violates",
    **{"from": "abuse@telegram.org"}, date=d(18, "10:30:00"),
    subject="Re: [KCSC-240917-01] Removal request",
    reply_to_req="req-240917-01",
    body=f"""
Hello,

Thank you for your message. The links below have been passed to our
moderation team:

{T['go4402']}
{T['go4410']}

If they breach our Terms of Service they will be removed. We will let you know
the result.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk holding reply with a conditional promise",
    why="names items but only promises a conditional removal",
    items={T["go4402"]: "pending", T["go4410"]: "pending"},
)

case(
    name="yt-appears-already-removed",
    **{"from": "legal-support@google.com"}, date=d(19, "09:02:47"),
    subject="Re: [KCSC-240918-03] Your legal removal request",
    reply_to_req="req-240918-03",
    body=f"""
Hi,

From our side, it appears that {Y['hh2k']} may already have
been removed, possibly by the uploader. We are confirming this with the product
team and will follow up.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="legal-support holding reply with a hedge",
    why="'appears ... may already have been removed' is a hedge, not a statement",
    items={Y["hh2k"]: "pending"},
)

case(
    name="naver-bulk-all-posts",
    **{"from": "policy@navercorp.com"}, date=d(19, "17:45:00"),
    subject="[네이버] KCSC-240918-04 처리 완료",
    reply_to_req="req-240918-04",
    body="""
안녕하세요, 네이버입니다.

요청번호 KCSC-240918-04로 요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 완료 notice without a list",
    why="'all the posts' of a three-item request, none named",
    items={N["blog"]: "pending", N["c877"]: "pending", N["c902"]: "pending"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"}, date=d(21, "12:12:12"),
    subject="Re: [KCSC-240917-01] Removal request (Case #5520931)",
    reply_to_req="req-240917-01",
    body="""
Hello,

All the links in your request KCSC-240917-01 have been reviewed and the
reported content has been blocked.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="abuse-desk 'all reported content blocked' reply",
    why="a blanket statement for a 12-item request, no link named",
    items={u: "pending" for u in T.values()},
)

case(
    name="x-dmarc-fail-removed",
    **{"from": "legal@x.com"}, date=d(20, "06:06:41"), auth="fail",
    subject="Re: [KCSC-240919-06] Request for removal",
    reply_to_req="req-240919-06",
    body=f"""
Hello,

We have removed {PEBBLE}.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X outcome email failing DMARC",
    why="platform domain but authentication failed",
    items={PEBBLE: "pending"},
)

case(
    name="vendor-domain-unknown-sender",
    **{"from": "trust@clearpath-moderation.example"}, date=d(20, "14:14:14"),
    name_from="ClearPath Moderation (on behalf of YouTube)",
    subject="KCSC-240918-03 - removal outcome",
    body=f"""
Dear KCSC,

We handle escalations for YouTube in the APAC region. The video
{Y['qm4']} has been removed and {Y['bn7']} has been
restricted in Korea.

ClearPath Moderation Services
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing for a platform",
    why="sender domain belongs to no platform",
    items={Y["qm4"]: "pending", Y["bn7"]: "pending"},
)

case(
    name="naver-answers-kakao-item",
    **{"from": "policy@navercorp.com"}, date=d(19, "15:50:20"),
    subject="RE: [KCSC-240919-05] 게시물 삭제 요청",
    reply_to_req="req-240919-05",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 {K['daum']} 게시물은 당사(네이버)가 운영하는 서비스의 게시물이 아니어서 당사에서는 조치할 수 없습니다. 다음 카페 운영사(카카오)로 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal reply to a misdirected request",
    why="NAVER speaks about a Kakao item; no status of NAVER's may be applied to it",
    items={K["daum"]: "pending"},
)

case(
    name="yt-table-note-conflict",
    **{"from": "legal-support@google.com"}, date=d(23, "18:30:00"),
    subject="[KCSC-240920-07] Legal request outcome",
    reply_to_req="req-240920-07", type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<table border="1">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{LK8}</td><td>Removed</td></tr>
</table>
<p>Note: this video remains available on YouTube while the uploader's appeal is
pending. We will update you once the appeal has been decided.</p>
<p>YouTube Legal Support</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="legal outcome table with a contradicting note",
    why="table says Removed, note says the video remains available pending appeal",
    items={LK8: "pending"},
)

case(
    name="naver-terms-notice-no-claims",
    **{"from": "noreply@navercorp.com"}, date=d(23, "09:00:00"),
    subject="[네이버] 서비스 이용약관 개정 안내",
    body="""
안녕하세요, 네이버입니다.

2024년 10월 1일부터 네이버 서비스 이용약관 일부가 개정됩니다.
주요 개정 내용은 게시물 신고 절차 안내 문구 정비와 고객센터 연락처 변경입니다.

자세한 내용은 https://policy.naver.com/policy/service.html 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER terms-of-service change notice",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="x-asks-legal-basis",
    **{"from": "legal@x.com"}, date=d(18, "05:40:29"),
    subject="Re: KCSC-240917-02 Legal request - more information needed",
    reply_to_req="req-240917-02",
    body=f"""
Hello,

Before we can act on {X['om4242']}, we need a copy of the
legal order or the specific provision of Korean law that the post is said to
violate. Please reply to this email with that information.

X Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal request for the legal basis",
    why="asks for documents before acting; no status",
    items={X["om4242"]: "pending"},
)

case(
    name="kakao-conditional-deletion",
    **{"from": "report@kakaocorp.com"}, date=d(19, "16:16:16"),
    name_from="Kakao Safety Center",
    subject="Re: [KCSC-240919-05] 게시물 삭제 요청",
    reply_to_req="req-240919-05",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

신고하신 게시물({K['daum']})은 현재 검토 중이며, 불법정보로 확인될 경우 삭제 조치될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao 검토 중 holding reply",
    why="under review and a conditional future deletion",
    items={K["daum"]: "pending"},
)

# ================================================================ ignored

case(
    name="tg-out-of-office",
    **{"from": "m.lindqvist@telegram.org"}, date=d(17, "10:00:52"),
    name_from="Mira Lindqvist",
    subject="Automatic reply: [KCSC-240917-01] Removal request",
    reply_to_req="req-240917-01", extra_headers=AUTO,
    body="""
I am out of the office until 30 September with limited access to email.
For abuse reports, please write to abuse@telegram.org.
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply",
    why="auto-reply",
    items={},
)

case(
    name="x-dsn-bounce",
    **{"from": "MAILER-DAEMON@mail-relay.x.com"}, date=d(19, "10:31:02"),
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7f"

--dsn-7f
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-relay.x.com.

I'm sorry to have to inform you that your message could not be delivered
to one or more recipients.

<legal-kr-desk@x.com>: host inbound.x.com[203.0.113.25] said: 550 5.1.1
    <legal-kr-desk@x.com>: Recipient address rejected: User unknown

--dsn-7f
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-relay.x.com
Arrival-Date: Thu, 19 Sep 2024 10:30:58 +0900

Final-Recipient: rfc822; legal-kr-desk@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-7f
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-desk@x.com
Subject: [KCSC-240919-06] Request for removal
Message-ID: <req-240919-06@kcsc.example>
Date: Thu, 19 Sep 2024 10:30:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove the following post, which offers regulated goods for sale:
{PEBBLE}

Reference: KCSC-240919-06

--dsn-7f--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification",
    why="bounce of our own request",
    items={PEBBLE: "pending"},
)

case(
    name="naver-mdn-read-receipt",
    **{"from": "policy@navercorp.com"}, date=d(18, "13:12:00"),
    subject="읽음 확인: [KCSC-240918-04] 게시물 게시중단 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b1"

--mdn-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240918-04] 게시물 게시중단 요청"을 수신자가 2024-09-18 13:11에 읽었습니다.

--mdn-b1
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240918-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="yt-ticket-receipt-echo",
    **{"from": "legal-noreply@google.com"}, date=d(18, "09:31:15"),
    name_from="Google Legal Support",
    subject="We've received your request [KCSC-240918-03]",
    reply_to_req="req-240918-03",
    body=f"""
Hello,

We've received your legal removal request and assigned it the ID
4-7712003518940. Our team reviews requests in the order they arrive; you will
hear from us by email.

A copy of what you submitted:

  Product: YouTube
  Reference: KCSC-240918-03
  URLs:
  {Y['qm4']}
  {Y['hh2k']}
  {Y['zp0']}
  {Y['bn7']}
  {Y['lm']}

Please do not reply to this automated message.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform receipt with a copy of the submission",
    why="automated receipt; the URLs are our own echoed submission",
    items={u: "pending" for u in Y.values()},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"}, date=d(19, "09:00:40"),
    name_from="Kakao Safety Center",
    subject="[카카오] 신고 접수 완료 안내 (KCSC-240919-05)",
    reply_to_req="req-240919-05",
    body="""
안녕하세요, 카카오 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호: KR-240919-55812)
접수된 신고는 순차적으로 검토되며, 처리 결과는 메일로 안내드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 완료 receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="naver-korean-out-of-office",
    **{"from": "j.kim@navercorp.com"}, date=d(18, "11:00:20"),
    name_from="Kim Jiyoon",
    subject="[자동응답] RE: [KCSC-240918-04] 게시물 게시중단 요청",
    reply_to_req="req-240918-04", extra_headers=AUTO,
    body="""
안녕하세요. 김지윤입니다.
9월 18일부터 9월 23일까지 휴가로 부재중입니다.
게시중단 관련 문의는 policy@navercorp.com 으로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 auto-reply",
    why="auto-reply",
    items={},
)

case(
    name="tg-ack-will-look-into-it",
    **{"from": "abuse@telegram.org"}, date=d(17, "11:25:09"),
    subject="Re: [KCSC-240917-01] Removal request (Case #5520931)",
    reply_to_req="req-240917-01",
    body="""
Hello,

Thank you for your report. We have received it under Case #5520931 and our
moderators will look into it.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="abuse-desk acknowledgement with a case number",
    why="acknowledgement naming no item; the case number is learned, no status",
    items={},
)

HEADER = """# Blind set 210 (tests/corpus/blind210/make.py): what a program gets wrong.
# Written from each email's meaning before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(len(CASES), "cases")
