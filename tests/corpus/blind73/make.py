#!/usr/bin/env python3
"""Blind set 73 (issue 11): a general mix, English and Korean, across large
platforms, hosts, a CDN, a file locker and community sites. Expected results
are written here from each email's meaning, before the reader is run.
Deterministic: run `python3 make.py` to regenerate cases/ and expected.toml.
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
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "hetzner.com": "Hetzner Abuse Team",
    "cloudflare.com": "Cloudflare Trust & Safety",
    "mega.nz": "MEGA Takedown",
    "dcinside.com": "디시인사이드 운영팀",
    "reddit.com": "Reddit Legal",
})

# ---------------------------------------------------------------- requests
A = [f"https://t.me/wolfshop73/{n}" for n in range(1201, 1208)]
B = [f"https://t.me/pillmarket73/{n}" for n in range(88, 95)]
TG = A + B  # 14 items
N = [
    "https://blog.naver.com/fakeblogger73/223500000001",
    "https://blog.naver.com/fakeblogger73/223500000002",
    "https://blog.naver.com/fakeblogger73/223500000003",
    "https://cafe.naver.com/fakecafe73/5512",
    "https://cafe.naver.com/약장터73/31",
]
N5_PCT = "https://cafe.naver.com/%EC%95%BD%EC%9E%A5%ED%84%B073/31"
K = [
    "https://cafe.daum.net/drugcafe73/Xy12/101",
    "https://cafe.daum.net/drugcafe73/Xy12/102",
    "https://fakeblog73.tistory.com/55",
    "https://fakeblog73.tistory.com/56",
]
H = [
    "https://pills-kr73.shop/",
    "https://pills-kr73.shop/order.php",
    "https://casino-kr73.online/join",
]
C = [
    "https://toto-site73.com/",
    "https://toto-site73.com/event",
    "https://bet73-kr.net/",
]
X = [
    "https://x.com/fake_seller73/status/1834000000000000011",
    "https://x.com/fake_seller73/status/1834000000000000012",
]
M = [
    "https://mega.nz/file/Ab3dEf9h#fakeKey73aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "https://mega.nz/folder/Qw7eRt1y#fakeKey73bbbbbbbbbbbbbbbbbbbbb",
]
D = [
    "https://gall.dcinside.com/board/view/?id=fakegall73&no=10021",
    "https://gall.dcinside.com/board/view/?id=fakegall73&no=10022",
]
Y = ["https://www.youtube.com/watch?v=Bl73XyZ0aQ1"]
R = ["https://www.reddit.com/r/fakesub73/comments/1fabc73/cheap_meds_no_prescription/"]

REQS = [
    # ref, platform, sent, due, msgid, category, urls
    ("KCSC-240909-01", "telegram", "2024-09-09T10:00:00+09:00", "2024-09-16T10:00:00+09:00", "req-240909-01", "drugs", TG),
    ("KCSC-240910-01", "naver", "2024-09-10T11:00:00+09:00", "2024-09-17T11:00:00+09:00", "req-240910-01", "drugs", N),
    ("KCSC-240911-01", "kakao", "2024-09-11T09:30:00+09:00", "2024-09-18T09:30:00+09:00", "req-240911-01", "drugs", K),
    ("KCSC-240912-01", "hetzner", "2024-09-12T14:00:00+09:00", "2024-09-19T14:00:00+09:00", "req-240912-01", "drugs", H),
    ("KCSC-240913-01", "cloudflare", "2024-09-13T10:00:00+09:00", "2024-09-20T10:00:00+09:00", "req-240913-01", "gambling", C),
    ("KCSC-240913-02", "x", "2024-09-13T16:00:00+09:00", "2024-09-20T16:00:00+09:00", "req-240913-02", "drugs", X),
    ("KCSC-240916-01", "mega", "2024-09-16T10:00:00+09:00", "2024-09-23T10:00:00+09:00", "req-240916-01", "obscenity", M),
    ("KCSC-240916-02", "dcinside", "2024-09-16T15:00:00+09:00", "2024-09-23T15:00:00+09:00", "req-240916-02", "drugs", D),
    ("KCSC-240917-01", "youtube", "2024-09-17T09:00:00+09:00", "2024-09-24T09:00:00+09:00", "req-240917-01", "gambling", Y),
    ("KCSC-240917-02", "reddit", "2024-09-17T13:00:00+09:00", "2024-09-24T13:00:00+09:00", "req-240917-02", "drugs", R),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, mid, cat, urls in REQS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, lang="en"):
    if lang == "ko":
        lines = [f"> 방송통신심의위원회 시정요구 ({ref})", ">",
                 "> 아래 정보에 대하여 삭제 또는 접속차단을 요청합니다."]
    else:
        lines = [f"> Korea Communications Standards Commission - removal request {ref}", ">",
                 "> Please remove or disable access to the following items:"]
    for u in urls:
        lines.append(f"> - {u}  (removal requested)")
    return "\n".join(lines)


def b64(s):
    data = base64.b64encode(s.encode("utf-8")).decode()
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def attach_csv(text_body, fname, rows, boundary):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(text_body)}
--{boundary}
Content-Type: text/csv; charset=utf-8; name="{fname}"
Content-Disposition: attachment; filename="{fname}"
Content-Transfer-Encoding: base64

{b64(buf.getvalue())}
--{boundary}--
"""


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ TELEGRAM
case(
    name="tg-bullet-list-removed",
    date="Tue, 10 Sep 2024 15:12:40 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240909-01 removal request",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Thank you for your report. The following messages have been removed for violating the Telegram Terms of Service:

• {A[0]}
• {A[1]}
• {A[2]}
• {A[3]}

The remaining links from your request are still being processed.

Telegram Abuse Team
https://telegram.org/tos
""",
    outcome="applied", classification="confirmation",
    items={A[0]: "removed", A[1]: "removed", A[2]: "removed", A[3]: "removed"},
    imitates="Telegram abuse@ / dsa@ replies quoted in public threads: bullet list of removed t.me links, ToS link footer",
    why="Bulleted list under one removal sentence; 'still being processed' for the rest changes nothing; the ToS link is not an item.",
)

case(
    name="tg-status-below-bare-url",
    date="Wed, 11 Sep 2024 08:01:10 +0000",
    **{"from": "dsa@telegram.org"},
    subject="Case #7730412 - KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Case #7730412

Dear Sir or Madam,

We have reviewed the links you submitted. Results per link:

{A[4]}
This message is no longer available to users in the Republic of Korea.

{A[5]}
We reviewed this message and found that it does not violate our Terms of Service. No action was taken.

{A[6]}
This link is invalid. We could not locate a message at this address.

Kind regards,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    items={A[4]: "restricted", A[5]: "rejected", A[6]: "not_found"},
    imitates="Telegram DSA case replies (Case # header, per-link result under each bare link)",
    why="Status sentence on the line below each bare URL: country-withheld, no violation, invalid link.",
)

case(
    name="tg-top-posted-over-quoted-list",
    date="Thu, 12 Sep 2024 02:44:00 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240909-01 removal request",
    reply_to_req="req-240909-01",
    body=f"""Hi,

{B[0]} and {B[1]} have been taken down.

Best,
Telegram Abuse

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240909-01", TG)}
""",
    outcome="applied", classification="confirmation",
    items={B[0]: "removed", B[1]: "removed"},
    imitates="short top-posted Gmail-style abuse-desk reply over the quoted original request",
    why="Only the two URLs in the sender's own line are removed; the 14 quoted lines with 'removal requested' do not count.",
)

case(
    name="tg-csv-attachment",
    date="Fri, 13 Sep 2024 06:30:00 +0000",
    **{"from": "dsa@telegram.org"},
    subject="Case #7730998 results (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    raw_mime=attach_csv(
        "Hello,\n\nPlease find the outcome of our review of your request KCSC-240909-01 "
        "in the attached file.\n\nTelegram Support\n",
        "case_7730998.csv",
        [["link", "action"],
         [B[2], "Removed"],
         [B[3], "Removed"],
         [B[4], "Not found"]],
        "tgcsv73"),
    outcome="applied", classification="confirmation",
    items={B[2]: "removed", B[3]: "removed", B[4]: "not_found"},
    imitates="Telegram DSA bulk result sheet sent as CSV attachment",
    why="Per-row statuses in a base64 CSV attachment; the text body only points to it.",
)

case(
    name="tg-hedged-under-review",
    date="Fri, 13 Sep 2024 09:10:00 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240909-01 removal request",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Regarding {B[5]} and {B[6]}: our moderators are still looking into these messages and may take action if they are found to breach our terms. We will let you know once a decision has been made.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    items={},
    imitates="Telegram interim 'still looking into' reply",
    why="Names two items but only says they are under review and action 'may' follow: nothing to apply, yet it must be seen.",
)

case(
    name="tg-dmarc-fail-claims-removed",
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    **{"from": "dsa@telegram.org"},
    auth="fail",
    subject="Re: KCSC-240909-01 removal request",
    reply_to_req="req-240909-01",
    body=f"""Hello,

The following messages have been removed:
{B[5]}
{B[6]}

Telegram Support
""",
    outcome="review", review="untrusted",
    items={},
    imitates="same Telegram removal list, but DMARC fails",
    why="A perfect confirmation with dmarc=fail for the From domain must go to review, never applied.",
)

case(
    name="tg-out-of-office",
    date="Mon, 09 Sep 2024 01:05:00 +0000",
    **{"from": "press@telegram.org"},
    subject="Automatic reply: KCSC-240909-01 removal request",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.
For urgent abuse matters please write to abuse@telegram.org.

Thank you.
""",
    outcome="ignored", classification="auto_reply",
    items={},
    imitates="Outlook/Exchange 'Automatic reply' out-of-office",
    why="Out-of-office auto-reply names no item: ignored.",
)

case(
    name="tg-url-below-statement",
    date="Sun, 15 Sep 2024 11:20:00 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240909-01 removal request",
    reply_to_req="req-240909-01",
    body=f"""Hello,

This message was blocked for violating Telegram's Terms of Service:
{B[5]}

We could not find the following message; it may have been deleted by the channel owner:
{B[6]}

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    items={B[5]: "removed", B[6]: "not_found"},
    imitates="Telegram abuse replies with the link on the line below its statement",
    why="URL on the line below its statement; 'may have been deleted by the owner' explains why it could not be found and does not hedge the not-found statement.",
)

case(
    name="tg-negated-removal-with-reason",
    date="Sun, 15 Sep 2024 13:00:00 +0000",
    **{"from": "dsa@telegram.org"},
    subject="Case #7731200 - decision",
    reply_to_req="req-240909-01",
    body=f"""Case #7731200

We will not remove {A[0]}, as the message is a news report and does not break our rules.
{A[1]} was blocked on 15 September 2024.

You can find our content rules at https://telegram.org/moderation and appeal through https://telegram.org/support.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    items={A[0]: "rejected", A[1]: "removed"},
    imitates="Telegram DSA statement of reasons style decision",
    why="A negated removal with a reason is a rejection; help/appeal links are not items.",
)

case(
    name="tg-partly-done-no-items",
    date="Mon, 16 Sep 2024 04:00:00 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240909-01 removal request",
    reply_to_req="req-240909-01",
    body="""Hello,

Most of the messages in your request KCSC-240909-01 have been restricted. A few are still under review and we will update you separately.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    items={},
    imitates="Telegram summary reply without per-link results",
    why="'Most of' the request, no item named: it cannot be applied item by item and must not be silently dropped.",
)

# ================================================================ NAVER
NAVER_TABLE_ROWS = "".join(
    f"<tr><td>{i}</td><td>{u}</td><td>{s}</td></tr>\n" for i, (u, s) in enumerate(
        [(N[0], "삭제"), (N[1], "임시조치(30일)"), (N[2], "삭제")], 1))
case(
    name="naver-kcsc-result-html-table",
    date="Thu, 12 Sep 2024 05:30:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    subject="[NAVER] 시정요구(KCSC-240910-01) 조치결과 회신",
    reply_to_req="req-240910-01",
    type="html",
    body=f"""<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>귀 위원회에서 요청하신 시정요구(KCSC-240910-01)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
{NAVER_TABLE_ROWS}</table>
<p>나머지 게시물은 확인 후 별도로 회신드리겠습니다.</p>
<p>※ 네이버 게시물 운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>감사합니다.<br>네이버 주식회사 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "removed"},
    imitates="Korean portal 시정요구 조치결과 회신 with HTML result table",
    why="HTML table: 삭제 = removed, 임시조치 = restricted; policy link is not an item.",
)

case(
    name="naver-cafe-blind-korean-particle",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    **{"from": "cafe_help@naver.com"},
    name_from="네이버 카페 고객센터",
    subject="Re: [KCSC-240910-01] 카페 게시물 조치 안내",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

요청하신 {N[4]}에 대해 운영정책 위반으로 블라인드 처리하였습니다.
{N[3]} 게시물은 이미 작성자에 의해 삭제되어 확인되지 않습니다.

추가 문의는 고객센터(https://help.naver.com/service/5637/)를 이용해 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={N[4]: "removed", N[3]: "not_found"},
    imitates="NAVER cafe customer-centre 블라인드 처리 notice",
    why="Raw Korean cafe path followed by the particle 에; 블라인드 = removed; already deleted by the author = not_found; help link not an item.",
)

case(
    name="naver-receipt-ack",
    date="Tue, 10 Sep 2024 03:00:00 +0000",
    **{"from": "noreply@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버] 문의가 정상적으로 접수되었습니다",
    reply_to_req="req-240910-01",
    body="""안녕하세요, 네이버 고객센터입니다.

귀하의 문의가 정상적으로 접수되었습니다. (접수번호: 2409-1073-5521)
담당 부서에서 검토 후 순차적으로 회신드리겠습니다.

본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    items={},
    imitates="NAVER customer-centre 문의 접수 automatic receipt",
    why="Pure receipt with a ticket number, says nothing about any item: ignored.",
)

case(
    name="naver-numbered-english-pct-iri",
    date="Sat, 14 Sep 2024 07:15:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    subject="Re: KCSC-240910-01",
    reply_to_req="req-240910-01",
    body=f"""Dear KCSC,

Please see our actions on your request KCSC-240910-01:

1. {N[0]} - deleted
2. {N[1]} - temporarily blocked for 30 days under Article 44-2 of the Network Act (임시조치)
3. {N5_PCT} - the post had already been deleted by its author

Best regards,
NAVER Corp. Policy Team
""",
    outcome="applied", classification="confirmation",
    items={N[0]: "removed", N[1]: "restricted", N[4]: "not_found"},
    imitates="NAVER English reply to foreign/regulator request, numbered list",
    why="Numbered list; the Korean cafe URL is written percent-encoded and must match the raw stored one; 임시조치 = restricted.",
)

case(
    name="naver-one-sentence-with-help-link",
    date="Sun, 15 Sep 2024 01:40:00 +0000",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그",
    subject="[네이버 블로그] 게시중단 안내",
    reply_to_req="req-240910-01",
    body=f"""{N[1]} 게시물은 운영정책 위반으로 게시중단되었습니다. 자세한 기준은 https://help.naver.com/alias/contents2/blog/blog_1.naver 를 참고해 주세요.
""",
    outcome="applied", classification="confirmation",
    items={N[1]: "removed"},
    imitates="NAVER blog 게시중단 one-line notice",
    why="A notice that is only a URL and one sentence; the help link in the same sentence is not an item.",
)

case(
    name="naver-about-kakao-item",
    date="Sun, 15 Sep 2024 03:00:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    subject="문의하신 게시물 관련",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

문의하신 {K[2]} 게시물은 네이버 서비스가 아니므로 당사에서 조치할 수 없습니다. 해당 서비스 운영사에 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    items={},
    imitates="Korean portal 'not our service' reply",
    why="A trusted NAVER email about a Kakao (Tistory) item: no status for another platform's item; must be seen.",
)

# ================================================================ KAKAO
KAKAO_QP_TEXT = f"""안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회의 시정요구(KCSC-240911-01)에 따라 아래 티스토리 게시물을 조치하였습니다.

- {K[2]} : 게시중단
- {K[3]} : 비공개 처리

운영정책: https://www.daum.net/policy
카카오 드림
"""
case(
    name="kakao-tistory-quoted-printable",
    date="Thu, 12 Sep 2024 06:00:00 +0000",
    **{"from": "cs@kakaocorp.com"},
    subject="[카카오] 시정요구 조치 결과 안내",
    reply_to_req="req-240911-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(KAKAO_QP_TEXT.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    items={K[2]: "removed", K[3]: "removed"},
    imitates="Kakao/Tistory 게시중단 notice, quoted-printable Korean",
    why="Per-line Korean statuses in quoted-printable; 게시중단 and 비공개 처리 are removal forms.",
)

case(
    name="kakao-daum-partial",
    date="Fri, 13 Sep 2024 04:30:00 +0000",
    **{"from": "cafe@daum.net"},
    name_from="Daum 카페",
    subject="Re: [KCSC-240911-01] 다음카페 게시물",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

{K[0]} 게시물은 삭제 완료하였습니다.
{K[1]} 게시물은 현재 검토 중이며, 결과는 추후 안내드리겠습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:30 AM
Subject: [KCSC-240911-01] 시정요구

{K[0]} 삭제 요청
{K[1]} 삭제 요청
""",
    outcome="applied", classification="confirmation",
    items={K[0]: "removed"},
    imitates="Daum cafe operator reply, Outlook -----Original Message----- quote",
    why="One item deleted, the other under review (stays pending); the Outlook-quoted request below does not count.",
)

case(
    name="kakao-lookalike-domain",
    date="Sat, 14 Sep 2024 09:00:00 +0000",
    **{"from": "cs@kakaocorp-support.com"},
    name_from="Kakao 고객센터",
    subject="[카카오] 시정요구 조치 완료",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요. 카카오 고객센터입니다.

{K[1]} 게시물을 삭제 조치하였습니다.

감사합니다.
""",
    outcome="review", review="unknown_sender",
    items={},
    imitates="Kakao removal notice from a look-alike domain",
    why="Look-alike sender domain not configured for any platform, naming our item: review as unknown_sender.",
)

case(
    name="kakao-csv-attachment",
    date="Mon, 16 Sep 2024 02:10:00 +0000",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    subject="시정요구 처리결과(KCSC-240911-01)",
    reply_to_req="req-240911-01",
    raw_mime=attach_csv(
        "안녕하세요. 카카오 정책팀입니다.\n\n시정요구 KCSC-240911-01 처리결과를 첨부 파일로 송부드립니다.\n\n감사합니다.\n",
        "result_KCSC-240911-01.csv",
        [["URL", "처리결과", "비고"],
         [K[0], "삭제", ""],
         [K[1], "임시조치", "30일"],
         [K[2], "해당 게시물 없음", "작성자 기삭제"],
         [K[3], "조치하지 않음", "운영정책 위반 사항 없음"]],
        "kakaocsv73"),
    outcome="applied", classification="confirmation",
    items={K[0]: "removed", K[1]: "restricted", K[2]: "not_found", K[3]: "rejected"},
    imitates="Korean portal 처리결과 spreadsheet attachment (CSV)",
    why="Korean CSV with 삭제 / 임시조치 / 게시물 없음 / 조치하지 않음 + reason.",
)

case(
    name="kakao-korean-out-of-office",
    date="Wed, 11 Sep 2024 01:00:00 +0000",
    **{"from": "jiyoung.park@kakaocorp.com"},
    name_from="박지영",
    subject="[부재중] Re: [KCSC-240911-01] 시정요구",
    reply_to_req="req-240911-01",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 박지영입니다.
9월 13일까지 휴가로 부재중입니다. 급한 용무는 policy@kakaocorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    items={},
    imitates="Korean 부재중 자동응답",
    why="Korean out-of-office auto-reply: ignored.",
)

# ================================================================ HETZNER
case(
    name="hetzner-abuse-customer-removed",
    date="Fri, 13 Sep 2024 08:45:00 +0000",
    **{"from": "abuse@hetzner.com"},
    subject="AbuseID:7F3A21:1C - KCSC-240912-01",
    reply_to_req="req-240912-01",
    body=f"""Dear Sir or Madam,

regarding AbuseID:7F3A21:1C

Our customer has informed us that the content at {H[0]} has been removed. We checked the URL and it now returns a 404 error. We have therefore closed this abuse case.

Kind regards

Abuse Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
abuse@hetzner.com
Register Court: Registergericht Ansbach, HRB 6089
""",
    outcome="applied", classification="confirmation",
    items={H[0]: "removed"},
    imitates="Hetzner abuse department reply (AbuseID subject, German legal footer)",
    why="Host reports its customer removed the content and verified it: removed.",
)

case(
    name="hetzner-asks-more",
    date="Fri, 13 Sep 2024 10:00:00 +0000",
    **{"from": "abuse@hetzner.com"},
    subject="AbuseID:7F3A22:2D - further information required",
    reply_to_req="req-240912-01",
    body=f"""Dear Sir or Madam,

we have received your report regarding {H[1]} and {H[2]}.

Unfortunately we are not able to process it in this form. Please send us the exact legal basis and a description of the illegal content for each URL, in English or German, so that we can forward it to our customer.

Kind regards

Abuse Team
Hetzner Online GmbH
""",
    outcome="review", review="asks_more", classification="request_for_info",
    items={},
    imitates="Hetzner abuse 'further information required' reply",
    why="Host asks for more information about two items: review asks_more, nothing applied.",
)

case(
    name="hetzner-ticket-receipt",
    date="Thu, 12 Sep 2024 05:01:00 +0000",
    **{"from": "abuse@hetzner.com"},
    subject="[Ticket#2024091203001234] Abuse report received",
    reply_to_req="req-240912-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Dear Sir or Madam,

Thank you for your message. A ticket has been created with the number 2024091203001234.
Please keep the ticket number in the subject line of any further correspondence.

This is an automatically generated message.

Hetzner Online GmbH
""",
    outcome="ignored",
    items={},
    imitates="Hetzner / OTRS automatic ticket receipt",
    why="Automatic ticket receipt says nothing about any item: ignored (class auto_reply or acknowledgement).",
)

case(
    name="hetzner-server-locked",
    date="Mon, 16 Sep 2024 12:00:00 +0000",
    **{"from": "abuse@hetzner.com"},
    subject="AbuseID:7F3A22:2D - resolved",
    reply_to_req="req-240912-01",
    body=f"""Dear Sir or Madam,

as our customer did not respond within the deadline, we have locked the server. The following URLs are no longer accessible:

{H[1]}
{H[2]}

Kind regards

Abuse Team
Hetzner Online GmbH
""",
    outcome="applied", classification="confirmation",
    items={H[1]: "removed", H[2]: "removed"},
    imitates="Hetzner abuse reply after server lock",
    why="Host locked the server and states the listed URLs are no longer accessible: removed (made unavailable).",
)

case(
    name="hetzner-outlook-top-posted",
    date="Tue, 17 Sep 2024 07:30:00 +0000",
    **{"from": "abuse@hetzner.com"},
    subject="RE: KCSC-240912-01",
    reply_to_req="req-240912-01",
    body=f"""Dear Sir or Madam,

the customer has deleted the reported pages {H[1]} and {H[2]}.

Kind regards
Abuse Team

-----Original Message-----
From: KCSC Takedown [mailto:takedown@kcsc.example]
Sent: Thursday, September 12, 2024 2:00 PM
To: abuse@hetzner.com
Subject: KCSC-240912-01

Please remove the following:
{H[0]} - removal requested
{H[1]} - removal requested
{H[2]} - removal requested
""",
    outcome="applied", classification="confirmation",
    items={H[1]: "removed", H[2]: "removed"},
    imitates="Outlook-style reply with unindented -----Original Message----- block",
    why="Only H2 and H3 named in the own words; the unindented Outlook quote names H1 too and must not count.",
)

# ================================================================ CLOUDFLARE
case(
    name="cloudflare-not-host-forwarded",
    date="Fri, 13 Sep 2024 03:20:00 +0000",
    **{"from": "abuse@cloudflare.com"},
    subject="[Cloudflare #4412773] Abuse report for toto-site73.com, bet73-kr.net",
    reply_to_req="req-240913-01",
    body=f"""Hello,

Cloudflare received your abuse report regarding:
{C[0]}
{C[1]}
{C[2]}

Cloudflare offers network services (CDN, DNS, security) and is not a hosting provider. We are unable to remove material from the internet that is hosted by others. We have forwarded your report to the responsible hosting provider and notified the website operator.

The hosting provider for these sites is identified in our records; you may contact them directly.

More information: https://www.cloudflare.com/trust-hub/abuse-approach/

Regards,
Cloudflare Trust & Safety
""",
    outcome="review", review="not_understood",
    items={},
    imitates="Cloudflare abuse-report forwarding reply ('not a hosting provider', forwarded to host)",
    why="The CDN neither removed nor judged the content: not a rejection; names our items, so it must go to review (arguable: could be read as rejected).",
)

case(
    name="cloudflare-dsn-bounce",
    date="Fri, 13 Sep 2024 01:00:30 +0000",
    **{"from": "MAILER-DAEMON@mx.cloudflare.com"},
    name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn73"

--dsn73
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.cloudflare.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<trust-kr@cloudflare.com>: host mx.cloudflare.com said: 550 5.1.1
    <trust-kr@cloudflare.com>: Recipient address rejected: User unknown

--dsn73
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.cloudflare.com
Arrival-Date: Fri, 13 Sep 2024 01:00:28 +0000

Final-Recipient: rfc822; trust-kr@cloudflare.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn73
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: trust-kr@cloudflare.com
Subject: KCSC-240913-01 removal request
Message-ID: <req-240913-01@kcsc.example>
Date: Fri, 13 Sep 2024 10:00:00 +0900

Please remove or disable access to:
https://toto-site73.com/
https://toto-site73.com/event
https://bet73-kr.net/

--dsn73--
""",
    outcome="ignored", classification="bounce",
    items={},
    imitates="Postfix DSN bounce with our request embedded as message/rfc822",
    why="Bounce of our own request: ignored whoever sent it; the embedded request URLs are not claims.",
)

case(
    name="cloudflare-mdn-read-receipt",
    date="Fri, 13 Sep 2024 04:00:00 +0000",
    **{"from": "abuse@cloudflare.com"},
    subject="Read: KCSC-240913-01 removal request",
    reply_to_req="req-240913-01",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn73"

--mdn73
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@cloudflare.com
  Subject: KCSC-240913-01 removal request
  Sent: Friday, September 13, 2024 10:00 AM (UTC+09:00)

was read on Friday, September 13, 2024 1:00 PM (UTC+09:00).

--mdn73
Content-Type: message/disposition-notification

Reporting-UA: mail.cloudflare.com; Microsoft Exchange Server
Final-Recipient: rfc822; abuse@cloudflare.com
Original-Message-ID: <req-240913-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn73--
""",
    outcome="ignored",
    items={},
    imitates="Microsoft Exchange read receipt (MDN)",
    why="Read receipt: ignored, not forwarded.",
)

# ================================================================ X
case(
    name="x-withheld-and-no-violation",
    date="Mon, 16 Sep 2024 09:00:00 +0000",
    **{"from": "legal@x.com"},
    subject="Re: KCSC-240913-02 [ref:_00D4x73.5007X9aa:ref]",
    reply_to_req="req-240913-02",
    body=f"""Hello,

We have reviewed your request.

We have withheld the following content in South Korea in response to your request:
{X[0]}

We have reviewed the following content and determined that it does not violate the X Rules (https://help.x.com/rules-and-policies/x-rules). We have therefore not taken action:
{X[1]}

Please note that our response is based on the information provided.

Thank you,
X Legal

ref:_00D4x73.5007X9aa:ref
""",
    outcome="applied", classification="confirmation",
    items={X[0]: "restricted", X[1]: "rejected"},
    imitates="X/Twitter country-withheld legal-request response (Salesforce ref thread id)",
    why="Country withholding = restricted; no violation, no action = rejected; the rules link is not an item.",
)

case(
    name="x-account-suspended-posts-unavailable",
    date="Tue, 17 Sep 2024 02:00:00 +0000",
    **{"from": "support@x.com"},
    subject="Your report - case 0473119922",
    reply_to_req="req-240913-02",
    body=f"""Hello,

Thanks for reaching out. After reviewing the reported account @fake_seller73, we have suspended it for violating our rules on illegal or certain regulated goods or services. As a result, the posts below are no longer available on X:

{X[0]}
{X[1]}

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    items={X[0]: "removed", X[1]: "removed"},
    imitates="X support 'account suspended' outcome email",
    why="Account suspended and each listed post stated no longer available: removed.",
)

# ================================================================ MEGA
case(
    name="mega-takedown-multipart",
    date="Mon, 16 Sep 2024 07:00:00 +0000",
    **{"from": "copyright@mega.nz"},
    subject="Re: KCSC-240916-01 takedown notice",
    reply_to_req="req-240916-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="mega73"

--mega73
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Sir/Madam,

Thank you for your notice. The following file link has been disabled and is no longer accessible:

{M[0]}

The folder link you reported has also been taken down:

{M[1]}

MEGA Limited
Takedown team
https://mega.io/takedown

--mega73
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><p>Dear Sir/Madam,</p>
<p>Thank you for your notice. The following file link has been disabled and is no longer accessible:</p>
<p><a href="{M[0]}">{M[0]}</a></p>
<p>The folder link you reported has also been taken down:</p>
<p><a href="{M[1]}">{M[1]}</a></p>
<p>MEGA Limited<br>Takedown team<br><a href="https://mega.io/takedown">https://mega.io/takedown</a></p>
</body></html>

--mega73--
""",
    outcome="applied", classification="confirmation",
    items={M[0]: "removed", M[1]: "removed"},
    imitates="MEGA takedown-team confirmation (links disabled), multipart/alternative",
    why="File locker: 'disabled' and 'taken down'; URL on the line below; URLs carry #key fragments that are part of the item.",
)

case(
    name="mega-invalid-link",
    date="Tue, 17 Sep 2024 01:00:00 +0000",
    **{"from": "copyright@mega.nz"},
    subject="Re: KCSC-240916-01 takedown notice",
    reply_to_req="req-240916-01",
    body=f"""Dear Sir/Madam,

The link {M[1]} is invalid or has already been removed by its owner; there is nothing we can take down.

MEGA Limited - Takedown team
""",
    outcome="applied", classification="confirmation",
    items={M[1]: "not_found"},
    imitates="MEGA reply for an invalid/already deleted link",
    why="Invalid link or already removed by the owner = not_found.",
)

# ================================================================ DCINSIDE
case(
    name="dc-official-korean",
    date="Tue, 17 Sep 2024 03:00:00 +0000",
    **{"from": "help@dcinside.com"},
    subject="Re: [KCSC-240916-02] 게시물 삭제 요청",
    reply_to_req="req-240916-02",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물의 처리 결과를 안내드립니다.

1) {D[0]}
→ 운영자에 의해 삭제되었습니다.

2) {D[1]}
→ 해당 게시물은 존재하지 않습니다.

감사합니다.
디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    items={D[0]: "removed", D[1]: "not_found"},
    imitates="Korean community-site operator reply (numbered, status on line below)",
    why="Deletion by the operator = removed; 존재하지 않습니다 = not_found; URLs with query strings.",
)

case(
    name="dc-gallery-manager-gmail",
    date="Tue, 17 Sep 2024 05:00:00 +0000",
    **{"from": "fakegall73.manager@gmail.com"},
    name_from="갤러리 매니저",
    auth="none",
    subject="Re: [KCSC-240916-02] 게시물 삭제 요청",
    reply_to_req="req-240916-02",
    body=f"""네 말씀하신 글 {D[0]} 지웠습니다~ 나머지 하나는 이미 없던데요?
""",
    outcome="review", review="unknown_sender",
    items={},
    imitates="short informal reply from a volunteer gallery moderator (gmail)",
    why="Informal moderator reply from an unknown sender naming our item: review, never applied.",
)

# ================================================================ YOUTUBE
case(
    name="yt-age-restricted",
    date="Tue, 17 Sep 2024 08:00:00 +0000",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: KCSC-240917-01 [0-7731000034112]",
    reply_to_req="req-240917-01",
    body=f"""Hello,

Thanks for reaching out to us.

After reviewing the content you reported, we've age-restricted the following video:
{Y[0]}

Age-restricted videos are not visible to users who are signed out, under 18, or have Restricted Mode enabled. Learn more: https://support.google.com/youtube/answer/2802167

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    items={Y[0]: "restricted"},
    imitates="YouTube legal-support reply (age restriction outcome, help-centre link)",
    why="Age-restriction = restricted; the support.google.com link is not an item.",
)

case(
    name="yt-no-action-local-law",
    date="Wed, 18 Sep 2024 08:00:00 +0000",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: KCSC-240917-01 [0-7731000034113]",
    reply_to_req="req-240917-01",
    body=f"""Hello,

Thank you for your report. After careful review, we've decided not to take action on the content below, as it doesn't violate our Community Guidelines and we did not find sufficient grounds for removal under local law:

{Y[0]}

If you have new information, you can submit a new request at https://support.google.com/legal/answer/3110420

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    items={Y[0]: "rejected"},
    imitates="Google/YouTube legal removal 'no action taken' reply",
    why="Decided not to take action because no violation: rejected.",
)

case(
    name="yt-hedged-may-be-removed",
    date="Wed, 18 Sep 2024 10:00:00 +0000",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: KCSC-240917-01",
    reply_to_req="req-240917-01",
    body=f"""Hello,

It appears that the video {Y[0]} may already have been removed, but we need to confirm this with the relevant team. We'll get back to you shortly.

Regards,
The YouTube Team
""",
    outcome="review", review="not_understood",
    items={},
    imitates="YouTube interim reply, hedged",
    why="'appears … may already have been removed … need to confirm': hedged, names the item, must go to review.",
)

# ================================================================ REDDIT
case(
    name="reddit-reported-content-echoed-report",
    date="Wed, 18 Sep 2024 02:30:00 +0000",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit",
    subject="Re: KCSC-240917-02",
    reply_to_req="req-240917-02",
    body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating, we've found that the reported content violates Reddit's Content Policy and it has been removed.

Your report:
Content: {R[0]}
Reason: Prohibited transaction
Reported on: 09/17/2024

Thanks again for your report and for looking out for yourself and your fellow redditors.

Reddit Safety
https://www.redditinc.com/policies/content-policy
""",
    outcome="applied", classification="confirmation",
    items={R[0]: "removed"},
    imitates="Reddit admin report-outcome email with echoed report",
    why="'the reported content … has been removed' followed by the echoed report naming the item.",
)

case(
    name="reddit-ack-template",
    date="Tue, 17 Sep 2024 04:10:00 +0000",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit",
    subject="Thanks for your report",
    reply_to_req="req-240917-02",
    body="""Hi there,

Thanks for submitting a report to the Reddit admin team. We have received your report and will review it as soon as possible. You will receive a follow-up message once we've finished our review.

Reference: 1fabc73-rpt

Reddit Safety
""",
    outcome="ignored", classification="acknowledgement",
    items={},
    imitates="Reddit 'thanks for your report' receipt",
    why="Acknowledgement as a whole, no item statement: ignored.",
)

HEADER = """# Blind set 73 (issue 11). Generated by make.py; do not edit by hand.
# Expected results written from each email's meaning before any run.
"""

def encode_headers(cases):
    """Non-ASCII display names and subjects are RFC 2047-encoded, as real MUAs send them."""
    from email.header import Header
    for c in cases:
        dom = c["from"].split("@", 1)[1]
        nm = c.get("name_from", corpuslib.DOMAIN_NAMES.get(dom, dom))
        if not nm.isascii():
            c["name_from"] = Header(nm, "utf-8").encode()
        if not c["subject"].isascii():
            c["subject"] = Header(c["subject"], "utf-8").encode()


if __name__ == "__main__":
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind73", HEADER, CASES)
    print(len(CASES), "cases,", sum(len(r[6]) for r in REQS), "items")
