#!/usr/bin/env python3
"""Blind set 924 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
that disagrees with its covering note, statuses given by position.

    python3 tests/corpus/blind924/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
MIME boundaries, fixed dates, no randomness. Expected results were written
from each email's meaning before the reader was ever run on this set.
"""
import base64
import csv
import datetime as dt
import email.utils
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind924"
KST = dt.timezone(dt.timedelta(hours=9))


def date(day, h, m, s=0):
    return email.utils.format_datetime(dt.datetime(2024, 9, day, h, m, s, tzinfo=KST))


# ---------------------------------------------------------------- requests
X = {i: None for i in range(1, 15)}
_xacc = ["mirae_leaks", "mirae_leaks", "bada_signal", "bada_signal", "hwangto_news", "hwangto_news",
         "quietfox_kr", "quietfox_kr", "nolja_board", "nolja_board", "sangsu_99", "sangsu_99",
         "orak_room", "orak_room"]
for i in range(1, 15):
    X[i] = f"https://x.com/{_xacc[i - 1]}/status/1832001000000000{(i + 1) // 2}{i:02d}"

Y1 = "https://www.youtube.com/watch?v=Qm7rT2xLp9A"
Y2 = "https://www.youtube.com/watch?v=bH4kW8nZc1E"
Y3 = "https://www.youtube.com/watch?v=Zp0vN6sYu3R"
Y4 = "https://www.youtube.com/shorts/fK2jD9wQe5T"
Y5 = "https://www.youtube.com/@dalbit_tv_kr"
Y6 = "https://www.youtube.com/watch?v=Lx8cG3vHt0M"

N1 = "https://blog.naver.com/moonlit_desk/223561234501"
N2 = "https://blog.naver.com/moonlit_desk/223561234502"
N3 = "https://cafe.naver.com/stockrumor21/48213"
N4_RAW = "https://post.naver.com/비밀정보방/7714021"
N4 = "https://post.naver.com/" + quote("비밀정보방") + "/7714021"

T1 = "https://t.me/blackpine_chat/3310"
T2 = "https://t.me/blackpine_chat/3342"
T3 = "https://t.me/seoul_drop_zone/907"

K1 = "https://cafe.daum.net/haneul_deal/Rk9m/1502"
K2 = "https://pf.kakao.com/_QxkTbn/104471203"
K3 = "https://tv.kakao.com/v/441928377"

R1 = "https://www.reddit.com/r/koreaninvesting/comments/1fb2xq9/insider_list_part_3/"
R2 = "https://www.reddit.com/r/koreaninvesting/comments/1fb3k0d/insider_list_part_4/"

REQUESTS = [
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [X[i] for i in range(1, 15)], "illegal_financial_info", "leaked insider lists"),
    ("KCSC-240910-02", "youtube", "2024-09-10T09:30:00+09:00", "2024-09-17T23:59:59+09:00",
     [Y1, Y2, Y3, Y4, Y5], "defamation", "videos and channel"),
    ("KCSC-240910-03", "naver", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [N1, N2, N3, N4], "illegal_financial_info", "blog, cafe and post"),
    ("KCSC-240911-04", "telegram", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [T1, T2, T3], "drugs", "public channel messages"),
    ("KCSC-240912-05", "kakao", "2024-09-12T11:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [K1, K2, K3], "gambling", "cafe post, channel post, video"),
    ("KCSC-240912-06", "reddit", "2024-09-12T15:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [R1, R2], "privacy", "personal data threads"),
    ("KCSC-240913-07", "youtube", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00",
     [Y6], "defamation", "single video"),
]


def mid(ref):
    return f"{ref}.1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def alternative(boundary, text, html):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n--{boundary}--\n"
    )


def with_csv(boundary, text, filename, csv_text):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f'--{boundary}\nContent-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\nContent-Transfer-Encoding: base64\n\n'
        f"{b64(csv_text)}\n\n--{boundary}--\n"
    )


def single(encoding, text, ctype="plain"):
    body = b64(text) if encoding == "base64" else qp(text)
    return (f"Content-Type: text/{ctype}; charset=utf-8\nContent-Transfer-Encoding: {encoding}\n\n"
            f"{body}\n")


REQUEST_X_QUOTED = "\n".join(f"{n}. {X[n]}" for n in range(1, 15))

# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

# ============================== APPLIED ==============================

case(
    name="x-one-sentence-three-outcomes",
    date=date(13, 16, 40),
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    subject="Re: [KCSC-240909-01] Request to remove content on X",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hello,

Thank you for your request of 9 September (KCSC-240909-01). Having reviewed the reported posts, we withheld {X[1]} in South Korea, removed {X[2]} for breaching the X Rules, and left {X[3]} up, because it does not violate our rules or Korean law as we understand it.

We will write separately about the remaining posts in your request.

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email written by an operator in running prose",
    why="one sentence carries three outcomes: withheld in Korea, removed, left up with a reason",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "rejected"},
)

case(
    name="x-not-removed-but-withheld",
    date=date(14, 9, 12),
    **{"from": "dana.k@x.com"}, name_from="Dana K (X Global Government Affairs)",
    subject="Re: [KCSC-240909-01] Request to remove content on X",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hi KCSC team,

A quick follow-up on KCSC-240909-01.

{X[5]} has not been removed from X. It is now withheld in the Republic of Korea in response to your legal demand, and remains visible in other countries.

We did not take any action on {X[6]} either: the account holder deleted that post before our review, so there was nothing left for us to act on.

Best,
Dana
X Global Government Affairs
""",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staff reply explaining a country-withheld decision",
    why="'has not been removed' is followed by the real status (withheld in KR); 'did not take any action' because the author deleted it is not_found",
    items={X[5]: "restricted", X[6]: "not_found"},
)

case(
    name="x-correction-later-sentence",
    date=date(14, 15, 3),
    **{"from": "min.legal@x.com"}, name_from="Min (X Legal)",
    subject="Re: [KCSC-240909-01] correction to my earlier reply",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hello again,

In the email I sent this morning I wrote that {X[7]} had been removed. That was my mistake. The post was withheld in South Korea only; it has not been removed globally.

The other post from the same account, {X[8]}, was removed, as stated earlier.

Apologies for the confusion.
Min
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="operator correcting a previous outcome email",
    why="first sentence reports an earlier (wrong) claim, later sentences give the corrected status: withheld in KR; the second post removed",
    items={X[7]: "restricted", X[8]: "removed"},
)

_x_rows = [(X[9], "Removed", "Violent speech policy"),
           (X[10], "Withheld in KR", "Local law"),
           (X[11], "No action", "No violation of the X Rules or local law found"),
           (X[12], "Not found", "URL does not resolve to an existing post"),
           (X[13], "Removed", "Private information policy"),
           (X[14], "Withheld in KR", "Local law")]
case(
    name="x-html-table-six-outcomes",
    date=date(15, 11, 20),
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    subject="[KCSC-240909-01] Outcome of your request (posts 9-14)",
    reply_to_req=mid("KCSC-240909-01"),
    raw_mime=alternative(
        "b924-alt-table",
        "Hello,\n\nBelow is the outcome for the remaining six posts in KCSC-240909-01.\n\n"
        + "\n".join(f"{u}  |  {a}  |  {r}" for u, a, r in _x_rows)
        + "\n\nIf you have questions, please use https://help.x.com/en/forms/legal-request.\n\nX Legal Operations",
        "<html><body><p>Hello,</p><p>Below is the outcome for the remaining six posts in KCSC-240909-01.</p>"
        "<table border=\"1\" cellpadding=\"4\"><tr><th>Reported URL</th><th>Action</th><th>Reason</th></tr>"
        + "".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{a}</td><td>{r}</td></tr>" for u, a, r in _x_rows)
        + "</table><p>If you have questions, please use <a href=\"https://help.x.com/en/forms/legal-request\">"
        "our legal request form</a>.</p><p>X Legal Operations</p></body></html>",
    ),
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table (HTML with plain-text alternative)",
    why="one row per post: removed, withheld in KR, no action (no violation), not found",
    items={X[9]: "removed", X[10]: "restricted", X[11]: "rejected", X[12]: "not_found",
           X[13]: "removed", X[14]: "restricted"},
)

case(
    name="x-csv-with-note-correcting-a-row",
    date=date(16, 10, 5),
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    subject="RE: [KCSC-240909-01] export of actions (posts 1-4)",
    reply_to_req=mid("KCSC-240909-01"),
    raw_mime=with_csv(
        "b924-mixed-note",
        f"""Hello,

Attached is the action export for KCSC-240909-01, posts 1 to 4.

One correction to the file: the row for {X[3]} says "removed", but that row is out of date. After a second review our team decided that the post does not break our rules, and it stays up. The other three rows are correct.

X Legal Operations""",
        "kcsc-240909-01-actions.csv",
        "url,action,action_date\n"
        f"{X[1]},withheld_KR,2024-09-12\n{X[2]},removed,2024-09-12\n"
        f"{X[3]},removed,2024-09-12\n{X[4]},withheld_KR,2024-09-13\n",
    ),
    outcome="applied", classification="confirmation",
    imitates="X action export (CSV attachment) with a covering note",
    why="the note explicitly overrides the CSV row for post 3 (stays up: rejected); the other rows stand",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "rejected", X[4]: "restricted"},
)

case(
    name="yt-hedge-in-relative-clause",
    date=date(13, 18, 2),
    **{"from": "youtube-legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240910-02] Legal complaint - YouTube",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""
Hello,

Thanks for reaching out about KCSC-240910-02.

We removed {Y1}, which may have been re-uploaded by other channels since your report, for violating our Community Guidelines. If you find copies, please submit them as a new request.

{Y2} was not removed. Instead we age-restricted it, so it is no longer visible to signed-out viewers or to viewers under 18.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome email",
    why="the hedge sits in a relative clause about re-uploads, not on the removal; 'not removed, instead age-restricted' is restricted",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="yt-one-stated-one-hedged",
    date=date(14, 10, 44),
    **{"from": "youtube-legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240910-02] Legal complaint - YouTube",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""
Hello,

Regarding {Y4}: this Short has been removed under our harassment and cyberbullying policy.

We could not review {Y3}, which appears to have been taken down by the uploader before our team got to it. We are still checking our records and will confirm.

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome email",
    why="the Short is removed; the other video only 'appears to have been taken down' and is still being checked: pending",
    items={Y4: "removed", Y3: "pending"},
)

case(
    name="yt-refusal-with-reason-and-geo-block",
    date=date(15, 9, 30),
    **{"from": "youtube-legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240910-02] Legal complaint - YouTube",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""
Hello,

We reviewed the channel {Y5} in full. We are not taking action on it: we did not find content that violates our Community Guidelines, and based on the information provided we could not conclude that it is unlawful in Korea.

Separately, we have restricted {Y2} so that it can no longer be viewed from South Korea.

You can read about how we handle legal removal requests at https://support.google.com/legal/answer/3110420.

Sincerely,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removal decision (refusal with reasons, local block)",
    why="refusal with its reasons for the channel; the video is blocked in South Korea only",
    items={Y5: "rejected", Y2: "restricted"},
)

case(
    name="yt-sole-item-request",
    date=date(16, 14, 10),
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    subject="Re: [KCSC-240913-07] Legal complaint - YouTube",
    reply_to_req=mid("KCSC-240913-07"),
    body="""
Hello,

We have received your legal complaint KCSC-240913-07 and, after review, the content you reported has been removed from YouTube.

For more about how we handle these requests, see https://support.google.com/legal/answer/3110420.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal complaint outcome naming no URL",
    why="a request of one item: 'the content you reported has been removed' applies to its only video",
    items={Y6: "removed"},
)

case(
    name="naver-particles-mixed",
    date=date(13, 17, 25),
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject="[네이버] 게시물 조치 결과 안내 (KCSC-240910-03)",
    reply_to_req=mid("KCSC-240910-03"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-03)의 처리 결과를 안내드립니다.

{N1}은 게시중단(블라인드) 처리하였으며, {N2}는 작성자가 이미 삭제하여 게시물이 존재하지 않습니다.
{N3}의 경우 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.

나머지 1건은 확인 후 별도로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 결과 안내 메일",
    why="URLs run straight into Korean particles; blind = removed, deleted by its author = not_found, 임시조치 = restricted",
    items={N1: "removed", N2: "not_found", N3: "restricted"},
)

case(
    name="naver-siljeong-table-qp",
    date=date(15, 10, 0),
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="[회신] 시정요구 조치결과 통보 (KCSC-240910-03)",
    reply_to_req=mid("KCSC-240910-03"),
    raw_mime=single("quoted-printable", f"""
방송통신심의위원회 귀중

귀 위원회의 시정요구(요청번호 KCSC-240910-03)에 대한 조치결과를 아래와 같이 회신합니다.

번호 | URL | 조치결과 | 비고
1 | {N1} | 삭제 |
2 | {N2} | 임시조치 | 30일
3 | {N3} | 미조치 | 운영정책 및 관련 법령 위반 소지 없음
4 | {N4_RAW} | 해당없음 | 게시물 없음(URL 오류)

문의: 네이버 정책지원팀
""".strip() + "\n"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (quoted-printable)",
    why="table: 삭제 removed, 임시조치 restricted, 미조치 with a reason rejected, 게시물 없음 not_found (raw Korean path)",
    items={N1: "removed", N2: "restricted", N3: "rejected", N4: "not_found"},
)

case(
    name="naver-negation-then-temp-measure",
    date=date(16, 11, 15),
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject="Re: [KCSC-240910-03] 게시물 조치 요청",
    reply_to_req=mid("KCSC-240910-03"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 게시물에 대해 안내드립니다.

- {N3} : 게시물을 삭제하지는 않았으며, 권리침해 신고 절차에 따라 임시조치(게시 제한)하였습니다.
- {N4} : 운영정책 위반으로 운영자 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 reply listing 임시조치 and 운영자 삭제",
    why="'삭제하지는 않았으며' is followed by 임시조치 (restricted); the post is 운영자 삭제 (removed)",
    items={N3: "restricted", N4: "removed"},
)

case(
    name="naver-temp-measure-upgraded",
    date=date(17, 9, 40),
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject="[네이버] 추가 조치 안내 (KCSC-240910-03)",
    reply_to_req=mid("KCSC-240910-03"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{N1} 게시물은 9월 12일 임시조치하였으나, 이후 추가 검토 결과 명백한 불법정보로 판단되어 9월 14일 삭제 처리로 변경하였습니다. 현재 해당 게시물은 삭제된 상태입니다.

아울러 {N4_RAW} 게시물은 비공개 처리되었음을 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up notice upgrading a 임시조치 to deletion",
    why="the later sentence revises 임시조치 to 삭제 (removed); 비공개 처리 is removed",
    items={N1: "removed", N4: "removed"},
)

case(
    name="tg-terse-no-scheme",
    date=date(12, 22, 14),
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240911-04",
    reply_to_req=mid("KCSC-240911-04"),
    body="""
Hello,

t.me/blackpine_chat/3310 - removed
t.me/blackpine_chat/3342 - removed
t.me/seoul_drop_zone/907 - not found

Case #5531902

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk one-line-per-link reply",
    why="links written without scheme, one status per line",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-echoed-list-by-number",
    date=date(13, 8, 55),
    **{"from": "dsa@telegram.org"}, name_from="Telegram Support",
    subject="Re: [KCSC-240911-04] Illegal content on Telegram",
    reply_to_req=mid("KCSC-240911-04"),
    body=f"""
Dear KCSC,

Your report KCSC-240911-04 listed the following messages:
1) {T1}
2) {T2}
3) {T3}

Result:
#1 - removed; the channel owner has been warned.
#2 - we could not find this message; the link does not point to an existing post.
#3 - no action taken. The post is a repost of a public news article and does not violate Telegram's Terms of Service.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply echoing the report and answering by number",
    why="statuses given by the numbers of the echoed list: removed, not found, refused with a reason",
    items={T1: "removed", T2: "not_found", T3: "rejected"},
)

case(
    name="tg-positions-over-quoted-request",
    date=date(13, 20, 31),
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: [KCSC-240911-04] Illegal content on Telegram",
    reply_to_req=mid("KCSC-240911-04"),
    body=f"""
Hi,

The first and the third links from your message below have been taken down. The second link is invalid - there is no message with that number in the channel.

Regards,
Telegram Abuse

On Wed, 11 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Under the Act on Promotion of Information and Communications Network
> Utilization, we ask you to remove the following messages (ref.
> KCSC-240911-04):
>
> 1. {T1}
> 2. {T2}
> 3. {T3}
>
> Please reply by 18 September 2024.
> KCSC
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Telegram reply answering the quoted request by position",
    why="the reply names items by their position in our quoted numbered list: 1 and 3 taken down, 2 invalid link",
    items={T1: "removed", T2: "not_found", T3: "removed"},
)

case(
    name="kakao-mixed-reasons",
    date=date(13, 15, 12),
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="RE: [KCSC-240912-05] 불법 도박 게시물 조치 요청",
    reply_to_req=mid("KCSC-240912-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물 3건에 대한 검토 결과를 안내드립니다.

{K1} 게시물은 운영정책 위반으로 운영자 삭제하였습니다.
{K2} 게시글은 검토 결과 관련 법령이나 운영정책에 위반된다고 보기 어려워 별도 조치하지 않았습니다.
{K3} 영상은 비공개 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 조치 결과 안내",
    why="운영자 삭제 removed; 위반으로 보기 어려워 조치하지 않음 rejected; 비공개 처리 removed",
    items={K1: "removed", K2: "rejected", K3: "removed"},
)

case(
    name="kakao-base64-partial",
    date=date(14, 13, 48),
    **{"from": "noreply@daum.net"}, name_from="Daum 고객센터",
    subject="[Daum] 신고 처리 결과 안내 (KCSC-240912-05)",
    reply_to_req=mid("KCSC-240912-05"),
    raw_mime=single("base64", f"""
안녕하세요. Daum 고객센터입니다.

■ 조치 결과
1. {K1} → 블라인드 처리 완료
2. {K3} → 국내 접근 제한 (해외에서는 열람 가능)

※ {K2} 건은 현재 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

본 메일은 발신 전용입니다.
""".strip() + "\n"),
    outcome="applied", classification="confirmation",
    imitates="Daum 신고 처리 결과 안내 (base64 body)",
    why="블라인드 removed; 국내 접근 제한 restricted; the third post is still 검토 중: pending",
    items={K1: "removed", K3: "restricted", K2: "pending"},
)

case(
    name="reddit-author-deleted",
    date=date(14, 3, 10),
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    subject="Re: [KCSC-240912-06] Removal request - personal data",
    reply_to_req=mid("KCSC-240912-06"),
    body=f"""
Hi there,

Thanks for your notice (KCSC-240912-06). Here's where things stand:

We removed {R1} for violating Rule 3 of our Content Policy (posting someone's private information).

We didn't take action on {R2} because its author had already deleted it before we reviewed your notice.

- Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal/safety outcome email",
    why="one removed; 'didn't take action because its author had already deleted it' is not_found, not a refusal",
    items={R1: "removed", R2: "not_found"},
)

case(
    name="reddit-qp-stays-up",
    date=date(15, 2, 27),
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    subject="Re: [KCSC-240912-06] Removal request - personal data",
    reply_to_req=mid("KCSC-240912-06"),
    raw_mime=single("quoted-printable", f"""Hello,

After investigating your report, we did not find that {R2} violates Reddit's Content Policy, so it will stay up. If you believe it is illegal under Korean law, you can file a legal request at https://support.reddithelp.com/hc/en-us/requests/new.

The other post, {R1}, has been removed from the site by our Safety team.

Thanks,
Reddit Legal Operations
"""),
    outcome="applied", classification="confirmation",
    imitates="Reddit report outcome (quoted-printable, soft line breaks inside URLs)",
    why="'will stay up' after finding no violation is a refusal (rejected), not a promise; the other post removed",
    items={R2: "rejected", R1: "removed"},
)

case(
    name="x-url-on-line-below-statement",
    date=date(14, 11, 0),
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    subject="[KCSC-240909-01] Update",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hello,

Further to your request KCSC-240909-01, the following post has been withheld in South Korea:
{X[11]}

The following post was reviewed and does not violate the X Rules or local law; we will not withhold it:
{X[12]}

Thank you,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal update with each URL on the line after its statement",
    why="statement on the line above each URL; 'we will not withhold it' is a refusal with a reason",
    items={X[11]: "restricted", X[12]: "rejected"},
)

case(
    name="x-bare-url-status-below",
    date=date(14, 11, 30),
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    subject="KCSC-240909-01 - status update",
    body=f"""
KCSC-240909-01 - status update

{X[13]}
Status: Removed (violation of the X Rules on private information)

{X[14]}
Status: Not found - this post no longer exists on X

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X status update with bare URLs and a Status line under each",
    why="status on the line below each bare URL; no thread headers, reference in the subject and body",
    items={X[13]: "removed", X[14]: "not_found"},
)

case(
    name="x-outlook-top-posted-angle-brackets",
    date=date(13, 13, 17),
    **{"from": "sam.w@x.com"}, name_from="Sam W",
    subject="RE: [KCSC-240909-01] Request to remove content on X",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hello,

We have withheld the following two posts in Korea: <{X[1]}> and <{X[4]}>. We are still reviewing the rest of your list and will write again.

Kind regards,
Sam
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240909-01] Request to remove content on X

Dear X Legal,

Under Article 44-7 of the Network Act, the Korea Communications Standards Commission asks you to remove the following posts:

{REQUEST_X_QUOTED}

Please reply by 16 September 2024.

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the quoted request",
    why="two posts in angle brackets withheld in KR; the rest are still under review; the quoted request carries no statements",
    items={**{X[n]: "pending" for n in range(1, 15)}, X[1]: "restricted", X[4]: "restricted"},
)

case(
    name="x-gmail-quote-declined",
    date=date(13, 19, 5),
    **{"from": "jae.legal@x.com"}, name_from="Jae (X Legal)",
    subject="Re: [KCSC-240909-01] Request to remove content on X",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hi,

{X[5]} and {X[6]} have both been removed.

We're declining to act on {X[7]}: it is a news report about a court case, and we don't consider it to break our rules or Korean law.

Thanks,
Jae
X Legal

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
> We ask you to remove the following posts:
> {X[5]}
> {X[6]}
> {X[7]}
> {X[8]}
> Please reply by 16 September.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply with the request quoted below 'On ... wrote:'",
    why="two removed in one sentence, one declined with a reason; the fourth is only in the quote",
    items={X[5]: "removed", X[6]: "removed", X[7]: "rejected", X[8]: "pending"},
)

case(
    name="x-dsa-statement-of-reasons",
    date=date(15, 16, 0),
    **{"from": "no-reply-legal@x.com"}, name_from="X",
    subject="Statement of reasons - KCSC-240909-01",
    body=f"""
STATEMENT OF REASONS

Reference: KCSC-240909-01
Content: {X[2]}

Decision: Visibility restriction. The content has been withheld in the Republic of Korea; it remains available in other countries.

Facts and circumstances: The decision followed a notice submitted by a government authority.

Automated means: No automated means were used to take this decision.

Legal ground: Applicable local law of the Republic of Korea.

Redress: The account holder may appeal at https://help.x.com/forms/appeal-withheld-content.

A copy of this statement has been submitted to the DSA Transparency Database: https://transparency.dsa.ec.europa.eu/statement/9f3c1d22-5b7e-4e0a-9c1a-0d4e2b7a6c13
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement of reasons (Art. 17) for a country-withheld post",
    why="decision 'visibility restriction, withheld in Korea'; appeal and transparency links are not items",
    items={X[2]: "restricted"},
)

case(
    name="yt-removed-plus-promise",
    date=date(16, 9, 5),
    **{"from": "youtube-legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240910-02] Legal complaint - YouTube",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""
Hi,

Update on KCSC-240910-02:

- {Y4} - removed (harassment policy)
- {Y5} - we will review the channel as a whole and let you know the outcome; no action has been taken on it yet.

Policy: https://support.google.com/youtube/answer/2802268

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support bulleted update",
    why="one bullet states removal; the other is a promise with 'no action yet': pending; policy link is not an item",
    items={Y4: "removed", Y5: "pending"},
)

case(
    name="x-stated-then-hedged",
    date=date(16, 17, 22),
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    subject="Re: [KCSC-240909-01] Request to remove content on X",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hello,

{X[9]} has been removed for violating our rules.

As for {X[10]}, it looks like it may already have been deleted by the account owner, but we cannot confirm this on our side yet.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operator reply",
    why="first post removed; the second only 'may already have been deleted', unconfirmed: pending",
    items={X[9]: "removed", X[10]: "pending"},
)

# ============================== REVIEW ==============================

case(
    name="x-note-contradicts-csv",
    date=date(17, 10, 10),
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    subject="RE: [KCSC-240909-01] action export",
    reply_to_req=mid("KCSC-240909-01"),
    raw_mime=with_csv(
        "b924-mixed-conflict",
        f"""Hello,

{X[11]} has been removed. The export from our tool is attached for your records.

X Legal Operations""",
        "actions-export.csv",
        f"url,action,action_date\n{X[11]},withheld_KR,2024-09-16\n",
    ),
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="covering note and attached export that disagree",
    why="the note says removed, the attached export says withheld in KR, and nothing says which is right",
    items={X[11]: "pending"},
)

case(
    name="yt-promise-and-hedge",
    date=date(13, 11, 50),
    **{"from": "youtube-legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240910-02] Legal complaint - YouTube",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""
Hello,

Thank you for your patience regarding KCSC-240910-02.

{Y1} will be removed once our legal team has completed its assessment. {Y3} may already have been taken down by the uploader; we are verifying this.

We expect to send you a final answer by 20 September.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with a promise and a hedge",
    why="'will be removed once...' is a promise and 'may already have been taken down' a hedge: nothing stated",
    items={Y1: "pending", Y3: "pending"},
)

case(
    name="naver-hedge-korean",
    date=date(12, 16, 20),
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject="Re: [KCSC-240910-03] 게시물 조치 요청",
    reply_to_req=mid("KCSC-240910-03"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 {N3} 게시물은 카페 운영자에 의해 이미 삭제된 것으로 보이나, 정확한 확인을 위해 내부 검토 중입니다.
확인되는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply (삭제된 것으로 보이나 검토 중)",
    why="'삭제된 것으로 보이나 ... 검토 중' is a hedge plus under review: pending",
    items={N3: "pending"},
)

case(
    name="x-all-actioned-bulk",
    date=date(17, 8, 30),
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    subject="Re: [KCSC-240909-01] Request to remove content on X",
    reply_to_req=mid("KCSC-240909-01"),
    body="""
Hi,

All reported content under KCSC-240909-01 has been actioned.

X Legal Operations
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="one-line bulk closure from a legal desk",
    why="one statement about a 14-item request, naming no post",
    items={X[n]: "pending" for n in range(1, 15)},
)

case(
    name="reddit-both-removed-bulk",
    date=date(16, 1, 40),
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    subject="Re: [KCSC-240912-06] Removal request - personal data",
    reply_to_req=mid("KCSC-240912-06"),
    body="""
Hi,

Both posts you flagged in KCSC-240912-06 have been removed by our Safety team. Thanks for letting us know.

- Reddit Safety
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Reddit safety reply about a two-post report",
    why="'both posts' for a two-item request without naming either: bulk",
    items={R1: "pending", R2: "pending"},
)

case(
    name="x-auth-fail",
    date=date(15, 4, 2),
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    subject="Re: [KCSC-240909-01] Request to remove content on X",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hello,

{X[13]} and {X[14]} have been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X outcome email failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails",
    items={X[13]: "pending", X[14]: "pending"},
)

case(
    name="naver-no-auth-results",
    date=date(16, 13, 33),
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    auth="none",
    subject="[네이버] 게시물 조치 결과 안내 (KCSC-240910-03)",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{N1} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER notice arriving without any authentication result",
    why="no Authentication-Results from our MX: the sender is not authenticated",
    items={N1: "pending"},
)

case(
    name="tg-lookalike-domain",
    date=date(14, 6, 45),
    **{"from": "moderation@tgsupport-desk.com"}, name_from="Telegram Moderation",
    subject="Re: KCSC-240911-04 - done",
    body=f"""
Hello KCSC,

We deleted {T1} and {T2} today. {T3} was not found.

Telegram Moderation Team
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike domain that is not Telegram's",
    why="authenticated but from a domain of no configured platform",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="reddit-generic-no-claims",
    date=date(15, 7, 0),
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    subject="Update on your report",
    body="""
Thanks for submitting a report to Reddit.

We've completed our review and, where something broke our rules, we've taken action. We don't always share the details of the action we take.

Learn more about how we review reports: https://www.reddithelp.com/hc/en-us/articles/360058309512

Reddit Safety
""",
    outcome="review", review="no_claims",
    imitates="Reddit generic 'thanks for your report' outcome notice",
    why="trusted Reddit mail naming no item and no request; 'where something broke our rules' says nothing about any item",
    items={},
)

case(
    name="kakao-asks-for-decision-copy",
    date=date(13, 10, 25),
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="RE: [KCSC-240912-05] 불법 도박 게시물 조치 요청",
    reply_to_req=mid("KCSC-240912-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

KCSC-240912-05 건과 관련하여, {K2} 게시글의 위법성 판단을 위해 심의 의결서 사본을 보내주시면 검토하겠습니다.
자료를 회신해 주시면 접수 후 5영업일 이내에 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Kakao request for the commission's decision document",
    why="asks us for a document before reviewing; no status",
    items={K2: "pending"},
)

case(
    name="x-under-review-and-conditional",
    date=date(12, 18, 10),
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    subject="Re: [KCSC-240909-01] Request to remove content on X",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hello,

Regarding KCSC-240909-01: {X[9]} is currently under review by our legal team. {X[10]} would be withheld in Korea if a court order covering it is provided.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X interim reply (under review, conditional)",
    why="'under review' and a condition ('would be withheld ... if') are not statements",
    items={X[9]: "pending", X[10]: "pending"},
)

# ============================== IGNORED ==============================

case(
    name="x-out-of-office",
    date=date(9, 10, 1),
    **{"from": "sam.w@x.com"}, name_from="Sam W",
    subject="Automatic reply: [KCSC-240909-01] Request to remove content on X",
    reply_to_req=mid("KCSC-240909-01"),
    extra_headers=AUTO,
    body="""
Thank you for your email. I am out of the office until 23 September with limited access to email.

For urgent legal requests please use https://legalrequests.x.com or write to legal@x.com.

Sam
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

_tg_dsn_orig = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: dsa@telegram.org",
    "Subject: [KCSC-240911-04] Illegal content on Telegram",
    f"Message-ID: <{mid('KCSC-240911-04')}@kcsc.example>",
    "Date: Wed, 11 Sep 2024 10:00:00 +0900",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Dear Telegram,",
    "Under the Network Act we ask you to remove the following messages:",
    T1, T2, T3,
    "KCSC",
])
case(
    name="tg-dsn-mailbox-full",
    date=date(11, 10, 3),
    **{"from": "MAILER-DAEMON@telegram.org"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b924-dsn-tg"\n\n'
        "--b924-dsn-tg\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mail-out2.telegram.org.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<dsa@telegram.org>: mailbox is full (quota exceeded)\n\n"
        "--b924-dsn-tg\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail-out2.telegram.org\n\n"
        "Final-Recipient: rfc822; dsa@telegram.org\nAction: failed\nStatus: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n"
        "--b924-dsn-tg\nContent-Type: message/rfc822\n\n"
        + _tg_dsn_orig + "\n\n--b924-dsn-tg--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning our request",
    why="a bounce from the platform's own domain; 'removed' appears only in our returned request",
    items={},
)

case(
    name="naver-read-receipt",
    date=date(10, 15, 22),
    **{"from": "jiyoon.park@navercorp.com"}, name_from="박지윤",
    subject="읽음 확인: [KCSC-240910-03] 게시물 조치 요청",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="b924-mdn"\n\n'
        "--b924-mdn\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "보낸 메일 [KCSC-240910-03] 게시물 조치 요청 을(를) 수신자가 2024-09-10 15:22에 읽었습니다.\n\n"
        "--b924-mdn\nContent-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.navercorp.com; NAVER WORKS\n"
        "Final-Recipient: rfc822; jiyoon.park@navercorp.com\n"
        f"Original-Message-ID: <{mid('KCSC-240910-03')}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        "--b924-mdn--\n"
    ),
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (읽음 확인) from a NAVER employee's client",
    why="read receipt",
    items={},
)

case(
    name="reddit-ticket-receipt",
    date=date(12, 15, 2),
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Help",
    subject="[KCSC-240912-06] We received your request (#84129036)",
    reply_to_req=mid("KCSC-240912-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi there,

We've received your request and a ticket (#84129036) has been created. Our team reviews requests in the order they arrive, and we'll follow up by email once we have an update.

Please don't reply to this message; add information through the ticket link instead: https://support.reddithelp.com/hc/requests/84129036

Reddit Help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from Reddit Help",
    why="pure acknowledgement: ticket created, nothing about any item",
    items={},
)

case(
    name="naver-ooo-korean",
    date=date(10, 14, 1),
    **{"from": "minho.lee@navercorp.com"}, name_from="이민호",
    subject="[자동회신] [KCSC-240910-03] 게시물 조치 요청",
    reply_to_req=mid("KCSC-240910-03"),
    extra_headers=AUTO,
    body="""
안녕하세요, 이민호입니다.

9월 10일부터 9월 18일까지 휴가로 부재중입니다. 메일 확인이 늦어질 수 있습니다.
게시물 삭제·임시조치 관련 급한 문의는 정책지원팀(policy@navercorp.com)으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="out-of-office auto-reply; 삭제·임시조치 only names a topic",
    items={},
)

case(
    name="yt-receipt-echoing-urls",
    date=date(10, 9, 34),
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    subject="Your legal complaint has been received [KCSC-240910-02]",
    reply_to_req=mid("KCSC-240910-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thanks for your submission. We have received your legal complaint; its reference number is 4-7719000031594.

We will review your complaint and contact you if we need more information. You don't need to reply to this email.

Below is a copy of your submission:

Product: YouTube
Country: South Korea
URLs:
{Y1}
{Y2}
{Y3}
{Y4}
{Y5}
Description: Defamatory videos about a private person (KCSC-240910-02).

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform receipt echoing the submission",
    why="automatic receipt; the URLs are only an echo of what we submitted",
    items={},
)

_yt_dsn_orig = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal-kr-old@google.com",
    "Subject: [KCSC-240913-07] Legal complaint - YouTube",
    f"Message-ID: <{mid('KCSC-240913-07')}@kcsc.example>",
    "Date: Fri, 13 Sep 2024 10:00:00 +0900",
    "",
    "Please remove the following video:",
    Y6,
])
case(
    name="yt-dsn-no-such-user",
    date=date(13, 10, 0, 40),
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b924-dsn-g"\n\n'
        "--b924-dsn-g\nContent-Type: text/plain; charset=utf-8\n\n"
        "Address not found\n\n"
        "Your message wasn't delivered to legal-kr-old@google.com because the address couldn't be found,\n"
        "or is unable to receive mail.\n\n"
        "--b924-dsn-g\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; googlemail.com\n\n"
        "Final-Recipient: rfc822; legal-kr-old@google.com\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n\n"
        "--b924-dsn-g\nContent-Type: text/rfc822-headers\n\n"
        + _yt_dsn_orig + "\n\n--b924-dsn-g--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' DSN",
    why="bounce for our request; 'does not exist' refers to the mailbox, not the video",
    items={},
)


HEADER = """# Blind set 924 (focus 3: what a program gets wrong).
# Written from each email's meaning before the reader was run on it.
# Each case is judged alone on a fresh ledger holding requests.csv.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
