#!/usr/bin/env python3
"""Blind set 642: what a program gets wrong.

Mixed statuses in one sentence, hedges inside relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted by a note, statuses given by position. Every email is
written in our own words, imitating the kind of notice named in `imitates`;
the expected results come from each email's meaning alone, written before
any run of the reader.

    python3 tests/corpus/blind642/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(day, hh=11, mm=0, ss=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


def pct(s):
    from urllib.parse import quote
    return quote(s, safe="")


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07")
MID = {r: "kcsc-req-" + r[5:].lower() for r in (R1, R2, R3, R4, R5, R6, R7)}

X = [None,
     "https://x.com/lunar_moth_kr/status/1830411122334455601",
     "https://x.com/lunar_moth_kr/status/1830411122334455602",
     "https://x.com/gray_ferry99/status/1830522233445566703",
     "https://x.com/gray_ferry99/status/1830522233445566704",
     "https://x.com/pinecone_dept/status/1830633344556677805",
     "https://x.com/pinecone_dept/status/1830633344556677806",
     "https://x.com/oddharbor_tv/status/1830744455667788907",
     "https://x.com/oddharbor_tv/status/1830744455667788908",
     "https://x.com/velvet_quarry/status/1830855566778899009",
     "https://x.com/velvet_quarry/status/1830855566778899010",
     "https://x.com/saltmarsh_b/status/1830966677889900111",
     "https://x.com/saltmarsh_b/status/1830966677889900112",
     "https://x.com/kettle_nine",
     "https://x.com/tinroof_echo/status/1831077788990011213"]
T = [None,
     "https://t.me/amber_dock_chat/4411",
     "https://t.me/amber_dock_chat/4412",
     "https://t.me/northwind_leaks/907",
     "https://t.me/quietmill_kr"]
C = [None,
     "https://t.me/copperline_news/2201",
     "https://t.me/copperline_news/2215"]
V = [None,
     "https://www.youtube.com/watch?v=Qm3dT7vLx2A",
     "https://www.youtube.com/watch?v=bR8nK1pZs4E",
     "https://www.youtube.com/watch?v=Hc5wY0aJu9F",
     "https://www.youtube.com/watch?v=tL2gV6eXo3M",
     "https://www.youtube.com/@marigold_static"]
CAFE_RAW = "https://cafe.naver.com/별빛마을/512"
N = [None,
     "https://blog.naver.com/driftwood_0712/223561234501",
     "https://cafe.naver.com/" + pct("별빛마을") + "/512",
     "https://blog.naver.com/driftwood_0712/223561234577"]
K = [None,
     "https://cafe.daum.net/harborlight/Rk2m/88",
     "https://cafe.daum.net/harborlight/Rk2m/91"]
TT = "https://www.tiktok.com/@plumtree_dance/video/7411223344556677889"

REQUESTS = [
    (R1, "x", 3, X[1:], "defamation"),
    (R2, "telegram", 4, T[1:], "illegal_gambling"),
    (R3, "youtube", 5, V[1:], "harassment"),
    (R4, "naver", 6, N[1:], "privacy"),
    (R5, "kakao", 9, K[1:], "privacy"),
    (R6, "tiktok", 10, [TT], "harassment"),
    (R7, "telegram", 11, C[1:], "illegal_drugs"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, day, urls, cat in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, f"2024-09-{day:02d}T10:00:00+09:00",
                        f"2024-09-{day + 7:02d}", u, cat, MID[ref] + "@kcsc.example", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, day, style="gmail"):
    """The regulator's own request, quoted under a reply."""
    lines = [f"Dear Trust & Safety team,", "",
             f"Under our request {ref}, we ask you to remove or restrict the following content:",
             ""] + [f"{i}. {u}" for i, u in enumerate(urls, 1)] + [
             "", "Korea Communications Standards Commission"]
    when = format_datetime(datetime(2024, 9, day, 10, 0, tzinfo=KST))
    if style == "gmail":
        return (f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n"
                + "\n".join("> " + l if l else ">" for l in lines))
    return ("-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {when}\n"
            f"Subject: Removal request {ref}\n\n" + "\n".join(lines))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**c):
    CASES.append(c)


# ======================================================================
# APPLIED
# ======================================================================

case(name="x-three-statuses-one-sentence", outcome="applied", classification="confirmation",
     imitates="X legal/government request outcome email (per-post outcome in prose)",
     why="one sentence gives three different outcomes for three named posts",
     **{"from": "legal-noreply@x.com"}, date=d(6, 16, 12), reply_to_req=MID[R1],
     subject=f"Re: Removal request {R1}",
     body=f"""
Hello,

Thank you for contacting X regarding your request {R1}.

Having reviewed the reported posts, {X[1]} has been removed for violating
the X Rules, {X[2]} has been withheld in South Korea under local law, and
{X[3]} does not violate the X Rules and will remain available.

The other posts in your request are still being reviewed.

Regards,
X Legal
""", items={X[1]: "removed", X[2]: "restricted", X[3]: "rejected"})

case(name="x-outlook-did-not-remove-but-withheld", outcome="applied", classification="confirmation",
     imitates="X country-withheld-content reply, Outlook-style top-post over the original request",
     why="'did not remove' then 'withheld in Korea' (restricted); the other post removed globally; the quoted request below is not a statement",
     **{"from": "jiwon.park@x.com"}, name_from="Jiwon Park (X)", date=d(7, 9, 40), reply_to_req=MID[R1],
     subject=f"RE: Removal request {R1}",
     body=f"""
Dear KCSC team,

We did not remove the post below, as it is permitted under the X Rules; instead,
access to it has been withheld in the Republic of Korea:
{X[4]}

The following post was not merely withheld. It has been removed from X entirely:
{X[5]}

Best regards,
Jiwon Park
Legal Operations, X Corp.

{quoted_request(R1, X[1:], 3, style="outlook")}
""", items={X[4]: "restricted", X[5]: "removed"})

case(name="x-update-revises-earlier-refusal", outcome="applied", classification="confirmation",
     imitates="X legal follow-up after an escalation review",
     why="the relative clause recalls an earlier 'no violation'; the main clause states removal now",
     **{"from": "legal-noreply@x.com"}, date=d(12, 14, 5), reply_to_req=MID[R1],
     subject=f"Update on your request {R1}",
     body=f"""
Hello,

This is an update to our reply of 9 September about request {R1}.

The post {X[6]}, which we had earlier assessed as not violating the X Rules,
was escalated for a second review. Following that review, the post has been
removed.

No further action is needed from you.

X Legal
""", items={X[6]: "removed"})

case(name="yt-html-table-with-correction-note", outcome="applied", classification="confirmation",
     type="html",
     imitates="YouTube/Google legal removals outcome table (HTML) with a reviewer's correction under it",
     why="the note explicitly corrects the table row for the second video (age-restricted, not removed); the clerk follows the correction",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support", date=d(10, 18, 30),
     reply_to_req=MID[R3], subject=f"[{R3}] Outcome of your legal request",
     body=f"""
<html><body>
<p>Hello,</p>
<p>We have completed our review of the content listed in your request {R3}.</p>
<table border="1" cellpadding="4">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td>{V[1]}</td><td>Removed &ndash; Harassment policy</td></tr>
<tr><td>{V[2]}</td><td>Removed &ndash; Harassment policy</td></tr>
<tr><td>{V[3]}</td><td>No action &ndash; does not violate our Community Guidelines</td></tr>
</table>
<p><b>Correction:</b> the second row above is wrong. The video {V[2]} was not removed;
it has been age-restricted instead.</p>
<p>The remaining items of your request are still under review.</p>
<p>Kind regards,<br>The YouTube Legal Team</p>
</body></html>
""", items={V[1]: "removed", V[2]: "restricted", V[3]: "rejected"})

case(name="tg-numbered-outcomes-by-position", outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply listing the reported links, then outcomes by number",
     why="statuses given by the list numbers of the links the same email lists",
     **{"from": "abuse@telegram.org"}, date=d(7, 20, 15), reply_to_req=MID[R2],
     subject=f"Re: {R2} - Case #48810233",
     body=f"""
Hello,

Your report {R2} (Case #48810233) listed these messages:

1. {T[1]}
2. {T[2]}
3. {T[3]}
4. {T[4]}

Outcome:
1 and 3 - removed from Telegram.
2 - we could not locate this message; the link does not lead to any post.
4 - no action. The public posts in this channel do not breach the Telegram Terms of Service.

Telegram Abuse Team
""", items={T[1]: "removed", T[2]: "not_found", T[3]: "removed", T[4]: "rejected"})

case(name="naver-three-statuses-korean", outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청 처리결과 안내 메일 (prose)",
     why="one Korean paragraph: blinded (removed), already deleted by author (not_found), 임시조치 (restricted); cafe URL written raw in Korean",
     **{"from": "noreply@navercorp.com"}, name_from="네이버 고객센터", date=d(9, 10, 20),
     reply_to_req=MID[R4], subject=f"[네이버] 게시중단 요청 처리결과 안내 ({R4})",
     body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 {R4} 건의 처리 결과를 안내드립니다.

{N[1]} 게시물은 블라인드 처리되었으며, {CAFE_RAW} 게시글은 이미 작성자가 삭제하여 조치할 게시물이 없고, {N[3]} 게시물은 정보통신망법에 따라 30일간 임시조치되었습니다.

감사합니다.
네이버 고객센터 드림
""", items={N[1]: "removed", N[2]: "not_found", N[3]: "restricted"})

case(name="naver-refusal-with-reason", outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청 반려 안내 (policy link in footer)",
     why="refusal with its reason (no breach of law or policy): rejected; the policy page link is not an item",
     **{"from": "inoti@navercorp.com"}, name_from="네이버 권리보호센터", date=d(10, 15, 2),
     reply_to_req=MID[R4], subject=f"[네이버] 게시중단 요청 검토 결과 ({R4})",
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.

{R4} 요청 중 아래 게시물에 대한 검토 결과를 알려드립니다.

{N[3]}

위 게시물은 검토 결과 관련 법령 및 네이버 운영정책에 위반된다고 보기 어려워 게시중단 요청이 반려되었습니다. 게시물은 현재 상태로 유지됩니다.

운영정책 안내: https://policy.naver.com/policy/service_group.html

감사합니다.
""", items={N[3]: "rejected"})

case(name="kakao-text-table-corrective-result", outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 (text table), Kakao safety team",
     why="a text table: 삭제 (removed) and 접속차단(국내) (restricted)",
     **{"from": "safety@kakaocorp.com"}, name_from="카카오 안전팀", date=d(12, 11, 45),
     reply_to_req=MID[R5], subject=f"[카카오] 시정요구 조치결과 회신 ({R5})",
     body=f"""
방송통신심의위원회 담당자님께,

귀 위원회의 시정요구({R5})에 대한 조치결과를 아래와 같이 회신드립니다.

번호 | URL                                         | 조치결과       | 조치일
-----+---------------------------------------------+----------------+-----------
1    | {K[1]}   | 삭제           | 2024-09-11
2    | {K[2]}   | 접속차단(국내) | 2024-09-11

문의사항은 회신 메일로 연락 주시기 바랍니다.

카카오 안전팀 드림
""", items={K[1]: "removed", K[2]: "restricted"})

case(name="tiktok-single-item-no-url", outcome="applied", classification="confirmation",
     imitates="TikTok report outcome email ('we removed the content you reported')",
     why="a statement naming no URL, answering a request of one item: applies",
     **{"from": "no-reply@tiktok.com"}, name_from="TikTok", date=d(11, 22, 3),
     reply_to_req=MID[R6], subject=f"Update on your report {R6}",
     body=f"""
Hi,

Thanks for your report ({R6}). We reviewed the video you reported and removed it
for violating our Community Guidelines on harassment and bullying.

We appreciate your help in keeping TikTok safe.

TikTok Trust & Safety
""", items={TT: "removed"})

case(name="tiktok-refusal-with-legal-link", outcome="applied", classification="confirmation",
     imitates="TikTok 'no violation found' report outcome with a pointer to the legal webform",
     why="refusal with reason for the named video; the legal-report form link is not an item",
     **{"from": "legal-support@tiktok.com"}, name_from="TikTok Legal", date=d(12, 9, 15),
     reply_to_req=MID[R6], subject=f"Re: {R6}",
     body=f"""
Hello,

After careful review, we found that the video at {TT}
does not violate our Community Guidelines, so it will stay up on TikTok.

If you believe the video breaks Korean law, you can file a legal request at
https://www.tiktok.com/legal/report/feedback and our legal team will assess it
separately.

Best,
TikTok Legal
""", items={TT: "rejected"})

case(name="x-withheld-and-one-still-reviewing", outcome="applied", classification="confirmation",
     imitates="X legal partial outcome (one decided, one still under review)",
     why="one post withheld in Korea; the other is still under review, the hedge 'appears to' sitting in a relative clause",
     **{"from": "legal-noreply@x.com"}, date=d(8, 13, 50), reply_to_req=MID[R1],
     subject=f"Re: Removal request {R1}",
     body=f"""
Hello,

We have withheld {X[8]} in South Korea in response to your request {R1}.

We continue to review {X[9]}, which appears to repost the withheld material;
we will update you once a decision has been made.

X Legal
""", items={X[8]: "restricted", X[9]: "pending"})

case(name="tg-bare-url-status-below", outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply, each link followed by a status line",
     why="bare URL, status on the next line: blocked for all users (removed), cannot be found (not_found)",
     **{"from": "abuse@telegram.org"}, date=d(13, 8, 5), reply_to_req=MID[R7],
     subject=f"Re: {R7} - Case #48810917",
     body=f"""
Hello,

Results for your report {R7} (Case #48810917):

{C[1]}
Status: blocked for all users

{C[2]}
Status: we could not find this message. The link shows "post not found".

Telegram Abuse Team
""", items={C[1]: "removed", C[2]: "not_found"})

case(name="yt-qp-removed-channel-kept", outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome in the style of a DSA statement of reasons (quoted-printable)",
     why="video removed; 'did not terminate the channel' with its reason (does not violate): rejected. QP body encodes '=' in the watch URL",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support", date=d(11, 17, 25),
     reply_to_req=MID[R3], subject=f"Decision on your request {R3}",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""Hello,

Thank you for your request {R3}. This message sets out our decision.

Decision: we removed the following video under our Harassment and cyberbullying policy, globally:
{V[3]}

We did not terminate the channel {V[5]}. Having reviewed the channel as a whole, we found that it does not violate our Community Guidelines, and it remains available on YouTube.

Facts relied on: the content identified in your notice and our own review.
Automated means were not used to take this decision.

Regards,
The YouTube Legal Team
"""), items={V[3]: "removed", V[5]: "rejected"})

case(name="yt-base64-korean-restricted", outcome="applied", classification="confirmation",
     imitates="Google 법무팀 한국어 회신 (base64 body), restricted in Korea",
     why="Korean: the video can no longer be viewed in Korea (restricted); particle 동영상은 after the URL",
     **{"from": "legal-kr@google.com"}, name_from="Google 법무팀", date=d(9, 16, 0),
     reply_to_req=MID[R3], subject=f"Re: {R3} 요청 건 회신",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""안녕하세요, Google 법무팀입니다.

{R3} 요청 건과 관련하여, {V[4]} 동영상은 현지 법률 검토 결과 대한민국에서 시청할 수 없도록 제한되었음을 알려드립니다.

요청하신 나머지 콘텐츠는 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
Google 법무팀
"""), items={V[4]: "restricted"})

_csv = (f"url,action,detail\n{X[10]},Removed,Violent speech policy\n"
        f"{X[11]},No action,No violation of the X Rules\n{X[12]},Withheld,KR\n")
case(name="x-csv-attachment-outcomes", outcome="applied", classification="confirmation",
     imitates="X legal outcome sent as a CSV attachment",
     why="CSV rows: Removed, No action (no violation: rejected), Withheld KR (restricted)",
     **{"from": "legal-noreply@x.com"}, date=d(10, 11, 11), reply_to_req=MID[R1],
     subject=f"Outcome report - {R1}",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b642csv"

--=_b642csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for part of your request {R1}.

X Legal

--=_b642csv
Content-Type: text/csv; charset=utf-8; name="{R1}-outcome.csv"
Content-Disposition: attachment; filename="{R1}-outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_b642csv--
""", items={X[10]: "removed", X[11]: "rejected", X[12]: "restricted"})

case(name="x-top-posted-over-gmail-quote", outcome="applied", classification="confirmation",
     imitates="X legal staffer replying on top of the quoted request (Gmail quoting)",
     why="account suspended and no longer visible (removed); post deleted by its author before review (not_found); the quoted list below says nothing",
     **{"from": "minseo.lee@x.com"}, name_from="Minseo Lee", date=d(11, 10, 30), reply_to_req=MID[R1],
     subject=f"Re: Removal request {R1}",
     body=f"""
Hi,

Following up on {R1}. The account https://x.com/kettle_nine has been
suspended and is no longer visible on X. We were unable to locate
{X[14]} - it was deleted by the account holder before our review.

Thanks,
Minseo

{quoted_request(R1, X[1:], 3)}
""", items={X[13]: "removed", X[14]: "not_found"})

case(name="x-no-violation-but-withheld", outcome="applied", classification="confirmation",
     imitates="X reply: no breach of the X Rules, but withheld under local law",
     why="the first sentence reads like a refusal; the next one revises it: withheld in Korea (restricted)",
     **{"from": "legal-noreply@x.com"}, date=d(9, 19, 45), reply_to_req=MID[R1],
     subject=f"Re: Removal request {R1}",
     body=f"""
Hello,

We reviewed the post below and found no violation of the X Rules:
{X[2]}

However, because the content appears to be illegal under Korean law, we have
withheld it in the Republic of Korea. It remains visible elsewhere.

X Legal
""", items={X[2]: "restricted"})

case(name="tg-author-deleted-and-geo-block", outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply (channel made unavailable in one country)",
     why="message deleted by the channel admin (not_found); channel made unavailable to users in Korea (restricted)",
     **{"from": "abuse@telegram.org"}, date=d(8, 21, 0), reply_to_req=MID[R2],
     subject=f"Re: {R2} - Case #48810233",
     body=f"""
Hello,

Regarding your report {R2}:

The message {T[3]} is no longer available. It was deleted by the channel's
administrator before we looked at it, so there was nothing for us to act on.

The channel {T[4]} has been made unavailable to users in South Korea.

Telegram Abuse Team
""", items={T[3]: "not_found", T[4]: "restricted"})

case(name="yt-bullets-age-restricted-and-kept", outcome="applied", classification="confirmation",
     imitates="YouTube report outcome with a bulleted list",
     why="bullets: age-restricted (restricted); 'no action, does not violate' (rejected)",
     **{"from": "no-reply@youtube.com"}, name_from="YouTube", date=d(8, 12, 40),
     reply_to_req=MID[R3], subject=f"Your request {R3}: review complete for 2 videos",
     body=f"""
Hi,

We've reviewed two of the videos in your request {R3}:

  * {V[1]} - age-restricted. Viewers must be signed in and 18 or older.
  * {V[2]} - no action taken. The video doesn't violate our Community Guidelines.

Learn more about our policies: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

- The YouTube Team
""", items={V[1]: "restricted", V[2]: "rejected"})

case(name="naver-html-table-korean", outcome="applied", classification="confirmation",
     type="html",
     imitates="NAVER 처리결과 HTML table (블라인드 / 게시물 없음 / 반려)",
     why="HTML table: 블라인드 (removed), 게시물 없음(작성자 삭제) (not_found), 반려(위반 아님) (rejected)",
     **{"from": "noreply@navercorp.com"}, name_from="네이버 고객센터", date=d(11, 14, 0),
     reply_to_req=MID[R4], subject=f"[네이버] 요청하신 게시물 처리결과 ({R4})",
     body=f"""
<html><body>
<p>안녕하세요, 네이버 고객센터입니다.<br>{R4} 요청 건의 처리결과를 안내드립니다.</p>
<table border="1">
<tr><th>No.</th><th>게시물 주소</th><th>처리결과</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>블라인드</td></tr>
<tr><td>2</td><td><a href="{N[2]}">{CAFE_RAW}</a></td><td>게시물 없음 (작성자 삭제)</td></tr>
<tr><td>3</td><td><a href="{N[3]}">{N[3]}</a></td><td>반려 (운영정책 위반 아님)</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
""", items={N[1]: "removed", N[2]: "not_found", N[3]: "rejected"})

case(name="kakao-fullwidth-parens-and-negation", outcome="applied", classification="confirmation",
     imitates="Daum 카페 게시물 조치 안내 (Kakao), prose with full-width brackets",
     why="URL in full-width parentheses deleted (removed); 'not deleted, access limited for domestic users' (restricted)",
     **{"from": "cafe-notice@daum.net"}, name_from="Daum 카페", date=d(11, 16, 30),
     reply_to_req=MID[R5], subject=f"[Daum 카페] 요청하신 게시글 조치 안내 ({R5})",
     body=f"""
안녕하세요, Daum 카페 운영팀입니다.

요청하신 게시글（{K[1]}）은 운영정책 위반으로 삭제되었습니다.

다만 {K[2]} 게시글은 삭제하지 않았으며, 국내 이용자의 접근을 제한하였습니다.

감사합니다.
""", items={K[1]: "removed", K[2]: "restricted"})

case(name="x-angle-brackets-statement-above", outcome="applied", classification="confirmation",
     imitates="X legal reply grouping posts under outcome headings, URLs in angle brackets",
     why="two posts removed (listed in angle brackets after the statement), one withheld in Korea only (URL on the line below)",
     **{"from": "legal-noreply@x.com"}, date=d(8, 10, 10), reply_to_req=MID[R1],
     subject=f"Re: Removal request {R1}",
     body=f"""
Hello,

The following posts have been removed for violating the X Rules:
<{X[5]}>
<{X[6]}>

The following post has been withheld in South Korea only:
<{X[7]}>

X Legal
""", items={X[5]: "removed", X[6]: "removed", X[7]: "restricted"})

case(name="tg-ack-phrase-plus-removals", outcome="applied", classification="confirmation",
     imitates="Telegram reply that opens like a receipt but states outcomes",
     why="an acknowledgement phrase followed by unhedged removals: not an acknowledgement",
     **{"from": "abuse@telegram.org"}, date=d(5, 23, 10), reply_to_req=MID[R2],
     subject=f"Re: {R2}",
     body=f"""
Hello,

Thank you for your report, which we received under Case #48810233.

We have reviewed it, and the messages {T[1]} and {T[2]} have been removed.

Telegram Abuse Team
""", items={T[1]: "removed", T[2]: "removed"})

case(name="yt-removed-vs-uploader-deleted", outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome distinguishing our removal from the uploader's own deletion",
     why="removed by YouTube (removed); removed by the uploader before review (not_found, already deleted by its author)",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support", date=d(7, 15, 55),
     reply_to_req=MID[R3], subject=f"Re: {R3}",
     body=f"""
Hello,

{V[1]} has been removed for violating our harassment policy.

{V[2]} was removed by the uploader before our review, so no action was needed
from us.

Regards,
The YouTube Legal Team
""", items={V[1]: "removed", V[2]: "not_found"})

case(name="x-neither-nor-and-removed", outcome="applied", classification="confirmation",
     imitates="X legal reply with a reasoned refusal",
     why="'neither removed nor withheld' with a reason (rejected); the next post removed",
     **{"from": "legal-noreply@x.com"}, date=d(12, 17, 20), reply_to_req=MID[R1],
     subject=f"Re: Removal request {R1}",
     body=f"""
Hello,

We have neither removed nor withheld {X[10]}, as in our assessment it breaks
neither the X Rules nor Korean law: the post is commentary on a public figure.

{X[11]} has been removed.

X Legal
""", items={X[10]: "rejected", X[11]: "removed"})

case(name="naver-correction-later-sentence", outcome="applied", classification="confirmation",
     imitates="NAVER 정정 안내 (correcting an earlier '처리 보류' notice)",
     why="an earlier 'on hold' is corrected: the cafe post was already deleted by its author (not_found)",
     **{"from": "noreply@navercorp.com"}, name_from="네이버 고객센터", date=d(12, 10, 0),
     reply_to_req=MID[R4], subject=f"[네이버] 처리결과 정정 안내 ({R4})",
     body=f"""
안녕하세요, 네이버 고객센터입니다.

앞서 보내드린 {R4} 처리결과 안내 중 일부를 정정합니다.

{CAFE_RAW} 게시글은 '처리 보류'로 안내드렸으나, 다시 확인한 결과 요청 접수 이전에 작성자가 이미 삭제한 게시글입니다.

혼선을 드려 죄송합니다.
""", items={N[2]: "not_found"})

case(name="x-relative-clause-hedge-main-clause-removed", outcome="applied", classification="confirmation",
     imitates="X legal reply on a private-information report",
     why="'may include' belongs to the request's claim in a relative clause; the post was removed; the other is only 'still with our team' (pending)",
     **{"from": "legal-noreply@x.com"}, date=d(10, 20, 0), reply_to_req=MID[R1],
     subject=f"Re: Removal request {R1}",
     body=f"""
Hello,

The post {X[12]}, which your request says may include a private phone number,
has been removed under our private information policy.

{X[11]} is still with our team and we will reply separately.

X Legal
""", items={X[12]: "removed", X[11]: "pending"})

# ======================================================================
# REVIEW
# ======================================================================

case(name="x-promise-to-withhold", outcome="review", review="not_understood",
     imitates="X legal reply promising action after legal review",
     why="a promise ('will withhold ... once the review is complete') is not a statement",
     **{"from": "legal-noreply@x.com"}, date=d(5, 9, 30), reply_to_req=MID[R1],
     subject=f"Re: Removal request {R1}",
     body=f"""
Hello,

Thanks for your request {R1}. Our team will withhold {X[7]} and {X[8]} in
South Korea once the legal review is complete, which usually takes a few
business days.

X Legal
""", items={X[7]: "pending", X[8]: "pending"})

case(name="yt-hedges-only", outcome="review", review="not_understood",
     imitates="YouTube legal support interim reply with hedged findings",
     why="'appears to have been removed', 'may be subject to' and 'we are confirming': hedges only",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support", date=d(6, 14, 14),
     reply_to_req=MID[R3], subject=f"Re: {R3}",
     body=f"""
Hello,

{V[1]} appears to have been removed already, possibly by the uploader.
{V[2]} may be subject to an age restriction; we are confirming this with our
policy team and will write again.

Regards,
The YouTube Legal Team
""", items={V[1]: "pending", V[2]: "pending"})

case(name="naver-conditional-future-removal", outcome="review", review="not_understood",
     imitates="NAVER 소명 기회 부여 안내 (removal conditional on no reply from the author)",
     why="removal only if the author sends no explanation within the deadline: a condition, not a statement",
     **{"from": "inoti@navercorp.com"}, name_from="네이버 권리보호센터", date=d(7, 11, 0),
     reply_to_req=MID[R4], subject=f"[네이버] 게시중단 요청 진행 안내 ({R4})",
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.

{N[1]} 게시물에 대해 게시자에게 소명 기회를 부여하였습니다. 기한(7일) 내에 소명 자료가 제출되지 않으면 해당 게시물은 게시중단 처리될 예정입니다.

진행 결과는 다시 안내드리겠습니다.
""", items={N[1]: "pending"})

case(name="x-bulk-all-withheld", outcome="review", review="bulk",
     imitates="X legal one-line outcome for a whole request",
     why="'all 14 posts' withheld without naming each, for a request of 14 items: bulk",
     **{"from": "legal-noreply@x.com"}, date=d(13, 9, 0), reply_to_req=MID[R1],
     subject=f"Re: Removal request {R1}",
     body=f"""
Hello,

All 14 posts listed in your request {R1} have now been withheld in South Korea.

X Legal
""", items={u: "pending" for u in X[1:]})

case(name="tg-bulk-both-removed", outcome="review", review="bulk",
     imitates="Telegram abuse-desk one-line outcome",
     why="'both messages' removed without naming them, for a request of two items: bulk",
     **{"from": "abuse@telegram.org"}, date=d(12, 7, 30), reply_to_req=MID[R7],
     subject=f"Re: {R7} - Case #48810917",
     body=f"""
Hello,

Both messages you reported in {R7} have been taken down.

Telegram Abuse Team
""", items={C[1]: "pending", C[2]: "pending"})

case(name="x-dmarc-fail-removal", outcome="review", review="untrusted", auth="fail",
     imitates="X legal reply whose authentication failed (forged or broken relay)",
     why="an x.com sender failing DMARC: untrusted, nothing applied",
     **{"from": "legal-noreply@x.com"}, date=d(6, 2, 14), reply_to_req=MID[R1],
     subject=f"Re: Removal request {R1}",
     body=f"""
Hello,

{X[3]} has been removed.

X Legal
""", items={X[3]: "pending"})

case(name="kakao-cafe-manager-gmail", outcome="review", review="unknown_sender",
     imitates="a café manager writing from a personal address",
     why="a person outside any platform domain says they deleted a requested post: unknown sender",
     **{"from": "harborlight.manager@gmail.com"}, name_from="하버라이트 카페 매니저", date=d(10, 22, 40),
     subject=f"{R5} 관련 게시글 삭제했습니다",
     body=f"""
안녕하세요. harborlight 카페 매니저입니다.

카카오로부터 {R5} 관련 연락을 받고 {K[1]} 게시글은 오늘 제가 직접 삭제했습니다.
나머지 글도 확인 중입니다.
""", items={K[1]: "pending"})

case(name="kakao-speaks-about-naver-cafe", outcome="review", review="wrong_platform",
     imitates="Kakao customer-centre reply about a café post on another portal",
     why="Kakao states a status for a NAVER café post: a platform cannot speak for another platform's item",
     **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터", date=d(10, 13, 10),
     subject="문의하신 카페 게시글 처리 안내",
     body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 카페 게시글 {CAFE_RAW} 은 확인 결과 삭제 처리되었습니다.

감사합니다.
""", items={N[2]: "pending"})

case(name="yt-table-contradicted-by-note", outcome="review", review="conflicting_statements",
     imitates="YouTube outcome table with a reviewer note that contradicts it",
     why="the table says Removed, the note says the same video stays available; neither says it corrects the other",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support", date=d(13, 15, 45),
     reply_to_req=MID[R3], subject=f"[{R3}] Outcome for the remaining video",
     body=f"""
Hello,

Outcome for the remaining video in your request {R3}:

Content                                        | Outcome
-----------------------------------------------+---------
{V[4]}    | Removed

Reviewer note: {V[4]} does not violate our Community Guidelines and remains
available on YouTube.

Regards,
The YouTube Legal Team
""", items={V[4]: "pending"})

case(name="yt-webform-announcement", outcome="review", review="no_claims",
     imitates="Google legal team notice about a new intake webform",
     why="trusted Google mail naming no item and no request",
     **{"from": "legal-kr@google.com"}, name_from="Google 법무팀", date=d(12, 9, 0),
     subject="Submitting legal requests to YouTube from Korea",
     body="""
Hello,

From 1 October, please send legal removal requests for YouTube through our
webform at https://support.google.com/legal/answer/3110420 rather than by email.
Requests sent by email after that date may take longer to process.

Thank you,
Google Legal
""", items={})

case(name="naver-asks-for-official-letter", outcome="review", review="asks_more",
     classification="request_for_info",
     imitates="NAVER 추가 자료 요청 (공문 사본)",
     why="NAVER asks for an official letter before it will review: a request for information",
     **{"from": "inoti@navercorp.com"}, name_from="네이버 권리보호센터", date=d(6, 17, 0),
     reply_to_req=MID[R4], subject=f"[네이버] 추가 자료 요청 ({R4})",
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.

{R4} 건의 검토를 위해 기관 직인이 날인된 공문 사본이 필요합니다.
본 메일에 회신하여 공문 사본을 첨부해 주시면 검토를 진행하겠습니다.

감사합니다.
""", items={})

# ======================================================================
# IGNORED
# ======================================================================

case(name="x-out-of-office-quoting-request", outcome="ignored", classification="auto_reply",
     imitates="Outlook automatic reply from an X employee, quoting the request",
     why="out-of-office; the quoted URLs are ours",
     **{"from": "jiwon.park@x.com"}, name_from="Jiwon Park (X)", date=d(3, 10, 1), reply_to_req=MID[R1],
     subject=f"Automatic reply: Removal request {R1}",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body=f"""
Thank you for your message. I am out of the office until 9 September with
limited access to email. For urgent legal matters, please write to
legal@x.com.

Jiwon

{quoted_request(R1, X[1:], 3)}
""", items={})

case(name="tiktok-dsn-mailbox-full", outcome="ignored", classification="bounce",
     imitates="Postfix-style delivery status notification from the platform's mail server",
     why="a bounce of our own request; the URL inside is ours",
     **{"from": "MAILER-DAEMON@mx1.tiktok.com"}, name_from="Mail Delivery System", date=d(10, 10, 2),
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_b642dsn"

--=_b642dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host store2.tiktok.com said: 552 5.2.2 mailbox full

--=_b642dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.tiktok.com
Arrival-Date: {d(10, 10, 0)}

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--=_b642dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: Removal request {R6}
Message-ID: <{MID[R6]}@kcsc.example>
Date: {d(10, 10, 0)}

Under our request {R6}, we ask you to remove:
{TT}

--=_b642dsn--
""", items={})

case(name="naver-read-receipt", outcome="ignored", classification="read_receipt",
     imitates="MDN read receipt from a NAVER staff mail client",
     why="a read receipt (message/disposition-notification)",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책팀", date=d(6, 10, 35),
     subject=f"읽음 확인: [KCSC] 게시중단 요청 {R4}",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b642mdn"

--=_b642mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC] 게시중단 요청 {R4}"을(를) 수신자가 {d(6, 10, 35)}에 읽었습니다.

--=_b642mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{MID[R4]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b642mdn--
""", items={})

case(name="tg-ticket-receipt", outcome="ignored", classification="acknowledgement",
     imitates="Telegram abuse-desk automatic receipt with a case number",
     why="a pure acknowledgement: report received, case number, will be reviewed",
     **{"from": "abuse@telegram.org"}, date=d(4, 10, 4), reply_to_req=MID[R2],
     subject=f"Re: {R2} [Case #48810233]",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""
Hello,

We have received your report {R2}. It has been registered as Case #48810233.
Our moderators will review it and reply to this address. Please keep the case
number in the subject line of any follow-up.

This is an automated message.
""", items={})

case(name="naver-korean-out-of-office", outcome="ignored", classification="auto_reply",
     imitates="한국어 부재중 자동회신 (NAVER staffer)",
     why="Korean out-of-office reply",
     **{"from": "hyunwoo.kim@navercorp.com"}, name_from="김현우", date=d(6, 10, 1),
     reply_to_req=MID[R4], subject=f"[자동회신] [KCSC] 게시중단 요청 {R4}",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
안녕하세요. 김현우입니다.

9월 6일부터 9월 18일까지 추석 연휴 및 휴가로 부재중입니다.
급한 용무는 네이버 권리보호센터(inoti@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""", items={})

case(name="yt-receipt-echoing-urls", outcome="ignored", classification="acknowledgement",
     imitates="Google legal webform receipt echoing the submitted URLs",
     why="a receipt that echoes the submitted URLs and promises review: pure acknowledgement",
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal", date=d(5, 10, 6),
     reply_to_req=MID[R3], subject=f"We received your legal request [{R3}]",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""
Hello,

Thanks for contacting Google. We've received your legal request and will
review it. Your submission is summarised below for your records.

Reference: {R3}
Product: YouTube
Submitted URLs:
{V[1]}
{V[2]}
{V[3]}
{V[4]}
{V[5]}

We may contact you if we need more information. Please don't reply to this
email.

Google Legal
""", items={})

case(name="kcsc-mx-delay-notice", outcome="ignored", classification="bounce",
     imitates="delivery-delay DSN from our own outgoing mail server",
     why="a delay notice (DSN, action: delayed) about our request to Kakao",
     **{"from": "postmaster@kcsc.example"}, name_from="Mail Delivery Subsystem", date=d(9, 14, 0),
     subject=f"Delivery Status Notification (Delay): Removal request {R5}",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_b642dly"

--=_b642dly
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:
    safety@kakaocorp.com

The server will keep trying for 4 more days.

--=_b642dly
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; safety@kakaocorp.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: {d(13, 10, 0)}

--=_b642dly
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: safety@kakaocorp.com
Subject: Removal request {R5}
Message-ID: <{MID[R5]}@kcsc.example>

--=_b642dly--
""", items={})


HEADER = """# blind642: what a program gets wrong (mixed statuses in one sentence,
# hedges in relative clauses, negations, refusals with reasons, revisions,
# a table contradicted by a note, statuses by position).
# Written by make.py from the case list; expected results written from each
# email's meaning before any run of the reader. Each case runs alone on a fresh
# ledger holding requests.csv."""

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as real mailers send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind642", HEADER, CASES)
    from collections import Counter
    print(len(CASES), dict(Counter(c["outcome"] for c in CASES)))
