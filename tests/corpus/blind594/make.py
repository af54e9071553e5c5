#!/usr/bin/env python3
"""Blind set 594: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
that a note corrects or contradicts, statuses given by position in a list.

Deterministic: `python3 tests/corpus/blind594/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result was
written from the meaning of the email alone, before any run of the reader.
All names, URLs, ids and tickets are fictional.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind594"

# ---------------------------------------------------------------- requests
X1 = "https://x.com/lunar_bazaar88/status/1830012345678901234"
X2 = "https://x.com/lunar_bazaar88/status/1830012345678905678"
X3 = "https://x.com/greytidepost/status/1830198765432100011"
X4 = "https://x.com/greytidepost/status/1830198765432100022"
X5 = "https://x.com/quillandash/status/1830455500011122233"
X6 = "https://x.com/quillandash/status/1830455500011122244"
X7 = "https://x.com/m0rningcrane/status/1830777000111222333"
X8 = "https://x.com/harbor_lamp_kr/status/1830888111222333444"
X9 = "https://x.com/harbor_lamp_kr"
X10 = "https://x.com/velvetgauge/status/1830999222333444555"
X11 = "https://x.com/velvetgauge/status/1830999222333444566"
X12 = "https://x.com/copperwren_/status/1831000333444555666"

Y1 = "https://www.youtube.com/watch?v=Qx7bN2pLk0a"
Y2 = "https://www.youtube.com/watch?v=Tn4cW9eRj2s"
Y3 = "https://youtu.be/Zp3mK8vHd1w"
Y4 = "https://www.youtube.com/@stillriverclips"
YS = "https://www.youtube.com/watch?v=Hf6sJ1nQm8y"

T1 = "https://t.me/amber_quay/411"
T2 = "https://t.me/amber_quay/412"
T3 = "https://t.me/nightfernmarket"

N1 = "https://blog.naver.com/silverkoi77/223561234567"
N2 = "https://cafe.naver.com/dalbitsquare/88421"
N3 = "https://cafe.naver.com/dalbitsquare/88437"
N4 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567"
N5 = "https://post.naver.com/%EB%8B%AC%EB%B9%9B%EC%9E%A5%ED%84%B0/92233"
N5_RAW = "https://post.naver.com/달빛장터/92233"

K1 = "https://cafe.daum.net/moonlitdock/Jq1F/1204"
K2 = "https://cafe.daum.net/moonlitdock/Jq1F/1219"
K3 = "https://brunch.co.kr/@pinecradle/57"

TT1 = "https://www.tiktok.com/@dune.pixel/video/7410022233344455566"
TT2 = "https://www.tiktok.com/@dune.pixel/video/7410022233344455999"

R_X = "KCSC-240902-01"
R_YT = "KCSC-240903-02"
R_TG = "KCSC-240905-03"
R_NV = "KCSC-240906-04"
R_KK = "KCSC-240909-05"
R_TT = "KCSC-240910-06"
R_Y1 = "KCSC-240911-07"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    (R_X, "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", "illegal_goods",
     'batch of 12, "priority" flag set by desk 2', [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]),
    (R_YT, "youtube", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", "gambling",
     "3 videos, 1 channel", [Y1, Y2, Y3, Y4]),
    (R_TG, "telegram", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", "drugs",
     "posts and channel", [T1, T2, T3]),
    (R_NV, "naver", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", "obscenity",
     "blog, cafe, KiN, post", [N1, N2, N3, N4, N5]),
    (R_KK, "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", "illegal_goods",
     "Daum cafe, Brunch", [K1, K2, K3]),
    (R_TT, "tiktok", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", "gambling",
     "two videos, same creator", [TT1, TT2]),
    (R_Y1, "youtube", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00", "defamation",
     "single video", [YS]),
]


def mid(ref):
    return f"request.{ref}.1"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def request_text(ref, urls, lang="en"):
    if lang == "ko":
        head = [f"안녕하십니까, 방송통신심의위원회입니다. (요청번호 {ref})",
                "아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 드리오니 조치 후 결과를 회신하여 주십시오.", ""]
    else:
        head = [f"Dear Trust & Safety team,", "",
                f"Under reference {ref}, the Korea Communications Standards Commission asks you to",
                "remove or restrict the following content, which is illegal under Korean law:", ""]
    body = head + [f"{i}. {u}" for i, u in enumerate(urls, 1)] + ["", "KCSC Takedown desk"]
    return body


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def alternative(plain, html, boundary, plain_cte="8bit", html_cte="8bit"):
    def enc(t, cte):
        if cte == "base64":
            return b64(t)
        if cte == "quoted-printable":
            return qp(t)
        return t.strip("\n")
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: {plain_cte}

{enc(plain, plain_cte)}
--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: {html_cte}

{enc(html, html_cte)}
--{boundary}--
"""


C = []


def case(**kw):
    C.append(kw)


# ================================================================ APPLIED
case(
    name="x-three-outcomes-one-sentence",
    from_="legal-kr@x.com", date="Thu, 12 Sep 2024 05:14:22 +0000",
    subject=f"Re: [{R_X}] Removal request", reply_to_req=mid(R_X),
    body=f"""Hello,

Thank you for your report {R_X}. We have reviewed three of the posts so far.

Having assessed them against the X Rules and Korean law, we withheld {X1} in South Korea, removed {X3} globally for violating our illegal goods policy, and found no violation in {X5}, which therefore stays up.

We are still working on the other posts in your report and will write again.

Regards,
X Legal Operations
""",
    outcome="applied",
    imitates="X legal-operations reply to a government removal demand (Country Withheld Content)",
    why="one sentence, three verbs, three URLs: withheld / removed / no violation",
    items={X1: "restricted", X3: "removed", X5: "rejected"},
)

case(
    name="x-not-removed-but-withheld-outlook",
    from_="legal-kr@x.com", date="Thu, 12 Sep 2024 09:40:03 +0000",
    subject=f"RE: [{R_X}] Removal request", reply_to_req=mid(R_X),
    body=f"""Dear KCSC,

Regarding {X2}: the post has not been removed from X. After review under the
applicable local law we have withheld it in the Republic of Korea, so it is no
longer visible to people in Korea; it remains visible elsewhere.

Best regards,
Dana Whitlock
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: [{R_X}] Removal request

""" + "\n".join(request_text(R_X, [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12])),
    outcome="applied",
    imitates="X Country Withheld Content notice, Outlook reply over the unquoted original request",
    why="'has not been removed' is a negation; the next sentence withholds it in Korea; the 12 URLs below Original Message are our own request",
    items={X2: "restricted"},
)

case(
    name="x-refusal-public-interest",
    from_="legal-kr@x.com", date="Fri, 13 Sep 2024 02:01:45 +0000",
    subject=f"Re: [{R_X}] Removal request", reply_to_req=mid(R_X),
    body=f"""Hello,

We have carefully reviewed the post at {X4} and decided not to take action on it.

The post is commentary on the reported conduct of a public official and, in our
assessment, it does not break the X Rules and is not clearly unlawful under the
Korean provisions cited in your request. It will remain available.

If you disagree with this decision you can provide additional legal analysis
through https://help.x.com/forms/legal-request or reply to this email.

X Legal Operations
""",
    outcome="applied",
    imitates="X legal-request outcome declining action with reasons, with a link to its legal form",
    why="refusal with its reason (no rule broken, remains available); the help.x.com form is not an item",
    items={X4: "rejected"},
)

case(
    name="x-correction-author-deleted",
    from_="legal-kr@x.com", date="Sat, 14 Sep 2024 01:12:09 +0000",
    subject=f"Re: [{R_X}] Correction to our previous reply", reply_to_req=mid(R_X),
    body=f"""Hello again,

In our message of 10 September we told you that {X6} had been withheld in South Korea.

That was a mistake on our side. The post had already been deleted by the account holder on 6 September, before our team acted on it, so there was nothing left for us to withhold. Please update your records accordingly.

Apologies for the confusion.
X Legal Operations
""",
    outcome="applied",
    imitates="platform correction of an earlier outcome email",
    why="the first sentence reports an earlier, retracted status; the revision says the author deleted the post: not_found",
    items={X6: "not_found"},
)

case(
    name="x-results-by-position",
    from_="legal-kr@x.com", date="Sat, 14 Sep 2024 06:30:00 +0000",
    subject=f"Re: [{R_X}] Outcome for the remaining posts", reply_to_req=mid(R_X),
    body=f"""Hi,

These are the remaining posts from {R_X} that we have now reviewed, in the
order you listed them:

1. {X7}
2. {X10}
3. {X11}
4. {X12}

Items 2 and 4 have been withheld in South Korea in response to your request.
We could not locate item 3; the post ID does not exist on X.
Item 1 remains available: after review we found that it does not violate the
X Rules or the local law you referred to.

Kind regards,
X Legal Operations
""",
    outcome="applied",
    imitates="X legal-operations reply that numbers the reported posts and gives outcomes by number",
    why="statuses given by position in the numbered list: 2 and 4 withheld, 3 not found, 1 kept with reason",
    items={X7: "rejected", X10: "restricted", X11: "not_found", X12: "restricted"},
)

_x_table_rows = [(X1, "Withheld (KR)"), (X2, "Removed"), (X4, "No action")]
case(
    name="x-table-corrected-by-note",
    from_="legal-kr@x.com", date="Sun, 15 Sep 2024 03:22:10 +0000",
    subject=f"Re: [{R_X}] Summary of actions", reply_to_req=mid(R_X),
    raw_mime=alternative(
        "Summary of actions for " + R_X + "\n\n" +
        "\n".join(f"{u} | {a}" for u, a in _x_table_rows) +
        f"\n\nCorrection to row 2: {X2} was withheld in South Korea only. It was not removed globally; the table above is wrong on this point.\n\nX Legal Operations\n",
        "<html><body><p>Summary of actions for " + R_X + "</p>\n<table border=\"1\">\n"
        "<tr><th>Reported URL</th><th>Action</th></tr>\n" +
        "\n".join(f"<tr><td>{u}</td><td>{a}</td></tr>" for u, a in _x_table_rows) +
        f"\n</table>\n<p><b>Correction to row 2:</b> {X2} was withheld in South Korea only. "
        "It was not removed globally; the table above is wrong on this point.</p>\n"
        "<p>X Legal Operations</p></body></html>\n",
        "==x594tbl1"),
    outcome="applied",
    imitates="X summary table of actions followed by a correcting note",
    why="the note explicitly corrects row 2 (withheld in KR, not removed); rows 1 and 3 stand",
    items={X1: "restricted", X2: "restricted", X4: "rejected"},
)

case(
    name="yt-hedges-in-relative-clauses",
    from_="legal-support@google.com", date="Fri, 13 Sep 2024 08:05:51 +0000",
    subject=f"Re: [{R_YT}] Legal removal request", reply_to_req=mid(R_YT),
    name_from="YouTube Legal Support",
    body=f"""Hello,

Thanks for your patience while we reviewed your request.

The video {Y1}, which may also have been re-uploaded by other channels, has been removed from YouTube for violating our Community Guidelines.

The channel {Y4}, which appears to be operated by the same person, is still under review, and we will follow up once a decision has been made.

The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal-support outcome email with per-URL sentences",
    why="the hedge sits in a relative clause about re-uploads; the main clause removes Y1; the channel is only 'under review'",
    items={Y1: "removed", Y4: "pending"},
)

case(
    name="yt-blocked-in-korea-and-age-gate",
    from_="legal-support@google.com", date="Fri, 13 Sep 2024 10:44:02 +0000",
    subject=f"Re: [{R_YT}] Legal removal request", reply_to_req=mid(R_YT),
    name_from="YouTube Legal Support",
    body=f"""Hello,

We reviewed the content identified in your notice.

- {Y2}
  Based on local law, we have blocked this video from view in South Korea. It
  remains available in other countries.

- {Y3}
  This video does not violate Korean law, but it does not meet our policy on
  age-appropriate content, so we have age-restricted it. It can only be viewed
  by signed-in adults.

For more information on how we handle legal requests, see
https://support.google.com/youtube/answer/6154230

The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal notice 'blocked from view in your country' and age-restriction outcome",
    why="country block and age restriction are both restricted; 'does not violate Korean law, but' is not a refusal; support link is no item",
    items={Y2: "restricted", Y3: "restricted"},
)

case(
    name="yt-single-item-no-url",
    from_="legal-support@google.com", date="Mon, 16 Sep 2024 02:33:17 +0000",
    subject=f"Re: [{R_Y1}] Defamation complaint", reply_to_req=mid(R_Y1),
    name_from="YouTube Legal Support",
    body=f"""Hello,

Following our review of your legal request {R_Y1}, we have removed the video you reported from YouTube for violating our harassment policy.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube 'we have removed the content' outcome for a one-video complaint",
    why="a statement naming no URL about a request of exactly one item applies to that item",
    items={YS: "removed"},
)

case(
    name="yt-top-posted-over-gmail-quote",
    from_="legal-support@google.com", date="Mon, 16 Sep 2024 07:10:41 +0000",
    subject=f"Re: [{R_YT}] Legal removal request", reply_to_req=mid(R_YT),
    name_from="YouTube Legal Support",
    body=f"""Hi,

Regarding {Y3}: we were unable to find this video. The link points to a video
ID that does not exist on YouTube, so there is nothing for us to act on.

The other links in your request are still with our legal team.

Thanks,
Minji
YouTube Legal Support

On Tue, Sep 3, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
""" + quoted(request_text(R_YT, [Y1, Y2, Y3, Y4])),
    outcome="applied",
    imitates="Gmail-style top-posted reply from a legal-support agent over the quoted request",
    why="only Y3 is stated (not found); the quoted request names all four but is quoted",
    items={Y3: "not_found"},
)

case(
    name="tg-blocked-and-not-blocked",
    from_="abuse@telegram.org", date="Fri, 13 Sep 2024 12:00:33 +0000",
    subject=f"Re: [{R_TG}] Illegal content on Telegram", reply_to_req=mid(R_TG),
    body=f"""Hello,

The channel {T3} has been blocked for all users for violating the Telegram Terms of Service.

We did not block the message {T1}, because it had already been deleted by the channel's owner before our moderators reviewed it.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply",
    why="'did not block ... because already deleted by the owner' is a negation carrying not_found; the channel is blocked",
    items={T3: "removed", T1: "not_found"},
)

case(
    name="tg-while-clause-hedged-reason",
    from_="abuse@telegram.org", date="Sat, 14 Sep 2024 04:45:12 +0000",
    subject=f"Re: [{R_TG}] Illegal content on Telegram", reply_to_req=mid(R_TG),
    body=f"""Hi,

The messages at {T1} and {T2} were taken down, while {T3}, a public channel that does not appear to break our Terms of Service, remains available.

Regards,
Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk one-line outcome",
    why="two removed in the main clause; the channel 'remains available' (a refusal) whose reason is hedged in an appositive",
    items={T1: "removed", T2: "removed", T3: "rejected"},
)

case(
    name="naver-particles-mixed",
    from_="policy@navercorp.com", date="Thu, 12 Sep 2024 06:20:00 +0000",
    subject=f"Re: [{R_NV}] 시정요구 조치 결과 회신", reply_to_req=mid(R_NV),
    name_from="네이버 게시중단 담당",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 중 {N1}은 게시중단 처리되었으며, {N2}은 임시조치(30일)하였습니다.
다만 {N3}은 요청일 이전에 이미 작성자가 삭제한 게시물이어서 별도 조치가 필요하지 않습니다.

나머지 게시물은 검토 중이며 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied",
    imitates="NAVER 권리보호센터 게시중단·임시조치 결과 안내",
    why="URLs followed directly by Korean particles; 게시중단 / 임시조치 / 작성자 삭제 in two sentences",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

_nv_rows = [
    ("1", N1, "삭제", "청소년유해 정보"),
    ("2", N2, "임시조치(30일)", "권리침해 주장에 따른 임시조치"),
    ("3", N4, "조치불가", "위반사항 없음(정상 질문글)"),
    ("4", N3, "해당 게시물 없음", "작성자 자진 삭제"),
]
_nv_html = (
    "<html><body><p>안녕하십니까. 네이버 정책지원팀입니다.</p>\n"
    f"<p>{R_NV} 시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.</p>\n"
    "<table border=\"1\" cellpadding=\"4\">\n"
    "<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>\n" +
    "\n".join(f"<tr><td>{n}</td><td><a href=\"{u.replace('&', '&amp;')}\">{u.replace('&', '&amp;')}</a></td>"
              f"<td>{a}</td><td>{b}</td></tr>" for n, u, a, b in _nv_rows) +
    "\n</table>\n<p>운영정책은 <a href=\"https://policy.naver.com/policy/service.html\">"
    "https://policy.naver.com/policy/service.html</a> 에서 확인하실 수 있습니다.</p>\n"
    "<p>네이버 정책지원팀</p></body></html>\n"
)
case(
    name="naver-result-table-html-b64",
    from_="policy@navercorp.com", date="Fri, 13 Sep 2024 01:05:00 +0000",
    subject=f"[{R_NV}] 시정요구 조치결과", reply_to_req=mid(R_NV),
    name_from="NAVER 정책지원팀",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_nv_html)}
""",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 table (번호/URL/조치결과/비고) sent as base64 HTML",
    why="삭제 removed, 임시조치 restricted, 조치불가(위반사항 없음) rejected, 해당 게시물 없음 not_found; the policy link is no item",
    items={N1: "removed", N2: "restricted", N4: "rejected", N3: "not_found"},
)

case(
    name="naver-correction-permanent",
    from_="policy@navercorp.com", date="Sun, 15 Sep 2024 23:50:00 +0000",
    subject=f"Re: [{R_NV}] 조치 결과 정정 안내", reply_to_req=mid(R_NV),
    name_from="네이버 게시중단 담당",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

9월 12일 회신에서 {N2} 게시물을 임시조치(30일)로 안내드렸으나, 이는 담당자의 착오였습니다.
재확인 결과 해당 게시물은 운영정책 위반이 확인되어 게시중단(영구) 처리되었습니다.

혼선을 드려 죄송합니다.
네이버 권리보호센터 드림
""",
    outcome="applied",
    imitates="NAVER correction of an earlier 임시조치 notice",
    why="the first sentence retracts 임시조치; the revision says 게시중단(영구): removed",
    items={N2: "removed"},
)

case(
    name="naver-not-deleted-kept",
    from_="policy@navercorp.com", date="Tue, 17 Sep 2024 02:15:00 +0000",
    subject=f"Re: [{R_NV}] 게시중단 요청 검토 결과", reply_to_req=mid(R_NV),
    name_from="네이버 게시중단 담당",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 {N5_RAW} 은 삭제하지 않았습니다.
검토 결과 해당 게시물은 관계 법령이나 네이버 운영정책에 위반된다고 판단되지 않아 게시를 유지합니다.

추가로 판단에 참고할 자료가 있으시면 회신 부탁드립니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER 게시중단 요청 반려 안내",
    why="'삭제하지 않았습니다' is a negation; kept because no rule is broken: rejected (raw Korean path matches the encoded URL); the closing line is an offer, not a demand",
    items={N5: "rejected"},
)

_kk_csv = (
    "번호,URL,조치결과,사유\n"
    f"1,{K1},삭제,운영정책 위반(불법 거래 게시물)\n"
    f"2,{K2},접근제한,청소년 유해 정보 - 성인 인증 후 열람\n"
    f"3,{K3},미조치,\"정상 게시물, 위반 사항 없음\"\n"
)
case(
    name="kakao-csv-attachment",
    from_="safety@kakaocorp.com", date="Fri, 13 Sep 2024 05:00:00 +0000",
    subject=f"Re: [{R_KK}] 시정요구 처리 결과", reply_to_req=mid(R_KK),
    name_from="카카오 고객보호팀",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kk594-mixed"

--kk594-mixed
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 고객보호팀입니다.
{R_KK} 요청 건의 처리 결과를 첨부 파일로 보내드립니다.

감사합니다.
--kk594-mixed
Content-Type: text/csv; charset=utf-8; name="result_{R_KK}.csv"
Content-Disposition: attachment; filename="result_{R_KK}.csv"
Content-Transfer-Encoding: base64

{b64(_kk_csv)}
--kk594-mixed--
""",
    outcome="applied",
    imitates="Kakao 고객보호팀 result sheet sent as a CSV attachment",
    why="CSV rows: 삭제 removed, 접근제한 (adult verification) restricted, 미조치 정상 게시물 rejected",
    items={K1: "removed", K2: "restricted", K3: "rejected"},
)

case(
    name="kakao-qp-single",
    from_="safety@kakaocorp.com", date="Sat, 14 Sep 2024 07:30:00 +0000",
    subject=f"Re: [{R_KK}] 시정요구 처리 결과", reply_to_req=mid(R_KK),
    name_from="카카오 고객보호팀",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, 카카오 고객보호팀입니다.

{K1} 게시글은 다음 카페 운영정책 위반으로 삭제되었습니다.
나머지 게시물은 검토가 끝나는 대로 안내드리겠습니다.

감사합니다.
''')}
""",
    outcome="applied",
    imitates="Daum cafe 게시글 삭제 안내 in quoted-printable",
    why="one item deleted; the rest only promised",
    items={K1: "removed"},
)

case(
    name="tiktok-statement-of-reasons",
    from_="legal-noreply@tiktok.com", date="Sat, 14 Sep 2024 09:12:40 +0000",
    subject=f"Decision on your report {R_TT}", reply_to_req=mid(R_TT),
    name_from="TikTok Legal",
    body=f"""Statement of reasons

Reference: {R_TT}

Content: {TT1}
Decision: Access restricted in your country (Republic of Korea)
Ground: Illegal content under local law (gambling promotion)
Automated means used: No

Content: {TT2}
Decision: No action taken
Ground: After review, the content does not violate our Community Guidelines
or the local law cited in your report.
Automated means used: No

You can find out more about how we review reports at
https://www.tiktok.com/legal/page/global/law-enforcement/en

TikTok Trust and Safety
""",
    outcome="applied",
    imitates="DSA Article 17 statement of reasons as sent by TikTok",
    why="one block per URL: restricted in Korea; no action with a reason (rejected)",
    items={TT1: "restricted", TT2: "rejected"},
)

case(
    name="tiktok-url-below-statement",
    from_="legal-noreply@tiktok.com", date="Mon, 16 Sep 2024 03:40:00 +0000",
    subject=f"Update on your report {R_TT}", reply_to_req=mid(R_TT),
    name_from="TikTok Legal",
    body=f"""Hi,

The following video has been removed for violating our Community Guidelines:
{TT1}

We could not find the following video. It may have been deleted by the creator
or set to private before we reviewed it:
{TT2}

Thank you,
TikTok Trust and Safety
""",
    outcome="applied",
    imitates="TikTok report update with the URL on the line after its statement",
    why="statements precede their URLs; 'could not find' is unhedged, the 'may have been' sentence only guesses why",
    items={TT1: "removed", TT2: "not_found"},
)

case(
    name="x-status-line-below-url",
    from_="legal-kr@x.com", date="Mon, 16 Sep 2024 05:05:05 +0000",
    subject=f"Re: [{R_X}] Removal request - results", reply_to_req=mid(R_X),
    body=f"""Reported content

{X10}
Action: Withheld in KR

{X11}
Action: None - post not found (ID does not exist)

X Legal Operations
""",
    outcome="applied",
    imitates="X results block: bare URL with an Action line below it",
    why="status on the line below each URL; 'Action: None - post not found' is not_found, not rejected",
    items={X10: "restricted", X11: "not_found"},
)

case(
    name="x-account-and-post-suspended",
    from_="legal-kr@x.com", date="Tue, 17 Sep 2024 01:01:01 +0000",
    subject=f"Re: [{R_X}] Removal request", reply_to_req=mid(R_X),
    body=f"""Hello,

The account @harbor_lamp_kr ({X9}) has been permanently suspended for
violating the X Rules. As a result its posts, including
{X8}, are no longer viewable on X.

X Legal Operations
""",
    outcome="applied",
    imitates="X account suspension notice naming the account and one of its posts",
    why="account suspended (removed); the post is named explicitly and no longer viewable (removed)",
    items={X9: "removed", X8: "removed"},
)

case(
    name="x-korean-fullwidth-and-angle",
    from_="kr-legal@x.com", date="Tue, 17 Sep 2024 06:45:00 +0000",
    subject=f"Re: [{R_X}] 삭제 요청 검토 결과", reply_to_req=mid(R_X),
    name_from="X 한국 법무팀",
    body=f"""안녕하세요.

신고하신 게시물（{X12}）은 대한민국 내에서 열람이 제한(withheld)되었습니다.
한편 <{X7}>은 X 규칙 및 현지 법률 위반이 확인되지 않아 별도의 조치를 하지 않았습니다.

감사합니다.
X 한국 법무팀
""",
    outcome="applied",
    imitates="Korean-language X legal reply with full-width brackets and an angle-bracketed URL",
    why="full-width parentheses and angle brackets around URLs; withheld in Korea restricted; no violation, no action: rejected",
    items={X12: "restricted", X7: "rejected"},
)

_yt_html = f"""<html><body>
<p>Hello,</p>
<p>We have completed our review of your request {R_YT}.</p>
<p><b>Content we removed</b></p>
<ul><li><a href="{Y1}">{Y1}</a> &ndash; removed for violating our policy on gambling content.</li></ul>
<p><b>Content we did not remove</b></p>
<ul><li><a href="{Y4}">{Y4}</a> &ndash; the channel as a whole does not violate our policies, so we have not terminated it.</li></ul>
<p>The YouTube Legal Team</p>
</body></html>
"""
_yt_plain = f"""Hello,

We have completed our review of your request {R_YT}.

Content we removed
* {Y1} - removed for violating our policy on gambling content.

Content we did not remove
* {Y4} - the channel as a whole does not violate our policies, so we have not terminated it.

The YouTube Legal Team
"""
case(
    name="yt-removed-and-kept-base64",
    from_="legal-support@google.com", date="Wed, 18 Sep 2024 00:20:00 +0000",
    subject=f"Re: [{R_YT}] Legal removal request - outcome", reply_to_req=mid(R_YT),
    name_from="YouTube Legal Support",
    raw_mime=alternative(_yt_plain, _yt_html, "yt594-alt", "base64", "base64"),
    outcome="applied",
    imitates="YouTube outcome email with 'content we removed / did not remove' headings, base64 parts",
    why="headings give the status of the bullet below them; 'did not remove ... does not violate' is rejected",
    items={Y1: "removed", Y4: "rejected"},
)

case(
    name="tg-ticket-plus-action",
    from_="abuse@telegram.org", date="Thu, 12 Sep 2024 02:02:02 +0000",
    subject=f"Re: [{R_TG}] Illegal content on Telegram", reply_to_req=mid(R_TG),
    body=f"""Hello,

Thank you for your report. Your ticket number is #TG-5518203.

Our moderators have already blocked {T2} for violating the Telegram Terms of Service. The rest of your report is still being reviewed.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram ticket receipt that also states an action already taken",
    why="acknowledgement phrase plus an unhedged statement about T2 is not a mere acknowledgement",
    items={T2: "removed"},
)

case(
    name="x-done-and-promised",
    from_="legal-kr@x.com", date="Wed, 18 Sep 2024 08:00:00 +0000",
    subject=f"Re: [{R_X}] Removal request", reply_to_req=mid(R_X),
    body=f"""Hi,

We have removed {X3} under our rules on illegal or certain regulated goods and services.

{X6} has been escalated to our legal team; we will update you once a decision has been made.

X Legal Operations
""",
    outcome="applied",
    imitates="X legal-operations partial outcome",
    why="one item removed; the other only escalated with a promise: pending",
    items={X3: "removed", X6: "pending"},
)

# ================================================================ REVIEW
case(
    name="x-promise-to-review",
    from_="legal-kr@x.com", date="Tue, 03 Sep 2024 03:00:00 +0000",
    subject=f"Re: [{R_X}] Removal request", reply_to_req=mid(R_X),
    body=f"""Hello,

We will review the posts below against the X Rules and applicable local law
and will take appropriate action where they are found to be in violation:

{X1}
{X2}

You will receive a further email once our review is complete.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X legal-operations holding reply listing the posts under review",
    why="promise and condition only; names items, states nothing about them",
    items={X1: "pending", X2: "pending"},
)

case(
    name="yt-hedge-only",
    from_="legal-support@google.com", date="Thu, 12 Sep 2024 04:00:00 +0000",
    subject=f"Re: [{R_YT}] Legal removal request", reply_to_req=mid(R_YT),
    name_from="YouTube Legal Support",
    body=f"""Hello,

It appears that the uploader may have made the video at {Y2} private before our
review. If that is the case, no further action would be needed on our side, but
we will check again and confirm.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal-support interim reply",
    why="'appears', 'may have', 'if that is the case', 'will confirm': no statement",
    items={Y2: "pending"},
)

case(
    name="tg-bulk-all-blocked",
    from_="abuse@telegram.org", date="Sun, 15 Sep 2024 10:10:10 +0000",
    subject=f"Re: [{R_TG}] Illegal content on Telegram", reply_to_req=mid(R_TG),
    body=f"""Hello,

All of the links listed in your request {R_TG} have been blocked on Telegram.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram abuse-desk one-line bulk confirmation",
    why="one statement about all links of a three-item request, none named",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="naver-bulk-korean",
    from_="policy@navercorp.com", date="Wed, 18 Sep 2024 01:00:00 +0000",
    subject=f"Re: [{R_NV}] 조치 완료 안내", reply_to_req=mid(R_NV),
    name_from="네이버 게시중단 담당",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청번호 {R_NV} 건으로 요청하신 게시물 5건 모두에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 완료 안내 (request-level)",
    why="'5건 모두' covers a five-item request without naming each",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending", N5: "pending"},
)

case(
    name="x-failed-auth",
    from_="legal-kr@x.com", date="Mon, 16 Sep 2024 11:11:11 +0000", auth="fail",
    subject=f"Re: [{R_X}] Removal request", reply_to_req=mid(R_X),
    body=f"""Hello,

X has withheld the following post in South Korea:
{X8}

X Legal Operations
""",
    outcome="review", review="untrusted",
    imitates="X withheld notice failing DKIM/SPF/DMARC",
    why="platform domain but authentication failed",
    items={X8: "pending"},
)

case(
    name="lookalike-domain",
    from_="safety@x-trustcenter.net", date="Mon, 16 Sep 2024 12:12:12 +0000", auth="none",
    name_from="X Safety Team",
    subject=f"Re: [{R_X}] Removal request",
    body=f"""Dear KCSC,

Regarding {R_X}, the posts {X10} and {X11} have been removed.

X Safety Team
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike domain that is not X's",
    why="sender domain belongs to no platform; names our request and URLs",
    items={X10: "pending", X11: "pending"},
)

case(
    name="kakao-about-naver-item",
    from_="safety@kakaocorp.com", date="Tue, 17 Sep 2024 04:00:00 +0000",
    subject=f"Re: [{R_NV}] 시정요구 (참조)",
    name_from="카카오 고객보호팀",
    body=f"""안녕하세요, 카카오 고객보호팀입니다.

{R_NV} 요청 건이 참조로 당사에도 전달되어 확인해 보았습니다.
{N3} 게시물은 이미 삭제되어 존재하지 않는 게시물입니다.
해당 서비스는 네이버에서 운영하므로 자세한 사항은 네이버에 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply to a request copied to it about a NAVER cafe post",
    why="Kakao states the status of NAVER's item",
    items={N3: "pending"},
)

case(
    name="x-table-note-conflict",
    from_="legal-kr@x.com", date="Wed, 18 Sep 2024 03:33:00 +0000",
    subject=f"Re: [{R_X}] Report results", reply_to_req=mid(R_X),
    raw_mime=alternative(
        f"Report results for {R_X}\n\n{X5} | Removed\n\n"
        f"Note from the reviewer: the post at {X5} does not violate the X Rules and remains available.\n\nX Legal Operations\n",
        f"<html><body><p>Report results for {R_X}</p>\n<table border=\"1\">"
        f"<tr><th>URL</th><th>Result</th></tr>\n<tr><td>{X5}</td><td>Removed</td></tr></table>\n"
        f"<p>Note from the reviewer: the post at {X5} does not violate the X Rules and remains available.</p>\n"
        "<p>X Legal Operations</p></body></html>\n",
        "==x594tbl2"),
    outcome="review", review="conflicting_statements",
    imitates="X results table whose reviewer note contradicts the table",
    why="table says Removed, note says it remains available; neither is marked as the correction",
    items={X5: "pending"},
)

case(
    name="yt-done-no-items",
    from_="legal-support@google.com", date="Thu, 19 Sep 2024 01:00:00 +0000",
    subject="Following up", name_from="YouTube Legal Support",
    body="""Hello,

We've completed the actions on the content your office reported last week.
Please let us know if there is anything else we can help with.

Best,
Minji
YouTube Legal Support
""",
    outcome="review", review="no_claims",
    imitates="short follow-up from a platform agent with no reference",
    why="trusted mail, names no item and no request",
    items={},
)

case(
    name="naver-asks-documents",
    from_="policy@navercorp.com", date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject=f"Re: [{R_NV}] 추가 자료 요청", reply_to_req=mid(R_NV),
    name_from="네이버 게시중단 담당",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

{R_NV} 건 중 {N4} 게시물에 대한 판단을 위해, 해당 정보가 위법하다고 보신 근거(심의 의결서 등)를 추가로 보내 주시기 바랍니다.
자료를 받는 대로 검토하여 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 추가 자료 요청",
    why="asks for supporting documents before deciding",
    items={N4: "pending"},
)

case(
    name="tiktok-conditional-restriction",
    from_="legal-noreply@tiktok.com", date="Thu, 12 Sep 2024 10:00:00 +0000",
    subject=f"Re: your report {R_TT}", reply_to_req=mid(R_TT),
    name_from="TikTok Legal",
    body=f"""Hi,

If our legal team confirms that the video at {TT2} is unlawful under Korean law,
we will restrict access to it in South Korea. We'll let you know the outcome.

TikTok Trust and Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim reply with a conditional promise",
    why="condition and promise only",
    items={TT2: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    from_="d.whitlock@x.com", date="Mon, 02 Sep 2024 01:00:30 +0000",
    name_from="Dana Whitlock",
    subject=f"Automatic reply: [{R_X}] Removal request", reply_to_req=mid(R_X),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I am out of the office until 23 September with limited access to email.
Legal requests are handled by legal@x.com in my absence.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
Subject: [{R_X}] Removal request

""" + "\n".join(request_text(R_X, [X1, X2, X3, X4])),
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply quoting the request",
    why="auto-reply; the URLs are only our own quoted request",
    items={},
)

case(
    name="naver-dsn-bounce",
    from_="MAILER-DAEMON@navercorp.com", date="Fri, 06 Sep 2024 05:00:10 +0000",
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="nv594-dsn"

--nv594-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.navercorp.com.

Your message could not be delivered to one or more recipients.

<policy-old@navercorp.com>: host mx2.navercorp.com said: 550 5.1.1 mailbox
    unavailable
--nv594-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
Arrival-Date: Fri, 6 Sep 2024 14:00:05 +0900

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable
--nv594-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: [{R_NV}] Removal request
Message-ID: <{mid(R_NV)}@kcsc.example>
Date: Fri, 6 Sep 2024 14:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

""" + "\n".join(request_text(R_NV, [N1, N2, N3, N4, N5_RAW], "ko")) + """
--nv594-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the returned request",
    why="bounce; the URLs are in our returned message",
    items={},
)

case(
    name="tg-read-receipt",
    from_="dsa@telegram.org", date="Thu, 05 Sep 2024 01:15:00 +0000",
    name_from="Telegram DSA",
    subject=f"Read: [{R_TG}] Illegal content on Telegram",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="tg594-mdn"

--tg594-mdn
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to dsa@telegram.org.
It only shows that the message was displayed on the recipient's screen; there
is no guarantee that its contents were read or understood.
--tg594-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Thunderbird 115.14.0
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <{mid(R_TG)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
--tg594-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird message disposition notification",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    from_="legal-noreply@tiktok.com", date="Tue, 10 Sep 2024 06:05:00 +0000",
    name_from="TikTok Legal",
    subject=f"We've received your report ({R_TT})", reply_to_req=mid(R_TT),
    body=f"""Hi,

We've received your report {R_TT}. Your reference number is 4410-5521-XK.

Our team will look into it and contact you by email when there is an update.
Please do not reply to this message.

TikTok Trust and Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report receipt",
    why="pure acknowledgement with a reference number; no item named",
    items={},
)

case(
    name="kakao-korean-receipt",
    from_="noreply@kakaocorp.com", date="Mon, 09 Sep 2024 02:00:00 +0000",
    name_from="카카오 고객센터",
    subject=f"[카카오] 신고 접수 안내 ({R_KK})",
    body=f"""안녕하세요, 카카오 고객센터입니다.

보내주신 신고({R_KK})가 정상적으로 접수되었습니다.
접수번호: KC-20240909-00731

처리 결과는 담당 부서 검토 후 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 신고 접수 안내",
    why="receipt with a ticket number; nothing about any item",
    items={},
)

case(
    name="yt-korean-ooo",
    from_="jkang@google.com", date="Wed, 04 Sep 2024 00:10:00 +0000",
    name_from="Jiwoo Kang",
    subject=f"[자동 회신] Re: [{R_YT}] Legal removal request", reply_to_req=mid(R_YT),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""안녕하세요. 9월 9일까지 휴가로 부재중입니다.
급한 법적 요청은 legal-kr@google.com 으로 보내 주시기 바랍니다.

I am on leave until 9 September. For urgent legal matters please write to
legal-kr@google.com.

> {Y1}
> {Y2}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder in Korean and English",
    why="auto-reply; the URLs are quoted",
    items={},
)

case(
    name="relay-bounce-foreign",
    from_="MAILER-DAEMON@gw.hanmail-relay.example", date="Tue, 10 Sep 2024 06:01:00 +0000",
    auth="none", name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="rl594-dsn"

--rl594-dsn
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     legal-kr-old@tiktok.com

The remote server did not accept the message (554 5.7.1 relay denied).
--rl594-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; gw.hanmail-relay.example

Final-Recipient: rfc822; legal-kr-old@tiktok.com
Action: failed
Status: 5.7.1
--rl594-dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@tiktok.com
Subject: [{R_TT}] Removal request: {TT1}
Message-ID: <{mid(R_TT)}@kcsc.example>
--rl594-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style DSN from a third-party relay",
    why="bounces are ignored whoever sends them; the URL is in our returned subject",
    items={},
)


HEADER = """# Blind set 594 (tests/corpus/blind594/): what a program gets wrong.
# Written by tests/corpus/blind594/make.py from the meaning of each email,
# before any run of the reader. See NOTES.md.
"""


def main():
    write_requests()
    cases = []
    for c in C:
        c = dict(c)
        c["from"] = c.pop("from_")
        # Real mailers encode non-ASCII display names and subjects (RFC 2047).
        for k in ("name_from", "subject"):
            if k in c and not c[k].isascii():
                c[k] = Header(c[k], "utf-8").encode()
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
