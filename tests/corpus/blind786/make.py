#!/usr/bin/env python3
"""Blind corpus set 786: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every email is written
in our own sentences, with fictional URLs, names and ids; expected results
were written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind786/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind786"

# ---------------------------------------------------------------- requests
Y = {
    1: "https://www.youtube.com/watch?v=qT4vN8xLw2A",
    2: "https://www.youtube.com/watch?v=Hb7cR0pZk3M",
    3: "https://www.youtube.com/watch?v=m2JxW9fTq6E",
    4: "https://www.youtube.com/watch?v=Zr5LkD1sV8c",
    5: "https://www.youtube.com/watch?v=pA0gY7nBe4U",
    6: "https://www.youtube.com/watch?v=dK8sQ3hFj1T",
    7: "https://www.youtube.com/watch?v=W6uE2cMo9Rz",
    8: "https://www.youtube.com/shorts/Lf3nP8aTy0Q",
    9: "https://www.youtube.com/shorts/Ce9Vb4Xk2Hs",
    10: "https://www.youtube.com/shorts/Ju1Rm7Gd5Wo",
    11: "https://www.youtube.com/watch?v=tN0hZ6qEa3K",
    12: "https://www.youtube.com/watch?v=Sx4Fb2Lp8Yv",
    13: "https://www.youtube.com/@jackpotking-kr9921",
    14: "https://www.youtube.com/watch?v=Go7Wc5Ri1Dn",
}
X = {
    1: "https://x.com/icecrystal_kr/status/1831002294417765123",
    2: "https://x.com/icecrystal_kr/status/1831004418832220199",
    3: "https://x.com/mintleaf_dlv/status/1830877120044536871",
    4: "https://x.com/mintleaf_dlv/status/1830901556771031420",
    5: "https://x.com/seoul_pickup09/status/1831122093385547800",
}
T = {
    1: "https://t.me/bluepowder_seoul/214",
    2: "https://t.me/bluepowder_seoul/219",
    3: "https://t.me/night_courier_kr/88",
    4: "https://t.me/night_courier_kr/91",
}
N2_RAW = "https://m.cafe.naver.com/ca-fe/web/cafes/한밤장터/articles/5521"
N = {
    1: "https://blog.naver.com/dalbit_note/223561044871",
    2: "https://m.cafe.naver.com/ca-fe/web/cafes/%ED%95%9C%EB%B0%A4%EC%9E%A5%ED%84%B0/articles/5521",
    3: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230985",
}
K = {
    1: "https://cafe.daum.net/nightmarket77/Xy3k/118",
    2: "https://tv.kakao.com/v/441902337",
}
TT1 = "https://www.tiktok.com/@ghostlane.kr/video/7412009384512334117"
XG = {
    1: "https://x.com/lucky7_toto/status/1833350021948862733",
    2: "https://x.com/lucky7_toto/status/1833351187763245098",
    3: "https://x.com/toto_gate_kr/status/1833402267001880576",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "youtube", "2024-09-03T14:20:00+09:00", "2024-09-10T18:00:00+09:00",
     [Y[i] for i in range(1, 15)], "illegal_gambling", "gambling promotion videos and one channel"),
    ("KCSC-240904-02", "x", "2024-09-04T10:05:00+09:00", "2024-09-11T18:00:00+09:00",
     [X[i] for i in range(1, 6)], "illegal_drugs", "drug sale posts"),
    ("KCSC-240905-03", "telegram", "2024-09-05T16:40:00+09:00", "2024-09-12T18:00:00+09:00",
     [T[i] for i in range(1, 5)], "illegal_drugs", "drug courier channels"),
    ("KCSC-240906-04", "naver", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [N[i] for i in range(1, 4)], "defamation", "blog, cafe and KnowledgeiN posts"),
    ("KCSC-240909-05", "kakao", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     [K[1], K[2]], "obscenity", "Daum cafe post and Kakao TV clip"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T15:10:00+09:00", "2024-09-17T18:00:00+09:00",
     [TT1], "illegal_gambling", "single video"),
    ("KCSC-240911-07", "x", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00",
     [XG[1], XG[2], XG[3]], "illegal_gambling", "betting site adverts"),
]


def msgid(ref):
    return f"req.{ref}"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def req_urls(ref):
    for r in REQUESTS:
        if r[0] == ref:
            return r[4]
    raise KeyError(ref)


def request_text(ref, to_name, subject_tail):
    """Our own request email, as it appears when quoted."""
    lines = [
        f"Dear {to_name} team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        f"block access to the following content ({subject_tail}), reference {ref}:",
        "",
    ]
    for i, u in enumerate(req_urls(ref), 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please tell us the action taken for each URL.", "",
              "KCSC Takedown desk", "takedown@kcsc.example"]
    return lines


def gmail_quote(ref, to_name, subject_tail, when):
    return f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + "\n".join(
        ("> " + l) if l else ">" for l in request_text(ref, to_name, subject_tail))


def outlook_quote(ref, to_name, to_addr, subject, when):
    head = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {when}",
        f"To: {to_addr}",
        f"Subject: {subject}",
        "",
    ]
    return "\n".join(head + request_text(ref, to_name, subject.split(" - ")[-1]))


def b64(text):
    s = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


YT_SUBJ = "Re: [KCSC-240903-01] Removal request - illegal gambling promotion"
X_SUBJ = "Re: [KCSC-240904-02] Removal request - drug sale posts"
TG_SUBJ = "Re: [KCSC-240905-03] Removal request - drug courier channels"
NV_SUBJ = "RE: [KCSC-240906-04] 게시물 삭제 요청 - 명예훼손"
KK_SUBJ = "RE: [KCSC-240909-05] 게시물 삭제 요청 - 음란물"
TT_SUBJ = "Re: [KCSC-240910-06] Removal request - gambling video"
XG_SUBJ = "Re: [KCSC-240911-07] Removal request - illegal gambling advertising"

YT = "youtube-legal-support@google.com"
XL = "legal-support@x.com"
TG = "abuse@telegram.org"
NV = "cs_policy@navercorp.com"
KK = "report_center@kakaocorp.com"
TK = "legal-noreply@tiktok.com"

cases = []


def case(**kw):
    cases.append(kw)


# ======================================================================
# APPLIED
# ======================================================================

case(
    name="yt-one-sentence-three-verbs",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply to a government notice, several decisions in one sentence",
    why="one sentence removes two videos, blocks one in Korea and refuses one with a reason",
    **{"from": YT}, name_from="YouTube Legal Support", date="Fri, 6 Sep 2024 17:42:10 +0900",
    subject=YT_SUBJ, reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for contacting YouTube about KCSC-240903-01.

Having looked at the first four URLs in your notice, we removed {Y[1]} and {Y[2]} under our regulated goods policy, blocked {Y[3]} from view in South Korea on the basis of local law, and took no action on {Y[4]}, because that video is a news segment about a police crackdown on betting sites and breaks neither our Community Guidelines nor Korean law.

We are still assessing the other URLs and will write to you separately about them.

You can read how we handle government requests at https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Team
""",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-headings-by-position",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome grouped under headings (blocked in country / removed / not located)",
    why="each URL takes the status of the heading above it; the not-located group is not_found",
    **{"from": YT}, name_from="YouTube Legal Support", date="Mon, 9 Sep 2024 10:03:55 +0900",
    subject=YT_SUBJ, reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hi,

We have finished reviewing part of your request KCSC-240903-01.

Blocked from view in South Korea only:
  - {Y[5]}
  - {Y[6]}
  - {Y[7]}

Removed globally for violating YouTube's Community Guidelines:
  - {Y[8]}
  - {Y[9]}

We could not locate the following (the link returns no video; please check that it is complete):
  - {Y[10]}

If you believe one of these decisions is mistaken, reply to this email with more information.

Sincerely,
YouTube Legal Support
""",
    items={Y[5]: "restricted", Y[6]: "restricted", Y[7]: "restricted",
           Y[8]: "removed", Y[9]: "removed", Y[10]: "not_found"},
)

case(
    name="yt-html-table-correction-note",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome as an HTML table generated by a ticket tool, with a hand-written correction below",
    why="the note explicitly corrects row 2 (blocked in KR -> removed globally); the other rows stand",
    **{"from": YT}, name_from="YouTube Legal Support", date="Tue, 10 Sep 2024 16:20:31 +0900",
    subject=YT_SUBJ, reply_to_req=msgid("KCSC-240903-01"),
    type="html",
    body=f"""
<html><body>
<p>Hello KCSC team,</p>
<p>Below is the status of three further URLs from your request KCSC-240903-01.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>URL</th><th>Decision</th></tr>
<tr><td>1</td><td>{Y[11]}</td><td>Removed (Community Guidelines)</td></tr>
<tr><td>2</td><td>{Y[12]}</td><td>Blocked in KR (local law)</td></tr>
<tr><td>3</td><td>{Y[14]}</td><td>No action &ndash; not in violation</td></tr>
</table>
<p><b>Correction:</b> the decision shown in row 2 is out of date. After the table was exported,
the video at {Y[12]} was removed from YouTube worldwide under our spam, deceptive practices
and scams policy, so it is no longer only blocked in Korea.</p>
<p>Kind regards,<br>Jae-won<br>YouTube Legal Support</p>
</body></html>
""",
    items={Y[11]: "removed", Y[12]: "removed", Y[14]: "rejected"},
)

case(
    name="yt-channel-terminated-top-post",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a legal-support agent over the quoted request",
    why="only the channel is stated (terminated = removed); the quoted request lists all 14 URLs and says nothing",
    **{"from": YT}, name_from="Minji (YouTube Legal Support)", date="Thu, 5 Sep 2024 11:15:02 +0900",
    subject=YT_SUBJ, reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hi KCSC team,

A quick update on one item: the channel {Y[13]} has been terminated for repeated violations of our spam and scams policies, so the channel and its uploads are no longer available on YouTube.

The other URLs in your notice are still with our legal reviewers. We'll follow up once we have decisions.

Best,
Minji
YouTube Legal Support

{gmail_quote("KCSC-240903-01", "YouTube", "illegal gambling promotion", "Tue, 3 Sep 2024 at 14:20")}
""",
    items={Y[13]: "removed"},
)

case(
    name="yt-hedges-in-relative-clauses",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support prose reply with explanatory relative clauses",
    why="the hedges ('appears to be', 'may have been') sit in relative clauses; the main clauses state removed and could not be found",
    **{"from": YT}, name_from="YouTube Legal Support", date="Wed, 11 Sep 2024 09:48:40 +0900",
    subject=YT_SUBJ, reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

Regarding KCSC-240903-01: we have removed {Y[1]}, which appears to be a re-upload of a video we took down in August, as well as {Y[2]}.

The video at {Y[3]}, which may have been deleted by its uploader shortly after your notice arrived, could not be found on our systems, so no action was possible on it.

Regards,
YouTube Legal Support
""",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "not_found"},
)

YT_CSV = "\n".join([
    "url,action,scope,notes",
    f"{Y[5]},removed,global,Community Guidelines - spam/scams",
    f"{Y[6]},blocked,KR,Local law",
    f"{Y[7]},no_action,,No violation of policy or local law found",
    f"{Y[8]},removed,global,Community Guidelines - regulated goods",
    f"{Y[9]},not_found,,Video unavailable before review",
    f"{Y[10]},blocked,KR,Local law",
])
case(
    name="yt-csv-attachment-outcomes",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal bulk outcome sent as a CSV attachment",
    why="one row per URL in the attachment: removed, blocked KR, no action, not found",
    **{"from": YT}, name_from="YouTube Legal Support", date="Thu, 12 Sep 2024 18:05:12 +0900",
    subject=YT_SUBJ, reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==b786csv1=="

--==b786csv1==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for six URLs of your request KCSC-240903-01 is in the
attached file. URLs not listed there are still under review.

YouTube Legal Support

--==b786csv1==
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: 7bit

{YT_CSV}

--==b786csv1==--
""",
    items={Y[5]: "removed", Y[6]: "restricted", Y[7]: "rejected",
           Y[8]: "removed", Y[9]: "not_found", Y[10]: "restricted"},
)

case(
    name="yt-bare-url-outcome-below",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome as URL blocks with an 'Outcome:' line under each",
    why="each URL's status is on the line below it; the last one is explicitly still pending",
    **{"from": YT}, name_from="YouTube Legal Support", date="Fri, 13 Sep 2024 14:30:00 +0900",
    subject=YT_SUBJ, reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Results for KCSC-240903-01 (partial):

{Y[7]}
Outcome: Removed - violates our policy on online gambling content

{Y[8]}
Outcome: Restricted - blocked in South Korea under local law

{Y[11]}
Outcome: No action - we did not find a violation of our policies or of local law

{Y[12]}
Outcome: Pending - still in review

YouTube Legal Support
""",
    items={Y[7]: "removed", Y[8]: "restricted", Y[11]: "rejected", Y[12]: "pending"},
)

case(
    name="x-withheld-and-negated",
    outcome="applied", classification="confirmation",
    imitates="X legal reply to a country withheld content request",
    why="two posts withheld in KR, one 'has not been withheld' with a reason (rejected), one deleted by its author (not_found)",
    **{"from": XL}, name_from="X Legal", date="Fri, 6 Sep 2024 08:12:44 +0900",
    subject=X_SUBJ, reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
Hello,

We write in response to your request KCSC-240904-02.

The following posts have been withheld in South Korea:
{X[1]}
{X[2]}

The post {X[3]} has not been withheld. Having reviewed it, we did not find that it violates the X Rules or Korean law, and it remains available.

{X[4]} is no longer on X; the account holder deleted it before we reviewed your request.

Regards,
X Legal
""",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected", X[4]: "not_found"},
)

case(
    name="x-while-clause-refusal",
    outcome="applied", classification="confirmation",
    imitates="X legal one-paragraph answer, withheld plus a refusal in a 'while' clause",
    why="two posts withheld in Korea; the third 'was not withheld' with a reason in the same sentence (rejected)",
    **{"from": XL}, name_from="X Legal Support", date="Fri, 13 Sep 2024 21:40:03 +0900",
    subject=XG_SUBJ, reply_to_req=msgid("KCSC-240911-07"),
    body=f"""
Hello,

Re: KCSC-240911-07

Posts {XG[1]} and {XG[2]} are now withheld in Korea, while {XG[3]} was not withheld: it links to a state-licensed lottery operator and we found no violation of Korean law.

Thanks,
X Legal Support
""",
    items={XG[1]: "restricted", XG[2]: "restricted", XG[3]: "rejected"},
)

case(
    name="x-by-position-of-our-list",
    outcome="applied", classification="confirmation",
    imitates="X legal agent's short Outlook reply answering by the numbers of the quoted request",
    why="arguable: statuses given by position ('in the order you listed them') while the URLs appear only in our quoted request; a clerk maps 1-3 to the request's items",
    **{"from": XL}, name_from="Dana (X Legal)", date="Mon, 16 Sep 2024 10:01:27 +0900",
    subject=XG_SUBJ, reply_to_req=msgid("KCSC-240911-07"),
    body=f"""
Hi,

Regarding the three posts in your request KCSC-240911-07, in the order you listed them:

1 - withheld in KR
2 - withheld in KR
3 - no action (no violation of local law identified)

Regards,
Dana
X Legal

{outlook_quote("KCSC-240911-07", "X", "legal@x.com", "[KCSC-240911-07] Removal request - illegal gambling advertising", "Wednesday, September 11, 2024 9:30 AM")}
""",
    items={XG[1]: "restricted", XG[2]: "restricted", XG[3]: "rejected"},
)

case(
    name="tg-taken-down-and-missing",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, scheme-less t.me links",
    why="two messages taken down, one does not exist; the fourth is not mentioned",
    **{"from": TG}, name_from="Telegram Abuse", date="Sat, 7 Sep 2024 02:14:09 +0900",
    subject=TG_SUBJ, reply_to_req=msgid("KCSC-240905-03"),
    body="""
Hello,

Thank you for your report. We have taken down the following messages:
t.me/bluepowder_seoul/214
t.me/bluepowder_seoul/219

We could not find t.me/night_courier_kr/88 - this message does not exist in that channel.

Telegram Abuse Team
""",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-self-correction",
    outcome="applied", classification="confirmation",
    imitates="Telegram support agent's terse update that corrects its own first line",
    why="the first line says 91 blocked; the next sentence withdraws it (already deleted by the admin: not_found) and says 88 was blocked (removed)",
    **{"from": TG}, name_from="Telegram Support", date="Mon, 9 Sep 2024 23:51:36 +0900",
    subject=TG_SUBJ + " (Case #2290417)", reply_to_req=msgid("KCSC-240905-03"),
    body="""
Hi,

Update on Case #2290417:

t.me/night_courier_kr/91 - blocked.

Sorry, correction to the line above: 91 had already been deleted by the channel admin when we checked, so there was nothing for us to block. t.me/night_courier_kr/88 is the one we blocked; it is no longer accessible.

--
Telegram Support
""",
    items={T[4]: "not_found", T[3]: "removed"},
)

case(
    name="naver-html-table-korean",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 요청 처리 결과 안내 (HTML table)",
    why="게시중단(삭제) = removed, 임시조치 = restricted, 게시물 없음(작성자 삭제) = not_found; the cafe URL is written with its raw Korean path",
    **{"from": NV}, name_from="네이버 고객센터", date="Tue, 10 Sep 2024 15:22:18 +0900",
    subject=NV_SUBJ, reply_to_req=msgid("KCSC-240906-04"),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(KCSC-240906-04)에 대한 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>게시중단(삭제)</td></tr>
<tr><td>2</td><td>{N2_RAW}</td><td>임시조치(30일)</td></tr>
<tr><td>3</td><td>{N[3].replace("&", "&amp;")}</td><td>게시물 없음 (작성자 삭제)</td></tr>
</table>
<p>추가 문의사항은 회신 주시기 바랍니다. 감사합니다.</p>
</body></html>
""",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-note-corrects-table",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 plain-text table followed by a ※ 정정 안내 note",
    why="the table gives 임시조치 for both; the note explicitly corrects row 1 to 삭제 (removed); row 2 stays restricted",
    **{"from": NV}, name_from="네이버 고객센터", date="Wed, 11 Sep 2024 10:40:51 +0900",
    subject=NV_SUBJ, reply_to_req=msgid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.
KCSC-240906-04 요청 건의 처리 결과입니다.

번호 | URL | 조치
1 | {N[1]} | 임시조치
2 | {N2_RAW} | 임시조치

※ 정정 안내: 위 표의 1번 게시물은 임시조치가 아니라 삭제되었습니다. 게시자가 권리침해를 인정하고 삭제에 동의하여 당사에서 삭제 처리하였습니다.

감사합니다.
""",
    items={N[1]: "removed", N[2]: "restricted"},
)

case(
    name="naver-prose-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 prose reply, URLs followed directly by Korean particles",
    why="블라인드 처리 = removed; 권리침해 사실이 확인되지 않아 조치하지 않음 = rejected with reason",
    **{"from": NV}, name_from="네이버 권리보호센터", date="Thu, 12 Sep 2024 17:05:33 +0900",
    subject=NV_SUBJ, reply_to_req=msgid("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 {N[1]}은 타인의 명예를 훼손하는 게시물로 확인되어 블라인드 처리하였습니다.
반면 {N[3]}에 대해서는 검토 결과 권리침해 사실이 확인되지 않아 별도 조치를 하지 않았으며, 해당 게시물은 계속 게시됩니다.

감사합니다.
""",
    items={N[1]: "removed", N[3]: "rejected"},
)

case(
    name="kakao-list-then-exception",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 삭제 조치 안내 with a 다만 exception revising the list",
    why="the list says both deleted; the next paragraph withdraws item 2 (no violation, kept up: rejected)",
    **{"from": KK}, name_from="카카오 고객센터", date="Thu, 12 Sep 2024 13:18:07 +0900",
    subject=KK_SUBJ, reply_to_req=msgid("KCSC-240909-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청번호 KCSC-240909-05 관련하여 아래 게시물에 대해 삭제 조치를 완료하였습니다.

1. {K[1]}
2. {K[2]}

다만 2번 영상은 담당 부서 재검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아, 삭제하지 않고 게시를 유지하였습니다. 앞선 안내에 혼선을 드려 죄송합니다.

카카오 고객센터 드림
""",
    items={K[1]: "removed", K[2]: "rejected"},
)

case(
    name="kakao-qp-korean-dash-list",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해 신고센터 결과 안내, quoted-printable body",
    why="국내 접속 차단 = restricted; 이미 삭제되어 확인할 수 없음 = not_found",
    **{"from": KK}, name_from="카카오 권리침해 신고센터", date="Fri, 13 Sep 2024 09:02:45 +0900",
    subject=KK_SUBJ, reply_to_req=msgid("KCSC-240909-05"),
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요. 카카오 권리침해 신고센터입니다.
KCSC-240909-05 요청 건 처리 결과를 알려드립니다.

- {K[2]} : 국내 접속 차단 (해외에서는 열람 가능)
- {K[1]} : 게시물이 이미 삭제되어 확인할 수 없습니다

감사합니다.
"""),
    items={K[2]: "restricted", K[1]: "not_found"},
)

case(
    name="tiktok-sole-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email ('we removed the video you reported')",
    why="one-item request named by reference; the video you reported was removed",
    **{"from": TK}, name_from="TikTok Trust & Safety", date="Thu, 12 Sep 2024 04:33:20 +0900",
    subject=TT_SUBJ, reply_to_req=msgid("KCSC-240910-06"),
    body="""
Hi,

Thank you for your report (reference KCSC-240910-06).

We reviewed the video you reported and removed it, as it violates our Community Guidelines on gambling promotion. The account that posted it has also received a strike.

TikTok Trust & Safety
""",
    items={TT1: "removed"},
)

TT_HTML = f"""<html><body>
<p>Hello,</p>
<p>We've reviewed your report about content on TikTok under the local laws of South Korea.</p>
<p>Reported content: <a href="{TT1}">{TT1}</a></p>
<p>Result: this video is now <b>restricted in South Korea</b>. It remains viewable in other countries and regions where it does not break local law.</p>
<p>Learn more about our approach at <a href="https://www.tiktok.com/legal/page/global/law-enforcement/en">our legal page</a>.</p>
<p>TikTok Legal</p>
</body></html>
"""
case(
    name="tiktok-base64-html-restricted",
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law report outcome (HTML, base64)",
    why="restricted in South Korea; the legal page link is not an item",
    **{"from": TK}, name_from="TikTok Legal", date="Fri, 13 Sep 2024 11:47:09 +0900",
    subject=TT_SUBJ, reply_to_req=msgid("KCSC-240910-06"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(TT_HTML)}
""",
    items={TT1: "restricted"},
)

case(
    name="x-outlook-wrapped-suspended",
    outcome="applied", classification="confirmation",
    imitates="X legal top-posted Outlook reply, hard-wrapped, URL in angle brackets",
    why="X5 removed; X1 gone because its account was suspended (removed); the quoted request below says nothing",
    **{"from": XL}, name_from="X Legal", date="Tue, 10 Sep 2024 19:26:38 +0900",
    subject=X_SUBJ, reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
Hello,

Following up on your request: the post
{X[5]} has been removed for
violating our rules on illegal and regulated goods. The account that posted
<{X[1]}> has been suspended,
so that post is no longer available on X.

Best regards,
X Legal

{outlook_quote("KCSC-240904-02", "X", "legal@x.com", "[KCSC-240904-02] Removal request - drug sale posts", "Wednesday, September 4, 2024 10:05 AM")}
""",
    items={X[5]: "removed", X[1]: "removed"},
)

case(
    name="x-ack-with-statement",
    outcome="applied", classification="confirmation",
    imitates="X support case-opened receipt that also states one post's current status",
    why="acknowledgement phrase plus an unhedged 'has already been withheld in South Korea': not a pure acknowledgement",
    **{"from": XL}, name_from="X Support", date="Thu, 5 Sep 2024 06:58:12 +0900",
    subject=X_SUBJ, reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
Hello,

We've received your report and opened case 0391-2249-KR. Our team will review the remaining posts and reply once a decision has been made.

In the meantime, please note that {X[2]} has already been withheld in South Korea in response to an earlier report.

X Support
""",
    items={X[2]: "restricted"},
)

case(
    name="yt-three-negations",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support bulleted reply explaining decisions in negative sentences",
    why="'did not remove ... uploader had deleted it' = not_found; 'was not merely restricted; removed globally' = removed; 'is not subject to removal ... remains available' = rejected",
    **{"from": YT}, name_from="YouTube Legal Support", date="Mon, 16 Sep 2024 15:09:26 +0900",
    subject=YT_SUBJ, reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

Following our review of further items from KCSC-240903-01:

- We did not remove {Y[4]}, because it was no longer on YouTube when we looked: the uploader had deleted it.
- {Y[6]} was not merely restricted in Korea; it has been removed globally for violating our scams policy.
- {Y[7]} is not subject to removal under our policies or local law, and it remains available.

Regards,
YouTube Legal Support
""",
    items={Y[4]: "not_found", Y[6]: "removed", Y[7]: "rejected"},
)

case(
    name="kakao-fullwidth-brackets",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 short Korean notice with full-width brackets and punctuation around URLs",
    why="임시조치(30일) = restricted; 운영자 삭제 = removed",
    **{"from": "cs@daum.net"}, name_from="Daum 고객센터", date="Sat, 14 Sep 2024 10:11:52 +0900",
    subject=KK_SUBJ, reply_to_req=msgid("KCSC-240909-05"),
    body=f"""
요청하신 게시물(KCSC-240909-05)의 처리 결과입니다.

（{K[1]}）게시물은 임시조치(30일) 되었습니다.
「{K[2]}」 영상은 운영자 삭제되었습니다。

Daum 고객센터
""",
    items={K[1]: "restricted", K[2]: "removed"},
)

case(
    name="yt-dsa-statement-blocks",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (decision blocks, URL on the line below)",
    why="Decision 1 disables access in KR only (restricted); Decision 2 is a removal; the appeal link is not an item",
    **{"from": YT}, name_from="YouTube Legal Support", date="Tue, 17 Sep 2024 12:00:41 +0900",
    subject=YT_SUBJ, reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Statement of reasons - notice KCSC-240903-01

Decision 1
Type of restriction: disabling of access, territorial scope: Republic of Korea
Content concerned:
{Y[9]}
Facts and circumstances: notice received from KCSC
Ground: illegal content under Korean law (speculative acts)
Automated means used: no

Decision 2
Type of restriction: removal
Content concerned:
{Y[10]}
Ground: incompatible with our terms of service (spam, deceptive practices and scams)
Automated means used: no

Redress: the uploader may appeal at https://support.google.com/youtube/answer/185111.

YouTube Legal Support
""",
    items={Y[9]: "restricted", Y[10]: "removed"},
)

X_CSV = "\n".join([
    "post_url,decision,countries,comment",
    f"{X[1]},withheld,KR,",
    f"{X[2]},withheld,KR,",
    f"{X[3]},removed,ALL,Illegal or regulated goods",
    f"{X[4]},no_action,,No violation found",
    f"{X[5]},not_found,,Deleted by user",
])
case(
    name="x-csv-and-consistent-note",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sheet as CSV attachment with a short covering note",
    why="five CSV rows; the covering note restates the no-action decision for the post ending 420 (consistent)",
    **{"from": XL}, name_from="X Legal", date="Wed, 18 Sep 2024 09:37:15 +0900",
    subject=X_SUBJ, reply_to_req=msgid("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b786-x-csv"

--b786-x-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome for KCSC-240904-02. As you asked, the post ending
in 420 (mintleaf_dlv) was looked at again by a senior reviewer; the
no-action decision stands.

X Legal

--b786-x-csv
Content-Type: text/csv; name="outcome_KCSC-240904-02.csv"
Content-Disposition: attachment; filename="outcome_KCSC-240904-02.csv"
Content-Transfer-Encoding: 7bit

{X_CSV}

--b786-x-csv--
""",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed",
           X[4]: "rejected", X[5]: "not_found"},
)

# ======================================================================
# REVIEW
# ======================================================================

case(
    name="yt-promise-will-be-removed",
    outcome="review", review="not_understood",
    imitates="YouTube legal-support interim reply announcing removals to come",
    why="'will be removed within the next 24 hours' is a promise: both stay pending",
    **{"from": YT}, name_from="YouTube Legal Support", date="Thu, 5 Sep 2024 18:44:03 +0900",
    subject=YT_SUBJ, reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

Thanks for your notice KCSC-240903-01. We have reviewed the first two URLs, and they will be removed within the next 24 hours once our enforcement team processes the decision:

{Y[1]}
{Y[2]}

We'll confirm once this is done.

YouTube Legal Support
""",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="x-hedges-appears-may",
    outcome="review", review="not_understood",
    imitates="X support agent's uncertain interim reply",
    why="'may already have been withheld', 'which appears to have been removed', 'might just be hidden': nothing stated",
    **{"from": XL}, name_from="X Support", date="Sat, 7 Sep 2024 01:20:19 +0900",
    subject=X_SUBJ, reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
Hi,

It looks like {X[1]} may already have been withheld by one of our automated systems, and the post {X[3]}, which appears to have been removed too, might only be hidden from logged-out users. We're confirming both with the product team and will come back to you.

X Support
""",
    items={X[1]: "pending", X[3]: "pending"},
)

case(
    name="tg-bulk-all-taken-down",
    outcome="review", review="bulk",
    imitates="Telegram abuse-desk one-line closure",
    why="'all the messages you reported' for a four-item request, none named",
    **{"from": TG}, name_from="Telegram Abuse", date="Sun, 8 Sep 2024 03:05:47 +0900",
    subject=TG_SUBJ, reply_to_req=msgid("KCSC-240905-03"),
    body="""
Hello,

All the messages you reported in KCSC-240905-03 have been taken down. Thank you for helping keep Telegram safe.

Telegram Abuse Team
""",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending", T[4]: "pending"},
)

case(
    name="naver-bulk-korean",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 조치 완료 안내 without a list",
    why="요청하신 게시물 전체 for a three-item request, none named",
    **{"from": NV}, name_from="네이버 고객센터", date="Mon, 9 Sep 2024 16:27:30 +0900",
    subject=NV_SUBJ, reply_to_req=msgid("KCSC-240906-04"),
    body="""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물(KCSC-240906-04) 전체에 대하여 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="x-auth-fail-removed",
    outcome="review", review="untrusted",
    imitates="X legal reply whose DKIM/DMARC fails (forged or broken relay)",
    why="x.com sender but dmarc=fail: the removal statements are not trusted",
    **{"from": "legal@x.com"}, auth="fail", name_from="X Legal", date="Sun, 8 Sep 2024 12:12:12 +0900",
    subject=X_SUBJ, reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
Hello,

The posts {X[3]} and {X[4]} have been removed for violating our rules on illegal and regulated goods.

X Legal
""",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="letter from a law firm acting for a channel owner",
    why="not a platform domain: the uploader's lawyer cannot change an item's status",
    **{"from": "jhpark@haneul-law.example"}, name_from="Park Ji-hoon (Haneul Law)",
    date="Wed, 11 Sep 2024 14:55:00 +0900",
    subject="KCSC-240903-01 - video deleted by our client",
    body=f"""
Dear Sir or Madam,

We act for the operator of the channel that uploaded {Y[5]}.

Our client deleted this video voluntarily on 10 September 2024. We ask that you close request KCSC-240903-01 as far as this video is concerned and note our client's cooperation.

Yours faithfully,
Park Ji-hoon
Haneul Law Office
""",
    items={Y[5]: "pending"},
)

case(
    name="google-search-delisting-naver-url",
    outcome="review", review="wrong_platform",
    imitates="Google Search legal removal outcome (delisting) about a URL hosted elsewhere",
    why="google.com (YouTube's platform) reports delisting a NAVER blog URL from search; NAVER's item is not changed by it",
    **{"from": "removals-noreply@google.com"}, name_from="Google Search Legal", date="Fri, 13 Sep 2024 07:31:59 +0900",
    subject="Your legal removal request [KCSC-240906-04]",
    body=f"""
Hello,

Following a review of your request, we have removed the following URL from Google Search results for users in South Korea:

{N[1]}

Removing a URL from Google Search does not remove the page from the website that hosts it. To have the content itself taken down, contact the site's owner.

The Google Team
""",
    items={N[1]: "pending"},
)

case(
    name="yt-asks-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal-support request for more information before acting",
    why="asks for the legal basis before acting on the channel; nothing stated",
    **{"from": YT}, name_from="YouTube Legal Support", date="Fri, 6 Sep 2024 09:14:37 +0900",
    subject=YT_SUBJ, reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

Before we can act on the channel {Y[13]}, we need more information. Please reply with the specific provision of Korean law you consider the channel to breach and, where available, a copy of the Commission's decision.

Until we receive this, the channel will remain available.

YouTube Legal Support
""",
    items={Y[13]: "pending"},
)

case(
    name="x-portal-notice-no-claims",
    outcome="review", review="no_claims", classification="other",
    imitates="X legal operations note asking the regulator to use the web portal",
    why="trusted X email naming no item and no request",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations", date="Tue, 17 Sep 2024 08:00:05 +0900",
    subject="Submitting legal requests to X",
    body="""
Hello,

We have noticed that requests from your organisation reach us at several different X addresses. To make sure they are handled quickly, please submit future legal requests through our portal at https://legalrequests.x.com and keep a single contact address on file.

Thank you,
X Legal Operations
""",
)

case(
    name="tiktok-conflicting-template",
    outcome="review", review="conflicting_statements",
    imitates="TikTok report outcome whose prose and 'decision details' block disagree",
    why="'We've removed the video' vs 'Outcome: No violation found / Content status: Available' with nothing saying which is right",
    **{"from": TK}, name_from="TikTok Trust & Safety", date="Sun, 15 Sep 2024 20:19:44 +0900",
    subject=TT_SUBJ, reply_to_req=msgid("KCSC-240910-06"),
    body=f"""
Hi,

Thanks for your report about {TT1}.

We've removed the video you reported for violating our Community Guidelines.

Decision details
Outcome: No violation found
Content status: Available
Policy: -

If you disagree with this decision you can reply to this email.

TikTok Trust & Safety
""",
    items={TT1: "pending"},
)

case(
    name="kakao-conditional-deletion",
    outcome="review", review="not_understood",
    imitates="Kakao 고객센터 interim notice (검토 중, 위반 확인 시 삭제 예정)",
    why="under review, and deletion only if a violation is confirmed: a condition, nothing stated",
    **{"from": KK}, name_from="카카오 고객센터", date="Tue, 10 Sep 2024 17:35:21 +0900",
    subject=KK_SUBJ, reply_to_req=msgid("KCSC-240909-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

KCSC-240909-05 요청 건 관련 안내드립니다. {K[2]} 영상은 현재 담당 부서에서 검토 중이며, 위반이 확인될 경우 삭제 조치될 예정입니다.

처리 결과는 확정되는 대로 다시 안내드리겠습니다.
""",
    items={K[2]: "pending"},
)

case(
    name="x-not-yet-withheld",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with a negated action ('have not yet withheld')",
    why="'have not yet withheld ... still assessing' is no refusal and no action: both stay pending",
    **{"from": XL}, name_from="X Legal", date="Thu, 12 Sep 2024 22:03:30 +0900",
    subject=XG_SUBJ, reply_to_req=msgid("KCSC-240911-07"),
    body=f"""
Hello,

We have not yet withheld {XG[1]} or {XG[2]}; our legal team is still assessing whether the posts are unlawful under Korean law. We expect to reply by 20 September.

X Legal
""",
    items={XG[1]: "pending", XG[2]: "pending"},
)

# ======================================================================
# IGNORED
# ======================================================================

case(
    name="naver-ooo-chuseok",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동 회신 during the Chuseok holiday",
    why="out-of-office auto-reply",
    **{"from": "kim.sora@navercorp.com"}, name_from="김소라", date="Fri, 13 Sep 2024 18:01:02 +0900",
    subject="[자동 회신] " + NV_SUBJ, reply_to_req=msgid("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김소라입니다.
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.
감사합니다.
""",
)

case(
    name="dsn-bounce-google",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification (550 5.1.1 user unknown) carrying our request",
    why="a bounce of our own request; the URLs inside are ours",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Tue, 3 Sep 2024 14:20:31 +0900",
    subject="Delivery Status Notification (Failure)",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="b786dsn"

--b786dsn
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to legal-kr-old@google.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--b786dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 03 Sep 2024 14:20:29 +0900

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--b786dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [KCSC-240903-01] Removal request - illegal gambling promotion
Message-ID: <req.KCSC-240903-01.copy@kcsc.example>
Date: Tue, 3 Sep 2024 14:20:00 +0900
Content-Type: text/plain; charset=utf-8

""" + "\n".join(request_text("KCSC-240903-01", "YouTube", "illegal gambling promotion")[:10]) + """

--b786dsn--
""",
)

case(
    name="x-mdn-displayed",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, disposition displayed)",
    why="a read receipt states nothing about items",
    **{"from": "legal@x.com"}, name_from="X Legal", date="Wed, 4 Sep 2024 11:30:09 +0900",
    subject="Read: [KCSC-240904-02] Removal request - drug sale posts",
    reply_to_req=msgid("KCSC-240904-02"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b786mdn"

--b786mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: [KCSC-240904-02] Removal request - drug sale posts
  Sent: Wednesday, September 4, 2024 10:05 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 11:29 AM (UTC+09:00) Seoul.

--b786mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal@x.com
Original-Message-ID: <req.KCSC-240904-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b786mdn--
""",
)

case(
    name="tg-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram support ticket auto-receipt",
    why="pure acknowledgement: report received, ticket created",
    **{"from": "noreply@telegram.org"}, name_from="Telegram Support", date="Thu, 5 Sep 2024 16:41:13 +0900",
    subject="[Ticket #88213047] " + TG_SUBJ, reply_to_req=msgid("KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thanks, we've received your report. Ticket #88213047 has been created and our moderators will look at it.

Please don't reply to this message; we will contact you if we need anything else.

Telegram Support
""",
)

case(
    name="tiktok-receipt-echoes-url",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok 'we've received your report' receipt echoing the reported link",
    why="arguable: names the item but only confirms receipt and promises review; a clerk files it as an acknowledgement",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok", date="Tue, 10 Sep 2024 15:12:40 +0900",
    subject="We've received your report", reply_to_req=msgid("KCSC-240910-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hi,

We've received your report about {TT1} (report ID 7412-RPT-00981). Our team will review it and let you know the outcome.

TikTok
""",
)

case(
    name="yt-ooo-quoted-request",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder from a YouTube legal employee, request quoted below",
    why="out-of-office auto-reply; the URLs are only in our quoted request",
    **{"from": "sohee.lim@google.com"}, name_from="Sohee Lim", date="Tue, 3 Sep 2024 14:21:02 +0900",
    subject="Out of office: [KCSC-240903-01] Removal request - illegal gambling promotion",
    reply_to_req=msgid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
I'm out of the office until 23 September with limited access to email. For urgent legal requests, please use the usual legal support channel.

Sohee

{gmail_quote("KCSC-240903-01", "YouTube", "illegal gambling promotion", "Tue, 3 Sep 2024 at 14:20")}
""",
)

case(
    name="kakao-receipt-auto",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 신고 접수 완료 자동 안내",
    why="pure acknowledgement (접수번호, 결과는 추후 안내)",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오", date="Mon, 9 Sep 2024 09:31:08 +0900",
    subject="[카카오] 신고가 정상적으로 접수되었습니다", reply_to_req=msgid("KCSC-240909-05"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호: KR-0909-55218)
처리 결과는 검토 후 메일로 안내드리겠습니다.

본 메일은 발신 전용입니다.
""",
)

HEADER = """# blind786: blind set, what a program gets wrong (mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# later sentences revising earlier ones, a table and a note, statuses by
# position). Written by tests/corpus/blind786/make.py before any run of the
# reader; every case is judged alone on a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
