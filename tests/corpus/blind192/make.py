#!/usr/bin/env python3
"""Blind set 192: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Every email is
fictional and written in our own words; the expected results were written
from each email's meaning before the reader was run.

    python3 tests/corpus/blind192/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import email.header
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind192"

# ---------------------------------------------------------------- requests
X = {i: u for i, u in enumerate([
    "https://x.com/mintleaf_kr/status/1830111000000000101",
    "https://x.com/mintleaf_kr/status/1830111000000000102",
    "https://x.com/gray_owl_88/status/1830111000000000203",
    "https://x.com/gray_owl_88/status/1830111000000000204",
    "https://x.com/pandora_kr/status/1830111000000000305",
    "https://x.com/pandora_kr/status/1830111000000000306",
    "https://x.com/silverfox_07",
    "https://x.com/tidepool_k/status/1830111000000000408",
    "https://x.com/tidepool_k/status/1830111000000000409",
    "https://x.com/nox_signal/status/1830111000000000510",
    "https://x.com/nox_signal/status/1830111000000000511",
    "https://x.com/bluecrane_z/status/1830111000000000612",
    "https://x.com/bluecrane_z/status/1830111000000000613",
], start=1)}
T = {i: u for i, u in enumerate([
    "https://t.me/nightmarket_kr/1187",
    "https://t.me/nightmarket_kr/1203",
    "https://t.me/gold_route_chat/5540",
    "https://t.me/s/harbor_lights_kr/77",
], start=1)}
Y = {i: u for i, u in enumerate([
    "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    "https://www.youtube.com/watch?v=Zr7Kd0wNe4B",
    "https://www.youtube.com/shorts/Hb2Yc9uPq1C",
    "https://www.youtube.com/@paperlantern_tv",
    "https://youtu.be/Lx8Wm5sTa3D",
], start=1)}
N3_RAW = "https://in.naver.com/달빛문고/contents/551203"
N = {
    1: "https://blog.naver.com/haneul_cloud99/223561234567",
    2: "https://cafe.naver.com/moonlitcafe/88120",
    3: "https://in.naver.com/" + urllib.parse.quote("달빛문고") + "/contents/551203",
}
K = {1: "https://cafe.daum.net/bluefog/Ab12/331", 2: "https://nightowl77.tistory.com/142"}
S1 = "https://x.com/quietstorm_kr/status/1833300000000000777"
Z1 = "https://www.youtube.com/watch?v=Vd4Rn6hJk8E"

R1, R2, R3, R4, R5, R6, R7 = ("KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03",
                              "KCSC-240906-04", "KCSC-240909-05", "KCSC-240910-06",
                              "KCSC-240911-07")
REQUESTS = [
    (R1, "x", "2024-09-03", "2024-09-10", list(X.values()), "gambling", "illegal gambling promotion network"),
    (R2, "telegram", "2024-09-04", "2024-09-11", list(T.values()), "drugs", "drug sale channels"),
    (R3, "youtube", "2024-09-05", "2024-09-12", list(Y.values()), "fraud", "investment fraud videos"),
    (R4, "naver", "2024-09-06", "2024-09-13", list(N.values()), "privacy", "exposure of personal data"),
    (R5, "kakao", "2024-09-09", "2024-09-16", list(K.values()), "privacy", "exposure of personal data"),
    (R6, "x", "2024-09-10", "2024-09-17", [S1], "defamation", "single post"),
    (R7, "youtube", "2024-09-11", "2024-09-18", [Z1], "obscene", "single video"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"{ref}.req@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def single_qp(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text))


def single_b64(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text))


def alternative(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{qp(text)}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{qp(html)}\n"
            f"--{boundary}--\n")


def with_csv(text, csv_text, filename, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{text.strip()}\n\n"
            f'--{boundary}\nContent-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(csv_text)}\n"
            f"--{boundary}--\n")


def request_excerpt(ref, urls, numbered=True):
    lines = [f"Ref: {ref}", "Please remove or restrict access to the following content:"]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}" if numbered else u)
    lines += ["", "Korea Communications Standards Commission", "takedown@kcsc.example"]
    return lines


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ===== applied ============================================================

case(name="x-three-outcomes-one-sentence", outcome="applied", classification="confirmation",
     from_="legal-noreply@x.com", name_from="X Legal", date="Thu, 12 Sep 2024 10:14:03 +0000",
     subject=f"Re: {R1} - request to withhold content", reply_to_req=f"{R1}.req",
     imitates="X legal-request outcome email (country-withheld content notice)",
     why="one sentence: withheld in KR, removed globally, no action (not unlawful) - three items, three statuses",
     items={X[1]: "restricted", X[3]: "removed", X[5]: "rejected"},
     body=f"""
Hello,

We are writing in response to your request (ref. {R1}) about content on X.

Having reviewed the reported posts against the X Rules and the Korean law you cited, we have withheld {X[1]} in South Korea, removed {X[3]} globally for violating our rules, and taken no action on {X[5]}, which we did not find to be unlawful.

The other posts in your request are still being reviewed and we will write to you about them separately.

You can read more about how we handle country-withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""")

case(name="x-not-removed-but-withheld", outcome="applied", classification="confirmation",
     from_="legal-noreply@x.com", name_from="X Legal", date="Fri, 13 Sep 2024 08:40:51 +0000",
     subject=f"{R1}: clarification on two posts", reply_to_req=f"{R1}.req",
     imitates="X legal team follow-up clarifying the scope of an action",
     why="negations: 'has not been removed ... withheld in Korea' is restricted; 'has not been withheld ... will stay up' is a refusal",
     items={X[2]: "restricted", X[4]: "rejected"},
     body=f"""
Hi,

To clarify where two of the posts from your request {R1} stand:

{X[2]} has not been removed from X. Access to it has instead been withheld in the Republic of Korea; it remains visible elsewhere.

{X[4]} has not been withheld. Our review did not find that it breaks Korean law or the X Rules, so it will stay up.

Thanks,
X Legal
""")

case(name="x-correction-of-earlier-email", outcome="applied", classification="confirmation",
     from_="legal-noreply@x.com", name_from="X Legal", date="Fri, 13 Sep 2024 15:02:12 +0000",
     subject=f"Correction - {R1}", reply_to_req=f"{R1}.req",
     imitates="X legal team correcting an earlier outcome email",
     why="the first sentence reports an earlier (wrong) 'already deleted by its author'; the later ones say it was live and is now removed",
     items={X[6]: "removed"},
     body=f"""
Hello,

Further to our email of 12 September: we told you there that {X[6]} had already been deleted by its author. That was our mistake. The post was still live; the account had only changed its display name, which confused our lookup.

The post has now been removed for violating the X Rules.

Apologies for the confusion.

X Legal
""")

case(name="x-statement-of-reasons-blocks", outcome="applied", classification="confirmation",
     from_="dsa-notices@x.com", name_from="X", date="Thu, 12 Sep 2024 21:33:40 +0000",
     subject=f"Decision on your notice {R1}", reply_to_req=f"{R1}.req",
     imitates="DSA Art. 17 statement-of-reasons style notice (decision / ground / territorial scope per item)",
     why="one block per item: visibility restricted with territorial scope KR; the other 'no action' with its ground",
     items={X[8]: "restricted", X[9]: "rejected"},
     body=f"""
Notice reference: {R1}
Decision date: 12 September 2024

Item 1
Content: {X[8]}
Decision: Visibility restricted (country withheld)
Ground: Illegal content under the law of the Republic of Korea
Territorial scope: KR
Automated means used: No

Item 2
Content: {X[9]}
Decision: No action taken
Ground: The content was assessed against the law cited in your notice and the X Rules and was not found to be illegal or violating.
Territorial scope: n/a

Information about redress options: https://help.x.com/en/forms/dsa/appeal
""")

case(name="x-hedges-inside-relative-clauses", outcome="applied", classification="confirmation",
     from_="legal-noreply@x.com", name_from="X Legal", date="Mon, 16 Sep 2024 09:11:27 +0000",
     subject=f"Re: {R1}", reply_to_req=f"{R1}.req",
     imitates="X legal-request outcome email with caveats about reposts",
     why="the hedges ('may have been reposted', 'appears to have been deleted') sit in relative clauses; the main clauses state removed and could not locate",
     items={X[11]: "removed", X[10]: "not_found"},
     body=f"""
Hello,

We removed {X[11]}, which may have been reposted by other accounts; any reposts would need to be reported to us separately.

We could not locate {X[10]}, which appears to have been deleted before our review started.

Regards,
X Legal
""")

case(name="x-suspended-account-and-but-not", outcome="applied", classification="confirmation",
     from_="legal-noreply@x.com", name_from="X Legal", date="Tue, 17 Sep 2024 06:20:09 +0000",
     subject=f"Re: {R1} - accounts and posts", reply_to_req=f"{R1}.req",
     imitates="X legal reply covering an account suspension and individual posts",
     why="account suspended (removed); 'we removed A but not B: the latter ... does not violate' - removed and rejected in one sentence",
     items={X[7]: "removed", X[13]: "removed", X[12]: "rejected"},
     body=f"""
Hello,

The account {X[7]} has been permanently suspended for violating our rules and is no longer visible on X.

Of the two posts by @bluecrane_z, we removed {X[13]} but not {X[12]}: the latter quotes a news article and, in our assessment, does not violate the X Rules or local law.

X Legal
""")

case(name="x-one-item-no-url", outcome="applied", classification="confirmation",
     from_="legal-noreply@x.com", name_from="X Legal", date="Thu, 12 Sep 2024 04:48:55 +0000",
     subject=f"Re: {R6} Request to remove content", reply_to_req=f"{R6}.req",
     imitates="X country-withheld confirmation for a single-post request",
     why="request of one item; the reply in its thread states the reported post was withheld in South Korea",
     items={S1: "restricted"},
     body="""
Hello,

We have reviewed your request. The reported post has been withheld in South Korea in response to your legal demand. It remains visible outside Korea.

X Legal
""")

case(name="x-refusal-angle-brackets", outcome="applied", classification="confirmation",
     from_="legal-noreply@x.com", name_from="X Legal", date="Fri, 13 Sep 2024 11:05:44 +0000",
     subject=f"Re: {R6} Request to remove content", reply_to_req=f"{R6}.req",
     imitates="X legal refusal with reasons (public-interest commentary)",
     why="decided not to take action, with the reason; the court-order sentence is advice, not a condition on this item",
     items={S1: "rejected"},
     body=f"""
Hello,

We have carefully reviewed the post at <{S1}> and decided not to take action on it.

The post is an opinion about a public official's conduct in office. We did not find it to be defamatory under the provision you cited, and it does not violate the X Rules.

If a Korean court issues an order concerning this post, you may submit it through https://legalrequests.x.com and we will review it again.

X Legal
""")

case(name="tg-numbered-list-by-position", outcome="applied", classification="confirmation",
     from_="abuse@telegram.org", name_from="Telegram Abuse", date="Fri, 06 Sep 2024 13:27:10 +0000",
     subject=f"Re: {R2}", reply_to_req=f"{R2}.req",
     imitates="Telegram abuse-desk reply that numbers the links and answers by number",
     why="the email numbers the links itself, then: 1 and 3 taken down, 2 does not exist, 4 still being looked at",
     items={T[1]: "removed", T[3]: "removed", T[2]: "not_found", T[4]: "pending"},
     body=f"""
Hello,

Thank you for your report ({R2}). We checked these links:

1. {T[1]}
2. {T[2]}
3. {T[3]}
4. {T[4]}

Links 1 and 3 have been taken down. Link 2 leads to a message that doesn't exist. We are still looking into link 4.

Telegram Abuse Team
""")

case(name="tg-url-then-status-line", outcome="applied", classification="confirmation",
     from_="abuse@telegram.org", name_from="Telegram Support", date="Sat, 07 Sep 2024 02:51:36 +0000",
     subject=f"Results - {R2}", reply_to_req=f"{R2}.req",
     imitates="Telegram support reply giving one short result line under each URL",
     why="status on the line below each URL: blocked for all users; 'Not blocked' with the reason; could not be found",
     items={T[1]: "removed", T[2]: "rejected", T[3]: "not_found"},
     body=f"""
Hi,

Results for your request:

{T[1]}
Blocked for all users.

{T[2]}
Not blocked. We found no violation of our Terms of Service in this message.

{T[3]}
This message could not be found.

--
Telegram Support
""")

case(name="tg-not-found-then-located", outcome="applied", classification="confirmation",
     from_="abuse@telegram.org", name_from="Telegram Abuse", date="Tue, 10 Sep 2024 17:40:02 +0000",
     subject=f"Re: {R2} harbor_lights_kr", reply_to_req=f"{R2}.req",
     imitates="Telegram abuse-desk follow-up after a channel rename",
     why="'could not find' at first, later sentence: located and made unavailable in South Korea - the later statement wins",
     items={T[4]: "restricted"},
     body=f"""
Hello,

Regarding t.me/s/harbor_lights_kr/77 from your request {R2}: when we first checked, we could not find this message, because the channel had changed its username in the meantime.

We have since located it under the new name, and the channel is now unavailable to users in South Korea.

Telegram Abuse Team
""")

case(name="tg-receipt-phrase-with-results", outcome="applied", classification="confirmation",
     from_="abuse@telegram.org", name_from="Telegram Abuse", date="Mon, 09 Sep 2024 08:15:19 +0000",
     subject=f"Case #4471203 - {R2}", reply_to_req=f"{R2}.req",
     imitates="Telegram case-numbered abuse reply opening with a receipt phrase",
     why="receipt phrase plus unhedged results: two removed; 'did not remove ... because the owner had already deleted it' is not_found",
     items={T[1]: "removed", T[3]: "removed", T[2]: "not_found"},
     body=f"""
Case #4471203

Thank you for your report; it has been received and processed.

Two of the messages you reported, {T[1]} and {T[3]}, have been removed. We did not remove {T[2]}, because the channel owner had already deleted that message by the time we reviewed it.

Telegram Abuse Team
""")

case(name="tg-html-hedge-relative", outcome="applied", classification="confirmation",
     from_="abuse@telegram.org", name_from="Telegram Abuse", date="Wed, 11 Sep 2024 12:00:47 +0000",
     subject=f"Re: {R2}", reply_to_req=f"{R2}.req",
     imitates="Telegram abuse-desk HTML reply with a caveat about mirrors",
     why="'which might also be mirrored' is a hedge in a relative clause; the main clause says deleted. The channel named without a link is not an item",
     items={T[3]: "removed"},
     raw_mime=single_qp(f"""<html><body>
<p>Hello,</p>
<p>The message at <a href="{T[3]}">t.me/gold_route_chat/5540</a>, which might also be mirrored in other chats, has been deleted.</p>
<p>The channel harbor_lights_kr, which we believe is run by the same person, was not part of this review; please send a separate report with the exact links if needed.</p>
<p>Telegram Abuse Team</p>
</body></html>""", "html"))

case(name="yt-html-table-five-outcomes", outcome="applied", classification="confirmation",
     from_="legal-support@google.com", name_from="Google Legal Support", date="Tue, 10 Sep 2024 03:22:18 +0000",
     subject=f"[{R3}] Outcome of your legal removal request", reply_to_req=f"{R3}.req",
     imitates="Google/YouTube legal removal outcome table (URL / action taken)",
     why="HTML table: removed, blocked in KR, no action, channel terminated, age-restricted",
     items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "removed", Y[5]: "restricted"},
     type="html", body=f"""
<html><body>
<p>Hello,</p>
<p>We've completed our review of your request {R3}. The outcome for each URL is below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action taken</th></tr>
<tr><td>{Y[1]}</td><td>Removed globally (violation of Community Guidelines)</td></tr>
<tr><td>{Y[2]}</td><td>Blocked in South Korea (local law)</td></tr>
<tr><td>{Y[3]}</td><td>No action - content does not violate our policies or local law</td></tr>
<tr><td>{Y[4]}</td><td>Channel terminated</td></tr>
<tr><td>{Y[5]}</td><td>Age-restricted</td></tr>
</table>
<p>Learn more about our policies at <a href="https://support.google.com/youtube/answer/9288567">YouTube Help</a>.</p>
<p>Regards,<br>The Google Legal Team</p>
</body></html>
""")

case(name="yt-csv-attachment-partial", outcome="applied", classification="confirmation",
     from_="legal-support@google.com", name_from="Google Legal Support", date="Mon, 09 Sep 2024 07:45:30 +0000",
     subject=f"[{R3}] Decision report", reply_to_req=f"{R3}.req",
     imitates="Google legal removals decision report sent as a CSV attachment",
     why="the CSV gives three decisions; the two URLs not in the file are said to be under review",
     items={Y[1]: "removed", Y[2]: "rejected", Y[3]: "restricted"},
     raw_mime=with_csv(
         f"Hello,\n\nPlease find attached the decision for each URL of your request {R3} that we have "
         "finished reviewing. URLs not listed in the attachment are still under review.\n\n"
         "Google Legal Support",
         "url,decision,notes\n"
         f"{Y[1]},Removed,Community Guidelines - scams\n"
         f"{Y[2]},No action,Does not violate policy or local law\n"
         f"{Y[3]},Blocked in KR,Local legal removal\n",
         "decisions_KCSC-240905-03.csv", "b192csv01"))

case(name="yt-qp-restricted-and-not", outcome="applied", classification="confirmation",
     from_="legal-support@google.com", name_from="Google Legal Support", date="Sat, 07 Sep 2024 23:10:05 +0000",
     subject=f"Re: [{R3}] Government removal request", reply_to_req=f"{R3}.req",
     imitates="Google legal support reply (quoted-printable) with a partial outcome",
     why="restricted in South Korea; 'was not restricted; we found it doesn't violate' is a refusal; the rest under review",
     items={Y[2]: "restricted", Y[5]: "rejected", Y[1]: "pending", Y[3]: "pending", Y[4]: "pending"},
     raw_mime=single_qp(f"""
Hello,

After review, we've restricted {Y[2]} from view in South Korea under local law.

The video at {Y[5]} was not restricted; we found that it doesn't violate our Community Guidelines, and we did not identify a legal basis for a local restriction.

The remaining URLs in your request are still under review. We'll update you when we have more information.

Regards,
The Google Legal Team
"""))

case(name="yt-actioned-one-item", outcome="applied", classification="confirmation",
     from_="legal-support@google.com", name_from="Google Legal Support", date="Thu, 12 Sep 2024 09:30:00 +0000",
     subject=f"Re: [{R7}] Removal request", reply_to_req=f"{R7}.req",
     imitates="YouTube 'has been actioned under our policies' outcome email",
     why="one-item request; 'has been actioned under our policies' is YouTube's removal wording",
     items={Z1: "removed"},
     body="""
Hello,

Thanks for reaching out. After review, the content you reported has been actioned under our policies.

Regards,
The YouTube Team
""")

case(name="yt-base64-refusal-with-reason", outcome="applied", classification="confirmation",
     from_="legal-support@google.com", name_from="Google Legal Support", date="Fri, 13 Sep 2024 02:02:41 +0000",
     subject=f"Re: [{R7}] Removal request", reply_to_req=f"{R7}.req",
     imitates="Google legal refusal (base64 body) citing newsworthiness",
     why="decided not to remove, with reasons (news report, no legal basis found)",
     items={Z1: "rejected"},
     raw_mime=single_b64(f"""
Hello,

We have decided not to remove {Z1}.

Our review found that the video is a news report that does not violate our Community Guidelines, and we did not identify a legal basis to restrict it locally. If you have a court order regarding this video, please submit it through our legal removals form.

Regards,
The Google Legal Team
"""))

case(name="yt-gmail-quote-by-position", outcome="applied", classification="confirmation",
     from_="legal-support@google.com", name_from="Google Legal Support", date="Sun, 08 Sep 2024 05:18:12 +0000",
     subject=f"Re: [{R3}] Government removal request", reply_to_req=f"{R3}.req",
     imitates="Google legal support top-posted reply over the quoted numbered request (Gmail quoting)",
     why="top-posted: 'the first and third' removed, 'the other three remain available ... do not violate' - positions refer to the numbered request quoted below",
     items={Y[1]: "removed", Y[3]: "removed", Y[2]: "rejected", Y[4]: "rejected", Y[5]: "rejected"},
     body="\n".join([
         "Hello,",
         "",
         "Of the five URLs in your request below, we removed the first and the third. The other three remain available: we reviewed them and found they do not violate our policies or local law.",
         "",
         "Regards,",
         "The Google Legal Team",
         "",
         "On Thu, Sep 5, 2024 at 4:02 PM KCSC Takedown <takedown@kcsc.example> wrote:",
     ] + ["> " + l if l else ">" for l in request_excerpt(R3, list(Y.values()))]))

case(name="naver-one-sentence-blind-and-gone", outcome="applied", classification="confirmation",
     from_="right@navercorp.com", name_from="NAVER 권리보호센터", date="Mon, 09 Sep 2024 10:02:33 +0900",
     subject=f"[{R4}] 게시중단 요청 처리 결과 안내", reply_to_req=f"{R4}.req",
     imitates="NAVER 권리보호센터 게시중단 처리 결과 안내",
     why="one Korean sentence: first URL 게시중단(블라인드) 처리, second already deleted by its author and does not exist; particles attached to URLs",
     items={N[1]: "removed", N[2]: "not_found"},
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 중 {N[1]}은 게시중단(블라인드) 처리하였고, {N[2]}는 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

나머지 게시물은 검토 후 별도로 안내드리겠습니다.

감사합니다.
네이버 권리보호센터 드림
""")

case(name="naver-imsi-and-refusal", outcome="applied", classification="confirmation",
     from_="right@navercorp.com", name_from="NAVER 권리보호센터", date="Tue, 10 Sep 2024 16:45:10 +0900",
     subject=f"RE: [{R4}] 시정요구 조치결과 회신", reply_to_req=f"{R4}.req",
     imitates="NAVER 임시조치 notice combined with a refusal citing no violation",
     why="raw Korean path with particle: 임시조치 (restricted); second URL: no violation found so 게시중단 not done (rejected)",
     items={N[3]: "restricted", N[2]: "rejected"},
     body=f"""
안녕하세요, 네이버입니다.

{N3_RAW}에 대해서는 30일간 임시조치를 하였습니다.

한편 {N[2]} 게시물은 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시중단 조치를 하지 않았음을 알려드립니다.

감사합니다.
""")

case(name="naver-table-then-note-completes", outcome="applied", classification="confirmation",
     from_="right@navercorp.com", name_from="NAVER 권리보호센터", date="Thu, 12 Sep 2024 18:20:00 +0900",
     subject=f"[{R4}] 조치결과", reply_to_req=f"{R4}.req",
     imitates="Korean 시정요구 조치결과 text table with a ※ note below",
     why="the table says 2번 검토중 but the note below says it was 게시중단 after the table was drawn up: the note revises the row",
     items={N[1]: "removed", N[2]: "removed", N[3]: "removed"},
     body=f"""
안녕하세요. 요청하신 건의 조치결과를 아래와 같이 회신드립니다.

번호 | URL | 조치결과
1 | {N[1]} | 삭제
2 | {N[2]} | 검토중
3 | {N3_RAW} | 블라인드

※ 위 2번 게시물은 표 작성 이후 추가 검토를 거쳐 9월 12일 게시중단 처리가 완료되었습니다.

네이버 권리보호센터
""")

case(name="naver-two-refusals-with-reasons", outcome="applied", classification="confirmation",
     from_="right@navercorp.com", name_from="NAVER 권리보호센터", date="Fri, 13 Sep 2024 11:11:11 +0900",
     subject=f"[{R4}] 검토 결과 안내", reply_to_req=f"{R4}.req",
     imitates="NAVER refusal listing reasons per post",
     why="two refusals, each URL with its own reason (사유)",
     items={N[1]: "rejected", N[3]: "rejected"},
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.

검토 결과, 아래 게시물은 관련 법령 및 네이버 운영정책 위반 사항이 확인되지 않아 게시중단하지 않습니다.

- {N[1]} (사유: 언론 보도를 인용한 공익 목적의 게시물)
- {N3_RAW} (사유: 특정인을 식별할 수 있는 정보가 포함되어 있지 않음)

이의가 있으시면 회신 주시기 바랍니다.
""")

case(name="daum-numbered-result", outcome="applied", classification="confirmation",
     from_="right@kakaocorp.com", name_from="Daum 권리침해신고센터", date="Wed, 11 Sep 2024 14:03:27 +0900",
     subject=f"[{R5}] 권리침해 신고 처리 결과", reply_to_req=f"{R5}.req",
     imitates="Daum/Kakao 권리침해신고센터 처리 결과 안내",
     why="numbered: 게시중단 완료; second already deleted, so no action possible (not_found)",
     items={K[1]: "removed", K[2]: "not_found"},
     body=f"""
안녕하세요. Daum 권리침해신고센터입니다.
신고하신 게시물의 처리 결과를 안내드립니다.

1) {K[1]} : 게시중단 완료
2) {K[2]} : 확인 결과 이미 삭제된 게시물로, 별도 조치가 불가합니다.

감사합니다.
""")

case(name="daum-not-deleted-but-restricted", outcome="applied", classification="confirmation",
     from_="right@kakaocorp.com", name_from="Daum 권리침해신고센터", date="Fri, 13 Sep 2024 09:47:02 +0900",
     subject=f"[{R5}] 처리 결과 추가 안내", reply_to_req=f"{R5}.req",
     imitates="Kakao notice: not deleted, access restricted in Korea",
     why="'삭제하지 않았으며 ... 대한민국 내 접속을 제한' - negated deletion, then a restriction",
     items={K[2]: "restricted"},
     body=f"""
안녕하세요. Daum 권리침해신고센터입니다.

{K[2]} 게시물은 삭제하지 않았으며, 대한민국 내 접속을 제한하였습니다.

자세한 내용은 고객센터(https://cs.kakao.com/helps?service=8)를 참고해 주세요.
""")

case(name="x-outlook-top-post-one-removed", outcome="applied", classification="confirmation",
     from_="legal-noreply@x.com", name_from="X Legal", date="Wed, 04 Sep 2024 22:15:00 +0000",
     subject=f"RE: {R1} Request to remove content", reply_to_req=f"{R1}.req",
     imitates="X legal reply top-posted over an Outlook '-----Original Message-----' quote",
     why="one URL removed in the reply; the other twelve appear only in the quoted request and are said to be under review",
     items=dict([(X[1], "removed")] + [(X[i], "pending") for i in range(2, 14)]),
     body="\n".join([
         f"{X[1]} has been removed globally for violating the X Rules.",
         "",
         "The other URLs listed in your request below are still under review; we will update you.",
         "",
         "X Legal",
         "",
         "-----Original Message-----",
         "From: KCSC Takedown <takedown@kcsc.example>",
         "Sent: Tuesday, September 3, 2024 5:30 PM",
         "To: legal@x.com",
         f"Subject: {R1} Request to remove content",
         "",
     ] + request_excerpt(R1, list(X.values()), numbered=False)))

case(name="x-korean-url-below-fullwidth", outcome="applied", classification="confirmation",
     from_="kr-legal@x.com", name_from="X Korea", date="Wed, 11 Sep 2024 13:30:00 +0900",
     subject=f"[{R1}] 게시물 조치 결과", reply_to_req=f"{R1}.req",
     imitates="X Korea reply in Korean: withheld in Korea, URLs below the statement",
     why="statement first, URLs on the lines below with full-width comma and full stop: both withheld in Korea",
     items={X[5]: "restricted", X[6]: "restricted"},
     body=f"""
안녕하세요, X 코리아입니다.

다음 게시물은 대한민국 내에서 접근이 제한(withheld)되었습니다：
{X[5]}、
{X[6]}。

감사합니다.
""")

# ===== review =============================================================

case(name="x-promise-to-withhold", outcome="review", review="not_understood",
     from_="legal-noreply@x.com", name_from="X Legal", date="Thu, 05 Sep 2024 09:00:12 +0000",
     subject=f"Re: {R1}", reply_to_req=f"{R1}.req",
     imitates="X legal interim reply promising action",
     why="'will be withheld within the next few business days' is a promise, not a statement",
     items={X[1]: "pending", X[2]: "pending"},
     body=f"""
Hello,

Thank you for your request {R1}. Our legal team has assessed {X[1]} and {X[2]}, and they will be withheld in Korea within the next few business days. We will confirm once the action is complete.

X Legal
""")

case(name="yt-hedged-main-clauses", outcome="review", review="not_understood",
     from_="legal-support@google.com", name_from="Google Legal Support", date="Fri, 06 Sep 2024 06:06:06 +0000",
     subject=f"Re: [{R3}] Government removal request", reply_to_req=f"{R3}.req",
     imitates="Google legal support interim reply with unconfirmed observations",
     why="the relative clause is plain ('which you reported'), the main clauses are hedged ('may have', 'appears', 'haven't been able to confirm')",
     items={Y[1]: "pending", Y[3]: "pending"},
     body=f"""
Hello,

Our records suggest that {Y[1]}, which you reported on 5 September, may already have been removed by the uploader. {Y[3]} appears to be unavailable as well, but we haven't been able to confirm this yet.

We'll follow up once our review is complete.

The Google Legal Team
""")

case(name="naver-korean-hedge-under-review", outcome="review", review="not_understood",
     from_="right@navercorp.com", name_from="NAVER 권리보호센터", date="Tue, 10 Sep 2024 09:15:00 +0900",
     subject=f"[{R4}] 검토 진행 안내", reply_to_req=f"{R4}.req",
     imitates="NAVER interim notice: legal review in progress",
     why="'해당하지 않을 수 있어 법무 검토를 진행하고 있습니다' - a hedged refusal still under review",
     items={N[1]: "pending"},
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.

{N[1]} 게시물은 게시중단 대상에 해당하지 않을 수 있어 현재 법무 검토를 진행하고 있습니다. 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
""")

case(name="naver-all-three-bulk", outcome="review", review="bulk",
     from_="right@navercorp.com", name_from="NAVER 권리보호센터", date="Wed, 11 Sep 2024 17:00:00 +0900",
     subject=f"RE: [{R4}] 게시중단 요청", reply_to_req=f"{R4}.req",
     imitates="NAVER short completion notice without a per-post list",
     why="'요청하신 게시물 3건 모두 게시중단' names no post, request has three items",
     items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
     body="""
안녕하세요, 네이버입니다.

요청하신 게시물 3건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""")

case(name="x-all-withheld-bulk", outcome="review", review="bulk",
     from_="legal-noreply@x.com", name_from="X Legal", date="Sat, 14 Sep 2024 01:00:00 +0000",
     subject=f"Re: {R1} - completed", reply_to_req=f"{R1}.req",
     imitates="X legal blanket completion email",
     why="'all posts identified in your request' for a 13-item request, none named",
     items={u: "pending" for u in X.values()},
     body=f"""
Hello,

All posts identified in your request {R1} have now been withheld in South Korea.

X Legal
""")

case(name="tg-dmarc-fail", outcome="review", review="untrusted", auth="fail",
     from_="abuse@telegram.org", name_from="Telegram Abuse", date="Sat, 07 Sep 2024 19:19:19 +0000",
     subject=f"Re: {R2}", reply_to_req=f"{R2}.req",
     imitates="Telegram abuse-desk reply whose authentication failed",
     why="Telegram domain but DMARC fails: not trusted",
     items={T[1]: "pending", T[2]: "pending"},
     body=f"""
Hello,

The following messages have been removed:
{T[1]}
{T[2]}

Telegram Abuse Team
""")

case(name="tg-lookalike-domain", outcome="review", review="unknown_sender",
     from_="desk@tg-abuse-support.net", name_from="Telegram Abuse Desk", date="Sun, 08 Sep 2024 03:33:03 +0000",
     subject=f"Re: {R2} blocked", reply_to_req=f"{R2}.req",
     imitates="abuse reply from a lookalike, non-Telegram domain",
     why="sender domain is no platform's, although it names our request and a URL",
     items={T[3]: "pending"},
     body=f"""
Hello,

We have blocked {T[3]} as requested. Reference {R2}.

Telegram Abuse Desk
""")

case(name="naver-about-daum-post", outcome="review", review="wrong_platform",
     from_="right@navercorp.com", name_from="NAVER 권리보호센터", date="Wed, 11 Sep 2024 10:10:10 +0900",
     subject=f"RE: [{R5}] 게시중단 요청", reply_to_req=f"{R5}.req",
     imitates="NAVER reply to a request meant for another portal",
     why="NAVER says the Daum cafe post shows as deleted - a statement about another platform's item",
     items={K[1]: "pending"},
     body=f"""
안녕하세요, 네이버입니다.

요청하신 {K[1]} 은(는) 네이버 서비스가 아닌 다음(카카오) 카페의 게시물입니다. 참고로 확인해 보니 해당 게시물은 이미 삭제된 게시물로 표시됩니다.

해당 서비스 운영사로 요청해 주시기 바랍니다.
""")

case(name="x-table-contradicted-by-note", outcome="review", review="conflicting_statements",
     from_="legal-noreply@x.com", name_from="X Legal", date="Sun, 15 Sep 2024 12:12:12 +0000",
     subject=f"Re: {R1} - @bluecrane_z", reply_to_req=f"{R1}.req",
     imitates="X legal outcome table with a free-text note that disagrees with it",
     why="table: removed / withheld; note: both remain available as neither violates - no sign which is the correction",
     items={X[12]: "pending", X[13]: "pending"},
     type="html", body=f"""
<html><body>
<p>Hello,</p>
<table border="1">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X[12]}</td><td>Removed</td></tr>
<tr><td>{X[13]}</td><td>Withheld in KR</td></tr>
</table>
<p>Note: both posts by @bluecrane_z were reviewed and remain available, as neither violates the X Rules or local law.</p>
<p>X Legal</p>
</body></html>
""")

case(name="tg-asks-for-legal-basis", outcome="review", review="asks_more", classification="request_for_info",
     from_="abuse@telegram.org", name_from="Telegram Abuse", date="Thu, 05 Sep 2024 15:55:55 +0000",
     subject=f"Re: {R2}", reply_to_req=f"{R2}.req",
     imitates="Telegram abuse desk asking for the legal provision before acting",
     why="asks for the legal provision and a decision document before acting; no status given",
     items={T[1]: "pending"},
     body=f"""
Hello,

To process your request concerning {T[1]}, please send us the specific legal provision the content violates and a copy of the decision of your Commission. We cannot act on this link until we receive them.

Telegram Abuse Team
""")

case(name="google-process-change-notice", outcome="review", review="no_claims",
     from_="legal-support@google.com", name_from="Google Legal Support", date="Mon, 16 Sep 2024 00:30:00 +0000",
     subject="Changes to how Google receives government removal requests",
     imitates="Google notice to government senders about a new intake form",
     why="trusted platform mail naming no item and no request",
     items={},
     body="""
Hello,

From 1 October 2024, government requests to remove content from Google products, including YouTube, should be submitted through our online form at https://support.google.com/legal/answer/3110420 rather than by email. Requests sent by email after that date may take longer to process.

Thank you for your cooperation.

The Google Legal Team
""")

# ===== ignored ============================================================

case(name="x-out-of-office", outcome="ignored", classification="auto_reply",
     from_="jhwang@x.com", name_from="Ji-ho Hwang", date="Wed, 04 Sep 2024 00:05:10 +0000",
     subject=f"Automatic reply: {R1} Request to remove content", reply_to_req=f"{R1}.req",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     imitates="Outlook out-of-office automatic reply",
     why="out-of-office auto-reply",
     items={},
     body="""
I am out of the office until Monday 16 September with limited access to email. For urgent legal requests please write to legal@x.com.

Ji-ho Hwang
""")

case(name="naver-ooo-korean", outcome="ignored", classification="auto_reply",
     from_="sjlee@navercorp.com", name_from="이수진", date="Fri, 06 Sep 2024 18:00:01 +0900",
     subject=f"[자동응답] Re: [{R4}] 게시중단 요청", reply_to_req=f"{R4}.req",
     extra_headers=["Auto-Submitted: auto-replied"],
     imitates="Korean 부재중 자동응답",
     why="Korean out-of-office auto-reply",
     items={},
     body="""
안녕하세요. 이수진입니다.
9월 6일부터 9월 18일까지 휴가로 부재중입니다. 급한 용무는 right@navercorp.com 으로 연락 부탁드립니다.
감사합니다.
""")

case(name="naver-dsn-returned-request", outcome="ignored", classification="bounce",
     from_="MAILER-DAEMON@mx2.navercorp.com", name_from="Mail Delivery System",
     date="Fri, 06 Sep 2024 17:01:44 +0900",
     subject="Undelivered Mail Returned to Sender",
     imitates="Postfix DSN (multipart/report delivery-status) returning our request",
     why="bounce of our own request; the URLs are in the returned message",
     items={},
     raw_mime="\n".join([
         'Content-Type: multipart/report; report-type=delivery-status; boundary="b192dsn"',
         "",
         "--b192dsn",
         "Content-Type: text/plain; charset=utf-8",
         "",
         "This is the mail system at host mx2.navercorp.com.",
         "",
         "I'm sorry to have to inform you that your message could not",
         "be delivered to one or more recipients.",
         "",
         "<policy-kr@navercorp.com>: host inbound.navercorp.com[203.0.113.25] said:",
         "    550 5.1.1 Recipient address rejected: User unknown",
         "",
         "--b192dsn",
         "Content-Type: message/delivery-status",
         "",
         "Reporting-MTA: dns; mx2.navercorp.com",
         "Arrival-Date: Fri,  6 Sep 2024 17:01:40 +0900 (KST)",
         "",
         "Final-Recipient: rfc822; policy-kr@navercorp.com",
         "Action: failed",
         "Status: 5.1.1",
         "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown",
         "",
         "--b192dsn",
         "Content-Type: message/rfc822",
         "",
         "From: KCSC Takedown <takedown@kcsc.example>",
         "To: policy-kr@navercorp.com",
         "Subject: " + email.header.Header(f"[{R4}] 게시중단 요청", "utf-8").encode(),
         f"Message-ID: <{R4}.req@kcsc.example>",
         "Date: Fri, 6 Sep 2024 17:01:30 +0900",
         "Content-Type: text/plain; charset=utf-8",
         "",
         f"요청번호: {R4}",
         "아래 게시물의 게시중단을 요청합니다.",
         N[1], N[2], N[3],
         "",
         "--b192dsn--",
     ]))

case(name="tg-read-receipt", outcome="ignored", classification="read_receipt",
     from_="abuse@telegram.org", name_from="Telegram Abuse", date="Thu, 05 Sep 2024 07:07:07 +0000",
     subject=f"Read: {R2}",
     imitates="RFC 8098 message disposition notification (read receipt)",
     why="read receipt",
     items={},
     raw_mime="\n".join([
         'Content-Type: multipart/report; report-type=disposition-notification; boundary="b192mdn"',
         "",
         "--b192mdn",
         "Content-Type: text/plain; charset=utf-8",
         "",
         f"Your message \"{R2}\" sent to abuse@telegram.org was displayed on 5 Sep 2024 07:07 UTC.",
         "This is no guarantee that the message has been read or understood.",
         "",
         "--b192mdn",
         "Content-Type: message/disposition-notification",
         "",
         "Reporting-UA: mail.telegram.org",
         "Final-Recipient: rfc822; abuse@telegram.org",
         f"Original-Message-ID: <{R2}.req@kcsc.example>",
         "Disposition: manual-action/MDN-sent-manually; displayed",
         "",
         "--b192mdn--",
     ]))

case(name="yt-ticket-echoes-urls", outcome="ignored", classification="acknowledgement",
     from_="legal-noreply@google.com", name_from="Google Legal", date="Thu, 05 Sep 2024 08:12:40 +0000",
     subject=f"[2-6612004000123] We received your request {R3}", reply_to_req=f"{R3}.req",
     imitates="Google legal removals ticket receipt echoing the submitted URLs",
     why="pure receipt with a ticket number; the URLs are only an echo of what we submitted",
     items={},
     body="\n".join([
         "Hello,",
         "",
         "Thanks for contacting Google. We've received your legal request and assigned it the ID 2-6612004000123.",
         "",
         "Here's a copy of the URLs you submitted:",
     ] + list(Y.values()) + [
         "",
         "Our team will review your request and contact you if we need more information. Please don't reply to this email.",
         "",
         "The Google Legal Team",
     ]))

case(name="daum-receipt-korean", outcome="ignored", classification="acknowledgement",
     from_="noreply@kakaocorp.com", name_from="Daum 권리침해신고센터", date="Mon, 09 Sep 2024 18:30:00 +0900",
     subject=f"[접수완료] {R5} 권리침해 신고가 접수되었습니다",
     imitates="Kakao 권리침해 신고 접수 완료 automatic receipt",
     why="Korean receipt with a receipt number, no result",
     items={},
     body=f"""
안녕하세요. Daum 권리침해신고센터입니다.

신고가 정상적으로 접수되었습니다.
접수번호: RC-20240909-0418
신고 대상: {K[1]} 외 1건

처리 결과는 검토 후 이메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""")

case(name="tg-unmonitored-autoresponse", outcome="ignored",
     from_="dsa@telegram.org", name_from="Telegram", date="Wed, 04 Sep 2024 09:01:02 +0000",
     subject=f"Re: {R2}", reply_to_req=f"{R2}.req",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     imitates="Telegram DSA address automatic response about volume",
     why="automatic response pointing elsewhere; no result",
     items={},
     body="""
This is an automatic response.

Thank you for contacting Telegram. Because of the large number of messages this address receives, we cannot answer each one individually. Reports about illegal content can also be sent through https://telegram.org/dsa-report.
""")


# ---------------------------------------------------------------- write
HEADER = """# Blind set 192 (tests/corpus/blind192/): what a program gets wrong.
# Mixed statuses in one sentence, hedges in relative clauses, negations,
# refusals with reasons, later sentences that revise earlier ones, a table and
# a note that disagree, statuses by position. Generated by make.py; expected
# results written from each email's meaning before the reader was run."""


def enc(s):
    """RFC 2047 encoded-word for non-ASCII header text, as mail clients send it."""
    if s.isascii():
        return s
    return email.header.Header(s, "utf-8").encode()


def main():
    write_requests()
    for c in C:
        c["from"] = c.pop("from_")
        c["subject"] = enc(c["subject"])
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
