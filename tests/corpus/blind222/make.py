#!/usr/bin/env python3
"""Blind set 222: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Written from each
email's meaning, before any run of the reader.

    python3 tests/corpus/blind222/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = ("KCSC-240903-41", "KCSC-240904-42", "KCSC-240905-43",
                              "KCSC-240906-44", "KCSC-240909-45", "KCSC-240910-46",
                              "KCSC-240911-47")
MID = {r: "req-" + r[5:] for r in (R1, R2, R3, R4, R5, R6, R7)}  # without @kcsc.example

Y = {
    1: "https://www.youtube.com/watch?v=Qm7rTz2LpVa",
    2: "https://www.youtube.com/watch?v=bN4xWe9KsRt",
    3: "https://www.youtube.com/watch?v=Hc2PdLq8ZyU",
    4: "https://www.youtube.com/watch?v=vT5nJk3MwXe",
    5: "https://www.youtube.com/watch?v=Ld9QaR6sYpC",
    6: "https://www.youtube.com/shorts/Rw3eNv7TgKb",
    7: "https://www.youtube.com/shorts/Pz8cMh2XfQd",
    8: "https://www.youtube.com/watch?v=Ks1GuY4oBnA",
    9: "https://www.youtube.com/watch?v=Eq6WiT0rJvM",
    10: "https://www.youtube.com/@haneul_jeonmang_tv",
    11: "https://www.youtube.com/watch?v=Ug2ZoS5hDcF",
    12: "https://www.youtube.com/watch?v=Fy7KbX1nMqW",
}
X = {
    1: "https://x.com/moonlit_ledger/status/1831100000000000401",
    2: "https://x.com/moonlit_ledger/status/1831100000000000417",
    3: "https://x.com/grey_pier_news/status/1831200000000000533",
    4: "https://x.com/grey_pier_news",
    5: "https://x.com/cobalt_tern/status/1833400000000000098",
}
T = {
    1: "https://t.me/saltmarsh_bazaar/118",
    2: "https://t.me/saltmarsh_bazaar/131",
    3: "https://t.me/ridgeline_drops",
    4: "https://t.me/ridgeline_drops/2047",
    5: "https://t.me/ember_quarry_chat/77",
    6: "https://t.me/lantern_swap/902",
}
N = {
    1: "https://blog.naver.com/moru_garden77/223561100481",
    2: "https://cafe.naver.com/windflower22/55210",
    3: "https://blog.naver.com/PostView.naver?blogId=cheongdo_note&logNo=223570044512",
}
K1_SLUG = "무료-자료-공유"
K1_RAW = "https://sky-lantern.tistory.com/entry/" + K1_SLUG
K = {
    1: "https://sky-lantern.tistory.com/entry/" + quote(K1_SLUG),  # as stored
    2: "https://cafe.daum.net/bitgaram/Kx7P/412",
}

REQUESTS = [
    (R1, "youtube", "2024-09-03", "2024-09-10", [Y[i] for i in range(1, 13)], "gambling",
     "illegal online gambling promotion, 12 items"),
    (R2, "x", "2024-09-04", "2024-09-11", [X[1], X[2], X[3], X[4]], "defamation",
     "posts and one account"),
    (R3, "telegram", "2024-09-05", "2024-09-12", [T[1], T[2], T[3], T[4], T[5]], "drugs",
     "narcotics sale posts and one channel"),
    (R4, "naver", "2024-09-06", "2024-09-13", [N[1], N[2], N[3]], "privacy",
     "personal data exposure"),
    (R5, "kakao", "2024-09-09", "2024-09-16", [K[1], K[2]], "copyright",
     "Korean path stored percent-encoded"),
    (R6, "x", "2024-09-10", "2024-09-17", [X[5]], "obscenity", "single post"),
    (R7, "telegram", "2024-09-11", "2024-09-18", [T[6]], "fraud", "single post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
DAYS = {5: "Thu", 6: "Fri", 7: "Sat", 8: "Sun", 9: "Mon", 10: "Tue", 11: "Wed", 12: "Thu",
        13: "Fri", 14: "Sat", 15: "Sun", 16: "Mon", 17: "Tue", 18: "Wed", 19: "Thu"}


def d(day, hh, mm, tz="+0900"):
    return f"{DAYS[day]}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{(day * 7 + mm) % 60:02d} {tz}"


def enc(s):
    """RFC 2047 encoded word for non-ASCII header text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode() + "?="


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode()
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, day):
    lines = [
        f"Reference: {ref}",
        "",
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission requests the removal of, or the",
        "blocking of access from Korea to, the following content, which was found to be",
        "unlawful under the Act on Promotion of Information and Communications Network",
        "Utilization and Information Protection:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"Please reply by {day}.", "", "KCSC Takedown Desk"]
    return "\n".join(lines)


REQ_URLS = {r[0]: r[4] for r in REQUESTS}

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="yt-three-outcomes-one-sentence",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(6, 11, 4), subject=f"Re: [{R1}] Request for removal of content",
    reply_to_req=MID[R1],
    body=f"""
Hello,

Thank you for your notice {R1}. Having reviewed the first three videos in it, we removed {Y[1]} for violating our Community Guidelines, blocked {Y[2]} from view in South Korea only on the basis of local law, and left {Y[3]} available because it breaks neither our policies nor, as far as we can tell, Korean law.

We will write again about the remaining videos.

Regards,
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube legal removals team reply to a government notice (removed / locally blocked / no action)",
    why="one sentence, three items, three different outcomes; the closing promise names no item",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-hedge-in-relative-clause",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(7, 9, 40), subject=f"Re: [{R1}] Request for removal of content",
    reply_to_req=MID[R1],
    body=f"""
Hi KCSC team,

An update on two of the videos in {R1}.

The video at {Y[4]}, which may already have been made private by its uploader before our review began, has now been removed from YouTube.

The video at {Y[5]}, which we believe could be a re-upload of the one above, is still being looked at by our reviewers. We'll let you know the outcome.

Best,
Dae-jin
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube legal support agent's partial-outcome email",
    why="the hedge sits in the relative clause; the main clause for vT5n is a finished removal; Ld9Q is still under review",
    items={Y[4]: "removed", Y[5]: "pending"},
)

case(
    name="x-not-removed-but-withheld",
    **{"from": "legal-noreply@x.com"}, date=d(6, 3, 15),
    subject=f"Re: {R2} - Legal request update",
    reply_to_req=MID[R2],
    body=f"""
Hello,

We have reviewed the posts you reported in {R2}.

We have not removed {X[1]}, as it does not violate the X Rules and we did not find it unlawful under the provisions cited. However, we have withheld {X[2]} in South Korea in response to your request.

Withheld content remains available outside the country concerned. For more information see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thank you,
X Legal
""",
    outcome="applied",
    imitates="X (Twitter) country-withheld content notice to a government requester",
    why="negated action with a reason for the first post (rejected), withheld in Korea for the second; the help link is no item",
    items={X[1]: "rejected", X[2]: "restricted"},
)

case(
    name="x-neither-nor-but-removed-globally",
    **{"from": "legal-noreply@x.com"}, date=d(9, 8, 2),
    subject=f"Re: {R2} - Legal request update",
    reply_to_req=MID[R2],
    body=f"""
Hello KCSC,

Following up on {R2}.

Neither {X[2]} nor the account {X[4]} was found to break our rules, so both stay up.

{X[3]}, however, was not simply withheld in Korea: it has been removed from X worldwide for violating our violent speech policy.

X Legal
""",
    outcome="applied",
    imitates="X legal team follow-up after a partial review",
    why="'neither ... nor' refuses two items; 'not simply withheld ... removed worldwide' is a removal, not a restriction",
    items={X[2]: "rejected", X[4]: "rejected", X[3]: "removed"},
)

case(
    name="tg-correction-later-sentence",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(6, 22, 31), subject=f"Re: {R3}",
    reply_to_req=MID[R3],
    body=f"""
Hello,

Post {T[1]} has been taken down. The same goes for {T[2]} - correction, apologies: {T[2]} no longer exists. The channel admin deleted it before our moderators got to it, so there was nothing left for us to remove.

We are still checking the rest of your list.

Kind regards,
Markus
Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk reply written by hand, correcting itself",
    why="the later correction revises the first statement about /131: not found (deleted by its author), not removed",
    items={T[1]: "removed", T[2]: "not_found"},
)

_tg_req = request_text(R3, REQ_URLS[R3], "12 September 2024")
case(
    name="tg-statuses-by-position-over-quote",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(8, 14, 5), subject=f"Re: {R3} Request for removal of content",
    reply_to_req=MID[R3],
    body=f"""
Hello,

Results for the links in your message, in the order you gave them:

1 - blocked
2 - blocked
3 - channel reviewed, no violation of our Terms of Service found, it stays available
4 - this message does not exist (invalid link)
5 - blocked

Telegram Abuse Team

On Thu, 5 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(_tg_req)}
""",
    outcome="applied",
    imitates="Telegram abuse desk terse numbered reply, top-posted over the quoted request",
    why="statuses given by position; the quoted request numbers the same five links, so each number names one item",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected", T[4]: "not_found", T[5]: "removed"},
)

case(
    name="naver-three-outcomes-one-sentence",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date=d(10, 16, 20), subject=enc(f"[{R4}] 게시물 조치 결과 안내"),
    reply_to_req=MID[R4],
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 건({R4})에 대하여 검토한 결과를 안내드립니다.

요청하신 게시물 중 {N[1]} 은 게시중단 처리하였고, {N[2]} 은 30일간 임시조치하였으며, {N[3]} 은 관련 법령 및 운영정책 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

문의 사항이 있으시면 회신 부탁드립니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied",
    imitates="NAVER 게시중단·임시조치 결과 안내 (one sentence per reply, Korean)",
    why="one Korean sentence: 게시중단 (removed), 임시조치 (restricted), no violation found so no action (rejected)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "rejected"},
)

case(
    name="naver-html-table-note-corrects",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date=d(11, 10, 45), subject=enc(f"RE: [{R4}] 시정요구 조치결과 회신"),
    reply_to_req=MID[R4], type="html",
    body=f"""
<html><body style="font-family:sans-serif">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>요청번호 {R4} 시정요구에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>순번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>게시중단</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>임시조치(30일)</td><td>2024-09-10</td></tr>
<tr><td>3</td><td>{N[3].replace('&', '&amp;')}</td><td>삭제</td><td>2024-09-10</td></tr>
</table>
<p>※ 3번 항목 정정: 위 표에는 &#39;삭제&#39;로 기재되었으나, 확인 결과 해당 게시물은 요청 접수 전에 작성자가 이미 삭제한 게시물로 현재 존재하지 않습니다(게시물 없음). 따라서 당사에서 별도로 삭제한 것은 아닙니다.</p>
<p>감사합니다.<br>네이버 정책지원팀</p>
</body></html>
""",
    outcome="applied",
    imitates="KCSC 시정요구 조치결과 회신 as an HTML table with a 비고 note",
    why="the note explicitly corrects row 3 of the table: already deleted by its author, so not_found rather than removed",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="yt-bulleted-refusals-with-reasons",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(9, 13, 12), subject=f"Re: [{R1}] Request for removal of content",
    reply_to_req=MID[R1],
    body=f"""
Hello,

We have completed our review of three more items from {R1}:

  * {Y[6]} - No action taken. The Short is satirical commentary; it does not
    violate our Community Guidelines and we did not find it unlawful under the
    provisions you cited.
  * {Y[7]} - Removed for violating our spam, deceptive practices and scams policy.
  * {Y[8]} - We are declining to remove this video. It is a news report about
    the gambling site rather than an advertisement for it, and it breaks none
    of our policies.

If you have additional information that could change our assessment, you can reply to this email.

Regards,
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube legal team bulleted outcomes with reasons for refusal",
    why="two refusals with reasons (rejected) around one removal; the offer to reconsider is not a hedge on the decisions",
    items={Y[6]: "rejected", Y[7]: "removed", Y[8]: "rejected"},
)

case(
    name="yt-url-on-line-below-statement",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(10, 10, 3), subject=f"Re: [{R1}] Request for removal of content",
    reply_to_req=MID[R1],
    body=f"""
Hello,

In response to your request {R1}:

We have restricted access from South Korea to the following video:
{Y[9]}

The following channel has been terminated for repeated violations of our Community Guidelines:
{Y[10]}

Regards,
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube legal team reply listing each outcome above its URL",
    why="each statement stands on the line above the URL it is about: geo-restricted video, terminated channel",
    items={Y[9]: "restricted", Y[10]: "removed"},
)

case(
    name="yt-bare-url-status-below",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(11, 17, 30), subject=f"Re: [{R1}] Request for removal of content",
    reply_to_req=MID[R1],
    body=f"""
Hello,

Outcome of our review for two items of {R1}:

{Y[11]}
Status: Removed - violation of our harassment and cyberbullying policy

{Y[12]}
Status: Not actioned - we did not identify a violation of our policies or of local law

YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube legal removals ticket-system reply with a status line under each URL",
    why="bare URL with its status on the line below; 'Not actioned' with a reason is a refusal",
    items={Y[11]: "removed", Y[12]: "rejected"},
)

_yt_rows = [
    (1, "Removed", "Community Guidelines - spam, deceptive practices and scams"),
    (2, "Removed", "Community Guidelines - spam, deceptive practices and scams"),
    (3, "Blocked in KR", "Local law"),
    (4, "No action", "Does not violate our policies or local law"),
    (5, "Removed", "Community Guidelines - regulated goods"),
    (6, "Not found", "Video ID does not exist"),
    (7, "Removed", "Community Guidelines - spam, deceptive practices and scams"),
    (8, "Age-restricted", "Restricted to signed-in viewers over 18"),
    (9, "Pending", "Under review by a specialist team"),
    (10, "Channel terminated", "Repeated violations"),
    (11, "No action", "News reporting; no violation found"),
    (12, "Removed", "Community Guidelines - regulated goods"),
]
_html = ["<html><body><p>Hello,</p>",
         f"<p>Please find below the outcome for each URL in your notice {R1}.</p>",
         "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">",
         "<tr><th>#</th><th>URL</th><th>Outcome</th><th>Basis</th></tr>"]
for i, st, basis in _yt_rows:
    _html.append(f"<tr><td>{i}</td><td><a href=\"{Y[i]}\">{Y[i]}</a></td><td>{st}</td><td>{basis}</td></tr>")
_html += ["</table>", "<p>Items marked Pending are still being reviewed; we will send a further update.</p>",
          "<p>YouTube Legal Support<br><a href=\"https://support.google.com/youtube/answer/2802032\">Community Guidelines</a></p>",
          "</body></html>"]
case(
    name="yt-base64-html-full-table",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(13, 9, 15), subject=f"[{R1}] Outcome of your legal request",
    reply_to_req=MID[R1],
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(chr(10).join(_html))}
""",
    outcome="applied",
    imitates="YouTube legal request outcome table (HTML, base64 body)",
    why="full 12-row table mixing removed, blocked in KR, no action, not found, age-restricted, pending and a terminated channel",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected", Y[5]: "removed",
           Y[6]: "not_found", Y[7]: "removed", Y[8]: "restricted", Y[9]: "pending", Y[10]: "removed",
           Y[11]: "rejected", Y[12]: "removed"},
)

_x_req = request_text(R2, REQ_URLS[R2], "11 September 2024")
case(
    name="x-gmail-top-post-angle-brackets",
    **{"from": "s.okafor@x.com"}, name_from="Sade Okafor",
    date=d(7, 2, 48), subject=f"Re: {R2} Request for removal of content",
    reply_to_req=MID[R2],
    body=f"""
Hello,

<{X[1]}> has been withheld in South Korea.
We removed <{X[2]}> for violating our private information and media policy.

We're still looking at the other two and will come back to you.

Sade
Global Legal Policy, X

On Wed, 4 Sep 2024 at 16:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(_x_req)}
""",
    outcome="applied",
    imitates="X legal policy staffer's Gmail-style reply top-posted over the quoted request",
    why="URLs in angle brackets; only the two unquoted statements count; the quoted list of four changes nothing",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-account-suspended-post-unavailable",
    **{"from": "legal-noreply@x.com"}, date=d(10, 5, 55),
    subject=f"Re: {R2} - Legal request update",
    reply_to_req=MID[R2],
    body=f"""
Hello,

The account {X[4]} has been suspended for violating the X Rules. As a result, its post {X[3]} is no longer available on X anywhere.

Thank you,
X Legal
""",
    outcome="applied",
    imitates="X legal reply reporting an account suspension",
    why="suspended account is removed; its post is stated to be unavailable everywhere, which is removal",
    items={X[4]: "removed", X[3]: "removed"},
)

case(
    name="naver-url-with-korean-particles",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date=d(9, 15, 2), subject=enc(f"[{R4}] 요청 게시물 처리 안내"),
    reply_to_req=MID[R4],
    body=f"""
안녕하세요. 네이버입니다.

{N[1]}은 게시중단 되었고, {N[3]}의 경우 블로그 운영자 확인 후 비공개 처리되었습니다.

나머지 1건은 검토가 끝나는 대로 안내드리겠습니다.

네이버 정책지원팀
""",
    outcome="applied",
    imitates="NAVER blog post 게시중단 notice written by an agent, URLs followed directly by particles",
    why="은/의 stuck to the URLs; 게시중단 and 비공개 처리 are both removals; the remaining item is only promised",
    items={N[1]: "removed", N[3]: "removed"},
)

case(
    name="kakao-raw-korean-path-mixed",
    **{"from": "cs-report@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date=d(11, 18, 22), subject=enc(f"[{R5}] 게시물 조치 결과"),
    reply_to_req=MID[R5],
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청번호 {R5} 건 회신드립니다.

{K1_RAW} 게시물은 블라인드 처리되었으며, {K[2]} 게시물은 이미 작성자에 의해 삭제되어 존재하지 않습니다.

카카오 고객센터 드림
""",
    outcome="applied",
    imitates="Kakao (Tistory / Daum cafe) 블라인드 처리 결과 안내",
    why="raw Korean path matches the stored percent-encoded URL; one sentence, 블라인드 (removed) and deleted by its author (not_found)",
    items={K[1]: "removed", K[2]: "not_found"},
)

case(
    name="tg-channel-blocked-chat-post-kept",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(9, 20, 10), subject=f"Re: {R3}",
    reply_to_req=MID[R3],
    body=f"""
Hello,

The channel {T[3]} has been blocked for violating Telegram's Terms of Service, and the post {T[4]} was blocked together with it.

We reviewed {T[5]} and found no violation; it remains accessible.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk reply on a channel and its posts",
    why="channel and its post blocked (removed); the chat message refused with a reason (rejected)",
    items={T[3]: "removed", T[4]: "removed", T[5]: "rejected"},
)

case(
    name="tg-one-item-sole-statement",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(12, 9, 31), subject=f"Re: {R7} Request for removal of content",
    reply_to_req=MID[R7],
    body="""
Hello,

The content reported in your request has been blocked and is no longer accessible on Telegram.

Regards,
Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk one-line outcome",
    why="names no URL but answers a request of one item with one clear statement",
    items={T[6]: "removed"},
)

case(
    name="x-one-item-withheld-kr",
    **{"from": "legal-noreply@x.com"}, date=d(12, 4, 18),
    subject=f"Re: {R6} - Legal request update",
    reply_to_req=MID[R6],
    body="""
Hello,

In response to your request, the reported post has been withheld in South Korea in accordance with local law. It remains available in other countries.

Thank you,
X Legal
""",
    outcome="applied",
    imitates="X country-withheld notice to a government requester (single post)",
    why="one-item request, withheld in Korea = restricted",
    items={X[5]: "restricted"},
)

case(
    name="yt-statement-of-reasons-per-item",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(12, 14, 41), subject=f"[{R1}] Decision on reported content",
    reply_to_req=MID[R1],
    body=f"""
Hello,

Below is our decision for each item we reviewed under your notice {R1}.

Item: {Y[5]}
Decision: Visibility restricted
Territorial scope: Republic of Korea
Ground: Illegal content under the law of the Republic of Korea
Automated detection used: No

Item: {Y[8]}
Decision: No restriction applied
Ground: The content was not found to be incompatible with our terms of service or with applicable law
Automated detection used: No

You may seek redress through the channels described at https://support.google.com/legal/answer/3110420

YouTube Legal Support
""",
    outcome="applied",
    imitates="DSA Article 17 statement of reasons layout, per item",
    why="'visibility restricted, territorial scope Korea' is restricted; 'no restriction applied' with ground is a refusal",
    items={Y[5]: "restricted", Y[8]: "rejected"},
)

_nv_plain = f"""네이버 시정요구 조치결과 ({R4})

1) {N[1]}
   조치결과: 조치 예정 (작성자 소명 기간 경과 후 처리)
2) {N[2]}
   조치결과: 접근 제한(국내)
3) {N[3]}
   조치결과: 운영자 삭제

네이버 정책지원팀
"""
_nv_html = f"""<html><body>
<p><b>네이버 시정요구 조치결과 ({R4})</b></p>
<table border="1" cellpadding="4">
<tr><th>순번</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>조치 예정 (작성자 소명 기간 경과 후 처리)</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>접근 제한(국내)</td></tr>
<tr><td>3</td><td>{N[3].replace('&', '&amp;')}</td><td>운영자 삭제</td></tr>
</table>
<p>네이버 정책지원팀</p>
</body></html>
"""
case(
    name="naver-sijeong-result-multipart",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date=d(13, 11, 0), subject=enc(f"[{R4}] 시정요구 조치결과"),
    reply_to_req=MID[R4],
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="nv-alt-222"

--nv-alt-222
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_nv_plain)}
--nv-alt-222
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_nv_html)}
--nv-alt-222--
""",
    outcome="applied",
    imitates="시정요구 조치결과 table (multipart/alternative, base64 text and HTML)",
    why="접근 제한(국내) is restricted, 운영자 삭제 removed; 조치 예정 is a promise so the first item stays pending",
    items={N[1]: "pending", N[2]: "restricted", N[3]: "removed"},
)

_csv = "url,outcome,note\n" + "\n".join([
    f"{Y[6]},removed,Community Guidelines violation",
    f"{Y[7]},age_restricted,Restricted to adult signed-in viewers",
    f"{Y[8]},no_action,No violation of policy or local law found",
    f"{Y[9]},not_found,Video unavailable - invalid ID",
]) + "\n"
case(
    name="yt-csv-attachment-four-rows",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(11, 8, 20), subject=f"[{R1}] Outcome report (partial)",
    reply_to_req=MID[R1],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="yt-mix-222"

--yt-mix-222
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome for 4 of the 12 URLs in your notice {R1}. The
remaining URLs are still being reviewed.

YouTube Legal Support

--yt-mix-222
Content-Type: text/csv; charset=utf-8; name="outcome-{R1}.csv"
Content-Disposition: attachment; filename="outcome-{R1}.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--yt-mix-222--
""",
    outcome="applied",
    imitates="YouTube legal outcome export sent as a CSV attachment",
    why="CSV rows: removed, age_restricted (restricted), no_action (rejected), not_found",
    items={Y[6]: "removed", Y[7]: "restricted", Y[8]: "rejected", Y[9]: "not_found"},
)

_upd = f"""Hello,

A correction to our message of this morning about {R1}.

Earlier today we told you that {Y[2]} had been removed from YouTube. That was not correct: following an appeal by the uploader the video was reinstated, and it is now blocked in South Korea only.

The removal of {Y[1]} stands.

Apologies for the confusion.

YouTube Legal Support
"""
case(
    name="yt-qp-later-correction",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(10, 18, 5), subject=f"Re: [{R1}] Correction",
    reply_to_req=MID[R1],
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_upd)}
""",
    outcome="applied",
    imitates="YouTube legal support correction email (quoted-printable, long lines soft-wrapped)",
    why="the later sentence revises the earlier one: bN4x is blocked in Korea (restricted), not removed; Qm7r removed",
    items={Y[2]: "restricted", Y[1]: "removed"},
)

case(
    name="naver-not-deleted-but-blinded",
    **{"from": "cafe-report@naver.com"}, name_from=enc("네이버 카페 운영지원"),
    date=d(12, 16, 33), subject=enc(f"[{R4}] 카페 게시글 처리 안내"),
    reply_to_req=MID[R4],
    body=f"""
안녕하세요. 네이버 카페 운영지원입니다.

요청하신 「{N[2]}」 게시물은 삭제되지 않았으나, 운영정책에 따라 블라인드 처리되어 현재 누구도 열람할 수 없습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER cafe 블라인드 처리 안내",
    why="'not deleted, but blinded so no one can view it': 블라인드 counts as removed despite the negation; URL in 「」",
    items={N[2]: "removed"},
)

_yt_req = request_text(R1, REQ_URLS[R1], "10 September 2024")
case(
    name="yt-outlook-original-message",
    **{"from": "hyewon.baek@google.com"}, name_from="Hyewon Baek",
    date=d(13, 15, 50), subject=f"RE: [{R1}] Request for removal of content",
    reply_to_req=MID[R1],
    body=f"""
Hi,

Two more results for you:
- {Y[10]} : the channel has been terminated.
- {Y[12]} : age-restricted; it is only viewable by signed-in adults.

Thanks,
Hyewon Baek | Legal Removals, YouTube

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal-kr@google.com
Subject: [{R1}] Request for removal of content

{_yt_req}
""",
    outcome="applied",
    imitates="Outlook reply from a YouTube legal removals staffer over the original message",
    why="two statements above the Original Message; the request below lists all 12 URLs and must change nothing",
    items={Y[10]: "removed", Y[12]: "restricted"},
)

case(
    name="tg-receipt-phrase-plus-statements",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(6, 12, 12), subject=f"Re: {R3} [ticket 88213940]",
    reply_to_req=MID[R3],
    body=f"""
Hello,

Thank you, we have received your report (ticket 88213940).

{T[1]} has been blocked.
We could not find {T[2]} - that message ID does not exist in the channel.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk receipt that already carries outcomes",
    why="an acknowledgement phrase followed by unhedged item statements is not an acknowledgement",
    items={T[1]: "removed", T[2]: "not_found"},
)

# ================================================================ REVIEW
case(
    name="yt-promise-will-remove",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(5, 17, 44), subject=f"Re: [{R1}] Request for removal of content",
    reply_to_req=MID[R1],
    body=f"""
Hello,

Thank you for your notice. We will remove {Y[1]} and {Y[2]} within 24 hours, once the review is finalised, and will confirm to you when this is done.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support holding reply promising action",
    why="'will remove ... once finalised' is a promise, not a statement; items named, nothing readable about them",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="x-hedges-may-have-been",
    **{"from": "s.okafor@x.com"}, name_from="Sade Okafor",
    date=d(5, 23, 9), subject=f"Re: {R2} Request for removal of content",
    reply_to_req=MID[R2],
    body=f"""
Hi,

Quick note while we work on this: it looks like {X[1]} may have been deleted by the account holder already, and {X[2]} appears to be withheld in some regions. I'm confirming both with the team and will send you the official outcome.

Sade
""",
    outcome="review", review="not_understood",
    imitates="X legal staffer's informal interim note",
    why="'may have been deleted', 'appears to be withheld' are hedges; both items stay pending",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="tg-hedge-appears-deleted",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(7, 8, 8), subject=f"Re: {R3}",
    reply_to_req=MID[R3],
    body=f"""
Hello,

The channel {T[3]} appears to have been deleted by its owner. We may take further action if it reappears under the same or a similar name.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk reply with a tentative finding",
    why="'appears to have been deleted' is a hedge and 'may take further action' a condition; nothing definite",
    items={T[3]: "pending"},
)

case(
    name="yt-bulk-all-removed",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(14, 10, 10), subject=f"Re: [{R1}] Request for removal of content",
    reply_to_req=MID[R1],
    body=f"""
Hello,

We have now completed our review of your notice {R1}. All of the videos listed in it have been removed from YouTube.

Regards,
YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="YouTube legal support closing email for a whole notice",
    why="a statement about all 12 items without naming any; bulk confirmations go to review",
    items={u: "pending" for u in REQ_URLS[R1]},
)

case(
    name="naver-bulk-korean-three",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date=d(9, 9, 58), subject=enc(f"[{R4}] 조치 완료 안내"),
    reply_to_req=MID[R4],
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청번호 {R4} 관련, 요청하신 게시물 3건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 완료 안내 for a whole request",
    why="'all 3 posts' without naming them, for a request of 3 items: bulk",
    items={u: "pending" for u in REQ_URLS[R4]},
)

case(
    name="x-untrusted-dmarc-fail",
    **{"from": "legal-noreply@x.com"}, auth="fail", date=d(8, 1, 1),
    subject=f"Re: {R2} - Legal request update",
    reply_to_req=MID[R2],
    body=f"""
Hello,

{X[3]} has been removed for violating the X Rules.

Thank you,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal update that fails DMARC (spoofed or broken relay)",
    why="platform domain but authentication fails; the statement cannot be applied",
    items={X[3]: "pending"},
)

case(
    name="tg-unknown-sender-lookalike",
    **{"from": "moderation@telegram-support.help"}, name_from="Telegram Support",
    date=d(7, 19, 19), subject=f"Re: {R3} removal complete",
    body=f"""
Dear KCSC,

Your request {R3} has been processed. The post {T[1]} has been deleted by our moderation team.

Telegram Support
""",
    outcome="review", review="unknown_sender",
    imitates="lookalike-domain 'Telegram Support' reply",
    why="sender domain belongs to no platform although it names our request and a URL",
    items={T[1]: "pending"},
)

case(
    name="kakao-wrong-platform-naver-link",
    **{"from": "cs-report@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date=d(10, 11, 11), subject=enc("문의하신 게시물 관련 회신"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 {N[1]} 게시물은 확인 결과 이미 삭제되어 존재하지 않는 게시물입니다.

다만 해당 주소는 당사 서비스가 아닌 네이버 블로그 주소이므로, 정확한 처리 내역은 네이버 측에 확인하시기 바랍니다.

카카오 고객센터 드림
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao customer centre reply about a link on another portal",
    why="Kakao states a status (already deleted) for a NAVER item",
    items={N[1]: "pending"},
)

case(
    name="yt-policy-notice-no-claims",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(16, 9, 0), subject="Changes to how YouTube receives requests from Korean authorities",
    body="""
Dear partner,

From 1 October 2024, requests from Korean government agencies for the removal of content on YouTube should be submitted through our government requests portal at https://support.google.com/legal/contact/gov_removal rather than by email.

Requests already submitted by email will continue to be processed. Our help page https://support.google.com/youtube/answer/6154230 explains the information each request needs to contain.

YouTube Legal Support
""",
    outcome="review", review="no_claims",
    imitates="YouTube / Google legal process change announcement to government requesters",
    why="trusted platform mail, no item and no request named; only help and portal links",
    items={},
)

case(
    name="x-table-and-note-conflict",
    **{"from": "legal-noreply@x.com"}, date=d(13, 6, 30),
    subject=f"Re: {R6} - Legal request outcome",
    reply_to_req=MID[R6], type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Outcome of your legal request {R6}:</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td>{X[5]}</td><td>Content removed</td></tr>
</table>
<p>Note: our review found that the reported post does not violate the X Rules, and it remains available on X.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="X legal outcome table with a free-text note",
    why="table says removed, note says no violation and still available; nothing says which is right",
    items={X[5]: "pending"},
)

case(
    name="tg-conditional-block",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(6, 18, 40), subject=f"Re: {R3}",
    reply_to_req=MID[R3],
    body=f"""
Hello,

We have contacted the administrators of the channel. If they do not remove {T[1]} and {T[2]} within 48 hours, we will block the channel.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk warning-to-admin reply",
    why="a condition and a promise; both posts stay pending",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="x-asks-for-legal-order",
    **{"from": "legal-noreply@x.com"}, date=d(5, 20, 20),
    subject=f"Re: {R2} - Additional information required",
    reply_to_req=MID[R2],
    body=f"""
Hello,

Before we can act on {X[3]}, we need a copy of the decision or legal order on which your request relies, and the specific provision of Korean law it is said to violate. Please reply to this email with those documents.

Thank you,
X Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal request for the underlying legal order",
    why="asks for documents about a named item; no status",
    items={X[3]: "pending"},
)

# ================================================================ IGNORED
case(
    name="yt-staff-out-of-office",
    **{"from": "hyewon.baek@google.com"}, name_from="Hyewon Baek",
    date=d(5, 10, 1), subject=f"Automatic reply: [{R1}] Request for removal of content",
    reply_to_req=MID[R1], extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 16 September with limited access to email.

For urgent legal removal requests please write to legal-kr@google.com, where a colleague will pick up your message.

Hyewon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="auto-reply; names no outcome",
    items={},
)

case(
    name="naver-ooo-korean",
    **{"from": "jiho.kang@navercorp.com"}, name_from=enc("강지호"),
    date=d(6, 9, 0), subject=enc(f"[부재중] Re: [{R4}] 게시물 삭제 요청"),
    reply_to_req=MID[R4], extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 강지호입니다.

9월 6일부터 9월 18일까지 휴가로 부재중입니다. 급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

_nv_req = request_text(R4, REQ_URLS[R4], "13 September 2024")
case(
    name="naver-dsn-bounce-with-request",
    **{"from": "MAILER-DAEMON@mx3.navercorp.com"}, name_from="Mail Delivery System",
    date=d(6, 10, 7), subject="Undelivered Mail Returned to Sender",
    auth="none",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-222-nv"

--dsn-222-nv
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@navercorp.com>: host mailstore.navercorp.com[198.51.100.77] said:
    550 5.1.1 <policy-kr@navercorp.com>: Recipient address rejected: User
    unknown in virtual mailbox table

--dsn-222-nv
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.navercorp.com
Arrival-Date: Fri,  6 Sep 2024 10:07:01 +0900 (KST)

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-222-nv
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: [{R4}] Request for removal of content
Message-ID: <{MID[R4]}@kcsc.example>
Date: Fri, 6 Sep 2024 10:06:00 +0900

{_nv_req}

--dsn-222-nv--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report returning the request",
    why="a bounce: the URLs are only in the returned request",
    items={u: "pending" for u in REQ_URLS[R4]},
)

case(
    name="yt-gmail-bounce",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date=d(10, 10, 2), subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="gm-dsn-222"

--gm-dsn-222
Content-Type: text/plain; charset=UTF-8

Address not found

Your message wasn't delivered to legal-kr-old@google.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--gm-dsn-222
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist

--gm-dsn-222
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: Reminder: [{R1}] removal request overdue
Message-ID: <reminder-{R1}@kcsc.example>

--gm-dsn-222--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification",
    why="a bounce of a reminder; ignored whoever sent it",
    items={},
)

case(
    name="x-read-receipt",
    **{"from": "s.okafor@x.com"}, name_from="Sade Okafor",
    date=d(5, 9, 12), subject=f"Read: {R2} Request for removal of content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-222-x"

--mdn-222-x
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: {R2} Request for removal of content
  Sent: Wednesday, September 4, 2024 4:00 PM

was read on Thursday, September 5, 2024 9:12 AM.

--mdn-222-x
Content-Type: message/disposition-notification

Reporting-UA: x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; s.okafor@x.com
Original-Message-ID: <{MID[R2]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-222-x--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="tg-ticket-receipt",
    **{"from": "noreply@telegram.org"}, name_from="Telegram Support",
    date=d(5, 10, 3), subject=f"[ticket 88213940] We received your report: {R3}",
    reply_to_req=MID[R3], extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

This is an automatic confirmation that we have received your report regarding {R3}. Your ticket number is 88213940.

Our team reviews reports in the order they arrive. Please keep the ticket number in the subject line of any further messages about this report.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (auto-generated)",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="kakao-receipt-echoes-report",
    **{"from": "noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date=d(9, 14, 0), subject=enc(f"[카카오 고객센터] 신고가 접수되었습니다 ({R5})"),
    reply_to_req=MID[R5], extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: KC-20240909-551207

[접수 내용]
요청번호: {R5}
신고 대상:
 - {K[1]}
 - {K[2]}

담당 부서에서 검토 후 결과를 회신드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer centre 신고 접수 안내 echoing the report",
    why="receipt echoing the reported URLs with no status; the promise to reply is part of the receipt",
    items={K[1]: "pending", K[2]: "pending"},
)

HEADER = """# Blind set 222 (tests/corpus/blind222/make.py writes this file).
# What a program gets wrong: mixed statuses in one sentence, hedges in
# relative clauses, negations, refusals with reasons, later sentences that
# revise earlier ones, a table contradicted by a note, statuses by position.
# Expected results written from each email's meaning before any run."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind222", HEADER, CASES)


if __name__ == "__main__":
    main()
