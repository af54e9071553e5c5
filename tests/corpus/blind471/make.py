#!/usr/bin/env python3
"""Blind set 471: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Inven; Clien and Nate as bystanders),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives.

    python3 tests/corpus/blind471/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning alone, before any run
of the reader. All names, ids and URLs are invented.
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

SET = "blind471"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240909-04",
    "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07",
)

N1 = "https://blog.naver.com/luckyspin_kr/223560118842"
N2 = "https://blog.naver.com/luckyspin_kr/223560119907"
N3 = "https://blog.naver.com/toto_master88/223558870215"
N4 = "https://blog.naver.com/toto_master88/223559001376"
N5 = "https://cafe.naver.com/sportspick24/10452"
N6 = "https://cafe.naver.com/sportspick24/10471"
N7 = "https://cafe.naver.com/sportspick24/10488"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60703&docId=472018833"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120456&memberNo=55120873"
N10 = "https://blog.naver.com/jackpot_zone/223561420068"
N11 = "https://cafe.naver.com/sportspick24/10503"
N12 = "https://blog.naver.com/jackpot_zone/223561422190"
N13 = "https://tv.naver.com/v/58210347"
NAVER_ITEMS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]

D1 = "https://cafe.daum.net/bitjjang/Ab3k/1871"
D2 = "https://cafe.daum.net/bitjjang/Ab3k/1902"
D3 = ("https://coinsignal7.tistory.com/entry/"
      "%EB%AC%B4%EB%A3%8C-%EB%A6%AC%EB%94%A9%EB%B0%A9-%EC%9E%85%EC%9E%A5-%EC%95%88%EB%82%B4")
D3_RAW = "https://coinsignal7.tistory.com/entry/무료-리딩방-입장-안내"
D4 = "https://coinsignal7.tistory.com/15"
DAUM_ITEMS = [D1, D2, D3, D4]

DC1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034"
DC2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912187"
DC3 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_signal&no=48211"
DC4 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_signal&no=48230"
DC5 = "https://gall.dcinside.com/mini/board/view/?id=pumpers&no=3318"
DC_ITEMS = [DC1, DC2, DC3, DC4, DC5]

S1 = "https://vod.sooplive.co.kr/player/131884201"
S2 = "https://vod.sooplive.co.kr/player/131886754"
S3 = "https://ch.sooplive.co.kr/bj_nightcasino/post/112093455"
SOOP_ITEMS = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7402218831"
F2 = "https://www.fmkorea.com/7402291046"
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8934512"
I1 = "https://www.inven.co.kr/board/lostark/4811/5521907"
I2 = "https://www.inven.co.kr/board/maple/5974/3310288"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, items, note
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", "illegal_gambling",
     NAVER_ITEMS, "불법 스포츠토토 홍보 블로그/카페/지식iN/포스트/TV, 13건"),
    (R2, "daum", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00", "investment_fraud",
     DAUM_ITEMS, "코인 리딩방 유인 (Daum 카페, 티스토리)"),
    (R3, "dcinside", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00", "investment_fraud",
     DC_ITEMS, "주식/코인 갤러리 리딩방 홍보글, \"펌핑\" 모집"),
    (R4, "soop", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00", "illegal_gambling",
     SOOP_ITEMS, "VOD 2건, 방송국 게시글 1건"),
    (R5, "fmkorea", "2024-09-10T10:20:00+09:00", "2024-09-17T23:59:59+09:00", "privacy",
     [F1, F2], "개인정보 노출"),
    (R6, "ppomppu", "2024-09-11T16:05:00+09:00", "2024-09-18T23:59:59+09:00", "illegal_drugs",
     [P1], "single item"),
    (R7, "inven", "2024-09-12T09:15:00+09:00", "2024-09-19T23:59:59+09:00", "obscenity",
     [I1, I2], "게임 커뮤니티, 음란물 링크"),
]
REQ_MID = {ref: "req-%s@kcsc.example" % ref[5:].lower() for ref, *_ in REQUESTS}
REQ_REPLY = {ref: REQ_MID[ref].split("@")[0] for ref in REQ_MID}
REQ_ITEMS = {r[0]: r[5] for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, items, note in REQUESTS:
            for u in items:
                w.writerow([ref, plat, sent, due, u, cat, REQ_MID[ref], note])


# ---------------------------------------------------------------- helpers
def hdr(s):
    """RFC 2047 encode a header value holding non-ASCII text."""
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


def part(ctype, body, cte="8bit", extra=""):
    h = "Content-Type: %s\nContent-Transfer-Encoding: %s\n" % (ctype, cte)
    if extra:
        h += extra.rstrip("\n") + "\n"
    return h + "\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params), "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def single(ctype, body, cte):
    return "Content-Type: %s\nContent-Transfer-Encoding: %s\n\n%s\n" % (ctype, cte, body.strip("\n"))


def request_lines(ref, prefix=""):
    """Our own request as the platform quotes it back."""
    lines = [
        "방송통신심의위원회 통신심의국입니다.",
        "",
        "아래 정보에 대하여 정보통신망법 제44조의7에 따라 삭제 등 시정을 요구하오니",
        "조치 후 그 결과를 회신하여 주시기 바랍니다. (참조번호 %s)" % ref,
        "",
    ]
    for i, u in enumerate(REQ_ITEMS[ref], 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "KCSC 통신심의국 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


cases = []


def case(**kw):
    kw.setdefault("outcome", "applied")
    cases.append(kw)


# =================================================================== NAVER
case(
    name="naver-result-table-html",
    **{"from": "kcsc-report@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 15:12:40 +0900",
    subject=hdr("[NAVER] 시정요구 조치 결과 회신 (%s)" % R1),
    reply_to_req=REQ_REPLY[R1],
    type="html",
    body="""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(%s)에 대한 1차 조치 결과를 아래와 같이 회신드립니다.
나머지 건은 확인이 끝나는 대로 별도로 안내드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No</th><th>서비스</th><th>대상 URL</th><th>조치 결과</th><th>조치 일시</th></tr>
<tr><td>1</td><td>블로그</td><td>%s</td><td>삭제</td><td>2024-09-04 13:02</td></tr>
<tr><td>2</td><td>블로그</td><td>%s</td><td>삭제</td><td>2024-09-04 13:02</td></tr>
<tr><td>3</td><td>블로그</td><td>%s</td><td>임시조치(30일)</td><td>2024-09-04 13:40</td></tr>
<tr><td>4</td><td>블로그</td><td>%s</td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
<tr><td>5</td><td>카페</td><td>%s</td><td>블라인드</td><td>2024-09-04 14:15</td></tr>
</table>
<p>조치 기준은 <a href="https://policy.naver.com/policy/service_group.html">네이버 서비스 운영정책</a>을 참고해 주십시오.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>""" % (R1, N1, N2, N3, N4, N5),
    imitates="NAVER 시정요구 조치 결과 회신 (HTML table of 삭제/임시조치/게시물 없음/블라인드)",
    why="trusted NAVER table, one status per named URL; the rest of the request is not mentioned",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "removed"},
)

case(
    name="naver-numbered-list-korean",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("NAVER 정책지원"),
    date="Thu, 05 Sep 2024 10:41:03 +0900",
    subject=hdr("RE: [%s] 불법정보 시정요구 - 2차 결과" % R1),
    reply_to_req=REQ_REPLY[R1],
    body="""안녕하세요, 네이버 정책지원 담당자 한지민입니다.

%s 건 중 카페/지식iN/포스트 게시물의 검토 결과를 알려드립니다.

1) %s
   - 카페 운영원칙 위반(불법 도박 홍보)으로 게시중단 처리하였습니다.
2) %s
   - 확인 결과 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.
3) %s
   - 도박 관련 질문에 대한 일반적인 답변으로 판단되며, 홍보성 링크가 포함되어 있지 않아
     운영정책 위반에 해당하지 않습니다. 해당 답변은 게시를 유지합니다.
4) %s
   - 국내 이용자 대상 접근 제한 조치를 완료하였습니다.

추가 문의 사항이 있으시면 회신 주십시오.
감사합니다.

한지민 드림 | NAVER Trust & Safety
""" % (R1, N6, N7, N8, N9),
    imitates="NAVER 담당자 개별 회신, 번호 목록 + 항목별 결과 (게시중단/작성자 삭제/유지/접근 제한)",
    why="each numbered URL has its own unhedged result line below it",
    items={N6: "removed", N7: "not_found", N8: "rejected", N9: "restricted"},
)

case(
    name="naver-english-top-posted",
    **{"from": "trustandsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 17:55:21 +0900",
    subject="Re: [%s] Request for removal of illegal information" % R1,
    reply_to_req=REQ_REPLY[R1],
    body="""Dear KCSC team,

Following up on your request: we have removed the two blog posts published
by the account jackpot_zone, namely

%s
%s

The account has also received a posting restriction under our operation
policy. We will come back to you on the remaining addresses separately.

Kind regards,
Daniel Seo
NAVER Trust & Safety (Global Policy Operations)

On Tue, Sep 3, 2024 at 10:00 AM KCSC <takedown@kcsc.example> wrote:
%s
""" % (N10, N12, request_lines(R1, "> ")),
    imitates="NAVER Trust & Safety English reply, top-posted over the quoted request",
    why="two named posts removed; the 13 URLs under the Gmail-style quote are not statements",
    items={N10: "removed", N12: "removed"},
)

case(
    name="naver-url-then-result-line",
    **{"from": "no-reply-report@naver.com"},
    name_from=hdr("네이버 고객센터"),
    date="Mon, 09 Sep 2024 11:03:55 +0900",
    subject=hdr("[네이버] 게시중단 요청 처리 결과 안내 (%s)" % R1),
    body="""네이버 고객센터입니다.
요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 접수번호 : NV-2409-0311782
■ 참조번호 : %s

%s
→ 처리결과 : 게시중단 (카페 게시글 삭제)

%s
→ 처리결과 : 해당 동영상은 비공개 처리되어 더 이상 재생되지 않습니다.

처리 결과에 이의가 있으시면 고객센터(https://help.naver.com/)로 문의해 주세요.

※ 본 메일은 발신전용입니다.
""" % (R1, N11, N13),
    imitates="네이버 고객센터 게시중단 요청 처리 결과 안내 (URL line, result line below it)",
    why="bare URL followed by its result line; 비공개 처리 of a video counts as removed; help link is no item",
    items={N11: "removed", N13: "removed"},
)

csv_body = "번호,URL,서비스,조치결과,비고\n" + "\n".join([
    "1,%s,블로그,삭제," % N1,
    "2,%s,블로그,삭제," % N2,
    "3,%s,블로그,삭제,임시조치 기간 중 작성자 소명 없음" % N3,
    "4,%s,블로그,삭제," % N4,
    "5,%s,카페,임시조치,30일" % N5,
    "6,%s,카페,게시물 없음,작성자 삭제" % N6,
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 09:20:13 +0900",
    subject=hdr("RE: [%s] 조치 결과 파일 송부" % R1),
    reply_to_req=REQ_REPLY[R1],
    raw_mime=multipart("mixed", "----=_NV_Part_8812_1", [
        part("text/plain; charset=utf-8", """안녕하세요, 네이버 정책지원팀입니다.

%s 건의 블로그/카페 게시물 6건에 대한 최종 조치 결과를
첨부 CSV 파일로 송부드립니다. 나머지 건은 이전 회신을 참고해 주십시오.

감사합니다.
""" % R1),
        part('text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"', b64(csv_body), "base64",
             'Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"'),
    ]),
    imitates="NAVER 조치 결과 송부 메일 with a CSV result sheet attached",
    why="CSV rows state one result per URL: 삭제 x4, 임시조치 (restricted), 게시물 없음 (not_found)",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "restricted", N6: "not_found"},
)

case(
    name="naver-qp-temporary-measure",
    **{"from": "right@navercorp.com"},
    name_from=hdr("네이버 권리보호센터"),
    date="Thu, 05 Sep 2024 16:30:00 +0900",
    subject=hdr("[네이버 권리보호센터] 임시조치 안내 - %s" % R1),
    raw_mime=single("text/plain; charset=utf-8", qp("""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 %s 건과 관련하여 아래와 같이 조치하였음을 알려드립니다.

[임시조치]
대상: %s
내용: 정보통신망법 제44조의2에 따라 30일간 게시물에 대한 접근을 차단(임시조치)하였습니다.

[삭제]
대상: %s
내용: 불법 도박 사이트 홍보 게시물로 확인되어 삭제하였습니다.

게시자의 재게시 요청이 접수될 경우 별도로 안내드리겠습니다.

네이버 권리보호센터 드림
""" % (R1, N3, N4)), "quoted-printable"),
    imitates="네이버 권리보호센터 임시조치 안내 (quoted-printable Korean body)",
    why="임시조치 (30-day access block) is restricted; the second post is deleted",
    items={N3: "restricted", N4: "removed"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "cafe-ops@navercorp.com"},
    name_from=hdr("네이버 카페 운영팀"),
    date="Fri, 06 Sep 2024 13:08:44 +0900",
    subject=hdr("RE: [%s] 불법정보 시정요구" % R1),
    reply_to_req=REQ_REPLY[R1],
    body="""안녕하세요. 네이버 카페 운영팀 박소연입니다.

sportspick24 카페에 게시된 아래 3건은 카페 운영원칙 위반으로 삭제 조치하였습니다.

%s
%s
%s

해당 카페에는 운영원칙 위반 경고가 함께 발송되었습니다.

박소연 | 네이버 카페 운영팀

-----Original Message-----
From: KCSC 통신심의국 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [%s] 불법정보 시정요구

%s
""" % (N5, N6, N7, R1, request_lines(R1)),
    imitates="Outlook reply from a NAVER Cafe operator over the unquoted original request",
    why="three cafe posts stated deleted above the Original Message line; the request below is ours",
    items={N5: "removed", N6: "removed", N7: "removed"},
)

case(
    name="naver-gmail-korean-quote",
    **{"from": "tv-policy@navercorp.com"},
    name_from=hdr("네이버TV 운영"),
    date="Sat, 07 Sep 2024 10:14:51 +0900",
    subject=hdr("Re: [%s] 불법정보 시정요구" % R1),
    reply_to_req=REQ_REPLY[R1],
    body="""안녕하세요, 네이버TV 운영 담당입니다.

요청하신 네이버TV 영상(%s)은
해외 채널 소유 영상으로, 대한민국 내 접속 차단 조치를 적용하였습니다.

감사합니다.

2024년 9월 3일 (화) 오전 10:00, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:
%s
""" % (N13, request_lines(R1, "> ")),
    imitates="네이버TV 담당자 Gmail-style reply (Korean quote header), country block",
    why="the video is blocked in Korea only: restricted; quoted request lines are not statements",
    items={N13: "restricted"},
)

case(
    name="naver-wrapped-angle-url",
    **{"from": "post-ops@navercorp.com"},
    name_from="NAVER Post Operations",
    date="Tue, 10 Sep 2024 14:47:09 +0900",
    subject="Re: [%s] follow-up on blog and Post items" % R1,
    reply_to_req=REQ_REPLY[R1],
    body="""Hello,

The NAVER Post article below was deleted today for promoting an unlicensed
betting site:

<https://post.naver.com/viewer/postView.naver?volumeNo=38120456&
 memberNo=55120873>

The blog post %s was deleted as well.

Regards,
NAVER Post Operations
""" % N2,
    imitates="NAVER operations reply with a long URL wrapped inside angle brackets (RFC 3986 App. C style)",
    why="the wrapped URL in <> is the Post item, deleted; the blog post likewise",
    items={N9: "removed", N2: "removed"},
)

case(
    name="naver-echoed-report",
    **{"from": "no-reply-report@naver.com"},
    name_from=hdr("네이버 신고센터"),
    date="Thu, 12 Sep 2024 18:22:30 +0900",
    subject=hdr("[네이버 신고센터] 신고 처리 결과 (접수번호 NV-2409-0329114)"),
    body="""[네이버 신고센터] 신고하신 내용의 처리 결과입니다.

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
접수 내용
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
신고자 : 방송통신심의위원회 (%s)
신고 유형 : 불법정보 > 도박
신고 대상 :
 %s
 %s
 %s
신고 사유 : 불법 스포츠토토 사이트 홍보

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
처리 결과
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
%s : 삭제
%s : 운영정책 위반 사항이 확인되지 않아 게시 유지
%s : 삭제

처리 결과에 대한 문의는 고객센터를 이용해 주세요.
""" % (R1, N10, N11, N12, N10, N11, N12),
    imitates="네이버 신고센터 처리 결과 mail that echoes the report before the results",
    why="the echo lists URLs without status; the 처리 결과 block states each one",
    items={N10: "removed", N11: "rejected", N12: "removed"},
)

# =================================================================== Daum / Kakao
case(
    name="daum-right-center-notice",
    **{"from": "right@kakaocorp.com"},
    name_from=hdr("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 15:40:00 +0900",
    subject=hdr("[카카오] 시정요구 처리 결과 안내 (%s)" % R2),
    reply_to_req=REQ_REPLY[R2],
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회의 시정요구(%s)에 따른 처리 결과를 안내드립니다.

- Daum 카페 게시글 %s
  : 게시중단(삭제) 완료
- Daum 카페 게시글 %s
  : 임시조치(30일) 진행
- 티스토리 글 %s
  : 삭제 완료
- 티스토리 글 %s
  : 존재하지 않는 게시물입니다 (URL 확인 불가)

카카오 운영정책: https://www.kakao.com/policy/oppolicy

감사합니다.
카카오 권리침해신고센터 드림
""" % (R2, D1, D2, D3_RAW, D4),
    imitates="카카오 권리침해신고센터 처리 결과 안내 (Daum 카페 + 티스토리, raw Korean path)",
    why="four bulleted URLs each with a result; the tistory URL is written raw Korean and matches its encoded form",
    items={D1: "removed", D2: "restricted", D3: "removed", D4: "not_found"},
)

case(
    name="daum-tistory-english-angle",
    **{"from": "tistory-safety@kakaocorp.com"},
    name_from="Kakao Safety (Tistory)",
    date="Fri, 06 Sep 2024 09:05:17 +0900",
    subject="Re: [%s] Tistory posts" % R2,
    reply_to_req=REQ_REPLY[R2],
    body="""Hi,

The Tistory post at <%s>, has been taken down for
violating our operation policy on investment fraud.

We are still looking at the other Tistory address and the Daum Cafe posts.

Best,
Kakao Safety Team
""" % D3_RAW,
    imitates="Kakao safety team English reply, URL in angle brackets followed by a comma",
    why="one named post taken down; 'still looking at' the others names none of them and changes nothing",
    items={D3: "removed"},
)

case(
    name="daum-base64-html",
    **{"from": "cafe-noreply@daum.net"},
    name_from=hdr("Daum 카페"),
    date="Sat, 07 Sep 2024 11:48:02 +0900",
    subject=hdr("[Daum 카페] 게시글 조치 결과 안내"),
    raw_mime=single("text/html; charset=utf-8", b64("""<html><body>
<div style="font-size:14px">
<p><b>Daum 카페</b> 게시글 조치 결과 안내</p>
<p>참조번호 %s 로 요청하신 게시글의 조치 결과입니다.</p>
<ul>
<li><a href="%s">%s</a> &mdash; 운영정책 위반으로 <b>삭제</b>되었습니다.</li>
<li><a href="%s">%s</a> &mdash; 운영정책 위반으로 <b>삭제</b>되었습니다.</li>
</ul>
<p>해당 카페(bitjjang)에는 이용제한 조치가 함께 적용되었습니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다. <a href="https://cs.daum.net/faq/95.html">고객센터</a></p>
</div></body></html>""" % (R2, D1, D1, D2, D2)), "base64"),
    imitates="Daum 카페 system notice, base64 HTML list",
    why="both cafe posts deleted; customer-centre link is no item",
    items={D1: "removed", D2: "removed"},
)

case(
    name="daum-url-below-statement",
    **{"from": "right@kakaocorp.com"},
    name_from=hdr("카카오 권리침해신고센터"),
    date="Mon, 09 Sep 2024 14:02:36 +0900",
    subject=hdr("RE: [%s] 추가 처리 결과" % R2),
    reply_to_req=REQ_REPLY[R2],
    body="""안녕하세요, 카카오 권리침해신고센터입니다.

다음 게시물은 정보통신망법에 따른 임시조치(30일)가 적용되었습니다.
%s

다음 게시물은 운영자 확인 후 삭제되었습니다.
%s

감사합니다.
""" % (D2, D4),
    imitates="카카오 추가 처리 결과, statement line first and the URL on the line below",
    why="statement then URL: D2 임시조치 (restricted), D4 deleted",
    items={D2: "restricted", D4: "removed"},
)

# =================================================================== DC Inside
case(
    name="dc-operator-four-deleted-one-gone",
    **{"from": "admin@dcinside.com"},
    name_from=hdr("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 10:27:45 +0900",
    subject=hdr("[디시인사이드] 시정요구 처리 결과 회신 (%s)" % R3),
    reply_to_req=REQ_REPLY[R3],
    body="""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 5건에 대한 처리 결과를 회신드립니다.

[삭제 처리]
 - %s
 - %s
 - %s
 - %s

[확인 불가]
 - %s
   작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

위 게시물 작성자의 IP 및 식별코드에 대해서는 글쓰기 차단을 적용하였습니다.

디시인사이드 운영팀 드림
""" % (DC1, DC2, DC3, DC4, DC5),
    imitates="디시인사이드 운영팀 처리 결과 회신, grouped under headings",
    why="four URLs under a 삭제 처리 heading, one under 확인 불가 with 'already deleted by its author'",
    items={DC1: "removed", DC2: "removed", DC3: "removed", DC4: "removed", DC5: "not_found"},
)

case(
    name="dc-rejected-and-deleted",
    **{"from": "report@dcinside.com"},
    name_from=hdr("디시인사이드 신고센터"),
    date="Mon, 09 Sep 2024 16:11:09 +0900",
    subject=hdr("Re: [%s] 마이너 갤러리 게시물 관련" % R3),
    reply_to_req=REQ_REPLY[R3],
    body="""안녕하세요, 디시인사이드 신고센터입니다.

마이너 갤러리(coin_signal) 게시물 2건 검토 결과입니다.

%s
해당 글은 코인 시세에 대한 개인 의견으로, 리딩방 모집이나 외부 링크가 없어
갤러리 운영 원칙 및 관련 법령 위반 소지가 확인되지 않았습니다. 게시를 유지합니다.

%s
리딩방 유인 링크가 포함되어 있어 삭제하였습니다.

감사합니다.
""" % (DC3, DC4),
    imitates="디시인사이드 신고센터 review result, one refusal with reason and one deletion",
    why="DC3 kept with a stated reason (rejected), DC4 deleted",
    items={DC3: "rejected", DC4: "removed"},
)

case(
    name="dc-particles-fullwidth",
    **{"from": "admin@dcinside.com"},
    name_from=hdr("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 09:50:31 +0900",
    subject=hdr("RE: [%s] 주식 갤러리 게시물" % R3),
    reply_to_req=REQ_REPLY[R3],
    body="""안녕하세요. 디시인사이드 운영팀입니다.

요청 주신 주식 갤러리 게시물 중 <%s>은 삭제되었습니다.
또한 같은 작성자의 글（%s）도 블라인드 처리했습니다.

감사합니다.
""" % (DC1, DC2),
    imitates="디시인사이드 short operator reply, URLs followed by Korean particle and full-width parentheses",
    why="both posts named and stated deleted/blinded",
    items={DC1: "removed", DC2: "removed"},
)

case(
    name="dc-receipt-plus-result",
    **{"from": "report@dcinside.com"},
    name_from=hdr("디시인사이드 신고센터"),
    date="Wed, 11 Sep 2024 13:33:00 +0900",
    subject=hdr("[디시인사이드] 신고 접수 및 처리 완료 안내"),
    body="""신고가 정상적으로 접수되었습니다. (접수번호 DC-R-20240911-0457)

확인 결과 아래 미니 갤러리 게시물은 불법 정보에 해당하여 삭제되었습니다.
%s

참조: %s
디시인사이드 신고센터
""" % (DC5, R3),
    imitates="디시인사이드 receipt + completion notice in one mail",
    why="acknowledgement wording plus an unhedged deletion of a named URL: not a pure acknowledgement",
    items={DC5: "removed"},
)

# =================================================================== SOOP
case(
    name="soop-vod-age-restricted",
    **{"from": "policy@sooplive.co.kr"},
    name_from=hdr("SOOP 정책팀"),
    date="Tue, 10 Sep 2024 17:20:48 +0900",
    subject=hdr("[SOOP] 시정요구 조치 결과 (%s)" % R4),
    reply_to_req=REQ_REPLY[R4],
    body="""안녕하세요. SOOP(숲) 정책팀입니다.

%s 관련 조치 결과를 안내드립니다.

1. VOD %s
   → 불법 도박 사이트 홍보 장면이 확인되어 VOD를 삭제하였습니다.
2. VOD %s
   → 도박 홍보 요소는 확인되지 않았으나 선정적인 장면이 있어
     '19세 이상 시청 가능' 등급으로 변경하였습니다.
3. 방송국 게시글 %s
   → 게시글 삭제 및 해당 BJ 방송국에 7일 이용정지를 적용하였습니다.

SOOP 정책팀 드림
""" % (R4, S1, S2, S3),
    imitates="SOOP(구 아프리카TV) 정책팀 조치 결과: VOD 삭제, 19세 등급 변경, 게시글 삭제",
    why="S1 deleted, S2 age-restricted (restricted), S3 deleted",
    items={S1: "removed", S2: "restricted", S3: "removed"},
)

case(
    name="soop-post-already-gone",
    **{"from": "helpdesk@sooplive.co.kr"},
    name_from=hdr("SOOP 고객센터"),
    date="Wed, 11 Sep 2024 10:02:19 +0900",
    subject=hdr("RE: [%s] 방송국 게시글 확인 결과" % R4),
    reply_to_req=REQ_REPLY[R4],
    body="""안녕하세요, SOOP 고객센터입니다.

문의주신 방송국 게시글(%s)은
이미 작성자에 의해 삭제되어 확인이 불가합니다.

VOD 2건은 정책팀에서 별도로 회신드릴 예정입니다.

감사합니다.
""" % S3,
    imitates="SOOP 고객센터 reply: post already deleted by its author",
    why="S3 already deleted by its author = not_found; the VODs are only promised a later reply",
    items={S3: "not_found"},
)

case(
    name="soop-english-statement-of-reasons",
    **{"from": "trust-safety@sooplive.com"},
    name_from="SOOP Trust & Safety",
    date="Thu, 12 Sep 2024 08:44:02 +0000",
    subject="Statement of reasons - content moderation decision (ref %s)" % R4,
    body="""Statement of reasons

Reference: %s
Decision date: 2024-09-12

Content: %s
Decision: the video has been disabled and is no longer available on SOOP.
Ground: promotion of unlicensed online gambling (Community Guidelines 4.2).

Content: %s
Decision: access to this video has been restricted in the Republic of Korea.
Ground: notice from the Korea Communications Standards Commission.

Automated means were used for detection only; the decisions were taken by
a human reviewer. You can read our guidelines at https://www.sooplive.com/policy/guideline.

SOOP Trust & Safety
""" % (R4, S1, S2),
    imitates="DSA-style statement of reasons sent by SOOP's global trust & safety team",
    why="S1 disabled (removed), S2 restricted in Korea",
    items={S1: "removed", S2: "restricted"},
)

# =================================================================== FM Korea / Ppomppu / Inven
case(
    name="fmk-deleted-and-kept",
    **{"from": "admin@fmkorea.com"},
    name_from=hdr("에펨코리아 운영진"),
    date="Wed, 11 Sep 2024 21:03:40 +0900",
    subject=hdr("Re: [%s] 개인정보 노출 게시물 삭제 요청" % R5),
    reply_to_req=REQ_REPLY[R5],
    body="""안녕하세요, 에펨코리아 운영진입니다.

%s : 실명과 연락처가 노출되어 삭제 조치하였습니다.
%s : 확인해 보니 공인의 공개 활동에 대한 글로, 개인정보가 포함되어 있지 않아
신고 사유에 해당하지 않습니다. 게시물은 유지됩니다.

감사합니다.
""" % (F1, F2),
    imitates="FM Korea operator reply, one deletion and one refusal with its reason",
    why="F1 deleted, F2 kept because it breaks no rule (rejected)",
    items={F1: "removed", F2: "rejected"},
)

case(
    name="fmk-english-blinded",
    **{"from": "support@fmkorea.com"},
    name_from="FMKorea Support",
    date="Thu, 12 Sep 2024 12:15:55 +0900",
    subject="Re: [%s] second post" % R5,
    reply_to_req=REQ_REPLY[R5],
    body="""Hello,

After the uploader added a phone number to it last night, the post
%s was blinded by our moderators this morning.

FMKorea Support
""" % F2,
    imitates="FM Korea support English reply: post blinded by moderators",
    why="the named post was blinded (removed)",
    items={F2: "removed"},
)

case(
    name="ppomppu-sole-statement",
    **{"from": "help@ppomppu.co.kr"},
    name_from=hdr("뽐뿌 운영자"),
    date="Thu, 12 Sep 2024 09:31:12 +0900",
    subject=hdr("Re: [%s] 불법정보 시정요구" % R6),
    reply_to_req=REQ_REPLY[R6],
    body="""안녕하세요, 뽐뿌 운영자입니다.

요청하신 자유게시판 게시물은 확인 후 운영자 삭제 처리하였습니다.
작성자 계정은 영구 이용정지되었습니다.

감사합니다.
뽐뿌 운영팀
""",
    imitates="뽐뿌 운영자 short reply with no URL, answering a one-item request in its thread",
    why="single statement answering a one-item request (thread and subject reference): applies to that item",
    items={P1: "removed"},
)

case(
    name="inven-html-table",
    **{"from": "cs@inven.co.kr"},
    name_from=hdr("인벤 고객지원"),
    date="Fri, 13 Sep 2024 15:25:07 +0900",
    subject=hdr("[인벤] 게시물 조치 결과 회신 (%s)" % R7),
    reply_to_req=REQ_REPLY[R7],
    type="html",
    body="""<html><body>
<p>안녕하세요. 인벤 고객지원팀입니다. 요청하신 게시물의 조치 결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>게시판</th><th>게시물 주소</th><th>결과</th></tr></thead>
<tbody>
<tr><td>로스트아크 자유게시판</td><td><a href="%s">%s</a></td><td>삭제 완료</td></tr>
<tr><td>메이플스토리 자유게시판</td><td><a href="%s">%s</a></td><td>존재하지 않는 게시물</td></tr>
</tbody></table>
<p>인벤 고객지원팀 드림</p>
</body></html>""" % (I1, I1, I2, I2),
    imitates="인벤 고객지원 HTML result table",
    why="I1 deleted, I2 does not exist",
    items={I1: "removed", I2: "not_found"},
)

case(
    name="inven-adult-verification",
    **{"from": "cs@inven.co.kr"},
    name_from=hdr("인벤 고객지원"),
    date="Sat, 14 Sep 2024 10:40:00 +0900",
    subject=hdr("RE: [%s] 메이플 게시판 게시물" % R7),
    reply_to_req=REQ_REPLY[R7],
    body="""안녕하세요, 인벤 고객지원팀입니다.

메이플스토리 게시판 게시물 %s 은(는)
게시판 이동 과정에서 주소가 바뀌어 앞선 회신에서 확인되지 않았습니다.
재확인 후 해당 게시물을 성인 인증 회원만 열람할 수 있도록 열람 제한 처리하였습니다.

감사합니다.
""" % I2,
    imitates="인벤 follow-up: 열람 제한 (adult verification) after a first 'not found'",
    why="restricted to verified adults = restricted (judged alone on a fresh ledger)",
    items={I2: "restricted"},
)

# =================================================================== ignored
case(
    name="naver-out-of-office-korean",
    **{"from": "jimin.han@navercorp.com"},
    name_from=hdr("한지민"),
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject=hdr("[부재중] Re: [%s] 불법정보 시정요구" % R1),
    reply_to_req=REQ_REPLY[R1],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 한지민입니다.

9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.
시정요구 관련 긴급 건은 policy@navercorp.com 으로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="NAVER employee 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx1.kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 11:30:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "7F3A12C0B.1725417009/mx1.kakaocorp.com", [
        part("text/plain; charset=us-ascii", """This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety-kr@kakaocorp.com>: host internal-mail.kakaocorp.com[203.0.113.41]
    said: 550 5.1.1 <safety-kr@kakaocorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table"""),
        part("message/delivery-status", """Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Wed,  4 Sep 2024 11:30:02 +0900 (KST)

Final-Recipient: rfc822; safety-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; internal-mail.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 User unknown""", "7bit"),
        part("text/rfc822-headers", """From: KCSC <takedown@kcsc.example>
To: safety-kr@kakaocorp.com
Subject: [%s] Request for removal
Message-ID: <%s>
Date: Wed, 4 Sep 2024 11:30:00 +0900""" % (R2, REQ_MID[R2]), "7bit"),
    ], params="; report-type=delivery-status"),
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN from a Kakao MX (user unknown), with the request's headers returned",
    why="delivery failure report",
    items={},
)

case(
    name="dc-mdn-read-receipt",
    **{"from": "admin@dcinside.com"},
    name_from=hdr("디시인사이드 운영팀"),
    date="Thu, 05 Sep 2024 10:02:18 +0900",
    subject=hdr("읽음 확인: [%s] 불법정보 시정요구" % R3),
    raw_mime=multipart("report", "----=_MDN_4471_dc", [
        part("text/plain; charset=utf-8", """보낸 메시지를 수신인이 읽었습니다.

받는 사람: admin@dcinside.com
제목: [%s] 불법정보 시정요구
읽은 시간: 2024-09-05 오전 10:02""" % R3),
        part("message/disposition-notification", """Reporting-UA: webmail.dcinside.com; DC Webmail
Final-Recipient: rfc822;admin@dcinside.com
Original-Message-ID: <%s>
Disposition: manual-action/MDN-sent-manually; displayed""" % REQ_MID[R3], "7bit"),
    ], params="; report-type=disposition-notification"),
    outcome="ignored",
    classification="read_receipt",
    imitates="webmail 읽음 확인 (MDN, multipart/report disposition-notification)",
    why="read receipt",
    items={},
)

case(
    name="soop-helpdesk-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"},
    name_from=hdr("SOOP 고객센터"),
    date="Mon, 09 Sep 2024 14:00:55 +0900",
    subject=hdr("[SOOP] 1:1 문의가 접수되었습니다 (#SP-2409-884120)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. SOOP 고객센터입니다.

고객님의 1:1 문의가 정상적으로 접수되었습니다.
  - 접수번호: SP-2409-884120
  - 문의 유형: 신고/제재 > 불법 정보
  - 접수 일시: 2024-09-09 14:00

담당자가 순차적으로 확인 후 답변드리겠습니다.
문의 내역은 고객센터 > 나의 문의 내역에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="SOOP 고객센터 1:1 문의 접수 자동 메일",
    why="pure ticket receipt, nothing about any item",
    items={},
)

case(
    name="naver-english-acknowledgement",
    **{"from": "noreply-legal@navercorp.com"},
    name_from="NAVER Legal Request Intake",
    date="Tue, 03 Sep 2024 10:03:12 +0900",
    subject="We received your request [%s]" % R1,
    reply_to_req=REQ_REPLY[R1],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for contacting NAVER.

We have received your request (reference %s) and created
ticket LGL-2024-0903-1187. A member of our team will review it and respond
to you by email. Please do not reply to this message.

NAVER Legal Request Intake
""" % R1,
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER legal intake auto-receipt (ticket created)",
    why="pure acknowledgement naming the request, no statement about items",
    items={},
)

case(
    name="fmk-auto-reply-english",
    **{"from": "admin@fmkorea.com"},
    name_from="FMKorea Admin",
    date="Tue, 10 Sep 2024 10:20:44 +0900",
    subject="Automatic reply: [%s] 개인정보 노출 게시물 삭제 요청" % R5,
    reply_to_req=REQ_REPLY[R5],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. Our admin mailbox is checked on weekdays only and
replies may take up to three business days. (Chuseok holiday: 14-18 Sept.)

평일에만 메일을 확인하며 추석 연휴(9/14~9/18)에는 답변이 늦어질 수 있습니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' from a community admin mailbox (holiday notice)",
    why="auto-reply",
    items={},
)

case(
    name="ppomppu-inquiry-received",
    **{"from": "help@ppomppu.co.kr"},
    name_from=hdr("뽐뿌 고객센터"),
    date="Wed, 11 Sep 2024 16:06:30 +0900",
    subject=hdr("[뽐뿌] 문의 접수 완료 안내"),
    body="""안녕하세요, 뽐뿌 고객센터입니다.

보내주신 문의가 접수되었습니다. (접수번호 PP-240911-0192)
영업일 기준 1~2일 내에 답변드리겠습니다.

뽐뿌 고객센터
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="뽐뿌 고객센터 문의 접수 완료 자동 메일",
    why="pure receipt with a ticket number",
    items={},
)

# =================================================================== review
case(
    name="naver-promise-sequential-removal",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 09:12:00 +0900",
    subject=hdr("RE: [%s] 불법정보 시정요구" % R1),
    reply_to_req=REQ_REPLY[R1],
    body="""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 luckyspin_kr 블로그의 아래 2건은
%s
%s
내부 확인 절차를 거쳐 금주 중 순차적으로 삭제 조치될 예정입니다.
조치가 완료되면 다시 회신드리겠습니다.

감사합니다.
""" % (N1, N2),
    outcome="review",
    review="not_understood",
    imitates="NAVER interim reply promising removal",
    why="'삭제 조치될 예정' is a promise, not a statement: named items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="dc-hedge-appears-deleted",
    **{"from": "admin@dcinside.com"},
    name_from=hdr("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 08:40:11 +0900",
    subject=hdr("RE: [%s] 확인 요청" % R3),
    reply_to_req=REQ_REPLY[R3],
    body="""안녕하세요, 디시인사이드 운영팀입니다.

%s 은
현재 접속 시 오류 페이지가 표시되어 이미 삭제된 것으로 보입니다.
서버 기록을 확인한 뒤 정확한 결과를 다시 알려드리겠습니다.
""" % DC1,
    outcome="review",
    review="not_understood",
    imitates="DC operator hedged reply ('이미 삭제된 것으로 보입니다')",
    why="'seems already deleted', pending a log check: a hedge, no statement",
    items={DC1: "pending"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject=hdr("RE: [%s] 조치 완료 보고" % R1),
    reply_to_req=REQ_REPLY[R1],
    body="""안녕하세요, 네이버 정책지원팀입니다.

%s 로 요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.
확인 부탁드립니다.

감사합니다.
""" % R1,
    outcome="review",
    review="bulk",
    imitates="NAVER one-line 'all done' completion report",
    why="'all requested posts' for a 13-item request without naming any: bulk",
    items={u: "pending" for u in NAVER_ITEMS},
)

case(
    name="daum-bulk-english",
    **{"from": "safety@kakao.com"},
    name_from="Kakao Safety",
    date="Tue, 10 Sep 2024 19:44:27 +0900",
    subject="Re: [%s] Request for removal" % R2,
    reply_to_req=REQ_REPLY[R2],
    body="""Hello,

All the reported content under reference %s has been removed from
Daum Cafe and Tistory.

Kakao Safety
""" % R2,
    outcome="review",
    review="bulk",
    imitates="Kakao English bulk confirmation",
    why="'all the reported content' for a 4-item request: bulk, items pending",
    items={u: "pending" for u in DAUM_ITEMS},
)

case(
    name="naver-auth-fail-table",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    auth="fail",
    date="Sat, 07 Sep 2024 02:13:49 +0900",
    subject=hdr("[NAVER] 시정요구 조치 결과 (%s)" % R1),
    body="""안녕하세요. 네이버 정책지원팀입니다.

%s 관련 조치 결과입니다.

%s : 삭제
%s : 삭제

상세 내역은 아래 보안 링크에서 로그인 후 확인하실 수 있습니다.
https://naver-policy-center.example.net/login
""" % (R1, N1, N2),
    outcome="review",
    review="untrusted",
    imitates="result mail claiming to be NAVER, failing DKIM/SPF/DMARC (with a lookalike login link)",
    why="NAVER domain but authentication fails: statements not applied",
    items={N1: "pending", N2: "pending"},
)

case(
    name="cafe-manager-gmail",
    **{"from": "sportspick.manager@gmail.com"},
    name_from=hdr("스포츠픽 카페매니저"),
    date="Sun, 08 Sep 2024 22:31:05 +0900",
    subject=hdr("카페 게시글 삭제했습니다 (%s)" % R1),
    body="""안녕하세요 sportspick24 카페 매니저입니다.
네이버에서 연락 받고 아래 글들 다 지웠습니다.

%s
%s

카페 폐쇄만은 막아주세요. 앞으로 홍보글 안 올라오게 관리하겠습니다.
""" % (N5, N6),
    outcome="review",
    review="unknown_sender",
    imitates="cafe manager writing from a personal Gmail account",
    why="not NAVER's domain: a user's claim, not the platform's",
    items={N5: "pending", N6: "pending"},
)

case(
    name="clien-misaddressed-dc-items",
    **{"from": "admin@clien.net"},
    name_from=hdr("클리앙 운영진"),
    date="Fri, 06 Sep 2024 11:05:00 +0900",
    subject=hdr("Re: [%s] 불법정보 시정요구" % R3),
    body="""안녕하세요, 클리앙 운영진입니다.

보내주신 시정요구(%s)의 게시물 주소는
%s
%s
로, 모두 디시인사이드 게시물입니다. 클리앙에는 해당 게시물이 존재하지 않습니다.
수신처를 확인해 주시기 바랍니다.
""" % (R3, DC1, DC2),
    outcome="review",
    review="wrong_platform",
    imitates="Clien operator answering a request that was sent to the wrong site",
    why="Clien states 'does not exist' about DC Inside items: another platform's items",
    items={DC1: "pending", DC2: "pending"},
)

case(
    name="soop-under-review",
    **{"from": "policy@sooplive.co.kr"},
    name_from=hdr("SOOP 정책팀"),
    date="Tue, 10 Sep 2024 10:00:03 +0900",
    subject=hdr("RE: [%s] VOD 관련 회신" % R4),
    reply_to_req=REQ_REPLY[R4],
    body="""안녕하세요, SOOP 정책팀입니다.

요청하신 VOD 2건
%s
%s
은 현재 내부 검토 중입니다. 검토에 최대 3영업일이 소요될 수 있으며,
결과는 확정되는 대로 안내드리겠습니다.
""" % (S1, S2),
    outcome="review",
    review="not_understood",
    imitates="SOOP interim 'under review' reply",
    why="under review: no statement, named items pending",
    items={S1: "pending", S2: "pending"},
)

case(
    name="inven-asks-official-letter",
    **{"from": "legal@inven.co.kr"},
    name_from=hdr("인벤 법무팀"),
    date="Thu, 12 Sep 2024 13:48:22 +0900",
    subject=hdr("RE: [%s] 게시물 조치 요청 관련 자료 요청" % R7),
    reply_to_req=REQ_REPLY[R7],
    body="""안녕하세요, 인벤 법무팀입니다.

요청하신 게시물 %s 의 조치를 위해
위원회 의결서 또는 시정요구 공문 사본(PDF)을 회신으로 보내주시기 바랍니다.
자료 확인 후 처리 결과를 안내드리겠습니다.

감사합니다.
""" % I1,
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Korean portal legal team asking for the official decision document",
    why="asks for documents before acting: item pending, a person must answer",
    items={I1: "pending"},
)

case(
    name="nate-policy-notice",
    **{"from": "notice@nate.com"},
    name_from=hdr("네이트"),
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject=hdr("[네이트] 운영정책 개정 안내"),
    body="""안녕하세요, 네이트입니다.

네이트 판 운영정책이 2024년 10월 1일부로 일부 개정됩니다.
주요 변경 사항: 불법 도박 및 투자 사기 홍보 게시물에 대한 제재 기준 강화
자세한 내용은 https://helpdesk.nate.com/policy 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="네이트 운영정책 개정 안내 (policy newsletter to a registered partner address)",
    why="trusted platform mail naming no item and no request: no_claims",
    items={},
)

case(
    name="fmk-conditional-deletion",
    **{"from": "admin@fmkorea.com"},
    name_from=hdr("에펨코리아 운영진"),
    date="Wed, 11 Sep 2024 09:12:38 +0900",
    subject=hdr("Re: [%s] 개인정보 노출 게시물" % R5),
    reply_to_req=REQ_REPLY[R5],
    body="""안녕하세요, 에펨코리아 운영진입니다.

%s 게시물 작성자에게 소명 요청을 보냈습니다.
7일 이내에 소명이 없으면 해당 게시물은 삭제됩니다.
""" % F1,
    outcome="review",
    review="not_understood",
    imitates="FM Korea conditional reply (deleted unless the author answers)",
    why="a condition and a future deletion, no statement: pending",
    items={F1: "pending"},
)

case(
    name="soop-auth-softfail",
    **{"from": "policy@sooplive.co.kr"},
    name_from=hdr("SOOP 정책팀"),
    auth="fail",
    date="Wed, 11 Sep 2024 23:58:10 +0900",
    subject=hdr("[SOOP] 조치 결과 (%s)" % R4),
    body="""안녕하세요, SOOP 정책팀입니다.

VOD %s 는 삭제되었습니다.

SOOP 정책팀
""" % S1,
    outcome="review",
    review="untrusted",
    imitates="SOOP-looking result mail failing DKIM and SPF",
    why="SOOP domain, authentication fails: nothing applied",
    items={S1: "pending"},
)


HEADER = """# Blind set 471 (Korean portals and community sites). Written by make.py;
# expected results come from each email's meaning, before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
