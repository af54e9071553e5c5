#!/usr/bin/env python3
"""Writes the DEVELOPMENT corpus set (cases/*.eml and expected.toml).

The reader is tuned against this set only (never against tests/corpus/heldout).
Emails written here in the manner of the public notice each case names;
fictional URLs; expected results written from meaning.
Re-run with `python3 tests/corpus/dev/make.py` (deterministic).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

T = "https://t.me/river_clips/"
M = "https://t.me/harbor_files/"
XA = "https://x.com/dv_user_a/status/18400000000000001"
XB = "https://x.com/dv_user_b/status/18400000000000001"
XL = "https://x.com/solo_dv/status/1840000000000000999"
YT = "https://www.youtube.com/watch?v=DvVid00000"
YH = "https://www.youtube.com/@시험채널"
NB = "https://blog.naver.com/dv_writer/22350000000"
NC = "https://cafe.naver.com/시험모임/101"
NC_ENC = "https://cafe.naver.com/%EC%8B%9C%ED%97%98%EB%AA%A8%EC%9E%84/101"
NK_RAW = "https://blog.naver.com/시험블로거/223500000009"
NK_ENC = "https://blog.naver.com/%EC%8B%9C%ED%97%98%EB%B8%94%EB%A1%9C%EA%B1%B0/223500000009"
TL = "https://t.me/small_dv/"


def mk(frm, req, subject, date):
    def f(**kw):
        d = {"from": frm, "reply_to_req": req, "subject": subject, "date": date}
        d.update(kw)
        return d
    return f


tg = mk("abuse@telegram.org", "req-240811-01", "Re: [KCSC-240811-01] Removal request", "Tue, 13 Aug 2024 08:00:00 +0000")
xx = mk("legal-notices@x.com", "req-240812-01", "Re: [KCSC-240812-01] Removal request", "Wed, 14 Aug 2024 08:00:00 +0000")
yt = mk("legal-support@google.com", "req-240812-02", "Re: [KCSC-240812-02] Legal request", "Thu, 15 Aug 2024 08:00:00 +0000")
nv = mk("right@navercorp.com", "req-240813-01", "RE: [KCSC-240813-01] 삭제 요청", "Fri, 16 Aug 2024 08:00:00 +0000")

CASES = [
    tg(name="tg-disabled-bullets",
       imitates="abuse-desk replies with dash bullets under 'have been disabled' (interserver abuse system: 'url's can be disabled')",
       body=f"""Hi,

The links below have been disabled:
- {T}1001
- {T}1002

Telegram Abuse""",
       outcome="applied", why="disabled = removed; dash bullets",
       items={T+"1001": "removed", T+"1002": "removed"}),
    tg(name="tg-outcome-line-below",
       imitates="ticket updates listing each link with its outcome underneath",
       body=f"""Hello,

{T}1003
Taken down on 12 August.

{T}1004
Reviewed, no breach of our terms was found, so it remains available.

{T}1005
This link does not exist.

Telegram Abuse""",
       outcome="applied", why="free-form status on the line below each URL",
       items={T+"1003": "removed", T+"1004": "rejected", T+"1005": "not_found"}),
    tg(name="tg-ack-whole",
       imitates="automatic receipts ('we've received your report')",
       body="""Hello,

We've received your report. A case has been opened and our team will
review it. We will get back to you once a decision has been made.

Telegram Support""",
       outcome="ignored", classification="acknowledgement", why="a receipt as a whole", items={}),
    tg(name="tg-received-then-deleted",
       imitates="replies that thank for the report and then report the deletion",
       body=f"""Thank you for your report, which we have received.

We have deleted {M}2001 and {M}2002.

Telegram Abuse""",
       outcome="applied", why="receipt phrase plus an unhedged statement is not an acknowledgement",
       items={M+"2001": "removed", M+"2002": "removed"}),
    tg(name="tg-vague-update",
       imitates="ticket closures that name links without an outcome",
       body=f"""Hello,

Update on {M}2003: closed.

Telegram Abuse""",
       outcome="review", review="not_understood", why="names a requested item, says nothing understood", items={}),
    tg(name="tg-unknown-sender-ack",
       **{"from": "support@tele-gram-help.example"},
       imitates="look-alike senders",
       body=f"""Hello,

We have received your report about {M}2004 and will review it.

Telegram Help""",
       outcome="review", review="unknown_sender",
       why="an unknown sender naming our items goes to review whatever its class", items={}),
    tg(name="tg-refuse-with-reason",
       imitates="refusals that give a reason",
       body=f"""Hello,

We won't take down {M}2005, as it does not break the Telegram Terms of Service.

Telegram Abuse""",
       outcome="applied", why="negated removal with a reason is a rejection",
       items={M+"2005": "rejected"}),
    tg(name="tg-deleted-by-uploader",
       imitates="'already removed by its author' replies (mozilla/addons-server#22521)",
       body=f"""Hello,

{M}2006 was already removed by the uploader, so no action was needed.

Telegram Abuse""",
       outcome="applied", why="already removed by its author is not_found",
       items={M+"2006": "not_found"}),
    tg(name="tg-mdn",
       subject="Read: [KCSC-240811-01] Removal request",
       imitates="RFC 8098 read receipts",
       raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="m2"

--m2
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent. It was opened.

--m2
Content-Type: message/disposition-notification

Final-Recipient: rfc822;abuse@telegram.org
Disposition: manual-action/MDN-sent-manually; displayed

--m2--
""",
       outcome="ignored", why="read receipt", items={}),
    tg(name="tg-which-were-flagged",
       imitates="confirmations with a relative clause about the items' history",
       body=f"""Hello,

The posts below, which might have been flagged before, were blocked today:
{M}2007
{M}2008

Telegram Abuse""",
       outcome="applied", why="a hedge in a relative clause does not hedge the main clause",
       items={M+"2007": "removed", M+"2008": "removed"}),
    mk("abuse@telegram.org", "req-240814-01", "Re: [KCSC-240814-01] Removal request", "Sat, 17 Aug 2024 08:00:00 +0000")(
       name="tg-small-one-line",
       imitates="one-line notices",
       body=f"""{TL}7 has been blocked.""",
       outcome="applied", why="a URL and one sentence", items={TL+"7": "removed"}),
    xx(name="x-withheld-kr-rules-link",
       imitates="X country withheld content notices",
       body=f"""Hello,

We have withheld {XA}01 in the Republic of Korea in response to your
legal demand. See https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal""",
       outcome="applied", why="withheld in a country; help link is no item",
       items={XA+"01": "restricted"}),
    xx(name="x-not-in-violation",
       imitates="'we didn't find a violation of the X Rules' reporter notices",
       body=f"""Hello,

We didn't find a violation of the X Rules in {XA}02, so it stays up.
Read the X Rules at https://help.x.com/en/rules-and-policies/x-rules

X Support""",
       outcome="applied", why="no violation = rejected; rules link no item",
       items={XA+"02": "rejected"}),
    xx(name="x-echoed-report-actioned",
       imitates="reporter notices with an echoed report",
       body=f"""Hello,

We removed the reported content.

Your report:
{XB}04
{XB}05

X Support""",
       outcome="applied", why="statement about 'the reported content' followed by the echoed report",
       items={XB+"04": "removed", XB+"05": "removed"}),
    yt(name="yt-video-label-removed",
       imitates="YouTube removal emails ('Video: ...')",
       body=f"""Hello,

We've removed the following content from YouTube after review:

Video: {YT}1

Learn more at https://support.google.com/youtube/answer/2801973

- The YouTube Team""",
       outcome="applied", why="'Video:' line; support link no item", items={YT+"1": "removed"}),
    yt(name="yt-geo-blocked",
       imitates="Google legal removal outcomes (blocked in a country)",
       body=f"""Hello,

We have restricted access to {YT}2 in South Korea.

Google Legal Support""",
       outcome="applied", why="restricted in a country", items={YT+"2": "restricted"}),
    yt(name="yt-handle-raw",
       imitates="YouTube channel termination notices",
       body=f"""Hello,

The channel {YH} has been removed for violating our Community Guidelines.

- The YouTube Team""",
       outcome="applied", why="raw IRI handle", items={YH: "removed"}),
    nv(name="nv-imsi-jochi",
       imitates="NAVER 게시중단요청서비스 임시조치 notices",
       body=f"""안녕하세요.

요청하신 게시물에 대해 임시조치를 완료하였습니다.
{NB}1

감사합니다.""",
       outcome="applied", why="임시조치 완료 = restricted; URL on the line below", items={NB+"1": "restricted"}),
    nv(name="nv-gesijungdan",
       imitates="Korean portal 게시중단 notices",
       body=f"""안녕하세요.

{NB}2 게시물은 게시중단 처리되었습니다.

감사합니다.""",
       outcome="applied", why="게시중단 처리 = removed", items={NB+"2": "removed"}),
    nv(name="nv-blind-particle",
       imitates="Korean 블라인드 notices",
       body=f"""안녕하세요.

{NC_ENC}의 게시물은 블라인드 처리되었습니다.

감사합니다.""",
       outcome="applied", why="블라인드 = removed; percent-encoded matches raw; particle 의", items={NC: "removed"}),
    nv(name="nv-not-exist",
       imitates="Korean notices that a post does not exist",
       body=f"""안녕하세요.

{NB}3 게시물은 존재하지 않는 게시물입니다.

감사합니다.""",
       outcome="applied", why="존재하지 않는 = not_found", items={NB+"3": "not_found"}),
    nv(name="nv-no-action-policy",
       imitates="Korean refusals citing policy",
       body=f"""안녕하세요.

{NK_RAW} 게시물은 운영정책 위반 사항이 확인되지 않아 조치하지 않았습니다.
운영정책: https://policy.naver.com/policy/service.html

감사합니다.""",
       outcome="applied", why="no violation, no action = rejected; raw path matches encoded item", items={NK_ENC: "rejected"}),
    nv(name="nv-ack",
       imitates="NAVER receipts",
       body="""안녕하세요.

요청하신 내용이 접수되었습니다. 검토 후 결과를 안내드리겠습니다.

감사합니다.""",
       outcome="ignored", classification="acknowledgement", why="Korean receipt as a whole", items={}),
    tg(name="tg-wrapped-url",
       imitates="plain-text mail clients that wrap long lines inside a URL",
       body=f"""Hello,

The post https://t.me/river_clips/
1006 has been removed.

Telegram Abuse""",
       outcome="applied", why="a URL wrapped across two lines is read whole",
       items={T+"1006": "removed"}),
    tg(name="tg-done-top-posted",
       imitates="one-word top-posted replies over the quoted request (rentry issue #21)",
       body=f"""Handled.

On Sun, 11 Aug 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove:
> {T}1001
> {T}1002""",
       outcome="review", review="not_understood",
       why="refers to the request (thread) but says nothing item-level: not_understood", items={}),
    tg(name="tg-promise",
       imitates="replies that promise action",
       body=f"""Hello,

We are going to delete {M}2009 shortly.

Telegram Abuse""",
       outcome="review", review="not_understood", why="a promise is not ignored", items={}),
    tg(name="tg-untrusted-ack-naming-items",
       auth="fail",
       imitates="receipts failing DMARC",
       body=f"""Hello,

We have received your report about {M}2010.

Telegram Support""",
       outcome="review", review="untrusted",
       why="an untrusted sender naming our items goes to review even as a receipt", items={}),
    mk("newsletter@telegram.org", None, "Telegram transparency update", "Sun, 18 Aug 2024 08:00:00 +0000")(
       name="tg-trusted-no-ref-no-items",
       imitates="platform newsletters to registered government reporters",
       body="""Hello,

From September our legal portal moves to a new address. Nothing changes in
how requests are handled.

Telegram""",
       outcome="review", review="no_claims",
       why="trusted, names no item and no request: no_claims stays", items={}),
    mk("abuse@telegram.org", "req-240814-01", "Re: [KCSC-240814-01] Removal request", "Sat, 17 Aug 2024 09:00:00 +0000")(
       name="tg-numbered-paren-lines",
       imitates="numbered result lists",
       body=f"""Hello,

1) {TL}7 - deleted
2) {TL}8 - we could not locate this message

Telegram Abuse""",
       outcome="applied", why="numbered list with per-line statuses",
       items={TL+"7": "removed", TL+"8": "not_found"}),
    xx(name="x-statement-then-url-below",
       imitates="one statement followed by the URL on the next line",
       body=f"""Hello,

This post is no longer available on X:
{XA}03

X Support""",
       outcome="applied", why="statement above, URL on the line below", items={XA+"03": "removed"}),
    xx(name="x-html-table-with-policy-anchor",
       type="html",
       imitates="HTML result tables with a policy link in a cell",
       body=f"""<html><body><p>Hello,</p>
<table border="1"><tr><th>Post</th><th>Outcome</th><th>Policy</th></tr>
<tr><td>{XA}01</td><td>Withheld in KR</td><td><a href="https://help.x.com/en/rules-and-policies/x-rules">X Rules</a></td></tr>
<tr><td>{XB}05</td><td>No violation</td><td><a href="https://help.x.com/en/rules-and-policies/x-rules">X Rules</a></td></tr>
</table><p>X Support</p></body></html>""",
       outcome="applied", why="the policy link in a table row is no item",
       items={XA+"01": "restricted", XB+"05": "rejected"}),
    yt(name="yt-actioned-sentence",
       imitates="Google legal removal outcomes ('we have actioned the content')",
       body=f"""Hello,

We have actioned {YT}3 under our harassment policy.

Google Legal Support""",
       outcome="applied", why="actioned = removed", items={YT+"3": "removed"}),
    nv(name="nv-jeopgeun-jehan",
       imitates="Korean notices of 접근 제한",
       body=f"""안녕하세요.

{NB}1 게시물에 대해 국내 접근 제한 조치를 완료했습니다.

감사합니다.""",
       outcome="applied", why="접근 제한 = restricted", items={NB+"1": "restricted"}),
    nv(name="nv-hedged-review",
       imitates="Korean replies that say the review is still ongoing",
       body=f"""안녕하세요.

{NB}2 게시물은 현재 검토 중입니다.

감사합니다.""",
       outcome="review", review="not_understood",
       why="under review names a requested item without a status: review, never silence", items={}),
    tg(name="tg-mixed-removed-and-unread",
       imitates="ticket updates that report some links and mention others without an outcome",
       body=f"""Hello,

Removed:
{M}2001

About {M}2002, please see case 8812.

Telegram Abuse""",
       outcome="applied", review="not_understood",
       why="the removal applies; the other requested item named without any status goes to review",
       items={M+"2001": "removed"}),
    xx(name="x-blocked-url-for-people-in-korea",
       imitates="X country withheld content notices with the post between verb and country",
       body=f"""Hello,

We blocked {XA}03 for people in South Korea after reviewing your demand.

X Legal""",
       outcome="applied", why="a removal verb scoped to Korea with the URL in between is a restriction",
       items={XA+"03": "restricted"}),
    tg(name="tg-channel-not-visible-wrapped-scope",
       imitates="Telegram's country-scoped channel notice, wrapped by the mail client",
       body="""Hello,

The channel https://t.me/harbor_files is no longer visible to
viewers in the Republic of Korea.

Telegram""",
       outcome="applied", why="the country scope on the next line of the same sentence makes it a restriction",
       items={M+str(i): "restricted" for i in range(2001, 2011)}),
    tg(name="tg-wont-delete-since",
       imitates="refusals with a reason",
       body=f"""Hello,

We won't delete {M}2003 since it breaks none of our rules.

Telegram Abuse""",
       outcome="applied", why="a refused removal with its reason, the URL between verb and reason",
       items={M+"2003": "rejected"}),
    nv(name="nv-paren-url-particle",
       imitates="Korean notices with the URL in parentheses followed by a particle",
       body=f"""안녕하세요.

게시물({NB}3)에 대해 삭제 조치를 완료했습니다.

감사합니다.""",
       outcome="applied", why="')' then a Korean particle ends the URL",
       items={NB+"3": "removed"}),
]

HEADER = """# DEVELOPMENT corpus set: written by tests/corpus/dev/make.py (do not edit by
# hand). The reader is tuned against this set only."""

if __name__ == "__main__":
    write_set(HERE, "dev", HEADER, CASES)
    print(f"{len(CASES)} cases written")
