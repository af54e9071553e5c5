#!/usr/bin/env python3
"""Blind set 744: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Written from each
email's meaning, before any run of the reader.

    python3 tests/corpus/blind744/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind744"


def dt(s, hours=9):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(timedelta(hours=hours)))
    return format_datetime(d)


# ---------------------------------------------------------------- requests
# Telegram (KCSC-240903-01, 12 items: the largest request)
T101 = "https://t.me/lanternyard_kr/101"
T102 = "https://t.me/lanternyard_kr/102"
T115 = "https://t.me/lanternyard_kr/115"
T230 = "https://t.me/lanternyard_kr/230"
Q7 = "https://t.me/quietmarket_88/7"
Q19 = "https://t.me/quietmarket_88/19"
P3301 = "https://t.me/pinedrift/3301"
P3302 = "https://t.me/pinedrift/3302"
P3340 = "https://t.me/pinedrift/3340"
A45 = "https://t.me/ashfall_notes/45"
A46 = "https://t.me/ashfall_notes/46"
CB = "https://t.me/copperbell_chat"
# YouTube (KCSC-240905-02, 4 items)
Y1 = "https://www.youtube.com/watch?v=Qm3vT8xLp0a"
Y2 = "https://www.youtube.com/watch?v=bN7rKe2Wc1Z"
Y3 = "https://www.youtube.com/shorts/Lk9dPq4TzuE"
YC = "https://www.youtube.com/@hollowlight_tv"
# X (KCSC-240909-03, 5 items)
X1 = "https://x.com/rivet_sable/status/1832200000000000101"
X2 = "https://x.com/rivet_sable/status/1832200000000000102"
X3 = "https://x.com/marsh_lumen/status/1832200000000000233"
X4 = "https://x.com/marsh_lumen/status/1832200000000000234"
XA = "https://x.com/tallow_echo"
# NAVER (KCSC-240910-04, 3 items; KCSC-240913-07, 1 item)
N1 = "https://blog.naver.com/seoridan77/223581100101"
N2 = "https://cafe.naver.com/moonpier/48812"
N3 = "https://blog.naver.com/dalbit_road/223581100555"
N7 = "https://cafe.naver.com/moonpier/49120"
# Kakao (KCSC-240911-05, 2 items): the Tistory path is stored percent-encoded
K1_RAW = "https://saltwind.tistory.com/entry/야간-거래-안내"
K1 = "https://saltwind.tistory.com" + quote("/entry/야간-거래-안내")
K2 = "https://cafe.daum.net/greyharbor/Kx7q/118"
# TikTok (KCSC-240912-06, 1 item)
TT = "https://www.tiktok.com/@moonlit_feeds_09/video/7409981234567890123"

REQS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "telegram", "2024-09-03T10:02:11+09:00", "2024-09-10T23:59:59+09:00",
     [T101, T102, T115, T230, Q7, Q19, P3301, P3302, P3340, A45, A46, CB],
     "drug_trade", "20240903100211.4410@kcsc.example", "five channels, one request"),
    ("KCSC-240905-02", "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00",
     [Y1, Y2, Y3, YC], "defamation", "20240905094000.5120@kcsc.example", ""),
    ("KCSC-240909-03", "x", "2024-09-09T11:15:00+09:00", "2024-09-16T23:59:59+09:00",
     [X1, X2, X3, X4, XA], "illegal_gambling", "20240909111500.6031@kcsc.example", ""),
    ("KCSC-240910-04", "naver", "2024-09-10T10:30:00+09:00", "2024-09-17T23:59:59+09:00",
     [N1, N2, N3], "privacy", "20240910103000.7002@kcsc.example", ""),
    ("KCSC-240911-05", "kakao", "2024-09-11T15:05:00+09:00", "2024-09-18T23:59:59+09:00",
     [K1, K2], "drug_trade", "20240911150500.7348@kcsc.example", "Tistory path percent-encoded"),
    ("KCSC-240912-06", "tiktok", "2024-09-12T09:20:00+09:00", "2024-09-19T23:59:59+09:00",
     [TT], "obscene", "20240912092000.8115@kcsc.example", ""),
    ("KCSC-240913-07", "naver", "2024-09-13T16:45:00+09:00", "2024-09-20T23:59:59+09:00",
     [N7], "illegal_gambling", "20240913164500.8890@kcsc.example", ""),
]
MID = {r[0]: r[6].split("@")[0] for r in REQS}
R1, R2, R3, R4, R5, R6, R7 = (MID[r[0]] for r in REQS)


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = ["Dear colleagues,", "",
             "Under Article 44-7 of the Information and Communications Network Act, the",
             "Korea Communications Standards Commission asks you to remove or block the",
             f"following content (our reference {ref}):", ""]
    lines += urls
    lines += ["", "Please reply to this address with the action taken for each item.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def enc(s):
    """RFC 2047 encoded-word for a Korean display name or subject."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


cases = []


def case(**kw):
    cases.append(kw)


TG_SIG = "Telegram Abuse Team"

# =============================================================== APPLIED
case(name="tg-mixed-statuses-one-sentence", **{"from": "abuse@telegram.org"},
     date=dt("2024-09-06 18:12:40", 0), subject="Re: KCSC-240903-01 - request to remove content",
     reply_to_req=R1,
     body=f"""
Hello,

Thank you for your notice KCSC-240903-01. Our moderators have finished
reviewing the posts from the channel @lanternyard_kr: {T101} and {T102} have been removed, {T115} could not be found, and {T230} stays up because it does not breach the Telegram Terms of Service.

The remaining links in your notice are still being processed and we will
write again.

Regards,
{TG_SIG}
""",
     outcome="applied", imitates="Telegram abuse-desk reply in free prose",
     why="four statuses in one sentence: two removed, one not found, one refused with its reason",
     items={T101: "removed", T102: "removed", T115: "not_found", T230: "rejected"})

case(name="tg-hedge-in-relative-clause", **{"from": "abuse@telegram.org"},
     date=dt("2024-09-07 21:03:11", 0), subject="Re: KCSC-240903-01 (channel @pinedrift)",
     reply_to_req=R1,
     body=f"""
Hi,

About KCSC-240903-01, channel @pinedrift:

We blocked {P3301} for all users on 7 September. The admins of that
channel, who may have copied the post to a backup channel, have been
warned.

{P3302}, which might have been edited after you reported it, is
something our team will look at again before deciding.

Best,
Telegram Support
""",
     outcome="applied", imitates="Telegram abuse-desk reply with a warning to channel admins",
     why="3301 blocked for all users (the hedge is about the admins, not the block); 3302 only a promise to look again",
     items={P3301: "removed", P3302: "pending"})

case(name="tg-not-removed-no-violation", **{"from": "abuse@telegram.org"},
     date=dt("2024-09-08 09:44:02", 0), subject="Re: KCSC-240903-01",
     reply_to_req=R1,
     body=f"""
Dear KCSC,

Following your notice we examined two messages in @quietmarket_88.

The message {Q7} was not removed. It advertises a lawful second-hand
marketplace and we found nothing in it that violates our Terms of Service.

The message {Q19} is a different matter: it offered controlled
substances and has been taken down.

Kind regards,
{TG_SIG}
""",
     outcome="applied", imitates="Telegram abuse-desk reply, refusal with reason next to a removal",
     why="'was not removed' plus no-violation reason is a refusal; the second message was taken down",
     items={Q7: "rejected", Q19: "removed"})

case(name="tg-correction-of-yesterday", **{"from": "abuse@telegram.org"},
     date=dt("2024-09-12 08:20:55", 0), subject="Re: KCSC-240903-01 (correction)",
     reply_to_req=R1,
     body=f"""
Hello again,

A correction to my message of yesterday. I wrote that {A45} was still
under review. That was wrong: the post had already been deleted by our
moderation team on 6 September, before my message.

I can also confirm that {A46} was deleted this morning.

Sorry for the confusion.
Mira
{TG_SIG}
""",
     outcome="applied", imitates="follow-up correction from an abuse-desk agent",
     why="the 'under review' is what the agent wrongly wrote before; the later sentence says deleted",
     items={A45: "removed", A46: "removed"})

case(name="tg-restriction-replaced-by-global-block", **{"from": "abuse@telegram.org"},
     date=dt("2024-09-12 15:31:09", 0), subject="Re: KCSC-240903-01 copperbell_chat",
     reply_to_req=R1,
     body=f"""
Hello,

Channel: {CB}
Action: restricted for users in the Republic of Korea

Update, 12 September: after a second review by our moderators, the
restriction above has been replaced by a global block. The channel can
no longer be viewed from any country.

{TG_SIG}
""",
     outcome="applied", imitates="Telegram channel-restriction notice with a later update",
     why="the update below revises the country restriction to a global block",
     items={CB: "removed"})

case(name="x-echoed-list-outcome-by-position", **{"from": "legal-support@x.com"},
     date=dt("2024-09-12 02:10:00", 0),
     subject="Case 0923-KR-118804: Your legal request (KCSC-240909-03)",
     reply_to_req=R3,
     body=f"""
Hello,

We have reviewed your request dated 9 September 2024 concerning the
following content:

1. {X1}
2. {X2}
3. {X3}
4. {X4}
5. {XA}

Outcome:
- Items 1, 2 and 4 are now withheld in South Korea.
- Item 3 did not violate the X Rules or, in our assessment, Korean law,
  and it remains available.
- Item 5: the account has been suspended.

More about country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
     outcome="applied", imitates="X legal-request outcome email with an echoed numbered list",
     why="statuses given by item number against the echoed list; help page is no item",
     items={X1: "restricted", X2: "restricted", X3: "rejected", X4: "restricted", XA: "removed"})

case(name="yt-html-table-corrected-by-note", **{"from": "youtube-legal@google.com"},
     name_from="YouTube Legal", date=dt("2024-09-13 17:05:00"),
     subject="Re: [KCSC-240905-02] Status of your removal request",
     reply_to_req=R2, type="html",
     body=f"""
<html><body>
<p>Hello,</p>
<p>Thank you for your notice (your reference KCSC-240905-02). The status of each
item as of 13 September 2024:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Status</th></tr>
<tr><td>{Y1}</td><td>Removed</td></tr>
<tr><td>{Y2}</td><td>Under review</td></tr>
<tr><td>{Y3}</td><td>Removed</td></tr>
</table>
<p><b>Please note:</b> this table was exported before two later changes. The video
{Y2} has since been removed under our harassment policy. The Short
{Y3}, shown above as Removed, was in fact only blocked from view in
South Korea; the table entry for it is wrong.</p>
<p>Regards,<br>The YouTube Legal Team</p>
</body></html>
""",
     outcome="applied", imitates="YouTube legal status table with a note beneath",
     why="the note explicitly corrects two table rows: Y2 now removed, Y3 only blocked in Korea",
     items={Y1: "removed", Y2: "removed", Y3: "restricted"})

case(name="yt-refusal-and-channel-terminated", **{"from": "youtube-legal@google.com"},
     name_from="YouTube Legal", date=dt("2024-09-11 10:12:45"),
     subject="Re: [KCSC-240905-02] Request for removal",
     reply_to_req=R2,
     body=f"""
Hello,

We've reviewed the content in your request KCSC-240905-02.

Video: {Y2}
We are not taking action on this video. It doesn't violate our Community
Guidelines, and after legal review we did not find it to be unlawful
under Korean law.

Channel: {YC}
This channel has been terminated for repeated violations of our spam,
deceptive practices and scams policies.

If you have more information that could change our assessment of the
video, you can send it through https://support.google.com/legal/answer/3110420.

Sincerely,
The YouTube Team
""",
     outcome="applied", imitates="YouTube legal removals reply (no action / channel terminated)",
     why="refusal with reason for the video, channel terminated; the support link is no item",
     items={Y2: "rejected", YC: "removed"})

case(name="x-not-withheld-but-removed", **{"from": "legal-support@x.com"},
     date=dt("2024-09-13 06:40:12", 0),
     subject="Re: Case 0923-KR-118811 (KCSC-240909-03)",
     reply_to_req=R3,
     body=f"""
Hi,

To clarify our earlier automated notice: the post {X1} was not withheld
in South Korea. It was removed from X globally, as it violated our rules
on illegal and regulated goods and services.

Thanks,
X Legal
""",
     outcome="applied", imitates="X legal follow-up clarifying an automated notice",
     why="the negated 'withheld' is corrected to a global removal",
     items={X1: "removed"})

case(name="x-bare-url-status-below", **{"from": "legal-support@x.com"},
     date=dt("2024-09-14 01:02:33", 0),
     subject="Results for your request KCSC-240909-03",
     reply_to_req=R3,
     body=f"""
Hello,

Results for your request KCSC-240909-03:

{X3}
Status: withheld in KR

{X4}
Status: no action taken (no violation of the X Rules)

{XA}
Status: account suspended

X Legal
""",
     outcome="applied", imitates="X per-item results block",
     why="each bare URL with its status on the following line",
     items={X3: "restricted", X4: "rejected", XA: "removed"})

case(name="x-url-below-its-statement", **{"from": "legal-support@x.com"},
     date=dt("2024-09-14 04:27:50", 0),
     subject="Re: KCSC-240909-03",
     reply_to_req=R3,
     body=f"""
Hi,

The following post has been withheld in South Korea in response to your
request:
<{X2}>

We could not locate the following post. The account holder may have
deleted it before we reviewed your request:
<{X1}>

Regards,
X Legal
""",
     outcome="applied", imitates="X legal reply with URLs under their statements",
     why="statement then URL on the next line; 'could not locate' is firm, the hedge is only about why",
     items={X2: "restricted", X1: "not_found"})

case(name="naver-mixed-sentence-particles", **{"from": "policy@navercorp.com"},
     date=dt("2024-09-12 14:05:20"),
     subject=enc("[NAVER] 게시물 조치 결과 안내 (KCSC-240910-04)"),
     reply_to_req=R4,
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 건(KCSC-240910-04)에 대한 처리 결과를 안내드립니다.

{N1}은 게시중단 조치하였고, {N2}는 30일간 임시조치하였습니다.

나머지 1건은 검토가 끝나는 대로 다시 회신드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
""",
     outcome="applied", imitates="NAVER 게시중단/임시조치 result notice",
     why="one Korean sentence, two statuses, URLs followed directly by particles; the third item is only promised",
     items={N1: "removed", N2: "restricted"})

case(name="naver-no-violation-and-author-deleted", **{"from": "help@navercorp.com"},
     date=dt("2024-09-13 11:30:00"),
     subject=enc("RE: [KCSC-240910-04] 게시물 삭제 요청"),
     reply_to_req=R4,
     body=f"""
안녕하세요. 네이버 고객센터입니다.

요청번호 KCSC-240910-04 관련하여 회신드립니다.

1) 카페 게시물({N2})은 내부 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치를 하지 않았습니다.
2) 블로그 게시물 {N1} 은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

추가로 문의하실 내용이 있으시면 본 메일로 회신 부탁드립니다.

네이버 고객센터 드림
""",
     outcome="applied", imitates="NAVER customer-centre reply (미조치 사유 / 작성자 삭제)",
     why="no-violation refusal (negated action) and a post already deleted by its author",
     items={N2: "rejected", N1: "not_found"})

case(name="naver-sijeong-result-html-table", **{"from": "policy@navercorp.com"},
     date=dt("2024-09-13 16:20:00"),
     subject=enc("[회신] 시정요구 조치결과 통보 (KCSC-240910-04)"),
     reply_to_req=R4, type="html",
     body=f"""
<html><body>
<p>안녕하십니까. 네이버㈜입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240910-04)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024-09-12</td><td>-</td></tr>
<tr><td>2</td><td>{N2}</td><td>접근제한(국내)</td><td>2024-09-12</td><td>-</td></tr>
<tr><td>3</td><td>{N3}</td><td>미조치</td><td>-</td><td>운영정책 위반 아님(단순 이용 후기)</td></tr>
</table>
<p>※ 미조치 건에 대하여 추가 소명 자료가 있으시면 회신해 주시기 바랍니다.</p>
<p>네이버㈜ 정책지원팀</p>
</body></html>
""",
     outcome="applied", imitates="Korean 시정요구 조치결과 table reply",
     why="table rows: 삭제, 국내 접근제한, 미조치 with its reason",
     items={N1: "removed", N2: "restricted", N3: "rejected"})

case(name="kakao-raw-korean-url-negated-gesijungdan", **{"from": "safety@kakaocorp.com"},
     name_from=enc("카카오 고객센터"), date=dt("2024-09-13 10:02:00"),
     subject=enc("[카카오] 신고 처리 결과 안내 (KCSC-240911-05)"),
     reply_to_req=R5,
     body=f"""
안녕하세요, 카카오 고객센터입니다.

신고하신 티스토리 게시글 {K1_RAW} 는 운영정책 위반이 확인되어 블라인드 처리되었습니다.

다만 다음카페 게시글 {K2} 은 검토 결과 게시 중단 사유에 해당하지 않아 현재 상태를 유지합니다.

감사합니다.
""",
     outcome="applied", imitates="Kakao/Daum 블라인드 처리 result notice",
     why="raw Korean path matches the stored percent-encoded URL; '게시 중단 사유에 해당하지 않아' is a refusal",
     items={K1: "removed", K2: "rejected"})

case(name="tiktok-single-item-removed", **{"from": "legal@tiktok.com"},
     name_from="TikTok Trust and Safety", date=dt("2024-09-14 03:15:00", 0),
     subject="Re: KCSC-240912-06",
     reply_to_req=R6,
     body="""
Hello,

Thank you for your report. We reviewed the content you reported under
reference KCSC-240912-06 and removed it for violating our Community
Guidelines.

TikTok Trust and Safety
""",
     outcome="applied", imitates="TikTok report-outcome email",
     why="one-item request; a statement about 'the content' answers it",
     items={TT: "removed"})

TG_CSV = f"""link,action,comment
{T230},removed,
{P3340},not found,message deleted by the channel admin
{Q19},no action,no ToS violation found
"""
case(name="tg-csv-attachment-outcomes", **{"from": "abuse@telegram.org"},
     date=dt("2024-09-15 12:00:00", 0), subject="Re: KCSC-240903-01 - outcomes",
     reply_to_req=R1,
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="b744-tg-csv"

--b744-tg-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the items from KCSC-240903-01 that
we handled today.

{TG_SIG}

--b744-tg-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01.csv"
Content-Disposition: attachment; filename="KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

{b64(TG_CSV)}
--b744-tg-csv--
""",
     outcome="applied", imitates="abuse-desk reply with a CSV of outcomes",
     why="CSV rows: removed, not found (deleted by its admin), no action",
     items={T230: "removed", P3340: "not_found", Q19: "rejected"})

case(name="tg-top-posted-over-gmail-quote", **{"from": "abuse@telegram.org"},
     date=dt("2024-09-10 19:45:00", 0), subject="Re: [KCSC-240903-01] Request for removal of content",
     reply_to_req=R1,
     body=f"""
Hi,

The channel {CB} is now blocked in South Korea. It is still reachable from
other countries, since we found its content illegal under Korean law only.

{TG_SIG}

On Tue, Sep 3, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", REQS[0][4])}
""",
     outcome="applied", imitates="Gmail top-posted reply over the quoted request",
     why="only the channel gets a status (Korea only); the quoted request's URLs stay pending",
     items={CB: "restricted"})

YT_QP = f"""Hello,

We've reviewed the two items you asked us to check again under your reference KCSC-240905-02.

The Short {Y3} has been removed for violating our policy on harassment and cyberbullying.

The video {Y1} remains available: after review, we found that it doesn't violate our Community Guidelines, and we didn't find sufficient grounds to block it locally under Korean law.

Sincerely,
The YouTube Team — Legal Support
"""
case(name="yt-quoted-printable-removed-and-refused", **{"from": "youtube-legal@google.com"},
     name_from="YouTube Legal", date=dt("2024-09-16 09:10:00"),
     subject="Re: [KCSC-240905-02] Second review", reply_to_req=R2,
     raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}
""",
     outcome="applied", imitates="YouTube legal reply sent quoted-printable",
     why="QP soft breaks and =3D in the URL; Short removed, video refused with reasons",
     items={Y3: "removed", Y1: "rejected"})

X_HTML = f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome of your request KCSC-240909-03.</p>
<ul>
<li><a href="{X4}">{X4}</a> &mdash; Withheld in: South Korea</li>
<li><a href="{XA}">@tallow_echo</a> &mdash; Account suspended for violating the X Rules</li>
</ul>
<p>X Legal</p>
</body></html>
"""
case(name="x-base64-html-list", **{"from": "legal-support@x.com"},
     date=dt("2024-09-15 22:30:00", 0), subject="Outcome of your request KCSC-240909-03",
     reply_to_req=R3,
     raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(X_HTML)}
""",
     outcome="applied", imitates="X outcome email in base64 HTML",
     why="base64 HTML list: one post withheld in Korea, one account suspended (link text is a handle)",
     items={X4: "restricted", XA: "removed"})

case(name="naver-fullwidth-brackets", **{"from": "cafe_notice@naver.com"},
     name_from=enc("네이버 카페"), date=dt("2024-09-14 09:00:00"),
     subject=enc("[네이버 카페] 게시글 조치 안내"), reply_to_req=R7,
     body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

요청하신 게시글「{N7}」은 2024년 9월 14일 블라인드 처리가 완료되었습니다。

감사합니다.
""",
     outcome="applied", imitates="NAVER cafe 블라인드 처리 notice",
     why="URL inside full-width corner brackets followed by a particle; 블라인드 = removed",
     items={N7: "removed"})

case(name="yt-outlook-followup-revision", **{"from": "daniel.k@google.com"},
     name_from="Daniel Kwon", date=dt("2024-09-17 13:22:00"),
     subject="RE: [KCSC-240905-02] Request for removal", reply_to_req=R2,
     body=f"""
Hello,

Following up on my email of 11 September: the video {Y2}, which I then
described as still under review, has now been removed for violating our
harassment and cyberbullying policy.

Best regards,
Daniel
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 9:40 AM
To: legal-kr@google.com
Subject: [KCSC-240905-02] Request for removal

{quoted_request("KCSC-240905-02", REQS[1][4], prefix="")}
""",
     outcome="applied", imitates="Outlook reply from a legal-support agent over the original request",
     why="earlier 'under review' sits in a relative clause; the main clause says removed; the Outlook-quoted request is not a statement",
     items={Y2: "removed"})

case(name="x-wrapped-url-in-angle-brackets", **{"from": "legal-support@x.com"},
     date=dt("2024-09-16 07:55:00", 0), subject="Re: KCSC-240909-03",
     reply_to_req=R3,
     body="""
Hello,

In response to your request KCSC-240909-03, we have withheld the post
<https://x.com/marsh_lumen/
status/1832200000000000234> in South Korea.

X Legal
""",
     outcome="applied", imitates="hard-wrapped plain-text reply with a URL in angle brackets",
     why="URL wrapped inside <...> (RFC 3986 appendix C style); withheld in Korea",
     items={X4: "restricted"})

case(name="tg-positions-in-quoted-reminder", **{"from": "abuse@telegram.org"},
     date=dt("2024-09-16 11:14:00", 0), subject="Re: Reminder - KCSC-240903-01",
     reply_to_req=R1,
     body=f"""
Hello,

Of the three links in your reminder below, we removed the first and the
third. The second is a repost of a news article and does not break our
Terms of Service, so it stays.

{TG_SIG}

On Mon, 16 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder - KCSC-240903-01
> The following items are still pending:
> 1. {P3301}
> 2. {P3302}
> 3. {P3340}
> Please tell us the action taken.
""",
     outcome="applied", imitates="abuse-desk reply answering a reminder by position",
     why="statuses (unquoted) refer by position to the quoted reminder's list; arguable, see NOTES",
     items={P3301: "removed", P3302: "rejected", P3340: "removed"})

case(name="x-receipt-then-refusal-with-promise", **{"from": "legal-support@x.com"},
     date=dt("2024-09-12 23:40:00", 0), subject="Case 0923-KR-119002 (KCSC-240909-03)",
     reply_to_req=R3,
     body=f"""
Hello,

Thanks for your report. Your case number is 0923-KR-119002.

We have reviewed {X1}. It does not violate the X Rules and we did not find
it unlawful in the jurisdiction concerned, so we will not take action on
it at this time. We will continue to monitor the account and will act on
any future violations.

X Legal
""",
     outcome="applied", imitates="X receipt line followed by a no-action decision",
     why="acknowledgement phrase plus a firm refusal; the promise is about future monitoring",
     items={X1: "rejected"})

case(name="yt-uploader-deleted", **{"from": "youtube-legal@google.com"},
     name_from="YouTube Legal", date=dt("2024-09-10 15:48:00"),
     subject="Re: [KCSC-240905-02] Request for removal", reply_to_req=R2,
     body=f"""
Hello,

Regarding KCSC-240905-02: we were unable to locate the video {Y1}. It is
no longer available on YouTube because the uploader deleted it before our
review, so no action was needed on our side.

The YouTube Team
""",
     outcome="applied", imitates="YouTube legal reply, content no longer available",
     why="'unable to locate' / deleted by the uploader = not_found, not removed",
     items={Y1: "not_found"})

# ================================================================ REVIEW
case(name="tg-promise-will-be-removed", **{"from": "abuse@telegram.org"},
     date=dt("2024-09-04 08:00:00", 0), subject="Re: KCSC-240903-01", reply_to_req=R1,
     body=f"""
Hello,

Thank you for your notice KCSC-240903-01. The posts {T101} and {T102}
will be removed within 24 hours once a moderator has confirmed them. We
will let you know when this is done.

{TG_SIG}
""",
     outcome="review", review="not_understood", imitates="abuse-desk interim reply",
     why="a promise, not a statement: items stay pending",
     items={T101: "pending", T102: "pending"})

case(name="yt-hedge-appears-may-have-been", **{"from": "youtube-legal@google.com"},
     name_from="YouTube Legal", date=dt("2024-09-09 12:00:00"),
     subject="Re: [KCSC-240905-02] Request for removal", reply_to_req=R2,
     body=f"""
Hello,

It appears that the Short {Y3} may have been deleted by its uploader
before we got to it. We are checking with the responsible team and will
confirm.

The YouTube Team
""",
     outcome="review", review="not_understood", imitates="YouTube legal interim reply",
     why="'appears ... may have been' is a hedge",
     items={Y3: "pending"})

case(name="x-under-review-conditional-negation", **{"from": "legal-support@x.com"},
     date=dt("2024-09-10 05:00:00", 0), subject="Re: KCSC-240909-03", reply_to_req=R3,
     body=f"""
Hello,

Your request KCSC-240909-03 is being reviewed. If we find that the posts
{X3} and {X4} are unlawful in South Korea, we will withhold them in that
country; we will not remove them globally unless they also violate the X
Rules.

X Legal
""",
     outcome="review", review="not_understood", imitates="X legal interim reply",
     why="under review, a condition and a negated future: no statement",
     items={X3: "pending", X4: "pending"})

case(name="x-hedge-relative-clause-under-review", **{"from": "legal-support@x.com"},
     date=dt("2024-09-11 03:30:00", 0), subject="Re: KCSC-240909-03", reply_to_req=R3,
     body=f"""
Hi,

The post {X3}, which appears to have been withheld by an automated system
earlier this week, is now with our legal team for a full review.

X Legal
""",
     outcome="review", review="not_understood", imitates="X legal interim reply",
     why="the only status word sits in a hedged relative clause; the main clause says under review",
     items={X3: "pending"})

case(name="naver-bulk-all-three", **{"from": "policy@navercorp.com"},
     date=dt("2024-09-12 10:00:00"), subject=enc("[NAVER] 조치 결과 안내 (KCSC-240910-04)"),
     reply_to_req=R4,
     body="""
안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240910-04로 요청하신 게시물 3건은 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
     outcome="review", review="bulk", imitates="NAVER short 게시중단 result notice",
     why="one statement for all three items without naming any",
     items={N1: "pending", N2: "pending", N3: "pending"})

case(name="yt-bulk-all-content", **{"from": "youtube-legal@google.com"},
     name_from="YouTube Legal", date=dt("2024-09-12 18:00:00"),
     subject="Re: [KCSC-240905-02] Request for removal", reply_to_req=R2,
     body="""
Hello,

We have removed all of the content listed in your notice KCSC-240905-02.

The YouTube Team
""",
     outcome="review", review="bulk", imitates="YouTube legal short confirmation",
     why="bulk statement for a four-item request",
     items={Y1: "pending", Y2: "pending", Y3: "pending", YC: "pending"})

case(name="x-untrusted-dmarc-fail", **{"from": "legal-support@x.com"}, auth="fail",
     date=dt("2024-09-12 09:00:00", 0), subject="Re: KCSC-240909-03", reply_to_req=R3,
     body=f"""
Hello,

The post {X3} has been removed.

X Legal
""",
     outcome="review", review="untrusted", imitates="X legal reply failing DMARC",
     why="From x.com but DKIM/SPF/DMARC fail",
     items={X3: "pending"})

case(name="tg-channel-admin-unknown-sender", **{"from": "copperbell.admin@gmail.com"},
     name_from="Copperbell Admin", date=dt("2024-09-08 22:10:00"),
     subject="About your request KCSC-240903-01",
     body=f"""
Hello,

Telegram told me about your request KCSC-240903-01. I am the admin of
{CB} and I have deleted the posts you complained about myself. Please
close the matter.

Admin
""",
     outcome="review", review="unknown_sender", imitates="channel owner writing to the regulator",
     why="not the platform: an uploader's own claim",
     items={CB: "pending"})

case(name="kakao-not-our-service", **{"from": "safety@kakaocorp.com"},
     name_from=enc("카카오 고객센터"), date=dt("2024-09-16 10:00:00"),
     subject=enc("[카카오] 문의 회신"),
     body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 {N7} 는 네이버 카페 주소로, 다음카페에서는 해당 게시물을 찾을 수 없습니다.
해당 게시물에 대해서는 네이버에 문의해 주시기 바랍니다.

감사합니다.
""",
     outcome="review", review="wrong_platform", imitates="Kakao reply to a misdirected complaint",
     why="Kakao states 'cannot be found' about a NAVER item",
     items={N7: "pending"})

case(name="tiktok-summary-contradicted-by-text", **{"from": "legal@tiktok.com"},
     name_from="TikTok Trust and Safety", date=dt("2024-09-15 02:00:00", 0),
     subject="Your report: KCSC-240912-06", reply_to_req=R6,
     body=f"""
Report summary
Reference: KCSC-240912-06
Content: {TT}
Decision: Removed

Our review found that this video does not violate our Community
Guidelines or local law, and it remains available on TikTok.

TikTok Trust and Safety
""",
     outcome="review", review="conflicting_statements", imitates="TikTok report summary with explanation",
     why="summary says Removed, the text says it remains available; nothing tells which is right",
     items={TT: "pending"})

case(name="naver-asks-for-documents", **{"from": "policy@navercorp.com"},
     date=dt("2024-09-11 15:00:00"), subject=enc("RE: [KCSC-240910-04] 게시물 삭제 요청"),
     reply_to_req=R4,
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 {N3} 게시물은 개인정보 침해 관련 게시물로, 당사 정책상 권리침해 당사자의 소명 자료가 있어야 게시중단이 가능합니다.
피해자 확인 자료를 본 메일로 회신해 주시면 검토 후 조치하겠습니다.

감사합니다.
""",
     outcome="review", classification="request_for_info", review="asks_more",
     imitates="NAVER request for supporting documents (권리침해 소명자료)",
     why="asks for documents before acting; '게시중단이 가능합니다' is conditional",
     items={N3: "pending"})

case(name="yt-portal-change-no-claims", **{"from": "legal-notices@google.com"},
     name_from="Google Legal", date=dt("2024-09-18 09:00:00"),
     subject="Changes to how government agencies submit removal requests",
     body="""
Hello,

From 1 October 2024, government agencies in Korea will submit content
removal requests for YouTube through the new government requests portal at
https://support.google.com/legal/answer/10001234. Email submissions will
still be accepted until the end of the year.

Requests already submitted are not affected.

Google Legal
""",
     outcome="review", review="no_claims", imitates="platform service announcement to government reporters",
     why="trusted platform mail naming no item and no request",
     items={})

# =============================================================== IGNORED
case(name="tg-out-of-office", **{"from": "m.serrano@telegram.org"}, name_from="Mira Serrano",
     date=dt("2024-09-03 01:05:00", 0),
     subject="Automatic reply: [KCSC-240903-01] Request for removal of content",
     reply_to_req=R1,
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""
I am away until 23 September with limited access to email.
For urgent abuse matters please write to abuse@telegram.org.

Mira
""",
     outcome="ignored", classification="auto_reply", imitates="out-of-office auto-reply",
     why="out-of-office", items={})

TT_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@tiktok.com
Subject: [KCSC-240912-06] Request for removal of content
Date: Thu, 12 Sep 2024 09:20:00 +0900
Message-ID: <{R6}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{quoted_request("KCSC-240912-06", [TT], prefix="")}
"""
case(name="tiktok-dsn-bounce", **{"from": "MAILER-DAEMON@mx1.tiktok.com"},
     name_from="Mail Delivery System", date=dt("2024-09-12 00:21:00", 0),
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b744-dsn"

--b744-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@tiktok.com>: host mx1.tiktok.com said: 550 5.1.1 User unknown

--b744-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.tiktok.com
Arrival-Date: Thu, 12 Sep 2024 00:20:58 +0000

Final-Recipient: rfc822; abuse-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b744-dsn
Content-Type: message/rfc822

{TT_ORIG}
--b744-dsn--
""",
     outcome="ignored", classification="bounce", imitates="Postfix DSN with the original request attached",
     why="delivery failure; the attached request's URL is not a statement", items={})

case(name="naver-read-receipt", **{"from": "policy@navercorp.com"},
     date=dt("2024-09-13 17:02:00"),
     subject=enc("읽음 확인: [KCSC-240913-07] 게시물 삭제 요청"),
     raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b744-mdn"

--b744-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
제목: [KCSC-240913-07] 게시물 삭제 요청

--b744-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{R7}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b744-mdn--
""",
     outcome="ignored", classification="read_receipt", imitates="MDN read receipt (Korean client)",
     why="read receipt", items={})

case(name="x-ticket-receipt", **{"from": "noreply@x.com"},
     date=dt("2024-09-09 02:20:00", 0),
     subject="We received your report [KCSC-240909-03]", reply_to_req=R3,
     body="""
Hello,

We received your report. Your case number is 0923-KR-119450.

Our team will review it and get back to you by email. Please do not reply
to this message.

X Support
""",
     outcome="ignored", classification="acknowledgement", imitates="X ticket receipt",
     why="pure acknowledgement with a case number", items={})

case(name="kakao-receipt-with-echo", **{"from": "noreply@kakaocorp.com"},
     name_from=enc("카카오 고객센터"), date=dt("2024-09-11 15:07:00"),
     subject=enc("[카카오] 신고 접수 안내"), reply_to_req=R5,
     body=f"""
안녕하세요, 카카오 고객센터입니다.

신고가 정상적으로 접수되었습니다. (접수번호 2024091100871)

접수 내용
- {K1_RAW}
- {K2}

처리 결과는 영업일 기준 7일 이내에 이메일로 안내드리겠습니다.

본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement", imitates="Kakao 신고 접수 receipt echoing the URLs",
     why="receipt; the echoed URLs carry no status", items={})

case(name="yt-legal-autoresponse", **{"from": "legal-kr@google.com"},
     name_from="Google Legal", date=dt("2024-09-05 09:41:00"),
     subject="Re: [KCSC-240905-02] Request for removal", reply_to_req=R2,
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
Thank you for contacting the Google Legal team. This is an automated
response to confirm that we have received your message.

We will review your request and respond as soon as possible. This mailbox
is not monitored for replies.

Google Legal
""",
     outcome="ignored", imitates="Google legal automated receipt",
     why="automated receipt (auto-replied); classification auto_reply or acknowledgement, both ignored",
     items={})

HEADER = """# Blind set 744 (tests/corpus/blind744/): what a program gets wrong.
# Written by tests/corpus/blind744/make.py from each email's meaning,
# before the reader was run on it. Do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(len(cases), "cases")
