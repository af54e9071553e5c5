#!/usr/bin/env python3
"""Blind set 17 (issue 11): a general mix, English and Korean, nine platforms.

Written without reading the reader or any other set. Every email imitates a
public notice or template (named in `imitates`); the expected results were
written here from each email's meaning before anything was run.

Deterministic: `python3 tests/corpus/blind17/make.py` rewrites requests.csv,
cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "tiktok.com": "TikTok",
    "meta.com": "Meta",
    "fb.com": "Facebook",
    "instagram.com": "Instagram",
    "facebookmail.com": "Facebook",
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "discord.com": "Discord",
    "reddit.com": "Reddit",
    "reddithelp.com": "Reddit Help",
})

# ---------------------------------------------------------------- requests
H = ["kiwi_relay", "noon_drift", "paper_lantern77"]
X = [f"https://x.com/{H[i % 3]}/status/18331000000000001{i:02d}" for i in range(1, 15)]
N = [
    "https://blog.naver.com/moonriver_92/223561234501",
    "https://blog.naver.com/moonriver_92/223561234502",
    "https://cafe.naver.com/quietstreet/7781",
    "https://cafe.naver.com/달빛모임/512",
    "https://blog.naver.com/snowpeak_k/223569990011",
]
Y = [f"https://www.youtube.com/watch?v={v}" for v in
     ("Lm4Np8QrSt2", "Vb6Cx0ZaWe3", "Hj9Kl2MnBv4", "Pp5Oo1IiUu6")]
T = [
    "https://www.tiktok.com/@dawn.fox.kr/video/7412000000000000011",
    "https://www.tiktok.com/@dawn.fox.kr/video/7412000000000000012",
    "https://www.tiktok.com/@river_bloom_22/video/7412000000000000013",
]
M = [
    "https://www.instagram.com/p/C_aB3dEfGh1/",
    "https://www.instagram.com/p/C_kL9mNoPq2/",
    "https://www.facebook.com/groups/9900112233/posts/4455667788/",
]
K = [
    "https://cafe.daum.net/bluehill88/Xk2r/301",
    "https://cafe.daum.net/bluehill88/Xk2r/302",
    "https://tv.kakao.com/v/445566778",
]
TG = ["https://t.me/amber_market_x/1201", "https://t.me/amber_market_x/1207"]
D = [
    "https://discord.com/channels/1100220033004400550/1100220033004400551/1281000000000000001",
    "https://discord.com/channels/1100220033004400550/1100220033004400551/1281000000000000002",
]
R = ["https://www.reddit.com/r/fakebazaar_kr/comments/1fbq7zz/fresh_batch_link/"]

REQS = [
    # ref, platform, sent, due, urls, category
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-12T18:00:00+09:00", X, "drugs"),
    ("KCSC-240910-01", "naver", "2024-09-10T11:00:00+09:00", "2024-09-13T18:00:00+09:00", N, "defamation"),
    ("KCSC-240910-02", "youtube", "2024-09-10T15:00:00+09:00", "2024-09-13T18:00:00+09:00", Y, "gambling"),
    ("KCSC-240911-01", "tiktok", "2024-09-11T10:00:00+09:00", "2024-09-14T18:00:00+09:00", T, "obscenity"),
    ("KCSC-240912-01", "meta", "2024-09-12T10:00:00+09:00", "2024-09-15T18:00:00+09:00", M, "fraud"),
    ("KCSC-240913-01", "kakao", "2024-09-13T14:00:00+09:00", "2024-09-16T18:00:00+09:00", K, "privacy"),
    ("KCSC-240913-02", "telegram", "2024-09-13T16:00:00+09:00", "2024-09-16T18:00:00+09:00", TG, "drugs"),
    ("KCSC-240916-01", "discord", "2024-09-16T10:00:00+09:00", "2024-09-19T18:00:00+09:00", D, "obscenity"),
    ("KCSC-240917-01", "reddit", "2024-09-17T09:30:00+09:00", "2024-09-20T18:00:00+09:00", R, "drugs"),
]


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{mid(ref)}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [
        f"Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the following content under our reference {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please confirm the action taken for each item.", "", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ===== X (KCSC-240909-01, 14 items) =====
case(
    name="x-withheld-in-kr-list",
    **{"from": "legal-noreply@x.com"},
    date="Tue, 10 Sep 2024 03:12:40 +0000",
    subject="Re: KCSC-240909-01 [ref:_00D0X3aB._500Qk2Zz:ref]",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""Hello,

We have received your request regarding the content listed below.

After review, X has withheld the following content in South Korea in
response to your legal demand:

{X[0]}
{X[1]}
{X[2]}

The content remains available outside South Korea. For more information
about our country withheld content policy, please see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Sincerely,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'country withheld content' legal-demand outcome email (help.x.com post-withheld-by-country)",
    why="plain X withholding notice: three bare URLs below 'withheld ... in South Korea'; the help link is no item",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-status-below-bare-url",
    **{"from": "legal-noreply@x.com"},
    date="Wed, 11 Sep 2024 08:40:02 +0000",
    subject="Case 0195-KR-88213 - your report KCSC-240909-01",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""Hello,

Thank you for your report. Our decisions on the reported posts are set out
below.

{X[3]}
Removed for violating the X Rules (illegal or certain regulated goods).

{X[4]}
We reviewed this post and did not find it to be in violation of our rules
or of local law; no action was taken.

{X[5]}
This post could not be found. It may have been deleted by the account
holder before our review.

If you disagree with a decision you may reply to this email.

X Legal
Case 0195-KR-88213
""",
    outcome="applied", classification="confirmation",
    imitates="X Legal case reply with one decision paragraph under each reported URL",
    why="status on the line(s) below each bare URL: removed / rejected (negated action with reason) / not_found (hedge only in the cause)",
    items={X[3]: "removed", X[4]: "rejected", X[5]: "not_found"},
)

html_rows = "".join(
    f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{st}</td></tr>\n"
    for i, (u, st) in enumerate([
        (X[6], "Content removed"),
        (X[7], "Withheld in KR"),
        (X[8], "No violation found &ndash; content remains available"),
        (X[9], "Unable to locate"),
    ], 1)
)
case(
    name="x-html-only-ticket-table",
    **{"from": "support@x.com"},
    date="Thu, 12 Sep 2024 01:05:19 +0000",
    subject="[X Support] Update on case #0195-KR-88301 (KCSC-240909-01)",
    reply_to_req=mid("KCSC-240909-01"),
    type="html",
    body=f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your case <b>#0195-KR-88301</b> has been updated. The outcome for each
reported URL is shown in the table below.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>Reported URL</th><th>Outcome</th></tr>
{html_rows}</table>
<p>You can review our <a href="https://help.x.com/en/rules-and-policies/x-rules">X Rules</a>
or <a href="https://help.x.com/en/forms">submit another report</a>.</p>
<p style="color:#888;font-size:11px">X Corp., 1355 Market Street, San Francisco, CA. This is an
automated message from our case management system; please do not change the subject line.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-style HTML-only case update with an outcome table (X support forms)",
    why="HTML-only ticket table: removed, restricted, rejected, not_found; help/forms links are not items",
    items={X[6]: "removed", X[7]: "restricted", X[8]: "rejected", X[9]: "not_found"},
)

case(
    name="x-top-posted-over-quoted-reminder",
    **{"from": "j.whitfield@x.com"},
    name_from="Jonah Whitfield (X Legal)",
    date="Tue, 17 Sep 2024 06:22:10 +0000",
    subject="RE: Reminder: KCSC-240909-01 - action still pending",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""Hi team,

Apologies for the delay. {X[10]} and {X[11]} have now been removed.
The rest of your list is with the relevant team.

Best,
Jonah

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 10:00 AM
To: legal@x.com
Subject: Reminder: KCSC-240909-01 - action still pending

Our records show no action yet for the following items, which must be
removed:

""" + "\n".join(f"{u} - pending (must be removed)" for u in X) + """

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----' quoting our reminder",
    why="two items removed in the top-posted text; the quoted reminder lists all 14 with 'must be removed' and changes nothing; 'with the relevant team' is no status",
    items={X[10]: "removed", X[11]: "removed"},
)

case(
    name="x-ack-plus-numbered-statements",
    **{"from": "legal-noreply@x.com"},
    date="Wed, 18 Sep 2024 02:00:00 +0000",
    subject="Re: KCSC-240909-01",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""Hello,

We have received your report and a ticket has been created (#0195-KR-89012).

Having reviewed the reported content, we can tell you that:

1. The following post has been removed from X:
   {X[12]}
2. The following post has been withheld in South Korea:
   {X[13]}

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Legal reply that opens with a ticket receipt sentence followed by numbered outcomes",
    why="acknowledgement phrase plus unhedged item statements is a confirmation; the URL stands on the line below its statement",
    items={X[12]: "removed", X[13]: "restricted"},
)

case(
    name="x-csv-attachment",
    **{"from": "legal-noreply@x.com"},
    date="Fri, 13 Sep 2024 09:30:00 +0000",
    subject="KCSC-240909-01 - results attached",
    reply_to_req=mid("KCSC-240909-01"),
    raw_mime="""Content-Type: multipart/mixed; boundary="=_xcsv_01"

--=_xcsv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL of your request KCSC-240909-01.

X Legal

--=_xcsv_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_results.csv"
Content-Transfer-Encoding: base64

""" + b64("url,action,reason\n"
          f"{X[0]},Removed,Illegal goods\n"
          f"{X[1]},Removed,Illegal goods\n"
          f"{X[2]},Withheld (KR),Local law\n"
          f"{X[3]},No action,No violation of X Rules or local law\n") + """
--=_xcsv_01--
""",
    outcome="applied", classification="confirmation",
    imitates="bulk legal-request result sheet sent as a CSV attachment (X Legal)",
    why="statuses only in a base64 CSV attachment with an action column",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-reply-to-reminder-nested-quotes",
    **{"from": "legal-noreply@x.com"},
    date="Wed, 18 Sep 2024 11:47:00 +0000",
    subject="Re: Re: KCSC-240909-01 reminder",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""Hello again,

Update: {X[4]} has now been removed following a second review. We are
not taking any action on {X[5]}, which does not violate the X Rules.

X Legal

On Tue, Sep 17, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Thank you. Please confirm the two items below once actioned:
> {X[4]}
> {X[5]}
>
> On Mon, Sep 16, 2024 at 9:12 AM X Legal <legal-noreply@x.com> wrote:
>> Hello, we will review {X[4]} and {X[5]} again
>> and expect they will be removed shortly.
>>
>>> KCSC Takedown wrote: the items {X[6]} and {X[7]} were removed by you.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail thread with three quoted levels (reply to our reminder quoting the platform's earlier promise)",
    why="only the new text counts: X5 removed, X6 rejected; the quoted promise 'will be removed' and the third-level 'were removed' change nothing",
    items={X[4]: "removed", X[5]: "rejected"},
)

# ===== NAVER (KCSC-240910-01, 5 items) =====
case(
    name="naver-imsi-jochi-notice",
    **{"from": "noreply@navercorp.com"},
    name_from="네이버 게시중단요청서비스",
    date="Wed, 11 Sep 2024 05:10:00 +0000",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240910-01)",
    reply_to_req=mid("KCSC-240910-01"),
    body=f"""안녕하세요, 네이버 게시중단요청서비스입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

아래 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치(게시중단)되었습니다.

- {N[0]}
- {N[1]}

임시조치 기간 중 게시자의 재게시 요청이 있는 경우 별도로 안내드리겠습니다.
게시중단요청서비스 안내: https://inoti.naver.com/inoti/main.nhn

감사합니다.
NAVER Corp. | 경기도 성남시 분당구 정자일로 95
본 메일은 발신전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 처리 결과 notice (임시조치 under Network Act Art. 44-2)",
    why="임시조치 is the temporary measure: restricted for both blog posts; the inoti link is no item",
    items={N[0]: "restricted", N[1]: "restricted"},
)

pct_n4 = "https://cafe.naver.com/%EB%8B%AC%EB%B9%9B%EB%AA%A8%EC%9E%84/512"
case(
    name="naver-kcsc-result-html-table",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 07:30:00 +0000",
    subject="RE: [방송통신심의위원회] 시정요구 조치결과 회신 (KCSC-240910-01)",
    reply_to_req=mid("KCSC-240910-01"),
    type="html",
    body=f"""<div>안녕하세요. 네이버 정책지원팀입니다.</div>
<div>귀 위원회의 시정요구(KCSC-240910-01)에 대한 조치결과를 아래와 같이 회신드립니다.</div>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[2]}</td><td>삭제</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{pct_n4}</td><td>게시물 없음</td><td>작성자 자진 삭제(요청 접수 전)</td></tr>
<tr><td>3</td><td>{N[4]}</td><td>미조치</td><td>위법성 확인 불가, 게시 유지</td></tr>
</table>
<div>문의사항은 회신 주시기 바랍니다.</div>
<div>네이버 주식회사 정책지원팀 드림</div>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 table (번호/URL/조치결과/비고)",
    why="삭제 → removed; 게시물 없음 (author deleted) → not_found, given percent-encoded for an item stored raw; 미조치 with a reason, 게시 유지 → rejected",
    items={N[2]: "removed", N[3]: "not_found", N[4]: "rejected"},
)

case(
    name="naver-raw-iri-particle-blind",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 02:15:00 +0000",
    subject="[회신] KCSC-240910-01 카페 게시물 조치 안내",
    reply_to_req=mid("KCSC-240910-01"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요, 네이버입니다.

요청하신 카페 게시물 https://cafe.naver.com/달빛모임/512에 대해 카페 운영정책 위반이 확인되어 블라인드 처리하였습니다.
또한 https://cafe.naver.com/quietstreet/7781은(는) 서비스 운영자(네이버)에 의해 삭제 조치되었습니다.

네이버 카페 고객센터: https://help.naver.com/service/5637/
감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 블라인드 처리 안내 mail, quoted-printable Korean",
    why="raw Korean IRI followed by a particle (에 대해) matches the item; 블라인드 → removed; '서비스 운영자(네이버)에 의해 삭제' (deleted by the operator, NAVER) → removed",
    items={N[3]: "removed", N[2]: "removed"},
)

case(
    name="naver-asks-more-documents",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 09:00:00 +0000",
    subject="RE: KCSC-240910-01 추가 자료 요청",
    reply_to_req=mid("KCSC-240910-01"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 아래 게시물은 명예훼손 여부 판단을 위해 피해 당사자의 확인이 필요합니다.

{N[0]}
{N[1]}

피해자 본인 확인 서류 및 권리침해 소명 자료를 추가로 제출해 주시면 검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER 권리침해 신고 소명자료 요청 reply",
    why="asks for the victim's documents before acting: nothing applied, review asks_more",
    items={},
)

case(
    name="naver-ooo-korean",
    **{"from": "hyejin.park@navercorp.com"},
    name_from="박혜진",
    date="Tue, 10 Sep 2024 02:01:00 +0000",
    subject="[부재중] Re: KCSC-240910-01 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240910-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 박혜진입니다.

9월 10일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook 부재중 자동 회신",
    why="out-of-office auto-reply: ignored",
    items={},
)

# ===== YouTube (KCSC-240910-02, 4 items) =====
case(
    name="yt-legal-removed-and-blocked",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 10:20:00 +0000",
    subject="[6-3391000041273] Re: KCSC-240910-02",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""Hello,

Thanks for reaching out to us.

In response to your complaint, we have removed the following video(s)
from YouTube for violating our Community Guidelines:
{Y[0]}

We have also blocked the following content from view on YouTube in
South Korea, based on local law:
{Y[1]}

You can learn more about our policies at
https://support.google.com/youtube/answer/9288567

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support 'we have removed ... / blocked ... in <country>' legal complaint reply",
    why="removed (global) and blocked in South Korea (restricted); the support.google.com link is no item",
    items={Y[0]: "removed", Y[1]: "restricted"},
)

case(
    name="yt-age-restricted-and-no-violation",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 04:05:00 +0000",
    subject="[6-3391000041290] Your request KCSC-240910-02",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""Hello,

We reviewed the content you reported.

- {Y[2]} : we have age-restricted this video. It is no longer visible
  to viewers who are signed out or under 18.
- {Y[3]} : after careful review we have decided not to take action,
  as this video does not violate our Community Guidelines.

If you have additional information, you can reply to this email.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction decision and 'decided not to take action' reply",
    why="age-restricted → restricted; 'decided not to take action ... does not violate' → rejected; the offer to send more information is no request for it",
    items={Y[2]: "restricted", Y[3]: "rejected"},
)

alt_text = f"""Hi,

The reported content listed below has been removed from YouTube following
our review under our Community Guidelines.

Reported content:
  Video: {Y[0]}
  Video: {Y[3]}

- The YouTube Team
Help Center: https://support.google.com/youtube/
"""
alt_html = f"""<html><body><p>Hi,</p>
<p>The reported content listed below has been removed from YouTube following
our review under our Community Guidelines.</p>
<p><b>Reported content:</b><br>
Video: <a href="{Y[0]}">{Y[0]}</a><br>
Video: <a href="{Y[3]}">{Y[3]}</a></p>
<p>- The YouTube Team<br><a href="https://support.google.com/youtube/">Help Center</a></p>
</body></html>
"""
case(
    name="yt-alternative-base64-echoed-report",
    **{"from": "no-reply@youtube.com"},
    date="Mon, 16 Sep 2024 00:30:00 +0000",
    subject="Update on your report (KCSC-240910-02)",
    reply_to_req=mid("KCSC-240910-02"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt_alt_7"

--yt_alt_7
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(alt_text)}
--yt_alt_7
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(alt_html)}
--yt_alt_7--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report-outcome email with an echoed 'Reported content' block (multipart/alternative, base64)",
    why="statement about 'the reported content listed below' followed by the echoed report naming two videos",
    items={Y[0]: "removed", Y[3]: "removed"},
)

case(
    name="yt-dmarc-fail",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    auth="fail",
    date="Fri, 13 Sep 2024 06:00:00 +0000",
    subject="Re: KCSC-240910-02",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""Hello,

We have removed the following videos from YouTube:
{Y[0]}
{Y[1]}
{Y[2]}

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="untrusted",
    imitates="YouTube Legal Support removal reply (spoof: DMARC fail)",
    why="perfect confirmation but dmarc=fail: nothing applied, review untrusted",
    items={},
)

case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal KR",
    date="Tue, 10 Sep 2024 07:00:00 +0000",
    subject="Read: KCSC-240910-02 removal request",
    reply_to_req=mid("KCSC-240910-02"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_k1"

--mdn_k1
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: KCSC-240910-02 removal request
  Sent: Tuesday, September 10, 2024 3:00 PM (UTC+09:00)

was read on Tuesday, September 10, 2024 4:00 PM (UTC+09:00).

--mdn_k1
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <{mid('KCSC-240910-02')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_k1--
""",
    outcome="ignored",
    imitates="Outlook/Exchange read receipt (RFC 8098 MDN)",
    why="read receipt: ignored, not forwarded",
    items={},
)

# ===== TikTok (KCSC-240911-01, 3 items) =====
case(
    name="tiktok-report-outcome-mixed",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Law Enforcement & Government Outreach",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject="Re: KCSC-240911-01 - Outcome of your report",
    reply_to_req=mid("KCSC-240911-01"),
    body=f"""Dear Reporter,

Thank you for your report. We reviewed the content you reported and took
the following actions:

* {T[0]} - Removed: this video violates our Community Guidelines.
* {T[1]} - Removed: this video violates our Community Guidelines.
* {T[2]} - No violation: we didn't find a violation of our Community
  Guidelines or applicable local law, so the video will stay up.

To learn more, visit our Community Guidelines at
https://www.tiktok.com/community-guidelines

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome notification ('We didn't find a violation' / content removed) in a bulleted list",
    why="two removed, one rejected (no violation, will stay up); the guidelines link is no item",
    items={T[0]: "removed", T[1]: "removed", T[2]: "rejected"},
)

case(
    name="tiktok-korean-geo-block",
    **{"from": "kr-legal@tiktok.com"},
    name_from="틱톡 코리아 법무팀",
    date="Fri, 13 Sep 2024 03:00:00 +0000",
    subject="[TikTok] 방송통신심의위원회 요청(KCSC-240911-01) 처리 결과",
    reply_to_req=mid("KCSC-240911-01"),
    body=f"""안녕하세요, 틱톡 코리아 법무팀입니다.

요청하신 건에 대해 아래와 같이 조치하였음을 알려드립니다.

1) {T[0]}
   → 커뮤니티 가이드라인 위반으로 삭제되었습니다.
2) {T[2]}
   → 국내 법령 위반 소지가 있어 대한민국 내 접속을 차단하였습니다.

기타 문의사항은 회신 부탁드립니다.
틱톡 코리아 드림
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea legal team Korean reply (삭제 / 국내 접속 차단)",
    why="삭제되었습니다 → removed; 대한민국 내 접속 차단 → restricted",
    items={T[0]: "removed", T[2]: "restricted"},
)

case(
    name="tiktok-lookalike-domain",
    **{"from": "legal@tiktok-legal-kr.com"},
    name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 05:00:00 +0000",
    subject="Re: KCSC-240911-01 - all done",
    reply_to_req=mid("KCSC-240911-01"),
    body=f"""Dear KCSC,

We confirm that the following videos have been deleted:
{T[0]}
{T[1]}
{T[2]}

TikTok Legal
""",
    outcome="review", review="unknown_sender",
    imitates="TikTok removal confirmation sent from a look-alike domain (spoof)",
    why="authenticated for tiktok-legal-kr.com, which is no platform's domain: unknown_sender, nothing applied",
    items={},
)

case(
    name="tiktok-bounce-of-reminder",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Tue, 17 Sep 2024 01:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b9"

--dsn_b9
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx1.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--dsn_b9
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 17 Sep 2024 10:00:01 +0900 (KST)

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn_b9
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: Reminder: KCSC-240911-01 - action still pending
Message-ID: <rem-240911-01-1@kcsc.example>
Date: Tue, 17 Sep 2024 10:00:00 +0900

--dsn_b9--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (RFC 3464) for our reminder",
    why="bounce of our own reminder: ignored",
    items={},
)

# ===== Meta (KCSC-240912-01, 3 items) =====
case(
    name="meta-local-law-restricted-and-removed",
    **{"from": "kr-legal@meta.com"},
    name_from="Meta Legal Operations",
    date="Fri, 13 Sep 2024 02:40:00 +0000",
    subject="Re: KCSC-240912-01 [Ref: 1057729311]",
    reply_to_req=mid("KCSC-240912-01"),
    body=f"""Hello,

Thank you for contacting Meta.

We reviewed the content you reported against our Community Standards and
the applicable local law.

We've restricted access in South Korea to the following content, as it
was found to violate local law:
{M[0]}

We've removed the following content because it goes against our
Community Standards on fraud and deception:
{M[2]}

For more information, please visit our Transparency Center:
https://transparency.meta.com/policies/community-standards/

Meta Legal Operations
Reference: 1057729311
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' / 'removed for going against Community Standards' outcome",
    why="restricted in South Korea for one Instagram post, removed for the Facebook group post; M2 untouched",
    items={M[0]: "restricted", M[2]: "removed"},
)

meta_txt = f"""Hi,

Thanks for your report. We took down the post you reported because it goes
against our Community Guidelines.

Your report
Reported on: September 12, 2024
Reported for: Scam or fraud
Content: {M[1]}

Instagram Help Center: https://help.instagram.com/
"""
meta_html = f"""<html><body>
<p>Hi,</p><p>Thanks for your report. We took down the post you reported because it goes
against our Community Guidelines.</p>
<table><tr><td colspan="2"><b>Your report</b></td></tr>
<tr><td>Reported on:</td><td>September 12, 2024</td></tr>
<tr><td>Reported for:</td><td>Scam or fraud</td></tr>
<tr><td>Content:</td><td><a href="{M[1]}">{M[1]}</a></td></tr></table>
<p><a href="https://help.instagram.com/">Instagram Help Center</a></p>
</body></html>
"""
case(
    name="meta-instagram-qp-echoed-report",
    **{"from": "no-reply@instagram.com"},
    date="Sat, 14 Sep 2024 11:11:00 +0000",
    subject="We took down the post you reported",
    reply_to_req=mid("KCSC-240912-01"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="ig_b_2"

--ig_b_2
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(meta_txt)}
--ig_b_2
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(meta_html)}
--ig_b_2--
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'We took down the post you reported' notice with a 'Your report' block (quoted-printable, multipart/alternative)",
    why="'took down the post you reported' + echoed report naming one post; sender subdomain of instagram.com",
    items={M[1]: "removed"},
)

case(
    name="meta-partly-done-rest-under-review",
    **{"from": "kr-legal@meta.com"},
    name_from="Meta Legal Operations",
    date="Mon, 16 Sep 2024 04:00:00 +0000",
    subject="Re: KCSC-240912-01 - partial update",
    reply_to_req=mid("KCSC-240912-01"),
    body=f"""Hello,

A quick update on your request. We have removed {M[1]}
for violating our Community Standards.

{M[0]} and {M[2]} are still under review with our specialist team and
we will write to you again once a decision has been made.

Meta Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Meta Legal partial update (one item actioned, others still under review)",
    why="one removal applied; the two 'still under review' items stay pending (a clearly stated pending state, no statement of outcome)",
    items={M[1]: "removed"},
)

case(
    name="meta-ticket-receipt-html",
    **{"from": "notification@facebookmail.com"},
    name_from="Meta Support",
    date="Thu, 12 Sep 2024 01:03:00 +0000",
    subject="[Case #1057729311] We received your report",
    reply_to_req=mid("KCSC-240912-01"),
    type="html",
    body="""<html><body>
<p>Hi KCSC Takedown,</p>
<p>Thanks for contacting us. We have received your report and a support ticket
has been created: <b>Case #1057729311</b>.</p>
<p>Our team will review the information you provided and get back to you by
email. You don't need to reply to this message.</p>
<p><a href="https://www.facebook.com/help/">Visit the Help Center</a></p>
<p style="font-size:10px">Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p>
</body></html>
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta support case-created receipt (HTML-only, ticket system)",
    why="pure ticket receipt naming no item: ignored",
    items={},
)

# ===== Kakao / Daum (KCSC-240913-01, 3 items) =====
case(
    name="kakao-daum-cafe-gesijungdan",
    **{"from": "cs_report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 08:30:00 +0000",
    subject="[카카오] 게시물 신고 처리 결과 안내 (KCSC-240913-01)",
    reply_to_req=mid("KCSC-240913-01"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 Daum 카페 게시물에 대한 검토 결과를 안내드립니다.

[처리 결과]
{K[0]}
 - 게시중단 처리되었습니다.
{K[1]}
 - 게시중단 처리되었습니다.
{K[2]}
 - 해당 영상은 이미 작성자에 의해 삭제되어 확인할 수 없습니다.

※ 운영정책 안내: https://www.daum.net/policy
카카오 고객센터 https://cs.kakao.com
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 게시물 신고 처리 결과 안내 (status on the line below each URL)",
    why="게시중단 → removed (twice); 이미 작성자에 의해 삭제 → not_found; policy/cs links are no items",
    items={K[0]: "removed", K[1]: "removed", K[2]: "not_found"},
)

case(
    name="kakao-outlook-original-korean",
    **{"from": "minsu.lee@kakaocorp.com"},
    name_from="이민수",
    date="Mon, 16 Sep 2024 06:00:00 +0000",
    subject="RE: KCSC-240913-01 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240913-01"),
    body=f"""안녕하세요, 카카오 정책팀 이민수입니다.

{K[1]} 게시물은 금일 삭제 조치 완료하였습니다.

감사합니다.

-----원본 메시지-----
보낸 사람: KCSC Takedown <takedown@kcsc.example>
받는 사람: policy@kakaocorp.com
날짜: 2024-09-13 (금) 14:00
제목: KCSC-240913-01 게시물 삭제 요청

아래 게시물의 삭제를 요청합니다. 삭제 완료 후 회신 바랍니다.
{K[0]}
{K[1]}
{K[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply with '-----원본 메시지-----' block quoting our request",
    why="삭제 조치 완료 for one item; the quoted request (삭제 완료 후 회신) changes nothing",
    items={K[1]: "removed"},
)

case(
    name="kakao-hedged-seems-deleted",
    **{"from": "cs_report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Tue, 17 Sep 2024 02:00:00 +0000",
    subject="Re: KCSC-240913-01 문의 답변",
    reply_to_req=mid("KCSC-240913-01"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

문의하신 {K[0]} 게시물은 확인 결과 현재 삭제된 것으로 보이나,
카페 운영자 조치인지 여부는 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao 고객센터 문의 답변 (hedged, follow-up promised)",
    why="'삭제된 것으로 보이나 ... 확인 후 다시 안내' is a hedge and a promise: a clerk would hesitate, review",
    items={},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 05:01:00 +0000",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    reply_to_req=mid("KCSC-240913-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호: 2409131400552)
담당자가 확인 후 순차적으로 답변드리겠습니다.

본 메일은 발신전용으로 회신되지 않습니다.
""",
    outcome="ignored",
    imitates="Kakao 고객센터 문의 접수 완료 auto-mail",
    why="ticket receipt with Auto-Submitted, no item: ignored (classification auto_reply or acknowledgement)",
    items={},
)

# ===== Telegram (KCSC-240913-02, 2 items) =====
case(
    name="tg-abuse-short-blocked",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240913-02",
    reply_to_req=mid("KCSC-240913-02"),
    body=f"""Hello,

Thanks, the posts below have been blocked.

{TG[0]}
{TG[1]}

--
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="terse Telegram abuse-desk reply ('have been blocked')",
    why="'blocked' without a country on Telegram is removal (made unavailable) for both posts",
    items={TG[0]: "removed", TG[1]: "removed"},
)

case(
    name="tg-one-url-one-sentence",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Sun, 15 Sep 2024 12:00:00 +0000",
    subject="KCSC-240913-02",
    reply_to_req=mid("KCSC-240913-02"),
    body=f"""{TG[1]} is no longer available on Telegram.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line Telegram notice (URL and one sentence)",
    why="a notice that is only a URL and one sentence: made unavailable → removed; the other post stays pending",
    items={TG[1]: "removed"},
)

case(
    name="tg-claims-x-items",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 09:00:00 +0000",
    subject="Re: your report",
    body=f"""Hello,

The following content has been removed:
{X[0]}
{X[1]}

--
Telegram Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="Telegram abuse-desk reply misdirected at another platform's items",
    why="trusted Telegram mail claims X posts: they must stay pending; review wrong_platform (not_understood would also be acceptable)",
    items={},
)

# ===== Discord (KCSC-240916-01, 2 items) =====
case(
    name="discord-tns-removed-and-not-located",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Tue, 17 Sep 2024 03:30:00 +0000",
    subject="Re: [Ticket #41880217] KCSC-240916-01",
    reply_to_req=mid("KCSC-240916-01"),
    body=f"""##- Please type your reply above this line -##

Hi there,

Thanks for reaching out to Discord Trust & Safety.

We have reviewed your report and removed the following message for
violating our Community Guidelines:
{D[0]}

We were unable to locate this message:
{D[1]}
It may have been deleted before our team reviewed it.

You can read our Community Guidelines at https://discord.com/guidelines

Discord Trust & Safety
Ticket #41880217
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk reply ('Please type your reply above this line')",
    why="removed one message, could not locate the other (hedge only about why): removed + not_found",
    items={D[0]: "removed", D[1]: "not_found"},
)

case(
    name="discord-bulk-all-actioned",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 18 Sep 2024 03:30:00 +0000",
    subject="Re: [Ticket #41880299] KCSC-240916-01",
    reply_to_req=mid("KCSC-240916-01"),
    body="""##- Please type your reply above this line -##

Hi there,

We have taken action on all of the messages in your report KCSC-240916-01,
and the server involved has been removed from Discord.

Discord Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="Discord Trust & Safety bulk outcome without an item list",
    why="'all of the messages in your report' names no item: bulk_confirmations = review",
    items={},
)

# ===== Reddit (KCSC-240917-01, 1 item) =====
case(
    name="reddit-removed-echoed-report",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit",
    date="Wed, 18 Sep 2024 07:00:00 +0000",
    subject="Re: KCSC-240917-01 - Your report",
    reply_to_req=mid("KCSC-240917-01"),
    body=f"""Hi,

Thanks for submitting a report to the Reddit Safety team. After
investigating, we've found that the reported content violates Reddit's
Content Policy and have removed it.

Report details
Report reason: Sale of illegal or regulated goods
Reported content: {R[0]}

Thanks again for your report,
Reddit Safety
Reddit Content Policy: https://www.redditinc.com/policies/content-policy
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report outcome message with echoed 'Report details'",
    why="statement about 'the reported content' followed by the echoed report naming the one post",
    items={R[0]: "removed"},
)

case(
    name="reddit-future-may-remove",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Wed, 18 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240917-01",
    reply_to_req=mid("KCSC-240917-01"),
    body=f"""Hello,

We received your notice concerning {R[0]}.
Our team is assessing the post under local law and may remove or restrict
it once that assessment is complete. We expect to respond within five
business days.

Reddit Legal
""",
    outcome="review", review="not_understood",
    imitates="Reddit Legal holding reply (assessment in progress, possible future action)",
    why="names the item but only in future/modal terms: not a status; a trusted reply naming the item must be seen, so review",
    items={},
)

# ===== unknown sender / vendor =====
case(
    name="unknown-vendor-claims-tiktok",
    **{"from": "cases@tns-outsourcing.example"},
    name_from="Trust & Safety Partner Desk",
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject="KCSC-240911-01 completed on behalf of TikTok",
    reply_to_req=mid("KCSC-240911-01"),
    body=f"""Dear KCSC,

Acting on behalf of our client, we confirm the removal of:
{T[1]}
{T[2]}

Partner Desk
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor claiming action on behalf of a platform",
    why="authenticated but unknown domain naming our items: unknown_sender, nothing applied",
    items={},
)

# ===== more X: acknowledgement and hedges =====
case(
    name="x-auto-ack-case-number",
    **{"from": "legal-noreply@x.com"},
    date="Mon, 09 Sep 2024 01:05:00 +0000",
    subject="Case# 0195-KR-88100: We've received your report",
    reply_to_req=mid("KCSC-240909-01"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hello,

Thank you for contacting X. This is an automatic confirmation that we have
received your report. Your case number is 0195-KR-88100.

Please do not reply to this message. We will be in touch if we need more
information.

X Legal
""",
    outcome="ignored",
    imitates="X legal-request automatic case receipt",
    why="automatic receipt naming no item: ignored",
    items={},
)

case(
    name="x-under-review-will-update",
    **{"from": "legal-noreply@x.com"},
    date="Tue, 10 Sep 2024 05:05:00 +0000",
    subject="Re: KCSC-240909-01",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""Hello,

We are currently reviewing the following posts against the X Rules and
applicable local law:

{X[6]}
{X[7]}

We will update you once we have completed our review.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X Legal interim 'currently reviewing' reply naming the items",
    why="under review + promise, naming items: no status, and not ignorable (trusted, names items) → review not_understood",
    items={},
)

case(
    name="x-account-suspended-posts-unavailable",
    **{"from": "legal-noreply@x.com"},
    date="Sat, 14 Sep 2024 06:00:00 +0000",
    subject="Re: KCSC-240909-01 — account action",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""Hello,

The account @noon_drift has been permanently suspended for violating the
X Rules. As a result, the following posts are no longer available on X:

{X[0]}
{X[3]}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account-suspension outcome ('no longer available on X')",
    why="posts of a suspended account are no longer available → removed for the two listed posts (X1, X4 of handle noon_drift); ",
    items={X[0]: "removed", X[3]: "removed"},
)

case(
    name="x-lookalike-domain",
    **{"from": "legal@x-com-support.example"},
    name_from="X Legal",
    date="Sun, 15 Sep 2024 06:00:00 +0000",
    subject="Re: KCSC-240909-01",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""Hello,

The posts below were removed today:
{X[8]}
{X[9]}

X Legal
""",
    outcome="review", review="unknown_sender",
    imitates="X legal removal reply from a look-alike domain",
    why="look-alike sender domain authenticated for itself: unknown_sender",
    items={},
)

case(
    name="yt-outlook-quoted-geo-disabled",
    **{"from": "m.seo@google.com"},
    name_from="Minji Seo",
    date="Tue, 17 Sep 2024 02:30:00 +0000",
    subject="RE: KCSC-240910-02 Reminder",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""Hello,

We have disabled access in Korea to {Y[2]}, based on local law. The video
remains available in other countries.

Kind regards,
Minji Seo
Legal Specialist, Google Korea

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:00 AM
To: legal-kr@google.com
Subject: KCSC-240910-02 Reminder

The following items must be removed; our records show them as pending:
{Y[0]}
{Y[1]}
{Y[2]}
{Y[3]}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal specialist reply over an Outlook 'From:/Sent:' quoted reminder",
    why="disabled access in Korea → restricted for one video; quoted reminder ignored",
    items={Y[2]: "restricted"},
)

case(
    name="naver-html-only-blind-notice-mixed",
    **{"from": "noreply@naver.com"},
    name_from="네이버 블로그",
    date="Wed, 18 Sep 2024 01:00:00 +0000",
    subject="[네이버 블로그] 신고 게시물 처리 안내",
    reply_to_req=mid("KCSC-240910-01"),
    type="html",
    body=f"""<html><body>
<h3>신고하신 게시물의 처리 결과를 알려드립니다.</h3>
<ul>
<li><a href="{N[0]}">{N[0]}</a><br>비공개 처리되었습니다.</li>
<li><a href="{N[4]}">{N[4]}</a><br>검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.</li>
</ul>
<p>자세한 내용은 <a href="https://blog.naver.com/blogpeople/policy">블로그 운영정책</a>을 참고해 주세요.</p>
<p style="font-size:11px">Copyright © NAVER Corp. All Rights Reserved.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 신고 처리 안내 HTML notice (status under each linked URL)",
    why="비공개 처리 → removed; 위반 사항이 확인되지 않아 별도 조치하지 않았습니다 → rejected; policy link is no item",
    items={N[0]: "removed", N[4]: "rejected"},
)

case(
    name="tiktok-dsa-statement-restricted",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Sun, 15 Sep 2024 10:00:00 +0000",
    subject="Decision on your report KCSC-240911-01",
    reply_to_req=mid("KCSC-240911-01"),
    body=f"""Hi,

We've reviewed the content you reported:

Content: {T[1]}
Decision: Restricted in your country or region
Reason: The content violates local law in South Korea.
Automated means used: No

If you disagree with this decision, you can appeal at
https://www.tiktok.com/legal/report/appeal

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons (Content / Decision / Reason / Automated means)",
    why="Decision field on the line after the URL: restricted; the appeal link is no item",
    items={T[1]: "restricted"},
)

case(
    name="reddit-ooo-legal",
    **{"from": "a.moreno@reddit.com"},
    name_from="Ana Moreno",
    date="Tue, 17 Sep 2024 00:31:00 +0000",
    subject="Automatic reply: KCSC-240917-01 removal request",
    reply_to_req=mid("KCSC-240917-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: a.moreno@reddit.com"],
    body="""Hi,

I am out of the office until Monday, September 23 with limited access to
email. For urgent legal requests, please write to legal@reddit.com.

Thanks,
Ana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' out-of-office",
    why="out-of-office: ignored",
    items={},
)

def xlsx_bytes(rows):
    """A small XLSX built with openpyxl, re-zipped with fixed timestamps."""
    import datetime
    import zipfile
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "조치결과"
    for r in rows:
        ws.append(r)
    fixed = datetime.datetime(2024, 9, 18, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "kakao"
    raw = io.BytesIO()
    wb.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            data = src.read(name)
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                              b'<dcterms:modified xsi:type="dcterms:W3CDTF">2024-09-18T09:00:00Z</dcterms:modified>', data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 18, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


XLSX = xlsx_bytes([
    ["번호", "URL", "조치결과"],
    [1, K[0], "삭제"],
    [2, K[1], "임시조치(30일)"],
    [3, K[2], "해당없음(위반사항 없음)"],
])
case(
    name="kakao-xlsx-result-sheet",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Wed, 18 Sep 2024 00:30:00 +0000",
    subject="RE: [방송통신심의위원회] KCSC-240913-01 조치결과 회신",
    reply_to_req=mid("KCSC-240913-01"),
    raw_mime="""Content-Type: multipart/mixed; boundary="kk_xlsx_3"

--kk_xlsx_3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 정책팀입니다.
요청하신 건의 조치결과를 첨부 파일로 회신드립니다.
감사합니다.

--kk_xlsx_3
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240913-01_result.xlsx"
Content-Disposition: attachment; filename="KCSC-240913-01_result.xlsx"
Content-Transfer-Encoding: base64

""" + base64.encodebytes(XLSX).decode("ascii") + """
--kk_xlsx_3--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 조치결과 spreadsheet (번호/URL/조치결과) attached to a one-line cover mail",
    why="statuses only in an XLSX attachment: 삭제 → removed, 임시조치 → restricted, 해당없음(위반사항 없음) → rejected",
    items={K[0]: "removed", K[1]: "restricted", K[2]: "rejected"},
)

HEADER = """# Blind set 17 (issue 11): general mix, English and Korean, nine platforms.
# Generated by make.py; expected results written from each email's meaning
# before anything was run."""


RAW_SUBJECT_OK = {"naver-imsi-jochi-notice"}  # one SMTPUTF8-style raw UTF-8 subject


def encode_headers(cases):
    from email.header import Header
    for c in cases:
        nf = c.get("name_from")
        if nf and not nf.isascii():
            c["name_from"] = Header(nf, "utf-8").encode()
        if not c["subject"].isascii() and c["name"] not in RAW_SUBJECT_OK:
            c["subject"] = Header(c["subject"], "utf-8").encode()


def main():
    encode_headers(C)
    write_requests()
    corpuslib.write_set(HERE, "blind17", HEADER, C)


if __name__ == "__main__":
    main()
