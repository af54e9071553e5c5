#!/usr/bin/env python3
"""Blind set blind444: what a program gets wrong.

Mixed statuses in one sentence, hedges inside relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table and
a note that disagree, statuses given by position. Every email is fictional
and written in our own sentences; the expected result of each case was
written from the email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind444/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind444"

# ---------------------------------------------------------------- requests
D4_RAW = "https://smartstore.naver.com/달빛장터/products/5123"
U = {
    # KCSC-240903-01, X, 12 items (the largest request)
    "A1": "https://x.com/lucky7_casino_kr/status/1830512200000000011",
    "A2": "https://x.com/lucky7_casino_kr/status/1830512200000000012",
    "A3": "https://x.com/toto_hana_bet/status/1830623300000000021",
    "A4": "https://x.com/toto_hana_bet/status/1830623300000000022",
    "A5": "https://x.com/toto_hana_bet/status/1830623300000000023",
    "A6": "https://x.com/bada_slots/status/1830734400000000031",
    "A7": "https://x.com/bada_slots/status/1830734400000000032",
    "A8": "https://x.com/jackpot_seoul77/status/1830845500000000041",
    "A9": "https://x.com/jackpot_seoul77",
    "A10": "https://x.com/minjun_betlink/status/1830956600000000051",
    "A11": "https://x.com/minjun_betlink/status/1830956600000000052",
    "A12": "https://x.com/casino_dalnim/status/1831067700000000061",
    # KCSC-240904-02, Telegram, 4 items
    "B1": "https://t.me/gray_bazaar_kr/118",
    "B2": "https://t.me/gray_bazaar_kr/121",
    "B3": "https://t.me/ice_delivery_seoul",
    "B4": "https://t.me/ice_delivery_seoul/47",
    # KCSC-240905-03, YouTube, 5 items
    "C1": "https://www.youtube.com/watch?v=Rk4vT9pLmQ2",
    "C2": "https://www.youtube.com/watch?v=bN7xW3cZaE5",
    "C3": "https://www.youtube.com/watch?v=Hd2jK8sUyF0",
    "C4": "https://www.youtube.com/@coinmaster_seoul",
    "C5": "https://www.youtube.com/shorts/Pq9LxZ3vTnA",
    # KCSC-240906-04, NAVER, 4 items (D4 stored percent-encoded)
    "D1": "https://blog.naver.com/haneul_market/223550011201",
    "D2": "https://blog.naver.com/haneul_market/223550011377",
    "D3": "https://cafe.naver.com/dalbitjangteo/4471",
    "D4": "https://smartstore.naver.com/" + quote("달빛장터") + "/products/5123",
    # KCSC-240909-05, Kakao, 2 items
    "E1": "https://cafe.daum.net/bamhaneul/Hx2p/311",
    "E2": "https://nightgoods.tistory.com/87",
    # KCSC-240910-06, TikTok, 1 item
    "F1": "https://www.tiktok.com/@lucky_pill_kr/video/7409001122334455667",
    # KCSC-240911-07, X, 2 items
    "G1": "https://x.com/seoyeon_rumors/status/1833300000000000071",
    "G2": "https://x.com/seoyeon_rumors/status/1833300000000000072",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, keys, category, message id, note
    ("KCSC-240903-01", "x", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [f"A{i}" for i in range(1, 13)], "gambling", "req-240903-01@kcsc.example",
     'Illegal gambling promotion, "toto" links; batch 1 of 2'),
    ("KCSC-240904-02", "telegram", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     ["B1", "B2", "B3", "B4"], "drugs", "req-240904-02@kcsc.example",
     "Drug sale channel, posts and channel"),
    ("KCSC-240905-03", "youtube", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00",
     ["C1", "C2", "C3", "C4", "C5"], "fraud", "req-240905-03@kcsc.example",
     "Investment scam videos, one channel"),
    ("KCSC-240906-04", "naver", "2024-09-06T15:00:00+09:00", "2024-09-13T18:00:00+09:00",
     ["D1", "D2", "D3", "D4"], "fraud", "req-240906-04@kcsc.example",
     "허위 판매 게시물, 블로그·카페·스마트스토어"),
    ("KCSC-240909-05", "kakao", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     ["E1", "E2"], "privacy", "req-240909-05@kcsc.example",
     "개인정보 노출 (전화번호, 주소)"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T13:00:00+09:00", "2024-09-17T18:00:00+09:00",
     ["F1"], "drugs", "req-240910-06@kcsc.example",
     "Single video, pills sold via DM"),
    ("KCSC-240911-07", "x", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00",
     ["G1", "G2"], "defamation", "req-240911-07@kcsc.example",
     "Defamation of a private person, two posts"),
]

WD = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]  # 1 Sep 2024 was a Sunday


def d(day, hh, mm, ss=0):
    return f"{WD[(day - 1) % 7]}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{ss:02d} +0900"


def h(s):
    """RFC 2047 encoding for a header holding Korean text."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def u(k):
    return U[k]


def original_request(ref, keys, indent="> "):
    lines = ["Dear Trust & Safety team,", "",
             f"The Korea Communications Standards Commission asks you to remove or block",
             f"the following content (our reference {ref}):", ""]
    for i, k in enumerate(keys, 1):
        lines.append(f"{i}. {U[k]}")
    lines += ["", "Please tell us the action taken on each URL.", "", "KCSC Takedown Desk"]
    return "\n".join(indent + l if l else indent.rstrip() for l in lines)


# ------------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ===================== applied =====================

case(name="x-withheld-whereas-removed-one-sentence",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations", date=d(5, 17, 42),
     subject="Re: [KCSC-240903-01] Request to remove content", reply_to_req="req-240903-01",
     body=f"""
Hello,

Thank you for your report (KCSC-240903-01). Having reviewed it, we have
withheld {u('A1')} in South Korea under local law, whereas {u('A2')} has
been removed from X altogether for breaching our rules on the promotion of
illegal gambling.

We are still assessing the remaining posts in your report and will write to
you separately about them.

Regards,
X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X legal-demand reply (country withheld content vs global removal)",
     why="one sentence, two items, two statuses joined by 'whereas'; the rest is a promise naming nothing",
     items={u("A1"): "restricted", u("A2"): "removed"})

x_list = [
    ("A1", "Withheld in Korea (KR)"),
    ("A2", "Withheld in Korea (KR)"),
    ("A3", "Removed - violation of the X Rules (illegal gambling)"),
    ("A4", "Removed - violation of the X Rules (illegal gambling)"),
    ("A5", "Not found - no post exists with this ID"),
    ("A6", "Withheld in Korea (KR)"),
    ("A7", "No action - the post does not violate the X Rules or the law cited; it remains available"),
    ("A8", "Withheld in Korea (KR)"),
    ("A9", "Account withheld in Korea (KR)"),
    ("A10", "Not found - deleted by the account holder before our review"),
    ("A11", "Withheld in Korea (KR)"),
    ("A12", "Removed - violation of the X Rules (illegal gambling)"),
]
case(name="x-numbered-list-full-report",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations", date=d(9, 10, 5),
     subject="Re: [KCSC-240903-01] Request to remove content - outcome", reply_to_req="req-240903-01",
     body="Hello,\n\nWe have completed our review of your request KCSC-240903-01. The outcome\nfor each reported URL is set out below.\n\n"
     + "\n".join(f"{i}) {U[k]}\n   Action: {a}" for i, (k, a) in enumerate(x_list, 1))
     + "\n\nWhere content was withheld, it remains visible outside the Republic of Korea.\nThe affected account holders have been notified.\n\nX Legal Operations\n",
     outcome="applied", classification="confirmation",
     imitates="X legal-demand outcome list (numbered URLs, action on the line below)",
     why="all twelve items answered one by one; withheld, removed, not found and no-action mixed",
     items={u("A1"): "restricted", u("A2"): "restricted", u("A3"): "removed", u("A4"): "removed",
            u("A5"): "not_found", u("A6"): "restricted", u("A7"): "rejected", u("A8"): "restricted",
            u("A9"): "restricted", u("A10"): "not_found", u("A11"): "restricted", u("A12"): "removed"})

case(name="x-bare-url-status-below",
     **{"from": "no-reply-legal@x.com"}, name_from="X", date=d(6, 9, 12),
     subject="Your request KCSC-240903-01 (toto_hana_bet)", reply_to_req="req-240903-01",
     body=f"""
Hi,

Update on the posts by @toto_hana_bet in your report:

{u('A3')}
Status: Content withheld (KR)

{u('A4')}
Status: Content withheld (KR)

{u('A5')}
Status: No violation found. Content remains available.

Thanks,
X Safety
""",
     outcome="applied", classification="confirmation",
     imitates="X per-post status update (bare URL, status on the next line)",
     why="each bare URL is followed by its own status line; the third is a refusal",
     items={u("A3"): "restricted", u("A4"): "restricted", u("A5"): "rejected"})

case(name="x-statement-above-url",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations", date=d(6, 14, 30),
     subject="Re: [KCSC-240903-01] bada_slots", reply_to_req="req-240903-01",
     body=f"""
Hello KCSC team,

The following post has been withheld in the Republic of Korea:
{u('A6')}

We could not find the following post. It may have been deleted before your
request reached us:
{u('A7')}

Best,
Hyejin (X Legal Operations, APAC)
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply with the statement on the line above each URL",
     why="status stated above each URL; the hedge 'may have been deleted' only explains the unhedged 'could not find'",
     items={u("A6"): "restricted", u("A7"): "not_found"})

case(name="x-correction-later-sentence",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations", date=d(10, 11, 20),
     subject="Re: [KCSC-240903-01] jackpot_seoul77 post", reply_to_req="req-240903-01",
     body=f"""
Hello,

Following up on your report: the post {u('A8')} was withheld in South Korea
on 6 September.

Correction to the line above: our Trust & Safety team has since reviewed the
post under our global rules and removed it, so it is no longer available in
any country.

Regards,
X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X legal follow-up that corrects its own first statement",
     why="a later sentence explicitly corrects the first: withheld, then removed globally; the latest state is removed",
     items={u("A8"): "removed"})

case(name="x-refusal-with-reason",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations", date=d(7, 16, 3),
     subject="Re: [KCSC-240903-01] minjun_betlink", reply_to_req="req-240903-01",
     body=f"""
Hello,

We have reviewed the two posts from @minjun_betlink listed in your request.

- {u('A10')}: we are not able to take action on this post. It links to the
  public results page of a licensed lottery operator, which does not breach
  the X Rules, and the request does not identify a Korean law that the post
  itself violates. The post remains available.

- {u('A11')}: withheld in Korea.

If you have further legal grounds for the first post, you may submit a new
request through our legal request portal: https://legal.x.com/requests/new

X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply declining one post with its reason",
     why="a refusal with its reason (rejected) and a withholding in one bulleted list; the portal link is no item",
     items={u("A10"): "rejected", u("A11"): "restricted"})

case(name="x-hedge-in-relative-clause",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations", date=d(8, 12, 48),
     subject="Re: [KCSC-240903-01] Request to remove content", reply_to_req="req-240903-01",
     body=f"""
Hi,

{u('A3')}, which may have been removed by the account owner before our
review, could not be located on X. {u('A4')} has been withheld in Korea.

Kind regards,
X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply, terse prose",
     why="the hedge sits in a relative clause; the main clause 'could not be located' is unhedged (not_found)",
     items={u("A3"): "not_found", u("A4"): "restricted"})

case(name="x-negation-not-removed-but-withheld",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations", date=d(9, 15, 15),
     subject="Re: [KCSC-240903-01] clarification", reply_to_req="req-240903-01",
     body=f"""
Hello,

To clarify our earlier message: {u('A12')} has not been removed; it has been
withheld in Korea only and remains visible elsewhere.

We did not suspend @jackpot_seoul77 ({u('A9')}). Having looked at the
account as a whole, it does not violate the X Rules, and it stays available.

Regards,
X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X legal clarification with negations",
     why="'has not been removed; it has been withheld' is restricted; 'did not suspend ... does not violate' is a refusal",
     items={u("A12"): "restricted", u("A9"): "rejected"})

x_html = f"""<html><body>
<p>Hello,</p>
<p>Please find below the result of our review of request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td>{u('A1')}</td><td>Withheld (KR)</td></tr>
<tr><td>{u('A2')}</td><td>Removed</td></tr>
<tr><td>{u('A10')}</td><td>No violation found &ndash; no action</td></tr>
<tr><td>{u('A11')}</td><td>Not found</td></tr>
</table>
<p><i>Note:</i> one post from your report, <a href="{u('A8')}">{u('A8')}</a>, is not
in the table above: it was already unavailable when we reviewed the report,
because its author had deleted it.</p>
<p>For how withheld content is shown to users, see
<a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our Help Center</a>.</p>
<p>X Legal Operations</p>
</body></html>"""
case(name="x-html-table-with-note",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations", date=d(10, 9, 40),
     subject="[KCSC-240903-01] Review result", reply_to_req="req-240903-01",
     raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(x_html),
     outcome="applied", classification="confirmation",
     imitates="X legal outcome as an HTML table, with a note under it",
     why="four rows of the table plus a note that adds a fifth item (deleted by its author: not_found); the help link is no item",
     items={u("A1"): "restricted", u("A2"): "removed", u("A10"): "rejected",
            u("A11"): "not_found", u("A8"): "not_found"})

case(name="tg-mixed-prose",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(5, 20, 11),
     subject="Re: KCSC-240904-02", reply_to_req="req-240904-02",
     body=f"""
Hello,

Regarding your request KCSC-240904-02: the channel {u('B3')} has been
blocked together with all of its posts, including {u('B4')}. The message at
{u('B1')} was deleted by our moderators. We couldn't find {u('B2')} - that
message ID does not exist in the channel.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply (short prose)",
     why="three sentences, four items: channel and its named post blocked, one deleted, one nonexistent",
     items={u("B3"): "removed", u("B4"): "removed", u("B1"): "removed", u("B2"): "not_found"})

case(name="tg-top-posted-over-quoted-request",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(6, 8, 55),
     subject="Re: Removal request KCSC-240904-02", reply_to_req="req-240904-02",
     body=f"""
Both posts from gray_bazaar_kr ({u('B1')} and {u('B2')}) were taken down this
morning.

-- Telegram Abuse Team

On Wed, 4 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
{original_request('KCSC-240904-02', ['B1', 'B2', 'B3', 'B4'])}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted reply over the quoted request",
     why="the two named posts are removed; the channel and its post appear only in the quoted request",
     items={u("B1"): "removed", u("B2"): "removed", u("B3"): "pending", u("B4"): "pending"})

tg_b64 = f"""Hello,

Case #5528841 (your reference KCSC-240904-02)

Blocked: {u('B3')}
The channel is no longer accessible to any Telegram user.

Not found: {u('B4')}
The post was deleted by the channel owner before our moderators opened the case.

This decision was taken under Telegram's Terms of Service.
https://telegram.org/tos

Telegram Support
"""
case(name="tg-base64-case-number",
     **{"from": "dsa@telegram.org"}, name_from="Telegram", date=d(7, 3, 14),
     subject="Case #5528841 closed", reply_to_req="req-240904-02",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(tg_b64),
     outcome="applied", classification="confirmation",
     imitates="Telegram DSA desk case-closed notice (base64 body)",
     why="label before each URL: channel blocked globally (removed), post deleted by its owner (not_found); ToS link is no item",
     items={u("B3"): "removed", u("B4"): "not_found"})

case(name="yt-legal-outcome-mixed",
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support", date=d(9, 18, 2),
     subject="[KCSC-240905-03] Outcome of your legal removal request", reply_to_req="req-240905-03",
     body=f"""
Hello,

Thank you for your request. We have reviewed the content you reported and
taken the following action:

- {u('C1')} - removed globally for violating YouTube's Community Guidelines.
- {u('C2')} - access restricted in South Korea based on local law.
- {u('C3')} - we did not take action. After review, the content does not
  violate our policies and the request does not establish that it is
  unlawful in Korea.
- {u('C4')} - channel terminated.

You can find more about how we handle government requests at
https://support.google.com/legal/answer/3110420

Regards,
The Google Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal removals outcome email",
     why="one line per URL: removed, restricted in KR, refusal with reason, channel terminated (removed); C5 not mentioned",
     items={u("C1"): "removed", u("C2"): "restricted", u("C3"): "rejected", u("C4"): "removed"})

yt_csv = (
    "url,decision,notes\r\n"
    f"{u('C1')},Removed,Community Guidelines - scams\r\n"
    f"{u('C2')},Blocked in KR,Local law\r\n"
    f"{u('C3')},Age-restricted,\r\n"
    f"{u('C4')},No action,\"Channel reviewed, not in violation\"\r\n"
    f"{u('C5')},Not found,Invalid video ID\r\n"
)
case(name="yt-csv-attachment",
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support", date=d(10, 10, 10),
     subject="[KCSC-240905-03] Outcome of your legal removal request", reply_to_req="req-240905-03",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b444-yt-csv"

--b444-yt-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have finished reviewing request KCSC-240905-03. The decision for each
URL is listed in the attached file.

Regards,
The Google Legal Team

--b444-yt-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240905-03_outcome.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(yt_csv.encode()).decode()}
--b444-yt-csv--
""",
     outcome="applied", classification="confirmation",
     imitates="Google legal outcome with a CSV attachment",
     why="the CSV gives one decision per URL: removed, blocked in KR, age-restricted, no action, not found",
     items={u("C1"): "removed", u("C2"): "restricted", u("C3"): "restricted",
            u("C4"): "rejected", u("C5"): "not_found"})

yt_qp = (f"Hello,\n\nWe have reviewed your request (KCSC-240905-03). The Short at {u('C5')} has been removed for violating our "
         f"spam, deceptive practices and scams policy, and the video {u('C2')} is now restricted for viewers in South Korea.\n\n"
         "Regards,\nThe YouTube Legal Team\n")
case(name="yt-quoted-printable-prose",
     **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal", date=d(8, 21, 33),
     subject="Re: [KCSC-240905-03] Removal request", reply_to_req="req-240905-03",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_qp),
     outcome="applied", classification="confirmation",
     imitates="YouTube legal reply sent as quoted-printable (soft line breaks)",
     why="two items in one long sentence; QP soft breaks fall inside the text",
     items={u("C5"): "removed", u("C2"): "restricted"})

case(name="yt-results-by-position",
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support", date=d(11, 9, 25),
     subject="[KCSC-240905-03] Decisions", reply_to_req="req-240905-03",
     body=f"""
Hello,

The URLs in your notice that we have now reviewed:

1. {u('C1')}
2. {u('C2')}
3. {u('C3')}

Our decisions, in the same order:

1. Removed under our Community Guidelines.
2. Not removed: the video does not violate our policies or local law.
3. Blocked in South Korea.

Regards,
The Google Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google legal reply listing URLs, then decisions by number",
     why="decisions given by position against the numbered URL list above them",
     items={u("C1"): "removed", u("C2"): "rejected", u("C3"): "restricted"})

case(name="yt-one-sentence-three-statuses",
     **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal", date=d(12, 13, 50),
     subject="Re: [KCSC-240905-03] Removal request", reply_to_req="req-240905-03",
     body=f"""
Hi,

Of the videos you reported, {u('C1')} and {u('C3')} were removed,
{u('C2')}, which appears to be a re-upload of the first, was restricted in
South Korea, and {u('C5')} could not be found because the video ID is
invalid.

Best,
YouTube Legal
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal reply, one long sentence",
     why="one sentence, four items, three statuses; the hedge 'appears to be' is only in a relative clause",
     items={u("C1"): "removed", u("C3"): "removed", u("C2"): "restricted", u("C5"): "not_found"})

case(name="naver-mixed-sentence",
     **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"), date=d(9, 14, 20),
     subject=h("[네이버] 게시중단 요청(KCSC-240906-04) 처리 결과 안내"), reply_to_req="req-240906-04",
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 건(KCSC-240906-04)과 관련하여, {u('D1')} 게시물은 게시중단
처리하였으며, {u('D2')} 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
네이버 정책지원팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 처리 결과 안내",
     why="one Korean sentence: 게시중단 (removed) and 작성자가 이미 삭제 (not_found)",
     items={u("D1"): "removed", u("D2"): "not_found"})

naver_html = f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240906-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{u('D1')}</td><td>삭제</td><td>9/9 조치</td></tr>
<tr><td>2</td><td>{u('D2')}</td><td>접근제한(국내)</td><td></td></tr>
<tr><td>3</td><td>{u('D3')}</td><td>미조치</td><td>위반사항 확인되지 않음</td></tr>
<tr><td>4</td><td>{D4_RAW}</td><td>게시물 없음</td><td>이미 삭제된 게시물</td></tr>
</table>
<p>문의사항은 회신 메일로 연락 주시기 바랍니다.</p>
</body></html>"""
case(name="naver-kcsc-result-table",
     **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"), date=d(10, 16, 45),
     subject=h("[회신] 시정요구 조치결과 (KCSC-240906-04)"), reply_to_req="req-240906-04",
     raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(naver_html),
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 table (HTML, base64)",
     why="four rows: 삭제, 접근제한(국내), 미조치/위반 없음, 게시물 없음; the fourth URL is raw Korean",
     items={u("D1"): "removed", u("D2"): "restricted", u("D3"): "rejected", u("D4"): "not_found"})

case(name="naver-korean-particle-after-url",
     **{"from": "cafe-help@navercorp.com"}, name_from=h("네이버 카페 고객센터"), date=d(11, 11, 5),
     subject=h("Re: KCSC-240906-04 게시물 조치 안내"), reply_to_req="req-240906-04",
     body=f"""
안녕하세요. 네이버 고객센터입니다.

{u('D3')} 게시물은 임시조치(30일)하였고,
{D4_RAW}에 대해서는 해당 판매 게시물을 블라인드 처리하였습니다。

관련 정책은 https://help.naver.com/service/5600/contents/1874 에서 확인하실 수 있습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe 임시조치 / 블라인드 notice",
     why="임시조치 is restricted, 블라인드 is removed; the second URL is raw Korean followed by a particle; the help link is no item",
     items={u("D3"): "restricted", u("D4"): "removed"})

case(name="naver-done-and-promise",
     **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"), date=d(12, 10, 30),
     subject=h("[네이버] KCSC-240906-04 블로그 게시물 조치 안내"), reply_to_req="req-240906-04",
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{u('D1')} 게시물은 삭제 조치를 완료하였습니다.
다만 {u('D2')} 게시물은 작성자 소명 절차를 거쳐 추가 검토 후 조치할 예정입니다.

결과가 나오는 대로 다시 안내드리겠습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER blog 조치 안내, one done and one promised",
     why="삭제 조치를 완료 is removed; 조치할 예정 is a promise (pending)",
     items={u("D1"): "removed", u("D2"): "pending"})

case(name="kakao-restricted-and-kept",
     **{"from": "report@kakaocorp.com"}, name_from=h("카카오 고객센터"), date=d(11, 15, 0),
     subject=h("[카카오] 권리침해 신고 처리 결과 안내 (KCSC-240909-05)"), reply_to_req="req-240909-05",
     body=f"""
안녕하세요. 카카오 고객센터입니다.

신고하신 게시물에 대한 처리 결과를 안내드립니다.

■ {u('E1')}
  - 처리 결과: 임시조치 (30일간 접근 제한)

■ {u('E2')}
  - 처리 결과: 검토 결과 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다.

처리 결과에 이의가 있으시면 고객센터(https://cs.kakao.com/helps)로 문의해 주세요.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao/Daum 권리침해 신고 처리 결과 안내",
     why="임시조치 (restricted) and a refusal with its reason (rejected); cs link is no item",
     items={u("E1"): "restricted", u("E2"): "rejected"})

case(name="tiktok-single-item-all-removed",
     **{"from": "legal-requests@tiktok.com"}, name_from="TikTok Legal", date=d(12, 19, 18),
     subject="Re: KCSC-240910-06 - Request for content removal", reply_to_req="req-240910-06",
     body="""
Dear KCSC,

All of the content identified in your request KCSC-240910-06 has been
removed from TikTok for violating our Community Guidelines.

Sincerely,
TikTok Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok legal reply to a government request",
     why="a statement about 'all the content' of a request that has one item applies to that item",
     items={u("F1"): "removed"})

case(name="tiktok-echoed-report",
     **{"from": "support@tiktok.com"}, name_from="TikTok Support", date=d(13, 8, 41),
     subject="[Ticket TT-5510237] Update on your report", reply_to_req="req-240910-06",
     body=f"""
Hi,

Your report:
  Reference: KCSC-240910-06
  URL: {u('F1')}
  Reason: Sale of illegal drugs

----------------------------------------
Our response:

We reviewed the video you reported and restricted it in the Republic of
Korea. It can no longer be viewed from Korea.

TikTok Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Ticket-system update echoing the report above the answer",
     why="the echoed report names the URL; the response restricts that video in Korea",
     items={u("F1"): "restricted"})

case(name="x-acknowledgement-plus-statement",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations", date=d(12, 11, 11),
     subject="Re: [KCSC-240911-07] Defamation report", reply_to_req="req-240911-07",
     body=f"""
Hello,

Thank you - we have received your report and created case 0923-88412.

Our initial review is complete: {u('G1')} has been withheld in Korea.
{u('G2')} remains under review and we will update you when a decision is
made.

X Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="X case receipt that already carries a first decision",
     why="acknowledgement phrase plus an unhedged withholding; the second post is only under review",
     items={u("G1"): "restricted", u("G2"): "pending"})

case(name="x-outlook-original-message",
     **{"from": "jlee@x.com"}, name_from="Jiwon Lee", date=d(13, 17, 26),
     subject="RE: [KCSC-240911-07] Request to remove posts", reply_to_req="req-240911-07",
     body=f"""
Hi,

{u('G1')} has been withheld in Korea.
{u('G2')} does not breach our rules and will stay up: it is a news report
about a court judgment and names no private individual.

Best regards,
Jiwon Lee
Legal Policy, X Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 4:00 PM
To: legal@x.com
Subject: [KCSC-240911-07] Request to remove posts

Please remove or restrict the following posts, which defame a private person:
{u('G1')}
{u('G2')}

KCSC Takedown Desk
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply from a platform employee over the original request",
     why="withheld, and a refusal with reason; the request below the Original Message line is our own text",
     items={u("G1"): "restricted", u("G2"): "rejected"})

case(name="x-korean-angle-brackets-fullwidth",
     **{"from": "kr-legal@x.com"}, name_from=h("X 코리아 법무팀"), date=d(10, 13, 13),
     subject=h("Re: [KCSC-240903-01] 신고 게시물 검토 결과"), reply_to_req="req-240903-01",
     body=f"""
안녕하세요.

신고하신 게시물에 대한 검토 결과를 안내드립니다.

<{u('A1')}>：대한민국 내 접근 제한(withheld)
<{u('A3')}>：삭제됨
<{u('A6')}>，<{u('A7')}>：X 규칙 위반 사항이 확인되지 않아 조치하지 않았습니다。

감사합니다.
X 코리아 법무팀
""",
     outcome="applied", classification="confirmation",
     imitates="X Korea reply in Korean, URLs in angle brackets with full-width punctuation",
     why="full-width colon and comma after bracketed URLs; the last line is one refusal for two items",
     items={u("A1"): "restricted", u("A3"): "removed", u("A6"): "rejected", u("A7"): "rejected"})

# ===================== review =====================

case(name="x-decided-will-take-effect",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations", date=d(5, 9, 2),
     subject="Re: [KCSC-240903-01] Request to remove content", reply_to_req="req-240903-01",
     body=f"""
Hello,

We have decided to withhold {u('A1')} and {u('A2')} in South Korea. The
restriction will take effect within 24 hours of this message, once the
account holder has been notified.

X Legal Operations
""",
     outcome="review", review="not_understood",
     imitates="X legal reply announcing a decision not yet carried out",
     why="a decision to be carried out later is a promise, not a statement: items stay pending",
     items={u("A1"): "pending", u("A2"): "pending"})

case(name="yt-may-have-been-removed",
     **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal", date=d(6, 18, 40),
     subject="Re: [KCSC-240905-03] Removal request", reply_to_req="req-240905-03",
     body=f"""
Hi,

Regarding {u('C3')}: our records suggest this video may have been removed by
the uploader already. We will confirm once our team has checked.

YouTube Legal
""",
     outcome="review", review="not_understood",
     imitates="YouTube legal interim reply",
     why="'may have been removed' is a hedge and the check is promised: pending",
     items={u("C3"): "pending"})

case(name="tg-bulk-all-taken-down",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(6, 22, 7),
     subject="Re: KCSC-240904-02", reply_to_req="req-240904-02",
     body="""
Hi,

All reported content from request KCSC-240904-02 has been taken down.

Telegram Abuse Team
""",
     outcome="review", review="bulk",
     imitates="Telegram abuse-desk one-line reply",
     why="one statement about all items of a four-item request, naming none",
     items={u("B1"): "pending", u("B2"): "pending", u("B3"): "pending", u("B4"): "pending"})

case(name="x-auth-fail",
     **{"from": "legal@x.com"}, name_from="X Legal", date=d(7, 2, 17), auth="fail",
     subject="Re: [KCSC-240903-01] Request to remove content", reply_to_req="req-240903-01",
     body=f"""
Hello,

{u('A1')} and {u('A2')} have both been removed.

X Legal
""",
     outcome="review", review="untrusted",
     imitates="plain X legal reply, failing DKIM/SPF/DMARC",
     why="claims from an x.com address that fails authentication",
     items={u("A1"): "pending", u("A2"): "pending"})

case(name="unknown-sender-lookalike",
     **{"from": "safety@x-support-desk.net"}, name_from="X Safety Desk", date=d(12, 4, 51),
     subject="Re: [KCSC-240911-07] Defamation report", reply_to_req="req-240911-07",
     body=f"""
Dear KCSC,

We confirm that the following posts have been removed:
{u('G1')}
{u('G2')}

X Safety Desk
""",
     outcome="review", review="unknown_sender",
     imitates="lookalike 'safety desk' reply from a domain of no platform",
     why="the sender's domain belongs to no configured platform",
     items={u("G1"): "pending", u("G2"): "pending"})

case(name="google-search-delisting-x-post",
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support", date=d(13, 10, 2),
     subject="Your Google Search removal request", 
     body=f"""
Hello,

We have reviewed the page you reported. The page {u('G1')} has been removed
from Google Search results for users in South Korea. The page itself is not
hosted by Google; please contact the site owner about the content.

Regards,
The Google Legal Team
""",
     outcome="review", review="wrong_platform",
     imitates="Google Search delisting outcome about a page hosted elsewhere",
     why="Google (platform youtube) states a status for an X item",
     items={u("G1"): "pending"})

x_conflict_html = f"""<html><body>
<p>Hello,</p>
<p>Case summary for request KCSC-240903-01:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Result</th></tr>
<tr><td>{u('A4')}</td><td>Withheld (KR)</td></tr>
</table>
<p>Please note that no action was taken on {u('A4')}, as our review found that
it does not violate local law.</p>
<p>X Legal Operations</p>
</body></html>"""
case(name="x-table-and-note-disagree",
     **{"from": "legal-ops@x.com"}, name_from="X Legal Operations", date=d(11, 14, 9),
     subject="[KCSC-240903-01] Case summary", reply_to_req="req-240903-01",
     type="html", body=x_conflict_html,
     outcome="review", review="conflicting_statements",
     imitates="X legal case summary whose table and note disagree",
     why="the table says withheld, the note says no action; neither is marked as a correction",
     items={u("A4"): "pending"})

case(name="naver-positions-only",
     **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"), date=d(13, 15, 30),
     subject=h("[네이버] 게시중단 요청(KCSC-240906-04) 처리 결과"), reply_to_req="req-240906-04",
     body="""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 4건 중 1번, 2번 게시물은 삭제 조치하였고, 4번 게시물은 이미 삭제된
상태로 확인되었습니다. 3번 게시물은 현재 검토 중입니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="NAVER 처리 결과 naming items only by their number in the request",
     why="statements by position in our request, with no URL: a person must map them",
     items={u("D1"): "pending", u("D2"): "pending", u("D3"): "pending", u("D4"): "pending"})

case(name="yt-process-update-no-claims",
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support", date=d(16, 9, 0),
     subject="Changes to how we receive government removal requests",
     body="""
Hello,

From 1 October 2024, government agencies in the Republic of Korea should
submit legal removal requests through our updated web form at
https://support.google.com/legal/troubleshooter/1114905 rather than by email.
Requests already submitted will continue to be processed.

Regards,
The Google Legal Team
""",
     outcome="review", review="no_claims",
     imitates="Google notice about a changed intake process",
     why="trusted platform mail that names no item and no request",
     items={})

case(name="yt-asks-for-details",
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support", date=d(9, 11, 47),
     subject="[KCSC-240905-03] More information needed", reply_to_req="req-240905-03",
     body=f"""
Hello,

To proceed with your request regarding the channel {u('C4')}, we need more
information. Please reply with the specific videos on the channel that you
consider unlawful, and the provision of Korean law that each one violates.

Regards,
The Google Legal Team
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Google legal request for more information",
     why="the platform asks for details before acting on the channel",
     items={u("C4"): "pending"})

case(name="kakao-conditional-deletion",
     **{"from": "report@kakaocorp.com"}, name_from=h("카카오 고객센터"), date=d(10, 17, 20),
     subject=h("[카카오] 신고 처리 진행 안내 (KCSC-240909-05)"), reply_to_req="req-240909-05",
     body=f"""
안녕하세요. 카카오 고객센터입니다.

{u('E2')} 게시물은 게시자가 7일 이내에 소명하지 않을 경우 삭제될 예정입니다.
{u('E1')} 게시물은 현재 검토 중입니다.

처리가 완료되면 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="Kakao 신고 처리 진행 안내 (condition and review in progress)",
     why="a deletion under a condition and an item under review: both pending",
     items={u("E1"): "pending", u("E2"): "pending"})

# ===================== ignored =====================

case(name="x-out-of-office",
     **{"from": "dbrooks@x.com"}, name_from="Daniel Brooks", date=d(3, 14, 1),
     subject="Automatic reply: [KCSC-240903-01] Request to remove content", reply_to_req="req-240903-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
I am out of the office until Monday 16 September with limited access to
email. For legal requests, please write to legal@x.com; your message will
not be forwarded.

Daniel
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office auto-reply",
     why="an auto-reply says nothing about any item",
     items={})

dsn_orig = original_request("KCSC-240905-03", ["C1", "C2", "C3", "C4", "C5"], indent="")
case(name="google-dsn-address-not-found",
     **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem", date=d(5, 10, 31),
     subject="Delivery Status Notification (Failure)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b444-dsn"

--b444-dsn
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-korea@google.com because the address
couldn't be found, or is unable to receive mail.

--b444-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: {d(5, 10, 30)}

Final-Recipient: rfc822; legal-korea@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--b444-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@google.com
Subject: [KCSC-240905-03] Removal request
Message-ID: <req-240905-03-copy@kcsc.example>
Date: {d(5, 10, 30)}
Content-Type: text/plain; charset=utf-8

{dsn_orig}

--b444-dsn--
""",
     outcome="ignored", classification="bounce",
     imitates="Gmail DSN (address not found) carrying our request",
     why="a bounce of our own request; its URLs are our text",
     items={})

case(name="naver-read-receipt",
     **{"from": "minsu.park@navercorp.com"}, name_from=h("박민수"), date=d(6, 16, 2),
     subject=h("읽음 확인: [KCSC-240906-04] 게시물 게시중단 요청"),
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b444-mdn"

--b444-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 {d(6, 16, 2)}에 읽었습니다.

--b444-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Naver Works Mail
Final-Recipient: rfc822; minsu.park@navercorp.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b444-mdn--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Korean MDN read receipt (읽음 확인)",
     why="a read receipt says nothing about any item",
     items={})

case(name="tiktok-ticket-receipt",
     **{"from": "support@tiktok.com"}, name_from="TikTok Support", date=d(10, 13, 4),
     subject="[Ticket TT-5510237] We've received your request", reply_to_req="req-240910-06",
     body=f"""
Hi,

Thanks for contacting TikTok. We've received your request and created ticket
TT-5510237.

Reported URL: {u('F1')}

Our team will review it and get back to you. Please do not reply to this
email; to add information, use https://www.tiktok.com/legal/report/feedback

TikTok Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Ticket-system receipt echoing the reported URL",
     why="a pure receipt: ticket created, review promised, no statement",
     items={})

case(name="kakao-report-received",
     **{"from": "noreply@kakaocorp.com"}, name_from=h("카카오 고객센터"), date=d(9, 9, 32),
     subject=h("[카카오] 신고가 접수되었습니다 (접수번호 20240909-0311)"), reply_to_req="req-240909-05",
     body="""
안녕하세요. 카카오 고객센터입니다.

신고가 정상적으로 접수되었습니다.
접수번호: 20240909-0311

처리 결과는 검토 후 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao 신고 접수 완료 자동 메일",
     why="a pure receipt with a ticket number",
     items={})

case(name="naver-chuseok-auto-reply",
     **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"), date=d(16, 8, 0),
     subject=h("[자동응답] 추석 연휴 기간 업무 안내"), reply_to_req="req-240906-04",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
안녕하세요, 네이버 정책지원팀입니다.

추석 연휴(9월 16일~18일) 기간에는 메일 확인이 어렵습니다.
보내주신 메일은 9월 19일부터 순차적으로 확인하여 답변드리겠습니다.

감사합니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean holiday auto-reply (추석 연휴 자동응답)",
     why="an auto-reply says nothing about any item",
     items={})

yt_echo = "\n".join(f"  {U[k]}" for k in ["C1", "C2", "C3", "C4", "C5"])
case(name="yt-submission-copy",
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support", date=d(5, 10, 44),
     subject="Your legal removal request [KCSC-240905-03] has been received", reply_to_req="req-240905-03",
     body=f"""
Hello,

Thanks for submitting your request to Google. This is an automated
confirmation; a member of our team will review your request.

A copy of your submission:

  Requester: Korea Communications Standards Commission
  Reference: KCSC-240905-03
  Product: YouTube
  URLs:
{yt_echo}
  Reason: Investment fraud

Regards,
The Google Legal Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal webform submission receipt with an echo of the request",
     why="receipt only; the URLs are the echo of our own submission",
     items={})

HEADER = """# blind444: blind set, what a program gets wrong (mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# corrections, a table and note that disagree, statuses by position).
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand.
"""


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, keys, cat, mid, note in REQUESTS:
            for k in keys:
                w.writerow([ref, plat, sent, due, U[k], cat, mid, note])


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)
