#!/usr/bin/env python3
"""Blind set 709: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a Korean file host (webhard) and a paste site answering, often
informally, plus spreadsheets (CSV attachments) and plain-text tables.

    python3 tests/corpus/blind709/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result was written from the email's meaning alone, before any run
of the reader.
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

# ---------------------------------------------------------------- requests
FN = "https://www.filenamu.example/contents/view/"
F = {
    1: FN + "4410231",
    2: FN + "4410237",
    3: FN + "4410290",
    4: FN + "4411005",
    5: FN + "4411018",
    6: FN + "4412770",
    7: FN + "4412771",
    8: FN + "4413302",
    9: FN + "4413399",
    10: FN + "4414120",
    11: "https://m.filenamu.example/contents/view/4414188",
    12: "https://www.filenamu.example/seller/%EB%B0%A4%EB%B0%94%EB%8B%A4",
    13: FN + "4415006",
    14: FN + "4415047",
}
F12_RAW = "https://www.filenamu.example/seller/밤바다"
H = {
    1: "https://moonlit-gallery.example/uploads/2024/08/set-17.zip",
    2: "https://moonlit-gallery.example/uploads/2024/08/set-18.zip",
    3: "http://198.51.100.77/~kbox/pub/index.html",
    4: "https://quietlane-shop.example/p/clip-0931.html",
}
E = {
    1: "https://hanbyul-stream.example/live/ch-12",
    2: "https://hanbyul-stream.example/vod/88213",
    3: "https://cdn.edgeveil.example/u/7f3a9c/leak.mp4",
}
N = {
    1: "http://kcsc-refund-login.example/",
    2: "https://bluegate-casino88.example/",
}
D = {
    1: "https://dalbitforum.example/board/free/120331",
    2: "https://dalbitforum.example/board/free/120345",
    3: "https://dalbitforum.example/board/%EC%9E%A5%ED%84%B0/55012",
    4: "https://dalbitforum.example/board/%EC%9E%A5%ED%84%B0/55019",
    5: "https://dalbitforum.example/gallery/photo/9032",
}
D3_RAW = "https://dalbitforum.example/board/장터/55012"
D4_RAW = "https://dalbitforum.example/board/장터/55019"
T = {
    1: "https://tanuki-board.example/b/res/318842.html",
    2: "https://tanuki-board.example/b/res/318901.html",
    3: "https://img.tanuki-board.example/src/1725500012345.jpg",
}
P = {1: "https://pastenest.example/raw/Xk29vQ"}

REQUESTS = [
    # ref, platform, sent, due, urls, category, message-id stem, note
    ("KCSC-240902-01", "filenamu", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     [F[i] for i in range(1, 15)], "illegal_filming", "req-b709-240902-01", "webhard listings and one seller page"),
    ("KCSC-240903-02", "ferrishost", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [H[i] for i in range(1, 5)], "obscenity", "req-b709-240903-02", "files on customer sites hosted by Ferris"),
    ("KCSC-240904-03", "edgeveil", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     [E[i] for i in range(1, 4)], "illegal_filming", "req-b709-240904-03", "streaming site behind the CDN; one file on its storage"),
    ("KCSC-240905-04", "namebarn", "2024-09-05T15:20:00+09:00", "2024-09-12T18:00:00+09:00",
     [N[i] for i in range(1, 3)], "fraud_gambling", "req-b709-240905-04", "phishing and gambling domains"),
    ("KCSC-240906-05", "dalbitforum", "2024-09-06T14:10:00+09:00", "2024-09-13T18:00:00+09:00",
     [D[i] for i in range(1, 6)], "obscenity", "req-b709-240906-05", "forum posts; two in the market board"),
    ("KCSC-240909-06", "tanuki", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [T[i] for i in range(1, 4)], "illegal_filming", "req-b709-240909-06", "two threads and one image file"),
    ("KCSC-240910-07", "pastenest", "2024-09-10T16:45:00+09:00", "2024-09-17T18:00:00+09:00",
     [P[1]], "privacy", "req-b709-240910-07", "paste with personal data"),
]
REQ = {r[0]: r for r in REQUESTS}
STEM = {r[0]: r[6] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, stem, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, stem + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def quoted_request(ref, lang="en", raw=None):
    """The regulator's request text, as it would be quoted under a reply."""
    urls = list(REQ[ref][4])
    if raw:
        urls = [raw.get(u, u) for u in urls]
    if lang == "ko":
        lines = [f"[{ref}] 불법정보 삭제 요청", "",
                 "안녕하십니까, 방송통신심의위원회입니다.",
                 "아래 정보가 관련 법령에 위반되어 삭제 또는 접속차단을 요청드립니다.", ""]
    else:
        lines = [f"[{ref}] Request for removal of unlawful content", "",
                 "Dear abuse team,",
                 "The Korea Communications Standards Commission asks you to remove or",
                 "disable access to the following content:", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC Takedown Desk", "takedown@kcsc.example"]
    return lines


def gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def b64(text, enc="utf-8"):
    data = base64.b64encode(text.encode(enc)).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def enc_subject(s):
    return Header(s, "utf-8").encode()


def multipart(boundary, parts, subtype="mixed", extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for hdrs, body in parts:
        out.append(f"--{boundary}")
        out.extend(hdrs)
        out.append("")
        out.append(body.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def text_part(body, ctype="plain", cte="8bit"):
    hdrs = [f"Content-Type: text/{ctype}; charset=utf-8", f"Content-Transfer-Encoding: {cte}"]
    if cte == "base64":
        body = b64(body)
    elif cte == "quoted-printable":
        body = qp(body)
    return hdrs, body


def single_part(body, ctype="plain", cte="8bit"):
    hdrs, enc = text_part(body, ctype, cte)
    return "\n".join(hdrs) + "\n\n" + enc.rstrip("\n") + "\n"


def csv_part(name, rows):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return ([f'Content-Type: text/csv; charset=utf-8; name="{name}"',
             "Content-Transfer-Encoding: base64",
             f'Content-Disposition: attachment; filename="{name}"'], b64(buf.getvalue()))


def pend(d, *keys):
    return {d[k]: "pending" for k in keys}


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    nf = kw.get("name_from", "")
    if any(ord(ch) > 127 for ch in nf):
        kw["name_from"] = Header(nf, "utf-8").encode()
    CASES.append(kw)


# ===== FileNamu (webhard), KCSC-240902-01, 14 items =====

case(name="fn-kr-text-table", date="Wed, 04 Sep 2024 16:12:40 +0900",
     **{"from": "abuse@filenamu.example"}, name_from="파일나무 고객보호팀",
     subject="Re: [KCSC-240902-01] 불법정보 삭제 요청 - 조치 결과 회신",
     reply_to_req=STEM["KCSC-240902-01"],
     body=f"""
안녕하세요. 파일나무 고객보호팀입니다.
9월 2일 요청하신 건 중 1차 확인이 끝난 6건의 조치 결과를 알려드립니다.

 번호 | 게시물 주소                                          | 조치 결과
------+------------------------------------------------------+------------------------------
  1   | {F[1]} | 삭제 완료
  2   | {F[2]} | 삭제 완료
  3   | {F[3]} | 삭제 완료
  4   | {F[4]} | 판매 중지 및 비공개 처리
  5   | {F[5]} | 해당 게시물 없음(번호 확인 불가)
  6   | {F[6]} | 업로더 본인이 요청 전에 이미 삭제

나머지 8건은 확인이 끝나는 대로 다시 회신드리겠습니다.
업로더 계정 2개는 약관에 따라 이용 정지하였습니다.

파일나무 고객보호팀 드림
(주)나무데이터 | 청소년보호책임자 박지윤
""",
     outcome="applied", classification="confirmation",
     imitates="Korean webhard (웹하드) 조치 결과 reply with a plain-text pipe table",
     why="trusted FileNamu mail; a text table states 삭제/비공개 for four items, 게시물 없음 and an author deletion for two; the other eight are only promised",
     items={F[1]: "removed", F[2]: "removed", F[3]: "removed", F[4]: "removed",
            F[5]: "not_found", F[6]: "not_found"})

case(name="fn-csv-attachment", date="Thu, 05 Sep 2024 10:03:11 +0900",
     **{"from": "abuse@filenamu.example"}, name_from="파일나무 고객보호팀",
     subject=enc_subject("[KCSC-240902-01] 2차 조치 결과 (첨부 파일 참조)"),
     reply_to_req=STEM["KCSC-240902-01"],
     raw_mime=multipart("=_fn709csv", [
         text_part("""안녕하세요, 파일나무입니다.

요청 건(KCSC-240902-01)의 2차 조치 결과를 첨부한 엑셀(CSV) 파일로 보내드립니다.
확인 부탁드립니다.

감사합니다.
파일나무 고객보호팀
""", cte="base64"),
         csv_part("KCSC-240902-01_result2.csv", [
             ["번호", "URL", "조치결과", "조치일시"],
             ["7", F[7], "삭제", "2024-09-04 17:20"],
             ["8", F[8], "삭제", "2024-09-04 17:21"],
             ["9", F[9], "국내 접속 제한", "2024-09-04 17:40"],
             ["10", F[10], "삭제", "2024-09-04 17:44"],
             ["11", F[11], "게시물 없음", "-"],
         ]),
     ]),
     outcome="applied", classification="confirmation",
     imitates="webhard result sheet sent as a CSV attachment under a one-paragraph base64 body",
     why="the CSV attachment, from the platform itself, gives one status per URL: three deletions, a Korea-only restriction, one missing post",
     items={F[7]: "removed", F[8]: "removed", F[9]: "restricted", F[10]: "removed",
            F[11]: "not_found"})

case(name="fn-seller-page-particles", date="Fri, 06 Sep 2024 11:47:02 +0900",
     **{"from": "jh.seo@filenamu.example"}, name_from="서정훈",
     subject="RE: [KCSC-240902-01] 불법정보 삭제 요청",
     reply_to_req=STEM["KCSC-240902-01"],
     body=f"""
위원회 담당자님께,

남은 건 중 3건 처리 결과입니다.

- 판매자 페이지 {F12_RAW} 는 해당 판매자의 이용을 정지하고 페이지 전체를 비공개 처리하였습니다.
- {F[13]}은 삭제하였습니다.
- {F[14]}은 내부 검토 결과 불법촬영물이 아닌 정식 유통 성인물(등급분류 필)로 확인되어 게시를 유지합니다. 판단 근거 자료가 필요하시면 말씀해 주세요.

서정훈 / 파일나무 콘텐츠보호파트
02-555-0147
""",
     outcome="applied", classification="confirmation",
     imitates="webhard staff member's bulleted reply; URLs followed by Korean particles (은/는)",
     why="seller page made private (removed), one listing deleted, one kept as lawful rated content (rejected); the offer of documents is not a question to us",
     items={F[12]: "removed", F[13]: "removed", F[14]: "rejected"})

case(name="fn-promise-checking", date="Tue, 03 Sep 2024 18:30:55 +0900",
     **{"from": "abuse@filenamu.example"}, name_from="파일나무 고객보호팀",
     subject="Re: [KCSC-240902-01] 불법정보 삭제 요청",
     reply_to_req=STEM["KCSC-240902-01"],
     body=f"""
안녕하세요. 파일나무 고객보호팀입니다.

요청하신 14건은 현재 담당 부서에서 확인하고 있습니다.
특히 아래 2건은 업로더 소명 절차가 끝나는 대로 삭제 조치할 예정입니다.

{F[6]}
{F[7]}

처리 결과는 9월 6일까지 회신드리겠습니다.

파일나무 고객보호팀
""",
     outcome="review", classification="confirmation", review="not_understood",
     imitates="webhard interim reply: request under review, deletion promised after the uploader's explanation",
     why="only promises ('삭제 조치할 예정'); the two named items stay pending and the email needs a person",
     items=pend(F, 6, 7))

case(name="fn-bulk-all-deleted", date="Mon, 09 Sep 2024 09:15:30 +0900",
     **{"from": "abuse@filenamu.example"}, name_from="파일나무 고객보호팀",
     subject="Re: [KCSC-240902-01] 불법정보 삭제 요청 - 처리 완료",
     reply_to_req=STEM["KCSC-240902-01"],
     body="""
안녕하세요. 파일나무입니다.

KCSC-240902-01 건으로 요청하신 게시물 전체에 대해 삭제 조치를 완료하였습니다.
동일 파일의 재업로드를 막기 위해 필터링(해시) 등록도 마쳤습니다.

감사합니다.
파일나무 고객보호팀
""",
     outcome="review", classification="confirmation", review="bulk",
     imitates="webhard one-paragraph '요청하신 게시물 전체 삭제 완료' notice",
     why="a statement about all fourteen items of a many-item request without naming any: bulk review, nothing applied",
     items={F[i]: "pending" for i in range(1, 15)})

case(name="fn-read-receipt", date="Mon, 02 Sep 2024 13:05:09 +0900",
     **{"from": "abuse@filenamu.example"}, name_from="파일나무 고객보호팀",
     subject=enc_subject("읽음 확인: [KCSC-240902-01] 불법정보 삭제 요청"),
     raw_mime=multipart("=_mdn709", [
         (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"],
          "보내신 메일 \"[KCSC-240902-01] 불법정보 삭제 요청\"을(를) 수신자 abuse@filenamu.example 님이\n"
          "2024-09-02 13:05 에 읽었습니다.\n"),
         (["Content-Type: message/disposition-notification"],
          "Reporting-UA: webmail.filenamu.example; NamuMail 3.2\n"
          "Original-Recipient: rfc822;abuse@filenamu.example\n"
          "Final-Recipient: rfc822;abuse@filenamu.example\n"
          f"Original-Message-ID: <{STEM['KCSC-240902-01']}@kcsc.example>\n"
          "Disposition: manual-action/MDN-sent-manually; displayed\n"),
     ], subtype="report", extra="; report-type=disposition-notification"),
     outcome="ignored", classification="read_receipt",
     imitates="Korean webmail 읽음 확인 read receipt (RFC 8098 MDN)",
     why="a read receipt says nothing about any item")

case(name="fn-forged-dmarc-fail", date="Sat, 07 Sep 2024 02:14:44 +0900",
     **{"from": "abuse@filenamu.example"}, name_from="FileNamu Abuse", auth="fail",
     subject="Re: [KCSC-240902-01] 처리 완료",
     reply_to_req=STEM["KCSC-240902-01"],
     body=f"""
담당자님 안녕하세요.

아래 게시물은 모두 삭제 처리했습니다.
{F[1]}
{F[2]}
{F[8]}

추가 문의는 회신 주세요.
""",
     outcome="review", classification="confirmation", review="untrusted",
     imitates="short deletion notice whose FileNamu From fails DKIM/SPF/DMARC",
     why="claims of deletion from a FileNamu address that fails authentication: untrusted, nothing applied",
     items=pend(F, 1, 2, 8))

case(name="fn-outlook-original-message", date="Tue, 10 Sep 2024 14:55:21 +0900",
     **{"from": "jh.seo@filenamu.example"}, name_from="서정훈",
     subject="RE: [KCSC-240902-01] 불법정보 삭제 요청",
     reply_to_req=STEM["KCSC-240902-01"],
     body=f"""
안녕하세요, 파일나무 서정훈입니다.

누락되었던 2건 추가로 삭제 완료했습니다.
<{F[10]}>, <{F[11]}>

나머지는 앞서 회신드린 대로입니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:30 AM
To: abuse@filenamu.example
Subject: [KCSC-240902-01] 불법정보 삭제 요청

""" + "\n".join(quoted_request("KCSC-240902-01", "ko", {F[12]: F12_RAW})),
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply over '-----Original Message-----' with the request below",
     why="two URLs in angle brackets are stated deleted above the quoted request; the fourteen URLs in the quote are not statements",
     items={F[10]: "removed", F[11]: "removed", F[1]: "pending", F[14]: "pending"})

case(name="fn-qp-html-ticket-table", date="Wed, 11 Sep 2024 17:02:36 +0900",
     **{"from": "noreply@helpdesk.filenamu.example"}, name_from="파일나무 헬프데스크",
     subject=enc_subject("[처리완료] 신고 #FN-2024-0917 (KCSC-240902-01)"),
     raw_mime=multipart("=_fnhtml709", [
         text_part("""신고 #FN-2024-0917 처리 결과
1. 4410231 - 삭제
2. 4410237 - 삭제
3. 4410290 - 국내 IP 접속 차단
4. 4411005 - 게시물 없음
5. 4411018 - 검토 중
""", cte="quoted-printable"),
         text_part(f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 파일나무 헬프데스크입니다.<br>
접수하신 신고 <b>#FN-2024-0917</b> (KCSC-240902-01)의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>게시물 URL</th><th>처리 상태</th></tr>
<tr><td>1</td><td><a href="{F[1]}">{F[1]}</a></td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{F[2]}">{F[2]}</a></td><td>삭제</td></tr>
<tr><td>3</td><td><a href="{F[3]}">{F[3]}</a></td><td>국내 IP 접속 차단</td></tr>
<tr><td>4</td><td><a href="{F[4]}">{F[4]}</a></td><td>게시물 없음</td></tr>
<tr><td>5</td><td><a href="{F[5]}">{F[5]}</a></td><td>검토 중</td></tr>
</table>
<p>처리 기준은 <a href="https://www.filenamu.example/policy/illegal-content">불법정보 처리 정책</a>을 참고해 주세요.</p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>
""", ctype="html", cte="quoted-printable"),
     ], subtype="alternative"),
     outcome="applied", classification="confirmation",
     imitates="helpdesk 처리완료 notice, multipart/alternative, quoted-printable HTML table",
     why="HTML table: two deletions, a Korea-IP block (restricted), a missing post; '검토 중' is no statement so that item stays pending; the policy link is no item",
     items={F[1]: "removed", F[2]: "removed", F[3]: "restricted", F[4]: "not_found",
            F[5]: "pending"})

# ===== Ferris Hosting, KCSC-240903-02, 4 items =====

case(name="fh-abuse-desk-top-posted", date="Thu, 05 Sep 2024 08:41:17 +0000",
     **{"from": "abuse@ferrishost.example"}, name_from="Ferris Hosting Abuse Desk",
     subject="Re: [KCSC-240903-02] Request for removal of unlawful content [Abuse #AB-55120]",
     reply_to_req=STEM["KCSC-240903-02"],
     body=f"""
Hello,

Our customer has deleted the two archives below. We checked both links
this morning and they now return 404:

  {H[1]}
  {H[2]}

We are still talking to the customer about the rest of your list and will
update this ticket.

Regards,
Tomas Lindqvist
Abuse Desk, Ferris Hosting B.V.

On Tue, 3 Sep 2024 at 02:00, KCSC Takedown <takedown@kcsc.example> wrote:
{gt(quoted_request("KCSC-240903-02"))}
""",
     outcome="applied", classification="confirmation",
     imitates="hosting abuse desk reply in a ticket thread, top-posted over the quoted complaint",
     why="two archives stated deleted and verified 404; the other two appear only in the quoted request",
     items={H[1]: "removed", H[2]: "removed", H[3]: "pending", H[4]: "pending"})

case(name="fh-server-suspended", date="Fri, 06 Sep 2024 13:22:05 +0000",
     **{"from": "t.lindqvist@ferrishost.example"}, name_from="Tomas Lindqvist",
     subject="Re: [KCSC-240903-02] [Abuse #AB-55120]",
     reply_to_req=STEM["KCSC-240903-02"],
     body=f"""
Hi,

quick follow-up on 198.51.100.77: the customer did not answer, so we
suspended that VPS yesterday at 17:00 UTC. {H[3]} is offline
and the machine stays powered off until the customer contacts us.

Tomas
""",
     outcome="applied", classification="confirmation",
     imitates="informal hosting abuse follow-up: VPS suspended after the customer stayed silent",
     why="the server is suspended and the URL offline: removed, unhedged",
     items={H[3]: "removed"})

case(name="fh-refusal-and-gone", date="Mon, 09 Sep 2024 10:05:48 +0000",
     **{"from": "legal@ferrishost.example"}, name_from="Ferris Hosting Legal",
     subject="Re: [KCSC-240903-02] Request for removal of unlawful content",
     reply_to_req=STEM["KCSC-240903-02"],
     body=f"""
Dear Sir or Madam,

Our legal team has reviewed the page at
{H[4]}
The page sells licensed adult video downloads with age verification, and
we found no breach of our Acceptable Use Policy or of Dutch law, which
governs our service. We will therefore take no action on it. The site
owner remains free to act on your request directly.

As for {H[1]}: we could not locate any such file. The
path does not exist in the customer's account or anywhere on the server.

Kind regards,
M. de Vries
Legal & Compliance, Ferris Hosting B.V.
https://ferrishost.example/legal/aup
""",
     outcome="applied", classification="confirmation",
     imitates="hosting provider's legal team declining a foreign regulator's request under its AUP",
     why="H4 kept with a reason (rejected); H1 cannot be located, the path does not exist (not_found); the AUP link is no item",
     items={H[4]: "rejected", H[1]: "not_found"})

case(name="fh-customer-given-48h", date="Wed, 04 Sep 2024 07:30:00 +0000",
     **{"from": "abuse@ferrishost.example"}, name_from="Ferris Hosting Abuse Desk",
     subject="[Abuse #AB-55120] Your complaint has been forwarded to our customer",
     reply_to_req=STEM["KCSC-240903-02"],
     body=f"""
Hello,

We have passed your complaint about the following URLs to the customer
responsible for the server:

- {H[1]}
- {H[2]}

The customer has 48 hours to remove the material or explain why it is
lawful. If they do not respond in time, the service will be suspended.
We will let you know what happens.

Ferris Hosting Abuse Desk
""",
     outcome="review", classification="confirmation", review="not_understood",
     imitates="hosting abuse desk's 'complaint forwarded to customer, 48-hour deadline' notice",
     why="a deadline and a conditional suspension are no statement of status; the named items stay pending",
     items=pend(H, 1, 2))

case(name="fh-ticket-receipt-echo", date="Tue, 03 Sep 2024 02:00:41 +0000",
     **{"from": "noreply@ferrishost.example"}, name_from="Ferris Hosting Abuse",
     subject="[Abuse #AB-55120] We have received your report",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""
Thank you for your report. A ticket has been created: #AB-55120.
Our abuse team handles reports in the order received; you will get an
update on this ticket once it has been reviewed.

--- Your report ---
Reporter: KCSC Takedown Desk <takedown@kcsc.example>
Category: Unlawful content
URLs:
{H[1]}
{H[2]}
{H[3]}
{H[4]}
-------------------

Please do not reply to this message. To add information, use
https://ferrishost.example/abuse/ticket/AB-55120
""",
     outcome="ignored", classification="acknowledgement",
     imitates="abuse ticket-system receipt that echoes the submitted report",
     why="a pure receipt; the URLs are our own report echoed back",
     items=pend(H, 1, 2, 3, 4))

case(name="fh-csv-abuse-export", date="Wed, 11 Sep 2024 09:12:00 +0000",
     **{"from": "abuse@ferrishost.example"}, name_from="Ferris Hosting Abuse Desk",
     subject="[Abuse #AB-55120] Closed - summary attached",
     reply_to_req=STEM["KCSC-240903-02"],
     raw_mime=multipart("----=_Part_709_55120", [
         text_part("""Hello,

Ticket #AB-55120 (your ref. KCSC-240903-02) is now closed. The outcome for
each URL is in the attached export from our abuse system.

Ferris Hosting Abuse Desk
"""),
         csv_part("AB-55120.csv", [
             ["url", "action", "actioned_at_utc", "comment"],
             [H[1], "content_removed", "2024-09-04 16:02", "removed by customer after notice"],
             [H[2], "content_removed", "2024-09-04 16:02", "removed by customer after notice"],
             [H[3], "server_suspended", "2024-09-05 17:00", "no reply from customer"],
             [H[4], "no_action", "2024-09-09 09:58", "lawful under NL law; see legal reply"],
         ]),
     ]),
     outcome="applied", classification="confirmation",
     imitates="abuse-system ticket closure with a CSV export of per-URL actions",
     why="CSV from the host: two removals, one suspended server (removed), one no-action with its reason (rejected)",
     items={H[1]: "removed", H[2]: "removed", H[3]: "removed", H[4]: "rejected"})

case(name="fh-out-of-office", date="Tue, 03 Sep 2024 02:01:10 +0000",
     **{"from": "m.devries@ferrishost.example"}, name_from="Marleen de Vries",
     subject="Automatic reply: [KCSC-240903-02] Request for removal of unlawful content",
     reply_to_req=STEM["KCSC-240903-02"],
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email. Abuse reports are handled by the abuse desk
at abuse@ferrishost.example; please send your message there.

Met vriendelijke groet,
Marleen de Vries
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply' out-of-office",
     why="out-of-office auto-reply")

case(name="fh-forwarded-customer-reply", date="Thu, 05 Sep 2024 12:48:30 +0000",
     **{"from": "abuse@ferrishost.example"}, name_from="Ferris Hosting Abuse Desk",
     subject="Fwd: Re: [Abuse #AB-55120] complaint about moonlit-gallery.example",
     body=f"""
FYI, the customer's answer below.

Ferris Hosting Abuse Desk

---------- Forwarded message ---------
From: Owner <owner@moonlit-gallery.example>
Date: Thu, 5 Sep 2024 at 11:02
Subject: Re: [Abuse #AB-55120] complaint about moonlit-gallery.example
To: abuse@ferrishost.example

I deleted {H[1]} and {H[2]} from the server.
They were uploaded by a former member, sorry for the trouble.
""",
     outcome="review", classification="forwarded", review="forwarded",
     imitates="host forwarding its customer's answer without a statement of its own",
     why="the statement is the customer's, inside a forwarded message; the host itself says nothing about the items",
     items=pend(H, 1, 2))

# ===== EdgeVeil (CDN), KCSC-240904-03, 3 items =====

case(name="ev-cdn-not-the-host", date="Wed, 04 Sep 2024 19:20:14 +0000",
     **{"from": "abuse-reply@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
     subject="[EdgeVeil Abuse] Report received for hanbyul-stream.example [KCSC-240904-03]",
     reply_to_req=STEM["KCSC-240904-03"],
     body=f"""
Hello,

EdgeVeil provides a pass-through proxy and caching service for
hanbyul-stream.example. We are not the hosting provider for this website
and cannot remove content that is stored on another company's servers.

Regarding the URLs you reported:
  {E[1]}
  {E[2]}

we have forwarded your complaint to the website operator and to the
hosting provider, Ferris Hosting B.V. (abuse@ferrishost.example). The
hosting provider is best placed to act on it.

EdgeVeil Trust & Safety
https://edgeveil.example/abuse-policy
""",
     outcome="review", classification="confirmation", review="not_understood",
     imitates="Cloudflare-style CDN reply: not the host, complaint forwarded to operator and hosting provider",
     why="names the items but states neither removal nor a refusal on the merits; a clerk leaves them pending (arguable: see NOTES)",
     items=pend(E, 1, 2))

case(name="ev-storage-disabled-html", date="Thu, 05 Sep 2024 22:41:03 +0000",
     **{"from": "abuse-reply@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
     subject="Update on your report [KCSC-240904-03]",
     reply_to_req=STEM["KCSC-240904-03"],
     type="html",
     body=f"""
<html><body>
<p>Hello,</p>
<p>Following our review of your report (ref. KCSC-240904-03):</p>
<ul>
<li>The file <a href="{E[3]}">{E[3]}</a> was stored on EdgeVeil Storage, which we operate. We have <b>disabled</b> the file and purged it from our cache worldwide.</li>
<li>For <a href="{E[1]}">{E[1]}</a> we have blocked access from the Republic of Korea at our edge, as required by local law. The stream remains reachable elsewhere.</li>
</ul>
<p>You can see our transparency reporting at <a href="https://edgeveil.example/transparency">edgeveil.example/transparency</a>.</p>
<p>EdgeVeil Trust &amp; Safety</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="CDN trust-and-safety HTML update: own-storage file disabled, a stream geo-blocked for Korea",
     why="E3 disabled worldwide (removed); E1 blocked only from Korea (restricted)",
     items={E[3]: "removed", E[1]: "restricted"})

EV_TABLE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Here is the current state of the URLs in your report KCSC-240904-03.</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<thead><tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr></thead>
<tbody>
<tr><td>{E[1]}</td><td>Access blocked</td><td>Korea (KR) only</td></tr>
<tr><td>{E[2]}</td><td>Access blocked</td><td>Global</td></tr>
<tr><td>{E[3]}</td><td>File deleted</td><td>Global</td></tr>
</tbody></table>
<p>If the site operator appeals, we will let you know.</p>
<p>&mdash; EdgeVeil Trust &amp; Safety</p>
</body></html>
"""

case(name="ev-qp-html-table", date="Mon, 09 Sep 2024 03:15:27 +0000",
     **{"from": "abuse-reply@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
     subject="Action taken on your report [KCSC-240904-03]",
     reply_to_req=STEM["KCSC-240904-03"],
     raw_mime=single_part(EV_TABLE, ctype="html", cte="quoted-printable"),
     outcome="applied", classification="confirmation",
     imitates="CDN action summary as a single-part quoted-printable HTML table with a Scope column",
     why="Korea-only block (restricted), global block (removed), file deleted (removed)",
     items={E[1]: "restricted", E[2]: "removed", E[3]: "removed"})

case(name="ev-auto-reply-use-form", date="Wed, 04 Sep 2024 00:40:02 +0000",
     **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Abuse",
     subject="Re: [KCSC-240904-03] Request for removal of unlawful content",
     reply_to_req=STEM["KCSC-240904-03"],
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""
This is an automated message.

This mailbox does not process abuse complaints sent by email. To make
sure your report reaches the right team, please submit it through our
abuse form: https://edgeveil.example/abuse/report

Law enforcement and government agencies can use the dedicated channel
described at https://edgeveil.example/abuse/authorities

EdgeVeil Trust & Safety
""",
     outcome="ignored", classification="auto_reply",
     imitates="CDN abuse mailbox auto-responder pointing to the web form",
     why="auto-reply; the links are the platform's own forms, not items")

case(name="ev-wrong-platform-domain", date="Fri, 06 Sep 2024 09:55:40 +0000",
     **{"from": "abuse-reply@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
     subject="Phishing site kcsc-refund-login.example [KCSC-240905-04]",
     body=f"""
Hello,

Your request KCSC-240905-04 to the registrar was copied to us because the
phishing site uses our proxy service. We confirmed the phishing content
and have terminated our service for {N[1]}; visitors
now see an EdgeVeil interstitial warning page instead of the site.

EdgeVeil Trust & Safety
""",
     outcome="review", classification="confirmation", review="wrong_platform",
     imitates="CDN phishing-termination notice about a domain the regulator asked the registrar to act on",
     why="EdgeVeil states a status for an item of NameBarn's request: wrong platform, not applied",
     items=pend(N, 1))

case(name="ev-url-between-lines", date="Sat, 07 Sep 2024 06:02:18 +0000",
     **{"from": "j.okafor@edgeveil.example"}, name_from="Jide Okafor",
     subject="Re: [KCSC-240904-03] Request for removal of unlawful content",
     reply_to_req=STEM["KCSC-240904-03"],
     body=f"""
Hi KCSC team,

Storage team confirmed this morning that we have disabled
{E[3]}
across our whole network, and the customer's storage bucket is locked.

Best,
Jide
EdgeVeil T&S
""",
     outcome="applied", classification="confirmation",
     imitates="CDN staffer's short note with the URL on its own line inside the sentence",
     why="'we have disabled <URL> across our whole network': removed",
     items={E[3]: "removed"})

# ===== NameBarn (registrar), KCSC-240905-04, 2 items =====

case(name="nb-hold-and-refusal", date="Mon, 09 Sep 2024 14:31:50 +0000",
     **{"from": "abuse@namebarn.example"}, name_from="NameBarn Abuse Team",
     subject="Re: [KCSC-240905-04] Request for removal of unlawful content [NB-ABU-20931]",
     reply_to_req=STEM["KCSC-240905-04"],
     body=f"""
Dear KCSC,

Thank you for your report. Outcome per domain:

* kcsc-refund-login.example <{N[1]}>
  Phishing confirmed. The domain has been placed on clientHold and no
  longer resolves.

* bluegate-casino88.example <{N[2]}>
  The registrant holds a gaming licence in the jurisdiction where it
  operates. NameBarn does not act on website content of a lawful business
  under its registrar agreement, so the domain stays active. Please raise
  content issues with the hosting provider.

Regards,
NameBarn Abuse Team
https://namebarn.example/legal/abuse-policy
""",
     outcome="applied", classification="confirmation",
     imitates="registrar abuse reply: clientHold for phishing, no action on a content complaint",
     why="N1 on clientHold, no longer resolves (removed); N2 kept with a reason (rejected)",
     items={N[1]: "removed", N[2]: "rejected"})

case(name="nb-domain-deleted", date="Tue, 10 Sep 2024 08:04:12 +0000",
     **{"from": "compliance@namebarn.example"}, name_from="NameBarn Compliance",
     subject="Re: [KCSC-240905-04] Request for removal of unlawful content",
     reply_to_req=STEM["KCSC-240905-04"],
     body=f"""
Hello,

Regarding {N[1]}: that registration expired and was deleted at the
registry on 2 September 2024, before your request reached us. The domain
name does not exist at the moment, so there is nothing for us to act on.

NameBarn Compliance
""",
     outcome="applied", classification="confirmation",
     imitates="registrar compliance reply: domain already expired and deleted at the registry",
     why="the domain no longer exists (deleted before our request, not by the registrar): not_found",
     items={N[1]: "not_found"})

case(name="nb-forwarded-to-registrant", date="Fri, 06 Sep 2024 10:10:10 +0000",
     **{"from": "abuse@namebarn.example"}, name_from="NameBarn Abuse Team",
     subject="[NB-ABU-20931] Your complaint about bluegate-casino88.example",
     reply_to_req=STEM["KCSC-240905-04"],
     body=f"""
Hello,

In line with our abuse policy we have forwarded your complaint about
{N[2]} to the registrant and asked for a response within
five business days. Depending on the outcome we may suspend the domain.

We cannot share the registrant's contact details.

NameBarn Abuse Team
""",
     outcome="review", classification="confirmation", review="not_understood",
     imitates="registrar 'forwarded to registrant, may suspend' notice",
     why="'we may suspend' is a hedge after a forward; no status for the named item",
     items=pend(N, 2))

case(name="nb-reseller-unknown", date="Sat, 07 Sep 2024 03:33:00 +0000",
     **{"from": "support@webnest-reseller.example"}, name_from="WebNest Support", auth="pass",
     subject="Re: [KCSC-240905-04] phishing domain",
     reply_to_req=STEM["KCSC-240905-04"],
     body=f"""
Hi,

we are a NameBarn reseller and the domain {N[1]} is in one of our
customer accounts. We have suspended it on our side.

WebNest Support
""",
     outcome="review", classification="confirmation", review="unknown_sender",
     imitates="domain reseller answering for the registrar from its own domain",
     why="the sender's domain belongs to no configured platform: unknown sender, nothing applied",
     items=pend(N, 1))

case(name="nb-dsa-statement", date="Wed, 11 Sep 2024 12:00:00 +0000",
     **{"from": "dsa-notices@namebarn.example"}, name_from="NameBarn DSA Notices",
     subject="Statement of reasons - NB-SOR-2024-0911-017 [KCSC-240905-04]",
     reply_to_req=STEM["KCSC-240905-04"],
     body=f"""
STATEMENT OF REASONS (Art. 17 Regulation (EU) 2022/2065)

Reference:            NB-SOR-2024-0911-017
Notice received:      2024-09-05
Content concerned:    {N[1]}
Decision:             Suspension of the domain name service (DNS hold)
Territorial scope:    Worldwide
Duration:             Indefinite
Facts relied on:      Phishing pages imitating a public authority
Ground:               Breach of NameBarn Terms of Service, section 7.2
Automated means:      No automated means were used in taking this decision

Redress: the registrant may appeal at https://namebarn.example/appeals or
bring the matter before a court.
""",
     outcome="applied", classification="confirmation",
     imitates="DSA Art. 17 statement of reasons in key-value form",
     why="worldwide suspension of the domain: removed; the appeal page is no item",
     items={N[1]: "removed"})

# ===== Dalbit Forum (Korean community), KCSC-240906-05, 5 items =====

DF_QUOTE = quoted_request("KCSC-240906-05", "ko", {D[3]: D3_RAW, D[4]: D4_RAW})

case(name="df-admin-one-line", date="Fri, 06 Sep 2024 22:48:19 +0900",
     **{"from": "admin@dalbitforum.example"}, name_from="달빛포럼 운영자",
     subject="Re: [KCSC-240906-05] 불법정보 삭제 요청",
     reply_to_req=STEM["KCSC-240906-05"],
     body=f"""
운영자입니다. {D[1]} 글 지웠습니다.

2024년 9월 6일 (금) 오후 2:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
{gt(DF_QUOTE)}
""",
     outcome="applied", classification="confirmation",
     imitates="small-forum admin's one-line Gmail reply over the quoted request",
     why="one post stated deleted; the other four appear only in the quote",
     items={D[1]: "removed", D[2]: "pending", D[3]: "pending", D[5]: "pending"})

case(name="df-numbered-arrows", date="Sun, 08 Sep 2024 11:20:44 +0900",
     **{"from": "admin@dalbitforum.example"}, name_from="달빛포럼 운영자",
     subject="Re: [KCSC-240906-05] 불법정보 삭제 요청 - 나머지 처리 결과",
     reply_to_req=STEM["KCSC-240906-05"],
     body=f"""
안녕하세요, 달빛포럼 운영진입니다.
나머지 글 처리 결과 알려드립니다.

1. {D[2]} → 블라인드 처리
2. {D3_RAW} → 임시조치(30일), 작성자 소명 대기
3. {D4_RAW} → 작성자가 이미 삭제한 글입니다
4. {D[5]} → 확인해 보니 일반 풍경 사진이라 삭제하지 않았습니다

문의는 이 메일로 주시면 됩니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Korean forum operator's numbered list with arrows; raw Korean board paths",
     why="블라인드 (removed), 임시조치 (restricted), deleted by its author (not_found), kept as an ordinary photo (rejected)",
     items={D[2]: "removed", D[3]: "restricted", D[4]: "not_found", D[5]: "rejected"})

case(name="df-url-below-statement", date="Mon, 09 Sep 2024 09:02:57 +0900",
     **{"from": "staff@dalbitforum.example"}, name_from="달빛포럼",
     subject="Re: [KCSC-240906-05] 불법정보 삭제 요청",
     reply_to_req=STEM["KCSC-240906-05"],
     body=f"""
안녕하세요.

아래 게시물은 작성 회원의 강제 탈퇴 처리와 함께 운영자 삭제되었습니다.
{D[5]}

감사합니다.
달빛포럼 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="forum staff notice with the URL on the line below the statement",
     why="운영자 삭제 of the post on the line below: removed",
     items={D[5]: "removed"})

case(name="df-hedge-seems-deleted", date="Sat, 07 Sep 2024 01:15:06 +0900",
     **{"from": "mod.haneul@dalbitforum.example"}, name_from="하늘 (부운영자)",
     subject="Re: [KCSC-240906-05] 불법정보 삭제 요청",
     reply_to_req=STEM["KCSC-240906-05"],
     body=f"""
부운영자 하늘입니다.
확인해 보니 {D[1]} 글은 이미 지워진 것 같습니다.
나머지 글은 제가 권한이 없어서 운영자님께 전달해 두었습니다.
""",
     outcome="review", classification="confirmation", review="not_understood",
     imitates="forum moderator's informal hedged reply ('지워진 것 같습니다')",
     why="'seems to have been deleted' is a hedge; the rest only passed on: nothing applied",
     items=pend(D, 1))

case(name="df-out-of-office-kr", date="Mon, 09 Sep 2024 08:00:03 +0900",
     **{"from": "admin@dalbitforum.example"}, name_from="달빛포럼 운영자",
     subject=enc_subject("[자동응답] Re: [KCSC-240906-05] 불법정보 삭제 요청"),
     reply_to_req=STEM["KCSC-240906-05"],
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
[자동응답] 운영자 휴가로 9월 9일부터 9월 13일까지 메일 확인이 늦어집니다.
급한 신고는 게시판 우측 상단 '신고하기' 메뉴를 이용해 주세요.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean webmail 자동응답 vacation reply",
     why="out-of-office auto-reply")

case(name="df-moderator-gmail", date="Sun, 08 Sep 2024 20:40:31 +0900",
     **{"from": "dalbit.submod@gmail.com"}, name_from="달빛포럼 부운영자",
     subject="Re: [KCSC-240906-05] 불법정보 삭제 요청",
     reply_to_req=STEM["KCSC-240906-05"],
     body=f"""
달빛포럼 부운영자입니다. 포럼 메일 계정이 없어서 개인 메일로 답장드려요.

{D[1]}
{D[2]}
위 두 글 삭제했습니다.
""",
     outcome="review", classification="confirmation", review="unknown_sender",
     imitates="forum moderator answering from a personal Gmail address",
     why="gmail.com is no platform's domain: unknown sender, nothing applied",
     items=pend(D, 1, 2))

case(name="df-receipt-plus-statement", date="Sat, 07 Sep 2024 10:05:37 +0900",
     **{"from": "admin@dalbitforum.example"}, name_from="달빛포럼 운영자",
     subject="Re: [KCSC-240906-05] 불법정보 삭제 요청",
     reply_to_req=STEM["KCSC-240906-05"],
     body=f"""
안녕하세요. 요청 메일 잘 접수하였습니다.

다만 {D[2]} 글은 다른 회원 신고가 누적되어 어제 이미 블라인드 처리되었습니다.
나머지 글은 주말 중에 확인하겠습니다.

달빛포럼 운영자 드림
""",
     outcome="applied", classification="confirmation",
     imitates="forum receipt that also states one post already blinded",
     why="an acknowledgement phrase plus an unhedged 블라인드 statement about a named post: applied (removed); the rest is a promise",
     items={D[2]: "removed"})

# ===== Tanuki Board (image board), KCSC-240909-06, 3 items =====

case(name="tb-admin-nuked", date="Mon, 09 Sep 2024 23:58:12 +0900",
     **{"from": "admin@tanuki-board.example"}, name_from="tanuki admin",
     subject="Re: [KCSC-240909-06] Request for removal of unlawful content",
     reply_to_req=STEM["KCSC-240909-06"],
     body=f"""
nuked {T[1]} and {T[2]}, poster banned, file hashes added to the filter.
the image link is from another site i think, not ours. will check tomorrow

- admin
""",
     outcome="applied", classification="confirmation",
     imitates="image-board admin's lowercase one-liner",
     why="both threads 'nuked' (removed); the remark on the image is a hedge ('i think', 'will check') and names no URL",
     items={T[1]: "removed", T[2]: "removed", T[3]: "pending"})

case(name="tb-image-not-ours", date="Tue, 10 Sep 2024 12:30:40 +0900",
     **{"from": "admin@tanuki-board.example"}, name_from="tanuki admin",
     subject="Re: [KCSC-240909-06] Request for removal of unlawful content",
     reply_to_req=STEM["KCSC-240909-06"],
     body=f"""
checked the storage: {T[3]} does not exist on our
image server and there is no post in any board that ever referenced that
filename. maybe a typo in the link? anyway nothing there.
""",
     outcome="applied", classification="confirmation",
     imitates="image-board admin's follow-up: file not on the server",
     why="'does not exist on our image server', no post ever referenced it: not_found (the 'typo?' aside is no hedge on the finding)",
     items={T[3]: "not_found"})

case(name="tb-bounce-dsn", date="Mon, 09 Sep 2024 10:00:22 +0900",
     **{"from": "MAILER-DAEMON@mail.tanuki-board.example"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=multipart("B709.1725843622/mail.tanuki-board.example", [
         (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
          "This is the mail system at host mail.tanuki-board.example.\n\n"
          "I'm sorry to have to inform you that your message could not\n"
          "be delivered to one or more recipients.\n\n"
          "<janitor@tanuki-board.example>: mailbox unavailable: user unknown\n"),
         (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
          "Reporting-MTA: dns; mail.tanuki-board.example\n"
          "Arrival-Date: Mon,  9 Sep 2024 10:00:20 +0900 (KST)\n\n"
          "Final-Recipient: rfc822; janitor@tanuki-board.example\n"
          "Action: failed\nStatus: 5.1.1\n"
          "Diagnostic-Code: X-Postfix; mailbox unavailable: user unknown\n"),
         (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
          "From: KCSC Takedown <takedown@kcsc.example>\n"
          "To: janitor@tanuki-board.example\n"
          "Subject: [KCSC-240909-06] Request for removal of unlawful content\n"
          f"Message-ID: <{STEM['KCSC-240909-06']}-cc@kcsc.example>\n"
          "Date: Mon, 9 Sep 2024 10:00:00 +0900\n\n"
          + "\n".join(quoted_request("KCSC-240909-06")) + "\n"),
     ], subtype="report", extra="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN for a copy sent to a mailbox that does not exist",
     why="a bounce: the URLs are in our own returned request",
     items=pend(T, 1, 2, 3))

case(name="tb-plain-text-table", date="Wed, 11 Sep 2024 02:11:09 +0900",
     **{"from": "admin@tanuki-board.example"}, name_from="tanuki admin",
     subject="Re: [KCSC-240909-06] status",
     reply_to_req=STEM["KCSC-240909-06"],
     body=f"""
status of your three links, as of now:

URL                                                        STATUS   NOTE
---------------------------------------------------------- -------- ---------------------------
{T[1]:<58} deleted  thread and all replies
{T[2]:<58} kept     drawn art, no real person
{T[3]:<58} 404      never on our storage

if you disagree about the second one send me which post number exactly.
""",
     outcome="applied", classification="confirmation",
     imitates="image-board admin's aligned plain-text status table",
     why="deleted (removed), kept with a reason (rejected), never on the storage (not_found); the closing line invites but does not ask for more before acting",
     items={T[1]: "removed", T[2]: "rejected", T[3]: "not_found"})

case(name="tb-moved-to-18plus", date="Thu, 12 Sep 2024 19:44:00 +0900",
     **{"from": "mods@tanuki-board.example"}, name_from="Tanuki Board mods",
     subject="Re: [KCSC-240909-06] Request for removal of unlawful content",
     reply_to_req=STEM["KCSC-240909-06"],
     body=f"""
Hello,

We moved the thread {T[2]} to our 18+ board.
It now sits behind the age confirmation gate and is no longer visible
to guests. The drawings themselves are within our rules, so we did not
delete them.

Tanuki Board moderation team
""",
     outcome="applied", classification="confirmation",
     imitates="image-board moderators moving a thread behind an age gate",
     why="age-gated, not deleted: restricted",
     items={T[2]: "restricted"})

# ===== PasteNest, KCSC-240910-07, 1 item =====

case(name="pn-done-one-line", date="Tue, 10 Sep 2024 18:02:44 +0000",
     **{"from": "abuse@pastenest.example"}, name_from="PasteNest Abuse",
     subject="Re: [KCSC-240910-07] Request for removal of unlawful content",
     reply_to_req=STEM["KCSC-240910-07"],
     body=f"""
Done, paste removed.

On Tue, Sep 10, 2024 at 7:45 AM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(quoted_request("KCSC-240910-07"))}
""",
     outcome="applied", classification="confirmation",
     imitates="paste-site abuse desk's two-word reply over the quoted request",
     why="the only statement, answering a one-item request: removed (the URL is only in the quote)",
     items={P[1]: "removed"})

case(name="pn-base64-author-deleted", date="Wed, 11 Sep 2024 04:20:19 +0000",
     **{"from": "support@pastenest.example"}, name_from="PasteNest Support",
     subject="Re: [KCSC-240910-07] Request for removal of unlawful content",
     reply_to_req=STEM["KCSC-240910-07"],
     raw_mime=single_part(f"""Hi,

We looked into {P[1]}
The paste had already been deleted by the account that created it on
10 September, a few hours before your message arrived, so there was
nothing left for us to remove.

PasteNest Support
""", cte="base64"),
     outcome="applied", classification="confirmation",
     imitates="paste-site support reply in a base64 body: deleted by its creator before the request",
     why="already deleted by its author: not_found",
     items={P[1]: "not_found"})

case(name="pn-helpdesk-receipt", date="Tue, 10 Sep 2024 07:46:05 +0000",
     **{"from": "support@pastenest.example"}, name_from="PasteNest Support",
     subject="[PasteNest #8812] Re: [KCSC-240910-07] Request for removal of unlawful content",
     reply_to_req=STEM["KCSC-240910-07"],
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
Hi there,

Thanks for contacting PasteNest support! Your request (#8812) has been
received and a member of our small team will get back to you within
3 business days.

You can reply to this email to add details to your request.

-- PasteNest Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="helpdesk (Zendesk-like) automatic ticket receipt",
     why="a pure receipt with a ticket number")

case(name="pn-asks-legal-basis", date="Thu, 12 Sep 2024 15:37:28 +0000",
     **{"from": "legal@pastenest.example"}, name_from="PasteNest Legal",
     subject="Re: [KCSC-240910-07] Request for removal of unlawful content",
     reply_to_req=STEM["KCSC-240910-07"],
     body=f"""
Hello,

Before we can act on {P[1]} we need a little more
from you. Could you tell us which lines of the paste contain the personal
data you object to, and under which provision of Korean law the content
is unlawful? We are a two-person company based in Estonia and we only
remove pastes on a court order or a clear legal basis.

Thanks,
Kaarel
PasteNest
""",
     outcome="review", classification="request_for_info", review="asks_more",
     imitates="small service asking for the legal basis before acting",
     why="asks us for details before acting; the item stays pending",
     items=pend(P, 1))


HEADER = """# Blind set 709 (tests/corpus/blind709/make.py writes this file).
# Hosting providers, a CDN, a registrar, a Korean forum, an image board, a
# Korean webhard and a paste site; CSV attachments and plain-text tables.
# Expected results written from each email's meaning before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind709", HEADER, CASES)
