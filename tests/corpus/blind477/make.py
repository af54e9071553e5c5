#!/usr/bin/env python3
"""Blind set 477: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, Clien, Ppomppu, FM Korea), Korean and English
mixed, with the doubtful and ignorable mail a regulator's mailbox receives.

Deterministic: `python3 tests/corpus/blind477/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning alone, before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from email.utils import format_datetime
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return format_datetime(datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


def enc(s):
    """RFC 2047 encoded word for non-ASCII header text, as mail clients write it."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def named(name, _addr=None):
    return enc(name)


# ---------------------------------------------------------------- requests
TISTORY = "https://moonlit-shore.tistory.com/entry/%EB%8C%80%EC%B6%9C-%EC%A6%89%EC%8B%9C-%EC%8A%B9%EC%9D%B8"
TISTORY_RAW = "https://moonlit-shore.tistory.com/entry/대출-즉시-승인"

N = [
    None,
    "https://blog.naver.com/hanul_trade77/223561204871",
    "https://blog.naver.com/hanul_trade77/223561209934",
    "https://blog.naver.com/bluecrane_shop/223548870012",
    "https://cafe.naver.com/moonpiecoin/48211",
    "https://cafe.naver.com/moonpiecoin/48230",
    "https://cafe.naver.com/moonpiecoin/48302",
    "https://cafe.naver.com/greenstep2019/10457",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40405&docId=471203388",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38812045&memberNo=51200913",
    "https://blog.naver.com/sunrise_pharm/223570011845",
    "https://tv.naver.com/v/58120447",
    "https://in.naver.com/seoyoon_fin/contents/internal/697420155130048",
]
D = [
    None,
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120455",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120871",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin2&no=338102",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin2&no=338517",
    "https://gall.dcinside.com/mini/board/view/?id=darkroom&no=2210",
]
K = [
    None,
    "https://cafe.daum.net/sunflowerhouse/Ab3k/1187",
    "https://cafe.daum.net/sunflowerhouse/Ab3k/1192",
    "https://brunch.co.kr/@inkpond/41",
    TISTORY,
]
S = [
    None,
    "https://vod.sooplive.co.kr/player/131204558",
    "https://ch.sooplive.co.kr/nightcargo/post/99120417",
    "https://vod.sooplive.co.kr/player/131207716",
]
I = [
    None,
    "https://www.inven.co.kr/board/lostark/5355/401223",
    "https://www.inven.co.kr/board/maple/5974/1188450",
]
F1 = "https://www.fmkorea.com/7432019551"
C = [
    None,
    "https://www.clien.net/service/board/park/18820113",
    "https://www.clien.net/service/board/sold/18820577",
]

REQ = {
    # ref: (platform, sent_at, due_at, category, note, urls)
    "KCSC-240903-01": ("naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
                       "불법 금융·의약품 광고", "통신심의소위 의결 2024-09-02, 시정요구(삭제)", N[1:]),
    "KCSC-240904-02": ("dcinside", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
                       "불법 리딩방 홍보", "갤러리 3곳, 마이너·미니 갤러리 포함", D[1:]),
    "KCSC-240905-03": ("daum", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
                       "불법 대부 광고", "카페 2건, 브런치 1건, 티스토리 1건 (URL 한글 경로)", K[1:]),
    "KCSC-240906-04": ("soop", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
                       "불법 도박 홍보", 'VOD 2건, 방송국 게시글 1건; 채널 "nightcargo"', S[1:]),
    "KCSC-240909-05": ("inven", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
                       "계정 거래·사기", "게임 커뮤니티 게시판", I[1:]),
    "KCSC-240910-06": ("fmkorea", "2024-09-10T10:15:00+09:00", "2024-09-17T18:00:00+09:00",
                       "개인정보 노출", "단일 게시물", [F1]),
    "KCSC-240910-07": ("clien", "2024-09-10T15:20:00+09:00", "2024-09-17T18:00:00+09:00",
                       "불법 의약품 판매", "모두의공원, 회원중고장터", C[1:]),
}


def mid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, (plat, sent, due, cat, note, urls) in REQ.items():
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def request_body(ref, urls, lang="ko"):
    lines = []
    if lang == "ko":
        lines += ["방송통신심의위원회 통신심의국입니다.", "",
                  f"아래 정보는 정보통신에 관한 심의규정 위반으로 의결되어 시정요구(삭제)를 요청드립니다 ({ref}).",
                  "조치 결과를 회신하여 주시기 바랍니다.", ""]
    else:
        lines += ["Dear Trust & Safety team,", "",
                  f"The Korea Communications Standards Commission requests removal of the content below ({ref}).",
                  "Please reply with the action taken for each URL.", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC 통신심의국 드림"]
    return lines


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def part(ctype, text, cte="8bit", extra=""):
    head = f"Content-Type: {ctype}; charset=utf-8{extra}\nContent-Transfer-Encoding: {cte}\n\n"
    if cte == "quoted-printable":
        body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    else:
        body = text
    return head + body.rstrip("\n") + "\n"


def multipart(kind, boundary, parts, preamble="This is a multi-part message in MIME format."):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"', "", preamble, ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def single(ctype, text, cte):
    return part(ctype, text, cte)


def attachment(ctype, filename, data_bytes):
    fn = enc(filename)
    b = base64.encodebytes(data_bytes).decode("ascii")
    return (f'Content-Type: {ctype}; name="{fn}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: attachment; filename="{fn}"\n\n' + b)


def html_wrap(inner):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:\'Malgun Gothic\',sans-serif;font-size:13px">\n' + inner + "\n</body></html>")


def table(headers, rows):
    h = "".join(f"<th style=\"border:1px solid #ccc;padding:4px\">{x}</th>" for x in headers)
    body = []
    for r in rows:
        cells = []
        for x in r:
            if x.startswith("https://"):
                x = f'<a href="{x.replace("&", "&amp;")}">{x.replace("&", "&amp;")}</a>'
            cells.append(f"<td style=\"border:1px solid #ccc;padding:4px\">{x}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return ('<table style="border-collapse:collapse">\n<tr>' + h + "</tr>\n" + "\n".join(body) + "\n</table>")


NAVER_SIG = "\n\n네이버 정책지원팀 드림\nNAVER Corp. | 경기도 성남시 분당구 불정로 6\n본 메일은 발신전용이 아닙니다. 회신 시 접수번호를 유지해 주세요."
DC_SIG = "\n\n디시인사이드 운영팀\n(주)디시인사이드 | https://www.dcinside.com/policy"

cases = []


def add(**c):
    cases.append(c)


# ================================================================ NAVER (KCSC-240903-01, 12 items)
add(
    name="naver-correction-result-html-table",
    **{"from": "policy-report@navercorp.com"},
    name_from=named("네이버 정책지원팀"),
    date=d(6, 16, 42),
    subject=enc("[회신] 시정요구 조치결과 통보 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=multipart("alternative", "----=_NVR_7f3a1c", [
        part("text/plain",
             "방송통신심의위원회 담당자님께,\n\nKCSC-240903-01 시정요구에 대한 조치 결과를 아래 표로 회신드립니다.\n"
             "(HTML 메일에서 표를 확인하실 수 있습니다.)" + NAVER_SIG),
        part("text/html", html_wrap(
            "<p>방송통신심의위원회 담당자님께,</p>\n"
            "<p>KCSC-240903-01 시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.</p>\n" +
            table(["번호", "URL", "조치 결과", "조치일"], [
                ["1", N[1], "게시중단(삭제)", "2024-09-05"],
                ["2", N[2], "게시중단(삭제)", "2024-09-05"],
                ["3", N[3], "임시조치 (30일 접근 차단)", "2024-09-05"],
                ["4", N[4], "카페 게시글 삭제", "2024-09-06"],
                ["5", N[5], "게시물 없음 (작성자 자진 삭제)", "-"],
                ["6", N[6], "조치 불가 – 약관 및 운영정책 위반 사항이 확인되지 않음", "2024-09-06"],
                ["7", N[7], "접근 제한 (성인 인증 후 열람)", "2024-09-06"],
            ]) +
            "\n<p>나머지 5건은 검토가 완료되는 대로 별도 회신드리겠습니다.</p>\n"
            "<p>네이버 정책지원팀 드림<br>NAVER Corp.</p>"), cte="base64"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 table (KCSC correction-request result)",
    why="Trusted NAVER table, one row per URL with an unhedged result; the five rows not listed stay pending",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed",
           N[5]: "not_found", N[6]: "rejected", N[7]: "restricted"},
)

add(
    name="naver-blog-prose-korean-particles",
    **{"from": "right-center@navercorp.com"},
    name_from=named("네이버 게시중단요청 담당자"),
    date=d(5, 11, 8),
    subject=enc("Re: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하세요, 네이버 게시중단요청 담당자입니다.

귀 위원회에서 2024년 9월 3일 요청하신 건(KCSC-240903-01) 중 블로그 게시물 처리 결과를 먼저 안내드립니다.

https://blog.naver.com/hanul_trade77/223561204871 은 블라인드 처리되었습니다.
https://blog.naver.com/hanul_trade77/223561209934의 경우 작성자가 이미 삭제하여 게시물이 확인되지 않습니다.
https://blog.naver.com/sunrise_pharm/223570011845（의약품 판매 광고）는 블로그 운영정책 위반으로 삭제하였습니다.

카페·포스트 게시물은 검토가 끝나는 대로 따로 회신드리겠습니다.

감사합니다.
네이버 게시중단요청 담당자 드림""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result mail (블라인드 / 작성자 삭제)",
    why="Three blog URLs each with its own Korean result; particles and a full-width parenthesis stick to the URLs",
    items={N[1]: "removed", N[2]: "not_found", N[10]: "removed"},
)

add(
    name="naver-cafe-english-three-outcomes",
    **{"from": "trustsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=d(6, 9, 55),
    subject="RE: KCSC-240903-01 - NAVER Cafe posts",
    reply_to_req=mid("KCSC-240903-01"),
    body="""Dear KCSC team,

Thank you for your request KCSC-240903-01. Our findings for the NAVER Cafe posts you listed:

- https://cafe.naver.com/moonpiecoin/48230 : removed for violating the Cafe
  operating policy (solicitation of unregistered investment services).
- https://cafe.naver.com/moonpiecoin/48302 : access restricted. The post can
  now only be viewed after adult verification.
- https://cafe.naver.com/greenstep2019/10457 : we reviewed this post and found
  no breach of our policies or of Korean law; it remains available. If the
  Commission has a deliberation decision covering this post, please send it to us.

For our policies, see https://policy.naver.com/policy/service_group.html

Kind regards,
NAVER Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="Portal trust-and-safety English reply with per-URL outcome bullets",
    why="Removed, age-gated (restricted) and refused with its reason; the policy link is not an item",
    items={N[5]: "removed", N[6]: "restricted", N[7]: "rejected"},
)

add(
    name="naver-kin-question-author-deleted",
    **{"from": "kin_help@naver.com"},
    name_from=named("네이버 지식iN 운영팀"),
    date=d(4, 15, 30),
    subject=enc("Re: [KCSC-240903-01] 지식iN 게시물 관련"),
    body="""안녕하세요. 네이버 지식iN 운영팀입니다.

문의하신 지식iN 질문
<https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40405&docId=471203388>
은 질문자가 직접 삭제한 게시물로, 현재 존재하지 않는 글입니다.

다른 게시물 처리 결과는 정책지원팀에서 별도로 안내드릴 예정입니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 운영팀 reply: question deleted by its author",
    why="The one Q&A URL (in angle brackets, on its own line) no longer exists: not_found",
    items={N[8]: "not_found"},
)

CSV_ROWS = [
    ["번호", "URL", "처리결과", "처리일시"],
    ["1", N[1], "게시중단", "2024-09-05 14:10"],
    ["2", N[2], "게시중단", "2024-09-05 14:10"],
    ["3", N[3], "임시조치(30일)", "2024-09-05 14:12"],
    ["4", N[4], "삭제", "2024-09-06 10:01"],
    ["5", N[5], "게시물 없음", "-"],
    ["6", N[6], "삭제", "2024-09-06 10:03"],
    ["7", N[7], "조치 불가(위반사항 없음)", "2024-09-06 10:05"],
    ["8", N[8], "게시물 없음", "-"],
    ["9", N[9], "삭제", "2024-09-09 09:30"],
    ["10", N[10], "게시중단", "2024-09-05 14:15"],
    ["11", N[11], "국내 접속 차단", "2024-09-09 09:41"],
    ["12", N[12], "검토중", "-"],
]


def csv_bytes(rows):
    import io
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return ("\ufeff" + s.getvalue()).encode("utf-8")


add(
    name="naver-csv-attachment-full-list",
    **{"from": "policy-report@navercorp.com"},
    name_from=named("네이버 정책지원팀"),
    date=d(9, 17, 3),
    subject=enc("[회신] KCSC-240903-01 처리결과 송부"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=multipart("mixed", "----=_NVR_c8d21e", [
        part("text/plain",
             "담당자님 안녕하세요.\n\nKCSC-240903-01 요청 건 12건의 처리 결과를 첨부 파일(CSV)로 송부드립니다.\n"
             "검토중인 건은 처리 후 다시 회신드리겠습니다." + NAVER_SIG),
        attachment("text/csv; charset=utf-8", "KCSC-240903-01_처리결과.csv", csv_bytes(CSV_ROWS)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Portal result sheet sent as a CSV attachment (UTF-8 with BOM, Excel style)",
    why="CSV rows give each URL a result; 검토중 keeps item 12 pending",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "not_found",
           N[6]: "removed", N[7]: "rejected", N[8]: "not_found", N[9]: "removed", N[10]: "removed",
           N[11]: "restricted", N[12]: "pending"},
)

add(
    name="naver-qp-video-and-influencer",
    **{"from": "right-center@navercorp.com"},
    name_from=named("네이버 게시중단요청 담당자"),
    date=d(9, 10, 20),
    subject=enc("Re: [KCSC-240903-01] 네이버TV 및 인플루언서 콘텐츠"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=single("text/plain",
        "안녕하세요. 네이버입니다.\n\n"
        "요청하신 네이버TV 동영상 https://tv.naver.com/v/58120447 은 불법정보 게시로 확인되어 삭제 조치하였습니다.\n\n"
        "인플루언서 콘텐츠 https://in.naver.com/seoyoon_fin/contents/internal/697420155130048 은 비공개 처리되어 더 이상 외부에 노출되지 않습니다.\n\n"
        "감사합니다.\n네이버 게시중단요청 담당자 드림", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="NAVER result mail sent quoted-printable (soft line breaks inside long Korean lines and URLs)",
    why="Video deleted; influencer content made private (비공개 처리) counts as removed",
    items={N[11]: "removed", N[12]: "removed"},
)

add(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from=named("한지우"),
    date=d(5, 18, 12),
    subject=enc("Re: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""담당자님, 아래 두 건은 처리 완료되었습니다.

- https://cafe.naver.com/moonpiecoin/48211 삭제
- https://blog.naver.com/bluecrane_shop/223548870012 삭제

나머지는 아직 확인 중입니다.

한지우 드림
NAVER 정책지원팀

2024년 9월 3일 (화) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
""" + quoted(request_body("KCSC-240903-01", N[1:])),
    outcome="applied", classification="confirmation",
    imitates="Staff reply top-posted in Gmail over the quoted request (Korean Gmail quote header)",
    why="Only the two URLs in the new text change; the twelve quoted URLs carry no statement",
    items={N[4]: "removed", N[3]: "removed"},
)

add(
    name="naver-status-heading-then-urls",
    **{"from": "right-center@navercorp.com"},
    name_from=named("네이버 게시중단요청 담당자"),
    date=d(5, 14, 2),
    subject=enc("[네이버] 게시중단 요청 처리 안내 (KCSC-240903-01)"),
    body="""안녕하세요. 네이버 권리보호센터입니다.

접수하신 게시중단 요청에 대한 처리 결과를 안내드립니다.

아래 게시물은 정보통신망법 제44조의2에 따라 임시조치(30일간 접근 차단)되었습니다.

https://blog.naver.com/hanul_trade77/223561204871
https://blog.naver.com/hanul_trade77/223561209934

아래 게시물은 게시중단(삭제) 처리되었습니다.

https://cafe.naver.com/moonpiecoin/48211

임시조치된 게시물은 게시자가 30일 이내 재게시를 요청할 수 있으며, 요청이 없으면 삭제됩니다.
도움말: https://help.naver.com/service/5640/contents/19014""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단/임시조치 notice, statement heading with URLs below",
    why="Heading sentence covers the URLs under it; 임시조치 = restricted; help link is not an item",
    items={N[1]: "restricted", N[2]: "restricted", N[4]: "removed"},
)

add(
    name="naver-numbered-url-result-below",
    **{"from": "policy-report@navercorp.com"},
    name_from=named("네이버 정책지원팀"),
    date=d(10, 11, 47),
    subject=enc("RE: KCSC-240903-01 추가 처리 결과 / additional results"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하세요, 네이버 정책지원팀입니다. (English below each line)

1) https://post.naver.com/viewer/postView.naver?volumeNo=38812045&memberNo=51200913
   처리결과: 삭제 완료 (Removed)
2) https://blog.naver.com/bluecrane_shop/223548870012
   처리결과: 위반 사항 없음 – 게시 유지 (No violation found, content kept)
3) https://tv.naver.com/v/58120447
   처리결과: 국내 접속 차단 (Blocked for users in Korea)

감사합니다.
NAVER Policy Support""",
    outcome="applied", classification="confirmation",
    imitates="Bilingual numbered result list, bare URL with its result on the line below",
    why="Each result line belongs to the URL above it",
    items={N[9]: "removed", N[3]: "rejected", N[11]: "restricted"},
)

add(
    name="naver-receipt-plus-result",
    **{"from": "help@naver.com"},
    name_from=named("네이버 고객센터"),
    date=d(4, 9, 12),
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다"),
    body="""안녕하세요. 네이버 고객센터입니다.

신고가 정상적으로 접수되었습니다. (접수번호 NV-20240903-3318)

담당 부서 검토 결과, 신고하신 카페 게시글
https://cafe.naver.com/greenstep2019/10457
은 카페 운영원칙(불법 금융 홍보) 위반으로 삭제되었습니다.

더 궁금하신 점은 고객센터로 문의해 주세요.
https://help.naver.com""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 답변 mail: receipt line followed by the review result",
    why="An acknowledgement phrase plus an unhedged item-level result is a confirmation",
    items={N[7]: "removed"},
)

add(
    name="naver-wrapped-url-angle-brackets",
    **{"from": "trustsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=d(10, 16, 5),
    subject="Re: KCSC-240903-01 NAVER Post",
    reply_to_req=mid("KCSC-240903-01"),
    body="""Hello,

The NAVER Post article you reported,
<https://post.naver.com/viewer/postView.naver?volumeNo=38812045&
memberNo=51200913>, has been taken down for promoting an unlicensed
lending service.

Best regards,
NAVER Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="English reply whose mail client wrapped a long URL inside angle brackets (RFC 3986 App. C)",
    why="The wrapped URL in <...> is one URL; a clerk joins it and records it removed",
    items={N[9]: "removed"},
)

add(
    name="naver-statement-of-reasons-english",
    **{"from": "dsa-notice@navercorp.com"},
    name_from="NAVER Content Moderation",
    date=d(11, 13, 30),
    subject="Statement of reasons - your notice KCSC-240903-01",
    body="""Statement of reasons

Notice reference: KCSC-240903-01
Notifier: Korea Communications Standards Commission

Item 1
Content: https://tv.naver.com/v/58120447
Decision: visibility restriction - the video is no longer accessible from the Republic of Korea
Ground: illegal content under Korean law (Information and Communications Network Act, Art. 44-7)
Automated means used: no

Item 2
Content: https://in.naver.com/seoyoon_fin/contents/internal/697420155130048
Decision: removal of the content
Ground: breach of NAVER terms of service (financial fraud)
Automated means used: no

Redress: the uploader may appeal at https://help.naver.com/appeal""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, automated means) adapted by a Korean portal",
    why="Country-only visibility restriction = restricted; removal = removed; appeal link is not an item",
    items={N[11]: "restricted", N[12]: "removed"},
)

add(
    name="naver-echoed-report-form",
    **{"from": "right-center@navercorp.com"},
    name_from=named("네이버 권리보호센터"),
    date=d(6, 10, 0),
    subject=enc("[네이버 권리보호센터] 신고 처리 결과 안내"),
    body="""안녕하세요. 네이버 권리보호센터입니다.
신고하신 건의 처리 결과를 알려드립니다.

[신고 내용]
신고 번호 : RP-2409-0031847
신고자 : 방송통신심의위원회 (KCSC-240903-01)
신고 URL : https://blog.naver.com/sunrise_pharm/223570011845
신고 사유 : 불법 의약품 판매
신고일 : 2024-09-03

[처리 결과]
처리 상태 : 게시중단 완료
처리일 : 2024-09-05

본 메일은 발신 전용입니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 result mail echoing the report form fields",
    why="The echoed report names the URL; 처리 상태 게시중단 완료 is its result",
    items={N[10]: "removed"},
)

# ================================================================ DC Inside (KCSC-240904-02, 5 items)
add(
    name="dc-operator-list-five-results",
    **{"from": "report@dcinside.com"},
    name_from=named("디시인사이드 운영팀"),
    date=d(6, 17, 25),
    subject=enc("Re: [KCSC-240904-02] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240904-02"),
    body="""안녕하세요, 디시인사이드 운영팀입니다.
요청하신 게시물 5건에 대한 처리 결과입니다.

1. https://gall.dcinside.com/board/view/?id=stock_new2&no=9120455 - 운영자 삭제
2. https://gall.dcinside.com/board/view/?id=stock_new2&no=9120871 - 운영자 삭제
3. https://gall.dcinside.com/mgallery/board/view/?id=coin2&no=338102 - 작성자 삭제로 게시물 없음
4. https://gall.dcinside.com/mgallery/board/view/?id=coin2&no=338517 - 19세 이상 열람 제한 설정
5. https://gall.dcinside.com/mini/board/view/?id=darkroom&no=2210 - 삭제 불가 (게시판 운영 규정 및 관련 법령 위반 소지가 확인되지 않음)

5번 게시물에 대해 심의 결정문을 보내주시면 다시 검토하겠습니다.""" + DC_SIG,
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 reply, numbered list URL - result",
    why="Five URLs, five results: two deleted, author-deleted, age-restricted, refused with reason",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "restricted", D[5]: "rejected"},
)

add(
    name="dc-base64-html-table",
    **{"from": "report@dcinside.com"},
    name_from=named("디시인사이드 운영팀"),
    date=d(5, 13, 14),
    subject=enc("[디시인사이드] 신고 게시물 처리 결과 (KCSC-240904-02)"),
    raw_mime=single("text/html", html_wrap(
        "<p>안녕하세요, 디시인사이드 운영팀입니다.</p>\n"
        "<p>방송통신심의위원회에서 요청하신 게시물 중 아래 건을 처리하였습니다.</p>\n" +
        table(["게시물 주소", "처리 내용"], [
            [D[1], "삭제 완료"],
            [D[5], "삭제 완료"],
        ]) +
        "\n<p>나머지 게시물은 갤러리 관리자 확인 후 안내드리겠습니다.</p>\n"
        "<p>디시인사이드 운영팀</p>"), "base64"),
    outcome="applied", classification="confirmation",
    imitates="Community site HTML result mail sent base64-encoded",
    why="Two table rows, each deleted; the rest is promised later",
    items={D[1]: "removed", D[5]: "removed"},
)

add(
    name="dc-outlook-original-message-english",
    **{"from": "ops@dcinside.com"},
    name_from="DCInside Operations",
    date=d(5, 19, 40),
    subject="RE: [KCSC-240904-02] Removal request",
    reply_to_req=mid("KCSC-240904-02"),
    body="""Hello,

The following minor gallery posts were deleted by our moderation team today:

https://gall.dcinside.com/mgallery/board/view/?id=coin2&no=338102
https://gall.dcinside.com/mgallery/board/view/?id=coin2&no=338517

Best regards,
DCInside Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:30 AM
To: report@dcinside.com
Subject: [KCSC-240904-02] Removal request

""" + "\n".join(request_body("KCSC-240904-02", D[1:], lang="en")),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unquoted request below",
    why="Only the two URLs above the original message are stated deleted",
    items={D[3]: "removed", D[4]: "removed"},
)

# ================================================================ Daum / Kakao (KCSC-240905-03, 4 items)
add(
    name="daum-temporary-measure-notice",
    **{"from": "right@kakaocorp.com"},
    name_from=named("카카오 권리침해신고센터"),
    date=d(9, 15, 16),
    subject=enc("[Daum] 게시물 임시조치 안내 (KCSC-240905-03)"),
    reply_to_req=mid("KCSC-240905-03"),
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시물에 대한 처리 결과를 알려드립니다.

■ 대상 게시물: https://cafe.daum.net/sunflowerhouse/Ab3k/1187
■ 처리 내용: 정보통신망법 제44조의2 제4항에 따른 임시조치 (30일간 접근 차단)

■ 대상 게시물: https://cafe.daum.net/sunflowerhouse/Ab3k/1192
■ 처리 내용: 게시물이 존재하지 않아 조치할 수 없습니다.

임시조치 기간 중 게시자가 이의를 제기하면 검토 결과에 따라 처리됩니다.

카카오 권리침해신고센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 안내 with ■ field blocks",
    why="임시조치 (30-day access block) = restricted; a post that does not exist = not_found",
    items={K[1]: "restricted", K[2]: "not_found"},
)

add(
    name="daum-tistory-korean-path-url",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from=named("티스토리 운영팀"),
    date=d(6, 11, 33),
    subject=enc("Re: [KCSC-240905-03] 티스토리 게시물"),
    reply_to_req=mid("KCSC-240905-03"),
    body="""안녕하세요, 티스토리 운영팀입니다.

요청하신 티스토리 블로그 게시물 <https://moonlit-shore.tistory.com/entry/대출-즉시-승인>은(는)
불법 대부 광고로 확인되어 삭제하였습니다.

해당 블로그에는 운영정책에 따라 이용 제한 조치도 함께 적용되었습니다.

티스토리 운영팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Tistory operations reply; Korean-path URL written raw in angle brackets",
    why="Raw Korean path matches the percent-encoded request URL; deleted = removed",
    items={K[4]: "removed"},
)

add(
    name="daum-brunch-kept-with-reason",
    **{"from": "brunch-cs@kakaocorp.com"},
    name_from=named("브런치 운영팀"),
    date=d(10, 14, 8),
    subject=enc("Re: [KCSC-240905-03] 브런치 글 검토 결과"),
    reply_to_req=mid("KCSC-240905-03"),
    body="""안녕하세요. 브런치 운영팀입니다.

요청하신 브런치 글 https://brunch.co.kr/@inkpond/41 을 검토하였습니다.
글의 내용은 대출 상품에 대한 개인 경험담으로, 브런치 운영정책 및 관련 법령상 위반 사항을 확인하지 못하여 게시를 유지합니다.

추후 위원회의 심의 의결서가 있으시면 보내 주시는 대로 다시 검토하겠습니다.

브런치 운영팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Brunch reply refusing removal with its reason",
    why="A refusal with its reason = rejected; the offer to re-examine is not a request for information",
    items={K[3]: "rejected"},
)

add(
    name="daum-outlook-korean-original",
    **{"from": "right@kakaocorp.com"},
    name_from=named("카카오 권리침해신고센터"),
    date=d(11, 10, 26),
    subject=enc("RE: [KCSC-240905-03] 불법 대부 광고 시정요구"),
    reply_to_req=mid("KCSC-240905-03"),
    body="""담당자님 안녕하세요.

아래 두 건은 게시중단 처리하였습니다.
- Daum 카페: https://cafe.daum.net/sunflowerhouse/Ab3k/1187
- 브런치: https://brunch.co.kr/@inkpond/41

카카오 권리침해신고센터 드림

-----원본 메시지-----
보낸 사람: KCSC 통신심의 <takedown@kcsc.example>
받는 사람: right@kakaocorp.com
보낸 날짜: 2024년 9월 5일 목요일 오전 11:00
제목: [KCSC-240905-03] 불법 대부 광고 시정요구

""" + "\n".join(request_body("KCSC-240905-03", K[1:3] + [TISTORY_RAW])),
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply ('-----원본 메시지-----') over the unquoted request",
    why="Two URLs above the original message are 게시중단 = removed; the request below states nothing",
    items={K[1]: "removed", K[3]: "removed"},
)

# ================================================================ SOOP (KCSC-240906-04, 3 items)
add(
    name="soop-english-three-results",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Content Safety",
    date=d(9, 12, 50),
    subject="Re: [KCSC-240906-04] Illegal gambling promotion on SOOP",
    reply_to_req=mid("KCSC-240906-04"),
    body="""Dear KCSC,

We have completed our review of the content in your request KCSC-240906-04.

* VOD https://vod.sooplive.co.kr/player/131204558 -- deleted (Community
  Guidelines, illegal gambling promotion)
* Channel post https://ch.sooplive.co.kr/nightcargo/post/99120417 -- hidden
  from public view by SOOP
* VOD https://vod.sooplive.co.kr/player/131207716 -- set to 19+ viewing
  (age-restricted)

The streamer has also received a 7-day broadcasting suspension.

SOOP Content Safety Team
SOOP Co., Ltd.""",
    outcome="applied", classification="confirmation",
    imitates="Streaming platform content-safety reply with bulleted results",
    why="Deleted and hidden from public = removed; 19+ viewing = restricted",
    items={S[1]: "removed", S[2]: "removed", S[3]: "restricted"},
)

add(
    name="soop-korean-fullwidth-punctuation",
    **{"from": "cs@sooplive.co.kr"},
    name_from=named("SOOP 고객센터"),
    date=d(10, 9, 5),
    subject=enc("[SOOP] 신고 처리 결과 안내"),
    body="""안녕하세요. SOOP 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240906-04)의 처리 결과입니다.

신고하신 VOD（https://vod.sooplive.co.kr/player/131207716）는 운영정책 위반으로 삭제 처리되었습니다.
방송국 게시글：https://ch.sooplive.co.kr/nightcargo/post/99120417 → 존재하지 않는 게시글입니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 result mail with full-width parentheses and colon",
    why="URLs touch full-width punctuation; deleted = removed, does not exist = not_found",
    items={S[3]: "removed", S[2]: "not_found"},
)

# ================================================================ Inven (KCSC-240909-05, 2 items)
add(
    name="inven-removed-and-kept",
    **{"from": "cs@inven.co.kr"},
    name_from=named("인벤 운영팀"),
    date=d(11, 16, 44),
    subject=enc("Re: [KCSC-240909-05] 게시물 조치 요청"),
    reply_to_req=mid("KCSC-240909-05"),
    body="""안녕하세요, 인벤 운영팀입니다.

요청하신 게시물 처리 결과 안내드립니다.

- 로스트아크 게시판 https://www.inven.co.kr/board/lostark/5355/401223
  → 계정 거래 유도 게시물로 확인되어 삭제하였습니다.
- 메이플스토리 게시판 https://www.inven.co.kr/board/maple/5974/1188450
  → 확인 결과 일반 공략 문의 글로, 게시판 이용 규칙 위반 사항이 없어 유지합니다.

인벤 운영팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="Game community (Inven) 운영팀 reply, arrow result under each URL",
    why="One deleted, one kept because it breaks no rule (rejected)",
    items={I[1]: "removed", I[2]: "rejected"},
)

# ================================================================ FM Korea (KCSC-240910-06, 1 item)
add(
    name="fmkorea-sole-statement-no-url",
    **{"from": "admin@fmkorea.com"},
    name_from=named("에펨코리아 운영진"),
    date=d(11, 8, 31),
    subject=enc("Re: [KCSC-240910-06] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240910-06"),
    body="""안녕하세요, 에펨코리아 운영진입니다.

요청하신 게시물은 운영진이 확인 후 삭제 처리하였습니다.
작성자에게는 이용 정지 7일이 부과되었습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Community admin one-line reply in the request thread, no URL",
    why="Thread reply to a one-item request; 'the requested post was deleted' applies to that item",
    items={F1: "removed"},
)

# ================================================================ Clien (KCSC-240910-07, 2 items)
add(
    name="clien-removed-and-refused",
    **{"from": "admin@clien.net"},
    name_from=named("클리앙 운영진"),
    date=d(12, 11, 2),
    subject=enc("Re: [KCSC-240910-07] 의약품 불법 판매 게시물"),
    reply_to_req=mid("KCSC-240910-07"),
    body="""안녕하세요. 클리앙 운영진입니다.

https://www.clien.net/service/board/park/18820113
운영자 삭제 처리했습니다.

https://www.clien.net/service/board/sold/18820577
회원중고장터의 해당 글은 일반 건강보조식품(식약처 신고 제품) 판매 글로 확인되어 삭제하지 않습니다.

클리앙 운영진 드림""",
    outcome="applied", classification="confirmation",
    imitates="Clien admin reply: bare URL line, result on the line below",
    why="First deleted by the operator; second kept with a reason (rejected)",
    items={C[1]: "removed", C[2]: "rejected"},
)

add(
    name="clien-html-only-author-deleted",
    **{"from": "admin@clien.net"},
    name_from=named("클리앙 운영진"),
    date=d(11, 19, 15),
    subject=enc("[클리앙] 요청 게시물 확인 결과"),
    type="html",
    body=html_wrap(
        "<p>안녕하세요. 클리앙 운영진입니다.</p>\n"
        "<p>KCSC-240910-07 요청 건 중 "
        '<a href="https://www.clien.net/service/board/sold/18820577">회원중고장터 게시글</a>'
        "은 작성자가 직접 삭제하여 이미 존재하지 않는 글입니다.</p>\n"
        "<p>나머지 한 건은 확인 후 회신드리겠습니다.</p>\n<p>클리앙 운영진 드림</p>"),
    outcome="applied", classification="confirmation",
    imitates="HTML-only reply where the URL is only in the link's href",
    why="The linked post was deleted by its author: not_found",
    items={C[2]: "not_found"},
)

# ================================================================ review
add(
    name="naver-promise-will-be-suspended",
    **{"from": "right-center@navercorp.com"},
    name_from=named("네이버 게시중단요청 담당자"),
    date=d(4, 17, 20),
    subject=enc("Re: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하세요. 네이버입니다.

요청하신 카페 게시물
https://cafe.naver.com/moonpiecoin/48230
https://cafe.naver.com/moonpiecoin/48302
은 내부 검토 후 게시중단 조치될 예정입니다.

처리가 완료되면 다시 안내드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="Portal interim reply promising action after internal review",
    why="'조치될 예정' is a promise, not a statement; named items stay pending",
    items={N[5]: "pending", N[6]: "pending"},
)

add(
    name="dc-hedged-appears-removed",
    **{"from": "ops@dcinside.com"},
    name_from="DCInside Operations",
    date=d(6, 10, 12),
    subject="RE: [KCSC-240904-02] Removal request",
    reply_to_req=mid("KCSC-240904-02"),
    body="""Hello,

Our logs indicate that the two posts below appear to have been removed,
possibly by the gallery manager rather than by our team:

https://gall.dcinside.com/board/view/?id=stock_new2&no=9120455
https://gall.dcinside.com/board/view/?id=stock_new2&no=9120871

We are checking with the gallery manager and cannot confirm this yet.

DCInside Operations""",
    outcome="review", review="not_understood",
    imitates="Abuse-desk hedged reply ('appear to have been removed', cannot confirm)",
    why="Hedged and explicitly unconfirmed: no status",
    items={D[1]: "pending", D[2]: "pending"},
)

add(
    name="naver-bulk-all-twelve-suspended",
    **{"from": "policy-report@navercorp.com"},
    name_from=named("네이버 정책지원팀"),
    date=d(12, 9, 40),
    subject=enc("[회신] KCSC-240903-01 조치 완료"),
    body="""방송통신심의위원회 담당자님께,

KCSC-240903-01 요청 건의 게시물 12건 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.""" + NAVER_SIG,
    outcome="review", review="bulk",
    imitates="Portal one-line 'all items actioned' completion notice",
    why="Whole-request statement for a 12-item request without naming each item: bulk review",
    items={u: "pending" for u in N[1:]},
)

add(
    name="inven-bulk-both-deleted",
    **{"from": "cs@inven.co.kr"},
    name_from=named("인벤 운영팀"),
    date=d(10, 13, 13),
    subject=enc("Re: [KCSC-240909-05] 게시물 조치 요청"),
    reply_to_req=mid("KCSC-240909-05"),
    body="""안녕하세요, 인벤 운영팀입니다.

신고해 주신 게시물 2건 모두 삭제 조치하였습니다.

인벤 운영팀 드림""",
    outcome="review", review="bulk",
    imitates="Community reply 'both reported posts deleted' without URLs",
    why="Two-item request, statement covers both without naming either: bulk review",
    items={I[1]: "pending", I[2]: "pending"},
)

add(
    name="daum-kakaocorp-auth-fail",
    **{"from": "right@kakaocorp.com"},
    name_from=named("카카오 권리침해신고센터"),
    auth="fail",
    date=d(7, 2, 17),
    subject=enc("[Daum] 게시물 삭제 완료 안내 (KCSC-240905-03)"),
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 아래 게시물은 삭제 완료되었습니다.

https://cafe.daum.net/sunflowerhouse/Ab3k/1187
https://cafe.daum.net/sunflowerhouse/Ab3k/1192

처리 결과 상세 확인: http://kakao-right-center.example/login""",
    outcome="review", review="untrusted",
    imitates="Spoofed Kakao notice failing DKIM/SPF/DMARC, with a phishing login link",
    why="Platform domain but authentication fails: nothing applied",
    items={K[1]: "pending", K[2]: "pending"},
)

add(
    name="soop-outsourced-vendor-unknown",
    **{"from": "report@kr-modwatch.example"},
    name_from="ModWatch Korea (on behalf of SOOP)",
    date=d(9, 18, 2),
    subject="[KCSC-240906-04] Moderation result on behalf of SOOP",
    body="""Hello KCSC team,

ModWatch Korea handles first-line moderation for SOOP. On behalf of SOOP we
confirm that:

- https://vod.sooplive.co.kr/player/131204558 has been deleted
- https://vod.sooplive.co.kr/player/131207716 has been age-restricted (19+)

Regards,
ModWatch Korea, Trust & Safety outsourcing""",
    outcome="review", review="unknown_sender",
    imitates="Outsourced moderation vendor writing on a platform's behalf from its own domain",
    why="Sender domain belongs to no configured platform: nothing applied",
    items={S[1]: "pending", S[3]: "pending"},
)

add(
    name="naver-lookalike-domain",
    **{"from": "notice@naver-helpdesk.example"},
    name_from=named("네이버 고객센터"),
    date=d(8, 22, 48),
    subject=enc("[네이버] KCSC-240903-01 처리 완료 안내"),
    body="""안녕하세요. 네이버 고객센터입니다.

KCSC-240903-01 요청 건 중 아래 게시물은 삭제되었습니다.

https://blog.naver.com/hanul_trade77/223561204871
https://tv.naver.com/v/58120447

처리 내역 확인을 위해 아래 링크에서 기관 계정으로 로그인해 주세요.
http://naver-helpdesk.example/verify""",
    outcome="review", review="unknown_sender",
    imitates="Look-alike 'NAVER' domain notice asking for a login",
    why="Display name says NAVER but the domain is not NAVER's: nothing applied",
    items={N[1]: "pending", N[11]: "pending"},
)

add(
    name="ppomppu-states-clien-post",
    **{"from": "admin@ppomppu.co.kr"},
    name_from=named("뽐뿌 운영자"),
    date=d(12, 15, 37),
    subject=enc("문의하신 게시물 관련 (KCSC-240910-07)"),
    body="""안녕하세요. 뽐뿌 운영자입니다.

위원회에서 문의하신 글은 저희 자유게시판에 퍼온 사본이 있어 해당 사본은 삭제했습니다.
참고로 원문인 클리앙 게시물 https://www.clien.net/service/board/park/18820113 도 현재 삭제된 상태입니다.

뽐뿌 운영자 드림""",
    outcome="review", review="wrong_platform",
    imitates="Another community's admin reporting on a different site's post",
    why="Ppomppu states a status for a Clien item: wrong platform",
    items={C[1]: "pending"},
)

add(
    name="naver-asks-for-decision-documents",
    **{"from": "policy-report@navercorp.com"},
    name_from=named("네이버 정책지원팀"),
    date=d(4, 14, 55),
    subject=enc("Re: [KCSC-240903-01] 추가 자료 요청"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하세요, 네이버 정책지원팀입니다.

아래 두 건은 조치 여부 판단을 위해 추가 자료가 필요합니다.

https://post.naver.com/viewer/postView.naver?volumeNo=38812045&memberNo=51200913
https://in.naver.com/seoyoon_fin/contents/internal/697420155130048

해당 게시물에 대한 심의 의결서 사본과 위법 부분을 표시한 화면 캡처를 회신해 주시기 바랍니다.
자료를 받는 대로 검토하겠습니다.""" + NAVER_SIG,
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Portal request for the deliberation decision and screenshots before acting",
    why="Asks for documents; no status for the two named items",
    items={N[9]: "pending", N[12]: "pending"},
)

add(
    name="nate-contact-change-no-claims",
    **{"from": "policy@skcomms.co.kr"},
    name_from=named("네이트 정책팀"),
    date=d(13, 10, 0),
    subject=enc("[네이트] 불법정보 처리 창구 변경 안내"),
    body="""방송통신심의위원회 담당자님께,

네이트(SK커뮤니케이션즈)의 불법정보 시정요구 접수 창구가 2024년 10월 1일부터 변경됩니다.

- 변경 전: report@nate.com
- 변경 후: policy@skcomms.co.kr

기존 주소로 보내신 요청도 10월 말까지는 자동으로 전달됩니다.
운영정책 안내: https://helpdesk.nate.com/policy

SK커뮤니케이션즈 정책팀 드림""",
    outcome="review", review="no_claims",
    imitates="Portal notice changing its reporting contact address",
    why="Trusted platform mail that names no item and no request",
    items={},
)

add(
    name="soop-escalated-decision-pending",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Content Safety",
    date=d(7, 11, 21),
    subject="Re: [KCSC-240906-04] Illegal gambling promotion on SOOP",
    reply_to_req=mid("KCSC-240906-04"),
    body="""Dear KCSC,

We have escalated the following links to our policy team:

https://vod.sooplive.co.kr/player/131204558
https://ch.sooplive.co.kr/nightcargo/post/99120417

They are currently under review and a decision is expected within five
business days. We will update you once it is made.

SOOP Content Safety Team""",
    outcome="review", review="not_understood",
    imitates="Trust-and-safety 'escalated, under review' interim reply",
    why="Under review is not a status; the named items stay pending",
    items={S[1]: "pending", S[2]: "pending"},
)

add(
    name="clien-conditional-deletion",
    **{"from": "admin@clien.net"},
    name_from=named("클리앙 운영진"),
    date=d(10, 18, 30),
    subject=enc("Re: [KCSC-240910-07] 의약품 불법 판매 게시물"),
    reply_to_req=mid("KCSC-240910-07"),
    body="""안녕하세요. 클리앙 운영진입니다.

https://www.clien.net/service/board/park/18820113 작성자에게 소명을 요청했습니다.
48시간 안에 소명이 없으면 삭제할 예정이며, 소명이 있으면 내용을 보고 판단하겠습니다.

클리앙 운영진 드림""",
    outcome="review", review="not_understood",
    imitates="Community admin conditional reply (author asked to explain, deletion if silent)",
    why="Condition plus promise: no status",
    items={C[1]: "pending"},
)

# ================================================================ ignored
add(
    name="naver-out-of-office-chuseok",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from=named("한지우"),
    date=d(14, 9, 0),
    subject=enc("[자동 회신] 부재중: Re: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요, 한지우입니다.

9월 14일(토)부터 18일(수)까지 추석 연휴로 부재중입니다.
19일(목)에 복귀하여 순차적으로 회신드리겠습니다.

긴급한 시정요구 건은 policy-report@navercorp.com 으로 보내 주세요.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office over the Chuseok holiday",
    why="Auto-reply (Auto-Submitted: auto-replied): ignored",
    items={},
)

add(
    name="soop-out-of-office-quoting-request",
    **{"from": "minseo.park@sooplive.co.kr"},
    name_from="Minseo Park",
    date=d(6, 9, 41),
    subject="Automatic reply: [KCSC-240906-04] Illegal gambling promotion on SOOP",
    reply_to_req=mid("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""I am out of the office until Thursday, September 12 with limited access to email.
For urgent content-safety matters please contact safety@sooplive.co.kr.

Minseo Park

> """ + "\n".join(request_body("KCSC-240906-04", S[1:], lang="en")[:6]).replace("\n", "\n> "),
    outcome="ignored", classification="auto_reply",
    imitates="English out-of-office auto-reply quoting the start of the request",
    why="Auto-reply; the quoted request URLs carry no statement",
    items={},
)

DSN_ORIG = "\n".join(request_body("KCSC-240904-02", D[1:3]))
add(
    name="dc-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx2.dcinside.com"},
    name_from="Mail Delivery System",
    date=d(4, 10, 31),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report; report-type=delivery-status", "5B1C2F3A90.1725413460/mx2.dcinside.com", [
        part("text/plain",
             "This is the mail system at host mx2.dcinside.com.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients.\n\n"
             "<abuse-old@dcinside.com>: host mx2.dcinside.com said: 550 5.1.1\n"
             "    <abuse-old@dcinside.com>: Recipient address rejected: User unknown"),
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx2.dcinside.com\nArrival-Date: " + d(4, 10, 30) + "\n\n"
        "Final-Recipient: rfc822; abuse-old@dcinside.com\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n",
        "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\nTo: abuse-old@dcinside.com\n"
        "Subject: " + enc("[KCSC-240904-02] 게시물 삭제 요청") + "\n"
        "Message-ID: <req.KCSC-240904-02.copy@kcsc.example>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        + DSN_ORIG + "\n",
    ], preamble="This is a MIME-encapsulated message."),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) carrying the original request",
    why="Delivery failure report: ignored even though the returned request names URLs",
    items={},
)

add(
    name="relay-bounce-korean-hanmail-style",
    **{"from": "postmaster@gw.mailrelay-kr.example"},
    name_from=named("메일 전송 시스템"),
    date=d(10, 10, 17),
    subject=enc("[반송] 메일이 전달되지 않았습니다: [KCSC-240910-06]"),
    extra_headers=["Auto-Submitted: auto-generated"],
    raw_mime=multipart("report; report-type=delivery-status", "=_relay_b0unce_7731", [
        part("text/plain",
             "보내신 메일이 아래 사유로 전달되지 않았습니다.\n\n"
             "받는 사람: admin@fmkorea-old.example\n"
             "사유: 수신 서버를 찾을 수 없습니다 (DNS 오류)\n\n"
             "원본 제목: [KCSC-240910-06] 개인정보 노출 게시물 삭제 요청\n"
             "원본 내용 중 URL: https://www.fmkorea.com/7432019551\n\n"
             "본 메일은 발신 전용입니다."),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; gw.mailrelay-kr.example\n\n"
        "Final-Recipient: rfc822; admin@fmkorea-old.example\nAction: failed\nStatus: 5.4.4\n"
        "Diagnostic-Code: X-Postfix; Host or domain name not found\n",
    ], preamble="This is a MIME-encapsulated message."),
    outcome="ignored", classification="bounce",
    imitates="Korean relay 반송 notice (DSN) listing the original subject and URL",
    why="Bounce from a relay: ignored whoever sent it",
    items={},
)

add(
    name="clien-read-receipt",
    **{"from": "admin@clien.net"},
    name_from=named("클리앙 운영진"),
    date=d(11, 9, 14),
    subject=enc("읽음: [KCSC-240910-07] 의약품 불법 판매 게시물"),
    reply_to_req=mid("KCSC-240910-07"),
    raw_mime=multipart("report; report-type=disposition-notification", "----=_MDN_clien_2291", [
        part("text/plain",
             "보낸 메시지를 수신자가 읽었습니다.\n\n"
             "받는 사람: admin@clien.net\n제목: [KCSC-240910-07] 의약품 불법 판매 게시물\n"
             "읽은 시간: 2024-09-11 (수) 오전 9:14\n\n"
             "이 확인은 메시지가 수신자의 컴퓨터에 표시되었다는 뜻이며, 내용을 읽거나 이해했다는 보장은 없습니다."),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.clien.net; Webmail\nFinal-Recipient: rfc822; admin@clien.net\n"
        "Original-Message-ID: <req.KCSC-240910-07@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ]),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, 읽음 확인)",
    why="Read receipt: ignored",
    items={},
)

add(
    name="daum-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"},
    name_from=named("카카오 고객센터"),
    date=d(5, 11, 2),
    subject=enc("[카카오 고객센터] 문의 접수 안내 - Re: [KCSC-240905-03]"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2409-K-5512083
접수일시: 2024.09.05 11:01

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 접수하신 메일 주소로 발송됩니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 automatic ticket receipt (접수번호)",
    why="Pure receipt with a ticket number, no item statement",
    items={},
)

add(
    name="inven-auto-receipt",
    **{"from": "noreply@inven.co.kr"},
    name_from=named("인벤 고객지원"),
    date=d(9, 14, 1),
    subject=enc("[인벤] 신고가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    raw_mime=multipart("alternative", "inv_receipt_55af", [
        part("text/plain",
             "신고 접수 완료 안내\n\n보내주신 신고가 접수되었습니다.\n접수번호: INV-240909-00418\n"
             "영업일 기준 3일 이내에 처리 결과를 안내드립니다.\n\n인벤 고객지원", cte="quoted-printable"),
        part("text/html", html_wrap(
            "<h3>신고 접수 완료 안내</h3>\n<p>보내주신 신고가 접수되었습니다.</p>\n"
            "<p>접수번호: <b>INV-240909-00418</b></p>\n"
            "<p>영업일 기준 3일 이내에 처리 결과를 안내드립니다.</p>\n<p>인벤 고객지원</p>"),
            cte="quoted-printable"),
    ]),
    outcome="ignored", classification="acknowledgement",
    imitates="Community site automatic report receipt (multipart, quoted-printable)",
    why="Pure acknowledgement with a receipt number",
    items={},
)

HEADER = """# Blind set 477 (tests/corpus/blind477/): Korean portals and community sites.
# Written from each email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py: edit the case list there, not this file.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind477", HEADER, cases)
