#!/usr/bin/env python3
"""Blind set 204: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Written from each
email's meaning before the reader was run on it; see NOTES.md.

    python3 tests/corpus/blind204/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind204"

# ---------------------------------------------------------------- requests
CAFE = "https://cafe.daum.net/%EB%85%B8%EC%9D%84%EC%A0%95%EC%9B%90/Jq4x/"
CAFE_RAW = "https://cafe.daum.net/노을정원/Jq4x/"

TG = {
    "mf1104": "https://t.me/moonlit_ferry/1104",
    "mf1108": "https://t.me/moonlit_ferry/1108",
    "mf1121": "https://t.me/moonlit_ferry/1121",
    "aq57": "https://t.me/amber_quarry/57",
    "aq61": "https://t.me/amber_quarry/61",
    "aq64": "https://t.me/amber_quarry/64",
    "so2203": "https://t.me/salt_orchard/2203",
    "so2210": "https://t.me/salt_orchard/2210",
    "kd88": "https://t.me/kestrel_depot/88",
    "kd93": "https://t.me/kestrel_depot/93",
    "vs412": "https://t.me/velvet_sluice/412",
    "vs415": "https://t.me/velvet_sluice/415",
}
X2 = {
    "p411": "https://x.com/pinecrest_aud/status/1831000000000000411",
    "p417": "https://x.com/pinecrest_aud/status/1831000000000000417",
    "r522": "https://x.com/rook_lantern/status/1831000000000000522",
    "d630": "https://x.com/dune_ledger88/status/1831000000000000630",
}
YT = {
    "qm": "https://www.youtube.com/watch?v=Qm3vT8rLx2a",
    "hp": "https://www.youtube.com/watch?v=Hp7nW0cYe5k",
    "zt": "https://www.youtube.com/shorts/Zt4kB9mNq1s",
}
NV = {
    "b201": "https://blog.naver.com/misty_harbor21/223561100201",
    "b245": "https://blog.naver.com/misty_harbor21/223561100245",
    "c812": "https://cafe.naver.com/greenpeddler/58812",
    "c830": "https://cafe.naver.com/greenpeddler/58830",
    "b290": "https://blog.naver.com/PostView.naver?blogId=misty_harbor21&logNo=223561100290",
}
KK = {
    "c311": CAFE + "311",
    "c318": CAFE + "318",
    "br41": "https://brunch.co.kr/@quietloom/41",
}
TT = {"v31": "https://www.tiktok.com/@lumen_fernweh/video/7412000000000000031"}
X7 = {
    "h101": "https://x.com/hollow_brim/status/1833000000000000101",
    "h108": "https://x.com/hollow_brim/status/1833000000000000108",
}

REQUESTS = [
    ("KCSC-240903-01", "telegram", "2024-09-03T10:12:00+09:00", "2024-09-10T23:59:59+09:00",
     TG, "drug trade", "req-240903-01@kcsc.example", "channels selling narcotics"),
    ("KCSC-240905-02", "x", "2024-09-05T14:30:00+09:00", "2024-09-12T23:59:59+09:00",
     X2, "gambling", "req-240905-02@kcsc.example", "illegal gambling promotion"),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:05:00+09:00", "2024-09-13T23:59:59+09:00",
     YT, "fraud", "req-240906-03@kcsc.example", "investment scam videos"),
    ("KCSC-240910-04", "naver", "2024-09-10T11:00:00+09:00", "2024-09-17T23:59:59+09:00",
     NV, "counterfeit", "req-240910-04@kcsc.example", "counterfeit goods sales"),
    ("KCSC-240911-05", "kakao", "2024-09-11T16:20:00+09:00", "2024-09-18T23:59:59+09:00",
     KK, "privacy", "req-240911-05@kcsc.example", "personal data exposure"),
    ("KCSC-240912-06", "tiktok", "2024-09-12T10:40:00+09:00", "2024-09-19T23:59:59+09:00",
     TT, "obscenity", "req-240912-06@kcsc.example", ""),
    ("KCSC-240913-07", "x", "2024-09-13T15:00:00+09:00", "2024-09-20T23:59:59+09:00",
     X7, "gambling", "req-240913-07@kcsc.example", "follow-up account"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls.values():
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_lines(ref, urls):
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        f"restrict the following content (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken on each item.", "",
              "KCSC Takedown Desk"]
    return lines


def quoted_request(ref, urls, when, style="gmail"):
    """The regulator's own request, quoted below a reply."""
    lines = request_lines(ref, urls)
    if style == "gmail":
        head = f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in lines)
    head = ("-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {when}\nTo: legal@x.com\nSubject: [{ref}] Request for removal of illegal content\n")
    return head + "\n" + "\n".join(lines)


def mp(boundary, parts, kind="mixed", extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', ""]
    out.append("This is a multi-part message in MIME format.")
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def qp_part(text, ctype="text/plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + enc)


def b64_part(text, ctype="text/plain", name=None):
    data = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    disp = ""
    if name:
        disp = f'Content-Disposition: attachment; filename="{name}"\n'
        ctype = f'{ctype}; name="{name}"'
    else:
        ctype = f"{ctype}; charset=utf-8"
    return f"Content-Type: {ctype}\n{disp}Content-Transfer-Encoding: base64\n\n" + data


def plain_part(text, ctype="text/plain"):
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + text


SUBJ = {
    "KCSC-240903-01": "Re: [KCSC-240903-01] Request for removal of illegal content",
    "KCSC-240905-02": "Re: [KCSC-240905-02] Request for removal of illegal content",
    "KCSC-240906-03": "Re: [KCSC-240906-03] Request for removal of illegal content",
    "KCSC-240910-04": "Re: [KCSC-240910-04] 불법정보 시정요구",
    "KCSC-240911-05": "Re: [KCSC-240911-05] 불법정보 시정요구",
    "KCSC-240912-06": "Re: [KCSC-240912-06] Request for removal of illegal content",
    "KCSC-240913-07": "Re: [KCSC-240913-07] Request for removal of illegal content",
}

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="tg-three-statuses-one-sentence",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Thu, 05 Sep 2024 11:02:17 +0000",
    subject=SUBJ["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your report (KCSC-240903-01).

Our moderators have gone through the posts from moonlit_ferry: {TG['mf1104']} has been taken down, {TG['mf1108']} had already been deleted by the channel owner before we got to it, and {TG['mf1121']} stays up because it does not break the Telegram Terms of Service.

The remaining links in your request are still being reviewed.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply giving several outcomes in one sentence",
    why="one sentence: taken down / already deleted by owner / stays up, no violation",
    items={TG["mf1104"]: "removed", TG["mf1108"]: "not_found", TG["mf1121"]: "rejected"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Thu, 05 Sep 2024 16:40:09 +0000",
    subject=SUBJ["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""
Dear KCSC team,

Regarding request KCSC-240903-01:

The post {TG['aq57']}, which appears to have been copied from a closed group, has been blocked on all Telegram apps.

We also blocked {TG['aq61']}, which may have been edited after you reported it; the version we reviewed contained the content you described.

As for {TG['aq64']}, it seems the channel administrators may have removed it themselves. We are confirming this and will update you.

Best regards,
Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA-team reply with hedges inside relative clauses",
    why="hedges sit in relative clauses about 57 and 61, their main clauses say blocked; 64 is only 'it seems ... may have'",
    items={TG["aq57"]: "removed", TG["aq61"]: "removed", TG["aq64"]: "pending"},
)

case(
    name="tg-not-removed-news-report",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Fri, 06 Sep 2024 08:15:44 +0000",
    subject=SUBJ["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""
Hi,

We looked into the two salt_orchard posts from your request KCSC-240903-01.

{TG['so2203']} has not been removed. It is a report by a registered news outlet that quotes the material in order to criticise it, and it does not violate our Terms of Service.

{TG['so2210']} was not a news item; it has been removed.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply refusing one post with its reason and removing another",
    why="'has not been removed' with a reason is a refusal; 'was not a news item; it has been removed' is a removal",
    items={TG["so2203"]: "rejected", TG["so2210"]: "removed"},
)

case(
    name="tg-correction-later-sentence",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Mon, 09 Sep 2024 09:30:00 +0000",
    subject="Update: KCSC-240903-01",
    body=f"""
Update on KCSC-240903-01

Both posts from kestrel_depot, {TG['kd88']} and {TG['kd93']}, were removed on 6 September.

Correction to the above: when we checked our logs again we saw that {TG['kd93']} had been deleted by the channel owner on 4 September, before our moderators reached it. So we took no action on that post; it simply no longer exists. The removal of /88 stands.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk follow-up correcting its own first sentence",
    why="the correction revises 93 from removed to already deleted by its owner (not_found); 88 stays removed",
    items={TG["kd88"]: "removed", TG["kd93"]: "not_found"},
)

case(
    name="tg-numbered-results-by-position",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 13:05:51 +0000",
    subject=SUBJ["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""
Hello,

You asked us (KCSC-240903-01) about these posts, among others:

1. {TG['vs412']}
2. {TG['vs415']}
3. {TG['kd93']}
4. {TG['so2210']}

Items 1, 2 and 4 have been blocked. Item 3 could not be located: the message ID does not exist in that channel.

Regards,
Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply giving outcomes by the numbers of its own list",
    why="statuses given by position in the numbered list above them",
    items={TG["vs412"]: "removed", TG["vs415"]: "removed", TG["so2210"]: "removed", TG["kd93"]: "not_found"},
)

case(
    name="x-table-note-correction",
    **{"from": "noreply-legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 02:11:37 +0000",
    subject=SUBJ["KCSC-240905-02"], reply_to_req="req-240905-02", type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>We have completed our review of your request <b>KCSC-240905-02</b>. The outcome for each reported post is below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X2['p411']}</td><td>Withheld in KR</td></tr>
<tr><td>{X2['p417']}</td><td>Withheld in KR</td></tr>
<tr><td>{X2['r522']}</td><td>Withheld in KR</td></tr>
</table>
<p><i>Note:</i> the last row of the table was filled in by mistake. The post {X2['r522']} has not been withheld: our review found that it does not violate Korean law or the X Rules, and it remains available.</p>
<p>For more on country withheld content, see <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our help centre</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table (country withheld) with a correcting note",
    why="table says withheld for three; the note below corrects the third row to no action (no violation)",
    items={X2["p411"]: "restricted", X2["p417"]: "restricted", X2["r522"]: "rejected"},
)

case(
    name="yt-bullets-three-statuses",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 05:48:20 +0000",
    subject=SUBJ["KCSC-240906-03"], reply_to_req="req-240906-03",
    body=f"""
Hello,

Thanks for reaching out to YouTube about request KCSC-240906-03. After reviewing the content, here is the outcome:

  • {YT['qm']} – removed from YouTube for violating our Community Guidelines
  • {YT['hp']} – age-restricted; it can no longer be watched by signed-out viewers or viewers under 18
  • {YT['zt']} – blocked from view in South Korea under local law

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removals outcome email with a bullet per video",
    why="removed / age-restricted / blocked in Korea, one bullet each",
    items={YT["qm"]: "removed", YT["hp"]: "restricted", YT["zt"]: "restricted"},
)

case(
    name="yt-bare-url-status-below",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Tue, 10 Sep 2024 07:02:03 +0000",
    subject="Your legal request KCSC-240906-03 - review completed",
    body=f"""
Request: KCSC-240906-03
Review completed.

{YT['hp']}
Outcome: No action. The video does not violate our Community Guidelines, and we did not find it unlawful under Korean law.

{YT['zt']}
Outcome: Removed globally (Community Guidelines violation).

Learn how we handle legal requests: https://support.google.com/youtube/answer/2802032

Please do not reply to this automated email.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube automated legal-request result, bare URL then outcome line",
    why="each bare URL has its outcome on the line below; the help link is not an item; 'automated email' is no auto-reply",
    items={YT["hp"]: "rejected", YT["zt"]: "removed"},
)

case(
    name="yt-statement-then-url-below",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal",
    date="Wed, 11 Sep 2024 03:20:11 +0000",
    subject=SUBJ["KCSC-240906-03"], reply_to_req="req-240906-03",
    body=f"""
Hi there,

In response to your request KCSC-240906-03, we've restricted access to the following content in South Korea based on local law:
{YT['qm']}

The following content was reviewed under our Community Guidelines and local law, and we're not taking action on it at this time:
{YT['hp']}

If you have additional information about this content, you can submit a new request at https://support.google.com/legal/answer/3110420.

Sincerely,
YouTube Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal response, statement line followed by the URL",
    why="the statement ending in ':' applies to the URL on the next line; 'not taking action' after review is a refusal",
    items={YT["qm"]: "restricted", YT["hp"]: "rejected"},
)

case(
    name="naver-mixed-korean-sentence",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 게시중단 요청 담당",
    date="Wed, 11 Sep 2024 15:10:00 +0900",
    subject=SUBJ["KCSC-240910-04"], reply_to_req="req-240910-04",
    body=f"""
안녕하세요, 네이버 게시중단 요청 담당자입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-04)에 대하여 다음과 같이 알려드립니다.

{NV['b201']} 게시물은 9월 11일 게시중단 조치하였으며, {NV['b245']} 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 게시물은 검토 중이며 처리되는 대로 회신드리겠습니다.

감사합니다.
네이버 주식회사
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 회신 (one sentence, two outcomes)",
    why="게시중단 for 201 and 'already deleted by its author' for 245 in one sentence; the rest under review",
    items={NV["b201"]: "removed", NV["b245"]: "not_found"},
)

table_rows = [
    (1, NV["b201"], "게시중단", "-"),
    (2, NV["b245"], "삭제된 게시물", "작성자 삭제(9/9)"),
    (3, NV["c812"], "임시조치", "30일"),
    (4, NV["c830"], "블라인드", "-"),
    (5, NV["b290"], "조치 불가", "운영정책 및 관련 법령 위반 사항이 확인되지 않음"),
]
case(
    name="naver-sijeong-html-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 10:45:00 +0900",
    subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240910-04)", type="html",
    body="""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240910-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
""" + "\n".join(
        f"<tr><td>{n}</td><td>{u.replace('&', '&amp;')}</td><td>{r}</td><td>{c}</td></tr>"
        for n, u, r, c in table_rows) + """
</table>
<p>문의 사항은 회신 메일로 보내주시기 바랍니다.</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table from a portal",
    why="five rows: 게시중단, author-deleted, 임시조치, 블라인드, 조치 불가 with reason",
    items={NV["b201"]: "removed", NV["b245"]: "not_found", NV["c812"]: "restricted",
           NV["c830"]: "removed", NV["b290"]: "rejected"},
)

case(
    name="naver-negation-particles",
    **{"from": "cafe_report@naver.com"}, name_from="네이버 카페 신고센터",
    date="Thu, 12 Sep 2024 17:22:41 +0900",
    subject="[네이버 카페] 요청번호 KCSC-240910-04 처리 결과",
    body=f"""
안녕하세요. 네이버 카페 신고센터입니다.

요청번호 KCSC-240910-04 처리 결과를 안내드립니다.

{NV['c830']}은 검토 결과 카페 운영정책 및 관련 법령에 위반되지 않는 것으로 판단되어 삭제하지 않았습니다.
{NV['c812']}는 블라인드 처리되었습니다.

카페 운영정책: https://cafe.naver.com/cafepolicy
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 신고 처리 결과 with particles glued to the URLs",
    why="58830: not deleted because no violation (rejected); 58812: 블라인드 (removed); particles 은/는 touch the URLs",
    items={NV["c830"]: "rejected", NV["c812"]: "removed"},
)

case(
    name="kakao-raw-korean-url",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객보호팀",
    date="Thu, 12 Sep 2024 11:03:12 +0900",
    subject=SUBJ["KCSC-240911-05"], reply_to_req="req-240911-05",
    body=f"""
안녕하세요. 카카오 고객보호팀입니다.
귀 위원회의 시정요구(KCSC-240911-05)에 따른 조치 결과를 안내드립니다.

- {CAFE_RAW}311 : 임시조치(30일) 완료
- {CAFE_RAW}318 : 삭제 완료
- {KK['br41']} : 검토 결과 운영정책 위반이 확인되지 않아 게시를 유지합니다

감사합니다.
카카오 고객보호팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 시정요구 조치 결과 안내, raw Korean cafe paths",
    why="임시조치 (restricted), 삭제 (removed), 게시 유지 with reason (rejected); raw Korean path matches the encoded URL",
    items={KK["c311"]: "restricted", KK["c318"]: "removed", KK["br41"]: "rejected"},
)

case(
    name="kakao-fullwidth-punct",
    **{"from": "cafe-notice@daum.net"}, name_from="Daum 카페",
    date="Fri, 13 Sep 2024 14:30:00 +0900",
    subject="[Daum 카페] 시정요구 처리 결과 회신",
    body=f"""
[Daum 카페] 시정요구 처리 결과 회신

요청번호：KCSC-240911-05
처리 대상（2건）：{CAFE_RAW}318，{KK['br41']}
처리 내용：위 게시물 2건은 국내 이용자에 대하여 접근 제한 조치되었습니다．
처리 일시：2024-09-13 14:05

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 처리 결과 notice, full-width colon/comma/period",
    why="both named targets are access-restricted for Korean users; full-width comma follows the first URL",
    items={KK["c318"]: "restricted", KK["br41"]: "restricted"},
)

case(
    name="tiktok-sole-statement",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 06:12:00 +0000",
    subject=SUBJ["KCSC-240912-06"], reply_to_req="req-240912-06",
    body="""
Hello,

Thank you for contacting TikTok. We have reviewed the video referred to in your request KCSC-240912-06 and removed it for violating our Community Guidelines.

The account holder has been notified of this decision and may appeal it.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email to a government requester",
    why="one-item request; the video is removed, named only as 'the video referred to in your request'",
    items={TT["v31"]: "removed"},
)

case(
    name="tiktok-geo-restricted-but-viewable-elsewhere",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Sat, 14 Sep 2024 02:40:00 +0000",
    subject=SUBJ["KCSC-240912-06"], reply_to_req="req-240912-06",
    body=f"""
Hi,

Following our review, the video {TT['v31']} is no longer available to users in the Republic of Korea. We did not find that it breaches our Community Guidelines, so it remains viewable outside Korea.

TikTok Law Enforcement Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law restriction notice",
    why="unavailable in Korea = restricted; 'did not find it breaches ... remains viewable outside Korea' does not undo that",
    items={TT["v31"]: "restricted"},
)

case(
    name="tg-top-posted-over-quote",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Wed, 04 Sep 2024 18:51:30 +0000",
    subject=SUBJ["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""
Done, the two velvet_sluice posts have been taken down:
{TG['vs412']}
{TG['vs415']}

We are still looking at the rest of your list.

Telegram Abuse Team

""" + quoted_request("KCSC-240903-01", list(TG.values()), "Tue, 3 Sep 2024 at 10:12"),
    outcome="applied", classification="confirmation",
    imitates="top-posted abuse-desk reply over the quoted request (Gmail quoting)",
    why="only the two URLs above the quote are stated taken down; the quoted request says nothing",
    items={TG["vs412"]: "removed", TG["vs415"]: "removed"},
)

case(
    name="tg-inline-replies-under-quoted-urls",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Thu, 05 Sep 2024 07:30:12 +0000",
    subject=SUBJ["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""
Hi,

Answers inline.

On Tue, 3 Sep 2024 at 10:12, KCSC Takedown <takedown@kcsc.example> wrote:
> Request KCSC-240903-01. Please act on:
>
> {TG['so2203']}

Removed.

> {TG['so2210']}

Not found. There is no message with this ID in the channel.

> {TG['kd88']}

Still under review.

--
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="inline reply interleaved with the quoted request",
    why="unquoted answers under each quoted URL: removed / not found / under review",
    items={TG["so2203"]: "removed", TG["so2210"]: "not_found", TG["kd88"]: "pending"},
)

csv_text = (
    "link,decision,comment\r\n"
    f"{TG['mf1104']},blocked,\r\n"
    f"{TG['mf1108']},not found,deleted by channel owner\r\n"
    f"{TG['aq57']},blocked,\r\n"
    f"{TG['aq61']},no violation,parody account - no illegal goods offered\r\n"
    f"{TG['kd88']},geo-restricted,KR only\r\n"
)
case(
    name="tg-csv-attachment",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Fri, 06 Sep 2024 12:00:00 +0000",
    subject=SUBJ["KCSC-240903-01"], reply_to_req="req-240903-01",
    raw_mime=mp("b204-csv-01", [
        plain_part("Hello,\n\nPlease find attached the outcome for request KCSC-240903-01 "
                   "(first batch).\n\nTelegram DSA Team\n"),
        b64_part(csv_text, "text/csv", "KCSC-240903-01_outcome.csv"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="batch outcome sent as a CSV attachment",
    why="CSV rows: blocked, not found, blocked, no violation, geo-restricted",
    items={TG["mf1104"]: "removed", TG["mf1108"]: "not_found", TG["aq57"]: "removed",
           TG["aq61"]: "rejected", TG["kd88"]: "restricted"},
)

qp_text = f"""Hello,

Regarding your request KCSC-240906-03 – we removed {YT['qm']}, which had also been flagged by other users, and age-restricted {YT['zt']}.

We're still reviewing the third video and will get back to you.

Best,
YouTube Legal Support
"""
case(
    name="yt-quoted-printable-mixed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 10:17:45 +0000",
    subject=SUBJ["KCSC-240906-03"], reply_to_req="req-240906-03",
    raw_mime=qp_part(qp_text),
    outcome="applied", classification="confirmation",
    imitates="Gmail-style quoted-printable reply from a legal support agent",
    why="one sentence: removed one video, age-restricted another; the third only 'still reviewing'",
    items={YT["qm"]: "removed", YT["zt"]: "restricted"},
)

b64_text = f"""안녕하세요. 네이버 블로그 권리보호센터입니다.

요청번호 KCSC-240910-04 관련하여, 블로그 게시물 {NV['b245']} 및
{NV['b290']} 에 대하여
임시조치(30일간 접근 차단)하였음을 알려드립니다.

감사합니다.
"""
case(
    name="naver-base64-temporary-measure",
    **{"from": "blog_rights@naver.com"}, name_from="네이버 블로그 권리보호센터",
    date="Thu, 12 Sep 2024 09:00:00 +0900",
    subject=SUBJ["KCSC-240910-04"], reply_to_req="req-240910-04",
    raw_mime=b64_part(b64_text),
    outcome="applied", classification="confirmation",
    imitates="NAVER 블로그 임시조치 안내, base64 body",
    why="임시조치 (30 days, access blocked) for both named posts",
    items={NV["b245"]: "restricted", NV["b290"]: "restricted"},
)

case(
    name="x-angle-brackets-wrapped",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 22:05:10 +0000",
    subject=SUBJ["KCSC-240905-02"], reply_to_req="req-240905-02",
    body=f"""
Hello,

We have reviewed your request (ref. KCSC-240905-02). We have withheld
<{X2['p411']}> in South Korea
but have not taken action on <https://x.com/dune_ledger88/status/
1831000000000000630>, which we found does not violate local law or the X
Rules.

The post <{X2['p417']}> was
removed globally for violating our rules on illegal gambling.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with URLs in angle brackets, one wrapped across lines",
    why="withheld in KR (restricted) / not acted on, no violation (rejected) / removed; the wrapped URL is in angle brackets",
    items={X2["p411"]: "restricted", X2["d630"]: "rejected", X2["p417"]: "removed"},
)

case(
    name="tg-echoed-report-decision",
    **{"from": "notify@telegram.org"}, name_from="Telegram",
    date="Sat, 07 Sep 2024 04:44:04 +0000",
    subject="Decision on your report KCSC-240903-01",
    body=f"""
Telegram received the following report:

  Reporter:  KCSC (Korea Communications Standards Commission)
  Reference: KCSC-240903-01
  Link:      {TG['aq61']}
  Category:  Illegal goods

Decision: this content was found to breach the Telegram Terms of Service and is no longer accessible.

This message was sent automatically. Replies to this address are not read.
""",
    outcome="applied", classification="confirmation",
    imitates="automated report-decision notice echoing the report",
    why="echoed report then an unhedged decision: no longer accessible (removed); 'sent automatically' is not an auto-reply",
    items={TG["aq61"]: "removed"},
)

case(
    name="tg-dsa-statement-of-reasons",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Sun, 08 Sep 2024 10:10:10 +0000",
    subject="Notice decision - KCSC-240903-01",
    body=f"""
Notice decision (Digital Services Act, Article 16(5))

Your notice: KCSC-240903-01
Content concerned: {TG['kd88']}

Decision: restriction of visibility. The content has been made inaccessible to users in the Republic of Korea.
Territorial scope: KR
Ground: illegal content under the law of the Republic of Korea
Automated means used: no

You can contest this decision at https://telegram.org/dsa/appeal.

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="DSA notice-decision / statement of reasons format",
    why="visibility restricted in Korea only (restricted); appeal link is not an item",
    items={TG["kd88"]: "restricted"},
)

case(
    name="x-first-refusal-then-withheld",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 01:20:00 +0000",
    subject=SUBJ["KCSC-240913-07"], reply_to_req="req-240913-07",
    body=f"""
Hello,

Thank you for your patience regarding KCSC-240913-07.

On first review, our team found that {X7['h101']} did not violate the X Rules, and no action was taken at that stage. Following escalation to our legal team, we have now withheld that post in South Korea.

{X7['h108']} has been removed for violating our rules.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply after escalation",
    why="the later sentence revises the first refusal: withheld in Korea (restricted); 108 removed",
    items={X7["h101"]: "restricted", X7["h108"]: "removed"},
)

case(
    name="naver-results-by-number",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 게시중단 요청 담당",
    date="Mon, 16 Sep 2024 16:00:00 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240910-04)",
    body=f"""
안녕하세요. 네이버입니다.

요청하신 게시물 목록
1) {NV['c812']}
2) {NV['c830']}
3) {NV['b290']}

처리 결과
- 1번, 3번: 게시중단
- 2번: 해당 게시물이 존재하지 않음 (이미 삭제된 게시물)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 안내 giving results by list number",
    why="1 and 3 게시중단 (removed), 2 does not exist (not_found), by position in the list",
    items={NV["c812"]: "removed", NV["b290"]: "removed", NV["c830"]: "not_found"},
)

case(
    name="x-ack-phrase-plus-statements",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 09:00:00 +0000",
    subject=SUBJ["KCSC-240905-02"], reply_to_req="req-240905-02",
    body=f"""
Hello,

We have received your request and reviewed the reported posts.

- {X2['r522']} : account suspended; the post is no longer available on X.
- {X2['d630']} : we could not find this post. The link appears to be incomplete or the post never existed.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply opening with a receipt phrase, then outcomes",
    why="receipt phrase plus unhedged statements is no acknowledgement; suspended/unavailable = removed; 'could not find' = not_found",
    items={X2["r522"]: "removed", X2["d630"]: "not_found"},
)

# ================================================================ REVIEW
case(
    name="tg-hedges-only",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Wed, 04 Sep 2024 12:12:12 +0000",
    subject=SUBJ["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""
Hello,

About your request KCSC-240903-01: the posts {TG['mf1121']} and {TG['vs415']} may already have been taken down by the channel administrators, as our moderators could not open them from the link preview. We will confirm their status once our team has checked the channels directly.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim reply with only hedges and a promise",
    why="'may already have been taken down' and 'we will confirm' are no statements",
    items={TG["mf1121"]: "pending", TG["vs415"]: "pending"},
)

case(
    name="x-appears-no-longer-visible",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 20:00:00 +0000",
    subject=SUBJ["KCSC-240905-02"], reply_to_req="req-240905-02",
    body=f"""
Hi,

Re: KCSC-240905-02. It appears that {X2['r522']} is no longer visible, possibly because the account holder deleted it. We are verifying this on our side and will follow up.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply, hedged",
    why="'it appears ... possibly' is a hedge, then a promise",
    items={X2["r522"]: "pending"},
)

case(
    name="naver-asks-for-decision-copy",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 게시중단 요청 담당",
    date="Wed, 11 Sep 2024 18:30:00 +0900",
    subject=SUBJ["KCSC-240910-04"], reply_to_req="req-240910-04",
    body=f"""
안녕하세요. 네이버 게시중단 요청 담당자입니다.

요청하신 {NV['c830']} 게시물을 검토하였으나, 해당 게시물이 어느 법령에 위반되는지 판단하기 위하여 심의 의결서 사본이 필요합니다.
의결서 사본을 회신하여 주시면 확인 후 지체 없이 게시중단 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for the commission's decision document",
    why="asks for a document; the 게시중단 is conditional on it",
    items={NV["c830"]: "pending"},
)

case(
    name="tg-all-blocked-bulk",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Tue, 10 Sep 2024 08:00:00 +0000",
    subject=SUBJ["KCSC-240903-01"], reply_to_req="req-240903-01",
    body="""
Dear KCSC team,

All of the posts listed in your request KCSC-240903-01 have been blocked.

Best regards,
Telegram DSA Team
""",
    outcome="review", review="bulk",
    imitates="one-line bulk confirmation for a large request",
    why="a statement about twelve items without naming any",
    items={u: "pending" for u in TG.values()},
)

case(
    name="x-outlook-both-posts-bulk",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 04:00:00 +0000",
    subject=SUBJ["KCSC-240913-07"], reply_to_req="req-240913-07",
    body="""
Hello,

Both posts in your request below have been withheld in South Korea.

Regards,
X Legal

""" + quoted_request("KCSC-240913-07", list(X7.values()), "Friday, September 13, 2024 3:00 PM", "outlook"),
    outcome="review", review="bulk",
    imitates="Outlook top-posted reply over the original request",
    why="'both posts in your request below' names neither; the URLs appear only in the quoted original",
    items={X7["h101"]: "pending", X7["h108"]: "pending"},
)

case(
    name="tg-forged-auth-fail",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team", auth="fail",
    date="Sun, 08 Sep 2024 03:03:03 +0000",
    subject=SUBJ["KCSC-240903-01"],
    body=f"""
Hello,

{TG['so2203']} has been removed.

Telegram DSA Team
""",
    outcome="review", review="untrusted",
    imitates="short confirmation failing DKIM/SPF/DMARC",
    why="telegram.org sender but dmarc=fail",
    items={TG["so2203"]: "pending"},
)

case(
    name="law-firm-for-channel-owner",
    **{"from": "j.moreau@harbourline-law.example"}, name_from="Julien Moreau",
    date="Mon, 09 Sep 2024 14:14:00 +0000",
    subject="KCSC-240903-01 - salt_orchard",
    body=f"""
Dear Sir or Madam,

We act for the operator of the Telegram channel salt_orchard. Our client has voluntarily deleted the post {TG['so2210']}, which you referred to in your request KCSC-240903-01, and asks that the matter be considered closed.

Yours faithfully,
Julien Moreau
Harbourline Law
""",
    outcome="review", review="unknown_sender",
    imitates="lawyer's letter on behalf of a channel operator",
    why="not a platform's domain; names our request and a URL",
    items={TG["so2210"]: "pending"},
)

case(
    name="naver-about-daum-item",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 게시중단 요청 담당",
    date="Fri, 13 Sep 2024 09:15:00 +0900",
    subject=SUBJ["KCSC-240911-05"],
    body=f"""
안녕하세요. 네이버입니다.

요청하신 {CAFE_RAW}311 은 당사 서비스에서 확인되지 않는 게시물입니다. 해당 주소는 카카오(다음)에서 운영하는 서비스로 보입니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal reply about another portal's URL",
    why="NAVER states 'not found' for a Daum (kakao) item",
    items={KK["c311"]: "pending"},
)

case(
    name="x-table-contradicted-by-note",
    **{"from": "noreply-legal@x.com"}, name_from="X Legal",
    date="Thu, 19 Sep 2024 02:00:00 +0000",
    subject=SUBJ["KCSC-240913-07"], reply_to_req="req-240913-07", type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find the result of our review of request KCSC-240913-07 below.</p>
<table border="1" cellpadding="4">
<tr><th>Post</th><th>Action</th></tr>
<tr><td>{X7['h101']}</td><td>Withheld in KR</td></tr>
<tr><td>{X7['h108']}</td><td>Withheld in KR</td></tr>
</table>
<p>Please note that no action has been taken on the posts listed above, as they were found not to violate the X Rules or local law.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="X legal outcome table whose note says the opposite",
    why="table says withheld, the note says no action on the same posts; no sign which is right",
    items={X7["h101"]: "pending", X7["h108"]: "pending"},
)

case(
    name="yt-portal-announcement",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date="Wed, 11 Sep 2024 16:00:00 +0000",
    subject="Changes to how government agencies submit legal requests",
    body="""
Hello,

From 1 October 2024, government agencies should submit content removal requests through the legal removals portal at https://support.google.com/legal/contact/lr_government rather than by email. Requests already sent by email will still be handled.

If you have questions, reply to this message.

YouTube Legal Operations
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform service announcement to government requesters",
    why="trusted, names no item and no request",
    items={},
)

case(
    name="tg-not-yet-actioned",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Fri, 06 Sep 2024 15:15:15 +0000",
    subject=SUBJ["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""
Hello,

We have not yet taken any action on {TG['kd93']} and {TG['aq64']}. Both are queued for a second review by our legal team, and you will hear from us within five working days.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim reply",
    why="'not yet taken any action' is neither a refusal nor an action; a promise follows",
    items={TG["kd93"]: "pending", TG["aq64"]: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    **{"from": "minjun.seo@x.com"}, name_from="Minjun Seo",
    date="Thu, 05 Sep 2024 05:31:00 +0000",
    subject="Automatic reply: [KCSC-240905-02] Request for removal of illegal content",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with limited access to email.

For legal requests, please write to legal@x.com and the team will pick it up.

Minjun
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply",
    why="out-of-office",
    items={},
)

dsn_original = (
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: abuse-kr@telegram.org\n"
    "Subject: [KCSC-240903-01] Request for removal of illegal content\n"
    "Date: Tue, 03 Sep 2024 10:12:00 +0900\n"
    "Message-ID: <req-240903-01@kcsc.example>\n"
    "\n" + "\n".join(request_lines("KCSC-240903-01", list(TG.values()))) + "\n"
)
case(
    name="bounce-dsn-request",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 01:12:40 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=mp("b204-dsn-01", [
        plain_part("This is the mail system at host mx.kcsc.example.\n\n"
                   "I'm sorry to have to inform you that your message could not\n"
                   "be delivered to one or more recipients.\n\n"
                   "<abuse-kr@telegram.org>: host mail.telegram.org[192.0.2.44] said:\n"
                   "    550 5.1.1 <abuse-kr@telegram.org>: Recipient address rejected:\n"
                   "    User unknown\n"),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n"
        "Arrival-Date: Tue,  3 Sep 2024 10:12:01 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; abuse-kr@telegram.org\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Remote-MTA: dns; mail.telegram.org\n"
        "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown\n",
        "Content-Type: message/rfc822\n\n" + dsn_original,
    ], kind="report", extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the request attached",
    why="bounce of our own request; its URLs are our text",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "jiyoon.han@navercorp.com"}, name_from="한지윤",
    date="Tue, 10 Sep 2024 13:02:00 +0900",
    subject="읽음: [KCSC-240910-04] 불법정보 시정요구",
    raw_mime=mp("b204-mdn-01", [
        plain_part("보낸 메일을 수신자가 읽었습니다.\n\n"
                   "받는 사람: 한지윤 <jiyoon.han@navercorp.com>\n"
                   "제목: [KCSC-240910-04] 불법정보 시정요구\n"
                   "읽은 시간: 2024년 9월 10일 화요일 오후 1:02\n"),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.navercorp.com; NAVER Works Mail\n"
        "Final-Recipient: rfc822; jiyoon.han@navercorp.com\n"
        "Original-Message-ID: <req-240910-04@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], kind="report", extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (Korean mail client)",
    why="read receipt",
    items={},
)

case(
    name="yt-ticket-receipt",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Fri, 06 Sep 2024 00:20:00 +0000",
    subject="[7-4412000031918] We received your request",
    reply_to_req="req-240906-03",
    body="""
Hello,

Thanks for contacting us. Your request has been received and assigned the case number 7-4412000031918. Please keep this number in the subject line of any further correspondence.

We review requests in the order they arrive. You'll hear from us once our review is complete.

The Google Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request receipt with case number",
    why="pure receipt, nothing about any item",
    items={},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 16:25:00 +0900",
    subject="[카카오] 시정요구가 접수되었습니다",
    reply_to_req="req-240911-05",
    body="""
안녕하세요. 카카오 고객센터입니다.

보내주신 시정요구가 정상적으로 접수되었습니다.
접수번호: CS-20240911-8830

담당 부서에서 검토한 뒤 처리 결과를 회신 드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 완료 안내",
    why="receipt with a ticket number and a promise only",
    items={},
)

case(
    name="naver-away-korean",
    **{"from": "sumin.kang@navercorp.com"}, name_from="강수민",
    date="Tue, 10 Sep 2024 11:00:30 +0900",
    subject="[자동회신] 부재중입니다 - Re: [KCSC-240910-04] 불법정보 시정요구",
    reply_to_req="req-240910-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 강수민입니다.
9월 10일부터 9월 18일까지 휴가로 부재중입니다.
게시중단 요청 관련 문의는 policy@navercorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tg-unmonitored-mailbox",
    **{"from": "noreply@telegram.org"}, name_from="Telegram",
    date="Tue, 03 Sep 2024 01:13:00 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This address does not accept incoming messages, and your email has not been read.

To report illegal content to Telegram, use the form at https://telegram.org/dsa-report or write to dsa@telegram.org.
""",
    outcome="ignored", classification="auto_reply",
    imitates="no-reply mailbox autoresponder",
    why="automatic reply from an unmonitored address",
    items={},
)


HEADER = """# Blind set 204 (what a program gets wrong): mixed statuses in one sentence,
# hedges in relative clauses, negations, refusals with reasons, later sentences
# revising earlier ones, a table contradicted by its note, statuses by position.
# Written by tests/corpus/blind204/make.py from each email's meaning, before any run.
"""


def encode_headers():
    """Korean display names and subjects go out RFC 2047-encoded, as mail clients send them."""
    for c in CASES:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


def main():
    encode_headers()
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
