#!/usr/bin/env python3
"""Blind set 301: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering the regulator, often
informally (abuse desks, admins writing one line), plus a CSV attachment and
plain-text tables.

    python3 tests/corpus/blind301/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was run on any of them.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind301"

# ---------------------------------------------------------------- requests
HF = [
    "https://haneulfiles.com/f/Qx7KpL2a",
    "https://haneulfiles.com/f/Rm3TzW8c",
    "https://haneulfiles.com/f/Hb9NvE1q",
    "https://haneulfiles.com/f/Lk2PdY6s",
    "https://haneulfiles.com/f/Wc5JmA4t",
    "https://haneulfiles.com/f/Tn8GfR0u",
    "https://haneulfiles.com/f/Zp1XsB7v",
    "https://haneulfiles.com/f/Mv6QeH3w",
    "https://haneulfiles.com/f/Df4KuC9x",
    "https://haneulfiles.com/f/Js0YbN5y",
    "https://haneulfiles.com/f/Ea7LwG2z",
    "https://haneulfiles.com/f/Gu3RcT8k/%EC%98%81%EC%83%81_%EB%AA%A8%EC%9D%8C.zip",
    "https://haneulfiles.com/f/Py9HmK1d",
    "https://haneulfiles.com/f/Cs5VnX6f",
]
HF_GU3_RAW = "https://haneulfiles.com/f/Gu3RcT8k/영상_모음.zip"
SB = [
    "https://ssulboard.kr/free/88213",
    "https://ssulboard.kr/free/88240",
    "https://ssulboard.kr/humor/30117",
    "https://ssulboard.kr/gallery/7719",
    "https://ssulboard.kr/free/88355",
]
GC = [
    "https://gomchan.net/b/res/55012.html",
    "https://gomchan.net/b/res/55140.html",
    "https://gomchan.net/pol/res/20931.html",
    "https://gomchan.net/b/src/1725601223.jpg",
]
NH = [
    "https://bluemoon-pics.net/upload/2024/09/4471.jpg",
    "https://bluemoon-pics.net/upload/2024/09/4478.jpg",
    "https://sora-archive.org/leak/index.html",
]
HR = ["https://fakeface-gallery.xyz/", "https://nudify-kr.top/"]
PG = ["https://pastegarden.net/p/8fK2mQ"]
EV = ["https://mirror-ssul.site/threads/4410", "https://mirror-ssul.site/threads/4412"]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "haneulfiles", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     HF, "deepfake_sexual_abuse", "file host; largest request"),
    ("KCSC-240903-02", "ssulboard", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00",
     SB, "privacy_violation", "Korean community forum"),
    ("KCSC-240904-03", "gomchan", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     GC, "deepfake_sexual_abuse", "image board"),
    ("KCSC-240905-04", "nimbushost", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     NH, "deepfake_sexual_abuse", "hosting provider of two customer sites"),
    ("KCSC-240906-05", "hanbitreg", "2024-09-06T15:00:00+09:00", "2024-09-13T18:00:00+09:00",
     HR, "deepfake_sexual_abuse", "registrar; items are whole domains"),
    ("KCSC-240909-06", "pastegarden", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     PG, "privacy_violation", "paste site; one item"),
    ("KCSC-240910-07", "edgeveil", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00",
     EV, "privacy_violation", "CDN in front of a mirror site"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        mid = "<req-%s@kcsc.example>" % ref[5:].lower()
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded words for a non-ASCII header value (split on characters)."""
    if all(ord(ch) < 128 for ch in s):
        return s
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 39:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode() + "?=" for w in words)


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.strip("\n").split("\n"))


def request_text_en(ref, platform, urls, due):
    lines = [
        "Dear %s," % platform,
        "",
        "The Korea Communications Standards Commission requests the removal of",
        "the following content under the Act on the Establishment and Operation",
        "of the Korea Communications Standards Commission (reference %s):" % ref,
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "Please reply with the action taken for each URL by %s." % due, "",
              "KCSC Takedown Team"]
    return "\n".join(lines)


def request_text_ko(ref, urls, due):
    lines = [
        "안녕하십니까, 방송통신심의위원회입니다.",
        "아래 게시물에 대하여 삭제 등 필요한 조치를 요청드립니다. (요청번호 %s)" % ref,
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "조치 결과를 %s까지 회신하여 주시기 바랍니다." % due, "", "방송통신심의위원회 드림"]
    return "\n".join(lines)


HF_REQ = request_text_en("KCSC-240902-01", "Haneul Files", HF, "9 September 2024, 18:00 KST")
SB_REQ = request_text_ko("KCSC-240903-02", SB, "2024년 9월 10일 18시")
GC_REQ = request_text_en("KCSC-240904-03", "Gomchan", GC, "11 September 2024, 18:00 KST")
NH_REQ = request_text_en("KCSC-240905-04", "NimbusHost", NH, "12 September 2024, 18:00 KST")
PG_REQ = request_text_en("KCSC-240909-06", "PasteGarden", PG, "16 September 2024, 18:00 KST")

HF_SUBJ = "[KCSC-240902-01] Request for removal of unlawful content"
SB_SUBJ = "[KCSC-240903-02] 불법·유해정보 삭제 요청"
GC_SUBJ = "[KCSC-240904-03] Request for removal of unlawful content"
NH_SUBJ = "[KCSC-240905-04] Request for removal of unlawful content"
HR_SUBJ = "[KCSC-240906-05] Request for suspension of domains"
PG_SUBJ = "[KCSC-240909-06] Request for removal of unlawful content"
EV_SUBJ = "[KCSC-240910-07] Request for removal of unlawful content"


def items(pairs):
    return dict(pairs)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="hf-abuse-desk-bullets-mixed",
    **{"from": "abuse@haneulfiles.com"}, name_from="Haneul Files Abuse Desk",
    date="Tue, 03 Sep 2024 16:12:40 +0900", subject="Re: " + HF_SUBJ, reply_to_req="req-240902-01",
    body="""
Hello,

Thanks for the report. We went through the links from your message and
here is where things stand:

- https://haneulfiles.com/f/Qx7KpL2a - removed, uploader account closed
- https://haneulfiles.com/f/Rm3TzW8c - removed
- https://haneulfiles.com/f/Hb9NvE1q - removed
- https://haneulfiles.com/f/Zp1XsB7v - no such file on our side (never
  issued, or mistyped?)
- https://haneulfiles.com/f/Mv6QeH3w - removed

The remaining links are still with our team, we'll get back to you on
those separately.

Regards,
Minseo
Haneul Files abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply, dash list of links with short outcomes",
    why="four files removed and one id that never existed, each named on its line; the rest promised later",
    items=items([(HF[0], "removed"), (HF[1], "removed"), (HF[2], "removed"), (HF[6], "not_found"), (HF[7], "removed")]),
)

_csv_rows = [
    ("link", "action", "action_date", "comment"),
    (HF[0], "deleted", "2024-09-03", ""),
    (HF[1], "deleted", "2024-09-03", ""),
    (HF[2], "deleted", "2024-09-03", ""),
    (HF[3], "deleted", "2024-09-04", ""),
    (HF[4], "deleted", "2024-09-04", ""),
    (HF[5], "not found", "", "no upload with this id"),
    (HF[6], "not found", "", "no upload with this id"),
    (HF[7], "deleted", "2024-09-03", ""),
    (HF[8], "no action", "", "official trailer uploaded by the distributor - no violation of our terms"),
    (HF[9], "deleted", "2024-09-04", ""),
    (HF[10], "deleted", "2024-09-04", ""),
    (HF_GU3_RAW, "deleted", "2024-09-05", ""),
    (HF[12], "blocked in KR", "2024-09-05", "not viewable from Korean IP addresses"),
    (HF[13], "not found", "", "file was deleted by the uploader before our review"),
]


def _csv(rows):
    out = []
    for r in rows:
        out.append(",".join('"%s"' % v if ("," in v or " - " in v) else v for v in r))
    return "\r\n".join(out) + "\r\n"


case(
    name="hf-csv-attachment-all",
    **{"from": "legal@haneulfiles.com"}, name_from="Haneul Files Legal",
    date="Fri, 06 Sep 2024 11:40:03 +0900", subject="Re: " + HF_SUBJ + " - results attached",
    reply_to_req="req-240902-01",
    raw_mime="""
Content-Type: multipart/mixed; boundary="hf-b301-0001"

--hf-b301-0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear KCSC Takedown Team,

Please find attached the result sheet for your request KCSC-240902-01
(14 links). One line per link, with the action we took.

Let me know if anything in it is unclear.

Daniel Cho
Compliance, Haneul Files Ltd.

--hf-b301-0001
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

""" + base64.encodebytes(_csv(_csv_rows).encode("utf-8")).decode("ascii") + """
--hf-b301-0001--
""",
    outcome="applied", classification="confirmation",
    imitates="compliance team's CSV result sheet attached to a short cover note",
    why="CSV gives one action per link: deleted, not found, no action (no violation), blocked in KR",
    items=items([(HF[0], "removed"), (HF[1], "removed"), (HF[2], "removed"), (HF[3], "removed"),
                 (HF[4], "removed"), (HF[5], "not_found"), (HF[6], "not_found"), (HF[7], "removed"),
                 (HF[8], "rejected"), (HF[9], "removed"), (HF[10], "removed"), (HF[11], "removed"),
                 (HF[12], "restricted"), (HF[13], "not_found")]),
)

case(
    name="hf-one-liner-deleted",
    **{"from": "j.park@haneulfiles.com"}, name_from="Jiho Park",
    date="Wed, 04 Sep 2024 08:03:11 +0900", subject="Re: " + HF_SUBJ, reply_to_req="req-240902-01",
    body="""
https://haneulfiles.com/f/Lk2PdY6s deleted.

Jiho

Sent from my phone
""",
    outcome="applied", classification="confirmation",
    imitates="staff member answering from a phone in one line",
    why="one URL, one past-tense 'deleted' from the platform's own domain",
    items=items([(HF[3], "removed")]),
)

case(
    name="hf-korean-path-particle",
    **{"from": "support@haneulfiles.com"}, name_from=enc("하늘파일 고객지원"),
    date="Thu, 05 Sep 2024 17:25:00 +0900", subject=enc("Re: [KCSC-240902-01] 삭제 요청 건 처리 결과"),
    reply_to_req="req-240902-01",
    body="""
안녕하세요, 하늘파일 운영팀입니다.

요청하신 파일 https://haneulfiles.com/f/Gu3RcT8k/영상_모음.zip 은 9월 5일 자로 삭제 처리되었습니다.
함께 요청하신 나머지 두 건（https://haneulfiles.com/f/Ea7LwG2z，https://haneulfiles.com/f/Js0YbN5y）도 같은 날 삭제하였습니다.

업로더 계정은 이용약관에 따라 영구 정지되었습니다.

감사합니다.
하늘파일 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean file-host operator notice (삭제 처리) with a raw Korean file path",
    why="raw Korean path followed by a particle, two more URLs in full-width brackets, all 삭제",
    items=items([(HF[11], "removed"), (HF[10], "removed"), (HF[9], "removed")]),
)

case(
    name="hf-url-then-status-line",
    **{"from": "trust@haneulfiles.com"}, name_from="Haneul Files Trust & Safety",
    date="Thu, 05 Sep 2024 10:47:19 +0900", subject="Re: " + HF_SUBJ, reply_to_req="req-240902-01",
    body="""
Hi KCSC team,

Result of our check:

https://haneulfiles.com/f/Wc5JmA4t
Status: removed (breach of our terms, section 4.2)

https://haneulfiles.com/f/Tn8GfR0u
Status: not found - there is no upload with that ID in our system

https://haneulfiles.com/f/Cs5VnX6f
Status: removed

Our terms are at https://haneulfiles.com/legal/terms if you need them.

--
Haneul Files Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety reply with each URL on its own line and its status below it",
    why="status line under each URL; the terms link is a policy page, not an item",
    items=items([(HF[4], "removed"), (HF[5], "not_found"), (HF[13], "removed")]),
)

case(
    name="hf-top-posted-two-disabled",
    **{"from": "eunji@haneulfiles.com"}, name_from="Eunji Han",
    date="Tue, 03 Sep 2024 21:55:42 +0900", subject="Re: " + HF_SUBJ, reply_to_req="req-240902-01",
    body="""
Hi,

We've disabled downloads for these two:
https://haneulfiles.com/f/Wc5JmA4t
https://haneulfiles.com/f/Js0YbN5y

Still checking the rest.

Eunji / Haneul Files

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
""" + quote(HF_REQ) + "\n",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail reply over the quoted request",
    why="two files disabled above the quote; the other twelve appear only in the quoted request",
    items=items([(HF[4], "removed"), (HF[9], "removed")]),
)

case(
    name="hf-html-table-three",
    **{"from": "trust@haneulfiles.com"}, name_from="Haneul Files Trust & Safety",
    date="Sat, 07 Sep 2024 13:02:55 +0900", subject="Re: " + HF_SUBJ, reply_to_req="req-240902-01",
    type="html",
    body="""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC,</p>
<p>Here is our decision on three of the links in your request KCSC-240902-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>File link</th><th>Decision</th><th>Note</th></tr>
<tr><td><a href="https://haneulfiles.com/f/Hb9NvE1q">https://haneulfiles.com/f/Hb9NvE1q</a></td><td>Removed</td><td>&nbsp;</td></tr>
<tr><td><a href="https://haneulfiles.com/f/Df4KuC9x">https://haneulfiles.com/f/Df4KuC9x</a></td><td>Kept online</td><td>Official trailer uploaded by its distributor; it breaks none of our rules.</td></tr>
<tr><td><a href="https://haneulfiles.com/f/Tn8GfR0u">https://haneulfiles.com/f/Tn8GfR0u</a></td><td>Not found</td><td>No file has ever had this id.</td></tr>
</table>
<p>Kind regards,<br>Haneul Files Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML decision table from a help-desk tool",
    why="HTML table: removed, kept online because no rule is broken, not found",
    items=items([(HF[2], "removed"), (HF[8], "rejected"), (HF[5], "not_found")]),
)

case(
    name="hf-outlook-inline-results",
    **{"from": "d.cho@haneulfiles.com"}, name_from="Daniel Cho",
    date="Wed, 04 Sep 2024 15:30:08 +0900", subject="RE: " + HF_SUBJ, reply_to_req="req-240902-01",
    body="""
Hello,

Please see the outcome for your reference KCSC-240902-01 below.

Removed:
https://haneulfiles.com/f/Qx7KpL2a
https://haneulfiles.com/f/Mv6QeH3w

Could not be found:
https://haneulfiles.com/f/Zp1XsB7v

Kind regards,
Daniel Cho
Compliance, Haneul Files Ltd.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: abuse@haneulfiles.com
Subject: """ + HF_SUBJ + """

""" + HF_REQ + "\n",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with headed groups of URLs above '-----Original Message-----'",
    why="two URLs under 'Removed:', one under 'Could not be found:'; the unquoted original below is the regulator's own text",
    items=items([(HF[0], "removed"), (HF[7], "removed"), (HF[6], "not_found")]),
)

case(
    name="ssul-admin-oneline-korean",
    **{"from": "admin@ssulboard.kr"}, name_from=enc("썰보드 관리자"),
    date="Tue, 03 Sep 2024 19:41:27 +0900", subject=enc("Re: " + SB_SUBJ), reply_to_req="req-240903-02",
    body="""
https://ssulboard.kr/free/88213 게시물 삭제했습니다. 수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="small-forum admin answering in one Korean line",
    why="one URL with 삭제했습니다 from the forum's own domain",
    items=items([(SB[0], "removed")]),
)

case(
    name="ssul-blind-and-author-deleted",
    **{"from": "admin@ssulboard.kr"}, name_from=enc("썰보드 운영진"),
    date="Wed, 04 Sep 2024 11:35:00 +0900", subject=enc("Re: " + SB_SUBJ), reply_to_req="req-240903-02",
    body="""
안녕하세요. 썰보드 운영진입니다.
방송통신심의위원회에서 요청하신 게시물(KCSC-240903-02)에 대한 처리 결과를 알려드립니다.

1) https://ssulboard.kr/free/88240
   → 블라인드 처리 완료 (9/4 11:20)
2) https://ssulboard.kr/humor/30117
   → 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.

나머지 게시물은 확인 후 다시 회신드리겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community operator's 처리 결과 notice (블라인드, 작성자 삭제)",
    why="블라인드 처리 완료 = removed; already deleted by its author = not_found",
    items=items([(SB[1], "removed"), (SB[2], "not_found")]),
)

case(
    name="ssul-text-table-measures",
    **{"from": "admin@ssulboard.kr"}, name_from=enc("썰보드 운영진"),
    date="Thu, 05 Sep 2024 16:08:44 +0900", subject=enc("[썰보드] KCSC-240903-02 조치 결과 회신"),
    reply_to_req="req-240903-02",
    body="""
방송통신심의위원회 담당자님께,

요청번호 KCSC-240903-02 건의 조치 결과를 아래와 같이 회신드립니다.

번호 | 게시물 주소                         | 조치 결과
-----+-------------------------------------+---------------------------
1    | https://ssulboard.kr/free/88213     | 삭제
2    | https://ssulboard.kr/free/88240     | 게시중단
3    | https://ssulboard.kr/humor/30117    | 게시물 없음 (작성자 삭제)
4    | https://ssulboard.kr/gallery/7719   | 임시조치 (30일)
5    | https://ssulboard.kr/free/88355     | 삭제

문의 사항은 admin@ssulboard.kr 로 연락 주십시오.
썰보드 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 reply as a plain-text table",
    why="plain-text table: 삭제, 게시중단, 게시물 없음 (author deleted), 임시조치 (restricted), 삭제",
    items=items([(SB[0], "removed"), (SB[1], "removed"), (SB[2], "not_found"), (SB[3], "restricted"), (SB[4], "removed")]),
)

case(
    name="ssul-qp-restricted-and-kept",
    **{"from": "help@ssulboard.kr"}, name_from=enc("썰보드 고객센터"),
    date="Fri, 06 Sep 2024 10:15:31 +0900", subject=enc("Re: " + SB_SUBJ), reply_to_req="req-240903-02",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp("""
안녕하세요, 썰보드 고객센터입니다.
문의하신 두 게시물의 처리 결과를 안내해 드립니다.

- https://ssulboard.kr/gallery/7719 : 성인 인증을 한 회원만 볼 수 있도록 접근 제한 조치하였습니다.
- https://ssulboard.kr/free/88355 : 검토 결과 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다. 해당 글은 언론 보도를 요약한 글입니다.

더 궁금하신 점은 이 메일로 회신 주세요.
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean help-centre reply in quoted-printable (접근 제한, 게시물 유지)",
    why="age-gated access = restricted; kept because no policy breach found = rejected",
    items=items([(SB[3], "restricted"), (SB[4], "rejected")]),
)

case(
    name="ssul-private-url-next-line",
    **{"from": "ops@ssulboard.kr"}, name_from=enc("썰보드 운영"),
    date="Sat, 07 Sep 2024 09:12:03 +0900", subject=enc("Re: " + SB_SUBJ), reply_to_req="req-240903-02",
    body="""
아래 게시물은 비공개 처리했습니다.
https://ssulboard.kr/free/88355

2024년 9월 3일 (화) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
""" + quote(SB_REQ) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail-style reply, statement above the URL, quoted request below",
    why="비공개 처리 of the URL on the next line; the other four are only in the quote",
    items=items([(SB[4], "removed")]),
)

case(
    name="gomchan-janitor-terse",
    **{"from": "janitor@gomchan.net"}, name_from="gomchan janitor",
    date="Wed, 04 Sep 2024 23:48:10 +0900", subject="Re: " + GC_SUBJ, reply_to_req="req-240904-03",
    body="""
https://gomchan.net/b/res/55012.html - thread deleted, poster banned 30d
https://gomchan.net/b/res/55140.html - 404, it had already fallen off the
board before we looked

-j
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's two-line reply",
    why="55012 deleted; 55140 already gone (pruned) before they looked = not_found",
    items=items([(GC[0], "removed"), (GC[1], "not_found")]),
)

case(
    name="gomchan-geo-block-korea",
    **{"from": "admin@gomchan.net"}, name_from="Gomchan Admin",
    date="Thu, 05 Sep 2024 03:20:57 +0900", subject="Re: " + GC_SUBJ, reply_to_req="req-240904-03",
    body="""
hi.

we don't delete threads on a foreign government's request unless they
break our own rules, but we have geoblocked
https://gomchan.net/pol/res/20931.html for visitors from South Korea.
that's as far as we go on this one.

gomchan admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's informal reply: geoblock for one country",
    why="geoblocked for Korea = restricted; the URL is wrapped onto its own line mid-sentence",
    items=items([(GC[2], "restricted")]),
)

case(
    name="gomchan-base64-image-deleted",
    **{"from": "admin@gomchan.net"}, name_from="Gomchan Admin Team",
    date="Fri, 06 Sep 2024 12:00:41 +0900", subject="Re: " + GC_SUBJ, reply_to_req="req-240904-03",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64("""
Hello KCSC,

The image https://gomchan.net/b/src/1725601223.jpg was deleted from our
storage together with its thumbnail. The post it was attached to stays up
as text only.

Gomchan admin team
"""),
    outcome="applied", classification="confirmation",
    imitates="short admin reply sent base64-encoded by a webmail client",
    why="the requested image file is deleted; the (unrequested) post staying up changes nothing",
    items=items([(GC[3], "removed")]),
)

case(
    name="gomchan-bullets-satire-kept",
    **{"from": "mods@gomchan.net"}, name_from="Gomchan Moderation",
    date="Sat, 07 Sep 2024 18:33:09 +0900", subject="Re: " + GC_SUBJ, reply_to_req="req-240904-03",
    body="""
Results for KCSC-240904-03:

* https://gomchan.net/b/res/55012.html -- deleted
* https://gomchan.net/b/src/1725601223.jpg -- deleted
* https://gomchan.net/pol/res/20931.html -- not deleted. It is an obvious
  parody thread and breaks none of the board rules, so it stays up.

Board rules: https://gomchan.net/rules

- mods
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderators' bulleted results with a refusal and its reason",
    why="two deleted, one kept because it breaks no rule (rejected); rules link is not an item",
    items=items([(GC[0], "removed"), (GC[3], "removed"), (GC[2], "rejected")]),
)

case(
    name="nimbus-customer-removed-files",
    **{"from": "abuse@nimbushost.net"}, name_from="NimbusHost Abuse Department",
    date="Sat, 07 Sep 2024 14:21:36 +0900", subject="[NimbusHost Abuse #NH-774120] Re: " + NH_SUBJ,
    reply_to_req="req-240905-04",
    body="""
Dear Sir or Madam,

We forwarded your notice to the customer responsible for bluemoon-pics.net.
The customer has deleted the following files, and we have checked that
both addresses now return HTTP 404:

  https://bluemoon-pics.net/upload/2024/09/4471.jpg
  https://bluemoon-pics.net/upload/2024/09/4478.jpg

We consider this case closed. Should the material reappear, please open a
new report quoting #NH-774120.

NimbusHost Abuse Department
https://nimbushost.net/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse desk closing a ticket after the customer removed files",
    why="the host states both files were deleted and verified 404; the AUP link is not an item",
    items=items([(NH[0], "removed"), (NH[1], "removed")]),
)

case(
    name="nimbus-account-suspended",
    **{"from": "abuse@nimbushost.net"}, name_from="NimbusHost Abuse Department",
    date="Sat, 07 Sep 2024 18:30:02 +0900", subject="[NimbusHost Abuse #NH-774121] Re: " + NH_SUBJ,
    reply_to_req="req-240905-04",
    body="""
Hello,

We have suspended the hosting account behind sora-archive.org for breach
of our Acceptable Use Policy. The reported page,
https://sora-archive.org/leak/index.html, and the rest of the site have
been offline since 2024-09-07 09:14 UTC.

Regards,
NimbusHost Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider suspending a customer account for an AUP breach",
    why="account suspended, the reported page offline = removed",
    items=items([(NH[2], "removed")]),
)

case(
    name="nimbus-ticket-resolved-mixed",
    **{"from": "support@nimbushost.net"}, name_from="NimbusHost Support",
    date="Tue, 10 Sep 2024 11:02:45 +0900", subject="[Ticket #NH-774122] Status changed to Resolved",
    reply_to_req="req-240905-04",
    body="""
##- Please type your reply above this line -##

Ticket #NH-774122 has been updated.
Status: Resolved

------------------------------------------------------------
Hyunwoo (NimbusHost Abuse), 10 Sep 2024 11:02 KST

After review:

1. https://bluemoon-pics.net/upload/2024/09/4478.jpg - removed by us, the
   customer did not respond within the deadline.
2. https://bluemoon-pics.net/upload/2024/09/4471.jpg - no action. This is
   a stock photograph licensed from an image library; it does not breach
   our AUP and we see nothing unlawful in it. If you hold a court order,
   please send it to legal@nimbushost.net.
------------------------------------------------------------

You can view the ticket at https://support.nimbushost.net/tickets/NH-774122
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system update mail (status Resolved) carrying an agent's comment",
    why="one file removed by the host, one refused with its reason (no breach) = rejected",
    items=items([(NH[1], "removed"), (NH[0], "rejected")]),
)

case(
    name="reg-clienthold-both",
    **{"from": "abuse@hanbitreg.co.kr"}, name_from="Hanbit Registrar Abuse Team",
    date="Sat, 07 Sep 2024 15:45:12 +0900", subject="Re: " + HR_SUBJ, reply_to_req="req-240906-05",
    body="""
Dear KCSC,

Regarding your request KCSC-240906-05, we have placed both domains on
clientHold. They no longer resolve.

 - https://fakeface-gallery.xyz/   (clientHold since 2024-09-07 15:30 KST)
 - https://nudify-kr.top/          (clientHold since 2024-09-07 15:31 KST)

The registrants have been notified of the suspension.

Hanbit Registrar Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse team placing domains on clientHold",
    why="both domains suspended and no longer resolving = removed (made unavailable)",
    items=items([(HR[0], "removed"), (HR[1], "removed")]),
)

case(
    name="reg-bare-domain-hold",
    **{"from": "abuse@hanbitreg.co.kr"}, name_from=enc("한빛레지스트라 남용신고 담당"),
    date="Mon, 09 Sep 2024 10:20:00 +0900", subject=enc("Re: " + HR_SUBJ), reply_to_req="req-240906-05",
    body="""
안녕하세요, 한빛레지스트라 도메인 남용 신고 담당자입니다.

신고하신 도메인 nudify-kr.top 에 대하여 2024-09-09 10:05 부로
도메인 정지(clientHold) 조치를 완료하였습니다. 현재 해당 도메인은
접속되지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar notice naming the bare domain (도메인 정지)",
    why="the registrar names the domain without a scheme; the requested item is that domain's root",
    items=items([(HR[1], "removed")]),
)

case(
    name="paste-sole-statement",
    **{"from": "support@pastegarden.net"}, name_from="PasteGarden Support",
    date="Mon, 09 Sep 2024 13:14:15 +0900", subject="Re: " + PG_SUBJ, reply_to_req="req-240909-06",
    body="""
Hi,

The paste you reported has been removed and the account that created it
is banned.

-- PasteGarden support
""",
    outcome="applied", classification="confirmation",
    imitates="paste site's short support reply naming no URL",
    why="a one-item request, answered in its thread with one unhedged 'removed'",
    items=items([(PG[0], "removed")]),
)

case(
    name="paste-angle-brackets",
    **{"from": "tomas@pastegarden.net"}, name_from="Tomas (PasteGarden)",
    date="Tue, 10 Sep 2024 09:01:30 +0900", subject="Re: " + PG_SUBJ, reply_to_req="req-240909-06",
    body="""
Hello,

<https://pastegarden.net/p/8fK2mQ> has been taken down. It was created
on 2024-09-08 by an anonymous user; we keep no other details.

Regards,
Tomas

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
""" + quote(PG_REQ) + "\n",
    outcome="applied", classification="confirmation",
    imitates="small-service founder replying personally, URL in angle brackets",
    why="URL in angle brackets, taken down",
    items=items([(PG[0], "removed")]),
)

case(
    name="edge-geo-block-korea",
    **{"from": "trust-safety@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date="Thu, 12 Sep 2024 20:10:00 +0900", subject="Re: " + EV_SUBJ + " [EV-TS-55921]",
    reply_to_req="req-240910-07",
    body="""
EdgeVeil Trust & Safety
Reference: KCSC-240910-07 / EV-TS-55921

Following review of your request, EdgeVeil has restricted access from the
Republic of Korea to the following URLs served through our network, in
line with local law:

  https://mirror-ssul.site/threads/4410
  https://mirror-ssul.site/threads/4412

Visitors from other countries are not affected. EdgeVeil does not host
the content itself; we have also passed your notice to the origin host.

More on how we handle legal requests: https://www.edgeveil.com/trust/legal
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety notice of a country-level block",
    why="both URLs blocked for Korea only = restricted; the trust page link is not an item",
    items=items([(EV[0], "restricted"), (EV[1], "restricted")]),
)

case(
    name="edge-disabled-and-missing",
    **{"from": "trust-safety@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date="Fri, 13 Sep 2024 16:44:21 +0900", subject="Re: " + EV_SUBJ + " [EV-TS-55922]",
    reply_to_req="req-240910-07",
    body="""
Hello,

We have disabled caching and serving of
https://mirror-ssul.site/threads/4410 across our whole network; it now
returns a 451 error page in every country.

For https://mirror-ssul.site/threads/4412 we could not find the thread:
the origin server answers 404 for it.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply: URL disabled network-wide, another not found at the origin",
    why="4410 disabled everywhere = removed; 4412 cannot be found = not_found",
    items=items([(EV[0], "removed"), (EV[1], "not_found")]),
)

# ================================================================ REVIEW
case(
    name="hf-promise-within-24h",
    **{"from": "abuse@haneulfiles.com"}, name_from="Haneul Files Abuse Desk",
    date="Mon, 02 Sep 2024 15:20:00 +0900", subject="Re: " + HF_SUBJ, reply_to_req="req-240902-01",
    body="""
Hi,

Thanks for flagging these. Our team will remove the following files
within 24 hours:

https://haneulfiles.com/f/Lk2PdY6s
https://haneulfiles.com/f/Ea7LwG2z
https://haneulfiles.com/f/Cs5VnX6f

We'll confirm once it's done.

Haneul Files abuse desk
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal within a deadline",
    why="'will remove' is a promise, not a statement; items stay pending",
    items=items([(HF[3], "pending"), (HF[10], "pending"), (HF[13], "pending")]),
)

case(
    name="hf-bulk-all-removed",
    **{"from": "legal@haneulfiles.com"}, name_from="Haneul Files Legal",
    date="Sun, 08 Sep 2024 12:00:00 +0900", subject="Re: " + HF_SUBJ, reply_to_req="req-240902-01",
    body="""
Dear KCSC,

All files listed in your request KCSC-240902-01 have been removed from
Haneul Files and the uploading accounts have been terminated.

Best regards,
Haneul Files Legal
""",
    outcome="review", review="bulk",
    imitates="legal team's one-sentence blanket confirmation",
    why="'all files' for a 14-item request, none named: bulk, items pending",
    items=items([(u, "pending") for u in HF]),
)

case(
    name="hf-forged-auth-fail",
    **{"from": "abuse@haneulfiles.com"}, name_from="Haneul Files Abuse Desk", auth="fail",
    date="Wed, 04 Sep 2024 02:13:07 +0900", subject="Re: " + HF_SUBJ, reply_to_req="req-240902-01",
    body="""
Hello,

Both links you sent have been deleted:
https://haneulfiles.com/f/Qx7KpL2a
https://haneulfiles.com/f/Rm3TzW8c

Abuse desk
""",
    outcome="review", review="untrusted",
    imitates="plain abuse-desk reply, but DKIM/SPF/DMARC fail for haneulfiles.com",
    why="the platform's domain fails authentication: nothing applied",
    items=items([(HF[0], "pending"), (HF[1], "pending")]),
)

case(
    name="ssul-hedged-appears-deleted",
    **{"from": "admin@ssulboard.kr"}, name_from=enc("썰보드 관리자"),
    date="Tue, 03 Sep 2024 22:05:18 +0900", subject=enc("Re: " + SB_SUBJ), reply_to_req="req-240903-02",
    body="""
안녕하세요.

확인해 보니 https://ssulboard.kr/free/88213 글은 이미 삭제된 것 같습니다.
https://ssulboard.kr/free/88240 도 지금은 목록에서 안 보이는 것으로 보입니다.

정확한 건 담당자 확인 후 다시 말씀드릴게요.
""",
    outcome="review", review="not_understood",
    imitates="forum admin's hedged first look (삭제된 것 같습니다)",
    why="'seems to be deleted' / 'appears not to show' are hedges; items stay pending",
    items=items([(SB[0], "pending"), (SB[1], "pending")]),
)

case(
    name="ssul-admin-from-gmail",
    **{"from": "ssulboard.admin@gmail.com"}, name_from=enc("썰보드 운영자"),
    date="Wed, 04 Sep 2024 13:27:40 +0900", subject=enc("Re: " + SB_SUBJ), reply_to_req="req-240903-02",
    body="""
썰보드 운영자입니다. 사이트 메일 서버가 고장 나서 개인 메일로 답장드립니다.

요청하신 게시물 중
https://ssulboard.kr/free/88213
https://ssulboard.kr/gallery/7719
두 건은 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="small-site operator answering from a personal webmail address",
    why="gmail.com is no platform's sender domain, whatever the writer says",
    items=items([(SB[0], "pending"), (SB[3], "pending")]),
)

case(
    name="ssul-under-review-korean",
    **{"from": "help@ssulboard.kr"}, name_from=enc("썰보드 고객센터"),
    date="Thu, 05 Sep 2024 09:40:00 +0900", subject=enc("[썰보드] 게시물 신고 처리 안내"),
    reply_to_req="req-240903-02",
    body="""
안녕하세요, 썰보드 고객센터입니다.

요청하신 게시물 https://ssulboard.kr/gallery/7719 은(는) 현재 운영정책 위반
여부를 검토 중입니다. 검토가 끝나는 대로 결과를 안내해 드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean help-centre 'under review' notice (검토 중)",
    why="검토 중 + promise to report later names the item but states nothing",
    items=items([(SB[3], "pending")]),
)

case(
    name="nimbus-forwarded-to-customer",
    **{"from": "abuse@nimbushost.net"}, name_from="NimbusHost Abuse Department",
    date="Thu, 05 Sep 2024 13:02:19 +0900", subject="[NimbusHost Abuse #NH-774121] Re: " + NH_SUBJ,
    reply_to_req="req-240905-04",
    body="""
Dear reporter,

Thank you for your report regarding:

  https://sora-archive.org/leak/index.html

The site is operated by one of our customers. We have forwarded your
complaint to them and asked them to resolve it within 48 hours. If the
customer does not act, we will suspend the service.

NimbusHost Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="hosting provider forwarding a complaint to its customer with a deadline",
    why="forwarded + conditional promise of suspension: nothing has happened to the item yet",
    items=items([(NH[2], "pending")]),
)

case(
    name="nimbus-reports-filehost-removal",
    **{"from": "abuse@nimbushost.net"}, name_from="NimbusHost Abuse Department",
    date="Fri, 06 Sep 2024 10:05:55 +0900", subject="[NimbusHost Abuse #NH-774130] Re: " + HF_SUBJ,
    body="""
Hello,

Your notice to Haneul Files was copied to us as their upstream provider
(haneulfiles.com runs on dedicated servers with us).

The following files have been deleted from the customer's servers:

https://haneulfiles.com/f/Qx7KpL2a
https://haneulfiles.com/f/Hb9NvE1q

NimbusHost Abuse Department
""",
    outcome="review", review="wrong_platform",
    imitates="upstream hosting provider reporting on its customer's (a file host's) files",
    why="NimbusHost states statuses for Haneul Files items: another platform's items",
    items=items([(HF[0], "pending"), (HF[2], "pending")]),
)

case(
    name="edge-not-our-host",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Abuse",
    date="Wed, 11 Sep 2024 08:30:00 +0900", subject="Re: " + EV_SUBJ + " [EV-AB-90112]",
    reply_to_req="req-240910-07",
    body="""
Hello,

EdgeVeil provides CDN and security services. We do not host
https://mirror-ssul.site/threads/4410 or
https://mirror-ssul.site/threads/4412 and cannot remove content from the
origin server.

We have forwarded your report to the hosting provider (Birchline Hosting,
abuse@birchline.example) and to the website operator. Please contact the
hosting provider directly for further steps.

EdgeVeil Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="CDN's 'we do not host this content, forwarded to the host' reply",
    why="neither removed nor a rule-based refusal: a CDN saying it cannot act; the clerk must decide",
    items=items([(EV[0], "pending"), (EV[1], "pending")]),
)

case(
    name="gomchan-new-abuse-address",
    **{"from": "admin@gomchan.net"}, name_from="Gomchan Admin",
    date="Sun, 15 Sep 2024 20:00:00 +0900", subject="Change of abuse contact",
    body="""
Hi,

This is to let everyone who sends us reports know that from 1 October
our abuse contact is abuse@gomchan.net. The old mods@ address will stop
working.

Board rules: https://gomchan.net/rules
Report form: https://gomchan.net/report

gomchan admin
""",
    outcome="review", review="no_claims",
    imitates="site admin's contact-change notice sent to all reporters",
    why="trusted platform mail naming no item and no request (policy/report pages are not items)",
    items={},
)

case(
    name="reg-asks-court-order",
    **{"from": "legal@hanbitreg.co.kr"}, name_from="Hanbit Registrar Legal",
    date="Mon, 09 Sep 2024 14:10:00 +0900", subject="Re: " + HR_SUBJ, reply_to_req="req-240906-05",
    body="""
Dear KCSC,

We have received your request KCSC-240906-05 concerning
fakeface-gallery.xyz.

Under our registrar policy we suspend a domain because of website content
only on a court order or a formal decision of a competent authority.
Could you please send us the Commission's written decision (시정요구
결정서) for this domain? We will review the matter once we have it.

Hanbit Registrar Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for the formal decision before acting",
    why="asks for a document before acting; the domain stays pending",
    items=items([(HR[0], "pending")]),
)

# ================================================================ IGNORED
case(
    name="hf-ticket-receipt",
    **{"from": "noreply@haneulfiles.com"}, name_from="Haneul Files Support",
    date="Mon, 02 Sep 2024 10:01:12 +0900", subject="[HF-88123] We've received your report",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thanks, your report has been received and ticket #HF-88123 was created.
Our team answers most reports within 3 business days.

Please do not reply to this message; it was sent from an unmonitored
address.

Haneul Files Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt",
    why="pure acknowledgement: ticket created, nothing about any file",
    items={},
)

case(
    name="nimbus-out-of-office",
    **{"from": "hyunwoo.lee@nimbushost.net"}, name_from="Hyunwoo Lee",
    date="Thu, 05 Sep 2024 09:30:40 +0900", subject="Automatic reply: " + NH_SUBJ,
    reply_to_req="req-240905-04",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.

For abuse matters please write to abuse@nimbushost.net, where a colleague
will pick up your message.

Hyunwoo Lee
NimbusHost
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="gomchan-dsn-bounce",
    **{"from": "MAILER-DAEMON@mail.gomchan.net"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 11:00:09 +0900", subject="Undelivered Mail Returned to Sender",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b301-0001"

--dsn-b301-0001
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mail.gomchan.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<mods-old@gomchan.net>: host mail.gomchan.net[203.0.113.25] said: 550 5.1.1
    <mods-old@gomchan.net>: Recipient address rejected: User unknown

--dsn-b301-0001
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mail.gomchan.net
Arrival-Date: Wed,  4 Sep 2024 11:00:05 +0900 (KST)

Final-Recipient: rfc822; mods-old@gomchan.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <mods-old@gomchan.net>: Recipient address rejected: User unknown

--dsn-b301-0001
Content-Type: message/rfc822
Content-Description: Undelivered Message

From: KCSC Takedown <takedown@kcsc.example>
To: mods-old@gomchan.net
Subject: """ + GC_SUBJ + """
Date: Wed, 4 Sep 2024 11:00:00 +0900
Message-ID: <req-240904-03@kcsc.example>
Content-Type: text/plain; charset=utf-8

""" + GC_REQ + """

--dsn-b301-0001--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the request attached",
    why="a bounce; the URLs are only in the returned request",
    items={},
)

case(
    name="ssul-mdn-read",
    **{"from": "admin@ssulboard.kr"}, name_from=enc("썰보드 관리자"),
    date="Tue, 03 Sep 2024 15:02:11 +0900", subject=enc("읽음 확인: " + SB_SUBJ),
    reply_to_req="req-240903-02",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b301-0001"

--mdn-b301-0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

귀하가 2024-09-03 14:00 에 admin@ssulboard.kr 로 보낸 메시지를
수신자가 2024-09-03 15:02 에 열어 보았습니다.

이 확인은 메시지가 수신자의 컴퓨터에 표시되었다는 것만을 뜻하며,
수신자가 내용을 읽거나 이해했다는 보장은 없습니다.

--mdn-b301-0001
Content-Type: message/disposition-notification

Reporting-UA: ssulboard.kr; Thunderbird 115.14.0
Original-Recipient: rfc822;admin@ssulboard.kr
Final-Recipient: rfc822;admin@ssulboard.kr
Original-Message-ID: <req-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b301-0001--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN) in Korean",
    why="a read receipt says nothing about any post",
    items={},
)

case(
    name="reg-korean-auto-receipt",
    **{"from": "noreply@hanbitreg.co.kr"}, name_from=enc("한빛레지스트라"),
    date="Fri, 06 Sep 2024 15:00:40 +0900", subject=enc("[한빛레지스트라] 신고 접수 안내 (접수번호 AB-240906-0193)"),
    reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
고객님, 안녕하세요. 한빛레지스트라입니다.

보내주신 신고가 정상적으로 접수되었습니다.
  - 접수번호: AB-240906-0193
  - 신고 제목: [KCSC-240906-05] Request for suspension of domains

담당 부서에서 확인한 뒤 영업일 기준 3일 이내에 회신드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean automatic 신고 접수 안내 receipt",
    why="automatic receipt with a case number; nothing about either domain",
    items={},
)

case(
    name="paste-helpdesk-autoack-quoted",
    **{"from": "support@pastegarden.net"}, name_from="PasteGarden Support",
    date="Mon, 09 Sep 2024 10:00:31 +0900", subject="[PasteGarden] Re: " + PG_SUBJ + " (#40917)",
    reply_to_req="req-240909-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#40917) has been received and will be looked at by our
support staff. To add more information, simply reply to this email.

This is a copy of your request:

""" + quote(PG_REQ, "  | ") + "\n",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style automatic receipt echoing the request",
    why="pure receipt; the URL appears only in the echoed copy of our request",
    items={},
)

case(
    name="edge-auto-reply-use-form",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Abuse",
    date="Tue, 10 Sep 2024 16:00:20 +0900", subject="Automatic response: " + EV_SUBJ,
    reply_to_req="req-240910-07",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated message.

This mailbox does not process abuse reports sent by email. To report
abuse, please use the form at https://abuse.edgeveil.com/ so that your
report reaches the right team.

EdgeVeil
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN abuse mailbox auto-response pointing to its web form",
    why="automatic reply naming only the platform's own form",
    items={},
)

HEADER = """# Blind set 301 (tests/corpus/blind301/): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, a file host and a paste site.
# Written from each email's meaning alone, before the reader was run.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
