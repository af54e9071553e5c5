#!/usr/bin/env python3
"""Blind set 579: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Nate) writing in Korean and English,
plus the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind579/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before any
run of the reader. All names, URLs and ids are fictional.
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

SET = "blind579"

# ---------------------------------------------------------------- requests
R_NAVER, R_DAUM, R_DC, R_SOOP, R_FMK, R_PPOM, R_NATE = (
    "KCSC-240909-01", "KCSC-240910-02", "KCSC-240911-03", "KCSC-240912-04",
    "KCSC-240913-05", "KCSC-240913-06", "KCSC-240916-07")

N1 = "https://blog.naver.com/moonlit_cat77/223541870012"
N2 = "https://blog.naver.com/moonlit_cat77/223541870455"
N3 = "https://blog.naver.com/gold_tiger_kr/223538812203"
N4 = "https://cafe.naver.com/bluewave2020/118233"
N5 = "https://cafe.naver.com/bluewave2020/118240"
N6 = "https://cafe.naver.com/jjangstock/55012"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38112233&memberNo=51234567"
N9 = "https://blog.naver.com/PostView.naver?blogId=haneul_log&logNo=223530019876"
N10 = "https://cafe.naver.com/ArticleRead.nhn?clubid=30123456&articleid=7781"
N11 = "https://tv.naver.com/v/61234567"
N12 = "https://blog.naver.com/seoul_night_owl/223545550101"
N13 = "https://cafe.naver.com/dreamcoinclub/20417"
N14 = "https://blog.naver.com/seoul_night_owl/223545550388"

D1 = "https://cafe.daum.net/moneytalk88/Zx1P/3321"
D2 = "https://ruby-note.tistory.com/entry/%EC%9C%A0%EC%B6%9C-%EC%98%81%EC%83%81-%EB%AA%A8%EC%9D%8C"
D2_RAW = "https://ruby-note.tistory.com/entry/유출-영상-모음"
D3 = "https://ruby-note.tistory.com/entry/%EB%8F%84%EB%B0%95-%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%B6%94%EC%B2%9C"
D3_RAW = "https://ruby-note.tistory.com/entry/도박-사이트-추천"
D4 = "https://cafe.daum.net/moneytalk88/Zx1P/3325"

C1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812345"
C2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812399"
C3 = "https://gall.dcinside.com/mgallery/board/view/?id=nightlife_kr&no=20451"
C4 = "https://gall.dcinside.com/mgallery/board/view/?id=nightlife_kr&no=20466"
C5 = "https://gall.dcinside.com/mini/board/view/?id=hwanghon&no=3107"

S1 = "https://vod.sooplive.co.kr/player/131245678"
S2 = "https://vod.sooplive.co.kr/player/131245990"
S3 = "https://ch.sooplive.co.kr/nightbj0707/post/88123456"

F1 = "https://www.fmkorea.com/7412365890"
F2 = "https://www.fmkorea.com/7412369012"

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9123456"

T1 = "https://pann.nate.com/talk/372345678"
T2 = "https://pann.nate.com/talk/372345811"
T3 = "https://pann.nate.com/talk/372346002"

REQUESTS = [
    (R_NAVER, "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14], "illegal_gambling",
     'NAVER blog, cafe, kin, post and TV; "urgent" per 통신심의소위, batch A'),
    (R_DAUM, "daum", "2024-09-10T10:30:00+09:00", "2024-09-17T18:00:00+09:00",
     [D1, D2, D3, D4], "illegal_filming", "Daum cafe and Tistory (Kakao), Korean slugs"),
    (R_DC, "dcinside", "2024-09-11T09:40:00+09:00", "2024-09-18T18:00:00+09:00",
     [C1, C2, C3, C4, C5], "defamation", "DC Inside galleries, main, minor and mini"),
    (R_SOOP, "soop", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [S1, S2, S3], "obscene", "SOOP VODs and a channel post"),
    (R_FMK, "fmkorea", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [F1, F2], "privacy", "FM Korea, personal data exposure"),
    (R_PPOM, "ppomppu", "2024-09-13T10:20:00+09:00", "2024-09-20T18:00:00+09:00",
     [P1], "fraud", "Ppomppu free board, one post"),
    (R_NATE, "nate", "2024-09-16T09:30:00+09:00", "2024-09-23T18:00:00+09:00",
     [T1, T2, T3], "defamation", "Nate Pann talk posts"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, "<%s@kcsc.example>" % msgid(ref), note])


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047 encode a subject (or display name) holding non-ASCII text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted_request(ref, urls, style="outlook", when="Mon, 9 Sep 2024 10:00", to="policy@navercorp.com"):
    lines = ["안녕하세요. 방송통신심의위원회입니다.",
             "아래 게시물에 대해 시정요구(삭제 또는 접속차단)를 요청드립니다. (%s)" % ref, ""]
    lines += urls
    lines += ["", "처리 결과를 회신해 주시기 바랍니다.", "KCSC 통신심의 담당"]
    if style == "outlook":
        head = ["", "-----Original Message-----",
                "From: KCSC Takedown <takedown@kcsc.example>",
                "Sent: %s" % when, "To: %s" % to,
                "Subject: [%s] 시정요구 요청" % ref, ""]
        return "\n".join(head + lines)
    head = ["", "On %s AM KCSC Takedown <takedown@kcsc.example> wrote:" % when]
    return "\n".join(head + ["> " + l if l else ">" for l in lines])


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= NAVER
case(name="naver-ko-numbered-results", from_="policy@navercorp.com",
     name_from=subj("네이버 게시중단 담당"),
     date="Wed, 11 Sep 2024 15:12:40 +0900", subject=subj("[네이버] 시정요구 처리 결과 안내 (KCSC-240909-01)"),
     reply_to_req=msgid(R_NAVER), body=f"""
안녕하세요, 방송통신심의위원회 담당자님.
네이버 게시중단 요청 처리 담당입니다.

귀 위원회의 시정요구(KCSC-240909-01)에 대한 1차 처리 결과를 아래와 같이 알려드립니다.

1. {N1}
   - 처리 결과: 게시중단 (블로그 게시물 비노출)
2. {N2}
   - 처리 결과: 삭제
3. {N3}
   - 처리 결과: 임시조치 (30일)
4. {N12}
   - 처리 결과: 해당 게시물 없음 (작성자가 이미 삭제함)

나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.
게시중단 관련 정책은 https://policy.naver.com/policy/service.html 에서 확인하실 수 있습니다.

감사합니다.
NAVER 게시중단 요청 처리 담당
""", outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청서비스 처리 결과 notice (numbered list, status on the line below)",
     why="four blog posts each with its own result: 게시중단/삭제 removed, 임시조치 restricted, 게시물 없음 not_found",
     items={N1: "removed", N2: "removed", N3: "restricted", N12: "not_found"})

ALT_TEXT = f"""Dear KCSC team,

Please find below the outcome for the NAVER Cafe posts in your request KCSC-240909-01.

{N4}
  Deleted by NAVER (violation of the Cafe operation policy)
{N5}
  Restricted: visible to adult-verified (19+) members only
{N6}
  No action: no violation of law or of NAVER policy was found; the post stays up
{N13}
  Not found: the cafe article no longer exists

Kind regards,
NAVER Cafe Trust & Safety
"""
ALT_HTML = f"""<html><body style="font-family:sans-serif">
<p>Dear KCSC team,</p>
<p>Please find below the outcome for the NAVER Cafe posts in your request KCSC-240909-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>URL</th><th>Result</th><th>Details</th></tr>
<tr><td>1</td><td><a href="{N4}">{N4}</a></td><td>Deleted</td><td>Violation of the Cafe operation policy</td></tr>
<tr><td>2</td><td><a href="{N5}">{N5}</a></td><td>Restricted</td><td>Visible to adult-verified (19+) members only</td></tr>
<tr><td>3</td><td><a href="{N6}">{N6}</a></td><td>No action</td><td>No violation of law or of NAVER policy was found; the post stays up</td></tr>
<tr><td>4</td><td><a href="{N13}">{N13}</a></td><td>Not found</td><td>The cafe article no longer exists</td></tr>
</table>
<p>Kind regards,<br>NAVER Cafe Trust &amp; Safety<br>
<a href="https://help.naver.com/service/5622/category/bookmark">Cafe help centre</a></p>
</body></html>"""
case(name="naver-en-cafe-html-table", from_="cafe-safety@navercorp.com", name_from="NAVER Cafe Trust & Safety",
     date="Thu, 12 Sep 2024 10:41:03 +0900", subject="Re: [KCSC-240909-01] Removal request - NAVER Cafe results",
     reply_to_req=msgid(R_NAVER), raw_mime=f"""Content-Type: multipart/alternative; boundary="nv-alt-0912"

--nv-alt-0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ALT_TEXT}
--nv-alt-0912
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{ALT_HTML}
--nv-alt-0912--
""", outcome="applied", classification="confirmation",
     imitates="NAVER Cafe moderation outcome mail, multipart/alternative with an HTML results table",
     why="one row per cafe post: deleted, adult-only, no action (stays up), article no longer exists",
     items={N4: "removed", N5: "restricted", N6: "rejected", N13: "not_found"})

CSV_ATT = "\ufeff" + "\n".join([
    "번호,URL,조치결과,비고",
    f"1,{N7},삭제,지식iN 질문과 답변 모두 삭제",
    f"2,{N8},삭제,",
    f"3,{N9},접근제한,국내 접속 제한",
    f"4,{N10},게시물 없음,이미 삭제된 게시물",
    f"5,{N11},조치 불가,위반 사항 확인되지 않아 게시 유지",
]) + "\n"
case(name="naver-csv-attachment", from_="policy@navercorp.com", name_from="NAVER Policy",
     date="Fri, 13 Sep 2024 17:05:22 +0900", subject=subj("RE: [KCSC-240909-01] 조치 결과 회신 (첨부)"),
     reply_to_req=msgid(R_NAVER), raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NV_20240913_1705"

------=_NV_20240913_1705
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요.
KCSC-240909-01 건 중 지식iN, 포스트, 블로그, 카페, 네이버TV 게시물 5건의 조치 결과를
첨부 파일(CSV)로 송부드립니다. 확인 부탁드립니다.

네이버 정책지원팀 드림

------=_NV_20240913_1705
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240909-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240909-01.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
------=_NV_20240913_1705--
""", outcome="applied", classification="confirmation",
     imitates="Korean portal 시정요구 조치결과 spreadsheet sent back as a CSV attachment",
     why="CSV rows: 삭제 x2 removed, 접근제한 (국내) restricted, 게시물 없음 not_found, 조치 불가 (no violation) rejected",
     items={N7: "removed", N8: "removed", N9: "restricted", N10: "not_found", N11: "rejected"})

case(name="naver-top-posted-over-request", from_="sujin.park@navercorp.com", name_from="Park Sujin",
     date="Tue, 10 Sep 2024 16:20:11 +0900", subject=subj("RE: [KCSC-240909-01] 시정요구 요청"),
     reply_to_req=msgid(R_NAVER), body=f"""
담당자님 안녕하세요,

요청하신 건 가운데 아래 두 게시물은 오늘 오후 블라인드 처리하였습니다.
- {N2}
- {N4}

나머지 게시물은 서비스별 담당 부서에서 검토 중입니다.

박수진 / 네이버 정책지원팀
""" + quoted_request(R_NAVER, [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]),
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted staff reply over the regulator's quoted request",
     why="two posts blinded (removed) in the new text; the 14 URLs of the quoted request below say nothing",
     items={N2: "removed", N4: "removed"})

QP_BODY = f"""안녕하세요. 네이버 TV·블로그 운영팀입니다.
KCSC-240909-01 건 중 영상 1건과 블로그 게시물 1건에 대한 검토 결과입니다.

아래 영상은 청소년에게 유해한 내용으로 판단되어 19세 미만 이용자의 시청을 제한했습니다.
{N11}

아래 게시물은 검토 결과 법령 및 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
{N3}

이의가 있으시면 https://help.naver.com/alias/contents2/naverTv.naver 로 문의해 주세요.
감사합니다.
"""
case(name="naver-qp-url-below-statement", from_="tv_help@naver.com", name_from="NAVER TV",
     date="Thu, 12 Sep 2024 09:03:57 +0900", subject=subj("[네이버TV] 요청하신 게시물 검토 결과"),
     reply_to_req=msgid(R_NAVER), raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}""", outcome="applied", classification="confirmation",
     imitates="NAVER TV / blog review result mail, quoted-printable, each URL on the line after its statement",
     why="video age-restricted (19세 미만 시청 제한) restricted; blog post kept up, no violation: rejected",
     items={N11: "restricted", N3: "rejected"})

case(name="naver-bare-url-arrow-status", from_="cafe_admin@naver.com", name_from="NAVER Cafe",
     date="Fri, 13 Sep 2024 11:30:00 +0900", subject=subj("Re: [KCSC-240909-01] 카페 게시물 처리 결과"),
     reply_to_req=msgid(R_NAVER), body=f"""
{N6}
→ 삭제 완료

{N13}
→ 삭제 완료

{N5}
→ 게시물을 찾을 수 없음 (잘못된 주소이거나 작성자가 이미 삭제함)

-- 
네이버 카페 운영지원
""", outcome="applied", classification="confirmation",
     imitates="terse cafe-operations reply: bare URL, result on the next line after an arrow",
     why="two cafe posts deleted; the third cannot be found (bad address or deleted by its author): not_found",
     items={N6: "removed", N13: "removed", N5: "not_found"})

case(name="naver-en-gmail-quote-angle", from_="jiwoo.han@navercorp.com", name_from="Jiwoo Han",
     date="Wed, 11 Sep 2024 11:48:31 +0900", subject="Re: [KCSC-240909-01] Removal request",
     reply_to_req=msgid(R_NAVER), body=f"""
Hi,

Following up on your request. The two cafe posts below were removed by our Cafe
operations team this morning:

<{N10}>
<{N4}>

I'll get back to you on the blog items separately.

Best,
Jiwoo Han
Trust & Safety, NAVER Corp.
""" + quoted_request(R_NAVER, [N1, N2, N3, N4, N10, N12], style="gmail", when="Mon, Sep 9, 2024 at 10:00"),
     outcome="applied", classification="confirmation",
     imitates="Gmail-style English reply from a NAVER Trust & Safety employee, URLs in angle brackets, '>' quoted request",
     why="two cafe posts removed; the '>' quoted request lists blog URLs that stay pending",
     items={N10: "removed", N4: "removed"})

case(name="naver-dsa-style-statement", from_="dsa-notice@navercorp.com", name_from="NAVER Content Moderation",
     date="Sat, 14 Sep 2024 02:10:45 +0900", subject="Statement of reasons - notice KCSC-240909-01",
     body=f"""
STATEMENT OF REASONS

Notice reference: KCSC-240909-01
Notifier: Korea Communications Standards Commission
Date of decision: 2024-09-13

Item 1
  Content: {N8}
  Decision: removal of the content
  Legal ground: illegal information (Information and Communications Network Act, Art. 44-7)
  Automated means used in the decision: no

Item 2
  Content: {N9}
  Decision: access to the content disabled for users in the Republic of Korea only
  Legal ground: illegal information under Korean law
  Automated means used in the decision: no

Redress: the uploader may appeal at https://help.naver.com/support/contents/appeal.help
This notice was generated by NAVER's moderation system; replies are not monitored.
""", outcome="applied", classification="confirmation",
     imitates="DSA Art. 17 statement-of-reasons layout applied to a NAVER notice",
     why="post removed; blog post disabled in Korea only (geo restriction) restricted; the appeal link is not an item",
     items={N8: "removed", N9: "restricted"})

case(name="naver-echoed-report-blocks", from_="report@naver.com", name_from=subj("네이버 신고센터"),
     date="Sun, 15 Sep 2024 13:00:02 +0900", subject=subj("[네이버 신고센터] 신고 처리 결과 안내"),
     reply_to_req=msgid(R_NAVER), body=f"""
네이버 신고센터입니다. 신고하신 내용의 처리 결과를 안내해 드립니다.

[신고 내용 1]
신고 유형 : 불법정보 (방송통신심의위원회 시정요구)
신고 URL : {N3}
신고 사유 : 불법 도박 사이트 홍보
[처리 결과 1]
처리 상태 : 처리 완료
처리 내용 : 게시물 삭제

[신고 내용 2]
신고 유형 : 불법정보 (방송통신심의위원회 시정요구)
신고 URL : {N14}
신고 사유 : 불법 도박 사이트 홍보
[처리 결과 2]
처리 상태 : 처리 완료
처리 내용 : 조치 불가 - 해당 게시물에서 도박 사이트 홍보 내용이 확인되지 않아 게시물을 유지합니다.

본 메일은 발신 전용입니다.
""", outcome="applied", classification="confirmation",
     imitates="NAVER 신고센터 result mail echoing the report form fields, one block per report",
     why="first report: 게시물 삭제 removed; second: 조치 불가, no gambling promotion found, kept up: rejected",
     items={N3: "removed", N14: "rejected"})

case(name="naver-receipt-plus-result", from_="help@naver.com", name_from=subj("네이버 고객센터"),
     date="Mon, 16 Sep 2024 10:12:19 +0900", subject=subj("[네이버 고객센터] 문의하신 내용에 대한 답변입니다"),
     body=f"""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호 NV-20240912-004417)

문의하신 지식iN 게시물
{N7}
은 검토 결과 운영정책 위반으로 삭제되었음을 알려드립니다.

추가 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
감사합니다.
""", outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 answer mail opening with the receipt line",
     why="a receipt sentence followed by an unhedged statement: the kin post was deleted",
     items={N7: "removed"})

case(name="naver-en-fact-and-promise", from_="jiwoo.han@navercorp.com", name_from="Jiwoo Han",
     date="Tue, 17 Sep 2024 14:31:50 +0900", subject="Re: [KCSC-240909-01] blog posts",
     reply_to_req=msgid(R_NAVER), body=f"""
Hello again,

An update on the two blog posts of moonlit_cat77:

- {N1} has been taken down.
- {N2} will be reviewed by the blog team this week; we will update you once a
  decision is made.

Regards,
Jiwoo Han
Trust & Safety, NAVER Corp.
""", outcome="applied", classification="confirmation",
     imitates="English employee update mixing a done action and a promise",
     why="first post taken down; the second is only a promise to review, so it stays pending",
     items={N1: "removed", N2: "pending"})

# ---- NAVER review cases
case(name="naver-ko-promise-only", from_="policy@navercorp.com", name_from="NAVER Policy",
     date="Tue, 10 Sep 2024 18:02:44 +0900", subject=subj("RE: [KCSC-240909-01] 시정요구 요청"),
     reply_to_req=msgid(R_NAVER), body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 카페 게시물
{N5}
{N6}
은 해당 서비스 담당 부서에 전달하였으며, 검토 후 조치될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""", outcome="review", review="not_understood",
     imitates="NAVER holding reply: passed on to the service team, action to follow",
     why="names two requested posts but only promises a review and action (조치될 예정): nothing stated",
     items={N5: "pending", N6: "pending"})

case(name="naver-authfail-claims-removed", from_="policy@navercorp.com", name_from="NAVER Policy", auth="fail",
     date="Wed, 11 Sep 2024 08:15:09 +0900", subject=subj("[네이버] 게시물 삭제 완료 통보"),
     reply_to_req=msgid(R_NAVER), body=f"""
방송통신심의위원회 귀중

요청하신 아래 게시물의 삭제를 완료하였습니다.

{N1}
{N12}

네이버 정책지원팀
""", outcome="review", review="untrusted",
     imitates="NAVER-looking completion notice whose DKIM/SPF/DMARC all fail",
     why="claims deletions but the navercorp.com sender fails authentication",
     items={N1: "pending", N12: "pending"})

case(name="unknown-sender-blog-author", from_="moonlit.cat77@gmail.com", name_from="moonlit_cat77",
     date="Thu, 12 Sep 2024 22:47:13 +0900", subject="Re: my blog post / KCSC-240909-01",
     body=f"""
Hello,

I am the owner of the NAVER blog moonlit_cat77. NAVER told me my post was
reported by your commission. I deleted it myself tonight:
{N1}

Please close the case. I did not know the site was illegal.
""", outcome="review", review="unknown_sender",
     imitates="a post author writing to the regulator from a personal webmail address",
     why="gmail.com is no platform's domain: the deletion claim must be checked by a person",
     items={N1: "pending"})

case(name="naver-about-tistory-item", from_="policy@navercorp.com", name_from="NAVER Policy",
     date="Wed, 11 Sep 2024 13:26:40 +0900", subject=subj("문의하신 URL 관련 안내"),
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

오늘 보내주신 메일에 포함된 아래 주소는 네이버 서비스가 아니라 카카오가 운영하는
티스토리 블로그의 게시물입니다.
{D3}

참고로 저희가 확인한 시점에 해당 게시물은 이미 삭제되어 있었습니다.
정확한 처리 결과는 카카오 측에 문의해 주시기 바랍니다.
""", outcome="review", review="wrong_platform",
     imitates="portal reply pointing out that a URL belongs to another company's service",
     why="NAVER speaks about a Tistory (Daum/Kakao) item; only Kakao's own word may change it",
     items={D3: "pending"})

case(name="naver-asks-for-documents", from_="policy@navercorp.com", name_from="NAVER Policy",
     date="Thu, 12 Sep 2024 15:55:18 +0900", subject=subj("RE: [KCSC-240909-01] 추가 자료 요청"),
     reply_to_req=msgid(R_NAVER), body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 카페 게시물은 제3자가 작성한 후기 글로 보여,
불법성 판단을 위해 심의 의결서 사본 또는 해당 사이트가 불법 도박 사이트임을
확인할 수 있는 자료를 보내 주시기 바랍니다.

{N10}

자료를 받는 대로 검토하겠습니다.
""", outcome="review", review="asks_more", classification="request_for_info",
     imitates="Korean portal request for the decision document before acting",
     why="asks for supporting documents about one requested post; no status",
     items={N10: "pending"})

case(name="naver-ooo-autoreply-ko", from_="sujin.park@navercorp.com", name_from="Park Sujin",
     date="Mon, 9 Sep 2024 10:00:41 +0900", subject=subj("[자동응답] 부재중입니다: [KCSC-240909-01] 시정요구 요청"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     reply_to_req=msgid(R_NAVER), body="""
안녕하세요. 박수진입니다.
9월 9일(월)부터 9월 13일(금)까지 휴가로 메일 확인이 어렵습니다.
급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

I am out of the office until 13 September with limited access to email.
""", outcome="ignored", classification="auto_reply",
     imitates="Korean/English 부재중 자동응답 from a NAVER staff member",
     why="out-of-office auto-reply; says nothing about any item")

# ================================================================= Daum / Kakao
case(name="daum-ko-tistory-raw-korean", from_="report@kakaocorp.com", name_from=subj("카카오 권리침해신고센터"),
     date="Thu, 12 Sep 2024 14:08:33 +0900", subject=subj("[카카오] KCSC-240910-02 처리 결과 안내"),
     reply_to_req=msgid(R_DAUM), body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

KCSC-240910-02 요청 건 중 티스토리 게시물 2건의 처리 결과를 안내드립니다.

■ {D2_RAW}
  → 블라인드 처리 완료
■ {D3_RAW}
  → 게시물 삭제 완료

다음 카페 게시물 2건은 확인 후 별도로 안내드리겠습니다.
카카오 운영정책: https://www.kakao.com/policy/oppolicy
""", outcome="applied", classification="confirmation",
     imitates="Kakao 권리침해신고센터 result mail, Tistory URLs written with raw Korean slugs",
     why="both Tistory posts (raw Hangul paths = the percent-encoded request URLs) blinded / deleted",
     items={D2: "removed", D3: "removed"})

case(name="daum-en-three-results", from_="trust-safety@kakaocorp.com", name_from="Kakao Trust & Safety",
     date="Fri, 13 Sep 2024 09:44:10 +0900", subject="Re: [KCSC-240910-02] Request for removal - results",
     reply_to_req=msgid(R_DAUM), body=f"""
Dear Sir or Madam,

We have completed our review of three of the four URLs in your request.

 - {D1}
   Removed for violating the Daum Cafe operating policy.
 - {D4}
   We reviewed this post and found no violation of law or of our policy. It remains online.
 - {D2}
   Placed behind adult (19+) age verification.

Kakao Trust & Safety
""", outcome="applied", classification="confirmation",
     imitates="Kakao English outcome mail to a regulator, result under each URL",
     why="cafe post removed; second cafe post kept (no violation) rejected; Tistory post age-gated restricted",
     items={D1: "removed", D4: "rejected", D2: "restricted"})

case(name="daum-fullwidth-brackets", from_="cafe_help@daum.net", name_from=subj("다음 카페 운영팀"),
     date="Sat, 14 Sep 2024 11:21:06 +0900", subject=subj("Re: [KCSC-240910-02] 다음 카페 게시물 확인 결과"),
     reply_to_req=msgid(R_DAUM), body=f"""
요청하신 다음 카페 게시물에 대한 확인 결과입니다.

・게시물「{D1}」은 카페 운영원칙 위반으로 삭제했습니다。
・게시물（{D4}）은 작성자가 이미 삭제하여 존재하지 않습니다。

감사합니다.
다음 카페 운영팀
""", outcome="applied", classification="confirmation",
     imitates="Daum Cafe operations reply using full-width brackets and punctuation around URLs",
     why="first post deleted by the operator; second already deleted by its author: not_found",
     items={D1: "removed", D4: "not_found"})

case(name="daum-ko-bulk-all-done", from_="report@kakaocorp.com", name_from=subj("카카오 권리침해신고센터"),
     date="Sun, 15 Sep 2024 10:02:55 +0900", subject=subj("[카카오] KCSC-240910-02 조치 완료"),
     reply_to_req=msgid(R_DAUM), body="""
안녕하세요, 카카오 권리침해신고센터입니다.

KCSC-240910-02로 요청하신 게시물 전체에 대해 삭제 조치를 완료했습니다.
협조해 주셔서 감사합니다.
""", outcome="review", review="bulk",
     imitates="Kakao one-line completion notice for a whole request",
     why="'all requested posts deleted' for a four-item request, naming none: bulk",
     items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"})

case(name="daum-ticket-receipt-echo", from_="noreply@kakao.com", name_from=subj("카카오 고객센터"),
     date="Tue, 10 Sep 2024 10:31:12 +0900", subject=subj("[카카오 고객센터] 문의가 접수되었습니다 (#2024091012345)"),
     extra_headers=["Auto-Submitted: auto-generated"], body=f"""
안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: #2024091012345
접수일시: 2024-09-10 10:31

[접수 내용]
{D1}
{D2}
{D3}
{D4}

담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""", outcome="ignored", classification="acknowledgement",
     imitates="Kakao 고객센터 ticket receipt echoing the submitted URLs",
     why="pure receipt with a ticket number; the echoed URLs carry no statement",
     items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"})

# ================================================================= DC Inside
case(name="dc-ko-operator-delete", from_="report@dcinside.com", name_from=subj("디시인사이드 운영팀"),
     date="Thu, 12 Sep 2024 16:40:27 +0900", subject=subj("[디시인사이드] 요청번호 KCSC-240911-03 처리 결과"),
     reply_to_req=msgid(R_DC), body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청번호 KCSC-240911-03 관련 처리 결과입니다.

- {C1} : 운영자 삭제
- {C2} : 운영자 삭제 및 작성자 IP 차단
- {C3} : 작성자 본인이 이미 삭제한 글입니다.

나머지 2건은 갤러리 매니저 확인 후 회신드리겠습니다.
""", outcome="applied", classification="confirmation",
     imitates="DC Inside 운영팀 list reply ('URL : 운영자 삭제')",
     why="two posts deleted by the operator; the third was already deleted by its author: not_found",
     items={C1: "removed", C2: "removed", C3: "not_found"})

DC_HTML = f"""<html><body>
<p>Hello,</p>
<p>Regarding your request <b>KCSC-240911-03</b>, our moderation team took the following action:</p>
<ul>
<li><a href="{C3.replace('&', '&amp;')}">{C3.replace('&', '&amp;')}</a> &ndash; deleted</li>
<li><a href="{C4.replace('&', '&amp;')}">{C4.replace('&', '&amp;')}</a> &ndash; deleted</li>
<li><a href="{C5.replace('&', '&amp;')}">{C5.replace('&', '&amp;')}</a> &ndash; not removed: the post quotes a published news article and breaks no rule of our site</li>
</ul>
<p>See our <a href="https://gall.dcinside.com/policy/rule">community rules</a>.</p>
<p>DC Inside Moderation</p>
</body></html>"""
case(name="dc-en-html-list", from_="moderation@dcinside.com", name_from="DC Inside Moderation",
     date="Fri, 13 Sep 2024 10:05:44 +0900", subject="Re: [KCSC-240911-03] Takedown request",
     reply_to_req=msgid(R_DC), type="html", body=DC_HTML,
     outcome="applied", classification="confirmation",
     imitates="HTML-only English moderation reply with a bulleted list (&amp; in gallery URLs)",
     why="two minor-gallery posts deleted; the mini-gallery post stays up with a stated reason: rejected",
     items={C3: "removed", C4: "removed", C5: "rejected"})

case(name="dc-outlook-top-post-one-done", from_="jh.lee@dcinside.com", name_from="Lee Jaehyun",
     date="Mon, 16 Sep 2024 09:12:30 +0900", subject=subj("RE: [KCSC-240911-03] 시정요구 요청"),
     reply_to_req=msgid(R_DC), body=f"""
안녕하세요, 디시인사이드 이재현입니다.

{C5}
위 미니 갤러리 게시물은 갤러리 운영자와 협의 후 오늘 오전 삭제 처리했습니다.
나머지 건은 아직 확인 중입니다.

이재현 드림
""" + quoted_request(R_DC, [C1, C2, C3, C4, C5], when="Wednesday, September 11, 2024 9:40 AM",
                     to="report@dcinside.com"),
     outcome="applied", classification="confirmation",
     imitates="Outlook reply from a DC Inside staffer above '-----Original Message-----'",
     why="one mini-gallery post deleted; 'still checking' for the rest; quoted request says nothing",
     items={C5: "removed"})

case(name="dc-angle-wrapped-url", from_="moderation@dcinside.com", name_from="DC Inside Moderation",
     date="Tue, 17 Sep 2024 11:49:02 +0900", subject="Re: [KCSC-240911-03] remaining items",
     reply_to_req=msgid(R_DC), body=f"""
Hello,

The following post was deleted by the minor gallery manager at our request:
<https://gall.dcinside.com/mgallery/board/view/?id=nightlife_kr
&no=20466>

We looked at {C2} again and decided to keep
it: it is a stock discussion that does not name or identify the complainant.

DC Inside Moderation
""", outcome="applied", classification="confirmation",
     imitates="plain-text reply whose mail client wrapped a long URL inside angle brackets",
     why="wrapped URL in <...> (RFC 3986 App. C) deleted; the other post kept with a reason: rejected",
     items={C4: "removed", C2: "rejected"})

case(name="dc-en-hedged", from_="moderation@dcinside.com", name_from="DC Inside Moderation",
     date="Thu, 12 Sep 2024 19:30:15 +0900", subject="Re: [KCSC-240911-03] Takedown request",
     reply_to_req=msgid(R_DC), body=f"""
Hello,

It appears that {C1} was removed by the gallery
manager before our team could review it, and {C2}
may have been hidden as well. We are confirming this with the manager and will
write again.

DC Inside Moderation
""", outcome="review", review="not_understood",
     imitates="moderator reply hedging about what a gallery manager did",
     why="'appears' and 'may have been' are hedges, not statements: both stay pending",
     items={C1: "pending", C2: "pending"})

case(name="dc-mdn-read-receipt", from_="report@dcinside.com", name_from=subj("디시인사이드 운영팀"),
     date="Wed, 11 Sep 2024 10:15:08 +0900", subject=subj("읽음 확인: [KCSC-240911-03] 시정요구 요청"),
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-0911"

--mdn-dc-0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240911-03] 시정요구 요청"을(를) 수신자가 2024-09-11 10:15에 읽었습니다.
This is a receipt for the mail you sent to report@dcinside.com.

--mdn-dc-0911
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <{msgid(R_DC)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-0911--
""", outcome="ignored", classification="read_receipt",
     imitates="webmail read receipt (MDN, RFC 8098) in Korean and English",
     why="a read receipt says nothing about any item")

# ================================================================= SOOP
case(name="soop-ko-vod-results", from_="service@sooplive.co.kr", name_from=subj("SOOP 서비스 운영팀"),
     date="Fri, 13 Sep 2024 15:33:21 +0900", subject=subj("[SOOP] KCSC-240912-04 요청 건 처리 결과"),
     reply_to_req=msgid(R_SOOP), body=f"""
안녕하세요. SOOP 서비스 운영팀입니다.
KCSC-240912-04 요청 건 처리 결과를 안내드립니다.

1) VOD {S1}
   — 삭제 완료, 해당 방송국 7일 이용정지
2) VOD {S2}
   — 비공개 처리 완료
3) 방송국 게시글 {S3}
   — 삭제 완료

SOOP 운영정책: https://www.sooplive.co.kr/policy/operation
""", outcome="applied", classification="confirmation",
     imitates="SOOP (ex-AfreecaTV) 운영팀 numbered result reply",
     why="VOD deleted, VOD made private (비공개), channel post deleted: all removed",
     items={S1: "removed", S2: "removed", S3: "removed"})

case(name="soop-en-geo-and-missing", from_="trust@sooplive.com", name_from="SOOP Trust & Safety",
     date="Sat, 14 Sep 2024 20:14:09 +0900", subject="Re: [KCSC-240912-04] Content removal request",
     reply_to_req=msgid(R_SOOP), body=f"""
Hi KCSC team,

Results of our review:

{S1} - removed from SOOP (Community Guidelines, sexual content).
{S2} - blocked for viewers in Korea. The VOD remains available in other regions.
{S3} - we could not find this post; the post ID does not exist on that channel.

SOOP Trust & Safety
""", outcome="applied", classification="confirmation",
     imitates="SOOP global English Trust & Safety reply, one line per URL",
     why="removed; blocked in Korea only (geo) restricted; post id does not exist: not_found",
     items={S1: "removed", S2: "restricted", S3: "not_found"})

case(name="soop-ko-age-limit-and-keep", from_="service@sooplive.co.kr", name_from=subj("SOOP 서비스 운영팀"),
     date="Tue, 17 Sep 2024 10:50:40 +0900", subject=subj("[SOOP] 재검토 결과 안내 (KCSC-240912-04)"),
     reply_to_req=msgid(R_SOOP), body=f"""
안녕하세요. SOOP 서비스 운영팀입니다.

재검토 결과를 안내드립니다.

{S1} 영상은 19세 이상만 시청할 수 있도록 연령 제한을 설정했습니다.
{S3} 게시글은 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
""", outcome="applied", classification="confirmation",
     imitates="SOOP re-review notice (연령 제한 / 조치하지 않음)",
     why="VOD age-restricted (19+) restricted; channel post: no violation, no action: rejected",
     items={S1: "restricted", S3: "rejected"})

case(name="soop-partner-change-no-claims", from_="partnership@sooplive.co.kr", name_from="SOOP Partnership",
     date="Wed, 18 Sep 2024 14:00:00 +0900", subject=subj("[SOOP] 유관기관 협력 담당자 변경 안내"),
     body="""
안녕하세요. SOOP 대외협력팀입니다.

10월 1일부터 유관기관 협력 창구 담당자가 변경되어 안내드립니다.
앞으로 시정요구 및 자료 요청은 safety@sooplive.co.kr 로 보내 주시기 바랍니다.
기존 담당자 메일로 보내신 건도 자동으로 전달됩니다.

감사합니다.
SOOP 대외협력팀
""", outcome="review", review="no_claims",
     imitates="platform liaison-contact change notice sent to public agencies",
     why="trusted SOOP mail naming no item and no request")

case(name="soop-ooo-en", from_="minho.kang@sooplive.com", name_from="Minho Kang",
     date="Thu, 12 Sep 2024 11:00:37 +0900", subject="Automatic reply: [KCSC-240912-04] Content removal request",
     extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: minho.kang@sooplive.com"],
     reply_to_req=msgid(R_SOOP), body="""
Thank you for your email. I am out of the office until Monday 23 September
and will have limited access to email. For urgent takedown matters please
contact safety@sooplive.co.kr.

Minho Kang | Public Policy, SOOP
""", outcome="ignored", classification="auto_reply",
     imitates="Exchange 'Automatic reply' out-of-office",
     why="out-of-office auto-reply")

# ================================================================= FM Korea
case(name="fmk-ko-two-results", from_="admin@fmkorea.com", name_from=subj("에펨코리아 운영진"),
     date="Sat, 14 Sep 2024 12:25:49 +0900", subject=subj("Re: [KCSC-240913-05] 게시물 조치 요청"),
     reply_to_req=msgid(R_FMK), body=f"""
안녕하세요, 에펨코리아 운영진입니다.

{F1} 게시물은 개인정보 노출로 확인되어 삭제했습니다.
{F2} 게시물은 검토했으나 특정인을 식별할 수 있는 정보가 없어 운영 규정 위반으로 보기 어려워 유지합니다.

감사합니다.
""", outcome="applied", classification="confirmation",
     imitates="FM Korea 운영진 short prose reply",
     why="first post deleted; second kept up, no identifying information: rejected",
     items={F1: "removed", F2: "rejected"})

case(name="fmk-en-gmail-quote", from_="support@fmkorea.com", name_from="FM Korea Support",
     date="Mon, 16 Sep 2024 17:02:12 +0900", subject="Re: [KCSC-240913-05] Removal request",
     reply_to_req=msgid(R_FMK), body=f"""
Hello,

{F2} was deleted by our moderators today.
We could not locate {F1}: the document number is invalid on our board.

FM Korea Support
""" + quoted_request(R_FMK, [F1, F2], style="gmail", when="Fri, Sep 13, 2024 at 10:00", to="admin@fmkorea.com"),
     outcome="applied", classification="confirmation",
     imitates="English support reply above a Gmail-quoted request",
     why="one post deleted; the other cannot be located (invalid number): not_found",
     items={F2: "removed", F1: "not_found"})

case(name="fmk-conditional-removal", from_="admin@fmkorea.com", name_from=subj("에펨코리아 운영진"),
     date="Fri, 13 Sep 2024 18:40:00 +0900", subject=subj("Re: [KCSC-240913-05] 게시물 조치 요청"),
     reply_to_req=msgid(R_FMK), body=f"""
안녕하세요, 에펨코리아 운영진입니다.

{F1}
위 게시물 작성자에게 소명 요청을 보냈습니다. 7일 이내에 소명이 없으면 게시물을 삭제하겠습니다.

감사합니다.
""", outcome="review", review="not_understood",
     imitates="community operator's conditional answer (소명 기간 before deletion)",
     why="deletion is conditional on the author not answering within 7 days: nothing done yet",
     items={F1: "pending"})

case(name="fmk-dsn-bounce", from_="MAILER-DAEMON@mail3.fmkorea.com", name_from="Mail Delivery System",
     date="Fri, 13 Sep 2024 10:00:59 +0900", subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-fmk-0913"

--dsn-fmk-0913
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail3.fmkorea.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@fmkorea.com>: host mail3.fmkorea.com[local] said: 550 5.1.1
    <legal@fmkorea.com>: Recipient address rejected: User unknown

--dsn-fmk-0913
Content-Type: message/delivery-status

Reporting-MTA: dns; mail3.fmkorea.com
Arrival-Date: Fri, 13 Sep 2024 10:00:58 +0900

Final-Recipient: rfc822; legal@fmkorea.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-fmk-0913
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@fmkorea.com
Subject: [KCSC-240913-05] Removal request
Message-ID: <{msgid(R_FMK)}@kcsc.example>
Date: Fri, 13 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=us-ascii

Please remove the following posts (ref KCSC-240913-05):
{F1}
{F2}

--dsn-fmk-0913--
""", outcome="ignored", classification="bounce",
     imitates="Postfix DSN (user unknown) carrying our original request",
     why="delivery failure; the URLs are in our own returned request")

# ================================================================= Ppomppu
case(name="ppomppu-sole-statement", from_="help@ppomppu.co.kr", name_from=subj("뽐뿌 고객센터"),
     date="Mon, 16 Sep 2024 13:14:55 +0900", subject=subj("Re: [KCSC-240913-06] 자유게시판 게시물 삭제 요청"),
     reply_to_req=msgid(R_PPOM), body="""
안녕하세요, 뽐뿌 고객센터입니다.

요청하신 자유게시판 게시물은 확인 후 삭제 처리되었습니다.
작성자에게는 이용 제한 조치가 함께 적용되었습니다.

감사합니다.
""", outcome="applied", classification="confirmation",
     imitates="Ppomppu 고객센터 one-paragraph answer without the URL",
     why="reply in the thread of a one-item request: the single post was deleted",
     items={P1: "removed"})

case(name="ppomppu-autoreply-receipt", from_="noreply@ppomppu.co.kr", name_from=subj("뽐뿌"),
     date="Fri, 13 Sep 2024 10:20:44 +0900", subject=subj("[자동응답] 문의가 접수되었습니다"),
     extra_headers=["Auto-Submitted: auto-replied"], reply_to_req=msgid(R_PPOM), body="""
본 메일은 자동 응답 메일입니다.

보내주신 메일이 정상적으로 접수되었습니다.
영업일 기준 3일 이내에 담당자가 답변드릴 예정입니다.
(주말 및 공휴일 접수 건은 다음 영업일에 순차 처리됩니다.)

뽐뿌 고객센터
""", outcome="ignored",
     imitates="helpdesk auto-response confirming receipt of a mail",
     why="automatic receipt: no item, no statement (auto-reply or acknowledgement, either way ignored)")

# ================================================================= Nate
case(name="nate-ko-pann-results", from_="pann-report@skcomms.co.kr", name_from=subj("네이트 판 운영팀"),
     date="Tue, 17 Sep 2024 16:18:02 +0900", subject=subj("[네이트] KCSC-240916-07 게시물 처리 결과"),
     reply_to_req=msgid(R_NATE), body=f"""
안녕하세요. 네이트 판 운영팀입니다.

KCSC-240916-07 요청 게시물 처리 결과입니다.

가. {T1} → 블라인드
나. {T2} → 삭제
다. {T3} → 임시조치(30일)

임시조치된 게시물은 작성자의 재게시 요청이 없으면 30일 후 삭제됩니다.
""", outcome="applied", classification="confirmation",
     imitates="Nate Pann 운영팀 result list (블라인드/삭제/임시조치)",
     why="blinded and deleted: removed; 임시조치 for 30 days: restricted (the later deletion is only conditional)",
     items={T1: "removed", T2: "removed", T3: "restricted"})

NATE_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이트 고객센터입니다.</p>
<p>KCSC-240916-07 요청 건의 검토 결과를 아래 표로 안내드립니다.</p>
<table border="1" style="border-collapse:collapse">
<tr><th>게시물 주소</th><th>처리 결과</th><th>사유</th></tr>
<tr><td>{T1}</td><td>게시물 없음</td><td>작성자가 이미 삭제한 게시물</td></tr>
<tr><td>{T2}</td><td>조치 불가</td><td>명예훼손 소명 부족, 게시 유지</td></tr>
<tr><td>{T3}</td><td>삭제</td><td>운영정책 위반</td></tr>
</table>
<p>네이트 고객센터 <a href="https://helpdesk.nate.com/">helpdesk.nate.com</a></p>
</body></html>"""
case(name="nate-base64-html-table", from_="helpdesk@nate.com", name_from=subj("네이트 고객센터"),
     date="Thu, 19 Sep 2024 11:02:36 +0900", subject=subj("[네이트 고객센터] 답변 드립니다 (KCSC-240916-07)"),
     reply_to_req=msgid(R_NATE), raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NATE_HTML)}
""", outcome="applied", classification="confirmation",
     imitates="Nate helpdesk HTML answer, base64-encoded, with a result table",
     why="author-deleted: not_found; 조치 불가 kept up with reason: rejected; 삭제: removed",
     items={T1: "not_found", T2: "rejected", T3: "removed"})

case(name="nate-en-bulk-blinded", from_="pann-report@skcomms.co.kr", name_from="Nate Pann Operations",
     date="Wed, 18 Sep 2024 09:45:30 +0900", subject="Re: [KCSC-240916-07] Request",
     reply_to_req=msgid(R_NATE), body="""
Hello,

All of the reported posts under KCSC-240916-07 have been blinded.

Nate Pann Operations
""", outcome="review", review="bulk",
     imitates="one-line English bulk completion from Nate",
     why="'all of the reported posts' for a three-item request, none named: bulk",
     items={T1: "pending", T2: "pending", T3: "pending"})

case(name="nate-en-ack-case-number", from_="helpdesk@nate.com", name_from="Nate Helpdesk",
     date="Mon, 16 Sep 2024 09:31:50 +0900", subject="[Nate] We received your report (PANN-88123)",
     extra_headers=["Auto-Submitted: auto-generated"], reply_to_req=msgid(R_NATE), body="""
Thank you for your report. We have received it and it has been assigned
case number PANN-88123.

Our team will review the reported content in line with the Nate operating
policy and respond within 3 business days.

Nate Helpdesk
""", outcome="ignored", classification="acknowledgement",
     imitates="helpdesk ticket-created receipt with a case number",
     why="pure acknowledgement: received, case number, will review")


# ---------------------------------------------------------------- write
HEADER = """# Blind set 579 (Korean portals and community sites): expected results
# written from each email's meaning alone, before any run of the reader.
# Generated by make.py; each case is judged alone on a fresh ledger holding
# requests.csv. See NOTES.md.
"""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
