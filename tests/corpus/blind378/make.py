#!/usr/bin/env python3
"""Blind set 378 (focus: what a program gets wrong): mixed statuses in one
sentence, hedges in relative clauses, negations, refusals with reasons,
later sentences that revise earlier ones, a table contradicted by a note,
statuses given by position.

    python3 tests/corpus/blind378/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before any run of the reader.
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

# ---------------------------------------------------------------- requests
X1 = "https://x.com/mapo_lantern/status/1831204455061200001"
X2 = "https://x.com/mapo_lantern/status/1831204455061200002"
X3 = "https://x.com/gray_orchid77/status/1831311890772400113"
X4 = "https://x.com/gray_orchid77/status/1831311890772400114"
X5 = "https://x.com/jeju_tidewatch/status/1831420038115600225"
X6 = "https://x.com/jeju_tidewatch/status/1831420038115600226"
X7 = "https://x.com/northbank_dao/status/1831536672984100337"
X8 = "https://x.com/northbank_dao/status/1831536672984100338"
X9 = "https://x.com/sable_kite_kr/status/1831648821300500449"
X10 = "https://x.com/sable_kite_kr/status/1831648821300500450"
X11 = "https://x.com/umbra_relay"
X12 = "https://x.com/ochre_ferry/status/1831760094412700561"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm7tR2vLx9A"
Y2 = "https://www.youtube.com/watch?v=bH4nK8pWz3E"
Y3 = "https://www.youtube.com/shorts/Vc1dF6gJq0s"
Y4 = "https://www.youtube.com/@lowtide_radio_kr"
Y5 = "https://www.youtube.com/watch?v=Tz5yNa2cUe8"

T1 = "https://t.me/quiet_orchard_chat/1184"
T2 = "https://t.me/quiet_orchard_chat/1190"
T3 = "https://t.me/mirror_kiln"

N1 = "https://blog.naver.com/dal_bit_99/223567781204"
N2 = "https://blog.naver.com/dal_bit_99/223567790011"
N3 = "https://cafe.naver.com/hanbitmarket/55102"
N4 = "https://cafe.naver.com/hanbitmarket/55117"
N5 = "https://cafe.naver.com/hanbitmarket/55130"
NS = [N1, N2, N3, N4, N5]

# K1 is stored percent-encoded; emails write its Korean path raw (K1_RAW).
K1 = "https://sorinote.tistory.com/entry/%EC%98%A4%EB%8A%98%EC%9D%98-%EA%B1%B0%EB%9E%98-%EB%AA%A9%EB%A1%9D"
K1_RAW = "https://sorinote.tistory.com/entry/오늘의-거래-목록"
K2 = "https://cafe.daum.net/bluewharf/Fq3d/2291"
K3 = "https://cafe.daum.net/bluewharf/Fq3d/2304"

TT1 = "https://www.tiktok.com/@haneul_drift/video/7411023456789012301"
TT2 = "https://www.tiktok.com/@haneul_drift/video/7411023456789012345"

REQUESTS = [
    # ref, platform, sent, due, urls, category, message_id, note
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", XS, "illegal_gambling",
     "kcsc-240903-01@kcsc.example", "gambling promotion network, 12 items"),
    ("KCSC-240904-02", "youtube", "2024-09-04", "2024-09-11", [Y1, Y2, Y3, Y4], "drugs",
     "kcsc-240904-02@kcsc.example", "drug sale videos and channel"),
    ("KCSC-240905-03", "telegram", "2024-09-05", "2024-09-12", [T1, T2, T3], "obscene",
     "kcsc-240905-03@kcsc.example", "group messages and a channel"),
    ("KCSC-240906-04", "naver", "2024-09-06", "2024-09-13", NS, "defamation",
     "kcsc-240906-04@kcsc.example", "blog and cafe posts"),
    ("KCSC-240909-05", "kakao", "2024-09-09", "2024-09-16", [K1, K2, K3], "illegal_trade",
     "kcsc-240909-05@kcsc.example", "Tistory and Daum cafe posts"),
    ("KCSC-240910-06", "tiktok", "2024-09-10", "2024-09-17", [TT1, TT2], "illegal_gambling",
     "kcsc-240910-06@kcsc.example", "two videos"),
    ("KCSC-240911-07", "youtube", "2024-09-11", "2024-09-18", [Y5], "privacy",
     "kcsc-240911-07@kcsc.example", "one video"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def qp_part(text, ctype="text/plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64_part(text, ctype="text/plain", extra=""):
    enc = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8{extra}\n"
            "Content-Transfer-Encoding: base64\n\n" + enc)


def plain_part(text, ctype="text/plain"):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + text.strip("\n") + "\n")


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype};{params} boundary="{boundary}"', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def csv_attachment(text, filename):
    enc = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n" + enc)


def quoted_request_x():
    lines = ["Dear X Legal,", "",
             "Under Article 21-4 of the Act on the Establishment and Operation of",
             "the Korea Communications Standards Commission, we ask you to remove",
             "or block the following 12 posts:", ""]
    lines += XS
    lines += ["", "Reference: KCSC-240903-01", "", "KCSC Takedown Team"]
    return lines


# ---------------------------------------------------------------- cases
CASES = []


def enc_header(text):
    """RFC 2047-encode a header value holding non-ASCII text, as mailers do."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode()


def case(**kw):
    for key in ("name_from", "subject"):
        if key in kw:
            kw[key] = enc_header(kw[key])
    CASES.append(kw)


# 1
case(name="x-three-statuses-one-sentence", **{"from": "legal@x.com"},
     date="Thu, 12 Sep 2024 08:14:05 +0000",
     subject="Re: KCSC-240903-01 - Request to remove content under Korean law",
     reply_to_req="kcsc-240903-01",
     body=f"""
Hello,

Thank you for your correspondence regarding request KCSC-240903-01.

Having reviewed the reported posts against the X Rules and applicable local law, we have withheld {X1} in the Republic of Korea, removed {X2} globally for violating our policy on illegal or certain regulated goods and services, and were unable to locate {X3}, which returns an error on our systems.

The remaining posts in your request are still being assessed and we will write again once we have an outcome.

Information on country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email (country withheld content notice)",
     why="one sentence holds three statuses: withheld in KR, removed globally, unable to locate; the rest is a promise",
     items={X1: "restricted", X2: "removed", X3: "not_found"})

# 2
case(name="x-hedge-in-relative-clause", **{"from": "legal@x.com"},
     date="Fri, 13 Sep 2024 02:40:51 +0000",
     subject="Re: KCSC-240903-01 - Request to remove content under Korean law",
     reply_to_req="kcsc-240903-01",
     body=f"""
Hi,

Following up on KCSC-240903-01.

The post at {X5}, which appears to have been copied from a Telegram channel, has been removed for violating the X Rules.

The post at {X6}, which may have been deleted by the account owner before our team reached it, could not be assessed. We will confirm its status separately.

Thanks,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal support follow-up, free-text",
     why="hedge in X5's relative clause concerns where it came from, the main clause removes it; X6's only status is a hedge ('may have been deleted') and stays pending",
     items={X5: "removed", X6: "pending"})

# 3
case(name="x-negations-refusal-and-removal", **{"from": "legal@x.com"},
     date="Fri, 13 Sep 2024 09:03:27 +0000",
     subject="Re: KCSC-240903-01 - Request to remove content under Korean law",
     reply_to_req="kcsc-240903-01",
     body=f"""
Hello KCSC team,

We did not withhold {X7}. After careful review we did not find that it violates the X Rules or the Korean provisions cited in your request, so no action was taken and the post remains available.

The post {X8} is no longer available on X. It was not the account holder who deleted it: we removed it for violating our private information and media policy.

Kind regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply declining one item with reasons and confirming another",
     why="'did not withhold ... no action ... remains available' is a refusal with reason; the negated 'not the account holder who deleted it' must not make X8 not_found: X removed it",
     items={X7: "rejected", X8: "removed"})

# 4
case(name="x-correction-revises-earlier", **{"from": "legal@x.com"},
     date="Mon, 16 Sep 2024 06:22:10 +0000",
     subject="Correction: KCSC-240903-01",
     reply_to_req="kcsc-240903-01",
     body=f"""
Hello,

We are writing to correct our message of 13 September. In that message we said that {X9} had been withheld in Korea. That was an error on our part. After a second review the post was found to violate the X Rules and has been removed globally.

There is no change for {X10}, which remains withheld in the Republic of Korea as stated before.

Apologies for any confusion.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal correction of an earlier outcome email",
     why="the earlier 'withheld in Korea' for X9 is revised by the later sentence to removed globally; X10 restatement of withheld in KR",
     items={X9: "removed", X10: "restricted"})

# 5
case(name="yt-statuses-by-position-over-quote", **{"from": "legal-support@google.com"},
     name_from="YouTube Legal Support",
     date="Tue, 10 Sep 2024 23:51:44 +0000",
     subject="Re: [KCSC-240904-02] Removal request / 불법정보 삭제 요청",
     reply_to_req="kcsc-240904-02",
     body=f"""
Hi KCSC team,

Thanks for your patience. Here is our decision for each of the four items in your request, in the order you listed them:

1 - removed for violating our Community Guidelines
2 - age-restricted
3 - no action; we found no violation of our policies or of local law
4 - we could not find this channel on YouTube

Best regards,
Dana
YouTube Legal Support

On Wed, Sep 4, 2024 at 3:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal,
>
> Please remove the following content, which the Commission found to be
> illegal drug advertising:
>
> 1. {Y1}
> 2. {Y2}
> 3. {Y3}
> 4. {Y4}
>
> Reference: KCSC-240904-02
> KCSC Takedown Team
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail top-posted reply from a Google legal-support agent",
     why="statuses given by position (1-4) against the numbered list of our own quoted request; the statuses are the platform's own text",
     items={Y1: "removed", Y2: "restricted", Y3: "rejected", Y4: "not_found"})

# 6
case(name="yt-three-statuses-one-sentence", **{"from": "noreply-legal@google.com"},
     name_from="YouTube Legal",
     date="Wed, 11 Sep 2024 04:18:09 +0000",
     subject="Your legal removal request KCSC-240904-02",
     body=f"""
Hello,

After reviewing your request, we removed {Y1} under our Community Guidelines and placed an age restriction on {Y2}, whereas {Y3} did not violate our policies and we have left it up.

We'll follow up separately about the channel in your request.

Regards,
The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal removal outcome email",
     why="one sentence: removed, age-restricted, and not violating / left up; the channel line is a promise",
     items={Y1: "removed", Y2: "restricted", Y3: "rejected"})

# 7
case(name="yt-channel-refusal-with-reason", **{"from": "noreply-legal@google.com"},
     name_from="YouTube Legal",
     date="Fri, 13 Sep 2024 01:07:33 +0000",
     subject="Re: Your legal removal request KCSC-240904-02",
     body=f"""
Hello,

We have reviewed the channel {Y4} in light of your request KCSC-240904-02.

We are not taking action on this channel. Its uploads are commentary on current events; we did not find content that breaches our Community Guidelines, and the request does not identify a court order or a specific provision of Korean law that the channel's content violates.

If you have further information, such as a court order, you can submit it through https://support.google.com/legal/answer/3110420 .

Regards,
The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal refusal ('we are not taking action') with reasons",
     why="a refusal with its reasons is rejected; the help-page link is not an item and the invitation to send more is not a request for information",
     items={Y4: "rejected"})

# 8
case(name="yt-one-item-received-and-blocked", **{"from": "noreply-legal@google.com"},
     name_from="YouTube Legal",
     date="Fri, 13 Sep 2024 07:45:00 +0000",
     subject="Re: KCSC-240911-07",
     reply_to_req="kcsc-240911-07",
     body="""
Hello,

We've received your legal request (reference KCSC-240911-07) and completed our review. The video you reported has been blocked from view in South Korea under local law. It remains available in other countries.

The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome for a single-video request, no URL repeated",
     why="acknowledgement phrase followed by an unhedged statement; the request has one item, so the statement applies to it",
     items={Y5: "restricted"})

# 9
case(name="yt-html-table-corrected-by-note", **{"from": "noreply-legal@google.com"},
     name_from="YouTube Legal",
     date="Sat, 14 Sep 2024 03:30:12 +0000",
     subject="Outcome of your request KCSC-240904-02",
     type="html",
     body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Below is the outcome of our review of request KCSC-240904-02.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>URL</th><th>Action</th></tr>
<tr><td>1</td><td>{Y1}</td><td>Removed &ndash; Community Guidelines</td></tr>
<tr><td>2</td><td>{Y2}</td><td>Removed &ndash; Community Guidelines</td></tr>
<tr><td>3</td><td>{Y3}</td><td>Removed</td></tr>
<tr><td>4</td><td>{Y4}</td><td>No action &ndash; content does not violate our policies</td></tr>
</table>
<p><b>Note:</b> the action shown for row 3 ({Y3}) is incorrect. That Short was not removed; it has been restricted in South Korea only.</p>
<p>Regards,<br>The YouTube Legal Team</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome table in HTML with an agent's note",
     why="the note explicitly says the table's row 3 is incorrect and gives the true status (restricted in KR); the other rows stand",
     items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "rejected"})

# 10
case(name="tg-mixed-prose", **{"from": "abuse@telegram.org"},
     date="Sat, 07 Sep 2024 16:02:48 +0000",
     subject="Re: KCSC-240905-03",
     reply_to_req="kcsc-240905-03",
     body=f"""
Hello,

Thank you for your report. The channel {T3} has been blocked. The message {T1} was deleted by our moderators, but {T2} could not be found - the message does not exist or the link is invalid.

Regards,
Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply",
     why="three statuses in two sentences: channel blocked (removed), message deleted, message not found",
     items={T3: "removed", T1: "removed", T2: "not_found"})

# 11
case(name="tg-not-blocked-and-shorthand", **{"from": "abuse@telegram.org"},
     date="Mon, 09 Sep 2024 10:11:02 +0000",
     subject="Re: KCSC-240905-03",
     reply_to_req="kcsc-240905-03",
     body="""
Hi,

We have not blocked t.me/mirror_kiln: we reviewed its public posts and did not find content that violates Telegram's Terms of Service.

Messages t.me/quiet_orchard_chat/1184 and /1190 have been taken down.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="terse Telegram abuse-desk reply with scheme-less links",
     why="'have not blocked' with a reason is a refusal (rejected); '1184 and /1190' names both messages of the same chat, both taken down",
     items={T3: "rejected", T1: "removed", T2: "removed"})

# 12
case(name="naver-three-statuses-one-sentence-ko", **{"from": "naver_policy@navercorp.com"},
     name_from="네이버 고객센터",
     date="Tue, 10 Sep 2024 05:20:31 +0000",
     subject="[NAVER] 삭제 요청(KCSC-240906-04)에 대한 처리 결과 안내",
     body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 가운데 {N1} 는 게시중단 조치하였고, {N2} 는 작성자가 이미 삭제하여 확인되지 않으며, {N3} 는 임시조치(30일) 되었습니다.

나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단/임시조치 처리 결과 안내 메일",
     why="one Korean sentence: 게시중단 (removed), 작성자가 이미 삭제 (not_found), 임시조치 (restricted); the rest is a promise",
     items={N1: "removed", N2: "not_found", N3: "restricted"})

# 13
case(name="naver-refusal-reason-and-blind-ko", **{"from": "naver_policy@navercorp.com"},
     name_from="네이버 고객센터",
     date="Wed, 11 Sep 2024 06:48:19 +0000",
     subject="[NAVER] KCSC-240906-04 처리 결과 안내",
     body=f"""
안녕하세요. 네이버 고객센터입니다.

{N4} 게시물은 검토 결과 관련 법령 및 네이버 운영정책에 위반되는 내용이 확인되지 않아 별도의 조치 없이 게시를 유지합니다.

한편 {N5} 게시물은 블라인드 처리되었습니다.

자세한 운영정책은 https://policy.naver.com/policy/service.html 에서 확인하실 수 있습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 처리 결과 안내 (위반 사항 없음 / 블라인드)",
     why="refusal with its reason (위반 내용 확인되지 않아 게시 유지) is rejected; 블라인드 is removed; policy link is not an item",
     items={N4: "rejected", N5: "removed"})

# 14
case(name="naver-siljeong-result-table-html", **{"from": "naver_policy@navercorp.com"},
     name_from="네이버 고객센터",
     date="Thu, 12 Sep 2024 02:05:55 +0000",
     subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240906-04)",
     type="html",
     body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240906-04 시정요구에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N2}</td><td>접속차단</td><td>국내 IP</td></tr>
<tr><td>3</td><td>{N3}</td><td>해당없음</td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>4</td><td>{N4}</td><td>미조치</td><td>위반사항 없음</td></tr>
<tr><td>5</td><td>{N5}</td><td>블라인드</td><td>-</td></tr>
</table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 table (HTML)",
     why="per-row results: 삭제, 접속차단 (domestic IP), 해당없음/게시물 없음, 미조치/위반사항 없음, 블라인드",
     items={N1: "removed", N2: "restricted", N3: "not_found", N4: "rejected", N5: "removed"})

# 15
case(name="naver-correction-ko", **{"from": "naver_policy@navercorp.com"},
     name_from="네이버 고객센터",
     date="Mon, 16 Sep 2024 01:12:40 +0000",
     subject="[NAVER] 처리 결과 정정 안내 (KCSC-240906-04)",
     body=f"""
안녕하세요. 네이버 고객센터입니다.

9월 13일 안내드린 처리 결과 중 정정 사항이 있어 다시 연락드립니다.
당시 {N2} 게시물을 임시조치하였다고 안내드렸으나 이는 잘못 기재된 것으로, 해당 게시물은 재검토 후 게시중단(삭제) 처리되었습니다.

혼란을 드려 죄송합니다.
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER correction of an earlier result notice",
     why="the earlier 임시조치 is stated to be wrong; the later clause gives 게시중단(삭제)",
     items={N2: "removed"})

# 16
case(name="naver-statement-and-promise-ko", **{"from": "naver_policy@navercorp.com"},
     name_from="네이버 고객센터",
     date="Tue, 10 Sep 2024 09:30:00 +0000",
     subject="[NAVER] 카페 게시물 처리 결과 (KCSC-240906-04)",
     body=f"""
안녕하세요. 네이버 카페 운영지원 담당자입니다.

{N3} 게시물은 임시조치되었습니다.
{N4} 게시물은 카페 매니저의 소명을 받은 후 조치 여부를 결정할 예정입니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe operations reply (임시조치 + 검토 예정)",
     why="N3 임시조치 is a statement (restricted); N4 is only a promise to decide later and stays pending",
     items={N3: "restricted", N4: "pending"})

# 17
case(name="kakao-particles-fullwidth-ko", **{"from": "right@kakaocorp.com"},
     name_from="카카오 권리침해신고센터",
     date="Thu, 12 Sep 2024 04:33:21 +0000",
     subject="[카카오] 게시물 처리 결과 안내 (KCSC-240909-05)",
     body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.
요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

- 티스토리 게시글 <{K1_RAW}>은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.
- {K2}（다음 카페 게시글）：삭제 완료
- {K3}의 경우, 검토 결과 위법성이 확인되지 않아 조치하지 않았습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 권리침해신고센터 처리 결과 안내",
     why="임시조치 (restricted) for the Tistory post written with its raw Korean path; 삭제 완료 after full-width punctuation; refusal with reason for the URL followed by the particle 의",
     items={K1: "restricted", K2: "removed", K3: "rejected"})

# 18
KAKAO_CSV = f"""번호,URL,처리결과,처리일
1,{K1_RAW},게시중단,2024-09-19
2,{K2},삭제,2024-09-19
3,{K3},게시물 없음(작성자 삭제),2024-09-19
"""
case(name="kakao-csv-attachment-ko", **{"from": "right@kakaocorp.com"},
     name_from="카카오 권리침해신고센터",
     date="Thu, 19 Sep 2024 08:00:07 +0000",
     subject="[카카오] KCSC-240909-05 처리 결과 (첨부)",
     raw_mime=multipart("mixed", "kk378-csv-0919", [
         plain_part("안녕하세요, 카카오 권리침해신고센터입니다.\n\n"
                    "KCSC-240909-05 요청 건의 처리 결과를 첨부 파일로 보내드립니다.\n\n감사합니다."),
         csv_attachment(KAKAO_CSV, "result_KCSC-240909-05.csv"),
     ]),
     outcome="applied", classification="confirmation",
     imitates="Kakao result list sent as a CSV attachment",
     why="CSV rows: 게시중단, 삭제, 게시물 없음(작성자 삭제)",
     items={K1: "removed", K2: "removed", K3: "not_found"})

# 19
case(name="tiktok-statement-of-reasons", **{"from": "legal-noreply@tiktok.com"},
     name_from="TikTok Legal",
     date="Thu, 12 Sep 2024 11:26:14 +0000",
     subject="Decision on your report - KCSC-240910-06",
     body=f"""
Statement of reasons

Reference: KCSC-240910-06
Content: {TT1}
Decision: restriction of visibility - the content is no longer available in South Korea
Territorial scope: Republic of Korea
Basis: local law (notice from the Korea Communications Standards Commission)
Automated means: not used; the decision was taken by a human reviewer
Redress: the content owner may appeal at https://www.tiktok.com/legal/report/appeal

TikTok Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="DSA-style statement of reasons (decision, territorial scope, redress)",
     why="decision restricted to the Republic of Korea for the one named video; the appeal link is not an item",
     items={TT1: "restricted"})

# 20
case(name="tiktok-first-and-second", **{"from": "legal-noreply@tiktok.com"},
     name_from="TikTok Legal",
     date="Fri, 13 Sep 2024 14:02:50 +0000",
     subject="Re: KCSC-240910-06",
     reply_to_req="kcsc-240910-06",
     body=f"""
Hello,

Thank you for your report concerning these two videos:

{TT1}
{TT2}

We removed the first video because it violates our Community Guidelines on gambling promotion. The second video was reviewed by our safety team and does not violate our Community Guidelines or the laws you cited, so it remains on TikTok.

TikTok Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok report outcome email",
     why="statuses by position ('the first', 'the second') over the two URLs listed just above",
     items={TT1: "removed", TT2: "rejected"})

# 21
case(name="x-status-on-line-below", **{"from": "legal@x.com"},
     date="Sat, 14 Sep 2024 05:55:03 +0000",
     subject="KCSC-240903-01 - outcome",
     body=f"""
Hello,

Please find the outcome for the posts below.

* {X1}
  Status: Withheld in KR
* {X2}
  Status: Withheld in KR
* {X4}
  Status: Removed (violation of the X Rules)
* {X12}
  Status: Not found - this post does not exist

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal outcome list, bare URL with its status on the next line",
     why="each status stands on the line under its URL",
     items={X1: "restricted", X2: "restricted", X4: "removed", X12: "not_found"})

# 22
X_QP = "Dear KCSC,\n\nOur decisions on three of the reported posts:\n\n" + \
    f"{X9} \u2014 removed globally.\n" + \
    f"{X10} \u2014 withheld in South Korea.\n" + \
    f"{X12} \u2014 no action: we did not find a violation of the X Rules or of the law cited.\n\n" + \
    "Regards,\nM. Okafor\nX Legal\n\n" + \
    "-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n" + \
    "Sent: Tuesday, September 3, 2024 4:10 PM\nTo: legal@x.com\n" + \
    "Subject: KCSC-240903-01 - Request to remove content under Korean law\n\n" + \
    "\n".join(quoted_request_x()) + "\n"
case(name="x-qp-outlook-top-posted", **{"from": "legal@x.com"},
     date="Tue, 17 Sep 2024 03:09:44 +0000",
     subject="RE: KCSC-240903-01 - Request to remove content under Korean law",
     reply_to_req="kcsc-240903-01",
     raw_mime=qp_part(X_QP),
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply over the regulator's request, quoted-printable",
     why="three statuses above the Original Message; the twelve quoted URLs below it say nothing",
     items={X9: "removed", X10: "restricted", X12: "rejected"})

# 23
YT_KO = f"""안녕하세요, YouTube 법무팀입니다.

요청번호 KCSC-240904-02와 관련하여 검토를 마쳤습니다.

{Y2} 동영상은 현지 법률에 따라 대한민국에서 볼 수 없도록 차단되었습니다.
{Y3} 는 커뮤니티 가이드 위반으로 삭제되었습니다.

감사합니다.
YouTube 법무팀 드림
"""
case(name="yt-base64-korean", **{"from": "noreply-legal@google.com"},
     name_from="YouTube 법무팀",
     date="Thu, 12 Sep 2024 06:40:29 +0000",
     subject="처리 결과 안내 KCSC-240904-02",
     raw_mime=b64_part(YT_KO),
     outcome="applied", classification="confirmation",
     imitates="YouTube Korean-language legal outcome, base64 body",
     why="대한민국에서 차단 (restricted) and 삭제 (removed)",
     items={Y2: "restricted", Y3: "removed"})

# 24
case(name="tg-gmail-quoted-request", **{"from": "abuse@telegram.org"},
     date="Sun, 08 Sep 2024 19:27:36 +0000",
     subject="Re: KCSC-240905-03 Removal request",
     reply_to_req="kcsc-240905-03",
     body=f"""
Hi,

The channel {T3} is now blocked for all users for spreading illegal content.

--
Telegram Abuse

On Thu, 5 Sep 2024 at 11:20, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Please remove the following content:
> {T1}
> {T2}
> {T3}
>
> Reference KCSC-240905-03
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram reply above a Gmail-quoted request",
     why="only the channel is spoken about above the quote; the quoted messages stay untouched",
     items={T3: "removed"})

# 25
case(name="x-echoed-report-blocks", **{"from": "legal@x.com"},
     date="Wed, 18 Sep 2024 07:12:00 +0000",
     subject="Your reports - KCSC-240903-01",
     body=f"""
Hello,

We have reviewed the content listed below.

Report ID: 0192-KR-77410
Reported content: {X7}
Reported by: Korea Communications Standards Commission
Decision: Content withheld in: KR

Report ID: 0192-KR-77411
Reported content: {X8}
Reported by: Korea Communications Standards Commission
Decision: Removed - violation of the X Rules

Report ID: 0192-KR-77412
Reported content: {X11}
Reported by: Korea Communications Standards Commission
Decision: Account suspended

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X report outcome echoing the submitted report fields",
     why="each echoed report block carries its own Decision line; a suspended account is made unavailable everywhere (removed)",
     items={X7: "restricted", X8: "removed", X11: "removed"})

# 26
case(name="yt-single-later-removed", **{"from": "noreply-legal@google.com"},
     name_from="YouTube Legal",
     date="Wed, 18 Sep 2024 02:16:57 +0000",
     subject="Update on KCSC-240911-07",
     body=f"""
Hello,

Regarding KCSC-240911-07: on 13 September we age-restricted the following video:
{Y5}

After the uploader posted the same content again on another channel, our team reviewed the video a second time, and it has now been removed from YouTube.

The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal update revising an earlier action",
     why="earlier age restriction is superseded by the later sentence: now removed",
     items={Y5: "removed"})

# 27
case(name="x-all-of-following-named", **{"from": "legal@x.com"},
     date="Thu, 19 Sep 2024 09:41:38 +0000",
     subject="Re: KCSC-240903-01",
     reply_to_req="kcsc-240903-01",
     body=f"""
Hello,

All of the following posts have been withheld in South Korea in response to your request:

{X3}
{X4}
{X5}
{X6}

Users in other countries can still see them.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal country-withheld confirmation for a list of posts",
     why="'all of the following' names each post, so it is not a bulk statement: four posts withheld in KR",
     items={X3: "restricted", X4: "restricted", X5: "restricted", X6: "restricted"})

# ---------------------------------------------------------------- review
# 28
case(name="x-promise-will-withhold", **{"from": "legal@x.com"},
     date="Wed, 11 Sep 2024 10:00:45 +0000",
     subject="Re: KCSC-240903-01 - Request to remove content under Korean law",
     reply_to_req="kcsc-240903-01",
     body=f"""
Hello,

Thank you for your request KCSC-240903-01. Our legal team has completed a preliminary assessment. Subject to final sign-off, we will withhold {X1} and {X2} in Korea. We expect to confirm this within five business days.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal interim reply with a conditional promise",
     why="'subject to final sign-off, we will withhold' is a conditional promise, not a statement",
     items={X1: "pending", X2: "pending"})

# 29
case(name="yt-hedges-only", **{"from": "noreply-legal@google.com"},
     name_from="YouTube Legal",
     date="Mon, 09 Sep 2024 05:21:18 +0000",
     subject="Re: Your legal removal request KCSC-240904-02",
     body=f"""
Hello,

Our records indicate that {Y1} may have already been removed by the uploader, and {Y2} appears to have been age-restricted at some earlier point. We are checking both and will let you know what we find.

The YouTube Legal Team
""",
     outcome="review", review="not_understood",
     imitates="YouTube legal interim reply",
     why="'may have already been removed' and 'appears to have been age-restricted' are hedges; both items stay pending",
     items={Y1: "pending", Y2: "pending"})

# 30
case(name="x-bulk-all-actioned", **{"from": "legal@x.com"},
     date="Fri, 20 Sep 2024 04:44:12 +0000",
     subject="Re: KCSC-240903-01 - Request to remove content under Korean law",
     reply_to_req="kcsc-240903-01",
     body="""
Hello,

We have completed our review of your request KCSC-240903-01. All reported content has been actioned in accordance with our policies and applicable law.

X Legal
""",
     outcome="review", review="bulk", classification="confirmation",
     imitates="X legal blanket closing email",
     why="one statement for a twelve-item request without naming any item",
     items={u: "pending" for u in XS})

# 31
case(name="naver-bulk-ko", **{"from": "naver_policy@navercorp.com"},
     name_from="네이버 고객센터",
     date="Fri, 13 Sep 2024 03:03:03 +0000",
     subject="[NAVER] KCSC-240906-04 조치 완료 안내",
     body="""
안녕하세요. 네이버 고객센터입니다.

요청번호 KCSC-240906-04로 요청하신 게시물 5건에 대하여 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
     outcome="review", review="bulk", classification="confirmation",
     imitates="NAVER 일괄 조치 완료 안내",
     why="'5건 모두 게시중단' names no post: bulk for a five-item request",
     items={u: "pending" for u in NS})

# 32
case(name="x-dmarc-fail", **{"from": "legal@x.com"}, auth="fail",
     date="Sat, 14 Sep 2024 12:12:12 +0000",
     subject="Re: KCSC-240903-01",
     body=f"""
Hello,

We have removed {X5} and {X12}.

X Legal
""",
     outcome="review", review="untrusted",
     imitates="short X legal confirmation, failing DMARC",
     why="claims from an x.com address whose authentication fails are not trusted",
     items={X5: "pending", X12: "pending"})

# 33
case(name="vendor-unknown-sender", **{"from": "escalations@brightdesk-support.com"},
     name_from="Trust & Safety Escalations",
     date="Tue, 10 Sep 2024 13:37:00 +0000",
     subject="KCSC-240904-02 - videos removed",
     body=f"""
Dear KCSC,

On behalf of our client's trust and safety team, we confirm that the videos {Y1} and {Y2} have been removed.

Best,
Escalations Desk
BrightDesk Support Services
""",
     outcome="review", review="unknown_sender",
     imitates="outsourced moderation vendor writing on a platform's behalf",
     why="the sender is not a domain of any platform",
     items={Y1: "pending", Y2: "pending"})

# 34
case(name="kakao-delists-naver-post-ko", **{"from": "right@kakaocorp.com"},
     name_from="카카오 권리침해신고센터",
     date="Fri, 13 Sep 2024 05:10:44 +0000",
     subject="[카카오] 검색 노출 제외 처리 안내 (KCSC-240906-04)",
     body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

KCSC-240906-04 요청서가 당사로도 전달되어 확인하였습니다.
{N1} 는 네이버 블로그 게시물이므로 원문은 당사에서 조치할 수 없으나, Daum 검색 결과에서는 노출되지 않도록 삭제 처리하였습니다.

원문 게시물에 대한 조치는 네이버에 문의하시기 바랍니다.
""",
     outcome="review", review="wrong_platform",
     imitates="Kakao/Daum search delisting notice for another portal's post",
     why="Kakao states a removal (from Daum search) about a NAVER item; NAVER's post itself is untouched",
     items={N1: "pending"})

# 35
case(name="yt-process-notice-no-claims", **{"from": "legal-notices@youtube.com"},
     name_from="YouTube Legal",
     date="Wed, 18 Sep 2024 00:00:10 +0000",
     subject="Changes to how we receive government removal requests",
     body="""
Hello,

From 1 October 2024, government agencies in the Republic of Korea should send content removal requests through our dedicated web form at https://support.google.com/legal/contact/lr_legalother rather than by email.

Requests sent to this address after that date will receive an automatic reply pointing to the form. Our policies for government requests are described at https://www.youtube.com/howyoutubeworks/policies/legal-removals/ .

The YouTube Legal Team
""",
     outcome="review", review="no_claims",
     imitates="platform process-change notice to government reporters",
     why="trusted YouTube email naming no requested item and no request",
     items={})

# 36
case(name="tiktok-asks-for-legal-basis", **{"from": "legal-noreply@tiktok.com"},
     name_from="TikTok Legal",
     date="Wed, 11 Sep 2024 08:08:08 +0000",
     subject="Additional information needed - KCSC-240910-06",
     body=f"""
Hello,

Thank you for your request KCSC-240910-06 concerning {TT1} and {TT2}.

To proceed, we need the specific provision of Korean law each video is alleged to violate and a copy of the Commission's decision. Please reply to this email with these documents. We are unable to take action until we receive them.

TikTok Legal
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="TikTok legal request for supporting documents",
     why="asks for the legal basis and decision; 'unable to take action until' is not a refusal",
     items={TT1: "pending", TT2: "pending"})

# 37
X_CONFLICT_CSV = f"""url,action,region
{X11},Account suspended,global
{X12},Withheld,KR
"""
case(name="x-attachment-contradicts-body", **{"from": "legal@x.com"},
     date="Sat, 21 Sep 2024 06:30:30 +0000",
     subject="KCSC-240903-01 - outcome (attachment)",
     raw_mime=multipart("mixed", "x378-conf-0921", [
         plain_part(f"Hello,\n\nSummary: we took no action on the account {X11}, which does not "
                    "violate our rules, and the post by @ochre_ferry was removed globally. "
                    "The attached file lists the outcome per URL.\n\nX Legal"),
         csv_attachment(X_CONFLICT_CSV, "KCSC-240903-01_outcome.csv"),
     ]),
     outcome="review", review="conflicting_statements",
     imitates="X legal email with an outcome CSV attached",
     why="body says no action on @umbra_relay and the @ochre_ferry post removed; the CSV says suspended and withheld in KR; nothing tells which is right",
     items={X11: "pending", X12: "pending"})

# 38
case(name="naver-conditional-ko", **{"from": "naver_policy@navercorp.com"},
     name_from="네이버 고객센터",
     date="Wed, 11 Sep 2024 02:50:00 +0000",
     subject="[NAVER] KCSC-240906-04 진행 상황 안내",
     body=f"""
안녕하세요. 네이버 고객센터입니다.

{N5} 게시물은 게시자에게 소명 기회를 부여하였으며, 7일 이내에 소명이 없을 경우 삭제될 예정입니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="NAVER 진행 상황 안내 (소명 기회 부여)",
     why="deletion is conditional and in the future (소명이 없을 경우 삭제될 예정)",
     items={N5: "pending"})

# 39
case(name="tg-cannot-confirm", **{"from": "abuse@telegram.org"},
     date="Tue, 10 Sep 2024 15:15:15 +0000",
     subject="Re: KCSC-240905-03",
     reply_to_req="kcsc-240905-03",
     body=f"""
Hello,

We cannot confirm that {T2} was deleted. The group's admins told us they removed it, but we have not been able to verify this yet. The message {T1} is still being looked at by our team.

Telegram Abuse Team
""",
     outcome="review", review="not_understood",
     imitates="Telegram abuse-desk interim reply",
     why="'cannot confirm' negates the deletion, the admins' claim is reported speech, and 'still being looked at' is under review",
     items={T1: "pending", T2: "pending"})

# ---------------------------------------------------------------- ignored
# 40
case(name="x-out-of-office", **{"from": "j.morales@x.com"}, name_from="Jordan Morales",
     date="Tue, 03 Sep 2024 07:11:00 +0000",
     subject="Automatic reply: KCSC-240903-01 - Request to remove content under Korean law",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
I am out of the office until 23 September with limited access to email.
For legal requests please write to legal@x.com; they will be handled by the team.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office automatic reply",
     why="out-of-office auto-reply",
     items={})

# 41
YT_BOUNCE_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: Reminder: KCSC-240904-02 overdue
Date: Thu, 12 Sep 2024 09:00:00 +0900
Message-ID: <reminder-kcsc-240904-02-1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear YouTube Legal,

The following items of request KCSC-240904-02 are still pending:
{Y1}
{Y2}
{Y3}
{Y4}

KCSC Takedown Team
"""
case(name="yt-reminder-bounced", **{"from": "mailer-daemon@googlemail.com"},
     name_from="Mail Delivery Subsystem",
     date="Thu, 12 Sep 2024 00:00:41 +0000",
     subject="Delivery Status Notification (Failure)",
     raw_mime=multipart("report", "dsn378-0912", [
         plain_part("** Address not found **\n\nYour message wasn't delivered to legal-kr-old@google.com "
                    "because the address couldn't be found, or is unable to receive mail."),
         "Content-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; googlemail.com\n"
         "Arrival-Date: Thu, 12 Sep 2024 00:00:39 +0000\n\n"
         "Final-Recipient: rfc822; legal-kr-old@google.com\n"
         "Action: failed\nStatus: 5.1.1\n"
         "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n",
         "Content-Type: message/rfc822\n\n" + YT_BOUNCE_ORIG,
     ], params=" report-type=delivery-status;"),
     outcome="ignored", classification="bounce",
     imitates="Gmail DSN 'Address not found' with the original reminder attached",
     why="a bounce; the URLs are only in our own returned reminder",
     items={})

# 42
case(name="naver-read-receipt", **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
     date="Fri, 06 Sep 2024 08:15:00 +0000",
     subject="읽음: [KCSC-240906-04] 불법정보 삭제 요청",
     raw_mime=multipart("report", "mdn378-0906", [
         plain_part("보내신 메일을 policy@navercorp.com 수신자가 2024-09-06 17:15 에 읽었습니다."),
         "Content-Type: message/disposition-notification\n\n"
         "Reporting-UA: mail.navercorp.com; NAVER WORKS\n"
         "Final-Recipient: rfc822; policy@navercorp.com\n"
         "Original-Message-ID: <kcsc-240906-04@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed\n",
     ], params=" report-type=disposition-notification;"),
     outcome="ignored", classification="read_receipt",
     imitates="MDN read receipt (읽음 확인)",
     why="a read receipt says nothing about items",
     items={})

# 43
case(name="tiktok-ticket-receipt", **{"from": "support-noreply@tiktok.com"},
     name_from="TikTok Support",
     date="Tue, 10 Sep 2024 06:03:12 +0000",
     subject="[Ticket #TT-5529013] Re: KCSC-240910-06",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
Hi there,

We've received your request and created ticket #TT-5529013. A member of our team will review it and reply as soon as possible. Please keep the ticket number in the subject line if you write to us again.

TikTok Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="ticket-system receipt",
     why="pure acknowledgement: ticket created, nothing about items",
     items={})

# 44
case(name="kakao-out-of-office-ko", **{"from": "jiwoo.han@kakaocorp.com"}, name_from="한지우",
     date="Mon, 09 Sep 2024 03:00:02 +0000",
     subject="[자동회신] Re: [KCSC-240909-05] 게시물 삭제 요청",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
안녕하세요. 한지우입니다.
9월 20일까지 휴가로 부재중입니다. 급한 용무는 권리침해신고센터(right@kakaocorp.com)로 연락 부탁드립니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동회신",
     why="out-of-office auto-reply",
     items={})

# 45
case(name="tg-case-created", **{"from": "abuse@telegram.org"},
     date="Thu, 05 Sep 2024 03:30:00 +0000",
     subject="Case #4821377 - report received",
     reply_to_req="kcsc-240905-03",
     body=f"""
Case #4821377

Your report has been received and assigned to our moderators. It concerns the following content:
{T3}

You do not need to reply to this message.
Telegram Abuse Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Telegram abuse case-created receipt",
     why="pure acknowledgement naming the reported channel without any status",
     items={})

HEADER = """# Blind set 378 (focus: what a program gets wrong), written by
# tests/corpus/blind378/make.py from each email's meaning before any run of
# the reader. Each case is judged alone on a fresh ledger holding
# blind378/requests.csv."""


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind378", HEADER, CASES)
    print(f"{len(CASES)} cases")
